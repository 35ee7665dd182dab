#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "roles_words.h"
#include "view.h"
#include "xalloc.h"

enum quote_kind quote_at(const char *t, size_t len, size_t i, int opening, size_t *qlen)
{
	const unsigned char *u = (const unsigned char *)t + i;

	*qlen = 1;
	if (i >= len)
		return QUOTE_NONE;
	if (u[0] == '"')
		return QUOTE_DOUBLE;
	if (u[0] == '\'') {
		if (opening ? i > 0 && isalnum((unsigned char)t[i - 1]) :
			      i + 1 < len && isalnum(u[1]))
			return QUOTE_NONE;
		return QUOTE_SINGLE;
	}
	if (u[0] != 0xE2 || i + 2 >= len || u[1] != 0x80)
		return QUOTE_NONE;
	*qlen = 3;
	if (u[2] == 0x9C || (!opening && u[2] == 0x9D))
		return QUOTE_DOUBLE;
	if ((opening && u[2] == 0x98) || (!opening && u[2] == 0x99))
		return QUOTE_SINGLE;
	return QUOTE_NONE;
}

/*
 * The leftmost match at or after `from` of an anchored pattern that opens
 * with a quote (Q_OPEN).  Left to itself PCRE2 tries every byte of the
 * text as a start, at some ten instructions a byte; anchored at each '"'
 * and U+201C that memchr finds, it gives the same match for a fraction.
 */
int rf_match_at_quote(struct roles_finder *rf, const pcre2_code *re,
		      const char *t, size_t len, size_t from)
{
	size_t dq = from, q;

	while ((q = rf_next_open_quote(t, len, &from, &dq)) < len)
		if (rf_exec(rf, re, (PCRE2_SPTR)t, len, q, 0) >= 0)
			return 1;
	return 0;
}

enum party_role noun_role(struct roles_finder *rf, const char *s, size_t len)
{
	int v, c;

	/*
	 * "Company" names either side: the vendor in terms of service, the
	 * client that hires a consultant.  Its role comes from the contract.
	 */
	if ((len == 7 && !strncasecmp(s, "company", 7)) ||
	    (len == 11 && !strncasecmp(s, "the company", 11)))
		return ROLE_UNKNOWN;
	/*
	 * "Employer" as a party's whole name buys the tool it hires with or
	 * the service it engages.  Here, not in the vocabulary's
	 * customer_noun: there it would reach every rule (and read
	 * "Employer's Liability" insurance as the customer's liability); the
	 * party's uses are read as "Customer" instead (roles_find).
	 */
	if ((len == 8 && !strncasecmp(s, "employer", 8)) ||
	    (len == 12 && !strncasecmp(s, "the employer", 12)))
		return ROLE_CUSTOMER;
	/*
	 * Public-sector and translated drafting names the buyer by what it
	 * does: it orders, awards or commissions the work ("Auftraggeber" as
	 * "the Ordering Party").  Not "Principal": a distributor's principal
	 * sells, a contractor's buys; its uses decide.
	 */
	{
		static const char *const buyers[] = {
			"ordering party", "awarding authority", "contracting authority",
			"commissioning party", "procuring entity",
		};
		size_t k = len >= 4 && !strncasecmp(s, "the ", 4) ? 4 : 0;

		if (word_in(s + k, len - k, buyers, ARRAY_SIZE(buyers)))
			return ROLE_CUSTOMER;
	}
	v = rf_matches(rf, rf->vendor_noun, s, len);
	c = rf_matches(rf, rf->customer_noun, s, len);

	if (v && !c)
		return ROLE_VENDOR;
	if (c && !v)
		return ROLE_CUSTOMER;
	return ROLE_UNKNOWN;
}

/* The first letter is compared before strlen and strncasecmp: most words of a list differ there. */
int word_in(const char *w, size_t n, const char *const *words, size_t nwords)
{
	size_t i;
	int first;

	if (n == 0) {
		for (i = 0; i < nwords; i++)
			if (!words[i][0])
				return 1;
		return 0;
	}
	first = tolower((unsigned char)w[0]);
	for (i = 0; i < nwords; i++)
		if (tolower((unsigned char)words[i][0]) == first && word_is(w, n, words[i]))
			return 1;
	return 0;
}

/*
 * The word lists are in lower case.  Every use of every alias asks them
 * (role_evidence in parties.c), so the first letter is compared before
 * strlen and strncasecmp.
 */
int word_at(const char *t, size_t len, size_t at, const char *const *words, size_t nwords)
{
	int first = at < len ? tolower((unsigned char)t[at]) : -1;
	size_t i;

	for (i = 0; i < nwords; i++) {
		size_t n;

		if (first != (unsigned char)words[i][0])
			continue;
		/* The second letter before strlen and the compare: most first letters shared go no further. */
		if (words[i][1] && (at + 1 >= len || tolower((unsigned char)t[at + 1]) !=
						     tolower((unsigned char)words[i][1])))
			continue;
		n = strlen(words[i]);
		if (at + n <= len && strncasecmp(t + at, words[i], n) == 0 &&
		    (at + n == len || !isalpha((unsigned char)t[at + n])))
			return 1;
	}
	return 0;
}

uint32_t word_firsts(const char *const *words, size_t nwords)
{
	uint32_t firsts = 0;
	size_t i;

	for (i = 0; i < nwords; i++) {
		unsigned c = (unsigned char)words[i][0];

		firsts |= c - 'a' < 26 ? (uint32_t)1 << (c - 'a') : (uint32_t)1 << 31;
	}
	return firsts;
}

int alias_use_other_case(const char *t, const char *a, size_t n)
{
	int all_caps = 1, words_capped = 1;
	size_t k;

	for (k = 0; k < n; k++) {
		unsigned char c = (unsigned char)t[k];

		if (tolower(c) != tolower((unsigned char)a[k]))
			return 0;
		if (!isalpha(c))
			continue;
		if (islower(c)) {
			all_caps = 0;
			if (k == 0 || !isalpha((unsigned char)t[k - 1]))
				words_capped = 0;
		}
	}
	return all_caps || words_capped;
}

/*
 * Whether `s` holds `w` as a whole word: in any case (ASCII) where
 * `caseless`, else as written (a name).  An empty `w` is in no text.
 */
int has_word_as(const char *s, size_t len, const char *w, int caseless)
{
	size_t n = strlen(w), k;

	for (k = 0; n && k + n <= len; k++)
		if (!(caseless ? strncasecmp(s + k, w, n) : memcmp(s + k, w, n)) &&
		    (k == 0 || !isalnum((unsigned char)s[k - 1])) &&
		    (k + n == len || !isalnum((unsigned char)s[k + n])))
			return 1;
	return 0;
}

/* One table for every scan that reads words as the patterns do (terms.c too). */
const unsigned char word_bytes[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
};

int word_start_in(const char *s, size_t len, const char *const *words, size_t nwords)
{
	return word_starts_two(s, len, words, nwords, nwords) != 0;
}

unsigned word_starts_two(const char *s, size_t len, const char *const *words, size_t nwords,
			 size_t split)
{
	uint32_t firsts = 0;
	unsigned found = 0, all = (split > 0) | (split < nwords) << 1;
	size_t k = 0, i;

	for (i = 0; i < nwords; i++)
		firsts |= (uint32_t)1 << (words[i][0] - 'a');
	while (k < len) {
		unsigned char c = (unsigned char)s[k];

		if (!word_bytes[c]) {
			k++;
			continue;
		}
		/* A word starts at k: one of `words`?  Then past it. */
		c |= 0x20;
		if ((unsigned)(c - 'a') < 26 && (firsts & ((uint32_t)1 << (c - 'a'))) && k + 1 < len)
			for (i = 0; i < nwords; i++)
				if (words[i][0] == c && words[i][1] == ((unsigned char)s[k + 1] | 0x20) &&
				    strlen(words[i]) <= len - k &&
				    !strncasecmp(s + k, words[i], strlen(words[i]))) {
					found |= i < split ? 1u : 2u;
					if (found == all)
						return found;
				}
		for (k++; k < len && word_bytes[(unsigned char)s[k]]; k++)
			;
	}
	return found;
}

/* Whether `s` holds the word `w` (ASCII, any case). */
int has_word(const char *s, size_t len, const char *w)
{
	return has_word_as(s, len, w, 1);
}

/*
 * Whether the use of the party's first word `w` at `at` stands alone: not
 * one word of a longer name ("Acme Widgets Holdings", "American Arbitration
 * Association"), of a domain or of an address ("acme.com", "legal@acme").
 * In capitals throughout, a following capital says nothing: such uses are
 * left alone.
 */
int short_name_at(const char *t, size_t len, size_t at, size_t n)
{
	size_t k = at + n;

	if (at > 0 && (isalnum((unsigned char)t[at - 1]) || strchr("./@-_&", t[at - 1])))
		return 0;
	if (k < len && (isalnum((unsigned char)t[k]) || t[k] == '_'))
		return 0;
	if (k + 1 < len && strchr("./@-&", t[k]) && isalnum((unsigned char)t[k + 1]))
		return 0;
	while (k < len && t[k] == ' ')
		k++;
	if (k < len && t[k] == '&')
		return 0;
	return !(k < len && isupper((unsigned char)t[k]));
}

/*
 * Whether a kind of data at t[at..end) heads a noun phrase of its own: not
 * another's ("the Supplier's recordings", "its recordings", "Zoom
 * recordings"), nor a word before another noun ("recordings policy").
 */
static int kind_use(const char *t, size_t len, size_t at, size_t end)
{
	static const char *const owner[] = { "its", "their", "our", "his", "her", "my", "whose" };
	static const char *const opener[] = {
		"the", "all", "any", "such", "those", "these", "each", "every", "no", "and", "or",
		"of", "including",
	};
	static const char *const compound[] = {
		"policy", "policies", "feature", "features", "function", "functionality", "system",
		"systems", "equipment", "device", "devices", "software", "tool", "tools", "service",
		"services", "platform", "module", "settings", "setting", "consent", "format",
		"formats", "template", "templates", "standard", "standards", "storage", "retention",
	};
	size_t b = at, e, k;

	while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
		b--;
	e = b;
	while (b > 0 && (isalpha((unsigned char)t[b - 1]) || t[b - 1] == '\'' ||
			 (unsigned char)t[b - 1] >= 0x80))
		b--;
	if (e > b) {
		if (word_in(t + b, e - b, owner, ARRAY_SIZE(owner)) || t[e - 1] == '\'' ||
		    (e - b > 1 && t[e - 1] == 's' && (t[e - 2] == '\'' || (unsigned char)t[e - 2] >= 0x80)))
			return 0;
		/* A capitalised word before it is a name, unless it opens the sentence. */
		if (isupper((unsigned char)t[b]) && !word_in(t + b, e - b, opener, ARRAY_SIZE(opener)))
			return 0;
	}
	for (k = end; k < len && (t[k] == ' ' || t[k] == '\t'); k++)
		;
	for (e = k; e < len && isalpha((unsigned char)t[e]); e++)
		;
	return e == k || !word_in(t + k, e - k, compound, ARRAY_SIZE(compound));
}

/*
 * Whether a possessive stands right before t[at]: "Copilot's Responses",
 * also with a curly apostrophe, where a plural names what another has.
 */
static int possessed_before(const char *t, size_t at)
{
	return (at >= 3 && t[at - 1] == ' ' && t[at - 2] == 's' && t[at - 3] == '\'') ||
	       (at >= 5 && t[at - 1] == ' ' && t[at - 2] == 's' &&
		!memcmp(t + at - 5, "\xE2\x80\x99", 3));
}

/*
 * Where a use of `word` (n bytes) at t[at] that stands as `how` says ends,
 * before any plural "s"; 0 where there is none.  A space of the word
 * matches any run of white space, as the view reads it: "the Llama\n
 * Materials" is a use of "Llama Materials".
 */
size_t use_end(const char *t, size_t len, size_t at, const char *word, size_t n,
	       enum use how)
{
	size_t i = at, k = 0, sp;
	int plural = how == USE_PLURAL || how == USE_PLURAL_FREE;

	if (how == USE_SHORT_NAME)
		return at + n <= len && memcmp(t + at, word, n) == 0 && short_name_at(t, len, at, n) ?
		       at + n : 0;
	if (at > 0 && isalnum((unsigned char)t[at - 1]))
		return 0;
	if (how == USE_SINGULAR)
		n--;
	while (k < n) {
		if (view_space_len(word, k, n)) {
			while (k < n && (sp = view_space_len(word, k, n)))
				k += sp;
			if (i >= len || !view_space_len(t, i, len))
				return 0;
			while (i < len && (sp = view_space_len(t, i, len)))
				i += sp;
			continue;
		}
		if (i >= len || tolower((unsigned char)t[i]) != tolower((unsigned char)word[k])) {
			/*
			 * "Summaries" of "Summary": the use ends before the "s", so
			 * the reading takes the plural ("Outputs").
			 */
			if (plural && k + 1 == n && word[k] == 'y' && k > 0 &&
			    !strchr("aeiou", word[k - 1]) && len - i >= 3 && !memcmp(t + i, "ies", 3) &&
			    (i + 3 == len || !isalnum((unsigned char)t[i + 3])) &&
			    !(how == USE_PLURAL_FREE && possessed_before(t, at)))
				return i + 2;
			return 0;
		}
		i++;
		k++;
	}
	if (how == USE_KIND)
		return (i == len || !isalnum((unsigned char)t[i])) && kind_use(t, len, at, i) ? i : 0;
	if (i == len || !isalnum((unsigned char)t[i]))
		return i;
	if (!plural || (how == USE_PLURAL_FREE && possessed_before(t, at)))
		return 0;
	if (t[i] == 's' && (i + 1 == len || !isalnum((unsigned char)t[i + 1])))
		return i;
	/* "Matches" of "Match": "es" after s, x, z, ch or sh. */
	if (t[i] == 'e' && len - i >= 2 && t[i + 1] == 's' &&
	    (i + 2 == len || !isalnum((unsigned char)t[i + 2])) &&
	    (strchr("sxz", word[n - 1]) ||
	     (n >= 2 && word[n - 1] == 'h' && (word[n - 2] == 'c' || word[n - 2] == 's'))))
		return i + 1;
	return 0;
}

size_t text_find(const char *t, size_t len, size_t from, const char *text, size_t key)
{
	size_t n = strlen(text);
	/* A byte beside the key, compared before memcmp: the key is often found alone. */
	size_t nb = key + 1 < n ? key + 1 : key > 0 ? key - 1 : key;

	while (from + n <= len) {
		const char *hit = memchr(t + from + key, text[key], len - from - n + 1);
		size_t at;

		if (!hit)
			break;
		at = (size_t)(hit - t) - key;
		if (t[at + nb] == text[nb] && !memcmp(t + at, text, n))
			return at;
		from = at + 1;
	}
	return len;
}

/* The code point of the two-byte letter at t[i] in U+00C0..U+024F, or 0. */
static unsigned latin_at(const char *t, size_t len, size_t i)
{
	unsigned char c = (unsigned char)t[i], d;
	unsigned cp;

	if (c < 0xC3 || c > 0xC9 || i + 1 >= len)
		return 0;
	d = (unsigned char)t[i + 1];
	if ((d & 0xC0) != 0x80)
		return 0;
	cp = ((unsigned)(c & 0x1F) << 6) | (d & 0x3F);
	return cp <= 0x24F && cp != 0xD7 && cp != 0xF7 ? cp : 0;
}

size_t name_upper_len(const char *t, size_t len, size_t i)
{
	unsigned cp;

	if (i >= len)
		return 0;
	if (isupper((unsigned char)t[i]))
		return 1;
	cp = latin_at(t, len, i);
	if (!cp || cp == 0xDF || cp > 0x17E)
		return 0;
	if (cp < 0xDF || cp == 0x178)
		return 2;
	if (cp < 0x100)
		return 0;
	/* Latin Extended-A pairs each capital with its small letter: even first, odd between. */
	if ((cp >= 0x139 && cp <= 0x148) || cp >= 0x179)
		return cp & 1 ? 2 : 0;
	return cp & 1 ? 0 : (cp == 0x138 ? 0 : 2);
}

size_t name_letter_before(const char *t, size_t lo, size_t i)
{
	if (i <= lo)
		return 0;
	if (isalpha((unsigned char)t[i - 1]))
		return 1;
	return i - 1 > lo && latin_at(t, i, i - 2) ? 2 : 0;
}

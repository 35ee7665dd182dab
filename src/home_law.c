#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "home_law.h"
#include "home_law_places.h"
#include "roles_words.h"
#include "xalloc.h"

/*
 * Names of each role's places looked for at most: two parties'
 * incorporation and offices give a few parts each.  Kept per role, so a
 * vendor with many places read cannot crowd out the customer's.
 */
#define MAX_HOMES_A_ROLE 24
#define MAX_HOMES (2 * MAX_HOMES_A_ROLE)

struct home {
	const char *name;
	size_t len;
	enum party_role role;
};

struct homes {
	struct home v[MAX_HOMES];
	size_t n;
	/* A law of a third place is told (HOME_LAW_NEITHER): the customer's home is a jurisdiction. */
	int neither;
	/* A US state's or Canadian province's law is the vendor's choice: its terms for "you". */
	int vendor_terms;
};

/*
 * Names too wide to tell one party's law from the other's: two US
 * companies are both at home in the United States, and no choice of a
 * state's law is told by it.
 */
static const char *const too_wide[] = {
	"America", "U.S.", "U.S.A", "U.S.A.", "US", "USA", "United States",
	"United States of America",
};

static int word_char(int c)
{
	return isalnum(c) || c == '_' || (c & 0x80);
}

static int equal_n(const char *a, size_t n, const char *b)
{
	/* The first byte first: most names are told apart by it, without strlen. */
	return n && a[0] == b[0] && strlen(b) == n && !memcmp(a, b, n);
}

static void add_home(struct homes *h, const char *name, size_t n, enum party_role role)
{
	size_t i, of_role = 0;

	if (n < 2)
		return;
	for (i = 0; i < h->n; i++) {
		if (h->v[i].role != role)
			continue;
		if (h->v[i].len == n && !memcmp(h->v[i].name, name, n))
			return;
		of_role++;
	}
	if (of_role == MAX_HOMES_A_ROLE)
		return;
	h->v[h->n].name = name;
	h->v[h->n].len = n;
	h->v[h->n].role = role;
	h->n++;
}

/* Finds " sep " in s[0..n) from the right; the offset of its first byte, or n. */
static size_t last_sep(const char *s, size_t n, const char *sep)
{
	size_t k = strlen(sep), i;

	for (i = n >= k ? n - k + 1 : 0; i-- > 0;)
		if (!memcmp(s + i, sep, k))
			return i;
	return n;
}

/* One name of a place: "the State of Delaware", "England and Wales", "TX", "German". */
static void add_name(struct homes *h, const char *s, size_t n, enum party_role role, int depth)
{
	size_t i, k;

	if (n >= 4 && !strncasecmp(s, "the ", 4)) {
		s += 4;
		n -= 4;
	}
	/* "the Hong Kong SAR": its law is "the laws of Hong Kong". */
	if (n > 4 && !memcmp(s + n - 4, " SAR", 4))
		n -= 4;
	while (n && (s[n - 1] == '.' || s[n - 1] == ' ') &&
	       !(n >= 2 && isupper((unsigned char)s[n - 2]) && s[n - 1] == '.'))
		n--;
	if (!n || !isupper((unsigned char)s[0]))
		return;
	for (i = 0; i < ARRAY_SIZE(too_wide); i++)
		if (equal_n(s, n, too_wide[i]))
			return;
	if (n == 2 && isupper((unsigned char)s[1])) {
		for (i = 0; i < ARRAY_SIZE(us_states); i++)
			if (!memcmp(s, us_states[i][0], 2))
				add_home(h, us_states[i][1], strlen(us_states[i][1]), role);
		if (!equal_n(s, n, "UK"))
			return;
	}
	for (i = 0; i < ARRAY_SIZE(countries); i++) {
		const struct country *c = &countries[i];

		if (equal_n(s, n, c->adjective))
			add_home(h, c->name, strlen(c->name), role);
		/* "Switzerland" is at home under "Swiss law". */
		else if (equal_n(s, n, c->name) && c->law_named)
			add_home(h, c->adjective, strlen(c->adjective), role);
	}
	add_home(h, s, n, role);
	if (depth)
		return;
	/* "Federal Republic of Germany": "Germany" is how its law is named. */
	if ((k = last_sep(s, n, " of ")) < n)
		add_name(h, s + k + 4, n - k - 4, role, depth + 1);
	/* "England and Wales": "English law" is "the laws of England". */
	if ((k = last_sep(s, n, " and ")) < n) {
		add_name(h, s, k, role, depth + 1);
		add_name(h, s + k + 5, n - k - 5, role, depth + 1);
	}
}

/* The Australian state whose code ends p[..w), where w opens a postcode of four digits. */
static void add_au_state(struct homes *h, const char *p, const char *w, const char *end,
			 enum party_role role)
{
	const char *c = w;
	size_t i, n;

	for (i = 0; i < 4; i++)
		if (w + i >= end || !isdigit((unsigned char)w[i]))
			return;
	if (w + 4 < end && word_char((unsigned char)w[4]))
		return;
	while (c > p && c[-1] == ' ')
		c--;
	for (n = 0; c > p && isupper((unsigned char)c[-1]); c--)
		n++;
	if (c > p && c[-1] != ' ')
		return;
	for (i = 0; i < ARRAY_SIZE(au_states); i++)
		if (equal_n(c, n, au_states[i][0]))
			add_home(h, au_states[i][1], strlen(au_states[i][1]), role);
}

/*
 * The places of one party's incorporation or office, as parties.c wrote
 * them: each part between commas, up to the first word with a digit in it
 * (a postal code: "Austin, TX 78746"); a part that opens with one is a
 * street.
 */
static void add_place(struct homes *h, const char *place, enum party_role role)
{
	const char *p = place;

	while (p && *p) {
		const char *end = strpbrk(p, ",;"), *w;
		size_t n;

		if (!end)
			end = p + strlen(p);
		while (p < end && *p == ' ')
			p++;
		for (w = p; w < end; w++)
			if (isdigit((unsigned char)*w))
				break;
		if (w > p && w < end)
			while (w > p && w[-1] != ' ')
				w--;
		n = (size_t)(w - p);
		if (n && !isdigit((unsigned char)*p)) {
			add_name(h, p, n, role, 0);
			add_au_state(h, p, w, end, role);
		}
		p = *end ? end + 1 : end;
	}
}

/*
 * Words that make a sentence naming a law a choice of it, as word starts (word_start_in)
 * ("governed", "applies"; not "Apple"'s products, though "government"
 * passes).
 */
static const char *const choosing[] = {
	"govern", "constru", "interpret", "subject to", "submit", "apply", "applies",
	"applicable", "application",
};

/* Words before "the laws of" that make it a party's incorporation. */
static const char *const incorporating[] = {
	"organi", "incorporat", "existing", "formed", "registered", "established",
	"chartered",
};

/*
 * How far before and after "law" the choosing words are looked for: "shall
 * be governed by and construed and enforced in accordance with the laws
 * of", "the laws of ... , without regard to its conflict of laws rules,
 * shall apply".  The sentence may run on for pages; its choice does not.
 */
#define CHOOSING_BEFORE 200
#define CHOOSING_AFTER 160

/*
 * How far before "the laws of" a party's incorporation is looked for:
 * "a corporation duly organized, validly existing and in good standing
 * under the laws of".
 */
#define INCORPORATING_BEFORE 80

/*
 * The last sentence looked at and whether any choosing word is in it
 * (-1: not yet read whole): a sentence with a second "law" by a home and
 * no choosing word (a list of statutes, "the laws of X and the laws of Y
 * and ...") is read once, not once for each "law" in it.  A sentence with
 * one, the usual choice of law, is not read whole at all.
 */
struct sentence_memo {
	size_t sent;
	int chooses;
};

static int any_choosing(const char *s, size_t n)
{
	return word_start_in(s, n, choosing, ARRAY_SIZE(choosing));
}

static int chooses_law(const struct document *doc, size_t law_at, struct sentence_memo *memo)
{
	size_t k = document_sentence_at(doc, law_at), from, to;
	const struct sentence *s;
	const char *t = doc->text.ptr;

	if (k == (size_t)-1)
		return 0;
	s = &doc->sents[k];
	if (memo->sent != k) {
		memo->sent = k;
		memo->chooses = -1;
	} else if (memo->chooses < 0) {
		memo->chooses = any_choosing(t + s->start, s->end - s->start);
	}
	if (!memo->chooses)
		return 0;
	from = law_at - s->start > CHOOSING_BEFORE ? law_at - CHOOSING_BEFORE : s->start;
	to = s->end - law_at > CHOOSING_AFTER ? law_at + CHOOSING_AFTER : s->end;
	if (!any_choosing(t + from, to - from))
		return 0;
	from = law_at - s->start > INCORPORATING_BEFORE ? law_at - INCORPORATING_BEFORE : s->start;
	return !word_start_in(t + from, law_at - from, incorporating, ARRAY_SIZE(incorporating));
}

/* Past white space, the no-break space included ("State of\u00a0Delaware"). */
static size_t skip_spaces(const char *t, size_t len, size_t i)
{
	for (;;) {
		if (i < len && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r'))
			i++;
		else if (i + 1 < len && (unsigned char)t[i] == 0xC2 && (unsigned char)t[i + 1] == 0xA0)
			i += 2;
		else
			return i;
	}
}

/* Past the word w (lower case, any case in t) and the space after it; i where it is not there. */
static size_t skip_word_ci(const char *t, size_t len, size_t i, const char *w)
{
	size_t k = strlen(w), e;

	if (i + k < len && !strncasecmp(t + i, w, k) && (e = skip_spaces(t, len, i + k)) > i + k)
		return e;
	return i;
}

/*
 * Words that make a longer place of the name before them in a clause
 * written all in capitals, where every word opens with a capital:
 * "BRITISH COLUMBIA" is not the home of a "British company", nor
 * "WASHINGTON DC" nor "WASHINGTON STATE" that of a company in
 * Washington, D.C. (as "Washington State" is none in small letters).  Any
 * other word goes on with the clause ("... OF TEXAS SHALL GOVERN ...").
 */
static const char *const caps_longer[] = {
	"capital", "columbia", "d.c", "dc", "island", "islands", "state", "territories",
	"territory", "virgin",
};

/*
 * Whether a place's name that ends at t[e] ends there as a name: not
 * inside a word, nor the first words of a longer name ("British" of
 * "British Columbia", "India" of "Indiana"), though "England" of "England
 * and Wales" is one.  In a clause in capitals (`caps`) the next word's
 * capital says nothing: there the name ends unless a word of caps_longer
 * follows.
 */
static int name_ends(const char *t, size_t len, size_t e, int caps)
{
	size_t next;

	if (e == len)
		return 1;
	if (word_char((unsigned char)t[e]))
		return 0;
	next = skip_spaces(t, len, e);
	if (next == e || next == len || !isupper((unsigned char)t[next]))
		return 1;
	return caps && !word_at(t, len, next, caps_longer, ARRAY_SIZE(caps_longer));
}

/* Whether t[0..n) is the name `x`: as the preamble wrote it, or in any case in capitals. */
static int same_name(const char *t, const struct home *x, int caps)
{
	return caps ? !strncasecmp(t, x->name, x->len) : !memcmp(t, x->name, x->len);
}

/* The home whose name starts at t[i], longest first; NULL where none does. */
static const struct home *home_at(const struct homes *h, const char *t, size_t len, size_t i,
				  int caps)
{
	const struct home *best = NULL;
	size_t k;

	for (k = 0; k < h->n; k++) {
		const struct home *x = &h->v[k];

		if (i + x->len <= len && same_name(t + i, x, caps) &&
		    name_ends(t, len, i + x->len, caps) && (!best || x->len > best->len))
			best = x;
	}
	return best;
}

/* The home whose name ends at t[i] ("Delaware| law"), longest first. */
static const struct home *home_before(const struct homes *h, const char *t, size_t i, int caps)
{
	const struct home *best = NULL;
	size_t k;

	for (k = 0; k < h->n; k++) {
		const struct home *x = &h->v[k];

		if (x->len <= i && same_name(t + i - x->len, x, caps) &&
		    (x->len == i || !word_char((unsigned char)t[i - x->len - 1])) &&
		    (!best || x->len > best->len))
			best = x;
	}
	return best;
}

/*
 * After "law(s)" at t[e]: " of [the] [State of] X", " in force in X",
 * " applicable in X", ": [the] [State of] X".  The offset where X may
 * start, or 0 where none of those follows.
 */
/* Past each of words[0..n) in turn; 0 where one is not there. */
static size_t past_words(const char *t, size_t len, size_t i, const char *const *words, size_t n)
{
	size_t k, j;

	for (k = 0; k < n; k++) {
		if ((j = skip_word_ci(t, len, i, words[k])) == i)
			return 0;
		i = j;
	}
	return i;
}

static size_t place_after_law(const char *t, size_t len, size_t e)
{
	static const char *const of[] = { "of" };
	static const char *const in_force_in[] = { "in", "force", "in" };
	static const char *const applicable_in[] = { "applicable", "in" };
	size_t i = skip_spaces(t, len, e), j, words;

	if (i < len && t[i] == ':' && i == e)
		j = skip_spaces(t, len, i + 1);
	else if (!(j = past_words(t, len, i, of, ARRAY_SIZE(of))) &&
		 !(j = past_words(t, len, i, in_force_in, ARRAY_SIZE(in_force_in))) &&
		 !(j = past_words(t, len, i, applicable_in, ARRAY_SIZE(applicable_in))))
		return 0;
	j = skip_word_ci(t, len, j, "the");
	/* "the State of", "the Federal Republic of", "the Commonwealth of" */
	for (i = j, words = 0; words < 3 && i < len && isupper((unsigned char)t[i]); words++) {
		size_t w = i;

		while (w < len && word_char((unsigned char)t[w]))
			w++;
		w = skip_spaces(t, len, w);
		if (skip_word_ci(t, len, w, "of") != w)
			return skip_word_ci(t, len, skip_word_ci(t, len, w, "of"), "the");
		i = w;
	}
	return j;
}

/* Before "law(s)" at t[at]: the end of the word a place's name may end at. */
static size_t place_before_law(const char *t, size_t at)
{
	static const char *const kinds[] = {
		"substantive", "internal", "federal", "domestic", "material", "statutory",
	};
	size_t i = at, k;

	if (!i || t[i - 1] != ' ')
		return 0;
	i--;
	for (k = 0; k < ARRAY_SIZE(kinds); k++) {
		size_t n = strlen(kinds[k]);

		if (i > n && !strncmp(t + i - n, kinds[k], n) && t[i - n - 1] == ' ')
			return i - n - 1;
	}
	return i;
}

/*
 * Every place a law is chosen by, of home_law_places.h's lists and
 * src/tools/home_law_index.c's other places, each once, in the immutable
 * table that tool writes (jindex): by first byte, longest first, so a
 * name is looked for only where its first letter is, and the first found
 * is the longest.  `subnational`: a US state or a Canadian province.
 */
struct jname {
	const char *name;
	size_t len;
	int subnational;
};

#include "home_law_index.h"

/* jindex_from holds offsets into jindex. */
_Static_assert(ARRAY_SIZE(jindex) <= 0xFFFF, "home_law_index.h: too many names for jindex_from");

/*
 * The longest place of the index whose name starts at t[i] and is at most
 * `most` long (exactly `most` where `exact`); 0 where none is.  In
 * capitals (`caps`) in any case.  `ends`: it must end there as a name.
 */
static size_t jname_at(const char *t, size_t len, size_t i, int caps, size_t most, int exact,
		       int ends, int subnational_only)
{
	unsigned char c = (unsigned char)t[i];
	size_t k, to;

	if (caps)
		c = (unsigned char)toupper(c);
	for (k = jindex_from[c], to = jindex_from[c + 1]; k < to; k++) {
		const struct jname *x = &jindex[k];

		if (x->len > most)
			continue;
		if (exact && x->len < most)
			break;
		if (subnational_only && !x->subnational)
			continue;
		if (caps ? strncasecmp(t + i, x->name, x->len) : memcmp(t + i, x->name, x->len))
			continue;
		if (ends && !name_ends(t, len, i + x->len, caps))
			continue;
		return x->len;
	}
	return 0;
}

/*
 * The length of the longest place a law is chosen by, of the lists above,
 * whose name starts at t[i] (`before` 0) or ends there (`before` 1); 0
 * where none does.  `subnational_only`: only a US state or a Canadian
 * province.
 */
static size_t jurisdiction_len(const char *t, size_t len, size_t i, int caps, int before,
			       int subnational_only)
{
	size_t s, n;

	if (!before)
		return i < len ? jname_at(t, len, i, caps, len - i, 0, 1, subnational_only) : 0;
	/* Ending at t[i]: from the farthest start a name may have, at a word's start. */
	for (s = i > JINDEX_LONGEST ? i - JINDEX_LONGEST : 0; s < i; s++) {
		if (s && word_char((unsigned char)t[s - 1]))
			continue;
		if ((n = jname_at(t, i, s, caps, i - s, 1, 0, subnational_only)))
			return n;
	}
	return 0;
}

/*
 * A federation whose states make their own law: a customer "incorporated
 * in Canada" may be at home under Ontario's law, so its name tells no
 * third place.  Nor does Delaware's, which charters companies at home in
 * every state ("a Delaware corporation" running its programme in Alabama).
 */
static int tells_no_third_place(const struct home *x)
{
	static const char *const federations[] = {
		"Australia", "Australian", "Canada", "Canadian", "Delaware",
	};
	size_t k;

	for (k = 0; k < ARRAY_SIZE(federations); k++)
		if (equal_n(x->name, x->len, federations[k]))
			return 1;
	return 0;
}

/* Whether a home's name is itself a place a law is chosen by ("Texas", not "Austin"). */
static int is_jurisdiction(const struct home *x, int subnational_only)
{
	return jurisdiction_len(x->name, x->len, 0, 0, 0, subnational_only) == x->len;
}

/*
 * The home whose name ends at t[i], as home_before, unless it is only the
 * last words of a longer place a law is chosen by: "New Mexico law" is no
 * Mexican company's, nor "New South Wales law" an English one's.
 */
static const struct home *home_ending(const struct homes *h, const char *t, size_t i, int caps)
{
	const struct home *home = home_before(h, t, i, caps);

	return home && jurisdiction_len(t, i, i, caps, 1, 0) > home->len ? NULL : home;
}

struct hit {
	size_t start, end;
	enum party_role role;
	int caps;
};

struct hits {
	struct hit *v;
	size_t n, alloc;
};

/*
 * Each "law" or "laws" of t, as written (`caps` 0) or in capitals
 * ("LAWS"), that a sentence chooses and that names a home, added to
 * `hits`.  Found by its 'w' (one byte in about 150 of a contract, rarer
 * than 'l' or 'a'; memmem for "aw" was four times slower), or its 'W'.
 */
static void find_home_laws(const struct homes *h, const struct document *doc, int caps,
			   struct hits *hits)
{
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, i;
	struct sentence_memo memo = { (size_t)-1, 0 };
	const char l = caps ? 'L' : 'l', a = caps ? 'A' : 'a', w = caps ? 'W' : 'w';

	for (i = 0; i < len; i++) {
		const char *p = memchr(t + i, w, len - i);
		size_t at, e, x, b = 0, n;
		const struct home *home;
		int vendor = 0;

		if (!p)
			break;
		i = (size_t)(p - t);
		if (i < 2 || (t[i - 1] != a && (caps || t[i - 1] != 'A')) ||
		    (t[i - 2] != l && (caps || t[i - 2] != 'L')) ||
		    (i > 2 && word_char((unsigned char)t[i - 3])))
			continue;
		at = i - 2;
		e = i + 1;
		if (e < len && (t[e] == (caps ? 'S' : 's') || (!caps && t[e] == 'S')))
			e++;
		if (e < len && word_char((unsigned char)t[e]))
			continue;
		x = place_after_law(t, len, e);
		home = x ? home_at(h, t, len, x, caps) : NULL;
		n = 0;
		if (home)
			n = home->len;
		else if ((b = place_before_law(t, at)) && (home = home_ending(h, t, b, caps)))
			x = b - (n = home->len);
		else if (h->neither && x && (n = jurisdiction_len(t, len, x, caps, 0, 0)))
			;
		else if (h->neither && b && (n = jurisdiction_len(t, len, b, caps, 1, 0)))
			x = b - n;
		else if (h->vendor_terms && x && (n = jurisdiction_len(t, len, x, caps, 0, 1)))
			vendor = 1;
		else if (h->vendor_terms && b && (n = jurisdiction_len(t, len, b, caps, 1, 1))) {
			x = b - n;
			vendor = 1;
		}
		if (n && chooses_law(doc, at, &memo)) {
			ALLOC_GROW(hits->v, hits->n + 1, hits->alloc);
			hits->v[hits->n].start = x;
			hits->v[hits->n].end = x + n;
			hits->v[hits->n].role = home ? home->role : vendor ? ROLE_VENDOR : ROLE_UNKNOWN;
			hits->v[hits->n].caps = caps;
			hits->n++;
		}
	}
}

/* Bytes of a text in which a party is defined as "you", at most: its opening. */
#define YOU_DEFINED_REACH 8192

/*
 * Whether the text's opening defines a party as "you": '("you" or
 * "your")', "\xe2\x80\x9cyou\xe2\x80\x9d".
 */
static int quotes_you(const char *t, size_t len)
{
	if (len > YOU_DEFINED_REACH)
		len = YOU_DEFINED_REACH;
	return text_find(t, len, 0, "\"you\"", 0) < len ||
	       text_find(t, len, 0, "\xe2\x80\x9cyou\xe2\x80\x9d", 2) < len;
}

void home_law_subst(struct roles *r, const struct document *doc)
{
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, i, k;
	struct hits hits = { NULL, 0, 0 };
	struct homes h;
	int customer, subnational, customer_party = 0, vendor_party = 0;

	h.n = 0;
	h.neither = 0;
	h.vendor_terms = 0;
	for (i = 0; i < r->nparties; i++) {
		const struct party *p = &r->parties[i];

		customer_party |= p->role == ROLE_CUSTOMER;
		vendor_party |= p->role == ROLE_VENDOR;
		if (p->role == ROLE_UNKNOWN)
			continue;
		if (p->incorporated)
			add_place(&h, p->incorporated, p->role);
		if (p->office)
			add_place(&h, p->office, p->role);
	}
	/*
	 * Where the customer's home is not read, the vendor's may be the
	 * customer's too: a Kenyan service for Kenyan businesses, a
	 * Scottish authority buying from a Glasgow developer.  Readers of
	 * such contracts took the law for the customer's as often as not.
	 * Not a US state's or a Canadian province's: a vendor's paper that
	 * chooses the law of the state it is incorporated or has its office
	 * in, for customers it does not name, chooses its own law; a
	 * continent's businesses buy on it.
	 */
	for (i = 0, customer = 0, subnational = 0; i < h.n; i++) {
		if (h.v[i].role == ROLE_CUSTOMER) {
			customer = 1;
			/*
			 * The customer's home is a place a law is chosen by
			 * ("Texas", "Portugal"; not only "Austin" or
			 * "Lisbon"): a law of a place that is neither
			 * party's home is told from it.
			 */
			if (is_jurisdiction(&h.v[i], 0) && !tells_no_third_place(&h.v[i]))
				h.neither = 1;
		} else if (is_jurisdiction(&h.v[i], 1)) {
			subnational = 1;
		}
	}
	/*
	 * A vendor's terms for a customer it calls "you" and names no
	 * further (no customer party): a US state's or a Canadian province's
	 * law is the vendor's choice, whether or not its home is read ("Lumora
	 * Labs, Inc." under California law; "a Delaware corporation" under
	 * California law, its office there).  Its customers are in any state.
	 * A nation's law is not told: a national service for that nation's
	 * businesses chooses the law of its customers too.
	 */
	if (!customer_party && vendor_party && quotes_you(t, len))
		h.vendor_terms = 1;
	if (!customer && !subnational && !h.vendor_terms)
		return;
	/*
	 * US drafting writes the choice of law in capitals as often as not
	 * ("THE LAWS OF THE STATE OF DELAWARE"); there a home is matched in
	 * any case.  roles_find sorts the substitutions.
	 */
	find_home_laws(&h, doc, 0, &hits);
	find_home_laws(&h, doc, 1, &hits);
	for (i = 0; i < hits.n; i++) {
		struct hit *x = &hits.v[i];

		/* A place that is the customer's home too is the customer's. */
		for (k = 0; k < h.n && x->role == ROLE_VENDOR; k++)
			if (h.v[k].role == ROLE_CUSTOMER && x->start + h.v[k].len <= x->end &&
			    same_name(t + x->start, &h.v[k], x->caps) &&
			    name_ends(t, len, x->start + h.v[k].len, x->caps))
				x->role = ROLE_CUSTOMER;
		if (!customer && jurisdiction_len(t, x->end, x->start, x->caps, 0, 1) !=
					 x->end - x->start)
			continue;
		ALLOC_GROW(r->subst, r->nsubst + 1, r->subst_alloc);
		r->subst[r->nsubst].start = x->start;
		r->subst[r->nsubst].end = x->end;
		r->subst[r->nsubst].text = x->role == ROLE_VENDOR     ? HOME_LAW_VENDOR
					   : x->role == ROLE_CUSTOMER ? HOME_LAW_CUSTOMER
								      : HOME_LAW_NEITHER;
		r->nsubst++;
	}
	free(hits.v);
}

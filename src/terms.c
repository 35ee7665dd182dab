#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "roles_internal.h"
#include "roles_words.h"
#include "terms.h"
#include "xalloc.h"

/*
 * The words a collective name follows; rf->collective is anchored at one.
 * Each is found by memchr for a letter that is rare in text (its index in
 * `key`), then compared whole; "ollectively" stands for both cases of its
 * first letter, found once.  "Collectively" opens a sentence that lists
 * what it gathers before the name: 'Collectively, Input and Output are
 * "User Content."'.  `reach` is how many bytes after the word the quoted
 * name may open in ("referred to in these Terms as", the list).
 */
static const struct {
	const char *word;
	size_t key, reach;
} collective_words[] = {
	{ "ollectively", 7, 72 }, { "together", 2, 72 }, { "jointly", 0, 72 },
};
#define NCOLLECTIVE 3
/* "ollectively" is found once for "collectively" and "Collectively", which has this reach. */
#define COLLECTIVELY_OPENS_REACH 140

/* Where collective word w first starts at or after `from` (len: nowhere). */
static size_t collective_find(const char *t, size_t len, size_t from, size_t w)
{
	size_t at;

	if (w != 0)
		return text_find(t, len, from, collective_words[w].word, collective_words[w].key);
	for (at = from + 1; (at = text_find(t, len, at, collective_words[0].word,
					     collective_words[0].key)) < len; at++)
		if (t[at - 1] == 'c' || t[at - 1] == 'C')
			return at - 1;
	return len;
}

/* Whether an opening quote, straight or curly, is in the `reach` bytes after `at`. */
static int quote_follows(const char *t, size_t len, size_t at, size_t reach)
{
	size_t end = len - at > reach ? at + reach : len, i;

	for (i = at; i < end; i++)
		if (t[i] == '"' || ((unsigned char)t[i] == 0xE2 && i + 2 < len &&
				    (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0x9C))
			return 1;
	return 0;
}

/*
 * The leftmost match at or after `from` of rf->collective, run only where
 * memmem finds one of its words at the start of a word: the words are
 * rare, and a scan of the whole text by the regex costs more than the rest
 * of find_terms.  next[] caches each word's next place ((size_t)-1: not
 * looked for yet).
 */
static int match_collective(struct roles_finder *rf, const char *t, size_t len, size_t from,
			    size_t *next)
{
	for (;;) {
		size_t w, at = len, reach = 0;

		for (w = 0; w < NCOLLECTIVE; w++) {
			if (next[w] == (size_t)-1 || next[w] < from)
				next[w] = collective_find(t, len, from, w);
			if (next[w] < at) {
				at = next[w];
				reach = t[at] == 'C' ? COLLECTIVELY_OPENS_REACH : collective_words[w].reach;
			}
		}
		if (at >= len)
			return 0;
		from = at + 1;
		/* "together with" is common: the regex runs only where a quote follows soon. */
		if ((at == 0 || !isalnum((unsigned char)t[at - 1])) && quote_follows(t, len, at, reach) &&
		    rf_exec(rf, rf->collective, (PCRE2_SPTR)t, len, at, 0) >= 0)
			return 1;
	}
}

/* Whether `body` speaks of the customer: by role word or by a customer's name. */
static int mentions_customer(struct roles_finder *rf, const struct roles *r,
			     const char *body, size_t blen)
{
	size_t i;

	if (rf_matches(rf, rf->customer_ref, body, blen))
		return 1;
	for (i = 0; i < r->nparties; i++) {
		size_t n = strlen(r->parties[i].alias), k;

		if (r->parties[i].role != ROLE_CUSTOMER)
			continue;
		for (k = 0; k + n <= blen; k++)
			if (alias_use_at(body, blen, k, r->parties[i].alias, n))
				return 1;
	}
	return 0;
}

/* Words of a submitter that data_submitter reads, other than a list of them. */
#define SUBMITTER_WORDS 6

/*
 * Whether the submitter s[0..n) that data_submitter reads is the customer.
 * In a list of submitters ("Customer, its Permitted Users, or End Users"),
 * which ends on "or" or "and" and a last one, its first; commas that part
 * verbs ("you may create, post, transmit") make no list.  Without a comma,
 * at most SUBMITTER_WORDS words.
 */
static int submitter_is_customer(struct roles_finder *rf, const struct roles *r, const char *s,
				 size_t n)
{
	const char *comma = memchr(s, ',', n), *last;
	size_t i, words = 0;

	if (!comma) {
		for (i = 0; i < n; i++)
			words += !isspace((unsigned char)s[i]) &&
				 (i + 1 == n || isspace((unsigned char)s[i + 1]));
		return words <= SUBMITTER_WORDS && mentions_customer(rf, r, s, n);
	}
	for (last = s + n - 1; *last != ','; last--)
		;
	for (i = last - s + 1; i < n && isspace((unsigned char)s[i]); i++)
		;
	if (!(n - i > 4 && (!strncmp(s + i, "or ", 3) || !strncmp(s + i, "and ", 4))))
		return 0;
	return mentions_customer(rf, r, s, (size_t)(comma - s));
}

static int is_vendor_word(struct roles_finder *rf, const struct roles *r, const char *w, size_t n);

/* Where what data_submitter reads the customer giving goes, where the words after it say. */
enum submit_place {
	PLACE_UNSAID,  /* "that Customer provides" */
	PLACE_VENDOR,  /* "that you enter into Dosewise", "type into the Service", "give us" */
	PLACE_ELSE     /* "that Customer enters into with others", "gives notice" */
};

/*
 * Where what a match of data_submitter ending at body[end] gives goes: the
 * word after "into" (and "the"), the vendor or its service by name, or
 * "us" after "give"; any other giving is said by no such words.
 */
static enum submit_place submit_place(struct roles_finder *rf, const struct roles *r,
				      const char *body, size_t blen, size_t end)
{
	static const char *const machines[] = {
		"service", "services", "platform", "system", "app", "application", "software", "tool",
	};
	static const char *const give[] = { "give", "gives" };
	size_t at, e;

	for (at = end; at > 0 && isalpha((unsigned char)body[at - 1]); at--)
		;
	if (word_in(body + at, end - at, give, ARRAY_SIZE(give)))
		return blen - end >= 3 && !strncasecmp(body + end, " us", 3) &&
		       (blen - end == 3 || !isalnum((unsigned char)body[end + 3])) ?
		       PLACE_VENDOR : PLACE_ELSE;
	if (blen - end < 6 || strncasecmp(body + end, " into ", 6))
		return PLACE_UNSAID;
	at = end + 6;
	/*
	 * "enters into or uploads to the AI Features": a second verb of
	 * giving after "into or" says what the giving is; "enters into and
	 * performs" (a contract) has none.
	 */
	if (blen - at > 4 && (!strncasecmp(body + at, "or ", 3) || !strncasecmp(body + at, "and ", 4))) {
		static const char *const also_gives[] = {
			"upload", "uploads", "submit", "submits", "provide", "provides", "send", "sends",
			"transmit", "transmits", "input", "inputs", "type", "types", "paste", "pastes",
		};
		size_t v = at + (tolower((unsigned char)body[at]) == 'o' ? 3 : 4), ve;

		for (ve = v; ve < blen && isalpha((unsigned char)body[ve]); ve++)
			;
		if (word_in(body + v, ve - v, also_gives, ARRAY_SIZE(also_gives)))
			return PLACE_UNSAID;
	}
	if (blen - at > 4 && !strncasecmp(body + at, "the ", 4))
		at += 4;
	for (e = at; e < blen && (isalnum((unsigned char)body[e]) || body[e] == '-' ||
				  body[e] == '&'); e++)
		;
	return e > at && (is_vendor_word(rf, r, body + at, e - at) ||
			  word_in(body + at, e - at, machines, ARRAY_SIZE(machines))) ?
	       PLACE_VENDOR : PLACE_ELSE;
}

/*
 * Whether body says the customer submits what it defines, in the active
 * voice: "information that Practice submits to the Service" is the
 * customer's, "data that Vendor provides to Customer" is not; nor is
 * what it puts into something not the vendor's (submit_place).
 */
static int customer_submits(struct roles_finder *rf, const struct roles *r,
			    const char *body, size_t blen)
{
	size_t from = 0;

	while (from < blen && rf_exec(rf, rf->data_submitter, (PCRE2_SPTR)body, blen, from,
					  0) >= 0) {
		size_t end = pcre2_get_ovector_pointer(rf->md)[1], ss, sn;

		rf_group(rf, 1, &ss, &sn);
		if (submitter_is_customer(rf, r, body + ss, sn) &&
		    submit_place(rf, r, body, blen, end) != PLACE_ELSE)
			return 1;
		from = end > from ? end : from + 1;
	}
	return 0;
}

/*
 * The same with no "that": "all data the Client or its users submit to the
 * AI Services", "the documents Customer uploads", "the inputs Customer or
 * its users submit".  A data noun, then who
 * gives it in at most SUBMITTER_WORDS words, the first "the", a possessive
 * or a capitalised name (so that "data in the Client's account" is no
 * giver), then a modal perhaps and the verb.  "Everything" and "anything"
 * name what is given as well ("Everything your firm uploads"), and what
 * the customer stores or saves is given ("all other data Customer stores
 * in the Products"), and so what it "makes available".  Read in C, word by word, and
 * only where customer_submits found nothing: the regex with a noun for
 * "that" costs every definition.  "not" ends the reading ("records the
 * Client does not submit").
 */
/*
 * Whether the word at body[s..*e) is "makes" or "make" before "available":
 * "other material the Client makes available to the Developer" gives it
 * as "provides" does.  Moves *e past "available".
 */
static int made_available(const char *body, size_t blen, size_t s, size_t *e)
{
	if (!word_is(body + s, *e - s, "makes") && !word_is(body + s, *e - s, "make"))
		return 0;
	if (blen - *e < 10 || memcmp(body + *e, " available", 10) ||
	    (blen - *e > 10 && isalnum((unsigned char)body[*e + 10])))
		return 0;
	*e += 10;
	return 1;
}

static int customer_submits_bare(struct roles_finder *rf, const struct roles *r,
				 const char *body, size_t blen)
{
	static const char *const nouns[] = {
		"data", "information", "content", "materials", "material", "documents", "files",
		"records", "inputs", "prompts", "queries", "text", "everything", "anything",
	};
	static const char *const verbs[] = {
		"submit", "submits", "upload", "uploads", "provide", "provides", "enter", "enters",
		"input", "inputs", "store", "stores", "save", "saves",
	};
	static const char *const modals[] = { "may", "will", "shall", "can", "does", "do" };
	static const char *const heads[] = { "the", "its", "your", "you", "their", "each", "any" };
	static const char *const stops[] = { "not", "that", "which", "who", "is", "are", "and/or" };
	size_t i = 0;

	while (i < blen) {
		size_t ws = i, at, words, sub, lastend = 0, prevend = 0;
		int prev_modal = 0;

		while (i < blen && isalpha((unsigned char)body[i]))
			i++;
		if (i == ws) {
			i++;
			continue;
		}
		if ((ws > 0 && isalnum((unsigned char)body[ws - 1])) ||
		    !word_in(body + ws, i - ws, nouns, ARRAY_SIZE(nouns)))
			continue;
		at = i;
		sub = 0;
		for (words = 0; words <= SUBMITTER_WORDS + 1; words++) {
			size_t s, e;

			if (at >= blen || body[at] != ' ')
				break;
			s = at + 1;
			for (e = s; e < blen && (isalnum((unsigned char)body[e]) || body[e] == '\'' ||
						 body[e] == '-' || body[e] == '&' ||
						 (unsigned char)body[e] >= 0x80); e++)
				;
			if (e == s || word_in(body + s, e - s, stops, ARRAY_SIZE(stops)))
				break;
			if (words == 0) {
				if (!isupper((unsigned char)body[s]) &&
				    !word_in(body + s, e - s, heads, ARRAY_SIZE(heads)))
					break;
				sub = s;
			} else if (word_in(body + s, e - s, verbs, ARRAY_SIZE(verbs)) ||
				   made_available(body, blen, s, &e)) {
				size_t send = prev_modal ? prevend : lastend;

				if (send > sub && submitter_is_customer(rf, r, body + sub, send - sub) &&
				    submit_place(rf, r, body, blen, e) != PLACE_ELSE)
					return 1;
				break;
			}
			prevend = lastend;
			lastend = e;
			prev_modal = words > 0 && word_in(body + s, e - s, modals, ARRAY_SIZE(modals));
			at = e < blen && body[e] == ',' ? e + 1 : e;
		}
	}
	return 0;
}

/* Whether w[0..n) is "we", "us" or "our", in any case; "US" in capitals is the United States. */
static int first_person(const char *w, size_t n)
{
	return word_is(w, n, "we") || (word_is(w, n, "us") && memcmp(w, "US", 2)) ||
	       word_is(w, n, "our");
}

/* Whether the word w[0..n) names the vendor: "we", "our", a vendor noun, a vendor's alias. */
static int is_vendor_word(struct roles_finder *rf, const struct roles *r, const char *w, size_t n)
{
	size_t i;

	if (first_person(w, n) || noun_role(rf, w, n) == ROLE_VENDOR)
		return 1;
	for (i = 0; i < r->nparties; i++)
		if (r->parties[i].role == ROLE_VENDOR && strlen(r->parties[i].alias) >= n &&
		    alias_use_at(w, n, 0, r->parties[i].alias, n) &&
		    !isalnum((unsigned char)r->parties[i].alias[n]))
			return 1;
	return 0;
}

/* The role of the party whose alias is w[0..n), as written; ROLE_UNKNOWN: none. */
static enum party_role alias_role(const struct roles *r, const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < r->nparties; i++)
		if (r->parties[i].role != ROLE_UNKNOWN && strlen(r->parties[i].alias) == n &&
		    alias_use_at(w, n, 0, r->parties[i].alias, n))
			return r->parties[i].role;
	return ROLE_UNKNOWN;
}

/*
 * The role a word names in this document: a party's alias first
 * ("Licensor" where the licensor is the customer, also after "the": "The
 * Licensor grants"), then "we" and "you", then the role nouns.  "Client's"
 * is the client.
 */
static enum party_role word_role(struct roles_finder *rf, const struct roles *r, const char *w,
				 size_t n)
{
	enum party_role role;
	size_t k;

	if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
		n -= 2;
	else if (n > 4 && !memcmp(w + n - 4, "\xE2\x80\x99s", 4))
		n -= 4;
	role = alias_role(r, w, n);
	if (role == ROLE_UNKNOWN && n > 4 && !strncasecmp(w, "the", 3) &&
	    isspace((unsigned char)w[3])) {
		for (k = 4; k < n && isspace((unsigned char)w[k]); k++)
			;
		role = alias_role(r, w + k, n - k);
	}
	if (role != ROLE_UNKNOWN)
		return role;
	if (first_person(w, n))
		return ROLE_VENDOR;
	if (word_is(w, n, "you") || word_is(w, n, "your"))
		return ROLE_CUSTOMER;
	return noun_role(rf, w, n);
}

/* The role the last two words of s[0..n) name ("Party B", "the Client"), or else its last word. */
static enum party_role tail_role(struct roles_finder *rf, const struct roles *r, const char *s,
				 size_t n)
{
	size_t e = n, w1, b;
	enum party_role role;

	while (e > 0 && isspace((unsigned char)s[e - 1]))
		e--;
	for (w1 = e; w1 > 0 && !isspace((unsigned char)s[w1 - 1]); w1--)
		;
	if (w1 == e)
		return ROLE_UNKNOWN;
	for (b = w1; b > 0 && isspace((unsigned char)s[b - 1]); b--)
		;
	if (b < w1 && b > 0) {
		while (b > 0 && !isspace((unsigned char)s[b - 1]))
			b--;
		role = word_role(rf, r, s + b, e - b);
		if (role != ROLE_UNKNOWN)
			return role;
	}
	return word_role(rf, r, s + w1, e - w1);
}

/*
 * The role of the giver s[0..n) that given_head reads before its verb,
 * where tail_role names none: its first of two verbs ("the Customer's
 * devices capture and upload": the words before "capture and"), a list
 * of the customer and its own people ("the Customer or its Authorised
 * Users": the first, whose "its" the rest are), and a party's machines or
 * people by its possessive ("the Customer's devices").  Never the vendor
 * from these: its possessive is read as tail_role reads it, by the name.
 */
static enum party_role giver_role(struct roles_finder *rf, const struct roles *r, const char *s,
				  size_t n)
{
	static const char *const joins[] = { " or its ", " and its ", " or their ", " and/or its " };
	static const char *const kit[] = {
		"device", "devices", "drone", "drones", "camera", "cameras", "sensor", "sensors",
		"vehicle", "vehicles", "equipment", "machines", "systems", "scanners", "staff",
		"employees", "personnel", "users",
	};
	enum party_role role = tail_role(rf, r, s, n);
	size_t e = n, w1, b, k;

	if (role != ROLE_UNKNOWN)
		return role;
	while (e > 0 && isspace((unsigned char)s[e - 1]))
		e--;
	for (w1 = e; w1 > 0 && !isspace((unsigned char)s[w1 - 1]); w1--)
		;
	/* "... capture and": the giver is before the first verb of two. */
	if (w1 < e && (word_is(s + w1, e - w1, "and") || word_is(s + w1, e - w1, "or"))) {
		for (b = w1; b > 0 && isspace((unsigned char)s[b - 1]); b--)
			;
		for (k = b; k > 0 && !isspace((unsigned char)s[k - 1]); k--)
			;
		if (k < b && islower((unsigned char)s[k]) && k > 0)
			return giver_role(rf, r, s, k);
		return ROLE_UNKNOWN;
	}
	for (k = 0; k < ARRAY_SIZE(joins); k++) {
		size_t jl = strlen(joins[k]), i;

		for (i = 0; i + jl <= e; i++)
			if (!strncasecmp(s + i, joins[k], jl))
				return tail_role(rf, r, s, i);
	}
	/* "the Customer's devices": the owner's role, by its possessive. */
	if (w1 > 0 && word_in(s + w1, e - w1, kit, ARRAY_SIZE(kit))) {
		for (b = w1; b > 0 && isspace((unsigned char)s[b - 1]); b--)
			;
		if ((b > 2 && !memcmp(s + b - 2, "'s", 2)) ||
		    (b > 4 && !memcmp(s + b - 4, "\xE2\x80\x99s", 4)))
			return tail_role(rf, r, s, b);
	}
	return ROLE_UNKNOWN;
}

/* Words of the noun phrase that heads a "means" definition, at most. */
#define HEAD_NOUN_WORDS 3

/*
 * Whether the verb of a match of data_submitter ending at body[end] is
 * "upload(s)", which says where it goes (to the service), and the
 * definition opens with data or media: "the audio of a consultation ...
 * that you upload", not "the number of files that you upload".
 */
static int uploaded_data(struct roles_finder *rf, const char *body, size_t blen, size_t end)
{
	static const char *const upload[] = { "upload", "uploads" };
	static const char *const dets[] = { "the", "all", "any", "each", "every", "such", "your" };
	static const char *const ends[] = {
		"of", "that", "which", "who", "between", "from", "by", "for", "in", "on", "to",
		"with", "and", "or", "you", "we",
	};
	size_t at, i = 0, e, hs, he = 0;
	int k;

	for (at = end; at > 0 && isalpha((unsigned char)body[at - 1]); at--)
		;
	if (!word_in(body + at, end - at, upload, ARRAY_SIZE(upload)))
		return 0;
	/* The head: the words after an article, up to "of", a clause or a mark. */
	while (i < blen && (body[i] == ' ' || body[i] == ',' || body[i] == ':'))
		i++;
	for (e = i; e < blen && isalpha((unsigned char)body[e]); e++)
		;
	if (e < blen && body[e] == ' ' && word_in(body + i, e - i, dets, ARRAY_SIZE(dets)))
		i = e + 1;
	for (hs = i, k = 0; k < HEAD_NOUN_WORDS; k++) {
		for (e = i; e < blen && (isalpha((unsigned char)body[e]) || body[e] == '-'); e++)
			;
		if (e == i || word_in(body + i, e - i, ends, ARRAY_SIZE(ends)))
			break;
		he = e;
		if (e >= blen || body[e] != ' ')
			break;
		i = e + 1;
	}
	return he > hs && (rf_matches(rf, rf->given_noun, body + hs, he - hs) ||
			   rf_matches(rf, rf->data_noun, body + hs, he - hs));
}

/*
 * Whether the submitter s[0..n) that data_submitter reads is the
 * customer's own people by a plain plural, "tenants", "its patients":
 * what they send the customer is its data (customer_gives_vendor).
 */
static int customer_people(const char *s, size_t n)
{
	static const char *const people[] = {
		"tenants", "patients", "residents", "customers", "clients", "shoppers", "members",
		"callers", "visitors", "guests", "students", "consumers", "subscribers",
		"passengers", "citizens", "applicants", "candidates", "policyholders", "claimants",
		"borrowers", "pupils", "parents",
	};
	size_t e;

	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	if (n > 4 && (!strncmp(s, "its ", 4) || !strncmp(s, "the ", 4)))
		s += 4, n -= 4;
	else if (n > 6 && !strncmp(s, "their ", 6))
		s += 6, n -= 6;
	for (e = 0; e < n && isalpha((unsigned char)s[e]); e++)
		;
	return e == n && word_in(s, n, people, ARRAY_SIZE(people));
}

/*
 * Whether body says the customer gives what it defines to the vendor, in
 * the active voice: "the recordings ... that Publisher supplies to
 * Vendor", "the images that you upload to us", "files Customer submits
 * to the Platform", or data or media it uploads ("the audio of a
 * consultation ... that you upload").  Whatever they are, they are the
 * customer's.
 */
static int customer_gives_vendor(struct roles_finder *rf, const struct roles *r,
				 const char *body, size_t blen)
{
	static const char *const machines[] = { "service", "services", "platform", "system" };
	size_t from = 0;

	while (from < blen && rf_exec(rf, rf->data_submitter, (PCRE2_SPTR)body, blen, from,
					  0) >= 0) {
		size_t end = pcre2_get_ovector_pointer(rf->md)[1], ss, sn, ws, wn;

		rf_group(rf, 1, &ss, &sn);
		if (submitter_is_customer(rf, r, body + ss, sn)) {
			/* "that you enter into Dosewise", "that you give us": where it goes is said. */
			enum submit_place place = submit_place(rf, r, body, blen, end);

			if (place == PLACE_VENDOR)
				return 1;
			if (place == PLACE_UNSAID &&
			    rf_exec(rf, rf->to_vendor, (PCRE2_SPTR)body, blen, end, 0) >= 0) {
				rf_group(rf, 1, &ws, &wn);
				if (is_vendor_word(rf, r, body + ws, wn) ||
				    word_in(body + ws, wn, machines, ARRAY_SIZE(machines)))
					return 1;
			} else if (place == PLACE_UNSAID && uploaded_data(rf, body, blen, end)) {
				/* "that you upload": the verb says where. */
				return 1;
			}
		}
		/* "the messages that tenants send to the Buyer": its own people give the customer. */
		else if (customer_people(body + ss, sn) &&
			 rf_exec(rf, rf->to_vendor, (PCRE2_SPTR)body, blen, end, 0) >= 0) {
			rf_group(rf, 1, &ws, &wn);
			if (word_role(rf, r, body + ws, wn) == ROLE_CUSTOMER)
				return 1;
		}
		from = end > from ? end : from + 1;
	}
	return 0;
}

/* Bytes at the end of the words before a term in which what is entered into the vendor is read. */
#define ENTERED_REACH 96

/*
 * Where "into" and the one word after it ("the" between) end t[0..n), as
 * "into the Service" does: the offset of its space before "into", or n.
 */
static size_t into_at_end(const char *t, size_t n)
{
	size_t e = n;

	while (e > 0 && (isalnum((unsigned char)t[e - 1]) || t[e - 1] == '-' || t[e - 1] == '&'))
		e--;
	if (e == n || e == 0 || t[e - 1] != ' ')
		return n;
	e--;
	if (e >= 4 && !strncasecmp(t + e - 4, " the", 4))
		e -= 4;
	return e >= 5 && !strncmp(t + e - 5, " into", 5) ? e - 5 : n;
}

/*
 * Whether the words before a term end on what the customer enters, types
 * or pastes into the vendor or its service: 'the notes that you type into
 * the Service ("Clinic Notes")' are its data by any name, as where they go
 * says whose they are (submit_place).  The place must end the words: 'the
 * notes that you type into the Service by their length' names no thing
 * given.  Only where the words end so (into_at_end): most terms are passed
 * over without a regex run.
 */
static int entered_before_term(struct roles_finder *rf, const struct roles *r,
			       const char *body, size_t blen)
{
	size_t lo, from, into;

	while (blen > 0 && isspace((unsigned char)body[blen - 1]))
		blen--;
	if ((into = into_at_end(body, blen)) == blen)
		return 0;
	lo = blen > ENTERED_REACH ? blen - ENTERED_REACH : 0;
	from = lo;
	while (from < into && rf_exec(rf, rf->data_submitter, (PCRE2_SPTR)body, blen, from,
					  0) >= 0) {
		size_t end = pcre2_get_ovector_pointer(rf->md)[1], ss, sn;

		rf_group(rf, 1, &ss, &sn);
		if (end == into && submitter_is_customer(rf, r, body + ss, sn) &&
		    submit_place(rf, r, body, blen, end) == PLACE_VENDOR)
			return 1;
		from = end > from ? end : from + 1;
	}
	return 0;
}

/* Bytes at the head of a "means" definition in which what "you" enter is read. */
#define ENTERED_HEAD_REACH 100

/* The word of at most 20 bytes at t[at..n): its end, or `at` where none starts there. */
static size_t word_end(const char *t, size_t n, size_t at)
{
	size_t e = at, k;

	while (e < n && e - at < 20) {
		if ((k = name_letter_len(t, n, e)))
			e += k;
		else if (t[e] == '-')
			e++;
		else
			break;
	}
	return e < n && e - at >= 20 ? at : e;
}

/*
 * Whether a "means" definition opens with what "you" (or the customer by
 * its alias or noun, "the text Studio enters") type, paste or enter
 * into the vendor or its service, without "that": '"Practice Notes" means
 * the notes you paste into Dosewise', '"Queries" means text you enter in
 * the chat box'.  The words before "you" are what is given: at most four,
 * after an article, none that says whose or what else ("the summaries we
 * generate from the notes you paste": "we" and "from"); where it goes is
 * the vendor, its service or a box of it ("into", "in").  A byte scan of
 * the head only: no regex runs.
 */
static int is_customer_word(struct roles_finder *rf, const struct roles *r, const char *w, size_t n);

static int you_enter_at_head(struct roles_finder *rf, const struct roles *r,
			     const char *body, size_t blen)
{
	static const char *const dets[] = { "the", "all", "any", "each", "every", "such" };
	static const char *const verbs[] = {
		"type", "paste", "enter", "input", "copy", "dictate",
	};
	static const char *const staff[] = {
		"staff", "users", "team", "employees", "personnel", "clinicians", "agents",
	};
	static const char *const places[] = {
		"service", "services", "platform", "system", "app", "application", "software", "tool",
		"chat", "chatbot", "assistant", "box", "window", "field", "prompt", "editor",
		"interface", "portal", "dashboard", "website", "site", "workspace", "console",
	};
	size_t n = blen < ENTERED_HEAD_REACH ? blen : ENTERED_HEAD_REACH, i = 0, e;
	int words = 0;

	while (i < n && (body[i] == ' ' || body[i] == ',' || body[i] == ':'))
		i++;
	if ((e = word_end(body, n, i)) > i && e < n && body[e] == ' ' &&
	    word_in(body + i, e - i, dets, ARRAY_SIZE(dets)))
		i = e + 1;
	/* What is given: lower-case words up to "you", "that" or "which" last. */
	for (;; words++) {
		e = word_end(body, n, i);
		/* "the text and images Studio enters into ...": the customer by its alias or noun. */
		if (words && e > i && e < n && body[e] == ' ' && isupper((unsigned char)body[i]) &&
		    is_customer_word(rf, r, body + i, e - i))
			break;
		if (e == i || e >= n || body[e] != ' ' || !islower((unsigned char)body[i]) ||
		    words > 4)
			return 0;
		if (word_is(body + i, e - i, "you"))
			break;
		if (word_is(body + i, e - i, "that") || word_is(body + i, e - i, "which")) {
			if (!words)
				return 0;
		} else if (words == 4 || word_is(body + i, e - i, "we") ||
			   word_is(body + i, e - i, "our") || word_is(body + i, e - i, "us") ||
			   word_is(body + i, e - i, "from") || word_is(body + i, e - i, "of") ||
			   word_is(body + i, e - i, "by") || word_is(body + i, e - i, "about") ||
			   word_is(body + i, e - i, "for") || word_is(body + i, e - i, "to")) {
			return 0;
		}
		i = e + 1;
	}
	if (!words)
		return 0;
	i = e + 1;
	/* "you or your staff" */
	if (n - i > 12 && !strncmp(body + i, "or your ", 8)) {
		e = word_end(body, n, i + 8);
		if (!word_in(body + i + 8, e - i - 8, staff, ARRAY_SIZE(staff)) || e >= n ||
		    body[e] != ' ')
			return 0;
		i = e + 1;
	}
	e = word_end(body, n, i);
	if (e > i && body[e - 1] == 's' && word_in(body + i, e - i - 1, verbs, ARRAY_SIZE(verbs)))
		;
	else if (!word_in(body + i, e - i, verbs, ARRAY_SIZE(verbs)))
		return 0;
	i = e;
	if (n - i > 6 && !strncmp(body + i, " into ", 6))
		i += 6;
	else if (n - i > 4 && !strncmp(body + i, " in ", 4))
		i += 4;
	else
		return 0;
	if (n - i > 4 && (!strncmp(body + i, "the ", 4) || !strncmp(body + i, "our ", 4)))
		i += 4;
	e = i;
	while (e < n && (isalnum((unsigned char)body[e]) || body[e] == '-' || body[e] == '&'))
		e++;
	return e > i && (is_vendor_word(rf, r, body + i, e - i) ||
			 word_in(body + i, e - i, places, ARRAY_SIZE(places)));
}

/*
 * The role of who acts in a passive, "by Party B", "from Acme": the two
 * words as a party's alias, or the first (the first word of a vendor's
 * name counts as the vendor).
 */
static enum party_role actor_role(struct roles_finder *rf, const struct roles *r, const char *w,
				  size_t n)
{
	size_t k = 0;
	enum party_role role;

	while (k < n && !isspace((unsigned char)w[k]))
		k++;
	if (k < n) {
		role = word_role(rf, r, w, n);
		if (role != ROLE_UNKNOWN)
			return role;
	}
	role = word_role(rf, r, w, k);
	if (role == ROLE_UNKNOWN && is_vendor_word(rf, r, w, k))
		return ROLE_VENDOR;
	return role;
}

/*
 * Words that say data about people is not the customer's: it comes from
 * others (the first NFROM_ELSEWHERE: "third parties", "public sources",
 * "public registers"),
 * or no longer names anyone ("de-identified", "aggregated").
 */
static const char *const not_customers_people[] = {
	"third part", "public source", "publicly available", "public register", "public record",
	"de-identified", "deidentified", "anonymised", "anonymized", "aggregated",
	"pseudonymised", "pseudonymized",
};
#define NFROM_ELSEWHERE 5

static int is_customer_word(struct roles_finder *rf, const struct roles *r, const char *w, size_t n);
static size_t word_back(const char *t, size_t at, size_t *s);

/*
 * Whether the words before "from" at body[at] say the customer gets it
 * from there: "records the Hospital obtains from", "which the Council
 * receives from", "obtained by Customer from", "you obtain from".
 */
static int customer_gets_from(struct roles_finder *rf, const struct roles *r, const char *body,
			      size_t at)
{
	static const char *const verbs[] = {
		"obtain", "obtains", "obtained", "receive", "receives", "received", "collect",
		"collects", "collected", "acquire", "acquires", "acquired", "buy", "buys", "bought",
		"purchase", "purchases", "purchased", "license", "licenses", "licensed",
	};
	static const char *const aux[] = { "may", "will", "shall", "can", "also", "itself",
					   "otherwise", "lawfully" };
	size_t ws, we = word_back(body, at, &ws), k;

	if (we == ws)
		return 0;
	/* "obtained by Customer from": the giver after "by". */
	if (is_customer_word(rf, r, body + ws, we - ws)) {
		size_t e2 = word_back(body, ws, &ws);

		if (e2 > ws && word_is(body + ws, e2 - ws, "the"))
			e2 = word_back(body, ws, &ws);
		if (e2 == ws || !word_is(body + ws, e2 - ws, "by"))
			return 0;
		e2 = word_back(body, ws, &ws);
		return e2 > ws && word_in(body + ws, e2 - ws, verbs, ARRAY_SIZE(verbs));
	}
	if (!word_in(body + ws, we - ws, verbs, ARRAY_SIZE(verbs)))
		return 0;
	/* "the Hospital obtains from", "you may obtain from": the subject before the verb. */
	for (k = 0; k < 2; k++) {
		we = word_back(body, ws, &ws);
		if (we == ws || !word_in(body + ws, we - ws, aux, ARRAY_SIZE(aux)))
			break;
	}
	return we > ws && is_customer_word(rf, r, body + ws, we - ws);
}

/*
 * Whether body says data comes from others ("third parties", "public
 * sources"), not where the customer itself gets it from them: "including
 * records the Hospital obtains from third parties" is still the
 * customer's; "that the Contractor obtains from third parties" is not.
 */
static int from_elsewhere(struct roles_finder *rf, const struct roles *r, const char *body,
			  size_t blen)
{
	static const char *const skip[] = { "other", "any", "such", "the", "its", "their", "certain" };
	size_t i, k;

	for (i = 0; i < blen; i++) {
		size_t ws, we;

		if ((i > 0 && isalnum((unsigned char)body[i - 1])) || !strchr("ptPT", body[i]))
			continue;
		for (k = 0; k < NFROM_ELSEWHERE; k++)
			if (blen - i >= strlen(not_customers_people[k]) &&
			    !strncasecmp(body + i, not_customers_people[k], strlen(not_customers_people[k])))
				break;
		if (k == NFROM_ELSEWHERE)
			continue;
		we = word_back(body, i, &ws);
		while (we > ws && word_in(body + ws, we - ws, skip, ARRAY_SIZE(skip)))
			we = word_back(body, ws, &ws);
		if (!(we > ws && word_is(body + ws, we - ws, "from") && customer_gets_from(rf, r, body, ws)))
			return 1;
	}
	return 0;
}

/* Bytes after a passive verb in which where it came from is named. */
#define SOURCE_REACH 64

/*
 * Whether the passive at body[at..end) says the thing came from others,
 * not from either party: "obtained by the Contractor from public
 * sources", "collected from publicly available registers", "received
 * from third parties".  Read from the verb to SOURCE_REACH bytes past
 * the match, not past the clause's end.  A byte scan: no regex runs.
 */
static int passive_from_elsewhere(const char *body, size_t blen, size_t at, size_t end)
{
	size_t e = end + SOURCE_REACH < blen ? end + SOURCE_REACH : blen, k;

	for (k = at; k < e; k++)
		if (body[k] == ';' || (body[k] == '.' && (k + 1 == e || body[k + 1] == ' ')))
			break;
	return word_start_in(body + at, k - at, not_customers_people, NFROM_ELSEWHERE);
}

/*
 * Whether body says, in the passive, who provides or handles what it
 * defines, other than the vendor giving it: "files uploaded by Customer",
 * "data processed by Vendor on behalf of Customer"; not "any file made
 * available by Provider to Customer", "disclosed by Party A" where Party
 * A is the vendor, nor what the customer receives ("received by Party B
 * from Party A") or what comes from the vendor ("received from Acme").
 */
static int passive_not_by_vendor(struct roles_finder *rf, const struct roles *r,
				 const char *body, size_t blen)
{
	size_t from = 0;

	while (from < blen && rf_exec(rf, rf->data_passive, (PCRE2_SPTR)body, blen, from,
					  0) >= 0) {
		size_t end = pcre2_get_ovector_pointer(rf->md)[1], vs, vn, rs, rn, ps, pn, ws, wn;
		enum party_role actor;

		rf_group(rf, 1, &vs, &vn);
		rf_group(rf, 2, &rs, &rn);
		rf_group(rf, 3, &ps, &pn);
		rf_group(rf, 4, &ws, &wn);
		actor = wn ? actor_role(rf, r, body + ws, wn) : ROLE_UNKNOWN;
		/* "obtained by the Contractor from public sources": nobody's data. */
		if (passive_from_elsewhere(body, blen, pcre2_get_ovector_pointer(rf->md)[0], end)) {
			from = end > from ? end : from + 1;
			continue;
		}
		if (rn && word_is(body + ps, pn, "by") ? actor != ROLE_CUSTOMER :
		    rn && word_is(body + ps, pn, "from") ? actor != ROLE_VENDOR :
		    !vn || actor != ROLE_VENDOR)
			return 1;
		from = end > from ? end : from + 1;
	}
	return 0;
}

/* Bytes after a possessive in which the thing owned is named. */
#define POSSESSED_REACH 32
/* Bytes of a definition, beside its term, where the owner is named. */
#define POSSESSED_WINDOW 64

/*
 * Past the leading items of a list after a possessive, "sales, inventory,
 * pricing and customer data": at the list's last item, so that the data
 * word that closes it is read however long the list.  Only bare
 * lower-case words each closed by ", "; a relative word ("who", "which",
 * "that") ends the list, for what follows it is a clause.
 */
static size_t past_noun_list(const char *body, size_t blen, size_t at)
{
	static const char *const rel[] = { "who", "which", "that", "whose", "where" };
	size_t i = at, n = 0;

	while (n < 6) {
		size_t ws;

		while (i < blen && body[i] == ' ')
			i++;
		for (ws = i; i < blen && (islower((unsigned char)body[i]) || body[i] == '-'); i++)
			;
		if (ws == i || i + 1 >= blen || body[i] != ',' || body[i + 1] != ' ' ||
		    word_in(body + ws, i - ws, rel, ARRAY_SIZE(rel)))
			break;
		at = ++i;
		n++;
	}
	return at;
}

/*
 * Whether body names data of the customer's own by its name: "the Firm's
 * precedent documents (the \"Training Corpus\")".  The data word must
 * follow the possessive closely.
 */
static int customer_possessive(struct roles_finder *rf, const struct roles *r,
			       const char *body, size_t blen)
{
	size_t i, k;

	for (i = 0; i < r->nparties; i++) {
		size_t n = strlen(r->parties[i].alias), at;

		if (r->parties[i].role != ROLE_CUSTOMER)
			continue;
		for (k = 0; k + n + 2 <= blen; k++) {
			if (!alias_use_at(body, blen, k, r->parties[i].alias, n))
				continue;
			if (!memcmp(body + k + n, "'s", 2))
				at = k + n + 2;
			else if (k + n + 4 <= blen && !memcmp(body + k + n, "\xE2\x80\x99s", 4))
				at = k + n + 4;
			else
				continue;
			at = past_noun_list(body, blen, at);
			if (rf_matches(rf, rf->data_noun, body + at,
				       blen - at < POSSESSED_REACH ? blen - at : POSSESSED_REACH))
				return 1;
		}
	}
	return 0;
}

/* Where a definition's body names the thing defined, for customer_possessive. */
enum def_side {
	DEF_AFTER,     /* '"X" means the Firm's documents': the body's start */
	DEF_BEFORE,    /* 'the Firm's documents (the "X")': the body's end */
	DEF_CLOSING    /* DEF_BEFORE, the term closing its sentence: 'your order history ("X").' */
};

/* Bytes of a definition, next to its term, in which "the Service generates" is read. */
#define OUTPUT_ACTIVE_WINDOW 200

enum made_by { MADE_BY_NONE, MADE_BY_MACHINE, MADE_BY_VENDOR };

/* Bytes between "generated by the Service" and the parenthesis of the term, at most. */
#define PASSIVE_TAIL 48

/*
 * Whether w[0..n) holds a verb of rf->output_passive, in any case: most
 * definitions have none, and are passed over without a regex run.
 */
static int has_passive_verb(const char *w, size_t n)
{
	static const char *const verbs[] = { "generated", "produced", "created", "returned",
					     "output" };
	size_t i;

	for (i = 0; i + 6 <= n; i++) {
		const char *v;
		size_t k;

		switch (w[i] | 0x20) {
		case 'g': v = verbs[0]; break;
		case 'p': v = verbs[1]; break;
		case 'c': v = verbs[2]; break;
		case 'r': v = verbs[3]; break;
		case 'o': v = verbs[4]; break;
		default: continue;
		}
		/* The second letter before the call: most bytes that start a verb start none. */
		if ((w[i + 1] | 0x20) != v[1])
			continue;
		k = strlen(v);
		if (i + k <= n && !strncasecmp(w + i, v, k))
			return 1;
	}
	return 0;
}

/*
 * Whether w[0..n) holds a verb of rf->output_active, in any case
 * ("generates", "returns", "computes"): most definitions have none, and are
 * passed over without a regex run.  One compare at a byte that can start
 * a verb, picked by its first letter: trying each verb at each byte cost
 * the null pack 2.4% more.
 */
static int has_active_verb(const char *w, size_t n)
{
	static const char *const verbs[] = { "generate", "produce", "return", "output", "create",
					     "calculate", "compute" };
	/* The verb a byte may start, plus one ("c" starts three: 5, read on). */
	static const unsigned char first[256] = {
		['g'] = 1, ['G'] = 1, ['p'] = 2, ['P'] = 2, ['r'] = 3, ['R'] = 3,
		['o'] = 4, ['O'] = 4, ['c'] = 5, ['C'] = 5,
	};
	size_t i, v;

	for (i = 0; i + 6 <= n; i++) {
		unsigned char second;

		if (!(v = first[(unsigned char)w[i]]))
			continue;
		v--;
		second = (unsigned char)w[i + 1] | 0x20;
		if (v == 4)
			v = second == 'r' ? 4 : second == 'a' ? 5 : 6;
		/* The second letter before the call: most bytes that start a verb start none. */
		if (second != (unsigned char)verbs[v][1])
			continue;
		if (i + strlen(verbs[v]) <= n && !strncasecmp(w + i, verbs[v], strlen(verbs[v])))
			return 1;
	}
	return 0;
}

/* Bytes before the verb of rf->output_named in which its subject is read. */
#define MADE_VERB_BEFORE 48

/*
 * Where w[0..n) first holds "generate(s)", "produce(s)" or "create(s)"
 * before a space, in lower case, or n: the verbs of rf->output_named,
 * looked for (by memchr, text_find) before its regex is run close to them;
 * "Products" is no verb.
 */
static size_t made_verb_at(const char *w, size_t n)
{
	static const char *const verbs[] = { "generate", "produce", "create" };
	size_t v, first = n;

	for (v = 0; v < ARRAY_SIZE(verbs); v++) {
		size_t k = strlen(verbs[v]), at = 0;

		while ((at = text_find(w, first, at, verbs[v], 0)) < first) {
			size_t e = at + k;

			if (e < n && w[e] == 's')
				e++;
			if (e < n && isspace((unsigned char)w[e])) {
				first = at;
				break;
			}
			at++;
		}
	}
	return first;
}

/* Bytes at the end of the words before a parenthesis in which rf->output_named's verb is read. */
#define NAMED_TAIL 80

/*
 * Whether what follows a match of rf->output_named that ends at w[at],
 * before a parenthesis that ends w[0..n), makes nothing more: nothing, or
 * what it is made from ("from Your Materials", "using your sketches", the
 * rest of the match's own "from your sketches": `from` set), within
 * PASSIVE_TAIL bytes.  'the Studio generates for you a monthly invoice
 * ("Invoice")' names what is made after the maker.
 */
static int nothing_more_made(const char *w, size_t n, size_t at, int made_from)
{
	static const char *const from[] = { "from", "using", "out", "based", "with" };
	size_t e;

	if (n - at > PASSIVE_TAIL)
		return 0;
	if (made_from)
		return 1;
	while (at < n && (w[at] == ' ' || w[at] == ','))
		at++;
	for (e = at; e < n && isalpha((unsigned char)w[e]); e++)
		;
	return at == n || word_in(w + at, e - at, from, ARRAY_SIZE(from));
}

static size_t term_named_at(const struct roles *r, const char *t, size_t len, size_t at,
			    size_t self, size_t *end);

/*
 * Whether "from" and a term of the customer's data follow at w[at] ("...
 * generates from Consultation Audio", "the" between): what is made of it
 * is output by any name, whoever makes it.
 */
static int from_customer_data(const struct roles *r, const char *w, size_t n, size_t at)
{
	size_t k, e;

	while (at < n && w[at] == ' ')
		at++;
	if (n - at < 6 || strncasecmp(w + at, "from ", 5))
		return 0;
	at += 5;
	if (n - at > 4 && !strncasecmp(w + at, "the ", 4))
		at += 4;
	k = term_named_at(r, w, n, at, (size_t)-1, &e);
	return k != (size_t)-1 && r->terms[k].cls == TERM_CUSTOMER_DATA;
}

/*
 * Whether the definition says, in the active voice and close to the term,
 * that a machine ("the Service generates", "the API returns") or the
 * vendor ("we produce") makes the thing defined.
 */
/*
 * Whether a verb of rf->output_scored ("assigns", "predicts") starts a
 * word of w[0..n) after a space, in lower case, right after a word that
 * can end its subject ("models", "classifier", "system"; "will" and the
 * like between): the regex runs only then.  "successors and assigns" and
 * "the estimated fees" pass without it.
 */
static int has_scored_verb(const char *w, size_t n)
{
	static const char *const verbs[] = { "assign", "predict", "estimate", "infer", "score" };
	static const char *const aux[] = { "may", "will", "can", "shall", "does", "do", "then",
					    "automatically" };
	static const char *const heads[] = {
		"model", "models", "classifier", "classifiers", "algorithm", "algorithms",
		"network", "networks", "service", "services", "system", "systems", "platform",
		"platforms", "engine", "engines", "tool", "tools", "software",
	};
	size_t i, v, e, ws;

	for (i = 1; i + 5 <= n; i++) {
		if (w[i - 1] != ' ')
			continue;
		switch (w[i]) {
		case 'a': v = 0; break;
		case 'p': v = 1; break;
		case 'e': v = 2; break;
		case 'i': v = 3; break;
		case 's': v = 4; break;
		default: continue;
		}
		if (i + strlen(verbs[v]) > n || memcmp(w + i, verbs[v], strlen(verbs[v])))
			continue;
		/* The word before, past the modals: it must end a subject. */
		e = i - 1;
		for (;;) {
			while (e > 0 && w[e - 1] == ' ')
				e--;
			ws = e;
			while (ws > 0 && isalpha((unsigned char)w[ws - 1]))
				ws--;
			if (ws == e || !word_in(w + ws, e - ws, aux, ARRAY_SIZE(aux)))
				break;
			e = ws;
		}
		if (ws < e && word_in(w + ws, e - ws, heads, ARRAY_SIZE(heads)))
			return 1;
	}
	return 0;
}

/*
 * Whether a word of w[at..) ends a past participle ("designed",
 * "predicted", "made"): its end, or `at` where it does not.
 */
static size_t participle_end(const char *w, size_t n, size_t at)
{
	size_t e = at;

	while (e < n && isalpha((unsigned char)w[e]))
		e++;
	if (e - at >= 4 && w[e - 2] == 'e' && w[e - 1] == 'd')
		return e;
	if (e - at == 4 && !strncasecmp(w + at, "made", 4))
		return e;
	return at;
}

/*
 * Where a verb of rf->output_passive is the first of a list of
 * participles that ends before "by": "designed, generated or predicted by
 * the Collaboration Model" holds "generated" at w[*vs..*ve) and the list
 * ends at the return (the space before "by"); 0 where there is none.  The
 * regex reads the verb next to "by" alone.
 */
static size_t participles_before_by(const char *w, size_t n, size_t *ve)
{
	static const char *const verbs[] = { "generated", "produced", "created", "returned" };
	size_t v, at;

	for (v = 0; v < ARRAY_SIZE(verbs); v++) {
		size_t k = strlen(verbs[v]);

		for (at = 0; (at = text_find(w, n, at, verbs[v], 0)) < n; at++) {
			size_t e = at + k, items = 0;

			while (items < 3) {
				size_t p = e, q;

				if (p < n && w[p] == ',')
					p++;
				while (p < n && w[p] == ' ')
					p++;
				if (n - p > 3 && (!strncasecmp(w + p, "or ", 3) ||
						  (n - p > 4 && !strncasecmp(w + p, "and ", 4))))
					p += w[p] == 'o' || w[p] == 'O' ? 3 : 4;
				if (p == e || (q = participle_end(w, n, p)) == p)
					break;
				e = q;
				items++;
			}
			if (items && n - e > 4 && !strncmp(w + e, " by ", 4)) {
				*ve = at + k;
				return e;
			}
		}
	}
	return 0;
}

/* Words before a verb of making passed over to reach what is made. */
#define MADE_HEAD_SKIP 4

/*
 * Nouns of five letters or more ending in "-ly" or "-ed" that can head
 * what is made ("the supply generated by", "the processing speed
 * measured by"): no adverb nor participle to pass over.  "-eed" is a
 * noun's ending but for the participles below it ("agreed").
 */
static const char *const made_head_nouns[] = {
	"supply", "family", "assembly", "anomaly", "monopoly", "rally", "tally", "homily",
	"butterfly", "hundred", "kindred", "watershed", "homestead", "bloodshed",
};
static const char *const eed_participles[] = {
	"agreed", "guaranteed", "decreed", "refereed", "disagreed", "pedigreed",
};

/* Whether w[0..n) is an adverb in "-ly" or a participle in "-ed" of five letters or more. */
static int adverb_or_participle(const char *w, size_t n)
{
	if (n < 5 || (strncasecmp(w + n - 2, "ly", 2) && strncasecmp(w + n - 2, "ed", 2)))
		return 0;
	if (!strncasecmp(w + n - 3, "eed", 3))
		return word_in(w, n, eed_participles, ARRAY_SIZE(eed_participles));
	return !word_in(w, n, made_head_nouns, ARRAY_SIZE(made_head_nouns));
}

/*
 * Whether what is made, the head noun before the verb of making at w[v],
 * is money: "Revenue generated by the Platform", "all fees and other
 * amounts generated by the Services" are; "Sales forecasts generated by
 * the Platform" are forecasts, though a money word comes before them.
 * Adverbs, "and", "or" and the participles of a list ("designed,
 * generated or predicted") between are passed over, but not a noun that
 * ends as they do: "the fee anomaly flagged by the Model" is an anomaly.
 */
static int money_made(struct roles_finder *rf, const char *w, size_t v)
{
	static const char *const joins[] = { "and", "or" };
	size_t e = v, s, k;

	for (k = 0; k <= MADE_HEAD_SKIP; k++) {
		while (e > 0 && (w[e - 1] == ' ' || w[e - 1] == ',' || w[e - 1] == '\t'))
			e--;
		for (s = e; s > 0 && (isalnum((unsigned char)w[s - 1]) || w[s - 1] == '-'); s--)
			;
		if (s == e)
			return 0;
		if (!word_in(w + s, e - s, joins, ARRAY_SIZE(joins)) && !adverb_or_participle(w + s, e - s))
			return rf_matches(rf, rf->money_name, w + s, e - s);
		e = s;
	}
	return 0;
}

/*
 * Whether the words before a parenthesis end on what the sentence's
 * subject, the vendor's machine or "we", makes by a second verb: 'The
 * Service analyzes the imagery you upload and generates weed maps and
 * related recommendations ("Results")'.  The subject opens the sentence
 * (after a clause number), a machine noun or the vendor just before its
 * first verb; the verb follows "and"; what it makes runs to the
 * parenthesis with no word of giving to or by anyone ("and returns copies
 * to you" names no new thing) and is no money, usage nor papers
 * ("monthly invoices").
 */
/*
 * Whether body[k..) is "uses artificial intelligence to produce", "uses
 * machine learning to generate", "uses its AI models to create": a word of
 * AI in at most four words between "uses" and "to", then a verb of making.
 * The end of that verb, else 0.
 */
static size_t uses_ai_to_make(const char *body, size_t blen, size_t k)
{
	static const char *const ai[] = { "ai", "intelligence", "learning", "models", "model",
					  "llms", "llm" };
	static const char *const makes[] = { "produce", "generate", "create", "draft", "write" };
	size_t i, e;
	int words, seen = 0;

	e = word_end(body, blen, k);
	if (!word_is(body + k, e - k, "uses") && !word_is(body + k, e - k, "use") &&
	    !word_is(body + k, e - k, "employs"))
		return 0;
	for (words = 0, i = e + 1; words < 5 && i < blen; words++, i = e + 1) {
		e = word_end(body, blen, i);
		if (e == i || e >= blen || body[e] != ' ')
			return 0;
		if (word_is(body + i, e - i, "to")) {
			size_t v = word_end(body, blen, e + 1);

			return seen && v < blen && body[v] == ' ' &&
			       word_in(body + e + 1, v - e - 1, makes, ARRAY_SIZE(makes)) ? v : 0;
		}
		seen |= word_in(body + i, e - i, ai, ARRAY_SIZE(ai));
	}
	return 0;
}

static enum made_by made_by_second_verb(struct roles_finder *rf, const struct roles *r,
					const char *body, size_t blen)
{
	static const char *const verbs[] = { "generates", "produces", "returns", "creates",
					     "outputs" };
	static const char *const dets[] = { "the", "our", "its" };
	static const char *const machines[] = {
		"service", "services", "platform", "system", "model", "models", "software", "tool",
		"app", "application", "engine", "solution", "assistant", "api", "algorithm", "product",
	};
	static const char *const stops[] = { "to", "by", "that", "which", "who" };
	static const char *const paper[] = { "invoices", "invoice", "statements", "bills",
					     "notices", "receipts" };
	size_t i = 0, e, subj_end = 0, k, v;
	enum party_role who = ROLE_UNKNOWN;
	int words, papers = 0, by_ai = 0;

	/*
	 * The last " and <verb> " in the body, or " and uses artificial
	 * intelligence to produce ".
	 */
	for (k = blen; k > 5; k--)
		if (!memcmp(body + k - 5, " and ", 5) &&
		    ((v = uses_ai_to_make(body, blen, k), by_ai = v != 0) ||
		     ((v = word_end(body, blen, k)) < blen && body[v] == ' ' &&
		      word_in(body + k, v - k, verbs, ARRAY_SIZE(verbs)))))
			break;
	if (k <= 5)
		return MADE_BY_NONE;
	/* What is made: words and commas, none of giving to or by anyone nor a clause of its own. */
	for (i = v + 1; i < blen; i = e) {
		while (i < blen && (body[i] == ' ' || body[i] == ','))
			i++;
		if (i == blen)
			break;
		if ((e = word_end(body, blen, i)) == i)
			return MADE_BY_NONE;
		/*
		 * "answers to questions about your meetings": "to" gives only to
		 * someone, "to you", "to the Client".
		 */
		if (word_in(body + i, e - i, stops, ARRAY_SIZE(stops)) &&
		    !(word_is(body + i, e - i, "to") && e + 1 < blen &&
		      islower((unsigned char)body[e + 1]) && strncmp(body + e + 1, "the ", 4) &&
		      strncmp(body + e + 1, "you", 3) && strncmp(body + e + 1, "us ", 3) &&
		      strncmp(body + e + 1, "its ", 4) && strncmp(body + e + 1, "our ", 4)))
			return MADE_BY_NONE;
		papers |= word_in(body + i, e - i, paper, ARRAY_SIZE(paper));
	}
	if (papers || rf_matches(rf, rf->money_name, body + v, blen - v) ||
	    rf_matches(rf, rf->usage_name, body + v, blen - v))
		return MADE_BY_NONE;
	/* The subject: "1.1 The Service analyzes", "We receive". */
	i = 0;
	while (i < blen && (isdigit((unsigned char)body[i]) || body[i] == '.' || body[i] == ' ' ||
			    body[i] == '(' || body[i] == ')'))
		i++;
	e = word_end(body, blen, i);
	if (e > i && word_in(body + i, e - i, dets, ARRAY_SIZE(dets)))
		i = e + 1;
	for (words = 0; words < 3 && i < blen; words++, i = e + 1) {
		e = word_end(body, blen, i);
		if (e == i || e >= blen || body[e] != ' ')
			return MADE_BY_NONE;
		if (!isupper((unsigned char)body[i]) && words &&
		    !word_in(body + i, e - i, machines, ARRAY_SIZE(machines)))
			break;
		subj_end = e;
		if (word_in(body + i, e - i, machines, ARRAY_SIZE(machines)))
			who = ROLE_UNKNOWN, words = 3;
		else if ((who = word_role(rf, r, body + i, e - i)) == ROLE_VENDOR)
			words = 3;
	}
	if (!subj_end || subj_end >= k)
		return MADE_BY_NONE;
	{
		size_t s = subj_end;

		while (s > 0 && body[s - 1] != ' ')
			s--;
		if (word_in(body + s, subj_end - s, machines, ARRAY_SIZE(machines)))
			return MADE_BY_MACHINE;
	}
	/* The vendor that uses AI to make it makes it by a machine: output by any name. */
	return who != ROLE_VENDOR ? MADE_BY_NONE : by_ai ? MADE_BY_MACHINE : MADE_BY_VENDOR;
}

static enum made_by output_made(struct roles_finder *rf, const struct roles *r, const char *body,
				size_t blen, enum def_side side)
{
	size_t wlen = blen < OUTPUT_ACTIVE_WINDOW ? blen : OUTPUT_ACTIVE_WINDOW;
	const char *w = side == DEF_AFTER ? body : body + blen - wlen;
	static const char *const states[] = { "that", "when", "if" };
	size_t s, n, i = 0, ms, me;
	int active;

	/* '"Unavailability" means that the API returns errors': a state, no thing. */
	while (side == DEF_AFTER && i < wlen && (w[i] == ' ' || w[i] == ','))
		i++;
	if (side == DEF_AFTER && word_at(w, wlen, i, states, ARRAY_SIZE(states)))
		return MADE_BY_NONE;
	/*
	 * Each verb of rf->output_named and rf->output_passive starts with one
	 * of rf->output_active's, in any case: without one, neither is read.
	 */
	active = has_active_verb(w, wlen);
	if (active &&
	    rf_exec(rf, rf->output_active, (PCRE2_SPTR)w, wlen, 0, 0) >= 0) {
		size_t ps, pn;

		rf_group(rf, 1, &ps, &pn);
		rf_group(rf, 2, &s, &n);
		/* "the Agency's screening software": only the vendor's machine. */
		if (pn && word_role(rf, r, w + ps, pn) != ROLE_VENDOR)
			return MADE_BY_NONE;
		/* "the summaries we generate from Consultation Audio": made of the customer's data. */
		return n || from_customer_data(r, w, wlen, pcre2_get_ovector_pointer(rf->md)[1]) ?
		       MADE_BY_MACHINE : MADE_BY_VENDOR;
	}
	/* "the risk scores that the Detection Model assigns": a model's scores, by the vendor's model. */
	if (has_scored_verb(w, wlen) &&
	    rf_exec(rf, rf->output_scored, (PCRE2_SPTR)w, wlen, 0, 0) >= 0) {
		size_t ps, pn;

		rf_group(rf, 1, &ps, &pn);
		if (!pn || word_role(rf, r, w + ps, pn) == ROLE_VENDOR)
			return MADE_BY_MACHINE;
	}
	/*
	 * "the sketches ... the Studio generates for you from Your Materials",
	 * "Kinfold generates for you": a name the contract gives the machine,
	 * making it for the customer or from the customer's things; a party's
	 * name is read by its role.  At the head of a "means" definition, or
	 * at the end of the words before a parenthesis ('the sketches the
	 * Studio generates for you ("Designs")'), and only where the verb is
	 * written: most definitions are passed over without a regex run.
	 */
	n = side == DEF_AFTER || wlen <= NAMED_TAIL ? 0 : wlen - NAMED_TAIL;
	if (active && (i = n + made_verb_at(w + n, wlen - n)) < wlen &&
	    (compile_output_named(rf),
	     rf_exec(rf, rf->output_named, (PCRE2_SPTR)w, wlen,
			 i > MADE_VERB_BEFORE ? i - MADE_VERB_BEFORE : 0, 0) >= 0) &&
	    (rf_group(rf, 2, &s, &n),
	     side == DEF_AFTER ||
	     nothing_more_made(w, wlen, s + n, s >= 5 && !strncasecmp(w + s - 5, "from", 4)))) {
		enum party_role maker;
		size_t ws = s, wn = n;

		rf_group(rf, 1, &s, &n);
		maker = tail_role(rf, r, w + s, n);
		/* "that Notewell generates from Consultation Audio": made of the customer's data. */
		if (maker != ROLE_CUSTOMER && ws >= 5 && !strncasecmp(w + ws - 5, "from ", 5) &&
		    from_customer_data(r, w, wlen, ws - 5))
			return MADE_BY_MACHINE;
		if (maker != ROLE_CUSTOMER && word_role(rf, r, w + ws, wn) == ROLE_CUSTOMER)
			return maker == ROLE_VENDOR ? MADE_BY_VENDOR : MADE_BY_MACHINE;
	}
	if (active && side != DEF_AFTER) {
		enum made_by m = made_by_second_verb(rf, r, body, blen);

		if (m != MADE_BY_NONE)
			return m;
	}
	/* "revenue generated by the Services" is money, not output. */
	if (!active || !has_passive_verb(w, wlen))
		return MADE_BY_NONE;
	if (rf_exec(rf, rf->output_passive, (PCRE2_SPTR)w, wlen, 0, 0) < 0) {
		/* "designed, generated or predicted by the Model": the verb read next to "by". */
		char buf[OUTPUT_ACTIVE_WINDOW];
		size_t ve, le = participles_before_by(w, wlen, &ve);

		if (!le)
			return MADE_BY_NONE;
		memcpy(buf, w, wlen);
		memset(buf + ve, ' ', le - ve);
		if (rf_exec(rf, rf->output_passive, (PCRE2_SPTR)buf, wlen, 0, 0) < 0)
			return MADE_BY_NONE;
	}
	rf_group(rf, 1, &s, &n);
	/*
	 * money_made runs a regex in the same match data, and a failed match
	 * leaves no offsets PCRE2 promises: the passive match's are read first.
	 */
	ms = pcre2_get_ovector_pointer(rf->md)[0];
	me = pcre2_get_ovector_pointer(rf->md)[1];
	/* Before a parenthesis, what it names ends the sentence: "... generated by the Service (". */
	if (money_made(rf, w, ms) || (side != DEF_AFTER && wlen - me > PASSIVE_TAIL))
		return MADE_BY_NONE;
	return n ? MADE_BY_MACHINE : MADE_BY_VENDOR;
}

/* Whether `a` and `b` share a word of three letters or more, as written. */
static int share_a_name_word(const char *a, size_t alen, const char *b)
{
	size_t i = 0, w;

	while (i < alen) {
		while (i < alen && !isalnum((unsigned char)a[i]))
			i++;
		for (w = i; i < alen && isalnum((unsigned char)a[i]); i++)
			;
		if (i - w >= 3) {
			char word[64];

			if (i - w >= sizeof(word))
				continue;
			memcpy(word, a + w, i - w);
			word[i - w] = '\0';
			if (has_word_as(b, strlen(b), word, 0))
				return 1;
		}
	}
	return 0;
}

/*
 * Whether the definition `s` of `term` opens with a model defined before
 * it, after at most two words ("collectively, Acme's proprietary Acme Nova
 * 3 and Documentation"), and `term` is named after that model ("Nova
 * Materials"): "Deliverables" that open with "the Custom Model" are more
 * than the model, and "the tests of the Custom Model" are no model.
 */
static int opens_with_a_model(const struct roles *r, const char *term, size_t tlen,
			      const char *s, size_t len)
{
	size_t i = 0, skipped, k;

	while (i < len && (s[i] == ' ' || s[i] == ','))
		i++;
	if (len - i >= 12 && !strncasecmp(s + i, "collectively", 12))
		for (i += 12; i < len && (s[i] == ' ' || s[i] == ','); i++)
			;
	for (skipped = 0; skipped <= 2 && i < len; skipped++) {
		for (k = 0; k < r->nterms; k++) {
			const char *m = r->terms[k].term;
			size_t n;

			/* The class first: most terms are no model, and strlen is dear. */
			if (r->terms[k].cls == TERM_MODEL && (n = strlen(m)) <= len - i &&
			    !memcmp(s + i, m, n) &&
			    (i + n == len || !isalnum((unsigned char)s[i + n])) &&
			    share_a_name_word(term, tlen, m))
				return 1;
		}
		while (i < len && s[i] != ' ')
			i++;
		while (i < len && s[i] == ' ')
			i++;
	}
	return 0;
}

/* Whether a word names the customer: "you", a customer noun, a customer's alias; "Client's". */
static int is_customer_word(struct roles_finder *rf, const struct roles *r, const char *w, size_t n)
{
	size_t i;

	if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
		n -= 2;
	else if (n > 4 && !memcmp(w + n - 4, "\xE2\x80\x99s", 4))
		n -= 4;
	if (word_is(w, n, "you") || word_is(w, n, "your") || noun_role(rf, w, n) == ROLE_CUSTOMER)
		return 1;
	for (i = 0; i < r->nparties; i++)
		if (r->parties[i].role == ROLE_CUSTOMER && strlen(r->parties[i].alias) == n &&
		    alias_use_at(w, n, 0, r->parties[i].alias, n))
			return 1;
	return 0;
}

/*
 * Whether a customer party's alias of more than one word starts at t[at]
 * and ends a word there: "calibrates for Health System on ...", where the
 * pattern took "Health" alone.
 */
static int customer_alias_at(const struct roles *r, const char *t, size_t len, size_t at)
{
	size_t i, n;

	for (i = 0; i < r->nparties; i++) {
		n = strlen(r->parties[i].alias);
		if (r->parties[i].role == ROLE_CUSTOMER && strchr(r->parties[i].alias, ' ') &&
		    at + n <= len && alias_use_at(t, len, at, r->parties[i].alias, n) &&
		    (at + n == len || !isalnum((unsigned char)t[at + n])))
			return 1;
	}
	return 0;
}

/*
 * Whether a customer party's alias of more than one word ends at t[e]:
 * "the Hospital Group owns", where the word before the verb is "Group".
 */
static int customer_alias_ends(const struct roles *r, const char *t, size_t len, size_t e)
{
	size_t i, n;

	for (i = 0; i < r->nparties; i++) {
		n = strlen(r->parties[i].alias);
		if (r->parties[i].role == ROLE_CUSTOMER && n <= e && strchr(r->parties[i].alias, ' ') &&
		    (n == e || !isalnum((unsigned char)t[e - n - 1])) &&
		    customer_alias_at(r, t, len, e - n))
			return 1;
	}
	return 0;
}

/* The word that ends at or before t[at], past spaces: its start in *s, its end returned. */
static size_t word_back(const char *t, size_t at, size_t *s)
{
	size_t e = at, b;

	while (e > 0 && t[e - 1] == ' ')
		e--;
	for (b = e; b > 0 && (isalpha((unsigned char)t[b - 1]) || t[b - 1] == '-'); b--)
		;
	*s = b;
	return e;
}

/* The word that starts at or after t[at], past spaces: its start in *s, its end returned. */
static size_t word_on(const char *t, size_t n, size_t at, size_t *s)
{
	while (at < n && t[at] == ' ')
		at++;
	*s = at;
	return word_end(t, n, at);
}

/* Bytes of a definition in which made_from_customer_data looks for "from". */
#define MADE_FROM_REACH 160
/* Bytes before the verb in which "not" or "never" negates the making. */
#define MADE_NEGATION_REACH 24

/*
 * Whether the definition says the thing is made from a term of the
 * customer's data, by one of `verbs` at most two words before "from": "a
 * synthetic voice we create from Recordings", "the gradients computed from
 * Bank Data by the Local Node", "derived solely from the Customer Data".
 * Not where "not" or "never" is before the verb ("not derived from
 * Customer Data").  A byte scan for " from ", then term_named_at.
 */
static int made_from_customer_data(const struct roles *r, const char *body, size_t blen,
				   const char *const *verbs, size_t nverbs)
{
	size_t n = blen < MADE_FROM_REACH ? blen : MADE_FROM_REACH, at = 0;

	while ((at = text_find(body, n, at, " from ", 1)) < n) {
		size_t ws, we = at, k, lo;
		int verb = 0;

		for (k = 0; k < 3 && !verb; k++) {
			we = word_back(body, we, &ws);
			if (we == ws)
				break;
			verb = word_in(body + ws, we - ws, verbs, nverbs);
			/* Past the maker: "created by the Studio from Talent Recordings". */
			if (word_is(body + ws, we - ws, "by") && k > 0)
				k = 0;
			we = ws;
		}
		lo = ws > MADE_NEGATION_REACH ? ws - MADE_NEGATION_REACH : 0;
		if (verb && !has_word(body + lo, ws - lo, "not") && !has_word(body + lo, ws - lo, "never") &&
		    from_customer_data(r, body, blen, at))
			return 1;
		at++;
	}
	return 0;
}

/*
 * Whether made_from_customer_data can hold: " from " in its reach, found
 * by its rare 'f' and not by every space.  A cheap gate before the tests
 * of the term's name that every definition would otherwise pay for.
 */
static int from_in_reach(const char *body, size_t blen)
{
	size_t n = blen < MADE_FROM_REACH ? blen : MADE_FROM_REACH;

	return text_find(body, n, 0, " from ", 1) < n;
}

/* Bytes of a quoted term at a line's start, before its closing quote and ':', at most. */
#define LINE_TERM_REACH 64

/*
 * The start of the next line in t[at..end) that opens with a quoted term
 * and a colon ('"Reports": the alerts ...'), straight or curly, or end.
 * A term with "means" is read wherever it stands.
 */
static size_t line_after(const char *t, size_t at, size_t end)
{
	const char *nl;

	while ((nl = memchr(t + at, '\n', end - at))) {
		size_t k, lim;

		at = (size_t)(nl - t) + 1;
		if (at < end && t[at] == '"')
			k = at + 1;
		else if (at + 2 < end && !memcmp(t + at, "\xe2\x80\x9c", 3))
			k = at + 3;
		else
			continue;
		lim = end - k > LINE_TERM_REACH ? k + LINE_TERM_REACH : end;
		/* Only a closing quote ends the term: a dash or an accent inside it does not. */
		for (; k < lim && t[k] != '"' && t[k] != '\n'; k++)
			if (k + 2 < end && !memcmp(t + k, "\xe2\x80\x9d", 3))
				break;
		if (k >= lim || t[k] == '\n')
			continue;
		k += t[k] == '"' ? 1 : 3;
		while (k < end && t[k] == ' ')
			k++;
		if (k < end && t[k] == ':')
			return at;
	}
	return end;
}

/* Bytes of a definition's opening list of nouns, before its "of", at most. */
#define LIST_HEAD_REACH 200

/*
 * Whether body[0..n) is a list of nouns, nothing that opens a clause:
 * "all sensor readings, maintenance records, work orders, images and
 * other information" (not "the reports that the System generates for").
 */
static int list_of_nouns(const char *body, size_t n)
{
	static const char *const stops[] = {
		"about", "as", "by", "concerning", "for", "from", "in", "including", "into", "on",
		"regarding", "relating", "such", "that", "to", "which", "who", "whose", "with",
	};
	size_t i = 0, e;

	while (i < n) {
		unsigned char c = (unsigned char)body[i];

		if (!(isalpha(c) || c == ' ' || c == ',' || c == '-'))
			return 0;
		if (!isalpha(c)) {
			i++;
			continue;
		}
		for (e = i; e < n && (isalpha((unsigned char)body[e]) || body[e] == '-'); e++)
			;
		if (word_in(body + i, e - i, stops, ARRAY_SIZE(stops)))
			return 0;
		i = e;
	}
	return 1;
}

/*
 * Whether body names data "of" the customer: a data noun, "of", at most
 * "the", then the customer ("the loan book data of the CONTRACTING PARTY",
 * "all records of Client"), not the customer's something else ("data of
 * the Client's competitors").  The "of" stands in body's first `reach`
 * bytes; the customer's name may run past them ("all sensor readings,
 * work orders and other information of the Mining Company").
 */
static int data_of_customer(struct roles_finder *rf, const struct roles *r, const char *body,
			    size_t blen, size_t reach)
{
	size_t at = 0, most = blen, listed = 0;

	/* Where a list of nouns runs past `reach`, its "of" is looked for up to LIST_HEAD_REACH. */
	if (most > reach && (most = reach + 4) < blen && list_of_nouns(body, reach)) {
		most = blen < LIST_HEAD_REACH + 4 ? blen : LIST_HEAD_REACH + 4;
		listed = 1;
	}
	if (most > blen)
		most = blen;
	while ((at = text_find(body, most, at, " of ", 0)) < most &&
	       (at < reach || (listed && list_of_nouns(body, at)))) {
		size_t ws, we = word_back(body, at, &ws), s, e = word_on(body, blen, at + 4, &s), k;

		at++;
		if (we == ws)
			continue;
		if (word_is(body + s, e - s, "the"))
			e = word_on(body, blen, e, &s);
		if (e == s || !(customer_alias_at(r, body, blen, s) ||
				(!(e < blen && (body[e] == '\'' || (unsigned char)body[e] >= 0x80)) &&
				 is_customer_word(rf, r, body + s, e - s))))
			continue;
		for (k = s; k < blen && (isalpha((unsigned char)body[k]) || body[k] == ' '); k++)
			;
		if ((k < blen && (body[k] == '\'' || (unsigned char)body[k] >= 0x80)) ||
		    !rf_matches(rf, rf->data_noun, body + ws, we - ws))
			continue;
		return 1;
	}
	return 0;
}

/* Verbs of making a model from data: "a synthetic voice we create from Recordings". */
static const char *const model_made_verbs[] = {
	"create", "creates", "created", "build", "builds", "built", "train", "trains", "trained",
	"make", "makes", "made", "clone", "clones", "cloned", "develop", "develops", "developed",
	"fine-tune", "fine-tunes", "fine-tuned", "learn", "learns", "learned", "learnt",
	"derive", "derives", "derived",
};

/* What the vendor may keep of the customer's data: "aggregated", "anonymised". */
static const char *const not_derived[] = {
	"aggregat", "anonymi", "de-identif", "deidentif", "pseudonymi",
};

/* Verbs of working data out of data: "the gradients computed from Bank Data". */
static const char *const derived_verbs[] = {
	"computed", "calculated", "derived", "extracted", "generated", "produced", "learned",
	"learnt", "created", "obtained",
};

/*
 * Whether a term's name says what is worked out of data to train or
 * share a model: "Model Updates", "Gradients", "Embeddings", "Feature
 * Vectors", "Derived Statistics", "Learnings".
 */
static int derived_name(const char *term, size_t tlen)
{
	static const char *const names[] = {
		"update", "updates", "gradient", "gradients", "embedding", "embeddings",
		"vector", "vectors", "statistics", "features", "parameters", "derived",
		/* What a model learned from the data: "Aggregated Learnings". */
		"learnings",
	};
	size_t at = 0, s, e;

	while ((e = word_on(term, tlen, at, &s)) > s) {
		if (word_in(term + s, e - s, names, ARRAY_SIZE(names)))
			return 1;
		at = e;
		while (at < tlen && !isalpha((unsigned char)term[at]))
			at++;
	}
	return 0;
}

/*
 * Whether a definition says its data may still name people, "whether or
 * not identifiable", "whether or not anonymised": then a name that says
 * aggregated ("Aggregated Learnings") keeps nothing of the customer's
 * data out, and what is derived from it is still its data.
 */
static int identity_kept(const char *body, size_t blen)
{
	static const char *const kept[] = { "identif", "anonymi", "de-identif", "deidentif",
					    "aggregat", "pseudonymi" };
	size_t at = 0, s, e;

	while ((at = text_find(body, blen, at, "whether or not ", 0)) < blen) {
		at += strlen("whether or not ");
		e = word_on(body, blen, at, &s);
		if (word_start_in(body + s, e - s, kept, ARRAY_SIZE(kept)))
			return 1;
	}
	return 0;
}

/* The people whose data a customer holds, in the plural: "patients", "members", "passengers". */
static const char *const customers_people[] = {
	"farmers", "growers", "patients", "students", "pupils", "learners", "citizens",
	"residents", "members", "policyholders", "insureds", "employees", "staff",
	"personnel", "workers", "users", "individuals", "persons", "people", "customers",
	"clients", "beneficiaries", "enrollees", "participants", "tenants", "subscribers",
	"claimants", "applicants", "children", "parents", "consumers", "passengers",
	"visitors", "households", "taxpayers", "borrowers", "physicians", "clinicians",
};

/*
 * Whether body names data about, of or from the customer's own people:
 * those registered with, enrolled at, employed or insured by, treated or
 * served by it, or its members ("all data relating to farmers registered
 * with the Procuring Entity", "personal data of individuals insured by
 * Insurer", "information about employees of Customer", "the records that
 * students enrolled at the University submit").  The people are a plural
 * noun (for "of", one that names people: "members of the public" or
 * "residents of the state" are nobody's) after a word that ties the data
 * to them ("of", "about", "relating to", "from", "that"), with at most an
 * article and two words between.  Data the vendor gets from third parties
 * or public sources about anyone is not the customer's.  A byte scan: no
 * regex runs.
 */
static int people_of_customer(struct roles_finder *rf, const struct roles *r,
			      const char *body, size_t blen)
{
	static const char *const ties[] = {
		"registered", "enrolled", "employed", "engaged", "insured", "covered", "treated",
		"served", "admitted", "cared", "carried", "transported", "of",
	};
	static const char *const preps[] = { "with", "by", "at", "in", "to" };
	static const char *const between[] = { "who", "that", "are", "were", "have", "been" };
	static const char *const links[] = {
		"of", "about", "on", "concerning", "regarding", "from", "by", "that", "which", "to",
	};
	static const char *const relating[] = {
		"relating", "related", "relate", "relates", "pertaining", "pertain", "pertains",
	};
	size_t i, e, ws, we, k;

	for (i = 0; i + 2 < blen; i++) {
		int of;

		if ((i > 0 && isalnum((unsigned char)body[i - 1])) ||
		    !strchr("recitsaoRECITSAO", body[i]) || !word_at(body, blen, i, ties, ARRAY_SIZE(ties)))
			continue;
		e = word_end(body, blen, i);
		of = e - i == 2;
		/* "registered with", "cared for by": the preposition. */
		if (!of) {
			we = word_on(body, blen, e, &ws);
			if (word_is(body + ws, we - ws, "for"))
				we = word_on(body, blen, we, &ws);
			if (!word_in(body + ws, we - ws, preps, ARRAY_SIZE(preps)))
				continue;
			e = we;
		}
		/* The customer: "the Procuring Entity", "Insurer", "the Hospital's". */
		we = word_on(body, blen, e, &ws);
		if (word_is(body + ws, we - ws, "the"))
			we = word_on(body, blen, we, &ws);
		if (!customer_alias_at(r, body, blen, ws)) {
			while (we < blen && (body[we] == '\'' || isalpha((unsigned char)body[we])))
				we++;
			if (we == ws || !is_customer_word(rf, r, body + ws, we - ws))
				continue;
		}
		/* The people before: "farmers", "individuals who are". */
		we = word_back(body, i, &ws);
		for (k = 0; k < 3 && we > ws && word_in(body + ws, we - ws, between, ARRAY_SIZE(between)); k++)
			we = word_back(body, ws, &ws);
		if (we - ws < 4 ||
		    !(word_in(body + ws, we - ws, customers_people, ARRAY_SIZE(customers_people)) ||
		      (!of && (body[we - 1] | 0x20) == 's' && (body[we - 2] | 0x20) != 's')))
			continue;
		/* What ties the data to them: "data relating to", "information about all". */
		for (k = 0; k < 3; k++) {
			we = word_back(body, ws, &ws);
			if (we == ws || word_in(body + ws, we - ws, links, ARRAY_SIZE(links)))
				break;
		}
		if (we == ws || !word_in(body + ws, we - ws, links, ARRAY_SIZE(links)))
			continue;
		if (word_is(body + ws, we - ws, "to") &&
		    (we = word_back(body, ws, &ws)) > ws && !word_in(body + ws, we - ws, relating, ARRAY_SIZE(relating)))
			continue;
		/* Data from others about anyone: "third parties", "public sources". */
		return !from_elsewhere(rf, r, body, blen);
	}
	return 0;
}

static size_t customer_possessive_words(struct roles_finder *rf, const struct roles *r,
					const char *const *w, const size_t *wl, size_t k, size_t nw);
static size_t clause_words(const char *def, size_t dlen, int hyphens, const char **w,
			   size_t *wl, size_t max);

/* Words, and bytes, of a definition's first clause in which possessed_people reads. */
#define POSSESSED_PEOPLE_WORDS 24
#define POSSESSED_PEOPLE_BYTES 200

/*
 * Whether the first clause of a definition says the thing is about the
 * customer's people by its possessive: "all information about the
 * Hospital's patients", "data concerning your members, lands and
 * resources", "the records of the Cooperative's members".  A word that
 * ties the thing to them ("about", "of", "concerning", "regarding", "on",
 * or "to" after "relating"), an article at most, the possessive, one word
 * at most, then people; not the vendor's ("about the Supplier's
 * customers"), nor data from elsewhere.
 */
static int possessed_people(struct roles_finder *rf, const struct roles *r, const char *body,
			    size_t blen)
{
	static const char *const links[] = { "about", "of", "concerning", "regarding", "on", "to" };
	static const char *const relating[] = { "relating", "related", "pertaining" };
	static const char *const dets[] = { "the", "all", "any", "each", "every" };
	const char *w[POSSESSED_PEOPLE_WORDS];
	size_t wl[POSSESSED_PEOPLE_WORDS], nw, k, j, n;
	size_t hn = blen < POSSESSED_PEOPLE_BYTES ? blen : POSSESSED_PEOPLE_BYTES;

	/* By its apostrophe or "your" first: most definitions name no possessive. */
	if (!memchr(body, '\'', hn) && text_find(body, hn, 0, "\xE2\x80\x99", 0) == hn &&
	    !has_word_as(body, hn, "your", 1))
		return 0;
	nw = clause_words(body, hn, 1, w, wl, ARRAY_SIZE(w));
	for (k = 1; k + 1 < nw; k++) {
		if (!word_in(w[k], wl[k], links, ARRAY_SIZE(links)) ||
		    (word_is(w[k], wl[k], "to") && !word_in(w[k - 1], wl[k - 1], relating, ARRAY_SIZE(relating))))
			continue;
		j = k + 1;
		if (word_in(w[j], wl[j], dets, ARRAY_SIZE(dets)))
			j++;
		if (!(n = customer_possessive_words(rf, r, w, wl, j, nw)))
			continue;
		j += n;
		if ((j < nw && word_in(w[j], wl[j], customers_people, ARRAY_SIZE(customers_people))) ||
		    (j + 1 < nw && word_in(w[j + 1], wl[j + 1], customers_people, ARRAY_SIZE(customers_people))))
			return !from_elsewhere(rf, r, body, blen);
	}
	return 0;
}

/*
 * Whether body names data relating to the customer: "all data relating to
 * Client's customers", "information relating to the Bank's applicants".
 */
static int relates_to_customer(struct roles_finder *rf, const struct roles *r,
			       const char *body, size_t blen)
{
	size_t from = 0;

	while (from < blen && rf_exec(rf, rf->relating_to, (PCRE2_SPTR)body, blen, from, 0) >= 0) {
		size_t w = pcre2_get_ovector_pointer(rf->md)[1], e = w;

		while (e < blen && (isalnum((unsigned char)body[e]) || body[e] == '-' ||
				    body[e] == '\'' || (unsigned char)body[e] >= 0x80))
			e++;
		if (e > w && is_customer_word(rf, r, body + w, e - w))
			return 1;
		from = w > from ? w : from + 1;
	}
	return people_of_customer(rf, r, body, blen) || possessed_people(rf, r, body, blen);
}

/*
 * The kinds of people whose records an institution keeps, each with the
 * words that name such an institution: a "Student Data" term is the
 * customer's where the customer is a school or district.  A kind with no
 * institution words ("employees": every customer employs) counts only
 * where the vendor is the one who holds the data.
 */
struct people_kind {
	const char *person;            /* singular; "s" is added for the plural */
	const char *const *bodies;     /* NULL-terminated */
};

static const char *const school_words[] = {
	"school", "district", "university", "college", "academy", "institute", "board", NULL,
};
static const char *const care_words[] = {
	"hospital", "clinic", "practice", "health", "healthcare", "trust", "provider", NULL,
};
static const char *const civic_words[] = {
	"county", "city", "council", "municipality", "state", "authority", "town", NULL,
};
static const char *const insure_words[] = { "insurer", "plan", "fund", NULL };
static const char *const no_words[] = { NULL };

static const struct people_kind people_kinds[] = {
	{ "student", school_words }, { "pupil", school_words }, { "learner", school_words },
	{ "patient", care_words }, { "resident", civic_words }, { "citizen", civic_words },
	{ "policyholder", insure_words }, { "insured", insure_words },
	{ "beneficiary", insure_words }, { "enrollee", insure_words }, { "member", no_words },
	{ "employee", no_words }, { "worker", no_words }, { "claimant", no_words },
	{ "applicant", no_words }, { "child", no_words }, { "end user", no_words },
};

/* The kind of person w[0..n) names, singular or plural ("students", "children"); -1: none. */
static int people_kind_of(const char *w, size_t n)
{
	size_t k, m;

	for (k = 0; k < ARRAY_SIZE(people_kinds); k++) {
		const char *p = people_kinds[k].person;

		m = strlen(p);
		if (n < m || strncasecmp(w, p, m))
			continue;
		if (n == m || (n == m + 1 && (w[m] | 0x20) == 's') ||
		    (n == m + 2 && (w[m] | 0x20) == 'e' && (w[m + 1] | 0x20) == 's') ||
		    (p[m - 1] == 'y' && n == m + 2 && !strncasecmp(w + m - 1, "ies", 3)) ||
		    (n == m + 3 && !strncasecmp(w + m, "ren", 3)))
			return (int)k;
	}
	return -1;
}

/* Whether a customer party's alias has one of `bodies` as a word: "District", "the Hospital". */
static int customer_is_body(const struct roles *r, const char *const *bodies)
{
	size_t i, k;

	for (i = 0; i < r->nparties; i++) {
		const char *a = r->parties[i].alias;

		if (r->parties[i].role != ROLE_CUSTOMER)
			continue;
		for (k = 0; bodies[k]; k++)
			if (has_word(a, strlen(a), bodies[k]))
				return 1;
	}
	return 0;
}

static enum party_role role_named_at(struct roles_finder *rf, const struct roles *r,
				     const char *body, size_t blen, size_t at);

/* Whether body says the vendor holds or handles it: "maintained by the Provider", "held by us". */
static int held_by_vendor(struct roles_finder *rf, const struct roles *r, const char *body, size_t blen)
{
	size_t i, ws;

	for (i = 0; i + 3 < blen; i++) {
		if ((body[i] | 0x20) != 'b' || (body[i + 1] | 0x20) != 'y' || isalnum((unsigned char)body[i + 2]) ||
		    (i > 0 && isalnum((unsigned char)body[i - 1])))
			continue;
		word_on(body, blen, i + 2, &ws);
		if (role_named_at(rf, r, body, blen, ws) == ROLE_VENDOR)
			return 1;
	}
	return 0;
}

/* Bytes after "by" in which "under this Contract" is read. */
#define UNDER_CONTRACT_REACH 48

/*
 * Whether body says the vendor receives or accesses the thing under the
 * contract: "other information provided to or accessed by the Contractor
 * under this Contract", "records obtained by the Supplier under this
 * Agreement".  What the vendor takes in doing the work, as data_held
 * reads "in performing the Services"; not what the customer receives, nor
 * what is de-identified or aggregated.  A byte scan: no regex runs.
 */
static int vendor_takes_under_contract(struct roles_finder *rf, const struct roles *r,
				       const char *body, size_t blen)
{
	static const char *const verbs[] = { "received", "obtained", "collected", "accessed" };
	static const char *const kinds[] = { "Contract", "Agreement", "contract", "agreement" };
	size_t at = 0, ws, we, lim, u, k;

	while ((at = text_find(body, blen, at, " by ", 1)) < blen) {
		we = word_back(body, at + 1, &ws);
		at++;
		if (!word_in(body + ws, we - ws, verbs, ARRAY_SIZE(verbs)) ||
		    role_named_at(rf, r, body, blen, at + 3) != ROLE_VENDOR)
			continue;
		lim = at + UNDER_CONTRACT_REACH < blen ? at + UNDER_CONTRACT_REACH : blen;
		if ((u = text_find(body, lim, at, " under this ", 1)) >= lim)
			continue;
		for (k = u + 12, we = k; we < blen && isalpha((unsigned char)body[we]); we++)
			;
		if (!word_in(body + k, we - k, kinds, ARRAY_SIZE(kinds)))
			continue;
		return !has_word(body, blen, "de-identified") && !has_word(body, blen, "anonymised") &&
		       !has_word(body, blen, "anonymized") && !has_word(body, blen, "aggregated");
	}
	return 0;
}

/*
 * Whether body defines data about an identifiable person of a kind an
 * institution keeps records of, held for the customer: "any information
 * ... directly related to an identifiable student and maintained by the
 * Provider", "personal data relating to any employee that is processed by
 * the Supplier", "any data concerning a pupil" where the customer is a
 * school.  The data is the customer's where the vendor is the one said to
 * hold it, or where the customer is the body the people belong to.  Not
 * the vendor's own people ("customers of the Provider"), nor data from
 * third parties or public sources, nor de-identified or aggregated data.
 * A byte scan: no regex runs.
 */
static int identifiable_people_data(struct roles_finder *rf, const struct roles *r,
				    const char *body, size_t blen)
{
	static const char *const links[] = {
		"related", "relating", "relates", "relate", "pertaining", "about", "concerning",
		"regarding", "identifies", "identify", "identifying",
	};
	static const char *const fillers[] = {
		"to", "a", "an", "any", "the", "each", "every", "one", "or", "more", "identifiable",
		"identified", "individual", "particular", "specific", "current", "former",
		"prospective", "enrolled", "could", "can", "may", "reasonably", "be", "used",
		"directly", "indirectly", "natural", "person", "such", "as",
	};
	size_t i, ws, we, k;
	int kind = -1;

	for (i = 0; i + 4 < blen && kind < 0; i++) {
		if ((i > 0 && isalnum((unsigned char)body[i - 1])) || !strchr("rpaciRPACI", body[i]) ||
		    !word_at(body, blen, i, links, ARRAY_SIZE(links)))
			continue;
		we = word_end(body, blen, i);
		for (k = 0; k < 8; k++) {
			size_t e2;

			we = word_on(body, blen, we, &ws);
			if (we == ws)
				break;
			/* "end user": two words. */
			e2 = we;
			if (word_is(body + ws, we - ws, "end") && e2 < blen && body[e2] == ' ')
				e2 = word_end(body, blen, e2 + 1);
			if ((kind = people_kind_of(body + ws, e2 - ws)) >= 0) {
				we = e2;
				break;
			}
			if (!word_in(body + ws, we - ws, fillers, ARRAY_SIZE(fillers)))
				break;
		}
		if (kind < 0)
			continue;
		/* "customers of the Provider", "a member of our staff": the vendor's own people. */
		we = word_on(body, blen, we, &ws);
		if (word_is(body + ws, we - ws, "of")) {
			word_on(body, blen, we, &ws);
			if (role_named_at(rf, r, body, blen, ws) == ROLE_VENDOR)
				return 0;
		}
	}
	if (kind < 0 ||
	    word_start_in(body, blen, not_customers_people + NFROM_ELSEWHERE,
			  ARRAY_SIZE(not_customers_people) - NFROM_ELSEWHERE) ||
	    from_elsewhere(rf, r, body, blen))
		return 0;
	return held_by_vendor(rf, r, body, blen) || customer_is_body(r, people_kinds[kind].bodies);
}

/* Bytes after "submitted by citizens" in which the machine they give it through is named. */
#define THROUGH_REACH 48

/*
 * Whether body says the customer's own people give it in through the
 * machine the contract is about: "grievances ... submitted by citizens or
 * officers through the System", "the forms uploaded by patients via the
 * Portal".  The verb in the passive, "by" and a plural of the people
 * customer_people knows first, then "through", "via", "using" or "on"
 * and a machine, all within THROUGH_REACH bytes.  Not data from third
 * parties or public sources.  A byte scan: no regex runs.
 */
static int people_give_through(const char *body, size_t blen)
{
	static const char *const verbs[] = {
		"submitted", "provided", "uploaded", "entered", "sent", "input", "supplied",
		"shared", "posted", "lodged", "filed",
	};
	static const char *const vias[] = { "through", "via", "using", "on", "into", "to" };
	static const char *const machines[] = {
		"system", "service", "services", "platform", "portal", "app", "application",
		"chatbot", "website", "software", "solution", "tool",
	};
	size_t i, e, ws, we, k;

	for (i = 0; i + 8 < blen; i++) {
		if ((i > 0 && isalnum((unsigned char)body[i - 1])) ||
		    !strchr("spueilfSPUEILF", body[i]) || !word_at(body, blen, i, verbs, ARRAY_SIZE(verbs)))
			continue;
		e = word_end(body, blen, i);
		we = word_on(body, blen, e, &ws);
		if (!word_is(body + ws, we - ws, "by"))
			continue;
		we = word_on(body, blen, we, &ws);
		if (!customer_people(body + ws, we - ws))
			continue;
		for (k = 0; k < 8 && we < blen && we - ws < THROUGH_REACH; k++) {
			size_t s2, e2 = word_on(body, blen, we, &s2);

			if (e2 == s2)
				break;
			we = e2;
			if (!word_in(body + s2, e2 - s2, vias, ARRAY_SIZE(vias)))
				continue;
			e2 = word_on(body, blen, e2, &s2);
			if (word_is(body + s2, e2 - s2, "the"))
				e2 = word_on(body, blen, e2, &s2);
			if (word_in(body + s2, e2 - s2, machines, ARRAY_SIZE(machines)))
				return !word_start_in(body, blen, not_customers_people, NFROM_ELSEWHERE);
			break;
		}
	}
	return 0;
}

typedef int word_test(struct roles_finder *, const struct roles *, const char *, size_t);

/*
 * Whether a word of the name t[0..n) passes `is`; a word is letters and
 * digits, with `joiner` inside it too ('-' for "Third-Party", '\'' for
 * "Client's").
 */
static int name_has_word(struct roles_finder *rf, const struct roles *r, const char *t,
			 size_t n, char joiner, word_test *is)
{
	size_t i = 0, e;

	while (i < n) {
		while (i < n && !isalnum((unsigned char)t[i]))
			i++;
		for (e = i; e < n && (isalnum((unsigned char)t[e]) || t[e] == joiner); e++)
			;
		if (e > i && is(rf, r, t + i, e - i))
			return 1;
		i = e;
	}
	return 0;
}

/* Whether a word of the name t[0..n) names the vendor: "Provider Data", "Acme Records". */
static int names_vendor(struct roles_finder *rf, const struct roles *r, const char *t, size_t n)
{
	return name_has_word(rf, r, t, n, '-', is_vendor_word);
}

/*
 * Whether a match of `re` in body[0..blen) has a group 1 that `is` takes:
 * who captures or labels it, who makes it.
 */
static int any_match_names(struct roles_finder *rf, const struct roles *r, const pcre2_code *re,
			   const char *body, size_t blen, word_test *is)
{
	size_t from = 0;

	while (from < blen &&
	       rf_exec(rf, re, (PCRE2_SPTR)body, blen, from, 0) >= 0) {
		size_t end = pcre2_get_ovector_pointer(rf->md)[1], ws, wn;

		rf_group(rf, 1, &ws, &wn);
		if (wn && is(rf, r, body + ws, wn))
			return 1;
		from = end > from ? end : from + 1;
	}
	return 0;
}

/*
 * Whether the owner that rf->captured_at reads, w[0..n), is the customer:
 * as a whole ("the Purchaser's", "Acme Foods's") or after a preposition
 * the lazy match took in with the machine ("by the System at Buyer's
 * facilities" reads "System at Buyer's").
 */
static int owner_is_customer(struct roles_finder *rf, const struct roles *r, const char *w, size_t n)
{
	static const char *const preps[] = { "at", "on", "in", "from", "within", "of" };
	size_t i, e;

	if (is_customer_word(rf, r, w, n))
		return 1;
	for (i = n; i > 0; i--) {
		if (w[i - 1] != ' ')
			continue;
		for (e = i - 1; e > 0 && w[e - 1] != ' '; e--)
			;
		if (word_in(w + e, i - 1 - e, preps, ARRAY_SIZE(preps)))
			return is_customer_word(rf, r, w + i, n - i);
	}
	return 0;
}

/* A word captured_from_customer looks for, and which of its lists it is in (bit 0 or 1). */
struct lead_word {
	const char *w;
	size_t n;
	unsigned list;
};

/*
 * word_starts_two of captured_from_customer's words, the verbs of
 * rf->captured_at (bit 0) and the labels of rf->labelled_by (bit 1): the
 * same test, with the words sorted by their first letter, so that a word
 * of the body is compared with the two or three that open as it does, not
 * with all thirteen (word_starts_two cost 5,200 instructions a call over
 * all CUAD, callgrind).
 */
static unsigned capture_words_in(const char *s, size_t len)
{
	static const struct lead_word a_[] = { { "acquir", 6, 1 }, { "annotation", 10, 2 }, { NULL, 0, 0 } };
	static const struct lead_word c_[] = { { "captur", 6, 1 }, { "collect", 7, 1 },
					       { "correction", 10, 2 }, { NULL, 0, 0 } };
	static const struct lead_word d_[] = { { "decision", 8, 2 }, { NULL, 0, 0 } };
	static const struct lead_word f_[] = { { "film", 4, 1 }, { NULL, 0, 0 } };
	static const struct lead_word g_[] = { { "gather", 6, 1 }, { NULL, 0, 0 } };
	static const struct lead_word l_[] = { { "label", 5, 2 }, { NULL, 0, 0 } };
	static const struct lead_word m_[] = { { "measur", 6, 1 }, { NULL, 0, 0 } };
	static const struct lead_word p_[] = { { "photograph", 10, 1 }, { NULL, 0, 0 } };
	static const struct lead_word r_[] = { { "record", 6, 1 }, { "rating", 6, 2 }, { NULL, 0, 0 } };
	static const struct lead_word s_[] = { { "scan", 4, 1 }, { NULL, 0, 0 } };
	static const struct lead_word t_[] = { { "tag", 3, 2 }, { NULL, 0, 0 } };
	static const struct lead_word *const leads[26] = {
		['a' - 'a'] = a_, ['c' - 'a'] = c_, ['d' - 'a'] = d_, ['f' - 'a'] = f_, ['g' - 'a'] = g_,
		['l' - 'a'] = l_, ['m' - 'a'] = m_, ['p' - 'a'] = p_, ['r' - 'a'] = r_,
		['s' - 'a'] = s_, ['t' - 'a'] = t_,
	};
	const unsigned char *u = (const unsigned char *)s;
	unsigned found = 0;
	size_t k = 0;

	while (k < len) {
		unsigned char c = u[k];
		const struct lead_word *l;

		if (!word_bytes[c]) {
			k++;
			continue;
		}
		/* A word starts at k: one of the words?  Then past it. */
		c |= 0x20;
		if ((unsigned)(c - 'a') < 26 && (l = leads[c - 'a']) != NULL && k + 1 < len)
			for (; l->w; l++)
				if ((unsigned char)l->w[1] == (u[k + 1] | 0x20) && l->n <= len - k &&
				    !strncasecmp(s + k, l->w, l->n)) {
					found |= l->list;
					if (found == 3)
						return found;
				}
		for (k++; k < len && word_bytes[u[k]]; k++)
			;
	}
	return found;
}

/*
 * Whether w[0..n), whom rf->labelled_by reads as who labels, is the
 * customer: by its name or noun, or "your" before its people ("your
 * Authorized Users", "your reviewers").
 */
static int customer_or_its_people(struct roles_finder *rf, const struct roles *r, const char *w,
				  size_t n)
{
	static const char *const people[] = {
		"users", "staff", "employees", "personnel", "team", "reviewers", "annotators",
		"attorneys", "lawyers",
	};
	size_t i = n;

	if (n > 5 && !strncasecmp(w, "your ", 5)) {
		while (i > 5 && w[i - 1] != ' ')
			i--;
		return word_in(w + i, n - i, people, ARRAY_SIZE(people)) &&
		       is_customer_word(rf, r, "you", 3);
	}
	return is_customer_word(rf, r, w, n);
}

/*
 * Whether body says the thing is taken out of what the customer holds,
 * the verb found by hand before any pattern runs: "the pseudonymised
 * patient data extracted from the Hospital's electronic health record",
 * "records exported from your CRM", "retrieved from the Authority's case
 * management system".  The owner is the customer's possessive (or
 * "your") after "from (the)", within three words; not its use of the
 * service ("extracted from the Customer's use of the Platform") and not
 * after "not".
 */
static int extracted_from_customer(struct roles_finder *rf, const struct roles *r,
				   const char *body, size_t blen)
{
	static const char *const verbs[] = { "extracted", "exported", "retrieved", "drawn", "pulled" };
	size_t f = 0;

	/* Each " from " (found by its "f"), then the verb before it. */
	while ((f = text_find(body, blen, f, " from ", 1)) < blen) {
		size_t v, at = f, o = f + 6, e, words = 0, w;

		f++;
		for (v = 0; v < ARRAY_SIZE(verbs); v++) {
			size_t n = strlen(verbs[v]);

			if (at >= n && !memcmp(body + at - n, verbs[v], n) &&
			    (at == n || body[at - n - 1] == ' '))
				break;
		}
		if (v == ARRAY_SIZE(verbs))
			continue;
		at -= strlen(verbs[v]);
		if (at >= 4 && !strncmp(body + at - 4, "not ", 4))
			continue;
		if (o + 4 <= blen && !strncasecmp(body + o, "the ", 4))
			o += 4;
		if (o + 5 <= blen && !strncmp(body + o, "your ", 5)) {
			e = o + 4;
			if (!is_customer_word(rf, r, "you", 3))
				continue;
		} else {
			/* The owner's words, to the first "'s". */
			for (e = o; e < blen && words < 3; e++) {
				if (body[e] == ' ')
					words++;
				else if (body[e] == '\'' || !strncmp(body + e, "\xE2\x80\x99", 3))
					break;
				else if (!isalnum((unsigned char)body[e]) && body[e] != '-' &&
					 body[e] != '&' && body[e] != '.')
					break;
			}
			if (e >= blen || words >= 3 || e == o)
				continue;
			w = e + (body[e] == '\'' ? 2 : 4);
			if (w > blen || (body[w - 1] != 's') || !is_customer_word(rf, r, body + o, e - o))
				continue;
			e = w;
		}
		/* Its use of the service is the vendor's to read: "the Customer's use of". */
		if (e + 5 <= blen && (!strncmp(body + e, " use ", 5) || !strncmp(body + e, " usage", 6)))
			continue;
		return 1;
	}
	return 0;
}

/*
 * Whether body says the thing is captured at the customer's place or from
 * its people, or labelled by its staff: "images ... that the Hardware
 * captures on the Purchaser's production lines, and all labels the
 * Purchaser's staff apply to them".
 */
static int captured_from_customer(struct roles_finder *rf, const struct roles *r,
				  const char *body, size_t blen)
{
	/*
	 * Each pattern runs only where a word it opens with is found: a
	 * caseless alternation of words costs JIT 30 instructions a byte, the
	 * test a fifth of it.  The pattern's "s" also matches U+017F: a body
	 * with its first byte runs the pattern.  Both lists in one pass over
	 * the body (capture_words_in): most bodies hold neither.
	 */
	unsigned found = capture_words_in(body, blen);

	if (((found & 1) || memchr(body, 0xC5, blen)) &&
	    any_match_names(rf, r, rf->captured_at, body, blen, owner_is_customer))
		return 1;
	return (found & 2) &&
	       any_match_names(rf, r, rf->labelled_by, body, blen, customer_or_its_people);
}

/* Words between a subject and its verb: "shall", "agrees to", "hereby", "promptly". */
static int is_aux_word(const char *w, size_t n)
{
	static const char *const aux[] = {
		"may", "will", "shall", "must", "can", "has", "have", "hereby", "also", "agrees",
		"agree", "undertakes", "to",
	};

	return word_in(w, n, aux, ARRAY_SIZE(aux)) ||
	       (n > 4 && islower((unsigned char)w[0]) && !memcmp(w + n - 2, "ly", 2));
}

/*
 * The role of who acts on the verb at t[at], read back past auxiliaries
 * and an adverb ("Client shall promptly upload"), on one or two words
 * ("Party A"), within a clause.  *start (may be NULL) gets where the words
 * read begin.
 */
static enum party_role subject_before(struct roles_finder *rf, const struct roles *r,
				      const char *t, size_t at, size_t *start)
{
	size_t e = at, b = at, b2;
	enum party_role role;
	int k;

	for (k = 0; k < 4; k++) {
		while (e > 0 && isspace((unsigned char)t[e - 1]))
			e--;
		for (b = e; b > 0 && (isalnum((unsigned char)t[b - 1]) || t[b - 1] == '\'' ||
				      t[b - 1] == '-' || t[b - 1] == '&' ||
				      (unsigned char)t[b - 1] >= 0x80); b--)
			;
		if (b == e)
			return ROLE_UNKNOWN;
		if (!is_aux_word(t + b, e - b))
			break;
		e = b;
	}
	if (k == 4)
		return ROLE_UNKNOWN;
	for (b2 = b; b2 > 0 && (t[b2 - 1] == ' ' || t[b2 - 1] == '\t'); b2--)
		;
	if (b2 < b)
		while (b2 > 0 && (isalnum((unsigned char)t[b2 - 1]) || t[b2 - 1] == '\''))
			b2--;
	if (b2 < b && !isalnum((unsigned char)t[b2]))
		b2 = b;
	role = tail_role(rf, r, t + b2, e - b2);
	/* Of "plans you", only "you" acts; "Service Provider" is one alias. */
	if (start)
		*start = b2 < b && word_role(rf, r, t + b2, e - b2) != role &&
			 word_role(rf, r, t + b, e - b) == role ? b : b2;
	return role;
}

/* Bytes at the end of a definition's sentence, before its term, in which a giver is read. */
#define GIVEN_BEFORE_REACH 240
/* Bytes at the head of a "means" definition in which a giver is read. */
#define GIVEN_HEAD_REACH 160

/* Bytes at the end of a definition's sentence in which the verb of giving after its object is read. */
#define GIVEN_AFTER_REACH 96
/* Words of what is given, before its giver, at most. */
#define GIVEN_OBJECT_WORDS 12

/*
 * Where a match of given_before or given_after in t[lo..end) may start
 * at the earliest: both run to the end of the body through words alone
 * (ASCII letters, digits, "_", "'", "-", "&", ASCII white space, and any
 * byte of a UTF-8 sequence, as the curly apostrophe), so none starts
 * before the last other byte.  The search starts after it: most bodies
 * end on a stretch of a few words, and the verbs' many first letters made
 * a search of all `lo` bytes cost 90 instructions a byte.
 */
static size_t words_tail(const char *t, size_t lo, size_t end)
{
	while (end > lo) {
		unsigned char c = (unsigned char)t[end - 1];

		if (!(c >= 0x80 || isalnum(c) || c == '_' || c == '\'' || c == '-' || c == '&' ||
		      c == ' ' || (c >= '\t' && c <= '\r')))
			break;
		end--;
	}
	return end;
}

/* Where t[..at) begins without its last words that are among `words` ("that are"). */
static size_t back_over(const char *t, size_t at, const char *const *words, size_t nwords)
{
	size_t b, e;

	for (;;) {
		for (e = at; e > 0 && isspace((unsigned char)t[e - 1]); e--)
			;
		for (b = e; b > 0 && isalpha((unsigned char)t[b - 1]); b--)
			;
		if (b == e || !word_in(t + b, e - b, words, nwords))
			return at;
		at = b;
	}
}

/*
 * Where the words of what is given, ending at t[end], begin: back over at
 * most GIVEN_OBJECT_WORDS words, to a clause word or a mark ("rights in
 * | the photos and floor plans").
 */
static size_t object_start(const char *t, size_t end)
{
	static const char *const stop[] = {
		"that", "which", "who", "whom", "whose", "by", "where", "when", "if", "to", "with",
		"into", "through", "under", "in", "of", "on", "for", "from", "and", "or",
	};
	size_t at = end, b, e;
	int k;

	for (k = 0; k < GIVEN_OBJECT_WORDS; k++) {
		for (e = at; e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t'); e--)
			;
		for (b = e; b > 0 && (isalnum((unsigned char)t[b - 1]) || t[b - 1] == '\'' ||
				       t[b - 1] == '-' || (unsigned char)t[b - 1] >= 0x80); b--)
			;
		/* "photos and floor plans": "and" stops only where no word follows it in the object. */
		if (b == e || (word_in(t + b, e - b, stop, ARRAY_SIZE(stop)) &&
			       !((word_is(t + b, e - b, "and") || word_is(t + b, e - b, "or")) &&
				 at < end)))
			break;
		at = b;
	}
	return at;
}

/* Words before "it" in which the party it stands for is looked for. */
#define IT_REFERS_WORDS 24

/*
 * Where the verb at t[at] has "it" as its subject, read back past
 * auxiliaries ("records it may submit"): the role of the party named last
 * before "it" in its sentence, by alias, "we", "you" or role noun
 * ('Client owns all documents, data and records it submits'), within
 * IT_REFERS_WORDS words and not past a stop, a semicolon or a colon.
 * ROLE_UNKNOWN where the subject is not "it" or no party is named.
 * *start gets where "it" begins.
 */
static enum party_role it_stands_for(struct roles_finder *rf, const struct roles *r,
				     const char *t, size_t at, size_t *start)
{
	size_t e = at, b;
	enum party_role role;
	int k;

	for (k = 0; k < 4; k++) {
		while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t'))
			e--;
		for (b = e; b > 0 && isalpha((unsigned char)t[b - 1]); b--)
			;
		if (b == e || !is_aux_word(t + b, e - b))
			break;
		e = b;
	}
	if (k == 4 || !word_is(t + b, e - b, "it"))
		return ROLE_UNKNOWN;
	*start = b;
	for (k = 0; k < IT_REFERS_WORDS; k++) {
		e = b;
		while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == ',' ||
				 t[e - 1] == '(' || t[e - 1] == ')' || t[e - 1] == '"'))
			e--;
		for (b = e; b > 0 && (isalnum((unsigned char)t[b - 1]) || t[b - 1] == '\'' ||
				      t[b - 1] == '-' || t[b - 1] == '&'); b--)
			;
		if (b == e)
			return ROLE_UNKNOWN;
		/* "it" itself, or "its", names no new party. */
		if (word_is(t + b, e - b, "it") || word_is(t + b, e - b, "its"))
			continue;
		role = word_role(rf, r, t + b, e - b);
		if (role != ROLE_UNKNOWN)
			return role;
	}
	return ROLE_UNKNOWN;
}

/*
 * Whether the words before a definition's term name what the customer
 * gives, with the giver after them: 'the photos and floor plans you
 * upload ("Uploads")', "the recordings that Client submits to the
 * Platform", "the images uploaded by Customer".  What is given must be
 * named as data or media; whom it is given to, if said, is not the
 * customer.
 */
static int given_after_object(struct roles_finder *rf, const struct roles *r, const char *body,
			      size_t blen)
{
	size_t lo = blen > GIVEN_AFTER_REACH ? blen - GIVEN_AFTER_REACH : 0, vs, ws, wn, as, an;
	size_t oe, os;
	PCRE2_SIZE *ov;
	static const char *const passive_aux[] = { "is", "are", "was", "were", "been", "being" };
	static const char *const relative[] = { "that", "which", "have", "has" };

	if (rf_exec(rf, rf->given_after, (PCRE2_SPTR)body, blen, words_tail(body, lo, blen), 0) < 0)
		return 0;
	ov = pcre2_get_ovector_pointer(rf->md);
	vs = ov[0];
	rf_group(rf, 3, &as, &an);
	rf_group(rf, 4, &ws, &wn);
	if (wn && tail_role(rf, r, body + ws, wn) == ROLE_CUSTOMER)
		return 0;
	if (an) {
		if (actor_role(rf, r, body + as, an) != ROLE_CUSTOMER)
			return 0;
		/* "the images that are uploaded by Customer" */
		oe = back_over(body, vs, passive_aux, ARRAY_SIZE(passive_aux));
		oe = back_over(body, oe, relative, ARRAY_SIZE(relative));
	} else if (subject_before(rf, r, body, vs, &oe) != ROLE_CUSTOMER &&
		   it_stands_for(rf, r, body, vs, &oe) != ROLE_CUSTOMER) {
		return 0;
	} else {
		/* "the recordings that Client submits" */
		oe = back_over(body, oe, relative, ARRAY_SIZE(relative));
	}
	os = object_start(body, oe);
	return os < oe && (rf_matches(rf, rf->data_noun, body + os, oe - os) ||
			   rf_matches(rf, rf->given_noun, body + os, oe - os));
}

/*
 * Who gives, where the verb of giving that ends at body[end] is a
 * participle followed by "by" ("all data ... provided by the Principal to
 * the Contractor"): the role of the one or two words after "by" (and
 * "the"); ROLE_UNKNOWN where no "by" follows.
 */
static enum party_role passive_giver(struct roles_finder *rf, const struct roles *r,
				     const char *body, size_t blen, size_t end)
{
	size_t at = end, we;
	int words;

	if (!((end >= 2 && !memcmp(body + end - 2, "ed", 2)) ||
	      (end >= 4 && !memcmp(body + end - 4, "sent", 4)) ||
	      (end >= 9 && !memcmp(body + end - 9, "available", 9))))
		return ROLE_UNKNOWN;
	while (at < blen && body[at] == ' ')
		at++;
	if (blen - at < 4 || strncasecmp(body + at, "by ", 3))
		return ROLE_UNKNOWN;
	at += 3;
	if (blen - at > 4 && !strncasecmp(body + at, "the ", 4))
		at += 4;
	/* Two words at most: actor_role reads them as one alias ("Party A") or the first alone. */
	for (we = at, words = 0; words < 2; words++) {
		size_t e = we + (words > 0);

		while (e < blen && (isalnum((unsigned char)body[e]) || body[e] == '-' ||
				    body[e] == '&'))
			e++;
		if (e == we + (words > 0))
			break;
		we = e;
		if (we >= blen || body[we] != ' ')
			break;
	}
	return we > at ? actor_role(rf, r, body + at, we - at) : ROLE_UNKNOWN;
}

/*
 * Whether s[0..n) holds the word "you", in any case: a byte test at each
 * place, as has_word's compare at each place costs a review 0.5% more.
 */
static int has_you(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 3 <= n; i++)
		if ((s[i] | 0x20) == 'y' && (s[i + 1] | 0x20) == 'o' && (s[i + 2] | 0x20) == 'u' &&
		    (i == 0 || !isalnum((unsigned char)s[i - 1])) &&
		    (i + 3 == n || !isalnum((unsigned char)s[i + 3])))
			return 1;
	return 0;
}

/*
 * Whether t[at..hi) starts with `stem` (lower case), by ASCII letters in
 * either case; a byte past ASCII answers yes: the patterns run in UTF
 * mode without case, where "\u017f" is an "s" and "\u212a" a "k".
 */
static int stem_at(const char *t, size_t at, size_t hi, const char *stem)
{
	for (; *stem; stem++, at++) {
		if (at >= hi)
			return 0;
		if ((unsigned char)t[at] >= 0x80)
			return 1;
		if ((t[at] | 0x20) != *stem)
			return 0;
	}
	return 1;
}

/*
 * Whether a verb that given_head or given_before reads (GIVE_VERB and
 * the verbs of YOU_KEEP in roles.c; "grants" with `grants`) may start at
 * a word start in t[lo..hi): where none does, neither pattern can match
 * there, and most definitions are passed over without a regex run.  It
 * says yes at a byte past ASCII (stem_at).  Keep the stems in step with
 * those patterns.
 */
static int give_verb_in(const char *t, size_t lo, size_t hi, int grants)
{
	size_t p;

	for (p = lo; p < hi; p++) {
		unsigned char c = (unsigned char)t[p];

		if (p > 0) {
			unsigned char b = (unsigned char)t[p - 1];

			if (isalnum(b) || b == '_')
				continue;
		}
		if (c >= 0x80)
			return 1;
		switch (c | 0x20) {
		case 'a':
			if (stem_at(t, p, hi, "add"))
				return 1;
			break;
		case 'c':
			if (stem_at(t, p, hi, "connect"))
				return 1;
			break;
		case 'd':
			if (stem_at(t, p, hi, "deliver") || stem_at(t, p, hi, "disclos"))
				return 1;
			break;
		case 'f':
			if (stem_at(t, p, hi, "furnish"))
				return 1;
			break;
		case 'g':
			if (grants && stem_at(t, p, hi, "grant"))
				return 1;
			break;
		case 'i':
			if (stem_at(t, p, hi, "input") || stem_at(t, p, hi, "import") ||
			    stem_at(t, p, hi, "integrat"))
				return 1;
			break;
		case 'k':
			if (stem_at(t, p, hi, "keep"))
				return 1;
			break;
		case 'l':
			if (stem_at(t, p, hi, "licen") || stem_at(t, p, hi, "link"))
				return 1;
			break;
		case 'm':
			if (stem_at(t, p, hi, "make") || stem_at(t, p, hi, "made"))
				return 1;
			break;
		case 'p':
			if (stem_at(t, p, hi, "provid"))
				return 1;
			break;
		case 'r':
			/* "the messages that the Customer routes to the Supplier" */
			if (stem_at(t, p, hi, "route"))
				return 1;
			break;
		case 's':
			if (stem_at(t, p, hi, "suppl") || stem_at(t, p, hi, "submit") ||
			    stem_at(t, p, hi, "sen") || stem_at(t, p, hi, "shar") ||
			    stem_at(t, p, hi, "sync") || stem_at(t, p, hi, "store"))
				return 1;
			break;
		case 't':
			if (stem_at(t, p, hi, "transmit"))
				return 1;
			break;
		case 'u':
			if (stem_at(t, p, hi, "upload"))
				return 1;
			break;
		default:
			break;
		}
	}
	return 0;
}

/*
 * The length of `body` less a place it goes at its end, "to the Service",
 * "into our platform", "via the Portal" (three words at most after the
 * word); blen where it ends otherwise or the place is "you".
 */
static int word_is_at(const char *t, size_t n, size_t at, const char *w);

static size_t before_destination(const char *body, size_t blen)
{
	static const char *const preps[] = { "to", "into", "through", "via" };
	size_t e = blen, s, k;
	int words;

	while (e > 0 && body[e - 1] == ' ')
		e--;
	for (words = 0; words < 4 && e > 0; words++) {
		for (s = e; s > 0 && (isalnum((unsigned char)body[s - 1]) || body[s - 1] == '-'); s--)
			;
		if (s == e || s == 0 || body[s - 1] != ' ')
			return blen;
		if (word_in(body + s, e - s, preps, ARRAY_SIZE(preps))) {
			if (!words)
				return blen;
			for (k = s + (e - s) + 1; k < blen && body[k] == ' '; k++)
				;
			if (word_is_at(body, blen, k, "you") || word_is_at(body, blen, k, "your"))
				return blen;
			for (e = s; e > 0 && body[e - 1] == ' '; e--)
				;
			return e;
		}
		e = s - 1;
	}
	return blen;
}

/*
 * Whether a definition says the customer gives the vendor what it names,
 * by whatever name: at the head of a "means" definition ("the images
 * Licensor provides to Licensee", where the licensor is the customer) or
 * at its end ("..., in the digital files you deliver to us"), or
 * as the object right before the term ('Client shall upload the audio of
 * its calls (the "Call Audio")', 'Licensor grants Licensee a licence to
 * use the images listed in Schedule 1 (the "Licensed Data")').  Who gives
 * is read by the parties' roles; what is given must be named as data,
 * audio, images and the like: "the date Agent has confirmed that Client's
 * records have been converted" gives nothing.
 */
static int given_by_customer(struct roles_finder *rf, const struct roles *r, const char *body,
			     size_t blen, enum def_side side)
{
	size_t gs, gn, ws, wn, os, on, wt;

	if (side == DEF_AFTER) {
		size_t end, tail = blen, lo;

		size_t hn = blen < GIVEN_HEAD_REACH ? blen : GIVEN_HEAD_REACH;

		if (give_verb_in(body, 0, hn, 0) &&
		    rf_exec(rf, rf->given_head, (PCRE2_SPTR)body, hn, 0, 0) >= 0) {
			end = pcre2_get_ovector_pointer(rf->md)[1];
			rf_group(rf, 1, &gs, &gn);
			if ((giver_role(rf, r, body + gs, gn) != ROLE_CUSTOMER &&
			     passive_giver(rf, r, body, blen, end) != ROLE_CUSTOMER) ||
			    (!rf_matches(rf, rf->data_noun, body + gs, gn) &&
			     !rf_matches(rf, rf->given_noun, body + gs, gn)))
				return 0;
			if (rf_exec(rf, rf->to_vendor, (PCRE2_SPTR)body, blen, end, 0) >= 0) {
				rf_group(rf, 1, &ws, &wn);
				return word_role(rf, r, body + ws, wn) != ROLE_CUSTOMER;
			}
			return 1;
		}
		/*
		 * Or at its end, the definition's last words, where "you" give:
		 * "the books ... that you list in your enrolment form, in the
		 * digital files you deliver to us."  Most definitions have no
		 * "you" there, and are passed over without a regex run.
		 */
		while (tail > 0 && (body[tail - 1] == '.' || body[tail - 1] == ';' ||
				    isspace((unsigned char)body[tail - 1])))
			tail--;
		lo = tail > GIVEN_AFTER_REACH ? tail - GIVEN_AFTER_REACH : 0;
		return has_you(body + lo, tail - lo) && given_after_object(rf, r, body, tail);
	}
	/*
	 * "upload ... imagery of your fields to the Service": where it goes
	 * ends the words, not what is given; read without it.  Not "to you".
	 */
	blen = before_destination(body, blen);
	wt = words_tail(body, blen > GIVEN_BEFORE_REACH ? blen - GIVEN_BEFORE_REACH : 0, blen);
	if (!give_verb_in(body, wt, blen, 1) ||
	    rf_exec(rf, rf->given_before, (PCRE2_SPTR)body, blen, wt, 0) < 0)
		return given_after_object(rf, r, body, blen);
	gs = pcre2_get_ovector_pointer(rf->md)[0];
	rf_group(rf, 1, &ws, &wn);
	rf_group(rf, 2, &os, &on);
	/*
	 * rf->md is reused below: the span of whom it is given to is kept in
	 * ws, wn.  What follows the verb may be no object ("you upload to the
	 * app"): the object may then come before the giver.
	 */
	if ((rf_matches(rf, rf->data_noun, body + os, on) || rf_matches(rf, rf->given_noun, body + os, on)) &&
	    (!wn || tail_role(rf, r, body + ws, wn) != ROLE_CUSTOMER) &&
	    subject_before(rf, r, body, gs, NULL) == ROLE_CUSTOMER)
		return 1;
	return given_after_object(rf, r, body, blen);
}

/* Bytes of a definition's head in which who handles or makes what it defines is read. */
#define HANDLED_REACH 160

/* The end of a definition's head: its first full stop or semicolon, within HANDLED_REACH. */
static size_t head_end(const char *body, size_t blen)
{
	size_t i, n = blen < HANDLED_REACH ? blen : HANDLED_REACH;

	for (i = 0; i < n; i++)
		if (body[i] == ';' || (body[i] == '.' && (i + 1 == blen || isspace((unsigned char)body[i + 1]))))
			return i;
	return n;
}

/*
 * The role of whom the words at body[at], after "by" or "for", name:
 * "the Licensee", "Customer", "an End User".  Two words at most, after
 * an article.
 */
static enum party_role role_named_at(struct roles_finder *rf, const struct roles *r,
				     const char *body, size_t blen, size_t at)
{
	static const char *const articles[] = { "the", "a", "an", "each", "any" };
	size_t we, e;
	int words;

	e = at;
	while (e < blen && isalpha((unsigned char)body[e]))
		e++;
	if (e < blen && body[e] == ' ' && word_in(body + at, e - at, articles, ARRAY_SIZE(articles)))
		at = e + 1;
	for (we = at, words = 0; words < 2; words++) {
		size_t k;

		e = we + (words > 0);
		/* "by the Société": a name's accented letters too. */
		while (e < blen && ((k = name_letter_len(body, blen, e)) || isdigit((unsigned char)body[e]) ||
				    body[e] == '-' || body[e] == '&'))
			e += k ? k : 1;
		if (e == we + (words > 0))
			break;
		we = e;
		if (we >= blen || body[we] != ' ')
			break;
	}
	return we > at ? actor_role(rf, r, body + at, we - at) : ROLE_UNKNOWN;
}

static int is_customer_word(struct roles_finder *rf, const struct roles *r, const char *w, size_t n);
static int customer_possessive_word(struct roles_finder *rf, const struct roles *r,
				    const char *w, size_t n);

/*
 * Whether w[0..n) names a term defined before t[upto] as a place or
 * people of the customer's own: '"Pilot Sites" means the Carewell pharmacy
 * locations', '"Stores" means Client's retail stores'.  The term may be
 * named in the singular ("a Pilot Site"); the customer's name or
 * possessive must be the first word its definition names.
 */
static int customer_side_term(struct roles_finder *rf, const struct roles *r, const char *t,
			      size_t upto, const char *w, size_t n)
{
	static const char *const dets[] = { "the", "all", "any", "each", "those" };
	size_t k, i, e, lim;

	for (k = 0; k < r->nterms; k++) {
		const char *name = r->terms[k].term;
		size_t tl = strlen(name);

		if (r->terms[k].at >= upto || !((tl == n || (tl == n + 1 && name[n] == 's')) &&
						!strncmp(name, w, n)))
			continue;
		i = r->terms[k].at + tl;
		lim = i + 24 < upto ? i + 24 : upto;
		for (; i + 6 <= lim && strncmp(t + i, "means ", 6); i++)
			;
		if (i + 6 > lim)
			continue;
		i += 6;
		lim = i + 60 < upto ? i + 60 : upto;
		for (e = i; e < lim && isalpha((unsigned char)t[e]); e++)
			;
		if (e < lim && t[e] == ' ' && word_in(t + i, e - i, dets, ARRAY_SIZE(dets)))
			for (i = e + 1, e = i; e < lim && isalpha((unsigned char)t[e]); e++)
				;
		/* "the Société pharmacy locations", "Société’s retail stores" */
		while (e < lim) {
			size_t l = name_letter_len(t, lim, e);

			if (!l && t[e] == '\'')
				l = 1;
			else if (!l && lim - e >= 3 && !memcmp(t + e, "\xE2\x80\x99", 3))
				l = 3;
			if (!l)
				break;
			e += l;
		}
		if (e > i && e < lim && t[e] == ' ' &&
		    (is_customer_word(rf, r, t + i, e - i) || customer_possessive_word(rf, r, t + i, e - i)))
			return 1;
	}
	return 0;
}

/* Whether the words at body[at], after "by" and an article, name a customer_side_term. */
static int by_customer_side_term(struct roles_finder *rf, const struct roles *r, const char *text,
				 const char *body, size_t blen, size_t at)
{
	static const char *const articles[] = { "the", "a", "an", "each", "any", "its" };
	size_t e = at, we;
	int words;

	while (e < blen && isalpha((unsigned char)body[e]))
		e++;
	if (e < blen && body[e] == ' ' && word_in(body + at, e - at, articles, ARRAY_SIZE(articles)))
		at = e + 1;
	if (at >= blen || !isupper((unsigned char)body[at]))
		return 0;
	/* One to three capitalised words. */
	for (we = at, words = 0; words < 3; words++) {
		e = we + (words > 0);
		if (words > 0 && (e >= blen || !isupper((unsigned char)body[e])))
			break;
		while (e < blen) {
			size_t l = name_letter_len(body, blen, e);

			if (!l && (isdigit((unsigned char)body[e]) || body[e] == '-'))
				l = 1;
			if (!l)
				break;
			e += l;
		}
		we = e;
		if (we >= blen || body[we] != ' ')
			break;
	}
	for (; we > at; ) {
		if (customer_side_term(rf, r, text, (size_t)(body - text), body + at, we - at))
			return 1;
		while (we > at && body[we - 1] != ' ')
			we--;
		if (we > at)
			we--;
	}
	return 0;
}

/*
 * Whether the head of a definition says, in the passive, that the customer
 * records, processes or gives what it defines: "the audio recordings of
 * calls processed by the Licensee for the End Clients", "the audio files
 * recorded by Customer and uploaded to the Platform", "the images made
 * available to Vendor by Client".  What is named before the verb must be
 * data or media (data_noun, given_noun); the verb may be followed by
 * whom it goes to ("to Vendor") before "by", but by no clause.
 */
static int handled_by_customer(struct roles_finder *rf, const struct roles *r,
			       const char *text, const char *body, size_t blen)
{
	static const char *const verbs[] = {
		"processed", "recorded", "captured", "collected", "submitted", "uploaded",
		"provided", "supplied", "furnished", "transmitted", "available", "sent"
	};
	size_t n = blen < HANDLED_REACH ? blen : HANDLED_REACH, i = 0;
	const char *by;

	/* memchr passes over the bytes to each "b": most heads have few, and no " by ". */
	while (i + 3 < n && (by = memchr(body + i, 'b', n - i - 3)) != NULL) {
		size_t at = (size_t)(by - body), j = at, verb = (size_t)-1;
		int words;

		i = at + 1;
		if (at == 0 || by[-1] != ' ' || by[1] != 'y' || by[2] != ' ')
			continue;
		if (head_end(body, at) < at)
			return 0;
		/* Back over four words at most, none after a comma, to the verb. */
		for (words = 0; words < 5 && j > 1 && body[j - 1] == ' '; words++) {
			size_t we = j - 1, ws = we;

			while (ws > 0 && (isalpha((unsigned char)body[ws - 1]) || body[ws - 1] == '-'))
				ws--;
			if (ws == we)
				break;
			if (word_in(body + ws, we - ws, verbs, ARRAY_SIZE(verbs))) {
				verb = ws;
				break;
			}
			j = ws;
		}
		if (verb == (size_t)-1 || verb == 0 ||
		    (!rf_matches(rf, rf->data_noun, body, verb) && !rf_matches(rf, rf->given_noun, body, verb)))
			continue;
		n = head_end(body, blen);
		if (role_named_at(rf, r, body, n, at + 3) == ROLE_CUSTOMER)
			return 1;
		/* "by a Pilot Site", a term for the customer's own sites */
		if (text && by_customer_side_term(rf, r, text, body, n, at + 3))
			return 1;
	}
	return 0;
}

/*
 * Whether body[at..n) opens on the customer as a clause's subject, "the
 * Licensee produces", "Client performs", "you make": the party's word,
 * then a lower-case word, its verb.  Not a term that opens on the
 * party's word ("that Customer Data shows"), whose next word is capital.
 */
static int customer_subject_at(struct roles_finder *rf, const struct roles *r, const char *body,
			       size_t n, size_t at)
{
	static const char *const articles[] = { "the", "a", "an", "each", "any" };
	size_t s, e = word_on(body, n, at, &s);

	if (e > s && word_in(body + s, e - s, articles, ARRAY_SIZE(articles)))
		e = word_on(body, n, e, &s);
	if (e == s || e >= n || body[e] != ' ' || actor_role(rf, r, body + s, e - s) != ROLE_CUSTOMER)
		return 0;
	return e + 1 < n && islower((unsigned char)body[e + 1]);
}

/*
 * Whether a definition that follows its term heads with the adaptations of
 * a model made by the customer or for it: "any adaptation, fine-tuning or
 * retraining of the acoustic model carried out by the Licensee", "the
 * customisations of the Model made by Provider for Customer", or a
 * trained model's weights, "the low-rank adapters ... created by training
 * the Base Model on Bank Data for the Bank".  Not the
 * vendor's own ("any improvement of the Platform or the Model made by
 * Provider"), nor one whose maker is unsaid.
 */
static int customer_adaptation(struct roles_finder *rf, const struct roles *r,
			       const char *body, size_t blen)
{
	static const char *const dets[] = { "any", "all", "the", "each", "every", "such" };
	static const char *const heads[] = {
		"adaptation", "adaptations", "fine-tuning", "fine-tunings", "retraining",
		"customisation", "customisations", "customization", "customizations",
		"improvement", "improvements", "modification", "modifications",
		"enhancement", "enhancements", "adjustment", "adjustments", "calibration",
		"calibrations"
	};
	/*
	 * Heads that say a model was fitted to one customer, not bettered for
	 * all: only these are the custom model by the data they are derived
	 * from, whoever makes them.
	 */
	static const char *const fitted[] = {
		"adaptation", "adaptations", "fine-tuning", "fine-tunings", "retraining",
		"customisation", "customisations", "customization", "customizations",
		"adjustment", "adjustments", "calibration", "calibrations"
	};
	static const char *const derived[] = {
		"derived", "retrained", "re-trained", "trained", "fine-tuned", "tuned", "learned",
		"learnt", "adapted", "adjusted", "calibrated",
	};
	size_t hs, he;
	/* What training makes of a model: only where the head says it was trained. */
	static const char *const trained[] = {
		"adapters", "weights", "parameters", "checkpoints",
	};
	size_t n = blen < HANDLED_REACH ? blen : HANDLED_REACH, i = 0, e, mods;
	int weights = 0;

	while (i < n && (isspace((unsigned char)body[i]) || body[i] == ':' || body[i] == ','))
		i++;
	/* The head word first: most definitions name no adaptation, and are passed over. */
	if (i >= n || !strchr("aAfFrRcCiImMeEtTwWpP", body[i]))
		return 0;
	for (e = i; e < n && isalpha((unsigned char)body[e]); e++)
		;
	if (word_in(body + i, e - i, dets, ARRAY_SIZE(dets)))
		for (i = e + (e < n), e = i; e < n && (isalpha((unsigned char)body[e]) || body[e] == '-'); e++)
			;
	/*
	 * "the low-rank adapters, fine-tuned parameters and weights created
	 * by training the Base Model ... for the Bank": a trained model's
	 * weights, after two lower-case words at most.
	 */
	for (mods = 0;; mods++) {
		hs = i;
		he = e;
		if (word_in(body + i, e - i, heads, ARRAY_SIZE(heads)) ||
		    (weights = word_in(body + i, e - i, trained, ARRAY_SIZE(trained))))
			break;
		if (mods == 2 || e == i || !islower((unsigned char)body[i]) || e >= n || body[e] != ' ')
			return 0;
		for (i = e + 1, e = i; e < n && (isalpha((unsigned char)body[e]) || body[e] == '-'); e++)
			;
	}
	n = head_end(body, blen);
	if (e >= n || (!has_word_as(body, n, "model", 1) && !has_word_as(body, n, "models", 1)))
		return 0;
	if (weights && !has_word_as(body, n, "training", 1) && !has_word_as(body, n, "trained", 1) &&
	    !has_word_as(body, n, "fine-tuned", 1) && !has_word_as(body, n, "fine-tuning", 1))
		return 0;
	/* Made by the customer or, by anyone, for it. */
	for (i = e; i + 4 < n; i++) {
		int by;

		if (body[i - 1] != ' ')
			continue;
		by = !strncasecmp(body + i, "by ", 3);
		if ((by || !strncasecmp(body + i, "for ", 4)) &&
		    role_named_at(rf, r, body, n, i + (by ? 3 : 4)) == ROLE_CUSTOMER)
			return 1;
		if ((!strncasecmp(body + i, "which ", 6) || !strncasecmp(body + i, "that ", 5)) &&
		    customer_subject_at(rf, r, body, n, i + (body[i] == 't' || body[i] == 'T' ? 5 : 6)))
			return 1;
	}
	/*
	 * Or fitted to the customer by what it is made from: "the adjustment of
	 * the Detection Models to the conditions of a Site, including
	 * calibration parameters and any retrained layers derived from Site
	 * Data".  Not an improvement, which may better the model for all.
	 */
	return !weights && word_in(body + hs, he - hs, fitted, ARRAY_SIZE(fitted)) &&
	       made_from_customer_data(r, body, blen, derived, ARRAY_SIZE(derived));
}

/*
 * Whether the sentence a term closes says the customer owns what it names:
 * 'the Institution and its Users own all prompts, uploaded documents and
 * other content they submit ("User Content")'.  The subject may add its
 * own people ("and its Users"); what is owned is data (data_noun), and
 * runs to the term.
 */
static int customer_owns_closing(struct roles_finder *rf, const struct roles *r,
				 const char *body, size_t blen)
{
	static const char *const people[] = {
		"users", "employees", "staff", "personnel", "affiliates", "customers", "clients",
		"students", "members",
	};
	size_t lo = blen > GIVEN_BEFORE_REACH ? blen - GIVEN_BEFORE_REACH : 0, i;

	for (i = lo + 1; i + 4 < blen; i++) {
		size_t at = i, e, b;

		if (body[i - 1] != ' ' || (strncmp(body + i, "own ", 4) && strncmp(body + i, "owns ", 5)))
			continue;
		if (!rf_matches(rf, rf->data_noun, body + i, blen - i))
			continue;
		/* Back past "and its Users" to the subject. */
		for (e = i - 1, b = e; b > lo && isalpha((unsigned char)body[b - 1]); b--)
			;
		if (b >= lo + 9 && !strncmp(body + b - 9, " and its ", 9) &&
		    word_in(body + b, e - b, people, ARRAY_SIZE(people)))
			at = b - 9;
		if (subject_before(rf, r, body, at, NULL) == ROLE_CUSTOMER)
			return 1;
	}
	return 0;
}

/* Bytes before a term in which what is made for the customer is read. */
#define MADE_FOR_REACH 120

/*
 * Whether the words before a term name what the vendor returns, generates
 * or produces for the customer: 'the mastered files and stems we return
 * to you ("Masters")' (what its service makes is read by output_made).
 * Not what the customer holds or gives ("the audio you upload that we
 * return to you", "your files", a term of its data), what is joined to
 * it ("the prompts you send and the answers we return to you"), money,
 * usage, what is about something ("notes about the account that we
 * produce for you") or papers it is sent ("the invoices we generate for
 * you").
 */
static int made_for_customer(struct roles_finder *rf, const struct roles *r, const char *body,
			     size_t blen)
{
	static const char *const dets[] = { "the", "our", "its" };
	static const char *const relative[] = { "that", "which" };
	static const char *const articles[] = {
		"the", "all", "any", "those", "these", "such", "each", "every", "our", "its",
	};
	static const char *const about[] = {
		"of", "about", "on", "regarding", "concerning", "for", "from", "by", "with", "to",
		"into", "and", "or",
	};
	static const char *const passive_aux[] = {
		"that", "which", "is", "are", "was", "were", "be", "been", "being", "will", "may",
		"shall", "has", "have",
	};
	size_t lo = blen > MADE_FOR_REACH ? blen - MADE_FOR_REACH : 0, vs, ws, wn, ss, oe, os;
	size_t b, i;

	/*
	 * Most definitions have none of the verbs: they are passed over without
	 * a regex run.  Each is looked for by a rare letter of it ("c" of
	 * "created", "p" of "response"): an "e" would stop memchr at every
	 * few bytes.
	 */
	if (text_find(body, blen, lo, "eturn", 2) == blen &&
	    text_find(body, blen, lo, "generat", 0) == blen &&
	    text_find(body, blen, lo, "roduc", 4) == blen &&
	    text_find(body, blen, lo, "created", 0) == blen &&
	    text_find(body, blen, lo, "response", 3) == blen)
		return 0;
	if (rf_exec(rf, rf->made_for, (PCRE2_SPTR)body, blen, lo, 0) >= 0) {
		vs = pcre2_get_ovector_pointer(rf->md)[0];
		rf_group(rf, 1, &ws, &wn);
		if (tail_role(rf, r, body + ws, wn) != ROLE_CUSTOMER)
			return 0;
		if (subject_before(rf, r, body, vs, &ss) != ROLE_VENDOR)
			return 0;
		oe = back_over(body, back_over(body, ss, dets, ARRAY_SIZE(dets)), relative,
			       ARRAY_SIZE(relative));
	} else if (rf_exec(rf, rf->made_for_passive, (PCRE2_SPTR)body, blen, lo, 0) >= 0) {
		/* "the images generated for you by the Service": no subject to read. */
		vs = pcre2_get_ovector_pointer(rf->md)[0];
		rf_group(rf, 1, &ws, &wn);
		if (tail_role(rf, r, body + ws, wn) != ROLE_CUSTOMER)
			return 0;
		oe = back_over(body, vs, passive_aux, ARRAY_SIZE(passive_aux));
	} else {
		return 0;
	}
	os = object_start(body, oe);
	/* From its last article: "You own | the short clips". */
	for (i = os; i < oe; i = b) {
		while (i < oe && !isalpha((unsigned char)body[i]))
			i++;
		for (b = i; b < oe && isalpha((unsigned char)body[b]); b++)
			;
		if (b > i && word_in(body + i, b - i, articles, ARRAY_SIZE(articles)))
			os = i;
	}
	if (os >= oe)
		return 0;
	for (b = os; b > 0 && body[b - 1] == ' '; b--)
		;
	for (i = b; i > 0 && isalpha((unsigned char)body[i - 1]); i--)
		;
	if ((i < b && word_in(body + i, b - i, about, ARRAY_SIZE(about))) ||
	    name_has_word(rf, r, body + os, oe - os, '\'', is_customer_word) ||
	    rf_matches(rf, rf->money_name, body + os, oe - os) ||
	    rf_matches(rf, rf->usage_name, body + os, oe - os) ||
	    rf_matches(rf, rf->not_data_name, body + os, oe - os))
		return 0;
	for (i = 0; i < r->nterms; i++)
		if (r->terms[i].cls == TERM_CUSTOMER_DATA &&
		    has_word_as(body + os, oe - os, r->terms[i].term, 0))
			return 0;
	return 1;
}

/*
 * The length of a "means" body without its closing full stop, for
 * made_for_customer; 0 where it is longer than MADE_FOR_REACH, so that the
 * thing made is the body's head and not a phrase deep in it.
 */
static size_t means_body_len(const char *body, size_t blen)
{
	while (blen > 0 && (body[blen - 1] == '.' || body[blen - 1] == ';' ||
			    isspace((unsigned char)body[blen - 1])))
		blen--;
	return blen <= MADE_FOR_REACH ? blen : 0;
}

/* Bytes at the end of a sentence, before the term that closes it, in which its holder is read. */
#define HELD_REACH 160

/* Whether w[0..n) is the customer's possessive: "your", "Client's", "the Bank's". */
static int customer_possessive_word(struct roles_finder *rf, const struct roles *r,
				    const char *w, size_t n)
{
	return word_is(w, n, "your") ||
	       (((n > 2 && !memcmp(w + n - 2, "'s", 2)) ||
		 (n > 4 && !memcmp(w + n - 4, "\xE2\x80\x99s", 4))) &&
		is_customer_word(rf, r, w, n));
}

/*
 * Whether "its" at body[at] is the customer's: the sentence's subject is
 * the customer and a modal follows it ("The Beneficiary shall transmit to
 * the Provider its historical order data"), and up to "its" no other modal
 * or clause comes ("the Provider may keep its"), nor the vendor but after
 * "to" or "with".
 */
static int its_is_customers(struct roles_finder *rf, const struct roles *r, const char *body,
			    size_t at)
{
	static const char *const modals[] = { "shall", "will", "may", "must", "can", "should" };
	static const char *const clause[] = {
		"that", "which", "who", "whom", "whose", "where", "when", "if", "while", "whereas",
		"but", "unless", "shall", "will", "may", "must", "can", "should", "would", "might",
		"not",
	};
	size_t i = 0, e, prev = 0, pn = 0;
	int words = 0;

	while (i < at) {
		if (!isalpha((unsigned char)body[i])) {
			if (body[i] != ' ' && body[i] != '\n' && body[i] != '\t')
				return 0;
			i++;
			continue;
		}
		for (e = i; e < at && (isalnum((unsigned char)body[e]) || body[e] == '-' ||
				       body[e] == '&'); e++)
			;
		if (words == 0 && word_is(body + i, e - i, "the")) {
			i = e;
			continue;
		}
		if (words == 0) {
			if (!is_customer_word(rf, r, body + i, e - i))
				return 0;
		} else if (words == 1) {
			if (!word_in(body + i, e - i, modals, ARRAY_SIZE(modals)))
				return 0;
		} else if (word_in(body + i, e - i, clause, ARRAY_SIZE(clause)) ||
			   (is_vendor_word(rf, r, body + i, e - i) &&
			    !(pn && (word_is(body + prev, pn, "to") || word_is(body + prev, pn, "with"))))) {
			return 0;
		}
		if (!word_is(body + i, e - i, "the")) {
			prev = i;
			pn = e - i;
		}
		words++;
		i = e;
	}
	return words > 2;
}

/*
 * Whether the sentence that a term closes ends on what the customer holds:
 * 'you let us read your product catalogue, prices, stock levels and order
 * history through the Marketplace's seller API ("Shop Data").'  The last
 * possessive is the customer's, and its noun phrase runs to the term: no
 * clause ("that we generate"), no other holder ("and our ratings"), no
 * verb that gives it to the customer ("we send you your invoices"), not
 * what is about the customer ("reports on your sales", "your use of the
 * app") nor what has been de-identified.
 */
static int customer_holds(struct roles_finder *rf, const struct roles *r, const char *body,
			  size_t blen, int in_place)
{
	static const char *const before[] = {
		"of", "about", "on", "for", "regarding", "concerning", "to", "from", "with", "by",
		"into", "in", "at", "under", "you", "us", "provide", "provides", "give", "gives",
		"send", "sends", "deliver", "delivers", "generate", "generates", "create",
		"creates", "produce", "produces", "prepare", "prepares", "issue", "issues",
		"show", "shows", "display", "displays",
	};
	static const char *const breaks[] = {
		"that", "which", "who", "whom", "whose", "where", "when", "if", "we", "us", "our",
		"they", "their", "it", "its", "is", "are", "was", "were", "will", "may", "shall",
		"can", "must", "not",
	};
	static const char *const about[] = {
		"use", "usage", "access", "activity", "activities", "behaviour", "behavior",
		"interactions", "aggregated", "anonymised", "anonymized", "de-identified",
		"deidentified", "pseudonymised", "pseudonymized",
	};
	size_t i = blen > HELD_REACH ? blen - HELD_REACH : 0, e, prev = 0, pn = 0;
	int held = 0, first = 0;

	while (i < blen) {
		if (body[i] == ';' || body[i] == ':' || body[i] == '(' || body[i] == ')') {
			held = 0;
			pn = 0;
			i++;
			continue;
		}
		if (!isalnum((unsigned char)body[i]) && (unsigned char)body[i] < 0x80) {
			i++;
			continue;
		}
		for (e = i; e < blen && (isalnum((unsigned char)body[e]) || body[e] == '\'' ||
					 body[e] == '-' || (unsigned char)body[e] >= 0x80); e++)
			;
		if (customer_possessive_word(rf, r, body + i, e - i) ||
		    (word_is(body + i, e - i, "its") && its_is_customers(rf, r, body, i))) {
			/*
			 * "the Client's": the article is no word before it.  With
			 * in_place, "the code in your editor": what is in or comes
			 * from the customer's place.
			 */
			held = !(pn && word_in(body + prev, pn, before, ARRAY_SIZE(before)) &&
				 !(in_place && (word_is(body + prev, pn, "in") ||
						word_is(body + prev, pn, "from"))));
			first = 1;
		} else if (held && (word_in(body + i, e - i, breaks, ARRAY_SIZE(breaks)) ||
				    (first && word_in(body + i, e - i, about, ARRAY_SIZE(about))))) {
			held = 0;
		} else {
			first = 0;
		}
		if (!word_is(body + i, e - i, "the")) {
			prev = i;
			pn = e - i;
		}
		i = e;
	}
	return held;
}

/*
 * Whether the words before a closing term end on a data noun: 'its
 * historical order data (the "Order History")', where the name itself
 * says no data but the phrase it names does.
 */
static int ends_on_data_noun(struct roles_finder *rf, const char *body, size_t blen)
{
	size_t e = blen, b;

	while (e > 0 && (body[e - 1] == ' ' || body[e - 1] == ','))
		e--;
	for (b = e; b > 0 && isalpha((unsigned char)body[b - 1]); b--)
		;
	return b < e && rf_matches(rf, rf->data_noun, body + b, e - b);
}

/* Where a term's last word starts: "Suggestions" of "Code Suggestions". */
static size_t last_word_start(const char *term, size_t tlen)
{
	size_t b = tlen;

	while (b > 0 && isalpha((unsigned char)term[b - 1]))
		b--;
	return b;
}

/* Whether a term's last word names what the customer puts in: "Prompts", "Inputs", "Queries". */
static int input_name(const char *term, size_t tlen)
{
	static const char *const names[] = { "prompt", "prompts", "input", "inputs", "query",
					     "queries" };
	size_t b = last_word_start(term, tlen);

	return word_in(term + b, tlen - b, names, ARRAY_SIZE(names));
}

/* Bytes before a term in parentheses in which the verb its name comes from is read. */
#define NAMED_VERB_REACH 160

/*
 * Whether the words from body[from] run to the end of the text before a
 * term in parentheses with no other clause between (no ";", ":", stop or
 * bracket): a verb's object that is the term.
 */
static int object_runs_to_term(const char *body, size_t from, size_t blen)
{
	size_t k;

	for (k = from; k < blen && !strchr(";:().", body[k]); k++)
		;
	return k == blen;
}

/*
 * The word before body[at], past the words of `aux` ("may", "will",
 * "that"): its end, and its start in *ws (equal where there is none).
 */
static size_t word_before_aux(const char *body, size_t at, const char *const *aux, size_t naux,
			      size_t *ws)
{
	size_t we = word_back(body, at, ws);

	while (we > *ws && word_in(body + *ws, we - *ws, aux, naux))
		we = word_back(body, *ws, ws);
	return we;
}

/*
 * Whether the words before a term in parentheses hold the verb its name is
 * made from, said of no customer: 'It suggests code and fixes
 * ("Suggestions")', 'the Service recommends actions ("Recommendations")'.
 * Not 'you suggest changes ("Suggestions")', which is the customer's.  Only
 * a name in "-ion(s)": where noun and verb are one word ("Results",
 * "Insights"), the noun before the term would be read as the verb.
 */
static int names_its_verb(struct roles_finder *rf, const struct roles *r, const char *term,
			  size_t tlen, const char *body, size_t blen)
{
	static const char *const aux[] = { "may", "will", "can", "shall", "also", "then",
					   "automatically", "does", "do" };
	static const char *const ends[] = { "", "s", "e", "es" };
	size_t b = last_word_start(term, tlen), sl = tlen - b, i, e, ws, we;
	size_t lo = blen > NAMED_VERB_REACH ? blen - NAMED_VERB_REACH : 0;

	if (sl > 7 && !strncasecmp(term + tlen - 6, "ations", 6))
		sl -= 6;
	else if (sl > 6 && !strncasecmp(term + tlen - 4, "ions", 4))
		sl -= 4;
	else
		return 0;
	for (i = lo; i < blen; i = e) {
		while (i < blen && !isalpha((unsigned char)body[i]))
			i++;
		for (e = i; e < blen && isalpha((unsigned char)body[e]); e++)
			;
		if (e - i < sl || !islower((unsigned char)body[i]) ||
		    strncasecmp(body + i, term + b, sl) || !word_in(body + i + sl, e - i - sl, ends,
								    ARRAY_SIZE(ends)))
			continue;
		if (!object_runs_to_term(body, e, blen))
			continue;
		/* Its subject: the word before, past a modal; after "and", the sentence's first. */
		we = word_before_aux(body, i, aux, ARRAY_SIZE(aux), &ws);
		if (we > ws && (word_is(body + ws, we - ws, "and") || word_is(body + ws, we - ws, "or"))) {
			for (ws = 0; ws < i && !isalpha((unsigned char)body[ws]); ws++)
				;
			for (we = ws; we < i && isalpha((unsigned char)body[we]); we++)
				;
		}
		return !(we > ws && is_customer_word(rf, r, body + ws, we - ws));
	}
	return 0;
}

/* Bytes before a verb after "and" in which the head of its relative clause is read. */
#define RELATIVE_REACH 200

/* Whether a verb is in its "-s" form ("scores", "analyses"), not "process". */
static int third_person(const char *w, size_t n)
{
	return n >= 2 && (w[n - 1] | 0x20) == 's' && (w[n - 2] | 0x20) != 's';
}

/*
 * The head of the relative clause that a verb after "and" at body[at]
 * belongs to, read back from `at` to `lo` within the clause (no ";", ":",
 * stop or bracket): the word before the nearest "that" or "which", its
 * start returned and its end in *we.  (size_t)-1 where there is none;
 * where the clause has a subject of its own ("the reports that Client
 * prepares and produces", "the system that Authorised Users access and
 * generate"), whose verbs they are; or where the verb after "and" is not
 * in the form of the clause's first (`verb_s`: 1 for "-s", 0 without, -1
 * unknown), being another subject's: "shall use the Platform that scores
 * each claim and produce".  "tools that read and generate" agree.
 */
static size_t relative_head(struct roles_finder *rf, const struct roles *r, const char *body,
			    size_t lo, size_t at, int verb_s, size_t *we)
{
	static const char *const subjects[] = { "you", "we", "the", "a", "an", "its", "their",
						"his", "her", "they", "it", "our", "your", "my",
						"this", "these", "those", "such", "each", "any",
						"all" };
	static const char *const modals[] = { "will", "may", "can", "shall", "would", "could",
					      "should", "must", "might" };
	size_t e = at, s, ne, ns;
	int k;

	for (;;) {
		/* Back over every byte that is not a letter, not past the clause. */
		while (e > lo && !isalpha((unsigned char)body[e - 1])) {
			if (strchr(";:().", body[e - 1]))
				return (size_t)-1;
			e--;
		}
		e = word_back(body, e, &s);
		if (s <= lo || e == s)
			return (size_t)-1;
		if (word_is(body + s, e - s, "that") || word_is(body + s, e - s, "which"))
			break;
		e = s;
	}
	ne = word_on(body, at, e, &ns);
	/* A capital after "that" is a name, the clause's own subject: "that Authorised Users". */
	if (ne == ns || isupper((unsigned char)body[ns]) ||
	    word_in(body + ns, ne - ns, subjects, ARRAY_SIZE(subjects)) ||
	    is_customer_word(rf, r, body + ns, ne - ns) || is_vendor_word(rf, r, body + ns, ne - ns))
		return (size_t)-1;
	/* The clause's first verb, past adverbs: "that automatically reads". */
	for (k = 0; k < 2 && ne - ns > 2 && !strncasecmp(body + ne - 2, "ly", 2); k++)
		ne = word_on(body, at, ne, &ns);
	if (verb_s >= 0 && ne > ns &&
	    (word_in(body + ns, ne - ns, modals, ARRAY_SIZE(modals)) ? 0 :
	     third_person(body + ns, ne - ns)) != verb_s)
		return (size_t)-1;
	/* "the Platform, which ...": the head before the comma. */
	while (s > lo && (body[s - 1] == ' ' || body[s - 1] == ','))
		s--;
	*we = word_back(body, s, &s);
	return *we == s ? (size_t)-1 : s;
}

/*
 * Whether the machine named at body[hs], after "a", "an", "its" or "their",
 * is the customer's by the sentence it is in: "The Customer operates a
 * laboratory system which receives samples and produces test results".
 * The sentence's subject, from its start after `lo`, is the customer.  Not
 * "the Platform", which the customer may use but the vendor runs.
 */
static int customer_runs_it(struct roles_finder *rf, const struct roles *r, const char *body,
			    size_t lo, size_t hs)
{
	static const char *const owns[] = { "a", "an", "its", "their" };
	size_t p = hs, ws, we, k;

	for (k = 0;; k++) {
		we = word_back(body, p, &ws);
		if (k == 3 || we == ws)
			return 0;
		if (word_in(body + ws, we - ws, owns, ARRAY_SIZE(owns)))
			break;
		if (word_is(body + ws, we - ws, "the"))
			return 0;
		p = ws;
	}
	for (p = ws; p > lo && !strchr(".;:\n()", body[p - 1]); p--)
		;
	if (p == lo && lo > 0)
		return 0;
	while (p < ws && !isalpha((unsigned char)body[p]))
		p++;
	we = word_on(body, ws, p, &p);
	if (word_is(body + p, we - p, "the"))
		we = word_on(body, ws, we, &p);
	return we > p && is_customer_word(rf, r, body + p, we - p);
}

/*
 * Whether the words before a term in parentheses say the vendor or its
 * machine makes it, the verb's object running to the term: 'an API that
 * generate images and marketing copy ("Outputs")', 'a platform which will
 * produce summaries ("Output")', 'we create drafts ("Outputs")'.  Not
 * what the customer, its people or its own system make ('you generate
 * images ("Outputs")', 'the Hospital's laboratory produces test results
 * ("Results")').  Read for a name that says output alone.
 */
static int machine_makes_it(struct roles_finder *rf, const struct roles *r, const char *body,
			    size_t blen)
{
	static const char *const verbs[] = { "generate", "generates", "produce", "produces",
					     "create", "creates" };
	static const char *const aux[] = { "may", "will", "can", "shall", "also", "then",
					   "automatically", "does", "do", "that", "which" };
	static const char *const machines[] = {
		"service", "services", "api", "apis", "application", "applications", "app", "apps",
		"platform", "platforms", "system", "systems", "software", "tool", "tools",
		"engine", "engines", "model", "models", "assistant", "assistants", "product",
		"products", "feature", "features",
	};
	size_t lo = blen > NAMED_VERB_REACH ? blen - NAMED_VERB_REACH : 0, i, e, ws, we, k;

	for (i = lo; i < blen; i = e) {
		while (i < blen && !isalpha((unsigned char)body[i]))
			i++;
		for (e = i; e < blen && isalpha((unsigned char)body[e]); e++)
			;
		if (body[i] != 'g' && body[i] != 'p' && body[i] != 'c')
			continue;
		if (!word_in(body + i, e - i, verbs, ARRAY_SIZE(verbs)))
			continue;
		if (!object_runs_to_term(body, e, blen))
			continue;
		we = word_before_aux(body, i, aux, ARRAY_SIZE(aux), &ws);
		if (we == ws)
			return 0;
		/*
		 * "a software service that reads requests ... and generates a
		 * determination, the criteria relied on and a confidence
		 * indicator (each, a "Recommendation")": the second verb of a
		 * relative clause has the clause's head as its subject.
		 */
		if (word_is(body + ws, we - ws, "and") || word_is(body + ws, we - ws, "or")) {
			size_t vs, rl = ws > RELATIVE_REACH ? ws - RELATIVE_REACH : 0;
			/* "and will produce": a modal between leaves the verb's form unread. */
			int verb_s = (word_on(body, blen, we, &vs), vs == i) ?
				     third_person(body + i, e - i) : -1;

			ws = relative_head(rf, r, body, rl, ws, verb_s, &we);
			if (ws == (size_t)-1)
				return 0;
		}
		if (is_vendor_word(rf, r, body + ws, we - ws))
			return 1;
		if (!word_in(body + ws, we - ws, machines, ARRAY_SIZE(machines)) ||
		    customer_runs_it(rf, r, body, ws > RELATIVE_REACH ? ws - RELATIVE_REACH : 0, ws))
			return 0;
		/* Whose machine: no possessive of the customer's in the three words before. */
		for (k = 0; k < 3 && ws > 0; k++) {
			size_t pe = ws, ps;
			int poss = 0;

			while (pe > 0 && body[pe - 1] == ' ')
				pe--;
			if (pe >= 2 && body[pe - 2] == '\'' && body[pe - 1] == 's')
				pe -= 2, poss = 1;
			else if (pe >= 4 && !memcmp(body + pe - 4, "\xE2\x80\x99s", 4))
				pe -= 4, poss = 1;
			we = word_back(body, pe, &ps);
			if (we == ps)
				break;
			if ((poss && is_customer_word(rf, r, body + ps, we - ps)) ||
			    word_is(body + ps, we - ps, "your"))
				return 0;
			ws = ps;
		}
		return 1;
	}
	return 0;
}

/* Bytes before a term in which the messages of a term defined before it are read. */
#define MESSAGES_REACH 160

/*
 * Whether the definition names the messages between the customer's own
 * customers or users and its agent or the service: '"Conversations" means
 * the messages between your shoppers and your agent', 'all chats with End
 * Users ("Chats")'.  At the head of a "means" definition, or in the bytes
 * before a term in parentheses.
 */
static int customer_side_messages(struct roles_finder *rf, const struct roles *r,
				  const char *body, size_t blen, enum def_side side)
{
	static const char *const between[] = { "between", "with" };
	size_t lo = 0, ws, wn, n = blen;
	uint32_t opts = 0;

	if (side == DEF_AFTER) {
		while (lo < blen && (isspace((unsigned char)body[lo]) || body[lo] == ',' ||
				     body[lo] == ':'))
			lo++;
		if (n > lo + MESSAGES_REACH)
			n = lo + MESSAGES_REACH;
		opts = PCRE2_ANCHORED;
	} else if (blen > MESSAGES_REACH) {
		lo = blen - MESSAGES_REACH;
	}
	/* The pattern needs the word "between" or "with": most bodies have neither. */
	if (lo >= n || !word_start_in(body + lo, n - lo, between, ARRAY_SIZE(between)) ||
	    rf_exec(rf, rf->messages_between, (PCRE2_SPTR)body, n, lo, opts) < 0)
		return 0;
	rf_group(rf, 1, &ws, &wn);
	return !wn || customer_possessive_word(rf, r, body + ws, wn);
}

/* Bytes at the head of a "means" definition in which who delivers it is read. */
#define DELIVERED_REACH 160

/*
 * Whether a "means" definition says the vendor delivers the thing to the
 * customer: "the demand forecasts and reports that the Licensee delivers
 * to the Licensor", read for a term named as output ("Insights").
 */
static int vendor_delivers_it(struct roles_finder *rf, const struct roles *r, const char *body,
			      size_t blen)
{
	size_t n = blen < DELIVERED_REACH ? blen : DELIVERED_REACH, ws, wn, vs;

	if (rf_exec(rf, rf->delivered_to, (PCRE2_SPTR)body, n, 0, 0) < 0)
		return 0;
	vs = pcre2_get_ovector_pointer(rf->md)[0];
	rf_group(rf, 1, &ws, &wn);
	return tail_role(rf, r, body + ws, wn) == ROLE_CUSTOMER &&
	       subject_before(rf, r, body, vs, NULL) == ROLE_VENDOR;
}

/* Bytes at the head of a "means" definition in which an AI system's head and its models are read. */
#define SYSTEM_REACH 240

/*
 * Whether a term named as a system ("Assistant", "Platform", "Engine",
 * "Solution", "Tool") is defined as an AI system: the head of a "means"
 * definition says so ("the generative artificial intelligence claims
 * assistant", "the neural machine translation system") or says it holds
 * or applies models ("our recommendation engine, including the ranking
 * models we train", "software that applies deep learning models"), or the
 * words before a term in parentheses end on such a head ('its generative
 * AI assistant (the "Assistant")').  A platform defined as a web portal is
 * none: "the web portal ... through which Customer submits Member Data".
 */
static int defined_as_ai_system(struct roles_finder *rf, const char *term, size_t tlen,
				 const char *body, size_t blen, const char *own, size_t olen,
				 enum def_side side)
{
	size_t n = blen < SYSTEM_REACH ? blen : SYSTEM_REACH, ws, wn, hs, hn, cs, cn;

	if (!rf_matches(rf, rf->system_name, term, tlen))
		return 0;
	compile_system_patterns(rf);
	if (side != DEF_AFTER)
		return rf_matches(rf, rf->system_before, own, olen);
	if (!rf_matches(rf, rf->model_system, body, n))
		return 0;
	rf_group(rf, 3, &cs, &cn);
	if (cn)
		return 1;
	rf_group(rf, 1, &ws, &wn);
	rf_group(rf, 2, &hs, &hn);
	return rf_matches(rf, rf->ai_marker, body + ws, hs + hn - ws);
}

/*
 * Whether body names the customer as the source of what it defines
 * (rf->data_source): "Customer's files ...", "the Service allows you to
 * provide ...".  In the sentence a term closes, a customer word that
 * opens it and is followed by an auxiliary is that sentence's subject, not
 * the source: 'Client may review the reports Northbay prepares and the
 * documents it provides ("Review Files")'; where the sentence goes on
 * past the parenthesis, only a subject that assents ('Client acknowledges
 * that Agent may provide ... ("Market Data"), which ...').  "Client may
 * upload files" still names it, on its verb.
 */
static int data_source_in(struct roles_finder *rf, const char *body, size_t blen,
			  enum def_side side)
{
	/* "Client acknowledges that Agent may provide ...": a subject that assents, no source. */
	static const char *const assents[] = {
		"acknowledges", "agrees", "understands", "accepts", "recognises", "recognizes",
		"confirms", "notes"
	};
	size_t me, b, e;

	if (rf_exec(rf, rf->data_source, (PCRE2_SPTR)body, blen, 0, 0) < 0)
		return 0;
	if (side == DEF_AFTER)
		return 1;
	me = pcre2_get_ovector_pointer(rf->md)[1];
	for (b = me; b < blen && body[b] == ' '; b++)
		;
	for (e = b; e < blen && isalpha((unsigned char)body[e]); e++)
		;
	if (b == me || e == b ||
	    (!is_aux_word(body + b, e - b) && !word_in(body + b, e - b, assents, ARRAY_SIZE(assents))))
		return 1;
	/*
	 * Where the sentence goes on past the parenthesis, only a subject that
	 * assents: "Customer will ensure that its stories ... (the \"Content\")"
	 * names its own.
	 */
	if (side == DEF_BEFORE && !word_in(body + b, e - b, assents, ARRAY_SIZE(assents)))
		return 1;
	/* The subject said, the source is read on its verb alone: "Client may upload". */
	return rf_exec(rf, rf->data_source, (PCRE2_SPTR)body, blen, 0, PCRE2_NOTBOL) >= 0;
}

/*
 * Where a definition's own words end before it takes in a term of the
 * customer's data as part of a wider class: at "includes" or "including"
 * before such a term ('"Confidential Information" means any non-public
 * information disclosed by one party to the other, and includes Your
 * Content'); blen where it takes in none.  What the class is must be read
 * from the words before, or the customer's data would make the whole
 * class its data.
 */
static size_t before_included_data(const struct roles *r, const char *body, size_t blen)
{
	static const char *const verbs[] = { "include", "includes", "including" };
	size_t i, at, e, k;

	for (i = 0; i + 7 < blen; i++) {
		if ((body[i] | 0x20) != 'i' || (i > 0 && isalnum((unsigned char)body[i - 1])) ||
		    !word_at(body, blen, i, verbs, ARRAY_SIZE(verbs)))
			continue;
		at = word_end(body, blen, i);
		while (at < blen && (body[at] == ' ' || body[at] == ','))
			at++;
		if (blen - at > 4 && !strncasecmp(body + at, "the ", 4))
			at += 4;
		if (at < blen && (k = term_named_at(r, body, blen, at, (size_t)-1, &e)) != (size_t)-1 &&
		    r->terms[k].cls == TERM_CUSTOMER_DATA)
			return i;
	}
	return blen;
}

/*
 * Whether the term names something that happens, not a thing: "Personal
 * Data Breach", "Security Incident", "Data Loss Event" are defined by the
 * data they touch, but "notify Customer of any Personal Data Breach" must
 * not read as notifying it of its data.
 */
static int names_an_event(const char *term, size_t tlen)
{
	static const char *const last[] = {
		"breach", "breaches", "incident", "incidents", "event", "events",
		"violation", "violations", "compromise", "compromises",
		/* "Model Change" means any change to the Language Model: no model. */
		"change", "changes",
	};
	size_t i, k = tlen;

	while (k > 0 && (isalpha((unsigned char)term[k - 1]) || term[k - 1] == '-'))
		k--;
	/* The first letter before the list: most names end on a word of none. */
	if (k == tlen || !strchr("BbIiEeVvCc", term[k]))
		return 0;
	for (i = 0; i < ARRAY_SIZE(last); i++)
		if (strlen(last[i]) == tlen - k && strncasecmp(term + k, last[i], tlen - k) == 0)
			return 1;
	return 0;
}

/* Bytes at the head of a definition in which a data name made by the machine says output. */
#define OUTPUT_HEAD 32

/* Words of a definition's first clause read at most, and bytes of it. */
#define CLAUSE_WORDS_MAX 64
#define CLAUSE_BYTES_MAX 320

/*
 * Splits the first clause of a definition (to a full stop or semicolon,
 * within CLAUSE_BYTES_MAX bytes) into at most `max` words: their starts in
 * w[] and lengths in wl[].  A word holds letters, figures and apostrophes,
 * and hyphens where `hyphens` is set ("third-party" one word or two).
 * Returns the number of words.
 */
static size_t clause_words(const char *def, size_t dlen, int hyphens, const char **w,
			   size_t *wl, size_t max)
{
	size_t nw = 0, i, k, lim = dlen < CLAUSE_BYTES_MAX ? dlen : CLAUSE_BYTES_MAX;

	for (i = 0; i < lim && nw < max; ) {
		if (def[i] == '.' || def[i] == ';')
			break;
		if (!isdigit((unsigned char)def[i]) && !name_letter_len(def, lim, i)) {
			i++;
			continue;
		}
		/* A word holds accented letters too: "transmitted by the Société". */
		for (k = i; k < lim;) {
			size_t l = name_letter_len(def, lim, k);

			if (!l && (isdigit((unsigned char)def[k]) || def[k] == '\'' ||
				   (hyphens && def[k] == '-')))
				l = 1;
			if (!l)
				break;
			k += l;
		}
		w[nw] = def + i;
		wl[nw++] = k - i;
		i = k;
	}
	return nw;
}

/*
 * Index of the first of w[from..nw) that is in `words`, or nw.
 */
static size_t first_word_in(const char *const *w, const size_t *wl, size_t from, size_t nw,
			    const char *const *words, size_t nwords)
{
	for (; from < nw; from++)
		if (word_in(w[from], wl[from], words, nwords))
			return from;
	return nw;
}

/* A piece of text looked for by text_find, by the index of a byte of it that is rare. */
struct frag {
	const char *text;
	size_t key;
};

/*
 * Whether one of `frags` is in the first `cap` bytes of def[0..dlen): a
 * memchr for each on its rare byte, which lets a reader pass over most
 * definitions, which hold none, for a few instructions.
 */
static int has_frag(const char *def, size_t dlen, size_t cap, const struct frag *frags,
		    size_t nfrags)
{
	size_t n = dlen < cap ? dlen : cap, i;

	for (i = 0; i < nfrags; i++)
		if (text_find(def, n, 0, frags[i].text, frags[i].key) < n)
			return 1;
	return 0;
}

/*
 * Whether a definition says the data comes from the customer's own
 * networks, systems or equipment: '"Operator Telemetry" means performance
 * counters, alarms, logs ... from the Operator's mobile and fixed
 * networks', "sensor readings ... generated by the Client's turbines",
 * "the logs ... from your own servers".  Read in its first clause; a
 * preposition within three words before the customer's possessive, a
 * word for its machines within four after it.  Never where the clause
 * names the vendor's product or its use ("collected by the Software from
 * Customer's systems about the use of the Software"): that is the
 * vendor's usage data.
 */
static int from_customers_systems(struct roles_finder *rf, const struct roles *r,
				  const char *def, size_t dlen)
{
	static const char *const machines[] = {
		"network", "networks", "system", "systems", "equipment", "infrastructure",
		"server", "servers", "machines", "machinery", "plant", "plants", "sensors",
		"devices", "vehicles", "turbines", "assets", "facilities", "fleet", "meters",
		"environment", "estate"
	};
	static const char *const preps[] = {
		"from", "of", "by", "on", "in", "within", "across", "at"
	};
	static const char *const vendors[] = {
		"use", "usage", "software", "service", "services", "platform", "product",
		"products", "application", "app", "solution", "not"
	};
	const char *w[CLAUSE_WORDS_MAX];
	size_t wl[CLAUSE_WORDS_MAX], nw = clause_words(def, dlen, 1, w, wl, ARRAY_SIZE(w)), i, j;

	for (i = 0; i < nw; i++)
		if (word_in(w[i], wl[i], vendors, ARRAY_SIZE(vendors)))
			return 0;
	for (i = 1; i < nw; i++) {
		int poss = word_is(w[i], wl[i], "your") ||
			   (wl[i] > 2 && !memcmp(w[i] + wl[i] - 2, "'s", 2));

		if (!poss || !is_customer_word(rf, r, w[i], wl[i]))
			continue;
		for (j = i; j > 0 && i - j < 3; j--)
			if (word_in(w[j - 1], wl[j - 1], preps, ARRAY_SIZE(preps)))
				break;
		if (j == 0 || i - j >= 3)
			continue;
		for (j = i + 1; j < nw && j <= i + 4; j++)
			if (word_in(w[j], wl[j], machines, ARRAY_SIZE(machines)))
				return 1;
	}
	return 0;
}

/*
 * Whether the only word of a name that rf->usage_name reads is "Service"
 * or "System" ("Service Records"), which says what the thing is about,
 * not that it is usage: a definition that says the customer gives it
 * ('means the records received by the Supplier from the Council') then
 * outranks the name.  Not "Service Usage Data" nor "System Logs".
 */
static int usage_word_is_the_service(struct roles_finder *rf, const char *term, size_t tlen)
{
	static const char *const words[] = { "service", "services", "system", "systems" };
	char buf[128];
	size_t i, e;
	int seen = 0;

	if (tlen >= sizeof buf)
		return 0;
	memcpy(buf, term, tlen);
	for (i = 0; i < tlen; i = e) {
		while (i < tlen && !isalpha((unsigned char)buf[i]))
			i++;
		for (e = i; e < tlen && isalpha((unsigned char)buf[e]); e++)
			;
		if (e > i && word_in(buf + i, e - i, words, ARRAY_SIZE(words))) {
			memset(buf + i, ' ', e - i);
			seen = 1;
		}
	}
	/* The rest of the name, read again: "Third Party Service Records" stays usage. */
	return seen && !rf_matches(rf, rf->usage_name, buf, tlen);
}

/* Bytes after "received" or "obtained" in which "from" is read. */
#define RECEIVED_FROM_REACH 40

/*
 * Whether a "means" definition's first clause says the thing is received
 * or obtained from the customer: 'the records received by the Supplier
 * from the Council'.  Not 'received by the Council from the Supplier',
 * nor 'obtained from third parties'.
 */
static int received_from_customer(struct roles_finder *rf, const struct roles *r,
				  const char *body, size_t blen)
{
	static const char *const verbs[] = { "received", "obtained", "receive", "receives", "obtain",
					     "obtains" };
	size_t n = head_end(body, blen), i, e, k, lim, ws, we;

	for (i = 0; i < n; i = e) {
		while (i < n && !isalpha((unsigned char)body[i]))
			i++;
		for (e = i; e < n && isalpha((unsigned char)body[e]); e++)
			;
		if (e == i || (body[i] != 'r' && body[i] != 'o') ||
		    !word_in(body + i, e - i, verbs, ARRAY_SIZE(verbs)))
			continue;
		lim = e + RECEIVED_FROM_REACH < n ? e + RECEIVED_FROM_REACH : n;
		for (k = e; k < lim && body[k] != ','; k = we) {
			we = word_on(body, lim, k, &ws);
			if (we == ws)
				break;
			if (word_is(body + ws, we - ws, "from")) {
				size_t ys, ye = word_on(body, n, we, &ys);

				return word_is(body + ys, ye - ys, "you") ||
				       role_named_at(rf, r, body, n, we + 1) == ROLE_CUSTOMER;
			}
		}
	}
	return 0;
}

/* rf_matches(rf, re, s, n), matched only the first time: *memo holds it after, -1 before. */
static int match_once(struct roles_finder *rf, const pcre2_code *re, const char *s, size_t n,
		      int *memo)
{
	if (*memo < 0)
		*memo = rf_matches(rf, re, s, n);
	return *memo;
}

/* Bytes at the head of a "means" definition in which "and other outputs" is read. */
#define OTHER_OUTPUTS_REACH 160

/*
 * Whether the head of a "means" definition lists what it is as outputs:
 * '"Deliverables" means the transcripts, translations and other outputs
 * that Contractor produces', "the forecasts, dashboards or any other
 * output".  Not "other work product", nor a name that says data ("Company
 * Data" means files and other outputs of its production systems).
 */
static int listed_as_outputs(const char *body, size_t blen)
{
	static const char *const before[] = { "and", "or", "any", "all" };
	size_t n = blen < OTHER_OUTPUTS_REACH ? blen : OTHER_OUTPUTS_REACH, at = 0, ws, we;

	while ((at = text_find(body, n, at, " other output", 1)) < n) {
		size_t e = at + 13;

		if (e < n && body[e] == 's')
			e++;
		if ((e >= n || !isalpha((unsigned char)body[e])) &&
		    (we = word_back(body, at, &ws)) > ws &&
		    word_in(body + ws, we - ws, before, ARRAY_SIZE(before)))
			return 1;
		at++;
	}
	return 0;
}

/* Bytes at the head of a definition in which the verb of making is read. */
#define MADE_HEAD_REACH 120

/*
 * Whether a "means" definition opens on what a machine makes, its verb of
 * making right after the thing made and nothing of the customer's before
 * that verb: '"Campaign Content" means the copy and images generated by
 * the Platform from Customer Inputs' is output, though its name says
 * content; '"Party B Data" means prompts submitted by Party B and the
 * responses the Model generates' is not (the customer's comes first, by
 * its role word or its name: "data ... supplied by the Contracting
 * Authority or generated by the System from it"), nor "Customer
 * Content", a name that says whose it is.
 */
static int opens_on_made(struct roles_finder *rf, const struct roles *r, const char *term,
			 size_t tlen, const char *body, size_t blen)
{
	static const char *const verbs[] = {
		"generated", "produced", "created", "returned", "output", "generates",
		"produces", "creates", "returns", "outputs", "calculated", "calculates",
		/* After a plural machine: "the summaries the Services return to you". */
		"generate", "produce", "create", "return", "calculate",
	};
	size_t reach = blen < MADE_HEAD_REACH ? blen : MADE_HEAD_REACH, i = 0, e;

	if (name_has_word(rf, r, term, tlen, '\'', is_customer_word) || input_name(term, tlen) ||
	    names_vendor(rf, r, term, tlen) || rf_matches(rf, rf->usage_name, term, tlen) ||
	    rf_matches(rf, rf->secret_name, term, tlen))
		return 0;
	while (i < reach) {
		while (i < reach && !isalpha((unsigned char)body[i]))
			i++;
		for (e = i; e < reach && isalpha((unsigned char)body[e]); e++)
			;
		/* The customer by its role word or its name: "supplied by the Contracting Authority". */
		if (word_in(body + i, e - i, verbs, ARRAY_SIZE(verbs)))
			return !mentions_customer(rf, r, body, i);
		i = e;
	}
	return 0;
}

/* The participles that say a model was made over into another: "fine-tuned", "adapted". */
static const char *const model_tuned_words[] = {
	"fine-tuned", "finetuned", "tuned", "trained", "retrained", "re-trained", "adapted",
	"customised", "customized", "calibrated", "configured",
};

/* Bytes of a definition's head in which a version of a model is read. */
#define VERSION_HEAD_REACH 100

/* The next word of t[*i..n), letters, digits, '-' and '\'' in it; its length, 0 at none. */
static size_t next_word(const char *t, size_t n, size_t *i)
{
	size_t e;

	while (*i < n && (t[*i] == ' ' || t[*i] == ',' || t[*i] == '\t'))
		(*i)++;
	for (e = *i; e < n && (isalnum((unsigned char)t[e]) || t[e] == '-' || t[e] == '\''); e++)
		;
	return e - *i;
}

/* Whether t[s..s+n) is "model", "models", "LLM" or "LLMs", in any case. */
static int model_word(const char *t, size_t n)
{
	if (n && (t[n - 1] == 's' || t[n - 1] == 'S'))
		n--;
	return (n == 5 && !strncasecmp(t, "model", 5)) || (n == 3 && !strncasecmp(t, "llm", 3));
}

/*
 * Whether a definition opens on a version of a model that a participle
 * says was made over: "the version of the Base Model fine-tuned on Client
 * Data", "a copy of the Model adapted to your data", "each instance of
 * our language model customised for the Client".  Then it is a model,
 * whatever its name ("Client Version"), and model_reading says whose.  Not
 * a version of anything else ("the version of the Documentation"), nor a
 * plain one ("the version of the Model then in production"), nor a model
 * made over only after a clause of its own ("that Vendor later tunes"),
 * unless the clause is who makes it over and the verb, then what on ("the
 * version of the Supplier's language engine that the Supplier fine-tunes
 * on Encounter Notes").  An engine is a model by a word of learning before
 * it ("language engine"; not a "rules engine").
 */
static int version_of_model(const struct roles *r, const char *own, size_t olen)
{
	static const char *const dets[] = { "the", "a", "an", "each", "any", "every" };
	static const char *const kinds[] = {
		"version", "versions", "copy", "copies", "instance", "instances", "variant",
		"variants", "iteration", "iterations", "edition", "editions",
	};
	static const char *const of_dets[] = { "the", "a", "an", "its", "our", "their" };
	static const char *const engine_kinds[] = {
		"language", "ai", "learning", "inference", "prediction", "predictive", "neural",
	};
	/* Present tenses of model_tuned_words, after "that" and who does it. */
	static const char *const tunes[] = {
		"fine-tunes", "tunes", "trains", "retrains", "adapts", "customises", "customizes",
		"calibrates", "fine-tune", "tune", "train", "retrain", "adapt", "customise",
		"customize", "calibrate",
	};
	static const char *const whos[] = { "that", "which" };
	size_t n = olen < VERSION_HEAD_REACH ? olen : VERSION_HEAD_REACH, i = 0, w, k, prev = 0, pw = 0;

	if (!(w = next_word(own, n, &i)) || !word_in(own + i, w, dets, ARRAY_SIZE(dets)))
		return 0;
	i += w;
	if (!(w = next_word(own, n, &i)) || !word_in(own + i, w, kinds, ARRAY_SIZE(kinds)))
		return 0;
	i += w;
	if (!(w = next_word(own, n, &i)) || !word_is(own + i, w, "of"))
		return 0;
	i += w;
	/* The model: a determiner or a party's name, then up to three words before "model". */
	for (k = 0; k < 5; k++) {
		size_t j, e;

		if (!(w = next_word(own, n, &i)))
			return 0;
		/*
		 * Or a term defined as a model, by any name: "the version of the
		 * Dialogue Engine adapted, fine-tuned or retrained by ...".
		 */
		if (k && isupper((unsigned char)own[i]) &&
		    (j = term_named_at(r, own, n, i, (size_t)-1, &e)) != (size_t)-1 &&
		    r->terms[j].cls == TERM_MODEL) {
			w = e - i;
			break;
		}
		/* "the Supplier's language engine": an engine by a word of learning before it, not a rules engine. */
		if (model_word(own + i, w) ||
		    (k && (word_is(own + i, w, "engine") || word_is(own + i, w, "engines")) &&
		     word_in(own + prev, pw, engine_kinds, ARRAY_SIZE(engine_kinds))))
			break;
		prev = i;
		pw = w;
		if (k && word_in(own + i, w, of_dets, ARRAY_SIZE(of_dets)))
			return 0;
		i += w;
	}
	if (k == 5)
		return 0;
	i += w;
	/* "as fine-tuned", ", adapted", "once trained": the participle next to the model. */
	if ((w = next_word(own, n, &i)) && (word_is(own + i, w, "as") || word_is(own + i, w, "once"))) {
		i += w;
		w = next_word(own, n, &i);
	}
	if (w && word_in(own + i, w, model_tuned_words, ARRAY_SIZE(model_tuned_words)))
		return 1;
	/*
	 * "that the Supplier fine-tunes on Encounter Notes": who makes it over,
	 * in at most three words, then the verb and what it is made over on; not
	 * "that Vendor later tunes" nor "that we train from time to time".
	 */
	if (!w || !word_in(own + i, w, whos, ARRAY_SIZE(whos)))
		return 0;
	i += w;
	for (k = 0; k < 4; k++) {
		if (!(w = next_word(own, n, &i)))
			return 0;
		if (word_in(own + i, w, tunes, ARRAY_SIZE(tunes)))
			break;
		if (k == 3 || !(isupper((unsigned char)own[i]) || word_is(own + i, w, "the") ||
				 word_is(own + i, w, "we")))
			return 0;
		i += w;
	}
	i += w;
	return (w = next_word(own, n, &i)) &&
	       (word_is(own + i, w, "on") || word_is(own + i, w, "using") || word_is(own + i, w, "with"));
}

/*
 * Whether the model named at the head of a definition, ending at own[at],
 * is made over next to it: "the Base Model as fine-tuned on Client Data",
 * "the Foundation Model, adapted to your data".  Not a base model a clause
 * goes on to describe ("the pre-trained model that Vendor fine-tunes").
 */
static int tuned_after_head(const char *own, size_t olen, size_t at)
{
	size_t i = at, w;

	if ((w = next_word(own, olen, &i)) && (word_is(own + i, w, "as") || word_is(own + i, w, "once"))) {
		i += w;
		w = next_word(own, olen, &i);
	}
	return w && word_in(own + i, w, model_tuned_words, ARRAY_SIZE(model_tuned_words));
}

/*
 * The kinds of business a customer names its data after: "Clinic Data",
 * "Hospital Records", "Member Data", "Port Data".  Singular or plural.
 */
static const char *const business_words[] = {
	"clinic", "hospital", "practice", "surgery", "pharmacy", "laboratory", "bank",
	"member", "patient", "student", "pupil", "school", "university", "college", "district",
	"port", "terminal", "airport", "airline", "council", "insurer", "club", "library",
	"store", "merchant", "retailer", "utility", "institution", "employer", "hotel",
};

/* Capitalised names that are things of the contract, not a holder: "data of the Software". */
static const char *const thing_names[] = {
	"agreement", "software", "service", "services", "platform", "system", "product",
	"products", "model", "models", "documentation", "schedule", "annex", "section", "order",
	"contract", "licence", "license", "solution", "application", "portal", "project",
};

/* Whether a word of term[0..tlen), before its last, names a kind of business. */
static int business_name(const char *term, size_t tlen)
{
	size_t i = 0, e, k, m;

	while (i < tlen) {
		e = word_end(term, tlen, i);
		/*
		 * word_end reads letters only and gives back `i` on a number
		 * ("Phase 3 Interim Data") or a word too long to read: step over
		 * the whole token, or the scan below stops on it for ever.
		 */
		if (e == i)
			while (e < tlen && (isalnum((unsigned char)term[e]) || term[e] == '-'))
				e++;
		if (e >= tlen)
			return 0;	/* the last word is the data noun */
		for (k = 0; k < ARRAY_SIZE(business_words); k++) {
			m = strlen(business_words[k]);
			if ((e - i == m || (e - i == m + 1 && (term[i + m] | 0x20) == 's')) &&
			    !strncasecmp(term + i, business_words[k], m))
				return 1;
		}
		for (i = e; i < tlen && !isalnum((unsigned char)term[i]); i++)
			;
	}
	return 0;
}

/*
 * The role of the holder named at body[at]: a party's word, "its
 * patients" (the customer's own people), or one capitalised name that is
 * no thing of the contract and no longer name ("the Principal or its
 * patients", not "the European Central Bank"), read as the customer
 * where no party has that name.
 */
static enum party_role holder_at(struct roles_finder *rf, const struct roles *r, const char *body,
				 size_t blen, size_t at)
{
	size_t s, e = word_on(body, blen, at, &s), s2, e2;
	enum party_role role;

	if (word_is(body + s, e - s, "the"))
		e = word_on(body, blen, e, &s);
	if (e == s)
		return ROLE_UNKNOWN;
	if (word_is(body + s, e - s, "its") || word_is(body + s, e - s, "their")) {
		e2 = word_on(body, blen, e, &s2);
		return customer_people(body + s, e2 - s) ? ROLE_CUSTOMER : ROLE_UNKNOWN;
	}
	role = actor_role(rf, r, body + s, e - s);
	if (role != ROLE_UNKNOWN || is_customer_word(rf, r, body + s, e - s))
		return is_customer_word(rf, r, body + s, e - s) ? ROLE_CUSTOMER : role;
	if (!isupper((unsigned char)body[s]) || word_in(body + s, e - s, thing_names, ARRAY_SIZE(thing_names)))
		return ROLE_UNKNOWN;
	e2 = word_on(body, blen, e, &s2);
	if (s2 == e + 1 && e2 > s2 && isupper((unsigned char)body[s2]))
		return ROLE_UNKNOWN;
	return ROLE_CUSTOMER;
}

/* Bytes of a definition in which business_data reads who holds or gives the data. */
#define BUSINESS_REACH 200

/*
 * The role of who gives what a verb of giving at body[v] names, read in
 * the words before it: "that the Hospital provides", "the Principal shall
 * supply", "which its patients submit".  ROLE_UNKNOWN where the giving is
 * negated ("the Hospital does not provide") or no holder comes before.
 */
static enum party_role giver_before(struct roles_finder *rf, const struct roles *r,
				    const char *body, size_t n, size_t v)
{
	static const char *const aux[] = { "shall", "will", "may", "must", "can", "does", "do",
					   "to", "agrees", "agree", "also" };
	size_t ws, we = word_back(body, v, &ws), hs;

	while (we > ws && word_in(body + ws, we - ws, aux, ARRAY_SIZE(aux)))
		we = word_back(body, ws, &ws);
	if (we == ws || word_is(body + ws, we - ws, "not") || word_is(body + ws, we - ws, "never"))
		return ROLE_UNKNOWN;
	hs = ws;
	we = word_back(body, ws, &ws);
	if (we > ws && (word_is(body + ws, we - ws, "the") || word_is(body + ws, we - ws, "its") ||
			word_is(body + ws, we - ws, "their")))
		hs = ws;
	return holder_at(rf, r, body, n, hs);
}

/*
 * Whether a data term named after the customer's kind of business is its
 * data by the definition: "all image data ... of the Principal or its
 * patients", "data made available by the Hospital or its patients",
 * "information that members provide" is read elsewhere.  The data of a
 * holder ("of") or given by one ("provided by", "made available by")
 * who is not the vendor; never what the vendor gives, nor what comes
 * from third parties or public sources or is de-identified.  A byte scan:
 * no regex runs.
 */
static int business_data(struct roles_finder *rf, const struct roles *r, const char *term,
			 size_t tlen, const char *body, size_t blen, enum def_side side)
{
	static const char *const gives[] = {
		"provided", "supplied", "submitted", "uploaded", "transmitted", "delivered",
		"disclosed", "furnished", "available", "entered", "generated", "created",
		"collected", "owned", "held", "controlled",
	};
	/* The active forms, the giver before: "that the Hospital provides". */
	static const char *const give[] = {
		"provides", "provide", "supplies", "supply", "submits", "submit", "uploads", "upload",
		"transmits", "transmit", "delivers", "deliver", "discloses", "disclose", "furnishes",
		"furnish",
	};
	size_t n = blen < BUSINESS_REACH ? blen : BUSINESS_REACH, i, ws, we;
	int hit = 0;

	/* '... provided by the Hospital (hereinafter "Clinic Data")': the words next to the term. */
	if (side != DEF_AFTER)
		body += blen - n;
	if (!business_name(term, tlen) ||
	    word_start_in(body, n, not_customers_people, ARRAY_SIZE(not_customers_people)))
		return 0;
	for (i = 1; i + 3 < n; i++) {
		enum party_role role;
		int of;

		if (body[i - 1] == ' ' && isalpha((unsigned char)body[i]) &&
		    strncasecmp(body + i, "of ", 3) && strncasecmp(body + i, "by ", 3)) {
			we = word_end(body, n, i);
			if (we < n && !isalnum((unsigned char)body[we]) &&
			    word_in(body + i, we - i, give, ARRAY_SIZE(give))) {
				role = giver_before(rf, r, body, n, i);
				if (role == ROLE_VENDOR)
					return 0;
				hit |= role == ROLE_CUSTOMER;
			}
			i = we;
			continue;
		}
		if (body[i - 1] != ' ' || !((of = !strncasecmp(body + i, "of ", 3)) ||
					    !strncasecmp(body + i, "by ", 3)))
			continue;
		we = word_back(body, i, &ws);
		if (we == ws || (of ? !rf_matches(rf, rf->data_noun, body + ws, we - ws) :
				 !word_in(body + ws, we - ws, gives, ARRAY_SIZE(gives))))
			continue;
		role = holder_at(rf, r, body, n, i + 3);
		/* "data made available by the Contractor": the vendor's, whatever its name. */
		if (role == ROLE_VENDOR && !of)
			return 0;
		hit |= role == ROLE_CUSTOMER;
	}
	return hit;
}

/*
 * Whether a name ends on "Material" in the singular, as UK and public
 * drafting names what the customer supplies ("Authority Material"), or on
 * a mass noun for pictures taken ("Customer Imagery", "Field Footage"): a
 * data name like "Materials", read by what the definition says is
 * supplied.  (Not "Photos": "Patient Photos" is read by who sends them.)
 */
static int material_name(const char *term, size_t tlen)
{
	/* Each ends in 'l', 'y' or 'e': most names are told by their last byte. */
	static const struct { const char *s; size_t n; } names[] = {
		{ "material", 8 }, { "imagery", 7 }, { "footage", 7 },
	};
	size_t i;
	int last;

	if (!tlen)
		return 0;
	last = tolower((unsigned char)term[tlen - 1]);
	if (last != 'l' && last != 'y' && last != 'e')
		return 0;
	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (tlen > names[i].n && term[tlen - names[i].n - 1] == ' ' &&
		    !strncasecmp(term + tlen - names[i].n, names[i].s, names[i].n))
			return 1;
	return 0;
}

/*
 * Whether, at some place in body[0..n) where `frag` is found (by its byte
 * `key`), the word before it (`before`: past "automatically") or the word
 * it falls in is one of `words`: the check at each find that lets a reader
 * split a definition into words only where its verb is there.
 */
static int frag_word_in(const char *body, size_t n, const char *frag, size_t key, int before,
			const char *const *words, size_t nwords)
{
	size_t at = 0, s, e;

	while ((at = text_find(body, n, at, frag, key)) < n) {
		if (before) {
			e = word_back(body, at, &s);
			if (word_is(body + s, e - s, "automatically"))
				e = word_back(body, s, &s);
			/* Every participle read ends so ("provided", "taken", "sent"): most words before "by" do not. */
			if (e == s || (body[e - 1] != 'd' && body[e - 1] != 'n' && body[e - 1] != 't')) {
				at++;
				continue;
			}
		} else {
			for (s = at; s > 0 && isalpha((unsigned char)body[s - 1]); s--)
				;
			for (e = at; e < n && isalpha((unsigned char)body[e]); e++)
				;
		}
		if (e > s && word_in(body + s, e - s, words, nwords))
			return 1;
		at++;
	}
	return 0;
}

/*
 * Whether the machine word w[m] of a definition's words (split by
 * clause_words from a text that ends at `end`) names a person, not a
 * machine: it opens a party's alias ("drafted by the Service Provider",
 * where the vendor is so called) or stands before a noun of a business or
 * its people ("the System Integrator", "the Platform Operator", "the
 * Service Desk").
 */
static int machine_word_names_a_party(const struct roles *r, const char *const *ws,
				      const size_t *wls, size_t m, size_t nw, const char *end)
{
	static const char *const persons[] = {
		"provider", "providers", "operator", "operators", "vendor", "vendors", "supplier",
		"suppliers", "company", "companies", "integrator", "integrators", "owner", "owners",
		"developer", "developers", "partner", "partners", "manager", "managers",
		"administrator", "administrators", "contractor", "contractors", "consultant",
		"consultants", "team", "teams", "staff", "personnel", "engineer", "engineers",
		"desk", "user", "users", "licensor", "licensee", "customer", "customers"
	};
	const char *w = ws[m];
	size_t i, n, rest = (size_t)(end - w);

	if (m + 1 < nw && word_in(ws[m + 1], wls[m + 1], persons, ARRAY_SIZE(persons)))
		return 1;
	for (i = 0; i < r->nparties; i++) {
		n = strlen(r->parties[i].alias);
		if (n && n <= rest && !strncasecmp(w, r->parties[i].alias, n) &&
		    (n == rest || !isalnum((unsigned char)w[n])))
			return 1;
	}
	return 0;
}

/*
 * Words of a definition's first clause in which machine_makes_head reads
 * its verb, and the bytes at its head in which it and customer_made_head
 * look for a verb before they split the words: an active verb in the
 * first HEAD_VERB_BYTES, a participle before "by" in the first
 * HEAD_AGENT_BYTES ("the continuous stream of real-time payment and
 * settlement transactions transmitted by the Client", where the head is
 * long; a pass for "by" is cheap, one for words ending in "s" is not).
 */
#define MACHINE_VERB_WORDS 16
#define HEAD_VERB_BYTES 72
#define HEAD_AGENT_BYTES 160

/*
 * Whether the first clause of body[0..n) ends on one of `words`: "the
 * answers the chat assistant writes." (the readers of a verb look for it
 * before a space).  Read to the first full stop or semicolon.
 */
static int clause_ends_on(const char *body, size_t n, const char *const *words, size_t nwords)
{
	const char *dot = memchr(body, '.', n), *semi;
	size_t ce, vs, ve;

	if (dot)
		n = (size_t)(dot - body);
	semi = memchr(body, ';', n);
	ce = semi ? (size_t)(semi - body) : dot ? n : 0;
	if (!ce || body[ce - 1] != 's')
		return 0;
	ve = word_back(body, ce, &vs);
	return ve > vs && word_in(body + vs, ve - vs, words, nwords);
}

/*
 * Whether the first clause of a "means" definition says a machine of the
 * vendor's makes what it defines by a verb of writing or judging that the
 * readers of "generates" do not take: "the replies the Service drafts for
 * the Client's agents", "the ratings the Platform assigns to each claim",
 * "the labels applied by the Service to Client Data", "the flags raised by
 * the System against each record", "the answers written by the
 * Assistant", "the route recommendations that the Routing Agent issues to
 * the Company's dispatchers" ("issues" only before "to" or "for"); to assign or apply makes output only of a judgement (a
 * score, rating, label, flag ...): "the rules applied by the Platform" and
 * "the tasks the Platform assigns to agents" are no output.  The machine
 * is a word for one (service, platform, system, engine, model, classifier
 * ...) right before the verb, past "may", "will" or "automatically", or
 * after "by" right after a participle; not one the customer's possessive
 * names ("the flags the Client's system raises" are its own), nor past
 * "not", nor a word that names a person ("the plan drafted by the Service
 * Provider", "the System Integrator").  What is taken from the customer
 * ("extracts", "collects") is no such verb.  An active verb must stand in
 * the first HEAD_VERB_BYTES bytes, "by" after a participle in the first
 * HEAD_AGENT_BYTES.
 */
static int machine_makes_head(struct roles_finder *rf, const struct roles *r, const char *body,
			      size_t blen)
{
	static const char *const active[] = {
		"drafts", "assigns", "applies", "raises", "writes", "proposes", "suggests",
		"composes", "renders", "predicts", "estimates", "infers", "recommends", "translates",
		"transcribes", "summarises", "summarizes", "flags", "scores", "labels", "classifies",
		"issues"
	};
	static const char *const passive[] = {
		"drafted", "assigned", "applied", "raised", "written", "proposed", "suggested",
		"composed", "rendered", "predicted", "estimated", "inferred", "recommended",
		"translated", "transcribed", "summarised", "summarized", "flagged", "scored",
		"labelled", "labeled", "classified"
	};
	static const char *const machines[] = {
		"service", "services", "platform", "system", "systems", "engine", "model", "models",
		"classifier", "algorithm", "software", "tool", "assistant", "application", "solution",
		"api", "ai", "chatbot", "bot", "agent", "network", "detector", "copilot"
	};
	/* Verbs of what is also done to things given: "the tasks the Platform assigns to agents". */
	static const char *const routed[] = { "assigns", "applies", "assigned", "applied" };
	/* ... which make output only of a judgement: "the ratings the Platform assigns". */
	static const char *const judged[] = {
		"score", "scores", "rating", "ratings", "label", "labels", "tag", "tags", "flag",
		"flags", "grade", "grades", "classification", "classifications", "category",
		"categories", "annotation", "annotations", "codes"
	};
	static const char *const aux[] = { "may", "will", "shall", "can", "automatically", "then" };
	static const char *const dets[] = { "the", "its", "our", "such", "any", "each" };
	/*
	 * Looked for before the words are split: " by " after a participle of
	 * the list for the passive, and a word that ends in "s " for the
	 * active, as every verb of the list does (one memchr pass for all of
	 * them).  Most definitions hold neither; the others are read word by
	 * word.
	 */
	const char *w[MACHINE_VERB_WORDS];
	size_t wl[MACHINE_VERB_WORDS], nw, i, m;

	{
		size_t n = blen < HEAD_VERB_BYTES ? blen : HEAD_VERB_BYTES;

		if (!frag_word_in(body, blen < HEAD_AGENT_BYTES ? blen : HEAD_AGENT_BYTES, " by ", 1, 1,
				  passive, ARRAY_SIZE(passive)) &&
		    !frag_word_in(body, n, "s ", 0, 0, active, ARRAY_SIZE(active)) &&
		    !clause_ends_on(body, n, active, ARRAY_SIZE(active)))
			return 0;
	}
	nw = clause_words(body, blen, 1, w, wl, ARRAY_SIZE(w));
	for (i = 1; i < nw; i++) {
		int act = word_in(w[i], wl[i], active, ARRAY_SIZE(active));

		if (!act && !word_in(w[i], wl[i], passive, ARRAY_SIZE(passive)))
			continue;
		/* "issues to the Client's dispatchers", not the noun: "the Service issues reported". */
		if (word_is(w[i], wl[i], "issues") &&
		    !(i + 1 < nw && (word_is(w[i + 1], wl[i + 1], "to") || word_is(w[i + 1], wl[i + 1], "for"))))
			continue;
		if (word_in(w[i], wl[i], routed, ARRAY_SIZE(routed))) {
			size_t k;

			for (k = 0; k < i && !word_in(w[k], wl[k], judged, ARRAY_SIZE(judged)); k++)
				;
			if (k == i)
				continue;
		}
		if (act) {
			for (m = i - 1; m > 0 && word_in(w[m], wl[m], aux, ARRAY_SIZE(aux)); m--)
				;
		} else {
			/* "applied by the Service", "raised automatically by the System" */
			m = i + 1;
			if (m < nw && word_is(w[m], wl[m], "automatically"))
				m++;
			if (m >= nw || !word_is(w[m], wl[m], "by"))
				continue;
			/* Past a party so named: "by the Service Provider's AI assistant". */
			for (m++; m < nw && m <= i + 5 &&
				  !(word_in(w[m], wl[m], machines, ARRAY_SIZE(machines)) &&
				    !machine_word_names_a_party(r, w, wl, m, nw, body + blen)); m++)
				;
			if (m >= nw || m > i + 5)
				continue;
		}
		if (!word_in(w[m], wl[m], machines, ARRAY_SIZE(machines)) ||
		    machine_word_names_a_party(r, w, wl, m, nw, body + blen))
			continue;
		/* Whose machine: the words between its determiner and it. */
		{
			size_t k, lo = m > 3 ? m - 3 : 0;
			int owned = 0, det = 0;

			for (k = m; k > lo && !det; k--) {
				det = word_in(w[k - 1], wl[k - 1], dets, ARRAY_SIZE(dets));
				if (is_customer_word(rf, r, w[k - 1], wl[k - 1]) ||
				    word_is(w[k - 1], wl[k - 1], "your") || word_is(w[k - 1], wl[k - 1], "not"))
					owned = 1;
			}
			if (!owned && det && !(i > 0 && word_is(w[i - 1], wl[i - 1], "not")))
				return 1;
		}
	}
	return 0;
}

/* Whether a word of text[0..n), split at any mark ("machine-learning"), is in `words`. */
static int any_word_in(const char *text, size_t n, const char *const *words, size_t nwords)
{
	size_t i = 0, s;

	while (i < n) {
		while (i < n && !isalnum((unsigned char)text[i]))
			i++;
		for (s = i; i < n && isalnum((unsigned char)text[i]); i++)
			;
		if (i > s && word_in(text + s, i - s, words, nwords))
			return 1;
	}
	return 0;
}

/*
 * Whether a "means" definition opens on a model by a name other than
 * "model": a determiner, at most four words, then a neural network, a
 * classifier or an algorithm ("the neural network trained by Supplier on
 * ...", "the machine-learning algorithm configured for the Client", "a
 * gradient-boosted classifier").  rf->model_head reads "model" and its
 * weights; these heads say what a model is without the word.  Not what is
 * about or for one: the head ends the words read, and a word of a paper or
 * a grant after it ("the classifier outputs", "algorithm licence") or a
 * preposition or pronoun before it ("requests about the classifier") stops
 * the reading.  A network needs "neural" before it: "the network of
 * clinics" is no model; an algorithm a word of learning in the words
 * read ("the machine-learning algorithm", "the algorithm Vendor trains"):
 * "the algorithm set out in Schedule 3 for calculating the Fees" is a
 * formula.
 */
static int opens_on_model_kind(const char *own, size_t olen)
{
	/*
	 * An algorithm is also a formula or a method of calculating ("the
	 * algorithm set out in Schedule 3 for calculating the Fees"): a model
	 * only with a word of learning near it.
	 */
	static const char *const learning[] = {
		"ai", "ml", "artificial", "neural", "learning", "learned", "learnt", "trained",
		"trains", "training", "predictive", "predicts", "model", "models"
	};
	static const char *const dets[] = { "the", "a", "an", "any", "all", "our", "its", "each" };
	static const char *const stops[] = {
		"of", "for", "to", "from", "with", "by", "in", "on", "and", "or", "that", "which",
		"our", "its", "their", "your", "we", "you", "the", "about", "regarding"
	};
	static const char *const heads[] = {
		"classifier", "classifiers", "algorithm", "algorithms", "network", "networks"
	};
	static const char *const papers[] = {
		"card", "cards", "licence", "license", "licences", "licenses", "documentation",
		"outputs", "output", "results", "provider", "providers", "developer", "developers",
		"vendor", "vendors", "agreement", "terms", "policy", "specification",
		"specifications", "report", "reports", "scores", "predictions"
	};
	static const struct frag frags[] = { { "lassif", 5 }, { "lgorithm", 1 }, { "eural ", 1 } };
	size_t i = 0, s, e, k, ps = 0, pe = 0;

	while (i < olen && (isspace((unsigned char)own[i]) || own[i] == ',' || own[i] == ':'))
		i++;
	if ((e = word_on(own, olen, i, &s)) == s || !word_in(own + s, e - s, dets, ARRAY_SIZE(dets)) ||
	    !has_frag(own, olen, olen, frags, ARRAY_SIZE(frags)))
		return 0;
	for (k = 0; k <= 4; k++) {
		i = e;
		while (i < olen && own[i] == ' ')
			i++;
		/* A comma or any other mark ends the head: "the platform, including the algorithm". */
		if (i == e || (e = word_on(own, olen, i, &s)) == s)
			return 0;
		while (e < olen && (isalnum((unsigned char)own[e]) || own[e] == '-'))
			e++;
		if (word_in(own + s, e - s, stops, ARRAY_SIZE(stops)))
			return 0;
		if (word_in(own + s, e - s, heads, ARRAY_SIZE(heads))) {
			size_t as, ae, a = e;

			if (tolower((unsigned char)own[s]) == 'n' && !(pe > ps && word_is(own + ps, pe - ps, "neural")))
				return 0;
			if (tolower((unsigned char)own[s]) == 'a' && !any_word_in(own, olen, learning, ARRAY_SIZE(learning)))
				return 0;
			while (a < olen && own[a] == ' ')
				a++;
			ae = word_on(own, olen, a, &as);
			return a == e || ae == as || !word_in(own + as, ae - as, papers, ARRAY_SIZE(papers));
		}
		ps = s, pe = e;
	}
	return 0;
}

/* Words of machine learning in a model's definition: "trained", "recognition", "neural". */
static const char *const learning_words[] = {
	"ai", "ml", "artificial", "neural", "learning", "learned", "trained", "training",
	"fine-tuned", "tuned", "recognition", "classification", "predictive", "prediction",
	"language", "vision", "inference",
};

/* Bytes of a definition's head that opens_on_model_words reads, and its words at most. */
#define MODEL_WORDS_REACH 160
#define MODEL_WORDS_MAX 14
/* Bytes in which a word of a model or its weights must stand for the head to be read. */
#define MODEL_GATE_REACH 100

/* A word of t[at..n): letters, figures, hyphens, apostrophes (also curly). */
static size_t model_word_end(const char *t, size_t n, size_t at)
{
	while (at < n && (isalnum((unsigned char)t[at]) || t[at] == '-' || t[at] == '\'' ||
			  (unsigned char)t[at] >= 0x80))
		at++;
	return at;
}

/* Whether w[0..n) ends on a possessive: "LICENSOR's", "Provider’s". */
static int possessive_word(const char *w, size_t n)
{
	return (n > 2 && w[n - 2] == '\'' && (w[n - 1] | 0x20) == 's') ||
	       (n > 4 && !memcmp(w + n - 4, "\xE2\x80\x99", 3) && (w[n - 1] | 0x20) == 's');
}

/*
 * Whether the word that ends an item of a list names a thing of its own,
 * not a kind of model: a plural ("materials, tools and base models") or a
 * mass noun ("software, data and models").  "claims triage", "fraud
 * propensity", "statistical" are kinds.
 */
static int item_names_a_thing(const char *w, size_t n)
{
	static const char *const mass[] = {
		"software", "code", "data", "documentation", "hardware", "content", "information",
		"know-how", "tooling", "technology", "material", "equipment", "ip", "tool", "dataset",
		"corpus", "pipeline", "library", "api", "service", "platform", "system",
		"application", "algorithm", "network", "model", "weights", "documents", "infrastructure"
	};
	char a, b;

	if (word_in(w, n, mass, ARRAY_SIZE(mass)))
		return 1;
	if (n < 4 || (w[n - 1] | 0x20) != 's' || possessive_word(w, n))
		return 0;
	a = (char)(w[n - 2] | 0x20);
	b = (char)(w[n - 3] | 0x20);
	/* "analytics", "process", "corpus", "analysis": no plurals. */
	return a != 's' && a != 'u' && !(a == 'i' && n > 4) && !(a == 'c' && b == 'i');
}

/* Whether w[0..n) is a word of training: "trained", "fine-tuning", "custom-tuning", "learned". */
static int training_word(const char *w, size_t n)
{
	static const char *const starts[] = { "train", "retrain", "re-train", "tun", "fine-tun",
					      "learn", "calibrat" };
	size_t i, k;

	for (i = 0; i < ARRAY_SIZE(starts); i++) {
		k = strlen(starts[i]);
		if (n >= k && !strncasecmp(w, starts[i], k))
			return 1;
	}
	/* "custom-tuning", "self-trained": the part after a hyphen. */
	for (k = 1; k + 3 < n; k++)
		if (w[k - 1] == '-' && (!strncasecmp(w + k, "tun", 3) || !strncasecmp(w + k, "train", 5)))
			return 1;
	return 0;
}

/*
 * Whether a "means" definition opens on models by a head rf->model_head
 * does not read: kinds of model joined by commas, "and" or "or" before
 * one "models" ("the claims triage, motor damage estimation and fraud
 * propensity models developed ...", "the Licensor's statistical and
 * machine-learning models"), or a set of a model's weights ("a set of
 * adapter weights produced by the Services' custom-tuning feature", "each
 * set of model weights ... produced by training the Base Model", "the set
 * of parameters of the Yield Engine", a model term).  Not a list of things
 * one of which is models ("materials, tools and base models", "software,
 * data and models"), nor weights with no word of a model or of training
 * near them ("the weights given to each award criterion"), nor a paper
 * about models ("the models cards").  The first stop word ("of", "for",
 * "that") ends the reading: most definitions end it in a word or two.
 */
static int opens_on_model_words(const struct roles *r, const char *body, size_t blen)
{
	static const char *const dets[] = { "the", "a", "an", "any", "all", "our", "its", "their",
					    "each", "every" };
	static const char *const stops[] = {
		"of", "for", "to", "from", "with", "by", "in", "on", "that", "which", "the", "your",
		"we", "you", "including", "as", "is", "are", "under", "other", "not", "no"
	};
	static const char *const joins[] = { "and", "or", "and/or" };
	static const char *const models[] = { "model", "models", "llms" };
	static const char *const weights[] = { "weights", "parameters", "checkpoint", "checkpoints",
					       "adapters" };
	static const char *const model_kinds[] = { "model", "adapter", "lora", "trained", "tuned",
						   "fine-tuned", "learned", "neural" };
	static const char *const papers[] = {
		"card", "cards", "licence", "license", "licences", "licenses", "agreement", "terms",
		"documentation", "provider", "providers", "outputs", "output", "developer", "developers",
		"vendors", "inference", "server", "servers", "software", "runtime"
	};
	/* Looked for first: most definitions hold no word of a model or its weights ("model" takes in "models"). */
	static const struct frag frags[] = {
		{ "model", 0 }, { "weights", 0 }, { "checkpoint", 4 }, { "parameters", 4 }
	};
	size_t n = blen < MODEL_WORDS_REACH ? blen : MODEL_WORDS_REACH, i = 0, s, e, k;
	size_t ls = 0, le = 0;
	int joined = 0, set_of = 0, kind = 0;

	while (i < n && (isspace((unsigned char)body[i]) || body[i] == ',' || body[i] == ':'))
		i++;
	e = model_word_end(body, n, i);
	if (e == i || !word_in(body + i, e - i, dets, ARRAY_SIZE(dets)) ||
	    !has_frag(body, n, MODEL_GATE_REACH, frags, ARRAY_SIZE(frags)))
		return 0;
	for (k = 0; k < MODEL_WORDS_MAX; k++) {
		for (i = e; i < n && body[i] == ' '; i++)
			;
		if (i < n && body[i] == ',') {
			/* A comma ends an item of the list. */
			if (le == ls || item_names_a_thing(body + ls, le - ls))
				return 0;
			joined = 1;
			ls = le = 0;
			e = i + 1;
			continue;
		}
		s = i;
		e = model_word_end(body, n, s);
		if (e == s)
			return 0;
		if (word_in(body + s, e - s, joins, ARRAY_SIZE(joins))) {
			if (le > ls && item_names_a_thing(body + ls, le - ls))
				return 0;
			joined = 1;
			ls = le = 0;
			continue;
		}
		/*
		 * "a set of adapter weights": the set is of what follows; also as
		 * an item's first word, "each adaptation layer and set of model
		 * parameters".
		 */
		if ((k == 0 || (joined && le == ls)) &&
		    (word_is(body + s, e - s, "set") || word_is(body + s, e - s, "sets"))) {
			size_t os, oe = word_on(body, n, e, &os);

			if (!word_is(body + os, oe - os, "of"))
				return 0;
			set_of = 1;
			e = oe;
			continue;
		}
		if (word_in(body + s, e - s, weights, ARRAY_SIZE(weights))) {
			size_t j, ws, we;

			if (joined && !set_of)
				return 0;
			if (kind)
				return 1;
			/* "the set of parameters of the Yield Engine": of a model term. */
			j = word_on(body, n, e, &ws);
			if (word_is(body + ws, j - ws, "of")) {
				size_t te;

				j = word_on(body, n, j, &ws);
				if (word_is(body + ws, j - ws, "the") || word_is(body + ws, j - ws, "each"))
					word_on(body, n, j, &ws);
				j = term_named_at(r, body, blen, ws, (size_t)-1, &te);
				if (j != (size_t)-1 && r->terms[j].cls == TERM_MODEL)
					return 1;
			}
			/* Else a word of training after them: "produced by training the Base Model". */
			for (ws = e; ws < n; ws = we) {
				while (ws < n && !isalnum((unsigned char)body[ws]))
					ws++;
				we = model_word_end(body, n, ws);
				if (we == ws)
					break;
				if (training_word(body + ws, we - ws))
					return set_of || !word_is(body + s, e - s, "parameters");
			}
			return 0;
		}
		if (word_in(body + s, e - s, models, ARRAY_SIZE(models))) {
			size_t as, ae = word_on(body, n, e, &as);

			/* "model weights": a kind of weights. */
			if (word_in(body + as, ae - as, weights, ARRAY_SIZE(weights))) {
				kind = 1;
				ls = s;
				le = e;
				continue;
			}
			if (!joined || (le > ls && item_names_a_thing(body + ls, le - ls)))
				return 0;
			/*
			 * One "model" after a list of kinds is a model of learning
			 * only with a word of it in the head or right after ("model
			 * trained by"): "the speech
			 * recognition and incident-classification model ... trained
			 * by", not "the staffing and delivery model".
			 */
			if (word_is(body + s, e - s, "model") &&
			    !any_word_in(body, e + 24 < n ? e + 24 : n, learning_words,
					 ARRAY_SIZE(learning_words)))
				return 0;
			return ae == as || !word_in(body + as, ae - as, papers, ARRAY_SIZE(papers));
		}
		if (word_in(body + s, e - s, stops, ARRAY_SIZE(stops)))
			return 0;
		if (word_in(body + s, e - s, model_kinds, ARRAY_SIZE(model_kinds)))
			kind = 1;
		ls = s;
		le = e;
	}
	return 0;
}

/* Bytes of a definition's first clause in which made_by_model_term looks for " by ". */
#define MODEL_MAKER_REACH 120

/*
 * Whether a "means" definition says a term the contract defines as a
 * model makes what it defines: "text produced by any Tuned Checkpoint",
 * "the ranked results served by the Ranking Engine", "scores generated by
 * the Bespoke Engines".  The participle next to " by " (or one of a list
 * before it: "designed or predicted by"), the model term after it; in the
 * definition's first clause.  A model's name says whose machine it is:
 * the rules read what a model makes as output.
 */
static int made_by_model_term(const struct roles *r, const char *body, size_t blen)
{
	static const char *const made[] = {
		"generated", "produced", "created", "returned", "output", "served", "predicted",
		"computed", "calculated", "assigned", "drafted", "written", "inferred", "estimated",
		"synthesised", "synthesized", "rendered", "suggested", "recommended", "made",
		"detected", "identified", "flagged", "raised", "determined", "classified"
	};
	static const char *const dets[] = { "the", "any", "a", "an", "each", "its", "our", "such" };
	size_t n = blen < MODEL_MAKER_REACH ? blen : MODEL_MAKER_REACH, at = 0, j, e, s, k;

	while ((at = text_find(body, n, at, " by ", 1)) < n) {
		size_t vs, ve, ws;
		int verb;

		at += 4;
		/* A capital after "by" (and a determiner) first: most "by"s name no term. */
		e = word_on(body, n, at, &s);
		k = s;
		if (word_in(body + s, e - s, dets, ARRAY_SIZE(dets)))
			word_on(body, n, e, &k);
		if (k >= n || !isupper((unsigned char)body[k]))
			continue;
		ve = word_back(body, at - 4, &vs);
		verb = word_in(body + vs, ve - vs, made, ARRAY_SIZE(made));
		/* "generated or predicted by": the verb before "or". */
		if (!verb && (word_is(body + vs, ve - vs, "or") || word_is(body + vs, ve - vs, "and"))) {
			ve = word_back(body, vs, &ws);
			verb = word_in(body + ws, ve - ws, made, ARRAY_SIZE(made));
		}
		/* In the first clause: the full stop or semicolon looked for only now, on a find. */
		/* The term may run past the reach, which bounds only where "by" stands. */
		if (verb && (j = term_named_at(r, body, blen, k, (size_t)-1, &e)) != (size_t)-1 &&
		    r->terms[j].cls == TERM_MODEL)
			return !memchr(body, '.', k) && !memchr(body, ';', k);
	}
	return 0;
}

/* Whether the word `w` (lower case) stands at t[at..n), a whole word. */
static int word_is_at(const char *t, size_t n, size_t at, const char *w)
{
	size_t k = strlen(w);

	return at + k <= n && !memcmp(t + at, w, k) && (at + k == n || !isalnum((unsigned char)t[at + k]));
}

/*
 * Whether a definition says what it defines is what a term the contract
 * defines as a model gives: "classifications, scores and other results of
 * the Classifier", "the predictions of any Scoring Model".  A word of
 * results before "of" or "from", the model term after it; in the first
 * clause.  Asked of a name that says output ("Outputs"), and with
 * `judgements` of one that says neither output nor data, where words of
 * a judgement count too: '"Verdicts" means the accept and reject
 * decisions of the Inspection System'.
 */
static int results_of_model_term(const struct roles *r, const char *body, size_t blen,
				 int judgements)
{
	static const char *const results[] = {
		"results", "result", "outputs", "output", "predictions", "scores", "inferences",
		"responses", "classifications", "recommendations", "estimates"
	};
	/* With `judgements`, for a name that says neither output nor data: "the decisions of". */
	static const char *const judged[] = {
		"decisions", "decision", "determinations", "verdicts", "ratings", "flags", "alerts",
		"detections", "forecasts", "rankings", "assessments", "labels", "findings"
	};
	static const char *const dets[] = { "the", "any", "a", "an", "each", "its", "our", "such" };
	size_t n = blen < MODEL_MAKER_REACH ? blen : MODEL_MAKER_REACH, at, j, e, s, k;
	const char *stop = memchr(body, '.', n);

	if (stop)
		n = (size_t)(stop - body);
	if ((stop = memchr(body, ';', n)) != NULL)
		n = (size_t)(stop - body);
	for (at = 0; at < n; at++) {
		size_t vs, ve;

		if (body[at] != ' ' ||
		    !(word_is_at(body, n, at + 1, "of") || word_is_at(body, n, at + 1, "from")))
			continue;
		ve = word_back(body, at, &vs);
		if (!word_in(body + vs, ve - vs, results, ARRAY_SIZE(results)) &&
		    !(judgements && word_in(body + vs, ve - vs, judged, ARRAY_SIZE(judged))))
			continue;
		e = word_on(body, n, body[at + 1] == 'o' ? at + 3 : at + 5, &s);
		k = s;
		if (word_in(body + s, e - s, dets, ARRAY_SIZE(dets)))
			word_on(body, n, e, &k);
		if (k < n && isupper((unsigned char)body[k]) &&
		    (j = term_named_at(r, body, n, k, (size_t)-1, &e)) != (size_t)-1 &&
		    r->terms[j].cls == TERM_MODEL)
			return 1;
	}
	return 0;
}

/*
 * How many of the words w[k..nw) (split by clause_words) the customer's
 * possessive takes: 1 for "your" or "Client's", 2 for "Client’s" (a curly
 * apostrophe splits "Client" from "s"), 0 where w[k] is none.
 */
static size_t customer_possessive_words(struct roles_finder *rf, const struct roles *r,
					const char *const *w, const size_t *wl, size_t k, size_t nw)
{
	if (k >= nw)
		return 0;
	if (word_is(w[k], wl[k], "your"))
		return 1;
	if (wl[k] > 2 && w[k][wl[k] - 2] == '\'' && w[k][wl[k] - 1] == 's')
		return is_customer_word(rf, r, w[k], wl[k]) ? 1 : 0;
	if (k + 1 < nw && wl[k + 1] == 1 && tolower((unsigned char)w[k + 1][0]) == 's' &&
	    w[k + 1] == w[k] + wl[k] + 3 && !memcmp(w[k] + wl[k], "\xE2\x80\x99", 3))
		return is_customer_word(rf, r, w[k], wl[k]) ? 2 : 0;
	return 0;
}

/* Words at the head of a "means" definition in which customer_made_head reads its verb. */
#define CUSTOMER_MADE_WORDS 24

/*
 * Whether the head of a "means" definition says the customer gives the
 * thing or it is captured by the customer or at its places, whatever the
 * thing is called: "the stream of payment transactions transmitted by the
 * Client to the Supplier", "the photographs taken by the Client's
 * engineers", "the audio recordings of calls captured at the Client's
 * contact centres".  A participle of giving with the customer its agent
 * ("by the Client", not "by the Client's auditors"); one of capturing with
 * the customer or its people as agent, or, after "captured" or "recorded"
 * only (for speed), the customer's place after "at", "in", "on", "from" or
 * "within" (not its name, behalf, request or account).  The customer's
 * possessive is read in each spelling ("Client's", "Client’s", "your").
 * Not things that are no data, named before the participle ("the coupons
 * or vouchers provided by the Client", "samples", "units", "materials" a
 * data name would say).  Never past "not" or "never", nor where the vendor
 * captures it on its own ("captured by the Supplier at the Client's sites"
 * is read by captured_from_customer).  "by" after the participle must
 * stand in the first HEAD_AGENT_BYTES bytes, a verb of capturing with a
 * place in the first HEAD_VERB_BYTES.
 */
static int customer_made_head(struct roles_finder *rf, const struct roles *r, const char *body,
			      size_t blen)
{
	/*
	 * The participles read, in one list for the look before the words are
	 * split: the first NGIVES of giving, the others of capturing.  NGIVES
	 * is counted from GIVES, so a verb added to either cannot be misread.
	 */
#define GIVES "transmitted", "submitted", "uploaded", "sent", "supplied", "provided", \
	"delivered", "furnished", "disclosed", "input", "inputted", "entered", "shared", \
	"imported", "transferred", "exported"
	static const char *const made[] = {
		GIVES,
		"taken", "captured", "recorded", "collected", "photographed", "filmed", "scanned",
		"measured", "logged", "compiled"
	};
	enum { NGIVES = sizeof((const char *const[]){ GIVES }) / sizeof(const char *) };
#undef GIVES
	static const char *const ats[] = { "at", "in", "on", "from", "within", "across" };
	static const char *const people[] = {
		"staff", "employees", "engineers", "personnel", "users", "clinicians", "agents",
		"workers", "technicians", "nurses", "doctors", "teachers", "officers", "operators",
		"inspectors", "drivers", "members", "contractors"
	};
	static const char *const not_places[] = {
		"name", "names", "behalf", "request", "requests", "instructions", "direction",
		"discretion", "expense", "cost", "account", "accounts", "option", "favour", "favor",
		"invoice", "invoices", "agreement", "order", "orders"
	};
	/* Things given that are no data: "the coupons provided by the Client", "the units supplied". */
	static const char *const goods[] = {
		"coupons", "vouchers", "samples", "units", "goods", "products", "funds", "payments",
		"amounts", "inventory", "equipment", "devices", "hardware", "vehicles", "premises",
		"space", "facilities", "personnel", "staff", "materials", "supplies", "parts",
		"components", "prototypes", "specimens", "tickets", "prizes", "gifts", "monies",
		/* Commodities a carrier takes in: "Gas delivered by or on behalf of Customer". */
		"gas", "oil", "crude", "water", "fuel", "electricity", "energy", "cargo", "freight",
		"shipments", "parcels", "packages", "volumes", "barrels", "product"
	};
	/*
	 * Looked for first: " by " after a participle of the lists for the
	 * agent, a possessive and a verb of capturing for the place.
	 */
	static const struct frag frags[] = {
		{ "'s ", 0 }, { "\xE2\x80\x99s ", 0 }, { "your ", 0 }
	};
	/* The capturing verbs read with a place, by a rare byte of each. */
	/* (Two only: each verb looked for costs every definition a memchr.) */
	static const struct frag placed[] = { { "captured ", 3 }, { "recorded ", 2 } };
	const char *w[CUSTOMER_MADE_WORDS];
	size_t wl[CUSTOMER_MADE_WORDS], nw, i, k, n;

	{
		size_t hn = blen < HEAD_VERB_BYTES ? blen : HEAD_VERB_BYTES;

		if (!frag_word_in(body, blen < HEAD_AGENT_BYTES ? blen : HEAD_AGENT_BYTES, " by ", 1, 1,
				  made, ARRAY_SIZE(made)) &&
		    !(has_frag(body, hn, hn, placed, ARRAY_SIZE(placed)) &&
		      has_frag(body, hn, hn, frags, ARRAY_SIZE(frags))))
			return 0;
	}
	nw = clause_words(body, blen, 1, w, wl, ARRAY_SIZE(w));
	for (i = 1; i + 2 < nw; i++) {
		int give = word_in(w[i], wl[i], made, NGIVES);
		size_t lo;

		if (!give && !word_in(w[i], wl[i], made + NGIVES, ARRAY_SIZE(made) - NGIVES))
			continue;
		if (first_word_in(w, wl, 0, i, goods, ARRAY_SIZE(goods)) < i)
			return 0;
		for (lo = i > 3 ? i - 3 : 0; lo < i; lo++)
			if (word_is(w[lo], wl[lo], "not") || word_is(w[lo], wl[lo], "never"))
				return 0;
		k = i + 1;
		if (word_is(w[k], wl[k], "by")) {
			k++;
			/*
			 * "submitted by or for the Client", "by or on behalf of
			 * Client": the agent is still the customer.
			 */
			if (k + 2 < nw && word_is(w[k], wl[k], "or")) {
				if (word_is(w[k + 1], wl[k + 1], "for"))
					k += 2;
				else if (k + 4 < nw && word_is(w[k + 1], wl[k + 1], "on") &&
					 word_is(w[k + 2], wl[k + 2], "behalf") &&
					 word_is(w[k + 3], wl[k + 3], "of"))
					k += 4;
			}
			if (k + 1 < nw && word_is(w[k], wl[k], "the"))
				k++;
			/* "by the Client", not "by the Client's auditors" nor "by your bank". */
			n = customer_possessive_words(rf, r, w, wl, k, nw);
			if (!n) {
				/* "by the Hospital Group": an alias of two words is read whole. */
				if (is_customer_word(rf, r, w[k], wl[k]) ||
				    customer_alias_at(r, w[k], (size_t)(body + blen - w[k]), 0))
					return 1;
			} else if (!give && k + n < nw &&
				   word_in(w[k + n], wl[k + n], people, ARRAY_SIZE(people))) {
				return 1;
			}
			continue;
		}
		if (give)
			continue;
		/* "captured at the Client's contact centres", "recorded in your stores" */
		for (; k < nw && k <= i + 4; k++)
			if (word_in(w[k], wl[k], ats, ARRAY_SIZE(ats)))
				break;
		if (k >= nw || k > i + 4)
			continue;
		k++;
		if (k < nw && word_is(w[k], wl[k], "the"))
			k++;
		if ((n = customer_possessive_words(rf, r, w, wl, k, nw)) && k + n < nw &&
		    !word_in(w[k + n], wl[k + n], not_places, ARRAY_SIZE(not_places)))
			return 1;
	}
	return 0;
}

/*
 * Words of a wrong to intellectual property that a claim of it alleges, as
 * word starts: "passing off" whole ("has not passed the acceptance tests"
 * is no wrong).
 */
static const char *const ip_wrongs[] = {
	"infring", "misappropriat", "violat", "misuse", "breach", "dilut", "passing off"
};

/* Bytes of a definition in which breach_defined reads what the event is. */
#define BREACH_REACH 200
/* Bytes after a word of a wrong in which breach_defined reads what it touches. */
#define BREACH_TOUCHED 80

/*
 * Whether an event's definition says it is a breach of security, under a
 * name the rules do not read as one: '"Data Loss Event" means any event
 * that results, or may result, in unauthorised access to Buyer Data'.
 * The name's last word an event or incident, no word of security or
 * breach in it ("Security Incident", "Personal Data Breach" read as they
 * are); the definition says a breach of security, or unauthorised
 * access, disclosure or use, loss or compromise of data, information,
 * systems or security (not "loss of power", "unauthorised use of the
 * Marks").  An incident named as one of confidentiality or privacy, or
 * of data or information, is one by its name alone.
 */
static int breach_defined(const char *term, size_t tlen, const char *body, size_t blen)
{
	static const char *const lasts[] = { "event", "events", "incident", "incidents" };
	static const char *const said[] = { "security", "breach", "breaches" };
	static const char *const kept[] = { "confidentiality", "privacy" };
	static const char *const data_words[] = { "data", "information" };
	static const struct frag frags[] = {
		{ "unauthorised", 6 }, { "unauthorized", 6 }, { "breach of security", 10 },
		{ "security breach", 0 }, { "compromise", 3 }, { "loss of", 5 },
	};
	/* What the wrong touches, in the words after it: not "loss of power", "unauthorised use of the Marks". */
	static const struct frag touched[] = {
		{ "ata", 0 }, { "nformation", 5 }, { "ecurity", 1 }, { "ystems", 1 },
	};
	size_t k = tlen, n = blen < BREACH_REACH ? blen : BREACH_REACH, i;

	/* By the last letter first: most names end on neither "t" nor "s". */
	if (!tlen || (term[tlen - 1] != 't' && term[tlen - 1] != 's'))
		return 0;
	while (k > 0 && isalpha((unsigned char)term[k - 1]))
		k--;
	if (!word_in(term + k, tlen - k, lasts, ARRAY_SIZE(lasts)) ||
	    any_word_in(term, tlen, said, ARRAY_SIZE(said)))
		return 0;
	/*
	 * An incident of confidentiality or of data says the breach by its
	 * name, whatever the definition (often a statute's: '"Confidentiality
	 * Incident" has the meaning given in section 63.9 of the Act'); not
	 * "Data Event" nor "Service Incident".
	 */
	if (any_word_in(term, tlen, kept, ARRAY_SIZE(kept)) ||
	    (any_word_in(term, tlen, data_words, ARRAY_SIZE(data_words)) &&
	     tolower((unsigned char)term[k]) == 'i'))
		return 1;
	for (i = 0; i < ARRAY_SIZE(frags); i++) {
		size_t at = text_find(body, n, 0, frags[i].text, frags[i].key), e;

		if (at == n)
			continue;
		/* "breach of security" and "security breach" say it whole. */
		if (i == 2 || i == 3)
			return 1;
		e = at + BREACH_TOUCHED < blen ? at + BREACH_TOUCHED : blen;
		if (has_frag(body + at, e - at, e - at, touched, ARRAY_SIZE(touched)))
			return 1;
	}
	return 0;
}

/*
 * Whether a term names a third party that supplies a model, not the
 * model: '"Model Partner" means a third party that licenses to Casebridge
 * a foundation or large language model', 'the third-party large language
 * model ... (the provider of which is the "Model Provider")'.  Its last
 * word a supplier's (Provider, Partner, Licensor, Vendor, Supplier,
 * Developer) after a word of a model ("Model", "LLM", "AI"), no party's
 * name; a "means" definition that opens on a third party with a word of a
 * model in its first clause, or a sentence before a parenthesis that says
 * third-party and a model.
 */
static int model_provider_defined(const struct roles *r, const char *term, size_t tlen,
				  const char *body, size_t blen, enum def_side side)
{
	static const char *const lasts[] = {
		"provider", "providers", "partner", "partners", "licensor", "licensors", "vendor",
		"vendors", "supplier", "suppliers", "developer", "developers",
	};
	static const char *const model_names[] = { "model", "models", "llm", "llms", "ai" };
	static const char *const dets[] = { "a", "an", "any", "each", "the" };
	size_t k = tlen, i = 0, e, n;

	/* By the last letter first: every supplier's word ends in "r" or "s". */
	if (!tlen || (term[tlen - 1] != 'r' && term[tlen - 1] != 's'))
		return 0;
	while (k > 0 && isalpha((unsigned char)term[k - 1]))
		k--;
	/* The last word's first letter before the lists: most names end on none of them. */
	if (k == tlen || !strchr("PpVvSsLlDd", term[k]) ||
	    !word_in(term + k, tlen - k, lasts, ARRAY_SIZE(lasts)) ||
	    !any_word_in(term, k, model_names, ARRAY_SIZE(model_names)) ||
	    alias_role(r, term, tlen) != ROLE_UNKNOWN)
		return 0;
	if (side != DEF_AFTER)
		return (text_find(body, blen, 0, "third-party", 5) < blen ||
			text_find(body, blen, 0, "third party", 5) < blen) &&
		       text_find(body, blen, 0, "model", 0) < blen;
	n = head_end(body, blen);
	while (i < n && body[i] == ' ')
		i++;
	for (e = i; e < n && isalpha((unsigned char)body[e]); e++)
		;
	if (word_in(body + i, e - i, dets, ARRAY_SIZE(dets)))
		for (i = e + 1, e = i; e < n && isalpha((unsigned char)body[e]); e++)
			;
	/* "a third party that ...", "any third-party provider of ..." */
	if (!(e - i == 5 && !strncmp(body + i, "third", 5) && e < n &&
	      (body[e] == ' ' || body[e] == '-') && !strncmp(body + e + 1, "part", 4)))
		return 0;
	return text_find(body, n, e, "model", 0) < n;
}

/* Words of a clause in which fitted_for_customer reads, at most. */
#define FIT_WORDS 48
/* Words between a verb of fitting and its model, and between the model and "to your". */
#define FIT_GAP 6
/* Bytes after the customer's things to the end of what is read (the term's parenthesis). */
#define FIT_TAIL 120
/* Bytes before the end in which fitted_for_customer reads: the tail and the words before it. */
#define FIT_REACH 320

/* Whether one of `list` is among words[from..nw). */
static int words_in_from(const char *body, const size_t *ws, const size_t *we, size_t nw,
			 size_t from, const char *const *list, size_t nlist)
{
	for (; from < nw; from++)
		if (word_in(body + ws[from], we[from] - ws[from], list, nlist))
			return 1;
	return 0;
}

/*
 * Whether words[from..nw) hold a purpose of serving, "to" and a verb of
 * providing: "... to provide the Services"; not "... to create a version
 * for your use", which names what is made, nor "the edits your editors make
 * to suggestions".
 */
static int purpose_after(const char *body, const size_t *ws, const size_t *we, size_t nw,
			 size_t from)
{
	static const char *const serving[] = { "provide", "deliver", "operate", "offer", "perform",
					       "support", "supply", "run", "host", "render" };
	size_t i;

	for (i = from; i + 1 < nw; i++)
		if (word_is(body + ws[i], we[i] - ws[i], "to") &&
		    word_in(body + ws[i + 1], we[i + 1] - ws[i + 1], serving, ARRAY_SIZE(serving)))
			return 1;
	return 0;
}

/*
 * Whether a clause says the vendor fits a model to the customer: a verb of
 * fitting, a word of a model as its object (or before it, as a participle:
 * "our model, fine-tuned on your documents"), then "to", "for", "on",
 * "using", "with" or "from" and the customer or its things: "we will adapt
 * our models to your call types, scripts and vocabulary (an "Account
 * Model")", "the Supplier shall calibrate its scoring model to the Bank's
 * loan history (the "Calibrated Scorecard")", 'a "Style Profile" that
 * adapts our models to your house style'.  What the clause names is the
 * model fitted, the custom model by whatever name, though the model fitted
 * is the vendor's own.  Not where it says it does not ("we do not tune our
 * models to your data"), nor a model fitted for all ("to improve our
 * models for all customers": "all" is no customer), and only where the
 * clause ends soon after the customer's things (FIT_TAIL) with no purpose
 * after them ("... to your needs to provide the Services (the
 * "Services")" names the services) and no new head ("... on Studio
 * Materials, including its weights, and each version of it delivered (a
 * "Release")" names the version).
 */
static int fitted_for_customer(struct roles_finder *rf, const struct roles *r, const char *body,
			       size_t blen)
{
	static const char *const verbs[] = {
		"adapt", "adapts", "adapted", "adapting", "tune", "tunes", "tuned", "tuning",
		"fine-tune", "fine-tunes", "fine-tuned", "fine-tuning", "train", "trains", "trained",
		"retrain", "retrains", "retrained", "customise", "customises", "customised",
		"customize", "customizes", "customized", "calibrate", "calibrates", "calibrated",
		"personalise", "personalises", "personalised", "personalize", "personalizes",
		"personalized", "tailor", "tailors", "tailored"
	};
	static const char *const models[] = {
		"model", "models", "classifier", "classifiers", "engine", "engines", "llm", "llms"
	};
	static const char *const tos[] = { "to", "for", "on", "using", "with", "from" };
	static const char *const dets[] = { "the", "each", "a", "an" };
	static const char *const nots[] = { "not", "never", "no" };
	/* A model bettered for all after the customer's things: "... to improve our Services". */
	static const char *const for_all[] = { "improv", "generally" };
	/* What follows a customer's word where nothing is fitted to it. */
	static const char *const not_fitted[] = {
		"request", "behalf", "instruction", "instructions", "direction", "cost", "expense",
		"servers", "systems", "infrastructure", "premises", "hardware", "environment", "cloud"
	};
	/* A new head after the customer's things: "..., including its weights, and each version". */
	static const char *const new_head[] = { "including", "each", "every", "any" };
	size_t ws[FIT_WORDS], we[FIT_WORDS], nw = 0, i, v, o, p, q, k, end;

	/* The clause's verb is near its end: what is read before is no part of it. */
	if (blen > FIT_REACH) {
		body += blen - FIT_REACH;
		blen = FIT_REACH;
	}
	/* A word of a model first (memchr): most clauses before a parenthesis have none. */
	if (text_find(body, blen, 0, "model", 2) == blen && text_find(body, blen, 0, "lassifier", 5) == blen &&
	    text_find(body, blen, 0, "ngine", 1) == blen && text_find(body, blen, 0, "LLM", 0) == blen)
		return 0;
	/* The words of the last clause: back from the end to a full stop or ';'. */
	for (i = blen; i > 0 && body[i - 1] != ';' &&
	     !(body[i - 1] == '.' && (i == blen || body[i] == ' ' || body[i] == '\n')); i--)
		;
	while (i < blen && nw < FIT_WORDS) {
		while (i < blen && !isalpha((unsigned char)body[i]) && (unsigned char)body[i] < 0x80)
			i++;
		if (i >= blen)
			break;
		ws[nw] = i;
		while (i < blen && (isalnum((unsigned char)body[i]) || body[i] == '-' || body[i] == '\'' ||
				    (unsigned char)body[i] >= 0x80))
			i++;
		we[nw++] = i;
	}
	for (v = 0; v < nw; v++) {
		/* The verbs' first letters before the list: most words have none of them. */
		int c = tolower((unsigned char)body[ws[v]]);

		if (!(c == 'a' || c == 't' || c == 'f' || c == 'r' || c == 'c' || c == 'p') ||
		    !word_in(body + ws[v], we[v] - ws[v], verbs, ARRAY_SIZE(verbs)))
			continue;
		for (k = v > 3 ? v - 3 : 0; k < v; k++)
			if (word_in(body + ws[k], we[k] - ws[k], nots, ARRAY_SIZE(nots)))
				break;
		if (k < v)
			continue;
		/* Its model: the object after it, or before a participle. */
		for (o = v + 1; o < nw && o <= v + FIT_GAP; o++)
			if (word_in(body + ws[o], we[o] - ws[o], models, ARRAY_SIZE(models)))
				break;
		if (o >= nw || o > v + FIT_GAP) {
			if (body[we[v] - 1] != 'd')
				continue;
			for (o = v; o > 0 && o + 3 > v; o--)
				if (word_in(body + ws[o - 1], we[o - 1] - ws[o - 1], models, ARRAY_SIZE(models)))
					break;
			if (o == 0 || o + 3 <= v)
				continue;
			o = v;
		}
		for (p = o + 1; p < nw && p <= o + FIT_GAP; p++) {
			if (!word_in(body + ws[p], we[p] - ws[p], tos, ARRAY_SIZE(tos)))
				continue;
			q = p + 1;
			if (q < nw && word_in(body + ws[q], we[q] - ws[q], dets, ARRAY_SIZE(dets)))
				q++;
			if (q >= nw)
				break;
			/* Not "on Client's request", "to run on Client's servers": no thing fitted to. */
			if (q + 1 < nw && word_in(body + ws[q + 1], we[q + 1] - ws[q + 1], not_fitted,
						  ARRAY_SIZE(not_fitted)))
				continue;
			if (is_customer_word(rf, r, body + ws[q], we[q] - ws[q]) ||
			    customer_alias_at(r, body, blen, ws[q]) ||
			    ((k = term_named_at(r, body, blen, ws[q], (size_t)-1, &end)) != (size_t)-1 &&
			     r->terms[k].cls == TERM_CUSTOMER_DATA))
				return blen - we[q] <= FIT_TAIL &&
				       !word_start_in(body + we[q], blen - we[q], for_all,
						      ARRAY_SIZE(for_all)) &&
				       text_find(body, blen, we[q], "customers", 0) == blen &&
				       !words_in_from(body, ws, we, nw, q + 1, new_head, ARRAY_SIZE(new_head)) &&
				       !purpose_after(body, ws, we, nw, q + 1);
		}
	}
	return 0;
}

static int trained_on_customer_data(struct roles_finder *rf, const struct roles *r,
				    const char *sent, size_t slen);

/* Bytes of a definition in which adaptation_made_for_customer reads. */
#define ADAPTATION_REACH 240

/*
 * Whether a "means" definition says the thing is what the vendor makes
 * for the customer and a model trained on the customer's data is part of
 * it: '"Custom Extractor" means any extraction configuration, prompt
 * template, schema or model adaptation we create for you, including any
 * adaptation trained using Customer Content'.  The custom model, though
 * the name says no model.  Only with a word of a model, in lower case,
 * and a verb of training in reach (found by memchr before any regex).
 */
static int adaptation_made_for_customer(struct roles_finder *rf, const struct roles *r,
					const char *body, size_t blen)
{
	size_t n = blen < ADAPTATION_REACH ? blen : ADAPTATION_REACH, from = 0, s, k;

	if (text_find(body, n, 0, "model", 0) == n ||
	    (text_find(body, n, 0, "train", 0) == n && text_find(body, n, 0, "tune", 0) == n))
		return 0;
	/* A term of the customer's data named, before the model patterns are compiled. */
	for (k = 0; k < r->nterms; k++)
		if (r->terms[k].cls == TERM_CUSTOMER_DATA && has_word_as(body, n, r->terms[k].term, 0))
			break;
	if (k == r->nterms)
		return 0;
	compile_model_patterns(rf);
	if (!trained_on_customer_data(rf, r, body, n))
		return 0;
	while (from < n && rf_exec(rf, rf->model_made, (PCRE2_SPTR)body, n, from, 0) >= 0) {
		size_t end = pcre2_get_ovector_pointer(rf->md)[1];

		from = end > from ? end : from + 1;
		rf_group(rf, 1, &s, &k);
		if (!k)
			rf_group(rf, 2, &s, &k);
		if (k && (is_customer_word(rf, r, body + s, k) || customer_alias_at(r, body, n, s)))
			return 1;
	}
	return 0;
}

/*
 * Whether a name's last word says a right, a time, money or a use, not a
 * thing made: 'may download any model fine-tuned on Customer Data (the
 * "Download Right")' names the right.
 */
static int names_a_right(const char *term, size_t tlen)
{
	static const char *const lasts[] = {
		"right", "rights", "option", "period", "date", "term", "fee", "fees", "charge",
		"charges", "purpose", "purposes", "use", "uses", "licence", "license", "restriction",
		"obligation", "obligations", "service", "services", "programme", "program", "process",
		"policy", "plan", "notice", "request", "event", "events", "limit", "cap",
	};
	size_t k = tlen;

	while (k > 0 && isalpha((unsigned char)term[k - 1]))
		k--;
	return word_in(term + k, tlen - k, lasts, ARRAY_SIZE(lasts));
}

/* Bytes before a parenthesis in which model_from_data_before reads. */
#define MODEL_BEFORE_REACH 120

/*
 * Whether the words before a parenthesis end on a model made from a term
 * of the customer's data: 'all right, title and interest in each Site
 * Voice Profile ... and in any model retrained, fine-tuned or derived from
 * Authority Information (the "Developed Materials")'.  What such a name
 * gathers is the custom model; not where "not" or "never" is before the
 * making.
 */
static int model_from_data_before(const struct roles *r, const char *body, size_t blen)
{
	static const char *const verbs[] = {
		"derived", "retrained", "re-trained", "trained", "fine-tuned", "tuned", "adapted",
		"created", "built", "developed", "made",
	};
	size_t n = blen < MODEL_BEFORE_REACH ? blen : MODEL_BEFORE_REACH, at = 0, last = n;
	const char *tail = body + blen - n;

	while ((at = text_find(tail, n, at, "model", 0)) < n) {
		if ((at == 0 || !isalpha((unsigned char)tail[at - 1])) &&
		    (at + 5 == n || !isalpha((unsigned char)tail[at + 5]) || tail[at + 5] == 's'))
			last = at;
		at++;
	}
	return last < n && made_from_customer_data(r, tail + last, n - last, verbs, ARRAY_SIZE(verbs));
}

/* Words of a definition's first clause in which weights_learned_head reads. */
#define WEIGHTS_HEAD_WORDS 16

/*
 * Whether a "means" definition opens on parameters or weights that its
 * first clause says were learned in training: '"Learned Parameters" means
 * parameters derived from Carrier Data during training'.  A model, not
 * the data it was learned from, though "derived from" says data.  After
 * an article and two words at most ("the trained model weights"); not
 * weights with no word of training ("the weights and gradients computed
 * from Bank Data", the updates of federated learning, stay its data).
 */
static int weights_learned_head(const char *body, size_t blen)
{
	static const char *const dets[] = { "the", "any", "all", "each", "every", "its", "such" };
	static const char *const weights[] = { "parameters", "weights", "checkpoints", "adapters" };
	const char *w[WEIGHTS_HEAD_WORDS];
	size_t wl[WEIGHTS_HEAD_WORDS], nw, k, h = 0, i = 0, e, s;

	/* The head's first words read first, with no scan: most definitions open on none. */
	for (k = 0; k < 4; k++, i = e) {
		e = word_on(body, blen, i, &s);
		if (e == s)
			return 0;
		if (word_in(body + s, e - s, weights, ARRAY_SIZE(weights)))
			break;
	}
	if (k == 4)
		return 0;
	nw = clause_words(body, blen, 1, w, wl, ARRAY_SIZE(w));
	if (nw && word_in(w[0], wl[0], dets, ARRAY_SIZE(dets)))
		h = 1;
	for (k = h; k < nw && k <= h + 2; k++)
		if (word_in(w[k], wl[k], weights, ARRAY_SIZE(weights)))
			break;
	if (k >= nw || k > h + 2)
		return 0;
	/* Not "calibrated": "the thresholds and parameters calibrated for the plant" configure. */
	for (k++; k < nw; k++)
		if (training_word(w[k], wl[k]) && strncasecmp(w[k], "calibrat", 8))
			return 1;
	return 0;
}

/* Whether a term is defined as a model so far: most contracts define none. */
static int has_model_term(const struct roles *r)
{
	size_t k;

	for (k = 0; k < r->nterms; k++)
		if (r->terms[k].cls == TERM_MODEL)
			return 1;
	return 0;
}

/* Words of the clause before a parenthesis in which tuned_on_data_before reads. */
#define TUNED_BEFORE_WORDS 40

/*
 * Whether the clause before a parenthesis says a model, its adapters or
 * weights are trained or tuned on the customer's data, which the clause
 * ends on: 'CueWise may fine-tune adapters on a Client Program's knowledge
 * base and Interaction Data ("Program Tunings")'.  The term the data is
 * defined by already, the parenthesis names what was tuned: the custom
 * model.  Not where the clause ends on anything else ('fine-tune adapters
 * on the documents you upload ("Training Documents")' names the
 * documents), nor past "not", "never" or "no" ('will not fine-tune any
 * model on Customer Data ("Tuning Restriction")').  A byte scan for the
 * data term at the end first: most parentheses follow none.
 */
static int tuned_on_data_before(const struct roles *r, const char *body, size_t blen)
{
	static const char *const verbs[] = {
		"train", "trains", "retrain", "retrains", "tune", "tunes", "fine-tune", "fine-tunes",
		"trained", "retrained", "tuned", "fine-tuned", "adapt", "adapts", "calibrate",
		"calibrates",
	};
	static const char *const models[] = {
		"model", "models", "adapter", "adapters", "weights", "checkpoint", "checkpoints",
		"LoRA", "LoRAs",
	};
	static const char *const ons[] = { "on", "using", "with", "from" };
	static const char *const negs[] = { "not", "never", "no" };
	const char *w[TUNED_BEFORE_WORDS];
	size_t wl[TUNED_BEFORE_WORDS], nw, k, e = blen, from = 0, i, v, m;

	while (e > 0 && (body[e - 1] == ' ' || body[e - 1] == ','))
		e--;
	for (k = 0; k < r->nterms; k++) {
		const char *name = r->terms[k].term;
		size_t n = strlen(name), s;

		if (r->terms[k].cls != TERM_CUSTOMER_DATA)
			continue;
		s = e >= n + 1 && body[e - 1] == 's' && !memcmp(body + e - n - 1, name, n) ? e - n - 1 :
		    e >= n && !memcmp(body + e - n, name, n) ? e - n : (size_t)-1;
		if (s != (size_t)-1 && (s == 0 || !isalnum((unsigned char)body[s - 1])))
			break;
	}
	if (k == r->nterms)
		return 0;
	/* From the clause's start: past the last stop or semicolon that ends a sentence. */
	for (i = e; i > 0; i--)
		if ((body[i - 1] == '.' || body[i - 1] == ';') && i < e && body[i] == ' ') {
			from = i;
			break;
		}
	nw = clause_words(body + from, e - from, 1, w, wl, ARRAY_SIZE(w));
	for (v = 0; v < nw; v++) {
		if (word_in(w[v], wl[v], negs, ARRAY_SIZE(negs)))
			return 0;
		if (!word_in(w[v], wl[v], verbs, ARRAY_SIZE(verbs)))
			continue;
		for (m = v + 1; m < nw && m <= v + 4; m++)
			if (word_in(w[m], wl[m], models, ARRAY_SIZE(models)))
				break;
		if (m >= nw || m > v + 4)
			continue;
		for (i = m + 1; i < nw && i <= m + 3; i++)
			if (word_in(w[i], wl[i], ons, ARRAY_SIZE(ons)))
				return 1;
	}
	return 0;
}

static int usage_defined(const char *def, size_t dlen, int of_service);

/*
 * Whether a definition whose head rf->model_head reads as models lists
 * them as one kind of the customer's data: "all BIM models, IFC files,
 * drawings and other data made available by or on behalf of the
 * Employer".  The models are an item of a list (a comma or "and" after
 * them), the name is no model's, and in the first clause the customer
 * gives what is listed ("provided by", "supplied by", "made available by
 * (or on behalf of)"): BIM, 3D, financial and data models are files the
 * customer hands over, not a model the vendor trains.
 */
static int models_listed_as_given(struct roles_finder *rf, const struct roles *r,
				  const char *own, size_t olen, const char *body, size_t blen)
{
	static const char *const gives[] = {
		"provided by ", "supplied by ", "made available by ", "submitted by ",
		"uploaded by ", "delivered by ", "furnished by ",
	};
	size_t e, i, k, lim = blen < 320 ? blen : 320;

	if (rf_exec(rf, rf->model_head, (PCRE2_SPTR)own, olen, 0, 0) < 0)
		return 0;
	e = pcre2_get_ovector_pointer(rf->md)[1];
	if (!(e < olen && own[e] == ',') && !(e + 5 <= olen && !strncmp(own + e, " and ", 5)))
		return 0;
	for (i = e; i < lim && body[i] != ';' && body[i] != '.'; i++) {
		if (body[i] != 'p' && body[i] != 's' && body[i] != 'm' && body[i] != 'u' &&
		    body[i] != 'd' && body[i] != 'f')
			continue;
		for (k = 0; k < ARRAY_SIZE(gives); k++) {
			size_t gl = strlen(gives[k]), a, w;

			if (i + gl > lim || strncmp(body + i, gives[k], gl) || isalpha((unsigned char)body[i - 1]))
				continue;
			a = i + gl;
			if (a + 20 <= lim && !strncmp(body + a, "or on behalf of ", 16))
				a += 16;
			if (a + 4 <= lim && !strncmp(body + a, "the ", 4))
				a += 4;
			for (w = a; w < lim && (isalnum((unsigned char)body[w]) || body[w] == '-'); w++)
				;
			return w > a && actor_role(rf, r, body + a, w - a) == ROLE_CUSTOMER;
		}
	}
	return 0;
}

static enum term_class classify(struct roles_finder *rf, const struct roles *r,
				const char *text, const char *term, size_t tlen, const char *body,
				size_t blen, enum def_side side)
{
	/* The words that name what is defined: next to the term, not anywhere. */
	size_t olen = blen < POSSESSED_WINDOW ? blen : POSSESSED_WINDOW;
	const char *own = side == DEF_AFTER ? body : body + blen - olen;
	/* Whether the name is of a paper about a model: every test of a model below reads it. */
	int paper = rf_matches(rf, rf->model_paper, term, tlen), output, secret;
	/* Whether the name says a model ("Voice Model"): read twice below, matched once. */
	int model_named;
	/* Whether the name says usage or an operations record: read up to three times, matched once. */
	int usage = -1, ops = -1;
	/* Whether the name says data, a thing supplied or money: each read up to four times. */
	int dnoun = -1, supplied = -1, money = -1;
	enum made_by made;

	if (names_an_event(term, tlen) || model_provider_defined(r, term, tlen, body, blen, side))
		return TERM_OTHER;

	/*
	 * What is worked out of the customer's data is its data: "Model
	 * Updates" means the gradients computed from Bank Data.  Not what is
	 * aggregated or anonymised, nor usage data, which the vendor keeps.
	 */
	if (from_in_reach(body, blen) && derived_name(term, tlen) &&
	    (!match_once(rf, rf->usage_name, term, tlen, &usage) || identity_kept(body, blen)) &&
	    /*
	     * A model's own parameters are the model, however learned: "the
	     * parameters of the model learned from Client Data".
	     */
	    !(side == DEF_AFTER && rf_matches(rf, rf->model_head, own, olen)) &&
	    made_from_customer_data(r, body, blen, derived_verbs, ARRAY_SIZE(derived_verbs)) &&
	    (!word_start_in(body, blen, not_derived, ARRAY_SIZE(not_derived)) ||
	     identity_kept(body, blen)))
		/* "Learned Parameters" means parameters derived from Carrier Data during training. */
		return side == DEF_AFTER && !paper && weights_learned_head(body, blen) ? TERM_MODEL :
											 TERM_CUSTOMER_DATA;

	/*
	 * The name must say what the thing is, not only the sentence around it:
	 * "Third Party Features", defined in a sentence about content made
	 * available to the customer, is not the customer's data.
	 */
	model_named = rf_matches(rf, rf->model_name, term, tlen);
	if (model_named && !paper && rf_matches(rf, rf->model_def, body, blen))
		return TERM_MODEL;
	/*
	 * A product's name says nothing ("Meta Llama 3"), but a definition
	 * that opens with models does: '"X" means the foundational large
	 * language models ...', or with a model defined before it: '"Y
	 * Materials" means, collectively, the Provider's proprietary X and
	 * Documentation'.
	 */
	if (side == DEF_AFTER && !paper &&
	    ((rf_matches(rf, rf->model_head, own, olen) &&
	      (model_named || !models_listed_as_given(rf, r, own, olen, body, blen))) ||
	     opens_with_a_model(r, term, tlen, own, olen) ||
	     opens_on_model_kind(own, olen) || opens_on_model_words(r, body, blen)))
		return TERM_MODEL;
	/* "Voice Model" means a synthetic voice we create from Recordings. */
	if (side == DEF_AFTER && !paper && model_named &&
	    made_from_customer_data(r, body, blen, model_made_verbs, ARRAY_SIZE(model_made_verbs)))
		return TERM_MODEL;
	if (!paper &&
	    defined_as_ai_system(rf, term, tlen, body, blen, own, olen, side))
		return TERM_MODEL;
	/* "Improvements" means any fine-tuning of the acoustic model carried out by the Licensee. */
	if (side == DEF_AFTER && customer_adaptation(rf, r, body, blen))
		return TERM_MODEL;
	/* "Custom Extractor" means any ... model adaptation we create for you, trained using Customer Content. */
	if (side == DEF_AFTER && !paper && adaptation_made_for_customer(rf, r, body, blen))
		return TERM_MODEL;
	/* "Client Version" means the version of the Base Model fine-tuned on Client Data. */
	if (side == DEF_AFTER && !paper && version_of_model(r, body, blen))
		return TERM_MODEL;
	/*
	 * "Customer Claim" means a claim alleging that the Services infringe:
	 * "defend Customer against any Customer Claim" is then an IP indemnity.
	 */
	if (rf_matches(rf, rf->claim_name, term, tlen) && rf_matches(rf, rf->ip_def, body, blen) &&
	    /*
	     * A claim that alleges a wrong to rights: "alleging that ..., with
	     * respect to the Intellectual Property, the Seller is not in
	     * compliance with Laws" is no claim of infringement.
	     */
	    word_start_in(body, blen, ip_wrongs, ARRAY_SIZE(ip_wrongs)))
		return TERM_IP_CLAIM;
	/*
	 * Telemetry or logs of the customer's own networks or machines are its
	 * data: '"Operator Telemetry" means performance counters ... from the
	 * Operator's mobile and fixed networks'.
	 */
	if (side == DEF_AFTER &&
	    (match_once(rf, rf->usage_name, term, tlen, &usage) || match_once(rf, rf->ops_record, term, tlen, &ops)) &&
	    from_customers_systems(rf, r, body, blen))
		return TERM_CUSTOMER_DATA;
	/* "Logs" means the records of events that the System automatically generates. */
	if (match_once(rf, rf->ops_record, term, tlen, &ops) ||
	    (side == DEF_AFTER && rf_matches(rf, rf->ops_record_def, own, olen)))
		return TERM_OTHER;
	output = rf_matches(rf, rf->output_name, term, tlen);
	if (output && (rf_matches(rf, rf->output_def, body, blen) ||
		       (side == DEF_AFTER && (made_by_model_term(r, body, blen) ||
					      results_of_model_term(r, body, blen, 0))) ||
		       (side == DEF_AFTER && vendor_delivers_it(rf, r, body, blen)) ||
		       (side != DEF_AFTER && (names_its_verb(rf, r, term, tlen, body, blen) ||
					      machine_makes_it(rf, r, body, blen)))))
		return TERM_OUTPUT;
	if (side == DEF_AFTER && listed_as_outputs(body, blen) &&
	    !match_once(rf, rf->data_noun, term, tlen, &dnoun))
		return TERM_OUTPUT;
	switch ((made = output_made(rf, r, body, blen, side))) {
	case MADE_BY_MACHINE:
		/*
		 * What the Service generates is output by any name ("Draft
		 * Notes"), but a name that says data ("Party B Data": prompts
		 * ... and the responses the Model generates) is read below, and
		 * one that says money ("Net Revenue") is none.
		 */
		if ((!match_once(rf, rf->data_noun, term, tlen, &dnoun) &&
		     !match_once(rf, rf->supplied_name, term, tlen, &supplied) &&
		     !match_once(rf, rf->money_name, term, tlen, &money)) ||
		    output)
			return TERM_OUTPUT;
		/* "Campaign Content" means the copy generated by the Platform: a data name for output. */
		/*
		 * Not what the machine records of the customer's use of it:
		 * '"Operational Data" means information generated by the
		 * Platform about the Customer's use of the Service' is usage.
		 */
		if (side == DEF_AFTER && !match_once(rf, rf->supplied_name, term, tlen, &supplied) &&
		    !match_once(rf, rf->money_name, term, tlen, &money) &&
		    opens_on_made(rf, r, term, tlen, body, blen) && !usage_defined(body, blen, 1))
			return TERM_OUTPUT;
		break;
	case MADE_BY_VENDOR:
		/* What a vendor creates may be anything: the name must say output. */
		if (output)
			return TERM_OUTPUT;
		break;
	case MADE_BY_NONE:
		/*
		 * '"Draft Replies" means the replies the Service drafts for the
		 * Client's agents': output by a verb of writing or judging, where
		 * the name says no data, thing supplied, money or usage.
		 */
		if (side == DEF_AFTER && !match_once(rf, rf->data_noun, term, tlen, &dnoun) &&
		    (machine_makes_head(rf, r, body, blen) || made_by_model_term(r, body, blen) ||
		     (has_model_term(r) && results_of_model_term(r, body, blen, 1))) &&
		    !match_once(rf, rf->supplied_name, term, tlen, &supplied) &&
		    !match_once(rf, rf->money_name, term, tlen, &money) &&
		    !match_once(rf, rf->usage_name, term, tlen, &usage) &&
		    !rf_matches(rf, rf->secret_name, term, tlen))
			return TERM_OUTPUT;
		break;
	}
	/*
	 * "Usage Data" is about the customer, not the customer's own data.
	 * The short name is tested before the sentence is searched, but a
	 * name that says only "Service" or "System" is read on where the
	 * definition says the customer gives it ('"Service Records" means the
	 * records received by the Supplier from the Council').
	 */
	if (match_once(rf, rf->usage_name, term, tlen, &usage)) {
		if (side != DEF_AFTER || !usage_word_is_the_service(rf, term, tlen))
			return TERM_OTHER;
		if (received_from_customer(rf, r, body, blen))
			return TERM_CUSTOMER_DATA;
		if (!given_by_customer(rf, r, body, blen, side) &&
		    !customer_gives_vendor(rf, r, body, blen))
			return TERM_OTHER;
	}
	secret = rf_matches(rf, rf->secret_name, term, tlen);
	/*
	 * 'the mastered files and stems we return to you ("Masters")', and
	 * '"Masters" means the files we return to you.', a body short enough
	 * that all of it is what is made.
	 */
	if (!secret && made_for_customer(rf, r, body, side == DEF_AFTER ? means_body_len(body, blen) : blen) &&
	    !match_once(rf, rf->supplied_name, term, tlen, &supplied))
		return TERM_OUTPUT;
	/*
	 * What the customer gives the vendor is its data by any name ("Voice
	 * Recordings"), unless the name says it is something else it gives
	 * ("Purchase Order", "Feedback") or that either party keeps secret.
	 * Only in a definition that says what the thing is ("means the
	 * recordings ..."): "the date Client's records are converted (the
	 * \"Effective Date\")" defines no thing given.  A term that closes a
	 * sentence ending on the customer's data ('the Client shall transmit
	 * its historical order data (the "Order History")') is that data by
	 * any name, even one that alone would say an order; so is one in the
	 * midst of its sentence ('may access Customer's historical claims data
	 * (the "Claims") to provide the Services').
	 */
	if (!match_once(rf, rf->data_noun, term, tlen, &dnoun) && !material_name(term, tlen))
		return !secret && !names_vendor(rf, r, term, tlen) &&
		       ((side != DEF_AFTER && ends_on_data_noun(rf, body, blen) &&
			 customer_holds(rf, r, body, blen, 0)) ||
			(!rf_matches(rf, rf->not_data_name, term, tlen) &&
			 ((side == DEF_AFTER && (customer_gives_vendor(rf, r, body, blen) ||
						you_enter_at_head(rf, r, body, blen))) ||
			  (side == DEF_AFTER && customer_made_head(rf, r, body, blen) &&
			   !match_once(rf, rf->supplied_name, term, tlen, &supplied) &&
			   !match_once(rf, rf->money_name, term, tlen, &money)) ||
			  (side != DEF_AFTER && entered_before_term(rf, r, body, blen)) ||
			  captured_from_customer(rf, r, body, blen) ||
			  (side == DEF_AFTER && handled_by_customer(rf, r, text, body, blen) &&
			   rf_matches(rf, rf->given_noun, term, tlen)) ||
			  customer_side_messages(rf, r, body, blen, side) ||
			  (!match_once(rf, rf->supplied_name, term, tlen, &supplied) &&
			   given_by_customer(rf, r, body, blen, side))))) ?
		       TERM_CUSTOMER_DATA : TERM_OTHER;
	/*
	 * What the vendor collects or keeps in doing the work, unless named as
	 * the vendor's, or as what either party keeps secret ("Confidential
	 * Information ... obtained in the performance of this Agreement").
	 */
	if (!secret && !names_vendor(rf, r, term, tlen) &&
	    (rf_matches(rf, rf->data_held, body, blen) || vendor_takes_under_contract(rf, r, body, blen)))
		return TERM_CUSTOMER_DATA;
	/* "Student Data" means information related to an identifiable student maintained by the Provider. */
	if (!secret && !names_vendor(rf, r, term, tlen) && identifiable_people_data(rf, r, body, blen))
		return TERM_CUSTOMER_DATA;
	/* "Pilot Data" means the data made available to Company by a Pilot Site (the customer's). */
	if (side == DEF_AFTER && !secret && !names_vendor(rf, r, term, tlen) &&
	    handled_by_customer(rf, r, text, body, blen))
		return TERM_CUSTOMER_DATA;
	/* "Licensed Data", where the licensor that provides it is the customer. */
	if (!secret && !names_vendor(rf, r, term, tlen) &&
	    !match_once(rf, rf->supplied_name, term, tlen, &supplied) && given_by_customer(rf, r, body, blen, side))
		return TERM_CUSTOMER_DATA;
	/* "Citizen Data" means the grievances submitted by citizens through the System. */
	if (!secret && !names_vendor(rf, r, term, tlen) && people_give_through(body, blen))
		return TERM_CUSTOMER_DATA;
	/* "Chat Data" means the messages between your customers and the Service. */
	if (!secret && !names_vendor(rf, r, term, tlen) && customer_side_messages(rf, r, body, blen, side))
		return TERM_CUSTOMER_DATA;
	/* 'the Institution and its Users own all content they submit ("User Content")' */
	if (side == DEF_CLOSING && !secret && !names_vendor(rf, r, term, tlen) &&
	    customer_owns_closing(rf, r, body, blen))
		return TERM_CUSTOMER_DATA;
	/* 'you let us read your order history ("Shop Data").': what the customer holds. */
	if (side == DEF_CLOSING && !secret && !names_vendor(rf, r, term, tlen) &&
	    customer_holds(rf, r, body, blen, 0))
		return TERM_CUSTOMER_DATA;
	/*
	 * 'It reads the code in your editor ("Prompts")': a name that says what
	 * the customer puts in, for what is in its own place.
	 */
	if (side != DEF_AFTER && !secret && input_name(term, tlen) && !names_vendor(rf, r, term, tlen) &&
	    customer_holds(rf, r, body, blen, 1))
		return TERM_CUSTOMER_DATA;
	/* "Clinic Data" means all image data ... of the Principal or its patients. */
	if (!secret && !names_vendor(rf, r, term, tlen) &&
	    business_data(rf, r, term, tlen, body, blen, side))
		return TERM_CUSTOMER_DATA;
	/*
	 * Nothing above says the customer gives it: a definition whose head
	 * is information about the customer's use of the service, or its
	 * users' interactions with it, is usage data, though it names the
	 * customer or is "generated by the Platform" ('"Interaction Records"
	 * means records of Users' interactions with the Platform generated by
	 * the Platform').
	 */
	if (side == DEF_AFTER && usage_defined(body, blen, 1))
		return TERM_OTHER;
	/* Read without a term of the customer's data it takes in (before_included_data). */
	blen = before_included_data(r, body, blen);
	if (mentions_customer(rf, r, body, blen) &&
	    (data_source_in(rf, body, blen, side) || (!secret && data_of_customer(rf, r, own, side == DEF_AFTER ? blen : olen, olen)) ||
	     (!secret && relates_to_customer(rf, r, body, blen)) ||
	     passive_not_by_vendor(rf, r, body, blen) || customer_possessive(rf, r, own, olen) ||
	     /*
	      * 'Company's sales, inventory, pricing and customer data provided
	      * to Consultant ("Company Data")': a short sentence that opens on
	      * the customer's data, its owner beyond the window by the term.
	      */
	     (side != DEF_AFTER && !secret && blen > olen && blen <= 2 * POSSESSED_WINDOW &&
	      customer_possessive(rf, r, body, olen)) ||
	     customer_submits(rf, r, body, blen) || captured_from_customer(rf, r, body, blen) ||
	     extracted_from_customer(rf, r, body, blen) || customer_submits_bare(rf, r, body, blen) ||
	     (side == DEF_AFTER && you_enter_at_head(rf, r, body, blen))))
		return TERM_CUSTOMER_DATA;
	/*
	 * '"Inspection Data" means pass/fail results, defect classifications
	 * and reports produced by the System': a data name for what the
	 * machine makes, where nothing above read it as what the customer
	 * gives, is output when its definition opens on output.
	 */
	if (made == MADE_BY_MACHINE && side == DEF_AFTER && !secret &&
	    !match_once(rf, rf->supplied_name, term, tlen, &supplied) &&
	    !match_once(rf, rf->money_name, term, tlen, &money) &&
	    rf_matches(rf, rf->output_name, body, blen < OUTPUT_HEAD ? blen : OUTPUT_HEAD))
		return TERM_OUTPUT;
	return TERM_OTHER;
}

/* Whether `s` holds a vendor's possessive: "Verity's", "the Supplier's", "our". */
static int vendor_possessive(const struct roles *r, const char *s, size_t len)
{
	size_t i, k;

	for (k = 0; k + 4 <= len; k++)
		if (!strncasecmp(s + k, "our ", 4) && (k == 0 || !isalnum((unsigned char)s[k - 1])))
			return 1;
	for (i = 0; i < r->nparties; i++) {
		size_t n = strlen(r->parties[i].alias);

		if (r->parties[i].role != ROLE_VENDOR)
			continue;
		for (k = 0; k + n + 2 <= len; k++)
			if (alias_use_at(s, len, k, r->parties[i].alias, n) &&
			    (!memcmp(s + k + n, "'s", 2) ||
			     (k + n + 4 <= len && !memcmp(s + k + n, "\xE2\x80\x99s", 4))))
				return 1;
	}
	return 0;
}

/*
 * Whether the words after a customer's possessive, up to the first
 * punctuation, name material a model is trained on or adapted to beyond
 * the data nouns: "Client's brand assets", "Subscriber's call
 * recordings"; not "Client's request" or "Client's behalf".
 */
static int training_material(const char *s, size_t n)
{
	static const char *const nouns[] = {
		"assets", "recordings", "images", "photographs", "texts", "examples", "samples",
		"logs", "history", "histories", "transcripts", "emails", "messages", "catalogue",
		"catalog", "works", "artwork", "voices",
		/* What a writer's style is learnt from: "your past listings". */
		"listings", "posts", "articles", "conversations", "chats", "reviews", "descriptions",
	};
	size_t i = 0, b, words = 0;

	while (i < n && words < 4) {
		while (i < n && s[i] == ' ')
			i++;
		for (b = i; b < n && (isalpha((unsigned char)s[b]) || s[b] == '-'); b++)
			;
		if (b == i)
			return 0;
		if (word_in(s + i, b - i, nouns, ARRAY_SIZE(nouns)))
			return 1;
		i = b;
		words++;
	}
	return 0;
}

/*
 * Whether no party's role is known and the defined name is a party's data
 * by its words: "Trust Data", "University Records" where neither party is
 * known as vendor or customer.  A model trained on what one party brings
 * is made for that work, not the plain model of whoever trains it.
 */
static int unknown_party_data(struct roles_finder *rf, const struct roles *r, const char *name)
{
	size_t i, n = strlen(name), w, a;

	for (i = 0; i < r->nparties; i++)
		if (r->parties[i].role != ROLE_UNKNOWN)
			return 0;
	if (!rf_matches(rf, rf->data_noun, name, n) && !training_material(name, n))
		return 0;
	for (w = 0; w < n && !isspace((unsigned char)name[w]); w++)
		;
	for (i = 0; i < r->nparties; i++) {
		a = strlen(r->parties[i].alias);
		if (a == w && !memcmp(r->parties[i].alias, name, w))
			return 1;
	}
	return 0;
}

/* Bytes before the verb in which "not" or "never" negates the training. */
#define TRAINED_NEGATION_REACH 24

/*
 * Whether `sent` says the model is trained on the customer's data: on a
 * term read as customer data ("trains on the Voice Recordings"), or on
 * data a customer's word names ("fine-tuned using Client's records").
 * Not where it says it is not.
 */
static int trained_on_customer_data(struct roles_finder *rf, const struct roles *r,
				    const char *sent, size_t slen)
{
	size_t from = 0;

	while (from < slen && rf_exec(rf, rf->model_trained_on, (PCRE2_SPTR)sent, slen, from, 0) >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rf->md);
		size_t ms = ov[0], at = ov[1], lo, e, k, end;

		from = at > from ? at : from + 1;
		lo = ms > TRAINED_NEGATION_REACH ? ms - TRAINED_NEGATION_REACH : 0;
		if (has_word(sent + lo, ms - lo, "not") || has_word(sent + lo, ms - lo, "never"))
			continue;
		k = term_named_at(r, sent, slen, at, (size_t)-1, &end);
		if (k != (size_t)-1 && (r->terms[k].cls == TERM_CUSTOMER_DATA ||
					unknown_party_data(rf, r, r->terms[k].term)))
			return 1;
		for (e = at; e < slen && (isalnum((unsigned char)sent[e]) || sent[e] == '\'' ||
					  (unsigned char)sent[e] >= 0x80); e++)
			;
		/* A party's name is a term too: "on Client's sales records" is read by its words. */
		if (e > at && is_customer_word(rf, r, sent + at, e - at) &&
		    (rf_matches(rf, rf->data_noun, sent + e,
				slen - e < POSSESSED_REACH ? slen - e : POSSESSED_REACH) ||
		     training_material(sent + e, slen - e < POSSESSED_REACH ? slen - e : POSSESSED_REACH)))
			return 1;
	}
	return 0;
}

/*
 * Whether a model's definition says the vendor owns it or uses it to
 * provide the services to all: "owned or licensed by the Supplier and used
 * to provide the Services", "operated by Provider", "that the Service
 * Provider operates to provide the Services".  Not where it is used or
 * kept for the customer alone ("used solely to provide the Services to
 * Customer", "that we host for you").
 */
static int vendor_owns_model(struct roles_finder *rf, const struct roles *r,
			     const char *sent, size_t slen)
{
	size_t from = 0, ws, wn, fs, fn;

	while (from < slen && rf_exec(rf, rf->model_vendor_own, (PCRE2_SPTR)sent, slen, from, 0) >= 0) {
		size_t end = pcre2_get_ovector_pointer(rf->md)[1];

		rf_group(rf, 1, &ws, &wn);
		rf_group(rf, 2, &fs, &fn);
		if (!wn || (is_vendor_word(rf, r, sent + ws, wn) &&
			    !(fn && word_role(rf, r, sent + fs, fn) == ROLE_CUSTOMER)))
			return 1;
		from = end > from ? end : from + 1;
	}
	return 0;
}

/*
 * What a model term is read as, in the words the rules know (the ip and
 * delivery packs' "custom model", "Customer Models"):
 *  - "Base Model": the general model a custom one is made from, by its
 *    name ("Foundation Model", "Base Model", "Pre-trained Model",
 *    "Underlying Model") or the head of its definition ("the pre-trained
 *    large language model identified in Schedule 1"): read as the plain
 *    "Model" it would be taken for the custom model, and the rules on
 *    base and third-party models would lose it;
 *  - "Model": the vendor's own model by its name ("Platform Model",
 *    "Core Model") or its definition ("Verity's
 *    forecasting model", "owned or licensed by the Supplier and used to
 *    provide the Services", even where the vendor trains it on the
 *    customer's data), or a model the definition says nothing more of;
 *  - "Custom Model": one made for the customer, by its name ("Fine-Tuned
 *    Model", "Learned Model") or its definition ("that Company fine-tunes,
 *    at Client's request", "build specifically for the Agency");
 *  - "Customer Model": the customer's own, that it submits ("the models
 *    that Customer submits") or that its name gives it ("Client Models").
 * `own` is the definition next to the term, `sent` its whole sentence.
 */
static const char *made_over_reading(struct roles_finder *rf, const struct roles *r,
				     const char *term, size_t tlen, const char *own, size_t olen,
				     const char *sent, size_t slen);

static const char *model_reading(struct roles_finder *rf, const struct roles *r,
				 const char *term, size_t tlen, const char *own, size_t olen,
				 const char *sent, size_t slen)
{
	compile_model_patterns(rf);
	if (rf_matches(rf, rf->model_base, term, tlen))
		return rf_matches(rf, rf->model_foundation, term, tlen) ? "Base Model" : "Model";
	if (rf_matches(rf, rf->model_custom, term, tlen))
		return "Custom Model";
	/*
	 * "the Base Model as fine-tuned on Client Data" is the base model made
	 * over: the custom model where what follows says it is the customer's,
	 * the base model still where it is tuned for speed.
	 */
	if (rf_matches(rf, rf->model_base_head, own, olen)) {
		if (tuned_after_head(own, olen, pcre2_get_ovector_pointer(rf->md)[1]) &&
		    !strcmp(made_over_reading(rf, r, term, tlen, own, olen, sent, slen), "Custom Model"))
			return "Custom Model";
		return "Base Model";
	}
	return made_over_reading(rf, r, term, tlen, own, olen, sent, slen);
}

/*
 * The rest of model_reading, past the name and the base model's head:
 * "Custom Model" or "Customer Model" by what the definition says or the
 * name's first word, "Model" otherwise.
 */
static const char *made_over_reading(struct roles_finder *rf, const struct roles *r,
				     const char *term, size_t tlen, const char *own, size_t olen,
				     const char *sent, size_t slen)
{
	/* Word starts that say a part of the model or what it includes. */
	static const char *const part_words[] = { "includ", "every", "each", "any", "adaptation",
						  "improvement" };
	size_t from = 0, s, n, w;
	int vendors, possessed;

	if (customer_submits(rf, r, sent, slen))
		return "Customer Model";
	/* "Verity's forecasting model", "owned or licensed by the Supplier and used to provide the Services" */
	vendors = vendor_owns_model(rf, r, sent, slen);
	possessed = !vendors && vendor_possessive(r, own, olen);
	if (!vendors && !possessed && (trained_on_customer_data(rf, r, sent, slen) ||
			 made_from_customer_data(r, own, own >= sent && own < sent + slen ?
						  (size_t)(sent + slen - own) : olen,
						  model_made_verbs, ARRAY_SIZE(model_made_verbs))))
		return "Custom Model";
	/*
	 * The vendor's model made for the customer is the custom model all the
	 * same ('the Vendor's fraud-detection model as configured and trained
	 * for the Bank'); made only under the contract, or trained on the
	 * customer's data, it stays the vendor's.
	 */
	while (!vendors && from < slen &&
	       rf_exec(rf, rf->model_made, (PCRE2_SPTR)sent, slen, from, 0) >= 0) {
		size_t end = pcre2_get_ovector_pointer(rf->md)[1];

		from = end > from ? end : from + 1;
		rf_group(rf, 3, &s, &n);
		if (n) {
			if (!possessed)
				return "Custom Model";
			continue;
		}
		/*
		 * Of the vendor's model, only what is said of all of it: not
		 * 'Provider's forecasting model and every adaptation of it made
		 * for Client', 'including the ranking models we train for you'.
		 */
		if (possessed && word_start_in(sent, pcre2_get_ovector_pointer(rf->md)[0],
					       part_words, ARRAY_SIZE(part_words)))
			continue;
		rf_group(rf, 1, &s, &n);
		if (!n)
			rf_group(rf, 2, &s, &n);
		if (is_customer_word(rf, r, sent + s, n) || customer_alias_at(r, sent, slen, s))
			return "Custom Model";
	}
	for (w = 0; w < tlen && !isspace((unsigned char)term[w]); w++)
		;
	if (w < tlen && is_customer_word(rf, r, term, w))
		return "Customer Model";
	return "Model";
}

/* Whether the name is a customer's word and a data word: "Client Materials", "Your Files". */
static int customer_data_name(struct roles_finder *rf, const struct roles *r,
			      const char *t, size_t n)
{
	return rf_matches(rf, rf->data_noun, t, n) &&
	       name_has_word(rf, r, t, n, '\'', is_customer_word);
}

/*
 * Whether body says the vendor makes what it defines: "prepared by
 * Service Provider specifically for Client", "developed by or on behalf
 * of Supplier".
 */
static int vendor_made(struct roles_finder *rf, const struct roles *r,
		       const char *body, size_t blen)
{
	return any_match_names(rf, r, rf->vendor_made, body, blen, is_vendor_word);
}

/*
 * Whether a model term is named as the service the vendor provides, in the
 * singular: its last word "Assistant", "Platform", "Solution", "Tool",
 * "Application", "Copilot", "Chatbot", "Bot" or "Agent" and no model's
 * name ("Platform Model").  An AI system so named is the service in the
 * rules' words: "Provider may suspend the Platform without notice" cuts
 * off the service.  A system named "Engine", "System" or "Software" stays
 * a model: the rules read those words as they are.
 */
static int named_as_service(struct roles_finder *rf, const char *term, size_t tlen)
{
	static const char *const heads[] = {
		"Assistant", "Platform", "Solution", "Tool", "Application", "Copilot", "Co-Pilot",
		"Chatbot", "Bot", "Agent"
	};
	size_t w = tlen, i;

	while (w > 0 && !isspace((unsigned char)term[w - 1]))
		w--;
	for (i = 0; i < ARRAY_SIZE(heads); i++)
		if (strlen(heads[i]) == tlen - w && !memcmp(heads[i], term + w, tlen - w))
			return !rf_matches(rf, rf->model_name, term, tlen);
	return 0;
}

/*
 * Whether a model's definition says third parties make or supply it: "the
 * third-party large language models used by the Platform", "the models
 * made available to us by third-party providers", "licensed by Vendor from
 * third parties".  Read in its first clause (to a full stop or semicolon),
 * never past a negation ("developed by Provider and not by any third
 * party") nor where third parties only receive or give something else
 * ("not disclosed to third parties", "trained on data from third parties").
 * A definition that calls it a base, foundation or pre-trained model ("the
 * pre-trained model published by a third party") keeps that reading, the
 * model the custom ones are made from.
 */
static int third_party_model(const char *def, size_t dlen)
{
	static const char *const by_verbs[] = {
		"provided", "supplied", "developed", "licensed", "available", "owned", "operated",
		"hosted", "offered", "built", "created", "published", "maintained", "made"
	};
	static const char *const from_verbs[] = {
		"licensed", "obtained", "sourced", "procured", "sublicensed", "licenced"
	};
	static const char *const fillers[] = {
		"one", "or", "more", "a", "certain", "various", "other", "selected", "its", "our",
		"their", "the"
	};
	static const char *const base_words[] = {
		"base", "foundation", "foundational", "pre", "pretrained", "upstream"
	};
	static const char *const data_words[] = {
		"data", "dataset", "datasets", "information", "content", "materials", "corpus"
	};
	static const char *const model_words[] = {
		"model", "models", "llm", "llms"
	};
	const char *w[48];
	size_t wl[48], nw = 0, i, k, lim = dlen < 240 ? dlen : 240;
	int head_is_model = 0;

	/* The words of the first clause; a negation ends the reading. */
	for (i = 0; i < lim && nw < ARRAY_SIZE(w); ) {
		if (def[i] == '.' || def[i] == ';')
			break;
		if (!isalnum((unsigned char)def[i])) {
			i++;
			continue;
		}
		for (k = i; k < lim && (isalnum((unsigned char)def[k]) || def[k] == '\''); k++)
			;
		if ((k - i == 3 && !strncasecmp(def + i, "not", 3)) ||
		    (k - i == 5 && !strncasecmp(def + i, "never", 5)))
			break;
		/* "trains on data obtained from third parties": what third parties give is data. */
		if (word_in(def + i, k - i, data_words, ARRAY_SIZE(data_words)))
			break;
		/*
		 * "the Supplier's AI tutoring system, including any Third Party
		 * Model": a system that takes in a third party's model is not
		 * one; its head says whose it is.  So is a model that takes them
		 * in ("a model made available through the Services, including
		 * models supplied by third parties").  A model's own words after
		 * the list of what it includes, past its comma, read on ("any
		 * machine learning model, including any large language model,
		 * licensed from a third party").
		 */
		if (nw >= 2 && ((k - i == 9 && !strncasecmp(def + i, "including", 9)) ||
				(k - i == 8 && !strncasecmp(def + i, "includes", 8)))) {
			size_t c = k;

			while (head_is_model && c < lim && def[c] != ',' && def[c] != '.' &&
			       def[c] != ';')
				c++;
			if (!head_is_model || c >= lim || def[c] != ',')
				break;
			i = c + 1;
			continue;
		}
		if (word_in(def + i, k - i, model_words, ARRAY_SIZE(model_words)))
			head_is_model = 1;
		/* "the pre-trained model published by a third party": a base model. */
		if (word_in(def + i, k - i, base_words, ARRAY_SIZE(base_words)))
			return 0;
		w[nw] = def + i;
		wl[nw++] = k - i;
		i = k;
	}
	for (i = 0; i + 1 < nw; i++) {
		size_t j, v;

		/*
		 * "whether developed by us or licensed from third parties": the
		 * vendor's own models too, by "us" or a capitalised name after
		 * "by" in the limb before "or".
		 */
		if (wl[i] == 7 && !strncasecmp(w[i], "whether", 7)) {
			for (j = i + 1; j + 1 < nw && !(wl[j] == 2 && !strncasecmp(w[j], "or", 2)); j++)
				if (wl[j] == 2 && !strncasecmp(w[j], "by", 2) &&
				    ((wl[j + 1] == 2 && !strncasecmp(w[j + 1], "us", 2)) ||
				     (isupper((unsigned char)w[j + 1][0]) &&
				      strncasecmp(w[j + 1], "third", 5)) ||
				     (j + 2 < nw && wl[j + 1] == 3 && !strncmp(w[j + 1], "the", 3) &&
				      isupper((unsigned char)w[j + 2][0]))))
					return 0;
			continue;
		}
		if (wl[i] != 5 || strncasecmp(w[i], "third", 5) ||
		    strncasecmp(w[i + 1], "part", 4))
			continue;
		/* "third-party large language models": a model word within four words. */
		for (j = i + 2; j < nw && j <= i + 6; j++)
			if (word_in(w[j], wl[j], model_words, ARRAY_SIZE(model_words)))
				return 1;
		/* "provided by (one or more) third parties", "licensed from third parties" */
		for (j = i; j > 0 && i - j < 3 &&
		     word_in(w[j - 1], wl[j - 1], fillers, ARRAY_SIZE(fillers)); j--)
			;
		if (j == 0)
			continue;
		j--;
		for (v = j; v > 0 && j - v < 5; v--) {
			if (wl[j] == 2 && !strncasecmp(w[j], "by", 2) &&
			    word_in(w[v - 1], wl[v - 1], by_verbs, ARRAY_SIZE(by_verbs)))
				return 1;
			if (wl[j] == 4 && !strncasecmp(w[j], "from", 4) &&
			    word_in(w[v - 1], wl[v - 1], from_verbs, ARRAY_SIZE(from_verbs)))
				return 1;
		}
	}
	return 0;
}

/*
 * Whether w[at] on names the service after a word of its running: "of
 * the Platform", "of the Services", not "of the Customer's business" (a
 * possessive names whose the thing run is) nor "of the vehicles".  The
 * service by its defined name (a capital, no possessive) or a word for it.
 */
static int service_follows(const char *const *w, const size_t *wl, size_t nw, size_t at,
			   int with)
{
	static const char *const things[] = {
		"service", "services", "platform", "software", "system", "systems", "solution",
		"application", "app", "portal", "api", "product", "products", "tools"
	};

	if (at >= nw || !(word_is(w[at], wl[at], "of") || (with && word_is(w[at], wl[at], "with"))))
		return 0;
	if (++at < nw && ((wl[at] == 3 && !strncasecmp(w[at], "the", 3)) ||
			  (wl[at] == 3 && !strncasecmp(w[at], "our", 3)) ||
			  (wl[at] == 3 && !strncasecmp(w[at], "its", 3))))
		at++;
	if (at >= nw || memchr(w[at], '\'', wl[at]))
		return 0;
	return word_in(w[at], wl[at], things, ARRAY_SIZE(things)) ||
	       (isupper((unsigned char)w[at][0]) &&
		!(at + 1 < nw && isupper((unsigned char)w[at + 1][0]) && memchr(w[at + 1], '\'', wl[at + 1])));
}

/* The words at the head of a definition in which usage_defined looks for its head. */
#define USAGE_HEAD_WORDS 5
/* The last leads of usage_defined (marked in leads[]): to a use, not to a service's running. */
#define NUSE_ONLY_LEADS 2

/*
 * Whether a definition says what it defines is usage data: information
 * about how the customer uses the service, or information that leaves the
 * customer's data out.  Its head, within its first five words, is a word
 * for information ("information", "data", "statistics", "metrics",
 * "records", "insights", "patterns", "learnings"), and its first clause
 * (to a full stop or semicolon) says the use it is drawn from, "derived
 * from Customer's use of the Services", "the insights we gain from how you
 * use the app", "records of the Licensee's interactions with the
 * Platform", or leaves the customer's data out by its term, "which does
 * not include the content of Customer Data", "but not Licensee Content".
 * Never past a negation before the head, nor fees or other money ("the
 * fees for Customer's use of the Services" has no head of information).
 * With `of_service`, only a use or interaction of or with the service
 * ("use of the Platform", "interactions with the Service"), which
 * classify reads before the weaker signs of the customer's data.
 */

static int usage_defined(const char *def, size_t dlen, int of_service)
{
	static const char *const heads[] = {
		"information", "data", "statistics", "metrics", "records", "insights",
		"patterns", "learnings", "measurements", "analytics", "logs", "telemetry",
		"metadata", "diagnostics"
	};
	static const char *const uses[] = {
		"use", "uses", "usage", "using", "interaction", "interactions", "interact", "interacts"
	};
	/* What a service does, not what its user does: read only where the service is named after it. */
	static const char *const runs[] = { "operation", "operations", "performance", "running", "functioning" };
	static const char *const leads[] = {
		"from", "of", "about", "on", "regarding", "concerning", "describing",
		"reflecting", "derived", "how", "relating", "related", "with",
		/*
		 * The last NUSE_ONLY_LEADS, of a use only: "records generated by
		 * the Client's use of the Service", not "know-how generated in
		 * the performance of a project".
		 */
		"generated", "through"
	};
	static const char *const abouts[] = {
		"about", "regarding", "concerning", "relating", "related", "describing"
	};
	static const char *const excl[] = { "excluding", "excludes", "exclude" };
	static const char *const not_heads[] = { "not", "no", "never", "fees", "charges" };
	const char *w[CLAUSE_WORDS_MAX];
	size_t wl[CLAUSE_WORDS_MAX], nw, i, head = (size_t)-1;
	int about = 0;

	/* The head first: most definitions have none, and need no more words. */
	nw = clause_words(def, dlen, 1, w, wl, USAGE_HEAD_WORDS);
	for (i = 0; i < nw; i++) {
		if (word_in(w[i], wl[i], not_heads, ARRAY_SIZE(not_heads)))
			return 0;
		if (word_in(w[i], wl[i], heads, ARRAY_SIZE(heads))) {
			head = i;
			break;
		}
	}
	if (head == (size_t)-1)
		return 0;
	nw = clause_words(def, dlen, 1, w, wl, ARRAY_SIZE(w));
	for (i = head + 1; i < nw; i++) {
		size_t j;
		int used;

		/* "from the Customer's use of", "about how the Client's Authorised Users use" */
		if (word_in(w[i], wl[i], abouts, ARRAY_SIZE(abouts)))
			about = 1;
		/*
		 * The running of the service only where nothing before says what
		 * else the data is about: "data ... relating to the documents
		 * crawled ... in connection with its operation of the Product" is
		 * about the documents.
		 */
		/* "materials provided ... for use in the Center": a purpose, no use recorded. */
		used = word_in(w[i], wl[i], uses, ARRAY_SIZE(uses)) &&
		       !(i > 0 && word_is(w[i - 1], wl[i - 1], "for")) &&
		       (!of_service || service_follows(w, wl, nw, i + 1, 1));
		if (of_service && !used)
			continue;
		if (used || (!about && word_in(w[i], wl[i], runs, ARRAY_SIZE(runs)) &&
			     service_follows(w, wl, nw, i + 1, 0)))
			for (j = i; j > head + 1 && i - j < 5; j--)
				if (word_in(w[j - 1], wl[j - 1], leads,
					    ARRAY_SIZE(leads) - (used ? 0 : NUSE_ONLY_LEADS)))
					return 1;
		/* "does not include the content of Customer Data", "but not Licensee Content" */
		if ((wl[i] == 3 && !strncasecmp(w[i], "not", 3)) ||
		    word_in(w[i], wl[i], excl, ARRAY_SIZE(excl)))
			for (j = i + 1; j < nw && j <= i + 6; j++)
				if (isupper((unsigned char)w[j][0]) &&
				    ((wl[j] == 4 && !strncmp(w[j], "Data", 4)) ||
				     (wl[j] == 7 && !strncmp(w[j], "Content", 7))))
					return 1;
	}
	return 0;
}

/* Whether a name's last word is a noun the rules read as usage data with a usage word: "Usage Data", "Telemetry". */
static int usage_noun_last(const char *term, size_t tlen)
{
	static const char *const nouns[] = {
		"data", "information", "statistics", "metrics", "logs", "log", "telemetry",
		"metadata", "analytics", "diagnostics"
	};
	size_t k = tlen;

	while (k > 0 && isalpha((unsigned char)term[k - 1]))
		k--;
	return word_in(term + k, tlen - k, nouns, ARRAY_SIZE(nouns));
}

/*
 * Whether a term named as deliverables ("Deliverables", "Project
 * Deliverables") is defined to take in a model trained for the work:
 * '"Deliverables" means the trained Voice-Bot model, including its
 * weights, ...', "all code, notebooks, trained model files and weights
 * ...", "the custom model we train for you".  The model is named in the
 * head of the definition with a word of training before it (three words
 * at most) or its weights after it ("the model weights"); not past a
 * word that leaves it out ("excluding any trained model", "other than",
 * "does not include"), nor a model named by a term of its own ("the Custom
 * Model, the Documentation ..."), which the contract uses where it means it.
 */
static int deliverables_with_model(const char *term, size_t tlen, const char *body, size_t blen)
{
	static const char *const names[] = { "Deliverable", "Deliverables" };
	static const char *const trained[] = {
		"trained", "fine-tuned", "retrained", "re-trained", "tuned", "custom",
		"customised", "customized",
	};
	static const char *const after[] = { "weights", "parameters" };
	static const char *const out[] = { "excluding", "except", "other", "not", "without", "save" };
	size_t k = tlen, n, i = 0, prev[3] = { 0 }, plen[3] = { 0 }, np = 0;

	while (k > 0 && isalpha((unsigned char)term[k - 1]))
		k--;
	if (!word_in(term + k, tlen - k, names, ARRAY_SIZE(names)))
		return 0;
	/* The head only for a name of deliverables: most names are none. */
	n = head_end(body, blen);
	while (i < n) {
		size_t s, e, j;

		while (i < n && !isalpha((unsigned char)body[i]))
			i++;
		for (s = i; i < n && (isalpha((unsigned char)body[i]) || body[i] == '-'); i++)
			;
		e = i;
		if (e == s)
			break;
		if (word_in(body + s, e - s, out, ARRAY_SIZE(out)))
			return 0;
		/* Lower case: a model defined as a term of its own ("the Custom Model") is read by it. */
		if (e - s >= 5 && !strncmp(body + s, "model", 5) &&
		    (e - s == 5 || (e - s == 6 && body[s + 5] == 's'))) {
			size_t a = e + 1, b;

			for (j = 0; j < np; j++)
				if (word_in(body + prev[j], plen[j], trained, ARRAY_SIZE(trained)))
					return 1;
			for (b = a; b < n && isalpha((unsigned char)body[b]); b++)
				;
			if (e < n && body[e] == ' ' && word_in(body + a, b - a, after, ARRAY_SIZE(after)))
				return 1;
		}
		/* The three words before the next. */
		if (np == 3) {
			prev[0] = prev[1], plen[0] = plen[1];
			prev[1] = prev[2], plen[1] = plen[2];
			np = 2;
		}
		prev[np] = s, plen[np] = e - s, np++;
	}
	return 0;
}

/*
 * Whether a "means" definition opens on deliverables under a name that
 * does not say so: '"Specific Developments" means all deliverables
 * produced for the Client, including the Forecasting Models'.  After at
 * most two articles or quantifiers; not a deliverable's own thing ("the
 * deliverables' specifications", "deliverables acceptance"), nor the
 * customer's ("the deliverables to be provided by the Customer").  Returns 2
 * where the definition takes in a term read as the custom model, 1
 * otherwise, 0 where it does not open on deliverables.
 */
/* Bytes of a definition's head in which deliverables_by_head looks for its word. */
#define DELIVERABLES_HEAD 32

/*
 * Where a list in the head of a definition ends on "and other
 * deliverables" (also "or", "any", "all"): '"Work Product" means the RPM,
 * the Alerts, the Documentation and other deliverables' says each thing
 * listed is a deliverable.  Returns the end of "deliverables", 0 where the
 * head n bytes do not end a list so.
 */
static size_t other_deliverables_at(const char *body, size_t n)
{
	static const char *const joins[] = { "and", "or" };
	static const char *const dets[] = { "any", "all", "such" };
	size_t at = 0, ws, we, e;

	while ((at = text_find(body, n, at, "other deliverable", 10)) < n) {
		size_t start = at;

		e = at + 17;
		at = e;
		if (e < n && body[e] == 's')
			e++;
		if ((e < n && isalpha((unsigned char)body[e])) ||
		    (start > 0 && isalpha((unsigned char)body[start - 1])))
			continue;
		we = word_back(body, start, &ws);
		if (we > ws && word_in(body + ws, we - ws, dets, ARRAY_SIZE(dets)))
			we = word_back(body, ws, &ws);
		if (we > ws && word_in(body + ws, we - ws, joins, ARRAY_SIZE(joins)))
			return e;
	}
	return 0;
}

static int deliverables_by_head(struct roles_finder *rf, const struct roles *r, const char *term,
				size_t tlen, const char *body, size_t blen)
{
	static const char *const dets[] = { "the", "all", "any", "each", "every", "such", "those" };
	static const char *const names[] = { "deliverable", "deliverables" };
	size_t i = 0, e, k, n;

	/*
	 * By its rare "v", in the first words only: most definitions open on
	 * none.  Or a list in the head that ends on "and other deliverables".
	 */
	n = blen < DELIVERABLES_HEAD ? blen : DELIVERABLES_HEAD;
	if (text_find(body, n, 0, "eliverable", 3) == n) {
		n = blen < HANDLED_REACH ? blen : HANDLED_REACH;
		/* The rare "v" looked for before the head's end, which a byte scan finds. */
		if (text_find(body, n, 0, "other deliverable", 10) == n)
			return 0;
		n = head_end(body, blen);
		if (!(e = other_deliverables_at(body, n)) ||
		    name_has_word(rf, r, term, tlen, '\'', is_customer_word))
			return 0;
		goto by_whom;
	}
	if (name_has_word(rf, r, term, tlen, '\'', is_customer_word))
		return 0;
	n = head_end(body, blen);

	for (k = 0; k < 3; k++) {
		while (i < n && (body[i] == ' ' || body[i] == ','))
			i++;
		for (e = i; e < n && isalpha((unsigned char)body[e]); e++)
			;
		if (!word_in(body + i, e - i, dets, ARRAY_SIZE(dets)))
			break;
		i = e;
	}
	if (k == 3 || !word_in(body + i, e - i, names, ARRAY_SIZE(names)) ||
	    (e < n && (body[e] == '\'' || (unsigned char)body[e] >= 0x80)))
		return 0;
	/* "deliverables acceptance", "deliverables schedule": a thing of deliverables. */
	if (e + 1 < n && body[e] == ' ' && isalpha((unsigned char)body[e + 1]) &&
	    islower((unsigned char)body[e + 1])) {
		static const char *const joins[] = {
			"produced", "prepared", "created", "developed", "made", "delivered", "provided",
			"to", "that", "which", "under", "of", "for", "and", "or", "in", "including",
			"specified", "described", "listed", "set", "identified", "supplied", "written",
			"built", "designed",
		};
		size_t f;

		for (f = e + 1; f < n && isalpha((unsigned char)body[f]); f++)
			;
		if (!word_in(body + e + 1, f - e - 1, joins, ARRAY_SIZE(joins)))
			return 0;
	}
by_whom:
	/* "the deliverables to be provided by the Customer": the customer's own. */
	for (i = e; (i = text_find(body, n, i, " by ", 1)) < n; i++) {
		size_t ws, we = word_on(body, n, i + 4, &ws);

		if (word_is(body + ws, we - ws, "the"))
			we = word_on(body, n, we, &ws);
		if (we > ws && (is_customer_word(rf, r, body + ws, we - ws) ||
				customer_alias_at(r, body, n, ws)))
			return 0;
	}
	for (k = 0; k < r->nterms; k++)
		if (r->terms[k].cls == TERM_MODEL && r->terms[k].reads_as &&
		    !strncmp(r->terms[k].reads_as, "Custom Model", 12) &&
		    has_word_as(body, blen, r->terms[k].term, 0))
			return 2;
	return 1;
}

/* Words of a definition's first clause that vendor_product reads. */
#define PRODUCT_WORDS 8

/*
 * Whether a "means" definition says the thing is the vendor's product
 * under a name the rules do not read ("PA Module", "Claims Navigator"):
 * the vendor's possessive, at most three words in lower case, then
 * "service", "platform", "application" or "solution", ending there or
 * going on with "that", "which", "for", "provided", "made" or "used":
 * "Vendor's software service that reads ...", "our hosted platform for
 * ...".  Not the vendor's support or professional services, nor a name
 * the rules read already ("Software", "Services").
 */
static int vendor_product(struct roles_finder *rf, const struct roles *r, const char *term,
			  size_t tlen, const char *body, size_t blen)
{
	static const char *const heads[] = { "service", "platform", "application", "solution" };
	static const char *const goes_on[] = {
		"that", "which", "for", "provided", "made", "used", "operated", "hosted",
	};
	static const char *const named[] = {
		"service", "services", "support", "maintenance", "software", "professional",
		"training", "consulting", "implementation",
	};
	const char *w[PRODUCT_WORDS];
	size_t wl[PRODUCT_WORDS], nw, i = 0, k, n;

	/*
	 * Most definitions open on no possessive: the bytes are asked before
	 * the words are split ("the Vendor's", "our").
	 */
	while (i < blen && body[i] == ' ')
		i++;
	if (i + 4 <= blen && !strncasecmp(body + i, "the ", 4))
		i += 4;
	else if (i + 2 <= blen && !strncasecmp(body + i, "a ", 2))
		i += 2;
	if (!(i + 4 <= blen && !strncasecmp(body + i, "our ", 4))) {
		for (k = i; k < blen && isalpha((unsigned char)body[k]); k++)
			;
		if (k == i || k + 2 > blen || body[k] != '\'' || body[k + 1] != 's')
			return 0;
	}
	i = 0;
	if (any_word_in(term, tlen, named, ARRAY_SIZE(named)))
		return 0;
	nw = clause_words(body, blen, 1, w, wl, ARRAY_SIZE(w));
	if (i < nw && (word_is(w[i], wl[i], "the") || word_is(w[i], wl[i], "a")))
		i++;
	if (i >= nw)
		return 0;
	n = wl[i];
	if (n > 2 && w[i][n - 2] == '\'' && w[i][n - 1] == 's')
		n -= 2;
	else if (!word_is(w[i], n, "our"))
		return 0;
	if (!is_vendor_word(rf, r, w[i], n))
		return 0;
	for (k = i + 1; k < nw && k <= i + 4; k++) {
		if (word_in(w[k], wl[k], heads, ARRAY_SIZE(heads)))
			return k + 1 == nw ||
			       word_in(w[k + 1], wl[k + 1], goes_on, ARRAY_SIZE(goes_on));
		if (!islower((unsigned char)w[k][0]))
			return 0;
	}
	return 0;
}

/* Words of a definition's first clause that vendor_background reads, and its bytes. */
#define BACKGROUND_WORDS 24
#define BACKGROUND_REACH 200

/*
 * Whether a "means" definition says the thing is the vendor's background
 * IP by what it is, under a name that does not say so ("VisionCore",
 * "Contractor Tools"): the vendor's pre-existing things ("the Developer's
 * pre-existing software framework"), or things of the vendor existing
 * before the contract or developed independently of it ("software,
 * libraries and base models of the Contractor existing before this
 * Agreement").  Read in the first clause; the vendor by its possessive,
 * "of" or "by" it.  A name with a word the rules read as background
 * already ("Background Materials", "Pre-existing IP") is left as it is.
 */
static int vendor_background(struct roles_finder *rf, const struct roles *r, const char *term,
			     size_t tlen, const char *body, size_t blen)
{
	/*
	 * "existing" by its rare "x": "pre-existing", "existing before"; "before"
	 * by its "f": "whether created before or during the Term" (most
	 * definitions hold neither).
	 */
	static const struct frag frags[] = {
		{ "existing", 1 }, { "before or ", 2 }, { "before, on or ", 2 }
	};
	/* The vendor's own kinds of tools, whenever made. */
	static const char *const tools[] = {
		"software", "tools", "know-how", "methodologies", "methods", "technology",
		"libraries", "frameworks", "pipelines", "algorithms", "code", "utilities"
	};
	static const char *const whiles[] = { "during", "after" };
	static const char *const named[] = {
		"background", "pre-existing", "preexisting", "existing", "prior", "pre"
	};
	static const char *const pre[] = { "pre-existing", "preexisting" };
	static const char *const befores[] = { "before", "prior" };
	const char *w[BACKGROUND_WORDS];
	size_t wl[BACKGROUND_WORDS], nw, i, pre_at = (size_t)-1, before_at = (size_t)-1;
	size_t of_vendor_at = (size_t)-1, k, either_at = (size_t)-1;
	int vendor_at_head = 0, vendor_named = 0, tool_at_head = 0;

	if (!has_frag(body, blen, BACKGROUND_REACH, frags, ARRAY_SIZE(frags)) ||
	    any_word_in(term, tlen, named, ARRAY_SIZE(named)))
		return 0;
	nw = clause_words(body, blen, 1, w, wl, ARRAY_SIZE(w));
	for (i = 0; i < nw; i++) {
		size_t n = wl[i];

		if (word_in(w[i], n, pre, ARRAY_SIZE(pre)) && i < 6 && pre_at == (size_t)-1)
			pre_at = i;
		/* "existing before", "existing prior to", "developed independently" */
		if (i + 1 < nw && ((word_is(w[i], n, "existing") &&
				    word_in(w[i + 1], wl[i + 1], befores, ARRAY_SIZE(befores))) ||
				   (word_is(w[i], n, "developed") && word_is(w[i + 1], wl[i + 1], "independently"))))
			before_at = before_at == (size_t)-1 ? i : before_at;
		/* "before or during the Term", "before, on or after the Effective Date" */
		if (i + 2 < nw && word_is(w[i], n, "before") &&
		    ((word_is(w[i + 1], wl[i + 1], "or") && word_in(w[i + 2], wl[i + 2], whiles, ARRAY_SIZE(whiles))) ||
		     (i + 3 < nw && word_is(w[i + 1], wl[i + 1], "on") && word_is(w[i + 2], wl[i + 2], "or") &&
		      word_in(w[i + 3], wl[i + 3], whiles, ARRAY_SIZE(whiles)))))
			either_at = either_at == (size_t)-1 ? i : either_at;
		if (either_at == (size_t)-1 && word_in(w[i], n, tools, ARRAY_SIZE(tools)))
			tool_at_head = 1;
		if (n > 2 && w[i][n - 2] == '\'' && (w[i][n - 1] | 0x20) == 's')
			n -= 2;
		if (!is_vendor_word(rf, r, w[i], n))
			continue;
		/* "the Developer's pre-existing", "our pre-existing" */
		if (i < 4 && n < wl[i])
			vendor_at_head = 1;
		if (word_is(w[i], wl[i], "our") && i < 4)
			vendor_at_head = 1;
		/* "of the Contractor", "owned by the Contractor", "Contractor's" anywhere before the time */
		/* "of the Service Provider": one capitalised word of its name before the noun. */
		k = i > 1 && isupper((unsigned char)w[i - 1][0]) && isupper((unsigned char)w[i][0]) ?
		    i - 1 : i;
		if (k > 0 && (word_is(w[k - 1], wl[k - 1], "of") || word_is(w[k - 1], wl[k - 1], "by") ||
			      (k > 1 && word_is(w[k - 1], wl[k - 1], "the") &&
			       (word_is(w[k - 2], wl[k - 2], "of") || word_is(w[k - 2], wl[k - 2], "by"))))) {
			vendor_named = 1;
			if (of_vendor_at == (size_t)-1)
				of_vendor_at = i;
		}
		if (n < wl[i])
			vendor_named = 1;
	}
	/*
	 * "the pre-existing elements of the Service Provider": the vendor a few
	 * words after the things, not somewhere later in the clause.
	 */
	if (pre_at != (size_t)-1 &&
	    (vendor_at_head || (of_vendor_at > pre_at && of_vendor_at <= pre_at + 6)))
		return 1;
	/*
	 * "Developer's software, pipelines, know-how and tools, whether created
	 * before or during the Term": the vendor's own tools whenever made are
	 * its background, as its pre-existing ones are.  Not its people, nor
	 * the customer's tools ("Customer's software ... created before or
	 * during the Term"), nor what is made during the Term alone.
	 */
	if (vendor_at_head && tool_at_head && either_at != (size_t)-1)
		return 1;
	return before_at != (size_t)-1 && vendor_named;
}

/* Words of a definition's first clause that vendor_made_material reads. */
#define MADE_MATERIAL_WORDS 14
/* Bytes in which its head word is looked for first. */
#define MADE_MATERIAL_HEAD 24

/*
 * Whether a "means" definition opens on material the vendor makes or must
 * deliver under the contract, under a name that does not say deliverables:
 * '"Contract Material" means all material created or required to be
 * delivered by the Contractor under this Deed', "the works produced by
 * the Supplier in performing the Services".  Not what it provides or
 * supplies (its own), nor what it made before ("developed by the
 * Contractor before the Commencement Date").
 */
static int vendor_made_material(struct roles_finder *rf, const struct roles *r, const char *body,
				size_t blen)
{
	static const char *const dets[] = { "the", "all", "any", "each", "every", "such" };
	static const char *const heads[] = { "material", "materials", "works", "items" };
	static const char *const made[] = { "created", "developed", "produced", "prepared",
					    "delivered", "written", "authored", "generated" };
	static const char *const earlier[] = { "before", "prior", "pre-existing", "preexisting",
					       "independently", "outside" };
	/* The head word in the first bytes, by a rare byte: most definitions open on none. */
	static const struct frag firsts[] = { { "aterial", 4 }, { "works", 3 }, { "items", 0 } };
	const char *w[MADE_MATERIAL_WORDS];
	size_t wl[MADE_MATERIAL_WORDS], nw, i = 0, k, verb = 0;

	if (!has_frag(body, blen, MADE_MATERIAL_HEAD, firsts, ARRAY_SIZE(firsts)))
		return 0;
	nw = clause_words(body, blen, 1, w, wl, ARRAY_SIZE(w));
	while (i < nw && i < 2 && word_in(w[i], wl[i], dets, ARRAY_SIZE(dets)))
		i++;
	if (i >= nw || !word_in(w[i], wl[i], heads, ARRAY_SIZE(heads)))
		return 0;
	for (k = i + 1; k < nw; k++)
		if (word_in(w[k], wl[k], earlier, ARRAY_SIZE(earlier)))
			return 0;
	for (k = i + 1; k < nw; k++) {
		if (k <= i + 6 && word_in(w[k], wl[k], made, ARRAY_SIZE(made)))
			verb = k;
		if (verb && word_is(w[k], wl[k], "by") && k <= verb + 2) {
			size_t v = k + 1 < nw && word_is(w[k + 1], wl[k + 1], "the") ? k + 2 : k + 1;

			if (v < nw && is_vendor_word(rf, r, w[v], wl[v]))
				return 1;
		}
	}
	return 0;
}

/* Words of a definition's first clause that vendor_delivers_made reads. */
#define DELIVERS_MADE_WORDS 24

/*
 * Whether a "means" definition opens on work product the vendor must
 * deliver or makes for the customer, in the active voice: '"Project
 * Products" means the reports, configurations and documentation that the
 * Supplier is required to deliver to the Client under a Statement of
 * Work', "the designs and code that we develop for you".  Its head a kind
 * of work product, who makes it the vendor in at most three words after
 * "that" or "which", and whom for the customer, named in the three words
 * after the verb.  Not what the customer delivers, nor what the vendor
 * made before or outside the contract.
 */
static int vendor_delivers_made(struct roles_finder *rf, const struct roles *r, const char *body,
				size_t blen)
{
	static const char *const dets[] = { "the", "all", "any", "each", "every", "such" };
	static const char *const heads[] = {
		"reports", "documents", "documentation", "code", "software", "configurations",
		"designs", "specifications", "drawings", "analyses", "materials", "works", "items",
		"plans", "manuals", "studies", "dashboards", "scripts", "templates", "work",
	};
	static const char *const whos[] = { "that", "which" };
	static const char *const modals[] = { "is", "are", "required", "to", "shall", "must", "will" };
	static const char *const verbs[] = {
		"deliver", "delivers", "develop", "develops", "create", "creates", "prepare",
		"prepares", "produce", "produces",
	};
	static const char *const earlier[] = { "before", "prior", "pre-existing", "preexisting",
					       "independently", "outside" };
	const char *w[DELIVERS_MADE_WORDS];
	size_t wl[DELIVERS_MADE_WORDS], nw, i = 0, k, who = 0;

	size_t at = 0, n, lim = blen < 40 ? blen : 40;

	/* The head first, by a byte scan of the first words: most definitions open on none. */
	for (k = 0; k < 3; k++) {
		if (!(n = next_word(body, lim, &at)))
			return 0;
		if (word_in(body + at, n, heads, ARRAY_SIZE(heads)))
			break;
		if (k == 2 || !word_in(body + at, n, dets, ARRAY_SIZE(dets)))
			return 0;
		at += n;
	}
	nw = clause_words(body, blen, 1, w, wl, ARRAY_SIZE(w));
	while (i < nw && i < 2 && word_in(w[i], wl[i], dets, ARRAY_SIZE(dets)))
		i++;
	if (i >= nw || !word_in(w[i], wl[i], heads, ARRAY_SIZE(heads)))
		return 0;
	for (k = i + 1; k < nw && k <= i + 8; k++)
		if (word_in(w[k], wl[k], whos, ARRAY_SIZE(whos))) {
			who = k;
			break;
		}
	if (!who)
		return 0;
	for (k = who + 1; k < nw; k++)
		if (word_in(w[k], wl[k], earlier, ARRAY_SIZE(earlier)))
			return 0;
	/* Who: the vendor, after "the" perhaps, in at most three words. */
	for (k = who + 1; k < nw && k <= who + 3; k++)
		if (is_vendor_word(rf, r, w[k], wl[k]))
			break;
	if (k >= nw || k > who + 3)
		return 0;
	/* The rest of its name: "the Service Provider". */
	while (k + 1 < nw && k < who + 3 && isupper((unsigned char)w[k + 1][0]))
		k++;
	for (k++; k < nw && word_in(w[k], wl[k], modals, ARRAY_SIZE(modals)); k++)
		;
	if (k >= nw || !word_in(w[k], wl[k], verbs, ARRAY_SIZE(verbs)))
		return 0;
	/* For whom: "to the Client", "for you", in the three words after the verb. */
	for (i = k + 1; i < nw && i <= k + 3; i++)
		if (is_customer_word(rf, r, w[i], wl[i]))
			return word_is(w[i - 1], wl[i - 1], "to") || word_is(w[i - 1], wl[i - 1], "for") ||
			       (i >= 2 && word_is(w[i - 1], wl[i - 1], "the") &&
				(word_is(w[i - 2], wl[i - 2], "to") || word_is(w[i - 2], wl[i - 2], "for")));
	return 0;
}

/* What a term of class `cls` is read as; NULL: as written. */
static const char *term_reading(struct roles_finder *rf, const struct roles *r,
				enum term_class cls, const char *term, size_t tlen,
				const char *body, size_t blen, enum def_side side,
				const char *sent, size_t slen)
{
	size_t olen = blen < POSSESSED_WINDOW ? blen : POSSESSED_WINDOW;
	int data_name;

	/*
	 * Deliverables defined to take in a trained model are read as the custom
	 * model and the deliverables, so the rules on ownership of
	 * either see what is owned: "All Deliverables are owned by Company".
	 */
	if (side == DEF_AFTER && (cls == TERM_OTHER || cls == TERM_MODEL) &&
	    deliverables_with_model(term, tlen, body, blen))
		return term[tlen - 1] == 's' ? "Custom Model and Deliverables" :
					       "Custom Model and Deliverable";
	switch (cls) {
	case TERM_CUSTOMER_DATA: return "Customer Data";
	case TERM_OUTPUT: return "Output";
	case TERM_MODEL:
		/*
		 * A system named as the service is the service, unless its
		 * definition opens on a model made for the customer: '"Forecasting
		 * Tool" means the statistical model the Supplier builds for the
		 * Client from Client Data' is the custom model, which the rules on
		 * its ownership must see.
		 */
		if (named_as_service(rf, term, tlen)) {
			if (side == DEF_AFTER &&
			    (rf_matches(rf, rf->model_head, body, olen) || opens_on_model_kind(body, olen)) &&
			    !strcmp(model_reading(rf, r, term, tlen, body, olen, sent, slen), "Custom Model"))
				return "Custom Model";
			return "Service";
		}
		/*
		 * Third parties' models ("Underlying Models" means the third-party
		 * large language models used by the Platform) read as "Third-Party
		 * Models", the words the rules on third-party AI look for.
		 */
		if (side == DEF_AFTER && third_party_model(body, blen))
			return tlen > 1 && term[tlen - 1] == 's' ? "Third-Party Models" :
								  "Third-Party Model";
		if (side == DEF_AFTER && customer_adaptation(rf, r, body, blen))
			return "Custom Model";
		return model_reading(rf, r, term, tlen, side == DEF_AFTER ? body : body + blen - olen,
				     olen, sent, slen);
	case TERM_IP_CLAIM: return "IP Infringement Claim";
	case TERM_OTHER:
		/*
		 * A name the rules would read as the customer's data ("Client
		 * Materials") for what the vendor prepares for the customer is
		 * a deliverable.  Matched once: the usage reading below asks it
		 * again of most definitions.
		 */
		data_name = customer_data_name(rf, r, term, tlen);
		if (data_name && vendor_made(rf, r, body, blen))
			return "Deliverables";
		if (breach_defined(term, tlen, body, blen))
			return "Security Breach";
		if (model_provider_defined(r, term, tlen, body, blen, side))
			return "Third-Party Model Provider";
		/* "Specific Developments" means all deliverables produced for the Client. */
		if (side == DEF_AFTER && !data_name) {
			int dl = deliverables_by_head(rf, r, term, tlen, body, blen);

			if (dl)
				return dl == 1 ? "Deliverables" :
				       term[tlen - 1] == 's' ? "Custom Model and Deliverables" :
				       "Custom Model and Deliverable";
		}
		/* "VisionCore" means the Developer's pre-existing software framework. */
		if (side == DEF_AFTER && !data_name && vendor_background(rf, r, term, tlen, body, blen))
			return "Background IP";
		/* "PA Module" means Vendor's software service that reads ... */
		if (side == DEF_AFTER && !data_name && vendor_product(rf, r, term, tlen, body, blen))
			return "Service";
		/* "Contract Material" means all material created ... by the Contractor under this Deed. */
		if (side == DEF_AFTER && !data_name &&
		    (vendor_made_material(rf, r, body, blen) || vendor_delivers_made(rf, r, body, blen)))
			return "Deliverables";
		/*
		 * '"Workflow Patterns" means de-identified information describing
		 * the workflow steps ..., which does not include the content of
		 * Customer Data', "Service Insights" means information derived
		 * from Customer's use of the Services: usage data, by the words
		 * the rules read.  Not a name that says the customer's data or a
		 * secret, nor one the rules read as usage data already ("Usage
		 * Data", "Telemetry").
		 */
		if (side == DEF_AFTER && !rf_matches(rf, rf->secret_name, term, tlen) &&
		    !(rf_matches(rf, rf->usage_name, term, tlen) && usage_noun_last(term, tlen) &&
		      !usage_word_is_the_service(rf, term, tlen)) &&
		    !data_name && usage_defined(body, blen, 0))
			return "Usage Data";
		break;
	}
	return NULL;
}

/* Whether t[s..s+n) is defined already. */
static int term_known(const struct roles *out, const char *t, size_t s, size_t n)
{
	size_t i;

	/*
	 * The first letter, then the bytes up to n and the end there: no
	 * strlen of every term ("Term 1" .. "Term 20000" all start alike, and
	 * a strlen of each of 1,024 per definition was a fifth of the time).
	 * A slice without a NUL equals a term's first n bytes only where the
	 * term is that long, so term[n] is in the term; the loaders let no
	 * NUL into the text, and the check keeps that from being an
	 * assumption.
	 */
	if (memchr(t + s, '\0', n))
		return 0;
	for (i = 0; i < out->nterms; i++)
		if ((n == 0 || out->terms[i].term[0] == t[s]) &&
		    strncmp(out->terms[i].term, t + s, n) == 0 && out->terms[i].term[n] == '\0')
			return 1;
	return 0;
}

/* A term not defined yet, added: its index. */
/* The new term's index, or (size_t)-1 past ROLES_TERMS_MAX (roles.h says why). */
static size_t add_new_term(struct roles *out, const char *t, size_t s, size_t n,
			   enum term_class cls, const char *reads_as)
{
	struct defined_term *d;

	if (out->nterms >= ROLES_TERMS_MAX) {
		out->terms_unread++;
		return (size_t)-1;
	}
	ALLOC_GROW(out->terms, out->nterms + 1, out->terms_alloc);
	d = &out->terms[out->nterms++];
	memset(d, 0, sizeof(*d));
	d->term = arena_strndup(&out->arena, t + s, n);
	d->cls = cls;
	d->reads_as = reads_as;
	d->at = s;
	return out->nterms - 1;
}

/*
 * The new term's index; (size_t)-1 where the term is defined already (the
 * first reading holds) or past ROLES_TERMS_MAX.
 */
static size_t add_term(struct roles *out, const char *t, size_t s, size_t n, enum term_class cls,
		       const char *reads_as)
{
	return term_known(out, t, s, n) ? (size_t)-1 : add_new_term(out, t, s, n, cls, reads_as);
}

/* Bytes of a definition's head in which vendor_makes_head reads the making. */
#define VENDOR_MADE_HEAD 100

/*
 * Whether a definition's head says the vendor makes the thing, before
 * anything of the customer's: 'Custom Extractors: up to 6 document types,
 * configured by us using sample loan files you provide' is what the
 * vendor makes from what the customer gives, not the customer's data.
 * The first participle of making before "by" in the head, its maker the
 * vendor ("us", "the Supplier", "Vendor's engineers" are not read: a
 * possessive names others' people).
 */
static int vendor_makes_head(struct roles_finder *rf, const struct roles *r, const char *body,
			     size_t blen)
{
	static const char *const made[] = {
		"configured", "created", "built", "developed", "made", "produced", "prepared",
		"trained", "designed", "written", "customised", "customized", "fine-tuned", "tuned",
	};
	size_t n = head_end(body, blen), at = 0;

	if (n > VENDOR_MADE_HEAD)
		n = VENDOR_MADE_HEAD;
	while ((at = text_find(body, n, at, " by ", 1)) < n) {
		size_t ws, we = word_back(body, at, &ws), s, e = word_on(body, blen, at + 4, &s);

		at++;
		if (we == ws || !word_in(body + ws, we - ws, made, ARRAY_SIZE(made)))
			continue;
		/* Nothing of the customer's before the making: "files you upload, processed by us". */
		if (mentions_customer(rf, r, body, ws))
			return 0;
		if (word_is(body + s, e - s, "the"))
			e = word_on(body, blen, e, &s);
		if (e == s || (e < blen && (body[e] == '\'' || (unsigned char)body[e] >= 0x80)))
			return 0;
		return word_is(body + s, e - s, "us") || is_vendor_word(rf, r, body + s, e - s);
	}
	return 0;
}

/* Bytes of a definition in which mutual_definition reads who discloses. */
#define MUTUAL_REACH 600

/*
 * Whether a definition says the thing is either party's: "relates to
 * either Party's ... business", "exchanged between the Parties",
 * "disclosed by a Party ... to the other Party".  A secret of both sides
 * is no customer's data, though the customer discloses some of it.
 */
static int mutual_definition(const char *body, size_t blen)
{
	static const char *const befores[] = { "either", "each", "other", "a", "one", "any" };
	size_t n = blen < MUTUAL_REACH ? blen : MUTUAL_REACH, at = 0;

	while ((at = text_find(body, n, at, "art", 2)) < n) {
		size_t s = at, we, ws, e = at + 3;

		at++;
		if (s == 0 || (body[s - 1] | 0x20) != 'p')
			continue;
		s--;
		while (e < n && isalpha((unsigned char)body[e]))
			e++;
		if (!(word_is(body + s, e - s, "party") || word_is(body + s, e - s, "parties")) ||
		    (s > 0 && isalpha((unsigned char)body[s - 1])))
			continue;
		we = word_back(body, s, &ws);
		if (we == ws)
			continue;
		if (word_in(body + ws, we - ws, befores, ARRAY_SIZE(befores)) ||
		    (e - s == 7 && word_is(body + ws, we - ws, "the") &&
		     we - ws == 3 && ws >= 8 && !strncasecmp(body + ws - 8, "between ", 8)))
			return 1;
	}
	return 0;
}

/* Words of a relative clause read for its verb of making (its subject and a modal). */
#define MAKER_WORDS 6
/* Words between a clause's verb and "and" or "or", and between those and the next "that". */
#define JOIN_WORDS 5

/*
 * Whether the relative clause from body[at] (past "that" or "which") says
 * the vendor or a machine makes what it names: "that the System produces",
 * "which the Supplier generates".  A making verb within MAKER_WORDS words,
 * a vendor word or a machine before it.  Where it does, the verb's end in
 * *ve.  Not a clause that denies the making ("that the Platform never
 * generates", "that no Service produces"), whose verb is a means to
 * something else ("that the Platform uses to produce the Services"), nor
 * "makes available", which lends what may be anyone's.
 */
static int maker_clause(struct roles_finder *rf, const struct roles *r, const char *body,
			size_t blen, size_t at, size_t *ve)
{
	static const char *const makes[] = { "generates", "generate", "produces", "produce",
					     "creates", "create", "returns", "return", "outputs",
					     "derives", "derive", "makes" };
	static const char *const machines[] = { "service", "services", "platform", "system",
						"software", "model", "engine", "tool", "application",
						"api", "assistant", "solution" };
	static const char *const stops[] = { "not", "never", "no", "to" };
	size_t k, s, e = at;
	int maker = 0;

	for (k = 0; k < MAKER_WORDS; k++) {
		e = word_on(body, blen, e, &s);
		if (e == s)
			return 0;
		if (word_in(body + s, e - s, makes, ARRAY_SIZE(makes))) {
			size_t ns, ne = word_on(body, blen, e, &ns);

			if (word_is(body + s, e - s, "makes") &&
			    (word_is(body + ns, ne - ns, "available") ||
			     word_is(body + ns, ne - ns, "accessible")))
				return 0;
			*ve = e;
			return maker;
		}
		if (is_customer_word(rf, r, body + s, e - s) ||
		    word_in(body + s, e - s, stops, ARRAY_SIZE(stops)))
			return 0;
		if (is_vendor_word(rf, r, body + s, e - s) ||
		    word_in(body + s, e - s, machines, ARRAY_SIZE(machines)))
			maker = 1;
	}
	return 0;
}

/*
 * Where a list's next item starts after body[at]: past at most JOIN_WORDS
 * words that say nothing of a source ("from", "using" ...), then "and" or
 * "or"; then past at most JOIN_WORDS more such words, the end of "that" or
 * "which"; or 0.  After a making verb (`made`), what the thing is made
 * about or for is its source too: "the notes which the Service generates
 * about the calls and the recordings that the Customer uploads" names the
 * notes alone, the recordings being what they are about.
 */
static size_t next_relative(const char *body, size_t blen, size_t at, int made)
{
	static const char *const joins[] = { "and", "or" };
	static const char *const rel[] = { "that", "which" };
	static const char *const sources[] = { "from", "using", "on", "based", "with", "of",
					       "out" };
	static const char *const subjects[] = { "about", "for", "regarding", "concerning",
						"describing", "summarising", "summarizing", "in",
						"relating" };
	size_t k, s, e;

	for (k = 0; k <= JOIN_WORDS; k++, at = e) {
		e = word_on(body, blen, at, &s);
		if (e == s || word_in(body + s, e - s, sources, ARRAY_SIZE(sources)) ||
		    (made && word_in(body + s, e - s, subjects, ARRAY_SIZE(subjects))))
			return 0;
		if (word_in(body + s, e - s, joins, ARRAY_SIZE(joins)))
			break;
	}
	if (k > JOIN_WORDS)
		return 0;
	for (k = 0, at = e; k <= JOIN_WORDS; k++, at = e) {
		e = word_on(body, blen, at, &s);
		if (e == s || word_in(body + s, e - s, sources, ARRAY_SIZE(sources)))
			return 0;
		if (word_in(body + s, e - s, rel, ARRAY_SIZE(rel)))
			return e;
	}
	return 0;
}

/*
 * Whether a definition joins, as items of its list, what the customer gives
 * and what the vendor or a machine makes: '"Call Records": the recordings
 * of calls and all data that the Authority provides or that the System
 * produces', "the summaries which the Service generates and the documents
 * that you upload".  The customer's relative clause (data_submitter) and
 * the maker's, either first, joined by "and" or "or"; not what is made
 * from what the customer gives ("the notes the Service generates from the
 * audio that you upload").
 */
static int customer_gives_and_machine_makes(struct roles_finder *rf, const struct roles *r,
					    const char *body, size_t blen)
{
	static const char *const rel[] = { "that", "which" };
	size_t from = 0;

	while (from < blen && rf_exec(rf, rf->data_submitter, (PCRE2_SPTR)body, blen, from,
					  0) >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rf->md);
		size_t ms = ov[0], me = ov[1], gs, gn, s, e, at, ve, rs;
		size_t lo = ms > RELATIVE_REACH ? ms - RELATIVE_REACH : 0;

		/* "which the Service generates and the documents that you upload": the next "that" too. */
		from = ms + 1;
		rf_group(rf, 1, &gs, &gn);
		if (!submitter_is_customer(rf, r, body + gs, gn) ||
		    !word_in(body + ms, word_end(body, blen, ms) - ms, rel, ARRAY_SIZE(rel)))
			continue;
		/* "... that you provide or that the System produces" */
		if ((at = next_relative(body, blen, me, 0)) && maker_clause(rf, r, body, blen, at, &ve))
			return 1;
		/* "... which the Service generates and the documents that you upload" */
		for (at = ms; at > lo; at = s) {
			while (at > lo && !isalpha((unsigned char)body[at - 1])) {
				if (strchr(";:()", body[at - 1]))
					break;
				at--;
			}
			e = word_back(body, at, &s);
			if (e == s || s <= lo)
				break;
			if (word_in(body + s, e - s, rel, ARRAY_SIZE(rel))) {
				if (maker_clause(rf, r, body, ms, e, &ve) &&
				    (rs = next_relative(body, blen, ve, 1)) && rs == word_end(body, blen, ms))
					return 1;
				break;
			}
		}
	}
	return 0;
}

/*
 * Term t[s..s+n), defined by t[body..body+blen) on `side` of it, in the
 * sentence t[ss..se): its class and reading, as every form of definition
 * records them.
 */
/* Whether the n bytes at w are in h[0..hn): memchr of the first, then memcmp. */
static int bytes_in(const char *h, size_t hn, const char *w, size_t n)
{
	const char *hit, *end = h + hn;

	while (n && (size_t)(end - h) >= n && (hit = memchr(h, w[0], (size_t)(end - h) - n + 1))) {
		if (!memcmp(hit, w, n))
			return 1;
		h = hit + 1;
	}
	return 0;
}

/* Bytes of a definition in which define_term looks for its own plural name. */
#define ORDER_LINE_REACH 80

static size_t define_term(struct roles_finder *rf, struct roles *out, const char *t,
			  size_t s, size_t n, size_t body, size_t blen, enum def_side side,
			  size_t ss, size_t se)
{
	enum term_class cls;
	const char *reads_as;
	size_t olen = blen < POSSESSED_WINDOW ? blen : POSSESSED_WINDOW, k;
	int both;

	/*
	 * '"The Beneficiary Recordings": ...', as a translation quotes it: the
	 * text then says "all Beneficiary Recordings", so the article is no
	 * part of the name.
	 */
	if (n > 4 && (!memcmp(t + s, "The ", 4) || !memcmp(t + s, "the ", 4)) &&
	    isupper((unsigned char)t[s + 4]))
		s += 4, n -= 4;
	/* The first reading holds: a term defined again is not read again. */
	if (term_known(out, t, s, n))
		return (size_t)-1;
	/*
	 * An order form's line that counts a defined thing in the plural,
	 * "Custom Classifiers: up to three (3) Custom Classifiers trained on
	 * ... supplied by Customer", defines nothing: the plural is read as
	 * the term's ("Custom Classifier" means a classifier ...).
	 */
	if (side == DEF_AFTER && n > 1 && t[s + n - 1] == 's' &&
	    /* The name again in a few bytes, before a scan of every term. */
	    bytes_in(t + body, blen < ORDER_LINE_REACH ? blen : ORDER_LINE_REACH, t + s, n) &&
	    term_known(out, t, s, n - 1) &&
	    has_word_as(t + body, blen < ORDER_LINE_REACH ? blen : ORDER_LINE_REACH,
			arena_strndup(&out->arena, t + s, n), 0))
		return (size_t)-1;
	/*
	 * Past the limit the term is read as written whatever its class:
	 * classifying it first (a scan of every model term per word, in
	 * opens_with_a_model) was a quarter of the time of 20,000 definitions.
	 */
	if (out->nterms >= ROLES_TERMS_MAX) {
		out->terms_unread++;
		return (size_t)-1;
	}
	cls = classify(rf, out, t, t + s, n, t + body, blen, side);
	/*
	 * What the vendor makes is not the customer's data, though the
	 * customer gives what it is made from: only a name that says no data.
	 */
	if (cls == TERM_CUSTOMER_DATA && side == DEF_AFTER &&
	    vendor_makes_head(rf, out, t + body, blen) && !rf_matches(rf, rf->data_noun, t + s, n))
		cls = TERM_OTHER;
	/* "Confidential Information" means ... either Party's business: both sides' secrets. */
	if (cls == TERM_CUSTOMER_DATA && side == DEF_AFTER && mutual_definition(t + body, blen) &&
	    rf_matches(rf, rf->secret_name, t + s, n))
		cls = TERM_OTHER;
	/*
	 * '"Call Records": the audio recordings of calls, their transcripts
	 * and all data that the Authority provides or that the System
	 * produces': what the machine makes and what the customer gives, both.
	 */
	both = (cls == TERM_OUTPUT || cls == TERM_CUSTOMER_DATA) && side == DEF_AFTER &&
	       !rf_matches(rf, rf->output_name, t + s, n) &&
	       !rf_matches(rf, rf->secret_name, t + s, n) &&
	       customer_gives_and_machine_makes(rf, out, t + body, blen);
	if (both)
		cls = TERM_CUSTOMER_DATA;
	/* classify and term_reading add no term: it is still not known. */
	reads_as = both ? "Customer Data and Output" :
			  term_reading(rf, out, cls, t + s, n, t + body, blen, side, t + ss, se - ss);
	k = add_new_term(out, t, s, n, cls, reads_as);
	if (k == (size_t)-1)
		return k;
	out->terms[k].with_output = both;
	if (cls == TERM_MODEL) {
		struct model_site *m;

		ALLOC_GROW(rf->msites, rf->nmsites + 1, rf->msites_alloc);
		m = &rf->msites[rf->nmsites++];
		m->term = k;
		m->own = side == DEF_AFTER ? body : body + blen - olen;
		m->olen = olen;
		m->ss = ss;
		m->se = se;
	}
	return k;
}

/*
 * A model term read as the plain "Model" before the data it is trained on
 * was defined ('"Voice Model" means the model that Vendor trains on the
 * Voice Recordings', with "Voice Recordings" defined after it) is read
 * again, now that every term is known.
 */
/*
 * A parenthesis that closes a clause fitting a model to the customer
 * names the custom model, whatever it is called: 'we will adapt our models
 * to your call types, scripts and vocabulary (an "Account Model")', 'the
 * Supplier shall calibrate its scoring model to the Bank's loan history
 * (the "Calibrated Scorecard")' (fitted_for_customer).  Read of term `k`,
 * just defined by t[body..body+blen), only where a word of a model is
 * close before the parenthesis (model_word_before, which the caller reads
 * anyway): most parentheses have none, and the clause is not scanned.  A
 * model keeps its class and reads as the custom model (not one named as
 * the service); a term of no class becomes one, unless its name says
 * paper, a right, data or money ("the Company may download any model
 * fine-tuned on Company Data (the "Download Right")" names the right).
 */
static void fitted_in_paren(struct roles_finder *rf, struct roles *out, size_t k, const char *t,
			    size_t body, size_t blen, size_t ss, size_t se)
{
	struct defined_term *d;
	size_t tlen, olen = blen < POSSESSED_WINDOW ? blen : POSSESSED_WINDOW;
	struct model_site *m;

	if (k == (size_t)-1 || k >= out->nterms)
		return;
	d = &out->terms[k];
	if (!(d->cls == TERM_MODEL || (d->cls == TERM_OTHER && !d->reads_as)) ||
	    !fitted_for_customer(rf, out, t + body, blen))
		return;
	tlen = strlen(d->term);
	if (d->cls == TERM_MODEL) {
		if (!named_as_service(rf, d->term, tlen))
			d->reads_as = "Custom Model";
		return;
	}
	if (rf_matches(rf, rf->model_paper, d->term, tlen) || names_a_right(d->term, tlen) ||
	    rf_matches(rf, rf->data_noun, d->term, tlen) ||
	    rf_matches(rf, rf->money_name, d->term, tlen))
		return;
	d->cls = TERM_MODEL;
	d->reads_as = "Custom Model";
	/* As define_term records a model's site, for reread_models. */
	ALLOC_GROW(rf->msites, rf->nmsites + 1, rf->msites_alloc);
	m = &rf->msites[rf->nmsites++];
	m->term = k;
	m->own = body + blen - olen;
	m->olen = olen;
	m->ss = ss;
	m->se = se;
}

static void reread_models(struct roles_finder *rf, const struct document *doc,
			  struct roles *out)
{
	const char *t = doc->text.ptr;
	size_t i;

	for (i = 0; i < rf->nmsites; i++) {
		const struct model_site *m = &rf->msites[i];
		struct defined_term *d = &out->terms[m->term];

		size_t j, n = strlen(d->term);

		/*
		 * A system read as the service that heads another term ("Platform"
		 * beside "Platform Provider") would make that term the vendor's
		 * ("Service Provider"): it stays a model.
		 */
		for (j = 0; d->reads_as && !strcmp(d->reads_as, "Service") && j < out->nterms; j++)
			if (!strncmp(out->terms[j].term, d->term, n) && out->terms[j].term[n] == ' ')
				d->reads_as = "Model";
		if (d->reads_as && !strcmp(d->reads_as, "Model"))
			d->reads_as = model_reading(rf, out, d->term, strlen(d->term), t + m->own,
						    m->olen, t + m->ss, m->se - m->ss);
	}
}

/*
 * A term that gathers other terms: '... ("Outputs") ... ("Feedback")
 * collectively, "Content"', or '"Your Content" means the Prompts and
 * Responses'.  Read once every term is known, since the definitions of
 * what it gathers may come after it.
 */
enum gather {
	GATHER_BEFORE,  /* collectively, together: the terms its sentence names before it */
	GATHER_LIST,    /* means: the terms listed at the head of its definition */
	GATHER_MODEL    /* a parenthesis after a word of a model: model_from_data_before */
};

struct gather_site {
	size_t term;            /* index in roles.terms */
	size_t from, to;        /* where the gathered terms are named */
	enum gather how;
};

#define GATHER_SITES_MAX 256

/*
 * The defined term, other than `self`, named at t[at]: the longest, first
 * letter as defined, plural allowed.  Sets *end past it; (size_t)-1: none.
 */
static size_t term_named_at(const struct roles *r, const char *t, size_t len, size_t at,
			    size_t self, size_t *end)
{
	size_t j, best = (size_t)-1, bestn = 0, best_end = 0;

	for (j = 0; j < r->nterms; j++) {
		size_t n, e;

		/* The first letter first: this runs at every capital of a gathering sentence. */
		if (j == self || t[at] != r->terms[j].term[0])
			continue;
		n = strlen(r->terms[j].term);
		if (n <= bestn || !(e = use_end(t, len, at, r->terms[j].term, n, USE_PLURAL)))
			continue;
		best = j;
		bestn = n;
		best_end = e;
	}
	if (best != (size_t)-1)
		*end = best_end + (best_end < len && t[best_end] == 's');
	return best;
}

/* Skips white space, emphasis and the words of `words` at t[at..to). */
static size_t skip_words(const char *t, size_t to, size_t at, const char *const *words,
			 size_t nwords)
{
	for (;;) {
		size_t w;

		while (at < to && (isspace((unsigned char)t[at]) || t[at] == '*' || t[at] == '_' ||
				   t[at] == ','))
			at++;
		for (w = at; w < to && isalpha((unsigned char)t[w]); w++)
			;
		if (w == at || !word_in(t + at, w - at, words, nwords))
			return at;
		at = w;
	}
}

static const char *const list_articles[] = { "the", "all", "any", "your", "our", "its", "such",
					     "collectively" };
static const char *const list_joins[] = { "and", "or", "the", "all", "any", "your", "our",
					  "its", "such" };

/* Bytes before a collective name in which the list it gathers may start. */
#define GATHER_LIST_REACH 300

/* Words of an item of a list of terms that is no term ("transcripts"), at most; such items. */
#define PLAIN_ITEM_WORDS 3
#define PLAIN_ITEMS 4

/*
 * Past an item in lower case of a list of terms at t[at..to), and the
 * comma, "and" or "or" after it: "transcripts, " in "Consultation Audio,
 * transcripts, Draft Notes"; `at` itself where no such item is there.
 */
static size_t past_plain_item(const char *t, size_t to, size_t at)
{
	size_t i = at, e, words;

	for (words = 0; words < PLAIN_ITEM_WORDS && i < to && islower((unsigned char)t[i]); words++) {
		for (e = i; e < to && (isalpha((unsigned char)t[e]) || t[e] == '-'); e++)
			;
		if (e < to && t[e] == ',')
			return skip_words(t, to, e, list_joins, ARRAY_SIZE(list_joins));
		/* list_joins[0] and [1]: "and", "or". */
		if (e + 1 < to && t[e] == ' ' && word_at(t, to, e + 1, list_joins, 2))
			return skip_words(t, to, e, list_joins, ARRAY_SIZE(list_joins));
		if (e >= to || t[e] != ' ')
			break;
		i = e + 1;
	}
	return at;
}

/*
 * Parses a list of defined terms at t[at..to): "the Prompts and
 * Responses", "Prompts, Outputs or Feedback".  Returns how many terms it
 * names and adds their classes; *end is where the list stops.  Where
 * `plain` is not NULL, items in lower case may come between the terms
 * ("Consultation Audio, transcripts, Draft Notes and ..."), counted there.
 */
static size_t list_of_terms(const struct roles *r, const char *t, size_t to, size_t at,
			    size_t self, int *data, int *output, size_t *end, size_t *plain)
{
	size_t named = 0, e, j, k, next;

	at = skip_words(t, to, at, list_articles, ARRAY_SIZE(list_articles));
	*end = at;
	while (at < to && isupper((unsigned char)t[at]) &&
	       (at == 0 || !isalnum((unsigned char)t[at - 1])) &&
	       (j = term_named_at(r, t, to, at, self, &e)) != (size_t)-1) {
		named++;
		*data |= r->terms[j].cls == TERM_CUSTOMER_DATA;
		*output |= r->terms[j].cls == TERM_OUTPUT || r->terms[j].with_output;
		*end = e;
		at = skip_words(t, to, e, list_joins, ARRAY_SIZE(list_joins));
		for (k = 0; plain && k < PLAIN_ITEMS && at < to && islower((unsigned char)t[at]) &&
			    (next = past_plain_item(t, to, at)) > at; k++) {
			at = next;
			(*plain)++;
		}
	}
	return named;
}

/* Whether t[at..to) holds nothing but spaces, emphasis, commas and `words`. */
static int only_words(const char *t, size_t at, size_t to, const char *const *words,
		      size_t nwords)
{
	return skip_words(t, to, at, words, nwords) >= to;
}

static const char *const list_tails[] = { "are", "is", "and", "or", "as", "well" };

/* Bytes of a note on where the gathered terms are defined ("each as defined below"). */
#define DEFINED_NOTE_REACH 60

/*
 * Past a note after a list of terms on where they are defined, at
 * t[at..to): ", each as defined below", "as defined in Section 4.2"; `at`
 * itself where there is none.  The note runs to `to` and holds no quote,
 * parenthesis or semicolon.
 */
static size_t past_defined_note(const char *t, size_t at, size_t to)
{
	static const char *const lead[] = { "each", "both", "all", "respectively" };
	size_t i = skip_words(t, to, at, lead, ARRAY_SIZE(lead)), k;

	if (to - i > DEFINED_NOTE_REACH || to - i < 10 || strncmp(t + i, "as defined", 10) != 0)
		return at;
	for (k = i; k < to; k++)
		if (t[k] == '"' || t[k] == '(' || t[k] == ')' || t[k] == ';' ||
		    (unsigned char)t[k] == 0xE2)
			return at;
	return to;
}

/*
 * The classes of the terms a collective name gathers:
 *  - those defined in its sentence, where it follows the last definition
 *    ('... ("Outputs") ..., any feedback ("Feedback") collectively,
 *    "Content"');
 *  - otherwise a list of terms just before it ("the Prompts and Responses
 *    (together, ...)", "Prompts and Outputs are collectively ...").
 */
static void gathered_before(const struct document *doc, const struct roles *r,
			    const struct gather_site *g, int *data, int *output)
{
	const char *t = doc->text.ptr;
	size_t at, last = 0, j, e;

	for (at = g->from; at + 1 < g->to; at++)
		if (t[at] == ')' && (t[at - 1] == '"' || (unsigned char)t[at - 1] == 0x9D ||
				     t[at - 1] == '*' || t[at - 1] == '_'))
			last = at + 1;
	if (last && only_words(t, last, g->to, list_tails, ARRAY_SIZE(list_tails))) {
		for (j = 0; j < r->nterms; j++)
			if (j != g->term && r->terms[j].at >= g->from && r->terms[j].at < last) {
				*data |= r->terms[j].cls == TERM_CUSTOMER_DATA;
				*output |= r->terms[j].cls == TERM_OUTPUT || r->terms[j].with_output;
			}
		return;
	}
	at = g->to - g->from > GATHER_LIST_REACH ? g->to - GATHER_LIST_REACH : g->from;
	if (last > at)
		at = last;
	for (; at < g->to; at++) {
		int d = 0, o = 0;

		if (!isupper((unsigned char)t[at]) || (at > 0 && isalnum((unsigned char)t[at - 1])))
			continue;
		if (list_of_terms(r, t, g->to, at, g->term, &d, &o, &e, NULL) >= 2 &&
		    only_words(t, past_defined_note(t, e, g->to), g->to, list_tails,
			       ARRAY_SIZE(list_tails))) {
			*data |= d;
			*output |= o;
			return;
		}
	}
}

/*
 * Whether a term's last word names what the vendor offers: "Service(s)",
 * "Platform", "Software", "Solution", "Product(s)", "System", "Application"
 * or "Offering".  Gathered from the customer's inputs and the outputs with
 * the vendor's own parts ('... ("Outputs") from inputs submitted by Client
 * ("Prompts") (together, the "Service")'), such a whole is the offering,
 * neither data nor output.
 */
static int names_offering(const char *term, size_t tlen)
{
	static const char *const heads[] = { "Service", "Services", "Platform", "Software",
					     "Solution", "Product", "Products", "System",
					     "Application", "Offering" };
	size_t w = last_word_start(term, tlen), i;

	for (i = 0; i < ARRAY_SIZE(heads); i++)
		if (strlen(heads[i]) == tlen - w && !strncasecmp(heads[i], term + w, tlen - w))
			return 1;
	return 0;
}

/*
 * Whether a definition's head names data made from a term of the
 * customer's data and then says it is de-identified: '"Aggregate Data"
 * means data derived from Intake Images, Drafts or Subscriber's use of
 * the Service that has been de-identified', "information which we derive
 * from Your Content and which is anonymised".  The head is a data word
 * (after "the", "all" ...), not statistics; the de-identifying word anywhere in the
 * definition after "from", not past "not" ("whether or not
 * anonymised").  Read once every class is known.
 */
static int deidentified_from_customer_data(const struct roles *r, const char *body, size_t blen)
{
	/* Not "statistics": aggregated statistics are no one's data (test_derived_customer_data). */
	static const char *const heads[] = { "data", "information", "datasets", "dataset" };
	static const char *const verbs[] = { "derived", "derive", "derives", "generated", "compiled",
					     "created", "extracted", "aggregated" };
	static const char *const words[] = { "de-identified", "deidentified", "anonymised",
					     "anonymized", "pseudonymised", "pseudonymized",
					     "aggregated" };
	size_t at = skip_words(body, blen, 0, list_articles, ARRAY_SIZE(list_articles)), e, i, k;

	for (e = at; e < blen && isalpha((unsigned char)body[e]); e++)
		;
	if (!word_in(body + at, e - at, heads, ARRAY_SIZE(heads)) ||
	    !made_from_customer_data(r, body, blen, verbs, ARRAY_SIZE(verbs)))
		return 0;
	i = text_find(body, blen < MADE_FROM_REACH ? blen : MADE_FROM_REACH, 0, " from ", 1);
	for (; i < blen; i++) {
		if (!isalpha((unsigned char)body[i]) || isalpha((unsigned char)body[i - 1]))
			continue;
		for (e = i; e < blen && (isalpha((unsigned char)body[e]) || body[e] == '-'); e++)
			;
		for (k = 0; k < ARRAY_SIZE(words); k++)
			if (e - i == strlen(words[k]) && !strncasecmp(body + i, words[k], e - i)) {
				size_t lo = i > MADE_NEGATION_REACH ? i - MADE_NEGATION_REACH : 0;

				return !has_word(body + lo, i - lo, "not");
			}
		i = e;
	}
	return 0;
}

/*
 * Where a definition's first ", including" list ends (its sentence's end),
 * or 0 where it has none: what a deliverables definition says it takes in.
 */
static size_t included_list_end(const char *body, size_t blen)
{
	size_t n = blen < HANDLED_REACH ? blen : HANDLED_REACH, at, e;

	at = text_find(body, n, 0, ", including ", 4);
	if (at == n)
		return 0;
	for (e = at; e < blen && body[e] != '.' && body[e] != ';' && body[e] != '\n'; e++)
		;
	return e;
}

/*
 * A term defined as the rights in another term alone ('"Project IP" means
 * all Intellectual Property Rights in the Contract Material') is read as
 * that term is, where the rules read it as owned work (deliverables, the
 * custom model, outputs): then "Project IP vests in the State" is the
 * customer owning them.  Read once every class is known; only the rights
 * and the one term, nothing after it but the sentence's end.
 */
static void rights_in_term(const struct document *doc, struct roles *out,
			   const struct gather_site *g)
{
	static const char *const dets[] = { "all", "any", "the", "each" };
	static const char *const rights[] = {
		"Intellectual Property Rights in", "intellectual property rights in",
		"Intellectual Property in", "IP Rights in", "IPR in", "IPRs in",
		"rights in",
	};
	struct defined_term *d = &out->terms[g->term];
	const char *body = doc->text.ptr + g->from;
	size_t n = g->to - g->from, i = 0, k, e;

	if (g->how != GATHER_LIST || d->cls != TERM_OTHER || d->reads_as)
		return;
	while (i < n && body[i] == ' ')
		i++;
	for (k = 0; k < ARRAY_SIZE(dets); k++) {
		size_t l = strlen(dets[k]);

		if (n - i > l && !strncmp(body + i, dets[k], l) && body[i + l] == ' ') {
			i += l + 1;
			break;
		}
	}
	for (k = 0; k < ARRAY_SIZE(rights); k++) {
		size_t l = strlen(rights[k]);

		if (n - i > l && !strncmp(body + i, rights[k], l) && body[i + l] == ' ') {
			i += l + 1;
			break;
		}
	}
	if (k == ARRAY_SIZE(rights))
		return;
	if (n - i > 7 && !strncmp(body + i, "and to ", 7))
		i += 7;
	if (n - i > 4 && !strncmp(body + i, "the ", 4))
		i += 4;
	for (k = 0; k < out->nterms; k++) {
		const struct defined_term *o = &out->terms[k];
		size_t l = strlen(o->term);

		if (k == g->term || !o->reads_as || n - i < l || strncmp(body + i, o->term, l))
			continue;
		e = i + l;
		while (e < n && (body[e] == ' ' || body[e] == '\r'))
			e++;
		if (e < n && body[e] != '.' && body[e] != ';' && body[e] != '\n')
			continue;
		if (!strncmp(o->reads_as, "Deliverables", 12) || !strncmp(o->reads_as, "Custom Model", 12) ||
		    !strcmp(o->reads_as, "Output")) {
			d->cls = o->cls;
			d->with_output = o->with_output;
			d->reads_as = o->reads_as;
		}
		return;
	}
}

/*
 * What a definition that opens on a model term and takes in what that model
 * produces reads as, or NULL: '"Work Results" means the Yield Model, every
 * retrained version of it, and all estimates, maps and reports it
 * produces', "... and all scores generated by it".  With the custom model
 * it is that model and outputs; with a model read as the plain "Model" it
 * is the work made under the contract with its outputs ("Deliverables and
 * Output"): a model the contract's results take in is one it makes.  The
 * vendor's base or a third party's model is none.  Not
 * past a word that leaves the products out ("excluding any reports it
 * produces").
 */
static const char *model_with_its_products(const struct roles *out, size_t self,
					   const char *body, size_t blen)
{
	static const char *const made[] = {
		"it produces", "it generates", "it creates", "it outputs", "produced by it",
		"generated by it", "created by it", "output by it",
	};
	static const char *const out_words[] = {
		"excluding", "except", "other than", "not include", "save",
	};
	size_t n = blen < HANDLED_REACH ? blen : HANDLED_REACH, i = 0, k, e, at, first = n;
	const char *model;

	while (i < n && body[i] == ' ')
		i++;
	if (n - i > 4 && !strncmp(body + i, "the ", 4))
		i += 4;
	for (k = 0; k < out->nterms; k++) {
		const struct defined_term *o = &out->terms[k];
		size_t l = strlen(o->term);

		if (k != self && o->reads_as &&
		    (!strcmp(o->reads_as, "Custom Model") || !strcmp(o->reads_as, "Model")) &&
		    n - i > l && !strncmp(body + i, o->term, l) &&
		    (body[i + l] == ',' || body[i + l] == ' '))
			break;
	}
	if (k == out->nterms)
		return NULL;
	model = out->terms[k].reads_as;
	for (e = i; e < n && body[e] != '.' && body[e] != ';' && body[e] != '\n'; e++)
		;
	for (k = 0; k < ARRAY_SIZE(made); k++) {
		at = text_find(body, e, i, made[k], 0);
		if (at < first)
			first = at;
	}
	if (first >= e)
		return NULL;
	for (k = 0; k < ARRAY_SIZE(out_words); k++)
		if (text_find(body, first, i, out_words[k], 0) < first)
			return NULL;
	return model[0] == 'C' ? "Custom Model and Output" : "Deliverables and Output";
}

/*
 * The classes of the terms gathered at site `g`, added to its term.  A
 * definition that opens with one term of the customer's data and says it
 * is de-identified ('means Licensee Data from which the names ... have
 * been removed') is that data, read as "De-identified Customer Data" so
 * that the rules still see what was done to it.
 */
static void gather_classes(struct roles_finder *rf, const struct document *doc,
			   struct roles *out, const struct gather_site *g)
{
	struct defined_term *d = &out->terms[g->term];
	const char *products;
	int data = 0, output = 0;
	size_t end, named, plain = 0, tlen = strlen(d->term);

	/*
	 * '"Work Product" means the RPM, the Alerts, the Documentation and
	 * other deliverables': deliverables that take in an output term, read
	 * once every class is known, so that owning them is owning it.
	 */
	if (g->how == GATHER_LIST && d->reads_as && !strcmp(d->reads_as, "Deliverables")) {
		const char *body = doc->text.ptr + g->from;
		size_t k, e = other_deliverables_at(body, head_end(body, g->to - g->from));

		/*
		 * Or that name an output term among what they include: '"Contract
		 * Material" means all material created ... by the Contractor ...,
		 * including the Risk Model, Outputs and Model Documentation'.
		 */
		if (!e)
			e = included_list_end(body, g->to - g->from);

		for (k = 0; e && k < out->nterms; k++)
			if (out->terms[k].cls == TERM_OUTPUT && has_word_as(body, e, out->terms[k].term, 0)) {
				d->reads_as = "Deliverables and Output";
				break;
			}
		return;
	}
	if (d->cls == TERM_MODEL || d->cls == TERM_IP_CLAIM || names_offering(d->term, tlen))
		return;
	if (g->how == GATHER_LIST && d->cls == TERM_OTHER && !d->reads_as &&
	    !rf_matches(rf, rf->secret_name, d->term, tlen) &&
	    deidentified_from_customer_data(out, doc->text.ptr + g->from, g->to - g->from)) {
		d->cls = TERM_CUSTOMER_DATA;
		d->reads_as = "De-identified Customer Data";
		return;
	}
	/*
	 * 'Site Calibration means the adjustment of the Detection Models ...,
	 * including ... retrained layers derived from Site Data', with "Site
	 * Data" defined after it: a model fitted to the customer by its data,
	 * read again once the data's class is known.
	 */
	if (g->how == GATHER_LIST && d->cls == TERM_OTHER && !d->reads_as &&
	    !names_a_right(d->term, tlen) &&
	    customer_adaptation(rf, out, doc->text.ptr + g->from, g->to - g->from)) {
		d->cls = TERM_MODEL;
		d->reads_as = "Custom Model";
		return;
	}
	/*
	 * The custom model with what it produces: owning it is owning the
	 * model and its outputs ("All Work Results ... are the property of
	 * the First Party").
	 */
	if (g->how == GATHER_LIST && d->cls == TERM_OTHER && !d->reads_as &&
	    (products = model_with_its_products(out, g->term, doc->text.ptr + g->from,
						g->to - g->from)) != NULL) {
		d->cls = TERM_MODEL;
		d->reads_as = products;
		return;
	}
	/*
	 * '... and in any model derived from Authority Information (the
	 * "Developed Materials")': read once every term's class is known, the
	 * customer's data among them (owned_by_customer reads some late).
	 */
	if (g->how == GATHER_MODEL) {
		if (d->cls == TERM_OTHER && !d->reads_as &&
		    !rf_matches(rf, rf->model_paper, d->term, tlen) && !names_a_right(d->term, tlen) &&
		    (model_from_data_before(out, doc->text.ptr + g->from, g->to - g->from) ||
		     tuned_on_data_before(out, doc->text.ptr + g->from, g->to - g->from))) {
			d->cls = TERM_MODEL;
			d->reads_as = "Custom Model";
		}
		return;
	}
	if (g->how == GATHER_BEFORE) {
		gathered_before(doc, out, g, &data, &output);
		/*
		 * 'Recordings, Transcripts, calendar data and any files you upload
		 * are together "Your Content"': the customer's data by its own
		 * words, that names an output term among what it gathers, takes
		 * the outputs in too, though no list of terms alone comes before.
		 */
		if (!output && d->cls == TERM_CUSTOMER_DATA) {
			size_t k;

			for (k = 0; k < out->nterms && !output; k++)
				output = k != g->term && out->terms[k].cls == TERM_OUTPUT &&
					 out->terms[k].at < g->from &&
					 has_word_as(doc->text.ptr + g->from, g->to - g->from,
						     out->terms[k].term, 0);
			data |= output;
		}
	} else {
		named = list_of_terms(out, doc->text.ptr, g->to, g->from, g->term, &data, &output,
				      &end, &plain);
		/* Of a term read with the outputs too, as of the data alone. */
		if (named == 1 && data && d->cls != TERM_OUTPUT &&
		    rf_exec(rf, rf->deidentified, (PCRE2_SPTR)doc->text.ptr, g->to, end, 0) >= 0) {
			d->cls = TERM_CUSTOMER_DATA;
			d->reads_as = "De-identified Customer Data";
			return;
		}
		/*
		 * A list is two terms or more: '"Fees" means the Charges set out
		 * ...' gathers nothing.  Where plain words come between them
		 * ('"Your Data" means Consultation Audio, transcripts, Draft Notes
		 * and ...'), a name that says secret or usage is more than they.
		 */
		if (named < 2 || (plain && (rf_matches(rf, rf->secret_name, d->term, tlen) ||
					    rf_matches(rf, rf->usage_name, d->term, tlen))))
			return;
	}
	if (!data && !output)
		return;
	/*
	 * Such a list is more than its terms: of the customer's data and
	 * outputs it reads as the data alone ("We handle personal information
	 * in Your Data" keeps its words).
	 */
	if (plain)
		output = !data;
	d->with_output = data && output;
	d->cls = data ? TERM_CUSTOMER_DATA : TERM_OUTPUT;
	d->reads_as = !data ? "Output" : output ? "Customer Data and Output" : "Customer Data";
}

/*
 * Whether what follows "including" opens with a determiner: "including the
 * data you send to us" or "including your name, ..." may be what the term
 * names, not instances of it, so the words before the term stay whole.
 */
static int names_a_whole(const char *w, size_t n)
{
	static const char *const dets[] = { "the", "all", "any", "your", "our", "its", "their",
					    "such", "his", "her", "each", "every" };
	size_t i = 0;

	while (i < n && (w[i] == ' ' || w[i] == ','))
		i++;
	return word_at(w, n, i, dets, ARRAY_SIZE(dets));
}

/* Bytes of an example list between a description and its bracketed term. */
#define EXAMPLES_REACH 160

/*
 * Where the words before a bracketed term end, without the examples that
 * close them: 'everything you type into the Product, including client
 * documents, briefs and research queries ("Matter Data")' defines what is
 * typed into the Product, of which the list names instances.  Only a
 * plain list after a comma (no bracket, quote, colon or semicolon in it)
 * of bare nouns (names_a_whole); otherwise, or where nothing would be left
 * before it, blen.
 */
static size_t before_examples(const char *body, size_t blen)
{
	static const char *const heads[] = { "including", "such as", "for example", "e.g." };
	size_t i, k, q, lo = blen > EXAMPLES_REACH ? blen - EXAMPLES_REACH : 0;

	/* i is at a byte of the list, from its end; one test a byte, as terms are many. */
	for (i = blen; i-- > lo + 1;) {
		unsigned char c = (unsigned char)body[i];

		if (c == ',') {
			size_t w = i + 2;

			if (w >= blen || body[i + 1] != ' ')
				continue;
			for (k = 0; k < ARRAY_SIZE(heads); k++) {
				size_t hl = strlen(heads[k]);

				if (blen - w > hl && !strncasecmp(body + w, heads[k], hl) &&
				    (body[w + hl] == ' ' || body[w + hl] == ',') &&
				    !names_a_whole(body + w + hl, blen - w - hl))
					return i;
			}
		} else if (c == '(' || c == ')' || c == '"' || c == ';' || c == ':' ||
			   ((c == 0x9C || c == 0x9D) && i >= 2 &&
			    quote_at(body, blen, i - 2, 0, &q) == QUOTE_DOUBLE)) {
			return blen;
		}
	}
	return blen;
}

/*
 * A definition at the head of a paragraph is read in its first bytes: the
 * term, its ':' or "means", and the start of what it means.
 */
#define HEAD_DEF_REACH 96

/* Words after a bare dash's determiner in which a modal says a sentence. */
#define BARE_DASH_WORDS 8

/* Bytes of a paragraph read as a heading: "Definitions and Interpretations." and a little more. */
#define DEFS_HEADING_MAX 40
/* Bytes of a paragraph read as the lead-in of a list of definitions ("The following definitions apply ...:"). */
#define DEFS_LEAD_MAX 120

/* Whether t[i], a byte of defines_early's `opens`, starts what it looks for before `stop`. */
static int opens_at(const char *t, size_t i, size_t stop)
{
	switch (t[i]) {
	case ':':
		return 1;
	case 'm':
		return stop - i >= 4 && !memcmp(t + i, "mean", 4);
	case 'r':
		return stop - i >= 5 && !memcmp(t + i, "refer", 5);
	case '"':
	case (char)0x9D:
		/* 'A "Prompt" is the ...': a closing quote, then "is", "are" or "include(s)" */
		return (stop - i >= 5 && !memcmp(t + i + 1, " is ", 4)) ||
		       (stop - i >= 6 && !memcmp(t + i + 1, " are ", 5)) ||
		       (stop - i >= 9 && !memcmp(t + i + 1, " include", 8));
	default:
		return 0;
	}
}

/*
 * Whether t[at..stop) opens with a byte a term can open with and holds a
 * ':', "mean", "refer" or a closing quote and "is", "are" or "include",
 * without which neither head_def nor dash_definition can match: most
 * paragraphs have none, and are passed over without a regex run.
 */
static int defines_early(const char *t, size_t at, size_t stop)
{
	/* The bytes opens_at reads: all others are passed by one load. */
	static const unsigned char opens[256] = {
		[':'] = 1, ['m'] = 1, ['r'] = 1, ['"'] = 1, [0x9D] = 1,
	};
	/*
	 * The bytes a term can open with: head_def's quotes (straight, or
	 * U+201C and U+2018 from 0xE2), its emphasis and its capital, and
	 * dash_definition's capital.  A paragraph that opens with any other
	 * ("(a) the Supplier shall", "1.2", a lower-case line) defines
	 * nothing by either, and is passed over without its scan.
	 */
	static const unsigned char term_opens[256] = {
		['"'] = 1, ['\''] = 1, ['*'] = 1, ['_'] = 1, [0xE2] = 1,
		['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
		['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
		['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
		['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	};
	const unsigned char *u = (const unsigned char *)t;
	size_t i = at, j;

	if (at >= stop || !term_opens[u[at]])
		return 0;
	/*
	 * Eight bytes a test: most runs of eight hold none of `opens`, and a
	 * byte at a time cost 7 instructions a byte (callgrind, all CUAD).
	 */
	for (; stop - i >= 8; i += 8) {
		if (!(opens[u[i]] | opens[u[i + 1]] | opens[u[i + 2]] | opens[u[i + 3]] |
		      opens[u[i + 4]] | opens[u[i + 5]] | opens[u[i + 6]] | opens[u[i + 7]]))
			continue;
		for (j = i; j < i + 8; j++)
			if (opens[u[j]] && opens_at(t, j, stop))
				return 1;
	}
	for (; i < stop; i++)
		if (opens[u[i]] && opens_at(t, i, stop))
			return 1;
	return 0;
}

/* Whether only a full stop, a semicolon or the end of the sentence t[..se) follows t[at]. */
static int closes_sentence(const char *t, size_t at, size_t se)
{
	while (at < se && (t[at] == ' ' || t[at] == '\t'))
		at++;
	return at >= se || t[at] == '.' || t[at] == ';' || t[at] == '\n';
}

/* Records where the terms term `i` gathers are named, if `i` is a new term. */
/*
 * Whether a word of a model, in lower case, is in the MODEL_BEFORE_REACH
 * bytes of t[ss..ms) before a parenthesis: the few parenthesis terms that
 * model_from_data_before reads later, once every class is known.
 */
static int model_word_before(const char *t, size_t ss, size_t ms)
{
	size_t lo = ms - ss > MODEL_BEFORE_REACH ? ms - MODEL_BEFORE_REACH : ss;

	/* "model", or what training makes of one: "fine-tune adapters on ...", "weights" */
	return text_find(t + lo, ms - lo, 0, "model", 0) < ms - lo ||
	       text_find(t + lo, ms - lo, 0, "adapter", 3) < ms - lo ||
	       text_find(t + lo, ms - lo, 0, "weights", 0) < ms - lo;
}

static void add_gather(struct gather_site *g, size_t *ng, size_t i, size_t from, size_t to,
		       enum gather how)
{
	if (i == (size_t)-1 || *ng == GATHER_SITES_MAX || to <= from)
		return;
	g[*ng].term = i;
	g[*ng].from = from;
	g[*ng].to = to;
	g[*ng].how = how;
	(*ng)++;
}

/*
 * Where the body of a definition that starts at t[me] ends before `se`,
 * the end of its sentence: at a semicolon that opens the next definition
 * of a run-on list ('"Background IPR" means rights owned by the Supplier
 * before the Commencement Date; "Output" means any result generated by
 * the Model'), for the next term's words are not this one's.  The next
 * definition is a quoted term, after "and" or "or" if said, followed by
 * "means", "shall mean", "has the meaning", "refers to" or "includes".
 */
static size_t definition_body_end(const char *t, size_t me, size_t se)
{
	static const char *const verbs[] = { "means", "mean", "shall", "has", "have",
					     "refers", "includes", "will" };
	const char *semi;
	size_t at = me, q, k;

	while (at < se && (semi = memchr(t + at, ';', se - at)) != NULL) {
		at = (size_t)(semi - t) + 1;
		q = at;
		while (q < se && isspace((unsigned char)t[q]))
			q++;
		if (se - q > 4 && (!strncasecmp(t + q, "and ", 4) || !strncasecmp(t + q, "or ", 3)))
			q += t[q] == 'a' || t[q] == 'A' ? 4 : 3;
		while (q < se && isspace((unsigned char)t[q]))
			q++;
		if (quote_at(t, se, q, 1, &k) != QUOTE_DOUBLE)
			continue;
		/* The term, up to its closing quotation mark, on one line. */
		for (q += k; q < se && t[q] != '\n' && quote_at(t, se, q, 0, &k) != QUOTE_DOUBLE; q++)
			;
		if (q >= se || t[q] == '\n')
			continue;
		q += k;
		while (q < se && isspace((unsigned char)t[q]))
			q++;
		if (word_at(t, se, q, verbs, ARRAY_SIZE(verbs)))
			return (size_t)(semi - t);
	}
	return se;
}

/*
 * The term in group 1 of the last match, defined by what follows the
 * match's end `me` to the end of its sentence ("Customer Data" means ...),
 * or to the next definition of a run-on list.
 */
/*
 * Whether "means" before t[me] is the noun of "means of" ("Payment means
 * of settlement shall be agreed", "Service means of delivery"), not the
 * verb of a definition: the word at t[me], past blanks, is "of".
 */
static int means_of(const char *t, size_t len, size_t me)
{
	size_t b = me;

	while (b > 0 && t[b - 1] == ' ')
		b--;
	if (b < 5 || strncasecmp(t + b - 5, "means", 5))
		return 0;
	while (me < len && t[me] == ' ')
		me++;
	return len - me > 3 && !strncmp(t + me, "of ", 3);
}

/*
 * Defines t[at..at+n) as the term of a list whose body starts at me and
 * runs to the end of its sentence, or where definition_body_end closes it
 * first, and gathers it as a list's term.  0 where no body is left.
 */
static int define_listed(struct roles_finder *rf, const struct document *doc,
			 struct roles *out, size_t at, size_t n, size_t me,
			 struct gather_site *g, size_t *ng)
{
	size_t ss, se;

	document_sentence_span(doc, at, &ss, &se);
	if (se > me)
		se = definition_body_end(doc->text.ptr, me, se);
	if (se <= me)
		return 0;
	add_gather(g, ng, define_term(rf, out, doc->text.ptr, at, n, me, se - me, DEF_AFTER, ss, se),
		   me, se, GATHER_LIST);
	return 1;
}

static void define_from_group(struct roles_finder *rf, const struct document *doc,
			      struct roles *out, size_t me, struct gather_site *g, size_t *ng)
{
	size_t s, n;

	rf_group(rf, 1, &s, &n);
	if (document_note_at(doc, s) || means_of(doc->text.ptr, doc->text.len, me))
		return;
	define_listed(rf, doc, out, s, n, me, g, ng);
}

/* Bytes of the lead-in ("In this Agreement, unless the context requires otherwise:") of a run-on list of plain definitions, at most. */
#define PLAIN_LEAD_REACH 100
/* Words of a plain term in such a list, at most. */
#define PLAIN_TERM_WORDS 6
/* Definitions of one such list read, at most. */
#define PLAIN_DEFS_MAX 64

/*
 * A plain term at t[at] followed by "means" or "shall mean" ("Booking Data
 * means"): capitalised words, with "of", "and" and the like between.  A
 * term opens with no article or "this": "this Agreement means these
 * terms" reads the agreement, "The Licensee means" a sentence.  Returns
 * the term's length and sets *me past the verb; 0 where there is none.
 */
static size_t plain_term_at(const char *t, size_t end, size_t at, size_t *me)
{
	static const char *const joiners[] = { "of", "and", "or", "the", "for", "to", "in", "on" };
	static const char *const openers[] = { "this", "these", "that", "those", "the", "a", "an",
					       "each", "any", "every", "all", "such", "it", "its" };
	size_t i = at, te = at, w = 0;

	while (i < end) {
		size_t ws = i;

		/* "Société Data means": a name's accented letters are letters. */
		while (i < end) {
			size_t l = name_letter_len(t, end, i);

			if (!l && (isdigit((unsigned char)t[i]) || t[i] == '-' || t[i] == '&' ||
				   t[i] == '\''))
				l = 1;
			if (!l)
				break;
			i += l;
		}
		if (i == ws)
			return 0;
		if (w && te == ws - 1 && word_at(t, i, ws, (const char *const[]){ "means" }, 1)) {
			if (means_of(t, end, i))
				return 0;
			*me = i;
			return te - at;
		}
		if (w && te == ws - 1 && end - ws > 11 && !memcmp(t + ws, "shall mean ", 11)) {
			*me = ws + 10;
			return te - at;
		}
		if (isupper((unsigned char)t[ws])) {
			if (!w && word_in(t + ws, i - ws, openers, ARRAY_SIZE(openers)))
				return 0;
			te = i;
		} else if (!w || !word_in(t + ws, i - ws, joiners, ARRAY_SIZE(joiners))) {
			return 0;
		}
		if (++w > PLAIN_TERM_WORDS || i >= end || t[i] != ' ')
			return 0;
		i++;
	}
	return 0;
}

/*
 * Where a definition of a run-on list may open at t[at], after the lead-in's
 * ':' or a ';': past blanks, an "and" or "or", and an item's label "(a)".
 */
static size_t plain_item_start(const char *t, size_t end, size_t at)
{
	while (at < end && (t[at] == ' ' || t[at] == '\t'))
		at++;
	if (end - at > 4 && !strncmp(t + at, "and ", 4))
		at += 4;
	else if (end - at > 3 && !strncmp(t + at, "or ", 3))
		at += 3;
	if (at + 3 < end && t[at] == '(' && isalnum((unsigned char)t[at + 1])) {
		size_t c = at + 1;

		while (c < end && c < at + 6 && isalnum((unsigned char)t[c]))
			c++;
		if (c < end && t[c] == ')')
			at = c + 1;
	}
	while (at < end && (t[at] == ' ' || t[at] == '\t'))
		at++;
	return at;
}

/*
 * Definitions written as one clause without quotes, as Australian and
 * English drafting has them: "In this Agreement: Booking Data means all
 * reservation data ...; Demand Model means the model ...; Services means
 * ...".  After a lead-in that opens the paragraph with "In this" or "In
 * these" and ends in ':', a capitalised term and "means" open a definition
 * after the ':' and after each ';'; its body runs to the ';' before the
 * next one, or to the end of its sentence.  A list may give a definition a
 * line, "In this Module:\nAdapters means ...\nBank Data means ...", with
 * or without the lead-in: a line opens one after a full stop, ';' or ':'.  A ';' inside a body that opens
 * no definition ("including: (a) rates; (b) stays") ends nothing.
 */
static void plain_definition_lists(struct roles_finder *rf, const struct document *doc,
				   struct roles *out, struct gather_site *g, size_t *ng)
{
	const char *t = doc->text.ptr;
	size_t i;

	for (i = 0; i < doc->npara; i++) {
		const struct paragraph *p = &doc->paras[i];
		size_t at = p->body, end = p->end, reach, s[PLAIN_DEFS_MAX], n[PLAIN_DEFS_MAX];
		size_t body[PLAIN_DEFS_MAX], semi[PLAIN_DEFS_MAX], nd = 0, k, c, me0;

		if (p->note)
			continue;
		while (at < end && t[at] == ' ')
			at++;
		if (end - at < 12)
			continue;
		if (!strncmp(t + at, "In th", 5) &&
		    word_at(t, end, at + 3, (const char *const[]){ "this", "these" }, 2)) {
			reach = end - at > PLAIN_LEAD_REACH ? at + PLAIN_LEAD_REACH : end;
			for (c = at; c < reach && !strchr(":;.\n", t[c]); c++)
				;
			if (c >= reach || t[c] != ':')
				continue;
		} else if (memchr(t + at, '\n', end - at) && (n[0] = plain_term_at(t, end, at, &me0))) {
			/* A list with no lead-in, a definition a line: "Adapters means ...\nBank Data means ...". */
			s[0] = at;
			body[0] = me0;
			semi[0] = at;
			nd = 1;
			c = at;
		} else {
			continue;
		}
		for (; c < end && nd < PLAIN_DEFS_MAX; c++) {
			size_t q, me, b;

			/*
			 * A line opens a definition after one that ends in a full
			 * stop, a ';' or the lead-in's ':', as a list written a
			 * definition a line has it: "In this Module:\nAdapters
			 * means ...\nBank Data means ...".
			 */
			if (t[c] == '\n') {
				for (b = c; b > at && (t[b - 1] == ' ' || t[b - 1] == '\t'); b--)
					;
				if (b == at || !strchr(".;:", t[b - 1]))
					continue;
			} else if (t[c] != ':' && t[c] != ';') {
				continue;
			}
			q = plain_item_start(t, end, c + 1);
			if ((n[nd] = plain_term_at(t, end, q, &me)) == 0)
				continue;
			s[nd] = q;
			body[nd] = me;
			semi[nd] = c;
			nd++;
		}
		for (k = 0; k < nd; k++) {
			size_t ss, se;

			document_sentence_span(doc, s[k], &ss, &se);
			if (k + 1 < nd && semi[k + 1] < se)
				se = semi[k + 1];
			while (body[k] < se && t[body[k]] == ' ')
				body[k]++;
			if (se > body[k] + 2)
				add_gather(g, ng,
					   define_term(rf, out, t, s[k], n[k], body[k], se - body[k],
						       DEF_AFTER, s[k], se),
					   body[k], se, GATHER_LIST);
		}
	}
}

/* Bytes before a use of "Model" in which rf->model_called is read. */
#define MODEL_CALLED_REACH 96

/*
 * Whether the name t[s..s+n) is used again after t[from]: as written,
 * not inside a longer name of capitalised words.
 */
static int used_after(const char *t, size_t len, size_t from, size_t s, size_t n)
{
	const char *hit;

	while (from + n <= len && (hit = memchr(t + from, t[s], len - from - n + 1))) {
		size_t at = (size_t)(hit - t);

		if (!memcmp(t + at, t + s, n) && short_name_at(t, len, at, n))
			return 1;
		from = at + 1;
	}
	return 0;
}

/*
 * Models named in running text (rf->model_called): "..., which we call
 * the Speaker Model", "hereinafter the Demand Model", "(the Claims
 * Model)".  The words say a name is given, or, in a parenthesis without
 * quotes, the name is used again after it; the name ends in "Model" or
 * "Models", and is kept only where the sentence before it reads as a
 * model's definition (classify), so that "(the Base Model)" of a vendor
 * is its base model and "hereinafter the Service Model Agreement" is
 * nothing.  Looked for only at a use of "Model": most contracts have few.
 */
static void named_models(struct roles_finder *rf, const struct document *doc, struct roles *out)
{
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, from = 0, at;

	while ((at = text_find(t, len, from, "Model", 0)) < len) {
		size_t e = at + 5, ws, s, n, ps, pn, ms, ss, se, k;

		from = e;
		if (e < len && t[e] == 's')
			e++;
		/* Not "Model Clauses" nor "the Ranking Model Licence": a longer name. */
		if ((e < len && isalnum((unsigned char)t[e])) || (at > 0 && t[at - 1] != ' ') ||
		    (e + 1 < len && t[e] == ' ' && isupper((unsigned char)t[e + 1])))
			continue;
		ws = at > MODEL_CALLED_REACH ? at - MODEL_CALLED_REACH : 0;
		compile_model_called(rf);
		if (rf_exec(rf, rf->model_called, (PCRE2_SPTR)t, e, ws, 0) < 0)
			continue;
		ms = pcre2_get_ovector_pointer(rf->md)[0];
		rf_group(rf, 1, &ps, &pn);
		rf_group(rf, 2, &s, &n);
		if (document_note_at(doc, s) || term_known(out, t, s, n))
			continue;
		if (pn ? !(e < len && t[e] == ')') || !used_after(t, len, e, s, n) :
			 e < len && (t[e] == '"' || !strncmp(t + e, "\xE2\x80\x9D", 3)) &&
			 ms > 0 && t[s - 1] != '"' && strncmp(t + s - 3, "\xE2\x80\x9C", 3))
			continue;
		document_sentence_span(doc, ms, &ss, &se);
		if (ms <= ss)
			continue;
		k = define_term(rf, out, t, s, n, ss, ms - ss, DEF_BEFORE, ss, se);
		if (k != (size_t)-1 && out->terms[k].cls != TERM_MODEL)
			out->nterms--;
		else
			fitted_in_paren(rf, out, k, t, ss, ms - ss, ss, se);
	}
}

/* Bytes of a quoted name read by fitted_models, at most. */
#define FITTED_NAME_MAX 60
/* Quotes noted for fitted_models, at most: most texts have none. */
#define FITTED_QUOTES_MAX 16

/*
 * Whether the quote at t[at] opens a name in running text, after an
 * article, closed and followed by "that" or "which": 'a "Style Profile"
 * that adapts', in straight or curly quotes.  Sets the name
 * t[*ps..*pe) and where the clause after it starts (*pbs).
 */
static int fitted_quote(const char *t, size_t len, size_t at, size_t *ps, size_t *pe, size_t *pbs)
{
	int curly = t[at] != '"';
	size_t s = at + (curly ? 3 : 1), e, bs;

	if (!((at >= 2 && t[at - 1] == ' ' && t[at - 2] == 'a' &&
	       (at == 2 || !isalpha((unsigned char)t[at - 3]))) ||
	      (at >= 3 && t[at - 1] == ' ' && t[at - 2] == 'n' && t[at - 3] == 'a' &&
	       (at == 3 || !isalpha((unsigned char)t[at - 4])))))
		return 0;
	if (s >= len || !isupper((unsigned char)t[s]))
		return 0;
	for (e = s; e < len && e - s < FITTED_NAME_MAX && t[e] != '"' && t[e] != '\n' &&
		    t[e] != '.' && t[e] != ',' && !(curly && (unsigned char)t[e] == 0xE2);
	     e++)
		;
	if (e >= len)
		return 0;
	if (!curly && t[e] == '"')
		bs = e + 1;
	else if (curly && e + 2 < len && !memcmp(t + e, "\xE2\x80\x9D", 3))
		bs = e + 3;
	else
		return 0;
	if (!(len - bs > 7 && (!memcmp(t + bs, " that ", 6) || !memcmp(t + bs, " which ", 7))))
		return 0;
	*ps = s;
	*pe = e;
	*pbs = bs;
	return 1;
}

/*
 * rf_match_at_quote of rf->means, which finds every quote by memchr: on
 * the way it notes the few that open a name fitted_models reads (in
 * fit[0..*nfit)), so that no second scan of the text looks for quotes.
 * The same matches as rf_match_at_quote, in the same order.
 */
static int means_at_quote(struct roles_finder *rf, const char *t, size_t len, size_t from,
			  size_t *fit, size_t *nfit)
{
	size_t dq = from, q, s, e, bs;

	while ((q = rf_next_open_quote(t, len, &from, &dq)) < len) {
		/* "a " or "an " before it, read here: few quotes have one. */
		if (*nfit < FITTED_QUOTES_MAX && q >= 2 && t[q - 1] == ' ' &&
		    (t[q - 2] == 'a' || t[q - 2] == 'n') && fitted_quote(t, len, q, &s, &e, &bs))
			fit[(*nfit)++] = q;
		if (rf_exec(rf, rf->means, (PCRE2_SPTR)t, len, q, 0) >= 0)
			return 1;
	}
	return 0;
}

/*
 * Models named in quotes in running text and defined by the clause after
 * them: 'we may tune a "Style Profile" that adapts our models to your
 * house style, using your archive'.  Only an article before the quote and
 * "that" or "which" after it (fitted_quote, at the quotes means_at_quote
 * noted), and only where that clause fits a model to the customer
 * (fitted_for_customer): the custom model, by a name that says none.
 * Other quoted names in running text stay what they were.
 */
static void fitted_models(struct roles_finder *rf, const struct document *doc, struct roles *out,
			  const size_t *fit, size_t nfit)
{
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, i;

	for (i = 0; i < nfit; i++) {
		size_t s, e, bs, ss, se, k;

		if (!fitted_quote(t, len, fit[i], &s, &e, &bs))
			continue;
		if (document_note_at(doc, s) || names_a_right(t + s, e - s))
			continue;
		/*
		 * An order form's line ("Style Profile: included") defines the
		 * name with no reading: the clause that says what it is reads it.
		 */
		for (k = 0; k < out->nterms; k++)
			if (strlen(out->terms[k].term) == e - s && !memcmp(out->terms[k].term, t + s, e - s))
				break;
		if (k < out->nterms && (out->terms[k].cls != TERM_OTHER || out->terms[k].reads_as))
			continue;
		document_sentence_span(doc, bs, &ss, &se);
		while (se > bs && (t[se - 1] == '.' || t[se - 1] == ' ' || t[se - 1] == '\n'))
			se--;
		if (se <= bs || !fitted_for_customer(rf, out, t + bs, se - bs))
			continue;
		if (k == out->nterms) {
			add_new_term(out, t, s, e - s, TERM_MODEL, "Custom Model");
		} else {
			out->terms[k].cls = TERM_MODEL;
			out->terms[k].reads_as = "Custom Model";
		}
	}
}

/*
 * Kinds of data that a definition of the customer's data may list and that
 * stand for it where they head a noun phrase: "recordings", "case notes".
 * "notes" and "messages" only with a word of the list before them; the
 * generic words ("information", "documents") never.
 */
static const char *const data_kinds[] = {
	"recordings", "transcripts", "images", "photos", "photographs", "pictures", "videos",
	"audio", "footage", "scans", "x-rays", "notes", "emails", "e-mails", "voicemails",
	"messages",
};
static const char *const kinds_with_modifier[] = { "notes", "messages" };

/* Kinds read off one definition, at most. */
#define KINDS_PER_DEFINITION 3
/* Bytes after "including" in which its list is read. */
#define KIND_LIST_REACH 240
/* Words of a kind's name ("call recordings"), at most; items of a list read. */
#define KIND_WORDS 3
#define KIND_ITEMS 8

/* A word at t[i..*e): letters, with '-' inside ("x-rays"). */
static int word_at_i(const char *t, size_t end, size_t i, size_t *e)
{
	size_t k = i;

	while (k < end && (isalpha((unsigned char)t[k]) ||
			   (t[k] == '-' && k > i && k + 1 < end && isalpha((unsigned char)t[k + 1]))))
		k++;
	*e = k;
	return k > i && (i == 0 || !isalnum((unsigned char)t[i - 1]));
}

/* Where the list after "including" or "such as" in t[s..e) begins; 0 where there is none. */
static size_t kind_list(const char *t, size_t s, size_t e)
{
	static const char *const lead[] = { "without", "limitation", "but", "not", "limited", "to" };
	size_t i, we, at = 0;

	for (i = s; i < e && !at; i++) {
		if (!word_at_i(t, e, i, &we)) {
			continue;
		}
		if (word_is(t + i, we - i, "including"))
			at = we;
		else if (word_is(t + i, we - i, "such") && we + 3 < e && !strncmp(t + we, " as ", 4))
			at = we + 3;
		i = we;
	}
	/* "including, without limitation," and "including but not limited to" */
	while (at && at < e) {
		while (at < e && (t[at] == ' ' || t[at] == ','))
			at++;
		if (!word_at_i(t, e, at, &we) || !word_in(t + at, we - at, lead, ARRAY_SIZE(lead)))
			break;
		at = we;
	}
	return at;
}

static int term_named(const struct roles *r, const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < r->nterms; i++)
		if (word_is(w, n, r->terms[i].term))
			return 1;
	return 0;
}

/*
 * The kinds of data a customer-data term's definition lists ('"Authority
 * Data" means all data, including Personal Data, recordings of
 * practitioner conversations and case notes, that ...'): each item's
 * lower-case words before "of" or a clause, where its last word is a kind
 * of data_kinds, become terms of the customer's data too ("recordings",
 * "case notes").  A capitalised item is a term of its own; a kind any term
 * is named already keeps that reading.
 */
static void data_kinds_listed(const struct document *doc, struct roles *out)
{
	static const char *const ends[] = {
		"that", "which", "who", "whether", "where", "when", "whose", "in", "on", "of", "from",
		"by", "for", "to", "with", "made", "held", "provided", "relating", "related",
		"collected", "created", "generated", "obtained", "received", "and", "or", "other",
	};
	static const char *const det[] = { "any", "all", "the", "such", "other" };
	const char *t = doc->text.ptr;
	size_t k, nterms = out->nterms;

	for (k = 0; k < nterms; k++) {
		size_t ss, se, at, stop, item, nkinds = 0;

		if (out->terms[k].cls != TERM_CUSTOMER_DATA || out->terms[k].kind)
			continue;
		document_sentence_span(doc, out->terms[k].at, &ss, &se);
		if (!(at = kind_list(t, ss, se)))
			continue;
		stop = se - at > KIND_LIST_REACH ? at + KIND_LIST_REACH : se;
		for (item = 0; item < KIND_ITEMS && nkinds < KINDS_PER_DEFINITION && at < stop; item++) {
			size_t ws[KIND_WORDS + 1], we, nw = 0, hs, he;
			int capital = 0;

			/* The item's words before "of", a clause or a mark. */
			while (at < stop && t[at] == ' ')
				at++;
			while (at < stop && word_at_i(t, stop, at, &we) &&
			       word_in(t + at, we - at, det, ARRAY_SIZE(det)))
				for (at = we; at < stop && t[at] == ' '; at++)
					;
			while (at < stop && word_at_i(t, stop, at, &we) && nw <= KIND_WORDS &&
			       !word_in(t + at, we - at, ends, ARRAY_SIZE(ends))) {
				capital |= isupper((unsigned char)t[at]);
				ws[nw++] = at;
				at = we;
				while (at < stop && t[at] == ' ')
					at++;
			}
			if (nw && nw <= KIND_WORDS && !capital) {
				hs = ws[nw - 1];
				word_at_i(t, stop, hs, &he);
				if (word_in(t + hs, he - hs, data_kinds, ARRAY_SIZE(data_kinds)) &&
				    (nw > 1 || !word_in(t + hs, he - hs, kinds_with_modifier,
							ARRAY_SIZE(kinds_with_modifier))) &&
				    !term_named(out, t + ws[0], he - ws[0]) && !term_named(out, t + hs, he - hs)) {
					size_t i = add_term(out, t, ws[0], he - ws[0], TERM_CUSTOMER_DATA,
							    "Customer Data");

					if (i != (size_t)-1) {
						out->terms[i].kind = 1;
						nkinds++;
					}
				}
			}
			/* On to the next item: past ", and", ", or"; a clause or a stop ends the list. */
			while (at < stop && t[at] != ',' && t[at] != ';' && t[at] != '.' && t[at] != ')' &&
			       t[at] != '(' && t[at] != ':' &&
			       !(word_at_i(t, stop, at, &we) &&
				 (word_is(t + at, we - at, "and") || word_is(t + at, we - at, "or"))))
				at++;
			if (at >= stop || t[at] == ';' || t[at] == '.' || t[at] == ')' || t[at] == '(' ||
			    t[at] == ':')
				break;
			if (t[at] == ',')
				at++;
			while (at < stop && t[at] == ' ')
				at++;
			if (word_at_i(t, stop, at, &we) &&
			    (word_is(t + at, we - at, "and") || word_is(t + at, we - at, "or")))
				at = we;
			else if (word_at_i(t, stop, at, &we) &&
				 (word_is(t + at, we - at, "that") || word_is(t + at, we - at, "which") ||
				  word_is(t + at, we - at, "whether") || word_is(t + at, we - at, "in")))
				break;
		}
	}
}

/*
 * The kinds of data named, in lower case, after the people a customer-data
 * term is named for: where "Farmer Data" or "Patient Records" is the
 * customer's, so are "farmer questions" and "patient messages" ("may use
 * farmer questions and the answers given to train the Advisory Model").
 * Only a name of two words, people and data; a phrase a term names
 * already keeps its reading.
 */
static void people_kinds_used(const struct document *doc, struct roles *out)
{
	static const char *const people[] = {
		"farmer", "grower", "patient", "student", "pupil", "learner", "citizen", "resident",
		"member", "policyholder", "employee", "beneficiary", "enrollee", "participant",
		"tenant", "subscriber", "claimant", "applicant", "taxpayer", "borrower",
	};
	static const char *const names[] = { "data", "records", "information" };
	static const char *const kinds[] = {
		"questions", "queries", "messages", "records", "data", "information", "prompts",
		"submissions", "conversations", "chats", "requests", "enquiries", "inquiries",
		"complaints", "recordings", "transcripts",
	};
	/* What learners hand in: "student work", "student writing", "pupil essays". */
	static const char *const learners[] = { "student", "pupil", "learner" };
	static const char *const handed_in[] = { "work", "writing", "essays", "assignments" };
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, k, nterms = out->nterms;

	for (k = 0; k < nterms; k++) {
		const char *name = out->terms[k].term, *sp = strchr(name, ' ');
		size_t pn, at, we, nkinds = 0;
		char lower[16];

		if (out->terms[k].cls != TERM_CUSTOMER_DATA || out->terms[k].kind || !sp ||
		    strchr(sp + 1, ' ') || !word_in(sp + 1, strlen(sp + 1), names, ARRAY_SIZE(names)) ||
		    (pn = (size_t)(sp - name)) >= sizeof lower - 1 ||
		    !word_in(name, pn, people, ARRAY_SIZE(people)))
			continue;
		for (at = 0; at < pn; at++)
			lower[at] = (char)tolower((unsigned char)name[at]);
		lower[pn] = ' ';
		for (at = 0; at + pn + 1 < len && nkinds < KINDS_PER_DEFINITION; at++) {
			if (t[at] != lower[0] || (at > 0 && isalnum((unsigned char)t[at - 1])) ||
			    memcmp(t + at, lower, pn + 1) != 0 ||
			    !word_at_i(t, len, at + pn + 1, &we) ||
			    !(word_in(t + at + pn + 1, we - at - pn - 1, kinds, ARRAY_SIZE(kinds)) ||
			      (word_in(name, pn, learners, ARRAY_SIZE(learners)) &&
			       word_in(t + at + pn + 1, we - at - pn - 1, handed_in, ARRAY_SIZE(handed_in)))) ||
			    (we < len && isalnum((unsigned char)t[we])))
				continue;
			if (!term_named(out, t + at, we - at)) {
				size_t i = add_term(out, t, at, we - at, TERM_CUSTOMER_DATA, "Customer Data");

				if (i != (size_t)-1) {
					out->terms[i].kind = 1;
					nkinds++;
				}
			}
			at = we;
		}
	}
}

/* Phrases "your <words> materials" read as the customer's data, at most. */
#define YOUR_KINDS_MAX 4
/* Lower-case words between "your" and the data word, at most. */
#define YOUR_KIND_WORDS 2

/*
 * Where t[at] opens "your" and one or two lower-case words then a data
 * word ("your source materials", "your unpublished materials"): the
 * phrase's end; 0 where it is none.  Not the customer's records the
 * vendor keeps of it ("your account data", "your usage data"), nor what
 * the service makes of it ("your translated documents").
 */
static size_t your_kind_at(const char *t, size_t len, size_t at)
{
	static const char *const heads[] = {
		"materials", "documents", "files", "data", "content", "texts", "recordings",
		"images", "records", "manuscripts",
	};
	static const char *const not_mods[] = {
		"own", "use", "usage", "access", "account", "payment", "billing", "contact", "login",
		"credit", "card", "bank", "other", "such", "said", "generated", "translated",
		"created", "produced", "output", "licensed", "marketing", "and", "or", "the", "our",
		"this", "that", "these", "those", "new", "first", "data",
	};
	size_t i = at + 5, we, words = 0;

	if (at > 0 && isalnum((unsigned char)t[at - 1]))
		return 0;
	while (words <= YOUR_KIND_WORDS && word_at_i(t, len, i, &we) && islower((unsigned char)t[i])) {
		if (word_in(t + i, we - i, heads, ARRAY_SIZE(heads)))
			return words && (we == len || !isalnum((unsigned char)t[we])) ? we : 0;
		if (word_in(t + i, we - i, not_mods, ARRAY_SIZE(not_mods)))
			return 0;
		words++;
		if (we >= len || t[we] != ' ')
			return 0;
		i = we + 1;
	}
	return 0;
}

/* Uses of the phrase p[0..n) ("your ...") as whole words in t, case aside: at most 2 counted. */
static int your_phrase_uses(const char *t, size_t len, const char *p, size_t n)
{
	size_t i = 0;
	int uses = 0;

	while (i + n <= len && uses < 2) {
		const char *hit = memchr(t + i, p[5], len - i);
		size_t at;

		if (!hit)
			break;
		at = (size_t)(hit - t);
		i = at + 1;
		if (at < 5 || at - 5 + n > len || strncasecmp(t + at - 5, p, n) ||
		    (at > 5 && isalnum((unsigned char)t[at - 6])) ||
		    (at - 5 + n < len && isalnum((unsigned char)t[at - 5 + n])))
			continue;
		uses++;
	}
	return uses;
}

/*
 * Plain terms that name the customer's data by "your" and a word of their
 * own ("your source materials", "your unpublished materials"): the phrase
 * is its data where the terms say it twice, or say "your materials" too.
 * Only where "you" is not the vendor, in terms that name the vendor and no
 * other customer.  A kind of data (read only where it
 * heads a noun phrase), as "Customer Data": "your" goes with it.
 */
static void your_kinds_used(struct roles_finder *rf, const struct document *doc,
			    struct roles *out)
{
	const char *t = doc->text.ptr, *hit;
	size_t len = doc->text.len, i = 0, e, nkinds = 0;
	int vendor = 0;
	char bare[32];

	/*
	 * Only terms that name the vendor and no customer but "you": most
	 * contracts name both, and are not scanned (a scan of the whole text
	 * costs the null pack 0.4%).
	 */
	for (i = 0; i < out->nparties; i++) {
		if (out->parties[i].role == ROLE_CUSTOMER &&
		    (!out->parties[i].alias || strncasecmp(out->parties[i].alias, "you", 3)))
			return;
		vendor |= out->parties[i].role == ROLE_VENDOR;
	}
	if (!vendor)
		return;
	for (i = 0; nkinds < YOUR_KINDS_MAX && i + 5 < len && (hit = memchr(t + i, 'y', len - i - 5)); ) {
		size_t at = (size_t)(hit - t), h, k;

		i = at + 1;
		if (hit[1] != 'o' || hit[3] != 'r' || memcmp(hit, "your ", 5) ||
		    !(e = your_kind_at(t, len, at)))
			continue;
		for (h = e; h > at && t[h - 1] != ' '; h--)
			;
		if (e - h + 5 >= sizeof bare || term_known(out, t, at, e - at))
			continue;
		memcpy(bare, "your ", 5);
		memcpy(bare + 5, t + h, e - h);
		if (your_phrase_uses(t, len, t + at, e - at) < 2 &&
		    !your_phrase_uses(t, len, bare, e - h + 5))
			continue;
		if (word_role(rf, out, "you", 3) == ROLE_VENDOR)
			return;
		k = add_new_term(out, t, at, e - at, TERM_CUSTOMER_DATA, "Customer Data");
		if (k == (size_t)-1)
			return;
		out->terms[k].kind = 1;
		nkinds++;
		i = e;
	}
}

/* Kinds of data named by who gives them read, at most. */
#define GIVEN_KINDS_MAX 3

/*
 * A kind of data named by who gives it: "the image data provided by the
 * Purchaser", "route data from all our subscribers".  The word before
 * "data" (lower case, not a determiner nor a word of the vendor's records)
 * and "data" become a term of the customer's data, read where it heads a
 * noun phrase ("All image data ... are the property of the Purchaser").
 * Not data a third party or the vendor gives ("data provided by third
 * parties", "sensor data we supply"), nor a definition's verb or a
 * preposition before "data" ('"Customer Data" means data provided by
 * the Customer' names no kind "means data").
 */
static void given_kinds_used(struct roles_finder *rf, const struct document *doc,
			     struct roles *out)
{
	static const char *const verbs[] = {
		"provided", "supplied", "submitted", "transmitted", "uploaded", "delivered",
	};
	static const char *const not_kinds[] = {
		"the", "all", "any", "such", "of", "and", "or", "other", "this", "that", "usage",
		"use", "account", "billing", "payment", "contact", "aggregated", "anonymised",
		"anonymized", "public", "synthetic", "third", "party", "generated", "output", "our",
		"its", "their", "your", "no", "new", "same", "test", "training",
		/* '"Customer Data" means data provided by ...': a verb or a preposition, no kind. */
		"means", "mean", "is", "are", "includes", "include", "including", "excluding",
		"designates", "denotes", "comprises", "to", "by", "with", "for", "from", "in", "on",
		"as", "into", "upon", "plus", "except", "namely", "also",
		/* "Input excludes data submitted by Customer ...": a verb, no kind. */
		"excludes", "exclude", "contains", "contain", "covers", "cover", "not", "be", "been",
	};
	static const char *const people[] = { "customers", "subscribers", "users", "clients" };
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, at, nkinds = 0, i;

	/*
	 * Only a contract with a customer that defines a model, its data or
	 * output: most contracts define none, and are not scanned (a scan of
	 * the whole text costs the null pack 0.45%).
	 */
	for (i = 0; i < out->nparties; i++)
		if (out->parties[i].role == ROLE_CUSTOMER)
			break;
	if (i == out->nparties)
		return;
	for (i = 0; i < out->nterms; i++)
		if (out->terms[i].cls == TERM_CUSTOMER_DATA || out->terms[i].cls == TERM_OUTPUT ||
		    out->terms[i].cls == TERM_MODEL)
			break;
	if (i == out->nterms)
		return;
	for (at = 1; nkinds < GIVEN_KINDS_MAX && (at = text_find(t, len, at, " data ", 1)) < len; at++) {
		size_t ws, we = at, a = at + 6, e, k;
		int given = 0;

		for (ws = we; ws > 0 && islower((unsigned char)t[ws - 1]); ws--)
			;
		if (ws == we || (ws > 0 && isalnum((unsigned char)t[ws - 1])) ||
		    word_in(t + ws, we - ws, not_kinds, ARRAY_SIZE(not_kinds)))
			continue;
		if (!word_at_i(t, len, a, &e))
			continue;
		if (word_in(t + a, e - a, verbs, ARRAY_SIZE(verbs))) {
			if (e + 4 > len || memcmp(t + e, " by ", 4))
				continue;
			a = e + 4;
			if (a + 4 <= len && !memcmp(t + a, "the ", 4))
				a += 4;
			if (!word_at_i(t, len, a, &e))
				continue;
			given = word_role(rf, out, t + a, e - a) == ROLE_CUSTOMER;
		} else if (word_is(t + a, e - a, "from")) {
			/* "from all our subscribers", "from its customers" */
			a = e + 1;
			if (a + 4 <= len && !memcmp(t + a, "all ", 4))
				a += 4;
			if (!word_at_i(t, len, a, &e) ||
			    !(word_is(t + a, e - a, "our") || word_is(t + a, e - a, "its")))
				continue;
			a = e + 1;
			given = word_at_i(t, len, a, &e) && word_in(t + a, e - a, people, ARRAY_SIZE(people));
		}
		if (!given || term_known(out, t, ws, at + 5 - ws))
			continue;
		k = add_new_term(out, t, ws, at + 5 - ws, TERM_CUSTOMER_DATA, "Customer Data");
		if (k == (size_t)-1)
			return;
		out->terms[k].kind = 1;
		nkinds++;
	}
}

/*
 * Every form of definition is read outside HTML comments only: a term a
 * drafting note defines ('<!-- Note: "Pilot Data" means ... -->') is no
 * term of the contract.
 */
/* Bytes of a term in a table's first cell, at most; its words. */
#define CELL_TERM_MAX 60
#define CELL_TERM_WORDS 6

/*
 * Whether the cell t[s..e) holds a term alone: quoted ('"Customer Data"'),
 * or capitalised words with "of", "and" and the like between, in bold
 * ("**Customer Data**") or with `plain` as they are ("Claims Files").  Sets *ts, *tn to the
 * term without its quotes and emphasis.
 */
static int cell_term(const char *t, size_t s, size_t e, int plain, size_t *ts, size_t *tn)
{
	static const char *const joiners[] = { "of", "and", "or", "the", "for", "to", "in", "on" };
	int marked = 0, quoted = 0, lead = 0, trail = 0;
	size_t i, w = 0;

	while (s < e && (t[s] == ' ' || t[s] == '\t'))
		s++;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	while (s < e && lead < 3 && (t[s] == '*' || t[s] == '_'))
		s++, lead++;
	while (e > s && trail < 3 && (t[e - 1] == '*' || t[e - 1] == '_'))
		e--, trail++;
	if (lead != trail)
		return 0;
	marked = lead > 0;
	if (e - s >= 2 && t[s] == '"' && t[e - 1] == '"') {
		s++, e--, quoted = 1;
	} else if (e - s >= 6 && !memcmp(t + s, "\xE2\x80\x9C", 3) &&
		   !memcmp(t + e - 3, "\xE2\x80\x9D", 3)) {
		s += 3, e -= 3, quoted = 1;
	}
	if (e <= s || e - s > CELL_TERM_MAX || !isupper((unsigned char)t[s]) ||
	    (!marked && !quoted && !plain))
		return 0;
	for (i = s; i < e; i++) {
		size_t ws = i;

		if (t[i] == '"' || t[i] == '|' || t[i] == ':' || t[i] == ';' || t[i] == '\t')
			return 0;
		while (i < e && t[i] != ' ')
			i++;
		if (++w > CELL_TERM_WORDS)
			return 0;
		/* Bold alone marks a table's row headings too: "**Sources of personal data**". */
		if (!quoted && !isupper((unsigned char)t[ws]) &&
		    !word_in(t + ws, i - ws, joiners, ARRAY_SIZE(joiners)))
			return 0;
	}
	*ts = s;
	*tn = e - s;
	return 1;
}

/* Whether the cells t[a..ae) and t[b..be) head a table of definitions: "| Term | Meaning |". */
static int definitions_header(const char *t, size_t a, size_t ae, size_t b, size_t be)
{
	static const char *const terms[] = {
		"term", "terms", "defined term", "definition", "expression", "word",
	};
	static const char *const meanings[] = {
		"meaning", "means", "definition", "interpretation", "description",
	};

	while (a < ae && strchr(" \t*_", t[a]))
		a++;
	while (ae > a && strchr(" \t*_", t[ae - 1]))
		ae--;
	while (b < be && strchr(" \t*_", t[b]))
		b++;
	while (be > b && strchr(" \t*_", t[be - 1]))
		be--;
	return word_in(t + a, ae - a, terms, ARRAY_SIZE(terms)) &&
	       word_in(t + b, be - b, meanings, ARRAY_SIZE(meanings));
}

/*
 * The two cells of the row t[at..end): "| Term | Meaning |" or
 * "Term<TAB>Meaning".  0 where it is no such row (more cells, or none).
 */
static int two_cells(const char *t, size_t at, size_t end, size_t *a, size_t *ae, size_t *b,
		     size_t *be)
{
	const char *p;

	if (at < end && t[at] == '|') {
		if (!(p = memchr(t + at + 1, '|', end - at - 1)))
			return 0;
		*a = at + 1;
		*ae = (size_t)(p - t);
		*b = *ae + 1;
		p = memchr(t + *b, '|', end - *b);
		*be = p ? (size_t)(p - t) : end;
		/* Nothing but blanks after the second cell's bar. */
		for (at = p ? *be + 1 : end; at < end; at++)
			if (t[at] != ' ' && t[at] != '\t' && t[at] != '|')
				return 0;
		return 1;
	}
	/* The term's cell is short: the tab is looked for in its reach only. */
	if (!(p = memchr(t + at, '\t', end - at < CELL_TERM_MAX + 16 ? end - at :
							       CELL_TERM_MAX + 16)))
		return 0;
	*a = at;
	*ae = (size_t)(p - t);
	for (*b = *ae; *b < end && t[*b] == '\t'; (*b)++)
		;
	*be = end;
	return *b < end && !memchr(t + *b, '\t', end - *b);
}

/* Skips blanks and a leading "means" / "shall mean" at t[b] in a meaning cell. */
static size_t meaning_start(const char *t, size_t b, size_t be)
{
	while (b < be && (t[b] == ' ' || t[b] == '\t'))
		b++;
	if (be - b > 11 && !strncmp(t + b, "shall mean ", 11))
		b += 11;
	else if (be - b > 6 && !strncmp(t + b, "means ", 6))
		b += 6;
	return b;
}

/*
 * Definitions set out in a table of two columns, the term alone in the
 * first cell and its meaning in the second: '| "Customer Data" | the data
 * ... |', "**Platform**<TAB>the platform ...", and in a DOCX a cell that
 * holds the term alone before the cell of its meaning.  A plain term
 * ("| Claims Files | the claim forms ... |") counts in a table whose
 * header says so ("| Term | Meaning |").  Each row is read once.
 */
static void table_definitions(struct roles_finder *rf, const struct document *doc,
			      struct roles *out, struct gather_site *g, size_t *ng)
{
	const char *t = doc->text.ptr;
	size_t i, a, ae, b, be, ts, tn;
	int header = 0;

	for (i = 0; i < doc->npara; i++) {
		const struct paragraph *p = &doc->paras[i];
		size_t at = p->body;

		if (p->note) {
			header = 0;
			continue;
		}
		while (at < p->end && t[at] == ' ')
			at++;
		/* A DOCX cell; the text loader's rows are cells too, but whole, "| ... |". */
		if (p->kind == PARA_TABLE_CELL && (at >= p->end || t[at] != '|') &&
		    i + 1 < doc->npara &&
		    doc->paras[i + 1].kind == PARA_TABLE_CELL && !doc->paras[i + 1].note &&
		    p->end - at <= CELL_TERM_MAX + 16 && !memchr(t + at, '\t', p->end - at)) {
			const struct paragraph *q = &doc->paras[i + 1];

			if (definitions_header(t, at, p->end, q->body, q->end)) {
				header = 1;
				i++;
			} else if (cell_term(t, at, p->end, header, &ts, &tn)) {
				b = meaning_start(t, q->body, q->end);
				if (q->end > b + 2 && !cell_term(t, b, q->end, 0, &a, &ae))
					add_gather(g, ng, define_term(rf, out, t, ts, tn, b, q->end - b,
								      DEF_AFTER, p->start, q->end),
						   b, q->end, GATHER_LIST);
				i++;
			}
			continue;
		}
		/* A paragraph of the text loader may hold the table's rows, a line each. */
		while (at < p->end) {
			const char *nl = memchr(t + at, '\n', p->end - at);
			size_t le = nl ? (size_t)(nl - t) : p->end;

			if (!two_cells(t, at, le, &a, &ae, &b, &be)) {
				header = 0;
			} else if (definitions_header(t, a, ae, b, be)) {
				header = 1;
			} else {
				b = meaning_start(t, b, be);
				while (be > b && (t[be - 1] == ' ' || t[be - 1] == '\t'))
					be--;
				if (be > b + 2 && cell_term(t, a, ae, header, &ts, &tn))
					add_gather(g, ng,
						   define_term(rf, out, t, ts, tn, b, be - b, DEF_AFTER,
							       at, le),
						   b, be, GATHER_LIST);
			}
			at = le + 1;
			while (at < p->end && t[at] == ' ')
				at++;
		}
	}
}

/* The word that ends at t[e] (letters, "'s" kept): its start, or e. */
static size_t word_before(const char *t, size_t e)
{
	size_t s = e;

	while (s > 0 && (isalnum((unsigned char)t[s - 1]) || t[s - 1] == '\'' ||
			 (unsigned char)t[s - 1] >= 0x80))
		s--;
	return s;
}

/* Back over spaces and `words` from t[e]: where the words before them end. */
static size_t back_over_words(const char *t, size_t e, const char *const *words, size_t nwords,
			      size_t most)
{
	size_t s, k;

	for (k = 0; k < most; k++) {
		while (e > 0 && t[e - 1] == ' ')
			e--;
		s = word_before(t, e);
		if (s == e || !word_in(t + s, e - s, words, nwords))
			break;
		e = s;
	}
	while (e > 0 && t[e - 1] == ' ')
		e--;
	return e;
}

/*
 * Whether term `j` may be read as the customer's data by whom the contract
 * says owns it: named as data, its definition giving it to neither side;
 * not a name that says the vendor, secrets or usage, nor a kind of data.
 */
static int ownable_term(struct roles_finder *rf, const struct roles *r, size_t j)
{
	const struct defined_term *d = &r->terms[j];
	size_t n = strlen(d->term);

	/*
	 * "Call Record", "Patient Record": a record in the singular is data
	 * too, read only as its name's last word ("Record Date" is none).
	 */
	return d->cls == TERM_OTHER && !d->kind &&
	       (rf_matches(rf, rf->data_noun, d->term, n) ||
		(n > 7 && !strcmp(d->term + n - 7, " Record"))) &&
	       !rf_matches(rf, rf->secret_name, d->term, n) &&
	       !rf_matches(rf, rf->usage_name, d->term, n) && !names_vendor(rf, r, d->term, n);
}

static void read_as_owned(struct defined_term *d)
{
	d->cls = TERM_CUSTOMER_DATA;
	d->reads_as = "Customer Data";
}

/*
 * Whether a name ends on "Materials": brand, marketing or licensed
 * materials stay their maker's property without being data it gives
 * ("All Licensed Materials shall remain the sole and exclusive property
 * of XC", its logos and marks).
 */
static int materials_name(const char *w)
{
	size_t n = strlen(w);

	return n >= 9 && !strcasecmp(w + n - 9, "materials");
}

/*
 * Whether the words before a term at t[i] deny what follows it: "No Pilot
 * Data shall be", "None of the Data", "Neither the Data nor ...", or an
 * aid before the term that inverts the sentence after a denial ("In no
 * event shall Pilot Data be", "Under no circumstances will the Records
 * remain").  "the", "all" and "any" before the term are passed over.
 */
static int denied_before(const char *t, size_t i)
{
	static const char *const dets[] = { "the", "all", "any", "such" };
	static const char *const deny[] = { "no", "neither", "nor", "never", "not", "shall",
					    "will", "must", "may", "should", "would", "can", "does",
					    "do" };
	size_t e = back_over_words(t, i, dets, ARRAY_SIZE(dets), 2), s = word_before(t, e);

	if (word_in(t + s, e - s, deny, ARRAY_SIZE(deny)))
		return 1;
	if (!word_is(t + s, e - s, "of"))
		return 0;
	e = back_over_words(t, s, dets, 0, 0);
	s = word_before(t, e);
	return word_is(t + s, e - s, "none");
}

/*
 * Whether "property" at t[at] says term *j's owner is the customer, the
 * term just before its verb: "The Data shall remain the property of the
 * University", "All Study Records are and shall remain the sole and
 * exclusive property of Customer", "Pilot Data shall at all times be the
 * Council's property", "Your Files remain your property".  Not past a
 * word that is no verb or aid ("shall not remain", "is the intellectual
 * property of"), nor where the owner is another party.  Sets *j.
 */
static int property_of_customer(struct roles_finder *rf, const struct roles *r, const char *t,
				size_t len, size_t at, size_t *j)
{
	static const char *const adjs[] = { "sole", "exclusive", "and", "absolute" };
	static const char *const the[] = { "the" };
	static const char *const verbs[] = { "remain", "remains", "be", "is", "are" };
	static const char *const aids[] = { "remain", "remains", "be", "is", "are", "and", "shall",
					    "will", "must", "at", "all", "times" };
	size_t e = back_over_words(t, at, adjs, ARRAY_SIZE(adjs), 3), s, k, te;
	int verb = 0;

	s = at + 8;
	if (len - s > 4 && !strncmp(t + s, " of ", 4)) {
		s += 4;
		if (len - s > 4 && !strncasecmp(t + s, "the ", 4))
			s += 4;
		for (k = s; k < len && (te = name_letter_len(t, len, k)); k += te)
			;
		if (k == s || word_role(rf, r, t + s, k - s) != ROLE_CUSTOMER)
			return 0;
		e = back_over_words(t, e, the, 1, 1);
	} else {
		/* "the Council's property", "your property". */
		s = word_before(t, e);
		k = e;
		if (k - s > 2 && t[k - 2] == '\'' && t[k - 1] == 's')
			k -= 2;
		else if (!word_is(t + s, e - s, "your"))
			return 0;
		if (k == s || (k < e && word_role(rf, r, t + s, k - s) != ROLE_CUSTOMER))
			return 0;
		e = back_over_words(t, s, the, 1, 1);
	}
	/* "shall remain", "are and shall at all times be": a verb among them. */
	for (k = 0; k < 8; k++) {
		s = word_before(t, e);
		if (s == e || !word_in(t + s, e - s, aids, ARRAY_SIZE(aids)))
			break;
		verb |= word_in(t + s, e - s, verbs, ARRAY_SIZE(verbs));
		e = s;
		while (e > 0 && t[e - 1] == ' ')
			e--;
	}
	if (!verb)
		return 0;
	/* The term that ends there: "The Data", "All Study Records". */
	for (k = 0, s = e; k < 5 && s > 0; k++) {
		size_t i = word_before(t, s);

		if (i == s)
			break;
		*j = term_named_at(r, t, len, i, (size_t)-1, &te);
		if (*j != (size_t)-1 && te == e)
			return !denied_before(t, i);
		s = i;
		while (s > 0 && t[s - 1] == ' ')
			s--;
	}
	return 0;
}

/*
 * A term named as data that its definition does not give to either side
 * ('"Candidate Data" means resumes, ...') is the customer's data where the
 * contract says the customer owns it: "As between the parties, Employer
 * owns Candidate Data", "Client shall own all right, title and interest in
 * Patient Records".  Never where another party owns it ("Company owns
 * Usage Data"), nor where the customer "does not own" it (the word before
 * "own" is no party).  Read at the places "own" is written, after the
 * definition, and where the term "shall remain the property of" the
 * customer (property_of_customer); the scans run only in a contract with
 * such a term (a scan of the whole text costs the null pack 0.4%).
 */
static void owned_by_customer(struct roles_finder *rf, const struct document *doc,
			      struct roles *out)
{
	static const char *const before[] = { "all", "the", "any", "and", "exclusively", "solely",
					      "of", "title", "interest", "right", "rights", "in" };
	static const char *const mods[] = { "shall", "will", "exclusively", "solely" };
	/*
	 * "Record" in the singular too: "Call Record" is owned as "all Call
	 * Records".  Not "Document" or "File": many contracts define one,
	 * and each would cost the scans below.
	 */
	static const char *const heads[] = { "Data", "Records", "Files", "Content", "Information",
					     "Materials", "Documents", "Datasets", "Inputs", "Submissions",
					     "Corpus", "Corpora", "Dataset", "Record" };
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, at, e, s, j;

	/*
	 * Most contracts name no term of data that neither side is given
	 * ("Confidential Information" says secrets): no scan then, for a scan
	 * of the whole text costs the null pack 0.4%.
	 */
	for (j = 0; j < out->nterms; j++) {
		const char *w = out->terms[j].term;
		size_t n = strlen(w);

		s = n;
		while (s > 0 && w[s - 1] != ' ')
			s--;
		if (out->terms[j].cls == TERM_OTHER && !out->terms[j].kind &&
		    word_in(w + s, n - s, heads, ARRAY_SIZE(heads)) && ownable_term(rf, out, j))
			break;
	}
	if (j == out->nterms)
		return;
	/* "<customer> (shall) own(s) (all) <term>" */
	for (at = 0; (at = text_find(t, len, at, "own", 1)) < len; at++) {
		size_t we = at + 3;

		if (we < len && t[we] == 's')
			we++;
		if ((at > 0 && isalpha((unsigned char)t[at - 1])) ||
		    (we < len && isalnum((unsigned char)t[we])) || memcmp(t + at, "own", 3))
			continue;
		for (s = we, e = 0; e < 8; e++) {
			size_t ws;

			while (s < len && (t[s] == ' ' || t[s] == ','))
				s++;
			for (ws = s; s < len && isalpha((unsigned char)t[s]); s++)
				;
			if (ws == s || !word_in(t + ws, s - ws, before, ARRAY_SIZE(before))) {
				s = ws;
				break;
			}
		}
		if (s >= len || !isupper((unsigned char)t[s]))
			continue;
		{
			size_t oe = back_over_words(t, at, mods, ARRAY_SIZE(mods), 2),
			       os = word_before(t, oe), k;

			if (os == oe || word_is(t + os, oe - os, "your") ||
			    (word_role(rf, out, t + os, oe - os) != ROLE_CUSTOMER &&
			     !customer_alias_ends(out, t, len, oe)))
				continue;
			/*
			 * "owns all Clinical Text, Glossary Assets and Training
			 * Corpus": each term of the list, read to its first word
			 * that is no term.
			 */
			for (k = 0; k < 6 && s < len; k++) {
				j = term_named_at(out, t, len, s, (size_t)-1, &e);
				if (j == (size_t)-1)
					break;
				if (out->terms[j].at < at && ownable_term(rf, out, j))
					read_as_owned(&out->terms[j]);
				s = e;
				if (s < len && t[s] == ',')
					s++;
				while (s < len && t[s] == ' ')
					s++;
				if (len - s > 4 && (!strncmp(t + s, "and ", 4) || !strncmp(t + s, "or ", 3)))
					s += t[s] == 'a' ? 4 : 3;
				if (len - s > 4 && !strncmp(t + s, "the ", 4))
					s += 4;
				if (s >= len || !isupper((unsigned char)t[s]))
					break;
			}
		}
	}
	/* "<term> shall remain the property of <customer>" */
	for (at = 0; (at = text_find(t, len, at, "property", 7)) < len; at++)
		if ((at == 0 || !isalpha((unsigned char)t[at - 1])) &&
		    (at + 8 == len || !isalnum((unsigned char)t[at + 8])) &&
		    !memcmp(t + at, "property", 8) && property_of_customer(rf, out, t, len, at, &j) &&
		    out->terms[j].at < at && ownable_term(rf, out, j) && !materials_name(out->terms[j].term))
			read_as_owned(&out->terms[j]);
}

/* Whether `term` is a party's defined name ("Contractor"): a party is no data. */
static int names_a_party(const struct roles *r, const char *term)
{
	size_t k;

	for (k = 0; k < r->nparties; k++)
		if (!strcmp(r->parties[k].alias, term))
			return 1;
	return 0;
}

/*
 * A term that the definition of the customer's data names among what it
 * includes is the customer's data too: '"Client Data" means all data of
 * the Client processed by the MSSP, including Telemetry' makes
 * "Telemetry" (logs "collected by the Sensors") the client's, though its
 * name alone would say usage.  Only a term that heads an item of the list
 * after "including" or "includes" (after it, a comma, "and" or "or", with
 * "the", "all", "any" or "but not limited to" between), to the end of that
 * list (a ';', ':', '.' or bracket, "excluding", "except" or "other"), and
 * read as nothing else, whose name says neither secret nor the offering
 * nor a party:
 * "excluding Usage Data", "including data derived from Telemetry" and
 * "including the Platform" are not.
 */
/* Terms a definition of the customer's data may open on before "and other data", at most. */
#define HEAD_TERMS_MAX 4

/*
 * Whether the term at t[j] may take the class of the customer's data it
 * is part of: unclassed, and not an offering, a secret or a party.
 */
static int may_be_customer_data(struct roles_finder *rf, const struct roles *out, size_t j)
{
	size_t n = strlen(out->terms[j].term);

	return out->terms[j].cls == TERM_OTHER && !names_offering(out->terms[j].term, n) &&
	       !rf_matches(rf, rf->secret_name, out->terms[j].term, n) &&
	       !names_a_party(out, out->terms[j].term);
}

/*
 * The terms a definition of the customer's data opens on, before "and any
 * other data" (or material, content, information ...): '"Institution
 * Data" means Session Material and any other data that you or Candidates
 * upload' says Session Material is data of the same kind, the customer's,
 * whatever its own definition says of who captures it.  Only where "other"
 * and a data word follow the terms: "means Session Material and Reports"
 * gathers two things and says nothing of either.
 */
static void head_terms_of_customer_data(struct roles_finder *rf, const struct document *doc,
					struct roles *out, const struct gather_site *g)
{
	static const char *const joins[] = { "and", "or" };
	static const char *const dets[] = { "any", "all", "the", "such" };
	const char *t = doc->text.ptr;
	size_t terms[HEAD_TERMS_MAX], nt = 0, i = g->from, e, s, k;

	for (;;) {
		while (i < g->to && (t[i] == ' ' || t[i] == ','))
			i++;
		if (i + 1 < g->to && t[i] == 't' && !strncmp(t + i, "the ", 4))
			i += 4;
		if (i >= g->to || !isupper((unsigned char)t[i]) || nt == HEAD_TERMS_MAX)
			return;
		k = term_named_at(out, t, g->to, i, g->term, &e);
		if (k == (size_t)-1)
			return;
		terms[nt++] = k;
		i = e;
		while (i < g->to && (t[i] == ' ' || t[i] == ','))
			i++;
		e = word_on(t, g->to, i, &s);
		if (!word_in(t + s, e - s, joins, ARRAY_SIZE(joins)))
			continue;
		i = word_on(t, g->to, e, &s);
		if (word_in(t + s, i - s, dets, ARRAY_SIZE(dets)))
			i = word_on(t, g->to, i, &s);
		if (word_is(t + s, i - s, "other"))
			break;
		i = s;
	}
	e = word_on(t, g->to, i, &s);
	if (e == s || !rf_matches(rf, rf->data_noun, t + s, e - s))
		return;
	for (k = 0; k < nt; k++)
		if (may_be_customer_data(rf, out, terms[k])) {
			out->terms[terms[k]].cls = TERM_CUSTOMER_DATA;
			out->terms[terms[k]].reads_as = "Customer Data";
		}
}

static void included_in_customer_data(struct roles_finder *rf, const struct document *doc,
				       struct roles *out, const struct gather_site *g)
{
	static const char *const stops[] = { "excluding", "except", "other" };
	static const char *const heads[] = { "and", "or" };
	static const char *const skips[] = { "the", "all", "any", "its", "their", "such", "but",
					     "not", "limited", "to", "without", "limitation" };
	const char *t = doc->text.ptr;
	const struct defined_term *d = &out->terms[g->term];
	size_t i, j, e, w, n;
	int head = 1;

	/* Of "Customer Data and Output" too: the items it includes are still the data's. */
	if (g->how != GATHER_LIST || d->cls != TERM_CUSTOMER_DATA || !d->reads_as ||
	    (strcmp(d->reads_as, "Customer Data") && !d->with_output))
		return;
	head_terms_of_customer_data(rf, doc, out, g);
	for (i = g->from; i + 9 < g->to; i++) {
		if (t[i] != 'i' || (i > g->from && isalnum((unsigned char)t[i - 1])) ||
		    (strncmp(t + i, "including ", 10) && strncmp(t + i, "includes ", 9)))
			continue;
		for (i += 8; i < g->to && t[i] != ' '; i++)
			;
		while (i < g->to && !strchr(";:.()", t[i])) {
			if (t[i] == ',')
				head = 1;
			if (!isalpha((unsigned char)t[i]) || isalnum((unsigned char)t[i - 1])) {
				i++;
				continue;
			}
			for (w = i; w < g->to && isalpha((unsigned char)t[w]); w++)
				;
			if (word_in(t + i, w - i, stops, ARRAY_SIZE(stops)))
				return;
			j = head && isupper((unsigned char)t[i]) ?
				    term_named_at(out, t, g->to, i, g->term, &e) : (size_t)-1;
			if (j == (size_t)-1) {
				if (word_in(t + i, w - i, heads, ARRAY_SIZE(heads)))
					head = 1;
				else if (!word_in(t + i, w - i, skips, ARRAY_SIZE(skips)))
					head = 0;
				i = w;
				continue;
			}
			i = e;
			head = 0;
			n = strlen(out->terms[j].term);
			if (out->terms[j].cls == TERM_OTHER && !names_offering(out->terms[j].term, n) &&
			    !rf_matches(rf, rf->secret_name, out->terms[j].term, n) &&
			    !names_a_party(out, out->terms[j].term)) {
				out->terms[j].cls = TERM_CUSTOMER_DATA;
				out->terms[j].reads_as = "Customer Data";
			}
		}
		return;
	}
}

/*
 * Whether t[at..stop), after a term and its dash under a "Definitions"
 * heading, opens what a term is without "means": "all data that ...",
 * "the results ...", "any model ...", a determiner then no modal within
 * its first words.  "Fees - the Customer shall pay ..." is a sentence under
 * a label, not a definition.
 */
static int bare_dash_body(const char *t, size_t at, size_t stop)
{
	static const char *const dets[] = {
		"the", "a", "an", "all", "any", "each", "every", "those", "such"
	};
	static const char *const modals[] = {
		"shall", "will", "may", "must", "can", "agrees", "warrants", "undertakes"
	};
	/*
	 * Or a noun, as a list of definitions may open one ("Data - data
	 * entered into the System by ...", "Results - routes, schedules and
	 * other results ..."), not a word that opens a sentence or a rate.
	 */
	static const char *const not_nouns[] = {
		"and", "are", "as", "at", "but", "by", "due", "for", "from", "has", "have", "if",
		"into", "its", "not", "our", "payable", "per", "see", "subject", "their", "then",
		"this", "to", "under", "unless", "upon", "was", "when", "where", "which", "with",
		"within", "you", "your",
	};
	size_t i = at, e, words = 0;

	for (e = i; e < stop && isalpha((unsigned char)t[e]); e++)
		;
	if (!word_in(t + i, e - i, dets, ARRAY_SIZE(dets)) &&
	    !(e - i >= 3 && islower((unsigned char)t[i]) && e < stop && strchr(" ,", t[e]) &&
	      !word_in(t + i, e - i, not_nouns, ARRAY_SIZE(not_nouns))))
		return 0;
	for (i = e; i < stop && words < BARE_DASH_WORDS; i = e, words++) {
		while (i < stop && !isalpha((unsigned char)t[i]))
			i++;
		for (e = i; e < stop && isalpha((unsigned char)t[e]); e++)
			;
		if (e > i && word_in(t + i, e - i, modals, ARRAY_SIZE(modals)))
			return 0;
	}
	return 1;
}

/*
 * Whether the paragraph t[at..end) is a heading of definitions, "1.
 * Definitions", "DEFINITIONS AND INTERPRETATION", "Defined Terms:" (its
 * body only), or else a short heading of another clause, which ends the
 * definitions (-1); 0 for any other paragraph.  Only a short paragraph is
 * read: most are long.
 */
static int definitions_heading(const char *t, size_t at, size_t end)
{
	static const char *const heads[] = {
		"definitions", "definitions and interpretation", "defined terms",
		"definitions and interpretations", "interpretation and definitions",
		"interpretation"
	};
	size_t n = end - at, k;

	if (n > DEFS_HEADING_MAX || n < 4)
		return 0;
	while (n && (t[at + n - 1] == ':' || t[at + n - 1] == '.' || t[at + n - 1] == ' '))
		n--;
	for (k = 0; k < ARRAY_SIZE(heads); k++)
		if (strlen(heads[k]) == n && !strncasecmp(t + at, heads[k], n))
			return 1;
	/*
	 * A heading: capitalised words, no stop, colon or dash in it ("2.
	 * Services"); an en or em dash, or "means" or "refers", makes it a
	 * short definition ("Fees \xe2\x80\x93 the charges in Schedule 2").
	 */
	if (!isupper((unsigned char)t[at]) || memchr(t + at, '.', n) || memchr(t + at, ':', n) ||
	    memchr(t + at, ';', n) || memchr(t + at, '-', n) || memchr(t + at, ',', n) ||
	    text_find(t + at, n, 0, "\xe2\x80\x93", 2) < n ||
	    text_find(t + at, n, 0, "\xe2\x80\x94", 2) < n ||
	    text_find(t + at, n, 0, " mean", 1) < n || text_find(t + at, n, 0, " refer", 1) < n)
		return 0;
	return -1;
}

/*
 * A definition list that sets a dash between the term and "means", as a
 * bare "Definitions" section does: "Custom Model - means the model ...",
 * with an en or em dash too.  The term is capitalised words ("of", "and",
 * "or", "the" between), at most PLAIN_TERM_WORDS of them, at t[at]; the
 * word "means" after the dash keeps a heading with a dash ("Fees - the
 * Customer shall pay") out.
 */
static int dash_definition(struct roles_finder *rf, const struct document *doc,
			   struct roles *out, size_t at, size_t stop, int bare,
			   struct gather_site *g, size_t *ng)
{
	static const char *const joins[] = { "of", "and", "or", "the" };
	static const char *const dashes[] = { " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 " };
	const char *t = doc->text.ptr;
	size_t i = at, end = at, words = 0, k, me;

	while (i < stop && words < PLAIN_TERM_WORDS) {
		size_t e = i;

		while (e < stop && (isalnum((unsigned char)t[e]) || t[e] == '-' || t[e] == '&'))
			e++;
		if (e == i || (!isupper((unsigned char)t[i]) &&
			       (!words || !word_in(t + i, e - i, joins, ARRAY_SIZE(joins)))))
			break;
		if (isupper((unsigned char)t[i]))
			end = e;
		words++;
		if (e >= stop || t[e] != ' ')
			break;
		i = e + 1;
	}
	if (end == at)
		return 0;
	for (k = 0; k < ARRAY_SIZE(dashes); k++) {
		size_t dl = strlen(dashes[k]);

		if (stop - end > dl && !memcmp(t + end, dashes[k], dl)) {
			me = end + dl;
			break;
		}
	}
	if (k == ARRAY_SIZE(dashes))
		return 0;
	if (stop - me > 6 && !memcmp(t + me, "shall ", 6))
		me += 6;
	if (stop - me > 6 && (!memcmp(t + me, "means ", 6)))
		me += 5;
	else if (stop - me > 5 && !memcmp(t + me, "mean ", 5))
		me += 4;
	else if (!bare || !bare_dash_body(t, me, stop))
		return 0;
	if (document_note_at(doc, at))
		return 0;
	return define_listed(rf, doc, out, at, end - at, me, g, ng);
}

/* Words of a term in sentence case before its ':' ("Conversation transcripts:"), at most. */
#define SENTENCE_TERM_WORDS 4

/*
 * A definition list in sentence case, as English drafting and order forms
 * set it: "Conversation transcripts: the text of the conversations ...",
 * "Personal data: any information relating to ...".  Read only in a
 * definitions section (under its heading or its lead-in), where head_def
 * reads the terms in capitals ("Business Day: a day ...").  The term is a
 * capitalised word then words in lower case, SENTENCE_TERM_WORDS at most,
 * none a verb or a modal, not opening on an article or "In"; after the
 * ':' a determiner, then no modal (bare_dash_body): "Payment terms: 30
 * days", "Governing law: the Supplier shall comply with ..." and a lead-in
 * ("The following definitions apply:") define nothing.
 */
static int sentence_case_definition(struct roles_finder *rf, const struct document *doc,
				    struct roles *out, size_t at, size_t stop,
				    struct gather_site *g, size_t *ng)
{
	static const char *const openers[] = {
		"the", "this", "these", "that", "those", "a", "an", "each", "any", "every", "all",
		"such", "in", "as", "where", "unless", "if", "note", "notes", "example",
		"for", "our", "your", "its", "their", "we", "you", "it", "they",
	};
	static const char *const verbs[] = {
		"is", "are", "be", "means", "mean", "includes", "include", "shall", "will", "may",
		"must", "can", "agrees", "acknowledges", "apply", "applies", "follows", "follow",
		"as", "and", "or", "of", "to", "in", "by", "with", "for", "on", "at", "from",
	};
	const char *t = doc->text.ptr;
	size_t i = at, words = 0, e, me;
	int lower = 0;

	if (!isupper((unsigned char)t[at]))
		return 0;
	for (;;) {
		for (e = i; e < stop && (isalpha((unsigned char)t[e]) || t[e] == '-'); e++)
			;
		if (e == i || ++words > SENTENCE_TERM_WORDS)
			return 0;
		if (words == 1 ? word_in(t + i, e - i, openers, ARRAY_SIZE(openers)) :
				 !islower((unsigned char)t[i]) ||
					 word_in(t + i, e - i, verbs, ARRAY_SIZE(verbs)))
			return 0;
		lower |= words > 1;
		if (e < stop && t[e] == ':')
			break;
		if (e >= stop || t[e] != ' ')
			return 0;
		i = e + 1;
	}
	/* One word, or words in capitals, are head_def's. */
	if (!lower || stop - e < 3 || t[e + 1] != ' ')
		return 0;
	me = e + 2;
	if (!bare_dash_body(t, me, stop) || document_note_at(doc, at))
		return 0;
	return define_listed(rf, doc, out, at, e - at, me, g, ng);
}

/*
 * Whether the paragraph t[at..end) is the lead-in of a list of
 * definitions: short, ending in ':', and saying "definitions" or
 * "defined" ("The following definitions apply in this agreement:", "In
 * these Terms the following defined terms are used:").
 */
static int definitions_lead(const char *t, size_t at, size_t end)
{
	while (end > at && (t[end - 1] == ' ' || t[end - 1] == '\n'))
		end--;
	return end - at <= DEFS_LEAD_MAX && end - at > 10 && t[end - 1] == ':' &&
	       (text_find(t + at, end - at, 0, "efinition", 0) < end - at ||
		text_find(t + at, end - at, 0, "efined", 0) < end - at);
}

/*
 * Past the words that say where a definition holds, at the head of its
 * paragraph: "In this Agreement, Results means ...", "For the purposes of
 * these Terms, Usage Data means ...", "As used in this Order, ...", with
 * a capitalised word after the comma; else at.  A clause number before
 * them is kept out by the paragraph's body.
 */
static size_t after_defining_lead(const char *t, size_t at, size_t end)
{
	static const char *const leads[] = { "In ", "For the purposes of ", "For purposes of ",
					     "As used in " };
	static const char *const these[] = { "this ", "these ", "the " };
	size_t k, i, e;

	/* Most paragraphs open on none of the leads' letters: no compare. */
	if (end - at < 8 || !((t[at] == 'I' && t[at + 1] == 'n' && t[at + 2] == ' ') ||
			      (t[at] == 'F' && t[at + 1] == 'o' && t[at + 2] == 'r') ||
			      (t[at] == 'A' && t[at + 1] == 's' && t[at + 2] == ' ')))
		return at;
	for (k = 0; k < ARRAY_SIZE(leads); k++)
		if (end - at > strlen(leads[k]) && !memcmp(t + at, leads[k], strlen(leads[k])))
			break;
	if (k == ARRAY_SIZE(leads))
		return at;
	i = at + strlen(leads[k]);
	for (k = 0; k < ARRAY_SIZE(these); k++)
		if (end - i > strlen(these[k]) && !memcmp(t + i, these[k], strlen(these[k])))
			break;
	if (k == ARRAY_SIZE(these))
		return at;
	i += strlen(these[k]);
	/* One or two words that name the paper: "Agreement", "Terms of Service". */
	for (e = i; e < end && e - i < 40 && t[e] != ','; e++)
		if (!isalpha((unsigned char)t[e]) && t[e] != ' ')
			return at;
	if (e >= end || e == i || !isupper((unsigned char)t[i]) || e + 2 >= end || t[e + 1] != ' ' ||
	    !isupper((unsigned char)t[e + 2]))
		return at;
	return e + 2;
}

/* Words before a named output in which an exclusion ("does not include", "excludes") is read. */
static const char *const output_exclusions[] = { "not", "exclude", "excludes", "excluding",
						 "except", "save" };

/*
 * Whether the word that ends at t[e] (past articles) lets what follows be
 * an item of a list: ",", ";" or "and", "or", "including", "includes".
 */
static int list_item_before(const char *t, size_t lo, size_t at)
{
	static const char *const dets[] = { "the", "all", "any", "such", "each" };
	static const char *const joins[] = { "and", "or", "including", "includes", "include" };
	size_t s, e;

	for (;;) {
		while (at > lo && t[at - 1] == ' ')
			at--;
		if (at > lo && (t[at - 1] == ',' || t[at - 1] == ';' || t[at - 1] == ':'))
			return 1;
		e = word_back(t, at, &s);
		if (e == s || s < lo)
			return 0;
		if (word_in(t + s, e - s, joins, ARRAY_SIZE(joins)))
			return 1;
		if (!word_in(t + s, e - s, dets, ARRAY_SIZE(dets)))
			return 0;
		at = s;
	}
}

/* Whether t[e..to) closes a list item: its end, a mark, "and" or "or". */
static int list_item_after(const char *t, size_t e, size_t to)
{
	static const char *const joins[] = { "and", "or" };
	size_t s, we;

	if (e >= to || strchr(",;.", t[e]))
		return 1;
	we = word_on(t, to, e, &s);
	return we > s && word_in(t + s, we - s, joins, ARRAY_SIZE(joins));
}

/*
 * Whether the definition at t[from..to), of the customer's data, names an
 * output as an item of its list: an output term ("..., and all Alertness
 * Scores") or the outputs, results or predictions of a model term ("...,
 * including features, labels and the outputs of the Leak Model").  Not
 * after a word of exclusion ("does not include Outputs", "excludes
 * Aggregated Data and Outputs", "other than"), nor an output mentioned
 * otherwise ("data you provide for generating Alertness Scores").
 */
static int names_output_item(const struct roles *r, const char *t, size_t from, size_t to,
			     size_t self)
{
	static const char *const of_words[] = { "outputs", "output", "results", "predictions" };
	size_t at, e, j, s, we;

	for (at = from; at < to; at++) {
		if (!isalpha((unsigned char)t[at]) || (at > from && isalpha((unsigned char)t[at - 1])))
			continue;
		/* The first letters of the words read here: most words are none of them. */
		if (!isupper((unsigned char)t[at]) && !strchr("neoprs", t[at]))
			continue;
		we = word_end(t, to, at);
		if (word_in(t + at, we - at, output_exclusions, ARRAY_SIZE(output_exclusions)) ||
		    (we - at == 5 && !strncmp(t + at, "other", 5) && we + 5 <= to &&
		     !strncmp(t + we, " than", 5)))
			return 0;
		/* The cheap test first: term_named_at reads every term. */
		if (isupper((unsigned char)t[at]) && list_item_before(t, from, at) &&
		    (j = term_named_at(r, t, to, at, self, &e)) != (size_t)-1 &&
		    r->terms[j].cls == TERM_OUTPUT && list_item_after(t, e, to))
			return 1;
		if (word_in(t + at, we - at, of_words, ARRAY_SIZE(of_words)) && list_item_before(t, from, at)) {
			e = word_on(t, to, we, &s);
			if (e - s != 2 || strncmp(t + s, "of", 2))
				continue;
			e = word_on(t, to, e, &s);
			if (e - s == 3 && !strncmp(t + s, "the", 3))
				e = word_on(t, to, e, &s);
			if (s < to && isupper((unsigned char)t[s]) &&
			    (j = term_named_at(r, t, to, s, self, &e)) != (size_t)-1 &&
			    r->terms[j].cls == TERM_MODEL && list_item_after(t, e, to))
				return 1;
		}
	}
	return 0;
}

/*
 * A "means" definition of the customer's data in its own words that names
 * an output as one of its items ('"Fleet Data" means all video ... provided
 * by the Carrier, and all Alertness Scores') reads as "Customer Data and
 * Output", once every class is known (the output may be defined after).
 * Not one that opens on a list of terms, which gather_classes reads (a
 * catalogue of terms with plain words between reads as the data), nor a
 * name that says secret, usage or output.
 */
static void data_naming_output(struct roles_finder *rf, const struct document *doc,
			       struct roles *out, const struct gather_site *g)
{
	struct defined_term *d = &out->terms[g->term];
	const char *t = doc->text.ptr;
	size_t tlen = strlen(d->term), at, e;

	if (g->how != GATHER_LIST || d->cls != TERM_CUSTOMER_DATA || d->with_output ||
	    (d->reads_as && strcmp(d->reads_as, "Customer Data")) ||
	    rf_matches(rf, rf->secret_name, d->term, tlen) ||
	    rf_matches(rf, rf->usage_name, d->term, tlen) ||
	    rf_matches(rf, rf->output_name, d->term, tlen))
		return;
	at = skip_words(t, g->to, g->from, list_articles, ARRAY_SIZE(list_articles));
	if (at < g->to && isupper((unsigned char)t[at]) &&
	    term_named_at(out, t, g->to, at, g->term, &e) != (size_t)-1)
		return;
	if (!names_output_item(out, t, g->from, g->to, g->term))
		return;
	d->with_output = 1;
	d->reads_as = "Customer Data and Output";
}

void terms_find(struct roles_finder *rf, const struct document *doc, struct roles *out)
{
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, from = 0, i, ngather = 0, fit[FITTED_QUOTES_MAX], nfit = 0;
	size_t next[NCOLLECTIVE] = { (size_t)-1, (size_t)-1, (size_t)-1 };
	struct gather_site gather[GATHER_SITES_MAX];
	int in_defs = 0;

	rf->nmsites = 0;
	if (!doc->npara)
		return;
	while (from < len && means_at_quote(rf, t, len, from, fit, &nfit)) {
		size_t me = pcre2_get_ovector_pointer(rf->md)[1];

		define_from_group(rf, doc, out, me, gather, &ngather);
		from = me;
	}
	from = 0;
	while (from < len &&
	       rf_exec(rf, rf->paren_term, (PCRE2_SPTR)t, len, from, 0) >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rf->md);
		size_t s, n, ss, se, cs, cn, ms = ov[0], me = ov[1], k;

		rf_group(rf, 1, &cs, &cn);
		rf_group(rf, 2, &s, &n);
		document_sentence_span(doc, ms, &ss, &se);
		if (ms > ss && !document_note_at(doc, s)) {
			k = define_term(rf, out, t, s, n, ss, before_examples(t + ss, ms - ss),
					closes_sentence(t, me, se) ? DEF_CLOSING : DEF_BEFORE, ss, se);
			if (cn) {
				add_gather(gather, &ngather, k, ss, ms, GATHER_BEFORE);
			} else if (model_word_before(t, ss, ms)) {
				fitted_in_paren(rf, out, k, t, ss, before_examples(t + ss, ms - ss),
						ss, se);
				add_gather(gather, &ngather, k, ss, ms, GATHER_MODEL);
			}
		}
		from = me;
	}
	for (i = 0; i < doc->npara; i++) {
		size_t at = doc->paras[i].body, stop, k;
		int h;

		if (doc->paras[i].note)
			continue;
		while (at < doc->paras[i].end && t[at] == ' ')
			at++;
		at = after_defining_lead(t, at, doc->paras[i].end);
		/* Under a bare "Definitions" heading, to the next heading. */
		if ((h = definitions_heading(t, at, doc->paras[i].end)) > 0) {
			in_defs = 1;
			continue;
		}
		/*
		 * A short paragraph of capitalised words (h < 0) is a heading
		 * only once it defines nothing: "Customer Data means all data
		 * you upload." is as short as "2. Services".
		 */
		stop = doc->paras[i].end - at > HEAD_DEF_REACH ? at + HEAD_DEF_REACH :
								 doc->paras[i].end;
		if (at >= stop)
			continue;
		if (!defines_early(t, at, stop)) {
			/* "Customer Data - all data that ...": a dash alone, under the heading. */
			if (!(in_defs && dash_definition(rf, doc, out, at, stop, 1, gather, &ngather)) &&
			    h < 0)
				in_defs = 0;
			continue;
		}
		if (rf_exec(rf, rf->head_def, (PCRE2_SPTR)t, stop, at, 0) < 0) {
			if (!dash_definition(rf, doc, out, at, stop, in_defs, gather, &ngather) &&
			    !(in_defs && sentence_case_definition(rf, doc, out, at, stop, gather,
								  &ngather)) && h < 0)
				in_defs = 0;
			/* "The following definitions apply in this agreement:" opens a list. */
			if (!in_defs && definitions_lead(t, at, doc->paras[i].end))
				in_defs = 1;
			continue;
		}
		define_from_group(rf, doc, out, pcre2_get_ovector_pointer(rf->md)[1] - 1,
				  gather, &ngather);
		/*
		 * The next lines of a list the text joined into one paragraph:
		 * '"Operational Data": all sensor readings ...\n"Reports": the
		 * alerts ...'.  Each line that opens with a quote is read as the
		 * first was.
		 */
		for (k = at; (k = line_after(t, k, doc->paras[i].end)) < doc->paras[i].end;) {
			stop = doc->paras[i].end - k > HEAD_DEF_REACH ? k + HEAD_DEF_REACH :
								       doc->paras[i].end;
			if (rf_exec(rf, rf->head_def, (PCRE2_SPTR)t, stop, k, 0) >= 0)
				define_from_group(rf, doc, out,
						  pcre2_get_ovector_pointer(rf->md)[1] - 1,
						  gather, &ngather);
		}
	}
	plain_definition_lists(rf, doc, out, gather, &ngather);
	table_definitions(rf, doc, out, gather, &ngather);
	named_models(rf, doc, out);
	fitted_models(rf, doc, out, fit, nfit);
	/* Last: a term the forms above define keeps their reading. */
	from = 0;
	while (from < len && match_collective(rf, t, len, from, next)) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rf->md);
		size_t s, n, ls, ln, ss, se, ms = ov[0], me = ov[1];

		rf_group(rf, 1, &ls, &ln);
		rf_group(rf, 2, &s, &n);
		from = me;
		if (document_note_at(doc, s))
			continue;
		document_sentence_span(doc, ms, &ss, &se);
		/* 'Collectively, Input and Output are "User Content."': the list names them. */
		if (ln)
			add_gather(gather, &ngather,
				   define_term(rf, out, t, s, n, ls, ln, DEF_BEFORE, ss, se),
				   ls, ls + ln, GATHER_LIST);
		else if (ms > ss && (ms == 0 || t[ms - 1] != '('))
			add_gather(gather, &ngather,
				   define_term(rf, out, t, s, n, ss, ms - ss, DEF_BEFORE, ss, se),
				   ss, ms, GATHER_BEFORE);
	}
	owned_by_customer(rf, doc, out);
	your_kinds_used(rf, doc, out);
	given_kinds_used(rf, doc, out);
	/* Most contracts define no data or output term: nothing to gather then. */
	for (i = 0; i < out->nterms; i++)
		if (out->terms[i].cls == TERM_CUSTOMER_DATA || out->terms[i].cls == TERM_OUTPUT)
			break;
	if (i == out->nterms)
		return;
	/* Only a contract that defines an output or a model term can name one in its data. */
	for (i = 0; i < out->nterms; i++)
		if (out->terms[i].cls == TERM_OUTPUT || out->terms[i].cls == TERM_MODEL)
			break;
	for (i = i < out->nterms ? 0 : ngather; i < ngather; i++)
		data_naming_output(rf, doc, out, &gather[i]);
	for (i = 0; i < ngather; i++)
		gather_classes(rf, doc, out, &gather[i]);
	for (i = 0; i < ngather; i++)
		rights_in_term(doc, out, &gather[i]);
	for (i = 0; i < ngather; i++)
		included_in_customer_data(rf, doc, out, &gather[i]);
	reread_models(rf, doc, out);
	data_kinds_listed(doc, out);
	people_kinds_used(doc, out);
}

/* Words after a kind of data in which who gives or makes it is read. */
#define KIND_GIVER_WORDS 10

/*
 * Whether the words after a use of a kind of data at t[end] say the vendor
 * or its service gives or makes it: "images, designs, videos or sounds we
 * provide", "transcripts generated by the Service".
 */
int vendor_gives_after(struct roles_finder *rf, const struct roles *r, const char *t,
		       size_t len, size_t end)
{
	static const char *const machines[] = {
		"service", "services", "platform", "system", "model", "app", "application", "software",
	};
	static const char *const gives[] = {
		"provide", "provides", "supply", "supplies", "offer", "offers", "generate",
		"generates", "create", "creates", "produce", "produces", "prepare", "prepares", "make",
		"makes",
	};
	static const char *const given[] = {
		"provided", "supplied", "offered", "generated", "created", "produced", "prepared",
	};
	size_t i = end, ws[KIND_GIVER_WORDS], we[KIND_GIVER_WORDS], n = 0, k, j;

	while (n < KIND_GIVER_WORDS && i < len) {
		while (i < len && (t[i] == ' ' || t[i] == ',' || t[i] == '\t'))
			i++;
		if (i >= len || !isalpha((unsigned char)t[i]))
			break;
		ws[n] = i;
		while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '\'' || t[i] == '-'))
			i++;
		we[n++] = i;
	}
	for (k = 0; k + 1 < n; k++) {
		const char *w = t + ws[k];
		size_t wn = we[k] - ws[k];

		if (word_in(w, wn, given, ARRAY_SIZE(given)) && word_is(t + ws[k + 1], we[k + 1] - ws[k + 1], "by")) {
			j = k + 2;
			if (j < n && word_is(t + ws[j], we[j] - ws[j], "the"))
				j++;
			if (j < n && (is_vendor_word(rf, r, t + ws[j], we[j] - ws[j]) ||
				      word_in(t + ws[j], we[j] - ws[j], machines, ARRAY_SIZE(machines))))
				return 1;
			continue;
		}
		if (!is_vendor_word(rf, r, w, wn) && !word_in(w, wn, machines, ARRAY_SIZE(machines)))
			continue;
		for (j = k + 1; j < n && j < k + 3 && is_aux_word(t + ws[j], we[j] - ws[j]); j++)
			;
		if (j < n && word_in(t + ws[j], we[j] - ws[j], gives, ARRAY_SIZE(gives)))
			return 1;
	}
	return 0;
}

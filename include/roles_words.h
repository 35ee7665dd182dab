/*
 * roles_words: the word tests that parties.c, terms.c and roles.c share.
 *
 * Every function reads text the caller owns (t[0..len), w[0..n)) and keeps
 * no pointer into it; none allocates or fails.  The word lists passed in
 * are in lower case.  The rf_ functions and noun_role match with the
 * finder's patterns and so overwrite its match data (roles_internal.h).
 */
#ifndef AICLAUSE_ROLES_WORDS_H
#define AICLAUSE_ROLES_WORDS_H

#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "roles_internal.h"

/* Whether w[0..n) is the word `s`, in any case (ASCII). */
static inline int word_is(const char *w, size_t n, const char *s)
{
	return strlen(s) == n && !strncasecmp(w, s, n);
}

enum quote_kind { QUOTE_NONE, QUOTE_DOUBLE, QUOTE_SINGLE };

/*
 * The quote mark at t[i], if any, and its length in *qlen.  An opening
 * straight apostrophe must follow no letter ("Customer's" opens nothing); a
 * closing one must precede none.  A curly opening quote closes too, as
 * careless drafting has it ("AliveCor“, “we”).
 */
enum quote_kind quote_at(const char *t, size_t len, size_t i, int opening, size_t *qlen);

/* Whether w[0..n) is one of the `nwords` words of `words` (word_is). */
int word_in(const char *w, size_t n, const char *const *words, size_t nwords);
/*
 * Whether one of `words` stands at t[at], in any case, with no letter
 * after it.  The words are written in lower case: their first byte is
 * compared with the text's byte lowered, so a word that opens with a
 * capital is never found.
 */
int word_at(const char *t, size_t len, size_t at, const char *const *words, size_t nwords);
/*
 * The first letters of `words`, a bit each ("a" is bit 0); bit 31 stands
 * for any first byte that is no lowercase letter.  A loop that asks one
 * list at every use of an alias takes them once (word_at_firsts).  The
 * bits rest on word_at's rule that the words are written in lower case:
 * a capital opening a word sets bit 31, which no letter of the text asks,
 * and word_at would not find that word either.
 */
uint32_t word_firsts(const char *const *words, size_t nwords);
/*
 * word_at, given the list's word_firsts: most bytes asked start no word
 * of the list (62% of role_evidence's questions over CUAD), and then the
 * list is not scanned.
 */
static inline int word_at_firsts(const char *t, size_t len, size_t at, const char *const *words,
				 size_t nwords, uint32_t firsts)
{
	unsigned c;

	if (at >= len)
		return 0;
	c = (unsigned)tolower((unsigned char)t[at]);
	if (!(firsts & (c - 'a' < 26 ? (uint32_t)1 << (c - 'a') : (uint32_t)1 << 31)))
		return 0;
	return word_at(t, len, at, words, nwords);
}
/*
 * Whether s[0..len) holds `w` (NUL-terminated) as a whole word: in any case
 * (ASCII) where `caseless`, else as written.  An empty `w` is in no text.
 */
int has_word_as(const char *s, size_t len, const char *w, int caseless);
/*
 * Whether one of `words` (lower-case ASCII letters) starts a word of
 * s[0..len) in any case, as a pattern's \b has it: after no ASCII letter,
 * digit or underscore.  A cheap test before a caseless pattern that needs
 * one; a word with "s" or "k", which such a pattern also matches in U+017F
 * and U+212A, must be tested for otherwise.
 */
int word_start_in(const char *s, size_t len, const char *const *words, size_t nwords);
/*
 * word_start_in of words[0..split) and of words[split..nwords) in one
 * pass: bit 0 set where one of the first starts a word, bit 1 where one of
 * the second does.
 */
unsigned word_starts_two(const char *s, size_t len, const char *const *words, size_t nwords,
			 size_t split);
/*
 * 1 for the bytes of a pattern's \w without UCP (ASCII letters, digits and
 * "_"), 0 for the others: where word_starts_two's words start and end.
 */
extern const unsigned char word_bytes[256];
/* has_word_as in any case. */
int has_word(const char *s, size_t len, const char *w);
/*
 * Offset of the first `text` in t[from..len), as written, or len (C11 has
 * no memmem).  `key` is the index of a byte of `text` that is rare in
 * contracts: memchr looks for it, not for a common first letter.
 */
size_t text_find(const char *t, size_t len, size_t from, const char *text, size_t key);

/*
 * Whether `re` matches s[0..len); a NULL `re` (a placeholder the rule set
 * lacks) never does.  Inline, as are rf_group and word_is: they run at
 * every match and word test, and as calls they cost roles_find 0.6% more
 * instructions (callgrind, 40 CUAD texts).
 */
static inline int rf_matches(struct roles_finder *rf, const pcre2_code *re, const char *s,
			     size_t len)
{
	return re && rf_exec(rf, re, (PCRE2_SPTR)s, len, 0, 0) >= 0;
}

/* Capture group `g` of the last match, or a zero-length span at 0 if it is unset. */
static inline void rf_group(struct roles_finder *rf, int g, size_t *start, size_t *len)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rf->md);

	if (ov[2 * g] == PCRE2_UNSET) {
		*start = 0;
		*len = 0;
		return;
	}
	*start = ov[2 * g];
	*len = ov[2 * g + 1] - ov[2 * g];
}

/*
 * The next opening quote in t[*from..len), a '"' or U+201C, found by
 * memchr, or len when there is none.  *from moves past it; *dq keeps the
 * next straight quote between calls (start it at *from), so that the
 * text is searched for '"' once, not at every curly quote.
 */
static inline size_t rf_next_open_quote(const char *t, size_t len, size_t *from, size_t *dq)
{
	while (*from < len) {
		const char *hit;
		size_t q;

		if (*dq <= *from) {
			hit = memchr(t + *from, '"', len - *from);
			*dq = hit ? (size_t)(hit - t) : len;
		}
		/* A curly quote before the next straight one, if any. */
		hit = memchr(t + *from, 0xE2, *dq - *from);
		q = hit ? (size_t)(hit - t) : *dq;
		if (q >= len)
			return len;
		*from = q + 1;
		if (!hit || (q + 2 < len && (unsigned char)t[q + 1] == 0x80 &&
			     (unsigned char)t[q + 2] == 0x9C))
			return q;
	}
	return len;
}

/*
 * Whether the anchored `re`, which opens with a quote, matches in
 * t[from..len): the leftmost match is left in the match data.
 */
int rf_match_at_quote(struct roles_finder *rf, const pcre2_code *re,
		      const char *t, size_t len, size_t from);
/*
 * The role that the role noun s[0..len) names by the rule set's
 * `vendor_noun` and `customer_noun` ("Provider", "the Client"); ROLE_UNKNOWN
 * for "Company", a noun of both roles or of neither.
 */
enum party_role noun_role(struct roles_finder *rf, const char *s, size_t len);

/*
 * Names may be accented ("Société", "Ålesund Kommune", "Müller GmbH"): the
 * letters of the Latin blocks, U+00C0 to U+024F (but "×" and "÷"), are
 * letters as the ASCII ones are, two bytes each in UTF-8.
 *
 * name_letter_len: the bytes of the letter at t[i] (1 or 2), 0 where none is.
 * name_upper_len: the same for a capital: ASCII, or one of Latin-1 ("À" to
 * "Þ") and Latin Extended-A ("Ā" to "Ž", by its parity), the capitals
 * that open names; the letters after U+017F count as no capital.
 * name_letter_before: the bytes of the letter that ends at t[i], no
 * further back than lo, 0 where none does.
 */
static inline size_t name_letter_len(const char *t, size_t len, size_t i)
{
	unsigned char c, d;

	if (i >= len)
		return 0;
	c = (unsigned char)t[i];
	/* ASCII by its range, not isalpha: terms.c's word scans call this at every byte. */
	if (c < 0x80)
		return (unsigned)((c | 0x20) - 'a') < 26;
	if (c < 0xC3 || c > 0xC9 || i + 1 >= len)
		return 0;
	d = (unsigned char)t[i + 1];
	if ((d & 0xC0) != 0x80 || (c == 0xC3 && (d == 0x97 || d == 0xB7)) ||
	    (c == 0xC9 && d > 0x8F))
		return 0;
	return 2;
}
size_t name_upper_len(const char *t, size_t len, size_t i);
size_t name_letter_before(const char *t, size_t lo, size_t i);

/*
 * Whether the n bytes at t[at] are the alias a[0..n) as a party label is
 * used: as written, or in another case where the use is in capitals or
 * every word of it opens with one.  Translated contracts define "Second
 * Party" and write "the SECOND PARTY shall" (or the reverse), and
 * headings put "THE CONTRACTOR" in capitals; "the second party" in lower
 * case is no label.  Letters only: the bytes that are no ASCII letter
 * must be as written.  alias_use_other_case: the same, where the n bytes
 * at t differ from a's.
 */
int alias_use_other_case(const char *t, const char *a, size_t n);
static inline int alias_use_at(const char *t, size_t len, size_t at, const char *a, size_t n)
{
	/*
	 * Most bytes asked open no use: two bytes that differ in more than
	 * the bit of an ASCII letter's case are no use, and not compared.
	 */
	if (at + n > len || !n || (((unsigned char)t[at] ^ (unsigned char)a[0]) & ~0x20u))
		return 0;
	if (!memcmp(t + at, a, n))
		return 1;
	/* "Company" against "Commerce": the second byte rules most out, without a call. */
	return (n < 2 || !(((unsigned char)t[at + 1] ^ (unsigned char)a[1]) & ~0x20u)) &&
	       alias_use_other_case(t + at, a, n);
}

/* Whether the n bytes at t[at] stand alone as a party's first word (not inside a longer name). */
int short_name_at(const char *t, size_t len, size_t at, size_t n);

/* How a use of a word must stand to be read as something else. */
enum use {
	USE_WORD,          /* first letter as written, the rest any case, a whole word */
	USE_PLURAL,        /* the same, or with an "s" ("es", "ies"): "Covered Claims",
			      "Summaries" of "Summary" */
	USE_PLURAL_FREE,   /* as USE_PLURAL, the plural not after a possessive:
			      "All Recommendations" but not "Copilot's Responses" */
	USE_SHORT_NAME,    /* as written, standing alone (short_name_at) */
	USE_KIND,          /* as USE_WORD, heading a noun phrase of its own (kind_use) */
	USE_SINGULAR       /* as USE_WORD, without the word's last letter, its plural "s":
			      "a Forecast" for "Forecasts" */
};

/*
 * Where a use of `word` (n bytes) at t[at] that stands as `how` says ends,
 * before any plural "s"; 0 where there is none.
 */
size_t use_end(const char *t, size_t len, size_t at, const char *word, size_t n,
	       enum use how);

#endif

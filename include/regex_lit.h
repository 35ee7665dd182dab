/*
 * regex_lit: words a regular expression cannot match without.
 *
 * The keyword prefilter picks the rules that may match a sentence, but a
 * rule has several patterns and each still scans the whole sentence.  Most
 * patterns need some literal text ("train", "indemnif", "as is") that can be
 * read off the pattern itself; a pattern whose required text is absent from
 * a sentence cannot match there and need not run.
 *
 * regex_required_literals() analyses a PCRE2 pattern (after placeholder
 * expansion) and fills needs[] with up to REGEX_LIT_MAX_AND sets of strings:
 * every match of the pattern contains at least one string of each set.
 * Strings are ASCII lower-case, because the prefilter compares
 * case-insensitively; non-ASCII text never becomes a literal.  The analysis
 * is conservative: whatever it does not understand (classes,
 * backreferences, recursion, conditionals) counts as "could be anything",
 * and a pattern with no usable set gets none and always runs.  Words found
 * in nearly every sentence ("the", "may"), and the words measured over
 * contracts to cost the prefilter more finds than they spare regex runs
 * ("of the ", "ing": costly_words in regex_lit.c), are chosen only when
 * nothing better exists, and a set whose weakest word is one of them, or
 * shorter than REGEX_LIT_MIN_WEIGHT letters, is not returned at all:
 * finding it costs the prefilter a hit at every few bytes and rules out
 * almost no sentence.  It assumes ASCII case folding: a caseless pattern's "k"
 * or "s" would also match U+212A or U+017F, which contracts do not use
 * (reaches do count them as characters, which may be that long).
 *
 * A string has at most one space in front, and one there means no more
 * than that the word starts there: the prefilter finds "vendor" at the
 * start of a word for " vendor", one keyword with "vendor" found anywhere
 * (rules.c), where two keywords cost two finds at each occurrence.
 *
 * The strings are malloc'ed; regex_need_release() frees them.
 */
#ifndef AICLAUSE_REGEX_LIT_H
#define AICLAUSE_REGEX_LIT_H

#include <stddef.h>

/* Literals longer than this are cut; a prefix of a required text is required. */
#define REGEX_LIT_MAX_LEN 32
/* Sets larger than this are dropped as too weak to be worth checking. */
#define REGEX_LIT_MAX_SET 64
/* Sets whose weakest word is weaker than this are not worth checking. */
#define REGEX_LIT_MIN_WEIGHT 3
/* Sets returned for one pattern, at most. */
#define REGEX_LIT_MAX_AND 3

/* last_atom of a set whose place in the pattern is not known. */
#define REGEX_LIT_NO_ORDER ((size_t)-1)

/* No bound: past any text. */
#define REGEX_LIT_UNBOUNDED ((size_t)-1)

/*
 * A length in a given text: bytes + chars * C + words * W, where C is the
 * most bytes a character of the text takes (1 in ASCII text, at most 4)
 * and W the longest run of bytes in it that are not ASCII white space
 * (what "\w+" can span).  `unbounded`: no bound at all.
 */
struct regex_span {
	size_t bytes, chars, words;
	int unbounded;
};

/* A span's length in a text with those C and W; REGEX_LIT_UNBOUNDED for none. */
size_t regex_span_at(const struct regex_span *s, size_t char_bytes, size_t word_bytes);

struct regex_need {
	char **words;
	size_t n;
	/*
	 * How far past the start of a match a word of the set can begin, at
	 * most: so no match starts earlier than the first such word less the
	 * reach.  Bounded where the text before the word is (".{0,80}",
	 * "(?:\w+ ){0,3}" are; ".*" and "[^.]+" are not), and never for
	 * patterns whose search a later start could change ("\G", "(*SKIP)",
	 * "(*COMMIT)").
	 */
	struct regex_span reach;
	/*
	 * How far past the start of a match a word of the set begins, at
	 * least, in characters (so in bytes at least as many): no match starts
	 * later than the last such word less the lead.  Counted from where the
	 * match began, also for patterns with "\\K".
	 */
	size_t lead;
	/*
	 * The items of the pattern's top-level sequence its words lie in, first
	 * to last: a match holds a word of set A wholly before one of set B
	 * where A's last_atom is below B's first_atom.  REGEX_LIT_NO_ORDER
	 * (first 0, last that) says nothing of the order.
	 */
	size_t first_atom, last_atom;
};

/* Returns how many sets it put in needs[0 .. REGEX_LIT_MAX_AND). */
size_t regex_required_literals(const char *pattern, struct regex_need *needs);

/*
 * The same, remembering what each longer group was found to be, by its
 * text, in `memo` (NULL: none): a rule set repeats its placeholders in
 * hundreds of patterns.  The answers are those of regex_required_literals.
 * A memo is for one thread; regex_lit_memo_free frees it and all it holds.
 */
struct regex_lit_memo;
struct regex_lit_memo *regex_lit_memo_new(void);
void regex_lit_memo_free(struct regex_lit_memo *memo);
size_t regex_required_literals_memo(const char *pattern, struct regex_need *needs,
				    struct regex_lit_memo *memo);
void regex_need_release(struct regex_need *needs, size_t n);

#endif

/*
 * regex_lit: the literal sets read off patterns.  Each case lists the sets
 * expected, words in the order the analysis keeps them, sets separated by
 * " & " and words by "|"; "" means no set (the pattern always runs).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "buf.h"
#include "regex_lit.h"

/*
 * With `reach` & 1, each set is followed by its regex_need.reach: "@inf",
 * or "@B" bytes, "+Cc" characters and "+Ww" words; with `reach` & 2, by
 * the items it lies in, "[first-last]", or "[-]" when no order is known.
 */
static void describe(const struct regex_need *needs, size_t n, struct buf *out, int reach)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		if (i)
			buf_addstr(out, " & ");
		for (j = 0; j < needs[i].n; j++) {
			if (j)
				buf_addch(out, '|');
			buf_addstr(out, needs[i].words[j]);
		}
		if (reach & 2) {
			if (needs[i].last_atom == REGEX_LIT_NO_ORDER)
				buf_addstr(out, "[-]");
			else
				buf_addf(out, "[%zu-%zu]", needs[i].first_atom, needs[i].last_atom);
		}
		if (!(reach & 1))
			continue;
		if (needs[i].reach.unbounded) {
			buf_addstr(out, "@inf");
			continue;
		}
		buf_addf(out, "@%zu", needs[i].reach.bytes);
		if (needs[i].reach.chars)
			buf_addf(out, "+%zuc", needs[i].reach.chars);
		if (needs[i].reach.words)
			buf_addf(out, "+%zuw", needs[i].reach.words);
	}
}

static void check_as(const char *pattern, const char *want, int reach)
{
	struct regex_need needs[REGEX_LIT_MAX_AND];
	size_t n = regex_required_literals(pattern, needs);
	struct buf got = BUF_INIT;

	describe(needs, n, &got, reach);
	if (strcmp(got.ptr, want))
		fail_msg("/%s/: got \"%s\", want \"%s\"", pattern, got.ptr, want);
	regex_need_release(needs, n);
	buf_release(&got);
}

static void check(const char *pattern, const char *want)
{
	check_as(pattern, want, 0);
}

/* Each set's words, then ">L": its regex_need.lead. */
static void check_lead(const char *pattern, const char *want)
{
	struct regex_need needs[REGEX_LIT_MAX_AND];
	size_t n = regex_required_literals(pattern, needs), i;
	struct buf got = BUF_INIT;

	for (i = 0; i < n; i++) {
		if (i)
			buf_addstr(&got, " & ");
		describe(&needs[i], 1, &got, 0);
		buf_addf(&got, ">%zu", needs[i].lead);
	}
	if (strcmp(got.ptr, want))
		fail_msg("/%s/: got \"%s\", want \"%s\"", pattern, got.ptr, want);
	regex_need_release(needs, n);
	buf_release(&got);
}

static void test_literals_and_words(void **state)
{
	(void)state;
	check("Indemnify", "indemnify");
	check("\\btrain(?:s|ed|ing)?\\b", "train");
	check("\\bfoo\\b|\\bbar", "foo|bar");
	check("[Tt]he Model", "the model");
	check("(?=abc)def", "def");
	check("as is\\b", "as is");
	check("caf\\x{e9}s", "caf");
	check("\\Qa.b\\E", "a.b");
	/* Plain text is read in runs, up to a character a quantifier takes. */
	check("the colou?r policy", "the color policy|the colour policy");
	check_as("shall not use{1,2} customer data", "shall not us@0 &  customer data@12+2c", 1);
}

static void test_sequences_need_each_part(void **state)
{
	(void)state;
	/* The best parts, best first; a word in every sentence is no filter. */
	check("indemnif\\w+.{0,50}?defend.{0,9}the", "indemnif & defend");
	check("indemnif\\w+.{0,50}?defend.{0,9}harmless", "indemnif & harmless & defend");
	check("\\bthe\\b", "");
	check("\\bof|\\bby|\\bupon", "");
	check("\\bus\\b", "");
	check("(?:re-?)?train", "train");
	check("\\b(?:may|can) (?:use|process) customer data",
	      "may use customer data|may process customer data|can use customer data|can process customer data");
	check("(?:\\w+|x) customer data", " customer data");
}

static void test_what_cannot_be_known(void **state)
{
	(void)state;
	check("x?y*", "");
	check(".{0,20}\\w+", "");
	check("(?:foo|\\w+)bar", "bar");
	check("(?:foo|\\w+)", "");
	check("(?(1)abc|def)", "");
	check("abc(?1)", "abc");
	check("[^a]bcd", "bcd");
	check("foo)", "");        /* not a whole pattern: no answer */
	/* Extended mode drops white space and comments: no literal is sure. */
	check("(?x) shall \\s+ not \\s+ train", "");
	check("(?ix)train\\ ing # c", "");
	check("(?i-x)shall not", "shall not");
	/* A control character is one character; its letter is no literal. */
	check("\\cAtrain", "train");
}

static void test_optional_and_repeated(void **state)
{
	(void)state;
	check("colou?r", "color|colour");
	check("(?:abc)+cde", "abc & cde");
	check("(?:abc){0,3}cde", "cde");
	check("(?:abc){2}", "abc");
}

static void check_memo(struct regex_lit_memo *memo, const char *pattern, const char *want)
{
	struct regex_need needs[REGEX_LIT_MAX_AND];
	size_t n = regex_required_literals_memo(pattern, needs, memo);
	struct buf got = BUF_INIT;

	describe(needs, n, &got, 3);
	if (strcmp(got.ptr, want))
		fail_msg("/%s/ (memo): got \"%s\", want \"%s\"", pattern, got.ptr, want);
	regex_need_release(needs, n);
	buf_release(&got);
}

/*
 * A group remembered from one pattern answers for the same text in the
 * next, and only for the same text; a group cut short is not remembered.
 */
static void test_memo_answers_as_a_fresh_analysis(void **state)
{
	static const char *const patterns[] = {
		"\\b(?:the provider|the supplier|the licensor|the contractor)\\b may train",
		"we say \\b(?:the provider|the supplier|the licensor|the contractor)\\b shall indemnify",
		"\\b(?:the provider|the supplier|the licensor|the contractors)\\b shall indemnify",
		"(?:(?:the provider|the supplier|the licensor|the contractor) (?:may|shall) (?:train|retrain) models)",
		"(?:the provider|the supplier|the licensor|the contractor|the vendor",
	};
	struct regex_lit_memo *memo = regex_lit_memo_new();
	size_t i, round;

	(void)state;
	for (round = 0; round < 2; round++)
		for (i = 0; i < sizeof(patterns) / sizeof(*patterns); i++) {
			struct regex_need needs[REGEX_LIT_MAX_AND];
			size_t n = regex_required_literals(patterns[i], needs);
			struct buf want = BUF_INIT;

			describe(needs, n, &want, 3);
			check_memo(memo, patterns[i], want.ptr);
			regex_need_release(needs, n);
			buf_release(&want);
		}
	check_memo(memo, "\\b(?:the provider|the supplier|the licensor|the contractor)\\b may train",
		   "the provider may train|the supplier may train|the licensor may train|"
		   "the contractor may train[0-3]@0");
	regex_lit_memo_free(memo);
	regex_lit_memo_free(NULL);
}

/*
 * How far into a match a needed word can begin: the most the text before
 * it can span, in bytes, characters (up to 4 bytes; a caseless "s" or "k"
 * too, as U+017F or U+212A) and words ("\\w+" spans one run of bytes that
 * are not white space).  ".*", "[^.]+" and (*SKIP) bound nothing.
 */
static void test_reach(void **state)
{
	(void)state;
	check_as("\\bliability\\b.{0,300}?\\bcap\\b", "liability@0 & cap@9+300c", 1);
	check_as("\\bliable\\b.{0,2}\\bcap\\b", "liable@0 & cap@6+2c", 1);
	check_as("(?:\\w+ ){0,3}?indemnify", "indemnify@3+3w", 1);
	check_as("(?:[\\w,.'-]+ ){0,2}?indemnify", "indemnify@2+2w", 1);
	check_as("[^\\s,]+ indemnify", " indemnify@0+1w", 1);
	/* Spaces in front cut to one, which marks a word start: the word begins later. */
	check_as("[^\\s,]+   indemnify", " indemnify@2+1w", 1);
	check_as("[^\\s,]+(?:  | )indemnify", " indemnify@1+1w", 1);
	check_as("[^.]+ indemnify", " indemnify@inf", 1);
	check_as("\\S+\\s+indemnify", "indemnify@inf", 1);
	check_as("(?:the )?provider (?:shall|will) indemnify",
		 "provider shall indemnify|provider will indemnify@4", 1);
	check_as("task.?liability", "liability@2+3c & task@0", 1);
	/* "you and the provider" begins 8 bytes into "between you and the provider". */
	check_as("\\b(?:between you and|you and) the provider", "you and the provider@8", 1);
	check_as("[a-z]{1,3} warranty", " warranty@0+3c", 1);
	check_as("(?:(?!^)[^:;]++(*SKIP)(*FAIL))?\\bwarranty\\b", "warranty@inf", 1);
	check_as("\\Gwarranty", "warranty@inf", 1);
	/* Text after (*ACCEPT) need not be matched at all. */
	check("warranty(*ACCEPT)disclaimer", "");
}

/*
 * The least a match takes before a word of the set: what makes the last
 * such word an upper bound on where the match starts.
 */
static void test_lead(void **state)
{
	(void)state;
	check_lead("\\bliability\\b.{0,300}?\\bcap\\b", "liability>0 & cap>9");
	check_lead("(?:\\w+ ){0,3}?indemnify", "indemnify>0");
	check_lead("(?:\\w+ ){2,3}?indemnify", "indemnify>4");
	check_lead("\\w+\\s+indemnify", "indemnify>2");
	/* Alternatives: the shorter way in. */
	check_lead("(?:provider|we) (?:\\w+ )?indemnify", "indemnify>3");
	check_lead("(?:provider|we)? indemnify", " indemnify>0");
	/* Assertions take nothing: a lookbehind's text is outside the match. */
	check_lead("(?<=the )\\bwarranty\\b", "warranty>0");
	check_lead("\\b(?=\\w)warranty", "warranty>0");
	/* A kept word inside a dropped one begins no earlier than it. */
	check_lead("x{3}(?:between you and|you and) the provider", "you and the provider>3");
	/* A backreference may be empty; "\\K" resets the start it counts from. */
	check_lead("(a?)\\1 indemnify", " indemnify>0");
	check_lead("abc\\Kindemnify", "abcindemnify>0");
	check_lead("\\w\\w\\K indemnify", " indemnify>0");
}

/*
 * Which items of the top-level sequence a set's words lie in: a match
 * holds a word of "indemnif" wholly before one of "defend" when the
 * first's last item is below the second's first.  Branches of an
 * alternation give no order.
 */
static void test_order(void **state)
{
	(void)state;
	check_as("indemnif\\w+.*defend.{0,9}harmless", "indemnif[0-0] & harmless[5-5] & defend[3-3]", 2);
	check_as("(?:vendor|provider) .*\\bmay\\b.*\\bchange",
		 "change[7-8] & vendor |provider [0-1]", 2);
	check_as("\\b(?:may|can) (?:use|process) customer data",
		 "may use customer data|may process customer data|can use customer data|"
		 "can process customer data[0-4]", 2);
	check_as("(?:\\w+|x) customer data", " customer data[1-1]", 2);
	check_as("(?:abc)+cde", "abc[0-0] & cde[1-1]", 2);
	check_as("foo.*bar|baz", "foo|baz[-]", 2);
	/* Inside a group, the group is one item. */
	check_as("x(?:foo.*bar)+.*qux", "foo[1-1] & qux[3-3]", 2);
}

/*
 * Words measured to cost the prefilter more than they spare (costly_words
 * in regex_lit.c) weigh as words of every sentence, with a space in front
 * or not: a set of them is not returned, and another set is chosen where
 * the pattern has one.
 */
static void test_costly_words(void **state)
{
	(void)state;
	check("\\w+ing\\b", "");
	check("\\w+ of the \\w+", "");
	check("\\bpart\\w* .{0,20}\\blicensee", "licensee");
	check("\\bmaterially\\b.{0,20}(?:breach|default)", "breach|default");
	check("(?:hold harmless|protect)\\b.{0,9}(?:defend|indemnify)", "defend|indemnify");
	/* A longer word that holds one is not that word. */
	check("\\bpartner\\b", "partner");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_literals_and_words),
		cmocka_unit_test(test_sequences_need_each_part),
		cmocka_unit_test(test_what_cannot_be_known),
		cmocka_unit_test(test_optional_and_repeated),
		cmocka_unit_test(test_memo_answers_as_a_fresh_analysis),
		cmocka_unit_test(test_reach),
		cmocka_unit_test(test_lead),
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_costly_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

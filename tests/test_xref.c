/*
 * xref: the clause numbers a reference names, and which citations they
 * name.  Each parse case lists the numbers expected, separated by "|".
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "buf.h"
#include "xref.h"

static void check_parse_in(const char *from, const char *text, const char *want)
{
	struct buf raw = BUF_INIT, got = BUF_INIT;
	size_t i, n = xref_parse(text, strlen(text), from, &raw);
	const char *p = raw.ptr;

	for (i = 0; i < n; i++, p += strlen(p) + 1) {
		if (i)
			buf_addch(&got, '|');
		buf_addstr(&got, p);
	}
	if (strcmp(got.ptr, want))
		fail_msg("%s: got \"%s\", want \"%s\"", text, got.ptr, want);
	buf_release(&raw);
	buf_release(&got);
}

static void check_parse(const char *text, const char *want)
{
	check_parse_in(NULL, text, want);
}

static void test_numbers_after_a_reference_word(void **state)
{
	(void)state;
	check_parse("Sections 12.1 and 12.2 do not apply", "12.1|12.2");
	check_parse("The limitation in clause 9.2 does not apply", "9.2");
	check_parse("subject to Section 9.2 (a)(ii) and Article IV", "9.2(a)(ii)|iv");
	check_parse("under \xc2\xa7 9(2) or \xc2\xa7\xc2\xa7 3 and 10", "9(2)|3|10");
	check_parse("Section 9.1 and Section 9.2 will not apply to limit", "9.1|9.2");
	check_parse("Sections 1.4, 3.1, 8, 9, and 11 shall survive", "1.4|3.1|8|9|11");
	/* Bracketed titles between the numbers are stepped over. */
	check_parse("Section 1 (Definitions), Section 3 (Payments) and Section 8 (Confidentiality)",
		    "1|3|8");
	check_parse("claims under Sections 11.4 [Indemnification by Us] and 11.5 [Indemnification by You]",
		    "11.4|11.5");
	/* A range names what lies between its ends. */
	check_parse("Sections 4.1 to 4.4 apply", "4.1|4.2|4.3|4.4");
	check_parse("Sections 6 through 8, 10 and 11 will survive", "6|7|8|10|11");
	check_parse("Sections 2.1 - 5.3", "2.1|5.3");
	/* Another document's clauses are not this one's; an annex's are, under its name. */
	check_parse("Section 12.2 of the MSLA (Exclusion) and clause 4 of Schedule 2 but Section 9.3",
		    "schedule 2, 4|9.3");
	check_parse("Sections 12.1 and 12.2 of this Agreement, Section 3 (Fees) of these Terms",
		    "12.1|12.2|3");
	check_parse("Section 15.4 of the MSLA, under which", "");
}

/*
 * A contract that numbers its clauses by ordinal words cites them so:
 * "the Seventh Clause", "the Seventh, Eighth or Twelfth Clauses",
 * "Clause Twenty-First".  Not a word in lower case ("the clause first
 * mentioned"), nor another document's clause.
 */
static void test_ordinal_word_references(void **state)
{
	(void)state;
	check_parse("Notwithstanding the Seventh Clause, the Provider may", "seventh");
	check_parse("shall not apply to breaches of the Seventh, Eighth or Twelfth Clauses, nor",
		    "seventh|eighth|twelfth");
	check_parse("the Fifth and Twenty-First Clauses survive", "fifth|twenty-first");
	check_parse("subject to Clause Twenty-First and CLAUSE NINTH", "twenty-first|ninth");
	check_parse("the clause first mentioned above", "");
	check_parse("the First Clause of the Framework Agreement", "");
	check_parse("the Second Party Clause", "");
}

/*
 * The compound written with a space ("Twenty First") is cited in the
 * hyphened form the outline numbers it by; "the Seventh Clause" stays
 * the one word, and lower-case or unrelated words before it are not
 * taken for tens.
 */
static void test_ordinal_words_with_a_space(void **state)
{
	(void)state;
	check_parse("the Seventh or Twenty First Clauses survive", "seventh|twenty-first");
	check_parse("subject to Clause Thirty Second and CLAUSE NINTH", "thirty-second|ninth");
	check_parse("Notwithstanding the Seventh Clause, the Provider may", "seventh");
	check_parse("within twenty First Clause", "first");
	check_parse("as the Forty Fifth Clause says", "forty-fifth");
}

/*
 * "subsection (a)" names a part of the clause it is written in: the part
 * of its kind replaced, or added where the clause has none of that kind.
 * A plain "paragraph 1" names a part only where the clause's parts are
 * numbered (German-style "\xc2\xa7 9 (3)"); elsewhere it is the contract's
 * paragraph 1.
 */
static void test_parts_of_the_clause_written_in(void **state)
{
	(void)state;
	check_parse_in("9.2(c)", "Notwithstanding subsection (a) above", "9.2(a)");
	check_parse_in("9.2", "the limits in sub-clauses (a) and (b)", "9.2(a)|9.2(b)");
	check_parse_in("9.2(c)(ii)", "subject to paragraph (a)", "9.2(a)");
	check_parse_in("9.2(c)(ii)", "except under sub-paragraph (iv)", "9.2(c)(iv)");
	check_parse_in("Schedule 2, 4(b)", "as subsection (A) allows", "4(a)");
	check_parse_in("Article 7(2)", "Paragraph 1 shall not apply", "7(1)");
	check_parse_in("9(3)", "The limitation in paragraph 1 does not apply", "9(1)");
	check_parse_in("5(b)", "as set out in paragraph 1", "1");
	check_parse_in("5", "Paragraph 12 of this Agreement", "12");
	check_parse_in("9(3)", "Section 4 applies", "4");
	/* The clause named after the part, not the one it is written in. */
	check_parse_in("12(b)", "subsection (a) of Section 9 applies", "9(a)");
	check_parse("paragraphs (a) and (c) of Clause 12.1", "12.1(a)|12.1(c)");
	check_parse("under sub-clause (b)(ii) of clause 4 and clause 7", "4(b)(ii)|7");
	check_parse("paragraph 2 of Section 5", "5(2)|5.2");
	check_parse("paragraph 2 of Article IV", "iv(2)");
	check_parse("subsection (a) of Section 9 of the MSA", "");
	check_parse("paragraph 4 of Schedule 2 of the MSA", "");
	/* No clause to read it against: nothing. */
	check_parse("Notwithstanding subsection (a) above", "");
	check_parse("the limitation in sub-clause (b)", "");
}

static void test_annexes_and_conditions_by_name(void **state)
{
	(void)state;
	/* A clause of an annex, named before or after its number. */
	check_parse("Subject to Schedule 2, paragraph 4, the Supplier may", "schedule 2, 4");
	check_parse("as set out in Annex 1 clause 2.3 and 2.4", "annex 1, 2.3|annex 1, 2.4");
	check_parse("paragraphs 3 and 4 of Schedule 2 apply", "schedule 2, 3|schedule 2, 4");
	check_parse("clause 2.3 (Security) of EXHIBIT B", "exhibit b, 2.3");
	check_parse("paragraph 1 in the Appendix 3A applies", "appendix 3a, 1");
	check_parse("Section 5 of this Agreement and Schedule 2", "5");
	/* Another document's annex, or no annex's name: as before. */
	check_parse_in("Schedule 2, 3", "Schedule 2, paragraph 1 of the DPA", "");
	check_parse("the schedule to clause 4", "4");
	check_parse("Schedule of Fees, clause 4", "4");
	check_parse("clause 4 of the Schedule", "");
	/* An order form's conditions by their names. */
	check_parse("save as set out in Special Condition 3", "special condition 3");
	check_parse("Special Conditions 2 and 4 prevail", "special condition 2|special condition 4");
	check_parse("PARTICULAR CONDITION 1.2 applies", "particular condition 1.2");
	check_parse("special terms 5 to 7", "special term 5|special term 6|special term 7");
	check_parse("Special Condition 3 and clause 4.1 apply", "special condition 3|4.1");
	check_parse("clause 4.1 and Special Condition 3 apply", "4.1|special condition 3");
	check_parse_in("9.2(c)", "Special Condition (a) applies", "");
	check_parse("these special conditions apply", "");
	check_parse("Special Condition 3 of the Order Form for another service", "");
}

static void test_what_is_no_reference(void **state)
{
	(void)state;
	/* No reference word, a word that only begins like one, no number. */
	check_parse("within 30 days and 12.2 of them", "");
	check_parse("sectional 4.2, clauses below", "");
	check_parse("this Section shall survive", "");
	/* A year or an amount is no clause; a title is no enumerator. */
	check_parse("Section 20245 applies", "");
	check_parse("Section 5 (Fees) applies", "5");
	check_parse("Section 5 in full", "5");
}

static void test_too_many_numbers_stop(void **state)
{
	struct buf text = BUF_INIT, raw = BUF_INIT;
	int i;

	(void)state;
	buf_addstr(&text, "Sections 1");
	for (i = 2; i < 100; i++)
		buf_addf(&text, ", %d", i);
	assert_int_equal(xref_parse(text.ptr, text.len, NULL, &raw), XREF_MAX);
	buf_reset(&raw);
	/* A range is cut at the limit too. */
	assert_int_equal(xref_parse("Sections 1.1 to 1.20, 2 to 20", 29, NULL, &raw), XREF_MAX);
	buf_release(&text);
	buf_release(&raw);
}

static void test_within_and_names(void **state)
{
	(void)state;
	assert_true(xref_within("9.2", "9.2", 3));
	assert_true(xref_within("9.2(a)", "9.2", 3));
	assert_true(xref_within("9.2.1", "9.2", 3));
	assert_false(xref_within("9.20", "9.2", 3));
	assert_false(xref_within("19.2", "9.2", 3));
	assert_true(xref_within("Article 7(2)", "7", 1));
	assert_true(xref_within("Article IV", "iv", 2));
	assert_false(xref_within(NULL, "9", 1));

	/* An annex numbers its own clauses. */
	assert_true(xref_names("12.1", "12.3", "12.1"));
	assert_true(xref_names("12.1", NULL, "12"));
	assert_true(xref_names("Schedule 2, 3.1", "Schedule 2, 4", "3"));
	assert_false(xref_names("3.1", "Schedule 2, 4", "3"));
	assert_false(xref_names("Schedule 2, 3.1", "4", "3"));
	assert_false(xref_names("Schedule 1, 3.1", "Schedule 2, 4", "3"));
	assert_false(xref_names(NULL, "4", "3"));
	/* A number that names its annex is read there from anywhere, in any case. */
	assert_true(xref_names("SCHEDULE 2, 4(a)", "9.1", "schedule 2, 4"));
	assert_true(xref_names("Schedule 2, 4", "Schedule 1, 3", "schedule 2, 4"));
	assert_false(xref_names("Schedule 1, 4", "Schedule 1, 3", "schedule 2, 4"));
	assert_false(xref_names("4", NULL, "schedule 2, 4"));
	assert_true(xref_names("Special Condition 3", "2.1", "special condition 3"));
	assert_false(xref_names("Special Condition 31", "2.1", "special condition 3"));
	assert_false(xref_names("3", "2.1", "special condition 3"));
}

/* The index answers as xref_names does over all its citations. */
static void test_index_answers_as_names(void **state)
{
	static const char *const held[] = {
		"9.2(a)", "9.20", "Schedule 2, 3.1", "Article 7(2)", "12", "9.2 x", "12",
		"ANNEX 1, 2.3", "Special Condition 3",
	};
	static const struct {
		const char *from, *num;
		int want;
	} asks[] = {
		{ "10", "9.2", 1 }, { "10", "9", 1 }, { "10", "9.20", 1 }, { "10", "9.3", 0 },
		{ "10", "9.2(b)", 0 }, { "10", "7", 1 }, { "10", "12", 1 }, { "10", "1", 0 },
		{ "Schedule 2, 4", "3", 1 }, { "4", "3", 0 }, { "Schedule 1, 4", "3", 0 },
		{ NULL, "12", 1 }, { "Schedule 2, 4", "12", 0 },
		{ "10", "annex 1, 2", 1 }, { "Schedule 2, 4", "annex 1, 2.3", 1 },
		{ "ANNEX 1, 5", "2", 1 }, { "10", "annex 1, 3", 0 }, { "10", "schedule 2, 3", 1 },
		{ "10", "special condition 3", 1 }, { "10", "special condition 4", 0 },
	};
	struct xref_index x = XREF_INDEX_INIT;
	size_t i, k;

	(void)state;
	xref_index_finish(&x);
	assert_false(xref_index_names(&x, "1", "1"));
	for (k = 0; k < 2; k++) {
		xref_index_reset(&x);
		for (i = 0; i < sizeof(held) / sizeof(*held); i++)
			xref_index_add(&x, held[i]);
		xref_index_add(&x, NULL);
		xref_index_finish(&x);
		for (i = 0; i < sizeof(asks) / sizeof(*asks); i++)
			if (xref_index_names(&x, asks[i].from, asks[i].num) != asks[i].want)
				fail_msg("from %s, %s: want %d", asks[i].from ? asks[i].from : "(none)",
					 asks[i].num, asks[i].want);
	}
	xref_index_release(&x);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbers_after_a_reference_word),
		cmocka_unit_test(test_ordinal_word_references),
		cmocka_unit_test(test_ordinal_words_with_a_space),
		cmocka_unit_test(test_parts_of_the_clause_written_in),
		cmocka_unit_test(test_annexes_and_conditions_by_name),
		cmocka_unit_test(test_what_is_no_reference),
		cmocka_unit_test(test_too_many_numbers_stop),
		cmocka_unit_test(test_within_and_names),
		cmocka_unit_test(test_index_answers_as_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_docx_numbering: number formats and the counting rules, on
 * numbering.xml and styles.xml parts given as strings.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libxml/parser.h>

#include "docx_numbering.h"
#include "docx_xml.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

static int setup_group(void **state)
{
	(void)state;
	xmlInitParser();
	return 0;
}

static const char *fmt(enum num_fmt f, long v, int width)
{
	static struct buf out = BUF_INIT;

	buf_reset(&out);
	docx_format_number(f, v, width, &out);
	return out.ptr;
}

static void test_decimal_family(void **state)
{
	(void)state;
	assert_string_equal(fmt(NUM_FMT_DECIMAL, 7, 0), "7");
	assert_string_equal(fmt(NUM_FMT_DECIMAL_ZERO, 7, 0), "07");
	assert_string_equal(fmt(NUM_FMT_DECIMAL_ZERO, 12, 0), "12");
	assert_string_equal(fmt(NUM_FMT_DECIMAL, 7, 3), "007");
	assert_string_equal(fmt(NUM_FMT_ENCLOSED_PAREN, 3, 0), "(3)");
	assert_string_equal(fmt(NUM_FMT_ENCLOSED_FULLSTOP, 3, 0), "3.");
	assert_string_equal(fmt(NUM_FMT_NUMBER_IN_DASH, 3, 0), "- 3 -");
	assert_string_equal(fmt(NUM_FMT_ENCLOSED_CIRCLE, 2, 0), "\xE2\x91\xA1");
	assert_string_equal(fmt(NUM_FMT_ENCLOSED_CIRCLE, 21, 0), "21");
	assert_string_equal(fmt(NUM_FMT_FULL_WIDTH, 10, 0), "\xEF\xBC\x91\xEF\xBC\x90");
	assert_string_equal(fmt(NUM_FMT_NONE, 3, 0), "");
	assert_string_equal(fmt(NUM_FMT_BULLET, 3, 0), "");
}

static void test_roman_and_letters(void **state)
{
	(void)state;
	assert_string_equal(fmt(NUM_FMT_UPPER_ROMAN, 4, 0), "IV");
	assert_string_equal(fmt(NUM_FMT_LOWER_ROMAN, 9, 0), "ix");
	assert_string_equal(fmt(NUM_FMT_UPPER_ROMAN, 1994, 0), "MCMXCIV");
	assert_string_equal(fmt(NUM_FMT_LOWER_ROMAN, 0, 0), "0");
	assert_string_equal(fmt(NUM_FMT_LOWER_LETTER, 1, 0), "a");
	assert_string_equal(fmt(NUM_FMT_LOWER_LETTER, 26, 0), "z");
	/* Word repeats the letter rather than carrying: aa, bb, ..., aaa. */
	assert_string_equal(fmt(NUM_FMT_LOWER_LETTER, 27, 0), "aa");
	assert_string_equal(fmt(NUM_FMT_UPPER_LETTER, 28, 0), "BB");
	assert_string_equal(fmt(NUM_FMT_LOWER_LETTER, 53, 0), "aaa");
}

static void test_ordinals_and_words(void **state)
{
	(void)state;
	assert_string_equal(fmt(NUM_FMT_ORDINAL, 1, 0), "1st");
	assert_string_equal(fmt(NUM_FMT_ORDINAL, 2, 0), "2nd");
	assert_string_equal(fmt(NUM_FMT_ORDINAL, 3, 0), "3rd");
	assert_string_equal(fmt(NUM_FMT_ORDINAL, 11, 0), "11th");
	assert_string_equal(fmt(NUM_FMT_ORDINAL, 112, 0), "112th");
	assert_string_equal(fmt(NUM_FMT_ORDINAL, 21, 0), "21st");
	assert_string_equal(fmt(NUM_FMT_CARDINAL_TEXT, 1, 0), "One");
	assert_string_equal(fmt(NUM_FMT_CARDINAL_TEXT, 42, 0), "Forty-two");
	assert_string_equal(fmt(NUM_FMT_CARDINAL_TEXT, 115, 0), "One hundred fifteen");
	assert_string_equal(fmt(NUM_FMT_ORDINAL_TEXT, 1, 0), "First");
	assert_string_equal(fmt(NUM_FMT_ORDINAL_TEXT, 20, 0), "Twentieth");
	assert_string_equal(fmt(NUM_FMT_ORDINAL_TEXT, 23, 0), "Twenty-third");
	assert_string_equal(fmt(NUM_FMT_ORDINAL_TEXT, 2000, 0), "Two thousandth");
	assert_string_equal(fmt(NUM_FMT_CHICAGO, 1, 0), "*");
	assert_string_equal(fmt(NUM_FMT_CHICAGO, 5, 0), "**");
}

static void test_format_names(void **state)
{
	(void)state;
	assert_int_equal(docx_num_fmt("upperRoman"), NUM_FMT_UPPER_ROMAN);
	assert_int_equal(docx_num_fmt("lowerLetter"), NUM_FMT_LOWER_LETTER);
	assert_int_equal(docx_num_fmt("decimalZero"), NUM_FMT_DECIMAL_ZERO);
	assert_int_equal(docx_num_fmt("bullet"), NUM_FMT_BULLET);
	assert_int_equal(docx_num_fmt("taiwaneseCounting"), NUM_FMT_DECIMAL);
}

/* ---- counting over parts ---- */

static struct docx_numbering *read_parts(const char *styles, const char *numbering)
{
	struct docx_numbering *n = docx_numbering_new();
	struct buf xml = BUF_INIT, err = BUF_INIT;

	if (styles) {
		buf_addf(&xml, "<w:styles xmlns:w=\"" W_NS "\">%s</w:styles>", styles);
		assert_int_equal(docx_numbering_read_styles(n, "styles.xml",
				(const unsigned char *)xml.ptr, xml.len, 64, &err), 0);
	}
	if (numbering) {
		buf_reset(&xml);
		buf_addf(&xml, "<w:numbering xmlns:w=\"" W_NS "\">%s</w:numbering>", numbering);
		assert_int_equal(docx_numbering_read_numbering(n, "numbering.xml",
				(const unsigned char *)xml.ptr, xml.len, 64, &err), 0);
	}
	assert_int_equal(err.len, 0);
	buf_release(&xml);
	buf_release(&err);
	return n;
}

/* The label of the next paragraph with these properties. */
static const char *next(struct docx_numbering *n, const char *style, int num_id,
			int ilvl, struct docx_para_number *out)
{
	static struct buf label = BUF_INIT;
	struct docx_para_props props = { style, num_id, ilvl, -1 };
	struct docx_para_number dummy;

	buf_reset(&label);
	docx_numbering_next(n, &props, &label, out ? out : &dummy);
	return label.ptr;
}

#define LVL(i, start, fmt, text) \
	"<w:lvl w:ilvl=\"" #i "\"><w:start w:val=\"" #start "\"/><w:numFmt w:val=\"" fmt \
	"\"/><w:lvlText w:val=\"" text "\"/></w:lvl>"

static const char legal_list[] =
	"<w:abstractNum w:abstractNumId=\"0\">"
	LVL(0, 1, "decimal", "%1.")
	LVL(1, 1, "decimal", "%1.%2")
	LVL(2, 1, "lowerLetter", "(%3)")
	LVL(3, 1, "lowerRoman", "(%4)")
	"</w:abstractNum>"
	"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

static void test_multilevel_counting(void **state)
{
	struct docx_numbering *n = read_parts(NULL, legal_list);
	struct docx_para_number nr;

	(void)state;
	assert_string_equal(next(n, NULL, 1, 0, &nr), "1.");
	assert_int_equal(nr.numbered, 1);
	assert_int_equal(nr.ilvl, 0);
	assert_int_equal(nr.suff, NUM_SUFF_TAB);
	assert_string_equal(next(n, NULL, 1, 1, NULL), "1.1");
	assert_string_equal(next(n, NULL, 1, 1, NULL), "1.2");
	assert_string_equal(next(n, NULL, 1, 2, NULL), "(a)");
	assert_string_equal(next(n, NULL, 1, 2, NULL), "(b)");
	assert_string_equal(next(n, NULL, 1, 3, NULL), "(i)");
	assert_string_equal(next(n, NULL, 1, 1, NULL), "1.3");
	/* A deeper level restarts after a higher one. */
	assert_string_equal(next(n, NULL, 1, 2, NULL), "(a)");
	assert_string_equal(next(n, NULL, 1, 0, NULL), "2.");
	assert_string_equal(next(n, NULL, 1, 1, NULL), "2.1");
	/* numId 0 switches numbering off; unknown ids are not lists. */
	assert_string_equal(next(n, NULL, 0, 0, &nr), "");
	assert_int_equal(nr.numbered, 0);
	assert_string_equal(next(n, NULL, 99, 0, &nr), "");
	assert_int_equal(nr.numbered, 0);
	docx_numbering_free(n);
}

static void test_unused_level_shows_start_minus_one(void **state)
{
	struct docx_numbering *n = read_parts(NULL, legal_list);

	(void)state;
	/* A "1.1" heading with no "1." before it reads "0.1" in Word. */
	assert_string_equal(next(n, NULL, 1, 1, NULL), "0.1");
	assert_string_equal(next(n, NULL, 1, 0, NULL), "1.");
	docx_numbering_restart(n);
	assert_string_equal(next(n, NULL, 1, 0, NULL), "1.");
	docx_numbering_free(n);
}

static void test_start_override_applies_once_on_shared_counter(void **state)
{
	/* docx4j's startOverride fixture, whose text says what Word shows. */
	struct docx_numbering *n = read_parts(NULL,
		"<w:abstractNum w:abstractNumId=\"0\">" LVL(0, 1, "decimal", "%1)") "</w:abstractNum>"
		"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
		"<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/>"
		"<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"10\"/></w:lvlOverride></w:num>");

	(void)state;
	assert_string_equal(next(n, NULL, 1, 0, NULL), "1)");
	assert_string_equal(next(n, NULL, 1, 0, NULL), "2)");
	assert_string_equal(next(n, NULL, 2, 0, NULL), "10)");
	assert_string_equal(next(n, NULL, 2, 0, NULL), "11)");
	assert_string_equal(next(n, NULL, 1, 0, NULL), "12)");
	assert_string_equal(next(n, NULL, 2, 0, NULL), "13)");
	docx_numbering_free(n);
}

static void test_level_override_and_start(void **state)
{
	struct docx_numbering *n = read_parts(NULL,
		"<w:abstractNum w:abstractNumId=\"4\">" LVL(0, 5, "upperLetter", "%1.") "</w:abstractNum>"
		"<w:num w:numId=\"3\"><w:abstractNumId w:val=\"4\"/></w:num>"
		"<w:num w:numId=\"4\"><w:abstractNumId w:val=\"4\"/>"
		"<w:lvlOverride w:ilvl=\"0\">" LVL(0, 3, "upperRoman", "Article %1") "</w:lvlOverride></w:num>");

	(void)state;
	assert_string_equal(next(n, NULL, 3, 0, NULL), "E.");
	assert_string_equal(next(n, NULL, 3, 0, NULL), "F.");
	/* The override's own level: its format, its text, shared counter. */
	assert_string_equal(next(n, NULL, 4, 0, NULL), "Article VII");
	docx_numbering_free(n);
}

static void test_lvl_restart(void **state)
{
	struct docx_numbering *n = read_parts(NULL,
		"<w:abstractNum w:abstractNumId=\"0\">"
		LVL(0, 1, "decimal", "%1.")
		LVL(1, 1, "decimal", "%1.%2")
		"<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:lvlRestart w:val=\"1\"/>"
		"<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%3)\"/></w:lvl>"
		"<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:lvlRestart w:val=\"0\"/>"
		"<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"[%4]\"/></w:lvl>"
		"</w:abstractNum>"
		"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");

	(void)state;
	assert_string_equal(next(n, NULL, 1, 0, NULL), "1.");
	assert_string_equal(next(n, NULL, 1, 2, NULL), "(a)");
	assert_string_equal(next(n, NULL, 1, 3, NULL), "[1]");
	/* Level 3 restarts only after level 1 (lvlRestart 1), not after level 2. */
	assert_string_equal(next(n, NULL, 1, 1, NULL), "1.1");
	assert_string_equal(next(n, NULL, 1, 2, NULL), "(b)");
	assert_string_equal(next(n, NULL, 1, 0, NULL), "2.");
	assert_string_equal(next(n, NULL, 1, 2, NULL), "(a)");
	/* Level 4 never restarts (lvlRestart 0). */
	assert_string_equal(next(n, NULL, 1, 3, NULL), "[2]");
	docx_numbering_free(n);
}

static void test_is_lgl_and_suffix(void **state)
{
	struct docx_numbering *n = read_parts(NULL,
		"<w:abstractNum w:abstractNumId=\"0\">"
		"<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/>"
		"<w:lvlText w:val=\"Article %1.\"/><w:suff w:val=\"space\"/></w:lvl>"
		"<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimalZero\"/>"
		"<w:isLgl/><w:lvlText w:val=\"Section %1.%2\"/><w:suff w:val=\"nothing\"/></w:lvl>"
		"</w:abstractNum>"
		"<w:abstractNum w:abstractNumId=\"1\">"
		"<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/>"
		"<w:lvlText w:val=\"Article %1.\"/></w:lvl>"
		"<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimalZero\"/>"
		"<w:lvlText w:val=\"Section %1.%2\"/></w:lvl>"
		"</w:abstractNum>"
		"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
		"<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>");
	struct docx_para_number nr;

	(void)state;
	next(n, NULL, 1, 0, NULL);
	assert_string_equal(next(n, NULL, 1, 0, &nr), "Article II.");
	assert_int_equal(nr.suff, NUM_SUFF_SPACE);
	assert_string_equal(next(n, NULL, 1, 1, &nr), "Section 2.01");
	assert_int_equal(nr.suff, NUM_SUFF_NOTHING);
	next(n, NULL, 2, 0, NULL);
	next(n, NULL, 2, 0, NULL);
	assert_string_equal(next(n, NULL, 2, 1, NULL), "Section II.01");
	docx_numbering_free(n);
}

static void test_bullets_and_hidden_numbers(void **state)
{
	struct docx_numbering *n = read_parts(NULL,
		"<w:abstractNum w:abstractNumId=\"0\">"
		"<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
		"<w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl>"
		"<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
		"<w:lvlText w:val=\"%2.\"/><w:rPr><w:vanish/></w:rPr></w:lvl>"
		"</w:abstractNum>"
		"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
	struct docx_para_number nr;

	(void)state;
	assert_string_equal(next(n, NULL, 1, 0, &nr), "");
	assert_int_equal(nr.numbered, 1);
	assert_int_equal(nr.bullet, 1);
	assert_string_equal(next(n, NULL, 1, 1, &nr), "");
	assert_int_equal(nr.bullet, 1);
	docx_numbering_free(n);
}

static const char heading_styles[] =
	"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
	"<w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr>"
	"<w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
	"<w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>"
	"</w:pPr></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"ClauseSub\"><w:name w:val=\"Clause Sub\"/>"
	"<w:basedOn w:val=\"Heading2\"/></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Plain\"><w:basedOn w:val=\"Heading1\"/>"
	"<w:pPr><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Loop1\"><w:basedOn w:val=\"Loop2\"/></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Loop2\"><w:basedOn w:val=\"Loop1\"/></w:style>"
	"<w:style w:type=\"character\" w:styleId=\"Secret\"><w:rPr><w:vanish/></w:rPr></w:style>";

static void test_numbering_through_styles(void **state)
{
	struct docx_numbering *n = read_parts(heading_styles,
		"<w:abstractNum w:abstractNumId=\"0\">"
		"<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
		"<w:pStyle w:val=\"Heading1\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
		"<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
		"<w:pStyle w:val=\"Heading2\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>"
		"</w:abstractNum>"
		"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
	struct docx_para_number nr;

	(void)state;
	/* Heading1 names numId 1 but no level: the level whose pStyle is Heading1. */
	assert_string_equal(next(n, "Heading1", -1, -1, &nr), "1.");
	assert_int_equal(nr.outline, 0);
	assert_string_equal(next(n, "Heading2", -1, -1, NULL), "1.1");
	/* Through basedOn. */
	assert_string_equal(next(n, "ClauseSub", -1, -1, &nr), "1.2");
	assert_int_equal(nr.ilvl, 1);
	/* A style that switches its parent's numbering off. */
	assert_string_equal(next(n, "Plain", -1, -1, &nr), "");
	assert_int_equal(nr.numbered, 0);
	assert_int_equal(nr.outline, 0);
	/* The paragraph's own numPr wins over the style's. */
	assert_string_equal(next(n, "Heading2", -1, 0, NULL), "2.");
	/* A basedOn cycle ends; a missing style is no style. */
	assert_string_equal(next(n, "Loop1", -1, -1, &nr), "");
	assert_string_equal(next(n, "NoSuchStyle", -1, -1, &nr), "");
	/* Outline level from a built-in heading name. */
	next(n, "Heading2", -1, -1, &nr);
	assert_int_equal(nr.outline, 1);
	/* Hidden text through a character style. */
	assert_int_equal(docx_style_hidden(n, NULL, "Secret"), 1);
	assert_int_equal(docx_style_hidden(n, "Heading1", NULL), 0);
	docx_numbering_free(n);
}

static void test_list_style_link(void **state)
{
	struct docx_numbering *n = read_parts(
		"<w:style w:type=\"numbering\" w:styleId=\"LegalList\">"
		"<w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>",
		"<w:abstractNum w:abstractNumId=\"1\"><w:styleLink w:val=\"LegalList\"/>"
		LVL(0, 1, "lowerRoman", "%1)") "</w:abstractNum>"
		"<w:abstractNum w:abstractNumId=\"2\"><w:numStyleLink w:val=\"LegalList\"/></w:abstractNum>"
		"<w:num w:numId=\"7\"><w:abstractNumId w:val=\"1\"/></w:num>"
		"<w:num w:numId=\"8\"><w:abstractNumId w:val=\"2\"/></w:num>");

	(void)state;
	assert_string_equal(next(n, NULL, 8, 0, NULL), "i)");
	/* The linked instances share one list. */
	assert_string_equal(next(n, NULL, 7, 0, NULL), "ii)");
	docx_numbering_free(n);
}

static void test_damaged_numbering_part(void **state)
{
	struct docx_numbering *n = docx_numbering_new();
	struct buf err = BUF_INIT;
	static const char bad[] =
		"<w:numbering xmlns:w=\"" W_NS "\"><w:abstractNum w:abstractNumId=\"0\">"
		LVL(0, 1, "decimal", "%1.") "</w:abstractNum>"
		"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num>";

	(void)state;
	assert_int_equal(docx_numbering_read_numbering(n, "word/numbering.xml",
			(const unsigned char *)bad, sizeof(bad) - 1, 64, &err), XML_MALFORMED);
	assert_non_null(strstr(err.ptr, "word/numbering.xml"));
	/* What came before the damage still counts. */
	assert_string_equal(next(n, NULL, 1, 0, NULL), "1.");
	buf_release(&err);
	docx_numbering_free(n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decimal_family),
		cmocka_unit_test(test_roman_and_letters),
		cmocka_unit_test(test_ordinals_and_words),
		cmocka_unit_test(test_format_names),
		cmocka_unit_test(test_multilevel_counting),
		cmocka_unit_test(test_unused_level_shows_start_minus_one),
		cmocka_unit_test(test_start_override_applies_once_on_shared_counter),
		cmocka_unit_test(test_level_override_and_start),
		cmocka_unit_test(test_lvl_restart),
		cmocka_unit_test(test_is_lgl_and_suffix),
		cmocka_unit_test(test_bullets_and_hidden_numbers),
		cmocka_unit_test(test_numbering_through_styles),
		cmocka_unit_test(test_list_style_link),
		cmocka_unit_test(test_damaged_numbering_part),
	};

	return cmocka_run_group_tests(tests, setup_group, NULL);
}

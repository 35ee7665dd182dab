#include <ctype.h>
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "document.h"
#include "text_load.h"
#include "xalloc.h"

#define FFFD "\xef\xbf\xbd"

struct fixture {
	struct document doc;
	struct buf err;
	struct load_options opt;
};

static int setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof(*f));
	struct load_options opt = LOAD_OPTIONS_INIT;

	document_init(&f->doc, "test.txt");
	buf_init(&f->err, 0);
	f->opt = opt;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	document_release(&f->doc);
	buf_release(&f->err);
	free(f);
	return 0;
}

static int load(struct fixture *f, const void *data, size_t len)
{
	document_release(&f->doc);
	document_init(&f->doc, "test.txt");
	buf_reset(&f->err);
	return text_load(&f->doc, data, len, &f->opt, &f->err);
}

#define LOAD(f, lit) load((f), (lit), sizeof(lit) - 1)

/* Loads and expects success with exactly `want` as the text. */
static void assert_text(struct fixture *f, const void *data, size_t len,
			const char *want, const char *encoding)
{
	int ret = load(f, data, len);

	if (ret)
		fail_msg("load failed: %s", f->err.ptr);
	assert_int_equal(f->doc.text.len, strlen(want));
	assert_memory_equal(f->doc.text.ptr, want, strlen(want));
	assert_string_equal(f->doc.encoding, encoding);
}

#define TEXT(f, lit, want, enc) assert_text((f), (lit), sizeof(lit) - 1, (want), (enc))

static void assert_load_fails(struct fixture *f, const void *data, size_t len,
			      const char *reason)
{
	assert_int_equal(load(f, data, len), -1);
	assert_string_equal(f->err.ptr, reason);
}

#define FAILS(f, lit, reason) assert_load_fails((f), (lit), sizeof(lit) - 1, (reason))

static int is_valid_utf8(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		size_t need, k;
		unsigned long cp;

		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if (p[i] >= 0xC2 && p[i] <= 0xDF) {
			need = 1;
			cp = p[i] & 0x1F;
		} else if (p[i] >= 0xE0 && p[i] <= 0xEF) {
			need = 2;
			cp = p[i] & 0x0F;
		} else if (p[i] >= 0xF0 && p[i] <= 0xF4) {
			need = 3;
			cp = p[i] & 0x07;
		} else {
			return 0;
		}
		for (k = 1; k <= need; k++) {
			if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
				return 0;
			cp = cp << 6 | (p[i + k] & 0x3F);
		}
		if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
		    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
			return 0;
		i += need + 1;
	}
	return 1;
}

static int has_warning(const struct document *doc, const char *needle)
{
	size_t i;

	for (i = 0; i < doc->nwarning; i++)
		if (strstr(doc->warnings[i], needle))
			return 1;
	return 0;
}

/* ---- encodings ---------------------------------------------------------- */

static void test_utf8_kept_byte_for_byte(void **state)
{
	struct fixture *f = *state;
	static const char in[] =
		"1. Fees. Customer pays \xe2\x82\xac" "5,000 (\xe2\x80\x9c" "Fee\xe2\x80\x9d).\n"
		"\n\n   Section 2 \xc2\xa7 caf\xc3\xa9\t\n";

	TEXT(f, in, in, "utf-8");
	assert_int_equal(f->doc.nwarning, 0);
	assert_int_equal(f->doc.format, DOC_FORMAT_TEXT);
	assert_string_equal(f->doc.format_name, "text");
}

static void test_utf8_bom_dropped(void **state)
{
	struct fixture *f = *state;

	TEXT(f, "\xef\xbb\xbfTerms of Use\n", "Terms of Use\n", "utf-8-bom");
	assert_int_equal(f->doc.paras[0].start, 0);
	assert_int_equal(f->doc.nwarning, 0);
}

static void test_utf16le_bom(void **state)
{
	struct fixture *f = *state;
	/* "Caf\u00e9 \U0001F600\r\nOK" */
	static const char in[] =
		"\xff\xfe" "C\0a\0f\0\xe9\0 \0\x3d\xd8\x00\xde\r\0\n\0O\0K\0";

	TEXT(f, in, "Caf\xc3\xa9 \xf0\x9f\x98\x80\nOK", "utf-16le");
	assert_int_equal(f->doc.nwarning, 0);
	assert_int_equal(f->doc.npara, 1);
}

static void test_utf16be_bom(void **state)
{
	struct fixture *f = *state;
	static const char in[] = "\xfe\xff" "\0T\0e\0r\0m\0s\x20\x19\0s";

	TEXT(f, in, "Terms\xe2\x80\x99s", "utf-16be");
}

static void test_utf16_without_bom_sniffed(void **state)
{
	struct fixture *f = *state;
	static const char in[] = "L\0i\0c\0e\0n\0s\0e\0.\0\n\0";

	TEXT(f, in, "License.\n", "utf-16le");
}

static void test_utf16_lone_surrogate_replaced(void **state)
{
	struct fixture *f = *state;
	static const char in[] = "\xff\xfe" "A\0\x00\xd8" "B\0";

	TEXT(f, in, "A" FFFD "B", "utf-16le");
	assert_true(has_warning(&f->doc, "1 ill-formed UTF-16 code unit replaced with U+FFFD"));
}

static void test_utf16_nul_is_binary(void **state)
{
	struct fixture *f = *state;

	FAILS(f, "\xff\xfe" "A\0\0\0B\0", "binary file");
}

static void test_cp1252_converted(void **state)
{
	struct fixture *f = *state;

	TEXT(f, "\x93" "Fees\x94 are \x80" "5 \x96 net\x85\n",
	     "\xe2\x80\x9c" "Fees\xe2\x80\x9d are \xe2\x82\xac" "5 \xe2\x80\x93 net\xe2\x80\xa6\n",
	     "windows-1252");
	assert_int_equal(f->doc.nwarning, 0);
}

static void test_latin1_converted(void **state)
{
	struct fixture *f = *state;

	TEXT(f, "Soci\xe9t\xe9 G\xe9n\xe9rale, caf\xe9\n",
	     "Soci\xc3\xa9t\xc3\xa9 G\xc3\xa9n\xc3\xa9rale, caf\xc3\xa9\n", "windows-1252");
}

static void test_cp1252_undefined_bytes_replaced(void **state)
{
	struct fixture *f = *state;

	TEXT(f, "a\x81" "b\x9d", "a" FFFD "b" FFFD, "windows-1252");
	assert_true(has_warning(&f->doc, "2 bytes undefined in windows-1252 replaced with U+FFFD"));
}

static void test_mostly_utf8_keeps_utf8(void **state)
{
	struct fixture *f = *state;
	/* Three good sequences, one stray byte, one truncated sequence. */
	static const char in[] =
		"caf\xc3\xa9 \xe2\x80\x9cok\xe2\x80\x9d \xff end \xe2\x80x\n";

	TEXT(f, in, "caf\xc3\xa9 \xe2\x80\x9cok\xe2\x80\x9d " FFFD " end " FFFD "x\n", "utf-8");
	assert_true(has_warning(&f->doc, "2 ill-formed UTF-8 sequences replaced with U+FFFD"));
	assert_true(is_valid_utf8(f->doc.text.ptr, f->doc.text.len));
}

static void test_surrogates_and_overlongs_replaced(void **state)
{
	struct fixture *f = *state;
	/* An encoded surrogate, an overlong '/', a code point above U+10FFFF. */
	static const char in[] =
		"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9 \xed\xa0\x80 \xc0\xaf \xf4\x90\x80\x80";

	assert_int_equal(LOAD(f, in), 0);
	assert_string_equal(f->doc.encoding, "utf-8");
	assert_true(is_valid_utf8(f->doc.text.ptr, f->doc.text.len));
	assert_null(strstr(f->doc.text.ptr, "\xed\xa0"));
	assert_null(strstr(f->doc.text.ptr, "\xc0\xaf"));
	assert_true(f->doc.nwarning == 1);
}

static void test_bom_file_never_cp1252(void **state)
{
	struct fixture *f = *state;

	TEXT(f, "\xef\xbb\xbf" "caf\xe9", "caf" FFFD, "utf-8-bom");
	assert_true(has_warning(&f->doc, "1 ill-formed UTF-8 sequence replaced"));
}

static void test_crlf_and_cr(void **state)
{
	struct fixture *f = *state;

	TEXT(f, "One.\r\nTwo.\r\n\r\nThree.\rFour.\r", "One.\nTwo.\n\nThree.\nFour.\n", "utf-8");
	assert_int_equal(f->doc.npara, 2);
	assert_int_equal(f->doc.paras[1].source, 4);
	assert_int_equal(document_line_at(&f->doc, f->doc.paras[1].start), 4);
	assert_int_equal(document_line_at(&f->doc, strlen("One.\nTwo.\n\nThree.\nF")), 5);
}

static void test_binary_rejected(void **state)
{
	struct fixture *f = *state;
	char noisy[200];
	size_t i;

	FAILS(f, "MZ\x90\0\3\0\0\0", "binary file");
	FAILS(f, "text then a NUL\0 and more", "binary file");
	for (i = 0; i < sizeof(noisy); i++)
		noisy[i] = (char)(i % 3 ? 'a' + i % 26 : 0x01 + i % 7);
	assert_int_equal(load(f, noisy, sizeof(noisy)), -1);
	assert_string_equal(f->err.ptr, "binary file");
}

/* The binary threshold: more than one control character in twenty bytes. */
static void test_control_share_boundary(void **state)
{
	struct fixture *f = *state;
	char text[100];

	memset(text, 'a', sizeof(text));
	memset(text, '\x01', 5);
	assert_int_equal(load(f, text, sizeof(text)), 0);
	text[5] = '\x1b';
	assert_int_equal(load(f, text, sizeof(text)), -1);
	assert_string_equal(f->err.ptr, "binary file");
}

/* Plain text with the controls text has: a line feed, a tab, a form feed. */
static void fill_plain(char *text, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		text[i] = i % 37 == 36 ? '\n' : i % 53 == 52 ? '\t' : i % 97 == 96 ? '\f' : 'a';
}

/*
 * The census steps over plain text in blocks: a byte it must count is
 * found wherever it stands, in a block, between blocks or in the tail.
 */
static void test_census_finds_bytes_anywhere(void **state)
{
	struct fixture *f = *state;
	char text[300];
	size_t p, k;

	fill_plain(text, sizeof(text));
	assert_int_equal(load(f, text, sizeof(text)), 0);
	assert_string_equal(f->doc.encoding, "utf-8");
	assert_int_equal(f->doc.nwarning, 0);
	for (p = 0; p < sizeof(text); p++) {
		fill_plain(text, sizeof(text));
		text[p] = '\0';
		assert_int_equal(load(f, text, sizeof(text)), -1);
		assert_string_equal(f->err.ptr, "binary file");

		fill_plain(text, sizeof(text));
		text[p] = '\xff';
		assert_int_equal(load(f, text, sizeof(text)), 0);
		assert_string_equal(f->doc.encoding, "windows-1252");

		fill_plain(text, sizeof(text));
		text[p] = '\r';
		assert_int_equal(load(f, text, sizeof(text)), 0);
		assert_null(memchr(f->doc.text.ptr, '\r', f->doc.text.len));

		/* Sixteen DELs in 300 bytes are more than one in twenty. */
		fill_plain(text, sizeof(text));
		for (k = 0; k < 16; k++)
			text[(p + k * 17) % sizeof(text)] = '\x7f';
		assert_int_equal(load(f, text, sizeof(text)), -1);
		assert_string_equal(f->err.ptr, "binary file");
	}
}

static void test_stray_control_tolerated(void **state)
{
	struct fixture *f = *state;

	/* A form feed between pages and a DOS end-of-file mark are text. */
	TEXT(f, "Page one text here.\n\f\nPage two text here, and more.\n\x1a",
	     "Page one text here.\n\f\nPage two text here, and more.\n\x1a", "utf-8");
	assert_int_equal(f->doc.npara, 2);
}

static void test_size_limit(void **state)
{
	struct fixture *f = *state;

	f->opt.limits.max_text_size = 10;
	TEXT(f, "0123456789", "0123456789", "utf-8");
	FAILS(f, "0123456789A", "text is larger than the 10-byte limit");
	/* The limit is on the decoded text: 8 cp1252 bytes become 12. */
	FAILS(f, "\x93" "abcdef\x94", "text is larger than the 10-byte limit");
	FAILS(f, "\xff\xfe" "a\0b\0c\0d\0e\0f\0g\0h\0i\0j\0k\0",
	      "text is larger than the 10-byte limit");
	/* CRLF counts as LF. */
	TEXT(f, "a\r\nb\r\nc\r\nd\r\ne\r\n", "a\nb\nc\nd\ne\n", "utf-8");
}

static void test_paragraph_limit(void **state)
{
	struct fixture *f = *state;

	f->opt.limits.max_paragraphs = 2;
	assert_int_equal(LOAD(f, "One.\n\nTwo.\n"), 0);
	FAILS(f, "One.\n\nTwo.\n\nThree.\n", "more than 2 paragraphs");
}

static void test_whitespace_only_is_no_text(void **state)
{
	struct fixture *f = *state;

	FAILS(f, " \n\t\r\n  \n", "no text");
	FAILS(f, "\xc2\xa0\n", "no text");
	FAILS(f, "\n---\n", "no text");
	FAILS(f, "####\n***\n", "no text");
}

/* ---- paragraphs ---------------------------------------------------------- */

struct want_para {
	unsigned long line;
	const char *label;    /* NULL: none */
	const char *clause;   /* NULL: none */
	int level;
	enum para_kind kind;
	const char *starts;   /* the paragraph's first bytes */
	const char *body;     /* the body's first bytes */
};

static void check_paras(struct fixture *f, const char *text,
			const struct want_para *want, size_t n)
{
	const struct document *d = &f->doc;
	size_t i;

	if (load(f, text, strlen(text)))
		fail_msg("load failed: %s", f->err.ptr);
	assert_memory_equal(d->text.ptr, text, strlen(text));
	for (i = 0; i < n && i < d->npara; i++) {
		const struct paragraph *p = &d->paras[i];
		const struct want_para *w = &want[i];

		print_message("  para %zu line %lu label '%s' clause '%s' level %d %s\n",
			      i, p->source, p->label ? p->label : "-",
			      p->clause ? p->clause : "-", p->level,
			      para_kind_name(p->kind));
		assert_int_equal(p->source, w->line);
		if (w->label) {
			assert_non_null(p->label);
			assert_string_equal(p->label, w->label);
		} else {
			assert_null(p->label);
		}
		if (w->clause) {
			assert_non_null(p->clause);
			assert_string_equal(p->clause, w->clause);
		} else {
			assert_null(p->clause);
		}
		assert_int_equal(p->level, w->level);
		assert_int_equal(p->kind, w->kind);
		assert_memory_equal(d->text.ptr + p->start, w->starts, strlen(w->starts));
		assert_memory_equal(d->text.ptr + p->body, w->body, strlen(w->body));
		assert_true(p->start <= p->body && p->body <= p->end);
		assert_false(isspace((unsigned char)d->text.ptr[p->end - 1]));
	}
	assert_int_equal(d->npara, n);
}

#define CHECK(f, text, ...) do { \
		static const struct want_para want_[] = { __VA_ARGS__ }; \
		check_paras((f), (text), want_, ARRAY_SIZE(want_)); \
	} while (0)

static void test_blank_lines_and_wrapped_prose(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "This Agreement is made between the parties named\n"
	      "below and takes effect on the Effective Date.\n"
	      "\n"
	      "  Each party shall act in good faith.\n",
	      { 1, NULL, NULL, -1, PARA_BODY, "This Agreement", "This Agreement" },
	      { 4, NULL, NULL, -1, PARA_BODY, "Each party", "Each party" });
	/* The first paragraph spans two lines, the newline included. */
	assert_non_null(memchr(f->doc.text.ptr + f->doc.paras[0].start, '\n',
			       f->doc.paras[0].end - f->doc.paras[0].start));
}

/*
 * Order-form choices: each box starts a paragraph, ticked or not, and a
 * choice that wraps goes on in it.  Redactions and empty brackets are no
 * boxes.
 */
static int para_has(const struct fixture *f, size_t i, const char *s)
{
	const struct paragraph *p = &f->doc.paras[i];
	size_t n = strlen(s), k;

	for (k = p->start; k + n <= p->end; k++)
		if (!memcmp(f->doc.text.ptr + k, s, n))
			return 1;
	return 0;
}

static void test_checkbox_lines(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "OPTIONS (selected options are marked [X])\n"
	      "[X] EU data residency\n"
	      "[ ] Provider may use Customer Content to improve its\n"
	      "generally available models\n"
	      "[    ] Customer-managed keys\n"
	      "\xE2\x98\x90 Priority support\n"
	      "[***] shall be paid monthly\n",
	      { 1, NULL, NULL, -1, PARA_BODY, "OPTIONS", "OPTIONS" },
	      { 2, NULL, NULL, -1, PARA_BODY, "[X] EU", "[X] EU" },
	      { 3, NULL, NULL, -1, PARA_BODY, "[ ] Provider", "[ ] Provider" },
	      { 5, NULL, NULL, -1, PARA_BODY, "[    ] Customer", "[    ] Customer" },
	      { 6, NULL, NULL, -1, PARA_BODY, "\xE2\x98\x90 Priority", "\xE2\x98\x90 Priority" });
	assert_int_equal(f->doc.npara, 5);
	/* The wrapped choice holds its second line; the redaction joins the box above. */
	assert_true(para_has(f, 2, "models"));
	assert_true(para_has(f, 4, "[***] shall"));
}

static void test_page_break_inside_sentence(void **state)
{
	struct fixture *f = *state;
	const struct document *d = &f->doc;

	/* EDGAR text: a page break as blank lines in mid-sentence. */
	CHECK(f,
	      "If both Parties sell their interest, then any Party which\n"
	      "\n\n\n\n\n"
	      "ceases to own an interest shall remain bound.\n"
	      "\n"
	      "A finished sentence.\n"
	      "\n"
	      "lower case after a full stop is a new paragraph,\n"
	      "\n"
	      "(b) and so is a label.\n",
	      { 1, NULL, NULL, -1, PARA_BODY, "If both", "If both" },
	      { 9, NULL, NULL, -1, PARA_BODY, "A finished", "A finished" },
	      { 11, NULL, NULL, -1, PARA_BODY, "lower case", "lower case" },
	      { 13, "(b)", "(b)", 0, PARA_BODY, "(b) and", "and" });
	assert_int_equal(d->paras[0].end, strstr(d->text.ptr, " bound.") - d->text.ptr + 7);
	assert_int_equal(d->sents[0].para, 0);
	assert_int_equal(d->sents[0].end, d->paras[0].end);
	assert_int_equal(d->sents[1].para, 1);
}

/* Up to twelve blank lines may separate the halves of a sentence. */
static void test_page_break_limit(void **state)
{
	struct fixture *f = *state;
	struct buf text = BUF_INIT;
	int blanks;

	for (blanks = 12; blanks <= 13; blanks++) {
		buf_reset(&text);
		buf_addstr(&text, "then any Party which\n");
		for (int i = 0; i < blanks; i++)
			buf_addch(&text, '\n');
		buf_addstr(&text, "ceases to own an interest.\n");
		assert_int_equal(load(f, text.ptr, text.len), 0);
		assert_int_equal(f->doc.npara, blanks <= 12 ? 1 : 2);
	}
	buf_release(&text);
}

static void test_numbered_clauses(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "MASTER SERVICES AGREEMENT\n"
	      "\n"
	      "1. DEFINITIONS\n"
	      "1.1 \"Affiliate\" means any entity that controls a party.\n"
	      "1.2 \"Customer Data\" means data that Customer submits to the\n"
	      "Services, including prompts and files.\n"
	      "(a) Usage Data is not Customer Data;\n"
	      "(b) Feedback is not Customer Data; and\n"
	      "(i) this sub-item sits under (b);\n"
	      "(ii) and so does this one.\n"
	      "(c) Outputs are Customer Data.\n"
	      "1.2.1 Derived Data is treated as Usage Data.\n"
	      "2. Fees. Customer shall pay the fees within thirty (30) days.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "MASTER", "MASTER" },
	      { 3, "1.", "1", 0, PARA_HEADING, "1. DEF", "DEFINITIONS" },
	      { 4, "1.1", "1.1", 1, PARA_BODY, "1.1 \"Aff", "\"Affiliate\"" },
	      { 5, "1.2", "1.2", 1, PARA_BODY, "1.2 \"Cust", "\"Customer Data\"" },
	      { 7, "(a)", "1.2(a)", 2, PARA_BODY, "(a) Usage", "Usage" },
	      { 8, "(b)", "1.2(b)", 2, PARA_BODY, "(b) Feedback", "Feedback" },
	      { 9, "(i)", "1.2(b)(i)", 3, PARA_BODY, "(i) this", "this" },
	      { 10, "(ii)", "1.2(b)(ii)", 3, PARA_BODY, "(ii) and", "and" },
	      { 11, "(c)", "1.2(c)", 2, PARA_BODY, "(c) Outputs", "Outputs" },
	      { 12, "1.2.1", "1.2.1", 2, PARA_BODY, "1.2.1 Derived", "Derived" },
	      { 13, "2.", "2", 0, PARA_BODY, "2. Fees", "Fees." });
}

static void test_letter_i_after_h(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "5. Exclusions. Confidential Information excludes information that:\n"
	      "(g) is required by law;\n"
	      "(h) is public; or\n"
	      "(i) is approved in writing.\n"
	      "(i) Roman after a letter list restarts a child list.\n",
	      { 1, "5.", "5", 0, PARA_BODY, "5. Excl", "Exclusions." },
	      { 2, "(g)", "5(g)", 1, PARA_BODY, "(g)", "is required" },
	      { 3, "(h)", "5(h)", 1, PARA_BODY, "(h)", "is public" },
	      { 4, "(i)", "5(i)", 1, PARA_BODY, "(i)", "is approved" },
	      { 5, "(i)", "5(i)(i)", 2, PARA_BODY, "(i) Roman", "Roman" });
}

static void test_false_labels_in_wrapped_prose(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "The purchase price shall be USD\n"
	      "1.5 million, payable in two instalments, the last due on 31 December\n"
	      "2024. The Buyer may pay earlier under clause\n"
	      "4.2 of the Loan Agreement, or under\n"
	      "(a) the Escrow Agreement.\n"
	      "Section 4.2 shall survive.\n",
	      { 1, NULL, NULL, -1, PARA_BODY, "The purchase", "The purchase" });
	/* The same strings after a blank line are still not labels. */
	CHECK(f,
	      "Fees.\n\n1.5 million dollars are due.\n\n2024. A good year.\n\n"
	      "Section 4.2 shall survive.\n\nArticle 5 of the GDPR applies.\n",
	      { 1, NULL, NULL, -1, PARA_BODY, "Fees.", "Fees." },
	      { 3, NULL, NULL, -1, PARA_BODY, "1.5", "1.5" },
	      { 5, NULL, NULL, -1, PARA_BODY, "2024.", "2024." },
	      { 7, NULL, NULL, -1, PARA_BODY, "Section", "Section" },
	      { 9, NULL, NULL, -1, PARA_BODY, "Article", "Article" });
}

static void test_title_line(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "AI Services Agreement\n\nConditions of Use and Sale\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "AI Services", "AI Services" },
	      { 3, NULL, NULL, -1, PARA_BODY, "Conditions", "Conditions" });
	CHECK(f, "Welcome to Amazon.\n",
	      { 1, NULL, NULL, -1, PARA_BODY, "Welcome", "Welcome" });
}

static void test_heading_with_body_keeps_label(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "1. DEFINITIONS. The following terms have the meanings below.\n",
	      { 1, "1.", "1", 0, PARA_BODY, "1. DEF", "DEFINITIONS. The" });
}

static void test_articles_and_sections(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "ARTICLE IV\n"
	      "TERM AND TERMINATION\n"
	      "\n"
	      "Section 4.1 Term. This Agreement starts on the Effective Date.\n"
	      "\n"
	      "SECTION 4.2. Termination for Convenience. Either party may end it.\n"
	      "(a) Notice must be in writing.\n"
	      "\n"
	      "Article 5. Liability\n"
	      "5.1 The cap is the fees paid.\n"
	      "\n"
	      "EXHIBIT A\n"
	      "\n"
	      "Service levels apply.\n",
	      { 1, "ARTICLE IV", "ARTICLE IV", 0, PARA_HEADING, "ARTICLE IV", "TERM AND" },
	      { 4, "Section 4.1", "4.1", 1, PARA_BODY, "Section 4.1", "Term." },
	      { 6, "SECTION 4.2.", "4.2", 1, PARA_BODY, "SECTION 4.2.", "Termination" },
	      { 7, "(a)", "4.2(a)", 2, PARA_BODY, "(a) Notice", "Notice" },
	      { 9, "Article 5.", "Article 5", 0, PARA_HEADING, "Article 5.", "Liability" },
	      { 10, "5.1", "5.1", 1, PARA_BODY, "5.1 The", "The cap" },
	      { 12, "EXHIBIT A", "EXHIBIT A", 0, PARA_HEADING, "EXHIBIT A", "" },
	      { 14, NULL, "EXHIBIT A", -1, PARA_BODY, "Service", "Service" });
}

/*
 * A part after the terms whose heading has no clause number of the body:
 * "ORDER FORM No. 1", "Order Form #2", "STATEMENT OF WORK", each a
 * top-level part, and its "Field: value" lines paragraphs of their own
 * cited under it, not under the last clause ("3.2").  A sentence naming
 * an order form ("Order Form No. 2 sets out ...") stays a clause's.
 */
static void test_order_form_after_the_terms(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "3. GENERAL\n"
	      "3.1 Order Form No. 2 sets out the fees.\n"
	      "3.2 Order of Precedence. This Agreement controls.\n"
	      "\n"
	      "ORDER FORM No. 1\n"
	      "\n"
	      "Customer: Acme Ltd\n"
	      "Term: 24 months\n"
	      "Data location: EU\n"
	      "\n"
	      "Order Form #2\n"
	      "Fees: USD 1,000 per month.\n"
	      "\n"
	      "STATEMENT OF WORK\n"
	      "\n"
	      "Deliverables: a fine-tuned model.\n",
	      { 1, "3.", "3", 0, PARA_HEADING, "3. GENERAL", "GENERAL" },
	      { 2, "3.1", "3.1", 1, PARA_BODY, "3.1 Order", "Order Form No. 2" },
	      { 3, "3.2", "3.2", 1, PARA_BODY, "3.2 Order", "Order of" },
	      { 5, "ORDER FORM No. 1", "ORDER FORM No. 1", 0, PARA_HEADING, "ORDER FORM", "" },
	      { 7, NULL, "ORDER FORM No. 1", -1, PARA_BODY, "Customer:", "Customer:" },
	      { 8, NULL, "ORDER FORM No. 1", -1, PARA_BODY, "Term:", "Term:" },
	      { 9, NULL, "ORDER FORM No. 1", -1, PARA_BODY, "Data location:", "Data" },
	      { 11, "Order Form #2", "Order Form #2", 0, PARA_HEADING, "Order Form #2", "" },
	      { 12, NULL, "Order Form #2", -1, PARA_BODY, "Fees:", "Fees:" },
	      { 14, NULL, "STATEMENT OF WORK", 0, PARA_HEADING, "STATEMENT", "STATEMENT" },
	      { 16, NULL, "STATEMENT OF WORK", -1, PARA_BODY, "Deliverables:", "Deliverables:" });
}

static void test_caption_then_prose(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "RECITALS\n"
	      "WHEREAS, the Company develops machine learning models;\n"
	      "A. Vendor licenses the Model to Customer.\n"
	      "B. Customer wishes to fine-tune the Model.\n"
	      "DISCLAIMER OF WARRANTIES. THE MODEL IS PROVIDED AS IS, WITHOUT\n"
	      "WARRANTY OF ANY KIND,\n"
	      "EXPRESS OR IMPLIED.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "RECITALS", "RECITALS" },
	      { 2, NULL, NULL, -1, PARA_BODY, "WHEREAS", "WHEREAS" },
	      { 3, "A.", "A", 0, PARA_BODY, "A. Vendor", "Vendor" },
	      { 4, "B.", "B", 0, PARA_BODY, "B. Customer", "Customer" },
	      /* After the recitals' list, in no clause: none holds the list. */
	      { 5, NULL, NULL, -1, PARA_BODY, "DISCLAIMER", "DISCLAIMER" });
}

static void test_inline_clauses_on_one_line(void **state)
{
	struct fixture *f = *state;

	/* From an EDGAR exhibit, where a whole article sits on one line. */
	CHECK(f,
	      "AGREEMENT The Parties hereby agree as follows: 1. Services. "
	      "1.1 Provision of Services. (a) Provider agrees to provide the "
	      "Services. (b) Recipient may freely assign its rights under this "
	      "Agreement. (c) (i) Provider shall invoice monthly. "
	      "1.2 Standard of Service. Provider represents, warrants "
	      "and agrees as set out in Sec. 4 and No. 5. 2. Compensation.\n",
	      { 1, NULL, NULL, -1, PARA_BODY, "AGREEMENT", "AGREEMENT" },
	      { 1, "1.", "1", 0, PARA_HEADING, "1. Services.", "Services." },
	      { 1, "1.1", "1.1", 1, PARA_HEADING, "1.1 Prov", "Provision" },
	      { 1, "(a)", "1.1(a)", 2, PARA_BODY, "(a) Provider", "Provider" },
	      { 1, "(b)", "1.1(b)", 2, PARA_BODY, "(b) Recipient", "Recipient" },
	      { 1, "(c)", "1.1(c)", 2, PARA_BODY, "(c) (i) Provider", "(i) Provider" },
	      { 1, "1.2", "1.2", 1, PARA_BODY, "1.2 Standard", "Standard" },
	      { 1, "2.", "2", 0, PARA_HEADING, "2. Comp", "Compensation." });
	assert_int_equal(f->doc.paras[0].end, strlen("AGREEMENT The Parties hereby agree as follows:"));
}

/* "Fed. R. Civ. P. 26" is a citation, not clause "R."; "B. Fees." is a clause. */
static void test_citation_is_no_inline_label(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "12. Discovery. Each party shall make the disclosures required by Fed. R. Civ. "
	      "P. 26(a)(1) within 14 days. B. Fees. Customer shall pay the Fees.\n",
	      { 1, "12.", "12", 0, PARA_BODY, "12. Discovery.", "Discovery." },
	      { 1, "B.", "12(B)", 1, PARA_BODY, "B. Fees.", "Fees." });
}

/*
 * Recitals "(A)" after a heading are no items of the parties' "(3)"; a
 * heading inside a numbered clause leaves its lists open.
 */
static void test_recitals_after_a_heading(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "PARTIES\n"
	      "(1) ALPHA LIMITED, a company incorporated in England (the \"Owner\");\n"
	      "(2) BETA LIMITED, a company incorporated in England (the \"Licensee\").\n"
	      "BACKGROUND\n"
	      "(A) The Licensee has a licence to use the Package.\n"
	      "(B) The Owner owns the Package.\n"
	      "17. Records.\n"
	      "(c) The Licensee shall keep records of:\n"
	      "(1) each use of the Package;\n"
	      "SCHEDULED RETURNS\n"
	      "(2) each return filed with the Owner.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "PARTIES", "PARTIES" },
	      { 2, "(1)", "(1)", 0, PARA_BODY, "(1) ALPHA", "ALPHA" },
	      { 3, "(2)", "(2)", 0, PARA_BODY, "(2) BETA", "BETA" },
	      { 4, NULL, NULL, -1, PARA_HEADING, "BACKGROUND", "BACKGROUND" },
	      { 5, "(A)", "(A)", 0, PARA_BODY, "(A) The", "The" },
	      { 6, "(B)", "(B)", 0, PARA_BODY, "(B) The", "The" },
	      { 7, "17.", "17", 0, PARA_HEADING, "17. Records.", "Records." },
	      { 8, "(c)", "17(c)", 1, PARA_BODY, "(c) The", "The" },
	      { 9, "(1)", "17(c)(1)", 2, PARA_BODY, "(1) each", "each" },
	      { 10, NULL, "17(c)", -1, PARA_HEADING, "SCHEDULED", "SCHEDULED" },
	      { 11, "(2)", "17(c)(2)", 2, PARA_BODY, "(2) each", "each" });
}

/*
 * A numbered heading in sentence case, verb and all, over the clause that
 * says how; not a clause cut by a page break, nor one that goes on.
 */
static void test_numbered_heading_in_sentence_case(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "24. Closing your account\n"
	      "\n"
	      "You may close your account at any time.\n"
	      "\n"
	      "25. We can change these terms\n"
	      "\n"
	      "We will only change these terms for the following reasons.\n"
	      "\n"
	      "26. All Usage Data shall be owned jointly by the Provider and\n"
	      "\n"
	      "Customer in equal shares.\n"
	      "\n"
	      "27. We may suspend the Services\n"
	      "if you fail to pay.\n",
	      { 1, "24.", "24", 0, PARA_HEADING, "24. Closing", "Closing" },
	      { 3, NULL, "24", -1, PARA_BODY, "You may", "You may" },
	      { 5, "25.", "25", 0, PARA_HEADING, "25. We can", "We can" },
	      { 7, NULL, "25", -1, PARA_BODY, "We will", "We will" },
	      { 9, "26.", "26", 0, PARA_BODY, "26. All", "All" },
	      { 11, NULL, "26", -1, PARA_BODY, "Customer", "Customer" },
	      { 13, "27.", "27", 0, PARA_BODY, "27. We may", "We may" });
}

/*
 * A numbered heading in sentence case with its first clause on the next
 * line, no blank line between: a heading and a clause.  Short items of a
 * list before their siblings are a line each, and no headings; a clause
 * wrapped after a few words goes on.
 */
static void test_heading_line_over_its_clause(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "3. Privacy and storage\n"
	      "3.1 We store Uploads in the United States.\n"
	      "3.2 We keep them while your account is open.\n"
	      "\n"
	      "4. Prohibited uses\n"
	      "(a) Violence or terrorism\n"
	      "(b) Sexual solicitation\n"
	      "(c) Any other criminal activity\n"
	      "\n"
	      "5. The Supplier shall deliver the Goods\n"
	      "within 30 days of the order.\n",
	      { 1, "3.", "3", 0, PARA_HEADING, "3. Privacy", "Privacy" },
	      { 2, "3.1", "3.1", 1, PARA_BODY, "3.1 We store", "We store" },
	      { 3, "3.2", "3.2", 1, PARA_BODY, "3.2 We keep", "We keep" },
	      { 5, "4.", "4", 0, PARA_HEADING, "4. Prohibited", "Prohibited" },
	      { 6, "(a)", "4(a)", 1, PARA_BODY, "(a) Violence", "Violence" },
	      { 7, "(b)", "4(b)", 1, PARA_BODY, "(b) Sexual", "Sexual" },
	      { 8, "(c)", "4(c)", 1, PARA_BODY, "(c) Any other", "Any other" },
	      { 10, "5.", "5", 0, PARA_BODY, "5. The Supplier", "The Supplier" });
}

/*
 * A keyword's heading with its title after a dash ("Article 8 - Personal
 * data", "Clause 5 – Use of data"), a gloss in brackets or a list with
 * commas in it, over its first sub-clause on the next line: a heading,
 * and the sub-clause keeps its own number.
 */
static void test_keyword_dash_heading_over_its_clause(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "Article 8 - Personal data and the CNIL\n"
	      "8.1 The Recordings remain the property of the Licensee.\n"
	      "8.2 The Licensor acts as processor.\n"
	      "\n"
	      "Article 6 - Acceptance (recette)\n"
	      "6.1 The Parties shall carry out acceptance tests.\n"
	      "\n"
	      "Article 14 \xE2\x80\x93 Exclusivity, assignment and publicity\n"
	      "14.1 The Licensee may not assign the Contract.\n",
	      { 1, "Article 8", "Article 8", 0, PARA_HEADING, "Article 8 -", "- Personal" },
	      { 2, "8.1", "8.1", 1, PARA_BODY, "8.1 The", "The Recordings" },
	      { 3, "8.2", "8.2", 1, PARA_BODY, "8.2 The", "The Licensor" },
	      { 5, "Article 6", "Article 6", 0, PARA_HEADING, "Article 6 -", "- Acceptance" },
	      { 6, "6.1", "6.1", 1, PARA_BODY, "6.1 The", "The Parties" },
	      { 8, "Article 14", "Article 14", 0, PARA_HEADING, "Article 14", "\xE2\x80\x93 Exclusivity" },
	      { 9, "14.1", "14.1", 1, PARA_BODY, "14.1 The", "The Licensee" });
}

/*
 * A schedule's part ("SCHEDULE PART 5", "Schedule 2 Part B") opens a part
 * of its own after the last clause of the body, and the rows of a table
 * typed without outer bars ("Description | Details") are rows cited under
 * it, not a paragraph run on from the clause before.  A line with a bar in
 * prose, alone, stays prose.
 */
static void test_schedule_part_and_bare_table(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "18. GENERAL\n"
	      "18.5 This Contract is governed by the law of Scotland.\n"
	      "\n"
	      "SCHEDULE PART 5 (DATA PROCESSING)\n"
	      "Description | Details\n"
	      "Type of Personal Data | Images.\n"
	      "\n"
	      "Schedule 2 Part B\n"
	      "Duration | The Term.\n"
	      "Retention | Deleted on termination.\n"
	      "Choose one option | the other is void.\n",
	      { 1, "18.", "18", 0, PARA_HEADING, "18. GENERAL", "GENERAL" },
	      { 2, "18.5", "18.5", 1, PARA_BODY, "18.5 This", "This Contract" },
	      { 4, "SCHEDULE PART 5", "SCHEDULE PART 5", 0, PARA_HEADING, "SCHEDULE PART", "(DATA" },
	      { 5, NULL, "SCHEDULE PART 5", -1, PARA_TABLE_CELL, "Description |", "Description |" },
	      { 6, NULL, "SCHEDULE PART 5", -1, PARA_TABLE_CELL, "Type of", "Type of" },
	      { 8, "Schedule 2 Part B", "Schedule 2 Part B", 0, PARA_HEADING, "Schedule 2", "" },
	      { 9, NULL, "Schedule 2 Part B", -1, PARA_TABLE_CELL, "Duration |", "Duration |" },
	      { 10, NULL, "Schedule 2 Part B", -1, PARA_TABLE_CELL, "Retention |", "Retention |" },
	      { 11, NULL, "Schedule 2 Part B", -1, PARA_TABLE_CELL, "Choose one", "Choose one" });
	CHECK(f,
	      "4. FEES\n"
	      "4.1 The Customer shall pay the fees | as invoiced.\n"
	      "4.2 Invoices are due in thirty days.\n",
	      { 1, "4.", "4", 0, PARA_HEADING, "4. FEES", "FEES" },
	      { 2, "4.1", "4.1", 1, PARA_BODY, "4.1 The", "The Customer" },
	      { 3, "4.2", "4.2", 1, PARA_BODY, "4.2 Invoices", "Invoices" });
}

/*
 * "Article (4): Contract Value", the article's number in brackets as
 * contracts translated from Arabic write it, is the article's label; the
 * paragraphs under it cite it.  A letter in the brackets is no article.
 */
static void test_article_number_in_brackets(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "Article (4): Contract Value\n"
	      "\n"
	      "4.1 The total value of the contract is fixed.\n"
	      "\n"
	      "Article (5): Duration of the Contract\n"
	      "\n"
	      "The duration of the contract is three years.\n"
	      "\n"
	      "Article (a) of the Regulations applies to this contract in full.\n",
	      { 1, "Article (4)", "Article (4)", 0, PARA_HEADING, "Article (4)", "Contract Value" },
	      { 3, "4.1", "4.1", 1, PARA_BODY, "4.1 The", "The total" },
	      { 5, "Article (5)", "Article (5)", 0, PARA_HEADING, "Article (5)", "Duration" },
	      { 7, NULL, "Article (5)", -1, PARA_BODY, "The duration", "The duration" },
	      { 9, NULL, "Article (5)", -1, PARA_BODY, "Article (a)", "Article (a)" });
}

/*
 * A Markdown table of clauses ("| 4.2 | The Vendor shall not ... |") is
 * numbered by the number alone in each row's first cell, where the next
 * cell is a clause; not its header, a row of figures ("| 1 | Uptime |
 * 99.9% |"), a first cell with words after its number or a clause with a
 * number of its own ("| 5 | 5.1 The Customer may ... |").
 */
static void test_markdown_table_of_clauses(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "4. DATA\n"
	      "| Clause | Term |\n"
	      "|---|---|\n"
	      "| 4.2 | The Vendor shall not use Customer Data to train any model. |\n"
	      "| 4.3 | The Vendor may suspend the Services only on notice. |\n"
	      "| 1 | Uptime | 99.9% |\n"
	      "| 5 users | The Customer may add seats at any time by notice. |\n"
	      "| 5 | 5.1 The Customer may end this Order on notice to the Vendor. |\n",
	      { 1, "4.", "4", 0, PARA_HEADING, "4. DATA", "DATA" },
	      { 2, NULL, "4", -1, PARA_TABLE_CELL, "| Clause", "| Clause" },
	      { 4, "4.2", "4.2", 1, PARA_TABLE_CELL, "| 4.2 |", "The Vendor shall not" },
	      { 5, "4.3", "4.3", 1, PARA_TABLE_CELL, "| 4.3 |", "The Vendor may" },
	      { 6, NULL, "4.3", -1, PARA_TABLE_CELL, "| 1 |", "| 1 |" },
	      { 7, NULL, "4.3", -1, PARA_TABLE_CELL, "| 5 users", "| 5 users" },
	      { 8, NULL, "4.3", -1, PARA_TABLE_CELL, "| 5 |", "| 5 |" });
}

/*
 * A numbered heading in sentence case with a blank line before its first
 * sub-clause is a heading too, and the clauses under it have it for their
 * heading path; a lead-in its items finish, or a short item before its
 * sibling, stays a clause.
 */
static void test_heading_line_over_its_clause_after_a_blank(void **state)
{
	struct fixture *f = *state;
	struct buf path;

	CHECK(f,
	      "6. Audit and compliance\n"
	      "\n"
	      "6.1 The Bank may audit the Provider on thirty days' notice.\n"
	      "\n"
	      "7. Prohibited uses\n"
	      "\n"
	      "(a) Violence or terrorism\n"
	      "\n"
	      "(b) Sexual solicitation\n"
	      "\n"
	      "8. Each Purchase Contract shall\n"
	      "\n"
	      "(a) contain the same conditions.\n"
	      "\n"
	      "9. Software support will be as follows\n"
	      "\n"
	      "(a) For the first year we fix bugs.\n",
	      { 1, "6.", "6", 0, PARA_HEADING, "6. Audit", "Audit" },
	      { 3, "6.1", "6.1", 1, PARA_BODY, "6.1 The Bank", "The Bank" },
	      { 5, "7.", "7", 0, PARA_HEADING, "7. Prohibited", "Prohibited" },
	      { 7, "(a)", "7(a)", 1, PARA_BODY, "(a) Violence", "Violence" },
	      { 9, "(b)", "7(b)", 1, PARA_BODY, "(b) Sexual", "Sexual" },
	      { 11, "8.", "8", 0, PARA_BODY, "8. Each", "Each" },
	      { 13, "(a)", "8(a)", 1, PARA_BODY, "(a) contain", "contain" },
	      { 15, "9.", "9", 0, PARA_BODY, "9. Software", "Software" },
	      { 17, "(a)", "9(a)", 1, PARA_BODY, "(a) For the", "For the" });
	buf_init(&path, 0);
	document_heading_path(&f->doc, 1, &path);
	assert_string_equal(path.ptr, "6 Audit and compliance");
	buf_release(&path);
}

/*
 * A numbered heading that lists its subjects with commas ("11.
 * Confidentiality, publicity and audit") heads its first sub-clause, with
 * or without a blank line between, after a number, a keyword or
 * "Section"; a one-line clause with commas that reads as a sentence
 * ("The Supplier shall, at its cost, ...", "Provider represents, warrants
 * and covenants") stays a clause.
 */
static void test_heading_with_commas_over_its_clause(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "11. Confidentiality, publicity and audit\n"
	      "11.1 Each party shall keep the other's information confidential.\n"
	      "11.2 The Supplier shall not make any public announcement.\n"
	      "\n"
	      "14. Termination, suspension and step-in\n"
	      "\n"
	      "14.1 The Authority may terminate for convenience.\n"
	      "\n"
	      "5. The Supplier shall, at its cost, provide support\n"
	      "5.1 Support is provided during business hours.\n"
	      "\n"
	      "6. Each party may, on notice, terminate\n"
	      "6.1 Notice must be in writing.\n"
	      "\n"
	      "7. Provider represents, warrants and covenants\n"
	      "7.1 The Software will perform as documented.\n"
	      "\n"
	      "8. Representations, warranties and covenants\n"
	      "8.1 Each party has authority.\n",
	      { 1, "11.", "11", 0, PARA_HEADING, "11. Confidentiality", "Confidentiality" },
	      { 2, "11.1", "11.1", 1, PARA_BODY, "11.1 Each", "Each" },
	      { 3, "11.2", "11.2", 1, PARA_BODY, "11.2 The", "The" },
	      { 5, "14.", "14", 0, PARA_HEADING, "14. Termination", "Termination" },
	      { 7, "14.1", "14.1", 1, PARA_BODY, "14.1 The", "The" },
	      { 9, "5.", "5", 0, PARA_BODY, "5. The Supplier shall, at its cost, provide support",
		"The Supplier" },
	      { 10, "5.1", "5.1", 1, PARA_BODY, "5.1 Support", "Support" },
	      { 12, "6.", "6", 0, PARA_BODY, "6. Each party may, on notice, terminate", "Each" },
	      { 13, "6.1", "6.1", 1, PARA_BODY, "6.1 Notice", "Notice" },
	      { 15, "7.", "7", 0, PARA_BODY, "7. Provider represents, warrants and covenants\n7.1",
		"Provider" },
	      { 18, "8.", "8", 0, PARA_HEADING, "8. Representations", "Representations" },
	      { 19, "8.1", "8.1", 1, PARA_BODY, "8.1 Each", "Each" });
}

/* The same after a keyword, in sentence case or in title case. */
static void test_keyword_heading_with_commas_over_its_clause(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "Article 3 Data, models & outputs\n"
	      "3.1 The Customer owns all Customer Data.\n"
	      "\n"
	      "Article 4 Fees, Payment, Taxes\n"
	      "4.1 Customer shall pay all fees within thirty days.\n",
	      { 1, "Article 3", "Article 3", 0, PARA_HEADING, "Article 3 Data", "Data" },
	      { 2, "3.1", "3.1", 1, PARA_BODY, "3.1 The", "The" },
	      { 4, "Article 4", "Article 4", 0, PARA_HEADING, "Article 4 Fees", "Fees" },
	      { 5, "4.1", "4.1", 1, PARA_BODY, "4.1 Customer", "Customer" });
}

static void test_section_heading_with_commas_over_its_clause(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "Section 4. Fees, payment and taxes\n"
	      "(a) Customer shall pay all fees within thirty days.\n"
	      "(b) Fees exclude taxes.\n",
	      { 1, "Section 4.", "4", 0, PARA_HEADING, "Section 4. Fees", "Fees" },
	      { 2, "(a)", "4(a)", 1, PARA_BODY, "(a) Customer", "Customer" },
	      { 3, "(b)", "4(b)", 1, PARA_BODY, "(b) Fees", "Fees" });
}

/*
 * An unlabelled heading in sentence case right above its first clause
 * ("Privacy and storage" / "3.1 We store ...") is a heading of its own,
 * and the clause keeps its label; prose wrapped onto a line that starts
 * with a number or a letter in brackets reads on.
 */
static void test_unlabelled_heading_line_over_its_clause(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "Background\n"
	      "(A) The Provider has developed the System.\n"
	      "\n"
	      "Privacy and storage\n"
	      "3.1 We store Uploads in the United States.\n"
	      "3.2 We keep them while your account is open.\n"
	      "\n"
	      "The Customer shall comply with clause\n"
	      "3.1 of the Agreement at all times.\n"
	      "\n"
	      "Payment is due within\n"
	      "30 days of the invoice date.\n"
	      "\n"
	      "The fees are set out in\n"
	      "(a) the Order Form.\n"
	      "\n"
	      "The Supplier will\n"
	      "(A) Deliver the Goods.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "Background", "Background" },
	      { 2, "(A)", "(A)", 0, PARA_BODY, "(A) The Provider", "The Provider" },
	      { 4, NULL, "(A)", -1, PARA_HEADING, "Privacy", "Privacy" },
	      { 5, "3.1", "3.1", 1, PARA_BODY, "3.1 We store", "We store" },
	      { 6, "3.2", "3.2", 1, PARA_BODY, "3.2 We keep", "We keep" },
	      { 8, NULL, "3.2", -1, PARA_BODY, "The Customer", "The Customer" },
	      { 11, NULL, "3.2", -1, PARA_BODY, "Payment", "Payment" },
	      { 14, NULL, "3.2", -1, PARA_BODY, "The fees", "The fees" },
	      { 17, NULL, "3.2", -1, PARA_BODY, "The Supplier", "The Supplier" });
}

/*
 * An order form's fields, one a line: a paragraph each, however long the
 * value; prose that wraps onto a line with a colon in it goes on.
 */
static void test_form_fields_a_line_each(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "SUBSCRIPTION\n"
	      "Product: Corvane Assist Enterprise (hosted assistant)\n"
	      "Subscription Term: 36 months from the Order Start Date\n"
	      "Renewal: This Order Form renews for successive 12-month terms.\n"
	      "Payment terms: Net 45\n"
	      "\n"
	      "The Customer shall pay the fees set out in the\n"
	      "Order Form. Note: fees exclude tax.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "SUBSCRIPTION", "SUBSCRIPTION" },
	      { 2, NULL, NULL, -1, PARA_BODY, "Product:", "Product:" },
	      { 3, NULL, NULL, -1, PARA_BODY, "Subscription Term:", "Subscription Term:" },
	      { 4, NULL, NULL, -1, PARA_BODY, "Renewal:", "Renewal:" },
	      { 5, NULL, NULL, -1, PARA_BODY, "Payment terms:", "Payment terms:" },
	      { 7, NULL, NULL, -1, PARA_BODY, "The Customer", "The Customer" });
}

/*
 * An order form or cover page in capitals, a field a line ("CUSTOMER: ...",
 * "GOVERNING LAW: ..."): a paragraph each, as in mixed case (read as a
 * caption here; sentence_shape lets the rules read it).  A sentence
 * in capitals wrapped over lines, a disclaimer, stays one paragraph, even
 * when a later line has a colon in it.
 */
static void test_capitals_form_fields_a_line_each(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "ORDER FORM\n"
	      "\n"
	      "CLIENT: HARBOUR LOGISTICS LIMITED\n"
	      "GOVERNING LAW: ENGLAND AND WALES\n"
	      "DATA RESIDENCY: UNITED KINGDOM\n"
	      "\n"
	      "THE SERVICES ARE PROVIDED AS IS AND WITHOUT WARRANTY OF\n"
	      "ANY KIND, EXPRESS OR IMPLIED: INCLUDING ANY WARRANTY OF\n"
	      "MERCHANTABILITY.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "ORDER FORM", "ORDER FORM" },
	      { 3, NULL, NULL, -1, PARA_HEADING, "CLIENT:", "CLIENT:" },
	      { 4, NULL, NULL, -1, PARA_HEADING, "GOVERNING LAW:", "GOVERNING LAW:" },
	      { 5, NULL, NULL, -1, PARA_HEADING, "DATA RESIDENCY:", "DATA RESIDENCY:" },
	      { 7, NULL, NULL, -1, PARA_HEADING, "THE SERVICES", "THE SERVICES" });
}

/*
 * A contents page of a filing with redacted titles: "3.8  [* * *]   16" is
 * one of its lines, no clause, and the clause after the page cites none of
 * them.
 */
static void test_contents_with_redacted_titles(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "TABLE OF CONTENTS\n"
	      "3.7  Fees   15\n"
	      "3.8  [* * *]   16\n"
	      "3.9  [***]   17\n"
	      "4.  Term   18\n"
	      "\n"
	      "THIS AGREEMENT is made between the parties.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "TABLE", "TABLE" },
	      { 2, NULL, NULL, -1, PARA_HEADING, "3.7", "3.7" },
	      { 3, NULL, NULL, -1, PARA_HEADING, "3.8", "3.8" },
	      { 4, NULL, NULL, -1, PARA_HEADING, "3.9", "3.9" },
	      { 5, NULL, NULL, -1, PARA_HEADING, "4.", "4." },
	      { 7, NULL, NULL, -1, PARA_BODY, "THIS AGREEMENT", "THIS AGREEMENT" });
	assert_true(f->doc.paras[2].contents);
}

/*
 * Annexes a contents page lists without a page: under its heading (and a
 * column header), or right after one of its lines.  They are contents
 * lines and open nothing, so the parties after the page are no items of
 * "Schedule 1".  The real schedule later keeps its label.
 */
static void test_annex_listed_without_a_page(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "CONTENT\n"
	      "\n"
	      "Clause                          Page\n"
	      "\n"
	      "Schedule 1 - Contents\n"
	      "\n"
	      "(1) ALPHA LIMITED; and\n"
	      "\n"
	      "(2) BETA LIMITED.\n"
	      "\n"
	      "TABLE OF CONTENTS\n"
	      "1. Definitions ..... 3\n"
	      "EXHIBIT A - DUTIES OF OPERATOR\n"
	      "EXHIBIT B - FORM OF REPORT\n"
	      "\n"
	      "1. Definitions\n"
	      "\n"
	      "SCHEDULE 1 - CONTENT\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "CONTENT", "CONTENT" },
	      { 3, NULL, NULL, -1, PARA_HEADING, "Clause", "Clause" },
	      { 5, NULL, NULL, -1, PARA_HEADING, "Schedule 1", "Schedule 1" },
	      { 7, "(1)", "(1)", 0, PARA_BODY, "(1) ALPHA", "ALPHA" },
	      { 9, "(2)", "(2)", 0, PARA_HEADING, "(2) BETA", "BETA" },
	      { 11, NULL, "(2)", -1, PARA_HEADING, "TABLE", "TABLE" },
	      { 12, NULL, NULL, -1, PARA_HEADING, "1. Definitions", "1. Definitions" },
	      { 13, NULL, NULL, -1, PARA_HEADING, "EXHIBIT A", "EXHIBIT A" },
	      { 14, NULL, NULL, -1, PARA_HEADING, "EXHIBIT B", "EXHIBIT B" },
	      { 16, "1.", "1", 0, PARA_HEADING, "1. Definitions", "Definitions" },
	      { 18, "SCHEDULE 1", "SCHEDULE 1", 0, PARA_HEADING, "SCHEDULE 1", "- CONTENT" });
	assert_true(f->doc.paras[1].contents);
	assert_true(f->doc.paras[2].contents);
	assert_true(f->doc.paras[8].contents);
}

/*
 * A contents page whose page numbers a PDF's text glued to the titles
 * ("2. LICENSE GRANT10"): with no heading over it, lines that agree (a
 * label, a title in capitals or title case, the labels and the pages
 * rising) are a contents page, and the recitals after it cite none of
 * them.  Glued numbers whose pages fall, a single line, and prose that
 * ends in a number stay clauses.
 */
static void test_contents_with_pages_glued_to_titles(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "1. DEFINITIONS AND INTERPRETATION1\n"
	      "\n"
	      "2. LICENSE GRANT10\n"
	      "\n"
	      "3. Development Plan11\n"
	      "\n"
	      "4. REGULATORY ACTIVITIES14\n"
	      "\n"
	      "WHEREAS, the Parties wish to agree.\n"
	      "\n"
	      "1. DEFINITIONS\n"
	      "\n"
	      "1.1 Words have the meanings given within 30 days of Section 10\n"
	      "\n"
	      "2. SUPPORT200\n"
	      "\n"
	      "3. TRAINING150\n"
	      "\n"
	      "4. HOSTING120\n"
	      "\n"
	      "5. CONFIDENTIALITY2\n"
	      "\n"
	      "5.1 Each party keeps the other's secrets.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "1. DEF", "1. DEF" },
	      { 3, NULL, NULL, -1, PARA_HEADING, "2. LIC", "2. LIC" },
	      { 5, NULL, NULL, -1, PARA_HEADING, "3. Dev", "3. Dev" },
	      { 7, NULL, NULL, -1, PARA_HEADING, "4. REG", "4. REG" },
	      { 9, NULL, NULL, -1, PARA_BODY, "WHEREAS", "WHEREAS" },
	      { 11, "1.", "1", 0, PARA_HEADING, "1. DEF", "DEF" },
	      { 13, "1.1", "1.1", 1, PARA_BODY, "1.1 Words", "Words" },
	      { 15, "2.", "2", 0, PARA_HEADING, "2. SUP", "SUP" },
	      { 17, "3.", "3", 0, PARA_HEADING, "3. TRA", "TRA" },
	      { 19, "4.", "4", 0, PARA_HEADING, "4. HOS", "HOS" },
	      { 21, "5.", "5", 0, PARA_HEADING, "5. CONF", "CONF" },
	      { 23, "5.1", "5.1", 1, PARA_BODY, "5.1 Each", "Each" });
	assert_true(f->doc.paras[0].contents);
	assert_true(f->doc.paras[3].contents);
	assert_false(f->doc.paras[7].contents);
}

/*
 * Annexes listed under a heading of their own ("Schedules") right after a
 * contents page are contents lines, the heading too, and the recitals
 * after them cite no annex.  The same heading over the real annexes, after
 * a clause, opens them.
 */
static void test_annexes_listed_under_a_heading_after_contents(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "TABLE OF CONTENTS\n"
	      "1. Definitions ..... 3\n"
	      "2. Fees ..... 4\n"
	      "\n"
	      "Schedules\n"
	      "\n"
	      "Annex 1: Form of Order\n"
	      "\n"
	      "Annex 2: Service Levels\n"
	      "\n"
	      "WHEREAS, the Parties wish to agree.\n"
	      "\n"
	      "1. Definitions\n"
	      "\n"
	      "1.1 Words have the meanings given.\n"
	      "\n"
	      "SCHEDULES\n"
	      "\n"
	      "Annex 1: Form of Order\n"
	      "\n"
	      "1. The Customer orders online.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "TABLE", "TABLE" },
	      { 2, NULL, NULL, -1, PARA_HEADING, "1. Def", "1. Def" },
	      { 3, NULL, NULL, -1, PARA_HEADING, "2. Fees", "2. Fees" },
	      { 5, NULL, NULL, -1, PARA_HEADING, "Schedules", "Schedules" },
	      { 7, NULL, NULL, -1, PARA_HEADING, "Annex 1", "Annex 1" },
	      { 9, NULL, NULL, -1, PARA_HEADING, "Annex 2", "Annex 2" },
	      { 11, NULL, NULL, -1, PARA_BODY, "WHEREAS", "WHEREAS" },
	      { 13, "1.", "1", 0, PARA_HEADING, "1. Def", "Def" },
	      { 15, "1.1", "1.1", 1, PARA_BODY, "1.1 Words", "Words" },
	      { 17, NULL, NULL, -1, PARA_HEADING, "SCHEDULES", "SCHEDULES" },
	      { 19, "Annex 1", "Annex 1", 0, PARA_HEADING, "Annex 1", "Form" },
	      { 21, "1.", "Annex 1, 1", 0, PARA_BODY, "1. The", "The" });
	assert_true(f->doc.paras[3].contents);
	assert_true(f->doc.paras[4].contents);
	assert_true(f->doc.paras[5].contents);
	assert_false(f->doc.paras[9].contents);
}

/*
 * The column header of a contents page ("Clause ... Page") is a contents
 * line, and a heading over the lines under it; a lone "Section Page" over
 * prose is neither.
 */
static void test_contents_column_header(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "CONTENTS\n"
	      "\n"
	      "Clause                    Page\n"
	      "\n"
	      "1. DEFINITIONS1\n"
	      "\n"
	      "2. Fees 4\n"
	      "\n"
	      "Section Page\n"
	      "\n"
	      "The fee is due monthly.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "CONTENTS", "CONTENTS" },
	      { 3, NULL, NULL, -1, PARA_HEADING, "Clause", "Clause" },
	      { 5, NULL, NULL, -1, PARA_HEADING, "1. DEF", "1. DEF" },
	      { 7, NULL, NULL, -1, PARA_HEADING, "2. Fees", "2. Fees" },
	      { 9, NULL, NULL, -1, PARA_BODY, "Section Page", "Section Page" },
	      { 11, NULL, NULL, -1, PARA_BODY, "The fee", "The fee" });
	assert_false(f->doc.paras[0].contents);
	assert_true(f->doc.paras[1].contents);
	assert_true(f->doc.paras[2].contents);
	assert_false(f->doc.paras[4].contents);
}

/*
 * A line a contents page misses that takes the place of another it missed
 * before the page's first line it reads ("Section 1.4" after "Section
 * 1.1", both with furniture run on) is closed by the lines after it too.
 */
static void test_contents_closes_a_clause_in_place_of_another(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "TABLE OF CONTENTS\n"
	      "Section 1.1   Definitions   1 CONFIDENTIAL Page 1 of 9\n"
	      "Section 1.2   Services ..... 2\n"
	      "Section 1.3   Fees ..... 3\n"
	      "Section 1.4   Term   4 CONFIDENTIAL Page 2 of 9\n"
	      "Section 1.5   Notices ..... 5\n"
	      "Section 1.6   Law ..... 6\n"
	      "\n"
	      "WHEREAS, the Parties wish to agree.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "TABLE", "TABLE" },
	      { 2, "Section 1.1", "1.1", 1, PARA_HEADING, "Section 1.1", "Definitions" },
	      { 3, NULL, "1.1", -1, PARA_HEADING, "Section 1.2", "Section 1.2" },
	      { 4, NULL, "1.1", -1, PARA_HEADING, "Section 1.3", "Section 1.3" },
	      { 5, "Section 1.4", "1.4", 1, PARA_HEADING, "Section 1.4", "Term" },
	      { 6, NULL, NULL, -1, PARA_HEADING, "Section 1.5", "Section 1.5" },
	      { 7, NULL, NULL, -1, PARA_HEADING, "Section 1.6", "Section 1.6" },
	      { 9, NULL, NULL, -1, PARA_BODY, "WHEREAS", "WHEREAS" });
}

/*
 * A contents page typed without tabs: its lines are no clauses, however
 * the page numbers are set off (leaders, a gap, one space), and the
 * parties "(1)", "(2)" after it are not items of its last line.  A clause
 * that ends in a number, alone, keeps its label.
 */
static void test_contents_page(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "TABLE OF CONTENTS\n"
	      "1. Definitions ..... 3\n"
	      "2.  Services   4\n"
	      "Schedule 2 Service Levels 27\n"
	      "\n"
	      "PARTIES\n"
	      "(1) ALPHA LIMITED; and\n"
	      "(2) BETA LIMITED.\n"
	      "\n"
	      "1. Definitions\n"
	      "\n"
	      "1.1 Data means the data the Customer submits.\n"
	      "\n"
	      "3. Fees 3\n"
	      "\n"
	      "The fees are due monthly.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "TABLE", "TABLE" },
	      { 2, NULL, NULL, -1, PARA_HEADING, "1. Definitions ..", "1. Definitions .." },
	      { 3, NULL, NULL, -1, PARA_HEADING, "2.  Services", "2.  Services" },
	      { 4, NULL, NULL, -1, PARA_HEADING, "Schedule 2", "Schedule 2" },
	      { 6, NULL, NULL, -1, PARA_HEADING, "PARTIES", "PARTIES" },
	      { 7, "(1)", "(1)", 0, PARA_BODY, "(1) ALPHA", "ALPHA" },
	      { 8, "(2)", "(2)", 0, PARA_HEADING, "(2) BETA", "BETA" },
	      { 10, "1.", "1", 0, PARA_HEADING, "1. Definitions", "Definitions" },
	      { 12, "1.1", "1.1", 1, PARA_BODY, "1.1 Data", "Data" },
	      { 14, "3.", "3", 0, PARA_HEADING, "3. Fees 3", "Fees 3" },
	      { 16, NULL, "3", -1, PARA_BODY, "The fees", "The fees" });
}

/*
 * A contents line with page furniture run on ("14    i") between two
 * contents lines is one too, as is one with a redacted title ("[* * *]");
 * a line a block misses (longer furniture run on) is closed by the
 * contents lines after it, so that the recitals after the page cite no
 * clause.
 */
static void test_contents_closes_what_it_opened(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "TABLE OF CONTENTS\n"
	      "Section 1.1   Definitions     1\n"
	      "Section 5.3   Reserved    14    i\n"
	      "Section 5.4   Licences    14\n"
	      "Section 5.5   [* * *]    15\n"
	      "Section 5.6   Taxes   16 CONFIDENTIAL Page 3 of 49\n"
	      "ARTICLE VI No Warranties ...... 18\n"
	      "Section 6.1 Reserved ...... 18\n"
	      "\n"
	      "RECITALS\n"
	      "\n"
	      "WHEREAS, the Parties wish to agree.\n"
	      "\n"
	      "Section 1.1 Definitions. Words have the meanings given.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "TABLE", "TABLE" },
	      { 2, NULL, NULL, -1, PARA_HEADING, "Section 1.1", "Section 1.1" },
	      { 3, NULL, NULL, -1, PARA_HEADING, "Section 5.3", "Section 5.3" },
	      { 4, NULL, NULL, -1, PARA_HEADING, "Section 5.4", "Section 5.4" },
	      { 5, NULL, NULL, -1, PARA_HEADING, "Section 5.5", "Section 5.5" },
	      { 6, "Section 5.6", "5.6", 1, PARA_HEADING, "Section 5.6", "Taxes" },
	      { 7, NULL, NULL, -1, PARA_HEADING, "ARTICLE VI", "ARTICLE VI" },
	      { 8, NULL, NULL, -1, PARA_HEADING, "Section 6.1", "Section 6.1" },
	      { 10, NULL, NULL, -1, PARA_HEADING, "RECITALS", "RECITALS" },
	      { 12, NULL, NULL, -1, PARA_BODY, "WHEREAS", "WHEREAS" },
	      { 14, "Section 1.1", "1.1", 1, PARA_BODY, "Section 1.1", "Definitions" });
}

/*
 * A contents page flattened onto one line, three entries or more, is a
 * contents line: no clause 7, and the recitals after it cite none.  Two
 * entries alone prove nothing.
 */
static void test_contents_flattened_onto_one_line(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "7. CONFIDENTIALITY; PUBLICITY 46 7.1 Confidentiality 46 7.2 Publicity 47 "
	      "7.3 Certain Regulatory Filings 47\n"
	      "\n"
	      "WHEREAS, the Parties wish to agree.\n"
	      "\n"
	      "1. Definitions\n"
	      "\n"
	      "1.1 Words have the meanings given.\n"
	      "\n"
	      "8.1 Restrictions on Transfers 19 8.2 Permissible Transfers 19\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "7. CONF", "7. CONF" },
	      { 3, NULL, NULL, -1, PARA_BODY, "WHEREAS", "WHEREAS" },
	      { 5, "1.", "1", 0, PARA_HEADING, "1. Definitions", "Definitions" },
	      { 7, "1.1", "1.1", 1, PARA_BODY, "1.1 Words", "Words" },
	      { 9, "8.1", "8.1", 1, PARA_HEADING, "8.1 Restrictions", "Restrictions" });
}

/*
 * Without a heading, a run of lines ending in numbers is a contents page
 * when its labels come back further on as the headings; a price list
 * whose labels do not is a list of clauses.
 */
static void test_contents_by_the_headings_it_lists(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "1. Definitions 3\n"
	      "2. Fees 4\n"
	      "\n"
	      "1. DEFINITIONS\n"
	      "\n"
	      "2. FEES\n"
	      "\n"
	      "(a) Set-up 100\n"
	      "(b) Support 200\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "1. Definitions", "1. Definitions" },
	      { 2, NULL, NULL, -1, PARA_HEADING, "2. Fees", "2. Fees" },
	      { 4, "1.", "1", 0, PARA_HEADING, "1. DEFINITIONS", "DEFINITIONS" },
	      { 6, "2.", "2", 0, PARA_HEADING, "2. FEES", "FEES" },
	      { 8, "(a)", "2(a)", 1, PARA_HEADING, "(a) Set-up", "Set-up" },
	      { 9, "(b)", "2(b)", 1, PARA_HEADING, "(b) Support", "Support" });
}

/*
 * Annex headings in other languages close the body as "Schedule 1" does,
 * in any case and with a number sign ("№", "N°", "NR"); a heading tied to
 * its contract ("к Договору", "bij de Overeenkomst") is one, a sentence
 * that opens with the word is none.
 */
static void test_annex_headings_in_other_languages(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "1. Fees\n\n"
	      "1.1 The Customer pays monthly.\n\n"
	      "Anlage 1\n\n"
	      "1.1 Preise gelten netto.\n\n"
	      "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5"
	      " \xE2\x84\x96 2 \xD0\xBA \xD0\x94\xD0\xBE\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x80\xD1\x83\n\n"
	      "A. Services\n\n"
	      "ANNEXE N\xC2\xB0 3\n\n"
	      "Anexo IV\n\n"
	      "Allegato B\n\n"
	      "Bijlage 1 bij de Overeenkomst\n\n"
	      "ZA\xC5\x81\xC4\x84" "CZNIK NR 2\n\n"
	      "P\xC5\x99\xC3\xADloha 3\n\n"
	      "Exhibit A to this Agreement sets out the fees payable by\n\n"
	      "Anlage 1 ist Bestandteil des Vertrags.\n\n"
	      "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5"
	      " \xE2\x84\x96 1 \xD1\x8F\xD0\xB2\xD0\xBB\xD1\x8F\xD0\xB5\xD1\x82\xD1\x81\xD1\x8F"
	      " \xD1\x87\xD0\xB0\xD1\x81\xD1\x82\xD1\x8C\xD1\x8E.\n",
	      { 1, "1.", "1", 0, PARA_HEADING, "1. Fees", "Fees" },
	      { 3, "1.1", "1.1", 1, PARA_BODY, "1.1 The", "The" },
	      { 5, "Anlage 1", "Anlage 1", 0, PARA_HEADING, "Anlage 1", "" },
	      { 7, "1.1", "Anlage 1, 1.1", 1, PARA_BODY, "1.1 Preise", "Preise" },
	      { 9, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5"
		" \xE2\x84\x96 2", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xB6\xD0\xB5\xD0\xBD"
		"\xD0\xB8\xD0\xB5 \xE2\x84\x96 2", 0, PARA_BODY, "\xD0\x9F", "\xD0\xBA " },
	      { 11, "A.", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8"
		"\xD0\xB5 \xE2\x84\x96 2(A)", 1, PARA_HEADING, "A. Services", "Services" },
	      { 13, "ANNEXE N\xC2\xB0 3", "ANNEXE N\xC2\xB0 3", 0, PARA_HEADING, "ANNEXE", "" },
	      { 15, "Anexo IV", "Anexo IV", 0, PARA_HEADING, "Anexo IV", "" },
	      { 17, "Allegato B", "Allegato B", 0, PARA_HEADING, "Allegato B", "" },
	      { 19, "Bijlage 1", "Bijlage 1", 0, PARA_BODY, "Bijlage 1", "bij de" },
	      { 21, "ZA\xC5\x81\xC4\x84" "CZNIK NR 2", "ZA\xC5\x81\xC4\x84" "CZNIK NR 2", 0,
		PARA_HEADING, "ZA", "" },
	      { 23, "P\xC5\x99\xC3\xADloha 3", "P\xC5\x99\xC3\xADloha 3", 0, PARA_HEADING, "P", "" },
	      { 25, NULL, "P\xC5\x99\xC3\xADloha 3", -1, PARA_BODY, "Exhibit A", "Exhibit A" },
	      { 27, NULL, "P\xC5\x99\xC3\xADloha 3", -1, PARA_BODY, "Anlage 1 ist", "Anlage 1 ist" },
	      { 29, NULL, "P\xC5\x99\xC3\xADloha 3", -1, PARA_BODY, "\xD0\x9F", "\xD0\x9F" });
}

/* Loads `text` and expects the paragraphs' citations, NULL for none. */
static void check_clauses(struct fixture *f, const char *text, const char *const *want,
			  size_t n)
{
	const struct document *d = &f->doc;
	size_t i;

	if (load(f, text, strlen(text)))
		fail_msg("load failed: %s", f->err.ptr);
	for (i = 0; i < d->npara; i++)
		print_message("  para %zu clause '%s' level %d %.30s\n", i,
			      d->paras[i].clause ? d->paras[i].clause : "-", d->paras[i].level,
			      d->text.ptr + d->paras[i].start);
	assert_int_equal(d->npara, n);
	for (i = 0; i < n; i++) {
		if (!want[i]) {
			assert_null(d->paras[i].clause);
			continue;
		}
		assert_non_null(d->paras[i].clause);
		assert_string_equal(d->paras[i].clause, want[i]);
	}
}

#define CLAUSES(f, text, ...) do { \
		static const char *const want_[] = { __VA_ARGS__ }; \
		check_clauses((f), (text), want_, ARRAY_SIZE(want_)); \
	} while (0)

/*
 * A Markdown ordered list nested in another numbers the sections of a
 * clause: "    1." under "8." is 8.1, as the contract cites it, and its
 * items (a), (b) are 8.2(a).  A number one column in is no nesting.
 */
static void test_nested_numbered_list(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"1.  **SERVICES**\n"
		"\n"
		"    1.  **Access**. Subject to this Agreement, Provider grants access.\n"
		"\n"
		"    2.  **Users**. Customer may allow its staff to use the Services.\n"
		"\n"
		"2.  **LIMITATION OF LIABILITY**\n"
		"\n"
		"    The allocations of risk in this Section 2 are fundamental.\n"
		"\n"
		"    1.  **Exclusion**. Neither party is liable for lost profits.\n"
		"\n"
		"    2.  **Cap**. Each party's liability is capped at the fees paid, except:\n"
		"\n"
		"        (a) for the indemnities;\n"
		"\n"
		"\t3.  **Claims**. Claims must be brought within a year.\n"
		"\n"
		"3.  **GENERAL**\n"
		"\n"
		"    1\\.  **Notices**. Notices are given in writing.\n",
		"1", "1.1", "1.2", "2", "2", "2.1", "2.2", "2.2(a)", "2.3", "3", "3.1");
	CLAUSES(f,
		"7.  Entire Agreement. This Agreement is the whole agreement.\n"
		"\n"
		"STANDARD TERMS\n"
		"\n"
		" 1.  Reservation of Rights. The Software is licensed, not sold.\n"
		"\n"
		"2.   Protection. Distributor will notify the Licensor of any misuse.\n",
		"7", NULL, "1", "2");   /* the title opens a document of its own */
}

/*
 * A bullet that carries a number ("*   1\. OUR SERVICES") is the
 * numbered item, cited under the clause it is nested in, and the list
 * goes on at the number's column or the bullet's ("**1.** You agree" /
 * "*   **2\. What").  A list counter holding nothing but a bullet
 * ("9.  *   3\. YOU") is no clause, and a number in emphasis of its own
 * ("**2\.** You") is a label.
 */
static void test_numbers_after_bullets(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"8.  VIII. Liability\n"
		"    \n"
		"    *   1\\. OUR SERVICES ARE PROVIDED AS IS.\n"
		"    *   2\\. YOU USE OUTPUTS AT YOUR SOLE RISK.\n"
		"9.  *   3\\. YOU AGREE TO INDEMNIFY QWEN AGAINST ALL LOSSES, INCLUDING:\n"
		"        \n"
		"        *   (a) ANY USER CONTENT;\n"
		"        \n"
		"        4\\. QWEN MAY ASSUME THE DEFENSE OF ANY CLAIM.\n"
		"        \n"
		"    *   5\\. THE LIMITATIONS APPLY TO THE MAXIMUM EXTENT PERMITTED.\n"
		"10.  IX. Force Majeure\n"
		"     \n"
		"     We are not liable for delays beyond our control.\n",
		"8", "8.1", "8.2", "8.3", "8.3(a)", "8.4", "8.5", "10", "10");
	CLAUSES(f,
		"2.  II. Use of Our Services\n"
		"    \n"
		"    **1.** You agree to use our Services lawfully.\n"
		"    \n"
		"    *   **2\\. What You Cannot Do.** You shall not:\n"
		"        \n"
		"        *   (a) reverse engineer the Services;\n"
		"    *   **3\\. Usage Policy.** You agree to comply with it.\n"
		"        \n"
		"        **4\\.** You are responsible for your Prompts.\n",
		"2", "2.1", "2.2", "2.2(a)", "2.3", "2.4");
	/* Letters and numerals after bullets label their items: 4(a)(iv)(1), no 4.1. */
	CLAUSES(f,
		"4.  Using the Services\n"
		"    \n"
		"    *   a. **Your account.** You need an account.\n"
		"        *   iv. **Closing Your Account.**\n"
		"            *   1\\. You can close your account at any time.\n"
		"            *   2\\. If your account is closed, your data is deleted.\n"
		"    *   b. **Moderation.** We may remove content.\n"
		"5.  Privacy\n",
		"4", "4(a)", "4(a)(iv)", "4(a)(iv)(1)", "4(a)(iv)(2)", "4(b)", "5");
	/* A number nested in a bullet with no label of its own is no sub-clause. */
	CLAUSES(f,
		"4.  Using the Services\n"
		"    \n"
		"    *   **Your account.** You need an account.\n"
		"        *   **Closing Your Account.**\n"
		"            *   1\\. You can close your account at any time.\n"
		"            *   2\\. If your account is closed, your data is deleted.\n"
		"    *   **Moderation.** We may remove content.\n"
		"5.  Privacy\n",
		"4", "4", "4", "4", "4", "4", "5");
	/* A bullet with a number of no list is its own clause; one with none is none. */
	CLAUSES(f,
		"- 4. Fees are due on invoice.\n"
		"- Payment is by transfer.\n",
		"4", "4");
}

/*
 * The bullet signs word processors and PDF converters print, "\u2022",
 * "\u25E6", "\u25AA", "\u2013" and "\u00B7", open list items on
 * consecutive lines as "*" does, so that the lead-in ending in a colon
 * stays a paragraph of its own: "The Processor shall:" over "\u2022 notify
 * ...".  A sign glued to its word, or one inside a line, is no bullet.
 * Such a line may be flattened layout: a clause run on after the item is
 * split off as in any paragraph.
 */
static int ends_with(const struct document *d, size_t i, const char *s)
{
	size_t n = strlen(s);

	return d->paras[i].end - d->paras[i].start >= n &&
	       !memcmp(d->text.ptr + d->paras[i].end - n, s, n);
}

static void test_typographic_bullets(void **state)
{
	struct fixture *f = *state;
	static const char *const signs[] = {
		"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x80\x93", "\xC2\xB7",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(signs); i++) {
		char text[512];
		const struct document *d = &f->doc;

		snprintf(text, sizeof(text),
			 "1. Breach. The Processor shall:\n"
			 "%s notify the Controller of a breach without undue delay;\n"
			 "%s\tassist the Controller; and\n"
			 "  continuing the second item\n"
			 "%s delete the data on termination.\n"
			 "2. Other. The parties agree.\n",
			 signs[i], signs[i], signs[i]);
		if (load(f, text, strlen(text)))
			fail_msg("load failed: %s", f->err.ptr);
		print_message("  sign %zu: %zu paragraphs\n", i, d->npara);
		assert_int_equal(d->npara, 5);
		assert_int_equal(d->paras[0].kind, PARA_BODY);
		assert_true(ends_with(d, 0, "shall:"));
		assert_int_equal(d->paras[1].kind, PARA_LIST_ITEM);
		assert_memory_equal(d->text.ptr + d->paras[1].body, "notify", 6);
		assert_string_equal(d->paras[1].clause, "1");
		assert_int_equal(d->paras[2].kind, PARA_LIST_ITEM);
		assert_memory_equal(d->text.ptr + d->paras[2].body, "assist", 6);
		assert_true(ends_with(d, 2, "second item"));
		assert_int_equal(d->paras[3].kind, PARA_LIST_ITEM);
		assert_memory_equal(d->text.ptr + d->paras[3].body, "delete", 6);
		assert_string_equal(d->paras[4].clause, "2");
	}
	/* Markdown with a heading; nested bullets, white under black. */
	CHECK(f,
	      "## 4. Security\n"
	      "The Supplier will:\n"
	      "\xE2\x80\xA2 encrypt Customer Data; and\n"
	      "    \xE2\x97\xA6 rotate keys yearly;\n"
	      "\xE2\x80\xA2 report incidents.\n",
	      { 1, "4.", "4", 1, PARA_HEADING, "## 4.", "Security" },
	      { 2, NULL, "4", -1, PARA_BODY, "The Supplier", "The Supplier" },
	      { 3, NULL, "4", -1, PARA_LIST_ITEM, "\xE2\x80\xA2 encrypt", "encrypt" },
	      { 4, NULL, "4", -1, PARA_LIST_ITEM, "\xE2\x97\xA6 rotate", "rotate" },
	      { 5, NULL, "4", -1, PARA_LIST_ITEM, "\xE2\x80\xA2 report", "report" });
	/* A line layout flattened: the clause after the item is split off. */
	CLAUSES(f,
		"4. Engineering: the plans.\n"
		"\xE2\x80\xA2 Process control plans. 5. Digital back-up of records.\n",
		"4", "4", "5");
	/*
	 * No bullet: a sign glued to its word, a sign alone, an en dash
	 * going on with the sentence above it.
	 */
	CHECK(f,
	      "The fees are due within thirty days\n"
	      "\xE2\x80\x93including taxes\xE2\x80\x93 of the invoice date\n"
	      "\xC2\xB7\n"
	      "and are not refundable.\n",
	      { 1, NULL, NULL, -1, PARA_BODY, "The fees", "The fees" });
	CHECK(f,
	      "The Supplier shall deliver the goods\n"
	      "\xE2\x80\x93 subject to clause 4 \xE2\x80\x93 within 30 days.\n",
	      { 1, NULL, NULL, -1, PARA_BODY, "The Supplier", "The Supplier" });
	/* Items with no stop of their own go on as items. */
	CHECK(f,
	      "The Services exclude:\n"
	      "\xE2\x80\x93 hardware support\n"
	      "\xE2\x80\x93 on-site training\n",
	      { 1, NULL, NULL, -1, PARA_BODY, "The Services", "The Services" },
	      { 2, NULL, NULL, -1, PARA_LIST_ITEM, "\xE2\x80\x93 hardware", "hardware" },
	      { 3, NULL, NULL, -1, PARA_LIST_ITEM, "\xE2\x80\x93 on-site", "on-site" });
}

/*
 * A letter or numeral after a bullet labels its item, as a number does
 * ("*   a. Content ...", "    *   i. Don't ..."): 3(a)(ii), not 3.  A
 * second paragraph indented into the bullet stays in the item; a bullet
 * with no label after the list, at the list's bullets' column or left of
 * them, is back in the clause (3, not 3(a)(ii)).
 */
static void test_letters_after_bullets(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"3\\. **Code of Conduct.** You are accountable for your conduct.\n"
		"\n"
		"*   a. Content that violates these Terms is not permitted.\n"
		"\n"
		"    Second paragraph of a, indented into its bullet.\n"
		"\n"
		"    *   i. Don't do anything illegal.\n"
		"    *   ii. Don't help others to break these rules.\n"
		"*   More information about our policies is available online.\n"
		"\n"
		"4\\. **Using the Services.**\n"
		"\n"
		"*   (a) it is your sole responsibility to keep your password safe;\n"
		"*   (b) you are responsible for all activity on your account.\n",
		"3", "3(a)", "3(a)", "3(a)(i)", "3(a)(ii)", "3", "4", "4(a)", "4(b)");
	/*
	 * "i." in a bullet nested in "*   h." is its first item; at the
	 * bullet's column, or indented without a bullet, the letter after h.
	 */
	CLAUSES(f,
		"13\\. **Service-Specific Terms.** This section governs.\n"
		"\n"
		"*   h. **Microsoft 365 Apps and Services.**\n"
		"    *   i. **Use Terms.** Microsoft 365 Family is governed here.\n"
		"    *   ii. **Additional Outlook Terms.** Outlook includes maps.\n"
		"*   i. **Health Bots.** Health bots are no medical devices.\n"
		"\n"
		"14\\. **Representations.** Each party represents:\n"
		"\n"
		"    (h) Access to Documents. PPI has given access.\n"
		"\n"
		"      (i) No Brokers. No broker is entitled to a fee.\n",
		"13", "13(h)", "13(h)(i)", "13(h)(ii)", "13(i)", "14", "14(h)", "14(i)");
}

/*
 * A second document appended with no heading of its own starts afresh
 * where a title naming it stands alone and the numbering restarts at 1
 * after it: the policy's "1." is no item of the licence's "7.", and its
 * preamble is in no clause.  A running head or a caption with no restart
 * after it is none.
 */
static void test_document_appended_after_the_last_clause(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"6. Term. This Agreement starts on acceptance.\n"
		"\n"
		"7. Governing Law. This Agreement is governed by California law.\n"
		"\n"
		"\n"
		"Meta Llama 3 Acceptable Use Policy\n"
		"Meta is committed to promoting safe and fair use of its tools.\n"
		"Prohibited Uses\n"
		"You agree you will not use Meta Llama 3 to:\n"
		"1. Violate the law or others' rights, including to:\n"
		"\ta. Engage in illegal activity\n"
		"2. Deceive others.\n",
		"6", "7", NULL, NULL, "1", "1(a)", "2");
	CLAUSES(f,
		"6. Term. This Agreement starts on acceptance.\n"
		"\n"
		"Network Management Outsourcing Agreement\n"
		"\n"
		"The Term may be extended by agreement.\n"
		"\n"
		"7. Notices. Notices are given in writing.\n"
		"\n"
		"Entire Agreement\n"
		"\n"
		"This Agreement is the whole agreement.\n",
		"6", "6", "6", "7", "7", "7");
}

/*
 * A numbered list that restarts at 1 inside a clause whose heading has a
 * higher number lists items of that clause ("4(1)", and "6(f)(1)" under
 * an item), and the paragraphs after it are back in the clause; a page's
 * furniture between two items does not end the list.  A new numbering
 * after a heading is none: right under the clause's own heading, after
 * an unlabelled heading, or where the "1." reads as a heading itself.
 */
static void test_list_restarting_inside_a_clause(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"**3\\. Use of our Services.**\n"
		"----------------------------\n"
		"\n"
		"You may not use our Services:\n"
		"\n"
		"1.  In any manner that violates any applicable law;\n"
		"2.  To develop products that compete with our Services.\n"
		"\n"
		"You also must not abuse or disrupt our Services.\n"
		"\n"
		"**4\\. Inputs and Outputs.**\n"
		"----------------------------\n"
		"\n"
		"Artificial intelligence is probabilistic. You acknowledge that:\n"
		"\n"
		"1.  Outputs may not always be accurate.\n"
		"\n"
		"Page 2\n"
		"\n"
		"2.  Actions may not be error free.\n"
		"\n"
		"**Our use of Materials.** We may use Materials to train our models.\n"
		"\n"
		"f. Cancellation. You may cancel within 14 days:\n"
		"\n"
		"1.  To cancel, you must inform us of your decision.\n"
		"\n"
		"g. App stores. Purchases through an app store follow its terms.\n",
		"3", "3", "3(1)", "3(2)", "3", "4", "4", "4(1)", "4", "4(2)", "4",
		"4(f)", "4(f)(1)", "4(g)");
	CLAUSES(f,
		"18. Specific Terms for Soundtrack\n"
		"\n"
		"1. Introduction; Your Agreement to these Terms\n"
		"\n"
		"PLEASE READ THESE TERMS OF SERVICE CAREFULLY.\n",
		"18", "1", "1");
	CLAUSES(f,
		"33. Closing. This clause ends the terms.\n"
		"\n"
		"Supplement to the Personal Terms\n"
		"\n"
		"1. What this supplement is about\n"
		"\n"
		"This is a supplement to the terms you agreed.\n",
		"33", NULL, "1", "1");   /* the title opens a document of its own */
}

/*
 * A clause headed by a line of its label and caption alone ("§ 13
 * Haftung", "Section 13. Liability", "Clause 13 Fees") numbers its
 * paragraphs afresh under it, as German, Austrian, Swiss, Polish, Dutch
 * and Nordic contracts are drafted: "1." right under it is 13(1).  A
 * bare "13. Liability" does so where the first clause did ("1. Subject"
 * / "1. ...") or a heading before it had its paragraphs so numbered;
 * alone it may head a document of its own (test above).  Not a list of
 * clauses whose captions run in ("1. Fees. The Customer ..."), nor "14."
 * after "13.", nor a "1." reading as a heading itself.
 */
static void test_paragraphs_numbered_under_a_heading(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"\xC2\xA7 12. Fees\n"
		"\n"
		"1. The Customer shall pay the fees.\n"
		"\n"
		"2. Fees are due in 30 days.\n"
		"\n"
		"\xC2\xA7 13. Liability\n"
		"\n"
		"1. The total liability of the Contractor shall not exceed the fees paid.\n"
		"\n"
		"2. The limit in paragraph 1 does not apply to wilful misconduct.\n",
		"12", "12(1)", "12(2)", "13", "13(1)", "13(2)");
	CLAUSES(f,
		"Section 13. Liability\n"
		"\n"
		"1. The total liability shall not exceed the fees.\n"
		"\n"
		"2. The limit does not apply to wilful misconduct.\n"
		"\n"
		"Clause 14 Term\n"
		"\n"
		"1. This Agreement runs for two years.\n",
		"13", "13(1)", "13(2)", "14", "14(1)");
	CLAUSES(f,
		"1. Subject\n"
		"\n"
		"1. The Contractor shall provide the Services.\n"
		"\n"
		"2. The Customer shall cooperate.\n"
		"\n"
		"2. Liability\n"
		"\n"
		"1. The total liability shall not exceed the fees.\n"
		"\n"
		"3. Term\n"
		"\n"
		"This Agreement runs for two years.\n",
		"1", "1(1)", "1(2)", "2", "2(1)", "3", "3");
	/* A Markdown heading carrying the keyword heads its paragraphs too. */
	CLAUSES(f,
		"## \xC2\xA7 3 Term\n"
		"\n"
		"1. This Agreement runs for two years.\n",
		"3", "3(1)");
	/*
	 * A Markdown heading labelled with a plain number heads its
	 * paragraphs as the plain line does; indented, they are no
	 * sub-clauses 2.1 of it.  A "1." with a caption of its own under it
	 * opens a numbering of its own.
	 */
	CLAUSES(f,
		"## 2. Liability\n"
		"\n"
		"1. The total liability of the Contractor shall not exceed the fees paid.\n"
		"\n"
		"2. The limit in paragraph 1 does not apply to wilful misconduct.\n"
		"\n"
		"## 3. Term\n"
		"\n"
		"   1. This Agreement runs for two years.\n",
		"2", "2(1)", "2(2)", "3", "3(1)");
	CLAUSES(f,
		"## 18. Specific Terms for Soundtrack\n"
		"\n"
		"1. Introduction. These terms apply to your use of Soundtrack.\n"
		"\n"
		"## 19. Other Terms\n"
		"\n"
		"1. Introduction\n",
		"18", "1", "19", "1");
	/*
	 * Under a keyword's heading line, paragraphs with captions of their
	 * own, run in ("1. LIABILITY CAP. The total ...", "1. DURATION
	 * This ...") or on a line of their own ("1. Duration" / its text),
	 * are its paragraphs all the same: a keyword heads no document of
	 * its own.
	 */
	CLAUSES(f,
		"\xC2\xA7 13 Liability\n"
		"\n"
		"1. LIABILITY CAP. The total liability shall not exceed the fees paid.\n"
		"\n"
		"2. EXCLUSIONS. The limit does not apply to wilful misconduct.\n"
		"\n"
		"Clause 14 Term\n"
		"\n"
		"1. Duration\n"
		"\n"
		"This Agreement runs for two years:\n"
		"\n"
		"(a) from signature; and\n"
		"\n"
		"(b) until terminated.\n"
		"\n"
		"2. Termination\n"
		"\n"
		"Either party may terminate for cause.\n"
		"\n"
		"Section 15. Final Provisions\n"
		"\n"
		"1. AMENDMENTS   Changes must be in writing.\n",
		"13", "13(1)", "13(2)", "14", "14(1)", "14(1)", "14(1)(a)", "14(1)(b)", "14(2)",
		"14(2)", "15", "15(1)");
	/* Captions run in, then one on a line of its own: still the same paragraphs. */
	CLAUSES(f,
		"\xC2\xA7 14 Term\n"
		"\n"
		"1. DURATION. This Agreement runs for two years.\n"
		"\n"
		"2. Termination\n"
		"\n"
		"Either party may terminate for cause.\n",
		"14", "14(1)", "14(2)", "14(2)");
	/* Captions run in: an ordinary list of clauses. */
	CLAUSES(f,
		"12. Fees. The Customer shall pay the fees.\n"
		"\n"
		"13. Liability. The total liability shall not exceed the fees.\n"
		"\n"
		"14. Term. This Agreement runs for two years.\n",
		"12", "13", "14");
	/* A caption and its next clause: no restart, nothing nests. */
	CLAUSES(f,
		"Section 13. Liability\n"
		"\n"
		"14. The total liability shall not exceed the fees.\n",
		"13", "14");
	/*
	 * A bare "13. Liability", with no evidence before it, over a "1."
	 * that states something: a paragraph, which a document's first
	 * clause under its caption is not; the paragraphs after it follow.
	 */
	CLAUSES(f,
		"12. Fees\n"
		"\n"
		"The Customer shall pay the fees monthly.\n"
		"\n"
		"13. Liability\n"
		"\n"
		"1. The total liability of the Contractor shall not exceed the fees paid.\n"
		"\n"
		"2. The limit in paragraph 1 does not apply to wilful misconduct.\n"
		"\n"
		"14. Term\n"
		"\n"
		"1. This Agreement runs for two years.\n",
		"12", "12", "13", "13(1)", "13(2)", "14", "14(1)");
	/*
	 * A "1." under it with a caption of its own, run in or alone, or
	 * stating nothing, opens a numbering of its own.
	 */
	CLAUSES(f,
		"18. Specific Terms for Soundtrack\n"
		"\n"
		"1. Introduction. These terms apply to your use of Soundtrack.\n"
		"\n"
		"2. Your Account. You must keep your password safe.\n",
		"18", "1", "2");
	CLAUSES(f,
		"18. Specific Terms for Soundtrack\n"
		"\n"
		"1. **Introduction.** These terms apply to your use of Soundtrack.\n",
		"18", "1");
	CLAUSES(f,
		"18. Specific Terms for Soundtrack\n"
		"\n"
		"1. Soundtrack, the music service for businesses, and its apps.\n",
		"18", "1");
}

/*
 * An unlabelled paragraph after a list of enumerations, at the column of
 * its items or left of it, is back in the clause that holds the list
 * ("7.2", not "7.2(c)"), unless the list goes on after it (an item of it
 * follows, so the paragraph was its last item's), the item before leads
 * on (a colon, a comma, a word: a sentence run across a page break), the
 * paragraph is indented into the item, or opens in lower case.
 */
static void test_paragraph_after_a_lettered_list(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"7.2 We may take measures against you if we determine that:\n"
		"\n"
		"(a) you may be in breach of these Terms;\n"
		"\n"
		"(b) your use disrupts the Services; or\n"
		"\n"
		"(c) you are in breach of the payment obligations under Section 6.\n"
		"\n"
		"We have the right to announce the results of the actions taken.\n"
		"\n"
		"7.3 Neither party shall bear consequential losses.\n",
		"7.2", "7.2(a)", "7.2(b)", "7.2(c)", "7.2", "7.3");
	CLAUSES(f,
		"3\\. Using Mistral AI Products\n"
		"-----------------------------\n"
		"\n"
		"**Restrictions.** You will not:\n"
		"\n"
		"(h) Integrate the Products with any products you offer;\n"
		"\n"
		"(i) Use experimental models for production.\xC2\xA0\n"
		"\n"
		"**Usage limitations.** Your use may be subject to rate limits.\n"
		"\n"
		"**APIs.** You may only use our APIs for your own needs.\n"
		"\n"
		"4\\. Your Data\n",
		"3", "3", "3(h)", "3(i)", "3", "3", "4");
	/* The list goes on after it: the paragraph is its item's. */
	CLAUSES(f,
		"5. Representations.\n"
		"\n"
		"(iv) The Company has filed all reports.\n"
		"\n"
		"(v) The Company has filed an application.\n"
		"\n"
		"The Bank has filed an application as well.\n"
		"\n"
		"Page 5\n"
		"\n"
		"(vi) The Company is in good standing.\n",
		"5", "5(iv)", "5(v)", "5(v)", "5(v)", "5(vi)");
	/* Indented into the item, run on from it, or led in by it. */
	CLAUSES(f,
		"2.2 Restrictions. Customer will not:\n"
		"\n"
		"    (a) copy the Software;\n"
		"\n"
		"    (b) sell the Software.\n"
		"\n"
		"        This includes any sublicence.\n"
		"\n"
		"(c) pay the greater of\n"
		"\n"
		"Page 3\n"
		"\n"
		"(d) notify the Provider of the following:\n"
		"\n"
		"The name of the buyer.\n"
		"\n"
		"(e) Definitions\n"
		"\n"
		"The terms below are defined.\n"
		"\n"
		"2.3 Fees.\n",
		"2.2", "2.2(a)", "2.2(b)", "2.2(b)", "2.2(c)", "2.2(c)", "2.2(d)", "2.2(d)",
		"2.2(e)", "2.2(e)", "2.3");
	/*
	 * Under a heading labelled as an enumeration ("**IX. Your Rights**"),
	 * the list ends at it: the paragraph after (c) is back in IX.
	 */
	CLAUSES(f,
		"**VIII. Children**\n"
		"\n"
		"Our Services are not directed to minors.\n"
		"\n"
		"**IX. Your Rights**\n"
		"\n"
		"*   (a) access your Personal Data;\n"
		"*   (b) erasure of your Personal Data; and/or\n"
		"*   (c) make a complaint to the data protection agency.\n"
		"\n"
		"You can exercise some of these rights through your account.\n"
		"\n"
		"**X. Updates**\n",
		"VIII", "VIII", "IX", "IX(a)", "IX(b)", "IX(c)", "IX", "X");
}

/*
 * A Markdown heading at the level of the heading over a number, where
 * the number's items go on after it ("Service-Specific Terms" / "13\."
 * / "Store" / "*   b. **Store.**"), sits inside the number: its items
 * are 13(b), 13(c).  Where a number or an item "a." follows, or nothing
 * is open under a heading of its level, the heading closes the number
 * ("Annex", after the last clause, opens an annex).
 */
static void test_heading_inside_a_numbered_clause(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"Warranties\n"
		"----------\n"
		"\n"
		"12\\. **Warranties.** We give none.\n"
		"\n"
		"Service-Specific Terms\n"
		"----------------------\n"
		"\n"
		"13\\. **Service-Specific Terms.** This section governs.\n"
		"\n"
		"Store\n"
		"-----\n"
		"\n"
		"*   b. **Store.** \"Store\" refers to a Service.\n"
		"    *   i. **Licence Terms.** We will identify the publisher.\n"
		"\n"
		"## Group Messaging\n"
		"\n"
		"*   c. **Group Messaging.** Various services send messages.\n"
		"\n"
		"Miscellaneous\n"
		"-------------\n"
		"\n"
		"14\\. **Miscellaneous.** This section survives.\n"
		"\n"
		"Annex\n"
		"-----\n"
		"\n"
		"*   a. **Scope.** The annex applies.\n",
		NULL, "12", NULL, "13", "13", "13(b)", "13(b)(i)", "13", "13(c)",
		NULL, "14", "Annex", "Annex(a)");
}

/*
 * A number glued to its title in emphasis is its label ("**2.4.Feedback.**"
 * is 2.4, not a paragraph of 2.3); a date or a version glued the same way
 * is none.
 */
static void test_number_glued_to_its_title(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"**2.3. Beta Products.** Mistral AI may make Beta Products available.\n"
		"\n"
		"**2.4.Feedback.** Customer may provide feedback to Mistral AI.\n"
		"\n"
		"**2.4.2020.** The date these terms took effect.\n"
		"\n"
		"**v1.2.Beta** is the version in use.\n",
		"2.3", "2.4", "2.4", "2.4");
}

/*
 * A letter and a number in a run ("A1." .. "A3." in a schedule) label
 * their items, not cited under the last clause before them; one alone
 * ("A1 Steak"), a word ("B2B") or a table's row ("S1 1 2 3") is prose.
 */
static void test_letter_number_labels(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"1. Termination. Customer may terminate on notice.\n"
		"\n"
		"2. Service levels. Corvane will keep the Product available.\n"
		"\n"
		"AI SCHEDULE\n"
		"\n"
		"A1. Models. The Product uses large language models.\n"
		"\n"
		"A2. Customer Content. Customer retains all rights in it.\n"
		"A3. Outputs. Customer owns the completions.\n"
		"\n"
		"S1 Support. Corvane will answer within a day.\n"
		"S2 Severity. Corvane will fix outages first.\n"
		"\n"
		"3. Notices. Notices are given in writing.\n"
		"\n"
		"A1 Steak is on the menu of the launch event.\n"
		"\n"
		"B2B sales are out of scope.\n"
		"\n"
		"S1 1 2 3\n"
		"\n"
		"S2 2 4 24\n",
		"1", "2", NULL, "A1", "A2", "A3", "S1", "S2", "3", "3", "3", "3", "3");
}

/*
 * Two or three capitals and a number in a run ("SC1." .. "SC3." under an
 * order form's special conditions) label their items as a letter does,
 * each its own paragraph though no blank line parts them; a run of
 * another prefix ("SC2" after "S1") does not go on with it, and one
 * alone or a longer acronym ("COVID19") is prose.
 */
static void test_capitals_number_labels(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"SPECIAL CONDITIONS\n"
		"SC1. Clause 7.3 of the Standard Terms does not apply.\n"
		"SC2. Provider shall not refer to Customer in publicity.\n"
		"SC3. Data is stored only in New Zealand.\n"
		"\n"
		"1. Services. Provider will provide the Platform.\n"
		"\n"
		"S1 Support. Provider will answer within a day.\n"
		"SC2 Severity. Provider will fix outages first.\n"
		"\n"
		"COVID19 Measures. Staff work from home.\n"
		"COVID20 Measures. Staff work from home.\n",
		NULL, "SC1", "SC2", "SC3", "1", "1", "1");
}

/*
 * A numbered line that states something ("2. Fees are due; late fees
 * apply", "3. Fees are due monthly") is a clause, not a heading over the
 * sub-clause after it, and that sub-clause is a paragraph of its own;
 * "4. No warranty; no indemnity" stays a heading.
 */
static void test_numbered_sentence_is_no_heading(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "2. Fees are due; late fees apply\n"
	      "2.1 Late fees accrue monthly.\n"
	      "3. Fees are due monthly\n"
	      "\n"
	      "3.1 Customer may dispute an invoice.\n"
	      "4. No warranty; no indemnity\n"
	      "4.1 The Service is provided as is.\n",
	      { 1, "2.", "2", 0, PARA_BODY, "2. Fees", "Fees" },
	      { 2, "2.1", "2.1", 1, PARA_BODY, "2.1 Late", "Late" },
	      { 3, "3.", "3", 0, PARA_BODY, "3. Fees", "Fees" },
	      { 5, "3.1", "3.1", 1, PARA_BODY, "3.1 Customer", "Customer" },
	      { 6, "4.", "4", 0, PARA_HEADING, "4. No", "No" },
	      { 7, "4.1", "4.1", 1, PARA_BODY, "4.1 The", "The" });
}

/*
 * A rider numbered with letters, a stop and a number ("AI.1", "DP.2",
 * "SCH.3") as a schedule's "A.1" is: each is a clause of its own, not
 * more of the body's last clause, and does not nest under it.  Prose
 * that puts a number after an abbreviation ("NO.5", "U.S. 1", "No. 5",
 * "Rev. 3", "e.g. 3") stays in the clause it is in.
 */
static void test_rider_letters_dot_number(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"9. Confidentiality. Seller keeps Buyer's data secret.\n"
		"\n"
		"10. GOVERNING LAW. This Order is governed by the laws of Michigan.\n"
		"\n"
		"AI RIDER - INSPECTION SYSTEM\n"
		"\n"
		"AI.1 Definitions. \"Images\" means images captured by the System.\n"
		"\n"
		"AI.2 Ownership. Buyer owns all Images.\n"
		"\n"
		"NO.5 Part numbers are listed on the face of the Order.\n"
		"\n"
		"AI.10 Export. Buyer may export Images at any time.\n"
		"\n"
		"DP.1 Processing. Seller processes personal data only on instructions.\n"
		"\n"
		"U.S. 1 Main Street is the delivery address, see No. 5 and Rev. 3.\n"
		"\n"
		"SCH.4 Fees. The fees are in the price list.\n",
		"9", "10", NULL, "AI.1", "AI.2", "AI.2", "AI.10", "DP.1", "DP.1", "SCH.4");
	CHECK(f,
	      "10. GOVERNING LAW. This Order is governed by the laws of Michigan.\n"
	      "\n"
	      "AI.1 Definitions. \"Images\" means images captured by the System.\n"
	      "\n"
	      "AI.2 Ownership. Buyer owns all Images.\n"
	      "\n"
	      "AI.2.1 Buyer may export Images at any time.\n",
	      { 1, "10.", "10", 0, PARA_BODY, "10. GOVERN", "GOVERNING" },
	      { 3, "AI.1", "AI.1", 0, PARA_BODY, "AI.1 Def", "Definitions" },
	      { 5, "AI.2", "AI.2", 0, PARA_BODY, "AI.2 Own", "Ownership" },
	      { 7, "AI.2.1", "AI.2.1", 1, PARA_BODY, "AI.2.1 Buyer", "Buyer" });
}

/*
 * A page flattened onto one line runs its clause numbers on after the
 * full stops ("... IN ADVANCE.18.2 EXCEPT", "Services.18\. Limitation"):
 * each that goes on with the clauses starts one.  Not after an initial
 * or a reference ("U.S.2.3", "No.3.1") nor a digit ("Section 10.10.3");
 * an exhibit's own "2\." after the last clause ends them: it and what
 * follows are in none.
 */
static void test_clause_numbers_glued_to_the_stop(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"Terms of Service\n"
		"\n"
		"These terms apply to you.1\\. Services.Subject to these Terms, Meta grants you "
		"access.2\\. Fees.2.1 Fees. You pay the fees.2.2 Taxes. You pay taxes in the "
		"U.S.2.3 Refunds. None are given, see No.3.1 Foo and the rule under Section "
		"10.10.3 Right to monitor.Exhibit ADisputes1\\. U.S. Claims. You agree to "
		"arbitrate.2\\. Claims Outside. Other courts decide.3\\. Disputes in the EU. EU "
		"courts decide.\n"
		"\n"
		"Data Security Terms\n"
		"\n"
		"Meta keeps data safe.\n",
		NULL, NULL, "1", "2", "2.1", "2.2", NULL, NULL, NULL, NULL);
}

/*
 * A heading word before its number, "Paragraph 2." or "Part 3", with the
 * heading on the same line: the line is a heading of its own and the
 * clause under it keeps its own number.  A reference in prose is none.
 */
static void test_heading_words_before_the_number(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"Paragraph 1. Definitions\n"
		"1.1 \"Data\" means all data supplied by the Customer.\n"
		"1.2 \"Model\" means the model.\n"
		"\n"
		"Paragraph 2. Roles and instructions\n"
		"2.1 The Customer is the controller of the Data.\n"
		"2.2 The Processor shall not use Data to train any model.\n"
		"\n"
		"Paragraph 2.2 shall survive termination of this Schedule.\n",
		"1", "1.1", "1.2", "2", "2.1", "2.2", "2.2");
}

/*
 * Numbers inserted by an amendment: "9A." after "9.", "9A.1", "12B.3",
 * "4.2A".  Each is a clause of its own; "3D printing" and "1.5M users"
 * are not numbers.
 */
static void test_inserted_clause_numbers(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"9. Liability\n"
		"9.1 The Supplier's liability is capped at the Fees.\n"
		"\n"
		"9A. Exit\n"
		"9A.1 The Supplier shall provide exit assistance for six months.\n"
		"9A.2 The Supplier may vary the Charges on notice.\n"
		"\n"
		"10. Data\n"
		"10.1 The Supplier shall keep Customer Data in the EEA.\n"
		"10.1A The Supplier shall not use Customer Data to train any model.\n"
		"10B.3 The Supplier shall delete Customer Data on termination.\n"
		"\n"
		"3D printing is out of scope.\n",
		"9", "9.1", "9A", "9A.1", "9A.2", "10", "10.1", "10.1A", "10B.3", "10B.3");
}

/* Loads `text` and expects each paragraph to start with the bytes given. */
static void check_starts(struct fixture *f, const char *text, const char *const *want,
			 size_t n)
{
	const struct document *d = &f->doc;
	size_t i;

	if (load(f, text, strlen(text)))
		fail_msg("load failed: %s", f->err.ptr);
	for (i = 0; i < d->npara; i++)
		print_message("  para %zu %.40s\n", i, d->text.ptr + d->paras[i].start);
	assert_int_equal(d->npara, n);
	for (i = 0; i < n; i++)
		assert_memory_equal(d->text.ptr + d->paras[i].start, want[i], strlen(want[i]));
}

#define STARTS(f, text, ...) do { \
		static const char *const want_[] = { __VA_ARGS__ }; \
		check_starts((f), (text), want_, ARRAY_SIZE(want_)); \
	} while (0)

/*
 * Fields of a form, a line each ("Training opt-out: [ ] ..."), then a
 * sentence that opens with a capital: it is a paragraph of its own, not
 * the last field's value run on.  A value wrapped onto a second line in
 * lower case stays with its field.
 */
static void test_sentence_after_form_fields(void **state)
{
	struct fixture *f = *state;

	STARTS(f,
	      "Customer: Acme Ltd\n"
	      "Region: eu-west\n"
	      "Training opt-out: [ ] Customer opts out of model improvement (tick to opt out)\n"
	      "This Order Form is governed by the Terms of Service below.\n"
	      "\n"
	      "Scope: the Supplier shall provide the services listed in the Statement of Work\n"
	      "and any related support services.\n"
	      "Fees: as set out in Schedule 2.\n",
	      "Customer: Acme", "Region: eu-west", "Training opt-out", "This Order Form",
	      "Scope: the Supplier", "Fees: as");
}

static void test_markdown(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "Commercial Terms\n"
	      "================\n"
	      "\n"
	      "A. Services\n"
	      "-----------\n"
	      "\n"
	      "A.1. **Overview.** Anthropic gives [Customer](https://x.example/c) access.\n"
	      "\n"
	      "## 2. Data\n"
	      "Intro text under the heading.\n"
	      "- **No training.** We do not train on Inputs.\n"
	      "* Outputs belong to Customer.\n"
	      "  continued on an indented line\n"
	      "\n"
	      "| Term | Meaning |\n"
	      "|------|---------|\n"
	      "| DPA  | Data Processing Addendum |\n"
	      "\n"
	      "***\n"
	      "### Plain heading\n"
	      "**3.1 Bold label.** Text.\n"
	      "\n"
	      "**7\\. Withdrawal**\n",
	      { 1, NULL, NULL, 0, PARA_HEADING, "Commercial", "Commercial" },
	      { 4, "A.", "A", 1, PARA_HEADING, "A. Services", "Services" },
	      { 7, "A.1.", "A.1", 3, PARA_BODY, "A.1. **Over", "**Overview.**" },
	      { 9, "2.", "2", 1, PARA_HEADING, "## 2. Data", "Data" },
	      { 10, NULL, "2", -1, PARA_BODY, "Intro", "Intro" },
	      { 11, NULL, "2", -1, PARA_LIST_ITEM, "- **No", "**No training" },
	      { 12, NULL, "2", -1, PARA_LIST_ITEM, "* Outputs", "Outputs" },
	      { 15, NULL, "2", -1, PARA_TABLE_CELL, "| Term", "| Term" },
	      { 17, NULL, "2", -1, PARA_TABLE_CELL, "| DPA", "| DPA" },
	      { 20, NULL, "2", 2, PARA_HEADING, "### Plain", "Plain heading" },
	      { 21, "3.1", "3.1", 4, PARA_BODY, "**3.1 Bold", "Bold label" },
	      { 23, "7\\.", "7", 3, PARA_HEADING, "**7\\.", "Withdrawal" });
	/* The list item spans its continuation line. */
	assert_int_equal(f->doc.paras[6].end - f->doc.paras[6].start,
			 strlen("* Outputs belong to Customer.\n  continued on an indented line"));
}

static void test_lines_and_offsets(void **state)
{
	struct fixture *f = *state;
	static const char text[] = "First line.\n\nThird line.\nFourth.";
	const struct document *d = &f->doc;

	assert_int_equal(LOAD(f, text), 0);
	assert_int_equal(d->nline, 4);
	assert_int_equal(document_line_at(d, 0), 1);
	assert_int_equal(document_line_at(d, 11), 1);   /* the '\n' */
	assert_int_equal(document_line_at(d, 12), 2);
	assert_int_equal(document_line_at(d, 13), 3);
	assert_int_equal(document_line_at(d, sizeof(text) - 2), 4);
	assert_int_equal(d->paras[1].source, 3);
	assert_int_equal(d->paras[1].start, 13);
	assert_int_equal(d->paras[1].end, sizeof(text) - 1);
	assert_int_equal(d->nsent, 3);
}

/* ---- the real corpora ----------------------------------------------------- */

static unsigned char *read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *data = NULL;
	size_t alloc = 0, n;

	*len = 0;
	if (!fp)
		return NULL;
	do {
		ALLOC_GROW(data, *len + 65536, alloc);
		n = fread(data + *len, 1, alloc - *len, fp);
		*len += n;
	} while (n);
	fclose(fp);
	return data;
}

static void check_invariants(const struct document *d, const char *path)
{
	size_t i;

	for (i = 0; i < d->npara; i++) {
		const struct paragraph *p = &d->paras[i];

		if (!(p->start <= p->body && p->body <= p->end && p->end <= d->text.len) ||
		    (i && d->paras[i - 1].end > p->start) || p->start == p->end)
			fail_msg("%s: paragraph %zu [%zu, %zu) body %zu out of order",
				 path, i, p->start, p->end, p->body);
		if (p->level < -1 || p->level > 8)
			fail_msg("%s: paragraph %zu level %d", path, i, p->level);
	}
	for (i = 0; i < d->nsent; i++) {
		const struct sentence *s = &d->sents[i];
		const struct paragraph *p = &d->paras[s->para];

		if (s->start >= s->end || s->start < p->start || s->end > p->end ||
		    (i && d->sents[i - 1].end > s->start))
			fail_msg("%s: sentence %zu [%zu, %zu) outside paragraph %zu [%zu, %zu)",
				 path, i, s->start, s->end, s->para, p->start, p->end);
	}
}

/* Loads every file under dir (recursively); returns how many. */
static size_t load_tree(struct fixture *f, const char *dir, const char *suffix)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	size_t n = 0;

	if (!dp)
		return 0;
	while ((de = readdir(dp))) {
		struct buf path = BUF_INIT;
		unsigned char *data;
		size_t len, nlen = strlen(de->d_name), slen = strlen(suffix);

		if (de->d_name[0] == '.')
			continue;
		buf_addf(&path, "%s/%s", dir, de->d_name);
		if (nlen < slen || strcmp(de->d_name + nlen - slen, suffix)) {
			n += load_tree(f, path.ptr, suffix);
			buf_release(&path);
			continue;
		}
		data = read_file(path.ptr, &len);
		assert_non_null(data);
		if (load(f, data, len))
			fail_msg("%s: %s", path.ptr, f->err.ptr);
		if (f->doc.text.len != len || memcmp(f->doc.text.ptr, data, len))
			fail_msg("%s: text differs from the file", path.ptr);
		assert_string_equal(f->doc.encoding, "utf-8");
		check_invariants(&f->doc, path.ptr);
		n++;
		free(data);
		buf_release(&path);
	}
	closedir(dp);
	return n;
}

static void test_cuad_corpus(void **state)
{
	struct fixture *f = *state;
	const char *dir = SHARED_DIR "/corpus/cuad/text";
	DIR *dp = opendir(dir);
	size_t n;

	if (!dp) {
		print_message("skipped: %s is absent\n", dir);
		skip();
	}
	closedir(dp);
	n = load_tree(f, dir, ".txt");
	print_message("  %zu CUAD contracts loaded byte for byte\n", n);
	assert_true(n > 0);
}

static void test_markdown_and_tos_corpora(void **state)
{
	struct fixture *f = *state;
	const char *ai = SHARED_DIR "/corpus/ai-terms", *tos = SHARED_DIR "/corpus/claudette/text";
	DIR *dp = opendir(ai);
	size_t n;

	if (!dp) {
		print_message("skipped: %s is absent\n", ai);
		skip();
	}
	closedir(dp);
	n = load_tree(f, ai, ".md");
	n += load_tree(f, tos, ".txt");
	print_message("  %zu terms documents loaded byte for byte\n", n);
	assert_true(n > 0);
}

/*
 * An unlabelled heading a blank line above the first sub-clause of a
 * clause ("Intellectual property" / "" / "2.1 ...") is a heading, and
 * closes what that clause closes: it cites none, not the "1.2" before it.
 * A running head, a confidentiality legend and a line over a plain
 * number ("Text Email" / "1. Receipt ...") stay prose; a heading whose
 * own number was not read ("10 GARDEN LEAVE") cites no clause "4" left
 * open below it, and a sentence in capitals stating a duty closes nothing.
 */
static void test_unlabelled_heading_after_a_blank(void **state)
{
	struct fixture *f = *state;

	CHECK(f,
	      "Definitions and interpretation\n"
	      "\n"
	      "1.1 In this Agreement words have their defined meanings.\n"
	      "\n"
	      "1.2 References to clauses are to clauses of this Agreement.\n"
	      "\n"
	      "Intellectual property\n"
	      "\n"
	      "2.1 The Customer owns all Input.\n"
	      "\n"
	      "2.2 As between the parties, the Customer owns all Output.\n"
	      "\n"
	      "Network Management Outsourcing Agreement\n"
	      "\n"
	      "3.1 The Supplier manages the network.\n"
	      "\n"
	      "IBM Confidential\n"
	      "\n"
	      "4.1 The Supplier keeps the records.\n"
	      "\n"
	      "Text Email\n"
	      "\n"
	      "1. Receipt of email announcement.\n"
	      "\n"
	      "The user reads it.\n"
	      "\n"
	      "Liability\n"
	      "\n"
	      "5.1 Neither party limits its liability for fraud.\n",
	      { 1, NULL, NULL, -1, PARA_HEADING, "Definitions", "Definitions" },
	      { 3, "1.1", "1.1", 1, PARA_BODY, "1.1 In", "In" },
	      { 5, "1.2", "1.2", 1, PARA_BODY, "1.2 References", "References" },
	      { 7, NULL, NULL, -1, PARA_HEADING, "Intellectual", "Intellectual" },
	      { 9, "2.1", "2.1", 1, PARA_BODY, "2.1 The", "The" },
	      { 11, "2.2", "2.2", 1, PARA_BODY, "2.2 As", "As" },
	      { 13, NULL, "2.2", -1, PARA_BODY, "Network", "Network" },
	      { 15, "3.1", "3.1", 1, PARA_BODY, "3.1 The", "The" },
	      { 17, NULL, "3.1", -1, PARA_BODY, "IBM", "IBM" },
	      { 19, "4.1", "4.1", 1, PARA_BODY, "4.1 The", "The" },
	      { 21, NULL, "4.1", -1, PARA_BODY, "Text Email", "Text Email" },
	      { 23, "1.", "4.1(1)", 2, PARA_BODY, "1. Receipt", "Receipt" },
	      { 25, NULL, "4.1", -1, PARA_BODY, "The user", "The user" },
	      { 27, NULL, NULL, -1, PARA_HEADING, "Liability", "Liability" },
	      { 29, "5.1", "5.1", 1, PARA_BODY, "5.1 Neither", "Neither" });
	CLAUSES(f,
		"4. Fees\n"
		"\n"
		"4.1 The Customer pays the fees.\n"
		"\n"
		"10 GARDEN LEAVE\n"
		"\n"
		"10.1 The Company may place you on garden leave.\n"
		"\n"
		"10.2 The Company may:\n"
		"(a) suspend you; or\n"
		"(b) exclude you.\n"
		"\n"
		"YOU SHALL TAKE ADEQUATE MEASURES TO REDUCE DAMAGE\n"
		"\n"
		"10.3 Garden leave ends with the notice period.\n",
		"4", "4.1", NULL, "10.1", "10.2", "10.2(a)", "10.2(b)", "10.2", "10.3");
}

/*
 * A clause number typed without its stop: "4 FEES." (blanks, then a
 * title in capitals), "5.INSTALLATION" (glued), "CLAUSE TWO - SERVICE
 * LEVELS" (a number word), "ARTICLE - 7 TERM" (a dash), read where it
 * goes on from the clause before it.  Not a number that does not ("9
 * OTHERWISE, ..." after 5, a page's number run into a line), nor a
 * title with a figure, a duty or a legend in it, nor a line in lower
 * case.
 */
static void test_number_without_its_stop(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"3.3 The Supplier delivers the Software.\n"
		"\n"
		"4       FEES.\n"
		"\n"
		"Corio pays the fees in Exhibit B.\n"
		"\n"
		"5.INSTALLATION SUPPORT\n"
		"\n"
		"5.1 The Supplier installs the Software.\n"
		"\n"
		"9         OTHERWISE, INCLUDING THE IMPLIED WARRANTIES OF\n"
		"\n"
		"6 TOTAL 1,200\n"
		"\n"
		"6 THE SUPPLIER SHALL PAY\n"
		"\n"
		"6 IBM CONFIDENTIAL\n"
		"\n"
		"6 months after the date\n"
		"\n"
		"6 TRADEMARKS\n"
		"\n"
		"6.1 Neither party uses the other's marks.\n",
		"3.3", "4", "4", "5", "5.1", "5.1", "5.1", "5.1", "5.1", "5.1", "6", "6.1");
	CLAUSES(f,
		"CLAUSE ONE - PURPOSE\n"
		"\n"
		"1.1. The Supplier provides the Assistant.\n"
		"\n"
		"CLAUSE TWO - SERVICE LEVELS\n"
		"\n"
		"2.1. The Assistant is available 99.7% of each month.\n"
		"\n"
		"CLAUSE FOUR - PRICE\n"
		"\n"
		"ARTICLE - 3 TERM\n"
		"\n"
		"3.1 This Agreement lasts two years.\n",
		"1", "1.1", "2", "2.1", NULL, "ARTICLE 3", "3.1");
}

/*
 * A number without its stop over the first clause under it, on the next
 * line or over a blank one: "6 Rights" / "6.1 ...", "3 Data protection",
 * "12 Term and Termination", "6 Term and termination." -- a heading in title or sentence case, and
 * the clauses under it cite 6.1, not the clause before it.  Not where
 * "N.1" does not follow, nor a line that states a duty ("5 Fees are due."),
 * runs on in lower case ("2 weeks after delivery"), leads on or does not
 * go on from the clause before it.
 */
static void test_title_over_first_clause(void **state)
{
	struct fixture *f = *state;
	struct buf path;

	CLAUSES(f,
		"4.2 The Supplier tests the System.\n"
		"\n"
		"5 Installation\n"
		"5.1 The Supplier installs the System.\n"
		"5.2 The Supplier trains the staff.\n"
		"\n"
		"6 Rights\n"
		"6.1 The Supplier grants the Operator a licence.\n"
		"\n"
		"7 Data protection\n"
		"\n"
		"7.1. The Supplier processes data on instructions.\n",
		"4.2", "5", "5.1", "5.2", "6", "6.1", "7", "7.1");
	buf_init(&path, 0);
	document_heading_path(&f->doc, 5, &path);
	assert_string_equal(path.ptr, "6 Rights");
	buf_release(&path);
	/* With no blank line: after a clause that ends, not one that runs on. */
	CLAUSES(f,
		"1 Scope\n"
		"1.1 The Seller supplies the service in Annex 1.\n"
		"2 Prices and payment\n"
		"2.1 The Buyer pays the fees in thirty days of the invoice\n"
		"3 Data Protection\n"
		"3.1 The Seller keeps the data safe.\n",
		"1", "1.1", "2", "2.1");
	/* A heading left open does not head a clause of another number. */
	CLAUSES(f,
		"1 Supply\n"
		"1.1 The Supplier supplies the goods.\n"
		"\n"
		"2 Quality and safety\n"
		"2.1 The Supplier keeps a safety programme.\n"
		"\n"
		"5 Fees are due.\n"
		"\n"
		"5.1 The Customer pays monthly.\n"
		"\n"
		"6 Term and termination.\n"
		"\n"
		"6.1 Either party may terminate on notice.\n",
		"1", "1.1", "2", "2.1", "2.1", "5.1", "6", "6.1");
	buf_init(&path, 0);
	document_heading_path(&f->doc, 3, &path);
	assert_string_equal(path.ptr, "2 Quality and safety");
	buf_reset(&path);
	document_heading_path(&f->doc, 5, &path);
	assert_string_equal(path.ptr, "");
	buf_reset(&path);
	document_heading_path(&f->doc, 7, &path);
	assert_string_equal(path.ptr, "6 Term and termination");
	buf_release(&path);
	CLAUSES(f,
		"1 General\n"
		"1.1 The Supplier delivers the System within:\n"
		"\n"
		"2 weeks after the order\n"
		"\n"
		"2.1 The Customer pays the fees.\n"
		"\n"
		"3 Fees are due monthly\n"
		"3.1 The Customer pays the invoice.\n"
		"\n"
		"9 Warranty\n"
		"9.1 The Supplier warrants the System.\n"
		"\n"
		"4 Warranty\n"
		"\n"
		"The Supplier warrants the System.\n",
		"1", "1.1", "1.1", "2.1", "2.1", "2.1", "2.1", "2.1");
}

/*
 * Clauses numbered by ordinal words, as contracts drafted in Spanish
 * number them: "FIRST. PURPOSE.", "SECOND.- PRICE", "TWENTY-FIRST.
 * JURISDICTION", "Third:", "CLAUSE FOURTH.", "FIFTH CLAUSE.-", cited as
 * the word is written ("FOURTH", "FIFTH": the contract cites "the Fifth
 * Clause", and no figure appears in it).  Not prose that opens on one ("First, the Supplier shall",
 * "Second Party shall", "SECOND PARTY:"), nor a line in lower case.
 */
static void test_ordinal_word_clauses(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"DECLARATIONS\n"
		"\n"
		"I. THE PROVIDER declares that:\n"
		"a) It is a company.\n"
		"\n"
		"CLAUSES\n"
		"\n"
		"FIRST. PURPOSE. THE PROVIDER develops the Assistant.\n"
		"\n"
		"First, the Supplier shall host it.\n"
		"\n"
		"SECOND.- PRICE. THE CLIENT pays the fee.\n"
		"\n"
		"Second Party shall pay on time.\n"
		"\n"
		"Third: Term. The agreement lasts three years.\n"
		"\n"
		"CLAUSE FOURTH. SECURITY. THE PROVIDER keeps the data safe.\n"
		"\n"
		"FIFTH CLAUSE.- DATA. THE PROVIDER processes the data.\n"
		"\n"
		"a) only on instructions.\n"
		"\n"
		"TWENTY-FIRST. JURISDICTION. The courts of Mexico City.\n",
		NULL, "I", "I(a)", NULL, "FIRST", "FIRST", "SECOND", "SECOND", "Third",
		"FOURTH", "FIFTH", "FIFTH(a)", "TWENTY-FIRST");
}

/*
 * An ordinal compound written with a space ("TWENTY FIRST.") is one
 * clause number, given in the hyphened form its citations take; a dash
 * may stand for the blank after the stop ("FIRST.-PURPOSE").  Prose
 * still is not one ("First, the Supplier", "First Party shall",
 * "TWENTY PERCENT.").
 */
static void test_ordinal_word_spaced_and_glued(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"CLAUSES\n"
		"\n"
		"FIRST.-PURPOSE. THE PROVIDER develops the Assistant.\n"
		"\n"
		"First, the Supplier shall host it.\n"
		"\n"
		"First Party shall pay on time.\n"
		"\n"
		"SECOND.-PRICE. THE CLIENT pays the fee.\n"
		"\n"
		"TWENTY FIRST. JURISDICTION. The courts of Mexico City.\n"
		"\n"
		"TWENTY PERCENT. Of the fee is due now.\n"
		"\n"
		"Twenty Second: Notices. Notices are in writing.\n",
		NULL, "FIRST", "FIRST", "FIRST", "SECOND", "TWENTY-FIRST", "TWENTY-FIRST",
		"Twenty-Second");
}

/*
 * Definitions one a line without a blank between them, quoted or not,
 * after a lead-in or a heading with a number or none, are one paragraph
 * each: '"Customer Data" means ...', "Adapters means ...".  Not a line of
 * prose that says what something means ("This means that ..."), nor one
 * after a line cut short.
 */
static void test_definitions_one_a_line(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"DEFINITIONS\n"
		"\"Customer Data\" means all data the Customer supplies.\n"
		"\"Model\" means the trained model.\n"
		"This means that the Model is the vendor's.\n"
		"\n"
		"2. Definitions\n"
		"In this Module:\n"
		"Adapters means the adapters trained on Bank Data.\n"
		"Bank Data means all data supplied by the Bank, as the Bank Data is set out in the\n"
		"Order Form means nothing here.\n",
		NULL, NULL, NULL, "2", "2", "2", "2");
}

/*
 * A numbered heading closed by a gloss in brackets ("4. Operational risk
 * (CPS 230)") or made of two titles split by a semicolon ("11. No
 * warranty; no indemnity") is a heading over the sub-clause after it, not
 * one paragraph with it.  A line that is a sentence and runs on to a
 * number goes on ("5. The fees are payable under" / "5.1 of the Order").
 */
static void test_heading_with_gloss_or_semicolon(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"4. Operational risk (CPS 230)\n"
		"4.1 The Contractor must keep a business continuity plan.\n"
		"\n"
		"11. No warranty; no indemnity\n"
		"11.1 THE TOOL IS PROVIDED AS IS.\n"
		"\n"
		"12. The Customer shall pay the fees (as set out in the\n"
		"12.1 Order Form) on time.\n",
		"4", "4.1", "11", "11.1", "12");
}

/*
 * A number in emphasis of its own without its stop, before a title in
 * emphasis ("**2.1** **Licence to us.**", "**5** **Fees.**"), is the
 * clause's label; without the title in emphasis it is none ("**2.1**
 * million").
 */
static void test_emphasised_number_without_its_stop(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"**2.** **Your Content.**\n"
		"\n"
		"You retain all rights in your Content.\n"
		"\n"
		"**2.1** **Licence to us.** You grant us a licence to host it.\n"
		"\n"
		"**3** **Fees.** You pay the fees in your plan.\n"
		"\n"
		"**3.1** units are billed monthly.\n"
		"\n"
		"__4__ __Liability.__ Our liability is capped.\n",
		"2", "2", "2.1", "3", "3", "4");
}

/*
 * A title with no label naming an order form, a schedule, an annex or an
 * exhibit after the body's last clause opens an annex: what follows it
 * cites it, not the last clause ("ORDER FORM" / "Customer: ..." / "A.
 * ...").  Not a caption the body's numbering goes on after ("SERVICE
 * SCHEDULE" / "3. ..."), nor a list of them ("SCHEDULES", "EXHIBIT
 * LIST"), nor a title inside an annex ("PRICING SCHEDULE" in the order
 * form, "SERVICE LEVEL SCHEDULE" under 'EXHIBIT "B"') but one opening
 * with the word ('EXHIBIT "B"').  A title with a dash is cited up to it.
 */
static void test_annex_title_without_a_label(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"1. Services\n"
		"\n"
		"1.1 We provide the Services.\n"
		"\n"
		"SERVICE SCHEDULE\n"
		"\n"
		"2. Disputes\n"
		"\n"
		"2.1 These terms are governed by the laws of California.\n"
		"\n"
		"SCHEDULES\n"
		"\n"
		"ORDER FORM\n"
		"\n"
		"Customer: Brightmoor Games Ltd\n"
		"\n"
		"Data use terms\n"
		"\n"
		"A. Voice Data is used only to run the Services.\n"
		"\n"
		"B. We will not train on Voice Data.\n"
		"\n"
		"PRICING SCHEDULE\n"
		"\n"
		"Signed for Timbrely, Inc.\n",
		"1", "1.1", NULL, "2", "2.1", "2.1", "ORDER FORM", "ORDER FORM", "ORDER FORM",
		"ORDER FORM(A)", "ORDER FORM(B)", "ORDER FORM", "ORDER FORM");
	CLAUSES(f,
		"1. Services\n"
		"\n"
		"1.1 The Contractor provides the Services.\n"
		"\n"
		"SCHEDULE \"A\" - DEFINITIONS\n"
		"\n"
		"(a) \"Affiliate\" means a controlled entity.\n"
		"\n"
		"EXHIBIT \"B\"\n"
		"\n"
		"SERVICE LEVEL SCHEDULE\n"
		"\n"
		"(a) Uptime is 99.9%.\n"
		"\n"
		"EXHIBIT LIST\n",
		"1", "1.1", "SCHEDULE \"A\"", "SCHEDULE \"A\"(a)", "EXHIBIT \"B\"",
		"EXHIBIT \"B\"", "EXHIBIT \"B\"(a)", "EXHIBIT \"B\"(a)");
}

/*
 * A schedule in parts: "Part A - Core Services" and "Part B - Optional
 * Services", each a blank line above its "1.", are headings.  The list
 * under Part B starts afresh ("SCHEDULE 1, 1", not an item of Part A's
 * "2."), and Part B is in the schedule, not in that "2.".
 */
static void test_schedule_in_parts(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"1. Services\n"
		"\n"
		"1.1 The Supplier shall provide the Services described in Schedule 1.\n"
		"\n"
		"SCHEDULE 1\n"
		"SERVICES\n"
		"\n"
		"Part A - Core Services\n"
		"\n"
		"1. The Supplier shall host the Model in the United Kingdom.\n"
		"\n"
		"2. The Supplier shall provide access to the API.\n"
		"\n"
		"Part B - Optional Services\n"
		"\n"
		"1. Fine-tuning of the Model on Customer Data.\n"
		"\n"
		"SCHEDULE 2\n"
		"SERVICE LEVELS\n"
		"\n"
		"1. Availability\n"
		"\n"
		"The API shall be available 99.9% of the time.\n",
		"1", "1.1", "SCHEDULE 1", "SCHEDULE 1", "SCHEDULE 1, 1", "SCHEDULE 1, 2",
		"SCHEDULE 1", "SCHEDULE 1, 1", "SCHEDULE 2", "SCHEDULE 2, 1", "SCHEDULE 2, 1");
	assert_int_equal(f->doc.paras[6].kind, PARA_HEADING);
}

/*
 * Headings numbered in roman numerals or capitals ("**II. Disclosure**")
 * with a list numbered from 1 under each: the numbers are the heading's
 * items, cited "II(1)", and the next heading ("III.") follows "II", not
 * the list's last number.  A number that goes on from the list before
 * it is a clause of its own.
 */
static void test_numbers_under_lettered_headings(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"**I. Collection**\n"
		"\n"
		"We collect the data you give us.\n"
		"\n"
		"**II. Disclosure**\n"
		"\n"
		"We may disclose your data to:\n"
		"\n"
		"1.  our group companies;\n"
		"2.  our service providers.\n"
		"\n"
		"**III. Transfers**\n"
		"\n"
		"1.  We store personal data in Singapore.\n"
		"2.  We transfer personal data under safeguards.\n"
		"\n"
		"**IV. Retention**\n"
		"\n"
		"We keep data while the account is open.\n",
		"I", "I", "II", "II", "II(1)", "II(2)", "III", "III(1)", "III(2)", "IV", "IV");
	CLAUSES(f,
		"A. PURPOSE\n"
		"\n"
		"1. The Supplier shall provide the Services.\n"
		"\n"
		"B. FEES\n"
		"\n"
		"2. The Customer shall pay the Fees.\n",
		"A", "A(1)", "B", "2");
}

/*
 * A flattened page runs an article's heading on after the clause before
 * it ("... final award.   ARTICLE - 20 FORCE MAJEURE   No Party ..."),
 * and the article's prose on after its title, past a wide gap: the
 * heading is a paragraph of its own and the prose is in its article.
 * Not a heading that is no next article, nor one whose words are prose.
 */
static void test_unstopped_heading_run_on(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"18.4 Each Party shall keep the information confidential.\n"
		"\n"
		"  ARTICLE - 19 ARBITRATION   19.1   Difference: Disputes will be settled"
		" amicably.   19.2   Arbitration: Disputes shall be settled in London."
		"   ARTICLE - 20 FORCE MAJEURE   No Party shall be liable for delays"
		" beyond its control.\n"
		"\n"
		"  ARTICLE - 21 WAIVER   Failure or delay by a party shall not affect"
		" its rights.   ARTICLE - 22 SEVERABILITY   If any provision is unlawful,"
		" it shall be severed.\n"
		"\n"
		"  ARTICLE - 24 MISCELLANEOUS   English shall be used in all notices."
		" Disputes go to the courts named in ARTICLE - 23 NOTICES   above.\n",
		"18.4", "ARTICLE 19", "19.1", "19.2", "ARTICLE 20", "ARTICLE 20", "ARTICLE 21",
		"ARTICLE 21", "ARTICLE 22", "ARTICLE 22", "ARTICLE 22");
}

/*
 * The testimonium ends the clauses: it and the signature block after it
 * are in no clause, and a list in the block ("WITNESS:" / "1.") is no
 * item of the last clause.  A schedule labelled with a dash before its
 * id ("SCHEDULE - A") opens an annex, cited "SCHEDULE A".
 */
static void test_testimonium_and_dashed_schedule(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"25. NOTICES\n"
		"\n"
		"25.1 Notices shall be in writing.\n"
		"\n"
		"25.2 Notices by fax are received when sent.\n"
		"\n"
		"IN WITNESS WHEREOF, the Parties have executed this Agreement.\n"
		"\n"
		"ACME LIMITED     WITNESS:\n"
		"\n"
		"1.\n"
		"\n"
		"/s/ Jane Roe\n"
		"\n"
		"SCHEDULE - A  Description of the Products\n"
		"\n"
		"1. The Mobile Clinic is supplied with its equipment.\n"
		"\n"
		"2. The price of the Mobile Clinic may change on notice.\n",
		"25", "25.1", "25.2", NULL, NULL, "1", "1", "SCHEDULE A", "SCHEDULE A, 1",
		"SCHEDULE A, 2");
}

/*
 * Inside an annex, a title ending on "Schedule" opens the next annex
 * where the paragraph after it names it ("This Compensation Schedule is
 * attached ..."); a heading in the annex that does not ("PAYMENT
 * SCHEDULE" over the annex's own prose) opens none.
 */
static void test_second_schedule_names_itself(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"1. The Reseller may market the Portals.\n"
		"\n"
		"2. Either party may terminate on notice.\n"
		"\n"
		"LICENSE RESELLING SCHEDULE\n"
		"\n"
		"Resellers receive a commission on all sales.\n"
		"\n"
		"PAYMENT SCHEDULE\n"
		"\n"
		"Commissions are paid monthly.\n"
		"\n"
		"COMPENSATION SCHEDULE\n"
		"\n"
		"This Compensation Schedule is attached to the Reseller Agreement.\n"
		"\n"
		"1. MediaNet shall remit 20% of the price of each Portal.\n",
		"1", "2", "LICENSE RESELLING SCHEDULE", "LICENSE RESELLING SCHEDULE",
		"LICENSE RESELLING SCHEDULE", "LICENSE RESELLING SCHEDULE", "COMPENSATION SCHEDULE",
		"COMPENSATION SCHEDULE", "COMPENSATION SCHEDULE, 1");
}

/*
 * Items numbered in three groups opening on a lower-case word ("4.1.4
 * each Party's ...") are labels (a quantity has at most two: "1.5
 * million"); roman items go on past (xxxix): "(xl)", "(xliv)", and
 * "(l)" after "(xlix)" is fifty, after "(k)" a letter.
 */
/*
 * General conditions amended by special ones: "SCC 5.2 replaces GCC 5.2:",
 * "SCC 7.2 is added:", "GCC Clause 5.3 is amended to read:", "Special
 * Condition 4.1:" and "SC 4.2:" are clauses cited by their own names; "SCC
 * 5.2 shall apply." and "GCC 5.2 is deleted." (no lead-in to a colon) and
 * a lower-case "sc 4" are not.
 */
static void test_special_conditions(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"5. Data\n"
		"\n"
		"5.2 The Contractor shall process data only on instructions.\n"
		"\n"
		"SCC 5.2 replaces GCC 5.2: The Contractor may use data to train models.\n"
		"\n"
		"SCC 7.2 is added: Liquidated damages are 0.1% a day.\n"
		"\n"
		"SCC 5.2 shall apply to all data.\n"
		"\n"
		"GCC Clause 5.3 is amended to read: The Contractor shall keep data confidential.\n"
		"\n"
		"Special Condition 4.1: The Contractor shall host the Service locally.\n"
		"\n"
		"SC 4.2: Invoices are payable within thirty (30) days.\n"
		"\n"
		"sc 4 is a code.\n",
		"5", "5.2", "SCC 5.2", "SCC 7.2", "SCC 7.2", "GCC 5.3", "Special Condition 4.1",
		"SC 4.2", "SC 4.2");
}

static void test_deep_numbers_and_long_romans(void **state)
{
	struct fixture *f = *state;

	CLAUSES(f,
		"4.1 The Parties agree that:\n"
		"\n"
		"4.1.1 this Agreement sets out the fields of use;\n"
		"\n"
		"4.1.2 each Party's liability is limited as set out in Section 9.\n"
		"\n"
		"1.5 million units are ordered each year.\n"
		"\n"
		"5. The Company represents that:\n"
		"\n"
		"(xxxix) it holds all permits;\n"
		"\n"
		"(xl) it has paid its taxes;\n"
		"\n"
		"(xliv) it carries insurance in such amounts as are customary.\n"
		"\n"
		"(xlix) it keeps its books;\n"
		"\n"
		"(l) it complies with the law;\n"
		"\n"
		"(li) it has no debts.\n"
		"\n"
		"6. The Agent represents that:\n"
		"\n"
		"(k) it is licensed;\n"
		"\n"
		"(l) it complies with the law.\n",
		"4.1", "4.1.1", "4.1.2", "4.1.2", "5", "5(xxxix)", "5(xl)", "5(xliv)", "5(xlix)",
		"5(l)", "5(li)", "6", "6(k)", "6(l)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
		T(test_utf8_kept_byte_for_byte),
		T(test_utf8_bom_dropped),
		T(test_utf16le_bom),
		T(test_utf16be_bom),
		T(test_utf16_without_bom_sniffed),
		T(test_utf16_lone_surrogate_replaced),
		T(test_utf16_nul_is_binary),
		T(test_cp1252_converted),
		T(test_latin1_converted),
		T(test_cp1252_undefined_bytes_replaced),
		T(test_mostly_utf8_keeps_utf8),
		T(test_surrogates_and_overlongs_replaced),
		T(test_bom_file_never_cp1252),
		T(test_crlf_and_cr),
		T(test_binary_rejected),
		T(test_census_finds_bytes_anywhere),
		T(test_control_share_boundary),
		T(test_stray_control_tolerated),
		T(test_size_limit),
		T(test_paragraph_limit),
		T(test_whitespace_only_is_no_text),
		T(test_blank_lines_and_wrapped_prose),
		T(test_checkbox_lines),
		T(test_page_break_inside_sentence),
		T(test_page_break_limit),
		T(test_numbered_clauses),
		T(test_letter_i_after_h),
		T(test_false_labels_in_wrapped_prose),
		T(test_title_line),
		T(test_heading_with_body_keeps_label),
		T(test_articles_and_sections),
		T(test_order_form_after_the_terms),
		T(test_caption_then_prose),
		T(test_inline_clauses_on_one_line),
		T(test_citation_is_no_inline_label),
		T(test_recitals_after_a_heading),
		T(test_numbered_heading_in_sentence_case),
		T(test_heading_line_over_its_clause),
		T(test_keyword_dash_heading_over_its_clause),
		T(test_schedule_part_and_bare_table),
		T(test_markdown_table_of_clauses),
		T(test_article_number_in_brackets),
		T(test_heading_line_over_its_clause_after_a_blank),
		T(test_heading_with_commas_over_its_clause),
		T(test_keyword_heading_with_commas_over_its_clause),
		T(test_section_heading_with_commas_over_its_clause),
		T(test_unlabelled_heading_line_over_its_clause),
		T(test_unlabelled_heading_after_a_blank),
		T(test_number_without_its_stop),
		T(test_title_over_first_clause),
		T(test_ordinal_word_clauses),
		T(test_ordinal_word_spaced_and_glued),
		T(test_definitions_one_a_line),
		T(test_heading_with_gloss_or_semicolon),
		T(test_emphasised_number_without_its_stop),
		T(test_annex_title_without_a_label),
		T(test_schedule_in_parts),
		T(test_numbers_under_lettered_headings),
		T(test_unstopped_heading_run_on),
		T(test_testimonium_and_dashed_schedule),
		T(test_second_schedule_names_itself),
		T(test_special_conditions),
		T(test_deep_numbers_and_long_romans),
		T(test_form_fields_a_line_each),
		T(test_capitals_form_fields_a_line_each),
		T(test_contents_with_redacted_titles),
		T(test_annex_listed_without_a_page),
		T(test_contents_with_pages_glued_to_titles),
		T(test_contents_column_header),
		T(test_annexes_listed_under_a_heading_after_contents),
		T(test_contents_closes_a_clause_in_place_of_another),
		T(test_contents_page),
		T(test_contents_closes_what_it_opened),
		T(test_contents_flattened_onto_one_line),
		T(test_contents_by_the_headings_it_lists),
		T(test_annex_headings_in_other_languages),
		T(test_nested_numbered_list),
		T(test_list_restarting_inside_a_clause),
		T(test_paragraphs_numbered_under_a_heading),
		T(test_numbers_after_bullets),
		T(test_paragraph_after_a_lettered_list),
		T(test_number_glued_to_its_title),
		T(test_letter_number_labels),
		T(test_capitals_number_labels),
		T(test_rider_letters_dot_number),
		T(test_numbered_sentence_is_no_heading),
		T(test_letters_after_bullets),
		T(test_typographic_bullets),
		T(test_heading_inside_a_numbered_clause),
		T(test_clause_numbers_glued_to_the_stop),
		T(test_heading_words_before_the_number),
		T(test_inserted_clause_numbers),
		T(test_sentence_after_form_fields),
		T(test_document_appended_after_the_last_clause),
		T(test_markdown),
		T(test_lines_and_offsets),
		T(test_cuad_corpus),
		T(test_markdown_and_tos_corpora),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * view: the Markdown syntax the view leaves out of a Markdown text, and
 * keeps in a plain one, with offsets that still land on the original bytes.
 * test_engine covers the rest of the view (white space, quotes, "No. 3",
 * links, substitutions).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "text_load.h"
#include "view.h"

struct md {
	struct document doc;
	struct view view;
};

/* `text` loaded as a text file would be, and its view. */
static void md_init(struct md *m, const char *text)
{
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct buf err = BUF_INIT;

	document_init(&m->doc, "t.md");
	if (text_load(&m->doc, (const unsigned char *)text, strlen(text), &opt, &err))
		fail_msg("text_load: %s", err.ptr);
	buf_release(&err);
	m->view = (struct view)VIEW_INIT;
	view_build(&m->view, &m->doc, NULL, 0);
}

static void md_release(struct md *m)
{
	view_release(&m->view);
	document_release(&m->doc);
}

/* The view of the sentence whose original text opens with `orig`. */
static const char *view_of(const struct md *m, const char *orig, size_t *len)
{
	size_t si, n = strlen(orig);

	for (si = 0; si < m->doc.nsent; si++)
		if (m->doc.sents[si].end - m->doc.sents[si].start >= n &&
		    !strncmp(m->doc.text.ptr + m->doc.sents[si].start, orig, n)) {
			*len = m->view.sent_end[si] - m->view.sent_start[si];
			return m->view.text.ptr + m->view.sent_start[si];
		}
	fail_msg("no sentence opens with '%s'", orig);
	return NULL;
}

static void assert_view(const struct md *m, const char *orig, const char *want)
{
	size_t len = 0;
	const char *s = view_of(m, orig, &len);

	if (len != strlen(want) || memcmp(s, want, len))
		fail_msg("'%s' reads as '%.*s', want '%s'", orig, (int)len, s, want);
}

/*
 * Where `word` of the view (its first occurrence) maps back to: its start
 * and end must be those of `orig_word` in the original, the n-th after
 * the text's start.
 */
static void assert_maps(const struct md *m, const char *word, const char *orig_word)
{
	const char *v = strstr(m->view.text.ptr, word);
	const char *o = strstr(m->doc.text.ptr, orig_word);
	size_t at;

	assert_non_null(v);
	assert_non_null(o);
	at = (size_t)(v - m->view.text.ptr);
	assert_int_equal(view_to_orig_start(&m->view, at), (size_t)(o - m->doc.text.ptr));
	assert_int_equal(view_to_orig_end(&m->view, at + strlen(word)),
			 (size_t)(o - m->doc.text.ptr) + strlen(orig_word));
}

static const char terms_md[] =
	"# Terms of Service\n"
	"\n"
	"## 1\\. Your Content\n"
	"\n"
	"We *do not* use your **Content** to train our models, see our [Usage Policies](https://example.com/policies).\n"
	"\n"
	"Customer Data (**\"Customer Data\"**) means data you submit; oai\\_user\\_id and file_name_x stay names.\n"
	"\n"
	"*   We keep logs<br>for 30 days&nbsp;and then delete them &amp; their copies.\n"
	"\n"
	"| Purpose | Data |\n"
	"| --- | --- |\n"
	"| To provide the Services | Content<br><br>Logs |\n"
	"\n"
	"Ages under 18 are not allowed; see https://example.com/<property-id> and \\*the notice\\*.\n";

static void test_markdown_is_told_from_content(void **state)
{
	static const char *const plain[] = {
		/* An EDGAR exhibit: redactions, a lone "# # #", numbered clauses. */
		"1. Fees. Customer shall pay [***] percent ([***]%) of Net Sales.\n"
		"2. Term. This Agreement **shall** renew for two years.\n"
		"# # #\n",
		/* A form with blanks and a ASCII diagram of pipes and dashes. */
		"Name: ________________\n"
		"      |  ---------  |\n"
		"Signature: __________\n",
	};
	struct md m;
	size_t i;

	(void)state;
	md_init(&m, terms_md);
	assert_true(m.doc.markdown);
	md_release(&m);
	/* Headings alone, two of them, or escaped clause numbers. */
	md_init(&m, "## Data\nWe do not train.\n## Liability\nNone.\n");
	assert_true(m.doc.markdown);
	md_release(&m);
	md_init(&m, "1\\. Data. We do not train.\n2\\. Liability. None.\n");
	assert_true(m.doc.markdown);
	md_release(&m);
	for (i = 0; i < sizeof(plain) / sizeof(plain[0]); i++) {
		md_init(&m, plain[i]);
		assert_false(m.doc.markdown);
		md_release(&m);
	}
	/* One heading is no sign: "# 1 Scope" may be typed by hand. */
	md_init(&m, "# 1 Scope\nThe Vendor shall not train models on Customer Data.\n");
	assert_false(m.doc.markdown);
	md_release(&m);
}

static void test_markdown_syntax_left_out(void **state)
{
	struct md m;

	(void)state;
	md_init(&m, terms_md);
	assert_view(&m, "# Terms", "Terms of Service");
	assert_view(&m, "## 1\\.", "1. Your Content");
	assert_view(&m, "We *do not*",
		    "We do not use your Content to train our models, see our Usage Policies.");
	assert_view(&m, "Customer Data (",
		    "Customer Data (\"Customer Data\") means data you submit; "
		    "oai_user_id and file_name_x stay names.");
	/* A bullet is no emphasis; a line break is a space, an entity its character. */
	assert_view(&m, "*   We keep",
		    "* We keep logs for 30 days and then delete them & their copies.");
	/* A table's cells, and the lines of a cell, are sentences of their own. */
	assert_view(&m, "To provide", "To provide the Services");
	assert_view(&m, "Content", "Content");
	assert_view(&m, "Logs", "Logs");
	/* A placeholder in angle brackets is no tag; escapes are their character. */
	assert_view(&m, "Ages under",
		    "Ages under 18 are not allowed; see https://example.com/<property-id> "
		    "and *the notice*.");
	md_release(&m);
}

static void test_markdown_maps_back(void **state)
{
	struct md m;

	(void)state;
	md_init(&m, terms_md);
	/* Words after dropped markers start and end on their own bytes. */
	assert_maps(&m, "do not use", "do not* use");
	assert_maps(&m, "Content to train", "Content** to train");
	assert_maps(&m, "Usage Policies.", "Usage Policies](https://example.com/policies).");
	assert_maps(&m, "Your Content", "Your Content");
	assert_maps(&m, "logs for 30", "logs<br>for 30");
	assert_maps(&m, "them & their", "them &amp; their");
	assert_maps(&m, "oai_user_id", "oai\\_user\\_id");
	/* A match that begins at a dropped marker's word starts past the marker. */
	{
		const char *v = strstr(m.view.text.ptr, "\"Customer Data\")");
		const char *o = strstr(m.doc.text.ptr, "\"Customer Data\"**)");

		assert_int_equal(view_to_orig_start(&m.view, (size_t)(v - m.view.text.ptr)),
				 (size_t)(o - m.doc.text.ptr));
	}
	md_release(&m);
}

/* The sentence holding the original bytes of `orig` (its first occurrence), whole. */
static void assert_sentence(const struct md *m, const char *orig)
{
	const char *o = strstr(m->doc.text.ptr, orig);
	size_t at, si;

	assert_non_null(o);
	at = (size_t)(o - m->doc.text.ptr);
	si = document_sentence_at(&m->doc, at);
	if (si == (size_t)-1 || m->doc.sents[si].start != at ||
	    m->doc.sents[si].end != at + strlen(orig))
		fail_msg("'%s' is no sentence of its own", orig);
}

/*
 * A table row is a record, not a sentence: each cell, and each line of a
 * cell broken with "<br>", is read alone, without the pipes, the tags or
 * the blanks at its edges, and an escaped pipe stays in its cell.  Rules
 * then quote the cell and never read from one cell into the next.
 */
static void test_table_cells_are_sentences(void **state)
{
	static const char table_md[] =
		"## Why we use your data\n"
		"\n"
		"| Purpose | Data | Basis |\n"
		"|---|---|---|\n"
		"| To train our models. We do not sell it | Your Input<br>Your Feedback.&nbsp;<br/> | Consent\xC2\xA0|\n"
		"| Yes \\| No | Logs<BR />Usage data | |\n"
		"Text after the table.\n";
	struct md m;

	(void)state;
	md_init(&m, table_md);
	assert_true(m.doc.markdown);
	assert_sentence(&m, "Purpose");
	assert_sentence(&m, "Basis");
	assert_sentence(&m, "To train our models.");
	assert_sentence(&m, "We do not sell it");
	assert_sentence(&m, "Your Input");
	assert_sentence(&m, "Your Feedback.");
	assert_sentence(&m, "Consent");
	assert_sentence(&m, "Yes \\| No");
	assert_sentence(&m, "Logs");
	assert_sentence(&m, "Usage data");
	assert_sentence(&m, "Text after the table.");
	assert_int_equal(m.doc.nsent, 13);
	assert_view(&m, "Yes", "Yes | No");
	assert_maps(&m, "Your Feedback.", "Your Feedback.");
	assert_maps(&m, "Usage data", "Usage data");
	md_release(&m);
	/* In a plain text a row stays one sentence, as before. */
	md_init(&m, "1. Fees. None.\n| Fee | Due<br>monthly |\n2. Term. None.\n");
	assert_false(m.doc.markdown);
	assert_sentence(&m, "| Fee | Due<br>monthly |");
	md_release(&m);
}

/*
 * Markdown escapes the stop of a number that would read as a list: in a
 * link's text, after emphasis or in a heading it is a clause number, and
 * no sentence ends at it.  A stop after a number that is not escaped
 * still ends one.
 */
static void test_escaped_number_ends_nothing(void **state)
{
	struct md m;

	(void)state;
	md_init(&m, "## Contents\n"
		    "*   [1\\. Misleading Activities](#misleading-activities)\n"
		    "*   See [**2\\. Illegal Activities**](https://example.com/aup#illegal) for more.\n"
		    "\n"
		    "**3\\. Use of our Services.** You must be 18. We do not train on it.\n");
	assert_true(m.doc.markdown);
	assert_sentence(&m, "*   [1\\. Misleading Activities](#misleading-activities)");
	assert_view(&m, "*   See", "* See 2. Illegal Activities for more.");
	assert_sentence(&m, "**3\\. Use of our Services.**");
	assert_sentence(&m, "You must be 18.");
	assert_view(&m, "You must", "You must be 18.");
	md_release(&m);
}

/*
 * An image, linked or not, is no word of a clause, nor is its alt text:
 * it goes with a blank beside it, and the words around it map back to
 * their own bytes.
 */
static void test_images_left_out(void **state)
{
	struct md m;

	(void)state;
	md_init(&m, "## Help\n"
		    "Below the response, select More ![](//example.com/icon=h36) and then Report.\n"
		    "\n"
		    "Gemini is hosted by the app ![Google app](https://example.com/a.png).\n"
		    "\n"
		    "[![Certified by Example](https://example.com/badge?id=1)](https://example.com/portal)  \n"
		    "powered by Example\n"
		    "\n"
		    "Wow! We do not sell data.\n");
	assert_true(m.doc.markdown);
	assert_view(&m, "Below", "Below the response, select More and then Report.");
	assert_view(&m, "Gemini", "Gemini is hosted by the app.");
	assert_view(&m, "[![", "powered by Example");
	assert_view(&m, "Wow", "Wow!");
	assert_maps(&m, "More and then", "More ![](//example.com/icon=h36) and then");
	assert_maps(&m, "app.", "app ![Google app](https://example.com/a.png).");
	md_release(&m);
}

/* In a plain text the same bytes are text: only bold's "**" and links go. */
static void test_plain_text_keeps_them(void **state)
{
	struct md m;

	(void)state;
	md_init(&m, "1. Fees. Customer pays [***] of *net* sales_ & costs &amp; taxes<br> under 1\\.2.\n"
		    "2. Term. None.\n");
	assert_false(m.doc.markdown);
	assert_view(&m, "Customer pays",
		    "Customer pays [***] of *net* sales_ & costs &amp; taxes<br> under 1\\.2.");
	md_release(&m);
}

/*
 * Asterisks that mark no emphasis are words of the text: a redaction
 * ("[***] days' notice", "$[**]", "[*****]"), a legend between three of
 * them, a footnote's mark with a space on both sides.  Bold ("**Term.**",
 * "**Customer**s") still goes, in plain text as in Markdown.
 */
static void test_redaction_marks_kept(void **state)
{
	struct md m;

	(void)state;
	md_init(&m, "1. Term. Either party may terminate on [***] days' notice.\n"
		    "2. Fees. Customer pays $[**] per unit and [*****] per site.\n"
		    "3. Cap. The cap is *** dollars.\n"
		    "4. Notice. See note ** below; the [ ** ] rate applies.\n"
		    "5. Licence. **General Cap:** the **Customer**s fees.\n"
		    "\n"
		    "***Confidential Treatment Requested***\n");
	assert_false(m.doc.markdown);
	assert_view(&m, "Either party", "Either party may terminate on [***] days' notice.");
	assert_view(&m, "Customer pays", "Customer pays $[**] per unit and [*****] per site.");
	assert_view(&m, "The cap", "The cap is *** dollars.");
	assert_view(&m, "See note", "See note ** below; the [ ** ] rate applies.");
	assert_view(&m, "***Confidential", "***Confidential Treatment Requested***");
	assert_view(&m, "**General Cap", "General Cap: the Customers fees.");
	assert_maps(&m, "[***] days", "[***] days");
	md_release(&m);

	md_init(&m, "## Term\n"
		    "Either party may end it on [***] days' notice, or [*] if so agreed.\n"
		    "## Fees\n"
		    "**(a)** We charge [**] per seat, ***not*** more; ***** marks a blank.\n");
	assert_true(m.doc.markdown);
	assert_view(&m, "Either party",
		    "Either party may end it on [***] days' notice, or [*] if so agreed.");
	assert_view(&m, "**(a)**",
		    "(a) We charge [**] per seat, not more; ***** marks a blank.");
	md_release(&m);
}

/*
 * Contractions are spelt out, so that patterns written for "will not" read
 * "won't"; possessives and quotes are left as they are.
 */
static void test_contractions_spelt_out(void **state)
{
	struct md m;

	(void)state;
	md_init(&m, "We'll use your Inputs, and we won't sell them.\n\n"
		    "You\xE2\x80\x99re responsible; we don\xE2\x80\x99t review them.\n\n"
		    "Customer's data isn't shared, and the vendors' 'Content' can't be.\n\n"
		    "Don't rely on Outputs; I'm sure it's fine and they'd agree.\n\n"
		    "Shan't, Won't and Can't open these.\n");
	assert_view(&m, "We'll", "We will use your Inputs, and we will not sell them.");
	assert_view(&m, "You", "You are responsible; we do not review them.");
	assert_view(&m, "Customer's",
		    "Customer's data is not shared, and the vendors' 'Content' cannot be.");
	assert_view(&m, "Don't", "Do not rely on Outputs; I am sure it's fine and they'd agree.");
	assert_view(&m, "Shan't", "Shall not, Will not and Cannot open these.");
	/* A match on the spelt-out words maps back to the contraction. */
	assert_maps(&m, "will not", "won't");
	assert_maps(&m, " are", "\xE2\x80\x99re");
	md_release(&m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_markdown_is_told_from_content),
		cmocka_unit_test(test_markdown_syntax_left_out),
		cmocka_unit_test(test_markdown_maps_back),
		cmocka_unit_test(test_table_cells_are_sentences),
		cmocka_unit_test(test_escaped_number_ends_nothing),
		cmocka_unit_test(test_images_left_out),
		cmocka_unit_test(test_plain_text_keeps_them),
		cmocka_unit_test(test_redaction_marks_kept),
		cmocka_unit_test(test_contractions_spelt_out),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

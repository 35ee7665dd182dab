/*
 * sentence_shape: the text a rule reads for a sentence, seen directly.
 * test_engine shows what the engine finds through it; here is what an
 * item reads as, and where its offsets go back to.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <stdio.h>

#include "sentence_shape.h"
#include "text_load.h"
#include "xalloc.h"

struct lines {
	struct document doc;
	struct view view;
	struct buf joined;
};

/* `text` read one paragraph per line, and its view with no substitutions. */
static void lines_init(struct lines *l, const char *text)
{
	const char *p = text, *nl;

	document_init(&l->doc, "t.txt");
	buf_addstr(&l->doc.text, text);
	for (; *p; p = *nl ? nl + 1 : nl) {
		nl = strchr(p, '\n');
		if (!nl)
			nl = p + strlen(p);
		if (nl > p)
			document_add_paragraph(&l->doc, PARA_BODY, (size_t)(p - text),
					       (size_t)(nl - text));
	}
	document_finish(&l->doc);
	l->view = (struct view)VIEW_INIT;
	view_build(&l->view, &l->doc, NULL, 0);
	buf_init(&l->joined, 0);
}

static void lines_release(struct lines *l)
{
	buf_release(&l->joined);
	view_release(&l->view);
	document_release(&l->doc);
}

/* The sentence that opens with `start`. */
static size_t sentence_at(const struct lines *l, const char *start)
{
	size_t si, n = strlen(start);

	for (si = 0; si < l->doc.nsent; si++)
		if (!strncmp(l->view.text.ptr + l->view.sent_start[si], start, n))
			return si;
	fail_msg("no sentence opens with '%s'", start);
	return 0;
}

static void assert_subject(struct lines *l, const char *item, const char *want,
			   size_t want_label)
{
	size_t si = sentence_at(l, item), len, lead, label;
	const char *s = shape_item_subject(&l->view, &l->doc, si, &l->joined,
					   &len, &lead, &label);
	const char *body = strstr(want, item + want_label);

	if (len != strlen(want) || memcmp(s, want, len))
		fail_msg("'%s' reads as '%.*s', want '%s'", item, (int)len, s, want);
	assert_int_equal(label, want_label);
	/* The lead-in ends where the item's words begin in the joined text. */
	assert_int_equal(lead, want_label ? (size_t)(body - want) : 0);
	/* A match from the lead-in maps to the item's label; from the item, into it. */
	assert_int_equal(shape_subject_to_view(&l->view, si, 0, lead, label),
			 l->view.sent_start[si]);
	assert_int_equal(shape_subject_to_view(&l->view, si, len, lead, label),
			 l->view.sent_end[si]);
}

static void test_items_read_with_chained_lead_ins(void **state)
{
	struct lines l;

	(void)state;
	lines_init(&l,
		   "The Provider shall not:\n"
		   "(a) use Customer Data to:\n"
		   "(i) train models; or\n"
		   "(ii) profile users.\n"
		   "(b) sell it.\n"
		   "Nothing else applies.\n"
		   "(c) stands alone.\n");
	assert_subject(&l, "(i) train", "The Provider shall not use Customer Data to "
		       "train models; or", 4);
	assert_subject(&l, "(ii) profile", "The Provider shall not use Customer Data to "
		       "profile users.", 5);
	assert_subject(&l, "(b) sell", "The Provider shall not sell it.", 4);
	/* A sentence that closes as a sentence does is no lead-in. */
	assert_subject(&l, "(c) stands", "(c) stands alone.", 0);
	assert_subject(&l, "Nothing else", "Nothing else applies.", 0);
	lines_release(&l);
}

/*
 * A lead-in whose items run on in its own sentence opens the list they
 * start: a numbered clause after "(i) ...; and (ii) ..." is the next
 * clause, not one more item; an "(iii)" in a sentence of its own still is.
 */
static void test_inline_list_keeps_its_kind(void **state)
{
	struct lines l;

	(void)state;
	lines_init(&l,
		   "Provider will retain Content as needed: (i) to provide the Services; and (ii) for security review.\n"
		   "5. Standard Services. When you use them, the following terms apply:\n"
		   "Provider may use Content as follows: (i) to provide the Services; or (ii) to secure them;\n"
		   "(iii) to train models.\n");
	assert_subject(&l, "5. Standard", "5. Standard Services.", 0);
	assert_subject(&l, "(iii) to train", "Provider may use Content as follows to train models.", 6);
	lines_release(&l);
}

/*
 * Items of several sentences each: the later sentences of an item are
 * passed over like the item, so the tenth item still reads on from the
 * lead-in.  A later sentence ending in a colon leads its own item's
 * sub-items; one whose items run on after its colon ("based upon: (i)
 * ...; or (ii) ...") leads only those, never a later sibling.  A
 * bullet of a word processor ("\u2022", "\u25E6", "\u25AA", "\u00B7") is a
 * label as "-" is.
 */
static void test_items_of_several_sentences(void **state)
{
	static const char *const labels[] = {
		"- ", "* ", "(a) ", "1. ",
		/* the bullets of word processors and PDF converters */
		"\xE2\x80\xA2 ", "\xE2\x97\xA6 ", "\xE2\x96\xAA ", "\xC2\xB7 ",
	};
	struct lines l;
	size_t k;

	(void)state;
	for (k = 0; k < ARRAY_SIZE(labels); k++) {
		struct buf t, item, want;
		int i;

		buf_init(&t, 0);
		buf_init(&item, 0);
		buf_init(&want, 0);
		buf_addstr(&t, "8. Security.\n\nIn the event of a breach, the Processor shall:\n\n");
		for (i = 0; i < 12; i++) {
			char lab[8];

			if (labels[k][0] == '(')
				snprintf(lab, sizeof(lab), "(%c) ", 'a' + i);
			else if (labels[k][0] == '1')
				snprintf(lab, sizeof(lab), "%d. ", i + 1);
			else
				snprintf(lab, sizeof(lab), "%s", labels[k]);
			buf_addf(&t, "%sTake step %d now. The step is recorded. Records are kept.\n\n",
				   lab, i);
			if (i == 10) {
				buf_addf(&item, "%sTake step %d now.", lab, i);
				buf_addf(&want, "In the event of a breach, the Processor shall "
					   "Take step %d now.", i);
			}
		}
		buf_addstr(&t, "9. Term.\n");
		lines_init(&l, t.ptr);
		assert_subject(&l, item.ptr, want.ptr, strlen(labels[k][0] == '(' ? "(k) " :
							      labels[k][0] == '1' ? "11. " : labels[k]));
		assert_subject(&l, "The step is", "The step is recorded.", 0);
		lines_release(&l);
		buf_release(&t);
		buf_release(&item);
		buf_release(&want);
	}
	lines_init(&l,
		   "The Consultant shall indemnify the Company:\n"
		   "(a) for claims. Each claim is notified.\n"
		   "(b) for losses arising out of or based upon: (i) any breach; or (ii) any violation of law. "
		   "The defence is assumed. Costs are paid.\n"
		   "(c) for fines. The Company shall:\n"
		   "(i) give notice.\n"
		   "(d) for fees. This Section shall survive.\n");
	assert_subject(&l, "(d) for fees", "The Consultant shall indemnify the Company for fees.", 4);
	assert_subject(&l, "(i) give", "The Company shall give notice.", 4);
	lines_release(&l);
}

static void test_what_is_not_a_clause(void **state)
{
	struct lines l;

	(void)state;
	lines_init(&l,
		   "12. SOURCE CODE ESCROW\n"
		   "3.5 Residual knowledge. Nothing in this Agreement restricts the Provider.\n"
		   "Customer owns outputs.\n"
		   "THE SERVICES ARE PROVIDED AS IS.\n"
		   "(3) Amendments require written form. Sentence 1 also applies to this clause.\n"
		   "TEXAS LAW GOVERNS THIS AGREEMENT.\n"
		   "14. LAW THAT GOVERNS\n"
		   "16. Certain Provisions to Survive Termination.\n");
	assert_true(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "12. SOURCE")));
	assert_true(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "3.5 Residual")));
	assert_false(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "Nothing in")));
	assert_false(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "Customer owns")));
	assert_false(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "THE SERVICES")));
	/* A plural subject and a plain verb: a clause, though short and first. */
	assert_false(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "(3) Amendments")));
	/* A verb that states a term, with a stop: a clause in capitals, not a heading. */
	assert_false(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "TEXAS LAW")));
	assert_true(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "14. LAW THAT")));
	/* In a title's capitals the verb names the clause: still a caption. */
	assert_true(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "16. Certain")));
	lines_release(&l);
}

static void test_label_line_with_value_is_a_clause(void **state)
{
	struct lines l;

	(void)state;
	lines_init(&l,
		   "Governing Law: England and Wales\n"
		   "Hosting Region: European Union (Frankfurt)\n"
		   "12. Data Residency: Australia\n"
		   "Part 2: Services\n"
		   "Schedule 3: Service Levels\n");
	/* Order-form label lines state a term: the rules read them. */
	assert_false(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "Governing Law: E")));
	assert_false(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "Hosting Region")));
	assert_false(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "12. Data Residency")));
	/* A part of the document captioned with a colon, a label alone: captions. */
	assert_true(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "Part 2")));
	assert_true(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "Schedule 3")));
	lines_release(&l);
	lines_init(&l, "Governing Law\n\nThese terms are governed by the laws of Ireland.\n");
	assert_true(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "Governing Law")));
	lines_release(&l);
	lines_init(&l, "Governing Law:\n\nThese terms are governed by the laws of Ireland.\n");
	assert_true(shape_not_a_clause(&l.view, &l.doc, sentence_at(&l, "Governing Law")));
	lines_release(&l);
}

static void test_options_and_notes_are_no_terms(void **state)
{
	struct lines l;

	(void)state;
	lines_init(&l,
		   "  - [ ] Provider will indemnify Customer.\n"
		   "[x] Provider will indemnify Customer.\n"
		   "[NTD] Confirm the cap.\n"
		   "Note to drafter - confirm the cap.\n"
		   "The note to drafter was removed.\n");
	assert_true(shape_unticked_option(&l.doc, 0));
	assert_false(shape_unticked_option(&l.doc, 1));
	assert_false(shape_drafting_note(&l.doc, 1));
	assert_true(shape_drafting_note(&l.doc, 2));
	assert_true(shape_drafting_note(&l.doc, 3));
	assert_false(shape_drafting_note(&l.doc, 4));
	lines_release(&l);
}

/*
 * A duty with no subject, under a heading that says whose duties follow,
 * names the heading's party as written: "OF PARTY B", "of the Supplier",
 * "THE SUPPLIER'S", "Party B's rights and obligations".  Not "To the
 * extent ...", not under a heading that names no party.
 */
static void test_duties_under_a_party_heading(void **state)
{
	static const struct {
		const char *heading, *duty, *party;
		size_t open;
		int negated;
	} cases[] = {
		{ "9. RIGHTS AND OBLIGATIONS OF PARTY B", "9.1 To supply the Software.",
		  "PARTY B", 7, 0 },
		{ "9. Duties and responsibilities of the Supplier", "9.1 Not to disclose data.",
		  "the Supplier", 11, 1 },
		{ "9. THE SUPPLIER'S OBLIGATIONS", "(a) to keep records.", "THE SUPPLIER", 7, 0 },
		{ "9. Party B's rights and obligations", "9.1 To keep records.", "Party B", 7, 0 },
		{ "9. OBLIGATIONS OF PARTY B", "9.1 To the extent permitted, it may act.", NULL, 0, 0 },
		{ "9. OBLIGATIONS OF PARTY B", "9.1 Party B shall act.", NULL, 0, 0 },
		{ "9. OBLIGATIONS OF THE VENDOR",
		  "9.1 To ensure compliance with law, the Customer shall obtain consents.",
		  NULL, 0, 0 },
		{ "9. OBLIGATIONS OF THE VENDOR", "9.1 To keep records, in writing, for a year.",
		  "THE VENDOR", 7, 0 },
		{ "9. OBLIGATIONS OF THE SUPPLIER UNDER THIS AGREEMENT", "9.1 To keep records.",
		  "THE SUPPLIER UNDER THIS", 7, 0 },
		{ "9. WARRANTY", "9.1 To supply the Software.", NULL, 0, 0 },
	};
	struct load_options opt = LOAD_OPTIONS_INIT;
	size_t c;

	(void)state;
	for (c = 0; c < ARRAY_SIZE(cases); c++) {
		struct document doc;
		struct view v = VIEW_INIT;
		struct buf err = BUF_INIT, text = BUF_INIT;
		const char *party = NULL;
		size_t si, open = 0, party_len = 0;
		int negated = -1, got;

		buf_addf(&text, "%s\n\n%s\n", cases[c].heading, cases[c].duty);
		document_init(&doc, "t.txt");
		assert_int_equal(text_load(&doc, (const unsigned char *)text.ptr, text.len,
					   &opt, &err), 0);
		view_build(&v, &doc, NULL, 0);
		si = doc.nsent - 1;
		got = shape_duty_heading(&v, &doc, si, &open, &negated, &party, &party_len);
		if (got != (cases[c].party != NULL))
			fail_msg("'%s' under '%s': %d", cases[c].duty, cases[c].heading, got);
		if (got) {
			if (party_len != strlen(cases[c].party) ||
			    memcmp(party, cases[c].party, party_len))
				fail_msg("'%s': party '%.*s', want '%s'", cases[c].heading,
					 (int)party_len, party, cases[c].party);
			assert_int_equal(open, cases[c].open);
			assert_int_equal(negated, cases[c].negated);
		}
		view_release(&v);
		document_release(&doc);
		buf_release(&err);
		buf_release(&text);
	}
}

/* What an unticked option adds with a colon is the option; what follows it is not. */
static void test_text_an_unticked_option_brings_in(void **state)
{
	struct lines l;

	(void)state;
	lines_init(&l,
		   "[    ]\tThe following is added to the end of Section 8.1:\n"
		   "However, the Provider's liability will not be more than $1,000.\n"
		   "The Provider's liability will not be more than $5,000.\n"
		   "[ x ] The following is added to the end of Section 9:\n"
		   "The Provider may use Customer Data to train models.\n"
		   "[ ] The cap is $10.\n"
		   "The Provider may use Customer Data to train models.\n");
	assert_true(shape_unticked_option(&l.doc, 0));
	assert_true(shape_unticked_option(&l.doc, 1));
	assert_false(shape_unticked_option(&l.doc, 2));
	assert_false(shape_unticked_option(&l.doc, 4));
	assert_false(shape_unticked_option(&l.doc, 6));
	lines_release(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_items_read_with_chained_lead_ins),
		cmocka_unit_test(test_inline_list_keeps_its_kind),
		cmocka_unit_test(test_items_of_several_sentences),
		cmocka_unit_test(test_what_is_not_a_clause),
		cmocka_unit_test(test_label_line_with_value_is_a_clause),
		cmocka_unit_test(test_options_and_notes_are_no_terms),
		cmocka_unit_test(test_text_an_unticked_option_brings_in),
		cmocka_unit_test(test_duties_under_a_party_heading),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

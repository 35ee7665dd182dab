#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "document.h"
#include "xalloc.h"

/*
 * Builds a one-paragraph document from `text`; `label` (may be NULL) is
 * the marker the paragraph opens with, as a loader would record it.
 */
static void one_paragraph(struct document *doc, const char *text, const char *label)
{
	struct paragraph *p;

	document_init(doc, "t.txt");
	buf_addstr(&doc->text, text);
	p = document_add_paragraph(doc, PARA_BODY, 0, strlen(text));
	if (label) {
		size_t n = strlen(label);

		assert_memory_equal(text, label, n);
		p->label = arena_strdup(&doc->arena, label);
		p->level = 0;
		while (text[n] == ' ')
			n++;
		p->body = n;
	}
	document_finish(doc);
}

struct seg_case {
	const char *label;
	const char *text;
	const char *sentences[6];   /* NULL-terminated */
};

/*
 * Sentences quoted from the corpora in ../shared (CUAD, the AI terms) or
 * shaped like them; each case states where the boundaries must fall.
 */
static const struct seg_case seg_cases[] = {
	{ NULL, "This e-business Hosting Agreement (\"Agreement\") between "
		"International Business Machines Corporation (\"IBM\") and Bluefly, "
		"Inc. (\"Customer\"), IBM will provide Web hosting and related "
		"services (\"Services\") to Customer. Each party agrees.",
	  { "This e-business Hosting Agreement (\"Agreement\") between "
	    "International Business Machines Corporation (\"IBM\") and Bluefly, "
	    "Inc. (\"Customer\"), IBM will provide Web hosting and related "
	    "services (\"Services\") to Customer.", "Each party agrees." } },
	{ NULL, "\"Purchase\" means the purchase of at least one Distributor imaging "
		"product (e.g., CT, MR, PET-CT) and at least one System. i.e. not two.",
	  { "\"Purchase\" means the purchase of at least one Distributor imaging "
	    "product (e.g., CT, MR, PET-CT) and at least one System. i.e. not two." } },
	{ NULL, "Restrictive Trade Practices or Boycotts, U.S. Code of Federal "
		"Regulations Title 15, Chapter VII, Part 760. Foreign Corrupt "
		"Practices Act, U.S. Code Title 15, \xc2\xa7 78.",
	  { "Restrictive Trade Practices or Boycotts, U.S. Code of Federal "
	    "Regulations Title 15, Chapter VII, Part 760.",
	    "Foreign Corrupt Practices Act, U.S. Code Title 15, \xc2\xa7 78." } },
	{ NULL, "The Sales Force shall be trained in compliance with Sec. 1128B(b) "
		"of the Social Security Act. Art. 3 GDPR applies. See No. 5 above.",
	  { "The Sales Force shall be trained in compliance with Sec. 1128B(b) "
	    "of the Social Security Act.", "Art. 3 GDPR applies.", "See No. 5 above." } },
	{ NULL, "The parties agree: \"Time is of the essence.\" Each party shall "
		"perform. It is the \xe2\x80\x9c" "Fee.\xe2\x80\x9d Then (see above.) More.",
	  { "The parties agree: \"Time is of the essence.\"", "Each party shall perform.",
	    "It is the \xe2\x80\x9c" "Fee.\xe2\x80\x9d", "Then (see above.)", "More." } },
	{ NULL, "Definitions ........ 5 Term ........ 7. The Licensee shall not ... "
		"Assign it.",
	  { "Definitions ........ 5 Term ........ 7.",
	    "The Licensee shall not ... Assign it." } },
	/* "etc." and company suffixes end a sentence only before a plain word. */
	{ NULL, "Winners win money via time breakers, timing of inputting answers "
		"etc. Competitor platforms pay out an average of a few dollars.",
	  { "Winners win money via time breakers, timing of inputting answers etc.",
	    "Competitor platforms pay out an average of a few dollars." } },
	{ NULL, "This Agreement is made with Acme, Inc. Each party shall perform. "
		"Bank: China Merchants Bank Co. Ltd. Shenzhen branch pays.",
	  { "This Agreement is made with Acme, Inc.", "Each party shall perform.",
	    "Bank: China Merchants Bank Co. Ltd.", "Shenzhen branch pays." } },
	{ NULL, "IN NO EVENT SHALL ACME INC. BE LIABLE FOR ANY INDIRECT DAMAGES. "
		"THIS LIMIT APPLIES.",
	  { "IN NO EVENT SHALL ACME INC. BE LIABLE FOR ANY INDIRECT DAMAGES.",
	    "THIS LIMIT APPLIES." } },
	/* Labels opening a sentence are not sentences. */
	{ "1.", "1. Services. 1.1 Provision of Services. (a) Provider agrees.",
	  { "1. Services.", "1.1 Provision of Services.", "(a) Provider agrees." } },
	{ NULL, "Section 4. Term. The term is one year. IV. Remedies. Article 5. "
		"Liability.",
	  { "Section 4. Term.", "The term is one year.", "IV. Remedies.",
	    "Article 5. Liability." } },
	{ NULL, "(a). Fired steam generators. (b). Nuclear facilities.",
	  { "(a). Fired steam generators.", "(b). Nuclear facilities." } },
	{ NULL, "This Agreement shall terminate on December 31, 2020, unless "
		"terminated earlier in accordance with Section 3.2. 3.2 Each of "
		"the Recipient and the Provider may terminate this Agreement.",
	  { "This Agreement shall terminate on December 31, 2020, unless "
	    "terminated earlier in accordance with Section 3.2.",
	    "3.2 Each of the Recipient and the Provider may terminate this Agreement." } },
	/* Indian drafting writes rupees "Rs.": a sum, not a sentence's end. */
	{ NULL, "The Service Provider's liability shall not exceed Rs. 50,00,000 in "
		"aggregate. The Insurer pays the fees.",
	  { "The Service Provider's liability shall not exceed Rs. 50,00,000 in "
	    "aggregate.", "The Insurer pays the fees." } },
	/* A single letter is an initial, unless it names an exhibit. */
	{ NULL, "J. Smith signs for the Company. The fees are in Exhibit A. The "
		"Customer pays them.",
	  { "J. Smith signs for the Company.", "The fees are in Exhibit A.",
	    "The Customer pays them." } },
	{ "A.1.", "A.1. **Overview.** Subject to these Terms, Anthropic gives "
		  "Customer permission to use the Services.",
	  { "A.1. **Overview.**", "Subject to these Terms, Anthropic gives "
	    "Customer permission to use the Services." } },
	/* Statute citations lead on: "Minn. Stat. \xc2\xa7 16C.05, subd. 5". */
	{ NULL, "Under Minn. Stat. \xc2\xa7 16C.05, subd. 5, the Contractor's books "
		"are subject to examination. Cal. Civ. Code sec. 1542 is waived.",
	  { "Under Minn. Stat. \xc2\xa7 16C.05, subd. 5, the Contractor's books "
	    "are subject to examination.", "Cal. Civ. Code sec. 1542 is waived." } },
	/*
	 * "et seq." and "ff." lead on into a statute's name, written out or
	 * abbreviated; before a sentence, in capitals too, they end one.
	 */
	{ NULL, "A licence transferable to affiliated companies within the meaning of "
		"\xc2\xa7\xc2\xa7 15 et seq. German Stock Corporation Act (AktG), to "
		"reproduce the Model. The Licensee pays.",
	  { "A licence transferable to affiliated companies within the meaning of "
	    "\xc2\xa7\xc2\xa7 15 et seq. German Stock Corporation Act (AktG), to "
	    "reproduce the Model.", "The Licensee pays." } },
	{ NULL, "Sections 305 ff. BGB apply to it. Rights under \xc2\xa7\xc2\xa7 15 et "
		"seq. AktG remain.",
	  { "Sections 305 ff. BGB apply to it.", "Rights under \xc2\xa7\xc2\xa7 15 et "
	    "seq. AktG remain." } },
	{ NULL, "It complies with 42 U.S.C. \xc2\xa7 2000d et seq. The Supplier shall not "
		"train models. IT COMPLIES WITH 42 U.S.C. 2000d ET SEQ. THE SUPPLIER PAYS.",
	  { "It complies with 42 U.S.C. \xc2\xa7 2000d et seq.", "The Supplier shall not "
	    "train models.", "IT COMPLIES WITH 42 U.S.C. 2000d ET SEQ.", "THE SUPPLIER PAYS." } },
	/* A statute cited by chapter in brackets: "(Cap. 486)" leads on. */
	{ NULL, "Each party shall comply with the Personal Data (Privacy) Ordinance "
		"(Cap. 486) in so far as it applies to it. The Customer obtains consents.",
	  { "Each party shall comply with the Personal Data (Privacy) Ordinance "
	    "(Cap. 486) in so far as it applies to it.", "The Customer obtains consents." } },
	{ NULL, "The Supplier shall comply with the Personal Data Protection Act 2012 "
		"(Act No. 26 of 2012) and the Companies Act (Cap. 50). The Client "
		"consents (Ord. 12A).",
	  { "The Supplier shall comply with the Personal Data Protection Act 2012 "
	    "(Act No. 26 of 2012) and the Companies Act (Cap. 50).",
	    "The Client consents (Ord. 12A)." } },
	/* Outside brackets, or with no close after the number, the stop ends it. */
	{ NULL, "Liability is subject to the Cap. 12.3 The Supplier shall indemnify.",
	  { "Liability is subject to the Cap.", "12.3 The Supplier shall indemnify." } },
	{ NULL, "(Fees are Capped. 12 months later, they rise.) Each party signs.",
	  { "(Fees are Capped.", "12 months later, they rise.)", "Each party signs." } },
	{ NULL, "(Fees are Capped. 12 more apply.) Each party signs.",
	  { "(Fees are Capped.", "12 more apply.)", "Each party signs." } },
	/* Only a citation's words lead on: a currency or a name ends it. */
	{ NULL, "(Fees are stated in USD. 10 percent is due on signing) and paid. Each party signs.",
	  { "(Fees are stated in USD.", "10 percent is due on signing) and paid.",
	    "Each party signs." } },
	{ NULL, "Is it binding? Yes! It is.", { "Is it binding?", "Yes!", "It is." } },
	{ NULL, "Customer shall (a) pay the fees; (b) comply with law; and (c) not "
		"reverse engineer the Services.",
	  { "Customer shall (a) pay the fees; (b) comply with law; and (c) not "
	    "reverse engineer the Services." } },
	{ NULL, "The fee is 4.2 percent. It is set out in Schedule 2. and adjusted "
		"yearly.",
	  { "The fee is 4.2 percent.", "It is set out in Schedule 2. and adjusted yearly." } },
	{ NULL, "It shall be effective as of _Dec. 8, 2005_. Each party signs.",
	  { "It shall be effective as of _Dec. 8, 2005_.", "Each party signs." } },
	{ NULL, "The Customer shall pay.\nThe Vendor shall\ndeliver.",
	  { "The Customer shall pay.", "The Vendor shall\ndeliver." } },
	{ NULL, "   ", { NULL } },
};

static void test_segmentation_cases(void **state)
{
	size_t i, k;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(seg_cases); i++) {
		const struct seg_case *c = &seg_cases[i];
		struct document doc;

		one_paragraph(&doc, c->text, c->label);
		for (k = 0; k < doc.nsent || c->sentences[k]; k++) {
			const char *want = c->sentences[k];
			const struct sentence *s = k < doc.nsent ? &doc.sents[k] : NULL;

			if (!want || !s ||
			    s->end - s->start != strlen(want) ||
			    memcmp(doc.text.ptr + s->start, want, strlen(want)))
				fail_msg("case %zu sentence %zu: got '%.*s', want '%s'",
					 i, k, s ? (int)(s->end - s->start) : 6,
					 s ? doc.text.ptr + s->start : "(none)",
					 want ? want : "(none)");
			assert_int_equal(s->para, 0);
		}
		document_release(&doc);
	}
}

static void test_long_sentence_soft_capped(void **state)
{
	struct document doc;
	struct buf text = BUF_INIT;
	size_t i;

	(void)state;
	/* An all-caps disclaimer with no full stop: 60 items of 99 bytes. */
	for (i = 0; i < 60; i++)
		buf_addf(&text, "ITEM %02zu EXCLUDES ALL WARRANTIES, EXPRESS OR IMPLIED, "
			 "INCLUDING MERCHANTABILITY AND \xe2\x80\x9c" "FITNESS\xe2\x80\x9d;  ", i);
	one_paragraph(&doc, text.ptr, NULL);
	assert_true(doc.nsent >= 2);
	for (i = 0; i < doc.nsent; i++) {
		const struct sentence *s = &doc.sents[i];

		assert_true(s->end - s->start <= 3000);
		assert_true(s->start < s->end);
		if (i + 1 < doc.nsent) {
			/* Cut after a semicolon, and the next starts on a word. */
			assert_int_equal(doc.text.ptr[s->end - 1], ';');
			assert_int_equal(doc.text.ptr[doc.sents[i + 1].start], 'I');
		}
	}
	assert_int_equal(doc.sents[doc.nsent - 1].end, text.len - 2);
	document_release(&doc);
	buf_release(&text);
}

/*
 * A runaway sentence whose byte at the limit is where a cut would go, a
 * ";" or a ", " with no ";" in the back half: the piece before the cut
 * must itself be within the limit, or it is cut at the same place again
 * (it recursed until the stack ran out).
 */
static void test_long_sentence_cut_at_the_limit(void **state)
{
	static const char *const marks[] = { ";", ", INCLUDING" };
	size_t m;

	(void)state;
	for (m = 0; m < 2; m++) {
		struct document doc;
		struct buf text = BUF_INIT;
		size_t i;

		buf_addstr(&text, "The Supplier shall ");
		while (text.len < 3000)
			buf_addch(&text, 'x');
		buf_addstr(&text, marks[m]);
		buf_addstr(&text, " and the remainder of the undertaking follows here");
		one_paragraph(&doc, text.ptr, NULL);
		assert_true(doc.nsent >= 2);
		for (i = 0; i < doc.nsent; i++) {
			assert_true(doc.sents[i].end - doc.sents[i].start <= 3000);
			assert_true(doc.sents[i].start < doc.sents[i].end);
		}
		assert_int_equal(doc.sents[doc.nsent - 1].end, text.len);
		document_release(&doc);
		buf_release(&text);
	}
}

/*
 * Many stops and no word break ("<!--<!--...", "a.a.a."): the word before
 * each stop is still found from the break before it, not from the
 * paragraph's start (each look back used to run to it: 2 MB of "a." took
 * minutes), and the sentences after the run split as they should.
 */
static void test_stops_without_breaks(void **state)
{
	struct document doc;
	struct buf text = BUF_INIT;
	size_t i, n;

	(void)state;
	for (i = 0; i < 5000; i++)
		buf_addstr(&text, "<!--");
	for (i = 0; i < 5000; i++)
		buf_addstr(&text, "a.");
	buf_addstr(&text, " Mr. Smith agrees. He signs.");
	one_paragraph(&doc, text.ptr, NULL);
	n = doc.nsent;
	assert_true(n >= 3);
	for (i = 0; i + 1 < n; i++)
		assert_true(doc.sents[i].end <= doc.sents[i + 1].start);
	assert_int_equal(doc.sents[n - 2].end - doc.sents[n - 2].start, strlen("Mr. Smith agrees."));
	assert_memory_equal(doc.text.ptr + doc.sents[n - 2].start, "Mr. Smith agrees.",
			    strlen("Mr. Smith agrees."));
	assert_memory_equal(doc.text.ptr + doc.sents[n - 1].start, "He signs.", strlen("He signs."));
	document_release(&doc);
	buf_release(&text);
}

/* ---- clause numbers and heading paths ------------------------------------- */

struct para_spec {
	const char *text;
	const char *label;
	int level;
	enum para_kind kind;
	const char *clause;     /* expected */
	long parent;            /* expected */
};

static void build(struct document *doc, const struct para_spec *spec, size_t n)
{
	size_t i;

	document_init(doc, "t.txt");
	for (i = 0; i < n; i++) {
		size_t start = doc->text.len;
		struct paragraph *p;

		buf_addstr(&doc->text, spec[i].text);
		p = document_add_paragraph(doc, spec[i].kind, start, doc->text.len);
		buf_addch(&doc->text, '\n');
		p->level = spec[i].level;
		if (spec[i].label) {
			p->label = arena_strdup(&doc->arena, spec[i].label);
			p->body = start + strlen(spec[i].label) + 1;
		}
		p->source = i + 1;
	}
	document_finish(doc);
}

static const struct para_spec outline[] = {
	{ "1. Definitions", "1.", 0, PARA_HEADING, "1", -1 },
	{ "1.4 Feedback and Usage Data. Customer may give feedback.", "1.4", 1, PARA_BODY, "1.4", 0 },
	{ "(b) Usage Data means telemetry;", "(b)", 2, PARA_BODY, "1.4(b)", 1 },
	{ "(i) including logs; and", "(i)", 3, PARA_BODY, "1.4(b)(i)", 2 },
	{ "Unlabelled text under (i).", NULL, -1, PARA_BODY, "1.4(b)(i)", 3 },
	{ "1 See the DPA.", "1", -1, PARA_FOOTNOTE, "1", -1 },
	{ "(ii) metrics.", "(ii)", 3, PARA_BODY, "1.4(b)(ii)", 2 },
	{ "Section 2 Fees", "Section 2", 0, PARA_HEADING, "2", -1 },
	{ "a. Fees are due monthly.", "a.", 1, PARA_BODY, "2(a)", 7 },
	{ "1) in euro;", "1)", 2, PARA_BODY, "2(a)(1)", 8 },
	{ "ARTICLE IV TERM", "ARTICLE IV", 0, PARA_HEADING, "ARTICLE IV", -1 },
	{ "Section 4.2: Renewal.", "Section 4.2:", 1, PARA_BODY, "4.2", 10 },
	{ "\xc2\xa7 4.3 Notice.", "\xc2\xa7 4.3", 1, PARA_BODY, "4.3", 10 },
	{ "A.1. Overview.", "A.1.", 1, PARA_BODY, "A.1", 10 },
	{ "1.2.a. Sub-item.", "1.2.a.", 2, PARA_BODY, "1.2.a", 13 },
	{ "Schedule A", "Schedule A", 0, PARA_HEADING, "Schedule A", -1 },
	/* A plain number is a paragraph of the article or schedule it is in. */
	{ "2. Fees are fixed.", "2.", 1, PARA_BODY, "Schedule A(2)", 15 },
	{ "Article 6 (Acceptance)", "Article 6", 0, PARA_HEADING, "Article 6", -1 },
	{ "1. The Buyer shall inspect.", "1.", 1, PARA_BODY, "Article 6(1)", 17 },
	{ "(a) within ten days;", "(a)", 2, PARA_BODY, "Article 6(1)(a)", 18 },
	{ "6.3 Deemed acceptance.", "6.3", 1, PARA_BODY, "6.3", 17 },
	/* Its id in quotes: a bracket after the quote reads badly, a comma well. */
	{ "EXHIBIT \"E\"", "EXHIBIT \"E\"", 0, PARA_HEADING, "EXHIBIT \"E\"", -1 },
	{ "1. APPOINTMENT. NAI appoints Co-Host.", "1.", 1, PARA_BODY, "EXHIBIT \"E\", 1", 21 },
	{ "(a) on the Internet;", "(a)", 2, PARA_BODY, "EXHIBIT \"E\", 1(a)", 22 },
};

static void test_clause_composition(void **state)
{
	struct document doc;
	size_t i;

	(void)state;
	build(&doc, outline, ARRAY_SIZE(outline));
	for (i = 0; i < ARRAY_SIZE(outline); i++) {
		const struct paragraph *p = &doc.paras[i];

		if (!p->clause || strcmp(p->clause, outline[i].clause) ||
		    p->parent != outline[i].parent)
			fail_msg("paragraph %zu: clause '%s' parent %ld, want '%s' %ld", i,
				 p->clause ? p->clause : "(null)", p->parent,
				 outline[i].clause, outline[i].parent);
	}
	document_release(&doc);
}

/*
 * Clauses inside an annex are cited under it ("Schedule 1, 1.1"), apart
 * from the body's; annexes a clause or a contents page lists, and a
 * filing's cover "EXHIBIT A", open none.
 */
static const struct para_spec annexes[] = {
	{ "EXHIBIT A", "EXHIBIT A", 0, PARA_HEADING, "EXHIBIT A", -1 },
	{ "1. Definitions", "1.", 0, PARA_HEADING, "1", -1 },
	{ "1.1 Words have the meanings given.", "1.1", 1, PARA_BODY, "1.1", 1 },
	{ "2. Services", "2.", 0, PARA_HEADING, "2", -1 },
	{ "2.2 The following Schedules form part of this Agreement:", "2.2", 1, PARA_BODY, "2.2", 3 },
	{ "Schedule 1. Services.", "Schedule 1.", 0, PARA_HEADING, "Schedule 1", -1 },
	{ "Schedule 2. Fees.", "Schedule 2.", 0, PARA_HEADING, "Schedule 2", -1 },
	{ "3. Term", "3.", 0, PARA_HEADING, "3", -1 },
	{ "3.1 The term is two years.", "3.1", 1, PARA_BODY, "3.1", 7 },
	{ "3.2 These survive: Schedule B (records);", "3.2", 1, PARA_BODY, "3.2", 7 },
	{ "Schedule B (records);", "Schedule B", 0, PARA_BODY, "Schedule B", -1 },
	{ "Section 4 (Confidentiality).", "Section 4", 0, PARA_BODY, "4", -1 },
	{ "SCHEDULE 1", "SCHEDULE 1", 0, PARA_HEADING, "SCHEDULE 1", -1 },
	{ "Services", NULL, -1, PARA_HEADING, "SCHEDULE 1", 12 },
	{ "1. Scope", "1.", 0, PARA_HEADING, "SCHEDULE 1, 1", -1 },
	{ "1.1 The Provider hosts the model.", "1.1", 1, PARA_BODY, "SCHEDULE 1, 1.1", 14 },
	{ "(a) It does not train on it.", "(a)", 2, PARA_BODY, "SCHEDULE 1, 1.1(a)", 15 },
	{ "Support is given in business hours.", NULL, -1, PARA_BODY, "SCHEDULE 1, 1.1(a)", 16 },
	{ "Article 2 Support", "Article 2", 0, PARA_HEADING, "SCHEDULE 1, Article 2", -1 },
	{ "1. Hours are nine to five.", "1.", 1, PARA_BODY, "SCHEDULE 1, Article 2(1)", 18 },
	/* A label alone is no contents line. */
	{ "ATTACHMENT 2", "ATTACHMENT 2", 0, PARA_HEADING, "ATTACHMENT 2", -1 },
	{ "1. The fees are fixed.", "1.", 1, PARA_BODY, "ATTACHMENT 2(1)", 20 },
	{ "1.1 The Customer pays monthly.", "1.1", 1, PARA_BODY, "ATTACHMENT 2, 1.1", 20 },
};

/* A contents page lists the exhibits before the body: they open none. */
static const struct para_spec listed_annexes[] = {
	{ "1. Definitions 1", "1.", 0, PARA_BODY, "1", -1 },
	{ "20.1 Notices 41", "20.1", 1, PARA_BODY, "20.1", 0 },
	{ "EXHIBIT A LIST OF PATENTS     45", "EXHIBIT A", 0, PARA_HEADING, "EXHIBIT A", -1 },
	{ "EXHIBIT B INDICATIONS     46", "EXHIBIT B", 0, PARA_HEADING, "EXHIBIT B", -1 },
	{ "ARTICLE 1 DEFINITIONS", "ARTICLE 1", 0, PARA_HEADING, "ARTICLE 1", -1 },
	{ "1.1 Words have the meanings given.", "1.1", 1, PARA_BODY, "1.1", 4 },
};

/* Nor does one with page furniture run on after its page number. */
static const struct para_spec listed_annex_run_on[] = {
	{ "1.1 Words have the meanings given.", "1.1", 1, PARA_BODY, "1.1", -1 },
	{ "EXHIBIT C INITIAL DEVELOPMENT PLAN     47    -v-", "EXHIBIT C", 0, PARA_HEADING,
	  "EXHIBIT C", -1 },
	{ "ARTICLE 1 DEFINITIONS", "ARTICLE 1", 0, PARA_HEADING, "ARTICLE 1", -1 },
	{ "1.1 Words have the meanings given.", "1.1", 1, PARA_BODY, "1.1", 2 },
};

static void check_clauses(const struct para_spec *spec, size_t n)
{
	struct document doc;
	size_t i;

	build(&doc, spec, n);
	for (i = 0; i < n; i++) {
		const struct paragraph *p = &doc.paras[i];

		if (!p->clause || strcmp(p->clause, spec[i].clause) || p->parent != spec[i].parent)
			fail_msg("paragraph %zu: clause '%s' parent %ld, want '%s' %ld", i,
				 p->clause ? p->clause : "(null)", p->parent,
				 spec[i].clause, spec[i].parent);
	}
	document_release(&doc);
}

static void test_annex_citations(void **state)
{
	(void)state;
	check_clauses(annexes, ARRAY_SIZE(annexes));
	check_clauses(listed_annexes, ARRAY_SIZE(listed_annexes));
	check_clauses(listed_annex_run_on, ARRAY_SIZE(listed_annex_run_on));
}

static void test_enumerators_without_parent(void **state)
{
	static const struct para_spec spec[] = {
		{ "Preamble text.", NULL, -1, PARA_BODY, NULL, -1 },
		{ "(a) First recital.", "(a)", 0, PARA_BODY, "(a)", -1 },
		{ "A. Second recital.", "A.", 0, PARA_BODY, "A", -1 },
		{ "IV. Remedies", "IV.", 0, PARA_HEADING, "IV", -1 },
	};
	struct document doc;
	size_t i;

	(void)state;
	build(&doc, spec, ARRAY_SIZE(spec));
	assert_null(doc.paras[0].clause);
	for (i = 1; i < ARRAY_SIZE(spec); i++)
		assert_string_equal(doc.paras[i].clause, spec[i].clause);
	document_release(&doc);
}

static void test_heading_path(void **state)
{
	struct document doc;
	struct buf path = BUF_INIT;

	(void)state;
	build(&doc, outline, ARRAY_SIZE(outline));
	document_heading_path(&doc, 4, &path);
	assert_string_equal(path.ptr, "1 Definitions > 1.4 Feedback and Usage Data > "
			    "1.4(b) Usage Data means telemetry; > 1.4(b)(i) including logs; and");
	buf_reset(&path);
	document_heading_path(&doc, 1, &path);
	assert_string_equal(path.ptr, "1 Definitions");
	buf_reset(&path);
	document_heading_path(&doc, 0, &path);
	assert_string_equal(path.ptr, "");
	document_heading_path(&doc, 999, &path);
	assert_string_equal(path.ptr, "");
	document_release(&doc);
	buf_release(&path);
}

/* ---- lookups -------------------------------------------------------------- */

static void test_lookups(void **state)
{
	static const char text[] = "\nFirst one. Second one.\n\n  Third.\n";
	struct document doc;
	size_t second;

	(void)state;
	document_init(&doc, "t.txt");
	buf_addstr(&doc.text, text);
	document_add_paragraph(&doc, PARA_BODY, 1, 23);
	document_add_paragraph(&doc, PARA_BODY, 27, 33);
	document_finish(&doc);
	assert_int_equal(doc.nsent, 3);
	second = (size_t)(strstr(text, "Second") - text);

	assert_int_equal(document_para_at(&doc, 0), 0);    /* before the first */
	assert_int_equal(document_para_at(&doc, 1), 0);
	assert_int_equal(document_para_at(&doc, 25), 0);   /* in the gap */
	assert_int_equal(document_para_at(&doc, 27), 1);
	assert_int_equal(document_para_at(&doc, sizeof(text)), 1);

	assert_int_equal(document_sentence_at(&doc, 1), 0);
	assert_int_equal(document_sentence_at(&doc, 11), (size_t)-1);   /* the space */
	assert_int_equal(document_sentence_at(&doc, second), 1);
	assert_int_equal(document_sentence_at(&doc, 22), 1);              /* its stop */
	assert_int_equal(document_sentence_at(&doc, 23), (size_t)-1);
	assert_int_equal(document_sentence_at(&doc, 30), 2);
	assert_int_equal(document_sentence_at(&doc, 0), (size_t)-1);

	assert_int_equal(document_line_at(&doc, 0), 1);
	assert_int_equal(document_line_at(&doc, 1), 2);
	assert_int_equal(document_line_at(&doc, 23), 2);   /* the '\n' */
	assert_int_equal(document_line_at(&doc, 24), 3);
	assert_int_equal(document_line_at(&doc, 27), 4);
	assert_int_equal(document_line_at(&doc, sizeof(text) - 1), 5);
	assert_int_equal(doc.nline, 5);

	/* DOCX has no line index. */
	doc.format = DOC_FORMAT_DOCX;
	assert_int_equal(document_line_at(&doc, 27), 0);
	document_release(&doc);
}

static void test_tracked_in(void **state)
{
	struct document doc;

	(void)state;
	document_init(&doc, "t.docx");
	buf_addstr(&doc.text, "Vendor may use Customer Data to train models.");
	document_add_paragraph(&doc, PARA_BODY, 0, doc.text.len);
	document_add_span(&doc, 11, 14, TRACK_INSERTED, "Legal");
	document_add_span(&doc, 30, 45, TRACK_DELETED, NULL);
	document_add_span(&doc, 40, 44, TRACK_MOVED, "Bob");
	doc.format = DOC_FORMAT_DOCX;
	document_finish(&doc);

	assert_int_equal(document_tracked_in(&doc, 0, 11), 0);   /* end exclusive */
	assert_int_equal(document_tracked_in(&doc, 0, 12), TRACK_INSERTED);
	assert_int_equal(document_tracked_in(&doc, 13, 14), TRACK_INSERTED);
	assert_int_equal(document_tracked_in(&doc, 14, 30), 0);
	assert_int_equal(document_tracked_in(&doc, 0, doc.text.len),
			 TRACK_INSERTED | TRACK_DELETED | TRACK_MOVED);
	assert_int_equal(document_tracked_in(&doc, 41, 42), TRACK_DELETED | TRACK_MOVED);
	assert_string_equal(doc.tracked[0].author, "Legal");
	assert_null(doc.tracked[1].author);
	assert_int_equal(doc.nline, 0);
	document_release(&doc);
}

static void test_warnings_and_comments(void **state)
{
	struct document doc;

	(void)state;
	document_init(&doc, NULL);
	assert_string_equal(doc.path, "-");
	document_add_warning(&doc, "%d comments could not be anchored", 3);
	document_add_comment(&doc, 0, NULL, "Check the cap.");
	assert_int_equal(doc.nwarning, 1);
	assert_string_equal(doc.warnings[0], "3 comments could not be anchored");
	assert_string_equal(doc.comments[0].text, "Check the cap.");
	assert_null(doc.comments[0].author);
	assert_string_equal(para_kind_name(PARA_TABLE_CELL), "table-cell");
	assert_string_equal(para_kind_name((enum para_kind)99), "body");
	document_release(&doc);
	/* Released documents are empty and reusable. */
	assert_int_equal(doc.npara, 0);
	assert_int_equal(doc.text.len, 0);
}

/*
 * HTML comments are notes to whoever fills in the form: a paragraph
 * wholly inside them, one comment or several, across paragraphs or not,
 * has no sentences and its text stays where it was.  A paragraph with
 * text outside them keeps its sentences, and a "<!--" that never closes
 * is text.
 */
static void test_html_comments_are_notes(void **state)
{
	static const char *const paras[] = {
		"<!-- ",
		"begin instruction: fill in the fields below.",
		"-->",
		"Provider shall host the Service.",
		"<!-- **SLA:** --> <!-- Note: This is an optional field. -->",
		"**Governing Law:** New York <!-- Note: This sets the law. -->",
		"Customer may not resell the Service. <!-- stray",
	};
	struct document doc;
	size_t i, at = 0, off[ARRAY_SIZE(paras)];

	(void)state;
	document_init(&doc, "t.docx");
	for (i = 0; i < ARRAY_SIZE(paras); i++) {
		off[i] = at;
		buf_addstr(&doc.text, paras[i]);
		document_add_paragraph(&doc, PARA_BODY, at, at + strlen(paras[i]));
		buf_addch(&doc.text, '\n');
		at = doc.text.len;
	}
	document_finish(&doc);
	assert_int_equal(doc.paras[0].note, 1);
	assert_int_equal(doc.paras[1].note, 1);
	assert_int_equal(doc.paras[2].note, 1);
	assert_int_equal(doc.paras[3].note, 0);
	assert_int_equal(doc.paras[4].note, 1);
	assert_int_equal(doc.paras[5].note, 0);
	assert_int_equal(doc.paras[6].note, 0);
	for (i = 0; i < doc.nsent; i++)
		assert_true(doc.sents[i].para == 3 || doc.sents[i].para >= 5);
	assert_int_equal(doc.sents[0].start, off[3]);
	/* Inside one, the offset past its "-->"; outside, 0. */
	assert_int_equal(document_note_at(&doc, off[1] + 3), off[2] + 3);
	assert_int_equal(document_note_at(&doc, off[3]), 0);
	assert_int_equal(document_note_at(&doc, off[5] + strlen("**Governing Law:** New York ")),
			 off[5] + strlen(paras[5]));
	assert_int_equal(document_note_at(&doc, off[6] + 40), 0);
	document_release(&doc);
}

static void test_checkbox_glyphs(void **state)
{
	static const struct {
		const char *s;
		size_t len;
		int ticked;
	} cases[] = {
		{ "[ ] a", 3, 0 }, { "[    ] a", 6, 0 }, { "[x] a", 3, 1 }, { "[ X ] a", 5, 1 },
		{ "\xE2\x98\x90 a", 3, 0 }, { "\xE2\x98\x92 a", 3, 1 }, { "\xE2\x9D\x91 a", 3, 0 },
		{ "[] a", 0, 0 }, { "[xx] a", 0, 0 }, { "[***] a", 0, 0 }, { "[ ", 0, 0 },
		{ "(a) a", 0, 0 }, { "", 0, 0 },
		{ "(   )\ta", 5, 0 }, { "( ) a", 3, 0 }, { "() a", 0, 0 }, { "(x) a", 0, 0 },
		{ "(  ", 0, 0 },
	};
	size_t i;
	int ticked;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		size_t n = document_checkbox_at(cases[i].s, strlen(cases[i].s), &ticked);

		assert_int_equal(n, cases[i].len);
		if (n)
			assert_int_equal(ticked, cases[i].ticked);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_checkbox_glyphs),
		cmocka_unit_test(test_segmentation_cases),
		cmocka_unit_test(test_long_sentence_soft_capped),
		cmocka_unit_test(test_long_sentence_cut_at_the_limit),
		cmocka_unit_test(test_stops_without_breaks),
		cmocka_unit_test(test_clause_composition),
		cmocka_unit_test(test_enumerators_without_parent),
		cmocka_unit_test(test_annex_citations),
		cmocka_unit_test(test_heading_path),
		cmocka_unit_test(test_lookups),
		cmocka_unit_test(test_tracked_in),
		cmocka_unit_test(test_warnings_and_comments),
		cmocka_unit_test(test_html_comments_are_notes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

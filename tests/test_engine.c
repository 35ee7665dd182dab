/*
 * engine, view and prefilter: matching mechanics on a hand-made pack, so
 * these tests do not move when the rule library grows.
 */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cmocka.h>

#include "engine.h"
#include "prefilter.h"
#include "text_load.h"
#include "view.h"
#include "xalloc.h"
#include "textdoc.h"

static const char pack[] =
	"areas: [{id: data, title: Data}, {id: liability, title: Liability}]\n"
	"types:\n"
	"  - {id: data.training, area: data}\n"
	"  - {id: data.deletion, area: data}\n"
	"  - {id: liability.indemnity, area: liability}\n"
	"placeholders:\n"
	"  vendor: '\\b(?:the )?(?:provider|vendor|we)\\b'\n"
	"  vendor_noun: 'provider'\n"
	"  customer_noun: 'customer'\n"
	"  data: '\\bcustomer data\\b'\n"
	"rules:\n"
	"  - id: train.yes\n"
	"    type: data.training\n"
	"    stance: adverse\n"
	"    severity: high\n"
	"    keywords: [train]\n"
	"    patterns: ['{vendor} may use {data} to train']\n"
	"    exceptions:\n"
	"      - {pattern: '\\bnot\\b', scope: before, label: negated}\n"
	"      - {pattern: 'without .{0,20}consent', scope: clause, label: consent}\n"
	"    qualifiers:\n"
	"      - {pattern: 'aggregated', effect: partial, label: aggregated}\n"
	"      - {pattern: 'opposite day', effect: flip, label: flipped, message: 'Backwards.'}\n"
	"  - id: train.yes.low\n"
	"    type: data.training\n"
	"    stance: adverse\n"
	"    severity: low\n"
	"    keywords: [train]\n"
	"    patterns: ['to train']\n"
	"  - id: delete.any\n"
	"    type: data.deletion\n"
	"    stance: protective\n"
	"    patterns: ['\\bdelete\\b']\n"
	"    qualifiers:\n"
	"      - {pattern: 'upon request', effect: note, label: on-request, scope: after}\n"
	"      - {pattern: 'when it sees fit', effect: red-flag, label: at-will, scope: after}\n"
	"  - id: delete.notice\n"
	"    type: data.deletion\n"
	"    stance: protective\n"
	"    severity: medium\n"
	"    aspect: notice\n"
	"    patterns: ['\\bnotify\\b']\n"
	"  - id: delete.notice.low\n"
	"    type: data.deletion\n"
	"    stance: protective\n"
	"    severity: low\n"
	"    aspect: notice\n"
	"    patterns: ['\\bnotify the\\b']\n"
	"  - id: train.no\n"
	"    type: data.training\n"
	"    stance: protective\n"
	"    keywords: [train]\n"
	"    patterns: ['{vendor} shall not use {data} to train']\n"
	"  - id: indemnity.yes\n"
	"    type: liability.indemnity\n"
	"    stance: protective\n"
	"    patterns: ['{vendor} shall indemnify']\n"
	"  - id: indemnity.no\n"
	"    type: liability.indemnity\n"
	"    stance: adverse\n"
	"    patterns: ['no indemnity']\n";

static struct ruleset rs;
static struct engine *eng;

static int setup(void **state)
{
	(void)state;
	ruleset_init(&rs);
	if (ruleset_add_pack(&rs, "engine.yaml", pack, strlen(pack)) || ruleset_compile(&rs))
		return -1;
	eng = engine_new(&rs);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	engine_free(eng);
	ruleset_release(&rs);
	return 0;
}

/* A one-paragraph document of `text`. */
static void make_doc(struct document *doc, const char *text)
{
	document_init(doc, "t.txt");
	buf_addstr(&doc->text, text);
	document_add_paragraph(doc, PARA_BODY, 0, doc->text.len);
	document_finish(doc);
}

static void run(const char *text, struct document *doc, struct findings *f)
{
	struct engine_options opt = ENGINE_OPTIONS_INIT;

	memset(f, 0, sizeof(*f));
	make_doc(doc, text);
	engine_run(eng, doc, &opt, f);
}

static const struct finding *find_rule(const struct findings *f, const char *id)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->v[i].rule->id, id) == 0)
			return &f->v[i];
	return NULL;
}

static void test_match_offsets_are_original(void **state)
{
	/* Curly quote, NBSP and a line break between the words. */
	const char *text = "Intro here. The Provider\xC2\xA0may use Customer\n  Data to train models.";
	struct document doc;
	struct findings f;
	const struct finding *x;

	(void)state;
	run(text, &doc, &f);
	x = find_rule(&f, "train.yes");
	assert_non_null(x);
	assert_int_equal(x->start, strstr(text, "The Provider") - text);
	assert_int_equal(x->end, strstr(text, "to train") + 8 - text);
	assert_int_equal(x->stance, STANCE_ADVERSE);
	assert_int_equal(x->sentence, 1);
	assert_null(x->qualifier);
	findings_release(&f);
	document_release(&doc);
}

/* Captions name a clause without being one; short clauses still count. */
static void test_captions_are_not_clauses(void **state)
{
	static const struct {
		const char *text;
		int found;
	} cases[] = {
		{ "12. DELETE AND RETURN OF DATA", 0 },
		{ "Article IV Delete Data", 0 },
		{ "(b) Delete on Termination.", 0 },
		{ "WE WILL DELETE IT.", 1 },
		{ "You may delete data.", 1 },
		{ "Delete the data of the Customer on termination of this Agreement and every Order.", 1 },
		/* "AS IS" names no verb; a title without a stop may lower its verb. */
		{ "12. Delete Policy; Data Provided on an \"AS IS\" Basis", 0 },
		{ "c. Your Right to Delete is Limited at Our Discretion", 0 },
		{ "Your Right to Delete is Limited.", 1 },
		{ "YOU MAY DELETE THE DATA AS IS", 1 },
		{ "WE DELETE DATA ON AN \"AS IS\" BASIS.", 1 },
		/* An item in capitals ends as items do, with ";". */
		{ "(c) DELETE DATA OF EITHER PARTY;", 1 },
		{ "(c) DELETE DATA OF EITHER PARTY; AND", 1 },
		{ "(c) DELETE DATA OF EITHER PARTY", 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct document doc;
		struct findings f;
		const struct rule *r = &rs.rules[2];

		run(cases[i].text, &doc, &f);
		if ((find_rule(&f, "delete.any") != NULL) != cases[i].found)
			fail_msg("engine_run: '%s': want %s", cases[i].text,
				 cases[i].found ? "a finding" : "none");
		assert_string_equal(r->id, "delete.any");
		assert_int_equal(engine_match_rule(eng, r, cases[i].text, strlen(cases[i].text), NULL),
				 cases[i].found);
		findings_release(&f);
		document_release(&doc);
	}
}

/*
 * A line of a table of contents names a clause the body states: no rule
 * reads it, and the same words in the body are read.
 */
static void test_contents_lines_are_not_clauses(void **state)
{
	const char *text = "The Provider may use Customer Data to train models 12";
	int contents;

	(void)state;
	for (contents = 0; contents <= 1; contents++) {
		struct engine_options opt = ENGINE_OPTIONS_INIT;
		struct document doc;
		struct findings f;
		struct paragraph *p;

		memset(&f, 0, sizeof(f));
		document_init(&doc, "t.txt");
		buf_addstr(&doc.text, text);
		p = document_add_paragraph(&doc, PARA_BODY, 0, doc.text.len);
		p->contents = contents;
		document_finish(&doc);
		engine_run(eng, &doc, &opt, &f);
		if ((find_rule(&f, "train.yes") != NULL) == contents)
			fail_msg("engine_run: contents = %d: want %s", contents,
				 contents ? "no finding" : "a finding");
		findings_release(&f);
		document_release(&doc);
	}
}

/*
 * A heading in sentence case that runs into its clause is no clause
 * either; a short clause that opens a paragraph still is.
 */
static void test_run_in_headings_are_not_clauses(void **state)
{
	static const struct {
		const char *text;
		int found;
	} cases[] = {
		{ "7.2 Delete on exit. The Provider keeps backups for a year.", 0 },
		{ "Delete policy. The Provider keeps backups for a year.", 0 },
		/* A plural heading looks like a verb's third person: read. */
		{ "7.2 Delete requests. The Provider keeps backups for a year.", 1 },
		{ "We delete data. The Provider keeps backups for a year.", 1 },
		{ "Provider supports delete on request. The Provider keeps backups for a year.", 1 },
		{ "Provider may delete data. The Provider keeps backups for a year.", 1 },
		/* Alone in its paragraph, or not first in it: read as ever. */
		{ "Delete policy.", 1 },
		{ "The Provider keeps backups. Delete policy.", 1 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct document doc;
		struct findings f;

		run(cases[i].text, &doc, &f);
		if ((find_rule(&f, "delete.any") != NULL) != cases[i].found)
			fail_msg("engine_run: '%s': want %s", cases[i].text,
				 cases[i].found ? "a finding" : "none");
		findings_release(&f);
		document_release(&doc);
	}
}

/* Runs the engine, as the customer, on `text` read one paragraph per line. */
static void run_lines(const char *text, struct document *doc, struct findings *f)
{
	struct engine_options opt = ENGINE_OPTIONS_INIT;

	memset(f, 0, sizeof(*f));
	textdoc_lines(doc, "t.txt", text);
	engine_run(eng, doc, &opt, f);
}

/* The rules over `text` as the text loader reads it (labels, headings, parents). */
static void run_text(const char *text, struct document *doc, struct findings *f)
{
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct engine_options eopt = ENGINE_OPTIONS_INIT;
	struct buf err = BUF_INIT;

	memset(f, 0, sizeof(*f));
	document_init(doc, "t.txt");
	assert_int_equal(text_load(doc, (const unsigned char *)text, strlen(text), &opt, &err), 0);
	engine_run(eng, doc, &eopt, f);
	buf_release(&err);
}

/*
 * Runs the rules over `text` a paragraph a line and returns how many
 * train.yes findings it gives; each must start past byte `after` of it.
 */
static size_t train_findings_after(const char *text, size_t after)
{
	struct document doc;
	struct findings f;
	size_t i, n = 0;

	run_lines(text, &doc, &f);
	for (i = 0; i < f.n; i++)
		if (!strcmp(f.v[i].rule->id, "train.yes")) {
			n++;
			assert_true(f.v[i].start > after);
		}
	findings_release(&f);
	document_release(&doc);
	return n;
}

/*
 * A list item is read with its lead-in: the actor and the negation of
 * "The Provider shall not:" reach "(b) use Customer Data to train".
 */
static void test_list_items_read_with_their_lead_in(void **state)
{
	const char *text =
		"The Provider shall not:\n"
		"(a) sell anything;\n"
		"(b) use Customer Data to train models; or\n"
		"(c) delete backups.\n"
		"The Provider may:\n"
		"(a) use Customer Data to train models.\n"
		"Unrelated sentence here.\n"
		"(a) use Customer Data to train models.\n";
	struct document doc;
	struct findings f;
	size_t i, ntrain = 0;

	(void)state;
	run_lines(text, &doc, &f);
	for (i = 0; i < f.n; i++) {
		if (strcmp(f.v[i].rule->id, "train.yes"))
			continue;
		ntrain++;
		/* Only the item under "may": the match maps into the item itself. */
		assert_int_equal(f.v[i].start, strstr(text, "may:\n(a) use") + 5 - text);
		assert_int_equal(f.v[i].end, strstr(text, "may:\n(a) use") + 5 +
				 strlen("(a) use Customer Data to train") - text);
	}
	assert_int_equal(ntrain, 1);
	findings_release(&f);
	document_release(&doc);
}

/*
 * A lead-in may end without a colon where it is unfinished: "... to",
 * "... if", "... the following,".  One that ends as a sentence does is no
 * lead-in.
 */
static void test_lead_in_without_colon(void **state)
{
	const char *text =
		"Despite clause 4, the Provider may use Customer Data to\n"
		"(a) train models; and\n"
		"(b) improve the service.\n"
		"The Provider may use Customer Data to help.\n"
		"(a) train models.\n"
		"The Provider may use Customer Data to train\n"
		"(a) nothing at all.\n"
		/* A parent item of another kind is a lead-in too; a sibling is not. */
		"(3) Despite clause 4, the Provider may use Customer Data to\n"
		"(a) train models.\n"
		"Nothing here.\n"
		"- 56 -\n"
		"(a) Despite clause 4, the Provider may use Customer Data to\n"
		"(b) train models.\n";
	struct document doc;
	struct findings f;
	size_t i, ntrain = 0;

	(void)state;
	run_lines(text, &doc, &f);
	for (i = 0; i < f.n; i++) {
		if (strcmp(f.v[i].rule->id, "train.yes"))
			continue;
		ntrain++;
		/* The items that finish a lead-in, or a sentence that matches itself. */
		assert_true(f.v[i].start == (size_t)(strstr(text, "(a) train models;") - text) ||
			    f.v[i].start == (size_t)(strstr(text, "(a) train models.\nNothing") - text) ||
			    f.v[i].start == (size_t)(strstr(text, "The Provider may use Customer Data to train") - text));
	}
	assert_int_equal(ntrain, 3);
	findings_release(&f);
	document_release(&doc);
}

/*
 * A lead-in opens the list its first item starts, not one of another kind
 * further on: "2. train models" after the "(a)", "(b)" items of "... to:"
 * is the next clause, and reads alone.
 */
static void test_lead_in_opens_one_kind_of_list(void **state)
{
	const char *text =
		"Despite clause 4, the Provider may use Customer Data to:\n"
		"(a) train models;\n"
		"(b) improve the service.\n"
		"2. train models for others.\n";
	struct document doc;
	struct findings f;
	size_t i, ntrain = 0;

	(void)state;
	run_lines(text, &doc, &f);
	for (i = 0; i < f.n; i++) {
		if (strcmp(f.v[i].rule->id, "train.yes"))
			continue;
		ntrain++;
		assert_int_equal(f.v[i].start, strstr(text, "(a) train") - text);
	}
	assert_int_equal(ntrain, 1);
	findings_release(&f);
	document_release(&doc);
}

/* An option nobody ticked is not a term; a ticked one is. */
static void test_unticked_options_are_not_terms(void **state)
{
	const char *text =
		"[    ]\tThe Provider may use Customer Data to train models.\n"
		"  - [ ] The Provider may use Customer Data to train models.\n"
		"\xE2\x98\x90 The Provider may use Customer Data to train models.\n"
		/* Word's Wingdings boxes, as the DOCX loader maps them. */
		"\xE2\x9D\x91 The Provider may use Customer Data to train models.\n"
		"\xE2\x96\xA1 The Provider may use Customer Data to train models.\n"
		"[ x ]\tThe Provider may use Customer Data to train models.\n"
		"Within [    ] days the Provider may use Customer Data to train models.\n";

	(void)state;
	assert_int_equal(train_findings_after(text, (size_t)(strstr(text, "[ x ]") - text)), 2);
}

static void test_drafting_notes_are_not_terms(void **state)
{
	const char *text =
		"[Drafting note: By default, the Provider may use Customer Data to train models.]\n"
		"Drafting Notes: the Provider may use Customer Data to train models.\n"
		"[NTD: The Provider may use Customer Data to train models.]\n"
		"Drafting notwithstanding, the Provider may use Customer Data to train models.\n"
		"Per the drafting note, the Provider may use Customer Data to train models.\n";

	(void)state;
	assert_int_equal(train_findings_after(text, (size_t)(strstr(text, "[NTD") - text)), 2);
}

/*
 * An HTML comment inside a sentence is a note to whoever fills in the
 * form: rules read the words around it as if it were not there, and
 * nothing inside it.
 */
static void test_html_comments_in_a_sentence_are_not_read(void **state)
{
	const char *text =
		"Cloud Service: [name] <!-- Note: the Provider may use Customer Data to train models. -->\n"
		"The Provider may <!-- or shall --> use Customer Data to train models.\n";

	(void)state;
	assert_int_equal(train_findings_after(text, (size_t)(strchr(text, '\n') - text)), 1);
}

/*
 * A clause the document deletes is not read, and the report says so: the
 * cover page's "Section 2.1 (Training) ... is deleted" leaves only the
 * clause that is not deleted.
 */
static void test_deleted_clauses_are_not_read(void **state)
{
	const char *text =
		"Section 2.1 (Training) of the Standard Terms is deleted in its entirety.\n\n"
		"2. Data\n\n"
		"2.1 Training. The Provider may use Customer Data to train models.\n\n"
		"2.2 Research. The Provider may use Customer Data to train research models.\n";
	struct document doc;
	struct findings f;
	size_t k, ntrain = 0;

	(void)state;
	run_text(text, &doc, &f);
	for (k = 0; k < f.n; k++)
		if (!strcmp(f.v[k].rule->id, "train.yes")) {
			ntrain++;
			assert_string_equal(doc.paras[f.v[k].para].clause, "2.2");
		}
	assert_int_equal(ntrain, 1);
	assert_int_equal(f.nwarning, 1);
	assert_non_null(strstr(f.warnings[0], "clause 2.1 is deleted by the sentence at line 1"));
	findings_release(&f);
	document_release(&doc);
}

/*
 * Eight clauses deleted: the first WARNINGS_OF_A_KIND are named, the rest
 * counted in one line, so a cover page that strikes a thousand clauses is
 * not a thousand warnings.
 */
static void test_deleted_clause_warnings_are_capped(void **state)
{
	struct buf text = BUF_INIT;
	struct document doc;
	struct findings f;
	int k;

	(void)state;
	for (k = 1; k <= 8; k++)
		buf_addf(&text, "Section 2.%d (Training) of the Standard Terms is deleted in its entirety.\n\n", k);
	buf_addstr(&text, "2. Data\n\n");
	for (k = 1; k <= 8; k++)
		buf_addf(&text, "2.%d Training. The Provider may use Customer Data to train models.\n\n", k);
	run_text(text.ptr, &doc, &f);
	assert_int_equal(f.nwarning, WARNINGS_OF_A_KIND + 1);
	for (k = 0; k < WARNINGS_OF_A_KIND; k++)
		assert_non_null(strstr(f.warnings[k], " is deleted by the sentence at line "));
	assert_string_equal(f.warnings[WARNINGS_OF_A_KIND],
			    "... and 3 more clauses deleted, not read");
	findings_release(&f);
	document_release(&doc);
	buf_release(&text);
}

/*
 * A clause that gives way to a rider's "Notwithstanding Section 2.1 of the
 * Standard Terms, ..." loses the findings the rider contradicts (one of
 * its type in another stance) and keeps the rest; the next clause, and a
 * clause the rider does not contradict, keep all of theirs.
 */
static void give_way_findings(const char *rider, size_t *ntrain_21, size_t *ndelete_21,
			      size_t *ntrain_22, struct findings *f)
{
	static const char terms[] =
		"STANDARD TERMS\n\n"
		"2. Data\n\n"
		"2.1 Training. The Provider may use Customer Data to train models. The Provider "
		"shall delete Customer Data on request.\n\n"
		"2.2 Research. The Provider may use Customer Data to train research models.\n";
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct engine_options eopt = ENGINE_OPTIONS_INIT;
	struct document doc;
	struct buf text = BUF_INIT, err = BUF_INIT;
	size_t k;

	buf_addstr(&text, rider);
	buf_addstr(&text, terms);
	memset(f, 0, sizeof(*f));
	*ntrain_21 = *ndelete_21 = *ntrain_22 = 0;
	document_init(&doc, "t.txt");
	assert_int_equal(text_load(&doc, (const unsigned char *)text.ptr, text.len, &opt, &err),
			 0);
	engine_run(eng, &doc, &eopt, f);
	for (k = 0; k < f->n; k++) {
		const char *c = doc.paras[f->v[k].para].clause;

		if (!c)
			continue;
		if (!strcmp(c, "2.1") && !strcmp(f->v[k].rule->id, "train.yes"))
			(*ntrain_21)++;
		if (!strcmp(c, "2.1") && !strcmp(f->v[k].rule->id, "delete.any"))
			(*ndelete_21)++;
		if (!strcmp(c, "2.2") && !strcmp(f->v[k].rule->id, "train.yes"))
			(*ntrain_22)++;
	}
	document_release(&doc);
	buf_release(&text);
	buf_release(&err);
}

static void test_clause_gives_way_where_contradicted(void **state)
{
	struct findings f;
	size_t train21, delete21, train22;

	(void)state;
	give_way_findings("B2. Notwithstanding Section 2.1 of the Standard Terms, the Provider "
			  "shall not use Customer Data to train models.\n\n",
			  &train21, &delete21, &train22, &f);
	assert_int_equal(train21, 0);
	assert_int_equal(delete21, 1);
	assert_int_equal(train22, 1);
	assert_int_equal(f.nwarning, 1);
	assert_non_null(strstr(f.warnings[0], "clause 2.1 gives way to the sentence at line 1; "
				       "1 finding it contradicts set aside"));
	findings_release(&f);

	/* Nothing in the rider contradicts 2.1: it stands whole, unremarked. */
	give_way_findings("B2. Notwithstanding Section 2.1 of the Standard Terms, the Provider "
			  "shall delete Customer Data within 30 days.\n\n",
			  &train21, &delete21, &train22, &f);
	assert_int_equal(train21, 1);
	assert_int_equal(delete21, 1);
	assert_int_equal(f.nwarning, 0);
	findings_release(&f);

	/* The other document named is not printed here: nothing gives way. */
	give_way_findings("B2. Notwithstanding Section 2.1 of the Master Agreement, the Provider "
			  "shall not use Customer Data to train models.\n\n",
			  &train21, &delete21, &train22, &f);
	assert_int_equal(train21, 1);
	assert_int_equal(f.nwarning, 0);
	findings_release(&f);
}

/*
 * A liability clause gives way in nothing: "Notwithstanding Section 2.1
 * of the Standard Terms, the Provider gives no indemnity for Outputs"
 * carves a case out of the indemnity, which stands for the rest.
 */
static void test_liability_clause_keeps_its_findings(void **state)
{
	const char *text =
		"B3. Notwithstanding Section 2.1 of the Standard Terms, the Provider gives no "
		"indemnity for Outputs.\n\n"
		"STANDARD TERMS\n\n"
		"2. Indemnities\n\n"
		"2.1 Indemnity. The Provider shall indemnify Customer against third-party "
		"claims.\n";
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct engine_options eopt = ENGINE_OPTIONS_INIT;
	struct document doc;
	struct findings f = { 0 };
	struct buf err = BUF_INIT;

	(void)state;
	document_init(&doc, "t.txt");
	assert_int_equal(text_load(&doc, (const unsigned char *)text, strlen(text), &opt, &err), 0);
	engine_run(eng, &doc, &eopt, &f);
	assert_non_null(find_rule(&f, "indemnity.no"));
	assert_non_null(find_rule(&f, "indemnity.yes"));
	assert_int_equal(f.nwarning, 0);
	findings_release(&f);
	document_release(&doc);
	buf_release(&err);
}

/*
 * A rule with `refers` holds where the clause it names by number holds
 * the finding it refers to, named before or after it; its finding joins
 * its sentence's as any other's, in text order, and outranks a less
 * severe one of its type and stance there.
 */
static const char refers_pack[] =
	"areas: [{id: liability, title: Liability}]\n"
	"types:\n"
	"  - {id: liability.cap, area: liability}\n"
	"  - {id: liability.uncapped, area: liability}\n"
	"placeholders:\n"
	"  ref: '\\b(?:clause|section)s? \\d+(?: and \\d+)?'\n"
	"rules:\n"
	"  - id: cap.amount\n"
	"    type: liability.cap\n"
	"    stance: adverse\n"
	"    keywords: [exceed]\n"
	"    patterns: ['shall not exceed']\n"
	"    qualifiers:\n"
	"      - {pattern: 'for fraud alone', effect: partial, label: fraud-only}\n"
	"  - id: uncapped.word\n"
	"    type: liability.uncapped\n"
	"    severity: info\n"
	"    keywords: [fraud]\n"
	"    patterns: ['\\bfraud\\b']\n"
	"  - id: uncapped.ref\n"
	"    type: liability.uncapped\n"
	"    severity: medium\n"
	"    keywords: [not apply]\n"
	"    refers: ['liability.cap:adverse']\n"
	"    patterns: ['{ref} does not apply']\n";

/* The clauses of `text` (read as a file) where rule `id` gives a finding, "|"-joined. */
static void refers_findings(struct engine *e, const char *text, const char *id,
			    struct buf *out)
{
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct engine_options eopt = ENGINE_OPTIONS_INIT;
	struct document doc;
	struct findings f = { 0 };
	struct buf err = BUF_INIT;
	size_t k;

	buf_reset(out);
	document_init(&doc, "t.txt");
	assert_int_equal(text_load(&doc, (const unsigned char *)text, strlen(text), &opt, &err), 0);
	engine_run(e, &doc, &eopt, &f);
	for (k = 0; k < f.n; k++) {
		/* In text order. */
		if (k)
			assert_true(f.v[k - 1].sentence <= f.v[k].sentence);
		if (strcmp(f.v[k].rule->id, id))
			continue;
		if (out->len)
			buf_addch(out, '|');
		buf_addstr(out, doc.paras[f.v[k].para].clause);
	}
	findings_release(&f);
	document_release(&doc);
	buf_release(&err);
}

static void test_references_read_the_clause_named(void **state)
{
	struct ruleset rrs;
	struct engine *e;
	struct buf got = BUF_INIT;

	(void)state;
	ruleset_init(&rrs);
	assert_int_equal(ruleset_add_pack(&rrs, "refers.yaml", refers_pack, strlen(refers_pack)), 0);
	assert_int_equal(ruleset_compile(&rrs), 0);
	e = engine_new(&rrs);

	/* Named before, or after. */
	refers_findings(e, "1. The liability shall not exceed the fees.\n\n"
			"2. Clause 1 does not apply to claims.\n",
			"uncapped.ref", &got);
	assert_string_equal(got.ptr, "2");
	refers_findings(e, "1. Clause 2 does not apply to claims.\n\n"
			"2. The liability shall not exceed the fees.\n",
			"uncapped.ref", &got);
	assert_string_equal(got.ptr, "1");
	/* A part of the clause named counts. */
	refers_findings(e, "2. Liability\n\n2.1 The liability shall not exceed the fees.\n\n"
			"3. Section 2 does not apply to claims.\n",
			"uncapped.ref", &got);
	assert_string_equal(got.ptr, "3");
	/* The clause named holds no cap: no finding. */
	refers_findings(e, "1. The Vendor shall deliver the fees.\n\n"
			"2. Clause 1 does not apply to claims.\n\n"
			"3. The liability shall not exceed the fees.\n",
			"uncapped.ref", &got);
	assert_string_equal(got.ptr, "");
	/* It outranks the less severe finding of its type and stance in its sentence. */
	refers_findings(e, "1. The liability shall not exceed the fees.\n\n"
			"2. Clause 1 does not apply to fraud.\n\n3. Except for fraud.\n", "uncapped.word", &got);
	assert_string_equal(got.ptr, "3");
	refers_findings(e, "1. The liability shall not exceed the fees.\n\n"
			"2. Clause 1 does not apply to fraud.\n",
			"uncapped.ref", &got);
	assert_string_equal(got.ptr, "2");

	buf_release(&got);
	engine_free(e);
	ruleset_release(&rrs);
}

/* Where the clause named holds it only in part, so does the reference. */
static void test_references_take_a_partial_qualifier(void **state)
{
	static const char *const texts[] = {
		"1. The liability for fraud alone shall not exceed the fees.\n\n"
		"2. Clause 1 does not apply to claims.\n",
		"1. The liability for fraud alone shall not exceed the fees.\n\n"
		"2. The liability shall not exceed the fees.\n\n"
		"3. Each of Clauses 1 and 2 does not apply to claims.\n",
	};
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct engine_options eopt = ENGINE_OPTIONS_INIT;
	struct ruleset rrs;
	struct engine *e;
	size_t t, k;

	(void)state;
	ruleset_init(&rrs);
	assert_int_equal(ruleset_add_pack(&rrs, "refers.yaml", refers_pack, strlen(refers_pack)), 0);
	assert_int_equal(ruleset_compile(&rrs), 0);
	e = engine_new(&rrs);
	for (t = 0; t < 2; t++) {
		struct document doc;
		struct findings f = { 0 };
		struct buf err = BUF_INIT;
		const struct finding *ref = NULL;

		document_init(&doc, "t.txt");
		assert_int_equal(text_load(&doc, (const unsigned char *)texts[t], strlen(texts[t]),
					   &opt, &err), 0);
		engine_run(e, &doc, &eopt, &f);
		for (k = 0; k < f.n; k++)
			if (!strcmp(f.v[k].rule->id, "uncapped.ref"))
				ref = &f.v[k];
		assert_non_null(ref);
		/* Only the first names no whole cap: the second also names clause 2's. */
		assert_int_equal(ref->partial, t == 0);
		if (t == 0)
			assert_string_equal(ref->qualifier, "fraud-only");
		else
			assert_null(ref->qualifier);
		findings_release(&f);
		document_release(&doc);
		buf_release(&err);
	}
	engine_free(e);
	ruleset_release(&rrs);
}

static void test_negation_before_cancels(void **state)
{
	struct document doc;
	struct findings f;

	(void)state;
	run("The Provider may not use Customer Data to train. ", &doc, &f);
	/* "may not use" does not match "may use" at all; check the exception path too. */
	findings_release(&f);
	document_release(&doc);
	run("Provider will not, and the Provider may use Customer Data to train.", &doc, &f);
	assert_null(find_rule(&f, "train.yes"));
	findings_release(&f);
	document_release(&doc);
	/* A "not" after the match is outside the `before` scope. */
	run("The Provider may use Customer Data to train, and it is not shared.", &doc, &f);
	assert_non_null(find_rule(&f, "train.yes"));
	findings_release(&f);
	document_release(&doc);
}

static void test_clause_scope_stays_in_its_clause(void **state)
{
	struct document doc;
	struct findings f;

	(void)state;
	/* The consent requirement is in another clause: the hit stands. */
	run("Nothing is disclosed without Customer's consent; the Provider may use Customer Data to train.",
	    &doc, &f);
	assert_non_null(find_rule(&f, "train.yes"));
	findings_release(&f);
	document_release(&doc);
	/* In the same clause it cancels. */
	run("Nothing is disclosed; (a) the Provider may use Customer Data to train without Customer's consent; (b) fees.",
	    &doc, &f);
	assert_null(find_rule(&f, "train.yes"));
	findings_release(&f);
	document_release(&doc);
	/* A number restated in figures is no item marker: one clause still. */
	run("The Provider may use Customer Data to train within ten (10) days without Customer's consent.",
	    &doc, &f);
	assert_null(find_rule(&f, "train.yes"));
	findings_release(&f);
	document_release(&doc);
	run("The Provider may use Customer Data to train; (2) without Customer's consent it sends fees.",
	    &doc, &f);
	assert_non_null(find_rule(&f, "train.yes"));
	findings_release(&f);
	document_release(&doc);
}

static void test_partial_flip_and_note(void **state)
{
	struct document doc;
	struct findings f;
	const struct finding *x;

	(void)state;
	run("The Provider may use Customer Data to train once aggregated.", &doc, &f);
	x = find_rule(&f, "train.yes");
	assert_non_null(x);
	assert_null(x->message);
	assert_true(x->partial);
	assert_string_equal(x->qualifier, "aggregated");
	findings_release(&f);
	document_release(&doc);

	run("On opposite day the Provider may use Customer Data to train.", &doc, &f);
	x = find_rule(&f, "train.yes");
	assert_non_null(x);
	assert_int_equal(x->stance, STANCE_PROTECTIVE);
	assert_string_equal(x->qualifier, "flipped");
	/* The rule's message says the opposite now: the flip's is the one shown. */
	assert_string_equal(x->message, "Backwards.");
	findings_release(&f);
	document_release(&doc);

	run("Provider shall delete all copies upon request.", &doc, &f);
	x = find_rule(&f, "delete.any");
	assert_non_null(x);
	assert_false(x->partial);
	assert_false(x->red_flag);
	assert_string_equal(x->qualifier, "on-request");
	findings_release(&f);
	document_release(&doc);

	/* A red-flag qualifier outranks a note for the label, and is no partial. */
	run("Provider shall delete all copies upon request, when it sees fit.", &doc, &f);
	x = find_rule(&f, "delete.any");
	assert_non_null(x);
	assert_false(x->partial);
	assert_true(x->red_flag);
	assert_int_equal(x->stance, STANCE_PROTECTIVE);
	assert_string_equal(x->qualifier, "at-will");
	findings_release(&f);
	document_release(&doc);
}

static void test_dedupe_keeps_most_severe(void **state)
{
	struct document doc;
	struct findings f;

	(void)state;
	run("The Provider may use Customer Data to train. We want to train.", &doc, &f);
	/* Sentence 1: high and low rule of one type and stance: only the high one. */
	assert_int_equal(f.n, 2);
	assert_string_equal(f.v[0].rule->id, "train.yes");
	assert_int_equal(f.v[0].sentence, 0);
	assert_string_equal(f.v[1].rule->id, "train.yes.low");
	assert_int_equal(f.v[1].sentence, 1);
	findings_release(&f);
	document_release(&doc);
}

/*
 * Rules of one type and stance but another aspect both stand in a sentence
 * ("delete ... and notify"); of one aspect, the most severe only.
 */
static void test_dedupe_keeps_each_aspect(void **state)
{
	struct document doc;
	struct findings f;

	(void)state;
	run("The Vendor will delete Customer Data and notify the Customer. "
	    "The Vendor will notify the Customer.", &doc, &f);
	assert_int_equal(f.n, 3);
	assert_string_equal(f.v[0].rule->id, "delete.any");
	assert_int_equal(f.v[0].sentence, 0);
	assert_string_equal(f.v[1].rule->id, "delete.notice");
	assert_int_equal(f.v[1].sentence, 0);
	assert_string_equal(f.v[2].rule->id, "delete.notice");
	assert_int_equal(f.v[2].sentence, 1);
	assert_null(find_rule(&f, "delete.notice.low"));
	findings_release(&f);
	document_release(&doc);
}

static void test_prefilter_skips_sentences_without_keywords(void **state)
{
	const char *why = NULL;
	const struct rule *r = ruleset_find_rule(&rs, "train.yes");

	(void)state;
	assert_int_equal(engine_match_rule(eng, r, "The Provider may use Customer Data to train.",
					   44, &why), 1);
	/* "retrain" holds "train" but not at a word start: the prefilter skips it. */
	assert_int_equal(engine_match_rule(eng, ruleset_find_rule(&rs, "train.yes.low"),
					   "We want to retrain.", 19, &why), 0);
	assert_int_equal(engine_match_rule(eng, r, "The Provider will not; Provider may use Customer Data to train.",
					   63, &why), 0);
	assert_string_equal(why, "negated");
}

/*
 * A word the patterns need that costs the prefilter more than it spares
 * ("agree", "ing": costly_words in regex_lit.c) is no need, but a rule's
 * keyword is found whatever its patterns need: the rule still reads the
 * sentences that hold it, and its pattern, with no set left, runs there.
 */
static void test_costly_words_stay_keywords(void **state)
{
	static const char agree_pack[] =
		"areas: [{id: a}]\n"
		"types: [{id: t.x, area: a}]\n"
		"rules:\n"
		"  - {id: agree, type: t.x, keywords: [agree], patterns: ['\\bagree\\b.{0,30}?\\w+ing\\b']}\n";
	struct ruleset brs;
	struct engine *e;
	const struct rule *r;
	const char *text;

	(void)state;
	ruleset_init(&brs);
	assert_int_equal(ruleset_add_pack(&brs, "agree.yaml", agree_pack, strlen(agree_pack)), 0);
	assert_int_equal(ruleset_compile(&brs), 0);
	r = ruleset_find_rule(&brs, "agree");
	assert_int_equal(r->patterns[0].nfilter, 0);
	e = engine_new(&brs);
	text = "The parties agree that mediating comes first.";
	assert_int_equal(engine_match_rule(e, r, text, strlen(text), NULL), 1);
	text = "The parties agree to arbitration.";
	assert_int_equal(engine_match_rule(e, r, text, strlen(text), NULL), 0);
	text = "The parties consent to mediating first.";
	assert_int_equal(engine_match_rule(e, r, text, strlen(text), NULL), 0);
	engine_free(e);
	ruleset_release(&brs);
}

/*
 * A pattern may start no later than the last place the words it needs
 * begin: here the needed "Customer Data" first occurs before the match
 * and again inside it, and the match must still be found.
 */
static void test_match_starts_by_last_needed_word(void **state)
{
	const char *text = "Customer Data stays yours; the Provider may use Customer Data to train.";
	const struct rule *r = ruleset_find_rule(&rs, "train.yes");

	(void)state;
	assert_true(r->patterns[0].nfilter > 0);
	assert_int_equal(engine_match_rule(eng, r, text, strlen(text), NULL), 1);
	/* Only the earlier occurrence: no match can start in time. */
	text = "Customer Data stays yours; the Provider may use it to train.";
	assert_int_equal(engine_match_rule(eng, r, text, strlen(text), NULL), 0);
}

/*
 * A reach that counts words ("(?:\\w+ ){0,1}") is as long as the longest
 * run of bytes without white space in the sentence: measured wrong, the
 * search would start past the match.  The runs here cross the eight-byte
 * steps the measure takes, and a tab ends one.
 */
static void test_reach_counts_the_longest_word(void **state)
{
	static const char word_pack[] =
		"areas: [{id: a}]\n"
		"types: [{id: t.x, area: a}]\n"
		"rules:\n"
		"  - {id: word, type: t.x, keywords: [indemnif], patterns: ['\\bprovider (?:\\w+ ){0,1}?indemnif']}\n";
	struct ruleset brs;
	struct engine *e;
	const struct rule *r;
	const char *text;

	(void)state;
	ruleset_init(&brs);
	assert_int_equal(ruleset_add_pack(&brs, "word.yaml", word_pack, strlen(word_pack)), 0);
	assert_int_equal(ruleset_compile(&brs), 0);
	r = ruleset_find_rule(&brs, "word");
	assert_int_equal(r->patterns[0].nfilter, 2);
	assert_true(r->patterns[0].filter[0].reach.words + r->patterns[0].filter[1].reach.words > 0);
	e = engine_new(&brs);
	text = "The provider supercalifragilisticexpialidocious indemnifies.";
	assert_int_equal(engine_match_rule(e, r, text, strlen(text), NULL), 1);
	text = "A\tB\tC\tthe provider antidisestablishmentarianism indemnifies.";
	assert_int_equal(engine_match_rule(e, r, text, strlen(text), NULL), 1);
	text = "The provider supercalifragilisticexpialidocious very indemnifies.";
	assert_int_equal(engine_match_rule(e, r, text, strlen(text), NULL), 0);
	engine_free(e);
	ruleset_release(&brs);
}

/*
 * And no earlier than the first place a needed word begins, less how far
 * into a match it can begin: for ".{0,3}liable" three characters, here of
 * two bytes.  Counting them as bytes would start the search at the second
 * of the three characters before "liable" and find a shorter match; the
 * bound itself falls inside an "e acute" and must be taken back to its
 * first byte.  A needed word that occurs again after the match must not
 * move the search past it.
 */
static void test_match_starts_after_first_needed_word(void **state)
{
	static const char bound_pack[] =
		"areas: [{id: a}]\n"
		"types: [{id: t.x, area: a}]\n"
		"rules:\n"
		"  - {id: near, type: t.x, keywords: [liable], patterns: ['.{0,3}liable(?!\xE2\x82\xAC)']}\n"
		"  - {id: pair, type: t.x, keywords: [liable], patterns: ['\\bliable\\b.{0,20}\\bcap\\b']}\n";
	struct ruleset brs;
	struct engine *e;
	struct document doc;
	struct findings f = { 0 };
	const char *text;

	(void)state;
	ruleset_init(&brs);
	assert_int_equal(ruleset_add_pack(&brs, "bound.yaml", bound_pack, strlen(bound_pack)), 0);
	assert_int_equal(ruleset_compile(&brs), 0);
	assert_int_equal(regex_span_at(&ruleset_find_rule(&brs, "near")->patterns[0].filter[0].reach,
				       2, 0), 6);
	/*
	 * A pattern with a character beyond ASCII ("€") runs in UTF mode, so
	 * its "." is a character; one all in ASCII runs on bytes.
	 */
	assert_true(ruleset_find_rule(&brs, "near")->patterns[0].flags & PCRE2_UTF);
	assert_false(ruleset_find_rule(&brs, "pair")->patterns[0].flags & PCRE2_UTF);
	e = engine_new(&brs);
	/* "ab", seven e-acutes (bytes 2..15), a space, "liable" at 17. */
	make_doc(&doc, "ab\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9 liable");
	engine_run(e, &doc, NULL, &f);
	assert_int_equal(f.n, 1);
	assert_string_equal(f.v[0].rule->id, "near");
	assert_int_equal(f.v[0].start, 12);
	assert_int_equal(f.nwarning, 0);
	findings_release(&f);
	document_release(&doc);
	text = "Liable up to the cap; the cap is low; nobody is liable.";
	assert_int_equal(engine_match_rule(e, ruleset_find_rule(&brs, "pair"), text, strlen(text),
					   NULL), 1);
	engine_free(e);
	ruleset_release(&brs);
}

static void test_prefilter_automaton(void **state)
{
	struct prefilter *pf = prefilter_new(4);
	struct prefilter_hits h;
	const char *text = "Models are TRAINED; fine-tuning happens. he";

	(void)state;
	prefilter_add(pf, "train", 0);
	prefilter_add(pf, "fine-tun", 1);
	prefilter_add(pf, "she", 2);
	prefilter_add(pf, "he", 2);
	prefilter_add_always(pf, 3);
	prefilter_build(pf);
	prefilter_hits_init(&h, pf);
	prefilter_scan(pf, text, strlen(text), &h);
	assert_int_equal(h.nfound, 4);
	assert_int_equal(h.entry[0].mark, h.generation);
	assert_int_equal(h.entry[1].mark, h.generation);
	assert_int_equal(h.entry[2].mark, h.generation);
	/* "the"/"happens" hold "he" mid-word only; the final "he" is a word. */
	prefilter_scan(pf, "the happens", 11, &h);
	assert_int_equal(h.nfound, 1);
	assert_int_equal(h.found[0], 3);
	/* A keyword counts at a word's start only: "Retraining" holds none. */
	prefilter_scan(pf, "Retraining or training", 22, &h);
	assert_true(prefilter_hit(&h, 0));
	prefilter_scan(pf, "Retraining", 10, &h);
	assert_false(prefilter_hit(&h, 0));
	prefilter_hits_release(&h);
	prefilter_free(pf);
}

/*
 * One keyword serves entries of every mode: a rule's keyword (at a word
 * start, once), a pattern's word found anywhere and one found at word
 * starts only, each with where it was.
 */
static void test_prefilter_modes_share_a_keyword(void **state)
{
	struct prefilter *pf = prefilter_new(3);
	struct prefilter_hits h;
	const char *text = "Property per unit, paper; per annum";

	(void)state;
	prefilter_add(pf, "per", 0);
	prefilter_add_anywhere(pf, "per", 1);
	prefilter_add_word(pf, "per", 2);
	prefilter_build(pf);
	prefilter_hits_init(&h, pf);
	prefilter_scan(pf, text, strlen(text), &h);
	assert_int_equal(h.nfound, 3);
	assert_true(prefilter_hit(&h, 0));
	/* Anywhere: from "Property" to "per annum". */
	assert_int_equal(h.entry[1].first, 3);
	assert_int_equal(h.entry[1].last, 26);
	/* At word starts: the two "per" words, not "Property" or "paper". */
	assert_int_equal(h.entry[2].first, 9);
	assert_int_equal(h.entry[2].last, 26);
	/* Inside words only: the anywhere entry alone. */
	prefilter_scan(pf, "Property paper", 14, &h);
	assert_int_equal(h.nfound, 1);
	assert_int_equal(h.found[0], 1);
	assert_false(prefilter_hit(&h, 0));
	assert_false(prefilter_hit(&h, 2));
	prefilter_hits_release(&h);
	prefilter_free(pf);
}

/*
 * Keywords longer than the automaton's depth are finished along the text:
 * they must be found whole, at a word start, once however often they occur,
 * and never past the end of the text.
 */
static void test_prefilter_long_keywords(void **state)
{
	struct prefilter *pf = prefilter_new(6);
	struct prefilter_hits h;
	const char *text = "The Vendor SHALL NOT USE Customer Data; shall not use it.";

	(void)state;
	prefilter_add(pf, "shall not use", 0);
	prefilter_add(pf, "shall not be liable", 1);
	prefilter_add(pf, "shall not use", 2);          /* the same keyword, another rule */
	prefilter_add_anywhere(pf, "customer data", 3);
	prefilter_add(pf, "ustomer data", 4);           /* mid-word only: not at a word start */
	prefilter_add_anywhere(pf, "data;", 5);
	prefilter_build(pf);
	prefilter_hits_init(&h, pf);
	prefilter_scan(pf, text, strlen(text), &h);
	assert_int_equal(h.entry[0].mark, h.generation);
	assert_int_not_equal(h.entry[1].mark, h.generation);
	assert_int_equal(h.entry[2].mark, h.generation);
	assert_int_equal(h.entry[3].mark, h.generation);
	assert_int_not_equal(h.entry[4].mark, h.generation);
	assert_int_equal(h.entry[5].mark, h.generation);
	assert_int_equal(h.nfound, 4);                  /* each entry found once */
	assert_int_equal(h.entry[3].last, 25);                /* where each last begins */
	assert_int_equal(h.entry[5].last, 34);
	prefilter_scan(pf, "data; Data; x DATA; end", 23, &h);
	assert_int_equal(h.entry[5].first, 0);
	assert_int_equal(h.entry[5].last, 14);
	/* Cut short: the head is there, the rest is not. */
	prefilter_scan(pf, "vendor shall not us", 19, &h);
	assert_int_equal(h.nfound, 0);
	prefilter_scan(pf, "shall not be liabl", 18, &h);
	assert_int_equal(h.nfound, 0);
	prefilter_scan(pf, "it shall not be liable", 22, &h);
	assert_int_equal(h.nfound, 1);
	assert_int_equal(h.found[0], 1);

	/* A replayed scan answers as the scan did, after another scan. */
	{
		struct prefilter_found saved[6];
		size_t nsaved;

		prefilter_scan(pf, text, strlen(text), &h);
		nsaved = h.nfound;
		assert_int_equal(nsaved, 4);
		prefilter_hits_save(&h, saved);
		prefilter_scan(pf, "it shall not be liable", 22, &h);
		prefilter_hits_replay(&h, saved, nsaved);
		assert_int_equal(h.nfound, 4);
		assert_int_equal(h.entry[3].last, 25);
		assert_int_equal(h.entry[0].mark, h.generation);
		assert_int_not_equal(h.entry[1].mark, h.generation);
		assert_int_equal(h.entry[5].mark, h.generation);
		/* The list too, in the order the scan found it. */
		for (nsaved = 0; nsaved < 4; nsaved++)
			assert_int_equal(h.found[nsaved], saved[nsaved].entry);
	}
	prefilter_hits_release(&h);
	prefilter_free(pf);
}

/*
 * A tail node's children are looked through in order of their first
 * byte, and a walk stops at the first past the text's: a byte below them
 * all, between two, above them all or equal to one must each be read
 * right, whatever order the keywords came in, either case.
 */
static void test_prefilter_tail_children_in_order(void **state)
{
	static const char *const kws[] = {
		"licensee z", "licensee a", "licensee ~", "licensee m", "licensee 5",
	};
	static const struct {
		const char *text;
		int entry;        /* the one found, or -1 */
	} cases[] = {
		{ "the licensee a", 1 }, { "the LICENSEE M", 3 }, { "the licensee z", 0 },
		{ "the licensee 5", 4 }, { "the licensee ~", 2 }, { "the licensee 0", -1 },
		{ "the licensee b", -1 }, { "the licensee {", -1 }, { "the licensee \x7f", -1 },
		{ "the licensee !", -1 },
	};
	struct prefilter *pf = prefilter_new(5);
	struct prefilter_hits h;
	size_t i;

	(void)state;
	for (i = 0; i < 5; i++)
		prefilter_add(pf, kws[i], i);
	prefilter_build(pf);
	prefilter_hits_init(&h, pf);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		prefilter_scan(pf, cases[i].text, strlen(cases[i].text), &h);
		if (cases[i].entry < 0) {
			assert_int_equal(h.nfound, 0);
		} else {
			assert_int_equal(h.nfound, 1);
			assert_int_equal(h.found[0], cases[i].entry);
		}
	}
	prefilter_hits_release(&h);
	prefilter_free(pf);
}

/*
 * Past the automaton's depth, keywords hang in a radix tree whose edges
 * are strings: a keyword ending inside another's edge, edges that part
 * after many shared bytes, and text that leaves an edge in its middle or
 * at its last byte must all be read right.
 */
static void test_prefilter_radix_tails(void **state)
{
	struct prefilter *pf = prefilter_new(5);
	struct prefilter_hits h;

	(void)state;
	prefilter_add_anywhere(pf, "data processing", 0);
	prefilter_add_anywhere(pf, "data processing agreement", 1);
	prefilter_add_anywhere(pf, "data processing addendum", 2);
	prefilter_add_anywhere(pf, "data protection", 3);
	prefilter_add(pf, "shall not use customer data", 4);
	prefilter_build(pf);
	prefilter_hits_init(&h, pf);

	prefilter_scan(pf, "the Data Processing Agreement", 29, &h);
	assert_int_equal(h.entry[0].mark, h.generation);
	assert_int_equal(h.entry[1].mark, h.generation);
	assert_int_not_equal(h.entry[2].mark, h.generation);
	assert_int_not_equal(h.entry[3].mark, h.generation);
	assert_int_equal(h.entry[1].first, 4);

	/* Off the edge after "a": neither long keyword, the short one yes. */
	prefilter_scan(pf, "data processing agenda, data processing addendu", 47, &h);
	assert_int_equal(h.entry[0].mark, h.generation);
	assert_int_not_equal(h.entry[1].mark, h.generation);
	assert_int_not_equal(h.entry[2].mark, h.generation);
	assert_int_equal(h.entry[0].last, 24);

	/* Off at the very last byte of an edge, and a whole one after. */
	prefilter_scan(pf, "Vendor shall not use customer datum; shall not use Customer Data.", 65, &h);
	assert_int_equal(h.nfound, 1);
	assert_int_equal(h.found[0], 4);
	prefilter_scan(pf, "data protection", 15, &h);
	assert_int_equal(h.entry[3].mark, h.generation);
	assert_int_not_equal(h.entry[0].mark, h.generation);

	prefilter_hits_release(&h);
	prefilter_free(pf);
}

/*
 * Past 65,535 automaton states the prefilter knows fewer bytes of each
 * keyword and checks more by hand: 40,000 keywords that differ in every
 * one of their first six letters force that, and must all still be found.
 */
static void test_prefilter_many_keywords(void **state)
{
	enum { NKW = 40000 };
	struct prefilter *pf = prefilter_new(NKW);
	struct prefilter_hits h;
	char kw[16], text[64];
	size_t i;

	(void)state;
	for (i = 0; i < NKW; i++) {
		size_t v = i * 7919, j;

		for (j = 0; j < 6; j++, v /= 26)
			kw[j] = (char)('a' + v % 26);
		memcpy(kw + 6, "zz", 3);
		prefilter_add(pf, kw, i);
	}
	prefilter_build(pf);
	prefilter_hits_init(&h, pf);
	for (i = 0; i < NKW; i += 997) {
		size_t v = i * 7919, j;

		memcpy(text, "say ", 4);
		for (j = 0; j < 6; j++, v /= 26)
			text[4 + j] = (char)('A' + v % 26);
		memcpy(text + 10, "ZZ now", 7);
		prefilter_scan(pf, text, strlen(text), &h);
		assert_int_equal(h.nfound, 1);
		assert_int_equal(h.found[0], i);
		text[11] = 'y';         /* the last letter, past the automaton's depth */
		prefilter_scan(pf, text, strlen(text), &h);
		assert_int_equal(h.nfound, 0);
	}
	prefilter_hits_release(&h);
	prefilter_free(pf);
}

/* Where each entry's keyword occurs in text, found the slow way. */
struct naive_hit {
	int hit;
	size_t first, last;
};

static void naive_scan(const char *const *kw, const int *mode, size_t nkw, const char *text,
		       size_t len, struct naive_hit *want)
{
	size_t k, p;

	memset(want, 0, nkw * sizeof(*want));
	for (k = 0; k < nkw; k++) {
		size_t n = strlen(kw[k]);

		for (p = 0; p + n <= len; p++) {
			int at_word = p == 0 || !isalnum((unsigned char)text[p - 1]);

			if (strncasecmp(text + p, kw[k], n) || (mode[k] != 2 && !at_word))
				continue;
			if (!want[k].hit)
				want[k].first = p;
			want[k].hit = 1;
			want[k].last = p;
		}
	}
}

/*
 * A long text is walked in two halves at once, in windows: whatever the
 * length, and wherever a keyword falls (across the middle, across a
 * window's edge, at the very end), the scan finds what a search of every
 * position finds, with the same first and last places.
 */
static void test_prefilter_halves_find_what_a_search_does(void **state)
{
	enum { NKW = 11 };
	static const char *const kw[NKW] = {
		"data", "customer data", "train", "shall not use", "ing", "per", "use",
		"liability", "liab", "of the ", "x",
	};
	static const int mode[NKW] = { 0, 2, 1, 1, 2, 2, 0, 1, 0, 2, 1 };
	static const char *const words[] = {
		"Customer", "Data", "data", "shall", "not", "use", "uses", "training",
		"retrain", "liability", "LIABILITY", "of", "the", "per", "paper", "x", "yx",
		"sing", "shall not use", "customer data", ",", ";", "  ", "\n",
	};
	const size_t lens[] = { 0, 1, 12, 63, 64, 65, 127, 128, 301, 1000, 16383, 16384,
				16385, 16400, 32768, 40000 };
	struct prefilter *pf = prefilter_new(NKW);
	struct prefilter_hits h;
	struct naive_hit want[NKW];
	char *text = malloc(40000 + 32);
	unsigned long seed = 12345;
	size_t i, k, t;

	(void)state;
	assert_non_null(text);
	for (k = 0; k < NKW; k++) {
		if (mode[k] == 0)
			prefilter_add(pf, kw[k], k);
		else if (mode[k] == 1)
			prefilter_add_word(pf, kw[k], k);
		else
			prefilter_add_anywhere(pf, kw[k], k);
	}
	prefilter_build(pf);
	prefilter_hits_init(&h, pf);
	for (t = 0; t < 3; t++)
		for (i = 0; i < ARRAY_SIZE(lens); i++) {
			size_t len = 0;

			/* Words at random, then cut to the length wanted. */
			while (len < lens[i]) {
				const char *w;

				seed = seed * 6364136223846793005UL + 1442695040888963407UL;
				w = words[(seed >> 33) % ARRAY_SIZE(words)];
				memcpy(text + len, w, strlen(w));
				len += strlen(w);
				text[len++] = ' ';
			}
			len = lens[i];
			naive_scan(kw, mode, NKW, text, len, want);
			prefilter_scan(pf, text, len, &h);
			for (k = 0; k < NKW; k++) {
				if (!want[k].hit != !prefilter_hit(&h, k))
					fail_msg("length %zu: '%s' found %d, want %d", len, kw[k],
						 prefilter_hit(&h, k), want[k].hit);
				if (!want[k].hit || mode[k] == 0)
					continue;
				assert_int_equal(h.entry[k].first, want[k].first);
				assert_int_equal(h.entry[k].last, want[k].last);
			}
		}
	prefilter_hits_release(&h);
	prefilter_free(pf);
	free(text);
}

/* Builds the view of a one-sentence document and checks its text is `want`. */
static void view_one(struct document *doc, struct view *v, const char *text, const char *want)
{
	make_doc(doc, text);
	view_build(v, doc, NULL, 0);
	assert_int_equal(v->nsent, 1);
	assert_int_equal(v->sent_end[0] - v->sent_start[0], strlen(want));
	assert_memory_equal(v->text.ptr + v->sent_start[0], want, strlen(want));
}

static void test_view_normalises_and_maps_back(void **state)
{
	/* “Customer’s” Data — with a soft hyphen in "Da\xC2\xADta". */
	const char *text = "\xE2\x80\x9C" "Customer\xE2\x80\x99s\xE2\x80\x9D  Da\xC2\xADta\t\xE2\x80\x94 **bold**.";
	struct document doc;
	struct view v = VIEW_INIT;
	const char *want = "\"Customer's\" Data - bold.";
	size_t at;

	(void)state;
	view_one(&doc, &v, text, want);
	/* "Data" in the view maps back to "Da\xC2\xADta" in the original. */
	at = (size_t)(strstr(v.text.ptr, "Data") - v.text.ptr);
	assert_int_equal(view_to_orig_start(&v, at), strstr(text, "Da") - text);
	assert_int_equal(view_to_orig_end(&v, at + 4), strstr(text, "ta\t") + 2 - text);
	/* The apostrophe (3 bytes in the original) maps to its whole span. */
	at = (size_t)(strchr(v.text.ptr, '\'') - v.text.ptr);
	assert_int_equal(view_to_orig_start(&v, at), strstr(text, "\xE2\x80\x99") - text);
	assert_int_equal(view_to_orig_end(&v, at + 1), strstr(text, "\xE2\x80\x99") + 3 - text);
	view_release(&v);
	document_release(&doc);
}

/*
 * "No." before a number is "number" in the view, so that no pattern reads
 * "SOW No. 3" as a negation; "no." ending a sentence, "Nos." and "Reno." are
 * left alone or read likewise, and offsets still map back.
 */
static void test_view_reads_number_abbreviation(void **state)
{
	const char *text = "Deliverables under SOW No. 3 and Nos. 4 and 5 are ours, and casino.5 is no. 7. "
			   "There is no. Nothing follows it.";
	struct document doc;
	struct view v = VIEW_INIT;
	size_t at;

	(void)state;
	make_doc(&doc, text);
	view_build(&v, &doc, NULL, 0);
	assert_non_null(strstr(v.text.ptr, "SOW number 3 and numbers 4 and 5 are ours"));
	/* Inside a word, or not before a number, the word stays. */
	assert_non_null(strstr(v.text.ptr, "casino.5 is number 7."));
	assert_non_null(strstr(v.text.ptr, "There is no."));
	at = (size_t)(strstr(v.text.ptr, "number 3") - v.text.ptr);
	assert_int_equal(view_to_orig_start(&v, at), strstr(text, "No.") - text);
	at = (size_t)(strstr(v.text.ptr, "and 5") - v.text.ptr);
	assert_int_equal(view_to_orig_start(&v, at), strstr(text, "and 5") - text);
	view_release(&v);
	document_release(&doc);
}

/*
 * A Markdown link reads as its text; the target is gone from the view.  A
 * link within the document, a checkbox and a bracket with no target stay.
 */
static void test_view_markdown_links(void **state)
{
	const char *text = "We do not limit [liability](https://e.x/a_(b)) for fraud, "
			   "[ ] opt in, see [Section 7](#s7) and [1] (x).";
	const char *want = "We do not limit liability for fraud, "
			   "[ ] opt in, see [Section 7](#s7) and [1] (x).";
	struct document doc;
	struct view v = VIEW_INIT;
	size_t at;

	(void)state;
	view_one(&doc, &v, text, want);
	/* "liability" maps back to the link's text, not its bracket or target. */
	at = (size_t)(strstr(v.text.ptr, "liability") - v.text.ptr);
	assert_int_equal(view_to_orig_start(&v, at), strstr(text, "liability") - text);
	assert_int_equal(view_to_orig_end(&v, at + 9), strstr(text, "liability") + 9 - text);
	/* "fraud" comes after the dropped target, at its own place. */
	at = (size_t)(strstr(v.text.ptr, "fraud") - v.text.ptr);
	assert_int_equal(view_to_orig_start(&v, at), strstr(text, "fraud") - text);
	view_release(&v);
	document_release(&doc);

	/* A link that is the whole sentence is a button, read as it stands. */
	text = "* [Delete your data](https://e.x/delete).";
	view_one(&doc, &v, text, text);
	view_release(&v);
	document_release(&doc);
}

static void test_view_substitutions(void **state)
{
	const char *text = "Acme Corp shall deliver the weights.";
	struct view_subst s = { 0, 9, "Vendor" };
	struct document doc;
	struct view v = VIEW_INIT;

	(void)state;
	make_doc(&doc, text);
	view_build(&v, &doc, &s, 1);
	assert_string_equal(v.text.ptr, "Vendor shall deliver the weights.\n");
	assert_int_equal(view_to_orig_start(&v, 7), 10);
	assert_int_equal(view_to_orig_end(&v, 6), 9);
	view_release(&v);
	document_release(&doc);

	/*
	 * A name inside a link's target is dropped with the target; the
	 * name after it is still replaced.
	 */
	{
		const char *link = "See [terms](https://x.org/Acme) where Acme shall deliver.";
		const char *a1 = strstr(link, "Acme"), *a2 = strstr(a1 + 1, "Acme");
		struct view_subst two[2] = {
			{ (size_t)(a1 - link), (size_t)(a1 - link) + 4, "Vendor" },
			{ (size_t)(a2 - link), (size_t)(a2 - link) + 4, "Vendor" },
		};

		make_doc(&doc, link);
		view_build(&v, &doc, two, 2);
		assert_string_equal(v.text.ptr, "See terms where Vendor shall deliver.\n");
		view_release(&v);
		document_release(&doc);
	}
}

static void test_pathological_pattern_hits_limit(void **state)
{
	static const char evil[] =
		"areas: [{id: a}]\n"
		"types: [{id: t.x, area: a}]\n"
		"rules:\n"
		"  - {id: evil, type: t.x, patterns: ['^(\\w+\\s?)*$']}\n";
	struct ruleset ers;
	struct engine *e;
	struct document doc;
	struct findings f = { 0 };
	struct buf text = BUF_INIT;
	int i, run;

	(void)state;
	ruleset_init(&ers);
	assert_int_equal(ruleset_add_pack(&ers, "evil.yaml", evil, strlen(evil)), 0);
	assert_int_equal(ruleset_compile(&ers), 0);
	e = engine_new(&ers);
	for (i = 0; i < 2000; i++)
		buf_addch(&text, 'a');
	buf_addch(&text, '!');
	make_doc(&doc, text.ptr);
	engine_run(e, &doc, NULL, &f);
	assert_int_equal(f.n, 0);
	assert_int_equal(f.nwarning, 1);
	assert_non_null(strstr(f.warnings[0], "rule 'evil' stopped in the sentence at line 1 (match limit exceeded)"));
	findings_release(&f);
	document_release(&doc);

	/*
	 * Forty such paragraphs: the first WARNINGS_OF_A_KIND stops are named,
	 * the rest counted in one line, and the count is the document's own (on
	 * a second run the engine names the first five again).  How many of the
	 * forty stop is PCRE2's affair (its JIT code, once compiled, gives up
	 * on some sooner); a score of them do.
	 */
	buf_reset(&text);
	for (i = 0; i < 40 * 2002; i++)
		buf_addch(&text, i % 2002 == 2001 ? '\n' : i % 2002 == 2000 ? '!' :
			  (char)('a' + i / 2002 % 26));
	for (run = 0; run < 2; run++) {
		struct findings g = { 0 };
		const char *more;

		make_doc(&doc, text.ptr);
		engine_run(e, &doc, NULL, &g);
		assert_int_equal(g.nwarning, WARNINGS_OF_A_KIND + 1);
		assert_non_null(strstr(g.warnings[WARNINGS_OF_A_KIND - 1], "rule 'evil' stopped in the sentence at line "));
		more = g.warnings[WARNINGS_OF_A_KIND];
		assert_true(!strncmp(more, "... and ", 8));
		assert_non_null(strstr(more, " more sentences a rule could not finish"));
		findings_release(&g);
		document_release(&doc);
	}
	buf_release(&text);
	engine_free(e);
	ruleset_release(&ers);
}

/* A text, paragraphs one to a line ('#' opens a heading), and what the rule finds in it. */
struct scope_case {
	const char *text;
	size_t n;               /* findings */
	enum stance stance;
	const char *label;      /* the qualifier that decided, or NULL */
};

static void assert_scope_cases(const char *yaml, const struct scope_case *cases, size_t ncases)
{
	struct ruleset nrs;
	struct engine *e;
	size_t i;

	ruleset_init(&nrs);
	assert_int_equal(ruleset_add_pack(&nrs, "scope.yaml", yaml, strlen(yaml)), 0);
	assert_int_equal(ruleset_compile(&nrs), 0);
	e = engine_new(&nrs);
	for (i = 0; i < ncases; i++) {
		struct document doc;
		struct findings f = { 0 };
		const char *t = cases[i].text, *p, *nl;

		document_init(&doc, "t.txt");
		buf_addstr(&doc.text, t);
		for (p = t; *p; p = *nl ? nl + 1 : nl) {
			nl = strchr(p, '\n');
			if (!nl)
				nl = p + strlen(p);
			if (nl > p)
				document_add_paragraph(&doc, *p == '#' ? PARA_HEADING : PARA_BODY,
						       (size_t)(p - t), (size_t)(nl - t));
		}
		document_finish(&doc);
		engine_run(e, &doc, NULL, &f);
		print_message("case %zu: %zu findings\n", i, f.n);
		assert_int_equal(f.n, cases[i].n);
		if (f.n) {
			assert_int_equal(f.v[0].stance, cases[i].stance);
			if (cases[i].label)
				assert_string_equal(f.v[0].qualifier, cases[i].label);
			else
				assert_null(f.v[0].qualifier);
		}
		findings_release(&f);
		document_release(&doc);
	}
	engine_free(e);
	ruleset_release(&nrs);
}

/*
 * Scope `next`: a qualifier read in the sentence after the match, in the
 * same paragraph or opening the next, never past a heading or further on.
 */
static void test_scope_next_reads_the_following_sentence(void **state)
{
	static const char next_pack[] =
		"areas: [{id: a}]\n"
		"types: [{id: t.x, area: a}]\n"
		"rules:\n"
		"  - id: swap\n"
		"    type: t.x\n"
		"    stance: adverse\n"
		"    keywords: [replace]\n"
		"    patterns: ['\\bvendor may replace the model\\b']\n"
		"    qualifiers:\n"
		"      - {pattern: 'materially worse', label: no-degradation, effect: flip, scope: next,\n"
		"         message: 'The vendor may replace the model with one no worse.'}\n"
		"    exceptions:\n"
		"      - {pattern: 'foregoing does not apply', scope: next}\n";
	static const struct scope_case cases[] = {
		{ "Vendor may replace the model. No replacement may perform materially worse.",
		  1, STANCE_PROTECTIVE, "no-degradation" },
		{ "Vendor may replace the model.\nNo replacement may perform materially worse.",
		  1, STANCE_PROTECTIVE, "no-degradation" },
		{ "Vendor may replace the model. The foregoing does not apply to pinned versions.",
		  0, STANCE_ADVERSE, NULL },
		{ "Vendor may replace the model. Customer pays the fees.", 1, STANCE_ADVERSE, NULL },
		/* Its own sentence is not the next one. */
		{ "Vendor may replace the model, which may perform materially worse.",
		  1, STANCE_ADVERSE, NULL },
		/* Two sentences on: out of reach. */
		{ "Vendor may replace the model. Customer pays the fees. Nothing performs materially worse.",
		  1, STANCE_ADVERSE, NULL },
		/* A heading starts another clause. */
		{ "Vendor may replace the model.\n#Materially worse\n", 1, STANCE_ADVERSE, NULL },
	};

	(void)state;
	assert_scope_cases(next_pack, cases, sizeof(cases) / sizeof(*cases));
}

/*
 * Scope `previous` with `when: absent`: "We claim no ownership of that
 * content" is about outputs only where the sentence before says the
 * content is generated; that sentence is in the same paragraph or closes
 * the one before, never a heading, never two sentences back.
 */
static void test_scope_previous_and_when_absent(void **state)
{
	static const char previous_pack[] =
		"areas: [{id: a}]\n"
		"types: [{id: t.x, area: a}]\n"
		"rules:\n"
		"  - id: no-claim\n"
		"    type: t.x\n"
		"    stance: protective\n"
		"    keywords: [claim]\n"
		"    patterns: ['\\bwe claim no ownership of that content\\b']\n"
		"    qualifiers:\n"
		"      - {pattern: 'beta', label: beta-only, effect: partial, scope: previous}\n"
		"    exceptions:\n"
		"      - {pattern: 'generate', label: not-generated, scope: previous, when: absent}\n";
	static const struct scope_case cases[] = {
		{ "You may generate content. We claim no ownership of that content.",
		  1, STANCE_PROTECTIVE, NULL },
		{ "You may generate content.\nWe claim no ownership of that content.",
		  1, STANCE_PROTECTIVE, NULL },
		{ "Beta users may generate content. We claim no ownership of that content.",
		  1, STANCE_PROTECTIVE, "beta-only" },
		{ "You may upload content. We claim no ownership of that content.",
		  0, STANCE_PROTECTIVE, NULL },
		/* Nothing before it: the content is not known to be generated. */
		{ "We claim no ownership of that content.", 0, STANCE_PROTECTIVE, NULL },
		/* Its own sentence is not the previous one. */
		{ "We claim no ownership of that content you generate.", 0, STANCE_PROTECTIVE, NULL },
		/* Two sentences back: out of reach. */
		{ "You may generate content. You may upload files. We claim no ownership of that content.",
		  0, STANCE_PROTECTIVE, NULL },
		/* A heading is no sentence of the clause. */
		{ "#Generate content\nWe claim no ownership of that content.", 0, STANCE_PROTECTIVE, NULL },
	};

	(void)state;
	assert_scope_cases(previous_pack, cases, sizeof(cases) / sizeof(*cases));
}

/*
 * A pattern is JIT-compiled once the text it has been run over would have
 * paid for the compiling, and only a pattern that runs: until then the
 * interpreter finds the same matches.
 */
static void test_jit_waits_until_earned(void **state)
{
	static const char jit_pack[] =
		"areas: [{id: a}]\n"
		"types: [{id: t.x, area: a}, {id: t.y, area: a}]\n"
		"rules:\n"
		"  - {id: ran, type: t.x, keywords: [escrow], patterns: ['\\w+\\s+holds\\b']}\n"
		"  - {id: near, type: t.y, keywords: [agent], patterns: ['\\bescrow agent\\b']}\n"
		"  - {id: idle, type: t.x, keywords: [weights], patterns: ['\\bmodel weights\\b']}\n";
	static const char sentence[] =
		"The escrow agent appointed under the escrow agreement of this date holds the code.";
	struct ruleset jrs;
	struct engine *e;
	struct document doc;
	const struct rule *ran, *idle;
	size_t runs, per_run = 0;

	(void)state;
	ruleset_init(&jrs);
	assert_int_equal(ruleset_add_pack(&jrs, "jit.yaml", jit_pack, strlen(jit_pack)), 0);
	assert_int_equal(ruleset_compile(&jrs), 0);
	ran = ruleset_find_rule(&jrs, "ran");
	idle = ruleset_find_rule(&jrs, "idle");
	if (!jrs.jit_available) {
		assert_int_equal(atomic_load(&ran->patterns[0].jit->state), RULE_JIT_NONE);
		ruleset_release(&jrs);
		skip();
	}
	assert_int_equal(atomic_load(&ran->patterns[0].jit->state), RULE_JIT_PENDING);
	e = engine_new(&jrs);
	make_doc(&doc, sentence);
	/*
	 * Each run counts the bytes where a match of "ran" may start: up to
	 * where its "holds" begins, not the rest of the sentence.  It
	 * compiles when they add up.
	 */
	for (runs = 1; runs <= RULE_JIT_WORK + 1; runs++) {
		struct findings f = { 0 };

		engine_run(e, &doc, NULL, &f);
		assert_int_equal(f.n, 2);
		findings_release(&f);
		if (runs == 1) {
			per_run = atomic_load(&ran->patterns[0].jit->work);
			assert_true(per_run > 0);
			assert_true(per_run <= (size_t)(strstr(sentence, "holds") - sentence) + 1);
		}
		if (atomic_load(&ran->patterns[0].jit->state) != RULE_JIT_PENDING)
			break;
	}
	assert_true(runs > 1);
	assert_true(runs <= RULE_JIT_WORK / per_run + 1);
	assert_int_equal(atomic_load(&ran->patterns[0].jit->state), RULE_JIT_READY);
	/*
	 * A copy was compiled: the code other threads may be matching with
	 * was not touched.
	 */
	{
		size_t orig = 1, copy = 0;
		const pcre2_code *jitted = atomic_load(&ran->patterns[0].jit->code);

		assert_non_null(jitted);
		assert_ptr_not_equal(jitted, ran->patterns[0].code);
		assert_int_equal(pcre2_pattern_info(ran->patterns[0].code, PCRE2_INFO_JITSIZE, &orig), 0);
		assert_int_equal(pcre2_pattern_info(jitted, PCRE2_INFO_JITSIZE, &copy), 0);
		assert_int_equal(orig, 0);
		assert_true(copy > 0);
		assert_ptr_equal(ruleset_match_code(&jrs, &ran->patterns[0], 1, 1, 0), jitted);
	}
	/* Compiled, it finds the same. */
	{
		struct findings f = { 0 };

		engine_run(e, &doc, NULL, &f);
		assert_int_equal(f.n, 2);
		findings_release(&f);
	}
	/* A pattern that never runs is never compiled. */
	assert_int_equal(atomic_load(&idle->patterns[0].jit->state), RULE_JIT_PENDING);
	/* Once is enough: a second call changes nothing. */
	ruleset_jit(&jrs, &ran->patterns[0]);
	assert_int_equal(atomic_load(&ran->patterns[0].jit->state), RULE_JIT_READY);
	document_release(&doc);
	engine_free(e);
	ruleset_release(&jrs);
}

/*
 * In a batch a run counts more toward JIT compiling, as the documents to
 * come will likely run the pattern too; one contract alone still waits.
 */
static void test_jit_sooner_in_a_batch(void **state)
{
	static const char jit_pack[] =
		"areas: [{id: a}]\n"
		"types: [{id: t.x, area: a}]\n"
		"rules:\n"
		"  - {id: ran, type: t.x, keywords: [escrow], patterns: ['\\w+\\s+holds\\b']}\n";
	static const char sentence[] = "The escrow agent holds the code.";
	struct engine_options one = ENGINE_OPTIONS_INIT, batch = ENGINE_OPTIONS_INIT;
	struct ruleset jrs;
	struct engine *e;
	struct document doc;
	struct findings f = { 0 };
	const struct rule *ran;

	(void)state;
	ruleset_init(&jrs);
	assert_int_equal(ruleset_add_pack(&jrs, "jit.yaml", jit_pack, strlen(jit_pack)), 0);
	assert_int_equal(ruleset_compile(&jrs), 0);
	ran = ruleset_find_rule(&jrs, "ran");
	if (!jrs.jit_available) {
		ruleset_release(&jrs);
		skip();
	}
	e = engine_new(&jrs);
	make_doc(&doc, sentence);
	engine_run(e, &doc, &one, &f);
	assert_int_equal(f.n, 1);
	findings_release(&f);
	assert_int_equal(atomic_load(&ran->patterns[0].jit->state), RULE_JIT_PENDING);
	/*
	 * The first document of a batch forecasts its work for every one to
	 * come: a batch a little larger than the work it takes to compile
	 * compiles it (counting the square root of the documents left did
	 * not).
	 */
	batch.documents_left = RULE_JIT_WORK / (2 * atomic_load(&ran->patterns[0].jit->work)) + 1;
	engine_run(e, &doc, &batch, &f);
	assert_int_equal(f.n, 1);
	findings_release(&f);
	assert_int_equal(atomic_load(&ran->patterns[0].jit->state), RULE_JIT_READY);
	document_release(&doc);
	engine_free(e);
	ruleset_release(&jrs);
}

/*
 * Late in a batch the work of the documents read forecasts less: a
 * pattern first run after most of the batch was read waits, however
 * many documents remain.
 */
static void test_jit_forecast_falls_late_in_a_batch(void **state)
{
	static const char jit_pack[] =
		"areas: [{id: a}]\n"
		"types: [{id: t.x, area: a}]\n"
		"rules:\n"
		"  - {id: ran, type: t.x, keywords: [escrow], patterns: ['\\w+\\s+holds\\b']}\n";
	static const char other[] = "The agent keeps the code.";
	struct engine_options batch = ENGINE_OPTIONS_INIT;
	struct ruleset jrs;
	struct engine *e;
	struct document doc, quiet;
	struct findings f = { 0 };
	const struct rule *ran;
	struct buf text = BUF_INIT;
	size_t total = 4000, i, w;

	(void)state;
	ruleset_init(&jrs);
	assert_int_equal(ruleset_add_pack(&jrs, "jit.yaml", jit_pack, strlen(jit_pack)), 0);
	assert_int_equal(ruleset_compile(&jrs), 0);
	ran = ruleset_find_rule(&jrs, "ran");
	if (!jrs.jit_available) {
		ruleset_release(&jrs);
		skip();
	}
	/* About a tenth of what compiling takes, then the square root of 3,000. */
	buf_addstr(&text, "The escrow");
	while (text.len < RULE_JIT_WORK / 10)
		buf_addstr(&text, " agent");
	buf_addstr(&text, " holds the code.");
	e = engine_new(&jrs);
	make_doc(&quiet, other);
	make_doc(&doc, text.ptr);
	for (i = 0; i < 1000; i++) {
		batch.documents_left = total - i;
		engine_run(e, &quiet, &batch, &f);
		findings_release(&f);
	}
	batch.documents_left = total - i;
	engine_run(e, &doc, &batch, &f);
	assert_int_equal(f.n, 1);
	findings_release(&f);
	w = atomic_load(&ran->patterns[0].jit->work);
	assert_true(w < RULE_JIT_WORK);
	assert_true(w * 54 >= RULE_JIT_WORK);
	assert_int_equal(atomic_load(&ran->patterns[0].jit->state), RULE_JIT_PENDING);
	buf_release(&text);
	document_release(&doc);
	document_release(&quiet);
	engine_free(e);
	ruleset_release(&jrs);
}

/*
 * Roman numerals count apart from letters: the "(i)", "(ii)" under "(c)"
 * are read with (c)'s lead-in, not as siblings of (c) under the list's.
 * A lone "(i)" after "(h)", or after the roman list of an "(h)", is the
 * letter i, a sibling read with the list's lead-in.
 */
static void test_roman_items_under_a_letter(void **state)
{
	const char *text =
		"The Provider shall not:\n"
		"(b) delete backups;\n"
		"(c) act, except that the Provider may use Customer Data to:\n"
		"(i) train models; or\n"
		"(ii) train models for others.\n"
		"(d) keep anything.\n"
		"The Provider may:\n"
		"(g) keep backups;\n"
		"(h) sell anything; and\n"
		"(i) use Customer Data to train models.\n"
		"The Provider may:\n"
		"(g) keep backups;\n"
		"(h) delete backups as follows:\n"
		"(i) weekly;\n"
		"(ii) monthly; and\n"
		"(i) use Customer Data to train tools.\n";
	struct document doc;
	struct findings f;
	size_t i, ntrain = 0;

	(void)state;
	run_lines(text, &doc, &f);
	for (i = 0; i < f.n; i++) {
		if (strcmp(f.v[i].rule->id, "train.yes"))
			continue;
		ntrain++;
		assert_true(f.v[i].start == (size_t)(strstr(text, "(i) train models;") - text) ||
			    f.v[i].start == (size_t)(strstr(text, "(ii) train") - text) ||
			    f.v[i].start == (size_t)(strstr(text, "(i) use Customer Data to train models") - text) ||
			    f.v[i].start == (size_t)(strstr(text, "(i) use Customer Data to train tools") - text));
	}
	assert_int_equal(ntrain, 4);
	findings_release(&f);
	document_release(&doc);
}

/*
 * Lead-ins chain where an item is itself a lead-in that reads on: "(i)"
 * under "(a) use Customer Data to:" under "The Provider shall not:" is
 * read as "The Provider shall not use Customer Data to train models", and
 * is negated; under "The Provider may:" it is a use.  An item that turns
 * to an exception ("except that ... may ... to:") keeps its own reading.
 */
static void test_nested_lead_ins_chain(void **state)
{
	const char *text =
		"The Provider shall not:\n"
		"(a) use Customer Data to:\n"
		"(i) train models; or\n"
		"(ii) build profiles.\n"
		"(b) delete backups.\n"
		"The Provider may:\n"
		"(a) use Customer Data to:\n"
		"(i) train tools.\n"
		"The Provider shall not:\n"
		"(a) act, except that the Provider may use Customer Data to:\n"
		"(i) train systems.\n";
	struct document doc;
	struct findings f;
	size_t i, ntrain = 0;

	(void)state;
	run_lines(text, &doc, &f);
	for (i = 0; i < f.n; i++) {
		if (strcmp(f.v[i].rule->id, "train.yes"))
			continue;
		ntrain++;
		assert_true(f.v[i].start == (size_t)(strstr(text, "(i) train tools") - text) ||
			    f.v[i].start == (size_t)(strstr(text, "(i) train systems") - text));
	}
	assert_int_equal(ntrain, 2);
	findings_release(&f);
	document_release(&doc);
}

/*
 * Duties listed with no subject under a heading that names whose they are
 * ("1. OBLIGATIONS OF THE PROVIDER" over "1.1 Not to use Customer Data to
 * train any model") are read with that party as their subject, whatever
 * the heading's case; "To the extent ..." is no duty, and under a heading
 * that names no party a duty has no subject to take.  A party denied
 * before its modal ("Neither Provider shall use") is read as "Vendor
 * shall not use".
 */
static void test_duties_under_a_party_heading(void **state)
{
	const char *text =
		"This Agreement is made between Acme Ltd (the \"Provider\") and Beta plc "
		"(the \"Customer\").\n\n"
		"1. OBLIGATIONS OF THE PROVIDER\n\n"
		"1.1 Not to use Customer Data to train any model.\n\n"
		"1.2 To the extent permitted, Provider may use Customer Data to train tools.\n\n"
		"2. WARRANTY\n\n"
		"2.1 Not to use Customer Data to train other models.\n\n"
		"3. THE PROVIDER'S RIGHTS AND DUTIES\n\n"
		"3.1 Not to use Customer Data to train research models.\n\n"
		"4. GENERAL\n\n"
		"4.1 Neither Provider shall use Customer Data to train ad models.\n\n"
		"4.2 No Customer shall use Customer Data to train rival models.\n\n"
		"4.3 Neither Provider nor Customer shall use Customer Data to train joint models.\n";
	struct document doc;
	struct findings f;
	const struct finding *x;
	size_t k, nno = 0;

	(void)state;
	run_text(text, &doc, &f);
	for (k = 0; k < f.n; k++) {
		const char *c = doc.paras[f.v[k].para].clause;

		if (!strcmp(f.v[k].rule->id, "train.no")) {
			nno++;
			if (strcmp(c, "1.1") && strcmp(c, "3.1") && strcmp(c, "4.1"))
				fail_msg("train.no in %s", c);
			/* From the heading's party, the match starts at the duty. */
			assert_int_equal(f.v[k].start, doc.paras[f.v[k].para].start);
		}
		/*
		 * "Neither Provider shall use" is no use; "No Customer" names no
		 * vendor; "Neither Provider nor Customer" stays as it stands.
		 */
		if (!strcmp(f.v[k].rule->id, "train.yes") && strcmp(c, "1.2"))
			fail_msg("train.yes in %s", c);
	}
	assert_int_equal(nno, 3);
	x = find_rule(&f, "train.yes");
	assert_non_null(x);
	assert_string_equal(doc.paras[x->para].clause, "1.2");
	findings_release(&f);
	document_release(&doc);
}

/*
 * A numbered heading with a verb ("25. We may use customer data to
 * train") is a heading: the clause under it is read, the heading is not.
 * Each text goes through the text loader, which tells the heading.
 */
static void test_numbered_headings_are_not_clauses(void **state)
{
	static const struct {
		const char *text;
		size_t n;
	} cases[] = {
		{ "25. We may use customer data to train\n\n"
		  "We may use customer data to train models, as described below.\n", 1 },
		/* A numbered clause with its stop is a clause. */
		{ "25. We may use customer data to train models.\n\n"
		  "We may use customer data to train models, as described below.\n", 2 },
	};
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct engine_options eopt = ENGINE_OPTIONS_INIT;
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct document doc;
		struct findings f = { 0 };
		struct buf err = BUF_INIT;
		size_t ntrain = 0;

		document_init(&doc, "t.txt");
		assert_int_equal(text_load(&doc, (const unsigned char *)cases[i].text,
					   strlen(cases[i].text), &opt, &err), 0);
		engine_run(eng, &doc, &eopt, &f);
		for (k = 0; k < f.n; k++)
			ntrain += !strcmp(f.v[k].rule->id, "train.yes");
		if (ntrain != cases[i].n)
			fail_msg("case %zu: %zu train.yes findings, want %zu", i, ntrain, cases[i].n);
		findings_release(&f);
		document_release(&doc);
		buf_release(&err);
	}
	/*
	 * A DOCX may set a whole clause in a heading style, with no stop
	 * before its list or footnote: it is read for its length.
	 */
	for (i = 0; i < 2; i++) {
		static const char *text[] = {
			"5.1 We may use customer data to train",
			"5.1 We may use customer data to train models, and shall credit Customer when it does not:[1]",
		};
		struct document doc;
		struct findings f = { 0 };
		struct paragraph *p;

		document_init(&doc, "t.docx");
		buf_addstr(&doc.text, text[i]);
		p = document_add_paragraph(&doc, PARA_HEADING, 0, strlen(text[i]));
		p->label = "5.1";
		p->body = 4;
		p->level = 1;
		document_finish(&doc);
		engine_run(eng, &doc, &eopt, &f);
		if ((find_rule(&f, "train.yes") != NULL) != (i == 1))
			fail_msg("'%s': want %s", text[i], i == 1 ? "a finding" : "none");
		findings_release(&f);
		document_release(&doc);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_match_offsets_are_original),
		cmocka_unit_test(test_scope_next_reads_the_following_sentence),
		cmocka_unit_test(test_scope_previous_and_when_absent),
		cmocka_unit_test(test_jit_waits_until_earned),
		cmocka_unit_test(test_jit_sooner_in_a_batch),
		cmocka_unit_test(test_jit_forecast_falls_late_in_a_batch),
		cmocka_unit_test(test_captions_are_not_clauses),
		cmocka_unit_test(test_contents_lines_are_not_clauses),
		cmocka_unit_test(test_run_in_headings_are_not_clauses),
		cmocka_unit_test(test_list_items_read_with_their_lead_in),
		cmocka_unit_test(test_lead_in_without_colon),
		cmocka_unit_test(test_lead_in_opens_one_kind_of_list),
		cmocka_unit_test(test_unticked_options_are_not_terms),
		cmocka_unit_test(test_drafting_notes_are_not_terms),
		cmocka_unit_test(test_html_comments_in_a_sentence_are_not_read),
		cmocka_unit_test(test_negation_before_cancels),
		cmocka_unit_test(test_clause_gives_way_where_contradicted),
		cmocka_unit_test(test_liability_clause_keeps_its_findings),
		cmocka_unit_test(test_clause_scope_stays_in_its_clause),
		cmocka_unit_test(test_partial_flip_and_note),
		cmocka_unit_test(test_dedupe_keeps_most_severe),
		cmocka_unit_test(test_dedupe_keeps_each_aspect),
		cmocka_unit_test(test_prefilter_skips_sentences_without_keywords),
		cmocka_unit_test(test_costly_words_stay_keywords),
		cmocka_unit_test(test_match_starts_by_last_needed_word),
		cmocka_unit_test(test_reach_counts_the_longest_word),
		cmocka_unit_test(test_match_starts_after_first_needed_word),
		cmocka_unit_test(test_prefilter_automaton),
		cmocka_unit_test(test_prefilter_modes_share_a_keyword),
		cmocka_unit_test(test_prefilter_long_keywords),
		cmocka_unit_test(test_prefilter_radix_tails),
		cmocka_unit_test(test_prefilter_tail_children_in_order),
		cmocka_unit_test(test_prefilter_many_keywords),
		cmocka_unit_test(test_prefilter_halves_find_what_a_search_does),
		cmocka_unit_test(test_view_normalises_and_maps_back),
		cmocka_unit_test(test_view_reads_number_abbreviation),
		cmocka_unit_test(test_view_markdown_links),
		cmocka_unit_test(test_view_substitutions),
		cmocka_unit_test(test_pathological_pattern_hits_limit),
		cmocka_unit_test(test_roman_items_under_a_letter),
		cmocka_unit_test(test_nested_lead_ins_chain),
		cmocka_unit_test(test_numbered_headings_are_not_clauses),
		cmocka_unit_test(test_duties_under_a_party_heading),
		cmocka_unit_test(test_deleted_clauses_are_not_read),
		cmocka_unit_test(test_deleted_clause_warnings_are_capped),
		cmocka_unit_test(test_references_read_the_clause_named),
		cmocka_unit_test(test_references_take_a_partial_qualifier),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "jsoncheck.h"
#include "report.h"
#include "xalloc.h"

/* --- a hand-built rule set --------------------------------------------- */

static struct area areas[] = {
	{ "data", "Data rights" },
	{ "exit", "Escrow and exit" },
	{ "commercial", "Commercial terms" },
};

enum { R_TRAIN, R_DELETE, R_LAW, R_LICENCE, R_LIMITED };

static struct rule rules[] = {
	[R_TRAIN] = { .id = "data.training-allowed", .type_id = "data.training",
		.title = "Vendor may train on customer data",
		.message = "The vendor may train its models on your data.",
		.recommendation = "Rule advice: no training.",
		.stance = STANCE_ADVERSE, .severity = SEVERITY_HIGH },
	[R_DELETE] = { .id = "data.deletion", .type_id = "data.deletion",
		.title = "Deletion on request", .message = "Data is deleted.",
		.stance = STANCE_PROTECTIVE, .severity = SEVERITY_LOW },
	[R_LAW] = { .id = "commercial.law", .type_id = "commercial.governing-law",
		.title = "Governing law", .message = "Names the governing law.",
		.stance = STANCE_NEUTRAL, .severity = SEVERITY_INFO },
	[R_LICENCE] = { .id = "ip.licence-back", .type_id = "ip.license-grant",
		.title = "Licence back to the vendor", .message = "A broad licence.",
		.recommendation = "Keep the licence to what the service needs.",
		.stance = STANCE_ADVERSE, .severity = SEVERITY_CRITICAL },
	[R_LIMITED] = { .id = "exit.escrow-limited", .type_id = "exit.escrow",
		.title = "Escrow of source only", .message = "Only source code is escrowed.",
		.stance = STANCE_PROTECTIVE, .severity = SEVERITY_MEDIUM },
};

static struct type_stance training_red[] = { { "data.training", NULL, STANCE_ADVERSE } };
static struct type_stance deletion_met[] = { { "data.deletion", NULL, STANCE_PROTECTIVE } };
static struct type_stance escrow_met[] = { { "exit.escrow", NULL, STANCE_PROTECTIVE } };
static struct type_stance weights_met[] = { { "exit.weights", NULL, STANCE_PROTECTIVE } };
static struct type_stance licence_red[] = { { "ip.license-grant", NULL, STANCE_ADVERSE } };
static struct type_stance nothing[] = { { "none.such", NULL, STANCE_PROTECTIVE } };

enum { I_TRAINING, I_DELETION, I_ESCROW, I_WEIGHTS, I_OWNERSHIP, I_NOTICE };

static struct checklist_item items[] = {
	[I_TRAINING] = { .id = "data.no-training", .area = "data",
		.title = "No training on customer data", .priority = PRIORITY_MUST,
		.weight = 5, .met = nothing, .nmet = 1,
		.red_flags = training_red, .nred_flags = 1,
		.recommendation = "No use of Customer Data to train models.",
		.fallback = "An opt-out that is off by default.",
		.rationale = "Training leaks your data into a shared model." },
	[I_DELETION] = { .id = "data.deletion", .area = "data",
		.title = "Deletion at the end", .priority = PRIORITY_SHOULD,
		.weight = 3, .met = deletion_met, .nmet = 1,
		.recommendation = "Deletion within 30 days." },
	[I_ESCROW] = { .id = "exit.escrow", .area = "exit",
		.title = "Escrow of the model", .priority = PRIORITY_MUST,
		.weight = 4, .met = weights_met, .nmet = 1,
		.partial = escrow_met, .npartial = 1,
		.recommendation = "Escrow of weights and code." },
	[I_WEIGHTS] = { .id = "exit.weights", .area = "exit",
		.title = "Delivery of the weights", .priority = PRIORITY_MUST,
		.weight = 6, .met = weights_met, .nmet = 1,
		.recommendation = "Delivery of the trained weights on exit.",
		.fallback = "Delivery on insolvency." },
	[I_OWNERSHIP] = { .id = "ip.ownership", .area = "exit",
		.title = "Customer owns the fine-tuned model", .priority = PRIORITY_SHOULD,
		.weight = 2, .met = nothing, .nmet = 1,
		.red_flags = licence_red, .nred_flags = 1 },
	[I_NOTICE] = { .id = "commercial.notice", .area = "commercial",
		.title = "Notice of changes", .priority = PRIORITY_SHOULD,
		.weight = 1, .met = nothing, .nmet = 1 },
};

static void init_ruleset(struct ruleset *rs)
{
	memset(rs, 0, sizeof(*rs));
	rs->areas = areas;
	rs->nareas = ARRAY_SIZE(areas);
	rs->rules = rules;
	rs->nrules = ARRAY_SIZE(rules);
	rs->items = items;
	rs->nitems = ARRAY_SIZE(items);
}

/* --- a hand-built document --------------------------------------------- */

struct para_spec {
	const char *text;
	const char *label;     /* the leading label, or NULL */
	int level;
};

/*
 * One paragraph per line; paragraph i is on line i + 1 (text) or is
 * paragraph i + 1 (DOCX).
 */
static void build_document(struct document *doc, const char *path,
		enum doc_format format, const struct para_spec *spec, size_t n)
{
	size_t i;

	document_init(doc, path);
	doc->format = format;
	doc->format_name = format == DOC_FORMAT_DOCX ? "docx" : "text";
	for (i = 0; i < n; i++) {
		size_t start = doc->text.len, len = strlen(spec[i].text);
		struct paragraph *p;

		buf_add(&doc->text, spec[i].text, len);
		p = document_add_paragraph(doc, spec[i].label ? PARA_LIST_ITEM : PARA_BODY,
					   start, start + len);
		if (spec[i].label) {
			p->label = arena_strdup(&doc->arena, spec[i].label);
			p->body = start + strlen(spec[i].label) + 1;
			p->level = spec[i].level;
		}
		p->source = i + 1;
		buf_addch(&doc->text, '\n');
	}
	document_finish(doc);
}

/* A finding of rule `r` on the first occurrence of `needle`. */
static void add_finding(struct findings *f, const struct document *doc, int r,
		const char *needle)
{
	const char *at = strstr(doc->text.ptr, needle);
	struct finding *x;

	assert_non_null(at);
	ALLOC_GROW(f->v, f->n + 1, f->alloc);
	x = &f->v[f->n++];
	memset(x, 0, sizeof(*x));
	x->rule = &rules[r];
	x->stance = rules[r].stance;
	x->start = (size_t)(at - doc->text.ptr);
	x->end = x->start + strlen(needle);
	x->sentence = document_sentence_at(doc, x->start);
	x->para = document_para_at(doc, x->start);
	assert_true(x->sentence != (size_t)-1);
}

static const struct para_spec contract[] = {
	{ "1. Data", "1.", 0 },
	{ "1.1 Vendor may use Customer Data to train and improve its models. "
	  "Vendor shall delete Customer Data within 30 days.", "1.1", 1 },
	{ "2. Exit", "2.", 0 },
	{ "2.1 Source code is placed in escrow \"quoted\" \x01 \x7f \033[2J with ünïcode.",
	  "2.1", 1 },
	{ "2.2 Vendor grants itself a licence back to all Customer models.",
	  "2.2", 1 },
	{ "This Agreement is governed by the laws of Delaware.", NULL, -1 },
};

struct fixture {
	struct ruleset rs;
	struct document doc;
	struct findings f;
	struct score_report score;
};

static void fixture_build(struct fixture *fx, enum doc_format format)
{
	init_ruleset(&fx->rs);
	build_document(&fx->doc, "contract.txt", format, contract, ARRAY_SIZE(contract));
	memset(&fx->f, 0, sizeof(fx->f));
	add_finding(&fx->f, &fx->doc, R_TRAIN, "may use Customer Data to train");
	add_finding(&fx->f, &fx->doc, R_DELETE, "shall delete Customer Data");
	add_finding(&fx->f, &fx->doc, R_LIMITED, "placed in escrow");
	add_finding(&fx->f, &fx->doc, R_LICENCE, "licence back");
	add_finding(&fx->f, &fx->doc, R_LAW, "governed by the laws");
	fx->f.v[2].qualifier = "source-only";
	fx->f.v[3].tracked = TRACK_INSERTED;
	score_findings(&fx->rs, &fx->f, PERSPECTIVE_CUSTOMER, &fx->score);
}

static void fixture_release(struct fixture *fx)
{
	score_release(&fx->score);
	free(fx->f.v);
	document_release(&fx->doc);
}

static int setup_text(void **state)
{
	struct fixture *fx = xcalloc(1, sizeof(*fx));

	fixture_build(fx, DOC_FORMAT_TEXT);
	*state = fx;
	return 0;
}

static int setup_docx(void **state)
{
	struct fixture *fx = xcalloc(1, sizeof(*fx));

	fixture_build(fx, DOC_FORMAT_DOCX);
	document_add_comment(&fx->doc, 1, "Legal", "Strike \"train\".");
	document_add_comment(&fx->doc, 4, NULL, "ok");
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	fixture_release(*state);
	free(*state);
	return 0;
}

/* Runs a writer over the reviews into memory; the caller frees the result. */
static char *run_writer(const struct reporter *rep, const struct ruleset *rs,
		const struct review *rv, size_t n, int color, int verbose,
		enum perspective as, size_t *len)
{
	struct report_ctx ctx;
	char *mem = NULL;
	size_t i;

	memset(&ctx, 0, sizeof(ctx));
	ctx.out = open_memstream(&mem, len);
	assert_non_null(ctx.out);
	ctx.rs = rs;
	ctx.color = color;
	ctx.verbose = verbose;
	ctx.as = as;
	rep->begin(&ctx);
	for (i = 0; i < n; i++) {
		rep->document(&ctx, &rv[i]);
		ctx.ndocs++;
	}
	rep->end(&ctx);
	assert_null(ctx.state);
	assert_int_equal(fclose(ctx.out), 0);
	return mem;
}

static struct review review_of(const struct fixture *fx)
{
	struct review rv = { fx->doc.path, &fx->doc, NULL, &fx->f, &fx->score };

	return rv;
}

static char *text_report(const struct fixture *fx, int color, int verbose)
{
	struct review rv = review_of(fx);
	size_t len;
	char *out = run_writer(&report_text, &fx->rs, &rv, 1, color, verbose,
			       PERSPECTIVE_CUSTOMER, &len);

	assert_int_equal(strlen(out), len);
	return out;
}

/* --- the lookup -------------------------------------------------------- */

static void test_reporter_lookup(void **state)
{
	char names[64], *name, *save = NULL;
	size_t n = 0;

	(void)state;
	assert_ptr_equal(reporter_find("text"), &report_text);
	assert_ptr_equal(reporter_find("json"), &report_json);
	assert_ptr_equal(reporter_find("sarif"), &report_sarif);
	assert_ptr_equal(reporter_find("junit"), &report_junit);
	assert_null(reporter_find("xml"));
	assert_null(reporter_find(""));
	assert_null(reporter_find("JSON"));
	/* Every name listed is found, and the list names them all. */
	assert_true(strlen(reporter_names()) < sizeof(names));
	memcpy(names, reporter_names(), strlen(reporter_names()) + 1);
	for (name = strtok_r(names, ", ", &save); name; name = strtok_r(NULL, ", ", &save)) {
		assert_non_null(reporter_find(name));
		n++;
	}
	assert_int_equal(n, 4);
}

/* --- helpers ----------------------------------------------------------- */

static size_t utf8_chars(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* Whether s is valid UTF-8: the JSON validator knows how, on a string. */
static int valid_utf8(const char *s, size_t len)
{
	struct buf q = BUF_INIT;
	size_t i;
	int ok;

	buf_addch(&q, '"');
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x20 && s[i] != '"' && s[i] != '\\')
			buf_addch(&q, s[i]);
	buf_addch(&q, '"');
	ok = jc_validate(q.ptr, q.len) == NULL;
	buf_release(&q);
	return ok;
}

static void quote(struct buf *out, const char *s, const char *match, size_t max)
{
	const char *m = strstr(s, match);

	assert_non_null(m);
	buf_reset(out);
	report_quote(out, s, 0, strlen(s), (size_t)(m - s),
		     (size_t)(m - s) + strlen(match), max, "[", "]");
}

static void test_quote_short_sentence_whole(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	quote(&b, "Vendor may   train\ton\n data.", "train", 160);
	assert_string_equal(b.ptr, "Vendor may [train] on data.");
	buf_release(&b);
}

static void test_quote_cut_around_match(void **state)
{
	struct buf s = BUF_INIT, b = BUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < 40; i++)
		buf_addstr(&s, "lorem ipsum ");
	buf_addstr(&s, "Vendor may train on Customer Data ");
	for (i = 0; i < 40; i++)
		buf_addstr(&s, "dolor sit amet ");
	quote(&b, s.ptr, "may train", 60);
	assert_non_null(strstr(b.ptr, "[may train]"));
	assert_memory_equal(b.ptr, "…", strlen("…"));
	assert_string_equal(b.ptr + b.len - strlen("…"), "…");
	/* About 60 characters, cut at word breaks. */
	assert_true(utf8_chars(b.ptr, b.len) <= 60 + 2 + 2);
	assert_true(utf8_chars(b.ptr, b.len) >= 40);
	/* The cut before lands on a word break. */
	assert_true(strncmp(b.ptr + strlen("…"), "lorem ", 6) == 0 ||
		    strncmp(b.ptr + strlen("…"), "ipsum ", 6) == 0);
	buf_release(&s);
	buf_release(&b);
}

static void test_quote_match_at_edges(void **state)
{
	struct buf s = BUF_INIT, b = BUF_INIT;
	size_t i;

	(void)state;
	buf_addstr(&s, "Vendor may train ");
	for (i = 0; i < 30; i++)
		buf_addstr(&s, "and so on ");
	quote(&b, s.ptr, "Vendor", 50);
	assert_memory_equal(b.ptr, "[Vendor] may train", strlen("[Vendor] may train"));
	assert_string_equal(b.ptr + b.len - strlen("…"), "…");

	buf_addstr(&s, "the end");
	quote(&b, s.ptr, "the end", 50);
	assert_memory_equal(b.ptr, "…", strlen("…"));
	assert_string_equal(b.ptr + b.len - strlen("[the end]"), "[the end]");
	buf_release(&s);
	buf_release(&b);
}

static void test_quote_long_match_is_cut(void **state)
{
	struct buf s = BUF_INIT, b = BUF_INIT;
	size_t i;

	(void)state;
	buf_addstr(&s, "Before. ");
	for (i = 0; i < 100; i++)
		buf_addstr(&s, "ab ");
	quote(&b, s.ptr, "ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab "
		  "ab ab ab ab ab", 20);
	assert_memory_equal(b.ptr, "…[", strlen("…["));
	assert_string_equal(b.ptr + b.len - strlen("]…"), "]…");
	assert_int_equal(utf8_chars(b.ptr, b.len), 20 + 4);
	buf_release(&s);
	buf_release(&b);
}

/* A match too long to show whole ends at a word break, not in a word. */
static void test_quote_long_match_cut_at_a_word_break(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	quote(&b, "Provider and its Affiliates may use Customer Data for any purpose.",
	      "Provider and its Affiliates may use Customer Data for any purpose", 20);
	assert_string_equal(b.ptr, "[Provider and its]…");
	buf_release(&b);
}

/* Cut anywhere in text made of 2-, 3- and 4-byte characters: always valid. */
static void test_quote_cuts_at_utf8_boundaries(void **state)
{
	static const char *const pieces[] = { "é", "€", "𝄞", " ", "a", "—" };
	struct buf s = BUF_INIT, b = BUF_INIT;
	size_t i, start, max;

	(void)state;
	for (i = 0; i < 300; i++)
		buf_addstr(&s, pieces[(i * 7 + i / 3) % ARRAY_SIZE(pieces)]);
	for (start = 0; start < s.len; start += 13) {
		size_t mstart = start, mend;

		while (mstart < s.len && ((unsigned char)s.ptr[mstart] & 0xC0) == 0x80)
			mstart++;
		for (mend = mstart; mend < s.len && mend < mstart + 9; mend++)
			;
		while (mend < s.len && ((unsigned char)s.ptr[mend] & 0xC0) == 0x80)
			mend++;
		for (max = 1; max < 200; max += 37) {
			buf_reset(&b);
			report_quote(&b, s.ptr, 0, s.len, mstart, mend, max, NULL, NULL);
			if (!valid_utf8(b.ptr, b.len))
				fail_msg("invalid UTF-8 at match %zu..%zu, max %zu",
					 mstart, mend, max);
			if (utf8_chars(b.ptr, b.len) > max + 2)
				fail_msg("%zu chars for max %zu",
					 utf8_chars(b.ptr, b.len), max);
		}
	}
	buf_release(&s);
	buf_release(&b);
}

static void test_clean_controls(void **state)
{
	static const char dirty[] = "a\033[31mred\x07 \xc2\x9b" "2J\r\n b\xc2\xa0" "c";
	struct buf b = BUF_INIT;

	(void)state;
	report_add_clean(&b, dirty, 0, sizeof(dirty) - 1);
	assert_string_equal(b.ptr, "a\xef\xbf\xbd[31mred\xef\xbf\xbd \xef\xbf\xbd" "2J b\xc2\xa0" "c");
	buf_release(&b);

	/*
	 * "Trojan Source": a right-to-left override (U+202E) and isolate
	 * (U+2067) reorder what follows; a line separator (U+2028) breaks
	 * the line.  An en dash (U+2013) and a curly quote pass.
	 */
	{
		static const char bidi[] = "pay \xe2\x80\xae" "001$\xe2\x81\xa7x\xe2\x80\xa8y \xe2\x80\x93 \xe2\x80\x9cz";

		report_add_clean(&b, bidi, 0, sizeof(bidi) - 1);
		assert_string_equal(b.ptr, "pay \xef\xbf\xbd" "001$\xef\xbf\xbdx\xef\xbf\xbdy \xe2\x80\x93 \xe2\x80\x9cz");
		buf_release(&b);
	}
}

static void test_small_helpers(void **state)
{
	(void)state;
	assert_null(report_tracked_name(0));
	assert_string_equal(report_tracked_name(TRACK_INSERTED), "inserted");
	assert_string_equal(report_tracked_name(TRACK_MOVED), "moved");
	assert_string_equal(report_tracked_name(TRACK_INSERTED | TRACK_DELETED), "deleted");
	assert_string_equal(report_priority_name(PRIORITY_MUST), "must");
	assert_string_equal(report_priority_name(PRIORITY_SHOULD), "should");
}

/* --- the text writer --------------------------------------------------- */

static void test_text_no_escapes_without_colour(void **state)
{
	struct fixture *fx = *state;
	char *plain = text_report(fx, 0, 1), *colour = text_report(fx, 1, 1);

	assert_null(strchr(plain, '\033'));
	assert_non_null(strchr(colour, '\033'));
	/* The contract's own control bytes never reach the terminal. */
	assert_null(strstr(colour, "\033[2J"));
	assert_null(strchr(plain, '\x01'));
	assert_null(strchr(colour, '\x01'));
	assert_null(strchr(plain, '\x7f'));
	free(plain);
	free(colour);
}

static const char *find_line(const char *report, const char *prefix)
{
	const char *p = report;

	for (;;) {
		if (strncmp(p, prefix, strlen(prefix)) == 0)
			return p;
		p = strchr(p, '\n');
		if (!p)
			return NULL;
		p++;
	}
}

/*
 * The parties line names each party under its role, in the order the
 * roles are listed, and says where a role was read from role words only;
 * names given no role only with --verbose.
 */
static void test_text_parties(void **state)
{
	struct fixture *fx = *state;
	struct party parties[] = {
		{ "Harbour", ROLE_CUSTOMER, "role noun", 0, 0, NULL, NULL },
		{ "Brightwave Labs", ROLE_VENDOR, "role noun", 0, 10, NULL, NULL },
		{ "Brightwave", ROLE_VENDOR, "role noun", 1, 12, NULL, NULL },
		{ "Reseller\x1b[2J", ROLE_UNKNOWN, "uses", 0, 20, NULL, NULL },
	};
	char *out;

	fx->f.roles.parties = parties;
	fx->f.roles.nparties = 3;
	out = text_report(fx, 0, 0);
	assert_non_null(strstr(out, "1 met\n  parties: vendor Brightwave Labs, Brightwave; "
				    "customer Harbour\n\n"));
	free(out);

	/* A name with no role changes no finding: listed with --verbose only. */
	fx->f.roles.parties = parties + 1;
	fx->f.roles.nparties = 3;
	out = text_report(fx, 0, 0);
	assert_non_null(strstr(out, "  parties: vendor Brightwave Labs, Brightwave; customer from "
				    "role words alone, no defined name\n"));
	free(out);
	out = text_report(fx, 0, 1);
	/* A name cannot bring its own escape sequence to the terminal. */
	assert_null(strchr(out, '\033'));
	assert_non_null(strstr(out, "  parties: vendor Brightwave Labs, Brightwave; customer from "
				    "role words alone, no defined name; role not read Reseller"));
	free(out);
	fx->f.roles.parties = NULL;
	fx->f.roles.nparties = 0;
}

static void test_text_order_and_content(void **state)
{
	struct fixture *fx = *state;
	char *out = text_report(fx, 0, 0);
	const char *licence, *training, *escrow, *weights, *notice, *deletion, *other;

	/* Red flags by their worst severity: critical before high. */
	licence = find_line(out, "RED FLAG  Customer owns the fine-tuned model");
	training = find_line(out, "RED FLAG  No training on customer data");
	escrow = find_line(out, "PARTIAL   Escrow of the model");
	weights = find_line(out, "MISSING   Delivery of the weights");
	notice = find_line(out, "MISSING   Notice of changes");
	deletion = find_line(out, "MET       Deletion at the end");
	other = find_line(out, "Other findings:");
	if (!licence || !training || !escrow || !weights || !notice || !deletion || !other)
		fail_msg("a line is missing from:\n%s", out);
	assert_true(out < licence);
	assert_true(licence < training);
	assert_true(training < escrow);
	assert_true(escrow < weights);
	assert_true(weights < notice);
	assert_true(notice < deletion);
	assert_true(deletion < other);

	/* The header, and the parties: none named, so both roles come from role words. */
	assert_memory_equal(out, "contract.txt: text, grade F, risk 97/100: 2 red flags, "
			    "1 partly met, 2 missing, 1 met\n"
			    "  parties: vendor from role words alone, no defined name; "
			    "customer from role words alone, no defined name\n\n",
			    strlen("contract.txt: text, grade F, risk 97/100: 2 red flags, "
				   "1 partly met, 2 missing, 1 met\n"
				   "  parties: vendor from role words alone, no defined name; "
				   "customer from role words alone, no defined name\n\n"));
	/* Evidence: clause, line, quote with the match, message, advice. */
	assert_non_null(strstr(training,
		"  § 1.1, line 2: \"1.1 Vendor may use Customer Data to train and "
		"improve its models.\"\n"
		"    The vendor may train its models on your data. "
		"(high, rule data.training-allowed)\n"
		"  Ask for: No use of Customer Data to train models.\n"
		"  Fallback: An opt-out that is off by default.\n"));
	/* An item without advice of its own borrows the rule's. */
	assert_non_null(strstr(licence, "(critical, rule ip.licence-back, "
					"in tracked inserted text)\n"
					"  Ask for: Keep the licence to what the service needs.\n"
					"\nRED FLAG"));
	assert_non_null(strstr(escrow, "qualifier source-only"));
	/* The control bytes of clause 2.1 are cleaned, the rest kept. */
	assert_non_null(strstr(escrow, "escrow \"quoted\" \xef\xbf\xbd \xef\xbf\xbd \xef\xbf\xbd[2J with ünïcode."));
	/* A missing must-have says what to ask for. */
	assert_non_null(strstr(weights, "  Ask for: Delivery of the trained weights on exit.\n"
					"  Fallback: Delivery on insolvency.\n"));
	/* One-liners stay together: a missing should-have, a met item. */
	assert_non_null(strstr(notice, "[commercial.notice, should-have]\nMET"));
	assert_non_null(strstr(deletion, "[data.deletion, should-have]  § 1.1\n"));
	/* What no item cites. */
	assert_non_null(strstr(other, "Other findings:\n  info      § 2.2, line 6: "
				      "Governing law (neutral, commercial.law)\n"));
	/* Area scores. */
	assert_non_null(strstr(out, "\nArea scores (0-100, higher protects you better):\n"));
	assert_non_null(strstr(out, "Data rights (1 red flag, 1 met)\n"));
	/* Verbose only: the rationale. */
	assert_null(strstr(out, "Why:"));
	free(out);
	out = text_report(fx, 0, 1);
	assert_non_null(strstr(out, "  Why: Training leaks your data into a shared model.\n"));
	free(out);
}

/*
 * An item kept short of met by a clause (partial-over-met) quotes that
 * clause and names, in every format, where it is otherwise met.
 */
static void test_otherwise_met(void **state)
{
	struct fixture *fx = *state;
	struct item_result *res = &fx->score.items[I_ESCROW];
	struct review rv = review_of(fx);
	const struct reporter *rep[] = { &report_sarif, &report_junit };
	const char *escrow;
	char *out;
	size_t i, len;

	/* Two findings of one sentence, named once. */
	res->met_by = xreallocarray(NULL, 2, sizeof(*res->met_by));
	res->met_by[0] = 0;
	res->met_by[1] = 1;
	res->nmet_by = 2;
	out = text_report(fx, 0, 0);
	escrow = find_line(out, "PARTIAL   Escrow of the model");
	if (!escrow)
		fail_msg("no escrow item in:\n%s", out);
	assert_non_null(strstr(escrow, "qualifier source-only)\n"
				       "  Otherwise met in § 1.1, line 2\n"
				       "    The vendor may train its models on your data. "
				       "(rule data.training-allowed)\n"
				       "  Ask for: Escrow of weights and code.\n"));
	/* Of that item only. */
	assert_ptr_equal(strstr(out, "Otherwise"), strstr(escrow, "Otherwise"));
	free(out);
	out = run_writer(&report_text, &fx->rs, &rv, 1, 0, 0, PERSPECTIVE_VENDOR, &len);
	assert_non_null(strstr(out, "  Otherwise given in § 1.1, line 2\n"));
	free(out);
	out = run_writer(&report_json, &fx->rs, &rv, 1, 0, 0, PERSPECTIVE_CUSTOMER, &len);
	/* Every finding in JSON, a program's to group. */
	assert_non_null(strstr(out, "\"met_by\": [\n"
				    "            {\n"
				    "              \"index\": 0,\n"
				    "              \"clause_number\": \"1.1\"\n"
				    "            },\n"
				    "            {\n"
				    "              \"index\": 1,\n"
				    "              \"clause_number\": \"1.1\"\n"
				    "            }\n"
				    "          ],\n"));
	assert_non_null(strstr(out, "\"met_by\": [],\n"));
	free(out);
	for (i = 0; i < ARRAY_SIZE(rep); i++) {
		out = run_writer(rep[i], &fx->rs, &rv, 1, 0, 0, PERSPECTIVE_CUSTOMER, &len);
		if (!strstr(out, "Otherwise met in § 1.1, line 2") || strstr(out, "line 2; § 1.1"))
			fail_msg("%s: not \"Otherwise met\" once in:\n%s", rep[i]->name, out);
		free(out);
	}
}

/* Findings that would print the same line under "Other findings" print once. */
static void test_text_other_findings_once(void **state)
{
	struct fixture *fx = *state;
	char *out;

	add_finding(&fx->f, &fx->doc, R_LAW, "to train and improve");
	add_finding(&fx->f, &fx->doc, R_LAW, "within 30 days");
	score_release(&fx->score);
	score_findings(&fx->rs, &fx->f, PERSPECTIVE_CUSTOMER, &fx->score);
	out = text_report(fx, 0, 0);
	/* Findings come in text order; these were added last. */
	assert_non_null(strstr(out, "  info      § 2.2, line 6: Governing law (neutral, commercial.law)\n"
				    "  info      § 1.1, line 2: Governing law "
				    "(neutral, commercial.law, 2 sentences)\n"));
	assert_null(strstr(strstr(out, "2 sentences") + 1, "§ 1.1, line 2: Governing law"));
	free(out);
}

static void test_text_deterministic(void **state)
{
	struct fixture *fx = *state;
	char *a = text_report(fx, 1, 0), *b = text_report(fx, 1, 0);

	assert_string_equal(a, b);
	free(a);
	free(b);
}

static void test_text_docx_cites_paragraphs(void **state)
{
	struct fixture *fx = *state;
	char *out = text_report(fx, 0, 0);

	assert_non_null(strstr(out, "contract.txt: docx, grade"));
	assert_non_null(strstr(out, "  § 1.1, paragraph 2: "));
	assert_null(strstr(out, "line "));
	free(out);
}

static void test_text_errors_and_summary(void **state)
{
	struct fixture *fx = *state;
	struct review rv[3];
	size_t len;
	char *out;

	rv[0] = review_of(fx);
	memset(&rv[1], 0, sizeof(rv[1]));
	rv[1].path = "broken.docx";
	rv[1].error = "not a ZIP archive";
	rv[2] = review_of(fx);
	rv[2].path = "again.txt";
	out = run_writer(&report_text, &fx->rs, rv, 3, 0, 0, PERSPECTIVE_CUSTOMER, &len);
	assert_non_null(strstr(out, "\n\nbroken.docx: error: not a ZIP archive\n\nagain.txt: text"));
	assert_non_null(strstr(out, "\nSummary: 3 documents, 2 reviewed, 1 could not be read; "
				    "grades F 2; highest risk 97 (grade F): contract.txt\n"));
	/* The portfolio: ties in the order reviewed, items in checklist order. */
	assert_non_null(strstr(out, "Riskiest:\n   97 F  contract.txt\n   97 F  again.txt\n"
				    "Most often red-flagged:\n"
				    "    2 of 2  No training on customer data  [data.no-training]\n"
				    "    2 of 2  Customer owns the fine-tuned model  [ip.ownership]\n"
				    "Must-haves most often missing:\n"
				    "    2 of 2  Delivery of the weights  [exit.weights]\n"));
	free(out);

	/* One document: no summary. */
	out = run_writer(&report_text, &fx->rs, rv, 1, 0, 0, PERSPECTIVE_CUSTOMER, &len);
	assert_null(strstr(out, "Summary:"));
	free(out);
	out = run_writer(&report_text, &fx->rs, &rv[1], 1, 0, 0, PERSPECTIVE_CUSTOMER, &len);
	assert_string_equal(out, "broken.docx: error: not a ZIP archive\n");
	free(out);
}

/* --- the JSON writer --------------------------------------------------- */

static char *json_report(const struct fixture *fx, enum perspective as, size_t *len)
{
	struct review rv = review_of(fx);
	char *out = run_writer(&report_json, &fx->rs, &rv, 1, 1, 1, as, len);
	const char *why = jc_validate(out, *len);

	if (why)
		fail_msg("invalid JSON (%s):\n%s", why, out);
	return out;
}

static void assert_json(const char *json, size_t len, const char *path, const char *want)
{
	char *got = jc_get(json, len, path);

	if (!got)
		fail_msg("no %s", path);
	if (strcmp(got, want))
		fail_msg("%s is %s, want %s", path, got, want);
	free(got);
}

static void assert_no_json(const char *json, size_t len, const char *path)
{
	char *got = jc_get(json, len, path);

	if (got)
		fail_msg("%s should be absent, is %s", path, got);
}

static void test_json_text_document(void **state)
{
	struct fixture *fx = *state;
	const struct sentence *s = &fx->doc.sents[fx->f.v[0].sentence];
	char buf[64];
	size_t len;
	char *out = json_report(fx, PERSPECTIVE_CUSTOMER, &len);

	assert_json(out, len, "schema", "\"" REPORT_JSON_SCHEMA "\"");
	assert_json(out, len, "tool/name", "\"aiclause\"");
	assert_json(out, len, "tool/version", "\"" AICLAUSE_VERSION "\"");
	assert_json(out, len, "perspective", "\"customer\"");
	assert_json(out, len, "documents/0/file", "\"contract.txt\"");
	assert_json(out, len, "documents/0/format", "\"text\"");
	assert_no_json(out, len, "documents/0/error");

	/* The first clause, in full. */
	assert_json(out, len, "documents/0/clauses/0/type", "\"data.training\"");
	assert_json(out, len, "documents/0/clauses/0/stance", "\"adverse\"");
	assert_json(out, len, "documents/0/clauses/0/rule", "\"data.training-allowed\"");
	assert_json(out, len, "documents/0/clauses/0/severity", "\"high\"");
	assert_json(out, len, "documents/0/clauses/0/title",
		    "\"Vendor may train on customer data\"");
	snprintf(buf, sizeof(buf), "%zu", s->start);
	assert_json(out, len, "documents/0/clauses/0/start", buf);
	snprintf(buf, sizeof(buf), "%zu", s->end);
	assert_json(out, len, "documents/0/clauses/0/end", buf);
	snprintf(buf, sizeof(buf), "%zu", fx->f.v[0].start);
	assert_json(out, len, "documents/0/clauses/0/match/0", buf);
	snprintf(buf, sizeof(buf), "%zu", fx->f.v[0].end);
	assert_json(out, len, "documents/0/clauses/0/match/1", buf);
	assert_no_json(out, len, "documents/0/clauses/0/match/2");
	assert_json(out, len, "documents/0/clauses/0/clause_number", "\"1.1\"");
	assert_json(out, len, "documents/0/clauses/0/heading_path", "\"1 Data\"");
	assert_json(out, len, "documents/0/clauses/0/line", "2");
	assert_no_json(out, len, "documents/0/clauses/0/paragraph");
	assert_json(out, len, "documents/0/clauses/0/text",
		    "\"1.1 Vendor may use Customer Data to train and improve its models.\"");
	assert_json(out, len, "documents/0/clauses/0/qualifier", "null");
	assert_json(out, len, "documents/0/clauses/0/partial", "false");
	assert_json(out, len, "documents/0/clauses/0/tracked", "null");
	assert_json(out, len, "documents/0/clauses/0/message",
		    "\"The vendor may train its models on your data.\"");
	assert_json(out, len, "documents/0/clauses/0/recommendation",
		    "\"Rule advice: no training.\"");
	assert_json(out, len, "documents/0/clauses/0/comments", "[]");

	/* Text offsets, escaping, qualifier, tracking. */
	assert_json(out, len, "documents/0/clauses/2/text",
		    "\"2.1 Source code is placed in escrow \\\"quoted\\\" \\u0001 \x7f \\u001b[2J "
		    "with ünïcode.\"");
	assert_json(out, len, "documents/0/clauses/2/qualifier", "\"source-only\"");
	assert_json(out, len, "documents/0/clauses/3/tracked", "\"inserted\"");
	assert_json(out, len, "documents/0/clauses/4/clause_number", "\"2.2\"");
	assert_json(out, len, "documents/0/clauses/4/line", "6");
	assert_no_json(out, len, "documents/0/clauses/5");

	/* The checklist, in checklist order, with evidence. */
	assert_json(out, len, "documents/0/checklist/0/id", "\"data.no-training\"");
	assert_json(out, len, "documents/0/checklist/0/area", "\"data\"");
	assert_json(out, len, "documents/0/checklist/0/priority", "\"must\"");
	assert_json(out, len, "documents/0/checklist/0/weight", "5");
	assert_json(out, len, "documents/0/checklist/0/status", "\"red-flag\"");
	assert_json(out, len, "documents/0/checklist/0/evidence/0/index", "0");
	assert_json(out, len, "documents/0/checklist/0/evidence/0/clause_number", "\"1.1\"");
	assert_json(out, len, "documents/0/checklist/0/fallback",
		    "\"An opt-out that is off by default.\"");
	assert_json(out, len, "documents/0/checklist/1/status", "\"met\"");
	assert_json(out, len, "documents/0/checklist/1/evidence/0/index", "1");
	assert_json(out, len, "documents/0/checklist/1/fallback", "null");
	assert_json(out, len, "documents/0/checklist/2/status", "\"partial\"");
	assert_json(out, len, "documents/0/checklist/3/status", "\"missing\"");
	assert_json(out, len, "documents/0/checklist/3/evidence", "[]");
	assert_json(out, len, "documents/0/checklist/4/evidence/0/index", "3");

	/* The score. */
	snprintf(buf, sizeof(buf), "%u", fx->score.risk);
	assert_json(out, len, "documents/0/score/risk", buf);
	assert_json(out, len, "documents/0/score/grade", "\"F\"");
	assert_json(out, len, "documents/0/score/red_flags", "2");
	assert_json(out, len, "documents/0/score/areas/0/id", "\"data\"");
	assert_json(out, len, "documents/0/score/areas/0/red_flags", "1");
	assert_json(out, len, "documents/0/score/areas/2/id", "\"commercial\"");
	assert_json(out, len, "documents/0/score/areas/2/score", "0");
	assert_json(out, len, "documents/0/warnings", "[]");

	assert_json(out, len, "summary/documents", "1");
	assert_json(out, len, "summary/reviewed", "1");
	assert_json(out, len, "summary/unreadable", "0");
	assert_json(out, len, "summary/red_flags", "2");
	assert_json(out, len, "summary/grades/F", "1");
	assert_json(out, len, "summary/grades/A", "0");
	assert_json(out, len, "summary/worst/file", "\"contract.txt\"");
	assert_json(out, len, "summary/worst/grade", "\"F\"");
	assert_int_equal(out[len - 1], '\n');
	free(out);
}

/*
 * Defined terms, with the second class of a term that gathers the
 * prompts and the outputs, and the words the rules read each as; a term
 * of no class the rules know is left out, unless they read it otherwise.
 */
static void test_json_defined_terms(void **state)
{
	struct fixture *fx = *state;
	struct defined_term terms[] = {
		{ "Your Content", TERM_CUSTOMER_DATA, "Customer Data and Output", 1, 0 },
		{ "Prompt", TERM_CUSTOMER_DATA, NULL, 0, 10 },
		{ "Fees", TERM_OTHER, NULL, 0, 20 },
		{ "Response", TERM_OUTPUT, "Output", 0, 30 },
		{ "Client Materials", TERM_OTHER, "Deliverables", 0, 40 },
	};
	size_t len;
	char *out;

	fx->f.roles.terms = terms;
	fx->f.roles.nterms = sizeof(terms) / sizeof(*terms);
	out = json_report(fx, PERSPECTIVE_CUSTOMER, &len);
	fx->f.roles.terms = NULL;
	fx->f.roles.nterms = 0;
	assert_json(out, len, "documents/0/defined_terms/0/term", "\"Your Content\"");
	assert_json(out, len, "documents/0/defined_terms/0/class", "\"customer-data\"");
	assert_json(out, len, "documents/0/defined_terms/0/also", "\"output\"");
	assert_json(out, len, "documents/0/defined_terms/1/term", "\"Prompt\"");
	assert_no_json(out, len, "documents/0/defined_terms/1/also");
	assert_json(out, len, "documents/0/defined_terms/0/reads_as", "\"Customer Data and Output\"");
	assert_json(out, len, "documents/0/defined_terms/1/reads_as", "null");
	assert_json(out, len, "documents/0/defined_terms/2/class", "\"output\"");
	assert_json(out, len, "documents/0/defined_terms/2/reads_as", "\"Output\"");
	assert_json(out, len, "documents/0/defined_terms/3/term", "\"Client Materials\"");
	assert_json(out, len, "documents/0/defined_terms/3/class", "\"other\"");
	assert_json(out, len, "documents/0/defined_terms/3/reads_as", "\"Deliverables\"");
	assert_no_json(out, len, "documents/0/defined_terms/4");
	free(out);
}

static void test_json_docx_document(void **state)
{
	struct fixture *fx = *state;
	size_t len;
	char *out;

	document_add_warning(&fx->doc, "1 comment could not be anchored");
	out = json_report(fx, PERSPECTIVE_VENDOR, &len);
	assert_json(out, len, "perspective", "\"vendor\"");
	assert_json(out, len, "documents/0/format", "\"docx\"");
	assert_json(out, len, "documents/0/clauses/0/paragraph", "2");
	assert_no_json(out, len, "documents/0/clauses/0/line");
	assert_json(out, len, "documents/0/clauses/0/comments/0/author", "\"Legal\"");
	assert_json(out, len, "documents/0/clauses/0/comments/0/text", "\"Strike \\\"train\\\".\"");
	assert_no_json(out, len, "documents/0/clauses/0/comments/1");
	assert_json(out, len, "documents/0/clauses/3/comments/0/author", "null");
	assert_json(out, len, "documents/0/warnings/0", "\"1 comment could not be anchored\"");
	free(out);
}

/*
 * Comments added out of paragraph order each come with their own
 * paragraph's clause, in the document's order: the report looks them up
 * sorted by paragraph, not by a scan of every comment for every finding.
 */
static void test_json_comments_by_paragraph(void **state)
{
	struct fixture *fx = *state;
	size_t len;
	char *out;

	document_add_comment(&fx->doc, 4, "B", "second on 4");
	document_add_comment(&fx->doc, 1, "A", "second on 1");
	document_add_comment(&fx->doc, 4, "C", "third on 4");
	out = json_report(fx, PERSPECTIVE_CUSTOMER, &len);
	assert_json(out, len, "documents/0/clauses/0/comments/0/author", "\"Legal\"");
	assert_json(out, len, "documents/0/clauses/0/comments/1/text", "\"second on 1\"");
	assert_no_json(out, len, "documents/0/clauses/0/comments/2");
	assert_json(out, len, "documents/0/clauses/3/comments/0/text", "\"ok\"");
	assert_json(out, len, "documents/0/clauses/3/comments/1/text", "\"second on 4\"");
	assert_json(out, len, "documents/0/clauses/3/comments/2/text", "\"third on 4\"");
	assert_no_json(out, len, "documents/0/clauses/3/comments/3");
	free(out);
}

/*
 * --as vendor: the buyer's checklist read from the other side.  Statuses
 * stay the customer's; labels, order, advice and risk are the vendor's,
 * stances turn and the prose names the customer in the third person.
 */
static void test_vendor_reads_the_other_side(void **state)
{
	struct fixture *fx = *state;
	struct score_report vs;
	struct review rv = review_of(fx);
	const char *given, *escrow, *weights, *notice, *training, *licence;
	size_t len;
	char *out;

	score_findings(&fx->rs, &fx->f, PERSPECTIVE_VENDOR, &vs);
	rv.score = &vs;
	out = run_writer(&report_text, &fx->rs, &rv, 1, 0, 0, PERSPECTIVE_VENDOR, &len);
	given = find_line(out, "GIVEN     Deletion at the end");
	escrow = find_line(out, "PARTIAL   Escrow of the model");
	weights = find_line(out, "OPEN      Delivery of the weights");
	notice = find_line(out, "OPEN      Notice of changes");
	training = find_line(out, "WITHHELD  No training on customer data");
	licence = find_line(out, "WITHHELD  Customer owns the fine-tuned model");
	if (!given || !escrow || !weights || !notice || !training || !licence)
		fail_msg("a line is missing from:\n%s", out);
	/* What binds the vendor first, what it keeps last. */
	assert_true(given < escrow);
	assert_true(escrow < weights);
	assert_true(weights < notice);
	assert_true(notice < training);
	assert_true(training < licence);
	/* Its risk is what it concedes: (3 * 2 + 8 * 1) / (2 * 36) = 19.4%. */
	assert_non_null(strstr(out, "contract.txt: text, grade A, risk 19/100 (as vendor): "
				    "1 given, 1 partly given, 2 open, 2 withheld\n"));
	/* A protection given shows where; no advice, it is given. */
	assert_non_null(strstr(given, "  § 1.1, line 2: "));
	assert_null(strstr(out, "Deletion within 30 days."));
	/* An open must-have: what the customer will likely ask for. */
	assert_non_null(strstr(weights, "  The customer may ask for: Delivery of the trained "
					"weights on exit.\n  Its fallback: Delivery on insolvency.\n"));
	/* A protection withheld is a one-liner with its clauses. */
	assert_non_null(strstr(training, "[data.no-training, must-have]  § 1.1\n"));
	assert_null(strstr(out, "Ask for:"));
	assert_non_null(strstr(out, "Data rights (1 given, 1 withheld)\n"));
	free(out);

	out = run_writer(&report_json, &fx->rs, &rv, 1, 0, 0, PERSPECTIVE_VENDOR, &len);
	assert_json(out, len, "perspective", "\"vendor\"");
	assert_json(out, len, "documents/0/score/risk", "19");
	assert_json(out, len, "documents/0/score/grade", "\"A\"");
	/* The clause's stance toward the vendor; its message about the customer. */
	assert_json(out, len, "documents/0/clauses/0/stance", "\"protective\"");
	assert_json(out, len, "documents/0/clauses/0/message",
		    "\"The vendor may train its models on the customer's data.\"");
	assert_json(out, len, "documents/0/clauses/1/stance", "\"adverse\"");
	/* The checklist's status is the buyer's. */
	assert_json(out, len, "documents/0/checklist/0/status", "\"red-flag\"");
	assert_json(out, len, "documents/0/checklist/0/rationale",
		    "\"Training leaks the customer's data into a shared model.\"");
	free(out);
	score_release(&vs);
}

static void test_json_error_and_hostile_strings(void **state)
{
	struct fixture *fx = *state;
	struct review rv[2];
	size_t len;
	char *out;

	memset(&rv[0], 0, sizeof(rv[0]));
	rv[0].path = "bad\xff\x01name.docx";
	rv[0].error = "not a \"ZIP\" archive";
	rv[1] = review_of(fx);
	out = run_writer(&report_json, &fx->rs, rv, 2, 0, 0, PERSPECTIVE_CUSTOMER, &len);
	assert_null(jc_validate(out, len));
	assert_json(out, len, "documents/0/file", "\"bad\xef\xbf\xbd\\u0001name.docx\"");
	assert_json(out, len, "documents/0/format", "null");
	assert_json(out, len, "documents/0/error", "\"not a \\\"ZIP\\\" archive\"");
	assert_no_json(out, len, "documents/0/clauses");
	assert_no_json(out, len, "documents/0/score");
	assert_json(out, len, "documents/1/format", "\"text\"");
	assert_json(out, len, "summary/documents", "2");
	assert_json(out, len, "summary/unreadable", "1");
	free(out);

	/* Nothing reviewed at all. */
	out = run_writer(&report_json, &fx->rs, rv, 1, 0, 0, PERSPECTIVE_CUSTOMER, &len);
	assert_json(out, len, "summary/worst", "null");
	free(out);
}

/*
 * SARIF: the checklist as the run's rules, a result per item to act on
 * (red flag error, partly met warning, missing must warning, missing should
 * note, met none), text lines as regions, unreadable files as notifications.
 */
static void test_sarif(void **state)
{
	struct fixture *fx = *state;
	struct review rv[2];
	struct score_report vs;
	size_t len, i;
	char *out;

	memset(&rv[0], 0, sizeof(rv[0]));
	rv[0].path = "bad name\xff.docx";
	rv[0].error = "not a ZIP archive";
	rv[1] = review_of(fx);
	out = run_writer(&report_sarif, &fx->rs, rv, 2, 1, 1, PERSPECTIVE_CUSTOMER, &len);
	if (jc_validate(out, len))
		fail_msg("invalid JSON (%s):\n%s", jc_validate(out, len), out);
	assert_json(out, len, "version", "\"2.1.0\"");
	assert_json(out, len, "runs/0/tool/driver/name", "\"aiclause\"");
	for (i = 0; i < ARRAY_SIZE(items); i++) {
		char path[64], want[64];

		snprintf(path, sizeof(path), "runs/0/tool/driver/rules/%zu/id", i);
		snprintf(want, sizeof(want), "\"%s\"", items[i].id);
		assert_json(out, len, path, want);
	}
	assert_no_json(out, len, "runs/0/tool/driver/rules/6");
	assert_json(out, len, "runs/0/tool/driver/rules/0/help/text",
		    "\"Ask for: No use of Customer Data to train models. "
		    "Fallback: An opt-out that is off by default.\"");
	assert_json(out, len, "runs/0/tool/driver/rules/0/defaultConfiguration/level", "\"error\"");
	/* In checklist order: training (flagged), escrow (partly), weights
	 * (missing must), ownership (flagged), notice (missing should); the
	 * deletion met gives none. */
	assert_json(out, len, "runs/0/results/0/ruleId", "\"data.no-training\"");
	assert_json(out, len, "runs/0/results/0/ruleIndex", "0");
	assert_json(out, len, "runs/0/results/0/level", "\"error\"");
	assert_json(out, len, "runs/0/results/0/message/text",
		    "\"No training on customer data: red flag (§ 1.1, line 2). "
		    "The vendor may train its models on your data.\"");
	assert_json(out, len, "runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri",
		    "\"contract.txt\"");
	assert_json(out, len, "runs/0/results/0/locations/0/physicalLocation/region/startLine", "2");
	assert_non_null(strstr(out, "\"partialFingerprints\": {\n"
				    "            \"aiclauseItem/v1\": \"data.no-training\"\n"));
	assert_json(out, len, "runs/0/results/1/ruleId", "\"exit.escrow\"");
	assert_json(out, len, "runs/0/results/1/level", "\"warning\"");
	assert_json(out, len, "runs/0/results/2/ruleId", "\"exit.weights\"");
	assert_json(out, len, "runs/0/results/2/level", "\"warning\"");
	assert_no_json(out, len, "runs/0/results/2/locations/0/physicalLocation/region");
	assert_json(out, len, "runs/0/results/3/ruleId", "\"ip.ownership\"");
	assert_json(out, len, "runs/0/results/4/ruleId", "\"commercial.notice\"");
	assert_json(out, len, "runs/0/results/4/level", "\"note\"");
	assert_no_json(out, len, "runs/0/results/5");
	/* The unreadable file, its path a URI. */
	assert_json(out, len, "runs/0/invocations/0/executionSuccessful", "false");
	assert_json(out, len, "runs/0/invocations/0/toolExecutionNotifications/0/message/text",
		    "\"cannot read: not a ZIP archive\"");
	assert_json(out, len, "runs/0/invocations/0/toolExecutionNotifications/0/locations/0/"
		    "physicalLocation/artifactLocation/uri", "\"bad%20name%FF.docx\"");
	free(out);

	/* The vendor acts on what it gives. */
	score_findings(&fx->rs, &fx->f, PERSPECTIVE_VENDOR, &vs);
	rv[1].score = &vs;
	out = run_writer(&report_sarif, &fx->rs, &rv[1], 1, 0, 0, PERSPECTIVE_VENDOR, &len);
	assert_json(out, len, "runs/0/results/0/ruleId", "\"data.deletion\"");
	assert_json(out, len, "runs/0/results/0/level", "\"error\"");
	assert_json(out, len, "runs/0/results/1/ruleId", "\"exit.escrow\"");
	assert_no_json(out, len, "runs/0/results/2");
	assert_json(out, len, "runs/0/invocations/0/executionSuccessful", "true");
	free(out);
	score_release(&vs);
}

/* How often `needle` occurs in `hay`. */
static size_t count_of(const char *hay, const char *needle)
{
	size_t n = 0;

	for (; (hay = strstr(hay, needle)); hay++)
		n++;
	return n;
}

/*
 * JUnit: a suite per contract with the totals, a case per item, failures
 * where SARIF has a warning or an error, an unreadable file a case in error,
 * and XML text that stays well-formed whatever the contract holds.
 */
static void test_junit(void **state)
{
	struct fixture *fx = *state;
	struct review rv[2];
	size_t len;
	char *out;

	memset(&rv[0], 0, sizeof(rv[0]));
	rv[0].path = "bad<&>\x01\xff.docx";
	rv[0].error = "not a \"ZIP\" archive";
	rv[1] = review_of(fx);
	out = run_writer(&report_junit, &fx->rs, rv, 2, 1, 1, PERSPECTIVE_CUSTOMER, &len);
	assert_int_equal(strlen(out), len);
	assert_memory_equal(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			    "<testsuites name=\"aiclause\" tests=\"7\" failures=\"4\" errors=\"1\" "
			    "skipped=\"0\">\n",
			    strlen("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				   "<testsuites name=\"aiclause\" tests=\"7\" failures=\"4\" errors=\"1\" "
				   "skipped=\"0\">\n"));
	/* The unreadable file: its name escaped, what XML cannot hold replaced. */
	assert_non_null(strstr(out, "<testsuite name=\"bad&lt;&amp;&gt;\xef\xbf\xbd\xef\xbf\xbd.docx\" "
				    "tests=\"1\" failures=\"0\" errors=\"1\""));
	assert_non_null(strstr(out, "<error type=\"unreadable\" message=\"not a &quot;ZIP&quot; archive\"/>"));
	assert_non_null(strstr(out, "<testsuite name=\"contract.txt\" tests=\"6\" failures=\"4\""));
	assert_non_null(strstr(out, "<property name=\"grade\" value=\"F\"/>"));
	/* Training flagged (error), escrow partly met and weights missing (warnings), ownership flagged. */
	assert_non_null(strstr(out, "<testcase name=\"data.no-training: No training on customer data\" "
				    "classname=\"aiclause.data\">\n"
				    "      <failure type=\"error\" message=\"red flag in § 1.1, line 2\">"
				    "§ 1.1, line 2: &quot;1.1 Vendor may use Customer Data to train and improve "
				    "its models.&quot;\nThe vendor may train its models on your data. "
				    "(rule data.training-allowed)\nAsk for: No use of Customer Data to train "
				    "models.\n</failure>"));
	assert_int_equal(count_of(out, "<failure type=\"error\""), 2);
	assert_int_equal(count_of(out, "<failure type=\"warning\""), 2);
	/* Met passes; a missing should-have passes with a note. */
	assert_non_null(strstr(out, "<testcase name=\"data.deletion: Deletion at the end\" "
				    "classname=\"aiclause.data\"/>"));
	assert_non_null(strstr(out, "<system-out>missing: no clause found; check by hand</system-out>"));
	/* The control bytes of clause 2.1 never reach the XML. */
	assert_null(strchr(out, '\x01'));
	assert_null(strchr(out, '\033'));
	assert_non_null(strstr(out, "escrow &quot;quoted&quot; \xef\xbf\xbd \xef\xbf\xbd \xef\xbf\xbd[2J"));
	assert_true(len > 20 && !strcmp(out + len - strlen("</testsuites>\n"), "</testsuites>\n"));
	free(out);

	/* A waived failure is skipped, with its reason, and not counted as failing. */
	fx->score.items[I_TRAINING].waived = "Accepted by <Legal> & co";
	out = run_writer(&report_junit, &fx->rs, &rv[1], 1, 0, 0, PERSPECTIVE_CUSTOMER, &len);
	assert_non_null(strstr(out, "tests=\"6\" failures=\"3\" errors=\"0\" skipped=\"1\""));
	assert_non_null(strstr(out, "<skipped message=\"red flag, waived: Accepted by &lt;Legal&gt; &amp; co\"/>"));
	assert_int_equal(count_of(out, "<failure type=\"error\""), 1);
	free(out);
	/* SARIF keeps the result, suppressed; JSON says why. */
	out = run_writer(&report_sarif, &fx->rs, &rv[1], 1, 0, 0, PERSPECTIVE_CUSTOMER, &len);
	assert_json(out, len, "runs/0/results/0/ruleId", "\"data.no-training\"");
	assert_json(out, len, "runs/0/results/0/suppressions/0/kind", "\"external\"");
	assert_json(out, len, "runs/0/results/0/suppressions/0/justification",
		    "\"Accepted by <Legal> & co\"");
	assert_no_json(out, len, "runs/0/results/1/suppressions");
	free(out);
	out = run_writer(&report_json, &fx->rs, &rv[1], 1, 0, 0, PERSPECTIVE_CUSTOMER, &len);
	assert_json(out, len, "documents/0/checklist/0/waived", "\"Accepted by <Legal> & co\"");
	assert_json(out, len, "documents/0/checklist/1/waived", "null");
	free(out);
	fx->score.items[I_TRAINING].waived = NULL;
}

/* The exact bytes for the smallest real case: the format is a contract. */
static void test_json_golden(void **state)
{
	static const struct para_spec spec[] = {
		{ "Vendor may use Customer Data to train.", NULL, -1 },
	};
	struct checklist_item one = items[I_TRAINING];
	struct area one_area = { "data", "Data rights" };
	struct document doc;
	struct findings f = { NULL, 0, 0 };
	struct score_report score;
	struct ruleset rs;
	struct review rv;
	size_t len;
	char *out;

	(void)state;
	memset(&rs, 0, sizeof(rs));
	rs.areas = &one_area;
	rs.nareas = 1;
	one.fallback = NULL;
	one.rationale = NULL;
	rs.items = &one;
	rs.nitems = 1;
	build_document(&doc, "t.txt", DOC_FORMAT_TEXT, spec, 1);
	add_finding(&f, &doc, R_TRAIN, "use Customer Data to train");
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &score);
	rv = (struct review){ "t.txt", &doc, NULL, &f, &score };
	out = run_writer(&report_json, &rs, &rv, 1, 0, 0, PERSPECTIVE_CUSTOMER, &len);
	assert_string_equal(out,
		"{\n"
		"  \"schema\": \"aiclause-report/1\",\n"
		"  \"tool\": {\n"
		"    \"name\": \"aiclause\",\n"
		"    \"version\": \"" AICLAUSE_VERSION "\"\n"
		"  },\n"
		"  \"perspective\": \"customer\",\n"
		"  \"documents\": [\n"
		"    {\n"
		"      \"file\": \"t.txt\",\n"
		"      \"format\": \"text\",\n"
		"      \"parties\": [],\n"
		"      \"defined_terms\": [],\n"
		"      \"clauses\": [\n"
		"        {\n"
		"          \"type\": \"data.training\",\n"
		"          \"stance\": \"adverse\",\n"
		"          \"rule\": \"data.training-allowed\",\n"
		"          \"severity\": \"high\",\n"
		"          \"title\": \"Vendor may train on customer data\",\n"
		"          \"start\": 0,\n"
		"          \"end\": 38,\n"
		"          \"match\": [\n"
		"            11,\n"
		"            37\n"
		"          ],\n"
		"          \"clause_number\": null,\n"
		"          \"heading_path\": null,\n"
		"          \"line\": 1,\n"
		"          \"text\": \"Vendor may use Customer Data to train.\",\n"
		"          \"qualifier\": null,\n"
		"          \"partial\": false,\n"
		"          \"red_flag\": false,\n"
		"          \"tracked\": null,\n"
		"          \"message\": \"The vendor may train its models on your data.\",\n"
		"          \"recommendation\": \"Rule advice: no training.\",\n"
		"          \"comments\": []\n"
		"        }\n"
		"      ],\n"
		"      \"checklist\": [\n"
		"        {\n"
		"          \"id\": \"data.no-training\",\n"
		"          \"area\": \"data\",\n"
		"          \"title\": \"No training on customer data\",\n"
		"          \"priority\": \"must\",\n"
		"          \"weight\": 5,\n"
		"          \"status\": \"red-flag\",\n"
		"          \"waived\": null,\n"
		"          \"short_of\": null,\n"
		"          \"short_of_in_part\": false,\n"
		"          \"evidence\": [\n"
		"            {\n"
		"              \"index\": 0,\n"
		"              \"clause_number\": null\n"
		"            }\n"
		"          ],\n"
		"          \"met_by\": [],\n"
		"          \"recommendation\": \"No use of Customer Data to train models.\",\n"
		"          \"fallback\": null,\n"
		"          \"rationale\": null\n"
		"        }\n"
		"      ],\n"
		"      \"score\": {\n"
		"        \"risk\": 100,\n"
		"        \"grade\": \"F\",\n"
		"        \"met\": 0,\n"
		"        \"partial\": 0,\n"
		"        \"missing\": 0,\n"
		"        \"red_flags\": 1,\n"
		"        \"areas\": [\n"
		"          {\n"
		"            \"id\": \"data\",\n"
		"            \"title\": \"Data rights\",\n"
		"            \"score\": 0,\n"
		"            \"met\": 0,\n"
		"            \"partial\": 0,\n"
		"            \"missing\": 0,\n"
		"            \"red_flags\": 1\n"
		"          }\n"
		"        ]\n"
		"      },\n"
		"      \"warnings\": []\n"
		"    }\n"
		"  ],\n"
		"  \"summary\": {\n"
		"    \"documents\": 1,\n"
		"    \"reviewed\": 1,\n"
		"    \"unreadable\": 0,\n"
		"    \"no_checklist\": 0,\n"
		"    \"red_flags\": 1,\n"
		"    \"grades\": {\n"
		"      \"A\": 0,\n"
		"      \"B\": 0,\n"
		"      \"C\": 0,\n"
		"      \"D\": 0,\n"
		"      \"F\": 1\n"
		"    },\n"
		"    \"riskiest\": [\n"
		"      {\n"
		"        \"file\": \"t.txt\",\n"
		"        \"risk\": 100,\n"
		"        \"grade\": \"F\"\n"
		"      }\n"
		"    ],\n"
		"    \"items\": [\n"
		"      {\n"
		"        \"id\": \"data.no-training\",\n"
		"        \"met\": 0,\n"
		"        \"partial\": 0,\n"
		"        \"missing\": 0,\n"
		"        \"red_flags\": 1,\n"
		"        \"waived\": 0\n"
		"      }\n"
		"    ],\n"
		"    \"worst\": {\n"
		"      \"file\": \"t.txt\",\n"
		"      \"risk\": 100,\n"
		"      \"grade\": \"F\"\n"
		"    }\n"
		"  }\n"
		"}\n");
	free(out);
	score_release(&score);
	free(f.v);
	document_release(&doc);
}

/* The words around a short aspect: none found, or found but only in part. */
static void test_short_of_words(void **state)
{
	struct item_result res;
	const char *before, *after;

	(void)state;
	memset(&res, 0, sizeof(res));
	res.short_of = "breach-notice";
	before = report_short_words(&res, &after);
	assert_string_equal(before, "no ");
	assert_string_equal(after, " found");
	res.short_partly = 1;
	before = report_short_words(&res, &after);
	assert_string_equal(before, "");
	assert_string_equal(after, " only in part");
}

static void test_json_no_documents(void **state)
{
	struct ruleset rs;
	size_t len;
	char *out;

	(void)state;
	init_ruleset(&rs);
	out = run_writer(&report_json, &rs, NULL, 0, 0, 0, PERSPECTIVE_CUSTOMER, &len);
	assert_null(jc_validate(out, len));
	assert_json(out, len, "documents", "[]");
	assert_json(out, len, "summary/documents", "0");
	free(out);
	out = run_writer(&report_text, &rs, NULL, 0, 0, 0, PERSPECTIVE_CUSTOMER, &len);
	assert_string_equal(out, "");
	free(out);
}

/*
 * report_wrap: long lines broken at their last space that fits, the rest
 * two columns past the line's indent; escapes and UTF-8 take their
 * columns as a terminal shows them; no word split; 0 leaves text alone.
 */
static void test_wrap(void **state)
{
	static const struct {
		const char *in;
		unsigned width;
		const char *want;
	} cases[] = {
		{ "short line\n", 20, "short line\n" },
		{ "one two three four five six\n", 14, "one two three\n  four five\n  six\n" },
		{ "  Ask for: keep all the outputs\n", 16,
		  "  Ask for: keep\n    all the\n    outputs\n" },
		/* Two spaces at the break: neither ends the line. */
		{ "RED FLAG  title words  [id]\n", 16, "RED FLAG  title\n  words  [id]\n" },
		/* A colour escape takes no column; a UTF-8 character one. */
		{ "\033[1;31mRED\033[0m \xc2\xa7 8.2 abc\n", 13, "\033[1;31mRED\033[0m \xc2\xa7 8.2 abc\n" },
		{ "\xc2\xa7\xc2\xa7\xc2\xa7\xc2\xa7 abcdefgh xy\n", 13,
		  "\xc2\xa7\xc2\xa7\xc2\xa7\xc2\xa7 abcdefgh\n  xy\n" },
		/* A word longer than the room stays whole. */
		{ "a https://example.com/very/long/path b\n", 10,
		  "a\n  https://example.com/very/long/path\n  b\n" },
		/* No newline at the end, and none added. */
		{ "alpha beta gamma", 11, "alpha beta\n  gamma" },
		{ "one two three four five six\n", 0, "one two three four five six\n" },
		/* The indent kept on the first line, never broken into. */
		{ "      x yyyyyyyyyy\n", 12, "      x\n  yyyyyyyyyy\n" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct buf out = BUF_INIT;

		report_wrap(&out, cases[i].in, strlen(cases[i].in), cases[i].width);
		if (strcmp(out.ptr ? out.ptr : "", cases[i].want))
			fail_msg("case %zu: got [%s], want [%s]", i, out.ptr, cases[i].want);
		buf_release(&out);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reporter_lookup),
		cmocka_unit_test(test_quote_short_sentence_whole),
		cmocka_unit_test(test_quote_cut_around_match),
		cmocka_unit_test(test_quote_match_at_edges),
		cmocka_unit_test(test_quote_long_match_is_cut),
		cmocka_unit_test(test_quote_long_match_cut_at_a_word_break),
		cmocka_unit_test(test_quote_cuts_at_utf8_boundaries),
		cmocka_unit_test(test_clean_controls),
		cmocka_unit_test(test_small_helpers),
		cmocka_unit_test_setup_teardown(test_text_no_escapes_without_colour,
						setup_text, teardown),
		cmocka_unit_test_setup_teardown(test_text_parties, setup_text, teardown),
		cmocka_unit_test_setup_teardown(test_text_order_and_content,
						setup_text, teardown),
		cmocka_unit_test_setup_teardown(test_text_deterministic, setup_text, teardown),
		cmocka_unit_test_setup_teardown(test_text_docx_cites_paragraphs,
						setup_docx, teardown),
		cmocka_unit_test_setup_teardown(test_text_errors_and_summary,
						setup_text, teardown),
		cmocka_unit_test_setup_teardown(test_json_text_document, setup_text, teardown),
		cmocka_unit_test_setup_teardown(test_json_defined_terms, setup_text, teardown),
		cmocka_unit_test_setup_teardown(test_json_docx_document, setup_docx, teardown),
		cmocka_unit_test_setup_teardown(test_json_comments_by_paragraph, setup_docx,
						teardown),
		cmocka_unit_test_setup_teardown(test_vendor_reads_the_other_side, setup_text, teardown),
		cmocka_unit_test_setup_teardown(test_text_other_findings_once, setup_text, teardown),
		cmocka_unit_test_setup_teardown(test_otherwise_met, setup_text, teardown),
		cmocka_unit_test_setup_teardown(test_sarif, setup_text, teardown),
		cmocka_unit_test_setup_teardown(test_junit, setup_text, teardown),
		cmocka_unit_test_setup_teardown(test_json_error_and_hostile_strings,
						setup_text, teardown),
		cmocka_unit_test(test_json_golden),
		cmocka_unit_test(test_short_of_words),
		cmocka_unit_test(test_json_no_documents),
		cmocka_unit_test(test_wrap),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

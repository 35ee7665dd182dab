/*
 * The JUnit XML report, for CI servers that show test results (GitLab,
 * Jenkins, Azure Pipelines, GitHub test reporters).
 *
 * A contract is a test suite and each checklist item a test case, named by
 * its id and title, its class the item's area.  An item fails where the
 * other CI formats raise a warning or an error (report_item_level): for the
 * customer a red flag, a partly met item or a missing must-have; a missing
 * should-have passes with a note in its system-out.  A failure's message
 * names the status and the clauses; its body quotes the evidence and the
 * position to ask for.  A file that cannot be read is a suite with one
 * test case in error.
 *
 * The root element carries the totals, so the suites are built in memory
 * and written at the end, like every report (main commits the output
 * whole).  Text is escaped for XML 1.0: markup characters as entities, and
 * what XML cannot hold (ill-formed UTF-8, control characters, U+FFFE and
 * U+FFFF) as U+FFFD.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "reword.h"
#include "utf8.h"
#include "xalloc.h"

struct junit_state {
	struct buf suites;             /* every <testsuite>, in order */
	struct buf scratch;
	size_t tests, failures, errors, skipped;
};

/* Appends s[0..len) escaped for XML text and attribute values. */
static void add_xml(struct buf *out, const char *s, size_t len)
{
	const unsigned char *t = (const unsigned char *)s;
	size_t i = 0, n, bad;

	while (i < len) {
		switch (t[i]) {
		case '&':  buf_addstr(out, "&amp;"); i++; continue;
		case '<':  buf_addstr(out, "&lt;"); i++; continue;
		case '>':  buf_addstr(out, "&gt;"); i++; continue;
		case '"':  buf_addstr(out, "&quot;"); i++; continue;
		case '\t': case '\n': case '\r':
			buf_addch(out, (char)t[i++]);
			continue;
		}
		if (t[i] < 0x20 || t[i] == 0x7F) {
			buf_addstr(out, "\xEF\xBF\xBD");
			i++;
			continue;
		}
		n = utf8_sequence(t + i, len - i, &bad);
		if (!n) {
			buf_addstr(out, "\xEF\xBF\xBD");
			i += bad;
		} else if (n == 3 && t[i] == 0xEF && t[i + 1] == 0xBF && t[i + 2] >= 0xBE) {
			buf_addstr(out, "\xEF\xBF\xBD");
			i += n;
		} else {
			buf_add(out, s + i, n);
			i += n;
		}
	}
}

static void add_xml_cstr(struct buf *out, const char *s)
{
	if (s)
		add_xml(out, s, strlen(s));
}

/* Rule and checklist prose, turned for the vendor, escaped. */
static void add_prose(struct junit_state *st, const struct report_ctx *ctx,
		struct buf *out, const char *s)
{
	if (!s)
		return;
	if (ctx->as != PERSPECTIVE_VENDOR) {
		add_xml_cstr(out, s);
		return;
	}
	buf_reset(&st->scratch);
	reword_for_vendor(&st->scratch, s);
	add_xml(out, st->scratch.ptr, st->scratch.len);
}

/* A citation, escaped: clause labels come from the contract. */
static void add_citation(struct junit_state *st, struct buf *out, const struct document *doc,
		const struct finding *f)
{
	buf_reset(&st->scratch);
	report_add_citation(&st->scratch, doc, f);
	add_xml(out, st->scratch.ptr, st->scratch.len);
}

static void junit_begin(struct report_ctx *ctx)
{
	struct junit_state *st = xcalloc(1, sizeof(*st));

	buf_init(&st->suites, 0);
	buf_init(&st->scratch, 0);
	ctx->state = st;
}

static void write_case(struct junit_state *st, const struct report_ctx *ctx,
		const struct review *rv, const struct item_result *res, struct buf *out)
{
	const struct checklist_item *it = res->item;
	const struct findings *f = rv->findings;
	enum report_level level = report_item_level(ctx, res);
	size_t e, start, end;

	buf_addstr(out, "    <testcase name=\"");
	add_xml_cstr(out, it->id);
	buf_addstr(out, ": ");
	add_prose(st, ctx, out, it->title ? it->title : it->id);
	buf_addstr(out, "\" classname=\"aiclause.");
	add_xml_cstr(out, it->area ? it->area : "checklist");
	buf_addstr(out, "\"");
	if (level < REPORT_LEVEL_WARNING) {
		if (level == REPORT_LEVEL_NOTE) {
			buf_addstr(out, ">\n      <system-out>");
			buf_addstr(out, report_status_words(ctx, res->status));
			buf_addstr(out, ": no clause found; check by hand</system-out>\n"
				   "    </testcase>\n");
		} else {
			buf_addstr(out, "/>\n");
		}
		return;
	}
	if (res->waived) {
		buf_addf(out, ">\n      <skipped message=\"%s, waived: ", report_status_words(ctx, res->status));
		add_xml_cstr(out, res->waived);
		buf_addstr(out, "\"/>\n    </testcase>\n");
		return;
	}
	buf_addf(out, ">\n      <failure type=\"%s\" message=\"%s", report_level_name(level),
		 report_status_words(ctx, res->status));
	if (res->short_of) {
		const char *after, *before = report_short_words(res, &after);

		buf_addf(out, ", %s", before);
		add_xml_cstr(out, res->short_of);
		buf_addstr(out, after);
	}
	for (e = 0; e < res->nevidence; e++) {
		buf_addstr(out, e ? "; " : " in ");
		add_citation(st, out, rv->doc, &f->v[res->evidence[e]]);
	}
	buf_addstr(out, "\">");
	for (e = 0; e < res->nevidence; e++) {
		const struct finding *x = &f->v[res->evidence[e]];
		const char *m = x->message ? x->message : x->rule->message;

		report_sentence_span(rv->doc, x, &start, &end);
		add_citation(st, out, rv->doc, x);
		buf_addstr(out, ": &quot;");
		add_xml(out, rv->doc->text.ptr + start, end - start);
		buf_addstr(out, "&quot;\n");
		if (m) {
			add_prose(st, ctx, out, m);
			buf_addstr(out, " (rule ");
			add_xml_cstr(out, x->rule->id);
			buf_addstr(out, ")\n");
		}
	}
	for (e = 0; e < res->nmet_by; e++) {
		if (e && report_same_citation(rv->doc, &f->v[res->met_by[e]],
					      &f->v[res->met_by[e - 1]]))
			continue;
		buf_addstr(out, e ? "; " : ctx->as == PERSPECTIVE_VENDOR ?
			   "Otherwise given in " : "Otherwise met in ");
		add_citation(st, out, rv->doc, &f->v[res->met_by[e]]);
	}
	if (res->nmet_by)
		buf_addch(out, '\n');
	if (it->recommendation) {
		buf_addstr(out, ctx->as == PERSPECTIVE_VENDOR ? "The customer may ask for: " :
							       "Ask for: ");
		add_prose(st, ctx, out, it->recommendation);
		buf_addch(out, '\n');
	}
	buf_addstr(out, "</failure>\n    </testcase>\n");
}

static void junit_document(struct report_ctx *ctx, const struct review *rv)
{
	struct junit_state *st = ctx->state;
	struct buf *out = &st->suites;
	size_t i, failures = 0, skipped = 0;

	if (!rv->doc) {
		buf_addstr(out, "  <testsuite name=\"");
		add_xml_cstr(out, rv->path);
		buf_addstr(out, "\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
			   "    <testcase name=\"read\" classname=\"aiclause\">\n"
			   "      <error type=\"unreadable\" message=\"");
		add_xml_cstr(out, rv->error ? rv->error : "cannot be read");
		buf_addstr(out, "\"/>\n    </testcase>\n  </testsuite>\n");
		st->tests++;
		st->errors++;
		return;
	}
	for (i = 0; i < rv->score->nitems; i++) {
		const struct item_result *res = &rv->score->items[i];

		if (report_item_level(ctx, res) < REPORT_LEVEL_WARNING)
			continue;
		if (res->waived)
			skipped++;
		else
			failures++;
	}
	buf_addstr(out, "  <testsuite name=\"");
	add_xml_cstr(out, rv->path);
	buf_addf(out, "\" tests=\"%zu\" failures=\"%zu\" errors=\"0\" skipped=\"%zu\">\n",
		 rv->score->nitems, failures, skipped);
	buf_addf(out, "    <properties>\n"
		 "      <property name=\"grade\" value=\"%c\"/>\n"
		 "      <property name=\"risk\" value=\"%u\"/>\n"
		 "      <property name=\"perspective\" value=\"%s\"/>\n"
		 "    </properties>\n", rv->score->grade, rv->score->risk,
		 ctx->as == PERSPECTIVE_VENDOR ? "vendor" : "customer");
	for (i = 0; i < rv->score->nitems; i++)
		write_case(st, ctx, rv, &rv->score->items[i], out);
	buf_addstr(out, "  </testsuite>\n");
	st->tests += rv->score->nitems;
	st->failures += failures;
	st->skipped += skipped;
}

static void junit_end(struct report_ctx *ctx)
{
	struct junit_state *st = ctx->state;

	fprintf(ctx->out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<testsuites name=\"aiclause\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" "
		"skipped=\"%zu\">\n", st->tests, st->failures, st->errors, st->skipped);
	fwrite(st->suites.ptr, 1, st->suites.len, ctx->out);
	fputs("</testsuites>\n", ctx->out);
	buf_release(&st->suites);
	buf_release(&st->scratch);
	free(st);
	ctx->state = NULL;
}

const struct reporter report_junit = {
	"junit", junit_begin, junit_document, junit_end,
};

/*
 * The JSON report (schema REPORT_JSON_SCHEMA, described in
 * tests/report-schema.json and tests/REPORT-FORMAT.md).
 *
 * One object for the whole run, streamed: begin writes the head and opens
 * "documents", each document is written and flushed as it comes, end closes
 * the array and adds the summary.  Every member is always present (null
 * when it has no value) except where the schema says otherwise, and the
 * order of members is fixed, so equal input gives equal bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "report.h"
#include "reword.h"
#include "xalloc.h"

struct json_state {
	struct buf b;
	struct json_writer w;
	struct report_tally tally;
	/* Rule and checklist text, the bulk of every document, escaped once. */
	struct json_consts consts;
};

static void flush(struct report_ctx *ctx, struct json_state *st)
{
	fwrite(st->b.ptr, 1, st->b.len, ctx->out);
	buf_reset(&st->b);
}

/* `value` lives as long as the rule set or is static (json_const_cstr). */
static void key_const(struct json_writer *w, struct json_consts *c, const char *key,
		      const char *value)
{
	json_key(w, key);
	json_const_cstr(w, c, value);
}

/*
 * Rule and checklist prose (like key_const), written to the customer:
 * turned for the vendor through `scratch`.
 */
static void key_prose(struct json_writer *w, struct json_consts *c,
		      const struct report_ctx *ctx, struct buf *scratch,
		      const char *key, const char *value)
{
	if (ctx->as != PERSPECTIVE_VENDOR || !value) {
		key_const(w, c, key, value);
		return;
	}
	buf_reset(scratch);
	reword_for_vendor(scratch, value);
	json_key(w, key);
	json_string(w, scratch->ptr, scratch->len);
}

static void json_begin(struct report_ctx *ctx)
{
	struct json_state *st = xcalloc(1, sizeof(*st));
	struct json_writer *w = &st->w;

	ctx->state = st;
	buf_init(&st->b, 0);
	st->consts = (struct json_consts)JSON_CONSTS_INIT;
	json_writer_init(w, &st->b);
	json_object_begin(w);
	json_key_cstr(w, "schema", REPORT_JSON_SCHEMA);
	json_key(w, "tool");
	json_object_begin(w);
	json_key_cstr(w, "name", "aiclause");
	json_key_cstr(w, "version", AICLAUSE_VERSION);
	json_object_end(w);
	json_key_cstr(w, "perspective",
		 ctx->as == PERSPECTIVE_VENDOR ? "vendor" : "customer");
	json_key(w, "documents");
	json_array_begin(w);
	flush(ctx, st);
}

static const char *paragraph_clause(const struct document *doc, size_t para)
{
	return para < doc->npara ? doc->paras[para].clause : NULL;
}

/*
 * A document's comments in paragraph order (and, within one, in the
 * document's): each finding looks its paragraph's up by binary search,
 * since a scan of every comment for every finding takes time in their
 * product (80,000 commented paragraphs took 24 seconds).
 */
struct comment_at {
	size_t para, i;
};

static int cmp_comment_at(const void *a, const void *b)
{
	const struct comment_at *x = a, *y = b;

	if (x->para != y->para)
		return x->para < y->para ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* doc's comments sorted by paragraph, or NULL when it has none; the caller frees it. */
static struct comment_at *comments_by_para(const struct document *doc)
{
	struct comment_at *v;
	size_t i;

	if (!doc->ncomment)
		return NULL;
	v = xreallocarray(NULL, doc->ncomment, sizeof(*v));
	for (i = 0; i < doc->ncomment; i++) {
		v[i].para = doc->comments[i].para;
		v[i].i = i;
	}
	qsort(v, doc->ncomment, sizeof(*v), cmp_comment_at);
	return v;
}

static void write_comments(struct json_writer *w, const struct document *doc,
		const struct comment_at *by_para, size_t para)
{
	size_t lo = 0, hi = doc->ncomment;

	json_array_begin(w);
	while (by_para && lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (by_para[mid].para < para)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; by_para && lo < doc->ncomment && by_para[lo].para == para; lo++) {
		const struct doc_comment *c = &doc->comments[by_para[lo].i];

		json_object_begin(w);
		json_key_cstr(w, "author", c->author);
		json_key_cstr(w, "text", c->text);
		json_object_end(w);
	}
	json_array_end(w);
}

static void write_clause(struct json_writer *w, struct json_consts *c,
		const struct report_ctx *ctx, const struct document *doc,
		const struct finding *f, const struct comment_at *by_para, struct buf *scratch)
{
	const struct rule *r = f->rule;
	size_t start, end;

	report_sentence_span(doc, f, &start, &end);
	json_object_begin(w);
	key_const(w, c, "type", r->type_id ? r->type_id : r->type ? r->type->id : NULL);
	key_const(w, c, "stance", stance_name(report_stance(ctx, f)));
	key_const(w, c, "rule", r->id);
	key_const(w, c, "severity", severity_name(r->severity));
	key_prose(w, c, ctx, scratch, "title", r->title);
	json_key_uint(w, "start", start);
	json_key_uint(w, "end", end);
	json_key(w, "match");
	json_array_begin(w);
	json_uint(w, f->start);
	json_uint(w, f->end);
	json_array_end(w);
	json_key_cstr(w, "clause_number", paragraph_clause(doc, f->para));
	buf_reset(scratch);
	if (f->para < doc->npara)
		document_heading_path(doc, f->para, scratch);
	json_key(w, "heading_path");
	if (scratch->len)
		json_string(w, scratch->ptr, scratch->len);
	else
		json_null(w);
	json_key_uint(w, report_source_unit(doc), report_source_at(doc, f));
	json_key(w, "text");
	json_string(w, doc->text.ptr + start, end - start);
	json_key_cstr(w, "qualifier", f->qualifier);
	json_key(w, "partial");
	json_bool(w, f->partial);
	json_key(w, "red_flag");
	json_bool(w, f->red_flag);
	key_const(w, c, "tracked", report_tracked_name(f->tracked));
	key_prose(w, c, ctx, scratch, "message", f->message ? f->message : r->message);
	key_prose(w, c, ctx, scratch, "recommendation", r->recommendation);
	json_key(w, "comments");
	write_comments(w, doc, by_para, f->para);
	json_object_end(w);
}

/* Clauses named by their indices into `clauses`, with their numbers. */
static void write_clause_refs(struct json_writer *w, const struct document *doc,
		const struct findings *f, const size_t *idx, size_t n)
{
	size_t e;

	json_array_begin(w);
	for (e = 0; e < n; e++) {
		json_object_begin(w);
		json_key_uint(w, "index", idx[e]);
		json_key_cstr(w, "clause_number", paragraph_clause(doc, f->v[idx[e]].para));
		json_object_end(w);
	}
	json_array_end(w);
}

static void write_item(struct json_writer *w, struct json_consts *c,
		const struct report_ctx *ctx, const struct document *doc,
		const struct findings *f, const struct item_result *res,
		struct buf *scratch)
{
	const struct checklist_item *it = res->item;

	json_object_begin(w);
	key_const(w, c, "id", it->id);
	key_const(w, c, "area", it->area);
	key_prose(w, c, ctx, scratch, "title", it->title);
	key_const(w, c, "priority", report_priority_name(it->priority));
	json_key_uint(w, "weight", it->weight);
	key_const(w, c, "status", item_status_name(res->status));
	json_key_cstr(w, "waived", res->waived);
	json_key_cstr(w, "short_of", res->short_of);
	json_key(w, "short_of_in_part");
	json_bool(w, res->short_of && res->short_partly);
	json_key(w, "evidence");
	write_clause_refs(w, doc, f, res->evidence, res->nevidence);
	json_key(w, "met_by");
	write_clause_refs(w, doc, f, res->met_by, res->nmet_by);
	key_prose(w, c, ctx, scratch, "recommendation", it->recommendation);
	key_prose(w, c, ctx, scratch, "fallback", it->fallback);
	key_prose(w, c, ctx, scratch, "rationale", it->rationale);
	json_object_end(w);
}

static void write_score(struct json_writer *w, const struct score_report *s)
{
	char grade[2] = { s->grade, '\0' };
	size_t i;

	json_object_begin(w);
	json_key_uint(w, "risk", s->risk);
	json_key_cstr(w, "grade", grade);
	json_key_uint(w, "met", s->met);
	json_key_uint(w, "partial", s->partial);
	json_key_uint(w, "missing", s->missing);
	json_key_uint(w, "red_flags", s->red_flags);
	json_key(w, "areas");
	json_array_begin(w);
	for (i = 0; i < s->nareas; i++) {
		const struct area_result *a = &s->areas[i];

		json_object_begin(w);
		json_key_cstr(w, "id", a->area->id);
		json_key_cstr(w, "title", a->area->title);
		json_key_uint(w, "score", a->score);
		json_key_uint(w, "met", a->met);
		json_key_uint(w, "partial", a->partial);
		json_key_uint(w, "missing", a->missing);
		json_key_uint(w, "red_flags", a->red_flags);
		json_object_end(w);
	}
	json_array_end(w);
	json_object_end(w);
}

/* Who the rules took for vendor and customer, and the terms read as such. */
static void write_roles(struct json_writer *w, const struct roles *r)
{
	size_t i;

	json_key(w, "parties");
	json_array_begin(w);
	for (i = 0; i < r->nparties; i++) {
		json_object_begin(w);
		json_key_cstr(w, "name", r->parties[i].alias);
		json_key_cstr(w, "role", party_role_name(r->parties[i].role));
		json_key_cstr(w, "incorporated", r->parties[i].incorporated);
		json_key_cstr(w, "office", r->parties[i].office);
		json_object_end(w);
	}
	json_array_end(w);
	json_key(w, "defined_terms");
	json_array_begin(w);
	for (i = 0; i < r->nterms; i++) {
		/* A term of no class is listed where the rules read it otherwise ("Deliverables"). */
		if (r->terms[i].cls == TERM_OTHER && !r->terms[i].reads_as)
			continue;
		json_object_begin(w);
		json_key_cstr(w, "term", r->terms[i].term);
		json_key_cstr(w, "class", term_class_name(r->terms[i].cls));
		/* "Your Content means the Prompts and Responses": the rules read both. */
		if (r->terms[i].with_output)
			json_key_cstr(w, "also", term_class_name(TERM_OUTPUT));
		/* The rules' words for it: "Custom Model", "Deliverables"; null: as written. */
		json_key_cstr(w, "reads_as", r->terms[i].reads_as);
		json_object_end(w);
	}
	json_array_end(w);
}

static void json_document(struct report_ctx *ctx, const struct review *rv)
{
	struct json_state *st = ctx->state;
	struct json_writer *w = &st->w;
	const struct document *doc = rv->doc;
	struct buf scratch = BUF_INIT;
	struct comment_at *by_para;
	size_t i;

	report_tally_add(&st->tally, rv);
	json_object_begin(w);
	json_key_cstr(w, "file", rv->path ? rv->path : doc ? doc->path : NULL);
	json_key_cstr(w, "format", doc ? doc->format_name : NULL);
	if (!doc) {
		json_key_cstr(w, "error", rv->error ? rv->error : "cannot be read");
		json_object_end(w);
		flush(ctx, st);
		return;
	}
	write_roles(w, &rv->findings->roles);
	json_key(w, "clauses");
	json_array_begin(w);
	by_para = comments_by_para(doc);
	for (i = 0; i < rv->findings->n; i++)
		write_clause(w, &st->consts, ctx, doc, &rv->findings->v[i], by_para, &scratch);
	free(by_para);
	json_array_end(w);
	json_key(w, "checklist");
	json_array_begin(w);
	for (i = 0; i < rv->score->nitems; i++)
		write_item(w, &st->consts, ctx, doc, rv->findings, &rv->score->items[i],
			   &scratch);
	json_array_end(w);
	json_key(w, "score");
	write_score(w, rv->score);
	json_key(w, "warnings");
	json_array_begin(w);
	for (i = 0; i < doc->nwarning; i++)
		json_cstr(w, doc->warnings[i]);
	for (i = 0; i < rv->findings->nwarning; i++)
		json_cstr(w, rv->findings->warnings[i]);
	json_array_end(w);
	json_object_end(w);
	flush(ctx, st);
	buf_release(&scratch);
}

static void write_ranked(struct json_writer *w, const struct report_ranked *r)
{
	char grade[2] = { r->grade, '\0' };

	json_object_begin(w);
	json_key_cstr(w, "file", r->path);
	json_key_uint(w, "risk", r->risk);
	json_key_cstr(w, "grade", grade);
	json_object_end(w);
}

static void json_end(struct report_ctx *ctx)
{
	struct json_state *st = ctx->state;
	const struct report_tally *t = &st->tally;
	struct json_writer *w = &st->w;
	size_t i;

	json_array_end(w);
	json_key(w, "summary");
	json_object_begin(w);
	json_key_uint(w, "documents", t->documents);
	json_key_uint(w, "reviewed", t->documents - t->unreadable);
	json_key_uint(w, "unreadable", t->unreadable);
	json_key_uint(w, "no_checklist", t->no_checklist);
	json_key_uint(w, "red_flags", t->red_flags);
	json_key(w, "grades");
	json_object_begin(w);
	for (i = 0; i < ARRAY_SIZE(t->grades); i++) {
		char grade[2] = { REPORT_GRADES[i], '\0' };

		json_key_uint(w, grade, t->grades[i]);
	}
	json_object_end(w);
	json_key(w, "riskiest");
	json_array_begin(w);
	for (i = 0; i < t->nriskiest; i++)
		write_ranked(w, &t->riskiest[i]);
	json_array_end(w);
	/* Per checklist item, how the documents reviewed stand. */
	json_key(w, "items");
	json_array_begin(w);
	for (i = 0; i < t->nitems && i < ctx->rs->nitems; i++) {
		const struct report_item_tally *it = &t->items[i];

		json_object_begin(w);
		json_key_cstr(w, "id", ctx->rs->items[i].id);
		json_key_uint(w, "met", it->met);
		json_key_uint(w, "partial", it->partial);
		json_key_uint(w, "missing", it->missing);
		json_key_uint(w, "red_flags", it->red_flags);
		json_key_uint(w, "waived", it->waived);
		json_object_end(w);
	}
	json_array_end(w);
	/* The first of the highest risk, as before the riskiest were listed. */
	json_key(w, "worst");
	if (t->nriskiest)
		write_ranked(w, &t->riskiest[0]);
	else
		json_null(w);
	json_object_end(w);
	json_object_end(w);
	buf_addch(&st->b, '\n');
	flush(ctx, st);
	buf_release(&st->b);
	json_consts_release(&st->consts);
	report_tally_release(&st->tally);
	free(st);
	ctx->state = NULL;
}

const struct reporter report_json = {
	"json", json_begin, json_document, json_end,
};

/*
 * The SARIF 2.1.0 report, for code-scanning services (GitHub, GitLab,
 * Azure DevOps) and the editors that read it.
 *
 * One run.  Its rules are the checklist items (ruleId = item id, help =
 * the position to ask for and the fallback); its results are the items a
 * reader must act on, one result per item and document:
 *
 *   customer (default)           vendor (--as vendor)
 *   red flag        error        given            error
 *   partly met      warning      partly given     warning
 *   missing, must   warning      open, withheld   (no result)
 *   missing, should note
 *   met             (none)
 *
 * The first evidence is the result's location, the rest related
 * locations.  A text file's location has the line of the quoted sentence; a
 * DOCX has no lines, so its location names the file alone and the message
 * cites the clause and paragraph.  A missing item points at the file.  A file
 * that cannot be read becomes an error notification of the invocation,
 * which then did not succeed.  partialFingerprints carry the item id: one
 * result per item and file, however the contract is edited.
 */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "report.h"
#include "reword.h"
#include "xalloc.h"

/*
 * A DOCX result's evidence, cut to about this many characters: room for a
 * clause's operative words, short enough for a code-scanning list.
 */
#define SARIF_QUOTE_CHARS 240

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

struct sarif_error {
	char *path, *why;
};

struct sarif_state {
	struct buf b;
	struct json_writer w;
	struct sarif_error *errors;       /* the unreadable files, in order */
	size_t nerrors, errors_alloc;
	struct buf scratch, uri;
};

static void flush(struct report_ctx *ctx, struct sarif_state *st)
{
	fwrite(st->b.ptr, 1, st->b.len, ctx->out);
	buf_reset(&st->b);
}

/* { "text": s } */
static void message(struct json_writer *w, const char *key, const char *s, size_t len)
{
	json_key(w, key);
	json_object_begin(w);
	json_key(w, "text");
	json_string(w, s, len);
	json_object_end(w);
}

/*
 * A path as a URI reference: bytes outside RFC 3986's unreserved set and
 * "/" percent-encoded, an absolute path under file://.
 */
static void add_uri(struct buf *out, const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p = (const unsigned char *)path;

	buf_reset(out);
	if (*p == '/')
		buf_addstr(out, "file://");
	for (; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/", *p)) {
			buf_addch(out, (char)*p);
		} else {
			buf_addch(out, '%');
			buf_addch(out, hex[*p >> 4]);
			buf_addch(out, hex[*p & 15]);
		}
	}
}

static void artifact_location(struct json_writer *w, struct sarif_state *st, const char *path)
{
	add_uri(&st->uri, path);
	json_key(w, "artifactLocation");
	json_object_begin(w);
	json_key(w, "uri");
	json_string(w, st->uri.ptr, st->uri.len);
	json_object_end(w);
}

/* Rule and checklist prose, turned for the vendor (reword.h). */
static void add_prose(struct buf *out, const struct report_ctx *ctx, const char *s)
{
	if (ctx->as == PERSPECTIVE_VENDOR)
		reword_for_vendor(out, s);
	else
		buf_addstr(out, s);
}

static void sarif_begin(struct report_ctx *ctx)
{
	struct sarif_state *st = xcalloc(1, sizeof(*st));
	struct json_writer *w = &st->w;
	size_t i;

	ctx->state = st;
	buf_init(&st->b, 0);
	json_writer_init(w, &st->b);
	json_object_begin(w);
	json_key_cstr(w, "$schema", SARIF_SCHEMA);
	json_key_cstr(w, "version", "2.1.0");
	json_key(w, "runs");
	json_array_begin(w);
	json_object_begin(w);
	json_key(w, "tool");
	json_object_begin(w);
	json_key(w, "driver");
	json_object_begin(w);
	json_key_cstr(w, "name", "aiclause");
	json_key_cstr(w, "semanticVersion", AICLAUSE_VERSION);
	json_key(w, "rules");
	json_array_begin(w);
	for (i = 0; i < ctx->rs->nitems; i++) {
		const struct checklist_item *it = &ctx->rs->items[i];

		json_object_begin(w);
		json_key_cstr(w, "id", it->id);
		buf_reset(&st->scratch);
		add_prose(&st->scratch, ctx, it->title ? it->title : it->id);
		message(w, "shortDescription", st->scratch.ptr, st->scratch.len);
		if (it->rationale) {
			buf_reset(&st->scratch);
			add_prose(&st->scratch, ctx, it->rationale);
			message(w, "fullDescription", st->scratch.ptr, st->scratch.len);
		}
		if (it->recommendation) {
			buf_reset(&st->scratch);
			buf_addstr(&st->scratch, ctx->as == PERSPECTIVE_VENDOR ?
				   "The customer may ask for: " : "Ask for: ");
			add_prose(&st->scratch, ctx, it->recommendation);
			if (it->fallback) {
				buf_addstr(&st->scratch, ctx->as == PERSPECTIVE_VENDOR ?
					   " Its fallback: " : " Fallback: ");
				add_prose(&st->scratch, ctx, it->fallback);
			}
			message(w, "help", st->scratch.ptr, st->scratch.len);
		}
		json_key(w, "defaultConfiguration");
		json_object_begin(w);
		json_key_cstr(w, "level", it->priority == PRIORITY_MUST ? "error" : "warning");
		json_object_end(w);
		json_key(w, "properties");
		json_object_begin(w);
		json_key_cstr(w, "area", it->area);
		json_key_cstr(w, "priority", report_priority_name(it->priority));
		json_key_uint(w, "weight", it->weight);
		json_object_end(w);
		json_object_end(w);
	}
	json_array_end(w);
	json_object_end(w);
	json_object_end(w);
	json_key(w, "results");
	json_array_begin(w);
	flush(ctx, st);
}

static void write_location(struct json_writer *w, struct sarif_state *st,
		const struct review *rv, const struct finding *f, long id)
{
	const struct document *doc = rv->doc;
	size_t start, end;

	json_object_begin(w);
	if (id >= 0)
		json_key_uint(w, "id", (unsigned long long)id);
	json_key(w, "physicalLocation");
	json_object_begin(w);
	artifact_location(w, st, rv->path);
	/* Lines mean something in a text file only. */
	if (f && doc->format != DOC_FORMAT_DOCX) {
		report_sentence_span(doc, f, &start, &end);
		json_key(w, "region");
		json_object_begin(w);
		json_key_uint(w, "startLine", report_source_at(doc, f));
		json_key(w, "snippet");
		json_object_begin(w);
		json_key(w, "text");
		json_string(w, doc->text.ptr + start, end - start);
		json_object_end(w);
		json_object_end(w);
	}
	json_object_end(w);
	if (f) {
		buf_reset(&st->scratch);
		report_add_citation(&st->scratch, doc, f);
		/*
		 * A DOCX has no lines for a region to point at, and a viewer
		 * cannot open the file at the clause: the message carries the
		 * evidence that a text file's snippet carries.
		 */
		if (doc->format == DOC_FORMAT_DOCX) {
			report_sentence_span(doc, f, &start, &end);
			buf_addstr(&st->scratch, ": \"");
			report_quote(&st->scratch, doc->text.ptr, start, end, f->start, f->end,
				     SARIF_QUOTE_CHARS, NULL, NULL);
			buf_addch(&st->scratch, '"');
		}
		message(w, "message", st->scratch.ptr, st->scratch.len);
	}
	json_object_end(w);
}

static void write_result(struct report_ctx *ctx, struct sarif_state *st,
		const struct review *rv, size_t index, const char *level)
{
	const struct item_result *res = &rv->score->items[index];
	const struct checklist_item *it = res->item;
	const struct findings *f = rv->findings;
	struct json_writer *w = &st->w;
	const struct finding *first = res->nevidence ? &f->v[res->evidence[0]] : NULL;
	size_t e;

	json_object_begin(w);
	json_key_cstr(w, "ruleId", it->id);
	json_key_uint(w, "ruleIndex", index);
	json_key_cstr(w, "level", level);
	buf_reset(&st->scratch);
	add_prose(&st->scratch, ctx, it->title ? it->title : it->id);
	buf_addf(&st->scratch, ": %s", report_status_words(ctx, res->status));
	if (res->status == ITEM_MISSING && ctx->as != PERSPECTIVE_VENDOR)
		buf_addstr(&st->scratch, " (no clause found; check by hand)");
	if (res->short_of) {
		const char *after, *before = report_short_words(res, &after);

		buf_addf(&st->scratch, " (%s%s%s)", before, res->short_of, after);
	}
	for (e = 0; e < res->nevidence; e++) {
		buf_addstr(&st->scratch, e ? "; " : " (");
		report_add_citation(&st->scratch, rv->doc, &f->v[res->evidence[e]]);
	}
	buf_addstr(&st->scratch, res->nevidence ? ")." : ".");
	if (first) {
		const char *m = first->message ? first->message : first->rule->message;

		if (m) {
			buf_addch(&st->scratch, ' ');
			add_prose(&st->scratch, ctx, m);
		}
	}
	for (e = 0; e < res->nmet_by; e++) {
		if (e && report_same_citation(rv->doc, &f->v[res->met_by[e]],
					      &f->v[res->met_by[e - 1]]))
			continue;
		buf_addstr(&st->scratch, e ? "; " : ctx->as == PERSPECTIVE_VENDOR ?
			   " Otherwise given in " : " Otherwise met in ");
		report_add_citation(&st->scratch, rv->doc, &f->v[res->met_by[e]]);
	}
	if (res->nmet_by)
		buf_addch(&st->scratch, '.');
	message(w, "message", st->scratch.ptr, st->scratch.len);
	json_key(w, "locations");
	json_array_begin(w);
	write_location(w, st, rv, first, -1);
	json_array_end(w);
	if (res->nevidence > 1) {
		json_key(w, "relatedLocations");
		json_array_begin(w);
		for (e = 1; e < res->nevidence; e++)
			write_location(w, st, rv, &f->v[res->evidence[e]], (long)e);
		json_array_end(w);
	}
	/* An accepted deviation: code scanning shows it as dismissed. */
	if (res->waived) {
		json_key(w, "suppressions");
		json_array_begin(w);
		json_object_begin(w);
		json_key_cstr(w, "kind", "external");
		json_key_cstr(w, "justification", res->waived);
		json_object_end(w);
		json_array_end(w);
	}
	json_key(w, "partialFingerprints");
	json_object_begin(w);
	json_key_cstr(w, "aiclauseItem/v1", it->id);
	json_object_end(w);
	json_object_end(w);
}

static void sarif_document(struct report_ctx *ctx, const struct review *rv)
{
	struct sarif_state *st = ctx->state;
	size_t i;

	if (!rv->doc) {
		struct sarif_error *err;

		ALLOC_GROW(st->errors, st->nerrors + 1, st->errors_alloc);
		err = &st->errors[st->nerrors++];
		err->path = xstrdup(rv->path ? rv->path : "");
		err->why = xstrdup(rv->error ? rv->error : "cannot be read");
		return;
	}
	for (i = 0; i < rv->score->nitems; i++) {
		enum report_level level = report_item_level(ctx, &rv->score->items[i]);

		if (level != REPORT_LEVEL_NONE)
			write_result(ctx, st, rv, i, report_level_name(level));
	}
	flush(ctx, st);
}

static void sarif_end(struct report_ctx *ctx)
{
	struct sarif_state *st = ctx->state;
	struct json_writer *w = &st->w;
	size_t i;

	json_array_end(w);
	json_key(w, "invocations");
	json_array_begin(w);
	json_object_begin(w);
	json_key(w, "executionSuccessful");
	json_bool(w, st->nerrors == 0);
	json_key(w, "toolExecutionNotifications");
	json_array_begin(w);
	for (i = 0; i < st->nerrors; i++) {
		json_object_begin(w);
		json_key_cstr(w, "level", "error");
		buf_reset(&st->scratch);
		buf_addf(&st->scratch, "cannot read: %s", st->errors[i].why);
		message(w, "message", st->scratch.ptr, st->scratch.len);
		json_key(w, "locations");
		json_array_begin(w);
		json_object_begin(w);
		json_key(w, "physicalLocation");
		json_object_begin(w);
		artifact_location(w, st, st->errors[i].path);
		json_object_end(w);
		json_object_end(w);
		json_array_end(w);
		json_object_end(w);
		free(st->errors[i].path);
		free(st->errors[i].why);
	}
	json_array_end(w);
	json_object_end(w);
	json_array_end(w);
	json_object_end(w);
	json_array_end(w);
	json_object_end(w);
	buf_addch(&st->b, '\n');
	flush(ctx, st);
	buf_release(&st->b);
	buf_release(&st->scratch);
	buf_release(&st->uri);
	free(st->errors);
	free(st);
	ctx->state = NULL;
}

const struct reporter report_sarif = {
	"sarif", sarif_begin, sarif_document, sarif_end,
};

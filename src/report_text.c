/*
 * The text report, for people.
 *
 * Per document: a header line, the parties as read, the checklist items worst first, the
 * findings no item cites, and the area scores.  Lines are never wrapped
 * (the terminal or pager does that); quotes are cut to QUOTE_CHARS
 * characters around the match.  Every finding appears once: under the
 * item it decides, or under "Other findings".
 *
 * Colour only when ctx->color; without it the output has no escape
 * sequences at all, and contract text is cleaned so that it cannot bring
 * its own (report_add_clean).
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "reword.h"
#include "xalloc.h"

#define QUOTE_CHARS 160
/* Evidence shown per item unless --verbose. */
#define EVIDENCE_SHOWN 3

#define SGR_RESET   "\033[0m"
#define SGR_BOLD    "\033[1m"
#define SGR_DIM     "\033[2m"
#define SGR_RED     "\033[1;31m"
#define SGR_YELLOW  "\033[33m"
#define SGR_MAGENTA "\033[35m"
#define SGR_GREEN   "\033[32m"
/* Around the match in a quote: bold on, then back to normal intensity. */
#define SGR_MATCH_ON  "\033[1m"
#define SGR_MATCH_OFF "\033[22m"

struct text_out {
	struct buf b;
	const struct report_ctx *ctx;
	const struct document *doc;
	const struct findings *f;
	struct buf scratch;          /* prose reworded for the vendor */
};

static void paint_on(struct text_out *o, const char *sgr)
{
	if (o->ctx->color)
		buf_addstr(&o->b, sgr);
}

static void paint_off(struct text_out *o)
{
	if (o->ctx->color)
		buf_addstr(&o->b, SGR_RESET);
}

static void add_clean(struct text_out *o, const char *s)
{
	if (s)
		report_add_clean(&o->b, s, 0, strlen(s));
}

/* Rule and checklist prose, written to the customer: turned for the vendor. */
static void add_prose(struct text_out *o, const char *s)
{
	if (o->ctx->as != PERSPECTIVE_VENDOR) {
		add_clean(o, s);
		return;
	}
	buf_reset(&o->scratch);
	reword_for_vendor(&o->scratch, s);
	report_add_clean(&o->b, o->scratch.ptr, 0, o->scratch.len);
}

static int as_vendor(const struct text_out *o)
{
	return o->ctx->as == PERSPECTIVE_VENDOR;
}

/*
 * The part an item plays in the reader's report.  The statuses are the
 * buyer's checklist; for the vendor a protection met is what it gives
 * away (the place of a red flag) and one the contract breaks is what it
 * keeps (the place of a protection met).
 */
static enum item_status role_of(const struct text_out *o, enum item_status st)
{
	if (!as_vendor(o))
		return st;
	return st == ITEM_MET ? ITEM_RED_FLAG : st == ITEM_RED_FLAG ? ITEM_MET : st;
}

static void add_painted(struct text_out *o, const char *sgr, const char *s)
{
	paint_on(o, sgr);
	add_clean(o, s);
	paint_off(o);
}

static const char *grade_colour(char grade)
{
	if (grade <= 'B')
		return SGR_GREEN;
	if (grade == 'C')
		return SGR_YELLOW;
	return SGR_RED;
}

/* "§ 4.2, paragraph 37", or "line 12" before the first numbered clause. */
static void add_citation(struct text_out *o, const struct finding *f, int brief)
{
	const struct paragraph *p = f->para < o->doc->npara ? &o->doc->paras[f->para] : NULL;

	if (p && p->clause) {
		buf_addstr(&o->b, "§ ");
		add_clean(o, p->clause);
		if (brief)
			return;
		buf_addstr(&o->b, ", ");
	}
	buf_addf(&o->b, "%s %lu", report_source_unit(o->doc),
		 report_source_at(o->doc, f));
}

static void add_plural(struct buf *b, size_t n, const char *one, const char *many)
{
	buf_addf(b, "%zu %s", n, n == 1 ? one : many);
}

/* The items by status, the worst for the reader first. */
static void add_counts(struct text_out *o, size_t red, size_t partial, size_t missing,
		size_t met, int skip_zero)
{
	struct buf *b = &o->b;
	const char *sep = "";

	if (as_vendor(o)) {
		if (met || !skip_zero) {
			buf_addf(b, "%zu given", met);
			sep = ", ";
		}
		if (partial || !skip_zero) {
			buf_addf(b, "%s%zu partly given", sep, partial);
			sep = ", ";
		}
		if (missing || !skip_zero) {
			buf_addf(b, "%s%zu open", sep, missing);
			sep = ", ";
		}
		if (red || !skip_zero)
			buf_addf(b, "%s%zu withheld", sep, red);
		return;
	}
	if (red || !skip_zero) {
		add_plural(b, red, "red flag", "red flags");
		sep = ", ";
	}
	if (partial || !skip_zero) {
		buf_addf(b, "%s%zu partly met", sep, partial);
		sep = ", ";
	}
	if (missing || !skip_zero) {
		buf_addf(b, "%s%zu missing", sep, missing);
		sep = ", ";
	}
	if (met || !skip_zero)
		buf_addf(b, "%s%zu met", sep, met);
}

static void write_header(struct text_out *o, const struct review *rv)
{
	const struct score_report *s = rv->score;
	size_t nwarn = o->doc->nwarning + o->f->nwarning;

	paint_on(o, SGR_BOLD);
	add_clean(o, rv->path);
	paint_off(o);
	buf_addstr(&o->b, ": ");
	add_clean(o, o->doc->format_name);
	buf_addstr(&o->b, ", ");
	paint_on(o, grade_colour(s->grade));
	buf_addf(&o->b, "grade %c", s->grade);
	paint_off(o);
	buf_addf(&o->b, ", risk %u/100", s->risk);
	if (o->ctx->as == PERSPECTIVE_VENDOR)
		buf_addstr(&o->b, " (as vendor)");
	buf_addstr(&o->b, ": ");
	add_counts(o, s->red_flags, s->partial, s->missing, s->met, 0);
	if (nwarn) {
		buf_addstr(&o->b, ", ");
		add_plural(&o->b, nwarn, "warning", "warnings");
	}
	buf_addch(&o->b, '\n');
}

/*
 * Who the rules took for vendor and customer: every finding turns on
 * it, so a reader checks it first.  A party the document names twice
 * ("Acme Corp." and "Acme") is listed under each name, as defined.  A
 * role no party was given is read from the role words alone ("the
 * Supplier", "we"), and the line says so.  Names given no role change
 * no finding, and many are no party ("the Exchange Act", a guarantor):
 * listed with --verbose only.
 */
static void write_parties(struct text_out *o)
{
	static const struct {
		enum party_role role;
		const char *heading, *unnamed;
	} roles[] = {
		{ ROLE_VENDOR, "vendor ", "vendor from role words alone, no defined name" },
		{ ROLE_CUSTOMER, "customer ", "customer from role words alone, no defined name" },
		{ ROLE_UNKNOWN, "role not read ", NULL },
	};
	const struct roles *r = &o->f->roles;
	size_t i, k;
	int groups = 0;

	buf_addstr(&o->b, "  parties: ");
	for (k = 0; k < ARRAY_SIZE(roles); k++) {
		int listed = 0;

		if (roles[k].role == ROLE_UNKNOWN && !o->ctx->verbose)
			break;
		for (i = 0; i < r->nparties; i++) {
			if (r->parties[i].role != roles[k].role)
				continue;
			buf_addstr(&o->b, listed ? ", " : groups++ ? "; " : "");
			if (!listed++)
				buf_addstr(&o->b, roles[k].heading);
			add_clean(o, r->parties[i].alias);
		}
		if (!listed && roles[k].unnamed) {
			buf_addstr(&o->b, groups++ ? "; " : "");
			buf_addstr(&o->b, roles[k].unnamed);
		}
	}
	buf_addch(&o->b, '\n');
}

/* Items in reading order: the worst first. */
enum item_group {
	GROUP_RED_FLAG,
	GROUP_PARTIAL,
	GROUP_MISSING_MUST,
	GROUP_MISSING_SHOULD,
	GROUP_MET
};

struct item_order {
	size_t index;
	enum item_group group;
	int severity;               /* worst evidence, red flags only */
	unsigned long weight;
};

static int compare_items(const void *pa, const void *pb)
{
	const struct item_order *a = pa, *b = pb;

	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	if (a->severity != b->severity)
		return a->severity > b->severity ? -1 : 1;
	if (a->weight != b->weight)
		return a->weight > b->weight ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static enum item_group group_of(const struct text_out *o, const struct item_result *res)
{
	switch (role_of(o, res->status)) {
	case ITEM_RED_FLAG: return GROUP_RED_FLAG;
	case ITEM_PARTIAL:  return GROUP_PARTIAL;
	case ITEM_MET:      return GROUP_MET;
	case ITEM_MISSING:  break;
	}
	return res->item->priority == PRIORITY_MUST ? GROUP_MISSING_MUST :
						      GROUP_MISSING_SHOULD;
}

static struct item_order *order_items(const struct text_out *o, const struct score_report *s)
{
	const struct findings *f = o->f;
	struct item_order *v = xcalloc(s->nitems ? s->nitems : 1, sizeof(*v));
	size_t i, e;

	for (i = 0; i < s->nitems; i++) {
		const struct item_result *res = &s->items[i];

		v[i].index = i;
		v[i].group = group_of(o, res);
		v[i].weight = score_item_weight(res->item);
		v[i].severity = -1;
		if (v[i].group != GROUP_RED_FLAG)
			continue;
		for (e = 0; e < res->nevidence; e++) {
			const struct rule *r = f->v[res->evidence[e]].rule;

			if ((int)r->severity > v[i].severity)
				v[i].severity = (int)r->severity;
		}
	}
	if (s->nitems)
		qsort(v, s->nitems, sizeof(*v), compare_items);
	return v;
}

static void write_status(struct text_out *o, enum item_status st)
{
	static const struct { const char *label, *sgr; } look[2][ITEM_RED_FLAG + 1] = {
		[PERSPECTIVE_CUSTOMER] = {
			[ITEM_MET]      = { "MET      ", SGR_GREEN },
			[ITEM_PARTIAL]  = { "PARTIAL  ", SGR_YELLOW },
			[ITEM_MISSING]  = { "MISSING  ", SGR_MAGENTA },
			[ITEM_RED_FLAG] = { "RED FLAG ", SGR_RED },
		},
		[PERSPECTIVE_VENDOR] = {
			[ITEM_MET]      = { "GIVEN    ", SGR_RED },
			[ITEM_PARTIAL]  = { "PARTIAL  ", SGR_YELLOW },
			[ITEM_MISSING]  = { "OPEN     ", SGR_MAGENTA },
			[ITEM_RED_FLAG] = { "WITHHELD ", SGR_GREEN },
		},
	};
	int side = as_vendor(o) ? PERSPECTIVE_VENDOR : PERSPECTIVE_CUSTOMER;

	paint_on(o, look[side][st].sgr);
	buf_addstr(&o->b, look[side][st].label);
	paint_off(o);
	buf_addch(&o->b, ' ');
}

static void write_item_title(struct text_out *o, const struct item_result *res)
{
	const struct checklist_item *it = res->item;

	write_status(o, res->status);
	add_prose(o, it->title ? it->title : it->id);
	buf_addstr(&o->b, "  ");
	paint_on(o, SGR_DIM);
	buf_addch(&o->b, '[');
	add_clean(o, it->id);
	buf_addf(&o->b, ", %s-have]", report_priority_name(it->priority));
	paint_off(o);
	if (res->short_of) {
		const char *after, *before = report_short_words(res, &after);

		buf_addf(&o->b, "  %s", before);
		add_clean(o, res->short_of);
		buf_addstr(&o->b, after);
	}
	if (res->waived) {
		buf_addstr(&o->b, "  waived: ");
		add_clean(o, res->waived);
	}
}

static void write_evidence(struct text_out *o, const struct finding *f)
{
	const struct rule *r = f->rule;
	const char *tracked = report_tracked_name(f->tracked);
	size_t start, end;

	report_sentence_span(o->doc, f, &start, &end);
	buf_addstr(&o->b, "  ");
	paint_on(o, SGR_DIM);
	add_citation(o, f, 0);
	paint_off(o);
	buf_addstr(&o->b, ": \"");
	report_quote(&o->b, o->doc->text.ptr, start, end, f->start, f->end,
		     QUOTE_CHARS, o->ctx->color ? SGR_MATCH_ON : NULL,
		     o->ctx->color ? SGR_MATCH_OFF : NULL);
	buf_addstr(&o->b, "\"\n    ");
	add_prose(o, f->message ? f->message : r->message ? r->message : r->title);
	buf_addstr(&o->b, " ");
	paint_on(o, SGR_DIM);
	buf_addf(&o->b, "(%s, rule ", severity_name(r->severity));
	add_clean(o, r->id);
	if (f->qualifier) {
		buf_addstr(&o->b, ", qualifier ");
		add_clean(o, f->qualifier);
	}
	if (tracked)
		buf_addf(&o->b, ", in tracked %s text", tracked);
	buf_addch(&o->b, ')');
	paint_off(o);
	buf_addch(&o->b, '\n');
}

/*
 * The position to ask for and the fallback, unless the vendor has already
 * given it (`ask` 0); the rationale too with --verbose.  For the vendor
 * they are what to expect from the customer.
 */
static void write_advice(struct text_out *o, const struct item_result *res, int ask)
{
	const struct checklist_item *it = res->item;
	const char *position = it->recommendation;
	size_t e;

	/* An item without its own advice borrows the deciding rule's. */
	for (e = 0; !position && e < res->nevidence; e++)
		position = o->f->v[res->evidence[e]].rule->recommendation;
	if (ask && position) {
		buf_addstr(&o->b, as_vendor(o) ? "  The customer may ask for: " : "  Ask for: ");
		add_prose(o, position);
		buf_addch(&o->b, '\n');
	}
	if (ask && it->fallback) {
		buf_addstr(&o->b, as_vendor(o) ? "  Its fallback: " : "  Fallback: ");
		add_prose(o, it->fallback);
		buf_addch(&o->b, '\n');
	}
	if (o->ctx->verbose && it->rationale) {
		buf_addstr(&o->b, "  Why: ");
		add_prose(o, it->rationale);
		buf_addch(&o->b, '\n');
	}
}

/* Whether two findings get the same brief citation. */
static int same_place(const struct document *doc, const struct finding *a,
		const struct finding *b)
{
	const char *ca = a->para < doc->npara ? doc->paras[a->para].clause : NULL;
	const char *cb = b->para < doc->npara ? doc->paras[b->para].clause : NULL;

	if (ca && cb)
		return strcmp(ca, cb) == 0;
	return !ca && !cb && report_source_at(doc, a) == report_source_at(doc, b);
}

/*
 * Compact: where it is met, each clause once (`brief`, by its number
 * alone where it has one); a clause that meets it only in tracked text
 * says so, since a redline's "not" may be an insertion no one has
 * accepted yet.
 */
static void write_places(struct text_out *o, const size_t *idx, size_t n, int brief)
{
	const char *sep = "";
	size_t e;

	for (e = 0; e < n; e++) {
		const struct finding *f = &o->f->v[idx[e]];
		const char *tracked = report_tracked_name(f->tracked);

		if (e && (brief ? same_place(o->doc, f, &o->f->v[idx[e - 1]]) &&
				  f->tracked == o->f->v[idx[e - 1]].tracked :
				  report_same_citation(o->doc, f, &o->f->v[idx[e - 1]])))
			continue;
		buf_addstr(&o->b, sep);
		add_citation(o, f, brief);
		if (tracked)
			buf_addf(&o->b, " (in tracked %s text)", tracked);
		sep = brief ? ", " : "; ";
	}
	buf_addch(&o->b, '\n');
}

static void write_item(struct text_out *o, const struct item_result *res)
{
	size_t e, shown;

	write_item_title(o, res);
	if (role_of(o, res->status) == ITEM_MET) {
		buf_addstr(&o->b, "  ");
		write_places(o, res->evidence, res->nevidence, 1);
		return;
	}
	buf_addch(&o->b, '\n');
	if (res->status == ITEM_MISSING) {
		if (res->item->priority == PRIORITY_MUST || o->ctx->verbose)
			write_advice(o, res, 1);
		return;
	}
	shown = o->ctx->verbose ? res->nevidence :
		res->nevidence < EVIDENCE_SHOWN ? res->nevidence : EVIDENCE_SHOWN;
	for (e = 0; e < shown; e++)
		write_evidence(o, &o->f->v[res->evidence[e]]);
	if (shown < res->nevidence)
		buf_addf(&o->b, "  … and %zu more\n", res->nevidence - shown);
	/*
	 * Short of met only by what is quoted above: where it is met, by
	 * line too, as it is often the same clause, and what meets it.
	 */
	if (res->nmet_by) {
		const struct finding *m = &o->f->v[res->met_by[0]];
		const struct rule *r = m->rule;

		buf_addstr(&o->b, as_vendor(o) ? "  Otherwise given in " : "  Otherwise met in ");
		write_places(o, res->met_by, res->nmet_by, 0);
		buf_addstr(&o->b, "    ");
		add_prose(o, m->message ? m->message : r->message ? r->message : r->title);
		buf_addstr(&o->b, " ");
		paint_on(o, SGR_DIM);
		buf_addstr(&o->b, "(rule ");
		add_clean(o, r->id);
		buf_addch(&o->b, ')');
		paint_off(o);
		buf_addch(&o->b, '\n');
	}
	write_advice(o, res, res->status != ITEM_MET);
}

/*
 * Items with details stand apart, one-liners (met, most missing) stay
 * together: a blank line goes wherever either neighbour has details.
 */
static void write_items(struct text_out *o, const struct score_report *s,
		const struct item_order *order)
{
	size_t i, k, prev_lines = 0;

	for (i = 0; i < s->nitems; i++) {
		size_t start = o->b.len, lines = 0;

		/* An item of more than one line is set apart by blank lines. */
		write_item(o, &s->items[order[i].index]);
		for (k = start; k < o->b.len; k++)
			lines += o->b.ptr[k] == '\n';
		/* Ahead of the first item too: it parts them from the header. */
		if (!i || lines > 1 || prev_lines > 1)
			buf_insert(&o->b, start, "\n", 1);
		prev_lines = lines;
	}
}

/* Other findings: the most severe first, then in text order. */
static int other_before(size_t a, size_t b, const struct findings *f)
{
	enum severity sa = f->v[a].rule->severity, sb = f->v[b].rule->severity;

	return sa != sb ? sa > sb : a < b;
}

/* Insertion sort: qsort has no context argument in C11, and n is small. */
static void sort_others(size_t *v, size_t n, const struct findings *f)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		size_t x = v[i];

		for (j = i; j > 0 && other_before(x, v[j - 1], f); j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

/* Whether two findings make the same line under "Other findings". */
static int same_line(const struct text_out *o, const struct finding *a,
		const struct finding *b)
{
	return a->rule == b->rule && a->stance == b->stance &&
	       same_place(o->doc, a, b) &&
	       report_source_at(o->doc, a) == report_source_at(o->doc, b);
}

static void write_other_findings(struct text_out *o, const struct score_report *s)
{
	const struct findings *f = o->f;
	char *cited = xcalloc(f->n ? f->n : 1, 1);
	size_t *others = xcalloc(f->n ? f->n : 1, sizeof(*others));
	size_t i, e, n = 0;

	for (i = 0; i < s->nitems; i++) {
		for (e = 0; e < s->items[i].nevidence; e++)
			cited[s->items[i].evidence[e]] = 1;
		for (e = 0; e < s->items[i].nmet_by; e++)
			cited[s->items[i].met_by[e]] = 1;
	}
	for (i = 0; i < f->n; i++)
		if (!cited[i])
			others[n++] = i;
	if (n) {
		sort_others(others, n, f);
		buf_addstr(&o->b, "\nOther findings:\n");
	}
	for (i = 0; i < n; i++) {
		const struct finding *x = &f->v[others[i]];
		size_t k, same = 1;

		/* One line for what would print the same: "(…, 2 sentences)". */
		for (k = 0; k < i && !same_line(o, x, &f->v[others[k]]); k++)
			;
		if (k < i)
			continue;
		for (k = i + 1; k < n; k++)
			same += same_line(o, x, &f->v[others[k]]);
		buf_addf(&o->b, "  %-8s  ", severity_name(x->rule->severity));
		paint_on(o, SGR_DIM);
		add_citation(o, x, 0);
		paint_off(o);
		buf_addstr(&o->b, ": ");
		add_prose(o, x->rule->title ? x->rule->title : x->rule->id);
		buf_addf(&o->b, " (%s, ", stance_name(report_stance(o->ctx, x)));
		add_clean(o, x->rule->id);
		if (same > 1)
			buf_addf(&o->b, ", %zu sentences", same);
		buf_addstr(&o->b, ")\n");
	}
	free(others);
	free(cited);
}

static void write_areas(struct text_out *o, const struct score_report *s)
{
	size_t i;

	if (!s->nareas)
		return;
	buf_addstr(&o->b, "\nArea scores (0-100, higher protects you better):\n");
	for (i = 0; i < s->nareas; i++) {
		const struct area_result *a = &s->areas[i];

		buf_addf(&o->b, "  %3u  ", a->score);
		add_clean(o, a->area->title ? a->area->title : a->area->id);
		buf_addstr(&o->b, " (");
		add_counts(o, a->red_flags, a->partial, a->missing, a->met, 1);
		buf_addstr(&o->b, ")\n");
	}
}

static void write_warnings(struct text_out *o)
{
	size_t i;

	if (!o->ctx->verbose)
		return;
	for (i = 0; i < o->doc->nwarning; i++) {
		buf_addstr(&o->b, "warning: ");
		add_clean(o, o->doc->warnings[i]);
		buf_addch(&o->b, '\n');
	}
	for (i = 0; i < o->f->nwarning; i++) {
		buf_addstr(&o->b, "warning: ");
		add_clean(o, o->f->warnings[i]);
		buf_addch(&o->b, '\n');
	}
}

/* Writes o->b out, wrapped to the terminal's width when there is one. */
static void write_out(struct report_ctx *ctx, struct text_out *o)
{
	if (!ctx->width) {
		fwrite(o->b.ptr, 1, o->b.len, ctx->out);
		return;
	}
	buf_reset(&o->scratch);
	report_wrap(&o->scratch, o->b.ptr, o->b.len, ctx->width);
	fwrite(o->scratch.ptr, 1, o->scratch.len, ctx->out);
}

static void text_begin(struct report_ctx *ctx)
{
	ctx->state = xcalloc(1, sizeof(struct report_tally));
}

static void text_document(struct report_ctx *ctx, const struct review *rv)
{
	struct report_tally *t = ctx->state;
	struct text_out o = { BUF_INIT, ctx, rv->doc, rv->findings, BUF_INIT };
	struct item_order *order;

	/* A summary is a line a document, not blocks apart. */
	if (t->documents && !ctx->summary)
		buf_addch(&o.b, '\n');
	report_tally_add(t, rv);
	if (!rv->doc) {
		paint_on(&o, SGR_BOLD);
		add_clean(&o, rv->path);
		paint_off(&o);
		buf_addstr(&o.b, ": ");
		add_painted(&o, SGR_RED, "error:");
		buf_addch(&o.b, ' ');
		add_clean(&o, rv->error ? rv->error : "cannot be read");
		buf_addch(&o.b, '\n');
		goto flush;
	}
	write_header(&o, rv);
	if (ctx->summary)
		goto flush;
	write_parties(&o);
	write_warnings(&o);
	order = order_items(&o, rv->score);
	write_items(&o, rv->score, order);
	free(order);
	write_other_findings(&o, rv->score);
	write_areas(&o, rv->score);
flush:
	write_out(ctx, &o);
	buf_release(&o.b);
	buf_release(&o.scratch);
}

/* Items most often in one status across the documents, a line each. */
static void write_top_items(struct text_out *o, const struct report_tally *t,
		const char *heading, enum item_status status, int must_only)
{
	size_t top[5], n, i, reviewed = t->documents - t->unreadable - t->no_checklist;

	n = report_tally_top(t, status, must_only, o->ctx->rs, top, ARRAY_SIZE(top));
	if (!n)
		return;
	buf_addf(&o->b, "%s:\n", heading);
	for (i = 0; i < n; i++) {
		const struct checklist_item *it = &o->ctx->rs->items[top[i]];
		const struct report_item_tally *c = &t->items[top[i]];
		size_t count = status == ITEM_MET ? c->met : status == ITEM_PARTIAL ? c->partial :
			       status == ITEM_MISSING ? c->missing : c->red_flags;

		buf_addf(&o->b, "  %3zu of %zu  ", count, reviewed);
		add_prose(o, it->title ? it->title : it->id);
		buf_addstr(&o->b, "  ");
		paint_on(o, SGR_DIM);
		buf_addch(&o->b, '[');
		add_clean(o, it->id);
		buf_addch(&o->b, ']');
		paint_off(o);
		buf_addch(&o->b, '\n');
	}
}

/*
 * The portfolio after the summary line: the riskiest contracts, those
 * with nothing on the checklist (kept apart: a README scores like the
 * worst contract), and the items that most often need work, so a batch
 * reads as a whole.
 */
static void write_portfolio(struct text_out *o, const struct report_tally *t)
{
	size_t i;

	if (t->nriskiest > 1) {
		buf_addstr(&o->b, "Riskiest:\n");
		for (i = 0; i < t->nriskiest; i++) {
			buf_addf(&o->b, "  %3u %c  ", t->riskiest[i].risk, t->riskiest[i].grade);
			add_clean(o, t->riskiest[i].path);
			buf_addch(&o->b, '\n');
		}
	}
	if (t->no_checklist) {
		buf_addstr(&o->b, "Nothing on the checklist (no contract?):\n");
		for (i = 0; i < t->no_checklist && i < REPORT_RISKIEST; i++) {
			buf_addstr(&o->b, "  ");
			add_clean(o, t->no_checklist_paths[i]);
			buf_addch(&o->b, '\n');
		}
		if (t->no_checklist > REPORT_RISKIEST)
			buf_addf(&o->b, "  and %zu more\n", t->no_checklist - REPORT_RISKIEST);
	}
	if (as_vendor(o)) {
		write_top_items(o, t, "Most often given", ITEM_MET, 0);
		write_top_items(o, t, "Most often partly given", ITEM_PARTIAL, 0);
		return;
	}
	write_top_items(o, t, "Most often red-flagged", ITEM_RED_FLAG, 0);
	write_top_items(o, t, "Must-haves most often missing", ITEM_MISSING, 1);
}

static void text_end(struct report_ctx *ctx)
{
	struct report_tally *t = ctx->state;
	struct text_out o = { BUF_INIT, ctx, NULL, NULL, BUF_INIT };
	const char *sep = "; grades ";
	size_t i;

	if (t->documents > 1) {
		buf_addch(&o.b, '\n');
		paint_on(&o, SGR_BOLD);
		buf_addf(&o.b, "Summary: %zu documents, %zu reviewed", t->documents,
			 t->documents - t->unreadable);
		paint_off(&o);
		if (t->unreadable)
			buf_addf(&o.b, ", %zu could not be read", t->unreadable);
		if (t->no_checklist)
			buf_addf(&o.b, ", %zu with nothing on the checklist", t->no_checklist);
		for (i = 0; i < ARRAY_SIZE(t->grades); i++) {
			if (!t->grades[i])
				continue;
			buf_addf(&o.b, "%s%c %zu", sep, REPORT_GRADES[i], t->grades[i]);
			sep = ", ";
		}
		if (t->nriskiest) {
			buf_addf(&o.b, "; highest risk %u (grade %c): ", t->riskiest[0].risk,
				 t->riskiest[0].grade);
			add_clean(&o, t->riskiest[0].path);
		}
		buf_addch(&o.b, '\n');
		write_portfolio(&o, t);
		write_out(ctx, &o);
	}
	buf_release(&o.b);
	buf_release(&o.scratch);
	report_tally_release(t);
	free(t);
	ctx->state = NULL;
}

const struct reporter report_text = {
	"text", text_begin, text_document, text_end,
};

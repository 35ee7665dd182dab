#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "xalloc.h"

static const struct reporter *const reporters[] = {
	&report_text,
	&report_json,
	&report_sarif,
	&report_junit,
};

const struct reporter *reporter_find(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(reporters); i++)
		if (strcmp(reporters[i]->name, name) == 0)
			return reporters[i];
	return NULL;
}

const char *reporter_names(void)
{
	/* test_report checks this against the table above. */
	return "text, json, sarif, junit";
}

/* Keeps the REPORT_RISKIEST riskiest, the earlier first among equals. */
static void rank_document(struct report_tally *t, const char *path, unsigned risk, char grade)
{
	size_t at = t->nriskiest;

	while (at > 0 && t->riskiest[at - 1].risk < risk)
		at--;
	if (at >= REPORT_RISKIEST)
		return;
	if (t->nriskiest == REPORT_RISKIEST)
		free(t->riskiest[--t->nriskiest].path);
	memmove(&t->riskiest[at + 1], &t->riskiest[at], (t->nriskiest - at) * sizeof(t->riskiest[0]));
	t->riskiest[at].path = xstrdup(path);
	t->riskiest[at].risk = risk;
	t->riskiest[at].grade = grade;
	t->nriskiest++;
}

void report_tally_add(struct report_tally *t, const struct review *rv)
{
	const struct score_report *s = rv->score;
	const char *slot;
	size_t i;

	t->documents++;
	if (!rv->doc) {
		t->unreadable++;
		return;
	}
	slot = strchr(REPORT_GRADES, s->grade);
	t->grades[slot && *slot ? slot - REPORT_GRADES : 4]++;
	t->red_flags += s->red_flags;
	if (s->nitems && !s->met && !s->partial && !s->red_flags) {
		if (t->no_checklist < REPORT_RISKIEST)
			t->no_checklist_paths[t->no_checklist] =
				xstrdup(rv->path ? rv->path : rv->doc->path);
		t->no_checklist++;
		return;
	}
	rank_document(t, rv->path ? rv->path : rv->doc->path, s->risk, s->grade);
	if (!t->items && s->nitems) {
		t->items = xcalloc(s->nitems, sizeof(*t->items));
		t->nitems = s->nitems;
	}
	for (i = 0; i < s->nitems && i < t->nitems; i++) {
		struct report_item_tally *it = &t->items[i];

		if (s->items[i].waived) {
			it->waived++;
			continue;
		}
		switch (s->items[i].status) {
		case ITEM_MET:      it->met++; break;
		case ITEM_PARTIAL:  it->partial++; break;
		case ITEM_MISSING:  it->missing++; break;
		case ITEM_RED_FLAG: it->red_flags++; break;
		}
	}
}

void report_tally_release(struct report_tally *t)
{
	size_t i;

	for (i = 0; i < t->nriskiest; i++)
		free(t->riskiest[i].path);
	for (i = 0; i < t->no_checklist && i < REPORT_RISKIEST; i++)
		free(t->no_checklist_paths[i]);
	free(t->items);
	memset(t, 0, sizeof(*t));
}

static size_t item_count(const struct report_item_tally *it, enum item_status status)
{
	switch (status) {
	case ITEM_MET:      return it->met;
	case ITEM_PARTIAL:  return it->partial;
	case ITEM_MISSING:  return it->missing;
	case ITEM_RED_FLAG: return it->red_flags;
	}
	return 0;
}

size_t report_tally_top(const struct report_tally *t, enum item_status status,
		int must_only, const struct ruleset *rs, size_t *out, size_t max)
{
	size_t i, k, n = 0;

	for (i = 0; i < t->nitems; i++) {
		size_t c = item_count(&t->items[i], status);

		if (!c || (must_only && (i >= rs->nitems || rs->items[i].priority != PRIORITY_MUST)))
			continue;
		/* Most first; among equals the earlier item, already placed. */
		for (k = n; k > 0 && item_count(&t->items[out[k - 1]], status) < c; k--)
			;
		if (k >= max)
			continue;
		if (n < max)
			n++;
		memmove(out + k + 1, out + k, (n - 1 - k) * sizeof(*out));
		out[k] = i;
	}
	return n;
}

void report_sentence_span(const struct document *doc, const struct finding *f,
		size_t *start, size_t *end)
{
	if (f->sentence < doc->nsent) {
		*start = doc->sents[f->sentence].start;
		*end = doc->sents[f->sentence].end;
	} else {
		*start = f->start;
		*end = f->end;
	}
}

unsigned long report_source_at(const struct document *doc, const struct finding *f)
{
	size_t start, end;

	if (doc->format == DOC_FORMAT_TEXT) {
		report_sentence_span(doc, f, &start, &end);
		return document_line_at(doc, start);
	}
	return f->para < doc->npara ? doc->paras[f->para].source : 0;
}

const char *report_source_unit(const struct document *doc)
{
	return doc->format == DOC_FORMAT_TEXT ? "line" : "paragraph";
}

const char *report_tracked_name(unsigned tracked)
{
	/* Deleted text first: it is not in the contract once changes are accepted. */
	if (tracked & TRACK_DELETED)
		return "deleted";
	if (tracked & TRACK_INSERTED)
		return "inserted";
	if (tracked & TRACK_MOVED)
		return "moved";
	return NULL;
}

const char *report_priority_name(enum item_priority p)
{
	return p == PRIORITY_MUST ? "must" : "should";
}

enum report_level report_item_level(const struct report_ctx *ctx, const struct item_result *res)
{
	if (ctx->as == PERSPECTIVE_VENDOR)
		return res->status == ITEM_MET ? REPORT_LEVEL_ERROR :
		       res->status == ITEM_PARTIAL ? REPORT_LEVEL_WARNING : REPORT_LEVEL_NONE;
	switch (res->status) {
	case ITEM_RED_FLAG: return REPORT_LEVEL_ERROR;
	case ITEM_PARTIAL:  return REPORT_LEVEL_WARNING;
	case ITEM_MISSING:
		return res->item->priority == PRIORITY_MUST ? REPORT_LEVEL_WARNING :
							      REPORT_LEVEL_NOTE;
	case ITEM_MET:      break;
	}
	return REPORT_LEVEL_NONE;
}

const char *report_level_name(enum report_level l)
{
	static const char *const names[] = { "none", "note", "warning", "error" };

	return names[l];
}

const char *report_short_words(const struct item_result *res, const char **after)
{
	*after = res->short_partly ? " only in part" : " found";
	return res->short_partly ? "" : "no ";
}

const char *report_status_words(const struct report_ctx *ctx, enum item_status s)
{
	int vendor = ctx->as == PERSPECTIVE_VENDOR;

	switch (s) {
	case ITEM_MET:      return vendor ? "given" : "met";
	case ITEM_PARTIAL:  return vendor ? "partly given" : "partly met";
	case ITEM_MISSING:  return vendor ? "open" : "missing";
	case ITEM_RED_FLAG: return vendor ? "withheld" : "red flag";
	}
	return "missing";
}

void report_add_citation(struct buf *out, const struct document *doc, const struct finding *f)
{
	const char *clause = f->para < doc->npara ? doc->paras[f->para].clause : NULL;

	if (clause)
		buf_addf(out, "§ %s, ", clause);
	buf_addf(out, "%s %lu", report_source_unit(doc), report_source_at(doc, f));
}

int report_same_citation(const struct document *doc, const struct finding *a,
		const struct finding *b)
{
	const char *ca = a->para < doc->npara ? doc->paras[a->para].clause : NULL;
	const char *cb = b->para < doc->npara ? doc->paras[b->para].clause : NULL;

	return a->tracked == b->tracked && (ca == cb || (ca && cb && !strcmp(ca, cb))) &&
	       report_source_at(doc, a) == report_source_at(doc, b);
}

enum stance report_stance(const struct report_ctx *ctx, const struct finding *f)
{
	return ctx->as == PERSPECTIVE_VENDOR ? flip_stance(f->stance) : f->stance;
}

static int is_space_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

/*
 * Whether t[i..end) opens with U+2028, U+2029, U+202A..U+202E or
 * U+2066..U+2069: three bytes each.
 */
static int is_layout_control(const unsigned char *t, size_t i, size_t end)
{
	if (end - i < 3 || t[i] != 0xE2)
		return 0;
	if (t[i + 1] == 0x80)
		return t[i + 2] >= 0xA8 && t[i + 2] <= 0xAE;
	return t[i + 1] == 0x81 && t[i + 2] >= 0xA6 && t[i + 2] <= 0xA9;
}

/*
 * The cleaning of report_add_clean, also telling where the input offsets
 * marks_in[] land in the output (offsets inside a collapsed run of spaces
 * land on the one space).
 */
static void clean_span(struct buf *out, const char *text, size_t start, size_t end,
		const size_t *marks_in, size_t *marks_out, size_t nmarks)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t i = start, m;

	while (i < end) {
		size_t next = i + 1;

		for (m = 0; m < nmarks; m++)
			if (marks_in[m] == i)
				marks_out[m] = out->len;
		if (is_space_byte(t[i])) {
			while (next < end && is_space_byte(t[next])) {
				for (m = 0; m < nmarks; m++)
					if (marks_in[m] == next)
						marks_out[m] = out->len;
				next++;
			}
			buf_addch(out, ' ');
		} else if (t[i] < 0x20 || t[i] == 0x7F) {
			buf_addstr(out, "\xEF\xBF\xBD");
		} else if (t[i] == 0xC2 && i + 1 < end && t[i + 1] >= 0x80 &&
			   t[i + 1] <= 0x9F) {
			/* C1 controls: U+009B is a CSI to some terminals. */
			buf_addstr(out, "\xEF\xBF\xBD");
			next = i + 2;
			for (m = 0; m < nmarks; m++)
				if (marks_in[m] == i + 1)
					marks_out[m] = out->len;
		} else if (is_layout_control(t, i, end)) {
			/*
			 * Bidi embeddings and isolates reorder the rest of the
			 * line on a terminal ("Trojan Source"); line and
			 * paragraph separators break it.
			 */
			buf_addstr(out, "\xEF\xBF\xBD");
			next = i + 3;
			for (m = 0; m < nmarks; m++)
				if (marks_in[m] == i + 1 || marks_in[m] == i + 2)
					marks_out[m] = out->len;
		} else {
			buf_addch(out, t[i]);
		}
		i = next;
	}
	for (m = 0; m < nmarks; m++)
		if (marks_in[m] >= end)
			marks_out[m] = out->len;
}

void report_add_clean(struct buf *out, const char *text, size_t start, size_t end)
{
	clean_span(out, text, start, end, NULL, NULL, 0);
}

static int is_continuation(const char *s, size_t i)
{
	return ((unsigned char)s[i] & 0xC0) == 0x80;
}

static size_t count_chars(const char *s, size_t from, size_t to)
{
	size_t n = 0;

	for (; from < to; from++)
		if (!is_continuation(s, from))
			n++;
	return n;
}

static size_t forward_chars(const char *s, size_t len, size_t pos, size_t k)
{
	while (k-- && pos < len) {
		pos++;
		while (pos < len && is_continuation(s, pos))
			pos++;
	}
	return pos;
}

static size_t back_chars(const char *s, size_t pos, size_t k)
{
	while (k-- && pos > 0) {
		pos--;
		while (pos > 0 && is_continuation(s, pos))
			pos--;
	}
	return pos;
}

/* How far a cut may move to reach a word break, in bytes. */
#define WORD_BREAK_SLACK 20

/*
 * A cut at c[we] moved back to the word break before it, if one lies
 * within WORD_BREAK_SLACK bytes and after `floor`; else we as it is.
 */
static size_t word_end_before(const struct buf *c, size_t we, size_t floor)
{
	size_t i;

	if (we >= c->len || c->ptr[we] == ' ')
		return we;
	for (i = we; i > floor && i + WORD_BREAK_SLACK > we; i--)
		if (c->ptr[i - 1] == ' ')
			return i - 1;
	return we;
}

void report_quote(struct buf *out, const char *text, size_t start, size_t end,
		size_t mstart, size_t mend, size_t max_chars,
		const char *mark_on, const char *mark_off)
{
	struct buf c = BUF_INIT;
	size_t in[2], at[2] = { 0, 0 };
	size_t a, b, ws, we, total, inside, i;

	if (mstart < start)
		mstart = start;
	if (mstart > end)
		mstart = end;
	if (mend < mstart)
		mend = mstart;
	if (mend > end)
		mend = end;
	in[0] = mstart;
	in[1] = mend;
	clean_span(&c, text, start, end, in, at, 2);
	a = at[0];
	b = at[1];
	total = count_chars(c.ptr, 0, c.len);
	inside = count_chars(c.ptr, a, b);

	if (total <= max_chars) {
		ws = 0;
		we = c.len;
	} else if (inside >= max_chars) {
		/* The match alone is too long: it is cut, at a word break. */
		ws = a;
		we = word_end_before(&c, forward_chars(c.ptr, c.len, a, max_chars), a);
	} else {
		size_t room = max_chars - inside, before = room / 3, after = room - before;
		size_t have_before = count_chars(c.ptr, 0, a);
		size_t have_after = count_chars(c.ptr, b, c.len);

		if (have_before < before) {
			after += before - have_before;
			before = have_before;
		}
		if (have_after < after) {
			before += after - have_after;
			after = have_after;
		}
		ws = back_chars(c.ptr, a, before);
		we = forward_chars(c.ptr, c.len, b, after);
		/* Do not start or end in the middle of a word. */
		if (ws > 0 && c.ptr[ws - 1] != ' ') {
			for (i = ws; i < a && i < ws + WORD_BREAK_SLACK; i++)
				if (c.ptr[i] == ' ') {
					ws = i + 1;
					break;
				}
		}
		we = word_end_before(&c, we, b);
	}
	while (ws < a && c.ptr[ws] == ' ')
		ws++;
	while (we > b && c.ptr[we - 1] == ' ')
		we--;

	if (ws > 0)
		buf_addstr(out, "…");
	buf_add(out, c.ptr + ws, a - ws);
	if (mark_on)
		buf_addstr(out, mark_on);
	buf_add(out, c.ptr + a, (we < b ? we : b) - a);
	if (mark_off)
		buf_addstr(out, mark_off);
	if (we > b)
		buf_add(out, c.ptr + b, we - b);
	if (we < c.len)
		buf_addstr(out, "…");
	buf_release(&c);
}

/* Bytes of the colour escape at s[0..n) ("\033[1;31m"), or 0. */
static size_t escape_len(const char *s, size_t n)
{
	size_t i;

	if (n < 3 || s[0] != '\033' || s[1] != '[')
		return 0;
	for (i = 2; i < n && (isdigit((unsigned char)s[i]) || s[i] == ';'); i++)
		;
	return i < n && s[i] == 'm' ? i + 1 : 0;
}

/* Wraps the one line s[0..n) (no newline) into out. */
static void wrap_line(struct buf *out, const char *s, size_t n, unsigned width)
{
	size_t indent = 0, start = 0;

	while (indent < n && s[indent] == ' ')
		indent++;
	/* A hanging indent that leaves less than half the line is none. */
	if (indent + 2 > width / 2)
		indent = 0;
	for (;;) {
		size_t lead = start ? indent + 2 : 0, col = lead, brk = 0, i;
		/* Not within the line's own indent: the first line keeps it. */
		size_t from = start ? start : indent;

		for (i = start; i < n; i++) {
			size_t e = escape_len(s + i, n - i);

			if (e) {
				i += e - 1;
				continue;
			}
			if (((unsigned char)s[i] & 0xC0) == 0x80)
				continue;
			if (s[i] == ' ' && i > from)
				brk = i;
			if (++col > width && brk)
				break;
		}
		if (start)
			buf_addf(out, "%*s", (int)lead, "");
		if (i >= n) {
			buf_add(out, s + start, n - start);
			return;
		}
		for (i = brk; i > start && s[i - 1] == ' '; i--)
			;
		buf_add(out, s + start, i - start);
		buf_addch(out, '\n');
		for (start = brk; start < n && s[start] == ' '; start++)
			;
		if (start == n)
			return;
	}
}

void report_wrap(struct buf *out, const char *text, size_t n, unsigned width)
{
	size_t at = 0;

	if (!width) {
		buf_add(out, text, n);
		return;
	}
	while (at < n) {
		const char *nl = memchr(text + at, '\n', n - at);
		size_t end = nl ? (size_t)(nl - text) : n;

		wrap_line(out, text + at, end - at, width);
		if (nl)
			buf_addch(out, '\n');
		at = end + 1;
	}
}

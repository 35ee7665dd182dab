/*
 * docx_load: WordprocessingML packages into a document.
 *
 * The package is read through zip_read (limits), each XML part through
 * docx_xml (safety, namespaces, one branch of mc:AlternateContent), clause
 * numbers come from docx_numbering.  This file finds the parts and turns the
 * stories (body, notes, headers, footers, comments) into paragraphs.
 *
 * A story is walked as a stream of SAX events.  Each w:p is built in a
 * paragraph buffer of its own, because its label is only known once its
 * properties are (and, for a paragraph whose mark was deleted, once the
 * paragraph it merges into is), and because text boxes open paragraphs
 * inside a paragraph: those finish first and wait in a queue until the
 * paragraph that anchors them is written, so the buffer reads in order.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "docx_load.h"
#include "docx_numbering.h"
#include "docx_xml.h"
#include "outline.h"
#include "utf8.h"
#include "xalloc.h"
#include "zip_read.h"

/* Text boxes in text boxes in ...: deeper ones are dropped with a warning. */
#define MAX_PARA_NEST 8
/* Fields nest (a PAGEREF in a HYPERLINK); deeper ones count as field code. */
#define MAX_FIELD_NEST 64
/* Tracked-change wrappers, tables and containers nest; beyond this we stop tracking. */
#define MAX_STACK 64

enum story_kind {
	STORY_MAIN,
	STORY_FOOTNOTES,
	STORY_ENDNOTES,
	STORY_HEADER,
	STORY_FOOTER,
	STORY_COMMENTS
};

/* What the paragraph mark (w:pPr/w:rPr) says. */
enum mark_flag {
	MARK_DELETED = 1,
	MARK_INSERTED = 2,
	MARK_MOVED_FROM = 4,
	MARK_MOVED_TO = 8,
	MARK_HIDDEN = 16,
	MARK_DROP_CAP = 32      /* a drop cap: its letters begin the next paragraph */
};

struct span {
	size_t start, end;
	unsigned kind;
	const char *author;
};

struct pbuild {
	struct buf text;
	struct span *spans;
	size_t nspan, span_alloc;
	long *anchors;                 /* comment ids anchored here */
	size_t nanchor, anchor_alloc;

	char style[128];
	int has_style;
	int num_id, ilvl, outline;
	int props_locked;              /* a hidden-mark merge keeps the first's */
	int section_break;             /* its mark ends a section (w:sectPr) */
	unsigned mark;                 /* enum mark_flag of the current w:p */
	unsigned tracked;              /* enum track_flag */
	unsigned long source;
	enum para_kind container;
	unsigned long row;             /* the table row it is in (a serial), 0: none */
	unsigned cell;                 /* the cell of that row, from 0 */
	size_t queue_mark;

	/* the run being read */
	int run_hidden;
	int run_hidden_explicit;
	char run_style[128];

	/* set when finished */
	struct buf label;
	enum num_suff suff;
	int level;
	enum para_kind kind;
	const char *note_id;
};

struct rel {
	const char *id;
	const char *type;      /* the last segment of the Type URI */
	const char *target;    /* resolved part name */
};

struct note_ref {
	long id;
	size_t order;          /* the reference's place in the body */
	const char *mark;
	int found;             /* the notes part has the note (set on the first of its id) */
};

struct anchor {
	long id;
	size_t order;
	size_t para;
};

struct comment_text {
	long id;
	const char *author;
	const char *text;
};

/* Where a paragraph of the main story sits in a table. */
struct cell_pos {
	size_t para;
	unsigned long row;     /* a serial per w:tr, from 1 */
	unsigned cell;         /* the w:tc in that row, from 0 */
};

/* Kinds of unread altChunk named in the warning; more are "other". */
#define ALT_REASONS 4

struct keyed;
struct docx_loader;
struct rel;
static const struct rel *rel_by_id(struct docx_loader *ld, const char *id);
static const char *content_type(const struct docx_loader *ld, const char *part);
static int read_part(struct docx_loader *ld, const char *name, struct buf *out);

/* The warnings that may come once per part or reference: capped per kind. */
enum repeat_warning {
	RW_HEADER_NOWHERE,
	RW_FOOTER_NOWHERE,
	RW_HEADER_MISSING,
	RW_FOOTER_MISSING,
	RW_DAMAGED,
	RW_UNENDED_FIELD,
	RW_COUNT
};

/* What the "... and N more" line counts, per kind. */
static const char *const repeat_what[RW_COUNT] = {
	[RW_HEADER_NOWHERE] = "header references that lead nowhere",
	[RW_FOOTER_NOWHERE] = "footer references that lead nowhere",
	[RW_HEADER_MISSING] = "missing header parts",
	[RW_FOOTER_MISSING] = "missing footer parts",
	[RW_DAMAGED] = "damaged parts",
	[RW_UNENDED_FIELD] = "parts with a field that never ends",
};

struct docx_loader {
	struct document *doc;
	const struct load_options *opt;
	struct buf *err;
	struct zip_reader *zip;
	struct docx_numbering *num;
	struct arena arena;

	const char *main_part;
	struct rel *rels;
	size_t nrel, rel_alloc;

	/* content types */
	struct { const char *key, *type; } *ct_default, *ct_override;
	size_t nct_default, ct_default_alloc, nct_override, ct_override_alloc;

	enum num_fmt note_fmt[2];
	long note_start[2];
	long note_count[2];
	struct note_ref *notes[2];
	size_t nnotes[2], notes_alloc[2];

	const char **hdr_ids, **ftr_ids;
	size_t nhdr, hdr_alloc, nftr, ftr_alloc;

	struct anchor *anchors;
	size_t nanchor, anchor_alloc;
	struct comment_text *comments;
	size_t ncomment, comment_alloc;
	size_t comment_bytes;

	struct pbuild **free_pb;
	size_t nfree_pb, free_pb_alloc;

	/* The table cells of the main story's paragraphs, in paragraph order. */
	struct cell_pos *cells;
	size_t ncell, cell_alloc;
	unsigned long rows;

	int failed;
	int warned_nest;
	size_t repeats[RW_COUNT];       /* warnings of each kind so far */

	/* The relationships by id, sorted when an altChunk first asks. */
	struct keyed *byid;
	size_t nbyid;
	int byid_sorted;
	/* w:altChunk parts not read, by why (a content type, "missing", ...). */
	struct { const char *why; size_t n; } unread[ALT_REASONS];
	size_t nunread_why, nunread;
	size_t subdocs;                 /* w:subDoc: never read */
	size_t alt_cut;                 /* HTML altChunks read only to HTML_MAX_DEPTH */
};

struct track_entry {
	unsigned depth;
	unsigned kind;
	const char *author;
};

struct row_entry {
	unsigned depth;
	int dropped;
	unsigned long serial;
	unsigned cells;         /* w:tc opened in it so far */
};

struct story {
	struct docx_loader *ld;
	enum story_kind kind;
	const char *part;
	int saw_root;

	struct pbuild *open[MAX_PARA_NEST];
	int nopen;
	struct pbuild *joined[MAX_PARA_NEST + 1];
	struct pbuild **queue;
	size_t nqueue, queue_alloc;
	long *pending;                 /* anchors waiting for the next paragraph */
	size_t npending, pending_alloc;
	unsigned long ordinal;
	long last_para;                /* doc index of the last paragraph written */

	enum para_kind containers[MAX_STACK];
	unsigned container_depth[MAX_STACK];
	int ncontainer;
	struct row_entry rows[MAX_STACK];
	int nrow;
	struct track_entry tracks[MAX_STACK];
	int ntrack;

	unsigned char fields[MAX_FIELD_NEST];
	int nfield, nfield_code, field_overflow;

	int in_t;
	int t_preserve;
	struct buf tbuf;

	const char *note_mark;
	int in_note;

	long comment_id;
	const char *comment_author;
	struct buf comment;
	int in_comment;
};

enum field_state { FIELD_CODE, FIELD_RESULT };

/* ---- small helpers ---- */

/*
 * A warning of a kind that may repeat: the first WARNINGS_OF_A_KIND
 * are given, the rest counted for repeat_warnings_total.
 */
static void warn_repeat(struct docx_loader *ld, enum repeat_warning kind, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void warn_repeat(struct docx_loader *ld, enum repeat_warning kind, const char *fmt, ...)
{
	struct buf msg = BUF_INIT;
	va_list ap;

	if (++ld->repeats[kind] > WARNINGS_OF_A_KIND)
		return;
	va_start(ap, fmt);
	buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	document_add_warning(ld->doc, "%s", msg.ptr);
	buf_release(&msg);
}

/* "... and N more <kind>" for each kind past the cap, once the package is read. */
static void repeat_warnings_total(struct docx_loader *ld)
{
	size_t k;

	for (k = 0; k < RW_COUNT; k++)
		if (ld->repeats[k] > WARNINGS_OF_A_KIND)
			document_add_warning(ld->doc, "... and %zu more %s",
					     ld->repeats[k] - WARNINGS_OF_A_KIND,
					     repeat_what[k]);
}

static const char *ld_strndup(struct docx_loader *ld, const char *s, size_t n)
{
	return arena_strndup(&ld->arena, s, n);
}

static const char *attr_dup(struct docx_loader *ld, const struct xml_attrs *a,
			    enum xml_ns ns, const char *local)
{
	const char *v;
	size_t n;

	if (xml_attr(a, ns, local, &v, &n))
		return NULL;
	return ld_strndup(ld, v, n);
}

/* A toggle attribute that is present and on. */
static int attr_set(const struct xml_attrs *a, const char *local)
{
	const char *v;
	size_t n;

	return !xml_attr(a, XNS_W, local, &v, &n) && xml_attr_on(a, local);
}

static int is_blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]))
			return 0;
	return 1;
}

static void fail(struct docx_loader *ld, struct xml_parser *p)
{
	ld->failed = 1;
	if (p)
		xml_abort(p);
}

/* ---- paragraph buffers ---- */

static struct pbuild *pb_get(struct docx_loader *ld)
{
	struct pbuild *pb;

	if (ld->nfree_pb) {
		pb = ld->free_pb[--ld->nfree_pb];
	} else {
		pb = xcalloc(1, sizeof(*pb));
		buf_init(&pb->text, 0);
		buf_init(&pb->label, 0);
	}
	buf_reset(&pb->text);
	buf_reset(&pb->label);
	pb->nspan = pb->nanchor = 0;
	pb->style[0] = '\0';
	pb->has_style = 0;
	pb->num_id = pb->ilvl = pb->outline = -1;
	pb->props_locked = 0;
	pb->section_break = 0;
	pb->mark = 0;
	pb->tracked = 0;
	pb->source = 0;
	pb->container = PARA_BODY;
	pb->row = 0;
	pb->cell = 0;
	pb->queue_mark = 0;
	pb->run_hidden = pb->run_hidden_explicit = 0;
	pb->run_style[0] = '\0';
	pb->suff = NUM_SUFF_TAB;
	pb->level = -1;
	pb->kind = PARA_BODY;
	pb->note_id = NULL;
	return pb;
}

static void pb_put(struct docx_loader *ld, struct pbuild *pb)
{
	if (!pb)
		return;
	ALLOC_GROW(ld->free_pb, ld->nfree_pb + 1, ld->free_pb_alloc);
	ld->free_pb[ld->nfree_pb++] = pb;
}

static void pb_free(struct pbuild *pb)
{
	buf_release(&pb->text);
	buf_release(&pb->label);
	free(pb->spans);
	free(pb->anchors);
	free(pb);
}

static void pb_add_anchor(struct pbuild *pb, long id)
{
	ALLOC_GROW(pb->anchors, pb->nanchor + 1, pb->anchor_alloc);
	pb->anchors[pb->nanchor++] = id;
}

static void pb_add_span(struct pbuild *pb, size_t start, size_t end,
			unsigned kind, const char *author)
{
	struct span *last = pb->nspan ? &pb->spans[pb->nspan - 1] : NULL;

	if (start >= end)
		return;
	if (last && last->end == start && last->kind == kind &&
	    (last->author == author ||
	     (last->author && author && !strcmp(last->author, author)))) {
		last->end = end;
		return;
	}
	ALLOC_GROW(pb->spans, pb->nspan + 1, pb->span_alloc);
	pb->spans[pb->nspan].start = start;
	pb->spans[pb->nspan].end = end;
	pb->spans[pb->nspan].kind = kind;
	pb->spans[pb->nspan].author = author;
	pb->nspan++;
}

/* Drops leading white space, moving the tracked spans with the text. */
static void pb_ltrim(struct pbuild *pb)
{
	size_t n = 0, i, k = 0;

	while (n < pb->text.len && isspace((unsigned char)pb->text.ptr[n]))
		n++;
	if (!n)
		return;
	memmove(pb->text.ptr, pb->text.ptr + n, pb->text.len - n);
	buf_setlen(&pb->text, pb->text.len - n);
	for (i = 0; i < pb->nspan; i++) {
		struct span sp = pb->spans[i];

		sp.start = sp.start > n ? sp.start - n : 0;
		sp.end = sp.end > n ? sp.end - n : 0;
		if (sp.end > sp.start)
			pb->spans[k++] = sp;
	}
	pb->nspan = k;
}

/* ---- text ---- */

static struct pbuild *current(struct story *st)
{
	return st->nopen ? st->open[st->nopen - 1] : NULL;
}

static int text_visible(struct story *st, const struct pbuild *pb)
{
	if (st->nfield_code || st->field_overflow)
		return 0;   /* inside a field code: Word shows the result only */
	if (pb->run_hidden && !st->ld->opt->include_hidden)
		return 0;
	return 1;
}

static unsigned current_track(const struct story *st, const char **author)
{
	if (!st->ntrack) {
		*author = NULL;
		return 0;
	}
	*author = st->tracks[st->ntrack - 1].author;
	return st->tracks[st->ntrack - 1].kind;
}

/*
 * Appends run text to the open paragraph.  A paragraph never holds a line
 * break (the document's invariant), and a soft hyphen is invisible in Word
 * unless it ends a line, so neither reaches the buffer.
 */
static void emit(struct story *st, struct xml_parser *p, const char *s, size_t n)
{
	struct pbuild *pb = current(st);
	const struct load_limits *lim = &st->ld->opt->limits;
	const char *author;
	unsigned kind;
	size_t start, i, from;

	if (!pb || !n || !text_visible(st, pb))
		return;
	start = pb->text.len;
	for (i = from = 0; i < n; i++) {
		if (s[i] == '\n' || s[i] == '\r') {
			buf_add(&pb->text, s + from, i - from);
			buf_addch(&pb->text, ' ');
			from = i + 1;
		} else if ((unsigned char)s[i] == 0xC2 && i + 1 < n &&
			   (unsigned char)s[i + 1] == 0xAD) {
			buf_add(&pb->text, s + from, i - from);
			from = i + 2;
			i++;
		}
	}
	buf_add(&pb->text, s + from, n - from);
	if (pb->text.len + st->ld->doc->text.len > lim->max_text_size) {
		buf_addf(st->ld->err, "extracted text is larger than the %zu-byte limit",
			 lim->max_text_size);
		fail(st->ld, p);
		return;
	}
	kind = current_track(st, &author);
	if (kind)
		pb_add_span(pb, start, pb->text.len, kind, author);
}

static void emit_cstr(struct story *st, struct xml_parser *p, const char *s)
{
	emit(st, p, s, strlen(s));
}

/*
 * Symbol-font characters live at U+F020..U+F0FF; the few a contract uses
 * (bullets, check boxes, marks) get their Unicode equivalents.  Others are
 * kept as they are, as LibreOffice does.
 */
static unsigned long map_symbol(unsigned long cp, const char *font)
{
	static const struct {
		unsigned char code;
		unsigned short cp;
	} symbol[] = {
		{ 0x2D, 0x2212 }, { 0xA3, 0x2264 }, { 0xA5, 0x221E }, { 0xAC, 0x2190 },
		{ 0xAE, 0x2192 }, { 0xB0, 0x00B0 }, { 0xB1, 0x00B1 }, { 0xB3, 0x2265 },
		{ 0xB4, 0x00D7 }, { 0xB7, 0x2022 }, { 0xB8, 0x00F7 }, { 0xD2, 0x00AE },
		{ 0xD3, 0x00A9 }, { 0xD4, 0x2122 }, { 0xDE, 0x21D2 }, { 0xE2, 0x00AE },
		{ 0xE3, 0x00A9 }, { 0xE4, 0x2122 },
	}, wingdings[] = {
		{ 0x6E, 0x25A0 }, { 0x6F, 0x25A1 }, { 0x71, 0x2751 }, { 0x78, 0x2612 },
		{ 0x9F, 0x2022 }, { 0xA7, 0x25AA }, { 0xA8, 0x25FB }, { 0xD8, 0x27A2 },
		{ 0xFB, 0x2718 }, { 0xFC, 0x2714 }, { 0xFD, 0x2612 }, { 0xFE, 0x2611 },
	};
	unsigned long low = cp >= 0xF000 && cp <= 0xF0FF ? cp - 0xF000 : cp;
	size_t i;

	if (low > 0xFF)
		return cp;
	if (!strncasecmp(font, "Symbol", 6)) {
		for (i = 0; i < ARRAY_SIZE(symbol); i++)
			if (symbol[i].code == low)
				return symbol[i].cp;
	} else if (!strncasecmp(font, "Wingdings", 9)) {
		for (i = 0; i < ARRAY_SIZE(wingdings); i++)
			if (wingdings[i].code == low)
				return wingdings[i].cp;
	}
	return cp;
}

/* ---- writing finished paragraphs ---- */

static void add_anchor(struct docx_loader *ld, long id, size_t para)
{
	ALLOC_GROW(ld->anchors, ld->nanchor + 1, ld->anchor_alloc);
	ld->anchors[ld->nanchor].id = id;
	ld->anchors[ld->nanchor].order = ld->nanchor;
	ld->anchors[ld->nanchor].para = para;
	ld->nanchor++;
}

static void add_comment_paragraph(struct story *st, struct pbuild *pb)
{
	if (st->comment.len)
		buf_addch(&st->comment, '\n');
	buf_addbuf(&st->comment, &pb->text);
}

static int write_para(struct story *st, struct xml_parser *p, struct pbuild *pb)
{
	struct docx_loader *ld = st->ld;
	struct document *doc = ld->doc;
	const struct load_limits *lim = &ld->opt->limits;
	struct paragraph *para;
	size_t start, body, i;

	if (st->kind == STORY_COMMENTS) {
		add_comment_paragraph(st, pb);
		return 0;
	}
	if (doc->npara >= lim->max_paragraphs) {
		buf_addf(ld->err, "more than %zu paragraphs", lim->max_paragraphs);
		fail(ld, p);
		return -1;
	}
	if (doc->text.len)
		buf_addch(&doc->text, '\n');
	start = doc->text.len;
	if (pb->label.len) {
		buf_addbuf(&doc->text, &pb->label);
		if (pb->suff == NUM_SUFF_TAB)
			buf_addch(&doc->text, '\t');
		else if (pb->suff == NUM_SUFF_SPACE)
			buf_addch(&doc->text, ' ');
	}
	body = doc->text.len;
	buf_addbuf(&doc->text, &pb->text);
	if (doc->text.len > lim->max_text_size) {
		buf_addf(ld->err, "extracted text is larger than the %zu-byte limit",
			 lim->max_text_size);
		fail(ld, p);
		return -1;
	}
	para = document_add_paragraph(doc, pb->kind, start, doc->text.len);
	para->body = body;
	para->label = pb->label.len ? arena_strndup(&doc->arena, pb->label.ptr, pb->label.len)
				    : NULL;
	para->level = pb->level;
	para->source = pb->source;
	para->tracked = pb->tracked;
	para->note_id = pb->note_id ? arena_strdup(&doc->arena, pb->note_id) : NULL;
	for (i = 0; i < pb->nspan; i++)
		document_add_span(doc, body + pb->spans[i].start, body + pb->spans[i].end,
				  pb->spans[i].kind, pb->spans[i].author);
	st->last_para = (long)(doc->npara - 1);
	if (pb->kind == PARA_TABLE_CELL && pb->row) {
		ALLOC_GROW(ld->cells, ld->ncell + 1, ld->cell_alloc);
		ld->cells[ld->ncell].para = doc->npara - 1;
		ld->cells[ld->ncell].row = pb->row;
		ld->cells[ld->ncell++].cell = pb->cell;
	}
	for (i = 0; i < pb->nanchor; i++)
		add_anchor(ld, pb->anchors[i], doc->npara - 1);
	return 0;
}

static void flush_queue(struct story *st, struct xml_parser *p)
{
	size_t i;

	for (i = 0; i < st->nqueue; i++) {
		if (!st->ld->failed)
			write_para(st, p, st->queue[i]);
		pb_put(st->ld, st->queue[i]);
	}
	st->nqueue = 0;
}

static enum para_kind story_para_kind(enum story_kind k)
{
	switch (k) {
	case STORY_FOOTNOTES:
		return PARA_FOOTNOTE;
	case STORY_ENDNOTES:
		return PARA_ENDNOTE;
	case STORY_HEADER:
		return PARA_HEADER;
	case STORY_FOOTER:
		return PARA_FOOTER;
	default:
		return PARA_BODY;
	}
}

/* The label, kind and level Word gives the paragraph; advances numbering. */
static void settle(struct story *st, struct pbuild *pb)
{
	struct docx_para_props props;
	struct docx_para_number nr;

	pb->kind = pb->container;
	pb->level = -1;
	buf_reset(&pb->label);
	if (st->kind == STORY_COMMENTS)
		return;
	props.style = pb->has_style ? pb->style : NULL;
	props.num_id = pb->num_id;
	props.ilvl = pb->ilvl;
	props.outline = pb->outline;
	docx_numbering_next(st->ld->num, &props, &pb->label, &nr);
	pb->suff = nr.suff;
	if (nr.numbered && !nr.bullet)
		pb->level = nr.ilvl;
	else if (nr.outline >= 0)
		pb->level = nr.outline;
	if (pb->kind == PARA_BODY) {
		if (nr.outline >= 0)
			pb->kind = PARA_HEADING;
		else if (nr.numbered)
			pb->kind = PARA_LIST_ITEM;
	}
	pb->note_id = st->note_mark;
	if (st->note_mark)
		pb_ltrim(pb);   /* the space after the note's own mark, which we leave out */
}

/* Hands a paragraph's comment anchors to the story, for the next paragraph. */
static void carry_anchors(struct story *st, struct pbuild *pb)
{
	size_t i;

	for (i = 0; i < pb->nanchor; i++) {
		ALLOC_GROW(st->pending, st->npending + 1, st->pending_alloc);
		st->pending[st->npending++] = pb->anchors[i];
	}
	pb->nanchor = 0;
}

/*
 * A w:p has ended (or a merge chain is cut short by a container end when
 * `force`).  Decides whether it merges into the next paragraph, drops it if
 * it shows nothing, and otherwise writes it or queues it behind the
 * paragraph anchoring its text box.
 */
static void finish_para(struct story *st, struct xml_parser *p, struct pbuild *pb,
			int depth, int force)
{
	struct docx_loader *ld = st->ld;
	enum track_mode mode = ld->opt->track;
	int tracked_join = (mode == TRACK_MODE_ACCEPT &&
			    (pb->mark & (MARK_DELETED | MARK_MOVED_FROM))) ||
			   (mode == TRACK_MODE_REJECT &&
			    (pb->mark & (MARK_INSERTED | MARK_MOVED_TO)));
	int hidden_join = !ld->opt->include_hidden && (pb->mark & MARK_HIDDEN);

	/* A drop cap is the next paragraph's first letters, set in a frame. */
	if (pb->mark & MARK_DROP_CAP)
		tracked_join = 1;
	size_t i;

	if (mode != TRACK_MODE_REJECT && (pb->mark & (MARK_INSERTED | MARK_MOVED_TO)))
		pb->tracked |= TRACK_INSERTED | (pb->mark & MARK_MOVED_TO ? TRACK_MOVED : 0);
	if (mode == TRACK_MODE_ALL && (pb->mark & (MARK_DELETED | MARK_MOVED_FROM)))
		pb->tracked |= TRACK_DELETED | (pb->mark & MARK_MOVED_FROM ? TRACK_MOVED : 0);

	if (!force && (tracked_join || hidden_join)) {
		/*
		 * Word merges a paragraph whose mark is deleted with the next
		 * one, which keeps its own properties (its mark survives).  A
		 * hidden mark only shows two paragraphs on one line (a "style
		 * separator"): the first keeps its number.  A hidden paragraph
		 * with nothing visible simply disappears.
		 */
		if (tracked_join) {
			pb->props_locked = 0;
		} else if (is_blank(pb->text.ptr, pb->text.len) && !pb->props_locked) {
			carry_anchors(st, pb);
			pb_put(ld, pb);
			return;
		} else {
			pb->props_locked = 1;
		}
		st->joined[depth] = pb;
		return;
	}

	/*
	 * An empty paragraph that only carries a section break takes no
	 * number: the documents' own cross-references count without it.
	 */
	if (pb->section_break && is_blank(pb->text.ptr, pb->text.len)) {
		carry_anchors(st, pb);
		pb_put(ld, pb);
		return;
	}
	settle(st, pb);
	if (!pb->label.len && is_blank(pb->text.ptr, pb->text.len)) {
		carry_anchors(st, pb);
		pb_put(ld, pb);
		return;
	}
	if (depth > 0) {
		/* A text box's paragraph: after the paragraph that anchors it. */
		ALLOC_GROW(st->queue, st->nqueue + 1, st->queue_alloc);
		memmove(st->queue + pb->queue_mark + 1, st->queue + pb->queue_mark,
			(st->nqueue - pb->queue_mark) * sizeof(*st->queue));
		st->queue[pb->queue_mark] = pb;
		st->nqueue++;
		return;
	}
	for (i = 0; i < st->npending; i++)
		pb_add_anchor(pb, st->pending[i]);
	st->npending = 0;
	if (!ld->failed)
		write_para(st, p, pb);
	pb_put(ld, pb);
	flush_queue(st, p);
}

static void commit_joined(struct story *st, struct xml_parser *p, int depth)
{
	struct pbuild *pb = st->joined[depth];

	if (!pb)
		return;
	st->joined[depth] = NULL;
	finish_para(st, p, pb, depth, 1);
}

/* ---- the story walker ---- */

static void track_push(struct story *st, struct xml_parser *p, unsigned kind,
		       const struct xml_attrs *a)
{
	struct track_entry *t;

	if (st->ntrack == MAX_STACK)
		return;
	t = &st->tracks[st->ntrack++];
	t->depth = xml_depth(p);
	t->kind = kind;
	t->author = attr_dup(st->ld, a, XNS_W, "author");
}

static void container_push(struct story *st, struct xml_parser *p, enum para_kind kind)
{
	if (st->ncontainer == MAX_STACK)
		return;
	st->containers[st->ncontainer] = kind;
	st->container_depth[st->ncontainer++] = xml_depth(p);
}

static enum para_kind container_kind(const struct story *st)
{
	if (st->kind != STORY_MAIN)
		return story_para_kind(st->kind);
	return st->ncontainer ? st->containers[st->ncontainer - 1] : PARA_BODY;
}

static void open_para(struct story *st, struct xml_parser *p)
{
	struct docx_loader *ld = st->ld;
	int depth = st->nopen;
	struct pbuild *pb;

	st->ordinal++;
	if (depth == MAX_PARA_NEST) {
		if (!ld->warned_nest) {
			document_add_warning(ld->doc, "text boxes nested more than %d deep were left out",
					     MAX_PARA_NEST);
			ld->warned_nest = 1;
		}
		xml_skip(p);
		return;
	}
	pb = st->joined[depth];
	if (pb) {
		/* The previous paragraph's mark went away: carry on in it. */
		st->joined[depth] = NULL;
		pb->mark = 0;
		if (!pb->props_locked) {
			pb->has_style = 0;
			pb->style[0] = '\0';
			pb->num_id = pb->ilvl = pb->outline = -1;
		}
	} else {
		pb = pb_get(ld);
		pb->source = st->ordinal;
		pb->container = container_kind(st);
		if (pb->container == PARA_TABLE_CELL && st->kind == STORY_MAIN && st->nrow &&
		    st->rows[st->nrow - 1].cells) {
			pb->row = st->rows[st->nrow - 1].serial;
			pb->cell = st->rows[st->nrow - 1].cells - 1;
		}
		pb->queue_mark = st->nqueue;
	}
	st->open[st->nopen++] = pb;
}

/* ---- imported content (w:altChunk) ---- */

/* An altChunk not read, counted under `why` (arena or static text). */
static void alt_unread(struct docx_loader *ld, const char *why)
{
	size_t i;

	ld->nunread++;
	for (i = 0; i < ld->nunread_why; i++)
		if (!strcasecmp(ld->unread[i].why, why)) {
			ld->unread[i].n++;
			return;
		}
	if (ld->nunread_why < ALT_REASONS) {
		ld->unread[ld->nunread_why].why = why;
		ld->unread[ld->nunread_why++].n = 1;
	}
}

struct alt_ctx {
	struct story *st;
	struct xml_parser *p;
};

/* One paragraph of an altChunk, in the story where the altChunk stands. */
static void alt_para(void *user, const char *s, size_t n)
{
	struct alt_ctx *ac = user;
	struct story *st = ac->st;
	struct buf clean = BUF_INIT;
	struct pbuild *pb;
	size_t i;
	int depth = st->nopen;

	if (st->ld->failed)
		return;
	/*
	 * An altChunk in a text box already MAX_PARA_NEST deep: its paragraphs
	 * are left out as such boxes' are (open_para warns), not written into
	 * the paragraph around it, which would then be finished before its end.
	 */
	commit_joined(st, ac->p, depth);
	open_para(st, ac->p);
	if (st->nopen == depth)
		return;
	/* Control bytes (a NUL above all) are no text: spaces. */
	for (i = 0; i < n; i++)
		buf_addch(&clean, (unsigned char)s[i] < 0x20 && s[i] != '\t' ? ' ' : s[i]);
	pb = st->open[st->nopen - 1];
	if (!st->ld->failed) {
		emit(st, ac->p, clean.ptr, clean.len);
		st->nopen--;
		finish_para(st, ac->p, pb, st->nopen, 0);
	}
	buf_release(&clean);
}

/*
 * Plain text as the altChunk's paragraphs: one per line that is not blank
 * (the producers of text chunks write a paragraph per line); a byte order
 * mark is dropped, bytes that are not UTF-8 are read as U+FFFD.
 */
static void alt_text_paragraphs(struct alt_ctx *ac, const unsigned char *s, size_t n)
{
	struct buf line = BUF_INIT;
	size_t i = 0, len, bad;

	if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
		i = 3;
	for (; i <= n && !ac->st->ld->failed; i += len) {
		if (i == n || s[i] == '\n' || s[i] == '\r') {
			size_t a = 0, e = line.len;

			while (a < e && (line.ptr[a] == ' ' || line.ptr[a] == '\t'))
				a++;
			while (e > a && (line.ptr[e - 1] == ' ' || line.ptr[e - 1] == '\t'))
				e--;
			if (e > a)
				alt_para(ac, line.ptr + a, e - a);
			buf_reset(&line);
			len = 1;
			continue;
		}
		len = utf8_sequence(s + i, n - i, &bad);
		if (len) {
			buf_add(&line, (const char *)s + i, len);
		} else {
			buf_addstr(&line, "\xEF\xBF\xBD");
			len = bad;
		}
	}
	buf_release(&line);
}

/* The longest charset name read from a content type. */
#define ALT_CHARSET_MAX 40

/*
 * Past the value of a content type's parameter at p: a token ends at ';',
 * a quoted string at its closing quote, where a backslash escapes a
 * character (RFC 2045), so that '; charset=' inside a quoted value is no
 * parameter of its own.
 */
static const char *param_value_end(const char *p)
{
	if (*p != '"')
		return p + strcspn(p, ";");
	for (p++; *p && *p != '"'; p++)
		if (*p == '\\' && p[1])
			p++;
	return p + (*p == '"');
}

/*
 * The iconv name of the charset a text/plain part of content type `type`
 * is written in: its byte order mark's, else its "charset" parameter's
 * (copied into name[ALT_CHARSET_MAX + 1], a byte no charset's name has
 * made '?'), in *from; NULL for UTF-8, the default, which the part is
 * then read as, and for an empty name.  *skip: the length of a UTF-16 or
 * UTF-32 mark.  Latin-1 is read as windows-1252, as browsers read it.
 * Returns -1 for a name longer than ALT_CHARSET_MAX, which is refused
 * rather than cut to a name that may be another charset's, else 0.
 */
static int alt_charset(const unsigned char *s, size_t n, const char *type, size_t *skip,
		       char *name, const char **from)
{
	static const char *const utf8[] = { "utf-8", "utf8", "us-ascii", "ascii" };
	static const char *const latin1[] = { "iso-8859-1", "iso_8859-1", "latin1", "l1" };
	const char *p = strchr(type, ';');
	size_t i, len;

	*skip = 0;
	*from = NULL;
	/* UTF-32's marks first: UTF-32LE's opens with UTF-16LE's. */
	if (n >= 4 && (!memcmp(s, "\xFF\xFE\0\0", 4) || !memcmp(s, "\0\0\xFE\xFF", 4))) {
		*skip = 4;
		*from = s[0] == 0xFF ? "UTF-32LE" : "UTF-32BE";
		return 0;
	}
	if (n >= 2 && (s[0] == 0xFF || s[0] == 0xFE) && s[1] == (s[0] ^ 1)) {
		*skip = 2;
		*from = s[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		return 0;
	}
	/* A UTF-8 mark is dropped as the text is read. */
	if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
		return 0;
	for (; p; p = strchr(p, ';')) {
		const char *attr = p + 1 + strspn(p + 1, " \t");
		size_t alen;
		int is_charset;

		p = attr + strcspn(attr, "=;");
		alen = (size_t)(p - attr);
		/* "charset", then only blanks before '=': not "charsets=". */
		is_charset = alen >= 7 && !strncasecmp(attr, "charset", 7) &&
				 strspn(attr + 7, " \t") == alen - 7;
		if (*p != '=')
			continue;
		p += 1 + strspn(p + 1, " \t");
		if (!is_charset) {
			p = param_value_end(p);
			continue;
		}
		p += *p == '"';
		len = strcspn(p, "\"; \t");
		/* An empty name ("charset=") is none: to iconv, "" is the locale's charset. */
		if (!len)
			return 0;
		if (len > ALT_CHARSET_MAX)
			return -1;
		for (i = 0; i < len; i++)
			name[i] = isalnum((unsigned char)p[i]) || strchr("-_.:()+", p[i]) ? p[i] : '?';
		name[len] = '\0';
		for (i = 0; i < ARRAY_SIZE(utf8); i++)
			if (!strcasecmp(name, utf8[i]))
				return 0;
		for (i = 0; i < ARRAY_SIZE(latin1); i++)
			if (!strcasecmp(name, latin1[i])) {
				*from = "WINDOWS-1252";
				return 0;
			}
		*from = name;
		return 0;
	}
	return 0;
}

/*
 * A text/plain altChunk's part, `part`, of content type `type`, as its
 * paragraphs, in the charset its mark or type says (alt_charset).  A part
 * iconv cannot convert is not read, and warned of with the reason; bytes
 * not in the charset become U+FFFD, counted in a warning.
 */
static void alt_text_part(struct alt_ctx *ac, const char *part, const char *type,
			  const unsigned char *s, size_t n)
{
	struct document *doc = ac->st->ld->doc;
	struct buf utf8 = BUF_INIT, err = BUF_INIT;
	char name[ALT_CHARSET_MAX + 1];
	size_t skip, nbad = 0, unit;
	const char *from;

	if (alt_charset(s, n, type, &skip, name, &from)) {
		document_add_warning(doc, "imported part '%s' (w:altChunk) not read: its charset's"
				     " name is longer than %d bytes", part, ALT_CHARSET_MAX);
		return;
	}
	if (!from) {
		alt_text_paragraphs(ac, s, n);
		return;
	}
	unit = charset_unit(from);
	if (charset_to_utf8(&utf8, from, s + skip, n - skip, unit,
			    ac->st->ld->opt->limits.max_text_size, &nbad, &err)) {
		document_add_warning(doc, "imported part '%s' (w:altChunk) not read: %s", part,
				     err.ptr);
	} else {
		alt_text_paragraphs(ac, (const unsigned char *)utf8.ptr, utf8.len);
		if (nbad)
			document_add_warning(doc, "imported part '%s' (w:altChunk): %zu %s%s not"
					     " in %s replaced with U+FFFD", part, nbad,
					     unit == 1 ? "byte" : "code unit", nbad == 1 ? "" : "s",
					     from);
	}
	buf_release(&utf8);
	buf_release(&err);
}

/*
 * w:altChunk: content imported from another part, which Word converts
 * when it opens the document.  Plain text and HTML are read here as
 * paragraphs where the altChunk stands; RTF, MHT and embedded Word
 * documents are not (each would need a converter or a nested load with
 * its own limits) and are counted for one warning.  Only the body's: an
 * altChunk in a header, note or comment is counted too.
 */
static void on_alt_chunk(struct story *st, struct xml_parser *p, const struct xml_attrs *a)
{
	struct docx_loader *ld = st->ld;
	const char *id = attr_dup(ld, a, XNS_R, "id");
	const struct rel *r = id ? rel_by_id(ld, id) : NULL;
	const char *type;
	struct buf data = BUF_INIT;
	struct alt_ctx ac = { st, p };
	size_t tlen;
	int ret;

	xml_skip(p);
	if (st->kind != STORY_MAIN) {
		alt_unread(ld, "outside the body");
		return;
	}
	if (!r) {
		alt_unread(ld, "missing");
		return;
	}
	type = content_type(ld, r->target);
	tlen = type ? strcspn(type, "; ") : 0;
	if (!type || !((tlen == 10 && !strncasecmp(type, "text/plain", 10)) ||
		       (tlen == 9 && !strncasecmp(type, "text/html", 9)) ||
		       (tlen == 21 && !strncasecmp(type, "application/xhtml+xml", 21)))) {
		alt_unread(ld, type ? ld_strndup(ld, type, tlen) : "of no content type");
		return;
	}
	ret = read_part(ld, r->target, &data);
	if (ret < 0) {
		fail(ld, p);
	} else if (ret > 0) {
		alt_unread(ld, "missing");
	} else if (tlen == 10) {
		alt_text_part(&ac, r->target, type, (const unsigned char *)data.ptr, data.len);
	} else {
		if (html_paragraphs((const unsigned char *)data.ptr, data.len, alt_para, &ac))
			ld->alt_cut++;
	}
	buf_release(&data);
}

/* One warning for the altChunks and subdocuments not read. */
static void alt_warnings(struct docx_loader *ld)
{
	struct buf why = BUF_INIT;
	size_t i, named = 0;

	for (i = 0; i < ld->nunread_why; i++) {
		buf_addf(&why, "%s%zu %s", i ? ", " : "", ld->unread[i].n, ld->unread[i].why);
		named += ld->unread[i].n;
	}
	if (named < ld->nunread)
		buf_addf(&why, ", %zu other", ld->nunread - named);
	if (ld->nunread)
		document_add_warning(ld->doc, "%zu imported part%s (w:altChunk) not read (%s):"
				     " their text is not reviewed", ld->nunread,
				     ld->nunread == 1 ? "" : "s", why.ptr);
	if (ld->alt_cut)
		document_add_warning(ld->doc, "%zu imported HTML part%s (w:altChunk) nested over %d"
				     " elements deep: the text past that depth is not reviewed",
				     ld->alt_cut, ld->alt_cut == 1 ? "" : "s", HTML_MAX_DEPTH);
	if (ld->subdocs)
		document_add_warning(ld->doc, "%zu subdocument%s (w:subDoc) not read: a master"
				     " document's subdocuments are files of their own, and their"
				     " text is not reviewed", ld->subdocs,
				     ld->subdocs == 1 ? "" : "s");
	buf_release(&why);
}

static void on_footnote_reference(struct story *st, struct xml_parser *p,
				  const struct xml_attrs *a, int endnote)
{
	struct docx_loader *ld = st->ld;
	struct pbuild *pb = current(st);
	struct buf mark = BUF_INIT;
	struct note_ref *ref;
	long id = xml_attr_long(a, XNS_W, "id", -1);
	int custom = attr_set(a, "customMarkFollows");

	if (st->kind != STORY_MAIN || !pb || !text_visible(st, pb))
		return;
	if (custom) {
		buf_addf(&mark, "%ld", id);
	} else {
		docx_format_number(ld->note_fmt[endnote],
				   ld->note_start[endnote] + ld->note_count[endnote], 0, &mark);
		ld->note_count[endnote]++;
	}
	ALLOC_GROW(ld->notes[endnote], ld->nnotes[endnote] + 1, ld->notes_alloc[endnote]);
	ref = &ld->notes[endnote][ld->nnotes[endnote]];
	ref->id = id;
	ref->order = ld->nnotes[endnote]++;
	ref->found = 0;
	ref->mark = ld_strndup(ld, mark.ptr, mark.len);
	/*
	 * "[1]" where Word shows a superscript 1: the note's text follows the
	 * body as a paragraph whose note_id is the same mark.
	 */
	if (!custom) {
		emit_cstr(st, p, "[");
		emit(st, p, mark.ptr, mark.len);
		emit_cstr(st, p, "]");
	}
	buf_release(&mark);
}

static int cmp_note_ref(const void *a, const void *b)
{
	const struct note_ref *x = a, *y = b;

	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/*
 * The body is read before the notes part, so the references are sorted by
 * id once and each note looked up by binary search: a scan per note took
 * time in notes x references (50,000 notes: seconds, 8x time for 2x notes).
 */
static void sort_notes(struct docx_loader *ld, int endnote)
{
	if (ld->nnotes[endnote])
		qsort(ld->notes[endnote], ld->nnotes[endnote], sizeof(*ld->notes[endnote]),
		      cmp_note_ref);
}

/* The mark of the first reference to note `id`, as Word numbers it. */
static const char *find_note(struct docx_loader *ld, int endnote, long id)
{
	const struct note_ref *refs = ld->notes[endnote];
	size_t lo = 0, hi = ld->nnotes[endnote];

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (refs[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < ld->nnotes[endnote] && refs[lo].id == id) {
		ld->notes[endnote][lo].found = 1;
		return refs[lo].mark;
	}
	return NULL;
}

/*
 * One warning for the notes referred to and never found (the part lacks
 * them, or there is no part): their marks stand in the text alone.  Refs
 * are sorted by id; the first of each id says whether its note was read.
 */
static void missing_notes_warning(struct docx_loader *ld, int endnote)
{
	const struct note_ref *refs = ld->notes[endnote];
	size_t i, missing = 0;

	for (i = 0; i < ld->nnotes[endnote]; i++)
		if ((i == 0 || refs[i].id != refs[i - 1].id) && !refs[i].found)
			missing++;
	if (missing)
		document_add_warning(ld->doc, "%zu %s%s referred to in the text %s missing: the"
				     " text shows %s alone", missing,
				     endnote ? "endnote" : "footnote", missing == 1 ? "" : "s",
				     missing == 1 ? "is" : "are",
				     missing == 1 ? "its mark" : "their marks");
}

/* Duplicates are dropped when the parts are read (unique_ids), not here. */
static void add_ref_id(const char ***ids, size_t *n, size_t *alloc, const char *id)
{
	if (!id)
		return;
	ALLOC_GROW(*ids, *n + 1, *alloc);
	(*ids)[(*n)++] = id;
}

static void on_mark_change(struct story *st, enum xml_tag tag)
{
	struct pbuild *pb = current(st);

	if (!pb)
		return;
	switch (tag) {
	case T_DEL:
		pb->mark |= MARK_DELETED;
		break;
	case T_INS:
		pb->mark |= MARK_INSERTED;
		break;
	case T_MOVEFROM:
		pb->mark |= MARK_MOVED_FROM;
		break;
	case T_MOVETO:
		pb->mark |= MARK_MOVED_TO;
		break;
	default:
		break;
	}
}

/* w:ins, w:del, w:moveFrom, w:moveTo around content. */
static void on_tracked_content(struct story *st, struct xml_parser *p,
			       enum xml_tag tag, const struct xml_attrs *a)
{
	enum track_mode mode = st->ld->opt->track;
	int removed = tag == T_DEL || tag == T_MOVEFROM;
	unsigned kind;

	if ((mode == TRACK_MODE_ACCEPT && removed) ||
	    (mode == TRACK_MODE_REJECT && !removed)) {
		xml_skip(p);
		return;
	}
	if (mode == TRACK_MODE_REJECT) {
		kind = 0;   /* the original text: nothing tracked about it */
	} else if (removed) {
		kind = TRACK_DELETED | (tag == T_MOVEFROM ? TRACK_MOVED : 0);
	} else {
		kind = TRACK_INSERTED | (tag == T_MOVETO ? TRACK_MOVED : 0);
	}
	track_push(st, p, kind, a);
	if (current(st) && kind)
		current(st)->tracked |= kind;
}

static void on_fldchar(struct story *st, const struct xml_attrs *a)
{
	char type[16];

	xml_attr_copy(a, XNS_W, "fldCharType", type, sizeof(type));
	if (!strcmp(type, "begin")) {
		if (st->nfield == MAX_FIELD_NEST) {
			st->field_overflow++;
			return;
		}
		st->fields[st->nfield++] = FIELD_CODE;
		st->nfield_code++;
	} else if (!strcmp(type, "separate")) {
		if (st->field_overflow)
			return;
		if (st->nfield && st->fields[st->nfield - 1] == FIELD_CODE) {
			st->fields[st->nfield - 1] = FIELD_RESULT;
			st->nfield_code--;
		}
	} else if (!strcmp(type, "end")) {
		if (st->field_overflow) {
			st->field_overflow--;
			return;
		}
		if (st->nfield) {
			if (st->fields[--st->nfield] == FIELD_CODE)
				st->nfield_code--;
		}
	}
}

static void on_anchor(struct story *st, const struct xml_attrs *a)
{
	long id = xml_attr_long(a, XNS_W, "id", -1);
	struct pbuild *pb = current(st);

	if (st->kind == STORY_COMMENTS)
		return;
	if (pb) {
		pb_add_anchor(pb, id);
	} else {
		ALLOC_GROW(st->pending, st->npending + 1, st->pending_alloc);
		st->pending[st->npending++] = id;
	}
}

static void on_run_props(struct story *st, enum xml_tag tag, const struct xml_attrs *a)
{
	struct pbuild *pb = current(st);

	if (!pb)
		return;
	if (tag == T_RSTYLE) {
		xml_attr_copy(a, XNS_W, "val", pb->run_style, sizeof(pb->run_style));
		if (!pb->run_hidden_explicit)
			pb->run_hidden = docx_style_hidden(st->ld->num,
							   pb->has_style ? pb->style : NULL,
							   pb->run_style);
	} else {
		pb->run_hidden = xml_attr_on(a, "val");
		pb->run_hidden_explicit = 1;
	}
}

static void on_para_props(struct story *st, enum xml_tag tag, const struct xml_attrs *a)
{
	struct pbuild *pb = current(st);
	long v;

	if (!pb || pb->props_locked)
		return;
	switch (tag) {
	case T_PSTYLE:
		pb->has_style = xml_attr_copy(a, XNS_W, "val", pb->style, sizeof(pb->style)) >= 0;
		break;
	case T_NUMID:
		v = xml_attr_long(a, XNS_W, "val", -1);
		pb->num_id = v >= 0 && v < 1000000000 ? (int)v : -1;
		break;
	case T_ILVL:
		v = xml_attr_long(a, XNS_W, "val", -1);
		pb->ilvl = v >= 0 && v < 1000 ? (int)v : -1;
		break;
	case T_OUTLINELVL:
		v = xml_attr_long(a, XNS_W, "val", 9);
		pb->outline = v >= 0 && v < 9 ? (int)v : 9;
		break;
	default:
		break;
	}
}

static void story_start(struct xml_parser *p, void *user, enum xml_ns ns,
			enum xml_tag tag, const struct xml_attrs *a)
{
	struct story *st = user;
	struct docx_loader *ld = st->ld;
	enum xml_tag parent;
	struct pbuild *pb;

	if (!st->saw_root) {
		st->saw_root = 1;
		if (st->kind == STORY_MAIN && !(ns == XNS_W && tag == T_DOCUMENT)) {
			buf_addf(ld->err, "'%s' is not a WordprocessingML document", st->part);
			fail(ld, p);
			return;
		}
	}
	if (ns == XNS_M) {
		if (tag == T_M_T && current(st)) {
			st->in_t = 1;
			st->t_preserve = 1;
			buf_reset(&st->tbuf);
		}
		return;
	}
	if (ns != XNS_W)
		return;
	parent = xml_parent(p);
	pb = current(st);
	switch (tag) {
	case T_P:
		open_para(st, p);
		break;
	case T_R:
		if (pb) {
			pb->run_hidden = docx_style_hidden(ld->num, pb->has_style ? pb->style : NULL,
							   NULL);
			pb->run_hidden_explicit = 0;
			pb->run_style[0] = '\0';
		}
		break;
	case T_PSTYLE:
	case T_OUTLINELVL:
		if (parent == T_PPR)
			on_para_props(st, tag, a);
		break;
	case T_NUMID:
	case T_ILVL:
		if (parent == T_NUMPR && xml_ancestor(p, 2) == T_PPR)
			on_para_props(st, tag, a);
		break;
	case T_PPRCHANGE:
		if (ld->opt->track == TRACK_MODE_REJECT && parent == T_PPR && pb &&
		    !pb->props_locked) {
			/* The properties before the change: read the old pPr instead. */
			pb->has_style = 0;
			pb->style[0] = '\0';
			pb->num_id = pb->ilvl = pb->outline = -1;
		} else {
			xml_skip(p);
		}
		break;
	case T_RSTYLE:
		if (parent == T_RPR && xml_ancestor(p, 2) == T_R)
			on_run_props(st, tag, a);
		break;
	case T_VANISH:
	case T_SPECVANISH:
		if (parent == T_RPR && xml_ancestor(p, 2) == T_R)
			on_run_props(st, tag, a);
		else if (parent == T_RPR && xml_ancestor(p, 2) == T_PPR && pb &&
			 xml_attr_on(a, "val"))
			pb->mark |= MARK_HIDDEN;
		break;
	case T_INS:
	case T_DEL:
	case T_MOVEFROM:
	case T_MOVETO:
		if (parent == T_RPR) {
			if (xml_ancestor(p, 2) == T_PPR)
				on_mark_change(st, tag);
		} else if (parent == T_TRPR) {
			if (st->nrow && ((ld->opt->track == TRACK_MODE_ACCEPT && tag == T_DEL) ||
					 (ld->opt->track == TRACK_MODE_REJECT && tag == T_INS)))
				st->rows[st->nrow - 1].dropped = 1;
		} else if (parent != T_NUMPR) {
			on_tracked_content(st, p, tag, a);
		}
		break;
	case T_T:
	case T_DELTEXT:
		if (parent == T_R && pb) {
			const char *v;
			size_t n;

			if (tag == T_DELTEXT && !st->ntrack && ld->opt->track == TRACK_MODE_ACCEPT)
				break;   /* deleted text outside w:del: still deleted */
			st->in_t = 1;
			st->t_preserve = !xml_attr(a, XNS_OTHER, "space", &v, &n) &&
					 n == 8 && !memcmp(v, "preserve", 8);
			buf_reset(&st->tbuf);
		}
		break;
	case T_TAB:
	case T_PTAB:
		if (parent == T_R)
			emit_cstr(st, p, "\t");
		break;
	case T_BR:
	case T_CR:
		if (parent == T_R)
			emit_cstr(st, p, " ");
		break;
	case T_NOBREAKHYPHEN:
		if (parent == T_R)
			emit_cstr(st, p, "-");
		break;
	case T_SYM:
		if (parent == T_R && pb) {
			char hex[16], font[64];
			unsigned long cp;
			struct buf u = BUF_INIT;

			xml_attr_copy(a, XNS_W, "char", hex, sizeof(hex));
			xml_attr_copy(a, XNS_W, "font", font, sizeof(font));
			cp = map_symbol(strtoul(hex, NULL, 16), font);
			if (cp >= 0x20 && cp <= 0x10FFFF) {
				buf_add_utf8(&u, cp);
				emit(st, p, u.ptr, u.len);
			}
			buf_release(&u);
		}
		break;
	case T_FLDCHAR:
		on_fldchar(st, a);
		break;
	case T_INSTRTEXT:
	case T_DELINSTRTEXT:
	case T_RT:
	case T_SDTPR:
	case T_SDTENDPR:
	case T_CUSTOMXMLPR:
	case T_SMARTTAGPR:
	case T_RPRCHANGE:
	case T_SECTPRCHANGE:
	case T_TBLPRCHANGE:
	case T_TRPRCHANGE:
	case T_TCPRCHANGE:
	case T_TBLPREXCHANGE:
	case T_NUMBERINGCHANGE:
	case T_CELLINS:
	case T_CELLDEL:
		xml_skip(p);
		break;
	case T_FOOTNOTEREFERENCE:
	case T_ENDNOTEREFERENCE:
		if (parent == T_R)
			on_footnote_reference(st, p, a, tag == T_ENDNOTEREFERENCE);
		break;
	case T_COMMENTRANGESTART:
	case T_COMMENTREFERENCE:
		on_anchor(st, a);
		break;
	case T_HEADERREFERENCE:
		if (st->kind == STORY_MAIN)
			add_ref_id(&ld->hdr_ids, &ld->nhdr, &ld->hdr_alloc,
				   attr_dup(ld, a, XNS_R, "id"));
		break;
	case T_FOOTERREFERENCE:
		if (st->kind == STORY_MAIN)
			add_ref_id(&ld->ftr_ids, &ld->nftr, &ld->ftr_alloc,
				   attr_dup(ld, a, XNS_R, "id"));
		break;
	case T_SECTPR:
		if (parent == T_PPR && pb)
			pb->section_break = 1;
		break;
	case T_FRAMEPR:
		if (parent == T_PPR && pb) {
			char cap[16];

			if (xml_attr_copy(a, XNS_W, "dropCap", cap, sizeof(cap)) > 0 &&
			    strcmp(cap, "none"))
				pb->mark |= MARK_DROP_CAP;
		}
		break;
	case T_TBL:
		commit_joined(st, p, st->nopen);
		break;
	case T_TR:
		if (st->nrow < MAX_STACK) {
			st->rows[st->nrow].depth = xml_depth(p);
			st->rows[st->nrow].serial = ++ld->rows;
			st->rows[st->nrow].cells = 0;
			st->rows[st->nrow++].dropped = 0;
		}
		break;
	case T_TC:
		if (st->nrow && st->rows[st->nrow - 1].dropped) {
			xml_skip(p);
			break;
		}
		if (st->nrow)
			st->rows[st->nrow - 1].cells++;
		container_push(st, p, PARA_TABLE_CELL);
		break;
	case T_TXBXCONTENT:
		container_push(st, p, PARA_TEXT_BOX);
		break;
	case T_FOOTNOTE:
	case T_ENDNOTE: {
		char type[32];
		long id = xml_attr_long(a, XNS_W, "id", -1);
		int endnote = tag == T_ENDNOTE;

		if ((st->kind != STORY_FOOTNOTES || endnote) &&
		    (st->kind != STORY_ENDNOTES || !endnote))
			break;
		xml_attr_copy(a, XNS_W, "type", type, sizeof(type));
		st->note_mark = type[0] && strcmp(type, "normal") ? NULL : find_note(ld, endnote, id);
		if (!st->note_mark) {
			xml_skip(p);   /* separators, and notes no one refers to */
			break;
		}
		st->in_note = 1;
		break;
	}
	case T_ALTCHUNK:
		on_alt_chunk(st, p, a);
		break;
	case T_SUBDOC:
		ld->subdocs++;
		break;
	case T_COMMENT:
		if (st->kind == STORY_COMMENTS) {
			st->in_comment = 1;
			st->comment_id = xml_attr_long(a, XNS_W, "id", -1);
			st->comment_author = attr_dup(ld, a, XNS_W, "author");
			buf_reset(&st->comment);
		}
		break;
	default:
		break;
	}
}

static void add_comment_text(struct story *st, struct xml_parser *p)
{
	struct docx_loader *ld = st->ld;
	struct comment_text *c;

	ld->comment_bytes += st->comment.len;
	if (ld->comment_bytes > ld->opt->limits.max_text_size) {
		buf_addf(ld->err, "comments are larger than the %zu-byte text limit",
			 ld->opt->limits.max_text_size);
		fail(ld, p);
		return;
	}
	ALLOC_GROW(ld->comments, ld->ncomment + 1, ld->comment_alloc);
	c = &ld->comments[ld->ncomment++];
	c->id = st->comment_id;
	c->author = st->comment_author;
	c->text = ld_strndup(ld, st->comment.ptr, st->comment.len);
}

static void story_end(struct xml_parser *p, void *user, enum xml_ns ns,
		      enum xml_tag tag)
{
	struct story *st = user;
	unsigned depth = xml_depth(p);

	if (ns == XNS_M) {
		if (tag == T_M_T && st->in_t) {
			st->in_t = 0;
			emit(st, p, st->tbuf.ptr, st->tbuf.len);
		}
		return;
	}
	if (ns != XNS_W)
		return;
	/* Tracked wrappers and containers close by depth, whatever their tag. */
	while (st->ntrack && st->tracks[st->ntrack - 1].depth >= depth)
		st->ntrack--;
	switch (tag) {
	case T_P:
		if (st->nopen) {
			struct pbuild *pb = st->open[--st->nopen];

			finish_para(st, p, pb, st->nopen, 0);
		}
		break;
	case T_T:
	case T_DELTEXT:
		if (st->in_t) {
			const char *s = st->tbuf.ptr;
			size_t n = st->tbuf.len;

			st->in_t = 0;
			if (!st->t_preserve) {
				/* Without xml:space="preserve", Word drops edge whitespace. */
				while (n && isspace((unsigned char)*s)) {
					s++;
					n--;
				}
				while (n && isspace((unsigned char)s[n - 1]))
					n--;
			}
			emit(st, p, s, n);
		}
		break;
	case T_TR:
		if (st->nrow && st->rows[st->nrow - 1].depth == depth)
			st->nrow--;
		break;
	case T_TC:
	case T_TXBXCONTENT:
		commit_joined(st, p, st->nopen);
		if (st->ncontainer && st->container_depth[st->ncontainer - 1] == depth)
			st->ncontainer--;
		break;
	case T_BODY:
		commit_joined(st, p, st->nopen);
		break;
	case T_FOOTNOTE:
	case T_ENDNOTE:
		if (st->in_note) {
			commit_joined(st, p, st->nopen);
			st->in_note = 0;
			st->note_mark = NULL;
		}
		break;
	case T_COMMENT:
		if (st->in_comment) {
			commit_joined(st, p, st->nopen);
			st->in_comment = 0;
			add_comment_text(st, p);
		}
		break;
	default:
		break;
	}
}

static void story_text(struct xml_parser *p, void *user, const char *s, size_t n)
{
	struct story *st = user;

	(void)p;
	if (st->in_t)
		buf_add(&st->tbuf, s, n);
}

/* ---- parts ---- */

/* Reads a part; 1 if the package has no such part. */
static int read_part(struct docx_loader *ld, const char *name, struct buf *out)
{
	long i = zip_reader_find(ld->zip, name);

	buf_reset(out);
	if (i < 0)
		return 1;
	if (zip_reader_read(ld->zip, (size_t)i, out, ld->err)) {
		ld->failed = 1;
		return -1;
	}
	return 0;
}

/*
 * Damage in a part other than the main one costs that part's text, not the
 * document: a warning says so.  Refusals (hostile input) and limits fail.
 */
static int parse_result(struct docx_loader *ld, enum xml_result r, int essential,
			struct buf *why)
{
	if (ld->failed)
		return -1;
	if (r == XML_OK)
		return 0;
	if (r == XML_REFUSED || essential) {
		buf_addbuf(ld->err, why);
		ld->failed = 1;
		return -1;
	}
	warn_repeat(ld, RW_DAMAGED, "%s; text after the damage was not read", why->ptr);
	return 0;
}

static int run_story(struct docx_loader *ld, enum story_kind kind, const char *part,
		     const struct buf *data)
{
	static const struct xml_handler h = { story_start, story_end, story_text };
	struct story st;
	struct buf why = BUF_INIT;
	enum xml_result r;
	int i, ret;

	memset(&st, 0, sizeof(st));
	st.ld = ld;
	st.kind = kind;
	st.part = part;
	st.last_para = -1;
	buf_init(&st.tbuf, 0);
	buf_init(&st.comment, 0);
	if (kind != STORY_MAIN)
		docx_numbering_restart(ld->num);

	r = xml_parse(part, (const unsigned char *)data->ptr, data->len,
		      ld->opt->limits.max_xml_depth, &h, &st, &why);
	ret = parse_result(ld, r, kind == STORY_MAIN, &why);
	/*
	 * A field begun and never ended hides the rest of the part as its
	 * code: the reader is told rather than shown a silently short text.
	 */
	if (!ld->failed && (st.nfield_code || st.field_overflow))
		warn_repeat(ld, RW_UNENDED_FIELD, "a field in '%s' never ends: the text after its"
			    " code is not read", part);

	/* Whatever is still open (damaged part, or a merge at the very end) is written. */
	while (!ld->failed && st.nopen) {
		struct pbuild *pb = st.open[--st.nopen];

		finish_para(&st, NULL, pb, st.nopen, 1);
	}
	for (i = MAX_PARA_NEST; i >= 0; i--)
		if (!ld->failed)
			commit_joined(&st, NULL, i);
	if (!ld->failed)
		flush_queue(&st, NULL);
	if (!ld->failed && st.npending && st.last_para >= 0)
		for (i = 0; i < (int)st.npending; i++)
			add_anchor(ld, st.pending[i], (size_t)st.last_para);

	/* Give back buffers a failure left behind. */
	for (i = 0; i < st.nopen; i++)
		pb_put(ld, st.open[i]);
	for (i = 0; i <= MAX_PARA_NEST; i++)
		pb_put(ld, st.joined[i]);
	for (i = 0; i < (int)st.nqueue; i++)
		pb_put(ld, st.queue[i]);
	free(st.queue);
	free(st.pending);
	buf_release(&st.tbuf);
	buf_release(&st.comment);
	buf_release(&why);
	return ld->failed ? -1 : ret;
}

/* ---- package: content types and relationships ---- */

static void types_start(struct xml_parser *p, void *user, enum xml_ns ns,
			enum xml_tag tag, const struct xml_attrs *a)
{
	struct docx_loader *ld = user;
	const char *key, *type;

	(void)p;
	if (ns != XNS_CT || (tag != T_CT_DEFAULT && tag != T_CT_OVERRIDE))
		return;
	type = attr_dup(ld, a, XNS_NONE, "ContentType");
	if (!type)
		return;
	if (tag == T_CT_DEFAULT) {
		key = attr_dup(ld, a, XNS_NONE, "Extension");
		if (!key)
			return;
		ALLOC_GROW(ld->ct_default, ld->nct_default + 1, ld->ct_default_alloc);
		ld->ct_default[ld->nct_default].key = key;
		ld->ct_default[ld->nct_default++].type = type;
	} else {
		key = attr_dup(ld, a, XNS_NONE, "PartName");
		if (!key)
			return;
		while (*key == '/')
			key++;
		ALLOC_GROW(ld->ct_override, ld->nct_override + 1, ld->ct_override_alloc);
		ld->ct_override[ld->nct_override].key = key;
		ld->ct_override[ld->nct_override++].type = type;
	}
}

static const char *content_type(const struct docx_loader *ld, const char *part)
{
	const char *dot = strrchr(part, '.');
	size_t i;

	for (i = 0; i < ld->nct_override; i++)
		if (!strcasecmp(ld->ct_override[i].key, part))
			return ld->ct_override[i].type;
	if (dot && !strchr(dot, '/'))
		for (i = 0; i < ld->nct_default; i++)
			if (!strcasecmp(ld->ct_default[i].key, dot + 1))
				return ld->ct_default[i].type;
	return NULL;
}

static const struct {
	const char *type;
	const char *format;
} word_types[] = {
	{ "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "docx" },
	{ "application/vnd.ms-word.document.macroEnabled.main+xml", "docm" },
	{ "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", "dotx" },
	{ "application/vnd.ms-word.template.macroEnabledTemplate.main+xml", "dotm" },
};

static const char *word_format(const char *type)
{
	size_t i;

	for (i = 0; type && i < ARRAY_SIZE(word_types); i++)
		if (!strcasecmp(type, word_types[i].type))
			return word_types[i].format;
	return NULL;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * A relationship target as a part name: relative to the source part's
 * folder unless it starts with '/', percent-escapes decoded, "." and ".."
 * resolved (never above the package root).
 */
static const char *resolve_target(struct docx_loader *ld, const char *base_dir,
				  const char *target)
{
	struct buf path = BUF_INIT, out = BUF_INIT;
	const char *s, *result;
	size_t seg;

	if (*target == '/') {
		while (*target == '/')
			target++;
	} else if (*base_dir) {
		buf_addstr(&path, base_dir);
		buf_addch(&path, '/');
	}
	for (s = target; *s && *s != '#'; s++) {
		if (*s == '%' && hexval(s[1]) >= 0 && hexval(s[2]) >= 0) {
			buf_addch(&path, hexval(s[1]) * 16 + hexval(s[2]));
			s += 2;
		} else {
			buf_addch(&path, *s == '\\' ? '/' : *s);
		}
	}
	for (s = path.ptr; *s; s += seg + (s[seg] == '/')) {
		seg = strcspn(s, "/");
		if (seg == 0 || (seg == 1 && s[0] == '.'))
			continue;
		if (seg == 2 && s[0] == '.' && s[1] == '.') {
			size_t keep = out.len;

			while (keep && out.ptr[keep - 1] != '/')
				keep--;
			buf_setlen(&out, keep ? keep - 1 : 0);
			continue;
		}
		if (out.len)
			buf_addch(&out, '/');
		buf_add(&out, s, seg);
	}
	result = ld_strndup(ld, out.ptr, out.len);
	buf_release(&path);
	buf_release(&out);
	return result;
}

struct rels_ctx {
	struct docx_loader *ld;
	const char *base_dir;
	struct rel **rels;
	size_t *nrel, *alloc;
};

static void rels_start(struct xml_parser *p, void *user, enum xml_ns ns,
		       enum xml_tag tag, const struct xml_attrs *a)
{
	struct rels_ctx *rc = user;
	struct docx_loader *ld = rc->ld;
	const char *type, *target, *slash, *v;
	size_t n;
	struct rel *r;

	(void)p;
	if (ns != XNS_PKG_REL || tag != T_RELATIONSHIP)
		return;
	if (!xml_attr(a, XNS_NONE, "TargetMode", &v, &n) && n == 8 &&
	    !strncasecmp(v, "External", 8))
		return;
	type = attr_dup(ld, a, XNS_NONE, "Type");
	target = attr_dup(ld, a, XNS_NONE, "Target");
	if (!type || !target)
		return;
	slash = strrchr(type, '/');
	ALLOC_GROW(*rc->rels, *rc->nrel + 1, *rc->alloc);
	r = &(*rc->rels)[(*rc->nrel)++];
	r->id = attr_dup(ld, a, XNS_NONE, "Id");
	r->type = slash ? slash + 1 : type;
	r->target = resolve_target(ld, rc->base_dir, target);
}

/* "word/document.xml" -> "word/_rels/document.xml.rels", and its folder. */
static void rels_name(const char *part, struct buf *rels, struct buf *dir)
{
	const char *slash = strrchr(part, '/');

	buf_reset(rels);
	buf_reset(dir);
	if (slash) {
		buf_add(dir, part, (size_t)(slash - part));
		buf_add(rels, part, (size_t)(slash - part) + 1);
		buf_addstr(rels, "_rels/");
		buf_addstr(rels, slash + 1);
	} else {
		buf_addstr(rels, "_rels/");
		buf_addstr(rels, part);
	}
	buf_addstr(rels, ".rels");
}

static int read_rels(struct docx_loader *ld, const char *rels_part, const char *base_dir,
		     struct rel **rels, size_t *nrel, size_t *alloc, struct buf *data)
{
	static const struct xml_handler h = { rels_start, NULL, NULL };
	struct rels_ctx rc = { ld, base_dir, rels, nrel, alloc };
	struct buf why = BUF_INIT;
	enum xml_result r;
	int ret = read_part(ld, rels_part, data);

	if (ret)
		return ret;
	r = xml_parse(rels_part, (const unsigned char *)data->ptr, data->len,
		      ld->opt->limits.max_xml_depth, &h, &rc, &why);
	ret = parse_result(ld, r, 0, &why);
	buf_release(&why);
	return ret;
}

static const struct rel *find_rel_type(const struct docx_loader *ld, const char *type)
{
	size_t i;

	for (i = 0; i < ld->nrel; i++)
		if (!strcmp(ld->rels[i].type, type))
			return &ld->rels[i];
	return NULL;
}

static void settings_start(struct xml_parser *p, void *user, enum xml_ns ns,
			   enum xml_tag tag, const struct xml_attrs *a)
{
	struct docx_loader *ld = user;
	enum xml_tag parent = xml_parent(p);
	int endnote = parent == T_ENDNOTEPR;
	char fmt[32];

	if (ns != XNS_W || (parent != T_FOOTNOTEPR && parent != T_ENDNOTEPR))
		return;
	if (tag == T_NUMFMT) {
		xml_attr_copy(a, XNS_W, "val", fmt, sizeof(fmt));
		ld->note_fmt[endnote] = docx_num_fmt(fmt);
	} else if (tag == T_NUMSTART) {
		ld->note_start[endnote] = xml_attr_long(a, XNS_W, "val", 1);
	}
}

/*
 * Finds the main document part: _rels/.rels first, then the content types,
 * then the usual name.  Names the file's kind in err when it is an Office
 * file of another kind.
 */
static int find_main_part(struct docx_loader *ld, struct buf *data)
{
	static const struct xml_handler types = { types_start, NULL, NULL };
	struct rel *root = NULL;
	size_t nroot = 0, root_alloc = 0, i;
	struct buf why = BUF_INIT;
	const char *type;
	int ret;

	ret = read_part(ld, "[Content_Types].xml", data);
	if (ret < 0)
		return -1;
	if (ret == 0) {
		enum xml_result r = xml_parse("[Content_Types].xml",
					      (const unsigned char *)data->ptr, data->len,
					      ld->opt->limits.max_xml_depth, &types, ld, &why);

		if (parse_result(ld, r, 0, &why)) {
			buf_release(&why);
			return -1;
		}
	}
	buf_release(&why);
	if (read_rels(ld, "_rels/.rels", "", &root, &nroot, &root_alloc, data) < 0) {
		free(root);
		return -1;
	}
	for (i = 0; i < nroot && !ld->main_part; i++)
		if (!strcmp(root[i].type, "officeDocument") &&
		    zip_reader_find(ld->zip, root[i].target) >= 0)
			ld->main_part = root[i].target;
	free(root);
	for (i = 0; i < ld->nct_override && !ld->main_part; i++)
		if (word_format(ld->ct_override[i].type) &&
		    zip_reader_find(ld->zip, ld->ct_override[i].key) >= 0)
			ld->main_part = ld->ct_override[i].key;
	if (!ld->main_part && zip_reader_find(ld->zip, "word/document.xml") >= 0)
		ld->main_part = "word/document.xml";
	if (!ld->main_part) {
		if (zip_reader_find(ld->zip, "xl/workbook.xml") >= 0)
			buf_addstr(ld->err, "unsupported: Excel workbook, not a Word document");
		else if (zip_reader_find(ld->zip, "ppt/presentation.xml") >= 0)
			buf_addstr(ld->err, "unsupported: PowerPoint presentation, not a Word document");
		else if (zip_reader_find(ld->zip, "content.xml") >= 0 &&
			 zip_reader_find(ld->zip, "mimetype") >= 0)
			buf_addstr(ld->err, "unsupported: OpenDocument file (save as .docx)");
		else
			buf_addstr(ld->err, "no main document part (a ZIP archive, but not a Word document)");
		ld->failed = 1;
		return -1;
	}

	type = content_type(ld, ld->main_part);
	ld->doc->format_name = word_format(type);
	if (!ld->doc->format_name) {
		if (type && strstr(type, "spreadsheetml")) {
			buf_addstr(ld->err, "unsupported: Excel workbook, not a Word document");
			ld->failed = 1;
			return -1;
		}
		if (type && strstr(type, "presentationml")) {
			buf_addstr(ld->err, "unsupported: PowerPoint presentation, not a Word document");
			ld->failed = 1;
			return -1;
		}
		/* No usable content type: the root element will tell (w:document). */
		ld->doc->format_name = "docx";
	}
	return 0;
}

static int read_aux(struct docx_loader *ld, const char *type, struct buf *data,
		    const char **part)
{
	const struct rel *r = find_rel_type(ld, type);

	*part = r ? r->target : NULL;
	if (!r)
		return 1;
	return read_part(ld, r->target, data);
}

static int cmp_anchor(const void *a, const void *b)
{
	const struct anchor *x = a, *y = b;

	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static void attach_comments(struct docx_loader *ld)
{
	size_t i, unanchored = 0;

	/* qsort's pointer must not be null, even for no elements. */
	if (ld->nanchor)
		qsort(ld->anchors, ld->nanchor, sizeof(*ld->anchors), cmp_anchor);
	for (i = 0; i < ld->ncomment; i++) {
		const struct comment_text *c = &ld->comments[i];
		size_t lo = 0, hi = ld->nanchor;

		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (ld->anchors[mid].id < c->id)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < ld->nanchor && ld->anchors[lo].id == c->id)
			document_add_comment(ld->doc, ld->anchors[lo].para, c->author, c->text);
		else
			unanchored++;
	}
	if (unanchored)
		document_add_warning(ld->doc, "%zu comment%s could not be anchored",
				     unanchored, unanchored == 1 ? "" : "s");
}

/* A string and where it stood, to sort by the one and keep the other. */
struct keyed {
	const char *key;
	size_t order;
};

static int cmp_keyed_order(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;

	return x->order < y->order ? -1 : x->order > y->order;
}

static int cmp_keyed(const void *a, const void *b)
{
	int c = strcmp(((const struct keyed *)a)->key, ((const struct keyed *)b)->key);

	return c ? c : cmp_keyed_order(a, b);
}

/* As cmp_keyed, case aside: the package finds a part by its name in any case. */
static int cmp_keyed_nocase(const void *a, const void *b)
{
	int c = strcasecmp(((const struct keyed *)a)->key, ((const struct keyed *)b)->key);

	return c ? c : cmp_keyed_order(a, b);
}

/*
 * Keeps the first of each id, in order.  Every section may name its own
 * header: a scan of those kept for each new one took time in sections
 * squared (16,000 sections: most of a minute).
 */
static void unique_ids(const char **ids, size_t *n)
{
	struct keyed *k;
	size_t i, kept = 0;

	if (*n < 2)
		return;
	k = xmalloc(*n * sizeof(*k));
	for (i = 0; i < *n; i++) {
		k[i].key = ids[i];
		k[i].order = i;
	}
	qsort(k, *n, sizeof(*k), cmp_keyed);
	for (i = 0; i < *n; i++)
		if (!i || strcmp(k[i].key, k[kept - 1].key))
			k[kept++] = k[i];
	qsort(k, kept, sizeof(*k), cmp_keyed_order);
	for (i = 0; i < kept; i++)
		ids[i] = k[i].key;
	*n = kept;
	free(k);
}

/* The first relationship with `id`, by binary search over `byid` (cmp_keyed order). */
static const struct rel *find_keyed_rel(const struct docx_loader *ld,
					const struct keyed *byid, size_t n, const char *id)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(byid[mid].key, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && !strcmp(byid[lo].key, id) ? &ld->rels[byid[lo].order] : NULL;
}

/* The relationship of the main part with this id, or NULL. */
static const struct rel *rel_by_id(struct docx_loader *ld, const char *id)
{
	size_t i;

	if (!ld->byid_sorted) {
		ld->byid = xmalloc((ld->nrel ? ld->nrel : 1) * sizeof(*ld->byid));
		for (i = 0; i < ld->nrel; i++)
			if (ld->rels[i].id) {
				ld->byid[ld->nbyid].key = ld->rels[i].id;
				ld->byid[ld->nbyid++].order = i;
			}
		if (ld->nbyid)
			qsort(ld->byid, ld->nbyid, sizeof(*ld->byid), cmp_keyed);
		ld->byid_sorted = 1;
	}
	return find_keyed_rel(ld, ld->byid, ld->nbyid, id);
}

static int run_parts(struct docx_loader *ld, enum story_kind kind,
		     const char **ids, size_t *nids, struct buf *data)
{
	struct keyed *byid, *parts;
	unsigned char *first;
	size_t i, n = 0, nparts = 0;
	int ret = 0;

	unique_ids(ids, nids);
	if (!*nids)
		return 0;
	/* A sorted index: a scan of every relationship per header took time in both. */
	byid = xmalloc((ld->nrel ? ld->nrel : 1) * sizeof(*byid));
	for (i = 0; i < ld->nrel; i++)
		if (ld->rels[i].id) {
			byid[n].key = ld->rels[i].id;
			byid[n++].order = i;
		}
	if (n)
		qsort(byid, n, sizeof(*byid), cmp_keyed);
	/*
	 * A part named by several ids (one header for every section) is read
	 * once: read for each, a 200 KB header under 100 sections made 200,000
	 * paragraphs.  first[i]: ids[i] is the first to name its part.  Names
	 * are compared as read_part finds them, case aside ("header1.xml" and
	 * "HEADER1.xml" are one part).
	 */
	parts = xmalloc(*nids * sizeof(*parts));
	first = xcalloc(*nids, 1);
	for (i = 0; i < *nids; i++) {
		const struct rel *r = find_keyed_rel(ld, byid, n, ids[i]);

		if (r) {
			parts[nparts].key = r->target;
			parts[nparts++].order = i;
		}
	}
	if (nparts)
		qsort(parts, nparts, sizeof(*parts), cmp_keyed_nocase);
	for (i = 0; i < nparts; i++)
		if (!i || strcasecmp(parts[i].key, parts[i - 1].key))
			first[parts[i].order] = 1;
	for (i = 0; i < *nids; i++) {
		const struct rel *r = find_keyed_rel(ld, byid, n, ids[i]);

		if (r && !first[i])
			continue;
		if (!r) {
			warn_repeat(ld, kind == STORY_HEADER ? RW_HEADER_NOWHERE : RW_FOOTER_NOWHERE,
				    "%s reference '%s' leads nowhere",
				    kind == STORY_HEADER ? "header" : "footer", ids[i]);
			continue;
		}
		ret = read_part(ld, r->target, data);
		if (ret < 0)
			break;
		if (ret > 0) {
			ret = 0;
			warn_repeat(ld, kind == STORY_HEADER ? RW_HEADER_MISSING : RW_FOOTER_MISSING,
				    "%s part '%s' is missing",
				    kind == STORY_HEADER ? "header" : "footer", r->target);
			continue;
		}
		ret = run_story(ld, kind, r->target, data);
		if (ret)
			break;
	}
	free(byid);
	free(parts);
	free(first);
	return ret ? -1 : 0;
}

static int load_package(struct docx_loader *ld)
{
	struct buf data = BUF_INIT, rels = BUF_INIT, dir = BUF_INIT, why = BUF_INIT;
	const char *part;
	int ret = -1, r;

	if (find_main_part(ld, &data))
		goto cleanup;
	rels_name(ld->main_part, &rels, &dir);
	if (read_rels(ld, rels.ptr, dir.ptr, &ld->rels, &ld->nrel, &ld->rel_alloc, &data) < 0)
		goto cleanup;

	r = read_aux(ld, "styles", &data, &part);
	if (r < 0)
		goto cleanup;
	if (r == 0 && parse_result(ld, docx_numbering_read_styles(ld->num, part,
			(const unsigned char *)data.ptr, data.len,
			ld->opt->limits.max_xml_depth, &why), 0, &why))
		goto cleanup;
	buf_reset(&why);
	r = read_aux(ld, "numbering", &data, &part);
	if (r < 0)
		goto cleanup;
	if (r == 0 && parse_result(ld, docx_numbering_read_numbering(ld->num, part,
			(const unsigned char *)data.ptr, data.len,
			ld->opt->limits.max_xml_depth, &why), 0, &why))
		goto cleanup;
	buf_reset(&why);
	r = read_aux(ld, "settings", &data, &part);
	if (r < 0)
		goto cleanup;
	if (r == 0) {
		static const struct xml_handler h = { settings_start, NULL, NULL };

		if (parse_result(ld, xml_parse(part, (const unsigned char *)data.ptr, data.len,
					       ld->opt->limits.max_xml_depth, &h, ld, &why),
				 0, &why))
			goto cleanup;
	}

	if (read_part(ld, ld->main_part, &data))
		goto cleanup;
	if (run_story(ld, STORY_MAIN, ld->main_part, &data))
		goto cleanup;

	sort_notes(ld, 0);
	sort_notes(ld, 1);
	if (ld->nnotes[0]) {
		r = read_aux(ld, "footnotes", &data, &part);
		if (r < 0 || (r == 0 && run_story(ld, STORY_FOOTNOTES, part, &data)))
			goto cleanup;
	}
	if (ld->nnotes[1]) {
		r = read_aux(ld, "endnotes", &data, &part);
		if (r < 0 || (r == 0 && run_story(ld, STORY_ENDNOTES, part, &data)))
			goto cleanup;
	}
	missing_notes_warning(ld, 0);
	missing_notes_warning(ld, 1);
	if (run_parts(ld, STORY_HEADER, ld->hdr_ids, &ld->nhdr, &data) ||
	    run_parts(ld, STORY_FOOTER, ld->ftr_ids, &ld->nftr, &data))
		goto cleanup;
	r = read_aux(ld, "comments", &data, &part);
	if (r < 0 || (r == 0 && run_story(ld, STORY_COMMENTS, part, &data)))
		goto cleanup;
	attach_comments(ld);
	repeat_warnings_total(ld);
	alt_warnings(ld);
	ret = 0;
cleanup:
	buf_release(&data);
	buf_release(&rels);
	buf_release(&dir);
	buf_release(&why);
	return ret;
}

/*
 * A line of a table of contents: its text ends in a tab and a page number
 * ("1.\tDefinitions\t3", "SECTION 1\tIntroduction\tiv").  The heading
 * it repeats is no clause here.
 */
static int is_toc_line(const char *t, size_t s, size_t e)
{
	size_t k, digits = 0, lower = 0, upper = 0;

	while (e > s && t[e - 1] == ' ')
		e--;
	for (k = e; k > s && e - k <= 5; k--) {
		char c = t[k - 1];

		if (isdigit((unsigned char)c))
			digits++;
		else if (strchr("ivxlc", c))
			lower++;
		else if (strchr("IVXLC", c))
			upper++;
		else
			break;
	}
	if (k == e || k == s || t[k - 1] != '\t')
		return 0;
	/* "12", "iv", "XII": one kind of numeral. */
	return (digits == e - k && digits <= 4) || lower == e - k || upper == e - k;
}

/* Contents lines whose headings are looked for further on, per block. */
#define TOC_SAVED 3
/* Blocks per document that may look ahead for their headings. */
#define TOC_MAX_LOOKAHEADS 64

/* Where the text of paragraph p starts, past blanks. */
/* The first byte of t[s..e) past blanks (e if none). */
static size_t skip_blanks(const char *t, size_t s, size_t e)
{
	while (s < e && (t[s] == ' ' || t[s] == '\t'))
		s++;
	return s;
}

static size_t para_text_at(const char *t, const struct paragraph *p)
{
	return skip_blanks(t, p->start, p->end);
}

/* A paragraph that may be a line of a table of contents: typed, in the body. */
static int toc_candidate(const struct document *doc, size_t i, struct toc_entry *entry)
{
	const struct paragraph *p = &doc->paras[i];
	const char *t = doc->text.ptr;
	size_t at;

	if (p->label || (p->kind != PARA_BODY && p->kind != PARA_HEADING))
		return 0;
	at = para_text_at(t, p);
	return outline_toc_line(t + at, t + p->end, entry) != TOC_NONE;
}

/*
 * Whether one of the saved contents lines comes back as a heading, Word's
 * number or a typed one, in the OUTLINE_TOC_LOOKAHEAD paragraphs from `i`.
 */
static int toc_headings_follow(const struct document *doc, size_t i,
			       const size_t *saved, const struct toc_entry *entries, size_t nsaved)
{
	const char *t = doc->text.ptr;
	size_t end = i + OUTLINE_TOC_LOOKAHEAD, k;

	for (; i < doc->npara && i < end; i++) {
		const struct paragraph *p = &doc->paras[i], *q = i + 1 < doc->npara ? p + 1 : NULL;
		size_t at = para_text_at(t, p);

		if (p->kind != PARA_BODY && p->kind != PARA_HEADING && p->kind != PARA_LIST_ITEM)
			continue;
		for (k = 0; k < nsaved; k++)
			if (outline_toc_repeats(t + saved[k], &entries[k], t + at, t + p->end,
						q ? t + para_text_at(t, q) : NULL, q ? t + q->end : NULL))
				return 1;
	}
	return 0;
}

/*
 * A table of contents typed from paragraph `i` on, which reads as a
 * contents line (outline.h): the run of such paragraphs, through up to
 * OUTLINE_TOC_MAX_GAP short unlabelled ones in a row that end in no
 * stop or comma, or read as a contents line with furniture run on (in
 * the block when a contents line follows them).  It is a contents block
 * after a "Contents" heading, when every line has leaders, or when its
 * labels come back further on as headings, its pages in order.
 * Returns one past its last contents line, or 0; *walked gets one past
 * the run whatever the answer.
 */
static size_t contents_block(const struct document *doc, size_t i, size_t *walked,
			     unsigned *lookaheads)
{
	const char *t = doc->text.ptr;
	size_t gap = 0, nsaved = 0, last = i, k;
	size_t saved[TOC_SAVED];
	struct toc_entry entries[TOC_SAVED];
	struct toc_run run;
	enum toc_verdict verdict;
	int heading = 0;

	outline_toc_run_init(&run);
	for (k = i; k < doc->npara && k - i < OUTLINE_TOC_MAX_LINES; k++) {
		const struct paragraph *p = &doc->paras[k];
		struct toc_entry entry;
		struct label lab;
		size_t at = para_text_at(t, p);

		if (toc_candidate(doc, k, &entry)) {
			outline_toc_run_add(&run, &entry);
			if (entry.label && nsaved < TOC_SAVED) {
				saved[nsaved] = at;
				entries[nsaved++] = entry;
			}
			last = k;
			gap = 0;
		} else if (run.lines && !p->label &&
			   (p->kind == PARA_BODY || p->kind == PARA_HEADING) &&
			   outline_toc_run_on(t + at, t + p->end, &entry)) {
			/* Page furniture run on: in the block if a contents line follows. */
			if (++gap > OUTLINE_TOC_MAX_GAP)
				break;
		} else if (!run.lines || p->label || ++gap > OUTLINE_TOC_MAX_GAP ||
			   (p->kind != PARA_BODY && p->kind != PARA_HEADING) ||
			   p->end - at > 80 || strchr(".,;:", t[p->end - 1]) ||
			   outline_parse_label(t + at, t + p->end, &lab)) {
			break;
		}
	}
	*walked = last + 1;
	for (k = i; k > 0 && i - k < 2; k--) {
		const struct paragraph *p = &doc->paras[k - 1];
		size_t at = para_text_at(t, p);

		if (outline_toc_heading(t + at, t + p->end))
			heading = 1;
	}
	verdict = outline_toc_run_verdict(&run, heading);
	if (verdict == TOC_BLOCK)
		return last + 1;
	if (verdict == TOC_BLOCK_IF_HEADINGS_FOLLOW && nsaved &&
	    *lookaheads < TOC_MAX_LOOKAHEADS) {
		++*lookaheads;
		if (toc_headings_follow(doc, last + 1, saved, entries, nsaved))
			return last + 1;
	}
	return 0;
}

/*
 * The column header right over the contents line at paragraph i ("Clause
 * Page", "Section Page"), or the heading over a list of annexes right
 * after one ("Schedules"), typed in the body: a contents line too.
 */
static void mark_column_header(struct document *doc, size_t i)
{
	const char *t = doc->text.ptr;
	struct paragraph *p;
	size_t at;

	if (!i)
		return;
	p = &doc->paras[i - 1];
	if (p->contents || p->label || (p->kind != PARA_BODY && p->kind != PARA_HEADING))
		return;
	at = para_text_at(t, p);
	if (outline_toc_header_line(t + at, t + p->end, i >= 2 && p[-1].contents))
		p->contents = 1;
}

/*
 * An annex a contents page lists with no page, as text_load reads it: right
 * under a contents heading, a column header between at most ("CONTENT" /
 * "Clause ... Page" / "Schedule 1 - Contents"), or with a title right
 * after a contents line.  Paragraph i starts at `at` with label `lab`.
 */
static int annex_under_contents(const struct document *doc, size_t i, size_t at,
				const struct label *lab)
{
	const char *t = doc->text.ptr;
	size_t k, s;

	if (lab->style != STYLE_ANNEX || !i)
		return 0;
	if (doc->paras[i - 1].contents && at + lab->body < doc->paras[i].end)
		return 1;
	/* Or under a heading over them ("Schedules") right after the page. */
	if (at + lab->body < doc->paras[i].end && i >= 2 && doc->paras[i - 2].contents &&
	    !doc->paras[i - 1].label) {
		const struct paragraph *q = &doc->paras[i - 1];

		s = para_text_at(t, q);
		if (outline_toc_annex_list(t + s, t + q->end))
			return 1;
	}
	for (k = i; k-- > 0 && i - k <= 2;) {
		const struct paragraph *q = &doc->paras[k];

		s = skip_blanks(t, q->body, q->end);
		if (s < q->end && outline_toc_heading(t + s, t + q->end))
			return 1;
	}
	return 0;
}

/*
 * Whether paragraph i is its cell's only paragraph and paragraph i + 1 the
 * first of the next cell of the same row, a clause with no label of its
 * own.  `c` is paragraph i's entry in cells[0..n), walked forward by the
 * caller.
 */
static int clause_in_next_cell(const struct document *doc, size_t i,
			       const struct cell_pos *cells, size_t n, size_t c)
{
	const char *t = doc->text.ptr;
	const struct paragraph *q;
	struct label next;
	size_t s;

	if (c >= n || cells[c].para != i || c + 1 >= n || cells[c + 1].para != i + 1 ||
	    cells[c + 1].row != cells[c].row || cells[c + 1].cell != cells[c].cell + 1)
		return 0;
	if (c > 0 && cells[c - 1].para == i - 1 && cells[c - 1].row == cells[c].row &&
	    cells[c - 1].cell == cells[c].cell)
		return 0;       /* not the cell's only paragraph */
	q = &doc->paras[i + 1];
	if (q->label || q->kind != PARA_TABLE_CELL)
		return 0;
	s = skip_blanks(t, q->body, q->end);
	return !outline_parse_label(t + s, t + q->end, &next) &&
	       outline_cell_is_clause(t, s, q->end);
}

/*
 * A table set out in two columns, the label alone in one cell and the
 * clause in the next cell of the same row ("1.1" | "The Supplier shall
 * ..."): whether paragraph i is such a label (clause_in_next_cell).  Fills
 * *lab with the label, read past blanks at *at.
 */
static int label_cell(const struct document *doc, size_t i, const struct cell_pos *cells,
		      size_t n, size_t c, struct label *lab, size_t *at)
{
	const char *t = doc->text.ptr;
	const struct paragraph *p = &doc->paras[i];
	size_t s;

	s = skip_blanks(t, p->body, p->end);
	if (s >= p->end || !outline_parse_label(t + s, t + p->end, lab) ||
	    s + lab->body < p->end)
		return 0;
	if (!outline_cell_label_is_clause(lab) && lab->style != STYLE_NUMBER &&
	    lab->style != STYLE_ARTICLE)
		return 0;
	*at = s;
	return clause_in_next_cell(doc, i, cells, n, c);
}

/*
 * The same with the label Word's own: a numbered paragraph with no text
 * in one cell ("1.1" from the list, nothing typed), the clause in the
 * next.
 */
static int numbered_label_cell(const struct document *doc, size_t i,
			       const struct cell_pos *cells, size_t n, size_t c)
{
	const char *t = doc->text.ptr;
	const struct paragraph *p = &doc->paras[i];
	size_t s;

	if (p->kind != PARA_TABLE_CELL || p->level < 0)
		return 0;
	for (s = p->body; s < p->end && isspace((unsigned char)t[s]); s++)
		;
	return s >= p->end && clause_in_next_cell(doc, i, cells, n, c);
}

/*
 * How the paragraph i with a typed label `lab` reads, as text_load reads
 * a line (OUTLINE_* bits for outline_level_at): a heading, heading words
 * or a "1." that states something, right after a heading or not.  A
 * paragraph of a Word document is one line; its "1." opens it, at column
 * 0, so that a "1." right under a typed "§ 13 Haftung" is its paragraph
 * 13(1), as in text.  The label stands in paragraph `at`: i itself, or
 * the cell before it where a table sets the label apart ("1." | "The
 * total liability ..."), whose row may open right under the heading.
 */
static unsigned typed_label_reads(const struct document *doc, size_t i, size_t at,
				  const struct label *lab)
{
	const struct paragraph *p = &doc->paras[i];

	return (p->kind == PARA_HEADING ? OUTLINE_HEADING : 0) |
	       outline_label_reads(lab, doc->text.ptr, p->body, p->end, 1) |
	       (at > 0 && doc->paras[at - 1].kind == PARA_HEADING ? OUTLINE_AFTER_HEADING : 0);
}

/*
 * Clause labels typed at the start of the paragraphs Word does not number:
 * "1.", "1.1", "(a)", "Clause 3".  They are read as the text loader reads
 * them (outline.h), so that a clause gets the same label, level and parent
 * from the .docx as from the .txt.  A heading style keeps its own level,
 * and clauses after it nest below it.  A paragraph Word numbers keeps its
 * number and stands in the outline at its Word level: a typed "(a)" after
 * it nests below it, a typed "1.2" after Word's "1.1" is its sibling.  Only
 * a Word list of "(a)", "(i)" at a level that would close a typed clause
 * ("5.1 The Provider shall:") nests in it instead.
 */
static void read_typed_labels(struct document *doc, const struct cell_pos *cells,
			      size_t ncell)
{
	const char *t = doc->text.ptr;
	struct outline ol;
	size_t i, toc_end = 0, toc_walked = 0, c = 0;
	unsigned lookaheads = 0;

	outline_init(&ol);
	for (i = 0; i < doc->npara; i++) {
		struct paragraph *p = &doc->paras[i];
		size_t at = p->body;
		struct label lab;
		struct toc_entry entry;

		if (p->label) {
			/* Word numbers it; a note's number is no clause. */
			if (p->level >= 0 && (p->kind == PARA_BODY || p->kind == PARA_HEADING ||
					      p->kind == PARA_LIST_ITEM ||
					      p->kind == PARA_TABLE_CELL)) {
				const char *l = p->label;
				int level;

				while (*l == ' ' || *l == '\t')
					l++;
				outline_parse_label(l, l + strlen(l), &lab);
				level = outline_numbered(&ol, &lab, p->level,
							 p->kind == PARA_LIST_ITEM);
				while (c < ncell && cells[c].para < i)
					c++;
				if (numbered_label_cell(doc, i, cells, ncell, c)) {
					/* The clause in the next cell takes Word's number. */
					doc->paras[i + 1].label = p->label;
					doc->paras[i + 1].level = level;
					p->label = NULL;
					p->level = -1;
					i++;
					continue;
				}
				p->level = level;
			}
			continue;
		}
		/*
		 * Bullets and notes: no clause labels, as in text.  A table
		 * cell's label counts where a clause is drafted in the cell.
		 */
		if (p->kind != PARA_BODY && p->kind != PARA_HEADING && p->kind != PARA_TABLE_CELL)
			continue;
		while (at < p->end && (t[at] == ' ' || t[at] == '\t'))
			at++;
		if (p->kind == PARA_TABLE_CELL) {
			size_t from;

			while (c < ncell && cells[c].para < i)
				c++;
			if (label_cell(doc, i, cells, ncell, c, &lab, &from)) {
				enum outline_nest nest;

				/*
				 * The clause in the next cell takes the label; read
				 * as a typed paragraph's, so that a "1." | "The total
				 * liability ..." row under "§ 13 Haftung" is 13(1).
				 */
				p = &doc->paras[++i];
				p->label = arena_strndup(&doc->arena, t + from, lab.len);
				p->level = outline_level_at(&ol, &lab, 0, 0,
							    typed_label_reads(doc, i, i - 1, &lab), &nest);
				p->nest = nest;
				continue;
			}
			if (at < p->end && outline_parse_label(t + at, t + p->end, &lab) &&
			    outline_cell_label_is_clause(&lab) &&
			    outline_cell_is_clause(t, at + lab.body, p->end)) {
				p->label = arena_strndup(&doc->arena, t + at, lab.len);
				p->body = at + lab.body;
				p->level = outline_level(&ol, &lab);
			}
			continue;
		}
		if (is_toc_line(t, at, p->end)) {
			p->contents = 1;
			continue;
		}
		if (toc_candidate(doc, i, &entry)) {
			if (i >= toc_walked) {
				toc_end = contents_block(doc, i, &toc_walked, &lookaheads);
				if (i < toc_end)
					mark_column_header(doc, i);
			}
			if (i < toc_end) {
				p->contents = 1;
				continue;
			}
		} else if (i < toc_end && p->kind != PARA_TABLE_CELL &&
			   outline_toc_run_on(t + at, t + p->end, &entry)) {
			p->contents = 1;
			continue;
		}
		if (at < p->end && (outline_parse_label(t + at, t + p->end, &lab) ||
				    outline_parse_unstopped(&ol, t + at, t + p->end, &lab))) {
			if (annex_under_contents(doc, i, at, &lab)) {
				p->contents = 1;
				mark_column_header(doc, i);
				continue;
			}
			p->label = arena_strndup(&doc->arena, t + at, lab.len);
			p->body = at + lab.body;
			if (p->kind == PARA_HEADING && p->level >= 0) {
				p->level = outline_heading(&ol, &lab, p->level);
			} else {
				enum outline_nest nest;

				if (p->body >= p->end || outline_is_caption(t, p->body, p->end, 1))
					p->kind = PARA_HEADING;
				p->level = outline_level_at(&ol, &lab, 0, 0,
							    typed_label_reads(doc, i, i, &lab), &nest);
				p->nest = nest;
			}
			continue;
		}
		if (p->kind == PARA_HEADING && p->level >= 0) {
			outline_heading(&ol, NULL, p->level);
			outline_caption(&ol);
		} else if (outline_is_caption(t, at, p->end, 0) ||
			   (i == 0 && at < p->end && t[p->end - 1] != '.' &&
			    outline_is_caption(t, at, p->end, 1))) {
			/* The first paragraph in title case is the title. */
			outline_caption(&ol);
		}
	}
}

int docx_load(struct document *doc, const unsigned char *data, size_t len,
	      const struct load_options *opt, struct buf *err)
{
	struct docx_loader ld;
	size_t i;
	int ret;

	memset(&ld, 0, sizeof(ld));
	ld.doc = doc;
	ld.opt = opt;
	ld.err = err;
	ld.note_fmt[0] = NUM_FMT_DECIMAL;
	ld.note_fmt[1] = NUM_FMT_LOWER_ROMAN;
	ld.note_start[0] = ld.note_start[1] = 1;
	doc->format = DOC_FORMAT_DOCX;
	doc->format_name = "docx";

	if (zip_reader_open(&ld.zip, data, len, &opt->limits, err))
		return -1;
	ld.num = docx_numbering_new();
	ret = load_package(&ld);
	if (ret == 0) {
		read_typed_labels(doc, ld.cells, ld.ncell);
		document_finish(doc);
	}
	else if (!err->len)
		buf_addstr(err, "cannot read the Word document");

	for (i = 0; i < ld.nfree_pb; i++)
		pb_free(ld.free_pb[i]);
	free(ld.free_pb);
	free(ld.rels);
	free(ld.ct_default);
	free(ld.ct_override);
	free(ld.notes[0]);
	free(ld.notes[1]);
	free(ld.hdr_ids);
	free(ld.ftr_ids);
	free(ld.anchors);
	free(ld.comments);
	free(ld.cells);
	free(ld.byid);
	docx_numbering_free(ld.num);
	zip_reader_free(ld.zip);
	arena_release(&ld.arena);
	return ret;
}

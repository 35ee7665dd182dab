/*
 * document: what was analysed.
 *
 * One UTF-8 text buffer plus paragraph and sentence records that speak in
 * byte offsets into it.  The buffer is exactly what `aiclause extract` prints:
 * for DOCX it holds the clause labels Word displays ("1.4\tFeedback ..."),
 * for text files it is the file itself after decoding to UTF-8 and turning
 * CRLF into LF, so offsets and line numbers of a UTF-8 text file are the
 * file's own.  Nothing downstream of the loaders knows which format the text
 * came from.
 *
 * Ownership: the document owns everything reachable from it.  Strings hang
 * off `arena` and live until document_release.  Loaders build a document
 * with document_add_paragraph & co, then call document_finish once; after
 * that the document is read-only and may be shared between threads.
 *
 * Invariants after document_finish:
 *  - text.ptr[text.len] == '\0'; the text is valid UTF-8 (loaders replace
 *    invalid sequences with U+FFFD and say so in a warning).
 *  - paragraphs are in text order, do not overlap, start <= body <= end.
 *    A paragraph never contains '\n' in DOCX; in text files a paragraph may
 *    span several lines (hard-wrapped prose).
 *  - sentences are in text order, inside one paragraph each, non-empty.
 */
#ifndef AICLAUSE_DOCUMENT_H
#define AICLAUSE_DOCUMENT_H

#include <stddef.h>

#include "arena.h"
#include "buf.h"

enum doc_format {
	DOC_FORMAT_TEXT,
	DOC_FORMAT_DOCX       /* also .docm, .dotx, .dotm and Strict OOXML */
};

enum para_kind {
	PARA_BODY,
	PARA_HEADING,
	PARA_LIST_ITEM,
	PARA_TABLE_CELL,
	PARA_FOOTNOTE,
	PARA_ENDNOTE,
	PARA_HEADER,
	PARA_FOOTER,
	PARA_TEXT_BOX
};

/* Bits of paragraph.tracked and doc_span.kind. */
enum track_flag {
	TRACK_INSERTED = 1,
	TRACK_DELETED = 2,   /* present only with --track-changes=all */
	TRACK_MOVED = 4
};

struct paragraph {
	size_t start;          /* first byte, the label included */
	size_t body;           /* first byte after the label and its separator */
	size_t end;            /* one past the last byte, before the '\n' */
	enum para_kind kind;
	/*
	 * The label printed before the paragraph ("1.4", "(b)", "Article IV"),
	 * NULL when it has none.  `clause` is the citation a reviewer would use,
	 * computed by document_finish: the own label joined to the enclosing
	 * clause's ("1.4(b)"), or the enclosing clause's number for an
	 * unnumbered paragraph; NULL before the first numbered clause.  A
	 * clause inside an annex opened after the body is cited under it,
	 * "Schedule 1, 1.1" (the annex's citation, at most 48 bytes, a comma
	 * and a space); the annex's heading is cited "Schedule 1".
	 */
	const char *label;
	const char *clause;
	/*
	 * How the loader read a plain number against the clause above it
	 * (enum outline_nest in outline.h; text and a DOCX's typed labels,
	 * 0 elsewhere): the
	 * sub-clause of a number it is indented under, cited "8.1"; an item
	 * of a list restarting at 1 inside a clause, cited "3(1)"; or, for
	 * an unlabelled paragraph after such items and not indented into
	 * the last, back in their clause: it cites the clause; likewise
	 * after a list of enumerations ("(c)"), whose items stay open for
	 * the next (NEST_END); or after the clauses ended (an exhibit's own
	 * "2\." run on after "20\. General" on one line), in none, with
	 * what follows it up to the next label (NEST_CLOSE).
	 */
	int nest;
	int level;             /* outline level 0..8, -1 when not a heading/clause */
	long parent;           /* index of the enclosing heading or clause, -1 */
	unsigned long source;  /* 1-based line (text) or paragraph ordinal (DOCX) */
	unsigned tracked;      /* enum track_flag bits of any tracked text in it */
	const char *note_id;   /* footnote/endnote id, NULL for other kinds */
	/*
	 * Wholly inside HTML comments ("<!-- Note: ... -->", a form's notes
	 * to the drafter; set by document_finish): no contract text, so it
	 * has no sentences.  Its text stays in the buffer.
	 */
	int note;
	/*
	 * A line of a table of contents (set by the loader): no label, and
	 * it closes the clauses opened since its block began, so that what
	 * follows the block cites none the block missed.
	 */
	int contents;
};

struct sentence {
	size_t start, end;
	size_t para;
	size_t first;          /* the first sentence of its paragraph */
};

/* A range of text with a tracked change (DOCX only). */
struct doc_span {
	size_t start, end;
	unsigned kind;         /* enum track_flag */
	const char *author;    /* may be NULL */
};

/* An HTML comment in the text, "<!--" to "-->" included. */
struct doc_note {
	size_t start, end;
};

/* A reviewer's comment: not contract text, anchored to a paragraph. */
struct doc_comment {
	size_t para;
	const char *author;    /* may be NULL */
	const char *text;
};

#define WARNINGS_OF_A_KIND 5

struct document {
	const char *path;      /* as given by the user; owned by the arena */
	enum doc_format format;
	const char *format_name; /* "text", "docx", "docm", "dotx", "dotm" */
	const char *encoding;  /* source encoding of a text file, else NULL */
	/*
	 * The text is Markdown (set by document_finish for text, told from
	 * the content, never the file name): an inline link "[text](https:...)",
	 * a table's rule "| --- | --- |", or two of ATX headings "## Title" and
	 * escaped numbers "12\. Privacy" at line starts.  Emphasis alone is
	 * no sign: EDGAR exhibits redact with "[***]".  The view then leaves
	 * out the syntax (view.h); offsets stay those of the text.
	 */
	int markdown;

	struct buf text;

	struct paragraph *paras;
	size_t npara, para_alloc;

	struct sentence *sents;
	size_t nsent, sent_alloc;

	struct doc_span *tracked;
	size_t ntracked, tracked_alloc;

	struct doc_comment *comments;
	size_t ncomment, comment_alloc;

	/* HTML comments, in text order, found by document_finish. */
	struct doc_note *notes;
	size_t nnote, note_alloc;

	/*
	 * Recoverable damage, one line each, for the report ("3 comments ...").
	 * A kind that may repeat (a reference that leads nowhere, a clause
	 * deleted, a sentence a rule could not finish) is given
	 * WARNINGS_OF_A_KIND times, then counted in one "... and N more" line:
	 * 60,000 broken references are one screen of warnings, not 60,000 lines.
	 */
	const char **warnings;
	size_t nwarning, warning_alloc;

	/* Line starts (text format), built by document_finish. */
	size_t *lines;
	size_t nline;

	struct arena arena;
};

void document_init(struct document *doc, const char *path);
void document_release(struct document *doc);

/*
 * Appends a paragraph record for text.ptr[start..end) and returns it for the
 * loader to fill in (label, level, source, ...).  The pointer is valid until
 * the next document_add_paragraph.  Fields not set default to: body = start,
 * label = clause = NULL, level = -1, parent = -1, tracked = 0, contents = 0.
 */
struct paragraph *document_add_paragraph(struct document *doc,
		enum para_kind kind, size_t start, size_t end);
void document_add_span(struct document *doc, size_t start, size_t end,
		unsigned kind, const char *author);
void document_add_comment(struct document *doc, size_t para,
		const char *author, const char *text);
void document_add_warning(struct document *doc, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Computes parents, effective clause numbers, sentences and the line index.
 * Call once, after the loader has added everything.
 */
void document_finish(struct document *doc);

/* Index of the paragraph holding byte `off`, or of the nearest one before. */
size_t document_para_at(const struct document *doc, size_t off);

/*
 * A check box of an order form at s[0..n): "[ ]", "[    ]", "[x]", "(   )",
 * U+2610..U+2612, and the empty boxes Word's Wingdings symbols become
 * (U+25A1, U+25FB, U+2751).  Returns the box's length in bytes (0: no box)
 * and sets *ticked.  "[]", "()", "[xx]", "[***]" and "(x)" (an item label)
 * are no boxes.
 */
size_t document_checkbox_at(const char *s, size_t n, int *ticked);
/*
 * HTML comments ("<!-- ... -->") are notes to whoever fills in a form,
 * not contract text.  One counts where it closes within DOC_NOTE_MAX
 * bytes; a "<!--" that does not is text.  If byte `off` lies inside
 * one, returns the offset one past its "-->"; otherwise 0.  For a reader
 * of a sentence that holds a note ("**Cloud Service:** {x}] <!-- Note:
 * ... -->") to step over it; a paragraph wholly inside notes has none.
 */
#define DOC_NOTE_MAX (64 * 1024)
size_t document_note_at(const struct document *doc, size_t off);

/* Index of the sentence holding byte `off`, or (size_t)-1. */
size_t document_sentence_at(const struct document *doc, size_t off);
/* Sets [*start, *end) to the sentence holding `off`, or to its paragraph where no sentence holds it. */
void document_sentence_span(const struct document *doc, size_t off, size_t *start, size_t *end);
/* 1-based line of `off` for text documents; 0 for DOCX. */
unsigned long document_line_at(const struct document *doc, size_t off);
/* Bits of enum track_flag for any tracked span overlapping [start, end). */
unsigned document_tracked_in(const struct document *doc, size_t start, size_t end);
/*
 * Appends "1 Definitions > 1.4 Feedback and Usage Data" for paragraph `i`
 * to `out`: the labels and opening words of its enclosing headings.
 */
void document_heading_path(const struct document *doc, size_t i, struct buf *out);

const char *para_kind_name(enum para_kind kind);

/*
 * Sentence segmentation of one paragraph, exposed for tests: appends to
 * doc->sents the sentences of paragraph `i`.  Knows legal prose: "e.g.",
 * "U.S.", "Sec. 4.2", "No. 5", initials, "(a)", "1.1", a label opening a
 * sentence ("1. Services."), quotes, brackets and Markdown emphasis after
 * the full stop.  Ellipses never end a sentence; "etc." and company
 * suffixes ("Inc.", "Ltd.") end one only before a capitalised word in
 * lower case ("Acme Inc. Each party ...").  Sentences longer than 3000
 * bytes are cut at a ';', ',' or space.  In a Markdown text (doc->markdown,
 * set before) a table row's cells, and the lines of a cell that "<br>"
 * breaks, hold sentences of their own, without the pipes and tags.
 */
void document_segment_paragraph(struct document *doc, size_t i);

#endif

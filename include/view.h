/*
 * view: the normalised text the rules match against.
 *
 * Contracts spell the same words many ways: curly or straight quotes,
 * non-breaking spaces, line breaks inside a sentence, soft hyphens,
 * Markdown emphasis.  Rather than make every pattern allow for all of that,
 * the engine matches on a view of each sentence in which
 *
 *   - every run of white space (ASCII, NBSP, the U+2000 family) is one ' ',
 *   - curly single quotes and primes are "'", curly double quotes and
 *     guillemets are '"', the dash family is '-', "…" is "...",
 *   - soft hyphens, zero-width characters and Markdown "**" / "__" are gone,
 *   - HTML comments (the document's notes, "<!-- Note: ... -->") are gone,
 *     with the blanks on one side of them,
 *   - "No." and "Nos." before a number are "number" and "numbers" ("SOW
 *     No. 3"), which patterns would otherwise read as the negation "no",
 *   - contractions are spelt out: "we'll" is "we will", "won't" "will not",
 *     "can't" "cannot", "don't" "do not", "you're" "you are" ("'s" and "'d"
 *     stay: "Customer's", and "'d" is "had" or "would"),
 *   - in Markdown text (document.markdown) the syntax is gone too: heading
 *     marks (a table's cells are sentences of their own, document.h),
 *     emphasis '*' / '_' that opens or
 *     closes words (not a bullet, not "oai_user_id"), escapes ("1\\." is
 *     "1."), images ("![logo](...)", with a blank beside them), line-break
 *     and inline HTML tags ("<br>" is a space) and
 *     entities ("&amp;"); in plain text these bytes are text,
 *   - caller-supplied substitutions (a document's own party names and
 *     defined terms, mapped to the words the rules know) are applied,
 *
 * and maps every match back to offsets of the original text.  Sentences are
 * laid end to end in the view, each followed by '\n', so a pattern can never
 * run from one sentence into the next.
 *
 * Ownership: the view owns its buffers; view_release frees them and leaves
 * an empty view that view_build may fill again (an engine reuses one).
 */
#ifndef AICLAUSE_VIEW_H
#define AICLAUSE_VIEW_H

#include <stddef.h>

#include "buf.h"
#include "document.h"

/* Replace original bytes [start, end) by `text` in the view. */
struct view_subst {
	size_t start, end;
	const char *text;
};

struct view_seg;

struct view {
	struct buf text;
	size_t *sent_start, *sent_end;   /* per document sentence, in the view */
	size_t nsent, sent_alloc;
	struct view_seg *seg;
	size_t nseg, seg_alloc;
};

#define VIEW_INIT { .text = BUF_INIT }

/*
 * Builds the view of every sentence of `doc`.  `subst` (sorted by start,
 * non-overlapping, may be NULL) replaces spans; a substitution that crosses
 * a sentence boundary is ignored.
 */
void view_build(struct view *v, const struct document *doc,
		const struct view_subst *subst, size_t nsubst);
void view_release(struct view *v);

/*
 * Length in bytes of the white-space character at t[i] (t[0..end)), as the
 * view reads white space: ASCII, NBSP, the U+2000 family, U+202F, U+205F,
 * U+3000; 0 where there is none.
 */
size_t view_space_len(const char *t, size_t i, size_t end);

/* Original offset of the view byte at `pos` (the start of a match). */
size_t view_to_orig_start(const struct view *v, size_t pos);
/* Original offset just past view byte `pos - 1` (the end of a match). */
size_t view_to_orig_end(const struct view *v, size_t pos);

#endif

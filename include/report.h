/*
 * report: one writer per output format behind one small interface.
 *
 * main (or scan) calls begin once, document once per input in the order the
 * user gave them, and end once.  Writers print to ctx->out with stdio and do
 * not check for errors themselves: the caller checks ferror/fclose once at
 * the end and, for --output FILE, only then renames the temporary file into
 * place, so a reader never sees half a report.
 *
 * A review whose document could not be read has doc == NULL and `error` set;
 * writers report it as such (the JSON writer as an object with "error") and
 * go on with the next.  Otherwise `findings` and `score` are set, the score
 * computed from those findings with ctx->rs.
 *
 * Writers keep what they need across documents (the summary) in ctx->state,
 * allocated by begin and freed by end; they never touch ctx->ndocs, which
 * belongs to the caller.  Output depends on nothing but the calls, so the
 * same reviews give the same bytes.
 */
#ifndef AICLAUSE_REPORT_H
#define AICLAUSE_REPORT_H

#include <stdio.h>

#include "document.h"
#include "engine.h"
#include "rules.h"
#include "score.h"

/* The JSON report's schema version; bump on any incompatible change. */
#define REPORT_JSON_SCHEMA "aiclause-report/1"

struct review {
	const char *path;
	const struct document *doc;      /* NULL when the file could not be read */
	const char *error;               /* why, when doc is NULL */
	const struct findings *findings;
	const struct score_report *score;
};

struct report_ctx {
	FILE *out;
	const struct ruleset *rs;
	int color;                       /* ANSI colour: a terminal, no NO_COLOR */
	int verbose;
	int summary;                     /* text: the header line of each document only */
	unsigned width;                  /* text: wrap to this many columns (0: never) */
	enum perspective as;
	size_t ndocs;                    /* documents written so far */
	void *state;                     /* the writer's own */
};

struct reporter {
	const char *name;                /* "text", "json" */
	void (*begin)(struct report_ctx *ctx);
	void (*document)(struct report_ctx *ctx, const struct review *rv);
	void (*end)(struct report_ctx *ctx);
};

/* NULL when no writer has that name. */
const struct reporter *reporter_find(const char *name);
/* "text, json, sarif, junit": the names, for usage messages. */
const char *reporter_names(void);

extern const struct reporter report_text;
extern const struct reporter report_json;
extern const struct reporter report_sarif;
extern const struct reporter report_junit;

/* Helpers the writers share (report.c). */

/* The riskiest documents a summary lists, at most. */
#define REPORT_RISKIEST 5

struct report_ranked {
	char *path;
	unsigned risk;
	char grade;
};

/* How often each checklist item had each status across the documents. */
struct report_item_tally {
	size_t met, partial, missing, red_flags, waived;
};

/* What the writers' summaries count across documents: the portfolio. */
struct report_tally {
	size_t documents, unreadable, red_flags;
	size_t grades[5];            /* by grade: A, B, C, D, F */
	/*
	 * The riskiest first, ties in the order reviewed, so riskiest[0] is
	 * the first of the highest risk; paths malloc'd.
	 */
	struct report_ranked riskiest[REPORT_RISKIEST];
	size_t nriskiest;
	/*
	 * Documents in which no checklist item was found at all: a README or
	 * a letter in a contracts folder as often as a contract.  Counted
	 * here, in the grades and red flags, but neither ranked among the
	 * riskiest nor counted in items; the first REPORT_RISKIEST named
	 * (paths malloc'd).
	 */
	size_t no_checklist;
	char *no_checklist_paths[REPORT_RISKIEST];
	/* By checklist item, in checklist order: nitems of them (0: none yet). */
	struct report_item_tally *items;
	size_t nitems;
};

#define REPORT_GRADES "ABCDF"    /* the letters of report_tally.grades */

void report_tally_add(struct report_tally *t, const struct review *rv);
/*
 * The items most often in `status` across the documents (waived ones not
 * counted), most first, ties in checklist order: up to `max` indices into
 * t->items written to out, their number returned; items never in that
 * status are left out.
 */
size_t report_tally_top(const struct report_tally *t, enum item_status status,
		int must_only, const struct ruleset *rs, size_t *out, size_t max);
void report_tally_release(struct report_tally *t);

/*
 * Appends text[0..n) to out with every line longer than `width` columns
 * broken at its last space that fits, the rest indented two columns past
 * the line's own indent ("  Ask for: ..." goes on at four), as a reader at
 * a terminal of that width wants it.  Colour escapes (ESC [ ... m) take no
 * column and UTF-8 characters one; a word longer than the room is never
 * split.  `width` 0 appends text unchanged.
 */
void report_wrap(struct buf *out, const char *text, size_t n, unsigned width);

/*
 * The span of the sentence a finding quotes: doc->sents[f->sentence], or the
 * match itself should the index be out of range.
 */
void report_sentence_span(const struct document *doc, const struct finding *f,
		size_t *start, size_t *end);
/*
 * Where a reader finds the finding in the source: the 1-based line of its
 * sentence in a text file, the paragraph's ordinal in a DOCX.
 */
unsigned long report_source_at(const struct document *doc, const struct finding *f);
/* "line" or "paragraph": what report_source_at counts. */
const char *report_source_unit(const struct document *doc);
/* "deleted", "inserted" or "moved" for track_flag bits, in that priority; NULL for 0. */
const char *report_tracked_name(unsigned tracked);
/* "must" or "should". */
const char *report_priority_name(enum item_priority p);
/*
 * What a checklist item asks of the reader, for the CI formats (SARIF
 * levels, JUnit failures).  For the customer: a red flag is an error, a
 * partly met item or a missing must-have a warning, a missing should-have a
 * note, a met item nothing.  For the vendor (--as vendor): a protection
 * given is an error, one partly given a warning, and what it keeps or
 * leaves open nothing.
 */
enum report_level {
	REPORT_LEVEL_NONE,
	REPORT_LEVEL_NOTE,
	REPORT_LEVEL_WARNING,
	REPORT_LEVEL_ERROR
};
enum report_level report_item_level(const struct report_ctx *ctx, const struct item_result *res);
/* "none", "note", "warning", "error": SARIF's names. */
const char *report_level_name(enum report_level l);
/*
 * An item's status in the reader's words: "met", "partly met", "missing",
 * "red flag"; for the vendor "given", "partly given", "open", "withheld".
 */
const char *report_status_words(const struct report_ctx *ctx, enum item_status s);
/*
 * What an item partial for want of an aspect (res->short_of, not NULL)
 * lacks, in the reader's words: "no breach-notice found", or "measures
 * only in part" where a clause of that aspect meets the item only in part.
 * Returns the words before the aspect and sets *after to those after it;
 * the caller writes the aspect between them, escaped for its format.
 */
const char *report_short_words(const struct item_result *res, const char **after);
/* Appends "§ 4.2, paragraph 37" (or "line 12" before any clause), uncleaned. */
void report_add_citation(struct buf *out, const struct document *doc, const struct finding *f);
/*
 * Whether a and b get the same citation ("§ 3.1, line 64") and the same
 * tracked state: two findings of one sentence named once.
 */
int report_same_citation(const struct document *doc, const struct finding *a,
		const struct finding *b);
/* The finding's stance toward the reader: turned for ctx->as == PERSPECTIVE_VENDOR. */
enum stance report_stance(const struct report_ctx *ctx, const struct finding *f);

/*
 * Appends text[start..end) for a terminal: runs of whitespace become one
 * space and other control characters (C0, DEL, C1, the bidi embeddings,
 * overrides and isolates, U+2028 and U+2029) U+FFFD, so contract text can
 * neither break the layout, reorder a line nor send escape sequences.
 */
void report_add_clean(struct buf *out, const char *text, size_t start, size_t end);

/*
 * Appends a quote of the sentence text[start..end) cleaned as above and cut
 * to about max_chars characters around the match [mstart, mend): a third of
 * the room before the match, the rest after, cuts moved to a word break where
 * one is near and marked with "…", never inside a UTF-8 sequence.  The match
 * is wrapped in mark_on/mark_off when they are not NULL (for colour).
 */
void report_quote(struct buf *out, const char *text, size_t start, size_t end,
		size_t mstart, size_t mend, size_t max_chars,
		const char *mark_on, const char *mark_off);

#endif

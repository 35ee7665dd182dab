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
 * go on with the next.
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
/* "text, json": the names, for usage messages. */
const char *reporter_names(void);

extern const struct reporter report_text;
extern const struct reporter report_json;

#endif

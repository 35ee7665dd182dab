/*
 * waiver: checklist deviations a reviewer has accepted, for CI.
 *
 * A waivers file (--waivers FILE) is YAML:
 *
 *     waivers:
 *       - item: no-training-on-customer-data   # a checklist item id
 *         files: contracts/acme-*.docx         # shell patterns; all files if absent
 *         reason: Accepted by Legal, LEG-142   # required
 *         expires: 2027-06-30                  # optional, YYYY-MM-DD
 *
 * A waiver covers its item in every document whose path matches one of
 * its patterns (fnmatch without FNM_PATHNAME: "*" crosses "/"), both read
 * without "./" at the start or within and without doubled slashes, so
 * that "scan ." (paths "./c1.txt") and "review c1.txt" meet "files:
 * c1.txt" alike.  A waived item keeps its status and its part in the
 * score, since the risk is still there; what a waiver changes is the CI
 * gate: --fail-on passes over it, SARIF marks its result suppressed and
 * JUnit skips its case.  A waiver past its expiry date covers nothing.
 * Several files (--waivers given more than once) add up.
 *
 * Loading a file fails (-1, every problem printed with file and line,
 * nothing of that file kept) on a file that cannot be read, is larger
 * than WAIVERS_MAX_FILE, is not valid YAML, or has an unknown key, an
 * item id the rule set's checklist lacks, no reason, or a date that is
 * no day of the calendar (2030-02-30).  Everything is owned by the
 * struct waivers and freed by waivers_release.
 */
#ifndef AICLAUSE_WAIVER_H
#define AICLAUSE_WAIVER_H

#include <stddef.h>

#include "arena.h"
#include "rules.h"

/* A waivers file is a few lines per waiver: more is a mistake. */
#define WAIVERS_MAX_FILE (1u << 20)

struct waiver {
	const char *item;
	const char **files;        /* patterns; NULL when none: every file */
	size_t nfiles;
	const char *reason;
	const char *expires;       /* "YYYY-MM-DD", or NULL */
	const char *path;          /* the file it is written in, for messages */
	unsigned long line;        /* in that file */
};

/* Zeroed (WAIVERS_INIT) before the first waivers_load. */
struct waivers {
	struct waiver *v;
	size_t n, alloc;
	struct arena arena;
};

#define WAIVERS_INIT { NULL, 0, 0, ARENA_INIT }

/*
 * Adds the waivers of the file at path; -1 on any problem, with none of
 * that file's waivers added.  Release w (waivers_release) either way.
 */
int waivers_load(struct waivers *w, const char *path, const struct ruleset *rs);
void waivers_release(struct waivers *w);

/* Whether waiver wv's patterns cover the document at path (any date). */
int waiver_covers(const struct waiver *wv, const char *path);

/*
 * The waiver that covers item `item` in the document at `path` on `today`
 * ("YYYY-MM-DD"), or NULL.  When only expired ones match, *expired (if
 * not NULL) is the first of them, for a warning; otherwise NULL.
 */
const struct waiver *waivers_find(const struct waivers *w, const char *item,
		const char *path, const char *today, const struct waiver **expired);

#endif

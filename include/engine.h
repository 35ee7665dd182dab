/*
 * engine: a document and a compiled rule set in, findings out.
 *
 * For each document the engine builds its matching view (curly quotes and
 * odd spaces made plain, the document's own party names and defined terms
 * mapped to the words the rules know), runs the keyword prefilter over it,
 * then the rules' patterns in the sentences the prefilter selected, and
 * applies each rule's qualifiers in the match's scope.  Offsets in findings
 * are always offsets into doc->text, never into the view.
 *
 * An engine holds per-thread scratch (PCRE2 match data, JIT stack): one
 * engine per thread, any number of engines per rule set.  The rule set must
 * outlive its engines.
 */
#ifndef AICLAUSE_ENGINE_H
#define AICLAUSE_ENGINE_H

#include <stddef.h>

#include "buf.h"
#include "document.h"
#include "rules.h"

enum perspective {
	PERSPECTIVE_CUSTOMER,   /* default: protective means good for the buyer */
	PERSPECTIVE_VENDOR      /* --as vendor: stances flipped */
};

struct finding {
	const struct rule *rule;
	enum stance stance;          /* after qualifiers and perspective */
	size_t start, end;           /* the match, in doc->text */
	size_t sentence;             /* index into doc->sents */
	size_t para;                 /* index into doc->paras */
	const char *qualifier;       /* label of the qualifier that decided, or NULL */
	int partial;                 /* a QUALIFIER_PARTIAL applied */
	unsigned tracked;            /* enum track_flag bits within the sentence */
};

struct findings {
	struct finding *v;
	size_t n, alloc;
};

void findings_release(struct findings *f);

struct engine_options {
	enum perspective as;
};

#define ENGINE_OPTIONS_INIT { PERSPECTIVE_CUSTOMER }

struct engine;

struct engine *engine_new(const struct ruleset *rs);
void engine_free(struct engine *e);

/*
 * Appends the findings for `doc` to `out`, sorted by position, at most one
 * per rule and sentence.  Returns 0, or -1 with a reason in `err` when a
 * pattern hit its match or depth limit (the run stops for that document
 * rather than report a partial answer as complete).
 */
int engine_run(struct engine *e, const struct document *doc,
		const struct engine_options *opt, struct findings *out,
		struct buf *err);

/*
 * Matches one rule against a short text treated as one paragraph, as
 * `rules test` does.  Returns 1 if the rule gives a finding, 0 if not, -1 on
 * a match error.  When `why` is not NULL it receives the qualifier label
 * that cancelled a match, if any.
 */
int engine_match_rule(struct engine *e, const struct rule *r,
		const char *text, size_t len, const char **why);

#endif

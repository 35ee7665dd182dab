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
#include "roles.h"
#include "rules.h"

struct finding {
	const struct rule *rule;
	/*
	 * After qualifiers, and always the customer's: the rules say what a
	 * clause does to the buyer, and the reports turn it for --as vendor.
	 */
	enum stance stance;
	size_t start, end;           /* the match, in doc->text */
	size_t sentence;             /* index into doc->sents */
	size_t para;                 /* index into doc->paras */
	const char *qualifier;       /* label of the qualifier that decided, or NULL */
	/*
	 * What the clause says when a qualifier turned its stance (its
	 * message), or NULL: the rule's message, which then says the opposite,
	 * must not be shown.
	 */
	const char *message;
	int partial;                 /* a QUALIFIER_PARTIAL applied */
	int red_flag;                /* a QUALIFIER_RED_FLAG applied */
	unsigned tracked;            /* enum track_flag bits within the sentence */
};

struct findings {
	struct finding *v;
	size_t n, alloc;
	/*
	 * Sentences a rule could not finish (a PCRE2 limit) and clauses the
	 * document deletes, one line each, malloc'd and owned here: the
	 * report shows them so a reader knows what was not read.
	 */
	char **warnings;
	size_t nwarning, warning_alloc;
	/* The parties and defined terms the rules were matched with. */
	struct roles roles;
};

void findings_release(struct findings *f);

struct engine_options {
	/*
	 * The documents of this run still to be read, this one included (1
	 * for one contract).  A pattern is JIT-compiled once it has run over
	 * enough text to pay for it (ruleset_match_code); in a batch, once
	 * what it ran over in the documents read so far forecasts enough for
	 * the documents left, so that a pattern the batch uses often is
	 * compiled sooner and one it uses rarely is not.
	 */
	size_t documents_left;
};

#define ENGINE_OPTIONS_INIT { 1 }

struct engine;

struct engine *engine_new(const struct ruleset *rs);
void engine_free(struct engine *e);

/*
 * Appends the findings for `doc` to `out`, in text order, at most one per
 * rule and sentence.  Captions ("12. SOURCE CODE ESCROW") are skipped.  A
 * list item ("(b) use it to train models") is matched as its lead-in
 * followed by the item ("Provider shall not use it to train models"); a
 * finding from it still lies within the item.  A pattern PCRE2 stops in
 * a sentence (a match, depth or JIT stack limit, or no memory) skips that
 * sentence for that rule and adds a line to out->warnings with PCRE2's
 * reason; the run goes on.  A clause the document deletes (deletion.h) is
 * read by no rule, and out->warnings names it.
 */
void engine_run(struct engine *e, const struct document *doc,
		const struct engine_options *opt, struct findings *out);

/*
 * Runs one rule over a short text taken as one paragraph, as `rules test`
 * does, through the same prefilter, patterns and qualifiers as engine_run.
 * Unlike engine_run it reads no parties (the view maps no names, so an
 * example says "Vendor", not "Acme"), takes no perspective, lets no other
 * rule outrank this one, and does not skip unticked options or drafting
 * notes.  Returns 1 if the rule gives a finding, 0 if not, -1 when PCRE2
 * stopped a match.  `why` (may be NULL) receives, when there is no finding,
 * the reason where one is known: the label of the cancelling qualifier,
 * "no keyword" when the prefilter would not have run the rule, or "a
 * caption, not a clause" when the text reads as a heading; and when there
 * is one, the label of the qualifier that decided it, or NULL.
 */
int engine_match_rule(struct engine *e, const struct rule *r,
		const char *text, size_t len, const char **why);

#endif

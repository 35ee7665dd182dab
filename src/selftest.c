/*
 * `aiclause rules test`: every rule's examples through the real engine.
 *
 * A rule passes when each `match` example gives its finding and each
 * `no-match` example does not, when it has at least two of each, when every
 * `match` example contains one of its keywords (or the prefilter would skip
 * the very sentences the rule is for), and, for a rule with exceptions, when
 * at least one `no-match` example is one a pattern matches and an exception
 * cancels: the proof that the negation handling works.
 *
 * A `qualified` example must give the finding with the qualifier it is
 * filed under deciding it: the proof that a carve-out, an opt-out or a
 * limit is read where it is written.  The label must be one the rule's
 * qualifiers give, and every label of a qualifier that keeps the match
 * needs one.  Examples filed under QUALIFIED_NONE ("none") must give the
 * finding with no qualifier deciding it: the plain reading, so that a
 * qualifier grown too wide shows.
 *
 * A rule with `refers` holds only where the clause it names by number says
 * what it refers to, so its examples are small documents, read as a file
 * would be: "9.2 The Supplier's liability shall not exceed ...\n9.3 Clause
 * 9.2 does not apply to ...".  A `no-match` example whose sentence the
 * pattern matches but whose named clause holds no such finding is the
 * excepted variant.
 *
 * Any example with a line break is such a document too: a qualifier that
 * turns on what the preamble says of the parties (where each is at home,
 * include/home_law.h) is decided only where the preamble is read.
 */
#include <string.h>

#include "engine.h"
#include "load.h"
#include "rules.h"

#define MIN_EXAMPLES 2

/* Why a `refers` rule's example gave no finding though its pattern matched. */
static const char refers_unmet[] = "the clause it names holds no such finding";

static void quote(FILE *out, const char *s)
{
	size_t n = strlen(s);

	fprintf(out, "\"%.*s%s\"", n > 100 ? 100 : (int)n, s, n > 100 ? "..." : "");
}

static size_t fail(FILE *out, const struct rule *r, const char *what, const char *example)
{
	fprintf(out, "FAIL %s (%s:%lu): %s", r->id, r->file, r->line, what);
	if (example) {
		fputs(": ", out);
		quote(out, example);
	}
	fputc('\n', out);
	return 1;
}

static void pass(FILE *out, const struct rule *r, const char *what, const char *example)
{
	fprintf(out, "ok   %s: %s: ", r->id, what);
	quote(out, example);
	fputc('\n', out);
}

/*
 * For a rule with `refers`, or an example with a line break: whether the
 * example, read as a document with
 * every rule, gives a finding of rule r, with *label the label that decided
 * it.  -1 when it cannot be read.
 */
static int document_finds(struct engine *e, const struct rule *r, const char *example,
			  const char **label)
{
	struct document doc;
	struct load_options lo = LOAD_OPTIONS_INIT;
	struct engine_options eo = ENGINE_OPTIONS_INIT;
	struct findings f;
	struct buf err = BUF_INIT;
	size_t i;
	int found = 0;

	memset(&f, 0, sizeof(f));
	document_init(&doc, "example");
	if (load_memory(&doc, "example", (const unsigned char *)example, strlen(example),
			&lo, &err)) {
		buf_release(&err);
		return -1;
	}
	engine_run(e, &doc, &eo, &f);
	for (i = 0; i < f.n && !found; i++)
		if ((found = f.v[i].rule == r))
			*label = f.v[i].qualifier;
	findings_release(&f);
	document_release(&doc);
	buf_release(&err);
	return found;
}

/*
 * An example through the engine: 1 when it gives rule r's finding (with
 * *why the label of the qualifier that decided it, or NULL), 0 when not
 * (with *why as engine_match_rule gives it, or refers_unmet), -1 when
 * PCRE2 stopped.
 */
static int example_finds(struct engine *e, const struct rule *r, const char *example,
			 const char **why)
{
	int rc = engine_match_rule(e, r, example, strlen(example), why);

	if (rc <= 0 || (!r->nrefers && !strchr(example, '\n')))
		return rc;
	rc = document_finds(e, r, example, why);
	/* The sentence's verdict does not hold for the document: no exception decided it. */
	if (rc == 0)
		*why = r->nrefers ? refers_unmet : NULL;
	return rc;
}

/* Whether one of r's qualifiers that keep the match is labelled `label`. */
static int keeps_with_label(const struct rule *r, const char *label)
{
	size_t i;

	for (i = 0; i < r->nqualifiers; i++)
		if (r->qualifiers[i].effect != QUALIFIER_CANCEL &&
		    strcmp(r->qualifiers[i].label, label) == 0)
			return 1;
	return 0;
}

static size_t test_qualified(struct engine *e, const struct rule *r, FILE *out, int verbose)
{
	size_t i, failures = 0;

	for (i = 0; i < r->nqualified; i++) {
		const char *label = r->qualified[2 * i], *text = r->qualified[2 * i + 1];
		const char *why = NULL;
		int none = strcmp(label, QUALIFIED_NONE) == 0;
		int rc;

		if (!none && !keeps_with_label(r, label)) {
			failures += fail(out, r, "no qualifier of the rule that keeps a match is labelled", label);
			continue;
		}
		rc = example_finds(e, r, text, &why);
		if (rc < 0)
			failures += fail(out, r, "stopped by a PCRE2 limit on example", text);
		else if (rc == 0)
			failures += fail(out, r, "qualified example does not match", text);
		else if (none ? why != NULL : !why || strcmp(why, label) != 0) {
			fprintf(out, "FAIL %s (%s:%lu): qualified example decided by %s, not %s: ",
				r->id, r->file, r->line, why ? why : "no qualifier",
				none ? "no qualifier" : label);
			quote(out, text);
			fputc('\n', out);
			failures++;
		} else if (verbose) {
			pass(out, r, label, text);
		}
	}
	return failures;
}

/*
 * Fails each label of r's qualifiers that keep the match that no example
 * is filed under: a label no example reaches may be one no text reaches.
 */
static size_t labels_untested(const struct rule *r, FILE *out)
{
	size_t i, j, k, n = 0;

	for (i = 0; i < r->nqualifiers; i++) {
		const char *label = r->qualifiers[i].label;
		int seen = 0;

		if (r->qualifiers[i].effect == QUALIFIER_CANCEL)
			continue;
		/* Count each label once. */
		for (k = 0; k < i && !seen; k++)
			seen = r->qualifiers[k].effect != QUALIFIER_CANCEL &&
			       strcmp(r->qualifiers[k].label, label) == 0;
		for (j = 0; j < r->nqualified && !seen; j++)
			seen = strcmp(r->qualified[2 * j], label) == 0;
		if (!seen)
			n += fail(out, r, "no 'qualified' example for the qualifier labelled", label);
	}
	return n;
}

static size_t test_rule(struct engine *e, const struct rule *r, FILE *out, int verbose)
{
	size_t i, failures = 0;
	int cancelled_seen = 0;

	if (r->nmust_match < MIN_EXAMPLES)
		failures += fail(out, r, "needs at least 2 'match' examples", NULL);
	if (r->nmust_not_match < MIN_EXAMPLES)
		failures += fail(out, r, "needs at least 2 'no-match' examples", NULL);
	for (i = 0; i < r->nmust_match; i++) {
		const char *why = NULL;
		int rc = example_finds(e, r, r->must_match[i], &why);

		if (rc < 0)
			failures += fail(out, r, "stopped by a PCRE2 limit on example", r->must_match[i]);
		else if (rc == 0 && why && strcmp(why, "no keyword") == 0)
			failures += fail(out, r, "example has none of the rule's keywords", r->must_match[i]);
		else if (rc == 0 && why == refers_unmet)
			failures += fail(out, r, "the clause the example names holds no such finding",
					 r->must_match[i]);
		else if (rc == 0 && why)
			failures += fail(out, r, "example cancelled by exception", r->must_match[i]);
		else if (rc == 0)
			failures += fail(out, r, "example does not match", r->must_match[i]);
		else if (verbose)
			pass(out, r, "matches", r->must_match[i]);
	}
	for (i = 0; i < r->nmust_not_match; i++) {
		const char *why = NULL;
		int rc = example_finds(e, r, r->must_not_match[i], &why);

		if (rc < 0)
			failures += fail(out, r, "stopped by a PCRE2 limit on example", r->must_not_match[i]);
		else if (rc > 0)
			failures += fail(out, r, "no-match example matches", r->must_not_match[i]);
		else if (why && strcmp(why, "no keyword") != 0)
			cancelled_seen = 1;
		if (rc == 0 && verbose)
			pass(out, r, why ? why : "no match", r->must_not_match[i]);
	}
	if ((rule_has_effect(r, QUALIFIER_CANCEL) || r->nrefers) && !cancelled_seen)
		failures += fail(out, r, "no 'no-match' example exercises an exception", NULL);
	return failures + test_qualified(e, r, out, verbose) + labels_untested(r, out);
}

size_t ruleset_self_test(const struct ruleset *rs, FILE *out, int verbose)
{
	struct engine *e = engine_new(rs);
	size_t i, failures = 0, failed_rules = 0, examples = 0, slow = 0;

	for (i = 0; i < rs->nrules; i++) {
		const struct rule *r = &rs->rules[i];
		size_t f = test_rule(e, r, out, verbose);

		examples += r->nmust_match + r->nmust_not_match + r->nqualified;
		failures += f;
		failed_rules += f != 0;
		if (!r->nkeywords)
			slow++;
	}
	engine_free(e);
	if (slow)
		fprintf(out, "note: %zu rule%s without keywords run on every sentence\n",
			slow, slow == 1 ? "" : "s");
	fprintf(out, "%zu rules, %zu examples: %zu passed, %zu failed\n", rs->nrules,
		examples, rs->nrules - failed_rules, failed_rules);
	return failures;
}

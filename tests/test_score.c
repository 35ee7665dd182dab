#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "score.h"
#include "xalloc.h"

/*
 * A hand-built rule set: clause types are named by id only (score matches
 * by id, so nothing needs compiling), one rule per (type, stance) used.
 */
static struct rule rules[] = {
	{ .id = "train-no", .type_id = "data.training", .stance = STANCE_PROTECTIVE },
	{ .id = "train-yes", .type_id = "data.training", .stance = STANCE_ADVERSE },
	{ .id = "train-say", .type_id = "data.training", .stance = STANCE_NEUTRAL },
	{ .id = "retention", .type_id = "data.retention", .stance = STANCE_PROTECTIVE },
	{ .id = "escrow", .type_id = "exit.escrow", .stance = STANCE_PROTECTIVE },
	{ .id = "indemnity", .type_id = "liability.ip-indemnity", .stance = STANCE_PROTECTIVE },
	{ .id = "other", .type_id = "commercial.governing-law", .stance = STANCE_NEUTRAL },
	{ .id = "measures", .type_id = "data.security", .stance = STANCE_PROTECTIVE,
	  .aspect = "measures" },
	{ .id = "notice", .type_id = "data.security", .stance = STANCE_PROTECTIVE,
	  .aspect = "breach-notice" },
	{ .id = "insecure", .type_id = "data.security", .stance = STANCE_ADVERSE },
};

enum { R_TRAIN_NO, R_TRAIN_YES, R_TRAIN_SAY, R_RETENTION, R_ESCROW,
       R_INDEMNITY, R_OTHER, R_MEASURES, R_NOTICE, R_INSECURE };

static struct type_stance training_met[] = {
	{ "data.training", NULL, STANCE_PROTECTIVE },
};
static struct type_stance training_partial[] = {
	{ "data.retention", NULL, STANCE_PROTECTIVE },
};
static struct type_stance training_red[] = {
	{ "data.training", NULL, STANCE_ADVERSE },
};
static struct type_stance escrow_met[] = {
	{ "exit.escrow", NULL, STANCE_PROTECTIVE },
};
static struct type_stance indemnity_met[] = {
	{ "liability.ip-indemnity", NULL, STANCE_PROTECTIVE },
};
static struct type_stance never_found[] = {
	{ "none.such", NULL, STANCE_PROTECTIVE },
};

static struct area areas[] = {
	{ "data", "Data rights" },
	{ "model", "Model ownership" },   /* no items: no area result */
	{ "exit", "Escrow and exit" },
	{ "liability", "Indemnification" },
};

static struct checklist_item item_training(enum item_priority prio, unsigned w)
{
	struct checklist_item it = {
		.id = "data.no-training", .area = "data", .title = "No training",
		.priority = prio, .weight = w,
		.met = training_met, .nmet = 1,
		.partial = training_partial, .npartial = 1,
		.red_flags = training_red, .nred_flags = 1,
	};
	return it;
}

static struct checklist_item item_simple(const char *id, const char *area,
		struct type_stance *met, enum item_priority prio, unsigned w)
{
	struct checklist_item it = {
		.id = id, .area = area, .title = id, .priority = prio,
		.weight = w, .met = met, .nmet = 1,
	};
	return it;
}

static void set_items(struct ruleset *rs, struct checklist_item *items, size_t n)
{
	memset(rs, 0, sizeof(*rs));
	rs->areas = areas;
	rs->nareas = ARRAY_SIZE(areas);
	rs->rules = rules;
	rs->nrules = ARRAY_SIZE(rules);
	rs->items = items;
	rs->nitems = n;
}

enum { FLAG_BASE = 100 };

/*
 * Findings from a list of rule indices; negative means "partial" too, and
 * past FLAG_BASE "marked red flag".
 */
static void set_findings(struct findings *f, struct finding *v, const int *ri, size_t n)
{
	size_t i;

	memset(v, 0, n * sizeof(*v));
	for (i = 0; i < n; i++) {
		int r = ri[i] < 0 ? -ri[i] - 1 : ri[i] % FLAG_BASE;

		v[i].rule = &rules[r];
		v[i].stance = rules[r].stance;
		v[i].start = 10 * i;
		v[i].end = 10 * i + 5;
		v[i].partial = ri[i] < 0;
		v[i].red_flag = ri[i] >= FLAG_BASE;
		if (v[i].partial)
			v[i].qualifier = "carve-out";
		else if (v[i].red_flag)
			v[i].qualifier = "broad";
	}
	f->v = v;
	f->n = n;
	f->alloc = 0;
}

#define PARTIAL(r) (-(r) - 1)
#define FLAGGED(r) ((r) + FLAG_BASE)
#define MAXF 6

/* One item's findings and the status and evidence they must give. */
struct status_case {
	const char *name;
	int findings[MAXF];
	size_t nfindings;
	enum item_status want;
	size_t evidence[MAXF];
	size_t nevidence;
	/* Where it is met, when a clause keeps it short of that; else none. */
	size_t met_by[MAXF];
	size_t nmet_by;
};

/* Fails case `name` unless the indices `got` are those it wants. */
static void check_indices(const char *name, const char *what, const size_t *got, size_t ngot,
			  const size_t *want, size_t nwant)
{
	size_t i;

	if (ngot != nwant)
		fail_msg("%s: %zu %s, want %zu", name, ngot, what, nwant);
	for (i = 0; i < nwant; i++)
		if (got[i] != want[i])
			fail_msg("%s: %s[%zu] = %zu, want %zu", name, what, i, got[i], want[i]);
}

static void check_status_cases(struct checklist_item *item, const struct status_case *cases,
			       size_t ncases)
{
	struct finding v[MAXF];
	struct score_report r;
	struct findings f;
	struct ruleset rs;
	size_t c;

	set_items(&rs, item, 1);
	for (c = 0; c < ncases; c++) {
		set_findings(&f, v, cases[c].findings, cases[c].nfindings);
		score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
		assert_int_equal(r.nitems, 1);
		assert_ptr_equal(r.items[0].item, item);
		if (r.items[0].status != cases[c].want)
			fail_msg("%s: status %s, want %s", cases[c].name,
				 item_status_name(r.items[0].status),
				 item_status_name(cases[c].want));
		check_indices(cases[c].name, "evidence", r.items[0].evidence, r.items[0].nevidence,
			      cases[c].evidence, cases[c].nevidence);
		check_indices(cases[c].name, "met_by", r.items[0].met_by, r.items[0].nmet_by,
			      cases[c].met_by, cases[c].nmet_by);
		score_release(&r);
	}
}

static void test_status_decisions(void **state)
{
	static const struct status_case cases[] = {
		{ "nothing found", { 0 }, 0, ITEM_MISSING, { 0 }, 0 },
		{ "met", { R_TRAIN_NO }, 1, ITEM_MET, { 0 }, 1 },
		{ "partial via the partial list", { R_RETENTION }, 1, ITEM_PARTIAL, { 0 }, 1 },
		{ "partial via a qualifier", { PARTIAL(R_TRAIN_NO) }, 1, ITEM_PARTIAL, { 0 }, 1 },
		{ "red flag beats met", { R_TRAIN_NO, R_TRAIN_YES, R_RETENTION }, 3,
		  ITEM_RED_FLAG, { 1 }, 1 },
		{ "a red flag marked partial is partly met", { PARTIAL(R_TRAIN_YES) }, 1,
		  ITEM_PARTIAL, { 0 }, 1 },
		{ "a partial red flag and a whole one", { PARTIAL(R_TRAIN_YES), R_TRAIN_YES }, 2,
		  ITEM_RED_FLAG, { 1 }, 1 },
		{ "a partial red flag outweighs met", { R_TRAIN_NO, PARTIAL(R_TRAIN_YES), R_RETENTION }, 3,
		  ITEM_PARTIAL, { 1 }, 1 },
		{ "a partial finding marked red flag", { FLAGGED(R_RETENTION) }, 1,
		  ITEM_RED_FLAG, { 0 }, 1 },
		{ "a met finding marked red flag is met", { FLAGGED(R_TRAIN_NO) }, 1,
		  ITEM_MET, { 0 }, 1 },
		{ "met beats partial", { R_RETENTION, PARTIAL(R_TRAIN_NO), R_TRAIN_NO }, 3,
		  ITEM_MET, { 2 }, 1 },
		{ "every decisive finding is evidence", { R_TRAIN_NO, R_OTHER, R_TRAIN_NO }, 3,
		  ITEM_MET, { 0, 2 }, 2 },
		{ "partial evidence from both routes", { R_RETENTION, PARTIAL(R_TRAIN_NO) }, 2,
		  ITEM_PARTIAL, { 0, 1 }, 2 },
		{ "right type, other stance", { R_TRAIN_SAY }, 1, ITEM_MISSING, { 0 }, 0 },
		{ "unrelated type", { R_OTHER, R_ESCROW }, 2, ITEM_MISSING, { 0 }, 0 },
	};
	struct checklist_item item;

	(void)state;
	item = item_training(PRIORITY_MUST, 5);
	check_status_cases(&item, cases, ARRAY_SIZE(cases));
}

/*
 * red-flags-unless-met: "as is" breaks a warranty item only where no
 * warranty meets it.
 */
static void test_red_flag_unless_met(void **state)
{
	static const struct status_case cases[] = {
		{ "alone it breaks the item", { R_OTHER, R_TRAIN_YES }, 2, ITEM_RED_FLAG, { 1 }, 1 },
		{ "beside a protection it does not", { R_TRAIN_YES, R_TRAIN_NO }, 2, ITEM_MET, { 1 }, 1 },
		{ "marked partial, alone", { PARTIAL(R_TRAIN_YES) }, 1, ITEM_PARTIAL, { 0 }, 1 },
		{ "over a partial finding", { R_RETENTION, R_TRAIN_YES }, 2, ITEM_RED_FLAG, { 1 }, 1 },
		/* A protection a qualifier hollowed is still something that meets it. */
		{ "beside a protection marked partial", { R_TRAIN_YES, PARTIAL(R_TRAIN_NO) }, 2,
		  ITEM_PARTIAL, { 1 }, 1 },
		{ "nothing", { R_OTHER }, 1, ITEM_MISSING, { 0 }, 0 },
	};
	struct checklist_item item;

	(void)state;
	item = item_training(PRIORITY_MUST, 5);
	item.red_flags_unless_met = item.red_flags;
	item.nred_flags_unless_met = item.nred_flags;
	item.red_flags = NULL;
	item.nred_flags = 0;
	check_status_cases(&item, cases, ARRAY_SIZE(cases));
}

/*
 * An entry in red-flags-unless-met and partial-over-met both: "we may use
 * your outputs" breaks output ownership alone, and beside "you own the
 * outputs" leaves it partly met rather than met.
 */
static void test_red_flag_unless_met_caps(void **state)
{
	static const struct status_case cases[] = {
		{ "alone it breaks the item", { R_OTHER, R_TRAIN_YES }, 2, ITEM_RED_FLAG, { 1 }, 1 },
		{ "beside a protection it makes it partial", { R_TRAIN_YES, R_TRAIN_NO }, 2,
		  ITEM_PARTIAL, { 0 }, 1, { 1 }, 1 },
		{ "marked partial, alone", { PARTIAL(R_TRAIN_YES) }, 1, ITEM_PARTIAL, { 0 }, 1 },
		{ "nothing", { R_OTHER }, 1, ITEM_MISSING, { 0 }, 0 },
	};
	struct checklist_item item;

	(void)state;
	item = item_training(PRIORITY_MUST, 5);
	item.red_flags_unless_met = item.red_flags;
	item.nred_flags_unless_met = item.nred_flags;
	item.partial_over_met = item.red_flags;
	item.npartial_over_met = item.nred_flags;
	item.red_flags = NULL;
	item.nred_flags = 0;
	check_status_cases(&item, cases, ARRAY_SIZE(cases));
}

/*
 * An entry read beside another: "all licences granted to you end on
 * termination" breaks the item only in a document where the vendor also
 * owns what they licensed; elsewhere it counts as the other lists say.
 */
static void test_red_flag_beside(void **state)
{
	static struct type_stance owns[] = {
		{ "exit.escrow", NULL, STANCE_PROTECTIVE },
	};
	static struct type_stance red[] = {
		{ "data.training", NULL, STANCE_ADVERSE, NULL, NULL, 0, owns, 0, 1 },
	};
	static const struct status_case cases[] = {
		{ "alone it is no evidence", { R_OTHER, R_TRAIN_YES }, 2, ITEM_MISSING, { 0 }, 0 },
		{ "beside the other it breaks the item", { R_TRAIN_YES, R_ESCROW }, 2,
		  ITEM_RED_FLAG, { 0 }, 1 },
		{ "in either order", { R_ESCROW, R_OTHER, R_TRAIN_YES }, 3, ITEM_RED_FLAG, { 2 }, 1 },
		{ "over a protection", { R_TRAIN_NO, R_TRAIN_YES, R_ESCROW }, 3, ITEM_RED_FLAG,
		  { 1 }, 1 },
		{ "the other alone is nothing", { R_ESCROW }, 1, ITEM_MISSING, { 0 }, 0 },
		{ "a protection alone still meets it", { R_TRAIN_NO }, 1, ITEM_MET, { 0 }, 1 },
	};
	struct checklist_item item;

	(void)state;
	item = item_training(PRIORITY_MUST, 5);
	item.red_flags = red;
	item.nred_flags = 1;
	check_status_cases(&item, cases, ARRAY_SIZE(cases));
}

/*
 * An entry read without another: a deposit of source code alone keeps
 * escrow short of met only where the weights are not delivered anyway.
 */
static void test_partial_over_met_without(void **state)
{
	static struct type_stance delivered[] = {
		{ "exit.escrow", NULL, STANCE_PROTECTIVE },
	};
	static struct type_stance caps[] = {
		{ "data.retention", NULL, STANCE_PROTECTIVE, NULL, NULL, 0, delivered, 1, 1 },
	};
	static const struct status_case cases[] = {
		{ "alone it caps the item", { R_TRAIN_NO, R_RETENTION }, 2, ITEM_PARTIAL, { 1 }, 1,
		  { 0 }, 1 },
		{ "with the other it does not", { R_TRAIN_NO, R_RETENTION, R_ESCROW }, 3, ITEM_MET,
		  { 0 }, 1 },
		{ "nor with the other first", { R_ESCROW, R_RETENTION, R_TRAIN_NO }, 3, ITEM_MET,
		  { 2 }, 1 },
		{ "alone, its other lists", { R_RETENTION }, 1, ITEM_MISSING, { 0 }, 0 },
	};
	struct checklist_item item;

	(void)state;
	item = item_training(PRIORITY_MUST, 5);
	item.partial = NULL;
	item.npartial = 0;
	item.partial_over_met = caps;
	item.npartial_over_met = 1;
	check_status_cases(&item, cases, ARRAY_SIZE(cases));
}

/*
 * Up to three conditions on one entry, all of which must hold: licences
 * that end on termination beside a model the vendor keeps, where the
 * weights are neither delivered nor in escrow ("A beside B without C
 * without D").  Every mix of `beside` and `without` over two and three
 * conditions, against every set of the findings they name.
 */
static void test_entry_with_several_conditions(void **state)
{
	static const int named[] = { R_ESCROW, R_INDEMNITY, R_OTHER };
	static struct type_stance others[] = {
		{ "exit.escrow", NULL, STANCE_PROTECTIVE },
		{ "liability.ip-indemnity", NULL, STANCE_ANY },
		{ "commercial.governing-law", NULL, STANCE_NEUTRAL },
	};
	static struct type_stance red[] = {
		{ "data.training", NULL, STANCE_ADVERSE, NULL, NULL, 0, others, 0, 0 },
	};
	struct checklist_item item;
	struct status_case sc;
	unsigned n, without, present, k;

	(void)state;
	item = item_training(PRIORITY_MUST, 5);
	item.red_flags = red;
	item.nred_flags = 1;
	for (n = 2; n <= 3; n++)
		for (without = 0; without < 1u << n; without++)
			for (present = 0; present < 1u << 3; present++) {
				int holds = 1;

				red[0].nbeside = n;
				red[0].beside_not = without;
				memset(&sc, 0, sizeof(sc));
				sc.name = "several conditions";
				sc.findings[sc.nfindings++] = R_TRAIN_YES;
				for (k = 0; k < 3; k++)
					if (present & (1u << k))
						sc.findings[sc.nfindings++] = named[k];
				for (k = 0; k < n; k++)
					if (!!(present & (1u << k)) == !!(without & (1u << k)))
						holds = 0;
				sc.want = holds ? ITEM_RED_FLAG : ITEM_MISSING;
				sc.nevidence = (size_t)holds;
				check_status_cases(&item, &sc, 1);
			}
}

/* The same three, named: one that fails leaves the entry no evidence. */
static void test_beside_without_without(void **state)
{
	static struct type_stance keeps_model[] = {
		{ "exit.escrow", NULL, STANCE_PROTECTIVE },
		{ "liability.ip-indemnity", NULL, STANCE_PROTECTIVE },
		{ "commercial.governing-law", NULL, STANCE_NEUTRAL },
	};
	static struct type_stance partial[] = {
		{ "data.training", NULL, STANCE_ADVERSE, NULL, NULL, 0, keeps_model, 6, 3 },
	};
	static const struct status_case cases[] = {
		{ "beside the first, none of the others", { R_TRAIN_YES, R_ESCROW }, 2, ITEM_PARTIAL,
		  { 0 }, 1 },
		{ "in another order", { R_ESCROW, R_TRAIN_YES }, 2, ITEM_PARTIAL,
		  { 1 }, 1 },
		{ "not beside the first", { R_TRAIN_YES }, 1, ITEM_MISSING, { 0 }, 0 },
		{ "with the second", { R_TRAIN_YES, R_ESCROW, R_INDEMNITY }, 3, ITEM_MISSING,
		  { 0 }, 0 },
		{ "with the third", { R_TRAIN_YES, R_OTHER, R_ESCROW }, 3, ITEM_MISSING, { 0 }, 0 },
		{ "with both", { R_TRAIN_YES, R_OTHER, R_ESCROW, R_INDEMNITY }, 4, ITEM_MISSING,
		  { 0 }, 0 },
		{ "a protection still meets it", { R_TRAIN_NO, R_TRAIN_YES, R_ESCROW }, 3, ITEM_MET,
		  { 0 }, 1, { 0 }, 0 },
	};
	struct checklist_item item;

	(void)state;
	item = item_training(PRIORITY_MUST, 5);
	item.red_flags = NULL;
	item.nred_flags = 0;
	item.partial = partial;
	item.npartial = 1;
	check_status_cases(&item, cases, ARRAY_SIZE(cases));
}

/*
 * partial-over-met: "either party may terminate for convenience on ninety
 * days' notice" keeps the vendor-termination item partly met beside the
 * vendor's right to end the contract only for an uncured breach; alone it
 * counts as its other lists say.
 */
static void test_partial_over_met(void **state)
{
	static const struct status_case only[] = {
		{ "alone it is no evidence", { R_RETENTION }, 1, ITEM_MISSING, { 0 }, 0 },
		{ "beside a protection it makes it partial", { R_TRAIN_NO, R_RETENTION }, 2,
		  ITEM_PARTIAL, { 1 }, 1, { 0 }, 1 },
		{ "a red flag still breaks the item", { R_RETENTION, R_TRAIN_YES, R_TRAIN_NO }, 3,
		  ITEM_RED_FLAG, { 1 }, 1 },
		{ "where it is met, every clause in order", { R_TRAIN_NO, R_RETENTION, R_OTHER, R_TRAIN_NO },
		  4, ITEM_PARTIAL, { 1 }, 1, { 0, 3 }, 2 },
		{ "nothing", { R_OTHER }, 1, ITEM_MISSING, { 0 }, 0 },
	};
	static const struct status_case also_partial[] = {
		{ "alone it partly meets the item", { R_RETENTION }, 1, ITEM_PARTIAL, { 0 }, 1 },
		{ "beside a protection it keeps it partial", { R_RETENTION, R_TRAIN_NO }, 2,
		  ITEM_PARTIAL, { 0 }, 1, { 1 }, 1 },
		{ "marked red flag, it breaks the item", { FLAGGED(R_RETENTION), R_TRAIN_NO }, 2,
		  ITEM_RED_FLAG, { 0 }, 1 },
	};
	struct checklist_item item;

	(void)state;
	item = item_training(PRIORITY_MUST, 5);
	item.partial_over_met = item.partial;
	item.npartial_over_met = item.npartial;
	check_status_cases(&item, also_partial, ARRAY_SIZE(also_partial));
	item.partial = NULL;
	item.npartial = 0;
	check_status_cases(&item, only, ARRAY_SIZE(only));
}

/*
 * A neutral finding earns partial credit only where no adverse finding of
 * its type reads the same paragraph: "Licensor may audit Licensee's books"
 * is an audit right, but not the customer's.
 */
static void test_neutral_outread_by_adverse(void **state)
{
	static struct type_stance say_partial[] = {
		{ "data.training", NULL, STANCE_NEUTRAL },
	};
	static const int said[] = { R_TRAIN_SAY }, both[] = { R_TRAIN_SAY, R_TRAIN_YES },
		other_type[] = { R_TRAIN_SAY, R_OTHER };
	struct checklist_item item = {
		.id = "x", .area = "data", .title = "x", .priority = PRIORITY_MUST,
		.weight = 5, .partial = say_partial, .npartial = 1,
	};
	struct finding v[2];
	struct score_report r;
	struct findings f;
	struct ruleset rs;

	(void)state;
	set_items(&rs, &item, 1);

	set_findings(&f, v, said, 1);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_int_equal(r.items[0].status, ITEM_PARTIAL);
	score_release(&r);

	set_findings(&f, v, both, 2);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_int_equal(r.items[0].status, ITEM_MISSING);
	score_release(&r);

	/* The adverse reading in another paragraph says nothing of this one. */
	set_findings(&f, v, both, 2);
	v[1].para = 1;
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_int_equal(r.items[0].status, ITEM_PARTIAL);
	score_release(&r);

	/* Nor does a finding of another type. */
	set_findings(&f, v, other_type, 2);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_int_equal(r.items[0].status, ITEM_PARTIAL);
	score_release(&r);
}

/* Types resolved by ruleset_compile (type pointers, no ids) match too. */
static void test_match_by_resolved_type(void **state)
{
	struct clause_type training = { "data.training", "data", "Training", NULL };
	struct rule rule = { .id = "r", .type = &training, .stance = STANCE_PROTECTIVE };
	struct type_stance met = { NULL, &training, STANCE_PROTECTIVE };
	struct checklist_item it = {
		.id = "i", .area = "data", .priority = PRIORITY_MUST, .weight = 1,
		.met = &met, .nmet = 1,
	};
	struct finding fv = { .rule = &rule, .stance = STANCE_PROTECTIVE };
	struct findings f = { &fv, 1, 0 };
	struct score_report r;
	struct ruleset rs;

	(void)state;
	set_items(&rs, &it, 1);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_int_equal(r.items[0].status, ITEM_MET);
	score_release(&r);
}

/*
 * Two items, one missing and one met: the risk is the missing item's share
 * of the weight, and making it a must-have doubles that weight.
 */
static void test_weights_and_must_double(void **state)
{
	struct checklist_item items[2];
	static const int found[] = { R_ESCROW };
	struct finding v[1];
	struct score_report r;
	struct findings f;
	struct ruleset rs;

	(void)state;
	set_findings(&f, v, found, 1);

	/* Should-haves, weights 3 (missing) and 4 (met): 3/7 = 42.9%. */
	items[0] = item_training(PRIORITY_SHOULD, 3);
	items[1] = item_simple("escrow", "exit", escrow_met, PRIORITY_SHOULD, 4);
	set_items(&rs, items, 2);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_int_equal(r.risk, 43);
	assert_int_equal(r.grade, 'C');
	score_release(&r);

	/* The missing one a must-have: 6/10 = 60%, grade D. */
	items[0] = item_training(PRIORITY_MUST, 3);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_int_equal(r.risk, 60);
	assert_int_equal(r.grade, 'D');
	score_release(&r);

	/*
	 * The met one a must-have instead: every must-have is met, so the
	 * missing should-have only moves the risk within the A band.
	 */
	items[0] = item_training(PRIORITY_SHOULD, 3);
	items[1] = item_simple("escrow", "exit", escrow_met, PRIORITY_MUST, 4);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_int_equal(r.risk, SCORE_GRADE_B_MIN - 1);
	assert_int_equal(r.grade, 'A');
	score_release(&r);
}

/*
 * The vendor's side: the same statuses (the checklist is the buyer's), its
 * risk what the contract concedes, met 1, partly met 1/2, missing and
 * flagged 0.
 */
static void test_vendor_risk_is_what_is_conceded(void **state)
{
	struct checklist_item items[3];
	static const int found[] = { R_TRAIN_YES, R_ESCROW, PARTIAL(R_INDEMNITY) };
	struct finding v[3];
	struct score_report c, r;
	struct findings f;
	struct ruleset rs;
	size_t i;

	(void)state;
	items[0] = item_training(PRIORITY_MUST, 3);    /* flagged, weight 6 */
	items[1] = item_simple("escrow", "exit", escrow_met, PRIORITY_SHOULD, 4);
	items[2] = item_simple("indemnity", "liability", indemnity_met, PRIORITY_SHOULD, 2);
	set_items(&rs, items, 3);
	set_findings(&f, v, found, 3);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &c);
	score_findings(&rs, &f, PERSPECTIVE_VENDOR, &r);
	assert_int_equal(r.as, PERSPECTIVE_VENDOR);
	for (i = 0; i < 3; i++)
		assert_int_equal(r.items[i].status, c.items[i].status);
	assert_int_equal(r.items[0].status, ITEM_RED_FLAG);
	assert_int_equal(r.items[1].status, ITEM_MET);
	assert_int_equal(r.items[2].status, ITEM_PARTIAL);
	assert_int_equal(r.red_flags, 1);
	assert_int_equal(r.met, 1);
	/* (6 * 0 + 4 * 2 + 2 * 1) / (2 * 12) = 41.7% */
	assert_int_equal(r.risk, 42);
	assert_int_equal(r.grade, 'C');
	/* An essential flagged puts the customer at D or worse. */
	assert_true(c.risk >= SCORE_GRADE_D_MIN);
	/* Areas: what the vendor keeps, 100 minus what it concedes. */
	assert_int_equal(r.nareas, 3);
	assert_string_equal(r.areas[0].area->id, "data");
	assert_int_equal(r.areas[0].score, 100);
	assert_string_equal(r.areas[1].area->id, "exit");
	assert_int_equal(r.areas[1].score, 0);
	assert_string_equal(r.areas[2].area->id, "liability");
	assert_int_equal(r.areas[2].score, 50);
	score_release(&c);
	score_release(&r);

	/* Nothing found concedes nothing; everything met concedes all. */
	set_findings(&f, v, found, 0);
	score_findings(&rs, &f, PERSPECTIVE_VENDOR, &r);
	assert_int_equal(r.risk, 0);
	assert_int_equal(r.grade, 'A');
	score_release(&r);
	{
		static const int all[] = { R_TRAIN_NO, R_ESCROW, R_INDEMNITY };

		set_findings(&f, v, all, 3);
		score_findings(&rs, &f, PERSPECTIVE_VENDOR, &r);
		assert_int_equal(r.risk, 100);
		assert_int_equal(r.grade, 'F');
		score_release(&r);
	}
}

/* --fail-on: each condition alone, together, and the reasons given. */
static void test_policy(void **state)
{
	struct checklist_item items[3];
	static const int found[] = { R_TRAIN_YES, R_ESCROW, PARTIAL(R_INDEMNITY) };
	struct score_policy none = { 0, 0, 0 }, red = { 1, 0, 0 }, must = { 0, 1, 0 };
	struct score_policy grade_d = { 0, 0, 'D' }, grade_f = { 0, 0, 'F' };
	struct score_policy all = { 1, 1, 'B' };
	struct finding v[3];
	struct score_report r;
	struct findings f;
	struct ruleset rs;
	struct buf why = BUF_INIT;

	(void)state;
	items[0] = item_training(PRIORITY_MUST, 3);    /* flagged */
	items[1] = item_simple("escrow", "exit", escrow_met, PRIORITY_MUST, 4);
	items[2] = item_simple("indemnity", "liability", indemnity_met, PRIORITY_MUST, 2);
	set_items(&rs, items, 3);
	set_findings(&f, v, found, 3);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_true(r.grade == 'D' || r.grade == 'F');
	assert_false(score_policy_fails(&none, &r, &why));
	assert_int_equal(why.len, 0);
	assert_true(score_policy_fails(&red, &r, &why));
	assert_string_equal(why.ptr, "1 red flag (data.no-training)");
	buf_reset(&why);
	/* The flagged one and the partly met one fall short; the met one does not. */
	assert_true(score_policy_fails(&must, &r, &why));
	assert_string_equal(why.ptr, "2 must-have items not met (data.no-training, indemnity)");
	buf_reset(&why);
	assert_int_equal(score_policy_fails(&grade_f, &r, NULL), r.grade == 'F');
	assert_true(score_policy_fails(&grade_d, &r, NULL));
	/* A waived item counts for neither; the grade stays. */
	r.items[0].waived = "accepted";
	assert_false(score_policy_fails(&red, &r, NULL));
	buf_reset(&why);
	assert_true(score_policy_fails(&must, &r, &why));
	assert_string_equal(why.ptr, "1 must-have item not met (indemnity)");
	assert_true(score_policy_fails(&grade_d, &r, NULL));
	r.items[0].waived = NULL;
	buf_reset(&why);
	assert_true(score_policy_fails(&all, &r, &why));
	buf_reset(&why);
	buf_addf(&why, "1 red flag (data.no-training); 2 must-have items not met "
		 "(data.no-training, indemnity); grade %c", r.grade);
	{
		struct buf got = BUF_INIT;

		score_policy_fails(&all, &r, &got);
		assert_string_equal(got.ptr, why.ptr);
		buf_release(&got);
	}
	score_release(&r);

	/* Everything met: nothing fails, not even grade=B. */
	{
		static const int met[] = { R_TRAIN_NO, R_ESCROW, R_INDEMNITY };

		set_findings(&f, v, met, 3);
		score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
		assert_int_equal(r.grade, 'A');
		assert_false(score_policy_fails(&all, &r, NULL));
		score_release(&r);
	}
	buf_release(&why);
}

static void test_grade_cutoffs(void **state)
{
	static const struct { unsigned risk; char grade; } cases[] = {
		{ 0, 'A' }, { 19, 'A' }, { 20, 'B' }, { 39, 'B' }, { 40, 'C' },
		{ 59, 'C' }, { 60, 'D' }, { 79, 'D' }, { 80, 'F' }, { 100, 'F' },
		{ 1000, 'F' },
	};
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(cases); i++)
		if (score_grade(cases[i].risk) != cases[i].grade)
			fail_msg("risk %u: grade %c, want %c", cases[i].risk,
				 score_grade(cases[i].risk), cases[i].grade);
}

/* Three musts and two shoulds over four areas. */
static void five_items(struct checklist_item *items, struct ruleset *rs)
{
	items[0] = item_training(PRIORITY_MUST, 8);
	items[1] = item_simple("escrow", "exit", escrow_met, PRIORITY_MUST, 5);
	items[2] = item_simple("indemnity", "liability", indemnity_met, PRIORITY_MUST, 6);
	items[3] = item_simple("escrow-release", "exit", escrow_met, PRIORITY_SHOULD, 3);
	items[4] = item_simple("indemnity-defend", "liability", indemnity_met,
			       PRIORITY_SHOULD, 2);
	set_items(rs, items, 5);
}

static unsigned risk_for(struct ruleset *rs, const int *found, size_t n,
		char *grade)
{
	struct finding v[MAXF];
	struct score_report r;
	struct findings f;
	unsigned risk;

	set_findings(&f, v, found, n);
	score_findings(rs, &f, PERSPECTIVE_CUSTOMER, &r);
	risk = r.risk;
	*grade = r.grade;
	assert_int_equal(r.grade, score_grade(r.risk));
	score_release(&r);
	return risk;
}

static void test_every_must_met_is_an_a(void **state)
{
	struct checklist_item items[5];
	struct ruleset rs;
	char grade;
	static const int all[] = { R_TRAIN_NO, R_ESCROW, R_INDEMNITY };

	(void)state;
	five_items(items, &rs);
	assert_int_equal(risk_for(&rs, all, 3, &grade), 0);
	assert_int_equal(grade, 'A');

	/* The shoulds unmet: still an A, at the top of the band. */
	items[3].met = never_found;
	items[4].met = never_found;
	assert_int_equal(risk_for(&rs, all, 3, &grade), SCORE_GRADE_B_MIN - 1);
	assert_int_equal(grade, 'A');

	/* The shoulds partly met: half-way through the band, rounded down. */
	items[3].partial = escrow_met;
	items[3].npartial = 1;
	items[4].partial = indemnity_met;
	items[4].npartial = 1;
	assert_int_equal(risk_for(&rs, all, 3, &grade), 9);
	assert_int_equal(grade, 'A');
}

static void test_no_a_without_every_must(void **state)
{
	struct checklist_item items[8];
	struct ruleset rs;
	char grade;
	size_t i;
	static const int one_must_partial[] = {
		PARTIAL(R_TRAIN_NO), R_ESCROW, R_INDEMNITY,
	};

	(void)state;
	five_items(items, &rs);
	/* Many heavy should-haves met dilute the raw mean below 20. */
	for (i = 5; i < 8; i++)
		items[i] = item_simple("extra", "exit", escrow_met, PRIORITY_SHOULD, 10);
	rs.nitems = 8;
	assert_int_equal(risk_for(&rs, one_must_partial, 3, &grade), SCORE_GRADE_B_MIN);
	assert_int_equal(grade, 'B');
}

static void test_flagged_must_is_d_at_best(void **state)
{
	struct checklist_item items[8];
	struct ruleset rs;
	char grade;
	size_t i;
	static const int flagged[] = { R_TRAIN_YES, R_ESCROW, R_INDEMNITY };

	(void)state;
	five_items(items, &rs);
	for (i = 5; i < 8; i++)
		items[i] = item_simple("extra", "exit", escrow_met, PRIORITY_SHOULD, 10);
	rs.nitems = 8;
	assert_int_equal(risk_for(&rs, flagged, 3, &grade), SCORE_GRADE_D_MIN);
	assert_int_equal(grade, 'D');

	/* The same flag on a should-have only costs the A. */
	items[0].priority = PRIORITY_SHOULD;
	items[1] = item_simple("escrow", "exit", escrow_met, PRIORITY_MUST, 5);
	assert_int_equal(risk_for(&rs, flagged, 3, &grade), SCORE_GRADE_B_MIN);
	assert_int_equal(grade, 'B');
}

static void test_nothing_found_is_worst(void **state)
{
	struct checklist_item items[5];
	struct findings f = { NULL, 0, 0 };
	struct score_report r;
	struct ruleset rs;
	size_t i;

	(void)state;
	five_items(items, &rs);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_int_equal(r.risk, 100);
	assert_int_equal(r.grade, 'F');
	assert_int_equal(r.missing, 5);
	assert_int_equal(r.met + r.partial + r.red_flags, 0);
	for (i = 0; i < r.nitems; i++) {
		assert_int_equal(r.items[i].status, ITEM_MISSING);
		assert_int_equal(r.items[i].nevidence, 0);
		assert_null(r.items[i].evidence);
	}
	for (i = 0; i < r.nareas; i++)
		assert_int_equal(r.areas[i].score, 0);
	score_release(&r);
}

static void test_everything_flagged_caps_at_100(void **state)
{
	struct checklist_item items[1];
	static const int found[] = { R_TRAIN_YES };
	struct ruleset rs;
	char grade;

	(void)state;
	items[0] = item_training(PRIORITY_SHOULD, 4);
	set_items(&rs, items, 1);
	assert_int_equal(risk_for(&rs, found, 1, &grade), 100);
	assert_int_equal(grade, 'F');
}

/* 1 partial + 2 missing halves over weight 4: 3/8 = 37.5%, rounded up. */
static void test_rounding_half_up(void **state)
{
	struct checklist_item items[3];
	static const int found[] = { R_RETENTION, R_ESCROW };
	struct ruleset rs;
	char grade;

	(void)state;
	items[0] = item_training(PRIORITY_SHOULD, 1);                      /* partial */
	items[1] = item_simple("x", "liability", indemnity_met, PRIORITY_SHOULD, 1); /* missing */
	items[2] = item_simple("e", "exit", escrow_met, PRIORITY_SHOULD, 2); /* met */
	set_items(&rs, items, 3);
	assert_int_equal(risk_for(&rs, found, 2, &grade), 38);
	assert_int_equal(grade, 'B');
}

static void test_area_scores(void **state)
{
	struct checklist_item items[6];
	struct finding v[MAXF];
	struct score_report r;
	struct findings f;
	struct ruleset rs;
	static const int found[] = { R_TRAIN_YES, R_ESCROW, R_INDEMNITY, PARTIAL(R_INDEMNITY) };

	(void)state;
	/* data: one red flag and one met of the same weight: 100 - 75. */
	items[0] = item_training(PRIORITY_SHOULD, 2);
	items[1] = item_simple("data.retention", "data", escrow_met, PRIORITY_SHOULD, 2);
	/* exit: met (must, 2x3) and missing (should 2): 100 - 25. */
	items[2] = item_simple("escrow", "exit", escrow_met, PRIORITY_MUST, 3);
	items[3] = item_simple("escrow2", "exit", never_found, PRIORITY_SHOULD, 2);
	/* liability: met; an item in an unknown area counts only overall. */
	items[4] = item_simple("indemnity", "liability", indemnity_met, PRIORITY_SHOULD, 1);
	items[5] = item_simple("ghost", "nowhere", never_found, PRIORITY_SHOULD, 1);
	set_items(&rs, items, 6);
	set_findings(&f, v, found, 4);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);

	assert_int_equal(r.nareas, 3);
	assert_string_equal(r.areas[0].area->id, "data");
	assert_int_equal(r.areas[0].score, 25);
	assert_int_equal(r.areas[0].red_flags, 1);
	assert_int_equal(r.areas[0].met, 1);
	assert_string_equal(r.areas[1].area->id, "exit");
	assert_int_equal(r.areas[1].score, 75);
	assert_int_equal(r.areas[1].met, 1);
	assert_int_equal(r.areas[1].missing, 1);
	assert_string_equal(r.areas[2].area->id, "liability");
	assert_int_equal(r.areas[2].score, 100);
	assert_int_equal(r.areas[2].met, 1);
	/* The met item's evidence is the unqualified finding only. */
	assert_int_equal(r.items[4].nevidence, 1);
	assert_int_equal(r.items[4].evidence[0], 2);

	assert_int_equal(r.met, 3);
	assert_int_equal(r.red_flags, 1);
	assert_int_equal(r.missing, 2);
	assert_int_equal(r.partial, 0);
	score_release(&r);
}

/* With no must-haves every item is essential. */
static void test_checklist_without_musts(void **state)
{
	struct checklist_item items[2];
	static const int both[] = { R_TRAIN_NO, R_ESCROW };
	static const int one[] = { R_TRAIN_NO };
	struct ruleset rs;
	char grade;

	(void)state;
	items[0] = item_training(PRIORITY_SHOULD, 1);
	items[1] = item_simple("escrow", "exit", escrow_met, PRIORITY_SHOULD, 1);
	set_items(&rs, items, 2);
	assert_int_equal(risk_for(&rs, both, 2, &grade), 0);
	assert_int_equal(risk_for(&rs, one, 1, &grade), 50);
	assert_int_equal(grade, 'C');
}

static void test_empty_checklist(void **state)
{
	struct findings f = { NULL, 0, 0 };
	struct score_report r;
	struct ruleset rs;

	(void)state;
	set_items(&rs, NULL, 0);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_int_equal(r.nitems, 0);
	assert_int_equal(r.nareas, 0);
	assert_int_equal(r.risk, 0);
	assert_int_equal(r.grade, 'A');
	score_release(&r);
	assert_null(r.items);
}

static void test_deterministic(void **state)
{
	struct checklist_item items[5];
	static const int found[] = {
		R_TRAIN_NO, R_TRAIN_YES, R_ESCROW, PARTIAL(R_INDEMNITY), R_OTHER, R_RETENTION,
	};
	struct finding v[MAXF];
	struct score_report a, b;
	struct findings f;
	struct ruleset rs;
	size_t i;

	(void)state;
	five_items(items, &rs);
	set_findings(&f, v, found, ARRAY_SIZE(found));
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &a);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &b);
	assert_int_equal(a.risk, b.risk);
	assert_int_equal(a.grade, b.grade);
	assert_int_equal(a.nitems, b.nitems);
	assert_int_equal(a.nareas, b.nareas);
	for (i = 0; i < a.nitems; i++) {
		assert_int_equal(a.items[i].status, b.items[i].status);
		assert_int_equal(a.items[i].nevidence, b.items[i].nevidence);
		if (a.items[i].nevidence)
			assert_memory_equal(a.items[i].evidence, b.items[i].evidence,
					    a.items[i].nevidence * sizeof(size_t));
	}
	assert_memory_equal(a.areas, b.areas, a.nareas * sizeof(*a.areas));
	/* And the findings were not touched. */
	assert_ptr_equal(f.v, v);
	assert_int_equal(f.n, ARRAY_SIZE(found));
	assert_int_equal(v[1].stance, STANCE_ADVERSE);
	score_release(&a);
	score_release(&b);
}

/* An entry naming one rule takes that rule's findings, not its type's. */
static void test_entry_naming_a_rule(void **state)
{
	static struct type_stance pooled_red[] = {
		{ "train-yes", NULL, STANCE_ADVERSE, &rules[R_TRAIN_YES] },
	};
	struct checklist_item items[1];
	struct finding v[1];
	struct findings f;
	struct ruleset rs;
	struct score_report r;
	static const int by_rule[] = { R_TRAIN_YES };
	static const int other_rule[] = { R_TRAIN_SAY };

	(void)state;
	items[0] = item_simple("no-pooling", "data", escrow_met, PRIORITY_SHOULD, 5);
	items[0].red_flags = pooled_red;
	items[0].nred_flags = 1;
	set_items(&rs, items, 1);
	set_findings(&f, v, by_rule, 1);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_int_equal(r.items[0].status, ITEM_RED_FLAG);
	score_release(&r);
	/* Another rule of the same type and stance does not count. */
	rules[R_TRAIN_SAY].stance = STANCE_ADVERSE;
	set_findings(&f, v, other_rule, 1);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	rules[R_TRAIN_SAY].stance = STANCE_NEUTRAL;
	assert_int_equal(r.items[0].status, ITEM_MISSING);
	score_release(&r);
}

/*
 * An entry with a qualifier's label takes only findings that label
 * decided; with "!" before the label, every finding but those.
 */
static void test_entry_with_a_qualifier_label(void **state)
{
	static struct type_stance mutual_met[] = {
		{ "data.training", NULL, STANCE_ADVERSE, NULL, "mutual" },
	};
	static struct type_stance not_mutual_met[] = {
		{ "data.training", NULL, STANCE_ADVERSE, NULL, "mutual", 1 },
	};
	static const struct {
		const char *label;
		enum item_status with, without;
	} cases[] = {
		{ NULL, ITEM_MISSING, ITEM_MET },
		{ "mutually", ITEM_MISSING, ITEM_MET },
		{ "mutual", ITEM_MET, ITEM_MISSING },
	};
	struct checklist_item items[2];
	struct finding v[1];
	struct findings f;
	struct ruleset rs;
	struct score_report r;
	static const int adverse[] = { R_TRAIN_YES };
	size_t i;

	(void)state;
	items[0] = item_simple("mutual-only", "data", mutual_met, PRIORITY_SHOULD, 5);
	items[1] = item_simple("not-mutual", "data", not_mutual_met, PRIORITY_SHOULD, 5);
	set_items(&rs, items, 2);
	set_findings(&f, v, adverse, 1);
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		v[0].qualifier = cases[i].label;
		score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
		assert_int_equal(r.items[0].status, cases[i].with);
		assert_int_equal(r.items[1].status, cases[i].without);
		score_release(&r);
	}
}

static void test_any_stance_matches_every_stance(void **state)
{
	static struct type_stance any_training[] = {
		{ "data.training", NULL, STANCE_ANY },
	};
	struct checklist_item items[1];
	struct finding v[1];
	struct findings f;
	struct ruleset rs;
	struct score_report r;
	static const int neutral[] = { R_TRAIN_SAY };

	(void)state;
	items[0] = item_simple("training-said", "data", any_training, PRIORITY_SHOULD, 5);
	set_items(&rs, items, 1);
	set_findings(&f, v, neutral, 1);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_int_equal(r.items[0].status, ITEM_MET);
	score_release(&r);
	set_findings(&f, v, NULL, 0);
	score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
	assert_int_equal(r.items[0].status, ITEM_MISSING);
	score_release(&r);
}

/*
 * met-needs: security measures alone, or breach notice alone, only partly
 * meets an item that needs both, and the result names what is short.
 */
static void test_met_needs_every_aspect(void **state)
{
	static struct type_stance security_met[] = {
		{ "data.security", NULL, STANCE_PROTECTIVE },
	};
	static struct type_stance security_red[] = {
		{ "data.security", NULL, STANCE_ADVERSE },
	};
	static const char *needs[] = { "measures", "breach-notice" };
	static const struct {
		const char *name;
		int findings[3];
		size_t n;
		enum item_status want;
		const char *short_of;
		int partly;
	} cases[] = {
		{ "both, in two sentences", { R_MEASURES, R_NOTICE }, 2, ITEM_MET, NULL, 0 },
		{ "measures alone", { R_OTHER, R_MEASURES }, 2, ITEM_PARTIAL, "breach-notice", 0 },
		{ "notice alone", { R_NOTICE }, 1, ITEM_PARTIAL, "measures", 0 },
		/* Found, but only in part: "measures only in part", not "no measures". */
		{ "measures only partly", { PARTIAL(R_MEASURES), R_NOTICE }, 2, ITEM_PARTIAL, "measures", 1 },
		{ "a red flag beats both", { R_MEASURES, R_NOTICE, R_INSECURE }, 3, ITEM_RED_FLAG, NULL, 0 },
		{ "nothing", { R_OTHER }, 1, ITEM_MISSING, NULL, 0 },
	};
	struct checklist_item item = {
		.id = "security", .area = "data", .title = "Security", .priority = PRIORITY_MUST,
		.weight = 5, .met = security_met, .nmet = 1,
		.red_flags = security_red, .nred_flags = 1,
		.met_needs = needs, .nmet_needs = ARRAY_SIZE(needs),
	};
	struct finding v[3];
	struct score_report r;
	struct findings f;
	struct ruleset rs;
	size_t c;

	(void)state;
	set_items(&rs, &item, 1);
	for (c = 0; c < ARRAY_SIZE(cases); c++) {
		set_findings(&f, v, cases[c].findings, cases[c].n);
		score_findings(&rs, &f, PERSPECTIVE_CUSTOMER, &r);
		if (r.items[0].status != cases[c].want)
			fail_msg("%s: status %s, want %s", cases[c].name,
				 item_status_name(r.items[0].status),
				 item_status_name(cases[c].want));
		if (cases[c].short_of)
			assert_string_equal(r.items[0].short_of, cases[c].short_of);
		else
			assert_null(r.items[0].short_of);
		if (r.items[0].short_partly != cases[c].partly)
			fail_msg("%s: short_partly %d, want %d", cases[c].name,
				 r.items[0].short_partly, cases[c].partly);
		score_release(&r);
	}
}

static void test_status_names(void **state)
{
	(void)state;
	assert_string_equal(item_status_name(ITEM_MET), "met");
	assert_string_equal(item_status_name(ITEM_PARTIAL), "partial");
	assert_string_equal(item_status_name(ITEM_MISSING), "missing");
	assert_string_equal(item_status_name(ITEM_RED_FLAG), "red-flag");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status_decisions),
		cmocka_unit_test(test_red_flag_unless_met),
		cmocka_unit_test(test_red_flag_unless_met_caps),
		cmocka_unit_test(test_partial_over_met),
		cmocka_unit_test(test_neutral_outread_by_adverse),
		cmocka_unit_test(test_match_by_resolved_type),
		cmocka_unit_test(test_weights_and_must_double),
		cmocka_unit_test(test_vendor_risk_is_what_is_conceded),
		cmocka_unit_test(test_policy),
		cmocka_unit_test(test_grade_cutoffs),
		cmocka_unit_test(test_every_must_met_is_an_a),
		cmocka_unit_test(test_no_a_without_every_must),
		cmocka_unit_test(test_flagged_must_is_d_at_best),
		cmocka_unit_test(test_nothing_found_is_worst),
		cmocka_unit_test(test_everything_flagged_caps_at_100),
		cmocka_unit_test(test_rounding_half_up),
		cmocka_unit_test(test_area_scores),
		cmocka_unit_test(test_checklist_without_musts),
		cmocka_unit_test(test_empty_checklist),
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_entry_with_a_qualifier_label),
		cmocka_unit_test(test_any_stance_matches_every_stance),
		cmocka_unit_test(test_entry_naming_a_rule),
		cmocka_unit_test(test_met_needs_every_aspect),
		cmocka_unit_test(test_status_names),
		cmocka_unit_test(test_red_flag_beside),
		cmocka_unit_test(test_partial_over_met_without),
		cmocka_unit_test(test_entry_with_several_conditions),
		cmocka_unit_test(test_beside_without_without),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

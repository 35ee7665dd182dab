#include <stdlib.h>
#include <string.h>

#include "score.h"
#include "xalloc.h"

/* How one finding bears on one item. */
enum bearing {
	BEARS_NOT,
	BEARS_RED_FLAG,
	BEARS_SOFTENED,      /* a red flag a qualifier marked partial */
	BEARS_MET,
	BEARS_RED_UNLESS_MET,
	BEARS_PARTIAL,
	/*
	 * partial-over-met: of no weight alone, or partial (its other
	 * list); beside a finding that meets the item, it makes it partial.
	 */
	BEARS_CAPS,
	BEARS_CAPS_PARTIAL,
	/*
	 * In red-flags-unless-met and partial-over-met both: alone it breaks
	 * the item, beside a finding that meets it it makes it partial ("you
	 * own the outputs" with "you grant us a licence to use them").
	 */
	BEARS_RED_UNLESS_MET_CAPS
};

static const char *rule_type_id(const struct rule *r)
{
	return r->type_id ? r->type_id : r->type ? r->type->id : NULL;
}

/*
 * Whether the entries read beside (or without) another hold in one
 * document, as judge_item asks of one item: asked once an entry, not once
 * for every finding of the entry's own type (hundreds of licence grants
 * in a long licence agreement, each looking through every finding).
 */
#define BESIDE_MEMO 16

struct beside_memo {
	const struct findings *doc;
	const struct type_stance *entry[BESIDE_MEMO];
	unsigned char holds[BESIDE_MEMO];
	size_t n;
};

static int beside_holds(struct beside_memo *m, const struct type_stance *ts);

/* Whether entry ts names finding f, of clause type type_id, stance and label aside. */
static int entry_names(const struct type_stance *ts, const struct finding *f, const char *type_id)
{
	const char *id;

	/*
	 * Resolved by ruleset_compile, an entry points at its rule or type:
	 * one comparison per pair instead of strcmp, for every finding
	 * against every item.
	 */
	if (ts->rule)
		return ts->rule == f->rule;
	if (ts->type && f->rule->type)
		return ts->type == f->rule->type;
	/*
	 * Not resolved (a hand-built set, not compiled): the id names a
	 * clause type or a rule, and either takes the finding.
	 */
	id = ts->type_id ? ts->type_id : ts->type ? ts->type->id : NULL;
	return id && (strcmp(id, type_id) == 0 || strcmp(id, f->rule->id) == 0);
}

/*
 * Whether finding f, of clause type type_id, is one of the n entries ts;
 * `memo`, what is known of the document, for an entry read beside another
 * or without it (NULL: no such entry holds).  The condition is asked last,
 * of an entry that names the finding.
 */
static int pair_matches(const struct type_stance *ts, size_t n, const struct finding *f,
		const char *type_id, struct beside_memo *memo)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((ts[i].stance == f->stance || ts[i].stance == STANCE_ANY) &&
		    type_stance_label_holds(&ts[i], f->qualifier) && entry_names(&ts[i], f, type_id) &&
		    (!ts[i].beside || (memo && beside_holds(memo, &ts[i]))))
			return 1;
	return 0;
}

/* Whether any finding of doc is the one entry ts names. */
static int has_finding(const struct findings *doc, const struct type_stance *ts)
{
	size_t i;

	for (i = 0; i < doc->n; i++) {
		const char *type_id = rule_type_id(doc->v[i].rule);

		if (type_id && pair_matches(ts, 1, &doc->v[i], type_id, NULL))
			return 1;
	}
	return 0;
}

/* Whether every condition of entry ts holds in the document. */
static int beside_holds(struct beside_memo *m, const struct type_stance *ts)
{
	size_t i;
	unsigned k;
	int holds;

	for (i = 0; i < m->n; i++)
		if (m->entry[i] == ts)
			return m->holds[i];
	holds = 1;
	for (k = 0; k < ts->nbeside && holds; k++)
		holds = has_finding(m->doc, &ts->beside[k]) != (int)((ts->beside_not >> k) & 1);
	if (m->n < BESIDE_MEMO) {
		m->entry[m->n] = ts;
		m->holds[m->n++] = (unsigned char)holds;
	}
	return holds;
}

/* How f bears on it by the lists other than partial-over-met. */
static enum bearing listed_bearing(const struct checklist_item *it,
		struct beside_memo *memo, const struct finding *f, const char *type_id)
{
	/*
	 * A qualifier that says a clause only partly does what its rule
	 * says softens a red flag as it does a protection: "may assign, but
	 * only with the business" or "may train, but only on de-identified
	 * data" is half the harm.
	 */
	if (pair_matches(it->red_flags, it->nred_flags, f, type_id, memo))
		return f->partial ? BEARS_SOFTENED : BEARS_RED_FLAG;
	if (pair_matches(it->met, it->nmet, f, type_id, memo))
		return f->partial ? BEARS_PARTIAL : BEARS_MET;
	if (pair_matches(it->red_flags_unless_met, it->nred_flags_unless_met, f, type_id, memo))
		return f->partial ? BEARS_PARTIAL : BEARS_RED_UNLESS_MET;
	if (pair_matches(it->partial, it->npartial, f, type_id, memo))
		return f->red_flag ? BEARS_RED_FLAG : BEARS_PARTIAL;
	return BEARS_NOT;
}

static enum bearing bearing_of(const struct checklist_item *it,
		struct beside_memo *memo, const struct finding *f)
{
	const char *type_id = rule_type_id(f->rule);
	enum bearing b;

	if (!type_id)
		return BEARS_NOT;
	b = listed_bearing(it, memo, f, type_id);
	/* Of no weight, partial or red unless met: partial-over-met may cap a met item. */
	if ((b == BEARS_NOT || b == BEARS_PARTIAL || b == BEARS_RED_UNLESS_MET) &&
	    pair_matches(it->partial_over_met, it->npartial_over_met, f, type_id, memo))
		return b == BEARS_NOT ? BEARS_CAPS :
		       b == BEARS_PARTIAL ? BEARS_CAPS_PARTIAL : BEARS_RED_UNLESS_MET_CAPS;
	return b;
}

/*
 * A neutral finding in the same paragraph as an adverse one of its type:
 * the adverse rule read the clause more closely ("Licensor may audit
 * Licensee's books" is an audit right, but not the customer's), so the
 * neutral reading must not earn the item partial credit.
 */
static int outread_by_adverse(const struct findings *f, size_t i)
{
	const struct finding *n = &f->v[i];
	const char *type_id = rule_type_id(n->rule);
	size_t j;

	for (j = 0; j < f->n; j++) {
		const struct finding *a = &f->v[j];
		const char *id;

		if (a->stance != STANCE_ADVERSE || a->para != n->para)
			continue;
		id = rule_type_id(a->rule);
		if (id && type_id && strcmp(id, type_id) == 0)
			return 1;
	}
	return 0;
}

/*
 * Sets res->short_of to the first of the item's met-needs aspects that no
 * finding meeting it covers, or NULL: "security measures and breach
 * notice" is not met by measures alone.  A finding of that aspect which
 * bears on the item only in part sets res->short_partly.
 */
static void aspect_short(const struct checklist_item *it,
		const struct findings *f, const enum bearing *bearing,
		struct item_result *res)
{
	size_t a, i;

	for (a = 0; a < it->nmet_needs; a++) {
		int partly = 0;

		for (i = 0; i < f->n; i++) {
			if (!f->v[i].rule->aspect ||
			    strcmp(f->v[i].rule->aspect, it->met_needs[a]) != 0)
				continue;
			if (bearing[i] == BEARS_MET)
				break;
			partly |= bearing[i] == BEARS_PARTIAL || bearing[i] == BEARS_CAPS_PARTIAL;
		}
		if (i == f->n) {
			res->short_of = it->met_needs[a];
			res->short_partly = partly;
			return;
		}
	}
}

/*
 * Judges one item against every finding.  `bearing` is scratch space for
 * f->n entries: the evidence is picked from what the count saw, without
 * asking bearing_of() twice.
 */
static void judge_item(const struct checklist_item *it,
		const struct findings *f, enum bearing *bearing,
		struct item_result *res)
{
	size_t count[BEARS_RED_UNLESS_MET_CAPS + 1] = { 0 };
	enum bearing decisive, also = BEARS_NOT, also2 = BEARS_NOT;
	size_t i, met_in_part = 0;
	int capped = 0;
	struct beside_memo memo;

	memo.doc = f;
	memo.n = 0;
	for (i = 0; i < f->n; i++) {
		bearing[i] = bearing_of(it, &memo, &f->v[i]);
		/* Out-read, a neutral partial keeps only its partial-over-met part. */
		if ((bearing[i] == BEARS_PARTIAL || bearing[i] == BEARS_CAPS_PARTIAL) &&
		    f->v[i].stance == STANCE_NEUTRAL && !f->v[i].partial && outread_by_adverse(f, i))
			bearing[i] = bearing[i] == BEARS_PARTIAL ? BEARS_NOT : BEARS_CAPS;
		count[bearing[i]]++;
		/*
		 * A protection a qualifier marked partial ("you own the
		 * outputs, save those made with the Platform's templates") is
		 * something that meets the item: a clause listed to break it
		 * only where nothing does leaves it partial.  Not a clause
		 * listed as the fallback: "as is" beside a warranty of care
		 * alone still breaks the warranty item.
		 */
		if ((bearing[i] == BEARS_PARTIAL || bearing[i] == BEARS_CAPS_PARTIAL) &&
		    f->v[i].partial &&
		    pair_matches(it->met, it->nmet, &f->v[i], rule_type_id(f->v[i].rule), &memo))
			met_in_part++;
	}

	res->item = it;
	if (count[BEARS_RED_FLAG]) {
		res->status = ITEM_RED_FLAG;
		decisive = BEARS_RED_FLAG;
	} else if (count[BEARS_SOFTENED]) {
		/*
		 * Half the harm is still harm: a protection elsewhere does not
		 * make the item met while a clause takes part of it away.
		 */
		res->status = ITEM_PARTIAL;
		decisive = BEARS_SOFTENED;
	} else if (count[BEARS_MET] && (count[BEARS_CAPS] || count[BEARS_CAPS_PARTIAL] ||
					count[BEARS_RED_UNLESS_MET_CAPS])) {
		/*
		 * Met, but a clause keeps it short of what the item asks ("either
		 * party may terminate for convenience" beside a right to end the
		 * contract only for breach): that clause is the evidence.
		 */
		res->status = ITEM_PARTIAL;
		decisive = BEARS_CAPS;
		also = BEARS_CAPS_PARTIAL;
		also2 = BEARS_RED_UNLESS_MET_CAPS;
		capped = 1;
	} else if (count[BEARS_MET]) {
		/* Met in part: the evidence is what was found. */
		aspect_short(it, f, bearing, res);
		res->status = res->short_of ? ITEM_PARTIAL : ITEM_MET;
		decisive = BEARS_MET;
	} else if ((count[BEARS_RED_UNLESS_MET] || count[BEARS_RED_UNLESS_MET_CAPS]) &&
		   !met_in_part) {
		res->status = ITEM_RED_FLAG;
		decisive = BEARS_RED_UNLESS_MET;
		also = BEARS_RED_UNLESS_MET_CAPS;
	} else if (count[BEARS_PARTIAL] || count[BEARS_CAPS_PARTIAL]) {
		res->status = ITEM_PARTIAL;
		decisive = BEARS_PARTIAL;
		also = BEARS_CAPS_PARTIAL;
	} else {
		res->status = ITEM_MISSING;
		return;
	}
	res->evidence = xreallocarray(NULL, count[decisive] + (also ? count[also] : 0) +
				      (also2 ? count[also2] : 0), sizeof(*res->evidence));
	for (i = 0; i < f->n; i++)
		if (bearing[i] == decisive || (also && bearing[i] == also) ||
		    (also2 && bearing[i] == also2))
			res->evidence[res->nevidence++] = i;
	/*
	 * What it keeps short is only half the story: a reader shown the
	 * training clause under "customer keeps ownership" must also see
	 * where ownership was found.
	 */
	if (!capped)
		return;
	res->met_by = xreallocarray(NULL, count[BEARS_MET], sizeof(*res->met_by));
	for (i = 0; i < f->n; i++)
		if (bearing[i] == BEARS_MET)
			res->met_by[res->nmet_by++] = i;
}

/*
 * The loader keeps weights in 1..10; a hand-built 0 counts as 1 rather than
 * make an item vanish from the score.
 */
unsigned long score_item_weight(const struct checklist_item *it)
{
	unsigned long w = it->weight ? it->weight : 1;

	return it->priority == PRIORITY_MUST ? 2 * w : w;
}

/* An item's risk in halves, so that all the arithmetic stays integer. */
static unsigned long long half_risk(enum item_status s)
{
	switch (s) {
	case ITEM_MET:      return 0;
	case ITEM_PARTIAL:  return 1;
	case ITEM_MISSING:  return 2;
	case ITEM_RED_FLAG: return 3;
	}
	return 2;
}

/* What an item gives the customer, in halves: the vendor's risk. */
static unsigned long long half_concession(enum item_status s)
{
	switch (s) {
	case ITEM_MET:      return 2;
	case ITEM_PARTIAL:  return 1;
	case ITEM_MISSING:
	case ITEM_RED_FLAG: break;
	}
	return 0;
}

struct tally {
	unsigned long long risk;      /* sum of weight * the side's risk in halves */
	unsigned long long weight;    /* sum of weight */
};

static void tally_add(struct tally *t, const struct item_result *res, enum perspective as)
{
	unsigned long long w = score_item_weight(res->item);

	t->risk += w * (as == PERSPECTIVE_VENDOR ? half_concession(res->status) :
			half_risk(res->status));
	t->weight += w;
}

/* The weighted mean risk as a percentage, rounded half up; may exceed 100. */
static unsigned long long tally_percent(const struct tally *t)
{
	unsigned long long den = 2 * t->weight;

	if (!den)
		return 0;
	return (100 * t->risk + den / 2) / den;
}

static int is_essential(const struct checklist_item *it, int have_musts)
{
	return !have_musts || it->priority == PRIORITY_MUST;
}

/* The vendor's risk: how much of the checklist the contract concedes. */
static unsigned vendor_risk(const struct score_report *r)
{
	struct tally all = { 0, 0 };
	size_t i;

	for (i = 0; i < r->nitems; i++)
		tally_add(&all, &r->items[i], PERSPECTIVE_VENDOR);
	return (unsigned)tally_percent(&all);
}

static unsigned overall_risk(const struct score_report *r)
{
	struct tally all = { 0, 0 }, others = { 0, 0 };
	int have_musts = 0, essentials_met = 1, essential_flagged = 0;
	unsigned long long risk;
	size_t i;

	if (r->as == PERSPECTIVE_VENDOR)
		return vendor_risk(r);
	for (i = 0; i < r->nitems; i++)
		if (r->items[i].item->priority == PRIORITY_MUST)
			have_musts = 1;
	for (i = 0; i < r->nitems; i++) {
		const struct item_result *res = &r->items[i];

		tally_add(&all, res, r->as);
		if (!is_essential(res->item, have_musts)) {
			tally_add(&others, res, r->as);
			continue;
		}
		if (res->status != ITEM_MET)
			essentials_met = 0;
		if (res->status == ITEM_RED_FLAG)
			essential_flagged = 1;
	}

	if (essentials_met && !r->red_flags) {
		if (!others.weight)
			return 0;
		return (unsigned)((SCORE_GRADE_B_MIN - 1) * others.risk /
				  (2 * others.weight));
	}
	risk = tally_percent(&all);
	if (risk > 100)
		risk = 100;
	if (risk < SCORE_GRADE_B_MIN)
		risk = SCORE_GRADE_B_MIN;
	if (essential_flagged && risk < SCORE_GRADE_D_MIN)
		risk = SCORE_GRADE_D_MIN;
	return (unsigned)risk;
}

static void count_status(enum item_status s, size_t *met, size_t *partial,
		size_t *missing, size_t *red_flags)
{
	switch (s) {
	case ITEM_MET:      (*met)++; break;
	case ITEM_PARTIAL:  (*partial)++; break;
	case ITEM_MISSING:  (*missing)++; break;
	case ITEM_RED_FLAG: (*red_flags)++; break;
	}
}

static void score_areas(const struct ruleset *rs, struct score_report *r)
{
	size_t a, i;

	r->areas = xcalloc(rs->nareas ? rs->nareas : 1, sizeof(*r->areas));
	for (a = 0; a < rs->nareas; a++) {
		struct area_result *ar = &r->areas[r->nareas];
		struct tally t = { 0, 0 };
		unsigned long long pct;

		for (i = 0; i < r->nitems; i++) {
			const struct item_result *res = &r->items[i];

			if (!res->item->area || strcmp(res->item->area, rs->areas[a].id))
				continue;
			tally_add(&t, res, r->as);
			count_status(res->status, &ar->met, &ar->partial,
				     &ar->missing, &ar->red_flags);
		}
		if (!t.weight)
			continue;
		pct = tally_percent(&t);
		ar->area = &rs->areas[a];
		ar->score = pct >= 100 ? 0 : (unsigned)(100 - pct);
		r->nareas++;
	}
}

void score_findings(const struct ruleset *rs, const struct findings *f,
		enum perspective as, struct score_report *out)
{
	enum bearing *bearing;
	size_t i;

	memset(out, 0, sizeof(*out));
	out->as = as;
	out->items = xcalloc(rs->nitems ? rs->nitems : 1, sizeof(*out->items));
	out->nitems = rs->nitems;
	bearing = xreallocarray(NULL, f->n ? f->n : 1, sizeof(*bearing));
	for (i = 0; i < rs->nitems; i++) {
		judge_item(&rs->items[i], f, bearing, &out->items[i]);
		count_status(out->items[i].status, &out->met, &out->partial,
			     &out->missing, &out->red_flags);
	}
	free(bearing);
	score_areas(rs, out);
	out->risk = overall_risk(out);
	out->grade = score_grade(out->risk);
}

void score_release(struct score_report *r)
{
	size_t i;

	for (i = 0; i < r->nitems; i++) {
		free(r->items[i].evidence);
		free(r->items[i].met_by);
	}
	free(r->items);
	free(r->areas);
	memset(r, 0, sizeof(*r));
}

const char *item_status_name(enum item_status s)
{
	switch (s) {
	case ITEM_MET:      return "met";
	case ITEM_PARTIAL:  return "partial";
	case ITEM_MISSING:  return "missing";
	case ITEM_RED_FLAG: return "red-flag";
	}
	return "missing";
}

char score_grade(unsigned risk)
{
	if (risk < SCORE_GRADE_B_MIN)
		return 'A';
	if (risk < SCORE_GRADE_C_MIN)
		return 'B';
	if (risk < SCORE_GRADE_D_MIN)
		return 'C';
	if (risk < SCORE_GRADE_F_MIN)
		return 'D';
	return 'F';
}

/* Names in a --fail-on message: enough to find them in the report. */
#define POLICY_IDS_SHOWN 3

/*
 * Appends " (id, id, ...)": the unwaived red flags (red_flags) or the
 * unwaived must-haves short of met, the first POLICY_IDS_SHOWN of them.
 */
static void add_failing_ids(struct buf *why, const struct score_report *r, int red_flags)
{
	size_t i, shown = 0;

	for (i = 0; i < r->nitems; i++) {
		const struct item_result *res = &r->items[i];

		if (res->waived || (red_flags ? res->status != ITEM_RED_FLAG :
				    res->item->priority != PRIORITY_MUST || res->status == ITEM_MET))
			continue;
		if (shown == POLICY_IDS_SHOWN) {
			buf_addstr(why, ", ...");
			break;
		}
		buf_addstr(why, shown++ ? ", " : " (");
		buf_addstr(why, res->item->id);
	}
	if (shown)
		buf_addch(why, ')');
}

int score_policy_fails(const struct score_policy *p, const struct score_report *r,
		struct buf *why)
{
	size_t i, short_of = 0, flagged = 0;
	const char *sep = "";
	int fails = 0;

	for (i = 0; i < r->nitems; i++) {
		const struct item_result *res = &r->items[i];

		if (res->waived)
			continue;
		short_of += res->item->priority == PRIORITY_MUST && res->status != ITEM_MET;
		flagged += res->status == ITEM_RED_FLAG;
	}
	if (p->red_flag && flagged) {
		fails = 1;
		if (why) {
			buf_addf(why, "%zu red flag%s", flagged, flagged == 1 ? "" : "s");
			add_failing_ids(why, r, 1);
		}
		sep = "; ";
	}
	if (p->must && short_of) {
		fails = 1;
		if (why) {
			buf_addf(why, "%s%zu must-have item%s not met", sep, short_of,
				 short_of == 1 ? "" : "s");
			add_failing_ids(why, r, 0);
		}
		sep = "; ";
	}
	/* Grades are letters in order of risk, 'F' past 'D' (score_grade). */
	if (p->grade && r->grade >= p->grade) {
		fails = 1;
		if (why)
			buf_addf(why, "%sgrade %c", sep, r->grade);
	}
	return fails;
}

/*
 * score: findings against the checklist, a pure function.
 *
 * No I/O, no globals, no document text: the same findings and rule set give
 * the same score report, byte for byte.
 *
 * Item status, per checklist item, from the findings whose (clause type,
 * stance) the item names, the first that applies:
 *   red flag   a finding of one of the item's red-flag pairs that no
 *              qualifier marked partial, or a `partial` finding a
 *              qualifier marked as a red flag (a customer indemnity for
 *              "any use of the Services");
 *   partly met a red-flag finding marked partial by a qualifier ("may
 *              train, but only on de-identified data"): half the harm is
 *              still harm, whatever protection the contract gives besides;
 *   met        a `met` finding that no qualifier marked partial;
 *   red flag   a `red-flags-unless-met` finding that no qualifier marked
 *              partial ("as is", and no warranty anywhere);
 *   partly met a `partial` finding, or a `met` finding marked partial by a
 *              qualifier ("except as needed to improve ...");
 *   missing    none of these.
 * A missing item is no evidence of anything: it says the rules found no
 * clause, which a reader must check by hand.  The evidence of an item is the
 * findings that decided its status: the red-flag ones for a red flag, the
 * met ones for met, the partial ones for partly met; none when missing.
 *
 * Weights: an item counts its weight, doubled for a must-have.  An item's
 * risk is 0 when met, 1/2 when partly met, 1 when missing and 3/2 when
 * flagged: a clause that gives a protection away is worse than silence.
 *
 * The overall risk (0..100, higher is worse) answers a buyer's questions in
 * order.  The "essentials" are the must-have items (every item, when the
 * checklist has no must-haves).
 *   - Every essential met and nothing flagged: risk 0..19, grade A.  Within
 *     the band the number is how much of the should-haves is missing:
 *     19 * (weighted risk of the other items), rounded down.
 *   - Otherwise the weighted mean of the item risks, as a percentage
 *     rounded half up and capped at 100, but never below 20: without every
 *     essential there is no A, however long the rest of the list.
 *   - An essential flagged: never below 60 (grade D or F): signing as is
 *     gives a core protection away.
 * Everything missing or flagged gives 100.  An empty checklist gives 0.
 *
 * Grades (score_grade): A 0-19, B 20-39, C 40-59, D 60-79, F 80-100.
 *
 * Each area with items gets a 0..100 protection score, higher is better:
 * 100 minus its items' weighted mean risk, rounded half up and not below 0,
 * so a red flag in an area also eats into a protection met beside it.
 *
 * The checklist is the buyer's list of protections whichever side reads
 * the report, so item statuses never depend on the perspective: a clause
 * that lets the vendor train on the customer's data breaks "no training on
 * customer data" for both.  What the vendor's side changes is what counts
 * as risk (PERSPECTIVE_VENDOR): the protections the contract gives the
 * customer.  An item's concession is 1 when met, 1/2 when partly met and 0
 * when missing or flagged (a protection the contract withholds costs the
 * vendor nothing); the overall risk is the weighted mean concession as a
 * percentage, rounded half up, and an area's score is 100 minus its own.
 * The grades use the same bands.
 */
#ifndef AICLAUSE_SCORE_H
#define AICLAUSE_SCORE_H

#include <stddef.h>

#include "buf.h"
#include "engine.h"
#include "rules.h"

/* Whose risk the score and the reports speak of: --as customer or vendor. */
enum perspective {
	PERSPECTIVE_CUSTOMER,  /* the default: the buyer's */
	PERSPECTIVE_VENDOR
};

enum item_status {
	ITEM_MET,
	ITEM_PARTIAL,
	ITEM_MISSING,
	ITEM_RED_FLAG
};

struct item_result {
	const struct checklist_item *item;
	enum item_status status;
	size_t *evidence;          /* indices into the findings, ascending */
	size_t nevidence;
	/*
	 * For an item met but kept short of it by a clause (partial-over-met:
	 * "you own your data" beside "we may train on it"), the findings that
	 * meet it, ascending; the evidence is then the clauses that keep it
	 * short.  NULL and 0 for every other item.  Owned by the report.
	 */
	size_t *met_by;
	size_t nmet_by;
	/*
	 * The first aspect of the item's met-needs no finding covered, which
	 * made a met item partial ("breach-notice"), or NULL.
	 */
	const char *short_of;
	/*
	 * 1 when a clause of the short_of aspect was found but meets the item
	 * only in part ("measures" promised "where practicable"), 0 when none
	 * was found: the reports say "measures only in part", not "no
	 * measures found".
	 */
	int short_partly;
	/*
	 * Why a reviewer accepted this item as it is (waiver.h), or NULL.  Set
	 * by the caller after scoring; the score ignores it, the CI gate
	 * (score_policy_fails) and the CI formats honour it.
	 */
	const char *waived;
};

struct area_result {
	const struct area *area;
	unsigned score;            /* 0..100, protection of the side scored: higher is better */
	size_t met, partial, missing, red_flags;
};

struct score_report {
	struct item_result *items;     /* in checklist order */
	size_t nitems;
	struct area_result *areas;     /* in area order; areas with items only */
	size_t nareas;
	enum perspective as;           /* the side risk, grade and area scores are for */
	unsigned risk;                 /* 0..100, higher is worse */
	char grade;                    /* 'A' .. 'F' */
	size_t met, partial, missing, red_flags;
};

/*
 * Fills `out` (which the caller releases with score_release).  Findings are
 * matched to items by clause-type or rule id, so a hand-built rule set need
 * not be compiled.  Items whose area is not among rs->areas count towards the
 * overall risk but have no area score.
 */
void score_findings(const struct ruleset *rs, const struct findings *f,
		enum perspective as, struct score_report *out);
void score_release(struct score_report *r);

/*
 * What a review must not show (--fail-on), for CI: any red flag, any
 * must-have item short of met (missing, partly met or flagged), or a grade
 * at or past `grade` ('A'..'F'; 0 asks nothing).  The first two judge the
 * buyer's checklist and so mean the same on either side; the grade is the
 * report's, the vendor's with --as vendor.
 */
struct score_policy {
	int red_flag;
	int must;
	char grade;
};

/*
 * Whether r breaks policy p; when it does and `why` is not NULL, appends
 * each reason ("2 red flags (escrow-with-release-triggers, not-api-only)",
 * "3 must-have items not met (...)", "grade D"), "; "-separated, naming
 * the first three items of each.  Waived items count for neither red flags nor must-haves;
 * the grade stays what the score says.
 */
int score_policy_fails(const struct score_policy *p, const struct score_report *r,
		struct buf *why);

const char *item_status_name(enum item_status s);   /* "met", "partial", ... */
char score_grade(unsigned risk);
/* The weight an item counts with: its own, doubled for a must-have. */
unsigned long score_item_weight(const struct checklist_item *it);

/* The grade bands' lower bounds: risk >= SCORE_GRADE_B_MIN is no A, etc. */
#define SCORE_GRADE_B_MIN 20
#define SCORE_GRADE_C_MIN 40
#define SCORE_GRADE_D_MIN 60
#define SCORE_GRADE_F_MIN 80

#endif

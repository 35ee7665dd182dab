/*
 * score: findings against the checklist, a pure function.
 *
 * No I/O, no globals, no document text: the same findings and rule set give
 * the same score report, byte for byte.
 *
 * Item status, per checklist item:
 *   red flag   a finding of one of the item's red-flag (type, stance) pairs;
 *   met        otherwise, a `met` finding that no qualifier marked partial;
 *   partly met otherwise, a `partial` finding or a `met` finding marked
 *              partial by a qualifier ("except as needed to improve ...");
 *   missing    none of these.
 * A missing item is no evidence of anything: it says the rules found no
 * clause, which a reader must check by hand.
 *
 * Scores: each item carries its weight (must-have items count double); an
 * item's risk is 0 when met, 1/2 when partly met, 1 when missing and 1 plus
 * a red-flag surcharge when flagged.  The overall risk score is 0..100
 * (higher is worse), the grade A..F follows from it, and each area gets a
 * 0..100 protection score (higher is better).
 */
#ifndef AICLAUSE_SCORE_H
#define AICLAUSE_SCORE_H

#include <stddef.h>

#include "engine.h"
#include "rules.h"

enum item_status {
	ITEM_MET,
	ITEM_PARTIAL,
	ITEM_MISSING,
	ITEM_RED_FLAG
};

struct item_result {
	const struct checklist_item *item;
	enum item_status status;
	size_t *evidence;          /* indices into the findings, by position */
	size_t nevidence;
};

struct area_result {
	const struct area *area;
	unsigned score;            /* 0..100, protection: higher is better */
	size_t met, partial, missing, red_flags;
};

struct score_report {
	struct item_result *items;     /* in checklist order */
	size_t nitems;
	struct area_result *areas;     /* in area order; areas with items only */
	size_t nareas;
	unsigned risk;                 /* 0..100, higher is worse */
	char grade;                    /* 'A' .. 'F' */
	size_t met, partial, missing, red_flags;
};

/* Fills `out` (which the caller releases with score_release). */
void score_findings(const struct ruleset *rs, const struct findings *f,
		struct score_report *out);
void score_release(struct score_report *r);

const char *item_status_name(enum item_status s);   /* "met", "partial", ... */
char score_grade(unsigned risk);

#endif

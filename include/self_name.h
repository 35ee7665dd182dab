/*
 * self_name: what a contract calls itself, read as "Agreement".
 *
 * Rules speak of "this Agreement"; a subcontract says "this Subcontract",
 * a statement of work "this SOW", a deed "this Deed", an order form "this
 * Order Form".  self_name_subst reads the names the preamble gives the
 * document after "this" ("This Subcontract is made ...", "This Statement
 * of Work ... terms used in this SOW"), takes the one the body uses most
 * after "this", at least twice and more often than "this Agreement", and
 * puts "Agreement" for it after "this" and "the" throughout, so that
 * "This Subcontract may not be amended except in writing" reads as the
 * rules know it.  A name is whole: "Order" is not "Order Form", nor
 * "Contract" "the Contract Price", nor "Deed" "this Deed of Variation".
 * A clause in capitals names it in capitals ("THIS SUBCONTRACT"), and is
 * read so.
 *
 * Not an amendment or an addendum: "this Amendment" is a change to
 * another agreement, and what it says of itself ("this Amendment takes
 * effect ...") is not what the agreement says.  Not a name followed by
 * "Agreement" ("this Subcontract Agreement" already says it), nor a name
 * in the plural ("these Terms": the rules read those words already).
 */
#ifndef AICLAUSE_SELF_NAME_H
#define AICLAUSE_SELF_NAME_H

#include "document.h"
#include "roles.h"

/*
 * Only the first SELF_NAME_PREAMBLE bytes are read for the name: a
 * document names itself in its title or its first sentence, and reading
 * all of it for a name would cost every contract what few need.
 */
#define SELF_NAME_PREAMBLE 3000

/*
 * Appends to r->subst (unsorted; roles_find sorts them and keeps the
 * first and longest) a substitution of "Agreement" for each use of the
 * document's own name after "this" or "the".  Adds nothing where the
 * preamble gives no such name or the body says "this Agreement" as often.
 */
void self_name_subst(struct roles *r, const struct document *doc);

#endif

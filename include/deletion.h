/*
 * deletion: clauses a document strikes out in its own words.
 *
 * A cover page or order form often changes the standard terms that follow
 * it: "Section 1.6 (Machine Learning) of the Cloud Service Agreement
 * Standard Terms is deleted in its entirety."  The struck clause is still
 * printed below, word for word, but it is no term of the agreement, and
 * read as one it can say the opposite of the deal.  deletion_find lists
 * such clauses so that the engine reads them no more than an unticked
 * option.
 *
 * Amendments say the same of the agreement they amend ("Section 6.5 of
 * the Agreement is hereby deleted and replaced with the following: 6.5
 * ..."), whose numbers need not be this document's.  So a deletion counts
 * only when
 *  - it names the clause by number and by its title in brackets, and
 *    exactly one clause of this document opens with that number and title;
 *    or it names clauses by number alone ("Clauses 4.3 and 4.4 of this
 *    Schedule do not apply."), opening its sentence after at most a
 *    lead-in ending in a colon ("Special Conditions:") and naming no other
 *    document ("of the Master Agreement"), and exactly one clause of the
 *    part of the document it is in (xref_names) has each number: a
 *    condition ("If Customer buys the Basic Plan, Section 5 does not
 *    apply") is no deletion;
 *  - it deletes outright ("is deleted", "is struck", "is deleted in its
 *    entirety", "does not apply") and the sentence ends there: a clause
 *    "deleted and replaced" may be restated under its own number below;
 *  - the sentence that says so is not inside the clause it deletes;
 *  - by number alone, it is not a clause of the body that, after an
 *    operative sentence of its own, says another clause of the same
 *    numbered run "does not apply" ("(1) The Contractor shall indemnify
 *    ... . Section 14(1) does not apply."): that keeps the cap of 14(1)
 *    from its indemnity and strikes nothing.
 * By number alone, a clause is deleted too where it does not apply "to
 * this Order Form" (or Amendment, Agreement: the deal; "to this Schedule"
 * or "to Beta Services" is a scope), after a lead-in that says from when
 * ("With effect from the Amendment Effective Date, Section 7.1 ... is
 * deleted"), and where a clause of another document printed here is
 * "deleted and replaced with" or "replaced in its entirety by" new text.
 * That other document may also be printed above the order form that
 * names it, where the numbering starts again between them.  A name the
 * document defines as a document kept online ("the terms available at
 * https://... (the "Terms")"), and not attached, is never printed here:
 * a printed title with its words ("SUPPORT TERMS") is another document's.
 *
 * The other document may be printed as an annex of this one, its heading
 * a label and its title ("SCHEDULE 1 - MASTER SUBSCRIPTION TERMS"), its
 * clauses cited under it ("SCHEDULE 1, 13.4"), and named by its title's
 * words or their initials ("the MST"): "Section 13.4 of the MST" is then
 * that annex's 13.4.
 *
 * A rider's sentence that opens "Notwithstanding Section 5.3 of the
 * Terms," does not delete 5.3: the clause gives way to it only where the
 * two conflict.  It is listed with gives_way set, found as a deletion of
 * another document's clause by number is (that document printed here, its
 * one clause of that number), and read by the rules like any other; the
 * engine then sets aside the findings of the clause that the sentence's
 * own findings contradict.  Within one document ("Notwithstanding Section
 * 10.1, liability for fraud is unlimited") the sentence more often carves
 * a case out of the clause than overrides it, and nothing gives way.  Nor
 * where the rider narrows itself to a time, a kind of data, some models or
 * a case ("during the Pilot Period", "Customer Personal Data", "made
 * available to other customers", "unless"): it overrides part of the
 * clause at most, and no rule tells which, so the clause stands whole.
 * The engine never sets aside a liability clause's findings: there the
 * sentence carves a case out of a cap or an indemnity that still stands.
 * A lead-in that names a date an event sets ("With effect from the
 * Termination Effective Date,") is no date of the deal's own, and a
 * deletion followed by "; however, ..." or "; it continues to apply to
 * ..." keeps part of the clause: neither deletes.
 */
#ifndef AICLAUSE_DELETION_H
#define AICLAUSE_DELETION_H

#include <stddef.h>

#include "document.h"

struct deleted_clause {
	size_t by;           /* the sentence that deletes it (doc->sents) */
	size_t first, end;   /* its paragraphs: doc->paras[first .. end) */
	int gives_way;       /* not deleted: it gives way to `by` ("Notwithstanding ...") */
};

/*
 * Sentences that may delete a clause (their words say so: "is deleted",
 * "does not apply", "Notwithstanding Section") read per document.  Each
 * one read looks its clauses up in every paragraph, so a hostile text of
 * thousands ("1. Clause 1 is deleted." repeated 20,000 times took minutes)
 * would take time in their product.  The most in a contract of CUAD, the
 * AI terms, the DOCX forms or the audit sets is 15; a sentence past the
 * limit is not read as a deletion, and the report's warning says how many
 * were left unread.
 */
#define DELETION_SENTENCES_MAX 256

/*
 * Appends to *out (grown with ALLOC_GROW; *n entries, *alloc allocated;
 * the caller frees *out) every clause `doc` deletes or makes give way, in
 * the order of the sentences that say so, and
 * returns how many it appended.  *unread is set to how many sentences
 * past DELETION_SENTENCES_MAX were not read.  Reads doc only; allocates nothing else
 * that outlives the call.
 */
size_t deletion_find(const struct document *doc, struct deleted_clause **out,
		     size_t *n, size_t *alloc, size_t *unread);

#endif

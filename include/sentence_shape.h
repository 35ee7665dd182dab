/*
 * sentence_shape: what a sentence of the matching view is as text, before
 * any rule reads it.
 *
 * The engine matches clauses; some sentences are not clauses, and some
 * are clauses only with a sentence before them:
 *
 *  - a caption ("12. SOURCE CODE ESCROW", "Limitation of Liability."), a
 *    run-in heading ("3.5 Residual knowledge." before its clause), a
 *    numbered heading that states its clause in brief ("25. We can change
 *    these terms") and a line of a contents page name a clause without
 *    being one: shape_not_a_clause;
 *  - an option left unticked in an order form ("[    ] Provider will
 *    indemnify") and a note to the drafter ("[Drafting note: ...]") are no
 *    terms of the agreement: shape_unticked_option, shape_drafting_note;
 *  - a list item ("(b) use it to train models") has lost its actor and its
 *    negation to the lead-in above it ("Provider shall not:"), and is read
 *    with it: shape_item_subject, shape_subject_to_view.
 *
 * Sentences are those of `doc`, read as view `v` has them (view.h): every
 * function reads v->text between v->sent_start[si] and v->sent_end[si],
 * and doc's paragraphs for their kind, label and place.  Nothing here
 * allocates but shape_item_subject, which writes into a buffer the caller
 * owns; no state is kept between calls.
 */
#ifndef AICLAUSE_SENTENCE_SHAPE_H
#define AICLAUSE_SENTENCE_SHAPE_H

#include <stddef.h>

#include "buf.h"
#include "document.h"
#include "view.h"

/*
 * Whether sentence `si` names a clause without being one, so that no rule
 * reads it: a line of a contents page, a caption, a heading in sentence
 * case that runs into its clause ("3.5 Residual knowledge. Nothing in
 * ..."), or a loader's numbered heading without a stop that states the
 * clause under it in brief.
 */
int shape_not_a_clause(const struct view *v, const struct document *doc, size_t si);

/*
 * Whether paragraph `para` of doc is an option left unticked: it opens,
 * after any indent or bullet, with an empty checkbox
 * (document_checkbox_at), or it is the one paragraph such an option
 * brings in with a final colon ("[ ] The following is added to Section
 * 8.1:").
 */
int shape_unticked_option(const struct document *doc, size_t para);

/*
 * Whether paragraph `para` of doc is a note to whoever fills in a form:
 * "[Drafting note: ...]", "[Note to draft: ...]", "[NTD] ...", or such an
 * opening followed by a colon or dash outside brackets.
 */
int shape_drafting_note(const struct document *doc, size_t para);

/*
 * The text to match for sentence `si`: the sentence itself, or for a list
 * item with a lead-in, "lead-in item" without the item's label ("Provider
 * shall not use it to train models" for "(b) use it to train models"
 * under "Provider shall not:").  A lead-in that is itself an item
 * reading on from a lead-in of its own comes after that one: "The
 * Provider shall not use the Model to train other models" for "(i) train
 * other models" under "(a) use the Model to:".  How far back a lead-in is
 * looked for, how much of it is kept and how many are chained are
 * LEADIN_LOOKBACK, LEADIN_MAX and LEADIN_CHAIN in sentence_shape.c.
 *
 * Returns a pointer into v->text (valid until the view is built again)
 * or, for an item with a lead-in, joined->ptr, which it overwrites (valid
 * until `joined` is next written).  Sets *len to the text's length, *lead
 * to the length of the lead-ins and the space after them (0 without
 * any), *label to the bytes of the item's label left out.
 */
const char *shape_item_subject(const struct view *v, const struct document *doc, size_t si,
			       struct buf *joined, size_t *len, size_t *lead, size_t *label);

/* Bytes of a clause number or item label opening s ("9.2 ", "(a) "), or 0. */
size_t shape_label_len(const char *s, size_t n);

/*
 * Whether sentence si is a duty listed with no subject under a heading
 * that says whose it is: "9.2 To keep confidential ..." (or "Not to
 * disclose ...") in a clause whose heading, among the clauses enclosing
 * it, reads "RIGHTS AND OBLIGATIONS OF PARTY B" or "THE SUPPLIER'S
 * DUTIES".  Sets *open to the bytes of the sentence up to the duty's verb
 * (label and "To " or "Not to "), *negated for "Not to", and *party,
 * *party_len to the party's name as the heading writes it, in v->text
 * ("PARTY B", "the Supplier"): the caller tells whose it is.
 */
int shape_duty_heading(const struct view *v, const struct document *doc, size_t si,
		       size_t *open, int *negated, const char **party, size_t *party_len);

/*
 * The view offset of offset `off` into sentence si's item subject, given
 * the *lead and *label shape_item_subject set: a match that starts in the
 * lead-in starts, in the item, at its label.
 */
size_t shape_subject_to_view(const struct view *v, size_t si, size_t off,
			     size_t lead, size_t label);

#endif

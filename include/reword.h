/*
 * reword: the rules' explanations, turned for the vendor's side.
 *
 * Messages, titles and advice in rules/ are written to the customer ("Your
 * data may be used to train models", "You keep ownership of the data you
 * supply").  With --as vendor, "you" is the reader on the other side, so the
 * reports hand the text through reword_for_vendor first, which names the
 * customer in the third person:
 *
 *   you, You              -> the customer, The customer
 *   your, yours           -> the customer's
 *   yourself, yourselves  -> itself
 *   you're, you've, ...   -> the customer is, has, will, would
 *
 * and puts the verb after "you" into the third person where "you" is its
 * subject: "you keep" -> "the customer keeps", "you are" -> "is", "you do
 * not" -> "does not", "you carry" -> "carries".  "You" is taken as an object
 * ("gives you its rights", "against you") when the next word is a function
 * word (a determiner, preposition, conjunction or adverb) or the previous
 * one a preposition; modal verbs and past tenses are left alone.  It is
 * English for short sentences, not a grammar: a message it cannot turn
 * well should be written so that it needs no turning ("the vendor ...").
 *
 * Everything else is copied byte for byte.
 */
#ifndef AICLAUSE_REWORD_H
#define AICLAUSE_REWORD_H

#include "buf.h"

/* Appends s (NUL-terminated; NULL appends nothing), reworded, to out. */
void reword_for_vendor(struct buf *out, const char *s);

#endif

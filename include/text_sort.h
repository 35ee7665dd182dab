#ifndef AICLAUSE_TEXT_SORT_H
#define AICLAUSE_TEXT_SORT_H

#include <stddef.h>
#include <stdint.h>

/*
 * Sorting items by a NUL-terminated text, for the tables built at rule
 * load.  Each item carries the first eight bytes of its text as a
 * big-endian number (zero past the text's end), so that most comparisons
 * are of two integers, not a call to strcmp; only items whose keys are
 * equal go to the caller's tie-break.
 */
struct text_sort {
	uint64_t key;
	uint32_t index;   /* the caller's: which item this is */
};

/* The sort key of text s. */
uint64_t text_sort_key(const char *s);

/*
 * Orders two items whose keys are equal, as strcmp orders them and then
 * as the caller likes.  Where (key & 0xff) is zero the texts ended within
 * the eight bytes and are the same; otherwise they differ, if at all,
 * from their ninth byte on.
 */
typedef int (*text_sort_tie_fn)(const struct text_sort *a, const struct text_sort *b,
				void *ctx);

/*
 * Sorts a[0..n) by key, then by tie.  A merge sort that leaves ordered
 * halves as they are: the inputs at rule load arrive mostly sorted.  tmp
 * has room for n / 2 items.  Items that compare equal may come in either
 * order.
 */
void text_sort(struct text_sort *a, struct text_sort *tmp, size_t n,
	       text_sort_tie_fn tie, void *ctx);

#endif

/*
 * xref: the clause numbers a sentence names, and the clauses they name.
 *
 * Contracts say much by number alone: "Sections 12.1 and 12.2 do not apply
 * to your obligations in section 3" lifts a cap only a reader who has read
 * 12.1 and 12.2 can see.  xref_parse reads the numbers out of such a
 * reference; xref_names tells whether a paragraph's citation (as
 * document.h computes it) is a clause so named.  Pure functions: no
 * allocation but the caller's buffer, no state.
 */
#ifndef AICLAUSE_XREF_H
#define AICLAUSE_XREF_H

#include <stddef.h>

#include "buf.h"

/* At most this many numbers are read from one text (a range counts each). */
#define XREF_MAX 32

/*
 * Appends to `out` each clause number that s[0..len) names after a
 * reference word ("section", "clauses", "article", "paragraph", "§"),
 * each ending in a NUL: "Sections 12.1 and 12.2" gives "12.1" and "12.2",
 * "clause 9.2 (a)" gives "9.2(a)", "Sections 4.1 to 4.3" gives "4.1",
 * "4.2" and "4.3", "Article IV" gives "iv".  Numbers come lower-cased and
 * without blanks, the way citations are compared.  A bracketed title
 * after a number ("Section 1 (Definitions), Section 3") is stepped over.
 * Numbers that name another document ("Section 12.2 of the MSLA") are
 * left out; "of this Agreement" is kept.  A clause of an annex comes
 * under the annex's name: "clause 4 of Schedule 2" and "Schedule 2,
 * paragraph 4" give "schedule 2, 4", cited like a clause in that annex.
 * An order form's condition comes with its name in the singular:
 * "Special Conditions 2 and 3" gives "special condition 2" and
 * "special condition 3".
 * A reference to a part of the clause it is written in, `from` (its
 * citation, as document.h computes it; NULL before the first clause),
 * comes as that part's number: "subsection (a)" in "9.2(c)" gives
 * "9.2(a)", and German-style "paragraph 1" in "9(3)" gives "9(1)"; with
 * no `from`, "subsection (a)" gives nothing.  A part named against another
 * clause is that clause's part: "subsection (a) of Section 9" gives
 * "9(a)", and "paragraph 2 of Section 5" gives "5(2)" and "5.2", the two
 * ways a contract may number it.
 * Returns how many were appended, at most XREF_MAX.
 */
size_t xref_parse(const char *s, size_t len, const char *from, struct buf *out);

/*
 * Whether citation `clause` is clause `num` (as xref_parse gives it) or
 * one of its parts: "9.2", "9.2(a)" and "9.2.1" are within "9.2", "9.20"
 * is not.  A leading "Article " is passed over ("Article 7(2)" is within
 * "7"); case is ignored.  0 for a NULL clause.
 */
int xref_within(const char *clause, const char *num, size_t n);

/*
 * Whether a reference to `num` written in a paragraph cited `from` names
 * a paragraph cited `target`: `target` is within `num` and both lie in
 * the same annex ("Schedule 2, 3.1" and "Schedule 2, 4" are; the body's
 * "4" is not), since an annex numbers its own clauses.  Either citation
 * may be NULL (before the first clause): then it is taken as the body's.
 * A `num` that names its annex ("schedule 2, 4") is read in that annex,
 * wherever it is written; annex names compare in any case.
 */
int xref_names(const char *target, const char *from, const char *num);

/*
 * A set of citations to ask xref_names of at once: the clauses that hold
 * some finding, asked about by every reference in a document.  Asking is
 * a binary search, so a document of many references to many clauses
 * takes time in n log n, not n squared.
 *
 * Lifecycle: XREF_INDEX_INIT or xref_index_init, xref_index_add for each
 * citation, xref_index_finish once, then xref_index_names any number of
 * times; xref_index_reset to fill it again, xref_index_release to free.
 * The index copies what it is given.
 */
struct xref_index {
	struct buf keys;          /* the citations as compared, NUL-separated */
	size_t *at;               /* offsets into keys, sorted by xref_index_finish */
	char **v;                 /* the keys in order, after xref_index_finish */
	size_t n, alloc, valloc;
};

#define XREF_INDEX_INIT { BUF_INIT, NULL, NULL, 0, 0, 0 }

void xref_index_init(struct xref_index *x);
void xref_index_reset(struct xref_index *x);
void xref_index_release(struct xref_index *x);
/* Adds citation `clause`; NULL (a paragraph before the first clause) adds nothing. */
void xref_index_add(struct xref_index *x, const char *clause);
void xref_index_finish(struct xref_index *x);
/* Whether a reference to `num` written in a paragraph cited `from` names a citation in x. */
int xref_index_names(const struct xref_index *x, const char *from, const char *num);

#endif

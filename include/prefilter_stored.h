/*
 * prefilter_stored: a built prefilter as static data, for the built-in
 * packs (prefilter.h, precompiled.h).
 *
 * Building the automaton for the built-in packs was some 50 million
 * instructions of every start, for tables that depend only on the packs
 * and so are known when the binary is built.  src/tools/precompile.c
 * loads those packs, lets prefilter_build make the automaton as at run
 * time, and writes its tables out with prefilter_write_c.  The stored
 * copy also keeps what was added to make it, every keyword, entry and
 * mode in the order added: prefilter_adopt takes the tables only when a
 * prefilter's own additions are exactly those, so a user's pack, a pack a
 * --rules DIR replaced, or a table from another build of the packs is
 * never taken, and the automaton is built as before.
 *
 * The layout types are here, not in prefilter.c, only so that the
 * generated file can spell the tables; nothing else reads them.
 */
#ifndef AICLAUSE_PREFILTER_STORED_H
#define AICLAUSE_PREFILTER_STORED_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct prefilter;

/*
 * A distinct keyword and the entries it selects, in whatever modes: one
 * keyword, one find, where "licen" as a rule's keyword and "licen" as a
 * pattern's word were two.  The scan looks one up at every keyword found,
 * so it is kept small.
 */
struct pf_keyword {
	uint32_t len;
	/* The mode of its one entry, when it has one. */
	uint32_t mode;
	/*
	 * Its entries: rule_of[first..first + n) (modes in mode_of), or, when
	 * it has one (as most words a pattern needs do), first is that entry
	 * itself: the scan reads two arrays less at each keyword found.
	 */
	uint32_t first, n;
};

/*
 * A busy state: the keywords of at most `depth` bytes found there,
 * out_kw[out .. out + nout), and the tail for longer ones, or NO_TAIL.
 */
struct pf_state {
	uint32_t out, nout;
	uint32_t tail;
};

/*
 * A radix node of the tail, and the edge into it: labels[label ..
 * label + len) (first is labels[label]); its children are edges[child ..
 * child + nchild).
 */
struct pf_edge {
	uint32_t label, len;
	uint32_t child, nchild;
	uint32_t out;             /* first keyword ending here (next_out), or NO_TAIL */
	unsigned char first;
};

struct prefilter_stored {
	/* What was added: nrules as given to prefilter_new, then the adds. */
	size_t nrules;
	const unsigned char *texts;     /* each case-folded keyword and its NUL, in order */
	size_t texts_len;
	const uint32_t *entry_rule;     /* per keyword added */
	const unsigned char *entry_mode;
	size_t nentry;
	const size_t *always;
	size_t nalways;

	/* What prefilter_build made of it (struct prefilter). */
	const struct pf_keyword *kws;
	size_t nkw;
	const uint32_t *rule_of;        /* nentry */
	const unsigned char *mode_of;   /* nentry */
	size_t depth;
	unsigned char cls[256];
	unsigned nclass;
	const uint16_t *delta;          /* nstate * nclass */
	uint32_t nstate, first_busy;
	const struct pf_state *state;   /* nstate */
	const uint32_t *out_kw;
	size_t nout_kw;
	const struct pf_edge *edges;
	size_t nedge;
	const unsigned char *labels;
	size_t nlabels;
	const uint32_t *next_out;       /* nkw */
	const uint64_t *tail_first;     /* nroot * 4 */
	size_t nroot;
};

/*
 * The built-in packs' prefilter, generated with precompiled_rules (an
 * empty one, nentry 0 and no tables, where there is none).
 */
extern const struct prefilter_stored prefilter_builtin;

/*
 * When pf, added to but not built, was given exactly what `st` keeps,
 * makes it the prefilter st stores, as prefilter_build would, and returns
 * 1; otherwise returns 0 and leaves pf to be built.  The tables stay st's:
 * st must outlive pf.
 */
int prefilter_adopt(struct prefilter *pf, const struct prefilter_stored *st);

/* Whether pf's tables are a stored prefilter's (prefilter_adopt). */
int prefilter_is_adopted(const struct prefilter *pf);

/*
 * Writes built prefilter pf to `out` as C: static arrays, then
 * `const struct prefilter_stored NAME`.  Returns 0, or -1 on a write error.
 */
int prefilter_write_c(const struct prefilter *pf, FILE *out, const char *name);

/*
 * Whether two built prefilters hold the same tables: what a scan reads,
 * compared array by array (for the tests).
 */
int prefilter_same_tables(const struct prefilter *a, const struct prefilter *b);

#endif

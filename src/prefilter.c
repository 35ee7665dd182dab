#include <assert.h>
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "prefilter.h"
#include "prefilter_stored.h"
#include "text_sort.h"
#include "xalloc.h"

/*
 * The automaton works on byte classes, not bytes: every byte that occurs in
 * some keyword gets a class of its own (letters folded), every other byte
 * shares class 0.
 *
 * Its size is what decides its speed.  The rules' pattern literals run to
 * thousands of long phrases; a full DFA over all their bytes had 43,000
 * states and an 8 MB table, and the scan stalled on cache misses at nearly
 * every byte.  So the automaton knows only the first PF_DEPTH bytes of each
 * keyword: that keeps the table at a few hundred kilobytes, in 16-bit
 * states, and it stays in cache.  The longer keywords that share those bytes
 * ("shall not use", "shall not be liable", ...) hang off the automaton's
 * state in a radix tree of their remaining bytes (a "tail"), walked along
 * the text only when the automaton reaches that state.  Deeper scans
 * faster still (8 and 10 bytes: CUAD's sentences in 15% and 22% less time)
 * but builds a table two and three times the size at every start, 3 to 7
 * ms, which a review of one contract would pay for nothing.
 */
#define PF_DEPTH 6

/*
 * Texts from PF_TWO_WALKS bytes on are scanned by two walks at once
 * (scan_halves), in windows of PF_WINDOW bytes.  The first must be at
 * least twice PF_DEPTH, the second at least PF_DEPTH.
 */
#define PF_TWO_WALKS 64
#define PF_WINDOW 16384
_Static_assert(PF_TWO_WALKS >= 2 * PF_DEPTH && PF_WINDOW >= PF_DEPTH,
	       "two walks need room to warm up");

/*
 * How an entry takes its keyword: at a word start, marked once (a rule's
 * keyword: prefilter_add); at a word start, with where (prefilter_add_word);
 * anywhere, with where (prefilter_add_anywhere).
 */
enum pf_mode { PF_WORD, PF_WORD_AT, PF_ANYWHERE_AT };

/* One (keyword, entry) pair as added; grouped by text in prefilter_build. */
struct pf_entry {
	size_t text;              /* its case-folded text: at this offset in pf->texts */
	size_t rule;
	enum pf_mode mode;
};

struct prefilter {
	size_t nrules;
	struct pf_entry *entries;
	size_t nentry, entry_alloc;
	/* The entries' texts, each ended by a NUL: one allocation, not one each. */
	struct buf texts;
	size_t *always;
	size_t nalways, always_alloc;

	/*
	 * Set by prefilter_adopt: the tables below are a stored prefilter's,
	 * static and never written or freed, and kw_text is NULL.
	 */
	int adopted;
	struct pf_keyword *kws;   /* keywords: struct pf_keyword, prefilter_stored.h */
	const char **kw_text;     /* case-folded; in texts */
	size_t nkw;
	uint32_t *rule_of;        /* the entries of each keyword, grouped */
	unsigned char *mode_of;   /* and their modes */

	size_t depth;             /* bytes of each keyword the automaton knows */
	unsigned char cls[256];   /* byte -> class */
	unsigned nclass;
	uint16_t *delta;          /* state * nclass + class -> state */
	uint32_t nstate;
	/*
	 * The states where a keyword ends or a tail hangs (below) are
	 * numbered last, from first_busy on: most bytes reach neither, and
	 * the scan tells them apart by the state's number alone, reading
	 * nothing more (a bit per state in a table of its own was four
	 * instructions and a load at each byte of each walk).
	 */
	uint32_t first_busy;
	/* What the scan needs of a busy state, in one place: one cache miss, not two. */
	struct pf_state *state;
	uint32_t *out_kw;
	size_t nout_kw;
	/* Longer keywords: the tail node for their remaining bytes, or NO_TAIL (while building). */
	uint32_t *tail_of;
	struct pf_tail *tails;    /* while building: a trie, one byte an edge */
	size_t ntail, tail_alloc;
	/*
	 * Built, the tails are a radix tree: a chain of nodes with one child
	 * and no keyword becomes one edge, compared as a string.  Most tail
	 * nodes have a single child, and a walk that followed them one node
	 * at a time spent its time fetching nodes.
	 */
	struct pf_edge *edges;
	size_t nedge;
	unsigned char *labels;    /* the edges' bytes, case-folded */
	size_t nlabels;
	uint32_t *next_out;       /* per keyword: the next one ending at its tail node */
	/*
	 * Per tail root (edges[0 .. nroot)), a bit for each byte, either
	 * case, that one of its children begins with: most walks end at the
	 * first byte, and the bit says so without the call and the look
	 * through the children.
	 */
	uint64_t *tail_first;
	size_t nroot;
};

#define NO_TAIL UINT32_MAX

/*
 * Built with -DAICLAUSE_WORD_PROFILE, the largest automaton a process
 * builds counts how often each keyword is found and, when freed, writes
 * one line per keyword to standard error: "kw FINDS TEXT|ENTRY..." (each
 * entry as MODE:NUMBER).  tests/bench/word-value.py weighs the counts
 * against what the engine says each word's sets saved (engine.c).  Such a
 * build always builds its automaton: a stored one keeps no keyword texts.
 */
#ifdef AICLAUSE_WORD_PROFILE
static const struct prefilter *profiled;
static unsigned long *profile_finds;

static void profile_count(const struct prefilter *pf, uint32_t kw)
{
	if (pf == profiled)
		profile_finds[kw]++;
}

static void profile_write(const struct prefilter *pf)
{
	size_t i, r;

	if (pf != profiled)
		return;
	for (i = 0; i < pf->nkw; i++) {
		const struct pf_keyword *k = &pf->kws[i];

		fprintf(stderr, "kw %lu %s|", profile_finds[i], pf->kw_text[i]);
		for (r = 0; r < k->n; r++)
			fprintf(stderr, " %u:%u",
				k->n == 1 ? k->mode : pf->mode_of[k->first + r],
				k->n == 1 ? k->first : pf->rule_of[k->first + r]);
		fputc('\n', stderr);
	}
	free(profile_finds);
	profiled = NULL;
}

static void profile_start(const struct prefilter *pf)
{
	if (profiled && profiled->nkw >= pf->nkw)
		return;
	free(profile_finds);
	profiled = pf;
	profile_finds = xcalloc(pf->nkw ? pf->nkw : 1, sizeof(*profile_finds));
}
#else
#define profile_count(pf, kw) ((void)0)
#define profile_write(pf) ((void)0)
#define profile_start(pf) ((void)0)
#endif

/* A trie node of the tail: children as a sibling list, keywords ending here. */
struct pf_tail {
	uint32_t child, sibling;  /* NO_TAIL when none */
	uint32_t out;             /* first keyword ending here (next_out), or NO_TAIL */
	unsigned char byte;       /* case-folded byte on the edge into this node */
};

struct prefilter *prefilter_new(size_t nrules)
{
	struct prefilter *pf = xcalloc(1, sizeof(*pf));

	pf->nrules = nrules;
	buf_init(&pf->texts, 0);
	return pf;
}

static void add_entry(struct prefilter *pf, const char *kw, size_t rule, enum pf_mode mode)
{
	struct pf_entry *e;
	size_t i, n = strlen(kw);

	if (!n)
		return;
	ALLOC_GROW(pf->entries, pf->nentry + 1, pf->entry_alloc);
	e = &pf->entries[pf->nentry++];
	e->text = pf->texts.len;
	/*
	 * Written in place, not a buf_addch and a tolower call a byte: tens of
	 * thousands of keywords load.  The program keeps the C locale, whose
	 * tolower maps A-Z alone.
	 */
	buf_grow(&pf->texts, n + 1);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)kw[i];

		pf->texts.ptr[pf->texts.len + i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
	}
	buf_setlen(&pf->texts, pf->texts.len + n);
	buf_addch(&pf->texts, 0);
	e->rule = rule;
	e->mode = mode;
}

void prefilter_add(struct prefilter *pf, const char *kw, size_t rule)
{
	add_entry(pf, kw, rule, PF_WORD);
}

void prefilter_add_word(struct prefilter *pf, const char *kw, size_t rule)
{
	add_entry(pf, kw, rule, PF_WORD_AT);
}

void prefilter_add_anywhere(struct prefilter *pf, const char *kw, size_t rule)
{
	add_entry(pf, kw, rule, PF_ANYWHERE_AT);
}

void prefilter_add_always(struct prefilter *pf, size_t rule)
{
	ALLOC_GROW(pf->always, pf->nalways + 1, pf->always_alloc);
	pf->always[pf->nalways++] = rule;
}

static void free_tables(struct prefilter *pf);

void prefilter_free(struct prefilter *pf)
{
	if (!pf)
		return;
	profile_write(pf);
	free(pf->entries);
	buf_release(&pf->texts);
	free(pf->always);
	free(pf->kw_text);
	free(pf->tail_of);
	free(pf->tails);
	if (!pf->adopted)
		free_tables(pf);
	free(pf);
}

/* What prefilter_build allocates and a scan reads. */
static void free_tables(struct prefilter *pf)
{
	free(pf->kws);
	free(pf->rule_of);
	free(pf->mode_of);
	free(pf->delta);
	free(pf->state);
	free(pf->out_kw);
	free(pf->edges);
	free(pf->labels);
	free(pf->next_out);
	free(pf->tail_first);
}

/* ASCII, as the keywords were folded (no locale is ever set). */
static unsigned char fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

struct entry_order {
	const struct pf_entry *entries;
	const char *texts;
};

/*
 * By text (as strcmp), then mode, then rule.  Entries that compare equal
 * are the same keyword, mode and rule: their order is immaterial.
 */
static int entry_tie(const struct text_sort *a, const struct text_sort *b, void *ctx)
{
	const struct entry_order *o = ctx;
	const struct pf_entry *x = &o->entries[a->index], *y = &o->entries[b->index];

	/* The same eight bytes, and the text ended within them: the same text. */
	if (a->key & 0xff) {
		int c = strcmp(o->texts + x->text + 8, o->texts + y->text + 8);

		if (c)
			return c;
	}
	if (x->mode != y->mode)
		return (int)x->mode - (int)y->mode;
	return x->rule < y->rule ? -1 : x->rule > y->rule;
}

/* Sorts the entries and makes one keyword of each text. */
static void group_keywords(struct prefilter *pf)
{
	size_t i;

	/* Entries and rules are counted in 32 bits: billions of keywords never fit in memory. */
	if (pf->nentry >= UINT32_MAX || pf->nrules >= UINT32_MAX)
		xalloc_die();
	if (pf->nentry) {
		struct entry_order by = { pf->entries, pf->texts.ptr };
		struct text_sort *order = xcalloc(pf->nentry, sizeof(*order));
		struct text_sort *tmp = xcalloc(pf->nentry / 2 + 1, sizeof(*tmp));
		struct pf_entry *sorted = xcalloc(pf->nentry, sizeof(*sorted));

		for (i = 0; i < pf->nentry; i++) {
			order[i].key = text_sort_key(pf->texts.ptr + pf->entries[i].text);
			order[i].index = (uint32_t)i;
		}
		/* The pattern words come sorted (build_prefilter in rules.c), in two runs. */
		text_sort(order, tmp, pf->nentry, entry_tie, &by);
		for (i = 0; i < pf->nentry; i++)
			sorted[i] = pf->entries[order[i].index];
		free(pf->entries);
		pf->entries = sorted;
		pf->entry_alloc = pf->nentry;
		free(order);
		free(tmp);
	}
	pf->kws = xcalloc(pf->nentry ? pf->nentry : 1, sizeof(*pf->kws));
	pf->kw_text = xcalloc(pf->nentry ? pf->nentry : 1, sizeof(*pf->kw_text));
	pf->rule_of = xcalloc(pf->nentry ? pf->nentry : 1, sizeof(*pf->rule_of));
	pf->mode_of = xcalloc(pf->nentry ? pf->nentry : 1, sizeof(*pf->mode_of));
	pf->nkw = 0;
	for (i = 0; i < pf->nentry; i++) {
		const struct pf_entry *e = &pf->entries[i];
		struct pf_keyword *k = pf->nkw ? &pf->kws[pf->nkw - 1] : NULL;

		const char *text = pf->texts.ptr + e->text;

		if (!k || strcmp(pf->kw_text[pf->nkw - 1], text)) {
			pf->kw_text[pf->nkw] = text;
			k = &pf->kws[pf->nkw++];
			k->len = (uint32_t)strlen(text);
			k->mode = (uint32_t)e->mode;
			k->first = (uint32_t)i;
			k->n = 0;
		}
		pf->rule_of[i] = (uint32_t)e->rule;
		pf->mode_of[i] = (unsigned char)e->mode;
		k->n++;
	}
	for (i = 0; i < pf->nkw; i++)
		if (pf->kws[i].n == 1)
			pf->kws[i].first = pf->rule_of[pf->kws[i].first];
}

static size_t key_len(const struct prefilter *pf, const struct pf_keyword *k)
{
	return k->len < pf->depth ? k->len : pf->depth;
}

/*
 * The trie of the keywords' first pf->depth bytes, as a goto table of
 * *ntrie states, or NULL when it has more states than 16 bits can name.
 */
static uint32_t *build_trie(struct prefilter *pf, uint32_t *ntrie)
{
	uint32_t *go, alloc = 64;
	size_t i, c;

	memset(pf->cls, 0, sizeof(pf->cls));
	pf->nclass = 1;
	for (i = 0; i < pf->nkw; i++)
		for (c = 0; c < key_len(pf, &pf->kws[i]); c++) {
			unsigned char b = (unsigned char)pf->kw_text[i][c];

			/* Past 255 classes a byte shares class 0: more hits, never fewer. */
			if (!pf->cls[b] && pf->nclass < 255) {
				pf->cls[b] = (unsigned char)pf->nclass;
				if (isalpha(b))
					pf->cls[toupper(b)] = (unsigned char)pf->nclass;
				pf->nclass++;
			}
		}
	*ntrie = 1;
	go = xcalloc(alloc * pf->nclass, sizeof(*go));
	for (i = 0; i < pf->nkw; i++) {
		uint32_t s = 0;

		for (c = 0; c < key_len(pf, &pf->kws[i]); c++) {
			unsigned k = pf->cls[(unsigned char)pf->kw_text[i][c]];

			if (!go[s * pf->nclass + k]) {
				if (*ntrie == UINT16_MAX) {
					free(go);
					return NULL;
				}
				if (*ntrie == alloc) {
					go = xreallocarray(go, (size_t)alloc * 2 * pf->nclass, sizeof(*go));
					memset(go + (size_t)alloc * pf->nclass, 0,
					       (size_t)alloc * pf->nclass * sizeof(*go));
					alloc *= 2;
				}
				go[s * pf->nclass + k] = (*ntrie)++;
			}
			s = go[s * pf->nclass + k];
		}
	}
	return go;
}

static uint32_t new_tail(struct prefilter *pf, unsigned char byte)
{
	struct pf_tail *t;

	ALLOC_GROW(pf->tails, pf->ntail + 1, pf->tail_alloc);
	t = &pf->tails[pf->ntail];
	t->child = t->sibling = t->out = NO_TAIL;
	t->byte = byte;
	return (uint32_t)pf->ntail++;
}

static uint32_t tail_child(const struct prefilter *pf, uint32_t node, unsigned char byte)
{
	uint32_t c;

	for (c = pf->tails[node].child; c != NO_TAIL; c = pf->tails[c].sibling)
		if (pf->tails[c].byte == byte)
			return c;
	return NO_TAIL;
}

/* Puts the bytes of keyword kw past the automaton's depth under state s. */
static void add_tail(struct prefilter *pf, uint32_t s, uint32_t kw)
{
	const struct pf_keyword *k = &pf->kws[kw];
	uint32_t node;
	size_t i;

	if (pf->tail_of[s] == NO_TAIL)
		pf->tail_of[s] = new_tail(pf, 0);
	node = pf->tail_of[s];
	for (i = pf->depth; i < k->len; i++) {
		unsigned char b = (unsigned char)pf->kw_text[kw][i];
		uint32_t c = tail_child(pf, node, b);

		if (c == NO_TAIL) {
			c = new_tail(pf, b);
			pf->tails[c].sibling = pf->tails[node].child;
			pf->tails[node].child = c;
		}
		node = c;
	}
	pf->next_out[kw] = pf->tails[node].out;
	pf->tails[node].out = kw;
}

/*
 * The trie's children of node `n`, each as an edge that runs down its
 * chain of single children without keywords; `node[i]` receives the trie
 * node each edge ends at.  Returns how many.
 */
static uint32_t radix_children(struct prefilter *pf, uint32_t n, uint32_t *node,
			       struct buf *labels, struct pf_edge *out)
{
	uint32_t c, k = 0;

	for (c = pf->tails[n].child; c != NO_TAIL; c = pf->tails[c].sibling, k++) {
		uint32_t end = c;

		out[k].label = (uint32_t)labels->len;
		buf_addch(labels, (char)pf->tails[end].byte);
		while (pf->tails[end].out == NO_TAIL && pf->tails[end].child != NO_TAIL &&
		       pf->tails[pf->tails[end].child].sibling == NO_TAIL) {
			end = pf->tails[end].child;
			buf_addch(labels, (char)pf->tails[end].byte);
		}
		out[k].len = (uint32_t)labels->len - out[k].label;
		out[k].first = pf->tails[c].byte;
		out[k].out = pf->tails[end].out;
		node[k] = end;
	}
	return k;
}

/*
 * Lays the tails out as a radix tree, breadth first so that each node's
 * children are adjacent, and frees the trie.  A root (tail_of) is an edge
 * with an empty label.
 */
static void build_radix(struct prefilter *pf)
{
	uint32_t *trie_of, *kids, head, s;
	struct pf_edge *tmp;
	struct buf labels = BUF_INIT;
	size_t n = 0, cap = pf->ntail ? pf->ntail : 1;

	pf->edges = xcalloc(cap, sizeof(*pf->edges));
	trie_of = xcalloc(cap, sizeof(*trie_of));
	kids = xcalloc(cap, sizeof(*kids));
	tmp = xcalloc(cap, sizeof(*tmp));
	for (s = 0; s < pf->nstate; s++) {
		uint32_t root = pf->tail_of[s];

		if (root == NO_TAIL)
			continue;
		pf->edges[n].out = NO_TAIL;
		trie_of[n] = root;
		pf->tail_of[s] = (uint32_t)n++;
	}
	pf->nroot = n;
	for (head = 0; head < n; head++) {
		uint32_t k = radix_children(pf, trie_of[head], kids, &labels, tmp), i, j;

		/*
		 * Children in order of their first byte: a walk that meets a
		 * byte no child begins with stops at the first child past it,
		 * not after all of them.
		 */
		for (i = 1; i < k; i++) {
			struct pf_edge e = tmp[i];
			uint32_t kid = kids[i];

			for (j = i; j > 0 && tmp[j - 1].first > e.first; j--) {
				tmp[j] = tmp[j - 1];
				kids[j] = kids[j - 1];
			}
			tmp[j] = e;
			kids[j] = kid;
		}
		pf->edges[head].child = (uint32_t)n;
		pf->edges[head].nchild = k;
		for (i = 0; i < k; i++) {
			pf->edges[n] = tmp[i];
			trie_of[n++] = kids[i];
		}
	}
	pf->nedge = n;
	pf->labels = (unsigned char *)buf_detach(&labels, &pf->nlabels);
	pf->tail_first = xcalloc(pf->nroot ? pf->nroot * 4 : 1, sizeof(*pf->tail_first));
	for (head = 0; head < pf->nroot; head++) {
		uint32_t c;

		for (c = pf->edges[head].child; c < pf->edges[head].child + pf->edges[head].nchild;
		     c++) {
			unsigned char b = pf->edges[c].first;

			pf->tail_first[head * 4 + (b >> 6)] |= (uint64_t)1 << (b & 63);
			if (b >= 'a' && b <= 'z') {
				b = (unsigned char)(b - ('a' - 'A'));
				pf->tail_first[head * 4 + (b >> 6)] |= (uint64_t)1 << (b & 63);
			}
		}
	}
	free(trie_of);
	free(kids);
	free(tmp);
	free(pf->tails);
	pf->tails = NULL;
}

void prefilter_build(struct prefilter *pf)
{
	/* Trie first (goto function), then failure links breadth first. */
	uint32_t *go, *fail, *queue, ntrie, head = 0, tail = 0, *renum, *tail_of;
	uint32_t **outs;          /* per state: keyword list (own + via fail) */
	size_t *nouts, *outalloc;
	size_t i, c, total;

	group_keywords(pf);
	/*
	 * A shallower automaton only checks more of each keyword by hand; at
	 * depth 1 it has at most 256 states, so this ends.
	 */
	for (pf->depth = PF_DEPTH; !(go = build_trie(pf, &ntrie)); pf->depth--)
		;
	outs = xcalloc(ntrie, sizeof(*outs));
	nouts = xcalloc(ntrie, sizeof(*nouts));
	outalloc = xcalloc(ntrie, sizeof(*outalloc));
	pf->tail_of = xmalloc(ntrie * sizeof(*pf->tail_of));
	for (i = 0; i < ntrie; i++)
		pf->tail_of[i] = NO_TAIL;
	pf->next_out = xmalloc((pf->nkw ? pf->nkw : 1) * sizeof(*pf->next_out));
	/* The automaton's own keywords end no tail: set, so that the tables can be written out. */
	for (i = 0; i < pf->nkw; i++)
		pf->next_out[i] = NO_TAIL;
	for (i = 0; i < pf->nkw; i++) {
		uint32_t s = 0;

		for (c = 0; c < key_len(pf, &pf->kws[i]); c++)
			s = go[s * pf->nclass + pf->cls[(unsigned char)pf->kw_text[i][c]]];
		if (pf->kws[i].len > pf->depth) {
			add_tail(pf, s, (uint32_t)i);
			continue;
		}
		ALLOC_GROW(outs[s], nouts[s] + 1, outalloc[s]);
		outs[s][nouts[s]++] = (uint32_t)i;
	}

	fail = xcalloc(ntrie, sizeof(*fail));
	queue = xcalloc(ntrie, sizeof(*queue));
	for (c = 0; c < pf->nclass; c++) {
		uint32_t t = go[c];

		if (t) {
			fail[t] = 0;
			queue[tail++] = t;
		}
	}
	/* Turn the trie into a full DFA while computing failure links. */
	while (head < tail) {
		uint32_t s = queue[head++];

		for (c = 0; c < pf->nclass; c++) {
			uint32_t t = go[s * pf->nclass + c];

			if (t) {
				uint32_t f = go[fail[s] * pf->nclass + c];
				size_t j;

				fail[t] = f;
				for (j = 0; j < nouts[f]; j++) {
					ALLOC_GROW(outs[t], nouts[t] + 1, outalloc[t]);
					outs[t][nouts[t]++] = outs[f][j];
				}
				queue[tail++] = t;
			} else {
				go[s * pf->nclass + c] = go[fail[s] * pf->nclass + c];
			}
		}
	}

	/*
	 * Renumbered: the quiet states first, in trie order (the root, never
	 * busy, stays 0), then the busy ones (first_busy).
	 */
	pf->nstate = ntrie;
	renum = xmalloc(ntrie * sizeof(*renum));
	tail_of = xmalloc(ntrie * sizeof(*tail_of));
	for (pf->first_busy = 0, i = 0; i < ntrie; i++)
		if (!nouts[i] && pf->tail_of[i] == NO_TAIL)
			renum[i] = pf->first_busy++;
	for (total = pf->first_busy, i = 0; i < ntrie; i++)
		if (nouts[i] || pf->tail_of[i] != NO_TAIL)
			renum[i] = (uint32_t)total++;
	pf->delta = xcalloc((size_t)ntrie * pf->nclass, sizeof(*pf->delta));
	for (i = 0; i < ntrie; i++)
		for (c = 0; c < pf->nclass; c++)
			pf->delta[(size_t)renum[i] * pf->nclass + c] =
				(uint16_t)renum[go[i * pf->nclass + c]];
	free(go);
	for (total = 0, i = 0; i < ntrie; i++)
		total += nouts[i];
	pf->out_kw = xcalloc(total ? total : 1, sizeof(*pf->out_kw));
	pf->nout_kw = total;
	pf->state = xcalloc(ntrie, sizeof(*pf->state));
	for (total = 0, i = 0; i < ntrie; i++) {
		pf->state[renum[i]].out = (uint32_t)total;
		pf->state[renum[i]].nout = (uint32_t)nouts[i];
		if (nouts[i])
			memcpy(pf->out_kw + total, outs[i], nouts[i] * sizeof(uint32_t));
		total += nouts[i];
		free(outs[i]);
		tail_of[renum[i]] = pf->tail_of[i];
	}
	free(pf->tail_of);
	pf->tail_of = tail_of;
	free(renum);
	build_radix(pf);
	for (i = 0; i < ntrie; i++)
		pf->state[i].tail = pf->tail_of[i];
	free(pf->tail_of);
	pf->tail_of = NULL;
	free(outs);
	free(nouts);
	free(outalloc);
	free(fail);
	free(queue);
	profile_start(pf);
}

void prefilter_hits_init(struct prefilter_hits *h, const struct prefilter *pf)
{
	memset(h, 0, sizeof(*h));
	h->nrules = pf->nrules;
	h->entry = xcalloc(pf->nrules ? pf->nrules : 1, sizeof(*h->entry));
	h->nkw = pf->nkw;
	h->kw_mark = xcalloc(pf->nkw ? pf->nkw : 1, sizeof(*h->kw_mark));
	h->found = xcalloc(pf->nrules ? pf->nrules : 1, sizeof(*h->found));
}

void prefilter_hits_release(struct prefilter_hits *h)
{
	free(h->entry);
	free(h->kw_mark);
	free(h->found);
	free(h->busy);
	memset(h, 0, sizeof(*h));
}

static void hit(struct prefilter_hits *h, size_t rule)
{
	if (rule < h->nrules && h->entry[rule].mark != h->generation) {
		h->entry[rule].mark = h->generation;
		h->found[h->nfound++] = rule;
	}
}

static void new_generation(struct prefilter_hits *h)
{
	h->nfound = 0;
	if (++h->generation == 0) {
		size_t i;

		for (i = 0; i < h->nrules; i++)
			h->entry[i].mark = 0;
		memset(h->kw_mark, 0, h->nkw * sizeof(*h->kw_mark));
		h->generation = 1;
	}
}

void prefilter_hits_save(const struct prefilter_hits *h, struct prefilter_found *out)
{
	size_t i;

	for (i = 0; i < h->nfound; i++) {
		const struct prefilter_entry_hit *w = &h->entry[h->found[i]];

		out[i].entry = (uint32_t)h->found[i];
		out[i].first = w->first;
		out[i].last = w->last;
	}
}

void prefilter_hits_replay(struct prefilter_hits *h, const struct prefilter_found *found,
			   size_t n)
{
	size_t i;

	new_generation(h);
	/*
	 * What a scan found holds each entry once, and only entries below
	 * nrules (hit): no check or mark to test, the list is found's own.
	 */
	for (i = 0; i < n; i++) {
		uint32_t x = found[i].entry;
		struct prefilter_entry_hit *w;

		/* The header's contract; a list from elsewhere would write past entry[]. */
		assert(x < h->nrules && i < h->nrules);
		w = &h->entry[x];
		w->mark = h->generation;
		w->first = found[i].first;
		w->last = found[i].last;
		h->found[i] = x;
	}
	h->nfound = n;
}

/* As isalnum in the C locale (no locale is ever set), without the call. */
static int word_start(const char *text, size_t start)
{
	unsigned char c;

	if (start == 0)
		return 1;
	c = (unsigned char)text[start - 1];
	return (unsigned)((c | 0x20) - 'a') >= 26 && (unsigned)(c - '0') >= 10;
}

/*
 * An occurrence at `start` of the keyword of entry x, which records where.
 * Inlined by name: left to itself the compiler made a call of it, and
 * the scan pays one at nearly every keyword it finds.
 */
static inline __attribute__((always_inline)) void found_at(struct prefilter_hits *h, uint32_t x, size_t start)
{
	if (x >= h->nrules)
		return;
	/*
	 * Each occurrence moves `last` on (the scan goes left to right); the
	 * entry's own mark says whether this is the first.
	 */
	if (h->entry[x].mark != h->generation) {
		hit(h, x);
		h->entry[x].first = (uint32_t)start;
	}
	h->entry[x].last = (uint32_t)start;
}

/*
 * Entry x of keyword kw takes the keyword found at `start` as its mode
 * says; a rule's keyword marks its rules once per scan (`marked`).
 */
static inline void take(struct prefilter_hits *h, uint32_t x, unsigned mode, int at_word,
			int marked, size_t start)
{
	if (mode == PF_ANYWHERE_AT || (mode == PF_WORD_AT && at_word))
		found_at(h, x, start);
	else if (mode == PF_WORD && at_word && !marked)
		hit(h, x);
}

/* Keyword kw, found at text[start]. */
static void found(const struct prefilter *pf, struct prefilter_hits *h, uint32_t kw,
		  const char *text, size_t start)
{
	const struct pf_keyword *k = &pf->kws[kw];
	int at_word, marked;
	uint32_t r;

	if (k->n == 1) {
		if (k->mode == PF_ANYWHERE_AT)
			found_at(h, k->first, start);
		else
			take(h, k->first, k->mode, word_start(text, start), 0, start);
		return;
	}
	at_word = word_start(text, start);
	marked = h->kw_mark[kw] == h->generation;
	for (r = 0; r < k->n; r++)
		take(h, pf->rule_of[k->first + r], pf->mode_of[k->first + r], at_word, marked,
		     start);
	if (at_word)
		h->kw_mark[kw] = h->generation;
}

/* The longer keywords under tail node `node` that go on at text[at]. */
static void walk_tail(const struct prefilter *pf, struct prefilter_hits *h, uint32_t node,
		      const char *text, size_t len, size_t at)
{
	size_t start = at - pf->depth;

	while (at < len) {
		const struct pf_edge *n = &pf->edges[node];
		unsigned char b = fold((unsigned char)text[at]);
		uint32_t c, end = n->child + n->nchild, kw;
		size_t k;

		/* The children are in order of their first byte (build_radix). */
		for (c = n->child; c < end && pf->edges[c].first < b; c++)
			;
		if (c == end || pf->edges[c].first != b)
			return;
		n = &pf->edges[c];
		/* No keyword ends inside an edge: a mismatch there ends the walk. */
		if (len - at < n->len)
			return;
		for (k = 1; k < n->len; k++)
			if (fold((unsigned char)text[at + k]) != pf->labels[n->label + k])
				return;
		at += n->len;
		node = c;
		for (kw = n->out; kw != NO_TAIL; kw = pf->next_out[kw]) {
			profile_count(pf, kw);
			found(pf, h, kw, text, start);
		}
	}
}

/* What the automaton found on reaching busy state s after text[at]. */
static void busy_state(const struct prefilter *pf, struct prefilter_hits *h, uint32_t s,
		       const char *text, size_t len, size_t at)
{
	const struct pf_state *st = &pf->state[s];
	uint32_t j;

	for (j = st->out; j < st->out + st->nout; j++) {
		const struct pf_keyword *k = &pf->kws[pf->out_kw[j]];

		profile_count(pf, pf->out_kw[j]);
		/*
		 * Most keywords a state ends are one pattern word's, found
		 * anywhere: that case without the call.  (The same in
		 * walk_tail counted more instructions, not fewer.)
		 */
		if (k->n == 1 && k->mode == PF_ANYWHERE_AT)
			found_at(h, k->first, at + 1 - k->len);
		else
			found(pf, h, pf->out_kw[j], text, at + 1 - k->len);
	}
	if (st->tail != NO_TAIL && at + 1 < len) {
		unsigned char b = (unsigned char)text[at + 1];

		if (pf->tail_first[st->tail * 4 + (b >> 6)] >> (b & 63) & 1)
			walk_tail(pf, h, st->tail, text, len, at + 1);
	}
}

static uint32_t step(const struct prefilter *pf, uint32_t s, unsigned char c)
{
	return pf->delta[s * pf->nclass + pf->cls[c]];
}

static unsigned is_busy(const struct prefilter *pf, uint32_t s)
{
	return s >= pf->first_busy;
}

/*
 * Notes state s after text[at] in q[*n], and counts it when it is busy
 * and `at` is past the walk's warm-up: no branch to mispredict.  q has
 * room for one more entry than are counted.
 */
static void queue(struct prefilter_busy *q, size_t *n, uint32_t s, size_t at, unsigned keep)
{
	q[*n].state = s;
	q[*n].at = (uint32_t)at;
	*n += keep;
}

/*
 * Each step of the automaton waits for a table read that misses the
 * first-level cache about every other byte, and the next step needs its
 * result.  Two walks over the two halves of text[lo, hi), a step of each
 * in turn, wait at once: the scan of CUAD's sentences took 15% less time.
 * Each walk starts in the root state up to pf->depth bytes before its
 * half: a state stands for the text's longest suffix that begins some
 * keyword, at most depth bytes, so by the half's first byte it is the
 * state one walk from the start of the text would be in.  Busy states are
 * queued, not handled (handling them stalls the walks), and handled after,
 * the first half's first: the keywords are found in the order one walk
 * finds them.  Needs lo + (hi - lo) / 2 >= pf->depth.
 */
static void scan_halves(const struct prefilter *pf, struct prefilter_hits *h, const char *text,
			size_t len, size_t lo, size_t hi)
{
	size_t mid = lo + (hi - lo) / 2;
	size_t a = lo - (lo < pf->depth ? lo : pf->depth), b = mid - pf->depth;
	size_t na = 0, nb = 0, i;
	struct prefilter_busy *qa, *qb;
	uint32_t s = 0, t = 0;

	ALLOC_GROW(h->busy, hi - lo + 2, h->busy_alloc);
	qa = h->busy;
	qb = h->busy + (mid - lo) + 1;
	/*
	 * The second walk is never the shorter one: they go in step for the
	 * first's length.  Both have warmed up after pf->depth steps (the
	 * first starts at most that far before lo, the second that far before
	 * mid), so only those steps test where they are.
	 */
	for (i = 0; i < pf->depth && a + i < mid; i++) {
		s = step(pf, s, (unsigned char)text[a + i]);
		t = step(pf, t, (unsigned char)text[b + i]);
		queue(qa, &na, s, a + i, is_busy(pf, s) & (a + i >= lo));
		queue(qb, &nb, t, b + i, is_busy(pf, t) & (b + i >= mid));
	}
	for (; a + i < mid; i++) {
		s = step(pf, s, (unsigned char)text[a + i]);
		t = step(pf, t, (unsigned char)text[b + i]);
		queue(qa, &na, s, a + i, is_busy(pf, s));
		queue(qb, &nb, t, b + i, is_busy(pf, t));
	}
	for (i += b; i < hi; i++) {
		t = step(pf, t, (unsigned char)text[i]);
		queue(qb, &nb, t, i, is_busy(pf, t) & (i >= mid));
	}
	for (i = 0; i < na; i++)
		busy_state(pf, h, qa[i].state, text, len, qa[i].at);
	for (i = 0; i < nb; i++)
		busy_state(pf, h, qb[i].state, text, len, qb[i].at);
}

void prefilter_scan(const struct prefilter *pf, const char *text, size_t len,
		    struct prefilter_hits *h)
{
	uint32_t s = 0;
	size_t i, lo;

	new_generation(h);
	for (i = 0; i < pf->nalways; i++)
		hit(h, pf->always[i]);
	if (!pf->delta)
		return;
	if (len > PREFILTER_MAX_TEXT)
		len = PREFILTER_MAX_TEXT;
	/* A short text is not worth two walks' warm-up and queue. */
	if (len < PF_TWO_WALKS) {
		for (i = 0; i < len; i++) {
			s = step(pf, s, (unsigned char)text[i]);
			if (is_busy(pf, s))
				busy_state(pf, h, s, text, len, i);
		}
		return;
	}
	/* In windows, so that the queue stays small however long the text. */
	for (lo = 0; lo < len; lo += PF_WINDOW)
		scan_halves(pf, h, text, len, lo, len - lo > PF_WINDOW ? lo + PF_WINDOW : len);
}

/* Whether pf was given exactly the keywords, entries and modes st keeps. */
static int same_adds(const struct prefilter *pf, const struct prefilter_stored *st)
{
	size_t i;

	if (pf->nrules != st->nrules || pf->nentry != st->nentry ||
	    pf->nalways != st->nalways || pf->texts.len != st->texts_len)
		return 0;
	/*
	 * Each add appends its text and its NUL, none empty: the same texts
	 * and count, and each entry's text is where st's was.
	 */
	if (st->texts_len && memcmp(pf->texts.ptr, st->texts, st->texts_len))
		return 0;
	for (i = 0; i < pf->nentry; i++)
		if (pf->entries[i].rule != st->entry_rule[i] ||
		    pf->entries[i].mode != (enum pf_mode)st->entry_mode[i])
			return 0;
	for (i = 0; i < pf->nalways; i++)
		if (pf->always[i] != st->always[i])
			return 0;
	return 1;
}

int prefilter_adopt(struct prefilter *pf, const struct prefilter_stored *st)
{
#ifdef AICLAUSE_WORD_PROFILE
	return 0;
#endif
	/* A stored prefilter without tables (none generated) is never taken. */
	if (!st || !st->nentry || !st->delta || pf->delta || !same_adds(pf, st))
		return 0;
	pf->adopted = 1;
	/*
	 * The scan reads the tables through a const prefilter and nothing
	 * writes them after a build: the casts only share one struct.
	 */
	pf->kws = (struct pf_keyword *)st->kws;
	pf->nkw = st->nkw;
	pf->rule_of = (uint32_t *)st->rule_of;
	pf->mode_of = (unsigned char *)st->mode_of;
	pf->depth = st->depth;
	memcpy(pf->cls, st->cls, sizeof(pf->cls));
	pf->nclass = st->nclass;
	pf->delta = (uint16_t *)st->delta;
	pf->nstate = st->nstate;
	pf->first_busy = st->first_busy;
	pf->state = (struct pf_state *)st->state;
	pf->out_kw = (uint32_t *)st->out_kw;
	pf->nout_kw = st->nout_kw;
	pf->edges = (struct pf_edge *)st->edges;
	pf->nedge = st->nedge;
	pf->labels = (unsigned char *)st->labels;
	pf->nlabels = st->nlabels;
	pf->next_out = (uint32_t *)st->next_out;
	pf->tail_first = (uint64_t *)st->tail_first;
	pf->nroot = st->nroot;
	return 1;
}

int prefilter_is_adopted(const struct prefilter *pf)
{
	return pf->adopted;
}

/* Writes `static const TYPE NAME_what[] = { v, ... };`, at least one value. */
static void put_u64s(FILE *out, const char *type, const char *name, const char *what,
		     const uint64_t *v, size_t n)
{
	size_t i;

	fprintf(out, "static const %s %s_%s[] = {", type, name, what);
	for (i = 0; i < n; i++)
		fprintf(out, "%s%llu,", i % 16 ? "" : "\n\t", (unsigned long long)v[i]);
	if (!n)
		fputs("\n\t0,", out);
	fputs("\n};\n", out);
}

/* put_u64s of n values get(src, i), through a scratch array. */
#define PUT_ARRAY(out, type, name, what, src, n, expr) do { \
		size_t i_, n_ = (n); \
		uint64_t *v_ = xcalloc(n_ ? n_ : 1, sizeof(*v_)); \
		for (i_ = 0; i_ < n_; i_++) \
			v_[i_] = (uint64_t)(expr); \
		put_u64s(out, type, name, what, v_, n_); \
		free(v_); \
	} while (0)

int prefilter_write_c(const struct prefilter *pf, FILE *out, const char *name)
{
	size_t i, *by_add;

	/*
	 * The entries were sorted by text when built; each add put its text
	 * after the last one's, so their offsets give back the order added.
	 */
	by_add = xcalloc(pf->nentry ? pf->nentry : 1, sizeof(*by_add));
	{
		size_t *at = xcalloc(pf->texts.len + 1, sizeof(*at)), k = 0;

		for (i = 0; i < pf->nentry; i++)
			at[pf->entries[i].text] = i + 1;
		for (i = 0; i < pf->texts.len; i++)
			if (at[i])
				by_add[k++] = at[i] - 1;
		free(at);
	}
	PUT_ARRAY(out, "unsigned char", name, "texts", pf->texts.ptr, pf->texts.len,
		  (unsigned char)pf->texts.ptr[i_]);
	PUT_ARRAY(out, "uint32_t", name, "entry_rule", by_add, pf->nentry,
		  pf->entries[by_add[i_]].rule);
	PUT_ARRAY(out, "unsigned char", name, "entry_mode", by_add, pf->nentry,
		  pf->entries[by_add[i_]].mode);
	free(by_add);
	PUT_ARRAY(out, "size_t", name, "always", pf->always, pf->nalways, pf->always[i_]);
	fprintf(out, "static const struct pf_keyword %s_kws[] = {\n", name);
	for (i = 0; i < pf->nkw; i++)
		fprintf(out, "\t{ %lu, %lu, %lu, %lu },\n", (unsigned long)pf->kws[i].len,
			(unsigned long)pf->kws[i].mode, (unsigned long)pf->kws[i].first,
			(unsigned long)pf->kws[i].n);
	fputs(pf->nkw ? "};\n" : "\t{ 0, 0, 0, 0 },\n};\n", out);
	PUT_ARRAY(out, "uint32_t", name, "rule_of", pf->rule_of, pf->nentry, pf->rule_of[i_]);
	PUT_ARRAY(out, "unsigned char", name, "mode_of", pf->mode_of, pf->nentry,
		  pf->mode_of[i_]);
	PUT_ARRAY(out, "uint16_t", name, "delta", pf->delta, (size_t)pf->nstate * pf->nclass,
		  pf->delta[i_]);
	fprintf(out, "static const struct pf_state %s_state[] = {\n", name);
	for (i = 0; i < pf->nstate; i++)
		fprintf(out, "\t{ %lu, %lu, %luu },\n", (unsigned long)pf->state[i].out,
			(unsigned long)pf->state[i].nout, (unsigned long)pf->state[i].tail);
	fputs(pf->nstate ? "};\n" : "\t{ 0, 0, 0 },\n};\n", out);
	PUT_ARRAY(out, "uint32_t", name, "out_kw", pf->out_kw, pf->nout_kw, pf->out_kw[i_]);
	fprintf(out, "static const struct pf_edge %s_edges[] = {\n", name);
	for (i = 0; i < pf->nedge; i++)
		fprintf(out, "\t{ %lu, %lu, %lu, %lu, %luu, %u },\n",
			(unsigned long)pf->edges[i].label, (unsigned long)pf->edges[i].len,
			(unsigned long)pf->edges[i].child, (unsigned long)pf->edges[i].nchild,
			(unsigned long)pf->edges[i].out, pf->edges[i].first);
	fputs(pf->nedge ? "};\n" : "\t{ 0, 0, 0, 0, 0, 0 },\n};\n", out);
	PUT_ARRAY(out, "unsigned char", name, "labels", pf->labels, pf->nlabels,
		  pf->labels[i_]);
	PUT_ARRAY(out, "uint32_t", name, "next_out", pf->next_out, pf->nkw, pf->next_out[i_]);
	PUT_ARRAY(out, "uint64_t", name, "tail_first", pf->tail_first, pf->nroot * 4,
		  pf->tail_first[i_]);

	fprintf(out, "\nconst struct prefilter_stored %s = {\n", name);
	fprintf(out, "\t%zu, %s_texts, %zu, %s_entry_rule, %s_entry_mode, %zu,\n",
		pf->nrules, name, pf->texts.len, name, name, pf->nentry);
	fprintf(out, "\t%s_always, %zu,\n", name, pf->nalways);
	fprintf(out, "\t%s_kws, %zu, %s_rule_of, %s_mode_of, %zu,\n\t{", name, pf->nkw, name,
		name, pf->depth);
	for (i = 0; i < 256; i++)
		fprintf(out, "%s%u,", i % 32 ? "" : "\n\t\t", pf->cls[i]);
	fprintf(out, "\n\t}, %u,\n", pf->nclass);
	fprintf(out, "\t%s_delta, %lu, %lu, %s_state, %s_out_kw, %zu,\n", name,
		(unsigned long)pf->nstate, (unsigned long)pf->first_busy, name, name, pf->nout_kw);
	fprintf(out, "\t%s_edges, %zu, %s_labels, %zu, %s_next_out, %s_tail_first, %zu\n};\n",
		name, pf->nedge, name, pf->nlabels, name, name, pf->nroot);
	return ferror(out) ? -1 : 0;
}

#define SAME_ARRAY(a, b, n) ((n) == 0 || !memcmp((a), (b), (n) * sizeof(*(a))))

int prefilter_same_tables(const struct prefilter *a, const struct prefilter *b)
{
	size_t i;

	if (a->nrules != b->nrules || a->nkw != b->nkw || a->depth != b->depth ||
	    a->nclass != b->nclass || a->nstate != b->nstate ||
	    a->first_busy != b->first_busy || a->nout_kw != b->nout_kw ||
	    a->nedge != b->nedge || a->nlabels != b->nlabels || a->nroot != b->nroot ||
	    a->nalways != b->nalways || memcmp(a->cls, b->cls, sizeof(a->cls)))
		return 0;
	/* Field by field: the structs' padding is not theirs to compare. */
	for (i = 0; i < a->nkw; i++)
		if (a->kws[i].len != b->kws[i].len || a->kws[i].mode != b->kws[i].mode ||
		    a->kws[i].first != b->kws[i].first || a->kws[i].n != b->kws[i].n)
			return 0;
	for (i = 0; i < a->nstate; i++)
		if (a->state[i].out != b->state[i].out || a->state[i].nout != b->state[i].nout ||
		    a->state[i].tail != b->state[i].tail)
			return 0;
	for (i = 0; i < a->nedge; i++)
		if (a->edges[i].label != b->edges[i].label || a->edges[i].len != b->edges[i].len ||
		    a->edges[i].child != b->edges[i].child ||
		    a->edges[i].nchild != b->edges[i].nchild ||
		    a->edges[i].out != b->edges[i].out || a->edges[i].first != b->edges[i].first)
			return 0;
	/* rule_of and mode_of run over the keywords' entries: as many in both. */
	for (i = 0; i < a->nkw; i++) {
		size_t n = a->kws[i].n == 1 ? 0 : a->kws[i].n, f = a->kws[i].first;

		if (!SAME_ARRAY(a->rule_of + f, b->rule_of + f, n) ||
		    !SAME_ARRAY(a->mode_of + f, b->mode_of + f, n))
			return 0;
	}
	return SAME_ARRAY(a->delta, b->delta, (size_t)a->nstate * a->nclass) &&
	       SAME_ARRAY(a->out_kw, b->out_kw, a->nout_kw) &&
	       SAME_ARRAY(a->labels, b->labels, a->nlabels) &&
	       SAME_ARRAY(a->next_out, b->next_out, a->nkw) &&
	       SAME_ARRAY(a->tail_first, b->tail_first, a->nroot * 4) &&
	       SAME_ARRAY(a->always, b->always, a->nalways);
}

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "prefilter.h"
#include "xalloc.h"

/*
 * The automaton works on byte classes, not bytes: every byte that occurs in
 * some keyword gets a class of its own (letters folded), every other byte
 * shares class 0.  With a few hundred keywords that is ~40 classes, so the
 * full transition table (states x classes) stays small and hot in cache.
 */

struct pf_keyword {
	char *text;
	size_t len;
	size_t rule;
	int anywhere;             /* not only at the start of a word */
};

struct prefilter {
	size_t nrules;
	size_t nlisted;           /* entries below this are listed in a scan's hits */
	struct pf_keyword *kws;
	size_t nkw, kw_alloc;
	size_t *always;
	size_t nalways, always_alloc;

	unsigned char cls[256];   /* byte -> class */
	unsigned nclass;
	uint32_t *delta;          /* state * nclass + class -> state */
	uint32_t nstate;
	/* Per state: the keywords ending here, as a range into out_kw. */
	uint32_t *out_start, *out_len;
	uint32_t *out_kw;
	size_t nout;
};

struct prefilter *prefilter_new(size_t nrules)
{
	struct prefilter *pf = xcalloc(1, sizeof(*pf));

	pf->nrules = nrules;
	pf->nlisted = nrules;
	return pf;
}

static void add_keyword(struct prefilter *pf, const char *kw, size_t rule, int anywhere)
{
	struct pf_keyword *k;
	size_t i, n = strlen(kw);

	if (!n)
		return;
	ALLOC_GROW(pf->kws, pf->nkw + 1, pf->kw_alloc);
	k = &pf->kws[pf->nkw++];
	k->text = xmemdup(kw, n);
	for (i = 0; i < n; i++)
		k->text[i] = (char)tolower((unsigned char)k->text[i]);
	k->len = n;
	k->rule = rule;
	k->anywhere = anywhere;
}

void prefilter_add(struct prefilter *pf, const char *kw, size_t rule)
{
	add_keyword(pf, kw, rule, 0);
}

void prefilter_add_anywhere(struct prefilter *pf, const char *kw, size_t rule)
{
	add_keyword(pf, kw, rule, 1);
}

void prefilter_set_listed(struct prefilter *pf, size_t n)
{
	pf->nlisted = n < pf->nrules ? n : pf->nrules;
}

void prefilter_add_always(struct prefilter *pf, size_t rule)
{
	ALLOC_GROW(pf->always, pf->nalways + 1, pf->always_alloc);
	pf->always[pf->nalways++] = rule;
}

void prefilter_free(struct prefilter *pf)
{
	size_t i;

	if (!pf)
		return;
	for (i = 0; i < pf->nkw; i++)
		free(pf->kws[i].text);
	free(pf->kws);
	free(pf->always);
	free(pf->delta);
	free(pf->out_start);
	free(pf->out_len);
	free(pf->out_kw);
	free(pf);
}

static unsigned char fold(unsigned char c)
{
	return (unsigned char)tolower(c);
}

void prefilter_build(struct prefilter *pf)
{
	/* Trie first (goto function), then failure links breadth first. */
	uint32_t *go, *fail, *queue, ntrie = 1, alloc = 64, head = 0, tail = 0;
	uint32_t **outs;          /* per state: keyword list (own + via fail) */
	size_t *nouts, *outalloc;
	size_t i, c, total;

	memset(pf->cls, 0, sizeof(pf->cls));
	pf->nclass = 1;
	for (i = 0; i < pf->nkw; i++)
		for (c = 0; c < pf->kws[i].len; c++) {
			unsigned char b = (unsigned char)pf->kws[i].text[c];

			/* Past 255 classes a byte shares class 0: more hits, never fewer. */
			if (!pf->cls[b] && pf->nclass < 255) {
				pf->cls[b] = (unsigned char)pf->nclass;
				if (isalpha(b))
					pf->cls[toupper(b)] = (unsigned char)pf->nclass;
				pf->nclass++;
			}
		}
	/* Classes fit a byte: at most 255 distinct keyword bytes + "other". */
	go = xcalloc(alloc * pf->nclass, sizeof(*go));
	for (i = 0; i < pf->nkw; i++) {
		uint32_t s = 0;

		for (c = 0; c < pf->kws[i].len; c++) {
			unsigned k = pf->cls[(unsigned char)pf->kws[i].text[c]];

			if (!go[s * pf->nclass + k]) {
				if (ntrie == alloc) {
					go = xreallocarray(go, (size_t)alloc * 2 * pf->nclass, sizeof(*go));
					memset(go + (size_t)alloc * pf->nclass, 0,
					       (size_t)alloc * pf->nclass * sizeof(*go));
					alloc *= 2;
				}
				go[s * pf->nclass + k] = ntrie++;
			}
			s = go[s * pf->nclass + k];
		}
	}
	outs = xcalloc(ntrie, sizeof(*outs));
	nouts = xcalloc(ntrie, sizeof(*nouts));
	outalloc = xcalloc(ntrie, sizeof(*outalloc));
	for (i = 0; i < pf->nkw; i++) {
		uint32_t s = 0;

		for (c = 0; c < pf->kws[i].len; c++)
			s = go[s * pf->nclass + pf->cls[(unsigned char)pf->kws[i].text[c]]];
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

	pf->delta = go;
	pf->nstate = ntrie;
	pf->out_start = xcalloc(ntrie, sizeof(*pf->out_start));
	pf->out_len = xcalloc(ntrie, sizeof(*pf->out_len));
	for (total = 0, i = 0; i < ntrie; i++)
		total += nouts[i];
	pf->out_kw = xcalloc(total ? total : 1, sizeof(*pf->out_kw));
	pf->nout = 0;
	for (i = 0; i < ntrie; i++) {
		pf->out_start[i] = (uint32_t)pf->nout;
		pf->out_len[i] = (uint32_t)nouts[i];
		if (nouts[i])
			memcpy(pf->out_kw + pf->nout, outs[i], nouts[i] * sizeof(uint32_t));
		pf->nout += nouts[i];
		free(outs[i]);
	}
	free(outs);
	free(nouts);
	free(outalloc);
	free(fail);
	free(queue);
}

void prefilter_hits_init(struct prefilter_hits *h, const struct prefilter *pf)
{
	memset(h, 0, sizeof(*h));
	h->nrules = pf->nrules;
	h->nlisted = pf->nlisted;
	h->rules = xcalloc(pf->nrules ? pf->nrules : 1, sizeof(*h->rules));
	h->mark = xcalloc(pf->nrules ? pf->nrules : 1, sizeof(*h->mark));
}

void prefilter_hits_release(struct prefilter_hits *h)
{
	free(h->rules);
	free(h->mark);
	memset(h, 0, sizeof(*h));
}

static void hit(struct prefilter_hits *h, size_t rule)
{
	if (rule < h->nrules && h->mark[rule] != h->generation) {
		h->mark[rule] = h->generation;
		if (rule < h->nlisted)
			h->rules[h->n++] = rule;
	}
}

static int word_start(const char *text, size_t start)
{
	return start == 0 || !isalnum((unsigned char)text[start - 1]);
}

void prefilter_scan(const struct prefilter *pf, const char *text, size_t len,
		    struct prefilter_hits *h)
{
	uint32_t s = 0;
	size_t i, j;

	h->n = 0;
	if (++h->generation == 0) {
		memset(h->mark, 0, h->nrules * sizeof(*h->mark));
		h->generation = 1;
	}
	for (i = 0; i < pf->nalways; i++)
		hit(h, pf->always[i]);
	if (!pf->delta)
		return;
	for (i = 0; i < len; i++) {
		s = pf->delta[s * pf->nclass + pf->cls[(unsigned char)text[i]]];
		for (j = 0; j < pf->out_len[s]; j++) {
			const struct pf_keyword *k = &pf->kws[pf->out_kw[pf->out_start[s] + j]];

			if (k->anywhere || word_start(text, i + 1 - k->len))
				hit(h, k->rule);
		}
	}
}

int prefilter_rule_hits(const struct prefilter *pf, size_t rule,
			const char *text, size_t len)
{
	size_t i, j;

	for (i = 0; i < pf->nalways; i++)
		if (pf->always[i] == rule)
			return 1;
	for (i = 0; i < pf->nkw; i++) {
		const struct pf_keyword *k = &pf->kws[i];

		if (k->rule != rule || k->len > len)
			continue;
		for (j = 0; j + k->len <= len; j++)
			if ((k->anywhere || word_start(text, j)) &&
			    fold((unsigned char)text[j]) == (unsigned char)k->text[0] &&
			    strncasecmp(text + j, k->text, k->len) == 0)
				return 1;
	}
	return 0;
}

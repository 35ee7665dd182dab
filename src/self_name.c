#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "self_name.h"
#include "xalloc.h"

/* Names a document gives itself; "Agreement" is the rules' own. */
static const char *const self_names[] = {
	"Call-Off Contract", "Contract", "Deed", "EULA", "Engagement Letter", "Licence",
	"License", "MSA", "Order", "Order Form", "Purchase Order", "SOW", "Service Order",
	"Statement of Work", "Subcontract", "Task Order", "Work Order",
};

static const char agreement[] = "Agreement";

static int word_char(int c)
{
	return isalnum(c) || c == '_' || c == '-' || (c & 0x80);
}

/*
 * Whether `name`, found at t, is written there in capitals where the list
 * has small letters ("SUBCONTRACT" for "Subcontract"); never for a name
 * the list writes in capitals ("SOW").
 */
static int in_capitals(const char *t, const char *name)
{
	size_t k;

	for (k = 0; name[k]; k++)
		if (islower((unsigned char)name[k]))
			return isupper((unsigned char)t[k]);
	return 0;
}

/*
 * Whether t[i..) holds `name` (in any case where `fold`) as a whole name:
 * not the start of a longer capitalised term ("the Contract Price", "this
 * Order Form" for "Order", "this Subcontract Agreement", "this Deed of
 * Variation").  Its length, or 0.  In capitals ("THIS SUBCONTRACT MAY
 * NOT BE ...") a capital after the name says nothing, so there only "of"
 * and a capital make a longer name.
 */
static size_t name_at(const char *t, size_t len, size_t i, const char *name, int fold)
{
	size_t n = strlen(name), e = i + n;
	int caps;

	if (e > len || (fold ? strncasecmp(t + i, name, n) : memcmp(t + i, name, n)))
		return 0;
	caps = in_capitals(t + i, name);
	if (e < len && word_char((unsigned char)t[e]))
		return 0;
	if (!caps && e + 1 < len && t[e] == ' ' && isupper((unsigned char)t[e + 1]))
		return 0;
	if (e + 4 < len && t[e] == ' ' && (t[e + 1] == 'o' || t[e + 1] == 'O') &&
	    (t[e + 2] == 'f' || t[e + 2] == 'F') && t[e + 3] == ' ' && isupper((unsigned char)t[e + 4]))
		return 0;
	return n;
}

/*
 * Sets seen[k] for each listed name the preamble calls the document by,
 * after "this" ("This Statement of Work ... Capitalised terms used in this
 * SOW"); returns how many.  Stops at "this Agreement": a preamble that
 * names the document so names it as the rules do.
 */
static size_t preamble_names(const char *t, size_t len, int *seen)
{
	size_t end = len < SELF_NAME_PREAMBLE ? len : SELF_NAME_PREAMBLE, i, k, m, n = 0;
	const char *h, *upper;

	/*
	 * Each "this" found by its 'h' ("THIS" by 'H'), rarer than its 't';
	 * the next 'H' is kept, or each 'h' would look for it again.
	 */
	upper = end > 1 ? memchr(t + 1, 'H', end - 1) : NULL;
	for (k = 1; k + 4 < end; k = (size_t)(h - t) + 1) {
		size_t j;

		if (upper && upper < t + k)
			upper = memchr(t + k, 'H', end - k);
		h = memchr(t + k, 'h', end - k);
		if (!h || (upper && upper < h))
			h = upper;
		if (!h)
			break;
		i = (size_t)(h - t) - 1;
		if ((i && word_char((unsigned char)t[i - 1])) || i + 5 > len ||
		    strncasecmp(t + i, "this ", 5))
			continue;
		j = i + 5;
		while (j < end && t[j] == ' ')
			j++;
		if (name_at(t, len, j, agreement, 1))
			return 0;
		for (m = 0; m < ARRAY_SIZE(self_names); m++)
			if (!seen[m] && name_at(t, len, j, self_names[m], 1)) {
				seen[m] = 1;
				n++;
			}
	}
	return n;
}

/*
 * Whether t[at..) is `name` after "this " or "This " (and, where `the`, "the " or "The "),
 * or all in capitals after "THIS " ("THE ").
 */
static int named_after(const char *t, size_t len, size_t at, const char *name, int the)
{
	int caps = at + strlen(name) <= len && in_capitals(t + at, name);

	if (!name_at(t, len, at, name, caps))
		return 0;
	if (at >= 5 && (!memcmp(t + at - 5, "this ", 5) || !memcmp(t + at - 5, "This ", 5) ||
			(caps && !memcmp(t + at - 5, "THIS ", 5))))
		return at == 5 || !word_char((unsigned char)t[at - 6]);
	if (the && at >= 4 && (!memcmp(t + at - 4, "the ", 4) || !memcmp(t + at - 4, "The ", 4) ||
			       (caps && !memcmp(t + at - 4, "THE ", 4))))
		return at == 4 || !word_char((unsigned char)t[at - 5]);
	return 0;
}

/* Uses of `name` after "this" in t: found by the name's capital, rarer than "this". */
static size_t count_this(const char *t, size_t len, const char *name)
{
	size_t i = 0, n = 0;
	const char *c;

	while (i < len && (c = memchr(t + i, name[0], len - i))) {
		i = (size_t)(c - t);
		n += named_after(t, len, i, name, 0);
		i++;
	}
	return n;
}

void self_name_subst(struct roles *r, const struct document *doc)
{
	const char *t = doc->text.ptr, *name = NULL, *c;
	size_t len = doc->text.len, i = 0, k, most = 1;
	int seen[ARRAY_SIZE(self_names)] = { 0 };

	if (!preamble_names(t, len, seen))
		return;
	/* The name the body uses most, twice at least, and more than "Agreement". */
	for (k = 0; k < ARRAY_SIZE(self_names); k++) {
		size_t n = seen[k] ? count_this(t, len, self_names[k]) : 0;

		if (n > most) {
			most = n;
			name = self_names[k];
		}
	}
	if (!name || most <= count_this(t, len, agreement))
		return;
	while (i < len && (c = memchr(t + i, name[0], len - i))) {
		i = (size_t)(c - t);
		if (named_after(t, len, i, name, 1)) {
			ALLOC_GROW(r->subst, r->nsubst + 1, r->subst_alloc);
			r->subst[r->nsubst].start = i;
			r->subst[r->nsubst].end = i + strlen(name);
			r->subst[r->nsubst].text = agreement;
			r->nsubst++;
		}
		i++;
	}
}

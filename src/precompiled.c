#include <string.h>

#include "hash.h"
#include "precompiled.h"

int precompiled_cmp(const struct precompiled_regex *a, const struct precompiled_regex *b)
{
	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	if (a->flags != b->flags)
		return a->flags < b->flags ? -1 : 1;
	return 0;
}

const struct precompiled_regex *precompiled_find(const struct precompiled_rules *pre,
						 const char *pattern, size_t len,
						 uint32_t flags)
{
	struct precompiled_regex key = { 0 };
	size_t lo = 0, hi;

	if (!pre || !pre->nregexes)
		return NULL;
	key.hash = hash_bytes(pattern, len);
	key.len = len;
	key.flags = flags;
	/* The first entry not less than the key. */
	hi = pre->nregexes;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (precompiled_cmp(&pre->regexes[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* A hash may collide: the text decides. */
	for (; lo < pre->nregexes && !precompiled_cmp(&pre->regexes[lo], &key); lo++)
		if (!memcmp(pre->regexes[lo].text, pattern, len))
			return &pre->regexes[lo];
	return NULL;
}

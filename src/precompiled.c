#include <string.h>

#include "precompiled.h"

/*
 * Eight bytes a step, where hash_bytes takes one: the expanded patterns
 * run to megabytes, and hashing them byte by byte was a third of finding
 * them.  Only a key: the text itself decides (precompiled_find).
 */
uint64_t precompiled_hash(const char *s, size_t n)
{
	uint64_t h = UINT64_C(14695981039346656037) ^ n, w;
	size_t i;

	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * UINT64_C(0x9E3779B97F4A7C15);
		h ^= h >> 29;
	}
	for (; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * UINT64_C(1099511628211);
	/*
	 * Mixed down, as the tables (rules.c) take the low bits: a block's last
	 * bytes reach only the high bits of its product, and ids that differ
	 * there ("t.000000a1", "t.000000a2") would share a slot's neighbourhood.
	 */
	h ^= h >> 33;
	h *= UINT64_C(0xFF51AFD7ED558CCD);
	return h ^ (h >> 33);
}

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
	key.hash = precompiled_hash(pattern, len);
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

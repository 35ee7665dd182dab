#include <string.h>

#include "text_sort.h"

uint64_t text_sort_key(const char *s)
{
	uint64_t k = 0;
	size_t i;

	for (i = 0; i < 8 && s[i]; i++)
		k |= (uint64_t)(unsigned char)s[i] << (56 - 8 * i);
	return k;
}

static inline int compare(const struct text_sort *a, const struct text_sort *b,
			  text_sort_tie_fn tie, void *ctx)
{
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return tie(a, b, ctx);
}

void text_sort(struct text_sort *a, struct text_sort *tmp, size_t n,
	       text_sort_tie_fn tie, void *ctx)
{
	size_t h = n / 2, i, j, k;

	if (n <= 12) {
		for (i = 1; i < n; i++) {
			struct text_sort t = a[i];

			for (j = i; j > 0 && compare(&a[j - 1], &t, tie, ctx) > 0; j--)
				a[j] = a[j - 1];
			a[j] = t;
		}
		return;
	}
	text_sort(a, tmp, h, tie, ctx);
	text_sort(a + h, tmp, n - h, tie, ctx);
	if (compare(&a[h - 1], &a[h], tie, ctx) <= 0)
		return;
	memcpy(tmp, a, h * sizeof(*tmp));
	for (i = 0, j = h, k = 0; i < h && j < n;)
		a[k++] = compare(&a[j], &tmp[i], tie, ctx) < 0 ? a[j++] : tmp[i++];
	while (i < h)
		a[k++] = tmp[i++];
}

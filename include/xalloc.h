/*
 * xalloc: allocation that never returns NULL.
 *
 * Every allocation in aiclause goes through these wrappers.  Running out of
 * memory is not an input error a caller could handle better than we can here,
 * so they print "aiclause: out of memory" and exit with EXIT_STATUS_ERROR (2).
 * Limits on input sizes (see load.h) keep well-formed but hostile files from
 * ever getting us near that point.
 *
 * Sizes are checked for overflow: xcalloc and xreallocarray die rather than
 * wrap around.
 */
#ifndef AICLAUSE_XALLOC_H
#define AICLAUSE_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *ptr, size_t size);
void *xreallocarray(void *ptr, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
void *xmemdup(const void *p, size_t n);

/* Never returns: prints "aiclause: out of memory" and exits with status 2. */
_Noreturn void xalloc_die(void);

/*
 * Grow an array so that it can hold at least `need` elements.
 * `alloc` is the current capacity and is updated.  The usual shape:
 *
 *     ALLOC_GROW(v, n + 1, alloc);
 *     v[n++] = item;
 */
#define ALLOC_GROW(ptr, need, alloc) \
	do { \
		if ((need) > (alloc)) { \
			size_t alloc_grow_n_ = (alloc) < 8 ? 8 : (alloc) * 2; \
			if (alloc_grow_n_ < (need)) \
				alloc_grow_n_ = (need); \
			(ptr) = xreallocarray((ptr), alloc_grow_n_, sizeof(*(ptr))); \
			(alloc) = alloc_grow_n_; \
		} \
	} while (0)

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif

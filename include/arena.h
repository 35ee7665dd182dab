/*
 * arena: a bump allocator for objects that all die together.
 *
 * A document's strings (clause numbers, comment text) and a rule set's
 * strings live in one arena each and are freed at once by arena_release.
 * Pointers returned stay valid until then: the arena never moves memory.
 *
 * Lifecycle: ARENA_INIT (or zero-initialise), allocate, arena_release.
 * Allocation failure exits (xalloc.h).
 */
#ifndef AICLAUSE_ARENA_H
#define AICLAUSE_ARENA_H

#include <stddef.h>

struct arena_chunk;

struct arena {
	struct arena_chunk *head;
};

#define ARENA_INIT { NULL }

/* Zero-filled, aligned for any object type. */
void *arena_alloc(struct arena *a, size_t size);
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void arena_release(struct arena *a);

#endif

/*
 * buf: a growable byte buffer with git-strbuf invariants.
 *
 *  - `ptr` is never NULL: an empty buffer points at a shared static "".
 *  - `ptr[len]` is always '\0', so `ptr` is always a C string, though the
 *    buffer may also hold NUL bytes of its own (use `len`, not strlen).
 *  - `alloc` is 0 while `ptr` is the shared empty string; nothing may write
 *    through `ptr` then.
 *  - The buffer owns `ptr`.  `buf_detach` is the only way to take it over.
 *
 * Any function that may grow the buffer invalidates pointers into `ptr`
 * obtained before the call; offsets stay valid.  So a buffer must not be
 * appended to itself: buf_add(b, b->ptr + k, n) and buf_addbuf(b, b) may
 * read freed memory.
 *
 * Lifecycle: BUF_INIT or buf_init, then buf_release (frees the contents and
 * leaves an empty, reusable buffer).  Allocation failure exits (xalloc.h).
 */
#ifndef AICLAUSE_BUF_H
#define AICLAUSE_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

struct buf {
	size_t alloc;
	size_t len;
	char *ptr;
};

extern char buf_slopbuf[];
#define BUF_INIT { 0, 0, buf_slopbuf }

void buf_init(struct buf *b, size_t hint);
void buf_release(struct buf *b);
/* Gives the caller the contents (malloc'd, NUL-terminated) and empties b. */
char *buf_detach(struct buf *b, size_t *len);

/* Makes room for at least `extra` more bytes without changing len. */
void buf_grow(struct buf *b, size_t extra);
/*
 * Sets the length to `len` and writes the NUL after it, growing the buffer
 * when `len` is past its allocation.  Bytes between the old and the new
 * length are whatever they were: a caller extends only over bytes it has
 * written after buf_grow (json.c fills an indent that way).
 */
void buf_setlen(struct buf *b, size_t len);
static inline void buf_reset(struct buf *b) { buf_setlen(b, 0); }

/*
 * buf_add and buf_addch are inline: report writers call them for every
 * punctuation mark and indent, and the common case (room to spare) is a
 * compare and a copy.
 */
static inline void buf_add(struct buf *b, const void *data, size_t len)
{
	if (!len)
		return;
	/* b->alloc is 0 or more than b->len: no underflow. */
	if (len >= b->alloc - b->len)
		buf_grow(b, len);
	memcpy(b->ptr + b->len, data, len);
	b->len += len;
	b->ptr[b->len] = '\0';
}

static inline void buf_addch(struct buf *b, int c)
{
	if (b->len + 1 >= b->alloc)
		buf_grow(b, 1);
	b->ptr[b->len++] = (char)c;
	b->ptr[b->len] = '\0';
}

void buf_addstr(struct buf *b, const char *s);
void buf_addbuf(struct buf *b, const struct buf *other);
/* Inserts data[0..len) at offset pos (<= b->len); data must not point into b. */
void buf_insert(struct buf *b, size_t pos, const void *data, size_t len);
void buf_addf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_vaddf(struct buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Appends the UTF-8 encoding of code point `cp` (U+FFFD if invalid). */
void buf_add_utf8(struct buf *b, unsigned long cp);

/* Removes trailing ASCII whitespace. */
void buf_rtrim(struct buf *b);

#endif

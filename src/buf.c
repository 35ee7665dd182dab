#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "xalloc.h"

/* Shared by every empty buffer; never written (alloc == 0 guards it). */
char buf_slopbuf[1];

void buf_init(struct buf *b, size_t hint)
{
	b->alloc = 0;
	b->len = 0;
	b->ptr = buf_slopbuf;
	if (hint)
		buf_grow(b, hint);
}

void buf_release(struct buf *b)
{
	if (b->alloc)
		free(b->ptr);
	buf_init(b, 0);
}

char *buf_detach(struct buf *b, size_t *len)
{
	char *p;

	if (!b->alloc)
		buf_grow(b, 0);
	p = b->ptr;
	if (len)
		*len = b->len;
	buf_init(b, 0);
	return p;
}

void buf_grow(struct buf *b, size_t extra)
{
	int was_empty = !b->alloc;
	size_t need;

	if (extra > SIZE_MAX - b->len - 1)
		xalloc_die();
	need = b->len + extra + 1;
	if (need <= b->alloc)
		return;
	if (was_empty)
		b->ptr = NULL;
	ALLOC_GROW(b->ptr, need, b->alloc);
	if (was_empty)
		b->ptr[0] = '\0';
}

void buf_setlen(struct buf *b, size_t len)
{
	if (!b->alloc) {
		if (len == 0)
			return;
		buf_grow(b, len);
	} else if (len >= b->alloc) {
		buf_grow(b, len - b->len);
	}
	b->len = len;
	b->ptr[len] = '\0';
}

void buf_addstr(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_addbuf(struct buf *b, const struct buf *other)
{
	buf_add(b, other->ptr, other->len);
}

void buf_insert(struct buf *b, size_t pos, const void *data, size_t len)
{
	if (pos > b->len)
		abort();
	if (!len)
		return;
	buf_grow(b, len);
	memmove(b->ptr + pos + len, b->ptr + pos, b->len - pos);
	memcpy(b->ptr + pos, data, len);
	b->len += len;
	b->ptr[b->len] = '\0';
}

void buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(b->ptr + b->len, b->alloc ? b->alloc - b->len : 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	if (!b->alloc || (size_t)n >= b->alloc - b->len) {
		buf_grow(b, (size_t)n);
		n = vsnprintf(b->ptr + b->len, b->alloc - b->len, fmt, ap);
		if (n < 0)
			return;
	}
	b->len += (size_t)n;
}

void buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void buf_add_utf8(struct buf *b, unsigned long cp)
{
	char s[4];

	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		buf_addch(b, (int)cp);
	} else if (cp < 0x800) {
		s[0] = (char)(0xC0 | (cp >> 6));
		s[1] = (char)(0x80 | (cp & 0x3F));
		buf_add(b, s, 2);
	} else if (cp < 0x10000) {
		s[0] = (char)(0xE0 | (cp >> 12));
		s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		s[2] = (char)(0x80 | (cp & 0x3F));
		buf_add(b, s, 3);
	} else {
		s[0] = (char)(0xF0 | (cp >> 18));
		s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		s[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		s[3] = (char)(0x80 | (cp & 0x3F));
		buf_add(b, s, 4);
	}
}

void buf_rtrim(struct buf *b)
{
	size_t n = b->len;

	while (n && (b->ptr[n - 1] == ' ' || b->ptr[n - 1] == '\t' ||
		     b->ptr[n - 1] == '\n' || b->ptr[n - 1] == '\r'))
		n--;
	buf_setlen(b, n);
}

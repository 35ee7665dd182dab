#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "swar.h"
#include "utf8.h"
#include "xalloc.h"

static const char hex_digits[] = "0123456789abcdef";

/*
 * Bytes a JSON string holds as they are: printable ASCII (and DEL) but '"'
 * and '\\'.  A table, as every byte of every string is looked up.
 */
static const unsigned char plain_byte[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x00 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x10 */
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x20 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x30 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x40 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,   /* 0x50 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x60 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x70 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x80 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x90 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xA0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xB0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xC0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xD0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xE0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xF0 */
};

/*
 * Whether any of the eight bytes in w is not a plain_byte: a control byte,
 * a byte not ASCII, '"' or '\\'.  Each test ("a byte below 0x20", "a zero
 * byte") is exact as a whole: a borrow only spills past a byte that
 * already answered yes.
 */
static inline uint64_t needs_care(uint64_t w)
{
	uint64_t quote = w ^ (SWAR_ONES * '"'), slash = w ^ (SWAR_ONES * '\\');

	return (((w - SWAR_ONES * 0x20) & ~w) | ((quote - SWAR_ONES) & ~quote) |
		((slash - SWAR_ONES) & ~slash) | w) & SWAR_TOPS;
}

void json_add_string(struct buf *b, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, run = 0;

	buf_grow(b, len + 2);
	buf_addch(b, '"');
	while (i < len) {
		unsigned char c;
		size_t n, bad = 0;

		/* Printable ASCII but '"' and '\\', most of any string: skip it. */
		while (len - i >= 8 && !needs_care(swar_load_le64(u + i)))
			i += 8;
		while (i < len && plain_byte[u[i]])
			i++;
		if (i == len)
			break;
		c = u[i];
		if (c >= 0x80) {
			n = utf8_sequence(u + i, len - i, &bad);
			if (n) {
				i += n;
				continue;
			}
		}
		/* Flush the plain bytes before the one that needs care. */
		buf_add(b, s + run, i - run);
		if (bad) {
			buf_addstr(b, "\xEF\xBF\xBD");
			i += bad;
		} else {
			switch (c) {
			case '"':  buf_addstr(b, "\\\""); break;
			case '\\': buf_addstr(b, "\\\\"); break;
			case '\b': buf_addstr(b, "\\b"); break;
			case '\f': buf_addstr(b, "\\f"); break;
			case '\n': buf_addstr(b, "\\n"); break;
			case '\r': buf_addstr(b, "\\r"); break;
			case '\t': buf_addstr(b, "\\t"); break;
			default:
				buf_addstr(b, "\\u00");
				buf_addch(b, hex_digits[c >> 4]);
				buf_addch(b, hex_digits[c & 0xF]);
			}
			i++;
		}
		run = i;
	}
	buf_add(b, s + run, len - run);
	buf_addch(b, '"');
}

void json_add_cstr(struct buf *b, const char *s)
{
	if (s)
		json_add_string(b, s, strlen(s));
	else
		buf_addstr(b, "null");
}

void json_writer_init(struct json_writer *w, struct buf *out)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
}

static void newline_indent(struct json_writer *w)
{
	size_t n = 1 + 2 * (size_t)w->depth;

	/* One grow and one fill: every member of every object comes here. */
	buf_grow(w->out, n);
	w->out->ptr[w->out->len] = '\n';
	memset(w->out->ptr + w->out->len + 1, ' ', n - 1);
	buf_setlen(w->out, w->out->len + n);
}

/*
 * Writes what separates a value from the one before it.  In an object the
 * key did that already; at the top level there is nothing to separate.
 */
static void begin_value(struct json_writer *w)
{
	int top = w->depth - 1;

	if (w->depth == 0)
		return;
	if (w->is_object[top]) {
		if (!w->key_pending)
			abort();        /* an object member without a key */
		w->key_pending = 0;
		return;
	}
	if (w->has_members[top])
		buf_addch(w->out, ',');
	newline_indent(w);
	w->has_members[top] = 1;
}

static void open_container(struct json_writer *w, int is_object)
{
	if (w->depth == JSON_MAX_DEPTH)
		abort();
	begin_value(w);
	buf_addch(w->out, is_object ? '{' : '[');
	w->is_object[w->depth] = (unsigned char)is_object;
	w->has_members[w->depth] = 0;
	w->depth++;
}

static void close_container(struct json_writer *w, int is_object)
{
	int had_members;

	if (w->depth == 0 || w->is_object[w->depth - 1] != is_object ||
	    w->key_pending)
		abort();
	had_members = w->has_members[w->depth - 1];
	w->depth--;
	if (had_members)
		newline_indent(w);
	buf_addch(w->out, is_object ? '}' : ']');
}

void json_object_begin(struct json_writer *w)
{
	open_container(w, 1);
}

void json_object_end(struct json_writer *w)
{
	close_container(w, 1);
}

void json_array_begin(struct json_writer *w)
{
	open_container(w, 0);
}

void json_array_end(struct json_writer *w)
{
	close_container(w, 0);
}

/*
 * Length of the key if it goes into a JSON string as it is, without
 * escapes; else (size_t)-1.  One pass: no strlen first.
 */
static size_t plain_key_len(const char *key)
{
	const unsigned char *u = (const unsigned char *)key;
	size_t n;

	for (n = 0; u[n]; n++)
		if (!plain_byte[u[n]])
			return (size_t)-1;
	return n;
}

void json_key(struct json_writer *w, const char *key)
{
	int top = w->depth - 1;
	size_t klen, indent;
	char *p;

	/* A NULL key would be written as a bare null: misuse, as the rest. */
	if (w->depth == 0 || !w->is_object[top] || w->key_pending || !key)
		abort();
	klen = plain_key_len(key);
	if (klen == (size_t)-1) {
		if (w->has_members[top])
			buf_addch(w->out, ',');
		newline_indent(w);
		json_add_cstr(w->out, key);
		buf_add(w->out, ": ", 2);
	} else {
		/*
		 * Every member of every object comes here, and keys are plain
		 * names: ",\n    \"key\": " in one grow and one fill.
		 */
		indent = 2 * (size_t)w->depth;
		buf_grow(w->out, 1 + 1 + indent + klen + 4);
		p = w->out->ptr + w->out->len;
		if (w->has_members[top])
			*p++ = ',';
		*p++ = '\n';
		memset(p, ' ', indent);
		p += indent;
		*p++ = '"';
		memcpy(p, key, klen);
		p += klen;
		memcpy(p, "\": ", 3);
		p += 3;
		buf_setlen(w->out, (size_t)(p - w->out->ptr));
	}
	w->has_members[top] = 1;
	w->key_pending = 1;
}

void json_string(struct json_writer *w, const char *s, size_t len)
{
	begin_value(w);
	json_add_string(w->out, s, len);
}

void json_cstr(struct json_writer *w, const char *s)
{
	begin_value(w);
	json_add_cstr(w->out, s);
}

void json_uint(struct json_writer *w, unsigned long long n)
{
	char digits[24];
	size_t i = sizeof(digits);

	begin_value(w);
	/* By hand: printf's format parsing costs more than the number. */
	do {
		digits[--i] = (char)('0' + n % 10);
		n /= 10;
	} while (n);
	buf_add(w->out, digits + i, sizeof(digits) - i);
}

void json_bool(struct json_writer *w, int v)
{
	begin_value(w);
	buf_addstr(w->out, v ? "true" : "false");
}

void json_null(struct json_writer *w)
{
	begin_value(w);
	buf_addstr(w->out, "null");
}

void json_key_cstr(struct json_writer *w, const char *key, const char *value)
{
	json_key(w, key);
	json_cstr(w, value);
}

void json_key_uint(struct json_writer *w, const char *key, unsigned long long n)
{
	json_key(w, key);
	json_uint(w, n);
}

struct json_const {
	const char *key;
	size_t off, len;
};

static size_t const_slot(const struct json_consts *c, const char *s)
{
	size_t i = (size_t)(((uintptr_t)s >> 3) * 0x9E3779B97F4A7C15u) & (c->nslot - 1);

	while (c->slots[i].key && c->slots[i].key != s)
		i = (i + 1) & (c->nslot - 1);
	return i;
}

static void consts_grow(struct json_consts *c)
{
	struct json_const *old = c->slots;
	size_t i, n = c->nslot;

	c->nslot = n ? 2 * n : 256;
	c->slots = xcalloc(c->nslot, sizeof(*c->slots));
	for (i = 0; i < n; i++)
		if (old[i].key)
			c->slots[const_slot(c, old[i].key)] = old[i];
	free(old);
}

void json_const_cstr(struct json_writer *w, struct json_consts *c, const char *s)
{
	size_t i;

	if (!s) {
		json_null(w);
		return;
	}
	/* Kept at most half full, so that a search always ends. */
	if (2 * (c->nused + 1) > c->nslot)
		consts_grow(c);
	i = const_slot(c, s);
	if (!c->slots[i].key) {
		c->slots[i].key = s;
		c->slots[i].off = c->text.len;
		json_add_cstr(&c->text, s);
		c->slots[i].len = c->text.len - c->slots[i].off;
		c->nused++;
	}
	begin_value(w);
	buf_add(w->out, c->text.ptr + c->slots[i].off, c->slots[i].len);
}

void json_consts_release(struct json_consts *c)
{
	free(c->slots);
	c->slots = NULL;
	c->nslot = c->nused = 0;
	buf_release(&c->text);
}

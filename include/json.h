/*
 * json: the few pieces of JSON writing every writer needs.
 *
 * Appends to a buf (never fails: allocation failure exits).  Strings are
 * escaped per RFC 8259; invalid UTF-8 becomes U+FFFD so the output is always
 * valid JSON, whatever the input.  NUL bytes inside a counted string are
 * written as \u0000.
 */
#ifndef AICLAUSE_JSON_H
#define AICLAUSE_JSON_H

#include <stddef.h>
#include <stdio.h>

#include "buf.h"

/* Appends a quoted, escaped JSON string of s[0..len). */
void json_add_string(struct buf *b, const char *s, size_t len);
/* The same for a C string; NULL gives `null`. */
void json_add_cstr(struct buf *b, const char *s);

/*
 * A pretty-printer for writers that build whole documents: two spaces per
 * level, one member or element per line, "[]" and "{}" when empty, and no
 * trailing newline (the caller adds one at the very end).  The output is a
 * function of the calls alone, so it is byte-for-byte reproducible.
 *
 * Inside an object, name each member with json_key() and then give its value
 * (a scalar or a nested container); inside an array give values only.
 * Misuse (a value without a key in an object, closing the wrong container,
 * nesting deeper than JSON_MAX_DEPTH) is a programming error and aborts.
 */
#define JSON_MAX_DEPTH 32

struct json_writer {
	struct buf *out;
	int depth;
	unsigned char is_object[JSON_MAX_DEPTH];
	unsigned char has_members[JSON_MAX_DEPTH];
	int key_pending;
};

void json_writer_init(struct json_writer *w, struct buf *out);

void json_object_begin(struct json_writer *w);
void json_object_end(struct json_writer *w);
void json_array_begin(struct json_writer *w);
void json_array_end(struct json_writer *w);
/* Names the next value; `key` is escaped like any string. */
void json_key(struct json_writer *w, const char *key);

void json_string(struct json_writer *w, const char *s, size_t len);
void json_cstr(struct json_writer *w, const char *s);       /* NULL: null */
void json_uint(struct json_writer *w, unsigned long long n);
void json_bool(struct json_writer *w, int v);
void json_null(struct json_writer *w);
/* A member: json_key, then the value. */
void json_key_cstr(struct json_writer *w, const char *key, const char *value);
void json_key_uint(struct json_writer *w, const char *key, unsigned long long n);

/*
 * Strings every document of a report repeats (the text of rules and
 * checklist items, names from static tables), escaped once: the first
 * json_const_cstr() of an address escapes the string and remembers the
 * result by that address, later ones copy it.  So the string must stay
 * at that address, unchanged, until json_consts_release().
 */
struct json_const;
struct json_consts {
	struct json_const *slots;     /* open addressing by address; NULL key: free */
	size_t nslot, nused;
	struct buf text;              /* the escaped strings, quotes included */
};

#define JSON_CONSTS_INIT { NULL, 0, 0, BUF_INIT }

void json_const_cstr(struct json_writer *w, struct json_consts *c, const char *s);
void json_consts_release(struct json_consts *c);

#endif

/*
 * json: the few pieces of JSON writing every writer needs.
 *
 * Appends to a buf (never fails: allocation failure exits).  Strings are
 * escaped per RFC 8259; invalid UTF-8 becomes U+FFFD so the output is always
 * valid JSON, whatever the input.
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
/* Writes a quoted, escaped string straight to a stream. */
void json_fput_string(FILE *out, const char *s, size_t len);

#endif

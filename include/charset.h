/*
 * charset: text written in another charset, as UTF-8, through iconv.
 *
 * The one converter the loaders share: text_load for a file in UTF-16 or
 * windows-1252, docx_load for a text/plain part imported by w:altChunk in
 * the charset its content type declares.
 */
#ifndef AICLAUSE_CHARSET_H
#define AICLAUSE_CHARSET_H

#include <stddef.h>

#include "buf.h"

/*
 * Appends in[0..len), written in the iconv charset `from`, to `out` as
 * UTF-8.  Input iconv cannot map (a lone surrogate, one of cp1252's five
 * undefined bytes, a final odd byte) becomes one U+FFFD per `unit` bytes
 * passed over (2 for UTF-16, else 1), counted in *nbad.  Returns 0; or -1
 * with a one-line reason appended to `err` where iconv does not know
 * `from` ("cannot convert from koi8-x: Invalid argument") or where `out`
 * would grow past `limit` bytes ("text is larger than the N-byte limit");
 * `out` then holds what was converted so far.
 */
int charset_to_utf8(struct buf *out, const char *from, const unsigned char *in, size_t len,
		    size_t unit, size_t limit, size_t *nbad, struct buf *err);

/*
 * The bytes of one code unit of the iconv charset `name`: 2 for UTF-16
 * and UCS-2 by any of their names ("UTF16LE", "ucs-2", "UNICODELITTLE"),
 * 4 for UTF-32 and UCS-4, else 1.  The `unit` charset_to_utf8 skips a bad
 * unit by, so that the text after it is read in step.
 */
size_t charset_unit(const char *name);

#endif

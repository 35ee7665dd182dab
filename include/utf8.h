/*
 * utf8: the one UTF-8 decoder step the loaders and the JSON writer share.
 */
#ifndef AICLAUSE_UTF8_H
#define AICLAUSE_UTF8_H

#include <stddef.h>

/*
 * Length of the well-formed UTF-8 sequence at s[0..n) (Unicode table 3-7),
 * n >= 1, or 0 when there is none; then *bad is the length of the maximal
 * ill-formed subpart (at least 1), which a caller replaces by one U+FFFD,
 * as Unicode (ch. 3, "U+FFFD substitution of maximal subparts") and the
 * WHATWG decoder recommend.
 */
size_t utf8_sequence(const unsigned char *s, size_t n, size_t *bad);

#endif

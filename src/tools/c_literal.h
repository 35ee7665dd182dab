#ifndef AICLAUSE_TOOLS_C_LITERAL_H
#define AICLAUSE_TOOLS_C_LITERAL_H

#include <stddef.h>
#include <stdio.h>

/*
 * Writes s[0..n) to out as a C string literal (any bytes, NUL included),
 * broken into adjacent literals every 100 bytes so that generated lines
 * stay readable.  For the build tools that write C sources.
 */
void put_c_string(FILE *out, const char *s, size_t n);

#endif

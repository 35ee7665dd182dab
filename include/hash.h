/*
 * hash: FNV-1a, 64 bits, of s[0..n).
 *
 * For tables keyed by text: the regex_lit memo and the precompiled rule
 * table.  The value is the same in every run and every build, which the
 * precompiled table relies on (it stores the hashes).
 */
#ifndef AICLAUSE_HASH_H
#define AICLAUSE_HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t hash_bytes(const char *s, size_t n);

#endif

#ifndef AICLAUSE_SWAR_H
#define AICLAUSE_SWAR_H

/*
 * Eight bytes of text tested at once in a 64-bit word ("SIMD within a
 * register"): the loops that skip plain text in the loader and the view
 * run over every byte of a contract, and a step of eight is most of what
 * they gain.  Header-only: each use inlines.
 */

#include <stdint.h>
#include <string.h>

/* A 64-bit word with every byte 0x01, and one with every byte 0x80. */
#define SWAR_ONES UINT64_C(0x0101010101010101)
#define SWAR_TOPS UINT64_C(0x8080808080808080)

/*
 * The eight bytes at p (any alignment; all eight must be readable) as one
 * word with the first byte in the low bits, whatever the machine's byte
 * order, so that "the lowest set bit" means "the first byte".
 */
static inline uint64_t swar_load_le64(const void *p)
{
	uint64_t w;

	memcpy(&w, p, sizeof(w));
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w);
#endif
	return w;
}

#endif

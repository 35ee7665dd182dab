/*
 * precompiled: the built-in packs' regexes, compiled and analysed at build
 * time.
 *
 * Loading the rule library used to be most of the cost of reviewing one
 * contract: pcre2_compile and regex_lit's analysis of some 1,300 expanded
 * patterns took four fifths of the start-up.  Both depend only on the
 * pattern text and its compile flags, which for the built-in packs are
 * known when the binary is built.  So src/tools/precompile.c loads those
 * packs, compiles and analyses every regex as ruleset_compile would, and
 * writes the results out (build/gen/precompiled_rules.c): each regex's
 * needed literal sets, and all compiled codes in PCRE2's serialized form.
 *
 * ruleset_compile looks each regex up by its expanded text and flags (by
 * hash, then comparing the text itself).  A regex without an entry (a user's pack, a
 * pattern a --rules DIR replaced) is compiled and analysed at run time, as
 * are all regexes when the PCRE2 library at run time cannot decode the codes
 * (pcre2_serialize_decode checks its version and configuration): the
 * results are the same either way, only slower.
 *
 * Everything here is immutable static data; nothing is owned or freed.
 */
#ifndef AICLAUSE_PRECOMPILED_H
#define AICLAUSE_PRECOMPILED_H

#include <stddef.h>
#include <stdint.h>

#include "regex_lit.h"

/* One literal set a regex needs (struct regex_need, as static data). */
struct precompiled_need {
	const char *const *words;
	size_t n;
	struct regex_span reach;
	size_t lead;
	size_t first_atom, last_atom;
};

struct precompiled_regex {
	uint64_t hash;            /* precompiled_hash of the expanded pattern */
	const char *text;         /* the expanded pattern */
	size_t len;               /* its length in bytes */
	uint32_t flags;           /* the pcre2_compile options it was compiled with */
	size_t code;              /* its code's index among the serialized codes */
	const struct precompiled_need *needs;
	size_t nneeds;
};

struct precompiled_rules {
	const struct precompiled_regex *regexes;   /* sorted by hash, len, flags */
	size_t nregexes;
	const unsigned char *codes;                /* pcre2_serialize_encode output */
	size_t codes_len;
};

/* The table generated for this binary's built-in packs. */
extern const struct precompiled_rules precompiled_rules;

/* Orders entries as the table is sorted (text not compared). */
/* The key of an expanded pattern (by the build's host: the codes are its too). */
uint64_t precompiled_hash(const char *s, size_t n);

int precompiled_cmp(const struct precompiled_regex *a, const struct precompiled_regex *b);

/*
 * The first entry of `pre` for this pattern text and flags, or NULL.
 * Entries for the same text follow it (a pattern may occur twice).
 */
const struct precompiled_regex *precompiled_find(const struct precompiled_rules *pre,
						 const char *pattern, size_t len,
						 uint32_t flags);

#endif

/*
 * home_law_index: writes the index home_law.c looks a place a law is
 * chosen by up in (build/gen/home_law_index.h), from the lists of
 * src/home_law_places.h and the other places below, so that each name is
 * written once and the index is an immutable table.
 *
 * The index holds each name once, by its first byte and, in each byte's
 * names, longest first: a name is looked for only where its first letter
 * is, and the first found is the longest.  Usage: home_law_index OUT.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../home_law_places.h"
#include "c_literal.h"
#include "xalloc.h"

/*
 * Other places whose law a contract chooses by name, besides the states,
 * provinces and countries of home_law_places.h: a law chosen from any of
 * these lists that is no party's home is a third place's
 * (HOME_LAW_NEITHER).  A name here must be in no other list.
 */
static const char *const other_jurisdictions[] = {
	"Abu Dhabi", "Bermuda", "Cayman Islands", "Cyprus", "Dubai", "Estonia", "Gibraltar",
	"Hong Kong", "Iceland", "Isle of Man", "Liechtenstein", "Lithuania", "Malta",
	"New Zealand", "Northern Ireland", "Pakistan", "Peru", "Qatar", "Romania", "Saudi Arabia",
	"Slovakia", "Slovenia", "Sri Lanka", "Taiwan", "United Arab Emirates", "Uruguay",
};

struct jname {
	const char *name;
	size_t len;
	int subnational;
	size_t order;
};

/* Every name of the lists: the states' and provinces', the countries' and their adjectives. */
#define MAX_JNAMES                                                                    \
	(ARRAY_SIZE(us_states) + ARRAY_SIZE(ca_provinces) + ARRAY_SIZE(au_states) +   \
	 2 * ARRAY_SIZE(countries) + ARRAY_SIZE(other_jurisdictions))

static struct jname gathered[MAX_JNAMES];
static size_t ngathered;

/*
 * Adds `name` unless it is there already ("England" is the home of a
 * "British", an "English" and a "UK" company alike); `unique`: a name
 * that must be in no list before (exits 1 if it is).
 */
static void add(const char *name, int subnational, int unique)
{
	size_t k;

	for (k = 0; k < ngathered; k++) {
		if (strcmp(gathered[k].name, name))
			continue;
		if (unique || gathered[k].subnational != subnational) {
			fprintf(stderr, "home_law_index: '%s' is in two lists\n", name);
			exit(1);
		}
		return;
	}
	gathered[ngathered].name = name;
	gathered[ngathered].len = strlen(name);
	gathered[ngathered].subnational = subnational;
	gathered[ngathered].order = ngathered;
	ngathered++;
}

/* By first byte, then longest first, then in the lists' order. */
static int by_byte_longest(const void *a, const void *b)
{
	const struct jname *x = a, *y = b;
	unsigned char cx = (unsigned char)x->name[0], cy = (unsigned char)y->name[0];

	if (cx != cy)
		return cx < cy ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

int main(int argc, char **argv)
{
	size_t k, c, longest = 0;
	FILE *out;

	if (argc != 2) {
		fprintf(stderr, "usage: home_law_index OUT\n");
		return 2;
	}
	for (k = 0; k < ARRAY_SIZE(us_states); k++)
		add(us_states[k][1], 1, 0);
	for (k = 0; k < ARRAY_SIZE(ca_provinces); k++)
		add(ca_provinces[k], 1, 0);
	for (k = 0; k < ARRAY_SIZE(au_states); k++)
		add(au_states[k][1], 0, 0);
	for (k = 0; k < ARRAY_SIZE(countries); k++) {
		add(countries[k].name, 0, 0);
		if (countries[k].law_named)
			add(countries[k].adjective, 0, 0);
	}
	for (k = 0; k < ARRAY_SIZE(other_jurisdictions); k++)
		add(other_jurisdictions[k], 0, 1);
	/* qsort is not stable: a tie is broken by the order the names were added in. */
	qsort(gathered, ngathered, sizeof(gathered[0]), by_byte_longest);
	if (!(out = fopen(argv[1], "w"))) {
		fprintf(stderr, "home_law_index: cannot open '%s'\n", argv[1]);
		return 1;
	}
	fprintf(out, "/* Written by src/tools/home_law_index.c from src/home_law_places.h: do not edit. */\n");
	for (k = 0; k < ngathered; k++)
		if (gathered[k].len > longest)
			longest = gathered[k].len;
	fprintf(out, "#define JINDEX_LONGEST %zu\n\n", longest);
	fprintf(out, "static const struct jname jindex[] = {\n");
	for (k = 0; k < ngathered; k++) {
		fputs("\t{ ", out);
		put_c_string(out, gathered[k].name, gathered[k].len);
		fprintf(out, ", %zu, %d },\n", gathered[k].len, gathered[k].subnational);
	}
	fprintf(out, "};\n\n/* The names opening with byte c are jindex[jindex_from[c]..jindex_from[c + 1]). */\n");
	fprintf(out, "static const unsigned short jindex_from[257] = {");
	for (c = 0, k = 0; c <= 256; c++) {
		while (c < 256 && k < ngathered && (unsigned char)gathered[k].name[0] < c)
			k++;
		if (c == 256)
			k = ngathered;
		fprintf(out, "%s%zu,", c % 16 ? " " : "\n\t", k);
	}
	fprintf(out, "\n};\n");
	if (fclose(out)) {
		fprintf(stderr, "home_law_index: cannot write '%s'\n", argv[1]);
		return 1;
	}
	return 0;
}

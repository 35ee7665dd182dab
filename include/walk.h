/*
 * walk: the contracts a scan reviews, from the paths it is given.
 *
 * A path that names a file is taken whatever its name (the loader tells its
 * type from its content).  A directory is walked depth first, entries in
 * byte order of their names, so a batch is listed the same way on every
 * machine; under it, the files whose names end in CONTRACT_SUFFIXES (any
 * case) are taken, and passed over, as ripgrep does: hidden files and
 * directories (a leading dot) and symbolic links (no loops, nothing
 * outside the tree).  A path that cannot be read (missing, a directory
 * without permission, one nested deeper than WALK_MAX_DEPTH) is listed
 * in walk order like a file, with the reason in `why`, and counted in
 * `errors`; the walk goes on.  Nothing is printed: the caller reports
 * such a path as it reports a file it cannot read, in the report too.
 */
#ifndef AICLAUSE_WALK_H
#define AICLAUSE_WALK_H

#include <stddef.h>

#define WALK_MAX_DEPTH 64
/* What a directory walk takes: text and Word documents. */
#define CONTRACT_SUFFIXES ".txt .text .md .markdown .docx .docm .dotx .dotm"

struct walk_list {
	char **paths;                /* malloc'd, in walk order */
	char **why;                  /* per path: why it cannot be read (malloc'd), or NULL */
	size_t n, alloc;
	size_t errors;               /* paths that could not be read */
};

/* Appends what `paths` name to out (zeroed by the caller); returns out->errors. */
size_t walk_collect(struct walk_list *out, const char *const *paths, size_t npaths);
void walk_release(struct walk_list *l);

/* Whether a file of this name is one a directory walk takes. */
int walk_takes_name(const char *name);

#endif

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "buf.h"
#include "diag.h"
#include "walk.h"
#include "xalloc.h"

int walk_takes_name(const char *name)
{
	static const char *const suffixes[] = {
		".txt", ".text", ".md", ".markdown", ".docx", ".docm", ".dotx", ".dotm",
	};
	size_t len = strlen(name), i, k;

	for (i = 0; i < ARRAY_SIZE(suffixes); i++) {
		k = strlen(suffixes[i]);
		/* A name that is only the suffix is a hidden file, not a contract. */
		if (len > k && !strcasecmp(name + len - k, suffixes[i]))
			return 1;
	}
	return 0;
}

static void add_entry(struct walk_list *l, const char *path, const char *why)
{
	if (l->n == l->alloc) {
		ALLOC_GROW(l->paths, l->n + 1, l->alloc);
		l->why = xreallocarray(l->why, l->alloc, sizeof(*l->why));
	}
	l->why[l->n] = why ? xstrdup(why) : NULL;
	l->paths[l->n++] = xstrdup(path);
}

static void add_path(struct walk_list *l, const char *path)
{
	add_entry(l, path, NULL);
}

static void walk_error(struct walk_list *l, const char *path, const char *why)
{
	add_entry(l, path, why);
	l->errors++;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk_dir(struct walk_list *l, struct buf *path, unsigned depth)
{
	char **names = NULL;
	size_t n = 0, alloc = 0, i, keep = path->len;
	struct dirent *d;
	DIR *dir;

	if (depth > WALK_MAX_DEPTH) {
		walk_error(l, path->ptr, "directories nested too deep");
		return;
	}
	if (!(dir = opendir(path->ptr))) {
		walk_error(l, path->ptr, diag_strerror(errno));
		return;
	}
	while ((d = readdir(dir))) {
		if (d->d_name[0] == '.')
			continue;
		ALLOC_GROW(names, n + 1, alloc);
		names[n++] = xstrdup(d->d_name);
	}
	closedir(dir);
	if (n)
		qsort(names, n, sizeof(*names), compare_names);
	for (i = 0; i < n; i++) {
		struct stat st;

		buf_setlen(path, keep);
		if (keep && path->ptr[keep - 1] != '/')
			buf_addch(path, '/');
		buf_addstr(path, names[i]);
		if (lstat(path->ptr, &st) < 0)
			walk_error(l, path->ptr, diag_strerror(errno));
		else if (S_ISDIR(st.st_mode))
			walk_dir(l, path, depth + 1);
		else if (S_ISREG(st.st_mode) && walk_takes_name(names[i]))
			add_path(l, path->ptr);
		free(names[i]);
	}
	buf_setlen(path, keep);
	free(names);
}

size_t walk_collect(struct walk_list *out, const char *const *paths, size_t npaths)
{
	struct buf path = BUF_INIT;
	size_t i;

	for (i = 0; i < npaths; i++) {
		struct stat st;

		/* Named on the command line: followed, and taken whatever its name. */
		if (stat(paths[i], &st) < 0) {
			walk_error(out, paths[i], diag_strerror(errno));
			continue;
		}
		if (!S_ISDIR(st.st_mode)) {
			add_path(out, paths[i]);
			continue;
		}
		buf_reset(&path);
		buf_addstr(&path, paths[i]);
		walk_dir(out, &path, 0);
	}
	buf_release(&path);
	return out->errors;
}

void walk_release(struct walk_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->paths[i]);
		free(l->why[i]);
	}
	free(l->paths);
	free(l->why);
	memset(l, 0, sizeof(*l));
}

#include <errno.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "buf.h"
#include "diag.h"
#include "waiver.h"
#include "xalloc.h"

struct waiver_ctx {
	struct waivers *w;
	const char *path;          /* the file being read, in the arena */
	const struct ruleset *rs;
	yaml_document_t *doc;
	int errors;
};

static unsigned long line_of(const yaml_node_t *n)
{
	return n ? (unsigned long)n->start_mark.line + 1 : 0;
}

static void waiver_error(struct waiver_ctx *c, const yaml_node_t *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void waiver_error(struct waiver_ctx *c, const yaml_node_t *n, const char *fmt, ...)
{
	struct buf msg = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	error_at(c->path, line_of(n), "%s", msg.ptr);
	buf_release(&msg);
	c->errors++;
}

static yaml_node_t *node(struct waiver_ctx *c, int index)
{
	return yaml_document_get_node(c->doc, index);
}

static int key_is(const yaml_node_t *k, const char *name)
{
	return k && k->type == YAML_SCALAR_NODE && k->data.scalar.length == strlen(name) &&
	       !memcmp(k->data.scalar.value, name, k->data.scalar.length);
}

/* The scalar's text in the arena; NULL (and an error) for anything else. */
static const char *scalar(struct waiver_ctx *c, const yaml_node_t *n, const char *what)
{
	if (!n || n->type != YAML_SCALAR_NODE) {
		waiver_error(c, n, "%s must be a string", what);
		return NULL;
	}
	return arena_strndup(&c->w->arena, (const char *)n->data.scalar.value,
			     n->data.scalar.length);
}

/* Whether s is a real day written YYYY-MM-DD: 2030-02-30 is not. */
static int is_date(const char *s)
{
	static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int i, year, month, day;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : s[i] < '0' || s[i] > '9')
			return 0;
	if (s[10])
		return 0;
	year = atoi(s);
	month = (s[5] - '0') * 10 + (s[6] - '0');
	day = (s[8] - '0') * 10 + (s[9] - '0');
	if (month < 1 || month > 12 || day < 1 || day > days[month - 1])
		return 0;
	return month != 2 || day < 29 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
}

/*
 * The path as patterns and paths are compared: "./" at the start and
 * within, and doubled slashes, left out, so that "scan ." (which gives
 * "./c1.txt") and "review c1.txt" meet the same "files: c1.txt".  Written
 * to out, which has room for strlen(path) + 1 bytes.
 */
static void normal_path(const char *path, char *out)
{
	char *o = out;

	while (path[0] == '.' && path[1] == '/')
		for (path += 2; *path == '/'; path++)
			;
	while (*path) {
		if (*path == '/' && o > out && o[-1] == '/') {
			path++;
			continue;
		}
		if (*path == '.' && path[1] == '/' && o > out && o[-1] == '/') {
			path += 2;
			continue;
		}
		*o++ = *path++;
	}
	*o = '\0';
}

static int known_item(const struct ruleset *rs, const char *id)
{
	size_t i;

	for (i = 0; i < rs->nitems; i++)
		if (!strcmp(rs->items[i].id, id))
			return 1;
	return 0;
}

/* A files pattern, normalised as paths are (normal_path). */
static const char *pattern(struct waiver_ctx *c, const yaml_node_t *n, const char *what)
{
	char *p = (char *)scalar(c, n, what);

	if (p)
		normal_path(p, p);
	return p;
}

static void read_files(struct waiver_ctx *c, struct waiver *wv, const yaml_node_t *n)
{
	yaml_node_item_t *it;
	size_t k = 0;

	if (n && n->type == YAML_SCALAR_NODE) {
		wv->files = arena_alloc(&c->w->arena, sizeof(*wv->files));
		if ((wv->files[0] = pattern(c, n, "files")))
			wv->nfiles = 1;
		return;
	}
	if (!n || n->type != YAML_SEQUENCE_NODE) {
		waiver_error(c, n, "files must be a pattern or a list of patterns");
		return;
	}
	wv->files = arena_alloc(&c->w->arena, sizeof(*wv->files) *
				(size_t)(n->data.sequence.items.top - n->data.sequence.items.start + 1));
	for (it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++)
		if ((wv->files[k] = pattern(c, node(c, *it), "a file pattern")))
			k++;
	wv->nfiles = k;
	if (!k)
		waiver_error(c, n, "files lists no pattern; leave it out to cover every file");
}

static void read_waiver(struct waiver_ctx *c, const yaml_node_t *n)
{
	struct waiver wv;
	yaml_node_pair_t *pair;

	memset(&wv, 0, sizeof(wv));
	wv.line = line_of(n);
	if (!n || n->type != YAML_MAPPING_NODE) {
		waiver_error(c, n, "a waiver must be a mapping (item, reason, files, expires)");
		return;
	}
	for (pair = n->data.mapping.pairs.start; pair < n->data.mapping.pairs.top; pair++) {
		yaml_node_t *k = node(c, pair->key), *v = node(c, pair->value);

		if (key_is(k, "item"))
			wv.item = scalar(c, v, "item");
		else if (key_is(k, "reason"))
			wv.reason = scalar(c, v, "reason");
		else if (key_is(k, "files"))
			read_files(c, &wv, v);
		else if (key_is(k, "expires")) {
			if ((wv.expires = scalar(c, v, "expires")) && !is_date(wv.expires))
				waiver_error(c, v, "expires must be a date YYYY-MM-DD, not '%s'",
					     wv.expires);
		}
		else if (k && k->type == YAML_SCALAR_NODE)
			waiver_error(c, k, "unknown key '%.*s' in a waiver", (int)k->data.scalar.length,
				     (const char *)k->data.scalar.value);
		else
			waiver_error(c, k, "keys in a waiver must be strings");
	}
	if (!wv.item)
		waiver_error(c, n, "a waiver needs the item it waives");
	else if (!known_item(c->rs, wv.item))
		waiver_error(c, n, "unknown checklist item '%s'", wv.item);
	if (!wv.reason || !*wv.reason)
		waiver_error(c, n, "a waiver needs a reason");
	wv.path = c->path;
	ALLOC_GROW(c->w->v, c->w->n + 1, c->w->alloc);
	c->w->v[c->w->n++] = wv;
}

/* The file whole, refused past WAIVERS_MAX_FILE; NULL after an error. */
static char *read_small_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *data;

	if (!fp) {
		error("cannot read '%s': %s", path, diag_strerror(errno));
		return NULL;
	}
	data = xmalloc(WAIVERS_MAX_FILE + 1);
	*len = fread(data, 1, WAIVERS_MAX_FILE + 1, fp);
	if (ferror(fp) || *len > WAIVERS_MAX_FILE) {
		if (ferror(fp))
			error("cannot read '%s': %s", path, diag_strerror(errno));
		else
			error("cannot read '%s': waivers file is larger than the %u-byte limit",
			      path, WAIVERS_MAX_FILE);
		free(data);
		fclose(fp);
		return NULL;
	}
	fclose(fp);
	return data;
}

int waivers_load(struct waivers *w, const char *path, const struct ruleset *rs)
{
	struct waiver_ctx c;
	yaml_parser_t parser;
	yaml_document_t doc;
	yaml_node_t *root;
	size_t len;
	char *data;

	size_t before = w->n;

	memset(&c, 0, sizeof(c));
	c.w = w;
	c.rs = rs;
	c.path = arena_strdup(&w->arena, path);
	if (!(data = read_small_file(path, &len)))
		return -1;
	if (!yaml_parser_initialize(&parser))
		xalloc_die();
	yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
	if (!yaml_parser_load(&parser, &doc)) {
		error_at(path, (unsigned long)parser.problem_mark.line + 1, "invalid YAML: %s",
			 parser.problem ? parser.problem : "parse error");
		yaml_parser_delete(&parser);
		free(data);
		return -1;
	}
	c.doc = &doc;
	root = yaml_document_get_root_node(&doc);
	if (root && root->type == YAML_MAPPING_NODE) {
		yaml_node_pair_t *pair;

		for (pair = root->data.mapping.pairs.start; pair < root->data.mapping.pairs.top; pair++) {
			yaml_node_t *k = node(&c, pair->key), *v = node(&c, pair->value);
			yaml_node_item_t *it;

			if (!key_is(k, "waivers")) {
				waiver_error(&c, k, "unknown key at the top of a waivers file (want 'waivers')");
				continue;
			}
			if (!v || v->type != YAML_SEQUENCE_NODE) {
				waiver_error(&c, v, "waivers must be a list");
				continue;
			}
			for (it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++)
				read_waiver(&c, node(&c, *it));
		}
	} else if (root) {
		waiver_error(&c, root, "a waivers file is a mapping with a 'waivers' list");
	}
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	free(data);
	if (c.errors) {
		w->n = before;
		return -1;
	}
	return 0;
}

void waivers_release(struct waivers *w)
{
	free(w->v);
	arena_release(&w->arena);
	memset(w, 0, sizeof(*w));
}

/* Whether wv's patterns cover a path already normalised (normal_path). */
static int covers_normal(const struct waiver *wv, const char *norm)
{
	size_t k;

	if (!wv->nfiles)
		return 1;
	for (k = 0; k < wv->nfiles; k++)
		if (!fnmatch(wv->files[k], norm, 0))
			return 1;
	return 0;
}

int waiver_covers(const struct waiver *wv, const char *path)
{
	char *norm = xmalloc(strlen(path) + 1);
	int hit;

	normal_path(path, norm);
	hit = covers_normal(wv, norm);
	free(norm);
	return hit;
}

const struct waiver *waivers_find(const struct waivers *w, const char *item,
		const char *path, const char *today, const struct waiver **expired)
{
	const struct waiver *on = NULL;
	char *norm;
	size_t i;

	if (expired)
		*expired = NULL;
	if (!w || !w->n)
		return NULL;
	/* Normalised once for every waiver asked. */
	norm = xmalloc(strlen(path) + 1);
	normal_path(path, norm);
	for (i = 0; i < w->n && !on; i++) {
		const struct waiver *wv = &w->v[i];

		if (strcmp(wv->item, item) || !covers_normal(wv, norm))
			continue;
		if (!wv->expires || strcmp(wv->expires, today) >= 0)
			on = wv;
		else if (expired && !*expired)
			*expired = wv;
	}
	free(norm);
	/* Covered: an expired one before it is no news (waiver.h). */
	if (on && expired)
		*expired = NULL;
	return on;
}

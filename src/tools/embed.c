/*
 * embed: writes a C file that embeds the rule packs in the binary.
 *
 *     embed OUT.c rules/types.yaml rules/data.yaml ...
 *
 * Each file becomes C data and an entry in embedded_rule_packs (see
 * rules.h), in the order given.  The file is written to OUT.c.tmp and
 * renamed, so an interrupted build never leaves half a file behind.
 *
 * A review needs neither the packs' comment lines nor their rules'
 * examples, which are over two fifths of their bytes, and scanning them
 * with libyaml was a fifth of reviewing one contract.  So the text
 * embedded is the pack with those lines blanked (their line breaks kept,
 * so that every line number stays what it is in the file), and each
 * rule's examples are written as C data beside it, taken from the pack as
 * libyaml reads it, for ruleset_load to attach to the rule by its place
 * in the pack (struct rule_examples).  The pack stays the one source:
 * before writing, the tool reads the blanked text back and checks that it
 * gives the same document, node for node and line for line, less the
 * examples; a pack it cannot blank so is embedded whole, with no table.
 *
 * Even the lean text cost every start a libyaml scan, two fifths of the
 * rule load.  So what is embedded is not the text but the document
 * libyaml reads from it, written out as the yaml_document_t it is
 * (put_document), for ruleset_load to walk as it walks a parsed user
 * pack.  A pack that does not parse is embedded as text, for the loader
 * to report.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>
#include "c_literal.h"

struct example_list {
	yaml_node_t *node;        /* a scalar, a sequence of scalars, or NULL */
};

struct rule_ex {
	size_t rule;              /* its place among the pack's rules */
	yaml_node_t *id;          /* the rule's id, a scalar, or NULL */
	yaml_node_t *key;         /* the `examples` key */
	struct example_list match, no_match;
	yaml_node_t *qualified;   /* labels to plain lists, or NULL */
};

struct pack {
	const char *path;
	char *text;               /* as read */
	size_t len;
	char *lean;               /* blanked, or NULL: embed whole */
	yaml_document_t doc;      /* of text */
	int have_doc;
	yaml_document_t lean_doc; /* of lean */
	int have_lean_doc;
	struct rule_ex *ex;
	size_t nex;
};

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p) {
		fputs("embed: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

static int read_file(const char *path, char **data, size_t *len)
{
	FILE *in = fopen(path, "rb");
	size_t alloc = 65536, n = 0, got;
	char *p;

	if (!in) {
		fprintf(stderr, "embed: cannot open '%s'\n", path);
		return -1;
	}
	p = xmalloc(alloc + 1);
	while ((got = fread(p + n, 1, alloc - n, in)) > 0) {
		n += got;
		if (n == alloc) {
			char *q;

			alloc *= 2;
			q = realloc(p, alloc + 1);
			if (!q) {
				fputs("embed: out of memory\n", stderr);
				exit(2);
			}
			p = q;
		}
	}
	if (ferror(in)) {
		fprintf(stderr, "embed: cannot read '%s'\n", path);
		fclose(in);
		free(p);
		return -1;
	}
	fclose(in);
	p[n] = 0;
	*data = p;
	*len = n;
	return 0;
}

static int load_doc(const char *text, size_t len, yaml_document_t *doc)
{
	yaml_parser_t parser;
	int ok;

	if (!yaml_parser_initialize(&parser))
		return 0;
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	ok = yaml_parser_load(&parser, doc);
	yaml_parser_delete(&parser);
	return ok;
}

static int is_scalar(const yaml_node_t *n, const char *s)
{
	return n && n->type == YAML_SCALAR_NODE && n->data.scalar.length == strlen(s) &&
	       memcmp(n->data.scalar.value, s, n->data.scalar.length) == 0;
}

/* A scalar, or a sequence of scalars: what the loader takes as examples. */
static int plain_list(yaml_document_t *doc, yaml_node_t *n)
{
	yaml_node_item_t *it;

	if (n && n->type == YAML_SCALAR_NODE)
		return 1;
	if (!n || n->type != YAML_SEQUENCE_NODE)
		return 0;
	for (it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
		yaml_node_t *x = yaml_document_get_node(doc, *it);

		if (!x || x->type != YAML_SCALAR_NODE)
			return 0;
	}
	return 1;
}

/* A mapping of labels to plain lists: the `qualified` examples. */
static int labelled_lists(yaml_document_t *doc, yaml_node_t *n)
{
	yaml_node_pair_t *p;

	if (!n || n->type != YAML_MAPPING_NODE)
		return 0;
	for (p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(doc, p->key);

		if (!k || k->type != YAML_SCALAR_NODE ||
		    !plain_list(doc, yaml_document_get_node(doc, p->value)))
			return 0;
	}
	return 1;
}

/*
 * The examples of each rule of the pack whose examples the loader would
 * take without a complaint: a mapping of `match` and `no-match` to plain
 * lists, and of `qualified` to labelled ones.  Others stay in the text, to be read (and reported) as before.
 */
static void find_examples(struct pack *pk)
{
	yaml_document_t *doc = &pk->doc;
	yaml_node_t *root = yaml_document_get_root_node(doc);
	yaml_node_pair_t *top, *pair, *ep;
	yaml_node_item_t *it;
	size_t nrule = 0, alloc = 16;

	pk->ex = xmalloc(alloc * sizeof(*pk->ex));
	if (!root || root->type != YAML_MAPPING_NODE)
		return;
	for (top = root->data.mapping.pairs.start; top < root->data.mapping.pairs.top; top++) {
		yaml_node_t *seq = yaml_document_get_node(doc, top->value);

		if (!is_scalar(yaml_document_get_node(doc, top->key), "rules") ||
		    !seq || seq->type != YAML_SEQUENCE_NODE)
			continue;
		for (it = seq->data.sequence.items.start; it < seq->data.sequence.items.top;
		     it++, nrule++) {
			yaml_node_t *r = yaml_document_get_node(doc, *it);
			struct rule_ex e;
			int ok = 0, n = 0;

			if (!r || r->type != YAML_MAPPING_NODE)
				continue;
			memset(&e, 0, sizeof(e));
			e.rule = nrule;
			for (pair = r->data.mapping.pairs.start; pair < r->data.mapping.pairs.top; pair++) {
				yaml_node_t *k = yaml_document_get_node(doc, pair->key);
				yaml_node_t *v = yaml_document_get_node(doc, pair->value);

				if (is_scalar(k, "id"))
					e.id = v;
				if (!is_scalar(k, "examples"))
					continue;
				n++;
				e.key = k;
				ok = v && v->type == YAML_MAPPING_NODE;
				for (ep = ok ? v->data.mapping.pairs.start : NULL;
				     ok && ep < v->data.mapping.pairs.top; ep++) {
					yaml_node_t *ek = yaml_document_get_node(doc, ep->key);
					yaml_node_t *ev = yaml_document_get_node(doc, ep->value);

					if (is_scalar(ek, "match") && plain_list(doc, ev))
						e.match.node = ev;
					else if (is_scalar(ek, "no-match") && plain_list(doc, ev))
						e.no_match.node = ev;
					else if (is_scalar(ek, "qualified") && labelled_lists(doc, ev))
						e.qualified = ev;
					else
						ok = 0;
				}
			}
			/* One `examples` key, and an id the table can be checked by. */
			if (!ok || n != 1 || !e.id || e.id->type != YAML_SCALAR_NODE)
				continue;
			if (pk->nex == alloc) {
				alloc *= 2;
				pk->ex = realloc(pk->ex, alloc * sizeof(*pk->ex));
				if (!pk->ex) {
					fputs("embed: out of memory\n", stderr);
					exit(2);
				}
			}
			pk->ex[pk->nex++] = e;
		}
	}
}

/* The spaces a line starts with. */
static size_t indent_of(const char *line, const char *end)
{
	const char *p = line;

	while (p < end && *p == ' ')
		p++;
	return (size_t)(p - line);
}

static int blank_line(const char *line, const char *end)
{
	const char *p = line;

	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
		p++;
	return p == end;
}

/*
 * Whether the line opens a block scalar ("key: |", "- >-"): its lines
 * below, more indented, are text, where a "#" is no comment.
 */
static int opens_block_scalar(const char *line, const char *end)
{
	const char *p = end;

	while (p > line && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\r'))
		p--;
	while (p > line && (p[-1] == '-' || p[-1] == '+' || (p[-1] >= '1' && p[-1] <= '9')))
		p--;
	return p > line && (p[-1] == '|' || p[-1] == '>') &&
	       (p - 1 == line || p[-2] == ' ' || p[-2] == '\t');
}

/*
 * The pack with its comment lines and the examples found blanked: each
 * such line keeps its line break and loses the rest.
 */
static char *make_lean(const struct pack *pk)
{
	char *lean = xmalloc(pk->len + 1);
	const char *s = pk->text, *end = s + pk->len, *line = s;
	size_t out = 0, lineno = 0, ex = 0;
	size_t block = (size_t)-1;         /* indent of a block scalar's opener */
	size_t skip = (size_t)-1;          /* column of an `examples` key blanked */

	while (line < end) {
		const char *nl = memchr(line, '\n', (size_t)(end - line));
		const char *le = nl ? nl : end;
		size_t ind = indent_of(line, le);
		int blank = blank_line(line, le), drop = 0;

		if (block != (size_t)-1 && !blank && ind <= block)
			block = (size_t)-1;
		if (skip != (size_t)-1 && !blank && ind <= skip)
			skip = (size_t)-1;
		if (skip != (size_t)-1) {
			drop = 1;
		} else if (ex < pk->nex && pk->ex[ex].key->start_mark.line == lineno) {
			/* Only a key that starts its line: "- examples:" opens an item. */
			if (pk->ex[ex].key->start_mark.column == ind) {
				skip = ind;
				drop = 1;
			}
			ex++;
		} else if (block == (size_t)-1 && line + ind < le && line[ind] == '#') {
			drop = 1;
		}
		if (!drop) {
			memcpy(lean + out, line, (size_t)(le - line));
			out += (size_t)(le - line);
			if (block == (size_t)-1 && opens_block_scalar(line, le))
				block = ind;
		}
		if (nl)
			lean[out++] = '\n';
		line = nl ? nl + 1 : end;
		lineno++;
	}
	lean[out] = 0;
	return lean;
}

static int is_stripped_key(const struct pack *pk, const yaml_node_t *k)
{
	size_t i;

	for (i = 0; i < pk->nex; i++)
		if (pk->ex[i].key == k)
			return 1;
	return 0;
}

/* Whether node a of the pack and node b of the lean text are the same. */
static int same_node(const struct pack *pk, yaml_document_t *lean,
		     yaml_node_t *a, yaml_node_t *b, int depth)
{
	yaml_document_t *full = (yaml_document_t *)&pk->doc;

	if (!a || !b || depth > 64)
		return !a && !b;
	if (a->type != b->type || a->start_mark.line != b->start_mark.line ||
	    a->start_mark.column != b->start_mark.column)
		return 0;
	if (a->type == YAML_SCALAR_NODE)
		return a->data.scalar.length == b->data.scalar.length &&
		       memcmp(a->data.scalar.value, b->data.scalar.value, a->data.scalar.length) == 0 &&
		       strcmp((const char *)a->tag, (const char *)b->tag) == 0;
	if (a->type == YAML_SEQUENCE_NODE) {
		yaml_node_item_t *x = a->data.sequence.items.start, *y = b->data.sequence.items.start;

		for (; x < a->data.sequence.items.top && y < b->data.sequence.items.top; x++, y++)
			if (!same_node(pk, lean, yaml_document_get_node(full, *x),
				       yaml_document_get_node(lean, *y), depth + 1))
				return 0;
		return x == a->data.sequence.items.top && y == b->data.sequence.items.top;
	}
	if (a->type == YAML_MAPPING_NODE) {
		yaml_node_pair_t *x = a->data.mapping.pairs.start, *y = b->data.mapping.pairs.start;

		for (; x < a->data.mapping.pairs.top; x++) {
			yaml_node_t *k = yaml_document_get_node(full, x->key);

			if (is_stripped_key(pk, k))
				continue;
			if (y == b->data.mapping.pairs.top ||
			    !same_node(pk, lean, k, yaml_document_get_node(lean, y->key), depth + 1) ||
			    !same_node(pk, lean, yaml_document_get_node(full, x->value),
				       yaml_document_get_node(lean, y->value), depth + 1))
				return 0;
			y++;
		}
		return y == b->data.mapping.pairs.top;
	}
	return 1;
}

/* Makes pk->lean, or leaves it NULL when the blanked text reads otherwise. */
static void lean_pack(struct pack *pk)
{
	yaml_document_t lean;
	char *text;

	if (!load_doc(pk->text, pk->len, &pk->doc))
		return;         /* the loader will say what is wrong with it */
	pk->have_doc = 1;
	find_examples(pk);
	text = make_lean(pk);
	if (!load_doc(text, strlen(text), &lean)) {
		free(text);
		pk->nex = 0;
		fprintf(stderr, "embed: note: %s embedded whole (its lean text does not parse)\n",
			pk->path);
		return;
	}
	if (same_node(pk, &lean, yaml_document_get_root_node(&pk->doc),
		      yaml_document_get_root_node(&lean), 0)) {
		pk->lean = text;
		pk->lean_doc = lean;
		pk->have_lean_doc = 1;
	} else {
		free(text);
		pk->nex = 0;
		fprintf(stderr, "embed: note: %s embedded whole (its lean text reads differently)\n",
			pk->path);
		yaml_document_delete(&lean);
	}
}

static void put_bytes(FILE *out, const char *data, size_t len, size_t index)
{
	size_t n;

	fprintf(out, "static const char pack_%zu[] = {", index);
	for (n = 0; n < len; n++)
		fprintf(out, "%s%d,", n % 16 ? "" : "\n\t", (unsigned char)data[n]);
	fputs("\n\t0\n};\n", out);
}

static void put_mark(FILE *out, const yaml_mark_t *m)
{
	fprintf(out, "{ %zu, %zu, %zu }", m->index, m->line, m->column);
}

/*
 * The document libyaml gives for the embedded text, written as the
 * yaml_document_t it is (nodes, items, pairs, scalars, tags and marks), so
 * that ruleset_load walks it as it would walk what yaml_parser_load
 * returns, without scanning the text at every start.  It is the parse
 * itself, written out field by field: nothing is computed that the
 * parser did not give.
 */
static void put_document(FILE *out, yaml_document_t *doc, size_t index)
{
	yaml_node_t *n;
	const yaml_char_t **tags = NULL;
	size_t ntags = 0, t, off, nitems, npairs, nnodes, col;

	nnodes = (size_t)(doc->nodes.top - doc->nodes.start);
	tags = xmalloc((nnodes + 1) * sizeof(*tags));
	for (n = doc->nodes.start; n < doc->nodes.top; n++) {
		for (t = 0; t < ntags; t++)
			if (strcmp((const char *)tags[t], (const char *)n->tag) == 0)
				break;
		if (t == ntags) {
			tags[ntags++] = n->tag;
			fprintf(out, "static yaml_char_t tag_%zu_%zu[] = ", index, t);
			put_c_string(out, (const char *)n->tag, strlen((const char *)n->tag));
			fputs(";\n", out);
		}
	}
	/* The scalars, each with the NUL libyaml ends it with. */
	fprintf(out, "static yaml_char_t str_%zu[] = {", index);
	col = 0;
	for (n = doc->nodes.start; n < doc->nodes.top; n++) {
		size_t i;

		if (n->type != YAML_SCALAR_NODE)
			continue;
		for (i = 0; i <= n->data.scalar.length; i++, col++)
			fprintf(out, "%s%d,", col % 16 ? "" : "\n\t",
				i < n->data.scalar.length ? n->data.scalar.value[i] : 0);
	}
	fputs("\n\t0\n};\n", out);
	/* Only arrays a node points into, or the compiler finds them unused. */
	nitems = npairs = 0;
	for (n = doc->nodes.start; n < doc->nodes.top; n++) {
		nitems += n->type == YAML_SEQUENCE_NODE;
		npairs += n->type == YAML_MAPPING_NODE;
	}
	if (nitems)
		fprintf(out, "static yaml_node_item_t items_%zu[] = {", index);
	col = 0;
	for (n = doc->nodes.start; n < doc->nodes.top; n++) {
		yaml_node_item_t *it;

		if (n->type != YAML_SEQUENCE_NODE)
			continue;
		for (it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++, col++)
			fprintf(out, "%s%d,", col % 16 ? "" : "\n\t", *it);
	}
	if (nitems)
		fputs("\n\t0\n};\n", out);
	if (npairs)
		fprintf(out, "static yaml_node_pair_t pairs_%zu[] = {", index);
	col = 0;
	for (n = doc->nodes.start; n < doc->nodes.top; n++) {
		yaml_node_pair_t *pr;

		if (n->type != YAML_MAPPING_NODE)
			continue;
		for (pr = n->data.mapping.pairs.start; pr < n->data.mapping.pairs.top; pr++, col++)
			fprintf(out, "%s{%d,%d},", col % 8 ? "" : "\n\t", pr->key, pr->value);
	}
	if (npairs)
		fputs("\n\t{ 0, 0 }\n};\n", out);
	fprintf(out, "static yaml_node_t nodes_%zu[] = {\n", index);
	off = nitems = npairs = 0;
	for (n = doc->nodes.start; n < doc->nodes.top; n++) {
		size_t k;

		for (t = 0; t < ntags; t++)
			if (strcmp((const char *)tags[t], (const char *)n->tag) == 0)
				break;
		switch (n->type) {
		case YAML_SCALAR_NODE:
			fprintf(out, "\t{ YAML_SCALAR_NODE, tag_%zu_%zu, { .scalar = { str_%zu + %zu, %zu, %d } }, ",
				index, t, index, off, n->data.scalar.length, (int)n->data.scalar.style);
			off += n->data.scalar.length + 1;
			break;
		case YAML_SEQUENCE_NODE:
			k = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
			fprintf(out, "\t{ YAML_SEQUENCE_NODE, tag_%zu_%zu, { .sequence = { "
				"{ items_%zu + %zu, items_%zu + %zu, items_%zu + %zu }, %d } }, ",
				index, t, index, nitems, index, nitems + k, index, nitems + k,
				(int)n->data.sequence.style);
			nitems += k;
			break;
		case YAML_MAPPING_NODE:
			k = (size_t)(n->data.mapping.pairs.top - n->data.mapping.pairs.start);
			fprintf(out, "\t{ YAML_MAPPING_NODE, tag_%zu_%zu, { .mapping = { "
				"{ pairs_%zu + %zu, pairs_%zu + %zu, pairs_%zu + %zu }, %d } }, ",
				index, t, index, npairs, index, npairs + k, index, npairs + k,
				(int)n->data.mapping.style);
			npairs += k;
			break;
		default:
			fprintf(stderr, "embed: unexpected node type %d\n", (int)n->type);
			exit(2);
		}
		put_mark(out, &n->start_mark);
		fputs(", ", out);
		put_mark(out, &n->end_mark);
		fputs(" },\n", out);
	}
	if (!nnodes)
		fputs("\t{ YAML_NO_NODE, NULL, { .scalar = { NULL, 0, 0 } }, { 0, 0, 0 }, { 0, 0, 0 } }\n", out);
	fputs("};\n", out);
	fprintf(out, "static yaml_document_t doc_%zu = {\n"
		"\t{ nodes_%zu, nodes_%zu + %zu, nodes_%zu + %zu },\n"
		"\tNULL, { NULL, NULL }, %d, %d, ",
		index, index, index, nnodes, index, nnodes,
		doc->start_implicit, doc->end_implicit);
	put_mark(out, &doc->start_mark);
	fputs(", ", out);
	put_mark(out, &doc->end_mark);
	fputs("\n};\n", out);
	free(tags);
}

/* The strings of a list, as an array; returns how many (0: none written). */
static size_t put_list(FILE *out, yaml_document_t *doc, yaml_node_t *n, const char *name)
{
	yaml_node_item_t *it;
	size_t count = 0;

	if (!n)
		return 0;
	if (n->type == YAML_SCALAR_NODE) {
		fprintf(out, "static const char *const %s[] = { ", name);
		put_c_string(out, (const char *)n->data.scalar.value, n->data.scalar.length);
		fputs(" };\n", out);
		return 1;
	}
	if (n->data.sequence.items.top == n->data.sequence.items.start)
		return 0;
	fprintf(out, "static const char *const %s[] = {\n", name);
	for (it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++, count++) {
		yaml_node_t *x = yaml_document_get_node(doc, *it);

		putc('\t', out);
		put_c_string(out, (const char *)x->data.scalar.value, x->data.scalar.length);
		fputs(",\n", out);
	}
	fputs("};\n", out);
	return count;
}

/* The label of each text after it, as one array of pairs; returns how many pairs. */
static size_t put_labelled(FILE *out, yaml_document_t *doc, yaml_node_t *n, const char *name)
{
	yaml_node_pair_t *p;
	size_t count = 0;

	if (!n || n->data.mapping.pairs.top == n->data.mapping.pairs.start)
		return 0;
	fprintf(out, "static const char *const %s[] = {\n", name);
	for (p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(doc, p->key);
		yaml_node_t *v = yaml_document_get_node(doc, p->value);
		yaml_node_item_t *it, *end;
		yaml_node_item_t one;

		if (v->type == YAML_SCALAR_NODE) {
			one = p->value;
			it = &one;
			end = &one + 1;
		} else {
			it = v->data.sequence.items.start;
			end = v->data.sequence.items.top;
		}
		for (; it < end; it++, count++) {
			yaml_node_t *x = yaml_document_get_node(doc, *it);

			putc('\t', out);
			put_c_string(out, (const char *)k->data.scalar.value, k->data.scalar.length);
			fputs(", ", out);
			put_c_string(out, (const char *)x->data.scalar.value, x->data.scalar.length);
			fputs(",\n", out);
		}
	}
	fputs("};\n", out);
	return count;
}

static void put_examples(FILE *out, struct pack *pk, size_t index)
{
	size_t i, *nm, *nn, *nq;
	char name[64];

	if (!pk->nex)
		return;
	nm = xmalloc(pk->nex * sizeof(*nm));
	nn = xmalloc(pk->nex * sizeof(*nn));
	nq = xmalloc(pk->nex * sizeof(*nq));
	for (i = 0; i < pk->nex; i++) {
		snprintf(name, sizeof(name), "match_%zu_%zu", index, i);
		nm[i] = put_list(out, &pk->doc, pk->ex[i].match.node, name);
		snprintf(name, sizeof(name), "nomatch_%zu_%zu", index, i);
		nn[i] = put_list(out, &pk->doc, pk->ex[i].no_match.node, name);
		snprintf(name, sizeof(name), "qualified_%zu_%zu", index, i);
		nq[i] = put_labelled(out, &pk->doc, pk->ex[i].qualified, name);
	}
	fprintf(out, "static const struct rule_examples examples_%zu[] = {\n", index);
	for (i = 0; i < pk->nex; i++) {
		fprintf(out, "\t{ %zu, ", pk->ex[i].rule);
		put_c_string(out, (const char *)pk->ex[i].id->data.scalar.value,
			   pk->ex[i].id->data.scalar.length);
		if (nm[i])
			fprintf(out, ", match_%zu_%zu, %zu", index, i, nm[i]);
		else
			fputs(", NULL, 0", out);
		if (nn[i])
			fprintf(out, ", nomatch_%zu_%zu, %zu", index, i, nn[i]);
		else
			fputs(", NULL, 0", out);
		if (nq[i])
			fprintf(out, ", qualified_%zu_%zu, %zu },\n", index, i, nq[i]);
		else
			fputs(", NULL, 0 },\n", out);
	}
	fputs("};\n", out);
	free(nm);
	free(nn);
	free(nq);
}

int main(int argc, char **argv)
{
	char tmp[4096];
	struct pack *packs;
	FILE *out;
	int i, n, ret = 0;

	if (argc < 2) {
		fputs("usage: embed OUT.c FILE...\n", stderr);
		return 2;
	}
	if (snprintf(tmp, sizeof(tmp), "%s.tmp", argv[1]) >= (int)sizeof(tmp))
		return 2;
	n = argc - 2;
	packs = xmalloc((size_t)(n ? n : 1) * sizeof(*packs));
	memset(packs, 0, (size_t)(n ? n : 1) * sizeof(*packs));
	for (i = 0; i < n; i++) {
		packs[i].path = argv[i + 2];
		if (read_file(packs[i].path, &packs[i].text, &packs[i].len))
			return 2;
		lean_pack(&packs[i]);
	}
	out = fopen(tmp, "w");
	if (!out) {
		fprintf(stderr, "embed: cannot create '%s'\n", tmp);
		return 2;
	}
	fputs("/* Generated by src/tools/embed.c from rules/; do not edit. */\n"
	      "#include <yaml.h>\n"
	      "#include \"rules.h\"\n\n", out);
	for (i = 0; i < n; i++) {
		yaml_document_t *doc = packs[i].have_lean_doc ? &packs[i].lean_doc :
				       packs[i].have_doc ? &packs[i].doc : NULL;

		/* A pack that does not parse is embedded as text, for the loader to say why. */
		if (doc)
			put_document(out, doc, (size_t)i);
		else
			put_bytes(out, packs[i].text, packs[i].len, (size_t)i);
		put_examples(out, &packs[i], (size_t)i);
	}
	fputs("const struct rule_pack_source embedded_rule_packs[] = {\n", out);
	for (i = 0; i < n; i++) {
		if (packs[i].have_lean_doc || packs[i].have_doc)
			fprintf(out, "\t{ \"%s\", NULL, 0, &doc_%d, ", packs[i].path, i);
		else
			fprintf(out, "\t{ \"%s\", pack_%d, %zu, NULL, ", packs[i].path, i,
				packs[i].len);
		if (packs[i].nex)
			fprintf(out, "examples_%d, %zu },\n", i, packs[i].nex);
		else
			fputs("NULL, 0 },\n", out);
	}
	fputs("\t{ NULL, NULL, 0, NULL, NULL, 0 }\n};\n", out);
	fprintf(out, "const size_t embedded_rule_pack_count = %d;\n", n);
	if (ferror(out))
		ret = 2;
	if (fclose(out) != 0 || ret || rename(tmp, argv[1]) != 0) {
		fprintf(stderr, "embed: cannot write '%s'\n", argv[1]);
		remove(tmp);
		ret = 2;
	}
	for (i = 0; i < n; i++) {
		if (packs[i].have_doc)
			yaml_document_delete(&packs[i].doc);
		if (packs[i].have_lean_doc)
			yaml_document_delete(&packs[i].lean_doc);
		free(packs[i].text);
		free(packs[i].lean);
		free(packs[i].ex);
	}
	free(packs);
	return ret;
}

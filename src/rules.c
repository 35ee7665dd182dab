#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "buf.h"
#include "diag.h"
#include "precompiled.h"
#include "prefilter.h"
#include "prefilter_stored.h"
#include "regex_lit.h"
#include "rules.h"
#include "text_sort.h"
#include "xalloc.h"

/* A rule pack larger than this is surely not a rule pack. */
#define MAX_PACK_SIZE (8u << 20)
/* Placeholders may nest; this deep and no deeper (catches cycles). */
#define MAX_PLACEHOLDER_DEPTH 8

enum stance flip_stance(enum stance s)
{
	if (s == STANCE_PROTECTIVE)
		return STANCE_ADVERSE;
	if (s == STANCE_ADVERSE)
		return STANCE_PROTECTIVE;
	return s;
}

const char *stance_name(enum stance s)
{
	switch (s) {
	case STANCE_PROTECTIVE: return "protective";
	case STANCE_ADVERSE: return "adverse";
	case STANCE_ANY: return "any";
	case STANCE_NEUTRAL: break;
	}
	return "neutral";
}

const char *severity_name(enum severity s)
{
	static const char *const names[] = {
		"info", "low", "medium", "high", "critical"
	};

	return (unsigned)s < ARRAY_SIZE(names) ? names[s] : "info";
}

const char *qualifier_effect_name(enum qualifier_effect e)
{
	static const char *const names[] = {
		"cancel", "partial", "flip", "note"
	};

	return (unsigned)e < ARRAY_SIZE(names) ? names[e] : "note";
}

static const char *const scope_names[] = {
	"sentence", "clause", "before", "after", "next", "previous"
};

static int parse_name(const char *s, const char *const *names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return (int)i;
	return -1;
}

int stance_parse(const char *s)
{
	static const char *const names[] = { "neutral", "protective", "adverse" };

	return parse_name(s, names, ARRAY_SIZE(names));
}

int severity_parse(const char *s)
{
	static const char *const names[] = {
		"info", "low", "medium", "high", "critical"
	};

	return parse_name(s, names, ARRAY_SIZE(names));
}

void ruleset_init(struct ruleset *rs)
{
	memset(rs, 0, sizeof(*rs));
	rs->precompiled = &precompiled_rules;
}

static void free_regex(struct rule_regex *re)
{
	/*
	 * Regexes of the same text share one JIT state (struct jit_shares):
	 * the first to go frees its code and leaves NULL for the others.
	 */
	if (re->jit)
		pcre2_code_free(atomic_exchange_explicit(&re->jit->code, NULL, memory_order_relaxed));
	pcre2_code_free(re->code);
	re->code = NULL;
}

void ruleset_release(struct ruleset *rs)
{
	size_t i, j;

	if (rs->jit_lock) {
		mtx_destroy(rs->jit_lock);
		free(rs->jit_lock);
	}
	for (i = 0; i < rs->nrules; i++) {
		struct rule *r = &rs->rules[i];

		for (j = 0; j < r->npatterns; j++)
			free_regex(&r->patterns[j]);
		for (j = 0; j < r->nqualifiers; j++)
			free_regex(&r->qualifiers[j].re);
	}
	free(rs->types);
	free(rs->areas);
	free(rs->placeholders);
	free(rs->rules);
	free(rs->rule_slot);
	free(rs->items);
	prefilter_free(rs->prefilter);
	pcre2_compile_context_free(rs->ccontext);
	arena_release(&rs->arena);
	memset(rs, 0, sizeof(*rs));
}

/* --- parsing one pack ----------------------------------------------- */

struct pack_ctx {
	struct ruleset *rs;
	const char *name;        /* arena copy */
	yaml_document_t *doc;
	int errors;
	/* An embedded pack's examples, taken out of its text (rules.h). */
	const struct rule_examples *examples;
	size_t nexamples, next_example;
	size_t nrule_items;      /* items of `rules` lists met so far */
};

static unsigned long node_line(const yaml_node_t *n)
{
	return n ? (unsigned long)n->start_mark.line + 1 : 0;
}

static yaml_node_t *get_node(struct pack_ctx *c, int index)
{
	return yaml_document_get_node(c->doc, index);
}

static void pack_error(struct pack_ctx *c, const yaml_node_t *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void pack_error(struct pack_ctx *c, const yaml_node_t *n, const char *fmt, ...)
{
	struct buf msg = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	error_at(c->name, node_line(n), "%s", msg.ptr);
	buf_release(&msg);
	c->errors++;
}

/* The scalar's text in the arena, or NULL (and an error) if not a scalar. */
static const char *scalar(struct pack_ctx *c, yaml_node_t *n, const char *what)
{
	if (!n || n->type != YAML_SCALAR_NODE) {
		pack_error(c, n, "%s must be a string", what);
		return NULL;
	}
	return arena_strndup(&c->rs->arena, (const char *)n->data.scalar.value,
			     n->data.scalar.length);
}

/* A scalar or a sequence of scalars, as an arena array of strings. */
static const char **string_list(struct pack_ctx *c, yaml_node_t *n,
				const char *what, size_t *count)
{
	const char **v;
	yaml_node_item_t *it;
	size_t i = 0;

	*count = 0;
	if (n && n->type == YAML_SCALAR_NODE) {
		v = arena_alloc(&c->rs->arena, sizeof(*v));
		v[0] = scalar(c, n, what);
		*count = v[0] ? 1 : 0;
		return v;
	}
	if (!n || n->type != YAML_SEQUENCE_NODE) {
		pack_error(c, n, "%s must be a string or a list of strings", what);
		return NULL;
	}
	v = arena_alloc(&c->rs->arena, sizeof(*v) *
			(size_t)(n->data.sequence.items.top - n->data.sequence.items.start + 1));
	for (it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
		const char *s = scalar(c, get_node(c, *it), what);

		if (s)
			v[i++] = s;
	}
	*count = i;
	return v;
}

static int key_is(yaml_node_t *k, const char *name)
{
	return k && k->type == YAML_SCALAR_NODE &&
	       k->data.scalar.length == strlen(name) &&
	       memcmp(k->data.scalar.value, name, k->data.scalar.length) == 0;
}

#define FOR_EACH_PAIR(c, map, pair, K, V) \
	for (pair = (map)->data.mapping.pairs.start; \
	     pair < (map)->data.mapping.pairs.top && \
	     ((K = get_node(c, pair->key)), (V = get_node(c, pair->value)), 1); \
	     pair++)

#define FOR_EACH_ITEM(c, seq, it, item) \
	for (it = (seq)->data.sequence.items.start; \
	     it < (seq)->data.sequence.items.top && ((item = get_node(c, *it)), 1); \
	     it++)

static int expect_mapping(struct pack_ctx *c, yaml_node_t *n, const char *what)
{
	if (n && n->type == YAML_MAPPING_NODE)
		return 1;
	pack_error(c, n, "%s must be a mapping (key: value)", what);
	return 0;
}

static int expect_sequence(struct pack_ctx *c, yaml_node_t *n, const char *what)
{
	if (n && n->type == YAML_SEQUENCE_NODE)
		return 1;
	pack_error(c, n, "%s must be a list", what);
	return 0;
}

static void unknown_key(struct pack_ctx *c, yaml_node_t *k, const char *where)
{
	if (k && k->type == YAML_SCALAR_NODE)
		pack_error(c, k, "unknown key '%.*s' in %s",
			   (int)k->data.scalar.length, (const char *)k->data.scalar.value, where);
	else
		pack_error(c, k, "keys in %s must be strings", where);
}

static void set_regex(struct pack_ctx *c, struct rule_regex *re, yaml_node_t *n)
{
	re->source = scalar(c, n, "a pattern");
	re->file = c->name;
	re->line = node_line(n);
}

static void parse_qualifier(struct pack_ctx *c, yaml_node_t *n,
			    struct rule_qualifier *q, int is_exception)
{
	yaml_node_pair_t *pair;
	yaml_node_t *k, *v;
	const char *s;
	int x;

	q->effect = is_exception ? QUALIFIER_CANCEL : QUALIFIER_NOTE;
	q->scope = SCOPE_SENTENCE;
	q->label = is_exception ? "exception" : "qualifier";
	if (n && n->type == YAML_SCALAR_NODE) {
		set_regex(c, &q->re, n);
		return;
	}
	if (!expect_mapping(c, n, is_exception ? "an exception" : "a qualifier"))
		return;
	FOR_EACH_PAIR(c, n, pair, k, v) {
		if (key_is(k, "pattern")) {
			set_regex(c, &q->re, v);
		} else if (key_is(k, "label")) {
			if ((s = scalar(c, v, "label")) && strcmp(s, QUALIFIED_NONE) == 0)
				pack_error(c, v, "the label '%s' is kept for examples no qualifier decides",
					   QUALIFIED_NONE);
			else if (s)
				q->label = s;
		} else if (key_is(k, "message")) {
			if ((s = scalar(c, v, "message")))
				q->message = s;
		} else if (key_is(k, "scope")) {
			if ((s = scalar(c, v, "scope"))) {
				x = parse_name(s, scope_names, ARRAY_SIZE(scope_names));
				if (x < 0)
					pack_error(c, v, "scope must be sentence, clause, before, after, next or previous, not '%s'", s);
				else
					q->scope = (enum qualifier_scope)x;
			}
		} else if (key_is(k, "effect")) {
			static const char *const effects[] = {
				"cancel", "partial", "flip", "note", "red-flag"
			};

			if ((s = scalar(c, v, "effect"))) {
				x = parse_name(s, effects, ARRAY_SIZE(effects));
				if (x < 0)
					pack_error(c, v, "effect must be cancel, partial, flip, note or red-flag, not '%s'", s);
				else if (is_exception && x != QUALIFIER_CANCEL)
					pack_error(c, v, "an exception always cancels; use qualifiers for '%s'", s);
				else
					q->effect = (enum qualifier_effect)x;
			}
		} else if (key_is(k, "when")) {
			static const char *const whens[] = { "found", "absent" };

			if ((s = scalar(c, v, "when"))) {
				x = parse_name(s, whens, ARRAY_SIZE(whens));
				if (x < 0)
					pack_error(c, v, "when must be found or absent, not '%s'", s);
				else
					q->when_absent = x;
			}
		} else {
			unknown_key(c, k, is_exception ? "an exception" : "a qualifier");
		}
	}
	if (!q->re.source)
		pack_error(c, n, "%s needs a pattern", is_exception ? "an exception" : "a qualifier");
	/* A flipped finding must not print the rule's message, which says the opposite. */
	if (q->effect == QUALIFIER_FLIP && !q->message)
		pack_error(c, n, "a qualifier that flips needs a message: what the clause then says");
	else if (q->effect != QUALIFIER_FLIP && q->message)
		pack_error(c, n, "only a qualifier that flips has a message of its own");
}

static void add_qualifiers(struct pack_ctx *c, struct rule *r, yaml_node_t *seq,
			   int is_exception)
{
	yaml_node_item_t *it;
	yaml_node_t *item;
	size_t n, i = r->nqualifiers;
	struct rule_qualifier *q;

	if (seq && seq->type == YAML_SCALAR_NODE) {
		n = 1;
	} else {
		if (!expect_sequence(c, seq, is_exception ? "exceptions" : "qualifiers"))
			return;
		n = (size_t)(seq->data.sequence.items.top - seq->data.sequence.items.start);
	}
	q = arena_alloc(&c->rs->arena, sizeof(*q) * (r->nqualifiers + n + 1));
	if (r->nqualifiers)
		memcpy(q, r->qualifiers, sizeof(*q) * r->nqualifiers);
	r->qualifiers = q;
	if (seq->type == YAML_SCALAR_NODE) {
		parse_qualifier(c, seq, &q[i++], is_exception);
	} else {
		FOR_EACH_ITEM(c, seq, it, item)
			parse_qualifier(c, item, &q[i++], is_exception);
	}
	r->nqualifiers = i;
}

static void add_patterns(struct pack_ctx *c, struct rule *r, yaml_node_t *n)
{
	struct rule_regex *re;
	size_t count;
	yaml_node_item_t *it;
	yaml_node_t *item;

	if (n && n->type == YAML_SCALAR_NODE) {
		count = 1;
	} else if (n && n->type == YAML_SEQUENCE_NODE) {
		count = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
	} else {
		pack_error(c, n, "patterns must be a string or a list of strings");
		return;
	}
	re = arena_alloc(&c->rs->arena, sizeof(*re) * (r->npatterns + count + 1));
	if (r->npatterns)
		memcpy(re, r->patterns, sizeof(*re) * r->npatterns);
	r->patterns = re;
	if (n->type == YAML_SCALAR_NODE) {
		set_regex(c, &re[r->npatterns++], n);
		return;
	}
	FOR_EACH_ITEM(c, n, it, item) {
		if (item && item->type == YAML_SCALAR_NODE)
			set_regex(c, &re[r->npatterns++], item);
		else
			pack_error(c, item, "patterns must be a string");
	}
}

/*
 * `qualified`: a mapping of qualifier labels to the examples each must
 * decide, flattened to label, text pairs.
 */
static void parse_qualified_examples(struct pack_ctx *c, struct rule *r, yaml_node_t *n)
{
	yaml_node_pair_t *pair;
	yaml_node_t *k, *v;
	size_t total = 0, at = 0;

	if (!expect_mapping(c, n, "qualified examples"))
		return;
	FOR_EACH_PAIR(c, n, pair, k, v)
		total += v && v->type == YAML_SEQUENCE_NODE ?
			 (size_t)(v->data.sequence.items.top - v->data.sequence.items.start) : 1;
	r->qualified = arena_alloc(&c->rs->arena, sizeof(*r->qualified) * 2 * (total ? total : 1));
	FOR_EACH_PAIR(c, n, pair, k, v) {
		const char *label = scalar(c, k, "a qualifier label");
		const char **texts;
		size_t i, count;

		texts = string_list(c, v, "qualified examples", &count);
		for (i = 0; label && i < count && at < total; i++) {
			r->qualified[2 * at] = label;
			r->qualified[2 * at + 1] = texts[i];
			at++;
		}
	}
	r->nqualified = at;
}

static void parse_examples(struct pack_ctx *c, struct rule *r, yaml_node_t *n)
{
	yaml_node_pair_t *pair;
	yaml_node_t *k, *v;

	if (!expect_mapping(c, n, "examples"))
		return;
	FOR_EACH_PAIR(c, n, pair, k, v) {
		if (key_is(k, "match"))
			r->must_match = string_list(c, v, "examples", &r->nmust_match);
		else if (key_is(k, "no-match"))
			r->must_not_match = string_list(c, v, "examples", &r->nmust_not_match);
		else if (key_is(k, "qualified"))
			parse_qualified_examples(c, r, v);
		else
			unknown_key(c, k, "examples (match, no-match, qualified)");
	}
}

/*
 * Tables of names by hash (rule ids, placeholders): open-addressed, of
 * indexes + 1 (0 an empty slot), probed linearly from the name's
 * precompiled_hash, and kept at most half full.
 */

/* The mask of a table for n names: at least min_mask, 2^k - 1 >= 2n. */
static size_t name_table_mask(size_t n, size_t min_mask)
{
	size_t mask;

	for (mask = min_mask; mask < 2 * n; mask = 2 * mask + 1)
		;
	return mask;
}

/* Files index + 1 under `name`, which the table does not hold yet. */
static void name_table_put(size_t *slot, size_t mask, const char *name, size_t index)
{
	size_t h;

	for (h = (size_t)precompiled_hash(name, strlen(name)) & mask; slot[h]; h = (h + 1) & mask)
		;
	slot[h] = index + 1;
}

/*
 * The index of the rule `id`, or nrules.  Every rule's id is looked up as
 * its pack loads, and every checklist entry's: a scan of all the ids (most
 * start alike, "liability.") was a twentieth of loading the rules.
 */
static size_t find_rule_index(const struct ruleset *rs, const char *id)
{
	size_t i, h;

	if (!rs->rule_slot || rs->rule_indexed != rs->nrules) {
		for (i = 0; i < rs->nrules; i++)
			if (strcmp(rs->rules[i].id, id) == 0)
				return i;
		return i;
	}
	for (h = (size_t)precompiled_hash(id, strlen(id)) & rs->rule_mask; rs->rule_slot[h];
	     h = (h + 1) & rs->rule_mask)
		if (strcmp(rs->rules[rs->rule_slot[h] - 1].id, id) == 0)
			return rs->rule_slot[h] - 1;
	return rs->nrules;
}

/* Files the rules not yet in the index (ids distinct), at most half full. */
static void index_rules(struct ruleset *rs)
{
	size_t i;

	if (!rs->rule_slot || 2 * rs->nrules > rs->rule_mask) {
		free(rs->rule_slot);
		rs->rule_mask = name_table_mask(rs->nrules, 63);
		rs->rule_slot = xcalloc(rs->rule_mask + 1, sizeof(*rs->rule_slot));
		rs->rule_indexed = 0;
	}
	for (i = rs->rule_indexed; i < rs->nrules; i++)
		name_table_put(rs->rule_slot, rs->rule_mask, rs->rules[i].id, i);
	rs->rule_indexed = rs->nrules;
}

static struct type_stance *type_stances(struct pack_ctx *c, yaml_node_t *n,
					enum stance dflt, int beside, size_t *count);

static void parse_rule(struct pack_ctx *c, yaml_node_t *n)
{
	struct ruleset *rs = c->rs;
	struct rule r;
	yaml_node_pair_t *pair;
	yaml_node_t *k, *v;
	const char *s;
	int x, errors = c->errors;
	size_t at, index;

	index = c->nrule_items++;
	if (!expect_mapping(c, n, "a rule"))
		return;
	memset(&r, 0, sizeof(r));
	r.file = c->name;
	r.line = node_line(n);
	r.stance = STANCE_NEUTRAL;
	r.severity = SEVERITY_MEDIUM;
	FOR_EACH_PAIR(c, n, pair, k, v) {
		if (key_is(k, "id")) {
			r.id = scalar(c, v, "id");
		} else if (key_is(k, "type")) {
			r.type_id = scalar(c, v, "type");
		} else if (key_is(k, "title")) {
			r.title = scalar(c, v, "title");
		} else if (key_is(k, "message")) {
			r.message = scalar(c, v, "message");
		} else if (key_is(k, "recommendation")) {
			r.recommendation = scalar(c, v, "recommendation");
		} else if (key_is(k, "stance")) {
			if ((s = scalar(c, v, "stance")) && (x = stance_parse(s)) < 0)
				pack_error(c, v, "stance must be protective, adverse or neutral, not '%s'", s);
			else if (s)
				r.stance = (enum stance)x;
		} else if (key_is(k, "severity")) {
			if ((s = scalar(c, v, "severity")) && (x = severity_parse(s)) < 0)
				pack_error(c, v, "severity must be info, low, medium, high or critical, not '%s'", s);
			else if (s)
				r.severity = (enum severity)x;
		} else if (key_is(k, "aspect")) {
			r.aspect = scalar(c, v, "aspect");
		} else if (key_is(k, "case")) {
			if ((s = scalar(c, v, "case")) && strcmp(s, "sensitive") && strcmp(s, "insensitive"))
				pack_error(c, v, "case must be sensitive or insensitive, not '%s'", s);
			else if (s)
				r.case_sensitive = strcmp(s, "sensitive") == 0;
		} else if (key_is(k, "keywords")) {
			r.keywords = string_list(c, v, "keywords", &r.nkeywords);
		} else if (key_is(k, "pattern") || key_is(k, "patterns")) {
			add_patterns(c, &r, v);
		} else if (key_is(k, "exceptions")) {
			add_qualifiers(c, &r, v, 1);
		} else if (key_is(k, "qualifiers")) {
			add_qualifiers(c, &r, v, 0);
		} else if (key_is(k, "refers")) {
			r.refers = type_stances(c, v, STANCE_ANY, 0, &r.nrefers);
		} else if (key_is(k, "examples")) {
			parse_examples(c, &r, v);
		} else {
			unknown_key(c, k, "a rule");
		}
	}
	while (c->next_example < c->nexamples && c->examples[c->next_example].rule < index)
		c->next_example++;
	if (c->next_example < c->nexamples && c->examples[c->next_example].rule == index &&
	    r.id && strcmp(r.id, c->examples[c->next_example].id) == 0) {
		const struct rule_examples *ex = &c->examples[c->next_example];

		/* Static data, only ever read (like the strings of the arena). */
		r.must_match = (const char **)(uintptr_t)ex->match;
		r.nmust_match = ex->nmatch;
		r.must_not_match = (const char **)(uintptr_t)ex->no_match;
		r.nmust_not_match = ex->nno_match;
		r.qualified = (const char **)(uintptr_t)ex->qualified;
		r.nqualified = ex->nqualified;
	}
	if (!r.id)
		pack_error(c, n, "a rule needs an id");
	if (!r.type_id)
		pack_error(c, n, "rule '%s' needs a type", r.id ? r.id : "?");
	if (!r.npatterns)
		pack_error(c, n, "rule '%s' needs at least one pattern", r.id ? r.id : "?");
	if (!r.title)
		r.title = r.id;
	if (!r.message)
		r.message = r.title;
	if (c->errors != errors)
		return;
	at = find_rule_index(rs, r.id);
	if (at < rs->nrules) {
		if (rs->rules[at].file == c->name) {
			pack_error(c, n, "rule '%s' is defined twice (first at line %lu)",
				   r.id, rs->rules[at].line);
			return;
		}
		rs->rules[at] = r;
		return;
	}
	ALLOC_GROW(rs->rules, rs->nrules + 1, rs->rules_alloc);
	rs->rules[rs->nrules++] = r;
	if (rs->rule_indexed == rs->nrules - 1)
		index_rules(rs);
}

static void parse_type(struct pack_ctx *c, yaml_node_t *n)
{
	struct ruleset *rs = c->rs;
	struct clause_type t;
	yaml_node_pair_t *pair;
	yaml_node_t *k, *v;
	size_t i;

	if (!expect_mapping(c, n, "a clause type"))
		return;
	memset(&t, 0, sizeof(t));
	t.file = c->name;
	t.line = node_line(n);
	FOR_EACH_PAIR(c, n, pair, k, v) {
		if (key_is(k, "id"))
			t.id = scalar(c, v, "id");
		else if (key_is(k, "area"))
			t.area = scalar(c, v, "area");
		else if (key_is(k, "title"))
			t.title = scalar(c, v, "title");
		else if (key_is(k, "description"))
			t.description = scalar(c, v, "description");
		else
			unknown_key(c, k, "a clause type");
	}
	if (!t.id || !t.area) {
		pack_error(c, n, "a clause type needs an id and an area");
		return;
	}
	if (!t.title)
		t.title = t.id;
	for (i = 0; i < rs->ntypes; i++)
		if (strcmp(rs->types[i].id, t.id) == 0) {
			rs->types[i] = t;
			return;
		}
	ALLOC_GROW(rs->types, rs->ntypes + 1, rs->types_alloc);
	rs->types[rs->ntypes++] = t;
}

static void parse_area(struct pack_ctx *c, yaml_node_t *n)
{
	struct ruleset *rs = c->rs;
	struct area a;
	yaml_node_pair_t *pair;
	yaml_node_t *k, *v;
	size_t i;

	if (!expect_mapping(c, n, "an area"))
		return;
	memset(&a, 0, sizeof(a));
	FOR_EACH_PAIR(c, n, pair, k, v) {
		if (key_is(k, "id"))
			a.id = scalar(c, v, "id");
		else if (key_is(k, "title"))
			a.title = scalar(c, v, "title");
		else
			unknown_key(c, k, "an area");
	}
	if (!a.id) {
		pack_error(c, n, "an area needs an id");
		return;
	}
	if (!a.title)
		a.title = a.id;
	for (i = 0; i < rs->nareas; i++)
		if (strcmp(rs->areas[i].id, a.id) == 0) {
			rs->areas[i] = a;
			return;
		}
	ALLOC_GROW(rs->areas, rs->nareas + 1, rs->areas_alloc);
	rs->areas[rs->nareas++] = a;
}

static void parse_placeholders(struct pack_ctx *c, yaml_node_t *n)
{
	struct ruleset *rs = c->rs;
	yaml_node_pair_t *pair;
	yaml_node_t *k, *v;

	if (!expect_mapping(c, n, "placeholders"))
		return;
	FOR_EACH_PAIR(c, n, pair, k, v) {
		const char *name = scalar(c, k, "a placeholder name");
		const char *re = scalar(c, v, "a placeholder");
		const char *p;
		size_t i;

		if (!name || !re)
			continue;
		for (p = name; *p; p++)
			if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '_'))
				break;
		if (*p || !islower((unsigned char)name[0])) {
			pack_error(c, k, "placeholder name '%s' must be lower case letters, digits and _, starting with a letter", name);
			continue;
		}
		for (i = 0; i < rs->nplaceholders; i++)
			if (strcmp(rs->placeholders[i].name, name) == 0)
				break;
		if (i == rs->nplaceholders) {
			ALLOC_GROW(rs->placeholders, rs->nplaceholders + 1, rs->placeholders_alloc);
			rs->nplaceholders++;
		}
		rs->placeholders[i].name = name;
		rs->placeholders[i].regex = re;
	}
}

/*
 * Reads one entry, "id", "id:stance" or "id:stance:label", into *ts;
 * returns 0, or -1 after a pack error.  `text` lives in the arena.
 */
static int type_stance_parse(struct pack_ctx *c, yaml_node_t *n, const char *text,
			     enum stance dflt, struct type_stance *ts)
{
	const char *colon = strchr(text, ':'), *label, *st;
	int x;

	memset(ts, 0, sizeof(*ts));
	ts->stance = dflt;
	if (!colon) {
		ts->type_id = text;
		return 0;
	}
	label = strchr(colon + 1, ':');
	st = label ? arena_strndup(&c->rs->arena, colon + 1, (size_t)(label - colon - 1)) : colon + 1;
	x = strcmp(st, "any") == 0 ? STANCE_ANY : stance_parse(st);
	if (x < 0) {
		pack_error(c, n, "'%s': stance must be protective, adverse, neutral or any", text);
		return -1;
	}
	if (label) {
		ts->qualifier_not = label[1] == '!';
		ts->qualifier = label + 1 + ts->qualifier_not;
	}
	ts->stance = (enum stance)x;
	ts->type_id = arena_strndup(&c->rs->arena, text, (size_t)(colon - text));
	return 0;
}

/* The words that put a condition on an entry: "X beside Y", "X without Y". */
static const char *const conditions[] = { "beside", "without" };

/*
 * The first condition word in s at or after `from` that stands as a word
 * after some other ("X beside Y", or "X beside" with nothing after), its
 * index in conditions[] in *which; NULL for none.
 */
static const char *find_condition(const char *s, const char *from, size_t *which)
{
	const char *p;
	size_t k, len;

	for (p = from; *p; p++) {
		if (p == s || p[-1] != ' ')
			continue;
		for (k = 0; k < sizeof(conditions) / sizeof(*conditions); k++) {
			len = strlen(conditions[k]);
			if (strncmp(p, conditions[k], len) == 0 && (p[len] == ' ' || !p[len])) {
				*which = k;
				return p;
			}
		}
	}
	return NULL;
}

/* s[0..len) without the blanks at its end, in the arena. */
static const char *trimmed_copy(struct pack_ctx *c, const char *s, size_t len)
{
	while (len && s[len - 1] == ' ')
		len--;
	return arena_strndup(&c->rs->arena, s, len);
}

/*
 * Reads the conditions of entry `text`, the first at `cond`, into ts:
 * up to CHECKLIST_MAX_CONDITIONS, each a type or rule of any stance unless it says
 * one.  Returns -1 after a pack error (one too many, or one left empty).
 */
static int conditions_parse(struct pack_ctx *c, yaml_node_t *n, const char *text,
			    const char *cond, size_t which, struct type_stance *ts)
{
	ts->beside = arena_alloc(&c->rs->arena, sizeof(*ts->beside) * CHECKLIST_MAX_CONDITIONS);
	while (cond) {
		const char *other = cond + strlen(conditions[which]), *next, *end;
		size_t next_which = 0;

		while (*other == ' ')
			other++;
		next = find_condition(text, other, &next_which);
		end = next ? next : other + strlen(other);
		while (end > other && end[-1] == ' ')
			end--;
		if (end == other) {
			pack_error(c, n, "'%s': an empty condition: '%s' names no clause type or rule",
				   text, conditions[which]);
			return -1;
		}
		if (ts->nbeside == CHECKLIST_MAX_CONDITIONS) {
			pack_error(c, n, "'%s': more than %d conditions on one entry", text,
				   CHECKLIST_MAX_CONDITIONS);
			return -1;
		}
		if (type_stance_parse(c, n, trimmed_copy(c, other, (size_t)(end - other)),
				      STANCE_ANY, &ts->beside[ts->nbeside]) < 0)
			return -1;
		if (which == 1)
			ts->beside_not |= 1u << ts->nbeside;
		ts->nbeside++;
		cond = next;
		which = next_which;
	}
	return 0;
}

/*
 * A list of entries; `beside` 1 where an entry may carry conditions,
 * "ENTRY beside OTHER" or "ENTRY without OTHER", up to CHECKLIST_MAX_CONDITIONS of
 * them, all to hold (checklist items), whose OTHER defaults to any stance.
 */
static struct type_stance *type_stances(struct pack_ctx *c, yaml_node_t *n,
					enum stance dflt, int beside, size_t *count)
{
	const char **list;
	struct type_stance *ts;
	size_t i, nlist;

	list = string_list(c, n, "a list of clause types", &nlist);
	*count = 0;
	if (!list)
		return NULL;
	ts = arena_alloc(&c->rs->arena, sizeof(*ts) * (nlist + 1));
	for (i = 0; i < nlist; i++) {
		size_t which = 0;
		const char *cond = find_condition(list[i], list[i], &which);
		const char *entry = list[i];

		if (cond && !beside) {
			pack_error(c, n, "'%s': only a checklist entry may be read beside another", list[i]);
			continue;
		}
		if (cond)
			entry = trimmed_copy(c, list[i], (size_t)(cond - list[i]));
		if (type_stance_parse(c, n, entry, dflt, &ts[i]) < 0 || !cond)
			continue;
		conditions_parse(c, n, list[i], cond, which, &ts[i]);
	}
	*count = nlist;
	return ts;
}

static void parse_item(struct pack_ctx *c, yaml_node_t *n)
{
	struct ruleset *rs = c->rs;
	struct checklist_item it;
	yaml_node_pair_t *pair;
	yaml_node_t *k, *v;
	const char *s;
	size_t i;
	int errors = c->errors;

	if (!expect_mapping(c, n, "a checklist item"))
		return;
	memset(&it, 0, sizeof(it));
	it.file = c->name;
	it.line = node_line(n);
	it.priority = PRIORITY_SHOULD;
	it.weight = 5;
	FOR_EACH_PAIR(c, n, pair, k, v) {
		if (key_is(k, "id")) {
			it.id = scalar(c, v, "id");
		} else if (key_is(k, "area")) {
			it.area = scalar(c, v, "area");
		} else if (key_is(k, "title")) {
			it.title = scalar(c, v, "title");
		} else if (key_is(k, "priority")) {
			if ((s = scalar(c, v, "priority"))) {
				if (strcmp(s, "must") == 0)
					it.priority = PRIORITY_MUST;
				else if (strcmp(s, "should") == 0)
					it.priority = PRIORITY_SHOULD;
				else
					pack_error(c, v, "priority must be must or should, not '%s'", s);
			}
		} else if (key_is(k, "weight")) {
			char *end;
			long w;

			if ((s = scalar(c, v, "weight"))) {
				errno = 0;
				w = strtol(s, &end, 10);
				if (errno || *end || w < 1 || w > 10)
					pack_error(c, v, "weight must be a whole number from 1 to 10, not '%s'", s);
				else
					it.weight = (unsigned)w;
			}
		} else if (key_is(k, "met")) {
			it.met = type_stances(c, v, STANCE_PROTECTIVE, 1, &it.nmet);
		} else if (key_is(k, "met-needs")) {
			it.met_needs = string_list(c, v, "met-needs", &it.nmet_needs);
		} else if (key_is(k, "partial")) {
			it.partial = type_stances(c, v, STANCE_PROTECTIVE, 1, &it.npartial);
		} else if (key_is(k, "red-flags")) {
			it.red_flags = type_stances(c, v, STANCE_ADVERSE, 1, &it.nred_flags);
		} else if (key_is(k, "red-flags-unless-met")) {
			it.red_flags_unless_met = type_stances(c, v, STANCE_ADVERSE, 1,
							       &it.nred_flags_unless_met);
		} else if (key_is(k, "partial-over-met")) {
			it.partial_over_met = type_stances(c, v, STANCE_PROTECTIVE, 1,
							   &it.npartial_over_met);
		} else if (key_is(k, "recommendation")) {
			it.recommendation = scalar(c, v, "recommendation");
		} else if (key_is(k, "fallback")) {
			it.fallback = scalar(c, v, "fallback");
		} else if (key_is(k, "rationale")) {
			it.rationale = scalar(c, v, "rationale");
		} else {
			unknown_key(c, k, "a checklist item");
		}
	}
	if (!it.id || !it.area || !it.title)
		pack_error(c, n, "a checklist item needs an id, an area and a title");
	else if (!it.nmet && !it.npartial && !it.nred_flags && !it.nred_flags_unless_met)
		pack_error(c, n, "checklist item '%s' names no clause types (met, partial or red-flags)", it.id);
	else if (it.nred_flags_unless_met && !it.nmet)
		pack_error(c, n, "checklist item '%s' has red-flags-unless-met but nothing that meets it", it.id);
	else if (it.npartial_over_met && !it.nmet)
		pack_error(c, n, "checklist item '%s' has partial-over-met but nothing that meets it", it.id);
	else if (it.nmet_needs && !it.nmet)
		pack_error(c, n, "checklist item '%s' has met-needs but nothing that meets it", it.id);
	if (c->errors != errors)
		return;
	for (i = 0; i < rs->nitems; i++)
		if (strcmp(rs->items[i].id, it.id) == 0) {
			if (rs->items[i].file == c->name) {
				pack_error(c, n, "checklist item '%s' is defined twice", it.id);
				return;
			}
			rs->items[i] = it;
			return;
		}
	ALLOC_GROW(rs->items, rs->nitems + 1, rs->items_alloc);
	rs->items[rs->nitems++] = it;
}

static void parse_list(struct pack_ctx *c, yaml_node_t *n, const char *what,
		       void (*fn)(struct pack_ctx *, yaml_node_t *))
{
	yaml_node_item_t *it;
	yaml_node_t *item;

	if (!expect_sequence(c, n, what))
		return;
	FOR_EACH_ITEM(c, n, it, item)
		fn(c, item);
}

/*
 * Adds a pack from its text, or from `built`, the document an embedded
 * pack's text gives, read at build time (rule_pack_source).
 */
static int add_pack(struct ruleset *rs, const char *name, const char *data, size_t len,
		    yaml_document_t *built,
		    const struct rule_examples *examples, size_t nexamples)
{
	struct pack_ctx c;
	yaml_parser_t parser;
	yaml_document_t doc;
	yaml_node_t *root, *k, *v;
	yaml_node_pair_t *pair;

	memset(&c, 0, sizeof(c));
	c.rs = rs;
	c.examples = examples;
	c.nexamples = nexamples;
	c.name = arena_strdup(&rs->arena, name);
	if (built) {
		c.doc = built;
	} else {
		if (!yaml_parser_initialize(&parser))
			xalloc_die();
		yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
		if (!yaml_parser_load(&parser, &doc)) {
			error_at(c.name, (unsigned long)parser.problem_mark.line + 1,
				 "invalid YAML: %s%s%s", parser.problem ? parser.problem : "parse error",
				 parser.context ? " " : "", parser.context ? parser.context : "");
			yaml_parser_delete(&parser);
			return -1;
		}
		c.doc = &doc;
	}
	root = yaml_document_get_root_node(c.doc);
	if (!root) {
		/* An empty pack is allowed: a user may blank out a default pack. */
	} else if (expect_mapping(&c, root, "a rule pack")) {
		FOR_EACH_PAIR(&c, root, pair, k, v) {
			if (key_is(k, "types"))
				parse_list(&c, v, "types", parse_type);
			else if (key_is(k, "areas"))
				parse_list(&c, v, "areas", parse_area);
			else if (key_is(k, "placeholders"))
				parse_placeholders(&c, v);
			else if (key_is(k, "rules"))
				parse_list(&c, v, "rules", parse_rule);
			else if (key_is(k, "checklist"))
				parse_list(&c, v, "checklist", parse_item);
			else
				unknown_key(&c, k, "a rule pack (types, areas, placeholders, rules, checklist)");
		}
	}
	if (!built) {
		yaml_document_delete(&doc);
		yaml_parser_delete(&parser);
	}
	return c.errors ? -1 : 0;
}

int ruleset_add_pack(struct ruleset *rs, const char *name, const char *data, size_t len)
{
	return add_pack(rs, name, data, len, NULL, NULL, 0);
}

/* --- finding the packs ---------------------------------------------- */

struct pack_file {
	char *name;       /* for messages: "rules/data.yaml" or "DIR/data.yaml" */
	const char *base; /* path inside the rules folder, for replacing */
	char *data;       /* owned unless embedded */
	size_t len;
	int owned;
	yaml_document_t *doc;   /* an embedded pack's, read at build time */
	const struct rule_examples *examples;   /* an embedded pack's */
	size_t nexamples;
};

static int has_yaml_suffix(const char *s)
{
	size_t n = strlen(s);

	return (n > 5 && strcmp(s + n - 5, ".yaml") == 0) ||
	       (n > 4 && strcmp(s + n - 4, ".yml") == 0);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int read_pack(const char *path, char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct buf b = BUF_INIT;
	char chunk[8192];
	size_t n;

	if (!f) {
		error("cannot read rule pack '%s': %s", path, diag_strerror(errno));
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		buf_add(&b, chunk, n);
		if (b.len > MAX_PACK_SIZE) {
			error("cannot read rule pack '%s': larger than %u bytes", path, MAX_PACK_SIZE);
			fclose(f);
			buf_release(&b);
			return -1;
		}
	}
	if (ferror(f)) {
		error("cannot read rule pack '%s': %s", path, diag_strerror(errno));
		fclose(f);
		buf_release(&b);
		return -1;
	}
	fclose(f);
	*data = buf_detach(&b, len);
	return 0;
}

/* Appends the .yaml names in `dir` (sorted) to `names`; -1 if unreadable. */
static int list_packs(const char *dir, char ***names, size_t *n, size_t *alloc)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t first = *n;

	if (!d)
		return -1;
	while ((de = readdir(d)))
		if (de->d_name[0] != '.' && has_yaml_suffix(de->d_name)) {
			ALLOC_GROW(*names, *n + 1, *alloc);
			(*names)[(*n)++] = xstrdup(de->d_name);
		}
	closedir(d);
	if (*n > first)
		qsort(*names + first, *n - first, sizeof(**names), cmp_str);
	return 0;
}

static void add_or_replace(struct pack_file **files, size_t *n, size_t *alloc,
			   struct pack_file *pf)
{
	size_t j;

	for (j = 0; j < *n; j++)
		if (strcmp((*files)[j].base, pf->base) == 0)
			break;
	if (j < *n) {
		if ((*files)[j].owned)
			free((*files)[j].data);
		free((*files)[j].name);
		(*files)[j] = *pf;
	} else {
		ALLOC_GROW(*files, *n + 1, *alloc);
		(*files)[(*n)++] = *pf;
	}
}

/*
 * Adds the packs in DIR and DIR/checklist to `files`; a pack replaces the
 * one with the same path relative to its rules folder ("data.yaml",
 * "checklist/data.yaml").
 */
static int collect_dir(const char *dir, struct pack_file **files, size_t *n, size_t *alloc)
{
	static const char *const subdirs[] = { "", "checklist/" };
	const char *sep = *dir && dir[strlen(dir) - 1] == '/' ? "" : "/";
	size_t s, i;
	int ret = 0, found = 0;

	for (s = 0; s < ARRAY_SIZE(subdirs); s++) {
		struct buf sub = BUF_INIT;
		char **names = NULL;
		size_t nnames = 0, names_alloc = 0;

		buf_addf(&sub, "%s%s%s", dir, sep, subdirs[s]);
		if (list_packs(sub.ptr, &names, &nnames, &names_alloc)) {
			if (s == 0) {
				error("cannot read rules directory '%s': %s", dir, diag_strerror(errno));
				ret = -1;
			}
			buf_release(&sub);
			continue;
		}
		for (i = 0; i < nnames; i++) {
			struct pack_file pf;
			struct buf path = BUF_INIT;

			buf_addf(&path, "%s%s", sub.ptr, names[i]);
			memset(&pf, 0, sizeof(pf));
			if (read_pack(path.ptr, &pf.data, &pf.len)) {
				buf_release(&path);
				ret = -1;
			} else {
				pf.name = buf_detach(&path, NULL);
				pf.base = pf.name + strlen(dir) + strlen(sep);
				pf.owned = 1;
				add_or_replace(files, n, alloc, &pf);
				found++;
			}
			free(names[i]);
		}
		free(names);
		buf_release(&sub);
	}
	if (!ret && !found) {
		error("rules directory '%s' has no .yaml rule packs", dir);
		ret = -1;
	}
	return ret;
}

int ruleset_load(struct ruleset *rs, const char *const *dirs, int no_defaults)
{
	struct pack_file *files = NULL;
	size_t n = 0, alloc = 0, i, kept;
	int ret = 0;

	if (!no_defaults)
		for (i = 0; i < embedded_rule_pack_count; i++) {
			struct pack_file pf;

			pf.name = xstrdup(embedded_rule_packs[i].name);
			/* "rules/checklist/data.yaml" replaces as "checklist/data.yaml". */
			pf.base = strncmp(pf.name, "rules/", 6) == 0 ? pf.name + 6 : pf.name;
			pf.data = (char *)embedded_rule_packs[i].data;
			pf.len = embedded_rule_packs[i].len;
			pf.doc = embedded_rule_packs[i].doc;
			pf.owned = 0;
			pf.examples = embedded_rule_packs[i].examples;
			pf.nexamples = embedded_rule_packs[i].nexamples;
			ALLOC_GROW(files, n + 1, alloc);
			files[n++] = pf;
		}
	for (i = 0; dirs && dirs[i]; i++)
		if (collect_dir(dirs[i], &files, &n, &alloc))
			ret = -1;
	for (i = 0, kept = 0; i < n; i++)
		kept += !files[i].owned;
	rs->defaults_incomplete = kept < embedded_rule_pack_count;
	for (i = 0; i < n; i++) {
		if (ret == 0 && add_pack(rs, files[i].name, files[i].data, files[i].len,
				     files[i].doc, files[i].examples, files[i].nexamples))
			ret = -1;
		if (files[i].owned)
			free(files[i].data);
		free(files[i].name);
	}
	free(files);
	if (ret == 0 && !rs->nrules) {
		error("no rules loaded");
		ret = -1;
	}
	return ret;
}

/* --- compiling ------------------------------------------------------ */

const struct clause_type *ruleset_find_type(const struct ruleset *rs, const char *id)
{
	size_t i;

	/* The first byte first: loading asks this for every rule and checklist entry. */
	for (i = 0; i < rs->ntypes; i++)
		if (rs->types[i].id[0] == id[0] && strcmp(rs->types[i].id, id) == 0)
			return &rs->types[i];
	return NULL;
}

const struct rule *ruleset_find_rule(const struct ruleset *rs, const char *id)
{
	size_t i = find_rule_index(rs, id);

	return i < rs->nrules ? &rs->rules[i] : NULL;
}

const struct area *ruleset_find_area(const struct ruleset *rs, const char *id)
{
	size_t i;

	for (i = 0; i < rs->nareas; i++)
		if (strcmp(rs->areas[i].id, id) == 0)
			return &rs->areas[i];
	return NULL;
}

/*
 * Each placeholder's expansion, made once per ruleset_compile: a few dozen
 * placeholders recur in over a thousand patterns, and expanding them anew
 * each time was a tenth of loading the rules.  `height` is how deep the
 * placeholders nest inside it (0: none), so that a use too deep for
 * MAX_PLACEHOLDER_DEPTH takes the long way and reports what it did before.
 */
struct expansion {
	char *text;               /* NULL until expanded without an error */
	size_t len;
	int height;
};

/*
 * The expansions, one per placeholder, and the placeholders by name: an
 * open-addressed table of indexes + 1.  Patterns use placeholders some
 * tens of thousands of times, and a scan of all the names with a strlen
 * of each was a tenth of loading the rules.
 */
struct expansions {
	struct expansion *e;
	size_t *slot;
	size_t mask;
};

static void expansions_init(struct expansions *x, const struct ruleset *rs)
{
	size_t i;

	x->e = xcalloc(rs->nplaceholders ? rs->nplaceholders : 1, sizeof(*x->e));
	x->mask = name_table_mask(rs->nplaceholders, 15);
	x->slot = xcalloc(x->mask + 1, sizeof(*x->slot));
	/* Names are distinct: a pack's placeholder replaces one of the same name. */
	for (i = 0; i < rs->nplaceholders; i++)
		name_table_put(x->slot, x->mask, rs->placeholders[i].name, i);
}

static void expansions_free(struct expansions *x, const struct ruleset *rs)
{
	size_t i;

	for (i = 0; i < rs->nplaceholders; i++)
		free(x->e[i].text);
	free(x->e);
	free(x->slot);
}

static const struct placeholder *find_placeholder(const struct ruleset *rs,
						  const struct expansions *x,
						  const char *name, size_t len)
{
	size_t h;

	for (h = (size_t)precompiled_hash(name, len) & x->mask; x->slot[h];
	     h = (h + 1) & x->mask) {
		const struct placeholder *ph = &rs->placeholders[x->slot[h] - 1];

		if (!strncmp(ph->name, name, len) && !ph->name[len])
			return ph;
	}
	return NULL;
}

/*
 * Replaces {name} with (?:regex), recursively.  Skips escaped braces and
 * quantifiers ({2}, {0,80}), which start with a digit.  Returns how deep
 * the placeholders nest in `src` (0: none), or -1 after an error.
 */
static int expand(const struct ruleset *rs, struct expansions *memo,
		  const struct rule_regex *re, const char *src, struct buf *out, int depth)
{
	const char *p = src, *run = src;
	int height = 0;

	if (depth > MAX_PLACEHOLDER_DEPTH) {
		error_at(re->file, re->line, "placeholders nest deeper than %d (a cycle?)",
			 MAX_PLACEHOLDER_DEPTH);
		return -1;
	}
	/* Only a backslash or a brace can start anything: skip to the next. */
	while (*(p += strcspn(p, "\\{"))) {
		if (*p == '\\' && p[1]) {
			p += 2;
			continue;
		}
		if (*p == '{' && islower((unsigned char)p[1])) {
			const char *q = p + 1;
			const struct placeholder *ph;
			struct expansion *e;

			while (islower((unsigned char)*q) || isdigit((unsigned char)*q) || *q == '_')
				q++;
			if (*q == '}') {
				ph = find_placeholder(rs, memo, p + 1, (size_t)(q - p - 1));
				if (!ph) {
					error_at(re->file, re->line, "unknown placeholder {%.*s}",
						 (int)(q - p - 1), p + 1);
					return -1;
				}
				buf_add(out, run, (size_t)(p - run));
				e = &memo->e[ph - rs->placeholders];
				if (!e->text || depth + 1 + e->height > MAX_PLACEHOLDER_DEPTH) {
					struct buf sub = BUF_INIT;
					int h = expand(rs, memo, re, ph->regex, &sub, depth + 1);

					if (h < 0) {
						buf_release(&sub);
						return -1;
					}
					if (!e->text) {
						e->len = sub.len;
						e->text = buf_detach(&sub, NULL);
						e->height = h;
					}
					buf_release(&sub);
				}
				buf_addstr(out, "(?:");
				buf_add(out, e->text, e->len);
				buf_addch(out, ')');
				if (e->height + 1 > height)
					height = e->height + 1;
				p = run = q + 1;
				continue;
			}
		}
		p++;
	}
	buf_add(out, run, (size_t)(p - run));
	return height;
}

/*
 * Decodes the build's compiled codes into rs->pre_codes.  When this PCRE2
 * cannot read them (another version or configuration than the build's),
 * there are none, and every regex is compiled.
 */
static void decode_precompiled(struct ruleset *rs)
{
	const struct precompiled_rules *pre = rs->precompiled;
	int32_t n;

	if (!pre || !pre->codes_len)
		return;
	n = pcre2_serialize_get_number_of_codes(pre->codes);
	if (n <= 0 || (size_t)n != pre->nregexes)
		return;
	rs->pre_codes = xcalloc((size_t)n, sizeof(*rs->pre_codes));
	if (pcre2_serialize_decode(rs->pre_codes, n, pre->codes, NULL) != n) {
		free(rs->pre_codes);
		rs->pre_codes = NULL;
		return;
	}
	rs->npre_codes = (size_t)n;
}

/* Frees the decoded codes no regex took. */
static void drop_precompiled(struct ruleset *rs)
{
	size_t i;

	for (i = 0; i < rs->npre_codes; i++)
		pcre2_code_free(rs->pre_codes[i]);
	free(rs->pre_codes);
	rs->pre_codes = NULL;
	rs->npre_codes = 0;
}

/*
 * Finds re (expanded, flags set) in the build's table: sets re->pre, and
 * returns the entry's decoded code, now re's, or NULL when re must be
 * compiled.  A text that occurs twice has two entries, one code each.
 */
static pcre2_code *take_precompiled(struct ruleset *rs, struct rule_regex *re)
{
	const struct precompiled_rules *pre = rs->precompiled;
	const struct precompiled_regex *e, *end;
	size_t len = strlen(re->expanded);

	re->pre = precompiled_find(pre, re->expanded, len, re->flags);
	if (!re->pre)
		return NULL;
	end = pre->regexes + pre->nregexes;
	for (e = re->pre; e < end && !precompiled_cmp(e, re->pre); e++) {
		pcre2_code *code;

		if (memcmp(e->text, re->expanded, len) || e->code >= rs->npre_codes ||
		    !rs->pre_codes[e->code])
			continue;
		code = rs->pre_codes[e->code];
		rs->pre_codes[e->code] = NULL;
		rs->nprecompiled++;
		return code;
	}
	return NULL;
}

/* Whether s[0..n) is all ASCII: eight bytes a step, the patterns are megabytes. */
static int all_ascii(const char *s, size_t n)
{
	uint64_t w, high = 0;
	size_t i;

	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		high |= w;
	}
	for (; i < n; i++)
		high |= (unsigned char)s[i];
	return !(high & UINT64_C(0x8080808080808080));
}

/*
 * The regexes compiled so far, by expanded text and flags, while
 * ruleset_compile runs: a power-of-two table, open addressing.
 */
struct jit_shares {
	const struct rule_regex **slot;
	size_t mask;
};

/*
 * re's JIT state: the one of an earlier regex with the same text and
 * flags, or a new one.  Rules repeat their qualifiers (one negation is the
 * exception of fifty rules): each copy compiled its own JIT code, and JIT
 * compilation is a fifth of a batch's instructions.  Sharing compiles the
 * text once, and counts the work all its copies do toward compiling it;
 * the code is the same, and so are the matches.
 */
static struct rule_jit_state *shared_jit(struct ruleset *rs, struct jit_shares *js,
					 const struct rule_regex *re, size_t len)
{
	struct rule_jit_state *jit;
	/*
	 * The patterns are megabytes: a built-in regex has the hash of its
	 * text in its table entry, and the entry stands for the text and
	 * flags (precompiled_find gives one text one entry).  Only a user's
	 * pack is hashed and compared here.
	 */
	uint64_t h = re->pre ? re->pre->hash : precompiled_hash(re->expanded, len);
	size_t i = (size_t)(h ^ re->flags) & js->mask;

	for (; js->slot[i]; i = (i + 1) & js->mask) {
		const struct rule_regex *o = js->slot[i];

		if (re->pre ? o->pre == re->pre :
		    !o->pre && o->flags == re->flags && !strcmp(o->expanded, re->expanded))
			return o->jit;
	}
	js->slot[i] = re;
	jit = arena_alloc(&rs->arena, sizeof(*jit));
	atomic_init(&jit->state, rs->jit_available ? RULE_JIT_PENDING : RULE_JIT_NONE);
	atomic_init(&jit->work, 0);
	atomic_init(&jit->code, NULL);
	return jit;
}

static int compile_regex(struct ruleset *rs, struct expansions *memo, struct jit_shares *js,
			 const struct rule *r, struct rule_regex *re, size_t j)
{
	struct buf ex = BUF_INIT;
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE erroff;
	int errcode;
	/* The engine bounds where a match may start (engine.c, needs_met). */
	uint32_t flags = PCRE2_USE_OFFSET_LIMIT;
	size_t len;

	if (!re->source)
		return -1;
	if (expand(rs, memo, re, re->source, &ex, 0) < 0) {
		buf_release(&ex);
		return -1;
	}
	re->expanded = arena_strndup(&rs->arena, ex.ptr, ex.len);
	len = ex.len;
	buf_release(&ex);
	/*
	 * A pattern all in ASCII matches the same bytes without UTF mode:
	 * "\\w", "\\b" and caseless letters are ASCII in both, and a "." that
	 * now steps a byte of a character at a time only makes a bounded gap
	 * a little shorter in text that is not ASCII.  Its JIT code is a
	 * quarter smaller and quicker to compile and to run, as it decodes no
	 * characters.  A pattern with other characters ("[’']", "€") needs
	 * UTF mode to read them as characters.
	 */
	if (!all_ascii(re->expanded, len))
		flags |= PCRE2_UTF;
	if (!r->case_sensitive)
		flags |= PCRE2_CASELESS;
	re->flags = flags;
	re->code = take_precompiled(rs, re);
	if (!re->code)
		re->code = pcre2_compile((PCRE2_SPTR)re->expanded, PCRE2_ZERO_TERMINATED, flags,
					 &errcode, &erroff, rs->ccontext);
	if (!re->code) {
		pcre2_get_error_message(errcode, msg, sizeof(msg));
		/* Named here, not before: formatting it for every regex was 5% of loading. */
		/* j may be past the patterns for a qualifier: no pointer is formed there. */
		if (j < r->npatterns && re == &r->patterns[j])
			error_at(re->file, re->line, "rule '%s' pattern %zu: %s at offset %zu of '%s'",
				 r->id, j + 1, (const char *)msg, (size_t)erroff, re->expanded);
		else
			error_at(re->file, re->line, "rule '%s' %s: %s at offset %zu of '%s'", r->id,
				 r->qualifiers[j].effect == QUALIFIER_CANCEL ? "exception" : "qualifier",
				 (const char *)msg, (size_t)erroff, re->expanded);
		return -1;
	}
	re->jit = shared_jit(rs, js, re, len);
	return 0;
}

void ruleset_jit(const struct ruleset *rs, const struct rule_regex *re)
{
	if (!re->jit || atomic_load_explicit(&re->jit->state, memory_order_acquire) != RULE_JIT_PENDING)
		return;
	/*
	 * pcre2_jit_compile writes into the code it compiles, and other
	 * threads may be matching with re->code: compile a copy.  The lock
	 * keeps two threads from compiling the same regex.
	 */
	mtx_lock(rs->jit_lock);
	if (atomic_load_explicit(&re->jit->state, memory_order_relaxed) == RULE_JIT_PENDING) {
		pcre2_code *copy = pcre2_code_copy(re->code);
		int ok = copy && pcre2_jit_compile(copy, PCRE2_JIT_COMPLETE) == 0;

		if (ok) {
			atomic_store_explicit(&re->jit->code, copy, memory_order_release);
		} else {
			pcre2_code_free(copy);
		}
		atomic_store_explicit(&re->jit->state, ok ? RULE_JIT_READY : RULE_JIT_NONE,
				      memory_order_release);
	}
	mtx_unlock(rs->jit_lock);
}

const pcre2_code *ruleset_match_code(const struct ruleset *rs, const struct rule_regex *re,
				     size_t work, size_t left, size_t seen)
{
	pcre2_code *jitted;
	size_t total;

	if (!re->jit)
		return re->code;
	jitted = atomic_load_explicit(&re->jit->code, memory_order_acquire);
	if (jitted)
		return jitted;
	if (atomic_load_explicit(&re->jit->state, memory_order_relaxed) != RULE_JIT_PENDING)
		return re->code;
	total = atomic_fetch_add_explicit(&re->jit->work, work, memory_order_relaxed) + work;
	if (total >= RULE_JIT_WORK || (seen && total * left >= RULE_JIT_WORK * seen)) {
		ruleset_jit(rs, re);
		jitted = atomic_load_explicit(&re->jit->code, memory_order_acquire);
	}
	return jitted ? jitted : re->code;
}

int rule_has_effect(const struct rule *r, enum qualifier_effect effect)
{
	size_t i;

	for (i = 0; i < r->nqualifiers; i++)
		if (r->qualifiers[i].effect == effect)
			return 1;
	return 0;
}

int type_stance_label_holds(const struct type_stance *ts, const char *label)
{
	int same = label && ts->qualifier && strcmp(ts->qualifier, label) == 0;

	return !ts->qualifier || same != ts->qualifier_not;
}

/* Finds what ts names, a type first; 0 when it names nothing loaded. */
static int resolve_type_stance(struct ruleset *rs, struct type_stance *ts)
{
	ts->type = ruleset_find_type(rs, ts->type_id);
	ts->rule = ts->type ? NULL : ruleset_find_rule(rs, ts->type_id);
	return ts->type || ts->rule;
}

/*
 * Whether a finding of the rule ts names can have the stance ts asks for:
 * its own, or the opposite where a qualifier flips it.  An entry that
 * names a neutral rule in a `met` or `partial` list, whose stance is
 * protective unless written, would otherwise never hold, silently.
 */
static int stance_reachable(const struct type_stance *ts)
{
	const struct rule *r = ts->rule;

	if (!r || ts->stance == STANCE_ANY || ts->stance == r->stance)
		return 1;
	return rule_has_effect(r, QUALIFIER_FLIP) && ts->stance == flip_stance(r->stance);
}

/* Whether a rule ts names, or one of the type it names, has a qualifier labelled ts->qualifier. */
static int qualifier_known(const struct ruleset *rs, const struct type_stance *ts)
{
	size_t i, j;

	if (!ts->qualifier)
		return 1;
	for (i = 0; i < rs->nrules; i++) {
		const struct rule *r = &rs->rules[i];

		if (ts->rule ? r != ts->rule : r->type != ts->type)
			continue;
		for (j = 0; j < r->nqualifiers; j++)
			if (r->qualifiers[j].label && strcmp(r->qualifiers[j].label, ts->qualifier) == 0)
				return 1;
	}
	return 0;
}

/* Whether any loaded rule is of type t. */
static int type_has_rules(const struct ruleset *rs, const struct clause_type *t)
{
	size_t i;

	for (i = 0; i < rs->nrules; i++)
		if (rs->rules[i].type == t)
			return 1;
	return 0;
}

/*
 * Resolves one of an item's lists.  A name no loaded pack defines is an
 * error, unless a built-in pack was replaced or left out: then the
 * built-in checklist may well name its rules, and the entry only never
 * holds (one warning per item, `*warned`).  Returns -1 on an error.
 */
static int resolve_type_stances(struct ruleset *rs, struct checklist_item *it,
				struct type_stance *ts, size_t n, int *warned)
{
	size_t i;
	int ret = 0;

	for (i = 0; i < n; i++) {
		if (ts[i].beside &&
		    resolve_type_stances(rs, it, ts[i].beside, ts[i].nbeside, warned) < 0)
			ret = -1;
		if (resolve_type_stance(rs, &ts[i])) {
			if (!stance_reachable(&ts[i])) {
				error_at(it->file, it->line,
					 "checklist item '%s': rule '%s' is %s, so '%s:%s' never holds",
					 it->id, ts[i].type_id, stance_name(ts[i].rule->stance),
					 ts[i].type_id, stance_name(ts[i].stance));
				ret = -1;
			}
			if (!qualifier_known(rs, &ts[i])) {
				/* A type whose pack was replaced or left out may have no rules left. */
				if (rs->defaults_incomplete && !ts[i].rule && !type_has_rules(rs, ts[i].type)) {
					if (!*warned)
						warning_at(it->file, it->line,
							   "checklist item '%s' names '%s', a type no loaded "
							   "rule has: that entry never holds", it->id,
							   ts[i].type_id);
					*warned = 1;
				} else {
					error_at(it->file, it->line,
						 "checklist item '%s': no qualifier of '%s' is labelled '%s'",
						 it->id, ts[i].type_id, ts[i].qualifier);
					ret = -1;
				}
			}
			continue;
		}
		if (!rs->defaults_incomplete) {
			error_at(it->file, it->line,
				 "checklist item '%s': unknown clause type or rule '%s'",
				 it->id, ts[i].type_id);
			ret = -1;
		} else if (!*warned) {
			warning_at(it->file, it->line,
				   "checklist item '%s' names '%s', which no loaded pack defines: "
				   "that entry never holds", it->id, ts[i].type_id);
			*warned = 1;
		}
	}
	return ret;
}

/* As strcmp of the words (distinct words never compare equal). */
static int word_tie(const struct text_sort *a, const struct text_sort *b, void *ctx)
{
	char *const *words = ctx;

	/* The same eight bytes, and neither word ended within them. */
	return (a->key & 0xff) ? strcmp(words[a->index] + 8, words[b->index] + 8) : 0;
}

size_t ruleset_regexes(struct ruleset *rs, struct rule_regex ***out)
{
	size_t i, j, n = 0;
	struct rule_regex **v;

	for (i = 0; i < rs->nrules; i++)
		n += rs->rules[i].npatterns + rs->rules[i].nqualifiers;
	v = xcalloc(n ? n : 1, sizeof(*v));
	n = 0;
	for (i = 0; i < rs->nrules; i++) {
		for (j = 0; j < rs->rules[i].npatterns; j++)
			v[n++] = &rs->rules[i].patterns[j];
		for (j = 0; j < rs->rules[i].nqualifiers; j++)
			v[n++] = &rs->rules[i].qualifiers[j].re;
	}
	*out = v;
	return n;
}

/*
 * The sets of a table entry, as regex_required_literals would give them,
 * but pointing into the table, which is static: not to be released.
 */
static size_t needs_of_precompiled(const struct precompiled_regex *pre,
				   struct regex_need *needs)
{
	size_t k;

	for (k = 0; k < pre->nneeds && k < REGEX_LIT_MAX_AND; k++) {
		const struct precompiled_need *src = &pre->needs[k];

		needs[k].n = src->n;
		needs[k].reach = src->reach;
		needs[k].lead = src->lead;
		needs[k].first_atom = src->first_atom;
		needs[k].last_atom = src->last_atom;
		/* Only read: build_prefilter never writes through it. */
		needs[k].words = (char **)(uintptr_t)src->words;
	}
	return k;
}

/*
 * Most sentences a rule's keywords select lack some set a pattern needs,
 * and needs_met looks at the sets in order: the smaller sets first, as
 * they are the quicker to rule out, and as often the rarer.
 */
static void order_filters(struct rule_regex *re)
{
	size_t i, j;

	for (i = 1; i < re->nfilter; i++)
		for (j = i; j > 0 && re->filter[j - 1].nwords > re->filter[j].nwords; j--) {
			struct regex_filter t = re->filter[j];

			re->filter[j] = re->filter[j - 1];
			re->filter[j - 1] = t;
		}
}

/*
 * How likely a set is to be missing from a sentence, to pick the one a
 * pattern is filed under (filter_trigger, build_triggers): a set of long
 * words beats a set of short ones ("indemnif" is rarer than "ing"), and of
 * sets as long, the one with fewer words.  No corpus is at hand when rules
 * are loaded, so length stands in for rarity; a poor pick costs time,
 * never a match.
 */
static size_t set_rarity(const struct ruleset *rs, char *const *words,
			 const struct rule_regex *re, size_t f)
{
	size_t w, shortest = SIZE_MAX;

	for (w = 0; w < re->filter[f].nwords; w++) {
		size_t n = strlen(words[re->filter[f].words[w] - rs->nrules]);

		if (n < shortest)
			shortest = n;
	}
	if (shortest > 64)
		shortest = 64;
	return shortest * 1024 - (re->filter[f].nwords < 1024 ? re->filter[f].nwords : 1023);
}

/*
 * The distinct words of a pattern's literal sets, by text: an open-addressed
 * table of indexes into `words`.  Placeholders make a few thousand words
 * recur tens of thousands of times, and sorting all of them then searching
 * the sorted list for each was a sixth of loading the rules.
 */
struct word_index {
	char **words;             /* not owned */
	size_t *slot;             /* index into words + 1; 0 for empty */
	size_t mask;
};

static void word_index_init(struct word_index *wi, char **words, size_t max)
{
	size_t n = 16;

	while (n < 2 * max)
		n *= 2;
	wi->words = words;
	wi->slot = xcalloc(n, sizeof(*wi->slot));
	wi->mask = n - 1;
}

/* The slot of `w`: the one holding it, or the empty one where it belongs. */
static size_t *word_index_slot(const struct word_index *wi, const char *w)
{
	size_t h = (size_t)precompiled_hash(w, strlen(w)) & wi->mask;

	while (wi->slot[h] && strcmp(wi->words[wi->slot[h] - 1], w))
		h = (h + 1) & wi->mask;
	return &wi->slot[h];
}

/*
 * One automaton: the rules' keywords, then the distinct literals their
 * patterns need.  Placeholders make the same words recur across hundreds
 * of patterns, and one entry per word keeps the automaton small.
 */
static void build_prefilter(struct ruleset *rs)
{
	struct regex_need (*needs)[REGEX_LIT_MAX_AND];
	struct rule_regex **res;
	struct regex_lit_memo *memo;
	size_t *nneeds, nre, i, k, w, p, nwords = 0, nuniq = 0, at, *met, *sorted;
	char **words, **byword;
	struct text_sort *order, *tmp;
	struct word_index wi;

	nre = ruleset_regexes(rs, &res);
	needs = xcalloc(nre ? nre : 1, sizeof(*needs));
	nneeds = xcalloc(nre ? nre : 1, sizeof(*nneeds));
	memo = regex_lit_memo_new();
	for (p = 0; p < nre; p++) {
		nneeds[p] = res[p]->pre ? needs_of_precompiled(res[p]->pre, needs[p]) :
			    regex_required_literals_memo(res[p]->expanded, needs[p], memo);
		for (k = 0; k < nneeds[p]; k++)
			nwords += needs[p][k].n;
	}
	regex_lit_memo_free(memo);
	words = xcalloc(nwords ? nwords : 1, sizeof(*words));
	/* Each word's place among the distinct ones, in the order met. */
	met = xcalloc(nwords ? nwords : 1, sizeof(*met));
	word_index_init(&wi, words, nwords);
	for (p = 0, at = 0; p < nre; p++)
		for (k = 0; k < nneeds[p]; k++)
			for (w = 0; w < needs[p][k].n; w++) {
				size_t *slot = word_index_slot(&wi, needs[p][k].words[w]);

				if (!*slot) {
					words[nuniq++] = needs[p][k].words[w];
					*slot = nuniq;
				}
				met[at++] = *slot - 1;
			}
	/*
	 * Sorted, so that entry numbers do not depend on the patterns' order;
	 * `sorted` takes a word's place when met to its place after.
	 */
	/* Counted in 32 bits, as the prefilter counts its entries. */
	if (nuniq >= UINT32_MAX)
		xalloc_die();
	order = xcalloc(nuniq ? nuniq : 1, sizeof(*order));
	tmp = xcalloc(nuniq / 2 + 1, sizeof(*tmp));
	for (i = 0; i < nuniq; i++) {
		order[i].key = text_sort_key(words[i]);
		order[i].index = (uint32_t)i;
	}
	text_sort(order, tmp, nuniq, word_tie, words);
	free(tmp);
	sorted = xcalloc(nuniq ? nuniq : 1, sizeof(*sorted));
	for (i = 0; i < nuniq; i++)
		sorted[order[i].index] = i;
	byword = xcalloc(nuniq ? nuniq : 1, sizeof(*byword));
	for (i = 0; i < nuniq; i++)
		byword[i] = words[order[i].index];
	memcpy(words, byword, nuniq * sizeof(*words));
	free(byword);
	free(order);

	rs->prefilter = prefilter_new(rs->nrules + nuniq);
	rs->npattern_words = nuniq;
	for (i = 0; i < rs->nrules; i++) {
		const struct rule *r = &rs->rules[i];
		size_t j;

		if (!r->nkeywords)
			prefilter_add_always(rs->prefilter, i);
		for (j = 0; j < r->nkeywords; j++)
			prefilter_add(rs->prefilter, r->keywords[j], i);
	}
	/* A space in front: the word starts one (regex_lit.h). */
	for (i = 0; i < nuniq; i++)
		if (words[i][0] == ' ')
			prefilter_add_word(rs->prefilter, words[i] + 1, rs->nrules + i);
		else
			prefilter_add_anywhere(rs->prefilter, words[i], rs->nrules + i);
	/*
	 * The built-in packs' automaton was built with the binary
	 * (prefilter_stored.h); any other keywords build their own.
	 */
	if (!rs->precompiled || !prefilter_adopt(rs->prefilter, &prefilter_builtin))
		prefilter_build(rs->prefilter);

	for (p = 0, at = 0; p < nre; p++) {
		struct rule_regex *re = res[p];

		re->nfilter = nneeds[p];
		for (k = 0; k < nneeds[p]; k++) {
			size_t *ids = arena_alloc(&rs->arena, needs[p][k].n * sizeof(*ids));

			int marked = 0;

			for (w = 0; w < needs[p][k].n; w++) {
				ids[w] = rs->nrules + sorted[met[at++]];
				marked |= needs[p][k].words[w][0] == ' ';
			}
			re->filter[k].words = ids;
			re->filter[k].nwords = needs[p][k].n;
			re->filter[k].reach = needs[p][k].reach;
			re->filter[k].lead = needs[p][k].lead;
			re->filter[k].first_atom = needs[p][k].first_atom;
			re->filter[k].last_atom = needs[p][k].last_atom;
			/* The prefilter finds " vendor" where its "v" is: a byte further on. */
			if (marked && !re->filter[k].reach.unbounded)
				re->filter[k].reach.bytes++;
		}
		order_filters(re);
		re->filter_trigger = 0;
		for (k = 1; k < re->nfilter; k++)
			if (set_rarity(rs, words, re, k) > set_rarity(rs, words, re, re->filter_trigger))
				re->filter_trigger = k;
	}
	/* Only now: words[] points into the needs of every regex. */
	for (p = 0; p < nre; p++)
		if (!res[p]->pre)
			regex_need_release(needs[p], nneeds[p]);
	free(words);
	free(met);
	free(sorted);
	free(wi.slot);
	free(needs);
	free(nneeds);
	free(res);
}

/*
 * Files each pattern under the words of its rarest set (filter_trigger),
 * or under its rule when it needs none, so that the engine tries in a
 * sentence only the patterns one of whose filing words it found, instead
 * of testing every set of every pattern of every rule whose keywords occur.
 */
static void build_triggers(struct ruleset *rs)
{
	size_t nentry = rs->nrules + rs->npattern_words, i, j, w, n = 0;
	size_t *at;

	rs->pattern_base = arena_alloc(&rs->arena, (rs->nrules + 1) * sizeof(size_t));
	for (i = 0; i < rs->nrules; i++) {
		rs->pattern_base[i] = n;
		n += rs->rules[i].npatterns;
	}
	rs->pattern_base[rs->nrules] = n;
	rs->npatterns = n;
	/* Kept in 32 bits (struct rule_trigger): billions never fit in memory. */
	if (n >= UINT32_MAX || rs->nrules >= UINT32_MAX)
		xalloc_die();
	rs->pattern_rule = arena_alloc(&rs->arena, (n ? n : 1) * sizeof(size_t));
	rs->trigger_start = arena_alloc(&rs->arena, (nentry + 1) * sizeof(size_t));
	/* Counted first, then filled, into one array. */
	at = xcalloc(nentry + 1, sizeof(*at));
	for (i = 0; i < rs->nrules; i++)
		for (j = 0; j < rs->rules[i].npatterns; j++) {
			const struct rule_regex *re = &rs->rules[i].patterns[j];

			rs->pattern_rule[rs->pattern_base[i] + j] = i;
			if (!re->nfilter)
				at[i]++;
			for (w = 0; re->nfilter && w < re->filter[re->filter_trigger].nwords; w++)
				at[re->filter[re->filter_trigger].words[w]]++;
		}
	for (i = 0, n = 0; i < nentry; i++) {
		rs->trigger_start[i] = n;
		n += at[i];
		at[i] = rs->trigger_start[i];
	}
	rs->trigger_start[nentry] = n;
	rs->trigger = arena_alloc(&rs->arena, (n ? n : 1) * sizeof(*rs->trigger));
	for (i = 0; i < rs->nrules; i++)
		for (j = 0; j < rs->rules[i].npatterns; j++) {
			const struct rule_regex *re = &rs->rules[i].patterns[j];

			struct rule_trigger t;

			t.pattern = (uint32_t)(rs->pattern_base[i] + j);
			t.rule = (uint32_t)i;
			if (!re->nfilter)
				rs->trigger[at[i]++] = t;
			for (w = 0; re->nfilter && w < re->filter[re->filter_trigger].nwords; w++)
				rs->trigger[at[re->filter[re->filter_trigger].words[w]]++] = t;
		}
	free(at);
}

/*
 * How the rules that meet the item bear on an aspect it needs: 2 one of
 * them has it, 1 none has it but some have an aspect (a typo, or a rule
 * renamed: an error), 0 none has any (a user's pack that replaced the
 * built-in one: the item is never met, which is warned of).
 */
static int aspect_meets(const struct ruleset *rs, const struct checklist_item *it,
			const char *aspect)
{
	size_t i, j;
	int aware = 0;

	for (i = 0; i < rs->nrules; i++) {
		const struct rule *r = &rs->rules[i];

		if (!r->aspect)
			continue;
		for (j = 0; j < it->nmet; j++)
			if (it->met[j].rule ? it->met[j].rule == r :
			    it->met[j].type && it->met[j].type == r->type)
				break;
		if (j == it->nmet)
			continue;
		if (strcmp(r->aspect, aspect) == 0)
			return 2;
		aware = 1;
	}
	return aware;
}

int ruleset_compile(struct ruleset *rs)
{
	struct expansions memo;
	struct jit_shares shares;
	uint32_t jit = 0;
	size_t i, j;
	int ret = 0, warned;

	pcre2_config(PCRE2_CONFIG_JIT, &jit);
	rs->jit_available = jit != 0;
	if (!rs->jit_lock) {
		rs->jit_lock = xmalloc(sizeof(*rs->jit_lock));
		if (mtx_init(rs->jit_lock, mtx_plain) != thrd_success)
			xalloc_die();
	}
	if (!rs->ccontext)
		rs->ccontext = pcre2_compile_context_create(NULL);
	if (!rs->ccontext)
		xalloc_die();

	for (i = 0; i < rs->ntypes; i++)
		if (!ruleset_find_area(rs, rs->types[i].area)) {
			error_at(rs->types[i].file, rs->types[i].line,
				 "clause type '%s': unknown area '%s'", rs->types[i].id, rs->types[i].area);
			ret = -1;
		}
	decode_precompiled(rs);
	expansions_init(&memo, rs);
	/* At most half full, whatever the number of regexes. */
	for (j = 0, i = 0; i < rs->nrules; i++)
		j += rs->rules[i].npatterns + rs->rules[i].nqualifiers;
	for (shares.mask = 15; shares.mask < 2 * j; shares.mask = 2 * shares.mask + 1)
		;
	shares.slot = xcalloc(shares.mask + 1, sizeof(*shares.slot));
	for (i = 0; i < rs->nrules; i++) {
		struct rule *r = &rs->rules[i];

		r->type = ruleset_find_type(rs, r->type_id);
		if (!r->type) {
			error_at(r->file, r->line, "rule '%s': unknown clause type '%s'", r->id, r->type_id);
			ret = -1;
		}
		/*
		 * Another pack's rule, perhaps replaced by a user's pack: that
		 * must not stop this one from loading.
		 */
		for (j = 0; j < r->nrefers; j++)
			if (!resolve_type_stance(rs, &r->refers[j]))
				warning_at(r->file, r->line,
					   "rule '%s' refers to '%s', which no loaded pack defines: "
					   "that entry never holds", r->id, r->refers[j].type_id);
		for (j = 0; j < r->npatterns; j++)
			if (compile_regex(rs, &memo, &shares, r, &r->patterns[j], j))
				ret = -1;
		for (j = 0; j < r->nqualifiers; j++)
			if (compile_regex(rs, &memo, &shares, r, &r->qualifiers[j].re, j))
				ret = -1;
	}
	drop_precompiled(rs);
	free(shares.slot);
	expansions_free(&memo, rs);
	for (i = 0; i < rs->nitems; i++) {
		struct checklist_item *it = &rs->items[i];

		if (!ruleset_find_area(rs, it->area)) {
			error_at(it->file, it->line, "checklist item '%s': unknown area '%s'",
				 it->id, it->area);
			ret = -1;
		}
		/* Each list checked, so that every unknown id is reported at once. */
		warned = 0;
		if (resolve_type_stances(rs, it, it->met, it->nmet, &warned) |
		    resolve_type_stances(rs, it, it->partial, it->npartial, &warned) |
		    resolve_type_stances(rs, it, it->red_flags, it->nred_flags, &warned) |
		    resolve_type_stances(rs, it, it->red_flags_unless_met,
					 it->nred_flags_unless_met, &warned) |
		    resolve_type_stances(rs, it, it->partial_over_met, it->npartial_over_met,
					 &warned))
			ret = -1;
	}
	for (i = 0; i < rs->nitems; i++)
		for (j = 0; j < rs->items[i].nmet_needs; j++) {
			const struct checklist_item *it = &rs->items[i];

			switch (aspect_meets(rs, it, it->met_needs[j])) {
			case 1:
				error_at(it->file, it->line,
					 "checklist item '%s': unknown aspect '%s' in met-needs "
					 "(no rule its met entries take has it)", it->id, it->met_needs[j]);
				ret = -1;
				break;
			case 0:
				warning_at(it->file, it->line,
					   "checklist item '%s' needs aspect '%s', which no loaded rule "
					   "has: the item is never met", it->id, it->met_needs[j]);
				break;
			}
		}
	if (ret)
		return ret;

	build_prefilter(rs);
	build_triggers(rs);
	return 0;
}

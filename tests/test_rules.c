/*
 * rules: pack parsing, validation with file:line, placeholders, compiling.
 *
 * Error messages go to stderr through diag; the tests check the return
 * values and, where the line matters, capture stderr in a temporary file.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "buf.h"
#include "precompiled.h"
#include "prefilter.h"
#include "rules.h"

static const char base_pack[] =
	"areas:\n"
	"  - id: data\n"
	"    title: Data rights\n"
	"types:\n"
	"  - id: data.training\n"
	"    area: data\n"
	"    title: Training\n"
	"placeholders:\n"
	"  vendor: '\\b(?:provider|vendor)\\b'\n"
	"  party: '{vendor}|\\bcustomer\\b'\n";

static const char rule_pack[] =
	"rules:\n"
	"  - id: t.train\n"
	"    type: data.training\n"
	"    stance: adverse\n"
	"    severity: high\n"
	"    keywords: [train]\n"
	"    patterns:\n"
	"      - '{vendor} may use .{0,40}to train'\n"
	"    exceptions:\n"
	"      - pattern: 'shall not'\n"
	"        scope: before\n"
	"        label: negated\n"
	"    examples:\n"
	"      match: [a, b]\n"
	"      no-match: [c, d]\n"
	"checklist:\n"
	"  - id: no-training\n"
	"    area: data\n"
	"    title: No training\n"
	"    priority: must\n"
	"    weight: 9\n"
	"    met: [data.training]\n"
	"    partial: ['data.training:any']\n"
	"    red-flags: ['data.training:adverse']\n";

/* Runs fn with stderr sent to a temporary file; returns what it printed. */
static char *capture_stderr(int (*fn)(struct ruleset *), struct ruleset *rs, int *ret)
{
	char path[] = "/tmp/aiclause-test-XXXXXX";
	int fd = mkstemp(path), saved = dup(2);
	struct buf out = BUF_INIT;
	char chunk[512];
	FILE *f;
	size_t n;

	assert_true(fd >= 0);
	fflush(stderr);
	dup2(fd, 2);
	*ret = fn(rs);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	f = fdopen(fd, "r");
	rewind(f);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&out, chunk, n);
	fclose(f);
	unlink(path);
	return buf_detach(&out, NULL);
}

static const char *pending_name, *pending_data;

static int add_pending(struct ruleset *rs)
{
	return ruleset_add_pack(rs, pending_name, pending_data, strlen(pending_data));
}

/* add_pending, then ruleset_compile where the pack loaded. */
static int add_then_compile(struct ruleset *rs)
{
	return add_pending(rs) < 0 ? -1 : ruleset_compile(rs);
}

static void test_pack_parses_and_compiles(void **state)
{
	struct ruleset rs;
	const struct rule *r;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_add_pack(&rs, "base.yaml", base_pack, strlen(base_pack)), 0);
	assert_int_equal(ruleset_add_pack(&rs, "rules.yaml", rule_pack, strlen(rule_pack)), 0);
	assert_int_equal(ruleset_compile(&rs), 0);
	assert_int_equal(rs.nrules, 1);
	r = ruleset_find_rule(&rs, "t.train");
	assert_non_null(r);
	assert_ptr_equal(r->type, ruleset_find_type(&rs, "data.training"));
	assert_int_equal(r->stance, STANCE_ADVERSE);
	assert_int_equal(r->severity, SEVERITY_HIGH);
	assert_int_equal(r->line, 2);
	assert_string_equal(r->patterns[0].expanded,
			    "(?:\\b(?:provider|vendor)\\b) may use .{0,40}to train");
	assert_non_null(r->patterns[0].code);
	assert_int_equal(r->nqualifiers, 1);
	assert_int_equal(r->qualifiers[0].effect, QUALIFIER_CANCEL);
	assert_int_equal(r->qualifiers[0].scope, SCOPE_BEFORE);
	assert_string_equal(r->qualifiers[0].label, "negated");
	assert_int_equal(rs.nitems, 1);
	assert_int_equal(rs.items[0].priority, PRIORITY_MUST);
	assert_int_equal(rs.items[0].weight, 9);
	assert_int_equal(rs.items[0].met[0].stance, STANCE_PROTECTIVE);
	assert_int_equal(rs.items[0].red_flags[0].stance, STANCE_ADVERSE);
	assert_int_equal(rs.items[0].partial[0].stance, STANCE_ANY);
	ruleset_release(&rs);
}

static void test_bad_regex_reports_file_and_line(void **state)
{
	static const char bad[] =
		"rules:\n"
		"  - id: t.bad\n"
		"    type: data.training\n"
		"    patterns:\n"
		"      - 'fine'\n"
		"      - 'broken (unclosed'\n";
	struct ruleset rs;
	char *msg;
	int ret;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_add_pack(&rs, "base.yaml", base_pack, strlen(base_pack)), 0);
	assert_int_equal(ruleset_add_pack(&rs, "bad.yaml", bad, strlen(bad)), 0);
	msg = capture_stderr(ruleset_compile, &rs, &ret);
	assert_int_equal(ret, -1);
	assert_non_null(strstr(msg, "aiclause: bad.yaml:6: rule 't.bad' pattern 2: missing closing parenthesis"));
	free(msg);
	ruleset_release(&rs);
}

static void test_yaml_syntax_error_has_line(void **state)
{
	struct ruleset rs;
	char *msg;
	int ret;

	(void)state;
	ruleset_init(&rs);
	pending_name = "broken.yaml";
	pending_data = "rules:\n  - id: x\n    type: [unclosed\n";
	msg = capture_stderr(add_pending, &rs, &ret);
	assert_int_equal(ret, -1);
	assert_non_null(strstr(msg, "aiclause: broken.yaml:"));
	assert_non_null(strstr(msg, "invalid YAML"));
	free(msg);
	ruleset_release(&rs);
}

static void test_unknown_key_and_bad_values(void **state)
{
	struct ruleset rs;
	char *msg;
	int ret;

	(void)state;
	ruleset_init(&rs);
	pending_name = "typo.yaml";
	pending_data =
		"rules:\n"
		"  - id: t.x\n"
		"    type: data.training\n"
		"    patern: 'x'\n"
		"    stance: hostile\n";
	msg = capture_stderr(add_pending, &rs, &ret);
	assert_int_equal(ret, -1);
	assert_non_null(strstr(msg, "typo.yaml:4: unknown key 'patern' in a rule"));
	assert_non_null(strstr(msg, "typo.yaml:5: stance must be protective, adverse or neutral, not 'hostile'"));
	assert_non_null(strstr(msg, "needs at least one pattern"));
	free(msg);
	ruleset_release(&rs);
}

/*
 * A flipped finding shows its qualifier's message, not the rule's (which
 * then says the opposite): a flip must have one, and only a flip may.
 */
static void test_flip_needs_its_own_message(void **state)
{
	struct ruleset rs;
	char *msg;
	int ret;

	(void)state;
	ruleset_init(&rs);
	pending_name = "flip.yaml";
	pending_data =
		"rules:\n"
		"  - id: t.x\n"
		"    type: data.training\n"
		"    stance: adverse\n"
		"    patterns: ['train']\n"
		"    qualifiers:\n"
		"      - {pattern: 'unless you opt out', effect: flip}\n"
		"      - {pattern: 'aggregated', effect: partial, message: 'Partly.'}\n"
		"      - {pattern: 'any use', effect: red-flag}\n"
		"      - {pattern: 'all of it', effect: worse}\n";
	msg = capture_stderr(add_pending, &rs, &ret);
	assert_int_equal(ret, -1);
	assert_non_null(strstr(msg, "flip.yaml:7: a qualifier that flips needs a message"));
	assert_non_null(strstr(msg, "flip.yaml:8: only a qualifier that flips has a message"));
	/* red-flag is an effect like the others; an unknown one is named. */
	assert_null(strstr(msg, "flip.yaml:9:"));
	assert_non_null(strstr(msg, "flip.yaml:10: effect must be cancel, partial, flip, note or red-flag, not 'worse'"));
	free(msg);
	ruleset_release(&rs);
}

static void test_unknown_type_and_placeholder(void **state)
{
	static const char pack[] =
		"rules:\n"
		"  - id: t.y\n"
		"    type: data.nonsense\n"
		"    patterns: ['{nobody} x']\n";
	struct ruleset rs;
	char *msg;
	int ret;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_add_pack(&rs, "base.yaml", base_pack, strlen(base_pack)), 0);
	assert_int_equal(ruleset_add_pack(&rs, "p.yaml", pack, strlen(pack)), 0);
	msg = capture_stderr(ruleset_compile, &rs, &ret);
	assert_int_equal(ret, -1);
	assert_non_null(strstr(msg, "p.yaml:2: rule 't.y': unknown clause type 'data.nonsense'"));
	assert_non_null(strstr(msg, "p.yaml:4: unknown placeholder {nobody}"));
	free(msg);
	ruleset_release(&rs);
}

static void test_quantifiers_are_not_placeholders(void **state)
{
	static const char pack[] =
		"rules:\n"
		"  - id: t.q\n"
		"    type: data.training\n"
		"    patterns: ['a{2,3} \\{vendor} {party}']\n";
	struct ruleset rs;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_add_pack(&rs, "base.yaml", base_pack, strlen(base_pack)), 0);
	assert_int_equal(ruleset_add_pack(&rs, "q.yaml", pack, strlen(pack)), 0);
	assert_int_equal(ruleset_compile(&rs), 0);
	assert_string_equal(rs.rules[0].patterns[0].expanded,
			    "a{2,3} \\{vendor} (?:(?:\\b(?:provider|vendor)\\b)|\\bcustomer\\b)");
	ruleset_release(&rs);
}

static void test_placeholder_cycle_is_an_error(void **state)
{
	static const char pack[] =
		"placeholders:\n"
		"  a: 'x{b}'\n"
		"  b: 'y{a}'\n"
		"rules:\n"
		"  - id: t.c\n"
		"    type: data.training\n"
		"    patterns: ['{a}']\n";
	struct ruleset rs;
	char *msg;
	int ret;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_add_pack(&rs, "base.yaml", base_pack, strlen(base_pack)), 0);
	assert_int_equal(ruleset_add_pack(&rs, "c.yaml", pack, strlen(pack)), 0);
	msg = capture_stderr(ruleset_compile, &rs, &ret);
	assert_int_equal(ret, -1);
	assert_non_null(strstr(msg, "nest deeper"));
	free(msg);
	ruleset_release(&rs);
}

static void test_later_pack_replaces_rule(void **state)
{
	static const char over[] =
		"rules:\n"
		"  - id: t.train\n"
		"    type: data.training\n"
		"    stance: protective\n"
		"    patterns: ['replacement']\n";
	struct ruleset rs;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_add_pack(&rs, "base.yaml", base_pack, strlen(base_pack)), 0);
	assert_int_equal(ruleset_add_pack(&rs, "rules.yaml", rule_pack, strlen(rule_pack)), 0);
	assert_int_equal(ruleset_add_pack(&rs, "user.yaml", over, strlen(over)), 0);
	assert_int_equal(ruleset_compile(&rs), 0);
	assert_int_equal(rs.nrules, 1);
	assert_int_equal(rs.rules[0].stance, STANCE_PROTECTIVE);
	assert_string_equal(rs.rules[0].patterns[0].source, "replacement");
	ruleset_release(&rs);
}

/*
 * Regexes of the same text and flags share one JIT state: a qualifier that
 * fifty rules repeat is JIT-compiled once, and the work of all its copies
 * counts toward it.  Another text, or the same text matched with case,
 * has its own.
 */
static void test_same_regex_shares_jit(void **state)
{
	static const char pack[] =
		"rules:\n"
		"  - id: t.a\n"
		"    type: data.training\n"
		"    stance: adverse\n"
		"    patterns: ['{vendor} may train']\n"
		"    exceptions:\n"
		"      - pattern: 'shall not'\n"
		"        scope: before\n"
		"  - id: t.b\n"
		"    type: data.training\n"
		"    stance: adverse\n"
		"    patterns: ['(?:\\b(?:provider|vendor)\\b) may train', 'vendor may sell']\n"
		"    exceptions:\n"
		"      - pattern: 'shall not'\n"
		"        scope: before\n"
		"  - id: t.c\n"
		"    type: data.training\n"
		"    stance: adverse\n"
		"    case: sensitive\n"
		"    patterns: ['{vendor} may train']\n";
	struct ruleset rs;
	const struct rule *a, *b, *c;
	const pcre2_code *code;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_add_pack(&rs, "base.yaml", base_pack, strlen(base_pack)), 0);
	assert_int_equal(ruleset_add_pack(&rs, "rules.yaml", pack, strlen(pack)), 0);
	assert_int_equal(ruleset_compile(&rs), 0);
	a = ruleset_find_rule(&rs, "t.a");
	b = ruleset_find_rule(&rs, "t.b");
	c = ruleset_find_rule(&rs, "t.c");
	assert_non_null(a);
	assert_non_null(b);
	assert_non_null(c);
	assert_string_equal(a->patterns[0].expanded, b->patterns[0].expanded);
	assert_ptr_equal(a->patterns[0].jit, b->patterns[0].jit);
	assert_ptr_equal(a->qualifiers[0].re.jit, b->qualifiers[0].re.jit);
	assert_ptr_not_equal(a->patterns[0].jit, b->patterns[1].jit);
	assert_ptr_not_equal(a->patterns[0].jit, a->qualifiers[0].re.jit);
	assert_ptr_not_equal(a->patterns[0].jit, c->patterns[0].jit);
	/* Work done by one copy compiles the other. */
	if (rs.jit_available) {
		code = ruleset_match_code(&rs, &a->patterns[0], RULE_JIT_WORK, 1, 0);
		assert_ptr_not_equal(code, a->patterns[0].code);
		assert_ptr_equal(ruleset_match_code(&rs, &b->patterns[0], 1, 1, 0), code);
		assert_ptr_equal(ruleset_match_code(&rs, &c->patterns[0], 1, 1, 0), c->patterns[0].code);
	}
	/* Freed once, however many regexes share it (valgrind and ASan builds check). */
	ruleset_release(&rs);
}

/*
 * The rule ids' and placeholders' tables take a hash's low bits: ids that
 * differ only in their last bytes ("t.00000000000a1", a pack of thousands
 * of generated rules) must spread over them, not crowd into a few slots
 * that every look-up then probes through.  Random slots would leave some
 * 3,200 of 8,192 in use; the hash before its final mix left 128.
 */
static void test_ids_differing_at_the_end_spread(void **state)
{
	static unsigned char seen[8192];
	char id[32];
	size_t i, distinct = 0;

	(void)state;
	for (i = 0; i < 4096; i++) {
		size_t h;

		snprintf(id, sizeof(id), "t.%014zx", i);
		h = (size_t)precompiled_hash(id, strlen(id)) & 8191;
		if (!seen[h]++)
			distinct++;
	}
	assert_true(distinct > 3000);
}

static void test_duplicate_in_one_pack_is_an_error(void **state)
{
	struct ruleset rs;
	char *msg;
	int ret;

	(void)state;
	ruleset_init(&rs);
	pending_name = "dup.yaml";
	pending_data =
		"rules:\n"
		"  - {id: t.d, type: data.training, patterns: [a]}\n"
		"  - {id: t.d, type: data.training, patterns: [b]}\n";
	msg = capture_stderr(add_pending, &rs, &ret);
	assert_int_equal(ret, -1);
	assert_non_null(strstr(msg, "dup.yaml:3: rule 't.d' is defined twice (first at line 2)"));
	free(msg);
	ruleset_release(&rs);
}

static void test_checklist_validation(void **state)
{
	static const char pack[] =
		"checklist:\n"
		"  - id: c1\n"
		"    area: nowhere\n"
		"    title: T\n"
		"    weight: 11\n"
		"    met: [data.training]\n"
		"  - id: c2\n"
		"    area: data\n"
		"    title: T\n"
		"    red-flags-unless-met: [data.training]\n";
	struct ruleset rs;
	char *msg;
	int ret;

	(void)state;
	ruleset_init(&rs);
	pending_name = "c.yaml";
	pending_data = pack;
	msg = capture_stderr(add_pending, &rs, &ret);
	assert_int_equal(ret, -1);
	assert_non_null(strstr(msg, "c.yaml:5: weight must be a whole number from 1 to 10, not '11'"));
	/* "Unless met" needs something that meets the item. */
	assert_non_null(strstr(msg, "c.yaml:7: checklist item 'c2' has red-flags-unless-met but nothing that meets it"));
	free(msg);
	ruleset_release(&rs);
}

/*
 * An aspect a checklist item needs must be one the rules meeting it have: a
 * misspelt one would leave the item never met, silently.
 */
static int compile_aspect_pack(struct ruleset *rs)
{
	if (ruleset_add_pack(rs, "base.yaml", base_pack, strlen(base_pack)) ||
	    ruleset_add_pack(rs, pending_name, pending_data, strlen(pending_data)))
		return -1;
	return ruleset_compile(rs);
}

/* A pack whose one rule has aspect "training" and whose item needs `needs`. */
#define ASPECT_PACK(needs) \
	"rules:\n" \
	"  - id: t.no-train\n" \
	"    type: data.training\n" \
	"    stance: protective\n" \
	"    aspect: training\n" \
	"    patterns: ['{vendor} shall not train']\n" \
	"checklist:\n" \
	"  - id: no-training\n" \
	"    area: data\n" \
	"    title: No training\n" \
	"    met: [data.training]\n" \
	"    met-needs: [" needs "]\n"

static void test_met_needs_names_known_aspects(void **state)
{
	static const char good[] = ASPECT_PACK("training");
	static const char typo[] = ASPECT_PACK("trainnig");
	struct ruleset rs;
	char *msg;
	int ret;

	(void)state;
	ruleset_init(&rs);
	pending_name = "good.yaml";
	pending_data = good;
	msg = capture_stderr(compile_aspect_pack, &rs, &ret);
	assert_int_equal(ret, 0);
	assert_string_equal(msg, "");
	assert_int_equal(rs.items[0].nmet_needs, 1);
	assert_string_equal(rs.items[0].met_needs[0], "training");
	assert_string_equal(ruleset_find_rule(&rs, "t.no-train")->aspect, "training");
	free(msg);
	ruleset_release(&rs);

	ruleset_init(&rs);
	pending_name = "typo.yaml";
	pending_data = typo;
	msg = capture_stderr(compile_aspect_pack, &rs, &ret);
	assert_int_equal(ret, -1);
	assert_non_null(strstr(msg, "typo.yaml:8: checklist item 'no-training': unknown aspect 'trainnig'"));
	free(msg);
	ruleset_release(&rs);
}

/* Checklist entries name a clause type or a rule; anything else is an error. */
static void test_checklist_entries_name_types_or_rules(void **state)
{
	static const char pack[] =
		"areas: [{id: data, title: Data}]\n"
		"types: [{id: data.training, area: data}]\n"
		"rules:\n"
		"  - id: data.training.pooled\n"
		"    type: data.training\n"
		"    stance: adverse\n"
		"    patterns: ['pooled']\n"
		"checklist:\n"
		"  - id: c1\n"
		"    area: data\n"
		"    title: T\n"
		"    weight: 5\n"
		"    met: [data.training]\n"
		"    red-flags: [data.training.pooled]\n"
		"    red-flags-unless-met: [data.training]\n"
		"  - id: c2\n"
		"    area: data\n"
		"    title: T\n"
		"    weight: 5\n"
		"    met: [data.trainin]\n";
	struct ruleset rs;
	char *msg;
	int ret;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_add_pack(&rs, "c.yaml", pack, strlen(pack)), 0);
	msg = capture_stderr(ruleset_compile, &rs, &ret);
	assert_int_equal(ret, -1);
	assert_non_null(strstr(msg, "checklist item 'c2': unknown clause type or rule 'data.trainin'"));
	assert_null(strstr(msg, "'c1'"));
	assert_non_null(rs.items[0].red_flags[0].rule);
	assert_null(rs.items[0].red_flags[0].type);
	assert_non_null(rs.items[0].met[0].type);
	assert_int_equal(rs.items[0].nred_flags_unless_met, 1);
	assert_non_null(rs.items[0].red_flags_unless_met[0].type);
	assert_int_equal(rs.items[0].red_flags_unless_met[0].stance, STANCE_ADVERSE);
	free(msg);
	ruleset_release(&rs);
}

/*
 * "ENTRY beside OTHER": OTHER is resolved like any entry (an unknown id is
 * an error), takes any stance unless it names one, and only checklist
 * entries may carry it; up to three conditions, `beside` or `without`
 * in any order, none of them empty.
 */
static void test_checklist_entry_beside_another(void **state)
{
	static const char good[] =
		"areas: [{id: data, title: Data}]\n"
		"types: [{id: data.training, area: data}, {id: data.owner, area: data}]\n"
		"rules:\n"
		"  - id: data.training.pooled\n"
		"    type: data.training\n"
		"    stance: adverse\n"
		"    patterns: ['pooled']\n"
		"checklist:\n"
		"  - id: c1\n"
		"    area: data\n"
		"    title: T\n"
		"    met: [data.training]\n"
		"    red-flags:\n"
		"      - data.training.pooled beside data.owner:adverse\n"
		"      - data.training:neutral beside data.training.pooled\n"
		"      - data.training:neutral without data.owner:protective\n"
		"      - data.training beside data.owner:adverse without data.training.pooled\n"
		"      - data.training:neutral without data.owner beside data.training.pooled"
		" without data.training:protective\n";
	static const char *const bad[][2] = {
		{ "      - data.training beside data.ownr\n",
		  "checklist item 'c1': unknown clause type or rule 'data.ownr'" },
		{ "      - data.training beside data.owner:sideways\n",
		  "'data.owner:sideways': stance must be" },
		{ "      - data.training beside data.owner without data.owner beside data.training"
		  " without data.training.pooled\n",
		  "c.yaml:14: 'data.training beside data.owner without data.owner beside "
		  "data.training without data.training.pooled': more than 3 conditions on one entry" },
		{ "      - data.training beside data.owner without\n",
		  "c.yaml:14: 'data.training beside data.owner without': an empty condition: "
		  "'without' names no clause type or rule" },
		{ "      - data.training beside without data.owner\n",
		  "an empty condition: 'beside' names no clause type or rule" },
		{ "      - data.training beside  data.owner without  \n",
		  "an empty condition: 'without' names no clause type or rule" },
		{ "      - data.training without data.owner beside data.trainin\n",
		  "checklist item 'c1': unknown clause type or rule 'data.trainin'" },
		{ "      - data.training without data.owner beside data.training without data.ownr\n",
		  "checklist item 'c1': unknown clause type or rule 'data.ownr'" },
		{ "      - data.training beside data.owner without data.owner:sideways\n",
		  "'data.owner:sideways': stance must be" },
	};
	static const char refers[] =
		"areas: [{id: data, title: Data}]\n"
		"types: [{id: data.training, area: data}]\n"
		"rules:\n"
		"  - id: data.training.pooled\n"
		"    type: data.training\n"
		"    refers: ['data.training beside data.training']\n"
		"    patterns: ['pooled']\n";
	const struct type_stance *ts;
	struct ruleset rs;
	struct buf pack = BUF_INIT;
	char *msg;
	size_t i;
	int ret;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_add_pack(&rs, "c.yaml", good, strlen(good)), 0);
	assert_int_equal(ruleset_compile(&rs), 0);
	ts = rs.items[0].red_flags;
	assert_int_equal(ts[0].beside_not, 0);
	assert_int_equal(ts[2].beside_not, 1);
	assert_string_equal(ts[2].beside->type->id, "data.owner");
	assert_int_equal(ts[2].beside->stance, STANCE_PROTECTIVE);
	assert_null(rs.items[0].met[0].beside);
	assert_non_null(ts[0].rule);
	assert_int_equal(ts[0].stance, STANCE_ADVERSE);
	assert_non_null(ts[0].beside);
	assert_non_null(ts[0].beside->type);
	assert_string_equal(ts[0].beside->type->id, "data.owner");
	assert_int_equal(ts[0].beside->stance, STANCE_ADVERSE);
	assert_int_equal(ts[1].stance, STANCE_NEUTRAL);
	assert_non_null(ts[1].beside->rule);
	assert_int_equal(ts[1].beside->stance, STANCE_ANY);
	assert_int_equal(ts[0].nbeside, 1);
	assert_int_equal(ts[2].nbeside, 1);
	assert_int_equal(rs.items[0].nred_flags, 5);
	/* Two conditions, then three: each resolved, each its own stance. */
	assert_int_equal(ts[3].nbeside, 2);
	assert_int_equal(ts[3].beside_not, 2);
	assert_string_equal(ts[3].beside[0].type->id, "data.owner");
	assert_int_equal(ts[3].beside[0].stance, STANCE_ADVERSE);
	assert_non_null(ts[3].beside[1].rule);
	assert_int_equal(ts[3].beside[1].stance, STANCE_ANY);
	assert_int_equal(ts[3].stance, STANCE_ADVERSE);
	assert_string_equal(ts[3].type->id, "data.training");
	assert_int_equal(ts[4].nbeside, 3);
	assert_int_equal(ts[4].beside_not, 5);
	assert_int_equal(ts[4].stance, STANCE_NEUTRAL);
	assert_string_equal(ts[4].beside[0].type->id, "data.owner");
	assert_int_equal(ts[4].beside[0].stance, STANCE_ANY);
	assert_non_null(ts[4].beside[1].rule);
	assert_string_equal(ts[4].beside[2].type->id, "data.training");
	assert_int_equal(ts[4].beside[2].stance, STANCE_PROTECTIVE);
	ruleset_release(&rs);

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		buf_reset(&pack);
		buf_add(&pack, good, strstr(good, "      - data.training.pooled") - good);
		buf_addstr(&pack, bad[i][0]);
		ruleset_init(&rs);
		pending_name = "c.yaml";
		pending_data = pack.ptr;
		msg = capture_stderr(add_then_compile, &rs, &ret);
		if (!strstr(msg, bad[i][1]))
			fail_msg("%s: no '%s' in: %s", bad[i][0], bad[i][1], msg);
		assert_int_equal(ret, -1);
		free(msg);
		ruleset_release(&rs);
	}
	buf_release(&pack);

	ruleset_init(&rs);
	pending_name = "c.yaml";
	pending_data = refers;
	msg = capture_stderr(add_then_compile, &rs, &ret);
	assert_non_null(strstr(msg, "only a checklist entry may be read beside another"));
	assert_int_equal(ret, -1);
	free(msg);
	ruleset_release(&rs);
}

/*
 * An entry naming a rule asks for a stance, protective by default in `met`
 * and `partial`: one the rule can never give (a neutral rule, with no
 * qualifier that flips it) would never hold, so it is an error.
 */
static void test_checklist_rule_stance_must_be_reachable(void **state)
{
	static const char pack[] =
		"areas: [{id: exit, title: Exit}]\n"
		"types: [{id: exit.convenience, area: exit}]\n"
		"rules:\n"
		"  - id: exit.convenience.mutual\n"
		"    type: exit.convenience\n"
		"    stance: neutral\n"
		"    patterns: ['either party may terminate']\n"
		"  - id: exit.convenience.vendor\n"
		"    type: exit.convenience\n"
		"    stance: adverse\n"
		"    patterns: ['vendor may terminate']\n"
		"    qualifiers:\n"
		"      - {pattern: 'ninety days', label: long-notice, effect: flip, message: 'Long notice.'}\n"
		"checklist:\n"
		"  - id: c1\n"
		"    area: exit\n"
		"    title: T\n"
		"    met: [exit.convenience.vendor]\n"
		"    partial: [exit.convenience.mutual:neutral]\n"
		"  - id: c2\n"
		"    area: exit\n"
		"    title: T\n"
		"    met: [exit.convenience.mutual]\n"
		"    partial: [exit.convenience.mutual:adverse]\n"
		"  - id: c3\n"
		"    area: exit\n"
		"    title: T\n"
		"    met: [exit.convenience:protective:long-notice]\n"
		"    partial: [exit.convenience.vendor:adverse:short-notice]\n";
	struct ruleset rs;
	char *msg;
	int ret;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_add_pack(&rs, "c.yaml", pack, strlen(pack)), 0);
	msg = capture_stderr(ruleset_compile, &rs, &ret);
	assert_int_equal(ret, -1);
	/* A flip makes the adverse rule's protective findings possible. */
	assert_null(strstr(msg, "'c1'"));
	assert_non_null(strstr(msg, "checklist item 'c2': rule 'exit.convenience.mutual' is neutral, "
			       "so 'exit.convenience.mutual:protective' never holds"));
	assert_non_null(strstr(msg, "'exit.convenience.mutual:adverse' never holds"));
	/* A qualifier's label must be one the rule, or a rule of the type, has. */
	assert_null(strstr(msg, "'long-notice'"));
	assert_non_null(strstr(msg, "checklist item 'c3': no qualifier of 'exit.convenience.vendor' "
			       "is labelled 'short-notice'"));
	assert_int_equal(rs.items[2].met[0].stance, STANCE_PROTECTIVE);
	assert_string_equal(rs.items[2].met[0].qualifier, "long-notice");
	assert_string_equal(rs.items[2].met[0].type_id, "exit.convenience");
	free(msg);
	ruleset_release(&rs);
}

/*
 * A rule's `refers` names types or rules, with a stance or "any"; one
 * naming a rule no loaded pack defines is a warning, not an error, since a
 * user's pack may replace the pack that defined it.
 */
static void test_refers_names_types_or_rules(void **state)
{
	static const char pack[] =
		"areas: [{id: liability, title: Liability}]\n"
		"types: [{id: liability.cap, area: liability}, {id: liability.uncapped, area: liability}]\n"
		"rules:\n"
		"  - id: cap.amount\n"
		"    type: liability.cap\n"
		"    patterns: ['shall not exceed']\n"
		"  - id: uncapped.ref\n"
		"    type: liability.uncapped\n"
		"    refers: ['liability.cap:adverse', cap.amount, other.pack.rule]\n"
		"    patterns: ['clause \\d+ does not apply']\n";
	static const char bad_stance[] =
		"rules:\n"
		"  - id: r\n"
		"    type: liability.uncapped\n"
		"    refers: ['liability.cap:sideways']\n"
		"    patterns: ['x']\n";
	struct ruleset rs;
	const struct rule *r;
	char *msg;
	int ret;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_add_pack(&rs, "r.yaml", pack, strlen(pack)), 0);
	msg = capture_stderr(ruleset_compile, &rs, &ret);
	assert_int_equal(ret, 0);
	assert_non_null(strstr(msg, "r.yaml:7: warning: rule 'uncapped.ref' refers to 'other.pack.rule'"));
	r = ruleset_find_rule(&rs, "uncapped.ref");
	assert_non_null(r);
	assert_int_equal(r->nrefers, 3);
	assert_non_null(r->refers[0].type);
	assert_int_equal(r->refers[0].stance, STANCE_ADVERSE);
	assert_non_null(r->refers[1].rule);
	assert_int_equal(r->refers[1].stance, STANCE_ANY);
	assert_null(r->refers[2].type);
	assert_null(r->refers[2].rule);
	free(msg);
	ruleset_release(&rs);

	ruleset_init(&rs);
	pending_name = "s.yaml";
	pending_data = bad_stance;
	msg = capture_stderr(add_pending, &rs, &ret);
	assert_int_equal(ret, -1);
	assert_non_null(strstr(msg, "'liability.cap:sideways': stance must be"));
	free(msg);
	ruleset_release(&rs);
}

/*
 * Placeholders are expanded once and reused: a use deeper than the limit
 * must still be an error after a shallower use of the same placeholder
 * succeeded, and before it.
 */
static void test_placeholder_depth_with_reuse(void **state)
{
	static const char *const orders[2][2] = {
		{ "'{p1}'", "'{q}'" }, { "'{q}'", "'{p1}'" }
	};
	size_t o;

	(void)state;
	for (o = 0; o < 2; o++) {
		struct buf pack = BUF_INIT;
		struct ruleset rs;
		const char *ok;
		char *msg;
		int ret, i;

		buf_addstr(&pack, "placeholders:\n");
		for (i = 1; i < 8; i++)
			buf_addf(&pack, "  p%d: 'a{p%d}'\n", i, i + 1);
		buf_addstr(&pack, "  p8: 'z'\n  q: 'b{p1}'\nrules:\n");
		buf_addf(&pack, "  - id: t.one\n    type: data.training\n    patterns: [%s]\n",
			 orders[o][0]);
		buf_addf(&pack, "  - id: t.two\n    type: data.training\n    patterns: [%s]\n",
			 orders[o][1]);
		ruleset_init(&rs);
		assert_int_equal(ruleset_add_pack(&rs, "base.yaml", base_pack, strlen(base_pack)), 0);
		assert_int_equal(ruleset_add_pack(&rs, "d.yaml", pack.ptr, pack.len), 0);
		msg = capture_stderr(ruleset_compile, &rs, &ret);
		assert_int_equal(ret, -1);
		assert_non_null(strstr(msg, "nest deeper"));
		/* The rule within the limit has its full expansion. */
		ok = ruleset_find_rule(&rs, o ? "t.two" : "t.one")->patterns[0].expanded;
		assert_non_null(ok);
		assert_string_equal(ok, "(?:a(?:a(?:a(?:a(?:a(?:a(?:a(?:z))))))))");
		free(msg);
		ruleset_release(&rs);
		buf_release(&pack);
	}
}

static void assert_same_strings(const char **a, size_t na, const char **b, size_t nb)
{
	size_t i;

	assert_int_equal(na, nb);
	for (i = 0; i < na; i++)
		assert_string_equal(a[i], b[i]);
}

/*
 * The embedded packs have their comment lines and examples blanked, and
 * the examples given back from a table (src/tools/embed.c): the rule set
 * must be the one the files in rules/ give, lines and examples included.
 */
static void test_embedded_same_as_files(void **state)
{
	static const char *const dirs[] = { "rules", NULL };
	struct ruleset a, b;
	size_t i, j;

	(void)state;
	ruleset_init(&a);
	ruleset_init(&b);
	assert_int_equal(ruleset_load(&a, NULL, 0), 0);
	assert_int_equal(ruleset_load(&b, dirs, 1), 0);
	assert_int_equal(a.nrules, b.nrules);
	assert_int_equal(a.ntypes, b.ntypes);
	assert_int_equal(a.nitems, b.nitems);
	assert_int_equal(a.nplaceholders, b.nplaceholders);
	for (i = 0; i < a.nrules; i++) {
		const struct rule *x = &a.rules[i], *y = &b.rules[i];

		assert_string_equal(x->id, y->id);
		assert_string_equal(x->file, y->file);
		assert_int_equal(x->line, y->line);
		assert_string_equal(x->message, y->message);
		assert_same_strings(x->keywords, x->nkeywords, y->keywords, y->nkeywords);
		assert_int_equal(x->npatterns, y->npatterns);
		for (j = 0; j < x->npatterns; j++) {
			assert_string_equal(x->patterns[j].source, y->patterns[j].source);
			assert_int_equal(x->patterns[j].line, y->patterns[j].line);
		}
		assert_int_equal(x->nqualifiers, y->nqualifiers);
		for (j = 0; j < x->nqualifiers; j++) {
			assert_string_equal(x->qualifiers[j].re.source, y->qualifiers[j].re.source);
			assert_int_equal(x->qualifiers[j].re.line, y->qualifiers[j].re.line);
		}
		assert_true(x->nmust_match >= 2);
		assert_same_strings(x->must_match, x->nmust_match, y->must_match, y->nmust_match);
		assert_same_strings(x->must_not_match, x->nmust_not_match,
				    y->must_not_match, y->nmust_not_match);
		assert_same_strings(x->qualified, 2 * x->nqualified, y->qualified, 2 * y->nqualified);
	}
	for (i = 0; i < a.ntypes; i++)
		assert_int_equal(a.types[i].line, b.types[i].line);
	for (i = 0; i < a.nitems; i++) {
		assert_string_equal(a.items[i].id, b.items[i].id);
		assert_int_equal(a.items[i].line, b.items[i].line);
	}
	for (i = 0; i < a.nplaceholders; i++)
		assert_string_equal(a.placeholders[i].regex, b.placeholders[i].regex);
	ruleset_release(&a);
	ruleset_release(&b);
}

static void test_embedded_packs_load(void **state)
{
	struct ruleset rs;
	size_t i;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_load(&rs, NULL, 0), 0);
	assert_int_equal(ruleset_compile(&rs), 0);
	assert_true(rs.nrules > 0);
	assert_non_null(ruleset_find_type(&rs, "data.training"));
	assert_non_null(ruleset_find_type(&rs, "commercial.governing-law"));
	for (i = 0; i < rs.nrules; i++)
		assert_non_null(rs.rules[i].type);
	ruleset_release(&rs);
}

/* Every regex of a compiled rule set, as ruleset_regexes gives them, at most max. */
static size_t all_res(struct ruleset *rs, struct rule_regex **out, size_t max)
{
	struct rule_regex **v;
	size_t n = ruleset_regexes(rs, &v), i;

	for (i = 0; i < n && i < max; i++)
		out[i] = v[i];
	free(v);
	return i;
}

static void load_builtin(struct ruleset *rs, const struct precompiled_rules *pre)
{
	ruleset_init(rs);
	rs->precompiled = pre;
	assert_int_equal(ruleset_load(rs, NULL, 0), 0);
	assert_int_equal(ruleset_compile(rs), 0);
}

/*
 * Room for every regex of the built-in packs in the tests' tables (4,095
 * at 26726d4): packs that outgrow it fail test_precompiled_covers_builtin,
 * and it is to be raised then; it limits nothing outside the tests.
 */
#define MAX_RES 8192

/* Subjects that many of the built-in patterns match, or nearly. */
static const char *const probe_texts[] = {
	"Provider may use Customer Data to train, improve and develop its models and services.",
	"Vendor shall not use Customer Data to train any machine learning model.",
	"IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR ANY INDIRECT OR CONSEQUENTIAL DAMAGES.",
	"Supplier's total liability shall not exceed the fees paid in the twelve months before the claim.",
	"All right, title and interest in the Custom Model shall vest in Customer upon payment.",
	"This Agreement shall be governed by the laws of the State of New York.",
	"Provider may modify these Terms at any time by posting the revised Terms.",
	"Upon termination, Vendor shall return or delete all Customer Data within thirty days.",
};

/*
 * Whether two rule sets built from the same packs hold the same regexes:
 * the same flags and literal sets, and the same matches on the probes.
 */
static void assert_same_regexes(struct ruleset *a, struct ruleset *b)
{
	static struct rule_regex *ra[MAX_RES], *rb[MAX_RES];
	size_t n = all_res(a, ra, MAX_RES), i, k, t;
	pcre2_match_data *ma = pcre2_match_data_create(16, NULL);
	pcre2_match_data *mb = pcre2_match_data_create(16, NULL);

	assert_int_equal(all_res(b, rb, MAX_RES), n);
	assert_int_equal(a->npattern_words, b->npattern_words);
	for (i = 0; i < n; i++) {
		size_t sa, sb;

		assert_string_equal(ra[i]->expanded, rb[i]->expanded);
		assert_int_equal(ra[i]->flags, rb[i]->flags);
		assert_int_equal(pcre2_pattern_info(ra[i]->code, PCRE2_INFO_SIZE, &sa), 0);
		assert_int_equal(pcre2_pattern_info(rb[i]->code, PCRE2_INFO_SIZE, &sb), 0);
		assert_int_equal(sa, sb);
		assert_int_equal(ra[i]->nfilter, rb[i]->nfilter);
		for (k = 0; k < ra[i]->nfilter; k++) {
			assert_int_equal(ra[i]->filter[k].nwords, rb[i]->filter[k].nwords);
			assert_memory_equal(ra[i]->filter[k].words, rb[i]->filter[k].words,
					    ra[i]->filter[k].nwords * sizeof(size_t));
			assert_int_equal(ra[i]->filter[k].reach.bytes, rb[i]->filter[k].reach.bytes);
			assert_int_equal(ra[i]->filter[k].reach.chars, rb[i]->filter[k].reach.chars);
			assert_int_equal(ra[i]->filter[k].reach.words, rb[i]->filter[k].reach.words);
			assert_int_equal(ra[i]->filter[k].reach.unbounded,
					 rb[i]->filter[k].reach.unbounded);
			assert_int_equal(ra[i]->filter[k].lead, rb[i]->filter[k].lead);
		}
		for (t = 0; t < sizeof(probe_texts) / sizeof(*probe_texts); t++) {
			PCRE2_SPTR s = (PCRE2_SPTR)probe_texts[t];
			int xa = pcre2_match(ra[i]->code, s, PCRE2_ZERO_TERMINATED, 0, 0, ma, NULL);
			int xb = pcre2_match(rb[i]->code, s, PCRE2_ZERO_TERMINATED, 0, 0, mb, NULL);

			assert_int_equal(xa, xb);
			if (xa > 0)
				assert_memory_equal(pcre2_get_ovector_pointer(ma),
						    pcre2_get_ovector_pointer(mb),
						    2 * sizeof(PCRE2_SIZE));
		}
	}
	pcre2_match_data_free(ma);
	pcre2_match_data_free(mb);
}

/* A stale table (a pack changed without the build noticing) would show here. */
static int filed_under(const struct ruleset *rs, size_t entry, size_t p)
{
	size_t t;

	for (t = rs->trigger_start[entry]; t < rs->trigger_start[entry + 1]; t++)
		if (rs->trigger[t].pattern == p)
			return 1;
	return 0;
}

/*
 * The engine tries only the patterns filed under an entry a sentence
 * found: a pattern filed under none of its sets' words would never match.
 */
static void test_every_pattern_is_filed(void **state)
{
	struct ruleset rs;
	size_t i, j, f, w;

	(void)state;
	load_builtin(&rs, &precompiled_rules);
	assert_int_equal(rs.pattern_base[rs.nrules], rs.npatterns);
	for (i = 0; i < rs.nrules; i++)
		for (j = 0; j < rs.rules[i].npatterns; j++) {
			const struct rule_regex *re = &rs.rules[i].patterns[j];
			size_t p = rs.pattern_base[i] + j;
			int whole_set = 0;

			assert_int_equal(rs.pattern_rule[p], i);
			if (!re->nfilter) {
				assert_true(filed_under(&rs, i, p));
				continue;
			}
			for (f = 0; f < re->nfilter && !whole_set; f++) {
				for (w = 0; w < re->filter[f].nwords; w++)
					if (!filed_under(&rs, re->filter[f].words[w], p))
						break;
				whole_set = w == re->filter[f].nwords;
			}
			assert_true(whole_set);
		}
	ruleset_release(&rs);
}

/*
 * Each filed pattern carries its own rule: the engine takes a pattern
 * whose rule the sentence did not select for none, by that rule alone.
 */
static void test_every_trigger_names_its_rule(void **state)
{
	struct ruleset rs;
	size_t t, n;

	(void)state;
	load_builtin(&rs, &precompiled_rules);
	n = rs.trigger_start[rs.nrules + rs.npattern_words];
	assert_true(n >= rs.npatterns);
	for (t = 0; t < n; t++) {
		assert_true(rs.trigger[t].pattern < rs.npatterns);
		assert_int_equal(rs.trigger[t].rule, rs.pattern_rule[rs.trigger[t].pattern]);
	}
	ruleset_release(&rs);
}

/* Filed under its rarest set: the long word, not the short one; a bare pattern under its rule. */
static void test_pattern_filed_under_long_words(void **state)
{
	static const char pack[] =
		"rules:\n"
		"  - id: t.indemnify\n"
		"    type: data.training\n"
		"    stance: adverse\n"
		"    severity: high\n"
		"    keywords: [indemnif, fees]\n"
		"    patterns:\n"
		"      - '\\bfees\\b.{0,20}\\bindemnification\\b'\n"
		"      - '\\w{3,}'\n"
		"    examples:\n"
		"      match: [a, b]\n"
		"      no-match: [c, d]\n";
	struct ruleset rs;
	struct prefilter_hits h;
	size_t k, fees = SIZE_MAX, indemnification = SIZE_MAX;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_add_pack(&rs, "base.yaml", base_pack, strlen(base_pack)), 0);
	assert_int_equal(ruleset_add_pack(&rs, "rules.yaml", pack, strlen(pack)), 0);
	assert_int_equal(ruleset_compile(&rs), 0);
	assert_int_equal(rs.npatterns, 2);
	prefilter_hits_init(&h, rs.prefilter);
	prefilter_scan(rs.prefilter, "fees", 4, &h);
	for (k = 0; k < h.nfound; k++)
		if (h.found[k] >= rs.nrules)
			fees = h.found[k];
	prefilter_scan(rs.prefilter, "indemnification", 15, &h);
	for (k = 0; k < h.nfound; k++)
		if (h.found[k] >= rs.nrules)
			indemnification = h.found[k];
	assert_true(fees != SIZE_MAX && indemnification != SIZE_MAX);
	assert_true(filed_under(&rs, indemnification, 0));
	assert_false(filed_under(&rs, fees, 0));
	assert_true(filed_under(&rs, 0, 1));
	assert_false(filed_under(&rs, 0, 0));
	prefilter_hits_release(&h);
	ruleset_release(&rs);
}

static void test_precompiled_covers_builtin(void **state)
{
	static struct rule_regex *res[MAX_RES];
	struct ruleset rs;
	size_t n, i;

	(void)state;
	load_builtin(&rs, &precompiled_rules);
	n = all_res(&rs, res, MAX_RES);
	assert_true(n > 0 && n < MAX_RES);
	assert_int_equal(precompiled_rules.nregexes, n);
	assert_int_equal(rs.nprecompiled, n);
	for (i = 0; i < n; i++)
		assert_non_null(res[i]->pre);
	ruleset_release(&rs);
}

static void test_precompiled_same_as_compiling(void **state)
{
	struct ruleset pre, fresh;

	(void)state;
	load_builtin(&pre, &precompiled_rules);
	load_builtin(&fresh, NULL);
	assert_int_equal(fresh.nprecompiled, 0);
	assert_same_regexes(&pre, &fresh);
	ruleset_release(&pre);
	ruleset_release(&fresh);
}

/*
 * Codes this PCRE2 cannot decode (another version built them) are
 * compiled instead; the literal sets, which are this build's own, are
 * still taken.
 */
static void test_precompiled_undecodable_codes(void **state)
{
	struct precompiled_rules bad = precompiled_rules;
	unsigned char *codes = malloc(bad.codes_len);
	struct ruleset rs, fresh;

	(void)state;
	assert_non_null(codes);
	assert_true(bad.codes_len > 8);
	memcpy(codes, bad.codes, bad.codes_len);
	codes[0] ^= 0xFF;       /* the serialization's magic number */
	bad.codes = codes;
	load_builtin(&rs, &bad);
	assert_int_equal(rs.nprecompiled, 0);
	assert_non_null(rs.rules[0].patterns[0].pre);
	load_builtin(&fresh, NULL);
	assert_same_regexes(&rs, &fresh);
	ruleset_release(&rs);
	ruleset_release(&fresh);
	free(codes);
}

/* A pack of one's own is compiled: nothing in the table matches it. */
static void test_precompiled_skips_other_packs(void **state)
{
	struct ruleset rs;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_add_pack(&rs, "base.yaml", base_pack, sizeof(base_pack) - 1), 0);
	assert_int_equal(ruleset_add_pack(&rs, "rules.yaml", rule_pack, sizeof(rule_pack) - 1), 0);
	assert_int_equal(ruleset_compile(&rs), 0);
	assert_int_equal(rs.nprecompiled, 0);
	assert_null(rs.rules[0].patterns[0].pre);
	assert_non_null(rs.rules[0].patterns[0].code);
	ruleset_release(&rs);
}

static void test_stance_and_severity_names(void **state)
{
	(void)state;
	assert_string_equal(stance_name(STANCE_ADVERSE), "adverse");
	assert_int_equal(stance_parse("protective"), STANCE_PROTECTIVE);
	assert_int_equal(stance_parse("bogus"), -1);
	assert_int_equal(severity_parse("critical"), SEVERITY_CRITICAL);
	assert_string_equal(severity_name(SEVERITY_LOW), "low");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pack_parses_and_compiles),
		cmocka_unit_test(test_bad_regex_reports_file_and_line),
		cmocka_unit_test(test_yaml_syntax_error_has_line),
		cmocka_unit_test(test_unknown_key_and_bad_values),
		cmocka_unit_test(test_flip_needs_its_own_message),
		cmocka_unit_test(test_unknown_type_and_placeholder),
		cmocka_unit_test(test_quantifiers_are_not_placeholders),
		cmocka_unit_test(test_placeholder_cycle_is_an_error),
		cmocka_unit_test(test_later_pack_replaces_rule),
		cmocka_unit_test(test_duplicate_in_one_pack_is_an_error),
		cmocka_unit_test(test_ids_differing_at_the_end_spread),
		cmocka_unit_test(test_checklist_validation),
		cmocka_unit_test(test_met_needs_names_known_aspects),
		cmocka_unit_test(test_checklist_entries_name_types_or_rules),
		cmocka_unit_test(test_checklist_entry_beside_another),
		cmocka_unit_test(test_checklist_rule_stance_must_be_reachable),
		cmocka_unit_test(test_refers_names_types_or_rules),
		cmocka_unit_test(test_embedded_packs_load),
		cmocka_unit_test(test_embedded_same_as_files),
		cmocka_unit_test(test_placeholder_depth_with_reuse),
		cmocka_unit_test(test_precompiled_covers_builtin),
		cmocka_unit_test(test_precompiled_same_as_compiling),
		cmocka_unit_test(test_precompiled_undecodable_codes),
		cmocka_unit_test(test_precompiled_skips_other_packs),
		cmocka_unit_test(test_stance_and_severity_names),
		cmocka_unit_test(test_every_pattern_is_filed),
		cmocka_unit_test(test_every_trigger_names_its_rule),
		cmocka_unit_test(test_pattern_filed_under_long_words),
		cmocka_unit_test(test_same_regex_shares_jit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

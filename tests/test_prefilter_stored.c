/*
 * prefilter_stored: the built-in packs' automaton, built with the binary,
 * is taken exactly when the keywords are the built-in packs' own, and
 * scans as the automaton built at run time does.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "precompiled.h"
#include "prefilter.h"
#include "prefilter_stored.h"
#include "rules.h"

static void load_builtin(struct ruleset *rs, const struct precompiled_rules *pre)
{
	ruleset_init(rs);
	rs->precompiled = pre;
	assert_int_equal(ruleset_load(rs, NULL, 0), 0);
	assert_int_equal(ruleset_compile(rs), 0);
}

static const char *const probe_texts[] = {
	"Provider may use Customer Data to train, improve and develop its models and services.",
	"Vendor shall not use Customer Data to train any machine learning model.",
	"IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR ANY INDIRECT OR CONSEQUENTIAL DAMAGES.",
	"This Agreement renews automatically for successive one-year terms unless either "
	"party gives notice of non-renewal at least thirty (30) days before the end of the term.",
	"Licensee shall indemnify, defend and hold harmless Licensor from any third-party claim.",
	"",
	"x",
};

/* The entries a scan of `text` finds, with where, in the order found. */
static size_t scan_found(const struct prefilter *pf, struct prefilter_hits *h, const char *text,
			 struct prefilter_found **out)
{
	prefilter_scan(pf, text, strlen(text), h);
	*out = calloc(h->nfound ? h->nfound : 1, sizeof(**out));
	assert_non_null(*out);
	prefilter_hits_save(h, *out);
	return h->nfound;
}

static void test_builtin_taken_and_same(void **state)
{
	struct ruleset pre, fresh;
	struct prefilter_hits hp, hf;
	size_t i;

	(void)state;
	load_builtin(&pre, &precompiled_rules);
	load_builtin(&fresh, NULL);
	assert_true(prefilter_is_adopted(pre.prefilter));
	assert_false(prefilter_is_adopted(fresh.prefilter));
	/* The build-time tables are what prefilter_build makes now. */
	assert_true(prefilter_same_tables(pre.prefilter, fresh.prefilter));
	prefilter_hits_init(&hp, pre.prefilter);
	prefilter_hits_init(&hf, fresh.prefilter);
	for (i = 0; i < sizeof(probe_texts) / sizeof(probe_texts[0]); i++) {
		struct prefilter_found *a, *b;
		size_t na = scan_found(pre.prefilter, &hp, probe_texts[i], &a);
		size_t nb = scan_found(fresh.prefilter, &hf, probe_texts[i], &b);

		assert_int_equal(na, nb);
		assert_memory_equal(a, b, na * sizeof(*a) + 1 - !!na);
		if (i < 5)
			assert_true(na > 0);
		free(a);
		free(b);
	}
	prefilter_hits_release(&hp);
	prefilter_hits_release(&hf);
	ruleset_release(&pre);
	ruleset_release(&fresh);
}

/* One more rule beside the built-in packs: its keywords are not theirs. */
static const char extra_pack[] =
	"rules:\n"
	"  - id: extra.train\n"
	"    type: data.ownership\n"
	"    stance: adverse\n"
	"    severity: high\n"
	"    keywords: [retrain]\n"
	"    patterns:\n"
	"      - '\\bretrain(?:ed|ing)? (?:the )?models?\\b'\n"
	"    examples:\n"
	"      match:\n"
	"        - 'Provider may retrain the model on it.'\n"
	"        - 'Provider may retrain models on it.'\n"
	"      no-match:\n"
	"        - 'Provider will not retrain anything.'\n"
	"        - 'Provider may train the model.'\n";

static void test_other_packs_build_their_own(void **state)
{
	struct ruleset rs;
	struct prefilter_hits h;
	const char *text = "Provider may retrain the model on Customer Data.";
	size_t i;
	int found = 0;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_load(&rs, NULL, 0), 0);
	assert_int_equal(ruleset_add_pack(&rs, "extra.yaml", extra_pack, sizeof(extra_pack) - 1),
			 0);
	assert_int_equal(ruleset_compile(&rs), 0);
	assert_false(prefilter_is_adopted(rs.prefilter));
	prefilter_hits_init(&h, rs.prefilter);
	prefilter_scan(rs.prefilter, text, strlen(text), &h);
	for (i = 0; i < rs.nrules; i++)
		if (!strcmp(rs.rules[i].id, "extra.train"))
			found = prefilter_hit(&h, i);
	assert_true(found);
	prefilter_hits_release(&h);
	ruleset_release(&rs);
}

static void test_hand_made_not_taken(void **state)
{
	struct prefilter *pf = prefilter_new(2);
	struct prefilter_hits h;
	const char *text = "we may train on it";

	(void)state;
	prefilter_add(pf, "train", 0);
	prefilter_add_anywhere(pf, "on it", 1);
	assert_false(prefilter_adopt(pf, &prefilter_builtin));
	assert_false(prefilter_adopt(pf, NULL));
	prefilter_build(pf);
	assert_false(prefilter_is_adopted(pf));
	prefilter_hits_init(&h, pf);
	prefilter_scan(pf, text, strlen(text), &h);
	assert_true(prefilter_hit(&h, 0));
	assert_true(prefilter_hit(&h, 1));
	prefilter_hits_release(&h);
	prefilter_free(pf);
}

/*
 * A prefilter given what st keeps, added again in order: modes 0, 1, 2
 * are prefilter_add, _add_word and _add_anywhere (prefilter.c).
 */
static struct prefilter *added_as(const struct prefilter_stored *st)
{
	struct prefilter *pf = prefilter_new(st->nrules);
	const char *t = (const char *)st->texts;
	size_t i;

	for (i = 0; i < st->nentry; i++) {
		if (st->entry_mode[i] == 0)
			prefilter_add(pf, t, st->entry_rule[i]);
		else if (st->entry_mode[i] == 1)
			prefilter_add_word(pf, t, st->entry_rule[i]);
		else
			prefilter_add_anywhere(pf, t, st->entry_rule[i]);
		t += strlen(t) + 1;
	}
	for (i = 0; i < st->nalways; i++)
		prefilter_add_always(pf, st->always[i]);
	return pf;
}

/* The built-in keywords, added again, against stored copies changed in one place. */
static void test_any_difference_refused(void **state)
{
	struct prefilter_stored a = prefilter_builtin, b = prefilter_builtin;
	struct prefilter_stored c = prefilter_builtin, d = prefilter_builtin;
	struct prefilter *pf;
	uint32_t *rules;
	unsigned char *texts, *modes;
	size_t last;

	(void)state;
	assert_true(prefilter_builtin.nentry > 0);
	last = prefilter_builtin.nentry - 1;
	rules = malloc(prefilter_builtin.nentry * sizeof(*rules));
	modes = malloc(prefilter_builtin.nentry);
	texts = malloc(prefilter_builtin.texts_len);
	assert_non_null(rules);
	assert_non_null(modes);
	assert_non_null(texts);
	memcpy(rules, prefilter_builtin.entry_rule, prefilter_builtin.nentry * sizeof(*rules));
	memcpy(modes, prefilter_builtin.entry_mode, prefilter_builtin.nentry);
	memcpy(texts, prefilter_builtin.texts, prefilter_builtin.texts_len);
	rules[last] ^= 1;
	a.entry_rule = rules;
	/* Folded text: an upper-case letter is another keyword. */
	texts[prefilter_builtin.texts_len - 2] ^= 0x20;
	b.texts = texts;
	modes[0] = (unsigned char)(modes[0] == 2 ? 1 : 2);
	c.entry_mode = modes;
	d.nrules++;

	pf = added_as(&prefilter_builtin);
	assert_false(prefilter_adopt(pf, &a));
	assert_false(prefilter_adopt(pf, &b));
	assert_false(prefilter_adopt(pf, &c));
	assert_false(prefilter_adopt(pf, &d));
	assert_false(prefilter_is_adopted(pf));
	assert_true(prefilter_adopt(pf, &prefilter_builtin));
	assert_true(prefilter_is_adopted(pf));
	prefilter_free(pf);

	/* One keyword more (an always-entry too) is another automaton. */
	pf = added_as(&prefilter_builtin);
	prefilter_add_anywhere(pf, "zzz", 0);
	assert_false(prefilter_adopt(pf, &prefilter_builtin));
	prefilter_free(pf);
	pf = added_as(&prefilter_builtin);
	prefilter_add_always(pf, 0);
	assert_false(prefilter_adopt(pf, &prefilter_builtin));
	prefilter_free(pf);

	free(rules);
	free(modes);
	free(texts);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builtin_taken_and_same),
		cmocka_unit_test(test_other_packs_build_their_own),
		cmocka_unit_test(test_hand_made_not_taken),
		cmocka_unit_test(test_any_difference_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

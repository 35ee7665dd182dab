/*
 * The limits on defined terms (ROLES_TERMS_MAX, ROLES_READ_TERMS_MAX in
 * roles.h): a text that defines more terms than any contract keeps the
 * first ones, reads their uses, says in a warning what it left, and takes
 * time in the text's length, not in terms times text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "buf.h"
#include "engine.h"
#include "load.h"
#include "roles.h"
#include "rules.h"

#define DEFINED 1100
#define USE "The Supplier may use Record Set %d to train its models.\n"

static struct ruleset rs;
static struct engine *eng;

static int setup(void **state)
{
	(void)state;
	ruleset_init(&rs);
	if (ruleset_load(&rs, NULL, 0) || ruleset_compile(&rs))
		return -1;
	eng = engine_new(&rs);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	engine_free(eng);
	ruleset_release(&rs);
	return 0;
}

/* Whether a finding of rule `id` starts at `at` of the text. */
static int finding_at(const struct findings *f, const char *id, size_t at)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (f->v[i].start == at && !strcmp(f->v[i].rule->id, id))
			return 1;
	return 0;
}

static void test_thousands_of_definitions(void **state)
{
	struct load_options lopt = LOAD_OPTIONS_INIT;
	struct engine_options eopt = ENGINE_OPTIONS_INIT;
	struct buf text = BUF_INIT, err = BUF_INIT;
	struct document doc;
	struct findings f;
	size_t i, first, read_past, defined_past;
	char why[120];

	(void)state;
	buf_addstr(&text, "This Agreement is made between Northfield Council (\"Customer\") "
		   "and Vistal Ltd (\"Supplier\").\n\n");
	for (i = 0; i < DEFINED; i++)
		buf_addf(&text, "\"Record Set %zu\" means all data that the Customer uploads "
			 "to the Service.\n", i);
	buf_addch(&text, '\n');
	first = text.len;
	buf_addf(&text, USE, 5);
	read_past = text.len;
	buf_addf(&text, USE, ROLES_READ_TERMS_MAX + 14);
	defined_past = text.len;
	buf_addf(&text, USE, ROLES_TERMS_MAX + 26);

	memset(&f, 0, sizeof(f));
	document_init(&doc, "many.txt");
	assert_int_equal(load_memory(&doc, "many.txt", (const unsigned char *)text.ptr, text.len,
				     &lopt, &err), 0);
	engine_run(eng, &doc, &eopt, &f);

	assert_int_equal(f.roles.nterms, ROLES_TERMS_MAX);
	assert_true(f.roles.terms_unread >= (size_t)(DEFINED - ROLES_READ_TERMS_MAX));
	/* Read as the customer's data: an early term; as written: the ones past. */
	assert_true(finding_at(&f, "data.training.vendor-may-train", first));
	assert_false(finding_at(&f, "data.training.vendor-may-train", read_past));
	assert_false(finding_at(&f, "data.training.vendor-may-train", defined_past));
	assert_int_equal(f.nwarning, 1);
	snprintf(why, sizeof(why), "defined terms past the limits (%d defined, %d read as their "
		 "class) were read as written", ROLES_TERMS_MAX, ROLES_READ_TERMS_MAX);
	assert_non_null(strstr(f.warnings[0], why));

	findings_release(&f);
	document_release(&doc);
	buf_release(&text);
	buf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_thousands_of_definitions),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

/* self_name: what a contract calls itself, read as "Agreement". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "self_name.h"
#include "textdoc.h"

struct fixture {
	struct document doc;
	struct roles r;
};

static void run(struct fixture *f, const char *text)
{
	memset(f, 0, sizeof(*f));
	textdoc_lines(&f->doc, "c.txt", text);
	self_name_subst(&f->r, &f->doc);
}

static void done(struct fixture *f)
{
	free(f->r.subst);
	document_release(&f->doc);
}

/* Substitution k replaces `name` with "Agreement". */
static void assert_subst(const struct fixture *f, size_t k, const char *name)
{
	const struct view_subst *s = &f->r.subst[k];

	assert_true(k < f->r.nsubst);
	assert_int_equal(s->end - s->start, strlen(name));
	assert_memory_equal(f->doc.text.ptr + s->start, name, strlen(name));
	assert_string_equal(s->text, "Agreement");
}

static void test_subcontract_reads_as_agreement(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Subcontract is made between Prime Systems LLC (\"Prime\") and Acme "
		"Labs, Inc. (\"Subcontractor\").\n"
		"1. This Subcontract may not be amended except in writing.\n"
		"2. The Subcontract ends with the Prime Contract; this Subcontract's price is fixed.\n");
	assert_int_equal(f.r.nsubst, 4);
	assert_subst(&f, 0, "Subcontract");
	assert_subst(&f, 3, "Subcontract");
	done(&f);
}

/* "Order" is not "Order Form", nor "Contract" "Contract Price". */
static void test_whole_names_only(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Order Form is entered into under the Master Terms.\n"
		"Fees under this Order Form are set out below, and this Order Form prevails.\n"
		"Each Order placed under the Contract Price list is binding.\n");
	assert_int_equal(f.r.nsubst, 3);
	assert_subst(&f, 0, "Order Form");
	assert_subst(&f, 2, "Order Form");
	done(&f);
}

static void test_no_other_name(void **state)
{
	struct fixture f;

	(void)state;
	/* Said as often as "this Agreement": the rules' own name stands. */
	run(&f, "This Contract is made between the parties.\n"
		"This Agreement includes this Contract and its schedules.\n"
		"Nothing in this Agreement limits this Contract.\n");
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	/*
	 * An amendment is not the agreement it amends, whatever its name: a
	 * deed of variation is not a deed ("Deed" is a name of the list).
	 */
	run(&f, "This Deed of Variation varies the Agreement.\nThis Deed of Variation takes "
		"effect at once, and this Deed of Variation prevails.\n");
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	/* One use is no name: a preamble's passing "this Deed" alone. */
	run(&f, "This Deed is made on 1 May.\nThe Supplier shall deliver the Model.\n");
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	/* A name followed by "Agreement" already says it. */
	run(&f, "This Subcontract Agreement is made today.\nThis Subcontract Agreement binds "
		"both, and this Subcontract Agreement ends in 2027.\n");
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
}

/* The preamble's name is read, the body's use of it counted: "this SOW" over "Statement of Work". */
static void test_name_the_body_uses_most(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Statement of Work (\"SOW\") is entered into under the MSA. Terms used in "
		"this SOW have the MSA's meanings.\n"
		"1. This SOW ends on delivery, and this SOW prevails over the MSA.\n");
	assert_int_equal(f.r.nsubst, 3);
	assert_subst(&f, 0, "SOW");
	assert_subst(&f, 2, "SOW");
	done(&f);
}

/*
 * A clause in capitals names the document in capitals ("THIS SUBCONTRACT
 * MAY NOT BE ASSIGNED"): counted and read as the agreement, though the
 * capital after it says nothing.  A name the list writes in capitals
 * ("SOW") is still whole only before a small letter.
 */
static void test_name_in_capitals(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Subcontract is made between Prime Systems LLC (\"Prime\") and Acme "
		"Labs, Inc. (\"Subcontractor\").\n"
		"1. THIS SUBCONTRACT MAY NOT BE ASSIGNED.\n"
		"2. THE SUBCONTRACT ENDS WITH THE PRIME CONTRACT.\n");
	assert_int_equal(f.r.nsubst, 3);
	assert_subst(&f, 1, "SUBCONTRACT");
	assert_subst(&f, 2, "SUBCONTRACT");
	done(&f);
	run(&f, "This Statement of Work (\"SOW\") is entered into under the MSA. Terms used in "
		"this SOW have the MSA's meanings.\n"
		"1. This SOW Schedule lists the fees, and this SOW Schedule prevails.\n");
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subcontract_reads_as_agreement),
		cmocka_unit_test(test_whole_names_only),
		cmocka_unit_test(test_no_other_name),
		cmocka_unit_test(test_name_the_body_uses_most),
		cmocka_unit_test(test_name_in_capitals),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

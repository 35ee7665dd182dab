/* home_law: a choice of law that names a party's home. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "home_law.h"
#include "textdoc.h"

struct fixture {
	struct document doc;
	struct roles r;
	struct party parties[2];
};

/*
 * Reads `text` with a vendor at home in `vendor_inc` / `vendor_office`
 * and a customer in `customer_inc` / `customer_office` (NULL: not read).
 */
static void run(struct fixture *f, const char *text, const char *vendor_inc,
		const char *vendor_office, const char *customer_inc, const char *customer_office)
{
	memset(f, 0, sizeof(*f));
	textdoc_lines(&f->doc, "c.txt", text);
	f->parties[0].alias = "Provider";
	f->parties[0].role = ROLE_VENDOR;
	f->parties[0].incorporated = vendor_inc;
	f->parties[0].office = vendor_office;
	f->parties[1].alias = "Customer";
	f->parties[1].role = ROLE_CUSTOMER;
	f->parties[1].incorporated = customer_inc;
	f->parties[1].office = customer_office;
	f->r.parties = f->parties;
	f->r.nparties = 2;
	home_law_subst(&f->r, &f->doc);
}

static void done(struct fixture *f)
{
	free(f->r.subst);
	document_release(&f->doc);
}

/* As run, with the vendor the only party read (no customer party named). */
static void run_vendor_alone(struct fixture *f, const char *text, const char *vendor_inc)
{
	run(f, text, vendor_inc, NULL, NULL, NULL);
	f->r.nparties = 1;
	free(f->r.subst);
	f->r.subst = NULL;
	f->r.nsubst = 0;
	home_law_subst(&f->r, &f->doc);
}

/* The one substitution made: its original text and its word. */
static void assert_one(const struct fixture *f, const char *place, const char *word)
{
	const struct view_subst *s;

	assert_int_equal(f->r.nsubst, 1);
	s = &f->r.subst[0];
	assert_int_equal(s->end - s->start, strlen(place));
	assert_memory_equal(f->doc.text.ptr + s->start, place, strlen(place));
	assert_string_equal(s->text, word);
}

static void test_vendor_state_after_laws_of(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Agreement shall be governed by the laws of the State of Delaware.",
	    "Delaware", NULL, "Texas", NULL);
	assert_one(&f, "Delaware", HOME_LAW_VENDOR);
	done(&f);
}

static void test_customer_state_by_postal_code(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "Texas law governs this Agreement and any dispute under it.",
	    "Delaware", NULL, NULL, "10 Main Street, Suite 4, Austin, TX 78746");
	assert_one(&f, "Texas", HOME_LAW_CUSTOMER);
	done(&f);
}

static void test_place_of_both_is_the_customers(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Agreement is governed by the laws of the State of New York.",
	    "Delaware", "235 East 42nd Street, New York, New York 10017",
	    "the State of New York", NULL);
	assert_one(&f, "New York", HOME_LAW_CUSTOMER);
	done(&f);
}

static void test_country_and_its_adjective(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Agreement is governed by English law.",
	    "England and Wales", NULL, "Delaware", NULL);
	assert_one(&f, "English", HOME_LAW_VENDOR);
	done(&f);
	run(&f, "This Agreement is governed by Swiss substantive law.",
	    NULL, "Aeschenvorstadt 12, 4051 Basel, Switzerland", "Delaware", NULL);
	assert_one(&f, "Swiss", HOME_LAW_VENDOR);
	done(&f);
	run(&f, "The laws of the Federal Republic of Germany apply to this Contract.",
	    "German", NULL, "Ireland", NULL);
	assert_one(&f, "Germany", HOME_LAW_VENDOR);
	done(&f);
}

static void test_order_form_label(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "Governing Law: Delaware", "Delaware", NULL, "Ireland", NULL);
	assert_one(&f, "Delaware", HOME_LAW_VENDOR);
	done(&f);
}

/*
 * A choice of law in capitals names the home in any case, up to the
 * word that goes on with the clause; the lower-case name of a longer
 * place is still no home ("TEXASARKANA").
 */
static void test_choice_in_capitals(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF TEXAS WITHOUT "
	    "REGARD TO ITS CONFLICT OF LAWS PRINCIPLES.", "Delaware", "Austin, Texas", "Ohio", NULL);
	assert_one(&f, "TEXAS", HOME_LAW_VENDOR);
	done(&f);
	/* Whatever word goes on with the clause: the name ends before it. */
	run(&f, "THE LAWS OF THE STATE OF TEXAS SHALL GOVERN THIS AGREEMENT.", "Delaware",
	    "Austin, Texas", "Massachusetts", NULL);
	assert_one(&f, "TEXAS", HOME_LAW_VENDOR);
	done(&f);
	/* Unless it makes a longer place: no home of a British company, nor of one in D.C. */
	run(&f, "THIS AGREEMENT IS GOVERNED BY THE LAWS OF BRITISH COLUMBIA.", "British", NULL,
	    "Ohio", NULL);
	assert_one(&f, "BRITISH COLUMBIA", HOME_LAW_NEITHER);
	done(&f);
	run(&f, "THIS AGREEMENT IS GOVERNED BY THE LAWS OF WASHINGTON STATE.", "Delaware",
	    "1100 K Street NW, Washington, D.C. 20005", "Ohio", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	run(&f, "THIS AGREEMENT IS GOVERNED BY OHIO LAW.", "Delaware", NULL, "Ohio", NULL);
	assert_one(&f, "OHIO", HOME_LAW_CUSTOMER);
	done(&f);
	run(&f, "THIS AGREEMENT IS GOVERNED BY THE LAWS OF ENGLAND AND WALES.",
	    "England and Wales", NULL, "Delaware", NULL);
	assert_one(&f, "ENGLAND AND WALES", HOME_LAW_VENDOR);
	done(&f);
	run(&f, "THIS AGREEMENT IS GOVERNED BY THE LAWS OF TEXASARKANA COUNTY.",
	    "Delaware", "Austin, Texas", "Ohio", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	/* Not a choice: the capitals alone make none. */
	run(&f, "NOTHING IN THE LAWS OF THE STATE OF TEXAS LIMITS THIS SECTION.",
	    "Delaware", "Austin, Texas", "Ohio", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
}

/* An Australian state by its code before a four-digit postcode; a US ZIP code is not one. */
static void test_australian_state_code(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Agreement is governed by the laws of Victoria.", NULL,
	    "Level 9, 100 Collins Street, Melbourne VIC 3000", NULL, "12 Pier Street, Perth WA 6000");
	assert_one(&f, "Victoria", HOME_LAW_VENDOR);
	done(&f);
	run(&f, "The laws in force in Western Australia govern this Agreement.", NULL,
	    "Level 9, 100 Collins Street, Melbourne VIC 3000", NULL, "12 Pier Street, Perth WA 6000");
	assert_one(&f, "Western Australia", HOME_LAW_CUSTOMER);
	done(&f);
	run(&f, "This Agreement is governed by the laws of Western Australia.", NULL,
	    "100 Pine Street, Seattle, WA 98101", NULL, "12 Main Street, Austin, TX 78701");
	assert_one(&f, "Western Australia", HOME_LAW_NEITHER);
	done(&f);
}

/* A party's incorporation, a law named without a choice, a third place: nothing. */
static void test_no_choice_of_a_home_law(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "Provider is a corporation organized under the laws of Delaware and is "
		"governed by its charter.", "Delaware", NULL, "Texas", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	run(&f, "Provider keeps its records as the laws of Delaware require of it.",
	    "Delaware", NULL, "Texas", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	/* A third place: nothing where the customer's home is no jurisdiction ("Austin"). */
	run(&f, "This Agreement is governed by the laws of the State of New York.",
	    "Delaware", NULL, NULL, "Austin");
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	/* "Delaware" is a word of its own, not the start of "Delawarean". */
	run(&f, "This Agreement is governed by Delawarean law.", "Delaware", NULL, "Texas", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
}

/*
 * The vendor's home may be the customer's too where the customer's is not
 * read, a country's; a US state's or a Canadian province's is the vendor's.
 */
static void test_customer_home_unknown(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "These Terms are governed by the laws of Kenya.", "Kenya", NULL, NULL, NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	run(&f, "These Terms are governed by English law.", "England and Wales", "4 Mill Lane, Leeds",
	    NULL, NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	run(&f, "These Terms are governed by the laws of the State of Delaware.", "Delaware", NULL,
	    NULL, NULL);
	assert_one(&f, "Delaware", HOME_LAW_VENDOR);
	done(&f);
	run(&f, "THESE TERMS ARE GOVERNED BY THE LAWS OF THE STATE OF TEXAS.", "Delaware",
	    "Austin, Texas", NULL, NULL);
	assert_one(&f, "TEXAS", HOME_LAW_VENDOR);
	done(&f);
	run(&f, "These Terms are governed by the laws of the Province of British Columbia.",
	    "British Columbia", NULL, NULL, NULL);
	assert_one(&f, "British Columbia", HOME_LAW_VENDOR);
	done(&f);
	/* A third state's law says nothing where the customer's home is not read. */
	run(&f, "These Terms are governed by the laws of the State of New York.", "Delaware", NULL,
	    NULL, NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
}

/*
 * A vendor's terms for "you", no customer party read: a US state's or a
 * Canadian province's law is the vendor's choice, its home read or not;
 * not a nation's, nor where a customer party is named.
 */
static void test_vendor_terms_for_you(void **state)
{
	struct fixture f;

	(void)state;
	run_vendor_alone(&f, "These Terms (\"Terms\") bind you (\"you\").\n"
			 "These Terms are governed by the laws of the State of California.", NULL);
	assert_one(&f, "California", HOME_LAW_VENDOR);
	done(&f);
	run_vendor_alone(&f, "These Terms bind you (\"you\").\nNew York law governs these Terms.",
			 "Delaware");
	assert_one(&f, "New York", HOME_LAW_VENDOR);
	done(&f);
	/* A nation's law: the customers may be at home there too. */
	run_vendor_alone(&f, "These Terms bind you (\"you\").\n"
			 "These Terms are governed by the laws of Kenya.", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	/* A customer party named, its home not read: nothing is said. */
	run(&f, "These Terms bind you (\"you\").\n"
		"These Terms are governed by the laws of the State of California.", NULL, NULL,
	    NULL, NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	/* No "you": a vendor alone read, nothing is said. */
	run_vendor_alone(&f, "These Terms are governed by the laws of the State of California.",
			 NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
}

/* A law of neither party's home, where the customer's is a jurisdiction: a third place's. */
static void test_law_of_neither(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Agreement is governed by the laws of the State of New York.",
	    "Delaware", "Austin, Texas", "Washington", "Seattle, Washington");
	assert_one(&f, "New York", HOME_LAW_NEITHER);
	done(&f);
	run(&f, "This Agreement is governed by English law.", "the State of Israel", NULL,
	    "Portugal", "Lisbon");
	assert_one(&f, "English", HOME_LAW_NEITHER);
	done(&f);
	/* The vendor's home unread: a law that is not the customer's is still neither's. */
	run(&f, "These Terms are governed by the laws of the State of Delaware.", NULL, NULL,
	    "Texas", NULL);
	assert_one(&f, "Delaware", HOME_LAW_NEITHER);
	done(&f);
	/* Not a place's law: "the laws of the Customer's jurisdiction". */
	run(&f, "This Agreement is governed by the laws of the country where the Customer is "
		"established.", "Delaware", NULL, "Portugal", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	/* A federation's or Delaware's company may be at home in any of its states. */
	run(&f, "This Agreement is governed by the laws of the Province of Ontario.",
	    "British Columbia", NULL, "Canada", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	run(&f, "This Subcontract is governed by the laws of the State of Alabama.",
	    "Colorado", NULL, "Delaware", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	/* An incorporation under a third place's law is no choice of it. */
	run(&f, "Provider is a company incorporated under the laws of Ireland and is governed by "
		"its constitution.", "Ireland", NULL, "Portugal", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
}

/* A third place's name is read whole, the longest that is there, in any case in capitals. */
static void test_third_place_longest(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Agreement is governed by Northern Ireland law.", "Delaware", NULL, "Portugal",
	    NULL);
	assert_one(&f, "Northern Ireland", HOME_LAW_NEITHER);
	done(&f);
	run(&f, "THIS AGREEMENT IS GOVERNED BY THE LAWS OF INDIANA.", "Delaware", NULL, "Texas",
	    NULL);
	assert_one(&f, "INDIANA", HOME_LAW_NEITHER);
	done(&f);
	run(&f, "This Agreement is governed by the laws of the Republic of India.", "Delaware", NULL,
	    "Texas", NULL);
	assert_one(&f, "India", HOME_LAW_NEITHER);
	done(&f);
	/* Not a name inside a word ("Indianapolis"), nor one a word runs on to ("XEngland"). */
	run(&f, "This Agreement is governed by the laws of Indianapolis.", "Delaware", NULL,
	    "Texas", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	run(&f, "This Agreement is governed by XEngland law.", "Delaware", NULL, "Texas", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
}

/*
 * A home is no place of which it is only the last words: "New Mexico
 * law" is not a Mexican company's, nor "New South Wales law" an English
 * one's.
 */
static void test_home_ending_a_longer_place(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Agreement is governed by New Mexico law.", "Delaware", NULL, "Mexico", NULL);
	assert_one(&f, "New Mexico", HOME_LAW_NEITHER);
	done(&f);
	run(&f, "This Agreement is governed by New South Wales law.", "England and Wales", NULL,
	    "Texas", NULL);
	assert_one(&f, "New South Wales", HOME_LAW_NEITHER);
	done(&f);
	run(&f, "THIS AGREEMENT IS GOVERNED BY WEST VIRGINIA LAW.", "Virginia", NULL, "Austin",
	    NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
	/* The home itself still is. */
	run(&f, "This Agreement is governed by Mexican law.", "Delaware", NULL, "Mexico", NULL);
	assert_one(&f, "Mexican", HOME_LAW_CUSTOMER);
	done(&f);
}

/* Names too wide to tell: two US companies are both at home in the United States. */
static void test_country_of_all_states_is_no_home(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Agreement is governed by the laws of the United States of America.",
	    "the United States of America", "500 Main Street, Austin, TX 78701, USA", "Ireland", NULL);
	assert_int_equal(f.r.nsubst, 0);
	done(&f);
}

/* A customer's home that is the first words of the vendor's is not the place chosen. */
static void test_prefix_is_not_the_customers(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Agreement is governed by the laws of the Province of British Columbia.",
	    "British Columbia", NULL, "England and Wales", NULL);
	assert_one(&f, "British Columbia", HOME_LAW_VENDOR);
	done(&f);
	run(&f, "This Agreement is governed by the laws of the State of Indiana.",
	    "Indiana", NULL, "India", NULL);
	assert_one(&f, "Indiana", HOME_LAW_VENDOR);
	done(&f);
	/* "England" of "England and Wales" is the customer's all the same. */
	run(&f, "This Agreement is governed by the laws of England and Wales.",
	    "England and Wales", NULL, "England", NULL);
	assert_one(&f, "England and Wales", HOME_LAW_CUSTOMER);
	done(&f);
}

/* "an action at law in Texas" is a venue, not a law chosen; "laws in force in" is one. */
static void test_law_in_is_no_choice(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Agreement is governed by the laws of the State of New York, and any action "
		"at law in Texas shall be brought only in the state courts.",
	    "Texas", NULL, "Washington", NULL);
	assert_one(&f, "New York", HOME_LAW_NEITHER);
	done(&f);
	run(&f, "This Contract is governed by the laws in force in France.",
	    "France", NULL, "Washington", NULL);
	assert_one(&f, "France", HOME_LAW_VENDOR);
	done(&f);
}

/* Places as preambles write them: "The Netherlands", "the Hong Kong SAR", a no-break space. */
static void test_places_written_oddly(void **state)
{
	struct fixture f;

	(void)state;
	run(&f, "This Agreement is governed by the laws of the Netherlands.",
	    NULL, "Keizersgracht 100, 1015 AA Amsterdam, The Netherlands", "Delaware", NULL);
	assert_one(&f, "Netherlands", HOME_LAW_VENDOR);
	done(&f);
	run(&f, "This Agreement is governed by the laws of Hong Kong.",
	    "the Hong Kong SAR", NULL, "the Republic of Singapore", NULL);
	assert_one(&f, "Hong Kong", HOME_LAW_VENDOR);
	done(&f);
	run(&f, "This Agreement is governed by the laws of the State of\xc2\xa0" "Delaware.",
	    "Delaware", NULL, "Washington", NULL);
	assert_one(&f, "Delaware", HOME_LAW_VENDOR);
	done(&f);
	run(&f, "Governing Law: State of Texas", "Texas", NULL, "Ireland", NULL);
	assert_one(&f, "Texas", HOME_LAW_VENDOR);
	done(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vendor_state_after_laws_of),
		cmocka_unit_test(test_customer_state_by_postal_code),
		cmocka_unit_test(test_place_of_both_is_the_customers),
		cmocka_unit_test(test_country_and_its_adjective),
		cmocka_unit_test(test_order_form_label),
		cmocka_unit_test(test_choice_in_capitals),
		cmocka_unit_test(test_australian_state_code),
		cmocka_unit_test(test_no_choice_of_a_home_law),
		cmocka_unit_test(test_country_of_all_states_is_no_home),
		cmocka_unit_test(test_customer_home_unknown),
		cmocka_unit_test(test_law_of_neither),
		cmocka_unit_test(test_third_place_longest),
		cmocka_unit_test(test_home_ending_a_longer_place),
		cmocka_unit_test(test_prefix_is_not_the_customers),
		cmocka_unit_test(test_law_in_is_no_choice),
		cmocka_unit_test(test_places_written_oddly),
		cmocka_unit_test(test_vendor_terms_for_you),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

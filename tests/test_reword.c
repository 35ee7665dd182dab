#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "reword.h"
#include "rules.h"
#include "xalloc.h"

static void check(const char *in, const char *want)
{
	struct buf b = BUF_INIT;

	reword_for_vendor(&b, in);
	if (strcmp(b.ptr, want))
		fail_msg("reword(\"%s\")\n  got  \"%s\"\n  want \"%s\"", in, b.ptr, want);
	buf_release(&b);
}

static void test_subject_takes_the_third_person(void **state)
{
	(void)state;
	check("You keep ownership of the data you supply.",
	      "The customer keeps ownership of the data the customer supplies.");
	check("You carry the legal risk.", "The customer carries the legal risk.");
	check("Only you are excused.", "Only the customer is excused.");
	check("if you do not reject in time", "if the customer does not reject in time");
	check("you have to reject", "the customer has to reject");
	check("if you breach the terms", "if the customer breaches the terms");
	check("as long as you need", "as long as the customer needs");
	check("before you accept them", "before the customer accepts them");
	check("what you already carry", "what the customer already carries");
	check("You alone bear it", "The customer alone bears it");
	check("unless you opt out", "unless the customer opts out");
	check("If you don't pay", "If the customer doesn't pay");
}

static void test_modals_and_past_stay(void **state)
{
	(void)state;
	check("You may not run the model yourself.",
	      "The customer may not run the model itself.");
	check("You must defend the vendor.", "The customer must defend the vendor.");
	check("the fees you paid", "the fees the customer paid");
	check("what you agreed", "what the customer agreed");
	check("You cannot take it out.", "The customer cannot take it out.");
}

static void test_object_stays_as_is(void **state)
{
	(void)state;
	check("The vendor will defend you against claims.",
	      "The vendor will defend the customer against claims.");
	check("The vendor gives you its reports.", "The vendor gives the customer its reports.");
	check("left with you.", "left with the customer.");
	check("the data about you is kept", "the data about the customer is kept");
	check("must remind you before it renews", "must remind the customer before it renews");
	check("gives you notice", "gives the customer notice");
	/* After let, help, make: the bare verb. */
	check("lets you terminate with a refund", "lets the customer terminate with a refund");
	check("helps you meet your duties", "helps the customer meet the customer's duties");
}

static void test_possessives_and_contractions(void **state)
{
	(void)state;
	check("Your data may be used.", "The customer's data may be used.");
	check("your content remains yours", "the customer's content remains the customer's");
	check("you're bound", "the customer is bound");
	check("you\xE2\x80\x99ve agreed", "the customer has agreed");
	check("you'll pay", "the customer will pay");
	/* Words that only contain the letters are left alone. */
	check("youth, yourselfish, Yours.", "youth, yourselfish, The customer's.");
	check("No change at all.", "No change at all.");
	check("", "");
}

static void test_null_appends_nothing(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	buf_addstr(&b, "x");
	reword_for_vendor(&b, NULL);
	assert_string_equal(b.ptr, "x");
	buf_release(&b);
}

/* Whether s still speaks to "you" as a whole word. */
static int says_you(const char *s)
{
	static const char *const words[] = { "you", "your", "yours", "yourself" };
	size_t i, k, n;

	for (i = 0; s[i]; i++) {
		if (i && ((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z'))
			continue;
		for (k = 0; k < ARRAY_SIZE(words); k++) {
			n = strlen(words[k]);
			if (!strncasecmp(s + i, words[k], n) &&
			    !((s[i + n] | 0x20) >= 'a' && (s[i + n] | 0x20) <= 'z'))
				return 1;
		}
	}
	return 0;
}

static void check_prose(struct buf *b, const char *what, const char *id, const char *s)
{
	if (!s)
		return;
	buf_reset(b);
	reword_for_vendor(b, s);
	if (says_you(b->ptr))
		fail_msg("%s of %s still says \"you\": %s", what, id, b->ptr);
}

/* Every text the built-in rules and checklist show reads without "you". */
static void test_builtin_prose_turns_whole(void **state)
{
	struct ruleset rs;
	struct buf b = BUF_INIT;
	size_t i, k, seen = 0;

	(void)state;
	ruleset_init(&rs);
	assert_int_equal(ruleset_load(&rs, NULL, 0), 0);
	for (i = 0; i < rs.nrules; i++) {
		const struct rule *r = &rs.rules[i];

		seen += says_you(r->message ? r->message : "");
		check_prose(&b, "message", r->id, r->message);
		check_prose(&b, "title", r->id, r->title);
		check_prose(&b, "recommendation", r->id, r->recommendation);
		for (k = 0; k < r->nqualifiers; k++)
			check_prose(&b, "qualifier message", r->id, r->qualifiers[k].message);
	}
	for (i = 0; i < rs.nitems; i++) {
		const struct checklist_item *it = &rs.items[i];

		check_prose(&b, "title", it->id, it->title);
		check_prose(&b, "recommendation", it->id, it->recommendation);
		check_prose(&b, "fallback", it->id, it->fallback);
		check_prose(&b, "rationale", it->id, it->rationale);
	}
	/* The test sees the prose it means to: most messages speak to "you". */
	assert_true(seen > 50);
	buf_release(&b);
	ruleset_release(&rs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject_takes_the_third_person),
		cmocka_unit_test(test_modals_and_past_stay),
		cmocka_unit_test(test_object_stays_as_is),
		cmocka_unit_test(test_possessives_and_contractions),
		cmocka_unit_test(test_null_appends_nothing),
		cmocka_unit_test(test_builtin_prose_turns_whole),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * deletion: which clauses a document strikes out in its own words, read
 * from texts loaded as a user's file would be.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "deletion.h"
#include "text_load.h"

/* Standard terms under a cover page; `cover` is the cover page's text. */
#define TERMS \
	"1. Services\n\n" \
	"1.5 Customer Content. Provider may use Customer Content only to provide the Service.\n\n" \
	"1.6 Machine Learning. Provider may use Customer Content to train models.\n\n" \
	"(a) Training is limited to models that serve Customer.\n\n" \
	"Provider shall tell Customer which models it trains.\n\n" \
	"1.7 Feedback. Customer may give Feedback.\n"

struct deletion_case {
	const char *text;
	const char *clause;   /* the clause deleted, NULL for none */
	size_t nparas;        /* how many paragraphs it spans */
	int gives_way;        /* not deleted: it gives way to the sentence */
};

static const struct deletion_case cases[] = {
	{ "Section 1.6 (Machine Learning) of the Standard Terms is deleted in its entirety.\n\n"
	  TERMS, "1.6", 3 },
	{ "Clause 1.6 (Machine Learning) shall not apply.\n\n" TERMS, "1.6", 3 },
	{ "The parties agree that Section 1.6 (Machine learning) is hereby struck.\n\n"
	  TERMS, "1.6", 3 },
	/* An amendment that restates the clause: the new text is read. */
	{ "Section 1.6 (Machine Learning) of the Agreement is deleted in its entirety "
	  "and replaced with the following:\n\n" TERMS, NULL, 0 },
	/* No title, or another title: the number may be another document's. */
	{ "Section 1.6 of the Agreement is deleted in its entirety.\n\n" TERMS, NULL, 0 },
	{ "Section 1.6 (Insurance) of the Agreement is deleted in its entirety.\n\n"
	  TERMS, NULL, 0 },
	/* A title that only begins like the clause's. */
	{ "Section 1.6 (Machine) is deleted.\n\n" TERMS, NULL, 0 },
	/* Not a deletion: the clause still applies. */
	{ "Section 1.6 (Machine Learning) is not deleted by this Order Form.\n\n"
	  TERMS, NULL, 0 },
	/* Two clauses 1.6 of that title: which one is meant is unknown. */
	{ "Section 1.6 (Machine Learning) is deleted.\n\n" TERMS "\n" TERMS, NULL, 0 },
	/* A clause does not delete itself. */
	{ "1. Services\n\n1.6 Machine Learning. Provider may train models. Section 1.6 "
	  "(Machine Learning) does not apply to Beta Services.\n", NULL, 0 },
	/*
	 * By number alone, where the sentence names this document or none,
	 * opens with the reference, and ends with the deletion.
	 */
	{ "Clause 1.6 of this Agreement does not apply.\n\n" TERMS, "1.6", 3 },
	{ "Special Conditions: Section 1.6 does not apply. Customer opts in.\n\n"
	  TERMS, "1.6", 3 },
	{ "2. Section 1.6 is hereby deleted in its entirety.\n\n" TERMS, "1.6", 3 },
	{ "Section 1.6 of the Master Agreement does not apply.\n\n" TERMS, NULL, 0 },
	{ "If Customer buys the Basic Plan, Section 1.6 does not apply.\n\n" TERMS, NULL, 0 },
	{ "Section 1.6 does not apply to Beta Services.\n\n" TERMS, NULL, 0 },
	{ "Section 1.6 is deleted and replaced with the following.\n\n" TERMS, NULL, 0 },
	/*
	 * An order form's special conditions ("SC1.", "Special Condition 2:")
	 * that disapply clauses of terms named in capitals and printed below
	 * under a title of theirs; the deletion may go on to a new duty.
	 */
	{ "SC1. Clause 1.6 of the Standard Terms does not apply. Provider shall not train "
	  "models.\nSC2. Provider shall keep Customer Content in New Zealand.\n\n"
	  "STANDARD SUBSCRIPTION TERMS (version 2)\n\n" TERMS, "1.6", 3 },
	{ "Special Condition 2: Clause 1.6 of the General Terms is deleted; Provider shall "
	  "not train models on Customer Content.\n\nGeneral Terms and Conditions\n\n"
	  TERMS, "1.6", 3 },
	{ "Clause 1.6 of these Terms does not apply, and Provider shall not train models.\n\n"
	  TERMS, "1.6", 3 },
	/*
	 * The reference after each kind of label and lead-in the sentence may
	 * open with, whatever white space follows them, and going on after
	 * the deletion.
	 */
	{ "(iv) Clause 1.6 of these Terms does not apply; Provider shall not train models.\n\n"
	  TERMS, "1.6", 3 },
	{ "B) Section 1.6 is deleted, and Provider shall not train models.\n\n" TERMS,
	  "1.6", 3 },
	{ "Special Conditions:\tSCC1: Section 1.6 does not apply.\n\n" TERMS, "1.6", 3 },
	{ "xii.  Paragraph 1.6 is omitted.\n\n" TERMS, "1.6", 3 },
	/* A first word that is no label, a colon past the lead-in's 40 bytes. */
	{ "WHEREAS Section 1.6 does not apply; Provider shall not train models.\n\n"
	  TERMS, NULL, 0 },
	{ "Special Conditions agreed between the parties: Section 1.6 does not apply.\n\n"
	  TERMS, NULL, 0 },
	/* Named but not printed below: another document's clause 1.6. */
	{ "SC1. Clause 1.6 of the Standard Terms does not apply. Provider shall not train "
	  "models.\nSC2. Provider shall keep Customer Content in New Zealand.\n\n" TERMS,
	  NULL, 0 },
	{ "Master Services Agreement\n\nStatement of Work\n\nSection 1.6 of the Master "
	  "Agreement does not apply.\n\n" TERMS, NULL, 0 },
	/* A condition, a scope, or what keeps part of the clause. */
	{ "If Customer buys the Basic Plan, Clause 1.6 of the Standard Terms does not "
	  "apply.\n\nStandard Terms\n\n" TERMS, NULL, 0 },
	{ "SC1. Clause 1.6 of the Standard Terms does not apply to Beta Services.\n"
	  "SC2. Provider shall keep Customer Content in New Zealand.\n\nStandard Terms\n\n"
	  TERMS, NULL, 0 },
	{ "Clause 1.6 of these Terms does not apply, except that Provider may train models "
	  "that serve Customer.\n\n" TERMS, NULL, 0 },
	{ "Clause 1.6 of these Terms is deleted; and replaced with the following: Provider "
	  "may train models.\n\n" TERMS, NULL, 0 },
	/* No such clause, or two of them. */
	{ "Section 4.2 does not apply.\n\n" TERMS, NULL, 0 },
	{ "Section 1.6 does not apply.\n\n" TERMS "\n" TERMS, NULL, 0 },
	/*
	 * Special conditions that replace or delete a general one, found by
	 * its number: "SCC 1.6 replaces GCC 1.6", "GCC 1.6 is deleted".
	 */
	{ TERMS "\nSPECIAL CONDITIONS\n\nSCC 1.6 replaces GCC 1.6: Provider may not train "
	  "models.\n", "1.6", 3 },
	{ TERMS "\nSPECIAL CONDITIONS\n\nGCC 1.6 is deleted.\n", "1.6", 3 },
	{ TERMS "\nPARTICULAR CONDITIONS\n\nGCC Clause 1.6 is amended to read: Provider may "
	  "not train models.\n", "1.6", 3 },
	{ TERMS "\nSPECIAL TERMS\n\nSpecial Term 1: Clause 1.6 is deleted and replaced with "
	  "the following: Provider may not train models.\n", "1.6", 3 },
	/* Added, not replaced; amended in part; a number not in the document. */
	{ TERMS "\nSPECIAL CONDITIONS\n\nSCC 1.8 is added: Provider may not train models.\n",
	  NULL, 0 },
	{ TERMS "\nSPECIAL CONDITIONS\n\nGCC 1.6 is amended by adding a sentence.\n", NULL, 0 },
	{ TERMS "\nSPECIAL CONDITIONS\n\nSCC 4.2 replaces GCC 4.2: Fees are fixed.\n", NULL, 0 },
	/* A bare clause number outside special conditions may be another document's. */
	{ TERMS "\n2. Amendment\n\n2.1 Clause 1.6 is deleted and replaced with the following: "
	  "Provider may not train models.\n", NULL, 0 },
	/*
	 * A clause of the body that, after saying what it provides, keeps
	 * another clause of the same outline from reaching it: the cap does
	 * not limit the indemnity, it is not struck out.
	 */
	{ "Section 13 Indemnity\n(1) The Contractor shall indemnify the Principal against "
	  "third-party claims. Section 14(1) does not apply.\n(2) Paragraph 1 does not apply "
	  "to modifications.\n\nSection 14 Liability\n(1) For simple negligence, liability "
	  "is limited to EUR 1,000,000.\n(2) Liability for intent is unlimited.\n", NULL, 0 },
	{ "12. Indemnification\n\n12.1 Provider shall defend and indemnify Customer against "
	  "third-party claims. Section 13.1 of this Agreement shall not apply.\n\n"
	  "13. Limitation of Liability\n\n13.1 Each party's liability is capped at the "
	  "fees paid.\n\n13.2 Neither party is liable for lost profits.\n", NULL, 0 },
	{ "8. Liability\n\n8.1 Each party's liability is capped at the fees paid.\n\n"
	  "9. Indemnity\n\n9.1 Customer shall indemnify Provider against claims. "
	  "Clause 8.1 does not apply.\n", NULL, 0 },
	/*
	 * Still deletions: special conditions numbered afresh above the terms
	 * they change, a special condition's own line, one after a title only.
	 */
	{ "2. Special Conditions. Provider hosts Customer Content in the EU. Section 1.6 "
	  "does not apply.\n\nSTANDARD TERMS\n\n" TERMS, "1.6", 3 },
	{ TERMS "\n2. Special Conditions\n\n2.1 Section 1.6 does not apply.\n", "1.6", 3 },
	{ TERMS "\n2. Special Conditions\n\n2.1 Variations. Section 1.6 does not apply.\n",
	  "1.6", 3 },
	/*
	 * Not applying to the document that says so or to the deal is a
	 * deletion; to a part of it or a matter, a scope.
	 */
	{ "B1. Changes. Section 1.6 of the Standard Terms does not apply to this Order "
	  "Form.\n\nSTANDARD TERMS\n\n" TERMS, "1.6", 3 },
	{ "Clause 1.6 of these Terms shall not apply hereto.\n\n" TERMS, "1.6", 3 },
	{ "Section 1.6 of this Agreement does not apply to this Amendment; Provider shall "
	  "not train models.\n\n" TERMS, "1.6", 3 },
	{ "Section 1.6 of these Terms does not apply to this Schedule.\n\n" TERMS, NULL, 0 },
	{ "Section 1.6 does not apply to breaches of Section 1.7.\n\n" TERMS, NULL, 0 },
	{ "Section 1.6 does not apply to Free Trials.\n\n" TERMS, NULL, 0 },
	{ "Section 1.6 does not apply to this Order Form to the extent Customer opts in.\n\n"
	  TERMS, NULL, 0 },
	/* A lead-in that says from when; one that sets a condition is no deletion. */
	{ "With effect from the Amendment Effective Date, Section 1.6 of this Agreement is "
	  "deleted in its entirety.\n\n" TERMS, "1.6", 3 },
	{ "2. Effective as of the Order Date, Clause 1.6 of these Terms does not apply.\n\n"
	  TERMS, "1.6", 3 },
	{ "As of March 1, 2026, Section 1.6 of these Terms does not apply.\n\n" TERMS, "1.6", 3 },
	{ "With effect from 1 March 2026, Section 1.6 of these Terms is deleted.\n\n" TERMS,
	  "1.6", 3 },
	{ "As of the effective date of termination, Section 1.6 does not apply.\n\n" TERMS,
	  NULL, 0 },
	{ "As from the date Customer opts in, Section 1.6 does not apply.\n\n" TERMS, NULL, 0 },
	/* A date an event sets is no date of the deal's own. */
	{ "With effect from the Termination Effective Date, Section 1.6 of these Terms is "
	  "deleted.\n\n" TERMS, NULL, 0 },
	{ "As of the Renewal Start Date, Section 1.6 of these Terms is deleted.\n\n" TERMS,
	  NULL, 0 },
	{ "If Customer elects the Enterprise Plan, Section 1.6 shall not apply to this Order "
	  "Form.\n\n" TERMS, NULL, 0 },
	{ "Unless Customer opts in, with effect from the Start Date, Section 1.6 does not "
	  "apply.\n\n" TERMS, NULL, 0 },
	/* Of no effect; still applying; overridden only where they conflict. */
	{ "Section 1.6 of these Terms shall be of no further force or effect.\n\n" TERMS,
	  "1.6", 3 },
	{ "Section 1.6 shall continue to apply.\n\n" TERMS, NULL, 0 },
	/* "does not apply ...; however, it continues to ...": part of it stays. */
	{ "Section 1.6 of these Terms does not apply to this Order Form; however, Section 1.6 "
	  "continues to apply to Usage Data.\n\n" TERMS, NULL, 0 },
	{ "Section 1.6 of these Terms does not apply; it continues to apply to Usage Data.\n\n"
	  TERMS, NULL, 0 },
	/*
	 * Replaced whole: the clause of another document printed here, never
	 * this document's own clause of that number, which may be the new text.
	 */
	{ "Clause 1.6 of the Standard Terms is deleted and replaced with the following: "
	  "Provider shall not train models on Customer Content.\n\nStandard Terms\n\n"
	  TERMS, "1.6", 3 },
	{ "Section 1.6 of the Standard Terms is replaced in its entirety by Special "
	  "Condition 3.\n\nSTANDARD TERMS\n\n" TERMS, "1.6", 3 },
	{ "Section 1.6 of this Agreement is deleted and replaced with the following:\n\n"
	  "1.6 Machine Learning. Provider shall not train models.\n", NULL, 0 },
	{ "Section 1.6 of the Agreement is replaced in its entirety by the following:\n\n"
	  TERMS, NULL, 0 },
	/* A title after the other document's name must be the clause's. */
	{ "Section 1.6 of the Terms (Machine Learning) is deleted in its entirety.\n\n"
	  "TERMS OF SERVICE\n\n" TERMS, "1.6", 3 },
	{ "Section 1.6 of the Terms (Insurance) is deleted in its entirety.\n\n"
	  "TERMS OF SERVICE\n\n" TERMS, NULL, 0 },
	{ "Section 1.6 (Machine Learning) of the Standard Terms is deleted and replaced with "
	  "the following: Provider shall not train models.\n\nSTANDARD TERMS\n\n" TERMS,
	  "1.6", 3 },
	{ "Section 1.6 (Feedback) of the Standard Terms is deleted and replaced with the "
	  "following: Provider shall not train models.\n\nSTANDARD TERMS\n\n" TERMS, NULL, 0 },
	/* Another document named, not printed. */
	{ "Section 1.6 of the DPA is deleted in its entirety.\n\n" TERMS, NULL, 0 },
	/*
	 * Named as a document kept online: a printed title that holds the
	 * name's words ("SUPPORT TERMS") is another document's, unless the
	 * definition attaches it.
	 */
	{ "Customer accepts the terms available at https://example.com/terms (the \"Terms\")."
	  " Section 1.6 of the Terms does not apply.\n\nSUPPORT TERMS\n\n" TERMS, NULL, 0 },
	{ "\xe2\x80\x9cTerms\xe2\x80\x9d means the terms posted on Provider's website. "
	  "Notwithstanding Section 1.6 of the Terms, Provider shall not train models."
	  "\n\nSUPPORT TERMS\n\n" TERMS, NULL, 0 },
	{ "Customer accepts the terms attached below and available at https://example.com/terms"
	  " (the \"Terms\"). Section 1.6 of the Terms does not apply.\n\nTERMS\n\n" TERMS,
	  "1.6", 3 },
	{ "Customer accepts the terms at https://example.com/terms (the \"Online Terms\"). "
	  "Section 1.6 of the Standard Terms does not apply.\n\nSTANDARD TERMS\n\n" TERMS,
	  "1.6", 3 },
	/*
	 * Terms above the order form that changes them, numbered afresh; an
	 * amendment's own clause above its deletion of the agreement's is not
	 * the agreement's.
	 */
	{ "STANDARD TERMS\n\n" TERMS "\nORDER FORM\n\nB1. Section 1.6 of the Standard "
	  "Terms does not apply to this Order Form.\n", "1.6", 3 },
	{ "AMENDMENT No. 1 TO THE MASTER SERVICES AGREEMENT\n\n" TERMS "\n2. Amendments\n\n"
	  "2.1 Section 1.6 of the Master Services Agreement is deleted in its entirety.\n",
	  NULL, 0 },
	{ "STANDARD TERMS\n\n" TERMS "\nORDER FORM\n\nB1. Section 1.6 of the Master "
	  "Agreement does not apply.\n", NULL, 0 },
	/*
	 * A rider's sentence that opens "Notwithstanding Section 1.6 of the
	 * Standard Terms": the clause is read, and gives way where the
	 * sentence says otherwise.
	 */
	{ "B2. Notwithstanding section 1.6 of the Standard Terms, Provider shall not train "
	  "models.\n\nSTANDARD TERMS\n\n" TERMS, "1.6", 3, 1 },
	{ "Notwithstanding anything to the contrary in Clause 1.6 of the Online Terms, "
	  "Provider shall not train models.\n\nONLINE TERMS\n\n" TERMS, "1.6", 3, 1 },
	{ "Notwithstanding the provisions of Section 1.6 of the Terms below, Provider shall "
	  "not train models.\n\nTERMS OF SERVICE\n\n" TERMS, "1.6", 3, 1 },
	/*
	 * A rider narrowed to a time, a kind of data or some models overrides
	 * part of the clause at most: nothing gives way.
	 */
	{ "Notwithstanding Section 1.6 of the Standard Terms, during the Pilot Period Provider "
	  "shall not train models.\n\nSTANDARD TERMS\n\n" TERMS, NULL, 0 },
	{ "Notwithstanding Section 1.6 of the Standard Terms, Provider shall not use Customer "
	  "Personal Data to train models.\n\nSTANDARD TERMS\n\n" TERMS, NULL, 0 },
	{ "Notwithstanding Section 1.6 of the Standard Terms, Provider shall not train models "
	  "made available to other customers.\n\nSTANDARD TERMS\n\n" TERMS, NULL, 0 },
	/*
	 * Words that only seem to narrow it: the whole term, and the consent
	 * the rider asks for.  A consent that is no part of the exception
	 * ("unless the law requires it") still narrows.
	 */
	{ "Notwithstanding Section 1.6 of the Standard Terms, during the Subscription Term "
	  "Provider shall not train models unless Customer agrees to it in writing.\n\n"
	  "STANDARD TERMS\n\n" TERMS, "1.6", 3, 1 },
	{ "Notwithstanding Section 1.6 of the Standard Terms, during the Initial Term "
	  "Provider shall not train models.\n\nSTANDARD TERMS\n\n" TERMS, NULL, 0 },
	{ "Notwithstanding Section 1.6 of the Standard Terms, Provider shall not train models "
	  "unless the law requires it, and Customer agrees to that.\n\nSTANDARD TERMS\n\n"
	  TERMS, NULL, 0 },
	{ "Notwithstanding Section 1.6 of the Standard Terms, during the terminology review "
	  "Provider shall not train models.\n\nSTANDARD TERMS\n\n" TERMS, NULL, 0 },
	/*
	 * The other document printed as an annex, named by its words or by
	 * the acronym of its title: its own clause, cited under the annex.
	 * An acronym the title does not spell, or an annex titled otherwise,
	 * is another document's.
	 */
	{ "B1. Section 1.6 of the MST does not apply.\n\nSCHEDULE 1 - MASTER SUBSCRIPTION "
	  "TERMS\n\n" TERMS, "1.6", 3 },
	{ "B1. Notwithstanding Section 1.6 of the Master Subscription Terms, Provider shall not "
	  "train models.\n\nSCHEDULE 1 - MASTER SUBSCRIPTION TERMS\n\n" TERMS, "1.6", 3, 1 },
	{ "B1. Section 1.6 of the GTC does not apply.\n\nEXHIBIT A - GENERAL TERMS AND "
	  "CONDITIONS\n\n" TERMS, "1.6", 3 },
	{ "B1. Section 1.6 of the MSA does not apply.\n\nSCHEDULE 1 - MASTER SUBSCRIPTION "
	  "TERMS\n\n" TERMS, NULL, 0 },
	{ "B1. Section 1.6 of the Support Terms does not apply.\n\nSCHEDULE 1 - MASTER "
	  "SUBSCRIPTION TERMS\n\n" TERMS, NULL, 0 },
	/* Within one document it more often carves a case out: nothing gives way. */
	{ "Notwithstanding Section 1.6, Provider shall not train models.\n\n" TERMS, NULL, 0 },
	{ "Notwithstanding Clause 1.6 of these Terms, Provider shall not train models.\n\n"
	  TERMS, NULL, 0 },
	{ "Notwithstanding Section 1.6 of the DPA, Provider shall not train models.\n\n"
	  TERMS, NULL, 0 },
	{ "Notwithstanding the foregoing, Provider shall not train models.\n\n" TERMS, NULL, 0 },
	{ "Provider shall not train models, notwithstanding Section 1.6.\n\n" TERMS, NULL, 0 },
	{ "If Customer opts out, notwithstanding Section 1.6, Provider shall not train models."
	  "\n\n" TERMS, NULL, 0 },
	{ "1. Services\n\n1.6 Machine Learning. Provider may train models. Notwithstanding "
	  "Section 1.6, Provider shall not train on Customer Content.\n", NULL, 0 },
	/* The clause that says it is not deleted. */
	{ "1. Services\n\n1.6 Machine Learning. Provider may train models.\n\n"
	  "(a) Section 1.6 does not apply.\n", NULL, 0 },
};

/*
 * Loads text into *doc (the caller releases it) and returns the clauses
 * deletion_find lists, in *del (the caller frees it), as it counts them.
 */
static size_t load_and_find(struct document *doc, const char *text, struct deleted_clause **del)
{
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct buf err = BUF_INIT;
	size_t n = 0, alloc = 0, got, unread = 1;

	document_init(doc, "t.txt");
	assert_int_equal(text_load(doc, (const unsigned char *)text, strlen(text), &opt, &err), 0);
	buf_release(&err);
	got = deletion_find(doc, del, &n, &alloc, &unread);
	assert_int_equal(got, n);
	assert_int_equal(unread, 0);
	return n;
}

/*
 * An order form numbered like the terms printed below it as an annex:
 * "1.2 Section 1.6 of the MST" is the annex's 1.6, cited under it, not
 * the order form's own 1.x (it has no 1.6).
 */
static void test_clause_of_an_annex(void **state)
{
	static const char text[] =
		"ORDER FORM\n\n1. Order\n\n1.1 Customer buys the Service.\n\n"
		"1.2 Section 1.6 of the MST does not apply.\n\n"
		"SCHEDULE 1 - MASTER SUBSCRIPTION TERMS\n\n" TERMS;
	struct document doc;
	struct deleted_clause *del = NULL;

	(void)state;
	assert_int_equal(load_and_find(&doc, text, &del), 1);
	assert_string_equal(doc.paras[del[0].first].clause, "SCHEDULE 1, 1.6");
	assert_int_equal(del[0].end - del[0].first, 3);
	assert_int_equal(del[0].gives_way, 0);
	free(del);
	document_release(&doc);
}

/* "Sections 1.5 and 1.6 ..." deletes both, each to its own end. */
static void test_several_by_number(void **state)
{
	static const char text[] =
		"Order Form\n\nSpecial Conditions: Sections 1.5 and 1.7 of these Terms do not "
		"apply.\n\n" TERMS;
	struct document doc;
	struct deleted_clause *del = NULL;

	(void)state;
	assert_int_equal(load_and_find(&doc, text, &del), 2);
	assert_string_equal(doc.paras[del[0].first].clause, "1.5");
	assert_int_equal(del[0].end - del[0].first, 1);
	assert_string_equal(doc.paras[del[1].first].clause, "1.7");
	assert_int_equal(del[1].end, doc.npara);
	free(del);
	document_release(&doc);
}

/*
 * Clauses looked up by number through the index of own numbers: "1.2" is
 * not "1.20" nor "11.2", its parts go with it, "Article" and case are
 * passed over as xref_names passes them, and an annex's 1.2 is not the
 * body's.  Each deleted clause is the one of that number, whatever the
 * numbers sorted between.
 */
static void test_by_number_among_neighbours(void **state)
{
	static const char text[] =
		"Order Form\n\nSpecial Conditions: Sections 1.2 and 3 of these Terms do not "
		"apply.\n\n"
		"1. Services\n\n"
		"1.1 Provider hosts the Service.\n\n"
		"1.2 Provider may use Customer Content to train models.\n\n"
		"(a) Only models that serve Customer.\n\n"
		"1.20 Provider keeps logs.\n\n"
		"1.3 Customer pays the fees.\n\n"
		"ARTICLE 3 Fees\n\n"
		"3.1 Fees are due monthly.\n\n"
		"11.2 Provider keeps Customer Content in Europe.\n\n"
		"SCHEDULE 1 - SUPPORT\n\n"
		"1.2 Support is given in hours.\n";
	struct document doc;
	struct deleted_clause *del = NULL;
	size_t k;

	(void)state;
	assert_int_equal(load_and_find(&doc, text, &del), 2);
	for (k = 0; k < doc.npara; k++)
		if (doc.paras[k].clause && !strcmp(doc.paras[k].clause, "1.2"))
			break;
	assert_int_equal(del[0].first, k);
	assert_int_equal(del[0].end - del[0].first, 2);   /* 1.2 and its (a), not 1.20 */
	assert_true(strstr(doc.text.ptr + doc.paras[del[1].first].start, "Fees") != NULL);
	assert_int_equal(del[1].end - del[1].first, 2);   /* Article 3 and 3.1 */
	free(del);
	document_release(&doc);
}

static void test_deleted_clauses(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct load_options opt = LOAD_OPTIONS_INIT;
		struct document doc;
		struct buf err = BUF_INIT;
		struct deleted_clause *del = NULL;
		size_t n = 0, alloc = 0, got, unread;
		const char *terms;

		document_init(&doc, "t.txt");
		assert_int_equal(text_load(&doc, (const unsigned char *)cases[i].text,
					   strlen(cases[i].text), &opt, &err), 0);
		got = deletion_find(&doc, &del, &n, &alloc, &unread);
		assert_int_equal(got, n);
		if (!cases[i].clause) {
			if (n)
				fail_msg("case %zu: clause %s deleted, want none", i,
					 doc.paras[del[0].first].clause);
		} else {
			if (n != 1)
				fail_msg("case %zu: %zu clauses deleted, want 1", i, n);
			assert_string_equal(doc.paras[del[0].first].clause, cases[i].clause);
			if (del[0].gives_way != cases[i].gives_way)
				fail_msg("case %zu: gives_way %d, want %d", i, del[0].gives_way,
					 cases[i].gives_way);
			if (del[0].end - del[0].first != cases[i].nparas)
				fail_msg("case %zu: %zu paragraphs deleted, want %zu", i,
					 del[0].end - del[0].first, cases[i].nparas);
			/*
			 * The deleting sentence opens the text, or closes it after
			 * the terms and at most their title.
			 */
			terms = strstr(cases[i].text, TERMS);
			if (terms && terms > cases[i].text &&
			    strcspn(cases[i].text, ".:") < (size_t)(terms - cases[i].text))
				assert_int_equal(doc.sents[del[0].by].para, 0);
			else
				assert_int_equal(doc.sents[del[0].by].para, doc.npara - 1);
		}
		free(del);
		document_release(&doc);
		buf_release(&err);
	}
}

/*
 * A text of thousands of sentences that may delete ("1. Clause 1 is
 * deleted." over and over) reads DELETION_SENTENCES_MAX of them and counts
 * the rest unread: each one read is a pass over every paragraph.  A
 * deletion the limit lets through is still found.
 */
static void test_sentences_limit(void **state)
{
	struct buf text = BUF_INIT;
	struct document doc;
	struct deleted_clause *del = NULL;
	size_t k, n = 0, alloc = 0, unread = 0, extra = 100;

	(void)state;
	buf_addstr(&text, "Order Form\n\nSpecial Conditions: Section 1.7 of these Terms does "
		   "not apply.\n\n");
	for (k = 0; k + 1 < DELETION_SENTENCES_MAX + extra; k++)
		buf_addstr(&text, "Special Conditions: Section 9.9 of these Terms does not "
			   "apply.\n\n");
	buf_addstr(&text, TERMS);
	{
		struct load_options opt = LOAD_OPTIONS_INIT;
		struct buf err = BUF_INIT;

		document_init(&doc, "t.txt");
		assert_int_equal(text_load(&doc, (const unsigned char *)text.ptr, text.len, &opt,
					   &err), 0);
		buf_release(&err);
	}
	deletion_find(&doc, &del, &n, &alloc, &unread);
	assert_int_equal(unread, extra);
	assert_int_equal(n, 1);
	assert_string_equal(doc.paras[del[0].first].clause, "1.7");
	free(del);
	document_release(&doc);
	buf_release(&text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_deleted_clauses),
		cmocka_unit_test(test_several_by_number),
		cmocka_unit_test(test_clause_of_an_annex),
		cmocka_unit_test(test_sentences_limit),
		cmocka_unit_test(test_by_number_among_neighbours),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

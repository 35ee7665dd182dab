/*
 * terms: defined terms read for what their definitions say the thing is,
 * whatever their names ("Bespoke Engines", "Tuned Adapter", "Line
 * Images", "Generations"), on small contracts of one definition a line.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "engine.h"
#include "roles.h"
#include "textdoc.h"

static struct ruleset rs;

static int setup(void **state)
{
	(void)state;
	ruleset_init(&rs);
	if (ruleset_load(&rs, NULL, 0) || ruleset_compile(&rs))
		return -1;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	ruleset_release(&rs);
	return 0;
}

/* The parties' line every case opens with: the customer and the vendor by their role nouns. */
#define PARTIES "This Agreement is between Harbor Insurance Ltd (the \"Company\") and " \
	"Claimsight Ltd (the \"Service Provider\").\n"

/*
 * What `term` reads as in a contract of `text` (one paragraph a line):
 * "-" where it is no term or a term with no reading.
 */
static void reading(const char *text, const char *term, char *out, size_t outlen)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	snprintf(out, outlen, "-");
	for (i = 0; i < r.nterms; i++)
		if (!strcmp(r.terms[i].term, term) && r.terms[i].reads_as)
			snprintf(out, outlen, "%s", r.terms[i].reads_as);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

struct read_case {
	const char *text, *term, *reads_as;
};

static void check_cases(const struct read_case *cases, size_t n)
{
	char got[64];
	size_t i, bad = 0;

	/* Every case is read, and each wrong reading printed, before the test fails. */
	for (i = 0; i < n; i++) {
		reading(cases[i].text, cases[i].term, got, sizeof(got));
		if (strcmp(got, cases[i].reads_as)) {
			print_error("case %zu: \"%s\" read as \"%s\", not \"%s\"\n", i,
				    cases[i].term, got, cases[i].reads_as);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

/*
 * What the customer "enters into or uploads to" the service is given to
 * it: a second verb of giving after "into or" says where it goes; a
 * contract the customer "enters into and performs" is not given at all.
 */
static void test_entered_into_or_uploaded(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Submitted Content\" means the prompts, case files and other "
		  "materials that the Company or an Authorized User enters into or uploads to the "
		  "Services.\n", "Submitted Content", "Customer Data" },
		{ PARTIES "1.1 \"Company Contracts\" means the agreements that the Company enters "
		  "into and performs with its suppliers.\n", "Company Contracts", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A customer whose name carries an accent ("Société", "Région") owns its
 * data as one in ASCII does: the name after "the property of the" is read
 * to its end, not to its first byte beyond ASCII.
 */
static void test_owner_named_with_an_accent(void **state)
{
#define SOCIETE_PARTIES "BETWEEN: SOCI\xc3\x89T\xc3\x89 DES JEUX, a legal person established in the " \
	"public interest, having its head office at 500 rue Sherbrooke Ouest, Montr\xc3\xa9" "al " \
	"(the \"Soci\xc3\xa9t\xc3\xa9\");\n\nAND: VIGIL ANALYTIQUE INC., having its head office at " \
	"1200 boulevard Laurier, Qu\xc3\xa9" "bec City (the \"Supplier\").\n\n" \
	"1.1 \"Player Information\" means all information concerning players, collected by " \
	"the Supplier.\n"
	static const struct read_case cases[] = {
		{ SOCIETE_PARTIES "6.1 Player Information is and remains the property of the "
		  "Soci\xc3\xa9t\xc3\xa9.\n", "Player Information", "Customer Data" },
		/* Another accented ending is another word, no party's name. */
		{ SOCIETE_PARTIES "6.1 Player Information is and remains the property of the "
		  "Soci\xc3\xa9t\xc3\xa8.\n", "Player Information", "-" },
	};
#undef SOCIETE_PARTIES

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * The same customer gives data, has it captured at its place and has a
 * model made for it: the patterns that read a name in those definitions
 * take its accented letters, so "the Société uploads" is not "the Soci".
 */
static void test_customer_with_an_accent_gives_and_is_served(void **state)
{
#define SOCIETE "Soci\xc3\xa9t\xc3\xa9"
#define SOCIETE_PARTIES "This Agreement is between Loterie Nord Inc. (the \"" SOCIETE "\") and " \
	"Vigil Analytique Inc. (the \"Supplier\").\n"
	static const struct read_case cases[] = {
		{ SOCIETE_PARTIES "1.1 \"Catalogue Content\" means the listings and images that the "
		  SOCIETE " uploads to the Platform.\n", "Catalogue Content", "Customer Data" },
		{ SOCIETE_PARTIES "1.1 \"Line Images\" means all images captured on the " SOCIETE
		  "'s production lines.\n", "Line Images", "Customer Data" },
		{ SOCIETE_PARTIES "1.1 \"Routing Advice\" means each score produced by the " SOCIETE
		  " Model for a claim.\n", "Routing Advice", "Output" },
		/* The Supplier's own uploads are no data of the customer's. */
		{ SOCIETE_PARTIES "1.1 \"Catalogue Content\" means the listings and images that the "
		  "Supplier uploads to the Platform.\n", "Catalogue Content", "-" },
	};
#undef SOCIETE_PARTIES
#undef SOCIETE

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * The byte scans of terms.c read a name's accented letters: "recorded by
 * the Société", "transmitted by the Société to the Supplier", "created
 * ... for the Société", "the Société pharmacy locations" (a term for the
 * customer's own places) and a plain "Société Data means ...".
 */
static void test_customer_with_an_accent_in_the_word_scans(void **state)
{
#define SOCIETE "Soci\xc3\xa9t\xc3\xa9"
#define SOCIETE_PARTIES "This Agreement is between Loterie Nord Inc. (the \"" SOCIETE "\") and " \
	"Vigil Analytique Inc. (the \"Supplier\").\n"
	static const struct read_case cases[] = {
		{ SOCIETE_PARTIES "1.1 \"Call Audio\" means the audio of calls recorded by the " SOCIETE
		  " and uploaded to the Platform.\n", "Call Audio", "Customer Data" },
		{ SOCIETE_PARTIES "1.1 \"Transaction Stream\" means the stream of payment transactions "
		  "transmitted by the " SOCIETE " to the Supplier.\n", "Transaction Stream",
		  "Customer Data" },
		{ SOCIETE_PARTIES "1.1 \"Voice Profile\" means any adaptation or acoustic model layer "
		  "created by the Supplier for the " SOCIETE ".\n", "Voice Profile", "Custom Model" },
		{ SOCIETE_PARTIES "1.1 \"Pilot Sites\" means the " SOCIETE " pharmacy locations.\n"
		  "1.2 \"Pilot Data\" means the data made available to the Supplier by a Pilot Site.\n",
		  "Pilot Data", "Customer Data" },
		{ SOCIETE_PARTIES SOCIETE " Data means call recordings and other data supplied "
		  "by the " SOCIETE ".\n", SOCIETE " Data", "Customer Data" },
		{ SOCIETE_PARTIES "1.1 \"Masters\" means the mastered files the Supplier returns to the "
		  SOCIETE ".\n", "Masters", "Output" },
		{ SOCIETE_PARTIES "1.1 \"Insights\" means the forecasts and reports that the Supplier delivers to "
		  "the " SOCIETE ".\n", "Insights", "Output" },
		/* The Supplier's own sites and its own transmissions stay unread. */
		{ SOCIETE_PARTIES "1.1 \"Transaction Stream\" means the stream of payment transactions "
		  "transmitted by the Supplier to the " SOCIETE ".\n", "Transaction Stream", "-" },
		{ SOCIETE_PARTIES "1.1 \"Voice Profile\" means any adaptation or acoustic model layer "
		  "created by the Supplier for its own use.\n", "Voice Profile", "-" },
	};
#undef SOCIETE_PARTIES
#undef SOCIETE

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A definition of the customer's data that opens on a term before "and
 * any other data" makes that term the customer's data, whoever its own
 * definition says captures it; not a term it only lists beside another.
 */
static void test_terms_before_other_customer_data(void **state)
{
#define CANDIDATES "Candidate means a person who sits an Assessment.\n"
	static const struct read_case cases[] = {
		{ PARTIES CANDIDATES "Session Material means the webcam recordings and other material "
		  "captured from a Candidate during an Assessment.\nCompany Data means Session Material "
		  "and any other data that the Company or Candidates upload to the Platform.\n",
		  "Session Material", "Customer Data" },
		{ PARTIES CANDIDATES "Session Material means the webcam recordings and other material "
		  "captured from a Candidate during an Assessment.\nCompany Data means the Session "
		  "Material and all other information the Company uploads to the Platform.\n",
		  "Session Material", "Customer Data" },
		/* Listed beside another thing, with no "other data": nothing said of it. */
		{ PARTIES CANDIDATES "Session Material means the webcam recordings and other material "
		  "captured from a Candidate during an Assessment.\nCompany Data means Session Material "
		  "and the reports that the Company uploads to the Platform.\n",
		  "Session Material", "-" },
		/* A secret stays unclassed. */
		{ PARTIES "\"Confidential Information\" means information marked confidential.\n"
		  "\"Company Data\" means Confidential Information and any other data the Company uploads "
		  "to the Platform.\n", "Confidential Information", "-" },
	};
#undef CANDIDATES

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A parenthesis after a clause that has adapters or a model tuned on a
 * term of the customer's data names what was tuned: the custom model,
 * though the data is defined later.  Not past a negation, nor where the
 * clause ends on things no term names, which the parenthesis names.
 */
static void test_adapters_tuned_on_customer_data(void **state)
{
#define LATER "\"Company Data\" means the claim files the Company uploads to the Platform.\n"
	static const struct read_case cases[] = {
		{ PARTIES "The Service Provider may fine-tune adapters on a programme's knowledge base "
		  "and Company Data (\"Programme Tunings\"). Programme Tunings are used only for the "
		  "Company.\n" LATER, "Programme Tunings", "Custom Model" },
		{ PARTIES LATER "The Service Provider will train model weights using Company Data "
		  "(\"Claims Weights\").\n", "Claims Weights", "Custom Model" },
		{ PARTIES "The Service Provider will not fine-tune adapters on Company Data (\"Tuning "
		  "Limit\").\n" LATER, "Tuning Limit", "-" },
		{ PARTIES "The Service Provider may fine-tune adapters on the claim notes the Company "
		  "uploads (\"Training Notes\").\n" LATER, "Training Notes", "-" },
	};
#undef LATER

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * An incident of confidentiality, privacy or data is a breach by its name,
 * though a statute defines it; an incident of a service or a data event
 * is not.
 */
static void test_incidents_of_confidentiality_by_name(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Confidentiality Incident\" has the meaning given in section 63.9 of "
		  "the Access Act.\n", "Confidentiality Incident", "Security Breach" },
		{ PARTIES "1.1 \"Data Incident\" means an incident so notified under the Data "
		  "Processing Addendum.\n", "Data Incident", "Security Breach" },
		{ PARTIES "1.1 \"Service Incident\" means an unplanned interruption of the "
		  "Services.\n", "Service Incident", "-" },
		{ PARTIES "1.1 \"Data Event\" means the arrival of a new file in the data feed.\n",
		  "Data Event", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Data about the customer's people by its possessive ("about the
 * Hospital's patients", "of your members") or people it carries is its
 * data, under a name of the people; not the vendor's people, nor what
 * comes from third parties or is aggregated.
 */
static void test_data_about_the_customers_people(void **state)
{
#define HOSPITAL "This Agreement is between Riverside Health Board (the \"Hospital\") and " \
	"Acme Analytics Ltd (the \"Supplier\").\n"
	static const struct read_case cases[] = {
		{ HOSPITAL "1.1 \"Patient Data\" means all information about the Hospital's patients, "
		  "including medical records.\n", "Patient Data", "Customer Data" },
		{ HOSPITAL "1.1 \"Tribal Data\" means data concerning the Hospital\xE2\x80\x99s "
		  "members, lands and resources provided to the Supplier.\n", "Tribal Data",
		  "Customer Data" },
		{ HOSPITAL "1.1 \"Passenger Data\" means the booking and passport data of passengers "
		  "carried by the Hospital.\n", "Passenger Data", "Customer Data" },
		{ HOSPITAL "1.1 \"Supplier Data\" means all information about the Supplier's customers.\n",
		  "Supplier Data", "-" },
		{ HOSPITAL "1.1 \"Market Data\" means information about the Hospital's patients obtained "
		  "from third parties.\n", "Market Data", "-" },
		{ HOSPITAL "1.1 \"Confidential Information\" means all information about the Hospital's "
		  "patients.\n", "Confidential Information", "-" },
	};
#undef HOSPITAL

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Lists of definitions as translations set them: a dash and a noun
 * under a "Definitions" heading ("Data - data entered into the System by
 * ..."), and an owner named after a list of nouns longer than the window
 * an owner is looked for in.
 */
static void test_definitions_in_lists(void **state)
{
#define ORDERING "This Agreement is between Alfa sp. z o.o. (the \"Ordering Party\") and " \
	"Beta sp. z o.o. (the \"Contractor\").\nDEFINITIONS\n" \
	"System - the Contractor's route optimisation software.\n"
	static const struct read_case cases[] = {
		{ ORDERING "Data - data entered into the System by or for the Ordering Party, "
		  "in particular orders and delivery addresses.\n", "Data", "Customer Data" },
		{ ORDERING "Results - routes, schedules, loading plans, forecasts and other "
		  "results generated by the System for the Ordering Party.\n", "Results", "Output" },
		{ ORDERING "Fees - payable within 30 days of invoice.\n", "Fees", "-" },
		{ ORDERING "Invoices - shall be sent by e-mail.\n", "Invoices", "-" },
		{ PARTIES "1.1 \"Operational Data\" means all sensor readings, maintenance records, "
		  "work orders, images and other information of the Company that the Service Provider "
		  "receives.\n", "Operational Data", "Customer Data" },
		{ PARTIES "1.1 \"Company Imagery\" means drone and ground photographs of the "
		  "Company's sites uploaded to, or captured for, the Platform.\n", "Company Imagery",
		  "Customer Data" },
		{ PARTIES "1.1 \"Satellite Imagery\" means the imagery the Service Provider licenses "
		  "from third parties.\n", "Satellite Imagery", "-" },
		{ PARTIES "1.1 \"Provider Data\" means all sensor readings, maintenance records, "
		  "work orders, images and other information of the Service Provider.\n",
		  "Provider Data", "-" },
	};
#undef ORDERING

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * The judgements of a term defined as a model, and what it makes or
 * detects, are output under names that say no output; not the decisions
 * of a committee, nor a data name.
 */
static void test_judgements_of_a_model_term(void **state)
{
#define ENGINE "1.1 \"Inspection System\" means the Service Provider's machine learning system " \
	"for claims triage.\n"
	static const struct read_case cases[] = {
		{ PARTIES ENGINE "1.2 \"Verdicts\" means the accept and reject decisions of the "
		  "Inspection System.\n", "Verdicts", "Output" },
		{ PARTIES ENGINE "1.2 \"Determinations\" means each determination made by the "
		  "Inspection System.\n", "Determinations", "Output" },
		{ PARTIES ENGINE "1.2 \"Detections\" means the objects detected by the Inspection "
		  "System in each image.\n", "Detections", "Output" },
		{ PARTIES ENGINE "1.2 \"Steering Committee\" means the committee of both parties.\n"
		  "1.3 \"Rulings\" means the decisions of the Steering Committee.\n", "Rulings", "-" },
		{ PARTIES ENGINE "1.2 \"Claims Data\" means the decisions of the Inspection System and "
		  "the claim files the Company provides.\n", "Claims Data", "Customer Data" },
	};
#undef ENGINE

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A list that ends on "and other deliverables" is deliverables under any
 * name, and deliverables and output where it takes in an output term,
 * though that term is defined after it; not what the customer provides.
 */
static void test_a_list_of_other_deliverables(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Work Product\" means the Triage Model, the Alerts, the Documentation and "
		  "other deliverables;\n1.2 \"Alerts\" means the risk scores and flags generated by "
		  "the Triage Model;\n1.3 \"Triage Model\" means the model to be developed under this "
		  "Agreement;\n", "Work Product", "Deliverables and Output" },
		{ PARTIES "1.1 \"Project Materials\" means the Documentation, the training plan and "
		  "any other deliverables;\n", "Project Materials", "Deliverables" },
		/* What the Company provides is its data, no deliverable. */
		{ PARTIES "1.1 \"Company Items\" means documents, forms and other deliverables provided "
		  "by the Company;\n", "Company Items", "Customer Data" },
		{ PARTIES "1.1 \"Milestones\" means the dates for the deliverables;\n", "Milestones",
		  "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Parameters learned in training from the customer's data, and a model
 * derived from it, are the custom model, not its data; gradients with no
 * word of training stay its data, and calibrated settings no model.
 */
static void test_weights_learned_from_customer_data(void **state)
{
#define DATA "1.1 \"Company Data\" means all data supplied by the Company to the Service Provider.\n"
	static const struct read_case cases[] = {
		{ PARTIES DATA "1.2 \"Learned Parameters\" means parameters derived from Company Data "
		  "during training.\n", "Learned Parameters", "Custom Model" },
		{ PARTIES DATA "1.2 \"Derivative Models\" means any model derived from Company Data.\n",
		  "Derivative Models", "Custom Model" },
		{ PARTIES DATA "1.2 \"Model Updates\" means the gradients computed from Company Data by "
		  "the Local Node.\n", "Model Updates", "Customer Data" },
		{ PARTIES DATA "1.2 \"Plant Settings\" means the parameters calibrated for the Company's "
		  "plant.\n", "Plant Settings", "-" },
	};
#undef DATA

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A definition that opens on kinds of model joined by commas or "and"
 * before one "models" is a model: the custom model where it is made for
 * the customer, the vendor's plain model where the vendor's possessive
 * opens it.  A list of things one of which is models is none.
 */
static void test_kinds_of_model_joined_before_models(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Bespoke Engines\" means the claims triage, motor damage estimation "
		  "and fraud propensity models developed or fine-tuned by the Service Provider for the "
		  "Company, in every version.\n", "Bespoke Engines", "Custom Model" },
		{ PARTIES "1.1 \"Yield Engine\" means the Service Provider's statistical and "
		  "machine-learning models that estimate crop yield from satellite imagery.\n",
		  "Yield Engine", "Model" },
		{ PARTIES "1.1 \"Background Materials\" means the materials, tools and base models of "
		  "the Service Provider existing before the Effective Date.\n",
		  "Background Materials", "-" },
		{ PARTIES "1.1 \"Provider Stack\" means the software, data and models of the Service "
		  "Provider.\n", "Provider Stack", "-" },
		{ PARTIES "1.1 \"Review Pack\" means the test and validation models cards the Service "
		  "Provider publishes.\n", "Review Pack", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A set of a model's weights is a model ("a set of adapter weights
 * produced by ... custom-tuning", "each set of model weights ... produced
 * by training the Base Model"), not output though a service produces it;
 * weights with no word of a model or of training are none.
 */
static void test_a_set_of_weights_is_a_model(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Tuned Adapter\" means a set of adapter weights produced by the "
		  "Services' custom-tuning feature from repositories the Company nominates.\n",
		  "Tuned Adapter", "Custom Model" },
		{ PARTIES "1.1 \"Claims Data\" means all data provided by the Company.\n"
		  "1.2 \"Tuned Checkpoint\" means each set of model weights (including LoRA adapters "
		  "and merged weights) produced by training the Base Model on the Claims Data.\n",
		  "Tuned Checkpoint", "Custom Model" },
		{ PARTIES "1.1 \"Award Factors\" means the weights given to each award criterion "
		  "in Schedule 2.\n", "Award Factors", "-" },
		{ PARTIES "1.1 \"Service Parameters\" means the parameters of the Services set out in "
		  "Schedule 2, as adjusted by the Service Provider.\n", "Service Parameters", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What a term the contract defines as a model makes is output, by any
 * name: "text produced by any Tuned Checkpoint", "results served by the
 * Ranking Engine", and under a name that says output what it gives:
 * "results of the Classifier" (not the customer's data, though its data
 * takes the outputs in).  Not what a party or an unnamed thing makes.
 */
static void test_what_a_model_term_makes_is_output(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Tuned Checkpoint\" means each set of model weights produced by "
		  "training the Base Model on data the Company provides.\n"
		  "1.2 \"Generations\" means text produced by any Tuned Checkpoint or by the "
		  "Evaluation Endpoint.\n", "Generations", "Output" },
		{ PARTIES "1.1 \"Ranking Engine\" means the Service Provider's proprietary search "
		  "ranking and product recommendation models.\n"
		  "1.2 \"Placements\" means the ranked search results, recommendation widgets and "
		  "merchandising suggestions served by the Ranking Engine.\n", "Placements", "Output" },
		{ PARTIES "1.1 \"Ranking Engine\" means the Service Provider's proprietary search "
		  "ranking and product recommendation models.\n"
		  "1.2 \"Placements\" means the advertisements served by the Company's agency.\n",
		  "Placements", "-" },
		{ PARTIES "1.1 \"Classifier\" means the document-classification model developed for "
		  "the Company.\n1.2 \"Program Data\" means all documents furnished by the Company, "
		  "including all Outputs.\n1.3 \"Outputs\" means classifications, scores and other "
		  "results of the Classifier.\n", "Outputs", "Output" },
		{ PARTIES "1.1 \"Acceptance Tests\" means the tests in Schedule 2.\n1.2 \"Outputs\" "
		  "means the results of the Acceptance Tests.\n", "Outputs", "-" },
		{ PARTIES "1.1 \"Placements\" means the ranked results produced by the Company's "
		  "merchandising team.\n", "Placements", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What the machine writes is output where the verb ends the definition
 * ("the answers the chat assistant writes."), as where words follow it.
 */
static void test_a_verb_of_writing_that_ends_the_definition(void **state)
{
	static const struct read_case cases[] = {
		{ "These terms are between you and Helpwise Ltd (\"we\", \"us\").\n"
		  "\"Replies\" means the answers the chat assistant writes.\n", "Replies", "Output" },
		{ "These terms are between you and Helpwise Ltd (\"we\", \"us\").\n"
		  "\"Replies\" means the answers your agent writes.\n", "Replies", "-" },
		{ PARTIES "1.1 \"Replies\" means the answers the Company's support system writes.\n",
		  "Replies", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What is captured on or relating to the customer's place is its data:
 * "images ... captured on or relating to the Company's production lines";
 * not what relates to the vendor's.
 */
static void test_captured_relating_to_the_customers_place(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Line Images\" means all images, sensor readings, batch records and "
		  "annotations captured on or relating to the Company's production lines.\n",
		  "Line Images", "Customer Data" },
		{ PARTIES "1.1 \"Line Images\" means all images and sensor readings captured on or "
		  "relating to the Service Provider's test lines.\n", "Line Images", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Not a kind of data: the verb before "data" ("Input excludes data
 * submitted by Customer ..."); nor a model: a policy that names one
 * ("Model API AUP").
 */
static void test_no_term_of_a_verb_or_a_policy(void **state)
{
	static const struct read_case cases[] = {
		{ "These Terms are between Orbitex Corp. (\"Provider\") and the customer "
		  "(\"Customer\").\n\"Input\" means any data, text or images that Customer submits to "
		  "the Services. Input excludes data submitted by Customer outside of the Services.\n",
		  "excludes data", "-" },
		{ "These Terms are between Orbitex Corp. (\"Provider\") and the customer "
		  "(\"Customer\").\n\"Input\" means any data, text or images that Customer submits to "
		  "the Services. Provider shall keep the image data provided by Customer in the EU.\n",
		  "image data", "Customer Data" },
		{ "These Terms are between Orbitex Corp. (\"Provider\") and the customer "
		  "(\"Customer\").\n\"Model API AUP\" means the acceptable use policy for the models "
		  "we make available.\n", "Model API AUP", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Data the customer supplies, named by its alias, or the machine makes
 * from it is the customer's data, though the machine's part comes in the
 * same list ("supplied by the Contracting Authority or generated by the
 * System from it"); what the machine makes alone is output.
 */
static void test_supplied_by_the_customer_by_name_or_generated(void **state)
{
	static const struct read_case cases[] = {
		{ "This Agreement is between the City of Tarnow (the \"Contracting Authority\") and "
		  "Triagix Ltd (the \"Contractor\").\n1.1 \"Municipal Data\" means all data, "
		  "including personal data of applicants, supplied by the Contracting Authority or "
		  "generated by the System from it.\n", "Municipal Data", "Customer Data" },
		{ "This Agreement is between the City of Tarnow (the \"Contracting Authority\") and "
		  "Triagix Ltd (the \"Contractor\").\n1.1 \"Campaign Content\" means the copy and "
		  "images generated by the Platform.\n", "Campaign Content", "Output" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Not the customer's data: what the vendor provides in a sentence whose
 * subject, the customer, only assents ("Client acknowledges that Agent
 * may provide ... (\"Market Data\")"); the customer's where it gives it
 * ("Client may upload ... (\"Order Files\")").  Not usage data: what is
 * made "for use in" a site, a purpose and no record of use.
 */
static void test_an_assenting_subject_and_a_purpose_of_use(void **state)
{
	static const struct read_case cases[] = {
		{ "This Agreement is between Fund LLC (the \"Client\") and Broker Inc. (the \"Agent\").\n"
		  "Client acknowledges that Agent may provide quotations and other market information "
		  "and messages (\"Market Data\").\n", "Market Data", "-" },
		{ "This Agreement is between Fund LLC (the \"Client\") and Broker Inc. (the \"Agent\").\n"
		  "Client may upload its trade files and order records (\"Order Files\").\n",
		  "Order Files", "Customer Data" },
		{ PARTIES "1.1 \"Partner Content\" means the links and information available on the "
		  "Service Provider's site, and any other materials provided on behalf of the "
		  "Service Provider for use in the Company's portal.\n", "Partner Content", "-" },
		{ PARTIES "1.1 \"Service Insights\" means information derived from the Company's use of "
		  "the Services.\n", "Service Insights", "Usage Data" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * The vendor's background IP by what it is, under a name that does not
 * say so: "the Developer's pre-existing software framework", "software
 * ... of the Contractor existing before this Agreement".  Not the
 * customer's pre-existing things, nor a name the rules read as background
 * already.
 */
static void test_background_ip_by_what_it_is(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"VisionCore\" means the Service Provider's pre-existing software "
		  "framework for image labelling and model serving, with all updates.\n",
		  "VisionCore", "Background IP" },
		{ PARTIES "1.1 \"Provider Tools\" means software, libraries and pre-trained base models "
		  "of the Service Provider existing before this Agreement or developed independently "
		  "of it.\n", "Provider Tools", "Background IP" },
		{ PARTIES "1.1 \"Legacy Systems\" means the Company's pre-existing claims software.\n",
		  "Legacy Systems", "-" },
		{ PARTIES "1.1 \"Background Materials\" means the Service Provider's pre-existing "
		  "materials.\n", "Background Materials", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A model made from the customer's data past its maker is the custom
 * model ("a synthetic voice model created by the Studio from Talent
 * Recordings", the term past the definition's first 64 bytes); one made
 * from the vendor's own data stays the plain model.
 */
static void test_a_model_made_by_its_maker_from_customer_data(void **state)
{
	static const struct read_case cases[] = {
		{ "These terms are between you and Dubwell Ltd (\"we\", \"us\").\n\"Talent Recordings\" "
		  "means voice samples of performers that you upload.\n\"Voice Replica\" means a "
		  "synthetic voice model created by the Studio from Talent Recordings.\n",
		  "Voice Replica", "Custom Model" },
		{ "These terms are between you and Dubwell Ltd (\"we\", \"us\").\n\"Voice Replica\" "
		  "means a synthetic voice model created by the Studio from our licensed voice "
		  "library.\n", "Voice Replica", "Model" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What a plural machine returns is output under a name that says data
 * ("the fields ... the Services return to you"); not where the
 * customer's things come first in the definition.
 */
static void test_what_a_plural_machine_returns(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Company Content\" means the documents the Company submits to the "
		  "Services.\n1.2 \"Extracted Data\" means the fields, classifications, confidence "
		  "scores and summaries the Services return to the Company from Company Content.\n",
		  "Extracted Data", "Output" },
		{ PARTIES "1.1 \"Claim Data\" means the claim files the Company submits and the "
		  "fields the Services return to it.\n", "Claim Data", "Customer Data" },
		{ PARTIES "1.1 \"Return Data\" means the tax return data the Company keeps.\n",
		  "Return Data", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * The vendor's pre-existing things with the vendor named by "of" a few
 * words after them ("the pre-existing elements of the Service Provider");
 * not the customer's, nor a vendor named far on in the clause.
 */
static void test_pre_existing_things_of_the_vendor(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Standard Components\" means the pre-existing elements of the "
		  "Service Provider incorporated in the Specific Developments.\n",
		  "Standard Components", "Background IP" },
		{ PARTIES "1.1 \"Legacy Components\" means the pre-existing elements of the Company "
		  "incorporated in the Specific Developments.\n", "Legacy Components", "-" },
		{ PARTIES "1.1 \"Legacy Components\" means the pre-existing elements incorporated "
		  "in the claims system that the Company licenses and that is hosted on servers "
		  "of the Service Provider.\n", "Legacy Components", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A definition that opens on deliverables is the deliverables under any
 * name, and with the custom model where it takes in a term read as it;
 * not a thing of the deliverables ("the deliverables schedule"), nor the
 * customer's ("to be provided by the Company": what it gives).
 */
static void test_deliverables_by_what_they_are(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Company Data\" means all data the Company uploads to the "
		  "Services.\n1.2 \"Forecasting Models\" means the machine learning models the "
		  "Service Provider trains on Company Data for the Company.\n1.3 \"Specific "
		  "Developments\" means all deliverables produced for the Company, including the "
		  "Forecasting Models.\n", "Specific Developments", "Custom Model and Deliverables" },
		{ PARTIES "1.1 \"Work Product\" means all deliverables produced for the Company under "
		  "a Statement of Work.\n", "Work Product", "Deliverables" },
		{ PARTIES "1.1 \"Milestone Plan\" means the deliverables schedule in Annex 2.\n",
		  "Milestone Plan", "-" },
		{ PARTIES "1.1 \"Acceptance Criteria\" means the deliverables' specifications in "
		  "Annex 2.\n", "Acceptance Criteria", "-" },
		{ PARTIES "1.1 \"Phase Items\" means the deliverables to be provided by the "
		  "Company under Schedule 3.\n", "Phase Items", "Customer Data" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What the vendor makes for the customer, a model trained on the
 * customer's data among it, is the custom model ('"Custom Extractor" means
 * any ... model adaptation we create for you, including any adaptation
 * trained using Customer Content'), not a model made for the vendor's
 * platform (the plain model); what the vendor makes from what the
 * customer gives is not the customer's data.
 */
static void test_what_the_vendor_makes_for_the_customer(void **state)
{
	static const struct read_case cases[] = {
		{ "These terms are between you and Ledgerline Inc (\"we\", \"us\").\n\"Customer "
		  "Content\" means documents you submit to the Services.\n\"Custom Extractor\" means "
		  "any extraction configuration, prompt template, schema or model adaptation we "
		  "create for you, including any adaptation trained using Customer Content.\n",
		  "Custom Extractor", "Custom Model" },
		{ "These terms are between you and Ledgerline Inc (\"we\", \"us\").\n\"Customer "
		  "Content\" means documents you submit to the Services.\n\"Platform Adapter\" means "
		  "any model adaptation we create for our platform, including any adaptation "
		  "trained using public data.\n", "Platform Adapter", "Model" },
		{ "These terms are between you and Ledgerline Inc (\"we\", \"us\").\nCustom "
		  "Extractors: up to 6 document types, configured by us using sample loan files you "
		  "provide\n", "Custom Extractors", "-" },
		{ "These terms are between you and Ledgerline Inc (\"we\", \"us\").\nSample Files: "
		  "up to 6 loan files you provide, processed by us\n", "Sample Files",
		  "Customer Data" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A parenthesis after a model made from the customer's data names the
 * custom model, read once every class is known (not a name that says a
 * right, a time or money: "the Download Right"); so is an item of a list
 * that is a set of model parameters trained on it.
 */
static void test_a_model_from_customer_data_before_a_parenthesis(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Company Data\" means all data the Company uploads to the Services.\n"
		  "9.1 The Service Provider assigns to the Company all right, title and interest in "
		  "any model retrained, fine-tuned or derived from Company Data (the \"Developed "
		  "Materials\").\n", "Developed Materials", "Custom Model" },
		{ PARTIES "1.1 \"Company Data\" means all data the Company uploads to the Services.\n"
		  "9.1 The Service Provider keeps all right, title and interest in any model "
		  "derived from public data (the \"Provider Materials\").\n", "Provider Materials",
		  "-" },
		{ PARTIES "1.1 \"Company Data\" means all data the Company uploads to the Services.\n"
		  "9.2 The Company may download any model fine-tuned on Company Data (the \"Download "
		  "Right\").\n", "Download Right", "-" },
		{ PARTIES "1.1 \"Company Data\" means all data the Company uploads to the Services.\n"
		  "1.2 \"Site Voice Profile\" means each adaptation layer and set of model parameters "
		  "created by training the Dictation Engine on Company Data.\n",
		  "Site Voice Profile", "Custom Model" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * An event defined as a breach of security reads as one ("Data Loss
 * Event"); not an event of another kind, nor a name the rules read as a
 * breach already.  A change to a model is no model.
 */
static void test_events_a_breach_and_a_change(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Data Loss Event\" means any event that results, or may result, in "
		  "unauthorised access to Company Data or in a breach of Schedule 7.\n",
		  "Data Loss Event", "Security Breach" },
		{ PARTIES "1.1 \"Force Majeure Event\" means any event beyond the reasonable control "
		  "of a party, including fire, flood and loss of power.\n", "Force Majeure Event",
		  "-" },
		{ PARTIES "1.1 \"Infringement Event\" means any unauthorised use of the Service "
		  "Provider's trade marks.\n", "Infringement Event", "-" },
		{ PARTIES "1.1 \"Security Incident\" means any unauthorised access to Company "
		  "Data.\n", "Security Incident", "-" },
		{ PARTIES "1.1 \"Model Change\" means any change to the Language Model, or "
		  "retraining or replacement of the classification model.\n", "Model Change", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A third party that supplies a model, under a name with a word of a model
 * and a supplier's ("Model Partner"), is no model; not a third party of
 * another kind, nor a partner that is no third party.
 */
static void test_a_third_party_model_provider(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Model Partner\" means a third party that licenses to the Service "
		  "Provider a foundation or large language model used to provide the AI Features.\n",
		  "Model Partner", "Third-Party Model Provider" },
		{ PARTIES "The Service Provider uses a third-party large language model (the \"AI "
		  "Provider\").\n", "AI Provider", "Third-Party Model Provider" },
		{ PARTIES "1.1 \"Referral Partner\" means a third party that refers customers to the "
		  "Service Provider.\n", "Referral Partner", "-" },
		{ PARTIES "1.1 \"AI Partner\" means a university that studies how the Company uses "
		  "the Services.\n", "AI Partner", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A secret of both sides is no customer's data: "Confidential
 * Information" that relates to either party's business, is exchanged
 * between the parties or is disclosed by a party to the other.  One the
 * customer alone discloses to the vendor stays its data.
 */
static void test_both_sides_secrets(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.1 \"Confidential Information\" means any information disclosed by the "
		  "Company to the Service Provider which relates to either Party's business.\n",
		  "Confidential Information", "-" },
		{ PARTIES "1.1 \"Confidential Information\" means any information submitted by the "
		  "Company and exchanged between the Parties under this Agreement.\n",
		  "Confidential Information", "-" },
		{ PARTIES "1.1 \"Confidential Information\" means any proprietary information disclosed "
		  "to the Service Provider by the Company.\n", "Confidential Information",
		  "Customer Data" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Models "whether developed by us or licensed from third parties" are the
 * vendor's, some of them third parties': the plain model.  Those a third
 * party supplies, in either limb, stay third parties' models.
 */
static void test_own_or_third_party_models(void **state)
{
	static const struct read_case cases[] = {
		{ "These terms are between you and Ledgerline Inc (\"we\", \"us\").\n\"Models\" means "
		  "the machine learning and large language models used to provide the Services, "
		  "whether developed by us or licensed from third parties.\n", "Models", "Model" },
		{ PARTIES "1.1 \"Models\" means the machine learning models used to provide the "
		  "Services, whether developed by the Service Provider or licensed from third "
		  "parties.\n", "Models", "Model" },
		{ PARTIES "1.1 \"Models\" means the large language models used to provide the "
		  "Services, whether provided by Third Parties or by their affiliates.\n",
		  "Models", "Third-Party Models" },
		{ PARTIES "1.1 \"Models\" means the large language models used by the Services and "
		  "licensed from third parties.\n", "Models", "Third-Party Models" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A customer subject that only assents gives nothing also where the
 * sentence goes on past the parenthesis ('Client acknowledges that Agent
 * may provide ... ("Market Data"), which ...'); one that gives it ("The
 * Company will provide its claim files ... (the "Claim Files"), which
 * ...") still names its data.
 */
static void test_an_assenting_subject_before_more_words(void **state)
{
	static const struct read_case cases[] = {
		{ "This Agreement is between Fund LLC (the \"Client\") and Broker Inc. (the \"Agent\").\n"
		  "Client acknowledges that Agent may provide quotations and other market information "
		  "and messages (\"Market Data\"), which Market Data is provided to Agent by "
		  "exchanges.\n", "Market Data", "-" },
		{ PARTIES "The Company will provide its claim files and photographs (the \"Claim "
		  "Files\"), which the Service Provider shall keep confidential.\n", "Claim Files",
		  "Customer Data" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A term named as output that an agent, assistant or chatbot generates is
 * output, though a definition of the customer's data takes it in
 * ("including Outputs"); a name that does not say output is not read so.
 */
static void test_output_an_agent_generates(void **state)
{
#define DATA "1.1 \"Company Data\" means all data supplied by or for the Company, or " \
	"generated from it, including Outputs.\n"
	static const struct read_case cases[] = {
		{ PARTIES DATA "1.2 \"Outputs\" means speech, transcripts, summaries and other content "
		  "generated by the Voice Agent.\n", "Outputs", "Output" },
		{ PARTIES "1.1 \"Responses\" shall mean the replies produced through the virtual "
		  "assistant, and the said expression shall include any part of them.\n", "Responses",
		  "Output" },
		{ PARTIES "1.1 \"Results\" means the answers generated by the Chatbot for the "
		  "Company.\n", "Results", "Output" },
		{ PARTIES "1.1 \"Call Notes\" means the notes generated by the Voice Agent.\n",
		  "Call Notes", "-" },
	};
#undef DATA

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Data its definition says is made from a term of the customer's data and
 * then de-identified is that data de-identified, whatever its name; not
 * without the de-identifying word, nor past "not", nor made from another's.
 */
static void test_data_derived_and_deidentified(void **state)
{
#define DATA "1.1 \"Company Data\" means all data supplied by the Company to the Service Provider.\n"
	static const struct read_case cases[] = {
		{ PARTIES DATA "1.2 \"Aggregate Data\" means data derived from Company Data, Outputs or "
		  "the Company's use of the Service that has been de-identified in accordance with "
		  "law.\n", "Aggregate Data", "De-identified Customer Data" },
		{ PARTIES DATA "Pooled Data means information compiled from Company Data from which "
		  "all personal identifiers have been removed and which has been aggregated.\n",
		  "Pooled Data", "De-identified Customer Data" },
		{ PARTIES DATA "1.2 \"Benchmark Set\" shall mean the data derived from the Company "
		  "Data after it is anonymised, and the said expression shall include any part of "
		  "it.\n", "Benchmark Set", "De-identified Customer Data" },
		{ "These Terms are between Quillo Inc. (\"we\", \"us\") and you.\n"
		  "\"Your Content\" means the documents and prompts you upload to the Service.\n"
		  "\"Aggregated Data\" means information we derive from Your Content that has been "
		  "de-identified so that it does not identify you.\n", "Aggregated Data",
		  "De-identified Customer Data" },
		{ PARTIES DATA "1.2 \"Benchmark Set\" means data derived from Company Data, whether or "
		  "not anonymised.\n", "Benchmark Set", "-" },
		{ PARTIES DATA "1.2 \"Benchmark Set\" means data derived from the data of other "
		  "customers that has been de-identified.\n", "Benchmark Set", "-" },
	};
#undef DATA

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A model its definition says is adjusted or calibrated on the customer's
 * data is the custom model, as one trained or tuned on it is; not one
 * adjusted with the customer's consent, on others' data, or not adjusted.
 */
static void test_a_model_adjusted_on_customer_data(void **state)
{
#define TRUST "This Call-Off Contract is between Westmere Valley Hospitals NHS Foundation Trust " \
	"(the \"Trust\") and Radiant Imaging Ltd (the \"Supplier\").\n"
	static const struct read_case cases[] = {
		{ TRUST "1.3 \"Site-Adapted Model\" means the version of the Product's algorithm whose "
		  "operating thresholds and final layers are adjusted by the Supplier using the Trust's "
		  "local validation data.\n", "Site-Adapted Model", "Custom Model" },
		{ "This Agreement is made between Tata Analytics Private Limited (hereinafter referred "
		  "to as the \"Service Provider\") and Bharat Mills Limited (hereinafter referred to as "
		  "the \"Client\").\n"
		  "\"Plant Model\" shall mean the forecasting model calibrated by the Service Provider on "
		  "the Client's sensor data, and the said expression shall include all versions "
		  "thereof.\n", "Plant Model", "Custom Model" },
		{ "This Contract is concluded between AGROVALE S.A. (hereinafter the \"CONTRACTOR\") "
		  "and COOPERATIVA SUL LTDA. (hereinafter the \"CLIENT\").\n"
		  "\"Line Model\" means the model adjusted by the CONTRACTOR using the CLIENT's "
		  "production data.\n", "Line Model", "Custom Model" },
		{ TRUST "1.3 \"Local Model\" means the model adjusted by the Supplier with the Trust's "
		  "consent.\n", "Local Model", "Model" },
		{ TRUST "1.3 \"Local Model\" means the model calibrated by the Supplier on public data "
		  "sets.\n", "Local Model", "Model" },
		{ TRUST "1.3 \"Local Model\" means the model which is not adjusted using the Trust's "
		  "data.\n", "Local Model", "Model" },
	};
#undef TRUST

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What the vendor receives or accesses under the contract is the
 * customer's data, as what it receives in performing the services is;
 * not what the vendor provides, nor aggregated data, nor a secret of both.
 */
static void test_taken_by_the_vendor_under_the_contract(void **state)
{
#define COUNTY "This Contract is between Linden County (the \"County\") and Verbatrace " \
	"Court Solutions, LLC (the \"Contractor\").\n"
	static const struct read_case cases[] = {
		{ COUNTY "1.1 \"Court Data\" means all audio and video recordings of court proceedings, "
		  "case numbers, exhibits, metadata and other information provided to or accessed by "
		  "the Contractor under this Contract.\n", "Court Data", "Customer Data" },
		{ PARTIES "1.1 \"Claims Records\" means all records obtained by the Service Provider "
		  "under this Agreement.\n", "Claims Records", "Customer Data" },
		{ "This Agreement is made between Gulf Ports Authority (the \"Authority\") and Tidewise "
		  "FZ-LLC (the \"Service Provider\").\n"
		  "Berth Data: all data received by the Service Provider under this Agreement.\n",
		  "Berth Data", "Customer Data" },
		{ COUNTY "1.1 \"Court Data\" means all information provided by the Contractor under "
		  "this Contract.\n", "Court Data", "-" },
		{ COUNTY "1.1 \"Court Data\" means all information obtained by the Contractor under "
		  "this Contract, aggregated across its customers.\n", "Court Data", "-" },
	};
#undef COUNTY

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * The vendor's own tools and know-how, "whether created before or during
 * the Term", are its background as its pre-existing ones are; not its
 * people, the customer's tools, nor what is made during the Term alone.
 */
static void test_vendor_tools_whenever_made(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "1.4 \"Provider Materials\" means the Service Provider's software, training "
		  "pipelines, prompts, know-how and tools, whether created before or during the Term, "
		  "and all improvements to them.\n", "Provider Materials", "Background IP" },
		{ PARTIES "1.4 \"Provider Technology\" means the Service Provider's proprietary "
		  "methodologies, algorithms and software, whether developed before, on or after the "
		  "Commencement Date.\n", "Provider Technology", "Background IP" },
		{ PARTIES "1.4 \"Company Tools\" means the Company's software and tools, whether "
		  "created before or during the Term.\n", "Company Tools", "-" },
		{ PARTIES "1.4 \"Provider Personnel\" means the Service Provider's employees and "
		  "agents, whether engaged before or during the Term.\n", "Provider Personnel", "-" },
		{ PARTIES "1.4 \"Work Product\" means the software and reports the Service Provider "
		  "creates for the Company during the Term.\n", "Work Product", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * An adjustment, calibration or adaptation of a model with parts derived
 * from the customer's data is the custom model, whoever makes it, and
 * whether the data is defined before or after it; not an adjustment of no
 * model, nor one "not derived from" the data.
 */
static void test_model_fitted_by_customer_data(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "Site Calibration means the adjustment of the Scoring Models to the "
		  "conditions of a Site, including calibration parameters and any retrained layers "
		  "derived from Site Data.\nSite Data means all images and other data provided by the "
		  "Company.\n", "Site Calibration", "Custom Model" },
		{ PARTIES "1.1 \"Claims Data\" means all claim files provided by the Company.\n1.2 "
		  "\"Local Adaptation\" means any adaptation of the Model to the Company's portfolio, "
		  "including weights fine-tuned from Claims Data.\n", "Local Adaptation", "Custom Model" },
		{ PARTIES "1.1 \"Claims Data\" means all claim files provided by the Company.\n1.2 "
		  "\"Fee Adjustment\" means the adjustment of the Fees derived from Claims Data "
		  "volumes.\n", "Fee Adjustment", "-" },
		{ PARTIES "1.1 \"Claims Data\" means all claim files provided by the Company.\n1.2 "
		  "\"Calibration\" means the calibration of the Model, not derived from Claims "
		  "Data.\n", "Calibration", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Chains of definitions: material the vendor makes or must deliver is
 * deliverables, with outputs where it includes an output term, and a term
 * defined as the rights in such a term alone reads as it does.  Not what
 * the vendor provides (its own), what it made before, nor rights in more
 * than the one term.
 */
static void test_rights_in_made_material(void **state)
{
	static const struct read_case cases[] = {
		{ "This Deed is between the State of Westralia (the \"State\") and Ardent Analytics Pty "
		  "Ltd (the \"Contractor\").\n\"Contract Material\" means all material created or "
		  "required to be delivered by the Contractor under this Deed, including the Risk Model, "
		  "Outputs and Model Documentation.\n\"Outputs\" means risk ratings, maps and reports "
		  "produced by the Risk Model.\n\"Project IP\" means all Intellectual Property Rights in "
		  "the Contract Material.\n", "Project IP", "Deliverables and Output" },
		{ PARTIES "1.1 \"Reports\" means reports generated by the Service.\n1.2 \"Work "
		  "Materials\" means all materials developed by the Service Provider under this "
		  "Agreement, including the Reports.\n1.3 \"Foreground IP\" means all intellectual "
		  "property rights in the Work Materials.\n", "Foreground IP", "Deliverables and Output" },
		{ PARTIES "1.2 \"Work Materials\" means all works developed by the Service Provider "
		  "for the Company under this Agreement.\n", "Work Materials", "Deliverables" },
		{ PARTIES "1.2 \"Provider Materials\" means all materials provided by the Service "
		  "Provider.\n", "Provider Materials", "-" },
		{ PARTIES "1.2 \"Prior Works\" means all materials developed by the Service Provider "
		  "before the Effective Date.\n", "Prior Works", "-" },
		{ PARTIES "1.1 \"Reports\" means reports generated by the Service.\n1.2 \"Licensed "
		  "IP\" means all Intellectual Property Rights in the Reports and the Platform.\n",
		  "Licensed IP", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A list of givers that opens on the customer and goes on to its own
 * people, the first of two verbs, and the customer's machines by its
 * possessive give what the definition names (given_head); the vendor's
 * do not.
 */
static void test_givers_of_the_customers_side(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "\"Clinical Text\" means all free text, dictations and clinical records that "
		  "the Company or its Authorised Users submit, upload or otherwise provide to the "
		  "Service.\n", "Clinical Text", "Customer Data" },
		{ PARTIES "\"Source Records\" means the ledgers and records that the Company and its "
		  "Affiliates make available to the Service Provider.\n", "Source Records",
		  "Customer Data" },
		{ PARTIES "\"Field Imagery\" means the imagery that the Company's devices capture and "
		  "upload to the Platform.\n", "Field Imagery", "Customer Data" },
		{ PARTIES "\"Reference Set\" means the images that the Company's staff label and "
		  "upload.\n", "Reference Set", "Customer Data" },
		{ PARTIES "\"Field Imagery\" means the imagery that the Service Provider's drones "
		  "capture and upload to the Platform.\n", "Field Imagery", "-" },
		{ PARTIES "\"Survey Imagery\" means the imagery that the Service Provider or its "
		  "subcontractors capture and upload to the Platform.\n", "Survey Imagery", "-" },
		{ PARTIES "\"Training Corpus\" means the corpus of text that the Service Provider "
		  "assembles from publicly available or licensed sources.\n", "Training Corpus", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Information about the customer's use of the service, or its users'
 * interactions with it, is usage data though the platform generates it or
 * the definition names the customer; the customer's own records it
 * uploads stay its data, and the service's predictions its output.
 */
static void test_usage_the_platform_generates(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "\"Operational Data\" means information generated by the Platform about the "
		  "Company's use of the Service.\n", "Operational Data", "Usage Data" },
		{ PARTIES "\"Interaction Records\" means records of Users' interactions with the "
		  "Platform generated by the Platform.\n", "Interaction Records", "Usage Data" },
		{ PARTIES "\"Service Signals\" means data generated by the System concerning the "
		  "Company's use of the System.\n", "Service Signals", "Usage Data" },
		{ PARTIES "\"Operational Data\" means the operating records, production logs and "
		  "maintenance histories of the Company that the Company uploads to the Platform.\n",
		  "Operational Data", "Customer Data" },
		{ PARTIES "\"Claim Data\" means information generated by the Platform from the "
		  "Company's claim files.\n", "Claim Data", "Output" },
		{ PARTIES "\"Traffic Data\" means information about the use of the Company's website by "
		  "its visitors that the Company uploads to the Platform.\n", "Traffic Data",
		  "Customer Data" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A version of a model, or of a language engine, that the vendor tunes on
 * the customer's data in a clause right after it is the custom model; not
 * a rules engine, nor one tuned "later" or only released.
 */
static void test_version_the_vendor_tunes(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "\"Encounter Notes\" means the consultation notes which the Company transmits "
		  "to the Service Provider.\n\"Adapted Engine\" means the version of the Service "
		  "Provider's language engine that the Service Provider fine-tunes on Encounter Notes "
		  "for the Company.\n", "Adapted Engine", "Custom Model" },
		{ PARTIES "\"Encounter Notes\" means the consultation notes which the Company transmits "
		  "to the Service Provider.\n\"Tuned Copy\" means a copy of the Model that we train on "
		  "Encounter Notes.\n", "Tuned Copy", "Custom Model" },
		{ PARTIES "\"Rules Copy\" means the version of the Service Provider's rules engine that "
		  "the Service Provider configures on request.\n", "Rules Copy", "-" },
		{ PARTIES "\"Encounter Notes\" means the consultation notes which the Company transmits "
		  "to the Service Provider.\n\"Later Copy\" means the version of the Service "
		  "Provider's language engine that the Service Provider later tunes on Encounter "
		  "Notes.\n", "Later Copy", "-" },
		{ PARTIES "\"Engine Release\" means the version of the Service Provider's language "
		  "engine that the Service Provider releases on the Platform.\n", "Engine Release", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Work product the vendor must deliver, or makes, for the customer, in the
 * active voice, is deliverables whatever its name; not what the customer
 * delivers, what the vendor made outside the contract, notices, nor what
 * is delivered to no one named.
 */
static void test_work_the_vendor_must_deliver(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "\"Project Products\" means the reports, configurations and documentation "
		  "that the Service Provider is required to deliver to the Company under a Statement "
		  "of Work.\n", "Project Products", "Deliverables" },
		{ PARTIES "\"Build Items\" means the designs and code which the Service Provider "
		  "develops for the Company.\n", "Build Items", "Deliverables" },
		{ PARTIES "\"Company Papers\" means the documents that the Company delivers to the "
		  "Service Provider.\n", "Company Papers", "Customer Data" },
		{ PARTIES "\"Prior Works\" means the software that the Service Provider developed "
		  "independently for the Company.\n", "Prior Works", "-" },
		{ PARTIES "\"Notices\" means the notices that the Service Provider delivers to the "
		  "Company.\n", "Notices", "-" },
		{ PARTIES "\"Level Reports\" means the reports that the Service Provider delivers on "
		  "service levels.\n", "Level Reports", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What the vendor's agent issues to the customer's people is output; the
 * noun "issues" after a machine word is not a verb of making.
 */
static void test_what_an_agent_issues(void **state)
{
	static const struct read_case cases[] = {
		{ PARTIES "\"Route Advisories\" means the route recommendations that the routing agent "
		  "issues to the Company's dispatchers.\n", "Route Advisories", "Output" },
		{ PARTIES "\"Alerts\" means the notices the System issues for each flagged claim.\n",
		  "Alerts", "Output" },
		{ PARTIES "\"Incidents\" means the Service issues reported by the Company.\n",
		  "Incidents", "-" },
		{ PARTIES "\"Open Items\" means the issues the Platform tracks for the Company.\n",
		  "Open Items", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * "PARTY A (Purchaser):" heads its field in capitals and "Party A" is
 * used after: the party is named as it is used, so what is collected on
 * "Party A's inspection machines" is the customer's data.
 */
static void test_lettered_party_in_capitals(void **state)
{
#define LETTERED_PARTIES "ECONOMIC CONTRACT\n\nPARTY A (Purchaser): DONG SON TEXTILE JOINT " \
	"STOCK COMPANY\nAddress: Industrial Zone\n\nPARTY B (Supplier): LOOMVIEW TECHNOLOGY " \
	"COMPANY LIMITED\nAddress: District 1\n\n"
	static const struct read_case cases[] = {
		{ LETTERED_PARTIES "1.2 \"Production Images\" means the fabric images and defect "
		  "labels collected by the cameras installed on Party A's inspection machines.\n"
		  "7.2 Production Images belong to Party A.\n", "Production Images", "Customer Data" },
		{ LETTERED_PARTIES "1.2 \"Line Images\" means the fabric images collected on Party "
		  "A's production lines.\n7.2 Party B shall delete Line Images.\n", "Line Images",
		  "Customer Data" },
		/* The vendor's machines capture nothing of the customer's. */
		{ LETTERED_PARTIES "1.2 \"Reference Images\" means the fabric images collected by "
		  "the cameras installed on Party B's test machines.\n7.2 Reference Images belong "
		  "to Party B.\n", "Reference Images", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Terms defined inline, in a running sentence: what the service makes by
 * a second verb, 'The Service analyzes the imagery you upload ("Field
 * Imagery") and generates weed maps ... ("Results")'; the thing named
 * again before the term, '(such imagery, "Field Imagery")'; and an
 * unquoted term after the words that say where it holds, "In this
 * Agreement, Results means ...".
 */
static void test_inline_and_lead_in_definitions(void **state)
{
#define WE_YOU "These Terms are between you and Fieldwise Labs, Inc. (\"Fieldwise\", \"we\" or " \
	"\"us\").\n"
	static const struct read_case cases[] = {
		{ WE_YOU "1.1 The Service analyzes aerial and drone imagery you upload (\"Field "
		  "Imagery\") and generates weed maps, species identifications, prescription maps "
		  "for variable-rate spraying and related recommendations (\"Results\").\n"
		  "4.1 We own the Results.\n", "Results", "Output" },
		{ WE_YOU "1.1 The Service analyzes aerial and drone imagery you upload (\"Field "
		  "Imagery\") and generates weed maps (\"Results\").\n4.1 We own the Results.\n",
		  "Field Imagery", "Customer Data" },
		{ WE_YOU "1.1 Our platform reads the scans you submit and produces defect reports "
		  "(\"Findings\").\n4.1 You own the Findings.\n", "Findings", "Output" },
		/* What the service gives back to the customer is no new thing made. */
		{ WE_YOU "1.1 The Service stores your files and returns copies to you (\"Copies\").\n"
		  "4.1 You own the Copies.\n", "Copies", "-" },
		/* Money is no output. */
		{ WE_YOU "1.1 The Service tracks your usage and generates monthly invoices "
		  "(\"Invoices\").\n4.1 Invoices are payable in 30 days.\n", "Invoices", "-" },
		/* Another subject: the customer makes it. */
		{ WE_YOU "1.1 You review the imagery and create field notes (\"Notes\").\n"
		  "4.1 You own the Notes.\n", "Notes", "-" },
		{ WE_YOU "1.1 You may upload aerial or drone imagery of your fields to the Service "
		  "(such imagery, \"Field Imagery\").\n4.1 We will delete Field Imagery.\n",
		  "Field Imagery", "Customer Data" },
		{ WE_YOU "1.1 The Service produces weed maps for each field you map (such maps, "
		  "\"Weed Maps\").\n4.1 We own the Weed Maps.\n", "Weed Maps", "Output" },
		{ WE_YOU "In this Agreement, Scores means the risk scores the Service generates.\n"
		  "4.1 We own the Scores.\n", "Scores", "Output" },
		{ WE_YOU "For the purposes of these Terms, Farm Records means the yield data and "
		  "field records you upload to the Service.\n4.1 We will delete Farm Records.\n",
		  "Farm Records", "Customer Data" },
		/* A lead-in before no definition defines nothing. */
		{ WE_YOU "In this Agreement, Scores are reviewed monthly.\n", "Scores", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A term defined as the union of two others after them, 'Input and Output
 * together are "Customer Content"', takes both their classes, as
 * "collectively" does; "together are" before no quote defines nothing.
 */
static void test_union_together_are(void **state)
{
	static const struct read_case cases[] = {
		{ WE_YOU "5.1 \"Input\" means prompts, files and other material you submit to the "
		  "Services, and \"Output\" means content the Services return to you. Input and "
		  "Output together are \"Customer Content\".\n5.3 You grant us a licence to use "
		  "Customer Content to improve the Services.\n", "Customer Content",
		  "Customer Data and Output" },
		{ WE_YOU "5.1 \"Prompts\" means the text you submit to the Services. \"Responses\" "
		  "means the text the Services generate. Prompts and Responses together constitute "
		  "\"Your Content\".\n5.3 We may use Your Content.\n", "Your Content",
		  "Customer Data and Output" },
		{ WE_YOU "5.1 \"Prompts\" means the text you submit to the Services. The Prompts and "
		  "our logs together are kept for 30 days under the \"Retention Policy\".\n",
		  "Retention Policy", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What the customer routes to the vendor is given to it, as
 * what it sends is: "the booking ... messages that the Customer routes to
 * the Supplier"; then weights adjusted on it are the custom model.  A
 * route the vendor plans is no gift.
 */
static void test_routed_to_the_vendor(void **state)
{
#define FEED_PARTIES "This Agreement is between Harbor Freight Lines Ltd (the \"Customer\") and " \
	"Routewise Analytics Ltd (the \"Supplier\").\n"
	static const struct read_case cases[] = {
		{ FEED_PARTIES "\"Shipment Feeds\" means the booking, tracking and exception messages "
		  "that the Customer routes to the Supplier through the integration gateway.\n"
		  "2.1 The Supplier shall delete Shipment Feeds.\n", "Shipment Feeds", "Customer Data" },
		{ FEED_PARTIES "\"Carrier Messages\" means the carrier messages that the Customer routes "
		  "to the Supplier.\n2.1 The Supplier shall delete Carrier Messages.\n", "Carrier Messages",
		  "Customer Data" },
		{ FEED_PARTIES "\"Shipment Feeds\" means the booking, tracking and exception messages "
		  "that the Customer routes to the Supplier through the integration gateway.\n"
		  "\"Company-Specific Weights\" means the model weights adjusted by the Supplier using "
		  "the Shipment Feeds.\n2.1 The Customer owns the Company-Specific Weights.\n",
		  "Company-Specific Weights", "Custom Model" },
		/* The vendor routes its own messages: not the customer's. */
		{ FEED_PARTIES "\"Dispatch Messages\" means the messages that the Supplier routes to "
		  "drivers.\n2.1 The Supplier owns Dispatch Messages.\n", "Dispatch Messages", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A term defined as the custom model together with what it produces is
 * both ('"Work Results" means the Yield Model, every retrained version of
 * it, and all estimates, maps and reports it produces'): owning it is
 * owning the model and its outputs.  Not the vendor's base model with its
 * outputs, nor a list that leaves the products out.
 */
#define CLAIMS PARTIES "1.1 \"Claims Data\" means all claim files provided by the Company.\n"

static void test_model_with_its_products(void **state)
{
	static const struct read_case cases[] = {
		{ CLAIMS "1.2 \"Claims Model\" means the model the Service Provider trains for the "
		  "Company on Claims Data.\n1.3 \"Work Results\" means the Claims Model, every "
		  "improved or retrained version of it, and all estimates, maps and reports it "
		  "produces.\n", "Work Results", "Custom Model and Output" },
		{ CLAIMS "1.2 \"Claims Model\" means the model the Service Provider trains for the "
		  "Company on Claims Data.\n1.3 \"Project Results\" means the Claims Model and "
		  "all scores and reports generated by it.\n", "Project Results",
		  "Custom Model and Output" },
		{ CLAIMS "1.2 \"Claims Model\" means the model the Service Provider trains for the "
		  "Company on Claims Data.\n1.3 \"Foreground\" means the Claims Model, its weights "
		  "and every prediction it generates.\n", "Foreground", "Custom Model and Output" },
		{ CLAIMS "1.2 \"Claims Model\" means the model the Service Provider trains for the "
		  "Company on Claims Data.\n1.3 \"Work Results\" means the Claims Model and its "
		  "documentation, excluding any reports it produces.\n", "Work Results", "-" },
		{ CLAIMS "1.2 \"Yield Model\" means the machine-learning model that estimates "
		  "claim costs, including its weight files.\n1.3 \"Work Results\" means the Yield "
		  "Model and all estimates and reports it produces.\n", "Work Results",
		  "Deliverables and Output" },
		{ CLAIMS "1.2 \"Base Engine\" means the Service Provider's pre-existing general "
		  "model.\n1.3 \"Engine Results\" means the Base Engine and all reports it "
		  "produces.\n", "Engine Results", "-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Adjustments of a model the customer itself makes, told by a relative
 * clause with the customer as its subject ("which the Licensee produces",
 * "that Client performs", "that you make"), are the customer's model as
 * much as those made "by" it; not those the vendor makes.
 */
static void test_adaptations_the_customer_makes(void **state)
{
#define LICENSEE_PARTIES "This Agreement is between Nordrisk GmbH (the \"Licensor\") and " \
	"Hafen Versicherung AG (the \"Licensee\").\n"
	static const struct read_case cases[] = {
		{ LICENSEE_PARTIES "1.5 \"Licensee Calibrations\" means adjustments of the vulnerability "
		  "functions or other model parameters which the Licensee produces with the Calibration "
		  "Module on the basis of its own loss data.\n", "Licensee Calibrations", "Custom Model" },
		{ PARTIES "\"Company Tunings\" means any fine-tuning of the scoring model that the "
		  "Company performs using the Tuning Console.\n", "Company Tunings", "Custom Model" },
		{ "These Terms are between you and us, Quillmark Inc.\n\"Your Adjustments\" means the "
		  "calibrations of model parameters that you make in the Console.\n", "Your Adjustments",
		  "Custom Model" },
		/* The vendor's own adjustments stay unread. */
		{ LICENSEE_PARTIES "1.5 \"Platform Calibrations\" means adjustments of the model "
		  "parameters which the Licensor produces for all its licensees.\n", "Platform Calibrations",
		  "-" },
	};
#undef LICENSEE_PARTIES

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A definitions list in sentence case ("Conversation transcripts: the
 * text of ..."), under a definitions heading or a lead-in that says
 * definitions follow, defines its terms as the list in capitals does.  Not
 * outside such a list, nor a label over a sentence ("Data handling: the
 * Service Provider shall ..."), nor a heading over a figure ("Payment
 * terms: 30 days"), nor past the next heading.
 */
static void test_sentence_case_definitions(void **state)
{
#define SC_BODY "Conversation transcripts: the text of the conversations that the Company's " \
	"users submit to the Services.\n"
	static const struct read_case cases[] = {
		{ PARTIES "Definitions\n" SC_BODY, "Conversation transcripts", "Customer Data" },
		{ PARTIES "The following definitions apply in this agreement:\n" SC_BODY,
		  "Conversation transcripts", "Customer Data" },
		{ PARTIES "DEFINITIONS AND INTERPRETATION\nBusiness Day: a day other than a "
		  "weekend.\nClaim files: all documents and images that the Company uploads to the "
		  "Services.\n", "Claim files", "Customer Data" },
		{ PARTIES "Defined terms:\nTuned model: the version of the Service Provider's model "
		  "fine-tuned on the claim files that the Company uploads.\n", "Tuned model", "Custom Model" },
		/* No definitions list: a label and a sentence. */
		{ PARTIES "Services\n" SC_BODY, "Conversation transcripts", "-" },
		{ PARTIES SC_BODY, "Conversation transcripts", "-" },
		/* Past the next heading the list has ended. */
		{ PARTIES "Definitions\nBusiness Day: a day other than a weekend.\n"
		  "Data Protection\n" SC_BODY, "Conversation transcripts", "-" },
		/* A label over a duty, or over a figure, defines nothing. */
		{ PARTIES "Definitions\nData handling: the Service Provider shall delete all "
		  "files the Company uploads to the Services.\n", "Data handling", "-" },
		{ PARTIES "Definitions\nClaim files: 30 files a month that the Company uploads "
		  "to the Services.\n", "Claim files", "-" },
		/* A lead-in that says no definitions follow opens no list. */
		{ PARTIES "The Company shall provide the following:\n" SC_BODY,
		  "Conversation transcripts", "-" },
	};
#undef SC_BODY

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A model the vendor fits to the customer is the custom model by whatever
 * name: a parenthesis closing the clause that adapts, tunes, trains or
 * calibrates a model to the customer or its things, and a quoted name
 * whose "that" clause says so (also where an order form's line named it
 * first).  Not a model trained for all, a refusal to tune, the services
 * the adaptation serves, nor a version named after a new head; and an
 * order line counting a term in the plural defines nothing.
 */
#define WE_AND_YOU "These Terms are between Kestrel AI Inc. (\"we\", \"us\") and the customer " \
	"(\"you\").\n"
static void test_models_fitted_to_the_customer(void **state)
{
	static const struct read_case cases[] = {
		{ WE_AND_YOU "6.1 If you subscribe to the add-on, we will adapt our models to your "
		  "call types, scripts and vocabulary (an \"Account Model\").\n", "Account Model",
		  "Custom Model" },
		{ WE_AND_YOU "1.4 We may tune a \"Style Profile\" that adapts our models to your "
		  "house style, using your archive and the edits your editors make.\n",
		  "Style Profile", "Custom Model" },
		{ WE_AND_YOU "1.4 We may tune a \"Style Profile\" that adapts our models to your "
		  "house style.\nOrder\nStyle Profile: included\n", "Style Profile", "Custom Model" },
		{ WE_AND_YOU "We will fine-tune our language model on your support tickets to create "
		  "a version for your use (the \"Brand Engine\").\n", "Brand Engine", "Custom Model" },
		{ PARTIES "The Service Provider shall calibrate its scoring model to the Company's "
		  "historic claims files (the \"Calibrated Scorecard\").\n", "Calibrated Scorecard",
		  "Custom Model" },
		{ PARTIES "The Service Provider shall build a \"Claims Profile\" which tailors its "
		  "models to the Company's claims handbook.\n", "Claims Profile", "Custom Model" },
		{ WE_AND_YOU "We train our models on your Content and the content of our other "
		  "customers (the \"Shared Models\").\n", "Shared Models", "Model" },
		{ WE_AND_YOU "We will not tune our models to your data (the \"Standard Engine\").\n",
		  "Standard Engine", "-" },
		{ WE_AND_YOU "We adapt our models to your needs to provide the Services (the "
		  "\"Services\").\n", "Services", "-" },
		{ WE_AND_YOU "We may offer a \"Starter Pack\" that adapts our models to the needs of "
		  "all our customers.\n", "Starter Pack", "-" },
		{ WE_AND_YOU "We may create a \"Usage Report\" that summarises how our models were "
		  "used by your users.\n", "Usage Report", "-" },
		{ PARTIES "1.3 \"Tuned Model\" means the model produced by the Service Provider by "
		  "fine-tuning the Base Model on Company Data, including its weights, and each "
		  "version of it delivered under Section 3 (a \"Release\").\n", "Release", "-" },
		{ WE_AND_YOU "\"Custom Classifier\" means a classifier configured or trained by us "
		  "using your labelled examples.\nOrder\nCustom Classifiers: up to three (3) Custom "
		  "Classifiers trained on labelled examples supplied by you\n", "Custom Classifiers",
		  "-" },
		{ WE_AND_YOU "\"Custom Classifier\" means a classifier configured or trained by us "
		  "using your labelled examples.\nOrder\nCustom Classifiers: up to three (3) Custom "
		  "Classifiers trained on labelled examples supplied by you\n", "Custom Classifier",
		  "Custom Model" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_owner_named_with_an_accent),
		cmocka_unit_test(test_customer_with_an_accent_gives_and_is_served),
		cmocka_unit_test(test_customer_with_an_accent_in_the_word_scans),
		cmocka_unit_test(test_terms_before_other_customer_data),
		cmocka_unit_test(test_adapters_tuned_on_customer_data),
		cmocka_unit_test(test_incidents_of_confidentiality_by_name),
		cmocka_unit_test(test_data_about_the_customers_people),
		cmocka_unit_test(test_definitions_in_lists),
		cmocka_unit_test(test_judgements_of_a_model_term),
		cmocka_unit_test(test_a_list_of_other_deliverables),
		cmocka_unit_test(test_weights_learned_from_customer_data),
		cmocka_unit_test(test_entered_into_or_uploaded),
		cmocka_unit_test(test_kinds_of_model_joined_before_models),
		cmocka_unit_test(test_a_set_of_weights_is_a_model),
		cmocka_unit_test(test_what_a_model_term_makes_is_output),
		cmocka_unit_test(test_a_verb_of_writing_that_ends_the_definition),
		cmocka_unit_test(test_captured_relating_to_the_customers_place),
		cmocka_unit_test(test_no_term_of_a_verb_or_a_policy),
		cmocka_unit_test(test_supplied_by_the_customer_by_name_or_generated),
		cmocka_unit_test(test_an_assenting_subject_and_a_purpose_of_use),
		cmocka_unit_test(test_background_ip_by_what_it_is),
		cmocka_unit_test(test_a_model_made_by_its_maker_from_customer_data),
		cmocka_unit_test(test_what_a_plural_machine_returns),
		cmocka_unit_test(test_pre_existing_things_of_the_vendor),
		cmocka_unit_test(test_deliverables_by_what_they_are),
		cmocka_unit_test(test_what_the_vendor_makes_for_the_customer),
		cmocka_unit_test(test_a_model_from_customer_data_before_a_parenthesis),
		cmocka_unit_test(test_events_a_breach_and_a_change),
		cmocka_unit_test(test_a_third_party_model_provider),
		cmocka_unit_test(test_both_sides_secrets),
		cmocka_unit_test(test_own_or_third_party_models),
		cmocka_unit_test(test_an_assenting_subject_before_more_words),
		cmocka_unit_test(test_output_an_agent_generates),
		cmocka_unit_test(test_data_derived_and_deidentified),
		cmocka_unit_test(test_a_model_adjusted_on_customer_data),
		cmocka_unit_test(test_taken_by_the_vendor_under_the_contract),
		cmocka_unit_test(test_vendor_tools_whenever_made),
		cmocka_unit_test(test_model_fitted_by_customer_data),
		cmocka_unit_test(test_rights_in_made_material),
		cmocka_unit_test(test_givers_of_the_customers_side),
		cmocka_unit_test(test_usage_the_platform_generates),
		cmocka_unit_test(test_version_the_vendor_tunes),
		cmocka_unit_test(test_work_the_vendor_must_deliver),
		cmocka_unit_test(test_what_an_agent_issues),
		cmocka_unit_test(test_lettered_party_in_capitals),
		cmocka_unit_test(test_inline_and_lead_in_definitions),
		cmocka_unit_test(test_union_together_are),
		cmocka_unit_test(test_routed_to_the_vendor),
		cmocka_unit_test(test_model_with_its_products),
		cmocka_unit_test(test_adaptations_the_customer_makes),
		cmocka_unit_test(test_sentence_case_definitions),
		cmocka_unit_test(test_models_fitted_to_the_customer),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

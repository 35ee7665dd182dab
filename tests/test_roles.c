/* roles: parties and defined terms read from a contract's own words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "engine.h"
#include "load.h"
#include "roles.h"
#include "roles_internal.h"
#include "roles_words.h"
#include "textdoc.h"

static const char pack[] =
	"areas: [{id: data, title: Data}]\n"
	"types: [{id: data.training, area: data}]\n"
	"placeholders:\n"
	"  vendor_noun: 'vendor|provider|supplier|licensor|contractor|company'\n"
	"  customer_noun: 'customer|client|licensee|buyer'\n"
	"  vendor: '\\b(?:the )?(?:{vendor_noun})\\b'\n"
	"rules:\n"
	"  - id: train\n"
	"    type: data.training\n"
	"    stance: adverse\n"
	"    keywords: [train]\n"
	"    patterns: ['{vendor} may use customer data to train']\n";

static struct ruleset rs;

static int setup(void **state)
{
	(void)state;
	ruleset_init(&rs);
	if (ruleset_add_pack(&rs, "roles.yaml", pack, strlen(pack)) || ruleset_compile(&rs))
		return -1;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	ruleset_release(&rs);
	return 0;
}

/* The text as the loader reads it: clause numbers become labels. */
static void load_doc(struct document *doc, const char *text)
{
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct buf err = BUF_INIT;

	document_init(doc, "c.txt");
	assert_int_equal(load_memory(doc, "c.txt", (const unsigned char *)text, strlen(text),
				     &opt, &err), 0);
	buf_release(&err);
}

static const struct party *party(const struct roles *r, const char *alias)
{
	size_t i;

	for (i = 0; i < r->nparties; i++)
		if (strcmp(r->parties[i].alias, alias) == 0)
			return &r->parties[i];
	return NULL;
}

static const struct defined_term *term(const struct roles *r, const char *t)
{
	size_t i;

	for (i = 0; i < r->nterms; i++)
		if (strcmp(r->terms[i].term, t) == 0)
			return &r->terms[i];
	return NULL;
}

static void test_names_beside_role_nouns(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement (the \"Agreement\") is made by and between Premier Foods, LLC, a "
		 "Delaware limited liability company (\"Buyer\" or \"PNC\"), and Dairy Co. Inc., a "
		 "California corporation (\xE2\x80\x9CSupplier\xE2\x80\x9D or \xE2\x80\x9C" "DCI\xE2\x80\x9D).\n"
		 "PNC shall pay DCI within 30 days.\n");
	roles_find(rf, &doc, &r);
	assert_null(party(&r, "Agreement"));
	assert_int_equal(party(&r, "Buyer")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "PNC")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Supplier")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "DCI")->role, ROLE_VENDOR);
	assert_string_equal(party(&r, "DCI")->why, "defined beside a role noun");
	/* "PNC" twice in the preamble and once in the body, "DCI" likewise. */
	assert_int_equal(r.nsubst, 4);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Buyers that are no company: a hospital trust, a bank, a university
 * "body corporate".  Their names count where a party is named ("between
 * ... and ..."), not in a definition that mentions a public body, and
 * what a party holds is no party.
 */
static void test_institutions_as_parties(void **state)
{
	static const struct {
		const char *text;
		const char *party, *other;      /* other: NULL when none */
		enum party_role role;
	} cases[] = {
		{ "This Agreement is made between Harrowgate Royal Hospital NHS Foundation Trust "
		  "(the \"Hospital\") and Quillon Medical Limited, a company registered in England "
		  "(the \"Supplier\").\n", "Hospital", "Supplier", ROLE_CUSTOMER },
		{ "This Addendum supplements the Agreement between Eastbridge Savings Bank, N.A. "
		  "(\"Bank\") and Lumenfold Analytics, Inc. (\"Vendor\").\n", "Bank", "Vendor",
		  ROLE_CUSTOMER },
		{ "This Agreement is made by and between Acme Health Inc. (\"Vendor\") and "
		  "Springfield General Hospital (\"Hospital\").\n", "Hospital", "Vendor",
		  ROLE_CUSTOMER },
		{ "This Agreement is made between Acme Robotics Corp. (\"Licensee\") and the "
		  "University of Eastmoor, a body corporate established by statute (the "
		  "\"University\").\n", "University", "Licensee", ROLE_VENDOR },
		/* "entered into by" opens the list as "between" does. */
		{ "This Agreement is entered into by Harbourside Savings Bank, N.A. (the "
		  "\"Institution\") and Corvane Analytics, LLC (the \"Vendor\").\n", "Institution",
		  "Vendor", ROLE_CUSTOMER },
		{ "This Licence is made by Lakemoor Community Hospital (the \"Hospital\") and "
		  "Pellucid Vision Ltd (the \"Supplier\").\n", "Hospital", "Supplier", ROLE_CUSTOMER },
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		textdoc_lines(&doc, "c.txt", cases[i].text);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, cases[i].party));
		assert_int_equal(party(&r, cases[i].party)->role, cases[i].role);
		assert_non_null(party(&r, cases[i].other));
		roles_release(&r);
		document_release(&doc);
	}
	/* A company named before a numbered clause is not the clause's alias's. */
	textdoc_lines(&doc, "c.txt",
		 "By creating an API key you agree to these Terms. \"We\" and \"us\" mean "
		 "Quillbyte Labs, Inc.; \"you\" means the person using the API.\n"
		 "1.1 You own your prompts and other inputs (\"Inputs\").\n");
	doc.paras[1].clause = "1.1";
	roles_find(rf, &doc, &r);
	assert_null(party(&r, "Inputs"));
	roles_release(&r);
	document_release(&doc);
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made by and between Acme Inc. (\"Vendor\") and Beta LLC "
		 "(\"Customer\"), using sensor data supplied by the Customer (the \"Customer Data\").\n"
		 "Fees rise with the index compiled by the Bureau of Labor Statistics of the United "
		 "States Department of Labor (the \"Index\").\n"
		 "Acme, a member institution of The University of Texas System (\"System\"), agrees.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Vendor"));
	assert_null(party(&r, "Customer Data"));
	assert_null(party(&r, "Index"));
	assert_null(party(&r, "System"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A reseller or distributor named only as "the Reseller", with no
 * preamble alias: the vendor's customer where the contract speaks of the
 * vendor by its role noun ("the Provider"), the customer's vendor where it
 * speaks of the customer; neither where it speaks of both or of none, or
 * where it names the word only in a title ("the Reseller Agreement").
 */
static void test_undefined_reseller(void **state)
{
	static const struct {
		const char *text;
		enum party_role role;          /* ROLE_UNKNOWN: no party */
	} cases[] = {
		{ "1. The Provider will make the Platform available to the Reseller. The Reseller "
		  "shall pay the fees.\n", ROLE_CUSTOMER },
		{ "1. The Distributor shall deliver the Products to the Customer. The Customer shall "
		  "pay the Distributor within 30 days.\n", ROLE_VENDOR },
		{ "1. The Reseller may use Customer Data to train its models. The Reseller shall "
		  "tell the Client.\n", ROLE_VENDOR },
		/* Both sides named: a chain of three, no role. */
		{ "1. The Provider sells to the Reseller. The Reseller resells to the Customer.\n",
		  ROLE_UNKNOWN },
		/* Neither side named. */
		{ "1. The Reseller shall keep records. The Reseller shall file reports.\n",
		  ROLE_UNKNOWN },
		/* Only a title. */
		{ "1. The Provider shall comply with the Reseller Agreement and the Reseller "
		  "Policy.\n", ROLE_UNKNOWN },
		/* Defined as a term, not a party: its definition decides. */
		{ "1. The Provider supplies the Fund's distributor (the \"Distributor\"). The "
		  "Provider shall inform the Distributor. The Distributor may approve.\n",
		  ROLE_UNKNOWN },
		/* Once only. */
		{ "1. The Provider shall notify the Reseller.\n", ROLE_UNKNOWN },
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		const char *w = strstr(cases[i].text, "Distributor") ? "Distributor" : "Reseller";

		textdoc_lines(&doc, "c.txt", cases[i].text);
		roles_find(rf, &doc, &r);
		if (cases[i].role == ROLE_UNKNOWN) {
			assert_null(party(&r, w));
		} else {
			assert_non_null(party(&r, w));
			assert_int_equal(party(&r, w)->role, cases[i].role);
		}
		roles_release(&r);
		document_release(&doc);
	}
	/* A preamble alias stands: the defined Reseller keeps its own reading. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Northwind GmbH (\"Supplier\") and Tallow BV "
		 "(\"Reseller\").\nThe Supplier will make the Platform available to the Reseller. "
		 "The Reseller shall pay.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Reseller"));
	assert_int_equal(party(&r, "Reseller")->role, ROLE_CUSTOMER);
	assert_string_not_equal(party(&r, "Reseller")->why, "undefined role word");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * "hereinafter" names: both found, the later one after a company's address,
 * and the search goes on past each (it once restarted from a stale offset).
 */
static void test_hereinafter_names(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Teardrop Golf Company (hereinafter referred to as "
		 "\"TPC\"), and Consolidated Artists Inc., Phillips Street, St. Helier, Jersey "
		 "(hereinafter referred to as \"Consolidated Artists\").\n"
		 "1. TPC shall pay Consolidated Artists the Fees.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "TPC"));
	assert_non_null(party(&r, "Consolidated Artists"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Company suffixes beyond the English ones end a name too ("Kabushiki
 * Kaisha", "K.K."); "an individual" is a person only where it qualifies
 * nothing: "an individual agreement" names no party.
 */
static void test_names_of_other_jurisdictions(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "Mizuho Seiki Kabushiki Kaisha (hereinafter referred to as \"Mizuho\") and "
		 "Tessera AI K.K. (hereinafter referred to as \"Tessera\") hereby enter into "
		 "this Agreement.\n"
		 "The parties shall execute an individual agreement (the \"Individual Agreement\") "
		 "for each stage.\n"
		 "Tessera shall deliver the Deliverables and provide support. Mizuho shall pay the "
		 "fees. Mizuho shall pay the expenses.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Mizuho"));
	assert_int_equal(party(&r, "Mizuho")->role, ROLE_CUSTOMER);
	assert_non_null(party(&r, "Tessera"));
	assert_int_equal(party(&r, "Tessera")->role, ROLE_VENDOR);
	assert_null(party(&r, "Individual Agreement"));
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Harbor Bank plc (\"Client\") and Jane Doe, an "
		 "individual residing in London (\"Adviser\").\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Adviser"));
	assert_int_equal(party(&r, "Adviser")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Names written the ways online terms write them: emphasis inside the
 * quotes, a name defined as "means <company>", the second name of a pair
 * with no company suffix, and an abbreviation that is not a party.
 */
/* "Company" names either side; the other party's role decides it. */
static void test_company_is_either_side(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made by and between Lumen Labs, Inc., a Delaware corporation "
		 "(\"Vendor\"), and Harbor Retail LLC, a New York limited liability company "
		 "(\"Company\").\n"
		 "1. Company shall defend and indemnify Vendor against claims.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Vendor")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Company")->role, ROLE_CUSTOMER);
	assert_string_equal(party(&r, "Company")->why, "the other party");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * The other party of two: an alias that names no party ('the Halden
 * Enterprise Terms (the "Terms")') does not make a third, and a maker
 * the recitals name is no party of the contract.
 */
static void test_other_party_of_two(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Order Form is entered into between Halden Labs, Inc. (\"Halden\") and the "
		 "customer named above (\"Customer\") and is governed by the Halden Enterprise "
		 "Terms (the \"Terms\").\n"
		 "1. Halden will fine-tune the model.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Customer")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Halden")->role, ROLE_VENDOR);
	assert_string_equal(party(&r, "Halden")->why, "the other party");
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "This Agreement is entered into by and between Westvale Health System, Inc., an "
		 "Ohio nonprofit corporation (\"Hospital\"), and Brightline Imaging, LLC, a Delaware "
		 "limited liability company (\"Reseller\").\n"
		 "RECITALS\n"
		 "A. Norrow Diagnostics, Inc. (the \"Manufacturer\") develops the Software.\n"
		 "1. Reseller shall provide support services to Hospital.\n"
		 "2. Reseller shall deliver the Software to Hospital.\n"
		 "3. Reseller shall provide training to Hospital.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Reseller")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Hospital")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Manufacturer")->role, ROLE_UNKNOWN);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * pronoun_lists looks for the bytes that may open a quote with memchr, one
 * byte at a time: a list is found after apostrophes, dashes (whose first
 * byte is a curly quote's) and straight quotes that open none, and a
 * quote in the text's last byte ends the search.
 */
static void test_we_list_after_quote_bytes(void **state)
{
	static const char *const texts[] = {
		"Fenwick's app \xE2\x80\x94 the \"Service\" \xE2\x80\x94 is run by Tallowmere Ltd "
		"(\"we\", \"us\" or \"our\").\nTallowmere Ltd may suspend the Service.\n\"",
		"Tallowmere Ltd (\xE2\x80\x9Cwe\xE2\x80\x9D, \xE2\x80\x9Cus\xE2\x80\x9D) "
		"runs Fenwick's app.\nTallowmere Ltd may suspend the app. It's \"as is\"'",
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	assert_non_null(rf);
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		textdoc_lines(&doc, "c.txt", texts[i]);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, "Tallowmere Ltd"));
		assert_int_equal(party(&r, "Tallowmere Ltd")->role, ROLE_VENDOR);
		roles_release(&r);
		document_release(&doc);
	}
	roles_finder_free(rf);
}

static void test_names_in_online_terms(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "These Terms (\"**Terms**\") are an agreement between Nimbus and the business "
		 "you represent (\"**Customer**\"). \"**Nimbus**\" means Nimbus Ireland Limited if "
		 "Customer resides in the European Economic Area (\"**EEA**\"), and Nimbus, PBC "
		 "otherwise.\n"
		 "1. Nimbus will provide the Services and Nimbus will host the platform.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Customer")->role, ROLE_CUSTOMER);
	assert_non_null(party(&r, "Nimbus"));
	assert_int_equal(party(&r, "Nimbus")->role, ROLE_VENDOR);
	assert_null(party(&r, "EEA"));
	assert_null(party(&r, "**Customer**"));
	roles_release(&r);
	document_release(&doc);

	/* The first person defined as the company, as consumer terms do. */
	textdoc_lines(&doc, "c.txt",
		 "Certain words have a particular meaning:\n"
		 "* Words like \xE2\x80\x9C**we**\xE2\x80\x9D, \xE2\x80\x9C**us**\xE2\x80\x9D, and "
		 "\xE2\x80\x9C**our**\xE2\x80\x9D means Cirrus Labs, the company that offers the app.\n"
		 "* \"We\" does not mean Other Co here; \"our team\" means Staff.\n"
		 "1. Cirrus Labs may use Your Content to improve the app.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Cirrus Labs"));
	assert_int_equal(party(&r, "Cirrus Labs")->role, ROLE_VENDOR);
	assert_string_equal(party(&r, "Cirrus Labs")->why, "defined as \"we\"");
	assert_null(party(&r, "Other Co"));
	assert_null(party(&r, "Staff"));
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "This Order is between the entity agreeing to it (\"Client\") and the Contracting "
		 "Party defined below (\"Stratus\").\n"
		 "1. Stratus will host the platform.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Client")->role, ROLE_CUSTOMER);
	assert_non_null(party(&r, "Stratus"));
	assert_int_equal(party(&r, "Stratus")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

static void test_company_names_by_their_uses(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Services Agreement is entered into by Modelworks Inc., a Delaware corporation "
		 "(\"Modelworks\"), and Harbor Bank plc, a company registered in England (\"Harbor\").\n"
		 "1. Modelworks shall provide the Services and shall deliver the Model.\n"
		 "2. Modelworks will host the platform. Harbor shall pay the Fees.\n"
		 "3. Harbor's data stays with Harbor.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Modelworks")->role, ROLE_VENDOR);
	assert_string_equal(party(&r, "Modelworks")->why, "supplies under the contract");
	/* Harbor pays and owns the data: the customer. */
	assert_int_equal(party(&r, "Harbor")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * An escrow agreement has three parties: the depositor is the vendor
 * opposite the licensee or beneficiary, and the escrow agent is neither,
 * though it "provides" its service.
 */
static void test_escrow_parties(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "(1) ALPHA VISION LIMITED, a company incorporated in England (the \"Owner\");\n"
		 "(2) BETA BUILDING SOCIETY, a building society (the \"Licensee\"); and\n"
		 "(3) GAMMA ESCROW LIMITED, a company incorporated in England (the \"Escrow Agent\").\n"
		 "The Owner shall deposit the Material with the Escrow Agent.\n"
		 "The Escrow Agent shall provide the verification services.\n"
		 "The Owner may not terminate this Agreement.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Owner")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Licensee")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Escrow Agent")->role, ROLE_UNKNOWN);
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "This escrow agreement is made between Delta Software Inc., a Delaware corporation "
		 "(\"Depositor\"), Epsilon Bank N.A., a national bank (\"Beneficiary\"), and Zeta "
		 "Vault LLC, a Delaware limited liability company (\"Escrow Provider\").\n"
		 "Escrow Provider shall provide storage and shall deliver the Deposit Materials.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Depositor")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Beneficiary")->role, ROLE_CUSTOMER);
	/* A provider by name, but the agent of both. */
	assert_int_equal(party(&r, "Escrow Provider")->role, ROLE_UNKNOWN);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

static void test_defined_terms_are_classed(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "\"Client Materials\" means all data and documents provided by Client to Supplier.\n"
		 "\"Generated Content\" means any output generated by the Services in response to a prompt.\n"
		 "\"Trained Model\" means the machine learning model, including its weights.\n"
		 "The fees set out in the order form (the \"Fees\").\n"
		 "\"Content\" means all content provided by a party to the other party.\n"
		 "Client may use content made available by third parties to Client through the "
		 "Services (\"**Partner Features**\").\n"
		 "Client may send prompts to the Services (\"**Prompts**\") and receive responses "
		 "generated by the Services (\"**Responses**\").\n"
		 "\"Usage Data\" means data generated by Client's use of the Services.\n");
	roles_find(rf, &doc, &r);
	/* The name says what a term is, not only the sentence around it. */
	assert_int_equal(term(&r, "Partner Features")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Prompts")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Responses")->cls, TERM_OUTPUT);
	/* Data about the customer's use is not the customer's data. */
	assert_int_not_equal(term(&r, "Usage Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Client Materials")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Generated Content")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "Trained Model")->cls, TERM_MODEL);
	assert_int_equal(term(&r, "Fees")->cls, TERM_OTHER);
	/* Both parties' content is nobody's customer data in particular. */
	assert_int_equal(term(&r, "Content")->cls, TERM_OTHER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Terms that gather others: "(together, ...)", "collectively, ..." with or
 * without a parenthesis, "are collectively referred to as", and a "means"
 * that lists terms.  Inputs and outputs together are both.
 */
static void test_collective_terms(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "The Service allows you to provide text, documents or images (together, "
		 "\xE2\x80\x9CPrompts\xE2\x80\x9D) and will generate a response (\xE2\x80\x9C"
		 "Outputs\xE2\x80\x9D) based on your Prompts, as well as any feedback you provide "
		 "(\xE2\x80\x9C" "Feedback\xE2\x80\x9D) collectively, \xE2\x80\x9C" "Content\xE2\x80\x9D.\n"
		 "You may submit files to the Services (\"**Input**\"), and receive answers generated "
		 "at your request (\"**Output**\"). Input and Output are collectively referred to in "
		 "these Terms as \"**User Materials**\".\n"
		 "Its websites, apps and any Content it hosts (collectively the \"Properties\") "
		 "have a privacy policy.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Prompts")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Outputs")->cls, TERM_OUTPUT);
	/* The three before "collectively" were defined in its sentence. */
	assert_int_equal(term(&r, "Content")->cls, TERM_CUSTOMER_DATA);
	assert_true(term(&r, "Content")->with_output);
	assert_string_equal(term(&r, "Content")->reads_as, "Customer Data and Output");
	assert_int_equal(term(&r, "Input")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Output")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "User Materials")->cls, TERM_CUSTOMER_DATA);
	assert_true(term(&r, "User Materials")->with_output);
	/* What a collective name gathers is the list just before it, not the sentence. */
	assert_int_equal(term(&r, "Properties")->cls, TERM_OTHER);
	roles_release(&r);
	document_release(&doc);

	load_doc(&doc,
		 "* \"**Your Content**\" means the Prompts and Responses in your conversations.\n"
		 "* A \"**Prompt**\" is the content that you send to the Assistant.\n"
		 "* A \"**Response**\" is the content that the Assistant sends to you.\n"
		 "\"Your Files\" means the Prompts that you upload.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Prompt")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Response")->cls, TERM_OUTPUT);
	/* Defined before what it gathers, which it names in the plural. */
	assert_int_equal(term(&r, "Your Content")->cls, TERM_CUSTOMER_DATA);
	assert_true(term(&r, "Your Content")->with_output);
	/* One term is no list: its own definition classes it. */
	assert_int_equal(term(&r, "Your Files")->cls, TERM_CUSTOMER_DATA);
	assert_false(term(&r, "Your Files")->with_output);
	roles_release(&r);
	document_release(&doc);

	/* The list before the name with a note on where its terms are defined; the list after it. */
	textdoc_lines(&doc, "c.txt",
		 "You own your Inputs and Outputs, each as defined below (collectively, "
		 "\xE2\x80\x9C" "Content\xE2\x80\x9D), and we claim no ownership of your Content.\n"
		 "You may submit any text or files to the Services (\"Inputs\").\n"
		 "The Services return answers generated by the Services (\"Outputs\").\n"
		 "You may send us prompts (\"Prompt\") and get back responses generated by the "
		 "Services (\"Answer\"). Collectively, Prompt and Answer are \xE2\x80\x9C" "User "
		 "Matter.\xE2\x80\x9D\n"
		 "Collectively, these terms and the policies are \"Agreement.\"\n"
		 "\"Service Content\" means, collectively, Inputs and Outputs.\n");
	roles_find(rf, &doc, &r);
	/* "means, collectively, Input and Output" (Grok Commercial). */
	assert_int_equal(term(&r, "Service Content")->cls, TERM_CUSTOMER_DATA);
	assert_true(term(&r, "Service Content")->with_output);
	assert_int_equal(term(&r, "Content")->cls, TERM_CUSTOMER_DATA);
	assert_true(term(&r, "Content")->with_output);
	assert_non_null(term(&r, "User Matter"));
	assert_int_equal(term(&r, "User Matter")->cls, TERM_CUSTOMER_DATA);
	assert_true(term(&r, "User Matter")->with_output);
	/* A list that names no data or output gathers no class. */
	assert_int_equal(term(&r, "Agreement")->cls, TERM_OTHER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A term defined as the customer's data with identifiers removed, in
 * anonymised or aggregated form, or "that has been de-identified", is that
 * data, read as de-identified; defined before the data term, as definitions in alphabetical order are.
 */
static void test_deidentified_customer_data(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Routewise Pvt Ltd (\"Licensor\") and Kaveri Freight "
		 "Ltd (\"Licensee\").\n"
		 "\"Anonymised Route Data\" means Licensee Data from which the names of "
		 "consignees and drivers have been irreversibly removed.\n"
		 "\"Depot Statistics\" means Licensee Data in an aggregated form.\n"
		 "\"Licensee Data\" means all delivery data provided by the Licensee to the "
		 "Licensor.\n"
		 "\"Route Extracts\" means Licensee Data from which the Licensor prepares its "
		 "reports.\n"
		 "\"Masked Data\" means Licensee Data that has been de-identified.\n"
		 "\"Checked Data\" means Licensee Data that has been reviewed.\n");
	roles_find(rf, &doc, &r);
	assert_string_equal(term(&r, "Masked Data")->reads_as, "De-identified Customer Data");
	assert_true(term(&r, "Checked Data") == NULL || term(&r, "Checked Data")->reads_as == NULL ||
		    strcmp(term(&r, "Checked Data")->reads_as, "De-identified Customer Data"));
	assert_int_equal(term(&r, "Licensee Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Anonymised Route Data")->cls, TERM_CUSTOMER_DATA);
	assert_string_equal(term(&r, "Anonymised Route Data")->reads_as,
			    "De-identified Customer Data");
	assert_int_equal(term(&r, "Depot Statistics")->cls, TERM_CUSTOMER_DATA);
	assert_string_equal(term(&r, "Depot Statistics")->reads_as, "De-identified Customer Data");
	/* "from which" without a removal is no de-identification. */
	assert_true(term(&r, "Route Extracts") == NULL ||
		    term(&r, "Route Extracts")->reads_as == NULL ||
		    strcmp(term(&r, "Route Extracts")->reads_as, "De-identified Customer Data"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Definitions that open their paragraph without "means" in quotes: the
 * English colon, and terms whose quotes or bold a conversion lost.
 */
static void test_definitions_at_paragraph_start(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "\"Client Materials\": all documents and data supplied by the Client to the Supplier.\n"
		 "Generated Results: the summaries generated by the Services in response to a query.\n"
		 "Licensed Model means the machine learning model, including its weights.\n"
		 "Payment terms: net 45 days from the date of invoice.\n"
		 "The Supplier shall process \"Account Records\": those supplied by the Client.\n"
		 "Definitions:\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Client Materials"));
	assert_int_equal(term(&r, "Client Materials")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Generated Results"));
	assert_int_equal(term(&r, "Generated Results")->cls, TERM_OUTPUT);
	assert_non_null(term(&r, "Licensed Model"));
	assert_int_equal(term(&r, "Licensed Model")->cls, TERM_MODEL);
	/* Words in lower case are no term; a colon inside a sentence defines nothing. */
	assert_null(term(&r, "Payment"));
	assert_null(term(&r, "Payment terms"));
	assert_null(term(&r, "Account Records"));
	/* A caption with nothing after its colon defines nothing either. */
	assert_null(term(&r, "Definitions"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Data named by the customer's possessive next to the term is the
 * customer's; a possessive far from it says nothing.
 */
/* Data the customer submits, said in the active voice, is the customer's. */
static void test_customer_submits_data(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is entered into between ScribeWorks, Inc. (\"Vendor\") and "
		 "Lakeside Family Practice, P.C. (\"Practice\").\n"
		 "\"Encounter Data\" means the audio and text that Practice and its clinicians "
		 "submit to the Service.\n"
		 "Vendor shall label the data that Practice provides (\"Source Data\").\n"
		 "\"Reference Data\" means the clinical vocabularies that Vendor provides to "
		 "Practice.\n"
		 "Your use of content provided by third parties (\"Third-party Content\") is "
		 "at your own risk.\n"
		 "\"Inputs\" means any data, in any form, that Practice, its Authorized Users, or "
		 "its patients submit to the Service.\n"
		 "\"Templates\" means the forms that Vendor, its staff, or its contractors submit "
		 "to the Service.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Practice")->role, ROLE_CUSTOMER);
	assert_non_null(term(&r, "Encounter Data"));
	assert_int_equal(term(&r, "Encounter Data")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Source Data"));
	assert_int_equal(term(&r, "Source Data")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Reference Data"));
	assert_int_not_equal(term(&r, "Reference Data")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Third-party Content"));
	assert_int_not_equal(term(&r, "Third-party Content")->cls, TERM_CUSTOMER_DATA);
	/* A list of submitters is the customer's where it names the customer first. */
	assert_non_null(term(&r, "Inputs"));
	assert_int_equal(term(&r, "Inputs")->cls, TERM_CUSTOMER_DATA);
	assert_true(term(&r, "Templates") == NULL ||
		    term(&r, "Templates")->cls != TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* "The Agency" opposite "the Client" supplies; opposite a supplier it buys. */
static void test_agency_as_supplier(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Brightwave Creative Ltd (the \"Agency\") and "
		 "Harlow Foods plc (\"the Client\").\n"
		 "The Agency shall produce the Campaign Materials.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Agency")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Client")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);
	textdoc_lines(&doc, "c.txt",
		 "This Contract is made between the Digital Transformation Agency (the "
		 "\"Agency\") and Quillbyte Pty Ltd (the \"Supplier\").\n"
		 "The Supplier shall deliver the Services.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Agency")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Supplier")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * The public-buyer words are the rule set's own: a pack whose customer_noun
 * reads "the Bureau" only with its capital makes a bureau opposite a
 * "Client" the supplier, as "the Agency" is in the built-in packs.
 */
static void test_public_body_words_from_rules(void **state)
{
	static const char bureau_pack[] =
		"placeholders:\n"
		"  vendor_noun: 'vendor|provider|supplier'\n"
		"  customer_noun: 'customer|client|(?-i:^(?:the )?Bureau$)'\n";
	struct ruleset own;
	struct roles_finder *rf;
	struct document doc;
	struct roles r;

	(void)state;
	ruleset_init(&own);
	assert_int_equal(ruleset_add_pack(&own, "bureau.yaml", bureau_pack, strlen(bureau_pack)), 0);
	rf = roles_finder_new(&own);
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Brightwave Creative Ltd (the \"Bureau\") and "
		 "Harlow Foods plc (\"the Client\").\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Bureau")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Client")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);
	textdoc_lines(&doc, "c.txt",
		 "This Contract is made between the Federal Statistics Bureau (the \"Bureau\") and "
		 "Quillbyte Pty Ltd (the \"Supplier\").\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Bureau")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	ruleset_release(&own);
}

/*
 * A company a numbered clause mentions, after the preamble named the
 * parties, is no party opposite the known one ("the Client's parent
 * company, Harbor Group plc"); where the parties themselves are named in a
 * numbered clause, the other one still takes the other role.
 */
static void test_company_named_in_a_clause(void **state)
{
	static const struct {
		const char *text, *alias;
		enum party_role role;
		int none;              /* the alias names no party */
	} cases[] = {
		{ "This Agreement is made between Harbor Bank plc, an English company (\"Client\"), "
		  "and the consultant named in the Schedule.\n"
		  "4.1 The bonus is set by the board of the Client's parent company, Harbor Group "
		  "plc (\"Holdco\").\n", "Holdco", ROLE_UNKNOWN },
		{ "This Agreement is made between Harbor Bank plc, an English company (\"Client\"), "
		  "and Quillon Robotics Ltd, an English company (\"Quillon\").\n"
		  "4.1 Quillon shall report to the Client.\n", "Quillon", ROLE_VENDOR },
		{ "1. Parties. This Agreement is made between Harbor Bank plc, an English company "
		  "(\"Client\"), and Quillon Robotics Ltd, an English company (\"Quillon\").\n"
		  "2. Quillon shall report to the Client.\n", "Quillon", ROLE_VENDOR },
		/* "hereinafter" as a parenthesis: a recital's alias takes no company from before it. */
		{ "This Agreement is made between Harbor Bank plc, a company incorporated in "
		  "England, hereinafter referred to as: \"Client\"\n"
		  "and\n"
		  "Netz Mobile B.V., a company incorporated in the Netherlands, hereinafter "
		  "referred to as: \"Supplier\",\n"
		  "each individually referred to as \"Party\".  WHEREAS:\n"
		  "1. Harbor wishes to become a full network enabler (hereinafter: \"MVNE\") "
		  "providing services to business users.\n", "MVNE", ROLE_UNKNOWN, 1 },
		{ "1. Parties. Harbor Bank plc, an English company, hereinafter \"Client\", and "
		  "Quillon Robotics Ltd, an English company, hereinafter \"Quillon\".\n"
		  "2. Quillon shall report to the Client.\n", "Quillon", ROLE_VENDOR },
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		load_doc(&doc, cases[i].text);
		roles_find(rf, &doc, &r);
		assert_int_equal(party(&r, "Client")->role, ROLE_CUSTOMER);
		if (cases[i].none) {
			assert_null(party(&r, cases[i].alias));
		} else {
			assert_non_null(party(&r, cases[i].alias));
			assert_int_equal(party(&r, cases[i].alias)->role, cases[i].role);
		}
		roles_release(&r);
		document_release(&doc);
	}
	roles_finder_free(rf);
}

static void test_customer_possessive_names_data(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is entered into between Meridian Works GmbH (\"Provider\") and "
		 "Hollis & Crane LLP (\"Firm\").\n"
		 "1.1 Provider shall fine-tune a language model on the Firm's precedent documents "
		 "(the \"Training Corpus\").\n"
		 "\"Confidential Information\" means any non-public information relating to "
		 "Provider and its products, its plans and strategies, its software and its "
		 "pricing, whether or not marked, and any copies of the Firm's documents held by it.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Firm")->role, ROLE_CUSTOMER);
	assert_non_null(term(&r, "Training Corpus"));
	assert_int_equal(term(&r, "Training Corpus")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Confidential Information"));
	assert_int_not_equal(term(&r, "Confidential Information")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A wider class that takes in the customer's data ("and includes Your
 * Content") is not its data; a definition whose own words say the
 * customer gives the thing keeps its class, whatever it includes.
 */
static void test_wider_class_including_customer_data(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "These terms are a contract between you and Tallowmere Labs Ltd (\"Tallowmere\", "
		 "\"we\", \"us\" or \"our\").\n"
		 "\"Your Content\" means the documents you upload to the Service.\n"
		 "\"Confidential Information\" means any non-public information disclosed by one "
		 "party to the other, and includes Your Content.\n"
		 "\"Protected Material\" means any information disclosed by one party to the other, "
		 "including Your Content and our pricing.\n"
		 "\"Workspace Files\" means the files you upload to your workspace, including Your "
		 "Content.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Your Content"));
	assert_int_equal(term(&r, "Your Content")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Confidential Information"));
	assert_int_not_equal(term(&r, "Confidential Information")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Protected Material"));
	assert_int_not_equal(term(&r, "Protected Material")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Workspace Files"));
	assert_int_equal(term(&r, "Workspace Files")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * What a vendor's model assigns or predicts is output by any name ("Fraud
 * Scores", "Risk Ratings"), and what its models generate is output, not
 * a model; what a plain system assigns, or the customer's own model, is
 * not.
 */
static void test_scores_a_model_assigns(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Vantage Decisioning Ltd (\"Provider\") and Coastline "
		 "Bank Ltd (\"Customer\").\n"
		 "\"Fraud Scores\" means the risk scores that the Detection Model assigns to returns.\n"
		 "\"Risk Ratings\" means the credit risk grades that the Provider's machine learning "
		 "models assign to each application.\n"
		 "\"Generations\" means the images our diffusion models generate from the prompts.\n"
		 "\"Account Numbers\" means the numbers that the System assigns to each account.\n"
		 "\"Internal Grades\" means the grades that the Customer's scoring model assigns to "
		 "each loan.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Fraud Scores"));
	assert_int_equal(term(&r, "Fraud Scores")->cls, TERM_OUTPUT);
	assert_non_null(term(&r, "Risk Ratings"));
	assert_int_equal(term(&r, "Risk Ratings")->cls, TERM_OUTPUT);
	assert_non_null(term(&r, "Generations"));
	assert_int_equal(term(&r, "Generations")->cls, TERM_OUTPUT);
	assert_non_null(term(&r, "Account Numbers"));
	assert_int_equal(term(&r, "Account Numbers")->cls, TERM_OTHER);
	assert_non_null(term(&r, "Internal Grades"));
	assert_int_equal(term(&r, "Internal Grades")->cls, TERM_OTHER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A model named in running text without "means" or quotes is a term:
 * "which we call the Speaker Model", "hereinafter the Demand Model", "(the
 * Claims Model)" used again; not an unquoted parenthesis never used again,
 * nor a longer name ("the Ranking Model Licence").
 */
static void test_models_named_in_running_text(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Lumenfold Ltd (\"Provider\") and Harrow Foods Ltd "
		 "(\"Customer\").\n"
		 "\"Sales Data\" means the sales records that Customer uploads to the Service.\n"
		 "Provider adapts a speaker recognition model to the voices in Customer's calls, "
		 "which we call the Speaker Model.\n"
		 "Provider shall train a forecasting model for the Customer on the Sales Data, "
		 "hereinafter the Demand Model.\n"
		 "Provider will train a classification model on the Sales Data for Customer's "
		 "exclusive use (the Claims Model). The Claims Model is deleted at the end.\n"
		 "Provider prices the Service by a pricing model (the Pricing Model).\n"
		 "Provider licenses its ranking model under separate terms, hereinafter the Ranking "
		 "Model Licence.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Speaker Model"));
	assert_int_equal(term(&r, "Speaker Model")->cls, TERM_MODEL);
	assert_non_null(term(&r, "Demand Model"));
	assert_int_equal(term(&r, "Demand Model")->cls, TERM_MODEL);
	assert_string_equal(term(&r, "Demand Model")->reads_as, "Custom Model");
	assert_non_null(term(&r, "Claims Model"));
	assert_string_equal(term(&r, "Claims Model")->reads_as, "Custom Model");
	assert_null(term(&r, "Pricing Model"));
	assert_null(term(&r, "Ranking Model"));
	assert_null(term(&r, "Ranking Model Licence"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * The vendor's model configured or trained for the customer is the custom
 * model ('the Vendor's fraud-detection model as configured and trained for
 * the Bank'); the vendor's model it uses for all its customers, or one
 * trained on public data, stays the vendor's plain model.
 */
static void test_vendors_model_made_for_customer_is_custom(void **state)
{
	static const struct {
		const char *text, *reads_as;
	} cases[] = {
		{ "This Schedule is between Northgate Bank (\"Bank\") and Fraudex Inc. (\"Vendor\").\n"
		  "\"Model\" means the Vendor's fraud-detection model as configured and trained for "
		  "the Bank, including its parameters.\n", "Custom Model" },
		{ "These terms are between you and Quill, Inc. (\"we\", \"us\").\n"
		  "\"Model\" means our ranking model as tuned for you.\n", "Custom Model" },
		{ "This Agreement is between Orbis Hospital (the \"Client\") and Medra GmbH (the "
		  "\"Provider\").\n\"Model\" means the Provider's triage model, which the Provider "
		  "uses to provide the Services to all its customers.\n", "Model" },
		{ "This Agreement is between Orbis Hospital (the \"Client\") and Medra GmbH (the "
		  "\"Provider\").\n\"Model\" means the Provider's triage model developed under this "
		  "Agreement.\n", "Model" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct roles_finder *rf = roles_finder_new(&rs);
		struct document doc;
		struct roles r;

		textdoc_lines(&doc, "c.txt", cases[i].text);
		roles_find(rf, &doc, &r);
		assert_non_null(term(&r, "Model"));
		assert_int_equal(term(&r, "Model")->cls, TERM_MODEL);
		assert_string_equal(term(&r, "Model")->reads_as, cases[i].reads_as);
		roles_release(&r);
		document_release(&doc);
		roles_finder_free(rf);
	}
}

/*
 * Who is paid the price of the work supplies it: "County shall pay
 * Engineer the fees" makes Engineer the vendor and County the customer,
 * where neither alias is a role noun.
 */
static void test_paid_the_fees_supplies(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is entered into by and between Harcourt Bridge Engineering, Inc., a "
		 "Delaware corporation (\"Engineer\"), and the County of Pell, a political subdivision "
		 "of the State of Ohio (\"County\").\n"
		 "2.1 Engineer shall inspect the bridges listed in Exhibit A.\n"
		 "2.3 County shall pay Engineer the fees in Exhibit B.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Engineer"));
	assert_int_equal(party(&r, "Engineer")->role, ROLE_VENDOR);
	assert_non_null(party(&r, "County"));
	assert_int_equal(party(&r, "County")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * The price may have one word before it: "pay Company the subscription
 * fees", "pay the Studio the monthly fees" make the one paid the vendor;
 * "will not pay Company the subscription fees" says nothing.
 */
static void test_paid_the_named_fees_supplies(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Subscription Agreement is entered into by Bluefin Outfitters Inc. "
		 "(\"Retailer\") and Stockwise AI, Inc. (\"Company\").\n"
		 "2.1 Company grants Retailer a subscription to the Platform. Retailer will pay "
		 "Company the subscription fees.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Company")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Retailer")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);
	textdoc_lines(&doc, "c.txt",
		 "This Subscription Agreement is entered into by Bluefin Outfitters Inc. "
		 "(\"Retailer\") and Stockwise AI, Inc. (\"Company\").\n"
		 "2.1 Company grants Retailer access to the Platform. Retailer will not pay "
		 "Company the subscription fees during the trial.\n");
	roles_find(rf, &doc, &r);
	assert_int_not_equal(party(&r, "Company")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* "X hereby engages Y to ...": who engages buys the work, whoever's products it is about. */
static void test_who_engages_buys(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "THIS ENDORSEMENT AGREEMENT is made between Larkspur Apparel, Inc., a Nevada "
		 "corporation (\"Larkspur\"), and Dorian Vale Enterprises, LLC (\"Vale\").\n"
		 "1. Engagement. Larkspur hereby engages Vale for the endorsement of Larkspur's "
		 "products listed in Exhibit A.\n"
		 "2. Larkspur's products will bear the marks approved under Section 4.\n"
		 "3. Larkspur's products may be sold in any channel.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Larkspur"));
	assert_int_equal(party(&r, "Larkspur")->role, ROLE_CUSTOMER);
	assert_non_null(party(&r, "Vale"));
	assert_int_equal(party(&r, "Vale")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);

	/* "retains" a person the same; an engagement negated or of the other's staff is none. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Fenwick Holdings Ltd (\"Fenwick\") and Osric "
		 "Partners LLP (\"Osric\").\n"
		 "1. Fenwick retains Osric as its adviser on the matters in Schedule 1.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Fenwick")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Osric")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Brightwell Ltd (\"Brightwell\") and Onyx Data "
		 "Inc. (\"Onyx\").\n"
		 "1. Onyx shall provide the services. Onyx shall deliver the software.\n"
		 "2. Brightwell shall not engage Onyx to provide any other services, and Brightwell "
		 "shall not hire Onyx's employees.\n"
		 "3. Onyx hereby retains Brightwell's data only for the Term.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Onyx")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Brightwell")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A customer on the vendor's paper, named by a defined name: the vendor
 * "may retain Bank Data in its backups", and the customer grants it a
 * licence of its data.  Keeping the customer's data engages nobody; who
 * makes the platform available and who pays the fees decide.
 */
static void test_retained_data_engages_nobody(void **state)
{
	static const char *const docs[] = {
		"MASTER SUBSCRIPTION AGREEMENT between CORVID SCORING LIMITED (\"Corvid\") and "
		"NORTHGATE MUTUAL BANK LIMITED, a public company (\"the Bank\").\n"
		"3.1 Corvid shall make the Platform available to the Bank as a hosted service.\n"
		"4.1 The Bank shall pay the Fees monthly in advance.\n"
		"6.2 The Bank hereby grants to Corvid a perpetual licence to use Bank Data.\n"
		"6.3 Corvid may use Bank Data to develop, train and improve the Scoring Models.\n"
		"8.2 Corvid grants to the Bank a licence to use the Risk Scores.\n"
		"11.5 Corvid will delete Bank Data, save that Corvid may retain Bank Data in "
		"its backups.\n",
		/* No training: the uses alone decide. */
		"This Agreement is made between Halden Analytics Ltd (\"Halden\") and Ashby "
		"Building Society, a body corporate (\"the Society\").\n"
		"1. Halden shall provide the Services. Halden shall host the Platform.\n"
		"2. The Society shall pay the Fees. The Society grants Halden a licence to use "
		"Society Records to provide the Services.\n"
		"3. On termination Halden may retain Society Records for 90 days.\n",
	};
	static const char *const vendor[] = { "Corvid", "Halden" };
	static const char *const customer[] = { "Bank", "Society" };
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
		textdoc_lines(&doc, "c.txt", docs[i]);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, vendor[i]));
		assert_int_equal(party(&r, vendor[i])->role, ROLE_VENDOR);
		assert_non_null(party(&r, customer[i]));
		assert_int_equal(party(&r, customer[i])->role, ROLE_CUSTOMER);
		roles_release(&r);
		document_release(&doc);
	}
	/* A real engagement of the other's company still decides. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Fenwick Holdings Ltd (\"Fenwick\") and Osric "
		 "Partners LLP (\"Osric\").\n"
		 "1. Fenwick retains Osric as its adviser on the matters in Schedule 1.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Fenwick")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Osric")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * An engagement verb whose object is the other party's staff, not the
 * party ("may engage Bank staff in testing"), is outweighed where every
 * other use shows each side the other way.
 */
static void test_uses_outweigh_a_misread_engagement(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Halden Analytics Ltd (\"Halden\") and Ashby "
		 "Building Society, a body corporate (\"the Society\").\n"
		 "1. Halden shall provide the Services. Halden shall host the Platform.\n"
		 "2. The Society shall pay the Fees. The Society shall reimburse agreed expenses.\n"
		 "3. Halden may engage Society staff in acceptance testing.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Halden")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Society")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Translated and public-sector drafting names the buyer "the Ordering
 * Party", "the Awarding Authority", "the Commissioning Party": the
 * customer by its noun.  "the Principal" has no role of its own (a
 * distributor's principal sells): its uses or the other party decide.
 * A parties block may give name, place and "- hereinafter ... -" a line
 * each, with no company form ("AöR", a German public-law body, is one).
 */
static void test_buyer_nouns_of_translated_drafting(void **state)
{
	static const char *const nouns[] = {
		"Ordering Party", "Awarding Authority", "Commissioning Party", "Contracting Authority",
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	char text[512];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(nouns) / sizeof(nouns[0]); i++) {
		snprintf(text, sizeof(text),
			 "This Agreement is made between Nordheim Water Board, a public body "
			 "(\"the %s\") and Greyfell Analytics Ltd (\"Greyfell\").\n"
			 "1. The %s may audit the records.\n", nouns[i], nouns[i]);
		textdoc_lines(&doc, "c.txt", text);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, nouns[i]));
		assert_int_equal(party(&r, nouns[i])->role, ROLE_CUSTOMER);
		assert_int_equal(party(&r, "Greyfell")->role, ROLE_VENDOR);
		roles_release(&r);
		document_release(&doc);
	}
	/* A German public-law body, its alias on a line of its own. */
	textdoc_lines(&doc, "c.txt",
		 "SOFTWARE LICENCE AGREEMENT\n\nbetween\n\n"
		 "Universit\xc3\xa4tsklinikum Nordheim A\xc3\xb6R, Hamburg\n"
		 "- hereinafter the \"Principal\" -\n\nand\n\nGreyfell Analytics GmbH, Munich\n"
		 "- hereinafter the \"Contractor\" -\n\n"
		 "1. The Contractor licenses the Software to the Principal.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Principal"));
	assert_int_equal(party(&r, "Principal")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Contractor")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	/* No company form at all: the block's layout names the party. */
	textdoc_lines(&doc, "c.txt",
		 "SERVICES AGREEMENT\n\nbetween\n\nStadtwerke Nordheim, Hamburg\n"
		 "- hereinafter the \"Principal\" -\n\nand\n\nGreyfell Analytics, Munich\n"
		 "- hereinafter \"Greyfell\" -\n\n"
		 "1. Greyfell shall provide the Services. Greyfell shall deliver the Software.\n"
		 "2. The Principal shall pay the fees.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Principal"));
	assert_int_equal(party(&r, "Principal")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Greyfell")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	/* A principal that appoints a distributor to sell its products supplies them. */
	textdoc_lines(&doc, "c.txt",
		 "DISTRIBUTOR AGREEMENT between Halvard Reagents, Inc. (herein referred to as "
		 "\"Principal\") and Ostmark Supplies, Inc. (herein referred to as \"Distributor\").\n"
		 "1. The Principal appoints the Distributor to sell the Products. The Principal "
		 "shall supply the Products. The Principal shall deliver the Products.\n"
		 "2. The Distributor shall pay the invoices. The Distributor shall purchase "
		 "the Products.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Principal"));
	assert_int_not_equal(party(&r, "Principal")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

static void test_engine_reads_through_names(void **state)
{
	struct engine *e = engine_new(&rs);
	struct engine_options opt = ENGINE_OPTIONS_INIT;
	struct findings f = { 0 };
	struct document doc;
	const char *text =
		"Agreement between Modelworks Inc., a Delaware corporation (\"Modelworks\"), and "
		"Harbor Bank plc (\"Client\").\n"
		"\"Client Materials\" means data provided by Client.\n"
		"Modelworks may use Client Materials to train.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	engine_run(e, &doc, &opt, &f);
	assert_int_equal(f.n, 1);
	assert_string_equal(f.v[0].rule->id, "train");
	/* The finding is at the document's own words. */
	assert_int_equal(f.v[0].start, strstr(text, "Modelworks may") - text);
	assert_int_equal(f.v[0].end, strstr(text, "to train") + 8 - text);
	assert_int_equal(party(&f.roles, "Modelworks")->role, ROLE_VENDOR);
	findings_release(&f);
	document_release(&doc);
	engine_free(e);
}

/* Whether the built-in rules find `rule` in `text`. */
static int builtin_finds(const char *text, const char *rule)
{
	struct ruleset built;
	struct engine *e;
	struct engine_options opt = ENGINE_OPTIONS_INIT;
	struct findings f = { 0 };
	struct document doc;
	size_t i;
	int found = 0;

	ruleset_init(&built);
	assert_int_equal(ruleset_load(&built, NULL, 0), 0);
	assert_int_equal(ruleset_compile(&built), 0);
	e = engine_new(&built);
	textdoc_lines(&doc, "c.txt", text);
	engine_run(e, &doc, &opt, &f);
	for (i = 0; i < f.n; i++)
		found |= strcmp(f.v[i].rule->id, rule) == 0;
	findings_release(&f);
	document_release(&doc);
	engine_free(e);
	ruleset_release(&built);
	return found;
}

/*
 * The word "Company" is no role of itself: where no party of that name has
 * a role (a peer's "Company" and "Partner"), it is not the vendor; where
 * the contract gives it one, it reads as that role.
 */
static void test_company_word_is_no_vendor(void **state)
{
	(void)state;
	assert_false(builtin_finds(
		"Partnership Agreement\n"
		"10.1 Company will indemnify, defend, and hold harmless Partner from and against "
		"all claims made by someone other than Partner.\n",
		"liability.indemnity.by-vendor"));
	assert_true(builtin_finds(
		"These Terms are a contract between you and Quillfeather Labs Ltd (\"Company\", "
		"\"we\", \"us\" or \"our\").\n"
		"9. The Company will indemnify and hold you harmless from and against any "
		"third-party claim that the Service infringes a patent.\n",
		"liability.indemnity.by-vendor"));
	assert_true(builtin_finds(
		"This Agreement is between Harbor Retail LLC (the \"Company\") and Dana Smith "
		"(the \"Consultant\").\n"
		"5. The Company will indemnify and hold harmless the Consultant from and against "
		"all third-party claims arising from the Services.\n",
		"liability.indemnity.by-customer"));
}

/* The substitution that starts at the first `needle` of `text`, if any. */
static const char *subst_at(const struct roles *r, const char *text, const char *needle)
{
	size_t at = (size_t)(strstr(text, needle) - text), i;

	for (i = 0; i < r->nsubst; i++)
		if (r->subst[i].start == at)
			return r->subst[i].text;
	return NULL;
}

/*
 * A company's first word is that company where it stands alone: not in a
 * longer name, a domain or an address.
 */
static void test_first_word_of_a_name(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"This Agreement is made between Quillon Robotics Ltd., an English company "
		"(\"Quillon Robotics\"), and Harbor Bank plc (\"Customer\").\n"
		"Quillon will use Feedback to train its models.\n"
		"Customer may rely on Quillon's platform and on Quillon.\n"
		"The Quillon Labs team answers at support@quillon.example and quillon.example.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Quillon Robotics")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Quillon")->role, ROLE_VENDOR);
	assert_true(party(&r, "Quillon")->short_name);
	assert_string_equal(subst_at(&r, text, "Quillon will"), "Vendor");
	assert_string_equal(subst_at(&r, text, "Quillon's"), "Vendor");
	assert_string_equal(subst_at(&r, text, "Quillon.\n"), "Vendor");
	assert_null(subst_at(&r, text, "Quillon Labs"));
	assert_null(subst_at(&r, text, "quillon.example"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Not the party: an ordinary opener ("American" of the American Arbitration
 * Association), a word the document also writes in lower case, a place the
 * document never has act ("the laws of Brightwater"), and a word two
 * parties' names share.
 */
static void test_first_word_not_a_party(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between American Widgets Inc., a Delaware corporation "
		 "(\"American Widgets\"), and Harbor Bank plc (\"Customer\").\n"
		 "American Widgets shall provide the Services. American shall host them.\n"
		 "Disputes go to the American Arbitration Association.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "American Widgets")->role, ROLE_VENDOR);
	assert_null(party(&r, "American"));
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Orchard Systems Ltd., an English company "
		 "(\"Orchard Systems\"), and Harbor Bank plc (\"Customer\").\n"
		 "Orchard will host the Services on servers near an orchard.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Orchard Systems"));
	assert_null(party(&r, "Orchard"));
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Brightwater Analytics Ltd., an English company "
		 "(\"Brightwater Analytics\"), and Harbor Bank plc (\"Customer\").\n"
		 "Brightwater Analytics shall provide the Services under the laws of Brightwater.\n");
	roles_find(rf, &doc, &r);
	assert_null(party(&r, "Brightwater"));
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Nimbus Cloud Ltd., an English company "
		 "(\"Nimbus Cloud\" or \"Supplier\"), and Nimbus Retail plc, an English company "
		 "(\"Nimbus Retail\" or \"Customer\").\n"
		 "Nimbus shall pay the fees.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Nimbus Retail")->role, ROLE_CUSTOMER);
	assert_null(party(&r, "Nimbus"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* "by and between <name> and Customer", with no alias defined: the name is the vendor. */
static void test_between_name_and_role_noun(void **state)
{
	struct engine *e = engine_new(&rs);
	struct engine_options opt = ENGINE_OPTIONS_INIT;
	struct findings f = { 0 };
	struct document doc;
	const char *text =
		"This Addendum supplements the Agreement entered into by and between Quillon "
		"Robotics and Customer as of the Effective Date.\n"
		"Quillon may use customer data to train its models.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	engine_run(e, &doc, &opt, &f);
	assert_int_equal(party(&f.roles, "Quillon Robotics")->role, ROLE_VENDOR);
	assert_int_equal(party(&f.roles, "Customer")->role, ROLE_CUSTOMER);
	assert_int_equal(f.n, 1);
	assert_int_equal(f.v[0].start, strstr(text, "Quillon may") - text);
	findings_release(&f);
	document_release(&doc);

	/* Two names: nothing says which supplies. */
	textdoc_lines(&doc, "c.txt", "This Agreement is entered into by and between Quillon Robotics and "
		       "Harbor Bank.\n");
	engine_run(e, &doc, &opt, &f);
	assert_int_equal(f.roles.nparties, 0);
	findings_release(&f);
	document_release(&doc);
	engine_free(e);
}

/*
 * A claim defined by infringement of IP rights is an IP claim; a claim
 * defined by other things is not.
 */
static void test_ip_claims_are_classed(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"Provider will defend Customer against any Covered Claim and indemnify it.\n"
		"Provider will pay damages awarded on Covered Claims.\n"
		"\"Covered Claim\" means a third-party claim alleging that Customer's use of the "
		"Services infringes any intellectual property right.\n"
		"\"Provider Claim\" means any third-party claim related to Customer's Inputs.\n"
		"\"Infringement Report\" means a notice that content infringes a copyright.\n"
		"\"Uncapped Claims\" means (a) indemnity obligations and (b) either party's "
		"infringement of the other party's intellectual property.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Covered Claim")->cls, TERM_IP_CLAIM);
	assert_string_equal(term_class_name(TERM_IP_CLAIM), "ip-claim");
	assert_int_equal(term(&r, "Provider Claim")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Infringement Report")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Uncapped Claims")->cls, TERM_OTHER);
	assert_string_equal(subst_at(&r, text, "Covered Claim and"), "IP Infringement Claim");
	assert_string_equal(subst_at(&r, text, "Covered Claims"), "IP Infringement Claim");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

static void test_no_parties_in_plain_terms(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt", "These terms apply when you use our services. We may update them.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(r.nparties, 0);
	assert_int_equal(r.nsubst, 0);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Terms of service name the company once, in a list of quoted names with
 * "we", "us" and "our", and then say "we" or the name: the names in such a
 * list are the vendor.  A list of pronouns alone takes the name right
 * before it or the one it "means".  "you" alone makes no party: a letter's
 * "you" may be the one who supplies.
 */
static void test_pronoun_lists_name_the_vendor(void **state)
{
	static const struct {
		const char *text, *vendor, *not_party;
	} cases[] = {
		{ "Wattle Ireland Limited (\"Wattle,\" \"our,\" \"we,\" or \"us\") provides the "
		  "services described below to you (\"Services\").\n"
		  "Wattle is only liable to the following extent:\n", "Wattle", "Services" },
		{ "These terms are an agreement between you and Quill, Inc. (\xE2\x80\x9CQuill\xE2\x80\x9D "
		  "\xE2\x80\x9Cwe\xE2\x80\x9D or \xE2\x80\x9Cus\xE2\x80\x9D).\n", "Quill", "we" },
		{ "The Service is operated by Heritor Ltd. (hereafter \"Heritor\", 'we', 'our' or "
		  "'us'). 'You' or 'your' means an adult user.\n", "Heritor", "You" },
		{ "Hereinafter referred to as **\"Deepwell\"** or **\"we\"**.\n", "Deepwell", "we" },
		{ "Skyway (\xE2\x80\x9Cus\xE2\x80\x9D, \xE2\x80\x9Cwe\xE2\x80\x9D or \xE2\x80\x9C"
		  "our\xE2\x80\x9D as the context requires) provides travel search.\n", "Skyway", "us" },
		{ "You are entering into this Contract with LinkedUp (also referred to as "
		  "\xE2\x80\x9Cwe\xE2\x80\x9D and \xE2\x80\x9Cus\xE2\x80\x9D).\n", "LinkedUp", "Contract" },
		{ "In these Terms, when we refer to \xE2\x80\x9Cwe\xE2\x80\x9D, \xE2\x80\x9Cus\xE2\x80\x9D "
		  "or \xE2\x80\x9Cour,\xE2\x80\x9D or similar, we mean Anthropos. Other words in bold "
		  "are defined.\n", "Anthropos", "Anthropos. Other" },
		{ "\"We\", \"us\", and \"our\" refer to Yelpo.\n\nContent\n", "Yelpo", "Yelpo.\n\nContent" },
		{ "At X.AI LLC (\"**xAI**\", \"**our**\", \"**us**\" or \"**we**\"), we value your "
		  "privacy.\n", "xAI", "At X.AI LLC" },
		/* Not named by the pronouns: a place, an agent addressed as "you". */
		{ "The Services are provided by Hangzhou Deep Co., Ltd., with its registered address "
		  "in China (\xE2\x80\x9Cwe\xE2\x80\x9D or \xE2\x80\x9Cus\xE2\x80\x9D).\n", NULL, "China" },
		{ "The Company engages the sales agent named below (the \"Agent\" or \"you\") to "
		  "assist the Company.\n", NULL, "Agent" },
		{ "These Terms of Service (\"Terms\") and the words \"Services\" and \"Content\" are "
		  "defined below.\n", NULL, "Terms" },
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		textdoc_lines(&doc, "c.txt", cases[i].text);
		roles_find(rf, &doc, &r);
		if (cases[i].vendor) {
			assert_non_null(party(&r, cases[i].vendor));
			assert_int_equal(party(&r, cases[i].vendor)->role, ROLE_VENDOR);
		}
		assert_null(party(&r, cases[i].not_party));
		if (i == 0) {
			/* The rules see the vendor where the terms use its name. */
			assert_string_equal(subst_at(&r, cases[i].text, "Wattle is"), "Vendor");
		}
		roles_release(&r);
		document_release(&doc);
	}
	roles_finder_free(rf);
}

/*
 * A group defined earlier and then named as "we" is the vendor: '(the
 * Companies and Representatives collectively referred to as "we", "us"
 * ...)'.  Not a party named in a sentence that says something else of it.
 */
static void test_defined_party_referred_to_as_we(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "These Services are provided by Quillon Cloud Private Limited. By using any "
		 "Services, you consent to Quillon and its related corporations (collectively, the "
		 "\"Companies\") as well as their agents (\"Representatives\") (the Companies and "
		 "Representatives collectively referred to as \"we\", \"us\", \"our\" or "
		 "\"Quillon\") collecting your data.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Companies"));
	assert_int_equal(party(&r, "Companies")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Quillon")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "Harbor Labs Ltd, an English company (the \"Lab\"), tests samples. Samples the "
		 "Lab tests are then stored by \"we\", \"us\" and \"our\" team.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Lab"));
	assert_int_not_equal(party(&r, "Lab")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A company suffix marks an entity where it ends a name ("Dairy Co. Inc.",
 * "Lumen Labs, Inc."), not where the alias "Company" opens a sentence:
 * what such a sentence defines is no party.
 */
static void test_company_suffix_ends_a_name(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made by Dairy Co. Inc. (\"Dairy\") and Lumen Labs, Inc. "
		 "(\"Lumen\").\n"
		 "1.1 Statements of Work. Company will perform the services described in "
		 "statements of work (each, an \"SOW\").\n"
		 "1.2 The Company engages the sales agent named below (the \"Agent\").\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Dairy"));
	assert_non_null(party(&r, "Lumen"));
	assert_null(party(&r, "SOW"));
	assert_null(party(&r, "Agent"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Outputs defined in the active voice: what the service, model or API
 * generates is output by any name; what the vendor creates only where the
 * name says output.  A name that says data keeps its reading.
 */
static void test_outputs_in_the_active_voice(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"This Agreement is entered into between ScribeWorks, Inc. (\"Vendor\") and "
		"Lakeside Family Practice, P.C. (\"Practice\").\n"
		"\"Draft Notes\" means the clinical notes and summaries the Service generates from "
		"Encounter Data.\n"
		"Customer owns the completions and other results that the API returns (\"API "
		"Outputs\").\n"
		"\"Results\" means the results we produce for you.\n"
		"\"Practice Data\" means all prompts submitted by Practice and the responses the "
		"Model generates from them.\n"
		"\"Deliverables\" means the reports that Vendor creates for Practice.\n"
		"\"Invoice\" means the invoice Vendor sends to Practice.\n"
		"\"Downtime\" means that the API returns errors for five minutes.\n"
		"Practice retains title to the Draft Notes.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Draft Notes")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "API Outputs")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "Results")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "Practice Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Deliverables")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Invoice")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Downtime")->cls, TERM_OTHER);
	assert_string_equal(subst_at(&r, text, "Draft Notes."), "Output");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * "Models" defined as models is the model class; a paper about a model,
 * who makes one, or a third party's model is not.
 */
static void test_model_terms_name_the_model(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "\"Models\" means the foundation and fine-tuned language models made available "
		 "through the Platform.\n"
		 "\"Base Model\" means the open-weight model, as licensed by its publisher under "
		 "the license in Exhibit A (the \"Base Model License\").\n"
		 "\"Model Card\" means the document describing the model's training and weights.\n"
		 "\"Model Provider\" means a company that trains the models we use.\n"
		 "\"Third-Party Models\" means models made available by third parties.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Models")->cls, TERM_MODEL);
	assert_int_equal(term(&r, "Base Model")->cls, TERM_MODEL);
	assert_int_equal(term(&r, "Base Model License")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Model Card")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Model Provider")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Third-Party Models")->cls, TERM_OTHER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A product's name says nothing, but a definition that opens with models,
 * or with a model defined before it, makes the term a model.
 */
static void test_model_terms_by_their_definition(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "\"Acme Nova 3\" means the foundational large language models and software, "
		 "including trained model weights.\n"
		 "\"Nova Materials\" means, collectively, Acme's proprietary Acme Nova 3 and "
		 "Documentation.\n"
		 "\"Portal\" means the web application through which Customer reaches the models.\n"
		 "\"Nova Terms\" means the model terms published by Acme.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Acme Nova 3")->cls, TERM_MODEL);
	assert_int_equal(term(&r, "Nova Materials")->cls, TERM_MODEL);
	assert_int_equal(term(&r, "Portal")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Nova Terms")->cls, TERM_OTHER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A model term is read in the rules' words for what it is: the custom
 * model by its name ("Learned Model") or its definition (built for the
 * customer), the customer's own ("the models that Client submits"), and
 * otherwise the plain model: the vendor's base or platform model, or the
 * vendor's model with adaptations, is never the custom one.
 */
static void test_model_terms_read_as_what_they_are(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"This Agreement is made between Verity Analytics Ltd, an English company "
		"(\"Provider\"), and Harbor Bank plc (\"Client\").\n"
		"\"Learned Model\" means the combination of the Inference Program and the Learned "
		"Parameters.\n"
		"\"Pre-trained Model\" means the model trained by Provider on public data.\n"
		"\"Platform Model\" means the models owned by Provider and used to provide the "
		"Services.\n"
		"\"Licensed Model\" means Provider's forecasting model and every adaptation of it "
		"made for Client.\n"
		"Provider will evaluate the machine learning models that Client submits (\"Client "
		"Models\").\n"
		"Provider shall build a scoring model (the \"Scoring Model\") specifically for the "
		"Client, using its records.\n"
		"The Learned Model, the Pre-trained Model, the Platform Model, the Licensed Model, "
		"the Client Models and the Scoring Model are listed here.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_string_equal(term(&r, "Learned Model")->reads_as, "Custom Model");
	assert_string_equal(term(&r, "Pre-trained Model")->reads_as, "Base Model");
	assert_string_equal(term(&r, "Platform Model")->reads_as, "Model");
	assert_string_equal(term(&r, "Licensed Model")->reads_as, "Model");
	assert_string_equal(term(&r, "Client Models")->reads_as, "Customer Model");
	assert_string_equal(term(&r, "Scoring Model")->reads_as, "Custom Model");
	assert_string_equal(subst_at(&r, text, "Learned Model, the"), "Custom Model");
	assert_string_equal(subst_at(&r, text, "Pre-trained Model, the"), "Base Model");
	assert_string_equal(subst_at(&r, text, "Client Models and"), "Customer Model");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Terms that never define "we" still say whom you contract with: "a
 * contract between you and Acme Group Limited".  Not where the words
 * speak of something else, nor a role noun or "the Company".
 */
static void test_contract_between_you_and_a_name(void **state)
{
	static const struct {
		const char *text, *vendor, *not_party;
	} cases[] = {
		{ "These Terms form a legally binding contract between you and Snapper Group "
		  "Limited. So please read them.\n", "Snapper Group Limited", "So" },
		{ "Bonus objectives are agreed between you and the Board each year.\n", NULL, "Board" },
		{ "This letter agreement is between you and the Company.\n", NULL, "Company" },
		/* The alias of the company named there, defined beside it. */
		{ "These Terms form an agreement between you and Quillon, LLC (\xE2\x80\x9C"
		  "Quillon\xE2\x80\x9D). You may build apps.\n", "Quillon", "You" },
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		textdoc_lines(&doc, "c.txt", cases[i].text);
		roles_find(rf, &doc, &r);
		if (cases[i].vendor) {
			assert_non_null(party(&r, cases[i].vendor));
			assert_int_equal(party(&r, cases[i].vendor)->role, ROLE_VENDOR);
		}
		assert_null(party(&r, cases[i].not_party));
		roles_release(&r);
		document_release(&doc);
	}
	roles_finder_free(rf);
}

/*
 * An order form's fields name the parties' companies by role: "Supplier:
 * Halcyon Labs, Inc." gives the party defined as "Halcyon" the vendor's
 * role, "Client:" the customer's, on a line of its own or with the name
 * on the next (a table's cells).  A field naming no party, or a label
 * that is no role noun ("Company:"), gives none.
 */
static void test_fields_name_the_parties(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "ORDER FORM\n"
		 "Supplier: Halcyon Labs, Inc.\n"
		 "**Client:**\n"
		 "Brightwater Mutual Insurance Company\n"
		 "This Order Form is entered into between Halcyon Labs, Inc. (\"Halcyon\") and "
		 "Brightwater Mutual Insurance Company (\"Brightwater\").\n"
		 "1. Halcyon may use Brightwater's data to train its models.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Halcyon")->role, ROLE_VENDOR);
	assert_string_equal(party(&r, "Halcyon")->why, "named in a field of its role");
	assert_int_equal(party(&r, "Brightwater")->role, ROLE_CUSTOMER);
	assert_string_equal(party(&r, "Brightwater")->why, "named in a field of its role");
	roles_release(&r);
	document_release(&doc);

	/* One field is enough: the other party takes the other role. */
	textdoc_lines(&doc, "c.txt",
		 "Licensee: Brightwater Mutual Insurance Company\n"
		 "This Order Form is entered into between Halcyon Labs, Inc. (\"Halcyon\") and "
		 "Brightwater Mutual Insurance Company (\"Brightwater\").\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Brightwater")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Halcyon")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "Supplier: Northwind Cloud Ltd\n"
		 "Company: Halcyon Labs, Inc.\n"
		 "This Order Form is entered into between Halcyon Labs, Inc. (\"Halcyon\") and "
		 "Brightwater Mutual Insurance Company (\"Brightwater\").\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Halcyon")->role, ROLE_UNKNOWN);
	assert_int_equal(party(&r, "Brightwater")->role, ROLE_UNKNOWN);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A singular data word is read as the plural is: a "Query" the customer
 * submits, a "Submission" uploaded by it, are its data.  A "File" the
 * vendor makes available is not, in either number; what the vendor
 * processes on the customer's behalf still is.
 */
static void test_singular_data_words(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Halden Labs, Inc. (\"Provider\") and Brightwater LLC "
		 "(\"Customer\").\n"
		 "\"Query\" means any question or instruction that Customer submits to the Service.\n"
		 "\"Submission\" means any content uploaded by Customer to the Platform.\n"
		 "\"File\" means any file made available by Provider to Customer through the Service.\n"
		 "\"Sample Files\" means the files supplied by Provider to Customer.\n"
		 "\"Hosted Data\" means data processed by Provider on behalf of Customer.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Query")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Submission")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "File")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Sample Files")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Hosted Data")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Definitions set in numbered clauses are classed by their bodies: data
 * about the customer's customers, and what the vendor receives in
 * performing the services, is the customer's; what the vendor prepares
 * for the customer is a deliverable, whatever its name.
 */
static void test_definitions_in_numbered_clauses(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	load_doc(&doc,
		 "This Agreement is made between Northgate Energy Pty Ltd (\"Client\") and Harbour "
		 "CX, Inc. (\"Supplier\").\n\n"
		 "1. CLIENT DATA\n\n"
		 "1.1 \"Client Data\" means all data relating to Client's customers.\n\n"
		 "1.2 \"Call Data\" means the recordings and other information that Supplier "
		 "receives from callers in performing the Services for Client.\n\n"
		 "2. INTELLECTUAL PROPERTY\n\n"
		 "2.1 All scripts and call flows prepared by Supplier specifically for Client "
		 "(\"Client Materials\") shall vest in Client on creation.\n");
	roles_find(rf, &doc, &r);
	assert_string_equal(doc.paras[2].clause, "1.1");
	assert_int_equal(term(&r, "Client Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Call Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Client Materials")->cls, TERM_OTHER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A numbered parties block with no "between", in the English form: the
 * registration number's parenthesis is part of the entity, so the first
 * party is found, and with no role word it is the other party.
 */
static void test_numbered_parties_block(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	load_doc(&doc,
		 "PARTIES\n\n"
		 "(1) STRAITS MERIDIAN BANK LIMITED, a company incorporated in Singapore "
		 "(Company Registration No. 196800123K) (the \"Bank\"); and\n\n"
		 "(2) KESTREL DECISIONING PTE. LTD., a company incorporated in Singapore "
		 "(Company Registration No. 202012345W) (the \"Provider\").\n\n"
		 "1. SERVICES\n\n"
		 "1.1 The Provider shall make the API available to the Bank.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Bank"));
	assert_int_equal(party(&r, "Bank")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Provider")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * An unnumbered parties block: "BETWEEN:" and "AND:" on lines of their
 * own, each party in the entry after one, whatever its name (a bank
 * "under the Bank Act (Canada)", a firm with no company suffix).  The
 * name, address and alias may take a line each; an alias outside the
 * block, or an entry in lower case, names no party.  Elsewhere "(hereafter
 * "X")" defines a name as "hereinafter" does, and a place in parentheses,
 * "a Nevada (USA) corporation", does not hide the entity.
 */
static void test_parties_block_with_captions(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	load_doc(&doc,
		 "MODEL DEVELOPMENT AGREEMENT\n\n"
		 "THIS AGREEMENT is made as of March 3, 2025 (the \"Effective Date\")\n\n"
		 "BETWEEN:\n\n"
		 "NORTHSHORE BANK OF CANADA, a Schedule I bank under the Bank Act (Canada) "
		 "(the \"Bank\")\n\n"
		 "AND:\n\n"
		 "VECTRIX ANALYTICS INC., a corporation incorporated under the laws of Ontario "
		 "(the \"Supplier\")\n\n"
		 "WHEREAS the Bank licenses the Northern Card Index (the \"Index\");\n\n"
		 "1. SERVICES\n\n"
		 "1.1 The Supplier shall develop the model for the Bank.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Bank"));
	assert_int_equal(party(&r, "Bank")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Supplier")->role, ROLE_VENDOR);
	assert_null(party(&r, "Index"));
	assert_null(party(&r, "Effective Date"));
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "SERVICES AGREEMENT\n"
		 "BETWEEN\n"
		 "HARLOW & DUNNE\n"
		 "14 Quay Street, Leeds\n"
		 "(the \"Firm\")\n"
		 "- and -\n"
		 "QUILLON LABS INC. (the \"Supplier\")\n"
		 "AND:\n"
		 "the reports described in Schedule 2 (the \"Reports\")\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Firm"));
	assert_int_equal(party(&r, "Firm")->role, ROLE_CUSTOMER);
	assert_null(party(&r, "Reports"));
	roles_release(&r);
	document_release(&doc);

	/* "(hereafter "X")", and a place in parentheses inside the entity. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made by and between Quarry Hold Inc., a Nevada (USA) corporation "
		 "(hereafter \"Quarry\"), and Lantern Group AG (hereafter referred to as "
		 "\"Lantern\").\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Quarry"));
	assert_non_null(party(&r, "Lantern"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * "the CONTRACTING PARTY" and "the CONTRACTED PARTY" (contratante and
 * contratada) name the buyer and the supplier where both name parties;
 * alone, "Contracting Party" says nothing of the side.
 */
static void test_contracting_and_contracted_party(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	load_doc(&doc,
		 "SOFTWARE AS A SERVICE AGREEMENT\n\n"
		 "By this private instrument, on the one side, CASA FLORA COMERCIO S.A., a corporation "
		 "with its head office in Sao Paulo, hereinafter the \"CONTRACTING PARTY\", and, on the "
		 "other side, CONVERSA TECNOLOGIA LTDA., a limited liability company with its head "
		 "office in Florianopolis, hereinafter the \"CONTRACTED PARTY\", have agreed as "
		 "follows.\n\n"
		 "1.1. The CONTRACTED PARTY shall keep the Assistant available to the CONTRACTING "
		 "PARTY.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "CONTRACTING PARTY")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "CONTRACTED PARTY")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);

	load_doc(&doc,
		 "This Agreement is made between Harrow Mills Ltd., a company incorporated in England "
		 "(the \"Contracting Party\"), and Bexley Rail plc, a company incorporated in England "
		 "(the \"Operator\").\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Contracting Party")->role, ROLE_UNKNOWN);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * What a system records about its own operation is no output of the
 * customer's, though the system generates it: by its name ("Logs") or
 * by what its definition opens with ("the records of events").
 */
static void test_logs_are_not_outputs(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const struct defined_term *d;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "\"Logs\" means the records of events that the System automatically generates in "
		 "accordance with Article 12 of the AI Act.\n"
		 "\"Run History\" means the records of events that the Platform automatically "
		 "generates for each run.\n"
		 "\"Drafts\" means the text that the Platform automatically generates for each "
		 "run.\n");
	roles_find(rf, &doc, &r);
	d = term(&r, "Logs");
	assert_true(!d || d->cls == TERM_OTHER);
	d = term(&r, "Run History");
	assert_true(!d || d->cls == TERM_OTHER);
	assert_int_equal(term(&r, "Drafts")->cls, TERM_OUTPUT);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * What is captured at the customer's place or from its people, whatever
 * captures it, and the labels its staff apply, is the customer's data by
 * any name; what is captured at the vendor's place is not.
 */
static void test_data_captured_at_the_customer(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const struct defined_term *d;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is entered into between Kessler Guss GmbH (the \"Buyer\") and "
		 "OptiScan Systems B.V. (the \"Supplier\").\n"
		 "\"Line Images\" means all images and video that the Hardware captures on the "
		 "Buyer's production lines, and all labels the Buyer's staff apply to them.\n"
		 "\"Defect Labels\" means the labels that the Buyer's staff apply to the images.\n"
		 "\"Reference Images\" means the images that the Supplier captures in the Supplier's "
		 "own laboratory.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Line Images")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Defect Labels")->cls, TERM_CUSTOMER_DATA);
	d = term(&r, "Reference Images");
	assert_true(!d || d->cls == TERM_OTHER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Data classed by what its definition says: what the vendor collects or
 * keeps in doing the work is the customer's, whoever it is about; data
 * relating to a customer's own people is the customer's; what the vendor
 * prepares for the customer is a deliverable, read as one.
 */
static void test_data_classed_by_definition(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	load_doc(&doc,
		 "PARTIES\n\n"
		 "(1) HALLOWAY UNIFIED SCHOOL DISTRICT (the \"District\"); and\n\n"
		 "(2) BRIGHTPATH LEARNING, INC., a Delaware corporation (the \"Provider\").\n\n"
		 "1. DEFINITIONS\n\n"
		 "1.1 \"Student Data\" means any information that relates to an identifiable student "
		 "and that is collected, created or maintained by the Provider in providing the "
		 "Platform.\n\n"
		 "1.2 \"District Records\" means all information relating to the District's pupils "
		 "and staff.\n\n"
		 "1.3 \"Provider Data\" means data collected by the Provider in providing the "
		 "Platform.\n\n"
		 "1.4 \"Aggregate Records\" means de-identified records collected by the Provider in "
		 "providing the Platform.\n\n"
		 "1.5 \"Confidential Information\" means information obtained by a party in the "
		 "performance of this Agreement.\n\n"
		 "2. INTELLECTUAL PROPERTY\n\n"
		 "2.1 All lesson plans prepared by the Provider specifically for the District "
		 "(\"District Materials\") shall vest in the District on creation.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "District")->role, ROLE_CUSTOMER);
	assert_int_equal(term(&r, "Student Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "District Records")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Provider Data")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Aggregate Records")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Confidential Information")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "District Materials")->cls, TERM_OTHER);
	assert_string_equal(term(&r, "District Materials")->reads_as, "Deliverables");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A defined term broken across a hard line break, or spaced with a
 * no-break space, is still read as its class; the finding keeps the
 * document's offsets.
 */
static void test_terms_across_line_breaks(void **state)
{
	struct engine *e = engine_new(&rs);
	struct engine_options opt = ENGINE_OPTIONS_INIT;
	struct findings f = { 0 };
	struct document doc;
	const char *text =
		"Agreement between Modelworks Inc., a Delaware corporation (\"Modelworks\"), and "
		"Harbor Bank plc (\"Client\").\n\n"
		"\"Client Materials\" means data provided by Client.\n\n"
		"Modelworks may use Client \n  Materials to train.\n\n"
		"Modelworks may use Client\xC2\xA0Materials to train.\n";

	(void)state;
	load_doc(&doc, text);
	engine_run(e, &doc, &opt, &f);
	assert_int_equal(f.n, 2);
	assert_int_equal(f.v[0].start, strstr(text, "Modelworks may") - text);
	assert_int_equal(f.v[0].end, strstr(text, "to train") + 8 - text);
	assert_int_equal(f.v[1].end, strstr(strstr(text, "to train") + 1, "to train") + 8 - text);
	assert_string_equal(subst_at(&f.roles, text, "Client \n"), "Customer Data");
	findings_release(&f);
	document_release(&doc);
	engine_free(e);
}

/*
 * What the customer gives the vendor is its data whatever the noun, in a
 * definition that says what the thing is; not an order or notice it
 * sends, nor what the vendor gives, nor a date a sentence defines.
 */
static void test_customer_gives_vendor(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	load_doc(&doc,
		 "This Agreement is entered into by and between Larkspur Audio Publishing Ltd., a "
		 "company registered in England (\"Customer\"), and Vocalis Labs, Inc., a Delaware "
		 "corporation (\"Vendor\").\n\n"
		 "1.1 \"Voice Recordings\" means the recordings of the Narrator's voice, and their "
		 "transcripts, that Customer supplies to Vendor.\n\n"
		 "1.2 \"Site Images\" means the photographs that you upload to the Platform.\n\n"
		 "1.3 \"Purchase Order\" means the order that Customer submits to Vendor.\n\n"
		 "1.4 \"Sample Voices\" means the recordings that Vendor supplies to Customer.\n\n"
		 "1.5 \"Reference Tracks\" means the tracks that Customer sends to its own "
		 "distributors.\n\n"
		 "2.1 The term starts on the date that Customer's records are moved to Vendor's "
		 "system (the \"Start Point\").\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Customer")->role, ROLE_CUSTOMER);
	assert_int_equal(term(&r, "Voice Recordings")->cls, TERM_CUSTOMER_DATA);
	assert_string_equal(term(&r, "Voice Recordings")->reads_as, "Customer Data");
	assert_int_equal(term(&r, "Site Images")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Purchase Order")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Sample Voices")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Reference Tracks")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Start Point")->cls, TERM_OTHER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * What the customer gives the vendor is its data where "gives to" says
 * so ("all data that the Council gives to the Supplier") and where
 * "data" has no "that" after it ("all data the Council gives to the
 * Supplier", "data the District provides"); what the vendor gives is not,
 * nor data named as an exception ("other than data the Council gives").
 */
static void test_data_the_customer_gives_without_that(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	load_doc(&doc,
		 "This agreement is made between Marlow District Council (the \"Council\") and "
		 "Copperleaf Analytics Ltd (the \"Supplier\").\n\n"
		 "1.1 \"Programme Records\" means all data the Council gives to the Supplier under "
		 "this agreement.\n\n"
		 "1.2 \"Survey Records\" means the records that the Council gives to the Supplier "
		 "for analysis.\n\n"
		 "1.3 \"Benchmark Records\" means data the Supplier gives to the Council.\n\n"
		 "1.4 \"Service Records\" means logs of the Service other than data the Council "
		 "gives to the Supplier.\n\n"
		 "2.1 The Supplier may use Programme Records, Survey Records, Benchmark Records and "
		 "Service Records to improve its products.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Council")->role, ROLE_CUSTOMER);
	assert_int_equal(term(&r, "Programme Records")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Survey Records")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Benchmark Records")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Service Records")->cls, TERM_OTHER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A model trained on or adapted to what a customer's possessive names,
 * with the party's name also a term: "trains a model on Client's sales
 * records", "tunes ... on Client's brand assets, hereinafter referred to
 * as the Style Model", "a model adapted to Client's loan files" (even
 * where its name opens with the customer's word).  Not one trained at
 * the customer's request, adapted to run somewhere, or not trained so.
 */
static void test_model_adapted_to_customer_material(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Larkspur Audio Ltd, an English company "
		 "(\"Client\"), and Vocalis Labs, Inc., a Delaware corporation (\"Vendor\").\n"
		 "1.1 Vendor tunes a copy of its image model on Client's brand assets, hereinafter "
		 "referred to as the Style Model.\n"
		 "1.2 Vendor will provide Client with a classification model adapted to Client's "
		 "loan files (the \"Client Model\").\n"
		 "1.3 Vendor trains a model on Client's sales records (the \"Sales Model\").\n"
		 "1.4 Vendor retrains its scoring model on Client's request (the \"Score Model\").\n"
		 "1.5 Vendor hosts a ranking model adapted to run on Client's servers "
		 "(the \"Rank Model\").\n"
		 "1.6 Vendor will not train its routing model on Client's records "
		 "(the \"Route Model\").\n");
	roles_find(rf, &doc, &r);
	assert_string_equal(term(&r, "Style Model")->reads_as, "Custom Model");
	assert_string_equal(term(&r, "Client Model")->reads_as, "Custom Model");
	assert_string_equal(term(&r, "Sales Model")->reads_as, "Custom Model");
	assert_string_equal(term(&r, "Score Model")->reads_as, "Model");
	assert_string_equal(term(&r, "Rank Model")->reads_as, "Model");
	assert_string_equal(term(&r, "Route Model")->reads_as, "Model");
	roles_release(&r);
	roles_finder_free(rf);
	document_release(&doc);
}

/*
 * A model the vendor trains on the customer's data is the custom model:
 * on a term read as customer data, or on data a customer's word names.
 * Not a model the definition says is not so trained, nor the vendor's own.
 */
static void test_model_trained_on_customer_data(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Larkspur Audio Ltd, an English company "
		 "(\"Client\"), and Vocalis Labs, Inc., a Delaware corporation (\"Vendor\").\n"
		 "\"Voice Recordings\" means the recordings of the Narrator's voice that Client "
		 "supplies to Vendor.\n"
		 "\"Voice Model\" means the model, including its weights and speaker embeddings, "
		 "that Vendor trains on the Voice Recordings to reproduce the Narrator's voice.\n"
		 "\"Claims Model\" means the model fine-tuned using Client's claims records.\n"
		 "\"Speech Model\" means the model that is not trained on the Voice Recordings.\n"
		 "\"Engine Model\" means Vendor's model that Vendor trains on the Voice Recordings "
		 "of all its clients.\n"
		 "\"Text Model\" means the model that Vendor trains on public books.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Voice Recordings")->cls, TERM_CUSTOMER_DATA);
	assert_string_equal(term(&r, "Voice Model")->reads_as, "Custom Model");
	assert_string_equal(term(&r, "Claims Model")->reads_as, "Custom Model");
	assert_string_equal(term(&r, "Speech Model")->reads_as, "Model");
	assert_string_equal(term(&r, "Engine Model")->reads_as, "Model");
	assert_string_equal(term(&r, "Text Model")->reads_as, "Model");
	roles_release(&r);
	document_release(&doc);

	/* The model defined before the data it is trained on: the order does not matter. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Larkspur Audio Ltd, an English company "
		 "(\"Client\"), and Vocalis Labs, Inc., a Delaware corporation (\"Vendor\").\n"
		 "\"Voice Model\" means the model that Vendor trains on the Voice Recordings.\n"
		 "\"Accent Model\" means the model that Vendor fine-tunes on the Call Data.\n"
		 "\"Text Model\" means the model that Vendor trains on the Public Corpus.\n"
		 "\"Voice Recordings\" means the recordings of the Narrator's voice that Client "
		 "supplies to Vendor.\n"
		 "\"Public Corpus\" means the books that Vendor licenses from publishers.\n"
		 "Client shall upload the records of its calls (the \"Call Data\").\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Voice Recordings")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Call Data")->cls, TERM_CUSTOMER_DATA);
	assert_string_equal(term(&r, "Voice Model")->reads_as, "Custom Model");
	assert_string_equal(term(&r, "Accent Model")->reads_as, "Custom Model");
	assert_string_equal(term(&r, "Text Model")->reads_as, "Model");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Click-through terms name the customer as the one that accepts them:
 * 'and the company that accepts them ("Partner" or "you")'.  A list with
 * "you" after other words names no one.
 */
static void test_customer_that_accepts_the_terms(void **state)
{
	static const struct {
		const char *text, *customer, *not_party;
	} cases[] = {
		{ "These OEM terms (the \"Agreement\") are a contract between Meridian "
		  "Intelligence, Inc. (\"Meridian,\" \"we,\" \"our,\" or \"us\") and the company "
		  "that accepts them (\"Partner\" or \"you\").\n", "Partner", NULL },
		{ "These terms are an agreement between Acme Ltd (\"Acme\", \"we\" or \"us\") and "
		  "the organisation that has agreed to these terms by clicking \"I accept\" "
		  "(\"Subscriber\" or \"you\").\n", "Subscriber", NULL },
		{ "This letter is between Acme Ltd (\"Acme\", \"we\" or \"us\") and the sales "
		  "agent named below (the \"Agent\" or \"you\").\n", NULL, "Agent" },
		/* Words of what the customer is before the head, a long way to the list. */
		{ "These Terms are a binding agreement between Acme Ltd (\"Acme\", \"we\" or "
		  "\"us\") and the insurer, broker or other organization that accepts them by "
		  "clicking \"I accept\", signing an Order or using the Services (\"Member\", "
		  "\"you\" or \"your\").\n", "Member", NULL },
		{ "These Terms form an agreement between Acme Ltd (\"Acme\", \"we\" or \"us\") and "
		  "the business entity that registers for an account (\"Client\", \"you\").\n",
		  "Client", NULL },
		/* Named in the order form: the one that accepts it. */
		{ "These Terms are an agreement between Acme Ltd (\"Acme\", \"we\" or \"us\") and "
		  "the law firm, legal department or other organisation identified in the Order Form "
		  "(\"Firm\", \"you\" or \"your\").\n", "Firm", NULL },
		/* Named elsewhere than an order: no one by it. */
		{ "These Terms are an agreement between Acme Ltd (\"Acme\", \"we\" or \"us\") and "
		  "the firm identified in the invoice (\"Member\", \"you\").\n", NULL, "Member" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct roles_finder *rf = roles_finder_new(&rs);
		struct document doc;
		struct roles r;

		textdoc_lines(&doc, "c.txt", cases[i].text);
		roles_find(rf, &doc, &r);
		if (cases[i].customer) {
			assert_non_null(party(&r, cases[i].customer));
			assert_int_equal(party(&r, cases[i].customer)->role, ROLE_CUSTOMER);
		}
		if (cases[i].not_party)
			assert_null(party(&r, cases[i].not_party));
		assert_null(party(&r, "you"));
		roles_release(&r);
		document_release(&doc);
		roles_finder_free(rf);
	}
}

/*
 * A short contract may use each party once: one only supplies, the other
 * only pays, and the two take those roles.  "The data provided by X" is
 * X giving its data, not supplying; "make its platform available" is
 * supplying.  Uses that point both ways decide nothing.
 */
static void test_opposite_uses_of_two_parties(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Lumen Analytics, Inc., a Delaware corporation "
		 "(\"Lumen\"), and Castle Rock Bank, a Colorado state-chartered bank (\"Castle Rock\").\n"
		 "1. Lumen shall provide the transaction monitoring service.\n"
		 "2. Castle Rock shall pay the fees set out in the Order Form.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Lumen")->role, ROLE_VENDOR);
	assert_string_equal(party(&r, "Lumen")->why, "supplies under the contract");
	assert_int_equal(party(&r, "Castle Rock")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "THIS AGREEMENT is made by and between NORTHERN LIGHTS ENERGY CORPORATION, an Alberta "
		 "corporation (\"NLEC\"), and VECTORWISE ANALYTICS LLC (\"VECTORWISE\").\n"
		 "1. VECTORWISE SHALL MAKE ITS MAINTENANCE PLATFORM AVAILABLE TO NLEC.\n"
		 "2. VECTORWISE SHALL NOT USE THE SENSOR DATA PROVIDED BY NLEC TO TRAIN ANY MODEL.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "VECTORWISE")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "NLEC")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);

	/* Each party both supplies and pays: neither role. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Lumen Analytics, Inc., a Delaware corporation "
		 "(\"Lumen\"), and Castle Rock Bank, a Colorado state-chartered bank (\"Castle Rock\").\n"
		 "1. Lumen shall provide the monitoring service and Castle Rock shall provide the "
		 "hosting.\n"
		 "2. Castle Rock shall pay the fees and Lumen shall pay the hosting charges.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Lumen")->role, ROLE_UNKNOWN);
	assert_int_equal(party(&r, "Castle Rock")->role, ROLE_UNKNOWN);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Preambles that define a party otherwise: "(together with its
 * Affiliates, "Halyard")", a county that is "a political subdivision of
 * the State", and an alias inside a field that names its role.
 */
static void test_party_definitions_of_other_forms(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is entered into by and between Halyard Systems, Inc., a Delaware "
		 "corporation (together with its Affiliates, \"Halyard\"), and Pinecrest Bank, N.A., "
		 "a national banking association (\"Customer\").\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Halyard"));
	assert_int_equal(party(&r, "Halyard")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made by and between the County of Marin, a political subdivision "
		 "of the State of California (\"County\"), and Civic AI Solutions, Inc., a Delaware "
		 "corporation (\"Vendor\").\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "County"));
	assert_int_equal(party(&r, "County")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "MASTER AGREEMENT\n"
		 "Customer: ORCHARD VALLEY CREDIT UNION (\"Orchard Valley\")\n"
		 "Supplier: PARALLAX LEDGER TECHNOLOGIES, INC. (\"Parallax\")\n"
		 "1. Parallax shall not use member data to train models.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Orchard Valley"));
	assert_int_equal(party(&r, "Orchard Valley")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Parallax")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);

	/* A field that names no role names no party: a place is no entity. */
	textdoc_lines(&doc, "c.txt",
		 "Venue: Harbour Convention Centre (\"Venue\")\n"
		 "1. The event is held at the Venue.\n");
	roles_find(rf, &doc, &r);
	assert_null(party(&r, "Venue"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * "Party A: ..." and "Party B: ..." fields at the head of a contract
 * make the two labels parties; their uses give the roles.  One field
 * alone makes none.
 */
static void test_party_a_and_party_b(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "TECHNICAL SERVICES AGREEMENT\n"
		 "Party A: Shenzhen Huaxin Retail Co., Ltd.\n"
		 "Address: 18 Keyuan Road, Shenzhen\n"
		 "Party B:\n"
		 "Beijing Zhiyuan Intelligent Technology Co., Ltd.\n"
		 "1.1 Party B shall provide Party A with the customer service system.\n"
		 "2.1 Party A shall pay Party B the service fee.\n"
		 "3.1 Party B shall not use any data provided by Party A to train any model.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Party A"));
	assert_int_equal(party(&r, "Party A")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Party B")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "Party A: Shenzhen Huaxin Retail Co., Ltd.\n"
		 "1.1 Party A shall pay the service fee.\n");
	roles_find(rf, &doc, &r);
	assert_null(party(&r, "Party A"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A licence of data to build AI with: the licensee develops the AI and
 * is the vendor, the licensor whose images it is the customer.  A licence
 * of software keeps the nouns' roles.
 */
static void test_data_licence_turns_the_nouns(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Data Licence Agreement is made between Greenfield University Hospitals NHS "
		 "Foundation Trust (\"Licensor\") and Synapse Diagnostics Ltd, a company registered in "
		 "England (\"Licensee\").\n"
		 "1. Licensor grants Licensee a non-exclusive licence to use the de-identified chest "
		 "X-ray images listed in Schedule 1 (the \"Licensed Data\") solely to develop and "
		 "validate the Licensee's AI diagnostic software.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Licensor")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Licensee")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "This Licence Agreement is made between Cobalt Vision Systems, Inc. (\"Licensor\") and "
		 "Redfern Hospital District (\"Licensee\").\n"
		 "1. Licensor grants Licensee a licence to use the Software to read the images that "
		 "Licensee's radiologists upload.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Licensor")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Licensee")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);

	/* A licence to serve the licensor with its data: the licensee is the vendor. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Holloway Retail Limited (the \"Licensor\") and "
		 "Quantile Signals Ltd (the \"Licensee\").\n"
		 "2.1 The Licensor grants the Licensee a non-exclusive licence to use the Licensed "
		 "Data solely to provide the Insights to the Licensor.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Licensor")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Licensee")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);

	/* Feedback given back is no service. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Cobalt Vision Systems, Inc. (\"Licensor\") and "
		 "Redfern Hospital District (\"Licensee\").\n"
		 "1. Licensor grants Licensee a licence to use the Software and its sample data to "
		 "provide feedback to Licensor.\n");
	roles_find(rf, &doc, &r);
	assert_int_not_equal(party(&r, "Licensor")->role, ROLE_CUSTOMER);
	assert_int_not_equal(party(&r, "Licensee")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);

	/* "Data Provider" grants "Recipient" a licence to train with: the same turn. */
	textdoc_lines(&doc, "c.txt",
		 "This Data License Agreement is entered into between Pinecliff Health System, a "
		 "Washington nonprofit corporation (\"Data Provider\"), and Synapse Medical AI, Inc., "
		 "a Delaware corporation (\"Recipient\").\n"
		 "2.1 Data Provider grants Recipient a non-exclusive license to use the Licensed Data "
		 "solely to train and validate Recipient's sepsis prediction model.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Data Provider")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Recipient")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * What the customer gives is its data by any name, read from the sentence
 * that defines it ('Client shall upload the audio of its calls (the "Call
 * Audio")'), and in a licence of data to build AI with, from the licensor
 * that the roles make the customer ("Licensor grants", "The Licensor
 * grants").  Not what the vendor supplies, nor a date or a thing given
 * that is no data.
 */
static void test_data_given_by_name_alone(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is entered into between Acme Voice Analytics, Inc. (\"Vendor\") "
		 "and Bluewater Insurance Company (\"Client\").\n"
		 "Client shall upload the audio of its calls (the \"Call Audio\") to the Platform.\n"
		 "\"Site Footage\" means the video Client sends to Vendor each week.\n"
		 "Vendor shall provide the user guides and recordings of training sessions (the "
		 "\"Documentation\").\n"
		 "Client shall provide Vendor with copies of the programs and data files it uses "
		 "(the \"Client Software\").\n"
		 "Client shall deliver a letter of credit (the \"Security\").\n"
		 "Client shall provide Vendor with the voice samples of its agents (the \"Agent "
		 "Voices\").\n"
		 "Client shall deliver the images to Vendor's site in accordance with the "
		 "timetable (the \"Delivery Timetable\").\n"
		 "Client shall send the recordings to Vendor with the cover sheet (the \"Cover\").\n"
		 "\"Sample Calls\" means the audio Vendor provides to Client for testing.\n"
		 "The term starts on the date Vendor has confirmed that Client's records have been "
		 "converted to Vendor's system (the \"Start Point\").\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Client")->role, ROLE_CUSTOMER);
	assert_int_equal(term(&r, "Call Audio")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Site Footage")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Documentation")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Client Software")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Agent Voices")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Security")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Delivery Timetable")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Cover")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Sample Calls")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Start Point")->cls, TERM_OTHER);
	roles_release(&r);
	document_release(&doc);

	/* A reverse data licence: the licensor is the customer, its images its data. */
	textdoc_lines(&doc, "c.txt",
		 "This Data Licence Agreement is made between Greenfield University Hospitals NHS "
		 "Foundation Trust (\"Licensor\") and Synapse Diagnostics Ltd (\"Licensee\").\n"
		 "\"Licensed Data\" means the images Licensor provides to Licensee.\n"
		 "Licensor grants Licensee a licence to use the chest X-ray images listed in "
		 "Schedule 1 (the \"Scan Set\") to develop its AI diagnostic software.\n"
		 "The Licensor grants the Licensee a licence to use the card transaction records "
		 "listed in Schedule 2 (the \"Transaction Data\") to train its fraud model.\n"
		 "Licensee shall make the Software available to Licensor.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Licensor")->role, ROLE_CUSTOMER);
	assert_int_equal(term(&r, "Licensed Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Scan Set")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Transaction Data")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);

	/* The usual direction: what the vendor licenses is no customer data. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Acme Imaging Ltd (\"Licensor\") and Beta Clinics "
		 "plc (\"Licensee\").\n"
		 "\"Licensed Data\" means the images Licensor provides to Licensee.\n"
		 "Licensor grants Licensee a licence to use the chest X-ray images listed in "
		 "Schedule 1 (the \"Scan Set\").\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Licensor")->role, ROLE_VENDOR);
	assert_int_equal(term(&r, "Licensed Data")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Scan Set")->cls, TERM_OTHER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * What the service generates is output in the passive too ('"Notes" means
 * the summaries generated by the Service'), so "ownership of your Notes"
 * reads as the outputs'.  Not money a product earns, nor software that
 * takes in what it generates.
 */
static void test_outputs_in_the_passive_voice(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"These Terms are a contract between you and Notable Labs, Inc. (\"Vendor\").\n"
		"\"Notes\" means the summaries and transcripts generated by the Service from Your "
		"Content.\n"
		"Customer may export the reports produced by the Platform (the \"Alerts\").\n"
		"\"Net Revenue\" means the revenue generated by the Services, less taxes.\n"
		"The software, including any images generated by the software, and data accompanying "
		"the software (collectively, the \"Software\") is licensed to you.\n"
		"\"Documentation\" means the manuals generated by the Platform.\n"
		"We do not claim any ownership of your Notes.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Notes")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "Alerts")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "Net Revenue")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Software")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Documentation")->cls, TERM_OTHER);
	assert_string_equal(subst_at(&r, text, "Notes.\n"), "Output");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A passive says whose data it is by its direction: what the customer
 * receives from the vendor ("received by Party A from Party B") or the
 * vendor discloses is no customer data; what the customer discloses, or
 * the vendor receives, is.  A party's name may be two words.
 */
static void test_direction_of_the_passive(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "TECHNICAL SERVICES AGREEMENT\n"
		 "Party A: Shenzhen Huaxin Retail Co., Ltd.\n"
		 "Party B:\n"
		 "Beijing Zhiyuan Intelligent Technology Co., Ltd.\n"
		 "1.1 Party B shall provide Party A with the customer service system.\n"
		 "2.1 Party A shall pay Party B the service fee.\n"
		 "3.1 \"Technical Information\" means the technical data received by Party A from "
		 "Party B.\n"
		 "3.2 \"Service Records\" means the records disclosed by Party B to Party A.\n"
		 "3.3 \"Shop Data\" means the sales data disclosed by Party A to Party B.\n"
		 "3.4 \"Store Data\" means the data received by Party B from Party A.\n"
		 "3.5 \"Filing Data\" means Party A information and data generated for US "
		 "Marketing Clearance.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Party A")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Party B")->role, ROLE_VENDOR);
	assert_int_equal(term(&r, "Technical Information")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Service Records")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Shop Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Store Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Filing Data")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * An order form that names its parties only in fields of their roles, a
 * table's rows or "the Customer: NAME", with no alias: each role's only
 * company is that party.  A table of other things names none, nor a role
 * whose fields name two companies.
 */
static void test_parties_named_only_in_fields(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "ORDER FORM\n"
		 "| Customer | Westbrook Municipal Utilities District |\n"
		 "| Provider | Tessellate AI, Inc. |\n"
		 "| Fees | USD 180,000 per year |\n"
		 "1. Provider shall not use Customer Data to train any model.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Westbrook Municipal Utilities District")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Tessellate AI, Inc.")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Customer")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "PARTIES\n"
		 "the Customer: HARTWELL BUILDING SOCIETY, a building society incorporated under "
		 "the Building Societies Act 1986\n"
		 "the Supplier: LEXIGRAM AI LIMITED, a company incorporated in England\n"
		 "1. The Supplier shall provide the Services to the Customer.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "HARTWELL BUILDING SOCIETY")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "LEXIGRAM AI LIMITED")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "ORDER FORM\n"
		 "| Customer | Yes |\n"
		 "| Provider | See Schedule 2 |\n"
		 "Customer: Westbrook Utilities District\n"
		 "Customer: Eastbrook Water Board\n"
		 "1. Provider shall not use Customer Data to train any model.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(r.nparties, 0);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A term defined by what comes before its giver ('the photos and floor
 * plans you upload ("Listing Media")') is the customer's data by any name,
 * and the view reads it so in the sentence that defines it too.
 */
static void test_data_named_before_its_giver(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"These Terms of Service are a contract between you and Roomglow, Inc. "
		"(\"Roomglow\", \"we\", \"us\" or \"our\").\n"
		"You keep all rights in the photos and floor plans you upload (\"Listing Media\").\n"
		"We own the recordings that you submit to the app (\"Session Audio\").\n"
		"We own the images that are uploaded by you through the Service (\"Scan Set\").\n"
		"You may download the photos we provide to you (\"Stock Media\").\n"
		"You may use the software you upload (\"Plug-ins\").\n"
		"We may change the floor plans you choose (\"Layouts\").\n"
		"We may edit the images you have licensed (collectively, \"Updates\").\n";
	size_t at = (size_t)(strstr(text, "Listing Media\")") - text), i;

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Roomglow")->role, ROLE_VENDOR);
	assert_int_equal(term(&r, "Listing Media")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Session Audio")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Scan Set")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Stock Media")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Plug-ins")->cls, TERM_OTHER);
	assert_int_equal(term(&r, "Layouts")->cls, TERM_OTHER);
	/* What the customer has licensed it was given. */
	assert_int_equal(term(&r, "Updates")->cls, TERM_OTHER);
	for (i = 0; i < r.nsubst && r.subst[i].start != at; i++)
		;
	assert_true(i < r.nsubst);
	assert_string_equal(r.subst[i].text, "Customer Data");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * The kinds of data a definition of the customer's data lists by common
 * nouns stand for it where they head a noun phrase: "Recordings of
 * practitioner conversations shall be deleted" reads as the customer's
 * data, "the Supplier's recordings" and "recordings policy" do not.
 */
static void test_kinds_listed_in_data_definition(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"This Agreement is made between Northshire County Council (the \"Authority\") and "
		"Scribewell Ltd (the \"Supplier\").\n"
		"\"Authority Data\" means all data, including Personal Data, recordings of "
		"practitioner conversations and case notes, that the Authority provides to the "
		"Supplier;\n"
		"\"Service Data\" means information, including notes and usage statistics, that "
		"the Supplier collects.\n"
		"Recordings of practitioner conversations shall be deleted within seven days.\n"
		"The Supplier shall keep case notes in the United Kingdom.\n"
		"The Supplier's recordings and its recordings policy are not affected.\n"
		"You may use sounds, recordings or images the Supplier provides.\n";
	const char *rec = strstr(text, "Recordings of practitioner conversations shall");
	const char *own = strstr(text, "Supplier's recordings") + strlen("Supplier's ");
	const char *pol = strstr(text, "recordings policy");
	const char *giv = strstr(text, "recordings or images the Supplier");
	size_t i;
	int at_rec = 0, at_own = 0, at_pol = 0, at_giv = 0;

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Authority")->role, ROLE_CUSTOMER);
	assert_non_null(term(&r, "recordings"));
	assert_int_equal(term(&r, "recordings")->cls, TERM_CUSTOMER_DATA);
	assert_true(term(&r, "recordings")->kind);
	assert_int_equal(term(&r, "case notes")->cls, TERM_CUSTOMER_DATA);
	/* A capitalised item is a term of its own; bare "notes" is no kind. */
	assert_null(term(&r, "Personal Data"));
	assert_null(term(&r, "notes"));
	assert_null(term(&r, "usage statistics"));
	for (i = 0; i < r.nsubst; i++) {
		at_rec |= r.subst[i].start == (size_t)(rec - text);
		at_own |= r.subst[i].start == (size_t)(own - text);
		at_pol |= r.subst[i].start == (size_t)(pol - text);
		at_giv |= r.subst[i].start == (size_t)(giv - text);
	}
	assert_true(at_rec);
	assert_false(at_own);
	assert_false(at_pol);
	/* What the vendor gives is not the customer's. */
	assert_false(at_giv);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * An order form whose table names the parties' companies by role and whose
 * recital defines their aliases: the table's rows give the aliases their
 * roles, as "Provider: NAME" fields do, where their uses do not.
 */
static void test_table_rows_give_aliases_roles(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "ORDER FORM\n"
		 "| Customer | Westbrook Municipal Utilities District |\n"
		 "| Provider | Tessellate AI, Inc. |\n"
		 "| Order Start Date | November 1, 2025 |\n"
		 "This Order Form is entered into between Westbrook Municipal Utilities District "
		 "(\"Westbrook\") and Tessellate AI, Inc. (\"Tessellate\").\n"
		 "1. Westbrook shall pay the Fees annually in advance.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Westbrook")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Tessellate")->role, ROLE_VENDOR);
	assert_string_equal(party(&r, "Tessellate")->why, "named in a field of its role");
	roles_release(&r);
	document_release(&doc);

	/* A row that names no company gives no role. */
	textdoc_lines(&doc, "c.txt",
		 "ORDER FORM\n"
		 "| Customer | Yes |\n"
		 "| Provider | See Schedule 2 |\n"
		 "This Order Form is entered into between Westbrook Municipal Utilities District "
		 "(\"Westbrook\") and Tessellate AI, Inc. (\"Tessellate\").\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Westbrook")->role, ROLE_UNKNOWN);
	assert_int_equal(party(&r, "Tessellate")->role, ROLE_UNKNOWN);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* A term, its class and the sentence that defines it. */
struct term_case {
	const char *term;
	enum term_class cls;
	const char *sentence;
};

/* Reads `preamble`, then each case's sentence on a line of its own, and checks each term's class. */
static void check_term_classes(const char *preamble, const struct term_case *cases, size_t n)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct buf text = BUF_INIT;
	struct document doc;
	struct roles r;
	size_t i;

	buf_addstr(&text, preamble);
	for (i = 0; i < n; i++) {
		buf_addstr(&text, cases[i].sentence);
		buf_addstr(&text, "\n");
	}
	textdoc_lines(&doc, "c.txt", text.ptr);
	roles_find(rf, &doc, &r);
	for (i = 0; i < n; i++)
		assert_int_equal(term(&r, cases[i].term)->cls, cases[i].cls);
	roles_release(&r);
	document_release(&doc);
	buf_release(&text);
	roles_finder_free(rf);
}

/*
 * "it" before a verb of giving stands for the party named last before it in
 * the sentence: 'Client owns all documents, data and records it submits to
 * the Platform ("Client Information")' is the customer's data; what the
 * vendor says "it" collects is not, nor what "it" provides where the
 * vendor is the one named last.
 */
static void test_it_gives_for_the_party_before(void **state)
{
	static const struct term_case cases[] = {
		{ "Client Information", TERM_CUSTOMER_DATA,
		  "As between the parties, Client owns all documents, data and records it submits "
		  "to the Platform (\"Client Information\")." },
		{ "Client Files", TERM_CUSTOMER_DATA,
		  "Client keeps copies of the files it uploads (the \"Client Files\")." },
		{ "Service Records", TERM_OTHER,
		  "Northbay keeps the records it collects in running the Platform (\"Service "
		  "Records\")." },
		{ "Reference Files", TERM_OTHER,
		  "Northbay archives the documents it provides to Client (the \"Reference "
		  "Files\")." },
		{ "Review Files", TERM_OTHER,
		  "Client may review the reports Northbay prepares and the documents it provides "
		  "(\"Review Files\")." },
	};

	(void)state;
	check_term_classes("This Agreement is between Northbay Analytics Inc. (\"Northbay\") and "
			   "Harbor Credit Union (\"Client\").\n"
			   "Northbay will provide Client with access to its hosted platform.\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A term in parentheses that closes a sentence about what the customer
 * holds ("your product catalogue ... ("Shop Data").") is its data; not what
 * the vendor sends it, what is about it, what another holds, nor a term
 * that does not close its sentence.
 */
static void test_term_closing_customer_holdings(void **state)
{
	static const struct term_case cases[] = {
		{ "Shop Data", TERM_CUSTOMER_DATA,
		  "When you connect your shop, you let us read your product catalogue, prices and "
		  "order history through the Marketplace's seller API (\"Shop Data\")." },
		{ "Price Data", TERM_CUSTOMER_DATA,
		  "We keep the Client's price lists (the \"Price Data\")." },
		{ "Statement Data", TERM_OTHER,
		  "We send you your monthly statements (\"Statement Data\")." },
		{ "Sales Data", TERM_OTHER, "We prepare reports on your sales (\"Sales Data\")." },
		{ "App Data", TERM_OTHER, "We record your use of the app (\"App Data\")." },
		{ "Rating Data", TERM_OTHER,
		  "We read your orders and the ratings our models assign (\"Rating Data\")." },
		{ "Stock Data", TERM_OTHER, "We read your stock levels (\"Stock Data\") every hour." },
		{ "Confidential Data", TERM_OTHER,
		  "We read your confidential plans (\"Confidential Data\")." },
	};

	(void)state;
	check_term_classes("These terms are a contract between you and Shelfwise Labs Ltd "
			   "(\"Shelfwise\", \"we\", \"us\" or \"our\").\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A term in parentheses after what the vendor returns, generates or
 * produces for the customer ('the mastered files and stems we return to
 * you ("Masters")') is an output; not what the customer gives or holds,
 * what is joined to that, money, usage, papers, what is about something
 * else, what is made for another or by another, nor what the vendor
 * supplies.
 */
static void test_term_after_what_is_made_for_the_customer(void **state)
{
	static const char *const outputs[] = { "Masters", "Clips", "Stems", "Stills" };
	static const char *const others[] = {
		"Returns", "Copies", "Earnings", "Chats", "Charts", "Bills", "Notes", "Feeds",
		"Listings", "Software", "Confidential Files", "Originals", "Echoes", "Statements",
		"Bundles",
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "These terms are a contract between you and Shelfwise Labs Ltd (\"Shelfwise\", "
		 "\"we\", \"us\" or \"our\").\n"
		 "You keep all rights in the audio you upload (\"Your Tracks\") and in the mastered "
		 "files and stems we return to you (\"Masters\").\n"
		 "You own the short clips that Shelfwise generates for you in MP4 format "
		 "(\"Clips\").\n"
		 "You keep the audio you upload (\"Tracks\"), and we keep the audio you upload "
		 "that we return to you (\"Returns\").\n"
		 "We keep the Tracks we return to you (\"Copies\").\n"
		 "We list the royalties we generate for you (\"Earnings\").\n"
		 "We keep the prompts you send and the answers we return to you (\"Chats\").\n"
		 "We keep the usage charts we generate for you (\"Charts\"), the invoices we "
		 "generate for you (\"Bills\") and notes about the account that we produce for you "
		 "(\"Notes\").\n"
		 "We keep the files we return to the Marketplace (\"Feeds\").\n"
		 "You keep the files the Marketplace returns to you (\"Listings\").\n"
		 "We keep the code we produce for you (\"Software\").\n"
		 "We keep the files we return to you (\"Confidential Files\").\n"
		 "We keep the audio you upload that the Provider returns to you (\"Originals\").\n"
		 /* A "means" body that is all of what is made, and not one deep in a longer body. */
		 "\"Stems\" means the mastered files and stems we return to you.\n"
		 "\"Stills\" means the frames that Shelfwise generates for you in PNG format.\n"
		 "\"Echoes\" means the audio you upload that we return to you.\n"
		 "\"Statements\" means the invoices we generate for you.\n"
		 "\"Threads\" means the prompts you send and the answers we return to you.\n"
		 "\"Bundles\" means the catalogue of recordings, artwork, liner notes, lyrics, "
		 "credits and other metadata that labels and distributors license to Shelfwise, "
		 "and the files we return to you.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Tracks")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Threads")->cls, TERM_CUSTOMER_DATA);
	for (i = 0; i < sizeof(outputs) / sizeof(outputs[0]); i++)
		assert_int_equal(term(&r, outputs[i])->cls, TERM_OUTPUT);
	for (i = 0; i < sizeof(others) / sizeof(others[0]); i++)
		assert_int_equal(term(&r, others[i])->cls, TERM_OTHER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * What is returned, generated or produced for the customer is output in the
 * passive too, where no maker is named or it follows ("generated for
 * Customer by the Service"), and so is what is provided to the customer
 * in response to something; not what is only provided to it, papers it is
 * sent, nor what is returned to the vendor.
 */
static void test_outputs_made_for_the_customer_in_the_passive(void **state)
{
	static const struct term_case cases[] = {
		{ "Replies", TERM_OUTPUT,
		  "\"Replies\" means the text provided to Customer in response to Customer's prompts." },
		{ "Renders", TERM_OUTPUT,
		  "\"Renders\" means the images and video returned to Customer by the Platform." },
		{ "Drafts", TERM_OUTPUT,
		  "\"Drafts\" means the documents generated for Customer by the Service from the "
		  "Source Files." },
		{ "Clips", TERM_OUTPUT, "\"Clips\" means the short videos that are returned to you." },
		{ "Documentation", TERM_OTHER, "\"Documentation\" means the manuals provided to Customer." },
		{ "Statements", TERM_OTHER, "\"Statements\" means the invoices generated for Customer." },
		{ "Samples", TERM_OTHER, "\"Samples\" means the files returned to Provider by Customer." },
		{ "Quotes", TERM_OTHER,
		  "\"Quotes\" means the price lists sent to Provider in response to its requests." },
	};

	(void)state;
	check_term_classes("This Agreement is between Acme Corp. (\"Provider\") and Beta LLC "
			   "(\"Customer\").\n", cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A registration number alone in a parenthesis, "(SC445566)", is read past
 * to the entity before it; and the party that entrusts the work to the
 * other buys it ("Party A entrusts to Party B the development").
 */
static void test_registration_number_and_entrusting(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Pilot Agreement is made between Hollis Freight Limited, a company registered "
		 "in Scotland (SC445566) (\"Hollis\"), and Ardent Route AI, Inc., a Delaware "
		 "corporation (\"Ardent\").\n"
		 "Ardent shall make its software available to Hollis for 90 days.\n"
		 "Ardent shall deliver a report to Hollis.\n"
		 "Hollis shall pay Ardent a fee.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Hollis"));
	assert_int_equal(party(&r, "Hollis")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Ardent")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "Hoshino Logistics Co., Ltd. (hereinafter \"Party A\") and Kumo Vision Inc. "
		 "(hereinafter \"Party B\") hereby enter into this agreement as follows.\n"
		 "1. \"Training Data\" means the images that Party A provides to Party B.\n"
		 "2. Party A entrusts to Party B the development of the AI model.\n"
		 "3. Party A shall pay Party B the consideration.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Party A")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Party B")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * What the vendor's machine makes is output where the machine is named
 * with its owner ("the Agency's screening software generates"), not where
 * it is the customer's; "Work Product" a machine makes is output; and a
 * term named as output is output where the vendor delivers it to the
 * customer ("the forecasts that the Licensee delivers to the Licensor"),
 * not the other way round.
 */
static void test_outputs_of_the_vendors_machine(void **state)
{
	static const struct term_case cases[] = {
		{ "Candidate Profiles", TERM_OUTPUT,
		  "\"Candidate Profiles\" means the CVs and scores that the Provider's screening "
		  "software generates and sends to the Customer." },
		{ "Site Profiles", TERM_OTHER,
		  "\"Site Profiles\" means the summaries that the Customer's own software generates." },
		{ "Work Product", TERM_OUTPUT,
		  "\"Work Product\" means all responses and reports that the Provider's chat system "
		  "produces for the Customer under this Agreement." },
		{ "Insights", TERM_OUTPUT,
		  "\"Insights\" means the demand forecasts and reports that the Provider delivers to "
		  "the Customer." },
		{ "Recommendations", TERM_OTHER,
		  "\"Recommendations\" means the suggestions that the Customer delivers to the "
		  "Provider." },
	};

	(void)state;
	check_term_classes("This Agreement is between Acme Corp. (\"Provider\") and Beta LLC "
			   "(\"Customer\").\n", cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A name defined after "hereinafter" with a role noun glossing it in
 * parentheses ('the "Auftraggeber" (Client)') is that party, with the
 * gloss's role: the text uses the name.
 */
static void test_alias_with_its_gloss(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "Framework Agreement\n"
		 "between\n"
		 "Stadtwerke Neuburg GmbH\n"
		 "represented by its managing director\n"
		 "- hereinafter referred to as the \"Auftraggeber\" (Client) -\n"
		 "and\n"
		 "Textkraft Solutions GmbH\n"
		 "represented by its managing directors\n"
		 "- hereinafter referred to as the \"Auftragnehmer\" (Supplier) -\n"
		 "The Auftragnehmer shall provide the platform to the Auftraggeber.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Auftraggeber")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Auftragnehmer")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Client")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* "an unincorporated association" (a consortium of buyers) is an entity, as "a body corporate" is. */
static void test_unincorporated_association(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "THIS AGREEMENT is made on 20 March 2026\n"
		 "BETWEEN\n"
		 "(1) THE NORTHERN RADIOLOGY CONSORTIUM, an unincorporated association of the "
		 "hospitals listed in Annex A (the \"Consortium\"); and\n"
		 "(2) LUMENSCAN AI LIMITED, company number 13579246 (the \"Provider\").\n"
		 "The Provider shall provide the triage service.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Consortium"));
	assert_int_equal(party(&r, "Consortium")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Provider")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * What a "means" definition opens with and says the customer gives in the
 * passive ("all data, telemetry and documents provided by the Customer to
 * the Provider") is its data by any name; not what the vendor supplies.
 */
static void test_data_given_at_definition_head_in_the_passive(void **state)
{
	static const struct term_case cases[] = {
		{ "Principal Material", TERM_CUSTOMER_DATA,
		  "Principal Material means all data, telemetry and documents provided by the "
		  "Customer to the Provider for the Services." },
		{ "Scan Images", TERM_CUSTOMER_DATA,
		  "\"Scan Images\" means the radiology images submitted by the Customer." },
		{ "Reference Material", TERM_OTHER,
		  "\"Reference Material\" means all documents and data supplied by the Provider to "
		  "the Customer." },
		{ "Sample Images", TERM_OTHER,
		  "\"Sample Images\" means the images provided by Provider." },
	};

	(void)state;
	check_term_classes("This Agreement is between Acme Corp. (\"Provider\") and Beta LLC "
			   "(\"Customer\").\n", cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What a vendor named in two words returns to the customer ("the scores
 * the Service Provider returns to the Service Recipient for each claim")
 * is output; what a system captures at the customer's port or in its area
 * is the customer's data.
 */
static void test_made_for_and_captured_at_by_longer_names(void **state)
{
	static const struct term_case cases[] = {
		{ "Fraud Scores", TERM_OUTPUT,
		  "\"Fraud Scores\" means the scores the Service Provider returns to the Service "
		  "Recipient for each claim." },
		{ "Inspection Images", TERM_CUSTOMER_DATA,
		  "\"Inspection Images\" means the images of containers captured by the System at "
		  "the Service Recipient's port." },
		{ "Road Data", TERM_CUSTOMER_DATA,
		  "\"Road Data\" means all camera footage captured by the System in the Service "
		  "Recipient's area." },
		{ "Survey Data", TERM_OTHER,
		  "\"Survey Data\" means all readings captured by the System in the Service "
		  "Provider's offices." },
	};

	(void)state;
	check_term_classes("This Agreement is between Quorra Analytics Limited (the \"Service "
			   "Provider\" or \"Supplier\") and Meridale Insurance Limited (the \"Service "
			   "Recipient\" or \"Customer\").\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * "We", "Us" and "Our" name the vendor in any case, as word_role reads
 * them: "any song ... that You upload to Us" is given to the vendor.
 */
static void test_first_person_in_any_case(void **state)
{
	static const struct term_case cases[] = {
		{ "Tracks", TERM_CUSTOMER_DATA,
		  "\"Tracks\" means any song or other work that You upload to Us." },
		{ "Covers", TERM_OTHER,
		  "\"Covers\" means any song or other work that You send to the Band." },
	};

	(void)state;
	check_term_classes("These Terms are a contract between You and Tunebox Ltd (\"Tunebox\", "
			   "\"We\", \"Us\" or \"Our\").\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What the customer connects, links, syncs or integrates is given like what
 * it uploads, and the messages between its own customers and its agent or
 * the service are its data; not what the vendor links to, nor the messages
 * between the customer and the vendor.
 */
static void test_data_connected_and_messages_of_end_customers(void **state)
{
	static const struct term_case cases[] = {
		{ "Store Data", TERM_CUSTOMER_DATA,
		  "\"Store Data\" means the product catalogue, order records, help-centre articles "
		  "and policies you connect to Helpdesk Harbor." },
		{ "Synced Records", TERM_CUSTOMER_DATA,
		  "\"Synced Records\" means the contacts and deal records that you sync with the "
		  "Service." },
		{ "Linked Files", TERM_OTHER,
		  "\"Linked Files\" means the help files that we link to the Service." },
		{ "Conversations", TERM_CUSTOMER_DATA,
		  "\"Conversations\" means the messages between your shoppers and your agent." },
		{ "Call Recordings", TERM_CUSTOMER_DATA,
		  "We record all calls with your customers (\"Call Recordings\")." },
		{ "Chats", TERM_CUSTOMER_DATA, "\"Chats\" means the chats with End Users." },
		{ "Support Messages", TERM_OTHER,
		  "\"Support Messages\" means the messages between you and our support team." },
	};

	(void)state;
	check_term_classes("These terms are an agreement between Harbor Labs, Inc. (\"Harbor "
			   "Labs\", \"we\", \"us\" or \"our\") and the business that signs up "
			   "(\"you\" or \"your\").\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What a name the contract gives the service makes for the customer, or
 * from its things, is output whatever the nouns; what "you" add, store,
 * keep or import is the customer's data; a classifier defined under a model's
 * name is a model.  Not what another makes for its own people, what the
 * vendor adds, nor things added that are no data.
 */
static void test_made_by_a_named_service_and_data_you_add(void **state)
{
	static const struct term_case cases[] = {
		{ "Designs", TERM_OUTPUT,
		  "\"Designs\" means the sketches, prints, patterns and colourways the Studio "
		  "generates for you from Your Materials." },
		{ "Patterns", TERM_OUTPUT,
		  "\"Patterns\" means the repeats the Loomwright Studio creates from your sketches." },
		{ "Menus", TERM_OTHER,
		  "\"Menus\" means the menus the Kitchen creates for its guests." },
		{ "Your Uploads", TERM_CUSTOMER_DATA,
		  "\"Your Uploads\" means the photographs, scans, documents and notes you add to "
		  "Kinfold." },
		{ "Archive", TERM_CUSTOMER_DATA,
		  "\"Archive\" means the letters and photographs you store in the Service." },
		{ "Saved Items", TERM_OTHER,
		  "\"Saved Items\" means the items you add to your wishlist." },
		{ "Stock Photos", TERM_OTHER,
		  "\"Stock Photos\" means the photographs we add to the Service." },
		{ "Matter Model", TERM_MODEL,
		  "\"Matter Model\" means the predictive coding classifier that the Review Platform "
		  "trains for a single Matter." },
	};

	(void)state;
	check_term_classes("These terms are an agreement between Harbor Labs, Inc. (\"Harbor "
			   "Labs\", \"we\", \"us\" or \"our\") and the business that signs up "
			   "(\"you\" or \"your\").\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What "you" (or your staff) enter, type or paste into the vendor or its
 * service, or give "us", is the customer's data ("Pharmacy Data" means
 * ... notes that you or your staff enter into Dosewise), as is what "you"
 * add to the Service in the middle of a definition; not what is entered
 * into with others, nor a notice given.  What a product name without
 * "the" generates for the customer is output ("Kinfold generates for
 * you"), and so is what a name the contract gives its service makes for
 * the customer where the term's parenthesis follows ('the sketches the
 * Studio generates for you ("Creations")'); not what is made after the
 * maker ('generates for you a monthly invoice ("Invoice")'), nor money.
 */
static void test_entered_into_and_made_by_a_bare_name(void **state)
{
	static const struct term_case cases[] = {
		{ "Pharmacy Data", TERM_CUSTOMER_DATA,
		  "\"Pharmacy Data\" means the medication lists, prescription details, patient "
		  "questions and notes that you or your staff enter into Harbor Labs." },
		{ "Clinic Notes", TERM_CUSTOMER_DATA,
		  "\"Clinic Notes\" means the notes that you type into the Service." },
		{ "Keepsakes", TERM_CUSTOMER_DATA,
		  "\"Keepsakes\" means letters and photographs that you add from your phone to the "
		  "Service." },
		{ "Shared Files", TERM_CUSTOMER_DATA,
		  "\"Shared Files\" means files that you give us." },
		{ "Supplier Contracts", TERM_OTHER,
		  "\"Supplier Contracts\" means the contracts that you enter into with your "
		  "suppliers." },
		{ "Notices", TERM_OTHER, "\"Notices\" means the notices that you give us." },
		{ "Designs", TERM_OUTPUT, "\"Designs\" means the sketches Kinfold generates for you." },
		{ "Creations", TERM_OUTPUT,
		  "You own the sketches, prints and patterns the Studio generates for you "
		  "(\"Creations\")." },
		{ "Repeats", TERM_OUTPUT,
		  "You own the patterns that Loomwright creates from your sketches (\"Repeats\") "
		  "and may sell them." },
		{ "Invoice", TERM_OTHER,
		  "Each month the Studio generates for you a statement of account (\"Invoice\")." },
		{ "Net Revenue", TERM_OTHER,
		  "\"Net Revenue\" means the revenue the Studio generates for you." },
	};

	(void)state;
	check_term_classes("These terms are an agreement between Harbor Labs, Inc. (\"Harbor "
			   "Labs\", \"we\", \"us\" or \"our\") and the business that signs up "
			   "(\"you\" or \"your\").\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
	assert_true(builtin_finds(
		"These terms are a contract between Dosewise Health Technologies Inc. "
		"(\"Dosewise\", \"we\", \"us\" or \"our\") and the pharmacy business that opens "
		"an account (\"you\" or \"your\").\n"
		"\"Pharmacy Data\" means the medication lists, prescription details, patient "
		"questions and notes that you or your staff enter into Dosewise.\n"
		"2.2 We do not use Pharmacy Data to train or fine-tune the models behind "
		"Dosewise.\n",
		"data.training.no-training"));
}

/*
 * Data or media "you upload" is the customer's by any name;
 * what the vendor generates from a term of the customer's data is output
 * by any name; a "means" list that names such terms, with plain words
 * between them, is the customer's data.  Not the length of what is
 * uploaded, what is made from the vendor's own records, nor a list under
 * a name that says secret.
 */
static void test_uploaded_made_from_and_listed_data(void **state)
{
	static const char *const preamble =
		"These terms are an agreement between Notewell Health Pty Ltd (ABN 41 622 908 315) "
		"(\"Notewell\", \"we\", \"us\" or \"our\") and the medical practice that "
		"signs up for Notewell (\"you\" or \"your\").\n";
	static const struct term_case cases[] = {
		{ "Consultation Audio", TERM_CUSTOMER_DATA,
		  "1.1 \"Consultation Audio\" means the audio of a consultation between one of your "
		  "clinicians and a patient that Notewell records or that you upload." },
		{ "Session Length", TERM_OTHER,
		  "1.2 \"Session Length\" means the length of a consultation between one of your "
		  "clinicians and a patient that Notewell records or that you upload." },
		{ "Draft Notes", TERM_OUTPUT,
		  "1.3 \"Draft Notes\" means the clinical notes, referral letters and summaries "
		  "that Notewell generates from Consultation Audio." },
		{ "Case Summaries", TERM_OUTPUT,
		  "1.4 \"Case Summaries\" means the summaries we generate from the Consultation "
		  "Audio." },
		{ "Practice Reports", TERM_OTHER,
		  "1.5 \"Practice Reports\" means the reports that Notewell generates from its "
		  "own records." },
		{ "Your Data", TERM_CUSTOMER_DATA,
		  "1.6 \"Your Data\" means Consultation Audio, transcripts, Draft Notes and any "
		  "other information you or your clinicians put into Notewell." },
		{ "Confidential Items", TERM_OTHER,
		  "1.7 \"Confidential Items\" means Consultation Audio, pricing, Draft Notes and "
		  "business plans." },
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	check_term_classes(preamble, cases, sizeof(cases) / sizeof(cases[0]));
	/* Of data and outputs, such a list reads as the data alone. */
	textdoc_lines(&doc, "c.txt", "These terms are an agreement between Notewell Health Pty Ltd "
		       "(\"Notewell\", \"we\", \"us\" or \"our\") and you.\n"
		       "\"Consultation Audio\" means the audio that you upload.\n"
		       "\"Draft Notes\" means the notes that Notewell generates from Consultation "
		       "Audio.\n"
		       "\"Your Data\" means Consultation Audio, transcripts, Draft Notes and any "
		       "other information you put into Notewell.\n");
	roles_find(rf, &doc, &r);
	assert_string_equal(term(&r, "Your Data")->reads_as, "Customer Data");
	assert_false(term(&r, "Your Data")->with_output);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	assert_true(builtin_finds(
		"These terms are an agreement between Notewell Health Pty Ltd (\"Notewell\", "
		"\"we\", \"us\" or \"our\") and the practice (\"you\" or \"your\").\n"
		"1.1 \"Consultation Audio\" means the audio of a consultation between one of your "
		"clinicians and a patient that Notewell records or that you upload.\n"
		"3.5 We delete Consultation Audio within 7 days after the Draft Note is generated.\n",
		"data.deletion.must-delete"));
}

/*
 * Set 5, 05: a translation's single quotes define aliases after
 * "hereinafter" ("(hereinafter referred to as the 'Client')") and terms at
 * the head of a paragraph ("'Meter Data' means ..."); not a possessive
 * ("the 'Client's Site'"), nor a quote that does not open the paragraph.
 */
static void test_single_quoted_aliases_and_terms(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "SERVICE AGREEMENT\n"
		 "between\n"
		 "Stadtwerke Neuburg GmbH, Hafenstrasse 3, 86633 Neuburg (hereinafter referred to as "
		 "the 'Client')\n"
		 "and\n"
		 "Lernwerk KI GmbH, Lindwurmstrasse 88, 80337 Munich (hereinafter referred to as "
		 "'Lernwerk')\n"
		 "'Meter Data' means the consumption readings which the Client provides to "
		 "Lernwerk.\n"
		 "'Load Forecasts' means the forecasts which the software generates from the Meter "
		 "Data.\n"
		 "The Client may name a site (hereinafter the 'Client's Site').\n"
		 "Lernwerk keeps the 'Test Data' means nothing here.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Client"));
	assert_int_equal(party(&r, "Client")->role, ROLE_CUSTOMER);
	assert_non_null(party(&r, "Lernwerk"));
	assert_int_equal(party(&r, "Lernwerk")->role, ROLE_VENDOR);
	assert_null(party(&r, "Client's Site"));
	assert_int_equal(term(&r, "Meter Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Load Forecasts")->cls, TERM_OUTPUT);
	assert_null(term(&r, "Test Data"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Set 5, 04: a definition at the head of a paragraph without "means":
 * '"X" within the meaning of this Agreement are the data ...', '"X"
 * includes all ...'; and what the service calculates is output.  Not
 * money it calculates.
 */
static void test_definitions_without_means(void **state)
{
	static const struct term_case cases[] = {
		{ "Application Data", TERM_CUSTOMER_DATA,
		  "\"Application Data\" within the meaning of this Agreement are the data on loan "
		  "applicants which the Client transmits to the Provider." },
		{ "Scores", TERM_OUTPUT,
		  "\"Scores\" are the credit scores which the Service calculates from the "
		  "Application Data." },
		{ "Loan Files", TERM_CUSTOMER_DATA,
		  "\"Loan Files\" includes all files that the Client transmits to the Provider." },
		{ "Monthly Charges", TERM_OTHER,
		  "\"Monthly Charges\" are the amounts which the Service calculates each month." },
		{ "Term", TERM_OTHER,
		  "\"Term\" within the meaning of this Agreement is the period of five years." },
	};

	(void)state;
	check_term_classes("This Agreement is between Rheinland Kreditbank AG (the \"Client\") and "
			   "Scorewerk GmbH (the \"Provider\").\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What a "means" definition's last words say the customer
 * gives the vendor ("..., in the digital files you deliver to us") is its
 * data by any name; not what the vendor gives, nor a thing given that is
 * named as no data ("the printed books that you deliver to us").
 */
static void test_given_at_the_end_of_a_definition(void **state)
{
	static const struct term_case cases[] = {
		{ "Licensed Works", TERM_CUSTOMER_DATA,
		  "1.1 \"Licensed Works\" means the books, articles and other works from your back "
		  "catalogue that you list in your enrolment form, in the digital files you deliver "
		  "to us." },
		{ "Style Guide", TERM_OTHER,
		  "1.2 \"Style Guide\" means the house rules for quotations, in the digital files we "
		  "deliver to you." },
		{ "Print Runs", TERM_OTHER,
		  "1.3 \"Print Runs\" means the titles from your back catalogue that you list in "
		  "your enrolment form, as the printed books you deliver to us." },
	};

	(void)state;
	check_term_classes("These terms are a contract between Deepquill Labs Limited, a company "
			   "registered in England and Wales (\"Deepquill\", \"we\", \"us\" or "
			   "\"our\"), and the publisher that joins the programme (\"you\" or "
			   "\"your\").\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What a machine the vendor's two-word alias owns generates is output
 * ("the Service Provider's detection system generates for the Bank"); not
 * what the customer's own system generates.
 */
static void test_made_by_a_two_word_owners_machine(void **state)
{
	static const struct term_case cases[] = {
		{ "Alerts", TERM_OUTPUT,
		  "\"Alerts\" means the fraud alerts which the Service Provider's detection system "
		  "generates for the Bank." },
		{ "Flags", TERM_OTHER,
		  "\"Flags\" means the fraud flags which the Bank's own screening system "
		  "generates." },
	};

	(void)state;
	check_term_classes("This Agreement is between Kopi AI Solutions Pte. Ltd. (the \"Service "
			   "Provider\" or \"Supplier\") and Lion City Bank Limited (the \"Bank\" or "
			   "\"Customer\").\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A term defined in the plural reads so in the singular ("a Forecast" of
 * "Forecasts"), and a custom model defined in the singular reads so in the
 * plural; not a word that only begins like the term, nor the plural of an
 * output or of a model read as the plain "Model".
 */
static void test_singular_and_plural_uses(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"This agreement is between Quorra Analytics Limited (the \"Provider\") and "
		"Meridale Grain Limited (the \"Client\").\n"
		"Forecasts means the yield forecasts, maps and reports the Platform generates for "
		"the Client;\n"
		"\"Answer\" means the text the Service generates in response to a Query.\n"
		"\"Program Model\" means the model the Provider trains for the Client.\n"
		"\"Derivative\" means any model created by modifying the Platform.\n"
		"The Client should not rely on a Forecast as the sole basis for a decision.\n"
		"The Client owns all Answers, all Program Models and the Derivatives.\n"
		"The Forecasting team is small.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Forecasts")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "Answer")->cls, TERM_OUTPUT);
	assert_string_equal(subst_at(&r, text, "Forecast as"), "Output");
	assert_string_equal(term(&r, "Program Model")->reads_as, "Custom Model");
	assert_string_equal(term(&r, "Derivative")->reads_as, "Model");
	assert_string_equal(subst_at(&r, text, "Program Models"), "Custom Model");
	/* roles114: a one-word output term reads so in the plural too ("all Answers"). */
	assert_string_equal(subst_at(&r, text, "Answers,"), "Output");
	assert_null(subst_at(&r, text, "Derivatives."));
	assert_null(subst_at(&r, text, "Forecasting"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	assert_true(builtin_finds(
		"This agreement is between Quorra Analytics Limited (the \"Provider\") and "
		"Meridale Grain Limited (the \"Client\").\n"
		"Forecasts means the yield forecasts, maps and reports the Platform generates for "
		"the Client;\n"
		"5.2 The Client should not rely on a Forecast as the sole basis for a marketing "
		"decision.\n",
		"liability.disclaimer.accuracy"));
}

/*
 * A model the definition says the vendor owns or uses to provide the
 * services is its own model, even where it is trained on the customer's
 * data; and the trained parameters of a model are a model, made for the
 * customer where they come from its data.
 */
static void test_vendors_own_model_and_model_weights(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"This Agreement is between Verity Analytics Ltd (\"Supplier\") and Harbor Bank plc "
		"(\"Customer\").\n"
		"\"Customer Data\" means the data Customer provides to Supplier.\n"
		"\"Service Model\" means the models owned or licensed by the Supplier and used to "
		"provide the Services, which the Supplier trains on Customer Data.\n"
		"\"Scoring Model\" means the model which the Supplier trains on Customer Data.\n"
		"\"Harbor Adaptation\" means the trained parameters of the Service Model that result "
		"from training on Customer Data.\n"
		"\"Platform Model\": the machine learning models owned or licensed by the Supplier "
		"and used to provide the Services.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Service Model")->cls, TERM_MODEL);
	assert_string_equal(term(&r, "Service Model")->reads_as, "Model");
	assert_string_equal(term(&r, "Scoring Model")->reads_as, "Custom Model");
	assert_int_equal(term(&r, "Harbor Adaptation")->cls, TERM_MODEL);
	assert_string_equal(term(&r, "Harbor Adaptation")->reads_as, "Custom Model");
	assert_int_equal(term(&r, "Platform Model")->cls, TERM_MODEL);
	assert_string_equal(term(&r, "Platform Model")->reads_as, "Model");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	assert_true(builtin_finds(
		"This Agreement is between Verity Analytics Ltd (\"Supplier\") and Meridale "
		"Grain Ltd (\"Customer\").\n"
		"\"Customer Data\" means the data Customer provides to Supplier.\n"
		"\"Meridale Adaptation\" means the trained parameters of the Licensed Model that "
		"result from training on Customer Data.\n"
		"5.2 Customer owns the Meridale Adaptation.\n",
		"ip.derivatives.customer-owns"));
}

/* A party's alias and the role it should take, or NO_PARTY: that it is none. */
struct party_case {
	const char *alias;
	enum party_role role;
};

#define NO_PARTY ((enum party_role)-1)

/* Reads `text` and checks each case's party and role; with no cases, that it names no party. */
static void check_party_roles(const char *text, const struct party_case *cases, size_t n)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	for (i = 0; i < n; i++)
		if (cases[i].role == NO_PARTY)
			assert_null(party(&r, cases[i].alias));
		else
			assert_int_equal(party(&r, cases[i].alias)->role, cases[i].role);
	if (!n)
		assert_int_equal(r.nparties, 0);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A possessive names who owns a thing, not who supplies it: where the
 * vendor is the subject working on them ("Developer shall access
 * Utility's systems", "Contractor will connect to the Bank's network"),
 * the customer's systems are no sign that the customer sells.  Where an
 * undecided party only may use another's platform, that other still
 * supplies it.
 */
static void test_owned_things_worked_on(void **state)
{
	static const struct party_case utility[] = {
		{ "Utility", ROLE_CUSTOMER }, { "Developer", ROLE_VENDOR },
	};
	static const struct party_case bank[] = {
		{ "Bank", ROLE_CUSTOMER }, { "Contractor", ROLE_VENDOR },
	};
	static const struct party_case airline[] = {
		{ "Airline", ROLE_CUSTOMER }, { "Provider", ROLE_VENDOR },
	};
	static const struct party_case used[] = {
		{ "Acme", ROLE_VENDOR }, { "Beta", ROLE_CUSTOMER },
	};

	(void)state;
	check_party_roles("This Agreement is made between Northgate Power Utility Inc. (\"Utility\") "
			  "and Brightline Systems LLC (\"Developer\").\n"
			  "1. Developer shall develop the forecasting model.\n"
			  "2. Developer shall access Utility's systems only as needed.\n"
			  "3. Developer shall comply with Utility's policies when it accesses "
			  "Utility's systems.\n"
			  "4. Developer shall host the model within Utility's systems.\n"
			  "5. Developer shall not modify Utility's software.\n"
			  "6. Developer shall integrate the model with Utility's platform.\n",
			  utility, sizeof(utility) / sizeof(utility[0]));
	check_party_roles("This Agreement is made between Harbor Trust Company (\"Bank\") and "
			  "Quillon Labs LLC (\"Contractor\").\n"
			  "1. Contractor shall build the scoring model.\n"
			  "2. Contractor will connect to the Bank's systems through a VPN.\n"
			  "3. Contractor shall not copy the Bank's software.\n",
			  bank, sizeof(bank) / sizeof(bank[0]));
	check_party_roles("This Agreement is made between Skyway Air Ltd (\"Airline\") and "
			  "Corvid AI Ltd (\"Provider\").\n"
			  "1. Provider shall deploy the model on Airline's systems.\n"
			  "2. Provider may not copy Airline's software.\n"
			  "3. Provider shall keep Airline's platform secure.\n",
			  airline, sizeof(airline) / sizeof(airline[0]));
	check_party_roles("This Agreement is made between Acme Corp. (\"Acme\") and Beta LLC "
			  "(\"Beta\").\n"
			  "1. Beta may use Acme's platform for its internal business.\n"
			  "2. Beta may access Acme's services through the portal.\n"
			  "3. Beta shall pay the fees.\n"
			  "4. Beta shall pay the fees monthly.\n",
			  used, sizeof(used) / sizeof(used[0]));
}

/*
 * A bare "Agency" that supplies is the vendor: its uses, not the public
 * body the word may name, decide its role.
 */
static void test_supplying_agency_is_vendor(void **state)
{
	static const struct party_case client[] = {
		{ "Client", ROLE_CUSTOMER }, { "Agency", ROLE_VENDOR },
	};
	static const struct party_case named[] = {
		{ "Agency", ROLE_VENDOR }, { "Larkspur", ROLE_CUSTOMER },
	};

	(void)state;
	check_party_roles("This Agreement is made between Larkspur Foods Inc. (\"Client\") and "
			  "Redwing Creative LLC (\"Agency\").\n"
			  "1. Agency shall provide the services described in each Statement of Work.\n"
			  "2. Agency shall deliver the Campaign Content by the agreed dates.\n"
			  "3. Client shall pay Agency the fees within 30 days.\n",
			  client, sizeof(client) / sizeof(client[0]));
	check_party_roles("This Agreement is made between Redwing Creative LLC (\"Agency\") and "
			  "Larkspur Foods Inc. (\"Larkspur\").\n"
			  "1. The Agency shall provide the Services.\n"
			  "2. The Agency shall deliver the Campaign Content by the agreed dates.\n",
			  named, sizeof(named) / sizeof(named[0]));
}

/*
 * Both readers of a role's field take the same forms: emphasis around the
 * label ("**Provider**:"), a blank before the colon, "the" before the
 * label, and emphasis around the name, on its line or the next.
 */
static void test_fields_with_emphasis(void **state)
{
	static const struct party_case named[] = {
		{ "Halcyon", ROLE_VENDOR }, { "Brightwater", ROLE_CUSTOMER },
	};
	static const struct party_case only_fields[] = {
		{ "HARTWELL BUILDING SOCIETY", ROLE_CUSTOMER }, { "LEXIGRAM AI LIMITED", ROLE_VENDOR },
	};
	static const struct party_case alias_in_field[] = { { "Hartwell", ROLE_CUSTOMER } };
	/* The field that defines the alias adds no second party of its own. */
	static const struct party_case alias_beside_name[] = {
		{ "Hartwell", ROLE_CUSTOMER }, { "LEXIGRAM AI LIMITED", ROLE_VENDOR },
		{ "Supplier", ROLE_VENDOR }, { "HARTWELL BUILDING SOCIETY", NO_PARTY },
		{ "Customer", NO_PARTY },
	};

	(void)state;
	check_party_roles("**Provider**: Halcyon Labs, Inc.\n"
			  "**Customer** : Brightwater Mutual Insurance Company\n"
			  "This Order Form is entered into between Halcyon Labs, Inc. (\"Halcyon\") "
			  "and Brightwater Mutual Insurance Company (\"Brightwater\").\n",
			  named, sizeof(named) / sizeof(named[0]));
	check_party_roles("PARTIES\n"
			  "the Customer:\n"
			  "**HARTWELL BUILDING SOCIETY**, a building society incorporated under the "
			  "Building Societies Act 1986\n"
			  "the Supplier: **LEXIGRAM AI LIMITED**, a company incorporated in England\n"
			  "1. The Supplier shall provide the Services to the Customer.\n",
			  only_fields, sizeof(only_fields) / sizeof(only_fields[0]));
	check_party_roles("PARTIES\n"
			  "the Customer: HARTWELL BUILDING SOCIETY (\"Hartwell\"), a building society\n"
			  "1. Hartwell shall pay the fees.\n",
			  alias_in_field, 1);
	/* One role's field defines an alias, the other's only names a company: both are parties. */
	check_party_roles("PARTIES\n"
			  "the Customer: HARTWELL BUILDING SOCIETY (\"Hartwell\"), a building society\n"
			  "the Supplier: LEXIGRAM AI LIMITED, a company incorporated in England\n"
			  "1. Hartwell shall pay the fees.\n",
			  alias_beside_name, sizeof(alias_beside_name) / sizeof(alias_beside_name[0]));
}

/* Australian drafting: an unquoted role noun closes a party's entry after its ABN. */
static void test_unquoted_role_noun_alias(void **state)
{
	static const struct party_case cases[] = {
		{ "Customer", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR },
	};
	static const struct party_case principal_cases[] = { { "Principal", ROLE_CUSTOMER } };
	const char *text;

	(void)state;
	check_party_roles("Parties\n"
			  "Coastline Water Corporation ABN 42 118 552 903 of 12 Pier Street, "
			  "Perth WA 6000 (Customer)\n"
			  "Kestrel Insight Pty Ltd ACN 612 334 871 of Level 9, Melbourne VIC 3000 "
			  "(Supplier)\n", cases, 2);
	/*
	 * A name after "the" is an alias too, and takes the other role than
	 * the other party's: "the Company" is the client, not the vendor.
	 */
	text = "Parties\n"
	       "Kestrel Insight Pty Ltd ACN 612 334 871 of Level 9, Melbourne VIC 3000 "
	       "(the Consultant)\n"
	       "Coastline Grocers Limited ACN 004 118 562 of 1 Pier Street, Sydney NSW 2000 "
	       "(the Company)\n"
	       "4.1 All intellectual property rights in the Deliverables vest in the Company on "
	       "creation.\n";
	assert_true(builtin_finds(text, "ip.assignment.customer-owns-work"));
	assert_false(builtin_finds(text, "ip.assignment.vendor-owns-work"));
	/* The label of its line's field too, and only that. */
	check_party_roles("Parties\n"
			  "Principal: Coastline Water Corporation ABN 42 118 552 903, 12 Pier "
			  "Street, Perth WA 6000 (Principal)\n"
			  "Supplier: Kestrel Insight Pty Ltd ACN 612 334 871, Level 9, Melbourne VIC "
			  "3000 (Supplier)\n", principal_cases, 1);
	check_party_roles("Principal: Coastline Water Corporation ABN 42 118 552 903, 12 Pier "
			  "Street, Perth WA 6000 (Perth)\n", NULL, 0);
	/* Without a company before it, or not a role noun, it names no party. */
	check_party_roles("The fees are those of the order form (Customer) and the price list.\n"
			  "Kestrel Insight Pty Ltd of Level 9, Melbourne VIC 3000 (Australia)\n",
			  NULL, 0);
}

/*
 * An order form's field whose label is the alias it defines names a
 * party, whatever its noun: "Trust: ... NHS Foundation Trust (the
 * "Trust")", the other the supplier's.  A field of a thing ("Product: the
 * Supplier's triage software (the "Product")") names none, nor does a
 * place's ("Venue: Harbour Convention Centre").
 */
static void test_field_labelled_by_its_alias(void **state)
{
	static const struct party_case cases[] = {
		{ "Trust", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles("Call-Off Reference: DI-L3-0417\n"
			  "Trust: Westmere Valley Hospitals NHS Foundation Trust (the \"Trust\")\n"
			  "Supplier: Lumenfold Diagnostics Limited, a company registered in England "
			  "and Wales (the \"Supplier\")\n"
			  "Product: the Supplier's chest radiograph triage software (the \"Product\")\n\n"
			  "1. The Supplier shall not use Trust Data to train any model.\n", cases, 2);
	/* A place is no body, even beside a supplier's field. */
	check_party_roles("Venue: Harbour Convention Centre (\"Venue\")\n"
			  "Supplier: Lumenfold Diagnostics Limited, a company registered in England "
			  "and Wales (the \"Supplier\")\n", cases + 1, 1);
}

/*
 * The name parties of one role take together is that role's alias, in
 * both numbers; a name given to parties of both roles, or to one party,
 * is none.
 */
static void test_group_name_of_one_role(void **state)
{
	static const struct party_case cases[] = {
		{ "Supplier", ROLE_VENDOR }, { "Licensor", ROLE_VENDOR },
		{ "Customer", ROLE_CUSTOMER }, { "Solution Party", ROLE_VENDOR },
		{ "Solution Parties", ROLE_VENDOR },
	};
	static const struct party_case both[] = {
		{ "Supplier", ROLE_VENDOR }, { "Customer", ROLE_CUSTOMER }, { "Party", NO_PARTY },
	};

	(void)state;
	check_party_roles("This Order is entered into among Halverson Partners, LLC, a Delaware "
			  "limited liability company (the \"Supplier\"); Lumenscript, Inc., a "
			  "Delaware corporation (the \"Licensor\"); and Tri-County Holdings, Inc., "
			  "an Ohio corporation (the \"Customer\"). The Supplier and the Licensor "
			  "are each a \"Solution Party\".\n"
			  "1. Each Solution Party may assign this Order.\n", cases, 5);
	check_party_roles("This Agreement is between Acme Ltd (the \"Supplier\") and Beta Ltd "
			  "(the \"Customer\"). The Supplier and the Customer are each a "
			  "\"Party\".\n", both, 3);
}

/*
 * The collective name written with its article inside the quotes, in the
 * plural of any noun, or in a parenthesis after the names: each number is
 * the role's alias.  A parenthesis after parties of both roles names none.
 */
static void test_group_name_article_and_plural(void **state)
{
	static const struct party_case providers[] = {
		{ "Customer", ROLE_CUSTOMER }, { "Solution Providers", ROLE_VENDOR },
		{ "Solution Provider", ROLE_VENDOR },
	};
	static const struct party_case members[] = {
		{ "Customer", ROLE_CUSTOMER }, { "Consortium Members", ROLE_VENDOR },
		{ "Consortium Member", ROLE_VENDOR },
	};
	static const struct party_case group[] = {
		{ "Customer", ROLE_CUSTOMER }, { "Provider Group", ROLE_VENDOR },
	};
	static const struct party_case mixed[] = {
		{ "Supplier", ROLE_VENDOR }, { "Customer", ROLE_CUSTOMER }, { "Parties", NO_PARTY },
		{ "Party", NO_PARTY },
	};

	(void)state;
	check_party_roles("This Agreement is made between Iroko Ltd (\"the Customer\"), Samvara "
			  "Ltd (\"the Supplier\") and Okpara Ltd (\"the Licensor\").\n"
			  "(The Supplier and the Licensor are together \"the Solution "
			  "Providers\".)\n1. Each Solution Provider shall keep records.\n",
			  providers, 3);
	check_party_roles("This Agreement is made between Alder Ltd (the \"Supplier\"), Birch "
			  "Ltd (the \"Licensor\") and Cedar plc (the \"Customer\"). The "
			  "Supplier and the Licensor are hereinafter collectively referred to as "
			  "the \"Consortium Members\".\n", members, 3);
	check_party_roles("This Contract is made between Northshire Council (the "
			  "\"Customer\"), Alder Ltd (the \"Supplier\") and Birch Ltd (the "
			  "\"Licensor\"). The Supplier and the Licensor (together, the "
			  "\"Provider Group\") shall be jointly liable.\n", group, 2);
	check_party_roles("This Agreement is between Acme Ltd (the \"Supplier\") and Beta Ltd "
			  "(the \"Customer\"). The Supplier and the Customer (together, the "
			  "\"Parties\") agree as follows.\n", mixed, 4);
}

/*
 * An unquoted alias with an accented letter is one word, as "(Societe)"
 * would be: the party whom the other serves, its office its own.
 */
static void test_unquoted_alias_with_an_accent(void **state)
{
	static const struct party_case cases[] = {
		{ "Soci\xc3\xa9t\xc3\xa9", ROLE_CUSTOMER }, { "Developer", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles("Parties\n"
			  "1. Ironbark Resources Pty Ltd ACN 000 000 001 of Perth, Western Australia "
			  "(Soci\xc3\xa9t\xc3\xa9)\n"
			  "2. Sentinel Vision Systems Pty Ltd ACN 000 000 002 of Brisbane, Queensland "
			  "(Developer)\n\n"
			  "1. The Developer shall provide the Services to the Soci\xc3\xa9t\xc3\xa9.\n"
			  "2. The Soci\xc3\xa9t\xc3\xa9 shall pay the fees.\n", cases, 2);
}

/*
 * A body with no company form, named right after "between", keeps its
 * alias when the number that identifies it stands between the name and
 * the parenthesis: an ABN, a number in a parenthesis of its own, a
 * "Registration No.", a "CVR no.".
 */
static void test_registration_number_after_a_body(void **state)
{
	static const struct party_case cases[] = {
		{ "Principal", ROLE_CUSTOMER }, { "Contractor", ROLE_VENDOR },
	};
	static const struct party_case operator_cases[] = {
		{ "Operator", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR },
	};
	static const char *const numbers[] = {
		" ABN 12 345 678 901", " (ABN 12 345 678 901)", ", Registration No. 196800123K",
		", UEN 201912345K",
	};
	char text[512];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++) {
		snprintf(text, sizeof(text),
			 "This Deed is made between Western Rail Network Authority%s (the "
			 "\"Principal\") and Corvane Analytics Pty Ltd (the \"Contractor\").\n",
			 numbers[i]);
		check_party_roles(text, cases, 2);
	}
	/* A number that is part of the body's name is no registration: the body stays a party. */
	check_party_roles("This Agreement is made between Eastmoor Public Utility District No. 1 (the "
			  "\"Principal\") and Corvane Analytics Pty Ltd (the \"Contractor\").\n",
			  cases, 2);
	check_party_roles("This Agreement is made BETWEEN: (1) NORTHSEA WIND OPERATIONS A/S, CVR no. "
			  "12345678 (the \"Operator\"); and (2) CORVANE ANALYTICS LTD, registered in "
			  "England under company number 01234567 (the \"Supplier\").\n",
			  operator_cases, 2);
}

/*
 * Three parties, two named together by a role noun: 'The Integrator and
 * the Model Owner are together the "Supplier Parties"' makes both
 * vendors and the third, named in no such way, their customer.  A
 * collective name with no role noun ("the Parties") decides nothing.
 */
static void test_suppliers_named_together(void **state)
{
	static const struct party_case cases[] = {
		{ "Society", ROLE_CUSTOMER }, { "Integrator", ROLE_VENDOR }, { "Model Owner", ROLE_VENDOR },
	};
	static const struct party_case none[] = {
		{ "Society", ROLE_UNKNOWN }, { "Integrator", ROLE_UNKNOWN },
	};

	(void)state;
	check_party_roles("BETWEEN:\n"
			  "(1) HARTWELL MUTUAL INSURANCE PLC of 4 Temple Quay, Bristol (\"the Society\");\n"
			  "(2) CALDER SYSTEMS LIMITED of 9 Wellington Place, Leeds (\"the Integrator\"); and\n"
			  "(3) PERRY ANALYTICS LTD of 22 Rose Street, Edinburgh (\"the Model Owner\"),\n"
			  "each a \"Party\" and together the \"Parties\". The Integrator and the Model Owner "
			  "are together the \"Supplier Parties\".\n", cases, 3);
	check_party_roles("BETWEEN:\n"
			  "(1) HARTWELL MUTUAL INSURANCE PLC of 4 Temple Quay, Bristol (\"the Society\");\n"
			  "(2) CALDER SYSTEMS LIMITED of 9 Wellington Place, Leeds (\"the Integrator\").\n"
			  "The Society and the Integrator are together the \"Parties\".\n", none, 2);
}

/* A kind written with hyphens describes an entity as well: "an Illinois not-for-profit corporation". */
static void test_hyphenated_kind_of_entity(void **state)
{
	static const struct party_case cases[] = { { "MVH", ROLE_CUSTOMER }, { "Vendor", ROLE_VENDOR } };

	(void)state;
	check_party_roles("This Agreement is entered into by and between Meadow Valley Health, an "
			  "Illinois not-for-profit corporation (\"MVH\"), and Lumen Scribe, Inc., a "
			  "Delaware corporation (\"Vendor\").\n"
			  "1. Vendor shall provide the Services to MVH, and MVH shall pay the Fees.\n",
			  cases, 2);
}

/*
 * Preambles as drafted elsewhere: 'Hereinafter referred to as "the
 * Customer",' (France) and 'hereinafter: the "Supplier";' (the
 * Netherlands); the Crown as a party (Canada); an order form's field
 * whose company is followed by its address; a licence of records to
 * train a model with, which makes the licensee the vendor.
 */
static void test_parties_drafted_elsewhere(void **state)
{
	static const struct {
		const char *text;
		struct party_case cases[2];
	} docs[] = {
		{ "BETWEEN THE UNDERSIGNED:\n"
		  "Lumiere Retail SAS, whose registered office is at 15 rue de Rivoli, Paris,\n"
		  "Hereinafter referred to as \"the Customer\",\n"
		  "AND:\n"
		  "Modelwerk Technologies B.V., having its registered office in Utrecht, "
		  "hereinafter: the \"Supplier\";\n",
		  { { "Customer", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR } } },
		{ "THIS AGREEMENT is made as of the 1st day of April, 2025.\n\n"
		  "HIS MAJESTY THE KING IN RIGHT OF ONTARIO, as represented by the Minister\n\n"
		  "(the \"Province\")\n\n"
		  "- and -\n\n"
		  "NORTHERN LIGHTS ANALYTICS INC., a corporation\n\n"
		  "(the \"Supplier\")\n",
		  { { "Province", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR } } },
		{ "ORDER FORM\n"
		  "Supplier: Fathom Labs, Inc., 1 Ferry Building, San Francisco, CA 94111\n"
		  "Customer: Grayson Logistics Holdings plc, 20 Gresham Street, London\n"
		  "1. Supplier shall provide the Services.\n",
		  { { "Fathom Labs, Inc.", ROLE_VENDOR },
		    { "Grayson Logistics Holdings plc", ROLE_CUSTOMER } } },
		{ "(1) Thornbury Building Society, a building society (the \"Licensor\")\n"
		  "(2) Fraudline Technologies Limited, a company (the \"Licensee\")\n"
		  "1.1 The Licensor grants the Licensee a non-exclusive licence to use the "
		  "pseudonymised card transaction records described in Schedule 1 (the "
		  "\"Transaction Data\") to train the Licensee's fraud detection model.\n",
		  { { "Licensor", ROLE_CUSTOMER }, { "Licensee", ROLE_VENDOR } } },
		/* An institution's name, then its address, in a block led in by "between:". */
		{ "THIS AGREEMENT is made on 12 May 2025 between:\n"
		  "(1) HOLLOWMERE UNIVERSITY HOSPITALS NHS FOUNDATION TRUST of Hollowmere General "
		  "Hospital, Ridgeway Road, Hollowmere HB1 2CD (the \"Trust\"); and\n"
		  "(2) DICTAWELL LIMITED, a company registered in England and Wales under number "
		  "11223344 (the \"Supplier\").\n"
		  "1. The Supplier shall provide the Service to the Trust.\n",
		  { { "Trust", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR } } },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++)
		check_party_roles(docs[i].text, docs[i].cases, 2);
}

/*
 * What a "means" definition opens with may be a list ("the sales, inventory
 * and pricing data that Client delivers to Provider"): its commas do not
 * hide who gives it.  Importing data into the service is giving it.  What
 * the customer's own customers submit is on the customer's side (a
 * reseller's "End Customer Data"); not what others submit.
 */
static void test_data_given_at_definition_head(void **state)
{
	static const struct term_case cases[] = {
		{ "Sales Records", TERM_CUSTOMER_DATA, "\"Sales Records\" means the sales, inventory "
		  "and pricing data that CLIENT delivers to PROVIDER." },
		{ "Price Data", TERM_OTHER, "\"Price Data\" means the prices, discounts and rebates "
		  "that Provider delivers to Client." },
		{ "Stock Data", TERM_CUSTOMER_DATA, "\"Stock Data\" means the stock data that Client "
		  "imports into the solution." },
		{ "Market Data", TERM_OTHER, "\"Market Data\" means the market data that Provider "
		  "imports into the solution." },
		{ "End Customer Data", TERM_CUSTOMER_DATA, "\"End Customer Data\" means the "
		  "documents and text that End Customers submit to the Service." },
		{ "Partner Data", TERM_OTHER, "\"Partner Data\" means the documents and text that "
		  "Partners submit to the Service." },
		/* A longer list before the giver, without "that". */
		{ "Helpline Data", TERM_CUSTOMER_DATA, "\"Helpline Data\" means the helpline "
		  "transcripts, knowledge articles and caller records the Client provides to "
		  "Provider." },
		{ "Tariff Data", TERM_OTHER, "\"Tariff Data\" means the tariff tables, rate cards and "
		  "pricing records the Provider provides to Client." },
	};

	(void)state;
	check_term_classes("This Agreement is made between Grupo Bajio, S.A. de C.V. (\"Client\") "
			   "and Azteca Digital, S. de R.L. de C.V. (\"Provider\").\n", cases, 8);
}

/* A term defined inside an HTML comment, a drafting note, is no term of the contract. */
static void test_terms_in_drafting_notes(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Acme Corp. (\"Provider\") and Beta LLC (\"Customer\").\n"
		 "<!-- Note: \"Pilot Outputs\" means the reports the Service generates. -->\n"
		 "<!-- Drafting note: \"Draft Data\": the files Customer uploads. -->\n"
		 "Customer may upload files. <!-- the files Customer uploads (the \"Uploads\") -->\n"
		 "\"Customer Files\" means the files that Customer uploads to the Service.\n");
	roles_find(rf, &doc, &r);
	assert_null(term(&r, "Pilot Outputs"));
	assert_null(term(&r, "Draft Data"));
	assert_null(term(&r, "Uploads"));
	assert_non_null(term(&r, "Customer Files"));
	assert_int_equal(term(&r, "Customer Files")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* A model term's reading, after `preamble` and `defs`. */
static void check_model_reading(const char *text, const char *t, const char *reads_as)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, t)->cls, TERM_MODEL);
	assert_string_equal(term(&r, t)->reads_as, reads_as);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * What a model generates from what the customer submits is output, not
 * the customer's data; a model built from the customer's data is the
 * custom one, but not one "built on" a base model nor one built from
 * other data.
 */
static void test_generated_by_a_model_and_built_from_data(void **state)
{
	static const char preamble[] =
		"These terms are an agreement between Timbrely, Inc. (\"Timbrely\", \"we\", \"us\" "
		"or \"our\") and the game studio that signs an Order Form (\"you\" or \"your\").\n"
		"\"Voice Data\" means the recordings of a Talent's voice, and the scripts and "
		"transcripts, that you upload to Timbrely Studio.\n";
	static const struct term_case cases[] = {
		{ "Generated Lines", TERM_OUTPUT,
		  "\"Generated Lines\" means the audio that a Voice Model generates from the scripts "
		  "you submit." },
	};
	struct buf text = BUF_INIT;

	(void)state;
	check_term_classes(preamble, cases, sizeof(cases) / sizeof(cases[0]));
	buf_addstr(&text, preamble);
	buf_addstr(&text, "\"Voice Model\" means the synthetic voice model that we build from the "
			  "Voice Data of one Talent, including its speaker embeddings.\n"
			  "\"Stock Model\" means the voice model that we build from licensed "
			  "audiobooks.\n"
			  "\"Studio Model\" means our text-to-speech model on which every Voice "
			  "Model is built.\n");
	check_model_reading(text.ptr, "Voice Model", "Custom Model");
	check_model_reading(text.ptr, "Stock Model", "Model");
	check_model_reading(text.ptr, "Studio Model", "Model");
	buf_release(&text);
	assert_true(builtin_finds(
		"These terms are an agreement between Timbrely, Inc. (\"Timbrely\", \"we\", \"us\" "
		"or \"our\") and the game studio that signs an Order Form (\"you\" or \"your\").\n"
		"\"Generated Lines\" means the audio that a Voice Model generates from the scripts "
		"you submit.\n"
		"5.1 You own the Generated Lines.\n", "ip.outputs.customer-owns"));
}

/*
 * A model the definition says the vendor operates, owns or keeps is no
 * custom model, even where it is retrained on the customer's data
 * ("Detection Models"); one it hosts for the customer is.
 */
static void test_model_the_vendor_operates(void **state)
{
	static const char text[] =
		"This Agreement is between Kopi AI Solutions Pte. Ltd. (the \"Supplier\") and Lion "
		"City Telecom Ltd (the \"Customer\").\n"
		"\"Operator Data\" means the call records and any other data that the Customer "
		"provides to the Supplier.\n"
		"\"Detection Models\" means the machine-learning models that the Supplier operates "
		"to provide the Services, including any model retrained on Operator Data.\n"
		"\"Hosted Models\" means the models that the Supplier hosts for the Customer, "
		"retrained on Operator Data.\n";

	(void)state;
	check_model_reading(text, "Detection Models", "Model");
	check_model_reading(text, "Hosted Models", "Custom Model");
	assert_false(builtin_finds(
		"This Agreement is between Kopi AI Solutions Pte. Ltd. (the \"Supplier\") and Lion "
		"City Telecom Ltd (the \"Customer\").\n"
		"\"Operator Data\" means the call records and any other data that the Customer "
		"provides to the Supplier.\n"
		"\"Detection Models\" means the machine-learning models that the Supplier operates "
		"to provide the Services, including any model retrained on Operator Data.\n"
		"10.4 On termination, the Supplier shall delete each Detection Model that "
		"was trained on Operator Data and shall certify the deletion in writing.\n",
		"exit.portability.model-deleted"));
}

/*
 * An order form's customer field that names the company with "you"
 * ('Customer: Brightmoor Games Ltd, 14 Castle Street, ... ("you")')
 * names the customer; not a vendor's field, nor a value that opens with
 * no name.
 */
static void test_customer_field_with_you(void **state)
{
	static const struct party_case named[] = {
		{ "Timbrely", ROLE_VENDOR },
		{ "Brightmoor Games Ltd", ROLE_CUSTOMER },
	};
	static const struct party_case vendor_field[] = {
		{ "Timbrely", ROLE_VENDOR },
		{ "Brightmoor Games Ltd", NO_PARTY },
	};
	static const struct party_case no_name[] = {
		{ "Timbrely", ROLE_VENDOR },
		{ "Studio", NO_PARTY },
	};
	static const char terms[] =
		"These terms are an agreement between Timbrely, Inc. (\"Timbrely\", \"we\", \"us\" "
		"or \"our\") and the game studio that signs an Order Form.\n"
		"15.1 These terms are governed by the laws of California.\n"
		"ORDER FORM\n";

	(void)state;
	{
		char text[1024];

		snprintf(text, sizeof(text), "%sCustomer: Brightmoor Games Ltd, 14 Castle Street, "
			 "Edinburgh EH2 3AH (\"you\")\nPlan: Studio Pro\n", terms);
		check_party_roles(text, named, sizeof(named) / sizeof(named[0]));
		snprintf(text, sizeof(text), "%sReseller: Brightmoor Games Ltd, 14 Castle Street, "
			 "Edinburgh EH2 3AH (\"you\")\n", terms);
		check_party_roles(text, vendor_field, sizeof(vendor_field) / sizeof(vendor_field[0]));
		snprintf(text, sizeof(text), "%sCustomer: Studio named in the signature block "
			 "(\"you\")\n", terms);
		check_party_roles(text, no_name, sizeof(no_name) / sizeof(no_name[0]));
	}
}

/*
 * What the customer enters, types or pastes into the vendor's service,
 * right before a term, is its data by any name ('the notes that you type
 * into the Service (the "Clinic Notes")'); not what it enters into with
 * others, nor a term for more than the words before the place.
 */
static void test_entered_before_a_term(void **state)
{
	static const struct term_case cases[] = {
		{ "Clinic Notes", TERM_CUSTOMER_DATA,
		  "1.1 You may record the notes that you type into the Service (the \"Clinic "
		  "Notes\")." },
		{ "Pasted Text", TERM_CUSTOMER_DATA,
		  "1.2 Your staff may keep the text that your staff paste into Dosewise (\"Pasted "
		  "Text\")." },
		{ "Supplier Contracts", TERM_OTHER,
		  "1.3 You remain bound by the contracts that you enter into with your suppliers "
		  "(the \"Supplier Contracts\")." },
		{ "Note Length", TERM_OTHER,
		  "1.4 We count the notes that you type into the Service by their length (the "
		  "\"Note Length\")." },
	};

	(void)state;
	check_term_classes("These terms are a contract between Dosewise Ltd (\"Dosewise\", \"we\" "
			   "or \"us\") and the clinic that signs up (\"you\").\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/* What "you" type, paste or enter into the service, in a "means" definition without "that". */
static void test_entered_means_without_that(void **state)
{
	static const struct term_case cases[] = {
		{ "Practice Notes", TERM_CUSTOMER_DATA,
		  "\"Practice Notes\" means the notes you paste into Dosewise." },
		{ "Clinic Notes", TERM_CUSTOMER_DATA,
		  "\"Clinic Notes\" means the notes you type into the Service." },
		{ "Chat Entries", TERM_CUSTOMER_DATA,
		  "\"Chat Entries\" means text you enter in the chat box." },
		{ "Staff Notes", TERM_CUSTOMER_DATA,
		  "\"Staff Notes\" means the notes you or your staff type into the Service." },
		{ "Supplier Contracts", TERM_OTHER,
		  "\"Supplier Contracts\" means the contracts you enter into with your suppliers." },
		{ "Word Drafts", TERM_OTHER,
		  "\"Word Drafts\" means the drafts you paste into Microsoft Word." },
		{ "Reference Notes", TERM_OTHER,
		  "\"Reference Notes\" means the notes we paste into the Service." },
		{ "Draft Letters", TERM_OUTPUT,
		  "\"Draft Letters\" means the letters the Service generates from what you submit." },
		{ "Digest Notes", TERM_OTHER,
		  "\"Digest Notes\" means the digests we write from the notes you paste into the "
		  "Service." },
	};

	(void)state;
	check_term_classes("These terms are a contract between Dosewise Ltd (\"Dosewise\", \"we\" "
			   "or \"us\") and the clinic that signs up (\"you\").\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A cover table whose header row names the roles and whose "Name" row
 * names the companies under them; not a table whose header names one
 * role only, nor a row other than the name's.
 */
static void test_roles_in_table_columns(void **state)
{
	static const struct party_case named[] = {
		{ "Cardinal Speech Technologies, Inc", ROLE_VENDOR },
		{ "Bayview Medical Group, P.C", ROLE_CUSTOMER },
		{ "Provider", ROLE_VENDOR },
		{ "Customer", ROLE_CUSTOMER },
	};
	static const struct party_case one_role[] = {
		{ "Bayview Medical Group, P.C", NO_PARTY },
	};
	static const struct party_case other_row[] = {
		{ "Market Street", NO_PARTY },
		{ "Bayshore Boulevard", NO_PARTY },
	};

	(void)state;
	check_party_roles("ORDER FORM\n\n| | Provider | Customer |\n|---|---|---|\n"
			  "| Name | Cardinal Speech Technologies, Inc. | Bayview Medical Group, P.C. |\n"
			  "| Address | 400 Market Street | 1200 Bayshore Blvd |\n\n"
			  "1. Provider will not use Encounter Audio to train its models.\n",
			  named, sizeof(named) / sizeof(named[0]));
	check_party_roles("ORDER FORM\n\n| | Customer | Notes |\n|---|---|---|\n"
			  "| Name | Bayview Medical Group, P.C. | Tampa Office |\n",
			  one_role, sizeof(one_role) / sizeof(one_role[0]));
	check_party_roles("ORDER FORM\n\n| | Provider | Customer |\n|---|---|---|\n"
			  "| Address | Market Street | Bayshore Boulevard |\n",
			  other_row, sizeof(other_row) / sizeof(other_row[0]));
}

/*
 * What the customer's own people (tenants, patients) send the customer is
 * its data by any name; not what they send the vendor's side, nor a
 * complaint.
 */
static void test_what_its_people_send_the_customer(void **state)
{
	static const struct term_case cases[] = {
		{ "Tenant Messages", TERM_CUSTOMER_DATA,
		  "1. \"Tenant Messages\" means the repair requests, photographs and messages that "
		  "tenants send to the Buyer through the Service." },
		{ "Patient Photos", TERM_CUSTOMER_DATA,
		  "2. \"Patient Photos\" means the photographs that its patients share with the "
		  "Buyer." },
		{ "Tenant Letters", TERM_OTHER,
		  "3. \"Tenant Letters\" means the letters that tenants send to the Supplier." },
		{ "Tenant Complaints", TERM_OTHER,
		  "4. \"Tenant Complaints\" means the complaints that tenants send to the Buyer." },
		{ "Agent Messages", TERM_OTHER,
		  "5. \"Agent Messages\" means the messages that agents send to the Buyer." },
	};

	(void)state;
	check_term_classes("Supplier: Ashgrove Intelligence Ltd (company number 09876543), 3 Quay "
			   "Street, Bristol BS1 4DJ\n"
			   "Buyer: Pennine Housing Association Limited, 14 Mill Lane, Leeds LS9 8AB\n"
			   "This Cover Page and the attached Standard Terms form the Agreement "
			   "between the Supplier and the Buyer.\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/* A German non-profit company ("gGmbH") before "hereinafter:" is a company. */
static void test_german_nonprofit_company(void **state)
{
	static const struct party_case german[] = {
		{ "Contractor", ROLE_VENDOR },
		{ "Client", ROLE_CUSTOMER },
	};

	(void)state;
	check_party_roles("Agreement between\n\nDatenwerk Analytics GmbH, Berlin\n"
			  "(hereinafter: \"Contractor\")\n\nand\n\nStadtklinikum Rheinau gGmbH, "
			  "Klinikweg 2, 68159 Mannheim\n(hereinafter: \"Client\")\n\n"
			  "1. The Client shall pay the fees.\n",
			  german, sizeof(german) / sizeof(german[0]));
}

/* An alias in bold without quotes after "the": "(the **Client**)". */
static void test_bold_alias_without_quotes(void **state)
{
	static const struct party_case bold[] = {
		{ "Supplier", ROLE_VENDOR },
		{ "Client", ROLE_CUSTOMER },
	};

	(void)state;
	check_party_roles("This agreement is between **Brightwater Legal LLP** of 4 Temple Row, "
			  "Birmingham B2 5HG (the **Client**) and **Casebook AI Limited** of 9 Queen "
			  "Square, Bristol BS1 4JQ (the **Supplier**).\n",
			  bold, sizeof(bold) / sizeof(bold[0]));
}

/*
 * A click-through that defines the customer only in its definitions, as
 * who accepts the terms; not a customer noun defined otherwise.
 */
static void test_customer_defined_as_acceptor(void **state)
{
	static const struct party_case acceptor[] = {
		{ "Parsely", ROLE_VENDOR },
		{ "Customer", ROLE_CUSTOMER },
	};
	static const struct party_case not_acceptor[] = {
		{ "Customer", NO_PARTY },
	};

	(void)state;
	check_party_roles("PARSELY TERMS OF SERVICE\n\nBy clicking \"I agree\", Customer agrees to "
			  "these Terms.\n\n1. Definitions\n\n\"Parsely\" means Parsely Labs, Inc., a "
			  "Delaware corporation.\n\n\"Customer\" means the company or other legal "
			  "entity that accepts these Terms.\n\n2. Parsely will not use Customer "
			  "Documents to train its models.\n",
			  acceptor, sizeof(acceptor) / sizeof(acceptor[0]));
	check_party_roles("PARSELY TERMS OF SERVICE\n\n1. Definitions\n\n\"Parsely\" means Parsely "
			  "Labs, Inc., a Delaware corporation.\n\n\"Customer\" means the company named "
			  "in an Order Form.\n",
			  not_acceptor, sizeof(not_acceptor) / sizeof(not_acceptor[0]));
}

/*
 * The "Details" block of Australian drafting: "Name", "ABN" and "Short
 * name" lines, the short name a role noun; not a short name that is no
 * role, nor a "Name" line too far above.
 */
static void test_details_block(void **state)
{
	static const struct party_case named[] = {
		{ "Greenfield Water Corporation", ROLE_CUSTOMER },
		{ "Coral Analytics Pty Ltd", ROLE_VENDOR },
		{ "Customer", ROLE_CUSTOMER },
		{ "Provider", ROLE_VENDOR },
	};
	static const struct party_case no_role[] = {
		{ "Greenfield Water Corporation", NO_PARTY },
	};

	(void)state;
	check_party_roles("DETAILS\n\nParties\n\nName          Greenfield Water Corporation\n"
			  "ABN           44 556 677 889\nAddress       1 River Road, Perth WA 6000\n"
			  "Short name    Customer\n\nName          Coral Analytics Pty Ltd\n"
			  "ABN           12 345 678 901\nShort name    Provider\n\nAGREED TERMS\n",
			  named, sizeof(named) / sizeof(named[0]));
	check_party_roles("DETAILS\n\nName          Greenfield Water Corporation\n"
			  "ABN           44 556 677 889\nShort name    Greenfield\n",
			  no_role, sizeof(no_role) / sizeof(no_role[0]));
	check_party_roles("DETAILS\n\nName          Greenfield Water Corporation\nA\nB\nC\nD\nE\n"
			  "F\nG\nShort name    Customer\n",
			  no_role, sizeof(no_role) / sizeof(no_role[0]));
}

/*
 * Definitions in a table of two columns: a quoted or bold term alone in
 * the first cell ('| "Customer Data" | ... |', a tab between), or a plain
 * term under a "| Term | Meaning |" header; not a plain term in a table
 * with no such header, nor a row of more cells.
 */
static void test_definitions_in_a_table(void **state)
{
	static const char *const preamble =
		"This Agreement is made between Beacon Insurance Group plc (the \"Customer\") and "
		"Tallyworks AI Limited (the \"Supplier\").\n";
	static const struct term_case quoted[] = {
		{ "Claims Files", TERM_CUSTOMER_DATA,
		  "| \"Claims Files\" | the claim forms and notes that the Customer uploads to the "
		  "Platform |" },
		{ "Triage Scores", TERM_OUTPUT,
		  "| **Triage Scores** | the scores that the Platform generates from Claims Files |" },
		{ "Adjuster Notes", TERM_CUSTOMER_DATA,
		  "\"Adjuster Notes\"\tmeans the notes that the Customer uploads to the Platform" },
	};
	static const struct term_case headed[] = {
		{ "Claims Files", TERM_CUSTOMER_DATA,
		  "| Claims Files | the claim forms and notes that the Customer uploads to the "
		  "Platform |" },
	};
	struct roles_finder *rf;
	struct document doc;
	struct roles r;
	const char *text;

	(void)state;
	check_term_classes(preamble, quoted, sizeof(quoted) / sizeof(quoted[0]));
	check_term_classes("This Agreement is made between Beacon Insurance Group plc (the "
			   "\"Customer\") and Tallyworks AI Limited (the \"Supplier\").\n"
			   "| Term | Meaning |\n",
			   headed, sizeof(headed) / sizeof(headed[0]));
	/* No header: a plain first cell is no term; nor is a row of three cells. */
	rf = roles_finder_new(&rs);
	textdoc_lines(&doc, "c.txt", "This Agreement is made between Beacon Insurance Group plc (the "
		 "\"Customer\") and Tallyworks AI Limited (the \"Supplier\").\n"
		 "| Claims Files | the claim forms that the Customer uploads to the Platform |\n"
		 "| \"Scan Files\" | the scans that the Customer uploads | Schedule 2 |\n"
		 "| **Sources of personal data** | the data that the Customer uploads |\n");
	roles_find(rf, &doc, &r);
	assert_null(term(&r, "Sources of personal data"));
	assert_null(term(&r, "Claims Files"));
	assert_null(term(&r, "Scan Files"));
	roles_release(&r);
	document_release(&doc);
	/* DOCX: the term alone in one cell, its meaning in the next. */
	text = "This Agreement is made between Beacon Insurance Group plc (the \"Customer\") and "
	       "Tallyworks AI Limited (the \"Supplier\").\n\"Claims Files\"\n"
	       "the claim forms that the Customer uploads to the Platform\n";
	document_init(&doc, "c.docx");
	buf_addstr(&doc.text, text);
	document_add_paragraph(&doc, PARA_BODY, 0, (size_t)(strchr(text, '\n') - text));
	document_add_paragraph(&doc, PARA_TABLE_CELL, (size_t)(strchr(text, '\n') - text) + 1,
			       (size_t)(strstr(text, "\nthe claim") - text));
	document_add_paragraph(&doc, PARA_TABLE_CELL, (size_t)(strstr(text, "\nthe claim") - text) + 1,
			       strlen(text) - 1);
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Claims Files"));
	assert_int_equal(term(&r, "Claims Files")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A public body described after its name, "the Board of Trustees of Carrow
 * State University, a public institution of higher education ...
 * ("University")", is a party where "between" names it; not where no
 * "between" or parties block does.
 */
static void test_public_body_described(void **state)
{
	static const struct party_case named[] = {
		{ "University", ROLE_VENDOR }, { "Customer", ROLE_CUSTOMER },
	};
	static const struct party_case trust[] = {
		{ "Trust", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR },
	};
	static const struct party_case none[] = {
		{ "Host", NO_PARTY },
	};

	(void)state;
	check_party_roles("This License Agreement is made by and between the Board of Trustees of "
			  "Carrow State University, a public institution of higher education of the "
			  "State of Oregon (\"University\"), and Quarry Robotics, Inc., a Delaware "
			  "corporation (\"Customer\").\n",
			  named, sizeof(named) / sizeof(named[0]));
	check_party_roles("This Agreement is made between Harbour Pension Scheme, a Delaware "
			  "statutory trust (\"Trust\"), and Lumen Data Ltd (the \"Supplier\").\n",
			  trust, sizeof(trust) / sizeof(trust[0]));
	check_party_roles("Acme Inc. (\"Acme\") stores the data with Carrow State University, a "
			  "public institution of higher education (\"Host\").\n",
			  none, sizeof(none) / sizeof(none[0]));
}

/*
 * The verbs of recitals: who "is engaged in the business of providing"
 * software or AI supplies it, who "wishes to procure" or "desires to
 * license" buys it, and "has agreed to provide" is "shall provide"; a
 * buyer's own business ("providing housing finance") says nothing.
 */
static void test_role_verbs_of_recitals(void **state)
{
	static const struct party_case recitals[] = {
		{ "Liongate", ROLE_VENDOR }, { "SPO", ROLE_CUSTOMER },
	};
	static const struct party_case licence[] = {
		{ "Brightwater", ROLE_VENDOR }, { "Oak & Ash", ROLE_CUSTOMER },
	};
	static const struct party_case own_business[] = {
		{ "Kaveri", ROLE_CUSTOMER }, { "Nirava", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles("This Agreement is made between Liongate Cognitive Pte. Ltd. (\"Liongate\") "
			  "and Straits Port Operations Pte. Ltd. (\"SPO\").\n"
			  "Liongate is engaged in the business of providing computer vision and "
			  "analytics software. SPO wishes to procure a forecasting solution, and "
			  "Liongate has agreed to provide it.\n",
			  recitals, sizeof(recitals) / sizeof(recitals[0]));
	check_party_roles("This Agreement is made between Brightwater Semantics, LLC "
			  "(\"Brightwater\") and Oak & Ash Mutual Insurance Company (\"Oak & Ash\").\n"
			  "Oak & Ash desires to license the platform, and Brightwater has agreed to "
			  "license it. Oak & Ash will pay the fees.\n",
			  licence, sizeof(licence) / sizeof(licence[0]));
	check_party_roles("This Agreement is made between Kaveri Housing Finance Limited (\"Kaveri\") "
			  "and Nirava Analytics Private Limited (\"Nirava\").\n"
			  "Kaveri is engaged in the business of providing housing finance. Nirava "
			  "shall provide the Services. Nirava shall deliver the Reports.\n",
			  own_business, sizeof(own_business) / sizeof(own_business[0]));
}

/*
 * Verbs in the third person ("Synthetica develops and operates") decide
 * a party that its other uses leave undecided, where no other party has
 * that role; never a lone party, nor one they alone speak for.
 */
static void test_third_person_verbs(void **state)
{
	static const struct party_case three[] = {
		{ "Synthetica", ROLE_VENDOR }, { "Bluepeak", ROLE_VENDOR },
		{ "Pinecrest", ROLE_CUSTOMER },
	};
	static const struct party_case taken[] = {
		{ "Heritage", ROLE_VENDOR }, { "Premier", ROLE_CUSTOMER }, { "Jasper", ROLE_UNKNOWN },
	};
	static const struct party_case alone[] = {
		{ "Acme", ROLE_UNKNOWN },
	};
	static const struct party_case balanced[] = {
		{ "Acme", ROLE_UNKNOWN }, { "Beta", ROLE_UNKNOWN },
	};

	(void)state;
	check_party_roles("This Agreement is made between Synthetica Labs Limited (\"Synthetica\"), "
			  "Bluepeak Cloud Solutions Limited (\"Bluepeak\") and Pinecrest Logistics "
			  "Limited (\"Pinecrest\").\n"
			  "Synthetica develops and operates a generative AI assistant. Bluepeak resells "
			  "subscriptions to it. Synthetica shall provide the Assistant to Pinecrest. "
			  "Pinecrest shall pay the fees to Bluepeak. Pinecrest shall pay the set-up "
			  "charge.\n",
			  three, sizeof(three) / sizeof(three[0]));
	check_party_roles("This Agreement is made between Heritage Foods Inc. (\"Heritage\"), Premier "
			  "Brands LLC (\"Premier\") and Jasper Packaging Corp. (\"Jasper\").\n"
			  "Heritage shall manufacture the Products. Heritage shall deliver them. "
			  "Premier shall pay the price. Premier shall pay the freight. Jasper supplies "
			  "the cartons and Jasper shall supply the labels.\n",
			  taken, sizeof(taken) / sizeof(taken[0]));
	check_party_roles("This Deed is made by Acme Holdings Inc. (\"Acme\").\n"
			  "Acme provides the guarantee below and Acme shall provide notice of any "
			  "demand.\n",
			  alone, sizeof(alone) / sizeof(alone[0]));
	/* Acme "shall provide" as often as it "shall pay": its grants do not tip it. */
	check_party_roles("This Agreement is made between Acme Holdings Inc. (\"Acme\") and Beta "
			  "Partners LLC (\"Beta\").\n"
			  "Acme shall provide the Products. Acme shall pay the Royalties. Acme grants "
			  "Beta a licence to the Marks. Acme grants Beta a right of first refusal. Acme "
			  "grants Beta access to its premises. Beta shall pay the Royalties.\n",
			  balanced, sizeof(balanced) / sizeof(balanced[0]));
}

/*
 * A grant of a licence to use data ("a licence to use the retinal images")
 * is the data's owner licensing it to whoever builds the AI: no sign that
 * the grantor supplies the work.
 */
static void test_grant_of_a_data_licence(void **state)
{
	static const struct party_case cases[] = {
		{ "Carrow", ROLE_CUSTOMER }, { "Parallax", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles("This Agreement is made between Carrow Eye Hospital Limited (\"Carrow\") "
			  "and Parallax Diagnostics Ltd (\"Parallax\").\n"
			  "Carrow shall grant Parallax a licence to use the retinal images and scans. "
			  "Carrow shall grant Parallax a licence to use the clinical data solely to "
			  "train the Model. Carrow shall pay the fees. Parallax shall provide the "
			  "Service.\n",
			  cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A cover table's "Vendor name" and "Customer name" rows, and "Name of
 * Supplier:" fields, name the parties as "Vendor" and "Customer" do; a
 * "Customer address" row names none.
 */
static void test_name_fields_of_roles(void **state)
{
	static const struct party_case table[] = {
		{ "Vendor", ROLE_VENDOR }, { "Kestrel Vision Analytics Ltd", ROLE_VENDOR },
		{ "Customer", ROLE_CUSTOMER }, { "Northfield Borough Council", ROLE_CUSTOMER },
		{ "Town Hall Market Street", NO_PARTY },
	};
	static const struct party_case fields[] = {
		{ "Supplier", ROLE_VENDOR }, { "Verbatim North Limited", ROLE_VENDOR },
		{ "Buyer", ROLE_CUSTOMER }, { "Calderdown Housing Association", ROLE_CUSTOMER },
	};

	(void)state;
	check_party_roles("ORDER FORM\n\n| Item | Details |\n|---|---|\n"
			  "| Vendor name | Kestrel Vision Analytics Ltd |\n"
			  "| Customer name | Northfield Borough Council |\n"
			  "| Customer address | Town Hall Market Street |\n\n"
			  "1. The Vendor shall provide the Platform.\n",
			  table, sizeof(table) / sizeof(table[0]));
	check_party_roles("Name of Supplier: Verbatim North Limited\n"
			  "Buyer's name: Calderdown Housing Association\n\n"
			  "1. The Supplier shall provide the Service.\n",
			  fields, sizeof(fields) / sizeof(fields[0]));
}

/*
 * The customer's data given in the passive by "shared by", at the head
 * of a definition after a long list, and captured by its own cameras;
 * not what the vendor shares with it.
 */
static void test_data_shared_listed_and_captured(void **state)
{
	static const struct term_case cases[] = {
		{ "Personal Information", TERM_CUSTOMER_DATA,
		  "\"Personal Information\" means any information relating to an identified or "
		  "identifiable natural person, including loan applicants of Kaveri, that is "
		  "shared by Kaveri with the Provider under this Agreement." },
		{ "Licensed Dataset", TERM_CUSTOMER_DATA,
		  "\"Licensed Dataset\" means the de-identified electronic health records, "
		  "discharge summaries and claims data that Kaveri delivers to the Provider." },
		{ "Footage", TERM_CUSTOMER_DATA,
		  "\"Footage\" means the video captured by Kaveri's CCTV cameras and streamed to "
		  "the Platform." },
		{ "Service Records", TERM_OTHER,
		  "\"Service Records\" means the records shared by the Provider with Kaveri." },
	};

	(void)state;
	check_term_classes("This Agreement is made between Nirava Analytics Private Limited (the "
			   "\"Provider\") and Kaveri Housing Finance Limited (\"Kaveri\").\n"
			   "Kaveri shall pay the fees. Kaveri shall pay the charges.\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Indian drafting: "hereinafter referred to as the Provider (which
 * expression shall ...) of the ONE PART", unquoted, names a party where
 * it is a role noun; an unquoted name that is none is no alias.
 */
static void test_hereinafter_unquoted_role_noun(void **state)
{
	static const struct party_case cases[] = {
		{ "Provider", ROLE_VENDOR }, { "Client", ROLE_CUSTOMER }, { "Kaveri", NO_PARTY },
	};

	(void)state;
	check_party_roles("NIRAVA ANALYTICS PRIVATE LIMITED, a company incorporated under the "
			  "Companies Act, 2013, having its registered office at Bengaluru, hereinafter "
			  "referred to as the Provider (which expression shall, unless repugnant to "
			  "the context or meaning thereof, include its successors and permitted "
			  "assigns) of the ONE PART;\nAND\nKAVERI HOUSING FINANCE LIMITED, a company "
			  "incorporated under the Companies Act, 1956, having its registered office at "
			  "Chennai, hereinafter referred to as the \"Client\" of the OTHER PART.\n"
			  "KAVERI HOUSING FINANCE LIMITED, a company having its registered office at "
			  "Chennai, hereinafter referred to as Kaveri (which expression shall include "
			  "its successors).\n",
			  cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Three parties of which two only act, one supplying and one paying,
 * and a guarantor that does neither: the two take those roles even on
 * one use each, as two parties would; not where the third acts too.
 */
/* Not read as a model: absent, or of another class. */
static void assert_not_model(const struct roles *r, const char *t)
{
	const struct defined_term *d = term(r, t);

	assert_true(!d || d->cls != TERM_MODEL);
}

/*
 * An AI system named otherwise than a model ("Assistant", "Engine",
 * "Tool", "Copilot") is the model where its definition says it is an AI
 * system or holds or applies models; a platform that is a web portal, a
 * tool that uses no models, a solution of modules are not.
 */
static void test_ai_system_under_other_names(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "\"Assistant\" means the generative artificial intelligence claims assistant, including "
		 "the large language models on which it runs, that Provider makes available.\n"
		 "\"Engine\" means our product recommendation engine, including the ranking models we "
		 "train for you.\n"
		 "\"Tool\" means Sponsor's software that applies deep learning models to head CT scans.\n"
		 "\"Translation Engine\" means the neural machine translation system that the Contractor "
		 "adapts.\n"
		 "Provider will make available its generative AI drafting assistant (the \"Copilot\") to "
		 "Customer.\n"
		 "\"Platform\" means the web portal and application programming interface through which "
		 "Customer submits Member Data and retrieves the outputs of the models.\n"
		 "\"Portal Tool\" means the budgeting tool, which does not use machine learning models.\n"
		 "\"Solution\" means the payroll solution, including the modules listed in the Order "
		 "Form.\n"
		 "\"System\" means the Supplier's hosted ticketing system used by Customer's staff.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Assistant")->cls, TERM_MODEL);
	assert_int_equal(term(&r, "Engine")->cls, TERM_MODEL);
	assert_int_equal(term(&r, "Tool")->cls, TERM_MODEL);
	assert_int_equal(term(&r, "Translation Engine")->cls, TERM_MODEL);
	assert_int_equal(term(&r, "Copilot")->cls, TERM_MODEL);
	assert_not_model(&r, "Platform");
	assert_not_model(&r, "Portal Tool");
	assert_not_model(&r, "Solution");
	assert_not_model(&r, "System");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * European drafting describes a public body by where it is established
 * and names it after "hereinafter", with no company suffix: it is a
 * party, and the other one to the supplier.  A figure "established at
 * the outset" is none.
 */
static void test_party_established_at(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "The Agency for Digital Services, established at Rua da Palma 12, 1100-391 Lisbon, "
		 "represented by Ms Helena Costa, Director, hereinafter \"the Contracting Authority\",\n"
		 "of the one part, and\n"
		 "Sintra Lexica S.A., established at Avenida da Liberdade 200, Lisbon, represented by "
		 "Mr Rui Almeida, hereinafter \"the Supplier\",\n"
		 "of the other part.\n"
		 "The Contracting Authority shall pay the Supplier the unit prices in Annex III.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Contracting Authority"));
	assert_int_equal(party(&r, "Contracting Authority")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Supplier")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	textdoc_lines(&doc, "c.txt",
		 "1. Service levels\n"
		 "The service levels established at the outset of the pilot, hereinafter \"the "
		 "Baseline\", apply for the first year.\n"
		 "The service levels established at Annex 2, hereinafter \"the Targets\", apply "
		 "afterwards.\n");
	roles_find(rf, &doc, &r);
	assert_null(party(&r, "Baseline"));
	assert_null(party(&r, "Targets"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Who "has developed" technology (software, an AI tool, a platform) is
 * its supplier, though it pays the other party's costs: a sponsor that
 * pays the hospital evaluating its tool.  What has been developed that is
 * no technology ("a distribution network") says nothing.
 */
static void test_has_developed_technology(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc, doc2;
	struct roles r, r2;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Aurelian Imaging, Inc., a Delaware corporation "
		 "(\"Sponsor\"), and St. Brendan's Regional Hospital, a Massachusetts nonprofit "
		 "corporation (\"Site\").\n"
		 "WHEREAS, Sponsor has developed an artificial intelligence tool that flags suspected "
		 "haemorrhage on head CT scans.\n"
		 "\"Tool\" means Sponsor's software that applies deep learning models to head CT scans.\n"
		 "Sponsor shall pay Site USD 40,000 to cover Site's costs of the Evaluation.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Sponsor")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Site")->role, ROLE_CUSTOMER);
	textdoc_lines(&doc2, "c.txt",
		 "This Agreement is made between Aurelian Foods, Inc., a Delaware corporation "
		 "(\"Sponsor\"), and Harbour Grocers, Inc., a Massachusetts corporation (\"Site\").\n"
		 "WHEREAS, Sponsor has developed a distribution network in New England.\n"
		 "Sponsor's products are sold in the Site's stores.\n"
		 "Sponsor shall pay Site USD 40,000 for shelf space.\n");
	roles_find(rf, &doc2, &r2);
	assert_int_equal(party(&r2, "Sponsor")->role, ROLE_UNKNOWN);
	roles_release(&r);
	roles_release(&r2);
	document_release(&doc);
	document_release(&doc2);
	roles_finder_free(rf);
}

/*
 * Parties named only in the signature block, in capitals under their
 * roles: the body's "Lumenfold" and "Harrowgate" are those parties.  Not
 * a first word the body also writes in lower case ("the orchard").
 */
static void test_capitals_in_signature_block(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is entered into between the parties identified in the signature block "
		 "below.\n"
		 "1. Lumenfold shall provide the analytics service to Harrowgate.\n"
		 "2. Harrowgate shall pay the fees within thirty days of invoice.\n"
		 "3. Orchard shall supply fruit from the orchard for the staff canteen.\n"
		 "IN WITNESS WHEREOF the parties have signed this Agreement.\n"
		 "PROVIDER: LUMENFOLD ANALYTICS, INC.\n"
		 "By: ______________________\n"
		 "CUSTOMER: HARROWGATE MUTUAL INSURANCE COMPANY\n"
		 "By: ______________________\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Lumenfold"));
	assert_int_equal(party(&r, "Lumenfold")->role, ROLE_VENDOR);
	assert_true(party(&r, "Lumenfold")->short_name);
	assert_non_null(party(&r, "Harrowgate"));
	assert_int_equal(party(&r, "Harrowgate")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is entered into between the parties identified below.\n"
		 "1. Orchard shall pay for the apples picked in the orchard.\n"
		 "2. Lumenfold shall provide the analytics service.\n"
		 "PROVIDER: LUMENFOLD ANALYTICS, INC.\n"
		 "CUSTOMER: ORCHARD VALLEY FARMS LLC\n");
	roles_find(rf, &doc, &r);
	assert_null(party(&r, "Orchard"));
	assert_non_null(party(&r, "Lumenfold"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

static void test_two_that_act_beside_a_guarantor(void **state)
{
	static const struct party_case guaranteed[] = {
		{ "Aurelian", ROLE_VENDOR }, { "Westmarch", ROLE_CUSTOMER },
		{ "Guarantor", ROLE_UNKNOWN },
	};
	static const struct party_case three_act[] = {
		{ "Aurelian", ROLE_UNKNOWN }, { "Westmarch", ROLE_UNKNOWN },
		{ "Bluepeak", ROLE_UNKNOWN },
	};

	(void)state;
	check_party_roles("This Agreement is made between Aurelian AI UK Ltd (\"Aurelian\"), "
			  "Westmarch Water plc (\"Westmarch\") and Aurelian AI Holdings plc (the "
			  "\"Guarantor\").\n"
			  "Aurelian shall provide the leak-detection model as a service to Westmarch. "
			  "Westmarch shall pay the Fees to Aurelian. The Guarantor guarantees the "
			  "obligations of Aurelian.\n",
			  guaranteed, sizeof(guaranteed) / sizeof(guaranteed[0]));
	check_party_roles("This Agreement is made between Aurelian AI UK Ltd (\"Aurelian\"), "
			  "Westmarch Water plc (\"Westmarch\") and Bluepeak Cloud Ltd (\"Bluepeak\").\n"
			  "Aurelian shall provide the model as a service to Westmarch. Westmarch shall "
			  "pay the Fees to Bluepeak. Bluepeak shall pay Aurelian its share.\n",
			  three_act, sizeof(three_act) / sizeof(three_act[0]));
}

/*
 * A base model stays apart from the custom model made from it: by its
 * name ("Foundation Model") or the head of its definition ("the
 * pre-trained large language model ..."), never by a model the
 * definition says is made from it.  What a model makes is output ("Model
 * Outputs"), and a model calibrated for the customer is its custom model.
 */
static void test_base_model_kept_apart(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	static const char text[] =
		"This Agreement is between Kestrel Labs Inc. (\"Provider\") and Dunmore Bank plc "
		"(\"Client\").\n"
		"\"Foundation Model\" means the model identified in Schedule 1, licensed by its "
		"publisher.\n"
		"\"Fine-Tuned Model\" means the model developed by fine-tuning the Foundation Model "
		"on Client Data.\n"
		"\"Llamina\" means the pre-trained large language model published by a third party.\n"
		"\"Voice Model\" means the model Provider builds from the base model for the Client.\n"
		"\"Client Data\" means the data that Client provides to Provider.\n"
		"\"Model Outputs\" means the risk predictions that the Fine-Tuned Model generates.\n"
		"\"Risk Model\" means the model that Provider calibrates for the Client on Client "
		"Data.\n"
		"Provider warrants that the licence of the Foundation Model permits the use.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_string_equal(term(&r, "Foundation Model")->reads_as, "Base Model");
	assert_string_equal(term(&r, "Fine-Tuned Model")->reads_as, "Custom Model");
	assert_string_equal(term(&r, "Llamina")->reads_as, "Base Model");
	assert_string_equal(term(&r, "Voice Model")->reads_as, "Custom Model");
	assert_int_equal(term(&r, "Model Outputs")->cls, TERM_OUTPUT);
	assert_string_equal(term(&r, "Risk Model")->reads_as, "Custom Model");
	assert_string_equal(subst_at(&r, text, "Foundation Model permits"), "Base Model");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A model its definition says third parties make or supply is read as
 * "Third-Party Models"; not one it calls pre-trained (a base model), nor
 * one a negation keeps from third parties, nor data from third parties.
 */
static void test_third_party_models(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	static const char text[] =
		"This Agreement is between Kestrel Labs Ltd (the \"Provider\") and Dunmore plc (the "
		"\"Customer\").\n"
		"\"Underlying Models\" means the third-party large language models used by the "
		"Platform.\n"
		"\"Partner Model\" means an AI model made available to Provider by one or more "
		"third parties.\n"
		"\"Llamina\" means the pre-trained large language model published by a third party.\n"
		"\"House Model\" means the model developed by Provider and not by any third party.\n"
		"\"Risk Model\" means the model Provider trains on data obtained from third parties.\n"
		"Underlying Models are provided subject to their providers' terms.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_string_equal(term(&r, "Underlying Models")->reads_as, "Third-Party Models");
	assert_string_equal(term(&r, "Partner Model")->reads_as, "Third-Party Model");
	assert_string_equal(term(&r, "Llamina")->reads_as, "Base Model");
	assert_string_not_equal(term(&r, "House Model")->reads_as, "Third-Party Model");
	assert_string_not_equal(term(&r, "Risk Model")->reads_as, "Third-Party Model");
	assert_string_equal(subst_at(&r, text, "Underlying Models are"), "Third-Party Models");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A term its definition says is drawn from how the customer uses the
 * service, or that leaves the customer's data out, is usage data; telemetry
 * from the customer's own networks or machines is the customer's data.
 * De-identified customer data, fees for use and the vendor's own service
 * logs keep their readings.
 */
static void test_usage_and_telemetry_by_definition(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const struct defined_term *d;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Kestrel Labs Ltd (the \"Provider\") and Dunmore plc (the "
		 "\"Customer\").\n"
		 "\"Workflow Patterns\" means de-identified information describing the structure and "
		 "sequence of workflow steps, which does not include the content of Customer Data.\n"
		 "\"Service Insights\" means information derived from Customer's use of the Services, "
		 "including patterns and performance measurements.\n"
		 "\"Anonymised Data\" means Customer Data from which names and identifiers have been "
		 "removed.\n"
		 "\"Usage Fees\" means the fees for Customer's use of the Services.\n"
		 "\"Plant Telemetry\" means sensor readings, alarms and event logs generated by the "
		 "Customer's turbines and control systems.\n"
		 "\"Service Logs\" means logs generated by the Provider's systems in providing the "
		 "Services.\n"
		 "\"Software Telemetry\" means data collected by the Software from Customer's systems "
		 "about the performance and use of the Software.\n");
	roles_find(rf, &doc, &r);
	assert_string_equal(term(&r, "Workflow Patterns")->reads_as, "Usage Data");
	assert_string_equal(term(&r, "Service Insights")->reads_as, "Usage Data");
	d = term(&r, "Anonymised Data");
	assert_true(!d || !d->reads_as || strcmp(d->reads_as, "Usage Data"));
	d = term(&r, "Usage Fees");
	assert_true(!d || !d->reads_as || strcmp(d->reads_as, "Usage Data"));
	assert_int_equal(term(&r, "Plant Telemetry")->cls, TERM_CUSTOMER_DATA);
	d = term(&r, "Service Logs");
	assert_true(!d || d->cls != TERM_CUSTOMER_DATA);
	d = term(&r, "Software Telemetry");
	assert_true(!d || d->cls != TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A deal titled as shared (an alliance, a joint development) where one
 * party's uses make it the supplier and the other's show it supplies too
 * and hardly pays: neither is the vendor.  Under another title the other
 * party is the customer, as before.
 */
static void test_shared_undertaking_has_no_vendor(void **state)
{
	static const char body[] =
		"This Agreement is made by and between Orrery Robotics, Inc. (\"Orrery\") and "
		"Tamsin Vision Corp. (\"Tamsin\").\n"
		"Orrery shall provide its robotic arms.\n"
		"Orrery shall develop the grasp planner.\n"
		"Orrery shall deliver the test rig.\n"
		"Tamsin shall provide its labelled images.\n"
		"Tamsin develops the vision software used in the project.\n"
		"Tamsin shall pay its own travel costs.\n";
	const char *titles[] = { "STRATEGIC ALLIANCE AGREEMENT\n", "SERVICES AGREEMENT\n" };
	size_t k;

	(void)state;
	for (k = 0; k < 2; k++) {
		struct roles_finder *rf = roles_finder_new(&rs);
		struct document doc;
		struct roles r;
		char text[1024];

		snprintf(text, sizeof(text), "%s%s", titles[k], body);
		textdoc_lines(&doc, "c.txt", text);
		roles_find(rf, &doc, &r);
		assert_int_equal(party(&r, "Orrery")->role, k ? ROLE_VENDOR : ROLE_UNKNOWN);
		assert_int_equal(party(&r, "Tamsin")->role, k ? ROLE_CUSTOMER : ROLE_UNKNOWN);
		roles_release(&r);
		document_release(&doc);
		roles_finder_free(rf);
	}
}

/*
 * What a buyer hands over for the work (data, datasets, records, access,
 * instructions) beside a supplier named by its role noun is the buyer's
 * part: "Bank shall provide the data feeds" to a "Developer" does not make
 * the Bank a second vendor.  Where it also supplies the work it stays the
 * vendor, and without a named supplier (a joint development,
 * test_shared_undertaking_has_no_vendor) both contribute.
 */
static void test_data_handed_to_named_vendor(void **state)
{
	static const struct party_case bank[] = {
		{ "Bank", ROLE_CUSTOMER },
		{ "Contractor", ROLE_VENDOR },
	};
	static const struct party_case utility[] = {
		{ "Utility", ROLE_CUSTOMER },
		{ "Contractor", ROLE_VENDOR },
	};
	static const struct party_case hospital[] = {
		{ "Hospital", ROLE_CUSTOMER },
		{ "Supplier", ROLE_VENDOR },
	};
	static const struct party_case reseller[] = {
		{ "Harwick", ROLE_VENDOR },
		{ "Contractor", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles("SOFTWARE DEVELOPMENT AGREEMENT\nThis Agreement is made between Marlow "
			  "Savings Bank, N.A. (\"Bank\") and Quillon Analytics LLC (\"Contractor\").\n"
			  "1. Contractor shall develop the fraud model.\n"
			  "2. Bank shall provide the data feeds described in Exhibit A.\n"
			  "3. Bank shall deliver the training datasets to Contractor.\n",
			  bank, sizeof(bank) / sizeof(bank[0]));
	check_party_roles("SERVICES AGREEMENT\nThis Agreement is made between Eastvale Water "
			  "Utility (\"Utility\") and Brindle Systems Ltd (\"Contractor\").\n"
			  "1. The Utility shall deliver the training datasets to the Contractor.\n"
			  "2. The Utility shall supply historical meter records.\n"
			  "3. The Utility will provide the Contractor with access to its systems.\n",
			  utility, sizeof(utility) / sizeof(utility[0]));
	check_party_roles("SUPPLY AGREEMENT\nThis Agreement is made between St Aldric Hospital "
			  "Trust (\"Hospital\") and Oriel Labs Inc. (\"Supplier\").\n"
			  "1. Hospital will supply historical admission records.\n"
			  "2. Hospital provides written instructions for each release.\n"
			  "3. Hospital will provide the labelled images.\n",
			  hospital, sizeof(hospital) / sizeof(hospital[0]));
	/* The same party supplying the work is a vendor still: it hands over no data. */
	check_party_roles("RESELLER AGREEMENT\nThis Agreement is made between Harwick Software "
			  "Inc. (\"Harwick\") and Oriel Labs Inc. (\"Contractor\").\n"
			  "1. Harwick shall provide the platform.\n"
			  "2. Harwick shall deliver the software.\n"
			  "3. Harwick shall not provide the data to any third party.\n",
			  reseller, sizeof(reseller) / sizeof(reseller[0]));
}

/*
 * The clause whose subject works on a party's systems runs on past the
 * full stop of a company form inside it ("licensed from Acme Corp. to
 * access Utility's systems"), so its subject is still the supplier.  A
 * company form before a capitalised word may end the sentence.
 */
static void test_company_form_inside_clause(void **state)
{
	static const struct party_case utility[] = {
		{ "Utility", ROLE_CUSTOMER },
		{ "Developer", ROLE_VENDOR },
	};
	static const char body[] =
		"This Agreement is made between Northgate Power Utility Inc. (\"Utility\") and "
		"Brightline Systems LLC (\"Developer\").\n"
		"1. Developer shall develop the forecasting model.\n"
		"2. Developer shall maintain the forecasting model.\n"
		"3. Developer shall, with the tools of Nortec Ltd. and its affiliates, host the "
		"model within Utility's systems.\n"
		"4. Developer shall use the connector licensed from Acme Corp. to access Utility's "
		"systems.\n"
		"5. Developer shall not, without the consent of Stellar Data Co., modify Utility's "
		"software.\n"
		"6. Developer shall integrate the model, built with components of Hexa S.p.A., with "
		"Utility's platform.\n";
	(void)state;
	check_party_roles(body, utility, sizeof(utility) / sizeof(utility[0]));
}

/*
 * "Halvorsen hereby engages Onyx X": the words after the engaged alias
 * that go on with its own name as defined ("Onyx Digital") or are a
 * company form of any country ("S.A.", "AB", "Oy", "SpA", "SE", "KG")
 * name the party, not a thing of it.
 */
static void test_engaged_party_named_in_full(void **state)
{
	static const struct party_case roles[] = {
		{ "Halvorsen", ROLE_CUSTOMER }, { "Onyx", ROLE_VENDOR },
	};
	static const char *const names[] = {
		"Digital", "S.A.", "AB", "Oy", "SpA", "SE", "KG", "Digital S.A.", "Digital, S.A.",
	};
	char text[512];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		snprintf(text, sizeof(text),
			 "This Agreement is made between Halvorsen Freight Inc. (\"Halvorsen\") and "
			 "Onyx %s (\"Onyx\").\n\n"
			 "1. Halvorsen hereby engages Onyx %s to carry out the work described in "
			 "Schedule 1.\n\n2. Onyx shall keep records of the work.\n",
			 names[i], names[i]);
		check_party_roles(text, roles, sizeof(roles) / sizeof(roles[0]));
	}
}

/*
 * Access to the platform, information and content are what a supplier
 * gives: a third party that provides them to the customer, beside a
 * vendor, supplies too.  Access to its own systems is what a buyer gives
 * (test_data_handed_to_named_vendor).
 */
static void test_access_given_to_customer(void **state)
{
	static const struct party_case three[] = {
		{ "Provider", ROLE_VENDOR }, { "Customer", ROLE_CUSTOMER }, { "Kestrel", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles("This Agreement is made between Northwind Software Inc. (\"Provider\"), "
			  "Harbor Bank plc (\"Customer\") and Kestrel Integration LLC "
			  "(\"Kestrel\").\n\n"
			  "1. Kestrel shall provide Customer with access to the Platform.\n"
			  "2. Kestrel shall provide the Customer with information about the "
			  "Services.\n"
			  "3. Kestrel shall provide Customer with content for the training "
			  "sessions.\n",
			  three, sizeof(three) / sizeof(three[0]));
}

/*
 * The subject of a clause that works on a party's systems is read in the
 * few hundred bytes before the possessive, not back to where a clause
 * that runs on opened: "Utility shall give notice ... [a long stretch]
 * and Developer shall access Utility's systems" is Developer's work on
 * the customer's systems.  The reach is what keeps text that never ends
 * a clause from costing the square of its length.
 */
static void test_possessive_subject_within_reach(void **state)
{
	static const struct party_case utility[] = {
		{ "Utility", ROLE_CUSTOMER }, { "Developer", ROLE_VENDOR },
	};
	static const char stretch[] =
		"as soon as reasonably practicable after the relevant request has been received in "
		"writing and subject to the security requirements set out in the schedule, ";
	char text[4096];
	size_t n, i, r;

	(void)state;
	n = (size_t)snprintf(text, sizeof(text),
			     "This Agreement is made between Northgate Power Utility Inc. "
			     "(\"Utility\") and Brightline Systems LLC (\"Developer\").\n"
			     "1. Developer shall develop the forecasting model.\n");
	for (i = 2; i < 5; i++) {
		n += (size_t)snprintf(text + n, sizeof(text) - n,
				      "%zu. Utility shall give notice of each planned outage ", i);
		for (r = 0; r < 3; r++)
			n += (size_t)snprintf(text + n, sizeof(text) - n, "%s", stretch);
		n += (size_t)snprintf(text + n, sizeof(text) - n,
				      "and Developer shall access Utility's systems only as needed.\n");
	}
	assert_true(n < sizeof(text));
	check_party_roles(text, utility, sizeof(utility) / sizeof(utility[0]));
}

/*
 * An alias defined as whoever accepts the terms or signs up for the
 * service is the customer, whatever its noun: 'the individual or entity
 * that registers for an API key and accepts these terms ("Developer")'.
 * Not a supplier that accepts an order, nor a party the words before
 * do not define so.
 */
static void test_alias_defined_as_acceptor(void **state)
{
	static const struct party_case developer[] = {
		{ "Quorra", ROLE_VENDOR },
		{ "Developer", ROLE_CUSTOMER },
	};
	static const struct party_case member[] = {
		{ "Nimbus", ROLE_VENDOR },
		{ "Member", ROLE_CUSTOMER },
	};
	static const struct party_case supplier[] = {
		{ "Supplier", ROLE_VENDOR },
	};
	static const struct party_case builder[] = {
		{ "Builder", ROLE_UNKNOWN },
	};

	(void)state;
	check_party_roles("QUORRA API TERMS\n\nThese API Terms are an agreement between Quorra "
			  "Systems Inc. (\"Quorra\") and the individual or entity that registers for "
			  "an API key and accepts these terms (\"Developer\").\n\n1. Developer "
			  "shall pay the usage fees.\n",
			  developer, sizeof(developer) / sizeof(developer[0]));
	check_party_roles("These Member Terms are entered into between Nimbus AI Inc., a Delaware "
			  "corporation (\"Nimbus\"), and the person or organisation that creates an "
			  "account on or uses the Hub (\"Member\").\n",
			  member, sizeof(member) / sizeof(member[0]));
	check_party_roles("PURCHASE ORDER TERMS\n\nThese terms bind Harlow County (the "
			  "\"Buyer\") and the company that accepts this Purchase Order "
			  "(\"Supplier\").\n\n1. Supplier shall deliver the goods.\n",
			  supplier, sizeof(supplier) / sizeof(supplier[0]));
	check_party_roles("This Agreement is made between Orrin Homes LLC, a Texas limited "
			  "liability company (\"Builder\"), and the buyer of the lot.\n",
			  builder, sizeof(builder) / sizeof(builder[0]));
}

/*
 * An order form's head names one role's party by a role noun and the
 * other's under a label of its own ("Health System:", "| Insurer |"):
 * that label, used as a party, is the other party.  Not a label the
 * text never uses as a party, nor a field far from the role's.
 */
static void test_counterpart_field(void **state)
{
	static const struct party_case health[] = {
		{ "Provider", ROLE_VENDOR },
		{ "Health System", ROLE_CUSTOMER },
	};
	static const struct party_case insurer[] = {
		{ "Supplier", ROLE_VENDOR },
		{ "Insurer", ROLE_CUSTOMER },
	};
	static const struct party_case no_label[] = {
		{ "Provider", ROLE_VENDOR },
		{ "Support Plan", NO_PARTY },
	};
	static const struct party_case far[] = {
		{ "Hospital", NO_PARTY },
	};

	(void)state;
	check_party_roles("Order Form\n\nProvider: Aldercrest Health AI, Inc.\nHealth System: St. "
			  "Brannoc Regional Health System\n\nIn it, \"Provider\" means Aldercrest "
			  "Health AI, Inc.\n\n1. Health System shall pay the fee.\n",
			  health, sizeof(health) / sizeof(health[0]));
	check_party_roles("ORDER FORM\n\n| Supplier | Quillon Risk Systems Limited |\n|---|---|\n"
			  "| Insurer | Harrowgate Mutual Insurance Society |\n\n1. The Insurer shall "
			  "pay the fees.\n",
			  insurer, sizeof(insurer) / sizeof(insurer[0]));
	check_party_roles("Order Form\n\nProvider: Aldercrest Health AI, Inc.\nSupport Plan: "
			  "Premium Support\n\nIn it, \"Provider\" means Aldercrest Health AI, "
			  "Inc.\n\n1. The Support Plan includes phone support.\n",
			  no_label, sizeof(no_label) / sizeof(no_label[0]));
	check_party_roles("Order Form\n\nProvider: Aldercrest Health AI, Inc.\nStart: May\nEnd: "
			  "June\nPlan: Gold\nRegion: West\nHospital: Kell Memorial Hospital\n\n"
			  "In it, \"Provider\" means Aldercrest Health AI, Inc.\n\n1. Hospital shall "
			  "pay the fee.\n",
			  far, sizeof(far) / sizeof(far[0]));
	check_model_reading("Order Form\n\nProvider: Aldercrest Health AI, Inc.\nHealth System: St. "
			    "Brannoc Regional Health System\n\n\"Risk Model\" means the sepsis risk "
			    "model that Provider calibrates for Health System on Patient Data.\n\n1. "
			    "Health System shall pay the fee.\n",
			    "Risk Model", "Custom Model");
}

/*
 * A model made "for your" workspace or account in terms of service that
 * say "you" is the custom model; the base model it is adapted from, in
 * the same sentence, stays the base model.
 */
static void test_model_made_for_your_workspace(void **state)
{
	static const char text[] =
		"These terms are a contract between you and Tallowmere Labs Ltd (\"Tallowmere\", "
		"\"we\" or \"us\").\n\nThe Service runs on a pre-trained language model licensed "
		"from a third party (the \"Pre-trained Model\"), which we adapt into a private "
		"assistant for your workspace (the \"Workspace Model\").\n";

	(void)state;
	check_model_reading(text, "Workspace Model", "Custom Model");
	check_model_reading(text, "Pre-trained Model", "Base Model");
}

/*
 * word_start_in, the cheap test before a caseless pattern that opens with
 * \b and one of its words: where it says no, the pattern cannot match.  A
 * word starts after no ASCII letter, digit or "_", as \b has it: after a
 * non-ASCII letter too.
 */
static void test_word_start_in(void **state)
{
	static const char *const words[] = { "record", "label" };
	static const struct {
		const char *text;
		int found;
	} cases[] = {
		{ "the video Recordings", 1 },
		{ "RECORDED at the plant", 1 },
		{ "(labels) apply", 1 },
		{ "label", 1 },
		{ "caf\xC3\xA9label", 1 },
		{ "prerecorded video", 0 },
		{ "x_label and 2record", 0 },
		{ "the reco", 0 },
		{ "", 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_int_equal(word_start_in(cases[i].text, strlen(cases[i].text), words, 2),
				 cases[i].found);
}

/*
 * word_at_firsts, the gate role_evidence puts before word_at: it answers as
 * word_at does at every byte, whatever case the text is in, where a word
 * opens with no letter ("3d", "& co") and at the end of the text.
 */
static void test_word_at_firsts(void **state)
{
	static const char *const words[] = { "provide", "pays", "3d", "& co" };
	static const char *const texts[] = {
		"Supplier shall PROVIDE the 3D models & Co pays",
		"provides paying 3dx &co P",
		"",
	};
	uint32_t firsts = word_firsts(words, 4);
	size_t i, at;

	(void)state;
	assert_true(firsts & (1u << ('p' - 'a')));
	assert_true(firsts & (1u << 31));
	assert_false(firsts & (1u << ('s' - 'a')));
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		size_t len = strlen(texts[i]);

		for (at = 0; at <= len + 1; at++)
			assert_int_equal(word_at_firsts(texts[i], len, at, words, 4, firsts),
					 word_at(texts[i], len, at, words, 4));
	}
	assert_true(word_at_firsts(texts[0], strlen(texts[0]), 15, words, 4, firsts));
	assert_false(word_at_firsts(texts[1], strlen(texts[1]), 0, words, 4, firsts));
}

/*
 * An alias in a sentence of the body names no party because a company was
 * named in the sentences before it: 'The Client shall send the Supplier its
 * shipment records (the "Shipment Log")' defines data, not a third party.
 * A company's own sentence still gives its alias.
 */
static void test_alias_after_a_sentence_end(void **state)
{
	static const struct party_case log[] = {
		{ "Supplier", ROLE_VENDOR },
		{ "Client", ROLE_CUSTOMER },
		{ "Shipment Log", NO_PARTY },
	};
	static const struct party_case same[] = {
		{ "Supplier", ROLE_VENDOR },
		{ "Client", ROLE_CUSTOMER },
	};

	(void)state;
	check_party_roles("SERVICES AGREEMENT\n\nBetween the undersigned:\n\nTarrow Logistics SAS, registered "
			  "in Nantes, hereinafter \"the Supplier\",\n\nand\n\nBrenlow Foods SARL, "
			  "registered in Lille, hereinafter \"the Client\",\n\nArticle 1 - Purpose\nThe Supplier shall "
			  "provide a routing service. The Client shall send the Supplier its shipment "
			  "records (the \"Shipment Log\").\n\n2. The Client shall pay the fees.\n",
			  log, sizeof(log) / sizeof(log[0]));
	check_party_roles("Between Tarrow Logistics Ltd, a company registered in Scotland. (the "
			  "\"Supplier\") and Brenlow Foods Limited, registered with reg. No. 55 (the "
			  "\"Client\").\n\n1. The Supplier shall provide the service.\n2. The Client "
			  "shall pay the fees.\n",
			  same, sizeof(same) / sizeof(same[0]));
}

/*
 * An unquoted alias that repeats a word of the company name just before it
 * on its line is that company's short name: "Harlow Mutual Bank Ltd ABN 12
 * 345 678 901 (Bank)".  A parenthesis after a company that repeats no word
 * of its name, "(Canada)", names none.
 */
static void test_unquoted_alias_from_the_name(void **state)
{
	static const struct party_case bank[] = {
		{ "Provider", ROLE_VENDOR },
		{ "Bank", ROLE_CUSTOMER },
	};
	static const struct party_case place[] = {
		{ "Provider", ROLE_VENDOR },
		{ "Canada", NO_PARTY },
		{ "Ontario", NO_PARTY },
	};

	(void)state;
	check_party_roles("SERVICES AGREEMENT\n\nParties\nOrvane Analytics Pty Ltd ABN 11 222 333 444 "
			  "(Provider)\nHarlow Mutual Bank Ltd ABN 12 345 678 901 (Bank)\n\n1. The Bank "
			  "shall pay the Provider the fees.\n",
			  bank, sizeof(bank) / sizeof(bank[0]));
	check_party_roles("SERVICES AGREEMENT\n\nParties\nOrvane Analytics Pty Ltd ABN 11 222 333 444 "
			  "(Provider)\nHarlow Mutual Bank Ltd, a bank under the Bank Act (Canada)\nKell "
			  "Holdings Inc. (Ontario)\n\n1. The Provider shall provide the service.\n",
			  place, sizeof(place) / sizeof(place[0]));
}

/*
 * The role noun a party's own definition gives it beats the words its
 * alias is made of: 'the entity named as the licensee on the Order Form
 * ("Developer")' is the customer, though a developer is a supplier's
 * word; so is 'the customer named in the Order Form ("Builder")' and
 * 'the party acquiring the Services ("Integrator")', and a physician
 * practice named as the licensee ("Provider").  Not a role noun
 * in the possessive ("as the Licensee's agent"), nor a party whose
 * definition names no role.
 */
static void test_role_noun_of_the_definition(void **state)
{
	static const struct party_case licensee[] = {
		{ "Harrow", ROLE_VENDOR },
		{ "Developer", ROLE_CUSTOMER },
	};
	static const struct party_case practice[] = {
		{ "Licensor", ROLE_VENDOR },
		{ "Provider", ROLE_CUSTOMER },
	};
	static const struct party_case named[] = {
		{ "Lattice", ROLE_VENDOR },
		{ "Builder", ROLE_CUSTOMER },
	};
	static const struct party_case acquiring[] = {
		{ "Supplier", ROLE_VENDOR },
		{ "Integrator", ROLE_CUSTOMER },
	};
	static const struct party_case agent[] = {
		{ "Licensor", ROLE_VENDOR },
		{ "Supplier", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles("This Data License Agreement is entered into by and between Harrow Data "
			  "Corp., a Delaware corporation (\"Harrow\"), and the entity named as the "
			  "licensee on the Order Form (\"Developer\").\n",
			  licensee, sizeof(licensee) / sizeof(licensee[0]));
	check_party_roles("This Software Licence is made between Medora Health Software Inc. "
			  "(\"Licensor\") and the physician practice identified as the licensee in "
			  "the Order Form (\"Provider\").\n",
			  practice, sizeof(practice) / sizeof(practice[0]));
	check_party_roles("These terms are agreed between Lattice Labs Ltd (\"Lattice\") and the "
			  "customer named in the Order Form (\"Builder\").\n",
			  named, sizeof(named) / sizeof(named[0]));
	check_party_roles("This Agreement is made between Corvid Systems Inc. (\"Supplier\") and "
			  "the party acquiring the Services under an Order (\"Integrator\").\n",
			  acquiring, sizeof(acquiring) / sizeof(acquiring[0]));
	check_party_roles("This Agreement is made between Tessel Inc. (\"Licensor\") and Quint "
			  "Software LLC, acting as the Licensee's agent (\"Supplier\").\n",
			  agent, sizeof(agent) / sizeof(agent[0]));
}

/*
 * A letter names its parties beside the pronouns: 'we, Kestrel Ltd
 * ("Kestrel")' is the vendor, 'for you, Hallam plc ("Hallam")' the
 * customer.  Not after "Thank you," nor where the words after the
 * pronoun are no name ("you, as a member of ..."), and a role noun alias
 * keeps its own role.
 */
static void test_letter_names_we_and_you(void **state)
{
	static const struct party_case letter[] = {
		{ "Wrenfield", ROLE_VENDOR }, { "Alder", ROLE_CUSTOMER },
	};
	static const struct party_case us_first[] = {
		{ "Corvane", ROLE_VENDOR }, { "Dunmore", ROLE_CUSTOMER },
	};
	static const struct party_case thanks[] = {
		{ "Pellam", ROLE_UNKNOWN }, { "Ostrey", ROLE_UNKNOWN },
	};
	static const struct party_case noun[] = {
		{ "Supplier", ROLE_VENDOR }, { "Brackley", ROLE_CUSTOMER },
	};
	static const struct party_case upper[] = {
		{ "Tarrow", ROLE_UNKNOWN }, { "Vexa", ROLE_UNKNOWN },
	};

	(void)state;
	check_party_roles("This letter sets out the terms on which we, Wrenfield Data Technology "
			  "Limited (\"Wrenfield\"), will run a pilot for you, Alder Mutual Assurance "
			  "plc (\"Alder\").\n",
			  letter, sizeof(letter) / sizeof(letter[0]));
	check_party_roles("This letter from us, Corvane Analytics, Inc. (\"Corvane\"), to you, "
			  "Dunmore Foods Ltd (\"Dunmore\"), confirms the engagement.\n",
			  us_first, sizeof(us_first) / sizeof(us_first[0]));
	check_party_roles("Thank you, Pellam Holdings Ltd (\"Pellam\"), for meeting Ostrey "
			  "Partners LLP (\"Ostrey\") last week.\n",
			  thanks, sizeof(thanks) / sizeof(thanks[0]));
	check_party_roles("This agreement is made by and between Tarrow US, LLC, of 4 Elm Road "
			  "(\"Tarrow\") and Vexa Ltd (\"Vexa\").\n",
			  upper, sizeof(upper) / sizeof(upper[0]));
	check_party_roles("This order is between you, Orlin Tools Ltd (\"Supplier\"), and "
			  "Brackley Retail plc (\"Brackley\").\n",
			  noun, sizeof(noun) / sizeof(noun[0]));
}

/*
 * A construction form names the role noun first and the party after it:
 * "between the Owner, Ashby Parish Council, ..., and the Contractor, Kerrow
 * Build Ltd, ...".  The Contractor is the vendor and the other noun the
 * customer.  Not where no name follows the nouns ("between the Architect,
 * acting for the Owner, and the Contractor, as ...").
 */
static void test_construction_form_nouns_first(void **state)
{
	static const struct party_case owner[] = {
		{ "Contractor", ROLE_VENDOR }, { "Owner", ROLE_CUSTOMER },
	};
	static const struct party_case employer[] = {
		{ "Contractor", ROLE_VENDOR }, { "Employer", ROLE_CUSTOMER },
	};

	(void)state;
	check_party_roles("AGREEMENT made as of the 3rd day of June 2024, between the Owner, Ashby "
			  "Parish Council, 3 Mill Lane, Ashby, Kent, and the Contractor, Kerrow Build "
			  "Ltd, 9 Dock Road, Ashby, for the following Project: Ashby Hall.\n",
			  owner, sizeof(owner) / sizeof(owner[0]));
	check_party_roles("This Contract is made between the Employer, Hexley Housing Trust, of 2 "
			  "Bank Row, Hexley, and the Contractor, Marlow Joinery Ltd, of 14 Quay "
			  "Street.\n",
			  employer, sizeof(employer) / sizeof(employer[0]));
	check_party_roles("Disputes between the Architect, acting for the Owner, and the "
			  "Contractor, as builder, go to mediation.\n", NULL, 0);
	check_party_roles("Meetings between the Owner, Ashby Parish Council and its advisers; and "
			  "the Contractor, Kerrow Build Ltd, are minuted.\n", NULL, 0);
}

/*
 * What the customer, named by its alias or noun, enters into the vendor's
 * service at the head of a "means" definition is its data, as what "you"
 * enter is; not what the vendor enters, nor what goes elsewhere.
 */
static void test_customer_enters_means(void **state)
{
	static const struct term_case cases[] = {
		{ "Prompts", TERM_CUSTOMER_DATA,
		  "\"Prompts\" means the text and images Client enters into the Service." },
		{ "Portal Notes", TERM_CUSTOMER_DATA,
		  "\"Portal Notes\" means the notes the Client types into the Service." },
		{ "Supplier Notes", TERM_OTHER,
		  "\"Supplier Notes\" means the notes Supplier enters into the Service." },
		{ "Ledger Entries", TERM_OTHER,
		  "\"Ledger Entries\" means the entries Client enters into its own ledger." },
	};

	(void)state;
	check_term_classes("This agreement is between Dosewise Ltd (\"Supplier\") and Hartwell "
			   "Clinic LLP (\"Client\").\n",
			   cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A run-on list of definitions, one sentence: each body ends where the
 * next quoted term is defined, so that one term's words do not class the
 * term before it.
 */
static void test_run_on_definitions(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Acme Ltd (the \"Supplier\") and Beta plc (the \"Customer\").\n"
		 "In this Agreement: \"Background IPR\" means Intellectual Property Rights owned by the "
		 "Supplier before the Commencement Date or developed independently of this Agreement; "
		 "\"Output\" means any result generated by the Model; \"Supplier Materials\" means the "
		 "Supplier's pre-existing tools; and \u201cResults\u201d means the reports produced by the "
		 "Services; \"Deliverables\" means the items delivered under this Agreement.\n");
	roles_find(rf, &doc, &r);
	assert_int_not_equal(term(&r, "Background IPR")->cls, TERM_OUTPUT);
	assert_int_not_equal(term(&r, "Supplier Materials")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "Output")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "Results")->cls, TERM_OUTPUT);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * "data the Client or its users submit", with no "that": the customer's
 * data when the customer gives it; not when the vendor gives it, or when
 * the customer does not.
 */
static void test_data_customer_submits_no_that(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Acme Ltd (the \"Supplier\") and Beta plc (the \"Client\").\n"
		 "In this Agreement: \"Platform\" means the AI platform operated by the Supplier; "
		 "\"Client Data\" means all data the Client or its users submit to the Platform; "
		 "\"AI Output\" means content generated by the Platform.\n"
		 "\"Uploaded Files\" means the documents Client uploads.\n"
		 "\"Reference Data\" means the information the Supplier provides to the Client.\n"
		 "\"Excluded Records\" means records the Client does not submit to the Platform.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Client Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Uploaded Files")->cls, TERM_CUSTOMER_DATA);
	assert_int_not_equal(term(&r, "Reference Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_not_equal(term(&r, "Excluded Records")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "AI Output")->cls, TERM_OUTPUT);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * "the inputs Customer or its users submit to an AI Feature", with no
 * "that": the customer's prompts, and a collective name that lists them
 * with the outputs is the customer's data with its outputs.  Not inputs
 * the vendor gives, nor those the customer does not submit.
 */
static void test_inputs_customer_submits_no_that(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Supplement is between Acme Ltd (the \"Supplier\") and Beta plc (the \"Client\").\n"
		 "\"Prompts\" means the inputs the Client or its users submit to an AI Feature, and "
		 "\"Outputs\" means the content an AI Feature returns.\n"
		 "\"Client Content\" means Prompts, Outputs and all other data the Client stores in the Products.\n"
		 "\"Test Prompts\" means the inputs the Supplier provides to the Client.\n"
		 "\"Excluded Prompts\" means inputs the Client does not submit to the Products.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Prompts")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Outputs")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "Client Content")->cls, TERM_CUSTOMER_DATA);
	assert_true(term(&r, "Client Content")->with_output);
	assert_int_not_equal(term(&r, "Test Prompts")->cls, TERM_CUSTOMER_DATA);
	assert_int_not_equal(term(&r, "Excluded Prompts")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * 'its historical order data (the "Order History")' is the customer's when
 * the customer is the subject of the sentence, and "its" is not another's.
 */
static void test_its_data_closing(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Acme Ltd (the \"Provider\") and Beta plc (the \"Beneficiary\").\n"
		 "The Beneficiary shall transmit to the Provider its historical order data (the \"Order History\").\n"
		 "The Beneficiary will share its stock levels (the \"Stock Data\").\n"
		 "The Provider shall send the Beneficiary its forecast reports (the \"Forecasts\").\n"
		 "The Beneficiary agrees the Provider may keep its benchmark tables (the \"Benchmarks\").\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Order History")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Stock Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_not_equal(term(&r, "Forecasts")->cls, TERM_CUSTOMER_DATA);
	assert_int_not_equal(term(&r, "Benchmarks")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * 'may access Customer's historical claims data (the "Claims Data") to
 * provide the Services': a term amid its sentence, after the customer's
 * possessive and a phrase ending on a data noun, is the customer's data;
 * the vendor's possessive, or no data noun, says nothing of the kind.
 */
static void test_possessive_data_midsentence(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Acme Ltd (the \"Supplier\") and Beta plc (the \"Customer\").\n"
		 "The Supplier may access Customer's historical claims data (the \"Claims\") solely to provide the Services.\n"
		 "The Supplier may use the Customer's scanned documents (the \"Scans\") for support only.\n"
		 "The Supplier may use the Supplier's benchmark data (the \"Benchmarks\") for any purpose.\n"
		 "The Supplier may review Customer's monthly invoices (the \"Statements\") for accuracy.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Claims")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Scans")->cls, TERM_CUSTOMER_DATA);
	assert_int_not_equal(term(&r, "Benchmarks")->cls, TERM_CUSTOMER_DATA);
	assert_int_not_equal(term(&r, "Statements")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * An abbreviation that spells a company's name with its suffix names the
 * company: "Northwind Holdings Ltd ("NHL")", "Larch Mutual Insurance
 * Company ("LMIC")", "Beta Holdings plc ("BH")"; words with no suffix
 * still make an abbreviation, not a party: "European Economic Area
 * ("EEA")".
 */
static void test_abbreviation_of_a_company_name(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Northwind Holdings Ltd (\"NHL\") and Larch Mutual "
		 "Insurance Company (\"LMIC\").\n"
		 "1. NHL will provide the Services to LMIC in the European Economic Area (\"EEA\").\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "NHL"));
	assert_non_null(party(&r, "LMIC"));
	assert_null(party(&r, "EEA"));
	roles_release(&r);
	document_release(&doc);
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Acme Analytics GmbH (\"AA\") and Beta Holdings plc "
		 "(\"BH\").\n1. AA will provide the Services to BH.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "AA"));
	assert_non_null(party(&r, "BH"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * 'all files the Client submits to the Platform, including spreadsheets
 * and photographs ("Client Materials")': the examples after a description
 * do not change what the bracketed term is; what the vendor sends, with
 * examples too, is still not the customer's; and "including the data the
 * Client sends" is no list of examples but what the term names.
 */
static void test_examples_before_bracketed_term(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Brightwell Ltd (the \"Supplier\") and Harcourt plc (the \"Client\").\n"
		 "All files the Client submits to the Platform, including spreadsheets, photographs and letters (\"Client Materials\"), remain the Client's.\n"
		 "Any content the Client uploads into the Platform, such as notes and memos (\"Client Stuff\"), stays the Client's.\n"
		 "The Supplier shall send the Client its reports, including charts and tables (\"Supplier Reports\").\n"
		 "The dates the Client chooses, including holidays (\"Closure Days\"), are set out in the Order.\n"
		 "The Supplier's security terms apply to the Platform, including the data the Client sends to the Platform (\"Covered Data\").\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Client Materials")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Client Stuff")->cls, TERM_CUSTOMER_DATA);
	assert_int_not_equal(term(&r, "Supplier Reports")->cls, TERM_CUSTOMER_DATA);
	assert_int_not_equal(term(&r, "Closure Days")->cls, TERM_CUSTOMER_DATA);
	/* What follows "including the" may be what the term names. */
	assert_int_equal(term(&r, "Covered Data")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A company name with accented letters before its suffix is a
 * company ("Banque Rhénane SA, Strasbourg (the \"Bank\")"), and the other
 * party of a supplier is then the customer.
 */
static void test_accented_company_name(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "between Banque Rh\xC3\xA9nane SA, Strasbourg (the \"Bank\"), and Calibra Analytics "
		 "GmbH, Frankfurt (the \"Supplier\").\n"
		 "1. The Supplier shall provide the services to the Bank.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Bank"));
	assert_int_equal(party(&r, "Bank")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Supplier")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* A government buyer named "the Government" is the customer. */
static void test_government_as_buyer(void **state)
{
	struct ruleset built;
	struct roles_finder *rf;
	struct document doc;
	struct roles r;

	(void)state;
	/* The public buyers are the shipped rules' customer nouns. */
	ruleset_init(&built);
	assert_int_equal(ruleset_load(&built, NULL, 0), 0);
	assert_int_equal(ruleset_compile(&built), 0);
	rf = roles_finder_new(&built);
	textdoc_lines(&doc, "c.txt",
		 "This Order is placed by the Department of Example Affairs, acting through its "
		 "Contracting Officer (the \"Government\"), with Northfield Federal Solutions LLC "
		 "(the \"Contractor\").\n"
		 "1. The Contractor shall provide the Service. The Government owns all Government "
		 "Data.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Government"));
	assert_int_equal(party(&r, "Government")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Contractor")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	textdoc_lines(&doc, "c.txt",
		 "This Contract is entered into between the Government of the Republic of Example, "
		 "represented by its Ministry of Finance (the \"Government\"), and Datenwerk AG, a "
		 "company incorporated under the laws of Switzerland (the \"Supplier\").\n"
		 "1. The Supplier shall provide the Services.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Government"));
	assert_int_equal(party(&r, "Government")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);
	/* Not a party: a government the contract only mentions. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Acme Cloud Inc. (\"Provider\") and Beta Corp. "
		 "(\"Customer\").\n"
		 "1. Provider may disclose data where the Government requires it.\n");
	roles_find(rf, &doc, &r);
	assert_null(party(&r, "Government"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	ruleset_release(&built);
}

/*
 * Of two parties both read as the vendor, one by "Provider" (a
 * health-care provider buys) and one by a word only a seller bears, the
 * provider is the customer.
 */
static void test_provider_beside_a_vendor(void **state)
{
	static const char *const docs[] = {
		"This Agreement is made between Lakeshore Community Health, Inc., a Delaware "
		"nonprofit corporation (\"Provider\"), and Notewell AI, Inc., a California "
		"corporation (\"Vendor\").\n"
		"1. Vendor will provide the Service to Provider.\n",
		"THIS AGREEMENT is made between (1) Riverside Clinics Limited, a company "
		"incorporated in England and Wales (the \"Provider\"); and (2) Quillmark Software "
		"Ltd, a company incorporated in England and Wales (the \"Supplier\").\n"
		"1. The Supplier shall provide the Services to the Provider.\n",
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
		textdoc_lines(&doc, "c.txt", docs[i]);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, "Provider"));
		assert_int_equal(party(&r, "Provider")->role, ROLE_CUSTOMER);
		roles_release(&r);
		document_release(&doc);
	}
	/* A provider beside a customer stays the vendor. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Acme Cloud Inc. (\"Provider\") and Beta Corp. "
		 "(\"Customer\").\n"
		 "1. Provider will provide the Service to Customer.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Provider")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* A model trained on one party's defined data, roles unknown, is a custom model. */
static void test_model_on_party_data_roles_unknown(void **state)
{
	static const char *const docs[] = {
		"This Agreement is made between the Kingsmead Hospitals Trust (the \"Trust\") and "
		"Halden Analytics Limited (the \"Company\").\n"
		"1.1 \"Trust Data\" means the retinal images made available by the Trust for the "
		"Project.\n"
		"1.2 \"Model Weights\" means the parameters of any model trained on Trust Data in "
		"the Project.\n",
		"This Agreement is made between Northfield University (\"University\") and "
		"Corvane Inc. (\"Corvane\").\n"
		"1.1 \"University Records\" means the survey records University makes available.\n"
		"1.2 \"Study Model\" means the model trained on University Records in the Study.\n",
	};
	static const char *const models[] = { "Model Weights", "Study Model" };
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
		textdoc_lines(&doc, "c.txt", docs[i]);
		roles_find(rf, &doc, &r);
		assert_non_null(term(&r, models[i]));
		assert_string_equal(term(&r, models[i])->reads_as, "Custom Model");
		roles_release(&r);
		document_release(&doc);
	}
	/* Not trained on it, or a name of no party: the plain model. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Northfield University (\"University\") and "
		 "Corvane Inc. (\"Corvane\").\n"
		 "1.1 \"University Records\" means the survey records University makes available.\n"
		 "1.2 \"Public Records\" means the records published by the State.\n"
		 "1.3 \"Base Model\" means the model that is not trained on University Records.\n"
		 "1.4 \"Study Model\" means the model trained on Public Records.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Study Model"));
	assert_string_equal(term(&r, "Study Model")->reads_as, "Model");
	assert_string_not_equal(term(&r, "Base Model")->reads_as, "Custom Model");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Plain terms that say "we" for the vendor and "you" or "your
 * firm" for the customer: "your firm" (organisation, company) is the
 * customer and reads as "Customer", "Your firm" opening a sentence too.
 * Not "your" with a capital or two words, and not without a "we" that
 * names the vendor (a letter's "you" may be the supplier).
 */
static void test_your_firm_beside_you(void **state)
{
	static const struct party_case firm[] = {
		{ "Lexloom Inc.", ROLE_VENDOR }, { "your firm", ROLE_CUSTOMER },
	};
	static const struct party_case org[] = {
		{ "Brightpath Ltd", ROLE_VENDOR }, { "your organisation", ROLE_CUSTOMER },
	};
	static const struct party_case no_we[] = {
		{ "your company", NO_PARTY },
	};
	static const struct party_case two_words[] = {
		{ "Lexloom Inc.", ROLE_VENDOR }, { "your law firm", NO_PARTY },
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"These terms are between Lexloom Inc. (\"we\", \"us\", \"our\") and the law firm "
		"named in the order form (\"you\", \"your firm\").\n"
		"1. Your firm owns the outputs.\n"
		"2. We will not use your firm's documents to train models.\n";

	(void)state;
	check_party_roles(text, firm, sizeof(firm) / sizeof(firm[0]));
	check_party_roles("These Terms are an agreement between Brightpath Ltd (\"we\" or \"us\") "
			  "and the business that signs up (\"you\" or \"your organisation\").\n",
			  org, sizeof(org) / sizeof(org[0]));
	check_party_roles("This letter sets out the terms on which the sales agent (\"you\", "
			  "\"your company\") will sell the goods.\n",
			  no_we, sizeof(no_we) / sizeof(no_we[0]));
	check_party_roles("These terms are between Lexloom Inc. (\"we\") and the firm "
			  "(\"you\", \"your law firm\").\n",
			  two_words, sizeof(two_words) / sizeof(two_words[0]));
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_string_equal(subst_at(&r, text, "Your firm owns"), "Customer");
	assert_string_equal(subst_at(&r, text, "your firm's"), "Customer");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * An AI system named as the service the vendor provides ("the Platform",
 * "the Assistant", "the Tool", "the Bot") reads as the rules' service word:
 * "Provider may suspend the Platform ... without notice" is a suspension of
 * the service.  A system named otherwise ("Engine", "System") or a model
 * by name stays a model.
 */
static void test_ai_system_reads_as_service(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is entered into by Acme Health, Inc. (\"Customer\") and Brightpath "
		 "AI, Inc. (\"Provider\").\n"
		 "\"Platform\" means the Provider's hosted machine learning software platform made "
		 "available to Customer.\n"
		 "\"Bot\" means the conversational AI agent that Provider hosts for Customer.\n"
		 "\"Engine\" means our product recommendation engine, including the ranking models we "
		 "train for you.\n"
		 "Provider may suspend the Platform or the Bot immediately and without notice.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Platform"));
	assert_string_equal(term(&r, "Platform")->reads_as, "Service");
	assert_string_equal(term(&r, "Bot")->reads_as, "Service");
	assert_string_equal(term(&r, "Engine")->reads_as, "Model");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * "everything" or "anything" a customer named by its alias or
 * "your firm" uploads, before an example list and a bracketed term, is its
 * data; what the vendor uploads, or what the customer does not, is not.
 */
static void test_everything_your_firm_uploads(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "These terms are between Lexfield Inc. (\"we\", \"us\") and the firm named in the order form (\"you\", \"your firm\").\n"
		 "Everything your firm uploads or types into the Product, including briefs and research queries (\"Matter Data\"), remains your firm's property.\n"
		 "Anything the Client submits to the Platform, such as files and queries (the \"Client Inputs\"), stays the Client's.\n"
		 "Everything we upload to your workspace, including templates and guides (\"Library Content\"), stays ours.\n"
		 "Anything your firm does not upload, such as paper files (\"Offline Files\"), is outside the Product.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Matter Data"));
	assert_int_equal(term(&r, "Matter Data")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Client Inputs"));
	assert_int_equal(term(&r, "Client Inputs")->cls, TERM_CUSTOMER_DATA);
	assert_true(!term(&r, "Library Content") || term(&r, "Library Content")->cls != TERM_CUSTOMER_DATA);
	assert_true(!term(&r, "Offline Files") || term(&r, "Offline Files")->cls != TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * "Outputs and all other data Customer stores in the Products":
 * what the customer stores in the vendor's products is its data; what the
 * vendor stores is not.
 */
static void test_data_customer_stores(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Northwind Inc. (\"Provider\") and Acme LLC (\"Customer\").\n"
		 "\"Customer Content\" means Outputs and all other data Customer stores in the Products.\n"
		 "\"Account Files\" means the files Customer saves in its workspace.\n"
		 "\"Provider Records\" means the data Provider stores about the Products.\n"
		 "\"Other Files\" means files Customer does not store in the Products.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Customer Content"));
	assert_int_equal(term(&r, "Customer Content")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Account Files"));
	assert_int_equal(term(&r, "Account Files")->cls, TERM_CUSTOMER_DATA);
	assert_true(!term(&r, "Provider Records") || term(&r, "Provider Records")->cls != TERM_CUSTOMER_DATA);
	assert_true(!term(&r, "Other Files") || term(&r, "Other Files")->cls != TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Of two parties no role noun names, the one whose own data
 * ("Trust Data", "Lakemont Data") the other uses and a model is trained
 * on is the customer, the one that trains the vendor, whichever way the
 * money flows.  Not where each uses the other's data, where no model is
 * trained on it, nor where training on it is ruled out.
 */
static void test_data_giver_is_customer(void **state)
{
	static const struct party_case trust[] = {
		{ "Trust", ROLE_CUSTOMER }, { "Company", ROLE_VENDOR },
	};
	static const struct party_case lakemont[] = {
		{ "Lakemont", ROLE_CUSTOMER }, { "Parallax", ROLE_VENDOR },
	};
	static const struct party_case both[] = {
		{ "Bank", ROLE_UNKNOWN }, { "Retailer", ROLE_UNKNOWN },
	};
	static const struct party_case unused[] = {
		{ "University", ROLE_UNKNOWN }, { "Partner", ROLE_UNKNOWN },
	};

	(void)state;
	check_party_roles("This Agreement is made between Kingsmead Hospitals NHS Foundation Trust "
			  "(the \"Trust\") and Halden Analytics Ltd (the \"Company\").\n"
			  "1.1 \"Trust Data\" means the retinal images made available by the Trust.\n"
			  "1.2 \"Model Weights\" means the parameters of any model trained on Trust "
			  "Data.\n"
			  "3.3 The Company shall use Trust Data solely for the Project.\n"
			  "5.1 The Company shall pay the Trust a royalty.\n",
			  trust, sizeof(trust) / sizeof(trust[0]));
	check_party_roles("This Collaboration Agreement is entered into by Lakemont Regional Medical "
			  "Center, Inc. (\"Lakemont\") and Parallax Health AI, Inc. (\"Parallax\").\n"
			  "1. Lakemont will make available to Parallax the claims records "
			  "(\"Lakemont Data\").\n"
			  "2. Parallax will use the Lakemont Data solely to train its predictive "
			  "models.\n"
			  "3. Parallax will pay Lakemont the fees.\n",
			  lakemont, sizeof(lakemont) / sizeof(lakemont[0]));
	check_party_roles("This Agreement is made between Harrow Bank plc (the \"Bank\") and Quanta "
			  "Retail Ltd (the \"Retailer\").\n"
			  "1. The Retailer shall use the Bank Data to train a fraud model.\n"
			  "2. The Bank shall use the Retailer Data to train a fraud model.\n",
			  both, sizeof(both) / sizeof(both[0]));
	check_party_roles("This agreement is between Fernhill University (the \"University\") and "
			  "Orbitel Labs Inc. (the \"Partner\").\n"
			  "1. The Partner may use the University Dataset to publish statistics.\n"
			  "2. The Partner shall not use the University Dataset to train any model.\n",
			  unused, sizeof(unused) / sizeof(unused[0]));
}

/* Providing notice, information or data is no supply of the work. */
static void test_notice_is_no_supply(void **state)
{
	static const char *const docs[] = {
		"This Agreement is between Hirewell, Inc. (\"Hirewell\") and Brightside Stores LLC "
		"(\"Brightside\").\n"
		"1. Hirewell shall perform the screening services.\n"
		"2. Brightside shall provide each applicant with notice before the tool is used. "
		"Hirewell shall provide template notices that Brightside may adapt.\n"
		"3. Brightside shall provide the demographic data that Hirewell requests.\n"
		"4. Brightside shall pay the fees within 30 days.\n",
		"This Schedule is made between Quillon Analytics Ltd (\"Quillon\") and Harrowgate "
		"Services Ltd (\"Harrowgate\").\n"
		"1. Quillon shall perform the analytics. Quillon shall maintain the models.\n"
		"2. Harrowgate shall provide such information and cooperation as Quillon requires.\n"
		"3. Harrowgate shall provide the relevant staff with notice of the monitoring.\n",
	};
	static const char *const vendor[] = { "Hirewell", "Quillon" };
	static const char *const customer[] = { "Brightside", "Harrowgate" };
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
		textdoc_lines(&doc, "c.txt", docs[i]);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, vendor[i]));
		assert_int_equal(party(&r, vendor[i])->role, ROLE_VENDOR);
		assert_int_equal(party(&r, customer[i])->role, ROLE_CUSTOMER);
		roles_release(&r);
		document_release(&doc);
	}
	/* "in accordance with the notice": the Services are still supplied. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Northwind Software Ltd (\"Northwind\") and Elmfield Ltd "
		 "(\"Elmfield\").\n"
		 "1. Northwind shall provide the Services in accordance with the notice given.\n"
		 "2. Northwind shall provide the Platform.\n"
		 "3. Elmfield shall pay the charges.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Northwind")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Elmfield")->role, ROLE_CUSTOMER);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* Two parties both read as the vendor: the stronger evidence decides. */
static void test_never_two_vendors(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Corvid Labs, Inc. (\"Corvid\") and Pinecrest Bank "
		 "(\"Pinecrest\").\n"
		 "1. Corvid shall host the chatbot. Corvid shall maintain the models. Corvid shall "
		 "operate the service.\n"
		 "2. Pinecrest shall build the integration. Pinecrest shall maintain its systems.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Corvid")->role, ROLE_VENDOR);
	assert_int_not_equal(party(&r, "Pinecrest")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	/* As strong on both sides: neither is taken for the vendor. */
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Corvid Labs, Inc. (\"Corvid\") and Pinecrest Bank "
		 "(\"Pinecrest\").\n"
		 "1. Corvid shall host the chatbot. Corvid shall maintain the models.\n"
		 "2. Pinecrest shall build the integration. Pinecrest shall maintain its systems.\n");
	roles_find(rf, &doc, &r);
	assert_int_not_equal(party(&r, "Corvid")->role, ROLE_VENDOR);
	assert_int_not_equal(party(&r, "Pinecrest")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* "operated by Acme" is supply, as "provided by Acme" is. */
static void test_operated_by(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "Lumio Terms of Service\n"
		 "1. The Lumio App is operated by Lumio Labs, Inc. (\"Lumio\").\n"
		 "2. You agree to provide Lumio with accurate information about yourself.\n"
		 "3. The App is operated by Lumio for the users it serves.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Lumio"));
	assert_int_equal(party(&r, "Lumio")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A list of participles before "by" ("designed, generated or
 * predicted by the Research Model") is read as its verb of making next to
 * "by": what the model generates is output.  Not what people review or
 * sign, nor where no verb of making is in the list.
 */
static void test_participles_before_by(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Helix Bio Inc. (\"Provider\") and Acme LLC (\"Customer\").\n"
		 "\"Candidate Molecules\" means molecules designed, generated or predicted by the Service.\n"
		 "\"Layouts\" means the plans generated, refined and optimised by the Platform.\n"
		 "\"Reports\" means the reports reviewed, approved or signed by the Customer's team.\n"
		 "\"Invoices\" means invoices designed or issued by the Provider's system.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Candidate Molecules"));
	assert_int_equal(term(&r, "Candidate Molecules")->cls, TERM_OUTPUT);
	assert_non_null(term(&r, "Layouts"));
	assert_int_equal(term(&r, "Layouts")->cls, TERM_OUTPUT);
	assert_true(!term(&r, "Reports") || term(&r, "Reports")->cls != TERM_OUTPUT);
	assert_true(!term(&r, "Invoices") || term(&r, "Invoices")->cls != TERM_OUTPUT);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A term named as data that its definition gives to neither side
 * is the customer's data where the contract says the customer owns it
 * ("As between the parties, Customer owns Candidate Data", "Customer
 * shall own all right, title and interest in the Patient Records").  Not
 * where the vendor owns it, nor where the customer "does not own" it.
 */
static void test_data_the_customer_owns(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Northwind Inc. (\"Provider\") and Acme LLC (\"Customer\").\n"
		 "\"Candidate Data\" means resumes and answers about Candidates.\n"
		 "\"Patient Records\" means the records of patients held in the system.\n"
		 "\"Benchmark Data\" means the benchmark datasets used for testing.\n"
		 "\"Survey Data\" means the answers of panel members.\n"
		 "As between the parties, Customer owns Candidate Data.\n"
		 "Customer shall own all right, title and interest in the Patient Records.\n"
		 "Provider owns Benchmark Data.\n"
		 "Customer does not own Survey Data.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Candidate Data"));
	assert_int_equal(term(&r, "Candidate Data")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Patient Records"));
	assert_int_equal(term(&r, "Patient Records")->cls, TERM_CUSTOMER_DATA);
	assert_true(!term(&r, "Benchmark Data") || term(&r, "Benchmark Data")->cls != TERM_CUSTOMER_DATA);
	assert_true(!term(&r, "Survey Data") || term(&r, "Survey Data")->cls != TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * As check_party_roles, on the text as the loader reads it, with the
 * nouns of the shipped rules/vocabulary.yaml (the fixture pack above has
 * its own short lists).
 */
static void check_loaded_roles(const char *text, const struct party_case *cases, size_t n)
{
	struct ruleset vrs;
	struct roles_finder *rf;
	struct document doc;
	struct roles r;
	struct buf voc = BUF_INIT;
	char chunk[4096];
	size_t i, got;
	FILE *f = fopen("rules/vocabulary.yaml", "rb");

	assert_non_null(f);
	while ((got = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&voc, chunk, got);
	fclose(f);
	ruleset_init(&vrs);
	assert_int_equal(ruleset_add_pack(&vrs, "vocabulary.yaml", voc.ptr, voc.len), 0);
	assert_int_equal(ruleset_compile(&vrs), 0);
	rf = roles_finder_new(&vrs);
	load_doc(&doc, text);
	roles_find(rf, &doc, &r);
	for (i = 0; i < n; i++) {
		if (cases[i].role == NO_PARTY) {
			assert_null(party(&r, cases[i].alias));
			continue;
		}
		assert_non_null(party(&r, cases[i].alias));
		assert_int_equal(party(&r, cases[i].alias)->role, cases[i].role);
	}
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	ruleset_release(&vrs);
	buf_release(&voc);
}

/*
 * "Employer" is a customer noun: the employer buys the tool or
 * the service (an HR-tech addendum, an executive service agreement).  Not
 * a public body: beside a staffing "Agency" the agency is the one that
 * supplies; and a contractor that "shall remain the employer of record"
 * is still the vendor.
 */
static void test_employer_is_customer(void **state)
{
	static const struct party_case addendum[] = {
		{ "Company", ROLE_VENDOR }, { "Employer", ROLE_CUSTOMER },
	};
	static const struct party_case staffing[] = {
		{ "Agency", ROLE_VENDOR }, { "Employer", ROLE_CUSTOMER },
	};
	static const struct party_case of_record[] = {
		{ "Contractor", ROLE_VENDOR }, { "Client", ROLE_CUSTOMER },
	};

	(void)state;
	check_loaded_roles("This Addendum supplements the Master Agreement between Talentry Corp. "
			   "(\"Company\") and the employer named in the Order Form (\"Employer\").\n"
			   "1. Employer is solely responsible for all hiring decisions.\n"
			   "2. Company shall notify Employer within ten business days of any result.\n",
			   addendum, sizeof(addendum) / sizeof(addendum[0]));
	check_loaded_roles("This Agreement is between Pinnacle Recruitment Ltd (\"Agency\") and "
			   "Harlow Manufacturing Ltd (\"Employer\").\n"
			   "1. Employer shall pay the charges in Schedule 1 within 30 days.\n",
			   staffing, sizeof(staffing) / sizeof(staffing[0]));
	check_loaded_roles("This Agreement is between Keystone Staffing, Inc. (\"Contractor\") and "
			   "Meridian Foods LLC (\"Client\").\n"
			   "1. Contractor shall remain the employer of record of all personnel.\n",
			   of_record, sizeof(of_record) / sizeof(of_record[0]));
}

/*
 * A possessive stands for the article after "includes"
 * ('"Customer Content" includes Customer's Prompts and the Output'), and
 * "text Customer submits" is given data.  Not an interpretation clause,
 * nor the vendor's materials, nor the text the vendor publishes.
 */
static void test_includes_a_possessive(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Northwind Inc. (\"Provider\") and Acme LLC (\"Customer\").\n"
		 "\"Prompts\" means text Customer submits to the Service.\n"
		 "\"Customer Content\" includes Customer's Prompts and the Output.\n"
		 "In this Agreement the singular includes the plural.\n"
		 "\"Provider Materials\" includes Provider's software and documentation.\n"
		 "\"Release Notes\" means the text Provider publishes with each release.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Prompts"));
	assert_int_equal(term(&r, "Prompts")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Customer Content"));
	assert_int_equal(term(&r, "Customer Content")->cls, TERM_CUSTOMER_DATA);
	assert_true(!term(&r, "Provider Materials") ||
		    term(&r, "Provider Materials")->cls != TERM_CUSTOMER_DATA);
	assert_true(!term(&r, "Release Notes") || term(&r, "Release Notes")->cls != TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * The head of a system's definition is a whole word: "a
 * software-as-a-service application including machine learning models"
 * is an AI system, read as the service.  Not a solution described in an
 * order form.
 */
static void test_hyphenated_system_head(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Northwind Inc. (\"Provider\") and Acme LLC (\"Customer\").\n"
		 "\"Solution\" means a software-as-a-service application including machine learning "
		 "models, made available by Provider.\n"
		 "\"Application\" means the software-as-a-service solution described in the Order Form.\n"
		 "Provider may suspend the Solution or the Application without notice.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Solution"));
	assert_string_equal(term(&r, "Solution")->reads_as, "Service");
	assert_true(!term(&r, "Application") || term(&r, "Application")->cls != TERM_MODEL);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A chatbot, a virtual assistant or a conversational agent is
 * an AI system with no other AI word; "software platform" is one head,
 * so the models it incorporates are read; a scheduling tool "including
 * its templates, data models and reports" is no AI system.
 */
static void test_system_heads(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Northwind Inc. (\"Provider\") and Acme LLC (\"Customer\").\n"
		 "\"Assistant\" means the chatbot made available to Customer's users.\n"
		 "\"Agent\" means the conversational agent Provider makes available in the app.\n"
		 "\"Platform\" means Provider's cloud-based software platform incorporating neural "
		 "network models for claims triage.\n"
		 "\"Tool\" means Provider's scheduling tool, including its templates, data models and "
		 "reports.\n"
		 "\"Solution\" means the budgeting solution, including its financial models.\n"
		 "Provider may suspend the Assistant, the Agent, the Platform, the Tool or the Solution.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Assistant"));
	assert_string_equal(term(&r, "Assistant")->reads_as, "Service");
	assert_non_null(term(&r, "Agent"));
	assert_string_equal(term(&r, "Agent")->reads_as, "Service");
	assert_non_null(term(&r, "Platform"));
	assert_string_equal(term(&r, "Platform")->reads_as, "Service");
	assert_true(!term(&r, "Tool") || term(&r, "Tool")->cls != TERM_MODEL);
	assert_true(!term(&r, "Solution") || term(&r, "Solution")->cls != TERM_MODEL);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * An assistant or an agent that is a person is no AI system.
 */
static void test_people_are_no_system(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "These terms are between you and Pinecrest Co. (\"we\", \"us\").\n"
		 "\"Assistant\" means the person we assign to help you set up your account.\n"
		 "\"Agent\" means the customer support agent we assign to your account.\n"
		 "We may replace the Assistant or the Agent at any time.\n");
	roles_find(rf, &doc, &r);
	assert_true(!term(&r, "Assistant") || term(&r, "Assistant")->cls != TERM_MODEL);
	assert_true(!term(&r, "Agent") || term(&r, "Agent")->cls != TERM_MODEL);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * In a subcontract the contractor that engages the
 * "Subcontractor" buys ("Prime", "Prime Contractor", "Contractor"), and
 * the main contract's customer named in the preamble is on neither side.
 * "the subcontractor" in a running clause names no party.
 */
static void test_subcontract_buyer_is_prime(void **state)
{
	static const struct party_case us[] = {
		{ "Prime", ROLE_CUSTOMER }, { "Subcontractor", ROLE_VENDOR },
		{ "Government", ROLE_UNKNOWN },
	};
	static const struct party_case uk[] = {
		{ "Contractor", ROLE_CUSTOMER }, { "Subcontractor", ROLE_VENDOR },
		{ "Authority", ROLE_UNKNOWN },
	};
	static const struct party_case plain[] = {
		{ "Customer", ROLE_CUSTOMER }, { "Provider", ROLE_VENDOR },
	};

	(void)state;
	check_loaded_roles("This Subcontract is entered into between Harbor Systems Corp., a Delaware "
			   "corporation (\"Prime\"), and Quill Analytics, Inc., a Texas corporation "
			   "(\"Subcontractor\"), under Prime Contract No. 24-001 between Prime and the "
			   "Department of Energy (the \"Government\").\n"
			   "1. Subcontractor shall develop and deliver a machine learning model.\n"
			   "2. Prime shall pay Subcontractor the fees in Attachment A.\n",
			   us, sizeof(us) / sizeof(us[0]));
	check_loaded_roles("THIS SUB-CONTRACT is made between Ardley Engineering Limited (the "
			   "\"Contractor\") and Fenwick Data Ltd (the \"Subcontractor\"), for works under "
			   "the main contract between the Contractor and the Secretary of State for "
			   "Transport (the \"Authority\").\n"
			   "1. The Subcontractor shall supply the AI inspection software.\n",
			   uk, sizeof(uk) / sizeof(uk[0]));
	check_loaded_roles("This Agreement is between Mason Health Inc. (\"Customer\") and Brightline "
			   "AI LLC (\"Provider\").\n"
			   "1. Provider may engage a subcontractor to host the Service.\n"
			   "2. The subcontractor shall keep Customer Data confidential.\n",
			   plain, sizeof(plain) / sizeof(plain[0]));
}

/*
 * The one a click-wrap's "you" accepts the terms for is the
 * customer, whatever its noun; not one "you" accepts orders for.
 */
static void test_accepted_on_whose_behalf(void **state)
{
	static const struct party_case school[] = {
		{ "District", ROLE_CUSTOMER }, { "Provider", ROLE_VENDOR },
	};
	static const struct party_case firm[] = { { "Firm", ROLE_CUSTOMER } };
	static const struct party_case orders[] = {
		{ "Customer", ROLE_CUSTOMER }, { "Provider", ROLE_VENDOR },
	};

	(void)state;
	check_loaded_roles("By clicking \"I Agree\", the school district on whose behalf you accept "
			   "(\"District\") agrees to these terms with Acme Tutor, Inc. (\"Provider\").\n"
			   "1. Provider makes the Service available to the District.\n",
			   school, sizeof(school) / sizeof(school[0]));
	check_loaded_roles("When you sign up, you accept these terms for the firm on behalf of which "
			   "you sign up (\"Firm\"). Quillon Inc. (\"we\", \"us\") provides the Service.\n"
			   "1. We will provide the Service to the Firm.\n",
			   firm, sizeof(firm) / sizeof(firm[0]));
	check_loaded_roles("This Agreement is between Mason Health Inc. (\"Customer\") and Brightline "
			   "AI LLC (\"Provider\"). The reseller on whose behalf you accept orders "
			   "(\"Reseller\") is not a party.\n1. Customer shall pay the fees.\n",
			   orders, sizeof(orders) / sizeof(orders[0]));
}

/*
 * Definitions written as one clause without quotes, after "In
 * this Agreement:", each after the ':' or a ';'.  "this Agreement means"
 * and a list of rules of construction define nothing; a ';' inside a
 * body ends no definition.
 */
static void test_plain_run_on_definitions(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	load_doc(&doc,
		 "This Agreement is between Harbour Hotels Pty Ltd (the \"Principal\") and Yieldwise "
		 "Pty Ltd (the \"Supplier\").\n\n"
		 "1.1 In this Agreement: Booking Data means all reservation and occupancy data "
		 "supplied by or on behalf of the Principal; Demand Model means the bespoke forecasting "
		 "model developed by the Supplier for the Principal, including its trained parameters; "
		 "this Agreement means these terms; and Services means the services in the Schedule.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Booking Data"));
	assert_int_equal(term(&r, "Booking Data")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Demand Model"));
	assert_int_equal(term(&r, "Demand Model")->cls, TERM_MODEL);
	assert_non_null(term(&r, "Services"));
	assert_null(term(&r, "this Agreement"));
	roles_release(&r);
	document_release(&doc);

	load_doc(&doc,
		 "This Agreement is between Northwind Pty Ltd (the \"Buyer\") and Southgate Pty Ltd "
		 "(the \"Seller\").\n\n"
		 "1.1 In this Agreement: headings are for convenience only; the singular includes the "
		 "plural; This Agreement means these terms and the schedules.\n\n"
		 "1.2 Seller Data means the data of the Seller; Output Files means the reports.\n");
	roles_find(rf, &doc, &r);
	assert_null(term(&r, "This Agreement"));
	assert_null(term(&r, "Output Files"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A term defined as a party's thing ('"Tool" means Company's
 * software', "licensed by Licensor") is no party; a company it means is.
 */
static void check_no_party(const char *text, const char *alias)
{
	struct ruleset vrs;
	struct roles_finder *rf;
	struct document doc;
	struct roles r;
	struct buf voc = BUF_INIT;
	char chunk[4096];
	size_t got;
	FILE *f = fopen("rules/vocabulary.yaml", "rb");

	assert_non_null(f);
	while ((got = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&voc, chunk, got);
	fclose(f);
	ruleset_init(&vrs);
	assert_int_equal(ruleset_add_pack(&vrs, "vocabulary.yaml", voc.ptr, voc.len), 0);
	assert_int_equal(ruleset_compile(&vrs), 0);
	rf = roles_finder_new(&vrs);
	load_doc(&doc, text);
	roles_find(rf, &doc, &r);
	assert_null(party(&r, alias));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	ruleset_release(&vrs);
	buf_release(&voc);
}

static void test_term_of_a_party_is_no_party(void **state)
{
	static const char pilot[] =
		"This Pilot Agreement is entered into by RxGuard Technologies, LLC (\"Company\") and "
		"Carewell Pharmacies, Inc. (\"Carewell\").\n"
		"1.1 \"Tool\" means Company's AI prescription-checking software.\n"
		"2.1 Company will make the Tool available to Carewell as a hosted service.\n"
		"2.2 Carewell will pay the fees for the Tool.\n";
	static const char licence[] =
		"This Licence Agreement is between Norland Data Ltd (\"Licensor\") and Pell & Stone "
		"LLP (\"Licensee\").\n"
		"1.1 \"Platform\" means the software licensed by Licensor Company under this Agreement.\n"
		"1.2 \"Engine\" means Licensor\xE2\x80\x99s model.\n";
	static const char group[] =
		"This Agreement is between Tallis Group Holdings (\"Tallis\") and Bexley Care Ltd "
		"(\"Customer\").\n"
		"1.1 \"Supplier\" means Tallis Software Limited, a subsidiary of Tallis.\n";
	static const struct party_case pilot_roles[] = {
		{ "Company", ROLE_VENDOR }, { "Carewell", ROLE_CUSTOMER },
	};

	(void)state;
	check_loaded_roles(pilot, pilot_roles, 2);
	check_no_party(pilot, "Tool");
	check_no_party(licence, "Engine");
	/* A company it means is still a party. */
	{
		static const struct party_case g[] = { { "Supplier", ROLE_VENDOR } };

		check_loaded_roles(group, g, 1);
	}
}

/*
 * Several parties named together are one party: '(together "the
 * Members" and each "a Member")' opposite a single provider is the
 * customer, a collective of licensors stays the vendor, and a group the
 * recitals name together is no party.
 */
static void test_parties_named_together(void **state)
{
	static const char consortium[] =
		"PARTIES\n\n(1) Alder Bank plc, Birch Savings Limited and Cedar Mutual plc (together "
		"\"the Members\" and each \"a Member\"); and\n\n(2) Quill Analytics Ltd (\"the Provider\").\n\n"
		"1. The Provider will not use Member Data to train any model.\n";
	static const char comma[] =
		"PARTIES\n\n(1) Kestrel Bank plc, Falcon Bank plc and Osprey Bank Limited (together, the "
		"\"Members\", and each a \"Member\"); and\n\n(2) Heron Systems Ltd (the \"Service Provider\").\n";
	static const char jv[] =
		"This Agreement is made between Pinecrest Energy Inc., Redwood Power LLC and Sycamore Grid "
		"Corp. (each a \"Participant\" and together the \"Participants\") and Lumen AI Inc. (the "
		"\"Vendor\").\n1. The Vendor will provide its service to the Participants.\n";
	static const char licensors[] =
		"This Agreement is made between Orion Software Ltd and Vega Data Ltd (together the "
		"\"Licensors\" and each a \"Licensor\") and Harbor Retail Inc. (the \"Licensee\").\n"
		"1. The Licensors grant the Licensee a licence to use the Software.\n";
	static const char recital[] =
		"This Agreement is made between Acorn Trade Association Limited (the \"Association\") and "
		"Beacon Software Ltd (the \"Supplier\").\n\nBACKGROUND\n\n(A) The Association represents its "
		"member firms, Delta Ltd, Echo Ltd and Foxtrot plc (together the \"Members\").\n\n"
		"1. The Supplier will provide its platform to the Association.\n";
	static const struct party_case members[] = {
		{ "Members", ROLE_CUSTOMER }, { "Member", ROLE_CUSTOMER }, { "Provider", ROLE_VENDOR },
	};
	static const struct party_case members2[] = {
		{ "Members", ROLE_CUSTOMER }, { "Member", ROLE_CUSTOMER }, { "Service Provider", ROLE_VENDOR },
	};
	static const struct party_case participants[] = {
		{ "Participants", ROLE_CUSTOMER }, { "Participant", ROLE_CUSTOMER }, { "Vendor", ROLE_VENDOR },
	};
	static const struct party_case supplier_side[] = {
		{ "Licensors", ROLE_VENDOR }, { "Licensor", ROLE_VENDOR }, { "Licensee", ROLE_CUSTOMER },
	};
	static const struct party_case not_members[] = {
		{ "Association", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR },
	};

	(void)state;
	check_loaded_roles(consortium, members, 3);
	check_loaded_roles(comma, members2, 3);
	check_loaded_roles(jv, participants, 3);
	check_loaded_roles(licensors, supplier_side, 3);
	check_loaded_roles(recital, not_members, 2);
	check_no_party(recital, "Members");
}

/*
 * A term for recordings or files the customer records, processes
 * or uploads, said in the passive, is its data; one for the adaptations or
 * fine-tuning of a model made by the customer or for it is a custom model.
 * The vendor's own improvements, its own recordings and feedback are not.
 */
static void test_recordings_and_adaptations(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Sonora Ltd (the \"Licensor\") and Callpoint plc (the "
		 "\"Licensee\").\n"
		 "\"Software\" means the Licensor's speech recognition engine, including the acoustic "
		 "model. \"Recordings\" means the audio recordings of calls processed by the Licensee "
		 "for its clients. \"Improvements\" means any adaptation, fine-tuning or retraining of "
		 "the acoustic model carried out by the Licensee with its own data.\n"
		 "\"Reference Recordings\" means the audio recordings created by the Licensor for "
		 "testing the Software.\n"
		 "The Licensor may integrate the Improvements into its products.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Recordings"));
	assert_int_equal(term(&r, "Recordings")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Improvements"));
	assert_int_equal(term(&r, "Improvements")->cls, TERM_MODEL);
	assert_string_equal(term(&r, "Improvements")->reads_as, "Custom Model");
	assert_true(!term(&r, "Reference Recordings") ||
		    term(&r, "Reference Recordings")->cls != TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Helix AI Inc. (\"Provider\") and Northwind Bank "
		 "(\"Customer\").\n"
		 "1.1 \"Call Audio\" means the audio files recorded by Customer and uploaded to the "
		 "Platform.\n"
		 "1.2 \"Adaptations\" means the customisations and fine-tuning of the Model made by "
		 "Provider for Customer.\n"
		 "1.3 \"Platform Improvements\" means any improvement or modification of the Platform "
		 "or the Model made by Provider.\n"
		 "1.4 \"Feedback\" means suggestions provided by Customer about the Platform.\n"
		 "1.5 \"Sample Audio\" means the audio files recorded by Provider.\n"
		 "Provider may use the Call Audio to train the Model.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Call Audio"));
	assert_int_equal(term(&r, "Call Audio")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Adaptations"));
	assert_string_equal(term(&r, "Adaptations")->reads_as, "Custom Model");
	assert_true(!term(&r, "Platform Improvements") ||
		    !term(&r, "Platform Improvements")->reads_as ||
		    strcmp(term(&r, "Platform Improvements")->reads_as, "Custom Model"));
	assert_true(!term(&r, "Feedback") || term(&r, "Feedback")->cls != TERM_CUSTOMER_DATA);
	assert_true(!term(&r, "Sample Audio") || term(&r, "Sample Audio")->cls != TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Data made available to the vendor by a term for the customer's
 * own sites ("a Pilot Site", defined as "the Riverside clinic locations")
 * is the customer's data; data made available by a term for third parties
 * is not.
 */
static void test_data_from_the_customers_sites(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Pilot Agreement is entered into by Medisight Labs, LLC (\"Provider\") and "
		 "Riverside Clinics, Inc. (\"Riverside\").\n"
		 "1.1 \"Pilot Sites\" means the Riverside clinic locations listed in Exhibit A, each a "
		 "\"Pilot Site\". \"Data Partners\" means the third-party data vendors listed in "
		 "Exhibit B, each a \"Data Partner\". \"Tool\" means Provider's AI triage software. "
		 "\"Pilot Data\" means patient and imaging data made available to Provider by a Pilot "
		 "Site. \"Partner Data\" means imaging data made available to Provider by a Data "
		 "Partner.\n"
		 "2.1 Provider shall not use Pilot Data to train any model.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Pilot Data"));
	assert_int_equal(term(&r, "Pilot Data")->cls, TERM_CUSTOMER_DATA);
	assert_true(!term(&r, "Partner Data") || term(&r, "Partner Data")->cls != TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A term closing a sentence in which the customer "and its Users"
 * own the content is the customer's data; what the vendor and its
 * affiliates own is not.
 */
static void test_content_the_customer_owns(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "These terms are between Quillwise AI Ltd (\"Provider\") and the university that "
		 "accepts them (the \"Institution\").\n"
		 "4.1 As between the parties, the Institution and its Users own all prompts, uploaded "
		 "documents and other content they submit (\"User Content\").\n"
		 "4.2 As between the parties, Provider and its affiliates own all templates and other "
		 "content in the Service (\"Service Content\").\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "User Content"));
	assert_int_equal(term(&r, "User Content")->cls, TERM_CUSTOMER_DATA);
	assert_true(!term(&r, "Service Content") ||
		    term(&r, "Service Content")->cls != TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A term for something that happens to the data is no data: "notify
 * Customer of any Personal Data Breach" must not read as notifying it of
 * its data.
 */
static void test_events_on_data_are_no_data(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Addendum is between Nimbus Labs Inc. (\"Provider\") and the customer that "
		 "signs it (\"Customer\").\n"
		 "1.1 \"Customer Data\" means the data Customer uploads to the Services.\n"
		 "1.2 \"Personal Data Breach\" means a breach of security leading to the unlawful "
		 "disclosure of, or access to, Customer Data stored, transmitted or otherwise "
		 "processed by Provider or its Sub-Processors.\n"
		 "1.3 \"Security Incident\" means any unauthorised access to Customer Data held "
		 "or processed by Provider.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Customer Data"));
	assert_int_equal(term(&r, "Customer Data")->cls, TERM_CUSTOMER_DATA);
	assert_true(!term(&r, "Personal Data Breach") ||
		    term(&r, "Personal Data Breach")->cls != TERM_CUSTOMER_DATA);
	assert_true(!term(&r, "Security Incident") ||
		    term(&r, "Security Incident")->cls != TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * "the Authority" reads as the customer only where no "of" follows ("the
 * Authority of the State" is someone else), so a party so defined has its
 * uses read as the customer: "notify the Authority of any data breach".
 */
static void test_public_body_party_is_substituted(void **state)
{
	static const char authority_pack[] =
		"placeholders:\n"
		"  vendor_noun: 'vendor|provider|supplier|contractor'\n"
		"  customer_noun: 'customer|client|(?-i:^(?:the )?Authority$|\\b[Tt]he Authority\\b(?! (?:[A-Z]|of\\b)))'\n";
	struct ruleset own;
	struct roles_finder *rf;
	struct document doc;
	struct roles r;
	const char *text =
		"This Contract is between the Tayside Health Board (the \"Authority\") and "
		"Kestrel Imaging Ltd (the \"Contractor\").\n"
		"9.2 The Contractor shall keep records and notify the Authority of any data breach.\n";

	(void)state;
	ruleset_init(&own);
	assert_int_equal(ruleset_add_pack(&own, "authority.yaml", authority_pack,
					  strlen(authority_pack)), 0);
	rf = roles_finder_new(&own);
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Authority"));
	assert_int_equal(party(&r, "Authority")->role, ROLE_CUSTOMER);
	assert_non_null(subst_at(&r, text, "Authority of any"));
	assert_string_equal(subst_at(&r, text, "Authority of any"), "Customer");
	/* A role noun read everywhere needs none. */
	assert_null(subst_at(&r, text, "Contractor shall"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	ruleset_release(&own);
}

/*
 * Local government describes itself by its kind after its name,
 * "a California public school district", "a Pennsylvania borough", "a
 * county of the State of Michigan"; such a body named after "between" is
 * a party.  A company whose name holds "District" stays the vendor, and a
 * public body the text only mentions is none.
 */
/* A preamble whose subject is the pair: an institution named first, with no "between" before it. */
static void test_institution_opens_the_preamble(void **state)
{
	static const struct party_case hospital[] = {
		{ "Gap", ROLE_CUSTOMER }, { "Eul", ROLE_VENDOR },
	};
	static const struct party_case trustees[] = {
		{ "Trustees", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR },
	};
	static const struct party_case not_parties[] = {
		{ "Supplier", ROLE_VENDOR }, { "Customer", ROLE_CUSTOMER }, { "Institute", NO_PARTY },
		{ "Site", NO_PARTY },
	};

	(void)state;
	check_party_roles("SERVICE AGREEMENT\n\nHanbit University Hospital (hereinafter \"Gap\") and "
			  "Seorin Medical AI Co., Ltd. (hereinafter \"Eul\") enter into this Agreement "
			  "as follows.\n1. Eul shall provide the Service to Gap.\n"
			  "2. Gap shall pay Eul a monthly fee.\n",
			  hospital, sizeof(hospital) / sizeof(hospital[0]));
	check_party_roles("SERVICE AGREEMENT\n\nThe Trustees of Harrow College (the \"Trustees\") and "
			  "Nimbus Labs Inc. (the \"Supplier\") enter into this Agreement.\n"
			  "1. The Supplier shall provide the Service.\n"
			  "2. The Trustees shall pay the Supplier the fees.\n",
			  trustees, sizeof(trustees) / sizeof(trustees[0]));
	/* Body paragraphs: what they agree to is no contract. */
	check_party_roles("This Agreement is made by Acme Ltd. (\"Supplier\") and Beta Corp. "
			  "(\"Customer\").\nArticle 5 (Research)\nThe National Cancer Institute (the "
			  "\"Institute\") and the Supplier agreed in 2019 on a protocol.\n"
			  "Article 6 (Sites)\nThe Royal Hospital (the \"Site\") and the Supplier agree "
			  "that the Site shall host the server.\n7. Customer shall pay Supplier the fees.\n",
			  not_parties, sizeof(not_parties) / sizeof(not_parties[0]));
}

static void test_local_government_described(void **state)
{
	static const struct party_case district[] = {
		{ "District", ROLE_CUSTOMER }, { "Provider", ROLE_VENDOR },
	};
	static const struct party_case borough[] = {
		{ "Borough", ROLE_CUSTOMER }, { "Consultant", ROLE_VENDOR },
	};
	static const struct party_case county[] = {
		{ "County", ROLE_CUSTOMER }, { "Vendor", ROLE_VENDOR },
	};
	static const struct party_case vendor_district[] = {
		{ "Customer", ROLE_CUSTOMER }, { "District", ROLE_VENDOR },
	};
	static const struct party_case mentioned[] = {
		{ "Customer", ROLE_CUSTOMER }, { "Provider", ROLE_VENDOR }, { "TEA", NO_PARTY },
	};

	(void)state;
	check_party_roles("This Agreement is entered into between the Sierra Vista Unified School "
			  "District, a California public school district (\"District\"), and "
			  "Quillwise Learning, Inc., a Delaware corporation (\"Provider\").\n"
			  "1.1 District will pay Provider the fees.\n",
			  district, sizeof(district) / sizeof(district[0]));
	check_party_roles("This Agreement is made by and between the Borough of Lakeview, a "
			  "Pennsylvania borough (\"Borough\"), and Brightline Data Corp. "
			  "(\"Consultant\").\n1.1 Borough will pay Consultant the fees.\n",
			  borough, sizeof(borough) / sizeof(borough[0]));
	check_party_roles("This Agreement is entered into between Lakeshore County, a county of "
			  "the State of Michigan (\"County\"), and Dataline Inc. (\"Vendor\").\n"
			  "1.1 County will pay Vendor the fees.\n",
			  county, sizeof(county) / sizeof(county[0]));
	check_party_roles("This Agreement is entered into between Greenfield Foods, Inc., a "
			  "Delaware corporation (\"Customer\"), and District Analytics LLC, a Texas "
			  "limited liability company (\"District\").\n"
			  "1.1 District will provide Customer with the Service.\n",
			  vendor_district, sizeof(vendor_district) / sizeof(vendor_district[0]));
	check_party_roles("This Agreement is entered into between Northgate Clinics LLC "
			  "(\"Customer\") and Metro Software, Inc. (\"Provider\"). Provider shall "
			  "comply with the rules of the Texas Education Agency, a state agency "
			  "(\"TEA\").\n",
			  mentioned, sizeof(mentioned) / sizeof(mentioned[0]));
}

/*
 * The class of the term `name` defined in `def` in a contract between
 * `customer` (a public body, hospital, school or insurer) and a vendor.
 */
static enum term_class class_in(const char *customer, const char *def, const char *name)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	char text[1024];
	enum term_class cls;

	snprintf(text, sizeof text,
		 "This Agreement is made between %s and Northgate Systems Limited (the "
		 "\"Contractor\").\n1. Definitions\n1.1 %s\n2. Data\n2.1 The Contractor may use "
		 "%s to improve the Service.\n", customer, def, name);
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	cls = term(&r, name) ? term(&r, name)->cls : TERM_OTHER;
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	return cls;
}

/*
 * Data about, of or from the customer's own people (registered
 * with, enrolled at, insured by, treated by it, or its employees) is the
 * customer's data; data about the vendor's users, data from public
 * sources and data about the use of the service are not.
 */
static void test_data_of_the_customers_people(void **state)
{
	(void)state;
	assert_int_equal(class_in("the County Government of Ndovu (the \"Procuring Entity\")",
				  "\"Farmer Data\" means all data relating to farmers registered with "
				  "the Procuring Entity, including names and telephone numbers.",
				  "Farmer Data"), TERM_CUSTOMER_DATA);
	assert_int_equal(class_in("Riverside General Hospital (the \"Hospital\")",
				  "\"Patient Data\" means any information about patients treated by "
				  "the Hospital, including medical records.", "Patient Data"),
			 TERM_CUSTOMER_DATA);
	assert_int_equal(class_in("the Board of Regents of Lakeshore University (the \"University\")",
				  "\"Student Records\" means all records relating to students "
				  "enrolled at the University.", "Student Records"),
			 TERM_CUSTOMER_DATA);
	assert_int_equal(class_in("Harbor Mutual Insurance Company (\"Insurer\")",
				  "\"Policyholder Data\" means personal data of individuals who are "
				  "insured by Insurer.", "Policyholder Data"), TERM_CUSTOMER_DATA);
	assert_int_equal(class_in("Acme Manufacturing Corp. (the \"Employer\")",
				  "\"Staff Data\" means data about employees of the Employer.",
				  "Staff Data"), TERM_CUSTOMER_DATA);
	/* The vendor's own users, the public, public sources, the use of the service. */
	assert_int_not_equal(class_in("Metro Transit Authority (the \"Authority\")",
				      "\"App User Data\" means data relating to users registered "
				      "with the Contractor through its consumer application.",
				      "App User Data"), TERM_CUSTOMER_DATA);
	assert_int_not_equal(class_in("Northwind Retail Inc. (the \"Client\")",
				      "\"Consumer Data\" means data relating to consumers who are "
				      "customers of the Contractor.", "Consumer Data"),
			     TERM_CUSTOMER_DATA);
	/*
	 * What the vendor gets from public sources or third parties about the
	 * customer's people is not the customer's: the City found as the
	 * customer by its alias.
	 */
	assert_int_not_equal(class_in("the City of Harbor (the \"City\")",
				      "\"Reference Data\" means data relating to residents registered "
				      "with the City, obtained by the Contractor from public sources.",
				      "Reference Data"), TERM_CUSTOMER_DATA);
	assert_int_not_equal(class_in("Marlow District Council (the \"Council\")",
				      "\"Background Data\" means information about households in the "
				      "Council's area collected by the Contractor from public registers.",
				      "Background Data"), TERM_CUSTOMER_DATA);
	assert_int_equal(class_in("the City of Harbor (the \"City\")",
				  "\"Resident Data\" means data relating to residents registered "
				  "with the City, provided by the City to the Contractor.",
				  "Resident Data"), TERM_CUSTOMER_DATA);
	assert_int_not_equal(class_in("the City of Harbor (the \"City\")",
				      "\"Survey Data\" means data about members of the public.",
				      "Survey Data"), TERM_CUSTOMER_DATA);
	assert_int_not_equal(class_in("the County of Ardent (the \"County\")",
				      "\"Usage Data\" means data relating to the use of the Service by "
				      "residents registered with the County.", "Usage Data"),
			     TERM_CUSTOMER_DATA);
}

/*
 * A data term its definition gives to neither side is the customer's
 * where the contract says it remains the customer's property; not where
 * it is the vendor's property, nor past "not", nor "intellectual
 * property of" anyone.
 */
static void test_data_that_remains_the_customers_property(void **state)
{
	(void)state;
	assert_int_equal(class_in("the University of Northfield (the \"University\")",
				  "\"Data\" means the de-identified patient data described in "
				  "Schedule 3.\n1.2 The Data shall remain the property of the University.",
				  "Data"), TERM_CUSTOMER_DATA);
	assert_int_equal(class_in("Marlow District Council (the \"Council\")",
				  "\"Pilot Data\" means the datasets set out in Annex 2.\n1.2 All Pilot "
				  "Data are and shall at all times be the sole and exclusive property of "
				  "the Council.", "Pilot Data"), TERM_CUSTOMER_DATA);
	assert_int_equal(class_in("Marlow District Council (the \"Council\")",
				  "\"Pilot Data\" means the datasets set out in Annex 2.\n1.2 Pilot "
				  "Data shall remain the Council's property.", "Pilot Data"),
			 TERM_CUSTOMER_DATA);
	assert_int_not_equal(class_in("Marlow District Council (the \"Council\")",
				      "\"Pilot Data\" means the datasets set out in Annex 2.\n1.2 Pilot "
				      "Data shall remain the property of the Contractor.", "Pilot Data"),
			     TERM_CUSTOMER_DATA);
	assert_int_not_equal(class_in("Marlow District Council (the \"Council\")",
				      "\"Pilot Data\" means the datasets set out in Annex 2.\n1.2 Pilot "
				      "Data shall not remain the property of the Council.", "Pilot Data"),
			     TERM_CUSTOMER_DATA);
	assert_int_not_equal(class_in("Marlow District Council (the \"Council\")",
				      "\"Pilot Data\" means the datasets set out in Annex 2.\n1.2 Pilot "
				      "Data is the intellectual property of the Council's licensors.",
				      "Pilot Data"), TERM_CUSTOMER_DATA);
	/* Denied before the term, or inverted after a denial. */
	assert_int_not_equal(class_in("Marlow District Council (the \"Council\")",
				      "\"Pilot Data\" means the datasets set out in Annex 2.\n1.2 No "
				      "Pilot Data shall be the property of the Council.", "Pilot Data"),
			     TERM_CUSTOMER_DATA);
	assert_int_not_equal(class_in("Marlow District Council (the \"Council\")",
				      "\"Pilot Data\" means the datasets set out in Annex 2.\n1.2 In no "
				      "event shall Pilot Data be the property of the Council.",
				      "Pilot Data"), TERM_CUSTOMER_DATA);
	assert_int_not_equal(class_in("Acme Health Inc. (\"Customer\")",
				      "\"Study Records\" means the records in Exhibit B.\n1.2 Under no "
				      "circumstances will the Study Records remain the property of "
				      "Customer.", "Study Records"), TERM_CUSTOMER_DATA);
	assert_int_not_equal(class_in("Acme Health Inc. (\"Customer\")",
				      "\"Study Records\" means the records in Exhibit B.\n1.2 None of "
				      "the Study Records shall be the property of Customer.",
				      "Study Records"), TERM_CUSTOMER_DATA);
	assert_int_equal(class_in("Acme Health Inc. (\"Customer\")",
				  "\"Study Records\" means the records in Exhibit B.\n1.2 All of "
				  "the Study Records shall be the property of Customer.",
				  "Study Records"), TERM_CUSTOMER_DATA);
}

/*
 * A whole named as the vendor's offering ("Service", "Platform",
 * "Solution") gathered from the customer's inputs and the vendor's parts
 * is neither the customer's data nor output; a whole named as the
 * customer's ("Customer Materials") still is its data.
 */
static void test_offering_gathered_is_no_data(void **state)
{
	(void)state;
	assert_int_not_equal(class_in("Harbor Media LLC (\"Client\")",
				      "Contractor provides an API that generates images (\"Outputs\") "
				      "from inputs submitted by Client (\"Prompts\") (together, the "
				      "\"Service\").", "Service"), TERM_CUSTOMER_DATA);
	assert_int_not_equal(class_in("Marlow District Council (the \"Council\")",
				      "The Contractor shall host the portal, process the data provided "
				      "by the Council (\"Council Data\") and deliver reports "
				      "(\"Reports\") (collectively, the \"Services\").", "Services"),
			     TERM_CUSTOMER_DATA);
	assert_int_equal(class_in("Marlow District Council (the \"Council\")",
				  "The Contractor shall host the portal, process the data provided "
				  "by the Council (\"Council Data\") and deliver reports "
				  "(\"Reports\") (collectively, the \"Services\").", "Council Data"),
			 TERM_CUSTOMER_DATA);
	assert_int_equal(class_in("Harbor Media LLC (\"Client\")",
				  "Client will supply its product images (\"Images\") and the "
				  "descriptions submitted by Client (\"Descriptions\") (together, the "
				  "\"Client Materials\").", "Client Materials"), TERM_CUSTOMER_DATA);
}

/*
 * Where "Farmer Data" is the customer's, "farmer questions" used
 * bare is too; not where the term is not the customer's data, nor a word
 * that only starts with the people's name.
 */
static void test_people_kinds_used(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Contract is made between the County Government of Ndovu (the \"Procuring "
		 "Entity\") and Shamba Digital Limited (the \"Contractor\").\n"
		 "1.1 \"Farmer Data\" means all data relating to farmers registered with the "
		 "Procuring Entity.\n"
		 "5.2 The Contractor may use farmer questions and farmers questionnaires to train "
		 "the Advisory Model.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "farmer questions"));
	assert_int_equal(term(&r, "farmer questions")->cls, TERM_CUSTOMER_DATA);
	assert_null(term(&r, "farmers questionnaires"));
	roles_release(&r);
	document_release(&doc);

	textdoc_lines(&doc, "c.txt",
		 "This Contract is made between the County Government of Ndovu (the \"Procuring "
		 "Entity\") and Shamba Digital Limited (the \"Contractor\").\n"
		 "1.1 \"Farmer Data\" means data about members of the public obtained by the "
		 "Contractor from public sources.\n"
		 "5.2 The Contractor may use farmer questions to train the Advisory Model.\n");
	roles_find(rf, &doc, &r);
	assert_null(term(&r, "farmer questions"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* Software that serves a model is no model: "our LLM inference server software". */
static void test_model_serving_software_is_no_model(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "These terms are between Lanternloom AI, Inc. (\"Provider\") and the company that "
		 "accepts them (\"Customer\").\n"
		 "1.1 \"Server\" means our LLM inference server software, in object code only.\n"
		 "1.2 \"Base Model\" means the large language model listed in the Order Form.\n");
	roles_find(rf, &doc, &r);
	assert_true(!term(&r, "Server") || term(&r, "Server")->cls != TERM_MODEL);
	assert_non_null(term(&r, "Base Model"));
	assert_int_equal(term(&r, "Base Model")->cls, TERM_MODEL);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* Reads the defined terms of `text` and checks the class and reading of `name` (NULL: no term). */
static void expect_term(const char *text, const char *name, int cls, const char *reads_as)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	if (cls < 0) {
		assert_true(!term(&r, name) || term(&r, name)->cls == TERM_OTHER);
	} else {
		assert_non_null(term(&r, name));
		assert_int_equal(term(&r, name)->cls, cls);
		if (reads_as)
			assert_string_equal(term(&r, name)->reads_as, reads_as);
	}
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Data of the customer by "of", in a closing definition: 'the loan book
 * data of the CONTRACTING PARTY, including ... ("Loan Book Data")'; not
 * the data of the customer's competitors.
 */
static void test_data_of_the_customer(void **state)
{
	(void)state;
	expect_term("This Agreement is made between Acme Scoring Ltd (the \"Supplier\") and "
		       "Harbor Bank plc (the \"Bank\").\n"
		       "2.1 The Supplier will retrain the Model every month using the loan book data "
		       "of the Bank, including payment history and default data (\"Loan Book Data\").\n"
		       "2.2 The Supplier shall not use the Loan Book Data to train other models.\n",
		       "Loan Book Data", TERM_CUSTOMER_DATA, NULL);
	expect_term("This Agreement is made between Acme Scoring Ltd (the \"Supplier\") and "
		       "Harbor Bank plc (the \"Bank\").\n"
		       "2.1 The Supplier will buy the market data of the Bank's competitors from "
		       "brokers (\"Market Data\").\n"
		       "2.2 The Supplier may use the Market Data for any purpose.\n",
		       "Market Data", -1, NULL);
}

/*
 * A model the vendor makes from the customer's data is a custom model by
 * its definition alone: '"Voice Model" means a synthetic voice we create
 * from Recordings'; not one said not to be made from it.
 */
static void test_model_made_from_customer_data(void **state)
{
	(void)state;
	expect_term("These terms are between you and Vocalis Inc. (\"we\", \"us\").\n"
		       "1. Definitions\n"
		       "\"Recordings\" means the audio you upload. \"Voice Model\" means a synthetic "
		       "voice we create from Recordings. \"Output\" means audio we generate for you.\n"
		       "4.2 We own the Voice Models.\n",
		       "Voice Model", TERM_MODEL, "Custom Model");
	expect_term("This Agreement is between Lumen AI Ltd (the \"Provider\") and Orbis "
		       "Insurance plc (the \"Customer\").\n"
		       "1.1 \"Customer Data\" means the claims files the Customer provides to the "
		       "Provider.\n"
		       "1.2 \"Style Model\" means a rendering preset the Provider does not make "
		       "from Customer Data.\n",
		       "Style Model", -1, NULL);
}

/*
 * What is worked out of the customer's data is its data ("Model Updates"
 * means the gradients computed from Bank Data), but not the vendor's own
 * updates, nor statistics aggregated and anonymised.
 */
static void test_derived_customer_data(void **state)
{
	static const char head[] =
		"This Agreement is between Federa Ltd (the \"Provider\") and Harbour Bank plc "
		"(the \"Bank\").\n"
		"1.1 \"Bank Data\" means the transaction data the Bank provides to the Provider.\n";
	char text[1024];

	(void)state;
	snprintf(text, sizeof text, "%s%s", head,
		 "1.2 \"Model Updates\" means the gradients and parameters computed from Bank Data "
		 "by the Local Node.\n");
	expect_term(text, "Model Updates", TERM_CUSTOMER_DATA, "Customer Data");
	snprintf(text, sizeof text, "%s%s", head,
		 "1.2 \"Embeddings\" means the vector representations derived from the Bank Data.\n");
	expect_term(text, "Embeddings", TERM_CUSTOMER_DATA, NULL);
	snprintf(text, sizeof text, "%s%s", head,
		 "1.2 \"Model Updates\" means new versions of the Provider's model that the "
		 "Provider releases.\n");
	expect_term(text, "Model Updates", TERM_MODEL, NULL);
	snprintf(text, sizeof text, "%s%s", head,
		 "1.2 \"Derived Statistics\" means statistics derived from Bank Data that are "
		 "aggregated and anonymised.\n");
	expect_term(text, "Derived Statistics", -1, NULL);
	snprintf(text, sizeof text, "%s%s", head,
		 "1.2 \"Reference Vectors\" means vectors not derived from Bank Data.\n");
	expect_term(text, "Reference Vectors", -1, NULL);
}

/*
 * Data about an identifiable person of a kind an institution keeps records
 * of: the customer's where the vendor is said to hold it ("maintained by
 * the Provider") or the customer is the school, hospital or county those
 * people belong to; not the vendor's own customers, not data bought from
 * third parties, not de-identified data.
 */
static void test_identifiable_people_data(void **state)
{
	(void)state;
	expect_term("This Agreement is entered into between the Lakeview Unified School District "
		       "(\"District\") and Brightpen Inc. (\"Provider\").\n"
		       "4.1 \"Student Data\" means any information, in any form, that is directly "
		       "related to an identifiable student and maintained by the Provider, including "
		       "essays and drafts.\n"
		       "4.3 Provider shall use Student Data solely to provide the Service.\n",
		       "Student Data", TERM_CUSTOMER_DATA, "Customer Data");
	expect_term("This Agreement is between Northwind plc (\"Customer\") and Payroll Cloud Ltd "
		       "(\"Supplier\").\n"
		       "1.1 \"Employee Data\" means personal data relating to any employee that is "
		       "processed by the Supplier under this Agreement.\n"
		       "2.1 The Supplier shall process Employee Data only on instructions.\n",
		       "Employee Data", TERM_CUSTOMER_DATA, NULL);
	/* No holder named: the customer is the school the pupils belong to. */
	expect_term("This agreement is between Oakridge Academy Trust (the \"School\") and Learnly "
		       "Limited (the \"Supplier\").\n"
		       "2.1 \"Pupil Data\" means any data concerning a pupil, including attendance.\n"
		       "3.1 The Supplier shall not sell Pupil Data.\n",
		       "Pupil Data", TERM_CUSTOMER_DATA, NULL);
	/* Nor is an employee's data the customer's for being about an employee alone. */
	expect_term("This Agreement is between Northwind plc (\"Customer\") and Payroll Cloud Ltd "
		       "(\"Supplier\").\n"
		       "1.1 \"Benchmark Data\" means salary information about employees in the sector.\n"
		       "2.1 The Supplier may sell Benchmark Data.\n",
		       "Benchmark Data", -1, NULL);
	expect_term("This Agreement is between Lakeview School District (\"District\") and Brightpen "
		       "Inc. (\"Provider\").\n"
		       "1.1 \"Prospect Data\" means any information related to an identifiable customer "
		       "of the Provider, maintained by the Provider.\n"
		       "2.1 Provider may use Prospect Data for any purpose.\n",
		       "Prospect Data", -1, NULL);
	expect_term("This Agreement is between Riverside Community Hospital (\"Hospital\") and "
		       "Medscribe Ltd (\"Contractor\").\n"
		       "1.1 \"Reference Data\" means information relating to patients obtained by the "
		       "Contractor from third parties or public sources.\n"
		       "2.1 The Contractor may use Reference Data to train its models.\n",
		       "Reference Data", -1, NULL);
	expect_term("This Agreement is between Riverside Community Hospital (\"Hospital\") and "
		       "Medscribe Ltd (\"Contractor\").\n"
		       "1.1 \"Research Data\" means de-identified information about patients, held by "
		       "the Contractor.\n"
		       "2.1 The Contractor may use Research Data to train its models.\n",
		       "Research Data", -1, NULL);
}

/* Where "Student Data" is the customer's, so is "student work"; an employee's "work" is no data. */
static void test_student_work(void **state)
{
	static const char head[] =
		"This Agreement is between Lakeview Unified School District (\"District\") and Brightpen "
		"Inc. (\"Provider\").\n"
		"1.1 \"Student Data\" means any information related to an identifiable student and "
		"maintained by the Provider.\n"
		"1.2 \"Employee Data\" means personal data relating to any employee that is processed "
		"by the Provider.\n";
	char text[1024];

	(void)state;
	snprintf(text, sizeof text, "%s%s", head,
		 "2.1 District may export student work and student writing at any time.\n"
		 "2.2 Provider shall not review employee work schedules.\n");
	expect_term(text, "student work", TERM_CUSTOMER_DATA, "Customer Data");
	expect_term(text, "student writing", TERM_CUSTOMER_DATA, NULL);
	expect_term(text, "employee work", -1, NULL);
}

/*
 * Terms defined inline after a description, in plain "we/you" terms: the
 * name made from the verb before it ('suggests code and fixes
 * ("Suggestions")') is output, unless the customer suggests; a name that
 * says input, for what is in the customer's place ('the code in your
 * editor ("Prompts")'), is its data; not what is in ours, nor a report
 * on the customer's sales.
 */
static void test_inline_terms_in_plain_terms(void **state)
{
	static const char head[] =
		"\"We\", \"us\" and \"our\" mean Quillbyte Labs, Inc. \"You\" and \"your\" mean "
		"the company that signs up.\n";
	char text[1024];

	(void)state;
	snprintf(text, sizeof text, "%s%s", head,
		 "1.1 It reads the code in your editor (\"Prompts\") and suggests code and "
		 "fixes (\"Suggestions\").\n");
	expect_term(text, "Prompts", TERM_CUSTOMER_DATA, "Customer Data");
	expect_term(text, "Suggestions", TERM_OUTPUT, "Output");
	snprintf(text, sizeof text, "%s%s", head,
		 "1.1 The assistant recommends next steps (\"Recommendations\").\n");
	expect_term(text, "Recommendations", TERM_OUTPUT, "Output");
	snprintf(text, sizeof text, "%s%s", head,
		 "1.1 You write code and suggest changes (\"Suggestions\").\n"
		 "1.2 If you suggest features to us (\"Ideas\"), we may use them.\n"
		 "1.3 It reads the code in our library (\"Prompts\").\n"
		 "1.4 We publish reports on your sales (\"Queries\").\n");
	expect_term(text, "Suggestions", -1, NULL);
	expect_term(text, "Prompts", -1, NULL);
	expect_term(text, "Queries", -1, NULL);
}

/*
 * A name that says output, after words in which the vendor or its machine
 * makes it ('an API that generate images and marketing copy ("Outputs")',
 * 'a platform which will produce summaries ("Output")'), is output; not
 * what the customer or its own system makes.
 */
static void test_output_made_by_vendor_machine(void **state)
{
	static const char head[] =
		"Client: Brightwater Creative Agency Ltd (\"Client\")\n"
		"Company: Kestrel Imaging, Inc. (\"Company\")\n";
	char text[1024];

	(void)state;
	snprintf(text, sizeof text, "%s%s", head,
		 "1.1 Company provides a web application and API that generate images and "
		 "marketing copy (\"Outputs\") from text submitted by Client (\"Prompts\").\n");
	expect_term(text, "Outputs", TERM_OUTPUT, "Output");
	expect_term(text, "Prompts", TERM_CUSTOMER_DATA, "Customer Data");
	snprintf(text, sizeof text, "%s%s", head,
		 "1.1 Company will host a platform which will produce summaries (the \"Output\").\n");
	expect_term(text, "Output", TERM_OUTPUT, "Output");
	snprintf(text, sizeof text, "%s%s", head,
		 "1.1 Client may generate images and text (\"Outputs\") using the Service.\n"
		 "1.2 Company reads the Client's billing system that produces invoices "
		 "(\"Results\").\n");
	expect_term(text, "Outputs", -1, NULL);
	expect_term(text, "Results", -1, NULL);
}

/*
 * A name whose only usage word is "Service" or "System" is the customer's
 * data where its definition says the customer gives it ("received by the
 * Supplier from the Council", "obtain from you", "provided by Customer");
 * not what the vendor gives, nor a name that says usage or third parties.
 */
static void test_service_named_data_the_customer_gives(void **state)
{
	static const char head[] =
		"This agreement is made between Marlow District Council (the \"Council\") and "
		"Copperleaf Analytics Ltd (the \"Supplier\").\n";
	char text[1024];

	(void)state;
	snprintf(text, sizeof text, "%s%s", head,
		 "1.1 \"Service Records\" means the records received by the Supplier from the "
		 "Council under this agreement.\n"
		 "1.2 \"Service Data\" means all data provided by the Council to the Supplier.\n");
	expect_term(text, "Service Records", TERM_CUSTOMER_DATA, "Customer Data");
	expect_term(text, "Service Data", TERM_CUSTOMER_DATA, "Customer Data");
	snprintf(text, sizeof text, "%s%s", head,
		 "1.1 \"System Data\" means the files that the Council uploads to the Supplier.\n");
	expect_term(text, "System Data", TERM_CUSTOMER_DATA, "Customer Data");
	snprintf(text, sizeof text, "%s%s", head,
		 "1.1 \"Service Records\" means the records received by the Council from the "
		 "Supplier.\n"
		 "1.2 \"Service Usage Data\" means data received by the Supplier from the Council "
		 "about its use of the Service.\n"
		 "1.3 \"Third Party Service Data\" means data received by the Supplier from the "
		 "Council's other suppliers.\n");
	expect_term(text, "Service Records", -1, NULL);
	expect_term(text, "Service Usage Data", -1, NULL);
	expect_term(text, "Third Party Service Data", -1, NULL);
}

/*
 * Data about the customer's people stays its data where the customer
 * itself gets part of it from third parties or public sources ("records
 * the Hospital obtains from third parties", "obtained by the Hospital
 * from"); not where the vendor gets it from them.
 */
static void test_people_data_the_customer_obtains(void **state)
{
	static const char head[] =
		"This Agreement is made between Riverside General Hospital (the \"Hospital\") and "
		"Northgate Systems Limited (the \"Contractor\").\n";
	char text[1024];

	(void)state;
	snprintf(text, sizeof text, "%s%s", head,
		 "1.1 \"Patient Data\" means any information about patients treated by the "
		 "Hospital, including records the Hospital obtains from third parties.\n"
		 "1.2 \"Ward Data\" means information about patients admitted to the Hospital, "
		 "including information obtained by the Hospital from public sources.\n");
	expect_term(text, "Patient Data", TERM_CUSTOMER_DATA, "Customer Data");
	expect_term(text, "Ward Data", TERM_CUSTOMER_DATA, "Customer Data");
	snprintf(text, sizeof text, "%s%s", head,
		 "1.1 \"Patient Data\" means any information about patients treated by the "
		 "Hospital that the Contractor obtains from third parties.\n"
		 "1.2 \"Ward Data\" means information about patients admitted to the Hospital "
		 "obtained by the Contractor from public sources.\n");
	expect_term(text, "Patient Data", -1, NULL);
	expect_term(text, "Ward Data", -1, NULL);
}

/*
 * An output named by more than one word reads as output in the plural too:
 * "owns all Draft Reports" is the ownership "owns every Draft Report" is.
 * An output named by one word reads so in the plural too ("all Answers"),
 * but after a possessive (test_roles114_plurals).
 */
static void test_plural_of_output_names(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"This agreement is between Harrowgate Council (the \"Council\") and "
		"Tallis Systems Ltd (the \"Contractor\").\n"
		"\"Draft Report\" means a narrative generated by the Solution from a Recording.\n"
		"\"Answer\" means the text the Solution generates in response to a question.\n"
		"As between the parties, the Council owns all Draft Reports and all Answers.\n"
		"The Contractor uses a third-party model to generate Draft Reports.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Draft Report")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "Answer")->cls, TERM_OUTPUT);
	assert_non_null(subst_at(&r, text, "Draft Reports and"));
	assert_string_equal(subst_at(&r, text, "Draft Reports and"), "Output");
	assert_non_null(subst_at(&r, text, "Draft Reports.\n"));
	assert_string_equal(subst_at(&r, text, "Draft Reports.\n"), "Output");
	/* roles114: "all Answers" reads as output too; not after a possessive (test_roles114_plurals). */
	assert_string_equal(subst_at(&r, text, "Answers."), "Output");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	assert_true(builtin_finds(
		"This agreement is between Harrowgate Council (the \"Council\") and "
		"Tallis Systems Ltd (the \"Contractor\").\n"
		"\"Draft Report\" means a narrative generated by the Solution from a Recording.\n"
		"5. Ownership. As between the parties, the Council owns all Council Data and "
		"all Draft Reports.\n", "ip.outputs.customer-owns"));
	assert_true(builtin_finds(
		"This agreement is between Lumen Notes Inc. (the \"Provider\") and "
		"Oakfield Clinic LLC (the \"Customer\").\n"
		"\"Generated Summary\" means any summary the Platform generates from Customer "
		"Materials.\n"
		"4. Ownership. The Customer owns all Generated Summaries.\n",
		"ip.outputs.customer-owns"));
	assert_false(builtin_finds(
		"This agreement is between Lumen Notes Inc. (the \"Provider\") and "
		"Oakfield Clinic LLC (the \"Customer\").\n"
		"\"Generated Summary\" means any summary the Platform generates from Customer "
		"Materials.\n"
		"4. Ownership. The Customer does not own any Generated Summaries.\n",
		"ip.outputs.customer-owns"));
}

/*
 * An unquoted short name in brackets after a party's legal name, which no
 * word of the name repeats, is its alias when the contract goes on to use
 * it for a party: "Southern Cross Banking Corporation Limited ABN ...
 * (Bank)", then "The Bank must"; likewise in New Zealand ("NZBN") and US
 * forms.  A place it never uses so, "(Ontario)", a parenthesis inside a
 * name, "Tasman (Australia) Pty Ltd", and one after a company in the body
 * are none.  On the text as the loader reads it, with its clause numbers.
 */
static void test_unquoted_alias_used_later(void **state)
{
	static const struct party_case au[] = {
		{ "Bank", ROLE_CUSTOMER },
		{ "Contractor", ROLE_VENDOR },
	};
	static const struct party_case nz[] = {
		{ "Hospital", ROLE_CUSTOMER },
		{ "Supplier", ROLE_VENDOR },
	};
	static const struct party_case us[] = {
		{ "Vendor", ROLE_VENDOR },
		{ "Bluefin", ROLE_CUSTOMER },
	};
	static const struct party_case none[] = {
		{ "Supplier", ROLE_VENDOR },
		{ "Ontario", NO_PARTY },
		{ "Australia", NO_PARTY },
		{ "Hosting", NO_PARTY },
	};

	(void)state;
	check_loaded_roles("MODULE 7: SERVICES\n\nBetween Southern Cross Banking Corporation Limited "
			  "ABN 11 222 333 444 (Bank) and Lumen Analytics Pty Ltd ABN 55 666 777 888 "
			  "(Contractor).\n\n1. Services\n1.1 The Contractor must provide the services. "
			  "The Bank must pay the fees.\n",
			  au, sizeof(au) / sizeof(au[0]));
	check_loaded_roles("AGREEMENT\n\nParties\nAoraki Health Limited NZBN 9429000000000 "
			  "(Hospital)\nKauri Data Limited NZBN 9429000000001 (Supplier)\n\n1. The "
			  "Supplier will provide the services to the Hospital. The Hospital's data "
			  "remains its own.\n",
			  nz, sizeof(nz) / sizeof(nz[0]));
	check_loaded_roles("This Agreement is made between Corvid Systems, Inc., a Delaware "
			  "corporation (Vendor), and Bluefin Ocean Holdings LLC, a Texas limited "
			  "liability company (Bluefin).\n\n1. Vendor shall provide the services. "
			  "Bluefin shall pay the fees.\n",
			  us, sizeof(us) / sizeof(us[0]));
	check_loaded_roles("AGREEMENT\n\nParties\nOrvane Analytics Pty Ltd ABN 11 222 333 444 "
			  "(Supplier)\nKell Holdings Inc. (Ontario)\nTasman (Australia) Pty Ltd ABN "
			  "12 345 678 901\n\n1. The Supplier shall host the data with Nimbus Pty Ltd "
			  "(Hosting). Hosting may change. The law of Ontario applies. Australia "
			  "shall be the place.\n",
			  none, sizeof(none) / sizeof(none[0]));
}

/*
 * Plain definitions a line each, as Australian and English
 * drafting lists them, after a lead-in ("In this Module:") or with none:
 * "Adapters means ...\nBank Data means ...".  A line opens one only after
 * a full stop, ';' or ':' ("... a\nForce Majeure Event means that" is a
 * sentence run on), never with "This".  A trained model's weights are a
 * model: "the low-rank adapters ... created by training the Base Model
 * ... for the Bank"; a device's adapters are not.
 */
static void test_plain_definitions_a_line_each(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	load_doc(&doc,
		 "Between Southern Cross Banking Corporation Limited ABN 11 222 333 444 (Bank) and "
		 "Lumen Analytics Pty Ltd ABN 55 666 777 888 (Contractor).\n\n"
		 "1. Definitions\nIn this Module:\n"
		 "Adapters means the low-rank adapters, fine-tuned parameters and weights created by "
		 "training the Base Model on Bank Data for the Bank.\n"
		 "Bank Data means all data supplied by or on behalf of the Bank or its customers.\n"
		 "This Module means these terms.\n\n"
		 "2. Services\n2.1 The Contractor must provide the services. The Bank must pay.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Adapters"));
	assert_int_equal(term(&r, "Adapters")->cls, TERM_MODEL);
	assert_non_null(term(&r, "Bank Data"));
	assert_int_equal(term(&r, "Bank Data")->cls, TERM_CUSTOMER_DATA);
	assert_null(term(&r, "This Module"));
	roles_release(&r);
	document_release(&doc);

	load_doc(&doc,
		 "This Agreement is between Harbour Hotels Pty Ltd (the \"Customer\") and Yieldwise "
		 "Pty Ltd (the \"Supplier\").\n\n"
		 "1. Definitions\n"
		 "Booking Data means all reservation data supplied by the Customer.\n"
		 "Adapters means the power adapters supplied with the Devices.\n"
		 "Customer Materials means the documents the Customer provides.\n\n"
		 "2. The Supplier must give notice if a\nForce Majeure Event means that it cannot "
		 "perform.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(term(&r, "Booking Data"));
	assert_int_equal(term(&r, "Booking Data")->cls, TERM_CUSTOMER_DATA);
	assert_non_null(term(&r, "Customer Materials"));
	assert_non_null(term(&r, "Adapters"));
	assert_int_not_equal(term(&r, "Adapters")->cls, TERM_MODEL);
	assert_null(term(&r, "Force Majeure Event"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Indian, Pakistani and older English drafting close the alias on "which
 * expression shall include its successors", after a comma or in a
 * parenthesis of its own; a defined term with such a clause names no party.
 */
static void test_which_expression_shall_include(void **state)
{
	static const struct party_case both[] = {
		{ "Client", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR },
	};
	static const struct party_case employer[] = {
		{ "Employer", ROLE_CUSTOMER }, { "Contractor", ROLE_VENDOR },
	};
	static const struct party_case not_a_party[] = {
		{ "Licensed Mark", NO_PARTY },
	};

	(void)state;
	check_party_roles("CONTRACT AGREEMENT\n\nThis Contract is made on 3 June 2024 between the Governor of Karnataka, "
			  "acting through the Principal Secretary, Government of Karnataka "
			  "(hereinafter \"the Client\", which expression shall include its "
			  "successors and permitted assigns), and Sahaaya Civic Technologies Private "
			  "Limited (hereinafter \"the Supplier\").\n"
			  "1. The Supplier shall deliver the System to the Client.\n",
			  both, sizeof(both) / sizeof(both[0]));
	check_party_roles("THIS AGREEMENT is made on 4 May 2023 BETWEEN Dhaka Water Supply Authority "
			  "(hereinafter called \"the Employer\" which expression shall include its "
			  "successors) AND Nimbus Systems Ltd (hereinafter called \"the Contractor\" "
			  "(which expression shall include its permitted assigns)).\n"
			  "1. The Contractor shall keep all Employer Data confidential.\n",
			  employer, sizeof(employer) / sizeof(employer[0]));
	check_party_roles("This Agreement is made between Alpha Ltd (the \"Company\") and Beta Ltd "
			  "(\"Partner\").\n1. The Partner may use the term \"Licensed Mark\" (which "
			  "expression shall include any variant) in its marketing.\n",
			  not_a_party, sizeof(not_a_party) / sizeof(not_a_party[0]));
}

/*
 * Data terms of audit72: what the customer's people submit through the
 * System, what is captured "by the System at Buyer's facilities" (a
 * purchase order with no preamble for the Buyer), and a data name for the
 * results the System produces, which is output.  Not what the vendor's own
 * customers submit, nor data from public sources.
 */
static void test_data_terms_of_the_customer(void **state)
{
	static const char council[] =
		"This Agreement is made between Northfield County Council (the \"Council\") and "
		"Vendo Analytics Ltd (the \"Supplier\").\n1. Definitions\n"
		"\"Resident Data\" means all applications and documents submitted by residents "
		"through the Portal.\n"
		"\"Supplier Data\" means data submitted by customers of the Supplier through its "
		"platform.\n"
		"\"Reference Data\" means records obtained from public sources and submitted by "
		"citizens via the Platform.\n"
		"2. The Supplier shall not use Resident Data to train any model.\n";
	static const char po[] =
		"1. This purchase order (the \"Order\") is Buyer's offer to purchase the goods from "
		"the supplier named on the face of the Order (\"Seller\").\n"
		"AI.1 \"Images\" means images and video captured by the System at Buyer's "
		"facilities. \"Inspection Data\" means pass/fail results, defect classifications "
		"and reports produced by the System.\n"
		"AI.4 Buyer owns all Images and all Inspection Data.\n";

	(void)state;
	expect_term(council, "Resident Data", TERM_CUSTOMER_DATA, NULL);
	expect_term(council, "Supplier Data", -1, NULL);
	expect_term(council, "Reference Data", -1, NULL);
	expect_term(po, "Images", TERM_CUSTOMER_DATA, NULL);
	expect_term(po, "Inspection Data", TERM_OUTPUT, NULL);
}

/*
 * A short sentence that opens on the customer's possessive and a list of
 * what it holds, the data word closing the list, names the customer's
 * data however long the list ('Company's sales, inventory, pricing and
 * customer data provided to Consultant ("Company Data")'); the vendor's
 * list, or a clause after the possessive's noun, does not.
 */
static void test_customer_possessive_list(void **state)
{
	static const char msa[] =
		"This Agreement is made between Northwind Retail Inc. (\"Company\") and Tallis "
		"Analytics LLC (\"Consultant\").\n"
		"1.1 Consultant shall provide the services described in each SOW.\n"
		"1.2 Company shall pay Consultant the fees set out in each SOW.\n"
		"Company's sales, inventory, pricing and customer data provided to Consultant "
		"(\"Company Data\") remain the property of Company.\n"
		"Consultant's tools, methods, templates, libraries and reference data used in the "
		"Services (\"Consultant Materials\") remain the property of Consultant.\n"
		"Company's employees, who may send questions and usage data to Consultant "
		"(\"Queries\") are not parties.\n";

	(void)state;
	expect_term(msa, "Company Data", TERM_CUSTOMER_DATA, NULL);
	expect_term(msa, "Consultant Materials", -1, NULL);
	expect_term(msa, "Queries", -1, NULL);
}

/*
 * Two aliases in one parenthesis are one party: the uses of the second
 * decide the role of the first too.
 */
static void test_aliases_joined_by_or(void **state)
{
	static const char or_pair[] =
		"CONTRACT\n\nThis Contract is made between the State Transport Department (hereinafter "
		"\"the Purchaser\") and Marigold Infotech Private Limited, a company incorporated under the "
		"Companies Act, 2013 (hereinafter \"the Implementation Agency\" or \"IA\").\n\n"
		"WHEREAS the Purchaser has accepted the bid of the Implementation Agency.\n\n"
		"1. The IA shall design, develop and host the portal.\n"
		"2. The IA shall provide support services to the Purchaser.\n"
		"3. The IA shall deliver the software and its documentation.\n"
		"4. The IA shall maintain the portal for five years.\n";
	static const char comma_pair[] =
		"AGREEMENT\n\nThis Agreement is made between Tamarind Health Trust (the \"Client\") and "
		"Juniper Digital Works Ltd, a company registered in England (the \"Delivery Partner\", "
		"\"DP\").\n\nThe Client has chosen the Delivery Partner after a tender.\n\n"
		"1. DP shall provide the platform services.\n"
		"2. DP shall deliver the software to the Client.\n"
		"3. DP shall host and support the platform.\n"
		"4. DP shall supply the documentation.\n";
	static const struct party_case agency[] = {
		{ "Purchaser", ROLE_CUSTOMER }, { "Implementation Agency", ROLE_VENDOR },
		{ "IA", ROLE_VENDOR },
	};
	static const struct party_case partner[] = {
		{ "Client", ROLE_CUSTOMER }, { "Delivery Partner", ROLE_VENDOR }, { "DP", ROLE_VENDOR },
	};

	(void)state;
	check_loaded_roles(or_pair, agency, 3);
	check_loaded_roles(comma_pair, partner, 3);
}

/*
 * The first word of a party's name is no short name for it where the
 * contract defines that word in quotes as a term of its own.
 */
static void test_short_name_defined_as_term(void **state)
{
	static const char term[] =
		"AGREEMENT\n\nThis Agreement is made between Harbour City Council (the \"Council\") and "
		"Portal Builders Limited (\"Portal Builders\").\n\n1. Definitions\n"
		"1.1 \"Portal\" means the citizen website and its dashboards.\n\n"
		"2. Portal Builders shall build the Portal.\n3. The Portal shall be available 99% of the time.\n"
		"4. Portal Builders shall host the Portal and provide support services to the Council.\n";
	static const char name[] =
		"AGREEMENT\n\nThis Agreement is made between Harbour City Council (the \"Council\") and "
		"Portal Builders Limited (\"Portal Builders\").\n\n1. Definitions\n"
		"1.1 \"Website\" means the citizen website and its dashboards.\n\n"
		"2. Portal shall build the Website.\n3. Portal shall host the Website.\n"
		"4. Portal Builders shall provide support services to the Council.\n";
	static const struct party_case defined[] = {
		{ "Portal Builders", ROLE_VENDOR }, { "Portal", NO_PARTY },
	};
	static const struct party_case short_name[] = {
		{ "Portal Builders", ROLE_VENDOR }, { "Portal", ROLE_VENDOR },
	};

	(void)state;
	check_loaded_roles(term, defined, 2);
	check_loaded_roles(name, short_name, 2);
}

/*
 * The first name of a contract's pair, after "between", is a party though
 * no company suffix is read for it: its alias is quoted and the second
 * name's alias is a role noun.  A pair after "between" in a sentence that
 * names no contract, or one whose second alias is no party, names none.
 */
static void test_first_of_contract_pair(void **state)
{
	static const char work_order[] =
		"WORK ORDER\n\nissued under the Frame Agreement dated 3 March 2023 between Nordvik "
		"Telecom AS (\"Operator\") and Fjordsense Analytics AB (\"Supplier\").\n\n"
		"1. The Supplier shall deliver the System.\n2. The Operator shall pay the fees.\n";
	static const char sow[] =
		"STATEMENT OF WORK\n\nThis Statement of Work is entered into between Lakeside Health "
		"System (\"Health System\") and Brightwave Labs, Inc. (\"the Vendor\").\n\n"
		"1. The Vendor shall deliver the reports.\n";
	static const char margin[] =
		"AGREEMENT\n\nThis Agreement is made between Acme Analytics Ltd (\"Supplier\") and "
		"Borland Foods Ltd (\"Customer\"). The margin is the difference between Gross Revenue "
		"(\"GR\") and Net Revenue (\"NR\").\n\n1. The Supplier shall deliver the reports.\n";
	static const char interface[] =
		"PROTOCOL\n\nThis Protocol governs the interface between Order Entry (\"OE\") and "
		"Billing (\"BL\") systems of Acme Analytics Ltd (\"Supplier\").\n\n"
		"1. The Supplier shall maintain the interface.\n";
	static const char no_second[] =
		"ORDER\n\nThis Order is made between Nordvik Telecom (\"Nordvik\") and the supplier "
		"named in Schedule 1 (\"Schedule\").\n\n1. Nordvik shall pay the fees.\n";
	static const struct party_case operator_pair[] = {
		{ "Operator", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR },
	};
	static const struct party_case system_pair[] = {
		{ "Health System", ROLE_CUSTOMER }, { "Vendor", ROLE_VENDOR },
	};
	static const struct party_case no_terms[] = {
		{ "GR", NO_PARTY }, { "NR", NO_PARTY },
	};
	static const struct party_case no_systems[] = {
		{ "OE", NO_PARTY }, { "BL", NO_PARTY },
	};
	static const struct party_case no_pair[] = {
		{ "Nordvik", NO_PARTY },
	};

	(void)state;
	check_loaded_roles(work_order, operator_pair, 2);
	check_loaded_roles(sow, system_pair, 2);
	check_loaded_roles(margin, no_terms, 2);
	check_loaded_roles(interface, no_systems, 2);
	check_loaded_roles(no_second, no_pair, 1);
}

/*
 * A letter names its writer beside "we" and the one it writes to before
 * "you": the writer that provides is the vendor, the addressee its
 * customer.  A writer that engages or appoints the addressee is its
 * customer, and "we, together with our affiliates," names no one.
 */
static void test_letter_we_and_you(void **state)
{
	static const char letter[] =
		"Dear Ms Patel,\n\nThis letter sets out the terms on which we, Brightwave Labs, Inc., "
		"will provide services to Harbour & Finch LLP (\"you\").\n\n"
		"1. We will provide the analytics services.\n2. You will pay the fees.\n";
	static const char pleased[] =
		"Dear Jordan,\n\nWe, Quantix Software Ltd, are pleased to confirm that we will provide "
		"the services below to Greyfield Rail plc (\"you\").\n\n1. You will pay the fees.\n";
	static const char engages[] =
		"Dear Mr Olsen,\n\nWe, Harbour & Finch LLP, engage Brightwave Labs, Inc. (\"you\") to "
		"provide the services below.\n\n1. You will provide the services.\n";
	static const char no_name[] =
		"Dear Ms Patel,\n\nThis letter sets out the terms on which we, together with our "
		"affiliates, will provide services to Harbour & Finch LLP (\"you\").\n\n"
		"1. We will provide the services.\n";
	static const struct party_case letter_parties[] = {
		{ "Brightwave Labs, Inc.", ROLE_VENDOR }, { "Harbour & Finch LLP", ROLE_CUSTOMER },
	};
	static const struct party_case pleased_parties[] = {
		{ "Quantix Software Ltd", ROLE_VENDOR }, { "Greyfield Rail plc", ROLE_CUSTOMER },
	};
	static const struct party_case engaged[] = {
		{ "Harbour & Finch LLP", NO_PARTY }, { "Brightwave Labs, Inc.", NO_PARTY },
	};
	static const struct party_case unnamed[] = {
		{ "Harbour & Finch LLP", NO_PARTY },
	};

	static const char between_we[] =
		"Dear Mr Olsen,\n\nThis letter agreement is between Brightwave Labs, Inc. (\"we\", \"us\") "
		"and Harbour & Finch LLP (\"you\").\n\n1. We will provide the services.\n";
	static const char between_named[] =
		"Dear Mr Olsen,\n\nThis letter agreement is between Brightwave Labs, Inc. "
		"(\"Brightwave\") and Harbour & Finch LLP (\"you\").\n\n1. You will provide the services.\n";
	static const struct party_case we_pair[] = {
		{ "Brightwave Labs, Inc.", ROLE_VENDOR }, { "Harbour & Finch LLP", ROLE_CUSTOMER },
	};
	static const struct party_case named_pair[] = {
		{ "Harbour & Finch LLP", NO_PARTY },
	};

	(void)state;
	check_loaded_roles(between_we, we_pair, 2);
	check_loaded_roles(between_named, named_pair, 1);
	check_loaded_roles(letter, letter_parties, 2);
	check_loaded_roles(pleased, pleased_parties, 2);
	check_loaded_roles(engages, engaged, 2);
	check_loaded_roles(no_name, unnamed, 1);
}

/*
 * Local government names itself "the City of ...", "the Town of ...": an
 * institution that opens a pair that agrees or a numbered parties block.
 * Named in a recital, it is no party.
 */
static void test_city_of_is_a_public_body(void **state)
{
	static const char agrees[] =
		"AGREEMENT\n\nThe City of Harbor (\"City\") and Northgate Systems, Inc. "
		"(\"Contractor\") enter into this Agreement as follows.\n\n"
		"1. The Contractor shall provide the services.\n";
	static const char block[] =
		"AGREEMENT\n\nPARTIES\n(1) THE TOWN OF EASTFIELD (\"Town\"); and\n"
		"(2) NORTHGATE SYSTEMS LIMITED (\"Contractor\").\n\n"
		"1. The Contractor shall provide the services.\n";
	static const char recital[] =
		"AGREEMENT\n\nThis Agreement is dated 1 May 2025.\nThe City of Harbor (\"Harbor\") "
		"has adopted a parking plan. Northgate Systems, Inc. (\"Contractor\") shall provide "
		"services.\n\n1. The Contractor shall provide the services.\n";
	static const struct party_case city[] = {
		{ "City", ROLE_CUSTOMER }, { "Contractor", ROLE_VENDOR },
	};
	static const struct party_case town[] = {
		{ "Town", ROLE_CUSTOMER }, { "Contractor", ROLE_VENDOR },
	};
	static const struct party_case no_city[] = {
		{ "Harbor", NO_PARTY }, { "Contractor", ROLE_VENDOR },
	};

	(void)state;
	check_loaded_roles(agrees, city, 2);
	check_loaded_roles(block, town, 2);
	check_loaded_roles(recital, no_city, 2);
}

/* Whether rf->entity finds a company's name in s. */
static int names_a_company(struct roles_finder *rf, const char *s)
{
	return pcre2_match(rf->entity, (PCRE2_SPTR)s, strlen(s), 0, 0, rf->md, NULL) >= 0;
}

/*
 * Norway's "AS" and "ASA" and the European "SE" end a company's name
 * where the name is written in small letters; "SUCH AS", "AS IS" and
 * "such as" name none.  A two-party list then reads both parties.
 */
static void test_nordic_and_european_suffixes(void **state)
{
	struct roles_finder *rf;
	static const char se[] =
		"MASTER AGREEMENT\n\nParties: Rhenwald Logistik SE (\"Rhenwald\") and Brightmoor Labs, Inc. "
		"(\"Brightmoor\").\n\n1. Brightmoor shall provide the routing service to Rhenwald.\n"
		"2. Rhenwald shall pay the fees within 30 days.\n";
	static const char as[] =
		"MASTER AGREEMENT\n\nParties: Solvang Maritime AS (\"Solvang\") and Tidewise Models ApS "
		"(\"Tidewise\").\n\n1. Tidewise shall provide the hosting service to Solvang.\n"
		"2. Solvang shall pay the fees within 30 days.\n";
	static const struct party_case se_roles[] = {
		{ "Rhenwald", ROLE_CUSTOMER }, { "Brightmoor", ROLE_VENDOR },
	};
	static const struct party_case as_roles[] = {
		{ "Solvang", ROLE_CUSTOMER }, { "Tidewise", ROLE_VENDOR },
	};

	(void)state;
	rf = roles_finder_new(&rs);
	assert_true(names_a_company(rf, "issued to Nordvik Telecom AS (\"the Operator\")"));
	assert_true(names_a_company(rf, "Havbris Energi ASA, a company registered in Norway"));
	assert_true(names_a_company(rf, "Rhenwald Logistik SE and"));
	assert_false(names_a_company(rf, "FOR SERVICES SUCH AS HOSTING"));
	assert_false(names_a_company(rf, "The Services AS IS AND WITH ALL FAULTS"));
	assert_false(names_a_company(rf, "Services such as hosting"));
	roles_finder_free(rf);
	check_loaded_roles(se, se_roles, 2);
	check_loaded_roles(as, as_roles, 2);
}

/*
 * A short contract of two parties that uses only one of them, one way:
 * that one takes the role its uses show and the other the other role.
 * A use that is negated, or none, decides nothing.
 */
static void test_short_contract_one_sided(void **state)
{
	static const char provides[] =
		"This Agreement is made between Harbor Analytics Ltd (\"Harbor\") and Greyfield Rail plc "
		"(\"Greyfield\").\n1. Harbor shall provide the analytics service to Greyfield.\n";
	static const char hosts[] =
		"This Agreement is made between Harbor Analytics Ltd (\"Harbor\") and Greyfield Rail plc "
		"(\"Greyfield\").\n1. Harbor will host the Model for Greyfield.\n"
		"2. This Agreement is governed by English law.\n";
	static const char negated[] =
		"This Agreement is made between Harbor Analytics Ltd (\"Harbor\") and Greyfield Rail plc "
		"(\"Greyfield\").\n1. Harbor shall not provide the analytics service to any competitor "
		"of Greyfield.\n";
	static const char confidential[] =
		"This Agreement is made between Harbor Analytics Ltd (\"Harbor\") and Greyfield Rail plc "
		"(\"Greyfield\").\n1. Harbor shall keep the information of Greyfield confidential.\n"
		"2. Harbor shall return it on request.\n";
	static const struct party_case decided[] = {
		{ "Harbor", ROLE_VENDOR }, { "Greyfield", ROLE_CUSTOMER },
	};
	static const struct party_case undecided[] = {
		{ "Harbor", ROLE_UNKNOWN }, { "Greyfield", ROLE_UNKNOWN },
	};

	(void)state;
	check_loaded_roles(provides, decided, 2);
	check_loaded_roles(hosts, decided, 2);
	check_loaded_roles(negated, undecided, 2);
	check_loaded_roles(confidential, undecided, 2);
}

/*
 * Terms a named company writes with "we" and no list of pronouns: 'We at
 * X Inc. will provide ...', 'At X Ltd we will make ... available'.  The
 * writer is the vendor where it supplies; a writer that engages or buys
 * ('We at Acme Retail Corp. engage you') and a name with no company suffix
 * name none.
 */
static void test_we_at_named_writer(void **state)
{
	static const char we_at[] =
		"Platform Terms\n\nWe at Brightmoor Labs, Inc. will provide the Service described "
		"below to you.\n\n1. We will host your Content and return Outputs.\n";
	static const char at_we[] =
		"Terms of Service\n\nAt Kestrel Analytics Ltd we will make the Service available to "
		"you on these terms.\n\n1. You may terminate on thirty days' notice.\n";
	static const char engages[] =
		"Engagement Letter\n\nWe at Acme Retail Corp. engage you to provide the consulting "
		"services described below.\n\n1. You will deliver the reports.\n";
	static const char no_suffix[] =
		"Terms\n\nWe at Brightmoor provide the Service to you.\n\n1. We will host your "
		"Content.\n";
	static const struct party_case we_at_roles[] = { { "Brightmoor Labs, Inc.", ROLE_VENDOR } };
	static const struct party_case at_we_roles[] = { { "Kestrel Analytics Ltd", ROLE_VENDOR } };
	static const struct party_case engages_roles[] = { { "Acme Retail Corp.", NO_PARTY } };
	static const struct party_case no_suffix_roles[] = { { "Brightmoor", NO_PARTY } };

	(void)state;
	check_loaded_roles(we_at, we_at_roles, 1);
	check_loaded_roles(at_we, at_we_roles, 1);
	check_loaded_roles(engages, engages_roles, 1);
	check_loaded_roles(no_suffix, no_suffix_roles, 1);
}

/*
 * A short contract whose only use of its parties is a licence granted: of
 * software or a model, the grantor supplies it; of data or content, the
 * grantor gives its data and is the customer.  A grant negated, or of no
 * licence, decides nothing.
 */
static void test_short_contract_licence_granted(void **state)
{
	static const char software[] =
		"This Agreement is made between Harbor Analytics Ltd (\"Harbor\") and Greyfield Rail plc "
		"(\"Greyfield\").\n1. Harbor grants Greyfield a non-exclusive licence to use the "
		"Software.\n";
	static const char licenses[] =
		"This Agreement is made between Harbor Analytics Ltd (\"Harbor\") and Greyfield Rail plc "
		"(\"Greyfield\").\n1. Harbor hereby licenses the Software to Greyfield for one year.\n";
	static const char data[] =
		"This Agreement is made between Harbor Analytics Ltd (\"Harbor\") and Greyfield Rail plc "
		"(\"Greyfield\").\n1. Greyfield grants Harbor a non-exclusive licence to use the Data "
		"to train the Model.\n";
	static const char negated[] =
		"This Agreement is made between Harbor Analytics Ltd (\"Harbor\") and Greyfield Rail plc "
		"(\"Greyfield\").\n1. Harbor shall not grant Greyfield a licence to use the Software.\n";
	static const char no_licence[] =
		"This Agreement is made between Harbor Analytics Ltd (\"Harbor\") and Greyfield Rail plc "
		"(\"Greyfield\").\n1. Harbor grants Greyfield a right of first refusal over the "
		"depot.\n";
	static const struct party_case decided[] = {
		{ "Harbor", ROLE_VENDOR }, { "Greyfield", ROLE_CUSTOMER },
	};
	static const struct party_case undecided[] = {
		{ "Harbor", ROLE_UNKNOWN }, { "Greyfield", ROLE_UNKNOWN },
	};

	(void)state;
	check_loaded_roles(software, decided, 2);
	check_loaded_roles(licenses, decided, 2);
	check_loaded_roles(data, decided, 2);
	check_loaded_roles(negated, undecided, 2);
	check_loaded_roles(no_licence, undecided, 2);
}

/*
 * Deliverables defined to take in a trained model read as the custom model
 * and the deliverables; not where the definition names no such model, nor
 * where it leaves the model out.
 */
static void test_deliverables_with_model(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"This Agreement is between Harbor Freight Analytics Inc. (\"Company\") and "
		"Quantline LLC (\"Consultant\").\n"
		"\"Deliverables\" means all code, notebooks, trained model files and weights and "
		"documentation that Consultant creates for Company.\n"
		"\"Project Deliverable\" means the fine-tuned claims model and its weights.\n"
		"\"Reports\" means the written reports, excluding any trained model, that "
		"Consultant delivers.\n"
		"\"Work Deliverables\" means the dashboards and documentation, other than the "
		"trained model weights.\n"
		"\"Phase Deliverables\" means the reports and the slide decks.\n"
		"All Deliverables are owned by Company.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_string_equal(term(&r, "Deliverables")->reads_as, "Custom Model and Deliverables");
	assert_string_equal(term(&r, "Project Deliverable")->reads_as, "Custom Model and Deliverable");
	assert_true(!term(&r, "Work Deliverables") || !term(&r, "Work Deliverables")->reads_as ||
		    strcmp(term(&r, "Work Deliverables")->reads_as, "Custom Model and Deliverables"));
	assert_true(!term(&r, "Phase Deliverables") || !term(&r, "Phase Deliverables")->reads_as ||
		    strcmp(term(&r, "Phase Deliverables")->reads_as, "Custom Model and Deliverables"));
	assert_string_equal(subst_at(&r, text, "Deliverables are owned"),
			    "Custom Model and Deliverables");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Precedents name the parties by placeholders in brackets, "[Bank of Upper
 * Canada] (the \"Bank\")", "BETWEEN [INSURER NAME] LIMITED": the name inside
 * counts as the name, and the sector noun that receives the service is the
 * customer.
 */
static void test_bracketed_placeholder_names(void **state)
{
	static const char *const texts[] = {
		"This Agreement is made on 1 May 2025 between [Northshore Savings Bank] (the "
		"\"Bank\") and [Quantix Data Ltd.] (the \"Supplier\").\n"
		"1. The Supplier shall provide the scoring service to the Bank.\n",
		"THIS AGREEMENT is dated [DATE] and is made BETWEEN [INSURER NAME] LIMITED (the "
		"\"Insurer\") and [PROVIDER NAME] LIMITED (the \"Provider\").\n"
		"1. The Provider shall supply the platform to the Insurer.\n",
	};
	static const char *const buyer[] = { "Bank", "Insurer" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct roles_finder *rf = roles_finder_new(&rs);
		struct document doc;
		struct roles r;

		textdoc_lines(&doc, "c.txt", texts[i]);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, buyer[i]));
		assert_int_equal(party(&r, buyer[i])->role, ROLE_CUSTOMER);
		roles_release(&r);
		document_release(&doc);
		roles_finder_free(rf);
	}
}

/*
 * "the Bank's model risk management policy" is the buyer overseeing the
 * models it uses: no sign that the Bank supplies a model.  "the Vendor's
 * model" still is.
 */
static void test_model_risk_is_the_buyers(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "Master Services Agreement between Lakeside Bank (the \"Bank\") and Clearview "
		 "Analytics Ltd (the \"Vendor\").\n"
		 "1. The Vendor shall provide the Vendor's model as a hosted service.\n"
		 "2. Validation is done under the Bank's model risk management policy.\n"
		 "3. The Bank's Model Risk Management group shall review each release.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Bank")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Vendor")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * The preamble of a translated contract: "BETWEEN: <name>, ..., hereinafter
 * \"the Establishment\", AND: <name>, ..., hereinafter \"the Holder\"", and
 * duties in the present tense.  Both are parties; the one that hosts and
 * makes available is the supplier, the other the customer.
 */
static void test_captioned_parties_in_present_tense(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "CONTRACT FOR THE PROVISION OF A SOFTWARE SERVICE\n"
		 "BETWEEN: Centre Hospitalier du Lac, a public health establishment, hereinafter "
		 "\"the Establishment\",\n"
		 "AND: Imagia SAS, a simplified joint-stock company registered in Paris, hereinafter "
		 "\"the Holder\".\n"
		 "Article 1. The Holder hosts the Images on servers in France.\n"
		 "Article 2. The Holder supplies the Results to the radiologists.\n"
		 "Article 3. The Holder maintains the Solution.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Establishment"));
	assert_int_equal(party(&r, "Establishment")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Holder")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Two parties that both supply in the present tense decide nothing: "X
 * provides ... and Y provides ..." is no customer.
 */
static void test_present_tense_both_supply(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "BETWEEN: Université de Rennes, hereinafter \"the University\",\n"
		 "AND: Lexia SAS, hereinafter \"the Partner\".\n"
		 "1. The Partner supplies the translation engine and maintains it.\n"
		 "2. The University supplies the corpus and hosts the workshop.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "University")->role, ROLE_UNKNOWN);
	assert_int_equal(party(&r, "Partner")->role, ROLE_UNKNOWN);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A public buyer named through the body that acts for it: "the State of
 * Franklin, acting through the Administrative Office of the Courts (the
 * \"Judicial Branch\")", "the Commonwealth of ..., by and through its
 * Department of Revenue (the \"Commonwealth\")".  Its alias carries no
 * role; the contractor's does, and the buyer is the other party.
 */
static void test_public_buyer_acting_through_a_body(void **state)
{
	static const char *const texts[] = {
		"This Contract is entered into by the State of Franklin, acting through the "
		"Administrative Office of the Courts (the \"Judicial Branch\"), and Echo Transcribe, "
		"Inc., a Delaware corporation (\"Contractor\").\n"
		"1. Contractor shall provide transcription services to the Judicial Branch.\n",
		"This Agreement is between the Commonwealth of Pennsylvania, by and through its "
		"Department of Revenue (the \"Commonwealth\"), and Numera LLC (\"Contractor\").\n"
		"1. Contractor shall provide the service to the Commonwealth.\n",
	};
	static const char *const buyer[] = { "Judicial Branch", "Commonwealth" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct roles_finder *rf = roles_finder_new(&rs);
		struct document doc;
		struct roles r;

		textdoc_lines(&doc, "c.txt", texts[i]);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, buyer[i]));
		assert_int_equal(party(&r, buyer[i])->role, ROLE_CUSTOMER);
		assert_int_equal(party(&r, "Contractor")->role, ROLE_VENDOR);
		roles_release(&r);
		document_release(&doc);
		roles_finder_free(rf);
	}
}

/*
 * The built-in packs' public-buyer nouns: "the Agency", "the Authority"
 * with their capital.  "Company" names either side there.
 */
static const char agency_pack[] =
	"placeholders:\n"
	"  vendor_noun: 'vendor|provider|supplier|contractor'\n"
	"  customer_noun: 'customer|client|buyer|(?-i:^(?:the )?(?:Agency|Authority)$|"
	"\\b[Tt]he (?:Agency|Authority)\\b(?! (?:[A-Z]|of\\b|for\\b)))'\n";

static struct roles_finder *agency_finder(struct ruleset *own)
{
	ruleset_init(own);
	assert_int_equal(ruleset_add_pack(own, "agency.yaml", agency_pack, strlen(agency_pack)), 0);
	return roles_finder_new(own);
}

/*
 * An "Agency" that the preamble introduces as a company (a suffix, "a New
 * York corporation", "a company incorporated in") is a marketing,
 * staffing or travel agency and supplies by its uses; one introduced as
 * "an agency of the State", "a body corporate and politic" or with no
 * company words stays the public buyer.
 */
static void test_company_named_agency_supplies(void **state)
{
	static const char *const texts[] = {
		"This Agreement is made between Harbor Grill Holdings, Inc., a Texas corporation "
		"(\"Company\"), and Bluefin Media LLC, a California limited liability company "
		"(\"Agency\").\n"
		"1. Agency will provide the creative services described in each Statement of Work.\n"
		"2. Company will pay Agency the fees set out in each Statement of Work.\n",
		"This Agreement is made between Kestrel Hotels Limited, a company incorporated in "
		"England and Wales (\"the Hirer\"), and Talentpath Recruitment Ltd, a company "
		"incorporated in England and Wales (\"the Agency\").\n"
		"1. The Agency shall supply temporary workers to the Hirer.\n"
		"2. The Hirer shall pay the Agency's charges within 30 days of invoice.\n",
	};
	static const char *const buyer[] = { "Company", "Hirer" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct ruleset own;
		struct roles_finder *rf = agency_finder(&own);
		struct document doc;
		struct roles r;

		textdoc_lines(&doc, "c.txt", texts[i]);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, "Agency"));
		assert_int_equal(party(&r, "Agency")->role, ROLE_VENDOR);
		assert_non_null(party(&r, buyer[i]));
		assert_int_equal(party(&r, buyer[i])->role, ROLE_CUSTOMER);
		roles_release(&r);
		document_release(&doc);
		roles_finder_free(rf);
		ruleset_release(&own);
	}
}

static void test_public_agency_beside_a_company_buys(void **state)
{
	static const char *const texts[] = {
		"This Contract is entered into between the Department of Motor Vehicles, an agency "
		"of the State of Nevada (\"Agency\"), and Redline Software Inc., a Nevada "
		"corporation (\"Contractor\").\n"
		"1. Contractor shall provide the licensing system described in Attachment A.\n",
		"This Agreement is made by and between the Water Development Agency, a body "
		"corporate and politic of the State of Ohio (the \"Agency\"), and Clearstream "
		"Systems, Inc. (\"Clearstream\").\n"
		"1. Clearstream shall provide and support the billing software.\n"
		"2. The Agency shall pay Clearstream the license fees.\n",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct ruleset own;
		struct roles_finder *rf = agency_finder(&own);
		struct document doc;
		struct roles r;

		textdoc_lines(&doc, "c.txt", texts[i]);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, "Agency"));
		assert_int_equal(party(&r, "Agency")->role, ROLE_CUSTOMER);
		roles_release(&r);
		document_release(&doc);
		roles_finder_free(rf);
		ruleset_release(&own);
	}
}

/* '(the "Agency", "we" or "us")': the agency that writes as "we" supplies. */
static void test_agency_defined_as_we(void **state)
{
	struct ruleset own;
	struct roles_finder *rf = agency_finder(&own);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "These terms form an agreement between you, the organisation named in the booking "
		 "form, and Wanderly Travel Ltd, a company registered in Scotland (the \"Agency\", "
		 "\"we\" or \"us\").\n"
		 "1. We will arrange the travel bookings you request.\n"
		 "2. You will pay us the service fee for each booking.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Agency"));
	assert_int_equal(party(&r, "Agency")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	ruleset_release(&own);
}

/*
 * A "BETWEEN:" or "AND:" caption alone on its line, the entry on the next:
 * "Commune de ..., represented by its Mayor" names a party though no
 * entity word marks it.
 */
static void test_caption_on_its_own_line(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "BETWEEN:\n"
		 "Hampton Parish Council, acting by its Clerk, hereinafter referred to as "
		 "\"the Council\",\n"
		 "AND:\n"
		 "Fieldnote Systems Ltd, registered in England, hereinafter referred to as "
		 "\"the Supplier\".\n"
		 "1. The Supplier provides the Council with the minute-taking service.\n"
		 "2. The Council pays the Supplier the annual fee.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Council"));
	assert_int_equal(party(&r, "Council")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Supplier")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	/* An empty first line is no caption: a title's "(\"TOS\")" names no party. */
	textdoc_lines(&doc, "c.txt",
		 "\nTerms of Service (\"TOS\")\n"
		 "These terms apply to you and Kestrel Games Corporation (\"Kestrel\").\n"
		 "Kestrel provides the games.\n");
	roles_find(rf, &doc, &r);
	assert_null(party(&r, "TOS"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* '"Images" designates the medical images ...': translations define with "designates" or "denotes". */
static void test_designates_and_denotes_define(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Medix SAS (\"Provider\") and Clinique du Lac "
		 "(\"Client\").\n"
		 "\"Images\" designates the medical images and associated reports transmitted by the "
		 "Client to the Solution.\n"
		 "\"Results\" designates the annotations, scores and suggestions produced by the "
		 "Solution from the Images.\n"
		 "\"Client Data\" denotes all records uploaded by Client to the Platform.\n"
		 "Client shall mark each copy with a legend which designates the Software as "
		 "confidential.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Images")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Results")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "Client Data")->cls, TERM_CUSTOMER_DATA);
	/* A verb in running text after no quoted term defines nothing. */
	assert_null(term(&r, "Software"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* '"Client Data" means ..., including Telemetry': a term the customer's data includes is its data. */
static void test_term_included_in_customer_data(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is made between Sentra Security Ltd (\"Provider\") and Ashford "
		 "Retail plc (\"Client\").\n"
		 "\"Telemetry\" means logs, network flows and other security event data collected by "
		 "the Sensors.\n"
		 "\"Client Data\" means all data of the Client processed by the Provider, including "
		 "but not limited to Telemetry and the Call Recordings, excluding Usage Data.\n"
		 "\"Call Recordings\" means audio recordings of calls.\n"
		 "\"Usage Data\" means statistics about the use of the Platform.\n"
		 "\"Client Records\" means the records Client enters, including data derived from "
		 "Route Logs.\n"
		 "\"Route Logs\" means positions recorded by the Provider's vehicles.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Telemetry")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Call Recordings")->cls, TERM_CUSTOMER_DATA);
	/* Excluded, or only what the data is derived from: not included. */
	assert_int_not_equal(term(&r, "Usage Data")->cls, TERM_CUSTOMER_DATA);
	assert_int_not_equal(term(&r, "Route Logs")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* '"Customer Data" means data provided by the Customer': no kind of data called "means data". */
static void test_no_kind_named_by_a_definition_verb(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Agreement is between Tallis Systems GmbH (the \"Supplier\") and Brennan "
		 "Logistics Ltd (the \"Customer\").\n"
		 "\"Customer Data\" means data provided by the Customer, excluding Usage Data.\n"
		 "\"Client Records\" means all records of Customer, including data submitted by "
		 "the Customer.\n"
		 "All image data supplied by the Customer remain the property of the Customer.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Customer Data")->cls, TERM_CUSTOMER_DATA);
	assert_null(term(&r, "means data"));
	assert_null(term(&r, "including data"));
	/* A kind named before "data" still is one. */
	assert_int_equal(term(&r, "image data")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* "Model Training: Supplier will not ...": a label before a sentence is no definition. */
static void test_label_before_a_sentence_defines_nothing(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Order Form is between Clausewise Technologies Inc. (\"Supplier\") and "
		 "Harwood Freight Holdings plc (\"Buyer\").\n"
		 "Model Training: Supplier will not use Buyer Documents to train any model.\n"
		 "AI Model Use: The Supplier shall not train any artificial intelligence model on "
		 "Buyer Documents.\n"
		 "Model Updates: We may update the Model at any time.\n"
		 "Custom Model: the machine learning model the Supplier trains for the Buyer on "
		 "Buyer Documents.\n"
		 "Buyer Documents: all documents the Buyer uploads, which Supplier will keep "
		 "confidential.\n");
	roles_find(rf, &doc, &r);
	assert_null(term(&r, "Model Training"));
	assert_null(term(&r, "AI Model Use"));
	assert_null(term(&r, "Model Updates"));
	/* A label before what it is, not a sentence, still defines. */
	assert_int_equal(term(&r, "Custom Model")->cls, TERM_MODEL);
	assert_int_equal(term(&r, "Buyer Documents")->cls, TERM_CUSTOMER_DATA);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/* '"Deliverables" means the transcripts ... and other outputs that Contractor produces': output. */
static void test_deliverables_listed_as_outputs(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	textdoc_lines(&doc, "c.txt",
		 "This Contract is made between Verbatim AI Inc. (\"Contractor\") and Pinecrest "
		 "Foods Inc. (\"Company\").\n"
		 "\"Deliverables\" means the transcripts, translations, captions and other outputs "
		 "that Contractor produces under this Contract.\n"
		 "\"Work Product\" means the forecasts, dashboards or any other output the "
		 "Contractor delivers.\n"
		 "\"Project Materials\" means the reports, plans and other work product that "
		 "Contractor prepares.\n"
		 "\"Company Data\" means data, files and other outputs of Company's production "
		 "systems.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Deliverables")->cls, TERM_OUTPUT);
	assert_int_equal(term(&r, "Work Product")->cls, TERM_OUTPUT);
	/* Other work product, or a name that says data: no output. */
	assert_int_not_equal(term(&r, "Project Materials")->cls, TERM_OUTPUT);
	assert_int_not_equal(term(&r, "Company Data")->cls, TERM_OUTPUT);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A numbered parties list under a heading "Parties" gives each entry's
 * bare role name in parentheses as its alias, "(Principal)",
 * "(Operator)", as a parties clause does; a third party that neither
 * buys nor supplies takes no role.  The same numbered entry under any
 * other heading defines no party.
 */
static void test_numbered_parties_list(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;

	(void)state;
	load_doc(&doc,
		 "SERVICES DEED\n\n"
		 "Parties\n"
		 "1. Redgum Mining Pty Ltd ACN 000 000 011 of Perth, Western Australia (Principal)\n"
		 "2. Lumen Sensing Pty Ltd ACN 000 000 012 of Brisbane, Queensland (Developer)\n"
		 "3. Outback Escrow Services Pty Ltd ACN 000 000 013 of Sydney (Operator)\n\n"
		 "Operative provisions\n\n"
		 "1. Services\n"
		 "1.1 The Developer shall provide the Software to the Principal.\n"
		 "1.2 The Principal must pay the Developer the Fees.\n"
		 "1.3 The Operator must keep the records of the Principal's sites.\n");
	roles_find(rf, &doc, &r);
	assert_non_null(party(&r, "Principal"));
	assert_int_equal(party(&r, "Principal")->role, ROLE_CUSTOMER);
	assert_int_equal(party(&r, "Developer")->role, ROLE_VENDOR);
	assert_non_null(party(&r, "Operator"));
	assert_int_equal(party(&r, "Operator")->role, ROLE_UNKNOWN);
	roles_release(&r);
	document_release(&doc);

	load_doc(&doc,
		 "SERVICES AGREEMENT\n\n"
		 "This Agreement is made between Lumen Sensing Pty Ltd (\"Supplier\") and Redgum "
		 "Mining Pty Ltd (\"Customer\").\n\n"
		 "Subcontracting\n"
		 "1. Harbour Logistics Pty Ltd ACN 000 000 014 of Darwin (Operator)\n"
		 "2. The Operator must comply with the Customer's site rules.\n");
	roles_find(rf, &doc, &r);
	assert_null(party(&r, "Operator"));
	assert_int_equal(party(&r, "Supplier")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * Of three parties, one a supplier by its noun, the only other one used
 * as a supplier or payer pays, so it is the customer, in any drafting:
 * a numbered list, a "between" clause with three companies.  A third
 * party used too, or the payer used both ways, leave it undecided, and
 * one that only supplies beside a supplier takes no role.
 */
static void test_payer_beside_a_third_party(void **state)
{
	static const char *const texts[] = {
		"SERVICES AGREEMENT\n\nThis Agreement is made between Redgum Mining Pty Ltd "
		"(\"Redgum\"), Lumen Sensing Pty Ltd (\"Supplier\") and Outback Escrow "
		"Services Pty Ltd (\"Outback\").\n\n"
		"1. The Supplier shall deliver the Equipment to Redgum.\n"
		"2. Redgum shall pay the Supplier the Contract Price.\n"
		"3. Outback shall keep the site records.\n",
		"DEED\n\nParties\n"
		"1. Redgum Mining Pty Ltd ACN 000 000 011 of Perth (Owner)\n"
		"2. Lumen Sensing Pty Ltd ACN 000 000 012 of Brisbane (Contractor)\n"
		"3. Karri Ridge Holdings Pty Ltd ACN 000 000 013 of Albany (Guarantor)\n\n"
		"Operative provisions\n\n"
		"1.1 The Contractor must carry out the Works.\n"
		"1.2 The Owner must pay the Contractor the Contract Sum.\n"
		"1.3 The Guarantor must guarantee the Contractor's obligations.\n",
	};
	static const char *const payer[] = { "Redgum", "Owner" };
	static const char *const third[] = { "Outback", "Guarantor" };
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		load_doc(&doc, texts[i]);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, payer[i]));
		assert_int_equal(party(&r, payer[i])->role, ROLE_CUSTOMER);
		assert_non_null(party(&r, third[i]));
		assert_int_equal(party(&r, third[i])->role, ROLE_UNKNOWN);
		roles_release(&r);
		document_release(&doc);
	}
	/* The customer known by its noun: the only other one used supplies. */
	load_doc(&doc,
		 "DEED\n\nParties\n"
		 "1. Redgum Mining Pty Ltd ACN 000 000 011 of Perth (Customer)\n"
		 "2. Lumen Sensing Pty Ltd ACN 000 000 012 of Brisbane (Lumen)\n"
		 "3. Karri Ridge Holdings Pty Ltd ACN 000 000 013 of Albany (Guarantor)\n\n"
		 "Operative provisions\n\n"
		 "1.1 Lumen must provide the Services to the Customer.\n"
		 "1.2 The Customer must comply with the site rules.\n"
		 "1.3 The Guarantor must guarantee the Customer's obligations.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Lumen")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Guarantor")->role, ROLE_UNKNOWN);
	roles_release(&r);
	document_release(&doc);
	/* The third party pays too: which of the two is the customer is not read. */
	load_doc(&doc,
		 "DEED\n\nParties\n"
		 "1. Redgum Mining Pty Ltd ACN 000 000 011 of Perth (Owner)\n"
		 "2. Lumen Sensing Pty Ltd ACN 000 000 012 of Brisbane (Contractor)\n"
		 "3. Karri Ridge Holdings Pty Ltd ACN 000 000 013 of Albany (Financier)\n\n"
		 "Operative provisions\n\n"
		 "1.1 The Contractor must carry out the Works.\n"
		 "1.2 The Owner must pay the Contractor the Contract Sum.\n"
		 "1.3 The Financier must pay the Contractor the Deposit.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Contractor")->role, ROLE_VENDOR);
	assert_int_equal(party(&r, "Owner")->role, ROLE_UNKNOWN);
	assert_int_equal(party(&r, "Financier")->role, ROLE_UNKNOWN);
	roles_release(&r);
	document_release(&doc);
	/* The only other one used supplies too: it is no customer. */
	load_doc(&doc,
		 "DEED\n\nParties\n"
		 "1. Redgum Mining Pty Ltd ACN 000 000 011 of Perth (Owner)\n"
		 "2. Lumen Sensing Pty Ltd ACN 000 000 012 of Brisbane (Contractor)\n"
		 "3. Karri Ridge Holdings Pty Ltd ACN 000 000 013 of Albany (Installer)\n\n"
		 "Operative provisions\n\n"
		 "1.1 The Contractor must carry out the Works.\n"
		 "1.2 The Installer must install the Equipment.\n"
		 "1.3 The Owner's sites are listed in Schedule 1.\n");
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Contractor")->role, ROLE_VENDOR);
	assert_int_not_equal(party(&r, "Installer")->role, ROLE_CUSTOMER);
	assert_int_not_equal(party(&r, "Owner")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A numbered parties list with a blank line between its entries, as
 * plain-text and Markdown exports write it: the fifth entry is still
 * under the heading, however many blank lines stand between.  Nine
 * entry lines above one reach past the list.
 */
static void test_parties_list_blank_lines(void **state)
{
	static const char *const roles[] = { "Developer", "Integrator" };
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	char text[1024];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++) {
		snprintf(text, sizeof(text),
			 "SERVICES DEED\n\nParties\n\n"
			 "1. Redgum Mining Pty Ltd ACN 000 000 011 of Perth (Principal)\n\n"
			 "2. Karri Ridge Holdings Pty Ltd ACN 000 000 012 of Albany (Guarantor)\n\n"
			 "3. Jarrah Escrow Services Pty Ltd ACN 000 000 013 of Sydney (Agent)\n\n"
			 "4. Marri Freight Pty Ltd ACN 000 000 014 of Darwin (Carrier)\n\n"
			 "5. Lumen Sensing Pty Ltd ACN 000 000 015 of Brisbane (%s)\n\n"
			 "Operative provisions\n\n1. Services\n"
			 "1.1 The %s shall provide the Software to the Principal.\n"
			 "1.2 The Principal must pay the %s the Fees.\n"
			 "1.3 The %s's fees are set out in Schedule 1.\n",
			 roles[i], roles[i], roles[i], roles[i]);
		load_doc(&doc, text);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, roles[i]));
		assert_int_equal(party(&r, roles[i])->role, ROLE_VENDOR);
		assert_int_equal(party(&r, "Principal")->role, ROLE_CUSTOMER);
		roles_release(&r);
		document_release(&doc);
	}
	/* The heading nine numbered lines up is another list's. */
	load_doc(&doc,
		 "SERVICES DEED\n\nParties\n"
		 "1. Redgum Mining Pty Ltd ACN 000 000 011 of Perth (Principal)\n"
		 "2. Lumen Sensing Pty Ltd ACN 000 000 015 of Brisbane (Integrator)\n"
		 "3. The first step.\n4. The second step.\n5. The third step.\n"
		 "6. The fourth step.\n7. The fifth step.\n8. The sixth step.\n"
		 "9. The seventh step.\n"
		 "10. Tasman Haulage Pty Ltd ACN 000 000 016 of Hobart (Hauler)\n"
		 "11. The Hauler must keep the records.\n");
	roles_find(rf, &doc, &r);
	assert_null(party(&r, "Hauler"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * A field's name ends at its company form: the place after the comma,
 * "Limited, Queenstown", is no part of it, where "Labs, Inc." goes on to
 * its form.
 */
static void test_field_name_ends_at_company_form(void **state)
{
	static const struct party_case places[] = {
		{ "Kowhai Data Services Limited", ROLE_VENDOR },
		{ "Harbour View Care Group Limited", ROLE_CUSTOMER },
		{ "Harbour View Care Group Limited, Queenstown", NO_PARTY },
	};
	static const struct party_case alias_field[] = {
		{ "Customer", ROLE_CUSTOMER }, { "Provider", ROLE_VENDOR },
		{ "Harbour View Care Group Ltd", ROLE_CUSTOMER },
		{ "Harbour View Care Group Ltd, Queenstown", NO_PARTY },
	};
	static const struct party_case form_after_comma[] = {
		{ "Fathom Labs, Inc.", ROLE_VENDOR }, { "Westbrook Utilities District", ROLE_CUSTOMER },
	};

	(void)state;
	check_party_roles("ORDER FORM\n"
			  "Supplier: Kowhai Data Services Limited, Wellington\n"
			  "Customer: Harbour View Care Group Limited, Queenstown\n"
			  "The Supplier will provide the Platform to the Customer.\n",
			  places, sizeof(places) / sizeof(places[0]));
	check_party_roles("ORDER FORM\n"
			  "Provider: Kowhai Data Services Limited (\"Provider\", \"we\", \"us\")\n"
			  "Customer: Harbour View Care Group Ltd, Queenstown (\"Customer\", \"you\")\n"
			  "We will provide the Platform to you.\n",
			  alias_field, sizeof(alias_field) / sizeof(alias_field[0]));
	check_party_roles("ORDER FORM\n"
			  "Supplier: Fathom Labs, Inc., 1 Ferry Building, San Francisco\n"
			  "Customer: Westbrook Utilities District\n"
			  "The Supplier will provide the Platform to the Customer.\n",
			  form_after_comma, sizeof(form_after_comma) / sizeof(form_after_comma[0]));
}


/*
 * Two companies named after "between" with no alias at all are both
 * parties, in the drafting styles contracts use ("made between", "by and
 * between", each with what it is after a comma, "plc" in small letters),
 * and each takes its role from its uses: who provides, hosts or licenses,
 * who pays.  Two names that are not both companies name none, and two
 * companies that nothing tells apart are parties of no role.
 */
static void test_two_companies_without_aliases(void **state)
{
	static const struct {
		const char *text;
		struct party_case cases[2];
	} docs[] = {
		{ "This Agreement is made between Kestrel Analytics Pty Ltd and Harbour Holdings Ltd.\n"
		  "1. Kestrel Analytics Pty Ltd will provide the hosted platform to Harbour Holdings "
		  "Ltd.\n"
		  "2. Harbour Holdings Ltd shall pay the fees within 30 days of invoice.\n",
		  { { "Kestrel Analytics Pty Ltd", ROLE_VENDOR }, { "Harbour Holdings Ltd", ROLE_CUSTOMER } } },
		/* The customer named first; the supplier's name ends in "Inc." before "and". */
		{ "This Master Subscription Agreement is entered into by and between Bluefield "
		  "Retail LLC and Northwind Data Inc. as of the Effective Date.\n"
		  "1. Northwind Data Inc. hosts the Service and grants Bluefield Retail LLC a licence "
		  "to use it.\n"
		  "2. Bluefield Retail LLC will pay Northwind Data Inc. the subscription fees.\n",
		  { { "Bluefield Retail LLC", ROLE_CUSTOMER }, { "Northwind Data Inc.", ROLE_VENDOR } } },
		{ "This Licence Agreement is entered into by and between Tessellate Vision, Inc., a "
		  "Delaware corporation with its principal place of business at 10 Pine Street, "
		  "Austin, Texas, and Marlow Freight Limited, a company registered in England.\n"
		  "1. Tessellate Vision, Inc. grants Marlow Freight Limited a licence to use the "
		  "Software.\n"
		  "2. Marlow Freight Limited shall pay the licence fees.\n",
		  { { "Tessellate Vision, Inc.", ROLE_VENDOR }, { "Marlow Freight Limited", ROLE_CUSTOMER } } },
		{ "THIS AGREEMENT is made between Orchard Lane Foods plc and Quillpoint AI Ltd.\n"
		  "1. Quillpoint AI Ltd shall host the platform and process the data Orchard Lane "
		  "Foods plc uploads.\n"
		  "2. Orchard Lane Foods plc will pay Quillpoint AI Ltd the monthly fees.\n",
		  { { "Orchard Lane Foods plc", ROLE_CUSTOMER }, { "Quillpoint AI Ltd", ROLE_VENDOR } } },
		/* In capitals, used in small letters: the uses still count. */
		{ "This Agreement is made between KESTREL ANALYTICS PTY LTD and HARBOUR HOLDINGS LTD.\n"
		  "1. Kestrel Analytics Pty Ltd will provide the hosted platform.\n"
		  "2. Harbour Holdings Ltd shall pay the fees.\n",
		  { { "Kestrel Analytics Pty Ltd", ROLE_VENDOR }, { "Harbour Holdings Ltd", ROLE_CUSTOMER } } },
		/* A registration number, and an address, after the first name. */
		{ "This Agreement is made between Kestrel Analytics Pty Ltd (ACN 123 456 789) and "
		  "Harbour Holdings Ltd (ACN 987 654 321).\n"
		  "1. Harbour Holdings Ltd shall pay the fees.\n"
		  "2. Kestrel Analytics Pty Ltd will host the platform.\n",
		  { { "Kestrel Analytics Pty Ltd", ROLE_VENDOR }, { "Harbour Holdings Ltd", ROLE_CUSTOMER } } },
		{ "This Agreement is made between Kestrel Analytics Pty Ltd, of 1 Collins Street, "
		  "Melbourne, and Harbour Holdings Ltd, of 2 George Street, Sydney.\n"
		  "1. Kestrel Analytics Pty Ltd will provide the hosted platform.\n"
		  "2. Harbour Holdings Ltd shall pay the fees.\n",
		  { { "Kestrel Analytics Pty Ltd", ROLE_VENDOR }, { "Harbour Holdings Ltd", ROLE_CUSTOMER } } },
		/* Nothing tells them apart: parties, no role. */
		{ "This Cooperation Agreement is made between Link Arc Corporation and Meshwork, LLC.\n"
		  "1. Each party will keep the other's information confidential.\n",
		  { { "Link Arc Corporation", ROLE_UNKNOWN }, { "Meshwork, LLC", ROLE_UNKNOWN } } },
		/* Not both companies: names of things, or a company and a bank. */
		{ "Margin is the difference between Gross Revenue and Net Revenue Ltd.\n"
		  "1. Gross Revenue shall be paid monthly.\n",
		  { { "Gross Revenue", NO_PARTY }, { "Net Revenue Ltd", NO_PARTY } } },
		{ "This Agreement is made between Quillon Robotics Inc. and Harbor Bank.\n"
		  "1. Harbor Bank shall pay the fees.\n",
		  { { "Quillon Robotics Inc", NO_PARTY }, { "Harbor Bank", NO_PARTY } } },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++)
		check_party_roles(docs[i].text, docs[i].cases, 2);
}

/*
 * Two companies with no aliases, in the styles of a formal preamble: a
 * "BETWEEN:" block, its entries numbered "(1)" or "1." and ended by
 * "; and", or captioned "AND:", each with its number, registered office
 * or address; and "between A, Inc. (registered number ...), a ...
 * corporation (file number ...) having its principal place of business
 * at ..., and B", or "...; and B".  Each takes its role from its uses.
 * A block whose entry is no company, or a place after "England and",
 * names no party.
 */
static void test_companies_in_a_between_block(void **state)
{
	static const struct {
		const char *text;
		struct party_case cases[2];
	} docs[] = {
		{ "SERVICES AGREEMENT\n\nBETWEEN:\n\n"
		  "(1) KESTREL ANALYTICS LIMITED, a company incorporated in England and Wales with "
		  "company number 01234567 whose registered office is at 1 High Street, London; and\n\n"
		  "(2) HARBOUR FOODS LIMITED, a company incorporated in England and Wales with "
		  "company number 07654321 whose registered office is at 2 Low Road, Leeds.\n\n"
		  "1. Kestrel Analytics Limited shall provide the Services to Harbour Foods "
		  "Limited.\n"
		  "2. Harbour Foods Limited shall pay the fees to Kestrel Analytics Limited.\n"
		  "3. Kestrel Analytics Limited shall deliver the Reports.\n",
		  { { "Kestrel Analytics Limited", ROLE_VENDOR }, { "Harbour Foods Limited", ROLE_CUSTOMER } } },
		{ "SERVICES AGREEMENT\n\nBETWEEN:\n\nKestrel Analytics Limited, 1 High Street, London\n\n"
		  "AND:\n\nHarbour Foods Limited, 2 Low Road, Leeds\n\n"
		  "1. Kestrel Analytics Limited shall provide the Services to Harbour Foods "
		  "Limited.\n"
		  "2. Harbour Foods Limited shall pay the fees to Kestrel Analytics Limited.\n"
		  "3. Kestrel Analytics Limited shall deliver the Reports.\n",
		  { { "Kestrel Analytics Limited", ROLE_VENDOR }, { "Harbour Foods Limited", ROLE_CUSTOMER } } },
		{ "SERVICES AGREEMENT\n\nBetween:\n"
		  "1. Kestrel Analytics Limited (company number 01234567) of 1 High Street, London; and\n"
		  "2. Harbour Foods Limited (company number 07654321) of 2 Low Road, Leeds.\n\n"
		  "AGREED TERMS\n\n"
		  "1. Kestrel Analytics Limited shall provide the Services to Harbour Foods "
		  "Limited.\n"
		  "2. Harbour Foods Limited shall pay the fees to Kestrel Analytics Limited.\n"
		  "3. Kestrel Analytics Limited shall deliver the Reports.\n",
		  { { "Kestrel Analytics Limited", ROLE_VENDOR }, { "Harbour Foods Limited", ROLE_CUSTOMER } } },
		{ "This Agreement is made between Kestrel Analytics Limited (registered number "
		  "01234567), a Delaware corporation (file number 7654321), and Harbour Foods "
		  "Limited.\n"
		  "1. Kestrel Analytics Limited shall provide the Services to Harbour Foods "
		  "Limited.\n"
		  "2. Harbour Foods Limited shall pay the fees to Kestrel Analytics Limited.\n"
		  "3. Kestrel Analytics Limited shall deliver the Reports.\n",
		  { { "Kestrel Analytics Limited", ROLE_VENDOR }, { "Harbour Foods Limited", ROLE_CUSTOMER } } },
		{ "This Agreement is made between Kestrel Analytics Limited, a Delaware corporation "
		  "(registered number 01234567) having its principal place of business at 100 Market "
		  "Street, Suite 400, San Francisco, California 94105, United States of America, and "
		  "Harbour Foods Limited, a company registered in England.\n"
		  "1. Kestrel Analytics Limited shall provide the Services to Harbour Foods "
		  "Limited.\n"
		  "2. Harbour Foods Limited shall pay the fees to Kestrel Analytics Limited.\n"
		  "3. Kestrel Analytics Limited shall deliver the Reports.\n",
		  { { "Kestrel Analytics Limited", ROLE_VENDOR }, { "Harbour Foods Limited", ROLE_CUSTOMER } } },
		{ "This Agreement is made between Kestrel Analytics Limited (registered number "
		  "01234567), a corporation organised under the laws of Delaware; and Harbour Foods "
		  "Limited (company number 07654321).\n"
		  "1. Kestrel Analytics Limited shall provide the Services to Harbour Foods "
		  "Limited.\n"
		  "2. Harbour Foods Limited shall pay the fees to Kestrel Analytics Limited.\n"
		  "3. Kestrel Analytics Limited shall deliver the Reports.\n",
		  { { "Kestrel Analytics Limited", ROLE_VENDOR }, { "Harbour Foods Limited", ROLE_CUSTOMER } } },
		/* Used by the name less its form, in capitals or after a comma. */
		{ "SERVICES AGREEMENT\n\nBETWEEN:\n\n"
		  "(1) KESTREL ANALYTICS LIMITED, whose registered office is at 1 High Street, "
		  "London; and\n\n(2) HARBOUR FOODS LIMITED, whose registered office is at 2 Low "
		  "Road, Leeds.\n\n"
		  "1. Kestrel Analytics shall provide the Services to Harbour Foods.\n"
		  "2. Harbour Foods shall pay the fees to Kestrel Analytics.\n"
		  "3. Kestrel Analytics shall deliver the Reports.\n",
		  { { "Kestrel Analytics", ROLE_VENDOR }, { "Harbour Foods", ROLE_CUSTOMER } } },
		{ "This Agreement is made between Kestrel Analytics, Inc. (registered number "
		  "01234567), a Delaware corporation, and Harbour Foods Limited.\n"
		  "1. Kestrel Analytics will host the platform for Harbour Foods.\n"
		  "2. Harbour Foods will pay Kestrel Analytics the fees.\n"
		  "3. Kestrel Analytics will provide support.\n",
		  { { "Kestrel Analytics", ROLE_VENDOR }, { "Harbour Foods", ROLE_CUSTOMER } } },
		/* Alike less their forms: that name is neither's. */
		{ "This Agreement is made between Kestrel Analytics Limited and Kestrel Analytics, "
		  "Inc.\n"
		  "1. Kestrel Analytics shall provide the Services.\n",
		  { { "Kestrel Analytics Limited", ROLE_UNKNOWN }, { "Kestrel Analytics", NO_PARTY } } },
		/* An individual in the block: no pair of companies. */
		{ "SERVICES AGREEMENT\n\nBETWEEN:\n\n(1) JANE MARGARET SMITH of 4 Elm Road, York; "
		  "and\n\n(2) HARBOUR FOODS LIMITED of 2 Low Road, Leeds.\n\n"
		  "1. Harbour Foods Limited shall pay the fees.\n",
		  { { "Jane Margaret Smith", NO_PARTY }, { "Harbour Foods Limited", NO_PARTY } } },
		{ "This Agreement is made between Kestrel Analytics Limited, a company incorporated "
		  "in England and Wales Water Limited's region.\n"
		  "1. Kestrel Analytics Limited shall provide the Services.\n",
		  { { "Kestrel Analytics Limited", NO_PARTY }, { "Wales Water Limited", NO_PARTY } } },
	};
	/*
	 * A name that keeps its stop ("Inc.", "Corp.", "L.L.C.") before a
	 * comma or "and" is used less its form too, and the full name keeps
	 * the stop; each used only by the short name, so the pair must be
	 * found for the roles to be right.
	 */
	static const char *const stopped[] = {
		"between Kestrel Analytics, Inc., a Delaware corporation, and Harbour Foods "
		"Limited, an English company",
		"between Kestrel Analytics, Inc. and Harbour Foods Limited",
		"between Kestrel Analytics Inc. and Harbour Foods Limited",
		"between Kestrel Analytics Corp., a Texas corporation, and Harbour Foods Limited",
		"between Kestrel Analytics Corp. and Harbour Foods Ltd. of Leeds",
		"between Kestrel Analytics L.L.C., a Texas limited liability company, and Harbour "
		"Foods Limited",
		"between Kestrel Analytics, Inc. (registered number 01234567), a Delaware "
		"corporation, and Harbour Foods Limited",
		"between Harbour Foods Limited, an English company, and Kestrel Analytics, Inc., a "
		"Delaware corporation",
	};
	static const char *const full[] = {
		"Kestrel Analytics, Inc.", "Kestrel Analytics, Inc.", "Kestrel Analytics Inc.",
		"Kestrel Analytics Corp.", "Kestrel Analytics Corp.", "Kestrel Analytics L.L.C.",
		"Kestrel Analytics, Inc.", "Kestrel Analytics, Inc.",
	};
	static const struct party_case alike[] = { { "Kestrel Analytics", NO_PARTY } };
	char text[768];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++)
		check_party_roles(docs[i].text, docs[i].cases, 2);
	for (i = 0; i < sizeof(stopped) / sizeof(stopped[0]); i++) {
		struct party_case cases[3] = {
			{ "Kestrel Analytics", ROLE_VENDOR },
			{ "Harbour Foods", ROLE_CUSTOMER },
			{ NULL, ROLE_VENDOR },
		};

		cases[2].alias = full[i];
		snprintf(text, sizeof(text),
			 "SERVICES AGREEMENT\n\nThis Agreement is made by and %s.\n\n"
			 "1. Kestrel Analytics shall provide the Services to Harbour Foods.\n"
			 "2. Harbour Foods shall pay the fees to Kestrel Analytics.\n"
			 "3. Kestrel Analytics shall deliver the Reports.\n", stopped[i]);
		check_party_roles(text, cases, 3);
	}
	/* Alike less their forms with the stop kept: that name is neither's. */
	check_party_roles("This Agreement is made between Kestrel Analytics, Inc., a Delaware "
			  "corporation, and Kestrel Analytics Ltd., an English company.\n"
			  "1. Kestrel Analytics shall provide the Services.\n", alike, 1);
}

/*
 * Every wording of "hereinafter" defines the party's name as the bare
 * "(hereinafter "X")" does: "referred to as", "called the", "to be
 * referred to as", "termed", "designated as"; a quoted term after a
 * thing, not a company, is still no party.
 */
static void test_hereinafter_wordings(void **state)
{
	static const char *const wordings[] = {
		"(hereinafter referred to as \"Bluefin\")", "(hereinafter called the \"Bluefin\")",
		"(hereinafter to be referred to as \"Bluefin\")",
		"(hereinafter shall be referred to as \"Bluefin\")",
		"(hereinafter termed \"Bluefin\")", "(hereinafter designated as \"Bluefin\")",
		", hereinafter being referred to as \"Bluefin\",",
	};
	static const struct party_case named[] = {
		{ "Bluefin", ROLE_VENDOR }, { "Customer", ROLE_CUSTOMER },
	};
	static const struct party_case thing[] = {
		{ "Platform", NO_PARTY }, { "Customer", ROLE_CUSTOMER },
	};
	char text[512];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(wordings) / sizeof(wordings[0]); i++) {
		snprintf(text, sizeof(text),
			 "This Agreement is made between Bluefin Systems Limited %s and Redwood "
			 "Bank plc (\"Customer\").\n"
			 "Bluefin shall provide the Services to the Customer.\n"
			 "The Customer shall pay Bluefin the fees.\n", wordings[i]);
		check_party_roles(text, named, sizeof(named) / sizeof(named[0]));
	}
	check_party_roles("This Agreement is made between Bluefin Systems Limited (\"Supplier\") and "
			  "Redwood Bank plc (\"Customer\").\n"
			  "1. The Supplier shall host the analytics software (hereinafter termed the "
			  "\"Platform\") for the Customer.\n",
			  thing, sizeof(thing) / sizeof(thing[0]));
}

/* The last party's alias names both after it: '("Licensee" and together with Licensor, the "Parties" ...)'. */
static void test_alias_naming_both_parties(void **state)
{
	static const struct party_case parties[] = {
		{ "Licensor", ROLE_VENDOR }, { "Licensee", ROLE_CUSTOMER },
	};

	(void)state;
	check_party_roles("This Agreement is entered into by Northwind Media Co., Ltd. (hereinafter "
			  "\"Licensor\") and Harbour Information Services Co., Ltd., a company organized "
			  "under the laws of Ireland (\"Licensee\" and together with Licensor, the "
			  "\"Parties\" and each a \"Party\").\n"
			  "Licensor grants Licensee a licence to the Content.\n"
			  "Licensee shall pay Licensor the fees.\n",
			  parties, sizeof(parties) / sizeof(parties[0]));
}

/*
 * Three parties: a maker, a reseller that sells its product on, and the
 * end customer.  Read from the customer's side, the reseller supplies too,
 * and the one who pays it is the customer, whatever the three are called;
 * a distributor that buys (two parties, or with a guarantor) stays as it was.
 */
static void test_reseller_between_maker_and_customer(void **state)
{
	static const struct {
		const char *text;
		const char *reseller, *buyer, *maker;
	} cases[] = {
		{ "SERVICES AGREEMENT\n\nParties\n"
		  "1. Vantor Systems Pty Ltd ACN 000 000 021 of Perth (\"Vantor\").\n"
		  "2. Coastline Solutions Pty Ltd ACN 000 000 022 of Hobart (\"Coastline\").\n"
		  "3. Marlow Freight Pty Ltd ACN 000 000 023 of Darwin (\"Marlow\").\n\n"
		  "Background\nA. Vantor operates a routing platform; Coastline is its authorised "
		  "reseller.\n\n"
		  "1. Terms\n"
		  "1.1 Vantor must host the Platform and must provide the Services.\n"
		  "1.2 Vantor shall maintain the Platform.\n"
		  "1.3 Marlow pays the Fees to Coastline only.\n"
		  "1.4 Coastline must give Marlow notice of each renewal.\n",
		  "Coastline", "Marlow", "Vantor" },
		{ "TRIPARTITE AGREEMENT\n\nThis Agreement is made between Quorra Labs Inc. "
		  "(\"Quorra\"), Halden Digital LLC (\"Halden\") and Pinecrest County Hospital "
		  "(\"Pinecrest\").\n\n"
		  "1. Quorra shall provide the Software and shall host the Platform.\n"
		  "2. Quorra hereby appoints Halden as its non-exclusive reseller.\n"
		  "3. Pinecrest shall pay Halden the Fees.\n"
		  "4. Halden shall support Pinecrest.\n",
		  "Halden", "Pinecrest", "Quorra" },
		{ "DEED\n\nParties\n"
		  "1. Tessel Vision Pty Ltd ACN 000 000 031 of Sydney (Supplier)\n"
		  "2. Ironwood Fleet Pty Ltd ACN 000 000 032 of Perth (Principal)\n"
		  "3. Karratha Installs Pty Ltd ACN 000 000 033 of Karratha (\"Installer\")\n\n"
		  "Background\nA. The Installer is an authorised, non-exclusive distributor of the "
		  "Product and will install it at the Principal's sites.\n\n"
		  "1.1 The Principal must pay all fees to the Installer.\n"
		  "1.2 The Principal must pay the invoices on time.\n",
		  "Installer", "Principal", "Supplier" },
		/* No reseller: the contract names the two suppliers together. */
		{ "SERVICES AGREEMENT\n\nParties\n"
		  "1. Orrin Speech Pty Ltd ACN 000 000 041 of Perth (\"Orrin\").\n"
		  "2. Tamsin Field Services Pty Ltd ACN 000 000 042 of Perth (\"Tamsin\").\n"
		  "3. Wexcombe Water Corporation ACN 000 000 043 of Perth (\"Wexcombe\").\n\n"
		  "1. Interpretation\n"
		  "1.1 \"Supplier Parties\" means Orrin and Tamsin.\n"
		  "1.2 Orrin must host the Platform and must maintain it.\n"
		  "1.3 Wexcombe must pay the Fees.\n"
		  "1.4 Tamsin must install the sensors.\n",
		  "Tamsin", "Wexcombe", "Orrin" },
		/* "hereby" between the verb and "appointed": the longer form is read whole. */
		{ "SERVICES AGREEMENT\n\nParties\n"
		  "1. Vantor Systems Pty Ltd ACN 000 000 021 of Perth (\"Vantor\").\n"
		  "2. Coastline Solutions Pty Ltd ACN 000 000 022 of Hobart (\"Coastline\").\n"
		  "3. Marlow Freight Pty Ltd ACN 000 000 023 of Darwin (\"Marlow\").\n\n"
		  "Background\nA. Vantor operates a routing platform; Coastline is hereby appointed "
		  "as an authorised reseller.\n\n"
		  "1. Terms\n"
		  "1.1 Vantor must host the Platform and must provide the Services.\n"
		  "1.2 Vantor shall maintain the Platform.\n"
		  "1.3 Marlow pays the Fees to Coastline only.\n"
		  "1.4 Coastline must give Marlow notice of each renewal.\n",
		  "Coastline", "Marlow", "Vantor" },
		{ "SERVICES AGREEMENT\n\nParties\n"
		  "1. Vantor Systems Pty Ltd ACN 000 000 021 of Perth (\"Vantor\").\n"
		  "2. Coastline Solutions Pty Ltd ACN 000 000 022 of Hobart (\"Coastline\").\n"
		  "3. Marlow Freight Pty Ltd ACN 000 000 023 of Darwin (\"Marlow\").\n\n"
		  "Background\nA. Vantor operates a routing platform. Coastline has been hereby "
		  "appointed as its non-exclusive reseller.\n\n"
		  "1. Terms\n"
		  "1.1 Vantor must host the Platform and must provide the Services.\n"
		  "1.2 Vantor shall maintain the Platform.\n"
		  "1.3 Marlow pays the Fees to Coastline only.\n"
		  "1.4 Coastline must give Marlow notice of each renewal.\n",
		  "Coastline", "Marlow", "Vantor" },
		/* The two suppliers named together with "each of" or "both". */
		{ "SERVICES AGREEMENT\n\nParties\n"
		  "1. Orrin Speech Pty Ltd ACN 000 000 041 of Perth (\"Orrin\").\n"
		  "2. Tamsin Field Services Pty Ltd ACN 000 000 042 of Perth (\"Tamsin\").\n"
		  "3. Wexcombe Water Corporation ACN 000 000 043 of Perth (\"Wexcombe\").\n\n"
		  "1. Interpretation\n"
		  "1.1 A reference to the Supplier Parties is a reference to each of Orrin and "
		  "Tamsin.\n"
		  "1.2 Orrin must host the Platform and must maintain it.\n"
		  "1.3 Wexcombe must pay the Fees.\n"
		  "1.4 Tamsin must install the sensors.\n",
		  "Tamsin", "Wexcombe", "Orrin" },
		{ "SERVICES AGREEMENT\n\nParties\n"
		  "1. Orrin Speech Pty Ltd ACN 000 000 041 of Perth (\"Orrin\").\n"
		  "2. Tamsin Field Services Pty Ltd ACN 000 000 042 of Perth (\"Tamsin\").\n"
		  "3. Wexcombe Water Corporation ACN 000 000 043 of Perth (\"Wexcombe\").\n\n"
		  "1. Interpretation\n"
		  "1.1 \"Supplier Parties\" means both Orrin and Tamsin.\n"
		  "1.2 Orrin must host the Platform and must maintain it.\n"
		  "1.3 Wexcombe must pay the Fees.\n"
		  "1.4 Tamsin must install the sensors.\n",
		  "Tamsin", "Wexcombe", "Orrin" },
		/* The reseller sells to the customer, whatever their nouns. */
		{ "TRIPARTITE LICENCE AGREEMENT\n\nThis Agreement is made between Orbis Software "
		  "Inc. (\"Supplier\"), Kellan Systems LLC (\"Kellan\") and Dunmore Health System "
		  "(\"Customer\").\n\n1. Kellan shall resell the Licensed Software to the Customer.\n"
		  "2. The Supplier shall host the Platform.\n", "Kellan", "Customer", "Supplier" },
	};
	static const char *const buying_distributors[] = {
		/* Two parties: the distributor buys from the supplier. */
		"DISTRIBUTION AGREEMENT\n\nThis Agreement is made between Arden Devices Ltd "
		"(\"Arden\") and Bellway Trading Ltd (\"Bellway\").\n\n"
		"1. Bellway is appointed as the exclusive distributor of the Products.\n"
		"2. Arden shall supply the Products and shall deliver them to Bellway.\n"
		"3. Bellway shall pay Arden the price.\n"
		"4. Bellway shall pay all invoices.\n",
		/* A supplier, its distributor and a guarantor that pays nobody. */
		"DEED\n\nParties\n"
		"1. Arden Devices Ltd of Leeds (\"Arden\")\n"
		"2. Bellway Trading Ltd of York (\"Bellway\")\n"
		"3. Corran Holdings Ltd of Hull (\"Corran\")\n\n"
		"1. Bellway is not a reseller of any other product.\n"
		"2. Arden shall supply the Products and shall deliver them to Bellway.\n"
		"3. Bellway shall pay Arden the price.\n"
		"4. Bellway shall pay all invoices.\n"
		"5. Corran guarantees the obligations of Bellway.\n",
		/* A guarantor that pays what the distributor does not: it buys nothing from it. */
		"DISTRIBUTION AGREEMENT\n\nThis Agreement is made between Arden Devices Inc. "
		"(\"Arden\"), Bellway Trading LLC (\"Bellway\") and Corran Holdings Inc. "
		"(\"Corran\").\n\n1. Bellway is appointed as the exclusive distributor of the "
		"Products.\n2. Bellway shall pay Arden the price.\n3. Corran shall pay any amount "
		"Bellway fails to pay.\n4. Arden shall deliver the Products.\n5. Arden shall supply "
		"the Products.\n",
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		load_doc(&doc, cases[i].text);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, cases[i].reseller));
		assert_non_null(party(&r, cases[i].buyer));
		assert_non_null(party(&r, cases[i].maker));
		assert_int_equal(party(&r, cases[i].reseller)->role, ROLE_VENDOR);
		assert_int_equal(party(&r, cases[i].buyer)->role, ROLE_CUSTOMER);
		assert_int_equal(party(&r, cases[i].maker)->role, ROLE_VENDOR);
		roles_release(&r);
		document_release(&doc);
	}
	for (i = 0; i < sizeof(buying_distributors) / sizeof(buying_distributors[0]); i++) {
		load_doc(&doc, buying_distributors[i]);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, "Bellway"));
		assert_int_not_equal(party(&r, "Bellway")->role, ROLE_VENDOR);
		assert_int_equal(party(&r, "Arden")->role, ROLE_VENDOR);
		roles_release(&r);
		document_release(&doc);
	}
	roles_finder_free(rf);
}

/*
 * A "between" clause without aliases read past what or where a party is
 * ("with offices in Austin, Texas,", "whose registered office is at ...")
 * and with a party that is no company: a person ("Dr Jane Roe", "Jane Roe,
 * an individual residing at ..."), a public body ("the Board of Education
 * of ...", "the Minister for Health acting through ...").  A meeting
 * between two people, or the difference between two sums, names none.
 */
/*
 * Two parties named by words that carry no role, "the Operator" beside
 * "the Trust", "the Principal" or "the Institution": an operator supplies
 * in one deal and buys in another, so what the body has each do decides,
 * where it all points one way.  An Australian deed's loose words ("must
 * procure that its subcontractors ...", "must pay the Trust a service
 * credit", "must operate the AI Service only in accordance with ...")
 * must not turn the roles round; where both sides supply and pay, no
 * role is given.
 */
static void test_roles_from_body_duties(void **state)
{
	static const struct party_case operator_supplies[] = {
		{ "Operator", ROLE_VENDOR }, { "Trust", ROLE_CUSTOMER },
	};
	static const struct party_case operator_buys[] = {
		{ "Operator", ROLE_CUSTOMER }, { "Institution", ROLE_VENDOR },
	};
	static const struct party_case principal_buys[] = {
		{ "Operator", ROLE_VENDOR }, { "Principal", ROLE_CUSTOMER },
	};
	static const struct party_case neither[] = {
		{ "Operator", ROLE_UNKNOWN }, { "Principal", ROLE_UNKNOWN },
	};
	static const struct party_case authority[] = {
		{ "Authority", ROLE_CUSTOMER }, { "Operator", ROLE_VENDOR },
	};
	static const struct party_case trust_supplies[] = {
		{ "Trust", ROLE_VENDOR }, { "Operator", ROLE_CUSTOMER },
	};
	static const struct party_case member_buys[] = {
		{ "Co-operative", ROLE_VENDOR }, { "Member", ROLE_CUSTOMER },
	};
	static const struct party_case councils[] = {
		{ "Host Council", ROLE_VENDOR }, { "Participating Council", ROLE_CUSTOMER },
	};

	(void)state;
	/* Main turned these round: the loose counts outnumbered the duties. */
	check_party_roles(
		"This deed is made between Harbourview Health Pty Ltd (\"the Operator\") and "
		"Coastal Regional Hospital Trust (\"the Trust\").\n\n"
		"1.1 The Operator must host the AI Service in Australia.\n"
		"1.2 The Trust must operate the AI Service only in accordance with the "
		"Documentation.\n"
		"1.3 The Trust must provide the Operator with Trust Data and must maintain the "
		"accuracy of Trust Data.\n"
		"1.4 The Trust will implement the workflow changes and support the Operator's "
		"personnel on site.\n"
		"1.5 The Operator must procure that its subcontractors comply with this deed.\n"
		"1.6 The Operator must pay the Trust a service credit for each Service Level "
		"failure.\n"
		"1.7 The Operator must reimburse the Trust for any costs of a Security Incident.\n"
		"2.1 The Trust must pay the Charges within 30 days.\n"
		"3.1 The Operator may process Trust Data only to provide the AI Service.\n"
		"3.2 The Trust may audit the Operator's records.\n",
		operator_supplies, sizeof(operator_supplies) / sizeof(operator_supplies[0]));
	/* The same words with the Trust named first, and a recital for the buyer. */
	check_party_roles(
		"THIS DEED is made between Coastal Regional Hospital Trust (\"the Trust\") and "
		"Harbourview Health Pty Ltd (\"the Operator\").\n\n"
		"A. The Trust wishes to procure an AI scheduling service.\n\n"
		"1. The Operator must procure that its subcontractors comply with the Trust's "
		"policies.\n"
		"2. The Trust must operate the AI Service in accordance with the Documentation "
		"and must maintain the accuracy of the Trust Data.\n"
		"3. The Operator must supply, host and maintain the AI Service in Australia.\n"
		"4. The Operator may process Trust Data only to provide the AI Service.\n",
		operator_supplies, sizeof(operator_supplies) / sizeof(operator_supplies[0]));
	/* The operator of a rail network buys a model from an institute. */
	check_party_roles(
		"This agreement is made between Northline Rail Operations Pty Ltd (\"the Operator\") "
		"and Westvale Institute of Technology (\"the Institution\").\n\n"
		"1. The Institution grants the Operator a non-exclusive, non-transferable licence "
		"to use the Platform for the Term.\n"
		"2. The Operator shall operate its rail network and shall procure that its staff "
		"use the Platform in accordance with the Documentation.\n"
		"3. The Operator shall pay the Fees within 30 days.\n"
		"4. The Operator shall maintain its own systems and shall provide the Institution "
		"with access to its premises.\n"
		"5. The Institution may process Operator Data only to provide the Services.\n",
		operator_buys, sizeof(operator_buys) / sizeof(operator_buys[0]));
	/* No recital: the Principal's records and the Fees make it the buyer. */
	check_party_roles(
		"This agreement is made between Quillstone Systems Pty Ltd (\"the Operator\") and "
		"Westmere Port Holdings Limited (\"the Principal\").\n\n"
		"1. The Operator must procure that its personnel comply with the Principal's site "
		"rules.\n"
		"2. The Principal must operate the System only as the Documentation describes.\n"
		"3. The Operator warrants that the System will be free of material defects.\n"
		"4. The Operator shall process the Principal's records only to provide the "
		"Services.\n"
		"5. The Principal shall pay the Operator the Fees in accordance with Schedule 2.\n",
		principal_buys, sizeof(principal_buys) / sizeof(principal_buys[0]));
	/*
	 * What the work modifies ("the System Requirements", "the Platform
	 * credentials") and a negated duty ("shall not host, supply or
	 * maintain") are no supply by the Trust.
	 */
	check_party_roles(
		"This deed is made between Harbourview Health Pty Ltd (\"the Operator\") and "
		"Coastal Regional Hospital Trust (\"the Trust\").\n\n"
		"1. The Trust shall provide the Operator with the System Requirements and shall "
		"maintain the Platform credentials issued to it.\n"
		"2. The Trust shall not host, supply or maintain the Platform.\n"
		"3. The Operator shall host the Platform.\n"
		"4. The Trust shall pay the Fees.\n"
		"5. The Operator may use Trust Data only to provide the Services.\n",
		operator_supplies, sizeof(operator_supplies) / sizeof(operator_supplies[0]));
	/* Duties as nouns: "is responsible for the provision of", "for payment of". */
	check_party_roles(
		"This deed is made between Coastal Regional Hospital Trust (\"the Trust\") and "
		"Harbourview Health Pty Ltd (\"the Operator\").\n\n"
		"1. The Operator is responsible for the provision of the AI Service and must "
		"procure that its subcontractors comply with this deed.\n"
		"2. The Trust is responsible for payment of the Charges and must operate the AI "
		"Service in accordance with the Documentation.\n"
		"3. The Operator must pay the Trust any service credits that accrue.\n"
		"4. The Operator may use the Trust's data only to provide the AI Service.\n",
		operator_supplies, sizeof(operator_supplies) / sizeof(operator_supplies[0]));
	/* Trap: both host or supply and both pay; neither is the vendor. */
	check_party_roles(
		"This agreement is made between Quillstone Systems Pty Ltd (\"the Operator\") and "
		"Westmere Port Holdings Limited (\"the Principal\").\n\n"
		"1. The Operator shall host the Platform for the Principal.\n"
		"2. The Principal shall provide the Services described in Schedule 2 to the "
		"Operator.\n"
		"3. The Principal shall pay the Fees set out in Schedule 3.\n"
		"4. The Operator shall pay the Fees set out in Schedule 4.\n"
		"5. The Operator warrants that the Platform will be available 99.5% of the time.\n",
		neither, sizeof(neither) / sizeof(neither[0]));
	/* A research trust supplies an operator of clinics, through the same loose words. */
	check_party_roles(
		"This deed is made between Southern Genomics Research Trust (\"the Trust\") and "
		"Harbourview Health Pty Ltd (\"the Operator\").\n\n"
		"1. The Trust shall develop and maintain the Model.\n"
		"2. The Operator shall operate its clinics and shall maintain the accuracy of the "
		"Operator's records.\n"
		"3. The Operator shall implement the Trust's recommendations and support the "
		"Trust's personnel.\n"
		"4. The Trust shall procure that its researchers comply with the Operator's "
		"policies.\n"
		"5. The Trust shall pay the Operator a service credit for each late report.\n"
		"6. The Operator shall pay the Fees set out in Schedule 2.\n"
		"7. The Trust may process the Operator's records only for the purpose of providing "
		"the Services.\n",
		trust_supplies, sizeof(trust_supplies) / sizeof(trust_supplies[0]));
	/* A co-operative hosts a platform for its member: "is responsible for hosting". */
	check_party_roles(
		"This deed is made between Farmlink Co-operative Limited (\"the Co-operative\") and "
		"Smith Orchards Pty Ltd (\"the Member\").\n\n"
		"1. The Co-operative is responsible for hosting the Platform.\n"
		"2. The Member shall operate the Platform and shall maintain the Member's "
		"equipment, and shall support the Co-operative's staff.\n"
		"3. The Co-operative shall procure that its contractors comply with this deed.\n"
		"4. The Co-operative shall reimburse the Member for any loss of produce caused by "
		"an outage.\n"
		"5. The Member will pay the subscription fees invoiced by the Co-operative each "
		"quarter.\n"
		"6. The Co-operative may use Member Data only to provide the Services.\n",
		member_buys, sizeof(member_buys) / sizeof(member_buys[0]));
	/* Two councils, one hosting a shared service for the other. */
	check_party_roles(
		"This deed is made between Riverbend Shire Council (\"the Host Council\") and "
		"Lakeside Shire Council (\"the Participating Council\").\n\n"
		"1. The Host Council must supply, host and maintain the AI Service.\n"
		"2. The Participating Council must operate the AI Service only as the "
		"Documentation describes.\n"
		"3. The Participating Council must pay the Charges.\n"
		"4. The Host Council may process Participating Council Data only to provide the "
		"AI Service.\n",
		councils, sizeof(councils) / sizeof(councils[0]));
	/* "the Authority" is a buyer's name; its operator supplies. */
	check_party_roles(
		"This deed is made between Metro Transport Authority (\"the Authority\") and "
		"Quillstone Systems Pty Ltd (\"the Operator\").\n\n"
		"1. The Operator must host and maintain the AI Service.\n"
		"2. The Authority must pay the Charges.\n"
		"3. The Operator must not use Authority Data to train any model.\n",
		authority, sizeof(authority) / sizeof(authority[0]));
}

static void test_between_asides_people_and_bodies(void **state)
{
	static const struct {
		const char *text;
		const char *vendor, *customer;
	} cases[] = {
		{ "SERVICES AGREEMENT\n\nThis Agreement is made between Corvid Analytics Corp., with "
		  "offices in Austin, Texas, and Yarrow Holdings Limited, a company incorporated in "
		  "England.\n\n1. Corvid Analytics shall provide the Services.\n2. Yarrow Holdings shall "
		  "pay the fees.\n3. Corvid Analytics shall host the Platform.\n4. Yarrow Holdings shall "
		  "pay all invoices.\n", "Corvid Analytics", "Yarrow Holdings" },
		{ "SERVICES AGREEMENT\n\nThis Agreement is made between Jane Roe, an individual residing "
		  "at 12 Elm Street, Oxford, and Corvid Analytics Limited.\n\n1. Corvid Analytics shall "
		  "provide the Services.\n2. Jane Roe shall pay the fees.\n3. Corvid Analytics shall host "
		  "the Platform.\n4. Jane Roe shall pay all invoices.\n", "Corvid Analytics", "Jane Roe" },
		{ "CONSULTING AGREEMENT\n\nThis Agreement is made between Dr Jane Roe, of 12 Elm Street, "
		  "Oxford, and Corvid Analytics Limited.\n\n1. Dr Jane Roe shall provide the Services.\n"
		  "2. Corvid Analytics shall pay the fees.\n3. Dr Jane Roe shall deliver the Reports.\n"
		  "4. Corvid Analytics shall pay all invoices.\n", "Dr Jane Roe", "Corvid Analytics" },
		{ "SERVICES AGREEMENT\n\nThis Agreement is made between the Board of Education of the "
		  "City of Westbrook, and Corvid Analytics, Inc., a Delaware corporation.\n\n1. Corvid "
		  "Analytics shall provide the Services.\n2. The Board shall pay the fees.\n3. Corvid "
		  "Analytics shall host the Platform.\n4. The Board shall pay all invoices.\n",
		  "Corvid Analytics", "Board" },
		{ "SERVICES AGREEMENT\n\nThis Agreement is made between the Minister for Health acting "
		  "through the Department of Health, and Corvid Analytics Pty Ltd.\n\n1. Corvid "
		  "Analytics shall provide the Services.\n2. The Minister shall pay the fees.\n3. Corvid "
		  "Analytics shall host the Platform.\n4. The Minister shall pay all invoices.\n",
		  "Corvid Analytics", "Minister" },
		{ "SERVICES AGREEMENT\n\nBETWEEN:\n\n(1) THE BOARD OF EDUCATION OF THE CITY OF "
		  "WESTBROOK, acting through its Superintendent; and\n\n(2) CORVID ANALYTICS LIMITED, "
		  "whose registered office is at 1 Kings Road, London.\n\n1. Corvid Analytics shall "
		  "provide the Services.\n2. The Board shall pay the fees.\n3. Corvid Analytics shall "
		  "host the Platform.\n4. The Board shall pay all invoices.\n",
		  "Corvid Analytics", "BOARD OF EDUCATION" },
		/* The stop of an abbreviation ends no sentence: the making is still read. */
		{ "CONSULTING AGREEMENT\n\nThis Agreement is made on 1 Jan. 2025 between Dr Jane Roe "
		  "and Mr John Smith.\n\n1. Dr Jane Roe shall provide the Services.\n2. Mr John Smith "
		  "shall pay the fees.\n", "Dr Jane Roe", "Mr John Smith" },
		{ "CONSULTING AGREEMENT\n\nThis Contract, dated 3 Sept. 2024 (Ref. No. 4512), is "
		  "between Dr Jane Roe and Mr John Smith.\n\n1. Dr Jane Roe shall provide the "
		  "Services.\n2. Mr John Smith shall pay the fees.\n", "Dr Jane Roe", "Mr John Smith" },
		/*
		 * A body is its name through "of" and "for": another board or
		 * secretary the text speaks of is not that party.
		 */
		{ "SERVICES AGREEMENT\n\nThis Agreement is made between Acme Analytics Inc., a Delaware "
		  "corporation, and the Board of Education of the City of Westbrook.\n\n1. Acme "
		  "Analytics shall provide the Services and shall host the Platform.\n2. Acme Analytics "
		  "shall deliver the Reports to the Board of Education.\n3. The Board of Education shall "
		  "pay the Fees.\n4. The Supplier Board shall provide oversight; the Board shall provide "
		  "a steering committee and shall provide reports.\n",
		  "Acme Analytics", "Board of Education" },
		{ "SERVICES AGREEMENT\n\nThis Agreement is made between Acme Analytics Inc., a Delaware "
		  "corporation, and the Secretary of State for Health.\n\n1. Acme Analytics shall "
		  "provide the Services and shall host the Platform.\n2. The Secretary of State shall pay "
		  "the Fees.\n3. Acme Analytics shall provide a report to the Company Secretary of the "
		  "Department. The Secretary shall provide instructions and shall provide reports.\n",
		  "Acme Analytics", "Secretary of State for Health" },
	};
	static const char *const none[] = {
		"NOTE\n\nA meeting between Mr Smith and Dr Jones will be held.\nMr Smith shall provide "
		"the report.\n",
		/* A sentence's stop still ends the making read before "between". */
		"NOTE\n\nThe Agreement was signed on 1 Jan. 2025 by both parties. A meeting between "
		"Mr Smith and Dr Jones will be held.\nMr Smith shall provide the report.\n",
		"PRICING SCHEDULE\n\nThe margin is the difference between Gross Revenue, as reported, "
		"and Net Revenue.\nThe Supplier shall report it.\n",
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		textdoc_lines(&doc, "c.txt", cases[i].text);
		roles_find(rf, &doc, &r);
		assert_non_null(party(&r, cases[i].vendor));
		assert_non_null(party(&r, cases[i].customer));
		assert_int_equal(party(&r, cases[i].vendor)->role, ROLE_VENDOR);
		assert_int_equal(party(&r, cases[i].customer)->role, ROLE_CUSTOMER);
		roles_release(&r);
		document_release(&doc);
	}
	for (i = 0; i < sizeof(none) / sizeof(none[0]); i++) {
		textdoc_lines(&doc, "c.txt", none[i]);
		roles_find(rf, &doc, &r);
		assert_null(party(&r, "Mr Smith"));
		assert_null(party(&r, "Gross Revenue"));
		roles_release(&r);
		document_release(&doc);
	}
	roles_finder_free(rf);
}

/*
 * Where each party is from, as its description in the preamble says:
 * the state or country it is incorporated in and the place of its office,
 * so a reader can tell whether the governing law is one party's home law.
 * A number ("Act 94 of 1990") or a registration number after the country
 * is no place, and a party described by neither has none.
 */
static void test_party_places(void **state)
{
	static const struct {
		const char *text, *alias, *incorporated, *office;   /* NULL: none */
	} cases[] = {
		{ "This Agreement is made by and between Linden Publishing, Inc., a New York "
		  "corporation (\"Publisher\"), and Quill Systems, LLC, a Delaware limited liability "
		  "company having its principal place of business at 100 Main Street, Austin, Texas "
		  "(\"Developer\").\n", "Publisher", "New York", NULL },
		{ "This Agreement is made by and between Linden Publishing, Inc., a New York "
		  "corporation (\"Publisher\"), and Quill Systems, LLC, a Delaware limited liability "
		  "company having its principal place of business at 100 Main Street, Austin, Texas "
		  "(\"Developer\").\n", "Developer", "Delaware", "100 Main Street, Austin, Texas" },
		{ "THIS AGREEMENT is dated 1 May 2025\n\nBETWEEN:\n\n(1) ALPHA DATA LIMITED, a company "
		  "incorporated in England and Wales (company number 01234567) whose registered office "
		  "is at 20 Fetter Lane, London (\"Alpha\"); and\n\n(2) BETA LABS, INC., a Delaware "
		  "corporation whose principal office is at 400 Binney Street, Cambridge, Massachusetts "
		  "(\"Beta\").\n", "Alpha", "England and Wales", "20 Fetter Lane, London" },
		{ "THIS AGREEMENT is dated 1 May 2025\n\nBETWEEN:\n\n(1) ALPHA DATA LIMITED, a company "
		  "incorporated in England and Wales (company number 01234567) whose registered office "
		  "is at 20 Fetter Lane, London (\"Alpha\"); and\n\n(2) BETA LABS, INC., a Delaware "
		  "corporation whose principal office is at 400 Binney Street, Cambridge, Massachusetts "
		  "(\"Beta\").\n", "Beta", "Delaware", "400 Binney Street, Cambridge, Massachusetts" },
		{ "SERVICES AGREEMENT\n\nParties\n1. Echo Analytics Pty Ltd ABN 51 624 118 903 of "
		  "Melbourne VIC (\"Echo\").\n2. Harbour Care Pty Ltd ABN 33 119 870 226 of Sydney NSW "
		  "(\"Harbour\").\n", "Harbour", NULL, "Sydney NSW" },
		{ "Shiro Heavy Works Co., Ltd., having its head office in Nagoya, Aichi (hereinafter "
		  "the \"Orderer\"), and Koto Analytics Inc., a company incorporated in Japan No. 4411, "
		  "with offices in Minato-ku, Tokyo (hereinafter the \"Contractor\"), agree as "
		  "follows.\n", "Orderer", NULL, "Nagoya, Aichi" },
		{ "Shiro Heavy Works Co., Ltd., having its head office in Nagoya, Aichi (hereinafter "
		  "the \"Orderer\"), and Koto Analytics Inc., a company incorporated in Japan No. 4411, "
		  "with offices in Minato-ku, Tokyo (hereinafter the \"Contractor\"), agree as "
		  "follows.\n", "Contractor", "Japan", "Minato-ku, Tokyo" },
		/* Names without aliases: each description follows its name, not the one before. */
		{ "SERVICES AGREEMENT\n\nThis Agreement is made between Jane Roe, an individual "
		  "residing at 12 Elm Street, Oxford, and Corvid Analytics Limited, a company "
		  "incorporated in England.\n\n1. Corvid Analytics shall provide the Services.\n2. Jane "
		  "Roe shall pay the fees.\n3. Corvid Analytics shall host the Platform.\n4. Jane Roe "
		  "shall pay all invoices.\n", "Jane Roe", NULL, "12 Elm Street, Oxford" },
		{ "SERVICES AGREEMENT\n\nThis Agreement is made between Jane Roe, an individual "
		  "residing at 12 Elm Street, Oxford, and Corvid Analytics Limited, a company "
		  "incorporated in England.\n\n1. Corvid Analytics shall provide the Services.\n2. Jane "
		  "Roe shall pay the fees.\n3. Corvid Analytics shall host the Platform.\n4. Jane Roe "
		  "shall pay all invoices.\n", "Corvid Analytics Limited", "England", NULL },
		{ "MASTER AGREEMENT\n\nentered into between\n\nKESTREL RISK (PTY) LTD, a private "
		  "company (\"Kestrel\")\n\nand\n\nUMHLANGA MUTUAL BANK LIMITED, a registered bank in "
		  "terms of the Banks Act 94 of 1990 (\"the Bank\")\n", "Bank", NULL, NULL },
	};
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct party *p;

		load_doc(&doc, cases[i].text);
		roles_find(rf, &doc, &r);
		p = party(&r, cases[i].alias);
		assert_non_null(p);
		if (cases[i].incorporated)
			assert_string_equal(p->incorporated, cases[i].incorporated);
		else
			assert_null(p->incorporated);
		if (cases[i].office)
			assert_string_equal(p->office, cases[i].office);
		else
			assert_null(p->office);
		roles_release(&r);
		document_release(&doc);
	}
	roles_finder_free(rf);
}

/* ---- roles99: parties and places in drafting the tool had not seen ---- */

struct place_case {
	const char *text, *alias, *incorporated, *office;   /* NULL: none */
};

/* Reads each case's text and checks its party's places. */
static void check_places(const struct place_case *cases, size_t n)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i;

	for (i = 0; i < n; i++) {
		const struct party *p;

		load_doc(&doc, cases[i].text);
		roles_find(rf, &doc, &r);
		p = party(&r, cases[i].alias);
		if (!p)
			fail_msg("case %zu: no party %s", i, cases[i].alias);
		if (!cases[i].incorporated != !p->incorporated ||
		    (p->incorporated && strcmp(p->incorporated, cases[i].incorporated)))
			fail_msg("case %zu: incorporated %s", i, p->incorporated ? p->incorporated : "-");
		if (!cases[i].office != !p->office || (p->office && strcmp(p->office, cases[i].office)))
			fail_msg("case %zu: office %s", i, p->office ? p->office : "-");
		roles_release(&r);
		document_release(&doc);
	}
	roles_finder_free(rf);
}

/*
 * An order form's parties lines give the office after "of" and the
 * registration number in its parenthesis: 'Customer: Tallow Wines Pty Ltd
 * (ABN 58 611 204 937) of 14 Kangarilla Road, McLaren Vale SA 5171
 * ("Customer")'.  A parenthesis that is no number gives none.
 */
static void test_roles122_office_after_a_number_in_parentheses(void **state)
{
	static const struct place_case cases[] = {
		{ "MASTER SERVICES AGREEMENT\nCustomer: Tallow Wines Pty Ltd (ABN 58 611 204 937) of "
		  "14 Kangarilla Road, McLaren Vale SA 5171 (\"Customer\")\nSupplier: Canopy Analytics "
		  "Pty Ltd (ABN 22 640 118 305) of Level 4, 11 Queens Bridge Street, Southbank VIC 3006 "
		  "(\"Canopy\", \"we\", \"us\")\n1. Canopy shall provide the Services to the Customer.\n",
		  "Customer", NULL, "14 Kangarilla Road, McLaren Vale SA 5171" },
		{ "MASTER SERVICES AGREEMENT\nCustomer: Tallow Wines Pty Ltd (ABN 58 611 204 937) of "
		  "14 Kangarilla Road, McLaren Vale SA 5171 (\"Customer\")\nSupplier: Canopy Analytics "
		  "Pty Ltd (ABN 22 640 118 305) of Level 4, 11 Queens Bridge Street, Southbank VIC 3006 "
		  "(\"Canopy\", \"we\", \"us\")\n1. Canopy shall provide the Services to the Customer.\n",
		  "Canopy", NULL, "Level 4, 11 Queens Bridge Street, Southbank VIC 3006" },
		{ "MASTER SERVICES AGREEMENT\nCustomer: Tallow Wines Pty Ltd (trading as Tallow) of "
		  "the Barossa region (\"Customer\")\nSupplier: Canopy Analytics Pty Ltd (\"Canopy\")\n"
		  "1. Canopy shall provide the Services to the Customer.\n", "Customer", NULL, NULL },
	};

	(void)state;
	check_places(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Continental parties blocks give the name and its city on one line and
 * the alias alone on the next ("- hereinafter the "Principal" -", '(the
 * "Developer")'): the city after the company form is the office.  A
 * "head office in the City of ..., State of ..." names its city after
 * "the".
 */
static void test_roles99_place_on_the_name_line(void **state)
{
	static const struct place_case cases[] = {
		{ "LICENCE AGREEMENT\nbetween\nAlpha Pharma AG, Basel, Switzerland\n(the \"Principal\")\n"
		  "and\nBeta Vision GmbH, Munich, Germany\n(the \"Developer\")\n",
		  "Principal", NULL, "Basel, Switzerland" },
		{ "LICENCE AGREEMENT\nbetween\nAlpha Pharma AG, Basel, Switzerland\n(the \"Principal\")\n"
		  "and\nBeta Vision GmbH, Munich, Germany\n(the \"Developer\")\n",
		  "Developer", NULL, "Munich, Germany" },
		{ "SOFTWARE LICENCE AGREEMENT\nbetween\nNordklinik GmbH, Hamburg\n- hereinafter the "
		  "\"Principal\" -\nand\nVoxel Systems GmbH, Munich\n- hereinafter the \"Contractor\" -\n",
		  "Contractor", NULL, "Munich" },
		{ "ORDER FORM\nProvider: Kiwi Talent Technologies Limited (NZBN 9429048811200), "
		  "Wellington (\"Provider\", \"we\", \"us\")\nCustomer: Lakes Care Group Limited, "
		  "Queenstown (\"Customer\", \"you\")\n", "Provider", NULL, "Wellington" },
		{ "AGREEMENT\nthe PARTIES below:\nAGRO TECNOLOGIA LTDA., a limited liability company "
		  "with head office in the City of Campinas, State of Sao Paulo (the \"LICENSOR\"); and\n",
		  "LICENSOR", NULL, "City of Campinas, State of Sao Paulo" },
		{ "ORDER FORM\nProvider: Kiwi Talent Technologies Limited (NZBN 9429048811200), "
		  "Wellington (\"Provider\", \"we\", \"us\")\nCustomer: Lakes Care Group Limited, "
		  "Queenstown (\"Customer\", \"you\")\n", "Customer", NULL, "Queenstown" },
		/* A number after the name is none. */
		{ "This Agreement is made between Alpha Data Ltd, Registration No. 0456 (\"Alpha\") and "
		  "Beta Labs Ltd (\"Beta\").\n", "Alpha", NULL, NULL },
		/* Two names listed with no place between them: the second is no place. */
		{ "This Agreement is made between Alpha Holdings Ltd, Beta Services Ltd (\"Beta\") and "
		  "Gamma Data Ltd (\"Gamma\").\n", "Beta", NULL, NULL },
	};

	(void)state;
	check_places(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A cooperative, a building society, a foundation or an association is a
 * party as a company is, where its description says it is one ("a
 * cooperative society with head office in ..."); not a member of one, nor
 * what one owns.
 */
static void test_roles99_cooperative_is_a_party(void **state)
{
	static const char *const preamble =
		"SOFTWARE LICENCE AGREEMENT\n"
		"By this private instrument, the PARTIES below:\n"
		"AGRO TECNOLOGIA LTDA., a limited liability company with head office in the City of "
		"Campinas, State of Sao Paulo (the \"LICENSOR\"); and\n"
		"COOPERATIVA AGROINDUSTRIAL DO VALE, %s with head office in the City of Rio Verde, "
		"State of Goias (the \"COOPERATIVE\");\n"
		"resolve to enter into this Agreement.\n"
		"1.1 The LICENSOR shall provide the Platform and host the Yield Engine.\n"
		"1.2 The COOPERATIVE shall pay the Fees to the LICENSOR.\n"
		"1.3 The LICENSOR shall maintain the Platform.\n";
	static const struct party_case parties[] = {
		{ "LICENSOR", ROLE_VENDOR }, { "COOPERATIVE", ROLE_CUSTOMER },
	};
	static const struct party_case licensor_only[] = {
		{ "LICENSOR", ROLE_VENDOR }, { "COOPERATIVE", NO_PARTY },
	};
	static const char *const kinds[] = {
		"a cooperative society", "a co-operative society registered under the Act",
		"a building society", "an agricultural cooperative",
	};
	static const char *const no_kinds[] = {
		"a member of the cooperative society", "a cooperative's grower",
	};
	char text[1024];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		snprintf(text, sizeof(text), preamble, kinds[i]);
		check_party_roles(text, parties, 2);
	}
	for (i = 0; i < sizeof(no_kinds) / sizeof(no_kinds[0]); i++) {
		snprintf(text, sizeof(text), preamble, no_kinds[i]);
		check_party_roles(text, licensor_only, 2);
	}
}

/*
 * More of the words drafters give a party's office and state in: "whose
 * principal place of business is 10 ...", "with a place of business
 * located at", "having an address of", "with its executive offices
 * located at", "having its registered and records office at", "ABN ...
 * of 20 Collins Street", "incorporated in the state of California", "a
 * Dubai free zone company", "a French société anonyme".  A description
 * is its own party's: one before another alias ('... Austin, TX 78746
 * ("APOLLO"), and (2) ...') is not the next party's, whether or not its
 * own name was read.  A year after "Act ... of" is no place.
 */
/*
 * The street and city after the company's form or kind and a comma, with
 * no office word and no postcode: "Inc., a Delaware corporation, 500
 * Bryant Street, San Francisco, CA", "SAS, 12 rue de la Paix, Paris,
 * France".  A number after the kind that opens no street ("a Delaware
 * corporation, 2024 (the") is no office.
 */
static void test_street_after_the_kind(void **state)
{
	static const struct place_case cases[] = {
		{ "Provider: Quarry Risk, Inc., a Delaware corporation, 500 Bryant Street, San "
		  "Francisco, CA (\"Quarry\", \"we\")\nCustomer: Ferro Payments, Inc., a Delaware "
		  "corporation, 222 W. Adams Street, Chicago, IL (\"Customer\", \"you\")\n",
		  "Quarry", "Delaware", "500 Bryant Street, San Francisco, CA" },
		{ "This Agreement is made between Lumiere SAS, 12 rue de la Paix, Paris, France (the "
		  "\"Customer\"), and Modelwerk B.V., a Dutch company (the \"Supplier\").\n",
		  "Customer", NULL, "12 rue de la Paix, Paris, France" },
		{ "This Agreement is made between Alder Ltd, a company, 2024 (the \"Supplier\") and "
		  "Beta Ltd (the \"Customer\").\n", "Supplier", NULL, NULL },
	};

	(void)state;
	check_places(cases, sizeof(cases) / sizeof(cases[0]));
}

static void test_roles99_office_words(void **state)
{
	static const struct place_case cases[] = {
		{ "This Agreement is made between: PRIMA PHARMACEUTICALS, INC. a company incorporated "
		  "in the state of California whose principal place of business is 10 Science Drive, "
		  "San Diego, California 92121 USA (\"Prima\"); and SECUNDA THERAPEUTICS, INC., a "
		  "company incorporated in the state of Delaware whose principal place of business is "
		  "15 Route 206 South, Bedminster, New Jersey 07921 (\"Secunda\").\n",
		  "Prima", "California", "10 Science Drive, San Diego, California 92121 USA" },
		{ "This Agreement is entered into by and between Lion Bio, Inc., with a place of "
		  "business located at 999 Skyway Road, Suite 150, San Carlos, CA 94070 (\"Lion\"), "
		  "and Beta Center, with a place of business located at 15 Holcombe Blvd., Houston, TX "
		  "77030 (\"Beta\").\n", "Lion", NULL, "999 Skyway Road, Suite 150, San Carlos, CA 94070" },
		{ "This Agreement is made by and between Liquid Tech, Inc., a Delaware corporation, and "
		  "Eutec, LLC, a Delaware limited liability company having an address of 323 Main "
		  "Street, Chatham, New Jersey 07928 (\"Eutec\").\n",
		  "Eutec", "Delaware", "323 Main Street, Chatham, New Jersey 07928" },
		{ "This Agreement is entered into by and between ACCU INCORPORATED, a Delaware "
		  "corporation with its executive offices located at 1310 Chesapeake Terrace, Sunnyvale, "
		  "California 94089, USA (\"Accu\"), and Beta AG (\"Beta\").\n",
		  "Accu", "Delaware", "1310 Chesapeake Terrace, Sunnyvale, California 94089, USA" },
		{ "THIS AGREEMENT made effective the 10 day of January 2019, BETWEEN: EMERALD NATURALS, "
		  "INC., a company having its registered and records office at 7860 Venture Street, "
		  "Burnaby, BC V5A 1V3 (\"Emerald\") AND: ROE CONSULTING INC. (the \"Contractor\")\n",
		  "Emerald", NULL, "7860 Venture Street, Burnaby, BC V5A 1V3" },
		{ "SERVICES AGREEMENT\n\nParties\nHarbour Water Corporation ABN 44 123 456 789 of 1 "
		  "Quay Street, Sydney NSW 2000 (Customer)\nKestrel Data Pty Ltd ABN 77 612 334 871 of "
		  "20 Collins Street, Melbourne VIC 3000 (Supplier)\n",
		  "Supplier", NULL, "20 Collins Street, Melbourne VIC 3000" },
		{ "ORDER FORM No. 4\nBETWEEN:\n(1) SADAF BANK LIMITED, registered in the Dubai "
		  "International Financial Centre with number 4471 (the \"Institution\"); and\n(2) "
		  "QASR SYSTEMS FZ-LLC, a Dubai free zone company (the \"Supplier\").\n",
		  "Supplier", "Dubai", NULL },
		{ "This Agreement is made between Lumiere SA, a French societe anonyme with its "
		  "registered office at 15 rue de Rivoli, 75001 Paris, France (the \"Customer\"), and "
		  "Modelwerk B.V. (the \"Supplier\").\n",
		  "Customer", "French", "15 rue de Rivoli, 75001 Paris, France" },
		/* The description before another alias is that party's, named or not. */
		{ "This Agreement is entered into by and between (1) Apollo Endo, Delaware corporation "
		  "having offices at 1120 S Capital of Texas Highway #300, Austin, TX 78746 "
		  "(\"APOLLO\"), and (2) Estab Labs, S.A a corporation organized under the laws of "
		  "Costa Rica and having a principal place of business at Coyol Free Zone, B15, "
		  "Alajuela, 20113, Costa Rica (\"ESTAB\").\n",
		  "ESTAB", "Costa Rica", "Coyol Free Zone, B15, Alajuela, 20113, Costa Rica" },
		/* A description after an alias is that alias's party's, not the next one's. */
		{ "THIS AGREEMENT is made by and among Aizu Semi Limited (\"AFSL\"), a kabushiki "
		  "kaisha incorporated in Japan, with an address at No.4 Kogyo Danchi, Aizu, Japan, "
		  "Fuji Semi Limited (\"FSL\"), a kabushiki kaisha incorporated in Japan, and Trans, "
		  "Inc., a Texas corporation with an address at 75 Castilian Drive, Goleta, California "
		  "93117 (\"TPH\").\n", "FSL", "Japan", NULL },
		{ "THIS AGREEMENT is made by and among Aizu Semi Limited (\"AFSL\"), a kabushiki "
		  "kaisha incorporated in Japan, with an address at No.4 Kogyo Danchi, Aizu, Japan, "
		  "Fuji Semi Limited (\"FSL\"), a kabushiki kaisha incorporated in Japan, and Trans, "
		  "Inc., a Texas corporation with an address at 75 Castilian Drive, Goleta, California "
		  "93117 (\"TPH\").\n", "AFSL", "Japan", "No.4 Kogyo Danchi, Aizu, Japan" },
		{ "This Agreement is by and between Phase Pharma Inc. (\"PB\"), and SFJ Pharma X, Ltd. "
		  "(\"SFJ\"), an SFJ Pharma Group company and corporation organized and existing under "
		  "the laws of the Cayman Islands.\n", "SFJ", "Cayman Islands", NULL },
		{ "THIS AGREEMENT is made by and among Aizu Semi Limited (\"AFSL\"), a kabushiki "
		  "kaisha incorporated in Japan, with an address at No.4 Kogyo Danchi, Aizu, Japan, "
		  "Fuji Semi Limited (\"FSL\"), a kabushiki kaisha incorporated in Japan, and Trans, "
		  "Inc., a Texas corporation with an address at 75 Castilian Drive, Goleta, California "
		  "93117 (\"TPH\").\n", "TPH", "Texas", "75 Castilian Drive, Goleta, California 93117" },
		{ "THIS AGREEMENT is made BETWEEN: PROMED INC., a company incorporated under the laws of "
		  "the province of Ontario and having its registered address at 2400 Skymark, Unit 6, "
		  "Mississauga, Ontario L4W 5K5, Canada (hereinafter referred to as \"Customer\") - and "
		  "- Philo B.V. (\"Philo\")\n",
		  "Customer", "Ontario", "2400 Skymark, Unit 6, Mississauga, Ontario L4W 5K5, Canada" },
		/* A verb ends the place: "..., Japan has agreed". */
		{ "AGREEMENT made BETWEEN: (1) AIZU WAFER LIMITED, a kabushiki kaisha with an address at "
		  "No.3 Kogyo Danchi, Aizu, Japan has agreed to act as the foundry (the \"Foundry\"); "
		  "and (2) BETA LTD (\"Beta\").\n", "Foundry", NULL, "No.3 Kogyo Danchi, Aizu, Japan" },
		/* A page's number is no registration number. */
		{ "EXHIBIT 99.2 Page 1 of 3 DISTRIBUTOR AGREEMENT Agreement made this 19th day of March, "
		  "2020 Between: Co-Diag, Inc. (herein referred to as \"Principal\") And PreCheck "
		  "Services, Inc. (herein referred to as \"Distributor\").\n", "Principal", NULL, NULL },
		/* A description after the alias, to the next name or the sentence's end. */
		{ "This Agreement is made by and among (a) Skype Comms, S.A. (\"Skype\"), a limited "
		  "company (societe anonyme) incorporated in Luxembourg, with its principal place of "
		  "business at 6 rue Adolphe Fischer, L-1520 Luxembourg; (b) TOM Online Inc. "
		  "(\"Tom\"), a company incorporated in the Cayman Islands.\n",
		  "Skype", "Luxembourg", "6 rue Adolphe Fischer, L-1520 Luxembourg" },
		{ "This Agreement is made and entered into as of August 21, 2018 by and between Pfizer "
		  "Inc. (\"Pfizer\"), a Delaware corporation, with a principal place of business at 235 "
		  "East 42nd Street, New York, New York 10017 and Exact Sciences Corporation "
		  "(\"Exact\"), a Delaware corporation with a principal place of business at 441 "
		  "Charmany Drive, Madison, Wisconsin 53719. Pfizer and Exact may each be referred to as "
		  "a \"Party\".\n", "Exact", "Delaware", "441 Charmany Drive, Madison, Wisconsin 53719" },
		{ "This Agreement is made and entered into as of August 21, 2018 by and between Pfizer "
		  "Inc. (\"Pfizer\"), a Delaware corporation, with a principal place of business at 235 "
		  "East 42nd Street, New York, New York 10017 and Exact Sciences Corporation "
		  "(\"Exact\"), a Delaware corporation with a principal place of business at 441 "
		  "Charmany Drive, Madison, Wisconsin 53719. Pfizer and Exact may each be referred to as "
		  "a \"Party\".\n", "Pfizer", "Delaware", "235 East 42nd Street, New York, New York 10017" },
		{ "This Agreement is made between NORTHSHIRE COUNTY COUNCIL, a local authority, of "
		  "County Hall, Northtown (the \"Council\") and Kestrel Data Ltd (the \"Provider\").\n",
		  "Council", NULL, "County Hall, Northtown" },
		{ "This Agreement is made between the PORT AUTHORITY OF NEW YORK AND NEW JERSEY, a body "
		  "corporate and politic (the \"Port Authority\") and Kestrel Data Ltd (the "
		  "\"Provider\").\n", "Port Authority", NULL, NULL },
		{ "This Agreement is made by and between Brava Solutions, Inc., a corporation organized "
		  "under the laws of the State of Colorado, (\"Brava\"), with an address at 2028 E. Ben "
		  "White Blvd., Austin, Texas, 78741, and Sibann, Inc. (\"COMPANY\"), a corporation "
		  "organized under the laws of Nevada, with an address at 2122 E Highland Avenue, "
		  "Phoenix, Arizona 85016.   Whereas, Brava develops software.\n",
		  "COMPANY", "Nevada", "2122 E Highland Avenue, Phoenix, Arizona 85016" },
		{ "This agreement is made by and between PC QUOTE, INC. (hereinafter referred to as "
		  "\"PCQ\"), a Delaware Corporation with its principal place of business at 300 South "
		  "Wacker Drive, Chicago, Illinois 60605 and AB Wately, Inc. (hereinafter referred to as "
		  "\"ABW\") with its principal place of business at 33 West 17th Street, New York, NY "
		  "10011. This agreement shall apply to ABW.\n",
		  "ABW", NULL, "33 West 17th Street, New York, NY 10011" },
		{ "This Agreement is made between Forty SC Company LLC, a Delaware limited liability "
		  "company (\"Forty SC\") having its principal place of business at 4949 Centennial "
		  "Boulevard, Santa Clara, CA 95054, and Violin Memory, Inc., a Delaware corporation "
		  "(\"Sponsor\") having its principal place of business at 685 Clyde Avenue, Mountain "
		  "View, CA 94043.\n", "Sponsor", "Delaware", "685 Clyde Avenue, Mountain View, CA 94043" },
		/* Names listed after a description of the one before: each reads its own. */
		{ "This Agreement is entered into by Quaker Chem Corporation (\"Buyer\"), a Pennsylvania "
		  "corporation, Gulf Lubricants Ltd., a company incorporated in the Cayman Islands "
		  "(\"Gulf\"), and GOCL Corporation Limited (\"GOCL\").\n",
		  "Gulf", "Cayman Islands", NULL },
		{ "AGREEMENT BETWEEN Blackwell Science Limited a company registered in England "
		  "(\"Blackwell\"), whose registered office is Osney Mead, Oxford OX2 OEL, England, and "
		  "Munks A/S, a company registered in Denmark (\"Munks\"), having an address at 35 "
		  "Norre Sogade, Copenhagen DK-1016, Denmark (together \"the Publishers\").\n",
		  "Munks", "Denmark", "35 Norre Sogade, Copenhagen DK-1016, Denmark" },
		{ "AGREEMENT BETWEEN Blackwell Science Limited a company registered in England "
		  "(\"Blackwell\"), whose registered office is Osney Mead, Oxford OX2 OEL, England, and "
		  "Munks A/S, a company registered in Denmark (\"Munks\"), having an address at 35 "
		  "Norre Sogade, Copenhagen DK-1016, Denmark (together \"the Publishers\").\n",
		  "Blackwell", "England", "Osney Mead, Oxford OX2 OEL, England" },
		/* A year after "of" is no place, nor is an Act. */
		{ "MASTER AGREEMENT\n\nentered into between\n\nKESTREL RISK (PTY) LTD, a private "
		  "company incorporated under the Companies Act 71 of 2008 (\"Kestrel\")\n\nand\n\n"
		  "UMHLANGA BANK LIMITED, a public company (\"the Bank\")\n", "Kestrel", NULL, NULL },
	};

	(void)state;
	check_places(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * "The Authority" and "the Council" are buyers' nouns, but a public body
 * may supply: where the plain duties all say it hosts, maintains and is
 * paid, it is the vendor.  Where they disagree, or where the noun names
 * the buyer's role itself ("the Customer"), the noun stands.
 */
static void test_roles99_public_body_that_supplies(void **state)
{
	static const struct party_case authority_supplies[] = {
		{ "Authority", ROLE_VENDOR }, { "Kestrel", ROLE_CUSTOMER },
	};
	static const struct party_case council_supplies[] = {
		{ "Council", ROLE_VENDOR }, { "Eastfield", ROLE_CUSTOMER },
	};
	static const struct party_case authority_buys[] = {
		{ "Authority", ROLE_CUSTOMER }, { "Kestrel", ROLE_VENDOR },
	};
	static const struct party_case customer_stays[] = {
		{ "Customer", ROLE_CUSTOMER },
	};

	(void)state;
	check_loaded_roles("PLATFORM SERVICES AGREEMENT\n\nThis Agreement is made between the NATIONAL "
			   "HEALTH DATA AUTHORITY, a statutory body established under the Health Data "
			   "Act 2015 (the \"Authority\") and KESTREL ANALYTICS LIMITED, a company "
			   "incorporated in England and Wales (\"Kestrel\").\n"
			   "1. The Authority shall provide Kestrel with access to the Secure Research "
			   "Platform and host the AI Service.\n"
			   "2. Kestrel shall pay the Charges to the Authority.\n"
			   "3. The Authority shall maintain the Platform and provide support.\n"
			   "4. The Authority is responsible for hosting the Models.\n",
			   authority_supplies, 2);
	check_loaded_roles("SHARED SERVICE AGREEMENT\n\nThis Agreement is made between WESTBROOK CITY "
			   "COUNCIL (the \"Council\") and EASTFIELD DISTRICT COUNCIL (\"Eastfield\").\n"
			   "1. The Council shall provide Eastfield with the AI Triage Service and host "
			   "the Platform.\n"
			   "2. Eastfield shall pay the Charges to the Council.\n"
			   "3. The Council shall maintain the Platform and provide support.\n",
			   council_supplies, 2);
	/* The body that is served and pays stays the buyer. */
	check_loaded_roles("PLATFORM SERVICES AGREEMENT\n\nThis Agreement is made between the NATIONAL "
			   "HEALTH DATA AUTHORITY, a statutory body (the \"Authority\") and KESTREL "
			   "ANALYTICS LIMITED, a company incorporated in England and Wales "
			   "(\"Kestrel\").\n"
			   "1. Kestrel shall provide the Authority with the AI Service and host the "
			   "Platform.\n"
			   "2. The Authority shall pay the Charges to Kestrel.\n"
			   "3. Kestrel shall maintain the Platform.\n",
			   authority_buys, 2);
	/* Duties that disagree decide nothing: the Authority also pays. */
	check_loaded_roles("PLATFORM SERVICES AGREEMENT\n\nThis Agreement is made between the NATIONAL "
			   "HEALTH DATA AUTHORITY, a statutory body (the \"Authority\") and KESTREL "
			   "ANALYTICS LIMITED, a company incorporated in England and Wales "
			   "(\"Kestrel\").\n"
			   "1. The Authority shall host the Platform.\n"
			   "2. The Authority shall pay the Charges to Kestrel.\n"
			   "3. The Authority shall maintain the Platform and provide support.\n",
			   authority_buys, 2);
	/* A buyer's own noun is never turned round by duties. */
	check_loaded_roles("SERVICES AGREEMENT\n\nThis Agreement is made between HARBOUR TRUST, a "
			   "public body (the \"Customer\") and KESTREL ANALYTICS LIMITED, a company "
			   "incorporated in England and Wales (\"Kestrel\").\n"
			   "1. The Customer shall host the Platform for Kestrel.\n"
			   "2. Kestrel shall pay the Charges to the Customer.\n"
			   "3. The Customer shall maintain the Platform and provide support.\n",
			   customer_stays, 1);
}

/*
 * An order form gives each side's address in a field of its own:
 * "Customer address: ...", "| Provider registered office | ... |".  It is
 * the office of the role noun's party and of the company its field names;
 * an address no role labels ("Delivery address") or a value in small
 * letters ("to be confirmed") is none.
 */
static void test_roles99_address_fields(void **state)
{
	static const char *const form =
		"ORDER FORM\n\n"
		"Provider: Halcyon Labs, Inc.\n"
		"Provider address: 500 Market Street, San Francisco, CA 94105\n"
		"Customer: Westbrook Utilities District\n"
		"Customer address: 12 Harbour Road, Portland, Oregon 97201\n"
		"Delivery address: 4 Dock Road, Salem, Oregon\n\n"
		"1. Provider shall provide the Services to Customer.\n"
		"2. Customer shall pay the Fees.\n";
	static const char *const table =
		"ORDER FORM\n\n"
		"| Field | Details |\n|---|---|\n"
		"| Provider | Halcyon Labs, Inc., a Delaware corporation |\n"
		"| Provider registered office | 500 Market Street, San Francisco, CA 94105 |\n"
		"| Customer | Westbrook Utilities District |\n"
		"| Customer address | to be confirmed |\n\n"
		"1. Provider shall provide the Services to Customer.\n"
		"2. Customer shall pay the Fees.\n";
	const struct place_case cases[] = {
		{ form, "Customer", NULL, "12 Harbour Road, Portland, Oregon 97201" },
		{ form, "Westbrook Utilities District", NULL, "12 Harbour Road, Portland, Oregon 97201" },
		{ form, "Provider", NULL, "500 Market Street, San Francisco, CA 94105" },
		{ table, "Halcyon Labs, Inc.", "Delaware", "500 Market Street, San Francisco, CA 94105" },
		{ table, "Customer", NULL, NULL },
	};

	(void)state;
	check_places(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * roles100: drafting from outside the corpora.  A tribe and the trustees
 * of a scheme are parties as a council is: "the Cedar Band of Ojibwe, a
 * federally recognized Indian tribe (the "Tribe")", "the Trustees of the
 * Greenway Pension Scheme (the "Trustees")".  A tribe only mentioned, or
 * a name with no body's word, is none.
 */
static void test_roles100_tribe_and_trustees(void **state)
{
	static const struct party_case tribe[] = {
		{ "Tribe", ROLE_CUSTOMER }, { "Vendor", ROLE_VENDOR },
	};
	static const struct party_case trustees[] = {
		{ "Trustees", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR },
	};
	static const struct party_case no_tribe[] = {
		{ "Tribe", NO_PARTY }, { "Vendor", ROLE_VENDOR },
	};
	static const struct party_case no_members[] = {
		{ "Members", NO_PARTY }, { "Supplier", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles("This Agreement is entered into by and between the Cedar Band of Ojibwe, a "
			  "federally recognized Indian tribe (the \"Tribe\"), and Northwind Data "
			  "Corp., a Minnesota corporation (\"Vendor\").\n"
			  "1. The Tribe shall pay the Fees.\n",
			  tribe, 2);
	check_party_roles("This Agreement is entered into by and between the Cedar River Tribe "
			  "(the \"Tribe\"), and Northwind Data Corp., a Minnesota corporation "
			  "(\"Vendor\").\n"
			  "1. The Tribe shall pay the Fees.\n",
			  tribe, 2);
	check_party_roles("This Agreement is made between the Trustees of the Greenway Pension "
			  "Scheme (the \"Trustees\") and Actuaria AI Limited, a company registered in "
			  "England (No. 07654321) (the \"Supplier\").\n"
			  "1. The Trustees shall pay the Fees.\n",
			  trustees, 2);
	check_party_roles("Northwind Data Corp., a Minnesota corporation (\"Vendor\"), serves "
			  "the members of a federally recognized Indian tribe (the \"Tribe\").\n"
			  "1. The Vendor shall provide the Services.\n",
			  no_tribe, 2);
	check_party_roles("This Agreement is made between the Members of the Greenway Pension "
			  "Scheme (the \"Members\") and Actuaria AI Limited, a company registered in "
			  "England (No. 07654321) (the \"Supplier\").\n"
			  "1. The Supplier shall provide the Services.\n",
			  no_members, 2);
}

/*
 * "Party A (Client):" and "Party B (Provider):" fields gloss the labels
 * with their roles: each label takes its gloss's role though no clause
 * shows it.  Glosses of one side settle nothing.
 */
static void test_roles100_lettered_labels_glossed(void **state)
{
	static const struct party_case glossed[] = {
		{ "Party A", ROLE_CUSTOMER }, { "Party B", ROLE_VENDOR },
	};
	static const struct party_case same_side[] = {
		{ "Party A", ROLE_UNKNOWN }, { "Party B", ROLE_UNKNOWN },
	};

	(void)state;
	check_party_roles("TECHNICAL SERVICES CONTRACT\n\n"
			  "Party A (Client): Shanghai Dongfang Retail Co., Ltd.\n"
			  "Address: 100 Nanjing Road, Shanghai\n\n"
			  "Party B (Provider): Beijing Zhineng Technology Co., Ltd.\n"
			  "Address: 1 Zhongguancun Street, Beijing\n\n"
			  "1. Party B shall not use Party A's data to train any model.\n",
			  glossed, 2);
	check_party_roles("TECHNICAL SERVICES CONTRACT\n\n"
			  "Party A (the Client): Shanghai Dongfang Retail Co., Ltd.\n\n"
			  "Party B (the Provider): Beijing Zhineng Technology Co., Ltd.\n\n"
			  "1. Party B shall not use Party A's data to train any model.\n",
			  glossed, 2);
	check_party_roles("TECHNICAL SERVICES CONTRACT\n\n"
			  "Party A (Licensee): Shanghai Dongfang Retail Co., Ltd.\n\n"
			  "Party B (Customer): Beijing Zhineng Technology Co., Ltd.\n\n"
			  "1. Party B shall not use Party A's data to train any model.\n",
			  same_side, 2);
}

/*
 * A numbered parties clause of Nordic drafting names each party in a
 * field of its role and repeats the role as its alias: "1.2 Buyer:
 * Nordvik Kommune, org. no. ... (hereinafter: the Buyer)".  The field
 * makes the buyer a party though a municipality has no company form; an
 * alias that is not its line's label gains nothing.
 */
static void test_roles100_numbered_field_alias(void **state)
{
	static const char *const text =
		"AGREEMENT ON DELIVERY OF AI SERVICES\n\n"
		"1. PARTIES\n\n"
		"1.1 Supplier: Fjordlys Teknologi AS, org. no. 912 345 678, Kongens gate 1, 0153 "
		"Oslo, Norway (hereinafter: the Supplier)\n\n"
		"1.2 %s: Nordvik Kommune, org. no. 964 000 111, Radhusplassen 1, 8000 Bodo, Norway "
		"(hereinafter: the Buyer)\n\n"
		"2. The Supplier shall not use the Buyer's data to train any model.\n";
	static const struct party_case both[] = {
		{ "Supplier", ROLE_VENDOR }, { "Buyer", ROLE_CUSTOMER },
	};
	static const struct party_case supplier_only[] = {
		{ "Supplier", ROLE_VENDOR }, { "Buyer", NO_PARTY },
	};
	char buf[1024];

	(void)state;
	snprintf(buf, sizeof(buf), text, "Buyer");
	check_party_roles(buf, both, 2);
	snprintf(buf, sizeof(buf), text, "Address");
	check_party_roles(buf, supplier_only, 2);
}

/*
 * Where a list with "we" names the vendor, the names in a list with "you"
 * are its customer, before or after it: a letter's 'to Harbourside
 * Medical Practice ("you" or the "Practice")', a clickwrap's
 * '"Organization", "you" and "your" refer to that business'.  Without a
 * "we" the one written to may supply: "you" alone decides nothing.
 */
static void test_roles100_names_of_you_beside_we(void **state)
{
	static const struct party_case letter[] = {
		{ "Verbatim Cloud Limited", ROLE_VENDOR }, { "Practice", ROLE_CUSTOMER },
	};
	static const struct party_case clickwrap[] = {
		{ "Parsec Labs", ROLE_VENDOR }, { "Organization", ROLE_CUSTOMER },
	};
	static const struct party_case no_we[] = {
		{ "Agent", NO_PARTY },
	};

	(void)state;
	check_party_roles("Dear Ms Okafor,\n\n"
			  "Thank you for choosing Verbatim Cloud Limited (\"we\", \"us\"). This letter "
			  "sets out the terms on which we will provide the Services to Harbourside "
			  "Medical Practice (\"you\" or the \"Practice\").\n"
			  "1. We will not use your data to train any model.\n",
			  letter, 2);
	check_party_roles("BUSINESS TERMS\n\n"
			  "By clicking \"I agree\", you agree to these Business Terms on behalf of the "
			  "business you represent. In these Terms, \"Organization\", \"you\" and "
			  "\"your\" refer to that business, and \"Parsec Labs\", \"we\", \"our\" and "
			  "\"us\" refer to Parsec Labs Ltd.\n"
			  "1. We will not train our models on Organization Data.\n",
			  clickwrap, 2);
	check_party_roles("Dear Mr Reyes,\n\n"
			  "We are pleased to appoint you as our sales agent (the \"Agent\" or "
			  "\"you\") for the Territory.\n"
			  "1. You shall promote the Products.\n",
			  no_we, 1);
	/* "We" engage the one written to: it supplies, whatever "we" is read as. */
	check_party_roles("Dear Mr Reyes,\n\n"
			  "Thank you for meeting Acme Ltd (\"we\", \"us\"). We are pleased to "
			  "appoint you to provide marketing services to us (the \"Agent\" or "
			  "\"you\").\n"
			  "1. You shall promote the Products.\n",
			  no_we, 1);
}

/*
 * An unquoted alias after "hereinafter called" closes its party's
 * description as a quoted one does: the office before it is its party's,
 * not the next party's after it.
 */
static void test_roles100_unquoted_alias_closes_description(void **state)
{
	static const char text[] =
		"SOFTWARE DEVELOPMENT AGREEMENT\n\n"
		"This Agreement is entered into at Pune on 1 April 2025 between Deccan Logistics "
		"Limited, a company incorporated under the Companies Act, 2013, having its registered "
		"office at Shivajinagar, Pune (hereinafter called the Customer, which expression shall "
		"include its successors and assigns) of the one part and Vyom Cognitive Labs LLP, a "
		"limited liability partnership, having its office at Baner, Pune (hereinafter called "
		"the Supplier, which expression shall include its successors and assigns) of the other "
		"part.\n";
	static const struct place_case cases[] = {
		{ text, "Customer", NULL, "Shivajinagar, Pune" },
		{ text, "Supplier", NULL, "Baner, Pune" },
		/* Quoted, as before. */
		{ "This Agreement is made between Deccan Logistics Limited, having its registered "
		  "office at Shivajinagar, Pune (hereinafter called the \"Customer\") and Vyom "
		  "Cognitive Labs LLP, having its office at Baner, Pune (hereinafter called the "
		  "\"Supplier\").\n", "Customer", NULL, "Shivajinagar, Pune" },
	};

	(void)state;
	check_places(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A credit union is a party as a company is: "... will provide analytics
 * services to Riverbend Credit Union ("Riverbend")".  A document's own
 * name is never a party, though a company stands before it: '[Letterhead:
 * Calyx Analytics LLC] ... This letter agreement (the "Letter
 * Agreement")', 'the "First Amendment"'.
 */
static void test_roles100_credit_union_and_document_names(void **state)
{
	static const struct party_case letter[] = {
		{ "Calyx", ROLE_VENDOR }, { "Riverbend", ROLE_CUSTOMER },
		{ "Letter Agreement", NO_PARTY },
	};
	static const struct party_case amendment[] = {
		{ "First Amendment", NO_PARTY }, { "Supplier", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles("[Letterhead: Calyx Analytics LLC, 200 Pine Street, Seattle]\n\n"
			  "Dear Mr. Patel:\n\n"
			  "This letter agreement (the \"Letter Agreement\") confirms the terms under "
			  "which Calyx Analytics LLC (\"Calyx\") will provide predictive analytics "
			  "services to Riverbend Credit Union (\"Riverbend\").\n"
			  "1. Calyx shall provide the Services to Riverbend and host the Platform.\n"
			  "2. Riverbend shall pay Calyx the Fees.\n",
			  letter, 3);
	check_party_roles("Harbour Data Limited (\"Supplier\") and Coastal Bank plc enter into "
			  "this first amendment to their agreement (the \"First Amendment\").\n"
			  "1. The Supplier shall provide the Services.\n",
			  amendment, 2);
}

/*
 * Offices European and public-sector drafting give: "having its seat in
 * Piraeus, Greece"; a body's name in capitals, then its address after a
 * small "of" ("NHS FOUNDATION TRUST of Northfield General Hospital, ...",
 * not "UNIVERSITY OF WESTLAND"); and a description whose alias has a
 * paragraph of its own, 'Hereinafter referred to as "the Client",'.
 */
static void test_roles100_seat_body_and_alias_paragraph(void **state)
{
	static const char french[] =
		"SERVICE AGREEMENT\n\nBETWEEN THE UNDERSIGNED:\n\n"
		"LUMIERE ASSURANCES SA, a societe anonyme with a share capital of EUR 1,000,000, "
		"having its registered office at 10 rue de Rivoli, 75001 Paris, represented by its "
		"CEO,\n\nHereinafter referred to as \"the Client\",\n\nAND:\n\n"
		"NEURONIQUE SAS, a societe par actions simplifiee, having its registered office at 5 "
		"place Bellecour, 69002 Lyon,\n\nHereinafter referred to as \"the Supplier\",\n";
	static const char nhs[] =
		"AGREEMENT\n\nBETWEEN:\n\n(1) NORTHFIELD UNIVERSITY HOSPITALS NHS FOUNDATION TRUST of "
		"Northfield General Hospital, Wessex Road, Northfield NF1 2AB (the \"Trust\"); and\n\n"
		"(2) CORVEX HEALTH AI LTD whose registered office is at 1 Science Park, Cambridge "
		"(the \"Supplier\").\n";
	static const char university[] =
		"AGREEMENT\n\nBETWEEN:\n\n(1) THE BOARD OF REGENTS OF THE UNIVERSITY OF WESTLAND "
		"(the \"University\"); and\n\n(2) CORVEX HEALTH AI LTD whose registered office is at 1 "
		"Science Park, Cambridge (the \"Supplier\").\n";
	static const struct place_case cases[] = {
		{ "CONTRACT\n\nbetween\n\nHellas Ports S.A., having its seat in Piraeus, Greece, "
		  "(hereinafter: the \"Customer\")\n\nand\n\nAegean Intelligence Ltd, having its seat "
		  "in Limassol, Cyprus, (hereinafter: the \"Supplier\")\n", "Customer", NULL,
		  "Piraeus, Greece" },
		{ french, "Client", NULL, "10 rue de Rivoli, 75001 Paris" },
		{ french, "Supplier", NULL, "5 place Bellecour, 69002 Lyon" },
		{ nhs, "Trust", NULL, "Northfield General Hospital, Wessex Road, Northfield NF1 2AB" },
		{ university, "University", NULL, NULL },
	};

	(void)state;
	check_places(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A public body described by its kind is a party where its name opens a
 * line of a "Parties" list, as where it is named "between": "Te Awa
 * District Health Board, a district health board established under ...
 * (Customer)".  The same words in a sentence of the body name none.
 */
static void test_roles100_public_body_in_parties_list(void **state)
{
	static const struct party_case both[] = {
		{ "Customer", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR },
	};
	static const struct party_case supplier_only[] = {
		{ "Customer", NO_PARTY }, { "Supplier", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles("SERVICES AGREEMENT\n\nParties\n"
			  "Te Awa District Health Board, a district health board established under the "
			  "Public Health Act 2000 (Customer)\n"
			  "Kowhai Machine Learning Limited, company number 7654321, of 1 Queen Street, "
			  "Auckland (Supplier)\n\n"
			  "1. The Supplier must not use Customer Data to train any model.\n",
			  both, 2);
	check_party_roles("SERVICES AGREEMENT\n\n"
			  "Kowhai Machine Learning Limited, company number 7654321, of 1 Queen Street, "
			  "Auckland (Supplier)\n\n"
			  "1. The Supplier shall report to Te Awa District Health Board, a district "
			  "health board established under the Public Health Act 2000 (Customer).\n",
			  supplier_only, 2);
}

/*
 * A form in parentheses is part of a field's name: "Supplier Name:
 * Savanna Analytics (Pty) Ltd"; a remark in parentheses still ends it.
 */
static void test_roles100_form_in_parentheses(void **state)
{
	static const char form[] =
		"SERVICE ORDER\n\n"
		"Customer Name: Mkuu Holdings Limited\n"
		"Supplier Name: Savanna Analytics %s\n\n"
		"1. The Supplier shall not use Customer Data to train any model.\n";
	static const struct party_case whole[] = {
		{ "Savanna Analytics (Pty) Ltd", ROLE_VENDOR }, { "Savanna Analytics", NO_PARTY },
	};
	static const struct party_case remark[] = {
		{ "Savanna Analytics", ROLE_VENDOR },
	};
	char buf[512];

	(void)state;
	snprintf(buf, sizeof(buf), form, "(Pty) Ltd");
	check_party_roles(buf, whole, 2);
	snprintf(buf, sizeof(buf), form, "(Reseller) of Nairobi");
	check_party_roles(buf, remark, 1);
}

/*
 * A registration number ends an office's place: "with registered office in
 * Milan, Corso Como 5, VAT No. IT09876543210", "in Krakow, KRS
 * 0000654321".  An address's own numbers do not: "Plot No. 7", a postcode.
 */
static void test_roles100_registration_ends_place(void **state)
{
	static const struct place_case cases[] = {
		{ "CONTRACT\n\nBETWEEN\n\nNeurale Italia S.r.l., with registered office in Milan, "
		  "Corso Como 5, VAT No. IT09876543210 (the \"Supplier\")\n", "Supplier", NULL,
		  "Milan, Corso Como 5" },
		{ "AGREEMENT\n\nconcluded between Sztuczna Inteligencja Sp. z o.o. with its registered "
		  "office in Krakow, KRS 0000654321, hereinafter referred to as the \"Contractor\".\n",
		  "Contractor", NULL, "Krakow" },
		{ "This Agreement is made between Deccan Logistics Limited, having its registered "
		  "office at 4th Floor, Plot No. 7, Hitech City, Hyderabad 500081 (\"Customer\") and "
		  "Vyom Labs LLP (\"Supplier\").\n", "Customer", NULL,
		  "4th Floor, Plot No. 7, Hitech City, Hyderabad 500081" },
		/* A postcode of seven digits after a town's name. */
		{ "This Agreement is made between Ofek Ltd., whose registered office is at 3 Avraham "
		  "Giron St., POB. 325, Yehud 5621717, Israel (\"Supplier\") and Beta Inc. "
		  "(\"Customer\").\n", "Supplier", NULL,
		  "3 Avraham Giron St., POB. 325, Yehud 5621717, Israel" },
	};

	(void)state;
	check_places(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A public body's state is where it is from: "a political subdivision of
 * the State of Oregon", "a municipal corporation of the State of
 * Washington", "an agency of the State of Montana".  A corporation "of" a
 * city is at its office, not incorporated there.
 */
static void test_roles100_public_body_of_its_state(void **state)
{
	static const struct place_case cases[] = {
		{ "This Agreement is entered into by and between Marlow County, a political "
		  "subdivision of the State of Oregon (the \"County\"), and Quillstone Analytics, LLC "
		  "(\"Contractor\").\n", "County", "State of Oregon", NULL },
		{ "THIS AGREEMENT is made by and between the CITY OF LAKEWOOD, a municipal "
		  "corporation of the State of Washington (\"City\"), and ORACULAR DATA LLC "
		  "(\"Consultant\").\n", "City", "State of Washington", NULL },
		{ "This License Agreement is entered into by and between Ridgeline State University, "
		  "an institution of higher education and an agency of the State of Montana "
		  "(\"Licensee\"), and Cartographer AI, Inc. (\"Licensor\").\n", "Licensee",
		  "State of Montana", NULL },
		{ "This Agreement is made by and between Linden Publishing, Inc., a corporation of "
		  "Austin, Texas (\"Publisher\"), and Quill Systems, LLC (\"Developer\").\n",
		  "Publisher", NULL, "Austin, Texas" },
	};

	(void)state;
	check_places(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A buyer may write as "we": 'Harbour City Council ("we", "us" or the
 * "Council") is pleased to appoint Verbatim Cloud Limited ("you" or the
 * "Supplier")'.  Where the other party goes by a vendor's noun, the
 * council is not read as the vendor, nor is the name before its list; an
 * agency that writes as "we" with no supplier named still supplies.
 */
static void test_roles100_buyer_writing_as_we(void **state)
{
	static const char letter[] =
		"Dear Supplier,\n\n"
		"Harbour City Council (\"we\", \"us\" or the \"Council\") is pleased to appoint "
		"Verbatim Cloud Limited (\"you\" or the \"Supplier\") to provide the Services.\n"
		"1. You shall not use Council Data to train any model.\n"
		"2. The Council owns all Outputs.\n";
	static const char agency[] =
		"These terms are issued by Brightway Recruitment Ltd (\"Agency\", \"we\" or \"us\").\n"
		"1. We will introduce candidates to you.\n";
	struct ruleset built;
	struct roles_finder *rf;
	struct document doc;
	struct roles r;

	(void)state;
	ruleset_init(&built);
	assert_int_equal(ruleset_load(&built, NULL, 0), 0);
	assert_int_equal(ruleset_compile(&built), 0);
	rf = roles_finder_new(&built);
	textdoc_lines(&doc, "c.txt", letter);
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Supplier")->role, ROLE_VENDOR);
	assert_true(!party(&r, "Council") || party(&r, "Council")->role != ROLE_VENDOR);
	assert_null(party(&r, "Harbour City Council"));
	roles_release(&r);
	document_release(&doc);
	/* No supplier named: an agency that writes as "we" supplies. */
	textdoc_lines(&doc, "c.txt", agency);
	roles_find(rf, &doc, &r);
	assert_int_equal(party(&r, "Agency")->role, ROLE_VENDOR);
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	ruleset_release(&built);
	/* What the costly misreading did: the council's outputs read as the vendor's. */
	assert_false(builtin_finds(letter, "ip.outputs.vendor-owns"));
	assert_true(builtin_finds(letter, "ip.outputs.customer-owns"));
}

/*
 * roles101: drafting families the tool had not seen.
 *
 * A body that contracts on behalf of one of its parts: "The Board of
 * Regents of the University of Wisconsin System, on behalf of the
 * University of Wisconsin-Madison (\"University\")", "The Regents of the
 * University of California, on behalf of its Los Angeles campus
 * (\"UCLA\")".  The body named between is the party, whatever the part's
 * name; a report prepared "on behalf of" an office names none.
 */
static void test_roles101_body_on_behalf_of(void **state)
{
	static const char regents[] =
		"This Software License Agreement is made between The Board of Regents of the "
		"University of Wisconsin System, on behalf of the University of Wisconsin-Madison "
		"(\"University\"), and Lumenfold AI Corp., a California corporation (\"Licensor\").\n"
		"1. Licensor shall not use University Data to train any model.\n";
	static const char campus[] =
		"This Agreement is entered into by The Regents of the University of California, on "
		"behalf of its Los Angeles campus (\"UCLA\"), and Anthem Vision Labs, Inc. "
		"(\"Anthem\").\n"
		"1. Anthem shall provide the Services.\n"
		"2. UCLA shall pay Anthem the Fees.\n";
	static const char report[] =
		"The survey was compiled by the Department of Energy, on behalf of its Office of "
		"Science (\"Office\").\n"
		"1. The report is public.\n";
	static const struct party_case regents_cases[] = {
		{ "University", ROLE_CUSTOMER }, { "Licensor", ROLE_VENDOR },
	};
	static const struct party_case campus_cases[] = {
		{ "UCLA", ROLE_CUSTOMER }, { "Anthem", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles(regents, regents_cases, 2);
	check_party_roles(campus, campus_cases, 2);
	check_party_roles(report, NULL, 0);
}

/*
 * A name followed by the number it is registered under is an entity,
 * whatever its form: Australian deeds name a public body by its ABN and
 * address, and give its alias unquoted, "Brisbane City Council ABN 72 002
 * 765 795 of 266 George Street, Brisbane QLD 4000 (Council)", "STATE OF
 * NEW SOUTH WALES acting through the Department of Customer Service ABN
 * 81 913 830 179 of ... (the Principal)".  An order's number is no
 * registration: "Purchase Order No. 4512 (the Order)" names no party.
 */
static void test_roles101_registered_number_names_entity(void **state)
{
	static const char council[] =
		"AGREEMENT\n\nParties\n\n"
		"Brisbane City Council ABN 72 002 765 795 of 266 George Street, Brisbane QLD 4000 "
		"(Council)\n\n"
		"Emu Vision Pty Ltd ACN 611 222 333 of 1 Smith Street, Sydney NSW 2000 "
		"(Contractor)\n\n"
		"1. The Contractor must not use Council Data to train any model.\n"
		"2. Council owns all Outputs.\n";
	static const char state_[] =
		"THIS DEED is made on 2 August 2025\n\nBETWEEN\n\n"
		"STATE OF NEW SOUTH WALES acting through the Department of Customer Service ABN 81 "
		"913 830 179 of 2-24 Rawson Place, Haymarket NSW 2000 (the Principal)\n\nAND\n\n"
		"KOOKABURRA COGNITIVE PTY LTD ACN 634 222 111 of Level 5, 100 Queen Street, "
		"Brisbane QLD 4000 (the Contractor)\n\n"
		"1. The Contractor must not use Principal Data to train any model.\n";
	static const char order[] =
		"These terms apply to the goods listed in Purchase Order No. 4512 (the Order).\n"
		"1. The goods must be delivered on time.\n";
	static const struct party_case council_cases[] = {
		{ "Council", ROLE_CUSTOMER }, { "Contractor", ROLE_VENDOR },
	};
	static const struct party_case state_cases[] = {
		{ "Principal", ROLE_CUSTOMER }, { "Contractor", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles(council, council_cases, 2);
	check_party_roles(state_, state_cases, 2);
	check_party_roles(order, NULL, 0);
	/* What the missing party cost: the Principal's data read as no one's. */
	assert_true(builtin_finds(state_, "data.training.no-training"));
}

/*
 * A letter's writer in apposition to "we": "We, Clearwater Labs Limited,
 * are pleased to confirm the terms on which we will provide ... to
 * Ashgrove District Council (the \"Council\")".  The writer supplies, the
 * one supplied is its customer; a writer that buys names no vendor.
 */
static void test_roles101_we_comma_writer(void **state)
{
	static const char letter[] =
		"Dear Ms Patel,\n\n"
		"We, Clearwater Labs Limited, are pleased to confirm the terms on which we will "
		"provide the Clearwater Assistant to Ashgrove District Council (the \"Council\") for "
		"a pilot period.\n"
		"1. We will not use Council Data to train any model.\n"
		"2. The Council owns all Outputs.\n";
	static const char buyer[] =
		"Dear Sir,\n\n"
		"We, Harbour Grocers Limited, hereby engage you to carry out the audit.\n"
		"1. You will report to us weekly.\n";
	static const struct party_case letter_cases[] = {
		{ "Clearwater Labs Limited", ROLE_VENDOR }, { "Council", ROLE_CUSTOMER },
	};
	static const struct party_case buyer_cases[] = {
		{ "Harbour Grocers Limited", NO_PARTY },
	};

	(void)state;
	check_party_roles(letter, letter_cases, 2);
	check_party_roles(buyer, buyer_cases, 1);
}

/*
 * An amendment names the parties of the contract it amends: "entered
 * into by the parties to the AI Services Agreement dated 3 March 2023
 * (the \"Agreement\"), namely Orion Retail Group (\"Orion\") and Lattice
 * Minds Inc. (\"Lattice\")".  "namely" after anything but the parties
 * names none: "the products, namely Orion Retail Kits (\"Kits\")".
 */
static void test_roles101_amendment_namely(void **state)
{
	static const char amendment[] =
		"AMENDMENT NO. 2\n\n"
		"This Amendment No. 2 is entered into by the parties to the AI Services Agreement "
		"dated 3 March 2023 (the \"Agreement\"), namely Orion Retail Group (\"Orion\") and "
		"Lattice Minds Inc. (\"Lattice\").\n"
		"1. Lattice shall not use Orion Data to train any model.\n"
		"2. Orion owns all Outputs.\n"
		"3. Orion shall pay Lattice the additional Fees in Schedule 1.\n";
	static const char products[] =
		"This Agreement covers the products, namely Orion Retail Kits (\"Kits\") and Orion "
		"Shelving (\"Shelving\").\n"
		"1. The Kits are sold as is.\n";
	static const struct party_case amendment_cases[] = {
		{ "Orion", ROLE_CUSTOMER }, { "Lattice", ROLE_VENDOR },
	};
	static const struct party_case products_cases[] = {
		{ "Kits", NO_PARTY }, { "Shelving", NO_PARTY },
	};

	(void)state;
	check_party_roles(amendment, amendment_cases, 2);
	check_party_roles(products, products_cases, 2);
}

/*
 * A body named between the parties may go by its initials: "The Trustees
 * of Indiana University (\"IU\")", "the State of Texas, acting by and
 * through the Texas Department of Information Resources (\"DIR\")".  The
 * initials are its short name, not an abbreviation of a phrase; "the
 * European Economic Area (\"EEA\")" in a clause names no party still.
 */
static void test_roles101_body_by_initials(void **state)
{
	static const char trustees[] =
		"This Agreement is made between The Trustees of Indiana University (\"IU\") and "
		"Hoosier Vision Inc., an Indiana corporation (\"Hoosier\").\n"
		"1. Hoosier shall provide the Services and host the Platform.\n"
		"2. IU shall pay Hoosier the Fees.\n";
	static const char texas[] =
		"This Contract is entered into by the State of Texas, acting by and through the "
		"Texas Department of Information Resources (\"DIR\"), and Bluebonnet Inference LLC "
		"(\"Vendor\").\n"
		"1. Vendor shall not use DIR Data to train any model.\n";
	static const char area[] =
		"This Agreement is between Kestrel Data Ltd (\"Supplier\") and Harbour Foods Ltd "
		"(\"Customer\").\n"
		"1. Data may be moved between the European Economic Area (\"EEA\") and the "
		"United Kingdom.\n";
	static const struct party_case trustees_cases[] = {
		{ "IU", ROLE_CUSTOMER }, { "Hoosier", ROLE_VENDOR },
	};
	static const struct party_case texas_cases[] = {
		{ "DIR", ROLE_CUSTOMER }, { "Vendor", ROLE_VENDOR },
	};
	static const struct party_case area_cases[] = {
		{ "Supplier", ROLE_VENDOR }, { "Customer", ROLE_CUSTOMER }, { "EEA", NO_PARTY },
	};

	(void)state;
	check_party_roles(trustees, trustees_cases, 2);
	check_party_roles(texas, texas_cases, 2);
	check_party_roles(area, area_cases, 3);
}

/*
 * The letters of accented names: two bytes each, capitals by their code
 * point ("É", "Ł" odd in Latin Extended-A, "Ž"), small letters none.
 */
static void test_roles101_name_letters(void **state)
{
	static const char t[] = "\xC3\x89ole \xC5\x81\xC3\xB3" "d\xC5\xBA \xC5\xBD \xC3\x97 \xC3\xA9 a";

	(void)state;
	assert_int_equal(name_upper_len(t, sizeof(t) - 1, 0), 2);   /* É */
	assert_int_equal(name_letter_len(t, sizeof(t) - 1, 2), 1);  /* o */
	assert_int_equal(name_upper_len(t, sizeof(t) - 1, 6), 2);   /* Ł */
	assert_int_equal(name_upper_len(t, sizeof(t) - 1, 8), 0);   /* ó */
	assert_int_equal(name_letter_len(t, sizeof(t) - 1, 8), 2);
	assert_int_equal(name_upper_len(t, sizeof(t) - 1, 11), 0);  /* ź */
	assert_int_equal(name_upper_len(t, sizeof(t) - 1, 14), 2);  /* Ž */
	assert_int_equal(name_letter_len(t, sizeof(t) - 1, 17), 0); /* × */
	assert_int_equal(name_upper_len(t, sizeof(t) - 1, 20), 0);  /* é */
	assert_int_equal(name_letter_before(t, 0, 10), 2);          /* ó before "d" */
	assert_int_equal(name_letter_before(t, 0, 6), 0);           /* the space */
	assert_int_equal(name_letter_before(t, 9, 10), 0);          /* not before lo */
	/* A lead byte cut off at the end of the text is no letter. */
	assert_int_equal(name_letter_len(t, 1, 0), 0);
}

/*
 * A party whose alias or name opens with an accented capital is read as
 * its plain spelling is: '(... "Île")', 'Île Dynamics Ltd ("Île", "we")',
 * "We, Île Labs Limited, ...", '"we" ... mean Société Reasoning Corp.',
 * an order form's "Supplier Name: Île Neural Systems Limited".
 */
static void test_roles101_accented_names(void **state)
{
	static const char sow[] =
		"This Statement of Work is issued under the Master Services Agreement between "
		"Pinecrest Bank, N.A. (\"Bank\") and \xC3\x8Ele Labs, Inc. (\"\xC3\x8Ele\").\n"
		"1. \xC3\x8Ele shall not use Bank Data to train any model.\n"
		"2. Bank shall pay \xC3\x8Ele the Fees below.\n";
	static const char letter[] =
		"Dear Ms Patel,\n\n"
		"We, Soci\xC3\xA9t\xC3\xA9 Labs Limited, are pleased to confirm the terms on which we "
		"will provide the Assistant to Ashgrove District Council (the \"Council\").\n"
		"1. We will not use Council Data to train any model.\n";
	static const char means[] =
		"These Business Terms govern use of the API by the company on whose behalf you "
		"accept them (the \"Organization\"). \"We\", \"us\" and \"Meridian\" mean "
		"M\xC3\xBCller Reasoning Corp.\n"
		"1. We will not train our models on Organization Content.\n";
	static const char order[] =
		"SERVICE ORDER\n\n"
		"Customer Name: Lagoon City Water Corporation\n"
		"Supplier Name: \xC3\x85lesund Neural Systems Limited\n\n"
		"1. The Supplier shall not use Customer Data to train any model.\n";
	static const struct party_case sow_cases[] = {
		{ "\xC3\x8Ele", ROLE_VENDOR }, { "Bank", ROLE_CUSTOMER },
	};
	static const struct party_case letter_cases[] = {
		{ "Soci\xC3\xA9t\xC3\xA9 Labs Limited", ROLE_VENDOR }, { "Council", ROLE_CUSTOMER },
	};
	static const struct party_case means_cases[] = {
		{ "M\xC3\xBCller Reasoning Corp", ROLE_VENDOR }, { "M", NO_PARTY },
	};
	static const struct party_case order_cases[] = {
		{ "\xC3\x85lesund Neural Systems Limited", ROLE_VENDOR }, { "Supplier", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles(sow, sow_cases, 2);
	check_party_roles(letter, letter_cases, 2);
	check_party_roles(means, means_cases, 2);
	check_party_roles(order, order_cases, 2);
}

/*
 * A letter's "we," is apposed to the alias only where one name stands
 * between them: in "We, Ile AI Limited, write to set out the terms on
 * which we will supply our service to Kestrel Lane Surgery (the
 * \"Practice\")" the Practice is who is supplied, not the writer.
 */
static void test_roles101_we_apposed_to_one_name(void **state)
{
	static const char letter[] =
		"Dear Mr Okafor,\n\n"
		"We, Ile AI Limited, write to set out the terms on which we will supply our "
		"transcription service to Kestrel Lane Surgery (the \"Practice\").\n"
		"1. We will not use Practice Data to train any model.\n"
		"2. The Practice owns all Outputs.\n";
	static const char apposed[] =
		"Dear Sirs,\n\n"
		"We, Kestrel Lane Holdings Ltd (\"Kestrel\"), will provide the Services to you.\n";
	static const struct party_case letter_cases[] = {
		{ "Practice", ROLE_CUSTOMER }, { "Ile AI Limited", ROLE_VENDOR },
	};
	static const struct party_case apposed_cases[] = {
		{ "Kestrel", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles(letter, letter_cases, 2);
	check_party_roles(apposed, apposed_cases, 1);
	assert_false(builtin_finds(letter, "ip.outputs.vendor-owns"));
}

/*
 * The office a public body acts through need not be named as a body is:
 * "the Commonwealth of Massachusetts, acting by and through its Executive
 * Office of Technology Services and Security (\"EOTSS\")" names the
 * party; "a consultant, acting through its Delivery Team (\"Team\")"
 * names none, for no body is named before.
 */
static void test_roles101_office_acting_for_body(void **state)
{
	static const char commonwealth[] =
		"This Agreement is made by and between the Commonwealth of Massachusetts, acting "
		"by and through its Executive Office of Technology Services and Security "
		"(\"EOTSS\"), and Pilgrim Reasoning LLC (\"Contractor\").\n"
		"1. Contractor shall not use EOTSS Data to train any model.\n";
	static const char team[] =
		"The work is done by a consultant, acting by and through its Delivery Team "
		"(\"Team\").\n"
		"1. The Team reports weekly.\n";
	static const struct party_case commonwealth_cases[] = {
		{ "EOTSS", ROLE_CUSTOMER }, { "Contractor", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles(commonwealth, commonwealth_cases, 2);
	check_party_roles(team, NULL, 0);
}

/*
 * A body's entry in a numbered parties block may give its name with
 * commas and its office after "whose": "(1) THE CHANCELLOR, MASTERS AND
 * SCHOLARS OF THE UNIVERSITY OF OXFORD whose administrative offices are
 * at ... (the \"University\")".  A name with no body's word names none:
 * "(1) THE RED, WHITE AND BLUE whose ... (the \"Colours\")".
 */
static void test_roles101_body_entry_whose_office(void **state)
{
	static const char university[] =
		"THIS AGREEMENT is dated 1 June 2025\n\nPARTIES\n\n"
		"(1) THE CHANCELLOR, MASTERS AND SCHOLARS OF THE UNIVERSITY OF OXFORD whose "
		"administrative offices are at Wellington Square, Oxford OX1 2JD (the "
		"\"University\"); and\n\n"
		"(2) ISIS TRANSCRIBE LTD (Company No. 12345670) whose registered office is at 5 High "
		"Street, Oxford OX1 4AA (the \"Supplier\").\n\n"
		"1. The Supplier shall not use University Data to train any model.\n";
	static const char colours[] =
		"THIS AGREEMENT is dated 1 June 2025\n\nPARTIES\n\n"
		"(1) THE RED, WHITE AND BLUE whose shades are set out in the Schedule (the "
		"\"Colours\").\n";
	static const struct party_case university_cases[] = {
		{ "University", ROLE_CUSTOMER }, { "Supplier", ROLE_VENDOR },
	};
	static const struct party_case colours_cases[] = {
		{ "Colours", NO_PARTY },
	};

	(void)state;
	check_party_roles(university, university_cases, 2);
	check_party_roles(colours, colours_cases, 1);
}

/*
 * German drafting sets the alias off by dashes, unquoted, on a line of
 * its own: "Stadtwerke Lindenau GmbH, Hauptstrasse 4, ...\n- hereinafter:
 * the CLIENT -".  A role noun so defined is a party; a name that is no
 * role noun is not ("- hereinafter: the Works -").
 */
static void test_roles101_hereinafter_between_dashes(void **state)
{
	static const char contract[] =
		"FRAMEWORK AGREEMENT\n\nconcluded between\n\n"
		"Stadtwerke Lindenau GmbH, Hauptstrasse 4, 04177 Leipzig, Germany\n"
		"- hereinafter: the CLIENT -\n\nand\n\n"
		"Kogito Systems GmbH, Industriestrasse 12, 80339 Munich, Germany\n"
		"- hereinafter: the CONTRACTOR -\n\n"
		"1. The CONTRACTOR shall not use CLIENT Data to train any model.\n";
	static const char works[] =
		"Kogito Systems GmbH shall build the plant at Industriestrasse 12\n"
		"- hereinafter: the Works -\n";
	static const struct party_case contract_cases[] = {
		{ "CLIENT", ROLE_CUSTOMER }, { "CONTRACTOR", ROLE_VENDOR },
	};
	static const struct party_case works_cases[] = {
		{ "Works", NO_PARTY },
	};

	(void)state;
	check_party_roles(contract, contract_cases, 2);
	check_party_roles(works, works_cases, 1);
}

/*
 * The "Details" block of Australian drafting may part label and value by
 * a colon: "Name: Murray Basin Health Service" ... "Short name: Customer".
 * A signature block's "Name: Jane Roe" with no short name names no one.
 */
static void test_roles101_details_with_colons(void **state)
{
	static const char details[] =
		"SERVICES AGREEMENT\n\nDetails\n\nParties\n"
		"Name: Murray Basin Health Service\nABN: 55 123 456 789\nShort name: Customer\n\n"
		"Name: Banksia Speech AI Pty Ltd\nACN: 600 700 800\nShort name: Supplier\n\n"
		"1. The Supplier must not use Customer Data to train any model.\n";
	static const char signed_[] =
		"1. The Supplier must not use Customer Data to train any model.\n\n"
		"Signed for the Customer\nName: Jane Margaret Roe\nTitle: Director\n";
	static const struct party_case details_cases[] = {
		{ "Murray Basin Health Service", ROLE_CUSTOMER },
		{ "Banksia Speech AI Pty Ltd", ROLE_VENDOR },
	};
	static const struct party_case signed_cases[] = {
		{ "Jane Margaret Roe", NO_PARTY },
	};

	(void)state;
	check_party_roles(details, details_cases, 2);
	check_party_roles(signed_, signed_cases, 1);
}

/*
 * Terms offered "to the business customer named in the Subscription Order
 * (the \"Operator\")": the one the order names is the customer, whatever
 * its alias, as "the organisation identified in the Order Form" is.
 */
static void test_roles101_customer_named_in_subscription_order(void **state)
{
	static const char terms[] =
		"These Terms govern the subscription to the platform offered by Laluan Data Sdn. "
		"Bhd., a company incorporated in Malaysia (the \"Company\"), to the business customer "
		"named in the Subscription Order (the \"Operator\").\n"
		"1. The Company shall not use Operator Data to train any model.\n";
	static const struct party_case cases[] = {
		{ "Operator", ROLE_CUSTOMER }, { "Company", ROLE_VENDOR },
	};

	(void)state;
	check_party_roles(terms, cases, 2);
}

/*
 * roles112: of customer data that takes in the outputs, a use the words
 * after say the customer gave ("Fleet Data provided by the Carrier",
 * "supplied by it" in a sentence whose subject is the customer) reads as
 * its data alone, and so does a source ("derived from Fleet Data"); other
 * uses, and what the vendor provides, keep both.
 */
static void test_roles112_given_part_of_data_and_output(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"This Agreement is made between Northway Haulage Ltd. (the \"Carrier\") and Vigil "
		"Systems Inc. (the \"Supplier\").\n"
		"(a) \"Fleet Data\" means all video and telemetry collected from the Carrier's "
		"vehicles or provided by the Carrier, and all Alertness Scores;\n"
		"(b) \"Alertness Score\" means any score generated by the Service in respect of a "
		"driver;\n"
		"3.1 As between the parties, the Carrier owns all Fleet Data.\n"
		"7.3 The Carrier shall indemnify the Supplier against claims that Fleet Data provided "
		"by the Carrier infringes a third party's rights.\n"
		"7.4 The Supplier shall defend claims arising from Fleet Data provided by the "
		"Supplier.\n"
		"7.5 You indemnify us for Fleet Data supplied by you.\n"
		"7.6 The Carrier shall indemnify the Supplier against claims that Fleet Data supplied "
		"by it infringes.\n"
		"7.7 The Supplier shall defend claims that Fleet Data supplied by it infringes.\n"
		"8.1 The Carrier owns every model derived from Fleet Data and any model that "
		"reflects Fleet Data in any way.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_string_equal(subst_at(&r, text, "Fleet Data."), "Customer Data and Output");
	assert_string_equal(subst_at(&r, text, "Fleet Data provided by the Carrier infringes"),
			    "Customer Data");
	assert_string_equal(subst_at(&r, text, "Fleet Data provided by the Supplier"),
			    "Customer Data and Output");
	assert_string_equal(subst_at(&r, text, "Fleet Data supplied by you"), "Customer Data");
	assert_string_equal(subst_at(&r, text, "Fleet Data supplied by it infringes.\n7.7"),
			    "Customer Data");
	assert_string_equal(subst_at(&r, text, "Fleet Data supplied by it infringes.\n8.1"),
			    "Customer Data and Output");
	assert_string_equal(subst_at(&r, text, "Fleet Data and any"), "Customer Data");
	assert_string_equal(subst_at(&r, text, "Fleet Data in any way"), "Customer Data");
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

/*
 * roles114: a one-word output term defined in the singular reads so in
 * its regular plurals, "s", "es" after a sibilant and "ies" for "y" ("All
 * Recommendations ... shall vest in the Distillery"), but not after a
 * possessive ("Copilot's Responses" are another's), nor where the plural
 * is a term of its own.
 */
static void test_roles114_plurals(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"This agreement is between Speyside Spirits Ltd (the \"Distillery\") and "
		"Tallis Systems Ltd (the \"Developer\").\n"
		"\"Recommendation\" means any output generated by the Solution.\n"
		"\"Summary\" means the text the Solution generates from a Recording.\n"
		"\"Match\" means a pairing the Solution generates for the Distillery.\n"
		"\"Response\" means the text the Solution generates in reply to a prompt.\n"
		"\"Responses\" means the replies the Distillery sends to its customers.\n"
		"4.3 All Recommendations, Summaries and Matches shall vest in the Distillery.\n"
		"4.4 The Distillery may not publish the Developer's Recommendations.\n"
		"4.5 Responses are kept for a year.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Recommendation")->cls, TERM_OUTPUT);
	assert_string_equal(subst_at(&r, text, "Recommendations,"), "Output");
	assert_string_equal(subst_at(&r, text, "Summaries and"), "Output");
	assert_string_equal(subst_at(&r, text, "Matches shall"), "Output");
	assert_null(subst_at(&r, text, "Recommendations.\n"));
	assert_null(subst_at(&r, text, "Responses are"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	assert_true(builtin_finds(
		"This agreement is between Speyside Spirits Ltd (the \"Distillery\") and "
		"Tallis Systems Ltd (the \"Developer\").\n"
		"\"Recommendation\" means any output generated by the Solution.\n"
		"4.3 All Recommendations shall vest in the Distillery on creation.\n",
		"ip.outputs.customer-owns"));
}

/* roles115: how many bytes the substitution at `needle` spans; 0: none there. */
static size_t subst_len_at(const struct roles *r, const char *text, const char *needle)
{
	size_t at = (size_t)(strstr(text, needle) - text), i;

	for (i = 0; i < r->nsubst; i++)
		if (r->subst[i].start == at)
			return r->subst[i].end - r->subst[i].start;
	return 0;
}

/*
 * roles115: a term of the customer's data defined in the singular as a
 * thing one counts ("Call Record", "Case Image") reads so in the plural,
 * the plural taken in ("Customer Data", never "Customer Datas"); a record
 * the customer owns ("owns all Call Records") is its data.  Not after a
 * possessive, nor a mass noun's plural ("TABLE OF CONTENTS" of "Content"),
 * nor where the plural is a term of its own, nor "Record Date".
 */
static void test_roles115_plural_of_counted_data(void **state)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	const char *text =
		"This Contract is between Marlow County (the \"Client\") and Lumen Dispatch, Inc. "
		"(the \"Contractor\").\n"
		"1.1 \"Call Record\" means any call audio, transcript or location data received "
		"by the Client's communications center.\n"
		"1.2 \"Record Date\" means the date a record is made.\n"
		"4.1 As between the parties, the Client owns all Call Records.\n"
		"4.2 Contractor shall not use Call Records to train any model.\n"
		"4.3 The Contractor's Call Records are kept apart.\n";
	const char *text2 =
		"TABLE OF CONTENTS\n"
		"This Agreement is between Ashcombe Clinic Limited (the \"Customer\") and Tessel Labs "
		"Limited (the \"Supplier\").\n"
		"\"Case Image\" means each scan the Customer uploads to the Service.\n"
		"\"Case Images\" means the images in the Supplier's reference library.\n"
		"\"Content\" means the text the Customer uploads to the Service.\n"
		"3.1 The Supplier shall not use Case Images to train.\n"
		"3.2 Each Case Image is deleted on request.\n";

	(void)state;
	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Call Record")->cls, TERM_CUSTOMER_DATA);
	assert_int_equal(term(&r, "Record Date")->cls, TERM_OTHER);
	assert_string_equal(subst_at(&r, text, "Call Records."), "Customer Data");
	assert_int_equal(subst_len_at(&r, text, "Call Records."), strlen("Call Records"));
	assert_string_equal(subst_at(&r, text, "Call Records to"), "Customer Data");
	assert_null(subst_at(&r, text, "Call Records are"));
	roles_release(&r);
	document_release(&doc);
	textdoc_lines(&doc, "c.txt", text2);
	roles_find(rf, &doc, &r);
	assert_int_equal(term(&r, "Case Image")->cls, TERM_CUSTOMER_DATA);
	assert_null(subst_at(&r, text2, "Case Images to"));
	assert_string_equal(subst_at(&r, text2, "Case Image is"), "Customer Data");
	assert_null(subst_at(&r, text2, "CONTENTS"));
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
	assert_true(builtin_finds(
		"This Contract is between Marlow County (the \"Client\") and Lumen Dispatch, Inc. "
		"(the \"Contractor\").\n"
		"1.1 \"Call Record\" means any call audio or transcript the Client uploads to the "
		"Service.\n"
		"4.2 Contractor may use Call Records to train and improve its models.\n",
		"data.training.vendor-may-train"));
}

/*
 * A name that says aggregated or learned keeps the customer's data out
 * only where the definition does: "whether or not identifiable" says it
 * does not, and what is derived from the data is still the data.
 */
static void test_roles116_aggregated_yet_identifiable(void **state)
{
	static const char head[] =
		"These Terms are between Lumen Analytics Ltd (\"Lumen\", \"we\") and the "
		"practice named in the Order Form (\"the Practice\", \"you\").\n"
		"1.1 \"Case Images\" means radiographs uploaded by the Practice to the Platform.\n";
	char text[1024];

	(void)state;
	snprintf(text, sizeof text, "%s%s", head,
		 "1.2 \"Aggregated Learnings\" means any data, statistics, labels or model "
		 "parameters derived from Case Images, whether or not identifiable.\n");
	expect_term(text, "Aggregated Learnings", TERM_CUSTOMER_DATA, "Customer Data");
	snprintf(text, sizeof text, "%s%s", head,
		 "1.2 \"Aggregate Statistics\" means statistics derived from Case Images, "
		 "whether or not anonymised.\n");
	expect_term(text, "Aggregate Statistics", TERM_CUSTOMER_DATA, "Customer Data");
	snprintf(text, sizeof text, "%s%s", head,
		 "1.2 \"Learnings\" means the labels and parameters derived from Case Images.\n");
	expect_term(text, "Learnings", TERM_CUSTOMER_DATA, "Customer Data");
	/* Traps: aggregation that takes the people out, and a condition that is no identity. */
	snprintf(text, sizeof text, "%s%s", head,
		 "1.2 \"Aggregated Statistics\" means statistics derived from Case Images.\n");
	expect_term(text, "Aggregated Statistics", -1, NULL);
	snprintf(text, sizeof text, "%s%s", head,
		 "1.2 \"Aggregated Statistics\" means statistics derived from Case Images, "
		 "whether or not the Practice renews.\n");
	expect_term(text, "Aggregated Statistics", -1, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_word_start_in),
		cmocka_unit_test(test_word_at_firsts),
		cmocka_unit_test(test_we_list_after_quote_bytes),
		cmocka_unit_test(test_names_beside_role_nouns),
		cmocka_unit_test(test_institutions_as_parties),
		cmocka_unit_test(test_undefined_reseller),
		cmocka_unit_test(test_hereinafter_names),
		cmocka_unit_test(test_names_of_other_jurisdictions),
		cmocka_unit_test(test_company_is_either_side),
		cmocka_unit_test(test_other_party_of_two),
		cmocka_unit_test(test_names_in_online_terms),
		cmocka_unit_test(test_company_names_by_their_uses),
		cmocka_unit_test(test_defined_terms_are_classed),
		cmocka_unit_test(test_collective_terms),
		cmocka_unit_test(test_deidentified_customer_data),
		cmocka_unit_test(test_escrow_parties),
		cmocka_unit_test(test_definitions_at_paragraph_start),
		cmocka_unit_test(test_customer_possessive_names_data),
		cmocka_unit_test(test_customer_submits_data),
		cmocka_unit_test(test_agency_as_supplier),
		cmocka_unit_test(test_company_named_in_a_clause),
		cmocka_unit_test(test_public_body_words_from_rules),
		cmocka_unit_test(test_engine_reads_through_names),
		cmocka_unit_test(test_no_parties_in_plain_terms),
		cmocka_unit_test(test_first_word_of_a_name),
		cmocka_unit_test(test_first_word_not_a_party),
		cmocka_unit_test(test_between_name_and_role_noun),
		cmocka_unit_test(test_ip_claims_are_classed),
		cmocka_unit_test(test_pronoun_lists_name_the_vendor),
		cmocka_unit_test(test_defined_party_referred_to_as_we),
		cmocka_unit_test(test_company_suffix_ends_a_name),
		cmocka_unit_test(test_outputs_in_the_active_voice),
		cmocka_unit_test(test_model_terms_name_the_model),
		cmocka_unit_test(test_model_terms_by_their_definition),
		cmocka_unit_test(test_model_terms_read_as_what_they_are),
		cmocka_unit_test(test_third_party_models),
		cmocka_unit_test(test_usage_and_telemetry_by_definition),
		cmocka_unit_test(test_contract_between_you_and_a_name),
		cmocka_unit_test(test_fields_name_the_parties),
		cmocka_unit_test(test_singular_data_words),
		cmocka_unit_test(test_definitions_in_numbered_clauses),
		cmocka_unit_test(test_numbered_parties_block),
		cmocka_unit_test(test_parties_block_with_captions),
		cmocka_unit_test(test_opposite_uses_of_two_parties),
		cmocka_unit_test(test_party_definitions_of_other_forms),
		cmocka_unit_test(test_party_a_and_party_b),
		cmocka_unit_test(test_data_licence_turns_the_nouns),
		cmocka_unit_test(test_contracting_and_contracted_party),
		cmocka_unit_test(test_logs_are_not_outputs),
		cmocka_unit_test(test_data_captured_at_the_customer),
		cmocka_unit_test(test_data_classed_by_definition),
		cmocka_unit_test(test_terms_across_line_breaks),
		cmocka_unit_test(test_customer_gives_vendor),
		cmocka_unit_test(test_data_the_customer_gives_without_that),
		cmocka_unit_test(test_model_trained_on_customer_data),
		cmocka_unit_test(test_model_adapted_to_customer_material),
		cmocka_unit_test(test_customer_that_accepts_the_terms),
		cmocka_unit_test(test_alias_defined_as_acceptor),
		cmocka_unit_test(test_counterpart_field),
		cmocka_unit_test(test_model_made_for_your_workspace),
		cmocka_unit_test(test_data_given_by_name_alone),
		cmocka_unit_test(test_outputs_in_the_passive_voice),
		cmocka_unit_test(test_direction_of_the_passive),
		cmocka_unit_test(test_parties_named_only_in_fields),
		cmocka_unit_test(test_data_named_before_its_giver),
		cmocka_unit_test(test_kinds_listed_in_data_definition),
		cmocka_unit_test(test_table_rows_give_aliases_roles),
		cmocka_unit_test(test_term_closing_customer_holdings),
		cmocka_unit_test(test_term_after_what_is_made_for_the_customer),
		cmocka_unit_test(test_outputs_made_for_the_customer_in_the_passive),
		cmocka_unit_test(test_first_person_in_any_case),
		cmocka_unit_test(test_fields_with_emphasis),
		cmocka_unit_test(test_unquoted_role_noun_alias),
		cmocka_unit_test(test_unquoted_alias_with_an_accent),
		cmocka_unit_test(test_field_labelled_by_its_alias),
		cmocka_unit_test(test_group_name_of_one_role),
		cmocka_unit_test(test_group_name_article_and_plural),
		cmocka_unit_test(test_registration_number_after_a_body),
		cmocka_unit_test(test_hyphenated_kind_of_entity),
		cmocka_unit_test(test_suppliers_named_together),
		cmocka_unit_test(test_parties_drafted_elsewhere),
		cmocka_unit_test(test_data_given_at_definition_head),
		cmocka_unit_test(test_company_word_is_no_vendor),
		cmocka_unit_test(test_terms_in_drafting_notes),
		cmocka_unit_test(test_registration_number_and_entrusting),
		cmocka_unit_test(test_outputs_of_the_vendors_machine),
		cmocka_unit_test(test_alias_with_its_gloss),
		cmocka_unit_test(test_unincorporated_association),
		cmocka_unit_test(test_data_given_at_definition_head_in_the_passive),
		cmocka_unit_test(test_made_for_and_captured_at_by_longer_names),
		cmocka_unit_test(test_data_connected_and_messages_of_end_customers),
		cmocka_unit_test(test_singular_and_plural_uses),
		cmocka_unit_test(test_vendors_own_model_and_model_weights),
		cmocka_unit_test(test_made_by_a_named_service_and_data_you_add),
		cmocka_unit_test(test_entered_into_and_made_by_a_bare_name),
		cmocka_unit_test(test_uploaded_made_from_and_listed_data),
		cmocka_unit_test(test_single_quoted_aliases_and_terms),
		cmocka_unit_test(test_definitions_without_means),
		cmocka_unit_test(test_given_at_the_end_of_a_definition),
		cmocka_unit_test(test_made_by_a_two_word_owners_machine),
		cmocka_unit_test(test_generated_by_a_model_and_built_from_data),
		cmocka_unit_test(test_model_the_vendor_operates),
		cmocka_unit_test(test_customer_field_with_you),
		cmocka_unit_test(test_entered_before_a_term),
		cmocka_unit_test(test_entered_means_without_that),
		cmocka_unit_test(test_roles_in_table_columns),
		cmocka_unit_test(test_what_its_people_send_the_customer),
		cmocka_unit_test(test_german_nonprofit_company),
		cmocka_unit_test(test_bold_alias_without_quotes),
		cmocka_unit_test(test_customer_defined_as_acceptor),
		cmocka_unit_test(test_details_block),
		cmocka_unit_test(test_definitions_in_a_table),
		cmocka_unit_test(test_public_body_described),
		cmocka_unit_test(test_role_verbs_of_recitals),
		cmocka_unit_test(test_third_person_verbs),
		cmocka_unit_test(test_grant_of_a_data_licence),
		cmocka_unit_test(test_name_fields_of_roles),
		cmocka_unit_test(test_data_shared_listed_and_captured),
		cmocka_unit_test(test_hereinafter_unquoted_role_noun),
		cmocka_unit_test(test_two_that_act_beside_a_guarantor),
		cmocka_unit_test(test_ai_system_under_other_names),
		cmocka_unit_test(test_party_established_at),
		cmocka_unit_test(test_has_developed_technology),
		cmocka_unit_test(test_capitals_in_signature_block),
		cmocka_unit_test(test_base_model_kept_apart),
		cmocka_unit_test(test_shared_undertaking_has_no_vendor),
		cmocka_unit_test(test_data_handed_to_named_vendor),
		cmocka_unit_test(test_company_form_inside_clause),
		cmocka_unit_test(test_engaged_party_named_in_full),
		cmocka_unit_test(test_access_given_to_customer),
		cmocka_unit_test(test_possessive_subject_within_reach),
		cmocka_unit_test(test_wider_class_including_customer_data),
		cmocka_unit_test(test_scores_a_model_assigns),
		cmocka_unit_test(test_models_named_in_running_text),
		cmocka_unit_test(test_vendors_model_made_for_customer_is_custom),
		cmocka_unit_test(test_paid_the_fees_supplies),
		cmocka_unit_test(test_paid_the_named_fees_supplies),
		cmocka_unit_test(test_it_gives_for_the_party_before),
		cmocka_unit_test(test_alias_after_a_sentence_end),
		cmocka_unit_test(test_unquoted_alias_from_the_name),
		cmocka_unit_test(test_unquoted_alias_used_later),
		cmocka_unit_test(test_plain_definitions_a_line_each),
		cmocka_unit_test(test_which_expression_shall_include),
		cmocka_unit_test(test_data_terms_of_the_customer),
		cmocka_unit_test(test_customer_possessive_list),
		cmocka_unit_test(test_who_engages_buys),
		cmocka_unit_test(test_retained_data_engages_nobody),
		cmocka_unit_test(test_uses_outweigh_a_misread_engagement),
		cmocka_unit_test(test_buyer_nouns_of_translated_drafting),
		cmocka_unit_test(test_role_noun_of_the_definition),
		cmocka_unit_test(test_letter_names_we_and_you),
		cmocka_unit_test(test_construction_form_nouns_first),
		cmocka_unit_test(test_customer_enters_means),
		cmocka_unit_test(test_run_on_definitions),
		cmocka_unit_test(test_data_customer_submits_no_that),
		cmocka_unit_test(test_inputs_customer_submits_no_that),
		cmocka_unit_test(test_its_data_closing),
		cmocka_unit_test(test_possessive_data_midsentence),
		cmocka_unit_test(test_abbreviation_of_a_company_name),
		cmocka_unit_test(test_examples_before_bracketed_term),
		cmocka_unit_test(test_accented_company_name),
		cmocka_unit_test(test_government_as_buyer),
		cmocka_unit_test(test_provider_beside_a_vendor),
		cmocka_unit_test(test_model_on_party_data_roles_unknown),
		cmocka_unit_test(test_your_firm_beside_you),
		cmocka_unit_test(test_ai_system_reads_as_service),
		cmocka_unit_test(test_everything_your_firm_uploads),
		cmocka_unit_test(test_data_customer_stores),
		cmocka_unit_test(test_data_giver_is_customer),
		cmocka_unit_test(test_notice_is_no_supply),
		cmocka_unit_test(test_never_two_vendors),
		cmocka_unit_test(test_operated_by),
		cmocka_unit_test(test_participles_before_by),
		cmocka_unit_test(test_data_the_customer_owns),
		cmocka_unit_test(test_employer_is_customer),
		cmocka_unit_test(test_includes_a_possessive),
		cmocka_unit_test(test_hyphenated_system_head),
		cmocka_unit_test(test_system_heads),
		cmocka_unit_test(test_people_are_no_system),
		cmocka_unit_test(test_subcontract_buyer_is_prime),
		cmocka_unit_test(test_accepted_on_whose_behalf),
		cmocka_unit_test(test_plain_run_on_definitions),
		cmocka_unit_test(test_term_of_a_party_is_no_party),
		cmocka_unit_test(test_parties_named_together),
		cmocka_unit_test(test_recordings_and_adaptations),
		cmocka_unit_test(test_data_from_the_customers_sites),
		cmocka_unit_test(test_content_the_customer_owns),
		cmocka_unit_test(test_events_on_data_are_no_data),
		cmocka_unit_test(test_public_body_party_is_substituted),
		cmocka_unit_test(test_model_serving_software_is_no_model),
		cmocka_unit_test(test_data_of_the_customers_people),
		cmocka_unit_test(test_data_that_remains_the_customers_property),
		cmocka_unit_test(test_offering_gathered_is_no_data),
		cmocka_unit_test(test_people_kinds_used),
		cmocka_unit_test(test_local_government_described),
		cmocka_unit_test(test_institution_opens_the_preamble),
		cmocka_unit_test(test_data_of_the_customer),
		cmocka_unit_test(test_model_made_from_customer_data),
		cmocka_unit_test(test_derived_customer_data),
		cmocka_unit_test(test_identifiable_people_data),
		cmocka_unit_test(test_student_work),
		cmocka_unit_test(test_inline_terms_in_plain_terms),
		cmocka_unit_test(test_plural_of_output_names),
		cmocka_unit_test(test_aliases_joined_by_or),
		cmocka_unit_test(test_short_name_defined_as_term),
		cmocka_unit_test(test_first_of_contract_pair),
		cmocka_unit_test(test_letter_we_and_you),
		cmocka_unit_test(test_city_of_is_a_public_body),
		cmocka_unit_test(test_short_contract_one_sided),
		cmocka_unit_test(test_we_at_named_writer),
		cmocka_unit_test(test_short_contract_licence_granted),
		cmocka_unit_test(test_deliverables_with_model),
		cmocka_unit_test(test_nordic_and_european_suffixes),
		cmocka_unit_test(test_output_made_by_vendor_machine),
		cmocka_unit_test(test_service_named_data_the_customer_gives),
		cmocka_unit_test(test_people_data_the_customer_obtains),
		cmocka_unit_test(test_bracketed_placeholder_names),
		cmocka_unit_test(test_model_risk_is_the_buyers),
		cmocka_unit_test(test_captioned_parties_in_present_tense),
		cmocka_unit_test(test_present_tense_both_supply),
		cmocka_unit_test(test_public_buyer_acting_through_a_body),
		cmocka_unit_test(test_company_named_agency_supplies),
		cmocka_unit_test(test_public_agency_beside_a_company_buys),
		cmocka_unit_test(test_agency_defined_as_we),
		cmocka_unit_test(test_caption_on_its_own_line),
		cmocka_unit_test(test_designates_and_denotes_define),
		cmocka_unit_test(test_term_included_in_customer_data),
		cmocka_unit_test(test_no_kind_named_by_a_definition_verb),
		cmocka_unit_test(test_label_before_a_sentence_defines_nothing),
		cmocka_unit_test(test_deliverables_listed_as_outputs),
		cmocka_unit_test(test_owned_things_worked_on),
		cmocka_unit_test(test_supplying_agency_is_vendor),
		cmocka_unit_test(test_numbered_parties_list),
		cmocka_unit_test(test_parties_list_blank_lines),
		cmocka_unit_test(test_payer_beside_a_third_party),
		cmocka_unit_test(test_field_name_ends_at_company_form),
		cmocka_unit_test(test_hereinafter_wordings),
		cmocka_unit_test(test_alias_naming_both_parties),
		cmocka_unit_test(test_two_companies_without_aliases),
		cmocka_unit_test(test_companies_in_a_between_block),
		cmocka_unit_test(test_reseller_between_maker_and_customer),
		cmocka_unit_test(test_between_asides_people_and_bodies),
		cmocka_unit_test(test_roles_from_body_duties),
		cmocka_unit_test(test_party_places),
		cmocka_unit_test(test_roles99_place_on_the_name_line),
		cmocka_unit_test(test_roles122_office_after_a_number_in_parentheses),
		cmocka_unit_test(test_roles99_cooperative_is_a_party),
		cmocka_unit_test(test_roles99_office_words),
		cmocka_unit_test(test_street_after_the_kind),
		cmocka_unit_test(test_roles99_public_body_that_supplies),
		cmocka_unit_test(test_roles99_address_fields),
		/* roles100 */
		cmocka_unit_test(test_roles100_tribe_and_trustees),
		cmocka_unit_test(test_roles100_lettered_labels_glossed),
		cmocka_unit_test(test_roles100_numbered_field_alias),
		cmocka_unit_test(test_roles100_names_of_you_beside_we),
		cmocka_unit_test(test_roles100_unquoted_alias_closes_description),
		cmocka_unit_test(test_roles100_credit_union_and_document_names),
		cmocka_unit_test(test_roles100_seat_body_and_alias_paragraph),
		cmocka_unit_test(test_roles100_public_body_in_parties_list),
		cmocka_unit_test(test_roles100_form_in_parentheses),
		cmocka_unit_test(test_roles100_registration_ends_place),
		cmocka_unit_test(test_roles100_public_body_of_its_state),
		cmocka_unit_test(test_roles100_buyer_writing_as_we),
		/* roles101 */
		cmocka_unit_test(test_roles101_body_on_behalf_of),
		cmocka_unit_test(test_roles101_registered_number_names_entity),
		cmocka_unit_test(test_roles101_we_comma_writer),
		cmocka_unit_test(test_roles101_amendment_namely),
		cmocka_unit_test(test_roles101_body_by_initials),
		cmocka_unit_test(test_roles101_name_letters),
		cmocka_unit_test(test_roles101_accented_names),
		cmocka_unit_test(test_roles101_we_apposed_to_one_name),
		cmocka_unit_test(test_roles101_office_acting_for_body),
		cmocka_unit_test(test_roles101_body_entry_whose_office),
		cmocka_unit_test(test_roles101_hereinafter_between_dashes),
		cmocka_unit_test(test_roles101_details_with_colons),
		cmocka_unit_test(test_roles101_customer_named_in_subscription_order),
		/* roles112 */
		cmocka_unit_test(test_roles112_given_part_of_data_and_output),
		/* roles114 */
		cmocka_unit_test(test_roles114_plurals),
		/* roles115 */
		cmocka_unit_test(test_roles115_plural_of_counted_data),
		/* roles116 */
		cmocka_unit_test(test_roles116_aggregated_yet_identifiable),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

/*
 * parties: who the parties are and what each is, read from the parties
 * block of small contracts, one paragraph a line.
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

/*
 * The parties of `text` as "Alias=role@place" joined by "; " (place "-"
 * where none was read), in the order they were found.
 */
static void parties_of(const char *text, char *out, size_t outlen)
{
	struct roles_finder *rf = roles_finder_new(&rs);
	struct document doc;
	struct roles r;
	size_t i, used = 0;

	textdoc_lines(&doc, "c.txt", text);
	roles_find(rf, &doc, &r);
	out[0] = '\0';
	for (i = 0; i < r.nparties && used < outlen; i++) {
		const struct party *p = &r.parties[i];
		const char *role = p->role == ROLE_CUSTOMER ? "customer" :
				   p->role == ROLE_VENDOR ? "vendor" : "unknown";
		int n = snprintf(out + used, outlen - used, "%s%s=%s@%s", i ? "; " : "", p->alias,
				 role, p->incorporated ? p->incorporated : "-");

		if (n < 0)
			break;
		used += (size_t)n;
	}
	roles_release(&r);
	document_release(&doc);
	roles_finder_free(rf);
}

struct party_case {
	const char *text, *parties;
};

static void check_cases(const struct party_case *cases, size_t n)
{
	char got[512];
	size_t i, bad = 0;

	/* Every case is read, and each wrong reading printed, before the test fails. */
	for (i = 0; i < n; i++) {
		parties_of(cases[i].text, got, sizeof(got));
		if (strcmp(got, cases[i].parties)) {
			print_error("case %zu: parties \"%s\", not \"%s\"\n", i, got, cases[i].parties);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

/*
 * A name defined in a party's description for what it acts for besides
 * itself, right before the party's own alias, is no party; the party's
 * description (its place) is its own alias's.  A party's short name
 * before its role noun, with no "itself and", is still read.
 */
static void test_names_of_what_a_party_acts_for(void **state)
{
	static const struct party_case cases[] = {
		{ "This Agreement is made between Lumenscript, Inc., a Delaware corporation "
		  "(\"Vendor\"), and Tri-County Holdings, Inc., an Ohio corporation, on behalf of itself "
		  "and the retail pharmacies listed in Schedule 1 (the \"Covered Stores\") (the "
		  "\"Customer\").\n",
		  "Vendor=vendor@Delaware; Customer=customer@Ohio" },
		{ "THIS DEED is made between Riverbend Health Pty Ltd ACN 111 222 333, a company "
		  "incorporated in Victoria, for itself and as agent for its member hospitals "
		  "(\"Members\") (the \"Principal\"), and Ardent Analytics Pty Ltd (the "
		  "\"Contractor\").\n",
		  "Principal=customer@Victoria; Contractor=vendor@-" },
		{ "This Contract is concluded between AGROVALE S.A., a company incorporated in Brazil "
		  "(hereinafter the \"LICENSOR\"), and COOPERATIVA SUL LTDA., a company incorporated "
		  "in Brazil, acting for itself and for its member farms listed in Annex 1 (the "
		  "\"MEMBER FARMS\") (hereinafter the \"COOPERATIVE\").\n",
		  "LICENSOR=vendor@Brazil; COOPERATIVE=customer@Brazil" },
		/* One alias only: it is the party's, "itself and" or not. */
		{ "This Agreement is made between Lumenscript, Inc., a Delaware corporation "
		  "(\"Vendor\"), and Tri-County Holdings, Inc., an Ohio corporation, for itself and its "
		  "Affiliates (\"Tri-County Group\").\n",
		  "Vendor=vendor@Delaware; Tri-County Group=customer@Ohio" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Names in brackets without quotes beside "we" and "you": the vendor, and
 * the customer where it is the other of the pair after "and" in the same
 * sentence.  Not a list with other words, nor a "you" list in a sentence
 * of its own.
 */
static void test_unquoted_names_beside_pronouns(void **state)
{
	static const struct party_case cases[] = {
		{ "These Terms are entered into between Vigilo Assess Pty Ltd (ABN 61 604 118 392) of "
		  "Level 9, 120 Collins Street, Melbourne VIC 3000 (Vigilo, we, us or our) and the "
		  "education provider named in the Order Form (Institution, you or your).\n",
		  "Vigilo=vendor@-; Institution=customer@-" },
		{ "This Deed is made between Tallowood Analytics Pty Ltd ACN 123 456 789 (Tallowood, we "
		  "or us) and the school identified in the Schedule (School, you or your).\n",
		  "Tallowood=vendor@-; School=customer@-" },
		{ "Harbourline Pty Ltd (Harbourline, we or us) provides the Service. The business that "
		  "signs the Order Form (Customer, you or your) pays the fees.\n",
		  "Harbourline=vendor@-" },
		{ "These Terms are between Harbourline Pty Ltd and the subscriber (see clause 5, or as "
		  "we agree).\n", "" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A second parenthesis right after a party's alias is another alias of
 * that party, in any order of short name and role noun: not a second
 * party of unknown role.  Aliases with a name or "and" between are two.
 */
static void test_short_name_beside_role_noun(void **state)
{
	static const struct party_case cases[] = {
		{ "This Agreement is made between Tri-County Health Authority, a public body "
		  "(\"Tri-County\") (the \"Customer\"), and Northwind Analytics Inc., a Delaware "
		  "corporation (the \"Vendor\").\n",
		  "Tri-County=customer@-; Customer=customer@-; Vendor=vendor@Delaware" },
		{ "THIS AGREEMENT is dated 1 May 2025 and made BETWEEN Quillmark Data Limited, a "
		  "company incorporated in England and Wales (\"Quillmark\"), (the \"Supplier\") "
		  "and Halden County Council (the \"Authority\").\n",
		  "Quillmark=vendor@England and Wales; Supplier=vendor@-; Authority=customer@-" },
		{ "This Master Agreement is entered into by Fenwick Grain Cooperative, a cooperative "
		  "society (the \"Buyer\") (\"Fenwick\") and Orchard Signal Pty Ltd (\"Orchard\") "
		  "(the \"Provider\").\n",
		  "Buyer=customer@-; Fenwick=customer@-; Orchard=vendor@-; Provider=vendor@-" },
		/* "and" between: two parties, each with its own role. */
		{ "This Agreement is made between Quillmark Data Limited (\"Quillmark\") and Halden "
		  "County Council (the \"Customer\").\n",
		  "Quillmark=vendor@-; Customer=customer@-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A role label in another case than its definition is the same label:
 * translated contracts define "Second Party" and write "the SECOND PARTY
 * shall", or define "FIRST PARTY" and write "the First Party shall"; the
 * uses give the roles.  Lower-case words are no label: "the operator"
 * and "a member" say nothing of the Operator or the Member.
 */
static void test_labels_in_capitals(void **state)
{
	static const struct party_case cases[] = {
		{ "This Agreement is made between:\n"
		  "I. PT Alpha Beta, a limited liability company domiciled in Jakarta, hereinafter "
		  "referred to as the \"First Party\";\n"
		  "II. PT Gamma Delta, a limited liability company domiciled in Bandung, hereinafter "
		  "referred to as the \"Second Party\".\n"
		  "The SECOND PARTY shall develop and deliver the software to the FIRST PARTY.\n"
		  "The FIRST PARTY shall pay the fees within thirty days.\n",
		  "First Party=customer@-; Second Party=vendor@-" },
		{ "This Contract is signed between Alpha Trading Co., Ltd. (hereinafter \"Party A\") "
		  "and Beta Vision Co., Ltd. (hereinafter \"Party B\").\n"
		  "PARTY B shall provide the inspection system and maintain it.\n"
		  "PARTY A shall pay the contract price.\n",
		  "Party A=customer@-; Party B=vendor@-" },
		{ "This Agreement is made between Harbour Holdings Ltd (hereinafter the \"FIRST "
		  "PARTY\") and Kestrel Data Ltd (hereinafter the \"SECOND PARTY\").\n"
		  "The Second Party shall develop and deliver the software to the First Party.\n"
		  "The First Party shall pay the fees within thirty days.\n",
		  "FIRST PARTY=customer@-; SECOND PARTY=vendor@-" },
		{ "This Agreement is made between Harbour Holdings Ltd (hereinafter the \"Operator\") "
		  "and Kestrel Data Ltd (hereinafter the \"Member\").\n"
		  "a member shall provide the platform to each operator. the member shall develop "
		  "and deliver the software to the operator.\n"
		  "the operator shall pay the fees within thirty days.\n",
		  "Operator=unknown@-; Member=unknown@-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Of two parties otherwise undecided, the one named only as what sells
 * the other's product on ("RESELLER", "the Distributor") is the customer
 * and the maker the vendor, though the maker pays it commissions; two
 * parties named otherwise are read by their uses.
 */
static void test_reseller_of_two(void **state)
{
	static const struct party_case cases[] = {
		{ "This Agreement is made between Brightpath Systems, Inc. (\"BRIGHTPATH\"), and "
		  "Lakeside Direct, Inc. (\"RESELLER\").\n"
		  "Brightpath shall pay Reseller a commission of ten percent of net sales. Brightpath "
		  "shall pay the commission monthly. Brightpath will remit payment within thirty "
		  "days.\n",
		  "BRIGHTPATH=vendor@-; RESELLER=customer@-" },
		{ "This Agreement is made between Orion Optics AG (\"Orion\") and Vela Medical Ltd "
		  "(the \"Distributor\").\n"
		  "Orion shall pay the Distributor a marketing allowance. Orion shall pay all freight "
		  "costs. Orion shall pay the Distributor's commission quarterly.\n",
		  "Orion=vendor@-; Distributor=customer@-" },
		{ "This Agreement is made between Orion Optics AG (\"Orion\") and Vela Medical Ltd "
		  "(\"Vela\").\n"
		  "Orion shall pay Vela a marketing allowance. Orion shall pay all freight costs. "
		  "Orion shall pay the commission quarterly.\n",
		  "Orion=customer@-; Vela=vendor@-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A regulated business is at home in the state it is described by, as a
 * corporation is: "a Florida title insurance underwriter", "an Ohio
 * mutual insurer", "a New York state-chartered bank"; not "a leading
 * provider of title insurance", nor "a Fortune 500 bank".
 */
static void test_business_of_its_state(void **state)
{
	static const struct party_case cases[] = {
		{ "This Agreement is made between Parseright AI, Inc. (\"Vendor\") and Meridian Gulf "
		  "Title Company, a Florida title insurance underwriter (\"Customer\").\n",
		  "Vendor=vendor@-; Customer=customer@Florida" },
		{ "This Agreement is made between Parseright AI, Inc. (\"Vendor\") and Buckeye Mutual, "
		  "an Ohio mutual insurer (\"Customer\").\n",
		  "Vendor=vendor@-; Customer=customer@Ohio" },
		{ "This Agreement is made between Parseright AI, Inc. (\"Vendor\") and Hudson Savings, "
		  "a New York state-chartered bank (\"Customer\").\n",
		  "Vendor=vendor@-; Customer=customer@New York" },
		{ "This Agreement is made between Parseright AI, Inc. (\"Vendor\") and Meridian Gulf "
		  "Title Company, a leading provider of title insurance (\"Customer\").\n",
		  "Vendor=vendor@-; Customer=customer@-" },
		{ "This Agreement is made between Parseright AI, Inc. (\"Vendor\") and Hudson Savings, "
		  "a Fortune 500 bank (\"Customer\").\n",
		  "Vendor=vendor@-; Customer=customer@-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * The contract's own defined name is no party, whatever the tradition calls
 * it: 'agree to sign this contract (hereinafter "the Contract")', 'this deed
 * (the "Deed")', 'this call-off contract (the "Call-Off Contract")'; a party
 * whose name merely begins with the word still is one.
 */
static void test_contract_named_is_no_party(void **state)
{
	static const struct party_case cases[] = {
		{ "PARTY A (Purchaser): HOANG LONG TEXTILE JOINT STOCK COMPANY\n"
		  "Address: Industrial Zone, Da Nang\n\n"
		  "PARTY B (Supplier): QUARTZ ANALYTICS COMPANY LIMITED\n"
		  "Address: District 3, Ho Chi Minh City\n\n"
		  "After discussion, the two Parties agree to sign this contract (hereinafter \"the "
		  "Contract\") with the following terms:\n",
		  "Supplier=vendor@-; PARTY A=customer@-; PARTY B=vendor@-" },
		{ "This deed (the \"Deed\") is made between Ironbark Holdings Pty Ltd (\"Customer\") "
		  "and Quartz Analytics Pty Ltd (\"Supplier\").\n",
		  "Customer=customer@-; Supplier=vendor@-" },
		{ "This call-off contract (the \"Call-Off Contract\") is made between the Borough "
		  "Council (the \"Buyer\") and Quartz Analytics Ltd (the \"Supplier\").\n",
		  "Buyer=customer@-; Supplier=vendor@-" },
		{ "This Agreement is made between Contract Logistics Ltd (\"Contract Logistics\") and "
		  "Quartz Analytics Ltd (\"Supplier\"). Contract Logistics shall pay the Fees.\n",
		  "Contract Logistics=customer@-; Supplier=vendor@-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * The customer of online terms described by what it is and where an order
 * form names it, whatever its noun, with its name in a list with "you" of
 * any length, the article inside the quotes or out ('the veterinary practice
 * group identified in the Order Form ("the Practice", "you" or "your")'); not
 * a list that holds only pronouns.
 */
static void test_you_list_of_one_the_order_form_identifies(void **state)
{
	static const struct party_case cases[] = {
		{ "These Terms are entered into between Lumenvet Analytics Ltd (\"Lumenvet\", \"we\", "
		  "\"us\" or \"our\"), and the veterinary practice group identified in the Order Form "
		  "(\"the Practice\", \"you\" or \"your\").\n",
		  "Lumenvet=vendor@-; Practice=customer@-" },
		{ "These Terms are between Brightpath AI, Inc. (\"Brightpath\", \"we\" or \"us\") and "
		  "the dental surgery named in the Order Form (\"you\" or the \"Clinic\").\n",
		  "Clinic=customer@-; Brightpath=vendor@-" },
		{ "These Terms are between Brightpath AI, Inc. (\"Brightpath\", \"we\" or \"us\") and "
		  "the company identified in the Order Form (\"the Firm\", \"you\" and \"your\").\n",
		  "Brightpath=vendor@-; Firm=customer@-" },
		{ "These Terms are between Brightpath AI, Inc. (\"Brightpath\", \"we\" or \"us\") and "
		  "the reseller named in the Order Form (\"you\" or \"your\").\n",
		  "Brightpath=vendor@-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * "First Party: ... (the "Operator")": where each field defines its party's
 * own alias and the label is never used again, the alias is the party and
 * the labels are not (an Egyptian three-party deal, a Gulf ministry's, a
 * Chinese "Party A:" form); where the text goes on to call the parties by
 * their labels, the labels are parties still.
 */
static void test_labels_of_fields_with_their_own_alias(void **state)
{
	static const struct party_case cases[] = {
		{ "First Party: Delta Telecom S.A.E., an Egyptian joint stock company (the "
		  "\"Operator\");\n\nSecond Party: Wadi Integration LLC (the \"Integrator\").\n\n"
		  "The Integrator shall provide the Services. The Operator shall pay the Charges.\n",
		  "Operator=customer@-; Integrator=vendor@-" },
		{ "Party A: Shenzhen Huaxin Retail Co., Ltd. (\"Huaxin\")\n"
		  "Party B: Quartz Analytics Co., Ltd. (\"Supplier\")\n\n"
		  "Huaxin shall pay the fees to the Supplier.\n",
		  "Huaxin=customer@-; Supplier=vendor@-" },
		{ "First Party: Delta Telecom S.A.E. (the \"Operator\");\n"
		  "Second Party: Wadi Integration LLC (the \"Integrator\").\n\n"
		  "The Second Party shall provide the Services to the First Party. The First Party shall "
		  "pay the Second Party the fees.\n",
		  /* (The aliases' own roles are left undecided here, as before.) */
		  "Operator=unknown@-; Integrator=unknown@-; First Party=customer@-; "
		  "Second Party=vendor@-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A parties block numbered in words, as Arabic contracts are in
 * translation: "between:" then 'First: The Ministry of ..., hereinafter
 * referred to as "the First Party".' names a party though no company form
 * ends its name; so do "Firstly:" and "Second:" entries.  Without the
 * "between" that opens a block, an ordinal names no party.
 */
static void test_parties_block_numbered_in_words(void **state)
{
	static const struct party_case cases[] = {
		{ "This contract was concluded in Riyadh between:\n\n"
		  "First: The Ministry of Municipal Affairs, represented by the Deputy Minister, "
		  "hereinafter referred to as \"the First Party\".\n\n"
		  "Second: Sawtiya Digital Solutions Company, a limited liability company, hereinafter "
		  "referred to as \"the Second Party\".\n\n"
		  "The Second Party shall provide the Services to the First Party.\n",
		  "First Party=customer@-; Second Party=vendor@-" },
		{ "This agreement is made between:\n\n"
		  "Firstly: The General Authority for Roads, hereinafter referred to as \"the "
		  "Authority\".\n\nSecondly: Qalam Analytics LLC, hereinafter referred to as \"the "
		  "Contractor\".\n\nThe Contractor shall provide the Services to the Authority.\n",
		  "Authority=customer@-; Contractor=vendor@-" },
		{ "First: The Ministry of Municipal Affairs publishes these guidelines, hereinafter "
		  "referred to as \"the Guidelines\".\n",
		  "" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Australian and New Zealand government drafting: a parties block under
 * bare "BETWEEN" and "AND" lines whose public body has no company form and
 * an unquoted alias after "the", which the contract then uses as a party's.
 * Not a statute's short name in such an entry, which acts in no clause.
 */
static void test_unquoted_public_body_in_a_parties_block(void **state)
{
	static const struct party_case cases[] = {
		{ "SERVICES CONTRACT\n\nBETWEEN\nThe State of Queensland through the Department of "
		  "Housing (the Department)\nAND\nLumen Data Pty Ltd (the Supplier)\n\n1. The "
		  "Department must pay the Charges.\n",
		  "Department=customer@-; Supplier=vendor@-" },
		{ "SERVICES CONTRACT\n\nBETWEEN\nCommonwealth of Australia as represented by the "
		  "Digital Transformation Agency (the Agency)\nAND\nLumen Data Pty Ltd (the "
		  "Supplier)\n\n1. The Agency must pay the Charges.\n",
		  "Agency=customer@-; Supplier=vendor@-" },
		{ "SERVICES CONTRACT\n\nBETWEEN\nThe State of New South Wales through the Office of "
		  "the Chief Information Officer (the Customer)\nAND\nLumen Data Pty Ltd (the "
		  "Supplier)\n\n1. The Customer must pay the Charges.\n",
		  "Customer=customer@-; Supplier=vendor@-" },
		{ "SERVICES CONTRACT\n\nBETWEEN\nThe State of Victoria acting through the Department "
		  "of Health under the Health Services Act 1988 (the Act)\nAND\nLumen Data Pty Ltd "
		  "(the Supplier)\n\n1. The Supplier must comply with the Act.\n",
		  "Supplier=vendor@-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * roles120: a consortium's parties block under "The undersigned Parties",
 * a territorial body named before its proper name ("Region Vestkyst",
 * "Province Utrecht") acting through a hospital or represented by a
 * faculty, and the body's own noun ("the Region") used for it in the
 * body.  Not a noun that another party's entry also holds, nor one the
 * body uses only once.
 */
static void test_consortium_bodies_and_their_nouns(void **state)
{
	static const struct party_case cases[] = {
		{ "CONSORTIUM AGREEMENT\n\nThe undersigned Parties:\n\n(1) Region Vestkyst, acting "
		  "through Holmgaard Hospital, Department of Acute Medicine (\"the Hospital\"); and\n"
		  "(2) Sepvia ApS, Aarhus (\"the Company\").\n\n1. DATA\n1.1 The Region remains the "
		  "owner of the data. The Company shall keep it on the Region's platform.\n"
		  "1.2 The Company shall deliver the Model. The Hospital shall pay the fees.\n",
		  "Hospital=customer@-; Company=vendor@-; Region=customer@-" },
		{ "AGREEMENT\n\nThe Contracting Parties\n\n(1) Province Utrecht (\"Client\"); and\n"
		  "(2) Modelwerk B.V. (\"Contractor\").\n\n1. The Contractor shall deliver the "
		  "Model. The Client shall pay the fees.\n",
		  "Client=customer@-; Contractor=vendor@-" },
		/* The noun used once only: no party by it. */
		{ "CONSORTIUM AGREEMENT\n\nThe undersigned Parties:\n\n(1) Region Vestkyst, acting "
		  "through Holmgaard Hospital (\"the Hospital\"); and\n(2) Sepvia ApS, Aarhus (\"the "
		  "Company\").\n\n1. The Region remains the owner of the data.\n"
		  "1.2 The Company shall deliver the Model. The Hospital shall pay the fees.\n",
		  "Hospital=customer@-; Company=vendor@-" },
		/* Both entries hold "University": it names neither. */
		{ "AGREEMENT\n\nPARTIES\n\n(1) Eastmoor University Hospital (\"Hospital\"); and\n"
		  "(2) Eastmoor University Spinout Ltd (\"Supplier\").\n\n1. The Supplier shall "
		  "deliver the Model. The Hospital shall pay the fees. The University shall publish. "
		  "The University may comment.\n",
		  "Hospital=customer@-; Supplier=vendor@-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * roles115: three parties where one funds work done for another.  The
 * customer is the one served (who receives the work and owns its data),
 * not the one that pays; a sponsorship's sponsor, or a funder of a
 * two-party deal, still buys.
 */
static void test_funder_pays_for_anothers_service(void **state)
{
	static const struct party_case cases[] = {
		{ "AGREEMENT\n\nBETWEEN\n\n(1) THE HARAMBEE GROWERS TRUST, a charitable trust "
		  "(hereinafter \"the Funder\");\n\n(2) KILIMO FARMERS' CO-OPERATIVE SOCIETY LIMITED "
		  "(hereinafter \"the Society\"); and\n\n(3) MAWINGU LABS LIMITED, a company "
		  "incorporated in Kenya (hereinafter \"the Developer\").\n\n(A) The Funder has "
		  "awarded a grant to support the Society.\n\n1. The Developer shall build and host "
		  "the Application for the Society.\n2. The Developer shall deliver the Model to "
		  "the Society.\n3. The Funder shall pay the Developer's fees.\n",
		  "Funder=unknown@-; Society=customer@-; Developer=vendor@Kenya" },
		{ "This Agreement is made by and among Larkspur Foundation, Inc. (\"Donor\"), the "
		  "Pine Valley Library, Inc. (\"Library\") and Quillmark AI, Inc., a "
		  "Delaware corporation (\"Vendor\").\n\n1. Vendor shall provide the Service to the "
		  "Library and shall host it for the Library.\n2. Donor shall pay the Fees.\n",
		  "Donor=unknown@-; Library=customer@-; Vendor=vendor@Delaware" },
		{ "GRANT-FUNDED SERVICES AGREEMENT\n\nThis agreement is between Northmoor Health "
		  "Charity Limited (the \"Sponsor\"), Northmoor Hospice Limited (the \"Hospice\") and Tessel "
		  "Analytics Ltd (the \"Supplier\").\n\nThe Sponsor has awarded a grant to the "
		  "Hospice.\n1. The Supplier shall provide the Services to the Hospice.\n2. The "
		  "Supplier shall report monthly to the Hospice.\n3. The Sponsor shall pay the "
		  "Charges.\n",
		  "Sponsor=unknown@-; Hospice=customer@-; Supplier=vendor@-" },
		/* a sponsorship: the sponsor buys the rights, the team is the seller's side */
		{ "SPONSORSHIP AGREEMENT\n\nThis agreement is between Riverside Football Club "
		  "Limited (the \"Club\"), Riverside Stadium Limited (the \"Stadium\") and Acorn "
		  "Beverages plc (the \"Sponsor\").\n\n1. The Club shall display the Sponsor's "
		  "marks for the Sponsor at the Stadium.\n2. The Sponsor shall pay the Fees to the "
		  "Club.\n3. The Club shall provide tickets to the Sponsor.\n",
		  "Club=vendor@-; Stadium=unknown@-; Sponsor=customer@-" },
		/* two parties: the funder is the buyer */
		{ "This Agreement is between the Larkspur Foundation (\"Funder\") and Quillmark AI, "
		  "Inc. (\"Vendor\").\n\n1. Vendor shall provide the Service to the Funder.\n2. "
		  "Funder shall pay the Fees.\n",
		  "Funder=customer@-; Vendor=vendor@-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * roles115: a defined name for terms, policies or schedules beside the
 * parties is never a party.
 */
static void test_terms_named_beside_the_parties(void **state)
{
	static const struct party_case cases[] = {
		{ "This Order Form is entered into between Meridian Labs FZ-LLC (\"Meridian\"), and "
		  "Harbour Hotels LLC (\"Subscriber\"), and is governed by the Meridian Standard Terms "
		  "of Service (the \"Standard Terms\").\n1. Meridian shall provide the Platform.\n",
		  "Meridian=vendor@-; Subscriber=customer@-" },
		{ "This Agreement is made between Larkspur Ltd (\"Customer\") and Vocalis Labs, Inc. "
		  "(\"Supplier\"), subject to the Vocalis Acceptable Use Policy (the \"Usage Policy\") "
		  "and the Vocalis Data Schedule (the \"Data Schedule\").\n",
		  "Customer=customer@-; Supplier=vendor@-" },
		/* A body that makes policy is a party: its name says for what or of what. */
		{ "This Agreement is made between Vocalis Labs, Inc. (\"Supplier\") and the Harbor "
		  "Institute for Public Policy, a nonprofit corporation (\"Harbor Institute for Public "
		  "Policy\").\n1. Supplier shall provide the Platform to the Harbor Institute for Public "
		  "Policy.\n",
		  "Supplier=vendor@-; Harbor Institute for Public Policy=customer@-" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Translations from Spanish, Portuguese and Italian name a party by a
 * clause of calling, in capitals and often without quotes: "which shall
 * hereinafter be referred to as THE COOPERATIVE", "hereinafter simply
 * called CONTRACTOR", "henceforth, "the Supplier"".  A noun with no role so
 * named takes the role the other party leaves.  ("who ... shall be called"
 * and "in the following" are not read: see roles.c.)
 */
static void test_parties_named_by_a_clause_of_calling(void **state)
{
	static const struct party_case cases[] = {
		/* Colombia: "which shall hereinafter be referred to as", capitals. */
		{ "Between COOPERATIVA DEL VALLE, a cooperative entity identified with NIT "
		  "891.502.774-6, which shall hereinafter be referred to as THE COOPERATIVE, and DATOS "
		  "ANDINOS S.A.S., identified with NIT 901.336.418-2, which shall hereinafter be "
		  "referred to as THE CONTRACTOR, we have agreed to enter into this contract.\n",
		  "COOPERATIVE=customer@-; CONTRACTOR=vendor@-" },
		/* Mexico: "hereinafter referred to as", capitals, no quotes. */
		{ "SERVICES AGREEMENT entered into by HOSPITAL SAN ROQUE, S.A. DE C.V., hereinafter "
		  "referred to as THE HOSPITAL, and VISIONMED SOLUCIONES, S.A. DE C.V., hereinafter "
		  "referred to as THE PROVIDER, in accordance with the following clauses.\n",
		  "HOSPITAL=customer@-; PROVIDER=vendor@-" },
		/* Brazil: "hereinafter simply called", the role nouns of both. */
		{ "AGROVALE TECNOLOGIA LTDA., a limited company enrolled with CNPJ 12.345.678/0001-90, "
		  "hereinafter simply called CONTRACTOR, and FAZENDA BOA VISTA S.A., a corporation "
		  "enrolled with CNPJ 98.765.432/0001-10, hereinafter simply called CLIENT, agree as "
		  "follows.\n",
		  "CONTRACTOR=vendor@-; CLIENT=customer@-" },
		/* Spain: "henceforth", a comma and quotes. */
		{ "On the one hand, NUBEIA TECNOLOGIAS S.A., a company incorporated in Spain "
		  "(henceforth, \"the Supplier\"), and on the other, MUTUA LEVANTE S.A., a company "
		  "incorporated in Spain (henceforth, \"the Insurer\").\n",
		  "Supplier=vendor@Spain; Insurer=customer@Spain" },
		/* Title case and no role noun after plain "hereinafter": still a role noun only. */
		{ "Acme Ltd, hereinafter referred to as the Operator, and Beta Ltd agree.\n", "" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names_of_what_a_party_acts_for),
		cmocka_unit_test(test_unquoted_names_beside_pronouns),
		cmocka_unit_test(test_short_name_beside_role_noun),
		cmocka_unit_test(test_labels_in_capitals),
		cmocka_unit_test(test_reseller_of_two),
		cmocka_unit_test(test_business_of_its_state),
		cmocka_unit_test(test_contract_named_is_no_party),
		cmocka_unit_test(test_you_list_of_one_the_order_form_identifies),
		cmocka_unit_test(test_labels_of_fields_with_their_own_alias),
		cmocka_unit_test(test_parties_block_numbered_in_words),
		/* roles114 */
		cmocka_unit_test(test_unquoted_public_body_in_a_parties_block),
		/* roles115 */
		cmocka_unit_test(test_funder_pays_for_anothers_service),
		cmocka_unit_test(test_terms_named_beside_the_parties),
		cmocka_unit_test(test_consortium_bodies_and_their_nouns),
		/* roles125 */
		cmocka_unit_test(test_parties_named_by_a_clause_of_calling),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

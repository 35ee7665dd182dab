/*
 * roles: who the parties are and what the defined terms mean, per document.
 *
 * Rules speak of roles ({vendor}, {customer}, {customer_data}); contracts
 * speak of "Acme", "PNC", "Client Materials".  This module reads a
 * document's preamble and definitions and produces substitutions for the
 * matching view (view.h), so that "Acme shall deliver" is matched as
 * "Vendor shall deliver" and "Client Materials" as "Customer Data", while
 * every finding still points at the document's own words.  A use may be
 * spaced otherwise than the definition ("the Llama" at the end of a line,
 * "Materials" on the next): a space of the name matches any run of white
 * space (view_space_len).
 *
 *  - Parties: aliases defined in the preamble (`Acme Corp. ("Acme")`,
 *    `("Buyer" or "PNC")`, `hereinafter "Licensor"`).  An alias that is a
 *    role noun of the rule set (the `vendor_noun` and `customer_noun`
 *    placeholders) has that role, and so do aliases defined beside it; a
 *    company name gets the role its uses show ("Acme shall provide",
 *    "fees payable by Beta"), or the other role than the other party's.
 *    A field at the head of an order form that names a party's company
 *    under a role noun ("Provider: Halcyon Labs, Inc.", the name on the
 *    line after "Customer:", or a table's row "| Provider | Halcyon Labs,
 *    Inc. |") gives that party the role, before its uses are counted.
 *    A party need not be a company: a name ending in Trust, Hospital,
 *    Bank, N.A., University, Authority and the like counts where it is
 *    named after "between" or "and" in a sentence with "between", or
 *    opens an entry of a numbered parties block ("PARTIES" ... "(1) THE
 *    SCHOOL DISTRICT (the "District")"), and so does "a body corporate"
 *    or "a public body".
 *    Any name counts that opens an entry of an unnumbered parties block,
 *    after a line "BETWEEN:" or "AND:" ("NORTHSHORE BANK OF CANADA, a
 *    Schedule I bank ... (the "Bank")"); "(hereafter "X")" defines an
 *    alias as "hereinafter" does.
 *    A parenthesis with a registration number between a name and its
 *    alias, "(Company Registration No. 196800123K)", or with a place,
 *    "a Nevada (USA) corporation", is read past.
 *    "the CONTRACTING PARTY" and "the CONTRACTED PARTY" (contratante,
 *    contratada) are the customer and the vendor where both name parties.
 *    "Party A: ..." and "Party B: ..." fields (or "First Party" and
 *    "Second Party") make the two labels parties; an alias inside a field
 *    of its role ("Customer: ORCHARD VALLEY CREDIT UNION ("Orchard
 *    Valley")") is a party; so is one defined "(together with its
 *    Affiliates, "Halyard")" or after "a political subdivision of".
 *    An order form that names its parties only in fields of their roles,
 *    with no alias ("| Customer | Westbrook Utilities District |", "the
 *    Customer: HARTWELL BUILDING SOCIETY, a building society ..."), has
 *    the role noun and the company a role's only field names as that
 *    party, where nothing else names one.
 *    Of two undecided parties, one that only supplies and one that only
 *    pays take those roles even on one use each ("the data provided by
 *    X" is X giving its data; "make its platform available to" is
 *    supplying).  Where "Licensor grants Licensee a licence to use the
 *    ... images ... to develop ... software" (or to train models), the
 *    licensee builds the AI and is the vendor, the licensor the customer.
 *    Without aliases, `between Acme Corp. and Customer` names the two.
 *    In an escrow agreement (a party is "the Escrow Agent", or "the
 *    Agent" where the preamble speaks of escrow) the agent takes no role,
 *    "the Owner" or "the Depositor" is the vendor and "the Beneficiary"
 *    the customer, and the other-party rule counts two parties without
 *    the agent.
 *    Terms of service: the names in a quoted list with "we", "us" or
 *    "our" (`Acme Ltd ("Acme," "we," or "us")`, single quotes, bold) are
 *    the vendor; a list of pronouns alone takes the name before it or
 *    the one it "means"; failing those, "a contract between you and Acme
 *    Limited".  A list with "you" makes no party, unless it names the
 *    one that accepts the terms: 'and the company that accepts them
 *    ("Partner" or "you")' makes Partner the customer.
 *    The first word of a company's name ("Acme" for "Acme Corp.") is
 *    that party too, where the document uses it so and it stands alone.
 *  - Defined terms: `"X" means ...` and `... ("X")`, and at the start of
 *    a paragraph `"X": ...`, `A "X" is the ...`, `X: ...` and `X means
 *    ...` (X capitalised words: the English colon, or quotes and bold
 *    lost in conversion), classed by their
 *    definition: the customer's data (a data word, singular or plural,
 *    "Query", "Files", that the customer provides, or that is processed
 *    for it (a passive read by its direction and the parties' roles:
 *    "disclosed by Party A" or "received by Party B" is the customer's
 *    where Party A is the customer and Party B the vendor, "received by
 *    Party A from Party B" is not), "data relating to Client's customers" or "to the Bank's
 *    applicants", and whatever the vendor receives, collects or
 *    maintains in performing the services, "information relating to a
 *    student ... collected ... by the Provider in providing the Platform",
 *    and by any name what a definition says the customer gives the vendor,
 *    "the recordings ... that Publisher supplies to Vendor" (not an order,
 *    a notice or feedback it sends), or what is captured at the
 *    customer's place or from its people, and the labels its staff
 *    apply, "images ... that the Hardware captures on the Purchaser's
 *    production lines",
 *    and what the sentence that defines it says the customer gives,
 *    whatever its name, 'Client shall upload the audio of its calls
 *    (the "Call Audio")' (the thing given named as data, audio, images
 *    and the like; who gives read by the parties' roles, so in a reverse
 *    data licence "the images Licensor provides to Licensee" are the
 *    customer's where the licensor is the customer; never a name that
 *    says software, documentation, services or a model), also with the
 *    giver after what it gives, 'the photos and floor plans you upload
 *    ("Uploads")', "the images uploaded by Customer" (not what the
 *    customer "has licensed", which it was given),
 *    unless the name is the vendor's or says confidential, or the data
 *    is de-identified; not what the vendor provides or prepares for the
 *    customer: a name the rules would read as the customer's data for
 *    what the vendor prepares for it, "prepared by Supplier specifically
 *    for Client ("Client Materials")", is read as "Deliverables"), the
 *    outputs (also "the notes the
 *    Service generates" and "the summaries generated by the Service",
 *    but not money a product earns, "revenue generated by the Services",
 *    nor what a system records of its own
 *    operation: "Logs", "the records of events that the System
 *    generates"), the model (not its licence, card or provider,
 *    nor a third party's), a claim of IP infringement (read as "IP
 *    Infringement Claim").  A term that gathers others, `(together,
 *    "X")`, `collectively, "X"`, `... are collectively referred to as
 *    "X"` or `"X" means the Prompts and Responses`, takes the classes of
 *    the terms it gathers: the customer's data and the outputs together
 *    are read as "Customer Data and Output".  A model is read as the "Custom Model" where
 *    its name ("Learned Model", "Fine-Tuned Model") or its definition
 *    ("that Vendor fine-tunes at Client's request", or "that Vendor trains on
 *    the Voice Recordings", a term read as customer data, defined before or
 *    after the model) says it is made for the customer, as the "Customer Model" where the customer submits it or
 *    its name is the customer's ("Client Models"), and as the plain
 *    "Model" otherwise: never the vendor's base or platform model.
 *    The kinds of data a definition of the customer's data lists by
 *    common nouns after "including" or "such as" ("recordings of
 *    practitioner conversations and case notes") are terms of its data
 *    too, at most three a definition, from a closed list (recordings,
 *    transcripts, images, video, scans and the like; "notes" and
 *    "messages" only with a word before them), never a generic word; a
 *    use stands for the data only where it heads a noun phrase of its own,
 *    in any case ("Recordings ... shall be deleted"), not another's ("the
 *    Supplier's recordings", "Zoom recordings"), nor before another noun
 *    ("recordings policy"), nor what the words after it say the vendor or
 *    its service gives or makes ("images ... we provide").
 *
 * A roles finder holds compiled patterns; make one per thread (the engine
 * does).  Results are owned by struct roles and freed by roles_release.
 */
#ifndef AICLAUSE_ROLES_H
#define AICLAUSE_ROLES_H

#include <stddef.h>

#include "arena.h"
#include "document.h"
#include "rules.h"
#include "view.h"

enum party_role {
	ROLE_UNKNOWN,
	ROLE_VENDOR,
	ROLE_CUSTOMER
};

enum term_class {
	TERM_OTHER,
	TERM_CUSTOMER_DATA,
	TERM_OUTPUT,
	TERM_MODEL,
	TERM_IP_CLAIM              /* a claim defined by infringement of IP rights */
};

struct party {
	const char *alias;         /* as defined: "Acme", "Buyer" */
	enum party_role role;
	const char *why;           /* "role noun", "defined with 'Buyer'", "uses", ... */
	int short_name;            /* the first word of a party's name: read only as a name */
	size_t at;                 /* offset of the definition (of the name, for a first word) */
};

struct defined_term {
	const char *term;
	enum term_class cls;
	const char *reads_as;      /* the rules' words for it ("Custom Model"); NULL: as written */
	int with_output;           /* customer data that takes in the outputs too ("Prompts and
				      Responses"): read as "Customer Data and Output" */
	size_t at;                 /* offset of the definition */
	int kind;                  /* a kind of data the definition of a customer-data term lists
				      ("recordings"): read as it only where it heads a noun phrase */
};

struct roles {
	struct party *parties;
	size_t nparties, parties_alloc;
	struct defined_term *terms;
	size_t nterms, terms_alloc;
	struct view_subst *subst;  /* sorted, non-overlapping */
	size_t nsubst, subst_alloc;
	struct arena arena;
};

struct roles_finder;

/* NULL-safe: without the role-noun placeholders only company names are read. */
struct roles_finder *roles_finder_new(const struct ruleset *rs);
void roles_finder_free(struct roles_finder *rf);

/* Fills `out` (zero-initialised or released before) for `doc`. */
void roles_find(struct roles_finder *rf, const struct document *doc, struct roles *out);
void roles_release(struct roles *r);

const char *party_role_name(enum party_role role);
const char *term_class_name(enum term_class cls);

#endif

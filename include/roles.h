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
 *  - Parties and their roles are read by parties.c; include/parties.h
 *    says from what.
 *  - Defined terms and their classes are read by terms.c;
 *    include/terms.h says from what.
 *
 * roles_find reads the parties first, then the terms, whose classes turn
 * on who the customer is; then it makes the substitutions: a party's name
 * reads as "Vendor" or "Customer", a term as the words the rules know it
 * by (in the singular too where it is defined in the plural: "a
 * Forecast" of "Forecasts"; in the plural where a claim or a custom model
 * is defined in the singular), and a kind of data only where the vendor
 * does not give it.
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
	/*
	 * Where the preamble says the party is from, as written, or NULL:
	 * the state or country it is incorporated in ("Delaware", "England
	 * and Wales", "the Republic of South Africa"), and the place of its
	 * (principal, registered, head) office ("Austin, Texas", "Nagoya,
	 * Aichi", an address).  So a reader can tell whether the governing
	 * law is one party's home law.
	 */
	const char *incorporated;
	const char *office;
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

/*
 * Limits on defined terms, for texts that define thousands: a hostile
 * text, since the longest contract of CUAD defines 245 terms, and no
 * contract of CUAD, the AI terms, the DOCX forms or the audit sets has
 * more than eight read as a class.  Each term read as its class is a pass
 * over the whole text, and each definition is checked against the terms
 * before it, so the time would grow with their product.  A term past
 * ROLES_TERMS_MAX is not defined, one past ROLES_READ_TERMS_MAX of those
 * with a reading is read as written; both are counted in terms_unread,
 * which the report's warning gives.
 */
#define ROLES_TERMS_MAX 1024
#define ROLES_READ_TERMS_MAX 64

struct roles {
	struct party *parties;
	size_t nparties, parties_alloc;
	struct defined_term *terms;
	size_t nterms, terms_alloc;
	size_t terms_unread;       /* terms past the limits above, read as written */
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

/*
 * parties: who the parties to a contract are, and which of them is the
 * vendor and which the customer.
 *
 * Parties are aliases defined in the preamble (`Acme Corp. ("Acme")`,
 * `("Buyer" or "PNC")`, `hereinafter "Licensor"`).  An alias that is a
 * role noun of the rule set (the `vendor_noun` and `customer_noun`
 * placeholders) has that role, and so do aliases defined beside it; a
 * company name gets the role its uses show ("Acme shall provide",
 * "fees payable by Beta", "County shall pay Engineer the fees"), or the
 * other role than the other party's.
 * A field at the head of an order form that names a party's company
 * under a role noun ("Provider: Halcyon Labs, Inc.", the name on the
 * line after "Customer:", or a table's row "| Provider | Halcyon Labs,
 * Inc. |") gives that party the role, before its uses are counted.
 * Every reader of such fields takes the same forms: "the" before the
 * label, emphasis around label or name ("**Provider**: **Halcyon Labs,
 * Inc.**").
 * A party need not be a company: a name ending in Trust, Hospital,
 * Bank, N.A., University, Authority and the like counts where it is
 * named after "between" or "and" in a sentence with "between", or
 * opens an entry of a numbered parties block ("PARTIES" ... "(1) THE
 * SCHOOL DISTRICT (the "District")"), also with its address after "of"
 * ("made ... between:" ... "(1) ASHCOMBE ... NHS FOUNDATION TRUST of
 * Ashcombe General Hospital, ... (the "Trust")") or its office after
 * "whose" ("(1) THE CHANCELLOR, MASTERS AND SCHOLARS OF THE UNIVERSITY OF
 * OXFORD whose administrative offices are at ..."), and so does "a body
 * corporate", "a public body" or "an unincorporated association" (a
 * consortium of buyers).  A public body described by its kind ("a
 * district health board established under ...") counts also where its
 * name opens a line of a "Parties" list.  So are a tribe ("the Cedar Band of Ojibwe, a
 * federally recognized Indian tribe", "the Cedar River Tribe") and the
 * trustees of a scheme ("the Trustees of the Greenway Pension Scheme").
 * Any name counts that opens an entry of an unnumbered parties block,
 * after a line "BETWEEN:" or "AND:" ("NORTHSHORE BANK OF CANADA, a
 * Schedule I bank ... (the "Bank")"); "(hereafter "X")" defines an
 * alias as "hereinafter" does.  There an unquoted alias after "the" that
 * the contract goes on to use as a party's ("The State of Queensland
 * through the Department of Education (the Department)", then "The
 * Department may ...") is a party with no company form.
 * A body that contracts on behalf of one of its parts ("The Regents of
 * the University of California, on behalf of its Los Angeles campus
 * ("UCLA")") is named where the body is; before an unquoted alias, a
 * name followed by the number it is registered under ("Brisbane City
 * Council ABN 72 002 765 795 of ... (Council)", "Company No.",
 * "corporate identity number") is an entity whatever its form; an
 * amendment's "the parties to the ...
 * Agreement ..., namely X ("X") and Y ("Y")" names the two, as
 * "between" does; a letter's writer in apposition, "We, Clearwater
 * Labs Limited, will provide ...", is the vendor as "We at ..." is.
 * A name or alias may open with an accented capital ("Île", "Société
 * Labs Limited", "Ålesund Neural Systems Limited" in an order form's
 * field): it is read as its plain spelling is.  A letter's "we," names
 * the alias after it only where one name stands between: "We, Ile AI
 * Limited, write ... to Kestrel Lane Surgery (the "Practice")" makes the
 * Practice no vendor.
 * A parenthesis with a registration number between a name and its
 * alias, "(Company Registration No. 196800123K)", "(SC445566)", or with a place,
 * "a Nevada (USA) corporation", is read past.  An alias may be
 * unquoted where it is a role noun after a company ("... Pty Ltd ABN
 * 77 612 334 871 of ... Melbourne VIC 3000 (Supplier)"), any name
 * after "the" there ("... Limited ACN 004 118 562 of ... (the
 * Company)", also in bold, "(the **Client**)"), or the label of its line's field ("Principal: ...
 * Corporation ABN 44 123 456 789, ... (Principal)"); a role noun that
 * labels its line, also after an item's number, is a party whatever the
 * name ("1.2 Buyer: Nordvik Kommune, ... (hereinafter: the Buyer)"); and
 * "hereinafter" may take a colon or "the" inside the quotes
 * ('hereinafter: the "Supplier"', 'referred to as "the Customer"', a
 * role noun unquoted between dashes, "- hereinafter: the CLIENT -"), or
 * single quotes, as translations have them ("(hereinafter referred to
 * as the 'Client')"),
 * and a name defined so with a role noun glossing it in parentheses
 * ('the "Auftraggeber" (Client)') is that party with the gloss's role.
 * The Crown ("HIS MAJESTY THE KING IN RIGHT OF ONTARIO") is a party
 * as a company is.  In a numbered clause an alias, in a parenthesis or
 * after "hereinafter", takes its company from its own paragraph only:
 * '1. Talkwave wishes to become a full network enabler (hereinafter:
 * "MVNE")' names no party.
 * "the CONTRACTING PARTY" and "the CONTRACTED PARTY" (contratante,
 * contratada) are the customer and the vendor where both name parties.
 * "Party A: ..." and "Party B: ..." fields (or "First Party" and
 * "Second Party") make the two labels parties; labels glossed with the
 * two sides' role nouns ("Party A (Client):", "Party B (Service
 * Provider):") take their glosses' roles; an alias inside a field
 * of its role ("Customer: ORCHARD VALLEY CREDIT UNION ("Orchard
 * Valley")") is a party; so is one defined "(together with its
 * Affiliates, "Halyard")" or after "a political subdivision of".
 * An order form that names its parties only in fields of their roles,
 * with no alias ("| Customer | Westbrook Utilities District |", "the
 * Customer: HARTWELL BUILDING SOCIETY, a building society ..."), has
 * the role noun and the company a role's only field names as that
 * party, where nothing else names one, or only an alias in the other
 * role's field ('the Customer: HARTWELL BUILDING SOCIETY ("Hartwell")'
 * beside 'the Supplier: LEXIGRAM AI LIMITED'); the name ends before an
 * address ("Supplier: Fathom Labs, Inc., 1 Ferry Building, ..."), or a
 * parenthesis that is no company form's ("Savanna Analytics (Pty) Ltd"
 * is whole); so
 * does a cover table whose header row names the roles, "| | Provider |
 * Customer |", in its "Name" row, and the "Details" block of Australian
 * drafting, "Name  Greenfield Water Corporation" ... "Short name
 * Customer", also with colons ("Short name: Customer").  A customer noun
 * defined as who accepts the terms
 * ('"Customer" means the company or other legal entity that accepts
 * these Terms') is the customer party.  A German "gGmbH" is a company.
 * Who entrusts the work to the other ("Party A entrusts to Party B the
 * development") is read as one who pays.
 * Two parties that no role noun or field decides ("the Operator" and
 * "the Trust", "the Principal", "the Institution", "the Member": an
 * operator supplies in one deal and buys in another) are decided by
 * their plain duties where all of them point one way, three at least:
 * who supplies, hosts, maintains or develops the work ("the Services",
 * "the System", "the Platform", "the Model"; "is responsible for
 * hosting", "the Services provided by"), grants a licence to use it or
 * warrants it, or is in the business of providing AI; against who pays
 * the Fees or Charges, audits the other (not its royalties or usage),
 * wishes to procure, or has its own data ("Trust Data", "the
 * Principal's records") used by the other.  That outweighs looser
 * counts ("must procure that ...", "pay the Trust a service credit",
 * "must operate the AI Service in accordance with ..."); where the duties
 * disagree it decides nothing.
 * Of two undecided parties, one that only supplies and one that only
 * pays take those roles even on one use each ("the data provided by
 * X" is X giving its data; "make its platform available to" is
 * supplying).  Where "Licensor grants Licensee a licence to use the
 * ... images ... to develop ... software" (or records, scans or
 * transcripts to train models with), the licensee builds the AI and is
 * the vendor, the licensor the customer; so too where the licence is
 * to serve the licensor with the data ("... solely to provide the
 * Insights to the Licensor"), and where "Data Provider" grants
 * "Recipient" such a licence.
 * Without aliases, `between Acme Corp. and Customer` names the two, and
 * so do two companies, `made between Kestrel Analytics Pty Ltd and
 * Harbour Holdings Ltd`, `by and between Acme, Inc., a Delaware
 * corporation, ..., and Beta Foods plc`, whose uses give their roles.
 * In an escrow agreement (a party is "the Escrow Agent", or "the
 * Agent" where the preamble speaks of escrow) the agent takes no role,
 * "the Owner" or "the Depositor" is the vendor and "the Beneficiary"
 * the customer, and the other-party rule counts two parties without
 * the agent.
 * Terms of service: the names in a quoted list with "we", "us" or
 * "our" (`Acme Ltd ("Acme," "we," or "us")`, single quotes, bold) are
 * the vendor, but for a buyer's noun in the list: 'Harbour City Council
 * ("we", "us" or the "Council")' beside a "Supplier" makes neither the
 * council nor its name the vendor; a list of pronouns alone takes the name before it or
 * the one it "means"; failing those, "a contract between you and Acme
 * Limited", also where an alias is defined there, 'an agreement between
 * you and Acme, LLC ("Acme")'.  A list with "you" makes no party, unless it names the
 * one that accepts the terms: 'and the company that accepts them
 * ("Partner" or "you")' makes Partner the customer, and so does "the
 * business customer named in the Subscription Order (the "Operator")"; so do the names
 * "you" goes by, before or after a list with "we", where "we" supply
 * them ('we will provide the Services to Harbourside Medical Practice
 * ("you" or the "Practice")') or "you" accept the terms ("By clicking").
 * The first word of a company's name ("Acme" for "Acme Corp.") is
 * that party too, where the document uses it so and it stands alone.
 * A "between" clause without aliases reads past where or what a party
 * is ("..., with offices in Austin, Texas, and", "..., residing at"),
 * and takes a natural person ("Dr Jane Roe", "Jane Roe, an individual")
 * or a public body ("the Board of Education of ...", "the Minister for
 * Health acting through ...") as a party beside a company.
 * Three parties or more: a reseller between a platform's maker and the
 * end customer ("Partner is its authorised reseller", "PlatformCo
 * appoints Partner as its reseller"), or two parties the contract names
 * together as its suppliers ("the Vendor Parties is a reference to
 * PlatformCo and Partner"), are vendors, and the one that pays is the
 * customer.
 * Each party keeps where its description says it is from (struct party:
 * incorporated, office): "a Delaware corporation", "incorporated in the
 * state of California", "a Dubai free zone company", "having its
 * registered office at ...", "whose principal place of business is 10
 * ...", "with a place of business located at", "having an address of",
 * "ABN ... of 20 Collins Street", "having its seat in Piraeus", a body's
 * address after its name in capitals ("NHS FOUNDATION TRUST of Northfield
 * General Hospital, ..."), the city after a company form on a
 * parties block's line ("Beta Vision GmbH, Munich, Germany" above '(the
 * "Developer")'), or an order form's field ("Customer address: ...").
 * A place ends before a registration number ("Milan, Corso Como 5, VAT
 * No. IT09876543210"); a public body is incorporated in the state it is
 * "a political subdivision of", "a municipal corporation of" or "an
 * agency of".
 * The description is read before the alias (quoted, or unquoted after
 * "hereinafter called the"; in the paragraph before, where the alias has
 * one of its own, 'Hereinafter referred to as "the Client",') back to
 * the definition before
 * it, or after the alias where it goes on there ('("Exact"), a Delaware
 * corporation with ...'); a description that follows another party's
 * alias is that party's, never the next one's.
 * A party described as "a cooperative society", "a building society", "a
 * foundation" or "an association" is a party as a company is, and so is
 * a "Credit Union".  A document's own name ("Letter Agreement", "First
 * Amendment", "Order Form") is never a party.  A public
 * body read as the customer only by its noun ("the Authority", "the
 * Council") is the vendor where both parties' plain duties all say it
 * supplies; a buyer's own noun ("the Customer") never turns so.
 *
 * A name defined for what a party acts for besides itself, right before
 * the party's own alias ("on behalf of itself and the pharmacies listed in
 * Schedule 1 (the "Covered Stores") (the "Subscriber")", "for itself and
 * as agent for its member hospitals ("Members") (the "Principal")"), is no
 * party, and the description before it is the party's.  Names in brackets
 * without quotes beside "we" or "you" ("(Vigilo, we, us or our) and the
 * education provider named in the Order Form (Institution, you or your)")
 * name the vendor and, the other of that pair in the same sentence, the
 * customer.
 *
 * Ownership: parties_find copies each alias into the arena of the struct
 * roles it fills, so it lives until roles_release; `why` ("role noun",
 * "the other party") is a constant string.
 */
#ifndef AICLAUSE_PARTIES_H
#define AICLAUSE_PARTIES_H

#include "document.h"
#include "roles.h"

/*
 * Adds the parties of `doc` to `out` (zero-initialised: roles_find calls
 * this first), each with its role and why, at most 32.  Uses the finder's
 * patterns and match data and keeps nothing in it.  Does not fail: an
 * allocation failure exits (xalloc.h).
 */
void parties_find(struct roles_finder *rf, const struct document *doc, struct roles *out);

/*
 * Whether `alias` is a word a public buyer goes by ("Authority",
 * "Agency"): the rule set's customer_noun reads it only with its capital
 * and only where no "of" or name follows, so uses of it need the
 * canonical "Customer" substituted.
 */
int is_public_body_noun(struct roles_finder *rf, const char *alias);

#endif

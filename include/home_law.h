/*
 * home_law: whether a choice of law names a party's home.
 *
 * The checklist asks for the customer's own law; a vendor's paper chooses
 * the vendor's.  parties.c reads where each party is incorporated and has
 * its office, as written ("Delaware", "the State of New York", "a German
 * company", "10 Main Street, Austin, TX 78746").  home_law_subst finds
 * those places where a sentence chooses a law ("governed by the laws of
 * the State of Texas", "Texas law governs", "subject to German law") and
 * substitutes a word no contract uses, HOME_LAW_VENDOR or
 * HOME_LAW_CUSTOMER, so that a rule's qualifier ({vendor_home} and
 * {customer_home} in rules/vocabulary.yaml) can tell the vendor's home
 * law from the customer's.  The words keep the shape of a place's name
 * (one capitalised word), so the governing-law patterns still match.
 *
 * A place's parts count on their own: "England" is the home of a party
 * incorporated in "England and Wales", "Texas" of one whose office is in
 * "Austin, Texas", "Delaware" of one of "the State of Delaware".  A US
 * state's postal code ("TX") reads as the state, an Australian state's
 * code before a four-digit postcode ("Melbourne VIC 3000") as that state,
 * a country's adjective ("a German company") as the country and the
 * adjective ("German law").
 * A place both parties call home is the customer's: a law the buyer
 * knows is no concession.  Nothing is substituted where the customer's
 * home is not read: the vendor's home may be the customer's too (a
 * national service for that nation's businesses), and careful readers
 * of such contracts took it for the customer's law as often as not.  But
 * on a vendor's terms for "you" (a party defined as "you" in the text's
 * opening 8 KB, no customer party read), a US state's or a Canadian
 * province's law is the vendor's choice (HOME_LAW_VENDOR), its home read
 * or not: its customers are in any state.  Nothing is said of a law that is neither's:
 * whether that is neutral ground or a third country's law is not told by
 * places alone.
 *
 * A sentence chooses a law where it says so: "govern", "construed",
 * "interpreted", "subject to", "submit", "apply" or "applicable" within
 * 200 bytes before "law" or 160 after it, and the place right after
 * "law(s) of [the State of]", "laws in force in", "laws applicable in",
 * "Law: [State of]", or right before "[substantive] law(s)".  Not the
 * place a party is "organized under the laws of", nor "an action at law
 * in Texas".  A name is a whole name: "British" is not the first word of
 * "British Columbia", nor "India" of "Indiana".  A clause in capitals
 * ("THE LAWS OF THE STATE OF TEXAS") is read too, its places matched in
 * any case; there a name is whole unless a word that makes a longer place
 * follows it ("BRITISH COLUMBIA", "WASHINGTON STATE").  At most 24 names
 * of each role's places are looked for.
 */
#ifndef AICLAUSE_HOME_LAW_H
#define AICLAUSE_HOME_LAW_H

#include "document.h"
#include "roles.h"

#define HOME_LAW_VENDOR "Vendorhome"
#define HOME_LAW_CUSTOMER "Customerhome"
#define HOME_LAW_NEITHER "Neitherhome"

/*
 * Appends to r->subst a substitution for every place a sentence of `doc`
 * chooses as its law that is the home of one of r's parties with a role.
 * The substitutions are unsorted and may overlap others (roles_find sorts
 * them and keeps the first and longest).  Allocates nothing that
 * outlives the call but r->subst.
 */
void home_law_subst(struct roles *r, const struct document *doc);

#endif

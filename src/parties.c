#include <ctype.h>
#include <string.h>

#include "parties.h"
#include "roles_internal.h"
#include "roles_words.h"
#include "xalloc.h"

/* The preamble where parties are defined: the first bytes of a contract. */
#define PREAMBLE_MAX 8000
/* How far back from an alias its entity ("Acme Corp., a Delaware ...") may start. */
#define ENTITY_CONTEXT 400
/* Bytes between the two names of "X ("A") and Y ("B")", at most. */
#define PAIR_GAP 200
/* Bytes after "means" in which a company suffix makes the name a party. */
#define MEANS_COMPANY_REACH 80
/* Uses of an alias needed, and the margin over the other role, to decide. */
#define ROLE_MIN_EVIDENCE 2

/* Parties (aliases) and groups of aliases defined together, at most. */
#define MAX_PARTIES 32
#define MAX_GROUPS 16

/*
 * Whether a name that ends in "Policy" names a body that makes policy
 * ("Institute for Public Policy", "Office of Science and Technology
 * Policy"), not a policy: a body's name says whose or for what it is.
 */
static int body_of_policy(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i + 4 <= len; i++)
		if (!strncasecmp(s + i, " of ", 4) ||
		    (i + 5 <= len && !strncasecmp(s + i, " for ", 5)))
			return 1;
	return 0;
}

/* Defined terms that are never a party, whatever surrounds them. */
static int is_generic_term(const char *s, size_t len)
{
	static const char *const words[] = {
		"agreement", "contract", "deed", "effective date", "party", "parties", "services",
		"products", "territory", "term", "terms", "terms of service", "terms of use", "affiliate",
		"affiliates", "we", "us", "our", "you", "your",
	};

	/*
	 * What a party holds is no party: "Company Data", "Customer Materials";
	 * nor is a document: "Letter Agreement", "First Amendment", "Order Form",
	 * "Call-Off Contract" ('sign this contract (hereinafter "the Contract")'),
	 * nor its terms, policies or schedules: "is governed by the Acme
	 * Standard Terms of Service (the "Standard Terms")".
	 */
	static const char *const held[] = {
		" data", " information", " materials", " content", " agreement", " amendment",
		" addendum", " order form", " contract", " deed", " terms", " conditions", " policy",
		" policies", " schedule", " terms of service", " terms of use", " exhibit", " annex",
		" appendix", " statement of work",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(words); i++)
		if (strlen(words[i]) == len && strncasecmp(s, words[i], len) == 0)
			return 1;
	for (i = 0; i < ARRAY_SIZE(held); i++)
		if (len > strlen(held[i]) &&
		    !strncasecmp(s + len - strlen(held[i]), held[i], strlen(held[i])) &&
		    !(strstr(held[i], "polic") && body_of_policy(s, len)))
			return 1;
	return len == 0 || !name_upper_len(s, len, 0);
}

static struct party *add_party(struct roles *out, const char *text, size_t len, size_t at,
			       enum party_role role, const char *why)
{
	struct party *p;
	size_t i;

	if (out->nparties >= MAX_PARTIES)
		return NULL;
	for (i = 0; i < out->nparties; i++)
		if (strlen(out->parties[i].alias) == len &&
		    memcmp(out->parties[i].alias, text, len) == 0)
			return NULL;
	ALLOC_GROW(out->parties, out->nparties + 1, out->parties_alloc);
	p = &out->parties[out->nparties++];
	p->alias = arena_strndup(&out->arena, text, len);
	p->role = role;
	p->why = why;
	p->short_name = 0;
	p->at = at;
	p->incorporated = NULL;
	p->office = NULL;
	return p;
}

/*
 * Words that end the name of a party that is no company, or open it before
 * "of": "the City of Harbor", "the Town of Eastfield".
 */
static int is_institution_word(const char *w, size_t n)
{
	static const char *const words[] = {
		"Agency", "Association", "Authority", "Bancorp", "Bank", "Borough", "City", "Clinic",
		"College", "Commonwealth", "Cooperative", "Council", "County", "Court", "Department",
		"District", "Foundation", "Fund", "Government", "Hospital", "Institute",
		"Laboratories", "Laboratory", "Ministry", "Municipality", "N.A", "N.A.", "Nation",
		"Prefecture", "Province", "Region", "School", "Society", "State", "Town", "Township",
		"Tribe", "Trust", "Trustees", "University", "Village", "Canton",
	};
	size_t i, k;
	int caps = 1;

	/* In capitals as a parties block writes names: "SCHOOL DISTRICT". */
	for (k = 0; k < n; k++)
		if (islower((unsigned char)w[k]))
			caps = 0;
	for (i = 0; i < ARRAY_SIZE(words); i++)
		if (strlen(words[i]) == n &&
		    (caps ? !strncasecmp(words[i], w, n) : !memcmp(words[i], w, n)))
			return 1;
	return 0;
}

/*
 * Territorial bodies that civil-law drafting names with the territory's
 * name after the noun, not after "of": "Region Vestkyst", "Province
 * Utrecht", "Canton Bern", "Municipality Amsterdam".
 */
static int territory_first(const char *w, size_t n)
{
	return word_is(w, n, "Region") || word_is(w, n, "Province") || word_is(w, n, "Canton") ||
	       word_is(w, n, "Municipality") || word_is(w, n, "Prefecture");
}

/*
 * Whether t[at] opens an entry of a numbered parties block: a line that
 * starts "(1) " or "1. " after a "PARTIES" or "BETWEEN" caption.
 */
static int opens_party_entry(const char *t, size_t lo, size_t at)
{
	size_t i = at, k;

	while (i > lo && (t[i - 1] == ' ' || t[i - 1] == '\t'))
		i--;
	if (i > lo && t[i - 1] == ')') {
		for (i--; i > lo && isdigit((unsigned char)t[i - 1]); i--)
			;
		if (i == lo || t[i - 1] != '(' || !isdigit((unsigned char)t[i]))
			return 0;
		i--;
	} else if (i > lo && t[i - 1] == '.') {
		for (i--; i > lo && isdigit((unsigned char)t[i - 1]); i--)
			;
		if (!isdigit((unsigned char)t[i]))
			return 0;
	} else {
		return 0;
	}
	if (i > lo && t[i - 1] != '\n')
		return 0;
	/* "between:" in lower case as a sentence leads into the block: "is made on ... between:". */
	for (k = i; k >= lo + 7; k--)
		/* The last byte of each first: the scan may go back to the start of the text. */
		if ((t[k - 1] == 'S' || t[k - 1] == 's' || t[k - 1] == 'N' || t[k - 1] == ':') &&
		    (!strncmp(t + k - 7, "PARTIES", 7) || !strncmp(t + k - 7, "BETWEEN", 7) ||
		    !strncmp(t + k - 7, "Parties", 7) ||
		    (k >= lo + 8 && !strncmp(t + k - 8, "between:", 8))))
			return 1;
	return 0;
}

/* Bytes before a party's name in which "between" opens the list of parties. */
#define BETWEEN_CONTEXT 600
/* Words in an institution's name, at most. */
#define INSTITUTION_WORDS 12

/*
 * "is entered into by X and Y", "is made by X and Y": "by" after these
 * opens the list of parties as "between" does.
 */
static int is_agreeing_verb(const char *w, size_t n)
{
	return word_is(w, n, "into") || word_is(w, n, "made") || word_is(w, n, "executed") ||
	       word_is(w, n, "concluded");
}

/* Bytes after a first party's alias in which the sentence says the parties agree. */
#define AGREEING_REACH 400

/*
 * Whether the alias parenthesis at t[at] is followed by "and" and a second
 * name, and then, in the same line, by the verb of parties that contract:
 * 'Hanbit University Hospital (hereinafter "Gap") and Seorin Co., Ltd.
 * (hereinafter "Eul") enter into this Agreement', "... agree as follows",
 * "... have concluded".  A preamble that opens with its first party as the
 * subject, with no "between" before it.  t is NUL-terminated.
 */
static int pair_agrees_after(const char *t, size_t at)
{
	static const char *const verbs[] = {
		"enter", "entered", "enters", "agree", "agreed", "agrees", "conclude", "concluded",
		"concludes",
	};
	static const char *const objects[] = { "agreement", "contract" };
	size_t i = at, stop;
	int depth = t[at] == '(' ? 0 : 1;

	/* The alias's parenthesis, to its close (from inside it for "hereinafter"). */
	for (; t[i] && t[i] != '\n'; i++) {
		if (t[i] == '(')
			depth++;
		else if (t[i] == ')' && --depth == 0)
			break;
	}
	if (t[i] != ')')
		return 0;
	for (i++; t[i] == ' ' || t[i] == ','; i++)
		;
	if (strncmp(t + i, "and ", 4))
		return 0;
	for (stop = i + AGREEING_REACH; i < stop && t[i] && t[i] != '\n'; i++)
		if (isalpha((unsigned char)t[i]) && !isalnum((unsigned char)t[i - 1]) &&
		    word_at(t, i + 12 < stop ? i + 12 : stop, i, verbs, ARRAY_SIZE(verbs)))
			break;
	/* What they agree to is the contract, not a fact: "... agreed in 2019 on a protocol". */
	for (; i < stop && t[i] && t[i] != '\n'; i++)
		if (isalpha((unsigned char)t[i]) && !isalnum((unsigned char)t[i - 1]) &&
		    (word_at(t, i + 10 < stop ? i + 10 : stop, i, objects, ARRAY_SIZE(objects)) ||
		     !strncasecmp(t + i, "as follows", 10)))
			return 1;
	return 0;
}

static int registration_number(const char *t, size_t open, size_t close);

/*
 * Where a party's name ends, given the end `i` of the words before its
 * alias: before the number that identifies it, where one follows the
 * name, "Western Rail Authority ABN 12 345 678 901 (the", "Tallis Health
 * Board, Company No. 04512876 (", "... (ABN 12 345 678 901) (the", and
 * `i` itself where none does.  A number is words with a digit in them,
 * after a word that says what it is: a label in capitals of two to six
 * letters ("ABN", "NZBN", "UEN", "KvK"), or "No.", "Number" or "nr."
 * after a register's word or such a label ("Registration No.", "company
 * number", "CVR no.").  A body numbered as one of its kind ends before
 * its number, with its kind: "Public Utility District No. 1", "Eastmoor
 * Hospital No. 2".
 */
static size_t before_registration(const char *t, size_t lo, size_t i)
{
	static const char *const number_words[] = { "no", "no.", "number", "nr", "nr.", "num." };
	static const char *const registers[] = {
		"business", "charity", "commercial", "company", "corporate", "entity",
		"incorporation", "reg", "reg.", "register", "registered", "registration", "tax",
		"trade", "vat",
	};
	size_t j = i, w, digits = 0, caps, k;
	int register_word = 0;

	if (j > lo && t[j - 1] == ')') {
		for (k = j - 1; k > lo && k + 40 > j && t[k - 1] != '('; k--)
			;
		if (k > lo && t[k - 1] == '(' && registration_number(t, k - 1, j - 1)) {
			for (j = k - 1; j > lo && (t[j - 1] == ' ' || t[j - 1] == ','); j--)
				;
			return j;
		}
		return i;
	}
	/* The number: words with a digit, "12 345 678 901", "201912345K", "U72200MH2010PTC1". */
	for (;;) {
		int digit = 0;

		for (w = j; w > lo && (isalnum((unsigned char)t[w - 1]) || t[w - 1] == '-' ||
				       t[w - 1] == '/'); w--)
			digit |= isdigit((unsigned char)t[w - 1]) != 0;
		if (w == j || !digit || w == lo || t[w - 1] != ' ')
			break;
		digits++;
		for (j = w; j > lo && t[j - 1] == ' '; j--)
			;
	}
	if (!digits)
		return i;
	/* What it is: "No.", "Number" after a word; or a label in capitals. */
	for (w = j; w > lo && (isalpha((unsigned char)t[w - 1]) || t[w - 1] == '.'); w--)
		;
	if (w == j)
		return i;
	if (word_in(t + w, j - w, number_words, ARRAY_SIZE(number_words))) {
		for (j = w; j > lo && t[j - 1] == ' '; j--)
			;
		for (w = j; w > lo && (isalpha((unsigned char)t[w - 1]) || t[w - 1] == '.'); w--)
			;
		if (w == j)
			return i;
		/* "District No. 1": the number of one of its kind ends the body's name. */
		if (!word_in(t + w, j - w, registers, ARRAY_SIZE(registers)))
			return j;
		register_word = 1;
	}
	for (k = w, caps = 0; k < j; k++)
		caps += isupper((unsigned char)t[k]) != 0;
	if (!register_word && (j - w < 2 || j - w > 6 || caps < 2 || !isupper((unsigned char)t[w])))
		return i;
	for (j = w; j > lo && (t[j - 1] == ' ' || t[j - 1] == ','); j--)
		;
	return j;
}

/*
 * Buyers that are no company: hospitals, banks, universities, public
 * bodies.  Whether the words right before `at` (an alias's parenthesis)
 * name one: capitalised words joined by "of", "for", "and", "the", "&",
 * one of them such a word at the end or before "of" ("Harrowgate Royal
 * Hospital NHS Foundation Trust", "Eastbridge Savings Bank, N.A.", "the
 * University of Eastmoor"), named right after "between" (or "entered
 * into by"), or after "and" with one of them before it.  Elsewhere ("compiled by the ... Department
 * of Labor (the \"Index\")") the word marks no party.  A number that
 * identifies the body between its name and the parenthesis is passed
 * over ("... Authority ABN 12 345 678 901 (the").
 */
/* Bytes of the name a body acts for, after ", on behalf of ", at most. */
#define BEHALF_REACH 80

/*
 * Where the words right before `at` name whom the party acts for, "The
 * Board of Regents of the University of Wisconsin System, on behalf of
 * the University of Wisconsin-Madison (", "The Regents of the University
 * of California, on behalf of its Los Angeles campus (": the comma before
 * "on behalf of", else 0.  The words after "of" are a name and no more:
 * no stop, comma, parenthesis or quote.
 */
static size_t behalf_before(const char *t, size_t lo, size_t at)
{
	size_t i;

	for (i = at; i > lo + 15 && at - i <= BEHALF_REACH; i--) {
		char c = t[i - 1];

		if (c == '(' || c == ')' || c == ',' || c == '"' || c == ';' || c == '\n' ||
		    (unsigned char)c == 0xE2)
			return 0;
		if (c == ' ' && !strncmp(t + i - 15, ", on behalf of ", 15))
			return i - 15;
	}
	return 0;
}

static int named_between(const char *t, size_t at, int need_word)
{
	size_t lo = at > BETWEEN_CONTEXT ? at - BETWEEN_CONTEXT : 0;
	size_t ws[INSTITUTION_WORDS + 1], wl[INSTITUTION_WORDS + 1];
	size_t i = at, n = 0, name, j;
	int has_word;

	/* The body named between is the one that acts: its name is before the comma. */
	j = behalf_before(t, lo, at);
	if (j && named_between(t, j, need_word))
		return 1;

	/* A placeholder in brackets, "[Bank of Upper Canada]", reads as the name inside. */
	while (i > lo && strchr(" \t\n(,]", t[i - 1]))
		i--;
	i = before_registration(t, lo, i);
	/* The words before, last first, back to something that is not a word. */
	while (n <= INSTITUTION_WORDS && i > lo) {
		size_t e = i;

		while (i > lo && (isalnum((unsigned char)t[i - 1]) || strchr("&'.-", t[i - 1])))
			i--;
		if (i == e)
			break;
		ws[n] = i;
		wl[n++] = e - i;
		while (i > lo && strchr(" \t\n,[]", t[i - 1]))
			i--;
	}
	/* The name: capitalised words and joiners. */
	for (name = 0; name < n; name++) {
		const char *w = t + ws[name];
		size_t m = wl[name];

		/* "made BETWEEN [INSURER NAME] LIMITED": the capitals open no name. */
		if (word_is(w, m, "between"))
			break;
		if (!isupper((unsigned char)w[0]) && !word_is(w, m, "of") && !word_is(w, m, "for") &&
		    !word_is(w, m, "and") && !word_is(w, m, "the") && !word_is(w, m, "&"))
			break;
	}
	/* A name opens with a capital: "the", "and" before it are the context. */
	while (name > 0 && !isupper((unsigned char)t[ws[name - 1]]))
		name--;
	if (!name || name > INSTITUTION_WORDS)
		return 0;
	for (j = 0; j < name && need_word; j++)
		if (is_institution_word(t + ws[j], wl[j]) &&
		    (j == 0 || word_is(t + ws[j - 1], wl[j - 1], "of") ||
		     word_is(t + ws[j - 1], wl[j - 1], "for") ||
		     (j == name - 1 && territory_first(t + ws[j], wl[j]))))
			break;
	/*
	 * Without such a word the name may still be of the office a body acts
	 * through ("the Commonwealth of Massachusetts, acting by and through its
	 * Executive Office of Technology Services"): the body must have one.
	 */
	has_word = !need_word || j < name;
	/* What comes before the name: "between", or "and" after a "between". */
	for (j = name; j < n && word_is(t + ws[j], wl[j], "the"); j++)
		;
	/*
	 * A body acting for a public buyer: "the State of Columbia, acting
	 * through the Administrative Office of the Courts (the \"Judicial
	 * Branch\")", "the Commonwealth ..., by and through its Department
	 * of Revenue": the name it acts for is the one named between.
	 */
	if (j + 1 < n && word_is(t + ws[j], wl[j], "its") &&
	    (word_is(t + ws[j + 1], wl[j + 1], "through") || word_is(t + ws[j + 1], wl[j + 1], "by")))
		j++;
	/*
	 * The same for a body represented by one of its parts: "Limfjord
	 * University, represented by its Faculty of Health", "the Region,
	 * represented by the Hospital Board".
	 */
	if (j + 1 < n && word_is(t + ws[j], wl[j], "by") &&
	    word_is(t + ws[j + 1], wl[j + 1], "represented"))
		return named_between(t, ws[j + 1], need_word);
	if (j + 1 < n && word_is(t + ws[j], wl[j], "through") &&
	    (word_is(t + ws[j + 1], wl[j + 1], "acting") ||
	     (j + 2 < n && word_is(t + ws[j + 1], wl[j + 1], "and") &&
	      word_is(t + ws[j + 2], wl[j + 2], "by")))) {
		size_t k = word_is(t + ws[j + 1], wl[j + 1], "acting") ? j + 1 : j + 2;

		/* "the State of Texas, acting by and through the Texas Department of ...". */
		if (k == j + 2 && j + 3 < n && word_is(t + ws[j + 3], wl[j + 3], "acting"))
			k = j + 3;
		return named_between(t, ws[k], need_word);
	}
	if (!has_word)
		return 0;
	if (j == n && opens_party_entry(t, lo, ws[j - 1]))
		return 1;
	/* The name opens its line, the first of a pair that agrees: "X Hospital (...) and Y ... enter into". */
	if (j == n && need_word) {
		for (i = ws[j - 1]; i > lo && (t[i - 1] == ' ' || t[i - 1] == '\t'); i--)
			;
		if ((i == 0 || t[i - 1] == '\n') && pair_agrees_after(t, at))
			return 1;
	}
	/*
	 * An amendment names the parties of the contract it amends: "entered
	 * into by the parties to the Services Agreement dated ..., namely X".
	 */
	if (j < n && word_is(t + ws[j], wl[j], "namely")) {
		for (i = ws[j]; i > lo + 7 && t[i - 1] != '\n'; i--)
			if (!strncasecmp(t + i - 7, "parties", 7))
				return 1;
		return 0;
	}
	if (j < n && (word_is(t + ws[j], wl[j], "between") ||
		      (word_is(t + ws[j], wl[j], "by") && j + 1 < n &&
		       is_agreeing_verb(t + ws[j + 1], wl[j + 1]))))
		return 1;
	if (j < n && word_is(t + ws[j], wl[j], "and")) {
		for (i = ws[j]; i > lo + 7; i--)
			if (!strncasecmp(t + i - 7, "between", 7) || !strncasecmp(t + i - 7, "into by", 7) ||
			    !strncasecmp(t + i - 7, "made by", 7))
				return 1;
	}
	return 0;
}

static int institution_before(const char *t, size_t at)
{
	return named_between(t, at, 1);
}

/* Words of a public body's description before its noun, at most: "a public institution". */
#define BODY_WORDS 4

/*
 * Where the stretch t[lo..at) before an alias describes its party as "a"
 * or "an" and, within BODY_WORDS words, one of `nouns`: the comma before
 * the article, or 0.  Any parenthesis, quote or semicolon ends the stretch.
 * With `own_kind`, the noun must say what the party is, not whose it is a
 * part of: not after "of" ("a member of the society"), nor a possessive
 * ("a cooperative's grower").
 */
static size_t described_as(const char *t, size_t lo, size_t at, const char *const *nouns,
			   size_t nnouns, int own_kind)
{
	size_t i, j, w;

	for (i = at; i > lo + 2; i--) {
		if (t[i - 1] != ',') {
			if (t[i - 1] == '(' || t[i - 1] == ')' || t[i - 1] == ';' ||
			    t[i - 1] == '"' || (unsigned char)t[i - 1] == 0xE2)
				return 0;
			continue;
		}
		if (t[i] != ' ' || t[i + 1] != 'a')
			continue;
		j = i + 2;
		if (j < at && t[j] == 'n')
			j++;
		if (j >= at || t[j] != ' ')
			continue;
		for (w = 0; w <= BODY_WORDS && j < at; w++) {
			size_t s;

			while (j < at && t[j] == ' ')
				j++;
			for (s = j; j < at && (isalnum((unsigned char)t[j]) || t[j] == '-'); j++)
				;
			if (j == s || (own_kind && (word_is(t + s, j - s, "of") ||
						    (j < at && (t[j] == '\'' || (unsigned char)t[j] == 0xE2)))))
				break;
			if (word_in(t + s, j - s, nouns, nnouns))
				return i - 1;
		}
	}
	return 0;
}

/*
 * A public body described after its name: "the Board of Trustees of Carrow
 * State University, a public institution of higher education of the State
 * of Oregon (\"Institution\")".  Whether the stretch t[lo..at) before an
 * alias holds ", a" or ", an" and, within BODY_WORDS words, one of the
 * nouns below, where the name before the comma is opened by "between"
 * (or "and" after it) or a numbered parties block (named_between).  Any
 * parenthesis, quote or semicolon ends the stretch.  Local government
 * describes itself by its kind: "a California public school district", "a
 * Pennsylvania borough", "a county of the State of Michigan", "a political
 * subdivision", "an Illinois home rule municipality".
 */
static int listed_under_parties(const char *t, size_t ls);

static int public_body_before(const char *t, size_t lo, size_t at)
{
	static const char *const nouns[] = {
		"institution", "university", "authority", "agency", "trust", "board", "council",
		"college", "district", "county", "city", "town", "township", "borough", "village",
		"municipality", "commission", "subdivision", "tribe",
	};
	size_t c = described_as(t, lo, at, nouns, ARRAY_SIZE(nouns), 0), ls = c;

	if (!c)
		return 0;
	if (named_between(t, c, 0))
		return 1;
	/*
	 * Or its name opens a line of a "Parties" list: "Te Awa District
	 * Health Board, a district health board established under ...
	 * (Customer)".
	 */
	while (ls > 0 && t[ls - 1] != '\n')
		ls--;
	return isupper((unsigned char)t[ls]) && listed_under_parties(t, ls);
}

/*
 * Bodies that own themselves as a company does, described after their
 * name as one: "COOPERATIVA ..., a cooperative society with head office
 * in ...", "..., a building society", "..., a registered charitable
 * foundation", "..., a not-for-profit association".  The description
 * makes the name an entity wherever it stands, as "a company" does.
 */
static int member_body_before(const char *t, size_t lo, size_t at)
{
	static const char *const nouns[] = {
		"cooperative", "co-operative", "society", "association", "foundation",
	};

	return described_as(t, lo, at, nouns, ARRAY_SIZE(nouns), 1) != 0;
}

/*
 * Whether the alias at t[at] closes an entry of a numbered parties block
 * whose name is an institution's followed by its address: "(1) ASHCOMBE
 * UNIVERSITY HOSPITALS NHS FOUNDATION TRUST of Ashcombe General Hospital,
 * ... (the \"Trust\")".  The name is the capitalised words after the
 * entry's number, up to "of".
 */
static int institution_entry(const char *t, size_t at)
{
	size_t lo = at > BETWEEN_CONTEXT ? at - BETWEEN_CONTEXT : 0, ls = at, i, ws = 0, we = 0;
	int pw_body = 0, body = 0, commas = 0;

	while (ls > lo && t[ls - 1] != '\n')
		ls--;
	i = ls;
	if (i < at && t[i] == '(')
		i++;
	while (i < at && isdigit((unsigned char)t[i]))
		i++;
	if (i == ls || i >= at || (t[i] != ')' && t[i] != '.'))
		return 0;
	for (i++; i < at && t[i] == ' '; i++)
		;
	if (!opens_party_entry(t, lo, i))
		return 0;
	/*
	 * The name's words, capitalised, up to "of"; or, commas and all, up to
	 * "whose": "(1) THE CHANCELLOR, MASTERS AND SCHOLARS OF THE UNIVERSITY
	 * OF OXFORD whose administrative offices are at ...", where a word of
	 * the name is the body's, before "OF" or last.
	 */
	while (i < at && isupper((unsigned char)t[i])) {
		ws = i;
		while (i < at && (isalnum((unsigned char)t[i]) || strchr("&'.-", t[i])))
			i++;
		if (we > 0 && ws > 0 && word_is(t + ws, i - ws, "of") && pw_body)
			body = 1;
		pw_body = is_institution_word(t + ws, i - ws);
		we = i;
		if (i < at && t[i] == ',')
			i++, commas++;
		while (i < at && t[i] == ' ')
			i++;
	}
	if (ws < we && at - i > 6 && !strncmp(t + i, "whose ", 6))
		return body || pw_body;
	return !commas && ws < we && at - i > 3 && !strncmp(t + i, "of ", 3) &&
	       is_institution_word(t + ws, we - ws);
}

/*
 * Whether the parenthesis t[open..close) gives a number that identifies
 * the entity, "(Company Registration No. 196800123K)", "(ABN 12 004
 * 044 937)": words and digits, and no quote (which would define a name),
 * or the number alone, of five digits or more ("(SC445566)").  An item
 * label, "(1)", "(iv)", and a remark, "(as defined below)", are none.
 */
static int registration_number(const char *t, size_t open, size_t close)
{
	int digits = 0, space = 0;
	size_t i;

	for (i = open; i < close; i++) {
		unsigned char c = (unsigned char)t[i];

		if (c == '"' || c >= 0x80)
			return 0;
		digits += isdigit(c) != 0;
		space |= c == ' ';
	}
	return digits && (space || digits >= 5);
}

/*
 * Whether the parenthesis t[open..close) names a place, as an entity's
 * description may: "a Schedule I bank under the Bank Act (Canada)", "a
 * Nevada (USA) corporation".  One to three capitalised words, nothing else.
 */
static int place_remark(const char *t, size_t open, size_t close)
{
	size_t i, words = 0;

	for (i = open; i < close; i++) {
		unsigned char c = (unsigned char)t[i];

		if (c == ' ')
			continue;
		if (!isupper(c))
			return 0;
		if (++words > 3)
			return 0;
		while (i + 1 < close && (isalpha((unsigned char)t[i + 1]) || t[i + 1] == '.'))
			i++;
	}
	return words > 0;
}

/* Whether s[0..n) names an entity: "Acme, Inc.", "a Delaware corporation", "residing at". */
static int names_entity(struct roles_finder *rf, const char *s, size_t n)
{
	return rf_matches(rf, rf->entity, s, n) || rf_matches(rf, rf->entity_words, s, n);
}

/*
 * Whether an entity is named between the previous alias (or the start of
 * the sentence-ish stretch) and `at`: "Acme Corp., a Delaware corporation
 * with its principal place of business at ... ("Acme")".  A parenthesis
 * ends the stretch, unless it gives a registration number, "(Company
 * Registration No. 196800123K)", or a place, "a Nevada (USA)
 * corporation": then the words before it are read too, but not the
 * parenthesis itself.
 */
/*
 * The start of the sentence that holds t[at], looked for back to lo: after
 * a full stop that ends a lowercase word of four letters or more and is
 * followed by a capitalised word ("... a routing service. The Client
 * shall send ..."), so that "Inc.", "Ltd.", "S.A.", "reg. No." and "St."
 * end no sentence.  lo if none.
 */
static size_t sentence_start(const char *t, size_t lo, size_t at)
{
	size_t i, w;

	for (i = at; i > lo + 1; i--) {
		if (t[i - 1] != ' ' || t[i - 2] != '.' || i >= at ||
		    !isupper((unsigned char)t[i]) || i + 1 >= at || !islower((unsigned char)t[i + 1]))
			continue;
		for (w = i - 2; w > lo && islower((unsigned char)t[w - 1]); w--)
			;
		if (i - 2 - w >= 4 && (w == lo || !isalnum((unsigned char)t[w - 1])))
			return i;
	}
	return lo;
}

/*
 * Whether the alias t[s..s+n) is a capitalised word of the name that opens
 * the line of `at`, before any comma: "Harlow Mutual Bank Ltd ABN 12 345
 * 678 901 (Bank)", a company's short name given without quotes; not a
 * word of the address after it, "..., Perth WA 6000 (Perth)".
 */
static int word_of_name_before(const char *t, size_t at, size_t s, size_t n)
{
	size_t i, ls = at, ne;

	if (n < 3 || !isupper((unsigned char)t[s]))
		return 0;
	for (i = 0; i < n; i++)
		if (!isalpha((unsigned char)t[s + i]))
			return 0;
	while (ls > 0 && t[ls - 1] != '\n' && at - ls <= ENTITY_CONTEXT)
		ls--;
	/* The name: up to the first comma or parenthesis, never an address after it. */
	for (ne = ls; ne < at && t[ne] != ',' && t[ne] != '('; ne++)
		;
	for (i = ls; i + n <= ne; i++)
		if (!memcmp(t + i, t + s, n) && (i == ls || !isalnum((unsigned char)t[i - 1])) &&
		    !isalnum((unsigned char)t[i + n]))
			return 1;
	return 0;
}

/* Entry lines a numbered parties list may have above one of its entries. */
#define LIST_LINES 8
/* Bytes above an entry in which its list's "Parties" heading is looked for. */
#define LIST_REACH 4096

/*
 * Whether the numbered entry whose line starts at `ls` is one of a list
 * under a heading line "Parties" ("Parties\n1. X Pty Ltd ... (Principal)\n
 * 2. Y Pty Ltd ... (Developer)"): the lines above it up to the heading are
 * entries too, each opening with its number, or blank.  The heading is
 * looked for up to LIST_LINES lines that are not blank above the entry,
 * within LIST_REACH bytes: plain-text and Markdown exports put a blank
 * line between entries, which must not shorten the list.
 */
/*
 * Whether the line w[0..n) heads a list of parties: "Parties", "The
 * Parties", "The undersigned Parties", "The Contracting Parties", "Parties
 * to this Agreement", "The undersigned" (each a word or two more), not a
 * sentence that mentions them ('each a "Party" and together "the
 * Parties"').
 */
static int parties_heading(const char *w, size_t n)
{
	static const char *const quals[] = { "the", "undersigned", "contracting", "signing" };
	size_t i, words = 1, we[4], ws[4];

	if (n > 48)
		return 0;
	ws[0] = 0;
	for (i = 0; i < n; i++) {
		if (!isalpha((unsigned char)w[i]) && w[i] != ' ')
			return 0;
		if (w[i] == ' ') {
			if (words == 4)
				return 0;
			we[words - 1] = i;
			ws[words++] = i + 1;
		}
	}
	we[words - 1] = n;
	/* "Parties", "Parties to this Agreement" */
	if (word_is(w, we[0], "parties"))
		return 1;
	if (words > 3)
		return 0;
	/* "The Parties", "Contracting Parties", "The undersigned Parties" */
	if (word_is(w + ws[words - 1], we[words - 1] - ws[words - 1], "parties")) {
		for (i = 0; i + 1 < words; i++)
			if (!word_in(w + ws[i], we[i] - ws[i], quals, ARRAY_SIZE(quals)))
				return 0;
		return 1;
	}
	/* "The undersigned" */
	return words == 2 && word_is(w, we[0], "the") &&
	       word_is(w + ws[1], we[1] - ws[1], "undersigned");
}

static int listed_under_parties(const char *t, size_t ls)
{
	size_t le, s, e, lines = 0, from = ls;

	while (ls > 0 && lines < LIST_LINES && from - ls <= LIST_REACH) {
		le = ls - 1;
		for (ls = le; ls > 0 && t[ls - 1] != '\n'; ls--)
			;
		for (s = ls; s < le && t[s] && strchr(" \t#*_", t[s]); s++)
			;
		for (e = le; e > s && t[e - 1] && strchr(" \t\r*_:", t[e - 1]); e--)
			;
		if (e == s)
			continue;
		lines++;
		if (parties_heading(t + s, e - s))
			return 1;
		if (t[s] == '(')
			s++;
		if (!isdigit((unsigned char)t[s]))
			return 0;
	}
	return 0;
}

/*
 * Whether the unquoted alias t[s..s+n), in the parenthesis that ends at
 * `me`, is a short name the contract goes on to use for a party:
 * "Southern Cross Banking Corporation Limited ABN 11 222 333 444 (Bank)",
 * then "The Bank must ...", "the Bank's prior written consent".  Somewhere
 * after it the alias stands alone, as written, before "'s" or a verb a
 * party acts by.  A place, "Kell Holdings Inc. (Ontario)", is not used
 * so; a parenthesis a capitalised word follows is inside a name ("Acme
 * (Australia) Pty Ltd"); and in the body a parenthesis after a company
 * defines no party, only in the parties clause.
 */
static int alias_used_as_party(const struct document *doc, size_t ms, size_t me, size_t s,
			       size_t n)
{
	static const char *const acts[] = {
		"must", "shall", "will", "may", "agrees", "acknowledges", "warrants",
		"represents", "undertakes", "owns", "grants",
	};
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, i = me, para;

	while (i < len && (t[i] == ' ' || t[i] == '*' || t[i] == '_'))
		i++;
	if (i < len && isupper((unsigned char)t[i]))
		return 0;
	para = document_para_at(doc, ms);
	if (para < doc->npara && doc->paras[para].clause &&
	    isdigit((unsigned char)doc->paras[para].clause[0])) {
		const struct paragraph *p = &doc->paras[para];

		/* Up to the numbered clause that holds it, not an unnumbered heading above. */
		while (p->parent >= 0 && doc->paras[p->parent].label)
			p = &doc->paras[p->parent];
		if (!has_word(t + p->start, p->end - p->start < 80 ? p->end - p->start : 80,
			      "parties") &&
		    !listed_under_parties(t, p->start))
			return 0;
	}
	for (i = me; i + n <= len;) {
		const char *hit = memchr(t + i, t[s], len - i - n + 1);
		size_t at, k;

		if (!hit)
			break;
		at = (size_t)(hit - t);
		i = at + 1;
		if (memcmp(t + at, t + s, n) || !short_name_at(t, len, at, n))
			continue;
		k = at + n;
		if (k + 1 < len && t[k] == '\'' && t[k + 1] == 's')
			return 1;
		if (k + 3 < len && !memcmp(t + k, "\xE2\x80\x99s", 4))
			return 1;
		if (k < len && t[k] == ' ' && word_at(t, len, k + 1, acts, ARRAY_SIZE(acts)))
			return 1;
	}
	return 0;
}

/*
 * Whether t[i..end) opens with a parties caption, "BETWEEN:" or "AND:"
 * (any case, the colon required): the offset after the colon and the
 * blanks that follow, else 0.
 */
static size_t caption_end(const char *t, size_t i, size_t end)
{
	size_t w;

	while (i < end && (t[i] == ' ' || t[i] == '\t'))
		i++;
	for (w = i; i < end && isalpha((unsigned char)t[i]); i++)
		;
	if (!word_is(t + w, i - w, "between") && !word_is(t + w, i - w, "and"))
		return 0;
	while (i < end && t[i] == ' ')
		i++;
	if (i >= end || t[i] != ':')
		return 0;
	for (i++; i < end && (t[i] == ' ' || t[i] == '\t'); i++)
		;
	return i;
}

/*
 * Whether the alias at t[at] closes a parties entry whose line opens with
 * its caption, as translated contracts have them: "BETWEEN: Groupe
 * Hospitalier Rive-Sud, a public health establishment, hereinafter \"the
 * Establishment\",", "AND: Visiolecture SAS, ...".  The caption takes its
 * colon, and a capitalised name follows it, on its line or, where the
 * caption stands alone on the line before, at the start of the next:
 * "BETWEEN:\nCommune de Saint-Martin, represented by its Mayor, ...".
 */
static int captioned_entry(const char *t, size_t lo, size_t at)
{
	size_t ls = at, i, ps;

	while (ls > lo && t[ls - 1] != '\n' && at - ls <= ENTITY_CONTEXT)
		ls--;
	if (ls > lo && t[ls - 1] != '\n')
		return 0;
	i = caption_end(t, ls, at);
	if (i)
		return i < at && isupper((unsigned char)t[i]);
	/* The caption alone on the line before, the name opening this one. */
	for (i = ls; i < at && (t[i] == ' ' || t[i] == '\t'); i++)
		;
	if (ls <= lo || i >= at || !isupper((unsigned char)t[i]))
		return 0;
	for (ps = ls - 1; ps > lo && t[ps - 1] != '\n' && ls - ps <= 16; ps--)
		;
	if (ps > lo && t[ps - 1] != '\n')
		return 0;
	i = caption_end(t, ps, ls - 1);
	return i && i == ls - 1;
}

/* Whether t[0..n) is a name in capitals of three letters or more: "COOPERATIVE". */
static int in_capitals(const char *t, size_t n)
{
	size_t i, letters = 0;

	for (i = 0; i < n; i++) {
		if (islower((unsigned char)t[i]))
			return 0;
		if (isupper((unsigned char)t[i]))
			letters++;
	}
	return letters >= 3;
}

static int entity_before(struct roles_finder *rf, const char *t, size_t lo, size_t at)
{
	size_t from = at > lo + ENTITY_CONTEXT ? at - ENTITY_CONTEXT : lo;
	size_t i, j, seg_end = at;
	int depth;

	from = sentence_start(t, from, at);

	for (i = at; i > from; i--) {
		if (t[i - 1] != ')')
			continue;
		for (j = i - 1, depth = 0; j > from; j--) {
			if (t[j - 1] == ')')
				depth++;
			else if (t[j - 1] == '(' && depth-- == 0)
				break;
		}
		if (j == from || (!registration_number(t, j, i - 1) && !place_remark(t, j, i - 1)))
			break;
		/* The words after this parenthesis, up to the next one or the alias. */
		if (names_entity(rf, t + i, seg_end - i))
			return 1;
		seg_end = j - 1;
		i = j;
	}
	return names_entity(rf, t + i, seg_end - i) || institution_before(t, at) ||
	       institution_entry(t, at) || public_body_before(t, i, seg_end) ||
	       member_body_before(t, i, seg_end) ||
	       captioned_entry(t, lo, at);
}

/*
 * Whether t[from..at) gives the number an entity is registered under:
 * "ABN 72 002 765 795", "ACN 611 222 333", "Company No. 04512876",
 * "registration number: 2019/123456/07", "corporate identity number
 * 232100-0131".  Australian deeds name a public body by its ABN and give
 * its alias unquoted, "Brisbane City Council ABN 72 002 765 795 of 266
 * George Street, Brisbane QLD 4000 (Council)", "STATE OF NEW SOUTH WALES
 * acting through ... ABN 81 913 830 179 of ... (the Principal)": the number
 * makes the name an entity whatever its form.  The label is a word of its
 * own, and a digit follows it after at most a colon and three letters.
 */
static int registered_number_in(const char *t, size_t from, size_t at)
{
	static const char *const labels[] = { "ABN", "ACN", "ARBN", "NZBN", "UEN" };
	static const char *const words[] = {
		"company no.", "company number", "registration no.", "registration number",
		"registered no.", "registered number", "corporate identity number",
		"organisation number", "organization number", "org. no.", "business id",
	};
	size_t i, k, e;

	for (i = from; i < at; i++) {
		char c = t[i];

		if (i > from && isalnum((unsigned char)t[i - 1]))
			continue;
		e = 0;
		if (c == 'A' || c == 'N' || c == 'U') {
			for (k = 0; k < ARRAY_SIZE(labels) && !e; k++)
				if (!strncmp(t + i, labels[k], strlen(labels[k])) &&
				    i + strlen(labels[k]) <= at)
					e = i + strlen(labels[k]);
		} else if (c && strchr("cCrRoObB", c)) {
			for (k = 0; k < ARRAY_SIZE(words) && !e; k++)
				if (i + strlen(words[k]) <= at &&
				    !strncasecmp(t + i, words[k], strlen(words[k])))
					e = i + strlen(words[k]);
		}
		if (!e || (e < at && isalpha((unsigned char)t[e])))
			continue;
		while (e < at && (t[e] == ' ' || t[e] == ':'))
			e++;
		for (k = 0; k < 3 && e < at && isupper((unsigned char)t[e]); k++)
			e++;
		while (e < at && t[e] == ' ')
			e++;
		if (e < at && isdigit((unsigned char)t[e]))
			return 1;
	}
	return 0;
}

/*
 * Whether the line t[ls..le) is a caption of an unnumbered parties block:
 * "BETWEEN:", "AND:", "- and -", "BY AND BETWEEN" alone on their line.
 */
static int block_caption(const char *t, size_t ls, size_t le)
{
	while (ls < le && strchr(" \t-", t[ls]))
		ls++;
	while (le > ls && strchr(" \t-:", t[le - 1]))
		le--;
	return word_is(t + ls, le - ls, "between") || word_is(t + ls, le - ls, "and") ||
	       word_is(t + ls, le - ls, "by and between");
}

/* Bytes before an ordinal entry in which the "between" that opens its block is read. */
#define ORDINAL_BLOCK_REACH 1200

/*
 * Whether the line at t[ls], which holds the alias at t[at], is an entry
 * of a parties block numbered in words, as Arabic contracts are in
 * translation: "... concluded ... between:" then "First: The Ministry of
 * ..., hereinafter referred to as "the First Party"." and "Second: ...".
 * The entry opens with a capital after the ordinal and its colon, and a
 * "between" comes before it.
 */
static int ordinal_entry(const char *t, size_t ls, size_t at)
{
	static const char *const ordinals[] = { "First:", "Second:", "Third:", "Fourth:", "Firstly:",
						"Secondly:", "Thirdly:" };
	size_t k, i, lo;

	for (k = 0; k < ARRAY_SIZE(ordinals); k++) {
		size_t n = strlen(ordinals[k]);

		if (at - ls <= n || strncmp(t + ls, ordinals[k], n))
			continue;
		for (i = ls + n; i < at && t[i] == ' '; i++)
			;
		if (i == ls + n || i >= at || !isupper((unsigned char)t[i]))
			return 0;
		lo = ls > ORDINAL_BLOCK_REACH ? ls - ORDINAL_BLOCK_REACH : 0;
		for (i = lo; i + 7 <= ls; i++)
			if (!strncmp(t + i, "between", 7))
				return 1;
		return 0;
	}
	return 0;
}

/*
 * Whether the alias at t[at] closes an entry of an unnumbered parties
 * block: its lines follow a caption line, "BETWEEN:\n\nNORTHSHORE BANK OF
 * CANADA, a Schedule I bank under the Bank Act (Canada) (the \"Bank\")",
 * "AND:\n\n...", and the entry opens with a capital.  The entry may be
 * wrapped over lines, or give its name, address and alias a line each,
 * but starts after `lo` (the last alias) and within ENTITY_CONTEXT bytes;
 * a blank line ends it.
 */
static int block_entry(const char *t, size_t lo, size_t at)
{
	size_t ls = at, j, pls;
	int newlines;

	while (ls > lo && t[ls - 1] != '\n')
		ls--;
	if (ordinal_entry(t, ls, at))
		return 1;
	while (ls > lo && at - ls <= ENTITY_CONTEXT) {
		for (j = ls, newlines = 0; j > lo && strchr(" \t\r\n", t[j - 1]); j--)
			newlines += t[j - 1] == '\n';
		for (pls = j; pls > lo && t[pls - 1] != '\n'; pls--)
			;
		if (j > pls && block_caption(t, pls, j)) {
			while (t[ls] == ' ' || t[ls] == '\t')
				ls++;
			return isupper((unsigned char)t[ls]);
		}
		if (newlines > 1 || pls == lo)
			return 0;
		ls = pls;
	}
	return 0;
}

/*
 * Whether `alias` spells the initials of the capitalised words just before
 * `at` ("European Economic Area (EEA)"): an abbreviation, not a party,
 * unless the words end in a company suffix ("Acme Widgets Corporation
 * ("AWC")"): then it is the company's own short name.
 */
static int abbreviates_words_before(struct roles_finder *rf, const char *t, size_t at,
				    const char *alias, size_t n)
{
	size_t i = at, k = n;

	if (n < 2 || n > 8)
		return 0;
	while (i > 0 && t[i - 1] == '(')
		i--;
	while (k > 0) {
		size_t w_end;

		while (i > 0 && t[i - 1] == ' ')
			i--;
		w_end = i;
		while (i > 0 && isalpha((unsigned char)t[i - 1]))
			i--;
		if (i == w_end)
			return 0;
		/*
		 * The words end in a company suffix: the alias abbreviates a
		 * company's name, "Larch Mutual Insurance Company ("LMIC")",
		 * "Beta Holdings plc ("BH")".
		 */
		if (k == n && rf_matches(rf, rf->company, t + i, w_end - i))
			return 0;
		/* "of", "and" inside the name: "Bank of England (BOE)". */
		if (islower((unsigned char)t[i])) {
			if (w_end - i > 3)
				return 0;
			continue;
		}
		if (toupper((unsigned char)t[i]) != toupper((unsigned char)alias[k - 1]))
			return 0;
		k--;
	}
	return 1;
}

/*
 * The second name of a pair, "X ("Customer") and the Y defined below
 * ("OpenAI")": it follows an accepted alias closely, after "and".
 */
static int second_of_pair(const char *t, size_t prev_end, size_t ms)
{
	size_t i = prev_end;

	if (!prev_end || ms < prev_end || ms - prev_end > PAIR_GAP)
		return 0;
	while (i < ms && (t[i] == ' ' || t[i] == ',' || t[i] == '*'))
		i++;
	return ms - i >= 4 && !strncmp(t + i, "and ", 4);
}

/*
 * Whether the quoted alias whose parenthesis opens at t[ms] names the
 * first of the two parties of a contract that names no company for it:
 * 'issued under the Frame Agreement ... between Nordvik Telecom AS
 * ("Operator") and Fjordsense Analytics AB ("Supplier")', a suffix not
 * read, or a body with none ("Lakeside Health System").  The name follows
 * "between" in a sentence that names a contract or its making
 * (named_between), and "and" a second name whose alias is a role noun or
 * follows a company: "the margin is the difference between Gross Revenue
 * ("GR") and Net Revenue ("NR")" and "the interface between Order Entry
 * ("OE") and Billing ("BL")" name no party.
 */
static int first_of_contract_pair(struct roles_finder *rf, const char *t, size_t lo, size_t ms,
				  size_t me, size_t end)
{
	static const char *const words[] = {
		"agreement", "contract", "order", "terms", "statement", "made", "entered",
		"concluded", "executed", "issued", "signed",
	};
	size_t ss = sentence_start(t, lo, ms), i, open, qs, qe;
	int told = 0;

	if (!named_between(t, ms, 0))
		return 0;
	/*
	 * "the parties to the Services Agreement dated ... (the \"Agreement\"),
	 * namely X": the contract is told before the alias that opens the stretch.
	 */
	for (i = ms; i > lo && (isalnum((unsigned char)t[i - 1]) || strchr(" &.'-", t[i - 1])); i--)
		;
	if (i > lo && ms - i > 9 && !strncmp(t + i - 1, ", namely ", 9))
		told = 1;
	for (i = ss; i < ms && !told; i++)
		if (isalpha((unsigned char)t[i]) && (i == ss || !isalnum((unsigned char)t[i - 1])) &&
		    word_at(t, ms, i, words, ARRAY_SIZE(words)))
			told = 1;
	if (!told)
		return 0;
	for (i = me; i < end && (t[i] == ' ' || t[i] == ','); i++)
		;
	if (i + 4 > end || strncmp(t + i, "and ", 4))
		return 0;
	/* The second alias, on the same line, within PAIR_GAP bytes. */
	for (open = i + 4; open < end && open < me + PAIR_GAP && t[open] != '(' && t[open] != '\n';
	     open++)
		;
	if (open >= end || t[open] != '(')
		return 0;
	for (qs = open + 1; qs < end && qs < open + 40 && t[qs] != '"' && t[qs] != ')'; qs++)
		;
	if (qs >= end || t[qs] != '"')
		return 0;
	for (qe = ++qs; qe < end && qe < qs + 40 && t[qe] != '"'; qe++)
		;
	if (qe >= end || t[qe] != '"')
		return 0;
	if (qe - qs > 4 && !strncasecmp(t + qs, "the ", 4))
		qs += 4;
	return noun_role(rf, t + qs, qe - qs) != ROLE_UNKNOWN || names_entity(rf, t + i + 4, open - i - 4);
}

/*
 * Whether the name t[s..s+n) ends in a company form, as its own last word:
 * "Kestrel Analytics Pty Ltd", "Northwind Data Inc" (its stop cut off),
 * "Acme, Inc."; not "Quillon Robotics" nor "Gross Revenue".  The form's
 * pattern ends at a word's edge, before any stop of its own ("Inc.",
 * "L.L.C."), so a name that keeps its stop ends one byte after the match.
 */
static int ends_in_company_form(struct roles_finder *rf, const char *t, size_t s, size_t n)
{
	size_t w = s + n, e;

	while (w > s && t[w - 1] != ' ' && t[w - 1] != '\t')
		w--;
	if (w == s || rf_exec(rf, rf->company, (PCRE2_SPTR)t, s + n, w, PCRE2_ANCHORED) < 0)
		return 0;
	e = pcre2_get_ovector_pointer(rf->md)[1];
	return e == s + n || (e + 1 == s + n && t[e] == '.');
}

static int has_bytes(const char *t, size_t len, const char *w);

/*
 * Where the name t[s..s+n) is in capitals ("KESTREL ANALYTICS PTY LTD"),
 * the first use after it spelt otherwise ("Kestrel Analytics Pty Ltd
 * will provide"), as a whole word, which the uses are counted by; else s.
 */
static size_t spelt_as_used(const char *t, size_t end, size_t s, size_t n)
{
	size_t i;

	for (i = s; i < s + n; i++)
		if (islower((unsigned char)t[i]))
			return s;
	for (i = s + n; i + n <= end; i++)
		if (toupper((unsigned char)t[i]) == t[s] && islower((unsigned char)t[i + 1]) &&
		    !isalnum((unsigned char)t[i - 1]) && !strncasecmp(t + i, t + s, n) &&
		    (i + n == end || !isalnum((unsigned char)t[i + n])))
			return i;
	return s;
}

static int used_as_party(const struct document *doc, const char *w, size_t n);

/*
 * A company named with no alias is used by its name less its form:
 * "Kestrel Analytics, Inc." as "Kestrel Analytics shall provide",
 * "Harbour Foods Limited" as "Harbour Foods will pay".  The bytes of that
 * shorter name at t[s], where the document uses it as a party and it is
 * no role noun nor a generic term; else 0.
 */
static size_t name_less_form(struct roles_finder *rf, const struct document *doc, size_t *at,
			     size_t n)
{
	const char *t = doc->text.ptr;
	size_t m = n, s = *at;

	while (m > 0 && ends_in_company_form(rf, t, s, m)) {
		while (m > 0 && t[s + m - 1] != ' ' && t[s + m - 1] != '\t')
			m--;
		while (m > 0 && strchr(" \t,", t[s + m - 1]))
			m--;
	}
	/* "HARBOUR FOODS LIMITED" used as "Harbour Foods". */
	s = spelt_as_used(t, doc->text.len, s, m);
	if (m < 3 || m == n || is_generic_term(t + s, m) ||
	    noun_role(rf, t + s, m) != ROLE_UNKNOWN || !used_as_party(doc, t + s, m))
		return 0;
	*at = s;
	return m;
}

/* Titles a natural person's name opens with: "Dr Jane Roe". */
static const char *const person_titles[] = {
	"Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Prof", "Prof.",
	"Professor", "Sir", "Dame",
};

/*
 * What a public body's name opens with before "of" or "for" ("the Minister
 * for Health", "the City of Harbor"), or ends with ("Westbrook City
 * Council"): a bank or a trust beside a company is left to other readers.
 */
static const char *const body_words[] = {
	"Board", "Minister", "Secretary", "Regents", "Trustees", "Governors", "Commissioners",
	"Commission", "Mayor", "Office", "Chancellor", "Agency", "Authority", "Borough", "City",
	"Commonwealth", "Council", "County", "Department", "District", "Government", "Ministry",
	"Municipality", "State", "Town", "Township", "University", "Village",
};

/* How a natural person is described after the name: ", an individual residing at ...". */
static const char *const person_asides[] = {
	"an individual", "a natural person", "an adult", "residing", "resident", "a sole trader",
	"a sole proprietor", "born",
};

/*
 * Whether the name t[s..s+n) of a "between" clause is no company but a
 * party all the same: a natural person ("Dr Jane Roe", "Jane Roe, an
 * individual residing at ...") or a public body ("Westbrook City
 * Council", "the Board of Education of ...", "the Minister for Health
 * acting through ...", its name read up to "of" or "for").
 */
static int person_or_body(const char *t, size_t end, size_t s, size_t n)
{
	static const char *const of_for[] = { "of", "for" };
	size_t w = s, l = s + n, k = s + n;

	while (w < s + n && t[w] != ' ' && t[w] != '\t')
		w++;
	while (l > s && t[l - 1] != ' ' && t[l - 1] != '\t')
		l--;
	if (word_in(t + s, w - s, person_titles, ARRAY_SIZE(person_titles)) ||
	    word_in(t + l, s + n - l, body_words, ARRAY_SIZE(body_words)))
		return 1;
	while (k < end && t[k] == ' ')
		k++;
	if (word_in(t + s, w - s, body_words, ARRAY_SIZE(body_words)) &&
	    word_at(t, end, k, of_for, ARRAY_SIZE(of_for)))
		return 1;
	if (k < end && t[k] == ',')
		k++;
	while (k < end && t[k] == ' ')
		k++;
	for (w = 0; w < ARRAY_SIZE(person_asides); w++) {
		size_t m = strlen(person_asides[w]);

		if (k + m <= end && !strncmp(t + k, person_asides[w], m) &&
		    (k + m == end || !isalnum((unsigned char)t[k + m])))
			return 1;
	}
	return 0;
}

/* Bytes of a public body's name read through "of" and "for", at most. */
#define BODY_NAME_REACH 120

/*
 * Where the name of a public body that opens t[s..s+n) ends, read through
 * "of" or "for" and capitalised words ("the Board of Education of the City
 * of Westbrook", "the Secretary of State for Health"): its first word
 * alone ("Board", "Secretary") is any board's or secretary's ("The
 * Supplier Board shall ...").  *first is where the first "of"/"for" part
 * ends ("Board of Education", "Secretary of State"); s + n where no such
 * part follows.
 */
static size_t body_name_end(const char *t, size_t end, size_t s, size_t n, size_t *first)
{
	static const char *const of_for[] = { "of", "for" };
	size_t e = s, k, f = 0, hi = s + n + BODY_NAME_REACH < end ? s + n + BODY_NAME_REACH : end;

	*first = s + n;
	while (e < s + n && t[e] != ' ' && t[e] != '\t')
		e++;
	if (!word_in(t + s, e - s, body_words, ARRAY_SIZE(body_words)))
		return s + n;
	/* From the first word, as the name may hold a part already ("BOARD OF EDUCATION"). */
	for (;;) {
		size_t c;

		for (k = e; k < hi && t[k] == ' '; k++)
			;
		if (k == e || !word_at(t, hi, k, of_for, ARRAY_SIZE(of_for)))
			break;
		k += (t[k] | 0x20) == 'o' ? 2 : 3;
		while (k < hi && t[k] == ' ')
			k++;
		if (k + 4 < hi && !strncasecmp(t + k, "the ", 4))
			k += 4;
		/* Capitalised words up to the next "of" or "for"; "Health and Care" is cut at "and". */
		for (c = k; c < hi && isupper((unsigned char)t[c]) &&
			    !word_at(t, hi, c, of_for, ARRAY_SIZE(of_for));) {
			while (c < hi && (isalpha((unsigned char)t[c]) || t[c] == '-' || t[c] == '\''))
				c++;
			e = c;
			while (c < hi && t[c] == ' ')
				c++;
		}
		if (c == k)
			break;
		if (!f)
			f = e;
	}
	/* A name that runs on past its parts ("Board Westbrook") is left as written. */
	if (e < s + n)
		return s + n;
	if (f && f < e)
		*first = f;
	return e;
}

/* Bytes before "between" in which a contract's making is looked for. */
#define MADE_REACH 160

/*
 * Whether the full stop at t[i] ends a sentence: not the stop of a date's
 * month ("1 Jan. 2025"), a number's ("No. 4", "1.2"), a title's ("Dr.")
 * or a company's form ("Acme Inc.", "Beta Pty. Ltd."), nor an initial
 * ("J. Smith", "U.S.").
 */
static int ends_sentence(const char *t, size_t lo, size_t i, size_t end)
{
	static const char *const abbreviations[] = {
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"no", "nos", "inc", "ltd", "corp", "co", "pty", "plc", "llc", "llp", "bros", "dr",
		"mr", "mrs", "ms", "prof", "st", "esq", "jr", "sr", "approx", "dept", "vol", "ref",
	};
	size_t s = i;

	if (i + 1 < end && !isspace((unsigned char)t[i + 1]))
		return 0;
	while (s > lo && isalpha((unsigned char)t[s - 1]))
		s--;
	if (i - s == 1)
		return 0;
	return !word_in(t + s, i - s, abbreviations, ARRAY_SIZE(abbreviations));
}

/*
 * Whether the sentence before t[at] ("between") makes a contract: "This
 * Agreement is made", "entered into", "This Deed", "made on 1 Jan. 2025".
 */
static int contract_made_before(const char *t, size_t at)
{
	static const char *const words[] = {
		"agreement", "contract", "deed", "terms", "made", "entered", "concluded", "executed",
	};
	size_t lo = at > MADE_REACH ? at - MADE_REACH : 0, i;

	for (i = at; i > lo && t[i - 1] != '\n' && !(t[i - 1] == '.' && ends_sentence(t, lo, i - 1, at));
	     i--)
		if (isalpha((unsigned char)t[i - 1]) && (i - 1 == lo || !isalnum((unsigned char)t[i - 2])) &&
		    word_at(t, at, i - 1, words, ARRAY_SIZE(words)))
			return 1;
	return 0;
}

/*
 * "by and between Acme Corp. and Customer": when one side is a role noun
 * and the other a name, the name is the other role.  Two nouns of one
 * side say nothing.  Two companies, "made between Kestrel Analytics Pty
 * Ltd and Harbour Holdings Ltd", are both parties, their roles left to
 * their uses (who provides, who pays); two names that are not both
 * companies ("between Quillon Robotics and Harbor Bank") may be anything.
 */
static void find_between(struct roles_finder *rf, const struct document *doc, size_t end,
			 struct roles *out, int *groups, size_t *ngroups)
{
	const char *t = doc->text.ptr;
	size_t s[2], n[2], m[2], f[2], at[2], short_at[2], ms;
	enum party_role r[2];
	int g, noun, name, grp[2];

	/* Compiled only for a text that may match: a one-line document names no parties. */
	if (!has_bytes(t, end, "between") && !has_bytes(t, end, "BETWEEN") &&
	    !has_bytes(t, end, "Between"))
		return;
	compile_between(rf);
	if (rf_exec(rf, rf->between, (PCRE2_SPTR)t, end, 0, 0) < 0)
		return;
	ms = pcre2_get_ovector_pointer(rf->md)[0];
	for (g = 0; g < 2; g++) {
		rf_group(rf, g + 1, &s[g], &n[g]);
		/* "... and Customer." at a sentence's end: the stop is not the name's. */
		while (n[g] > 0 && t[s[g] + n[g] - 1] == '.')
			n[g]--;
		if (!n[g] || is_generic_term(t + s[g], n[g]))
			return;
	}
	for (g = 0; g < 2; g++)
		r[g] = noun_role(rf, t + s[g], n[g]);
	/* "between the Employer, ..., and the Contractor, ...": two nouns of the two sides. */
	if (r[0] != ROLE_UNKNOWN && r[1] != ROLE_UNKNOWN && r[0] != r[1]) {
		for (g = 0; g < 2; g++)
			if (add_party(out, t + s[g], n[g], s[g], r[g], "role noun"))
				groups[out->nparties - 1] = (int)(*ngroups)++;
		return;
	}
	if (r[0] == ROLE_UNKNOWN && r[1] == ROLE_UNKNOWN) {
		int companies = 0;

		for (g = 0; g < 2; g++) {
			if (ends_in_company_form(rf, t, s[g], n[g]))
				companies++;
			else if (!person_or_body(t, end, s[g], n[g]))
				return;
		}
		/* "A meeting between Dr Roe and Mr Smith" makes no contract. */
		if (!companies && !contract_made_before(t, ms))
			return;
		for (g = 0; g < 2; g++) {
			size_t k, first, e = body_name_end(t, end, s[g], n[g], &first);

			/* "the Board of Education of ...": the body by its name, never "Board" alone. */
			f[g] = first < e ? first - s[g] : 0;
			n[g] = e - s[g];
			k = s[g] + n[g] + 1;

			/*
			 * "Northwind Data Inc. and ...", "Inc. (registered number
			 * ...)": the stop is the name's, or every use would leave
			 * it behind ("Vendor. the fees").
			 */
			while (k < end && (t[k] == ' ' || t[k] == '\t'))
				k++;
			if (s[g] + n[g] < end && t[s[g] + n[g]] == '.' && k < end &&
			    (islower((unsigned char)t[k]) || t[k] == ',' || t[k] == '('))
				n[g]++;
			at[g] = spelt_as_used(t, end, s[g], n[g]);
			short_at[g] = at[g];
			m[g] = name_less_form(rf, doc, &short_at[g], n[g]);
			if (add_party(out, t + at[g], n[g], s[g], ROLE_UNKNOWN, "")) {
				groups[out->nparties - 1] = grp[g] = (int)(*ngroups)++;
				/* "Secretary of State" for "the Secretary of State for Health" */
				if (f[g] && add_party(out, t + s[g], f[g], s[g], ROLE_UNKNOWN, ""))
					groups[out->nparties - 1] = grp[g];
			} else {
				m[g] = 0;
			}
		}
		/* Both alike less their forms ("Acme Ltd", "Acme Inc."): neither is that name. */
		if (m[0] && m[0] == m[1] && !strncasecmp(t + short_at[0], t + short_at[1], m[0]))
			return;
		for (g = 0; g < 2; g++)
			if (m[g] && add_party(out, t + short_at[g], m[g], s[g], ROLE_UNKNOWN, ""))
				groups[out->nparties - 1] = grp[g];
		return;
	}
	if ((r[0] == ROLE_UNKNOWN) == (r[1] == ROLE_UNKNOWN))
		return;
	noun = r[0] != ROLE_UNKNOWN ? 0 : 1;
	name = 1 - noun;
	if (add_party(out, t + s[noun], n[noun], s[noun], r[noun], "role noun"))
		groups[out->nparties - 1] = (int)(*ngroups)++;
	if (add_party(out, t + s[name], n[name], s[name],
		      r[noun] == ROLE_VENDOR ? ROLE_CUSTOMER : ROLE_VENDOR, "the other party"))
		groups[out->nparties - 1] = (int)(*ngroups)++;
}

/* Quoted items in a list of names, and the bytes of one, at most. */
#define LIST_MAX 8
#define LIST_ITEM_MAX 40
/* Capitalised words in a name read before or after a list of pronouns. */
#define LIST_NAME_WORDS 5

static size_t skip_emph(const char *t, size_t len, size_t i)
{
	size_t k = 0;

	while (i < len && k++ < 3 && (t[i] == '*' || t[i] == '_'))
		i++;
	return i;
}

/*
 * One quoted item at `i`: "Acme", **"Acme"**, "**Acme**", "WhatsApp," with
 * its comma inside, 'we'.  Sets the name's span (trimmed) and where the
 * item ends; 0 when no item starts there.
 */
static int quoted_item(const char *t, size_t len, size_t i, size_t *s, size_t *n, size_t *next)
{
	enum quote_kind k, c = QUOTE_NONE;
	size_t q, b, e;

	i = skip_emph(t, len, i);
	k = quote_at(t, len, i, 1, &q);
	if (k == QUOTE_NONE)
		return 0;
	b = e = i + q;
	while (e < len && e - b <= LIST_ITEM_MAX && !strchr("\n()", t[e])) {
		c = quote_at(t, len, e, 0, &q);
		if (c == k || (c != QUOTE_NONE && k == QUOTE_DOUBLE))
			break;
		e++;
	}
	if (c != k || e - b > LIST_ITEM_MAX)
		return 0;
	*next = skip_emph(t, len, e + q);
	while (b < e && (t[b] == '*' || t[b] == '_' || t[b] == ' '))
		b++;
	/*
	 * The article in lower case is no part of the name: '("the Practice",
	 * "you" or "your")' names the Practice, as '(the "Practice", "you")'
	 * does; "The Joint Corp." keeps its own.
	 */
	if (e - b > 4 && !strncmp(t + b, "the ", 4) && isupper((unsigned char)t[b + 4]))
		b += 4;
	while (e > b && strchr("*_ ,.", t[e - 1]))
		e--;
	*s = b;
	*n = e - b;
	return e > b;
}

/* What may come between two items of a list: ", ", " or ", ", and the ". */
static size_t list_separator(const char *t, size_t len, size_t i)
{
	static const char *const words[] = { "or ", "and ", "the " };
	size_t w;

	while (i < len && t[i] == ' ')
		i++;
	if (i < len && strchr(",;/", t[i]))
		i++;
	while (i < len && t[i] == ' ')
		i++;
	for (w = 0; w < ARRAY_SIZE(words); w++)
		if (!strncmp(t + i, words[w], strlen(words[w])))
			i += strlen(words[w]);
	return i;
}

static const char *const first_person[] = { "we", "us", "our", "ours" };
static const char *const second_person[] = { "you", "your", "yours" };

/*
 * A capitalised name, one to LIST_NAME_WORDS words, ending just before
 * `at`: "Skyscanner (", "LinkedIn (also referred to as", "Garmin is
 * sometimes referred to herein as".  It must open its sentence, follow
 * "and", "with", "by" or "between", or end in a company suffix: "located
 * in China ("we" ...)" names no one.
 */
static int name_before(struct roles_finder *rf, const char *t, size_t at, size_t *s, size_t *n)
{
	static const char *const joiners[] = {
		"as", "referred", "to", "herein", "hereinafter", "hereafter", "also", "sometimes",
		"is", "are", "called", "known", "collectively", "below", "together",
	};
	static const char *const before[] = { "and", "with", "by", "between" };
	static const char *const openers[] = { "At ", "By ", "For ", "From ", "In ", "With " };
	size_t i = at, e, words = 0, k;

	for (;;) {
		while (i > 0 && strchr(" (,", t[i - 1]))
			i--;
		for (k = i; k > 0 && islower((unsigned char)t[k - 1]); k--)
			;
		if (k == i || !word_in(t + k, i - k, joiners, ARRAY_SIZE(joiners)) ||
		    (k > 0 && isalnum((unsigned char)t[k - 1])))
			break;
		i = k;
	}
	e = i;
	/* Capitalised words back from there, one space apart. */
	while (words < LIST_NAME_WORDS) {
		size_t w = i;

		for (;;) {
			size_t l = name_letter_before(t, 0, w);

			if (!l && w > 0 && (isdigit((unsigned char)t[w - 1]) ||
					    strchr("&.'-,", t[w - 1])))
				l = 1;
			if (!l)
				break;
			w -= l;
		}
		if (w == i || !name_upper_len(t, at, w))
			break;
		i = w;
		words++;
		if (i < 2 || t[i - 1] != ' ' || t[i - 2] == ' ')
			break;
		i--;
	}
	/* Back to the last word taken, past the space before a lower-case one. */
	while (i < e && !name_upper_len(t, e, i))
		i++;
	/* "At Acme Inc. (...)": a preposition opening the sentence is no part of it. */
	for (k = 0; k < ARRAY_SIZE(openers); k++)
		if (!strncmp(t + i, openers[k], strlen(openers[k])) && e - i > strlen(openers[k])) {
			i += strlen(openers[k]);
			break;
		}
	while (i < e && t[i] == ' ')
		i++;
	while (e > i && strchr(" ,", t[e - 1]))
		e--;
	if (!words || e <= i)
		return 0;
	*s = i;
	*n = e - i;
	if (rf_matches(rf, rf->company, t + i, e - i))
		return 1;
	k = i;
	while (k > 0 && t[k - 1] == ' ')
		k--;
	if (k == 0 || strchr(".\n:", t[k - 1]))
		return 1;
	for (e = k; k > 0 && isalpha((unsigned char)t[k - 1]); k--)
		;
	return word_in(t + k, e - k, before, ARRAY_SIZE(before));
}

/* "xAI", "eBay": a name in lower case at first, with a capital after. */
static int camel_case(const char *s, size_t n)
{
	size_t i;

	if (!n || !islower((unsigned char)s[0]))
		return 0;
	for (i = 1; i < n && isalnum((unsigned char)s[i]); i++)
		if (isupper((unsigned char)s[i]))
			return 1;
	return 0;
}

static struct party *party_named(struct roles *out, const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < out->nparties; i++)
		if (strlen(out->parties[i].alias) == n && !memcmp(out->parties[i].alias, name, n))
			return &out->parties[i];
	return NULL;
}

/* Bytes before a list of pronouns in which parties defined earlier are named. */
#define LIST_NAMES_REACH 160

/*
 * Parties defined earlier and named in the words that open a list of
 * pronouns: 'Qwen and its related corporations (collectively, the
 * "Companies") ... (the Companies and Representatives collectively referred
 * to as "we", "us", "our")'.  Each that has no role yet is the vendor.  The
 * words back to the parenthesis or the start of the sentence must all be
 * names and the words that join them ("and", "the", "collectively
 * referred to as"): '... Customer agrees that "we" ...' names no one.
 */
static void parties_named_as_we(const char *t, size_t at, struct roles *out)
{
	static const char *const joiners[] = {
		"and", "or", "the", "as", "referred", "to", "herein", "hereinafter", "hereafter",
		"collectively", "together", "jointly", "also", "called", "known", "below", "each",
	};
	size_t lo = at > LIST_NAMES_REACH ? at - LIST_NAMES_REACH : 0, i = at, k;

	while (i > lo && !strchr("(.;:\n", t[i - 1]))
		i--;
	if (i == lo && lo > 0)
		return;
	/* Every lower-case word must be a joiner. */
	for (k = i; k < at; ) {
		size_t w = k;

		while (w < at && isalpha((unsigned char)t[w]))
			w++;
		if (w > k && islower((unsigned char)t[k]) &&
		    !word_in(t + k, w - k, joiners, ARRAY_SIZE(joiners)))
			return;
		k = w > k ? w : k + 1;
	}
	for (k = 0; k < out->nparties; k++) {
		struct party *p = &out->parties[k];
		size_t n = strlen(p->alias), j;

		if (p->role != ROLE_UNKNOWN || n > at - i)
			continue;
		for (j = i; j + n <= at; j++)
			if (!memcmp(t + j, p->alias, n) && (j == i || !isalnum((unsigned char)t[j - 1])) &&
			    !isalnum((unsigned char)t[j + n])) {
				p->role = ROLE_VENDOR;
				p->why = "referred to as \"we\"";
				break;
			}
	}
}

/* Bytes before a parenthesis in which "the company that accepts them" is read. */
#define ACCEPTOR_REACH 120
/* The same before a list with "you": 'the insurer, broker or other organization that ...'. */
#define LIST_ACCEPTOR_REACH 200

/*
 * Whether the acceptor pattern matches t[from..end), the match's offsets
 * from `from` then in the finder's match data.  Tried, for speed, only
 * where it may start: every branch of the pattern (roles.c) opens with
 * "the", so it is tried anchored at each "the" ("the company that
 * accepts", "the firm on whose behalf you accept") and nowhere else.
 */
static int acceptor_in(struct roles_finder *rf, const char *t, size_t from, size_t end)
{
	/* Words the pattern cannot match without: the preamble's "a Delaware corporation" has none. */
	static const char *const needs[] = {
		" that ", " which ", " who ", " identified ", " named ", " specified ", "behalf", " for wh",
	};
	size_t k;

	for (k = 0; k < ARRAY_SIZE(needs) && text_find(t, end, from, needs[k], 2) == end; k++)
		;
	if (k == ARRAY_SIZE(needs))
		return 0;
	for (k = from; k + 4 <= end; k++)
		if ((t[k] == 't' || t[k] == 'T') && (k == from || !isalnum((unsigned char)t[k - 1])) &&
		    !strncasecmp(t + k, "the", 3) && isspace((unsigned char)t[k + 3]) &&
		    rf_exec(rf, rf->acceptor, (PCRE2_SPTR)t + from, end - from, k - from,
			    PCRE2_ANCHORED) >= 0)
			return 1;
	return 0;
}
/* How far before an alias its definition is read for a role noun. */
#define DEFINED_ROLE_REACH 160

/*
 * 'the company that accepts them ("Partner" or "you")': the names in a
 * list with "you" that follows the words for whoever accepts the terms
 * are the customer.
 */
static void accepting_customer(struct roles_finder *rf, const char *t, size_t lstart,
			       const size_t *is, const size_t *in, size_t nitems,
			       struct roles *out, int *groups, size_t *ngroups)
{
	size_t lo = lstart > LIST_ACCEPTOR_REACH ? lstart - LIST_ACCEPTOR_REACH : 0, k;
	int added = 0;

	if (*ngroups >= MAX_GROUPS || !acceptor_in(rf, t, lo, lstart))
		return;
	for (k = 0; k < nitems; k++) {
		const char *name = t + is[k];
		enum party_role r = noun_role(rf, name, in[k]);
		struct party *p;

		if (is_generic_term(name, in[k]) || r == ROLE_VENDOR)
			continue;
		p = party_named(out, name, in[k]);
		if (p) {
			if (p->role == ROLE_UNKNOWN)
				p->role = ROLE_CUSTOMER;
			continue;
		}
		if (add_party(out, name, in[k], is[k], ROLE_CUSTOMER, "the one that accepts the terms")) {
			groups[out->nparties - 1] = (int)*ngroups;
			added = 1;
		}
	}
	if (added)
		(*ngroups)++;
}

/*
 * '("you", "your firm")', '("you" or "your organisation")': in terms
 * where "we" already names the vendor, "your" and one lower-case noun in
 * a list with "you" is the customer by another name, read as "you" is
 * ("Your firm owns the outputs").  "you" alone stays a pronoun: a
 * letter's "you" may be the supplier, but "we" has taken that role here.
 */
static void your_noun_customer(const char *t, const size_t *is, const size_t *in, size_t nitems,
			       struct roles *out, int *groups, size_t *ngroups)
{
	size_t k, j;
	int added = 0, vendor = 0;

	for (k = 0; k < out->nparties; k++)
		vendor |= out->parties[k].role == ROLE_VENDOR;
	if (!vendor || *ngroups >= MAX_GROUPS)
		return;
	for (k = 0; k < nitems; k++) {
		const char *name = t + is[k];

		if (in[k] < 7 || in[k] > 24 || strncmp(name, "your ", 5))
			continue;
		for (j = 5; j < in[k] && islower((unsigned char)name[j]); j++)
			;
		if (j < in[k])
			continue;
		if (add_party(out, name, in[k], is[k], ROLE_CUSTOMER, "\"your\" in a list with \"you\"")) {
			groups[out->nparties - 1] = (int)*ngroups;
			added = 1;
		}
	}
	if (added)
		(*ngroups)++;
}

static enum party_role field_of_role(struct roles_finder *rf, const char *t, size_t ls,
				     size_t end, size_t *vs, size_t *vn);
static size_t field_name(struct roles_finder *rf, const char *t, size_t vs, size_t ve);

/* Bytes before a quoted list in which its line's start is looked for. */
#define FIELD_LINE_REACH 200

/*
 * 'Customer: Brightmoor Games Ltd, 14 Castle Street, Edinburgh EH2 3AH
 * ("you")': a list of "you" in the value of a field of the customer's
 * role, in an order form or on a cover, names the company the value opens
 * with (field_name) as the customer.  1 where it did.
 */
static int named_in_you_field(struct roles_finder *rf, const char *t, size_t end,
			      size_t lstart, struct roles *out, int *groups, size_t *ngroups)
{
	size_t lo = lstart > FIELD_LINE_REACH ? lstart - FIELD_LINE_REACH : 0, ls = lstart, vs, vn, n;
	struct party *p;

	while (ls > lo && t[ls - 1] != '\n')
		ls--;
	if ((ls > 0 && t[ls - 1] != '\n') || *ngroups >= MAX_GROUPS ||
	    field_of_role(rf, t, ls, end, &vs, &vn) != ROLE_CUSTOMER || lstart < vs ||
	    !(n = field_name(rf, t, vs, vs + vn)))
		return 0;
	if ((p = party_named(out, t + vs, n))) {
		if (p->role == ROLE_UNKNOWN) {
			p->role = ROLE_CUSTOMER;
			p->why = "named in a field of its role";
		}
		return 1;
	}
	if (!add_party(out, t + vs, n, vs, ROLE_CUSTOMER, "named in a field of its role"))
		return 0;
	groups[out->nparties - 1] = (int)(*ngroups)++;
	return 1;
}

/* Bytes before a list of "you" in which a letter's "we, Acme Inc.," is read. */
#define LETTER_WE_REACH 300

/*
 * A letter's writer named beside "we" in the sentence before `at`: 'the
 * terms on which we, Brightwave Labs, Inc., will provide services to ...',
 * 'We, Quantix Software Ltd, are pleased to ...'.  The name runs from
 * after "we, " to the comma before a lower-case word, and must end in a
 * company suffix: "we, together with our affiliates, will" names no one.
 */
static int letter_we_named(struct roles_finder *rf, const char *t, size_t at, size_t *s,
			   size_t *n)
{
	size_t lo = at > LETTER_WE_REACH ? at - LETTER_WE_REACH : 0, i, j, k;

	/* Its sentence ("Inc." ends none), within its line. */
	i = sentence_start(t, lo, at);
	for (k = at; k > i; k--)
		if (t[k - 1] == '\n' || t[k - 1] == ';')
			break;
	for (i = k; i + 4 < at; i++) {
		if ((t[i] != 'w' && t[i] != 'W') || t[i + 1] != 'e' || t[i + 2] != ',' ||
		    t[i + 3] != ' ' || (i > 0 && isalnum((unsigned char)t[i - 1])))
			continue;
		for (j = i + 4; j + 2 < at && t[j] != '('; j++)
			if (t[j] == ',' && t[j + 1] == ' ' && islower((unsigned char)t[j + 2]))
				break;
		if (j + 2 >= at || !isupper((unsigned char)t[i + 4]))
			return 0;
		/* 'we, Acme Limited ("we" or "us"), will': up to its alias. */
		while (j > i + 4 && t[j - 1] == ' ')
			j--;
		*s = i + 4;
		*n = j - *s;
		return *n > 0 && rf_matches(rf, rf->company, t + *s, *n);
	}
	return 0;
}

static int has_role(const struct roles *out, enum party_role role);

/*
 * Whether the name at t[at] follows "and" right after a list of "we":
 * '... ("we", "us") and Harbour & Finch LLP'.
 */
static int we_list_before(const char *t, size_t at)
{
	size_t i = at, q;

	while (i > 0 && t[i - 1] == ' ')
		i--;
	if (i < 4 || strncmp(t + i - 4, " and", 4))
		return 0;
	i -= 4;
	while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == ','))
		i--;
	if (i == 0 || t[i - 1] != ')')
		return 0;
	for (q = i - 1; q > 0 && i - q < LIST_MAX * (LIST_ITEM_MAX + 8) && t[q - 1] != '('; q--)
		;
	for (; q < i; q++)
		if ((t[q] == '"' || t[q] == '\'') && q + 3 < i &&
		    (!strncasecmp(t + q + 1, "we\"", 3) || !strncasecmp(t + q + 1, "we'", 3) ||
		     !strncasecmp(t + q + 1, "us\"", 3)))
			return 1;
	return 0;
}

/*
 * Whether t[from..to) says that the writer supplies the one it writes to:
 * "will provide services to", "will give ... access", "are pleased to
 * offer"; not where it engages or appoints it ("we, Acme Inc., engage
 * Beta LLC (\"you\") to ..."), the letter of a customer to its supplier.
 */
static int supplies_between(const char *t, size_t from, size_t to)
{
	static const char *const supply[] = {
		"provide", "give", "supply", "grant", "license", "deliver", "offer", "perform",
		"make", "host",
	};
	static const char *const engage[] = {
		"engage", "appoint", "retain", "hire", "instruct", "commission", "order", "purchase",
		"buy",
	};
	size_t i;
	int supplies = 0;

	for (i = from; i < to; i++) {
		if (!isalpha((unsigned char)t[i]) || (i > from && isalpha((unsigned char)t[i - 1])))
			continue;
		if (word_at(t, to, i, engage, ARRAY_SIZE(engage)))
			return 0;
		supplies |= word_at(t, to, i, supply, ARRAY_SIZE(supply));
	}
	return supplies;
}

/* Words of the name of a writer "at" which "we" speak, at most. */
#define WE_AT_WORDS 8

/*
 * Terms written by a named company without a list of pronouns: 'We at
 * Brightmoor Labs, Inc. will provide the Service to you', 'We here at
 * Pellmont Software Limited are pleased to provide ...', 'At Kestrel
 * Analytics Ltd we will make the Service available to you', 'We,
 * Clearwater Labs Limited, will supply ...' in a letter.  The phrase
 * opens a line or a sentence, the name is its capitalised words (a
 * company suffix may be in lower case: "plc"), ends in a company suffix,
 * and the rest of the sentence says that the writer supplies
 * (supplies_between): 'We at Acme Retail Corp. engage you to ...' and
 * 'At Acme Retail Corp. we buy ...' are a customer's words and name none.
 */
static int we_at_named(struct roles_finder *rf, const char *t, size_t end, size_t *s,
		       size_t *n)
{
	size_t i, next_w = (size_t)-1, next_a = (size_t)-1;

	/* The next "W" and the next "A" by memchr: a byte at a time cost 2 M of the null pack. */
	for (i = 0; i + 3 < end; i++) {
		size_t a, e, w, words = 0, se;
		int at_first;

		if (next_w == (size_t)-1 || next_w < i) {
			const char *p = memchr(t + i, 'W', end - 3 - i);

			next_w = p ? (size_t)(p - t) : end;
		}
		if (next_a == (size_t)-1 || next_a < i) {
			const char *p = memchr(t + i, 'A', end - 3 - i);

			next_a = p ? (size_t)(p - t) : end;
		}
		i = next_w < next_a ? next_w : next_a;
		if (i + 3 >= end)
			break;
		/* At a line's start or after a sentence's stop. */
		if (i > 0 && t[i - 1] != '\n' && !(i > 1 && t[i - 1] == ' ' && t[i - 2] == '.'))
			continue;
		at_first = t[i] == 'A';
		if (at_first && !strncmp(t + i, "At ", 3))
			a = i + 3;
		else if (!at_first && !strncmp(t + i, "We at ", 6))
			a = i + 6;
		else if (!at_first && !strncmp(t + i, "We here at ", 11))
			a = i + 11;
		/* A letter's writer in apposition: "We, Clearwater Labs Limited, will provide ...". */
		else if (!at_first && !strncmp(t + i, "We, ", 4))
			a = i + 4;
		else
			continue;
		if (a >= end || !name_upper_len(t, end, a))
			continue;
		/* The name: its words up to a lower-case one that is no suffix. */
		for (e = a, w = a; w < end && words < WE_AT_WORDS; ) {
			size_t k = w, l;

			while (k < end && ((l = name_letter_len(t, end, k)) ||
					   (t[k] && strchr("&.'-,0123456789", t[k]))))
				k += l ? l : 1;
			if (k == w || (!name_upper_len(t, end, w) &&
				       !rf_matches(rf, rf->company, t + w, k - w)))
				break;
			e = k;
			words++;
			if (k >= end || t[k] != ' ')
				break;
			w = k + 1;
		}
		while (e > a && t[e - 1] == ',')
			e--;
		if (e == a || !rf_matches(rf, rf->company, t + a, e - a))
			continue;
		/* "At X Ltd" must go on to "we": "At Acme Ltd's request" names none. */
		w = e;
		while (w < end && (t[w] == ' ' || t[w] == ','))
			w++;
		if (at_first && (w + 2 >= end || strncasecmp(t + w, "we", 2) ||
				 isalnum((unsigned char)t[w + 2])))
			continue;
		for (se = w; se < end && t[se] != '\n' && !(t[se] == '.' && se + 1 < end &&
							   (t[se + 1] == ' ' || t[se + 1] == '\n'));
		     se++)
			;
		if (!supplies_between(t, w, se))
			continue;
		*s = a;
		*n = e - a;
		return 1;
	}
	return 0;
}

/* Words of the name of a letter's addressee, at most. */
#define ADDRESSEE_WORDS 6

/*
 * The name right before the parenthesis at `at`, its capitalised words
 * and "&": "to Harbour & Finch LLP (", back to a lower-case word before
 * them.  Zero where it ends in no company suffix.
 */
static int addressee_before(struct roles_finder *rf, const char *t, size_t at, size_t *s,
			    size_t *n)
{
	size_t i = at, e, words = 0;

	while (i > 0 && t[i - 1] == ' ')
		i--;
	e = i;
	while (words < ADDRESSEE_WORDS && i > 0) {
		size_t w = i;

		while (w > 0 && (isalnum((unsigned char)t[w - 1]) || strchr("&.'-,", t[w - 1])))
			w--;
		/* The suffix may be in lower case: "Greyfield Rail plc". */
		if (w == i || !(isupper((unsigned char)t[w]) || t[w] == '&' || !words))
			break;
		i = w;
		words++;
		if (i == 0 || t[i - 1] != ' ')
			break;
		i--;
	}
	while (i < e && !isupper((unsigned char)t[i]))
		i++;
	*s = i;
	*n = e - i;
	return *n > 0 && rf_matches(rf, rf->company, t + i, e - i);
}

/*
 * Where memchr last found each byte that may open a quote: '"', '\'' and
 * the lead byte of a curly quote, "\xE2" (end where there is none more),
 * looked for from `from` on.
 */
struct quote_bytes {
	size_t at[3], from;
};

#define QUOTE_BYTES_INIT { { 0, 0, 0 }, (size_t)-1 }

/*
 * The first byte at or after i that may open a quote, or end.  memchr
 * reads the text for each byte far faster than a loop that compares every
 * byte with the three; a byte's place is kept until the search passes it.
 */
static size_t next_quote_byte(const char *t, size_t end, size_t i, struct quote_bytes *qb)
{
	static const unsigned char bytes[3] = { '"', '\'', 0xE2 };
	size_t k, best = end;

	for (k = 0; k < 3; k++) {
		if (qb->from == (size_t)-1 || i < qb->from || qb->at[k] < i) {
			const char *p = i < end ? memchr(t + i, bytes[k], end - i) : NULL;

			qb->at[k] = p ? (size_t)(p - t) : end;
		}
		if (qb->at[k] < best)
			best = qb->at[k];
	}
	qb->from = i;
	return best;
}

/* Whether a party is the vendor by its role noun ("Supplier"). */
static int vendor_by_noun(const struct roles *out)
{
	size_t i;

	for (i = 0; i < out->nparties; i++)
		if (out->parties[i].role == ROLE_VENDOR && out->parties[i].why &&
		    !strcmp(out->parties[i].why, "role noun"))
			return 1;
	return 0;
}

/*
 * Whether "you" accept the terms, as a clickwrap's reader does: "By
 * clicking", "you agree to these Terms", "you accept these terms".
 */
static int you_accept(const char *t, size_t end)
{
	static const char *const says[] = {
		"y clicking", "you agree to these", "you accept these", "You agree to these",
	};
	size_t k;

	for (k = 0; k < ARRAY_SIZE(says); k++)
		if (text_find(t, end, 0, says[k], 2) < end)
			return 1;
	return 0;
}

/*
 * Terms of service name the company once and then say "we": 'WhatsApp
 * Ireland Limited ("WhatsApp," "our," "we," or "us")', '(hereafter
 * "MyHeritage", 'we', 'our' or 'us')', 'We refer to ourselves as "Groupon
 * International", "we", "us" or "our"'.  The names in a quoted list with
 * "we", "us" or "our" are the vendor, with "you" or "your" the customer.
 * A list of pronouns alone takes the name before it ('Skyscanner ("us",
 * "we" or "our")') or after it ('"we", "us" and "our" means Acme'); a list
 * of "you" the name of its customer's field (named_in_you_field).
 */
static void pronoun_lists(struct roles_finder *rf, const char *t, size_t end,
			  struct roles *out, int *groups, size_t *ngroups)
{
	size_t from = 0, ys[LIST_MAX], yn[LIST_MAX], nyou = 0, y, we_end = 0;
	struct quote_bytes qb = QUOTE_BYTES_INIT;
	int we_named = 0, yadded = 0, supplied[LIST_MAX];

	while (from < end && *ngroups < MAX_GROUPS) {
		size_t is[LIST_MAX], in[LIST_MAX], nitems = 0, i = from, next, q, k, lstart;
		size_t s, n;
		int first = 0, second = 0, added = 0, means, g = (int)*ngroups, buyer_named = 0;
		enum party_role role;

		/* Only these bytes can open a quote: most bytes skip the call. */
		while ((i = next_quote_byte(t, end, i, &qb)) < end &&
		       quote_at(t, end, i, 1, &q) == QUOTE_NONE)
			i++;
		if (i >= end)
			break;
		from = i + q;
		/* The list opens with the quote, or with emphasis right before it. */
		lstart = i;
		while (lstart > 0 && i - lstart < 3 && (t[lstart - 1] == '*' || t[lstart - 1] == '_'))
			lstart--;
		i = lstart;
		while (nitems < LIST_MAX && quoted_item(t, end, i, &is[nitems], &in[nitems], &next)) {
			first += word_in(t + is[nitems], in[nitems], first_person, ARRAY_SIZE(first_person));
			second += word_in(t + is[nitems], in[nitems], second_person,
					  ARRAY_SIZE(second_person));
			nitems++;
			from = next;
			i = list_separator(t, end, next);
		}
		/*
		 * "you" alone says nothing: a letter agreement's "you" may be
		 * the one who supplies ('the sales agent (the "Agent" or "you")'),
		 * unless it is the one that accepts the terms.
		 */
		if (!first && second && !named_in_you_field(rf, t, end, lstart, out, groups, ngroups)) {
			size_t before = out->nparties, ws, wn;

			accepting_customer(rf, t, lstart, is, in, nitems, out, groups, ngroups);
			if (out->nparties == before)
				your_noun_customer(t, is, in, nitems, out, groups, ngroups);
			/* Kept for after the loop: a name "you" goes by, '("you" or the "Practice")'. */
			for (y = 0; out->nparties == before && y < nitems && nyou < LIST_MAX; y++)
				if (!is_generic_term(t + is[y], in[y]) &&
				    noun_role(rf, t + is[y], in[y]) != ROLE_VENDOR) {
					supplied[nyou] = we_named && supplies_between(t, we_end, lstart);
					ys[nyou] = is[y];
					yn[nyou++] = in[y];
				}
			/*
			 * A letter: 'we, Brightwave Labs, Inc., will give Harbour
			 * & Finch LLP ("you") access': the writer supplies, the
			 * one it writes to, named before "you", is its customer.
			 */
			if (out->nparties == before && *ngroups + 2 <= MAX_GROUPS &&
			    !has_role(out, ROLE_CUSTOMER) && lstart > 0 && t[lstart - 1] == '(' &&
			    letter_we_named(rf, t, lstart, &ws, &wn) &&
			    addressee_before(rf, t, lstart - 1, &s, &n) && s > ws + wn &&
			    !party_named(out, t + s, n) && supplies_between(t, ws + wn, s)) {
				struct party *we = party_named(out, t + ws, wn);

				if (!we && add_party(out, t + ws, wn, ws, ROLE_VENDOR,
						     "named beside \"we\""))
					groups[out->nparties - 1] = (int)(*ngroups)++;
				if ((!we || we->role == ROLE_VENDOR) &&
				    add_party(out, t + s, n, s, ROLE_CUSTOMER, "named beside \"you\""))
					groups[out->nparties - 1] = (int)(*ngroups)++;
			}
			/*
			 * 'between Brightwave Labs, Inc. ("we", "us") and Harbour &
			 * Finch LLP ("you")': the other of a pair whose first is "we".
			 */
			else if (out->nparties == before && *ngroups + 1 <= MAX_GROUPS &&
				 has_role(out, ROLE_VENDOR) && !has_role(out, ROLE_CUSTOMER) &&
				 lstart > 0 && t[lstart - 1] == '(' &&
				 addressee_before(rf, t, lstart - 1, &s, &n) &&
				 !party_named(out, t + s, n) && we_list_before(t, s) &&
				 named_between(t, lstart - 1, 0)) {
				if (add_party(out, t + s, n, s, ROLE_CUSTOMER, "named beside \"you\""))
					groups[out->nparties - 1] = (int)(*ngroups)++;
			}
		}
		if (!first || second)
			continue;
		parties_named_as_we(t, lstart, out);
		we_named = 1;
		we_end = from;
		role = ROLE_VENDOR;
		for (k = 0; k < nitems; k++) {
			const char *name = t + is[k];
			struct party *p;
			enum party_role r;

			if (is_generic_term(name, in[k]) && !camel_case(name, in[k]))
				continue;
			r = noun_role(rf, name, in[k]);
			/*
			 * '("the Agency", "we" or "us")': an agency that writes as
			 * "we" supplies (a travel or recruitment agency, or a public
			 * one's own service), whatever the public buyer's noun says.
			 */
			/*
			 * Not where the other party goes by a vendor's noun: 'Harbour
			 * City Council ("we", "us" or the "Council") is pleased to
			 * appoint Verbatim Cloud Limited ("you" or the "Supplier")'
			 * is a buyer writing.
			 */
			if (r == ROLE_CUSTOMER && in[k] < 64 && !vendor_by_noun(out)) {
				char a[64];

				memcpy(a, name, in[k]);
				a[in[k]] = '\0';
				if (is_public_body_noun(rf, a))
					r = ROLE_UNKNOWN;
			}
			if (r != ROLE_UNKNOWN && r != role) {
				buyer_named |= r == ROLE_CUSTOMER;
				continue;
			}
			p = party_named(out, name, in[k]);
			if (p) {
				if (p->role == ROLE_UNKNOWN)
					p->role = role;
				added = 1;
				continue;
			}
			if (add_party(out, name, in[k], is[k], role,
				      r != ROLE_UNKNOWN ? "role noun" : "defined with \"we\"")) {
				groups[out->nparties - 1] = g;
				added = 1;
			}
		}
		/*
		 * '"GPL", "we" or "us" means Google Payment Limited': both name
		 * it.  After names, "refers to the Acme company you contract
		 * with" describes rather than names: group 1 is that "the".
		 */
		means = rf_exec(rf, rf->list_means, (PCRE2_SPTR)t, end, from, 0) >= 0;
		if (means && added) {
			rf_group(rf, 1, &s, &n);
			means = !n;
		}
		if (means) {
			rf_group(rf, 2, &s, &n);
			/* "Microsoft." at a sentence's end: the stop is not the name's. */
			while (n > 0 && (t[s + n - 1] == '.' || t[s + n - 1] == '\''))
				n--;
		} else if (added || !name_before(rf, t, lstart, &s, &n)) {
			n = 0;
		}
		/* '("we", "us" or the "Council")': the name before is the buyer's. */
		if (buyer_named)
			n = 0;
		if (n && !is_generic_term(t + s, n)) {
			struct party *p = party_named(out, t + s, n);

			if (p && p->role == ROLE_UNKNOWN)
				p->role = ROLE_VENDOR;
			if (p) {
				added = 1;
			} else if (add_party(out, t + s, n, s, ROLE_VENDOR, "defined as \"we\"")) {
				groups[out->nparties - 1] = g;
				added = 1;
			}
		}
		if (added)
			(*ngroups)++;
	}
	/*
	 * Where a list with "we" has named the vendor, the names "you" goes
	 * by are its customer where "we" supply them, 'we will provide the
	 * Services to Harbourside Medical Practice ("you" or the "Practice")',
	 * or "you" accept the terms, '"Organization", "you" and "your" refer
	 * to that business' after "By clicking".  Else a letter's "you" may
	 * be the one who supplies ('the sales agent (the "Agent" or "you")'):
	 * "you" alone decides nothing.
	 */
	if (!we_named || !has_role(out, ROLE_VENDOR) || *ngroups >= MAX_GROUPS)
		return;
	for (y = 0; y < nyou; y++) {
		struct party *p = party_named(out, t + ys[y], yn[y]);

		if (!supplied[y] && !you_accept(t, end))
			continue;
		if (p) {
			if (p->role == ROLE_UNKNOWN)
				p->role = ROLE_CUSTOMER;
			continue;
		}
		if (add_party(out, t + ys[y], yn[y], ys[y], ROLE_CUSTOMER, "named beside \"you\"")) {
			groups[out->nparties - 1] = (int)*ngroups;
			yadded = 1;
		}
	}
	if (yadded)
		(*ngroups)++;
}

static int has_role(const struct roles *out, enum party_role role)
{
	size_t i;

	for (i = 0; i < out->nparties; i++)
		if (out->parties[i].role == role)
			return 1;
	return 0;
}

/* Whether t[0..len) holds the bytes of `w` (NUL-terminated), as written. */
static int has_bytes(const char *t, size_t len, const char *w)
{
	size_t n = strlen(w);
	const char *p = t, *end = t + len;

	while (n && (size_t)(end - p) >= n && (p = memchr(p, w[0], (size_t)(end - p) - n + 1))) {
		if (!memcmp(p, w, n))
			return 1;
		p++;
	}
	return 0;
}

/*
 * "These Terms form a contract between you and Acme Group Limited": where
 * nothing else names the vendor, the name beside "you" does.  A role noun
 * or "the Company" says nothing: a letter's "you" may be the supplier.
 */
static void find_between_you(struct roles_finder *rf, const char *t, size_t end,
			     struct roles *out, int *groups, size_t *ngroups)
{
	size_t s, n;
	struct party *p;

	/* The pattern needs "between" and "you", as written: most contracts say no "you". */
	if (*ngroups >= MAX_GROUPS || !has_bytes(t, end, "you") || !has_bytes(t, end, "between") ||
	    rf_exec(rf, rf->between_you, (PCRE2_SPTR)t, end, 0, 0) < 0)
		return;
	rf_group(rf, 1, &s, &n);
	if (!n)
		rf_group(rf, 2, &s, &n);
	while (n > 0 && (t[s + n - 1] == '.' || t[s + n - 1] == ','))
		n--;
	if (!n || is_generic_term(t + s, n) || noun_role(rf, t + s, n) != ROLE_UNKNOWN ||
	    word_is(t + s, n, "company"))
		return;
	/* 'an agreement between you and OpenAI, LLC ("OpenAI")': the alias, undecided yet. */
	if ((p = party_named(out, t + s, n))) {
		if (p->role == ROLE_UNKNOWN) {
			p->role = ROLE_VENDOR;
			p->why = "named beside \"you\"";
		}
		return;
	}
	if (add_party(out, t + s, n, s, ROLE_VENDOR, "named beside \"you\""))
		groups[out->nparties - 1] = (int)(*ngroups)++;
}

static enum party_role field_of_role(struct roles_finder *rf, const char *t, size_t ls,
				     size_t end, size_t *vs, size_t *vn);
static size_t skip_decor(const char *t, size_t lo, size_t hi, size_t i, int dir);
static size_t line_end(const char *t, size_t i, size_t end);
static void counterpart_field(struct roles_finder *rf, const struct document *doc, size_t end,
			      struct roles *out, int *groups, size_t *ngroups);
static void role_fields(struct roles_finder *rf, const char *t, size_t end, struct roles *out,
			int *groups, size_t *ngroups);

/*
 * Whether the alias at t[at] is defined in the value of a field that
 * names its role: "Customer: ORCHARD VALLEY CREDIT UNION (\"Orchard
 * Valley\")" at the head of an order form.
 */
static int in_role_field(struct roles_finder *rf, const char *t, size_t end, size_t at)
{
	size_t ls = at, vs, vn;

	while (ls > 0 && t[ls - 1] != '\n')
		ls--;
	return field_of_role(rf, t, ls, end, &vs, &vn) != ROLE_UNKNOWN && vs < at;
}

/*
 * Whether every party found so far (none too) is an alias defined in a
 * field of its role: 'the Customer: HARTWELL BUILDING SOCIETY
 * ("Hartwell")' leaves a field without an alias, 'the Supplier: LEXIGRAM
 * AI LIMITED', to role_fields.
 */
static int all_in_role_fields(struct roles_finder *rf, const char *t, size_t end,
			      const struct roles *out)
{
	size_t i;

	for (i = 0; i < out->nparties; i++)
		if (!in_role_field(rf, t, end, out->parties[i].at))
			return 0;
	return 1;
}

/*
 * Contracts drafted in the Chinese manner head the preamble with a field
 * per party, "Party A: Shenzhen Huaxin Retail Co., Ltd.", and call the
 * parties "Party A" and "Party B" throughout (so too "First Party" and
 * "Second Party").  Both fields of a pair, each opening its line with a
 * capitalised value after the colon (or on the next line), make the two
 * labels parties; their roles come from their uses, unless both labels
 * gloss them with role nouns of the two sides, "Party A (Client):",
 * "Party B (Service Provider):": then each takes its gloss's role, and
 * joins the gloss where that is a party too.
 */
/*
 * Whether the field's label at t[at] (n bytes) is only a label: its line,
 * from `from` to `le`, defines the party's own alias ('First Party: Delta
 * Telecom S.A.E. (the "Operator")') and the label is not used after that
 * line, in the whole text t[0..len).  The alias is the party then.
 */
static int label_only(const char *t, size_t len, size_t at, size_t n, size_t from, size_t le)
{
	char label[16];
	size_t i;

	for (i = from; i + 1 < le && !(t[i] == '(' && memchr(t + i, '"', le - i)); i++)
		;
	if (i + 1 >= le || n >= sizeof(label))
		return 0;
	memcpy(label, t + at, n);
	label[n] = '\0';
	return text_find(t, len, le, label, n - 1) == len;
}

static void lettered_parties(struct roles_finder *rf, const char *t, size_t end, size_t len,
			     struct roles *out, int *groups, size_t *ngroups)
{
	static const char *const labels[4] = { "party a", "party b", "first party", "second party" };
	size_t at[4] = { 0 }, gs[4] = { 0 }, gn[4] = { 0 }, ls;
	int seen[4] = { 0 }, only[4] = { 0 }, k;

	for (ls = 0; ls < end; ls = line_end(t, ls, end) + 1) {
		size_t le = line_end(t, ls, end), i = skip_decor(t, ls, le, ls, 1), j, g0 = 0, g1 = 0;

		if (i < le && (t[i] == 't' || t[i] == 'T') && i + 4 < le &&
		    !strncasecmp(t + i, "the ", 4))
			i += 4;
		for (k = 0; k < 4; k++) {
			size_t n = strlen(labels[k]);

			if (seen[k] || i + n >= le || strncasecmp(t + i, labels[k], n) ||
			    isalnum((unsigned char)t[i + n]))
				continue;
			j = skip_decor(t, ls, le, i + n, 1);
			if (j < le && t[j] == '(') {    /* "Party A (the Buyer):" */
				g0 = skip_decor(t, ls, le, j + 1, 1);
				if (g0 + 4 < le && !strncasecmp(t + g0, "the ", 4))
					g0 = skip_decor(t, ls, le, g0 + 4, 1);
				while (j < le && t[j] != ')')
					j++;
				for (g1 = j; g1 > g0 && (t[g1 - 1] == ' ' || t[g1 - 1] == '*'); g1--)
					;
			}
			if (j < le && t[j] == ')')
				j = skip_decor(t, ls, le, j + 1, 1);
			if (j >= le || t[j] != ':')
				continue;
			j = skip_decor(t, ls, le, j + 1, 1);
			if (j == le && le < end) {
				for (j = le + 1; j < end && isspace((unsigned char)t[j]); j++)
					;
				j = skip_decor(t, j, line_end(t, j, end), j, 1);
			}
			if (j < end && isupper((unsigned char)t[j])) {
				seen[k] = 1;
				only[k] = label_only(t, len, i, n, j, le);
				at[k] = i;
				gs[k] = g0;
				gn[k] = g1 > g0 ? g1 - g0 : 0;
			}
		}
	}
	for (k = 0; k < 4; k += 2) {
		enum party_role gr[2] = { ROLE_UNKNOWN, ROLE_UNKNOWN };
		int m;

		if (!seen[k] || !seen[k + 1])
			continue;
		for (m = 0; m < 2; m++)
			if (gn[k + m])
				gr[m] = noun_role(rf, t + gs[k + m], gn[k + m]);
		/* Glosses of one side, or of one label only, settle nothing. */
		if (gr[0] == ROLE_UNKNOWN || gr[1] == ROLE_UNKNOWN || gr[0] == gr[1])
			gr[0] = gr[1] = ROLE_UNKNOWN;
		for (m = k; m < k + 2 && *ngroups < MAX_GROUPS; m++) {
			/* An index, not a pointer: add_party may move the parties. */
			struct party *gp = gr[m - k] != ROLE_UNKNOWN ?
					   party_named(out, t + gs[m], gn[m]) : NULL;
			long gloss = gp && gp->role == gr[m - k] ? gp - out->parties : -1;

			/*
			 * "PARTY A (Purchaser):" heads the field, "Party A" is used
			 * after: the name as the uses spell it, which the rules and
			 * the terms compare byte for byte.
			 */
			size_t nm = strlen(labels[m]), sp = spelt_as_used(t, end, at[m], nm);

			if (only[m] || party_named(out, t + sp, nm) ||
			    !add_party(out, t + sp, nm, at[m], gr[m - k],
				       gr[m - k] != ROLE_UNKNOWN ? "glossed by its role noun" : ""))
				continue;
			if (gloss >= 0)
				groups[out->nparties - 1] = groups[gloss];
			else
				groups[out->nparties - 1] = (int)(*ngroups)++;
		}
	}
}

/*
 * Whether the line of t[at] opens with the field label `w` (n bytes):
 * "Principal: ...", also after the number of a parties clause's item,
 * "1.2 Buyer: Nordvik Kommune, ... (hereinafter: the Buyer)".
 */
static int labels_its_line(const char *t, size_t at, const char *w, size_t n)
{
	size_t ls = at, i;

	while (ls > 0 && t[ls - 1] != '\n')
		ls--;
	for (i = ls; i < at && (isdigit((unsigned char)t[i]) || t[i] == '.'); i++)
		;
	if (i > ls && i < at && t[i] == ' ' && isdigit((unsigned char)t[ls]))
		ls = i;
	while (ls < at && (t[ls] == ' ' || t[ls] == '*' || t[ls] == '_'))
		ls++;
	return at - ls > n && !memcmp(t + ls, w, n) && t[ls + n] == ':';
}

/*
 * Whether the field whose label labels_its_line read (n bytes) names a
 * body, not a thing or a place: its value opens on a capitalised word
 * other than "The" and ends, before the alias at t[at], on an
 * institution's word ('Trust: Westmere Valley Hospitals NHS Foundation
 * Trust'); 'Product: the Supplier's software (the "Product")' and 'Venue:
 * Harbour Convention Centre ("Venue")' name none.
 */
static int field_names_a_body(const char *t, size_t at, size_t n)
{
	size_t ls = at, v, e, w;

	while (ls > 0 && t[ls - 1] != '\n')
		ls--;
	v = text_find(t, at, ls, ":", 0);
	if (v >= at || v - ls < n)
		return 0;
	for (v++; v < at && t[v] == ' '; v++)
		;
	if (v + 4 >= at || !isupper((unsigned char)t[v]) ||
	    ((t[v + 1] == 'h' || t[v + 1] == 'H') && (t[v + 2] == 'e' || t[v + 2] == 'E') &&
	     t[v + 3] == ' '))
		return 0;
	for (e = at; e > v && (t[e - 1] == ' ' || t[e - 1] == ','); e--)
		;
	for (w = e; w > v && isalpha((unsigned char)t[w - 1]); w--)
		;
	return is_institution_word(t + w, e - w);
}

/* Whether "the" is the last word of t[from..at): "(the Company)", "(the **Client**)". */
static int the_before(const char *t, size_t from, size_t at)
{
	while (at > from && (isspace((unsigned char)t[at - 1]) || t[at - 1] == '*' || t[at - 1] == '_'))
		at--;
	return at - from >= 3 && !strncasecmp(t + at - 3, "the", 3) &&
	       (at - from == 3 || !isalpha((unsigned char)t[at - 4]));
}

/*
 * Where the words that may name an alias's company begin, for an alias at
 * `at` read from `lo` on: in a numbered clause, a company named in an
 * earlier paragraph is not this alias's ("... mean Acme, Inc." / "1.1 You
 * own your prompts (\"Inputs\")", "1. Talkwave wishes to become a full
 * network enabler (hereinafter: \"MVNE\")").  A preamble may give a party's
 * name, address and alias a paragraph each (and a name's initial, "F.
 * Hoffmann-La Roche Ltd", may pass for a letter label).
 */
static size_t alias_context_start(const struct document *doc, size_t at, size_t lo)
{
	size_t para = document_para_at(doc, at);

	if (para < doc->npara && doc->paras[para].clause &&
	    isdigit((unsigned char)doc->paras[para].clause[0]) && doc->paras[para].start > lo)
		return doc->paras[para].start;
	return lo;
}

/*
 * The party whose alias is a gloss in parentheses right after t[at], the
 * end of a name defined after "hereinafter": '... as the "Auftraggeber"
 * (Client)', an unquoted role noun the parenthesised aliases read
 * before.  Its index in out->parties, or -1.
 */
static long gloss_after(const struct roles *out, const char *t, size_t end, size_t at)
{
	size_t i;

	while (at < end && (t[at] == ' ' || t[at] == '"'))
		at++;
	if (at >= end || t[at] != '(')
		return -1;
	for (i = 0; i < out->nparties; i++)
		if (out->parties[i].at == at + 1 && out->parties[i].role != ROLE_UNKNOWN)
			return (long)i;
	return -1;
}

/*
 * Whether the words before the parenthesis at `at` (from `lo`) say it
 * names whoever accepts the terms or signs up for the service: 'the
 * person or organisation that creates an account on or uses the Hub
 * ("Member")'.
 */
static int defines_acceptor(struct roles_finder *rf, const char *t, size_t lo, size_t at)
{
	static const char *const signs_up[] = {
		"regist", "sign up", "signs up", "signed up", "subscrib", "an account", " uses ", " use ",
		" access",
	};
	size_t from = at > ACCEPTOR_REACH ? at - ACCEPTOR_REACH : 0, ms, k;

	if (from < lo)
		from = lo;
	if (!acceptor_in(rf, t, from, at + 1))
		return 0;
	for (ms = from + pcre2_get_ovector_pointer(rf->md)[0]; ms < at; ms++)
		for (k = 0; k < ARRAY_SIZE(signs_up); k++)
			if (ms + strlen(signs_up[k]) <= at &&
			    !strncmp(t + ms, signs_up[k], strlen(signs_up[k])))
				return 2;
	return 1;
}

/*
 * Whether the body of a "means" definition, b[0..n), defines who accepts
 * the terms: "the company or other legal entity that accepts these Terms",
 * "the individual who signs up for the Service".  The head noun is a
 * company, entity, person or the like, and the verb accepts, agrees,
 * signs, clicks or registers, in the body's first bytes.
 */
static int defined_as_acceptor(const char *b, size_t n)
{
	static const char *const heads[] = {
		"company", "entity", "legal", "person", "individual", "organisation", "organization",
		"business", "party",
	};
	static const char *const verbs[] = {
		"that accept", "who accept", "which accept", "that agree", "who agree", "which agree",
		"that sign", "who sign", "which sign", "that click", "who click", "that register",
		"who register", "which register",
	};
	size_t i = 0, e, k;

	if (n > 4 && (!strncmp(b, "the ", 4) || !strncmp(b, "any ", 4)))
		i = 4;
	else if (n > 2 && !strncmp(b, "a ", 2))
		i = 2;
	else if (n > 3 && !strncmp(b, "an ", 3))
		i = 3;
	else
		return 0;
	for (e = i; e < n && isalpha((unsigned char)b[e]); e++)
		;
	if (!word_in(b + i, e - i, heads, ARRAY_SIZE(heads)))
		return 0;
	for (; e < n && b[e] != '.' && b[e] != ';' && b[e] != '\n'; e++)
		for (k = 0; k < ARRAY_SIZE(verbs); k++)
			if (b[e] == ' ' && e + 1 + strlen(verbs[k]) <= n &&
			    !memcmp(b + e + 1, verbs[k], strlen(verbs[k])))
				return 1;
	return 0;
}

/*
 * The role a party's own definition gives it, read on the words before
 * the parenthesis at `at` (from `lo`, after any "between"): 'the entity
 * named as the licensee on the Order Form', 'the customer named in the
 * Order Form', 'the party acquiring the Services'.  The role noun the
 * contract defines the party by beats the words of its alias ("Developer"
 * is a supplier's word; here it names the licensee).  Not a role noun in
 * the possessive ("as the Licensee's agent"), nor "such as".  ROLE_UNKNOWN
 * when the words name no role, or both.  *entry says whether the words
 * open a party's entry ("between the ...", "and a ..."), where an alias
 * with no company before it names a party all the same.
 */
static enum party_role defined_role(struct roles_finder *rf, const char *t, size_t lo, size_t at,
				    int *entry)
{
	static const char *const named[] = {
		"named", "identified", "specified", "designated", "listed", "set", "described",
		"indicated", "stated", "shown",
	};
	static const char *const heads[] = {
		"party", "entity", "person", "company", "individual", "organisation",
		"organization", "business",
	};
	static const char *const buys[] = { "acquir", "purchas", "buy", "procur", "order" };
	static const char *const sells[] = { "provid", "suppl", "sell" };
	size_t from = at > DEFINED_ROLE_REACH ? at - DEFINED_ROLE_REACH : 0, i, k;
	unsigned found = 0;

	*entry = 0;
	if (from < lo)
		from = lo;
	for (i = at; i > from + 4; i--)
		if (t[i - 1] == ' ' && ((t[i - 2] | 0x20) == 'd' || (t[i - 2] | 0x20) == 'n') &&
		    ((i >= from + 8 && !strncasecmp(t + i - 8, "between ", 8)) ||
		     !strncasecmp(t + i - 5, " and ", 5))) {
			from = i;
			/* The party's entry opens here: "and the entity named as ...". */
			*entry = !strncasecmp(t + i, "the ", 4) || !strncasecmp(t + i, "a ", 2) ||
				 !strncasecmp(t + i, "an ", 3);
			break;
		}
	for (i = from; i < at; i++) {
		size_t w, e, n;
		enum party_role r = ROLE_UNKNOWN;

		if (!isalpha((unsigned char)t[i]) || (i > from && isalpha((unsigned char)t[i - 1])))
			continue;
		for (e = i; e < at && isalpha((unsigned char)t[e]); e++)
			;
		n = e - i;
		/* Only "as" and "the" open the forms read here. */
		if ((n != 2 && n != 3) || ((t[i] | 0x20) != 'a' && (t[i] | 0x20) != 't')) {
			i = e - 1;
			continue;
		}
		w = e;
		while (w < at && t[w] == ' ')
			w++;
		if (word_is(t + i, n, "as") && w < at) {
			/* "named as the licensee", "acting as Customer". */
			size_t b = i;

			if (b >= from + 5 && (!strncasecmp(t + b - 5, "such ", 5) ||
					      !strncasecmp(t + b - 5, "well ", 5)))
				continue;
			for (k = 0; k < 3; k++) {
				static const char *const arts[] = { "the ", "a ", "an " };
				size_t an = strlen(arts[k]);

				if (w + an < at && !strncasecmp(t + w, arts[k], an)) {
					w += an;
					break;
				}
			}
			for (e = w; e < at && isalpha((unsigned char)t[e]); e++)
				;
			if (e > w && (e >= at || (t[e] != '\'' && (unsigned char)t[e] != 0xE2)))
				r = noun_role(rf, t + w, e - w);
		} else if (word_is(t + i, n, "the") && w < at) {
			/* "the customer named in the Order Form". */
			size_t ne, v;

			for (ne = w; ne < at && isalpha((unsigned char)t[ne]); ne++)
				;
			for (v = ne; v < at && t[v] == ' '; v++)
				;
			for (e = v; e < at && isalpha((unsigned char)t[e]); e++)
				;
			if (ne > w && v > ne && word_in(t + v, e - v, named, ARRAY_SIZE(named)))
				r = noun_role(rf, t + w, ne - w);
			/* "the party acquiring the Services", "the entity that purchases". */
			if (r == ROLE_UNKNOWN && ne > w && word_in(t + w, ne - w, heads, ARRAY_SIZE(heads))) {
				if (e - v >= 3 && (word_is(t + v, e - v, "that") ||
						   word_is(t + v, e - v, "which") ||
						   word_is(t + v, e - v, "who")))
					for (v = e; v < at && t[v] == ' '; v++)
						;
				for (k = 0; k < ARRAY_SIZE(buys); k++)
					if (v + strlen(buys[k]) <= at &&
					    !strncasecmp(t + v, buys[k], strlen(buys[k])))
						r = ROLE_CUSTOMER;
				for (k = 0; k < ARRAY_SIZE(sells); k++)
					if (v + strlen(sells[k]) <= at &&
					    !strncasecmp(t + v, sells[k], strlen(sells[k])))
						r = ROLE_VENDOR;
			}
		}
		if (r != ROLE_UNKNOWN)
			found |= 1u << r;
		i += n - 1;
	}
	if (found == 1u << ROLE_VENDOR)
		return ROLE_VENDOR;
	if (found == 1u << ROLE_CUSTOMER)
		return ROLE_CUSTOMER;
	return ROLE_UNKNOWN;
}

/*
 * Whether t[s..e) is one name: its words capitalised but for the joiners
 * of names and a company form in lower case ("Bank of Leeds plc");
 * "Tidewater AI Limited, write to ... to Kestrel Lane Surgery" is more.
 */
static int one_name(const char *t, size_t s, size_t e)
{
	static const char *const joiners[] = {
		"of", "and", "the", "for", "de", "du", "des", "la", "le", "von", "van", "der", "plc",
	};
	size_t i = s;

	while (i < e) {
		size_t w;

		while (i < e && (t[i] == ' ' || t[i] == ','))
			i++;
		for (w = i; i < e && t[i] != ' ' && t[i] != ','; i++)
			;
		if (i > w && islower((unsigned char)t[w]) &&
		    !word_in(t + w, i - w, joiners, ARRAY_SIZE(joiners)))
			return 0;
	}
	return 1;
}

/* Bytes between "we," or "you," and the parenthesis that defines the alias. */
#define APPOSED_REACH 120

/*
 * A letter names its writer and its addressee beside the pronouns: 'we,
 * Kestrel Ltd ("Kestrel"), will ...' and '... for you, Hallam plc
 * ("Hallam")'.  The alias defined at `ms` is the vendor after "we," or
 * "us," and the customer after "you,", where the words between the comma
 * and the parenthesis are one capitalised name (no clause stop, no other
 * parenthesis).  "Thank you, ..." names no one.
 */
static enum party_role pronoun_apposed(const char *t, size_t lo, size_t ms)
{
	size_t i = ms, k, stop = ms > lo + APPOSED_REACH ? ms - APPOSED_REACH : lo;

	while (i > stop && !strchr("()\";:\n", t[i - 1]) && t[i - 1] != ',')
		i--;
	/* Read back over commas inside the name ("Acme, Inc."). */
	while (i > stop + 1 && t[i - 1] == ',') {
		static const struct {
			const char *w;
			enum party_role r;
		} pron[] = {
			{ "we", ROLE_VENDOR }, { "us", ROLE_VENDOR }, { "you", ROLE_CUSTOMER },
		};
		size_t w = i - 1, ws = w;

		while (ws > lo && isalpha((unsigned char)t[ws - 1]))
			ws--;
		for (k = 0; k < ARRAY_SIZE(pron); k++) {
			size_t n = strlen(pron[k].w), j = i;

			/* "We" or "we", never "US" as in "Acme US, LLC". */
			if (w - ws != n || strncasecmp(t + ws, pron[k].w, n) ||
			    !islower((unsigned char)t[ws + 1]) ||
			    (ws > 0 && isalnum((unsigned char)t[ws - 1])))
				continue;
			if (ws >= 6 && !strncasecmp(t + ws - 6, "thank ", 6))
				return ROLE_UNKNOWN;
			while (j < ms && t[j] == ' ')
				j++;
			if (j >= ms || !name_upper_len(t, ms, j) || !one_name(t, j, ms))
				return ROLE_UNKNOWN;
			return pron[k].r;
		}
		/* A comma inside the name: go on only after a capitalised word. */
		if (w == ws || !isupper((unsigned char)t[ws]))
			return ROLE_UNKNOWN;
		i = w;
		while (i > stop && !strchr("()\";:\n", t[i - 1]) && t[i - 1] != ',')
			i--;
	}
	return ROLE_UNKNOWN;
}

/*
 * Whether a definition's body, s[0..n), names a company ('"Acme" means
 * Acme Ireland Limited'). A suffix word that is a party's alias already
 * ('"Tool" means Company's software', "licensed by Company") or an
 * owner ("Company's") speaks of that party: the term is a thing, not
 * another party.
 */
static int company_in_means(struct roles_finder *rf, const struct roles *out, const char *s,
			    size_t n)
{
	size_t from = 0, i;

	while (from < n && rf_exec(rf, rf->company, (PCRE2_SPTR)s, n, from, 0) >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rf->md);
		size_t ms = ov[0], me = ov[1];

		from = me > from ? me : from + 1;
		if (me < n && (s[me] == '\'' || (n - me >= 3 && !memcmp(s + me, "\xE2\x80\x99", 3))))
			continue;
		for (i = 0; i < out->nparties; i++)
			if (strlen(out->parties[i].alias) == me - ms &&
			    !memcmp(out->parties[i].alias, s + ms, me - ms))
				break;
		if (i == out->nparties)
			return 1;
	}
	return 0;
}

/* Bytes before an alias searched for the heading of the recitals. */
#define RECITAL_REACH 3000

/* Whether the line at t[ls] opens "WHEREAS", after at most a short label ("(A) "). */
static int opens_whereas(const char *t, size_t ls)
{
	size_t i;

	for (i = ls; i - ls <= 7; i++) {
		if (!strncasecmp(t + i, "whereas", 7))
			return 1;
		if (!(t[i] == ' ' || t[i] == '\t' || t[i] == '(' || t[i] == ')' || t[i] == '.' ||
		      isalnum((unsigned char)t[i])))
			return 0;
	}
	return 0;
}

/*
 * Whether t[at] is in the recitals: after a "BACKGROUND", "RECITALS" or
 * "WHEREAS" heading line with no parties caption between, or in a
 * paragraph that opens "WHEREAS".  Recitals name others as well as the
 * parties: 'the Association represents its member firms, X, Y and Z
 * (together the "Members")'.
 */
static int in_recitals(const char *t, size_t at)
{
	size_t lo = at > RECITAL_REACH ? at - RECITAL_REACH : 0, le = at, ls;

	for (ls = at; ls > lo && t[ls - 1] != '\n'; ls--)
		;
	if (opens_whereas(t, ls))
		return 1;
	while (ls > lo) {
		size_t a, b, n;
		char w[16];

		le = ls - 1;
		for (ls = le; ls > lo && t[ls - 1] != '\n'; ls--)
			;
		for (a = ls; a < le && strchr(" \t*_#", t[a]); a++)
			;
		for (b = le; b > a && strchr(" \t\r*_:", t[b - 1]); b--)
			;
		n = b - a;
		if (!n || n >= sizeof w)
			continue;
		memcpy(w, t + a, n);
		w[n] = 0;
		if (!strcasecmp(w, "background") || !strcasecmp(w, "recitals") ||
		    !strcasecmp(w, "whereas") || !strcasecmp(w, "preamble"))
			return 1;
		if (!strcasecmp(w, "parties") || !strcasecmp(w, "between"))
			return 0;
	}
	return 0;
}

/*
 * Whether the alias match t[ms, me) names a group of several parties
 * together: '(together the "Members")', '(collectively, the "Lenders")',
 * '("Member" and "Members")'.
 */
static int collective_alias(const char *t, size_t ms, size_t me, const size_t *s, const size_t *n)
{
	size_t i;

	for (i = ms; i + 8 <= me; i++)
		if ((!strncasecmp(t + i, "together", 8) || !strncasecmp(t + i, "collectiv", 9)) &&
		    (i == ms || !isalpha((unsigned char)t[i - 1])))
			return 1;
	return n[1] && ((n[1] == n[0] + 1 && !strncmp(t + s[0], t + s[1], n[0]) && t[s[1] + n[0]] == 's') ||
			(n[0] == n[1] + 1 && !strncmp(t + s[0], t + s[1], n[1]) && t[s[0] + n[1]] == 's'));
}

/* Bytes of an unquoted list of a name and pronouns in brackets, at most. */
#define BARE_LIST_REACH 80

/*
 * The name in an unquoted list in brackets of one name and pronouns,
 * "(Vigilo, we, us or our)", "(Institution, you or your)": 1 where the
 * pronouns are "we", 2 where "you", 0 where it is no such list.  *s, *n:
 * the name; *close: the bracket that closes the list.
 */
static int bare_pronoun_list(const char *t, size_t end, size_t open, size_t *s, size_t *n,
			     size_t *close)
{
	static const char *const joins[] = { "or", "and" };
	size_t i = open + 1, lim = open + BARE_LIST_REACH < end ? open + BARE_LIST_REACH : end;
	size_t names = 0, e, k;
	int first = 0, second = 0;

	while (i < lim && t[i] != ')') {
		size_t words = 0;

		while (i < lim && t[i] == ' ')
			i++;
		for (e = i; e < lim && isalpha((unsigned char)t[e]); e++)
			;
		if (e == i)
			return 0;
		if (word_in(t + i, e - i, joins, ARRAY_SIZE(joins))) {
			i = e;
			continue;
		}
		if (word_in(t + i, e - i, first_person, ARRAY_SIZE(first_person))) {
			first = 1;
		} else if (word_in(t + i, e - i, second_person, ARRAY_SIZE(second_person))) {
			second = 1;
		} else {
			/* A name: capitalised words, three at most. */
			for (k = i; k < lim && isupper((unsigned char)t[k]) && words < 3; words++) {
				while (k < lim && (isalpha((unsigned char)t[k]) || t[k] == '-'))
					k++;
				if (k + 1 < lim && t[k] == ' ' && isupper((unsigned char)t[k + 1]))
					k++;
			}
			if (!words || names++)
				return 0;
			*s = i;
			*n = k - i;
			e = k;
		}
		i = e;
		while (i < lim && t[i] == ' ')
			i++;
		if (i < lim && t[i] == ',')
			i++;
	}
	if (i >= lim || names != 1 || first == second)
		return 0;
	*close = i;
	return first ? 1 : 2;
}

/*
 * Australian and other terms may name the parties in brackets without
 * quotes: 'Vigilo Assess Pty Ltd ... (Vigilo, we, us or our) and the
 * education provider named in the Order Form (Institution, you or
 * your)'.  The name with "we" is the vendor; the name with "you" is the
 * customer where it is the other of a pair whose first is "we", after
 * "and" in the same sentence.  Read only where no party has that role.
 */
static void bare_pronoun_lists(const char *t, size_t end, struct roles *out, int *groups,
			       size_t *ngroups)
{
	size_t at = 0, s = 0, n = 0, close = 0, we_close = 0, k;
	int person;

	while (*ngroups < MAX_GROUPS && (at = text_find(t, end, at, "(", 0)) < end) {
		person = bare_pronoun_list(t, end, at, &s, &n, &close);
		if (person == 1 && !has_role(out, ROLE_VENDOR) && !party_named(out, t + s, n)) {
			if (add_party(out, t + s, n, s, ROLE_VENDOR, "defined with \"we\""))
				groups[out->nparties - 1] = (int)(*ngroups)++;
			we_close = close;
		} else if (person == 2 && we_close && !has_role(out, ROLE_CUSTOMER) &&
			   !party_named(out, t + s, n)) {
			for (k = we_close; k < at && !(t[k] == '.' && t[k + 1] == ' ') && t[k] != '\n'; k++)
				;
			if (k == at && text_find(t, at, we_close, " and ", 1) < at &&
			    add_party(out, t + s, n, s, ROLE_CUSTOMER, "named beside \"you\""))
				groups[out->nparties - 1] = (int)(*ngroups)++;
		}
		at++;
	}
}

/* Bytes before an alias in which "itself and" is read. */
#define ITSELF_AND_REACH 160

/*
 * Whether the alias at t[ms..me) names what the party acts for besides
 * itself, with the party's own alias right after it: 'Tri-County
 * Holdings, Inc., an Ohio corporation, on behalf of itself and the
 * pharmacies listed in Schedule 1 (the "Covered Stores") (the
 * "Subscriber")', "for itself and its member hospitals ("Members")
 * ("Client")".  The first names the others, no party.  "itself and" is in
 * the words before it, with no parenthesis, quote, semicolon or line
 * between; the next alias opens after spaces only.
 */
static int names_others_before_alias(const char *t, size_t lo, size_t ms, size_t me, size_t end)
{
	size_t i = me;

	while (i < end && t[i] == ' ')
		i++;
	if (i >= end || t[i] != '(' || !memchr(t + i, '"', (end - i < 40 ? end - i : 40)))
		return 0;
	for (i = ms; i > lo && ms - i <= ITSELF_AND_REACH; i--) {
		char c = t[i - 1];

		if (c == '(' || c == ')' || c == '"' || c == ';' || c == '\n' ||
		    (unsigned char)c == 0xE2)
			return 0;
		if (c == ' ' && i >= 8 && !strncmp(t + i - 8, " itself ", 8) &&
		    !strncmp(t + i, "and ", 4))
			return 1;
	}
	return 0;
}

/*
 * Whether the parenthesis at `ms` follows the one that ended at `prev`
 * with nothing but spaces or a comma between: '("Tri-County") (the
 * "Customer")', '("Tri-County"), (the "Customer")'.
 */
static int alias_follows_alias(const char *t, size_t prev, size_t ms)
{
	size_t i = prev;
	int comma = 0;

	if (ms < prev || ms - prev > 4)
		return 0;
	for (; i < ms; i++) {
		if (t[i] == ',' && !comma)
			comma = 1;
		else if (t[i] != ' ')
			return 0;
	}
	return t[ms] == '(';
}

static void find_party_aliases(struct roles_finder *rf, const struct document *doc,
			       struct roles *out, int *groups, size_t *ngroups)
{
	const char *t = doc->text.ptr;
	size_t end = doc->text.len < PREAMBLE_MAX ? doc->text.len : PREAMBLE_MAX;
	size_t from = 0, prev_end = 0, last_party_end = 0, prev_alias_end = 0;
	size_t others = 0, others_end = 0;   /* an alias naming what a party acts for, before its own */
	size_t last_party = 0;               /* the last party an alias parenthesis added */

	/* Don't cut a UTF-8 character in two. */
	while (end < doc->text.len && end > 0 && ((unsigned char)t[end] & 0xC0) == 0x80)
		end--;
	while (from < end &&
	       rf_exec(rf, rf->paren_alias, (PCRE2_SPTR)t, end, from, 0) >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rf->md);
		size_t ms = ov[0], me = ov[1], s[2], n[2];
		enum party_role role = ROLE_UNKNOWN, r, defined = ROLE_UNKNOWN, apposed = ROLE_UNKNOWN;
		int g, any_noun = 0, any_entity, accepts, entry, unquoted, registered, same;
		size_t lo = alias_context_start(doc, ms, prev_end), at = ms, k;

		rf_group(rf, 1, &s[0], &n[0]);
		rf_group(rf, 2, &s[1], &n[1]);
		/* A group the recitals name together is not a party: "the Members of the Association". */
		if (collective_alias(t, ms, me, s, n) && in_recitals(t, ms)) {
			from = me;
			continue;
		}
		if (names_others_before_alias(t, lo, ms, me, end) &&
		    noun_role(rf, t + s[0], n[0]) == ROLE_UNKNOWN) {
			others = ms;
			others_end = me;
			from = me;
			continue;
		}
		/* The party's own alias is read where the others' opened: its entity is before that. */
		for (k = others_end; others_end && k < ms && t[k] == ' '; k++)
			;
		if (others_end && k == ms)
			at = others;
		/*
		 * An unquoted alias counts only after a company, and only as a role
		 * noun, "(Customer)", a name after "the", "(the Company)", the
		 * label of its line's field, "Principal: ... (Principal)", a word
		 * of the name, or a short name the contract then uses for a
		 * party, "... Limited ABN 11 222 333 444 (Bank)", "the Bank must".
		 */
		unquoted = !memchr(t + ms, '"', me - ms) && !memchr(t + ms, 0xE2, me - ms);
		/* Unquoted, a name with the number it is registered under is an entity. */
		registered = unquoted && registered_number_in(t, lo, at);
		if (unquoted &&
		    ((noun_role(rf, t + s[0], n[0]) == ROLE_UNKNOWN && !the_before(t, ms, s[0]) &&
		      !labels_its_line(t, ms, t + s[0], n[0]) &&
		      (n[1] || (!word_of_name_before(t, ms, s[0], n[0]) &&
				 !alias_used_as_party(doc, ms, me, s[0], n[0])))) ||
		     (!registered && !entity_before(rf, t, lo, at) &&
		      /*
		       * An entry of a parties block under a bare "BETWEEN" or
		       * "AND" line, "The State of Queensland through the
		       * Department of Education (the Department)": a public body
		       * with no company form, whose alias the contract goes on to
		       * use as a party's.
		       */
		      !(the_before(t, ms, s[0]) && block_entry(t, lo, at) &&
			alias_used_as_party(doc, ms, me, s[0], n[0]))))) {
			from = me;
			continue;
		}
		any_entity = registered || entity_before(rf, t, lo, at) ||
			     second_of_pair(t, last_party_end, ms) || block_entry(t, lo, at) ||
			     in_role_field(rf, t, end, ms) ||
			     /*
			      * An order form's field whose label is the alias it
			      * defines: 'Trust: Westmere Valley Hospitals NHS
			      * Foundation Trust (the "Trust")'.
			      */
			     (!unquoted && n[0] && !n[1] && labels_its_line(t, ms, t + s[0], n[0]) &&
			      field_names_a_body(t, ms, n[0])) ||
			     /* The first of a contract's pair, quoted, before any party. */
			     (!*ngroups && memchr(t + ms, '"', me - ms) &&
			      first_of_contract_pair(rf, t, lo, at, me, end));
		/*
		 * A body named between the parties is one still: "The Trustees of
		 * Indiana University ("IU")", "the Texas Department of Information
		 * Resources ("DIR")".
		 */
		if (n[0] && !n[1] && abbreviates_words_before(rf, t, ms, t + s[0], n[0]) &&
		    !institution_before(t, ms))
			any_entity = 0;
		for (g = 0; g < 2; g++) {
			if (!n[g])
				continue;
			r = noun_role(rf, t + s[g], n[g]);
			if (r != ROLE_UNKNOWN) {
				any_noun = 1;
				role = role == ROLE_UNKNOWN || role == r ? r : ROLE_UNKNOWN;
			}
		}
		/*
		 * 'and the individual or entity that registers for an API key and
		 * accepts these terms ("Developer")': whoever accepts the terms
		 * is the customer, whatever the alias says.
		 */
		accepts = defines_acceptor(rf, t, lo, at);
		/*
		 * A vendor noun that accepts may be a supplier accepting an order
		 * ('the company that accepts this Purchase Order ("Supplier")');
		 * one that signs up for or uses the service is its customer
		 * ('the entity that registers for an API key ... ("Developer")').
		 */
		if (accepts == 1 && (noun_role(rf, t + s[0], n[0]) == ROLE_VENDOR ||
				     (n[1] && noun_role(rf, t + s[1], n[1]) == ROLE_VENDOR)))
			accepts = 0;
		if (accepts) {
			any_entity = 1;
			role = ROLE_CUSTOMER;
		} else if ((defined = defined_role(rf, t, lo, at, &entry)) != ROLE_UNKNOWN &&
			   (entry || any_entity)) {
			any_entity = 1;
			role = defined;
		} else {
			defined = ROLE_UNKNOWN;
		}
		if (role == ROLE_UNKNOWN && !any_noun && any_entity &&
		    (apposed = pronoun_apposed(t, lo, at)) != ROLE_UNKNOWN)
			role = apposed;
		/*
		 * A second parenthesis right after a party's alias names the same
		 * party: 'Tri-County Health Authority ("Tri-County") (the
		 * "Customer")' is one party whose short name and role noun are both
		 * aliases, not a second party of unknown role; so is '(the "Buyer")
		 * ("Fenwick")', whose company is before the first.
		 */
		same = !unquoted && last_party_end && out->nparties &&
		       alias_follows_alias(t, last_party_end, ms);
		if (same)
			any_entity = 1;
		if ((any_entity || any_noun) && *ngroups < MAX_GROUPS) {
			int added = 0;

			for (g = 0; g < 2; g++) {
				struct party *p;

				if (!n[g] || is_generic_term(t + s[g], n[g]))
					continue;
				r = accepts || defined != ROLE_UNKNOWN ? ROLE_UNKNOWN :
				    noun_role(rf, t + s[g], n[g]);
				p = add_party(out, t + s[g], n[g], s[g], r != ROLE_UNKNOWN ? r : role,
					      r != ROLE_UNKNOWN ? "role noun" :
					      accepts ? "the one that accepts the terms" :
					      defined != ROLE_UNKNOWN ? "defined by its role noun" :
					      apposed != ROLE_UNKNOWN ? "named beside \"we\" or \"you\"" :
					      role != ROLE_UNKNOWN ? "defined beside a role noun" : "");
				if (p) {
					groups[out->nparties - 1] =
						same ? groups[last_party] : (int)*ngroups;
					added = 1;
				}
			}
			if (same)
				added = 0;
			/*
			 * 'the Acme Enterprise Terms (the "Terms")' names no party:
			 * counted, it would make a two-party contract three.  It
			 * still ends the pair it closes: after 'X ("Network"), and
			 * Y ("Affiliate")', "and" opens no second name.
			 */
			if (added)
				(*ngroups)++;
			if (out->nparties)
				last_party = out->nparties - 1;
			last_party_end = me;
		}
		prev_end = me;
		from = me;
	}
	/*
	 * '"Acme" means Acme Ireland Limited if ..., and Acme, Inc. otherwise':
	 * a name defined as a company, in the preamble.
	 */
	from = 0;
	while (from < end && rf_match_at_quote(rf, rf->means, t, end, from)) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rf->md);
		size_t me = ov[1], s, n, body = ov[1], stop;

		rf_group(rf, 1, &s, &n);
		while (body < end && t[body] == ' ')
			body++;
		stop = body + MEANS_COMPANY_REACH < end ? body + MEANS_COMPANY_REACH : end;
		if (body < end && isupper((unsigned char)t[body]) && !is_generic_term(t + s, n) &&
		    *ngroups < MAX_GROUPS && company_in_means(rf, out, t + body, stop - body)) {
			enum party_role r = noun_role(rf, t + s, n);

			if (add_party(out, t + s, n, s, r, r != ROLE_UNKNOWN ? "role noun" : ""))
				groups[out->nparties - 1] = (int)(*ngroups)++;
		} else if (*ngroups < MAX_GROUPS && noun_role(rf, t + s, n) == ROLE_CUSTOMER &&
			   defined_as_acceptor(t + body, stop - body)) {
			/* '"Customer" means the company ... that accepts these Terms'. */
			if (add_party(out, t + s, n, s, ROLE_CUSTOMER, "role noun"))
				groups[out->nparties - 1] = (int)(*ngroups)++;
		}
		from = me;
	}
	pronoun_lists(rf, t, end, out, groups, ngroups);
	if (!has_role(out, ROLE_VENDOR) || !has_role(out, ROLE_CUSTOMER))
		bare_pronoun_lists(t, end, out, groups, ngroups);
	/* 'We at Brightmoor Labs, Inc. will provide the Service to you'. */
	if (!has_role(out, ROLE_VENDOR) && *ngroups < MAX_GROUPS) {
		size_t s, n;

		if (we_at_named(rf, t, end, &s, &n) && !party_named(out, t + s, n) &&
		    add_party(out, t + s, n, s, ROLE_VENDOR, "named beside \"we\""))
			groups[out->nparties - 1] = (int)(*ngroups)++;
	}
	from = 0;
	while (from < end &&
	       rf_exec(rf, rf->hereinafter, (PCRE2_SPTR)t, end, from, 0) >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rf->md);
		/* The helpers below match with the same match data: keep the span. */
		size_t ms = ov[0], me = ov[1];
		size_t s, n;
		int unquoted = ov[4] != PCRE2_UNSET;

		rf_group(rf, 1, &s, &n);
		/*
		 * Unquoted, "hereinafter referred to as the Service Provider (which
		 * ...)": a role noun only, unless it is written in capitals
		 * ("hereinafter THE BANK", "hereinafter simply called
		 * CONTRACTOR"), as translations name their parties.
		 */
		if (unquoted && noun_role(rf, t + s, n) == ROLE_UNKNOWN && !in_capitals(t + s, n)) {
			from = me > from ? me : from + 1;
			continue;
		}
		/*
		 * A parties block may give the name, its place and the alias a
		 * line each, with no company form: "between\n\nUniversity
		 * Hospital Elbmarsch, Hamburg\n- hereinafter the \"Principal\" -".
		 */
		/*
		 * Or the alias is the role noun its line's field names the party
		 * under, whatever the name: "Buyer: Nordvik Kommune, org. no.
		 * ... (hereinafter: the Buyer)".
		 */
		if (!is_generic_term(t + s, n) && *ngroups < MAX_GROUPS &&
		    (entity_before(rf, t, alias_context_start(doc, ms, 0), ms) ||
		     block_entry(t, alias_context_start(doc, ms, prev_alias_end), ms) ||
		     (noun_role(rf, t + s, n) != ROLE_UNKNOWN && labels_its_line(t, ms, t + s, n)))) {
			enum party_role r = noun_role(rf, t + s, n);
			long gloss = gloss_after(out, t, end, me);

			if (r == ROLE_UNKNOWN && gloss >= 0) {
				/* '"Auftraggeber" (Client)': the name the text uses, with its gloss's role. */
				if (add_party(out, t + s, n, s, out->parties[gloss].role,
					      "defined beside a role noun"))
					groups[out->nparties - 1] = groups[gloss];
			} else if (add_party(out, t + s, n, s, r, r != ROLE_UNKNOWN ? "role noun" : "")) {
				groups[out->nparties - 1] = (int)(*ngroups)++;
			}
		}
		prev_alias_end = me;
		from = me > from ? me : from + 1;
	}
	lettered_parties(rf, t, end, doc->text.len, out, groups, ngroups);
	if (!*ngroups)
		find_between(rf, doc, end, out, groups, ngroups);
	if (all_in_role_fields(rf, t, end, out))
		role_fields(rf, t, end, out, groups, ngroups);
	if (*ngroups == 1)
		counterpart_field(rf, doc, end, out, groups, ngroups);
	if (!has_role(out, ROLE_VENDOR))
		find_between_you(rf, t, end, out, groups, ngroups);
}

/* Skips spaces and the auxiliaries between a subject and its verb. */
static size_t skip_aux(const char *t, size_t len, size_t at)
{
	static const char *const aux[] = {
		"shall", "will", "must", "may", "agrees to", "agree to", "hereby", "also",
		"promptly", "shall promptly", "undertakes to", "is responsible for",
		"has agreed to", "have agreed to", "agreed to",
	};
	int again = 1;

	while (again) {
		size_t i;
		int first;

		again = 0;
		while (at < len && t[at] == ' ')
			at++;
		first = at < len ? tolower((unsigned char)t[at]) : -1;
		for (i = 0; i < ARRAY_SIZE(aux); i++) {
			size_t n;

			if (first != (unsigned char)aux[i][0])
				continue;
			n = strlen(aux[i]);
			if (at + n < len && strncasecmp(t + at, aux[i], n) == 0 && t[at + n] == ' ') {
				at += n;
				again = 1;
				break;
			}
		}
	}
	return at;
}

/*
 * Whether the word that ends before t[at] (spaces between) is "data":
 * "the data provided by Acme" is Acme's data, where "the information
 * (materials) provided by Acme" is as often what Acme supplies.
 */
static int data_word_before(const char *t, size_t at)
{
	size_t e = at;

	while (e > 0 && t[e - 1] == ' ')
		e--;
	return e >= 4 && !strncasecmp(t + e - 4, "data", 4) &&
	       (e == 4 || !isalpha((unsigned char)t[e - 5]));
}

/* Words between "make" and "available", at most: "make its platform available". */
#define MAKE_AVAILABLE_WORDS 6

/*
 * Whether "make ... available to" opens at t[at], within one clause: "make
 * its platform available to Pinecrest", not "make a damaged Product
 * available for inspection".
 */
static int makes_available(const char *t, size_t len, size_t at)
{
	size_t i, words = 0;

	if (at + 5 > len || strncasecmp(t + at, "make ", 5))
		return 0;
	for (i = at + 5; i < len && words <= MAKE_AVAILABLE_WORDS; words++) {
		if (i + 13 <= len && !strncasecmp(t + i, "available to ", 13))
			return 1;
		while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '\'' || t[i] == '-'))
			i++;
		if (i >= len || t[i] != ' ')
			return 0;
		i++;
	}
	return 0;
}

/* Words before a verb that say what a party wants, not what it does. */
static const char *const desire_words[] = {
	"wishes to", "wish to", "desires to", "desire to", "intends to", "wants to",
	"would like to", "is desirous to",
};

/* What a party wants that makes it the buyer: "wishes to procure", "desires to license". */
static const char *const wanted_by_buyer[] = {
	"procure", "obtain", "acquire", "license", "licence", "engage", "appoint", "use",
	"avail", "receive", "access", "subscribe", "purchase", "buy", "deploy", "implement",
	"adopt", "retain",
};

/* What a party wants that makes it the supplier: "wishes to provide". */
static const char *const wanted_by_supplier[] = {
	"provide", "supply", "sell", "offer", "deliver", "develop",
};

/* What a supplier has made, where it is technology: "has developed an artificial intelligence tool". */
static const char *const has_made[] = {
	"has developed", "have developed", "has built", "has designed", "has created",
};

/* The business a supplier is in: "is engaged in the business of providing ...". */
static const char *const business_of[] = {
	"is engaged in the business of", "is in the business of",
	"carries on the business of", "carries on a business of", "is engaged in",
	"specialises in", "specializes in",
};

/* What such a business does, where it supplies: "providing", "the development of". */
static const char *const business_gerunds[] = {
	"providing", "developing", "supplying", "licensing", "offering", "building",
	"designing", "the development", "development", "the provision", "provision",
};

/*
 * Technology that a supplier of AI provides, in the words after "in the
 * business of providing": a buyer's own business ("providing housing
 * finance", "operating container terminals") names none of them.
 */
static const char *const tech_words[] = {
	"software", "artificial intelligence", "ai", "machine learning", "machine-learning",
	"analytics", "platform", "platforms", "technology", "technologies", "models",
	"computer vision", "speech recognition", "saas", "cloud", "data science",
	"algorithms", "it services", "information technology", "deep learning",
	"natural language", "automation", "imaging software", "digital",
};

/* Bytes after a business gerund in which its technology must be named. */
#define BUSINESS_REACH 120

/*
 * Whether the words from t[at] on, within BUSINESS_REACH bytes and the
 * sentence, name technology (tech_words).
 */
static int names_tech(const char *t, size_t len, size_t at)
{
	size_t i, stop = at + BUSINESS_REACH < len ? at + BUSINESS_REACH : len;

	for (i = at; i < stop && t[i] != '.' && t[i] != ';' && t[i] != '\n'; i++)
		if ((i == at || !isalnum((unsigned char)t[i - 1])) &&
		    word_at(t, len, i, tech_words, ARRAY_SIZE(tech_words)))
			return 1;
	return 0;
}

/* The length of the phrase of `words` at t[at] followed by a space, or 0. */
static size_t phrase_at(const char *t, size_t len, size_t at, const char *const *words,
			size_t nwords)
{
	int first = at < len ? tolower((unsigned char)t[at]) : -1;
	size_t i;

	for (i = 0; i < nwords; i++) {
		size_t n = strlen(words[i]);

		if (first == (unsigned char)words[i][0] && at + n < len &&
		    !strncasecmp(t + at, words[i], n) && t[at + n] == ' ')
			return n + 1;
	}
	return 0;
}

/* Words that giving a thing opens with: "provide", "supplies". */
static const char *const give_verbs[] = {
	"provide", "provides", "supply", "supplies", "deliver", "delivers",
};

/*
 * Things either side gives in passing, which are no supply of the work:
 * "provide notice", "supplies the information", "provide the demographic
 * data".
 */
static const char *const given_in_passing[] = {
	"notice", "notices", "notification", "notifications", "information", "cooperation",
	"co-operation", "assistance", "data", "details", "instructions", "feedback", "consent",
	"confirmation",
};

/* Words that may stand before the thing given: "such", "written", "prompt". */
static const char *const thing_openers[] = {
	"the", "a", "an", "any", "all", "such", "each", "its", "their", "his", "her", "written",
	"prompt", "reasonable", "timely", "advance", "prior", "necessary", "relevant",
	"accurate", "additional", "required", "complete", "appropriate", "further", "sufficient",
};

/* "in accordance with the notice": the thing after "with" is no object. */
static const char *const with_not_object[] = {
	"accordance", "compliance", "consistent", "connection", "conjunction", "together",
	"along", "associated", "line",
};

/* Words after a giving verb in which the thing given is looked for. */
#define GIVEN_WORDS 12

/*
 * Whether the verb at t[at] gives a thing either side gives in passing
 * (given_in_passing), as its object ("provide template notices", "supply
 * such information") or after "with" ("provide each Candidate resident in
 * New York City with notice"): never "provide the Services in accordance
 * with the notice", nor "provide the Platform".
 */
static int gives_in_passing(const char *t, size_t len, size_t at)
{
	size_t i = at + phrase_at(t, len, at, give_verbs, ARRAY_SIZE(give_verbs)), words, prev = 0;
	unsigned content = 0;

	if (i == at)
		return 0;
	for (words = 0; words < GIVEN_WORDS && i < len; words++) {
		size_t s = i;

		while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '-' || t[i] == '\''))
			i++;
		if (i == s)
			return 0;
		if (i - s == 4 && word_is(t + s, 4, "with")) {
			/* "in accordance with the notice": no object after it */
			if (words && word_in(t + prev, s - 1 - prev, with_not_object,
					     ARRAY_SIZE(with_not_object)))
				return 0;
			content = 0;
		} else if (content < 2) {
			if (word_in(t + s, i - s, given_in_passing, ARRAY_SIZE(given_in_passing)))
				return 1;
			if (!word_in(t + s, i - s, thing_openers, ARRAY_SIZE(thing_openers)))
				content++;
		}
		prev = s;
		if (i >= len || t[i] != ' ')
			return 0;
		i++;
	}
	return 0;
}

/*
 * What a buyer hands its supplier for the work: "the data feeds", "the
 * training datasets", "historical records".  Not "information",
 * "content" nor "documents", which a supplier hands over as often ("shall
 * provide information about the Services"); "access" only to the giver's
 * own things (own_access).
 */
static const char *const contributions[] = {
	"data", "dataset", "datasets", "records", "materials", "instructions",
	"feedback", "images", "feeds", "files", "samples", "recordings", "inputs",
	"specifications", "requirements", "corpus", "annotations", "labels",
};

/*
 * Whether "access" at t[at] is to the giver's own things: "access to its
 * systems", "access to their premises"; "access to the Platform" is what
 * a supplier (or a reseller) gives its customer.
 */
static int own_access(const char *t, size_t len, size_t at)
{
	static const char *const access[] = { "access to its", "access to their", "access to our" };

	return phrase_at(t, len, at, access, ARRAY_SIZE(access)) != 0;
}

/* Words that end the thing given: its receiver, purpose or time ("to Developer", "for"). */
static const char *const given_ends[] = {
	"to", "for", "in", "on", "of", "by", "at", "under", "within", "as", "that", "which",
	"and", "or", "no", "later", "than", "from", "when", "if", "so",
};

/* Words of the thing given in which a contribution is looked for. */
#define CONTRIBUTION_WORDS 5

/*
 * Whether the verb at t[at] gives a contribution (contributions) as its
 * object, up to the end of that object: "provide the data feeds", "will
 * supply historical transaction records", "shall provide Developer with
 * access to its systems"; not "provide the Services for the records".
 */
static int gives_contribution(const char *t, size_t len, size_t at)
{
	size_t i = at + phrase_at(t, len, at, give_verbs, ARRAY_SIZE(give_verbs)), words;

	if (i == at)
		return 0;
	for (words = 0; words < CONTRIBUTION_WORDS && i < len; words++) {
		size_t s = i;

		while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '-' || t[i] == '\''))
			i++;
		if (i == s)
			return 0;
		if (i - s == 4 && word_is(t + s, 4, "with"))
			words = 0;   /* "provide Developer with the data": the thing follows */
		else if (word_in(t + s, i - s, contributions, ARRAY_SIZE(contributions)) ||
			 (i - s == 6 && word_is(t + s, 6, "access") && own_access(t, len, s)))
			return 1;
		else if (word_in(t + s, i - s, given_ends, ARRAY_SIZE(given_ends)))
			return 0;
		if (i >= len || t[i] != ' ')
			return 0;
		i++;
	}
	return 0;
}

/*
 * Whether the words before the alias at t[at] make its verb describe a
 * thing given: "the data (that) Acme provides", "the records which Acme
 * delivers" is Acme giving its data, not supplying the work.
 */
static int data_clause_before(const char *t, size_t at)
{
	static const char *const given[] = {
		"data", "metadata", "dataset", "datasets", "images", "records", "recordings",
	};
	size_t e = at, ws;

	while (e > 0 && t[e - 1] == ' ')
		e--;
	if (e >= 4 && !strncasecmp(t + e - 4, "the ", 4))
		for (e -= 4; e > 0 && t[e - 1] == ' '; e--)
			;
	if ((e >= 4 && !strncasecmp(t + e - 4, "that", 4) && (e == 4 || t[e - 5] == ' ')) ||
	    (e >= 5 && !strncasecmp(t + e - 5, "which", 5) && (e == 5 || t[e - 6] == ' '))) {
		e -= t[e - 1] == 't' ? 4 : 5;
		while (e > 0 && t[e - 1] == ' ')
			e--;
	}
	for (ws = e; ws > 0 && isalpha((unsigned char)t[ws - 1]); ws--)
		;
	return e > ws && word_in(t + ws, e - ws, given, ARRAY_SIZE(given));
}

/* Bytes after "grants" in which "licence to use" must stand. */
#define GRANT_REACH 120

/*
 * Whether the grant whose verb starts at t[at] licenses data ("grants
 * the Company a licence to use the Institution Materials ... images"):
 * the object after "to use", up to its purpose, names data.  Who licenses
 * its data to build AI with is the buyer of the AI as often as not, so
 * the grant says nothing of the role.
 */
static int grants_data_licence(const char *t, size_t len, size_t at)
{
	static const char *const data_words[] = {
		"data", "dataset", "datasets", "materials", "images", "records", "recordings",
		"content", "corpus",
	};
	/* Where the object of "to use" ends: its purpose, its time, its limit. */
	static const char *const object_ends[] = { "to", "for", "solely", "in", "during", "only" };
	size_t i, stop = at + GRANT_REACH < len ? at + GRANT_REACH : len;

	for (i = at; i + 7 <= stop && t[i] != '.' && t[i] != ';'; i++)
		if (!strncasecmp(t + i, "to use ", 7))
			break;
	if (i + 7 > stop || t[i] == '.' || t[i] == ';')
		return 0;
	for (i += 7; i < len && t[i] != '.' && t[i] != ';' && t[i] != ','; i++) {
		if (i > 0 && isalpha((unsigned char)t[i - 1]))
			continue;
		if (word_at(t, len, i, object_ends, ARRAY_SIZE(object_ends)))
			return 0;
		if (word_at(t, len, i, data_words, ARRAY_SIZE(data_words)))
			return 1;
	}
	return 0;
}

/*
 * What the verb at t[at] grants: 1 a licence of anything but data ("grants
 * Greyfield a non-exclusive licence to use the Software", "licenses the
 * Software to Greyfield"), 2 a licence of data or content ("grants Harbor
 * a licence to use the Data", grants_data_licence), 0 no licence ("grants
 * Greyfield a right of first refusal") or no grant.
 */
static int licence_granted(const char *t, size_t len, size_t at)
{
	static const char *const grants[] = { "grant", "grants" };
	static const char *const licenses[] = { "license", "licenses" };
	static const char *const object_ends[] = { "to", "for" };
	static const char *const data_words[] = {
		"data", "dataset", "datasets", "content", "corpus", "records", "images",
	};
	size_t i, stop = at + GRANT_REACH < len ? at + GRANT_REACH : len;
	int first = at < len ? tolower((unsigned char)t[at]) : -1;

	/* Asked after every use of every alias: most verbs start with neither letter. */
	if (first != 'g' && first != 'l')
		return 0;
	if (word_at(t, len, at, grants, ARRAY_SIZE(grants))) {
		for (i = at; i + 6 <= stop && t[i] != '.' && t[i] != ';'; i++)
			if (!strncasecmp(t + i, "licen", 5) && !isalpha((unsigned char)t[i - 1]))
				return grants_data_licence(t, len, at) ? 2 : 1;
		return 0;
	}
	if (!word_at(t, len, at, licenses, ARRAY_SIZE(licenses)))
		return 0;
	/* "licenses the Data to": its object, up to "to" or "for". */
	for (i = at; i < stop && t[i] != '.' && t[i] != ';' && t[i] != ','; i++) {
		if (i > at && isalpha((unsigned char)t[i - 1]))
			continue;
		if (i > at && word_at(t, len, i, object_ends, ARRAY_SIZE(object_ends)))
			break;
		if (word_at(t, len, i, data_words, ARRAY_SIZE(data_words)))
			return 2;
	}
	return 1;
}

/* Bytes of a company form read after a name: "Incorporated", "S.p.A.", "KGaA". */
#define COMPANY_FORM_MAX 16

/*
 * Whether a company form starts at t[k] ("Inc", "S.A.", "SpA", "Oy",
 * "A/S"), by the roles finder's own list (rf->company), so that what
 * ends a name here is what ends one where the parties are found.  The
 * text before t[k] is read too: "SE" and "AS" count only after a word
 * in small letters.
 */
static int company_form_at(struct roles_finder *rf, const char *t, size_t len, size_t k)
{
	size_t e = k;

	while (e < len && e - k <= COMPANY_FORM_MAX &&
	       (isalnum((unsigned char)t[e]) || t[e] == '.' || t[e] == '/' || (unsigned char)t[e] >= 0x80))
		e++;
	if (e == k || e - k > COMPANY_FORM_MAX)
		return 0;
	return rf_exec(rf, rf->company, (PCRE2_SPTR)t, e, k, PCRE2_ANCHORED) >= 0;
}

/* Bytes before a party's definition in which its full name is looked for. */
#define NAME_BEFORE_ALIAS 200

/*
 * Whether the word at t[k], after the alias of party j, goes on with
 * that party's own name as it was defined: "engages Onyx Digital" where
 * the parties are 'Onyx Digital, S.A. ("Onyx")'.
 */
static int own_name_goes_on(const struct roles *out, size_t j, const char *t, size_t len, size_t k)
{
	const char *a = out->parties[j].alias;
	size_t n = strlen(a), at = out->parties[j].at, h, w = k, wn;

	while (w < len && isalpha((unsigned char)t[w]))
		w++;
	wn = w - k;
	if (wn == 0 || at >= len)
		return 0;
	for (h = at > NAME_BEFORE_ALIAS ? at - NAME_BEFORE_ALIAS : 0; h <= at; h++) {
		size_t c = h + n + 1;

		if (c == k || c + wn > len || t[h] != a[0] || memcmp(t + h, a, n) != 0 ||
		    t[h + n] != ' ' || memcmp(t + c, t + k, wn) != 0 ||
		    (c + wn < len && isalpha((unsigned char)t[c + wn])))
			continue;
		return 1;
	}
	return 0;
}

/*
 * Whether a capitalised word at t[k], after the alias of party j, heads
 * a thing named after that party rather than going on with its company
 * name: "Bank Data", "Client Materials", "Supplier Personnel" are what a
 * party has, but "Acme Corp." and "Onyx Digital" (its name as defined)
 * are the party.
 */
static int names_a_thing_after(struct roles_finder *rf, const struct roles *out, size_t j,
			       const char *t, size_t len, size_t k)
{
	if (k >= len || !isupper((unsigned char)t[k]))
		return 0;
	return !company_form_at(rf, t, len, k) && !own_name_goes_on(out, j, t, len, k);
}

/*
 * Whether an alias of another group than `g` starts at t[k], or the first
 * word of one that has more, as a whole word and not as a possessive
 * ("hire Onyx's employees") nor as the name of a thing ("retain Bank Data
 * in its backups" keeps data, it engages no bank); its group, or -1.
 */
static int party_at(struct roles_finder *rf, const struct roles *out, const int *groups, int g,
		    const char *t, size_t len, size_t k)
{
	size_t j;

	for (j = 0; j < out->nparties; j++) {
		const char *a = out->parties[j].alias;
		size_t n = strlen(a);

		if (groups[j] == g || k + n > len || t[k] != a[0])
			continue;
		/* Or the first word of a longer one: "Wade" for "Wade Enterprises". */
		if (memcmp(t + k, a, n)) {
			const char *sp = strchr(a, ' ');

			if (!sp || !isupper((unsigned char)a[0]) || memcmp(t + k, a, (size_t)(sp - a)))
				continue;
			n = (size_t)(sp - a);
		}
		if (k + n < len && (isalnum((unsigned char)t[k + n]) || t[k + n] == '\''))
			continue;
		if (k + n + 1 < len && t[k + n] == ' ' &&
		    names_a_thing_after(rf, out, j, t, len, k + n + 1))
			continue;
		return groups[j];
	}
	return -1;
}

/* Who engages whom, over the uses of the parties' names. */
struct engagement {
	int buyer, seller;                   /* groups; -1 while no use was seen */
	int split;                           /* two uses disagree: none decides */
};

/*
 * A use of an alias of group `g` whose verb starts at t[k] (after the
 * auxiliaries): "Naked hereby engages Wade", "hires the Consultant".
 * The object may be the first word of a longer alias ('Wade' for 'Wade
 * Enterprises'), never a possessive ("hire Onyx's employees").
 */
static void engagement_use(struct roles_finder *rf, const struct roles *out, const int *groups,
			   int g, const char *t, size_t len, size_t k, struct engagement *e)
{
	static const char *const engage[] = {
		"engages", "engage", "retains", "retain", "hires", "hire",
	};
	int c = k < len ? tolower((unsigned char)t[k]) : -1, s;
	size_t v;

	if (e->split || (c != 'e' && c != 'r' && c != 'h') ||
	    !word_at(t, len, k, engage, ARRAY_SIZE(engage)))
		return;
	for (v = k; v < len && isalpha((unsigned char)t[v]); v++)
		;
	while (v < len && t[v] == ' ')
		v++;
	if (v + 4 <= len && !strncasecmp(t + v, "the ", 4))
		v += 4;
	if ((s = party_at(rf, out, groups, g, t, len, v)) < 0)
		return;
	if (e->buyer >= 0 && (e->buyer != g || e->seller != s)) {
		e->split = 1;
		return;
	}
	e->buyer = g;
	e->seller = s;
}

/*
 * The engagement uses of an alias whose uses role_evidence does not weigh
 * (its group is decided, or on neither side): each whole-word use followed
 * by a space, read past its auxiliaries as role_evidence reads them.
 */
static void engagement_uses(struct roles_finder *rf, const struct document *doc,
			    const struct roles *out, const int *groups, size_t i,
			    struct engagement *e)
{
	const char *t = doc->text.ptr, *a = out->parties[i].alias;
	size_t len = doc->text.len, n = strlen(a), at = 0, k;

	while (!e->split && (k = text_find(t, len, at, a, 0)) < len) {
		at = k + 1;
		if (k + n >= len || t[k + n] != ' ' || (k > 0 && isalnum((unsigned char)t[k - 1])))
			continue;
		engagement_use(rf, out, groups, groups[i], t, len, skip_aux(t, len, k + n), e);
	}
}

/*
 * How the document uses an alias: as the one who supplies, or who pays.
 * The verbs in the third person ("Licensor grants", "Acme provides",
 * "Oak & Ash pays") are counted apart: a party's recitals and grants use
 * them on both sides of a deal ("Customer grants Provider a licence to
 * its data", "Company provides notice"), so they decide a role only where
 * nothing else does and the other side has not taken it.
 */
/* The nouns of a party's data named after it: "Trust Data", "University Records". */
static const char *const named_data_nouns[] = {
	"data", "dataset", "datasets", "images", "records", "materials", "content",
};

/* A party's own data after its possessive: "the Principal's records". */
static const char *const own_data_words[] = {
	"data", "records", "personal information", "patient",
};

/* Places of a party's name that names data ("Trust Data"): the first few are enough. */
#define DATA_NAMED_MAX 16

/* Places of a party's own data in which body_roles looks for the other side using it. */
#define OWN_DATA_MAX 8

struct role_uses {
	unsigned vendor, customer;           /* after a modal or as an object: "shall provide" */
	unsigned vendor3, customer3;         /* in the third person: "provides" */
	unsigned grants, grants_data;        /* a licence it grants: of software, of data */
	size_t data_named[DATA_NAMED_MAX];   /* where "<name> Data", "<name> Dataset" ... stands */
	unsigned ndata_named;
	/*
	 * The plain duties of the two sides (body_roles): supplying the
	 * work itself ("shall host the AI Service", "grants ... a licence to
	 * use the Platform", "warrants that the System"), paying its price
	 * ("shall pay the Charges"), auditing the other, and where its own
	 * data ("Trust Data", "the Principal's records") stands.
	 */
	unsigned supplies, pays;
	size_t own_data[OWN_DATA_MAX];
	unsigned nown_data;
};

/*
 * Whether the alias t[at..at+n) is paid the price of the work: "County
 * shall pay Engineer the fees", "pay the Contractor the Contract Sum",
 * "pay Company the subscription fees" (one word before the price), not
 * after "not" or "never".  Only the price: "Provider shall pay Customer a service credit" pays
 * back, and says nothing of who supplies.
 */
static int paid_the_fees(const char *t, size_t len, size_t at, size_t n)
{
	static const char *const price[] = {
		"fees", "fee", "charges", "price", "contract sum", "contract price", "compensation",
		"consideration", "remuneration",
	};
	size_t k = at, ws, e = at + n, pass;

	/* The word before, then before "the" if it is that: "pay (the) Contractor". */
	for (pass = 0; pass < 2; pass++) {
		while (k > 0 && t[k - 1] == ' ')
			k--;
		ws = k;
		while (ws > 0 && isalpha((unsigned char)t[ws - 1]))
			ws--;
		if (pass == 0 && word_is(t + ws, k - ws, "the"))
			k = ws;
		else
			break;
	}
	if (!word_is(t + ws, k - ws, "pay") && !word_is(t + ws, k - ws, "pays"))
		return 0;
	/* "will not pay Company the fees during the trial" says no price paid. */
	for (k = ws; k > 0 && t[k - 1] == ' '; k--)
		;
	for (ws = k; ws > 0 && isalpha((unsigned char)t[ws - 1]); ws--)
		;
	if (word_is(t + ws, k - ws, "not") || word_is(t + ws, k - ws, "never"))
		return 0;
	while (e < len && t[e] == ' ')
		e++;
	if (e + 4 <= len && !strncasecmp(t + e, "the ", 4))
		e += 4;
	if (word_at(t, len, e, price, ARRAY_SIZE(price)))
		return 1;
	/* One word before the price: "the subscription fees", "the monthly charges". */
	for (k = e; k < len && isalpha((unsigned char)t[k]); k++)
		;
	if (k == e || k >= len || t[k] != ' ')
		return 0;
	return word_at(t, len, k + 1, price, ARRAY_SIZE(price));
}

/*
 * Whether "model" at t[at] modifies a word of model oversight, the buyer's
 * own function: "model risk", "model governance", "model validation".
 */
static int model_oversight(const char *t, size_t len, size_t at)
{
	static const char *const model[] = { "model" };
	static const char *const oversight[] = {
		"risk", "governance", "validation", "oversight", "inventory",
	};
	size_t k = at + 5;

	if (!word_at(t, len, at, model, ARRAY_SIZE(model)) || k >= len || t[k] != ' ')
		return 0;
	return word_at(t, len, k + 1, oversight, ARRAY_SIZE(oversight));
}

/*
 * Whether the full stop at t[dot] ends a company form inside a clause
 * ("licensed from Nortec Ltd. under the Licence", "Acme Corp.'s tools",
 * "Hexa S.p.A., with"), the forms being the roles finder's own
 * (company_form_at): not where a capitalised word follows, which may
 * open the next sentence ("... with Acme Inc. Developer shall ...").
 */
static int company_form_within(struct roles_finder *rf, const char *t, size_t len, size_t dot)
{
	size_t s = dot, i;

	while (s > 0 && dot - s <= COMPANY_FORM_MAX && (isalpha((unsigned char)t[s - 1]) || t[s - 1] == '.'))
		s--;
	if (s == dot || (s > 0 && isalnum((unsigned char)t[s - 1])) || !company_form_at(rf, t, len, s))
		return 0;
	for (i = dot + 1; i < len && t[i] == ' '; i++)
		;
	return i < len && !isupper((unsigned char)t[i]) && t[i] != '\n';
}

/*
 * Bytes before a possessive in which its clause's subject is looked for
 * (owned_thing_worked_on): of a clause that runs on further, the first
 * alias in them is taken for its subject.  Each possessive scans them
 * once per party; scanning the whole clause would cost the square of its
 * length on text that never ends one.
 */
#define OWNER_CLAUSE_REACH 400

/*
 * Whether the possessive of party pi at t[at] ("Utility's systems") is
 * the thing another party works on: the clause's subject is a party of
 * another group that is not the customer ("Developer shall access
 * Utility's systems", "Contractor will connect to the Bank's network").
 * The possessive then names who owns the systems, not who supplies them.
 * An undecided subject that only "may" act ("Beta may use Acme's
 * platform") is the one given the use, so the owner supplies after all.
 */
static int owned_thing_worked_on(struct roles_finder *rf, const struct roles *out,
				 const int *groups, size_t pi, const char *t, size_t len,
				 size_t at)
{
	static const char *const may[] = { "may", "can" };
	size_t cs = at, j, best_at = (size_t)-1, best = 0, n;

	while (cs > 0 && at - cs < OWNER_CLAUSE_REACH && t[cs - 1] != ';' && t[cs - 1] != '\n' &&
	       t[cs - 1] != '!' && t[cs - 1] != '?' &&
	       (t[cs - 1] != '.' || company_form_within(rf, t, len, cs - 1)))
		cs--;
	/* The first party alias of the clause (or of the reach) is its subject. */
	for (j = 0; j < out->nparties; j++) {
		const char *a = out->parties[j].alias;
		size_t h;

		n = strlen(a);
		for (h = cs; n && h + n <= at && h <= best_at; h++) {
			if (t[h] != a[0] || memcmp(t + h, a, n) != 0 ||
			    (h > 0 && isalnum((unsigned char)t[h - 1])) ||
			    (h + n < len && (isalnum((unsigned char)t[h + n]) || t[h + n] == '\'')))
				continue;
			if (h < best_at || (h == best_at && n > strlen(out->parties[best].alias))) {
				best_at = h;
				best = j;
			}
			break;
		}
	}
	if (best_at == (size_t)-1 || groups[best] == groups[pi])
		return 0;
	/* The subject acts: a verb or auxiliary in lower case follows it. */
	n = best_at + strlen(out->parties[best].alias);
	if (n + 1 >= len || t[n] != ' ' || !islower((unsigned char)t[n + 1]))
		return 0;
	for (j = 0; j < out->nparties; j++)
		if (groups[j] == groups[best] && out->parties[j].role == ROLE_CUSTOMER)
			return 0;
	for (j = 0; j < out->nparties; j++)
		if (groups[j] == groups[best] && out->parties[j].role == ROLE_VENDOR)
			return 1;
	return !word_at(t, len, n + 1, may, ARRAY_SIZE(may));
}

/*
 * The words of a duty's object, by first letter: the work a supplier
 * supplies ("the Services", "the AI Service", "the Platform", "the
 * Model"), 1; and words that, met before the work, make the object
 * something a party hands over or keeps, not the work ("provide the
 * Operator with access", "maintain the accuracy of Trust Data", "its own
 * systems", "warrants that the use of the Platform"), -1.  Kept by first
 * letter: the words of every duty of both parties are looked up.
 */
struct object_word {
	const char *w;
	signed char work;
};

static int object_word(const char *w, size_t n)
{
	static const struct object_word a[] = {
		{ "application", 1 }, { "access", -1 }, { "assistance", -1 }, { "accuracy", -1 },
		{ NULL, 0 } },
		c[] = { { "cooperation", -1 }, { "co-operation", -1 }, { "content", -1 },
			{ "consents", -1 }, { NULL, 0 } },
		d[] = { { "deliverables", 1 }, { "data", -1 }, { "dataset", -1 }, { "datasets", -1 },
			{ "details", -1 }, { NULL, 0 } },
		f[] = { { "feedback", -1 }, { "facilities", -1 }, { NULL, 0 } },
		i[] = { { "information", -1 }, { "instructions", -1 }, { "inputs", -1 }, { NULL, 0 } },
		m[] = { { "model", 1 }, { "models", 1 }, { "materials", -1 }, { NULL, 0 } },
		no[] = { { "notice", -1 }, { "notices", -1 }, { "not", -1 }, { NULL, 0 } },
		o[] = { { "own", -1 }, { NULL, 0 } },
		p[] = { { "platform", 1 }, { "personnel", -1 }, { "premises", -1 }, { "prompts", -1 },
			{ NULL, 0 } },
		r[] = { { "records", -1 }, { NULL, 0 } },
		sv[] = { { "services", 1 }, { "service", 1 }, { "system", 1 }, { "systems", 1 },
			 { "software", 1 }, { "solution", 1 }, { "solutions", 1 }, { "staff", -1 },
			 { "security", -1 }, { NULL, 0 } },
		u[] = { { "use", -1 }, { NULL, 0 } };
	const struct object_word *l;

	if (n < 3)
		return 0;
	switch (tolower((unsigned char)w[0])) {
	case 'a': l = a; break;
	case 'c': l = c; break;
	case 'd': l = d; break;
	case 'f': l = f; break;
	case 'i': l = i; break;
	case 'm': l = m; break;
	case 'n': l = no; break;
	case 'o': l = o; break;
	case 'p': l = p; break;
	case 'r': l = r; break;
	case 's': l = sv; break;
	case 'u': l = u; break;
	default: return 0;
	}
	for (; l->w; l++)
		if (word_is(w, n, l->w))
			return l->work;
	return 0;
}

/* The work, after "provided by": "the Services provided by the Operator". */
static const char *const work_things[] = {
	"services", "service", "system", "systems", "platform", "model", "models", "software",
	"solution", "solutions", "application", "deliverables",
};

/*
 * Verbs of supplying the work itself, as stems: each takes an ending of
 * verb_endings ("provides", "supplying", "makes"; "is responsible for
 * hosting").
 */
static const char *const work_verbs[] = {
	"provid", "suppl", "host", "deliver", "maintain", "develop", "build", "mak",
};

static const char *const verb_endings[] = { "", "e", "s", "es", "ing", "y", "ies" };

static const char *const warrant_words[] = {
	/* Longer forms before their prefixes: phrase_at takes the first that matches. */
	"warrants and represents", "warrants", "represents and warrants", "warrant",
};

static const char *const grant_words[] = { "grants", "grant" };

static const char *const provision_of[] = {
	"the provision of", "the supply of", "the hosting of", "the delivery of",
	"the maintenance of", "the development of",
};

/* The word_firsts bit of byte c ("| 0x20" lowers an ASCII letter and makes no other byte one). */
static inline uint32_t first_bit(char c)
{
	unsigned l = (unsigned)((unsigned char)c | 0x20);

	return l - 'a' < 26 ? (uint32_t)1 << (l - 'a') : (uint32_t)1 << 31;
}

/* Words of a duty in which its object is looked for: "supply, host and maintain the Platform". */
#define WORK_WORDS 8
/* Words of a grant in which the licence is looked for: "grants the Trust a non-exclusive ... licence". */
#define GRANT_WORDS 16

/*
 * Whether the work (work_things) is named within `words` words from t[i]
 * and within the clause, before a word that ends it (object_word).  Each word
 * found, if `licence`, must follow a licence ("licence to use the
 * Platform").
 */
static int work_named(const char *t, size_t len, size_t i, unsigned words, int licence)
{
	static const char *const licence_to[] = { "to", "use", "access", "and", "or", "install" };
	/*
	 * Nouns the work modifies, which any party may hand over: "provide
	 * the System Requirements", "maintain the Platform credentials".
	 */
	static const char *const work_modified[] = {
		"requirements", "specification", "specifications", "levels", "level", "credits",
		"credit", "agreement", "terms", "fees", "charges", "description", "documentation",
		"data", "users", "user", "credentials", "account", "accounts", "access", "inputs",
		"prompts",
	};
	int granted = 0, w;

	while (words-- && i < len) {
		size_t s;

		while (i < len && (t[i] == ' ' || t[i] == ','))
			i++;
		s = i;
		while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '-' || t[i] == '\''))
			i++;
		if (i == s)
			return 0;
		if (licence) {
			if (i - s >= 6 && (!strncasecmp(t + s, "licen", 5))) {
				licence = 0;
				words = WORK_WORDS;
				granted = 1;
			}
			continue;
		}
		/* "a licence to access and use the Platform" */
		if (granted && word_at(t, len, s, licence_to, ARRAY_SIZE(licence_to)))
			continue;
		granted = 0;
		if ((w = object_word(t + s, i - s)) != 0)
			return w > 0 && !(i + 1 < len && t[i] == ' ' &&
					  word_at(t, len, i + 1, work_modified, ARRAY_SIZE(work_modified)));
	}
	return 0;
}

/*
 * The first letters of the duties supplies_work reads; "p" is also
 * "pay" (pays_price) and "a" "audit" (audits_other).  Most uses of an
 * alias are followed by none of them, and are then not read further.
 */
static uint32_t supply_firsts(void)
{
	return word_firsts(work_verbs, ARRAY_SIZE(work_verbs)) |
	       word_firsts(warrant_words, ARRAY_SIZE(warrant_words)) |
	       word_firsts(grant_words, ARRAY_SIZE(grant_words)) |
	       word_firsts(provision_of, ARRAY_SIZE(provision_of));
}

/*
 * Whether the word that ends before t[at] (spaces between) is the work:
 * "the Services provided by the Operator", "the Platform operated by".
 */
static int work_word_before(const char *t, size_t at)
{
	size_t e = at, s;

	while (e > 0 && t[e - 1] == ' ')
		e--;
	for (s = e; s > 0 && isalpha((unsigned char)t[s - 1]); s--)
		;
	return word_in(t + s, e - s, work_things, ARRAY_SIZE(work_things));
}

/*
 * Whether the words at t[at], after a party's name and its modal, supply
 * the work: "(shall) host the AI Service", "grants the Trust a licence to
 * use the Platform", "warrants that the System will ...".
 */
static int supplies_work(const char *t, size_t len, size_t at)
{
	/* A letter is asked for: the caller took one by its first_bit. */
	int c = t[at] | 0x20, c2 = at + 1 < len ? t[at + 1] | 0x20 : 0;
	size_t k;

	switch (c) {
	case 't':
		/* "(is responsible for) the provision of the Services" */
		k = c2 == 'h' && at + 4 < len && (t[at + 2] | 0x20) == 'e' && t[at + 3] == ' ' ?
			    phrase_at(t, len, at, provision_of, ARRAY_SIZE(provision_of)) : 0;
		return k && work_named(t, len, at + k, WORK_WORDS, 0);
	case 'w':
	case 'r':
		/* "warrants", "represents and warrants": a second letter rules most words out. */
		if (c2 != (c == 'w' ? 'a' : 'e'))
			return 0;
		k = phrase_at(t, len, at, warrant_words, ARRAY_SIZE(warrant_words));
		return k && work_named(t, len, at + k, WORK_WORDS, 0);
	case 'g':
		k = phrase_at(t, len, at, grant_words, ARRAY_SIZE(grant_words));
		return k && work_named(t, len, at + k, GRANT_WORDS, 1);
	default:
		break;
	}
	for (k = 0; k < ARRAY_SIZE(work_verbs); k++) {
		size_t n, e;

		/* Two letters first: the stems are tried at most uses of an alias. */
		if (c != work_verbs[k][0] || c2 != work_verbs[k][1])
			continue;
		n = strlen(work_verbs[k]);
		if (at + n >= len || strncasecmp(t + at, work_verbs[k], n))
			continue;
		for (e = at + n; e < len && isalpha((unsigned char)t[e]); e++)
			;
		/* "supply, host and maintain the Platform": a comma may end the verb. */
		return word_in(t + at + n, e - at - n, verb_endings, ARRAY_SIZE(verb_endings)) &&
		       e < len && (t[e] == ' ' || t[e] == ',') &&
		       work_named(t, len, e, WORK_WORDS, 0);
	}
	return 0;
}

/*
 * Whether the words at t[at] pay the price of the work: "pay the
 * Charges", "pay the Operator the Fees within 30 days"; not "pay the
 * Trust a service credit", which pays back.
 */
static int pays_price(const char *t, size_t len, size_t at)
{
	static const char *const pay[] = { "pay", "pays", "payment of" };
	static const char *const price[] = {
		"fees", "fee", "charges", "price", "subscription", "sum", "invoice", "invoices",
		"invoiced",
	};
	static const char *const back[] = {
		"credit", "credits", "damages", "refund", "interest", "penalty", "costs", "not",
		"taxes", "expenses",
	};
	size_t k = phrase_at(t, len, at, pay, ARRAY_SIZE(pay)), i, s;
	unsigned words;
	uint32_t firsts;

	if (!k)
		return 0;
	/* Taken only after "pay": the first letters of both lists. */
	firsts = word_firsts(price, ARRAY_SIZE(price)) | word_firsts(back, ARRAY_SIZE(back));
	for (i = at + k, words = 0; words < 6 && i < len; words++) {
		while (i < len && t[i] == ' ')
			i++;
		s = i;
		while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '-' || t[i] == '\''))
			i++;
		if (i == s)
			return 0;
		/* Most words ("the", "Operator", "within") open with no letter of either list. */
		if (!(first_bit(t[s]) & firsts))
			continue;
		if (word_at(t, len, s, price, ARRAY_SIZE(price)))
			return 1;
		if (word_at(t, len, s, back, ARRAY_SIZE(back)))
			return 0;
	}
	return 0;
}

/* Bytes of an audit clause in which what it verifies is looked for. */
#define AUDIT_REACH 160

/*
 * Whether the words at t[at] audit another party: "(may) audit the
 * Operator's compliance", "(shall) audit the Supplier"; not
 * "audit its subcontractors".  A buyer audits its supplier; not where the
 * audit checks what is paid or how a licence is used ("audit Beta's
 * records to verify the royalties"), which a licensor does.
 */
static int audits_other(const char *t, size_t len, size_t at)
{
	static const char *const audit[] = { "audit" };
	/* What a licensor or payee audits its licensee for: "to verify the royalties". */
	static const char *const payee_audit[] = {
		"royalty", "royalties", "payments", "payment", "fees", "sales", "amounts", "usage",
		"use", "licence", "license", "invoices", "revenue",
	};
	size_t k = phrase_at(t, len, at, audit, ARRAY_SIZE(audit)), i;

	if (!k)
		return 0;
	at += k;
	if (at + 4 < len && !strncmp(t + at, "the ", 4))
		at += 4;
	if (at >= len || !isupper((unsigned char)t[at]))
		return 0;
	for (i = at; i < len && i - at < AUDIT_REACH && t[i] != '.' && t[i] != ';' && t[i] != '\n';
	     i++)
		if (!isalpha((unsigned char)t[i - 1]) &&
		    word_at(t, len, i, payee_audit, ARRAY_SIZE(payee_audit)))
			return 0;
	return 1;
}

/*
 * What the uses of party i's alias say of its role; where `e`, also who
 * engages whom in them (engagement_use).
 */
static void role_evidence(struct roles_finder *rf, const struct document *doc,
			  const struct roles *out, const int *groups, size_t pi, int other_vendor,
			  int duties, struct role_uses *u, struct engagement *e)
{
	static const char *const supplier_verbs[] = {
		"provide", "deliver", "develop", "license", "grant", "perform", "supply",
		"host", "make available", "build", "train", "maintain", "support",
		"manufacture", "sell", "operate", "design", "implement",
	};
	static const char *const supplier_verbs3[] = {
		"provides", "delivers", "develops", "licenses", "grants", "performs",
		"supplies", "hosts", "builds", "trains", "maintains", "supports",
		"manufactures", "sells", "operates", "designs", "implements",
	};
	/* "Party A entrusts to Party B the development": who entrusts the work buys it. */
	static const char *const buyer_verbs[] = {
		"pay", "purchase", "order", "subscribe", "buy", "remit", "reimburse",
		"procure", "entrust", "entrusts",
	};
	static const char *const buyer_verbs3[] = {
		"pays", "purchases", "subscribes", "buys", "remits", "reimburses", "procures",
	};
	static const char *const grant_verbs[] = { "grant", "grants" };
	unsigned *vendor = &u->vendor, *customer = &u->customer;
	static const char *const supplier_things[] = {
		"platform", "services", "service", "software", "technology", "model",
		"models", "products", "systems", "personnel providing",
	};
	static const char *const buyer_things[] = {
		"data", "content", "users", "employees", "use of", "personnel", "customers",
		"business", "payment", "purchase orders", "premises", "inputs", "prompts",
	};
	const char *t = doc->text.ptr, *alias = out->parties[pi].alias;
	size_t len = doc->text.len, n = strlen(alias), i = 0;
	/* Taken once: the lists are asked at every use of the alias. */
	const uint32_t sv = word_firsts(supplier_verbs, ARRAY_SIZE(supplier_verbs)),
		       sv3 = word_firsts(supplier_verbs3, ARRAY_SIZE(supplier_verbs3)),
		       bv = word_firsts(buyer_verbs, ARRAY_SIZE(buyer_verbs)),
		       bv3 = word_firsts(buyer_verbs3, ARRAY_SIZE(buyer_verbs3)),
		       supply = supply_firsts(), duty = supply | first_bit('p') | first_bit('a');
	uint32_t fb;

	memset(u, 0, sizeof(*u));
	while (i + n <= len) {
		const char *hit = memchr(t + i, alias[0], len - i - n + 1);
		size_t at, after, pk;
		int base;

		if (!hit)
			break;
		at = (size_t)(hit - t);
		i = at + 1;
		if (!alias_use_at(t, len, at, alias, n) ||
		    (at > 0 && isalnum((unsigned char)t[at - 1])) ||
		    (at + n < len && isalnum((unsigned char)t[at + n])))
			continue;
		after = at + n;
		/*
		 * Data named after a party as written only: "KALLO DATA" in a
		 * paragraph of capitals names no data, and the sentences of
		 * such paragraphs are long to read for training.
		 */
		if (after + 1 < len && t[after] == ' ' && isupper((unsigned char)t[after + 1]) &&
		    u->ndata_named < DATA_NAMED_MAX && !memcmp(t + at, alias, n) &&
		    word_at(t, len, after + 1, named_data_nouns, ARRAY_SIZE(named_data_nouns))) {
			u->data_named[u->ndata_named++] = after;
			if (u->nown_data < OWN_DATA_MAX)
				u->own_data[u->nown_data++] = after;
		}
		if (after + 2 <= len && t[after] == '\'' && t[after + 1] == 's') {
			size_t k = after + 2;

			while (k < len && t[k] == ' ')
				k++;
			/*
			 * "the Bank's model risk management policy", "the
			 * Customer's model governance": a buyer's function that
			 * oversees the models it uses, not a model it supplies.
			 */
			if (word_at(t, len, k, supplier_things, ARRAY_SIZE(supplier_things)) &&
			    !model_oversight(t, len, k) &&
			    !owned_thing_worked_on(rf, out, groups, pi, t, len, at))
				(*vendor)++;
			*customer += word_at(t, len, k, buyer_things, ARRAY_SIZE(buyer_things));
			/* "the Principal's records", "the Trust's patient data" */
			if (u->nown_data < OWN_DATA_MAX &&
			    word_at(t, len, k, own_data_words, ARRAY_SIZE(own_data_words)))
				u->own_data[u->nown_data++] = k;
			continue;
		}
		after = skip_aux(t, len, after);
		if (e)
			engagement_use(rf, out, groups, groups[pi], t, len, after, e);
		if (duties && after < len && (duty & (fb = first_bit(t[after])))) {
			int sw = (fb & supply) && supplies_work(t, len, after);

			u->supplies += sw;
			/* "pay", "audit": the second letter rules most words out. */
			if (fb == first_bit('p') && !sw && after + 1 < len && (t[after + 1] | 0x20) == 'a')
				u->pays += pays_price(t, len, after);
			else if (fb == first_bit('a') && after + 1 < len && (t[after + 1] | 0x20) == 'u')
				u->pays += audits_other(t, len, after);
		}
		if ((pk = phrase_at(t, len, after, desire_words, ARRAY_SIZE(desire_words))) != 0) {
			/* "SPO wishes to procure", "Oak & Ash desires to license the platform" */
			unsigned c0 = *customer, v0 = *vendor;

			*customer += word_at(t, len, after + pk, wanted_by_buyer,
					     ARRAY_SIZE(wanted_by_buyer));
			*vendor += word_at(t, len, after + pk, wanted_by_supplier,
					   ARRAY_SIZE(wanted_by_supplier));
			u->pays += *customer - c0;
			u->supplies += *vendor - v0;
		} else if ((pk = phrase_at(t, len, after, has_made, ARRAY_SIZE(has_made))) != 0) {
			/* "Sponsor has developed an artificial intelligence tool that ..." */
			unsigned tech = (unsigned)names_tech(t, len, after + pk);

			*vendor += tech;
			u->supplies += tech;
		} else if ((pk = phrase_at(t, len, after, business_of, ARRAY_SIZE(business_of))) != 0) {
			/* "Liongate is engaged in the business of providing computer vision ..." */
			if (word_at(t, len, after + pk, business_gerunds, ARRAY_SIZE(business_gerunds))) {
				unsigned tech = (unsigned)names_tech(t, len, after + pk);

				*vendor += tech;
				u->supplies += tech;
			}
		} else if ((base = word_at_firsts(t, len, after, supplier_verbs,
						  ARRAY_SIZE(supplier_verbs), sv) ||
				   makes_available(t, len, after)) ||
			   word_at_firsts(t, len, after, supplier_verbs3, ARRAY_SIZE(supplier_verbs3),
					  sv3)) {
			/*
			 * "the data that Acme (shall) provide(s)": Acme gives its
			 * data; "grants Acme a licence to use the ... images": a
			 * licence of data says nothing of who buys the AI.
			 */
			if (other_vendor && gives_contribution(t, len, after))
				/* "Bank shall provide the data feeds" to a named Developer */
				(*(base ? customer : &u->customer3))++;
			else if (gives_in_passing(t, len, after))
				;   /* "shall provide notice": neither side by it */
			else if (data_clause_before(t, at))
				(*(base ? customer : &u->customer3))++;
			else if (!(word_at(t, len, after, grant_verbs, ARRAY_SIZE(grant_verbs)) &&
				   grants_data_licence(t, len, after)))
				(*(base ? vendor : &u->vendor3))++;
		}
		*customer += word_at_firsts(t, len, after, buyer_verbs, ARRAY_SIZE(buyer_verbs), bv);
		u->customer3 += word_at_firsts(t, len, after, buyer_verbs3, ARRAY_SIZE(buyer_verbs3),
					       bv3);
		switch (licence_granted(t, len, after)) {
		case 1: u->grants++; break;
		case 2: u->grants_data++; break;
		default: break;
		}
		/* "provided by Acme", "operated by Acme", "payable by Acme", "licensed to Acme" */
		if (at >= 3 && strncasecmp(t + at - 3, "by ", 3) == 0) {
			size_t k = at - 3;

			while (k > 0 && t[k - 1] == ' ')
				k--;
			if (k >= 7 && (strncasecmp(t + k - 7, "payable", 7) == 0 ||
				       strncasecmp(t + k - 7, "ordered", 7) == 0)) {
				(*customer)++;
				u->pays++;
			}
			else if (k >= 8 && (strncasecmp(t + k - 8, "provided", 8) == 0 ||
					    strncasecmp(t + k - 8, "licensed", 8) == 0 ||
					    strncasecmp(t + k - 8, "supplied", 8) == 0 ||
					    strncasecmp(t + k - 8, "operated", 8) == 0)) {
				/* "the data provided by Acme": Acme gives its data. */
				if (data_word_before(t, k - 8)) {
					(*customer)++;
					if (u->nown_data < OWN_DATA_MAX)
						u->own_data[u->nown_data++] = at;
				} else {
					(*vendor)++;
					u->supplies += work_word_before(t, k - 8);
				}
			}
		} else if (at >= 3 && strncasecmp(t + at - 3, "to ", 3) == 0) {
			size_t k = at - 3;

			while (k > 0 && t[k - 1] == ' ')
				k--;
			if ((k >= 8 && (strncasecmp(t + k - 8, "provided", 8) == 0 ||
					strncasecmp(t + k - 8, "licensed", 8) == 0)) ||
			    (k >= 9 && strncasecmp(t + k - 9, "delivered", 9) == 0))
				(*customer)++;
			else if (k >= 4 && strncasecmp(t + k - 4, "paid", 4) == 0)
				(*vendor)++;
		} else if (paid_the_fees(t, len, at, n)) {
			(*vendor)++;
		}
	}
}

/*
 * Whether a party is named only by a word that a public buyer goes by:
 * "the Agency", "the Authority".  A creative or recruitment agency is a
 * supplier all the same.  The words are the rule set's: its customer_noun
 * reads them only with their capital ("the Agency", never "an agency"), so
 * a customer noun that is none in lower case is one of them.
 */
int is_public_body_noun(struct roles_finder *rf, const char *alias)
{
	char low[64];
	size_t n = strlen(alias), i;

	if (n >= sizeof(low) || !rf_matches(rf, rf->customer_noun, alias, n))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)alias[i]);
	return !rf_matches(rf, rf->customer_noun, low, n);
}

/*
 * Words after which "corporation" names a public body, not a company:
 * "a Crown corporation", "a public corporation", "a municipal corporation".
 */
static const char *const public_corporations[] = {
	"crown", "public", "municipal", "government", "governmental", "state-owned", "quasi-public",
};

/*
 * Whether the parties entry that ends at the alias defined at t[at] names
 * a company: a company suffix as written ("Northlight Partners Inc.",
 * "Talentpath Recruitment Ltd") or the words "a New York corporation", "a
 * ... limited liability company", "a company incorporated / registered
 * in".  The entry runs back from the alias to the end of the alias of
 * another party, or its sentence.  "An agency of the State of Nevada", "a
 * body corporate and politic", "a Crown corporation" name no company.
 */
static int entry_names_company(struct roles_finder *rf, const struct document *doc,
			       const struct roles *out, const int *groups, size_t p)
{
	const char *t = doc->text.ptr;
	size_t at = out->parties[p].at, lo = at > ENTITY_CONTEXT ? at - ENTITY_CONTEXT : 0, i, k;

	for (i = 0; i < out->nparties; i++) {
		size_t e = out->parties[i].at + strlen(out->parties[i].alias);

		if (groups[i] != groups[p] && e <= at && e > lo)
			lo = e;
	}
	lo = sentence_start(t, lo, at);
	if (at <= lo)
		return 0;
	if (rf_matches(rf, rf->company, t + lo, at - lo))
		return 1;
	for (i = lo; i + 11 <= at; i++) {
		size_t w;

		if ((t[i] | 0x20) != 'c' || (i > lo && isalnum((unsigned char)t[i - 1])))
			continue;
		if (!strncasecmp(t + i, "corporation", 11) &&
		    (i + 11 == at || !isalpha((unsigned char)t[i + 11]))) {
			/* The word before it: not "a Crown corporation". */
			for (k = i; k > lo && t[k - 1] == ' '; k--)
				;
			for (w = k; w > lo && (isalpha((unsigned char)t[w - 1]) || t[w - 1] == '-'); w--)
				;
			if (!word_in(t + w, k - w, public_corporations, ARRAY_SIZE(public_corporations)))
				return 1;
		} else if (i + 20 <= at && !strncasecmp(t + i, "company ", 8) &&
			   (!strncasecmp(t + i + 8, "incorporated", 12) ||
			    !strncasecmp(t + i + 8, "registered", 10) || !strncasecmp(t + i + 8, "number", 6))) {
			return 1;
		}
	}
	return 0;
}

/*
 * A party defined as "the Agency" whose entry names a company: a
 * marketing, advertising, staffing or travel agency, never the public
 * buyer the noun reads it as.  Its role is left to its uses.
 */
static void company_named_as_body(struct roles_finder *rf, const struct document *doc,
				  struct roles *out, const int *groups)
{
	size_t i;

	for (i = 0; i < out->nparties; i++) {
		struct party *p = &out->parties[i];

		if (p->role == ROLE_CUSTOMER && p->why && !strcmp(p->why, "role noun") &&
		    is_public_body_noun(rf, p->alias) && entry_names_company(rf, doc, out, groups, i)) {
			p->role = ROLE_UNKNOWN;
			p->why = "a company, not a public body";
		}
	}
}

/*
 * Two parties both read as the customer, one of them only because it is
 * "the Agency" and the other a "Client" or "Customer": the agency is the
 * one that supplies.
 */
static void supplier_named_as_body(struct roles_finder *rf, struct roles *out, const int *groups,
				   size_t ngroups, const enum party_role *group_role)
{
	int body = -1, plain = 0;
	size_t i;

	if (ngroups != 2 || group_role[0] != ROLE_CUSTOMER || group_role[1] != ROLE_CUSTOMER)
		return;
	for (i = 0; i < out->nparties; i++) {
		if (is_public_body_noun(rf, out->parties[i].alias)) {
			if (body >= 0 && body != groups[i])
				return;
			body = groups[i];
		}
	}
	for (i = 0; i < out->nparties; i++)
		if (groups[i] != body && out->parties[i].why &&
		    strcmp(out->parties[i].why, "role noun") == 0)
			plain = 1;
	if (body < 0 || !plain)
		return;
	for (i = 0; i < out->nparties; i++)
		if (groups[i] == body) {
			out->parties[i].role = ROLE_VENDOR;
			out->parties[i].why = "the other party";
		}
}

static int in_numbered_clause(const struct document *doc, size_t at)
{
	size_t para = document_para_at(doc, at);

	return para < doc->npara && doc->paras[para].clause &&
	       isdigit((unsigned char)doc->paras[para].clause[0]);
}

/* Whether every alias of group `g` is defined inside a numbered clause. */
static int group_in_clause(const struct document *doc, const struct roles *out,
			   const int *groups, int g)
{
	size_t i;

	for (i = 0; i < out->nparties; i++)
		if (groups[i] == g && !in_numbered_clause(doc, out->parties[i].at))
			return 0;
	return 1;
}

/*
 * Whether an alias names the escrow agent of an escrow agreement: "the
 * Escrow Agent", "Escrow Provider", or "the Agent" or "Custodian" where the
 * document speaks of escrow.  The agent holds the deposit for both sides
 * and is neither: not the vendor, though it provides a service.
 */
static int is_escrow_agent(const struct document *doc, const char *alias)
{
	size_t n = strlen(alias);

	if (has_word(alias, n, "escrow"))
		return 1;
	return (word_is(alias, n, "agent") || word_is(alias, n, "custodian")) &&
	       has_word(doc->text.ptr, doc->text.len < PREAMBLE_MAX ? doc->text.len : PREAMBLE_MAX,
			"escrow");
}

/* Who deposits in escrow and who may have the deposit released to it. */
static const char *const escrow_depositors[] = { "owner", "depositor", "the owner",
						 "the depositor" };
static const char *const escrow_beneficiaries[] = { "beneficiary", "the beneficiary" };

/*
 * In an escrow agreement the escrow agent takes no role, the depositor
 * ("the Owner", "the Depositor") is the vendor and the beneficiary the
 * customer.  Returns how many groups are the agent's; agent[g] is set for
 * each.
 */
static int escrow_roles(const struct document *doc, struct roles *out, const int *groups,
			int *agent)
{
	size_t i;
	int nagents = 0;

	for (i = 0; i < out->nparties; i++)
		if (!agent[groups[i]] && is_escrow_agent(doc, out->parties[i].alias)) {
			agent[groups[i]] = 1;
			nagents++;
		}
	for (i = 0; nagents && i < out->nparties; i++) {
		struct party *p = &out->parties[i];
		size_t n = strlen(p->alias);

		if (agent[groups[i]]) {
			p->role = ROLE_UNKNOWN;
			p->why = "escrow agent";
		} else if (p->role == ROLE_UNKNOWN &&
			   word_in(p->alias, n, escrow_depositors, ARRAY_SIZE(escrow_depositors))) {
			p->role = ROLE_VENDOR;
			p->why = "deposits in escrow";
		} else if (p->role == ROLE_UNKNOWN &&
			   word_in(p->alias, n, escrow_beneficiaries,
				   ARRAY_SIZE(escrow_beneficiaries))) {
			p->role = ROLE_CUSTOMER;
			p->why = "escrow beneficiary";
		}
	}
	return nagents;
}

/*
 * Whether an alias of group `g` is defined after "between" in its
 * paragraph: one of the parties, not a maker or parent the recitals
 * name ("A. Acme Diagnostics, Inc. (the \"Manufacturer\") develops ...").
 */
static int group_named_between(const struct document *doc, const struct roles *out,
			       const int *groups, int g)
{
	size_t i;

	for (i = 0; i < out->nparties; i++) {
		size_t para = document_para_at(doc, out->parties[i].at), lo;

		if (groups[i] != g || para >= doc->npara)
			continue;
		lo = doc->paras[para].start;
		if (out->parties[i].at > lo + BETWEEN_CONTEXT)
			lo = out->parties[i].at - BETWEEN_CONTEXT;
		if (has_word(doc->text.ptr + lo, out->parties[i].at - lo, "between"))
			return 1;
	}
	return 0;
}

/* Bytes of a field's label ("Service Provider"), and of its value, at most. */
#define FIELD_LABEL_MAX 32
#define FIELD_VALUE_MAX 160

/*
 * Skips Markdown emphasis and blanks forward from `i` (dir 1) or back
 * from `i` (dir -1, `i` the end) within [lo, hi).
 */
static size_t skip_decor(const char *t, size_t lo, size_t hi, size_t i, int dir)
{
	if (dir > 0)
		while (i < hi && (t[i] == ' ' || t[i] == '\t' || t[i] == '*' || t[i] == '_'))
			i++;
	else
		while (i > lo && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '*' ||
				  t[i - 1] == '_' || t[i - 1] == '.'))
			i--;
	return i;
}

/* The end of the line that starts at `i`, before `end`. */
static size_t line_end(const char *t, size_t i, size_t end)
{
	const char *nl = memchr(t + i, '\n', end - i);

	return nl ? (size_t)(nl - t) : end;
}

/* A field's label and value: "Provider: Acme Labs, Inc.", "| Customer | Westbrook District |". */
struct field {
	size_t lab, llen;  /* the label, without emphasis or "the": "Provider" */
	size_t vs, ve;     /* the value, from past emphasis and blanks to its cell's or line's end */
};

/*
 * Reads the line at `ls` as a field: a table's row, the label in its first
 * cell and the value in its second, or "Label: value" ("the Customer:",
 * "**Customer:**", "**Customer**:"), the value on the line or, where the
 * line ends at the colon, on the next (a table's two cells).  The label is
 * capitalised and at most FIELD_LABEL_MAX bytes.  0 where the line is no
 * field.
 */
static int read_field(const char *t, size_t ls, size_t end, struct field *f)
{
	size_t le = line_end(t, ls, end), i = skip_decor(t, ls, le, ls, 1), ce;

	if (i < le && t[i] == '|') {
		f->lab = skip_decor(t, i + 1, le, i + 1, 1);
		for (ce = f->lab; ce < le && t[ce] != '|'; ce++)
			;
		if (ce >= le)
			return 0;
		f->vs = skip_decor(t, ce + 1, le, ce + 1, 1);
		for (f->ve = f->vs; f->ve < le && t[f->ve] != '|'; f->ve++)
			;
	} else {
		if (i + 4 < le && !strncasecmp(t + i, "the ", 4))
			i += 4;
		f->lab = i;
		/* "Buyer's name:" too */
		for (ce = i; ce < le && (isalpha((unsigned char)t[ce]) || t[ce] == ' ' ||
					 t[ce] == '*' || t[ce] == '_' || t[ce] == '\''); ce++)
			;
		if (ce >= le || t[ce] != ':')
			return 0;
		f->vs = skip_decor(t, ce + 1, le, ce + 1, 1);
		f->ve = le;
		if (f->vs == le && le < end) {
			for (f->vs = le + 1; f->vs < end && isspace((unsigned char)t[f->vs]); f->vs++)
				;
			f->ve = line_end(t, f->vs, end);
			f->vs = skip_decor(t, f->vs, f->ve, f->vs, 1);
		}
	}
	ce = skip_decor(t, f->lab, ce, ce, -1);
	if (ce <= f->lab || ce - f->lab > FIELD_LABEL_MAX || !isupper((unsigned char)t[f->lab]))
		return 0;
	f->llen = ce - f->lab;
	return 1;
}

/*
 * The role noun of a field's label that asks for a party's name, as the
 * offset of the noun in label[0..*n), its length left in *n: "Vendor
 * name", "Customer legal name", "Supplier's name", "Name of Customer"
 * (also "Name of the Customer") read as their nouns; any other label as
 * it is ("Customer address" then names no role).
 */
static size_t role_label_at(const char *label, size_t *n)
{
	static const char *const tails[] = {
		"'s full legal name", "'s legal name", "'s full name", "'s name",
		"\xE2\x80\x99s legal name", "\xE2\x80\x99s name", " full legal name",
		" legal name", " full name", " entity name", " company name", " name",
	};
	static const char *const heads[] = { "name of the ", "name of ", "legal name of the ",
					     "legal name of " };
	size_t i, k;

	for (i = 0; i < ARRAY_SIZE(tails); i++) {
		k = strlen(tails[i]);
		if (*n > k && !strncasecmp(label + *n - k, tails[i], k)) {
			*n -= k;
			return 0;
		}
	}
	for (i = 0; i < ARRAY_SIZE(heads); i++) {
		k = strlen(heads[i]);
		if (*n > k && !strncasecmp(label, heads[i], k)) {
			*n -= k;
			return k;
		}
	}
	return 0;
}

/*
 * Whether the line at `ls` is a field of a party's role (read_field),
 * "Provider: Acme Labs, Inc.", "| Customer | Westbrook Utilities District
 * |": its role, and the name in *vs, *vn, capitalised.
 */
static enum party_role field_of_role(struct roles_finder *rf, const char *t, size_t ls,
				     size_t end, size_t *vs, size_t *vn)
{
	struct field f;
	size_t ve, off;

	if (!read_field(t, ls, end, &f))
		return ROLE_UNKNOWN;
	ve = skip_decor(t, f.vs, f.ve, f.ve, -1);
	if (ve <= f.vs || ve - f.vs > FIELD_VALUE_MAX || !isupper((unsigned char)t[f.vs]))
		return ROLE_UNKNOWN;
	*vs = f.vs;
	*vn = ve - f.vs;
	off = role_label_at(t + f.lab, &f.llen);
	return noun_role(rf, t + f.lab + off, f.llen);
}

/*
 * The party whose alias is defined first after `name` is written in the
 * preamble (not at `field`, the field itself), within ENTITY_CONTEXT
 * bytes: "Halcyon Labs, Inc. (\"Halcyon\")".  (size_t)-1 if none.
 */
static size_t alias_after_name(const struct document *doc, const struct roles *out,
			       const char *name, size_t n, size_t field)
{
	const char *t = doc->text.ptr, *hit;
	size_t end = doc->text.len < PREAMBLE_MAX ? doc->text.len : PREAMBLE_MAX, from = 0;

	if (n < 4)
		return (size_t)-1;
	while (from + n <= end && (hit = memchr(t + from, name[0], end - from - n + 1))) {
		size_t at = (size_t)(hit - t) + n, i, best = (size_t)-1;

		from = (size_t)(hit - t) + 1;
		if (at - n == field || memcmp(hit, name, n))
			continue;
		for (i = 0; i < out->nparties; i++)
			if (out->parties[i].at >= at && out->parties[i].at - at <= ENTITY_CONTEXT &&
			    (best == (size_t)-1 || out->parties[i].at < out->parties[best].at))
				best = i;
		if (best != (size_t)-1)
			return best;
	}
	return (size_t)-1;
}

/*
 * Fields of an order form's head that name a party's company by its
 * role: "Provider: Halcyon Labs, Inc." (or a table's row, "| Provider |
 * Halcyon Labs, Inc. |") above `between Halcyon Labs, Inc.
 * ("Halcyon") and ...`.  The name is the party's where its alias is a
 * word of it or it is written just before the alias's definition.  A
 * group both roles' fields name stays unknown.
 */
static void field_roles(struct roles_finder *rf, const struct document *doc,
			const struct roles *out, const int *groups, const int *agent,
			enum party_role *group_role)
{
	enum party_role named[MAX_GROUPS] = { ROLE_UNKNOWN };
	int clash[MAX_GROUPS] = { 0 };
	const char *t = doc->text.ptr;
	size_t end = doc->text.len < PREAMBLE_MAX ? doc->text.len : PREAMBLE_MAX, ls, i;
	int g;

	for (ls = 0; ls < end; ls = line_end(t, ls, end) + 1) {
		size_t vs, vn, after;
		enum party_role role = field_of_role(rf, t, ls, end, &vs, &vn);

		if (role == ROLE_UNKNOWN)
			continue;
		after = alias_after_name(doc, out, t + vs, vn, vs);
		for (i = 0; i < out->nparties; i++) {
			g = groups[i];
			if (agent[g] || !(i == after || has_word_as(t + vs, vn, out->parties[i].alias, 0)))
				continue;
			if (named[g] != ROLE_UNKNOWN && named[g] != role)
				clash[g] = 1;
			named[g] = role;
		}
	}
	for (i = 0; i < out->nparties; i++) {
		g = groups[i];
		if (group_role[g] == ROLE_UNKNOWN && named[g] != ROLE_UNKNOWN && !clash[g]) {
			out->parties[i].role = named[g];
			out->parties[i].why = "named in a field of its role";
		}
	}
	for (g = 0; g < MAX_GROUPS; g++)
		if (group_role[g] == ROLE_UNKNOWN && named[g] != ROLE_UNKNOWN && !clash[g])
			group_role[g] = named[g];
}

/* Words in a company's name named by a field, at most. */
#define FIELD_NAME_WORDS 8

/*
 * Whether the name before the comma at t[c] ends in a company form and
 * what follows the comma is no company form of its own: "Southern Lakes
 * Group Limited, Queenstown" ends at "Limited", where "Acme, Inc." goes on.
 */
static int form_ends_name(struct roles_finder *rf, const char *t, size_t vs, size_t ve,
			  size_t c)
{
	size_t w = c;

	while (w > vs && t[w - 1] != ' ')
		w--;
	return w < c && company_form_at(rf, t, c, w) && !company_form_at(rf, t, ve, c + 2);
}

/*
 * Whether the parenthesis at t[open] is part of a company's form, as
 * South African and Zimbabwean names write it: "Savanna Analytics (Pty)
 * Ltd", "(Proprietary) Limited", "(Private) Limited": one capitalised
 * word, then a company form.
 */
static int form_in_parenthesis(struct roles_finder *rf, const char *t, size_t ve, size_t open)
{
	size_t k = open + 1;

	if (k >= ve || !isupper((unsigned char)t[k]))
		return 0;
	while (k < ve && isalpha((unsigned char)t[k]))
		k++;
	return k + 2 < ve && t[k] == ')' && t[k + 1] == ' ' && company_form_at(rf, t, ve, k + 2);
}

/*
 * The name a field's value opens with: up to ", a building society", an
 * address (", 1 Ferry Building"), a place after its company form
 * (", Queenstown"), a parenthesis or a semicolon, without emphasis; capitalised words ("of",
 * "and", "the", "&" between), two or more, no digits.  Its length, or 0.
 */
static size_t field_name(struct roles_finder *rf, const char *t, size_t vs, size_t ve)
{
	static const char *const joins[] = { "of", "and", "the", "for", "&", "de", "plc" };
	size_t e = vs, i, words = 0;

	while (e < ve && (t[e] != '(' || form_in_parenthesis(rf, t, ve, e)) && t[e] != ';' &&
	       t[e] != '|' &&
	       !(t[e] == ',' && e + 2 < ve && t[e + 1] == ' ' &&
		 (islower((unsigned char)t[e + 2]) || isdigit((unsigned char)t[e + 2]) ||
		  (name_upper_len(t, ve, e + 2) && form_ends_name(rf, t, vs, ve, e)))))
		e++;
	while (e > vs && (t[e - 1] == ' ' || t[e - 1] == ',' || t[e - 1] == '*' || t[e - 1] == '_'))
		e--;
	for (i = vs; i < e; words++) {
		size_t w = i;

		while (i < e && t[i] != ' ')
			i++;
		if (!name_upper_len(t, e, w) && !word_in(t + w, i - w, joins, ARRAY_SIZE(joins)) &&
		    !(t[w] == '(' && form_in_parenthesis(rf, t, ve, w)))
			return 0;
		for (; w < i; w++)
			if (isdigit((unsigned char)t[w]) || t[w] == ':' || t[w] == '/' || t[w] == '@')
				return 0;
		while (i < e && t[i] == ' ')
			i++;
	}
	return words >= 2 && words <= FIELD_NAME_WORDS ? e - vs : 0;
}

/* The names that fields of each role give (role_fields): seen 1 one name, -1 none or two. */
struct role_names {
	size_t name[3], nlen[3], label[3], llen[3];
	int seen[3];
};

/* Notes that a field of `role` labelled t[lab..lab+llen) names t[vs..vs+n). */
static void note_role_name(struct role_names *rn, const char *t, enum party_role role, size_t vs,
			   size_t n, size_t lab, size_t llen)
{
	if (!rn->seen[role]) {
		rn->seen[role] = 1;
		rn->name[role] = vs;
		rn->nlen[role] = n;
		rn->label[role] = lab;
		rn->llen[role] = llen;
	} else if (rn->nlen[role] != n || memcmp(t + rn->name[role], t + vs, n)) {
		rn->seen[role] = -1;
	}
}

/* Columns of a cover table read, at most. */
#define ROLE_COLUMNS 4

/*
 * The cells of the table row t[ls..le) after the first: their starts and
 * ends, without emphasis or blanks, at most ROLE_COLUMNS, and in *fs, *fe
 * the first cell.  The number of cells after the first; 0 where the line
 * is no row of a table.
 */
static int row_cells(const char *t, size_t ls, size_t le, size_t *cs, size_t *ce,
		     size_t *fs, size_t *fe)
{
	size_t i = skip_decor(t, ls, le, ls, 1), s;
	int n = 0;

	if (i >= le || t[i] != '|')
		return 0;
	for (s = ++i; i < le && t[i] != '|'; i++)
		;
	if (i >= le)
		return 0;
	*fs = skip_decor(t, s, i, s, 1);
	*fe = skip_decor(t, *fs, i, i, -1);
	while (n < ROLE_COLUMNS && i + 1 < le) {
		for (s = ++i; i < le && t[i] != '|'; i++)
			;
		if (i >= le)
			break;
		cs[n] = skip_decor(t, s, i, s, 1);
		ce[n] = skip_decor(t, cs[n], i, i, -1);
		n++;
	}
	return n;
}

/*
 * A cover table whose header row names the roles, one a column, and
 * whose "Name" row names the companies under them:
 * "| | Provider | Customer |" over "| Name | Cardinal Speech
 * Technologies, Inc. | Bayview Medical Group, P.C. |".  The header's
 * first cell is empty or no role; the rows read are those of the same
 * table.
 */
static void role_columns(struct roles_finder *rf, const char *t, size_t end,
			 struct role_names *rn)
{
	static const char *const name_labels[] = {
		"name", "legal name", "company", "company name", "party", "entity", "legal entity",
		"full name", "registered name", "full legal name",
	};
	size_t line, cs[ROLE_COLUMNS], ce[ROLE_COLUMNS], fs, fe;
	enum party_role col[ROLE_COLUMNS];

	for (line = 0; line < end; line = line_end(t, line, end) + 1) {
		size_t le = line_end(t, line, end), row;
		int n = row_cells(t, line, le, cs, ce, &fs, &fe), k, roles = 0;

		if (n < 2 || (fe > fs && noun_role(rf, t + fs, fe - fs) != ROLE_UNKNOWN))
			continue;
		for (k = 0; k < n; k++) {
			col[k] = ce[k] > cs[k] && ce[k] - cs[k] <= FIELD_LABEL_MAX ?
				 noun_role(rf, t + cs[k], ce[k] - cs[k]) : ROLE_UNKNOWN;
			roles |= 1 << col[k];
		}
		if (roles != (1 << ROLE_VENDOR | 1 << ROLE_CUSTOMER) &&
		    roles != (1 << ROLE_VENDOR | 1 << ROLE_CUSTOMER | 1 << ROLE_UNKNOWN))
			continue;
		/* The rows of the same table, below the header. */
		for (row = le + 1; row < end; row = line_end(t, row, end) + 1) {
			size_t re = line_end(t, row, end), rcs[ROLE_COLUMNS], rce[ROLE_COLUMNS], rfs,
			       rfe;
			int m = row_cells(t, row, re, rcs, rce, &rfs, &rfe);

			if (!m)
				break;
			if (rfe <= rfs || !word_in(t + rfs, rfe - rfs, name_labels,
						   ARRAY_SIZE(name_labels)))
				continue;
			for (k = 0; k < m && k < n; k++) {
				size_t len;

				if (col[k] != ROLE_UNKNOWN && (len = field_name(rf, t, rcs[k], rce[k])))
					note_role_name(rn, t, col[k], rcs[k], len, cs[k],
						       ce[k] - cs[k]);
			}
		}
		line = row > line ? row - 1 : line;
		if (line >= end)
			break;
	}
}

/* Lines back from a "Short name" line in which its party's "Name" line is looked for. */
#define DETAILS_LINES 6

/*
 * Where the label `label` (with at least two blanks or a tab after it)
 * opens the line at `ls`: the start of its value, or 0.
 */
static size_t details_value(const char *t, size_t ls, size_t le, const char *label)
{
	size_t n = strlen(label), i = ls + n;

	/* Or a colon parts them: "Name: Murray Basin Health Service", "Short name: Customer". */
	if (le - ls <= n + 2 || strncasecmp(t + ls, label, n) ||
	    !(t[i] == '\t' || t[i] == ':' || (t[i] == ' ' && t[i + 1] == ' ')))
		return 0;
	if (t[i] == ':')
		i++;
	while (i < le && (t[i] == ' ' || t[i] == '\t'))
		i++;
	return i < le ? i : 0;
}

/*
 * The "Details" block of Australian drafting: a party's lines "Name
 * Greenfield Water Corporation", "ABN ...", "Short name  Customer", the
 * label and value parted by blanks or a colon.  A short name that is a role noun
 * gives the name on the "Name" line at most DETAILS_LINES lines above it
 * that role.
 */
static void details_block(struct roles_finder *rf, const char *t, size_t end,
			  struct role_names *rn)
{
	size_t line, lines[DETAILS_LINES] = { 0 }, head = 0, count = 0, k;

	for (line = 0; line < end; line = line_end(t, line, end) + 1) {
		size_t le = line_end(t, line, end), vs, ve, ns, n;
		enum party_role role;

		if ((vs = details_value(t, line, le, "short name"))) {
			ve = skip_decor(t, vs, le, le, -1);
			role = ve > vs ? noun_role(rf, t + vs, ve - vs) : ROLE_UNKNOWN;
			/* The nearest "Name" line above, of the lines kept. */
			for (k = 0; k < count && role != ROLE_UNKNOWN; k++) {
				size_t ls = lines[(head + DETAILS_LINES - 1 - k) % DETAILS_LINES],
				       lend = line_end(t, ls, end);

				if ((ns = details_value(t, ls, lend, "name"))) {
					if ((n = field_name(rf, t, ns, lend)))
						note_role_name(rn, t, role, ns, n, vs, ve - vs);
					break;
				}
			}
			count = 0;
			continue;
		}
		if (le > line) {
			lines[head] = line;
			head = (head + 1) % DETAILS_LINES;
			count += count < DETAILS_LINES;
		}
	}
}

/*
 * An order form that names its parties only in fields of their roles,
 * "| Customer | Westbrook Municipal Utilities District |" or "the
 * Customer: HARTWELL BUILDING SOCIETY, a building society ...", with no
 * alias, or in a cover table's columns (role_columns): the company a
 * role's only field names is that party, and so is
 * the role noun.  Read where nothing else names a party, or only aliases
 * defined in such fields ('the Customer: HARTWELL BUILDING SOCIETY
 * ("Hartwell")'): a role whose field defines one takes nothing here.  A
 * role whose fields name two companies names none.
 */
static void role_fields(struct roles_finder *rf, const char *t, size_t end, struct roles *out,
			int *groups, size_t *ngroups)
{
	struct role_names rn = { { 0 } };
	size_t line, i;
	int k;

	for (line = 0; line < end; line = line_end(t, line, end) + 1) {
		struct field f;
		size_t n;
		enum party_role role;

		if (!read_field(t, line, end, &f))
			continue;
		/* "Vendor name: ..." names the vendor, who is then "Vendor". */
		f.lab += role_label_at(t + f.lab, &f.llen);
		role = noun_role(rf, t + f.lab, f.llen);
		if (role == ROLE_UNKNOWN || f.ve <= f.vs)
			continue;
		/* A field that defines an alias names its party already. */
		for (i = 0; i < out->nparties; i++)
			if (out->parties[i].at >= f.vs && out->parties[i].at < f.ve)
				rn.seen[role] = -1;
		if (!(n = field_name(rf, t, f.vs, f.ve)))
			continue;
		note_role_name(&rn, t, role, f.vs, n, f.lab, f.llen);
	}
	role_columns(rf, t, end, &rn);
	details_block(rf, t, end, &rn);
	for (k = ROLE_VENDOR; k <= ROLE_CUSTOMER; k++) {
		if (rn.seen[k] != 1 || *ngroups >= MAX_GROUPS)
			continue;
		if (add_party(out, t + rn.label[k], rn.llen[k], rn.label[k], (enum party_role)k,
			      "role noun"))
			groups[out->nparties - 1] = (int)*ngroups;
		if (add_party(out, t + rn.name[k], rn.nlen[k], rn.name[k], (enum party_role)k,
			      "named in a field of its role"))
			groups[out->nparties - 1] = (int)*ngroups;
		(*ngroups)++;
	}
}

/* Lines between a field of a role and the field of the other party, at most. */
#define COUNTERPART_LINES 3

static int used_as_party(const struct document *doc, const char *w, size_t n);

/*
 * An order form's head with one field of a role and, beside it, the
 * other party's field under a label that is no role noun: "Provider:
 * Aldercrest Health AI, Inc." over "Health System: St. Brannoc Regional
 * Health System", "| Supplier | ... |" over "| Insurer | ... |".  Where
 * only the one role's party is named, the label the document then uses
 * as a party ("Health System shall pay") is the other party, and so is
 * the name in its field.  A field further off, one whose value is no
 * name ("Term: 24 months"), a label never used as a party ("Service
 * Level: Premium Support") or two such labels name none.
 */
static void counterpart_field(struct roles_finder *rf, const struct document *doc, size_t end,
			      struct roles *out, int *groups, size_t *ngroups)
{
	const char *t = doc->text.ptr;
	size_t line, last_role = (size_t)-1, nline = 0, lab = 0, llen = 0, vs = 0, vn = 0;
	enum party_role known = has_role(out, ROLE_VENDOR) ? ROLE_VENDOR :
				has_role(out, ROLE_CUSTOMER) ? ROLE_CUSTOMER : ROLE_UNKNOWN;
	enum party_role other = known == ROLE_VENDOR ? ROLE_CUSTOMER : ROLE_VENDOR;
	int found = 0;

	if (known == ROLE_UNKNOWN || has_role(out, other) || *ngroups >= MAX_GROUPS)
		return;
	for (line = 0; line < end && found < 2; line = line_end(t, line, end) + 1, nline++) {
		struct field f;
		size_t n, off, ln;
		enum party_role r;

		if (line_end(t, line, end) == line)
			continue;   /* blank lines do not count */
		if (!read_field(t, line, end, &f) || f.ve <= f.vs)
			continue;
		ln = f.llen;
		off = role_label_at(t + f.lab, &ln);
		r = noun_role(rf, t + f.lab + off, ln);
		if (r == known) {
			last_role = nline;
			continue;
		}
		if (r != ROLE_UNKNOWN || last_role == (size_t)-1 || nline - last_role > COUNTERPART_LINES ||
		    !(n = field_name(rf, t, f.vs, f.ve)) || !used_as_party(doc, t + f.lab, f.llen))
			continue;
		if (found && (f.llen != llen || memcmp(t + f.lab, t + lab, llen)))
			found = 2;
		else if (!found) {
			found = 1;
			lab = f.lab;
			llen = f.llen;
			vs = f.vs;
			vn = n;
		}
	}
	if (found != 1)
		return;
	if (add_party(out, t + lab, llen, lab, other, "named in a field beside the other party's"))
		groups[out->nparties - 1] = (int)*ngroups;
	if (add_party(out, t + vs, vn, vs, other, "named in a field beside the other party's"))
		groups[out->nparties - 1] = (int)*ngroups;
	(*ngroups)++;
}

/*
 * Contracts translated from Portuguese or Spanish name the parties "the
 * CONTRACTING PARTY" (contratante, the buyer) and "the CONTRACTED PARTY"
 * (contratada, the supplier).  Elsewhere "contracting party" means either
 * party, so the pair is read only where both name parties, in two groups.
 */
static void contracting_pair(struct roles *out, const int *groups, enum party_role *group_role)
{
	static const char *const names[2] = { "contracting party", "contracted party" };
	static const enum party_role role[2] = { ROLE_CUSTOMER, ROLE_VENDOR };
	int g[2] = { -1, -1 };
	size_t i, k;

	for (i = 0; i < out->nparties; i++)
		for (k = 0; k < 2; k++)
			if (word_is(out->parties[i].alias, strlen(out->parties[i].alias), names[k]))
				g[k] = groups[i];
	if (g[0] < 0 || g[1] < 0 || g[0] == g[1] || group_role[g[0]] != ROLE_UNKNOWN ||
	    group_role[g[1]] != ROLE_UNKNOWN)
		return;
	for (i = 0; i < out->nparties; i++)
		for (k = 0; k < 2; k++)
			if (groups[i] == g[k]) {
				out->parties[i].role = role[k];
				out->parties[i].why = "contracting and contracted party";
			}
	for (k = 0; k < 2; k++)
		group_role[g[k]] = role[k];
}

/*
 * Of two undecided groups, one only supplies and the other only pays,
 * each at least once: each takes the role its uses show.
 */
static void opposite_uses(struct roles *out, const int *groups, const int *agent,
			  const struct role_uses *gu, enum party_role *group_role,
			  int *known, int *nknown, int *nunknown)
{
	int two[2], n = 0, g, k;
	size_t i;

	for (g = 0; g < MAX_GROUPS && n < 2; g++)
		if (!agent[g] && group_role[g] == ROLE_UNKNOWN && (gu[g].vendor || gu[g].customer))
			two[n++] = g;
	if (n < 2)
		return;
	for (k = 0; k < 2; k++) {
		int a = two[k], b = two[1 - k];

		if (!(gu[a].vendor && !gu[a].customer && gu[b].customer && !gu[b].vendor))
			continue;
		group_role[a] = ROLE_VENDOR;
		group_role[b] = ROLE_CUSTOMER;
		for (i = 0; i < out->nparties; i++)
			if (groups[i] == a || groups[i] == b) {
				out->parties[i].role = group_role[groups[i]];
				out->parties[i].why = groups[i] == a ? "supplies under the contract" :
								       "pays under the contract";
			}
		*known = a;
		*nknown = 2;
		*nunknown = 0;
		return;
	}
}

/* The first two groups no agent's and not yet decided, in two[]: 0 when there are fewer. */
static int two_undecided(const int *agent, const enum party_role *group_role, int two[2])
{
	int g, n = 0;

	for (g = 0; g < MAX_GROUPS && n < 2; g++)
		if (!agent[g] && group_role[g] == ROLE_UNKNOWN)
			two[n++] = g;
	return n == 2;
}

/*
 * Group g takes `role`, and each member the role and the reason a reader
 * sees (`why`).
 */
static void give_group_role(struct roles *out, const int *groups, enum party_role *group_role,
			    int g, enum party_role role, const char *why)
{
	size_t i;

	group_role[g] = role;
	for (i = 0; i < out->nparties; i++)
		if (groups[i] == g) {
			out->parties[i].role = role;
			out->parties[i].why = why;
		}
}

/* A group decided by what its members do under the contract: supplying or paying. */
static void set_group_role(struct roles *out, const int *groups, enum party_role *group_role,
			   int g, enum party_role role)
{
	give_group_role(out, groups, group_role, g, role,
			role == ROLE_VENDOR ? "supplies under the contract" : "pays under the contract");
}

/*
 * Two parties, neither decided, named by words that carry no role, in a
 * contract that states their duties in the present tense, as translations
 * do ("The Holder hosts the Images", "The Holder notifies the
 * Establishment", "The Establishment pays the price"): the one whose uses,
 * counted in the third person too, only supply, where the other's never
 * do, is the supplier, once twice or where the other's pay.  Only that one
 * is decided here: the other takes the other role below, unless both
 * contribute (shared_undertaking).
 */
static void present_tense_pair(struct roles *out, const int *groups, const int *agent,
			       const struct role_uses *gu, enum party_role *group_role,
			       int *known, int *unknown, int *nknown, int *nunknown)
{
	int two[2], k;

	if (!two_undecided(agent, group_role, two))
		return;
	for (k = 0; k < 2; k++) {
		const struct role_uses *a = &gu[two[k]], *b = &gu[two[1 - k]];
		unsigned av = a->vendor + a->vendor3, ac = a->customer + a->customer3;
		unsigned bv = b->vendor + b->vendor3, bc = b->customer + b->customer3;

		if (!av || ac || bv || (av < ROLE_MIN_EVIDENCE && !bc))
			continue;
		set_group_role(out, groups, group_role, two[k], ROLE_VENDOR);
		*known = two[k];
		*unknown = two[1 - k];
		*nknown = 1;
		*nunknown = 1;
		return;
	}
}

/* Bytes of a contract short enough that one use decides its two parties. */
#define SHORT_CONTRACT 3000

/*
 * Two parties, neither decided, in a short contract where only one of
 * them is used, and only one way: "Harbor shall provide the analytics
 * service to Greyfield" and nothing more.  That one takes the role its
 * uses show and the other the other role.  Where the other is used at
 * all, or the one both ways, nothing is decided (opposite_uses reads
 * uses on both sides).
 */
static void one_sided_uses(struct roles *out, const int *groups, const int *agent,
			   const struct role_uses *gu, enum party_role *group_role,
			   int *known, int *nknown, int *nunknown)
{
	int two[2], k;
	size_t i;

	if (!two_undecided(agent, group_role, two))
		return;
	for (k = 0; k < 2; k++) {
		const struct role_uses *a = &gu[two[k]], *b = &gu[two[1 - k]];
		unsigned av = a->vendor + a->vendor3 + a->grants;
		unsigned ac = a->customer + a->customer3 + a->grants_data;
		enum party_role role;

		/*
		 * A licence granted decides as a use after a modal does:
		 * "Harbor grants Greyfield a licence to use the Software"
		 * supplies it, "... to use the Data" gives data to the other.
		 */
		if (b->vendor || b->vendor3 || b->customer || b->customer3 || b->grants ||
		    b->grants_data || (av && ac) ||
		    (!a->vendor && !a->customer && !a->grants && !a->grants_data))
			continue;
		role = av ? ROLE_VENDOR : ROLE_CUSTOMER;
		group_role[two[k]] = role;
		group_role[two[1 - k]] = role == ROLE_VENDOR ? ROLE_CUSTOMER : ROLE_VENDOR;
		for (i = 0; i < out->nparties; i++)
			if (groups[i] == two[k] || groups[i] == two[1 - k]) {
				out->parties[i].role = group_role[groups[i]];
				out->parties[i].why = groups[i] == two[1 - k] ? "the other party" :
						      role == ROLE_VENDOR ? "supplies under the contract" :
									    "pays under the contract";
			}
		*known = two[k];
		*nknown = 2;
		*nunknown = 0;
		return;
	}
}

/* Whether alias `a` is the n bytes at t[s], in any case, a run of white space as one space. */
static int alias_spelt(const char *a, const char *t, size_t n)
{
	size_t i = 0;

	while (i < n && *a) {
		if (isspace((unsigned char)t[i]) && *a == ' ') {
			while (i < n && isspace((unsigned char)t[i]))
				i++;
			a++;
			continue;
		}
		if (tolower((unsigned char)t[i]) != tolower((unsigned char)*a))
			return 0;
		i++;
		a++;
	}
	return i == n && !*a;
}

/*
 * A licence of data to build AI with turns the role nouns round: where
 * "Licensor grants Licensee a licence to use the ... images ... to
 * develop ... software" (or to train models), the licensee builds the AI
 * and is the vendor, and the licensor, whose data it is, the customer.
 * So too where the licence is to serve the licensor with the data ("a
 * licence to use the Licensed Data solely to provide the Insights to the
 * Licensor"), and where the licensor is the "Data Provider" and the
 * licensee the "Recipient".  Read only where the two are the contract's
 * two groups of parties.
 */
static void data_licence_roles(struct roles_finder *rf, const struct document *doc,
			       struct roles *out, const int *groups, size_t ngroups)
{
	int gl = -1, ge = -1;
	size_t i, ls, ln, es, en;

	for (i = 0; i < out->nparties; i++) {
		const char *a = out->parties[i].alias;

		if (word_is(a, strlen(a), "licensor") || !strncasecmp(a, "data ", 5))
			break;
	}
	/* Most contracts have no licensor: the text is then not searched. */
	if (ngroups != 2 || i == out->nparties ||
	    rf_exec(rf, rf->data_licence, (PCRE2_SPTR)doc->text.ptr, doc->text.len, 0, 0) < 0)
		return;
	rf_group(rf, 1, &ls, &ln);
	rf_group(rf, 2, &es, &en);
	for (i = 0; i < out->nparties; i++) {
		const char *a = out->parties[i].alias;

		if (alias_spelt(a, doc->text.ptr + ls, ln))
			gl = groups[i];
		else if (alias_spelt(a, doc->text.ptr + es, en))
			ge = groups[i];
	}
	if (gl < 0 || ge < 0 || gl == ge)
		return;
	for (i = 0; i < out->nparties; i++) {
		if (groups[i] == gl) {
			out->parties[i].role = ROLE_CUSTOMER;
			out->parties[i].why = "licenses its data to build AI with";
		} else if (groups[i] == ge) {
			out->parties[i].role = ROLE_VENDOR;
			out->parties[i].why = "builds AI with the licensed data";
		}
	}
}

/*
 * Whether s[0..n) trains or builds a model: "any model trained on Trust
 * Data", "to train and validate its predictive models", "to develop a
 * machine learning model"; not where it says "not" or "never".
 */
static int trains_model(const char *s, size_t n)
{
	static const char *const train[] = { "train", "trained", "training", "trains", "fine-tune" };
	static const char *const ai[] = {
		"model", "models", "machine learning", "artificial intelligence", "algorithm",
		"algorithms", "neural",
	};
	size_t i;
	int tr = 0, m = 0;

	if (has_word(s, n, "not") || has_word(s, n, "never"))
		return 0;
	for (i = 0; i < n && !(tr && m); i++) {
		if (i > 0 && isalpha((unsigned char)s[i - 1]))
			continue;
		tr |= word_at(s, n, i, train, ARRAY_SIZE(train));
		m |= word_at(s, n, i, ai, ARRAY_SIZE(ai));
	}
	return tr && m;
}

/*
 * Whether, in s[0..n), an alias of group h is the subject of a verb of
 * using: "The Company shall use Trust Data", "Parallax will use the
 * Lakemont Data", "the Partner may access".
 */
static int group_uses(const char *s, size_t n, const struct roles *out, const int *groups, int h)
{
	static const char *const use[] = { "use", "uses", "access", "process", "analyse", "analyze" };
	size_t i, k;

	for (i = 0; i < out->nparties; i++) {
		const char *a = out->parties[i].alias;
		size_t an;

		if (groups[i] != h)
			continue;
		if (!strncasecmp(a, "the ", 4))
			a += 4;
		an = strlen(a);
		for (k = 0; an && k + an <= n; k++) {
			size_t v;

			if (s[k] != a[0] || memcmp(s + k, a, an) ||
			    (k > 0 && isalnum((unsigned char)s[k - 1])) ||
			    (k + an < n && isalnum((unsigned char)s[k + an])))
				continue;
			v = skip_aux(s, n, k + an);
			if (word_at(s, n, v, use, ARRAY_SIZE(use)))
				return 1;
		}
	}
	return 0;
}

/*
 * Whether the data named after group g (gu[g].data_named: "Trust Data",
 * "University Dataset") stands in a sentence that trains a model
 * (trains_model) and one in which the other group h uses it (group_uses).
 */
static int gives_data_to_train(const struct document *doc, const struct roles *out,
			       const int *groups, const struct role_uses *gu, int g, int h)
{
	const char *t = doc->text.ptr;
	size_t s0, s1;
	unsigned k;
	int trained = 0, used = 0;

	for (k = 0; k < gu[g].ndata_named && !(trained && used); k++) {
		document_sentence_span(doc, gu[g].data_named[k], &s0, &s1);
		trained |= trains_model(t + s0, s1 - s0);
		used |= group_uses(t + s0, s1 - s0, out, groups, h);
	}
	return trained && used;
}

/*
 * Of two parties neither of which a role noun names, one whose own data
 * ("Trust Data") the other uses and a model is trained on is the
 * customer, the other, who builds the AI, the vendor, whichever way the
 * money flows (a royalty paid to the data giver changes nothing): the
 * checklist protects the party whose data goes into the AI.  Not where
 * each trains on the other's data (a joint model).  The places of such
 * names are the ones role_evidence found, so the text is not read again.
 */
static void data_giver_roles(const struct document *doc, struct roles *out, const int *groups,
			     size_t ngroups, const enum party_role *before, const struct role_uses *gu,
			     enum party_role *group_role)
{
	size_t i;
	int g0, g1;

	if (ngroups != 2 || before[0] != ROLE_UNKNOWN || before[1] != ROLE_UNKNOWN)
		return;
	g0 = gives_data_to_train(doc, out, groups, gu, 0, 1);
	g1 = gives_data_to_train(doc, out, groups, gu, 1, 0);
	if (g0 == g1)
		return;
	for (i = 0; i < out->nparties; i++) {
		int giver = groups[i] == (g0 ? 0 : 1);

		out->parties[i].role = giver ? ROLE_CUSTOMER : ROLE_VENDOR;
		out->parties[i].why = giver ? "gives its data to train AI on" :
					      "trains AI on the other's data";
		group_role[groups[i]] = out->parties[i].role;
	}
}

/* Uses of plain duties that, all pointing one way, decide two parties named by no role noun. */
#define BODY_MIN_USES 3

/*
 * Whether the groups other than agents are exactly two, both in role
 * `want`; where `two`, they go in it.  Two undecided ones (neither read by
 * a role noun or a field) are the contracts whose duties need reading
 * (body_roles); two vendors, a maker and its reseller.
 */
static int two_groups_in_role(size_t ngroups, const int *agent, const enum party_role *role,
			      enum party_role want, int two[2])
{
	int g, n = 0;

	for (g = 0; g < (int)ngroups; g++) {
		if (agent[g])
			continue;
		if (n == 2 || role[g] != want)
			return 0;
		if (two)
			two[n] = g;
		n++;
	}
	return n == 2;
}

/*
 * How many places of group g's own data (gu[g].own_data: "Trust Data",
 * "the Principal's records") stand in a sentence in which group h uses
 * it: "The Operator may process Trust Data only to ...".
 */
static unsigned own_data_used(const struct document *doc, const struct roles *out,
			      const int *groups, const struct role_uses *gu, int g, int h)
{
	size_t s0, s1, last = (size_t)-1;
	unsigned k, n = 0;

	for (k = 0; k < gu[g].nown_data; k++) {
		document_sentence_span(doc, gu[g].own_data[k], &s0, &s1);
		if (s0 == last)
			continue;
		last = s0;
		n += (unsigned)group_uses(doc->text.ptr + s0, s1 - s0, out, groups, h);
	}
	return n;
}

/*
 * Two parties named by words that carry no role ("the Operator" and "the
 * Trust", "the Principal"), each a supplier in one deal and a buyer in
 * another: what the body has each do decides, where it all points one
 * way.  One supplies the work ("shall host the AI Service", "grants ... a
 * licence to use the Platform", "warrants that the System ...", "is in
 * the business of providing AI ..."), the other pays its price, audits
 * the first, wants to procure it, or has its own data ("Trust Data", "the
 * Principal's records") used by the first; neither does what the other
 * does, and there are BODY_MIN_USES such uses at least.  That outweighs
 * the looser counts (role_evidence), which an Australian deed's "the
 * Operator must procure that its subcontractors ..." or "the Trust must
 * operate the AI Service only in accordance with ..." turns round.
 * Where the duties disagree ("the Principal shall provide the Services"
 * too), nothing is decided here: a wrong role is worse than none.
 */
/* Of the pair two[], the index (0 or 1) of the one the duties make the supplier, or -1. */
static int duties_supplier(const struct document *doc, const struct roles *out, const int *groups,
			   const struct role_uses *gu, const int two[2])
{
	unsigned sup[2], buy[2];
	int k;

	for (k = 0; k < 2; k++) {
		sup[k] = gu[two[k]].supplies;
		buy[k] = gu[two[k]].pays;
	}
	for (k = 0; k < 2; k++) {
		int a = two[k], b = two[1 - k];

		/* Whose data is used is read only for a pair the rest does not rule out. */
		if (!sup[k] || buy[k] || sup[1 - k])
			continue;
		buy[1 - k] += own_data_used(doc, out, groups, gu, b, a);
		if (!buy[1 - k] || sup[k] + buy[1 - k] < BODY_MIN_USES ||
		    own_data_used(doc, out, groups, gu, a, b))
			continue;
		return k;
	}
	return -1;
}

static void body_roles(const struct document *doc, struct roles *out, const int *groups,
		       size_t ngroups, const int *agent, const enum party_role *before,
		       const struct role_uses *gu, enum party_role *group_role)
{
	int two[2], k;
	size_t i;

	if (!two_groups_in_role(ngroups, agent, before, ROLE_UNKNOWN, two))
		return;
	if ((k = duties_supplier(doc, out, groups, gu, two)) >= 0) {
		int a = two[k], b = two[1 - k];

		group_role[a] = ROLE_VENDOR;
		group_role[b] = ROLE_CUSTOMER;
		for (i = 0; i < out->nparties; i++)
			if ((groups[i] == a || groups[i] == b) &&
			    out->parties[i].role != group_role[groups[i]]) {
				out->parties[i].role = group_role[groups[i]];
				out->parties[i].why = groups[i] == a ? "supplies the work" :
								       "pays for the work";
			}
	}
}

/*
 * A public body read as the customer only by its noun ("the Authority",
 * "the Council": rules/vocabulary.yaml's customer_noun) may be the one
 * that supplies: a health data authority that hosts a research platform
 * for a company, a council that runs a shared service for another.  Of
 * two parties, the other undecided, the body is the vendor where its
 * plain duties and the other's say so as body_roles reads them, all one
 * way and three at least ("The Authority shall host the AI Service",
 * "Kestrel shall pay the Charges to the Authority").  A buyer's own noun
 * ("the Customer", "the Client") is never turned round so: it names the
 * role, where "Authority" names only what the party is.
 */
static void public_body_supplier(struct roles_finder *rf, const struct document *doc,
				 struct roles *out, const int *groups, size_t ngroups,
				 const int *agent, enum party_role *group_role)
{
	struct role_uses gu[MAX_GROUPS], u;
	int two[2], n = 0, g, body = -1, k;
	size_t i;

	for (g = 0; g < (int)ngroups; g++) {
		if (agent[g])
			continue;
		if (n == 2)
			return;
		two[n++] = g;
	}
	if (n != 2)
		return;
	for (k = 0; k < 2; k++)
		if (group_role[two[k]] == ROLE_CUSTOMER && group_role[two[1 - k]] == ROLE_UNKNOWN)
			body = k;
	if (body < 0)
		return;
	for (i = 0; i < out->nparties; i++)
		if (groups[i] == two[body] && out->parties[i].role != ROLE_UNKNOWN &&
		    !(out->parties[i].role == ROLE_CUSTOMER && out->parties[i].why &&
		      !strcmp(out->parties[i].why, "role noun") &&
		      is_public_body_noun(rf, out->parties[i].alias)))
			return;
	memset(gu, 0, sizeof(gu));
	for (i = 0; i < out->nparties; i++) {
		struct role_uses *to;

		if (groups[i] != two[0] && groups[i] != two[1])
			continue;
		role_evidence(rf, doc, out, groups, i, 0, 1, &u, NULL);
		to = &gu[groups[i]];
		to->supplies += u.supplies;
		to->pays += u.pays;
		for (k = 0; k < (int)u.nown_data && to->nown_data < OWN_DATA_MAX; k++)
			to->own_data[to->nown_data++] = u.own_data[k];
	}
	if (duties_supplier(doc, out, groups, gu, two) != body)
		return;
	give_group_role(out, groups, group_role, two[body], ROLE_VENDOR, "supplies the work");
}

/*
 * Whether, of more than two groups, two only are used as supplier or
 * payer at all: a guarantor, a reseller that is only named, an agent
 * beside them ("Aurelian shall provide ...", "Westmarch shall pay ...",
 * "the Guarantor guarantees ...").  Those two may then be read as two
 * parties are (opposite_uses).
 */
static int only_two_used(size_t ngroups, const int *agent, const struct role_uses *gu)
{
	int g, used = 0;

	for (g = 0; g < (int)ngroups; g++)
		if (!agent[g] && (gu[g].vendor || gu[g].customer || gu[g].vendor3 ||
				  gu[g].customer3))
			used++;
	return ngroups > 2 && used == 2;
}

/*
 * A group that its uses did not decide, counted with its verbs in the
 * third person too ("Synthetica develops and operates ...", "Synthetica
 * shall provide"), takes the role they show where no other party has it,
 * its other uses lean that way as far as a decision asks (only too few
 * of them), and the contract has another party: a lone "Company" that
 * "provides" is no side of a deal, nor a "Policy" that "provides" a
 * benefit, and a party that "shall pay" about as often as it "shall
 * provide" stays undecided however often it "grants".
 */
static void third_person_roles(struct roles *out, const int *groups, size_t ngroups,
			       const int *agent, const struct role_uses *gu,
			       enum party_role *group_role)
{
	int g, h, sides = 0;

	for (g = 0; g < (int)ngroups; g++)
		sides += !agent[g];
	for (g = 0; g < (int)ngroups && sides >= 2; g++) {
		const struct role_uses *u = &gu[g];
		unsigned v = u->vendor + u->vendor3, c = u->customer + u->customer3;
		enum party_role role;

		if (agent[g] || group_role[g] != ROLE_UNKNOWN)
			continue;
		if (u->vendor && u->vendor >= 2 * u->customer && v >= ROLE_MIN_EVIDENCE && v >= 2 * c)
			role = ROLE_VENDOR;
		else if (u->customer && u->customer >= 2 * u->vendor && c >= ROLE_MIN_EVIDENCE &&
			 c >= 2 * v)
			role = ROLE_CUSTOMER;
		else
			continue;
		for (h = 0; h < (int)ngroups; h++)
			if (!agent[h] && group_role[h] == role)
				break;
		if (h < (int)ngroups)
			continue;
		set_group_role(out, groups, group_role, g, role);
	}
}

/* Bytes at the head of a document in which its title is looked for. */
#define TITLE_REACH 400

/*
 * A joint venture, collaboration, co-development or cooperation: the
 * words in the title or opening lines ("JOINT DEVELOPMENT AGREEMENT",
 * "Cooperation Agreement", "Strategic Alliance").
 */
static int titled_as_shared(const struct document *doc)
{
	static const char *const words[] = {
		"joint venture", "joint development", "co-development", "codevelopment",
		"collaboration", "cooperation", "co-operation", "alliance", "partnership",
		"consortium",
	};
	size_t n = doc->text.len < TITLE_REACH ? doc->text.len : TITLE_REACH, i, k, w;
	const char *t = doc->text.ptr;

	for (k = 0; k < ARRAY_SIZE(words); k++) {
		w = strlen(words[k]);
		for (i = 0; i + w <= n; i++)
			if (!strncasecmp(t + i, words[k], w) && (i == 0 || !isalpha((unsigned char)t[i - 1])))
				return 1;
	}
	return 0;
}

/*
 * Two parties to a deal titled as shared (titled_as_shared), one decided
 * as the vendor by its own uses only, the other not decided but showing
 * uses of one who supplies and hardly any of one who pays ("Orrery shall
 * contribute ...", "Tamsin shall develop ..."): both contribute, and
 * nothing makes one the supplier.  A deal where the other pays, "Lowther
 * shall pay Fennick the fees", or funds the work ("ExxonMobil will pay
 * ... upon achievement of the milestones"), keeps its roles, whatever
 * its title.
 */
static int shared_undertaking(const struct document *doc, const struct roles *out,
			      const int *groups, int known, int unknown,
			      const struct role_uses *gu, const enum party_role *group_role)
{
	const struct role_uses *k = &gu[known], *u = &gu[unknown];
	size_t i;

	if (group_role[known] != ROLE_VENDOR || !k->vendor)
		return 0;
	for (i = 0; i < out->nparties; i++)
		if (groups[i] == known && out->parties[i].why &&
		    strcmp(out->parties[i].why, "supplies under the contract"))
			return 0;
	return u->vendor + u->vendor3 >= ROLE_MIN_EVIDENCE &&
	       u->customer + u->customer3 < ROLE_MIN_EVIDENCE &&
	       titled_as_shared(doc);
}

/*
 * "Naked hereby engages Wade for ...", "Fenwick retains Osric as its
 * adviser", "Client shall hire the Consultant to ...": the party that
 * engages, retains or hires another buys its work, whatever else the two
 * do ("Naked's products").  It decides groups not decided before the
 * uses are weighed, where every such use of the document points the same
 * way, except where both were undecided and the uses made the engaged
 * group the customer and the engaging one the vendor: those uses then
 * outweigh the verb.  Never "shall not engage", nor "appoints" (a distributor is
 * appointed by its supplier).  `before`, `role` and `why` are the group
 * roles and the parties' roles and reasons as they stood before the uses
 * were weighed (the engaged groups keep nothing the weighing gave them).
 */
static void engagement_roles(const struct document *doc, struct roles *out, const int *groups,
			     const struct engagement *e, const enum party_role *before,
			     const enum party_role *role, const char *const *why,
			     enum party_role *group_role, struct role_uses *gu)
{
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, i;
	int buyer = e->buyer, seller = e->seller;

	if (e->split || buyer < 0 ||
	    (before[buyer] != ROLE_UNKNOWN && before[buyer] != ROLE_CUSTOMER) ||
	    (before[seller] != ROLE_UNKNOWN && before[seller] != ROLE_VENDOR))
		return;
	if (text_find(t, len, 0, "ngage", 0) == len && text_find(t, len, 0, "etain", 0) == len &&
	    text_find(t, len, 0, "hire", 0) == len)
		return;
	/*
	 * Uses that show each side the other way (the "engaged" party pays,
	 * the "engaging" one supplies) outweigh one verb, which may be misread
	 * ("retains" data, "engages" a third party by a short name).
	 */
	if (before[buyer] == ROLE_UNKNOWN && before[seller] == ROLE_UNKNOWN &&
	    group_role[buyer] == ROLE_VENDOR && group_role[seller] == ROLE_CUSTOMER)
		return;
	for (i = 0; i < out->nparties; i++) {
		struct party *p = &out->parties[i];

		if (groups[i] != buyer && groups[i] != seller)
			continue;
		if (role[i] == ROLE_UNKNOWN) {
			p->role = groups[i] == buyer ? ROLE_CUSTOMER : ROLE_VENDOR;
			p->why = groups[i] == buyer ? "engages the other" : "engaged by the other";
		} else {
			p->role = role[i];
			p->why = why[i];
		}
	}
	group_role[buyer] = ROLE_CUSTOMER;
	group_role[seller] = ROLE_VENDOR;
	memset(&gu[buyer], 0, sizeof(gu[buyer]));
	memset(&gu[seller], 0, sizeof(gu[seller]));
}

/*
 * Whether `a` is the role noun `w`, with or without "the ", any case.
 */
static int alias_is(const char *a, const char *w)
{
	if (!strncasecmp(a, "the ", 4))
		a += 4;
	return !strcasecmp(a, w);
}

/* Whether alias a is one of list[0..n), as alias_is reads it. */
static int alias_in(const char *a, const char *const *list, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (alias_is(a, list[k]))
			return 1;
	return 0;
}

/*
 * Two parties, both read as the vendor: one by a noun only a seller bears
 * ("Vendor", "Supplier", "Licensor", "Contractor"), the other by
 * "Provider", which a health-care provider buying the service bears too
 * ('Lakeshore Community Health, Inc. ("Provider"), and Notewell AI, Inc.
 * ("Vendor")').  Both cannot sell: the provider is the customer.
 */
static void provider_beside_a_seller(struct roles *out, const int *groups, size_t ngroups,
				     const int *agent, const enum party_role *group_role)
{
	static const char *const sellers[] = { "Vendor", "Supplier", "Licensor", "Contractor" };
	int s, side[2], seller[2] = { 0, 0 }, provider[2] = { 0, 0 };
	size_t i;

	if (!two_groups_in_role(ngroups, agent, group_role, ROLE_VENDOR, side))
		return;
	for (i = 0; i < out->nparties; i++) {
		const char *a = out->parties[i].alias;
		int w = groups[i] == side[0] ? 0 : groups[i] == side[1] ? 1 : -1;

		if (w < 0)
			continue;
		if (alias_in(a, sellers, ARRAY_SIZE(sellers)))
			seller[w] = 1;
		else if (alias_is(a, "Provider"))
			provider[w] = 1;
	}
	for (s = 0; s < 2; s++)
		if (provider[s] && !seller[s] && seller[!s] && !provider[!s])
			break;
	if (s == 2)
		return;
	for (i = 0; i < out->nparties; i++)
		if (groups[i] == side[s]) {
			out->parties[i].role = ROLE_CUSTOMER;
			out->parties[i].why = "provider beside a seller";
		}
}

/*
 * Two parties, both read as the vendor by their uses only ("supplies
 * under the contract"): both cannot sell.  The one whose uses show the
 * supplier more strongly, and only it where one of them pays as well
 * ("shall pay"), keeps the role and the other is left undecided
 * (the other party's role follows); as strong on both sides, neither
 * keeps it.
 */
static void two_suppliers_by_uses(struct roles *out, const int *groups, size_t ngroups,
				  const int *agent, const struct role_uses *gu,
				  enum party_role *group_role)
{
	int side[2], k, weaker;
	long score[2];
	size_t i;

	if (!two_groups_in_role(ngroups, agent, group_role, ROLE_VENDOR, side))
		return;
	for (i = 0; i < out->nparties; i++)
		if ((groups[i] == side[0] || groups[i] == side[1]) &&
		    (!out->parties[i].why || strcmp(out->parties[i].why, "supplies under the contract")))
			return;
	for (k = 0; k < 2; k++)
		score[k] = (long)(gu[side[k]].vendor + gu[side[k]].vendor3) -
			   (long)(gu[side[k]].customer + gu[side[k]].customer3);
	/* One that pays as well ("Company shall pay to JHU") is the weaker whatever it supplies. */
	if (!gu[side[0]].customer != !gu[side[1]].customer)
		weaker = gu[side[0]].customer ? 0 : 1;
	else
		weaker = score[0] > score[1] ? 1 : score[1] > score[0] ? 0 : -1;
	for (i = 0; i < out->nparties; i++)
		if (weaker < 0 ? (groups[i] == side[0] || groups[i] == side[1]) :
				 groups[i] == side[weaker]) {
			out->parties[i].role = ROLE_UNKNOWN;
			out->parties[i].why = "both read as the vendor";
		}
	for (k = 0; k < 2; k++)
		if (weaker < 0 || k == weaker)
			group_role[side[k]] = ROLE_UNKNOWN;
}

/*
 * A subcontract: one party defined as "Subcontractor" beside one defined
 * as the contractor that engages it ("Prime", "Prime Contractor",
 * "Contractor", "Main Contractor", "Head Contractor").  The subcontractor
 * sells and the contractor buys, whatever their uses or nouns said; a
 * public body the preamble names as the main contract's customer ("the
 * Government", "the Authority") is a third party here, on neither side.
 * Only whole defined aliases count: "the subcontractor" in a running
 * clause of a services contract names no party.
 */
static void subcontract_roles(struct roles *out, const int *groups, size_t ngroups,
			      const int *agent, enum party_role *group_role)
{
	static const char *const subs[] = { "Subcontractor", "Sub-contractor" };
	static const char *const primes[] = {
		"Prime", "Prime Contractor", "Contractor", "Main Contractor", "Head Contractor",
	};
	int sub = -1, prime = -1, g;
	size_t i;

	for (i = 0; i < out->nparties; i++) {
		const char *a = out->parties[i].alias;

		if (agent[groups[i]])
			continue;
		if (alias_in(a, subs, ARRAY_SIZE(subs))) {
			if (sub >= 0 && sub != groups[i])
				return;
			sub = groups[i];
		} else if (alias_in(a, primes, ARRAY_SIZE(primes))) {
			if (prime >= 0 && prime != groups[i])
				return;
			prime = groups[i];
		}
	}
	if (sub < 0 || prime < 0 || sub == prime)
		return;
	for (g = 0; g < (int)ngroups; g++)
		group_role[g] = g == sub ? ROLE_VENDOR : g == prime ? ROLE_CUSTOMER :
			group_role[g] == ROLE_CUSTOMER ? ROLE_UNKNOWN : group_role[g];
	for (i = 0; i < out->nparties; i++) {
		struct party *p = &out->parties[i];

		if (groups[i] == sub || groups[i] == prime) {
			p->role = group_role[groups[i]];
			p->why = groups[i] == sub ? "the subcontractor" : "engages the subcontractor";
		} else if (p->role == ROLE_CUSTOMER && !agent[groups[i]]) {
			p->role = ROLE_UNKNOWN;
			p->why = "the main contract's customer";
		}
	}
}

/*
 * Whether a party of another group than party i's was the vendor before
 * any uses were read: by its name, a role noun or a field.  Only then is
 * what party i hands over (gives_contribution) the buyer's part; in a
 * joint development where neither is named so, both contribute.
 */
static int vendor_before(const struct roles *out, const int *groups,
			 const enum party_role *before, size_t i)
{
	size_t j;

	for (j = 0; j < out->nparties; j++)
		if (groups[j] != groups[i] && before[groups[j]] == ROLE_VENDOR)
			return 1;
	return 0;
}

/*
 * More than two parties, one decided, and of the rest only one used as a
 * supplier or payer at all, and only the other way: "The Developer shall
 * provide ...", "The Principal must pay the Developer the Fees", "The
 * Operator must keep the records".  That one is the other side of the
 * deal; the rest, named but never buying or supplying (an operator, a
 * guarantor), take no role.  A party used both ways, or two used at all,
 * decide nothing.
 */
static void other_side_among_many(struct roles *out, const int *groups, size_t ngroups,
				  const int *agent, const struct role_uses *gu,
				  enum party_role *group_role, int known)
{
	enum party_role other = group_role[known] == ROLE_VENDOR ? ROLE_CUSTOMER : ROLE_VENDOR;
	int g, one = -1;

	for (g = 0; g < (int)ngroups; g++) {
		unsigned v = gu[g].vendor + gu[g].vendor3, c = gu[g].customer + gu[g].customer3;

		if (agent[g] || group_role[g] != ROLE_UNKNOWN || (!v && !c))
			continue;
		if (one >= 0 || (other == ROLE_CUSTOMER ? v || !gu[g].customer : c || !gu[g].vendor))
			return;
		one = g;
	}
	if (one < 0)
		return;
	set_group_role(out, groups, group_role, one, other);
}

/* What a party that sells another's product on is called: "its authorised reseller". */
static const char *const reseller_nouns[] = {
	"reseller", "re-seller", "distributor", "value-added reseller", "value added reseller",
	"channel partner", "sales partner", "reseller partner", "implementation partner",
};

/*
 * Two undecided parties, one named only as what sells the other's product
 * on ("RESELLER", "the Distributor", "Channel Partner"): that one buys the
 * right to resell and is the customer, the maker the vendor, as with the
 * reseller nouns read beside a role noun.  Its uses would say otherwise
 * where the maker pays it commissions.
 */
static void reseller_of_two(struct roles *out, const int *groups, size_t ngroups,
			    const int *agent, enum party_role *group_role)
{
	int two[2], resells[2] = { 0, 0 };
	size_t i;

	if (!two_groups_in_role(ngroups, agent, group_role, ROLE_UNKNOWN, two))
		return;
	for (i = 0; i < out->nparties; i++) {
		const char *a = out->parties[i].alias;
		size_t n = strlen(a);

		if (n > 4 && !strncasecmp(a, "the ", 4)) {
			a += 4;
			n -= 4;
		}
		if ((groups[i] == two[0] || groups[i] == two[1]) &&
		    word_in(a, n, reseller_nouns, ARRAY_SIZE(reseller_nouns)))
			resells[groups[i] == two[1]] = 1;
	}
	if (resells[0] == resells[1])
		return;
	give_group_role(out, groups, group_role, two[resells[1]], ROLE_CUSTOMER, "resells");
	give_group_role(out, groups, group_role, two[!resells[1]], ROLE_VENDOR, "the other party");
}

/* Words between the article and a reseller noun: "an authorised, non-exclusive reseller". */
static const char *const reseller_qualifiers[] = {
	"authorised", "authorized", "approved", "appointed", "exclusive", "non-exclusive",
	"nonexclusive", "official", "independent", "certified", "accredited", "local",
	"national", "regional", "preferred", "registered",
};

/*
 * A role named together with the reseller's: "as its integrator and
 * reseller", "as its agent or distributor" (not "as its agent and not
 * as a reseller": "not" ends it).
 */
static const char *const reseller_joined[] = {
	"integrator", "systems integrator", "agent", "representative", "and", "or",
};

/* The verbs of selling another's product on: "Partner resells the Services". */
static const char *const resell_verbs[] = {
	"resell", "resells", "re-sell", "re-sells", "distribute", "distributes", "on-sell",
	"on-sells", "onsell", "onsells",
};

/*
 * Whether, after t[k] (the end of a party's alias), words say the party
 * is a reseller: "is its authorised reseller", "is an authorised reseller
 * of the Product", "is appointed as a non-exclusive reseller", "acts as
 * distributor", "shall resell the Services" (`as` set: the words after an
 * alias that another party "appoints", "as its reseller").  "A reseller
 * agreement between PlatformCo and Partner" is no such use, nor "is not a
 * reseller".
 */
static int reseller_after(const char *t, size_t len, size_t k, int as)
{
	/* Longer forms before their prefixes: the first that matches is taken. */
	static const char *const be[] = { "shall act", "will act", "has been", "acts", "act",
					   "serves", "is" };
	static const char *const art[] = { "its", "an", "a", "the", "their", "our" };
	size_t w;
	int i;

	while (k < len && t[k] == ' ')
		k++;
	if (!as) {
		size_t v = skip_aux(t, len, k);

		if (word_at(t, len, v, resell_verbs, ARRAY_SIZE(resell_verbs)))
			return 1;
		for (i = 0; i < (int)ARRAY_SIZE(be); i++) {
			w = strlen(be[i]);
			if (k + w < len && !strncasecmp(t + k, be[i], w) && t[k + w] == ' ')
				break;
		}
		if (i == (int)ARRAY_SIZE(be))
			return 0;
		k += w + 1;
		while (k < len && t[k] == ' ')
			k++;
		/* "is hereby appointed", "has been hereby appointed" */
		if (k + 7 < len && !strncasecmp(t + k, "hereby ", 7))
			k += 7;
		while (k < len && t[k] == ' ')
			k++;
		if (k + 10 < len && !strncasecmp(t + k, "appointed ", 10))
			k += 10;
		while (k < len && t[k] == ' ')
			k++;
	}
	if (k + 3 < len && !strncasecmp(t + k, "as ", 3))
		k += 3;
	else if (as)
		return 0;
	/* Up to an article and four qualifiers, then the noun. */
	for (i = 0; i < 6 && k < len; i++) {
		while (k < len && (t[k] == ' ' || t[k] == ','))
			k++;
		if (word_at(t, len, k, reseller_nouns, ARRAY_SIZE(reseller_nouns)))
			return 1;
		if (!(i == 0 && word_at(t, len, k, art, ARRAY_SIZE(art))) &&
		    !word_at(t, len, k, reseller_qualifiers, ARRAY_SIZE(reseller_qualifiers)) &&
		    !word_at(t, len, k, reseller_joined, ARRAY_SIZE(reseller_joined)))
			return 0;
		while (k < len && (isalpha((unsigned char)t[k]) || t[k] == '-'))
			k++;
	}
	return 0;
}

/*
 * The group of the party whose alias ends at t[b], spaces before it: who
 * "appoints" a reseller.  -1 where none does.
 */
static int party_ending_at(const struct roles *out, const int *groups, const char *t, size_t b)
{
	size_t i;

	while (b > 0 && t[b - 1] == ' ')
		b--;
	for (i = 0; i < out->nparties; i++) {
		size_t n = strlen(out->parties[i].alias);

		if (n <= b && !memcmp(t + b - n, out->parties[i].alias, n) &&
		    (b == n || !isalnum((unsigned char)t[b - n - 1])))
			return groups[i];
	}
	return -1;
}

/*
 * Whether a use of party i's alias says it sells another's product on
 * (reseller_after), or another party "appoints" it "as its reseller";
 * *appointer is then that party's group, where the text names it.
 */
static int resold_by(const struct document *doc, const struct roles *out, const int *groups,
		     size_t i, int *appointer)
{
	const char *t = doc->text.ptr, *a = out->parties[i].alias;
	size_t len = doc->text.len, n = strlen(a), from = 0, k;

	while ((k = text_find(t, len, from, a, 0)) < len) {
		size_t b = k, v;

		from = k + 1;
		if ((k > 0 && isalnum((unsigned char)t[k - 1])) ||
		    (k + n < len && isalnum((unsigned char)t[k + n])))
			continue;
		if (reseller_after(t, len, k + n, 0))
			return 1;
		/* "PlatformCo (hereby) appoints (the) Partner as its non-exclusive reseller" */
		if (b >= 4 && !strncasecmp(t + b - 4, "the ", 4))
			b -= 4;
		if (b >= 9 && !strncasecmp(t + b - 9, "appoints ", 9))
			v = b - 9;
		/* "the Technology Provider has appointed the Local Partner as its ... reseller" */
		else if (b >= 10 && !strncasecmp(t + b - 10, "appointed ", 10))
			v = b - 10;
		else if (b >= 8 && !strncasecmp(t + b - 8, "appoint ", 8))
			v = b - 8;
		else
			continue;
		if (!reseller_after(t, len, k + n, 1))
			continue;
		while (v > 0 && t[v - 1] == ' ')
			v--;
		if (v >= 6 && !strncasecmp(t + v - 6, "hereby", 6))
			v -= 6;
		*appointer = party_ending_at(out, groups, t, v);
		return 1;
	}
	return 0;
}

/* The index of the party whose alias stands whole at t[k] (the longest), or -1. */
static int alias_at(const struct roles *out, const char *t, size_t len, size_t k)
{
	size_t i, best = 0;
	int at = -1;

	for (i = 0; i < out->nparties; i++) {
		size_t n = strlen(out->parties[i].alias);

		if (n > best && k + n <= len && !memcmp(t + k, out->parties[i].alias, n) &&
		    (k + n == len || !isalnum((unsigned char)t[k + n]))) {
			best = n;
			at = (int)i;
		}
	}
	return at;
}

/* Skips blanks, quote marks (straight or curly) and one "the " from t[k]. */
static size_t skip_quotes_the(const char *t, size_t len, size_t k)
{
	for (;;) {
		if (k < len && (t[k] == ' ' || t[k] == '"' || t[k] == ','))
			k++;
		else if (k + 3 <= len && (unsigned char)t[k] == 0xE2 && (unsigned char)t[k + 1] == 0x80 &&
			 ((unsigned char)t[k + 2] == 0x9C || (unsigned char)t[k + 2] == 0x9D))
			k += 3;
		else if (k + 4 <= len && !strncmp(t + k, "the ", 4))
			k += 4;
		else
			return k;
	}
}

/*
 * A name the contract gives two of its parties together as the suppliers:
 * "A reference to the Vendor Parties is a reference to PlatformCo and
 * Partner", '"Supplier Parties" means Acme and Beta'.  The two groups in
 * *a and *b; 0 where none.
 */
static int vendor_pair(const struct document *doc, const struct roles *out, const int *groups,
		       const int *agent, int *a, int *b)
{
	static const char *const names[] = {
		"Vendor Parties", "Supplier Parties", "Provider Parties", "Contractor Parties",
		"Vendor Group", "Supplier Group",
	};
	static const char *const verbs[] = {
		"is a reference to ", "are a reference to ", "are references to ", "means ", "mean ",
		"refers to ", "refer to ", "shall mean ", "are ",
	};
	/* "is a reference to each of Orrin and Tamsin", "means both Orrin and Tamsin" */
	static const char *const each[] = { "each of ", "both of ", "both " };
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, n, from, k, v;
	int pa, pb;

	for (n = 0; n < ARRAY_SIZE(names); n++)
		/* Keyed on the capital of "Parties" or "Group": rare, where "e" is not. */
		for (from = 0; (k = text_find(t, len, from, names[n], strchr(names[n], ' ') + 1 -
					      names[n])) < len; from = k + 1) {
			k = skip_quotes_the(t, len, k + strlen(names[n]));
			for (v = 0; v < ARRAY_SIZE(verbs); v++)
				if (!strncmp(t + k, verbs[v], strlen(verbs[v])) && k + strlen(verbs[v]) <= len)
					break;
			if (v == ARRAY_SIZE(verbs))
				continue;
			k = skip_quotes_the(t, len, k + strlen(verbs[v]));
			for (v = 0; v < ARRAY_SIZE(each); v++)
				if (k + strlen(each[v]) <= len && !strncmp(t + k, each[v], strlen(each[v]))) {
					k = skip_quotes_the(t, len, k + strlen(each[v]));
					break;
				}
			if ((pa = alias_at(out, t, len, k)) < 0)
				continue;
			k = skip_quotes_the(t, len, k + strlen(out->parties[pa].alias));
			if (k + 4 > len || strncmp(t + k, "and ", 4))
				continue;
			k = skip_quotes_the(t, len, k + 4);
			if ((pb = alias_at(out, t, len, k)) < 0 || groups[pa] == groups[pb] ||
			    agent[groups[pa]] || agent[groups[pb]])
				continue;
			*a = groups[pa];
			*b = groups[pb];
			return 1;
		}
	return 0;
}

/* Bytes of a sentence read after a party's verb for the other party, at most. */
#define LINK_REACH 200

/*
 * Whether, in the sentence from t[k], an alias of group `g` is the one
 * paid or given to: right after the verb ("pay Partner the Fees"), or
 * after "to" ("pays the Fees ... to Partner", "resell the Software to
 * Customer").
 */
static int object_in_sentence(const struct roles *out, const int *groups, int g, const char *t,
			      size_t len, size_t verb_end, size_t k)
{
	size_t e = k + LINK_REACH < len ? k + LINK_REACH : len, i;
	int p;

	for (i = k; i < e && t[i] != '\n' && t[i] != ';' &&
		    !(t[i] == '.' && (i + 1 == e || t[i + 1] == ' ' || t[i + 1] == '\n')); i++) {
		size_t b = i;

		if (i > k && isalnum((unsigned char)t[i - 1]))
			continue;
		if ((p = alias_at(out, t, len, i)) < 0 || groups[p] != g)
			continue;
		if (b >= 4 && !strncmp(t + b - 4, "the ", 4))
			b -= 4;
		while (b > k && t[b - 1] == ' ')
			b--;
		if (b == verb_end || (b >= 3 && !strncmp(t + b - 3, " to", 3)))
			return 1;
	}
	return 0;
}

/*
 * Whether the buyer's group `e` pays the reseller's group `r` ("The
 * Operator pays the Fees to Partner", "Customer shall pay Reseller the
 * Fees"), or the reseller sells to it ("Reseller shall resell the
 * Software to Customer"): the two deal with each other.  A guarantor that
 * "shall pay any amount the Distributor fails to pay" does not.
 */
static int deals_with(const struct document *doc, const struct roles *out, const int *groups,
		      int e, int r)
{
	static const char *const pays[] = { "pay", "pays", "shall pay", "will pay", "must pay" };
	static const char *const sells[] = {
		"resell", "resells", "sell", "sells", "supply", "supplies", "provide", "provides",
		"deliver", "delivers", "license", "licenses", "sublicense", "sublicenses",
	};
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, i, from, k;

	for (i = 0; i < out->nparties; i++) {
		const char *a = out->parties[i].alias;
		size_t n = strlen(a);
		int mine = groups[i] == e;

		if (groups[i] != e && groups[i] != r)
			continue;
		for (from = 0; (k = text_find(t, len, from, a, 0)) < len; from = k + 1) {
			size_t v, w;

			if ((k > 0 && isalnum((unsigned char)t[k - 1])) ||
			    (k + n < len && isalnum((unsigned char)t[k + n])))
				continue;
			v = skip_aux(t, len, k + n);
			if (!word_at(t, len, v, mine ? pays : sells,
				     mine ? ARRAY_SIZE(pays) : ARRAY_SIZE(sells)))
				continue;
			for (w = v; w < len && isalpha((unsigned char)t[w]); w++)
				;
			if (object_in_sentence(out, groups, mine ? r : e, t, len, w, w))
				return 1;
		}
	}
	return 0;
}

/*
 * Three parties or more: a platform's maker, a reseller who sells it on,
 * and the end customer ("PlatformCo operates a speech analytics platform
 * ...; Partner is its authorised reseller", "The Operator pays the Fees
 * ... to Partner").  From the end customer's side both the maker and the
 * reseller supply it: the reseller is a vendor too, and the one other
 * party that pays or buys, or was already read as the customer, is the
 * customer.  Needs exactly one reseller, decided by its uses only (an
 * alias like "Distributor" read as a role before stays), one other vendor,
 * and one such buyer besides that pays the reseller or that the reseller
 * sells to (deals_with): in a two-party distribution agreement, or a
 * supplier, distributor and guarantor, the distributor buys, and nothing
 * changes.  Two parties the contract names together as the suppliers ("the
 * Vendor Parties is a reference to PlatformCo and Partner") are vendors
 * as the maker and its reseller are, unless either was read as a buyer
 * before its uses were weighed.
 */
static void reseller_chain(const struct document *doc, struct roles *out, const int *groups,
			   size_t ngroups, const int *agent, const struct role_uses *gu,
			   const enum party_role *before, enum party_role *group_role)
{
	int g, r = -1, buyer = -1, vendors = 0, sides = 0, appointer = -1, paired = 0;
	size_t i;

	for (g = 0; g < (int)ngroups; g++)
		sides += !agent[g];
	if (sides < 3)
		return;
	for (i = 0; i < out->nparties; i++) {
		g = groups[i];
		if (agent[g] || g == r || !resold_by(doc, out, groups, i, &appointer))
			continue;
		if (r >= 0)
			return;
		r = g;
	}
	if (r < 0 && vendor_pair(doc, out, groups, agent, &r, &appointer)) {
		/* Named together as the vendors: neither was read as a buyer before. */
		if (before[r] == ROLE_CUSTOMER || before[appointer] == ROLE_CUSTOMER)
			return;
		paired = 1;
	} else if (r < 0 || before[r] != ROLE_UNKNOWN) {
		return;
	}
	/* Who appoints the reseller supplies what it sells, unless something else decided it. */
	if (!paired && (appointer == r || (appointer >= 0 && (agent[appointer] ||
							      group_role[appointer] == ROLE_CUSTOMER))))
		appointer = -1;
	for (g = 0; g < (int)ngroups; g++) {
		unsigned v = gu[g].vendor + gu[g].vendor3, c = gu[g].customer + gu[g].customer3;

		if (agent[g] || g == r)
			continue;
		if (group_role[g] == ROLE_VENDOR || g == appointer) {
			vendors++;
		} else if (group_role[g] == ROLE_CUSTOMER || (c && c > v)) {
			if (buyer >= 0)
				return;
			buyer = g;
		}
	}
	if (!vendors || buyer < 0 || (!paired && !deals_with(doc, out, groups, buyer, r)))
		return;
	for (i = 0; i < out->nparties; i++) {
		struct party *p = &out->parties[i];

		if (groups[i] == r && p->role != ROLE_VENDOR) {
			p->role = ROLE_VENDOR;
			p->why = paired ? "one of the vendor parties" : "resells to the customer";
		} else if (groups[i] == buyer && p->role != ROLE_CUSTOMER) {
			p->role = ROLE_CUSTOMER;
			p->why = paired ? "buys from the vendor parties" : "buys from the reseller";
		} else if (groups[i] == appointer && p->role != ROLE_VENDOR) {
			p->role = ROLE_VENDOR;
			p->why = paired ? "one of the vendor parties" : "appoints the reseller";
		}
	}
	if (appointer >= 0)
		group_role[appointer] = ROLE_VENDOR;
	group_role[r] = ROLE_VENDOR;
	group_role[buyer] = ROLE_CUSTOMER;
}

/*
 * A deal of three or more parties names the suppliers together:
 * 'The Integrator and the Model Owner are together the "Supplier
 * Parties"'.  Each party the sentence names takes the role of the
 * collective name's role noun, and where that leaves one group without a
 * role and none with the other, that group is the other side: the
 * insurer the two supply.  Read in the preamble only, "are together",
 * "are collectively" or "are jointly", then a quoted name.
 */
static void collective_roles(struct roles_finder *rf, const struct document *doc,
			     struct roles *out, const int *groups, size_t ngroups)
{
	static const char *const joins[] = { " are together ", " are collectively ",
					     " are jointly " };
	const char *t = doc->text.ptr;
	size_t end = doc->text.len < PREAMBLE_MAX ? doc->text.len : PREAMBLE_MAX;
	size_t k;

	for (k = 0; k < ARRAY_SIZE(joins); k++) {
		/* Found by the byte after "are ", rarer than its space. */
		size_t are = text_find(t, end, 0, joins[k], 5), q, qe, s, i, w, we, named = 0;
		enum party_role role = ROLE_UNKNOWN, other;
		int in[MAX_PARTIES] = { 0 }, lone = -1;

		if (are >= end)
			continue;
		/* The quoted name, within a few words: "(referred to as) the "Supplier Parties"". */
		for (q = are + strlen(joins[k]); q < end && q < are + 60 && t[q] != '"' && t[q] != '\n'; q++)
			;
		if (q >= end || t[q] != '"')
			continue;
		for (qe = q + 1; qe < end && qe < q + 40 && t[qe] != '"'; qe++)
			;
		if (qe >= end || t[qe] != '"')
			continue;
		/* Its role noun: any word of it ("Supplier" of "Supplier Parties"). */
		for (w = q + 1; w < qe && role == ROLE_UNKNOWN; w = we + 1) {
			for (we = w; we < qe && t[we] != ' '; we++)
				;
			role = noun_role(rf, t + w, we - w);
		}
		if (role == ROLE_UNKNOWN)
			continue;
		/* The names before "are", back to the sentence's start. */
		for (s = are; s > 0 && t[s - 1] != '.' && t[s - 1] != '\n' && t[s - 1] != ';'; s--)
			;
		for (i = 0; i < out->nparties; i++) {
			const char *a = out->parties[i].alias;
			size_t n = strlen(a), at;

			for (at = s; at + n <= are; at++)
				if (!memcmp(t + at, a, n) && (at == s || !isalnum((unsigned char)t[at - 1])) &&
				    !isalnum((unsigned char)t[at + n]))
					break;
			if (at + n > are)
				continue;
			in[i] = 1;
			named++;
		}
		if (named < 2)
			continue;
		other = role == ROLE_VENDOR ? ROLE_CUSTOMER : ROLE_VENDOR;
		for (i = 0; i < out->nparties; i++) {
			size_t j;

			if (in[i]) {
				if (out->parties[i].role == ROLE_UNKNOWN) {
					out->parties[i].role = role;
					out->parties[i].why = "named in a collective role noun";
				}
				continue;
			}
			if (out->parties[i].role == other)
				return;
			for (j = 0; j < out->nparties && !(in[j] && groups[j] == groups[i]); j++)
				;
			if (j < out->nparties)
				continue;
			if (lone >= 0 && lone != groups[i])
				return;
			lone = groups[i];
		}
		if (lone < 0 || (size_t)lone >= ngroups)
			return;
		for (i = 0; i < out->nparties; i++)
			if (groups[i] == lone && out->parties[i].role == ROLE_UNKNOWN) {
				out->parties[i].role = other;
				out->parties[i].why = "the one the collective role serves";
			}
		return;
	}
}

/*
 * The nouns of a party that pays for work done for another: a grant's
 * funder.  "Sponsor" too, but only where the deal is a grant's: a
 * sponsorship's sponsor buys the advertising itself.
 */
static const char *const funder_nouns[] = {
	"funder", "donor", "grantor", "grant-maker", "grantmaker", "grant maker",
	"funding body", "funding partner", "funding agency",
};

/*
 * Words of a grant that funds work done for another, each with the index
 * of its rarest byte for text_find (a sponsorship is read whole for them).
 */
static const struct {
	const char *text;
	size_t key;
} funding_words[] = {
	{ "awarded a grant", 1 }, { "Grant Period", 0 }, { "Grant Agreement", 0 },
	{ "grant-funded", 5 }, { "GRANT-FUNDED", 5 }, { "grant funding", 6 },
};

/*
 * How often the work is done for the party whose alias is a: "for the
 * Society", "to the Society", "for Society".  Counted to two at most.
 */
static unsigned served(const char *t, size_t len, const char *a)
{
	static const char *const preps[] = { "for the ", "to the ", "for ", "to " };
	const char *p = t, *end = t + len;
	size_t n, k;
	unsigned c = 0;

	if (!strncasecmp(a, "the ", 4))
		a += 4;
	n = strlen(a);
	while (n && c < 2 && (size_t)(end - p) >= n &&
	       (p = memchr(p, a[0], (size_t)(end - p) - n + 1))) {
		size_t at = (size_t)(p - t);

		p++;
		if (memcmp(t + at, a, n) ||
		    (at + n < len && (isalnum((unsigned char)t[at + n]) || t[at + n] == '-')))
			continue;
		for (k = 0; k < ARRAY_SIZE(preps); k++) {
			size_t pl = strlen(preps[k]);

			if (at >= pl && !strncasecmp(t + at - pl, preps[k], pl) &&
			    (at == pl || !isalpha((unsigned char)t[at - pl - 1]))) {
				c++;
				break;
			}
		}
	}
	return c;
}

/*
 * Three parties: one that funds the work ("the Funder", "the Donor", "the
 * Grantor"), read as the customer because it pays, a vendor, and one the
 * vendor works for ("for the Society", "deliver to the Society") whose
 * role nothing decided, and that supplies once at most (a licence to the
 * funder of the project's reports).  The customer is the one served, who
 * receives and uses the work and owns its data, not the one that pays:
 * it takes the role, and the funder none.
 */
static void funded_beneficiary(const struct document *doc, struct roles *out, const int *groups,
			       size_t ngroups, const int *agent, const struct role_uses *gu,
			       enum party_role *group_role)
{
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, i, k;
	int g, funder = -1, vendor = -1, other = -1, n = 0, sponsor = 0;

	for (i = 0; i < out->nparties; i++) {
		const char *a = out->parties[i].alias;

		if (group_role[groups[i]] != ROLE_CUSTOMER)
			continue;
		if (alias_in(a, funder_nouns, ARRAY_SIZE(funder_nouns)))
			funder = groups[i];
		else if (alias_is(a, "sponsor"))
			sponsor = 1, funder = groups[i];
	}
	if (funder < 0)
		return;
	for (g = 0; g < (int)ngroups; g++) {
		if (agent[g])
			continue;
		n++;
		if (group_role[g] == ROLE_VENDOR)
			vendor = vendor < 0 ? g : -2;
		else if (group_role[g] == ROLE_UNKNOWN)
			other = other < 0 ? g : -2;
	}
	if (n != 3 || vendor < 0 || other < 0 || gu[other].vendor + gu[other].vendor3 > 1)
		return;
	for (k = 0; sponsor && k < ARRAY_SIZE(funding_words); k++)
		if (text_find(t, len, 0, funding_words[k].text, funding_words[k].key) < len)
			sponsor = 0;
	if (sponsor)
		return;
	for (i = 0; i < out->nparties; i++)
		if (groups[i] == other && served(t, len, out->parties[i].alias) >= 2)
			break;
	if (i == out->nparties)
		return;
	give_group_role(out, groups, group_role, other, ROLE_CUSTOMER, "the work is for it");
	give_group_role(out, groups, group_role, funder, ROLE_UNKNOWN, "funds the work");
}

static void decide_roles(struct roles_finder *rf, const struct document *doc, struct roles *out,
			 const int *groups, size_t ngroups)
{
	enum party_role group_role[MAX_GROUPS] = { ROLE_UNKNOWN };
	int agent[MAX_GROUPS] = { 0 }, between[MAX_GROUPS] = { 0 };
	struct role_uses gu[MAX_GROUPS];
	enum party_role before[MAX_GROUPS], role[MAX_PARTIES];
	const char *why[MAX_PARTIES];
	struct engagement e = { -1, -1, 0 };
	size_t i;
	unsigned k;
	int engaging, duties, g, known = -1, unknown = -1, nknown = 0, nunknown = 0, nagents, nbetween;

	memset(gu, 0, sizeof(gu));
	nagents = escrow_roles(doc, out, groups, agent);
	data_licence_roles(rf, doc, out, groups, ngroups);
	company_named_as_body(rf, doc, out, groups);
	collective_roles(rf, doc, out, groups, ngroups);
	/* A group takes the role of any alias in it; evidence for the rest. */
	for (i = 0; i < out->nparties; i++)
		if (out->parties[i].role != ROLE_UNKNOWN)
			group_role[groups[i]] = out->parties[i].role;
	contracting_pair(out, groups, group_role);
	field_roles(rf, doc, out, groups, agent, group_role);
	public_body_supplier(rf, doc, out, groups, ngroups, agent, group_role);
	reseller_of_two(out, groups, ngroups, agent, group_role);
	/* Who engages whom is read with the uses, nothing where all is decided. */
	for (i = 0; i < out->nparties && group_role[groups[i]] != ROLE_UNKNOWN; i++)
		;
	engaging = i < out->nparties;
	memcpy(before, group_role, sizeof(before));
	duties = two_groups_in_role(ngroups, agent, before, ROLE_UNKNOWN, NULL);
	for (i = 0; i < out->nparties; i++) {
		role[i] = out->parties[i].role;
		why[i] = out->parties[i].why;
	}
	for (i = 0; i < out->nparties; i++) {
		struct party *p = &out->parties[i];
		struct role_uses u;
		unsigned v, c;

		if (agent[groups[i]] || group_role[groups[i]] != ROLE_UNKNOWN)
			if (engaging)
				engagement_uses(rf, doc, out, groups, i, &e);
		if (agent[groups[i]])
			continue;
		if (group_role[groups[i]] != ROLE_UNKNOWN) {
			if (p->role == ROLE_UNKNOWN) {
				p->role = group_role[groups[i]];
				p->why = "defined beside a role noun";
			}
			continue;
		}
		role_evidence(rf, doc, out, groups, i, vendor_before(out, groups, before, i), duties, &u,
			      engaging ? &e : NULL);
		v = u.vendor;
		c = u.customer;
		gu[groups[i]].vendor += v;
		gu[groups[i]].customer += c;
		gu[groups[i]].vendor3 += u.vendor3;
		gu[groups[i]].customer3 += u.customer3;
		gu[groups[i]].grants += u.grants;
		gu[groups[i]].grants_data += u.grants_data;
		for (k = 0; k < u.ndata_named && gu[groups[i]].ndata_named < DATA_NAMED_MAX; k++)
			gu[groups[i]].data_named[gu[groups[i]].ndata_named++] = u.data_named[k];
		gu[groups[i]].supplies += u.supplies;
		gu[groups[i]].pays += u.pays;
		for (k = 0; k < u.nown_data && gu[groups[i]].nown_data < OWN_DATA_MAX; k++)
			gu[groups[i]].own_data[gu[groups[i]].nown_data++] = u.own_data[k];
		if (v >= ROLE_MIN_EVIDENCE && v >= 2 * c) {
			group_role[groups[i]] = ROLE_VENDOR;
			p->why = "supplies under the contract";
		} else if (c >= ROLE_MIN_EVIDENCE && c >= 2 * v) {
			group_role[groups[i]] = ROLE_CUSTOMER;
			p->why = "pays under the contract";
		}
		p->role = group_role[groups[i]];
	}
	/*
	 * '(hereinafter "the System Integrator" or "SI")': the uses of one
	 * alias decide the group, and an alias read before them takes its role.
	 */
	for (i = 0; i < out->nparties; i++) {
		size_t j;

		if (out->parties[i].role != ROLE_UNKNOWN || agent[groups[i]] ||
		    group_role[groups[i]] == ROLE_UNKNOWN)
			continue;
		for (j = 0; j < out->nparties; j++)
			if (groups[j] == groups[i] && out->parties[j].role == group_role[groups[i]])
				break;
		if (j == out->nparties)
			continue;
		out->parties[i].role = group_role[groups[i]];
		out->parties[i].why = out->parties[j].why;
	}
	data_giver_roles(doc, out, groups, ngroups, before, gu, group_role);
	body_roles(doc, out, groups, ngroups, agent, before, gu, group_role);
	if (engaging)
		engagement_roles(doc, out, groups, &e, before, role, why, group_role, gu);
	/*
	 * Two parties, one known: the other has the other role.  Not a
	 * company first named inside a numbered clause when the known party
	 * was named before one: "the Company's parent company, Bicycle
	 * Therapeutics plc (\"BTL\")" is a third party the clause mentions.
	 */
	/*
	 * More than two: where two of them are the ones "between" names, the
	 * rest are third parties the contract mentions.
	 */
	for (g = 0, nbetween = 0; g < (int)ngroups; g++)
		if (!agent[g] && (between[g] = group_named_between(doc, out, groups, g)))
			nbetween++;
	if (ngroups - (size_t)nagents > 2 && nbetween == 2)
		for (g = 0; g < (int)ngroups; g++)
			if (!agent[g] && !between[g]) {
				agent[g] = 1;   /* like an escrow agent: on neither side */
				nagents++;
			}
	third_person_roles(out, groups, ngroups, agent, gu, group_role);
	two_suppliers_by_uses(out, groups, ngroups, agent, gu, group_role);
	for (g = 0; g < (int)ngroups; g++) {
		if (agent[g])
			continue;
		if (group_role[g] != ROLE_UNKNOWN) {
			known = g;
			nknown++;
		} else {
			unknown = g;
			nunknown++;
		}
	}
	/*
	 * Two parties, neither decided, whose few uses point opposite ways
	 * and nowhere else: "Lumen shall provide ..." and "Castle Rock shall
	 * pay ...", once each, in a short contract.
	 */
	if ((ngroups - (size_t)nagents == 2 && nunknown == 2) ||
	    (nknown == 0 && only_two_used(ngroups, agent, gu)))
		opposite_uses(out, groups, agent, gu, group_role, &known, &nknown, &nunknown);
	if (ngroups - (size_t)nagents == 2 && nunknown == 2 && doc->text.len <= SHORT_CONTRACT)
		one_sided_uses(out, groups, agent, gu, group_role, &known, &nknown, &nunknown);
	if (ngroups - (size_t)nagents == 2 && nunknown == 2)
		present_tense_pair(out, groups, agent, gu, group_role, &known, &unknown, &nknown,
				   &nunknown);
	if (ngroups - (size_t)nagents == 2 && nknown == 1 && nunknown == 1 &&
	    shared_undertaking(doc, out, groups, known, unknown, gu, group_role)) {
		/* Neither is the supplier: rules read neither as the vendor. */
		for (i = 0; i < out->nparties; i++)
			if (groups[i] == known) {
				out->parties[i].role = ROLE_UNKNOWN;
				out->parties[i].why = "both contribute";
			}
		group_role[known] = ROLE_UNKNOWN;
		nknown = 0;
		nunknown = 2;
	}
	if (ngroups - (size_t)nagents == 2 && nknown == 1 && nunknown == 1 &&
	    !(group_in_clause(doc, out, groups, unknown) && !group_in_clause(doc, out, groups, known))) {
		enum party_role other = group_role[known] == ROLE_VENDOR ? ROLE_CUSTOMER : ROLE_VENDOR;

		for (i = 0; i < out->nparties; i++)
			if (groups[i] == unknown) {
				out->parties[i].role = other;
				out->parties[i].why = "the other party";
			}
	}
	if (ngroups - (size_t)nagents > 2 && nknown == 1)
		other_side_among_many(out, groups, ngroups, agent, gu, group_role, known);
	reseller_chain(doc, out, groups, ngroups, agent, gu, before, group_role);
	supplier_named_as_body(rf, out, groups, ngroups, group_role);
	provider_beside_a_seller(out, groups, ngroups, agent, group_role);
	subcontract_roles(out, groups, ngroups, agent, group_role);
	funded_beneficiary(doc, out, groups, ngroups, agent, gu, group_role);
}

/*
 * Words that open company names and are ordinary words too, in lower case:
 * "General", "American" or "First" alone is not the party.  Taken from the
 * first words of real company names.
 */
static const char *const name_openers[] = {
	"the", "general", "american", "national", "international", "united", "global",
	"first", "new", "digital", "data", "universal", "advanced", "applied", "integrated",
	"standard", "western", "eastern", "northern", "southern", "north", "south", "east",
	"west", "pacific", "atlantic", "central", "royal", "federal", "continental",
	"consolidated", "allied", "associated", "premier", "superior", "public", "great",
	"golden", "blue", "green", "red", "black", "white", "silver", "smart", "open",
	"cloud", "bank", "capital", "trust", "security", "mutual", "home", "health",
	"medical", "energy", "power", "software", "systems", "technology", "technologies",
	"tech", "network", "information", "business", "enterprise", "commercial",
	"industrial", "financial", "insurance", "investment", "media", "communications",
	"service", "services", "solutions", "products", "professional", "quality",
	"creative", "strategic", "total", "prime", "star", "sun", "european", "euro",
	"asia", "asian", "china", "chinese", "japan", "canadian", "british", "texas",
	"california", "delaware", "york", "city", "state", "county", "union",
	"mission", "modern", "future", "world", "one", "all", "best", "big", "old",
	"third", "second", "party", "parties", "company", "group", "holdings", "partners",
	"ai", "inc", "llc", "ltd", "corp", "limited",
};

/* Verbs that follow a party acting under the contract, in the third person. */
static const char *const party_verbs[] = {
	"represents", "warrants", "agrees", "acknowledges", "undertakes", "reserves",
	"retains", "grants", "provides", "licenses", "owns", "uses", "processes",
	"shall", "will", "may", "must", "hereby", "is responsible",
};

/*
 * Whether the contract defines `word` as a term: in quotes, then "means",
 * "shall mean" or "refers to".
 */
static int defined_as_term(const char *t, size_t len, const char *word)
{
	size_t n = strlen(word), at = 0, i, q, e;

	while ((i = text_find(t, len, at, word, 0)) < len) {
		at = i + 1;
		if (!((i >= 1 && quote_at(t, len, i - 1, 1, &q) != QUOTE_NONE && q == 1) ||
		      (i >= 3 && quote_at(t, len, i - 3, 1, &q) != QUOTE_NONE && q == 3)))
			continue;
		if (quote_at(t, len, i + n, 0, &q) == QUOTE_NONE)
			continue;
		for (e = i + n + q; e < len && (t[e] == ' ' || t[e] == ','); e++)
			;
		if ((e + 5 <= len && !strncmp(t + e, "means", 5)) ||
		    (e + 10 <= len && !strncmp(t + e, "shall mean", 10)) ||
		    (e + 9 <= len && !strncmp(t + e, "refers to", 9)))
			return 1;
	}
	return 0;
}

/*
 * Whether the document uses `w` (n bytes) as a party: once at least, alone,
 * before a verb of the parties ("Acme shall", "Acme represents") or as an
 * owner ("Acme's"); and never as a lower-case word ("apple", "mistral"), a
 * sign it is an ordinary word here.
 */
static int used_as_party(const struct document *doc, const char *w, size_t n)
{
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, i = 0;
	int acts = 0;

	while (i + n <= len) {
		const char *hit = memchr(t + i, w[0], len - i - n + 1);
		const char *lower = memchr(t + i, tolower((unsigned char)w[0]), len - i - n + 1);
		size_t at;

		if (!hit || (lower && lower < hit))
			hit = lower;
		if (!hit)
			break;
		at = (size_t)(hit - t);
		i = at + 1;
		if (strncmp(t + at + 1, w + 1, n - 1) != 0 || !short_name_at(t, len, at, n))
			continue;
		if (t[at] != w[0])
			return 0;
		if (at + n + 2 <= len && t[at + n] == '\'' && t[at + n + 1] == 's')
			acts = 1;
		else if (word_at(t, len, at + n + (at + n < len && t[at + n] == ' '),
				 party_verbs, ARRAY_SIZE(party_verbs)))
			acts = 1;
	}
	return acts;
}

/*
 * "Mistral AI" becomes "Mistral" a page later, "Acme Corp." becomes "Acme":
 * the first word of a company's name, for a party whose role is known.
 * Not a role noun ("Service Provider"), not an ordinary opener ("General
 * Widgets"), not shared with another party's name ("Acme US", "Acme
 * Ireland"), and used as a party somewhere in the document.
 */
static void add_short_names(struct roles_finder *rf, const struct document *doc,
			    struct roles *out)
{
	size_t i, j, k, nparties = out->nparties;
	char word[64];

	for (i = 0; i < nparties; i++) {
		const char *a = out->parties[i].alias;
		enum party_role role = out->parties[i].role;
		size_t n = 0;
		struct party *p;

		if (role == ROLE_UNKNOWN || out->parties[i].short_name ||
		    noun_role(rf, a, strlen(a)) != ROLE_UNKNOWN)
			continue;
		while (isalpha((unsigned char)a[n]))
			n++;
		if (n < 3 || n >= sizeof(word) || a[n] != ' ' || !isupper((unsigned char)a[0]) ||
		    word_at(a, n, 0, name_openers, ARRAY_SIZE(name_openers)) ||
		    noun_role(rf, a, n) != ROLE_UNKNOWN)
			continue;
		for (j = 0; j < out->nparties; j++)
			if (j != i && strncmp(out->parties[j].alias, a, n) == 0 &&
			    !isalnum((unsigned char)out->parties[j].alias[n]) &&
			    (out->parties[j].role != role || !out->parties[j].alias[n]))
				break;
		if (j < out->nparties)
			continue;
		/*
		 * A word the definitions define is that term, not the party:
		 * '"System" means the chatbot ...' beside "the System
		 * Integrator".  An alias in a parenthesis may still be the
		 * party's ('together referred to as "Roche"').
		 */
		memcpy(word, a, n);
		word[n] = '\0';
		if (defined_as_term(doc->text.ptr, doc->text.len, word))
			continue;
		/*
		 * A name in capitals, as a signature block or a cover page
		 * writes it ("LUMENFOLD ANALYTICS, INC."), is used in the body
		 * with its capital only ("Lumenfold shall provide").
		 */
		memcpy(word, a, n);
		word[n] = '\0';
		for (k = 0; k < n && isupper((unsigned char)a[k]); k++)
			;
		if (k == n)
			for (k = 1; k < n; k++)
				word[k] = (char)tolower((unsigned char)a[k]);
		/* Both, where the body writes it both ways. */
		if (memcmp(word, a, n) && used_as_party(doc, word, n) &&
		    (p = add_party(out, word, n, out->parties[i].at, role,
				   "first word of a party's name")))
			p->short_name = 1;
		if (used_as_party(doc, a, n) &&
		    (p = add_party(out, a, n, out->parties[i].at, role, "first word of a party's name")))
			p->short_name = 1;
	}
}

/*
 * Uses of "the <word>" with a capital, not the head of a title ("the
 * Reseller Agreement": a capitalised word follows), counted up to `most`.
 */
static int the_word_uses(const char *t, size_t len, const char *word, int most)
{
	size_t n = strlen(word), at = 0;
	int uses = 0;

	while (uses < most && at < len) {
		size_t i = text_find(t, len, at, word, 0), e;

		if (i >= len)
			break;
		e = i + n;
		at = e;
		if (i < 4 || strncasecmp(t + i - 4, "the ", 4) != 0 ||
		    (i > 4 && isalnum((unsigned char)t[i - 5])))
			continue;
		if (e < len && isalnum((unsigned char)t[e]))
			continue;
		if (e + 1 < len && t[e] == ' ' && isupper((unsigned char)t[e + 1]))
			continue;
		uses++;
	}
	return uses;
}

/* The word in quotes anywhere: a definition decides, not the word. */
static int defined_in_quotes(const char *t, size_t len, const char *word)
{
	size_t n = strlen(word), at = 0, i, q;

	while ((i = text_find(t, len, at, word, 0)) < len) {
		at = i + 1;
		/* The opening quote is one byte or three (U+201C, U+2018). */
		if (!((i >= 1 && quote_at(t, len, i - 1, 1, &q) != QUOTE_NONE && q == 1) ||
		      (i >= 3 && quote_at(t, len, i - 3, 1, &q) != QUOTE_NONE && q == 3)))
			continue;
		if (quote_at(t, len, i + n, 0, &q) != QUOTE_NONE)
			return 1;
	}
	return 0;
}

/*
 * A reseller or distributor the contract names only as "the Reseller"
 * (twice at least), with no alias of that name: it buys from the vendor
 * and sells to the customer, so it is the customer where the contract
 * speaks of the vendor by a role noun ("the Provider") and not of the
 * customer, the vendor where it speaks of the customer and not of the
 * vendor.  Of both or of neither, it takes no role: a chain of three.
 * A word the contract defines in quotes is left to its definition.
 */
static void add_undefined_resellers(const struct document *doc, struct roles *out)
{
	static const char *const words[] = { "Reseller", "Distributor" };
	static const char *const vendors[] = {
		"Provider", "Supplier", "Licensor", "Vendor", "Service Provider", "Manufacturer",
	};
	static const char *const customers[] = {
		"Customer", "Client", "End User", "Licensee", "Subscriber", "Buyer",
	};
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, i, k;

	for (i = 0; i < ARRAY_SIZE(words); i++) {
		int v = 0, c = 0;
		enum party_role role;

		if (the_word_uses(t, len, words[i], 2) < 2)
			continue;
		for (k = 0; k < out->nparties; k++)
			if (!strcasecmp(out->parties[k].alias, words[i]))
				break;
		if (k < out->nparties || defined_in_quotes(t, len, words[i]))
			continue;
		for (k = 0; k < ARRAY_SIZE(vendors) && !v; k++)
			v = the_word_uses(t, len, vendors[k], 1);
		for (k = 0; k < ARRAY_SIZE(customers) && !c; k++)
			c = the_word_uses(t, len, customers[k], 1);
		/* A preamble's party of a role counts as the contract naming it. */
		v |= has_role(out, ROLE_VENDOR);
		c |= has_role(out, ROLE_CUSTOMER);
		if (v == c)
			continue;
		role = v ? ROLE_CUSTOMER : ROLE_VENDOR;
		add_party(out, words[i], strlen(words[i]), 0, role, "undefined role word");
	}
}

/* Bytes of a party's description searched for its places, each way, at most. */
#define PLACE_REACH 320
/* Bytes of a place kept, at most; capitalised words of a jurisdiction. */
#define PLACE_MAX 80
#define JURISDICTION_WORDS 6
/* Bytes between two aliases defined together, '"Buyer" or "PNC"', at most. */
#define ALIAS_GAP 12

/*
 * Capitalised words that follow a jurisdiction but are none: "in England
 * No. 1234", "an SFJ Pharmaceuticals Group company".
 */
static const char *const place_stops[] = {
	"no", "number", "registration", "registered", "company", "corporation", "limited", "ltd",
	"with", "under", "whose", "having", "and", "acting", "pursuant", "group",
};

/*
 * Past "state of" or "province of" in small letters at t[k], before a
 * capital: "incorporated in the state of California" names California.
 */
static size_t lower_state_of(const char *t, size_t hi, size_t k)
{
	static const char *const units[] = { "state of ", "province of ", "commonwealth of " };
	size_t u, n;

	for (u = 0; u < ARRAY_SIZE(units); u++) {
		n = strlen(units[u]);
		if (k + n < hi && !strncmp(t + k, units[u], n) && isupper((unsigned char)t[k + n]))
			return k + n;
	}
	return k;
}

/*
 * The capitalised words at t[i] that name a jurisdiction, joined by "and"
 * or "of" ("England and Wales", "Republic of South Africa", "State of
 * New York"), after "the"; their end, or i where none.
 */
static size_t jurisdiction_end(const char *t, size_t hi, size_t i)
{
	size_t e = i, k = i;
	int words = 0;

	if (k + 4 <= hi && !strncasecmp(t + k, "the ", 4))
		k += 4;
	k = lower_state_of(t, hi, k);
	while (k < hi && words < JURISDICTION_WORDS && isupper((unsigned char)t[k])) {
		size_t w = k;

		if (word_at(t, hi, k, place_stops, ARRAY_SIZE(place_stops)))
			break;

		while (w < hi && (isalnum((unsigned char)t[w]) || t[w] == '-' || t[w] == '.' ||
				  t[w] == '\''))
			w++;
		/* "Delaware." at a sentence's end: the stop is not the place's. */
		e = w > k + 1 && t[w - 1] == '.' && (w == hi || t[w] != '.') &&
		    !(w - k == 2 || (w - k == 4 && t[k + 1] == '.')) ? w - 1 : w;
		words++;
		k = w;
		if (k + 1 < hi && t[k] == ' ' && isupper((unsigned char)t[k + 1])) {
			k++;
		} else if (k + 5 < hi && (!strncmp(t + k, " and ", 5) || !strncmp(t + k, " of ", 4))) {
			size_t j = k + (t[k + 1] == 'a' ? 5 : 4);

			if (!isupper((unsigned char)t[j]))
				break;
			k = j;
		} else {
			break;
		}
	}
	return words ? e : i;
}

/* Words that open a place of incorporation: "incorporated in", "organized under the laws of". */
static const char *const incorporated_in[] = {
	"incorporated under the laws of ", "organized under the laws of ",
	"organised under the laws of ", "existing under the laws of ", "formed under the laws of ",
	"established under the laws of ", "incorporated in ", "registered in ", "incorporated and registered in ",
	"organized in ", "organised in ", "established in ",
	/* A public body is of its state: "a political subdivision of the State of Oregon". */
	"subdivision of the ", "municipal corporation of the ", "agency of the ",
	/* And of the place whose statute makes it: "a regional health board under the Health
	 * Authorities Act (British Columbia)". */
	"Act (",
};

/* What a party is, after "a Delaware", "an Ohio": its form. */
static const char *const entity_kinds[] = {
	"corporation", "company", "limited liability company", "limited partnership",
	"partnership", "public benefit corporation", "nonprofit corporation",
	"non-profit corporation", "not-for-profit corporation", "statutory corporation",
	"public company", "private company", "public limited company", "body corporate",
	"public school district", "school district", "municipal corporation", "municipality",
	"public body", "state agency", "banking corporation", "limited company", "llc",
	"general partnership", "business trust", "statutory trust", "public authority",
	"société anonyme", "societe anonyme", "société par actions simplifiée",
	"societe par actions simplifiee", "société à responsabilité limitée",
};

/*
 * What a regulated business is, after "a Florida", "a Texas" and at most
 * BUSINESS_WORDS words of its line: "a Florida title insurance
 * underwriter", "an Ohio mutual insurer", "a New York state-chartered
 * bank".  The state licenses it where it is domiciled: its home as a
 * corporation's state is.
 */
static const char *const business_kinds[] = {
	"insurer", "reinsurer", "underwriter", "insurance carrier", "bank", "credit union",
	"savings association", "trust company", "hospital", "health system", "utility",
};

/* Lower-case words between the place and a business_kinds noun, at most. */
#define BUSINESS_WORDS 3

/* Words between the place and the form: "a Delaware public benefit corporation". */
static const char *const entity_qualifiers[] = {
	"public", "private", "limited", "statutory", "nonprofit", "non-profit", "not-for-profit",
	"municipal", "general", "stock", "banking", "business", "benefit", "registered",
	"exempted", "unlimited", "incorporated", "regulated", "free", "zone",
};

/* Whether the word ending at t[end] (its stop included) is a company form: "Pty Ltd", "Inc.". */
static int company_form_before(struct roles_finder *rf, const char *t, size_t lo, size_t end)
{
	size_t w = end;

	while (w > lo && (isalnum((unsigned char)t[w - 1]) || t[w - 1] == '.'))
		w--;
	return w < end && company_form_at(rf, t, end, w);
}

/*
 * Whether the word ending at t[end] ends a kind of entity: "a Delaware
 * corporation".  After a comma a public body's too, "a local authority,
 * of County Hall": without it "the Port Authority of New York" is a name.
 */
static int kind_before(const char *t, size_t lo, size_t end)
{
	static const char *const last[] = { "corporation", "company", "partnership", "body" };
	static const char *const bodies[] = { "authority", "council" };
	size_t w = end;

	while (w > lo && isalpha((unsigned char)t[w - 1]))
		w--;
	return w < end && (word_in(t + w, end - w, last, ARRAY_SIZE(last)) ||
			   (t[end] == ',' && word_in(t + w, end - w, bodies, ARRAY_SIZE(bodies))));
}

/*
 * Whether the word that ends at t[end] is a public body's, written in
 * capitals as a parties block writes names: "(1) NORTHFIELD ... NHS
 * FOUNDATION TRUST of Northfield General Hospital, Wessex Road": the
 * small "of" after it opens the address, where "UNIVERSITY OF WESTLAND"
 * goes on with the name.
 */
static int body_in_capitals_before(const char *t, size_t lo, size_t end)
{
	size_t w = end, k;

	while (w > lo && isalpha((unsigned char)t[w - 1]))
		w--;
	for (k = w; k < end; k++)
		if (!isupper((unsigned char)t[k]))
			return 0;
	return end - w > 1 && is_institution_word(t + w, end - w);
}

/*
 * Whether a business_kinds noun follows t[w] after at most BUSINESS_WORDS
 * words in lower case: "title insurance underwriter", not "leading
 * provider of title insurance".
 */
static int business_after(const char *t, size_t hi, size_t w)
{
	int words;

	for (words = 0; w < hi && words <= BUSINESS_WORDS; words++) {
		if (word_at(t, hi, w, business_kinds, ARRAY_SIZE(business_kinds)))
			return 1;
		if (!islower((unsigned char)t[w]))
			return 0;
		while (w < hi && (islower((unsigned char)t[w]) || t[w] == '-'))
			w++;
		if (w >= hi || t[w] != ' ')
			return 0;
		w++;
	}
	return 0;
}

/*
 * The place of incorporation in t[lo..hi): after "incorporated in" and the
 * like, or in "a Delaware corporation", "an Ohio public school district".
 * Its bytes at *s, or 0.
 */
static size_t incorporation_in(const char *t, size_t lo, size_t hi, size_t *s)
{
	size_t i, k, e;

	for (i = lo; i < hi; i++) {
		if (i > lo && isalnum((unsigned char)t[i - 1]))
			continue;
		if (t[i] == 'i' || t[i] == 'o' || t[i] == 'r' || t[i] == 'e' || t[i] == 'f' ||
		    t[i] == 's' || t[i] == 'm' || t[i] == 'a' || t[i] == 'A') {
			for (k = 0; k < ARRAY_SIZE(incorporated_in); k++) {
				size_t n;

				/*
				 * Each opens with its first letter as written: lower
				 * case but "Act (", so a capital A is compared with it
				 * alone and a letter with only the words it opens.
				 */
				if (incorporated_in[k][0] != t[i])
					continue;
				n = strlen(incorporated_in[k]);

				if (i + n < hi && !strncasecmp(t + i, incorporated_in[k], n) &&
				    (e = jurisdiction_end(t, hi, i + n)) > i + n &&
				    /* "Act (British Columbia)", not "Act (Cap. 164)" */
				    (t[i] != 'A' || (e < hi && t[e] == ')'))) {
					*s = i + n;
					if (!strncasecmp(t + *s, "the ", 4))
						*s += 4;
					*s = lower_state_of(t, hi, *s);
					return e - *s;
				}
			}
		}
		/* "a Delaware corporation", "an English limited company" */
		if (t[i] == 'a' && i + 3 < hi &&
		    (t[i + 1] == ' ' || (t[i + 1] == 'n' && t[i + 2] == ' '))) {
			size_t j = i + (t[i + 1] == ' ' ? 2 : 3), w;

			if (!isupper((unsigned char)t[j]) || (e = jurisdiction_end(t, hi, j)) == j ||
			    e >= hi || t[e] != ' ')
				continue;
			for (w = e + 1; w < hi && !word_at(t, hi, w, entity_kinds, ARRAY_SIZE(entity_kinds)) &&
					word_at(t, hi, w, entity_qualifiers, ARRAY_SIZE(entity_qualifiers));) {
				while (w < hi && t[w] != ' ')
					w++;
				w++;
			}
			if (w < hi && word_at(t, hi, w, entity_kinds, ARRAY_SIZE(entity_kinds))) {
				*s = j;
				return e - j;
			}
			if (business_after(t, hi, e + 1)) {
				/* "a Pennsylvania-chartered savings bank": the place is before the hyphen. */
				for (w = j; w + 1 < e && !(t[w] == '-' && islower((unsigned char)t[w + 1])); w++)
					;
				*s = j;
				return (w + 1 < e ? w : e) - j;
			}
		}
	}
	return 0;
}

/*
 * Words that name a party's office before "in" or "at": the first few
 * alone, the rest after a word that makes them the party's ("having its
 * offices at", "with an office in", ", located at", ", residing at").
 */
static const char *const office_words[] = {
	"principal place of business", "principal executive offices", "principal offices",
	"principal office", "registered office", "registered offices", "head office",
	"headquarters", "headquartered", "executive offices", "executive office",
	"registered and records office", "registered address", "business address",
	"registered seat",
};
/* "having its seat in Piraeus": the seat of European drafting, after its opener. */
static const char *const office_words_after[] = {
	"offices", "office", "located", "residing", "based", "domiciled", "resident",
	"place of business", "address", "seat",
};
static const char *const office_openers[] = {
	"its", "with", "having", "an", "whose", "and", "individual", "person", "a",
};

/* Lower-case words that end a place: "... Chicago, Illinois 60605 and Beta, Inc.". */
static const char *const place_enders[] = {
	"and", "having", "with", "is", "whose", "which", "who", "acting", "hereinafter", "herein",
	"represented", "being", "duly", "existing", "organized", "organised", "incorporated",
	"registered", "doing", "trading", "as", "for", "by", "to", "that", "on", "under", "has",
	"have",
};

/*
 * Whether t[i] opens an office word whose place follows; the place's
 * start, after "(is) (located) in|at", or 0.
 */
static size_t office_word_at(const char *t, size_t lo, size_t hi, size_t i)
{
	size_t j = 0, k, b;
	int c = tolower((unsigned char)t[i]);

	/* The words' first letters: most words of a description open none. */
	if (c != 'p' && c != 'r' && c != 'h' && c != 'o' && c != 'l' && c != 'b' && c != 'd' &&
	    c != 'e' && c != 'a' && c != 's')
		return 0;

	for (k = 0; k < ARRAY_SIZE(office_words) && !j; k++) {
		size_t n = strlen(office_words[k]);

		if (i + n + 1 < hi && !strncasecmp(t + i, office_words[k], n) && t[i + n] == ' ')
			j = i + n + 1;
	}
	for (k = 0; k < ARRAY_SIZE(office_words_after) && !j; k++) {
		size_t n = strlen(office_words_after[k]);

		if (!(i + n + 1 < hi && !strncmp(t + i, office_words_after[k], n) && t[i + n] == ' '))
			continue;
		for (b = i; b > lo && t[b - 1] == ' '; b--)
			;
		if (b > lo && t[b - 1] == ',') {
			j = i + n + 1;
			break;
		}
		for (k = b; k > lo && isalpha((unsigned char)t[k - 1]); k--)
			;
		if (k < b && word_in(t + k, b - k, office_openers, ARRAY_SIZE(office_openers)))
			j = i + n + 1;
		break;
	}
	if (!j)
		return 0;
	if (j + 3 < hi && !strncmp(t + j, "is ", 3)) {
		j += 3;
		/* "whose principal place of business is 10 Science Drive": the place itself. */
		if (isdigit((unsigned char)t[j]) || isupper((unsigned char)t[j]))
			return j;
	} else if (j + 4 < hi && !strncmp(t + j, "are ", 4)) {
		j += 4;
	}
	if (j + 8 < hi && !strncmp(t + j, "located ", 8))
		j += 8;
	/* "having an address of 323 Main Street" */
	if (c == 'a' && j + 3 < hi && !strncmp(t + j, "of ", 3))
		return j + 3;
	if (!(j + 3 < hi && (!strncmp(t + j, "in ", 3) || !strncmp(t + j, "at ", 3))))
		return 0;
	/* "head office in the City of Campinas": the place is the city's. */
	if (j + 8 < hi && !strncmp(t + j + 3, "the ", 4) && isupper((unsigned char)t[j + 7]))
		return j + 7;
	return j + 3;
}

/*
 * Whether t[i] opens a street's number and name, "20 Collins Street": not
 * a year, "of 2008 (".  After a registration number's last three digits
 * ("ABN 77 612 334 871 of 20 Collins Street"), not a page's, "Page 1 of 3".
 */
static int street_number_at(const char *t, size_t hi, size_t i)
{
	size_t k = i;

	while (k < hi && isdigit((unsigned char)t[k]))
		k++;
	return k > i && k + 1 < hi && t[k] == ' ' && isupper((unsigned char)t[k + 1]);
}

/*
 * Whether t[i] opens a street's number and a word then a comma in the
 * same line: "500 Bryant Street,", "12 rue de la Paix,"; not "2024
 * (the".
 */
static int street_at(const char *t, size_t hi, size_t i)
{
	size_t k = i, e;

	while (k < hi && isdigit((unsigned char)t[k]))
		k++;
	if (!(k - i <= 5 && k + 1 < hi && t[k] == ' ' && isalpha((unsigned char)t[k + 1])))
		return 0;
	for (e = k; e < hi && e < k + 60 && t[e] != '\n' && t[e] != '(' && t[e] != ','; e++)
		;
	return e < hi && t[e] == ',';
}

/*
 * Whether t[k] opens a registration number rather than a part of an
 * address: capitalised words, at most three, then "No" or "ID" ("VAT No.
 * IT09876543210", "Tax ID 900.123"), or words in capitals and a number of
 * seven digits or more ("KRS 0000654321"): not a postcode ("Texas 78701",
 * "Bengaluru 560001", "Yehud 5621717").
 */
static int registration_at(const char *t, size_t hi, size_t k)
{
	size_t w, d, c;
	int words, caps = 1;

	for (words = 0; words < 4 && k < hi; words++) {
		for (d = k; d < hi && isdigit((unsigned char)t[d]); d++)
			;
		if (d > k)
			return words > 0 && caps && d - k >= 7 &&
			       (d == hi || !isalnum((unsigned char)t[d]));
		if (!isupper((unsigned char)t[k]))
			return 0;
		for (w = k; w < hi && isalpha((unsigned char)t[w]); w++)
			;
		for (c = k; c < w; c++)
			caps &= isupper((unsigned char)t[c]) != 0;
		if (words > 0 && (word_is(t + k, w - k, "No") || word_is(t + k, w - k, "ID"))) {
			size_t n = 0;

			/* Its number, five characters or more: "Plot No. 7" is an address. */
			while (w < hi && (t[w] == '.' || t[w] == ':' || t[w] == ' '))
				w++;
			for (d = w; d < hi && (isalnum((unsigned char)t[d]) || t[d] == '-' ||
					       t[d] == '.' || t[d] == '/'); d++)
				n += isdigit((unsigned char)t[d]) != 0;
			return d - w >= 5 && n > 0;
		}
		if (w == k || w >= hi || t[w] != ' ')
			return 0;
		k = w + 1;
	}
	return 0;
}

/*
 * Whether t[..e) ends in a registration number in parentheses, before a
 * space: "Pty Ltd (ABN 58 611 204 937) of 14 ...", "GmbH (HRB 12345) of
 * Berlin".
 */
static int number_in_parentheses_before(const char *t, size_t lo, size_t e)
{
	size_t k = e, w;

	if (!(k > lo + 2 && t[k] == ' ' && t[k - 1] == ')'))
		return 0;
	for (w = k - 1; w > lo && w + 40 > k && t[w - 1] != '(' && t[w - 1] != '\n'; w--)
		;
	return w > lo && t[w - 1] == '(' && registration_number(t, w, k - 1);
}

/*
 * The place of a party's office in t[lo..hi): after "principal place of
 * business (is) at", "registered office in", "having its head office in",
 * "with offices in", "headquartered in", ", residing at", or after "of"
 * following its company form or number ("... Pty Ltd ABN 51 624 118 903
 * of Melbourne VIC", "a Delaware corporation of Austin, Texas").  It
 * opens with a capital or a number and ends at a parenthesis, quote,
 * semicolon, line's end, a comma before a word in small letters (", a
 * Delaware ..."), or such a word that goes on with the description ("...
 * 60605 and Beta, Inc.").  Its bytes at *s, or 0.
 */
static size_t office_in(struct roles_finder *rf, const char *t, size_t lo, size_t hi, size_t *s)
{
	size_t i, j, e;
	int pass;

	for (pass = 0; pass < 2; pass++)
	for (i = lo; i < hi; i++) {
		/*
		 * The street after the company's form or kind and a comma: "Inc., a
		 * Delaware corporation, 500 Bryant Street, San Francisco, CA", "SAS,
		 * 12 rue de la Paix, Paris, France".  Only where no office word
		 * or "of" gives the place: that one is nearer the alias's party.
		 */
		if (pass == 1) {
			if (!(isdigit((unsigned char)t[i]) && i >= lo + 3 && t[i - 1] == ' ' &&
			      t[i - 2] == ',' && street_at(t, hi, i) &&
			      (kind_before(t, lo, i - 2) || company_form_before(rf, t, lo, i - 2))))
				continue;
			j = i;
			goto place;
		}
		if ((i > lo && isalnum((unsigned char)t[i - 1])) || !isalpha((unsigned char)t[i]))
			continue;
		if (!(j = office_word_at(t, lo, hi, i))) {
			if (!(i + 3 < hi && !strncmp(t + i, "of ", 3) && i >= lo + 2 &&
			      ((isdigit((unsigned char)t[i - 2]) &&
				(isupper((unsigned char)t[i + 3]) ||
				 (i >= lo + 4 && isdigit((unsigned char)t[i - 3]) &&
				  isdigit((unsigned char)t[i - 4]) && street_number_at(t, hi, i + 3)))) ||
			       company_form_before(rf, t, lo, i - 1 - (t[i - 2] == ',')) ||
			       kind_before(t, lo, i - 1 - (t[i - 2] == ',')) ||
			       body_in_capitals_before(t, lo, i - 1) ||
			       number_in_parentheses_before(t, lo, i - 1))))
				continue;
			j = i + 3;
		}
		if (j >= hi || !(isupper((unsigned char)t[j]) || isdigit((unsigned char)t[j]) ||
				 !strncmp(t + j, "c/o ", 4)))
			continue;
place:
		for (e = j; e < hi && e < j + PLACE_MAX && !strchr("();\"\n", t[e]) &&
		     (unsigned char)t[e] != 0xE2; e++) {
			size_t k;

			/* "... Hong Kong. AND:", "... Lyon, France. WHEREAS": a sentence ends. */
			if (t[e] == '.') {
				for (k = e + 1; k < hi && t[k] == ' '; k++)
					;
				if (k > e + 1 && k + 1 < hi && isupper((unsigned char)t[k]) &&
				    (isupper((unsigned char)t[k + 1]) || !strncmp(t + k, "The ", 4) ||
				     !strncmp(t + k, "This ", 5)))
					break;
			}
			/* "Milan, Corso Como 5, VAT No. IT0987", "Krakow, KRS 0000654321": a number ends it. */
			if (t[e] == ',' && e + 2 < hi && t[e + 1] == ' ' && e > j &&
			    registration_at(t, hi, e + 2))
				break;
			if (t[e] != ' ' || e + 1 >= hi || !islower((unsigned char)t[e + 1]))
				continue;
			if (word_at(t, hi, e + 1, place_enders, ARRAY_SIZE(place_enders)))
				break;
			/* ", a Delaware corporation": a comma before small letters, once a word is read. */
			if (t[e - 1] == ',' && !word_at(t, hi, e + 1, (const char *const[]){ "c/o" }, 1)) {
				for (k = j; k < e && !isalpha((unsigned char)t[k]); k++)
					;
				if (k < e)
					break;
			}
		}
		while (e > j && strchr(" ,.", t[e - 1]))
			e--;
		if (e > j) {
			*s = j;
			return e - j;
		}
	}
	return 0;
}

/*
 * The place after a name on its parties block's line, where no office
 * word gives it: "Beta Vision GmbH, Munich, Germany" and the alias on the
 * next line, "Kiwi Labs Limited (NZBN 9429048811200), Wellington
 * ("Provider")".  After the comma that follows a company form (or a
 * registration number after one), capitalised words, numbers and commas
 * that run to the end of t[lo..hi) but for the alias's opening ("(the",
 * "- hereinafter the").  Another company's name there is no place: "Alpha
 * Ltd, Beta Services Ltd ("Beta")".  Its bytes at *s, or 0.
 */
static size_t place_after_name(struct roles_finder *rf, const char *t, size_t lo, size_t hi,
			       size_t *s)
{
	size_t i, j, e, w, k, ls = lo;

	/* The name may stand before lo: a party named in full ends the stretch of its alias. */
	while (ls > 0 && t[ls - 1] != '\n')
		ls--;
	for (i = lo; i + 2 < hi; i++) {
		if (t[i] != ',' || i == ls || t[i + 1] != ' ' || !isupper((unsigned char)t[i + 2]))
			continue;
		k = i;
		/* "(NZBN 9429048811200)": the number of the name before it. */
		if (t[k - 1] == ')') {
			for (w = k - 1; w > ls && t[w - 1] != '('; w--)
				;
			if (w == ls || !registration_number(t, w - 1, k - 1))
				continue;
			for (k = w - 1; k > ls && t[k - 1] == ' '; k--)
				;
		}
		for (w = k; w > ls && (isalnum((unsigned char)t[w - 1]) || t[w - 1] == '.' ||
				       (unsigned char)t[w - 1] >= 0x80); w--)
			;
		if (w == k || !company_form_at(rf, t, k, w))
			continue;
		/* The place: capitalised words (or numbers) and commas, to the line's end or a parenthesis. */
		for (j = i + 2, e = j; e < hi && t[e] != '\n' && t[e] != '('; ) {
			if (!(isupper((unsigned char)t[e]) || isdigit((unsigned char)t[e])))
				return 0;
			for (w = e; e < hi && (isalnum((unsigned char)t[e]) || t[e] == '-' || t[e] == '.' ||
					       (unsigned char)t[e] >= 0x80); e++)
				;
			if (company_form_at(rf, t, e, w) ||
			    word_at(t, hi, w, place_stops, ARRAY_SIZE(place_stops)))   /* "Policy No. 4566" */
				return 0;
			if (e < hi && t[e] == ',')
				e++;
			while (e < hi && t[e] == ' ')
				e++;
		}
		/* What is left opens the alias: no capital, number or other word of substance. */
		for (k = e; k < hi; k++)
			if (isupper((unsigned char)t[k]) || isdigit((unsigned char)t[k]))
				return 0;
		while (e > j && strchr(" ,.", t[e - 1]))
			e--;
		if (e > j) {
			*s = j;
			return e - j;
		}
		return 0;
	}
	return 0;
}

/* Bytes before an alias on its own line that may open it: '- hereinafter referred to as the "'. */
#define ALIAS_OPENING 40

/*
 * Where a party's description starts, given its paragraph's start ps:
 * the line before, where the alias opens a line of its own after the
 * name's ("Beta Vision GmbH, Munich\n(the "Developer")", "...\n-
 * hereinafter the "Contractor" -"): nothing but small words, brackets
 * and dashes before it on its line.
 */
static size_t alias_line_name_start(const char *t, size_t ps, size_t at)
{
	size_t ls = at, k;

	while (ls > 0 && t[ls - 1] != '\n')
		ls--;
	if (ls > ps || at - ls > ALIAS_OPENING || ls < 2)
		return ps;
	for (k = ls; k < at; k++)
		if (!(islower((unsigned char)t[k]) || strchr(" \t(-\"'*_", t[k]) ||
		      (unsigned char)t[k] >= 0x80))
			return ps;
	/* The line before, past any blank line. */
	for (k = ls - 1; k > 0 && (t[k - 1] == '\n' || t[k - 1] == ' '); k--)
		;
	while (k > 0 && t[k - 1] != '\n')
		k--;
	return k;
}

/*
 * Where a party's description may start in t[lo..hi), after the alias
 * before it: a description there that opens ", a ..." is that alias's
 * party's ('Aizu Semiconductor Limited ("AFSL"), a kabushiki kaisha
 * incorporated in Japan, with an address at ..., Japan, Fujitsu Limited
 * ("FSL")'), up to the last "and" that opens the next name, or wholly
 * where none does.
 */
/*
 * Whether t[k] goes on with a description: ", a ...", ", whose registered
 * office ...", or without the comma ") with its principal place of
 * business at ...".
 */
static int describes_at(const char *t, size_t k, size_t hi)
{
	static const char *const words[] = {
		"whose", "having", "with", "located", "incorporated", "organized", "organised",
		"registered", "existing", "a", "an",
	};

	if (k + 3 < hi && t[k] == ',' && t[k + 1] == ' ')
		return word_at(t, hi, k + 2, words, ARRAY_SIZE(words));
	return k + 3 < hi && t[k] == ' ' && word_at(t, hi, k + 1, words, ARRAY_SIZE(words) - 2);
}

/*
 * Whether a name in capitalised words that ends in a company form starts at
 * t[k] and is followed by a comma: "Gulf Houghton Lubricants Ltd., a ...".
 */
static int company_name_at(struct roles_finder *rf, const char *t, size_t k, size_t hi)
{
	size_t w;

	while (k < hi && isupper((unsigned char)t[k])) {
		for (w = k; k < hi && (isalnum((unsigned char)t[k]) || t[k] == '.' || t[k] == '&' ||
				       t[k] == '-' || t[k] == '/'); k++)
			;
		if (company_form_at(rf, t, k, w) && k < hi && t[k] == ',')
			return 1;
		while (k < hi && t[k] == ' ')
			k++;
	}
	return 0;
}

static size_t after_previous_description(struct roles_finder *rf, const char *t, size_t lo,
					 size_t hi)
{
	size_t k = lo, a = 0;

	while (k + 1 < hi && t[k] == ' ' && t[k + 1] == ' ')
		k++;
	if (!describes_at(t, k, hi) && !(k < hi && t[k] == ' ' && describes_at(t, k + 1, hi)))
		return lo;
	/* ", a Pennsylvania corporation, Gulf Houghton Lubricants Ltd., a company ...". */
	for (; k + 5 <= hi; k++) {
		if (!strncmp(t + k, " and ", 5))
			a = k + 5;
		else if (t[k] == ',' && t[k + 1] == ' ' && isupper((unsigned char)t[k + 2]) &&
			 company_name_at(rf, t, k + 2, hi))
			a = k + 2;
	}
	return a ? a : hi;
}

/*
 * A description that follows its party's alias: 'Pfizer Inc. ("Pfizer"),
 * a Delaware corporation, with a principal place of business at ... and
 * Exact Sciences Corporation ("Exact"), a Delaware corporation ...'.
 * Where the alias at t[at] closes its parenthesis and ", a" or ", an"
 * follows, the description's start; it ends (*end) before the next
 * name, at "; ", " and " before a capital, a parenthesis that defines a
 * name, or a sentence's end, within PLACE_REACH and the paragraph (pe).
 * 0 where none follows.
 */
static size_t description_after_alias(struct roles_finder *rf, const char *t, size_t at, size_t pe,
				      size_t *end)
{
	size_t k = at, s, e, hi = at + PLACE_REACH < pe ? at + PLACE_REACH : pe;

	while (k < hi && k < at + ALIAS_OPENING && t[k] != ')' && t[k] != '(' && t[k] != '\n')
		k++;
	if (k >= hi || t[k] != ')')
		return 0;
	s = k + 1;
	if (!describes_at(t, s, hi))
		return 0;
	for (e = s + 2; e < hi; e++) {
		/* "a limited company (société anonyme) incorporated in": a remark, not a definition. */
		if (t[e] == '(') {
			size_t c = e + 1;

			while (c < hi && t[c] != ')' && t[c] != '(' && t[c] != '"' &&
			       (unsigned char)t[c] != 0xE2 && t[c] != '\n')
				c++;
			if (c >= hi || t[c] != ')')
				break;
			e = c;
			continue;
		}
		if (t[e] == ';' || t[e] == '\n')
			break;
		/* "... Wisconsin 53719. Pfizer and", "... in Japan. The": not "St. Suite", "Inc. And". */
		if (t[e] == '.' && e + 2 < hi && t[e + 1] == ' ' &&
		    isupper((unsigned char)t[e + 1 + strspn(t + e + 1, " ")]) &&
		    (isdigit((unsigned char)t[e - 1]) ||
		     (e >= 4 && islower((unsigned char)t[e - 1]) && islower((unsigned char)t[e - 2]) &&
		      islower((unsigned char)t[e - 3]) && islower((unsigned char)t[e - 4]))))
			break;
		if (e + 5 < hi && !strncmp(t + e, " and ", 5) && isupper((unsigned char)t[e + 5]))
			break;
		/* ", Fujitsu Semiconductor Limited (": the next party's name. */
		if (t[e] == ',' && e + 2 < hi && t[e + 1] == ' ' && isupper((unsigned char)t[e + 2])) {
			size_t n = e + 2;

			/* Capitalised words only: not "New York 10017 and Exact Corporation (". */
			while (n < hi && t[n] != '(' && t[n] != ',' && t[n] != '\n' &&
			       (t[n - 1] != ' ' || isupper((unsigned char)t[n]) || t[n] == ' '))
				n++;
			if (n < hi && t[n] == '(') {
				while (n > e && t[n - 1] == ' ')
					n--;
				if (company_form_before(rf, t, e + 2, n))
					break;
			}
		}
	}
	*end = e;
	return s + 2;
}

/*
 * The role noun that opens the label of an address field, "Customer
 * address", "Provider registered office", "Supplier principal place of
 * business": its length, or 0.
 */
static size_t address_label_noun(struct roles_finder *rf, const char *t, size_t lab, size_t llen)
{
	static const char *const tails[] = {
		" address", " registered address", " registered office", " office address",
		" business address", " principal place of business", " head office",
		" address for notices", "'s address", "'s registered office",
	};
	size_t i, k;

	for (i = 0; i < ARRAY_SIZE(tails); i++) {
		k = strlen(tails[i]);
		if (llen > k && !strncasecmp(t + lab + llen - k, tails[i], k) &&
		    noun_role(rf, t + lab, llen - k) != ROLE_UNKNOWN)
			return llen - k;
	}
	return 0;
}

/*
 * Whether the party defined at t[at] is named in the field of the role
 * noun t[noun..noun+n): "Customer: Westbrook Utilities District" or the
 * noun itself.
 */
static int named_in_field_of(const char *t, size_t end, size_t at, const char *alias,
			     size_t noun, size_t n)
{
	struct field f;
	size_t ls = at;

	if (strlen(alias) == n && !strncasecmp(alias, t + noun, n))
		return 1;
	while (ls > 0 && t[ls - 1] != '\n')
		ls--;
	return read_field(t, ls, end, &f) && f.llen == n && !strncasecmp(t + f.lab, t + noun, n) &&
	       at >= f.vs && at < f.ve;
}

/*
 * An order form's address fields: "Customer address: 12 Harbour Road,
 * Portland, Oregon 97201", "| Provider registered office | ... |" are the
 * office of the party the role noun names and of the one its field names,
 * where their description gave none.
 */
static void address_fields(struct roles_finder *rf, const struct document *doc, struct roles *out)
{
	static const char *const ends[] = { "address", "office", "business" };
	const char *t = doc->text.ptr;
	size_t end = doc->text.len < PREAMBLE_MAX ? doc->text.len : PREAMBLE_MAX, ls, le, i, n, ve, k;
	struct field f;
	int c, found = 0;

	/* Most contracts have no such field: a label's last word before its colon or cell's end. */
	for (c = 0; c < 2 && !found; c++) {
		const char *q = t, *stop = t + end;

		while (!found && q < stop && (q = memchr(q, c ? '|' : ':', (size_t)(stop - q)))) {
			for (k = (size_t)(q - t); k > 0 && strchr(" *_", t[k - 1]); k--)
				;
			for (n = k; n > 0 && isalpha((unsigned char)t[n - 1]); n--)
				;
			found = n < k && word_in(t + n, k - n, ends, ARRAY_SIZE(ends));
			q++;
		}
	}
	if (!found)
		return;
	for (ls = 0; ls < end; ls = le + 1) {
		le = line_end(t, ls, end);
		if (!read_field(t, ls, end, &f) || !(n = address_label_noun(rf, t, f.lab, f.llen)))
			continue;
		for (ve = f.ve; ve > f.vs && strchr(" .,*_|", t[ve - 1]); ve--)
			;
		if (ve <= f.vs || !(isupper((unsigned char)t[f.vs]) || isdigit((unsigned char)t[f.vs])))
			continue;
		if (ve - f.vs > PLACE_MAX)
			ve = f.vs + PLACE_MAX;
		for (i = 0; i < out->nparties; i++) {
			struct party *p = &out->parties[i];

			if (!p->office && !p->short_name &&
			    named_in_field_of(t, end, p->at, p->alias, f.lab, n))
				p->office = arena_strndup(&out->arena, t + f.vs, ve - f.vs);
		}
	}
}

/*
 * Each party's places (struct party): read from its own description, the
 * bytes of its paragraph between the definition before it and its own
 * (the name and what follows it, '..., a Delaware corporation having its
 * principal place of business at ... ("Acme")'), or failing that after
 * its name up to the next definition, as a "between" clause without
 * aliases writes it.  Aliases defined together share them.
 */
/*
 * Whether the paragraph that starts at t[ps] only defines the alias at
 * t[at]: it opens with "hereinafter" (after a dash or a parenthesis), and
 * the alias is within its first words.
 */
static int alias_paragraph(const char *t, size_t ps, size_t at)
{
	while (ps < at && strchr(" \t-(", t[ps]))
		ps++;
	return at - ps <= 40 && at - ps > 11 && !strncasecmp(t + ps, "hereinafter", 11);
}

/*
 * Whether the word before t[q] defines the unquoted alias at q, as Indian
 * drafting does: "... having its registered office at Shivajinagar, Pune
 * (hereinafter called the Purchaser, which expression ...)".  The alias
 * then closes its party's description, as a quoted one does.
 */
static int defining_word_before(const char *t, size_t ps, size_t q)
{
	static const char *const words[] = {
		"as", "called", "hereinafter", "hereafter", "named", "styled", "designated",
	};
	size_t e = q, w;

	while (e > ps && t[e - 1] == ' ')
		e--;
	if (e == q)
		return 0;
	for (w = e; w > ps && isalpha((unsigned char)t[w - 1]); w--)
		;
	return w < e && word_in(t + w, e - w, words, ARRAY_SIZE(words));
}

static void party_places(struct roles_finder *rf, const struct document *doc, struct roles *out)
{
	const char *t = doc->text.ptr;
	size_t i, j;

	for (i = 0; i < out->nparties; i++) {
		struct party *p = &out->parties[i];
		size_t para, ps, pe, lo, hi, s, n, q;

		/* A first word takes its party's places below; a preamble describes the parties. */
		if (p->short_name || p->at >= doc->text.len || p->at >= PREAMBLE_MAX)
			continue;
		para = document_para_at(doc, p->at);
		if (para >= doc->npara)
			continue;
		ps = doc->paras[para].start;
		pe = doc->paras[para].end;
		/*
		 * 'LUMIERE ASSURANCES SA, ..., having its registered office at 10
		 * rue de Rivoli, 75001 Paris,' and then a paragraph of its own,
		 * 'Hereinafter referred to as "the Client",': the description is
		 * the paragraph before.
		 */
		if (para > 0 && alias_paragraph(t, ps, p->at))
			ps = doc->paras[para - 1].start;
		ps = alias_line_name_start(t, ps, p->at);
		lo = p->at > ps + PLACE_REACH ? p->at - PLACE_REACH : ps;
		hi = p->at + PLACE_REACH < pe ? p->at + PLACE_REACH : pe;
		for (j = 0; j < out->nparties; j++) {
			size_t a = out->parties[j].at, e = a + strlen(out->parties[j].alias);

			if (j == i || out->parties[j].short_name || a == p->at)
				continue;
			if (a < p->at && e > lo && e <= p->at)
				lo = e;
			else if (a > p->at && a < hi)
				hi = a;
		}
		/*
		 * An alias in quotes closes its party's description; a name
		 * opens it, and what stands before it is the party before's.
		 */
		q = p->at;
		while (q > ps && (t[q - 1] == '*' || t[q - 1] == '_'))
			q--;
		if (q >= ps + 4 && !strncasecmp(t + q - 4, "the ", 4))   /* '(the "Contractor")' too */
			q -= 4;
		while (q > ps && (t[q - 1] == '*' || t[q - 1] == '_'))
			q--;
		if (q > ps && (t[q - 1] == '"' || t[q - 1] == '\'' || (unsigned char)t[q - 1] >= 0x80 ||
			       t[q - 1] == '(' || defining_word_before(t, ps, q))) {
			size_t k;

			hi = p->at;
			/*
			 * '... Austin, TX 78746 ("APOLLO"), and (2) Estab Labs ...': a
			 * definition closes the description before it, whether or
			 * not its name was read as a party's.
			 */
			for (k = q > 2 ? q - 2 : lo; k > lo; k--)
				if (t[k] == ')' && (t[k - 1] == '"' || (unsigned char)t[k - 1] == 0x9D)) {
					size_t open = k;

					/* Not a name of what the party acts for: "... itself and the
					 * pharmacies listed in Schedule 1 (the "Covered Stores") (the
					 * "Subscriber")" is the Subscriber's description. */
					while (open > lo && t[open] != '(' && k - open < ITSELF_AND_REACH)
						open--;
					if (t[open] == '(' && names_others_before_alias(t, lo, open, k + 1, pe)) {
						k = open;
						continue;
					}
					lo = k + 1;
					break;
				}
			lo = after_previous_description(rf, t, lo, hi);
		} else
			lo = p->at + strlen(p->alias) < hi ? p->at + strlen(p->alias) : hi;
		if ((n = incorporation_in(t, lo, hi, &s)))
			p->incorporated = arena_strndup(&out->arena, t + s, n);
		if ((n = office_in(rf, t, lo, hi, &s)) || (n = place_after_name(rf, t, lo, hi, &s)))
			p->office = arena_strndup(&out->arena, t + s, n);
		/* What its description before the alias did not give, after it. */
		if ((p->incorporated && p->office) || hi != p->at ||
		    !(lo = description_after_alias(rf, t, p->at, pe, &hi)))
			continue;
		for (j = 0; j < out->nparties; j++)
			if (out->parties[j].at > lo && out->parties[j].at < hi)
				hi = out->parties[j].at;
		if (!p->incorporated && (n = incorporation_in(t, lo, hi, &s)))
			p->incorporated = arena_strndup(&out->arena, t + s, n);
		if (!p->office && (n = office_in(rf, t, lo, hi, &s)))
			p->office = arena_strndup(&out->arena, t + s, n);
	}
	/* '("Buyer" or "PNC")': the second alias has no description of its own. */
	for (i = 0; i < out->nparties; i++)
		for (j = 0; j < out->nparties; j++) {
			struct party *p = &out->parties[i], *q = &out->parties[j];
			size_t qe = q->at + strlen(q->alias), k;

			if (j == i || qe > p->at || p->at - qe > ALIAS_GAP)
				continue;
			for (k = qe; k < p->at && t[k] != '(' && t[k] != ')'; k++)
				;
			if (k < p->at)
				continue;
			if (!p->incorporated && q->incorporated)
				p->incorporated = q->incorporated;
			if (!p->office && q->office)
				p->office = q->office;
		}
	/* "Acme" of 'Acme Corp., a Delaware corporation ("Vendor")': the alias after its name. */
	for (i = 0; i < out->nparties; i++) {
		struct party *p = &out->parties[i], *near = NULL;

		for (j = 0; j < out->nparties && p->short_name; j++) {
			struct party *q = &out->parties[j];

			if (!q->short_name && q->at >= p->at && q->at - p->at <= PLACE_REACH &&
			    (!near || q->at < near->at))
				near = q;
		}
		if (near) {
			p->incorporated = near->incorporated;
			p->office = near->office;
		}
	}
}

/* Bytes between "are each" or "are together" and the quote that opens the group's name. */
#define GROUP_NAME_LEAD 40
/* Bytes of a group's name, at most. */
#define GROUP_NAME_MAX 40
#define GROUP_NAME_WHY "the name its parties of one role take together"

/*
 * Whether t[s..e) holds only the parties' aliases, "the", "and", "both"
 * and commas: "The Supplier and the Licensor".
 */
static int only_names(const char *t, size_t s, size_t e, const struct roles *out)
{
	static const char *const glue[] = { "the ", "The ", "and ", "both ", "Both ", "(" };
	size_t i, g;

	while (s < e) {
		if (t[s] == ' ' || t[s] == ',') {
			s++;
			continue;
		}
		for (g = 0; g < ARRAY_SIZE(glue); g++)
			if (s + strlen(glue[g]) <= e && !strncmp(t + s, glue[g], strlen(glue[g])))
				break;
		if (g < ARRAY_SIZE(glue)) {
			s += strlen(glue[g]);
			continue;
		}
		for (i = 0; i < out->nparties; i++) {
			size_t n = strlen(out->parties[i].alias);

			if (s + n <= e && !memcmp(t + s, out->parties[i].alias, n) &&
			    (s + n == e || !isalnum((unsigned char)t[s + n])))
				break;
		}
		if (i == out->nparties)
			return 0;
		s += strlen(out->parties[i].alias);
	}
	return 1;
}

/*
 * The name parties of one role take together is an alias of that role:
 * 'Reseller and Lumenscript are each a "Solution Party"', 'the Integrator
 * and the Model Owner are together the "Supplier Parties"', so that "Each
 * Solution Party may assign" is read as the vendors' clause.  At least two
 * parties named before the verb, back to the sentence's start, all of one
 * known role and none of another; the name in quotes within a few words
 * after it.  A name that ends "Party" is written "Parties" too.
 */
static void add_group_names(const struct document *doc, struct roles *out)
{
	/*
	 * "are each" and "are jointly" whole; "together" and "collectively"
	 * found alone (by "g" and "v"), then what opens them: "are", "are
	 * hereinafter", or a parenthesis, "The Supplier and the Licensor
	 * (together, the ...".
	 */
	static const struct {
		const char *w;
		size_t key;
	} joins[] = { { " are each ", 5 }, { " are jointly ", 5 }, { "together", 2 },
		      { "collectively", 9 } };
	const char *t = doc->text.ptr;
	size_t end = doc->text.len < PREAMBLE_MAX ? doc->text.len : PREAMBLE_MAX, k;

	for (k = 0; k < ARRAY_SIZE(joins); k++) {
		size_t from = 0, at;

		while ((at = text_find(t, end, from, joins[k].w, joins[k].key)) < end) {
			size_t q, qe, ql = 0, s, i, named = 0, lim, are = at, after;
			enum party_role role = ROLE_UNKNOWN;
			char other[GROUP_NAME_MAX + 4];
			int mixed = 0, paren = 0;

			from = at + 1;
			after = at + strlen(joins[k].w);
			if (joins[k].w[0] != ' ') {
				if (at >= 2 && t[at - 1] == '(' && t[at - 2] == ' ') {
					are = at - 2;
					paren = 1;
				} else if (at >= 5 && !memcmp(t + at - 5, " are ", 5)) {
					are = at - 5;
				} else if (at >= 17 && !memcmp(t + at - 17, " are hereinafter ", 17)) {
					are = at - 17;
				} else {
					continue;
				}
			}
			lim = after + GROUP_NAME_LEAD < end ? after + GROUP_NAME_LEAD : end;
			for (q = after; q < lim && t[q] != '\n' &&
			     quote_at(t, end, q, 1, &ql) != QUOTE_DOUBLE; q++)
				;
			if (q >= lim || t[q] == '\n')
				continue;
			q += ql;
			/* The article inside the quotes: '"the Solution Providers"'. */
			if (q + 4 < end && !strncasecmp(t + q, "the ", 4))
				q += 4;
			for (qe = q; qe < end && qe < q + GROUP_NAME_MAX && t[qe] != '\n' &&
			     quote_at(t, end, qe, 0, &ql) != QUOTE_DOUBLE; qe++)
				;
			if (qe == q || qe >= end || qe >= q + GROUP_NAME_MAX || t[qe] == '\n' ||
			    !isupper((unsigned char)t[q]))
				continue;
			for (s = are; s > 0 && t[s - 1] != '.' && t[s - 1] != '\n' && t[s - 1] != ';'; s--)
				;
			/* "(together, the": the names alone before it, "The Supplier and the Licensor (". */
			if (paren && !only_names(t, s, are, out))
				continue;
			/* "the Parties" is both sides' name. */
			if (word_is(t + q, qe - q, "Parties") || word_is(t + q, qe - q, "Party"))
				continue;
			for (i = 0; i < out->nparties; i++) {
				if (!has_word_as(t + s, are - s, out->parties[i].alias, 0))
					continue;
				named++;
				if (out->parties[i].role == ROLE_UNKNOWN ||
				    (role != ROLE_UNKNOWN && out->parties[i].role != role))
					mixed = 1;
				role = out->parties[i].role;
			}
			if (named < 2 || mixed || role == ROLE_UNKNOWN)
				continue;
			add_party(out, t + q, qe - q, q, role, GROUP_NAME_WHY);
			/* The other number: "Solution Party" and "Solution Parties". */
			if (qe - q > 5 && !memcmp(t + qe - 5, "Party", 5)) {
				memcpy(other, t + q, qe - q - 1);
				memcpy(other + (qe - q - 1), "ies", 3);
				add_party(out, other, qe - q + 2, q, role, GROUP_NAME_WHY);
			} else if (qe - q > 7 && !memcmp(t + qe - 7, "Parties", 7)) {
				memcpy(other, t + q, qe - q - 3);
				other[qe - q - 3] = 'y';
				add_party(out, other, qe - q - 2, q, role, GROUP_NAME_WHY);
			} else if (qe - q > 4 && t[qe - 1] == 's' && t[qe - 2] != 's' &&
				   islower((unsigned char)t[qe - 2])) {
				/* "Solution Providers", "Consortium Members": "Each Solution Provider". */
				add_party(out, t + q, qe - q - 1, q, role, GROUP_NAME_WHY);
			}
		}
	}
}

/* Bytes of a parties entry's line before its alias read for the body's nouns. */
#define ENTRY_NAME_REACH 240

/*
 * Whether the body uses "the <w>" as a party: before a verb the parties
 * act by ("The Region remains", "the Region shall") or as an owner ("the
 * Region's secure platform"), at least twice.
 */
static int the_body_acts(const char *t, size_t len, size_t from, const char *w, size_t n)
{
	char word[32];
	static const char *const verbs[] = {
		"shall", "will", "may", "must", "remains", "retains", "owns", "agrees", "grants",
		"warrants", "undertakes", "acknowledges", "is", "has",
	};
	size_t i = from;
	int uses = 0;

	if (n >= sizeof word)
		return 0;
	memcpy(word, w, n);
	word[n] = '\0';
	while (i + n + 4 <= len && uses < 2) {
		size_t at = text_find(t, len, i, word, 0), k;

		if (at >= len)
			break;
		i = at + 1;
		if (at < 4 || strncasecmp(t + at - 4, "the ", 4) ||
		    (at > 4 && isalnum((unsigned char)t[at - 5])) || !short_name_at(t, len, at, n))
			continue;
		k = at + n;
		if ((k + 1 < len && t[k] == '\'' && t[k + 1] == 's') ||
		    (k + 3 < len && !memcmp(t + k, "\xE2\x80\x99s", 4)) ||
		    (k < len && t[k] == ' ' && word_at(t, len, k + 1, verbs, ARRAY_SIZE(verbs))))
			uses++;
	}
	return uses >= 2;
}

/*
 * A public body that acts through one of its parts is called by its own
 * noun in the body as well as by its alias: "(2) Region Vestkyst, acting
 * through Holmgaard Hospital, Department of Acute Medicine (\"the
 * Hospital\")", then "The Region remains the owner", "the Region's secure
 * research platform"; "Limfjord University, represented by its Faculty of
 * Health (\"the Faculty\")", then "the University shall".  The noun of a
 * body (region, province, municipality, university, ministry, ...) in the
 * name before the alias is the party too, with its role, where the body
 * uses "the <noun>" as a party at least twice and no other party's entry
 * or alias holds the noun.
 */
static void add_body_nouns(const struct document *doc, struct roles *out)
{
	static const char *const nouns[] = {
		"Region", "Province", "Municipality", "Canton", "Prefecture", "University", "Ministry",
		"Authority", "Council", "Agency", "Department", "Hospital", "Trust", "Board",
	};
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, i, j, k, nparties = out->nparties;

	for (i = 0; i < nparties; i++) {
		/*
		 * Copied: add_party below may move out->parties, so nothing
		 * of the entry is read through a pointer into it.
		 */
		const size_t at = out->parties[i].at;
		const enum party_role role = out->parties[i].role;
		/* The nouns of the entry read so far: their starts (a word and a space each). */
		size_t ls, open, w, e, tried[ENTRY_NAME_REACH / 2], ntried = 0, m;

		if (role == ROLE_UNKNOWN || out->parties[i].short_name || at >= len ||
		    at >= PREAMBLE_MAX)
			continue;
		for (open = at; open > 0 && at - open < 8 && t[open - 1] != '('; open--)
			;
		if (!open || t[open - 1] != '(')
			continue;
		open--;
		for (ls = open; ls > 0 && t[ls - 1] != '\n' && open - ls < ENTRY_NAME_REACH; ls--)
			;
		for (w = ls; w < open; w = e) {
			while (w < open && !isalpha((unsigned char)t[w]))
				w++;
			for (e = w; e < open && isalpha((unsigned char)t[e]); e++)
				;
			if (e == w || !isupper((unsigned char)t[w]) ||
			    !word_in(t + w, e - w, nouns, ARRAY_SIZE(nouns)))
				continue;
			/*
			 * A noun the entry repeats is read once: each reading
			 * looks through the whole text for "the <noun>", and a
			 * line of "Region Region ..." would have it done once
			 * for each word.
			 */
			for (m = 0; m < ntried; m++)
				if (!memcmp(t + tried[m], t + w, e - w) &&
				    !isalpha((unsigned char)t[tried[m] + e - w]))
					break;
			if (m < ntried)
				continue;
			tried[ntried++] = w;
			/* No other party holds the noun, in its alias or its entry's line. */
			for (j = 0; j < out->nparties; j++) {
				const struct party *q = &out->parties[j];
				size_t qo, qs;

				if (j == i || q->at >= len)
					continue;
				{
					char word[32];

					if (e - w >= sizeof word)
						break;
					memcpy(word, t + w, e - w);
					word[e - w] = 0;
					if (has_word_as(q->alias, strlen(q->alias), word, 1))
						break;
					for (qo = q->at; qo > 0 && q->at - qo < ENTRY_NAME_REACH &&
					     t[qo - 1] != '\n'; qo--)
						;
					qs = qo;
					if (has_word_as(t + qs, q->at - qs, word, 1))
						break;
				}
			}
			if (j < out->nparties)
				continue;
			for (k = 0; k < out->nparties; k++)
				if (strlen(out->parties[k].alias) == e - w &&
				    !memcmp(out->parties[k].alias, t + w, e - w))
					break;
			if (k < out->nparties || !the_body_acts(t, len, at, t + w, e - w))
				continue;
			add_party(out, t + w, e - w, at, role, "its body's noun");
		}
	}
}

/*
 * The parties and their roles: the aliases and names the preamble defines
 * (grouped: the aliases defined together are one party), then the role of
 * each group, then the first words of the companies' names, then a reseller
 * or distributor the contract names only by its role word.
 */
void parties_find(struct roles_finder *rf, const struct document *doc, struct roles *out)
{
	int groups[MAX_PARTIES];
	size_t ngroups = 0;

	find_party_aliases(rf, doc, out, groups, &ngroups);
	decide_roles(rf, doc, out, groups, ngroups);
	add_short_names(rf, doc, out);
	add_body_nouns(doc, out);
	add_undefined_resellers(doc, out);
	add_group_names(doc, out);
	party_places(rf, doc, out);
	address_fields(rf, doc, out);
}

#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "sentence_shape.h"
#include "xalloc.h"

/*
 * A caption ("12. SOURCE CODE ESCROW", "Limitation of Liability.") names a
 * clause without being one: reporting it would quote a heading as evidence
 * and take a single word for a whole clause.  A caption here is at most
 * CAPTION_MAX_WORDS words, each capitalised or a short function word, after
 * any leading number ("1.6", "(b)", "Article IV"); a little longer without
 * a stop, which a clause in capitals ends with ("LICENSOR PROVIDES THE
 * SOFTWARE WITHOUT WARRANTY OF ANY KIND.") and a heading on its own line
 * seldom does.
 */
#define CAPTION_MAX_WORDS 8
#define CAPTION_MAX_WORDS_NO_STOP 10

/*
 * Word lists with their lengths, in lower case and sorted in strcmp()
 * order: every sentence's words are looked up in them, and a strlen per
 * entry per word cost more than the rest of is_caption.
 */
struct word {
	const char *s;
	size_t n;
};

#define WORD(lit) { lit, sizeof(lit) - 1 }

static int in_words(const struct word *v, size_t nv, const char *w, size_t n, int caseless)
{
	size_t i, lo = 0, hi = nv;
	unsigned first;

	if (!n)
		return 0;
	/*
	 * The first letter rules out most words before a compare.  Every
	 * list is in lower case, so only w's letter is folded, once; and
	 * sorted, so a halving search finds the first entry with that letter
	 * and the scan ends at the first entry past it.
	 */
	first = (unsigned char)w[0];
	if (caseless && first - 'A' < 26u)   /* tolower in the C locale */
		first |= 0x20;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if ((unsigned char)v[mid].s[0] < first)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < nv && (unsigned char)v[i].s[0] == first; i++)
		if (v[i].n == n &&
		    (caseless ? !strncasecmp(v[i].s, w, n) : !memcmp(v[i].s, w, n)))
			return 1;
	return 0;
}

static int is_function_word(const char *w, size_t n)
{
	static const struct word words[] = {
		WORD("a"), WORD("an"), WORD("and"), WORD("as"), WORD("at"), WORD("by"),
		WORD("for"), WORD("in"), WORD("of"), WORD("on"), WORD("or"), WORD("the"),
		WORD("to"), WORD("with")
	};

	return in_words(words, ARRAY_SIZE(words), w, n, 0);
}

/* Whether c is a letter of the roman numerals up to C, in either case. */
static int is_roman_letter(unsigned char c)
{
	switch (c | 0x20) {
	case 'i': case 'v': case 'x': case 'l': case 'c':
		return 1;
	default:
		return 0;
	}
}

/* "1.6", "12.", "(b)", "IV.", "(iii)": a clause label, not a word. */
static int is_label_token(const char *w, size_t n)
{
	size_t i, letters = 0, roman = 0;

	if (n > 7)
		return 0;
	for (i = 0; i < n; i++)
		if (isalpha((unsigned char)w[i])) {
			letters++;
			roman += is_roman_letter((unsigned char)w[i]);
		}
	if (!letters)
		return 1;
	return (w[0] == '(' || w[n - 1] == '.' || w[n - 1] == ')') &&
	       (letters == 1 || roman == letters);
}

/* Words that make a short line a statement rather than a title. */
static int is_verb_word(const char *w, size_t n)
{
	static const struct word words[] = {
		WORD("agree"), WORD("agrees"), WORD("are"), WORD("be"), WORD("been"),
		WORD("can"), WORD("cannot"), WORD("does"), WORD("has"), WORD("have"),
		WORD("is"), WORD("may"), WORD("means"), WORD("must"), WORD("no"),
		WORD("not"), WORD("shall"), WORD("was"), WORD("were"), WORD("will")
	};

	return in_words(words, ARRAY_SIZE(words), w, n, 1);
}

/*
 * Whether s[0..len) ends as a sentence does, quotes and brackets aside:
 * captions on a line of their own often lack the stop.
 */
static int ends_with_stop(const char *s, size_t len)
{
	while (len && (isspace((unsigned char)s[len - 1]) || s[len - 1] == '"' ||
		       s[len - 1] == '\'' || s[len - 1] == ')'))
		len--;
	return len && strchr(".;:,!?", s[len - 1]) != NULL;
}

/*
 * Whether the text ends as a list item does, with ";" or "; and", "; or":
 * "(a) EITHER PARTY'S OBLIGATIONS IN SECTION 9 (INDEMNIFICATION);" is an
 * item in capitals, not a title.
 */
static int ends_as_item(const char *s, size_t len)
{
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	/* Most sentences end in neither: the last letter tells before a compare. */
	if (len >= 3 && tolower((unsigned char)s[len - 1]) == 'd' &&
	    !strncasecmp(s + len - 3, "and", 3) &&
	    (len == 3 || !isalpha((unsigned char)s[len - 4])))
		len -= 3;
	else if (len >= 2 && tolower((unsigned char)s[len - 1]) == 'r' &&
		 !strncasecmp(s + len - 2, "or", 2) &&
		 (len == 2 || !isalpha((unsigned char)s[len - 3])))
		len -= 2;
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	return len && s[len - 1] == ';';
}

/* Verbs a short sentence states a term with, beyond is_verb_word's. */
static int is_statement_verb(const char *w, size_t n)
{
	static const struct word words[] = {
		WORD("applies"), WORD("apply"), WORD("govern"), WORD("governs"),
		WORD("include"), WORD("includes"), WORD("prevail"), WORD("prevails"),
		WORD("remain"), WORD("require"), WORD("survive"), WORD("survives"),
	};

	return in_words(words, ARRAY_SIZE(words), w, n, 1);
}

static int is_caption(const char *s, size_t len)
{
	size_t i = 0, words = 0, prev = 0, prev_n = 0;
	int stop = ends_with_stop(s, len), lower_verb;

	if (ends_as_item(s, len))
		return 0;

	while (i < len) {
		size_t w, n;

		while (i < len && (isspace((unsigned char)s[i]) || s[i] == '&' || s[i] == '-'))
			i++;
		if (i == len)
			break;
		w = i;
		while (i < len && !isspace((unsigned char)s[i]))
			i++;
		n = i - w;
		if (!words && (is_label_token(s + w, n) ||
			       (n == 7 && (!strncasecmp(s + w, "article", 7) ||
					   !strncasecmp(s + w, "section", 7)))))
			continue;
		if (++words > (stop ? CAPTION_MAX_WORDS : CAPTION_MAX_WORDS_NO_STOP))
			return 0;
		while (n && ispunct((unsigned char)s[w + n - 1]))
			n--;
		while (n && ispunct((unsigned char)s[w])) {
			w++;
			n--;
		}
		/*
		 * A title without a stop may leave its verb in lower case, as
		 * function words are: "c. Content is Uploaded at Your Own Risk".
		 */
		lower_verb = !stop && words > 1 &&
			     ((n == 2 && !strncmp(s + w, "is", 2)) ||
			      (n == 3 && !strncmp(s + w, "are", 3)));
		if (n && !isupper((unsigned char)s[w]) && !isdigit((unsigned char)s[w]) &&
		    !lower_verb) {
			if (!is_function_word(s + w, n))
				return 0;
			/* No function word is a verb word: the lists are disjoint. */
			prev = w;
			prev_n = n;
			continue;
		}
		/*
		 * "THE SERVICES ARE PROVIDED AS IS" is a clause in capitals, but
		 * the heading "Services Available on an "AS IS" Basis" names no
		 * verb.  With a stop it is read as a clause all the same:
		 * "THE DISCLOSER PROVIDES INFORMATION ON AN "AS IS" BASIS."
		 */
		/*
		 * With a stop a verb that states a term, in capitals, makes a
		 * clause too: "TEXAS LAW GOVERNS THIS AGREEMENT.".  Not in a
		 * title's capitals: "Certain Provisions to Survive Termination."
		 */
		if ((is_verb_word(s + w, n) ||
		     (stop && n > 1 && isupper((unsigned char)s[w + 1]) && is_statement_verb(s + w, n))) &&
		    !lower_verb &&
		    !(!stop && prev_n == 2 && !strncasecmp(s + prev, "as", 2) && n == 2 &&
		      !strncasecmp(s + w, "is", 2)))
			return 0;
		prev = w;
		prev_n = n;
	}
	return words > 0;
}

/* Words in a run-in heading, at most: "3.5 Residual knowledge." */
#define RUN_IN_MAX_WORDS 4

/* Words that open a sentence, never a heading: "We delete data." */
static int is_opening_pronoun(const char *w, size_t n)
{
	static const struct word words[] = {
		WORD("a"), WORD("all"), WORD("an"), WORD("any"), WORD("each"), WORD("every"),
		WORD("he"), WORD("it"), WORD("its"), WORD("our"), WORD("she"), WORD("that"),
		WORD("the"), WORD("their"), WORD("these"), WORD("they"), WORD("this"),
		WORD("those"), WORD("we"), WORD("you"), WORD("your"),
	};

	return in_words(words, ARRAY_SIZE(words), w, n, 1);
}


/*
 * A caption in sentence case that runs into its clause: "3.5 Residual
 * knowledge. Nothing in this Agreement restricts ...".  is_caption wants
 * each word capitalised; here the heading is told by where it stands and
 * what it lacks: the first sentence of its paragraph, with more of the
 * paragraph after it, a few words, a capital first, and no verb, which
 * short clauses have ("Customer owns outputs."): no modal, no word after
 * the first ending in "s", and no pronoun or article to open it.
 */
static int is_run_in_heading(const struct document *doc, size_t si, const char *s, size_t len)
{
	size_t i = 0, words = 0;

	if (si + 1 >= doc->nsent || doc->sents[si + 1].para != doc->sents[si].para ||
	    (si > 0 && doc->sents[si - 1].para == doc->sents[si].para))
		return 0;
	while (len > 0 && isspace((unsigned char)s[len - 1]))
		len--;
	if (!len || s[len - 1] != '.')
		return 0;
	while (i < len) {
		size_t w, n;

		while (i < len && isspace((unsigned char)s[i]))
			i++;
		w = i;
		while (i < len && !isspace((unsigned char)s[i]))
			i++;
		n = i - w;
		if (!n || (!words && is_label_token(s + w, n)))
			continue;
		while (n && ispunct((unsigned char)s[w + n - 1]))
			n--;
		if (!n || ++words > RUN_IN_MAX_WORDS ||
		    (words == 1 && (!isupper((unsigned char)s[w]) || is_opening_pronoun(s + w, n))) ||
		    (words > 1 && (s[w + n - 1] == 's' || s[w + n - 1] == 'S')) ||
		    is_verb_word(s + w, n) || is_statement_verb(s + w, n))
			return 0;
	}
	return words > 0;
}

/*
 * List items and their lead-in.  "Provider shall not: (a) sell Customer
 * Data; (b) use it to train models" is often split into one sentence per
 * item, and an item alone has lost its actor and any negation: "(b) use it
 * to train models".  An item is read as its lead-in followed by the item
 * without its label: "Provider shall not use it to train models".
 */
#define LEADIN_LOOKBACK 40      /* sentences back to the lead-in, at most */
#define LEADIN_MAX 600          /* bytes of the lead-in kept, before its colon */

/*
 * Bytes of an item label at the start of s ("(a) ", "ii. ", "3) ", "- ",
 * "\u2022 "), or 0.  The bullets the text loader reads besides "-" and "*":
 * "\u2022", "\u25E6", "\u25AA" and "\u00B7" ("\u2013" is "-" in the view).
 */
static size_t item_label_len(const char *s, size_t len)
{
	size_t i = 0, j;

	if (len < 2)
		return 0;
	if ((s[0] == '-' || s[0] == '*') && s[1] == ' ')
		return 2;
	if ((unsigned char)s[0] >= 0x80) {
		size_t b = 0;

		if (len >= 4 && (!memcmp(s, "\xE2\x80\xA2", 3) || !memcmp(s, "\xE2\x97\xA6", 3) ||
				 !memcmp(s, "\xE2\x96\xAA", 3)))
			b = 3;
		else if (len >= 3 && !memcmp(s, "\xC2\xB7", 2) && s[2] == ' ')
			b = 2;
		if (b)
			return s[b] == ' ' ? b + 1 : b;
		return 0;
	}
	if (s[0] == '(')
		i++;
	else if (!isalnum((unsigned char)s[0]))
		return 0;
	j = i;
	while (j < len && j - i < 6 && isalnum((unsigned char)s[j]))
		j++;
	if (j == i || j - i > 5 || j >= len || !(s[j] == ')' || (s[0] != '(' && s[j] == '.')))
		return 0;
	/* Letters: one or two ("a", "aa") or roman numerals ("iv"). */
	if (!isdigit((unsigned char)s[i])) {
		size_t k, roman = 0;

		for (k = i; k < j; k++) {
			if (!islower((unsigned char)s[k]) && !isupper((unsigned char)s[k]))
				return 0;
			roman += is_roman_letter((unsigned char)s[k]);
		}
		if (j - i > 2 && roman != j - i)
			return 0;
	} else {
		size_t k;

		for (k = i; k < j; k++)
			if (!isdigit((unsigned char)s[k]))
				return 0;
	}
	j++;
	if (j < len && s[j] != ' ')
		return 0;
	return j < len ? j + 1 : j;
}

/* Value of a roman numeral of i, v and x up to 39 ("iv", "XII"), else 0. */
static unsigned roman_value(const char *s, size_t n)
{
	static const char *const ones[] = {
		"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"
	};
	size_t i, k, tens = 0;

	while (tens < n && tolower((unsigned char)s[tens]) == 'x')
		tens++;
	if (!n || tens > 3)
		return 0;
	for (i = 0; i < ARRAY_SIZE(ones); i++) {
		if (strlen(ones[i]) != n - tens)
			continue;
		for (k = tens; k < n && tolower((unsigned char)s[k]) == ones[i][k - tens]; k++)
			;
		if (k == n)
			return (unsigned)(tens * 10 + i);
	}
	return 0;
}

/* The letters or digits of the item label opening s: "iv" of "(iv) ". */
static const char *label_id(const char *s, size_t *n)
{
	if (*s == '(')
		s++;
	for (*n = 0; isalnum((unsigned char)s[*n]); (*n)++)
		;
	return s;
}

/*
 * What an item label counts with: 'd' digits, 'a' lower-case letters, 'A'
 * capitals, 'i' and 'I' roman numerals, '-' a bullet.  Items of one list
 * share it; a parent item mostly counts with another.  A lone "i", "v" or
 * "x" reads here as a letter; item_kind settles it from what came before.
 */
static char label_kind(const char *s)
{
	size_t n;
	const char *id = label_id(s, &n);

	if (isdigit((unsigned char)*id))
		return 'd';
	if (!isalpha((unsigned char)*id))
		return '-';
	if (n > 1 && roman_value(id, n))
		return isupper((unsigned char)*id) ? 'I' : 'i';
	return isupper((unsigned char)*id) ? 'A' : 'a';
}

static size_t leadin_end(const char *s, size_t len);

/*
 * The kind of the label opening sentence si, an item.  A lone "(i)" is a
 * letter where the item before it is "(h)" (not ending in a colon, which
 * opens a list) or ends a roman list of "(h)"'s: "(h) ...: (i) ...; (ii)
 * ...; (i) ...".  Otherwise it opens a list and is roman.  A lone "(v)" or
 * "(x)" is roman only after "(iv)" or "(ix)": "(x)" and "(y)" are letters
 * lists are drafted with.  Only these three labels look back, and no
 * further than the item before.
 */
static char item_kind(const struct view *v, const struct document *doc, size_t si)
{
	const char *s = v->text.ptr + v->sent_start[si];
	char kind = label_kind(s), c, roman;
	size_t n, back;
	const char *id = label_id(s, &n);

	if ((kind != 'a' && kind != 'A') || n != 1 || !strchr("ivxIVX", *id))
		return kind;
	c = (char)tolower((unsigned char)*id);
	roman = kind == 'a' ? 'i' : 'I';
	for (back = 1; back <= LEADIN_LOOKBACK && back <= si; back++) {
		size_t li = si - back, pn;
		const char *l = v->text.ptr + v->sent_start[li], *pid;
		size_t ln = v->sent_end[li] - v->sent_start[li];
		size_t plab = item_label_len(l, ln);

		if (!plab) {
			/* Text inside the item before, unless it is a lead-in. */
			if (!leadin_end(l, ln) &&
			    !(doc->paras[doc->sents[li].para].kind == PARA_HEADING &&
			      is_caption(l, ln)))
				continue;
			break;
		}
		pid = label_id(l, &pn);
		while (ln > plab && l[ln - 1] == ' ')
			ln--;
		if (pn == 1 && *pid == *id - 1)
			return l[ln - 1] == ':' && c == 'i' ? roman : kind;
		if (pn > 1 && isupper((unsigned char)*pid) == isupper((unsigned char)*id) &&
		    roman_value(pid, pn)) {
			if (roman_value(pid, pn) + 1 == roman_value(id, 1))
				return roman;
			return kind;
		}
		break;
	}
	return c == 'i' ? roman : kind;
}

/*
 * Words a lead-in without a colon stops on: "shall release the Deposit
 * Materials to the Licensee if", "(a) ...".  A sentence ending so, or on
 * a comma, is unfinished, and the items finish it.
 */
static int is_unfinished_end(const char *s, size_t len)
{
	static const struct word words[] = {
		WORD("a"), WORD("an"), WORD("and"), WORD("any"), WORD("by"), WORD("following"),
		WORD("for"), WORD("from"), WORD("if"), WORD("including"), WORD("nor"),
		WORD("of"), WORD("or"), WORD("that"), WORD("the"), WORD("to"), WORD("unless"),
		WORD("upon"), WORD("when"), WORD("where"), WORD("whether"), WORD("which"),
		WORD("with"),
	};
	static const struct word joins[] = { WORD("and"), WORD("nor"), WORD("or") };
	size_t w = len;

	/* Not a dash: a page number ("- 56 -") ends so. */
	if (len && s[len - 1] == ',')
		return 1;
	while (w > 0 && isalpha((unsigned char)s[w - 1]))
		w--;
	/* A word of its own, after a space, in a sentence of several. */
	if (!(w > 0 && w < len && s[w - 1] == ' ' &&
	      in_words(words, ARRAY_SIZE(words), s + w, len - w, 1)))
		return 0;
	/* "...; and", "...; or": an item that ends, not its list's lead-in. */
	return !(w >= 2 && s[w - 2] == ';' &&
		 in_words(joins, ARRAY_SIZE(joins), s + w, len - w, 1));
}

/*
 * Where a sentence that closes as a lead-in ends it: before its final
 * colon, or at its end where it is unfinished; 0 if it closes otherwise.
 * An item that is itself a lead-in ("(3) ... if") can only be one so.
 */
static size_t leadin_end_at_close(const char *s, size_t len)
{
	size_t i = len;

	while (i > 0 && s[i - 1] == ' ')
		i--;
	if (i > 0 && s[i - 1] == ':')
		return i - 1;
	return is_unfinished_end(s, i) ? i : 0;
}

/*
 * Where the lead-in of a list ends: where it closes as one, or just
 * before its last ':' that an item label follows.  0 when `s` is no
 * lead-in.
 */
static size_t leadin_end(const char *s, size_t len)
{
	size_t i = leadin_end_at_close(s, len), found = 0;
	const char *c;

	if (i)
		return i;
	/* The last colon an item label follows; most sentences have none. */
	for (c = memchr(s, ':', len); c; c = memchr(c + 1, ':', len - (size_t)(c + 1 - s))) {
		size_t k = (size_t)(c + 1 - s);

		while (k < len && s[k] == ' ')
			k++;
		if (k < len && item_label_len(s + k, len - k))
			found = (size_t)(c - s) + 1;
	}
	return found ? found - 1 : 0;
}

/* A label kind with roman numerals read as the letters they may be. */
static char letter_kind(char kind)
{
	return kind == 'i' ? 'a' : kind == 'I' ? 'A' : kind;
}

/*
 * The kind (letter_kind) of the item label after the lead-in's ':' at
 * s[end] within the sentence, 0 when its items do not start there.
 */
static char inline_list_kind(const char *s, size_t len, size_t end)
{
	size_t k = end + 1;

	if (end >= len || s[end] != ':')
		return 0;
	while (k < len && s[k] == ' ')
		k++;
	if (k >= len || !item_label_len(s + k, len - k))
		return 0;
	return letter_kind(label_kind(s + k));
}

/*
 * Whether sentence li, not an item itself, is a later sentence of an item
 * of `kind`: its paragraph opens with that item, a sentence or more before.
 */
static int in_sibling_item(const struct view *v, const struct document *doc, size_t li,
			   char kind)
{
	size_t first = doc->sents[li].first;

	return first < li &&
	       item_label_len(v->text.ptr + v->sent_start[first],
			      v->sent_end[first] - v->sent_start[first]) &&
	       item_kind(v, doc, first) == kind;
}

/* Whether sentence li + 1 is an item of another kind than `kind`. */
static int other_item_follows(const struct view *v, const struct document *doc, size_t li,
			      char kind)
{
	const char *first = v->text.ptr + v->sent_start[li + 1];
	size_t fn = v->sent_end[li + 1] - v->sent_start[li + 1];

	return item_label_len(first, fn) && item_kind(v, doc, li + 1) != kind;
}

/* Lead-ins chained over one item, at most: "shall not: (a) use it to: (i) train". */
#define LEADIN_CHAIN 3

/*
 * The lead-in of item `si`: sets *li_out to the sentence holding it and
 * [*from_out, *to_out) to its words in that sentence, the label of an item
 * that is itself a lead-in left out.  Returns 0 when the item has none.
 */
static int find_leadin(const struct view *v, const struct document *doc, size_t si,
		       size_t *li_out, size_t *from_out, size_t *to_out)
{
	char kind = item_kind(v, doc, si);
	size_t back;

	for (back = 1; back <= LEADIN_LOOKBACK && back <= si; back++) {
		size_t li = si - back;
		const char *l = v->text.ptr + v->sent_start[li];
		size_t ln = v->sent_end[li] - v->sent_start[li], end, from;
		size_t plab = item_label_len(l, ln);

		/* Lists stay within a few paragraphs; a heading ends them. */
		if (doc->paras[doc->sents[li].para].kind == PARA_HEADING &&
		    is_caption(l, ln))
			return 0;
		if (plab) {
			/*
			 * A sibling item is passed over, but an item of another kind
			 * that ends as a lead-in is the parent: "(3) The Escrow Agent
			 * shall release ... if" over "(a)", "(b)".  Its label is no
			 * part of the lead-in.
			 */
			if (item_kind(v, doc, li) == kind || !(end = leadin_end_at_close(l, ln)) ||
			    end <= plab)
				continue;
		} else {
			end = leadin_end(l, ln);
			/*
			 * A later sentence of a sibling item ("* Inform Customer of
			 * any new Subprocessor. Customer may object ...") is passed
			 * over like the item, unless a colon ends it: one left
			 * unfinished ("arising out of or based upon") leads the
			 * item's own sub-items ("(i) ... or (ii) ..."), not its
			 * siblings, and so do one with its items after its colon
			 * ("(b) ... based upon: (i) ...; or (ii) ...") and one
			 * that items of another kind follow ("(c) ... The Company
			 * shall:" over "(i) ...").
			 */
			if (in_sibling_item(v, doc, li, kind) &&
			    (!(end && end < ln && l[end] == ':') || inline_list_kind(l, ln, end) ||
			     other_item_follows(v, doc, li, kind)))
				continue;
			/*
			 * A lead-in with its items inline ("Meta will retain it as
			 * needed: (i) ...; and (v) ...") opens the list they start:
			 * "5. Standard Services" after it, counting otherwise, is
			 * the next clause.
			 */
			if (end && inline_list_kind(l, ln, end) &&
			    inline_list_kind(l, ln, end) != letter_kind(kind))
				return 0;
		}
		if (!end)
			return 0;
		/*
		 * The list a lead-in opens is the one its first item starts:
		 * "2. Escrow" after "(d) ... based upon: (i) ...; (ii) ...;
		 * (e) ..." is no item of it, but the next clause.
		 */
		if (back > 1 && other_item_follows(v, doc, li, kind))
			return 0;
		from = end > LEADIN_MAX ? end - LEADIN_MAX : 0;
		if (from < plab)
			from = plab;
		while (from > 0 && from < end && l[from - 1] != ' ')
			from++;
		*li_out = li;
		*from_out = from;
		*to_out = end;
		return 1;
	}
	return 0;
}

/*
 * Whether a lead-in that is itself an item reads on from its own lead-in:
 * "(a) use Customer Data to:" finishes "The Provider shall not:".  One
 * that turns to an exception ("(c) act, except that the Provider may use
 * Customer Data to:") says who may do what itself: the negation before it
 * is not the exception's.
 */
static int leadin_reads_on(const char *s, size_t len)
{
	static const struct word turns[] = {
		WORD("but"), WORD("except"), WORD("excluding"), WORD("however"),
		WORD("provided"), WORD("save"), WORD("unless"),
	};
	size_t i = 0, w;

	while (i < len) {
		while (i < len && !isalpha((unsigned char)s[i]))
			i++;
		w = i;
		while (i < len && isalpha((unsigned char)s[i]))
			i++;
		if (i > w && in_words(turns, ARRAY_SIZE(turns), s + w, i - w, 1))
			return 0;
	}
	return 1;
}

/*
 * The text to match for sentence `si`: the sentence itself, or for a list
 * item with a lead-in, "lead-in item" in *joined.  An item's lead-in that
 * is an item reading on from a lead-in of its own comes after that one:
 * "The Provider shall not use the Model to train other models" for "(i)
 * train other models" under "(a) use the Model to:".  *lead is the length
 * of the lead-ins and the space after them (0 without one), *label the
 * bytes of the item's label left out.
 */
const char *shape_item_subject(const struct view *v, const struct document *doc, size_t si,
			       struct buf *joined, size_t *len, size_t *lead, size_t *label)
{
	const char *s = v->text.ptr + v->sent_start[si];
	size_t n = v->sent_end[si] - v->sent_start[si], lab;
	size_t li[LEADIN_CHAIN], from[LEADIN_CHAIN], to[LEADIN_CHAIN];
	int depth = 0;

	*len = n;
	*lead = *label = 0;
	lab = item_label_len(s, n);
	if (!lab || lab >= n)
		return s;
	while (depth < LEADIN_CHAIN &&
	       find_leadin(v, doc, depth ? li[depth - 1] : si, &li[depth], &from[depth],
			   &to[depth])) {
		const char *l = v->text.ptr + v->sent_start[li[depth]];
		size_t ln = v->sent_end[li[depth]] - v->sent_start[li[depth]];

		depth++;
		/* Only an item reads on from a lead-in of its own. */
		if (!item_label_len(l, ln) ||
		    !leadin_reads_on(l + from[depth - 1], to[depth - 1] - from[depth - 1]))
			break;
	}
	if (!depth)
		return s;
	buf_reset(joined);
	while (depth-- > 0) {
		const char *l = v->text.ptr + v->sent_start[li[depth]];

		buf_add(joined, l + from[depth], to[depth] - from[depth]);
		buf_addch(joined, ' ');
	}
	*lead = joined->len;
	*label = lab;
	buf_add(joined, s + lab, n - lab);
	*len = joined->len;
	return joined->ptr;
}

/* View offset, within sentence si, of offset `off` of its item subject. */
size_t shape_subject_to_view(const struct view *v, size_t si, size_t off,
			     size_t lead, size_t label)
{
	if (!lead)
		return v->sent_start[si] + off;
	/* A match from the lead-in starts, in the item, at its label. */
	if (off <= lead)
		return v->sent_start[si];
	return v->sent_start[si] + label + (off - lead);
}

/*
 * A numbered heading over its clause, verb and all ("25. We can change
 * these terms"): the clause under it says the same with its conditions,
 * and carries the finding.  Only a loader's heading with a label, no stop
 * and a heading's length counts: a whole clause set in a DOCX heading
 * style ("5.1 Vendor shall make the Services available ... when it does
 * not:[1]") is still a clause.
 */
static int is_numbered_heading(const struct document *doc, size_t si, const char *s, size_t len)
{
	const struct paragraph *p = &doc->paras[doc->sents[si].para];
	size_t i, words = 0;

	if (p->kind != PARA_HEADING || !p->label || ends_with_stop(s, len) ||
	    ends_as_item(s, len))
		return 0;
	for (i = 0; i < len; i++)
		if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ') &&
		    ++words > CAPTION_MAX_WORDS + 1)   /* the label is a word */
			return 0;
	return 1;
}

/* Words that open a caption of a part of the document: "Schedule 3: Service Levels". */
static int is_part_word(const char *w, size_t n)
{
	static const struct word words[] = {
		WORD("addendum"), WORD("annex"), WORD("appendix"), WORD("article"),
		WORD("attachment"), WORD("chapter"), WORD("clause"), WORD("exhibit"),
		WORD("module"), WORD("part"), WORD("schedule"), WORD("section"),
		WORD("table"), WORD("title"),
	};

	return in_words(words, ARRAY_SIZE(words), w, n, 1);
}

/* Words before the colon of a label line, at most: "Data Residency: Australia". */
#define LABEL_MAX_WORDS 4

/*
 * Whether a line that reads as a caption is a label line of an order form
 * or a cover page, "Governing Law: England and Wales", "Data Residency:
 * Australia": a label of a few words, a colon and a value after it.  Such
 * a line states a term, so the rules read it, label and all.  A part of
 * the document captioned so ("Part 2: Services", "Schedule 3: Service
 * Levels", "Annex II: Technical Measures") stays a caption, as does a
 * label with nothing after its colon.
 */
static int is_label_line(const char *s, size_t len)
{
	const char *colon = memchr(s, ':', len), *w, *e;
	size_t words = 0, i;

	if (!colon)
		return 0;
	for (i = (size_t)(colon - s) + 1; i < len && isspace((unsigned char)s[i]); i++)
		;
	if (i == len || colon == s || !isalnum((unsigned char)s[i]))
		return 0;
	for (w = s; w < colon; w = e) {
		while (w < colon && (isspace((unsigned char)*w) || *w == '-' || *w == '&'))
			w++;
		if (w == colon)
			break;
		for (e = w; e < colon && !isspace((unsigned char)*e); e++)
			;
		if (!words && is_label_token(w, (size_t)(e - w)))
			continue;    /* "12. Governing Law: ..." */
		if (!isalpha((unsigned char)*w) || ++words > LABEL_MAX_WORDS ||
		    (words == 1 && is_part_word(w, (size_t)(e - w))))
			return 0;
	}
	return words > 0;
}

int shape_not_a_clause(const struct view *v, const struct document *doc, size_t si)
{
	const char *s = v->text.ptr + v->sent_start[si];
	size_t len = v->sent_end[si] - v->sent_start[si];

	return doc->paras[doc->sents[si].para].contents ||
	       (is_caption(s, len) && !is_label_line(s, len)) ||
	       is_run_in_heading(doc, si, s, len) ||
	       is_numbered_heading(doc, si, s, len);
}

/* Whether paragraph `para` opens with an empty checkbox, after any indent or bullet. */
static int opens_unticked(const struct document *doc, size_t para)
{
	const char *t = doc->text.ptr;
	size_t i = doc->paras[para].start, end = doc->paras[para].end;
	int ticked;

	while (i < end && (t[i] == ' ' || t[i] == '\t' || t[i] == '-' || t[i] == '*'))
		i++;
	return document_checkbox_at(t + i, end - i, &ticked) && !ticked;
}

/*
 * Whether paragraph `para` is an option left unticked: it starts with an
 * empty checkbox (document_checkbox_at), after any indent or bullet.
 * Order forms list choices that way ("[    ] Provider will indemnify",
 * "[ x ] Expires 2 years from Effective Date"); an option nobody ticked is
 * not a term of the agreement, so no rule reads it.  Nor is the paragraph
 * an unticked option brings in with a colon ("[    ] The following is
 * added to the end of Section 8.1:"): the text it would add is the
 * option.  Only that one paragraph: what follows it is the form again.
 */
int shape_unticked_option(const struct document *doc, size_t para)
{
	const char *t = doc->text.ptr;
	size_t end;

	if (opens_unticked(doc, para))
		return 1;
	if (para == 0 || !opens_unticked(doc, para - 1))
		return 0;
	end = doc->paras[para - 1].end;
	while (end > doc->paras[para - 1].start && isspace((unsigned char)t[end - 1]))
		end--;
	return end > doc->paras[para - 1].start && t[end - 1] == ':';
}

/*
 * Whether paragraph `para` is a note to whoever fills in a form, not a
 * term: "[Drafting note: By default, the provider can use input ... to
 * make general product improvements ...]", "[Note to draft: ...]",
 * "[NTD: ...]".  It explains the clause beside it in the clause's words,
 * and read as a clause it would report the clause twice.  Only the
 * bracketed form or one that opens the paragraph with a colon: prose may
 * well mention a drafting note.
 */
int shape_drafting_note(const struct document *doc, size_t para)
{
	static const char *const openings[] = {
		"drafting note", "drafter's note", "drafters' note", "note to draft",
		"note to drafter", "ntd",
	};
	const char *t = doc->text.ptr;
	size_t i = doc->paras[para].start, end = doc->paras[para].end, k;
	int bracket;

	while (i < end && (t[i] == ' ' || t[i] == '\t'))
		i++;
	bracket = i < end && t[i] == '[';
	if (bracket)
		i++;
	/* Each opening starts with 'd' or 'n': most paragraphs end here. */
	if (i >= end || (tolower((unsigned char)t[i]) != 'd' && tolower((unsigned char)t[i]) != 'n'))
		return 0;
	for (k = 0; k < ARRAY_SIZE(openings); k++) {
		size_t n = strlen(openings[k]), j = i + n;

		if (end - i < n || strncasecmp(t + i, openings[k], n))
			continue;
		/* "Drafting Notes:", "NTD -": the word ends there, or in a plural. */
		while (j < end && isalpha((unsigned char)t[j]))
			j++;
		if (j - i > n + 1 || (j - i == n + 1 && tolower((unsigned char)t[j - 1]) != 's'))
			continue;
		while (j < end && t[j] == ' ')
			j++;
		/* In brackets the opening alone marks a note: "[NTD] ...". */
		if (j < end && (bracket || t[j] == ':' || t[j] == '-'))
			return 1;
	}
	return 0;
}

/*
 * Duties listed with no subject under a heading that says whose they are:
 * "ARTICLE 9. RIGHTS AND OBLIGATIONS OF PARTY B" over "9.2 To keep
 * confidential all information of Party A", as contracts in translation
 * are drafted.  The heading is looked for among the clauses enclosing the
 * duty, DUTY_PARENTS up at most; the party is named in it in at most
 * DUTY_PARTY_WORDS words.
 */
#define DUTY_PARENTS 3
#define DUTY_PARTY_WORDS 4

/* The first sentence of paragraph `para`, or doc->nsent where it has none. */
static size_t para_first_sentence(const struct document *doc, size_t para)
{
	size_t lo = 0, hi = doc->nsent;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->sents[mid].para < para)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < doc->nsent && doc->sents[lo].para == para ? lo : doc->nsent;
}

size_t shape_label_len(const char *s, size_t n)
{
	size_t i = item_label_len(s, n);

	if (i || !n || !isdigit((unsigned char)s[0]))
		return i;
	while (i < n && (isdigit((unsigned char)s[i]) || s[i] == '.'))
		i++;
	if (i < n && s[i] == ')')
		i++;
	if (i >= n || s[i] != ' ')
		return 0;
	return i + 1;
}

/*
 * Whether a modal follows the first comma in s[0..n): "To ensure
 * compliance with law, the Customer shall obtain consents" states a
 * purpose, and the clause after it has a subject of its own.
 */
static int modal_after_comma(const char *s, size_t n)
{
	static const struct word modals[] = {
		WORD("can"), WORD("may"), WORD("must"), WORD("shall"), WORD("will"),
	};
	const char *comma = memchr(s, ',', n);
	size_t i, w;

	if (!comma)
		return 0;
	for (i = (size_t)(comma - s) + 1; i < n; i = w + 1) {
		while (i < n && s[i] == ' ')
			i++;
		for (w = i; w < n && s[w] != ' '; w++)
			;
		if (in_words(modals, ARRAY_SIZE(modals), s + i, w - i, 0))
			return 1;
	}
	return 0;
}

/*
 * Bytes of a duty's opening in s, up to its verb: "To " of "To keep
 * confidential ...", "Not to " of "Not to disclose ...", after any label;
 * 0 for anything else, and for "To the extent ...", "To avoid doubt".
 */
static size_t duty_opening(const char *s, size_t n, int *negated)
{
	static const struct word not_verbs[] = {
		WORD("a"), WORD("all"), WORD("an"), WORD("any"), WORD("avoid"), WORD("each"),
		WORD("its"), WORD("such"), WORD("that"), WORD("the"), WORD("these"),
		WORD("this"), WORD("those"),
	};
	size_t i = shape_label_len(s, n), w;

	*negated = 0;
	if (n - i > 7 && !strncasecmp(s + i, "not to ", 7)) {
		*negated = 1;
		i += 7;
	} else if (n - i > 3 && !strncasecmp(s + i, "to ", 3)) {
		i += 3;
	} else {
		return 0;
	}
	for (w = i; w < n && islower((unsigned char)s[w]); w++)
		;
	if (w == i || (w < n && s[w] != ' ' && s[w] != ',') ||
	    in_words(not_verbs, ARRAY_SIZE(not_verbs), s + i, w - i, 0) ||
	    modal_after_comma(s + w, n - w))
		return 0;
	return i;
}

/* The word ending at k in h (before any blanks), as [*ws, k). */
static size_t word_before(const char *h, size_t k, size_t *ws)
{
	size_t s0 = k;

	while (s0 > 0 && isalpha((unsigned char)h[s0 - 1]))
		s0--;
	*ws = s0;
	return k - s0;
}

/*
 * The party named before a possessive that ends at `end` ("THE SUPPLIER"
 * of "THE SUPPLIER'S"), back to a label or "Article": DUTY_PARTY_WORDS
 * words at most.
 */
static int party_before(const char *h, size_t end, const char **x, size_t *xn)
{
	size_t k = end, words;

	for (words = 0; words < DUTY_PARTY_WORDS && k > 0; words++) {
		size_t ws = k;

		while (ws > 0 && h[ws - 1] != ' ')
			ws--;
		if (ws == k || is_label_token(h + ws, k - ws) ||
		    (k - ws == 7 && (!strncasecmp(h + ws, "article", 7) ||
				     !strncasecmp(h + ws, "section", 7))))
			break;
		k = ws;
		while (k > 0 && h[k - 1] == ' ')
			k--;
	}
	while (k < end && h[k] == ' ')
		k++;
	*x = h + k;
	*xn = end - k;
	return k < end;
}

/* The party named after "of " at `at`: up to DUTY_PARTY_WORDS words, to a mark. */
static int party_after(const char *h, size_t n, size_t at, const char **x, size_t *xn)
{
	size_t z = at, words;

	for (words = 0; words < DUTY_PARTY_WORDS && z < n; words++) {
		size_t we = z;

		while (we < n && (isalnum((unsigned char)h[we]) || h[we] == '-'))
			we++;
		if (we == z)
			break;
		z = we;
		if (z + 1 >= n || h[z] != ' ' || !isalnum((unsigned char)h[z + 1]) ||
		    words + 1 == DUTY_PARTY_WORDS)
			break;
		z++;
	}
	*x = h + at;
	*xn = z - at;
	return z > at;
}

/*
 * The party a heading gives duties to, as written in it (*x, *xn):
 * "OBLIGATIONS OF PARTY B", "Duties and responsibilities of the
 * Contractor", "THE SUPPLIER'S RESPONSIBILITIES", "Party B's rights and
 * obligations".
 */
static int heading_party(const char *h, size_t n, const char **x, size_t *xn)
{
	static const struct word duties[] = {
		WORD("commitments"), WORD("covenants"), WORD("duties"), WORD("obligations"),
		WORD("responsibilities"), WORD("undertakings"),
	};
	static const struct word paired[] = {
		WORD("duties"), WORD("obligations"), WORD("responsibilities"), WORD("rights"),
	};
	size_t i = 0;

	while (i < n) {
		size_t w = i, e, b, ws, pn;

		while (i < n && isalpha((unsigned char)h[i]))
			i++;
		e = i;
		if (i < n)
			i++;
		if (!in_words(duties, ARRAY_SIZE(duties), h + w, e - w, 1))
			continue;
		/* "X's obligations", "X's rights and obligations". */
		b = w;
		if (b >= 5 && !strncasecmp(h + b - 5, " and ", 5)) {
			pn = word_before(h, b - 5, &ws);
			if (in_words(paired, ARRAY_SIZE(paired), h + ws, pn, 1))
				b = ws;
		}
		if (b >= 3 && h[b - 1] == ' ' && tolower((unsigned char)h[b - 2]) == 's' &&
		    h[b - 3] == '\'')
			return party_before(h, b - 3, x, xn);
		/* "obligations of X", "duties and responsibilities of the X". */
		b = e;
		if (n - b > 5 && !strncasecmp(h + b, " and ", 5)) {
			size_t z = b + 5;

			while (z < n && isalpha((unsigned char)h[z]))
				z++;
			if (in_words(paired, ARRAY_SIZE(paired), h + b + 5, z - b - 5, 1))
				b = z;
		}
		if (n - b > 4 && !strncasecmp(h + b, " of ", 4))
			return party_after(h, n, b + 4, x, xn);
	}
	return 0;
}

int shape_duty_heading(const struct view *v, const struct document *doc, size_t si,
		       size_t *open, int *negated, const char **party, size_t *party_len)
{
	const char *s = v->text.ptr + v->sent_start[si];
	size_t n = v->sent_end[si] - v->sent_start[si], para = doc->sents[si].para, up;
	long p;

	if (doc->sents[si].first != si || !(*open = duty_opening(s, n, negated)))
		return 0;
	for (p = doc->paras[para].parent, up = 0; p >= 0 && up < DUTY_PARENTS;
	     p = doc->paras[p].parent, up++) {
		size_t hs = para_first_sentence(doc, (size_t)p);
		const char *h;
		size_t hn;

		if (hs == doc->nsent)
			continue;
		h = v->text.ptr + v->sent_start[hs];
		hn = v->sent_end[hs] - v->sent_start[hs];
		if (doc->paras[p].kind != PARA_HEADING && !is_caption(h, hn))
			continue;
		return heading_party(h, hn, party, party_len);
	}
	return 0;
}

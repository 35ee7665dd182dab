#include <ctype.h>
#include <string.h>
#include <strings.h>

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>

#include "deletion.h"
#include "xref.h"
#include "xalloc.h"

/*
 * What a clause may not apply to and still be deleted: the document that
 * says so, or the deal ("Section 15.2 of the Terms does not apply to this
 * Order Form", "... shall not apply hereto").  A part of it ("to this
 * Schedule") or a matter ("to Beta Services") is a scope: the clause still
 * applies to the rest.
 */
#define SCOPE_RE \
	"(?:\\s+here(?:to|under)" \
	"|\\s+(?:to|under|in\\s+respect\\s+of)\\s+this\\s+(?:order(?:\\s+form)?|amendment|addendum" \
	"|agreement|contract|rider|side\\s+letter|letter\\s+agreement|statement\\s+of\\s+work|sow)\\b)?"

/*
 * The clause by number and bracketed title, what it belongs to, and an
 * outright deletion that ends the sentence.  Group 1 is the number, group 2
 * the title.
 */
static const char deletion_re[] =
	"\\b(?:section|clause|article|paragraph)\\s+"
	"(\\d{1,3}(?:\\.\\d{1,3}){0,4}(?:\\s?\\([a-z0-9]{1,4}\\)){0,2})"
	"\\s*\\(([^()]{2,80})\\)"
	"(?:\\s+of\\s+(?:the|these|this)\\b[^.;:()]{0,120}?)?,?\\s+"
	"(?:(?:is|are|shall\\s+be|will\\s+be)\\s+(?:hereby\\s+)?"
	"(?:deleted|struck(?:\\s+out)?|removed|omitted)"
	"(?:\\s+in\\s+(?:its|their)\\s+entirety)?"
	"|(?:does|do|shall|will)\\s+not\\s+apply" SCOPE_RE ")"
	"\\s*(?:[.;]\\s*)?$";

/* A clause's own label before a sentence: "2.1 ", "(b) ", "B4. ". */
#define ITEM_LABEL_RE \
	"(?:\\(?\\d{1,3}(?:\\.\\d{1,3}){0,4}[.)]?\\s+|\\(?(?:[a-z]|[ivx]{1,5})[.)]\\s+" \
	"|(?-i:[A-Z]{1,3})\\d{1,3}[.):]?\\s+)?"

/*
 * Clauses named by number: group 1 the reference ("Sections 4.1 and 4.2"),
 * group 2 a title in brackets after it, group 3 the other document it
 * is of ("of the Standard Terms"), group 4 a title after that document.
 */
#define CLAUSE_REF_RE \
	"((?:section|clause|article|paragraph)s?\\s+" \
	"\\d{1,3}(?:\\.\\d{1,3}){0,4}(?:\\s?\\([a-z0-9]{1,4}\\)){0,2}" \
	"(?:\\s*(?:,|,?\\s*and|,?\\s*or|to|through)\\s+" \
	"\\d{1,3}(?:\\.\\d{1,3}){0,4}(?:\\s?\\([a-z0-9]{1,4}\\)){0,2}){0,6})" \
	"(?:\\s*\\(((?-i:[A-Z])[^()]{1,80})\\))?" \
	"(?:\\s+of\\s+(?:(?:this|these)\\s+[a-z]{3,20}(?:\\s+[a-z]{3,20})?" \
	"|the\\s+((?:(?-i:[A-Z])[^\\s.,;:()\"]{0,20}\\s+){0,3}(?-i:[A-Z])[^\\s.,;:()\"]{1,20})" \
	"(?:\\s*\\(((?-i:[A-Z])[^()]{1,80})\\))?))?"

/*
 * A sentence that is a deletion by number alone: "Clause 4.3 of this
 * Schedule does not apply.", "Sections 7.2 and 7.3 are deleted.", after at
 * most a short lead-in ending in a colon ("Special Conditions:"), the
 * sentence's own label ("2.", "(b)", "SC1.") and a lead-in that says from
 * when the deal changes ("With effect from the Amendment Effective Date, ",
 * "As of 1 March 2026, "; not "As of the date of termination, ": the
 * clause applies until then).  The reference
 * must open the sentence, so that "If Customer buys the Basic Plan, Section
 * 5 does not apply." (a condition, not a deletion) is not one.  It may name
 * this document ("of this ...", "of these ...") or another by a name in
 * capitals ("of the Standard Terms"; group 3), which the caller takes only
 * where this document prints that other one (printed_elsewhere); the
 * clause's title may come before "of" or after that name ("Section 12
 * (Training) of the Terms", "of the Agreement (Residuals)"; group 2 or 4),
 * and the clause must then open with it.  The
 * deletion ends the sentence, or goes on after a semicolon or ", and" to
 * a new duty ("...does not apply; Provider shall not ..."), but not to
 * what keeps part of the clause ("; except ...", ", and is replaced by").
 * Or the clause is replaced whole ("is deleted and replaced with the
 * following:", "is replaced in its entirety by"; group 5), which the
 * caller takes only from another document printed here: this document's
 * one clause of that number may be the new text.
 * Group 1 is the reference, numbers and all.
 */
static const char number_deletion_re[] =
	"^(?:[^.;:()]{1,40}:\\s+)?" ITEM_LABEL_RE
	"(?:(?:with\\s+effect\\s+(?:from|on|as\\s+of)|effective\\s+(?:from|on|as\\s+of)|as\\s+(?:of|from))"
	"\\s+(?:(?:the\\s+)?"
	/* Not a date an event sets: "the Termination Effective Date", "the Renewal Start Date". */
	"(?:(?!(?:terminat|expir|renewal|suspension|transition|exit|migration|end)\\w*\\s)[\\w-]+\\s+){0,3}?"
	"(?:effective|start|order|commencement|signature|execution)\\s+date"
	"|the\\s+date\\s+(?:hereof|of\\s+this\\s+[\\w ]{3,30}?)"
	"|(?-i:[A-Z])[a-z]{2,8}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?-i:[A-Z])[a-z]{2,8}\\s+\\d{4})"
	",\\s+)?"
	CLAUSE_REF_RE
	",?\\s+"
	"(?:(?:(?:is|are|shall\\s+be|will\\s+be)\\s+(?:hereby\\s+)?"
	"(?:deleted|struck(?:\\s+out)?|removed|omitted)"
	"(?:\\s+in\\s+(?:its|their)\\s+entirety)?"
	"|(?:is|are|shall\\s+be|will\\s+be)\\s+(?:hereby\\s+)?of\\s+no\\s+(?:further\\s+)?"
	"(?:force\\s+(?:and|or)\\s+)?effect"
	"|(?:does|do|shall|will)\\s+not\\s+apply" SCOPE_RE ")"
	"(?:\\s*(?:[.;]\\s*)?$"
	"|\\s*(?:;|,\\s*and\\b)\\s*+(?!(?:and\\s+)?(?:except|save|unless|provided|other|but|only|insofar"
	"|however|nevertheless|notwithstanding|(?:it|which|such\\s+\\w+)\\s+(?:continues|shall|will|remains)"
	"|to\\s+the\\s+extent|in\\s+respect|(?:is|are|shall\\s+be|will\\s+be)\\s+replaced"
	"|replaced|substituted|amended)\\b))"
	"|((?:is|are|shall\\s+be|will\\s+be)\\s+(?:hereby\\s+)?"
	"(?:deleted(?:\\s+in\\s+(?:its|their)\\s+entirety)?,?\\s+and\\s+(?:is\\s+|are\\s+)?"
	"(?:hereby\\s+)?(?:replaced|substituted)(?:\\s+in\\s+(?:its|their)\\s+entirety)?"
	"|(?:replaced|superseded|substituted)\\s+in\\s+(?:its|their)\\s+entirety"
	"|amended\\s+and\\s+restated\\s+in\\s+(?:its|their)\\s+entirety)"
	"\\s+(?:with|by|to\\s+read)\\b))";

/*
 * A sentence that opens by setting clauses of another document aside,
 * after at most its own label: "Notwithstanding Section 5.3 of the Terms,
 * Supplier shall not ...", "Notwithstanding anything to the contrary in
 * Clause 9 of the Standard Terms,", "Notwithstanding the provisions of
 * Section 7.1 of the Online Terms,".  The clause is not deleted: it gives
 * way where the sentence says otherwise.
 * Groups 1 to 4 as number_deletion_re's.
 */
static const char override_re[] =
	"^" ITEM_LABEL_RE
	"notwithstanding\\s+(?:anything\\s+(?:to\\s+the\\s+contrary\\s+)?(?:contained\\s+|set\\s+forth\\s+)?in\\s+"
	"|the\\s+(?:provisions|terms)\\s+of\\s+)?"
	CLAUSE_REF_RE
	"(?:\\s+(?:above|below|hereof|herein))?(?:\\s+to\\s+the\\s+contrary)?\\s*,";

/*
 * A special condition that replaces or deletes a general one: "SCC 5.2
 * replaces GCC 5.2", "GCC 5.2 is deleted", "GCC Clause 5.2 is amended to
 * read:", "Clause 12.3 of the General Conditions is deleted and replaced
 * with the following:", after at most a short lead-in ending in a colon.
 * Group 1 (a special condition's replacing) or group 2 (a general
 * condition's deleting) is the general clause's number.  A bare "Clause
 * 2.1" (group 3) is taken only from a paragraph cited as a special
 * condition: elsewhere it may be another document's.
 */
static const char replacement_re[] =
	"^(?:[^.;:()]{1,40}:\\s+)?(?:"
	"(?:scc|sc|pcc|pc|special\\s+conditions?|particular\\s+conditions?)\\s+"
	"(?:clause\\s+)?\\d{1,3}(?:\\.\\d{1,3}){0,4}\\s+"
	"(?:replaces|supersedes|shall\\s+replace|is\\s+substituted\\s+for)\\s+"
	"(?:gcc|gc|general\\s+conditions?)\\s+(?:clause\\s+)?"
	"(\\d{1,3}(?:\\.\\d{1,3}){0,4})\\b(?!\\.\\d)"
	"|(?:(?:gcc|gc|general\\s+conditions?)\\s+(?:clause\\s+)?"
	"(\\d{1,3}(?:\\.\\d{1,3}){0,4})"
	"|(?:section|clause|article|paragraph)\\s+(\\d{1,3}(?:\\.\\d{1,3}){0,4})"
	"(?:\\s+of\\s+the\\s+(?:general\\s+conditions(?:\\s+of\\s+contract)?|gcc))?)"
	",?\\s+(?:is|shall\\s+be)\\s+(?:hereby\\s+)?"
	"(?:deleted(?:\\s+in\\s+its\\s+entirety)?(?:\\s*[.;:]|\\s*$|\\s+and\\s+(?:replaced|substituted))"
	"|(?:replaced|substituted)\\s+(?:by|with)\\b"
	"|amended\\s+to\\s+read\\b))";

/*
 * Whether the sentence may match deletion_re: somewhere a number is
 * followed by a bracketed title ("1.6 (Machine"), and one of the verbs
 * follows.  Every sentence of every document passes here, and brackets
 * are common ("(a)", "thirty (30)") where numbers before titles are not,
 * so the verbs are looked for only after such a title.
 */
/* A word the prefilters look for, lower case, and its length. */
struct word {
	const char *w;
	size_t n;
};

/* Whether p[0..left) opens with one of words[0..nwords), in any case. */
static int opens_with_any(const char *p, size_t left, const struct word *words, size_t nwords)
{
	size_t k;

	for (k = 0; k < nwords; k++)
		if ((*p | 0x20) == words[k].w[0] && left >= words[k].n &&
		    !strncasecmp(p, words[k].w, words[k].n))
			return 1;
	return 0;
}

static int may_delete(const char *s, size_t n)
{
	static const struct word verbs[] = {
		{ "delet", 5 }, { "struck", 6 }, { "remov", 5 }, { "omit", 4 }, { "not apply", 9 },
	};
	const char *p = s, *e = s + n, *q;

	while ((p = memchr(p, '(', (size_t)(e - p))) != NULL) {
		for (q = p; q > s && q[-1] == ' '; q--)
			;
		if (q > s && isdigit((unsigned char)q[-1]) && e - p > 3 &&
		    isalpha((unsigned char)p[1]) && isalpha((unsigned char)p[2]))
			break;
		p++;
	}
	if (!p)
		return 0;
	for (; p < e; p++) {
		/* The first letters of verbs[] (kept in step): most bytes are none. */
		switch (*p | 0x20) {
		case 'd': case 's': case 'r': case 'o': case 'n':
			break;
		default:
			continue;
		}
		if (opens_with_any(p, (size_t)(e - p), verbs, sizeof(verbs) / sizeof(*verbs)))
			return 1;
	}
	return 0;
}

/*
 * Whether s[0..n) opens with `title`, compared on letters and digits alone
 * ("**Machine Learning.**" opens with "Machine Learning"), and the title
 * ends there: at the paragraph's end, or at a stop, colon, tab or dash
 * after any emphasis ("Machine Learning. Usage Data ..."), so that the
 * title "Machine" is not that of "Machine Learning. ...".
 */
static int opens_with_title(const char *s, size_t n, const char *title, size_t tn)
{
	size_t i = 0, j = 0;

	for (;;) {
		while (j < tn && !isalnum((unsigned char)title[j]))
			j++;
		if (j == tn)
			break;
		while (i < n && !isalnum((unsigned char)s[i]))
			i++;
		if (i == n || tolower((unsigned char)s[i]) != tolower((unsigned char)title[j]))
			return 0;
		i++;
		j++;
	}
	while (i < n && (s[i] == '*' || s[i] == '_'))
		i++;
	if (i < n && s[i] == ' ')
		i++;
	return i == n || s[i] == '.' || s[i] == ':' || s[i] == '\t' || s[i] == '-' ||
	       (n - i >= 3 && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
		((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94));
}

/*
 * The one paragraph but `by` that opens clause `num` with `title`, or
 * (size_t)-1 when none or several do.  The deleting sentence may open
 * with the clause's number itself: "Section 1.6 (Machine Learning) is
 * deleted." reads as a paragraph labelled "Section 1.6".
 */
static size_t clause_opening(const struct document *doc, size_t by, const char *num,
			     const char *title, size_t tn)
{
	size_t i, found = (size_t)-1;
	const char *t = doc->text.ptr;

	for (i = 0; i < doc->npara; i++) {
		const struct paragraph *p = &doc->paras[i];

		if (i == by || !p->label || !p->clause || strcmp(p->clause, num) ||
		    !opens_with_title(t + p->body, p->end - p->body, title, tn))
			continue;
		if (found != (size_t)-1)
			return (size_t)-1;
		found = i;
	}
	return found;
}

/* The number as the outline cites it: "10.1 (a)" is "10.1(a)". */
static void copy_number(char *dst, size_t size, const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n && k + 1 < size; i++)
		if (s[i] != ' ' && s[i] != '\t')
			dst[k++] = (char)tolower((unsigned char)s[i]);
	dst[k] = '\0';
}

/* Whether s[0..end) ends on one of words[0..nwords), whole. */
static int ends_with_word(const char *s, size_t end, const struct word *words, size_t nwords)
{
	size_t k, w;

	for (w = end; w && isalpha((unsigned char)s[w - 1]); w--)
		;
	for (k = 0; k < nwords; k++)
		if (words[k].n == end - w && !strncasecmp(s + w, words[k].w, words[k].n))
			return 1;
	return 0;
}

/*
 * Whether a deletion's last word comes before a semicolon or ", and" in
 * the first DELETION_HEAD_MAX bytes of s[0..n) ("... does not apply;
 * Provider shall not ..."): number_deletion_re then judges what follows.
 * Only sentences that cite a clause near their start come here; even so
 * the stops are found by memchr and words looked at only before them.
 */
#define DELETION_HEAD_MAX 200
static int goes_on_after_deletion(const char *s, size_t n, const struct word *last,
				  size_t nlast)
{
	const char *e = s + (n < DELETION_HEAD_MAX ? n : DELETION_HEAD_MAX), *p, *q;
	char stop;

	for (stop = ';'; stop; stop = stop == ';' ? ',' : 0)
		for (p = s; p < e && (p = memchr(p, stop, (size_t)(e - p))) != NULL; p++) {
			if (stop == ',' && (e - p < 6 || strncasecmp(p + 1, " and ", 5)))
				continue;
			for (q = p; q > s && q[-1] == ' '; q--)
				;
			if (ends_with_word(s, (size_t)(q - s), last, nlast))
				return 1;
		}
	return 0;
}

/* The words number_deletion_re cites a clause by, lower case. */
static const struct word ref_words[] = {
	{ "section", 7 }, { "clause", 6 }, { "article", 7 }, { "paragraph", 9 },
};

/* White space as \s is in number_deletion_re (isspace in the C locale). */
static inline int is_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Whether a reference word opens s[i..n). */
static inline int ref_at(const char *s, size_t n, size_t i)
{
	/* The first letters of ref_words[] (kept in step): most words open otherwise. */
	switch (i < n ? s[i] | 0x20 : 0) {
	case 's': case 'c': case 'a': case 'p':
		return opens_with_any(s + i, n - i, ref_words,
				      sizeof(ref_words) / sizeof(*ref_words));
	default:
		return 0;
	}
}

/*
 * Where what follows one label and white space ("2. ", "(b) ", "SC1. ")
 * opening s[i..n) begins, as number_deletion_re allows, or 0 when the
 * first word is no label.  A label of its that opens with a letter is at
 * most five letters ("a", "iv", "SC") and then a stop, a bracket or a
 * digit: a first word that goes on otherwise ("The", "WHEREAS") is none,
 * and most are settled by their second letter.
 */
static inline __attribute__((always_inline)) size_t label_end(const char *s, size_t n,
								  size_t i)
{
	size_t j;

	if (i + 1 >= n)
		return 0;
	if (isalpha((unsigned char)s[i])) {
		/* Small letters go on a label only as a roman numeral ("iv."). */
		if (s[i + 1] >= 'a' && s[i + 1] <= 'z' && s[i + 1] != 'i' && s[i + 1] != 'v' &&
		    s[i + 1] != 'x')
			return 0;
		for (j = i + 1; j < n && j < i + 5 && isalpha((unsigned char)s[j]); j++)
			;
		if (j == n || (s[j] != '.' && s[j] != ')' && !isdigit((unsigned char)s[j])))
			return 0;
	}
	for (j = i; j < n && !is_space(s[j]); j++)
		;
	while (j < n && is_space(s[j]))
		j++;
	return j;
}

/* Whether a reference word opens s[i..n), or does after one label (label_end). */
static inline int cites_at(const char *s, size_t n, size_t i)
{
	size_t j;

	return ref_at(s, n, i) || ((j = label_end(s, n, i)) != 0 && ref_at(s, n, j));
}

/*
 * Where what follows a lead-in that says from when opening s[i..n) ("With
 * effect from the Amendment Effective Date, ") begins, after its comma and
 * white space, or 0 when none opens there.  Its words are those of
 * number_deletion_re, one space apart.
 */
static size_t when_end(const char *s, size_t n, size_t i)
{
	static const struct word when[] = {
		{ "with effect ", 12 }, { "effective ", 10 }, { "as of ", 6 }, { "as from ", 8 },
	};
	const char *comma;
	size_t j;

	/* The first two letters of when[] (kept in step): "All", "Each" are none. */
	if (i + 1 >= n)
		return 0;
	switch (s[i] | 0x20) {
	case 'w':
		if ((s[i + 1] | 0x20) != 'i')
			return 0;
		break;
	case 'e':
		if ((s[i + 1] | 0x20) != 'f')
			return 0;
		break;
	case 'a':
		if ((s[i + 1] | 0x20) != 's')
			return 0;
		break;
	default:
		return 0;
	}
	if (!opens_with_any(s + i, n - i, when, sizeof(when) / sizeof(*when)) ||
	    (comma = memchr(s + i, ',', n - i)) == NULL)
		return 0;
	for (j = (size_t)(comma - s) + 1; j < n && is_space(s[j]); j++)
		;
	/* "As of March 1, 2026, ": the year is no reference. */
	if (j < n && isdigit((unsigned char)s[j]) && (comma = memchr(s + j, ',', n - j)) != NULL)
		for (j = (size_t)(comma - s) + 1; j < n && is_space(s[j]); j++)
			;
	return j;
}

/* Whether c may open a lead-in when_end reads: most sentences' first letters do not. */
static inline int may_open_when(char c)
{
	c |= 0x20;
	return c == 'w' || c == 'e' || c == 'a';
}

/* How far into a sentence a lead-in that says from when may reach. */
#define WHEN_HEAD_MAX 128

/*
 * Whether the sentence s[0..n) names a clause where number_deletion_re
 * wants it, whole within its first 64 bytes: at its start, or after its
 * first colon in the first 41 bytes and white space (a lead-in, "Special
 * Conditions: "), each after at most one label; or, within its first
 * WHEN_HEAD_MAX bytes, after a lead-in that says from when, itself at the
 * start or after a label.  Every sentence comes here before the dearer
 * look for a deletion that goes on, so it looks at those places only, not
 * at every byte.  `j` is label_end(s, min(n, 64), 0), found once a sentence.
 */
static int cites_near_start(const char *s, size_t n, size_t j)
{
	size_t head = n < 64 ? n : 64, when = n < WHEN_HEAD_MAX ? n : WHEN_HEAD_MAX;
	size_t i = 0, after;
	const char *colon;

	if (ref_at(s, head, 0))
		return 1;
	if (j && ref_at(s, head, j))
		return 1;
	if (((may_open_when(s[0]) && (i = when_end(s, when, 0)) != 0) ||
	     (j && j < n && may_open_when(s[j]) && (i = when_end(s, when, j)) != 0)) &&
	    ref_at(s, when, i))
		return 1;
	if ((colon = memchr(s, ':', head < 41 ? head : 41)) == NULL)
		return 0;
	for (i = after = (size_t)(colon - s) + 1; i < head && is_space(s[i]); i++)
		;
	return i != after && cites_at(s, head, i);
}

/*
 * Whether the first DELETION_HEAD_MAX bytes of s[0..n) hold a word that
 * replaces a clause whole ("replaced", "superseded", "substituted",
 * "restated"), as number_deletion_re's group 5 wants.  Only sentences that
 * cite a clause near their start come here.
 */
static int replaces_whole(const char *s, size_t n)
{
	static const struct word verbs[] = {
		{ "replaced", 8 }, { "restated", 8 }, { "superseded", 10 }, { "substituted", 11 },
	};
	size_t i, head = n < DELETION_HEAD_MAX ? n : DELETION_HEAD_MAX;

	for (i = 0; i < head; i++)
		if (((s[i] | 0x20) == 'r' || (s[i] | 0x20) == 's') &&
		    opens_with_any(s + i, head - i, verbs, sizeof(verbs) / sizeof(*verbs)))
			return 1;
	return 0;
}

/* Whether " not apply" or " of no " stands in the first DELETION_HEAD_MAX bytes of s[0..n). */
static int holds_not_apply(const char *s, size_t n)
{
	const char *p = s, *e = s + (n < DELETION_HEAD_MAX ? n : DELETION_HEAD_MAX);

	while (e - p >= 10 && (p = memchr(p, ' ', (size_t)(e - p - 9))) != NULL) {
		if (!strncasecmp(p + 1, "not apply", 9) || !strncasecmp(p + 1, "of no ", 6))
			return 1;
		p++;
	}
	return 0;
}

/*
 * Whether the sentence s[0..n) may be a deletion by number alone (`label`
 * as cites_near_start wants it): it names
 * a clause near its start, where number_deletion_re wants the reference,
 * and ends as a deletion does ("... does not apply.", "... is deleted in
 * its entirety.") or goes on after one.  Every sentence of every document
 * passes here; the regex, compiled for the document on first use, runs in
 * few.
 */
static int may_delete_by_number(const char *s, size_t n, size_t label)
{
	static const struct word last[] = {
		{ "apply", 5 }, { "deleted", 7 }, { "entirety", 8 }, { "struck", 6 },
		{ "out", 3 }, { "removed", 7 }, { "omitted", 7 },
	};
	/*
	 * "... of no further force or effect", and what SCOPE_RE lets a clause
	 * not apply to: many sentences end "this Agreement" or "effect".
	 */
	static const struct word scope[] = {
		{ "effect", 6 }, { "hereto", 6 }, { "hereunder", 9 }, { "order", 5 }, { "form", 4 },
		{ "amendment", 9 }, { "addendum", 8 }, { "agreement", 9 }, { "contract", 8 },
		{ "rider", 5 }, { "letter", 6 }, { "work", 4 }, { "sow", 3 },
	};
	size_t end = n;

	if (!cites_near_start(s, n, label))
		return 0;
	while (end && (s[end - 1] == ' ' || s[end - 1] == '\n' || s[end - 1] == '\t' ||
		       s[end - 1] == '\r' || s[end - 1] == '.' || s[end - 1] == ';'))
		end--;
	return ends_with_word(s, end, last, sizeof(last) / sizeof(*last)) ||
	       goes_on_after_deletion(s, n, last, sizeof(last) / sizeof(*last)) ||
	       replaces_whole(s, n) ||
	       ((ends_with_word(s, end, scope, sizeof(scope) / sizeof(*scope)) ||
		 goes_on_after_deletion(s, n, scope, sizeof(scope) / sizeof(*scope))) &&
		holds_not_apply(s, n));
}

/*
 * Whether " of the " and a capital ("of the Terms", "of the Online Terms")
 * follow the reference that opens s[i..n) within OTHER_NAME_MAX bytes, as
 * override_re's group 3 wants: only another document's clause gives way,
 * and most sentences that set a clause aside name this document's.
 */
#define OTHER_NAME_MAX 80
static int names_other(const char *s, size_t n, size_t i)
{
	const char *p = s + i, *e = s + (n - i < OTHER_NAME_MAX ? n : i + OTHER_NAME_MAX);

	while (e - p > 8 && (p = memchr(p, ' ', (size_t)(e - p - 8))) != NULL) {
		if (!strncasecmp(p, " of the ", 8) && isupper((unsigned char)p[8]))
			return 1;
		p++;
	}
	return 0;
}

/*
 * Whether the sentence s[0..n) may open as override_re wants, with
 * "Notwithstanding" at its start or after one label, a reference word
 * opening one of the next few words ("Notwithstanding the provisions of
 * Section 7.1"; "Notwithstanding the foregoing," names no clause, and is
 * how most such sentences go on), and another document named after it.
 * `label` is label_end(s, min(n, 64), 0).  Every sentence of every document passes
 * here; most open otherwise at their first byte.
 */
static int may_override(const char *s, size_t n, size_t label)
{
	static const struct word nw[] = { { "notwithstanding ", 16 } };
	size_t head, j = 0, words;

	if (!n)
		return 0;
	if ((*s | 0x20) != 'n') {
		j = label;
		if (!j || j >= n || (s[j] | 0x20) != 'n')
			return 0;
	}
	if (!opens_with_any(s + j, n - j, nw, 1))
		return 0;
	/* The reference is at most the eighth word on ("anything to the contrary contained in"). */
	head = n < j + 16 + 64 ? n : j + 16 + 64;
	for (j += 16, words = 0; j < head && words < 8; words++) {
		if (ref_at(s, head, j))
			return names_other(s, n, j);
		while (j < head && !is_space(s[j]))
			j++;
		while (j < head && is_space(s[j]))
			j++;
	}
	return 0;
}

/*
 * The labelled paragraphs by their citation's own number (past an annex's
 * name and "Article ", as xref_names compares it), sorted case aside: a
 * clause looked up by number is a binary search and a look at the few
 * citations within it, not a pass over every paragraph (256 sentences of
 * 32 numbers each were 8,192 passes).  Built on the first lookup;
 * xref_names still decides, on those found.
 */
struct clause_index {
	struct clause_key {
		const char *key;
		size_t para;
	} *v;
	size_t n;
	int built;
};

/* Past the annex's name: "Schedule 2, 4.1" -> "4.1" (xref.c's annex_part). */
static const char *past_annex(const char *c)
{
	const char *p = strstr(c, ", "), *q;

	if (!p)
		return c;
	while ((q = strstr(p + 2, ", ")) != NULL)
		p = q;
	return p + 2;
}

static int cmp_clause_key(const void *a, const void *b)
{
	const struct clause_key *x = a, *y = b;
	int c = strcasecmp(x->key, y->key);

	return c ? c : (x->para > y->para) - (x->para < y->para);
}

static void clause_index_build(const struct document *doc, struct clause_index *ci)
{
	size_t i;

	ci->built = 1;
	ci->v = xmalloc((doc->npara ? doc->npara : 1) * sizeof(*ci->v));
	for (i = 0; i < doc->npara; i++) {
		const char *c = doc->paras[i].clause;

		if (!doc->paras[i].label || !c)
			continue;
		c = past_annex(c);
		if (!strncasecmp(c, "article ", 8))   /* xref.c's own_number */
			c += 8;
		ci->v[ci->n].key = c;
		ci->v[ci->n++].para = i;
	}
	if (ci->n)
		qsort(ci->v, ci->n, sizeof(*ci->v), cmp_clause_key);
}

/*
 * The one paragraph but `by` that opens clause `num` (as xref_parse gives
 * it) in the part of the document the deleting sentence, in a clause cited
 * `from`, is in: the body's clause from the body, the annex's own from an
 * annex (xref_names).  A paragraph opens it when it carries a label and
 * the paragraph before is not within it.  (size_t)-1 when none or several
 * do.  Only the paragraphs whose own number begins with num's are looked
 * at (ci): xref_names names no other.
 */
static size_t clause_by_number(const struct document *doc, struct clause_index *ci, size_t by,
			       const char *from, const char *num)
{
	const char *key = past_annex(num);
	size_t lo = 0, hi, klen = strlen(key), found = (size_t)-1;

	if (!ci->built)
		clause_index_build(doc, ci);
	hi = ci->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcasecmp(ci->v[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	/*
	 * Those within num follow ("9.2", "9.2(a)", "9.2.1"), before any whose
	 * next byte sorts after "." ("9.20"); between them only oddities no
	 * clause number has ("9.2 x", "9.2-x").
	 */
	for (; lo < ci->n && !strncasecmp(ci->v[lo].key, key, klen); lo++) {
		size_t i = ci->v[lo].para;
		unsigned char c = (unsigned char)ci->v[lo].key[klen];

		if (c > '.')
			break;
		if (c != '\0' && c != '.' && c != '(')
			continue;
		if (i == by || !xref_names(doc->paras[i].clause, from, num) ||
		    (i > 0 && xref_names(doc->paras[i - 1].clause, from, num)))
			continue;
		if (found != (size_t)-1)
			return (size_t)-1;
		found = i;
	}
	return found;
}

/*
 * Adds paragraphs [first, end) as a clause deleted by sentence si, or one
 * that gives way to it (gives_way), unless the sentence lies inside them
 * or the clause is listed already so.  Returns 1 if added.
 */
static int add_range(const struct document *doc, size_t si, size_t first, size_t end,
		     int gives_way, struct deleted_clause **out, size_t *n, size_t *alloc)
{
	size_t k, para = doc->sents[si].para;

	if (para >= first && para < end)
		return 0;
	for (k = 0; k < *n; k++)
		if ((*out)[k].first == first && (*out)[k].gives_way == gives_way)
			return 0;   /* said twice */
	ALLOC_GROW(*out, *n + 1, *alloc);
	(*out)[*n].by = si;
	(*out)[*n].first = first;
	(*out)[*n].end = end;
	(*out)[*n].gives_way = gives_way;
	(*n)++;
	return 1;
}

/*
 * Adds the clause that opens at paragraph `first` (it runs while the
 * paragraphs' citations are within `num`, read from `from`), deleted by
 * sentence si or giving way to it, as add_range does.
 */
static int add_deleted(const struct document *doc, size_t si, size_t first, const char *from,
		       const char *num, int gives_way, struct deleted_clause **out, size_t *n,
		       size_t *alloc)
{
	size_t end;

	for (end = first + 1; end < doc->npara && xref_names(doc->paras[end].clause, from, num);
	     end++)
		;
	return add_range(doc, si, first, end, gives_way, out, n, alloc);
}

/* Compiles `pattern` once into *re and *md; 0 when out of memory. */
static int ensure_compiled(const char *pattern, pcre2_code **re, pcre2_match_data **md)
{
	int err;
	PCRE2_SIZE off;

	if (*md)
		return 1;
	if (!*re)
		*re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
				    PCRE2_CASELESS | PCRE2_UTF | PCRE2_MATCH_INVALID_UTF,
				    &err, &off, NULL);
	if (*re)
		*md = pcre2_match_data_create_from_pattern(*re, NULL);
	return *md != NULL;
}

/* A deletion by number and title (deletion_re) in sentence si. */
static size_t find_titled(const struct document *doc, size_t si, pcre2_code *re,
			  pcre2_match_data *md, struct deleted_clause **out, size_t *n,
			  size_t *alloc)
{
	const struct sentence *s = &doc->sents[si];
	const char *t = doc->text.ptr;
	PCRE2_SIZE *ov;
	char num[32];
	size_t first;

	if (pcre2_match(re, (PCRE2_SPTR)(t + s->start), s->end - s->start, 0,
			PCRE2_NO_UTF_CHECK, md, NULL) < 3)
		return 0;
	ov = pcre2_get_ovector_pointer(md);
	copy_number(num, sizeof(num), t + s->start + ov[2], ov[3] - ov[2]);
	first = clause_opening(doc, s->para, num, t + s->start + ov[4], ov[5] - ov[4]);
	if (first == (size_t)-1)
		return 0;
	/* The title named the clause: its extent is read as the body's. */
	return (size_t)add_deleted(doc, si, first, NULL, num, 0, out, n, alloc);
}

/*
 * Whether the lower-case word w[0..wn) stands in t[s..e) at or after *at,
 * whole; moves *at past it.
 */
static int word_after(const char *t, size_t *at, size_t e, const char *w, size_t wn)
{
	size_t i;

	for (i = *at; i + wn <= e; i++)
		if (!strncasecmp(t + i, w, wn) && (i == *at || !isalnum((unsigned char)t[i - 1])) &&
		    (i + wn == e || !isalnum((unsigned char)t[i + wn]))) {
			*at = i + wn;
			return 1;
		}
	return 0;
}

/* A title longer than this is prose that names a document, not its title. */
#define PRINTED_TITLE_MAX 120

/*
 * Whether paragraph i is a title that holds the words of the name another
 * document is given ("the Standard Terms", name[0..nn)) in their order: a
 * heading or a short unlabelled line that does not end as a sentence
 * ("STANDARD SUBSCRIPTION TERMS (version 4.2)").
 */
/* Words an acronym skips: "General Terms and Conditions" is the "GTC". */
static const struct word acronym_skips[] = {
	{ "and ", 4 }, { "of ", 3 }, { "the ", 4 }, { "for ", 4 }, { "& ", 2 },
};

/*
 * Whether t[at..e) holds words whose initials, in a row, spell the
 * acronym name[0..nn) ("MST": "... MASTER SUBSCRIPTION TERMS ..."), small
 * words between them passed over.
 */
static int spells_acronym(const char *t, size_t at, size_t e, const char *name, size_t nn)
{
	size_t i, j, k;

	for (i = at; i < e; i++) {
		if ((i > at && isalnum((unsigned char)t[i - 1])) || tolower((unsigned char)t[i]) !=
		    tolower((unsigned char)name[0]))
			continue;
		for (j = i, k = 0; k < nn && j < e; k++) {
			if (tolower((unsigned char)t[j]) != tolower((unsigned char)name[k]))
				break;
			/* On to the next word, over the small ones. */
			while (j < e && isalnum((unsigned char)t[j]))
				j++;
			while (j < e && t[j] == ' ')
				j++;
			while (k + 1 < nn && j < e &&
			       opens_with_any(t + j, e - j, acronym_skips, ARRAY_SIZE(acronym_skips)))
				while (j < e && t[j++] != ' ')
					;
		}
		if (k == nn)
			return 1;
	}
	return 0;
}

/* Whether name[0..nn) is an acronym: two to six capitals, nothing else. */
static int is_acronym(const char *name, size_t nn)
{
	size_t i;

	if (nn < 2 || nn > 6)
		return 0;
	for (i = 0; i < nn; i++)
		if (!isupper((unsigned char)name[i]))
			return 0;
	return 1;
}

/* Whether label names an annex: "SCHEDULE 1", "Exhibit B", "Annex 2". */
static int annex_label(const char *label)
{
	static const struct word annexes[] = {
		{ "schedule", 8 }, { "annex", 5 }, { "exhibit", 7 }, { "appendix", 8 },
		{ "attachment", 10 },
	};

	return label && opens_with_any(label, strlen(label), annexes, ARRAY_SIZE(annexes));
}

static int title_names(const struct document *doc, size_t i, const char *name, size_t nn)
{
	const char *t = doc->text.ptr;
	const struct paragraph *p = &doc->paras[i];
	size_t at = p->start, k = 0, w;

	/* An annex's heading holds the title after its label: "SCHEDULE 1 - MASTER TERMS". */
	if (annex_label(p->label) && p->kind == PARA_HEADING)
		at = p->body;
	else if (p->label)
		return 0;
	if (p->end - p->start > PRINTED_TITLE_MAX ||
	    (p->kind != PARA_HEADING &&
	     (t[p->end - 1] == '.' || t[p->end - 1] == ';' || t[p->end - 1] == ':')))
		return 0;
	if (is_acronym(name, nn) && spells_acronym(t, at, p->end, name, nn))
		return 1;
	while (k < nn) {
		for (w = k; w < nn && name[w] != ' ' && name[w] != '\t' && name[w] != '\n'; w++)
			;
		if (!word_after(t, &at, p->end, name + k, w - k))
			return 0;
		for (k = w; k < nn && (name[k] == ' ' || name[k] == '\t' || name[k] == '\n'); k++)
			;
	}
	return 1;
}

static int one_run(const struct document *doc, size_t a, size_t b);

/*
 * Whether the document another names (name[0..nn)) is printed in this one
 * and holds paragraph `first`, the clause deleted by a sentence in
 * paragraph `by`: below `by`, its title stands between the two; above it,
 * its title stands before `first`, and the numbering starts again between
 * `first` and `by` (terms, then the order form that changes them).  A
 * clause of a document that is only named, not printed ("of the Master
 * Agreement"), is not this document's, nor is a clause above of the
 * document that names the other (an amendment's own clause 2, above its
 * "Section 7 of the Agreement is deleted").
 */
static int printed_elsewhere(const struct document *doc, size_t by, size_t first,
			     const char *name, size_t nn)
{
	size_t i, lo = first < by ? 0 : by + 1;

	if (first < by && one_run(doc, first, by))
		return 0;
	for (i = lo; i < first && i < doc->npara; i++)
		if (title_names(doc, i, name, nn))
			return 1;
	return 0;
}

/* More names defined as documents kept online than this are a hostile text: the rest are read as printed. */
#define ONLINE_NAMES_MAX 32

/*
 * Names the document gives to documents it keeps online, not printed:
 * "Vendor's terms of service available at https://... (the "Terms")",
 * ""Terms" means the terms posted on Vendor's website".  Their clauses
 * are not this document's, whatever printed title holds the name's words
 * ("SUPPORT AND DATA TERMS" below an order form under online "Terms").
 * Found once per document, when a deletion first names another document.
 */
struct online_names {
	int done;
	size_t n;
	size_t start[ONLINE_NAMES_MAX], len[ONLINE_NAMES_MAX];
};

/* Whether t[0..len) holds one of words, anywhere, in any case. */
static int holds_any(const char *t, size_t len, const struct word *words, size_t nwords)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (opens_with_any(t + i, len - i, words, nwords))
			return 1;
	return 0;
}

/*
 * The quoted name that opens at t[i] ('"' or U+201C, a capital first), as
 * its length in *nn, or 0: a definition's name is short and on one line.
 */
static size_t quoted_name(const char *t, size_t i, size_t end, size_t *nn)
{
	size_t a, k;

	if (t[i] == '"')
		a = i + 1;
	else if (i + 3 <= end && !memcmp(t + i, "\xe2\x80\x9c", 3))
		a = i + 3;
	else
		return 0;
	if (a >= end || !isupper((unsigned char)t[a]))
		return 0;
	for (k = a; k < end && k - a <= 60 && t[k] != '\n'; k++)
		if (t[k] == '"' || (k + 3 <= end && !memcmp(t + k, "\xe2\x80\x9d", 3))) {
			*nn = k - a;
			return a;
		}
	return 0;
}

static void find_online_names(const struct document *doc, struct online_names *on)
{
	static const struct word online[] = {
		{ "http", 4 }, { "www.", 4 }, { "available at", 12 }, { "available on", 12 },
		{ "located at", 10 }, { "posted at", 9 }, { "posted on", 9 }, { "published at", 12 },
		{ "published on", 12 }, { "found at", 8 }, { "website", 7 }, { "online", 6 },
	};
	/* "attached as Schedule 1, and as updated at https://...": printed after all. */
	static const struct word printed[] = {
		{ "attached", 8 }, { "annexed", 7 }, { "appended", 8 }, { "hereto", 6 }, { "below", 5 },
		{ "set out in", 10 }, { "set forth in", 12 },
	};
	const char *t = doc->text.ptr;
	size_t si, i, a, nn;

	on->done = 1;
	for (si = 0; si < doc->nsent && on->n < ONLINE_NAMES_MAX; si++) {
		const struct sentence *s = &doc->sents[si];
		size_t len = s->end - s->start;

		for (i = s->start; i < s->end && !quoted_name(t, i, s->end, &nn); i++)
			;
		if (i == s->end ||
		    !holds_any(t + s->start, len, online, sizeof(online) / sizeof(*online)) ||
		    holds_any(t + s->start, len, printed, sizeof(printed) / sizeof(*printed)))
			continue;
		for (i = s->start; i < s->end && on->n < ONLINE_NAMES_MAX; i++)
			if ((a = quoted_name(t, i, s->end, &nn)) != 0) {
				on->start[on->n] = a;
				on->len[on->n++] = nn;
				i = a + nn;
			}
	}
}

/* Whether name[0..nn) is one the document gives to a document kept online. */
static int named_online(const struct document *doc, struct online_names *on,
			const char *name, size_t nn)
{
	size_t k;

	if (!on->done)
		find_online_names(doc, on);
	for (k = 0; k < on->n; k++)
		if (on->len[k] == nn && !strncasecmp(doc->text.ptr + on->start[k], name, nn))
			return 1;
	return 0;
}

/*
 * The top number of a citation of the body's run ("14" of "14(1)", of
 * "14.2.1", of "Article 7(2)"), or -1 for one outside it: none, an
 * annex's ("Schedule 2, 4.1"), a special condition's ("SC1").
 */
static long run_number(const char *c)
{
	long v = 0;

	if (!c)
		return -1;
	if (!strncasecmp(c, "article ", 8))
		c += 8;
	if (!isdigit((unsigned char)*c))
		return -1;
	while (isdigit((unsigned char)*c) && v < 100000)
		v = v * 10 + (*c++ - '0');
	return v;
}

/*
 * Whether paragraphs a and b are clauses of one numbered run: each cites a
 * clause of the body, and from the earlier to the later every labelled
 * paragraph does, their top numbers never going back.  An order form's
 * own "2." above standard terms that open again at "1." is of another run
 * than the terms' "7.3", a clause 13 and a clause 14 of the same outline
 * are of one.
 */
static int one_run(const struct document *doc, size_t a, size_t b)
{
	size_t i, lo = a < b ? a : b, hi = a < b ? b : a;
	long top = -1, v;

	for (i = lo; i <= hi; i++) {
		const struct paragraph *p = &doc->paras[i];

		if (!p->label && i != lo && i != hi)
			continue;
		v = run_number(p->clause);
		if (v < 0 || v < top)
			return 0;
		top = v;
	}
	return 1;
}

/*
 * Whether t[from..to) holds a word a clause's title would not: one of four
 * or more letters in small letters ("shall", "indemnify", "limited") that
 * is no preposition.  "Special Conditions." and "Limitation of Liability."
 * hold none; "Provider shall indemnify Customer." does.
 */
static int operative_text(const char *t, size_t from, size_t to)
{
	static const struct word minor[] = {
		{ "with", 4 }, { "from", 4 }, { "into", 4 }, { "upon", 4 }, { "under", 5 },
		{ "over", 4 }, { "within", 6 }, { "without", 7 },
	};
	size_t i = from, w, k;

	while (i < to) {
		while (i < to && !isalpha((unsigned char)t[i]))
			i++;
		for (w = i; w < to && isalpha((unsigned char)t[w]); w++)
			;
		if (w - i >= 4 && islower((unsigned char)t[i]) &&
		    (i == from || !isalnum((unsigned char)t[i - 1]))) {
			for (k = 0; k < sizeof(minor) / sizeof(*minor); k++)
				if (minor[k].n == w - i && !strncmp(t + i, minor[k].w, minor[k].n))
					break;
			if (k == sizeof(minor) / sizeof(*minor))
				return 1;
		}
		i = w;
	}
	return 0;
}

/*
 * Whether the reference that ends at t[at..end) names no part of the
 * document but the agreement itself: nothing, or "of this Agreement",
 * "of these Terms".  "Clauses 4.3 and 4.4 of this Schedule" names a part.
 */
static int names_agreement_only(const char *t, size_t at, size_t end)
{
	static const struct word whole[] = {
		{ "this agreement", 14 }, { "this contract", 13 }, { "these terms", 11 },
		{ "these conditions", 16 },
	};

	while (at < end && is_space(t[at]))
		at++;
	if (end - at < 3 || strncasecmp(t + at, "of", 2) || !is_space(t[at + 2]))
		return 1;
	for (at += 2; at < end && is_space(t[at]); at++)
		;
	return opens_with_any(t + at, end - at, whole, sizeof(whole) / sizeof(*whole));
}

/*
 * Whether sentence si, found to disapply clause `first` by number, is a
 * clause of the body saying what another of its clauses does not reach
 * ("(1) The Contractor shall indemnify ... . Section 14(1) does not
 * apply.": the cap of 14(1) does not limit that indemnity), and no
 * deletion: it follows an operative sentence of its own paragraph, names
 * no part but the agreement, and its clause and the one it names are of
 * one numbered run.  A special condition's own line, a list of them above
 * standard terms numbered afresh, or "of this Schedule" stays a deletion.
 */
static int disapplies_only(const struct document *doc, size_t si, size_t ref_end,
			   size_t first)
{
	const struct sentence *s = &doc->sents[si];
	const struct paragraph *p = &doc->paras[s->para];
	const char *t = doc->text.ptr;

	if (si == 0 || doc->sents[si - 1].para != s->para || s->start <= p->body)
		return 0;
	return names_agreement_only(t, ref_end, s->end) && run_number(p->clause) >= 0 &&
	       one_run(doc, s->para, first) && operative_text(t, p->body, s->start);
}

/*
 * Whether what a rider says after its "Notwithstanding Section 5.3 of the
 * Terms," (s[0..n)) narrows itself to a time, a kind of data, a purpose
 * or a case: "during the Pilot Period", "Customer Personal Data", "models
 * made available to other customers", "unless", "only" (narrows_nothing
 * tells the words that only seem to).  Such a rider
 * overrides part of 5.3 at most, and which part no rule tells: 5.3 then
 * stands whole, its red flag beside the rider's protection, rather than
 * silenced where it still applies.
 */
/*
 * Whether the narrowing word that opens s[0..n) narrows nothing after all:
 * "during the Term" or "during the Subscription Term" is every day the
 * clause could apply (not "during the Initial Term"), and "unless
 * Subscriber agrees to it in writing" is the very consent the rider asks
 * for, no case carved out of it.
 */
static int narrows_nothing(const char *s, size_t n)
{
	static const struct word whole[] = {
		{ "during the term", 15 }, { "during the subscription term", 28 },
		{ "during the contract term", 24 }, { "during the agreement term", 25 },
		{ "during the order term", 21 }, { "during the licence term", 23 },
		{ "during the license term", 23 }, { "during the service term", 23 },
	};
	static const struct word consent[] = {
		{ "agree", 5 }, { "consent", 7 }, { "approv", 6 },
	};
	size_t i, end;

	for (i = 0; i < ARRAY_SIZE(whole); i++)
		if (n >= whole[i].n && !strncasecmp(s, whole[i].w, whole[i].n))
			return whole[i].n == n || !isalnum((unsigned char)s[whole[i].n]);
	if (n < 7 || strncasecmp(s, "unless ", 7))
		return 0;
	/* The consent within the next few words, before the clause goes on. */
	for (end = 7; end < n && end < 60 && !strchr(",;.(", s[end]); end++)
		;
	for (i = 7; i < end; i++)
		if (!isalnum((unsigned char)s[i - 1]) &&
		    opens_with_any(s + i, end - i, consent, ARRAY_SIZE(consent)))
			return 1;
	return 0;
}

static int rider_narrows(const char *s, size_t n)
{
	static const struct word narrowing[] = {
		{ "during", 6 }, { "until", 5 }, { "unless", 6 }, { "except", 6 }, { "save ", 5 },
		{ "provided", 8 }, { "personal", 8 }, { "other customer", 14 },
		{ "other client", 12 }, { "only", 4 }, { "if ", 3 }, { "where ", 6 },
		{ "while", 5 }, { "for the purpose", 15 }, { "in respect of", 13 },
		{ "to the extent", 13 }, { "insofar", 7 }, { "pilot", 5 }, { "trial", 5 },
	};
	size_t i;

	for (i = 0; i < n; i++)
		if ((i == 0 || !isalnum((unsigned char)s[i - 1])) &&
		    opens_with_any(s + i, n - i, narrowing, sizeof(narrowing) / sizeof(*narrowing)) &&
		    !narrows_nothing(s + i, n - i))
			return 1;
	return 0;
}

/*
 * The clause `num` of the document named name[0..nn) where it is printed
 * in this one as an annex ("Section 13.4 of the MST" for the master terms
 * printed as "SCHEDULE 1 - MASTER SUBSCRIPTION TERMS", their clauses
 * cited "SCHEDULE 1, 13.4"): read as if cited from within the annex, from
 * the clause *inside, which the clause's extent is then read from too.
 * (size_t)-1 when no annex's heading names it, or the clause is not one.
 */
static size_t clause_in_annex(const struct document *doc, struct clause_index *ci, size_t by,
			      const char *name, size_t nn, const char *num, const char **inside)
{
	size_t i, j;

	for (i = 0; i < doc->npara; i++) {
		if (i == by || !annex_label(doc->paras[i].label) ||
		    !title_names(doc, i, name, nn))
			continue;
		for (j = i + 1; j < doc->npara && !doc->paras[j].label; j++)
			;
		if (j < doc->npara && doc->paras[j].clause && !annex_label(doc->paras[j].label)) {
			*inside = doc->paras[j].clause;
			return clause_by_number(doc, ci, by, *inside, num);
		}
		return (size_t)-1;
	}
	return (size_t)-1;
}

/*
 * A deletion by number alone (number_deletion_re) in sentence si, or with
 * gives_way a clause that gives way to it (override_re): both regexes
 * give the reference, a title, the other document's name and a title as
 * groups 1 to 4.
 */
static size_t find_numbered(const struct document *doc, size_t si, pcre2_code *re,
			    pcre2_match_data *md, int gives_way, struct buf *nums,
			    struct online_names *online, struct clause_index *ci,
			    struct deleted_clause **out, size_t *n, size_t *alloc)
{
	const struct sentence *s = &doc->sents[si];
	const char *t = doc->text.ptr, *from = doc->paras[s->para].clause, *num, *title = NULL;
	PCRE2_SIZE *ov;
	size_t k, count, first, added = 0, name = 0, nn = 0, tn = 0;
	int rc;

	rc = pcre2_match(re, (PCRE2_SPTR)(t + s->start), s->end - s->start, 0,
			 PCRE2_NO_UTF_CHECK, md, NULL);
	if (rc < 2)
		return 0;
	ov = pcre2_get_ovector_pointer(md);
	if (rc > 3 && ov[6] != PCRE2_UNSET) {
		name = s->start + ov[6];
		nn = ov[7] - ov[6];
	}
	/* The title, before "of the ..." or after it. */
	for (k = 2; k <= 4; k += 2)
		if (rc > (int)k && ov[2 * k] != PCRE2_UNSET) {
			title = t + s->start + ov[2 * k];
			tn = ov[2 * k + 1] - ov[2 * k];
		}
	/*
	 * Replaced whole, or giving way: only a clause of another document
	 * printed here.  Within one document "Notwithstanding Section 10.1,"
	 * more often carves a case out of 10.1 than overrides it.
	 */
	if (((rc > 5 && ov[10] != PCRE2_UNSET) || gives_way) && !nn)
		return 0;
	if (gives_way && rider_narrows(t + s->start + ov[1], s->end - s->start - ov[1]))
		return 0;
	if (nn && named_online(doc, online, t + name, nn))
		return 0;
	buf_reset(nums);
	count = xref_parse(t + s->start + ov[2], ov[3] - ov[2], from, nums);
	for (k = 0, num = nums->ptr; k < count; k++, num += strlen(num) + 1) {
		const char *cited_from = from;

		first = clause_by_number(doc, ci, s->para, from, num);
		/* The document named, printed here as an annex: its own clause of that number. */
		if (first == (size_t)-1 && nn)
			first = clause_in_annex(doc, ci, s->para, t + name, nn, num, &cited_from);
		if (first != (size_t)-1 &&
		    (!nn || printed_elsewhere(doc, s->para, first, t + name, nn)) &&
		    (!title || opens_with_title(t + doc->paras[first].body,
						doc->paras[first].end - doc->paras[first].body,
						title, tn)) &&
		    (nn || gives_way || !disapplies_only(doc, si, s->start + ov[3], first)))
			added += (size_t)add_deleted(doc, si, first, cited_from, num, gives_way, out,
						     n, alloc);
	}
	return added;
}

/* Whether citation c opens with a condition's name: "SCC 5.2", "Special Term 1". */
static int special_cite(const char *c)
{
	static const char *const names[] = {
		"scc ", "sc ", "pcc ", "pc ", "special condition", "particular condition",
		"special term",
	};
	size_t k;

	/* Each opens on "sc", "sp", "pc" or "pa": most citations ("5.2", "Section 4") are none. */
	if (!c || ((*c | 0x20) == 's' ? (c[1] | 0x20) != 'c' && (c[1] | 0x20) != 'p' :
		   (*c | 0x20) != 'p' || ((c[1] | 0x20) != 'c' && (c[1] | 0x20) != 'a')))
		return 0;
	for (k = 0; k < sizeof(names) / sizeof(*names); k++)
		if (!strncasecmp(c, names[k], strlen(names[k])))
			return 1;
	return 0;
}

/* Whether citation c is general clause num or in it: "5.2", "5.2(a)", "GCC 5.2". */
static int general_within(const char *c, const char *num)
{
	if (c && (!strncmp(c, "GCC ", 4) || !strncmp(c, "GC ", 3)))
		c = strchr(c, ' ') + 1;
	return xref_names(c, NULL, num);
}

/*
 * Whether the sentence may replace a general condition: it names one of
 * the conditions, or it lies in a special condition.  Cheap: most
 * sentences have none of these words near their start.
 */
static int may_replace(const char *s, size_t n, const char *from)
{
	static const struct word refs[] = {
		{ "gcc ", 4 }, { "gc ", 3 }, { "general condition", 17 },
	};
	size_t i, head = n < 64 ? n : 64;

	if (special_cite(from))
		return 1;
	/* Drafted in capitals ("GCC", "General Conditions"): prose's "general" is not. */
	for (i = 0; i < head; i++)
		if (s[i] == 'G' && (s[i + 1] == 'C' || s[i + 1] == 'e') &&
		    opens_with_any(s + i, head - i, refs, sizeof(refs) / sizeof(*refs)))
			return 1;
	return 0;
}

/*
 * Whether any sentence of doc may pass may_replace: a paragraph is cited
 * as a special condition, or the text holds "GCC ", "GC " or "General
 * Condition" anywhere as may_replace looks for them (near a sentence's
 * start).  Once a document: most hold none, and then no
 * sentence is looked at.
 */
static int may_replace_any(const struct document *doc)
{
	const char *t = doc->text.ptr, *p, *e = t + doc->text.len;
	size_t i;

	for (i = 0; i < doc->npara; i++)
		if ((i == 0 || doc->paras[i].clause != doc->paras[i - 1].clause) &&
		    special_cite(doc->paras[i].clause))
			return 1;
	for (p = t; p && p < e && (p = memchr(p, 'G', (size_t)(e - p))) != NULL; p++) {
		if (e - p >= 3 && p[1] == 'C' &&
		    (p[2] == ' ' || (e - p >= 4 && (p[2] | 0x20) == 'c' && p[3] == ' ')))
			return 1;
		if (e - p >= 17 && p[1] == 'e' && !strncasecmp(p, "general condition", 17))
			return 1;
	}
	return 0;
}

/* A general condition replaced or deleted by a special one (replacement_re) in sentence si. */
static size_t find_replaced(const struct document *doc, size_t si, pcre2_code *re,
			    pcre2_match_data *md, struct deleted_clause **out, size_t *n,
			    size_t *alloc)
{
	const struct sentence *s = &doc->sents[si];
	const char *t = doc->text.ptr, *from = doc->paras[s->para].clause;
	PCRE2_SIZE *ov;
	char num[32];
	size_t i, first = (size_t)-1, end;
	int rc, g;

	rc = pcre2_match(re, (PCRE2_SPTR)(t + s->start), s->end - s->start, 0,
			 PCRE2_NO_UTF_CHECK, md, NULL);
	if (rc < 2)
		return 0;
	ov = pcre2_get_ovector_pointer(md);
	for (g = 1; g < rc && ov[2 * g] == PCRE2_UNSET; g++)
		;
	if (g >= rc || (g == 3 && !special_cite(from)))
		return 0;
	copy_number(num, sizeof(num), t + s->start + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
	/* The one general clause of that number; none or several change nothing. */
	for (i = 0; i < doc->npara; i++) {
		const struct paragraph *p = &doc->paras[i];

		if (i == s->para || !p->label || special_cite(p->clause) ||
		    !general_within(p->clause, num) ||
		    (i > 0 && general_within(doc->paras[i - 1].clause, num)))
			continue;
		if (first != (size_t)-1)
			return 0;
		first = i;
	}
	if (first == (size_t)-1)
		return 0;
	for (end = first + 1; end < doc->npara && !special_cite(doc->paras[end].clause) &&
	     general_within(doc->paras[end].clause, num); end++)
		;
	return add_range(doc, si, first, end, 0, out, n, alloc);
}

size_t deletion_find(const struct document *doc, struct deleted_clause **out,
		     size_t *n, size_t *alloc, size_t *unread)
{
	pcre2_code *titled = NULL, *numbered = NULL, *replaced = NULL, *overriding = NULL;
	pcre2_match_data *titled_md = NULL, *numbered_md = NULL, *replaced_md = NULL;
	pcre2_match_data *overriding_md = NULL;
	struct buf nums = BUF_INIT;
	struct online_names online = { 0 };
	struct clause_index ci = { NULL, 0, 0 };
	size_t si, added = 0;
	const char *t = doc->text.ptr;
	int replacing = may_replace_any(doc);
	size_t read = 0;

	*unread = 0;
	for (si = 0; si < doc->nsent; si++) {
		const struct sentence *s = &doc->sents[si];
		const char *p = t + s->start;
		size_t len = s->end - s->start, label = label_end(p, len < 64 ? len : 64, 0);
		int may_del = may_delete(p, len);
		int may_rep = replacing && may_replace(p, len, doc->paras[s->para].clause);
		int may_num = may_delete_by_number(p, len, label);
		int may_ovr = !may_num && may_override(p, len, label);

		if (!may_del && !may_rep && !may_num && !may_ovr)
			continue;
		/* Each sentence read is a pass over the paragraphs: see DELETION_SENTENCES_MAX. */
		if (read++ >= DELETION_SENTENCES_MAX) {
			(*unread)++;
			continue;
		}
		/* Out of memory only: then every clause is read. */
		if (may_del) {
			if (!ensure_compiled(deletion_re, &titled, &titled_md))
				break;
			if (find_titled(doc, si, titled, titled_md, out, n, alloc)) {
				added++;
				continue;
			}
		}
		if (may_rep) {
			if (!ensure_compiled(replacement_re, &replaced, &replaced_md))
				break;
			if (find_replaced(doc, si, replaced, replaced_md, out, n, alloc)) {
				added++;
				continue;
			}
		}
		if (may_num) {
			if (!ensure_compiled(number_deletion_re, &numbered, &numbered_md))
				break;
			added += find_numbered(doc, si, numbered, numbered_md, 0, &nums, &online, &ci,
					       out, n, alloc);
		} else if (may_ovr) {
			if (!ensure_compiled(override_re, &overriding, &overriding_md))
				break;
			added += find_numbered(doc, si, overriding, overriding_md, 1, &nums, &online,
					       &ci, out, n, alloc);
		}
	}
	buf_release(&nums);
	free(ci.v);
	pcre2_match_data_free(titled_md);
	pcre2_code_free(titled);
	pcre2_match_data_free(numbered_md);
	pcre2_code_free(numbered);
	pcre2_match_data_free(replaced_md);
	pcre2_code_free(replaced);
	pcre2_match_data_free(overriding_md);
	pcre2_code_free(overriding);
	return added;
}

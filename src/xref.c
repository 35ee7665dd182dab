#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "outline.h"
#include "xalloc.h"
#include "xref.h"

/*
 * The words a clause number follows, longest first where one begins
 * another.  "Schedule" and "Exhibit" are left out: they name annexes,
 * which carry no findings of their own to read.
 */
static const char *const ref_words[] = {
	"subsections", "subsection", "sub-sections", "sub-section", "subclauses", "subclause",
	"sub-clauses", "sub-clause", "subparagraphs", "subparagraph", "sub-paragraphs",
	"sub-paragraph", "sections", "section",
	"clauses", "clause", "articles", "article", "paragraphs", "paragraph",
	"paras.", "para.", "secs.", "sec.", "\xc2\xa7\xc2\xa7", "\xc2\xa7",
	"special conditions", "special condition", "special terms", "special term",
	"particular conditions", "particular condition",
};

/*
 * The names of a contract's annexes, as "Schedule 2, paragraph 4" or
 * "clause 2.3 of Annex 1" cite a clause in one.
 */
static const char *const annex_words[] = {
	"schedule", "annex", "exhibit", "appendix", "attachment",
};

/* The connectors of a list of numbers; `range` for "4.1 to 4.3". */
static const struct {
	const char *s;
	int range;
} joins[] = {
	{ ", and/or ", 0 }, { ", and ", 0 }, { ", or ", 0 }, { " and/or ", 0 },
	{ " and ", 0 }, { " or ", 0 }, { ", ", 0 }, { " to ", 1 }, { " through ", 1 },
	{ " - ", 1 }, { "-", 1 },
};

static int is_word_char(int c)
{
	return isalnum(c) || c == '_';
}

/* The length of the reference word at s[i], 0 when none starts there. */
static size_t ref_word_at(const char *s, size_t len, size_t i)
{
	size_t k;

	if (i > 0 && is_word_char((unsigned char)s[i - 1]))
		return 0;
	for (k = 0; k < ARRAY_SIZE(ref_words); k++) {
		size_t n = strlen(ref_words[k]);

		if (n > len - i || strncasecmp(s + i, ref_words[k], n))
			continue;
		/* "sectional" is no reference; "§9" and "para.9" are. */
		if (isalpha((unsigned char)ref_words[k][n - 1]) && i + n < len &&
		    is_word_char((unsigned char)s[i + n]))
			continue;
		return n;
	}
	return 0;
}

/*
 * Whether the reference word at s names a condition by its name:
 * "Special Condition 3" is cited with the name, "special condition 3",
 * as an order form's special conditions are labelled.
 */
static int is_condition_word(const char *s)
{
	return !strncasecmp(s, "special ", 8) || !strncasecmp(s, "particular ", 11);
}

/*
 * The length of an annex's name at s[i], "Schedule 2", "Annex II",
 * "Exhibit A", "Appendix 3B": an annex word and an id of digits (a
 * capital after them) or of capitals; 0 when none ("the schedule to",
 * "Schedule of Fees").
 */
static size_t annex_name_at(const char *s, size_t len, size_t i)
{
	size_t k, n, j, digits = 0, caps = 0;

	if (i > 0 && is_word_char((unsigned char)s[i - 1]))
		return 0;
	for (k = 0; k < ARRAY_SIZE(annex_words); k++) {
		n = strlen(annex_words[k]);
		if (n < len - i && !strncasecmp(s + i, annex_words[k], n) && s[i + n] == ' ')
			break;
	}
	if (k == ARRAY_SIZE(annex_words))
		return 0;
	for (j = i + n + 1; j < len && j - i - n - 1 < 4 && isalnum((unsigned char)s[j]); j++) {
		digits += isdigit((unsigned char)s[j]) != 0;
		caps += isupper((unsigned char)s[j]) != 0;
	}
	if (j == i + n + 1 || (j < len && is_word_char((unsigned char)s[j])) ||
	    digits + caps != j - i - n - 1 || (digits && (!isdigit((unsigned char)s[i + n + 1]) || caps > 1)))
		return 0;
	return j - i;
}

/*
 * The annex named just before the reference word at s[i]: "Schedule 2,
 * paragraph 4", "Annex 1 clause 2.3".  Where it starts, its length in *n;
 * 0 in *n when none.
 */
static size_t annex_before(const char *s, size_t len, size_t i, size_t *n)
{
	size_t e = i, b;

	*n = 0;
	if (e < 2 || s[e - 1] != ' ')
		return 0;
	e -= s[e - 2] == ',' ? 2 : 1;
	/* The longest name, "attachment" and an id of four, is 15 bytes. */
	for (b = e > 15 ? e - 15 : 0; b + 6 < e; b++)
		if (annex_name_at(s, len, b) == e - b) {
			*n = e - b;
			return b;
		}
	return 0;
}

/*
 * The annex named after the numbers that end at s[at]: "paragraph 4 of
 * Schedule 2", "clause 2.3 in Annex 1".  As annex_before.
 */
static size_t annex_after(const char *s, size_t len, size_t at, size_t *n)
{
	*n = 0;
	if (len - at < 5 || (strncasecmp(s + at, " of ", 4) && strncasecmp(s + at, " in ", 4)))
		return 0;
	at += 4;
	if (len - at > 4 && !strncasecmp(s + at, "the ", 4))
		at += 4;
	*n = annex_name_at(s, len, at);
	return at;
}

/*
 * Writes the numbers out[mark..] again, each after `name` (n bytes,
 * lower-cased, a blank run as one) and `sep`: "schedule 2, 4",
 * "special condition 3".
 */
static void put_before(struct buf *out, size_t mark, const char *name, size_t n, const char *sep)
{
	struct buf nums = BUF_INIT;
	const char *p;
	size_t k;

	buf_add(&nums, out->ptr + mark, out->len - mark);
	buf_setlen(out, mark);
	for (p = nums.ptr; p < nums.ptr + nums.len; p += strlen(p) + 1) {
		for (k = 0; k < n; k++)
			if (name[k] != ' ' || (k && name[k - 1] != ' '))
				buf_addch(out, (char)tolower((unsigned char)name[k]));
		buf_addstr(out, sep);
		buf_addstr(out, p);
		buf_addch(out, '\0');
	}
	buf_release(&nums);
}

/* Appends c to the number being read, lower-cased; 0 when it is too long. */
static int put(char *dst, size_t *k, size_t size, char c)
{
	if (*k + 1 >= size)
		return 0;
	dst[(*k)++] = (char)tolower((unsigned char)c);
	return 1;
}

/*
 * The length of the enumerator that s[0..len) opens, followed by ")": up
 * to three digits, a letter or two ("a", "AA"), or a Roman number
 * ("iv", "XII"), in one case; 0 when none does.
 */
static size_t enumerator_len(const char *s, size_t len)
{
	size_t n = 0, digits = 0, lower = 0, upper = 0, roman = 0;

	for (; n < len && n < 6 && isalnum((unsigned char)s[n]); n++) {
		digits += isdigit((unsigned char)s[n]) != 0;
		lower += islower((unsigned char)s[n]) != 0;
		upper += isupper((unsigned char)s[n]) != 0;
		roman += strchr("ivxlIVXL", s[n]) != NULL;
	}
	if (!n || n >= len || s[n] != ')')
		return 0;
	if (digits == n)
		return n <= 3 ? n : 0;
	if (digits || (lower && upper))
		return 0;
	return n <= 2 || (roman == n && n <= 5) ? n : 0;
}

/*
 * Reads the clause number at s[i]: "12.1", "9.2(a)", "9.2 (a)(ii)", or a
 * Roman "IV" standing alone.  Writes it to dst (NUL-terminated) and
 * returns where it ends, or i when no number starts there.
 */
static size_t read_number(const char *s, size_t len, size_t i, char *dst, size_t size)
{
	size_t j = i, k = 0, parts = 0, word;
	unsigned long value;

	if (j < len && isdigit((unsigned char)s[j])) {
		for (;;) {
			size_t digits = 0;

			while (j < len && isdigit((unsigned char)s[j]) && digits < 4) {
				if (!put(dst, &k, size, s[j++]))
					return i;
				digits++;
			}
			if (j < len && isdigit((unsigned char)s[j]))
				return i;   /* a year or an amount, not a clause */
			if (++parts < 6 && j + 1 < len && s[j] == '.' &&
			    isdigit((unsigned char)s[j + 1])) {
				if (!put(dst, &k, size, s[j++]))
					return i;
				continue;
			}
			break;
		}
		/* Enumerators: "(a)", " (ii)"; a title, "(Fees)", is not one. */
		for (parts = 0; parts < 3; parts++) {
			size_t p = j, n;

			if (p < len && s[p] == ' ')
				p++;
			if (p >= len || s[p] != '(' || !(n = enumerator_len(s + p + 1, len - p - 1)))
				break;
			for (j = p; j <= p + n + 1; j++)
				if (!put(dst, &k, size, s[j]))
					return i;
		}
	} else if (isupper((unsigned char)s[j]) &&
		   (word = outline_ordinal_word(s + j, s + len, &value)) != 0) {
		/* "Clause Seventh", "CLAUSE TWENTY-FIRST": cited as the word, "TWENTY FIRST" hyphened */
		for (; word; word--, j++)
			if (!put(dst, &k, size, s[j] == ' ' ? '-' : s[j]))
				return i;
	} else {
		while (j < len && strchr("ivxlIVXL", s[j]) && j - i < 7)
			if (!put(dst, &k, size, s[j++]))
				return i;
		if (j == i || (j < len && is_word_char((unsigned char)s[j])))
			return i;
	}
	dst[k] = '\0';
	return j;
}

/* How much of a citation names its annex: "Schedule 2, " of "Schedule 2, 3.1". */
static size_t annex_part(const char *clause)
{
	const char *p = clause ? strstr(clause, ", ") : NULL, *q;

	if (!p)
		return 0;
	while ((q = strstr(p + 2, ", ")) != NULL)
		p = q;
	return (size_t)(p - clause) + 2;
}

/* "Article 7(2)" is cited, and compared, as "7(2)". */
static const char *own_number(const char *clause)
{
	if (!strncasecmp(clause, "article ", 8))
		return clause + 8;
	return clause;
}

/* What kind of enumerator "(a)", "(ii)", "(3)" is: 'd'igits, 'r'oman, 'l'etters. */
static char enumerator_kind(const char *p, size_t n)
{
	size_t k, roman = 0, digits = 0;

	for (k = 0; k < n; k++) {
		digits += isdigit((unsigned char)p[k]) != 0;
		roman += strchr("ivxl", p[k]) != NULL;
	}
	if (digits == n)
		return 'd';
	/* "(v)" and "(x)" come far more often as letters than as five and ten. */
	return roman == n && (n > 1 || p[0] == 'i') ? 'r' : 'l';
}

/*
 * The number a reference to a part of the clause it is written in names:
 * "subsection (a)" in clause "9.2(c)" is "9.2(a)", the part of the same
 * kind replaced ("(a)" in "9.2(c)(ii)" too); where the clause has no part
 * of that kind, "(a)" is its own part, "9.2(a)", unless `must_replace`.
 * `rel` is the bracketed part(s) read, `from` the citation the reference
 * is in.  Writes to dst; 0 when there is no clause to read it against, no
 * part to replace that must be, or it does not fit.
 */
static int resolve_part(const char *from, const char *rel, int must_replace, char *dst,
			size_t size)
{
	const char *own, *close = strchr(rel, ')');
	size_t keep, i, n;
	char kind;

	if (!from || !close)
		return 0;
	own = own_number(from + annex_part(from));
	kind = enumerator_kind(rel + 1, (size_t)(close - rel - 1));
	n = strlen(own);
	keep = n;
	/* The last part of the same kind, if any: keep what is before it. */
	for (i = n; i > 0; i--) {
		if (own[i - 1] == '(') {
			const char *end = strchr(own + i, ')');

			if (end && enumerator_kind(own + i, (size_t)(end - own - i)) == kind) {
				keep = i - 1;
				break;
			}
		}
	}
	if ((keep == n && must_replace) || keep + strlen(rel) + 1 > size)
		return 0;
	for (i = 0; i < keep; i++)
		dst[i] = (char)tolower((unsigned char)own[i]);
	memcpy(dst + keep, rel, strlen(rel) + 1);
	return 1;
}

/* Where a bracketed title after a number ends ("1 (Definitions)"), or i. */
static size_t skip_title(const char *s, size_t len, size_t i)
{
	size_t j = i, n;
	char close;

	if (j < len && s[j] == ' ')
		j++;
	if (j + 1 >= len || (s[j] != '(' && s[j] != '['))
		return i;
	close = s[j] == '(' ? ')' : ']';
	if (!isupper((unsigned char)s[j + 1]))
		return i;
	for (n = 1; j + n < len && n < 80; n++) {
		if (s[j + n] == close)
			return j + n + 1;
		if (s[j + n] == '(' || s[j + n] == '[')
			break;
	}
	return i;
}

static int all_digits_dots(const char *s)
{
	for (; *s; s++)
		if (!isdigit((unsigned char)*s) && *s != '.')
			return 0;
	return 1;
}

/*
 * "4.1 to 4.4": the numbers between `from` and `to` when they differ in
 * their last part only, appended to out; how many (a span of more than
 * twenty reads as a slip and adds none).
 */
static size_t add_between(const char *from, const char *to, struct buf *out, size_t room)
{
	const char *fl = strrchr(from, '.'), *tl = strrchr(to, '.');
	size_t plen = fl ? (size_t)(fl - from) + 1 : 0, added = 0;
	unsigned long a, b, x;

	if (!all_digits_dots(from) || !all_digits_dots(to) ||
	    (tl ? (size_t)(tl - to) + 1 : 0) != plen || strncmp(from, to, plen))
		return 0;
	a = strtoul(from + plen, NULL, 10);
	b = strtoul(to + plen, NULL, 10);
	if (b <= a + 1 || b - a > 20)
		return 0;
	for (x = a + 1; x < b && added < room; x++, added++) {
		buf_add(out, from, plen);
		buf_addf(out, "%lu", x);
		buf_addch(out, '\0');
	}
	return added;
}

/*
 * Whether the numbers that end at s[at] belong to another document or
 * part: "Section 12.2 of the MSLA", "clause 4 of Schedule 2", "Section 9
 * of that agreement".  An addendum numbered like its master agreement
 * must not read the master's clauses in its own.  "of this Agreement"
 * and "of these Terms" are the document's own.
 */
static int names_elsewhere(const char *s, size_t len, size_t at)
{
	static const char *const own[] = { "this ", "these ", "hereof" };
	size_t k;

	at = skip_title(s, len, at);
	if (len - at < 5 || strncasecmp(s + at, " of ", 4))
		return 0;
	at += 4;
	for (k = 0; k < ARRAY_SIZE(own); k++)
		if (len - at >= strlen(own[k]) && !strncasecmp(s + at, own[k], strlen(own[k])))
			return 0;
	return 1;
}

/* Whether the reference word at s names a part of a clause: "paragraph", "subsection". */
static int is_part_word(const char *s)
{
	return !strncasecmp(s, "sub", 3) || !strncasecmp(s, "para", 4);
}

static int all_digits(const char *s)
{
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return 0;
	return 1;
}

/*
 * Reads one part reference at s[p]: "(a)", "(a)(ii)", or after a word
 * for a part a plain "1".  Writes it bracketed and lower-cased to rel
 * (digits as "(1)") and returns where it ends, or p.
 */
static size_t read_part(const char *s, size_t len, size_t p, int part_word, char *rel,
			size_t size)
{
	size_t start = p, k = 0, parts, n;

	if (part_word && p < len && isdigit((unsigned char)s[p])) {
		for (n = 0; p + n < len && isdigit((unsigned char)s[p + n]); n++)
			;
		if (n > 3 || (p + n < len && (s[p + n] == '.' || s[p + n] == '(')) ||
		    (size_t)snprintf(rel, size, "(%.*s)", (int)n, s + p) >= size)
			return start;
		return p + n;
	}
	for (parts = 0; parts < 3; parts++) {
		if (p >= len || s[p] != '(' || !(n = enumerator_len(s + p + 1, len - p - 1)))
			break;
		if (k + n + 2 >= size)
			return start;
		for (n += 2; n > 0; n--)
			rel[k++] = (char)tolower((unsigned char)s[p++]);
	}
	rel[k] = '\0';
	return parts ? p : start;
}

/*
 * Reads a number after a reference word, as read_number does, and the
 * references to a part of the clause they are written in (cited `from`):
 * "subsection (a)", and after a word for a part ("paragraph", "subsection";
 * `part_word`) a plain number where that clause's parts are numbered:
 * German-style "paragraph 1" in "\xc2\xa7 9 (3)" is "9(1)", while
 * "paragraph 1" in "5(b)" is paragraph 1 of the contract.
 */
static size_t read_ref(const char *s, size_t len, size_t j, const char *from, int part_word,
		       char *num, size_t size)
{
	size_t end = read_number(s, len, j, num, size), p;
	char rel[32], abs[64];

	if (end != j) {
		if (part_word && all_digits(num) &&
		    (size_t)snprintf(rel, sizeof(rel), "(%s)", num) < sizeof(rel) &&
		    resolve_part(from, rel, 1, abs, sizeof(abs)) && strlen(abs) < size)
			memcpy(num, abs, strlen(abs) + 1);
		return end;
	}
	p = read_part(s, len, j, 0, rel, sizeof(rel));
	if (p == j)
		return j;
	return resolve_part(from, rel, 0, num, size) ? p : j;
}

/*
 * "subsection (a) of Section 9", "paragraphs (a) and (b) of clause 12.1":
 * parts named against the clause that follows them, not the clause they
 * are written in.  Appends "9(a)" (a numbered part also as "9.2", the way
 * a contract that numbers "9.2" would cite it) for each part, at most
 * `room`, and returns where the reference ends; j when s[j] opens no such
 * reference.  Parts of a clause of another document ("of Section 9 of the
 * MSA") end the reference but append nothing.
 */
static size_t read_part_of(const char *s, size_t len, size_t j, int part_word,
			   struct buf *out, size_t room, size_t *added)
{
	char rel[8][16], num[32];
	size_t nrel = 0, p = j, at, w, end, k;

	*added = 0;
	while (nrel < ARRAY_SIZE(rel)) {
		size_t next = read_part(s, len, p, part_word, rel[nrel], sizeof(rel[0]));

		if (next == p)
			break;
		nrel++;
		p = next;
		for (k = 0; k < ARRAY_SIZE(joins); k++) {
			size_t n = strlen(joins[k].s);

			if (!joins[k].range && n <= len - p && !strncasecmp(s + p, joins[k].s, n))
				break;
		}
		if (k == ARRAY_SIZE(joins))
			break;
		at = p + strlen(joins[k].s);
		if ((w = ref_word_at(s, len, at)) != 0) {
			at += w;
			while (at < len && s[at] == ' ')
				at++;
		}
		if (read_part(s, len, at, part_word, num, sizeof(num)) == at)
			break;
		p = at;
	}
	if (!nrel || len - p < 5 || strncasecmp(s + p, " of ", 4))
		return j;
	at = p + 4;
	if (!(w = ref_word_at(s, len, at)) || is_part_word(s + at))
		return j;
	at += w;
	while (at < len && s[at] == ' ')
		at++;
	end = read_number(s, len, at, num, sizeof(num));
	if (end == at)
		return j;
	if (names_elsewhere(s, len, end))
		return end;
	for (k = 0; k < nrel && *added < room; k++) {
		size_t n = strlen(num) + strlen(rel[k]);

		if (n >= 32)
			continue;
		buf_addf(out, "%s%s", num, rel[k]);
		buf_addch(out, '\0');
		++*added;
		if (isdigit((unsigned char)rel[k][1]) && all_digits_dots(num) && *added < room) {
			buf_addf(out, "%s.%.*s", num, (int)(strlen(rel[k]) - 2), rel[k] + 1);
			buf_addch(out, '\0');
			++*added;
		}
	}
	return end;
}

/*
 * The capitalised ordinal word that ends at s[end] ("Seventh" before
 * " Clause"): where it starts, or end when none does.
 */
static size_t ordinal_before(const char *s, size_t end)
{
	size_t b = end;
	unsigned long v;

	while (b > 0 && (isalpha((unsigned char)s[b - 1]) || s[b - 1] == '-') && end - b < 14)
		b--;
	if (b == end || (b > 0 && is_word_char((unsigned char)s[b - 1])) ||
	    !isupper((unsigned char)s[b]) || outline_ordinal_word(s + b, s + end, &v) != end - b)
		return end;
	/* "the Twenty First Clause": the tens before a space */
	if (v < 10 && b > 6 && s[b - 1] == ' ') {
		size_t t = b - 1;

		while (t > 0 && isalpha((unsigned char)s[t - 1]) && b - t < 8)
			t--;
		if (t < b - 1 && isupper((unsigned char)s[t]) && (t == 0 || !is_word_char((unsigned char)s[t - 1])) &&
		    outline_ordinal_word(s + t, s + end, &v) == end - t)
			b = t;
	}
	return b;
}

/*
 * Ordinal words before "Clause" or "Clauses" at i: "the Seventh Clause",
 * "the Seventh, Eighth or Twelfth Clauses", as a contract numbered by
 * them cites its clauses.  Appends each, lower-cased, in the order
 * written, at most `room`; returns how many.
 */
static size_t ordinals_before(const char *s, size_t len, size_t i, struct buf *out, size_t room)
{
	static const char *const seps[] = { ", and ", ", or ", " and ", " or ", ", " };
	size_t at[XREF_MAX], to[XREF_MAX], n = 0, end, b, k;

	if (i < 2 || s[i - 1] != ' ' || strncasecmp(s + i, "clause", 6))
		return 0;
	for (end = i - 1; n < XREF_MAX; ) {
		if ((b = ordinal_before(s, end)) == end)
			break;
		at[n] = b;
		to[n++] = end;
		for (k = 0; k < ARRAY_SIZE(seps); k++) {
			size_t sn = strlen(seps[k]);

			if (b >= sn && !strncasecmp(s + b - sn, seps[k], sn))
				break;
		}
		if (k == ARRAY_SIZE(seps))
			break;
		end = b - strlen(seps[k]);
	}
	/* "Clause" names one: only the word next to it */
	if (n > 1 && (i + 6 >= len || (s[i + 6] != 's' && s[i + 6] != 'S')))
		n = 1;
	if (n > room)
		n = room;
	for (k = n; k > 0; k--) {
		for (b = at[k - 1]; b < to[k - 1]; b++)
			buf_addch(out, s[b] == ' ' ? '-' : (char)tolower((unsigned char)s[b]));
		buf_addch(out, '\0');
	}
	return n;
}

size_t xref_parse(const char *s, size_t len, const char *from, struct buf *out)
{
	size_t i = 0, count = 0;

	while (i < len && count < XREF_MAX) {
		char num[32], prev[32];
		size_t w = ref_word_at(s, len, i), j, end, mark = out->len, marked = count, added;
		size_t ap, an;
		int range = 0, part_word, named;

		if (!w) {
			i++;
			continue;
		}
		if ((added = ordinals_before(s, len, i, out, XREF_MAX - count)) != 0) {
			if (names_elsewhere(s, len, i + w))
				buf_setlen(out, mark);
			else
				count += added;
			i += w;
			continue;
		}
		j = i + w;
		while (j < len && s[j] == ' ')
			j++;
		named = is_condition_word(s + i);
		part_word = !named && is_part_word(s + i);
		if (!named) {
			end = read_part_of(s, len, j, part_word, out, XREF_MAX - count, &added);
			if (end != j) {
				count += added;
				i = end;
				continue;
			}
		}
		/* "Special Condition (a)" is no part of the clause it is written in. */
		end = read_ref(s, len, j, named ? NULL : from, part_word, num, sizeof(num));
		if (end == j) {
			i += w;
			continue;
		}
		for (;;) {
			size_t k, next = 0, at;

			if (range)
				count += add_between(prev, num, out, XREF_MAX - count);
			if (count >= XREF_MAX)
				break;
			buf_addstr(out, num);
			buf_addch(out, '\0');
			count++;
			memcpy(prev, num, sizeof(prev));
			at = skip_title(s, len, end);
			range = 0;
			for (k = 0; k < ARRAY_SIZE(joins); k++) {
				size_t n = strlen(joins[k].s), wn;

				if (n > len - at || strncasecmp(s + at, joins[k].s, n))
					continue;
				next = at + n;
				/* "Special Condition 3 and clause 4.1": the clause is read anew. */
				if ((wn = ref_word_at(s, len, next)) != 0 &&
				    is_condition_word(s + next) != named) {
					next = 0;
					break;
				}
				if (wn) {
					next += wn;
					while (next < len && s[next] == ' ')
						next++;
				}
				range = joins[k].range;
				break;
			}
			if (!next || count >= XREF_MAX)
				break;
			j = read_ref(s, len, next, from, part_word, num, sizeof(num));
			if (j == next)
				break;
			end = j;
		}
		if (named) {
			/* cited by its name in the singular: "special condition 3" */
			put_before(out, mark, s + i, w - ((s[i + w - 1] | 0x20) == 's'), " ");
		} else if ((ap = annex_after(s, len, skip_title(s, len, end), &an)), an) {
			put_before(out, mark, s + ap, an, ", ");
			end = ap + an;
		} else if ((ap = annex_before(s, len, i, &an)), an && !names_elsewhere(s, len, end)) {
			put_before(out, mark, s + ap, an, ", ");
		}
		if (names_elsewhere(s, len, end)) {
			buf_setlen(out, mark);
			count = marked;
		}
		i = end;
	}
	return count;
}

int xref_within(const char *clause, const char *num, size_t n)
{
	if (!clause)
		return 0;
	clause = own_number(clause);
	return !strncasecmp(clause, num, n) &&
	       (clause[n] == '\0' || clause[n] == '.' || clause[n] == '(');
}

int xref_names(const char *target, const char *from, const char *num)
{
	size_t tn = annex_part(target), fn = annex_part(from), nn = annex_part(num);

	/* "schedule 2, 4" names its annex, as written in any case; "4" the one it is read in. */
	if (nn) {
		from = num;
		fn = nn;
		num += nn;
	}
	if (!target || tn != fn || (fn && strncasecmp(target, from, fn)))
		return 0;
	return xref_within(target + tn, num, strlen(num));
}

void xref_index_init(struct xref_index *x)
{
	struct xref_index blank = XREF_INDEX_INIT;

	*x = blank;
}

void xref_index_reset(struct xref_index *x)
{
	buf_reset(&x->keys);
	x->n = 0;
}

void xref_index_release(struct xref_index *x)
{
	buf_release(&x->keys);
	free(x->at);
	free(x->v);
	xref_index_init(x);
}

/*
 * A citation as the index compares it: its annex part as written, then
 * its own number without "Article ", so that every citation within
 * "9.2" of one annex sorts together: "9.2", "9.2(a)", "9.2.1" come before
 * "9.20" since "(" and "." sort before the digits.
 */
void xref_index_add(struct xref_index *x, const char *clause)
{
	size_t annex;

	if (!clause)
		return;
	annex = annex_part(clause);
	ALLOC_GROW(x->at, x->n + 1, x->alloc);
	x->at[x->n++] = x->keys.len;
	buf_add(&x->keys, clause, annex);
	buf_addstr(&x->keys, own_number(clause + annex));
	buf_addch(&x->keys, '\0');
}

static int cmp_key(const void *a, const void *b)
{
	return strcasecmp(*(char *const *)a, *(char *const *)b);
}

void xref_index_finish(struct xref_index *x)
{
	size_t i, k = 0;

	if (!x->n)
		return;
	ALLOC_GROW(x->v, x->n, x->valloc);
	for (i = 0; i < x->n; i++)
		x->v[i] = x->keys.ptr + x->at[i];
	qsort(x->v, x->n, sizeof(*x->v), cmp_key);
	/* A clause holds many findings: ask about each citation once. */
	for (i = 0; i < x->n; i++)
		if (!k || strcasecmp(x->v[k - 1], x->v[i]))
			x->v[k++] = x->v[i];
	x->n = k;
}

int xref_index_names(const struct xref_index *x, const char *from, const char *num)
{
	size_t fa = annex_part(num) ? 0 : annex_part(from), nn = strlen(num), lo = 0, hi = x->n, klen;
	char key[160];

	if (fa + nn + 1 > sizeof(key))
		return 0;
	if (fa)
		memcpy(key, from, fa);
	memcpy(key + fa, num, nn + 1);
	klen = fa + nn;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcasecmp(x->v[mid], key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	/*
	 * The citations that begin with the key follow, those within it
	 * ("9.2", "9.2(a)", "9.2.1") before any whose next byte sorts after
	 * "." ("9.20"); between them only oddities no clause number has
	 * ("9.2 x", "9.2-x").
	 */
	for (; lo < x->n && !strncasecmp(x->v[lo], key, klen); lo++) {
		unsigned char c = (unsigned char)x->v[lo][klen];

		if (c == '\0' || c == '.' || c == '(')
			return 1;
		if (c > '.')
			return 0;
	}
	return 0;
}

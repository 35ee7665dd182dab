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
	"|(?:does|do|shall|will)\\s+not\\s+apply)"
	"\\s*(?:[.;]\\s*)?$";

/*
 * Whether the sentence may match deletion_re: somewhere a number is
 * followed by a bracketed title ("1.6 (Machine"), and one of the verbs
 * follows.  Every sentence of every document passes here, and brackets
 * are common ("(a)", "thirty (30)") where numbers before titles are not,
 * so the verbs are looked for only after such a title.
 */
static int may_delete(const char *s, size_t n)
{
	static const struct {
		const char *w;
		size_t n;
	} verbs[] = {
		{ "delet", 5 }, { "struck", 6 }, { "remov", 5 }, { "omit", 4 }, { "not apply", 9 },
	};
	const char *p = s, *e = s + n, *q;
	size_t k;

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
		for (k = 0; k < sizeof(verbs) / sizeof(*verbs); k++)
			if ((*p | 0x20) == verbs[k].w[0] && (size_t)(e - p) >= verbs[k].n &&
			    !strncasecmp(p, verbs[k].w, verbs[k].n))
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

size_t deletion_find(const struct document *doc, struct deleted_clause **out,
		     size_t *n, size_t *alloc)
{
	pcre2_code *re = NULL;
	pcre2_match_data *md = NULL;
	size_t si, added = 0;
	const char *t = doc->text.ptr;

	for (si = 0; si < doc->nsent; si++) {
		const struct sentence *s = &doc->sents[si];
		PCRE2_SIZE *ov;
		char num[32];
		size_t first, end, k;

		if (!may_delete(t + s->start, s->end - s->start))
			continue;
		if (!re) {
			int err;
			PCRE2_SIZE off;

			re = pcre2_compile((PCRE2_SPTR)deletion_re, PCRE2_ZERO_TERMINATED,
					   PCRE2_CASELESS | PCRE2_UTF | PCRE2_MATCH_INVALID_UTF,
					   &err, &off, NULL);
			md = re ? pcre2_match_data_create_from_pattern(re, NULL) : NULL;
			if (!md)
				break;   /* only out of memory: read every clause */
		}
		if (pcre2_match(re, (PCRE2_SPTR)(t + s->start), s->end - s->start, 0,
				PCRE2_NO_UTF_CHECK, md, NULL) < 3)
			continue;
		ov = pcre2_get_ovector_pointer(md);
		copy_number(num, sizeof(num), t + s->start + ov[2], ov[3] - ov[2]);
		first = clause_opening(doc, s->para, num, t + s->start + ov[4], ov[5] - ov[4]);
		if (first == (size_t)-1)
			continue;
		for (end = first + 1; end < doc->npara &&
		     xref_within(doc->paras[end].clause, num, strlen(num)); end++)
			;
		if (s->para >= first && s->para < end)
			continue;
		for (k = 0; k < *n; k++)
			if ((*out)[k].first == first)
				break;
		if (k < *n)
			continue;   /* said twice */
		ALLOC_GROW(*out, *n + 1, *alloc);
		(*out)[*n].by = si;
		(*out)[*n].first = first;
		(*out)[*n].end = end;
		(*n)++;
		added++;
	}
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	return added;
}

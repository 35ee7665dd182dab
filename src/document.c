#include <ctype.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "document.h"
#include "outline.h"
#include "xalloc.h"

/* A sentence longer than this is cut at a ';' or ',' or space before it. */
#define SENTENCE_SOFT_MAX 3000

void document_init(struct document *doc, const char *path)
{
	memset(doc, 0, sizeof(*doc));
	buf_init(&doc->text, 0);
	doc->path = arena_strdup(&doc->arena, path ? path : "-");
	doc->format = DOC_FORMAT_TEXT;
	doc->format_name = "text";
}

void document_release(struct document *doc)
{
	buf_release(&doc->text);
	free(doc->paras);
	free(doc->sents);
	free(doc->tracked);
	free(doc->comments);
	free(doc->notes);
	free(doc->warnings);
	free(doc->lines);
	arena_release(&doc->arena);
	memset(doc, 0, sizeof(*doc));
	buf_init(&doc->text, 0);
}

struct paragraph *document_add_paragraph(struct document *doc,
		enum para_kind kind, size_t start, size_t end)
{
	struct paragraph *p;

	ALLOC_GROW(doc->paras, doc->npara + 1, doc->para_alloc);
	p = &doc->paras[doc->npara++];
	memset(p, 0, sizeof(*p));
	p->kind = kind;
	p->start = p->body = start;
	p->end = end;
	p->level = -1;
	p->parent = -1;
	return p;
}

void document_add_span(struct document *doc, size_t start, size_t end,
		unsigned kind, const char *author)
{
	struct doc_span *s;

	ALLOC_GROW(doc->tracked, doc->ntracked + 1, doc->tracked_alloc);
	s = &doc->tracked[doc->ntracked++];
	s->start = start;
	s->end = end;
	s->kind = kind;
	s->author = author ? arena_strdup(&doc->arena, author) : NULL;
}

void document_add_comment(struct document *doc, size_t para,
		const char *author, const char *text)
{
	struct doc_comment *c;

	ALLOC_GROW(doc->comments, doc->ncomment + 1, doc->comment_alloc);
	c = &doc->comments[doc->ncomment++];
	c->para = para;
	c->author = author ? arena_strdup(&doc->arena, author) : NULL;
	c->text = arena_strdup(&doc->arena, text ? text : "");
}

void document_add_warning(struct document *doc, const char *fmt, ...)
{
	struct buf msg = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	ALLOC_GROW(doc->warnings, doc->nwarning + 1, doc->warning_alloc);
	doc->warnings[doc->nwarning++] = arena_strndup(&doc->arena, msg.ptr, msg.len);
	buf_release(&msg);
}

const char *para_kind_name(enum para_kind kind)
{
	static const char *const names[] = {
		[PARA_BODY] = "body",
		[PARA_HEADING] = "heading",
		[PARA_LIST_ITEM] = "list-item",
		[PARA_TABLE_CELL] = "table-cell",
		[PARA_FOOTNOTE] = "footnote",
		[PARA_ENDNOTE] = "endnote",
		[PARA_HEADER] = "header",
		[PARA_FOOTER] = "footer",
		[PARA_TEXT_BOX] = "text-box",
	};

	if ((unsigned)kind < ARRAY_SIZE(names) && names[kind])
		return names[kind];
	return "body";
}

/* Paragraphs in the reading flow, the ones clause numbering runs through. */
static int in_main_flow(enum para_kind kind)
{
	return kind == PARA_BODY || kind == PARA_HEADING ||
	       kind == PARA_LIST_ITEM || kind == PARA_TABLE_CELL;
}

static int has_prefix_word(const char *s, const char *word)
{
	size_t n = strlen(word);

	/* Most labels are numbers: the first letter settles it cheaply. */
	if (tolower((unsigned char)s[0]) != (unsigned char)word[0])
		return 0;
	return strncasecmp(s, word, n) == 0 && (s[n] == ' ' || s[n] == '\t');
}

/*
 * "parent(s)" or "(s)", the citation of an enumerator: built by hand, as
 * arena_printf would format it twice over.  s[0..n) holds no NUL.
 */
static const char *bracket_clause(struct document *doc, const char *parent,
				  const char *s, size_t n)
{
	size_t plen = parent ? strlen(parent) : 0;
	char *out = arena_alloc(&doc->arena, plen + n + 3);   /* zero-filled */

	if (plen)
		memcpy(out, parent, plen);
	out[plen] = '(';
	memcpy(out + plen + 1, s, n);
	out[plen + 1 + n] = ')';
	return out;
}

/*
 * The label without separators after it: "4.2." -> "4.2", "IV:" -> "IV",
 * and Markdown's escaped "12\." -> "12".
 */
static size_t trim_label_end(const char *s, size_t n)
{
	while (n && strchr(".:-\\\t ", s[n - 1]))
		n--;
	return n;
}

/*
 * "Article IV", "Schedule A": a clause cited as its caption is written.
 * Inside an annex the clause's own citation is the part after the annex's
 * ("Schedule 1, Article 6").
 */
static int is_caption_clause(const char *clause)
{
	const char *own = strrchr(clause, ',');

	if (own && own[1] == ' ')
		clause = own + 2;
	return isalpha((unsigned char)clause[0]) && strchr(clause, ' ') && !strchr(clause, '(');
}

/* Whether s[0..n) ends on a quote: '"', '\'', or a closing curly one. */
static int ends_in_quote(const char *s, size_t n)
{
	return n && (s[n - 1] == '"' || s[n - 1] == '\'' ||
		     (n >= 3 && !memcmp(s + n - 3, "\xE2\x80", 2) &&
		      (s[n - 1] == '\x9D' || s[n - 1] == '\x99')));
}

static int all_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return n > 0;
}

/*
 * A caption label as it is cited: as written, but for the dash between
 * its keyword and its id ("SCHEDULE - I" is "SCHEDULE I").
 */
static const char *caption_cite(struct document *doc, const char *s, size_t n)
{
	size_t i, d;

	for (i = 1; i + 2 < n; i++) {
		if (s[i] != ' ')
			continue;
		d = outline_dash_len(s + i + 1, s + n);
		if (d && i + 1 + d < n && s[i + 1 + d] == ' ') {
			size_t rest = i + 1 + d;

			while (rest < n && s[rest] == ' ')
				rest++;
			return arena_printf(&doc->arena, "%.*s %.*s", (int)i, s,
					    (int)(n - rest), s + rest);
		}
		break;  /* only right after the keyword */
	}
	return arena_strndup(&doc->arena, s, n);
}

/*
 * The citation for a paragraph from its own label and its parent's clause:
 * "1." -> "1", "1.4.2." -> "1.4.2", "A.1." -> "A.1", "Section 4.2" -> "4.2",
 * "Article IV" and "Schedule A" stay as written, "(b)" under "1.4" ->
 * "1.4(b)", "a." or "1)" under "5" -> "5(a)", "5(1)", "2." under "Article 6"
 * -> "Article 6(2)".  Enumerators only
 * make sense joined to the clause they belong to; dotted numbers are
 * already complete.  Without a parent an enumerator stands alone: "(a)",
 * "A".  A plain number the loader read as nested (`nest`, outline.h) joins
 * its parent's all the same: "1." indented under "8" is "8.1", an item of
 * a list inside clause "3" is "3(1)".
 */
static const char *compose_clause(struct document *doc, const char *label,
				  const char *parent_clause, int nest)
{
	static const char *const cite_keywords[] = {
		"section", "sec.", "clause", "\xC2\xA7", "paragraph", "para.",
	};
	const char *s = label, *lead;
	size_t i, n;

	while (*s == ' ' || *s == '\t')
		s++;
	lead = s;
	for (i = 0; i < ARRAY_SIZE(cite_keywords); i++) {
		if (has_prefix_word(s, cite_keywords[i])) {
			s += strlen(cite_keywords[i]);
			while (*s == ' ' || *s == '\t')
				s++;
			break;
		}
	}
	n = trim_label_end(s, strlen(s));
	if (!n)
		return parent_clause;
	if (isalpha((unsigned char)s[0]) && (s != lead || strchr(s, ' '))) {
		struct label lab;

		/* "CLAUSE TWO" is cited "2", "ARTICLE - 17" "ARTICLE 17". */
		if (outline_parse_unstopped(NULL, lead, lead + strlen(lead), &lab))
			return s != lead ? arena_printf(&doc->arena, "%lu", lab.ordinal)
					 : arena_printf(&doc->arena, "%.7s %lu", lead, lab.ordinal);
	}
	if (nest == NEST_ITEM && parent_clause)
		return bracket_clause(doc, parent_clause, s, n);
	if (nest == NEST_SUB && parent_clause) {
		size_t plen = strlen(parent_clause);
		char *out = arena_alloc(&doc->arena, plen + n + 2);   /* zero-filled */

		memcpy(out, parent_clause, plen);
		out[plen] = '.';
		memcpy(out + plen + 1, s, n);
		return out;
	}
	if (isalpha((unsigned char)s[0]) && n < 16 && n > 12 && memchr(s, ' ', n) &&
	    !strncasecmp(memchr(s, ' ', n), " clause ", 8) && isupper((unsigned char)s[1]) &&
	    (size_t)((const char *)memchr(s, ' ', n) - s) <= 3) {
		/* "GCC Clause 5.2" is cited "GCC 5.2", as the conditions cite it. */
		size_t k = (size_t)((const char *)memchr(s, ' ', n) - s);

		return arena_printf(&doc->arena, "%.*s %.*s", (int)k, s, (int)(n - k - 8), s + k + 8);
	}
	if (isalpha((unsigned char)s[0]) && memchr(s, ' ', n)) {
		unsigned long v;
		size_t w = outline_ordinal_word(s, s + n, &v);

		/*
		 * "FIFTH CLAUSE" is cited "FIFTH", as "CLAUSE FIFTH" is;
		 * "TWENTY FIRST" as "TWENTY-FIRST", the citations' one form.
		 */
		if (w && (n == w || (n == w + 7 && !strncasecmp(s + w, " clause", 7)))) {
			char *cite = arena_strndup(&doc->arena, s, w), *sp = strchr(cite, ' ');

			if (sp)
				*sp = '-';
			return cite;
		}
		/* "Article IV", "Schedule A": a caption, cited as written. */
		return caption_cite(doc, s, n);
	}
	if (s[0] == '(') {
		const char *close = memchr(s, ')', n);
		size_t inner = close ? (size_t)(close - s) - 1 : n - 1;

		if (!inner)
			return parent_clause;
		return bracket_clause(doc, parent_clause, s + 1, inner);
	}
	if (s[n - 1] == ')')
		n--;    /* "a)", "1)" */
	if (!n)
		return parent_clause;
	/*
	 * A plain number under "Article 6" or "Schedule 2" is one of its
	 * paragraphs, "Article 6(2)", as civil-law drafting numbers them;
	 * under a number it stands alone.
	 */
	if (parent_clause && is_caption_clause(parent_clause) && all_digits(s, n)) {
		size_t plen = strlen(parent_clause);

		/* "EXHIBIT "E"": after a quote, "EXHIBIT "E", 1" reads, "EXHIBIT "E"(1)" not. */
		if (ends_in_quote(parent_clause, plen))
			return arena_printf(&doc->arena, "%s, %.*s", parent_clause, (int)n, s);
		return bracket_clause(doc, parent_clause, s, n);
	}
	if (memchr(s, '.', n) || (isdigit((unsigned char)s[0]) && label[strlen(label) - 1] != ')'))
		return arena_strndup(&doc->arena, s, n);
	if (parent_clause)
		return bracket_clause(doc, parent_clause, s, n);
	return arena_strndup(&doc->arena, s, n);
}

/*
 * A label that numbers a clause rather than an item of a list: "1.",
 * "4.2", "A.1", "Article IV", "Section 3"; not "(1)", "1)", "(a)", "A.".
 */
static int is_clause_label(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	if (isdigit((unsigned char)s[0]))
		return s[strcspn(s, "\t ") - 1] != ')';
	if (isalpha((unsigned char)s[0]) && s[1] == '.' && isalnum((unsigned char)s[2]))
		return 1;
	return isalpha((unsigned char)s[0]) && strchr(s, ' ') && !strchr(s, '(');
}

/*
 * An unlabelled paragraph that reads as a caption: "BACKGROUND", "AGREED
 * TERMS", "Recitals", "Agreed Terms": capitals, or up to four words each
 * opening with one, with no stop or comma at the end.
 */
static int is_caption_para(const struct document *doc, const struct paragraph *p)
{
	const char *s = doc->text.ptr + p->body;
	size_t n = p->end - p->body, i, letters = 0, words = 0;
	int lower = 0, title = 1;

	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (!n || n > 80 || strchr(".,;", s[n - 1]))
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (isalpha(c)) {
			letters++;
			lower |= islower(c) != 0;
			if (!i || s[i - 1] == ' ') {
				words++;
				title &= isupper(c) != 0;
			}
		} else if (isdigit(c)) {
			return 0;
		}
	}
	return letters >= 2 && (!lower || (title && words <= 4));
}

/*
 * Whether a caption in paragraph `p` closes the lists open on the stack:
 * where it has no label and no numbered clause or heading is open, it
 * parts the preamble's lists, the parties "(1)".."(3)" and the recitals
 * "(A)".."(C)" after "BACKGROUND".  Under a clause a caption may sit
 * inside it, and its lists go on.
 */
static int caption_closes_lists(const struct document *doc, const struct paragraph *p,
				const long *stack, int depth)
{
	int k;

	if (!depth || p->label || p->level >= 0 || !is_caption_para(doc, p))
		return 0;
	for (k = 0; k < depth; k++) {
		const struct paragraph *o = &doc->paras[stack[k]];

		if (o->kind == PARA_HEADING || !o->label || is_clause_label(o->label))
			return 0;
	}
	return 1;
}

/* Paragraphs between two lines of one contents block, at most. */
#define CONTENTS_GAP 4

/* The longest annex citation put before the clauses inside the annex. */
#define ANNEX_CITE_MAX 48

/*
 * A paragraph's label read back (outline_parse_label): 0 when it is none.
 * Sets *start to where it begins past the indent.
 */
static int parse_paragraph_label(const char *label, struct label *lab, const char **start)
{
	while (*label == ' ' || *label == '\t')
		label++;
	*start = label;
	return outline_parse_label(label, label + strlen(label), lab) ||
	       outline_parse_unstopped(NULL, label, label + strlen(label), lab);
}

/* "Schedule 1", "EXHIBIT A.", "Приложение № 1": an annex's heading label. */
static int is_annex_label(const char *label)
{
	struct label lab;
	const char *s;

	return parse_paragraph_label(label, &lab, &s) && lab.style == STYLE_ANNEX;
}

/*
 * The first two numbers of a label the body numbers its clauses with:
 * "9.7" -> 9, 7; "Section 4" -> 4, 0; "ARTICLE XII" -> 12, 0.  0 for
 * none: an enumerator, "A.1", an annex.
 */
static int key_of_label(const char *s, const struct label *lab, unsigned long key[2]);

static int label_key(const char *label, unsigned long key[2])
{
	const char *s;
	struct label lab;

	return parse_paragraph_label(label, &lab, &s) && key_of_label(s, &lab, key);
}

/* label_key's numbers of a label read at s (parse_paragraph_label) into *lab. */
static int key_of_label(const char *s, const struct label *lab, unsigned long key[2])
{
	const char *e = s + strlen(s);
	char *end;

	if (lab->style == STYLE_ARTICLE) {
		key[0] = lab->ordinal;
		key[1] = 0;
		return key[0] != 0;
	}
	if (lab->style != STYLE_NUMBER && lab->style != STYLE_SECTION)
		return 0;
	while (s < e && !isdigit((unsigned char)*s))
		s++;
	if (s == e) {
		/* "CLAUSE TWO" */
		key[0] = lab->ordinal;
		key[1] = 0;
		return key[0] != 0;
	}
	key[0] = strtoul(s, &end, 10);
	key[1] = end[0] == '.' && isdigit((unsigned char)end[1]) ? strtoul(end + 1, NULL, 10) : 0;
	return 1;
}

/*
 * An annex heading that is an item of a list or a contents page: it ends
 * in ';' or ',' ("Schedule B (records);"), follows a contents line, or
 * reads as one ("EXHIBIT A LIST OF PATENTS     45", "EXHIBIT C PLAN
 * 47    -v-").
 */
static int annex_listed(const struct document *doc, const struct paragraph *p)
{
	const char *s = doc->text.ptr + p->start, *e = doc->text.ptr + p->end;
	struct toc_entry entry;

	while (s < e && isspace((unsigned char)*s))
		s++;
	while (e > s && isspace((unsigned char)e[-1]))
		e--;
	if (e == s)
		return 0;
	if (e[-1] == ';' || e[-1] == ',')
		return 1;
	if (p > doc->paras && p[-1].contents)
		return 1;
	return outline_toc_line(s, e, &entry) != TOC_NONE ||
	       outline_toc_run_on(s, e, &entry) != TOC_NONE;
}

/* Paragraphs an annex heading looks past for the clause that tells. */
#define ANNEX_LOOKAHEAD 2000

/*
 * Whether the annex heading(s) from paragraph i on open an annex, given
 * the key of the body's last clause (NULL for none): not when one of them
 * is listed (annex_listed), nor when the next clause after them
 * goes on with the body's numbering, the next number or one after it
 * ("2.2 ... Schedule 1. Services. Schedule 2. Fees. 3. Term", "9.7 ...
 * EXHIBIT A ... 9.9"), as a list of annexes in a clause or a contents
 * page does; an annex starts its own ("1.", "A.1", "2.2" after "2") or
 * has none.
 * Sets *end to the paragraph the look stopped at: the annex headings
 * before it share the answer.
 */
static int annex_opens(const struct document *doc, size_t i, const unsigned long *last,
		       size_t *end)
{
	size_t j;
	int listed = 0;

	for (j = i; j < doc->npara && j - i <= ANNEX_LOOKAHEAD; j++) {
		const struct paragraph *p = &doc->paras[j];
		unsigned long key[2];

		if (!in_main_flow(p->kind) || !p->label)
			continue;
		if (is_annex_label(p->label)) {
			listed |= annex_listed(doc, p);
			continue;
		}
		*end = j;
		if (listed)
			return 0;
		if (!label_key(p->label, key)) {
			struct label lab;
			const char *s;

			/* "(a)" may sit in either; "A.1" is an annex's own. */
			if (parse_paragraph_label(p->label, &lab, &s) &&
			    lab.style >= STYLE_PAREN_LOWER)
				continue;
			return 1;
		}
		if (!last)
			return 1;
		/* The body goes on: "3" or "3.1" after "2.2", "9.9" after "9.7". */
		if (key[0] > last[0] && key[0] <= last[0] + 2 && key[1] <= 1)
			return 0;
		return !(key[0] == last[0] && last[1] && key[1] > last[1] &&
			 key[1] <= last[1] + 2);
	}
	*end = j;
	return !listed;
}

/*
 * A clause inside an annex, cited under it: "1.1" after "Schedule 1" is
 * "Schedule 1, 1.1", apart from the body's "1.1".  A citation made from
 * its parent's ("Schedule 1, 1.1(a)") has it already.
 */
static const char *annex_clause(struct document *doc, const char *annex, const char *clause)
{
	size_t an = strlen(annex), cn = strlen(clause);
	char *out;

	if (!strncmp(clause, annex, an) &&
	    (!clause[an] || clause[an] == ',' || clause[an] == '('))
		return clause;
	out = arena_alloc(&doc->arena, an + cn + 3);   /* zero-filled */
	memcpy(out, annex, an);
	memcpy(out + an, ", ", 2);
	memcpy(out + an + 2, clause, cn);
	return out;
}

/*
 * Whether paragraph i is a heading with no label and no level over the
 * labelled clause right after it ("Intellectual property" / "2.1 The
 * Customer owns ..."): it closes, as it stands, the clauses that clause
 * closes, and is cited under what holds them both (in a Word document,
 * a paragraph in capitals is one too).  Not the title of a
 * labelled heading right before it ("SCHEDULE 1" / "Services"): that
 * stays in its heading; nor a sentence in capitals that states a duty
 * ("YOU SHALL TAKE ADEQUATE MEASURES ..."), read as a caption.
 */
static int closes_at_heading(const struct document *doc, size_t i)
{
	const struct paragraph *p = &doc->paras[i], *q = p + 1;

	/* A Word paragraph in capitals stays body text: the caption a text's line is. */
	int heading = p->kind == PARA_HEADING ||
		      (doc->format != DOC_FORMAT_TEXT && p->kind == PARA_BODY &&
		       outline_is_caption(doc->text.ptr, p->body, p->end, 0));

	return heading && !p->label && p->level < 0 && !p->contents &&
	       i + 1 < doc->npara && in_main_flow(q->kind) && q->label && q->level >= 0 &&
	       !q->contents && !(i > 0 && p[-1].kind == PARA_HEADING && p[-1].label) &&
	       !outline_leads_in(doc->text.ptr, p->body, p->end);
}

/*
 * The title of an annex with no label of its own, in paragraph p: a
 * heading ("ORDER FORM", "**Order Form**", "Data Processing Schedule"),
 * or in a Word document a paragraph in capitals, of a few words in
 * capitals or title case that end on "order form" or "statement of work"
 * (opening on it when it is the whole title) or open or end on
 * "schedule", "annex", "exhibit", "appendix" or "attachment" (not their
 * plurals: "SCHEDULES" heads a list of them; nor "EXHIBIT LIST").
 * Returns the length of its citation from *title: the title, emphasis
 * left out, and after the word that opens it up to a dash between
 * blanks ('SCHEDULE "A" - DEFINITIONS' is 'SCHEDULE "A"'); 0 for none.
 * Sets *named_first where the word opens it ('EXHIBIT "B"', "Annex").
 */
static size_t annex_title(const struct document *doc, const struct paragraph *p,
			  const char **title, int *named_first)
{
	static const char *const words[] = {
		"schedule", "annex", "exhibit", "appendix", "attachment",
	};
	static const char *const forms[] = { "order form", "statement of work" };
	const char *s = doc->text.ptr + p->body, *e = doc->text.ptr + p->end, *w;
	size_t i, n;
	int heading = p->kind == PARA_HEADING ||
		      (doc->format != DOC_FORMAT_TEXT && p->kind == PARA_BODY);

	if (!heading || p->label || p->contents || e - s > ANNEX_CITE_MAX + 4)
		return 0;
	while (s < e && strchr("*_ \t", *s))
		s++;
	while (e > s && strchr("*_ \t:", e[-1]))
		e--;
	n = (size_t)(e - s);
	if (n < 5 || n > ANNEX_CITE_MAX || !is_caption_para(doc, p))
		return 0;
	for (w = e; w > s && isalpha((unsigned char)w[-1]); w--)
		;
	if ((e - w == 4 && !strncasecmp(w, "list", 4)) || (e - w == 5 && !strncasecmp(w, "index", 5)))
		return 0;   /* "EXHIBIT LIST" */
	*title = s;
	*named_first = 0;
	/* "ORDER FORM", "Customer Order Form", "STATEMENT OF WORK": opening it, the word names it. */
	for (i = 0; i < ARRAY_SIZE(forms); i++) {
		size_t k = strlen(forms[i]);

		if (n >= k && !strncasecmp(e - k, forms[i], k) && (n == k || e[-(long)k - 1] == ' ')) {
			*named_first = n == k;
			return n;
		}
	}
	for (i = 0; i < ARRAY_SIZE(words); i++) {
		size_t k = strlen(words[i]);

		if (n >= k && !strncasecmp(s, words[i], k) && (n == k || s[k] == ' '))
			break;
		if ((size_t)(e - w) == k && !strncasecmp(w, words[i], k))
			return n;
	}
	if (i == ARRAY_SIZE(words))
		return 0;
	*named_first = 1;
	/* 'SCHEDULE "A" - DEFINITIONS' is cited 'SCHEDULE "A"'. */
	for (w = s + 1; w + 3 <= e; w++)
		if (w[-1] == ' ' && (w[0] == '-' || !strncmp(w, "\xE2\x80\x93", 3)) &&
		    (w[0] == '-' ? w[1] == ' ' : w + 3 < e && w[3] == ' '))
			return (size_t)(w - 1 - s);
	return n;
}

/*
 * Whether the paragraph after the title at paragraph i names it as the
 * document it opens: "COMPENSATION SCHEDULE" / "This Compensation
 * Schedule is attached to ...".  Inside an annex such a title opens the
 * next one, where a heading in it ("PAYMENT SCHEDULE") does not.
 */
static int names_itself(const struct document *doc, size_t i, const char *title, size_t n)
{
	const struct paragraph *q;
	const char *s;

	if (i + 1 >= doc->npara)
		return 0;
	q = &doc->paras[i + 1];
	s = doc->text.ptr + q->body;
	return !q->label && q->kind == PARA_BODY && q->end - q->body > n + 6 &&
	       !strncmp(s, "This ", 5) && !strncasecmp(s + 5, title, n) &&
	       !isalnum((unsigned char)s[5 + n]);
}

/*
 * Whether paragraph i stands after the body's last clause, whose key is
 * `last`: no clause after it, up to the next annex heading and within
 * ANNEX_LOOKAHEAD paragraphs, goes on with the body's numbering ("AI
 * SCHEDULE" / "A1." ... / "3. Notices" after "2." is a schedule inside
 * the body).  Sets *end to the paragraph the look stopped at: the titles
 * before it share the answer.
 */
static int after_last_clause(const struct document *doc, size_t i, const unsigned long *last,
			     size_t *end)
{
	size_t j;

	for (j = i + 1; j < doc->npara && j - i <= ANNEX_LOOKAHEAD; j++) {
		const struct paragraph *p = &doc->paras[j];
		unsigned long key[2];

		if (!in_main_flow(p->kind) || !p->label)
			continue;
		*end = j;
		if (is_annex_label(p->label))
			return 1;
		if (label_key(p->label, key) && key[0] > last[0] && key[0] <= last[0] + 2 &&
		    key[1] <= 1)
			return 0;
	}
	*end = j;
	return 1;
}

/* Whether a label is an enumeration ("(c)", "iv.", "a)"): no clause of its own. */
static int is_enumeration(const char *label)
{
	struct label lab;

	return label && outline_parse_label(label, label + strlen(label), &lab) &&
	       lab.style > STYLE_MD_HEADING;
}

/*
 * Whether a clause labelled `label` may hold the dotted clause labelled
 * `sub` ("ARTICLE 9" or "9.2" over "9.2.1"): where both carry numbers,
 * the first is the same.  A clause "4" left open under headings whose
 * numbers were not read ("10 GARDEN LEAVE") holds no "10.1".
 */
static int holds_clause(const char *label, const char *sub)
{
	unsigned long a[2], b[2];

	return !label || !sub || !label_key(label, a) || !label_key(sub, b) || !b[1] ||
	       a[0] == b[0];
}

/*
 * Parents and citations.  An annex opened after the body's first clause
 * that is no heading ("Schedule 1" after "1.1 The Provider shall"; not a
 * filing's cover "EXHIBIT A", nor one a contents page lists) holds the
 * clauses after it, up to the next annex: their citations start with its
 * own.  So does a title with no label naming one (annex_title: "ORDER
 * FORM") after the body's last clause (after_last_clause), cited as
 * written.  Annexes listed in a clause or a contents page open none
 * (annex_opens).  A contents line closes what was opened since its
 * block began, also a clause that took the place of one open before it:
 * a line the block missed ("Section 5.3 Reserved 14 i") leaves no clause
 * open for the recitals after it.
 */
static void link_paragraphs(struct document *doc)
{
	long stack[16];
	int depth = 0, body_seen = 0, have_last = 0, opens = 0, title_opens = 0, named_first;
	unsigned long last[2] = { 0, 0 };
	const char *annex = NULL;
	size_t i, verdict_end = 0, title_end = 0, annex_at = 0, toc_prev = (size_t)-1, toc_first = 0;

	for (i = 0; i < doc->npara; i++) {
		struct paragraph *p = &doc->paras[i];
		const char *parent_clause, *title, *pstart;
		unsigned long key[2];
		struct label plab;
		size_t n;
		int heads, label_ok;

		if (!in_main_flow(p->kind)) {
			p->parent = -1;
			p->clause = p->label ? compose_clause(doc, p->label, NULL, p->nest) : NULL;
			continue;
		}
		if (caption_closes_lists(doc, p, stack, depth) || p->nest == NEST_CLOSE)
			depth = 0;
		if (p->nest == NEST_OUT) {
			/* Back in the clause that holds the items above it. */
			int k;

			for (k = 0; k < depth && doc->paras[stack[k]].nest != NEST_ITEM; k++)
				;
			depth = k;
		}
		if (p->level >= 0) {
			while (depth > 0 && doc->paras[stack[depth - 1]].level >= p->level)
				depth--;
		}
		if (p->contents) {
			/* A block: its lines a few paragraphs apart at most. */
			if (toc_prev == (size_t)-1 || i - toc_prev > CONTENTS_GAP + 1)
				toc_first = i;
			/* Also one that took the place of a clause open before it. */
			while (depth > 0 && (size_t)stack[depth - 1] > toc_first)
				depth--;
			toc_prev = i;
		}
		/*
		 * Inside an annex only a title opening with the word opens the
		 * next ('EXHIBIT "B"'), and not as the annex heading's own title
		 * ("EXHIBIT F" / "SCHEDULE FOR WEB-ENABLED SOFTWARE").
		 */
		if (!p->label && body_seen && have_last &&
		    (n = annex_title(doc, p, &title, &named_first)) != 0 &&
		    (!annex || (i > annex_at + 1 && (named_first || names_itself(doc, i, title, n))))) {
			if (i >= title_end)
				title_opens = after_last_clause(doc, i, last, &title_end);
			if (title_opens) {
				/* "ORDER FORM" after the last clause: an annex of its own. */
				annex = arena_strndup(&doc->arena, title, n);
				annex_at = i;
				p->clause = annex;
				p->parent = -1;
				p->level = 0;
				depth = 0;
				stack[depth++] = (long)i;
				continue;
			}
		}
		heads = closes_at_heading(doc, i);
		if (heads) {
			/* It heads the clause after it: what that closes, it closes. */
			while (depth > 0 && doc->paras[stack[depth - 1]].level >= p[1].level)
				depth--;
		}
		p->parent = depth ? stack[depth - 1] : -1;
		if (p->nest == NEST_END) {
			/*
			 * In the clause that holds the list above it, or the heading
			 * labelled as an enumeration over it; the list stays open.
			 */
			int k = depth;

			while (k > 0 && is_enumeration(doc->paras[stack[k - 1]].label) &&
			       (k == depth || doc->paras[stack[k - 1]].kind != PARA_HEADING))
				k--;
			p->parent = k ? stack[k - 1] : -1;
		}
		if (heads && p->parent >= 0 && !holds_clause(doc->paras[p->parent].label, p[1].label))
			p->parent = -1;   /* "4" left open under "10 GARDEN LEAVE" / "10.1" */
		parent_clause = p->parent >= 0 ? doc->paras[p->parent].clause : NULL;
		p->clause = p->label ? compose_clause(doc, p->label, parent_clause, p->nest)
				     : parent_clause;
		/* A heading over an annex's first paragraphs is in the annex. */
		if (!p->clause && annex && closes_at_heading(doc, i))
			p->clause = annex;
		/* The label read once: an annex's, or the number of a clause. */
		label_ok = p->label && parse_paragraph_label(p->label, &plab, &pstart);
		if (label_ok && plab.style == STYLE_ANNEX) {
			if (i >= verdict_end)
				opens = annex_opens(doc, i, have_last ? last : NULL, &verdict_end);
			if (opens) {
				annex = body_seen && p->clause &&
					strlen(p->clause) <= ANNEX_CITE_MAX ? p->clause : NULL;
				annex_at = i;
			}
		} else if (p->label && p->clause) {
			/* A clause of prose: a contents page's lines are headings. */
			body_seen |= p->kind != PARA_HEADING;
			if (label_ok && key_of_label(pstart, &plab, key)) {
				last[0] = key[0];
				last[1] = key[1];
				have_last = 1;
			}
			/* Not one made from its parent's: "Schedule 1(2)", "EXHIBIT D(a)". */
			if (annex && !(parent_clause &&
				       !strncmp(p->clause, parent_clause, strlen(parent_clause)) &&
				       p->clause[strlen(parent_clause)] == '('))
				p->clause = annex_clause(doc, annex, p->clause);
		}
		if (p->level >= 0) {
			if (depth == (int)ARRAY_SIZE(stack)) {
				memmove(stack, stack + 1, sizeof(stack) - sizeof(stack[0]));
				depth--;
			}
			stack[depth++] = (long)i;
		}
	}
}

/*
 * Sentence segmentation.
 *
 * A sentence ends at '.', '!' or '?', after any closing quotes, brackets or
 * Markdown emphasis, when blank space and something that can open a
 * sentence (a capital, a digit, a quote, a bracket) follow.  Legal prose
 * puts full stops in many places that are not ends:
 *
 *  - inside tokens: "4.2", "e.g.,", "U.S." before a comma (no blank after);
 *  - after abbreviations that always lead on to a name or number ("Sec. 4",
 *    "No. 5", "Mr. Smith", "e.g. Claude", initials "J. Smith", "U.S. Patent");
 *  - after a clause label at the start of a sentence ("1. Services.",
 *    "Section 4. Term.", "IV. Remedies.");
 *  - in ellipses and leader dots, which never end a sentence here.
 *
 * Company suffixes and "etc." are ambiguous: "Acme Inc. (the Company)" goes
 * on, "with Acme Inc. Each party" is a new sentence.  They end a sentence
 * only before a capitalised word in lower case ("Each"), not before another
 * suffix ("Co. Ltd.") or words in capitals ("ACME INC. BE LIABLE" in a
 * disclaimer).
 */

/*
 * The word lists below are sorted in strcmp() order: every full stop looks
 * a word up, and in_word_list() does so by bisection.
 */

/*
 * Words whose full stop never ends a sentence: something always follows.
 * Among them the words of statute and court-rule citations ("Minn. Stat.
 * § 16C.05, subd. 5", "Cal. Civ. Code", "Fed. R. Civ. P. 26").
 */
static const char *const abbreviations[] = {
	"admin", "al", "approx", "apr", "art", "arts", "assn", "aug", "ave", "cal",
	"cf", "ch", "civ", "cl", "colo", "conn", "crim", "dec", "del", "dept", "dr",
	"e.g", "eg", "esq", "est", "ex", "exh", "feb", "fed", "fig", "fla", "gen",
	"govt", "hon", "i.e", "ie", "ill", "incl", "jan", "jr", "jul", "jun", "mar",
	"mass", "messrs", "mich", "minn", "mr", "mrs", "ms", "mt", "no", "nos",
	"nov", "oct", "op", "p", "para", "paras", "pp", "prof", "re", "ref", "reg",
	"regs", "rev", "rs", "sch", "sec", "secs", "sect", "sep", "sept", "sr", "st",
	"stat", "stats", "subd", "subs", "subsec", "supp", "tex", "v", "viz", "vol",
	"vs", "wash",
};

/* Words whose full stop may or may not end a sentence: see above. */
static const char *const suffixes[] = {
	"ag", "bros", "bv", "co", "corp", "cos", "etc", "gmbh", "inc", "intl",
	"limited", "llc", "llp", "lp", "ltd", "nv", "plc", "pte", "pty", "pvt",
	"sa", "sarl",
};

/* Words after which a single letter is an identifier, not an initial. */
static const char *const designators[] = {
	"annex", "appendix", "article", "attachment", "class", "clause",
	"exhibit", "item", "option", "paragraph", "part", "phase", "schedule",
	"section", "series", "table", "tier",
};

enum stop_kind {
	STOP_END,        /* a full stop like any other */
	STOP_NEVER,      /* an abbreviation that leads on */
	STOP_SUFFIX,     /* ends a sentence only before a plain capital word */
	STOP_CITATION    /* "et seq.", "ff.": ends one unless a statute's name follows */
};

/*
 * Whether w is in `list`, which is sorted in strcmp() order.  A bisection
 * that compares first bytes before calling strcmp: most probes differ
 * there, and a call to bsearch's comparator costs more than the test.
 */
static int in_word_list(const char *w, const char *const *list, size_t n)
{
	size_t lo = 0, hi = n;
	unsigned char c = (unsigned char)w[0];

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		unsigned char d = (unsigned char)list[mid][0];
		int cmp = c != d ? (c < d ? -1 : 1) : strcmp(w, list[mid]);

		if (cmp == 0)
			return 1;
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* Lower-cases text[start..end) into w; 0 if it does not fit. */
static int lower_word(const char *text, size_t start, size_t end,
		      char *w, size_t size)
{
	size_t i, n = end - start;

	if (n == 0 || n >= size)
		return 0;
	for (i = 0; i < n; i++)
		w[i] = (char)tolower((unsigned char)text[start + i]);
	w[n] = '\0';
	return 1;
}

/* The word before `at`, skipping blanks: "Exhibit" in "Exhibit A". */
static int previous_word(const char *text, size_t lo, size_t at, char *w,
			 size_t size)
{
	size_t e = at, s;

	while (e > lo && isspace((unsigned char)text[e - 1]))
		e--;
	s = e;
	while (s > lo && isalpha((unsigned char)text[s - 1]))
		s--;
	return lower_word(text, s, e, w, size);
}

static int is_abbreviation(const char *text, size_t lo, size_t word_start,
			   size_t dot)
{
	char w[16], prev[16];
	size_t n = dot - word_start, i;
	int letters = 0;

	if (!lower_word(text, word_start, dot, w, sizeof(w)))
		return STOP_END;
	for (i = 0; i < n; i++)
		letters += isalpha((unsigned char)w[i]) != 0;
	/* A single letter: an initial ("J. Smith"), unless it names a part. */
	if (n == 1 && letters) {
		if (previous_word(text, lo, word_start, prev, sizeof(prev)) &&
		    in_word_list(prev, designators, ARRAY_SIZE(designators)))
			return STOP_END;
		return STOP_NEVER;
	}
	/* Dotted initialisms: "U.S", "e.g", "N.V", "a.m" (not "4.2"). */
	if (n >= 3 && w[n - 2] == '.' && isalpha((unsigned char)w[n - 1]) &&
	    isalpha((unsigned char)w[0]))
		return STOP_NEVER;
	if (in_word_list(w, abbreviations, ARRAY_SIZE(abbreviations)))
		return STOP_NEVER;
	if (in_word_list(w, suffixes, ARRAY_SIZE(suffixes)))
		return STOP_SUFFIX;
	if (!strcmp(w, "ff") || (!strcmp(w, "seq") &&
	    previous_word(text, lo, word_start, prev, sizeof(prev)) && !strcmp(prev, "et")))
		return STOP_CITATION;
	return STOP_END;
}

/*
 * Whether a statute's name opens at t[i], after a citation's "et seq." or
 * "ff." ("§§ 15 et seq. German Stock Corporation Act (AktG), to reproduce
 * ...", "§§ 305 ff. BGB"): a short name of capitals inside a word
 * ("AktG", "BGB"), or capitalised words that end on a statute's word.  A
 * sentence that opens there ("et seq. The Supplier shall") is none.
 */
static int names_statute(const char *t, size_t i, size_t end)
{
	static const char *const statute_words[] = {
		"act", "code", "directive", "law", "ordinance", "regulation", "regulations",
		"rules", "statute",
	};
	size_t words = 0, s, k, upper, lower;
	char w[16];

	while (i < end && words < 8) {
		s = i;
		for (upper = lower = 0; i < end && isalpha((unsigned char)t[i]); i++) {
			upper += i > s && isupper((unsigned char)t[i]);
			lower += islower((unsigned char)t[i]) != 0;
		}
		if (i == s)
			return 0;
		/*
		 * "AktG", "UrhG"; "BGB", "HGB" where no capital word follows
		 * (capitals on: a sentence in capitals, "THE SUPPLIER SHALL").
		 */
		if (!words && upper && i - s <= 6 &&
		    (lower || i + 1 >= end || t[i] != ' ' || !isupper((unsigned char)t[i + 1])))
			return 1;
		if (!lower_word(t, s, i, w, sizeof(w)))
			w[0] = '\0';
		else {
			for (k = 0; k < ARRAY_SIZE(statute_words); k++)
				if (!strcmp(w, statute_words[k]) && words)
					return 1;
		}
		/* The name runs on over capitalised words and "of", "on", "the". */
		if (!isupper((unsigned char)t[s]) && strcmp(w, "of") && strcmp(w, "on") &&
		    strcmp(w, "the"))
			return 0;
		words++;
		while (i < end && t[i] == ' ')
			i++;
	}
	return 0;
}

/*
 * The words a citation abbreviates inside brackets: a chapter, an
 * ordinance, a regulation, an article.  A list, not any short capitalised
 * word: "(the Fees are stated in USD. 10% is due on signing)" is two
 * sentences.
 */
static const char *const cited_words[] = {
	"art", "arts", "cap", "caps", "ch", "chap", "no", "nos", "ord", "para",
	"pt", "reg", "regs", "s", "sch", "sec", "sect", "ss", "vol",
};

static int cited_word(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof(cited_words) / sizeof(cited_words[0]); i++)
		if (strlen(cited_words[i]) == n && !strncasecmp(cited_words[i], w, n))
			return 1;
	return 0;
}

/* How far back from the word its open bracket is looked for. */
#define CITED_BRACKET_REACH 200
/* Bytes from the number to the bracket's close, at most: "486)", "26 of 2012)". */
#define CITED_NUMBER_REACH 32

/*
 * Whether the stop at `dot` abbreviates a word that cites a numbered
 * instrument inside brackets: "the Personal Data (Privacy) Ordinance
 * (Cap. 486) in so far as", "(Ord. No. 5 of 2019)", "(Reg. 12)".  Hong
 * Kong and Singapore drafting cites statutes by chapter, "Cap. 486" or
 * "Cap 50", and the word list cannot hold "cap": "subject to the cap.
 * 12.3 The Supplier ..." ends a sentence.  Here the word (`word` to
 * `dot`, one of cited_words) is after a bracket still open in the
 * sentence begun at `lo`, capitalised, and the stop is followed by a number and then, a
 * few bytes on and before any other stop or bracket, by the bracket's
 * close: a sentence does not end inside brackets it has yet to close.
 */
static int cites_in_brackets(const char *t, size_t lo, size_t word, size_t dot, size_t end)
{
	size_t i, k, depth = 0, stop;

	if (!isupper((unsigned char)t[word]) || !cited_word(t + word, dot - word))
		return 0;
	/* A number next: most stops are ruled out here. */
	i = dot + 1;
	while (i < end && (t[i] == ' ' || t[i] == '\t'))
		i++;
	if (i >= end || !isdigit((unsigned char)t[i]))
		return 0;
	/* An open bracket before the word that nothing after it closes. */
	for (k = word; k > lo && word - k < CITED_BRACKET_REACH; k--) {
		if (t[k - 1] == ')')
			depth++;
		else if (t[k - 1] == '(') {
			if (!depth)
				break;
			depth--;
		}
	}
	if (k == lo || word - k >= CITED_BRACKET_REACH)
		return 0;
	stop = i + CITED_NUMBER_REACH;
	if (stop > end)
		stop = end;
	for (; i < stop; i++) {
		if (t[i] == ')')
			return 1;
		/* "4.2" goes on; a stop before a blank or a bracket ends it. */
		if (t[i] == '(' || t[i] == '\n' || t[i] == ';' ||
		    ((t[i] == '.' || t[i] == '!' || t[i] == '?') &&
		     (i + 1 == end || !isalnum((unsigned char)t[i + 1]))))
			return 0;
	}
	return 0;
}

/* "Each", "The": a capital then lower case, and not itself a suffix. */
static int is_plain_capital_word(const char *t, size_t i, size_t end)
{
	size_t s = i;
	char w[16];

	if (i >= end || !isupper((unsigned char)t[i]))
		return 0;
	while (i < end && isalpha((unsigned char)t[i]))
		i++;
	if (i - s < 2 || !islower((unsigned char)t[s + 1]))
		return 0;
	if (lower_word(t, s, i, w, sizeof(w)) &&
	    in_word_list(w, suffixes, ARRAY_SIZE(suffixes)))
		return 0;
	return 1;
}

static void add_sentence(struct document *doc, size_t para, size_t start, size_t end)
{
	const char *t = doc->text.ptr;
	struct sentence *s;

	while (start < end && isspace((unsigned char)t[start]))
		start++;
	while (end > start && isspace((unsigned char)t[end - 1]))
		end--;
	if (start == end)
		return;
	/* Cut runaway sentences (all-caps disclaimers without a stop). */
	while (end - start > SENTENCE_SOFT_MAX) {
		size_t cut = start + SENTENCE_SOFT_MAX, best = 0, i;

		/*
		 * A cut after the byte at i leaves i + 1 - start bytes: looking
		 * from cut - 1 keeps the piece within the limit, or the piece
		 * would be cut again at the same place, for ever.
		 */
		for (i = cut - 1; i > start + SENTENCE_SOFT_MAX / 2; i--) {
			if (t[i] == ';') {
				best = i + 1;
				break;
			}
			if (!best && (t[i] == ',' || t[i] == ' '))
				best = i + 1;
		}
		if (!best)
			best = cut;
		/* Never cut inside a UTF-8 sequence, nor where nothing is left before. */
		while (best > start + 1 && ((unsigned char)t[best] & 0xC0) == 0x80)
			best--;
		add_sentence(doc, para, start, best);
		start = best;
		while (start < end && isspace((unsigned char)t[start]))
			start++;
	}
	ALLOC_GROW(doc->sents, doc->nsent + 1, doc->sent_alloc);
	s = &doc->sents[doc->nsent];
	s->start = start;
	s->end = end;
	s->para = para;
	s->first = doc->nsent && s[-1].para == para ? s[-1].first : doc->nsent;
	doc->nsent++;
}

/* Closing quotes, brackets and emphasis may follow the stop: ."  .)  .’  .** */
static size_t skip_closers(const char *t, size_t i, size_t end)
{
	for (;;) {
		if (i < end && t[i] && strchr("\"')]*_", t[i])) {
			i++;
		} else if (i + 2 < end && (unsigned char)t[i] == 0xE2 &&
			   (unsigned char)t[i + 1] == 0x80 &&
			   ((unsigned char)t[i + 2] == 0x9D ||
			    (unsigned char)t[i + 2] == 0x99)) {
			i += 3;
		} else {
			return i;
		}
	}
}

static int opens_sentence(const char *t, size_t i, size_t end)
{
	unsigned char c;

	if (i >= end)
		return 1;
	c = (unsigned char)t[i];
	if (isupper(c) || isdigit(c) || c == '"' || c == '(' || c == '\'' ||
	    c == '[' || c == '*' || c == '_' || c >= 0x80)
		return 1;
	return 0;
}

/* "1", "1.2", "IV", "a", "A.1": what a clause label is made of. */
static int is_label_token(const char *t, size_t s, size_t e)
{
	size_t i, digits = 0, run = 0;

	if (e <= s || e - s > 12)
		return 0;
	if (e - s <= 4) {
		for (i = s; i < e; i++)
			if (!strchr("ivxlIVXL", t[i]))
				break;
		if (i == e)
			return 1;
		if (e - s == 1 && isalpha((unsigned char)t[s]))
			return 1;
	}
	for (i = s; i < e; i++) {
		if (isdigit((unsigned char)t[i])) {
			digits++;
			if (++run > 3)
				return 0;
		} else if (t[i] == '.' || (isalpha((unsigned char)t[i]) &&
					   (i == s || t[i - 1] == '.'))) {
			run = 0;
		} else {
			return 0;
		}
	}
	return digits > 0;
}

/*
 * Whether the full stop at `dot` closes a label that opens the sentence
 * begun at `start`: "1. Services.", "Section 4. Term.", "(iv). ".
 */
static int is_label_stop(const char *t, size_t start, size_t word, size_t dot)
{
	static const char *const keywords[] = {
		"section", "article", "clause", "sec.", "art.", "\xC2\xA7", "part",
		"paragraph", "para.",
	};
	size_t i, k;

	while (start < word && isspace((unsigned char)t[start]))
		start++;
	/* "(a)." */
	if (dot > word && t[dot - 1] == ')' && word > start && t[word - 1] == '(') {
		dot--;
		word--;
		if (!is_label_token(t, word + 1, dot))
			return 0;
	} else if (!is_label_token(t, word, dot)) {
		return 0;
	}
	if (start == word)
		return 1;
	for (k = 0; k < ARRAY_SIZE(keywords); k++) {
		size_t n = strlen(keywords[k]);

		if (word - start > n && !strncasecmp(t + start, keywords[k], n)) {
			for (i = start + n; i < word; i++)
				if (!isspace((unsigned char)t[i]))
					break;
			if (i == word && i > start + n)
				return 1;
		}
	}
	return 0;
}

/*
 * What a word starts after (a blank, a bracket, a quote or emphasis), which
 * the segmenter looks back for from a stop.
 */
static const unsigned char word_break[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
	['('] = 1, ['"'] = 1, ['*'] = 1, ['['] = 1, ['_'] = 1,
};

/*
 * Where the next '.', '!' and '?' are, each found with memchr (many bytes
 * a cycle, where a byte loop takes cycles a byte) and kept until the
 * segmenter passes it: a paragraph without a '?' is searched for one once.
 */
struct stop_finder {
	size_t at[3];
};

static const char stop_marks[3] = { '.', '!', '?' };

static size_t find_byte(const char *t, size_t i, size_t end, char c)
{
	const char *p = memchr(t + i, c, end - i);

	return p ? (size_t)(p - t) : end;
}

static void stop_finder_init(struct stop_finder *f, const char *t, size_t i,
			     size_t end)
{
	size_t k;

	for (k = 0; k < ARRAY_SIZE(f->at); k++)
		f->at[k] = find_byte(t, i, end, stop_marks[k]);
}

/* The first '.', '!' or '?' in t[i..end), or end. */
static size_t next_stop(struct stop_finder *f, const char *t, size_t i,
			size_t end)
{
	size_t k, best = end;

	for (k = 0; k < ARRAY_SIZE(f->at); k++) {
		if (f->at[k] < i)
			f->at[k] = find_byte(t, i, end, stop_marks[k]);
		if (f->at[k] < best)
			best = f->at[k];
	}
	return best;
}

/*
 * The sentences of t[from..end), paragraph pi's text or a stretch of it:
 * `body` is where its words start past its label.
 */
static void segment_stretch(struct document *doc, size_t pi, size_t from, size_t body,
			    size_t end)
{
	const char *t = doc->text.ptr;
	size_t i, start = from, word, lo = from;
	/*
	 * The last word break before `scan`, kept as the stops go by: looking
	 * back from each stop to the break before it, with no bound, took time
	 * in the square of a paragraph with many stops and no break
	 * ("<!--<!--..."); looking back no further than the last stop, each
	 * byte is looked at once at most, and most only once a word ends.
	 */
	size_t scan = from, brk = from;
	struct stop_finder stops;

	/* start stays on a non-blank byte, so looking back to it is cheap. */
	while (start < end && isspace((unsigned char)t[start]))
		start++;
	stop_finder_init(&stops, t, from, end);
	for (i = from; i < end; i++) {
		char c;
		size_t next, after;
		int stop = STOP_END;

		/* Only a stop can end a sentence: go from one to the next. */
		i = next_stop(&stops, t, i, end);
		if (i == end)
			break;
		c = t[i];
		/*
		 * The word the stop ends starts after the last break since lo:
		 * looked for back from the stop, as far as the last stop at most.
		 */
		if (scan < i) {
			size_t b = i;

			while (b > scan && !word_break[(unsigned char)t[b - 1]])
				b--;
			if (b > scan)
				brk = b;
			scan = i;
		}
		word = brk > lo ? brk : lo;
		next = skip_closers(t, i + 1, end);
		if (next < end && !isspace((unsigned char)t[next]))
			continue;   /* "4.2", "e.g.,", "U.S." inside a word */
		if (c == '.') {
			if (i > from && t[i - 1] == '.')
				continue;   /* an ellipsis or leader dots */
			/*
			 * Markdown escapes the stop of a number that would
			 * read as a list ("12\. Privacy", "[1\. Misleading
			 * activities](#...)", "**3\. Use of our Services.**"):
			 * a clause number, as the view reads it, ends nothing.
			 */
			if (doc->markdown && i >= from + 2 && t[i - 1] == '\\' &&
			    isdigit((unsigned char)t[i - 2]))
				continue;
			/* A label at the start of the paragraph: "1.", "1.1.", "IV." */
			if (word == from || i < body)
				continue;
			if (is_label_stop(t, start, word, i))
				continue;
			stop = is_abbreviation(t, start, word, i);
			if (stop == STOP_NEVER || cites_in_brackets(t, start, word, i, end))
				continue;
		}
		after = next;
		while (after < end && isspace((unsigned char)t[after]))
			after++;
		if (after < end && !opens_sentence(t, after, end))
			continue;
		if (stop == STOP_SUFFIX && !is_plain_capital_word(t, after, end))
			continue;
		if (stop == STOP_CITATION && names_statute(t, after, end))
			continue;
		add_sentence(doc, pi, start, next);
		start = lo = after;
		i = after - 1;
	}
	add_sentence(doc, pi, start, end);
}

/* A line break tag at t[i] == '<': "<br>", "<BR/>", "<br />"; its length, or 0. */
static size_t line_break_tag(const char *t, size_t i, size_t end)
{
	size_t j = i + 3;

	if (end - i < 4 || (t[i + 1] != 'b' && t[i + 1] != 'B') ||
	    (t[i + 2] != 'r' && t[i + 2] != 'R'))
		return 0;
	while (j < end && t[j] == ' ')
		j++;
	if (j < end && t[j] == '/')
		j++;
	return j < end && t[j] == '>' ? j + 1 - i : 0;
}

/*
 * A row of a Markdown table, "| Inputs | To train our models | Consent |":
 * its cells are separate statements, and so are the lines of a cell that
 * "<br>" breaks ("Your Input<br>Your Feedback"), each read as sentences
 * of its own.  Read as one, a finding would quote the whole row, and a
 * rule's gap of words run from one cell into the next.  The pipes and
 * tags are in no sentence; an escaped pipe "\|" is text.
 */
static void segment_cell(struct document *doc, size_t pi, size_t from, size_t to)
{
	const char *t = doc->text.ptr;

	/* Blanks the cell's edges hold besides ASCII ones: NBSP, "&nbsp;". */
	for (;;) {
		while (from < to && isspace((unsigned char)t[from]))
			from++;
		while (to > from && isspace((unsigned char)t[to - 1]))
			to--;
		if (to - from >= 2 && !memcmp(t + to - 2, "\xC2\xA0", 2))
			to -= 2;
		else if (to - from >= 2 && !memcmp(t + from, "\xC2\xA0", 2))
			from += 2;
		else if (to - from >= 6 && !memcmp(t + to - 6, "&nbsp;", 6))
			to -= 6;
		else if (to - from >= 6 && !memcmp(t + from, "&nbsp;", 6))
			from += 6;
		else
			break;
	}
	segment_stretch(doc, pi, from, from, to);
}

static void segment_table_row(struct document *doc, size_t pi)
{
	const struct paragraph *p = &doc->paras[pi];
	const char *t = doc->text.ptr;
	size_t i = p->start + 1, from = i, end = p->end, n;

	for (; i < end; i++) {
		if (t[i] == '|' && t[i - 1] != '\\')
			n = 1;
		else if (t[i] != '<' || !(n = line_break_tag(t, i, end)))
			continue;
		segment_cell(doc, pi, from, i);
		from = i + n;
		i = from - 1;
	}
	segment_cell(doc, pi, from, end);
}

void document_segment_paragraph(struct document *doc, size_t pi)
{
	const struct paragraph *p = &doc->paras[pi];

	if (doc->markdown && p->kind == PARA_TABLE_CELL && p->start < p->end &&
	    doc->text.ptr[p->start] == '|')
		segment_table_row(doc, pi);
	else
		segment_stretch(doc, pi, p->start, p->body, p->end);
}

static void build_line_index(struct document *doc)
{
	const char *t = doc->text.ptr, *end = t + doc->text.len, *nl;
	size_t n = 1;

	/* memchr, not a byte loop: this runs over every byte of every file. */
	for (nl = t; (nl = memchr(nl, '\n', (size_t)(end - nl))); nl++)
		n++;
	doc->lines = xreallocarray(NULL, n, sizeof(*doc->lines));
	doc->lines[0] = 0;
	doc->nline = 1;
	for (nl = t; (nl = memchr(nl, '\n', (size_t)(end - nl))); nl++)
		doc->lines[doc->nline++] = (size_t)(nl - t) + 1;
}

/*
 * A numbered heading in sentence case over its first sub-clause: "6. Audit
 * and compliance", then "6.1 The Bank ..." a level below, with or without
 * a blank line between, typed in a text or in a Word paragraph.  The
 * caption test wants capitals or title case; this is told by what follows.
 * A short item before its sibling ("(a) Violence or terrorism" / "(b)
 * ...") stays a clause, and so does a lead-in its items finish ("7.1 You
 * agree that you" / "(a) shall procure ...").
 */
static int heads_sub_clause(const struct document *doc, size_t i)
{
	const struct paragraph *p = &doc->paras[i], *q;
	const char *t = doc->text.ptr;
	size_t at;

	if (p->kind != PARA_BODY || !p->label || p->level < 0 || p->contents ||
	    i + 1 >= doc->npara)
		return 0;
	q = &doc->paras[i + 1];
	if ((q->kind != PARA_BODY && q->kind != PARA_HEADING) || !q->label || q->contents ||
	    q->level <= p->level)
		return 0;
	for (at = q->body; at < q->end && isspace((unsigned char)t[at]); at++)
		;
	if (at < q->end && islower((unsigned char)t[at]))
		return 0;
	/* "2. Fees are due monthly" over "2.1" is a sentence, not its heading. */
	return (outline_heading_words(t, p->body, p->end) ||
		outline_title_list(t, p->body, p->end)) &&
	       !outline_leads_in(t, p->body, p->end) && !outline_states(t, p->body, p->end);
}

/* The first `needle` (n bytes, its first byte rare in prose) in s[0..len), or NULL. */
static const char *find_bytes(const char *s, size_t len, const char *needle, size_t n)
{
	const char *e = s + len, *p = s;

	while ((size_t)(e - p) >= n && (p = memchr(p, needle[0], (size_t)(e - p - (ptrdiff_t)n + 1)))) {
		if (!memcmp(p, needle, n))
			return p;
		p++;
	}
	return NULL;
}

/*
 * Records the HTML comments of the text that close within DOC_NOTE_MAX
 * bytes.  The first "-->" after each "<!--" is kept from one to the
 * next, so the text is walked once however many "<!--" never close.
 */
static void find_notes(struct document *doc)
{
	const char *t = doc->text.ptr, *end = t + doc->text.len, *p = t, *open;
	const char *close = NULL, *searched = t;   /* no "-->" in [searched, close) */
	struct doc_note *n;

	doc->nnote = 0;
	while ((open = find_bytes(p, (size_t)(end - p), "<!--", 4))) {
		p = open + 4;
		if (searched < p && (!close || close < p)) {
			close = find_bytes(p, (size_t)(end - p), "-->", 3);
			searched = close ? close : end;
		}
		if (!close)
			break;
		if ((size_t)(close - open) > DOC_NOTE_MAX)
			continue;
		ALLOC_GROW(doc->notes, doc->nnote + 1, doc->note_alloc);
		n = &doc->notes[doc->nnote++];
		n->start = (size_t)(open - t);
		n->end = (size_t)(close + 3 - t);
		p = close + 3;
	}
}

size_t document_note_at(const struct document *doc, size_t off)
{
	size_t lo = 0, hi = doc->nnote;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->notes[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < doc->nnote && doc->notes[lo].start <= off ? doc->notes[lo].end : 0;
}

/* Whether paragraph p has no text but blanks outside HTML comments. */
static int all_notes(const struct document *doc, const struct paragraph *p)
{
	const char *t = doc->text.ptr;
	size_t i = p->start, past;

	if (!doc->nnote || i >= p->end)
		return 0;
	while (i < p->end) {
		if ((unsigned char)t[i] <= ' ') {
			i++;
		} else if ((past = document_note_at(doc, i))) {
			i = past;
		} else {
			return 0;
		}
	}
	return 1;
}

/*
 * Whether the line at t[0..n) is a Markdown table's rule, "| --- | :-: |",
 * under its header row: `prev` is where the line before it starts.  An
 * ASCII diagram's "|  -------  |" has no row of cells above it.
 */
static int table_rule_line(const char *t, size_t n, const char *prev)
{
	size_t i = 0, dashes = 0, pipes = 0;

	while (i < n && i < 4 && t[i] == ' ')
		i++;
	if (i == n || t[i] != '|' || !prev)
		return 0;
	while (*prev == ' ')
		prev++;
	if (*prev != '|')
		return 0;
	for (; i < n; i++) {
		if (t[i] == '|')
			pipes++;
		else if (t[i] == '-')
			dashes++;
		else if (t[i] != ':' && t[i] != ' ' && t[i] != '\t')
			return 0;
	}
	return pipes >= 2 && dashes >= 3;
}

/*
 * Markdown signs of the line at t[0..n) (`prev` the line before it, or
 * NULL): 2 for a table's rule, 1 for an
 * ATX heading with words ("## Data", not "# # #") or an escaped number
 * ("12\. Privacy", what HTML converters write), else 0.
 */
static int markdown_line(const char *t, size_t n, const char *prev)
{
	size_t i = 0;

	if (!n)
		return 0;
	if (t[0] == '#') {
		while (i < n && i < 7 && t[i] == '#')
			i++;
		return i <= 6 && i + 1 < n && t[i] == ' ' &&
		       (isalnum((unsigned char)t[i + 1]) || t[i + 1] == '*');
	}
	if (isdigit((unsigned char)t[0])) {
		while (i < n && i < 4 && isdigit((unsigned char)t[i]))
			i++;
		return i + 2 < n && t[i] == '\\' && t[i + 1] == '.' && t[i + 2] == ' ';
	}
	if (t[0] == '|' || t[0] == ' ')
		return table_rule_line(t, n, prev) ? 2 : 0;
	return 0;
}

/*
 * An inline link "[text](target)" whose "](" is at t[at] (t[0..len)): the
 * target a web address, a mail or a path or anchor of the site, the text
 * opened on the same line.
 */
static int inline_link_at(const char *t, size_t len, size_t at)
{
	static const char *const starts[] = { "http://", "https://", "mailto:", "/", "#" };
	const char *p = t + at + 2;
	size_t i, left = len - at - 2;

	for (i = at; i > 0 && t[i - 1] != '\n' && t[i - 1] != '['; i--)
		;
	if (i == 0 || t[i - 1] != '[' || i == at)
		return 0;
	for (i = 0; i < sizeof(starts) / sizeof(starts[0]); i++) {
		size_t n = strlen(starts[i]);

		if (left > n && !memcmp(p, starts[i], n))
			return 1;
	}
	return 0;
}

/*
 * Adds to `score` the signs of the lines that hold byte `c` ('#', '|' or
 * '\\'), up to 2.  A plain contract has few of these bytes, so memchr
 * passes over most of the text; each line is looked at once.
 */
static int markdown_lines_with(const char *t, size_t len, char c, int score)
{
	const char *p = t, *e = t + len, *from, *to, *prev;

	while (score < 2 && (p = memchr(p, c, (size_t)(e - p)))) {
		for (from = p; from > t && from[-1] != '\n'; from--)
			;
		to = memchr(p, '\n', (size_t)(e - p));
		if (!to)
			to = e;
		prev = NULL;
		if (from > t)
			for (prev = from - 1; prev > t && prev[-1] != '\n'; prev--)
				;
		score += markdown_line(from, (size_t)(to - from), prev);
		p = to;
	}
	return score;
}

/*
 * Sets doc->markdown (see document.h) from the text.  Stops at the first
 * sign enough: a Markdown file shows one in its first lines, and a plain
 * contract is passed over with memchr, for "](", '#', '|' and '\\'.
 */
static void detect_markdown(struct document *doc)
{
	const char *t = doc->text.ptr, *p;
	int score = 0;

	doc->markdown = 0;
	/*
	 * strstr, not find_bytes, which stops at every ']' of an exhibit's
	 * "[***]": the text ends in a NUL and holds none before it.
	 */
	for (p = t; (p = strstr(p, "](")); p += 2)
		if (inline_link_at(t, doc->text.len, (size_t)(p - t))) {
			doc->markdown = 1;
			return;
		}
	score = markdown_lines_with(t, doc->text.len, '#', score);
	score = markdown_lines_with(t, doc->text.len, '|', score);
	score = markdown_lines_with(t, doc->text.len, '\\', score);
	doc->markdown = score >= 2;
}

void document_finish(struct document *doc)
{
	size_t i;

	for (i = 0; i < doc->npara; i++)
		if (heads_sub_clause(doc, i))
			doc->paras[i].kind = PARA_HEADING;
	link_paragraphs(doc);
	find_notes(doc);
	/* Before the sentences, which a Markdown table's cells break. */
	if (doc->format == DOC_FORMAT_TEXT)
		detect_markdown(doc);
	doc->nsent = 0;
	for (i = 0; i < doc->npara; i++) {
		doc->paras[i].note = all_notes(doc, &doc->paras[i]);
		if (!doc->paras[i].note)
			document_segment_paragraph(doc, i);
	}
	if (doc->format == DOC_FORMAT_TEXT)
		build_line_index(doc);
}

/* Widest box read as one: "[    ]". */
#define CHECKBOX_MAX 8

size_t document_checkbox_at(const char *s, size_t n, int *ticked)
{
	static const struct {
		const char *glyph;
		int ticked;
	} glyphs[] = {
		{ "\xE2\x98\x90", 0 }, { "\xE2\x98\x91", 1 }, { "\xE2\x98\x92", 1 },
		{ "\xE2\x96\xA1", 0 }, { "\xE2\x97\xBB", 0 }, { "\xE2\x9D\x91", 0 },
	};
	size_t i, marks = 0;

	*ticked = 0;
	/* Most lines and paragraphs open on none of the three: one test. */
	if (!n || (s[0] != '\xE2' && s[0] != '(' && s[0] != '['))
		return 0;
	for (i = 0; i < ARRAY_SIZE(glyphs); i++)
		if (n >= 3 && !memcmp(s, glyphs[i].glyph, 3)) {
			*ticked = glyphs[i].ticked;
			return 3;
		}
	/*
	 * "(   )": a box in parentheses, always empty.  "(x)" is not read as
	 * ticked: it is also the tenth item of a list.
	 */
	if (n && s[0] == '(') {
		for (i = 1; i < n && i <= CHECKBOX_MAX && s[i] == ' '; i++)
			;
		return i > 1 && i < n && s[i] == ')' ? i + 1 : 0;
	}
	if (!n || s[0] != '[')
		return 0;
	for (i = 1; i < n && i <= CHECKBOX_MAX && s[i] != ']'; i++) {
		if (s[i] == 'x' || s[i] == 'X')
			marks++;
		else if (s[i] != ' ')
			return 0;
	}
	if (i >= n || s[i] != ']' || i == 1 || marks > 1)
		return 0;
	*ticked = marks == 1;
	return i + 1;
}

size_t document_para_at(const struct document *doc, size_t off)
{
	size_t lo = 0, hi = doc->npara;

	/* The last paragraph that starts at or before off. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->paras[mid].start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? lo - 1 : 0;
}

size_t document_sentence_at(const struct document *doc, size_t off)
{
	size_t lo = 0, hi = doc->nsent;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->sents[mid].start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo && off < doc->sents[lo - 1].end)
		return lo - 1;
	return (size_t)-1;
}

void document_sentence_span(const struct document *doc, size_t off, size_t *start, size_t *end)
{
	size_t i = document_sentence_at(doc, off);

	if (i != (size_t)-1) {
		*start = doc->sents[i].start;
		*end = doc->sents[i].end;
	} else {
		const struct paragraph *p = &doc->paras[document_para_at(doc, off)];

		*start = p->start;
		*end = p->end;
	}
}

unsigned long document_line_at(const struct document *doc, size_t off)
{
	size_t lo = 0, hi = doc->nline;

	if (doc->format != DOC_FORMAT_TEXT || !doc->nline)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->lines[mid] <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (unsigned long)lo;
}

unsigned document_tracked_in(const struct document *doc, size_t start, size_t end)
{
	unsigned bits = 0;
	size_t i;

	for (i = 0; i < doc->ntracked; i++) {
		const struct doc_span *s = &doc->tracked[i];

		if (s->start < end && start < s->end)
			bits |= s->kind;
	}
	return bits;
}

/* The label and opening words of a heading, for a heading path. */
static void add_heading_caption(const struct document *doc, size_t i, struct buf *out)
{
	const struct paragraph *p = &doc->paras[i];
	const char *t = doc->text.ptr;
	size_t s = p->body, e = p->end, n;

	while (s < e && isspace((unsigned char)t[s]))
		s++;
	/* An annex's title cited as written ("ORDER FORM") is said once. */
	for (n = s; n < e && (t[n] == '*' || t[n] == '_'); n++)
		;
	if (p->clause && !(!p->label && !strncmp(t + n, p->clause, strlen(p->clause)))) {
		buf_addstr(out, p->clause);
		buf_addch(out, ' ');
	}
	/* Up to the first full stop, or 60 bytes at a word break. */
	for (n = s; n < e && n - s < 60; n++)
		if (t[n] == '.' || t[n] == '\n')
			break;
	if (n < e && n - s >= 60)
		while (n > s && t[n] != ' ')
			n--;
	buf_add(out, t + s, n - s);
	buf_rtrim(out);
}

/*
 * Whether clause `inner` ("7.4", "7.4(a)") is cited under another first
 * number than clause `outer` ("2", "2.6"): a clause of its own that a
 * heading left open above it does not head ("2 Quality" over "6.1" where
 * "6 Term" was not read as a heading).
 */
static int other_number(const char *outer, const char *inner)
{
	size_t n = strspn(outer, "0123456789"), m = strspn(inner, "0123456789");

	return n && m && (!outer[n] || outer[n] == '.') && inner[m] == '.' &&
	       (n != m || strncmp(outer, inner, n));
}

void document_heading_path(const struct document *doc, size_t i, struct buf *out)
{
	long chain[16];
	int n = 0;
	long p;
	const char *own;

	if (i >= doc->npara)
		return;
	own = doc->paras[i].clause;
	for (p = doc->paras[i].parent; p >= 0 && n < (int)ARRAY_SIZE(chain);
	     p = doc->paras[p].parent) {
		if (!own || !doc->paras[p].clause || !other_number(doc->paras[p].clause, own))
			chain[n++] = p;
	}
	while (n-- > 0) {
		add_heading_caption(doc, (size_t)chain[n], out);
		if (n)
			buf_addstr(out, " > ");
	}
}

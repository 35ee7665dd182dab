/*
 * text_load: plain text and Markdown into a document.
 *
 * Two stages.  decode_text() turns the bytes into the document's UTF-8
 * buffer: a valid UTF-8 file without BOM or CR is copied as it is, so that
 * byte offsets in reports are the file's own.  split_paragraphs() then
 * records paragraphs as offsets into that buffer, never touching it: lines
 * are not joined, trimmed or reflowed.
 */
#include <assert.h>
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "diag.h"
#include "document.h"
#include "outline.h"
#include "swar.h"
#include "text_load.h"
#include "utf8.h"
#include "xalloc.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ---- decoding ---------------------------------------------------------- */

/* C0 controls other than tab, line feed, vertical tab, form feed, CR; DEL. */
static int is_binary_control(unsigned char c)
{
	return (c < 0x20 && !(c >= '\t' && c <= '\r')) || c == 0x7F;
}

struct byte_census {
	size_t nul;
	size_t controls;    /* is_binary_control(), NUL included */
	size_t damage;      /* runs of ill-formed UTF-8: "\xED\xA0\x80" is one */
	size_t multibyte;   /* well-formed UTF-8 sequences of 2 to 4 bytes */
	size_t cr;          /* carriage returns, which add_normalised() rewrites */
};

/*
 * Whether the 8 bytes at s are all printable ASCII (0x20 to 0x7E), tested
 * together: a byte below 0x20 borrows into its top bit when 0x20 is taken
 * away, a byte from 0x7F up has its top bit set once 1 is added.  A borrow
 * or carry can only spill over from a byte that fails itself, so the
 * answer is exact.
 */
static int printable_ascii8(const unsigned char *s)
{
	const uint64_t ones = SWAR_ONES, tops = SWAR_TOPS;
	uint64_t w;

	memcpy(&w, s, sizeof(w));
	return !(((w - 0x20 * ones) & ~w) & tops) && !((w | (w + ones)) & tops);
}

/* printable_ascii8() for the 16 bytes at s, with one test for both halves. */
static int printable_ascii16(const unsigned char *s)
{
	const uint64_t ones = SWAR_ONES, tops = SWAR_TOPS;
	uint64_t v, w;

	memcpy(&v, s, sizeof(v));
	memcpy(&w, s + 8, sizeof(w));
	return !((((v - 0x20 * ones) & ~v) | v | (v + ones) | ((w - 0x20 * ones) & ~w) | w |
		  (w + ones)) &
		 tops);
}

#ifdef __SSE2__
/*
 * The bytes of v the census has something to count at, or that end a run
 * of plain text: a signed compare takes every byte from 0x80 up for one
 * below 0x20, and of those tab, line feed, vertical tab and form feed are
 * plain (a line feed every line would otherwise stop each run); CR and DEL
 * are not.
 */
static inline __m128i census_marks(__m128i v)
{
	const __m128i low = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F),
		      tab_less = _mm_set1_epi8('\t' - 1), cr = _mm_set1_epi8('\r');
	__m128i plain_control = _mm_and_si128(_mm_cmpgt_epi8(v, tab_less), _mm_cmplt_epi8(v, cr));

	return _mm_or_si128(_mm_andnot_si128(plain_control, _mm_cmplt_epi8(v, low)),
			    _mm_cmpeq_epi8(v, del));
}

/*
 * Where in s[i..n) the census has something to count, or near it: steps
 * over plain text 64 bytes and then 16 at a time, and stops at the first
 * block with a mark; the byte loops find the byte itself.
 */
static size_t skip_plain_sse2(const unsigned char *s, size_t i, size_t n)
{
	for (; i + 64 <= n; i += 64) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(s + i)),
			b = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 16)),
			c = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 32)),
			d = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 48));

		if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(census_marks(a), census_marks(b)),
						   _mm_or_si128(census_marks(c), census_marks(d)))))
			break;
	}
	for (; i + 16 <= n; i += 16)
		if (_mm_movemask_epi8(census_marks(
			    _mm_loadu_si128((const __m128i *)(const void *)(s + i)))))
			break;
	return i;
}
#endif

static void take_census(const unsigned char *s, size_t n, struct byte_census *c)
{
	size_t i = 0, len, bad, last_bad = (size_t)-1;

	memset(c, 0, sizeof(*c));
	while (i < n) {
		/* Printable ASCII is nearly all of a contract: nothing to count. */
#ifdef __SSE2__
		i = skip_plain_sse2(s, i, n);
#endif
		while (i + 16 <= n && printable_ascii16(s + i))
			i += 16;
		while (i + 8 <= n && printable_ascii8(s + i))
			i += 8;
		while (i < n && s[i] >= 0x20 && s[i] < 0x7F)
			i++;
		if (i == n)
			break;
		if (s[i] < 0x80) {
			if (!s[i])
				c->nul++;
			if (is_binary_control(s[i]))
				c->controls++;
			if (s[i] == '\r')
				c->cr++;
			i++;
			continue;
		}
		len = utf8_sequence(s + i, n - i, &bad);
		if (len) {
			c->multibyte++;
			i += len;
		} else {
			if (last_bad != i)
				c->damage++;
			i += bad;
			last_bad = i;
		}
	}
}

/*
 * A share of control characters no text has: form feeds and tabs are
 * normal, a stray escape or ^Z is survivable, one in twenty bytes is not.
 */
static int looks_binary(const struct byte_census *c, size_t n)
{
	return c->nul || c->controls * 20 > n;
}

/*
 * Appends UTF-8 from s to out with CRLF and lone CR turned into LF and each
 * ill-formed subpart replaced by U+FFFD (counted in *nbad).  Runs of plain
 * bytes are copied whole: the common case is a single buf_add.
 */
static void add_normalised(struct buf *out, const unsigned char *s, size_t n,
			   size_t *nbad)
{
	size_t i = 0, run = 0, len, bad;

	buf_grow(out, n);
	while (i < n) {
		if (s[i] == '\r') {
			buf_add(out, s + run, i - run);
			buf_addch(out, '\n');
			i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
			run = i;
			continue;
		}
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		len = utf8_sequence(s + i, n - i, &bad);
		if (len) {
			i += len;
			continue;
		}
		buf_add(out, s + run, i - run);
		buf_add_utf8(out, 0xFFFD);
		(*nbad)++;
		i += bad;
		run = i;
	}
	buf_add(out, s + run, n - run);
}

/*
 * add_normalised() for text whose census is known: a file with neither
 * damage nor CR, the usual case, is copied in one go without a second scan.
 */
static void add_text(struct buf *out, const unsigned char *s, size_t n,
		     const struct byte_census *c, size_t *nbad)
{
	if (!c->damage && !c->cr)
		buf_add(out, s, n);
	else
		add_normalised(out, s, n, nbad);
}

/*
 * UTF-16 without a BOM: nearly every other byte zero, on one side only.
 * Returns "UTF-16LE", "UTF-16BE" or NULL.  Text in any script outside
 * Latin would not pass, but such files carry a BOM in practice.
 */
static const char *sniff_utf16(const unsigned char *s, size_t n)
{
	size_t i, zero_even = 0, zero_odd = 0, units;

	if (n < 4 || n % 2)
		return NULL;
	if (n > 4096)
		n = 4096;
	units = n / 2;
	for (i = 0; i + 1 < n; i += 2) {
		zero_even += !s[i];
		zero_odd += !s[i + 1];
	}
	if (zero_odd * 10 >= units * 9 && zero_even * 20 < units)
		return "UTF-16LE";
	if (zero_even * 10 >= units * 9 && zero_odd * 20 < units)
		return "UTF-16BE";
	return NULL;
}

static int decode_text(struct document *doc, const unsigned char *data,
		       size_t len, const struct load_options *opt,
		       struct buf *err)
{
	size_t limit = opt->limits.max_text_size, nbad = 0;
	const char *utf16 = NULL, *bad_what = "ill-formed UTF-8 sequence", *bad_where = "";
	struct byte_census census;
	struct buf tmp = BUF_INIT;
	int ret = -1;

	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
		/* Declared UTF-8: damage is replaced, never reinterpreted. */
		doc->encoding = "utf-8-bom";
		data += 3;
		len -= 3;
		take_census(data, len, &census);
		if (looks_binary(&census, len))
			goto binary;
		add_text(&doc->text, data, len, &census, &nbad);
	} else if ((len >= 2 && data[0] == 0xFF && data[1] == 0xFE) ||
		   (len >= 2 && data[0] == 0xFE && data[1] == 0xFF)) {
		utf16 = data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		doc->encoding = data[0] == 0xFF ? "utf-16le" : "utf-16be";
		data += 2;
		len -= 2;
	} else if ((utf16 = sniff_utf16(data, len))) {
		doc->encoding = utf16[6] == 'L' ? "utf-16le" : "utf-16be";
	} else {
		take_census(data, len, &census);
		if (looks_binary(&census, len))
			goto binary;
		/*
		 * Well-formed multi-byte sequences do not happen by chance
		 * in cp1252 text, so a file with more of them than of
		 * damage is UTF-8 with a few bad bytes; one with none (or
		 * fewer) was written in a legacy charset.
		 */
		if (census.damage > census.multibyte) {
			doc->encoding = "windows-1252";
			bad_what = "byte";
			bad_where = " undefined in windows-1252";
			if (charset_to_utf8(&tmp, "WINDOWS-1252", data, len, 1,
					    limit, &nbad, err))
				goto cleanup;
			add_normalised(&doc->text, (unsigned char *)tmp.ptr,
				       tmp.len, &nbad);
		} else {
			doc->encoding = "utf-8";
			add_text(&doc->text, data, len, &census, &nbad);
		}
	}
	if (utf16) {
		bad_what = "ill-formed UTF-16 code unit";
		if (charset_to_utf8(&tmp, utf16, data, len, 2, limit, &nbad, err))
			goto cleanup;
		take_census((unsigned char *)tmp.ptr, tmp.len, &census);
		if (looks_binary(&census, tmp.len))
			goto binary;
		add_text(&doc->text, (unsigned char *)tmp.ptr, tmp.len, &census, &nbad);
	}
	if (doc->text.len > limit) {
		buf_addf(err, "text is larger than the %zu-byte limit", limit);
		goto cleanup;
	}
	if (nbad)
		document_add_warning(doc, "%zu %s%s%s replaced with U+FFFD", nbad,
				     bad_what, nbad == 1 ? "" : "s", bad_where);
	ret = 0;
	goto cleanup;
binary:
	buf_addstr(err, "binary file");
cleanup:
	buf_release(&tmp);
	return ret;
}

/* ---- lines ------------------------------------------------------------- */

struct line {
	size_t start, end;      /* the line without its '\n' */
	size_t first, last;     /* first non-blank byte, one past the last */
	unsigned long number;   /* 1-based */
};

static int is_space_at(const char *t, size_t i, size_t end, size_t *width)
{
	unsigned char c = (unsigned char)t[i];

	*width = 1;
	if (c <= ' ' || c == 0x7F)
		return 1;   /* tabs, form feeds, a stray ^Z: nothing to read */
	if (c == 0xC2 && i + 1 < end && (unsigned char)t[i + 1] == 0xA0) {
		*width = 2;   /* no-break space, common in EDGAR filings */
		return 1;
	}
	return 0;
}

static void trim_line(const char *t, struct line *l)
{
	size_t i = l->start, w;

	while (i < l->end && is_space_at(t, i, l->end, &w))
		i += w;
	l->first = i;
	l->last = l->end;
	while (l->last > l->first) {
		unsigned char c = (unsigned char)t[l->last - 1];

		if (c <= ' ' || c == 0x7F)
			l->last--;
		else if (c == 0xA0 && l->last - 2 >= l->first &&
			 (unsigned char)t[l->last - 2] == 0xC2)
			l->last -= 2;
		else
			break;
	}
}

/* "---", "***", "___", "* * *", "===": a rule or a setext underline. */
static int is_rule_line(const char *t, const struct line *l, char *mark)
{
	size_t i, n = 0;
	char c = t[l->first];

	if (c != '-' && c != '*' && c != '_' && c != '=')
		return 0;
	for (i = l->first; i < l->last; i++) {
		if (t[i] == c)
			n++;
		else if (t[i] != ' ' && t[i] != '\t')
			return 0;
	}
	*mark = c;
	return n >= 3;
}

/*
 * Markdown ATX heading: 1 to 6 '#' then a space.  Returns the '#' count, 0
 * for none, -1 for a line of '#' only.
 */
static int atx_level(const char *t, const struct line *l, size_t *text)
{
	size_t i = l->first;
	int n = 0;

	while (i < l->last && t[i] == '#' && n < 7) {
		i++;
		n++;
	}
	if (!n || n > 6 || (i < l->last && t[i] != ' ' && t[i] != '\t'))
		return 0;
	if (i == l->last)
		return -1;   /* "####" alone: a divider, not a heading */
	while (i < l->last && (t[i] == ' ' || t[i] == '\t'))
		i++;
	*text = i;
	return n;
}

/*
 * The length of the bullet sign at t[i..last), else 0: Markdown's "-",
 * "*" and "+", and the signs word processors and PDF converters print
 * for them, "\u2022" (bullet), "\u25E6" (white bullet), "\u25AA" (small
 * square), "\u2013" (en dash) and "\u00B7" (middle dot).
 */
static size_t bullet_sign(const char *t, size_t i, size_t last)
{
	const unsigned char *u = (const unsigned char *)t + i;

	if (i >= last)
		return 0;
	if (*u < 0x80)
		return strchr("-*+", *u) && *u ? 1 : 0;
	if (*u == 0xC2)
		return i + 1 < last && u[1] == 0xB7 ? 2 : 0;
	if (*u != 0xE2 || i + 2 >= last)
		return 0;
	if ((u[1] == 0x80 && (u[2] == 0xA2 || u[2] == 0x93)) ||
	    (u[1] == 0x97 && u[2] == 0xA6) || (u[1] == 0x96 && u[2] == 0xAA))
		return 3;
	return 0;
}

/* "- item", "* item", "+ item", "\u2022 item" ... at t[i..last). */
static int bullet_at(const char *t, size_t i, size_t last, size_t *text)
{
	size_t n = bullet_sign(t, i, last);

	if (!n || i + n >= last || (t[i + n] != ' ' && t[i + n] != '\t'))
		return 0;
	i += n;
	while (i < last && (t[i] == ' ' || t[i] == '\t'))
		i++;
	if (i == last)
		return 0;
	*text = i;
	return 1;
}

/*
 * "- item", "* item", "+ item"; also after a list's counter that holds
 * nothing but the bullet ("9.  *   3\. YOU HEREBY", a Markdown ordered
 * list whose item is a bullet list): the counter has no words of its
 * own and is no clause.
 */
static int is_bullet(const char *t, const struct line *l, size_t *text)
{
	struct label lab;

	if (bullet_at(t, l->first, l->last, text))
		return 1;
	if (!isdigit((unsigned char)t[l->first]) ||
	    !outline_parse_label(t + l->first, t + l->last, &lab) ||
	    !((lab.style == STYLE_NUMBER && lab.depth == 1) || lab.style == STYLE_CLOSE_DIGIT) ||
	    lab.body == lab.len)
		return 0;
	return bullet_at(t, l->first + lab.body, l->last, text);
}

/*
 * "[ ] Option", "[X] Option", "\u2610 Option": a choice on an order form.
 * Each is a term of its own, ticked or not, however the lines wrap, so it
 * starts a paragraph (the engine reads none that is left unticked).
 */
static int is_checkbox(const char *t, const struct line *l)
{
	int ticked;
	size_t n = document_checkbox_at(t + l->first, l->last - l->first, &ticked);

	return n && (l->first + n == l->last || t[l->first + n] == ' ' ||
		     t[l->first + n] == '\t');
}

static int is_table_row(const char *t, const struct line *l)
{
	return t[l->first] == '|' && l->last - l->first > 1;
}

/* Whether t[s..e) holds a cell boundary, " | ". */
static int has_cells(const char *t, size_t s, size_t e)
{
	const char *bar;

	/* Most lines have no bar at all: memchr settles them. */
	while (e >= s + 3 && (bar = memchr(t + s + 1, '|', e - s - 2)) != NULL) {
		size_t k = (size_t)(bar - t);

		if (t[k - 1] == ' ' && t[k + 1] == ' ')
			return 1;
		s = k;
	}
	return 0;
}

/* "|---|:--:|": the line under a Markdown table's header. */
static int is_table_rule(const char *t, const struct line *l)
{
	size_t i;

	for (i = l->first; i < l->last; i++)
		if (!strchr("|-: \t", t[i]))
			return 0;
	return is_table_row(t, l);
}

static int has_lower(const char *t, size_t s, size_t e)
{
	for (; s < e; s++)
		if (islower((unsigned char)t[s]))
			return 1;
	return 0;
}

/* A line after which a new clause may start without a blank line. */
static int ends_clause(const char *t, const struct line *l)
{
	size_t e = l->last;

	while (e > l->first && strchr("\"')]*_", t[e - 1]))
		e--;
	if (e > l->first + 2 && (unsigned char)t[e - 3] == 0xE2 &&
	    (unsigned char)t[e - 2] == 0x80 &&
	    ((unsigned char)t[e - 1] == 0x9D || (unsigned char)t[e - 1] == 0x99))
		e -= 3;
	if (e == l->first)
		return 0;
	if (strchr(".:;!?", t[e - 1]))
		return 1;
	/* "(b) comply with the law; and" */
	if (e - l->first >= 4 && !strncasecmp(t + e - 4, " and", 4))
		return 1;
	if (e - l->first >= 3 && !strncasecmp(t + e - 3, " or", 3))
		return 1;
	return 0;
}

/* ---- paragraphs -------------------------------------------------------- */

/* Blank lines a sentence may run across (a page break in EDGAR text). */
#define MAX_PAGE_BREAK 12

struct splitter {
	struct document *doc;
	size_t max_paragraphs;

	/* The paragraph being gathered. */
	int open;
	size_t start, end;
	unsigned long first_line;
	size_t nlines;
	enum para_kind kind;
	int md_level;           /* heading level from '#' or setext, else -1 */
	struct label label;
	size_t label_at;        /* offset of the label in the text */
	size_t body;
	int caption;            /* every line so far reads as a caption */
	int col;                /* column it opens its line at, -1: mid-line */
	int lead;               /* a bullet's column before its label, else col */
	unsigned gap;           /* blank lines seen since its last line */

	/* Outline state, for levels. */
	struct outline outline;

	/*
	 * Columns of the bullets without a number of their own open around
	 * the paragraph, outermost first ("*   iv. **Closing**", whose
	 * label the loader leaves to the bullet).
	 */
	int bullets[16];        /* rising: each closes those at its column or right of it */
	int nbullets;

	/*
	 * Paragraphs from end_first on read as after a list of enumerations
	 * (NEST_END), until a label shows whether the list went on: an item
	 * at the list's level or below it (end_level) takes them back.
	 */
	int ending;
	size_t end_first;
	int end_level;
	int closes;             /* the open paragraph starts after the clauses ended */

	/*
	 * A run of letter-number labels ("A1." .. "A7."): the letter and the
	 * number the next item takes; and the line last looked ahead from
	 * (its start + 1) with what was found.
	 */
	char run_letter[OUTLINE_LETTER_PREFIX_MAX + 1];
	unsigned long run_next;
	size_t run_checked;
	int run_ok;

	/* Tables of contents: the block read so far, and the run walked. */
	size_t toc_end, toc_walked;
	unsigned toc_lookaheads;
	struct line back[2];    /* the last two lines with text, back[0] nearest */
	unsigned long row_line; /* the last line read as a table's row without bars */
};

/*
 * A row of a table typed without its outer bars, "Description | Details":
 * cells split by " | ", on the line right after such a row or opening a
 * run of them: where a block starts (no paragraph open) or under a
 * caption or an annex's heading of one line, the line after it a row too.
 * Lines inside prose are not looked at (nor scanned: most lines are).
 */
static int is_bare_table_row(struct splitter *sp, const struct line *l)
{
	const char *t = sp->doc->text.ptr, *nl;
	size_t len = sp->doc->text.len, s;

	if (sp->row_line && sp->row_line + 1 == l->number) {
		if (!has_cells(t, l->first, l->last))
			return 0;
	} else {
		if (sp->open && (sp->nlines != 1 ||
				 (!sp->caption && sp->label.style != STYLE_ANNEX)))
			return 0;
		if (!has_cells(t, l->first, l->last) || l->end >= len)
			return 0;
		s = l->end + 1;
		nl = memchr(t + s, '\n', len - s);
		if (!has_cells(t, s, nl ? (size_t)(nl - t) : len))
			return 0;
	}
	sp->row_line = l->number;
	return 1;
}

/* Where the last line gathered into the open paragraph starts. */
static size_t last_line_start(const char *t, const struct splitter *sp)
{
	size_t i = sp->end;

	while (i > sp->start && t[i - 1] != '\n')
		i--;
	return i;
}

/* Whether the paragraph gathered so far reads as a caption (one line). */
static int reads_as_caption(const struct splitter *sp)
{
	const char *t = sp->doc->text.ptr;

	if (sp->label.style != STYLE_NONE)
		return sp->body >= sp->end || outline_is_caption(t, sp->body, sp->end, 1);
	return outline_is_caption(t, sp->start, sp->end, 0);
}

/* Words in the name of an order form's field, at most. */
#define FIELD_NAME_MAX_WORDS 4

/*
 * A field of a form on the line t[s..e): a short name in letters with a
 * capital first, a colon, a blank and a value ("Subscription Term: 36
 * months", "Billing contact: accounts@example.com").
 */
static int field_line(const char *t, size_t s, size_t e)
{
	size_t k, words = 1;

	if (e <= s || !isupper((unsigned char)t[s]))
		return 0;
	for (k = s; k < e && k - s <= 40; k++) {
		unsigned char c = (unsigned char)t[k];

		if (c == ':')
			return k + 2 < e && t[k + 1] == ' ' && t[k + 2] != ' ';
		if (c == ' ') {
			if (t[k + 1] == ' ' || ++words > FIELD_NAME_MAX_WORDS)
				return 0;
		} else if (!isalpha(c) && !strchr("&/-'()", c)) {
			return 0;
		}
	}
	return 0;
}

/*
 * Whether the line opens a definition: a term of a few capitalised words,
 * in quotes or not, then "means", "shall mean" or "has the meaning"
 * ('"Bank Data" means ...', "Adapters means ...").  Not prose that says
 * what something means ("This means that", "Each Party means to").
 */
static int definition_line(const char *t, size_t s, size_t e)
{
	static const char *const not_terms[] = {
		"this", "that", "it", "which", "what", "such", "each", "any", "these",
		"those", "there", "the", "he", "she", "they", "we", "you",
	};
	static const char *const verbs[] = { "means ", "shall mean ", "has the meaning" };
	size_t k = s, words = 0, w, i;
	int quoted = 0;

	if (t[k] == '"') {
		quoted = 1;
		k++;
	} else if (e - k > 3 && (unsigned char)t[k] == 0xE2 && (unsigned char)t[k + 1] == 0x80 &&
		   (unsigned char)t[k + 2] == 0x9C) {
		quoted = 1;
		k += 3;
	}
	for (;;) {
		if (k >= e || !isupper((unsigned char)t[k]) || ++words > 5)
			return 0;
		for (w = k; k < e && (isalnum((unsigned char)t[k]) || t[k] == '-' || t[k] == '\''); k++)
			;
		if (words == 1 && !quoted)
			for (i = 0; i < ARRAY_SIZE(not_terms); i++)
				if (strlen(not_terms[i]) == k - w && !strncasecmp(t + w, not_terms[i], k - w))
					return 0;
		if (quoted) {
			if (k < e && t[k] == '"') {
				k++;
				break;
			}
			if (e - k > 3 && (unsigned char)t[k] == 0xE2 && (unsigned char)t[k + 1] == 0x80 &&
			    (unsigned char)t[k + 2] == 0x9D) {
				k += 3;
				break;
			}
		}
		if (k >= e || t[k] != ' ')
			return 0;
		k++;
		if (!quoted)
			for (i = 0; i < ARRAY_SIZE(verbs); i++)
				if ((size_t)(e - k) > strlen(verbs[i]) &&
				    !strncmp(t + k, verbs[i], strlen(verbs[i])))
					return 1;
	}
	if (k >= e || t[k] != ' ')
		return 0;
	k++;
	for (i = 0; i < ARRAY_SIZE(verbs); i++)
		if ((size_t)(e - k) > strlen(verbs[i]) && !strncmp(t + k, verbs[i], strlen(verbs[i])))
			return 1;
	return 0;
}

/*
 * Whether line l, a sentence with a capital first, follows a run of a
 * form's fields rather than going on with the last one's value: the open
 * paragraph is one field line ("Training opt-out: [ ] ... (tick to opt
 * out)"), the paragraph before it a field too, and the field's line does
 * not end cut short (on a comma, a colon, "the", "of").
 */
static int sentence_after_fields(const struct splitter *sp, const struct line *l)
{
	const char *t = sp->doc->text.ptr;
	const struct paragraph *prev;
	unsigned char last;

	if (sp->nlines != 1 || sp->label.style != STYLE_NONE || !sp->doc->npara ||
	    !isupper((unsigned char)t[l->first]) || !field_line(t, sp->start, sp->end))
		return 0;
	prev = &sp->doc->paras[sp->doc->npara - 1];
	if (prev->source + 1 != sp->first_line || !field_line(t, prev->start, prev->end))
		return 0;
	last = (unsigned char)t[sp->end - 1];
	return last != ',' && last != ':' && last != ';' && last != '-' &&
	       !outline_ends_unfinished(t, sp->start, sp->end);
}

/*
 * Whether the open paragraph is a heading over the clause a labelled line
 * after it starts: one line, a label and a few words in sentence case or
 * capitals ("3. Privacy and storage" over "3.1 We store ...").  After a
 * keyword ("Article 8 - Personal data", "Section 4 – Fees (payment)") a
 * dash before the title and a gloss in brackets after it are left out,
 * and a title after a dash may list its subjects with commas.  Without a
 * dash a title may list them too where it reads as a list, not a
 * sentence ("11. Confidentiality, publicity and audit" over "11.1").
 */
/* One side of a title split by a semicolon, in a capital or not: a title. */
static int heads_part(const char *t, size_t s, size_t e)
{
	char part[80];

	if (e - s >= sizeof(part) || memchr(t + s, ';', e - s))
		return 0;
	memcpy(part, t + s, e - s);
	part[0] = (char)toupper((unsigned char)part[0]);
	return outline_heading_words(part, 0, e - s) || outline_title_list(part, 0, e - s);
}

static int heads_clause(const struct splitter *sp)
{
	const char *t = sp->doc->text.ptr;
	size_t s = sp->body, e = sp->end, d;
	int dashed = 0;

	if (sp->nlines != 1 || sp->label.style == STYLE_NONE ||
	    sp->kind != PARA_BODY || sp->md_level >= 0)
		return 0;
	if (sp->label.style == STYLE_SECTION || sp->label.style == STYLE_ARTICLE ||
	    sp->label.style == STYLE_ANNEX) {
		/* "Article 8 - Personal data", "Clause 5 – Use of data": the dash is no word. */
		d = outline_dash_len(t + s, t + e);
		if (d && s + d < e && t[s + d] == ' ') {
			for (s += d; s < e && t[s] == ' '; s++)
				;
			dashed = 1;
		}
	}
	/*
	 * "Article 6 - Acceptance (recette)", "4. Operational risk (CPS
	 * 230)": a gloss closes the title.
	 */
	if (e - s > 3 && t[e - 1] == ')' && (d = e - 1) > s) {
		while (d > s && t[d - 1] != '(' && t[d - 1] != ')')
			d--;
		if (d > s + 1 && t[d - 1] == '(' && t[d - 2] == ' ')
			e = d - 2;
	}
	if (dashed)
		return outline_title_words(t, s, e);
	/* "2. Fees are due; late fees apply", "2. Vendor shall not train": a sentence */
	if (outline_states(t, s, e))
		return 0;
	if (outline_heading_words(t, s, e) || outline_title_list(t, s, e))
		return 1;
	/* "11. No warranty; no indemnity", "2. Services; availability": titles each side */
	for (d = s; d + 2 < e && !(t[d] == ';' && t[d + 1] == ' '); d++)
		;
	return d + 2 < e && d > s && heads_part(t, s, d) && heads_part(t, d + 2, e);
}

/*
 * Whether the open paragraph is an unlabelled heading over the clause a
 * labelled line after it starts ("Privacy and storage" over "3.1 We store
 * ..."): one line of a few words in sentence case, no stop, no duty, and
 * the clause opening with a capital.  Prose wrapped onto a line that
 * starts with a number reads on: its first line is longer, ends on a word
 * that leads on, or the number's line goes on in lower case.
 */
static int heads_clause_unlabelled(const struct splitter *sp, size_t body, size_t end)
{
	const char *t = sp->doc->text.ptr;

	if (sp->nlines != 1 || sp->label.style != STYLE_NONE || sp->kind != PARA_BODY ||
	    sp->md_level >= 0)
		return 0;
	while (body < end && (t[body] == ' ' || t[body] == '\t'))
		body++;
	return body < end && !islower((unsigned char)t[body]) &&
	       outline_heading_words(t, sp->start, sp->end) &&
	       !outline_leads_in(t, sp->start, sp->end);
}

/*
 * Whether a clause labelled `next` is one below a heading labelled `head`:
 * "3.1" or "(a)" after "3.", "4.1" after "ARTICLE IV"; not "2." after "1."
 * nor "ii." after "i.".
 */
static int opens_below(const struct label *head, const struct label *next)
{
	if (head->style >= STYLE_MD_HEADING)
		return 0;
	if (next->style > STYLE_MD_HEADING)
		return 1;
	return next->depth > head->depth;
}

static void track_bullets(struct splitter *sp, enum para_kind kind, int labelled);

/*
 * Whether the open paragraph is a numbered sentence of one line that the
 * number below it ends though it has no stop: "2. Fees are due; late fees
 * apply" over "2.1 Late fees ...".  It is no heading (heads_clause), and
 * the sub-clause is a paragraph of its own.  A line cut short ("... and
 * the") goes on.
 */
static int sentence_over_clause(const struct splitter *sp, const struct label *next)
{
	const char *t = sp->doc->text.ptr;

	if (sp->nlines != 1 || sp->kind != PARA_BODY || sp->md_level >= 0 ||
	    (sp->label.style != STYLE_NUMBER && sp->label.style != STYLE_ALNUM) ||
	    (next->style != STYLE_NUMBER && next->style != STYLE_ALNUM) ||
	    next->depth <= sp->label.depth)
		return 0;
	return outline_states(t, sp->body, sp->end) &&
	       isalpha((unsigned char)t[sp->end - 1]) &&
	       !outline_ends_unfinished(t, sp->body, sp->end);
}

/*
 * Whether paragraph i leads on to what follows: it ends on a colon, a
 * comma or a word ("... greater of", "; and"), emphasis and blanks aside.
 */
static int leads_on(const struct document *doc, size_t i)
{
	const char *t = doc->text.ptr;
	size_t s = doc->paras[i].start, e = doc->paras[i].end;

	for (;;) {
		while (e > s && strchr(" \t*_", t[e - 1]))
			e--;
		if (e - s >= 2 && !memcmp(t + e - 2, "\xC2\xA0", 2))
			e -= 2;
		else
			break;
	}
	return e > s && (t[e - 1] == ':' || t[e - 1] == ',' || isalnum((unsigned char)t[e - 1]));
}

/*
 * Whether t[s..e) opens as a sentence does: a capital, after emphasis or a
 * quote ("**Usage limitations.**", "\"Affiliate\" means").
 */
static int opens_sentence(const char *t, size_t s, size_t e)
{
	while (s < e && strchr("*_\"'", t[s]))
		s++;
	if (s + 3 <= e && !memcmp(t + s, "\xE2\x80\x9C", 3))
		s += 3;
	return s < e && isupper((unsigned char)t[s]);
}

/*
 * A label after paragraphs read as after a list (sp->ending): `went_on`,
 * an enumeration at the list's level or below it, takes them back into
 * the list's last item; else they stay in the clause that holds the list.
 */
static void end_list(struct splitter *sp, int went_on)
{
	size_t i;

	sp->ending = 0;
	if (!went_on)
		return;
	for (i = sp->end_first; i < sp->doc->npara; i++)
		if (sp->doc->paras[i].nest == NEST_END)
			sp->doc->paras[i].nest = NEST_NONE;
}

static size_t read_line(const char *t, size_t len, size_t pos, struct line *l);
static size_t skip_emphasis(const char *t, size_t at, size_t end);
static int read_label(const char *t, size_t s, size_t end, struct label *lab, size_t *at);

/* Lines a Markdown heading looks past for the label after it, at most. */
#define HEADING_LOOKAHEAD_LINES 4

/*
 * Whether the first line with text after the heading gathered in sp (its
 * setext underline aside) opens with an enumeration going on from an
 * item before it, after a bullet or not: "Store" / "-----" / "*   b.
 * **Store.**".  Looks at HEADING_LOOKAHEAD_LINES lines at most.
 */
static int item_follows(const struct splitter *sp)
{
	const char *t = sp->doc->text.ptr, *nl;
	size_t len = sp->doc->text.len, pos, at;
	struct line l;
	struct label lab;
	char mark;
	int n;

	nl = memchr(t + sp->end, '\n', len - sp->end);
	if (!nl)
		return 0;
	for (pos = (size_t)(nl - t) + 1, n = 0; n < HEADING_LOOKAHEAD_LINES && pos < len; n++) {
		pos = read_line(t, len, pos, &l);
		if (l.first == l.last || is_rule_line(t, &l, &mark))
			continue;
		if (!bullet_at(t, l.first, l.last, &at))
			at = l.first;
		return read_label(t, at, l.last, &lab, &at) && lab.style > STYLE_MD_HEADING &&
		       lab.ordinal > 1;
	}
	return 0;
}

static int names_document(const char *t, size_t s, size_t e);

/*
 * A part of a schedule named on a line of its own: "Part A", "PART 2",
 * "Part B - Optional Services": "part", a blank, a letter, a roman
 * numeral or a number, then the end or a blank.
 */
static int names_part(const char *t, size_t s, size_t e)
{
	size_t k = s + 5;

	if (e - s < 6 || strncasecmp(t + s, "part ", 5))
		return 0;
	while (k < e && k - s < 10 && isalnum((unsigned char)t[k]))
		k++;
	return k > s + 5 && k - s < 10 && (k == e || t[k] == ' ');
}

/* Whether a word of t[s..e) is "confidential", in any case. */
static int says_confidential(const char *t, size_t s, size_t e)
{
	size_t k;

	for (k = s; k + 12 <= e; k++)
		if ((t[k] == 'c' || t[k] == 'C') && (k == s || !isalpha((unsigned char)t[k - 1])) &&
		    !strncasecmp(t + k, "confidential", 12))
			return 1;
	return 0;
}

/* The last number in the label t[at..at+len): 1 for "2.1", "1.", "Section 3.1". */
static unsigned long last_number(const char *t, size_t at, size_t len)
{
	size_t e = at + len;

	while (e > at && !isdigit((unsigned char)t[e - 1]))
		e--;
	while (e > at && isdigit((unsigned char)t[e - 1]))
		e--;
	return strtoul(t + e, NULL, 10);
}

/* Bytes a heading over a blank line takes at most: a few words. */
#define GAP_HEADING_MAX 100

/*
 * Whether the open paragraph, a blank line or more above line l, is an
 * unlabelled heading over the clause l starts:
 *  - a part of a schedule ("Part B - Optional Services", names_part)
 *    over its first paragraph, "1.";
 *  - a line heads_clause_unlabelled reads as a heading ("Intellectual
 *    property") over the first sub-clause of a clause or section ("2.1
 *    The Customer owns ..."), opening with a capital.  Not a running
 *    head, whatever follows it: a line naming a document ("Network
 *    Management Outsourcing Agreement") or a confidentiality legend
 *    ("IBM Confidential").
 */
static int heads_clause_after_gap(const struct splitter *sp, const struct line *l)
{
	const char *t = sp->doc->text.ptr;
	struct label lab;
	size_t at;
	int part;

	if (sp->nlines != 1 || sp->label.style != STYLE_NONE || sp->kind != PARA_BODY ||
	    sp->md_level >= 0 || sp->end - sp->start > GAP_HEADING_MAX)
		return 0;
	/* The paragraph first: most are prose, and the line need not be read. */
	part = names_part(t, sp->start, sp->end);
	if ((!part && !outline_heading_words(t, sp->start, sp->end)) ||
	    !read_label(t, l->first, l->last, &lab, &at))
		return 0;
	if (part)
		return lab.style == STYLE_NUMBER && lab.depth == 1 && lab.ordinal == 1;
	if ((lab.style != STYLE_NUMBER && lab.style != STYLE_SECTION) ||
	    (lab.style == STYLE_NUMBER && lab.depth < 2) || last_number(t, at, lab.len) != 1 ||
	    !opens_sentence(t, at + lab.body, l->last) ||
	    !heads_clause_unlabelled(sp, at + lab.body, l->last) ||
	    names_document(t, sp->start, sp->end) ||
	    says_confidential(t, sp->start, sp->end))
		return 0;
	return 1;
}

/* Blank lines between a title and the first clause under it, at most. */
#define TITLE_OVER_GAP_LINES 2

/*
 * Whether the next line with text after t[..at) opens with the first
 * clause under number n, "n.1" ("6.1 The Supplier ...", "6.1. Licence"),
 * over at most TITLE_OVER_GAP_LINES blank lines.
 */
static int first_clause_follows(const char *t, size_t at, size_t len, unsigned long n)
{
	int lines = 0;
	size_t k;

	while (at < len && (t[at] == ' ' || t[at] == '\t' || t[at] == '\r' || t[at] == '\n'))
		if (t[at++] == '\n' && ++lines > TITLE_OVER_GAP_LINES + 1)
			return 0;
	if (!lines)
		return 0;
	for (k = at; k < len && isdigit((unsigned char)t[k]) && k - at < 4; k++)
		;
	if (k == at || t[at] == '0' || strtoul(t + at, NULL, 10) != n || k + 2 >= len ||
	    t[k] != '.' || t[k + 1] != '1')
		return 0;
	k += 2;
	if (t[k] == '.')
		k++;
	return k < len && (t[k] == ' ' || t[k] == '\t');
}

/*
 * The open paragraph, one line, is "6 Rights" over "6.1 ..." on the next
 * line with text: a number without its stop, in title or sentence case.
 */
static int title_over_first_clause(const struct splitter *sp, struct label *lab)
{
	const char *t = sp->doc->text.ptr;

	if (sp->label.style != STYLE_NONE || sp->nlines != 1 || sp->md_level >= 0 ||
	    (sp->kind != PARA_BODY && sp->kind != PARA_HEADING) ||
	    !isdigit((unsigned char)t[sp->start]))
		return 0;
	return outline_parse_unstopped_over(&sp->outline, t + sp->start, t + sp->end, lab) &&
	       first_clause_follows(t, sp->end, sp->doc->text.len, lab->ordinal);
}

/*
 * Whether line l, after the open paragraph, is "5 Data protection" over
 * "5.1 ..." on the line after it: a title that opens a paragraph of its own.
 */
static int title_line_over_clause(const struct splitter *sp, const struct line *l)
{
	const char *t = sp->doc->text.ptr;
	struct label lab;

	return isdigit((unsigned char)t[l->first]) &&
	       outline_parse_unstopped_over(&sp->outline, t + l->first, t + l->last, &lab) &&
	       first_clause_follows(t, l->last, sp->doc->text.len, lab.ordinal);
}

static int flush_paragraph(struct splitter *sp, struct buf *err)
{
	struct document *doc = sp->doc;
	struct paragraph *p;
	const char *label = NULL;
	enum para_kind kind = sp->kind;
	enum outline_nest nest = NEST_NONE;
	int level = -1, caption;

	if (!sp->open)
		return 0;
	sp->open = 0;
	if (doc->npara >= sp->max_paragraphs) {
		buf_addf(err, "more than %zu paragraphs", sp->max_paragraphs);
		return -1;
	}
	/*
	 * "4 FEES.", "CLAUSE TWO - ...", "ARTICLE - 17 ..." split off the
	 * clause run on after it: a number without its stop, going on.
	 */
	if (sp->label.style == STYLE_NONE && sp->nlines == 1 && sp->md_level < 0 &&
	    (kind == PARA_BODY || kind == PARA_HEADING)) {
		size_t at = skip_emphasis(doc->text.ptr, sp->start, sp->end);
		struct label lab;

		if (outline_parse_unstopped(&sp->outline, doc->text.ptr + at,
					    doc->text.ptr + sp->end, &lab)) {
			sp->label = lab;
			sp->label_at = at;
			sp->body = at + sp->label.body;
		} else if (title_over_first_clause(sp, &lab)) {
			sp->label = lab;
			sp->label_at = sp->start;
			sp->body = sp->start + sp->label.body;
			kind = PARA_HEADING;
		}
	}
	caption = sp->nlines == 1 ? reads_as_caption(sp) : sp->caption;
	/* The first line of a document in title case is its title. */
	if (!doc->npara && sp->nlines == 1 && sp->label.style == STYLE_NONE &&
	    doc->text.ptr[sp->end - 1] != '.' &&
	    outline_is_caption(doc->text.ptr, sp->start, sp->end, 1))
		caption = 1;
	if (sp->label.style != STYLE_NONE)
		label = arena_strndup(&doc->arena, doc->text.ptr + sp->label_at,
				      sp->label.len);
	if (sp->md_level >= 0) {
		int inside = label ? -1 : outline_heading_in_clause(&sp->outline, sp->md_level);

		kind = PARA_HEADING;
		/* Inside the number open above it where its items go on after it. */
		if (inside >= 0 && item_follows(sp))
			level = outline_subheading(&sp->outline, inside);
		else
			level = outline_heading(&sp->outline, &sp->label, sp->md_level);
		sp->ending = 0;
	} else if (label) {
		if (kind == PARA_BODY && caption)
			kind = PARA_HEADING;
		level = outline_level_at(&sp->outline, &sp->label, sp->col, sp->lead,
					 (kind == PARA_HEADING ? OUTLINE_HEADING : 0) |
					 outline_label_reads(&sp->label, doc->text.ptr, sp->body,
							     sp->end, sp->nlines == 1) |
					 (doc->npara && doc->paras[doc->npara - 1].kind == PARA_HEADING ?
					  OUTLINE_AFTER_HEADING : 0), &nest);
		if (sp->ending)
			end_list(sp, sp->label.style > STYLE_MD_HEADING && level >= sp->end_level);
	} else {
		int list_level = 0;

		if (kind == PARA_BODY && caption)
			kind = PARA_HEADING;
		nest = outline_unindented(&sp->outline, sp->col,
					  !sp->ending && doc->npara && leads_on(doc, doc->npara - 1),
					  &list_level);
		if (nest == NEST_END && !sp->ending) {
			/* A page number or a sentence run across a page break goes on with the item. */
			if (!opens_sentence(doc->text.ptr, sp->body, sp->end)) {
				nest = NEST_NONE;
			} else {
				sp->ending = 1;
				sp->end_first = doc->npara;
				sp->end_level = list_level;
			}
		}
	}
	if (!label && kind == PARA_BODY && sp->end - sp->body > 18 &&
	    !strncasecmp(doc->text.ptr + sp->body, "in witness whereof", 18)) {
		/* The testimonium: the clauses have ended, what follows is signed. */
		outline_init(&sp->outline);
		sp->ending = 0;
		sp->closes = 1;
	}
	if (sp->closes && !label)
		nest = NEST_CLOSE;
	sp->closes = 0;
	if (!label && kind == PARA_HEADING)
		outline_caption(&sp->outline);
	track_bullets(sp, kind, label != NULL);
	p = document_add_paragraph(doc, kind, sp->start, sp->end);
	p->body = sp->body;
	p->label = label;
	p->level = level;
	p->nest = nest;
	p->source = sp->first_line;
	return 0;
}

/*
 * EDGAR text renders a page break as a run of blank lines, often in the
 * middle of a sentence: "then any Party which\n\n\n\n\nceases to own".
 * A paragraph that stops on a word or comma and a line that goes on in
 * lower case are one paragraph across the gap (the buffer keeps the blank
 * lines; the paragraph record simply spans them).
 */
static int continues_after_gap(const struct splitter *sp, const struct line *l)
{
	const char *t = sp->doc->text.ptr;
	unsigned char last = (unsigned char)t[sp->end - 1];
	struct label lab;

	if (sp->kind != PARA_BODY || sp->md_level >= 0 || sp->caption)
		return 0;
	if (!islower(last) && last != ',')
		return 0;
	if (!islower((unsigned char)t[l->first]))
		return 0;
	return !outline_parse_label(t + l->first, t + l->last, &lab);
}

/*
 * The column byte `at` of line l stands at: tabs to the next multiple of
 * 4, as Markdown reads them, a character of several bytes ("\u2022", a
 * no-break space) one column.
 */
static int column_at(const char *t, const struct line *l, size_t at)
{
	size_t i;
	int col = 0;

	for (i = l->start; i < at && col < INT_MAX - 4; i++) {
		if (t[i] == '\t')
			col = (col / 4 + 1) * 4;
		else if (((unsigned char)t[i] & 0xC0) != 0x80)
			col++;   /* a character, not its continuation bytes */
	}
	return col;
}

/* The column the text of line l opens at. */
static int line_column(const char *t, const struct line *l)
{
	return column_at(t, l, l->first);
}

/* Starts gathering a paragraph at `at` on line l. */
static void open_paragraph(struct splitter *sp, const struct line *l,
			   size_t at, enum para_kind kind)
{
	sp->open = 1;
	sp->col = at == l->first ? line_column(sp->doc->text.ptr, l) : -1;
	sp->lead = sp->col;
	sp->start = sp->body = at;
	sp->end = l->last;
	sp->first_line = l->number;
	sp->nlines = 1;
	sp->kind = kind;
	sp->md_level = -1;
	sp->caption = 0;
	sp->gap = 0;
	memset(&sp->label, 0, sizeof(sp->label));
}

/* Markdown bold or underscores around a label: "**1. Definitions**". */
static size_t skip_emphasis(const char *t, size_t at, size_t end)
{
	if (at + 2 < end && (!strncmp(t + at, "**", 2) || !strncmp(t + at, "__", 2)))
		return at + 2;
	return at;
}

/* Bytes a number in emphasis of its own may take before the emphasis closes. */
#define EMPHASIS_LABEL_MAX 16

/*
 * A number glued to its title inside emphasis at t[m..end): "2.4." and a
 * capital opening a word ("**2.4.Feedback.**").  Not a decimal or a date
 * ("2.4.2020"), nor a version ("v1.2.Beta"): a digit must open it.
 */
static int glued_number(const char *t, size_t m, size_t end, struct label *lab)
{
	size_t k = m;

	while (k < end && k - m < EMPHASIS_LABEL_MAX && (isdigit((unsigned char)t[k]) || t[k] == '.'))
		k++;
	if (k == m || !isdigit((unsigned char)t[m]) || t[k - 1] != '.' || k + 1 >= end ||
	    !isupper((unsigned char)t[k]) || !islower((unsigned char)t[k + 1]))
		return 0;
	if (!outline_parse_label(t + m, t + k, lab) || lab->style != STYLE_NUMBER ||
	    lab->len != k - m)
		return 0;
	lab->body = k - m;
	return 1;
}

/*
 * Whether a title in emphasis of its own opens t[at..end), after blanks:
 * "**Licence to us.**", `mark` ('*' or '_') doubled, then a capital.
 */
static int emphasised_title(const char *t, size_t at, size_t end, char mark)
{
	if (at >= end || (t[at] != ' ' && t[at] != '\t'))
		return 0;
	while (at < end && (t[at] == ' ' || t[at] == '\t'))
		at++;
	return at + 2 < end && t[at] == mark && t[at + 1] == mark &&
	       isupper((unsigned char)t[at + 2]);
}

/*
 * A label at t[s..end), in emphasis or not: "**1. Definitions**", a
 * number in emphasis of its own, closed before its text ("**2.** You
 * agree", "__3\.__ Fees"), one without its stop before a title in
 * emphasis ("**2.1** **Licence to us.**", "**2** **Fees.**"), and one
 * glued to its title in emphasis ("**2.4.Feedback.**").  Sets *at to the marker's first byte;
 * lab->body counts from there.
 */
static int read_label(const char *t, size_t s, size_t end, struct label *lab, size_t *at)
{
	size_t m = skip_emphasis(t, s, end), k;

	*at = m;
	if (outline_parse_label(t + m, t + end, lab))
		return 1;
	if (m == s)
		return 0;
	if (glued_number(t, m, end, lab))
		return 1;
	for (k = m; k + 1 < end && k - m < EMPHASIS_LABEL_MAX && t[k] != t[s]; k++)
		;
	if (k + 1 >= end || t[k] != t[s] || t[k + 1] != t[s])
		return 0;
	if (!outline_parse_label(t + m, t + k, lab) || lab->len != k - m ||
	    lab->style != STYLE_NUMBER || t[k - 1] != '.') {
		/* "**2.1** **Licence to us.**": no stop, but a title in emphasis. */
		if (!emphasised_title(t, k + 2, end, t[s]) ||
		    (!(outline_parse_label(t + m, t + k, lab) && lab->len == k - m &&
		       lab->style == STYLE_NUMBER) &&
		     !outline_parse_unstopped(NULL, t + m, t + k, lab)) ||
		    lab->style != STYLE_NUMBER)
			return 0;
	}
	k += 2;
	if (k < end && t[k] != ' ' && t[k] != '\t')
		return 0;
	while (k < end && (t[k] == ' ' || t[k] == '\t'))
		k++;
	lab->body = k - m;
	return 1;
}

static int letter_label(struct splitter *sp, const struct line *l, size_t s,
			struct label *lab, size_t *at);
static void copy_letters(char *dst, const char *s);

/* The end of the cell that starts at s, before its closing bar, blanks trimmed. */
static size_t cell_end(const char *t, size_t s, size_t last, size_t *next)
{
	const char *bar = memchr(t + s, '|', last - s);
	size_t e = bar ? (size_t)(bar - t) : last;

	*next = bar ? e + 1 : last;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	return e;
}

/*
 * A Markdown table of clauses, "| 4.2 | Vendor shall not ... |": the
 * number alone in the first cell labels the row, as a DOCX table set out
 * in two columns does, where the next cell holds a clause (a sentence,
 * not figures: "| 1 | Uptime | 99.9% |" is no clause).
 */
static void take_row_label(struct splitter *sp, const struct line *l)
{
	const char *t = sp->doc->text.ptr;
	size_t s = l->first + 1, e, next, cs, ce;
	struct label lab, own;

	while (s < l->last && (t[s] == ' ' || t[s] == '\t'))
		s++;
	e = cell_end(t, s, l->last, &next);
	if (s >= e || !outline_parse_label(t + s, t + e, &lab) || s + lab.body < e)
		return;
	if (!outline_cell_label_is_clause(&lab) && lab.style != STYLE_NUMBER &&
	    lab.style != STYLE_ARTICLE)
		return;
	for (cs = next; cs < l->last && (t[cs] == ' ' || t[cs] == '\t'); cs++)
		;
	ce = cell_end(t, cs, l->last, &next);
	/* "| 1 | 1.1 The Vendor shall ... |": the clause has its own number. */
	if (outline_parse_label(t + cs, t + ce, &own) || !outline_cell_is_clause(t, cs, ce))
		return;
	sp->label = lab;
	sp->label_at = s;
	sp->body = cs;
}

/* Reads a label at `at`, if there is one, into the open paragraph. */
static int take_label(struct splitter *sp, const struct line *l, size_t at)
{
	const char *t = sp->doc->text.ptr;
	struct label lab;

	if (!read_label(t, at, l->last, &lab, &at)) {
		if (!letter_label(sp, l, at, &lab, &at))
			return 0;
		copy_letters(sp->run_letter, t + at);
		sp->run_next = lab.ordinal + 1;
	}
	sp->label = lab;
	sp->label_at = at;
	sp->body = at + lab.body;
	return 1;
}

/*
 * A bullet that carries a number or an enumeration, "*   1\. OUR
 * SERVICES", "- **2\. What You Cannot Do.**", "*   (a) we may", "    *
 * iv. Don't": it is the item's label, at the column it stands at, the
 * bullet's column its lead.  Not in a bullet nested in one with no label
 * of its own; nor a keyword's ("*   Section 3") or a lettered number's.
 */
static void take_bullet_number(struct splitter *sp, const struct line *l, size_t text)
{
	const char *t = sp->doc->text.ptr;
	struct label lab;
	size_t at, mark = text;

	int lead;

	if (!read_label(t, text, l->last, &lab, &at) ||
	    (lab.style != STYLE_NUMBER && lab.style <= STYLE_MD_HEADING))
		return;
	while (mark > l->first && (t[mark - 1] == ' ' || t[mark - 1] == '\t'))
		mark--;
	lead = column_at(t, l, mark - 1);
	/* Nested in a bullet whose own label is left to it: an item of that. */
	if (sp->nbullets && sp->bullets[0] < lead)
		return;
	sp->label = lab;
	sp->label_at = at;
	sp->body = at + lab.body;
	sp->lead = lead;
	sp->col = column_at(t, l, text);
}

/*
 * Keeps sp->bullets for the paragraph being flushed: it closes the
 * bullets at its column or right of it, and a bullet without a number
 * opens.  A heading closes them all.
 */
static void track_bullets(struct splitter *sp, enum para_kind kind, int labelled)
{
	if (sp->md_level >= 0) {
		sp->nbullets = 0;
		return;
	}
	if (sp->lead < 0)
		return;
	while (sp->nbullets && sp->bullets[sp->nbullets - 1] >= sp->lead)
		sp->nbullets--;
	if (kind != PARA_LIST_ITEM || labelled)
		return;
	if (sp->nbullets == (int)ARRAY_SIZE(sp->bullets)) {
		memmove(sp->bullets, sp->bullets + 1, sizeof(sp->bullets) - sizeof(sp->bullets[0]));
		sp->nbullets--;
	}
	sp->bullets[sp->nbullets++] = sp->lead;
}

/*
 * Words whose full stop is not the end of a clause: a number or a name
 * follows them ("No. 5", "Sec. 4", "U.S. 1.1").
 */
static int is_reference_word(const char *w, size_t n)
{
	/*
	 * Each word with its closing NUL in WORD_MAX + 1 bytes, so that a
	 * longer word (most of those asked about) is no reference word
	 * without reading the list.  A word of WORD_MAX + 1 letters added
	 * here would lose its NUL: the assertion below the list catches it.
	 */
	enum { WORD_MAX = 4 };
	static const char words[][WORD_MAX + 1] = {
		"no", "nos", "vs", "v", "sec", "secs", "art", "arts", "para",
		"p", "pp", "ch", "cl", "e.g", "i.e", "u.s", "cf", "fig", "mr",
		"mrs", "ms", "dr", "st", "op", "vol",
	};
	size_t i;
	int c;

	if (n == 1 && isalpha((unsigned char)w[0]))
		return 1;   /* an initial: "J. Smith" */
	if (!n || n > WORD_MAX)
		return 0;
	c = tolower((unsigned char)w[0]);
	for (i = 0; i < ARRAY_SIZE(words); i++) {
		assert(words[i][WORD_MAX] == '\0');
		if (c == words[i][0] && strlen(words[i]) == n && !strncasecmp(w, words[i], n))
			return 1;
	}
	return 0;
}

/*
 * Whether a word ending in a byte may end in a stop for stop_before: the stop
 * itself, a closing quote or bracket it looks through ('"', '\'', ')',
 * '*', '_', the last byte of a curly quote), or the '-' of ":-".
 */
static const unsigned char may_end_stop[256] = {
	['.'] = 1, [':'] = 1, ['"'] = 1, ['\''] = 1, [')'] = 1, ['*'] = 1, ['_'] = 1,
	[0x9D] = 1, [0x99] = 1, ['-'] = 1,
};

/*
 * Whether the text of the open paragraph ends, just before the blank at
 * `j`, with a full stop or colon that can close a clause.  Returns the mark
 * or 0.
 */
static char stop_before(const struct splitter *sp, size_t j)
{
	const char *t = sp->doc->text.ptr;
	size_t k = j, w;

	for (;;) {
		/* Not strchr(): this runs for every capitalised word. */
		if (k > sp->body && (t[k - 1] == '"' || t[k - 1] == '\'' ||
				     t[k - 1] == ')' || t[k - 1] == '*' ||
				     t[k - 1] == '_')) {
			k--;
		} else if (k >= sp->body + 3 &&
			   ((unsigned char)t[k - 1] == 0x9D ||
			    (unsigned char)t[k - 1] == 0x99) &&
			   (unsigned char)t[k - 3] == 0xE2 &&
			   (unsigned char)t[k - 2] == 0x80) {
			k -= 3;
		} else {
			break;
		}
	}
	if (k > sp->body + 2 && t[k - 1] == '-' && t[k - 2] == ':')
		k--;    /* "as follows:-" */
	if (k <= sp->body + 1 || (t[k - 1] != '.' && t[k - 1] != ':'))
		return 0;
	if (t[k - 1] == ':')
		return ':';
	if (t[k - 2] == '.')
		return 0;   /* an ellipsis */
	w = k - 1;
	while (w > sp->body && (isalnum((unsigned char)t[w - 1]) || t[w - 1] == '.'))
		w--;
	if (is_reference_word(t + w, k - 1 - w))
		return 0;
	return '.';
}

/*
 * Length of a short abbreviation at t[i..end): a capital, at most three
 * lower-case letters, a full stop ("Civ.", "P."); 0 if none.
 */
static size_t abbreviation_at(const char *t, size_t i, size_t end)
{
	size_t k = i + 1;

	if (i >= end || !isupper((unsigned char)t[i]))
		return 0;
	while (k < end && k - i <= 3 && islower((unsigned char)t[k]))
		k++;
	return k < end && t[k] == '.' ? k + 1 - i : 0;
}

/*
 * Whether two short abbreviations follow t[i]: "R. Civ. P. 26" is a
 * citation, not clause "R." with a caption.  "B. Fees. Customer shall" is
 * a clause.
 */
static int abbreviations_follow(const char *t, size_t i, size_t end)
{
	size_t n = abbreviation_at(t, i, end);

	if (!n)
		return 0;
	i += n;
	if (i >= end || t[i] != ' ')
		return 0;
	while (i < end && t[i] == ' ')
		i++;
	return abbreviation_at(t, i, end) != 0;
}

/*
 * A label found mid-line must look like the start of a clause: a number,
 * keyword or bracketed enumerator, then a capital.  "a." or "1)" after a
 * full stop are too often something else.
 */
static int inline_label_ok(const char *t, size_t at, size_t end,
			   const struct label *lab, char stop)
{
	const unsigned char *b = (const unsigned char *)t + at + lab->body;

	if (at + lab->body >= end)
		return 0;
	if (*b == '(') {
		struct label inner;
		size_t in_at = at + lab->body;

		/* "(b) (i) Provider shall": the outer label opens the clause. */
		if (!outline_parse_label(t + in_at, t + end, &inner) ||
		    in_at + inner.body >= end)
			return 0;
		b = (const unsigned char *)t + in_at + inner.body;
	}
	if (!isupper(*b) && *b != '"' && *b != '*' && *b != 0xE2)
		return 0;
	switch (lab->style) {
	case STYLE_NUMBER:
		return stop != ':' || t[at + lab->len - 1] == '.';
	case STYLE_SECTION:
	case STYLE_ARTICLE:
		/*
		 * "Paragraph 2." and "Part 3" head a line of their own; mid-line
		 * they are cited ("... PARAGRAPH 2.2 LICENSE GRANT of the
		 * Agreement sets forth").
		 */
		return t[at] != 'P' && t[at] != 'p';
	case STYLE_ALNUM:
		return stop == '.';
	case STYLE_PAREN_LOWER:
	case STYLE_PAREN_UPPER:
	case STYLE_PAREN_ROMAN:
	case STYLE_PAREN_ROMAN_UP:
	case STYLE_PAREN_DIGIT:
		return stop == '.';
	case STYLE_DOT_UPPER:
	case STYLE_DOT_ROMAN_UP:
		return stop == '.' && !abbreviations_follow(t, at + lab->body, end);
	default:
		return 0;
	}
}

/*
 * Clauses run together on one line, as in most EDGAR exhibits: "... as
 * follows: 1. Services. 1.1 Provision of Services. (a) Provider agrees".
 * A label right after a full stop (or a number after a colon) starts a
 * paragraph of its own; the line's text from `from` on is scanned.
 */
/* What a label can start with: a digit, '(', a capital or "§" (0xC2 0xA7). */
static int may_open_label(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '(' ||
	       c == 0xC2;
}

/*
 * Offset of the first blank (' ' or '\t') in t[i..end), or end.  This runs
 * over every word of every line, so eight bytes are tested at once: a byte
 * below '!' borrows into its top bit when 0x21 is taken away, and the
 * lowest such bit is exact (a borrow only spills upwards, out of a byte
 * that is below '!' itself).  A control byte that is not a blank is
 * stepped over.
 */
static inline size_t next_blank(const char *t, size_t i, size_t end)
{
	const uint64_t ones = SWAR_ONES, tops = SWAR_TOPS;

	while (i + 8 <= end) {
		uint64_t w = swar_load_le64(t + i), low = (w - 0x21 * ones) & ~w & tops;

		if (!low) {
			i += 8;
			continue;
		}
		i += (size_t)__builtin_ctzll(low) / 8;
		if (t[i] == ' ' || t[i] == '\t')
			return i;
		i++;
	}
	while (i < end && t[i] != ' ' && t[i] != '\t')
		i++;
	return i;
}

/*
 * The first k in [i, end) with a digit at t[k] and a full stop or colon
 * at t[k - 1] (i >= 1), or end: where glued_clause can find a number.
 * Such a stop is rare beside the words of a line, so memchr() finds the
 * next '.' and the next ':'; *dot and *colon keep where they are (0 at
 * first, end when there is none) for the next call, whose i must not be
 * smaller.
 */
static size_t next_stop_digit(const char *t, size_t i, size_t end, size_t *dot, size_t *colon)
{
	size_t p = i - 1, q;

	for (;;) {
		const char *m;

		if (*dot < p) {
			m = p < end ? memchr(t + p, '.', end - p) : NULL;
			*dot = m ? (size_t)(m - t) : end;
		}
		if (*colon < p) {
			m = p < end ? memchr(t + p, ':', end - p) : NULL;
			*colon = m ? (size_t)(m - t) : end;
		}
		q = *dot < *colon ? *dot : *colon;
		if (q + 1 >= end)
			return end;
		if (isdigit((unsigned char)t[q + 1]))
			return q + 1;
		p = q + 1;
	}
}

/*
 * A clause number glued to the full stop before it, in a word t[w..j)
 * of line l: "... IN ADVANCE.18.2 EXCEPT", "... of the Services.18\.
 * Limitation", as a page flattened onto one line runs them on (looked
 * for from `first` on, next_stop_digit's answer).  Returns
 * the label's offset and fills *lab, or 0.  The number has two groups
 * or Markdown's "\." ("18.2", "18\."); it is the next clause ("19\."
 * after 18, "1\." before any) or one of the open one or the next
 * ("18.2" in 18, "19.1" after it); a capital opens its text; and the
 * stop ends a word of two letters or more that is no reference
 * ("No.1", "Sec.4.2", "U.S.2.3"; any word before "\."), or a bracket
 * or quote.  Not after a digit: "Section 10.10.3" is read as written.
 * Markdown's "2\." that goes on from no clause open (an exhibit's own
 * list after "20\.") is returned with *restart set: the run of clauses
 * ends there.
 */
static size_t glued_clause(const struct splitter *sp, const struct line *l, size_t w,
			   size_t first, size_t j, struct label *lab, int *restart)
{
	const char *t = sp->doc->text.ptr;
	size_t k, a;
	unsigned long open;

	for (k = first; k < j; k++) {
		unsigned char b = (unsigned char)t[k - 2];

		int escaped;

		if (!isdigit((unsigned char)t[k]) || (t[k - 1] != '.' && t[k - 1] != ':') ||
		    (!isalpha(b) && b != ')' && b != '"' && b != '*' && b != 0x9D))
			continue;   /* "1.1.1": each number is parsed once, after a word */
		if (!outline_parse_label(t + k, t + l->last, lab) || lab->style != STYLE_NUMBER ||
		    !lab->ordinal)
			continue;
		escaped = t[k + lab->len - 2] == '\\';
		if (lab->depth < 2 && !escaped)
			continue;
		if (isalpha(b)) {
			for (a = k - 1; a > w && isalpha((unsigned char)t[a - 1]); a--)
				;
			if (!escaped && (k - 1 - a < 2 || is_reference_word(t + a, k - 1 - a)))
				continue;
		}
		if (!inline_label_ok(t, k, l->last, lab, '.'))
			continue;
		open = sp->label.style == STYLE_NUMBER ? sp->label.ordinal
						       : outline_open_number(&sp->outline);
		*restart = lab->ordinal != open + 1 && (lab->depth < 2 || lab->ordinal != open);
		if (!*restart || escaped)
			return k;
	}
	return 0;
}

/* Blanks that end a caption in flattened layout ("FORCE MAJEURE   No Party"). */
#define WIDE_GAP 3

/* The first run of WIDE_GAP blanks in t[i..end), or end. */
static size_t wide_gap(const char *t, size_t i, size_t end)
{
	size_t run = 0;

	for (; i < end; i++) {
		if (t[i] != ' ' && t[i] != '\t') {
			run = 0;
		} else if (++run == WIDE_GAP) {
			return i + 1 - WIDE_GAP;
		}
	}
	return end;
}

/* The longest such heading split off a flattened line. */
#define UNSTOPPED_HEADING_MAX 120

/* "ARTICLE ", "CLAUSE ", "SECTION " in capitals at t[at..end). */
static int heading_keyword_at(const char *t, size_t at, size_t end)
{
	switch (t[at]) {
	case 'A':
		return end - at > 8 && !strncmp(t + at, "ARTICLE ", 8);
	case 'C':
		return end - at > 7 && !strncmp(t + at, "CLAUSE ", 7);
	case 'S':
		return end - at > 8 && !strncmp(t + at, "SECTION ", 8);
	default:
		return 0;
	}
}

/*
 * An article's or clause's heading typed without its stop ("ARTICLE -
 * 20 FORCE MAJEURE", "CLAUSE TWO - FEES") at t[at..title_end), title_end
 * the wide gap after it or the line's end: outline_parse_unstopped, the
 * number going on from the clause before it, the one being read
 * (sp->label) included.  Only a keyword in capitals: a line of prose
 * does not open on one.
 */
static int unstopped_heading_at(const struct splitter *sp, size_t at, size_t title_end)
{
	const char *t = sp->doc->text.ptr;
	struct outline ol;
	struct label lab;

	if (title_end - at > UNSTOPPED_HEADING_MAX || !heading_keyword_at(t, at, title_end))
		return 0;
	ol = sp->outline;
	if (sp->label.style != STYLE_NONE)
		outline_level(&ol, &sp->label);
	return outline_parse_unstopped(&ol, t + at, t + title_end, &lab);
}

/*
 * split_inline's step over plain words, eight bytes at a time: from the
 * blank at j (j <= lim, the word w..j not empty), while each blank b up to
 * lim has no stop-ish byte before it and no blank after it, go on.  Returns
 * the start of the word the step-over loop would reach (w if none): just
 * after the last such blank before the first blank that fails, or before
 * the eight bytes it can no longer test.  Over-wide masks (any byte up to
 * 0x20; below ';', '_' or above 'z' or non-ASCII) are checked exactly.
 */
static size_t skip_plain_words(const char *t, size_t w, size_t j, size_t lim, size_t end)
{
	const uint64_t ones = SWAR_ONES, tops = SWAR_TOPS;
	size_t p = j, q, k, last;

	/* The last p whose t[p - 1 .. p + 9) is in the line and t[p .. p + 8) up to lim. */
	if (end < 9 || lim < 7)
		return w;
	last = end - 9 < lim - 7 ? end - 9 : lim - 7;
	for (; p <= last; p += 8) {
		uint64_t w0 = swar_load_le64(t + p), wm = swar_load_le64(t + p - 1),
			 wp = swar_load_le64(t + p + 1);
		uint64_t blank = (w0 - 0x21 * ones) & ~w0 & tops;
		uint64_t after = (wp - 0x21 * ones) & ~wp;
		/* Below ';', '_' and "{|}~" (0x7B up once 0x20 is set), non-ASCII. */
		uint64_t before = ((wm - 0x3B * ones) & ~wm) | wm |
				  ((wm | 0x20 * ones) + 0x05 * ones);
		uint64_t cand = blank & (before | after);

		while (cand) {
			unsigned bit = (unsigned)__builtin_ctzll(cand);
			uint64_t below;

			q = p + bit / 8;
			if ((t[q] != ' ' && t[q] != '\t') ||
			    (!may_end_stop[(unsigned char)t[q - 1]] && t[q + 1] != ' ' &&
			     t[q + 1] != '\t')) {
				cand &= cand - 1;
				continue;
			}
			/*
			 * The word before q starts after the last blank below
			 * it: the mask's highest bit there, when that is a
			 * blank (a borrow can mark a byte after a blank).
			 */
			below = blank & ((UINT64_C(1) << (bit & ~7u)) - 1);
			if (below) {
				k = p + (size_t)(63 - __builtin_clzll(below)) / 8;
				if (t[k] == ' ' || t[k] == '\t')
					return k + 1;
			}
			goto found;
		}
	}
	q = p;
found:
	/*
	 * Back from q to the last blank after j, eight bytes at a time while
	 * none is below 0x21; a byte that is (or that a borrow marks) is
	 * taken when it is a blank, else the bytes are read one by one.
	 */
	for (k = q; k >= j + 8; k -= 8) {
		uint64_t w8 = swar_load_le64(t + k - 8);
		uint64_t low = (w8 - 0x21 * ones) & ~w8 & tops;

		if (low) {
			size_t b = k - 8 + (size_t)(63 - __builtin_clzll(low)) / 8;

			if (t[b] == ' ' || t[b] == '\t')
				return b + 1;
			break;
		}
	}
	for (; k > j && t[k - 1] != ' ' && t[k - 1] != '\t'; k--)
		;
	return k > j ? k : w;
}

static int split_inline(struct splitter *sp, const struct line *l, size_t from,
			struct buf *err)
{
	const char *t = sp->doc->text.ptr;
	size_t j, at, w;
	/*
	 * The first place a glued number can be (next_stop_digit) from the
	 * word's second byte on: the words only go forward, so one answer
	 * serves the line until a word reaches it, and the next '.' and ':'
	 * are found once each.
	 */
	size_t glue = 0, dot = 0, colon = 0;
	const size_t end = l->last;

	for (j = from; j < l->last; j = at) {
		struct label lab;
		char stop;
		int restart;

		/* A label follows a blank: go from blank to blank. */
		w = j;
		j = next_blank(t, j, l->last);
		/*
		 * Step over the words split_inline has nothing to do with: no
		 * glued number in them, no stop at their end and one blank
		 * after them (the tests below, all failing).
		 */
		if (glue >= j && j > w && j + 1 < end) {
			size_t lim = glue < end - 2 ? glue : end - 2;
			size_t nw = skip_plain_words(t, w, j, lim, end);

			if (nw != w) {
				w = nw;
				j = next_blank(t, w, end);
			}
		}
		while (glue >= j && j > w && j + 1 < end && !may_end_stop[(unsigned char)t[j - 1]] &&
		       t[j + 1] != ' ' && t[j + 1] != '\t') {
			w = j + 1;
			j = next_blank(t, w, end);
		}
		if (glue < j && glue < w + 2)
			glue = next_stop_digit(t, w + 2, end, &dot, &colon);
		if (glue < j && (at = glued_clause(sp, l, w, glue, j, &lab, &restart)) != 0) {
			sp->end = at;
			if (flush_paragraph(sp, err))
				return -1;
			open_paragraph(sp, l, at, PARA_BODY);
			if (restart) {
				/* No clause of the run: what follows is in none. */
				outline_init(&sp->outline);
				sp->ending = 0;
				sp->closes = 1;
				at = j;
				continue;
			}
			sp->label = lab;
			sp->label_at = at;
			sp->body = at + lab.body;
			at = sp->body;
			continue;
		}
		if (j >= l->last)
			break;
		at = j + 1;
		while (at < l->last && (t[at] == ' ' || t[at] == '\t'))
			at++;
		if (at >= l->last)
			break;
		/*
		 * Most words end in none of what stop_before looks through or
		 * at, and are followed by no wide gap: nothing below can hold.
		 */
		if (at - j < WIDE_GAP && j > w && !may_end_stop[(unsigned char)t[j - 1]])
			continue;
		if (at - j >= WIDE_GAP && sp->label.style == STYLE_NONE && sp->nlines == 1 &&
		    sp->start >= l->first && j - sp->start <= UNSTOPPED_HEADING_MAX &&
		    heading_keyword_at(t, sp->start, j) && wide_gap(t, sp->start, l->last) == j &&
		    !outline_parse_label(t + at, t + l->last, &lab) &&
		    unstopped_heading_at(sp, sp->start, j)) {
			/*
			 * "ARTICLE - 21 WAIVER   Failure or delay ...": the title
			 * ends at the gap (before a clause's label the split below
			 * is made as for any caption).
			 */
			sp->end = j;
			if (flush_paragraph(sp, err))
				return -1;
			open_paragraph(sp, l, at, PARA_BODY);
			continue;
		}
		if (!may_open_label((unsigned char)t[at]))
			continue;
		stop = stop_before(sp, j);
		/* A wide gap is how a caption ends in flattened layout. */
		if (!stop && at - j >= 3 && isdigit((unsigned char)t[at]))
			stop = ' ';
		if (!stop || !outline_parse_label(t + at, t + l->last, &lab) ||
		    !inline_label_ok(t, at, l->last, &lab, stop)) {
			/*
			 * "ARTICLE - 20 FORCE MAJEURE" run on after a clause:
			 * a paragraph of its own (its title ends at the gap after it).
			 */
			size_t g, lim = l->last - at > UNSTOPPED_HEADING_MAX ?
					at + UNSTOPPED_HEADING_MAX : l->last;

			if ((stop || at - j >= WIDE_GAP) && heading_keyword_at(t, at, l->last) &&
			    ((g = wide_gap(t, at, lim)) < lim || lim == l->last) &&
			    unstopped_heading_at(sp, at, g)) {
				sp->end = j;
				if (flush_paragraph(sp, err))
					return -1;
				open_paragraph(sp, l, at, PARA_BODY);
			}
			continue;
		}
		sp->end = j;
		if (flush_paragraph(sp, err))
			return -1;
		open_paragraph(sp, l, at, PARA_BODY);
		sp->label = lab;
		sp->label_at = at;
		sp->body = at + lab.body;
		at = sp->body;
	}
	return 0;
}

/* Reads the line at `pos` into *l; returns where the next one starts. */
static size_t read_line(const char *t, size_t len, size_t pos, struct line *l)
{
	const char *nl = memchr(t + pos, '\n', len - pos);

	l->start = pos;
	l->end = nl ? (size_t)(nl - t) : len;
	trim_line(t, l);
	return l->end + 1;
}

/* How far a letter-number label looks ahead for the next of its run, at most. */
#define LETTER_RUN_LOOKAHEAD_BYTES (16 * 1024)

/*
 * Whether a and b open with the same capitals before their digits: "SC1"
 * and "SC2" go on with each other, "S1" and "SC2" do not.
 */
static int same_letters(const char *a, const char *b)
{
	size_t i;

	for (i = 0; i < OUTLINE_LETTER_PREFIX_MAX && isupper((unsigned char)a[i]); i++)
		if (a[i] != b[i])
			return 0;
	return !isupper((unsigned char)b[i]);
}

/* The capitals that open label s, as the run's, into dst (NUL-terminated). */
static void copy_letters(char *dst, const char *s)
{
	size_t i;

	for (i = 0; i < OUTLINE_LETTER_PREFIX_MAX && isupper((unsigned char)s[i]); i++)
		dst[i] = s[i];
	dst[i] = '\0';
}

/* Capitals and a number at t[s..end), in emphasis or not: "A2. Customer Content". */
static int letter_number_at(const char *t, size_t s, size_t end, struct label *lab, size_t *at)
{
	*at = skip_emphasis(t, s, end);
	return outline_parse_letter_number(t + *at, t + end, lab);
}

/*
 * A letter and a number opening line l at s ("A2. Customer Content.",
 * "S3 Support"), read as a label where it stands in a run of them with
 * the same letter and rising numbers: it is the next of the run taken
 * so far, or the next such line, within LETTER_RUN_LOOKAHEAD_BYTES,
 * carries the same letter and the number after it.  One alone ("A1
 * Steak", "D04 X2K5") is prose.  The look ahead stops at the first line
 * of the form, so the lines looked over between two of them are read
 * once (a line may be asked about twice: it is remembered).
 */
static int letter_label(struct splitter *sp, const struct line *l, size_t s,
			struct label *lab, size_t *at)
{
	const char *t = sp->doc->text.ptr;
	size_t len = sp->doc->text.len, pos = l->end + 1, limit, next_at;
	struct label next;
	struct line n;

	if (!letter_number_at(t, s, l->last, lab, at))
		return 0;
	if (same_letters(t + *at, sp->run_letter) && lab->ordinal == sp->run_next)
		return 1;
	if (sp->run_checked == l->start + 1)
		return sp->run_ok;
	sp->run_checked = l->start + 1;
	sp->run_ok = 0;
	if (pos >= len)
		return 0;
	limit = len - pos > LETTER_RUN_LOOKAHEAD_BYTES ? pos + LETTER_RUN_LOOKAHEAD_BYTES : len;
	while (pos < limit) {
		pos = read_line(t, limit, pos, &n);
		if (n.first < n.last && letter_number_at(t, n.first, n.last, &next, &next_at)) {
			sp->run_ok = same_letters(t + next_at, t + *at) &&
				     next.ordinal == lab->ordinal + 1;
			break;
		}
	}
	return sp->run_ok;
}

/* Contents lines whose headings are looked for further on, per block. */
#define TOC_SAVED 3
/* Blocks per document that may look ahead for their headings, and how far. */
#define TOC_MAX_LOOKAHEADS 64
#define TOC_LOOKAHEAD_BYTES (256 * 1024)

struct toc_saved {
	const char *s;
	struct toc_entry entry;
};

/*
 * Whether one of the saved contents lines comes back as a heading in the
 * OUTLINE_TOC_LOOKAHEAD lines with text from `pos` on (at most four times
 * as many lines in all, and TOC_LOOKAHEAD_BYTES).
 */
static int toc_headings_follow(const char *t, size_t len, size_t pos,
			       const struct toc_saved *saved, size_t nsaved)
{
	struct line prev = { 0, 0, 0, 0, 0 }, l;
	int have_prev = 0;
	size_t seen = 0, lines = 0, k;

	/* Blank lines and long ones count too: the look is bounded in bytes. */
	if (pos >= len)
		return 0;
	if (len - pos > TOC_LOOKAHEAD_BYTES)
		len = pos + TOC_LOOKAHEAD_BYTES;
	while (pos < len && seen <= OUTLINE_TOC_LOOKAHEAD && lines++ < 4 * OUTLINE_TOC_LOOKAHEAD) {
		pos = read_line(t, len, pos, &l);
		if (l.first == l.last)
			continue;
		seen++;
		if (have_prev) {
			size_t at = skip_emphasis(t, prev.first, prev.last);

			for (k = 0; k < nsaved; k++)
				if (outline_toc_repeats(saved[k].s, &saved[k].entry, t + at,
							t + prev.last, t + l.first, t + l.last))
					return 1;
		}
		prev = l;
		have_prev = 1;
	}
	if (have_prev) {
		size_t at = skip_emphasis(t, prev.first, prev.last);

		for (k = 0; k < nsaved; k++)
			if (outline_toc_repeats(saved[k].s, &saved[k].entry, t + at,
						t + prev.last, NULL, NULL))
				return 1;
	}
	return 0;
}

/*
 * A table of contents starting at line `first`, which reads as a contents
 * line (outline.h): the run of such lines from there, through blank lines
 * and up to OUTLINE_TOC_MAX_GAP short unlabelled ones in a row that end
 * in no stop or comma (page numbers, "Page", a running head), or that
 * read as a contents line with furniture run on (outline_toc_run_on),
 * in the block when a contents line follows them.  It is a
 * contents block after a "Contents" heading, when every line has leaders,
 * or when its labels come back further on as headings, its pages in
 * order.  Returns the end
 * of its last contents line, or 0; sets sp->toc_walked to that end
 * whatever the answer, so that the run is not walked again.
 */
static size_t contents_block(struct splitter *sp, const struct line *first)
{
	const char *t = sp->doc->text.ptr;
	size_t len = sp->doc->text.len, pos = first->start, last_end = first->end;
	size_t lines = 0, gap = 0, blank = 0, nsaved = 0, k;
	struct toc_saved saved[TOC_SAVED];
	struct toc_run run;
	enum toc_verdict verdict;
	int heading = 0;
	struct line l;

	outline_toc_run_init(&run);
	while (pos < len && lines++ < OUTLINE_TOC_MAX_LINES) {
		size_t next = read_line(t, len, pos, &l), at;
		struct toc_entry entry;
		struct label lab;

		if (l.first == l.last) {
			if (++blank > MAX_PAGE_BREAK)
				break;
			pos = next;
			continue;
		}
		blank = 0;
		at = skip_emphasis(t, l.first, l.last);
		if (outline_toc_line(t + at, t + l.last, &entry)) {
			outline_toc_run_add(&run, &entry);
			if (entry.label && nsaved < TOC_SAVED) {
				saved[nsaved].s = t + at;
				saved[nsaved++].entry = entry;
			}
			last_end = l.end;
			gap = 0;
		} else if (run.lines && outline_toc_run_on(t + at, t + l.last, &entry)) {
			/* Page furniture run on: in the block if a contents line follows. */
			if (++gap > OUTLINE_TOC_MAX_GAP)
				break;
		} else if (!run.lines || ++gap > OUTLINE_TOC_MAX_GAP || l.last - l.first > 80 ||
			   strchr(".,;:", t[l.last - 1]) ||
			   outline_parse_label(t + at, t + l.last, &lab)) {
			break;
		}
		pos = next;
	}
	sp->toc_walked = last_end;
	for (k = 0; k < ARRAY_SIZE(sp->back); k++)
		if (sp->back[k].last > sp->back[k].first &&
		    outline_toc_heading(t + sp->back[k].first, t + sp->back[k].last))
			heading = 1;
	verdict = outline_toc_run_verdict(&run, heading);
	if (verdict == TOC_BLOCK)
		return last_end;
	if (verdict == TOC_BLOCK_IF_HEADINGS_FOLLOW && nsaved &&
	    sp->toc_lookaheads < TOC_MAX_LOOKAHEADS) {
		sp->toc_lookaheads++;
		if (toc_headings_follow(t, len, last_end + 1, saved, nsaved))
			return last_end;
	}
	return 0;
}

/*
 * Whether the line before the current one is a heading over a list of
 * annexes ("Schedules") alone in its paragraph, open or not, right after
 * a contents line.
 */
static int annex_list_after_contents(const struct splitter *sp)
{
	const struct document *doc = sp->doc;
	const char *t = doc->text.ptr;
	const struct paragraph *p;
	size_t before;

	if (!outline_toc_annex_list(t + sp->back[0].first, t + sp->back[0].last))
		return 0;
	if (sp->open) {
		if (sp->nlines != 1 || sp->first_line != sp->back[0].number ||
		    sp->label.style != STYLE_NONE)
			return 0;
		before = doc->npara;
	} else {
		if (!doc->npara)
			return 0;
		p = &doc->paras[doc->npara - 1];
		if (p->source != sp->back[0].number || p->label || p->contents)
			return 0;
		before = doc->npara - 1;
	}
	return before && doc->paras[before - 1].contents;
}

/*
 * An annex listed with no page right under a contents heading, a column
 * header between at most ("CONTENT" / "Clause ... Page" / "Schedule 1 -
 * Contents"), or with a title right after a contents line ("EXHIBIT A —
 * DUTIES" / "EXHIBIT B — FORM OF REPORT").
 */
static int annex_under_contents(const struct splitter *sp, const struct line *l, size_t at)
{
	const struct document *doc = sp->doc;
	const char *t = doc->text.ptr;
	struct label lab;
	size_t k;

	if (!outline_parse_label(t + at, t + l->last, &lab) || lab.style != STYLE_ANNEX)
		return 0;
	/* With a title: a bare "Schedule 1" after the page is the real heading. */
	if (doc->npara && doc->paras[doc->npara - 1].contents &&
	    doc->paras[doc->npara - 1].source == sp->back[0].number && !sp->open &&
	    at + lab.body < l->last)
		return 1;
	/* Or under a heading over them ("Schedules") right after the page. */
	if (at + lab.body < l->last && annex_list_after_contents(sp))
		return 1;
	for (k = 0; k < ARRAY_SIZE(sp->back); k++)
		if (sp->back[k].last > sp->back[k].first &&
		    outline_toc_heading(t + sp->back[k].first, t + sp->back[k].last))
			return 1;
	return 0;
}

/* Whether line l is a line of a table of contents (contents_block). */
static int is_contents_line(struct splitter *sp, const struct line *l)
{
	const char *t = sp->doc->text.ptr;
	size_t at = skip_emphasis(t, l->first, l->last);
	struct toc_entry entry;

	if (!outline_toc_line(t + at, t + l->last, &entry))
		return (l->end <= sp->toc_end && outline_toc_run_on(t + at, t + l->last, &entry)) ||
		       annex_under_contents(sp, l, at);
	if (l->start >= sp->toc_walked)
		sp->toc_end = contents_block(sp, l);
	return l->end <= sp->toc_end;
}

/*
 * The column header right over a contents line ("Clause Page", "ARTICLE
 * ... PAGE"), or the heading over a list of annexes right after one
 * ("Schedules"), the line before it and a paragraph of its own: a
 * contents line too.
 */
static void mark_column_header(struct splitter *sp)
{
	struct document *doc = sp->doc;
	const char *t = doc->text.ptr;
	const char *s = t + sp->back[1].first, *e = t + sp->back[1].last;
	struct paragraph *p;

	if (!doc->npara)
		return;
	p = &doc->paras[doc->npara - 1];
	if (p->contents || p->label || (p->kind != PARA_BODY && p->kind != PARA_HEADING) ||
	    p->source != sp->back[1].number || p->end != sp->back[1].last)
		return;
	if (!outline_toc_header_line(s, e, doc->npara >= 2 && p[-1].contents))
		return;
	p->kind = PARA_HEADING;
	p->contents = 1;
}

/* Lines with text, and bytes, a title is looked past for the clause that starts its document. */
#define TITLE_LOOKAHEAD_LINES 40
#define TITLE_LOOKAHEAD_BYTES (16 * 1024)
/* A title's length, at most. */
#define TITLE_MAX 80

/* Words a document's title ends on: "Acceptable Use Policy", "Personal Terms". */
static int names_document(const char *t, size_t s, size_t e)
{
	static const char *const nouns[] = {
		"addendum", "agreement", "conditions", "licence", "license", "policy",
		"terms", "terms of service", "terms of use",
	};
	size_t i, n;

	for (i = 0; i < ARRAY_SIZE(nouns); i++) {
		n = strlen(nouns[i]);
		if (e - s > n && t[e - n - 1] == ' ' && !strncasecmp(t + e - n, nouns[i], n))
			return 1;
	}
	return 0;
}

/*
 * Whether line l, after a blank line, is the title of a second document
 * appended to the first with no heading of its own ("Meta Llama 3
 * Acceptable Use Policy" after the licence's "7."): a short line in title
 * case or capitals, no label, naming a document, while a numbered clause
 * above 1 is open, and the first label after it (within
 * TITLE_LOOKAHEAD_LINES lines) restarts the numbering at "1.".  A
 * running head or a clause's caption ("Entire Agreement") has no such
 * restart after it.
 */
static int is_document_title(struct splitter *sp, const struct line *l)
{
	const char *t = sp->doc->text.ptr;
	size_t len = sp->doc->text.len, pos, limit, at;
	unsigned long seen = 0;
	struct label lab;
	struct line n;

	if (sp->open || l->last - l->first > TITLE_MAX || outline_open_number(&sp->outline) < 2 ||
	    !names_document(t, l->first, l->last) ||
	    !outline_is_caption(t, l->first, l->last, 1) ||
	    read_label(t, l->first, l->last, &lab, &at))
		return 0;
	pos = l->end + 1;
	limit = len - pos > TITLE_LOOKAHEAD_BYTES ? pos + TITLE_LOOKAHEAD_BYTES : len;
	while (pos < limit && seen < TITLE_LOOKAHEAD_LINES) {
		pos = read_line(t, limit, pos, &n);
		if (n.first == n.last)
			continue;
		seen++;
		if (read_label(t, n.first, n.last, &lab, &at))
			return lab.style == STYLE_NUMBER && lab.depth == 1 && lab.ordinal == 1;
	}
	return 0;
}

/*
 * An en dash opening line l that goes on with the sentence of the
 * paragraph open above it, a dash of prose and no bullet: "deliver the
 * goods" / "\u2013 subject to clause 4 \u2013 within 30 days".  Not after a
 * line that ends a clause or a lead-in, a caption or another item.
 */
static int dash_runs_on(const struct splitter *sp, const struct line *l)
{
	const char *t = sp->doc->text.ptr;
	const struct line prev = { 0, 0, sp->start, sp->end, 0 };

	return sp->open && sp->kind == PARA_BODY && !sp->caption &&
	       l->last - l->first > 3 && !memcmp(t + l->first, "\xE2\x80\x93", 3) &&
	       !ends_clause(t, &prev);
}

static int split_paragraphs(struct document *doc, const struct load_options *opt,
			    struct buf *err)
{
	const char *t = doc->text.ptr;
	struct splitter sp;
	struct line l;
	size_t pos = 0;
	unsigned long number = 0;

	memset(&sp, 0, sizeof(sp));
	outline_init(&sp.outline);
	sp.doc = doc;
	sp.max_paragraphs = opt->limits.max_paragraphs;
	while (pos < doc->text.len) {
		const char *nl = memchr(t + pos, '\n', doc->text.len - pos);
		struct label probe;
		size_t text_at;
		char mark;
		int n, toc;

		l.start = pos;
		l.end = nl ? (size_t)(nl - t) : doc->text.len;
		l.number = ++number;
		pos = l.end + 1;
		trim_line(t, &l);

		if (l.first == l.last) {
			/* Wait: the sentence may go on after a page break. */
			if (sp.open && ++sp.gap > MAX_PAGE_BREAK &&
			    flush_paragraph(&sp, err))
				return -1;
			continue;
		}
		if (sp.open && sp.gap) {
			if (!continues_after_gap(&sp, &l)) {
				if (heads_clause_after_gap(&sp, &l))
					sp.kind = PARA_HEADING;
				if (flush_paragraph(&sp, err))
					return -1;
			}
			sp.gap = 0;
		}
		toc = is_contents_line(&sp, &l);
		sp.back[1] = sp.back[0];
		sp.back[0] = l;
		if (toc) {
			/* A heading it lists, not a clause: no label, a line of its own. */
			if (flush_paragraph(&sp, err))
				return -1;
			mark_column_header(&sp);
			open_paragraph(&sp, &l, l.first, PARA_HEADING);
			if (flush_paragraph(&sp, err))
				return -1;
			doc->paras[doc->npara - 1].contents = 1;
			continue;
		}
		if (is_rule_line(t, &l, &mark)) {
			/* A setext underline turns the line above into a heading. */
			if (sp.open && sp.nlines == 1 && sp.kind == PARA_BODY &&
			    (mark == '=' || mark == '-'))
				sp.md_level = mark == '=' ? 0 : 1;
			if (flush_paragraph(&sp, err))
				return -1;
			continue;
		}
		if ((n = atx_level(t, &l, &text_at))) {
			if (flush_paragraph(&sp, err))
				return -1;
			if (n < 0)
				continue;
			open_paragraph(&sp, &l, l.first, PARA_HEADING);
			sp.md_level = n - 1;
			sp.body = text_at;
			take_label(&sp, &l, text_at);
			if (flush_paragraph(&sp, err))
				return -1;
			continue;
		}
		if (is_table_row(t, &l) || is_bare_table_row(&sp, &l)) {
			if (flush_paragraph(&sp, err))
				return -1;
			if (!is_table_rule(t, &l)) {
				open_paragraph(&sp, &l, l.first, PARA_TABLE_CELL);
				if (t[l.first] == '|')
					take_row_label(&sp, &l);
				if (flush_paragraph(&sp, err))
					return -1;
			}
			continue;
		}
		if (is_checkbox(t, &l)) {
			if (flush_paragraph(&sp, err))
				return -1;
			open_paragraph(&sp, &l, l.first, PARA_BODY);
			if (split_inline(&sp, &l, sp.body, err))
				return -1;
			continue;
		}
		if (is_bullet(t, &l, &text_at) && !dash_runs_on(&sp, &l)) {
			if (flush_paragraph(&sp, err))
				return -1;
			open_paragraph(&sp, &l, l.first, PARA_LIST_ITEM);
			sp.body = text_at;
			take_bullet_number(&sp, &l, text_at);
			/*
			 * A converter's bullet ("\u2022") may head a line that
			 * layout flattened, clauses run on after the item:
			 * "\u2022 Process plans. 5. Digital back-up ...".
			 */
			if ((unsigned char)t[l.first] >= 0x80 &&
			    split_inline(&sp, &l, sp.body, err))
				return -1;
			continue;
		}
		if (sp.open) {
			const struct line prev = { 0, 0, sp.start, sp.end, 0 };
			struct label title;
			size_t at;
			int label_here, breaks;

			label_here = read_label(t, l.first, l.last, &probe, &at) ||
				     letter_label(&sp, &l, l.first, &probe, &at);
			/*
			 * A caption stands alone when prose or a clause
			 * follows; capitals go on ("DEFINITIONS AND" /
			 * "INTERPRETATION").
			 */
			if (label_here && heads_clause(&sp)) {
				/* a list item of a few words before its sibling stays one */
				if (opens_below(&sp.label, &probe))
					sp.kind = PARA_HEADING;
				breaks = 1;
			} else if (label_here &&
				   heads_clause_unlabelled(&sp, at + probe.body, l.last)) {
				sp.kind = PARA_HEADING;
				breaks = 1;
			} else if (label_here && probe.style == STYLE_NUMBER && probe.depth == 2 &&
				   title_over_first_clause(&sp, &title)) {
				/* "6 Rights" over "6.1 ...": its title */
				breaks = 1;
			} else if (label_here) {
				breaks = ends_clause(t, &prev) || sp.caption ||
					 sentence_over_clause(&sp, &probe);
			} else if (has_lower(t, l.first, l.last)) {
				/* "Product: ..." / "Renewal: ...": a field a line */
				breaks = sp.caption ||
					 /* "4.2 ... fees." / "5 Data protection" / "5.1 ..." */
					 (ends_clause(t, &prev) && title_line_over_clause(&sp, &l)) ||
					 (field_line(t, l.first, l.last) &&
					  field_line(t, last_line_start(t, &sp), sp.end)) ||
					 sentence_after_fields(&sp, &l) ||
					 /* a field after one whose value ran on and ended */
					 (sp.label.style == STYLE_NONE &&
					  field_line(t, l.first, l.last) &&
					  field_line(t, sp.start, sp.end) &&
					  ends_clause(t, &prev)) ||
					 /* "In this Module:" / "Adapters means ..." / "Bank Data means ..." */
					 (ends_clause(t, &prev) && definition_line(t, l.first, l.last));
			} else {
				/* capitals after a finished sentence in prose */
				breaks = (ends_clause(t, &prev) &&
					  has_lower(t, last_line_start(t, &sp), sp.end)) ||
					 /*
					  * "CUSTOMER: ACME LTD" / "GOVERNING LAW: ENGLAND
					  * AND WALES": an order form in capitals, a field
					  * a line, as in "Product: ..." above; a wrapped
					  * sentence in capitals goes on.
					  */
					 (field_line(t, l.first, l.last) &&
					  field_line(t, last_line_start(t, &sp), sp.end));
			}
			if (!breaks) {
				if (sp.body == sp.end)
					sp.body = l.first;   /* "ARTICLE IV" / "TERM" */
				sp.end = l.last;
				sp.nlines++;
				sp.caption = sp.caption && l.last - sp.start <= 160 &&
					     outline_is_caption(t, l.first, l.last, 0);
				if (sp.kind == PARA_BODY &&
				    split_inline(&sp, &l, l.first, err))
					return -1;
				/* A clause split off this line starts afresh. */
				if (sp.first_line == l.number)
					sp.caption = reads_as_caption(&sp);
				continue;
			}
			if (flush_paragraph(&sp, err))
				return -1;
		}
		if (is_document_title(&sp, &l)) {
			/* A new document: its outline starts afresh. */
			open_paragraph(&sp, &l, l.first, PARA_HEADING);
			outline_init(&sp.outline);
			sp.md_level = 0;
			if (flush_paragraph(&sp, err))
				return -1;
			continue;
		}
		open_paragraph(&sp, &l, l.first, PARA_BODY);
		take_label(&sp, &l, l.first);
		if (split_inline(&sp, &l, sp.body, err))
			return -1;
		sp.caption = reads_as_caption(&sp);
	}
	if (flush_paragraph(&sp, err))
		return -1;
	return 0;
}

/*
 * A numbered heading in sentence case, verb and all: "25. We can change
 * these terms" on a line of its own, over the clause that says how.
 * is_caption wants capitals or title case; this is told by where it
 * stands: one line, a few words, a capital first, no stop, colon or comma
 * in it, not ending on a word that leads on ("... by Microsoft and", a
 * clause cut by a page break), and an unlabelled paragraph in prose after
 * a blank line.
 */
static int is_sentence_heading(const struct document *doc, size_t i)
{
	const struct paragraph *p = &doc->paras[i], *q;
	const char *t = doc->text.ptr;
	size_t s = p->body, e = p->end, k;

	if (p->kind != PARA_BODY || !p->label || i + 1 >= doc->npara)
		return 0;
	q = &doc->paras[i + 1];
	if (q->kind != PARA_BODY || q->label || !isupper((unsigned char)t[q->body]) ||
	    !has_lower(t, q->body, q->end))
		return 0;
	for (k = e; k < q->start && t[k] != '\n'; k++)
		;
	while (++k < q->start && t[k] != '\n')
		;
	if (k >= q->start)
		return 0;       /* no blank line between */
	return outline_heading_words(t, s, e);
}

int text_load(struct document *doc, const unsigned char *data, size_t len,
	      const struct load_options *opt, struct buf *err)
{
	size_t i;

	doc->format = DOC_FORMAT_TEXT;
	doc->format_name = "text";
	if (decode_text(doc, data, len, opt, err))
		return -1;
	if (split_paragraphs(doc, opt, err))
		return -1;
	if (!doc->npara) {
		buf_addstr(err, "no text");
		return -1;
	}
	for (i = 0; i < doc->npara; i++)
		if (is_sentence_heading(doc, i))
			doc->paras[i].kind = PARA_HEADING;
	document_finish(doc);
	return 0;
}

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "swar.h"
#include "view.h"
#include "xalloc.h"

/*
 * The map from view to original offsets is a list of segments.  A copy
 * segment is a stretch where the two advance together; a replace segment
 * stands for original bytes [orig, orig + olen) that became the view bytes
 * up to the next segment (one space for a run of white space, nothing for a
 * soft hyphen, "Customer" for a party's own name).
 */
struct view_seg {
	size_t view;
	size_t orig;
	size_t olen;       /* replace segments only */
	int copy;
};

static inline __attribute__((always_inline)) void add_seg(struct view *v, size_t orig, size_t olen, int copy)
{
	struct view_seg *s;

	if (copy && v->nseg) {
		const struct view_seg *last = &v->seg[v->nseg - 1];

		/* Still in step with the last copy segment: nothing to record. */
		if (last->copy && last->orig + (v->text.len - last->view) == orig)
			return;
	}
	ALLOC_GROW(v->seg, v->nseg + 1, v->seg_alloc);
	s = &v->seg[v->nseg++];
	s->view = v->text.len;
	s->orig = orig;
	s->olen = olen;
	s->copy = copy;
}

static void copy_bytes(struct view *v, const char *t, size_t at, size_t n)
{
	if (!n)
		return;
	add_seg(v, at, 0, 1);
	buf_add(&v->text, t + at, n);
}

static void replace_bytes(struct view *v, size_t at, size_t olen, const char *with)
{
	add_seg(v, at, olen, 0);
	buf_addstr(&v->text, with);
}

static void replace_bytes_n(struct view *v, size_t at, size_t olen, const char *with, size_t n)
{
	add_seg(v, at, olen, 0);
	buf_add(&v->text, with, n);
}

/* Length of the white-space character at t[i], or 0. */
static size_t space_len(const unsigned char *t, size_t i, size_t end)
{
	unsigned char c = t[i];

	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
		return 1;
	if (c == 0xC2 && i + 1 < end && t[i + 1] == 0xA0)
		return 2;
	if (c == 0xE2 && i + 2 < end) {
		if (t[i + 1] == 0x80 && ((t[i + 2] >= 0x80 && t[i + 2] <= 0x8A) || t[i + 2] == 0xAF))
			return 3;
		if (t[i + 1] == 0x81 && t[i + 2] == 0x9F)
			return 3;
	}
	if (c == 0xE3 && i + 2 < end && t[i + 1] == 0x80 && t[i + 2] == 0x80)
		return 3;
	return 0;
}

size_t view_space_len(const char *t, size_t i, size_t end)
{
	return i < end ? space_len((const unsigned char *)t, i, end) : 0;
}

/*
 * A character the view spells differently: sets *len to its length in the
 * original and returns its view spelling, or NULL when it is copied as is.
 */
static const char *respell(const unsigned char *t, size_t i, size_t end, size_t *len)
{
	if (t[i] == 0xC2 && i + 1 < end) {
		*len = 2;
		switch (t[i + 1]) {
		case 0xAD: return "";          /* soft hyphen */
		case 0xAB: case 0xBB: return "\"";
		}
		return NULL;
	}
	if (t[i] == 0xEF && i + 2 < end && t[i + 1] == 0xBB && t[i + 2] == 0xBF) {
		*len = 3;
		return "";                      /* a stray BOM / ZWNBSP */
	}
	if (t[i] == 0xE2 && i + 2 < end) {
		*len = 3;
		if (t[i + 1] == 0x80) {
			switch (t[i + 2]) {
			case 0x8B: case 0x8C: case 0x8D: return "";
			case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95:
				return "-";
			case 0x98: case 0x99: case 0x9A: case 0x9B: case 0xB2:
				return "'";
			case 0x9C: case 0x9D: case 0x9E: case 0x9F: case 0xB3:
				return "\"";
			case 0xA6: return "...";
			}
		} else if (t[i + 1] == 0x81 && t[i + 2] == 0xA0) {
			return "";                  /* word joiner */
		} else if (t[i + 1] == 0x88 && t[i + 2] == 0x92) {
			return "-";                 /* minus sign */
		}
	}
	return NULL;
}

/* Longest link target read as one: "(https://...)". */
#define LINK_TARGET_MAX 2048

/* Whether t[from..to) is all of t[start..end) but for bullets and stops around it. */
static int alone_in(const unsigned char *t, size_t from, size_t to, size_t start, size_t end)
{
	size_t i;

	for (i = start; i < from; i++)
		if (isalnum(t[i]))
			return 0;
	for (i = to; i < end; i++)
		if (isalnum(t[i]))
			return 0;
	return 1;
}

/*
 * The ')' that closes a link's target "(...)" right after the ']' at
 * t[bracket], nested parentheses counted: its index, or 0 where the target
 * is longer than LINK_TARGET_MAX, breaks a line or does not close before
 * `end`.
 */
static size_t link_target_close(const unsigned char *t, size_t bracket, size_t end)
{
	size_t k;
	int depth = 0;

	for (k = bracket + 1; k < end && k - bracket <= LINK_TARGET_MAX; k++) {
		if (t[k] == '(')
			depth++;
		else if (t[k] == ')' && --depth == 0)
			return k;
		else if (t[k] == '\n')
			return 0;
	}
	return 0;
}

/*
 * A Markdown inline link "[text](target)" starting at t[i] == '[' and
 * ending before `end`: sets *close to its ']' and *after past its ')'.
 * Terms of service in Markdown put links on the very words rules read
 * ("we don't limit [liability](...) for"), so the view keeps the text and
 * drops the target.  Brackets with no "(target)" right after, such as a
 * checkbox "[ ]", are not links; nor, for the view, is a link to a place
 * in the same document ("(#limitation-of-liability)"): that is a table of
 * contents or a cross-reference, and rules tell it apart by its shape.
 * Nor is a link that is the whole sentence ("[Delete your
 * information](https://...)"): that is a button or a menu, not a clause.
 */
static int markdown_link(const unsigned char *t, size_t sent_start, size_t i, size_t end,
			 size_t *close, size_t *after)
{
	size_t j, k;

	for (j = i + 1; j < end && t[j] != ']'; j++)
		if (t[j] == '[' || t[j] == '\n')
			return 0;
	if (j == i + 1 || j + 2 >= end || t[j + 1] != '(' || t[j + 2] == '#')
		return 0;
	k = link_target_close(t, j, end);
	if (!k)
		return 0;
	if (alone_in(t, i, k + 1, sent_start, end))
		return 0;
	*close = j;
	*after = k + 1;
	return 1;
}

/*
 * A Markdown image "![alt](source)" at t[i] == '!', or a linked one
 * "[![alt](source)](target)" at t[i] == '[', ending before `end`: its
 * length, else 0.  A logo, an icon in a how-to ("select More ![](...)")
 * or a badge is no word of a clause, nor is its alt text; the words
 * around it are.
 */
static size_t markdown_image(const unsigned char *t, size_t i, size_t end)
{
	size_t j = i + (t[i] == '['), k;

	if (j + 1 >= end || t[j] != '!' || t[j + 1] != '[')
		return 0;
	for (j += 2; j < end && t[j] != ']'; j++)
		if (t[j] == '[' || t[j] == '\n')
			return 0;
	if (j + 1 >= end || t[j + 1] != '(')
		return 0;
	k = link_target_close(t, j, end);
	if (!k)
		return 0;
	k++;
	if (t[i] == '[') {
		/* The link around it: "](target)". */
		if (k + 1 >= end || t[k] != ']' || t[k + 1] != '(')
			return 0;
		k = link_target_close(t, k, end);
		if (!k)
			return 0;
		k++;
	}
	return k - i;
}

/*
 * Bytes the view copies as they are whatever surrounds them: printable
 * ASCII but for the space, '[' (a link), '*' / '_' (emphasis), '.'
 * ("No. 3") and '\'' (a contraction).  A table, as every byte of every sentence is looked up.
 * Such a byte is 3 (bit 0: plain; bit 1: plain or a space), the space 2.
 */
static const unsigned char plain_byte[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x00 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x10 */
	2, 3, 3, 3, 3, 3, 3, 0, 3, 3, 0, 3, 3, 3, 0, 3,   /* 0x20 */
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,   /* 0x30 */
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,   /* 0x40 */
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 3, 3, 3, 0,   /* 0x50 */
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,   /* 0x60 */
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0,   /* 0x70 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x80 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x90 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xA0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xB0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xC0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xD0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xE0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xF0 */
};

/*
 * As plain_byte, for Markdown text: '\\' (an escape), '<' (a tag), '&'
 * (an entity) and '!' (an image) are looked at too.
 */
static const unsigned char markdown_plain_byte[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x00 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x10 */
	2, 0, 3, 3, 3, 3, 0, 0, 3, 3, 0, 3, 3, 3, 0, 3,   /* 0x20 */
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 3, 3, 3,   /* 0x30 */
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,   /* 0x40 */
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 3, 3, 0,   /* 0x50 */
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,   /* 0x60 */
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0,   /* 0x70 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x80 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x90 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xA0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xB0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xC0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xD0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xE0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0xF0 */
};

/*
 * Letters of "No" or "Nos" that the full stop at `dot` ends, when a number
 * follows ("No. 3", "Nos. 4"), or 0.
 */
static inline __attribute__((always_inline)) size_t number_abbreviation(const unsigned char *t, size_t start, size_t dot,
				  size_t end)
{
	size_t n = 0, after = dot + 1;

	if (dot >= start + 3 && (t[dot - 1] == 's' || t[dot - 1] == 'S'))
		n = 3;
	else if (dot >= start + 2)
		n = 2;
	if (!n || (t[dot - n] != 'n' && t[dot - n] != 'N') ||
	    (t[dot - n + 1] != 'o' && t[dot - n + 1] != 'O') ||
	    (dot - n > start && isalnum(t[dot - n - 1])))
		return 0;
	if (after < end && t[after] == ' ')
		after++;
	return after < end && isdigit(t[after]) ? n : 0;
}

/*
 * Contractions, which plain-language terms are full of: "we'll use your
 * Inputs to train", "we won't", "you're responsible".  Patterns are
 * written for "will", "will not", "are"; the view spells them out.
 * `ap` is the apostrophe (`alen` bytes: "'" or a curly one) in a word of
 * t[start..end); the bytes from `from` on are not in the view yet.  On a
 * contraction, sets *at and *olen to the original bytes to replace and
 * writes the words to put there into `with` (at least 16 bytes); else 0.
 * "'s" and "'d" stay: "Customer's", and "it'd" is "would" or "had".
 */
static int contraction(const unsigned char *t, size_t start, size_t end, size_t from,
		       size_t ap, size_t alen, size_t *at, size_t *olen, char *with)
{
	static const struct { const char *suffix, *words; } pronoun[] = {
		{ "ll", " will" }, { "re", " are" }, { "ve", " have" }, { "m", " am" },
	};
	/* "Xn't" is "X not" for these X. */
	static const char *const negated[] = {
		"are", "could", "did", "do", "does", "had", "has", "have", "is", "must",
		"need", "should", "was", "were", "would",
	};
	size_t ws = ap, we = ap + alen, pre, post, k;
	const char *suf = (const char *)t + ap + alen;

	while (ws > start && isalpha(t[ws - 1]))
		ws--;
	while (we < end && isalpha(t[we]))
		we++;
	pre = ap - ws;
	post = we - (ap + alen);
	if (!pre || !post || post > 2)
		return 0;
	if (t[ap - 1] == 'n' || t[ap - 1] == 'N') {
		const char *w = (const char *)t + ws;

		if (post != 1 || (t[ap + alen] != 't' && t[ap + alen] != 'T') || ws < from)
			return 0;
		*at = ws;
		*olen = we - ws;
		/* Irregular: "won't", "can't", "shan't". */
		if (pre == 3 && !strncasecmp(w, "wo", 2))
			memcpy(with, w[0] == 'W' ? "Will not" : "will not", 9);
		else if (pre == 3 && !strncasecmp(w, "ca", 2))
			memcpy(with, w[0] == 'C' ? "Cannot" : "cannot", 7);
		else if (pre == 4 && !strncasecmp(w, "sha", 3))
			memcpy(with, w[0] == 'S' ? "Shall not" : "shall not", 10);
		else {
			for (k = 0; k < ARRAY_SIZE(negated); k++)
				if (strlen(negated[k]) == pre - 1 && !strncasecmp(w, negated[k], pre - 1))
					break;
			if (k == ARRAY_SIZE(negated))
				return 0;
			memcpy(with, w, pre - 1);
			memcpy(with + pre - 1, " not", 5);
		}
		return 1;
	}
	for (k = 0; k < ARRAY_SIZE(pronoun); k++)
		if (strlen(pronoun[k].suffix) == post && !strncasecmp(suf, pronoun[k].suffix, post))
			break;
	if (k == ARRAY_SIZE(pronoun))
		return 0;
	/* "I'm" alone: "'m" elsewhere is a name or a unit. */
	if (post == 1 && !(pre == 1 && t[ws] == 'I'))
		return 0;
	/* The suffix alone: the word before may be a party's substitution. */
	*at = ap;
	*olen = we - ap;
	memcpy(with, pronoun[k].words, strlen(pronoun[k].words) + 1);
	return 1;
}

/*
 * HTML comments in the sentence from the document's notes, notes[*ni]
 * onwards, the first that ends past `start`: a form's note to whoever
 * fills it in ("**Cloud Service:** [name] <!-- Note: ... -->") is no text
 * a rule reads.  It goes from the view with the blanks before or after it,
 * so that the words either side are one space apart, as they read.
 */
struct view_notes {
	const struct doc_note *note;
	size_t n, i;
};

static size_t note_start(const struct view_notes *vn)
{
	return vn->i < vn->n ? vn->note[vn->i].start : (size_t)-1;
}

/* Steps over the note that starts at or before `at`; returns where the view goes on. */
static size_t skip_note(struct view *v, const char *text, size_t start, size_t at,
			size_t end, struct view_notes *vn)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t to = vn->note[vn->i].end;
	const char *with = "";

	if (to > end)
		to = end;               /* the next sentence starts inside it too */
	else
		vn->i++;
	if (at > start && isspace(t[at - 1]))
		while (to < end && (t[to] == ' ' || t[to] == '\t' || t[to] == '\n' || t[to] == '\r'))
			to++;
	else if (at > start && to < end && !isspace(t[to]))
		with = " ";
	replace_bytes(v, at, to - at, with);
	return to;
}

/*
 * Markdown syntax, which the view leaves out of Markdown text (struct
 * document's markdown) and keeps in any other: a plain contract's "\" or
 * "<" is text.
 */

/* Printable ASCII: the view spells an escape ("\*") or "&#42;" as one of these. */
static const char ascii_chars[] =
	" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

/*
 * HTML that Markdown lets through, at t[i] == '<': a tag of the few that
 * terms pages carry.  Sets *brk when it breaks the line ("<br>", "</p>",
 * "<li>"), which the view reads as a space, else it is nothing ("<b>",
 * "</strong>").  Returns its length, 0 for anything else: "<ID>" or
 * "https://.../<property-id>" is a placeholder, "< 18" a comparison.
 */
static size_t html_tag(const unsigned char *t, size_t i, size_t end, int *brk)
{
	static const struct {
		const char *name;
		int brk;
	} tags[] = {
		{ "a", 0 }, { "b", 0 }, { "blockquote", 1 }, { "br", 1 }, { "code", 0 },
		{ "dd", 1 }, { "del", 0 }, { "div", 1 }, { "dl", 1 }, { "dt", 1 },
		{ "em", 0 }, { "font", 0 }, { "h1", 1 }, { "h2", 1 }, { "h3", 1 },
		{ "h4", 1 }, { "h5", 1 }, { "h6", 1 }, { "hr", 1 }, { "i", 0 },
		{ "ins", 0 }, { "li", 1 }, { "mark", 0 }, { "ol", 1 }, { "p", 1 },
		{ "s", 0 }, { "small", 0 }, { "span", 0 }, { "strong", 0 }, { "sub", 0 },
		{ "sup", 0 }, { "table", 1 }, { "tbody", 1 }, { "td", 1 }, { "th", 1 },
		{ "thead", 1 }, { "tr", 1 }, { "u", 0 }, { "ul", 1 },
	};
	size_t j = i + 1, name, k;

	if (j < end && t[j] == '/')
		j++;
	name = j;
	while (j < end && j - name < 12 && isalnum(t[j]))
		j++;
	if (j == name)
		return 0;
	for (k = 0; k < sizeof(tags) / sizeof(tags[0]); k++)
		if (strlen(tags[k].name) == j - name &&
		    !strncasecmp(tags[k].name, (const char *)t + name, j - name))
			break;
	if (k == sizeof(tags) / sizeof(tags[0]))
		return 0;
	if (j < end && t[j] != '>' && t[j] != ' ' && t[j] != '/')
		return 0;
	/* Attributes, up to the '>' on the same line. */
	while (j < end && t[j] != '>' && t[j] != '<' && t[j] != '\n' && j - i < 256)
		j++;
	if (j >= end || t[j] != '>')
		return 0;
	*brk = tags[k].brk;
	return j + 1 - i;
}

/*
 * An HTML entity at t[i] == '&': "&amp;", "&nbsp;", "&#8217;", "&#x2014;".
 * Sets *len to its length and returns the view spelling (*n bytes), or
 * NULL for none or one the view has no spelling for.
 */
static const char *html_entity(const unsigned char *t, size_t i, size_t end,
			       size_t *len, size_t *n)
{
	static const struct {
		const char *name;
		const char *text;
	} named[] = {
		{ "amp", "&" }, { "apos", "'" }, { "gt", ">" }, { "hellip", "..." },
		{ "laquo", "\"" }, { "ldquo", "\"" }, { "lsquo", "'" }, { "lt", "<" },
		{ "mdash", "-" }, { "nbsp", " " }, { "ndash", "-" }, { "quot", "\"" },
		{ "raquo", "\"" }, { "rdquo", "\"" }, { "rsquo", "'" }, { "shy", "" },
	};
	size_t j = i + 1, k;
	unsigned long c = 0;

	if (j < end && t[j] == '#') {
		int hex = ++j < end && (t[j] == 'x' || t[j] == 'X');
		size_t digits;

		j += hex;
		digits = j;
		while (j < end && j - digits < 7 && (hex ? isxdigit(t[j]) : isdigit(t[j]))) {
			c = c * (hex ? 16 : 10) +
			    (unsigned)(isdigit(t[j]) ? t[j] - '0' : tolower(t[j]) - 'a' + 10);
			j++;
		}
		if (j == digits || j >= end || t[j] != ';')
			return NULL;
		*len = j + 1 - i;
		*n = 1;
		if (c >= 0x20 && c < 0x7F)
			return ascii_chars + (c - 0x20);
		if (c == 0xA0)
			return " ";
		if (c == 0x2018 || c == 0x2019)
			return "'";
		if (c == 0x201C || c == 0x201D)
			return "\"";
		if (c == 0x2013 || c == 0x2014)
			return "-";
		return NULL;
	}
	while (j < end && j - i <= 7 && isalpha(t[j]))
		j++;
	if (j >= end || t[j] != ';' || j == i + 1)
		return NULL;
	for (k = 0; k < sizeof(named) / sizeof(named[0]); k++)
		if (strlen(named[k].name) == j - i - 1 &&
		    !strncmp(named[k].name, (const char *)t + i + 1, j - i - 1)) {
			*len = j + 1 - i;
			*n = strlen(named[k].text);
			return named[k].text;
		}
	return NULL;
}

/* Whether byte c may stand next to an emphasis marker that it opens or closes. */
static int emphasis_edge(unsigned char c)
{
	return isspace(c) || ispunct(c) || c >= 0x80;
}

/*
 * A run of one to three '*' or '_' at t[i] that opens emphasis (a word
 * after it, a space or punctuation before: "we *do not*", "(**\"Data\"**)")
 * or closes it (the mirror image): its length, else 0.  A bullet ("*  We")
 * has a space on both sides and a name ("oai_user_id") words on both, so
 * neither is emphasis; a longer run ("____") is a blank to fill in.
 * `before` is the byte before it as the view reads it, so that a bullet
 * after a line break ("Data<br>*   Logs") is still a bullet.
 */
static size_t emphasis_run(const unsigned char *t, unsigned char before, size_t i, size_t end)
{
	size_t j = i;
	unsigned char after;

	while (j < end && t[j] == t[i])
		j++;
	if (j - i > 3)
		return 0;
	after = j < end ? t[j] : ' ';
	if (!isspace(after) && emphasis_edge(before))
		return j - i;
	if (!isspace(before) && emphasis_edge(after))
		return j - i;
	return 0;
}

/*
 * A run of '*' at t[i] that is no emphasis and stays as it is: its length,
 * else 0.  Inside brackets ("[*]", "[**]", "[***]": a redaction), more than
 * three in a row ("[*****]"), three in plain text (a redaction, or a legend
 * "***Confidential Treatment Requested***": plain text has no bold italic),
 * or with a space on both sides (a footnote's "see note ** below").  A mark
 * with a word or a stop beside it ("**Term.**", "**(a)**") is emphasis.
 * `before` is the byte before it as the view reads it.
 */
static size_t literal_asterisks(const unsigned char *t, unsigned char before, size_t i,
				size_t end, int md)
{
	size_t j = i;
	unsigned char after;

	while (j < end && t[j] == '*')
		j++;
	after = j < end ? t[j] : ' ';
	if (j - i > 3 || (!md && j - i == 3) || (before == '[' && after == ']') ||
	    (isspace(before) && isspace(after)))
		return j - i;
	return 0;
}

/*
 * Where a Markdown sentence's words begin: past the '#' of a heading
 * ("## Data use") and the '|' opening a table row.
 */
static size_t markdown_head(const unsigned char *t, size_t start, size_t end)
{
	size_t i = start;

	if (t[i] == '#') {
		while (i < end && t[i] == '#')
			i++;
		if (i - start > 6 || i >= end || t[i] != ' ')
			return start;
	} else if (t[i] == '|') {
		i++;
	} else {
		return start;
	}
	while (i < end && (t[i] == ' ' || t[i] == '\t'))
		i++;
	return i < end ? i : start;
}

/* Where its words end: before the '|' closing a table row. */
static size_t markdown_tail(const unsigned char *t, size_t from, size_t end)
{
	size_t i = end;

	while (i > from && (t[i - 1] == ' ' || t[i - 1] == '\t'))
		i--;
	if (i <= from + 1 || t[i - 1] != '|' || t[i - 2] == '\\')
		return end;
	i--;
	while (i > from && (t[i - 1] == ' ' || t[i - 1] == '\t'))
		i--;
	return i > from ? i : end;
}

/*
 * Inlined into one copy for plain text and one for Markdown, so that a
 * plain contract's sentences cost what they did before there was `md`.
 */
static inline __attribute__((always_inline)) void
build_sentence(struct view *v, const char *text, size_t start, size_t end,
	       const struct view_subst *subst, size_t nsubst, size_t *si,
	       struct view_notes *vn, int md)
{
	const unsigned char *t = (const unsigned char *)text;
	const unsigned char *plain = md ? markdown_plain_byte : plain_byte;
	size_t i = start, run = start, sent_end = end, vstart = v->text.len;
	size_t link_close = (size_t)-1, link_after = 0;

	if (md) {
		i = run = markdown_head(t, start, end);
		if (i > start)
			replace_bytes(v, start, i - start, "");
		end = markdown_tail(t, i, end);
	}

	/* Skip substitutions that lie before this sentence or cross into it. */
	while (*si < nsubst && subst[*si].start < start)
		(*si)++;
	while (vn->i < vn->n && vn->note[vn->i].end <= start)
		vn->i++;
	while (i < end) {
		size_t n, at, stop = end;
		const char *with;
		char words[16];

		/*
		 * A substitution inside what a step below passed over whole (a
		 * link's target, a run of spaces) is dropped; left in place, it
		 * would hold back every later one in the sentence.
		 */
		while (*si < nsubst && subst[*si].start < i)
			(*si)++;
		while (vn->i < vn->n && vn->note[vn->i].end <= i)
			vn->i++;
		/*
		 * Most of a sentence is plain words and single spaces, which
		 * the checks below would all pass over: skip them in one
		 * loop, up to the next substitution or link end.
		 */
		if (*si < nsubst && subst[*si].start >= i && subst[*si].start < stop)
			stop = subst[*si].start;
		if (link_close >= i && link_close < stop)
			stop = link_close;
		if (note_start(vn) < stop)
			stop = note_start(vn) > i ? note_start(vn) : i;
		for (;;) {
			/*
			 * Eight bytes at a time while each is plain or a
			 * space, no two spaces touch and the last is no space:
			 * the two loops below would take all eight.
			 */
			while (i + 8 <= stop) {
				const unsigned char *p = t + i;
				uint64_t w, z;

				if (!(plain[p[0]] & plain[p[1]] & plain[p[2]] & plain[p[3]] &
				      plain[p[4]] & plain[p[5]] & plain[p[6]] & plain[p[7]] & 2))
					break;
				w = swar_load_le64(p) ^ 0x20 * SWAR_ONES;
				/* 0x80 in each byte that was a space. */
				z = ~(((w & 0x7F * SWAR_ONES) + 0x7F * SWAR_ONES) | w) &
				    SWAR_TOPS;
				if ((z & (z >> 8)) | (z & 0x8000000000000000ULL))
					break;
				i += 8;
			}
			while (i < stop && (plain[t[i]] & 1))
				i++;
			if (i + 1 < stop && t[i] == ' ' && (plain[t[i + 1]] & 1))
				i += 2;
			else
				break;
		}
		if (i == end)
			break;
		if (note_start(vn) <= i) {
			copy_bytes(v, text, run, i - run);
			i = run = skip_note(v, text, start, i, end, vn);
			continue;
		}
		if (*si < nsubst && subst[*si].start == i) {
			const struct view_subst *s = &subst[(*si)++];

			if (s->end <= end && s->end > s->start) {
				copy_bytes(v, text, run, i - run);
				replace_bytes(v, i, s->end - i, s->text);
				i = run = s->end;
				if (i > link_close)     /* a name across the link's end */
					link_close = (size_t)-1;
				continue;
			}
		}
		if (i == link_close) {
			copy_bytes(v, text, run, i - run);
			replace_bytes(v, i, link_after - i, "");
			i = run = link_after;
			link_close = (size_t)-1;
			continue;
		}
		if (t[i] == '[' && link_close == (size_t)-1 &&
		    markdown_link(t, start, i, end, &link_close, &link_after)) {
			copy_bytes(v, text, run, i - run);
			replace_bytes(v, i, 1, "");
			i = run = i + 1;
			continue;
		}
		if ((n = space_len(t, i, end))) {
			size_t j = i + n, m;

			while (j < end && (m = space_len(t, j, end)))
				j += m;
			if (j - i == 1 && t[i] == ' ') {
				i = j;
				continue;
			}
			copy_bytes(v, text, run, i - run);
			replace_bytes(v, i, j - i, " ");
			i = run = j;
			continue;
		}
		if ((t[i] == '\'' || (t[i] == 0xE2 && i + 2 < end && t[i + 1] == 0x80 &&
				      t[i + 2] == 0x99)) &&
		    contraction(t, start, end, run, i, t[i] == '\'' ? 1 : 3, &at, &n, words)) {
			copy_bytes(v, text, run, at - run);
			replace_bytes(v, at, n, words);
			i = run = at + n;
			continue;
		}
		if (t[i] >= 0x80 && (with = respell(t, i, end, &n))) {
			copy_bytes(v, text, run, i - run);
			replace_bytes(v, i, n, with);
			i = run = i + n;
			continue;
		}
		/*
		 * "SOW No. 3", "Nos. 4 and 5": a number, not the word "no"
		 * that patterns read as a negation.
		 */
		if (t[i] == '.' && (n = number_abbreviation(t, start, i, end))) {
			copy_bytes(v, text, run, i - n - run);
			replace_bytes(v, i - n, n + 1, n == 3 ? "numbers" : "number");
			i = run = i + 1;
			continue;
		}
		/* Asterisks that are no emphasis: "[***] days' notice", "$[**]". */
		if (t[i] == '*' &&
		    (n = literal_asterisks(t, run < i ? t[i - 1] :
					   v->text.len > vstart ? (unsigned char)v->text.ptr[v->text.len - 1] : ' ',
					   i, end, md))) {
			i += n;
			continue;
		}
		if (md) {
			/* Nothing here may run past the link's text into its target. */
			size_t lim = link_close != (size_t)-1 && link_close > i ? link_close : end;
			size_t j, m, k;
			int brk;

			/* An escape: "\*", "1\.", "oai\_id". */
			if (t[i] == '\\' && i + 1 < lim && t[i + 1] > 0x20 && t[i + 1] < 0x7F &&
			    ispunct(t[i + 1])) {
				copy_bytes(v, text, run, i - run);
				replace_bytes_n(v, i, 2, ascii_chars + (t[i + 1] - 0x20), 1);
				i = run = i + 2;
				continue;
			}
			if (t[i] == '<' && (n = html_tag(t, i, lim, &brk))) {
				copy_bytes(v, text, run, i - run);
				j = i + n;
				with = "";
				/* A line break and the blanks and breaks after it are one space. */
				if (brk) {
					for (;;) {
						if (j < lim && (m = space_len(t, j, lim)))
							j += m;
						else if (j < lim && t[j] == '<' && (k = html_tag(t, j, lim, &brk)) && brk)
							j += k;
						else
							break;
					}
					if (j < end && v->text.len > vstart && v->text.ptr[v->text.len - 1] != ' ')
						with = " ";
				}
				replace_bytes(v, i, j - i, with);
				i = run = j;
				continue;
			}
			/* An image goes, with a blank beside it. */
			if ((t[i] == '!' || t[i] == '[') && (n = markdown_image(t, i, lim))) {
				j = i + n;
				if (i > run && t[i - 1] == ' ')
					i--;
				else
					while (j < end && (m = space_len(t, j, end)))
						j += m;
				copy_bytes(v, text, run, i - run);
				replace_bytes(v, i, j - i, "");
				i = run = j;
				continue;
			}
			if (t[i] == '&' && (with = html_entity(t, i, lim, &n, &m))) {
				copy_bytes(v, text, run, i - run);
				if (*with == ' ' && v->text.len > vstart && v->text.ptr[v->text.len - 1] == ' ')
					m = 0;
				replace_bytes_n(v, i, n, with, m);
				i = run = i + n;
				continue;
			}
			/* Emphasis: "we *do not*", "(**\"Customer Data\"**)". */
			if ((t[i] == '*' || t[i] == '_') &&
			    (n = emphasis_run(t, run < i ? t[i - 1] :
					      v->text.len > vstart ? (unsigned char)v->text.ptr[v->text.len - 1] : ' ',
					      i, end))) {
				copy_bytes(v, text, run, i - run);
				replace_bytes(v, i, n, "");
				i = run = i + n;
				continue;
			}
		}
		/* Markdown strong emphasis: "**Customer Data**". */
		if ((t[i] == '*' || t[i] == '_') && i + 1 < end && t[i + 1] == t[i]) {
			copy_bytes(v, text, run, i - run);
			replace_bytes(v, i, 2, "");
			i = run = i + 2;
			continue;
		}
		i++;
	}
	copy_bytes(v, text, run, end - run);
	if (end < sent_end)                     /* a table row's closing '|' */
		replace_bytes(v, end, sent_end - end, "");
}

static void build_plain(struct view *v, const char *text, size_t start, size_t end,
			const struct view_subst *subst, size_t nsubst, size_t *si,
			struct view_notes *vn)
{
	build_sentence(v, text, start, end, subst, nsubst, si, vn, 0);
}

static void build_markdown(struct view *v, const char *text, size_t start, size_t end,
			   const struct view_subst *subst, size_t nsubst, size_t *si,
			   struct view_notes *vn)
{
	build_sentence(v, text, start, end, subst, nsubst, si, vn, 1);
}

void view_build(struct view *v, const struct document *doc,
		const struct view_subst *subst, size_t nsubst)
{
	size_t i, si = 0;
	struct view_notes vn = { doc->notes, doc->nnote, 0 };

	buf_reset(&v->text);
	v->nseg = 0;
	v->nsent = 0;
	if (doc->nsent > v->sent_alloc) {
		v->sent_start = xreallocarray(v->sent_start, doc->nsent, sizeof(size_t));
		v->sent_end = xreallocarray(v->sent_end, doc->nsent, sizeof(size_t));
		v->sent_alloc = doc->nsent;
	}
	buf_grow(&v->text, doc->text.len + doc->nsent);
	for (i = 0; i < doc->nsent; i++) {
		const struct sentence *s = &doc->sents[i];

		v->sent_start[i] = v->text.len;
		(doc->markdown ? build_markdown : build_plain)(v, doc->text.ptr, s->start, s->end,
							       subst, nsubst, &si, &vn);
		v->sent_end[i] = v->text.len;
		/* The separator maps to the sentence's end. */
		replace_bytes(v, s->end, 0, "\n");
	}
	v->nsent = doc->nsent;
}

void view_release(struct view *v)
{
	buf_release(&v->text);
	free(v->sent_start);
	free(v->sent_end);
	free(v->seg);
	memset(v, 0, sizeof(*v));
	buf_init(&v->text, 0);
}

/* The last segment starting at or before pos (strictly before when `end`). */
static const struct view_seg *find_seg(const struct view *v, size_t pos, int end)
{
	size_t lo = 0, hi = v->nseg;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (end ? v->seg[mid].view < pos : v->seg[mid].view <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? &v->seg[lo - 1] : NULL;
}

size_t view_to_orig_start(const struct view *v, size_t pos)
{
	const struct view_seg *s = find_seg(v, pos, 0);

	if (!s)
		return pos;
	return s->copy ? s->orig + (pos - s->view) : s->orig;
}

size_t view_to_orig_end(const struct view *v, size_t pos)
{
	const struct view_seg *s = find_seg(v, pos, 1);

	if (!s)
		return pos;
	return s->copy ? s->orig + (pos - s->view) : s->orig + s->olen;
}

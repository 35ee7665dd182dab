#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "docx_numbering.h"
#include "docx_xml.h"
#include "xalloc.h"

#define NUM_LEVELS 9
/* basedOn chains and list-style links longer than this are cycles. */
#define MAX_HOPS 32

struct num_level {
	int defined;
	long start;
	enum num_fmt fmt;
	int width;             /* zero padding of decimal formats */
	const char *text;      /* lvlText; NULL prints nothing */
	int restart;           /* -1 unspecified, 0 never, n: after level n (1-based) */
	int is_lgl;
	int hidden;
	enum num_suff suff;
	const char *pstyle;
};

struct abstract_num {
	long id;
	size_t order;
	const char *num_style_link;
	struct num_level lvl[NUM_LEVELS];
	/* Counters: every instance of this list shares them, as in Word. */
	long count[NUM_LEVELS];
	unsigned char set[NUM_LEVELS];
};

struct num_inst {
	long id;
	size_t order;
	long abstract_id;
	struct num_level ovl[NUM_LEVELS];
	long start_override[NUM_LEVELS];
	unsigned char has_override[NUM_LEVELS];
	/* A start override takes effect once, at the instance's first use. */
	unsigned char override_used[NUM_LEVELS];
	struct abstract_num *abs;   /* resolved on first use */
	int resolved;
};

enum style_type { STYLE_PARA, STYLE_CHAR, STYLE_OTHER };

struct style {
	const char *id;
	const char *based_on;
	size_t order;
	enum style_type type;
	int is_default;
	int num_id, ilvl, outline, hidden;   /* -1: the style does not say */
};

struct docx_numbering {
	struct arena arena;
	struct style *styles;
	size_t nstyle, style_alloc;
	const struct style *default_para;
	struct abstract_num *abs;
	size_t nabs, abs_alloc;
	struct num_inst *nums;
	size_t nnum, num_alloc;
	/* parse state */
	long cur_style, cur_abs, cur_num;
	int cur_override;
	struct num_level *cur_lvl;
};

/* ---- number formats ---- */

static const struct {
	const char *name;
	enum num_fmt fmt;
} fmt_names[] = {
	{ "bullet", NUM_FMT_BULLET },
	{ "cardinalText", NUM_FMT_CARDINAL_TEXT },
	{ "chicago", NUM_FMT_CHICAGO },
	{ "decimal", NUM_FMT_DECIMAL },
	{ "decimalEnclosedCircle", NUM_FMT_ENCLOSED_CIRCLE },
	{ "decimalEnclosedFullstop", NUM_FMT_ENCLOSED_FULLSTOP },
	{ "decimalEnclosedParen", NUM_FMT_ENCLOSED_PAREN },
	{ "decimalFullWidth", NUM_FMT_FULL_WIDTH },
	{ "decimalFullWidth2", NUM_FMT_FULL_WIDTH },
	{ "decimalHalfWidth", NUM_FMT_DECIMAL },
	{ "decimalZero", NUM_FMT_DECIMAL_ZERO },
	{ "lowerLetter", NUM_FMT_LOWER_LETTER },
	{ "lowerRoman", NUM_FMT_LOWER_ROMAN },
	{ "none", NUM_FMT_NONE },
	{ "numberInDash", NUM_FMT_NUMBER_IN_DASH },
	{ "ordinal", NUM_FMT_ORDINAL },
	{ "ordinalText", NUM_FMT_ORDINAL_TEXT },
	{ "upperLetter", NUM_FMT_UPPER_LETTER },
	{ "upperRoman", NUM_FMT_UPPER_ROMAN },
};

enum num_fmt docx_num_fmt(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(fmt_names); i++)
		if (!strcmp(name, fmt_names[i].name))
			return fmt_names[i].fmt;
	return NUM_FMT_DECIMAL;
}

static void add_roman(struct buf *out, long v, int upper)
{
	static const struct {
		int value;
		const char *s;
	} parts[] = {
		{ 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" },
		{ 100, "c" }, { 90, "xc" }, { 50, "l" }, { 40, "xl" },
		{ 10, "x" }, { 9, "ix" }, { 5, "v" }, { 4, "iv" }, { 1, "i" },
	};
	size_t i, start = out->len, k;

	for (i = 0; i < ARRAY_SIZE(parts); i++) {
		while (v >= parts[i].value) {
			buf_addstr(out, parts[i].s);
			v -= parts[i].value;
		}
	}
	if (upper)
		for (k = start; k < out->len; k++)
			out->ptr[k] = (char)toupper((unsigned char)out->ptr[k]);
}

/* Word's letters repeat rather than carry: ... z, aa, bb, ... zz, aaa. */
static void add_letters(struct buf *out, long v, int upper)
{
	long times = (v - 1) / 26 + 1, i;
	char c = (char)((upper ? 'A' : 'a') + (v - 1) % 26);

	for (i = 0; i < times && i < 64; i++)
		buf_addch(out, c);
}

static const char *const ones[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen",
};
static const char *const tens[] = {
	"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
	"eighty", "ninety",
};
static const char *const ordinal_ones[] = {
	"zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
	"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
	"thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
	"eighteenth", "nineteenth",
};
static const char *const ordinal_tens[] = {
	"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
	"seventieth", "eightieth", "ninetieth",
};

/* English words for 0..999999, "-th" form on the last word if ordinal. */
static void add_words(struct buf *out, long v, int ordinal)
{
	if (v >= 1000) {
		add_words(out, v / 1000, 0);
		if (v % 1000 == 0) {
			buf_addstr(out, ordinal ? " thousandth" : " thousand");
			return;
		}
		buf_addstr(out, " thousand ");
		v %= 1000;
	}
	if (v >= 100) {
		buf_addstr(out, ones[v / 100]);
		if (v % 100 == 0) {
			buf_addstr(out, ordinal ? " hundredth" : " hundred");
			return;
		}
		buf_addstr(out, " hundred ");
		v %= 100;
	}
	if (v >= 20) {
		if (v % 10 == 0) {
			buf_addstr(out, ordinal ? ordinal_tens[v / 10] : tens[v / 10]);
			return;
		}
		buf_addstr(out, tens[v / 10]);
		buf_addch(out, '-');
		v %= 10;
	}
	buf_addstr(out, ordinal ? ordinal_ones[v] : ones[v]);
}

static void add_decimal(struct buf *out, long v, int width)
{
	buf_addf(out, "%0*ld", width > 0 && width < 16 ? width : 1, v);
}

void docx_format_number(enum num_fmt fmt, long value, int width, struct buf *out)
{
	static const char *const chicago[] = { "*", "\xE2\x80\xA0", "\xE2\x80\xA1", "\xC2\xA7" };
	size_t start = out->len;
	long i;

	switch (fmt) {
	case NUM_FMT_NONE:
	case NUM_FMT_BULLET:
		return;
	case NUM_FMT_DECIMAL_ZERO:
		add_decimal(out, value, width > 2 ? width : 2);
		return;
	case NUM_FMT_UPPER_ROMAN:
	case NUM_FMT_LOWER_ROMAN:
		if (value <= 0)
			break;
		add_roman(out, value, fmt == NUM_FMT_UPPER_ROMAN);
		return;
	case NUM_FMT_UPPER_LETTER:
	case NUM_FMT_LOWER_LETTER:
		if (value <= 0)
			break;
		add_letters(out, value, fmt == NUM_FMT_UPPER_LETTER);
		return;
	case NUM_FMT_ORDINAL:
		if (value < 0)
			break;
		buf_addf(out, "%ld", value);
		if (value % 100 >= 11 && value % 100 <= 13)
			buf_addstr(out, "th");
		else
			buf_addstr(out, value % 10 == 1 ? "st" : value % 10 == 2 ? "nd" :
				   value % 10 == 3 ? "rd" : "th");
		return;
	case NUM_FMT_CARDINAL_TEXT:
	case NUM_FMT_ORDINAL_TEXT:
		if (value < 0 || value > 999999)
			break;
		add_words(out, value, fmt == NUM_FMT_ORDINAL_TEXT);
		out->ptr[start] = (char)toupper((unsigned char)out->ptr[start]);
		return;
	case NUM_FMT_ENCLOSED_PAREN:
		buf_addf(out, "(%ld)", value);
		return;
	case NUM_FMT_ENCLOSED_FULLSTOP:
		buf_addf(out, "%ld.", value);
		return;
	case NUM_FMT_ENCLOSED_CIRCLE:
		if (value < 1 || value > 20)
			break;
		buf_add_utf8(out, 0x2460 + (unsigned long)value - 1);
		return;
	case NUM_FMT_FULL_WIDTH: {
		struct buf digits = BUF_INIT;

		add_decimal(&digits, value, width);
		for (i = 0; i < (long)digits.len; i++) {
			char c = digits.ptr[i];

			if (c >= '0' && c <= '9')
				buf_add_utf8(out, 0xFF10 + (unsigned long)(c - '0'));
			else
				buf_addch(out, c);
		}
		buf_release(&digits);
		return;
	}
	case NUM_FMT_CHICAGO:
		if (value <= 0)
			break;
		for (i = 0; i < (value - 1) / 4 + 1 && i < 64; i++)
			buf_addstr(out, chicago[(value - 1) % 4]);
		return;
	case NUM_FMT_NUMBER_IN_DASH:
		buf_addf(out, "- %ld -", value);
		return;
	case NUM_FMT_DECIMAL:
		break;
	}
	add_decimal(out, value, width);
}

/* ---- lifecycle and lookup ---- */

struct docx_numbering *docx_numbering_new(void)
{
	struct docx_numbering *n = xcalloc(1, sizeof(*n));

	n->cur_style = n->cur_abs = n->cur_num = -1;
	n->cur_override = -1;
	return n;
}

void docx_numbering_free(struct docx_numbering *n)
{
	if (!n)
		return;
	free(n->styles);
	free(n->abs);
	free(n->nums);
	arena_release(&n->arena);
	free(n);
}

static int cmp_style(const void *a, const void *b)
{
	const struct style *x = a, *y = b;
	int c = strcmp(x->id, y->id);

	if (c)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int cmp_abs(const void *a, const void *b)
{
	const struct abstract_num *x = a, *y = b;

	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int cmp_num(const void *a, const void *b)
{
	const struct num_inst *x = a, *y = b;

	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* The first of equal keys wins, as in Word: the arrays are sorted stably by order. */
static const struct style *find_style(const struct docx_numbering *n, const char *id)
{
	size_t lo = 0, hi = n->nstyle;

	if (!id)
		return NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(n->styles[mid].id, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n->nstyle && !strcmp(n->styles[lo].id, id) ? &n->styles[lo] : NULL;
}

static struct abstract_num *find_abs(struct docx_numbering *n, long id)
{
	size_t lo = 0, hi = n->nabs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (n->abs[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n->nabs && n->abs[lo].id == id ? &n->abs[lo] : NULL;
}

static struct num_inst *find_num(struct docx_numbering *n, long id)
{
	size_t lo = 0, hi = n->nnum;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (n->nums[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n->nnum && n->nums[lo].id == id ? &n->nums[lo] : NULL;
}

static const char *attr_dup(struct docx_numbering *n, const struct xml_attrs *a,
			    enum xml_ns ns, const char *local)
{
	const char *v;
	size_t len;

	if (xml_attr(a, ns, local, &v, &len))
		return NULL;
	return arena_strndup(&n->arena, v, len);
}

/* ---- styles.xml ---- */

static int heading_level_from_name(const char *v, size_t len)
{
	if (len == 9 && !strncasecmp(v, "heading ", 8) && v[8] >= '1' && v[8] <= '9')
		return v[8] - '1';
	return -1;
}

static void styles_start(struct xml_parser *p, void *user, enum xml_ns ns,
			 enum xml_tag tag, const struct xml_attrs *a)
{
	struct docx_numbering *n = user;
	struct style *s = n->cur_style >= 0 ? &n->styles[n->cur_style] : NULL;
	const char *v;
	size_t len;
	char type[16];

	if (ns != XNS_W)
		return;
	switch (tag) {
	case T_STYLE:
		ALLOC_GROW(n->styles, n->nstyle + 1, n->style_alloc);
		s = &n->styles[n->nstyle];
		memset(s, 0, sizeof(*s));
		s->order = n->nstyle;
		s->id = attr_dup(n, a, XNS_W, "styleId");
		if (!s->id)
			s->id = "";
		xml_attr_copy(a, XNS_W, "type", type, sizeof(type));
		s->type = !strcmp(type, "paragraph") ? STYLE_PARA :
			  !strcmp(type, "character") ? STYLE_CHAR : STYLE_OTHER;
		s->is_default = xml_attr(a, XNS_W, "default", &v, &len) == 0 &&
				xml_attr_on(a, "default");
		s->num_id = s->ilvl = s->outline = s->hidden = -1;
		n->cur_style = (long)n->nstyle++;
		break;
	case T_PPRCHANGE:
	case T_RPRCHANGE:
	case T_TBLSTYLEPR:
	case T_DOCDEFAULTS:
		xml_skip(p);
		break;
	case T_NAME:
		if (s && xml_parent(p) == T_STYLE && !xml_attr(a, XNS_W, "val", &v, &len) &&
		    s->outline < 0)
			s->outline = heading_level_from_name(v, len);
		break;
	case T_BASEDON:
		if (s && xml_parent(p) == T_STYLE)
			s->based_on = attr_dup(n, a, XNS_W, "val");
		break;
	case T_NUMID:
	case T_ILVL:
		if (s && xml_parent(p) == T_NUMPR && xml_ancestor(p, 2) == T_PPR &&
		    xml_ancestor(p, 3) == T_STYLE) {
			long val = xml_attr_long(a, XNS_W, "val", -1);

			if (val < -1 || val > 1000000000)
				val = -1;
			if (tag == T_NUMID)
				s->num_id = (int)val;
			else
				s->ilvl = (int)val;
		}
		break;
	case T_OUTLINELVL:
		if (s && xml_parent(p) == T_PPR && xml_ancestor(p, 2) == T_STYLE) {
			long val = xml_attr_long(a, XNS_W, "val", 9);

			s->outline = val >= 0 && val < 9 ? (int)val : 9;
		}
		break;
	case T_VANISH:
		if (s && xml_parent(p) == T_RPR && xml_ancestor(p, 2) == T_STYLE)
			s->hidden = xml_attr_on(a, "val");
		break;
	default:
		break;
	}
}

static void styles_end(struct xml_parser *p, void *user, enum xml_ns ns,
		       enum xml_tag tag)
{
	struct docx_numbering *n = user;

	(void)p;
	if (ns == XNS_W && tag == T_STYLE)
		n->cur_style = -1;
}

int docx_numbering_read_styles(struct docx_numbering *n, const char *part,
			       const unsigned char *data, size_t len,
			       unsigned max_depth, struct buf *err)
{
	static const struct xml_handler h = { styles_start, styles_end, NULL };
	enum xml_result r;
	size_t i;

	r = xml_parse(part, data, len, max_depth, &h, n, err);
	n->cur_style = -1;
	if (n->nstyle)
		qsort(n->styles, n->nstyle, sizeof(*n->styles), cmp_style);
	n->default_para = NULL;
	for (i = 0; i < n->nstyle; i++) {
		const struct style *s = &n->styles[i];

		if (s->type == STYLE_PARA && s->is_default &&
		    (!n->default_para || s->order < n->default_para->order))
			n->default_para = s;
	}
	return r;
}

/* ---- numbering.xml ---- */

static void level_init(struct num_level *l)
{
	memset(l, 0, sizeof(*l));
	l->defined = 1;
	l->restart = -1;
	l->fmt = NUM_FMT_DECIMAL;
	l->suff = NUM_SUFF_TAB;
}

/* Word 2010 writes numFmt="custom" format="001, 002, 003, ...": zero padding. */
static void parse_custom_format(struct num_level *l, const char *v, size_t len)
{
	size_t i = 0;

	while (i < len && v[i] >= '0' && v[i] <= '9')
		i++;
	if (i > 1 && i < 16 && v[0] == '0') {
		l->fmt = NUM_FMT_DECIMAL;
		l->width = (int)i;
	}
}

static void numbering_start(struct xml_parser *p, void *user, enum xml_ns ns,
			    enum xml_tag tag, const struct xml_attrs *a)
{
	struct docx_numbering *n = user;
	enum xml_tag parent = xml_parent(p);
	struct num_level *l = n->cur_lvl;
	const char *v;
	size_t len;
	long ilvl;
	char tmp[32];

	if (ns != XNS_W)
		return;
	switch (tag) {
	case T_ABSTRACTNUM: {
		struct abstract_num *an;

		ALLOC_GROW(n->abs, n->nabs + 1, n->abs_alloc);
		an = &n->abs[n->nabs];
		memset(an, 0, sizeof(*an));
		an->id = xml_attr_long(a, XNS_W, "abstractNumId", -1);
		an->order = n->nabs;
		n->cur_abs = (long)n->nabs++;
		n->cur_num = -1;
		break;
	}
	case T_NUM: {
		struct num_inst *ni;

		if (parent != T_UNKNOWN)
			break;   /* w:num only lives at the top */
		ALLOC_GROW(n->nums, n->nnum + 1, n->num_alloc);
		ni = &n->nums[n->nnum];
		memset(ni, 0, sizeof(*ni));
		ni->id = xml_attr_long(a, XNS_W, "numId", -1);
		ni->abstract_id = -1;
		ni->order = n->nnum;
		n->cur_num = (long)n->nnum++;
		n->cur_abs = -1;
		break;
	}
	case T_ABSTRACTNUMID:
		if (parent == T_NUM && n->cur_num >= 0)
			n->nums[n->cur_num].abstract_id = xml_attr_long(a, XNS_W, "val", -1);
		break;
	case T_NUMSTYLELINK:
		if (parent == T_ABSTRACTNUM && n->cur_abs >= 0)
			n->abs[n->cur_abs].num_style_link = attr_dup(n, a, XNS_W, "val");
		break;
	case T_LVLOVERRIDE:
		ilvl = xml_attr_long(a, XNS_W, "ilvl", -1);
		if (parent != T_NUM || n->cur_num < 0 || ilvl < 0 || ilvl >= NUM_LEVELS) {
			xml_skip(p);
			break;
		}
		n->cur_override = (int)ilvl;
		break;
	case T_STARTOVERRIDE:
		if (parent == T_LVLOVERRIDE && n->cur_num >= 0 && n->cur_override >= 0) {
			struct num_inst *ni = &n->nums[n->cur_num];

			ni->start_override[n->cur_override] = xml_attr_long(a, XNS_W, "val", 0);
			ni->has_override[n->cur_override] = 1;
		}
		break;
	case T_LVL:
		ilvl = xml_attr_long(a, XNS_W, "ilvl", -1);
		if (ilvl < 0 || ilvl >= NUM_LEVELS) {
			xml_skip(p);
			break;
		}
		if (parent == T_ABSTRACTNUM && n->cur_abs >= 0)
			n->cur_lvl = &n->abs[n->cur_abs].lvl[ilvl];
		else if (parent == T_LVLOVERRIDE && n->cur_num >= 0 && n->cur_override >= 0)
			n->cur_lvl = &n->nums[n->cur_num].ovl[n->cur_override];
		else {
			xml_skip(p);
			break;
		}
		level_init(n->cur_lvl);
		break;
	case T_PPR:
		if (parent == T_LVL)
			xml_skip(p);
		break;
	case T_START:
		if (l && parent == T_LVL)
			l->start = xml_attr_long(a, XNS_W, "val", 0);
		break;
	case T_NUMFMT:
		if (l && parent == T_LVL) {
			xml_attr_copy(a, XNS_W, "val", tmp, sizeof(tmp));
			l->fmt = docx_num_fmt(tmp);
			l->width = 0;
			if (!strcmp(tmp, "custom") && !xml_attr(a, XNS_W, "format", &v, &len))
				parse_custom_format(l, v, len);
		}
		break;
	case T_LVLTEXT:
		if (l && parent == T_LVL) {
			l->text = attr_dup(n, a, XNS_W, "val");
			if (!xml_attr(a, XNS_W, "null", &v, &len) && xml_attr_on(a, "null"))
				l->text = "";
		}
		break;
	case T_LVLRESTART:
		if (l && parent == T_LVL) {
			long val = xml_attr_long(a, XNS_W, "val", -1);

			l->restart = val < 0 || val > NUM_LEVELS ? -1 : (int)val;
		}
		break;
	case T_ISLGL:
		if (l && parent == T_LVL)
			l->is_lgl = xml_attr_on(a, "val");
		break;
	case T_SUFF:
		if (l && parent == T_LVL) {
			xml_attr_copy(a, XNS_W, "val", tmp, sizeof(tmp));
			l->suff = !strcmp(tmp, "space") ? NUM_SUFF_SPACE :
				  !strcmp(tmp, "nothing") ? NUM_SUFF_NOTHING : NUM_SUFF_TAB;
		}
		break;
	case T_PSTYLE:
		if (l && parent == T_LVL)
			l->pstyle = attr_dup(n, a, XNS_W, "val");
		break;
	case T_VANISH:
		if (l && parent == T_RPR && xml_ancestor(p, 2) == T_LVL)
			l->hidden = xml_attr_on(a, "val");
		break;
	default:
		break;
	}
}

static void numbering_end(struct xml_parser *p, void *user, enum xml_ns ns,
			  enum xml_tag tag)
{
	struct docx_numbering *n = user;

	(void)p;
	if (ns != XNS_W)
		return;
	switch (tag) {
	case T_LVL:
		n->cur_lvl = NULL;
		break;
	case T_LVLOVERRIDE:
		n->cur_override = -1;
		break;
	case T_ABSTRACTNUM:
		n->cur_abs = -1;
		n->cur_lvl = NULL;
		break;
	case T_NUM:
		n->cur_num = -1;
		n->cur_lvl = NULL;
		break;
	default:
		break;
	}
}

int docx_numbering_read_numbering(struct docx_numbering *n, const char *part,
				  const unsigned char *data, size_t len,
				  unsigned max_depth, struct buf *err)
{
	static const struct xml_handler h = { numbering_start, numbering_end, NULL };
	enum xml_result r;

	r = xml_parse(part, data, len, max_depth, &h, n, err);
	n->cur_abs = n->cur_num = -1;
	n->cur_override = -1;
	n->cur_lvl = NULL;
	/* qsort's pointer must not be null, even for no elements. */
	if (n->nabs)
		qsort(n->abs, n->nabs, sizeof(*n->abs), cmp_abs);
	if (n->nnum)
		qsort(n->nums, n->nnum, sizeof(*n->nums), cmp_num);
	return r;
}

/* ---- resolution ---- */

/* A style's numId, following basedOn (list styles rarely inherit, but may). */
static int style_num_id(const struct docx_numbering *n, const struct style *s)
{
	int hops;

	for (hops = 0; s && hops < MAX_HOPS; hops++, s = find_style(n, s->based_on))
		if (s->num_id >= 0)
			return s->num_id;
	return -1;
}

/* The abstract list an instance counts in, through list-style links. */
static struct abstract_num *resolve_abstract(struct docx_numbering *n,
					     struct num_inst *ni)
{
	struct abstract_num *a;
	int hops;

	if (ni->resolved)
		return ni->abs;
	ni->resolved = 1;
	a = find_abs(n, ni->abstract_id);
	for (hops = 0; a && a->num_style_link && hops < MAX_HOPS; hops++) {
		const struct style *s = find_style(n, a->num_style_link);
		struct num_inst *linked;
		struct abstract_num *b;
		int id = style_num_id(n, s);

		if (id < 0 || !(linked = find_num(n, id)) || linked == ni)
			break;
		b = find_abs(n, linked->abstract_id);
		if (!b || b == a)
			break;
		a = b;
	}
	ni->abs = a;
	return a;
}

static const struct num_level *level_def(const struct num_inst *ni,
					 const struct abstract_num *a, int k)
{
	if (ni->ovl[k].defined)
		return &ni->ovl[k];
	return &a->lvl[k];
}

static int is_decimal_family(const struct num_level *l)
{
	return l->fmt == NUM_FMT_DECIMAL || l->fmt == NUM_FMT_DECIMAL_ZERO;
}

static void format_label(const struct num_inst *ni, const struct abstract_num *a,
			 int lvl, struct buf *label)
{
	const struct num_level *me = level_def(ni, a, lvl);
	const char *s;

	for (s = me->text; *s; s++) {
		const struct num_level *ref;
		long value;
		int k;

		if (s[0] != '%' || s[1] < '1' || s[1] > '9') {
			buf_addch(label, *s);
			continue;
		}
		k = s[1] - '1';
		s++;
		ref = level_def(ni, a, k);
		value = a->set[k] ? a->count[k] : ref->start - 1;
		/* isLgl: "Article IV" becomes "Section 4.01" in a legal list. */
		if (me->is_lgl && !is_decimal_family(ref))
			docx_format_number(NUM_FMT_DECIMAL, value, 0, label);
		else
			docx_format_number(ref->fmt, value, ref->width, label);
	}
}

void docx_numbering_next(struct docx_numbering *n,
			 const struct docx_para_props *props, struct buf *label,
			 struct docx_para_number *out)
{
	const struct style *own = props->style ? find_style(n, props->style) : n->default_para;
	const struct style *s;
	const struct num_level *me;
	struct abstract_num *a;
	struct num_inst *ni;
	int num_id = props->num_id, ilvl = props->ilvl, outline = props->outline;
	int hops, k;

	memset(out, 0, sizeof(*out));
	out->ilvl = -1;
	out->outline = -1;
	out->list = -1;
	for (s = own, hops = 0; s && hops < MAX_HOPS; s = find_style(n, s->based_on), hops++) {
		if (num_id < 0 && s->num_id >= 0)
			num_id = s->num_id;
		if (ilvl < 0 && s->ilvl >= 0)
			ilvl = s->ilvl;
		if (outline < 0 && s->outline >= 0)
			outline = s->outline;
	}
	out->outline = outline >= 0 && outline < 9 ? outline : -1;
	if (num_id <= 0 || !(ni = find_num(n, num_id)) || !(a = resolve_abstract(n, ni)))
		return;

	if (ilvl < 0) {
		/* The level that names the paragraph's style (or a style it is based on). */
		for (s = own, hops = 0; s && ilvl < 0 && hops < MAX_HOPS;
		     s = find_style(n, s->based_on), hops++)
			for (k = 0; k < NUM_LEVELS; k++)
				if (level_def(ni, a, k)->pstyle &&
				    !strcmp(level_def(ni, a, k)->pstyle, s->id)) {
					ilvl = k;
					break;
				}
	}
	if (ilvl < 0)
		ilvl = 0;
	if (ilvl >= NUM_LEVELS)
		ilvl = NUM_LEVELS - 1;

	out->numbered = 1;
	out->ilvl = ilvl;
	out->list = (int)(a - n->abs);
	me = level_def(ni, a, ilvl);
	out->suff = me->suff;

	if (ni->has_override[ilvl] && !ni->override_used[ilvl]) {
		ni->override_used[ilvl] = 1;
		a->count[ilvl] = ni->start_override[ilvl];
		a->set[ilvl] = 1;
	} else if (!a->set[ilvl]) {
		a->count[ilvl] = me->start;
		a->set[ilvl] = 1;
	} else {
		a->count[ilvl]++;
	}
	for (k = ilvl + 1; k < NUM_LEVELS; k++) {
		const struct num_level *deeper = level_def(ni, a, k);
		int restart = deeper->defined ? deeper->restart : -1;

		if (restart == 0)
			continue;
		if (ilvl <= (restart < 0 ? k - 1 : restart - 1))
			a->set[k] = 0;
	}

	if (!me->defined || !me->text || me->hidden || me->fmt == NUM_FMT_BULLET) {
		out->bullet = 1;
		return;
	}
	format_label(ni, a, ilvl, label);
	if (!label->len)
		out->bullet = 1;
}

void docx_numbering_restart(struct docx_numbering *n)
{
	size_t i;

	for (i = 0; i < n->nabs; i++)
		memset(n->abs[i].set, 0, sizeof(n->abs[i].set));
	for (i = 0; i < n->nnum; i++)
		memset(n->nums[i].override_used, 0, sizeof(n->nums[i].override_used));
}

int docx_style_hidden(const struct docx_numbering *n, const char *para_style,
		      const char *run_style)
{
	const struct style *s;
	int hops;

	for (s = run_style ? find_style(n, run_style) : NULL, hops = 0;
	     s && hops < MAX_HOPS; s = find_style(n, s->based_on), hops++)
		if (s->hidden >= 0)
			return s->hidden;
	for (s = para_style ? find_style(n, para_style) : n->default_para, hops = 0;
	     s && hops < MAX_HOPS; s = find_style(n, s->based_on), hops++)
		if (s->hidden >= 0)
			return s->hidden;
	return 0;
}

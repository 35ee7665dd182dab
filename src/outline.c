/*
 * outline: clause labels typed in the text, and the outline they make
 * (see outline.h).  Shared by text_load and docx_load.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "outline.h"
#include "xalloc.h"

/* ---- labels ------------------------------------------------------------ */

/*
 * The roman-numeral twin of a letter style: "(i)" is the letter after "(h)"
 * or the first item of a roman list, decided by what came before.
 */
static enum label_style roman_twin(enum label_style s)
{
	switch (s) {
	case STYLE_PAREN_LOWER: return STYLE_PAREN_ROMAN;
	case STYLE_PAREN_UPPER: return STYLE_PAREN_ROMAN_UP;
	case STYLE_DOT_LOWER: return STYLE_DOT_ROMAN;
	case STYLE_DOT_UPPER: return STYLE_DOT_ROMAN_UP;
	case STYLE_CLOSE_LOWER: return STYLE_CLOSE_ROMAN;
	case STYLE_CLOSE_UPPER: return STYLE_CLOSE_ROMAN_UP;
	default: return STYLE_NONE;
	}
}

static int is_structural(enum label_style s)
{
	return s >= STYLE_NUMBER && s <= STYLE_MD_HEADING;
}

/*
 * strtoul(s, NULL, 10) for s opening on a digit, as labels' numbers do:
 * a short run of digits is summed here (strtoul's own work, locale and
 * all, cost more than the rest of a label), a long one left to strtoul.
 */
static unsigned long decimal(const char *s)
{
	unsigned long v = 0;
	size_t i;

	for (i = 0; isdigit((unsigned char)s[i]); i++) {
		if (i == 9)
			return strtoul(s, NULL, 10);
		v = v * 10 + (unsigned long)(s[i] - '0');
	}
	return v;
}

/* Value of a canonical roman numeral up to 89 ("iv", "XII", "xliv"), else 0. */
static unsigned long roman_value(const char *s, size_t n)
{
	static const char *const ones[] = {
		"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"
	};
	static const size_t ones_len[] = { 0, 1, 2, 3, 2, 1, 2, 3, 4, 2 };
	char w[8];
	size_t i, tens = 0, rest, base = 0;

	if (!n || n >= sizeof(w))
		return 0;
	for (i = 0; i < n; i++)
		w[i] = (char)tolower((unsigned char)s[i]);
	if (n >= 2 && w[0] == 'x' && w[1] == 'l') {
		tens = 2;       /* "xl": forty */
		base = 40;
	} else {
		if (w[0] == 'l') {
			tens = 1;       /* "l": fifty, and the tens after it */
			base = 50;
		}
		for (i = 0; tens < n && w[tens] == 'x'; i++)
			tens++;
		if (i > 3)
			return 0;
		base += i * 10;
	}
	rest = n - tens;
	for (i = 0; i < ARRAY_SIZE(ones); i++)
		if (ones_len[i] == rest && !memcmp(w + tens, ones[i], rest))
			return base + i;
	return 0;
}

static int same_case_letters(const char *s, size_t n, int upper)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (upper ? !isupper((unsigned char)s[i]) : !islower((unsigned char)s[i]))
			return 0;
	return n > 0;
}

/*
 * "(a)", "a.", "a)" and their roman, upper-case and digit forms.  Letters
 * are one letter or a doubled one ("(aa)" comes after "(z)").
 */
static int parse_enumerator(const char *s, const char *e, struct label *lab)
{
	const char *p = s, *id;
	size_t n;
	int paren = 0, upper;
	char close;

	if (*p == '(') {
		paren = 1;
		p++;
	}
	id = p;
	while (p < e && p - id < 7 && isalnum((unsigned char)*p))
		p++;
	n = (size_t)(p - id);
	if (!n || p >= e)
		return 0;
	close = *p;
	if (paren ? close != ')' : close != '.' && close != ')')
		return 0;
	lab->len = (size_t)(p + 1 - s);
	lab->depth = 1;
	if (isdigit((unsigned char)id[0])) {
		size_t i;

		/* "1." is a number (structural), "(1)" and "1)" enumerate. */
		if (n > 3 || close == '.')
			return 0;
		for (i = 0; i < n; i++)
			if (!isdigit((unsigned char)id[i]))
				return 0;
		lab->ordinal = decimal(id);
		lab->style = paren ? STYLE_PAREN_DIGIT : STYLE_CLOSE_DIGIT;
		return 1;
	}
	upper = isupper((unsigned char)id[0]);
	if (!same_case_letters(id, n, upper))
		return 0;
	lab->roman = roman_value(id, n);
	if (n == 1 || (n == 2 && id[0] == id[1])) {
		lab->ordinal = (unsigned long)(tolower((unsigned char)id[0]) - 'a' + 1) +
			       (n == 2 ? 26 : 0);
		if (n == 2 && lab->roman)   /* "ii", "xx": roman */
			lab->ordinal = 0;
	}
	if (lab->ordinal) {
		lab->style = paren ? (upper ? STYLE_PAREN_UPPER : STYLE_PAREN_LOWER)
			   : close == '.' ? (upper ? STYLE_DOT_UPPER : STYLE_DOT_LOWER)
			   : (upper ? STYLE_CLOSE_UPPER : STYLE_CLOSE_LOWER);
		/* Only i, v, x and l could be either; keep the roman value for those. */
		if (n != 1 || !strchr("ivxlIVXL", id[0]))
			lab->roman = 0;
		return 1;
	}
	if (!lab->roman)
		return 0;
	lab->style = roman_twin(paren ? (upper ? STYLE_PAREN_UPPER : STYLE_PAREN_LOWER)
				: close == '.' ? (upper ? STYLE_DOT_UPPER : STYLE_DOT_LOWER)
				: (upper ? STYLE_CLOSE_UPPER : STYLE_CLOSE_LOWER));
	lab->ordinal = lab->roman;
	lab->roman = 0;
	return 1;
}

/*
 * The letters heading a rider's or a schedule's numbers, before their stop
 * and a digit: "A" of "A.1", "AI" of "AI.3", "DP" of "DP.2", "SCH" of
 * "SCH.4".  Capitals only, at most four; abbreviations that precede a
 * number in prose ("NO.5", "REV.3", "VOL.2", "FIG.1") are none.  Their
 * length, or 0.
 */
static size_t letters_head(const char *s, const char *e)
{
	static const char *const abbrevs[] = {
		"NO", "NOS", "REV", "VOL", "FIG", "TEL", "FAX", "PG", "PP", "VER", "NR",
	};
	size_t n = 0, i;

	while (s + n < e && n < 5 && isupper((unsigned char)s[n]))
		n++;
	if (!n || n > 4 || s + n + 2 > e || s[n] != '.' || !isdigit((unsigned char)s[n + 1]))
		return 0;
	if (n > 1)
		for (i = 0; i < sizeof(abbrevs) / sizeof(abbrevs[0]); i++)
			if (strlen(abbrevs[i]) == n && !memcmp(abbrevs[i], s, n))
				return 0;
	return n;
}

/*
 * "1.", "1.1", "1.1.1.", "A.1", "A.1.2.", "9A.1": groups of at most three digits
 * (a year or a date is not a clause number).  A lone "1" is not a label,
 * nor is "1.5" before a lower-case word ("1.5 million").
 */
static int parse_number(const char *s, const char *e, struct label *lab)
{
	const char *p = s;
	int groups = 0, alpha_head = 0, inserted = 0;

	if (p < e && isupper((unsigned char)*p)) {
		size_t n = letters_head(p, e);

		if (n) {
			alpha_head = 1;
			p += n + 1;
			groups = 1;
		}
	}
	for (;;) {
		const char *g = p;

		while (p < e && isdigit((unsigned char)*p) && p - g < 4)
			p++;
		if (p == g || p - g > 3)
			return 0;
		if (!groups)
			lab->ordinal = decimal(g);
		groups++;
		/*
		 * A clause inserted by an amendment: "9A.", "9A.1", "12B.3",
		 * "4.2A".  One capital, then a stop, a blank or the end.
		 */
		if (!inserted && p + 1 < e && isupper((unsigned char)*p) &&
		    (p[1] == '.' || p[1] == ' ' || p[1] == '\t')) {
			inserted = 1;
			p++;
		} else if (!inserted && p + 1 == e && isupper((unsigned char)*p)) {
			inserted = 1;
			p++;
		}
		if (p < e && *p == '.' && p + 1 < e && isdigit((unsigned char)p[1])) {
			p++;
			continue;
		}
		/* A letter may close a number: "1.2.a", "I.2.b." */
		if (groups >= 2 && p + 1 < e && *p == '.' &&
		    isalpha((unsigned char)p[1]) &&
		    (p + 2 == e || !isalnum((unsigned char)p[2]))) {
			p += 2;
			groups++;
		}
		break;
	}
	if (p < e && *p == '.')
		p++;
	else if (p + 1 < e && p[0] == '\\' && p[1] == '.')
		p += 2;   /* Markdown's escaped "12\. Privacy" */
	else if (groups == 1)
		return 0;
	if (groups > 8)
		return 0;
	lab->style = alpha_head ? STYLE_ALNUM : STYLE_NUMBER;
	lab->len = (size_t)(p - s);
	lab->depth = groups;
	return 1;
}

/* `word` is in lower case; the first letter rules out most lines cheaply. */
static int word_at(const char *s, const char *e, const char *word)
{
	size_t n;

	if (tolower((unsigned char)*s) != (unsigned char)word[0])
		return 0;
	/* Each word has two bytes or more: the second rules out more. */
	if (e - s < 2 || tolower((unsigned char)s[1]) != (unsigned char)word[1])
		return 0;
	n = strlen(word);
	return (size_t)(e - s) > n && !strncasecmp(s, word, n) &&
	       (s[n] == ' ' || s[n] == '\t');
}

/*
 * One character of UTF-8 at *p (before e), folded to lower case for the
 * scripts annex headings are written in here: ASCII, Latin-1, Latin
 * Extended-A and basic Cyrillic.  Anything else is returned byte by byte.
 */
static unsigned long fold_next(const char **p, const char *e)
{
	const unsigned char *u = (const unsigned char *)*p;
	unsigned long c;

	if (u[0] < 0x80 || (u[0] & 0xE0) != 0xC0 || (const char *)u + 1 >= e ||
	    (u[1] & 0xC0) != 0x80) {
		(*p)++;
		return (unsigned long)tolower(u[0]);
	}
	c = ((unsigned long)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
	*p += 2;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 0x20;
	if (c >= 0x410 && c <= 0x42F)
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
		return c & 1 ? c + 1 : c;
	if ((c >= 0x100 && c <= 0x137 && c != 0x130 && c != 0x131) ||
	    (c >= 0x14A && c <= 0x177))
		return c | 1;
	return c;
}

static int is_word_byte(unsigned char c);

/* The code point of a two-byte UTF-8 character at s, else 0. */
static unsigned long utf8_two(const char *s, const char *e)
{
	const unsigned char *u = (const unsigned char *)s;

	if ((u[0] & 0xE0) != 0xC0 || s + 1 >= e || (u[1] & 0xC0) != 0x80)
		return 0;
	return ((unsigned long)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
}

/* Whether a lower-case letter opens s: ASCII, Latin-1, Latin-A or Cyrillic. */
static int lower_at(const char *s, const char *e)
{
	unsigned long c;

	if ((unsigned char)*s < 0x80)
		return islower((unsigned char)*s);
	c = utf8_two(s, e);
	if (c >= 0x430 && c <= 0x45F)
		return 1;
	if (c >= 0xDF && c <= 0xFF)
		return c != 0xF7;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
		return !(c & 1);
	if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
		return c & 1;
	return 0;
}

/*
 * Words that tie an annex's heading to its contract ("Annex 1 to the
 * Agreement", "Anlage 1 zum Vertrag", "Приложение № 1 к Договору"): a
 * heading in lower case after the label all the same, where what follows
 * the word is a caption ("to this Agreement sets out" is prose).
 */
static int annex_link_word(const char *s, const char *e)
{
	static const char *const links[] = {
		"to", "of", "zum", "zur", "zu", "au", "aux", "\xC3\xA0", "de", "du",
		"al", "del", "da", "do", "bij", "van", "till", "til",
		"\xD0\xBA", "\xD0\xB4\xD0\xBE",   /* к, до */
	};
	/* Words a title in these languages leaves in lower case. */
	static const char *const small[] = {
		"a", "an", "and", "the", "of", "to", "for", "de", "du", "des", "la", "le",
		"les", "del", "della", "al", "da", "do", "dos", "van", "het", "bij",
		"zum", "zur", "zu", "der", "die", "das", "den", "dem", "vom", "und",
		"et", "y", "e", "en", "och", "og", "till", "til",
	};
	const char *p;
	size_t i, n = 0;

	for (i = 0; i < ARRAY_SIZE(links) && !n; i++) {
		n = strlen(links[i]);
		if ((size_t)(e - s) <= n || memcmp(s, links[i], n) || (s[n] != ' ' && s[n] != '\t'))
			n = 0;
	}
	if (!n)
		return 0;
	/* What follows is a title: no word in lower case but the small ones. */
	for (p = s + n; p < e;) {
		const char *w = p;

		while (p < e && is_word_byte((unsigned char)*p))
			p++;
		if (p == w) {
			if (*p == '.' && p + 1 < e && p[1] == ' ' && p > s + 1 &&
			    isalpha((unsigned char)p[-1]) && isalpha((unsigned char)p[-2]))
				return 0;   /* a sentence ends inside */
			p++;
			continue;
		}
		if (islower((unsigned char)*w)) {
			for (i = 0; i < ARRAY_SIZE(small); i++)
				if (strlen(small[i]) == (size_t)(p - w) && !memcmp(w, small[i], (size_t)(p - w)))
					break;
			if (i == ARRAY_SIZE(small))
				return 0;
		}
	}
	return 1;
}

/*
 * The word for an annex in other languages ("Anlage", "Annexe", "Anexo",
 * "Allegato", "Bijlage", "Приложение"), in lower case, matched in any
 * case.  Returns the length matched at s, 0 for none.
 */
static size_t foreign_annex_at(const char *s, const char *e)
{
	static const char *const words[] = {
		"anlage", "anhang", "annexe", "anexo", "allegato", "bijlage",
		"bilaga", "bilag", "ap\xC3\xA9ndice", "ap\xC3\xAAndice",
		"za\xC5\x82\xC4\x85\x63znik",                      /* załącznik */
		"p\xC5\x99\xC3\xADloha",                            /* příloha */
		"\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5",
		/* приложение */
		"\xD0\xB4\xD0\xBE\xD0\xB4\xD0\xB0\xD1\x82\xD0\xBE\xD0\xBA", /* додаток */
	};
	size_t i;

	/*
	 * An ASCII letter folds to itself in lower case, and to no other
	 * letter: the first two rule most words out before they are folded.
	 */
	int first = (unsigned char)*s < 0x80 ? tolower((unsigned char)*s) : -1;
	int second = s + 1 < e && (unsigned char)s[1] < 0x80 ? tolower((unsigned char)s[1]) : -1;

	/* strchr("abzp", first) as a switch: this runs for every label read. */
	switch (first) {
	case -1: case 'a': case 'b': case 'z': case 'p':
	case '\0':   /* as strchr() had it: its terminator matches */
		break;
	default:
		return 0;
	}
	for (i = 0; i < ARRAY_SIZE(words); i++) {
		const char *p = s, *w = words[i], *we;

		if (first >= 0 && ((unsigned char)words[i][0] != first ||
				   (second >= 0 && (unsigned char)words[i][1] != second)))
			continue;
		we = w + strlen(w);

		while (w < we && p < e && fold_next(&p, e) == fold_next(&w, we))
			;
		if (w == we && p < e && (*p == ' ' || *p == '\t' ||
					 ((unsigned char)p[0] == 0xC2 && p + 1 < e &&
					  (unsigned char)p[1] == 0xA0) ||
					 ((unsigned char)p[0] == 0xE2 && p + 2 < e &&
					  (unsigned char)p[1] == 0x84 && (unsigned char)p[2] == 0x96)))
			return (size_t)(p - s);
	}
	return 0;
}

/* Blanks, a no-break space among them. */
static const char *skip_blanks(const char *p, const char *e)
{
	for (;;) {
		if (p < e && (*p == ' ' || *p == '\t'))
			p++;
		else if (p + 1 < e && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0)
			p += 2;
		else
			return p;
	}
}

/* "№", "No.", "Nr.", "n°", "nº", "n.", "#": a number sign before an annex's number. */
static const char *skip_number_sign(const char *p, const char *e)
{
	const char *q = p;

	if (q + 1 < e && *q == '#' && isalnum((unsigned char)q[1]))
		return q + 1;   /* "Order Form #2" */

	if (q + 2 < e && (unsigned char)q[0] == 0xE2 && (unsigned char)q[1] == 0x84 &&
	    (unsigned char)q[2] == 0x96)
		return skip_blanks(q + 3, e);
	if (q < e && (*q == 'n' || *q == 'N')) {
		q++;
		if (q < e && (*q == 'o' || *q == 'r' || *q == 'O' || *q == 'R'))
			q++;
		if (q + 1 < e && (unsigned char)q[0] == 0xC2 &&
		    ((unsigned char)q[1] == 0xB0 || (unsigned char)q[1] == 0xBA))
			q += 2;   /* "n°", "nº" */
		else if (q < e && *q == '.')
			q++;
		else if (q - p != 2 || q >= e || (*q != ' ' && *q != '\t'))
			return p;
		/* "Nr. 1", "n°3", "NR 2": a number follows. */
		q = skip_blanks(q, e);
		if (q < e && isalnum((unsigned char)*q))
			return q;
	}
	return p;
}

/*
 * The id of a part of a schedule at p: digits, a roman numeral in
 * capitals or one capital ("5", "IV", "B"), a whole word: its length, or 0.
 */
static size_t part_id_len(const char *p, const char *e)
{
	size_t n = 0;

	if (p < e && isdigit((unsigned char)*p)) {
		while (p + n < e && n < 3 && isdigit((unsigned char)p[n]))
			n++;
	} else {
		while (p + n < e && n < 5 && strchr("IVX", p[n]))
			n++;
		if (!n && p < e && isupper((unsigned char)*p))
			n = 1;
	}
	if (!n || (p + n < e && isalnum((unsigned char)p[n])))
		return 0;
	return n;
}

/*
 * Whether "part" and a blank start p.  Not word_at: a third caller makes
 * the compiler stop inlining it into parse_keyword, which reads every
 * line's first word (+1.7 M instructions of bench-instr's null pack).
 */
static int part_word_at(const char *p, const char *e)
{
	return e - p > 4 && !strncasecmp(p, "part", 4) && (p[4] == ' ' || p[4] == '\t');
}

/* Past "part " at p when a part's id follows ("SCHEDULE PART 5"), else p. */
static const char *after_part_word(const char *p, const char *e)
{
	if (part_word_at(p, e) && part_id_len(skip_blanks(p + 4, e), e))
		return skip_blanks(p + 4, e);
	return p;
}

/* Past " Part B" after an annex's id at p ("Schedule 2 Part B"), else p. */
static const char *after_annex_part(const char *p, const char *e)
{
	const char *q = skip_blanks(p, e), *r;
	size_t idn;

	if (part_word_at(q, e) && (idn = part_id_len(r = skip_blanks(q + 4, e), e)))
		return r + idn;
	return p;
}

/*
 * The name of a condition of contract before its number, in a contract whose
 * general conditions are amended by special ones: "SCC 5.2", "GCC 5.2",
 * "SC 12.3", "PCC 4.1", "Special Condition 4.1", "GCC Clause 5.2".  Its
 * length (up to the number), else 0.
 */
static size_t condition_name_len(const char *s, const char *e)
{
	static const char *const abbrevs[] = { "scc", "gcc", "pcc", "sc", "gc", "pc" };
	const char *word = NULL, *p;
	size_t i, n;

	/*
	 * Each opens on S, G or P, and its second byte rules out most of what
	 * else does ("Supplier", "Section", "Provider", "Party"): the
	 * abbreviations are in capitals, the names spelled out are "Sp",
	 * "Ge" and "Pa".
	 */
	if (e - s < 3)
		return 0;
	switch (*s) {
	case 'S': case 's':
		if (s[1] == 'p' || s[1] == 'P')
			word = strncasecmp(s, "special term", 12) ? "special condition" : "special term";
		else if (s[1] != 'C')
			return 0;
		break;
	case 'G': case 'g':
		if (s[1] == 'e' || s[1] == 'E')
			word = "general condition";
		else if (s[1] != 'C')
			return 0;
		break;
	case 'P': case 'p':
		if (s[1] == 'a' || s[1] == 'A')
			word = "particular condition";
		else if (s[1] != 'C')
			return 0;
		break;
	default:
		return 0;
	}
	if (word) {
		n = strlen(word);
		if ((size_t)(e - s) <= n || strncasecmp(s, word, n))
			return 0;
		/* "Special Conditions 4.1": the plural names one all the same. */
		if (s[n] == 's' || s[n] == 'S')
			n++;
		if (s[n] != ' ' && s[n] != '\t')
			return 0;
	} else {
		/* The abbreviations in capitals only ("sc 4" is no label): "SCC", "SC". */
		for (i = 0; i < ARRAY_SIZE(abbrevs); i++) {
			n = strlen(abbrevs[i]);
			if ((size_t)(e - s) > n && !strncasecmp(s, abbrevs[i], n) &&
			    (s[n] == ' ' || s[n] == '\t'))
				break;
		}
		if (i == ARRAY_SIZE(abbrevs))
			return 0;
	}
	/* "GCC Clause 5.2".  Not word_at: parse_keyword's calls stay inlined. */
	p = skip_blanks(s + n, e);
	if (e - p > 6 && !strncasecmp(p, "clause", 6) && (p[6] == ' ' || p[6] == '\t'))
		n = (size_t)(p + 6 - s);
	return n;
}

/*
 * condition_name_len, when s's first two bytes may open a condition's name
 * ("SC", "GC", "PC", "Sp", "Ge", "Pa"): parse_keyword asks this of every
 * line whose first word is no keyword, and most are ruled out here at the
 * cost of a few instructions, with no call.
 */
static inline size_t condition_keyword_at(const char *s, const char *e)
{
	int c0 = *s | 0x20, c1;

	if (e - s < 3 || (c0 != 's' && c0 != 'g' && c0 != 'p'))
		return 0;
	c1 = s[1];
	if (c1 != 'C' && (c1 | 0x20) != (c0 == 's' ? 'p' : c0 == 'g' ? 'e' : 'a'))
		return 0;
	return condition_name_len(s, e);
}

/* "Section 4.2", "Paragraph 2.", "PART II", "ARTICLE IV", "Schedule A", "§ 4.2", "Anlage 1", "Приложение № 1". */
static int parse_keyword(const char *s, const char *e, struct label *lab)
{
	static const struct {
		const char *word;
		enum label_style style;
	} keywords[] = {
		{ "section", STYLE_SECTION }, { "sec.", STYLE_SECTION },
		{ "clause", STYLE_SECTION }, { "\xC2\xA7", STYLE_SECTION },
		/* a schedule's own clauses: "Paragraph 2. Roles and instructions" */
		{ "paragraph", STYLE_SECTION }, { "para.", STYLE_SECTION },
		{ "part", STYLE_ARTICLE },
		{ "article", STYLE_ARTICLE }, { "art.", STYLE_ARTICLE },
		{ "exhibit", STYLE_ANNEX }, { "schedule", STYLE_ANNEX },
		{ "annex", STYLE_ANNEX }, { "appendix", STYLE_ANNEX },
		{ "attachment", STYLE_ANNEX },
		/* "ORDER FORM No. 1", "Statement of Work #2": a part after the terms. */
		{ "order form", STYLE_ANNEX }, { "statement of work", STYLE_ANNEX },
	};
	const char *p, *id;
	size_t i;

	size_t n = 0;

	/* Each keyword opens on one of these, in either case: most words are ruled out at once. */
	switch (*s) {
	case 'S': case 's': case 'C': case 'c': case '\xC2': case 'A': case 'a': case 'E': case 'e':
	case 'O': case 'o': case 'P': case 'p':
		for (i = 0; i < ARRAY_SIZE(keywords); i++)
			if (word_at(s, e, keywords[i].word))
				break;
		break;
	default:
		i = ARRAY_SIZE(keywords);
		break;
	}
	if (i < ARRAY_SIZE(keywords)) {
		lab->style = keywords[i].style;
		n = strlen(keywords[i].word);
	} else if ((n = condition_keyword_at(s, e)) != 0) {
		lab->style = STYLE_SECTION;
	} else if ((n = foreign_annex_at(s, e)) != 0) {
		lab->style = STYLE_ANNEX;
	} else {
		return 0;
	}
	p = skip_blanks(s + n, e);
	if (lab->style == STYLE_ANNEX) {
		size_t d = outline_dash_len(p, e);

		/* "SCHEDULE - I", "EXHIBIT – A": a dash before the annex's id. */
		if (d && p + d < e && (p[d] == ' ' || p[d] == '\t'))
			p = skip_blanks(p + d, e);
		p = skip_number_sign(p, e);
		/* "SCHEDULE PART 5": a part of the schedules, numbered as one. */
		if (*p == 'P' || *p == 'p')
			p = after_part_word(p, e);
	}
	id = p;
	if (lab->style == STYLE_SECTION) {
		struct label num;

		memset(&num, 0, sizeof(num));
		if (p < e && isdigit((unsigned char)*p) && !parse_number(p, e, &num)) {
			/* "Section 4" has no dot but is a label all the same. */
			while (p < e && isdigit((unsigned char)*p) && p - id < 3)
				p++;
			num.depth = 1;
			num.ordinal = strtoul(id, NULL, 10);
			num.len = (size_t)(p - id);
		}
		if (!num.len)
			return 0;
		p = id + num.len;
		lab->depth = num.depth;
		lab->ordinal = num.ordinal;
	} else {
		/* "Article (4): Contract Value", as contracts in translation write it. */
		int paren = lab->style == STYLE_ARTICLE && p + 2 < e && *p == '(' &&
			    isdigit((unsigned char)p[1]);

		if (paren)
			id = ++p;
		while (p < e && isalnum((unsigned char)*p) && p - id < 6)
			p++;
		if (p == id || (paren && (p == e || *p++ != ')')))
			return 0;
		lab->depth = 1;
		if (isdigit((unsigned char)*id)) {
			lab->ordinal = strtoul(id, NULL, 10);
		} else if ((lab->ordinal = roman_value(id, (size_t)(p - id))) == 0) {
			/* Annexes may be lettered; articles are not. */
			if (lab->style != STYLE_ANNEX || p - id > 2)
				return 0;
		}
		if (p < e && *p == '.')
			p++;
		/* "Schedule 2 Part B": the part is of the label. */
		if (lab->style == STYLE_ANNEX && p + 1 < e && *p == ' ' && (p[1] == 'P' || p[1] == 'p'))
			p = after_annex_part(p, e);
	}
	if (p < e && isalnum((unsigned char)*p))
		return 0;
	lab->len = (size_t)(p - s);
	return 1;
}

/*
 * A special condition's lead-in after its label, up to a colon, at body:
 * "SCC 5.2 replaces GCC 5.2: ...", "SCC 7.2 is added: ...", "GCC Clause 5.2
 * is amended to read: ...".  Only after a condition's name (s): "Section
 * 4.2 shall ..." stays a reference.
 */
static int condition_lead_in(const char *s, const char *body, const char *e)
{
	const char *p;

	if (!condition_keyword_at(s, e))
		return 0;
	for (p = body; p < e && p - body < 80; p++) {
		if (*p == ':')
			return p + 1 < e && (p[1] == ' ' || p[1] == '\t');
		if (*p == '.' && !isdigit((unsigned char)p[1]))
			return 0;
		if (*p == ';')
			return 0;
	}
	return 0;
}

/*
 * Ordinal words, by value: "first" is 1.  The tens ("twenty") open the
 * compounds "twenty-first" .. "forty-ninth".
 */
static const char *const ordinal_words[] = {
	"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
	"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
	"sixteenth", "seventeenth", "eighteenth", "nineteenth",
};
static const char *const ordinal_tens[] = { "twentieth", "thirtieth", "fortieth", "fiftieth" };
static const char *const tens_words[] = { "twenty", "thirty", "forty" };

/* The letters of the word at s, no more than max. */
static size_t letters_at(const char *s, const char *e, size_t max)
{
	size_t n = 0;

	while (s + n < e && n <= max && isalpha((unsigned char)s[n]))
		n++;
	return n;
}

/* The unit ordinal ("first" .. "nineteenth") of n letters at s: its value, else 0. */
static unsigned long unit_ordinal(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(ordinal_words); i++)
		if (strlen(ordinal_words[i]) == n && !strncasecmp(s, ordinal_words[i], n))
			return i + 1;
	return 0;
}

size_t outline_ordinal_word(const char *s, const char *e, unsigned long *value)
{
	size_t n = letters_at(s, e, 12), i, m;

	if (n < 5 || n > 11 || (s + n < e && isalnum((unsigned char)s[n])))
		return 0;
	if ((*value = unit_ordinal(s, n)) != 0)
		return n;
	for (i = 0; i < ARRAY_SIZE(ordinal_tens); i++)
		if (strlen(ordinal_tens[i]) == n && !strncasecmp(s, ordinal_tens[i], n)) {
			*value = 20 + 10 * i;
			return n;
		}
	/* "twenty-first", "Thirty-Second", "TWENTY FIRST" */
	for (i = 0; i < ARRAY_SIZE(tens_words); i++)
		if (strlen(tens_words[i]) == n && !strncasecmp(s, tens_words[i], n))
			break;
	if (i == ARRAY_SIZE(tens_words) || s + n + 1 >= e || (s[n] != '-' && s[n] != ' '))
		return 0;
	m = letters_at(s + n + 1, e, 12);
	if (s + n + 1 + m < e && isalnum((unsigned char)s[n + 1 + m]))
		return 0;
	*value = unit_ordinal(s + n + 1, m);
	if (!*value || *value > 9)
		return 0;
	*value += 20 + 10 * i;
	return n + 1 + m;
}

/* Whether the word of n letters at s is in capitals, or a capital and small letters. */
static int capitalised(const char *s, size_t n)
{
	size_t i, upper = 0;

	if (!isupper((unsigned char)s[0]))
		return 0;
	for (i = 1; i < n; i++)
		upper += isupper((unsigned char)s[i]) != 0;
	return upper == 0 || upper == n - 1;
}

/*
 * A clause numbered by its ordinal word, as contracts drafted in Spanish
 * number them: "FIRST. PURPOSE.", "TWENTY-FIRST.- TERM", "Second:",
 * "CLAUSE FIRST.", "FIRST CLAUSE.-".  The word (each part of a
 * compound) in capitals or capitalised, then a stop, ".-" or a colon,
 * then a blank and a capital or the end: "First, the Supplier shall" and
 * "Second Party" are prose.  A number (STYLE_NUMBER) of depth 1.
 */
static int parse_ordinal(const char *s, const char *e, struct label *lab)
{
	const char *p = s, *w;
	size_t n, d, l;
	unsigned long v;

	if (e - s < 6)
		return 0;
	if ((*p == 'C' || *p == 'c') && e - p > 7 && !strncasecmp(p, "clause", 6) &&
	    (p[6] == ' ' || p[6] == '\t') && isupper((unsigned char)p[0]))
		p = skip_blanks(p + 6, e);
	w = p;
	switch (*p) {
	case 'F': case 'S': case 'T': case 'E': case 'N':
		break;
	default:
		return 0;
	}
	/* Most lines are ruled out by the second letter, the word's length and what follows it. */
	switch (p[1] | 0x20) {
	case 'i': case 'e': case 'h': case 'o': case 'l': case 'w':
		break;
	default:
		return 0;
	}
	l = letters_at(p, e, 12);
	if (l < 5 || l > 11 || p + l >= e ||
	    (p[l] != '.' && p[l] != ':' && p[l] != '-' &&
	     (p[l] != ' ' || p + l + 1 >= e ||
	      ((p[l + 1] | 0x20) != 'c' && (p[l + 1] | 0x20) != 'f' && (p[l + 1] | 0x20) != 's' &&
	       (p[l + 1] | 0x20) != 't' && (p[l + 1] | 0x20) != 'e' && (p[l + 1] | 0x20) != 'n'))))
		return 0;
	if (!(n = outline_ordinal_word(p, e, &v)) || !capitalised(p, l))
		return 0;
	/* "TWENTY-FIRST", "Twenty-First", "Twenty-first" */
	if (n > l + 1 && !capitalised(p + l + 1, n - l - 1) && !same_case_letters(p + l + 1, n - l - 1, 0))
		return 0;
	if (n > l + 1 && isupper((unsigned char)p[1]) && !same_case_letters(p + l + 1, n - l - 1, 1))
		return 0;
	p += n;
	/* "FIRST CLAUSE.-" */
	if (w == s && p + 7 < e && (*p == ' ' || *p == '\t') &&
	    !strncasecmp(p + 1, "clause", 6) && isupper((unsigned char)p[1]) &&
	    !isalnum((unsigned char)p[7]))
		p += 7;
	if (p >= e || (*p != '.' && *p != ':'))
		return 0;
	p++;
	d = p < e ? outline_dash_len(p, e) : 0;
	p += d;
	/* Alone on its line only in capitals or with its keyword: "Fourth." may end a sentence. */
	if (p == e && !isupper((unsigned char)w[1]) && w == s && strncasecmp(w + n, " clause", 7))
		return 0;
	if (p < e) {
		const char *b = skip_blanks(p, e);

		/* "FIRST.-PURPOSE": the dash may stand for the blank */
		if ((b == p && !d) || b >= e || (!isupper((unsigned char)*b) && *b != '"' && *b != '\'' &&
					 (unsigned char)*b != 0xE2))
			return 0;
	}
	lab->style = STYLE_NUMBER;
	lab->ordinal = v;
	lab->depth = 1;
	lab->len = (size_t)(p - s);
	return 1;
}

int outline_parse_label(const char *s, const char *e, struct label *lab)
{
	const char *body;

	memset(lab, 0, sizeof(*lab));
	if (!parse_keyword(s, e, lab) && !parse_number(s, e, lab) &&
	    !parse_enumerator(s, e, lab) && !parse_ordinal(s, e, lab))
		return 0;
	body = s + lab->len;
	/* "FIRST.-PURPOSE": an ordinal word's label ends on its dash */
	if (body < e && *body != ' ' && *body != '\t' &&
	    !(lab->style == STYLE_NUMBER && isalpha((unsigned char)*s) &&
	      (body[-1] == '-' || (unsigned char)body[-1] >= 0x80))) {
		/* "4.2:" or "ARTICLE IV -": a separator the label leaves out. */
		if (*body != ':' || (lab->style != STYLE_SECTION &&
				     lab->style != STYLE_ARTICLE &&
				     lab->style != STYLE_ANNEX))
			return 0;
		body++;
	}
	while (body < e && (*body == ' ' || *body == '\t'))
		body++;
	lab->body = (size_t)(body - s);
	if (body == e)
		return 1;
	/*
	 * Cross-references read on: "1.5 million", "Section 4.2 shall",
	 * "Article 5 of the GDPR".  A label whose marker has no closing
	 * punctuation must be followed by something that opens a clause.
	 */
	if (lab->style == STYLE_SECTION || lab->style == STYLE_ARTICLE ||
	    lab->style == STYLE_ANNEX) {
		if (isdigit((unsigned char)*body))
			return 0;
		/* A heading tied to its contract, short and with no stop, is one. */
		if (lower_at(body, e) && !condition_lead_in(s, body, e) &&
		    (lab->style != STYLE_ANNEX || e - s > 120 || !annex_link_word(body, e) ||
		     strchr(".;:,", e[-1])))
			return 0;
	} else if ((lab->style == STYLE_NUMBER || lab->style == STYLE_ALNUM) &&
		   s[lab->len - 1] != '.') {
		/* Three groups are no quantity: "4.1.4 each Party's ..." is an item. */
		if ((islower((unsigned char)*body) && lab->depth < 3) || isdigit((unsigned char)*body))
			return 0;
	}
	if (isdigit((unsigned char)*body) && lab->style == STYLE_NUMBER)
		return 0;   /* "1. 5" */
	return 1;
}

/* Number words a drafter spells a clause's number in: "CLAUSE TWO". */
static const char *const number_words[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen", "twenty",
};

/* The number word at s, a whole word: its length, and its value in *value. */
static size_t number_word_at(const char *s, const char *e, unsigned long *value)
{
	size_t i, n;

	for (n = 0; s + n < e && isalpha((unsigned char)s[n]); n++)
		;
	for (i = 0; i < ARRAY_SIZE(number_words); i++)
		if (strlen(number_words[i]) == n && !strncasecmp(s, number_words[i], n)) {
			*value = i + 1;
			return n;
		}
	return 0;
}

/* A dash between a keyword and its number or title: '-', '–' or '—'. */
size_t outline_dash_len(const char *p, const char *e)
{
	if (p < e && *p == '-')
		return 1;
	if (p + 2 < e && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
	    ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x94))
		return 3;
	return 0;
}

static int ends_unfinished(const char *t, size_t s, size_t e);

/* Letters a title after a number without its stop has, at least. */
#define UNSTOPPED_TITLE_MIN_LETTERS 4

/*
 * The title after such a number, t[s..e): a caption in capitals (or, after
 * a keyword, `titled`, in title case) of a few words, no digit in it, not
 * ending on a word that leads on, stating no duty, no legend
 * ("CONFIDENTIAL").
 */
static int unstopped_title(const char *t, size_t s, size_t e, int titled)
{
	size_t k, letters = 0;

	if (s >= e || !isupper((unsigned char)t[s]) || !outline_is_caption(t, s, e, titled) ||
	    ends_unfinished(t, s, e) || outline_leads_in(t, s, e))
		return 0;
	for (k = s; k < e; k++) {
		if (isdigit((unsigned char)t[k]))
			return 0;
		letters += isalpha((unsigned char)t[k]) != 0;
		if ((t[k] == 'C' || t[k] == 'c') && (k == s || !isalpha((unsigned char)t[k - 1])) &&
		    e - k >= 12 && !strncasecmp(t + k, "confidential", 12) &&
		    (e - k == 12 || !isalpha((unsigned char)t[k + 12])))
			return 0;
	}
	return letters >= UNSTOPPED_TITLE_MIN_LETTERS;
}

/*
 * Whether a number read at the top of the outline goes on from the
 * innermost clause open, by its first number ("4" after "3" or "3.3",
 * "ARTICLE - 17" after "16.5" under "ARTICLE - 1"), or is 1 where no
 * clause is open.
 */
static int goes_on(const struct outline *ol, unsigned long ordinal)
{
	int k;

	for (k = ol->depth - 1; k >= 0; k--) {
		const struct outline_entry *o = &ol->stack[k];

		if (o->nest != NEST_NONE || !is_structural(o->style) ||
		    o->style == STYLE_MD_HEADING)
			continue;
		if (o->style != STYLE_NUMBER && o->style != STYLE_SECTION &&
		    o->style != STYLE_ARTICLE)
			return 0;
		return o->ordinal + 1 == ordinal;
	}
	return ordinal == 1;
}

int outline_parse_unstopped(const struct outline *ol, const char *s, const char *e,
			    struct label *lab)
{
	const char *p = s, *id, *body;
	size_t n = 0;
	int titled = 0;

	memset(lab, 0, sizeof(*lab));
	if (p < e && isdigit((unsigned char)*p)) {
		/* "4 FEES.", "9.ADDITIONAL PROVISIONS" */
		while (p < e && isdigit((unsigned char)*p) && p - s < 4)
			p++;
		if (p - s > 3 || *s == '0')
			return 0;
		lab->ordinal = strtoul(s, NULL, 10);
		lab->style = STYLE_NUMBER;
		if (p < e && *p == '.') {
			p++;
			if (p + 1 < e && (!isupper((unsigned char)p[0]) || !isupper((unsigned char)p[1])))
				return 0;
			lab->len = (size_t)(p - s);
			body = p;
		} else {
			lab->len = (size_t)(p - s);
			body = skip_blanks(p, e);
			if (body == p && body < e)
				return 0;
		}
	} else {
		/* "CLAUSE TWO - SERVICE LEVELS", "ARTICLE - 17 REPRESENTATIONS" */
		switch (*s) {
		case 'c': case 'C':
			n = 6;
			break;
		case 's': case 'S': case 'a': case 'A':
			n = 7;
			break;
		default:
			return 0;
		}
		/* Not word_at: parse_keyword's calls stay inlined. */
		if (e - s <= (ptrdiff_t)n || (s[n] != ' ' && s[n] != '\t') ||
		    (strncasecmp(s, "clause", n) && strncasecmp(s, "section", n) &&
		     strncasecmp(s, "article", n)))
			return 0;
		lab->style = *s == 'a' || *s == 'A' ? STYLE_ARTICLE : STYLE_SECTION;
		p = skip_blanks(s + n, e);
		if ((n = outline_dash_len(p, e)) != 0) {
			p = id = skip_blanks(p + n, e);
			while (p < e && isdigit((unsigned char)*p) && p - id < 4)
				p++;
			if (p == id || p - id > 3 || *id == '0')
				return 0;
			lab->ordinal = strtoul(id, NULL, 10);
		} else if ((n = number_word_at(p, e, &lab->ordinal)) != 0) {
			p += n;
			titled = 1;
		} else {
			return 0;
		}
		if (p < e && isalnum((unsigned char)*p))
			return 0;
		lab->len = (size_t)(p - s);
		body = skip_blanks(p, e);
		if ((n = outline_dash_len(body, e)) != 0 || (body < e && (*body == ':' || *body == '.')))
			body = skip_blanks(body + (n ? n : 1), e);
	}
	lab->depth = 1;
	lab->body = (size_t)(body - s);
	if (!ol)
		return body == e;
	return body < e && unstopped_title(s, lab->body, (size_t)(e - s), titled) &&
	       goes_on(ol, lab->ordinal);
}

/* Words in a title over the first clause under it, at most. */
#define TITLE_OVER_MAX_WORDS 6

int outline_parse_unstopped_over(const struct outline *ol, const char *s, const char *e,
				 struct label *lab)
{
	const char *p = s;
	size_t k, body, letters = 0, words = 1;

	memset(lab, 0, sizeof(*lab));
	while (p < e && isdigit((unsigned char)*p) && p - s < 4)
		p++;
	if (p == s || p - s > 3 || *s == '0' || p >= e || (*p != ' ' && *p != '\t'))
		return 0;
	lab->ordinal = strtoul(s, NULL, 10);
	lab->style = STYLE_NUMBER;
	lab->len = (size_t)(p - s);
	lab->depth = 1;
	body = (size_t)(skip_blanks(p, e) - s);
	lab->body = body;
	/* "6 Term and Termination." over "6.1": its title, the stop after it */
	if (e - s > (ptrdiff_t)body + 1 && e[-1] == '.' && isalpha((unsigned char)e[-2]))
		e--;
	/* "Rights", "Term and Termination", "Data protection": a few words, no figure. */
	if (!outline_heading_words(s, body, (size_t)(e - s)) || outline_states(s, body, (size_t)(e - s)) ||
	    outline_leads_in(s, body, (size_t)(e - s)))
		return 0;
	for (k = body; k < (size_t)(e - s); k++) {
		if (isdigit((unsigned char)s[k]) || s[k] == '(' || s[k] == '"')
			return 0;
		letters += isalpha((unsigned char)s[k]) != 0;
		if (s[k] == ' ' && ++words > TITLE_OVER_MAX_WORDS)
			return 0;
	}
	if (letters < UNSTOPPED_TITLE_MIN_LETTERS)
		return 0;
	return !ol || goes_on(ol, lab->ordinal);
}

int outline_parse_letter_number(const char *s, const char *e, struct label *lab)
{
	const char *p = s, *d, *b;

	memset(lab, 0, sizeof(*lab));
	while (p < e && p - s < OUTLINE_LETTER_PREFIX_MAX && isupper((unsigned char)*p))
		p++;
	if (p == s || p >= e || !isdigit((unsigned char)*p) || *p == '0')
		return 0;   /* "SCHED1": a word, not a prefix */
	d = p;
	while (p < e && isdigit((unsigned char)*p) && p - d < 3)
		p++;
	if (p < e && isdigit((unsigned char)*p))
		return 0;
	if (p < e && *p == '.')
		p++;
	if (p >= e || (*p != ' ' && *p != '\t'))
		return 0;   /* "B2B", "A1:" */
	b = skip_blanks(p, e);
	while (b < e && (*b == '*' || *b == '_' || *b == '"'))
		b++;
	if (b + 3 <= e && !memcmp(b, "\xE2\x80\x9C", 3))
		b += 3;
	if (b >= e || !isupper((unsigned char)*b))
		return 0;   /* "R2 = R1", "S1 1 2 3", "D2 and LICENSEE" */
	lab->style = STYLE_ALNUM;
	lab->len = (size_t)(p - s);
	lab->body = (size_t)(skip_blanks(p, e) - s);
	lab->ordinal = strtoul(d, NULL, 10);
	lab->depth = 1;
	return 1;
}

/* ---- table cells ------------------------------------------------------- */

/* Share of digits, in percent, above which a cell is figures, not a clause. */
#define CELL_CLAUSE_MAX_DIGITS 20
#define CELL_CLAUSE_MIN_WORDS 5

/*
 * Whether a table cell's text t[s..e), after a typed label, is a clause
 * drafted in the table ("1.1 The Supplier shall meet the service levels.")
 * rather than a numbered row of a table of figures or a form ("1. Uptime
 * 99.9%", "(a) Name"): a sentence of at least CELL_CLAUSE_MIN_WORDS words,
 * a word in lower case among them, that ends with a stop, semicolon or
 * colon, and not mostly digits.
 */
int outline_cell_is_clause(const char *t, size_t s, size_t e)
{
	size_t k, words = 0, digits = 0, marks = 0;
	int lower = 0;

	while (e > s && strchr(" \t\"')", t[e - 1]))
		e--;
	if (e <= s || !strchr(".;:", t[e - 1]) || (e - s >= 2 && t[e - 2] == '.'))
		return 0;
	for (k = s; k < e; k++) {
		unsigned char c = (unsigned char)t[k];

		if (c == ' ' || c == '\t')
			continue;
		marks++;
		digits += isdigit(c) != 0;
		if (k == s || t[k - 1] == ' ' || t[k - 1] == '\t') {
			words++;
			lower |= islower(c) || (c == 0xD0 && k + 1 < e &&
						(unsigned char)t[k + 1] >= 0xB0) ||
				 (c == 0xD1 && k + 1 < e && (unsigned char)t[k + 1] < 0x90);
		}
	}
	return words >= CELL_CLAUSE_MIN_WORDS && lower &&
	       digits * 100 < marks * CELL_CLAUSE_MAX_DIGITS;
}

/*
 * A label that numbers a clause in a table cell: "1.1", "Clause 3", "(a)".
 * A lone "1." or "1)" numbers the rows of a table or the items of a list
 * in a cell, and a row of a service-level table is no clause.
 */
int outline_cell_label_is_clause(const struct label *lab)
{
	switch (lab->style) {
	case STYLE_NUMBER:
	case STYLE_ALNUM:
		return lab->depth >= 2;
	case STYLE_SECTION:
	case STYLE_PAREN_LOWER:
	case STYLE_PAREN_ROMAN:
		return 1;
	default:
		return 0;
	}
}

/* ---- captions ---------------------------------------------------------- */

/* Words a title leaves in lower case: "Limitation of Liability". */
static int is_title_small_word(const char *w, size_t n)
{
	static const char *const words[] = {
		"a", "an", "and", "as", "at", "by", "for", "from", "in", "into",
		"of", "on", "or", "per", "the", "to", "upon", "with", "vs",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(words); i++)
		if (w[0] == words[i][0] && strlen(words[i]) == n &&
		    !strncmp(w, words[i], n))
			return 1;
	return 0;
}

static int is_word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80 || c == '\'' || c == '-';
}

int outline_is_caption(const char *t, size_t s, size_t e, int labelled)
{
	size_t i = s, letters = 0, words = 0;
	int any_lower = 0, last_lower = 0, title = 1;

	if (e <= s || e - s > (labelled ? 100 : 80) || strchr(",;", t[e - 1]))
		return 0;
	while (i < e) {
		unsigned char c = (unsigned char)t[i];
		size_t w = i, k;

		if (!is_word_byte(c)) {
			/* A full stop after a word, inside: two sentences. */
			if (c == '.' && i + 1 < e && t[i + 1] == ' ' && i > s + 1 &&
			    isalpha((unsigned char)t[i - 1]) &&
			    isalpha((unsigned char)t[i - 2]))
				return 0;
			i++;
			continue;
		}
		while (i < e && is_word_byte((unsigned char)t[i]))
			i++;
		words++;
		for (k = w; k < i; k++) {
			letters += isalpha((unsigned char)t[k]) != 0;
			any_lower |= islower((unsigned char)t[k]) != 0;
		}
		last_lower = islower(c) != 0;
		if (last_lower && !is_title_small_word(t + w, i - w))
			title = 0;
		/* Settled: lower case where a caption could have none. */
		if (any_lower && (!labelled || !title || words > 12))
			return 0;
	}
	if (letters < 2)
		return 0;
	if (!any_lower)
		return 1;
	return labelled && words <= 12 && title && !last_lower;
}

/* Words a heading never ends on: the line is a clause cut short. */
static int ends_unfinished(const char *t, size_t s, size_t e)
{
	static const char *const words[] = {
		"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or",
		"than", "that", "the", "to", "which", "with",
	};
	size_t w = e, i;

	while (w > s && isalpha((unsigned char)t[w - 1]))
		w--;
	if (w > s && t[w - 1] == '-')
		return 0;       /* "step-in", "opt-out": the end of a word */
	for (i = 0; i < ARRAY_SIZE(words); i++)
		if (strlen(words[i]) == e - w && !strncasecmp(t + w, words[i], e - w))
			return 1;
	return 0;
}

int outline_ends_unfinished(const char *t, size_t s, size_t e)
{
	return ends_unfinished(t, s, e);
}

/* Words in a numbered heading in sentence case, at most. */
#define SENTENCE_HEADING_MAX_WORDS 8

static int heading_words(const char *t, size_t s, size_t e, int commas)
{
	size_t k, words = 0;

	if (e <= s || !isupper((unsigned char)t[s]) || !isalpha((unsigned char)t[e - 1]) ||
	    ends_unfinished(t, s, e))
		return 0;
	for (k = s; k < e; k++) {
		switch (t[k]) {
		case ',':
			if (!commas || k + 1 >= e || t[k + 1] != ' ')
				return 0;
			break;
		case '.': case ':': case ';': case '!': case '?': case '\n': case '\0':
			return 0;
		case ' ':
			if (t[k + 1] != ' ' && ++words >= SENTENCE_HEADING_MAX_WORDS)
				return 0;
			break;
		default:
			break;
		}
	}
	return 1;
}

int outline_heading_words(const char *t, size_t s, size_t e)
{
	return heading_words(t, s, e, 0);
}

int outline_title_words(const char *t, size_t s, size_t e)
{
	return heading_words(t, s, e, 1);
}

/*
 * Whether the words at t[s..e) state something: a modal or a form of "be"
 * or "have" in lower case ("Fees are due", "Vendor shall not train"), as
 * a sentence does and a title ("Fees and Payment", "Who May Use the
 * Service") does not.  A question ("Who may use the Services") is a title.
 */
int outline_states(const char *t, size_t s, size_t e)
{
	static const char *const verbs[] = {
		"are", "can", "could", "has", "have", "is", "may", "must", "shall",
		"should", "was", "were", "will", "would",
	};
	static const char *const questions[] = {
		"how", "what", "when", "where", "whether", "which", "who", "why",
	};
	size_t k = s, n, i;
	int first = 1;

	while (k < e) {
		while (k < e && !isalpha((unsigned char)t[k]))
			k++;
		for (n = 0; k + n < e && isalpha((unsigned char)t[k + n]); n++)
			;
		if (!n)
			break;
		if (first) {
			for (i = 0; i < ARRAY_SIZE(questions); i++)
				if (strlen(questions[i]) == n &&
				    !strncasecmp(t + k, questions[i], n))
					return 0;
			first = 0;
		} else if (islower((unsigned char)t[k])) {
			for (i = 0; i < ARRAY_SIZE(verbs); i++)
				if (strlen(verbs[i]) == n && !memcmp(t + k, verbs[i], n))
					return 1;
		}
		k += n;
	}
	return 0;
}

/* Letters in a caption run in before its clause, at least. */
#define RUN_IN_CAPTION_MIN 4

/*
 * Whether t[s..e) opens with a caption in capitals run in before its
 * text ("DEFINITIONS   For the purpose ...", "TERM. This Agreement"):
 * capitals and blanks, then a gap of two blanks or a stop or colon and
 * a blank.  A list's item opens with none.
 */
static int runs_in_caption(const char *t, size_t s, size_t e)
{
	size_t k, letters = 0;

	for (k = s; k < e && k - s <= 80; k++) {
		unsigned char c = (unsigned char)t[k];

		if (isupper(c)) {
			letters++;
		} else if (c == ' ') {
			if (k + 1 < e && t[k + 1] == ' ')
				return letters >= RUN_IN_CAPTION_MIN;
		} else if ((c == '.' || c == ':') && k + 1 < e && t[k + 1] == ' ') {
			return letters >= RUN_IN_CAPTION_MIN;
		} else if (c != '&' && c != '-' && c != ',' && c != ';') {
			return 0;
		}
	}
	return 0;
}

/* Bytes a caption run in before its clause's sentence may take, at most. */
#define RUN_IN_TITLE_MAX 60

/*
 * Whether t[s..e) opens with a caption in title or sentence case run in
 * before its sentence ("Introduction. These terms ...", "**Fees.** The
 * Customer ..."): a few words of a heading, stating nothing, then a stop.
 */
static int runs_in_title(const char *t, size_t s, size_t e)
{
	size_t k, end;

	while (s < e && (t[s] == '*' || t[s] == '_'))
		s++;
	for (k = s; k < e && k - s <= RUN_IN_TITLE_MAX && t[k] != '.'; k++)
		;
	if (k >= e || k - s > RUN_IN_TITLE_MAX)
		return 0;
	for (end = k; end > s && (t[end - 1] == '*' || t[end - 1] == '_'); end--)
		;
	return end > s && outline_heading_words(t, s, end) && !outline_states(t, s, end);
}

unsigned outline_label_reads(const struct label *lab, const char *t, size_t s, size_t e,
			     int one_line)
{
	unsigned bits = 0;

	if ((one_line && outline_heading_words(t, s, e)) || runs_in_caption(t, s, e))
		bits |= OUTLINE_HEADING_WORDS;
	/* Only a "1." asks (paragraphs_heading): no scan of every clause. */
	else if (lab->style == STYLE_NUMBER && lab->depth == 1 && lab->ordinal == 1 &&
		 !runs_in_title(t, s, e) && outline_states(t, s, e))
		bits |= OUTLINE_STATES;
	return bits;
}

/* Words in a heading that lists its subjects, at most; and in each subject. */
#define TITLE_LIST_MAX_WORDS 10
#define TITLE_LIST_MAX_SUBJECT 4

/*
 * Words that make a line with commas a sentence, not a list of subjects:
 * a determiner or pronoun ("at its cost"), a modal or a form of "be"
 * ("may, on notice, terminate").
 */
static int sentence_word(const char *w, size_t n)
{
	static const char *const words[] = {
		"a", "all", "an", "any", "are", "be", "been", "can", "could", "does",
		"each", "has", "have", "he", "her", "his", "is", "it", "its", "may",
		"must", "no", "not", "our", "shall", "she", "should", "such", "that",
		"the", "their", "these", "they", "this", "those", "was", "we", "were",
		"which", "who", "will", "would", "you", "your",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(words); i++)
		if (strlen(words[i]) == n && !strncasecmp(w, words[i], n))
			return 1;
	return 0;
}

/*
 * Verbs a party's lead-in puts after its name before the first comma
 * ("Provider represents, warrants and covenants", "Customer acknowledges,
 * agrees and undertakes"): a sentence, whatever its items.  Alone before
 * it ("Representations, warranties and covenants") they are nouns.
 */
static int lead_in_verb(const char *w, size_t n)
{
	static const char *const stems[] = {
		"accept", "acknowledge", "agree", "certifie", "certify", "confirm",
		"consent", "covenant", "declare", "represent", "understand",
		"undertake", "warrant",
	};
	size_t i, m;

	for (i = 0; i < ARRAY_SIZE(stems); i++) {
		m = strlen(stems[i]);
		if ((n == m || (n == m + 1 && (w[m] == 's' || w[m] == 'S'))) &&
		    !strncasecmp(w, stems[i], m))
			return 1;
	}
	return 0;
}

int outline_title_list(const char *t, size_t s, size_t e)
{
	size_t k = s, w, words = 0, subject = 0, commas = 0;
	int joined = 0, titled = 1;

	if (e <= s || !isupper((unsigned char)t[s]) || !isalpha((unsigned char)t[e - 1]) ||
	    ends_unfinished(t, s, e))
		return 0;
	while (k < e) {
		if (t[k] == ' ') {
			k++;
			continue;
		}
		if (t[k] == ',') {
			/* "Fees, payment and taxes": a comma ends a subject, a space follows. */
			if (!subject || k + 1 >= e || t[k + 1] != ' ')
				return 0;
			commas++;
			subject = 0;
			joined = 0;
			k++;
			continue;
		}
		for (w = k; k < e && t[k] != ' ' && t[k] != ','; k++)
			if (!isalnum((unsigned char)t[k]) && t[k] != '-' && t[k] != '&' &&
			    t[k] != '\'' && t[k] != '/' && (unsigned char)t[k] < 0x80)
				return 0;    /* a stop, a colon, a bracket: not a bare title */
		if (++words > TITLE_LIST_MAX_WORDS || ++subject > TITLE_LIST_MAX_SUBJECT ||
		    sentence_word(t + w, k - w))
			return 0;
		/* "Provider represents, ...": a name and its verb before the first comma */
		if (!commas && subject > 1 && k < e && t[k] == ',' && lead_in_verb(t + w, k - w))
			return 0;
		if ((k - w == 3 && !strncasecmp(t + w, "and", 3)) ||
		    (k - w == 2 && !strncasecmp(t + w, "or", 2)) ||
		    (k - w == 1 && t[w] == '&'))
			joined = 1;
		else if (k - w > 3 && islower((unsigned char)t[w]))
			titled = 0;
	}
	/*
	 * The last subject joined by "and", "or", "&" ("Confidentiality,
	 * publicity and audit"), or every word a capital ("Term, Termination").
	 */
	return commas && commas <= TITLE_LIST_MAX_WORDS / 2 && (joined || titled);
}

int outline_leads_in(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "shall", "will", "must", "follows" };
	size_t i, w, n;

	for (i = s; i < e; i = w + n) {
		size_t k;

		while (i < e && !isalpha((unsigned char)t[i]))
			i++;
		for (w = i, n = 0; w + n < e && isalpha((unsigned char)t[w + n]); n++)
			;
		if (!n)
			break;
		for (k = 0; k < ARRAY_SIZE(words); k++)
			if (strlen(words[k]) == n && !strncasecmp(t + w, words[k], n))
				return 1;
	}
	return 0;
}

/* ---- the outline ------------------------------------------------------ */

void outline_init(struct outline *ol)
{
	memset(ol, 0, sizeof(*ol));
}

static int clamp_level(int level)
{
	return level < 0 ? 0 : level > 8 ? 8 : level;
}

static void outline_push(struct outline *ol, enum label_style style,
			 int level, unsigned long ordinal)
{
	while (ol->depth > 0 && ol->stack[ol->depth - 1].level >= level)
		ol->depth--;
	if (ol->depth == (int)ARRAY_SIZE(ol->stack)) {
		memmove(ol->stack, ol->stack + 1,
			sizeof(ol->stack) - sizeof(ol->stack[0]));
		ol->depth--;
	}
	ol->stack[ol->depth].style = style;
	ol->stack[ol->depth].level = level;
	ol->stack[ol->depth].ordinal = ordinal;
	ol->stack[ol->depth].numbered = 0;
	ol->stack[ol->depth].col = -1;
	ol->stack[ol->depth].nest = NEST_NONE;
	ol->stack[ol->depth].item_col = -1;
	ol->stack[ol->depth].heading = 0;
	ol->stack[ol->depth].heading_line = 0;
	ol->depth++;
	ol->captioned = 0;
	ol->reopen = 0;
}

static int find_style(const struct outline *ol, enum label_style style)
{
	int k;

	for (k = ol->depth - 1; k >= 0; k--)
		if (ol->stack[k].style == style)
			return k;
	return -1;
}

/* Whether the outline holds a structural entry: a numbered clause, a section, a heading. */
static int structural_open(const struct outline *ol)
{
	int k;

	for (k = 0; k < ol->depth; k++)
		if (is_structural(ol->stack[k].style))
			return 1;
	return 0;
}

/*
 * "(i)" right after "(h)" is a letter; otherwise a roman numeral.  Sets
 * *style and *ordinal to the reading the outline takes.
 */
static void read_roman(const struct outline *ol, const struct label *lab,
		       enum label_style *style, unsigned long *ordinal)
{
	int k;

	*style = lab->style;
	*ordinal = lab->ordinal;
	if (!lab->roman)
		return;
	k = find_style(ol, lab->style);
	if (k < 0 || ol->stack[k].ordinal + 1 != lab->ordinal) {
		*style = roman_twin(lab->style);
		*ordinal = lab->roman;
	}
}

int outline_level(struct outline *ol, const struct label *lab)
{
	enum label_style style = lab->style;
	unsigned long ordinal = lab->ordinal;
	int level, k;

	if (is_structural(style)) {
		level = ol->base;
		if (style == STYLE_ARTICLE) {
			ol->articles = 1;
		} else if (style == STYLE_ANNEX) {
			/* An exhibit ends the body: nothing stays open, no heading either. */
			ol->depth = 0;
			ol->base = 0;
			ol->articles = 0;   /* its own "Part 1" and "1." start afresh */
			ol->rider = 0;
			level = 0;
		} else {
			/* Under an ARTICLE even "Section 4" is one level down. */
			level += lab->depth - 1 > ol->articles ? lab->depth - 1
							       : ol->articles;
			/*
			 * "AI.1" after the body's "10.": a rider's or a
			 * schedule's own numbers, not items of the body's last
			 * clause.  Under its "SCHEDULE A" or its "A." heading
			 * it nests as before.
			 */
			if (style == STYLE_ALNUM && lab->depth > 1 && !ol->articles &&
			    find_style(ol, STYLE_ANNEX) < 0 &&
			    (ol->rider || find_style(ol, STYLE_NUMBER) >= 0)) {
				ol->rider = 1;
				level--;
			}
		}
		level = clamp_level(level);
		outline_push(ol, style, level, ordinal);
		ol->after_heading = 0;
		return level;
	}
	read_roman(ol, lab, &style, &ordinal);
	k = find_style(ol, style);
	/*
	 * A new list after a heading, where only lists are open and no
	 * numbered clause: the recitals "(A)" after "BACKGROUND" are no
	 * items of the parties' "(3)".  Under a clause ("17 ... (c) ...
	 * HEADING (7)") the heading may be a caption inside it: the list
	 * nests as before.
	 */
	if (k < 0 && ol->after_heading && !structural_open(ol))
		ol->depth = 0;
	if (k >= 0) {
		level = ol->stack[k].level;
		ol->depth = k;
	} else {
		level = ol->depth ? ol->stack[ol->depth - 1].level + 1 : ol->base;
	}
	level = clamp_level(level);
	outline_push(ol, style, level, ordinal);
	ol->after_heading = 0;
	return level;
}

/* A plain number: "1.", "12\.", not "1.1", "1)" nor "Section 1". */
static int plain_number(const struct label *lab)
{
	return lab->style == STYLE_NUMBER && lab->depth == 1;
}

/*
 * Index of the innermost entry open below `top` that is a clause of its
 * own: structural, no heading of its own level, no item of a nested
 * list; -1 for none.
 */
static int innermost_clause(const struct outline *ol, int top)
{
	int k;

	for (k = top - 1; k >= 0; k--)
		if (ol->stack[k].nest == NEST_NONE && is_structural(ol->stack[k].style) &&
		    ol->stack[k].style != STYLE_MD_HEADING)
			return k;
	return -1;
}

/*
 * Whether nothing but clauses and headings is open below entry k: a list
 * left open beneath a clause ("(i)" at level 0 before "8.5" at level 1)
 * is closed only by the next clause at its level, which a list nested in
 * the clause would keep from coming.
 */
static int clauses_below(const struct outline *ol, int k)
{
	int i;

	for (i = 0; i < k; i++)
		if (!is_structural(ol->stack[i].style))
			return 0;
	return 1;
}

/* Columns apart two numbers of one list may stand: a stray blank. */
#define LIST_COL_SLACK 1
/* Columns further in a nested list's numbers stand, at least. */
#define NESTED_LIST_INDENT 2

/*
 * Whether a list's number at column b stands where a number read at
 * columns lead..col goes on with it: the same column, or, for a number
 * after a bullet, the bullet's ("**1.** You agree" / "*   **2\. What").
 */
static int in_columns(int lead, int col, int b)
{
	return b >= lead - LIST_COL_SLACK && b <= col + LIST_COL_SLACK;
}

/* Whether lab's number is the one after the innermost clause's: "4." after "3.". */
static int next_clause(const struct outline *ol, const struct label *lab)
{
	int k = innermost_clause(ol, ol->depth);

	return k >= 0 && ol->stack[k].ordinal + 1 == lab->ordinal;
}

/*
 * Whether entry k is the heading line of a clause whose paragraphs are
 * numbered afresh under it: "§ 13 Haftung", "Section 13. Liability",
 * "Clause 13 Fees" or "13. Liability", a label and a caption with no
 * sentence, as German, Austrian, Swiss, Polish, Dutch and Nordic drafting
 * heads a clause over its "1.", "2." (or "(1)", "(2)"): a "1." right
 * under it is its paragraph 13(1), not a new numbering.  A numbered list
 * whose items hold their own captions ("1. Definitions. In this ...")
 * makes no such heading, and a "1." that reads as a heading itself is
 * none of its paragraphs ("18. Specific Terms" / "1. Introduction").
 * `heading` is how the "1." reads (OUTLINE_* bits).
 */
static int paragraphs_heading(const struct outline *ol, int k, unsigned heading)
{
	const struct outline_entry *e = &ol->stack[k];

	if (!(e->heading & OUTLINE_HEADING) || e->nest != NEST_NONE || !clauses_below(ol, k))
		return 0;
	if (e->style == STYLE_SECTION)
		return 1;
	/*
	 * A plain number alone may head a document of its own ("18.
	 * Specific Terms for Soundtrack" / "1. Introduction; ..."), whose
	 * first clause opens with a caption of its own.  The first clause,
	 * a heading before it that had its paragraphs numbered afresh, or
	 * a "1." that states something, as a paragraph does and a
	 * document's first clause under its caption does not ("13.
	 * Liability" / "1. The total liability shall not exceed ..."),
	 * shows the drafting.
	 */
	return e->style == STYLE_NUMBER && (e->col >= 0 || e->heading_line) &&
	       (e->ordinal == 1 || ol->paragraphs || (heading & OUTLINE_STATES));
}

/*
 * Whether entry k is a heading line labelled with a keyword ("§ 13
 * Liability", "Section 13. Liability", "Clause 13 Fees"): its paragraphs
 * may carry captions of their own, run in or on a line of their own ("1.
 * LIABILITY CAP. The total ...", "1. Liability Cap"), and are still its
 * paragraphs 13(1), 13(2).  A bare "18. Specific Terms" over "1.
 * Introduction" may head a document of its own; a keyword does not.
 */
static int section_heading(const struct outline *ol, int k)
{
	return ol->stack[k].style == STYLE_SECTION && (ol->stack[k].heading & OUTLINE_HEADING);
}

/*
 * Whether entry k is a heading labelled as an enumeration ("**II.
 * Disclosure**", "B. FEES") with nothing but clauses below it: a list
 * numbered from 1 right under it is its items ("II(1)"), and the next
 * such heading ("III.") follows it rather than nesting in the list.
 */
static int lettered_heading(const struct outline *ol, int k)
{
	const struct outline_entry *e = &ol->stack[k];

	return (e->heading & OUTLINE_HEADING) && !is_structural(e->style) &&
	       e->nest == NEST_NONE && clauses_below(ol, k);
}

int outline_level_at(struct outline *ol, const struct label *lab, int col, int lead,
		     unsigned heading, enum outline_nest *nest)
{
	enum outline_nest how = NEST_NONE;
	int level = 0, k, top = ol->depth, plain = col >= 0 && plain_number(lab);
	struct label roman;

	if (lead < 0 || lead > col)
		lead = col;
	if (plain) {
		/* The next number of a list open at its column goes on with it. */
		for (k = ol->depth - 1; k >= 0; k--) {
			const struct outline_entry *e = &ol->stack[k];

			/*
			 * A heading is no item of a list of paragraphs ("1. Fees"
			 * / "1. The Customer shall ..." / "2. Liability"), unless
			 * a keyword heads them: its next clause will carry it
			 * ("§ 14 Term" / "1. Duration" / ... / "2. Termination").
			 */
			if (e->nest != NEST_NONE && in_columns(lead, col, e->col) &&
			    e->ordinal + 1 == lab->ordinal &&
			    !((heading & OUTLINE_HEADING) && e->nest == NEST_ITEM &&
			      !(k > 0 && section_heading(ol, k - 1))))
				break;
		}
		if (k >= 0) {
			how = ol->stack[k].nest;
			level = ol->stack[k].level;
			top = k;
		} else if (ol->reopen && !(heading & OUTLINE_HEADING) &&
			   in_columns(lead, col, ol->closed.col) &&
			   ol->closed.ordinal + 1 == lab->ordinal && !next_clause(ol, lab)) {
			/* A page's furniture or a line of prose came between two items. */
			how = NEST_ITEM;
			level = ol->closed.level;
		} else if (lab->ordinal == 1 && !ol->captioned) {
			/* A list restarting at this column or left of it ends here. */
			while (top > 0 && ol->stack[top - 1].nest != NEST_NONE &&
			       ol->stack[top - 1].col >= col - LIST_COL_SLACK)
				top--;
			k = innermost_clause(ol, top);
			if (top && !(heading & OUTLINE_HEADING) && ol->stack[top - 1].col >= 0 &&
			    ol->stack[top - 1].nest != NEST_ITEM &&
			    col >= ol->stack[top - 1].col + NESTED_LIST_INDENT &&
			    clauses_below(ol, top - 1))
				how = NEST_SUB;
			else if (top && !(heading & (OUTLINE_HEADING | OUTLINE_HEADING_WORDS)) &&
				 k >= 0 && !(k == top - 1 && (heading & OUTLINE_AFTER_HEADING)) &&
				 (ol->stack[k].style == STYLE_NUMBER ||
				  ol->stack[k].style == STYLE_SECTION) && ol->stack[k].ordinal > 1 &&
				 clauses_below(ol, k))
				how = NEST_ITEM;
			else if (top && k == top - 1 && (heading & OUTLINE_AFTER_HEADING) &&
				 (!(heading & (OUTLINE_HEADING | OUTLINE_HEADING_WORDS)) ||
				  section_heading(ol, k)) &&
				 paragraphs_heading(ol, k, heading)) {
				how = NEST_ITEM;
				ol->paragraphs = 1;
			} else if (top && !(heading & OUTLINE_HEADING) &&
				 lettered_heading(ol, top - 1))
				how = NEST_ITEM;
			if (how != NEST_NONE)
				level = ol->stack[top - 1].level + 1;
		}
	}
	if (how == NEST_NONE) {
		k = lab->roman ? find_style(ol, lab->style) : -1;
		if (k >= 0 && ol->stack[k].ordinal + 1 == lab->ordinal && ol->stack[k].item_col >= 0 &&
		    lead < col && lead >= ol->stack[k].item_col + NESTED_LIST_INDENT) {
			/*
			 * In a bullet nested in "*   h.", "i." is its first item,
			 * not the letter after it.  Not without a bullet: text
			 * indents its items as it pleases.
			 */
			roman = *lab;
			roman.style = roman_twin(lab->style);
			roman.ordinal = lab->roman;
			roman.roman = 0;
			lab = &roman;
		}
		level = outline_level(ol, lab);
	} else {
		ol->depth = top;
		level = clamp_level(level);
		outline_push(ol, lab->style, level, lab->ordinal);
		ol->stack[ol->depth - 1].nest = how;
		ol->after_heading = 0;
	}
	/* Only a plain number opening its line may have a list nested in it. */
	ol->stack[ol->depth - 1].col = plain ? col : -1;
	ol->stack[ol->depth - 1].item_col = is_structural(lab->style) ? -1 : lead;
	ol->stack[ol->depth - 1].heading = heading;
	if (nest)
		*nest = how;
	return level;
}

unsigned long outline_open_number(const struct outline *ol)
{
	int k;

	for (k = 0; k < ol->depth; k++)
		if (ol->stack[k].nest == NEST_NONE && ol->stack[k].style != STYLE_MD_HEADING &&
		    is_structural(ol->stack[k].style))
			return ol->stack[k].style == STYLE_NUMBER ? ol->stack[k].ordinal : 0;
	return 0;
}

enum outline_nest outline_unindented(struct outline *ol, int col, int leads_on,
				     int *list_level)
{
	int k, top, items = 0;

	if (col < 0)
		return NEST_NONE;
	for (k = 0; k < ol->depth && ol->stack[k].nest != NEST_ITEM; k++)
		;
	/* A caption's paragraph follows it: "1. Duration" / "This Agreement runs ...". */
	if (k < ol->depth && col <= ol->stack[k].col && !(ol->stack[k].heading & OUTLINE_HEADING)) {
		ol->closed = ol->stack[k];
		ol->reopen = 1;
		ol->depth = k;
		return NEST_OUT;
	}
	if (leads_on)
		return NEST_NONE;
	/*
	 * The enumerations open innermost, each at its column or right of it,
	 * down to the clause holding them: a structural entry, or a heading
	 * labelled as an enumeration under them ("**IX. Your Rights**" /
	 * "*   (b) erasure" ... "*   (g) make a complaint").
	 */
	for (top = ol->depth; top > 0 && !is_structural(ol->stack[top - 1].style); top--) {
		const struct outline_entry *e = &ol->stack[top - 1];

		if (top < ol->depth && (e->heading & OUTLINE_HEADING))
			break;
		if (e->item_col < 0 || col > e->item_col ||
		    (e->heading & (OUTLINE_HEADING | OUTLINE_HEADING_WORDS)))
			return NEST_NONE;
		items |= e->ordinal > 1;
		*list_level = e->level;
	}
	return items ? NEST_END : NEST_NONE;
}

int outline_heading(struct outline *ol, const struct label *lab, int level)
{
	level = clamp_level(level);
	outline_push(ol, lab && lab->style != STYLE_NONE ? lab->style : STYLE_MD_HEADING, level,
		     lab ? lab->ordinal : 0);
	/*
	 * "## § 13 Haftung", "## 2. Liability" or a Word heading "2.
	 * Liability": a heading line over its paragraphs (paragraphs_heading),
	 * as the same line typed plain is.  No column: a "1." indented under
	 * it is no sub-clause 2.1 of it.
	 */
	if (lab && (lab->style == STYLE_SECTION || plain_number(lab))) {
		ol->stack[ol->depth - 1].heading = OUTLINE_HEADING;
		ol->stack[ol->depth - 1].heading_line = plain_number(lab);
	}
	ol->base = clamp_level(level + 1);
	return level;
}

int outline_heading_in_clause(const struct outline *ol, int level)
{
	int k = innermost_clause(ol, ol->depth);

	level = clamp_level(level);
	if (k < 1 || ol->stack[k].style != STYLE_NUMBER ||
	    ol->stack[k - 1].style != STYLE_MD_HEADING || ol->stack[k - 1].level != level)
		return -1;
	return clamp_level(ol->stack[k].level + 1);
}

int outline_subheading(struct outline *ol, int level)
{
	int base = ol->base;

	level = outline_heading(ol, NULL, level);
	ol->base = base;
	return level;
}

/* Whether a clause typed in the text ("5.1", "Section 3") is open at `level` or deeper. */
static int typed_clause_open(const struct outline *ol, int level)
{
	int k;

	for (k = 0; k < ol->depth; k++)
		if (!ol->stack[k].numbered && ol->stack[k].level >= level &&
		    is_structural(ol->stack[k].style) &&
		    ol->stack[k].style != STYLE_MD_HEADING)
			return 1;
	return 0;
}

int outline_numbered(struct outline *ol, const struct label *lab, int level, int list)
{
	enum label_style style = STYLE_MD_HEADING;
	unsigned long ordinal = 0;

	if (lab && lab->style != STYLE_NONE)
		read_roman(ol, lab, &style, &ordinal);
	level = clamp_level(level);
	if (style == STYLE_ARTICLE) {
		ol->articles = 1;
	} else if (style == STYLE_ANNEX) {
		ol->depth = 0;
	} else if (list && !is_structural(style) && typed_clause_open(ol, level)) {
		/* Nests as a typed enumeration would (outline_level). */
		int k = find_style(ol, style);

		level = clamp_level(k >= 0 ? ol->stack[k].level : ol->stack[ol->depth - 1].level + 1);
	}
	outline_push(ol, style, level, ordinal);
	ol->stack[ol->depth - 1].numbered = 1;
	/* It closed the heading that set the base: "2.1" typed after Word's "2." is one below it. */
	if (level < ol->base)
		ol->base = level;
	ol->after_heading = 0;
	return level;
}

void outline_caption(struct outline *ol)
{
	ol->after_heading = 1;
	ol->captioned = 1;
	ol->reopen = 0;
}

/* ---- tables of contents ---------------------------------------------- */

#define TOC_LINE_MAX 160
#define TOC_TITLE_MAX_WORDS 16

/* Words a title never ends on before a page number: a line of prose does. */
static int toc_leads_on(const char *w, size_t n)
{
	static const char *const words[] = {
		"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on",
		"or", "per", "than", "the", "to", "under", "with", "within",
		"section", "sections", "clause", "clauses", "article", "articles",
		"schedule", "exhibit", "annex", "appendix", "paragraph", "item",
		"page", "pages", "no", "day", "days", "month", "months", "year",
		"years", "week", "weeks", "hours", "version", "rule", "part",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(words); i++)
		if (strlen(words[i]) == n && !strncasecmp(w, words[i], n))
			return 1;
	return 0;
}

/* The longest line read as a contents page flattened onto one line. */
#define TOC_FLAT_MAX 8192

/* The token at p (up to e): its end, at the next blank. */
static const char *token_end(const char *p, const char *e)
{
	while (p < e && *p != ' ' && *p != '\t')
		p++;
	return p;
}

static const char *skip_blank(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

/* A page number: one to four digits. */
static int is_page_token(const char *p, const char *q)
{
	const char *k;

	if (q == p || q - p > 4)
		return 0;
	for (k = p; k < q; k++)
		if (!isdigit((unsigned char)*k))
			return 0;
	return 1;
}

/*
 * A contents page flattened onto one line: "7. CONFIDENTIALITY; PUBLICITY
 * 46 7.1 Confidentiality 46 7.2 Publicity 47", after up to five words
 * without digits ("TABLE OF CONTENTS Page").  Returns how many
 * label-title-page triples make up the whole line (0 when something else
 * is in it) and fills *entry from the first and the last.  One pass over
 * the line's tokens.
 */
static unsigned toc_flat(const char *s, const char *e, struct toc_entry *entry)
{
	const char *p = skip_blank(s, e), *first = NULL, *last;
	unsigned triples = 0, prefix = 0;
	struct label lab;

	if (e - s > TOC_FLAT_MAX)
		return 0;
	/*
	 * The last triple ends the line with its page: a line of prose is
	 * ruled out by its last word, before its first are read as labels.
	 */
	for (last = e; last > s && last[-1] != ' ' && last[-1] != '\t'; last--)
		;
	if (!is_page_token(last, e))
		return 0;
	while (p < e) {
		const char *q = token_end(p, e), *last_word = NULL;
		size_t words = 0;

		if (!outline_parse_label(p, e, &lab) || p + lab.body >= e ||
		    !(lab.style == STYLE_NUMBER || lab.style == STYLE_SECTION ||
		      lab.style == STYLE_ARTICLE || lab.style == STYLE_ANNEX ||
		      lab.style == STYLE_ALNUM)) {
			const char *k;

			if (triples || ++prefix > 5)
				return 0;
			for (k = p; k < q; k++)
				if (isdigit((unsigned char)*k))
					return 0;
			p = skip_blank(q, e);
			continue;
		}
		if (!first) {
			first = p;
			entry->label = p == s ? lab.len : 0;
		}
		/* The title, up to a page number before the next label or the end. */
		p += lab.body;
		for (;;) {
			const char *n;

			if (p >= e)
				return 0;
			q = token_end(p, e);
			n = skip_blank(q, e);
			if (words && is_page_token(p, q) &&
			    (n == e || outline_parse_label(n, e, &lab))) {
				if (toc_leads_on(last_word, (size_t)(token_end(last_word, e) - last_word)))
					return 0;
				entry->page = strtoul(p, NULL, 10);
				p = n;
				break;
			}
			if (++words > TOC_TITLE_MAX_WORDS)
				return 0;
			if (words == 1 && triples == 0) {
				entry->word = (size_t)(p - s);
				entry->word_len = (size_t)(q - p);
			}
			last_word = p;
			p = n;
		}
		triples++;
	}
	return triples;
}

/*
 * A title redacted in the filing, alone in t[s..e) but for blanks: "[* *
 * *]", "[***]", at most 16 bytes.  Returns where it starts, or NULL.
 */
static const char *toc_redaction(const char *s, const char *e)
{
	const char *k;
	size_t stars = 0;

	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	if (e - s < 3 || e - s > 16 || *s != '[' || e[-1] != ']')
		return NULL;
	for (k = s + 1; k < e - 1; k++) {
		if (*k == '*')
			stars++;
		else if (*k != ' ')
			return NULL;
	}
	return stars ? s : NULL;
}

/* Letters the word a glued page number runs on from has, at least. */
#define TOC_GLUED_MIN_LETTERS 3

/*
 * A contents line whose page number a PDF's text glued to the title:
 * "2. LICENSE GRANT10", "ARTICLE I : DEFINITIONS1".  A label, a title in
 * capitals or title case (outline_is_caption) whose last word has
 * TOC_GLUED_MIN_LETTERS letters or more ("Section G1", "Form S1" are no
 * page), then one to three digits.  s..e is trimmed.
 */
static enum toc_sep toc_glued(const char *s, const char *e, struct toc_entry *entry)
{
	const char *num = e, *w;
	struct label lab;

	while (num > s && e - num < 4 && isdigit((unsigned char)num[-1]))
		num--;
	if (num == e || e - num > 3 || *num == '0')
		return TOC_NONE;
	for (w = num; w > s && isalpha((unsigned char)w[-1]); w--)
		;
	if (num - w < TOC_GLUED_MIN_LETTERS || w == s)
		return TOC_NONE;
	if (!outline_parse_label(s, num, &lab) || lab.body > (size_t)(w - s) ||
	    !(lab.style == STYLE_NUMBER || lab.style == STYLE_SECTION ||
	      lab.style == STYLE_ARTICLE || lab.style == STYLE_ANNEX))
		return TOC_NONE;
	if (!outline_is_caption(s, lab.body, (size_t)(num - s), 1))
		return TOC_NONE;
	for (w = s + lab.body; w < num && !isalpha((unsigned char)*w); w++)
		;
	entry->sep = TOC_GLUED;
	entry->label = lab.len;
	entry->word = (size_t)(w - s);
	entry->word_len = (size_t)(token_end(w, num) - w);
	entry->page = strtoul(num, NULL, 10);
	entry->key = lab.ordinal;
	return TOC_GLUED;
}

enum toc_sep outline_toc_line(const char *s, const char *e, struct toc_entry *entry)
{
	const char *p, *num, *title, *w;
	size_t dots = 0, blanks = 0, words = 0;
	int tab = 0, roman;
	struct label lab;

	memset(entry, 0, sizeof(*entry));
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	if (e <= s)
		return TOC_NONE;
	/* Two entries or more on one line: a contents page flattened. */
	if ((entry->triples = toc_flat(s, e, entry)) >= 2)
		return TOC_GAP;
	memset(entry, 0, sizeof(*entry));
	if (e - s > TOC_LINE_MAX)
		return TOC_NONE;
	/* Digits run on from a letter: a page glued to the title, or none. */
	for (num = e; num > s && isdigit((unsigned char)num[-1]); num--)
		;
	if (num < e && num > s && isalpha((unsigned char)num[-1]))
		return toc_glued(s, e, entry);
	/* The page number: digits, or a roman numeral in one case. */
	num = e;
	while (num > s && e - num <= 6 && isalnum((unsigned char)num[-1]))
		num--;
	if (num == e || num == s || isalnum((unsigned char)num[-1]))
		return TOC_NONE;
	if (isdigit((unsigned char)*num)) {
		for (p = num; p < e; p++)
			if (!isdigit((unsigned char)*p))
				return TOC_NONE;
		if (e - num > 4)
			return TOC_NONE;
		entry->page = strtoul(num, NULL, 10);
		roman = 0;
	} else {
		char w8[8];
		size_t n = (size_t)(e - num), k;

		if (!same_case_letters(num, n, 0) && !same_case_letters(num, n, 1))
			return TOC_NONE;
		for (k = 0; k < n; k++)
			w8[k] = (char)tolower((unsigned char)num[k]);
		if (!roman_value(w8, n))
			return TOC_NONE;
		roman = 1;
	}
	/* What sets it off: dots, an ellipsis, a tab, blanks. */
	p = num;
	while (p > s) {
		if (p[-1] == '.' || p[-1] == '_')
			dots++;
		else if (p[-1] == '\t')
			tab = 1;
		else if (p[-1] == ' ')
			blanks++;
		else if (p - s >= 3 && (unsigned char)p[-3] == 0xE2 &&
			 (unsigned char)p[-2] == 0x80 && (unsigned char)p[-1] == 0xA6) {
			dots += 3;    /* U+2026 */
			p -= 2;
		} else if (p - s >= 2 && (unsigned char)p[-2] == 0xC2 &&
			   (unsigned char)p[-1] == 0xA0) {
			blanks++;     /* a no-break space */
			p--;
		} else {
			break;
		}
		p--;
	}
	if (dots >= 3 || tab)
		entry->sep = TOC_LEADER;
	else if (blanks >= 2)
		entry->sep = TOC_GAP;
	else if (blanks == 1 && !dots)
		entry->sep = TOC_SPACE;
	else if (blanks == 1 && dots == 1)
		entry->sep = TOC_SPACE;   /* "Grant of Rights. 8" */
	else
		return TOC_NONE;
	if (dots == 1)
		p++;                      /* the title's own full stop */
	if (roman && entry->sep == TOC_SPACE)
		return TOC_NONE;          /* "Part of Schedule II" */
	if (p <= s)
		return TOC_NONE;
	/* A label alone is no entry: "ATTACHMENT 1", "Приложение № 1". */
	if (outline_parse_label(s, e, &lab) && lab.body >= (size_t)(e - s))
		return TOC_NONE;
	/* The title: after a label, with a word in it, not running on. */
	title = s;
	if (outline_parse_label(s, p, &lab)) {
		if (lab.body >= (size_t)(p - s))
			return TOC_NONE;  /* "ARTICLE II": the number is the label's */
		entry->label = lab.len;
		title = s + lab.body;
	}
	/* A title redacted in the filing: "3.8  [* * *]   16". */
	if (entry->label && (w = toc_redaction(title, p))) {
		entry->word = (size_t)(w - s);
		entry->word_len = (size_t)(p - w);
		while (entry->word_len && s[entry->word + entry->word_len - 1] == ' ')
			entry->word_len--;
		return entry->sep;
	}
	if (!isalpha((unsigned char)p[-1]) && !strchr(").\"'", p[-1]) &&
	    (unsigned char)p[-1] < 0x80)
		return TOC_NONE;
	for (w = title; w < p;) {
		const char *k = w;

		while (k < p && is_word_byte((unsigned char)*k))
			k++;
		if (k > w) {
			if (!words++) {
				entry->word = (size_t)(w - s);
				entry->word_len = (size_t)(k - w);
			}
			if (k == p && toc_leads_on(w, (size_t)(k - w)))
				return TOC_NONE;
			w = k;
		} else {
			w++;
		}
	}
	if (!words || words > TOC_TITLE_MAX_WORDS ||
	    (!isalpha((unsigned char)s[entry->word]) && (unsigned char)s[entry->word] < 0x80))
		return TOC_NONE;
	return entry->sep;
}

enum toc_sep outline_toc_run_on(const char *s, const char *e, struct toc_entry *entry)
{
	const char *w;
	size_t n, k, roman = 0, digits = 0;
	enum toc_sep sep;

	memset(entry, 0, sizeof(*entry));
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	/* The last word, up to 6 bytes, after a blank: "i", "-v-", "Page", "12". */
	for (w = e; w > s && e - w <= 6 && w[-1] != ' ' && w[-1] != '\t'; w--)
		;
	n = (size_t)(e - w);
	if (!n || w == s || n > 6 || e - s > TOC_LINE_MAX)
		return TOC_NONE;
	for (k = 0; k < n; k++) {
		if (isdigit((unsigned char)w[k]))
			digits++;
		else if (strchr("ivxlcIVXLC", w[k]))
			roman++;
		else if (w[k] != '-')
			break;
	}
	if (k < n && !(n == 4 && !strncasecmp(w, "page", 4)))
		return TOC_NONE;
	if (k == n && !digits && !roman)
		return TOC_NONE;
	/* Before it, a contents line with a page number in digits, set off. */
	sep = outline_toc_line(s, w, entry);
	if ((sep != TOC_GAP && sep != TOC_LEADER) || !entry->page)
		return TOC_NONE;
	return sep;
}

/* Whether w[0..n) is one of the `count` words in list, in any case. */
static int word_in(const char *w, size_t n, const char *const *list, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (strlen(list[i]) == n && !strncasecmp(w, list[i], n))
			return 1;
	return 0;
}

/*
 * Whether s[0..e) holds only words of `keys` and `others`, at least one a
 * key, with nothing but bytes of `gaps` between them: a heading such as
 * "TABLE OF CONTENTS" or "List of Schedules", not a sentence about one.
 */
static int only_words_of(const char *s, const char *e, const char *const *keys, size_t nkeys,
			 const char *const *others, size_t nothers, const char *gaps)
{
	int key = 0;

	while (s < e) {
		const char *w = s;
		size_t n;

		while (s < e && is_word_byte((unsigned char)*s))
			s++;
		n = (size_t)(s - w);
		if (!n) {
			if (!*s || !strchr(gaps, *s))
				return 0;
			s++;
			continue;
		}
		if (word_in(w, n, keys, nkeys))
			key = 1;
		else if (!word_in(w, n, others, nothers))
			return 0;
	}
	return key;
}

int outline_toc_heading(const char *s, const char *e)
{
	static const char *const keys[] = {
		"contents", "content", "index", "page", "pages", "toc",
		"inhalt", "inhaltsverzeichnis", "sommaire",
		"\xC3\xADndice", "indice", "inhoud", "inhoudsopgave",
		"\xD1\x81\xD0\xBE\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5",
		"\xD0\xA1\xD0\x9E\xD0\x94\xD0\x95\xD0\xA0\xD0\x96\xD0\x90\xD0\x9D\xD0\x98\xD0\x95",
	};
	/* Words beside a key: "TABLE OF CONTENTS", the column "Clause Page". */
	static const char *const others[] = {
		"table", "of", "continued", "clause", "clauses", "section", "sections",
		"article", "articles", "heading", "headings",
	};

	/* A column header may spread its words: "Clause" ... "Page". */
	if (e - s > TOC_LINE_MAX)
		return 0;
	return only_words_of(s, e, keys, ARRAY_SIZE(keys), others, ARRAY_SIZE(others),
			     " \t:()*#_-");
}

int outline_toc_column_header(const char *s, const char *e)
{
	const char *w;

	while (e > s && strchr(" \t:", e[-1]))
		e--;
	for (w = e; w > s && isalpha((unsigned char)w[-1]); w--)
		;
	if (!((e - w == 4 && !strncasecmp(w, "page", 4)) ||
	      (e - w == 5 && !strncasecmp(w, "pages", 5))))
		return 0;
	return outline_toc_heading(s, e);
}

int outline_toc_annex_list(const char *s, const char *e)
{
	static const char *const lists[] = {
		"schedules", "exhibits", "annexes", "annexures", "appendices",
		"attachments",
	};
	static const char *const others[] = { "and", "list", "of", "the" };

	if (e - s > 60)
		return 0;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == ':'))
		e--;
	return only_words_of(s, e, lists, ARRAY_SIZE(lists), others, ARRAY_SIZE(others), " \t");
}

int outline_toc_header_line(const char *s, const char *e, int after_contents)
{
	return outline_toc_column_header(s, e) ||
	       (after_contents && outline_toc_annex_list(s, e));
}

void outline_toc_run_init(struct toc_run *run)
{
	run->lines = run->leaders = 0;
	run->flat = 0;
	run->page = 0;
	run->ordered = 1;
	run->glued = 0;
	run->key = 0;
	run->rising = 1;
}

void outline_toc_run_add(struct toc_run *run, const struct toc_entry *entry)
{
	run->lines++;
	run->leaders += entry->sep == TOC_LEADER;
	run->flat |= entry->triples >= OUTLINE_TOC_FLAT_MIN;
	if (entry->page) {
		run->ordered &= entry->page >= run->page;
		run->page = entry->page;
	}
	if (entry->sep == TOC_GLUED) {
		run->glued++;
		run->rising &= entry->key >= run->key;
		run->key = entry->key;
	}
}

/*
 * A heading over it, leaders on every line, or pages glued to their
 * titles on every line (OUTLINE_TOC_GLUED_MIN lines at least, labels and
 * pages rising) make a run a contents block; one line alone may be a
 * clause ("3. Fees 3"), so without these only labels that come back as
 * headings, pages in order, do.
 */
enum toc_verdict outline_toc_run_verdict(const struct toc_run *run, int heading)
{
	if (!run->lines)
		return TOC_NO_BLOCK;
	if (heading || run->flat || (run->lines >= 2 && run->leaders == run->lines))
		return TOC_BLOCK;
	/* Pages glued to their titles, line after line, labels and pages rising. */
	if (run->glued >= OUTLINE_TOC_GLUED_MIN && run->glued == run->lines &&
	    run->ordered && run->rising)
		return TOC_BLOCK;
	if (run->lines >= 2 && run->ordered)
		return TOC_BLOCK_IF_HEADINGS_FOLLOW;
	return TOC_NO_BLOCK;
}

/* Whether w[0..n) opens s[0..e), or follows its first blanks. */
static int word_near(const char *s, const char *e, const char *w, size_t n)
{
	const char *p;

	for (p = s; p < e && p - s < 40; p++) {
		if (p > s && is_word_byte((unsigned char)p[-1]))
			continue;
		if ((size_t)(e - p) >= n && !strncasecmp(p, w, n) &&
		    ((size_t)(e - p) == n || !is_word_byte((unsigned char)p[n])))
			return 1;
	}
	return 0;
}

int outline_toc_repeats(const char *entry_s, const struct toc_entry *entry,
			const char *s, const char *e, const char *next, const char *next_e)
{
	size_t n = entry->label;
	struct toc_entry again;

	if (!n)
		return 0;
	/* "1." and "1" are one label, whatever the case. */
	if (entry_s[n - 1] == '.')
		n--;
	if ((size_t)(e - s) < n || strncasecmp(s, entry_s, n))
		return 0;
	s += n;
	if (s < e && *s == '.')
		s++;
	if (s < e && *s != ' ' && *s != '\t' && *s != ':')
		return 0;
	if (outline_toc_line(s - n, e, &again) != TOC_NONE)
		return 0;   /* another contents line */
	return word_near(s, e, entry_s + entry->word, entry->word_len) ||
	       (next && word_near(next, next_e, entry_s + entry->word, entry->word_len));
}

/*
 * docx_numbering: the clause numbers Word displays, from numbering.xml and
 * styles.xml.
 *
 * Word keeps list numbers out of the text: a paragraph names a numbering
 * instance (w:numId) and a level (w:ilvl), directly or through its
 * paragraph style and the style's w:basedOn chain, and numbering.xml says
 * how each level counts and prints.  This module reads both parts and,
 * called once per paragraph in document order, computes the label Word
 * shows ("1.4", "(b)", "Article IV").
 *
 * What it follows, as Word does:
 *  - numId from the paragraph, else from its style chain; numId 0 turns
 *    numbering off.  ilvl likewise, else the level whose w:pStyle names the
 *    paragraph's style, else 0.
 *  - w:numStyleLink / w:styleLink (list styles), w:lvlOverride with
 *    w:startOverride or a whole w:lvl.  Instances of one abstract list
 *    share their counters; an instance with a start override counts on its
 *    own from that start (Word's "restart numbering").
 *  - lvlText templates ("%1.%2", "Article %1"), w:start (default 0),
 *    w:lvlRestart (0 = never), w:isLgl (earlier levels in Arabic numerals),
 *    w:suff, a level whose run properties hide its number.  A level not yet
 *    used shows start - 1, so a "1.1" heading with no "1" before it reads
 *    "0.1", as in Word.
 *  - Formats: decimal, decimalZero and padded custom formats ("001"),
 *    upper/lower roman, upper/lower letter (aa, bb after z), ordinal
 *    (1st), cardinalText (One), ordinalText (First), decimalEnclosedParen,
 *    decimalEnclosedFullstop, decimalEnclosedCircle, decimalFullWidth,
 *    chicago, numberInDash, none and bullet.  Others print as decimal.
 *
 * Styles also give outline levels (w:outlineLvl, or a built-in "heading N"
 * name) and hidden text (w:vanish in a style's run properties).
 *
 * Everything lives in one object; strings in its own arena.  Not shared
 * between threads while counting.
 */
#ifndef AICLAUSE_DOCX_NUMBERING_H
#define AICLAUSE_DOCX_NUMBERING_H

#include <stddef.h>

#include "buf.h"

enum num_fmt {
	NUM_FMT_DECIMAL,
	NUM_FMT_DECIMAL_ZERO,
	NUM_FMT_UPPER_ROMAN,
	NUM_FMT_LOWER_ROMAN,
	NUM_FMT_UPPER_LETTER,
	NUM_FMT_LOWER_LETTER,
	NUM_FMT_ORDINAL,
	NUM_FMT_CARDINAL_TEXT,
	NUM_FMT_ORDINAL_TEXT,
	NUM_FMT_ENCLOSED_PAREN,
	NUM_FMT_ENCLOSED_FULLSTOP,
	NUM_FMT_ENCLOSED_CIRCLE,
	NUM_FMT_FULL_WIDTH,
	NUM_FMT_CHICAGO,
	NUM_FMT_NUMBER_IN_DASH,
	NUM_FMT_NONE,
	NUM_FMT_BULLET
};

enum num_suff {
	NUM_SUFF_TAB,      /* the default */
	NUM_SUFF_SPACE,
	NUM_SUFF_NOTHING
};

/* A w:numFmt value; unknown names give NUM_FMT_DECIMAL. */
enum num_fmt docx_num_fmt(const char *name);
/*
 * Appends `value` in format `fmt`, zero-padded to `width` digits for the
 * decimal formats (0 = no padding).
 */
void docx_format_number(enum num_fmt fmt, long value, int width, struct buf *out);

struct docx_numbering;

struct docx_numbering *docx_numbering_new(void);
void docx_numbering_free(struct docx_numbering *n);

/*
 * Read styles.xml and numbering.xml (either may be absent; call each at
 * most once).  0, or a negative enum xml_result with the reason in err;
 * what was read before damage is kept.
 */
int docx_numbering_read_styles(struct docx_numbering *n, const char *part,
		const unsigned char *data, size_t len, unsigned max_depth,
		struct buf *err);
int docx_numbering_read_numbering(struct docx_numbering *n, const char *part,
		const unsigned char *data, size_t len, unsigned max_depth,
		struct buf *err);

/* What a paragraph's own w:pPr says; -1 (or NULL) where it says nothing. */
struct docx_para_props {
	const char *style;
	int num_id;
	int ilvl;
	int outline;
};

/* What Word shows for it. */
struct docx_para_number {
	int numbered;          /* in a list, bullets included */
	int bullet;            /* a bullet (or a level printing nothing) */
	int ilvl;              /* 0..8 when numbered, else -1 */
	int outline;           /* outline level 0..8, -1 for body text */
	int list;              /* identity of the counter sequence, -1 if none */
	enum num_suff suff;
};

/*
 * The next paragraph in document order: appends its label to `label`
 * (nothing for bullets and unnumbered paragraphs) and advances the
 * counters.  Call for every paragraph Word would number, in order.
 */
void docx_numbering_next(struct docx_numbering *n,
		const struct docx_para_props *props, struct buf *label,
		struct docx_para_number *out);

/* Forgets every counter (headers and notes count on their own). */
void docx_numbering_restart(struct docx_numbering *n);

/*
 * Whether text is hidden by styles alone: the character style chain of
 * `run_style` first, then the paragraph style chain of `para_style` (NULL:
 * the default paragraph style).
 */
int docx_style_hidden(const struct docx_numbering *n, const char *para_style,
		const char *run_style);

#endif

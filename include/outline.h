/*
 * outline: clause labels typed in the text, and the outline they make.
 *
 * Both loaders read labels a drafter typed: text_load on every line, and
 * docx_load on the paragraphs of a Word document that Word does not number
 * ("1.", "1.1", "(a)", "Clause 3" written into the paragraph itself), with
 * the paragraphs Word numbers in the same outline.  One reading, so that
 * the same clause gets the same number and parent from a .txt and a .docx.
 *
 *  - outline_parse_label() recognises a marker at the start of a line or
 *    paragraph and says where the body after it begins.
 *  - struct outline turns a sequence of labels into outline levels 0..8:
 *    structural labels ("1.2.3", "Section 4", "ARTICLE IV") carry their
 *    own depth; an enumeration ("(a)", "iv.", "1)") is a sibling of the
 *    last item in its style still open, else a child of the innermost
 *    entry.  "(i)" after "(h)" is a letter (but not in a bullet nested
 *    in the bullet of "h.": outline_level_at), elsewhere a roman numeral.
 *  - outline_is_caption() tells a caption ("DEFINITIONS", "Provision of
 *    Services.") from prose.
 *
 * No allocation: a struct outline is plain data, zero-initialised by
 * outline_init.
 */
#ifndef AICLAUSE_OUTLINE_H
#define AICLAUSE_OUTLINE_H

#include <stddef.h>

/*
 * How a clause marker is written.  The first group are structural: their
 * outline level follows from the marker itself ("1.2.3" is two below "1.").
 * The others are enumerations whose level depends on where they appear, so
 * struct outline keeps a stack of the styles in use.
 */
enum label_style {
	STYLE_NONE,
	STYLE_NUMBER,          /* 1.  1.1  1.1.1 */
	STYLE_SECTION,         /* Section 4.2, SECTION 4., Clause 5, § 4.2 */
	STYLE_ARTICLE,         /* ARTICLE IV, Article 5 */
	STYLE_ANNEX,           /* EXHIBIT A, Schedule 1, Annex II, Appendix B */
	STYLE_ALNUM,           /* A.1  A.1.2 */
	STYLE_MD_HEADING,      /* only on the outline stack: a heading of its own level */
	/* enumerations */
	STYLE_PAREN_LOWER,     /* (a) */
	STYLE_PAREN_UPPER,     /* (A) */
	STYLE_PAREN_ROMAN,     /* (iv) */
	STYLE_PAREN_ROMAN_UP,  /* (IV) */
	STYLE_PAREN_DIGIT,     /* (1) */
	STYLE_DOT_LOWER,       /* a. */
	STYLE_DOT_UPPER,       /* A. */
	STYLE_DOT_ROMAN,       /* iv. */
	STYLE_DOT_ROMAN_UP,    /* IV. */
	STYLE_CLOSE_LOWER,     /* a) */
	STYLE_CLOSE_UPPER,     /* A) */
	STYLE_CLOSE_ROMAN,     /* iv) */
	STYLE_CLOSE_ROMAN_UP,  /* IV) */
	STYLE_CLOSE_DIGIT      /* 1) */
};

struct label {
	enum label_style style;
	size_t len;             /* the marker as written */
	size_t body;            /* from the marker's first byte to the body */
	unsigned long ordinal;  /* 3 for "(c)", "iii." or "3." */
	unsigned long roman;    /* value as a roman numeral for i, v, x; else 0 */
	int depth;              /* groups in "1.2.3"; 1 otherwise */
};

/*
 * Recognises a clause marker at s (the first non-blank byte of a line or
 * paragraph, e its end) and where the body after it begins.  Returns 0 for
 * no label.  Cross-references that read on are none: "1.5 million",
 * "Section 4.2 shall", "Article 5 of the GDPR".
 */
int outline_parse_label(const char *s, const char *e, struct label *lab);

/*
 * The ordinal word at s (before e), whole, in any case: "first" ..
 * "fiftieth", the compounds with a hyphen ("twenty-first"); its length,
 * its value in *value; 0 when none.
 */
size_t outline_ordinal_word(const char *s, const char *e, unsigned long *value);

/*
 * Capitals and a number, "A1.", "S3", "SC2.", at s (the first non-blank
 * byte of a line, e its end): a schedule's item ("A2. Customer
 * Content.") or an order form's special condition ("SC1. Clause 7.3 ...
 * does not apply.") where the loader finds it in a run of such labels,
 * with the same capitals and rising numbers; one alone tells nothing.
 * Here only the form: one to OUTLINE_LETTER_PREFIX_MAX capitals (more
 * make a word or an acronym: "COVID19"), one to three digits, no leading
 * zero, an optional stop, a blank and a capital (after emphasis or a
 * quote), so "B2B", "R2 = R1", "S1 1 2 3" and "D2 and LICENSEE" are none.
 * STYLE_ALNUM, depth 1, the number as ordinal; the capitals are s[0 ..
 * lab->len) up to the first digit.
 */
#define OUTLINE_LETTER_PREFIX_MAX 3
int outline_parse_letter_number(const char *s, const char *e, struct label *lab);

/*
 * Whether a table cell's text t[s..e), after a typed label, is a clause
 * drafted in the table ("1.1 The Supplier shall meet the service
 * levels.") rather than a numbered row of figures or a form ("1. Uptime
 * 99.9%", "(a) Name").
 */
int outline_cell_is_clause(const char *t, size_t s, size_t e);

/*
 * Whether a label numbers a clause in a table cell: "1.1", "Clause 3",
 * "(a)"; not a lone "1." that numbers a table's rows.
 */
int outline_cell_label_is_clause(const struct label *lab);

/*
 * A caption rather than prose in t[s..e): short, no sentence inside, and in
 * capitals ("DEFINITIONS", "ARTICLE IV - TERM") or, after a label
 * (`labelled`), in title case ("Provision of Services.").
 */
int outline_is_caption(const char *t, size_t s, size_t e, int labelled);

/*
 * The words of a heading in sentence case or capitals at t[s..e), after
 * its label: a capital first, a letter last, no stop, colon or comma in
 * it, at most 8 words, not ending on a word that leads on ("... by
 * Microsoft and", "The Supplier shall").  Where the line stands tells a
 * heading ("6. Audit and compliance" over "6.1 ...") from a short clause.
 */
int outline_heading_words(const char *t, size_t s, size_t e);

/*
 * Whether the words at t[s..e) state something, as a sentence does: a
 * modal or a form of "be" or "have" in lower case ("Fees are due"), not
 * in a question ("Who may use the Services").
 */
int outline_states(const char *t, size_t s, size_t e);

/*
 * The same for a title set off from its keyword by a dash ("Article 14 -
 * Exclusivity, assignment and publicity"): a comma may list its subjects.
 */
int outline_title_words(const char *t, size_t s, size_t e);

/*
 * A heading in sentence case or capitals that lists its subjects with
 * commas ("Confidentiality, publicity and audit", "Term, Termination"):
 * at most 10 words and 4 to a subject, the last joined by "and", "or"
 * or "&" unless every word has a capital, no stop or bracket, and no
 * word of a sentence ("The Supplier shall, at its cost, provide
 * support": a determiner, a pronoun, a modal, "is").
 */
int outline_title_list(const char *t, size_t s, size_t e);

/*
 * Whether t[s..e) ends on a word that leads on to more ("... in the",
 * "... of"): a line cut short, no end of its own.
 */
int outline_ends_unfinished(const char *t, size_t s, size_t e);

/*
 * The length of the dash at p (before e): 1 for "-", 3 for an en or em
 * dash in UTF-8, 0 for none.
 */
size_t outline_dash_len(const char *p, const char *e);

/*
 * Whether t[s..e) leads in to a list rather than naming it: it states a
 * duty ("Each Purchase Contract shall", "Software support will be as
 * follows").  No heading, whatever its words.
 */
int outline_leads_in(const char *t, size_t s, size_t e);

/*
 * How a plain number ("1.", Markdown's "3\.") typed at the start of a
 * line reads against the clause open above it (outline_level_at), and so
 * how it is cited (paragraph.nest).
 */
enum outline_nest {
	NEST_NONE,              /* a clause of its own, as its label says */
	NEST_SUB,               /* indented under a number: its sub-clause, "8" + "1." is 8.1 */
	NEST_ITEM,              /* a list restarting at 1 inside a clause: its item, 3(1) */
	NEST_OUT,               /* unlabelled, after such items: back in their clause */
	NEST_END,               /* unlabelled, after a list of enumerations: back in its clause */
	NEST_CLOSE              /* unlabelled, the clauses ended before it: it and what
				 * follows up to the next label are in none */
};

struct outline_entry {
	enum label_style style;
	int level;
	unsigned long ordinal;
	int numbered;           /* the source numbers it (outline_numbered) */
	int col;                /* column its label opens its line at, -1: none known */
	enum outline_nest nest;
	int item_col;           /* an enumeration's column, its bullet's after one
				 * (outline_level_at's lead), -1: none known */
	unsigned heading;       /* the OUTLINE_HEADING* bits outline_level_at was given */
	int heading_line;       /* a heading of its own labelled with a plain number
				 * ("## 2. Liability", a Word heading "2. Liability"):
				 * it may head paragraphs numbered afresh, with no
				 * column for a list to nest in */
};

struct outline {
	struct outline_entry stack[16];
	int depth;
	int base;               /* level of clauses under the last heading of its own level */
	int articles;           /* an ARTICLE has been seen */
	int rider;              /* "AI.1" came after the body's "10.": such numbers
				 * stand at the body's levels, not under its clauses */
	int after_heading;      /* a heading without a label since the last label */
	int captioned;          /* a heading without a label since the last entry */
	struct outline_entry closed; /* the item outline_unindented() closed */
	int reopen;             /* nothing opened since: the next number may go on with it */
	int paragraphs;         /* a heading line had its paragraphs numbered afresh under
				 * it ("1. Fees" / "1. The Customer shall ..."): so may
				 * the next ("13. Liability" / "1. ...") */
};

void outline_init(struct outline *ol);

/* The outline level (0..8) of a paragraph with label `lab`. */
int outline_level(struct outline *ol, const struct label *lab);

/* How the paragraph of a label reads, for outline_level_at(). */
#define OUTLINE_HEADING 1       /* a heading: a caption, a Markdown heading */
#define OUTLINE_HEADING_WORDS 2 /* a line of a few words, a caption run in */
#define OUTLINE_AFTER_HEADING 4 /* right after a heading, with no lead-in */
#define OUTLINE_STATES 8        /* a "1." that states something: a paragraph, not
				 * the caption of a document's first clause */

/*
 * The OUTLINE_HEADING_WORDS and OUTLINE_STATES bits for a paragraph with
 * label `lab` whose body is t[s..e) (`one_line`: it holds one line, as a
 * Word paragraph does): a few words of a heading ("1. Introduction"), or
 * a caption in capitals run in ("DEFINITIONS   For the purpose ...",
 * "TERM. This Agreement"), are heading words; else a plain "1." whose
 * words state something (outline_states: "1. The total liability shall
 * not exceed ...") states, unless a caption runs in before its sentence
 * ("1. Introduction. These terms apply ...": a clause with a title of
 * its own).  Both loaders read their labels so.
 */
unsigned outline_label_reads(const struct label *lab, const char *t, size_t s, size_t e,
			     int one_line);

/*
 * outline_level() for a label that opens its line at column `col` (tabs
 * to the next multiple of 4; -1 where it does not open a line), or
 * stands there after a bullet at column `lead` ("*   1\. OUR SERVICES";
 * else lead is col), in a paragraph that reads as `heading`
 * (OUTLINE_HEADING* bits).  A plain
 * number that restarts at 1, after no unlabelled heading, is no clause
 * of its own, and *nest says what it is:
 *  - NEST_SUB where it is no heading and stands at least two columns
 *    further in than the plain number opening its line right above
 *    it, as a Markdown ordered list nested in another numbers the
 *    sections of a clause ("8.  LIABILITY" / "    1.  Exclusion" is
 *    8.1): one level below it;
 *  - else NEST_ITEM, where it reads as no heading, does not follow
 *    the heading of the innermost clause open right after it (a new
 *    numbering would) and that clause carries a number above 1 ("3.
 *    Use" ... "You may not:" / "1.  In any manner"): an item of a list
 *    inside it, one level below the innermost entry.
 * Either only where nothing but clauses is open below (a list left open
 * under a clause is closed by the next number at its level).  The next
 * numbers at its column (give or take one; or at the column of their
 * bullet) go on with its list, a
 * heading never with a NEST_ITEM list; so does the next number after an
 * unindented paragraph closed the list (outline_unindented), a page's
 * furniture, unless it is the next clause's too.  Otherwise *nest is
 * NEST_NONE and the level is outline_level()'s.  `nest` may be NULL.
 */
int outline_level_at(struct outline *ol, const struct label *lab, int col, int lead,
		     unsigned heading, enum outline_nest *nest);

/*
 * The number of the outermost clause open ("7" for "7." or "7.2"), 0
 * when none is open or it is no plain number ("Section 7", "ARTICLE
 * VII").
 */
unsigned long outline_open_number(const struct outline *ol);

/*
 * A clause number typed without the stop or blank outline_parse_label
 * wants, at s (the first non-blank byte of a line or paragraph, e its
 * end): "4 FEES." (the number, blanks, a title), "9.ADDITIONAL
 * PROVISIONS" (glued to the title), "CLAUSE TWO - SERVICE LEVELS" (a
 * number word, up to twenty), "ARTICLE - 17 REPRESENTATIONS".  STYLE_NUMBER,
 * or STYLE_SECTION or STYLE_ARTICLE after the keyword, depth 1, the number
 * as ordinal; lab->len covers "4", "9.", "CLAUSE TWO", "ARTICLE - 17".
 * Alone such a line may be prose or a table's figures, so with `ol` (a
 * loader reading a line) it is a label only where a title follows, in
 * capitals (after a keyword, title case will do) with no digit, no duty
 * and no "confidential" in it, and the number goes on from the outermost
 * clause open in ol ("4" after "3" or "3.3", "ARTICLE - 17" after
 * "16.5") or is 1 where none is.  With ol NULL it reads a label alone,
 * as paragraph.label holds it.
 */
int outline_parse_unstopped(const struct outline *ol, const char *s, const char *e,
			    struct label *lab);

/*
 * A number without its stop over the first clause under it, which the
 * caller has seen on the next line ("6.1" under "6"): "6 Rights", "12
 * Warranty", "3 Delivery and delay", "6 Term and Termination.", as Nordic
 * and much European drafting writes a clause's title.  The title is a few
 * words (at most six) with a capital first, in title or sentence case, no
 * figure, stop, colon or bracket, stating no duty ("5 Fees are due") and
 * not ending on a word that leads on; with `ol` the number goes on as
 * outline_parse_unstopped wants.  Not "2 weeks after delivery" (lower
 * case) nor a page's number.
 */
int outline_parse_unstopped_over(const struct outline *ol, const char *s, const char *e,
				 struct label *lab);

/*
 * An unlabelled paragraph that opens at column `col`:
 *  - where it is not indented into the last item of a NEST_ITEM list (col
 *    at most the column of the list's labels), the list ends and the
 *    paragraph is back in the clause that holds it: NEST_OUT;
 *  - else, where the innermost entries are enumerations ("(a)", "iv.")
 *    of a list of two items or more, read by outline_level_at as no
 *    heading, and the paragraph is indented into none of them (col at
 *    most each one's column, or its bullet's: "*   a. ..." / "    second
 *    paragraph" stays in (a)), the paragraph is back in the clause
 *    holding the list ("7.2 ... if:" / "(c) ... Section 6." / "We have
 *    the right ..."), or in a heading labelled as an enumeration under
 *    the list ("**IX. Your Rights**" / "*   (g) ..." / "You can ..."):
 *    NEST_END.  Not where `leads_on` (the paragraph
 *    before ends on a colon, a comma or a word: what follows is its
 *    item's).  The list stays
 *    open: an item after it ("(d)") goes on with it.  *list_level is
 *    the level of the list's outermost item.
 * Returns NEST_NONE otherwise.
 */
enum outline_nest outline_unindented(struct outline *ol, int col, int leads_on,
				     int *list_level);

/*
 * A heading whose level the source gives ('#', a Word heading style), with
 * its label or NULL: clauses after it nest below it.  Returns the level,
 * clamped to 0..8.
 */
int outline_heading(struct outline *ol, const struct label *lab, int level);

/*
 * An unlabelled Markdown heading of `level` ('#' or setext) where a
 * number is open right under a heading of that same level ("Service-
 * Specific Terms" / "13\. ..." / "Store"): the level one below the
 * number, where such a heading would sit inside it, else -1.  Whether
 * it does is the loader's to tell (the next label goes on with the
 * number's items: "*   b. **Store.**").
 */
int outline_heading_in_clause(const struct outline *ol, int level);

/*
 * A heading at `level` inside the clause open above it (from
 * outline_heading_in_clause): as outline_heading, but numbers after it
 * keep the level they had, so the next clause ("14\.") closes it and
 * its own.
 */
int outline_subheading(struct outline *ol, int level);

/*
 * A paragraph the source numbers itself (a Word list) at `level`, with its
 * number read as a label (`lab`; NULL or STYLE_NONE when it reads as
 * none).  Typed enumerations after it nest below it, or go on from it in
 * its style ("(b)" after Word's "(a)"); typed structural labels keep the
 * level they carry, as it sets no base: "1.2" after Word's "1.1" is its
 * sibling.  Closing a heading that set the base, it lowers the base to
 * its own level: "2.1" after Word's "2." is one below it.  A `list` item (not a heading) numbered as an enumeration at a
 * level that would close a typed clause nests in it instead, as a typed
 * one would: Word's "(a)" at its level 0 after a typed "5.1 The Provider
 * shall:".  Returns the level the paragraph takes, clamped to 0..8.
 */
int outline_numbered(struct outline *ol, const struct label *lab, int level, int list);

/* An unlabelled heading or caption: a list after it starts afresh. */
void outline_caption(struct outline *ol);

/*
 * Tables of contents.  A drafter's contents page lists the headings with
 * their labels and page numbers ("1. Definitions ..... 3", "1.  Definitions
 * 3", "Schedule 2 Service Levels 27"); its lines are no clauses.  One line
 * alone cannot tell ("3. Fees 3" may be a clause), so the loaders read a
 * block: a run of such lines after a "Contents" heading, set with dot
 * leaders or tabs, or whose labels come back later as the real headings.
 * These read the pieces; the loaders walk their lines or paragraphs, each
 * within a bound (OUTLINE_TOC_*).
 */
enum toc_sep {
	TOC_NONE,
	TOC_SPACE,              /* "Definitions 3" */
	TOC_GAP,                /* "Definitions   3": two blanks or more */
	TOC_LEADER,             /* "Definitions ..... 3", "Definitions\t3" */
	TOC_GLUED               /* "2. LICENSE GRANT10": a PDF's text runs the page on */
};

/* Lines a contents block is walked over, and looked past for its headings. */
#define OUTLINE_TOC_MAX_LINES 2000
#define OUTLINE_TOC_LOOKAHEAD 400
/* Short unlabelled lines without a final stop or comma (page furniture,
 * "Page") a block may hold in a row. */
#define OUTLINE_TOC_MAX_GAP 3

struct toc_entry {
	enum toc_sep sep;
	size_t label;           /* the label's length at s, 0 for none */
	size_t word, word_len;  /* the title's first word, from s */
	unsigned long page;     /* the page number, 0 for a roman one */
	unsigned triples;       /* entries on the line when it holds two or more */
	unsigned long key;      /* a glued entry's label: 2 for "2.", "ARTICLE II"; else 0 */
};

/*
 * Whether s[0..e) (a trimmed line or paragraph) reads as one line of a
 * table of contents: at most 160 bytes, a title with a word in it (after
 * a label, a redacted one, "[* * *]", will do), then a page number (up to
 * four digits, or a roman numeral after a gap or leader) set off by
 * blanks, dots or a tab.  Fills *entry.  A line made
 * of two or more label-title-page entries ("7. CONFIDENTIALITY 46 7.1
 * Confidentiality 46 7.2 Publicity 47", up to 8 KiB, read in one pass) is
 * one too: a contents page flattened onto one line; with
 * OUTLINE_TOC_FLAT_MIN entries it is a contents block by itself.
 *
 * A page number glued to the title ("2. LICENSE GRANT10", TOC_GLUED) is
 * read after a label and a title in capitals or title case whose last
 * word has three letters or more; one such line is no evidence ("...
 * Section G1: IT Services12" may be a heading), so a run of them makes a
 * block by itself only with OUTLINE_TOC_GLUED_MIN lines, every line of
 * the run glued, the labels and the pages rising down the page.
 */
#define OUTLINE_TOC_FLAT_MIN 3
#define OUTLINE_TOC_GLUED_MIN 3
enum toc_sep outline_toc_line(const char *s, const char *e, struct toc_entry *entry);

/*
 * A contents line with page furniture run on after its page number
 * ("Section 5.3   Reserved    14    i", "EXHIBIT C PLAN     47    -v-",
 * "... 18 Page"): a roman numeral, digits or dashes, or "Page", after a
 * line outline_toc_line reads with a page in digits set off by a gap or
 * leaders.  One line alone is no evidence: the loaders take it only
 * between two contents lines of a block.
 */
enum toc_sep outline_toc_run_on(const char *s, const char *e, struct toc_entry *entry);

/*
 * "Contents", "TABLE OF CONTENTS", "Index", "Page", and the column header
 * under one ("Clause Page", "ARTICLE PAGE", "Section Page"): a heading
 * over a contents page.
 */
int outline_toc_heading(const char *s, const char *e);

/*
 * A column header naming the page column last ("Clause Page", "ARTICLE
 * PAGE", "Page"): an outline_toc_heading that ends on "Page".  Right over
 * a contents block, the loaders mark it a contents line.
 */
int outline_toc_column_header(const char *s, const char *e);

/*
 * A heading over a list of annexes ("Schedules", "EXHIBITS:", "Schedules
 * and Annexes").  Right after a contents line, the annexes under it with
 * a title are listed, not opened, and the loaders mark it and them
 * contents lines.
 */
int outline_toc_annex_list(const char *s, const char *e);

/*
 * Whether the line s..e, standing right over a contents line, is one
 * itself: a column header, or (`after_contents`: a contents line comes
 * right before it too) a heading over a list of annexes.  The one rule
 * both loaders apply.
 */
int outline_toc_header_line(const char *s, const char *e, int after_contents);

/*
 * What a run of contents lines has shown so far.  The loaders walk their
 * lines or paragraphs each its own way and judge the run the same way.
 */
struct toc_run {
	size_t lines, leaders;  /* contents lines, those set with leaders */
	size_t glued;           /* those with the page glued to the title */
	unsigned long key;      /* the last glued entry's label key */
	int rising;             /* whether the glued entries' labels rise */
	int flat;               /* a line of OUTLINE_TOC_FLAT_MIN entries or more */
	unsigned long page;     /* the last page number read */
	int ordered;            /* whether the page numbers never fall */
};

enum toc_verdict {
	TOC_NO_BLOCK,
	TOC_BLOCK,
	TOC_BLOCK_IF_HEADINGS_FOLLOW  /* the labels must come back as headings */
};

void outline_toc_run_init(struct toc_run *run);
void outline_toc_run_add(struct toc_run *run, const struct toc_entry *entry);
/* `heading`: a "Contents" heading stands over the run. */
enum toc_verdict outline_toc_run_verdict(const struct toc_run *run, int heading);

/*
 * Whether the line s[0..e) is the heading an entry read at `entry_s`
 * stands for: the same label, then the title's first word on the line or
 * at the start of the next one (next[0..next_e), may be NULL).
 */
int outline_toc_repeats(const char *entry_s, const struct toc_entry *entry,
			const char *s, const char *e, const char *next, const char *next_e);

#endif

/*
 * docx_xml: the one way the DOCX modules parse an XML part.
 *
 * A thin layer over libxml2's SAX2 parser that makes every part safe and
 * easy to walk:
 *
 *  - Untrusted input: XML_PARSE_NONET and nothing else (no entity
 *    substitution, no DTD loading, no HUGE).  A part that declares a
 *    DOCTYPE is refused before and while parsing: without one no entity can
 *    be defined, so neither external entities nor "billion laughs" exist.
 *    Nesting deeper than the caller's limit stops the parse.  libxml2's
 *    messages go to a per-parser handler and never to stderr, and nothing
 *    here is global, so parts may be parsed on several threads at once.
 *  - Namespaces: elements arrive classified by namespace URI (transitional
 *    and Strict OOXML alike), never by prefix, with the WordprocessingML
 *    names the modules care about already turned into enum xml_tag.
 *  - mc:AlternateContent: only the first mc:Choice is delivered; the other
 *    choices and mc:Fallback never are (one branch, never both).  The
 *    markup-compatibility elements themselves are not delivered either.
 *  - A handler may skip the subtree of the element it is being told about.
 *
 * Text arrives in pieces (libxml2 splits it where it likes); it is UTF-8.
 */
#ifndef AICLAUSE_DOCX_XML_H
#define AICLAUSE_DOCX_XML_H

#include <stddef.h>

#include "buf.h"

enum xml_ns {
	XNS_NONE,       /* no namespace (most attributes) */
	XNS_OTHER,
	XNS_W,          /* wordprocessingml main, transitional or strict */
	XNS_R,          /* officeDocument relationships (r:id) */
	XNS_M,          /* OMML math */
	XNS_PKG_REL,    /* package relationships (.rels parts) */
	XNS_CT          /* [Content_Types].xml */
};

/* Element names the DOCX modules act on; everything else is T_UNKNOWN. */
enum xml_tag {
	T_UNKNOWN,
	/* w: */
	T_ABSTRACTNUM, T_ABSTRACTNUMID, T_ALTCHUNK, T_BASEDON, T_BODY, T_BR, T_CELLDEL,
	T_CELLINS, T_COMMENT, T_COMMENTRANGESTART, T_COMMENTREFERENCE, T_CR,
	T_CUSTOMXMLPR, T_DEL, T_DELINSTRTEXT, T_DELTEXT, T_DOCDEFAULTS, T_DOCUMENT,
	T_ENDNOTE, T_ENDNOTEPR, T_ENDNOTEREFERENCE, T_FLDCHAR, T_FOOTERREFERENCE,
	T_FOOTNOTE, T_FOOTNOTEPR, T_FOOTNOTEREFERENCE, T_FRAMEPR, T_HEADERREFERENCE,
	T_ILVL,
	T_INS, T_INSTRTEXT, T_ISLGL, T_LVL, T_LVLOVERRIDE, T_LVLRESTART,
	T_LVLTEXT, T_MOVEFROM, T_MOVETO, T_NAME, T_NOBREAKHYPHEN, T_NUM,
	T_NUMBERINGCHANGE, T_NUMFMT, T_NUMID, T_NUMPR, T_NUMSTART,
	T_NUMSTYLELINK, T_OUTLINELVL, T_P, T_PPR, T_PPRCHANGE, T_PSTYLE, T_PTAB,
	T_R, T_RPR, T_RPRCHANGE, T_RSTYLE, T_RT, T_SDTENDPR, T_SDTPR, T_SECTPR,
	T_SECTPRCHANGE, T_SMARTTAGPR, T_SOFTHYPHEN, T_SPECVANISH, T_START,
	T_STARTOVERRIDE, T_STYLE, T_STYLELINK, T_SUBDOC, T_SUFF, T_SYM, T_T, T_TAB,
	T_TBL, T_TBLPRCHANGE, T_TBLPREXCHANGE, T_TBLSTYLEPR, T_TC, T_TCPRCHANGE,
	T_TR, T_TRPR, T_TRPRCHANGE, T_TXBXCONTENT, T_VANISH,
	/* m: */
	T_M_T,
	/* package parts */
	T_RELATIONSHIP, T_CT_DEFAULT, T_CT_OVERRIDE
};

/* libxml2's attribute array: 5 pointers each (local, prefix, URI, value, end). */
struct xml_attrs {
	int n;
	const unsigned char **v;
};

struct xml_parser;

struct xml_handler {
	void (*start)(struct xml_parser *p, void *user, enum xml_ns ns,
		      enum xml_tag tag, const struct xml_attrs *attrs);
	void (*end)(struct xml_parser *p, void *user, enum xml_ns ns,
		    enum xml_tag tag);
	void (*text)(struct xml_parser *p, void *user, const char *s, size_t n);
};

enum xml_result {
	XML_OK = 0,
	XML_MALFORMED = -1,  /* not well-formed (invalid UTF-8 included) */
	XML_REFUSED = -2     /* DOCTYPE, too deep, or stopped by the handler */
};

/*
 * Parses one part.  `part` names it in messages.  On XML_MALFORMED and
 * XML_REFUSED a reason is appended to err, except when the handler stopped
 * the parse with xml_abort (it gave its own).  Events already delivered
 * stand: a handler sees a damaged part's text up to the damage.
 */
enum xml_result xml_parse(const char *part, const unsigned char *data,
		size_t len, unsigned max_depth, const struct xml_handler *h,
		void *user, struct buf *err);

/* From a start callback: the element's subtree and its end are not delivered. */
void xml_skip(struct xml_parser *p);
/* Stops the parse; xml_parse returns XML_REFUSED. */
void xml_abort(struct xml_parser *p);
/* Depth of the current element (the root is 1), in start and end alike. */
unsigned xml_depth(const struct xml_parser *p);
/* The current element's parent tag (T_UNKNOWN at the root), for context checks. */
enum xml_tag xml_parent(const struct xml_parser *p);
/* The tag `up` levels above the current element (0 = the element itself). */
enum xml_tag xml_ancestor(const struct xml_parser *p, unsigned up);

/*
 * The text of an HTML part (a w:altChunk's) as paragraphs: one per block
 * element (p, div, li, h1-h6, td, th, dt, dd, pre, blockquote, ...), white
 * space collapsed, <br> read as a space; head, title, script and style are
 * not text.  libxml2's HTML parser, in chunks, with HTML_PARSE_NONET: the
 * HTML parser loads no DTD and defines no entities (only HTML's named
 * characters are read), its messages go nowhere, and nothing here is
 * global.  para() is called for each paragraph that is not blank (UTF-8,
 * not NUL-terminated).  The parse recovers from any damage, as browsers do.
 * Past HTML_MAX_DEPTH elements open at once the rest of the part is not
 * read (libxml2 looks for each end tag's element through every open one:
 * n open elements and n stray end tags are n*n steps); returns 1 then, 0
 * when the part was read whole.
 */
#define HTML_MAX_DEPTH 256
int html_paragraphs(const unsigned char *data, size_t len,
		    void (*para)(void *user, const char *s, size_t n), void *user);

/*
 * Attribute lookup.  XNS_W matches attributes in the WordprocessingML
 * namespace and unqualified ones (some producers omit the prefix).  The
 * value is not NUL-terminated.  0 if found, -1 if absent.
 */
int xml_attr(const struct xml_attrs *a, enum xml_ns ns, const char *local,
		const char **val, size_t *len);
/* Copies the value into dst (truncated, NUL-terminated); its length or -1. */
int xml_attr_copy(const struct xml_attrs *a, enum xml_ns ns, const char *local,
		char *dst, size_t size);
/* A decimal integer value, `dflt` if absent or not a number. */
long xml_attr_long(const struct xml_attrs *a, enum xml_ns ns, const char *local,
		long dflt);
/* An on/off value: "0", "false", "off" are off; anything else (or absent
 * value on a present element) is on. */
int xml_attr_on(const struct xml_attrs *a, const char *local);

#endif

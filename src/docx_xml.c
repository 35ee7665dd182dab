#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "docx_xml.h"
#include "xalloc.h"

static const struct ns_uri {
	const char *uri;
	enum xml_ns ns;
} ns_uris[] = {
	{ "http://schemas.openxmlformats.org/wordprocessingml/2006/main", XNS_W },
	{ "http://purl.oclc.org/ooxml/wordprocessingml/main", XNS_W },
	{ "http://schemas.openxmlformats.org/officeDocument/2006/relationships", XNS_R },
	{ "http://purl.oclc.org/ooxml/officeDocument/relationships", XNS_R },
	{ "http://schemas.openxmlformats.org/officeDocument/2006/math", XNS_M },
	{ "http://purl.oclc.org/ooxml/officeDocument/math", XNS_M },
	{ "http://schemas.openxmlformats.org/package/2006/relationships", XNS_PKG_REL },
	{ "http://schemas.openxmlformats.org/package/2006/content-types", XNS_CT },
};

#define MC_URI "http://schemas.openxmlformats.org/markup-compatibility/2006"

/* Sorted by strcmp for bsearch. */
static const struct tag_name {
	const char *name;
	enum xml_tag tag;
} w_tags[] = {
	{ "abstractNum", T_ABSTRACTNUM },
	{ "abstractNumId", T_ABSTRACTNUMID },
	{ "altChunk", T_ALTCHUNK },
	{ "basedOn", T_BASEDON },
	{ "body", T_BODY },
	{ "br", T_BR },
	{ "cellDel", T_CELLDEL },
	{ "cellIns", T_CELLINS },
	{ "comment", T_COMMENT },
	{ "commentRangeStart", T_COMMENTRANGESTART },
	{ "commentReference", T_COMMENTREFERENCE },
	{ "cr", T_CR },
	{ "customXmlPr", T_CUSTOMXMLPR },
	{ "del", T_DEL },
	{ "delInstrText", T_DELINSTRTEXT },
	{ "delText", T_DELTEXT },
	{ "docDefaults", T_DOCDEFAULTS },
	{ "document", T_DOCUMENT },
	{ "endnote", T_ENDNOTE },
	{ "endnotePr", T_ENDNOTEPR },
	{ "endnoteReference", T_ENDNOTEREFERENCE },
	{ "fldChar", T_FLDCHAR },
	{ "footerReference", T_FOOTERREFERENCE },
	{ "footnote", T_FOOTNOTE },
	{ "footnotePr", T_FOOTNOTEPR },
	{ "footnoteReference", T_FOOTNOTEREFERENCE },
	{ "framePr", T_FRAMEPR },
	{ "headerReference", T_HEADERREFERENCE },
	{ "ilvl", T_ILVL },
	{ "ins", T_INS },
	{ "instrText", T_INSTRTEXT },
	{ "isLgl", T_ISLGL },
	{ "lvl", T_LVL },
	{ "lvlOverride", T_LVLOVERRIDE },
	{ "lvlRestart", T_LVLRESTART },
	{ "lvlText", T_LVLTEXT },
	{ "moveFrom", T_MOVEFROM },
	{ "moveTo", T_MOVETO },
	{ "name", T_NAME },
	{ "noBreakHyphen", T_NOBREAKHYPHEN },
	{ "num", T_NUM },
	{ "numFmt", T_NUMFMT },
	{ "numId", T_NUMID },
	{ "numPr", T_NUMPR },
	{ "numStart", T_NUMSTART },
	{ "numStyleLink", T_NUMSTYLELINK },
	{ "numberingChange", T_NUMBERINGCHANGE },
	{ "outlineLvl", T_OUTLINELVL },
	{ "p", T_P },
	{ "pPr", T_PPR },
	{ "pPrChange", T_PPRCHANGE },
	{ "pStyle", T_PSTYLE },
	{ "ptab", T_PTAB },
	{ "r", T_R },
	{ "rPr", T_RPR },
	{ "rPrChange", T_RPRCHANGE },
	{ "rStyle", T_RSTYLE },
	{ "rt", T_RT },
	{ "sdtEndPr", T_SDTENDPR },
	{ "sdtPr", T_SDTPR },
	{ "sectPr", T_SECTPR },
	{ "sectPrChange", T_SECTPRCHANGE },
	{ "smartTagPr", T_SMARTTAGPR },
	{ "softHyphen", T_SOFTHYPHEN },
	{ "specVanish", T_SPECVANISH },
	{ "start", T_START },
	{ "startOverride", T_STARTOVERRIDE },
	{ "style", T_STYLE },
	{ "styleLink", T_STYLELINK },
	{ "subDoc", T_SUBDOC },
	{ "suff", T_SUFF },
	{ "sym", T_SYM },
	{ "t", T_T },
	{ "tab", T_TAB },
	{ "tbl", T_TBL },
	{ "tblPrChange", T_TBLPRCHANGE },
	{ "tblPrExChange", T_TBLPREXCHANGE },
	{ "tblStylePr", T_TBLSTYLEPR },
	{ "tc", T_TC },
	{ "tcPrChange", T_TCPRCHANGE },
	{ "tr", T_TR },
	{ "trPr", T_TRPR },
	{ "trPrChange", T_TRPRCHANGE },
	{ "txbxContent", T_TXBXCONTENT },
	{ "vanish", T_VANISH },
};

/* Where each open element stands with respect to mc:AlternateContent. */
enum frame_kind {
	FRAME_DELIVERED,     /* an ordinary element the handler saw */
	FRAME_HIDDEN,        /* an mc: element: transparent, not delivered */
	FRAME_ALTERNATE      /* mc:AlternateContent: no branch taken yet */
};

#define TAG_CACHE 256
/* Bytes handed to libxml2's push parser at a time. */
#define XML_CHUNK (256u << 10)

struct xml_parser {
	xmlParserCtxtPtr ctxt;
	const struct xml_handler *h;
	void *user;
	const char *part;
	unsigned max_depth;
	unsigned depth;          /* open elements, the current one included */
	unsigned skip_depth;     /* non-zero: inside a skipped subtree rooted here */
	unsigned char *kind;     /* enum frame_kind per depth */
	unsigned char *alt_taken;/* per depth: this AlternateContent took a branch */
	enum xml_tag *tags;      /* delivered tag per depth, for context checks */
	int aborted;
	int refused;             /* a reason of ours is in err */
	int have_error;
	int error_line;
	int error_code;
	struct buf error_msg;
	struct buf *err;
	/* Names and URIs are interned by libxml2's dictionary: cache by pointer. */
	const xmlChar *uri_ptr[8];
	unsigned char uri_ns[8];
	unsigned nuri;
	struct {
		const xmlChar *name;
		unsigned char ns;
		unsigned short tag;
	} tag_cache[TAG_CACHE];
};

static enum xml_ns classify_uri(struct xml_parser *p, const xmlChar *uri)
{
	enum xml_ns ns = XNS_OTHER;
	unsigned i;

	if (!uri)
		return XNS_NONE;
	for (i = 0; i < p->nuri; i++)
		if (p->uri_ptr[i] == uri)
			return p->uri_ns[i];
	for (i = 0; i < ARRAY_SIZE(ns_uris); i++) {
		if (!strcmp((const char *)uri, ns_uris[i].uri)) {
			ns = ns_uris[i].ns;
			break;
		}
	}
	if (p->nuri < ARRAY_SIZE(p->uri_ptr)) {
		p->uri_ptr[p->nuri] = uri;
		p->uri_ns[p->nuri++] = (unsigned char)ns;
	}
	return ns;
}

static int cmp_tag_name(const void *key, const void *elem)
{
	return strcmp(key, ((const struct tag_name *)elem)->name);
}

static enum xml_tag lookup_tag(enum xml_ns ns, const char *local)
{
	const struct tag_name *t;

	switch (ns) {
	case XNS_W:
		t = bsearch(local, w_tags, ARRAY_SIZE(w_tags), sizeof(w_tags[0]),
			    cmp_tag_name);
		return t ? t->tag : T_UNKNOWN;
	case XNS_M:
		return strcmp(local, "t") ? T_UNKNOWN : T_M_T;
	case XNS_PKG_REL:
		return strcmp(local, "Relationship") ? T_UNKNOWN : T_RELATIONSHIP;
	case XNS_CT:
		if (!strcmp(local, "Default"))
			return T_CT_DEFAULT;
		if (!strcmp(local, "Override"))
			return T_CT_OVERRIDE;
		return T_UNKNOWN;
	default:
		return T_UNKNOWN;
	}
}

static enum xml_tag classify_tag(struct xml_parser *p, enum xml_ns ns,
				 const xmlChar *local)
{
	unsigned slot = (unsigned)(((uintptr_t)local >> 4) ^ ns) % TAG_CACHE;
	enum xml_tag tag;

	if (p->tag_cache[slot].name == local && p->tag_cache[slot].ns == ns)
		return (enum xml_tag)p->tag_cache[slot].tag;
	tag = lookup_tag(ns, (const char *)local);
	p->tag_cache[slot].name = local;
	p->tag_cache[slot].ns = (unsigned char)ns;
	p->tag_cache[slot].tag = (unsigned short)tag;
	return tag;
}

/* Stops the parse for a reason of ours; the first reason wins. */
static void refuse_doctype(struct xml_parser *p, const char *what)
{
	if (!p->refused && !p->aborted) {
		buf_addf(p->err, "unsafe XML in '%s': %s declarations are refused",
			 p->part, what);
		p->refused = 1;
	}
	xmlStopParser(p->ctxt);
}

static void refuse_depth(struct xml_parser *p)
{
	if (!p->refused && !p->aborted) {
		buf_addf(p->err, "XML in '%s' is nested deeper than %u elements",
			 p->part, p->max_depth);
		p->refused = 1;
	}
	xmlStopParser(p->ctxt);
}

static void on_start(void *ctx, const xmlChar *local, const xmlChar *prefix,
		     const xmlChar *uri, int nb_namespaces,
		     const xmlChar **namespaces, int nb_attributes,
		     int nb_defaulted, const xmlChar **attributes)
{
	struct xml_parser *p = ctx;
	struct xml_attrs attrs;
	unsigned d;
	enum xml_ns ns;
	enum xml_tag tag;

	(void)prefix;
	(void)nb_namespaces;
	(void)namespaces;
	(void)nb_defaulted;
	if (p->aborted || p->refused)
		return;
	d = ++p->depth;
	if (d > p->max_depth) {
		refuse_depth(p);
		return;
	}
	if (p->skip_depth)
		return;
	p->tags[d] = p->tags[d - 1];
	p->kind[d] = FRAME_DELIVERED;
	p->alt_taken[d] = 0;

	if (uri && !strcmp((const char *)uri, MC_URI)) {
		p->kind[d] = FRAME_HIDDEN;
		if (!strcmp((const char *)local, "AlternateContent")) {
			p->kind[d] = FRAME_ALTERNATE;
		} else if (!strcmp((const char *)local, "Choice") ||
			   !strcmp((const char *)local, "Fallback")) {
			/* The first branch only; a Fallback only if no Choice came first. */
			if (p->kind[d - 1] != FRAME_ALTERNATE || p->alt_taken[d - 1])
				p->skip_depth = d;
			else
				p->alt_taken[d - 1] = 1;
		} else {
			p->skip_depth = d;   /* mc:Ignorable wrappers we do not know */
		}
		return;
	}
	if (p->kind[d - 1] == FRAME_ALTERNATE) {
		/* Only Choice and Fallback belong directly in AlternateContent. */
		p->skip_depth = d;
		return;
	}
	ns = classify_uri(p, uri);
	tag = classify_tag(p, ns, local);
	p->tags[d] = tag;
	attrs.n = nb_attributes;
	attrs.v = (const unsigned char **)attributes;
	if (p->h->start)
		p->h->start(p, p->user, ns, tag, &attrs);
}

static void on_end(void *ctx, const xmlChar *local, const xmlChar *prefix,
		   const xmlChar *uri)
{
	struct xml_parser *p = ctx;
	unsigned d = p->depth;

	(void)local;
	(void)prefix;
	if (p->aborted || p->refused || !d)
		return;
	if (p->skip_depth) {
		if (p->skip_depth == d)
			p->skip_depth = 0;
	} else if (p->kind[d] == FRAME_DELIVERED && p->h->end) {
		/* Depth still counts the element, so context checks work as in start. */
		p->h->end(p, p->user, classify_uri(p, uri), p->tags[d]);
	}
	p->depth--;
}

static void on_text(void *ctx, const xmlChar *s, int len)
{
	struct xml_parser *p = ctx;

	if (p->aborted || p->refused || p->skip_depth || len <= 0)
		return;
	if (p->kind[p->depth] != FRAME_DELIVERED)
		return;
	if (p->h->text)
		p->h->text(p, p->user, (const char *)s, (size_t)len);
}

static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *external_id,
		       const xmlChar *system_id)
{
	(void)name;
	(void)external_id;
	(void)system_id;
	refuse_doctype(ctx, "DOCTYPE");
}

static void on_entity(void *ctx, const xmlChar *name, int type,
		      const xmlChar *public_id, const xmlChar *system_id,
		      xmlChar *content)
{
	(void)name;
	(void)type;
	(void)public_id;
	(void)system_id;
	(void)content;
	refuse_doctype(ctx, "ENTITY");
}

/* libxml2's messages come here, per parser, instead of going to stderr. */
static void on_error(void *ctx, xmlErrorPtr e)
{
	struct xml_parser *p = ctx;
	const char *msg, *nl;

	if (!e || e->level < XML_ERR_ERROR || p->have_error)
		return;
	if (e->level != XML_ERR_FATAL && e->domain == XML_FROM_NAMESPACE)
		return;   /* an undeclared prefix: the element just goes unmatched */
	p->have_error = 1;
	p->error_line = e->line;
	p->error_code = e->code;
	msg = e->message ? e->message : "unknown error";
	nl = strchr(msg, '\n');
	buf_add(&p->error_msg, msg, nl ? (size_t)(nl - msg) : strlen(msg));
	buf_rtrim(&p->error_msg);
	if (p->error_msg.len)
		p->error_msg.ptr[0] = (char)tolower((unsigned char)p->error_msg.ptr[0]);
}

static int has_doctype(const unsigned char *d, size_t len)
{
	static const char needle[] = "<!DOCTYPE";
	const size_t n = sizeof(needle) - 1;
	const unsigned char *s = d, *end = d + len;

	while ((size_t)(end - s) >= n) {
		s = memchr(s, '<', (size_t)(end - s) - n + 1);
		if (!s)
			return 0;
		if (!memcmp(s, needle, n))
			return 1;
		s++;
	}
	return 0;
}

enum xml_result xml_parse(const char *part, const unsigned char *data,
			  size_t len, unsigned max_depth,
			  const struct xml_handler *h, void *user, struct buf *err)
{
	xmlSAXHandler sax;
	struct xml_parser *p;
	enum xml_result ret = XML_OK;
	size_t done;
	int first;

	if (has_doctype(data, len)) {
		buf_addf(err, "unsafe XML in '%s': DOCTYPE declarations are refused", part);
		return XML_REFUSED;
	}
	if (len > INT32_MAX) {
		buf_addf(err, "XML part '%s' is too large", part);
		return XML_REFUSED;
	}
	if (max_depth < 1)
		max_depth = 1;

	p = xcalloc(1, sizeof(*p));
	p->h = h;
	p->user = user;
	p->part = part;
	p->max_depth = max_depth;
	p->err = err;
	buf_init(&p->error_msg, 0);
	p->kind = xcalloc((size_t)max_depth + 2, 1);
	p->alt_taken = xcalloc((size_t)max_depth + 2, 1);
	p->tags = xcalloc((size_t)max_depth + 2, sizeof(*p->tags));

	memset(&sax, 0, sizeof(sax));
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElementNs = on_start;
	sax.endElementNs = on_end;
	sax.characters = on_text;
	sax.cdataBlock = on_text;
	sax.ignorableWhitespace = on_text;
	sax.internalSubset = on_doctype;
	sax.externalSubset = on_doctype;
	sax.entityDecl = on_entity;
	sax.serror = on_error;

	/* The first bytes let libxml2 detect the encoding, as xmllint does. */
	first = len < 4 ? (int)len : 4;
	p->ctxt = xmlCreatePushParserCtxt(&sax, p, (const char *)data, first, part);
	if (!p->ctxt)
		xalloc_die();
	xmlCtxtUseOptions(p->ctxt, XML_PARSE_NONET);
	/*
	 * In chunks: libxml2 refuses a single push of more than 10 MB
	 * ("Huge input lookup") unless XML_PARSE_HUGE, which we never set.
	 */
	for (done = (size_t)first;;) {
		size_t n = len - done < XML_CHUNK ? len - done : XML_CHUNK;
		int last = done + n == len;

		xmlParseChunk(p->ctxt, (const char *)data + done, (int)n, last);
		done += n;
		if (last || p->aborted || p->refused || p->ctxt->disableSAX ||
		    p->ctxt->instate == XML_PARSER_EOF)
			break;
	}

	if (p->aborted || p->refused) {
		ret = XML_REFUSED;
	} else if (p->have_error || !p->ctxt->wellFormed) {
		ret = XML_MALFORMED;
		if (p->error_code == XML_ERR_INTERNAL_ERROR &&
		    strstr(p->error_msg.ptr, "depth")) {
			buf_addf(err, "XML in '%s' is nested deeper than %u elements",
				 part, max_depth);
			ret = XML_REFUSED;
		} else if (strstr(p->error_msg.ptr, "UTF-8") ||
			   p->error_code == XML_ERR_INVALID_ENCODING) {
			buf_addf(err, "invalid UTF-8 in '%s' (line %d)", part, p->error_line);
		} else if (p->error_msg.len) {
			buf_addf(err, "not well-formed XML in '%s' (line %d: %s)",
				 part, p->error_line, p->error_msg.ptr);
		} else {
			buf_addf(err, "not well-formed XML in '%s'", part);
		}
	}
	xmlFreeParserCtxt(p->ctxt);
	buf_release(&p->error_msg);
	free(p->kind);
	free(p->alt_taken);
	free(p->tags);
	free(p);
	return ret;
}

void xml_skip(struct xml_parser *p)
{
	if (!p->skip_depth)
		p->skip_depth = p->depth;
}

void xml_abort(struct xml_parser *p)
{
	p->aborted = 1;
	xmlStopParser(p->ctxt);
}

unsigned xml_depth(const struct xml_parser *p)
{
	return p->depth;
}

enum xml_tag xml_parent(const struct xml_parser *p)
{
	return xml_ancestor(p, 1);
}

enum xml_tag xml_ancestor(const struct xml_parser *p, unsigned up)
{
	unsigned d = p->depth;

	/* mc: frames inherit their parent's tag, so they are transparent here. */
	if (up >= d)
		return T_UNKNOWN;
	return p->tags[d - up];
}

int xml_attr(const struct xml_attrs *a, enum xml_ns ns, const char *local,
	     const char **val, size_t *len)
{
	int i;

	for (i = 0; i < a->n; i++) {
		const unsigned char **at = a->v + 5 * i;
		const char *uri = (const char *)at[2];
		enum xml_ns ans = XNS_OTHER;
		size_t k;

		if (strcmp((const char *)at[0], local))
			continue;
		if (!uri) {
			ans = XNS_NONE;
		} else {
			for (k = 0; k < ARRAY_SIZE(ns_uris); k++)
				if (!strcmp(uri, ns_uris[k].uri))
					ans = ns_uris[k].ns;
		}
		if (ans == ns || (ns == XNS_W && ans == XNS_NONE)) {
			*val = (const char *)at[3];
			*len = (size_t)(at[4] - at[3]);
			return 0;
		}
	}
	return -1;
}

int xml_attr_copy(const struct xml_attrs *a, enum xml_ns ns, const char *local,
		  char *dst, size_t size)
{
	const char *v;
	size_t n;

	if (!size)
		return -1;
	if (xml_attr(a, ns, local, &v, &n)) {
		dst[0] = '\0';
		return -1;
	}
	if (n >= size)
		n = size - 1;
	memcpy(dst, v, n);
	dst[n] = '\0';
	return (int)n;
}

long xml_attr_long(const struct xml_attrs *a, enum xml_ns ns, const char *local,
		   long dflt)
{
	char tmp[32], *end;
	long v;

	if (xml_attr_copy(a, ns, local, tmp, sizeof(tmp)) < 0)
		return dflt;
	errno = 0;
	v = strtol(tmp, &end, 10);
	if (end == tmp || errno)
		return dflt;
	return v;
}

int xml_attr_on(const struct xml_attrs *a, const char *local)
{
	char tmp[8];

	if (xml_attr_copy(a, XNS_W, local, tmp, sizeof(tmp)) < 0)
		return 1;
	return !(!strcmp(tmp, "0") || !strcasecmp(tmp, "false") ||
		 !strcasecmp(tmp, "off"));
}

/* ---- HTML (w:altChunk parts) ---- */

struct html_reader {
	struct buf text;         /* the paragraph being read */
	unsigned depth;          /* open elements */
	int space;               /* white space seen since the last character */
	unsigned skip;           /* open elements whose text is no text */
	int cut;                 /* stopped at HTML_MAX_DEPTH */
	void (*para)(void *user, const char *s, size_t n);
	void *user;
};

static int html_in(const char *name, const char *const *names)
{
	for (; *names; names++)
		if (!strcmp(name, *names))
			return 1;
	return 0;
}

static const char *const html_blocks[] = {
	"address", "article", "aside", "blockquote", "caption", "center", "dd", "div",
	"dl", "dt", "figcaption", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
	"hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td",
	"tfoot", "th", "thead", "tr", "ul", NULL
};

static const char *const html_not_text[] = {
	"head", "noscript", "script", "style", "template", "title", NULL
};

static void html_flush(struct html_reader *h)
{
	if (h->text.len)
		h->para(h->user, h->text.ptr, h->text.len);
	buf_reset(&h->text);
	h->space = 0;
}

static void html_start(void *ctx, const xmlChar *name, const xmlChar **attrs)
{
	struct html_reader *h = ((xmlParserCtxtPtr)ctx)->_private;
	const char *n = (const char *)name;

	(void)attrs;
	if (++h->depth > HTML_MAX_DEPTH) {
		h->cut = 1;
		xmlStopParser(ctx);
		return;
	}
	if (h->skip || html_in(n, html_not_text))
		h->skip++;
	else if (html_in(n, html_blocks))
		html_flush(h);
	else if (!strcmp(n, "br"))
		h->space = 1;
}

static void html_end(void *ctx, const xmlChar *name)
{
	struct html_reader *h = ((xmlParserCtxtPtr)ctx)->_private;

	if (h->depth)
		h->depth--;
	if (h->skip)
		h->skip--;
	else if (html_in((const char *)name, html_blocks))
		html_flush(h);
}

static void html_text(void *ctx, const xmlChar *s, int len)
{
	struct html_reader *h = ((xmlParserCtxtPtr)ctx)->_private;
	int i;

	if (h->skip)
		return;
	for (i = 0; i < len; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
		    s[i] == '\f' || s[i] < 0x20) {
			h->space = 1;
			continue;
		}
		if (h->space && h->text.len)
			buf_addch(&h->text, ' ');
		h->space = 0;
		buf_addch(&h->text, (char)s[i]);
	}
}

static void html_quiet(void *user, xmlErrorPtr e)
{
	(void)user;
	(void)e;
}

static void html_cdata(void *ctx, const xmlChar *s, int len)
{
	(void)ctx;
	(void)s;
	(void)len;
}

int html_paragraphs(const unsigned char *data, size_t len,
		    void (*para)(void *user, const char *s, size_t n), void *user)
{
	htmlSAXHandler sax;
	htmlParserCtxtPtr ctxt;
	struct html_reader h;
	size_t done = 0;

	memset(&h, 0, sizeof(h));
	buf_init(&h.text, 0);
	h.para = para;
	h.user = user;
	memset(&sax, 0, sizeof(sax));
	sax.initialized = XML_SAX2_MAGIC;   /* serror is then ours: no message anywhere */
	sax.startElement = html_start;
	sax.endElement = html_end;
	sax.characters = html_text;
	sax.ignorableWhitespace = html_text;
	sax.cdataBlock = html_cdata;        /* script and style bodies */
	sax.serror = html_quiet;
	ctxt = htmlCreatePushParserCtxt(&sax, NULL, NULL, 0, NULL, XML_CHAR_ENCODING_NONE);
	if (!ctxt)
		xalloc_die();
	ctxt->_private = &h;
	htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
	/* htmlCtxtUseOptions puts back the handler's callbacks it may clear: ours stay. */
	ctxt->sax->serror = html_quiet;
	do {
		size_t n = len - done < XML_CHUNK ? len - done : XML_CHUNK;

		htmlParseChunk(ctxt, (const char *)data + done, (int)n, done + n == len);
		done += n;
	} while (done < len && !ctxt->disableSAX && ctxt->instate != XML_PARSER_EOF);
	html_flush(&h);
	if (ctxt->myDoc)
		xmlFreeDoc(ctxt->myDoc);
	htmlFreeParserCtxt(ctxt);
	buf_release(&h.text);
	return h.cut;
}

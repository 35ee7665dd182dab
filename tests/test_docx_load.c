/*
 * test_docx_load: DOCX packages built here, in memory, from small XML
 * strings (features, tracked changes, hostile archives and parts), and the
 * real contracts in ../shared/docx/fixtures.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libxml/parser.h>
#include <zip.h>

#include "document.h"
#include "docx_load.h"
#include "load.h"
#include "outline.h"
#include "xalloc.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define R_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define MC_NS "http://schemas.openxmlformats.org/markup-compatibility/2006"
#define REL_NS "http://schemas.openxmlformats.org/package/2006/relationships"
#define CT_NS "http://schemas.openxmlformats.org/package/2006/content-types"
#define REL_TYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define MAIN_CT "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
#define FIXTURES SHARED_DIR "/docx/fixtures"

/* ---- building packages ---- */

struct part {
	const char *name;
	const char *data;
	size_t len;            /* 0: strlen(data) */
	int store;             /* no compression */
};

/* A ZIP archive of the parts, malloc'd; libzip writes it to memory. */
static unsigned char *make_zip(const struct part *parts, size_t n, size_t *len)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *za;
	zip_int64_t size;
	unsigned char *out;
	size_t i;

	zip_error_init(&ze);
	src = zip_source_buffer_create(NULL, 0, 0, &ze);
	assert_non_null(src);
	zip_source_keep(src);
	za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	assert_non_null(za);
	for (i = 0; i < n; i++) {
		size_t plen = parts[i].len ? parts[i].len : strlen(parts[i].data);
		zip_source_t *fs = zip_source_buffer(za, parts[i].data, plen, 0);
		zip_int64_t idx;

		assert_non_null(fs);
		idx = zip_file_add(za, parts[i].name, fs, ZIP_FL_ENC_UTF_8);
		assert_true(idx >= 0);
		zip_set_file_compression(za, (zip_uint64_t)idx,
					 parts[i].store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
	}
	assert_int_equal(zip_close(za), 0);
	assert_int_equal(zip_source_open(src), 0);
	assert_int_equal(zip_source_seek(src, 0, SEEK_END), 0);
	size = zip_source_tell(src);
	assert_true(size > 0);
	assert_int_equal(zip_source_seek(src, 0, SEEK_SET), 0);
	out = malloc((size_t)size);
	assert_non_null(out);
	assert_int_equal(zip_source_read(src, out, (zip_uint64_t)size), size);
	zip_source_close(src);
	zip_source_free(src);
	zip_error_fini(&ze);
	*len = (size_t)size;
	return out;
}

/* The parts of a word document; NULL leaves a part out. */
struct docx {
	const char *body;        /* inside w:body */
	const char *styles;      /* inside w:styles */
	const char *numbering;   /* inside w:numbering */
	const char *footnotes;   /* inside w:footnotes */
	const char *endnotes;
	const char *comments;
	const char *header;      /* inside w:hdr, rId "rIdH" */
	const char *footer;      /* inside w:ftr, rId "rIdF" */
	const char *settings;
	const char *main_name;   /* default word/document.xml */
	const char *main_type;   /* default MAIN_CT */
};

#define NS_ATTRS " xmlns:w=\"" W_NS "\" xmlns:r=\"" R_NS "\" xmlns:mc=\"" MC_NS "\"" \
	" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"" \
	" xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\""

struct built {
	struct buf bufs[12];
	struct part parts[12];
	size_t n;
};

static void add_part(struct built *b, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void add_part(struct built *b, const char *name, const char *fmt, ...)
{
	va_list ap;

	assert_true(b->n < 12);
	buf_init(&b->bufs[b->n], 0);
	va_start(ap, fmt);
	buf_vaddf(&b->bufs[b->n], fmt, ap);
	va_end(ap);
	b->parts[b->n].name = name;
	b->parts[b->n].data = b->bufs[b->n].ptr;
	b->parts[b->n].len = b->bufs[b->n].len;
	b->parts[b->n].store = 0;
	b->n++;
}

static void build(struct built *b, const struct docx *d)
{
	const char *main_name = d->main_name ? d->main_name : "word/document.xml";
	const char *slash = strrchr(main_name, '/');
	static char rels_name[128];

	memset(b, 0, sizeof(*b));
	add_part(b, "[Content_Types].xml",
		 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"" CT_NS "\">"
		 "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
		 "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
		 "<Override PartName=\"/%s\" ContentType=\"%s\"/></Types>",
		 main_name, d->main_type ? d->main_type : MAIN_CT);
	add_part(b, "_rels/.rels",
		 "<Relationships xmlns=\"" REL_NS "\"><Relationship Id=\"rId1\" Type=\""
		 REL_TYPE "officeDocument\" Target=\"%s\"/></Relationships>", main_name);
	snprintf(rels_name, sizeof(rels_name), "%.*s/_rels/%s.rels",
		 (int)(slash - main_name), main_name, slash + 1);
	add_part(b, rels_name,
		 "<Relationships xmlns=\"" REL_NS "\">"
		 "<Relationship Id=\"rIdS\" Type=\"" REL_TYPE "styles\" Target=\"styles.xml\"/>"
		 "<Relationship Id=\"rIdN\" Type=\"" REL_TYPE "numbering\" Target=\"numbering.xml\"/>"
		 "<Relationship Id=\"rIdFN\" Type=\"" REL_TYPE "footnotes\" Target=\"footnotes.xml\"/>"
		 "<Relationship Id=\"rIdEN\" Type=\"" REL_TYPE "endnotes\" Target=\"endnotes.xml\"/>"
		 "<Relationship Id=\"rIdC\" Type=\"" REL_TYPE "comments\" Target=\"./comments.xml\"/>"
		 "<Relationship Id=\"rIdH\" Type=\"" REL_TYPE "header\" Target=\"../word/header1.xml\"/>"
		 "<Relationship Id=\"rIdF\" Type=\"" REL_TYPE "footer\" Target=\"/word/footer1.xml\"/>"
		 "<Relationship Id=\"rIdT\" Type=\"" REL_TYPE "settings\" Target=\"settings.xml\"/>"
		 "<Relationship Id=\"rIdX\" Type=\"" REL_TYPE "hyperlink\" Target=\"http://example.com/\" TargetMode=\"External\"/>"
		 "</Relationships>");
	add_part(b, main_name, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
		 "<w:document" NS_ATTRS "><w:body>%s</w:body></w:document>", d->body);
	if (d->styles)
		add_part(b, "word/styles.xml", "<w:styles" NS_ATTRS ">%s</w:styles>", d->styles);
	if (d->numbering)
		add_part(b, "word/numbering.xml", "<w:numbering" NS_ATTRS ">%s</w:numbering>",
			 d->numbering);
	if (d->footnotes)
		add_part(b, "word/footnotes.xml", "<w:footnotes" NS_ATTRS ">%s</w:footnotes>",
			 d->footnotes);
	if (d->endnotes)
		add_part(b, "word/endnotes.xml", "<w:endnotes" NS_ATTRS ">%s</w:endnotes>",
			 d->endnotes);
	if (d->comments)
		add_part(b, "word/comments.xml", "<w:comments" NS_ATTRS ">%s</w:comments>",
			 d->comments);
	if (d->header)
		add_part(b, "word/header1.xml", "<w:hdr" NS_ATTRS ">%s</w:hdr>", d->header);
	if (d->footer)
		add_part(b, "word/footer1.xml", "<w:ftr" NS_ATTRS ">%s</w:ftr>", d->footer);
	if (d->settings)
		add_part(b, "word/settings.xml", "<w:settings" NS_ATTRS ">%s</w:settings>",
			 d->settings);
}

static void built_release(struct built *b)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		buf_release(&b->bufs[i]);
}

/*
 * Loads bytes through load_memory, as the CLI would; returns its status.
 * A failed load leaves nothing to release (load_memory leaves the document
 * initialised, so it is released here).
 */
static int load_bytes(struct document *doc, const unsigned char *data, size_t len,
		      const struct load_options *opt, struct buf *err)
{
	static const struct load_options dflt = LOAD_OPTIONS_INIT;
	int ret;

	buf_reset(err);
	document_init(doc, "test.docx");
	ret = load_memory(doc, "test.docx", data, len, opt ? opt : &dflt, err);
	if (ret)
		document_release(doc);
	return ret;
}

static int load_parts(struct document *doc, const struct part *parts, size_t n,
		      const struct load_options *opt, struct buf *err)
{
	size_t len;
	unsigned char *zip = make_zip(parts, n, &len);
	int ret = load_bytes(doc, zip, len, opt, err);

	free(zip);
	return ret;
}

static int load_docx(struct document *doc, const struct docx *d,
		     const struct load_options *opt, struct buf *err)
{
	struct built b;
	int ret;

	build(&b, d);
	ret = load_parts(doc, b.parts, b.n, opt, err);
	built_release(&b);
	return ret;
}

/* Loads a body that must load; the document is checked by the caller. */
static void load_ok(struct document *doc, const struct docx *d, const struct load_options *opt)
{
	struct buf err = BUF_INIT;

	if (load_docx(doc, d, opt, &err))
		fail_msg("load failed: %s", err.ptr);
	buf_release(&err);
}

/*
 * Loads paras[0..n) twice, one plain w:p each and one paragraph of text
 * each, so that a test can hold the DOCX reading against the text one.
 */
static void load_as_docx_and_text(const char *const *paras, size_t n,
				  struct document *doc, struct document *txt)
{
	struct buf body = BUF_INIT, text = BUF_INIT, err = BUF_INIT;
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct docx d = { 0 };
	size_t i;

	for (i = 0; i < n; i++) {
		buf_addf(&body, "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>", paras[i]);
		buf_addf(&text, "%s\n\n", paras[i]);
	}
	d.body = body.ptr;
	load_ok(doc, &d, NULL);
	document_init(txt, "c.txt");
	if (load_memory(txt, "c.txt", (const unsigned char *)text.ptr, text.len, &opt, &err))
		fail_msg("text load failed: %s", err.ptr);
	assert_int_equal(doc->npara, n);
	assert_int_equal(txt->npara, n);
	buf_release(&body);
	buf_release(&text);
	buf_release(&err);
}

/* Loads and expects failure; returns the reason (static). */
static const char *load_fails(const struct docx *d, const struct load_options *opt)
{
	static struct buf err = BUF_INIT;
	struct document doc;

	if (!load_docx(&doc, d, opt, &err))
		fail_msg("loaded, but should have failed");
	assert_int_equal(doc.npara, 0);
	document_release(&doc);
	assert_true(err.len > 0);
	assert_null(strchr(err.ptr, '\n'));
	return err.ptr;
}

static const char *para_text(const struct document *doc, size_t i)
{
	static struct buf t = BUF_INIT;

	assert_true(i < doc->npara);
	buf_reset(&t);
	buf_add(&t, doc->text.ptr + doc->paras[i].start,
		doc->paras[i].end - doc->paras[i].start);
	return t.ptr;
}

static const char *para_body(const struct document *doc, size_t i)
{
	static struct buf t = BUF_INIT;

	assert_true(i < doc->npara);
	buf_reset(&t);
	buf_add(&t, doc->text.ptr + doc->paras[i].body,
		doc->paras[i].end - doc->paras[i].body);
	return t.ptr;
}

/* Index of the first paragraph whose text contains `s`, or fails. */
static size_t find_para(const struct document *doc, const char *s)
{
	size_t i;

	for (i = 0; i < doc->npara; i++)
		if (strstr(para_text(doc, i), s))
			return i;
	fail_msg("no paragraph contains '%s'", s);
	return 0;
}

static int has_warning(const struct document *doc, const char *s)
{
	size_t i;

	for (i = 0; i < doc->nwarning; i++)
		if (strstr(doc->warnings[i], s))
			return 1;
	return 0;
}

#define P(text) "<w:p><w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r></w:p>"
#define NUMP(num, lvl, text) "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" #lvl "\"/><w:numId w:val=\"" \
	#num "\"/></w:numPr></w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"

static int setup_group(void **state)
{
	(void)state;
	xmlInitParser();
	return 0;
}

/* ---- text as Word shows it ---- */

static void test_paragraphs_and_text(void **state)
{
	struct document doc;
	struct docx d = { .body =
		P("First paragraph.")
		"<w:p/>"
		"<w:p><w:r><w:t>Tab</w:t><w:tab/><w:t>and</w:t><w:br/><w:t>break</w:t><w:cr/>"
		"<w:t>non</w:t><w:noBreakHyphen/><w:t>breaking soft</w:t><w:softHyphen/>"
		"<w:t>hyphen</w:t></w:r></w:p>"
		"<w:p><w:r><w:t>  trimmed  </w:t></w:r><w:r><w:t xml:space=\"preserve\"> kept </w:t></w:r></w:p>"
		"<w:p><w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/>"
		"<w:sym w:font=\"Arial\" w:char=\"00A7\"/><w:t>sym</w:t></w:r></w:p>"
		"<w:p><w:r><w:t>two\nlines and a soft\xC2\xADhyphen</w:t></w:r></w:p>" };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_string_equal(doc.format_name, "docx");
	assert_int_equal(doc.format, DOC_FORMAT_DOCX);
	assert_int_equal(doc.npara, 5);
	assert_string_equal(para_text(&doc, 0), "First paragraph.");
	/* The empty paragraph has no record but still counts as paragraph 2. */
	assert_int_equal(doc.paras[0].source, 1);
	assert_int_equal(doc.paras[1].source, 3);
	assert_string_equal(para_text(&doc, 1), "Tab\tand break non-breaking softhyphen");
	assert_string_equal(para_text(&doc, 2), "trimmed kept ");
	assert_string_equal(para_text(&doc, 3), "\xE2\x80\xA2\xE2\x98\x91\xC2\xA7sym");
	assert_string_equal(para_text(&doc, 4), "two lines and a softhyphen");
	assert_string_equal(doc.text.ptr,
			    "First paragraph.\nTab\tand break non-breaking softhyphen\n"
			    "trimmed kept \n\xE2\x80\xA2\xE2\x98\x91\xC2\xA7sym\n"
			    "two lines and a softhyphen");
	assert_true(doc.nsent >= 5);
	document_release(&doc);
}

static void test_tables_cell_by_cell(void **state)
{
	struct document doc;
	struct docx d = { .body =
		P("Before.")
		"<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>Term</w:t></w:r></w:p></w:tc>"
		"<w:tc><w:p><w:r><w:t>Twelve months.</w:t></w:r></w:p><w:p><w:r><w:t>Renews.</w:t></w:r></w:p>"
		"<w:tbl><w:tr><w:tc>" P("Nested.") "</w:tc></w:tr></w:tbl></w:tc></w:tr>"
		"<w:tr><w:tc>" P("Fees") "</w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>"
		P("After.") };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_int_equal(doc.npara, 7);
	assert_string_equal(para_text(&doc, 1), "Term");
	assert_string_equal(para_text(&doc, 2), "Twelve months.");
	assert_string_equal(para_text(&doc, 3), "Renews.");
	assert_string_equal(para_text(&doc, 4), "Nested.");
	assert_string_equal(para_text(&doc, 5), "Fees");
	assert_int_equal(doc.paras[0].kind, PARA_BODY);
	assert_int_equal(doc.paras[1].kind, PARA_TABLE_CELL);
	assert_int_equal(doc.paras[4].kind, PARA_TABLE_CELL);
	assert_int_equal(doc.paras[6].kind, PARA_BODY);
	document_release(&doc);
}

static void test_fields_show_their_result(void **state)
{
	struct document doc;
	struct docx d = { .body =
		"<w:p><w:r><w:t xml:space=\"preserve\">See </w:t></w:r>"
		"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
		"<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"http://secret.example\" </w:instrText></w:r>"
		"<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
		"<w:r><w:t xml:space=\"preserve\">Section </w:t></w:r>"
		/* A field inside the result: its code is hidden, its result shown. */
		"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
		"<w:r><w:instrText> REF _Ref123 \\r </w:instrText></w:r>"
		"<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
		"<w:r><w:t>4.2</w:t></w:r>"
		"<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
		"<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
		"<w:r><w:t xml:space=\"preserve\"> and </w:t></w:r>"
		"<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>7</w:t></w:r></w:fldSimple>"
		/* A field with no result shows nothing. */
		"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
		"<w:r><w:instrText> XE \"Indexword\" </w:instrText></w:r>"
		"<w:r><w:t>codetext</w:t></w:r>"
		"<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
		"<w:r><w:t>.</w:t></w:r></w:p>" };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_string_equal(para_text(&doc, 0), "See Section 4.2 and 7.");
	assert_null(strstr(doc.text.ptr, "HYPERLINK"));
	assert_null(strstr(doc.text.ptr, "secret"));
	assert_null(strstr(doc.text.ptr, "Indexword"));
	assert_null(strstr(doc.text.ptr, "codetext"));
	document_release(&doc);
}

static void test_hidden_text(void **state)
{
	struct document doc;
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct docx d = {
		.styles = "<w:style w:type=\"character\" w:styleId=\"Secret\"><w:rPr><w:vanish/></w:rPr></w:style>",
		.body =
		"<w:p><w:r><w:t xml:space=\"preserve\">Shown </w:t></w:r>"
		"<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space=\"preserve\">directhidden </w:t></w:r>"
		"<w:r><w:rPr><w:rStyle w:val=\"Secret\"/></w:rPr><w:t xml:space=\"preserve\">stylehidden </w:t></w:r>"
		"<w:r><w:rPr><w:rStyle w:val=\"Secret\"/><w:vanish w:val=\"0\"/></w:rPr><w:t xml:space=\"preserve\">unhidden </w:t></w:r>"
		"<w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>text.</w:t></w:r></w:p>"
		/* A paragraph hidden whole, mark included, disappears. */
		"<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr>"
		"<w:t>Drafting note.</w:t></w:r></w:p>"
		P("Next.") };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_int_equal(doc.npara, 2);
	assert_string_equal(para_text(&doc, 0), "Shown unhidden text.");
	assert_string_equal(para_text(&doc, 1), "Next.");
	document_release(&doc);

	opt.include_hidden = 1;
	load_ok(&doc, &d, &opt);
	assert_int_equal(doc.npara, 3);
	assert_string_equal(para_text(&doc, 0), "Shown directhidden stylehidden unhidden text.");
	assert_string_equal(para_text(&doc, 1), "Drafting note.");
	document_release(&doc);
}

static void test_hidden_mark_joins_run_in_heading(void **state)
{
	struct document doc;
	struct docx d = {
		.numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
			     "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
			     "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
		.body =
		/* Word's "style separator": heading and text on one line. */
		"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
		"<w:rPr><w:vanish/><w:specVanish/></w:rPr></w:pPr><w:r><w:t>Fees.</w:t></w:r></w:p>"
		P(" Customer pays.") };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_int_equal(doc.npara, 1);
	assert_string_equal(para_text(&doc, 0), "1.\tFees. Customer pays.");
	assert_string_equal(doc.paras[0].label, "1.");
	document_release(&doc);
}

static void test_alternate_content_one_branch(void **state)
{
	struct document doc;
	struct docx d = { .body =
		"<w:p><w:r><w:t>Anchor.</w:t></w:r><w:r><mc:AlternateContent>"
		"<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>"
		"<w:p><w:r><w:t>Boxed text.</w:t></w:r></w:p>"
		"</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
		"<mc:Choice Requires=\"w14\"><w:p><w:r><w:t>Second choice.</w:t></w:r></w:p></mc:Choice>"
		"<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed text (VML copy).</w:t></w:r></w:p>"
		"</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
		"<w:r><w:t xml:space=\"preserve\"> More anchor.</w:t></w:r></w:p>"
		P("After.")
		/* Only a Fallback: it is the branch. */
		"<w:p><mc:AlternateContent><mc:Fallback><w:r><w:t>Fallback only.</w:t></w:r>"
		"</mc:Fallback></mc:AlternateContent></w:p>" };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_int_equal(doc.npara, 4);
	/* The box follows the paragraph that anchors it. */
	assert_string_equal(para_text(&doc, 0), "Anchor. More anchor.");
	assert_string_equal(para_text(&doc, 1), "Boxed text.");
	assert_int_equal(doc.paras[1].kind, PARA_TEXT_BOX);
	assert_string_equal(para_text(&doc, 2), "After.");
	assert_string_equal(para_text(&doc, 3), "Fallback only.");
	assert_null(strstr(doc.text.ptr, "VML copy"));
	assert_null(strstr(doc.text.ptr, "Second choice"));
	document_release(&doc);
}

static void test_content_controls_and_wrappers(void **state)
{
	struct document doc;
	struct docx d = { .body =
		"<w:sdt><w:sdtPr><w:alias w:val=\"Party\"/><w:placeholder><w:docPart w:val=\"X\"/></w:placeholder>"
		"<w:rPr><w:vanish/></w:rPr></w:sdtPr><w:sdtContent>"
		"<w:p><w:r><w:t xml:space=\"preserve\">Acme </w:t></w:r>"
		"<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>Inc.</w:t></w:r></w:sdtContent></w:sdt>"
		"<w:hyperlink r:id=\"rIdX\"><w:r><w:t xml:space=\"preserve\"> (site)</w:t></w:r></w:hyperlink>"
		"<w:smartTag w:element=\"place\"><w:smartTagPr><w:attr w:name=\"n\" w:val=\"smartattr\"/></w:smartTagPr>"
		"<w:r><w:t xml:space=\"preserve\"> of Ohio</w:t></w:r></w:smartTag>"
		"<w:customXml w:element=\"party\"><w:customXmlPr><w:attr w:name=\"a\" w:val=\"customattr\"/></w:customXmlPr>"
		"<w:r><w:t>.</w:t></w:r></w:customXml>"
		"<w:dir w:val=\"rtl\"><w:r><w:t>!</w:t></w:r></w:dir>"
		"</w:p></w:sdtContent></w:sdt>"
		"<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>furigana</w:t></w:r></w:rt>"
		"<w:rubyBase><w:r><w:t>Base</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>" };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_int_equal(doc.npara, 2);
	assert_string_equal(para_text(&doc, 0), "Acme Inc. (site) of Ohio.!");
	assert_string_equal(para_text(&doc, 1), "Base");
	assert_null(strstr(doc.text.ptr, "attr"));
	document_release(&doc);
}

static void test_strict_ooxml_and_other_main_part(void **state)
{
	struct document doc;
	struct buf err = BUF_INIT;
	static const struct part parts[] = {
		{ "[Content_Types].xml",
		  "<Types xmlns=\"" CT_NS "\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
		  "<Override PartName=\"/content/main.xml\" ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>", 0, 0 },
		{ "_rels/.rels",
		  "<Relationships xmlns=\"" REL_NS "\"><Relationship Id=\"a\" "
		  "Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" "
		  "Target=\"/content/main.xml\"/></Relationships>", 0, 0 },
		{ "content/_rels/main.xml.rels",
		  "<Relationships xmlns=\"" REL_NS "\"><Relationship Id=\"n\" "
		  "Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/numbering\" "
		  "Target=\"num%20bering.xml\"/></Relationships>", 0, 0 },
		{ "content/num bering.xml",
		  "<x:numbering xmlns:x=\"http://purl.oclc.org/ooxml/wordprocessingml/main\">"
		  "<x:abstractNum x:abstractNumId=\"0\"><x:lvl x:ilvl=\"0\"><x:start x:val=\"3\"/>"
		  "<x:numFmt x:val=\"lowerRoman\"/><x:lvlText x:val=\"(%1)\"/></x:lvl></x:abstractNum>"
		  "<x:num x:numId=\"1\"><x:abstractNumId x:val=\"0\"/></x:num></x:numbering>", 0, 0 },
		{ "content/main.xml",
		  "<s:document xmlns:s=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><s:body>"
		  "<s:p><s:pPr><s:numPr><s:ilvl s:val=\"0\"/><s:numId s:val=\"1\"/></s:numPr></s:pPr>"
		  "<s:r><s:t>Strict text.</s:t></s:r></s:p>"
		  /* A w: prefix bound to another namespace is not WordprocessingML. */
		  "<w:p xmlns:w=\"urn:not-word\"><w:r><w:t>Not Word.</w:t></w:r></w:p>"
		  "</s:body></s:document>", 0, 0 },
	};

	(void)state;
	if (load_parts(&doc, parts, ARRAY_SIZE(parts), NULL, &err))
		fail_msg("%s", err.ptr);
	assert_string_equal(doc.format_name, "docm");
	assert_int_equal(doc.npara, 1);
	assert_string_equal(para_text(&doc, 0), "(iii)\tStrict text.");
	assert_string_equal(doc.paras[0].label, "(iii)");
	assert_string_equal(para_body(&doc, 0), "Strict text.");
	document_release(&doc);
	buf_release(&err);
}

static void test_template_content_type(void **state)
{
	struct document doc;
	struct docx d = { .body = P("Template."),
		.main_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml" };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_string_equal(doc.format_name, "dotx");
	document_release(&doc);
}

/* ---- clause numbers ---- */

static const char heading_numbering[] =
	"<w:abstractNum w:abstractNumId=\"0\">"
	"<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"Heading1\"/>"
	"<w:lvlText w:val=\"%1.\"/></w:lvl>"
	"<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"Heading2\"/>"
	"<w:lvlText w:val=\"%1.%2\"/><w:suff w:val=\"space\"/></w:lvl>"
	"<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
	"<w:lvlText w:val=\"(%3)\"/></w:lvl></w:abstractNum>"
	"<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
	"<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl></w:abstractNum>"
	"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
	"<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";

static const char heading_styles[] =
	"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
	"<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
	"<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Clause\"><w:basedOn w:val=\"Heading2\"/></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>";

#define STYLED(style, text) "<w:p><w:pPr><w:pStyle w:val=\"" style "\"/></w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"

static void test_clause_numbers_and_kinds(void **state)
{
	struct document doc;
	struct buf path = BUF_INIT;
	struct docx d = { .styles = heading_styles, .numbering = heading_numbering, .body =
		STYLED("Title", "Master Agreement")
		STYLED("Heading1", "Definitions")
		STYLED("Heading2", "Affiliate means an entity.")
		STYLED("Clause", "Feedback means suggestions.")
		NUMP(1, 2, "first item;")
		NUMP(1, 2, "second item.")
		NUMP(2, 0, "a bullet")
		P("Plain text after (b).")
		STYLED("Heading1", "Fees") };
	size_t i;

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_int_equal(doc.npara, 9);
	assert_null(doc.paras[0].label);
	assert_int_equal(doc.paras[0].kind, PARA_BODY);
	assert_int_equal(doc.paras[0].level, -1);

	assert_string_equal(para_text(&doc, 1), "1.\tDefinitions");
	assert_string_equal(doc.paras[1].label, "1.");
	assert_int_equal(doc.paras[1].kind, PARA_HEADING);
	assert_int_equal(doc.paras[1].level, 0);
	assert_string_equal(para_body(&doc, 1), "Definitions");

	/* Numbered through the style, suffix "space". */
	assert_string_equal(para_text(&doc, 2), "1.1 Affiliate means an entity.");
	assert_int_equal(doc.paras[2].level, 1);
	assert_string_equal(para_text(&doc, 3), "1.2 Feedback means suggestions.");

	assert_string_equal(para_text(&doc, 4), "(a)\tfirst item;");
	assert_int_equal(doc.paras[4].kind, PARA_LIST_ITEM);
	assert_int_equal(doc.paras[4].level, 2);
	assert_string_equal(doc.paras[5].label, "(b)");
	/* document_finish composes the citation from the enclosing clause. */
	assert_string_equal(doc.paras[5].clause, "1.2(b)");

	/* A bullet is a list item with no label and no outline level. */
	assert_null(doc.paras[6].label);
	assert_int_equal(doc.paras[6].kind, PARA_LIST_ITEM);
	assert_int_equal(doc.paras[6].level, -1);
	assert_string_equal(para_text(&doc, 6), "a bullet");

	/* Unnumbered text belongs to the clause before it (document_finish). */
	assert_null(doc.paras[7].label);
	assert_string_equal(doc.paras[7].clause, "1.2(b)");
	document_heading_path(&doc, 7, &path);
	assert_non_null(strstr(path.ptr, "1.2 Feedback means suggestions"));
	assert_string_equal(para_text(&doc, 8), "2.\tFees");
	for (i = 0; i < doc.npara; i++)
		assert_null(strchr(para_text(&doc, i), '\n'));
	buf_release(&path);
	document_release(&doc);
}

static void test_section_break_paragraph_takes_no_number(void **state)
{
	struct document doc;
	struct docx d = { .styles = heading_styles, .numbering = heading_numbering, .body =
		"<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/>"
		"</w:sectPr></w:pPr></w:p>"
		STYLED("Heading1", "Obligations")
		/* An empty numbered paragraph is shown, and counted, by Word. */
		STYLED("Heading1", "")
		STYLED("Heading1", "Term"),
		.header = P("Confidential draft") };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_string_equal(para_text(&doc, 0), "1.\tObligations");
	assert_string_equal(para_text(&doc, 1), "2.\t");
	assert_string_equal(para_text(&doc, 2), "3.\tTerm");
	assert_string_equal(para_text(&doc, 3), "Confidential draft");
	assert_int_equal(doc.paras[3].kind, PARA_HEADER);
	document_release(&doc);
}

/* The parties "(1)".."(3)" as a Word list, the clauses as another. */
static const char parties_numbering[] =
	"<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
	"<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"(%1)\"/></w:lvl>"
	"<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperLetter\"/>"
	"<w:lvlText w:val=\"(%2)\"/></w:lvl></w:abstractNum>"
	"<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
	"<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
	"<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
	"<w:lvlText w:val=\"(%2)\"/></w:lvl></w:abstractNum>"
	"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
	"<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";

/*
 * Recitals typed "(A)" after a plain "BACKGROUND" are no part of the
 * parties' Word list, nor are Word's own at a level below it: each is
 * cited "(A)", as in text, not "(2)(A)".  A caption inside a numbered
 * clause leaves its list open.
 */
static void test_recitals_after_a_caption(void **state)
{
	struct document doc;
	struct docx d = { .numbering = parties_numbering, .body =
		P("PARTIES")
		NUMP(1, 0, "ALPHA LIMITED (the &quot;Supplier&quot;); and")
		NUMP(1, 0, "BETA LIMITED (the &quot;Customer&quot;).")
		P("BACKGROUND")
		P("(A) The Supplier develops models.")
		P("Recitals")
		NUMP(1, 1, "The Customer wishes to license one.")
		P("AGREED TERMS")
		NUMP(2, 0, "Licence")
		NUMP(2, 1, "first item;")
		P("SCHEDULED RETURNS")
		NUMP(2, 1, "second item.") };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_int_equal(doc.npara, 12);
	assert_string_equal(doc.paras[2].clause, "(2)");
	assert_null(doc.paras[3].clause);
	assert_string_equal(para_text(&doc, 4), "(A) The Supplier develops models.");
	assert_string_equal(doc.paras[4].label, "(A)");
	assert_string_equal(doc.paras[4].clause, "(A)");
	assert_int_equal(doc.paras[4].parent, -1);
	assert_string_equal(para_body(&doc, 4), "The Supplier develops models.");
	assert_string_equal(para_text(&doc, 6), "(A)\tThe Customer wishes to license one.");
	assert_string_equal(doc.paras[6].clause, "(A)");
	assert_null(doc.paras[7].clause);
	assert_string_equal(doc.paras[9].clause, "1(a)");
	assert_string_equal(doc.paras[10].clause, "1");
	assert_string_equal(doc.paras[11].clause, "1(b)");
	document_release(&doc);
}

/*
 * Labels typed into the paragraphs of a document without Word numbering
 * ("1.", "1.1", "(a)", "Clause 3") are read as the text loader reads them:
 * the same labels, levels, parents and clause numbers as the same text in
 * a .txt file.
 */
static void test_typed_labels_read_as_in_text(void **state)
{
	static const char *const paras[] = {
		"MASTER SERVICES AGREEMENT",
		"1. DEFINITIONS",
		"1.1 Customer Data means the data the Customer submits.",
		"1.2 The Provider shall:",
		"(a) host the model; and",
		"(b) back it up daily.",
		"The Provider shall report on both.",
		"Clause 2 Fees",
		"2.1 The Customer shall pay the fees:",
		"(i) monthly in arrears;",
		"(ii) in euro.",
	};
	struct document doc, txt;
	size_t i;

	(void)state;
	load_as_docx_and_text(paras, ARRAY_SIZE(paras), &doc, &txt);
	for (i = 0; i < doc.npara; i++) {
		const struct paragraph *p = &doc.paras[i], *q = &txt.paras[i];

		if (q->label)
			assert_string_equal(p->label, q->label);
		else
			assert_null(p->label);
		/*
		 * Text reads the paragraph after the list, at the items'
		 * column, as back in 1.2; the DOCX loader reads no indents,
		 * so it cannot tell it from the item's second paragraph.
		 */
		if (i != 6) {
			if (q->clause)
				assert_string_equal(p->clause, q->clause);
			else
				assert_null(p->clause);
			assert_int_equal(p->parent, q->parent);
		}
		assert_int_equal(p->level, q->level);
		/* An unlabelled caption keeps the kind Word gives it. */
		if (q->label)
			assert_int_equal(p->kind, q->kind);
		assert_int_equal(p->body - p->start, q->body - q->start);
	}
	assert_string_equal(doc.paras[5].clause, "1.2(b)");
	assert_string_equal(doc.paras[6].clause, "1.2(b)");
	assert_string_equal(txt.paras[6].clause, "1.2");
	assert_string_equal(doc.paras[7].label, "Clause 2");
	assert_int_equal(doc.paras[7].kind, PARA_HEADING);
	assert_string_equal(doc.paras[10].clause, "2.1(ii)");
	assert_string_equal(para_body(&doc, 4), "host the model; and");
	document_release(&txt);
	document_release(&doc);
}

/*
 * An order form, a statement of work and a lettered exhibit after the
 * terms, as heading paragraphs: each a part of its own, its "Field:
 * value" paragraphs cited under it, in Word as in text.  A paragraph
 * naming one in a sentence stays the clause's.
 */
static void test_order_form_after_the_terms_as_in_text(void **state)
{
	static const char *const paras[] = {
		"9.1 Order Form No. 2 sets out the fees.",
		"9.2 This Agreement controls.",
		"ORDER FORM No. 1",
		"Customer: Acme Ltd",
		"Data location: EU",
		"STATEMENT OF WORK No. 3 - MODEL TUNING",
		"Deliverables: a tuned model.",
		"Exhibit A: Data Processing Terms",
		"Retention: thirty days.",
	};
	static const char *const want[] = {
		"9.1", "9.2", "ORDER FORM No. 1", "ORDER FORM No. 1", "ORDER FORM No. 1",
		"STATEMENT OF WORK No. 3", "STATEMENT OF WORK No. 3", "Exhibit A", "Exhibit A",
	};
	struct document doc, txt;
	size_t i;

	(void)state;
	load_as_docx_and_text(paras, ARRAY_SIZE(paras), &doc, &txt);
	for (i = 0; i < doc.npara; i++) {
		assert_non_null(doc.paras[i].clause);
		assert_string_equal(doc.paras[i].clause, want[i]);
		assert_non_null(txt.paras[i].clause);
		assert_string_equal(txt.paras[i].clause, want[i]);
	}
	document_release(&txt);
	document_release(&doc);
}

/*
 * A number typed without its stop ("3 FEES.", "CLAUSE FOUR - TERM",
 * "5.GENERAL", "ARTICLE - 6 DATA"), going on from the clause before it,
 * and a title naming an order form after the last clause read as in
 * text.
 */
static void test_numbers_without_their_stop_read_as_in_text(void **state)
{
	static const char *const paras[] = {
		"2.1 The Customer pays the fees.",
		"3 FEES.",
		"3.1 Fees are due monthly.",
		"CLAUSE FOUR - TERM",
		"4.1 This Agreement lasts two years.",
		"5.GENERAL",
		"5.1 English law governs.",
		"9 NOTICES",
		"ARTICLE - 6 DATA",
		"6.1 The Supplier shall not train on Customer Data.",
		"ORDER FORM",
		"A. The Plan is Studio Pro.",
	};
	static const char *const want[] = {
		"2.1", "3", "3.1", "4", "4.1", "5", "5.1", NULL, "ARTICLE 6", "6.1",
		"ORDER FORM", "ORDER FORM(A)",
	};
	struct document doc, txt;
	size_t i;

	(void)state;
	load_as_docx_and_text(paras, ARRAY_SIZE(paras), &doc, &txt);
	for (i = 0; i < doc.npara; i++) {
		if (!want[i]) {
			assert_null(doc.paras[i].clause);
			assert_null(txt.paras[i].clause);
			continue;
		}
		assert_non_null(doc.paras[i].clause);
		assert_string_equal(doc.paras[i].clause, want[i]);
		assert_non_null(txt.paras[i].clause);
		assert_string_equal(txt.paras[i].clause, want[i]);
	}
	assert_string_equal(doc.paras[1].label, "3");
	assert_string_equal(doc.paras[3].label, "CLAUSE FOUR");
	assert_null(doc.paras[7].label);
	document_release(&txt);
	document_release(&doc);
}

/*
 * A typed "6. Audit and compliance" in a paragraph of its own over "6.1
 * ..." is a heading, as in text; a lead-in its items finish and a short
 * item before its sibling stay clauses.
 */
static void test_sentence_case_heading_over_its_clause(void **state)
{
	static const char *const paras[] = {
		"6. Audit and compliance",
		"6.1 The Bank may audit the Provider on thirty days' notice.",
		"7. Prohibited uses",
		"(a) Violence or terrorism",
		"(b) Sexual solicitation",
		"8. Each Purchase Contract shall",
		"(a) contain the same conditions.",
		/* A title that lists its subjects with commas is a heading too. */
		"11. Confidentiality, publicity and audit",
		"11.1 The Supplier shall keep the Authority Data confidential.",
	};
	static const enum para_kind kinds[] = {
		PARA_HEADING, PARA_BODY, PARA_HEADING, PARA_BODY, PARA_BODY, PARA_BODY, PARA_BODY,
		PARA_HEADING, PARA_BODY,
	};
	struct document doc, txt;
	size_t i;

	(void)state;
	load_as_docx_and_text(paras, ARRAY_SIZE(paras), &doc, &txt);
	for (i = 0; i < doc.npara; i++) {
		assert_int_equal(doc.paras[i].kind, kinds[i]);
		assert_int_equal(txt.paras[i].kind, kinds[i]);
		assert_string_equal(doc.paras[i].clause, txt.paras[i].clause);
	}
	assert_string_equal(doc.paras[1].clause, "6.1");
	assert_int_equal(doc.paras[1].parent, 0);
	assert_string_equal(doc.paras[8].clause, "11.1");
	assert_int_equal(doc.paras[8].parent, 7);
	document_release(&txt);
	document_release(&doc);
}

/*
 * The clause of each paragraph of `doc` and of `txt`, the same document
 * loaded as DOCX and as text, is want[i] (NULL for none) in both.
 */
static void assert_clauses_in_both(const struct document *doc, const struct document *txt,
				   const char *const *want, size_t n)
{
	size_t i;

	assert_int_equal(doc->npara, n);
	assert_int_equal(txt->npara, n);
	for (i = 0; i < n; i++) {
		if (!want[i]) {
			assert_null(doc->paras[i].clause);
			assert_null(txt->paras[i].clause);
			continue;
		}
		assert_non_null(doc->paras[i].clause);
		assert_string_equal(doc->paras[i].clause, want[i]);
		assert_non_null(txt->paras[i].clause);
		assert_string_equal(txt->paras[i].clause, want[i]);
	}
}

/*
 * Paragraphs typed "1.", "2." afresh under a typed heading line of a
 * label and a caption ("§ 13. Liability", "Clause 14 Term") are its
 * paragraphs 13(1), 13(2), as in text; so under a bare "16. Liability"
 * where the "1." states something.  Not a "1." with a caption of its
 * own ("1. Introduction. These terms ..."), nor "15." after "Clause 14".
 * A list restarting at 1 inside clause 3 lists its items, 3(1), as in
 * text.
 */
static void test_paragraphs_numbered_under_a_heading_as_in_text(void **state)
{
	static const char *const paras[] = {
		"\xC2\xA7 12. Fees",
		"1. The Customer shall pay the fees.",
		"2. Fees are due in 30 days.",
		"\xC2\xA7 13. Liability",
		"1. The total liability of the Contractor shall not exceed the fees paid.",
		"2. The limit in paragraph 1 does not apply to wilful misconduct.",
		"Clause 14 Term",
		"15. The Contractor may assign this Agreement.",
		"16. Liability",
		"1. The Contractor shall not be liable for lost profits.",
		"2. Nothing limits liability for fraud.",
	};
	static const char *const want[] = {
		"12", "12(1)", "12(2)", "13", "13(1)", "13(2)", "14", "15", "16", "16(1)",
		"16(2)",
	};
	static const char *const own[] = {
		"18. Specific Terms for Soundtrack",
		"1. Introduction. These terms apply to your use of Soundtrack.",
		"2. Your Account. You must keep your password safe.",
	};
	static const char *const want_own[] = { "18", "1", "2" };
	/* A list restarting at 1 inside a clause lists its items, as in text. */
	static const char *const items[] = {
		"2. Fees are due monthly.",
		"3. Use of the Services",
		"You may not:",
		"1. use the Services in any manner that violates the law;",
		"2. resell the Services.",
		"4. Term",
	};
	static const char *const want_items[] = { "2", "3", "3", "3(1)", "3(2)", "4" };
	struct document doc, txt;
	size_t i;

	(void)state;
	load_as_docx_and_text(paras, ARRAY_SIZE(paras), &doc, &txt);
	assert_clauses_in_both(&doc, &txt, want, ARRAY_SIZE(want));
	for (i = 0; i < doc.npara; i++) {
		assert_int_equal(doc.paras[i].parent, txt.paras[i].parent);
		assert_int_equal(doc.paras[i].level, txt.paras[i].level);
	}
	assert_int_equal(doc.paras[4].parent, 3);
	assert_int_equal(doc.paras[4].nest, NEST_ITEM);
	document_release(&txt);
	document_release(&doc);
	load_as_docx_and_text(own, ARRAY_SIZE(own), &doc, &txt);
	assert_clauses_in_both(&doc, &txt, want_own, ARRAY_SIZE(want_own));
	document_release(&txt);
	document_release(&doc);
	load_as_docx_and_text(items, ARRAY_SIZE(items), &doc, &txt);
	assert_clauses_in_both(&doc, &txt, want_items, ARRAY_SIZE(want_items));
	document_release(&txt);
	document_release(&doc);
}

/* A paragraph's place in the outline as a test expects it; label NULL for none. */
struct want_para {
	const char *label, *clause;
	int level;
	long parent;
};

static void assert_outline(const struct document *doc, const struct want_para *want, size_t n)
{
	size_t i;

	assert_int_equal(doc->npara, n);
	for (i = 0; i < n; i++) {
		const struct paragraph *p = &doc->paras[i];

		if (want[i].label) {
			assert_non_null(p->label);
			assert_string_equal(p->label, want[i].label);
		} else {
			assert_null(p->label);
		}
		if (want[i].clause) {
			assert_non_null(p->clause);
			assert_string_equal(p->clause, want[i].clause);
		} else {
			assert_null(p->clause);
		}
		assert_int_equal(p->level, want[i].level);
		assert_int_equal(p->parent, want[i].parent);
	}
}

/*
 * Word numbers the headings ("1.", "2.1" through their styles) and the
 * drafter types "1.1", "(a)" in the body: the typed labels are read, an
 * "(a)" nests under the Word heading before it, a typed "2.2" after Word's
 * "2.1" is its sibling, and a Word item after the typed clause nests in it.
 */
static void test_typed_labels_under_word_numbering(void **state)
{
	static const struct want_para want[] = {
		{ "1.", "1", 0, -1 },
		{ "1.1", "1.1", 1, 0 },
		{ "1.2", "1.2", 1, 0 },
		{ "(a)", "1.2(a)", 2, 2 },
		{ "(b)", "1.2(b)", 2, 2 },
		{ NULL, "1.2(b)", -1, 4 },
		{ "2.", "2", 0, -1 },
		{ "2.1", "2.1", 1, 6 },
		{ "(a)", "2.1(a)", 2, 7 },
		{ "(b)", "2.1(b)", 2, 7 },
		{ "2.2", "2.2", 1, 6 },
		{ "(a)", "2.2(a)", 2, 10 },
	};
	struct document doc;
	struct docx d = { .styles = heading_styles, .numbering = heading_numbering, .body =
		STYLED("Heading1", "Definitions")
		P("1.1 Customer Data means the data the Customer submits.")
		P("1.2 The Provider shall:")
		P("(a) host the model; and")
		P("(b) back it up daily.")
		P("The Provider shall report on both.")
		STYLED("Heading1", "Fees")
		STYLED("Heading2", "The Customer shall pay:")
		P("(a) the fees; and")
		P("(b) the expenses.")
		P("2.2 Late payments bear interest:")
		NUMP(1, 2, "at two per cent a month.") };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_outline(&doc, want, ARRAY_SIZE(want));
	/* The text is unchanged; the body starts after the typed label. */
	assert_string_equal(para_text(&doc, 1),
			    "1.1 Customer Data means the data the Customer submits.");
	assert_string_equal(para_body(&doc, 3), "host the model; and");
	assert_string_equal(para_text(&doc, 7), "2.1 The Customer shall pay:");
	assert_string_equal(para_text(&doc, 11), "(a)\tat two per cent a month.");
	document_release(&doc);
}

/*
 * Clauses typed after an unnumbered heading style nest below it; once a
 * Word-numbered heading closes that heading, a typed "2.1" is one level
 * below the Word "2.", as "1.2" is below "1." in text.
 */
static void test_word_heading_closes_a_heading_style(void **state)
{
	struct document doc;
	struct buf styles = BUF_INIT;
	struct docx d = { .numbering = heading_numbering, .body =
		STYLED("Heading1", "Definitions")
		STYLED("Sub", "Interpretation")
		P("1.1 Words in the singular include the plural.")
		STYLED("Heading1", "Fees")
		P("2.1 The Customer shall pay the fees.")
		P("2.2 Fees exclude VAT.") };

	(void)state;
	buf_addf(&styles, "%s<w:style w:type=\"paragraph\" w:styleId=\"Sub\">"
		 "<w:name w:val=\"heading 3\"/></w:style>", heading_styles);
	d.styles = styles.ptr;
	load_ok(&doc, &d, NULL);
	assert_int_equal(doc.npara, 6);
	assert_int_equal(doc.paras[1].level, 2);
	assert_string_equal(doc.paras[2].clause, "1.1");
	assert_int_equal(doc.paras[2].parent, 1);
	assert_string_equal(doc.paras[3].label, "2.");
	assert_int_equal(doc.paras[4].level, 1);
	assert_int_equal(doc.paras[4].parent, 3);
	assert_int_equal(doc.paras[5].level, 1);
	assert_int_equal(doc.paras[5].parent, 3);
	assert_string_equal(doc.paras[5].clause, "2.2");
	buf_release(&styles);
	document_release(&doc);
}

/* A Word list "(a)" / "(i)" at level 0, and Word headings "6." on. */
static const char item_numbering[] =
	"<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
	"<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%1)\"/></w:lvl>"
	"<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/>"
	"<w:lvlText w:val=\"(%2)\"/></w:lvl></w:abstractNum>"
	"<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"6\"/>"
	"<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
	"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
	"<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";

/*
 * The drafter types "5.", "5.1" and Word numbers the items under them at
 * its level 0: the items nest in the typed clause ("5.1(a)", not "(a)"),
 * a typed "5.2" closes them, and a Word-numbered "6." is a clause of its own.
 */
static void test_word_items_in_a_typed_clause(void **state)
{
	static const struct want_para want[] = {
		{ "5.", "5", 0, -1 },
		{ "5.1", "5.1", 1, 0 },
		{ "(a)", "5.1(a)", 2, 1 },
		{ "(i)", "5.1(a)(i)", 3, 2 },
		{ "(b)", "5.1(b)", 2, 1 },
		{ "5.2", "5.2", 1, 0 },
		{ "6.", "6", 0, -1 },
		{ "(a)", "6(a)", 1, 6 },
		{ "(b)", "6(b)", 1, 6 },
	};
	struct document doc;
	struct docx d = { .numbering = item_numbering, .body =
		P("5. Services")
		P("5.1 The Provider shall not:")
		NUMP(1, 0, "use Customer Data to train any model; or")
		NUMP(1, 1, "disclose it,")
		NUMP(1, 0, "sell it.")
		P("5.2 The Customer may audit the Provider.")
		NUMP(2, 0, "Fees")
		P("(a) The Customer shall pay monthly.")
		P("(b) Late payments bear interest.") };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_outline(&doc, want, ARRAY_SIZE(want));
	assert_string_equal(para_text(&doc, 2), "(a)\tuse Customer Data to train any model; or");
	document_release(&doc);
}

/*
 * A table of contents repeats the headings with their numbers and pages:
 * its lines are no clauses, and the parties typed "(1)", "(2)" after it
 * are not items of its last line ("2(1)").
 */
static void test_contents_lines_are_no_clauses(void **state)
{
	struct document doc;
	struct docx d = { .styles = heading_styles, .numbering = heading_numbering, .body =
		P("CONTENTS")
		"<w:p><w:r><w:t>1.</w:t></w:r><w:r><w:tab/><w:t>Definitions</w:t></w:r>"
		"<w:r><w:tab/><w:t>3</w:t></w:r></w:p>"
		"<w:p><w:r><w:t>Schedule 1</w:t></w:r><w:r><w:tab/><w:t>Fees</w:t></w:r>"
		"<w:r><w:tab/><w:t>xii</w:t></w:r></w:p>"
		P("PARTIES")
		P("(1) ALPHA LIMITED (the Supplier); and")
		P("(2) BETA LIMITED (the Customer).")
		STYLED("Heading1", "Definitions")
		P("1.1 Fees	are due monthly.") };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_int_equal(doc.npara, 8);
	assert_string_equal(para_text(&doc, 1), "1.\tDefinitions\t3");
	assert_null(doc.paras[1].label);
	assert_null(doc.paras[1].clause);
	assert_null(doc.paras[2].label);
	assert_null(doc.paras[2].clause);
	assert_string_equal(doc.paras[4].clause, "(1)");
	assert_string_equal(doc.paras[5].clause, "(2)");
	assert_int_equal(doc.paras[5].parent, -1);
	assert_string_equal(doc.paras[6].clause, "1");
	assert_string_equal(doc.paras[7].clause, "1.1");
	assert_int_equal(doc.paras[7].parent, 6);
	document_release(&doc);
}

/*
 * A contents page typed without tabs reads as in text: after a heading,
 * or where its labels come back as the headings, its lines are no clauses;
 * the parties after it are not items of its last line, and a clause that
 * ends in a number ("3. Fees 3") keeps its label.  A list of schedules
 * under it is one too (it cites the clause before it, as any unlabelled
 * paragraph does).
 */
static void test_typed_contents_read_as_in_text(void **state)
{
	static const char *const paras[] = {
		"Contents",
		"1. Definitions ..... 3",
		"2.  Services   4",
		"Schedule 2 Service Levels 27",
		"PARTIES",
		"(1) ALPHA LIMITED; and",
		"(2) BETA LIMITED.",
		"1. Definitions",
		"1.1 Data means the data the Customer submits.",
		"2. Services",
		"3. Fees 3",
		"The fees are due monthly.",
		"Schedule 1 Support 9",
		"Schedule 2 Service Levels 10",
		"Schedule 1",
		"Support Terms",
	};
	static const char *const clauses[] = {
		NULL, NULL, NULL, NULL, NULL, "(1)", "(2)", "1", "1.1", "2", "3", "3",
		"3", "3", "Schedule 1", "Schedule 1",
	};
	struct document doc, txt;
	size_t i;

	(void)state;
	load_as_docx_and_text(paras, ARRAY_SIZE(paras), &doc, &txt);
	for (i = 0; i < doc.npara; i++) {
		const struct paragraph *p = &doc.paras[i], *q = &txt.paras[i];

		if (clauses[i]) {
			assert_string_equal(p->clause, clauses[i]);
			assert_string_equal(q->clause, clauses[i]);
		} else {
			assert_null(p->clause);
			assert_null(q->clause);
		}
		if (q->label)
			assert_string_equal(p->label, q->label);
		else
			assert_null(p->label);
		assert_int_equal(p->level, q->level);
		assert_int_equal(p->parent, q->parent);
	}
	assert_int_equal(doc.paras[6].parent, -1);
	document_release(&txt);
	document_release(&doc);
}

/*
 * Each paragraph of the DOCX load and of the text load cites clauses[i]
 * (NULL: none) and, where `contents` is given, is a contents line as
 * contents[i] says.  Both loads hold at least doc->npara paragraphs.
 */
static void assert_clauses_as_in_text(const struct document *doc, const struct document *txt,
				      const char *const *clauses, const int *contents)
{
	size_t i;

	for (i = 0; i < doc->npara; i++) {
		const struct paragraph *p = &doc->paras[i], *q = &txt->paras[i];

		if (clauses[i]) {
			assert_string_equal(p->clause, clauses[i]);
			assert_string_equal(q->clause, clauses[i]);
		} else {
			assert_null(p->clause);
			assert_null(q->clause);
		}
		if (contents) {
			assert_int_equal(p->contents, contents[i]);
			assert_int_equal(q->contents, contents[i]);
		}
	}
}

/* A contents page flattened onto one paragraph reads as in text. */
static void test_contents_flattened_read_as_in_text(void **state)
{
	static const char *const paras[] = {
		"7. CONFIDENTIALITY; PUBLICITY 46 7.1 Confidentiality 46 7.2 Publicity 47 "
		"7.3 Certain Regulatory Filings 47",
		"WHEREAS, the Parties wish to agree.",
		"1. Definitions",
		"1.1 Words have the meanings given.",
	};
	static const char *const clauses[] = { NULL, NULL, "1", "1.1" };
	struct document doc, txt;

	(void)state;
	load_as_docx_and_text(paras, ARRAY_SIZE(paras), &doc, &txt);
	assert_int_equal(doc.npara, ARRAY_SIZE(paras));
	assert_clauses_as_in_text(&doc, &txt, clauses, NULL);
	assert_true(doc.paras[0].contents && txt.paras[0].contents);
	document_release(&doc);
	document_release(&txt);
}

/*
 * A contents page with its pages glued to the titles reads as in text:
 * with no heading over it, lines that agree are contents lines and the
 * recitals cite none of them; under a column header ("Section Page") one
 * line will do, and the header is a contents line too.
 */
static void test_contents_with_pages_glued_read_as_in_text(void **state)
{
	static const char *const paras[] = {
		"1. DEFINITIONS AND INTERPRETATION1",
		"2. LICENSE GRANT10",
		"3. Development Plan11",
		"WHEREAS, the Parties wish to agree.",
		"CONTENTS",
		"Section Page",
		"SECTION 1 Introduction2",
		"1. Definitions",
		"1.1 Words have the meanings given.",
	};
	static const char *const clauses[] = {
		NULL, NULL, NULL, NULL, NULL, NULL, NULL, "1", "1.1",
	};
	static const int contents[] = { 1, 1, 1, 0, 0, 1, 1, 0, 0 };
	struct document doc, txt;

	(void)state;
	load_as_docx_and_text(paras, ARRAY_SIZE(paras), &doc, &txt);
	assert_int_equal(doc.npara, ARRAY_SIZE(paras));
	assert_int_equal(txt.npara, ARRAY_SIZE(paras));
	assert_clauses_as_in_text(&doc, &txt, clauses, contents);
	document_release(&doc);
	document_release(&txt);
}

/*
 * Annexes listed under "Schedules" right after a contents page read as in
 * text: they and the heading are contents lines, and the recitals cite no
 * annex.  The same heading over the real annexes opens them.
 */
static void test_annexes_listed_under_a_heading_read_as_in_text(void **state)
{
	static const char *const paras[] = {
		"TABLE OF CONTENTS",
		"1. Definitions ..... 3",
		"2. Fees ..... 4",
		"Schedules",
		"Annex 1: Form of Order",
		"Annex 2: Service Levels",
		"WHEREAS, the Parties wish to agree.",
		"1. Definitions",
		"1.1 Words have the meanings given.",
		"SCHEDULES",
		"Annex 1: Form of Order",
	};
	static const char *const clauses[] = {
		NULL, NULL, NULL, NULL, NULL, NULL, NULL, "1", "1.1", NULL, "Annex 1",
	};
	static const int contents[] = { 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0 };
	struct document doc, txt;

	(void)state;
	load_as_docx_and_text(paras, ARRAY_SIZE(paras), &doc, &txt);
	assert_int_equal(doc.npara, ARRAY_SIZE(paras));
	assert_int_equal(txt.npara, ARRAY_SIZE(paras));
	assert_clauses_as_in_text(&doc, &txt, clauses, contents);
	document_release(&doc);
	document_release(&txt);
}

/* "Приложение № 1": Annex No. 1. */
#define ANNEX_RU_1 \
	"\xD0\x9F\xD1\x80\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5 \xE2\x84\x96 1"

/*
 * Annexes a contents page lists without a page read as in text: under its
 * heading and a column header, or with a title right after one of its
 * lines, they are contents lines; the real schedule keeps its label.
 */
static void test_annex_listed_without_a_page_read_as_in_text(void **state)
{
	static const char *const paras[] = {
		"CONTENT",
		"Clause                          Page",
		"Schedule 1 - Contents",
		"(1) ALPHA LIMITED; and",
		"TABLE OF CONTENTS",
		"1. Definitions ..... 3",
		"EXHIBIT A - DUTIES OF OPERATOR",
		"1. Definitions",
		"SCHEDULE 1 - CONTENT",
	};
	static const int contents[] = { 0, 1, 1, 0, 0, 1, 1, 0, 0 };
	struct document doc, txt;
	size_t i;

	(void)state;
	load_as_docx_and_text(paras, ARRAY_SIZE(paras), &doc, &txt);
	for (i = 0; i < doc.npara; i++) {
		const struct paragraph *p = &doc.paras[i], *q = &txt.paras[i];

		assert_int_equal(p->contents, contents[i]);
		assert_int_equal(q->contents, contents[i]);
		if (q->label) {
			assert_non_null(p->label);
			assert_string_equal(p->label, q->label);
		} else {
			assert_null(p->label);
		}
	}
	assert_string_equal(doc.paras[3].clause, "(1)");
	assert_string_equal(doc.paras[8].label, "SCHEDULE 1");
	document_release(&txt);
	document_release(&doc);
}

/*
 * Page furniture run on after a contents line's page ("14    i"), a
 * redacted title ("[* * *]") and a line the block misses (longer
 * furniture run on) read as in text: the first two are contents lines,
 * the third is closed by the contents lines after it, and the recitals
 * after the page cite no clause.
 */
static void test_contents_closes_what_it_opened(void **state)
{
	static const char *const paras[] = {
		"TABLE OF CONTENTS",
		"Section 1.1   Definitions     1",
		"Section 5.3   Reserved    14    i",
		"Section 5.4   Licences    14",
		"Section 5.5   [* * *]    15",
		"Section 5.6   Taxes   16 CONFIDENTIAL Page 3 of 49",
		"ARTICLE VI No Warranties ...... 18",
		"Section 6.1 Reserved ...... 18",
		"RECITALS",
		"WHEREAS, the Parties wish to agree.",
		"Section 1.1 Definitions. Words have the meanings given.",
	};
	static const char *const clauses[] = {
		NULL, NULL, NULL, NULL, NULL, "5.6", NULL, NULL, NULL, NULL, "1.1",
	};
	struct document doc, txt;
	size_t i;

	(void)state;
	load_as_docx_and_text(paras, ARRAY_SIZE(paras), &doc, &txt);
	assert_int_equal(doc.npara, ARRAY_SIZE(paras));
	for (i = 0; i < doc.npara; i++) {
		const struct paragraph *p = &doc.paras[i], *q = &txt.paras[i];

		if (clauses[i]) {
			assert_string_equal(p->clause, clauses[i]);
			assert_string_equal(q->clause, clauses[i]);
		} else {
			assert_null(p->clause);
			assert_null(q->clause);
		}
		if (q->label)
			assert_string_equal(p->label, q->label);
		else
			assert_null(p->label);
		assert_int_equal(p->contents, q->contents);
	}
	assert_null(doc.paras[2].label);
	assert_true(doc.paras[4].contents);
	document_release(&doc);
	document_release(&txt);
}

/*
 * An annex heading typed after a heading style closes the heading too:
 * "Приложение № 1" after the contract's "9. Annexes" (a typed label in a
 * heading style, whose clauses nest below it) is no part of clause 9, and
 * its own clauses nest in it.
 */
static void test_annex_closes_a_heading_style(void **state)
{
	static const struct want_para want[] = {
		{ "9.", "9", 1, -1 },
		{ "9.1.", "9.1", 3, 0 },
		{ ANNEX_RU_1, ANNEX_RU_1, 0, -1 },
		{ NULL, ANNEX_RU_1, -1, 2 },
		{ "1.1.", ANNEX_RU_1 ", 1.1", 1, 2 },
	};
	struct document doc;
	struct docx d = { .styles =
		"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
		"<w:style w:type=\"paragraph\" w:styleId=\"Titre2\"><w:name w:val=\"heading 2\"/>"
		"<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>", .body =
		STYLED("Titre2", "9. Annexes")
		P("9.1. The annexes form part of the Contract.")
		P(ANNEX_RU_1)
		P("Technical specification")
		P("1.1. The Contractor shall deliver the works.") };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_outline(&doc, want, ARRAY_SIZE(want));
	document_release(&doc);
}

/*
 * Labels typed in table cells.  A clause drafted in a cell ("1.2 The
 * Provider shall ...", "(a) except ...;") is read as one and nests as in
 * the body; the rows of a service-level table ("1. Availability", a lone
 * "2." with its figures) and a figure after "1.3" are not clauses, and a
 * cell without a label cites the clause before it as before.
 */
static void test_typed_labels_in_table_cells(void **state)
{
	static const struct want_para want[] = {
		{ "1.", "1", 0, -1 },
		{ "1.1", "1.1", 1, 0 },
		{ "1.2", "1.2", 1, 0 },
		{ "(a)", "1.2(a)", 2, 2 },
		{ NULL, "1.2(a)", -1, 3 },
		{ NULL, "1.2(a)", -1, 3 },
		{ NULL, "1.2(a)", -1, 3 },
		{ NULL, "1.2(a)", -1, 3 },
		{ "2.", "2", 0, -1 },
	};
	struct document doc;
	struct docx d = { .body =
		P("1. Services")
		"<w:tbl><w:tr><w:tc>" P("1.1 The Customer shall pay the Fees monthly in advance.")
		"</w:tc></w:tr><w:tr><w:tc>"
		P("1.2 The Provider shall not use Customer Data to train any model:")
		P("(a) except with the Customer's prior written consent.")
		"</w:tc></w:tr></w:tbl>"
		"<w:tbl><w:tr><w:tc>" P("1. Availability") "</w:tc><w:tc>" P("99.9%")
		"</w:tc></w:tr><w:tr><w:tc>" P("2. Response to a Severity 1 incident within four hours.")
		"</w:tc><w:tc>" P("1.3 12.5% of 120,000 EUR.") "</w:tc></w:tr></w:tbl>"
		P("2. Term") };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_outline(&doc, want, ARRAY_SIZE(want));
	assert_int_equal(doc.paras[1].kind, PARA_TABLE_CELL);
	assert_string_equal(para_body(&doc, 2), "The Provider shall not use Customer Data to train any model:");
	document_release(&doc);
}

/*
 * A table in two columns, the label alone in one cell and the clause in
 * the next cell of the same row: the clause takes the label, and the label
 * cell stays unlabelled.  Not when the next cell is no clause ("1." |
 * "Availability"), when the label shares its cell ("1.3" over "Note"), nor
 * when the next cell is in another row.
 */
static void test_label_cell_beside_its_clause(void **state)
{
	static const struct want_para want[] = {
		{ "1.", "1", 0, -1 },
		{ NULL, "1", -1, 0 },
		{ "1.1", "1.1", 1, 0 },
		{ NULL, "1.1", -1, 2 },
		{ "1.2", "1.2", 1, 0 },
		{ "(a)", "1.2(a)", 2, 4 },
		{ NULL, "1.2(a)", -1, 5 },
		{ NULL, "1.2(a)", -1, 5 },
		{ NULL, "1.2(a)", -1, 5 },
		{ NULL, "1.2(a)", -1, 5 },
		{ NULL, "1.2(a)", -1, 5 },
		{ NULL, "1.2(a)", -1, 5 },
		{ NULL, "1.2(a)", -1, 5 },
		{ NULL, "1.2(a)", -1, 5 },
		{ "2.", "2", 0, -1 },
	};
	struct document doc;
	struct docx d = { .body =
		P("1. Services")
		"<w:tbl><w:tr><w:tc>" P("1.1") "</w:tc><w:tc>"
		P("The Customer shall pay the Fees monthly in advance.")
		"</w:tc></w:tr><w:tr><w:tc>" P(" 1.2 ") "</w:tc><w:tc>"
		P("The Provider shall not use Customer Data to train any model:")
		P("(a) except with the Customer's prior written consent.")
		"</w:tc></w:tr><w:tr><w:tc>" P("1.") "</w:tc><w:tc>" P("Availability")
		"</w:tc><w:tc>" P("99.9%") "</w:tc></w:tr>"
		"<w:tr><w:tc>" P("1.3") P("Note") "</w:tc><w:tc>"
		P("The Supplier shall keep records of the service levels.")
		"</w:tc></w:tr><w:tr><w:tc>" P("1.4") "</w:tc></w:tr><w:tr><w:tc>"
		P("The Supplier shall report the service levels monthly.")
		"</w:tc></w:tr></w:tbl>"
		P("2. Term") };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_outline(&doc, want, ARRAY_SIZE(want));
	assert_int_equal(doc.paras[2].kind, PARA_TABLE_CELL);
	assert_string_equal(para_text(&doc, 1), "1.1");
	assert_string_equal(para_body(&doc, 2), "The Customer shall pay the Fees monthly in advance.");
	document_release(&doc);
}

/*
 * A row of a label cell and its clause right under a typed heading line
 * ("§ 13 Liability" over "1." | "The total liability ...") is the heading's
 * paragraph 13(1), as a typed "1." paragraph under it is, not a clause 1
 * of its own.
 */
static void test_label_cell_under_a_typed_heading(void **state)
{
	static const struct want_para want[] = {
		{ "\xC2\xA7 13", "13", 0, -1 },
		{ NULL, "13", -1, 0 },
		{ "1.", "13(1)", 1, 0 },
		{ NULL, "13(1)", -1, 2 },
		{ "2.", "13(2)", 1, 0 },
		{ "\xC2\xA7 14", "14", 0, -1 },
		{ "1.", "14(1)", 1, 5 },
	};
	struct document doc;
	struct docx d = { .body =
		P("\xC2\xA7 13 Liability")
		"<w:tbl><w:tr><w:tc>" P("1.") "</w:tc><w:tc>"
		P("The total liability of the Contractor shall not exceed the fees paid.")
		"</w:tc></w:tr><w:tr><w:tc>" P("2.") "</w:tc><w:tc>"
		P("Nothing limits the liability of either party for fraud.")
		"</w:tc></w:tr></w:tbl>"
		P("\xC2\xA7 14 Term")
		P("1. This Agreement runs for two years.") };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_outline(&doc, want, ARRAY_SIZE(want));
	assert_int_equal(doc.paras[2].nest, NEST_ITEM);
	document_release(&doc);
}

/* Word's heading styles, numbering nothing: the headings type their labels. */
static const char typed_heading_styles[] =
	"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
	"<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>";

/*
 * A Word heading typing a plain number ("2. Liability" in Heading 1) heads
 * the paragraphs typed "1.", "2." under it, 2(1), 2(2), as the same line
 * in a plain paragraph does, not clauses 1 and 2 of their own; a "1."
 * with a caption of its own under it opens a numbering of its own.  Under
 * a typed "§ 14 Term", paragraphs with captions of their own, run in or
 * on a line of their own with their text after it, are 14(1), 14(2)
 * (under the Word heading's level: typed clauses stand below it).
 */
static void test_paragraphs_under_a_word_heading(void **state)
{
	static const struct want_para want[] = {
		{ "2.", "2", 0, -1 },
		{ "1.", "2(1)", 1, 0 },
		{ "2.", "2(2)", 1, 0 },
		{ "\xC2\xA7 14", "14", 1, 0 },
		{ "1.", "14(1)", 2, 3 },
		{ "2.", "14(2)", 2, 3 },
		{ NULL, "14(2)", -1, 5 },
		{ "\xC2\xA7 15", "15", 1, 0 },
		{ "1.", "15(1)", 2, 7 },
	};
	static const struct want_para want_own[] = {
		{ "18.", "18", 0, -1 },
		{ "1.", "1", 1, 0 },
	};
	struct document doc;
	struct docx d = { .styles = typed_heading_styles, .body =
		STYLED("Heading1", "2. Liability")
		P("1. The total liability of the Contractor shall not exceed the fees paid.")
		P("2. The limit in paragraph 1 does not apply to wilful misconduct.")
		P("\xC2\xA7 14 Term")
		P("1. DURATION. This Agreement runs for two years.")
		P("2. Termination")
		P("Either party may terminate this Agreement for cause.")
		P("\xC2\xA7 15 Liability")
		P("1. LIABILITY CAP   The total liability shall not exceed the fees.") };
	struct docx own = { .styles = typed_heading_styles, .body =
		STYLED("Heading1", "18. Specific Terms for Soundtrack")
		P("1. Introduction. These terms apply to your use of Soundtrack.") };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_outline(&doc, want, ARRAY_SIZE(want));
	assert_int_equal(doc.paras[1].nest, NEST_ITEM);
	assert_int_equal(doc.paras[5].nest, NEST_ITEM);
	document_release(&doc);
	load_ok(&doc, &own, NULL);
	assert_outline(&doc, want_own, ARRAY_SIZE(want_own));
	document_release(&doc);
}

/*
 * The same with Word numbering the label cell itself and nothing typed in
 * it: the clause in the next cell takes Word's number, and "(a)" typed
 * under it nests in it; a row with no clause beside the number keeps it.
 */
static void test_numbered_label_cell_beside_its_clause(void **state)
{
	static const struct want_para want[] = {
		{ NULL, NULL, -1, -1 },
		{ "1.", "1", 0, -1 },
		{ "(a)", "1(a)", 1, 1 },
		{ NULL, "1(a)", -1, 2 },
		{ "2.", "2", 0, -1 },
		{ "3.", "3", 0, -1 },
		{ NULL, "3", -1, 5 },
		{ NULL, "3", -1, 5 },
	};
	struct document doc;
	struct docx d = { .numbering = parties_numbering, .body =
		"<w:tbl><w:tr><w:tc>" NUMP(2, 0, "") "</w:tc><w:tc>"
		P("The Customer shall pay the Fees monthly in advance:")
		P("(a) The Customer shall pay by bank transfer.")
		"</w:tc></w:tr><w:tr><w:tc>" NUMP(2, 0, "") "</w:tc><w:tc>"
		P("The Provider shall not use Customer Data to train any model.")
		"</w:tc></w:tr><w:tr><w:tc>" NUMP(2, 0, "") "</w:tc><w:tc>"
		P("Availability") "</w:tc><w:tc>" P("99.9%") "</w:tc></w:tr></w:tbl>" };

	(void)state;
	load_ok(&doc, &d, NULL);
	/* The cell Word numbers keeps its text, and no label. */
	assert_null(doc.paras[0].label);
	assert_string_equal(para_text(&doc, 0), "1.\t");
	assert_outline(&doc, want, ARRAY_SIZE(want));
	document_release(&doc);
}

/* ---- tracked changes ---- */

static const char tracked_body[] =
	"<w:p><w:r><w:t xml:space=\"preserve\">Vendor </w:t></w:r>"
	"<w:del w:id=\"1\" w:author=\"Counsel\"><w:r><w:delText xml:space=\"preserve\">may </w:delText></w:r></w:del>"
	"<w:ins w:id=\"2\" w:author=\"Counsel\"><w:r><w:t xml:space=\"preserve\">shall not </w:t></w:r></w:ins>"
	"<w:r><w:t>train on Customer Data.</w:t></w:r></w:p>"
	/* The mark of this paragraph is deleted: it merges with the next. */
	"<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"Counsel\"/></w:rPr></w:pPr>"
	"<w:r><w:t xml:space=\"preserve\">Merged </w:t></w:r></w:p>"
	"<w:p><w:r><w:t>here.</w:t></w:r></w:p>"
	"<w:p><w:moveFrom w:id=\"4\" w:author=\"Counsel\"><w:r><w:t>Moved clause.</w:t></w:r></w:moveFrom></w:p>"
	"<w:p><w:r><w:t>Stays.</w:t></w:r></w:p>"
	"<w:p><w:pPr><w:rPr><w:ins w:id=\"5\" w:author=\"Counsel\"/></w:rPr></w:pPr>"
	"<w:moveTo w:id=\"6\" w:author=\"Counsel\"><w:r><w:t>Moved clause.</w:t></w:r></w:moveTo></w:p>"
	"<w:tbl><w:tr><w:trPr><w:del w:id=\"7\" w:author=\"Counsel\"/></w:trPr><w:tc>"
	"<w:p><w:del w:id=\"8\" w:author=\"Counsel\"><w:r><w:delText>Deleted row.</w:delText></w:r></w:del></w:p>"
	"</w:tc></w:tr></w:tbl>";

static void test_track_changes_accept(void **state)
{
	struct document doc;
	struct docx d = { .body = tracked_body };
	size_t i, shall;

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_string_equal(doc.text.ptr,
			    "Vendor shall not train on Customer Data.\nMerged here.\nStays.\nMoved clause.");
	assert_null(strstr(doc.text.ptr, "may"));
	assert_null(strstr(doc.text.ptr, "Deleted row"));
	/* Kept insertions are still marked, for the report. */
	shall = (size_t)(strstr(doc.text.ptr, "shall not") - doc.text.ptr);
	assert_int_equal(document_tracked_in(&doc, shall, shall + 9), TRACK_INSERTED);
	assert_int_equal(document_tracked_in(&doc, 0, 6), 0);
	assert_int_equal(doc.paras[0].tracked, TRACK_INSERTED);
	assert_int_equal(doc.paras[1].tracked, 0);
	i = find_para(&doc, "Moved clause.");
	assert_int_equal(doc.paras[i].tracked & (TRACK_INSERTED | TRACK_MOVED),
			 TRACK_INSERTED | TRACK_MOVED);
	assert_int_equal(document_tracked_in(&doc, doc.paras[i].start, doc.paras[i].end),
			 TRACK_INSERTED | TRACK_MOVED);
	assert_string_equal(doc.tracked[0].author, "Counsel");
	document_release(&doc);
}

static void test_track_changes_reject(void **state)
{
	struct document doc;
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct docx d = { .body = tracked_body };

	(void)state;
	opt.track = TRACK_MODE_REJECT;
	load_ok(&doc, &d, &opt);
	assert_string_equal(doc.text.ptr,
			    "Vendor may train on Customer Data.\nMerged \nhere.\nMoved clause.\n"
			    "Stays.\nDeleted row.");
	assert_int_equal(doc.ntracked, 0);
	document_release(&doc);
}

static void test_track_changes_all(void **state)
{
	struct document doc;
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct docx d = { .body = tracked_body };
	size_t may, shall, moved;

	(void)state;
	opt.track = TRACK_MODE_ALL;
	load_ok(&doc, &d, &opt);
	assert_string_equal(doc.text.ptr,
			    "Vendor may shall not train on Customer Data.\nMerged \nhere.\n"
			    "Moved clause.\nStays.\nMoved clause.\nDeleted row.");
	may = (size_t)(strstr(doc.text.ptr, "may") - doc.text.ptr);
	shall = (size_t)(strstr(doc.text.ptr, "shall") - doc.text.ptr);
	assert_int_equal(document_tracked_in(&doc, may, may + 3), TRACK_DELETED);
	assert_int_equal(document_tracked_in(&doc, shall, shall + 5), TRACK_INSERTED);
	assert_int_equal(doc.paras[0].tracked, TRACK_INSERTED | TRACK_DELETED);
	assert_int_equal(doc.paras[1].tracked, TRACK_DELETED);
	moved = find_para(&doc, "Moved clause.");
	assert_int_equal(doc.paras[moved].tracked, TRACK_DELETED | TRACK_MOVED);
	document_release(&doc);
}

static void test_reject_reads_old_paragraph_properties(void **state)
{
	struct document doc;
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct docx d = { .styles = heading_styles, .numbering = heading_numbering, .body =
		"<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/>"
		"<w:pPrChange w:id=\"1\" w:author=\"A\"><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr></w:pPrChange>"
		"</w:pPr><w:r><w:t>Was plain.</w:t></w:r></w:p>" };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_string_equal(doc.paras[0].label, "1.");
	document_release(&doc);
	opt.track = TRACK_MODE_REJECT;
	load_ok(&doc, &d, &opt);
	assert_null(doc.paras[0].label);
	document_release(&doc);
}

/* ---- notes, comments, headers ---- */

static void test_footnotes_endnotes_headers_order(void **state)
{
	struct document doc;
	struct docx d = {
		.body =
		"<w:p><w:r><w:t>Liability is capped.</w:t></w:r>"
		"<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"5\"/></w:r>"
		"<w:r><w:t xml:space=\"preserve\"> See annex</w:t></w:r><w:r><w:endnoteReference w:id=\"2\"/></w:r>"
		"<w:r><w:t>.</w:t></w:r></w:p>"
		"<w:p><w:r><w:t>Second</w:t></w:r><w:r><w:footnoteReference w:id=\"3\"/></w:r></w:p>"
		"<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/>"
		"<w:footerReference w:type=\"default\" r:id=\"rIdF\"/>"
		"<w:headerReference w:type=\"first\" r:id=\"rIdMissing\"/></w:sectPr>",
		.footnotes =
		"<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
		"<w:footnote w:id=\"3\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Third note.</w:t></w:r></w:p></w:footnote>"
		"<w:footnote w:id=\"4\"><w:p><w:r><w:t>Never referenced.</w:t></w:r></w:p></w:footnote>"
		"<w:footnote w:id=\"5\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Except fraud.</w:t></w:r></w:p></w:footnote>",
		.endnotes = "<w:endnote w:id=\"2\"><w:p><w:r><w:t>Annex A.</w:t></w:r></w:p></w:endnote>",
		.header = P("Draft header"),
		.footer = P("Page footer") };
	size_t i;

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_string_equal(para_text(&doc, 0), "Liability is capped.[1] See annex[i].");
	assert_string_equal(para_text(&doc, 1), "Second[2]");
	/* Body, then footnotes, endnotes, headers, footers. */
	i = find_para(&doc, "Third note.");
	assert_int_equal(doc.paras[i].kind, PARA_FOOTNOTE);
	assert_string_equal(doc.paras[i].note_id, "2");
	assert_string_equal(para_text(&doc, i), "Third note.");
	i = find_para(&doc, "Except fraud.");
	assert_string_equal(doc.paras[i].note_id, "1");
	assert_int_equal(i, 3);
	assert_int_equal(doc.paras[4].kind, PARA_ENDNOTE);
	assert_string_equal(doc.paras[4].note_id, "i");
	assert_int_equal(doc.paras[5].kind, PARA_HEADER);
	assert_int_equal(doc.paras[6].kind, PARA_FOOTER);
	assert_int_equal(doc.npara, 7);
	assert_null(strstr(doc.text.ptr, "Never referenced"));
	assert_null(doc.paras[0].note_id);
	assert_true(has_warning(&doc, "rIdMissing"));
	document_release(&doc);
}

/*
 * A note referred to twice is read once, under its first reference's mark;
 * notes are found whatever order the references came in.
 */
static void test_notes_found_by_id_in_any_order(void **state)
{
	struct document doc;
	struct docx d = {
		.body =
		"<w:p><w:r><w:t>A</w:t></w:r><w:r><w:footnoteReference w:id=\"9\"/></w:r>"
		"<w:r><w:t>B</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r>"
		"<w:r><w:t>C</w:t></w:r><w:r><w:footnoteReference w:id=\"9\"/></w:r>"
		"<w:r><w:t>D</w:t></w:r><w:r><w:footnoteReference w:id=\"77\"/></w:r></w:p>",
		.footnotes =
		"<w:footnote w:id=\"2\"><w:p><w:r><w:t>Two.</w:t></w:r></w:p></w:footnote>"
		"<w:footnote w:id=\"5\"><w:p><w:r><w:t>Five.</w:t></w:r></w:p></w:footnote>"
		"<w:footnote w:id=\"9\"><w:p><w:r><w:t>Nine.</w:t></w:r></w:p></w:footnote>" };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_string_equal(para_text(&doc, 0), "A[1]B[2]C[3]D[4]");
	assert_int_equal(doc.npara, 3);
	assert_string_equal(para_text(&doc, 1), "Two.");
	assert_string_equal(doc.paras[1].note_id, "2");
	assert_string_equal(para_text(&doc, 2), "Nine.");
	assert_string_equal(doc.paras[2].note_id, "1");
	document_release(&doc);
}

/*
 * 120,000 references to notes no part holds, and 120,000 notes none of
 * them refers to but the last: the body keeps every mark, only that one
 * note is read, and one warning counts the notes missing.  Each note was once looked up by a scan of every
 * reference (notes x references: 1.4e10 steps here); how the load time
 * grows with n is measured by make bench-scaling, not here.
 */
static void test_many_notes_none_referred_to(void **state)
{
	enum { N = 120000 };
	struct buf body = BUF_INIT, notes = BUF_INIT;
	struct document doc;
	struct docx d = { 0 };
	const char *text;
	size_t i;

	(void)state;
	buf_addstr(&body, "<w:p>");
	for (i = 0; i < N; i++) {
		buf_addf(&body, "<w:r><w:footnoteReference w:id=\"%zu\"/></w:r>", 100000 + i);
		buf_addf(&notes, "<w:footnote w:id=\"%zu\"><w:p/></w:footnote>", i);
	}
	buf_addstr(&body, "</w:p>");
	buf_addf(&notes, "<w:footnote w:id=\"%d\"><w:p><w:r><w:t>Last.</w:t></w:r></w:p>"
		 "</w:footnote>", 100000 + N - 1);
	d.body = body.ptr;
	d.footnotes = notes.ptr;
	load_ok(&doc, &d, NULL);
	assert_int_equal(doc.npara, 2);
	text = para_text(&doc, 0);
	assert_memory_equal(text, "[1][2][3]", 9);
	assert_string_equal(text + strlen(text) - 8, "[120000]");
	assert_string_equal(para_text(&doc, 1), "Last.");
	assert_string_equal(doc.paras[1].note_id, "120000");
	/*
	 * The notes referred to and never found (100000 .. 219998 but the
	 * empty ones up to 119999): one line, not 99,999.
	 */
	assert_int_equal(doc.nwarning, 1);
	assert_string_equal(doc.warnings[0], "99999 footnotes referred to in the text are"
			    " missing: the text shows their marks alone");
	document_release(&doc);
	buf_release(&body);
	buf_release(&notes);
}

/*
 * Every section names its own header and footer, each leading nowhere:
 * one warning per id, in the order of first mention, however many
 * sections repeat it, the first WARNINGS_OF_A_KIND of each kind
 * named and the rest counted in one line.  Ids were once compared each with every one before
 * it (8 s of CPU at this size); the growth is measured by make
 * bench-scaling.
 */
static void test_many_header_references_each_warned_once(void **state)
{
	enum { N = 60000 };
	struct buf body = BUF_INIT;
	struct document doc;
	struct docx d = { 0 };
	size_t i;

	(void)state;
	for (i = 0; i < N; i++)
		buf_addf(&body, "<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\""
			 " r:id=\"rIdH%zu\"/><w:headerReference w:type=\"first\" r:id=\"rIdH\"/>"
			 "<w:footerReference w:type=\"default\" r:id=\"rIdH%zu\"/></w:sectPr></w:pPr>"
			 "</w:p>", i % (N / 2), i);
	d.body = body.ptr;
	d.header = P("The header");
	load_ok(&doc, &d, NULL);
	/*
	 * Header ids rIdH0 .. rIdH29999 each once (rIdH is a part), then the
	 * footer ids rIdH0 .. rIdH59999.
	 */
	assert_int_equal(doc.nwarning, 2 * WARNINGS_OF_A_KIND + 2);
	assert_non_null(strstr(doc.warnings[0], "header reference 'rIdH0' "));
	assert_non_null(strstr(doc.warnings[1], "header reference 'rIdH1' "));
	assert_non_null(strstr(doc.warnings[WARNINGS_OF_A_KIND - 1], "header reference 'rIdH4' "));
	assert_non_null(strstr(doc.warnings[WARNINGS_OF_A_KIND], "footer reference 'rIdH0' "));
	assert_non_null(strstr(doc.warnings[2 * WARNINGS_OF_A_KIND - 1],
			       "footer reference 'rIdH4' "));
	assert_string_equal(doc.warnings[2 * WARNINGS_OF_A_KIND],
			    "... and 29995 more header references that lead nowhere");
	assert_string_equal(doc.warnings[2 * WARNINGS_OF_A_KIND + 1],
			    "... and 59995 more footer references that lead nowhere");
	i = find_para(&doc, "The header");
	assert_int_equal(doc.paras[i].kind, PARA_HEADER);
	assert_int_equal(doc.npara, i + 1);
	document_release(&doc);
	buf_release(&body);
}

/*
 * Sections that name one header part under several ids read it once,
 * whatever the case of its name (the package finds parts case aside).
 */
static void test_header_part_named_twice_read_once(void **state)
{
	struct document doc;
	struct docx d = {
		.body = P("Body.")
		"<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/>"
		"</w:sectPr></w:pPr></w:p>"
		"<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"even\" r:id=\"rIdH3\"/>"
		"</w:sectPr></w:pPr></w:p>"
		"<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH2\"/>"
		"<w:headerReference w:type=\"first\" r:id=\"rIdH\"/></w:sectPr>",
		.header = P("The header") };
	struct built b;
	struct buf err = BUF_INIT;

	(void)state;
	build(&b, &d);
	/* The third part is the main part's relationships. */
	buf_reset(&b.bufs[2]);
	buf_addstr(&b.bufs[2], "<Relationships xmlns=\"" REL_NS "\">"
		   "<Relationship Id=\"rIdH\" Type=\"" REL_TYPE "header\" Target=\"header1.xml\"/>"
		   "<Relationship Id=\"rIdH2\" Type=\"" REL_TYPE "header\" Target=\"/word/header1.xml\"/>"
		   "<Relationship Id=\"rIdH3\" Type=\"" REL_TYPE "header\" Target=\"HEADER1.xml\"/>"
		   "</Relationships>");
	b.parts[2].data = b.bufs[2].ptr;
	b.parts[2].len = b.bufs[2].len;
	if (load_parts(&doc, b.parts, b.n, NULL, &err))
		fail_msg("load failed: %s", err.ptr);
	assert_int_equal(doc.npara, 2);
	assert_string_equal(para_text(&doc, 1), "The header");
	assert_int_equal(doc.paras[1].kind, PARA_HEADER);
	assert_int_equal(doc.nwarning, 0);
	document_release(&doc);
	built_release(&b);
	buf_release(&err);
}

/* A field begun and never ended hides what follows, with a warning. */
static void test_unended_field_warns(void **state)
{
	struct document doc;
	struct docx d = {
		.body = P("Shown.")
		"<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
		"<w:r><w:instrText> REF x </w:instrText></w:r></w:p>" P("Hidden clause.") };
	struct docx ok = {
		.body = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
		"<w:r><w:instrText> PAGE </w:instrText></w:r>"
		"<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r></w:p>" };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_null(strstr(doc.text.ptr, "Hidden clause"));
	assert_true(has_warning(&doc, "never ends"));
	document_release(&doc);
	/* A result never ended is shown: nothing is hidden, nothing to say. */
	load_ok(&doc, &ok, NULL);
	assert_non_null(strstr(doc.text.ptr, "3"));
	assert_false(has_warning(&doc, "never ends"));
	document_release(&doc);
}

static void test_comments_anchor_to_paragraphs(void **state)
{
	struct document doc;
	struct docx d = {
		.body =
		P("Intro.")
		"<w:p><w:commentRangeStart w:id=\"7\"/><w:r><w:t>Vendor owns the model.</w:t></w:r>"
		"<w:commentRangeEnd w:id=\"7\"/><w:r><w:commentReference w:id=\"7\"/></w:r></w:p>"
		"<w:commentRangeStart w:id=\"8\"/><w:p/>"
		"<w:p><w:r><w:t>Escrow.</w:t></w:r><w:r><w:commentReference w:id=\"8\"/></w:r></w:p>",
		.comments =
		"<w:comment w:id=\"7\" w:author=\"Counsel\"><w:p><w:r><w:annotationRef/></w:r>"
		"<w:r><w:t>Push back:</w:t></w:r></w:p><w:p><w:r><w:t>we need the weights.</w:t></w:r></w:p></w:comment>"
		"<w:comment w:id=\"8\" w:author=\"Buyer\"><w:p><w:r><w:t>OK</w:t></w:r></w:p></w:comment>"
		"<w:comment w:id=\"9\"><w:p><w:r><w:t>Orphan</w:t></w:r></w:p></w:comment>" };

	(void)state;
	load_ok(&doc, &d, NULL);
	assert_int_equal(doc.npara, 3);
	assert_null(strstr(doc.text.ptr, "Push back"));
	assert_int_equal(doc.ncomment, 2);
	assert_int_equal(doc.comments[0].para, 1);
	assert_string_equal(doc.comments[0].author, "Counsel");
	assert_string_equal(doc.comments[0].text, "Push back:\nwe need the weights.");
	/* A range starting between paragraphs belongs to the next one shown. */
	assert_int_equal(doc.comments[1].para, 2);
	assert_true(has_warning(&doc, "1 comment could not be anchored"));
	document_release(&doc);
}

/* ---- hostile input ---- */

static void test_not_a_zip_and_no_main_part(void **state)
{
	struct document doc;
	struct buf err = BUF_INIT;
	static const struct part plain[] = { { "notes.txt", "just a zip", 0, 0 } };
	static const struct part xlsx[] = {
		{ "[Content_Types].xml", "<Types xmlns=\"" CT_NS "\"><Override PartName=\"/xl/workbook.xml\" "
		  "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>", 0, 0 },
		{ "_rels/.rels", "<Relationships xmlns=\"" REL_NS "\"><Relationship Id=\"r\" Type=\""
		  REL_TYPE "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>", 0, 0 },
		{ "xl/workbook.xml", "<workbook/>", 0, 0 },
	};
	static const struct part odt[] = {
		{ "mimetype", "application/vnd.oasis.opendocument.text", 0, 1 },
		{ "content.xml", "<office:document-content/>", 0, 0 },
	};
	static const struct part wrong_root[] = {
		{ "[Content_Types].xml", "<Types xmlns=\"" CT_NS "\"/>", 0, 0 },
		{ "word/document.xml", "<html><body>Not Word</body></html>", 0, 0 },
	};

	(void)state;
	document_init(&doc, "x");
	assert_int_equal(docx_load(&doc, (const unsigned char *)"hello", 5, &(struct load_options)LOAD_OPTIONS_INIT, &err), -1);
	assert_string_equal(err.ptr, "not a ZIP archive");
	document_release(&doc);

	assert_int_equal(load_parts(&doc, plain, ARRAY_SIZE(plain), NULL, &err), -1);
	assert_string_equal(err.ptr, "no main document part (a ZIP archive, but not a Word document)");
	assert_int_equal(load_parts(&doc, xlsx, ARRAY_SIZE(xlsx), NULL, &err), -1);
	assert_string_equal(err.ptr, "unsupported: Excel workbook, not a Word document");
	assert_int_equal(load_parts(&doc, odt, ARRAY_SIZE(odt), NULL, &err), -1);
	assert_string_equal(err.ptr, "unsupported: OpenDocument file (save as .docx)");
	assert_int_equal(load_parts(&doc, wrong_root, ARRAY_SIZE(wrong_root), NULL, &err), -1);
	assert_string_equal(err.ptr, "'word/document.xml' is not a WordprocessingML document");
	buf_release(&err);
}

static void test_truncated_and_corrupt_archives(void **state)
{
	struct document doc;
	struct buf err = BUF_INIT;
	struct built b;
	struct docx d = { .body = P("Some text that fills the archive a little.") };
	unsigned char *zip;
	size_t len, i;

	(void)state;
	build(&b, &d);
	zip = make_zip(b.parts, b.n, &len);
	/* Cut anywhere: never a crash, always one clear line. */
	for (i = 4; i < len; i += 97) {
		if (load_bytes(&doc, zip, i, NULL, &err) == 0) {
			document_release(&doc);
			continue;
		}
		assert_true(err.len > 0);
		assert_null(strchr(err.ptr, '\n'));
	}
	assert_int_equal(load_bytes(&doc, zip, len / 2, NULL, &err), -1);
	assert_string_equal(err.ptr, "corrupt or truncated ZIP archive (no central directory)");

	/* Flip bytes inside the compressed main part: a CRC or inflate error. */
	for (i = 0; i + 40 < len; i++)
		if (!memcmp(zip + i, "word/document.xml", 17) && zip[i - 30] == 'P')
			break;
	assert_true(i + 40 < len);
	zip[i + 17 + 20] ^= 0x55;
	zip[i + 17 + 21] ^= 0x55;
	assert_int_equal(load_bytes(&doc, zip, len, NULL, &err), -1);
	assert_non_null(strstr(err.ptr, "ZIP entry 'word/document.xml'"));
	free(zip);
	built_release(&b);
	buf_release(&err);
}

static void test_duplicate_entry_names(void **state)
{
	struct document doc;
	struct buf err = BUF_INIT;
	struct built b;
	struct docx d = { .body = P("The real text.") };
	struct part parts[13];
	unsigned char *zip, *p;
	size_t len, n = 0;

	(void)state;
	build(&b, &d);
	memcpy(parts, b.parts, b.n * sizeof(parts[0]));
	parts[b.n].name = "word/documenX.xml";
	parts[b.n].data = "<w:document xmlns:w=\"" W_NS "\"><w:body><w:p><w:r><w:t>Other text.</w:t>"
			  "</w:r></w:p></w:body></w:document>";
	parts[b.n].len = 0;
	parts[b.n].store = 0;
	zip = make_zip(parts, b.n + 1, &len);
	/* Rename the second entry, in its local header and in the directory. */
	for (p = zip; p + 17 <= zip + len; p++) {
		if (!memcmp(p, "word/documenX.xml", 17)) {
			p[12] = 't';
			n++;
		}
	}
	assert_int_equal(n, 2);
	assert_int_equal(load_bytes(&doc, zip, len, NULL, &err), -1);
	assert_string_equal(err.ptr, "corrupt ZIP archive (duplicate entry name 'word/document.xml')");
	free(zip);
	built_release(&b);
	buf_release(&err);
}

static void test_zip_bomb_and_size_limits(void **state)
{
	struct document doc;
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct buf err = BUF_INIT, body = BUF_INIT;
	struct docx d = { 0 };
	size_t i;

	(void)state;
	/* 4 MB of one repeated paragraph inflates from a few kilobytes. */
	for (i = 0; i < 4u << 20; i += 28)
		buf_addstr(&body, "<w:p><w:r><w:t>a</w:t></w:r></w:p>");
	d.body = body.ptr;
	assert_int_equal(load_docx(&doc, &d, NULL, &err), -1);
	assert_string_equal(err.ptr, "ZIP entry 'word/document.xml' expands more than 200 times (a zip bomb?)");

	opt.limits.max_ratio = 100000;
	opt.limits.max_part_size = 1u << 20;
	assert_int_equal(load_docx(&doc, &d, &opt, &err), -1);
	assert_string_equal(err.ptr, "ZIP entry 'word/document.xml' is larger than the 1048576-byte part limit");

	opt.limits.max_part_size = 64u << 20;
	opt.limits.max_total_uncompressed = 2u << 20;
	assert_int_equal(load_docx(&doc, &d, &opt, &err), -1);
	assert_string_equal(err.ptr, "ZIP entries expand to more than the 2097152-byte total limit");

	opt = (struct load_options)LOAD_OPTIONS_INIT;
	opt.limits.max_ratio = 100000;
	opt.limits.max_paragraphs = 1000;
	assert_int_equal(load_docx(&doc, &d, &opt, &err), -1);
	assert_string_equal(err.ptr, "more than 1000 paragraphs");

	opt.limits.max_paragraphs = 10000000;
	opt.limits.max_text_size = 10000;
	assert_int_equal(load_docx(&doc, &d, &opt, &err), -1);
	assert_string_equal(err.ptr, "extracted text is larger than the 10000-byte limit");
	buf_release(&body);
	buf_release(&err);
}

static void test_too_many_entries(void **state)
{
	struct document doc;
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct buf err = BUF_INIT;
	struct built b;
	struct docx d = { .body = P("Text.") };

	(void)state;
	build(&b, &d);
	opt.limits.max_entries = b.n - 1;
	assert_int_equal(load_parts(&doc, b.parts, b.n, &opt, &err), -1);
	assert_string_equal(err.ptr, "too many ZIP entries (4, the limit is 3)");
	opt.limits.max_entries = b.n;
	assert_int_equal(load_parts(&doc, b.parts, b.n, &opt, &err), 0);
	document_release(&doc);
	built_release(&b);
	buf_release(&err);
}

static void test_doctype_billion_laughs_and_xxe(void **state)
{
	static const struct part laughs[] = {
		{ "word/document.xml",
		  "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
		  "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
		  "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
		  "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
		  "<w:document xmlns:w=\"" W_NS "\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
		  "</w:body></w:document>", 0, 0 },
	};
	static const struct part xxe[] = {
		{ "word/document.xml",
		  "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
		  "<w:document xmlns:w=\"" W_NS "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>"
		  "</w:body></w:document>", 0, 0 },
	};
	/* The same in UTF-16, where no byte search for "<!DOCTYPE" can see it. */
	static const char utf16[] =
		"\xFF\xFE<\0!\0D\0O\0C\0T\0Y\0P\0E\0 \0d\0 \0[\0<\0!\0E\0N\0T\0I\0T\0Y\0 \0x\0 \0"
		"S\0Y\0S\0T\0E\0M\0 \0\"\0f\0i\0l\0e\0:\0/\0/\0/\0e\0t\0c\0/\0p\0a\0s\0s\0w\0d\0\"\0>\0]\0>\0"
		"<\0d\0/\0>\0";
	struct part wide[] = { { "word/document.xml", utf16, sizeof(utf16) - 1, 0 } };
	struct document doc;
	struct buf err = BUF_INIT;

	(void)state;
	assert_int_equal(load_parts(&doc, laughs, 1, NULL, &err), -1);
	assert_string_equal(err.ptr, "unsafe XML in 'word/document.xml': DOCTYPE declarations are refused");
	assert_int_equal(load_parts(&doc, xxe, 1, NULL, &err), -1);
	assert_string_equal(err.ptr, "unsafe XML in 'word/document.xml': DOCTYPE declarations are refused");
	assert_int_equal(load_parts(&doc, wide, 1, NULL, &err), -1);
	assert_string_equal(err.ptr, "unsafe XML in 'word/document.xml': DOCTYPE declarations are refused");
	buf_release(&err);
}

static void test_doctype_in_a_secondary_part_fails_too(void **state)
{
	struct docx d = { .body = P("Fine."),
		.styles = "</w:styles><!DOCTYPE x><w:styles>" };

	(void)state;
	/* Hostile input is refused whichever part carries it. */
	assert_non_null(strstr(load_fails(&d, NULL), "DOCTYPE"));
}

static void test_nesting_depth(void **state)
{
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct buf body = BUF_INIT;
	struct docx d = { 0 };
	struct document doc;
	int i;

	(void)state;
	for (i = 0; i < 40; i++)
		buf_addstr(&body, "<w:customXml w:element=\"x\">");
	buf_addstr(&body, P("Deep."));
	for (i = 0; i < 40; i++)
		buf_addstr(&body, "</w:customXml>");
	d.body = body.ptr;
	opt.limits.max_xml_depth = 30;
	assert_string_equal(load_fails(&d, &opt),
			    "XML in 'word/document.xml' is nested deeper than 30 elements");
	opt.limits.max_xml_depth = 50;
	load_ok(&doc, &d, &opt);
	assert_string_equal(doc.text.ptr, "Deep.");
	document_release(&doc);
	buf_release(&body);
}

static void test_invalid_utf8(void **state)
{
	struct document doc;
	struct docx bad_main = { .body = "<w:p><w:r><w:t>Caf\xE9 au lait</w:t></w:r></w:p>" };
	struct docx bad_note = {
		.body = "<w:p><w:r><w:t>Body text</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>",
		.footnotes = "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Fine note.</w:t></w:r></w:p></w:footnote>"
			     "<w:footnote w:id=\"2\"><w:p><w:r><w:t>Bad \xFF note.</w:t></w:r></w:p></w:footnote>" };

	(void)state;
	assert_string_equal(load_fails(&bad_main, NULL), "invalid UTF-8 in 'word/document.xml' (line 1)");
	/* Damage in a secondary part costs that part's rest, with a warning. */
	load_ok(&doc, &bad_note, NULL);
	assert_string_equal(para_text(&doc, 0), "Body text[1]");
	assert_string_equal(para_text(&doc, 1), "Fine note.");
	assert_true(has_warning(&doc, "invalid UTF-8 in 'word/footnotes.xml'"));
	document_release(&doc);
}

static void test_malformed_main_part(void **state)
{
	struct docx d = { .body = "<w:p><w:r><w:t>unclosed</w:r></w:p>" };
	const char *why;

	(void)state;
	why = load_fails(&d, NULL);
	assert_non_null(strstr(why, "not well-formed XML in 'word/document.xml' (line 1: "));
	assert_non_null(strstr(why, "mismatch"));
}

/* ---- the real contracts ---- */

static int read_fixture(const char *path, struct document *doc, const struct load_options *opt)
{
	struct buf err = BUF_INIT;
	FILE *f = fopen(path, "rb");
	int ret;

	if (!f) {
		print_message("skipped: %s is absent\n", path);
		return -1;
	}
	fclose(f);
	document_init(doc, path);
	ret = load_file(doc, path, opt, &err);
	if (ret)
		fail_msg("%s: %s", path, err.ptr);
	buf_release(&err);
	return 0;
}

static void test_common_paper_csa_with_ai(void **state)
{
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct document doc;
	size_t i;

	(void)state;
	if (read_fixture(FIXTURES "/contracts/common-paper-csa-with-ai.docx", &doc, &opt))
		skip();
	i = find_para(&doc, "Machine Learning. Usage Data");
	assert_string_equal(doc.paras[i].label, "1.6");
	assert_string_equal(doc.paras[i].clause, "1.6");
	assert_int_equal(doc.paras[i].level, 1);
	assert_int_equal(doc.paras[i].kind, PARA_HEADING);
	assert_true(strncmp(para_text(&doc, i), "1.6\tMachine Learning.", 21) == 0);
	i = find_para(&doc, "Feedback and Usage Data.  Customer may");
	assert_string_equal(doc.paras[i].label, "1.4");
	i = find_para(&doc, "Except as expressly permitted by this Agreement, Customer will not");
	assert_string_equal(doc.paras[i].label, "(a)");
	assert_string_equal(doc.paras[i].clause, "2.1(a)");
	i = find_para(&doc, "Definitions.");
	assert_string_equal(doc.paras[i].label, "13.");
	document_release(&doc);
}

static void test_business_associate_cross_references(void **state)
{
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct document doc;
	size_t i;

	(void)state;
	if (read_fixture(FIXTURES "/contracts/common-paper-business-associate-agreement.docx",
			 &doc, &opt))
		skip();
	/* The text cites "Section 4.1" for Breach Reporting: the numbers must agree. */
	i = find_para(&doc, "Breach Reporting.");
	assert_string_equal(doc.paras[i].label, "4.1");
	assert_non_null(strstr(para_text(&doc, find_para(&doc, "Unsuccessful Attempts.")),
			       "Section 4.1"));
	document_release(&doc);
}

static void test_docx4j_expected_labels(void **state)
{
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct document doc;

	(void)state;
	if (read_fixture(FIXTURES "/docx4j/listnumbering__article-section-isLgl.docx", &doc, &opt))
		skip();
	assert_string_equal(doc.paras[find_para(&doc, "Another section")].label, "Section 2.01");
	assert_string_equal(doc.paras[find_para(&doc, "Another article")].label, "Article II.");
	document_release(&doc);
}

/* How many of the document's warnings contain s. */
static size_t count_warnings(const struct document *doc, const char *s)
{
	size_t i, n = 0;

	for (i = 0; i < doc->nwarning; i++)
		n += strstr(doc->warnings[i], s) != NULL;
	return n;
}

/*
 * 20 sections whose header references lead nowhere: the first few are
 * named, the rest counted in one line (60,000 were 60,000 lines).
 */
static void test_repeated_warnings_capped(void **state)
{
	struct buf body = BUF_INIT;
	struct document doc;
	struct docx d = { 0 };
	int i;

	(void)state;
	buf_addstr(&body, P("1. The Provider shall host the Service."));
	for (i = 0; i < 20; i++)
		buf_addf(&body, "<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\""
			 " r:id=\"rZ%d\"/></w:sectPr></w:pPr></w:p>", i);
	d.body = body.ptr;
	load_ok(&doc, &d, NULL);
	assert_int_equal(count_warnings(&doc, "leads nowhere"), WARNINGS_OF_A_KIND);
	assert_true(has_warning(&doc, "... and 15 more header references that lead nowhere"));
	assert_int_equal(doc.nwarning, WARNINGS_OF_A_KIND + 1);
	document_release(&doc);
	buf_release(&body);
}

/*
 * Notes referred to in the body and absent from their part (or with no
 * part at all): one warning per kind with how many, not silence and not
 * one line each.  A note referred to twice counts once.
 */
static void test_missing_notes_counted(void **state)
{
	struct document doc;
	struct docx d = { 0 };

	(void)state;
	d.body = "<w:p><w:r><w:t>Clause one.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r>"
		 "<w:r><w:footnoteReference w:id=\"2\"/></w:r><w:r><w:footnoteReference w:id=\"3\"/>"
		 "</w:r><w:r><w:footnoteReference w:id=\"3\"/></w:r>"
		 "<w:r><w:endnoteReference w:id=\"7\"/></w:r></w:p>";
	d.footnotes = "<w:footnote w:id=\"2\">" P("The note that is there.") "</w:footnote>";
	load_ok(&doc, &d, NULL);
	find_para(&doc, "The note that is there.");
	assert_true(has_warning(&doc, "2 footnotes referred to in the text are missing: the text"
				" shows their marks alone"));
	assert_true(has_warning(&doc, "1 endnote referred to in the text is missing: the text"
				" shows its mark alone"));
	assert_int_equal(doc.nwarning, 2);
	document_release(&doc);
}

#define AC_TYPE REL_TYPE "aFChunk"

/*
 * A package's first four parts, for the altChunk tests: the content types
 * (`types` with the relationships' and the body's), the package's
 * relationships, the body's `rels` and the body, `main`.
 */
#define ALT_PACKAGE(types, rels, main) \
	{ "[Content_Types].xml", "<Types xmlns=\"" CT_NS "\">" \
	  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" \
	  types "<Override PartName=\"/word/document.xml\" ContentType=\"" MAIN_CT "\"/></Types>", \
	  0, 0 }, \
	{ "_rels/.rels", "<Relationships xmlns=\"" REL_NS "\"><Relationship Id=\"rId1\" Type=\"" \
	  REL_TYPE "officeDocument\" Target=\"word/document.xml\"/></Relationships>", 0, 0 }, \
	{ "word/_rels/document.xml.rels", rels, 0, 0 }, \
	{ "word/document.xml", main, 0, 0 }

/* Loads the parts, which must load, into doc: its paragraphs' texts must be want[0..n). */
static void load_parts_as(struct document *doc, const struct part *parts, size_t nparts,
			  const char *const *want, size_t n)
{
	struct buf err = BUF_INIT;
	size_t i;

	if (load_parts(doc, parts, nparts, NULL, &err))
		fail_msg("load failed: %s", err.ptr);
	buf_release(&err);
	assert_int_equal(doc->npara, n);
	for (i = 0; i < n; i++)
		assert_string_equal(para_text(doc, i), want[i]);
}

/*
 * w:altChunk: HTML and plain text parts are read as paragraphs where they
 * stand; an RTF part and a chunk whose part is missing are named in one
 * warning, a subdocument in another.  The HTML's title, script and style
 * are no text; its DOCTYPE and entities load nothing.
 */
static void test_alt_chunks(void **state)
{
	static const char html[] =
		"<!DOCTYPE html SYSTEM \"http://example.invalid/x.dtd\">"
		"<html><head><title>Not text</title><style>p { color: red }</style></head>"
		"<body><h1>3. Data</h1><p>The Provider shall not use Customer Data\n"
		"  to train &amp; improve any model.</p><script>var x = 1;</script>"
		"<ul><li>(a) first item</li><li>(b) second<br>line</li></ul>"
		"<table><tr><td>cell one</td><td>cell two</td></tr></table></body></html>";
	static const char text[] =
		"\xEF\xBB\xBF" "4. Either party may terminate on notice.\r\n\r\n"
		"   \n5. Governing law: England. \xFF\n";
	static const char rels[] =
		"<Relationships xmlns=\"" REL_NS "\">"
		"<Relationship Id=\"rA1\" Type=\"" AC_TYPE "\" Target=\"chunk1.htm\"/>"
		"<Relationship Id=\"rA2\" Type=\"" AC_TYPE "\" Target=\"chunk2.txt\"/>"
		"<Relationship Id=\"rA3\" Type=\"" AC_TYPE "\" Target=\"chunk3.rtf\"/>"
		"<Relationship Id=\"rA4\" Type=\"" AC_TYPE "\" Target=\"gone.htm\"/>"
		"<Relationship Id=\"rS\" Type=\"" REL_TYPE "subDocument\" Target=\"sub.docx\""
		" TargetMode=\"External\"/></Relationships>";
	static const char main[] =
		"<w:document" NS_ATTRS "><w:body>" P("1. Preamble.")
		"<w:altChunk r:id=\"rA1\"/><w:altChunk r:id=\"rA2\"/>"
		"<w:altChunk r:id=\"rA3\"/><w:altChunk r:id=\"rA4\"/><w:altChunk r:id=\"rA9\"/>"
		"<w:p><w:subDoc r:id=\"rS\"/></w:p>" P("6. End.") "</w:body></w:document>";
	const struct part parts[] = {
		ALT_PACKAGE(
			"<Default Extension=\"htm\" ContentType=\"text/html\"/>"
			"<Default Extension=\"txt\" ContentType=\"text/plain; charset=utf-8\"/>"
			"<Default Extension=\"rtf\" ContentType=\"application/rtf\"/>",
			rels, main),
		{ "word/chunk1.htm", html, 0, 0 },
		{ "word/chunk2.txt", text, 0, 0 },
		{ "word/chunk3.rtf", "{\\rtf1 The Provider may train on Customer Data.}", 0, 0 },
	};
	static const char *const want[] = {
		"1. Preamble.", "3. Data",
		"The Provider shall not use Customer Data to train & improve any model.",
		"(a) first item", "(b) second line", "cell one", "cell two",
		"4. Either party may terminate on notice.",
		"5. Governing law: England. \xEF\xBF\xBD", "6. End.",
	};
	struct document doc;

	(void)state;
	load_parts_as(&doc, parts, ARRAY_SIZE(parts), want, ARRAY_SIZE(want));
	assert_true(has_warning(&doc, "3 imported parts (w:altChunk) not read (1 application/rtf,"
				" 2 missing): their text is not reviewed"));
	assert_true(has_warning(&doc, "1 subdocument (w:subDoc) not read"));
	assert_null(strstr(doc.text.ptr, "Not text"));
	assert_null(strstr(doc.text.ptr, "var x"));
	assert_null(strstr(doc.text.ptr, "color"));
	assert_null(strstr(doc.text.ptr, "may train"));
	document_release(&doc);
}

/*
 * Text chunks in other charsets than UTF-8: UTF-16 LE by its BOM, UTF-16
 * BE by its content type's charset, windows-1252 by its charset (0x93 and
 * 0x94 are quotation marks, 0x80 the euro, 0x81 undefined: U+FFFD and a
 * warning); one in a charset iconv does not know is not read, with a
 * warning naming its part and the reason.
 */
static void test_alt_chunk_text_charsets(void **state)
{
	static const char utf16le[] = "\xFF\xFE" "1\0.\0 \0" "\xE9\0t\0\xE9\0\n\0" "\x3D\xD8\x00\xDE";
	static const char utf16be[] = "\0" "2\0.\0 \x20\xAC";
	static const char cp1252[] = "3. \x93quoted\x94 \x80" "5 \xE9t\xE9 \x81\r\n";
	static const char rels[] =
		"<Relationships xmlns=\"" REL_NS "\">"
		"<Relationship Id=\"rA1\" Type=\"" AC_TYPE "\" Target=\"le.txt\"/>"
		"<Relationship Id=\"rA2\" Type=\"" AC_TYPE "\" Target=\"be.txt\"/>"
		"<Relationship Id=\"rA3\" Type=\"" AC_TYPE "\" Target=\"w.txt\"/>"
		"<Relationship Id=\"rA4\" Type=\"" AC_TYPE "\" Target=\"k.txt\"/></Relationships>";
	static const char main[] =
		"<w:document" NS_ATTRS "><w:body><w:altChunk r:id=\"rA1\"/><w:altChunk r:id=\"rA2\"/>"
		"<w:altChunk r:id=\"rA3\"/><w:altChunk r:id=\"rA4\"/>" P("4. End.")
		"</w:body></w:document>";
	const struct part parts[] = {
		ALT_PACKAGE(
			"<Default Extension=\"txt\" ContentType=\"text/plain; charset=utf-8\"/>"
			"<Override PartName=\"/word/be.txt\" ContentType=\"text/plain;charset=UTF-16BE\"/>"
			"<Override PartName=\"/word/w.txt\" ContentType=\"text/plain; charset=&quot;windows-1252&quot;\"/>"
			"<Override PartName=\"/word/k.txt\" ContentType=\"text/plain; format=flowed; charset=x-no-such\"/>",
			rels, main),
		{ "word/le.txt", utf16le, sizeof(utf16le) - 1, 0 },
		{ "word/be.txt", utf16be, sizeof(utf16be) - 1, 0 },
		{ "word/w.txt", cp1252, 0, 0 },
		{ "word/k.txt", "5. \xF0\xD2\xC9\xD7\xC5\xD4", 0, 0 },
	};
	static const char *const want[] = {
		"1. \xC3\xA9t\xC3\xA9", "\xF0\x9F\x98\x80", "2. \xE2\x82\xAC",
		"3. \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC" "5 \xC3\xA9t\xC3\xA9 \xEF\xBF\xBD",
		"4. End.",
	};
	struct document doc;

	(void)state;
	load_parts_as(&doc, parts, ARRAY_SIZE(parts), want, ARRAY_SIZE(want));
	assert_true(has_warning(&doc, "imported part 'word/k.txt' (w:altChunk) not read: cannot"
				" convert from x-no-such: "));
	assert_true(has_warning(&doc, "imported part 'word/w.txt' (w:altChunk): 1 byte not in"
				" windows-1252 replaced with U+FFFD"));
	assert_int_equal(doc.nwarning, 2);
	document_release(&doc);
}


/* A body of two altChunks, of the parts word/a.txt and word/b.txt. */
#define TWO_CHUNKS_RELS \
	"<Relationships xmlns=\"" REL_NS "\">" \
	"<Relationship Id=\"rA1\" Type=\"" AC_TYPE "\" Target=\"a.txt\"/>" \
	"<Relationship Id=\"rA2\" Type=\"" AC_TYPE "\" Target=\"b.txt\"/></Relationships>"
#define TWO_CHUNKS_MAIN \
	"<w:document" NS_ATTRS "><w:body><w:altChunk r:id=\"rA1\"/><w:altChunk r:id=\"rA2\"/>" \
	"</w:body></w:document>"

/*
 * An empty charset ("text/plain; charset=") is no charset: the part is
 * read as UTF-8, the default, not in the locale's charset (what iconv
 * takes "" for), which would make each byte of "é" U+FFFD.
 */
static void test_alt_chunk_empty_charset(void **state)
{
	const struct part parts[] = {
		ALT_PACKAGE(
			"<Override PartName=\"/word/a.txt\" ContentType=\"text/plain; charset=\"/>"
			"<Override PartName=\"/word/b.txt\" ContentType=\"text/plain; charset=&quot;&quot;\"/>",
			TWO_CHUNKS_RELS, TWO_CHUNKS_MAIN),
		{ "word/a.txt", "1. Caf\xC3\xA9.", 0, 0 },
		{ "word/b.txt", "2. Na\xC3\xAFve.", 0, 0 },
	};
	static const char *const want[] = { "1. Caf\xC3\xA9.", "2. Na\xC3\xAFve." };
	struct document doc;

	(void)state;
	load_parts_as(&doc, parts, ARRAY_SIZE(parts), want, ARRAY_SIZE(want));
	assert_int_equal(doc.nwarning, 0);
	document_release(&doc);
}

/*
 * A content type's parameters are read as RFC 2045 writes them: a quoted
 * value holding "; charset=utf-16" is no charset parameter (a.txt is
 * windows-1252, as its own parameter says, not UTF-16), nor is an
 * attribute that only begins with "charset"; a charset name longer than
 * ALT_CHARSET_MAX is refused with a warning, not cut to a name that may
 * be another charset's (b.txt: "windows-1252" padded past 40 bytes).
 */
static void test_alt_chunk_charset_parameters(void **state)
{
	const struct part parts[] = {
		ALT_PACKAGE(
			"<Override PartName=\"/word/a.txt\" ContentType=\"text/plain;"
			" name=&quot;x;charset=utf-16\\&quot;;charset=utf-16&quot;; charsets=utf-16;"
			" charset=windows-1252\"/>"
			"<Override PartName=\"/word/b.txt\" ContentType=\"text/plain;"
			" charset=windows-1252-0123456789012345678901234567\"/>",
			TWO_CHUNKS_RELS, TWO_CHUNKS_MAIN),
		{ "word/a.txt", "1. Caf\xE9.", 0, 0 },
		{ "word/b.txt", "2. Na\xEFve.", 0, 0 },
	};
	static const char *const want[] = { "1. Caf\xC3\xA9." };
	struct document doc;

	(void)state;
	load_parts_as(&doc, parts, ARRAY_SIZE(parts), want, ARRAY_SIZE(want));
	assert_true(has_warning(&doc, "imported part 'word/b.txt' (w:altChunk) not read: its"
				" charset's name is longer than 40 bytes"));
	assert_int_equal(doc.nwarning, 1);
	document_release(&doc);
}

/*
 * A bad code unit of a charset named otherwise than "UTF-16..."
 * ("utf16le", "UTF-32LE") is passed over whole: the text after it is read
 * in step, not a byte on (which read "law" as CJK).
 */
static void test_alt_chunk_bad_unit_in_step(void **state)
{
	static const char u16[] = "2\0.\0 \0" "\x3D\xD8" " \0l\0a\0w\0.\0";
	static const char u32[] = "3\0\0\0.\0\0\0 \0\0\0" "\0\0\x11\0" " \0\0\0o\0\0\0k\0\0\0";
	const struct part parts[] = {
		ALT_PACKAGE(
			"<Override PartName=\"/word/a.txt\" ContentType=\"text/plain; charset=utf16le\"/>"
			"<Override PartName=\"/word/b.txt\" ContentType=\"text/plain; charset=UTF-32LE\"/>",
			TWO_CHUNKS_RELS, TWO_CHUNKS_MAIN),
		{ "word/a.txt", u16, sizeof(u16) - 1, 0 },
		{ "word/b.txt", u32, sizeof(u32) - 1, 0 },
	};
	static const char *const want[] = { "2. \xEF\xBF\xBD law.", "3. \xEF\xBF\xBD ok" };
	struct document doc;

	(void)state;
	load_parts_as(&doc, parts, ARRAY_SIZE(parts), want, ARRAY_SIZE(want));
	assert_true(has_warning(&doc, "imported part 'word/a.txt' (w:altChunk): 1 code unit not in"
				" utf16le replaced with U+FFFD"));
	assert_true(has_warning(&doc, "imported part 'word/b.txt' (w:altChunk): 1 code unit not in"
				" UTF-32LE replaced with U+FFFD"));
	document_release(&doc);
}

/*
 * A UTF-32 part with its byte order mark, LE or BE: read as UTF-32, not
 * (LE) as UTF-16LE, whose mark opens UTF-32LE's, which read a space
 * between each two letters.
 */
static void test_alt_chunk_utf32_mark(void **state)
{
	static const char le[] = "\xFF\xFE\0\0" "1\0\0\0.\0\0\0 \0\0\0o\0\0\0k\0\0\0";
	static const char be[] = "\0\0\xFE\xFF" "\0\0\0" "2\0\0\0.\0\0\0 \0\0\0" "\xE9";
	const struct part parts[] = {
		ALT_PACKAGE(
			"<Override PartName=\"/word/a.txt\" ContentType=\"text/plain; charset=utf-32\"/>"
			"<Override PartName=\"/word/b.txt\" ContentType=\"text/plain\"/>",
			TWO_CHUNKS_RELS, TWO_CHUNKS_MAIN),
		{ "word/a.txt", le, sizeof(le) - 1, 0 },
		{ "word/b.txt", be, sizeof(be) - 1, 0 },
	};
	static const char *const want[] = { "1. ok", "2. \xC3\xA9" };
	struct document doc;

	(void)state;
	load_parts_as(&doc, parts, ARRAY_SIZE(parts), want, ARRAY_SIZE(want));
	assert_int_equal(doc.nwarning, 0);
	document_release(&doc);
}

/*
 * Loads into doc a package whose body, `main`, imports one HTML part,
 * `html`, by r:id "rA1"; the test fails if it does not load.  The part is
 * stored, not deflated: a large one is then no zip bomb.
 */
static void load_with_html_chunk(struct document *doc, const char *main, const char *html)
{
	const struct part parts[] = {
		ALT_PACKAGE(
			"<Default Extension=\"htm\" ContentType=\"text/html\"/>",
			"<Relationships xmlns=\"" REL_NS "\">"
		  "<Relationship Id=\"rA1\" Type=\"" AC_TYPE "\" Target=\"chunk1.htm\"/>"
		  "</Relationships>", main),
		{ "word/chunk1.htm", html, 0, 1 },
	};
	struct buf err = BUF_INIT;

	if (load_parts(doc, parts, ARRAY_SIZE(parts), NULL, &err))
		fail_msg("load failed: %s", err.ptr);
	buf_release(&err);
}

/*
 * An altChunk in the innermost of MAX_PARA_NEST (8) nested paragraphs: its
 * paragraph is left out with the nesting warning, as a deeper paragraph
 * is; it was once written into the paragraph around it ("L7.Chunk one."),
 * which was then finished early and took "after chunk." from it.
 */
static void test_alt_chunk_nested_too_deep(void **state)
{
	static const char main[] =
		"<w:document" NS_ATTRS "><w:body>"
		"<w:p><w:r><w:t>L0.</w:t></w:r><w:p><w:r><w:t>L1.</w:t></w:r>"
		"<w:p><w:r><w:t>L2.</w:t></w:r><w:p><w:r><w:t>L3.</w:t></w:r>"
		"<w:p><w:r><w:t>L4.</w:t></w:r><w:p><w:r><w:t>L5.</w:t></w:r>"
		"<w:p><w:r><w:t>L6.</w:t></w:r><w:p><w:r><w:t>L7.</w:t></w:r>"
		"<w:altChunk r:id=\"rA1\"/><w:r><w:t> after chunk.</w:t></w:r>"
		"</w:p></w:p></w:p></w:p></w:p></w:p></w:p></w:p>" P("2. End.")
		"</w:body></w:document>";
	struct document doc;

	(void)state;
	load_with_html_chunk(&doc, main, "<p>Chunk one.</p>");
	assert_string_equal(para_text(&doc, find_para(&doc, "L7.")), "L7.after chunk.");
	assert_null(strstr(doc.text.ptr, "Chunk one."));
	assert_true(has_warning(&doc, "nested more than 8 deep were left out"));
	document_release(&doc);
}

/*
 * An HTML altChunk of 40,000 nested elements then 40,000 stray end tags:
 * libxml2 looked for each end tag through every open element (8 s here).
 * Past 256 open elements the part is not read further, in no time.
 */
static void test_alt_chunk_html_too_deep(void **state)
{
	static const char main[] =
		"<w:document" NS_ATTRS "><w:body>" P("1. Preamble.")
		"<w:altChunk r:id=\"rA1\"/>" P("2. End.") "</w:body></w:document>";
	struct document doc;
	struct buf html = BUF_INIT;
	int i;

	(void)state;
	buf_addstr(&html, "<p>Shallow text.</p>");
	for (i = 0; i < 40000; i++)
		buf_addstr(&html, "<div>");
	for (i = 0; i < 40000; i++)
		buf_addstr(&html, "</b>");
	buf_addstr(&html, "<p>Deep text.</p>");
	load_with_html_chunk(&doc, main, html.ptr);
	find_para(&doc, "Shallow text.");
	find_para(&doc, "2. End.");
	assert_null(strstr(doc.text.ptr, "Deep text."));
	assert_int_equal(count_warnings(&doc, "1 imported HTML part (w:altChunk) nested over 256"
					" elements deep: the text past that depth is not reviewed"), 1);
	document_release(&doc);
	buf_release(&html);
}

static void test_external_entity_fixture(void **state)
{
	static const char path[] = FIXTURES "/poi/ExternalEntityInText.docx";
	struct load_options opt = LOAD_OPTIONS_INIT;
	struct document doc;
	struct buf err = BUF_INIT;
	FILE *f = fopen(path, "rb");

	(void)state;
	if (!f) {
		print_message("skipped: %s is absent\n", path);
		skip();
	}
	fclose(f);
	document_init(&doc, path);
	assert_int_equal(load_file(&doc, path, &opt, &err), -1);
	assert_non_null(strstr(err.ptr, "DOCTYPE declarations are refused"));
	document_release(&doc);
	buf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paragraphs_and_text),
		cmocka_unit_test(test_tables_cell_by_cell),
		cmocka_unit_test(test_fields_show_their_result),
		cmocka_unit_test(test_hidden_text),
		cmocka_unit_test(test_hidden_mark_joins_run_in_heading),
		cmocka_unit_test(test_alternate_content_one_branch),
		cmocka_unit_test(test_content_controls_and_wrappers),
		cmocka_unit_test(test_strict_ooxml_and_other_main_part),
		cmocka_unit_test(test_template_content_type),
		cmocka_unit_test(test_clause_numbers_and_kinds),
		cmocka_unit_test(test_section_break_paragraph_takes_no_number),
		cmocka_unit_test(test_recitals_after_a_caption),
		cmocka_unit_test(test_typed_labels_read_as_in_text),
		cmocka_unit_test(test_order_form_after_the_terms_as_in_text),
		cmocka_unit_test(test_numbers_without_their_stop_read_as_in_text),
		cmocka_unit_test(test_sentence_case_heading_over_its_clause),
		cmocka_unit_test(test_paragraphs_numbered_under_a_heading_as_in_text),
		cmocka_unit_test(test_typed_labels_under_word_numbering),
		cmocka_unit_test(test_word_heading_closes_a_heading_style),
		cmocka_unit_test(test_word_items_in_a_typed_clause),
		cmocka_unit_test(test_contents_lines_are_no_clauses),
		cmocka_unit_test(test_typed_contents_read_as_in_text),
		cmocka_unit_test(test_contents_closes_what_it_opened),
		cmocka_unit_test(test_contents_flattened_read_as_in_text),
		cmocka_unit_test(test_contents_with_pages_glued_read_as_in_text),
		cmocka_unit_test(test_annexes_listed_under_a_heading_read_as_in_text),
		cmocka_unit_test(test_annex_closes_a_heading_style),
		cmocka_unit_test(test_typed_labels_in_table_cells),
		cmocka_unit_test(test_label_cell_beside_its_clause),
		cmocka_unit_test(test_label_cell_under_a_typed_heading),
		cmocka_unit_test(test_paragraphs_under_a_word_heading),
		cmocka_unit_test(test_numbered_label_cell_beside_its_clause),
		cmocka_unit_test(test_annex_listed_without_a_page_read_as_in_text),
		cmocka_unit_test(test_track_changes_accept),
		cmocka_unit_test(test_track_changes_reject),
		cmocka_unit_test(test_track_changes_all),
		cmocka_unit_test(test_reject_reads_old_paragraph_properties),
		cmocka_unit_test(test_footnotes_endnotes_headers_order),
		cmocka_unit_test(test_notes_found_by_id_in_any_order),
		cmocka_unit_test(test_many_notes_none_referred_to),
		cmocka_unit_test(test_many_header_references_each_warned_once),
		cmocka_unit_test(test_header_part_named_twice_read_once),
		cmocka_unit_test(test_unended_field_warns),
		cmocka_unit_test(test_comments_anchor_to_paragraphs),
		cmocka_unit_test(test_not_a_zip_and_no_main_part),
		cmocka_unit_test(test_truncated_and_corrupt_archives),
		cmocka_unit_test(test_duplicate_entry_names),
		cmocka_unit_test(test_zip_bomb_and_size_limits),
		cmocka_unit_test(test_too_many_entries),
		cmocka_unit_test(test_doctype_billion_laughs_and_xxe),
		cmocka_unit_test(test_doctype_in_a_secondary_part_fails_too),
		cmocka_unit_test(test_nesting_depth),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_malformed_main_part),
		cmocka_unit_test(test_common_paper_csa_with_ai),
		cmocka_unit_test(test_business_associate_cross_references),
		cmocka_unit_test(test_docx4j_expected_labels),
		cmocka_unit_test(test_external_entity_fixture),
		cmocka_unit_test(test_repeated_warnings_capped),
		cmocka_unit_test(test_alt_chunks),
		cmocka_unit_test(test_alt_chunk_text_charsets),
		cmocka_unit_test(test_alt_chunk_empty_charset),
		cmocka_unit_test(test_alt_chunk_charset_parameters),
		cmocka_unit_test(test_alt_chunk_bad_unit_in_step),
		cmocka_unit_test(test_alt_chunk_utf32_mark),
		cmocka_unit_test(test_alt_chunk_nested_too_deep),
		cmocka_unit_test(test_alt_chunk_html_too_deep),
		cmocka_unit_test(test_missing_notes_counted),
	};

	return cmocka_run_group_tests(tests, setup_group, NULL);
}

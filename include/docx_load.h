/*
 * docx_load: WordprocessingML packages into a document.
 *
 * Reads .docx, .docm, .dotx, .dotm and Strict OOXML from memory.  The main
 * part is found through _rels/.rels and [Content_Types].xml, elements are
 * matched by namespace URI.  Text is what Word shows: fields by their
 * result, one branch of mc:AlternateContent, no hidden text (unless asked),
 * tracked changes per load_options.track, clause labels computed from
 * numbering.xml and styles.xml and written into the text before each
 * paragraph.  The paragraphs Word does not number may have their labels
 * typed ("1.1 ...", "(a) ...", "Clause 3 ..."): those are read as the text
 * loader reads them (outline.h), with the same levels and parents, and the
 * text is left as it is.  Where Word numbers some paragraphs, those stand
 * in the same outline at their Word levels.  The lines of a typed table of
 * contents get no labels.  In a table cell a label counts only where a
 * clause is drafted in the cell ("1.2 The Provider shall ...", "(a) ...;"),
 * not on the numbered rows of a table of figures.  Footnotes, endnotes, headers
 * and footers follow the body as paragraphs of their own kinds; comments
 * go to doc->comments.
 *
 * Untrusted input: every limit in load_options.limits is enforced while
 * reading (sizes are counted, not trusted from the ZIP directory); a part
 * with a DOCTYPE is refused; libxml2 never touches the network.
 *
 * Returns 0, or -1 with a one-line reason in `err` (see load.h), e.g.
 * "not a ZIP archive", "no main document part", "unsupported: encrypted
 * document".  The document must be freshly initialised; on success
 * document_finish has been called.
 */
#ifndef AICLAUSE_DOCX_LOAD_H
#define AICLAUSE_DOCX_LOAD_H

#include "load.h"

int docx_load(struct document *doc, const unsigned char *data, size_t len,
		const struct load_options *opt, struct buf *err);

#endif

/*
 * text_load: plain-text contracts (also Markdown) into a document.
 *
 * Encoding: UTF-8 (a BOM is dropped); UTF-16 LE/BE with a BOM; otherwise, if
 * the bytes are not valid UTF-8, Windows-1252 (a superset of printable
 * Latin-1), converted with iconv.  CRLF and lone CR become LF.  NUL bytes or
 * other binary content fail with "binary file".
 *
 * Offsets: a UTF-8 file without BOM or CR is the document text byte for
 * byte.  Otherwise offsets are into the decoded text: 3 less than the
 * file's after a UTF-8 BOM, one less per CR before it, and anything in
 * another charset differs.  doc->encoding says which: "utf-8", "utf-8-bom",
 * "utf-16le", "utf-16be" or "windows-1252".  Ill-formed input is replaced
 * with U+FFFD and counted in one document warning; a file with more damage
 * than well-formed multi-byte UTF-8 is read as Windows-1252 instead.
 *
 * Paragraphs are runs of non-blank lines.  A line that begins a clause
 * ("1.", "1.1", "(a)", "Section 4.2", "ARTICLE IV", a Markdown "#" heading or
 * "-" item) starts a paragraph of its own even without a blank line before
 * it, and its number becomes the paragraph label.  So does a label right
 * after a full stop inside a line ("... Services. 1.2 Standard of ..."), the
 * way most EDGAR exhibits run a whole article together; such paragraphs
 * share a source line.
 *
 * Returns 0, or -1 with a one-line reason in `err` (see load.h).  The
 * document must be freshly initialised; on success document_finish has been
 * called.
 */
#ifndef AICLAUSE_TEXT_LOAD_H
#define AICLAUSE_TEXT_LOAD_H

#include "load.h"

int text_load(struct document *doc, const unsigned char *data, size_t len,
		const struct load_options *opt, struct buf *err);

#endif

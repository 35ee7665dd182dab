/*
 * load: from a path (or bytes) to a finished document.
 *
 * The type is told from the content, never from the extension: a ZIP with a
 * WordprocessingML main part is DOCX, an OLE2 compound file is refused as
 * legacy .doc or an encrypted package, a PDF is refused, anything else that
 * does not look binary is text.
 *
 * Failure: every function returns 0 on success and -1 on failure, with one
 * line in `err` (no "aiclause:" prefix, lower case, no final stop) that the
 * caller prints as "aiclause: cannot read '<path>': <err>".  `doc` must have
 * been set up with document_init (a document from an earlier load may be
 * passed again: it is released first).  On failure the document is
 * released and may be reused or dropped; nothing is printed.
 * Recoverable damage does not fail: it becomes a document warning.
 */
#ifndef AICLAUSE_LOAD_H
#define AICLAUSE_LOAD_H

#include <stddef.h>

#include "buf.h"
#include "document.h"

enum track_mode {
	TRACK_MODE_ACCEPT,  /* insertions in, deletions and move sources out */
	TRACK_MODE_REJECT,  /* the text before the changes */
	TRACK_MODE_ALL      /* both, marked in doc->tracked */
};

/* Every limit on untrusted input, in one place, each tested. */
struct load_limits {
	size_t max_file_size;          /* bytes read from disk */
	size_t max_text_size;          /* bytes of extracted text */
	size_t max_part_size;          /* uncompressed bytes of one ZIP entry */
	size_t max_total_uncompressed; /* sum over the entries we read */
	unsigned max_ratio;            /* uncompressed / compressed, per entry */
	size_t max_entries;            /* entries in the ZIP directory */
	unsigned max_xml_depth;        /* element nesting in a part */
	size_t max_paragraphs;
};

#define LOAD_LIMITS_DEFAULT { \
	.max_file_size = 64u << 20, \
	.max_text_size = 32u << 20, \
	.max_part_size = 128u << 20, \
	.max_total_uncompressed = 256u << 20, \
	.max_ratio = 200, \
	.max_entries = 10000, \
	.max_xml_depth = 256, \
	.max_paragraphs = 200000, \
}

struct load_options {
	enum track_mode track;
	int include_hidden;            /* w:vanish text; off by default */
	struct load_limits limits;
};

#define LOAD_OPTIONS_INIT { TRACK_MODE_ACCEPT, 0, LOAD_LIMITS_DEFAULT }

/*
 * Reads `path` (fstat on the open descriptor: a regular file, or a pipe
 * or FIFO read to its end, never waited on for a writer), or standard
 * input to its end, whatever it is, when `path` is LOAD_STDIN; the
 * document is then named LOAD_STDIN_NAME.  The same size limit holds.
 */
#define LOAD_STDIN      "-"
#define LOAD_STDIN_NAME "<stdin>"
int load_file(struct document *doc, const char *path,
		const struct load_options *opt, struct buf *err);

/* The same on bytes already in memory; `path` only names the document. */
int load_memory(struct document *doc, const char *path,
		const unsigned char *data, size_t len,
		const struct load_options *opt, struct buf *err);

#endif

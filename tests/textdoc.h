/*
 * textdoc: a document built from text with one paragraph per line, as a
 * text file's plain lines would give, without the loader's reading of
 * clause numbers and headings.  For tests of the stages after loading.
 */
#ifndef AICLAUSE_TESTS_TEXTDOC_H
#define AICLAUSE_TESTS_TEXTDOC_H

#include <string.h>

#include "document.h"

/* Initialises `doc` (released by document_release) with `text`. */
static inline void textdoc_lines(struct document *doc, const char *path, const char *text)
{
	const char *p = text, *nl;

	document_init(doc, path);
	buf_addstr(&doc->text, text);
	while (*p) {
		nl = strchr(p, '\n');
		if (!nl)
			nl = p + strlen(p);
		if (nl > p)
			document_add_paragraph(doc, PARA_BODY, (size_t)(p - text), (size_t)(nl - text));
		p = *nl ? nl + 1 : nl;
	}
	document_finish(doc);
}

#endif

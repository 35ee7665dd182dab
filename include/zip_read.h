/*
 * zip_read: the entries of a ZIP archive held in memory, read under limits.
 *
 * libzip parses the archive; this module adds what untrusted input needs.
 * The entry count is checked from the end-of-central-directory record
 * before libzip reads the directory, so a directory of millions of entries
 * is refused without being loaded.  Duplicate entry names are refused
 * (compared without regard to ASCII case, as OPC part names are): two parts
 * with one name let a file show one text to us and another to Word.  Every
 * entry is inflated in chunks and its bytes are counted against the
 * per-part, total and compression-ratio limits of struct load_limits as
 * they come out; the sizes the archive records are never trusted.
 *
 * Errors are one line in `err` in load.h's style ("corrupt ZIP archive
 * (inconsistent central directory)", "ZIP entry 'word/document.xml'
 * expands more than 200 times (a zip bomb?)").
 *
 * A reader borrows the bytes it was opened on; they must outlive it.  One
 * reader is used by one thread at a time; separate readers share nothing.
 */
#ifndef AICLAUSE_ZIP_READ_H
#define AICLAUSE_ZIP_READ_H

#include <stddef.h>

#include "buf.h"
#include "load.h"

/*
 * An entry may expand beyond limits.max_ratio times its compressed size
 * only while it stays under this many bytes: a tiny, highly repetitive XML
 * part is normal and harmless, a large one is a bomb.
 */
#define ZIP_RATIO_FLOOR (1u << 20)

struct zip_reader;

/* 0 and a reader in *out, or -1 with the reason in err. */
int zip_reader_open(struct zip_reader **out, const unsigned char *data,
		size_t len, const struct load_limits *limits, struct buf *err);
void zip_reader_free(struct zip_reader *zr);

size_t zip_reader_count(const struct zip_reader *zr);
/* The name of entry i, as stored (UTF-8). */
const char *zip_reader_name(const struct zip_reader *zr, size_t i);
/* Index of the entry named `name`, ignoring ASCII case, or -1. */
long zip_reader_find(const struct zip_reader *zr, const char *name);

/*
 * Appends the inflated bytes of entry i to `out`.  Counts them against the
 * limits (the total over every call on this reader included).  0, or -1
 * with the reason in err; `out` then holds a partial entry.
 */
int zip_reader_read(struct zip_reader *zr, size_t i, struct buf *out,
		struct buf *err);

#endif

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <zip.h>

#include "arena.h"
#include "xalloc.h"
#include "zip_read.h"

/* Inflate this much at a time: big enough to be cheap, small enough to stop early. */
#define ZIP_CHUNK 65536
/* Never preallocate more than this on the word of the archive's directory. */
#define ZIP_HINT_MAX (8u << 20)

struct zip_reader {
	zip_t *za;
	const struct load_limits *limits;
	size_t count;
	const char **names;     /* by entry index */
	size_t *sorted;         /* entry indices ordered by name, ignoring case */
	size_t total;           /* bytes inflated so far, over every entry */
};

static unsigned read_le16(const unsigned char *p)
{
	return (unsigned)p[0] | (unsigned)p[1] << 8;
}

/* qsort_r is not C11; the names travel in a small struct instead. */
struct name_ref {
	const char *name;
	size_t index;
};

static unsigned long read_le32(const unsigned char *p)
{
	return (unsigned long)read_le16(p) | (unsigned long)read_le16(p + 2) << 16;
}

/* Offset of the end-of-central-directory record, or -1. */
static long find_eocd(const unsigned char *d, size_t len)
{
	size_t lowest = len > 22 + 65535 ? len - 22 - 65535 : 0, i;

	if (len < 22)
		return -1;
	for (i = len - 22 + 1; i-- > lowest;)
		if (d[i] == 'P' && d[i + 1] == 'K' && d[i + 2] == 5 && d[i + 3] == 6)
			return (long)i;
	return -1;
}

/*
 * The names as stored in the central directory, before any Info-ZIP
 * Unicode path field renames them (libzip applies those and keeps no
 * trace of the original).  Appended to refs; nothing when the directory
 * is ZIP64 or does not parse (libzip judges those).
 */
static size_t raw_names(const unsigned char *d, size_t len, long eocd,
			struct name_ref *refs, size_t max, struct arena *names)
{
	unsigned long count, size, offset, pos, end;
	size_t n = 0;

	if (eocd < 0)
		return 0;
	count = read_le16(d + eocd + 10);
	size = read_le32(d + eocd + 12);
	offset = read_le32(d + eocd + 16);
	if (count == 0xFFFF || offset == 0xFFFFFFFFul || offset > len ||
	    size > len - offset)
		return 0;
	for (pos = offset, end = offset + size; n < count && n < max && pos + 46 <= end; n++) {
		unsigned name_len = read_le16(d + pos + 28);
		unsigned extra_len = read_le16(d + pos + 30);
		unsigned comment_len = read_le16(d + pos + 32);

		if (read_le32(d + pos) != 0x02014b50ul || pos + 46 + name_len > end)
			break;
		refs[n].name = arena_strndup(names, (const char *)d + pos + 46, name_len);
		refs[n].index = n;
		pos += 46ul + name_len + extra_len + comment_len;
	}
	return n;
}

static void describe_open_error(int code, struct buf *err)
{
	switch (code) {
	case ZIP_ER_NOZIP:
		buf_addstr(err, "corrupt or truncated ZIP archive (no central directory)");
		break;
	case ZIP_ER_INCONS:
		buf_addstr(err, "corrupt ZIP archive (inconsistent central directory)");
		break;
	case ZIP_ER_MULTIDISK:
		buf_addstr(err, "unsupported: multi-disk ZIP archive");
		break;
	case ZIP_ER_MEMORY:
		xalloc_die();
	case ZIP_ER_EXISTS:
		buf_addstr(err, "corrupt ZIP archive (duplicate entry names)");
		break;
	default:
		buf_addf(err, "corrupt ZIP archive (libzip error %d)", code);
		break;
	}
}

static void describe_entry_error(int code, const char *name, struct buf *err)
{
	switch (code) {
	case ZIP_ER_NOPASSWD:
	case ZIP_ER_WRONGPASSWD:
	case ZIP_ER_ENCRNOTSUPP:
		buf_addf(err, "unsupported: encrypted ZIP entry '%s'", name);
		break;
	case ZIP_ER_COMPNOTSUPP:
		buf_addf(err, "unsupported: compression method of ZIP entry '%s'", name);
		break;
	case ZIP_ER_CRC:
		buf_addf(err, "corrupt ZIP entry '%s' (CRC mismatch)", name);
		break;
	case ZIP_ER_ZLIB:
	case ZIP_ER_COMPRESSED_DATA:
		buf_addf(err, "corrupt ZIP entry '%s' (bad compressed data)", name);
		break;
	case ZIP_ER_EOF:
	case ZIP_ER_READ:
	case ZIP_ER_SEEK:
		buf_addf(err, "truncated ZIP entry '%s'", name);
		break;
	case ZIP_ER_MEMORY:
		xalloc_die();
	default:
		buf_addf(err, "corrupt ZIP entry '%s' (libzip error %d)", name, code);
		break;
	}
}

static int cmp_name_ref(const void *a, const void *b)
{
	const struct name_ref *x = a, *y = b;
	int c = strcasecmp(x->name, y->name);

	if (c)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

int zip_reader_open(struct zip_reader **out, const unsigned char *data,
		    size_t len, const struct load_limits *limits, struct buf *err)
{
	struct zip_reader *zr;
	struct name_ref *refs = NULL;
	struct arena raw = ARENA_INIT;
	zip_error_t zerr;
	zip_source_t *src;
	zip_int64_t n;
	long declared, eocd;
	size_t i, nraw, nrefs;

	*out = NULL;
	if (len < 4 || data[0] != 'P' || data[1] != 'K' ||
	    !((data[2] == 3 && data[3] == 4) || (data[2] == 5 && data[3] == 6))) {
		buf_addstr(err, "not a ZIP archive");
		return -1;
	}
	eocd = find_eocd(data, len);
	declared = eocd >= 0 && read_le16(data + eocd + 10) != 0xFFFF ?
		   (long)read_le16(data + eocd + 10) : -1;
	if (declared >= 0 && (size_t)declared > limits->max_entries) {
		buf_addf(err, "too many ZIP entries (%ld, the limit is %zu)",
			 declared, limits->max_entries);
		return -1;
	}

	zip_error_init(&zerr);
	src = zip_source_buffer_create(data, len, 0, &zerr);
	if (!src) {
		describe_open_error(zip_error_code_zip(&zerr), err);
		zip_error_fini(&zerr);
		return -1;
	}
	zr = xcalloc(1, sizeof(*zr));
	zr->limits = limits;
	/*
	 * Not ZIP_CHECKCONS: it refuses archives Word and LibreOffice read
	 * (local headers that disagree with the directory on unused fields).
	 * What matters is checked here: names, counts, and the bytes inflated.
	 */
	zr->za = zip_open_from_source(src, ZIP_RDONLY, &zerr);
	if (!zr->za) {
		zip_source_free(src);
		describe_open_error(zip_error_code_zip(&zerr), err);
		zip_error_fini(&zerr);
		free(zr);
		return -1;
	}
	zip_error_fini(&zerr);

	n = zip_get_num_entries(zr->za, 0);
	if (n < 0 || (zip_uint64_t)n > limits->max_entries) {
		buf_addf(err, "too many ZIP entries (%lld, the limit is %zu)",
			 (long long)n, limits->max_entries);
		goto fail;
	}
	zr->count = (size_t)n;
	zr->names = xcalloc(zr->count + 1, sizeof(*zr->names));
	zr->sorted = xcalloc(zr->count + 1, sizeof(*zr->sorted));

	/*
	 * Two names per entry take part in the duplicate check: the one
	 * libzip answers to and the one stored in the directory.  An Info-ZIP
	 * Unicode path field renames an entry for readers that honour it
	 * (libzip does, LibreOffice does not), so a file could show one part
	 * to one reader and another part to the next under the same name.
	 * libzip's entries are numbered in directory order, as ours are.
	 */
	refs = xcalloc(2 * zr->count + 1, sizeof(*refs));
	nraw = raw_names(data, len, eocd, refs, zr->count, &raw);
	nrefs = nraw;
	for (i = 0; i < zr->count; i++) {
		const char *name = zip_get_name(zr->za, i, ZIP_FL_ENC_GUESS);

		if (!name) {
			buf_addf(err, "corrupt ZIP archive (entry %zu has no name)", i);
			goto fail;
		}
		zr->names[i] = name;
		if (i < nraw && !strcasecmp(refs[i].name, name)) {
			refs[i].name = name;
			continue;
		}
		refs[nrefs].name = name;
		refs[nrefs++].index = i;
	}
	if (nrefs)
		qsort(refs, nrefs, sizeof(*refs), cmp_name_ref);
	for (i = 1; i < nrefs; i++) {
		if (!strcasecmp(refs[i - 1].name, refs[i].name) &&
		    refs[i - 1].index != refs[i].index) {
			buf_addf(err, "corrupt ZIP archive (duplicate entry name '%s')",
				 refs[i].name);
			goto fail;
		}
	}
	/* The lookup index: libzip's names, in order. */
	for (i = 0, n = 0; i < nrefs; i++)
		if (refs[i].name == zr->names[refs[i].index])
			zr->sorted[n++] = refs[i].index;
	free(refs);
	arena_release(&raw);
	*out = zr;
	return 0;
fail:
	free(refs);
	arena_release(&raw);
	zip_reader_free(zr);
	return -1;
}

void zip_reader_free(struct zip_reader *zr)
{
	if (!zr)
		return;
	if (zr->za)
		zip_discard(zr->za);
	free(zr->names);
	free(zr->sorted);
	free(zr);
}

size_t zip_reader_count(const struct zip_reader *zr)
{
	return zr->count;
}

const char *zip_reader_name(const struct zip_reader *zr, size_t i)
{
	return i < zr->count ? zr->names[i] : NULL;
}

long zip_reader_find(const struct zip_reader *zr, const char *name)
{
	size_t lo = 0, hi = zr->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcasecmp(name, zr->names[zr->sorted[mid]]);

		if (!c)
			return (long)zr->sorted[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

int zip_reader_read(struct zip_reader *zr, size_t i, struct buf *out,
		    struct buf *err)
{
	const struct load_limits *lim = zr->limits;
	const char *name = zip_reader_name(zr, i);
	zip_uint64_t comp = 0, got = 0;
	zip_file_t *zf;
	zip_stat_t st;

	if (!name) {
		buf_addf(err, "no ZIP entry %zu", i);
		return -1;
	}
	zip_stat_init(&st);
	if (zip_stat_index(zr->za, i, 0, &st) == 0) {
		if (st.valid & ZIP_STAT_COMP_SIZE)
			comp = st.comp_size;
		/* A hint only: capped, because the directory may lie. */
		if (st.valid & ZIP_STAT_SIZE) {
			zip_uint64_t hint = st.size;

			if (hint > lim->max_part_size)
				hint = lim->max_part_size;
			if (hint > ZIP_HINT_MAX)
				hint = ZIP_HINT_MAX;
			buf_grow(out, (size_t)hint);
		}
	}
	zf = zip_fopen_index(zr->za, i, 0);
	if (!zf) {
		describe_entry_error(zip_error_code_zip(zip_get_error(zr->za)), name, err);
		return -1;
	}
	for (;;) {
		zip_int64_t n;

		buf_grow(out, ZIP_CHUNK);
		n = zip_fread(zf, out->ptr + out->len, ZIP_CHUNK);
		if (n < 0) {
			describe_entry_error(zip_error_code_zip(zip_file_get_error(zf)),
					     name, err);
			goto fail;
		}
		if (n == 0)
			break;
		buf_setlen(out, out->len + (size_t)n);
		got += (zip_uint64_t)n;
		zr->total += (size_t)n;
		if (got > lim->max_part_size) {
			buf_addf(err, "ZIP entry '%s' is larger than the %zu-byte part limit",
				 name, lim->max_part_size);
			goto fail;
		}
		if (zr->total > lim->max_total_uncompressed) {
			buf_addf(err, "ZIP entries expand to more than the %zu-byte total limit",
				 lim->max_total_uncompressed);
			goto fail;
		}
		if (got > ZIP_RATIO_FLOOR && comp <= UINT64_MAX / (lim->max_ratio + 1u) &&
		    got > comp * lim->max_ratio) {
			buf_addf(err, "ZIP entry '%s' expands more than %u times (a zip bomb?)",
				 name, lim->max_ratio);
			goto fail;
		}
	}
	zip_fclose(zf);
	return 0;
fail:
	zip_fclose(zf);
	return -1;
}

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "docx_load.h"
#include "load.h"
#include "text_load.h"
#include "xalloc.h"

static int contains(const unsigned char *d, size_t len, const char *s, size_t n)
{
	size_t i;

	for (i = 0; n <= len && i <= len - n; i++)
		if (d[i] == (unsigned char)s[0] && memcmp(d + i, s, n) == 0)
			return 1;
	return 0;
}

static int has_magic(const unsigned char *d, size_t len, const char *magic, size_t n)
{
	return len >= n && memcmp(d, magic, n) == 0;
}

int load_memory(struct document *doc, const char *path,
		const unsigned char *data, size_t len,
		const struct load_options *opt, struct buf *err)
{
	int ret;

	document_release(doc);
	document_init(doc, path);
	if (len == 0) {
		buf_addstr(err, "empty file");
		return -1;
	}
	if (has_magic(data, len, "PK\003\004", 4) || has_magic(data, len, "PK\005\006", 4)) {
		ret = docx_load(doc, data, len, opt, err);
	} else if (has_magic(data, len, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
		/*
		 * OLE2: Word 97-2003 .doc, or an OOXML package that Word
		 * encrypted with a password (it wraps those in OLE2 too).
		 */
		buf_addstr(err, contains(data, len, "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e", 31)
			   ? "unsupported: encrypted document (remove the password and save again)"
			   : "unsupported: legacy Word .doc format (save as .docx)");
		ret = -1;
	} else if (has_magic(data, len, "%PDF-", 5)) {
		buf_addstr(err, "unsupported: PDF (export the contract as .docx or text)");
		ret = -1;
	} else if (has_magic(data, len, "{\\rtf", 5)) {
		buf_addstr(err, "unsupported: RTF (save as .docx)");
		ret = -1;
	} else {
		ret = text_load(doc, data, len, opt, err);
	}
	if (ret) {
		document_release(doc);
		document_init(doc, path);
	}
	return ret;
}

/* Reads a regular file whole, refusing anything over `max` bytes. */
static int read_whole(const char *path, size_t max, unsigned char **out,
		      size_t *outlen, struct buf *err)
{
	unsigned char *data = NULL;
	size_t len = 0, alloc = 0;
	struct stat st;
	int fd;

	/* Not blocking: opening a FIFO with no writer would wait forever. */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		buf_addstr(err, errno == ENOENT ? "no such file" : strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0) {
		buf_addstr(err, strerror(errno));
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		buf_addstr(err, "is a directory");
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		buf_addstr(err, "not a regular file");
		goto fail;
	}
	if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) < 0) {
		buf_addstr(err, strerror(errno));
		goto fail;
	}
	if ((unsigned long long)st.st_size > max) {
		buf_addf(err, "file is larger than the %zu-byte limit", max);
		goto fail;
	}
	alloc = (size_t)st.st_size + 1;
	data = xmalloc(alloc);
	for (;;) {
		ssize_t n;

		if (len == alloc) {
			/* The file grew while we read it. */
			if (alloc > max) {
				buf_addf(err, "file is larger than the %zu-byte limit", max);
				goto fail;
			}
			alloc *= 2;
			data = xrealloc(data, alloc);
		}
		n = read(fd, data + len, alloc - len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			buf_addstr(err, strerror(errno));
			goto fail;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	if (len > max) {
		buf_addf(err, "file is larger than the %zu-byte limit", max);
		goto fail;
	}
	close(fd);
	*out = data;
	*outlen = len;
	return 0;
fail:
	free(data);
	close(fd);
	return -1;
}

int load_file(struct document *doc, const char *path,
	      const struct load_options *opt, struct buf *err)
{
	unsigned char *data;
	size_t len;
	int ret;

	if (read_whole(path, opt->limits.max_file_size, &data, &len, err)) {
		document_release(doc);
		document_init(doc, path);
		return -1;
	}
	ret = load_memory(doc, path, data, len, opt, err);
	free(data);
	return ret;
}

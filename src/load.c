#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
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

/*
 * Reads fd to its end, refusing anything over `max` bytes; `hint` is the
 * size expected (0 when unknown: a pipe).  Closes nothing.
 */
static int read_fd(int fd, size_t hint, size_t max, unsigned char **out,
		   size_t *outlen, struct buf *err)
{
	/* One byte over the size expected, so that the end is seen at once. */
	size_t len = 0, alloc = (hint ? (hint < max ? hint : max) : max < 65536 ? max : 65536) + 1;
	unsigned char *data = xmalloc(alloc);

	for (;;) {
		ssize_t n;

		if (len == alloc) {
			if (alloc > max) {
				buf_addf(err, "file is larger than the %zu-byte limit", max);
				free(data);
				return -1;
			}
			alloc *= 2;
			data = xrealloc(data, alloc);
		}
		n = read(fd, data + len, alloc - len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			buf_addstr(err, diag_strerror(errno));
			free(data);
			return -1;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	if (len > max) {
		buf_addf(err, "file is larger than the %zu-byte limit", max);
		free(data);
		return -1;
	}
	*out = data;
	*outlen = len;
	return 0;
}

/*
 * Reads a regular file whole, refusing anything over `max` bytes; or a
 * pipe named on the command line ("review <(git show v1:c.txt)") as
 * standard input is read, to its end, under the same limit.
 */
static int read_whole(const char *path, size_t max, unsigned char **out,
		      size_t *outlen, struct buf *err)
{
	struct stat st;
	int fd, ret = -1;

	/* Not blocking: opening a FIFO with no writer would wait forever. */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		buf_addstr(err, diag_strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0)
		buf_addstr(err, diag_strerror(errno));
	else if (S_ISDIR(st.st_mode))
		buf_addstr(err, "is a directory");
	else if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
		buf_addstr(err, "not a regular file");
	else if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) < 0)
		buf_addstr(err, diag_strerror(errno));
	else if (S_ISFIFO(st.st_mode))
		ret = read_fd(fd, 0, max, out, outlen, err);
	else if ((unsigned long long)st.st_size > max)
		buf_addf(err, "file is larger than the %zu-byte limit", max);
	else
		ret = read_fd(fd, (size_t)st.st_size, max, out, outlen, err);
	close(fd);
	return ret;
}

int load_file(struct document *doc, const char *path,
	      const struct load_options *opt, struct buf *err)
{
	int from_stdin = strcmp(path, LOAD_STDIN) == 0;
	const char *name = from_stdin ? LOAD_STDIN_NAME : path;
	unsigned char *data;
	size_t len;
	int ret;

	ret = from_stdin ? read_fd(STDIN_FILENO, 0, opt->limits.max_file_size, &data, &len, err) :
			   read_whole(path, opt->limits.max_file_size, &data, &len, err);
	if (ret) {
		document_release(doc);
		document_init(doc, name);
		return -1;
	}
	ret = load_memory(doc, name, data, len, opt, err);
	free(data);
	return ret;
}

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "diag.h"

/* Set once, before any thread starts (diag_set_quiet). */
static int quiet;

void diag_set_quiet(int q)
{
	quiet = q;
}

static void emit(enum diag_level level, const char *file, unsigned long line,
		 const char *fmt, va_list ap)
{
	struct buf msg = BUF_INIT;
	size_t i;

	buf_addstr(&msg, "aiclause: ");
	if (file) {
		buf_addstr(&msg, file);
		if (line)
			buf_addf(&msg, ":%lu", line);
		buf_addstr(&msg, ": ");
	}
	if (level == DIAG_WARNING)
		buf_addstr(&msg, "warning: ");
	buf_vaddf(&msg, fmt, ap);
	/*
	 * A message is one line, and a file name from an unzipped archive
	 * may hold an escape sequence that would clear the screen.
	 */
	for (i = 0; i < msg.len; i++)
		if ((unsigned char)msg.ptr[i] < 0x20 || msg.ptr[i] == 0x7f)
			msg.ptr[i] = '?';
	buf_addch(&msg, '\n');

	/* One fwrite of the whole line: threads' messages do not interleave. */
	if (level != DIAG_WARNING || !quiet)
		fwrite(msg.ptr, 1, msg.len, stderr);
	buf_release(&msg);
}

void error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit(DIAG_ERROR, NULL, 0, fmt, ap);
	va_end(ap);
}

void error_at(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit(DIAG_ERROR, file, line, fmt, ap);
	va_end(ap);
}

void warning(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit(DIAG_WARNING, NULL, 0, fmt, ap);
	va_end(ap);
}

void warning_at(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit(DIAG_WARNING, file, line, fmt, ap);
	va_end(ap);
}

const char *diag_strerror(int err)
{
	static const struct {
		int err;
		const char *text;
	} known[] = {
		{ ENOENT, "no such file or directory" },
		{ EACCES, "permission denied" },
		{ EPERM, "operation not permitted" },
		{ EISDIR, "is a directory" },
		{ ENOTDIR, "not a directory" },
		{ ELOOP, "too many levels of symbolic links" },
		{ ENAMETOOLONG, "file name too long" },
		{ ENOSPC, "no space left on device" },
		{ EROFS, "read-only file system" },
		{ EMFILE, "too many open files" },
		{ EIO, "input/output error" },
		{ EILSEQ, "invalid or incomplete multibyte or wide character" },
	};
	static _Thread_local char other[128];
	size_t k;

	for (k = 0; k < sizeof(known) / sizeof(*known); k++)
		if (known[k].err == err)
			return known[k].text;
	snprintf(other, sizeof(other), "%s", strerror(err));
	other[0] = (char)tolower((unsigned char)other[0]);
	return other;
}

/*
 * diag: every message aiclause prints to stderr comes from here.
 *
 * Format (git's and mandoc's conventions): lower case, no final full stop,
 * the subject quoted.
 *
 *     aiclause: cannot read 'x.docx': not a ZIP archive
 *     aiclause: rules/data.yaml:12: pattern 2: missing closing parenthesis at offset 14
 *     aiclause: warning: x.docx: 3 comments could not be anchored
 *
 * The functions are safe to call from several threads: each message is
 * written whole, on one line: control characters in it (a file name's
 * escape sequence or newline) are written as '?'.  The exit status is the commands' to decide, from what
 * they did, not from what was printed.
 */
#ifndef AICLAUSE_DIAG_H
#define AICLAUSE_DIAG_H

/* The exit statuses, and nothing else, are what main returns. */
enum exit_status {
	EXIT_STATUS_OK = 0,      /* every file reviewed, no policy failure */
	EXIT_STATUS_POLICY = 1,  /* reviewed, but a policy threshold failed */
	EXIT_STATUS_ERROR = 2    /* usage error, unreadable input, bad rules */
};

enum diag_level {
	DIAG_WARNING = 1,
	DIAG_ERROR
};

/* Set once, before any thread starts.  Quiet drops warnings. */
void diag_set_quiet(int quiet);

/* "aiclause: <message>" */
void error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "aiclause: <file>:<line>: <message>"; line 0 leaves ":<line>" out. */
void error_at(const char *file, unsigned long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* "aiclause: warning: <message>" */
void warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "aiclause: <file>:<line>: warning: <message>" */
void warning_at(const char *file, unsigned long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * The reason errno `err` gives, in the house style (lower case: "no such
 * file or directory", "permission denied"), for the end of a message.
 * The text is static, or per thread for an errno of no fixed wording.
 */
const char *diag_strerror(int err);

#endif

/*
 * aiclause: the command line.
 *
 * The whole pipeline, in the order data flows:
 *
 *   rules:   ruleset_load -> ruleset_compile            (once, before any file)
 *   review:  load_file -> engine_run -> score_findings -> reporter, the
 *            first three on a pool of workers (pool.h), reported in order
 *   scan:    walk_collect (walk.h), then as review
 *   extract: load_file -> the document's text or paragraphs
 *
 * Options live in one sorted table; --help is printed from it.  Nothing here
 * exits in the middle: every path returns an enum exit_status to main.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <libxml/parser.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "engine.h"
#include "json.h"
#include "load.h"
#include "pool.h"
#include "report.h"
#include "rules.h"
#include "score.h"
#include "waiver.h"
#include "walk.h"
#include "xalloc.h"

enum opt_id {
	OPT_AS,
	OPT_COLOR,
	OPT_FAIL_ON,
	OPT_FORMAT,
	OPT_HELP,
	OPT_INCLUDE_HIDDEN,
	OPT_JOBS,
	OPT_MAX_SIZE,
	OPT_NO_DEFAULT_RULES,
	OPT_OUTPUT,
	OPT_QUIET,
	OPT_RULES,
	OPT_SUMMARY,
	OPT_TRACK_CHANGES,
	OPT_VERBOSE,
	OPT_VERSION,
	OPT_WAIVERS
};

struct option_def {
	const char *name;      /* long name, the table is sorted by it */
	char letter;           /* short form, or 0 */
	const char *arg;       /* argument name, or NULL for a flag */
	enum opt_id id;
	const char *help;
};

/* Sorted by name: looked up with bsearch, printed in this order. */
static const struct option_def options[] = {
	{ "as", 0, "ROLE", OPT_AS,
	  "read the contract as the customer (default) or the vendor: the risk then is what it gives the customer" },
	{ "color", 0, "WHEN", OPT_COLOR,
	  "colour the text report: auto (default), always, never; NO_COLOR is honoured" },
	{ "fail-on", 0, "WHAT", OPT_FAIL_ON,
	  "exit 1 if a review shows WHAT: red-flag, must (a must-have not met), grade=X (X or worse); comma-separated" },
	{ "format", 'f', "FORMAT", OPT_FORMAT,
	  "output format: text (default), json, sarif (code scanning) or junit (CI test reports)" },
	{ "help", 'h', NULL, OPT_HELP,
	  "print this help and exit" },
	{ "include-hidden", 0, NULL, OPT_INCLUDE_HIDDEN,
	  "DOCX: keep text formatted as hidden (w:vanish)" },
	{ "jobs", 'j', "N", OPT_JOBS,
	  "review N documents at a time (default, or 0: one per processor)" },
	{ "max-size", 0, "BYTES", OPT_MAX_SIZE,
	  "refuse files, or text read from them, larger than BYTES (default 64M, text 32M)" },
	{ "no-default-rules", 0, NULL, OPT_NO_DEFAULT_RULES,
	  "do not load the built-in rule packs, only those from --rules" },
	{ "output", 'o', "FILE", OPT_OUTPUT,
	  "write the report to FILE (whole or not at all) instead of stdout" },
	{ "quiet", 'q', NULL, OPT_QUIET,
	  "do not print warnings" },
	{ "rules", 'r', "DIR", OPT_RULES,
	  "add the rule packs in DIR; a pack named like a built-in one replaces it" },
	{ "summary", 's', NULL, OPT_SUMMARY,
	  "text report: one line per document, then the batch summary and portfolio" },
	{ "track-changes", 0, "MODE", OPT_TRACK_CHANGES,
	  "DOCX tracked changes: accept (default), reject, all" },
	{ "verbose", 'v', NULL, OPT_VERBOSE,
	  "say more: every rules test example; in text reports all evidence, why each item matters, warnings" },
	{ "version", 'V', NULL, OPT_VERSION,
	  "print the version and exit" },
	{ "waivers", 0, "FILE", OPT_WAIVERS,
	  "accepted deviations (YAML; repeatable): --fail-on, SARIF and JUnit pass over the items they cover" },
};

static const char *const commands_help[][2] = {
	{ "review FILE...", "review contracts (text or DOCX; - reads stdin) against the checklist" },
	{ "scan DIR...", "review every contract under DIR (.txt, .md, .docx ...), with a portfolio summary" },
	{ "extract FILE...", "print the text that would be analysed, with clause numbers" },
	{ "rules list", "list the loaded rules" },
	{ "rules test", "run every rule's examples" },
};

enum color_mode { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

struct cli {
	const char *format;
	const char *output;
	const char **rule_dirs;        /* NULL-terminated */
	size_t nrule_dirs;
	const char **args;             /* operands after the command */
	size_t nargs;
	int no_default_rules;
	int verbose;
	int quiet;
	int summary;
	enum color_mode color;
	enum perspective as;
	struct score_policy fail_on;
	const char **waiver_files;     /* --waivers, in order */
	size_t nwaiver_files;
	unsigned jobs;                 /* 0: one per processor */
	struct load_options load;
};

static void usage_line(FILE *out)
{
	fputs("usage: aiclause [OPTION]... COMMAND [ARG]...\n", out);
}

static void print_help(void)
{
	size_t i;

	usage_line(stdout);
	fputs("Check AI contracts for the clauses that decide who owns the data,\n"
	      "the model and the risk.\n\nCommands:\n", stdout);
	for (i = 0; i < ARRAY_SIZE(commands_help); i++)
		printf("  %-22s %s\n", commands_help[i][0], commands_help[i][1]);
	fputs("\nOptions:\n", stdout);
	for (i = 0; i < ARRAY_SIZE(options); i++) {
		const struct option_def *o = &options[i];
		char left[64];

		if (o->letter)
			snprintf(left, sizeof(left), "-%c, --%s%s%s", o->letter, o->name,
				 o->arg ? " " : "", o->arg ? o->arg : "");
		else
			snprintf(left, sizeof(left), "    --%s%s%s", o->name,
				 o->arg ? " " : "", o->arg ? o->arg : "");
		printf("  %-28s %s\n", left, o->help);
	}
	fputs("\nExit status: 0 done, 1 a review showed what --fail-on names or a rules test\n"
	      "example failed, 2 usage or input error.\n"
	      "See aiclause(1) for the report formats and the rule pack format.\n", stdout);
}

static int cmp_option(const void *key, const void *elem)
{
	const char *name = key;
	const struct option_def *o = elem;

	return strcmp(name, o->name);
}

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int usage_error(const char *fmt, ...)
{
	struct buf msg = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	error("%s", msg.ptr);
	buf_release(&msg);
	fputs("Try 'aiclause --help' for more information.\n", stderr);
	return EXIT_STATUS_ERROR;
}

/* "10M" -> 10485760; 0 on a malformed size, a sign, or one past SIZE_MAX / 2. */
static size_t parse_size(const char *s)
{
	char *end;
	unsigned long long n;
	unsigned shift = 0;

	/* strtoull takes blanks and a sign, and wraps "-1" round to a huge size. */
	if (!isdigit((unsigned char)*s))
		return 0;
	errno = 0;
	n = strtoull(s, &end, 10);
	if (errno || end == s)
		return 0;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	}
	if (*end || n > ((size_t)-1 / 2) >> shift)
		return 0;
	return (size_t)(n << shift);
}

/* --fail-on red-flag,must,grade=D: added to what earlier ones asked. */
static int parse_fail_on(struct score_policy *p, const char *arg)
{
	const char *s = arg;

	do {
		size_t n = strcspn(s, ",");

		if (n == 8 && !strncmp(s, "red-flag", n))
			p->red_flag = 1;
		else if (n == 4 && !strncmp(s, "must", n))
			p->must = 1;
		else if (n == 7 && !strncmp(s, "grade=", 6) && s[6] && strchr("ABCDF", toupper((unsigned char)s[6]))) {
			char g = (char)toupper((unsigned char)s[6]);

			p->grade = !p->grade || g < p->grade ? g : p->grade;
		}
		else
			return usage_error("--fail-on takes red-flag, must or grade=X (X one of A, B, C, "
					   "D, F), comma-separated, not '%.*s'", (int)n, s);
		s += n;
	} while (*s++ == ',');
	return EXIT_STATUS_OK;
}

static int apply_option(struct cli *c, const struct option_def *o, const char *arg)
{
	switch (o->id) {
	case OPT_AS:
		if (strcmp(arg, "customer") == 0)
			c->as = PERSPECTIVE_CUSTOMER;
		else if (strcmp(arg, "vendor") == 0)
			c->as = PERSPECTIVE_VENDOR;
		else
			return usage_error("--as must be customer or vendor, not '%s'", arg);
		break;
	case OPT_COLOR:
		if (strcmp(arg, "auto") == 0)
			c->color = COLOR_AUTO;
		else if (strcmp(arg, "always") == 0)
			c->color = COLOR_ALWAYS;
		else if (strcmp(arg, "never") == 0)
			c->color = COLOR_NEVER;
		else
			return usage_error("--color must be auto, always or never, not '%s'", arg);
		break;
	case OPT_FAIL_ON:
		return parse_fail_on(&c->fail_on, arg);
	case OPT_FORMAT:
		c->format = arg;
		break;
	case OPT_INCLUDE_HIDDEN:
		c->load.include_hidden = 1;
		break;
	case OPT_JOBS: {
		char *end;
		unsigned long n;

		errno = 0;
		n = isdigit((unsigned char)*arg) ? strtoul(arg, &end, 10) : ULONG_MAX;
		if (n > 1024 || errno || *end)
			return usage_error("--jobs needs a number from 0 (one per processor) to 1024, "
					   "not '%s'", arg);
		c->jobs = (unsigned)n;
		break;
	}
	case OPT_MAX_SIZE:
		if (!(c->load.limits.max_file_size = parse_size(arg)))
			return usage_error("--max-size needs a size in bytes (e.g. 10M), not '%s'", arg);
		/* The text read from a file is held to the same size. */
		c->load.limits.max_text_size = c->load.limits.max_file_size;
		break;
	case OPT_NO_DEFAULT_RULES:
		c->no_default_rules = 1;
		break;
	case OPT_OUTPUT:
		c->output = arg;
		break;
	case OPT_QUIET:
		c->quiet = 1;
		break;
	case OPT_RULES:
		if (!*arg)
			return usage_error("--rules needs a directory, not an empty name");
		c->rule_dirs = xreallocarray(c->rule_dirs, c->nrule_dirs + 2, sizeof(char *));
		c->rule_dirs[c->nrule_dirs++] = arg;
		c->rule_dirs[c->nrule_dirs] = NULL;
		break;
	case OPT_SUMMARY:
		c->summary = 1;
		break;
	case OPT_TRACK_CHANGES:
		if (strcmp(arg, "accept") == 0)
			c->load.track = TRACK_MODE_ACCEPT;
		else if (strcmp(arg, "reject") == 0)
			c->load.track = TRACK_MODE_REJECT;
		else if (strcmp(arg, "all") == 0)
			c->load.track = TRACK_MODE_ALL;
		else
			return usage_error("--track-changes must be accept, reject or all, not '%s'", arg);
		break;
	case OPT_VERBOSE:
		c->verbose = 1;
		break;
	case OPT_WAIVERS:
		c->waiver_files = xreallocarray(c->waiver_files, c->nwaiver_files + 1,
						sizeof(char *));
		c->waiver_files[c->nwaiver_files++] = arg;
		break;
	case OPT_HELP:
	case OPT_VERSION:
		break;
	}
	return EXIT_STATUS_OK;
}

enum parse_result {
	PARSE_RUN,      /* a command to run */
	PARSE_DONE,     /* --help or --version, answered */
	PARSE_USAGE     /* a usage error, reported */
};

static const struct option_def *short_option(char letter)
{
	size_t k;

	for (k = 0; k < ARRAY_SIZE(options); k++)
		if (options[k].letter == letter)
			return &options[k];
	return NULL;
}

/* --help and --version answer at once; a full disk is an error here too. */
static enum parse_result answer(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		error("cannot write to standard output: %s",
		      errno ? diag_strerror(errno) : "write error");
		return PARSE_USAGE;
	}
	return PARSE_DONE;
}

static enum parse_result take_option(struct cli *c, const struct option_def *o, const char *arg)
{
	errno = 0;
	if (o->id == OPT_HELP) {
		print_help();
		return answer();
	}
	if (o->id == OPT_VERSION) {
		printf("aiclause %s\n", AICLAUSE_VERSION);
		return answer();
	}
	return apply_option(c, o, arg) == EXIT_STATUS_OK ? PARSE_RUN : PARSE_USAGE;
}

/*
 * Parses argv into `c`; options may come before or after the command and
 * its operands, and "--" ends them.
 */
static enum parse_result parse_args(struct cli *c, int argc, char **argv)
{
	int i, only_operands = 0;

	c->args = xcalloc((size_t)argc + 1, sizeof(char *));
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *arg = NULL, *eq;
		const struct option_def *o = NULL;
		enum parse_result r;
		char name[64];

		if (only_operands || a[0] != '-' || a[1] == '\0') {
			c->args[c->nargs++] = a;
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_operands = 1;
			continue;
		}
		if (a[1] == '-') {
			size_t n;

			eq = strchr(a + 2, '=');
			n = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
			if (n >= sizeof(name)) {
				usage_error("unknown option '%s'", a);
				return PARSE_USAGE;
			}
			memcpy(name, a + 2, n);
			name[n] = '\0';
			o = bsearch(name, options, ARRAY_SIZE(options), sizeof(options[0]), cmp_option);
			if (!o) {
				usage_error("unknown option '%s'", a);
				return PARSE_USAGE;
			}
			if (eq && !o->arg) {
				usage_error("option '--%s' takes no value", o->name);
				return PARSE_USAGE;
			}
			arg = eq ? eq + 1 : NULL;
		} else {
			/*
			 * Short options as getopt reads them: "-qv" is "-q -v",
			 * and "-fjson" is "-f json".  All but the last letter of
			 * a bundle are flags, applied here.
			 */
			const char *p;

			for (p = a + 1; *p; p++) {
				o = short_option(*p);
				if (!o) {
					usage_error("unknown option '-%c'%s%s%s", *p, a[2] ? " in '" : "",
						    a[2] ? a : "", a[2] ? "'" : "");
					return PARSE_USAGE;
				}
				if (o->arg) {
					arg = p[1] ? p + 1 : NULL;
					break;
				}
				if (p[1] == '\0')
					break;
				r = take_option(c, o, NULL);
				if (r != PARSE_RUN)
					return r;
			}
		}
		if (o->arg && !arg) {
			if (i + 1 >= argc) {
				usage_error("option '--%s' needs a value", o->name);
				return PARSE_USAGE;
			}
			arg = argv[++i];
		}
		r = take_option(c, o, arg);
		if (r != PARSE_RUN)
			return r;
	}
	return PARSE_RUN;
}

/* --- output: stdout, or a file written whole or not at all ----------- */

/*
 * A report to a regular file is built in memory and written only once
 * the command is done, to a temporary file renamed over the target: an
 * interrupted or failed run leaves the old file as it was and no
 * temporary file behind (it exists only while the finished report is
 * written).  A target that is no regular file (/dev/null, /dev/stdout, a
 * FIFO) is written in place: renaming over it would replace the device
 * or link.  A symbolic link to a file stays a link; its target is
 * replaced, keeping its permissions.
 */
struct output {
	FILE *fp;              /* what the reporter writes to */
	const char *path;      /* NULL for stdout */
	int direct;            /* path is no regular file: fp writes to it */
	char *mem;             /* the report, when it is built in memory */
	size_t memlen;
};

/* The directory a file is made in: "." for "x.json", "out" for "out/x.json". */
static void dir_of(const char *path, struct buf *dir)
{
	const char *slash = strrchr(path, '/');

	buf_reset(dir);
	if (!slash)
		buf_addstr(dir, ".");
	else if (slash == path)
		buf_addstr(dir, "/");
	else
		buf_add(dir, path, (size_t)(slash - path));
}

static int output_open(struct output *o, const char *path)
{
	struct stat st;
	struct buf dir = BUF_INIT;
	char *target;
	int ret = 0, exists;

	memset(o, 0, sizeof(*o));
	if (!path || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return 0;
	}
	o->path = path;
	exists = stat(path, &st) == 0;
	if (exists && S_ISDIR(st.st_mode)) {
		error("cannot write '%s': is a directory", path);
		return -1;
	}
	if (exists && !S_ISREG(st.st_mode)) {
		o->direct = 1;
		o->fp = fopen(path, "w");
		if (!o->fp) {
			error("cannot write '%s': %s", path, diag_strerror(errno));
			return -1;
		}
		return 0;
	}
	/* Say now, not after the whole review, that the file cannot be made. */
	target = realpath(path, NULL);
	dir_of(target ? target : path, &dir);
	if (access(dir.ptr, W_OK | X_OK) != 0) {
		error("cannot write '%s': %s", path, diag_strerror(errno));
		ret = -1;
	} else if (!(o->fp = open_memstream(&o->mem, &o->memlen))) {
		error("cannot write '%s': %s", path, diag_strerror(errno));
		ret = -1;
	}
	free(target);
	buf_release(&dir);
	return ret;
}

/*
 * Writes the finished report to a temporary file beside `target`, with
 * `mode`, and renames it over target.  Returns 0 or -1, reported.
 */
static int commit_file(const char *path, const char *target, mode_t mode,
		       const char *data, size_t len)
{
	struct buf tmp = BUF_INIT;
	const char *what = NULL;
	size_t done = 0;
	int fd;

	buf_addf(&tmp, "%s.XXXXXX", target);
	fd = mkstemp(tmp.ptr);
	if (fd < 0) {
		error("cannot write '%s': %s", path, diag_strerror(errno));
		buf_release(&tmp);
		return -1;
	}
	while (done < len && !what) {
		ssize_t n = write(fd, data + done, len - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			what = n < 0 ? diag_strerror(errno) : "write error";
		else
			done += (size_t)n;
	}
	if (!what && (fchmod(fd, mode) != 0 || fsync(fd) != 0))
		what = diag_strerror(errno);
	if (close(fd) != 0 && !what)
		what = diag_strerror(errno);
	if (!what && rename(tmp.ptr, target) != 0)
		what = diag_strerror(errno);
	if (what) {
		error("cannot write '%s': %s", path, what);
		unlink(tmp.ptr);
	}
	buf_release(&tmp);
	return what ? -1 : 0;
}

/* Commits (ok) or discards the output.  Returns 0 on success. */
static int output_close(struct output *o, int ok)
{
	struct stat st;
	char *target;
	mode_t mode;
	int ret;

	/*
	 * ferror() may come from a write long past, when errno says nothing
	 * of it any more: name errno only for the call that just failed.
	 */
	if (!o->path || o->direct) {
		FILE *fp = o->path ? o->fp : stdout;
		const char *name = o->path ? o->path : "the report";

		ret = 0;
		if (ferror(fp)) {
			error("cannot write %s%s%s: write error", o->path ? "'" : "", name,
			      o->path ? "'" : "");
			ret = -1;
		} else if (fflush(fp) != 0) {
			error("cannot write %s%s%s: %s", o->path ? "'" : "", name,
			      o->path ? "'" : "", diag_strerror(errno));
			ret = -1;
		}
		if (o->path && fclose(fp) != 0 && !ret) {
			error("cannot write '%s': %s", o->path, diag_strerror(errno));
			ret = -1;
		}
		return ret;
	}
	ret = 0;
	if (ferror(o->fp)) {
		error("cannot write '%s': out of memory", o->path);
		ret = -1;
	} else if (fclose(o->fp) != 0) {
		error("cannot write '%s': %s", o->path, diag_strerror(errno));
		ret = -1;
	} else {
		o->fp = NULL;
	}
	if (o->fp)
		fclose(o->fp);
	if (!ok || ret) {
		free(o->mem);
		return ret;
	}
	/* A link's target is replaced, not the link; its mode is kept. */
	target = realpath(o->path, NULL);
	if (stat(o->path, &st) == 0) {
		mode = st.st_mode & 07777;
	} else {
		mode_t mask = umask(0);

		umask(mask);
		mode = 0666 & ~mask;
	}
	ret = commit_file(o->path, target ? target : o->path, mode, o->mem, o->memlen);
	free(target);
	free(o->mem);
	return ret;
}

/* --- commands -------------------------------------------------------- */

static int load_rules(const struct cli *c, struct ruleset *rs)
{
	ruleset_init(rs);
	if (ruleset_load(rs, c->rule_dirs, c->no_default_rules) || ruleset_compile(rs))
		return -1;
	return 0;
}

/* The option first, then NO_COLOR (no-color.org: an explicit flag wins). */
static int use_color(const struct cli *c, const struct output *o)
{
	const char *nc = getenv("NO_COLOR");

	if (c->color == COLOR_NEVER)
		return 0;
	if (c->color == COLOR_ALWAYS)
		return 1;
	if (nc && *nc)
		return 0;
	return !o->path && isatty(STDOUT_FILENO);
}

/*
 * The width to wrap the text report to: a terminal's, for a person reading
 * it there; 0 (no wrapping) for a file or a pipe, which a program reads or
 * a pager wraps, and for a terminal too narrow or too wide to help.
 */
static unsigned report_width(const struct output *o)
{
	struct winsize ws;

	if (o->path || !isatty(STDOUT_FILENO) || ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) < 0)
		return 0;
	return ws.ws_col >= 40 && ws.ws_col <= 400 ? ws.ws_col : 0;
}

/* What reports and messages call an input: "-" is standard input. */
static const char *input_name(const char *arg)
{
	return strcmp(arg, LOAD_STDIN) ? arg : LOAD_STDIN_NAME;
}

/* Today as YYYY-MM-DD, the local date, for waivers' expiry. */
static void local_date(char *out, size_t size)
{
	time_t now = time(NULL);
	struct tm tm;

	if (now == (time_t)-1 || !localtime_r(&now, &tm) || !strftime(out, size, "%Y-%m-%d", &tm))
		snprintf(out, size, "0000-00-00");
}

/*
 * Marks the items a waiver covers in this document, and warns in the
 * document of expired ones (printed with its other warnings, in order).
 */
static void apply_waivers(const struct waivers *w, struct score_report *sr,
		struct document *doc, const char *path, const char *today)
{
	size_t i;

	for (i = 0; w->n && i < sr->nitems; i++) {
		const struct waiver *expired, *on;

		on = waivers_find(w, sr->items[i].item->id, path, today, &expired);
		sr->items[i].waived = on ? on->reason : NULL;
		if (expired)
			document_add_warning(doc, "the waiver of '%s' at %s:%lu expired on %s "
					     "and does not cover it", expired->item, expired->path,
					     expired->line, expired->expires);
	}
}

/* One document reviewed by a worker, waiting to be reported in order. */
struct reviewed {
	const char *path;              /* as reports name it */
	struct document doc;
	struct findings f;
	struct score_report sr;
	struct buf err;                /* why it could not be read; empty when it was */
};

/* What the workers share (read only) and what the reporting thread keeps. */
struct batch {
	const struct cli *c;
	const struct ruleset *rs;
	const struct waivers *waivers;
	char *waiver_used;             /* per waiver: covers a document read */
	const char *today;
	const char *const *inputs;     /* as given: "-" is standard input */
	const char *const *unread;     /* NULL, or per input why it cannot be read, or NULL */
	size_t n;
	struct engine **engines;       /* one per worker, made on first use */
	const struct reporter *rep;
	struct report_ctx *ctx;
	int status, policy_failed;
	int progress;                  /* a progress line on a terminal */
};

/* Loads, matches and scores inputs[i] (pool_ops.work: any worker thread). */
static void *review_one(void *arg, unsigned worker, size_t i)
{
	struct batch *b = arg;
	struct reviewed *r = xcalloc(1, sizeof(*r));
	struct engine_options eopt = ENGINE_OPTIONS_INIT;

	r->path = input_name(b->inputs[i]);
	buf_init(&r->err, 0);
	document_init(&r->doc, r->path);
	if (b->unread && b->unread[i]) {
		buf_addstr(&r->err, b->unread[i]);
		return r;
	}
	if (load_file(&r->doc, b->inputs[i], &b->c->load, &r->err))
		return r;
	if (!b->engines[worker])
		b->engines[worker] = engine_new(b->rs);
	eopt.documents_left = b->n - i;
	engine_run(b->engines[worker], &r->doc, &eopt, &r->f);
	score_findings(b->rs, &r->f, b->c->as, &r->sr);
	/*
	 * Every item missing scores like a hostile contract; say that it may
	 * be no contract at all (a policy, a letter).
	 */
	if (r->sr.nitems && !r->sr.met && !r->sr.partial && !r->sr.red_flags)
		document_add_warning(&r->doc, "none of the %zu checklist items was found; "
				     "this may not be a contract", r->sr.nitems);
	apply_waivers(b->waivers, &r->sr, &r->doc, r->path, b->today);
	return r;
}

static void clear_progress(struct batch *b)
{
	if (b->progress)
		fputs("\r\033[K", stderr);
}

/*
 * Ctrl-C, or a kill, while the progress line shows: the line is wiped, so
 * that the shell's prompt does not land after it, and the signal then
 * does what it would have (SA_RESETHAND).  Nothing else is half done: the
 * report is built in memory, and -o's file written only at the end.
 */
static void wipe_progress_and_die(int sig)
{
	static const char wipe[] = "\r\033[K";
	ssize_t n = write(STDERR_FILENO, wipe, sizeof(wipe) - 1);

	(void)n;
	raise(sig);
}

static const int progress_signals[] = { SIGINT, SIGTERM, SIGHUP };

/* Sets the handler for the progress line's signals, saving what was in old[]. */
static void catch_progress_signals(struct sigaction *old)
{
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = wipe_progress_and_die;
	sa.sa_flags = SA_RESETHAND;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < ARRAY_SIZE(progress_signals); i++) {
		sigaction(progress_signals[i], NULL, &old[i]);
		/* Ignored (nohup, a background job's SIGINT): left so. */
		if (old[i].sa_handler != SIG_IGN)
			sigaction(progress_signals[i], &sa, NULL);
	}
}

static void restore_progress_signals(const struct sigaction *old)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(progress_signals); i++)
		sigaction(progress_signals[i], &old[i], NULL);
}

/*
 * Appends to a --fail-on message the waivers that would have covered an
 * item it counts had they not expired: the warning that says so is
 * dropped by -q, and it is the likeliest reason a gate that passed now
 * fails.
 */
static void add_expired_waivers(const struct batch *b, const struct reviewed *r, struct buf *why)
{
	size_t i;

	for (i = 0; b->waivers->n && i < r->sr.nitems; i++) {
		const struct item_result *res = &r->sr.items[i];
		const struct waiver *expired;

		/* Only items the gate counts: red flags, must-haves short of met. */
		if (res->waived || !((b->c->fail_on.red_flag && res->status == ITEM_RED_FLAG) ||
				     (b->c->fail_on.must && res->item->priority == PRIORITY_MUST &&
				      res->status != ITEM_MET)) ||
		    waivers_find(b->waivers, res->item->id, r->path, b->today, &expired) || !expired)
			continue;
		buf_addf(why, "; the waiver of '%s' at %s:%lu expired on %s", expired->item,
			 expired->path, expired->line, expired->expires);
	}
}

/*
 * Reports one document, its messages first (pool_ops.deliver: the calling
 * thread, in input order, so that output and messages keep that order).
 */
static void deliver_one(void *arg, size_t i, void *result)
{
	struct batch *b = arg;
	struct reviewed *r = result;
	struct review rv;
	size_t w;

	(void)i;
	clear_progress(b);
	memset(&rv, 0, sizeof(rv));
	rv.path = r->path;
	if (r->err.len) {
		error("cannot read '%s': %s", r->path, r->err.ptr);
		rv.error = r->err.ptr;
		b->rep->document(b->ctx, &rv);
		b->status = EXIT_STATUS_ERROR;
	} else {
		for (w = 0; w < r->doc.nwarning; w++)
			warning("%s: %s", r->path, r->doc.warnings[w]);
		for (w = 0; w < r->f.nwarning; w++)
			warning("%s: %s", r->path, r->f.warnings[w]);
		for (w = 0; w < b->waivers->n; w++)
			if (!b->waiver_used[w] && waiver_covers(&b->waivers->v[w], r->path))
				b->waiver_used[w] = 1;
		rv.doc = &r->doc;
		rv.findings = &r->f;
		rv.score = &r->sr;
		b->rep->document(b->ctx, &rv);
		buf_reset(&r->err);
		if (score_policy_fails(&b->c->fail_on, &r->sr, &r->err)) {
			if (!r->sr.met && !r->sr.partial && !r->sr.red_flags)
				buf_addstr(&r->err, "; nothing on the checklist was found: no contract?");
			add_expired_waivers(b, r, &r->err);
			error("%s: fails --fail-on: %s", r->path, r->err.ptr);
			b->policy_failed = 1;
		}
		score_release(&r->sr);
	}
	b->ctx->ndocs++;
	findings_release(&r->f);
	document_release(&r->doc);
	buf_release(&r->err);
	free(r);
}

static void show_progress(void *arg, size_t done, size_t n)
{
	struct batch *b = arg;

	if (b->progress && done < n)
		fprintf(stderr, "\raiclause: %zu of %zu reviewed", done, n);
}

/*
 * A waiver whose files cover no document of the run is most often a
 * pattern written against other paths ("contracts/x.docx" while the run
 * says "./x.docx"): say so, or a gate passes or fails for a reason no one
 * sees.
 */
static void warn_unused_waivers(const struct waivers *w, const char *used)
{
	size_t k;

	for (k = 0; k < w->n; k++)
		if (w->v[k].nfiles && !used[k])
			warning_at(w->v[k].path, w->v[k].line,
				   "the waiver of '%s' covers no document reviewed (files: %s%s)",
				   w->v[k].item, w->v[k].files[0], w->v[k].nfiles > 1 ? ", ..." : "");
}

/* Whether st is the file at path (not "-"). */
static int same_file(const char *path, const struct stat *st)
{
	struct stat in;

	return strcmp(path, LOAD_STDIN) && !stat(path, &in) && in.st_dev == st->st_dev &&
	       in.st_ino == st->st_ino;
}

/*
 * Whether --output names one of the inputs: writing the report would
 * replace the contract it reports on.  Says so.
 */
static int output_is_input(const struct cli *c, const char *const *inputs, size_t n)
{
	struct stat st;
	size_t i;

	if (!c->output || stat(c->output, &st))
		return 0;
	for (i = 0; i < n; i++)
		if (same_file(inputs[i], &st)) {
			error("cannot write '%s': it is the input '%s'", c->output, inputs[i]);
			return 1;
		}
	return 0;
}

/*
 * Reviews `inputs` (n >= 1) into one report: review's and scan's common
 * path.  Documents are worked on in parallel (--jobs) and reported in the
 * order given.  `unread` (NULL for none) says, per input, why the walk
 * could not read it: such an input is reported unreadable, not loaded.
 */
static int review_batch(struct cli *c, const char *const *inputs, const char *const *unread,
			size_t n, int status)
{
	static const struct pool_ops ops = { review_one, deliver_one, show_progress };
	const struct reporter *rep;
	struct report_ctx ctx;
	struct ruleset rs;
	struct output out;
	struct waivers waivers = WAIVERS_INIT;
	struct batch b;
	char today[16], *waiver_used;
	unsigned jobs = c->jobs ? c->jobs : pool_cpus(), k;
	struct sigaction old_actions[ARRAY_SIZE(progress_signals)];

	rep = reporter_find(c->format ? c->format : "text");
	if (!rep)
		return usage_error("unknown format '%s' (%s)", c->format, reporter_names());
	/* The other formats are read by programs, which take what they need. */
	if (c->summary && rep != &report_text)
		return usage_error("--summary shapes the text report, not %s", rep->name);
	if (load_rules(c, &rs)) {
		ruleset_release(&rs);
		return EXIT_STATUS_ERROR;
	}
	if (output_is_input(c, inputs, n)) {
		ruleset_release(&rs);
		return EXIT_STATUS_ERROR;
	}
	for (k = 0; k < c->nwaiver_files; k++)
		if (waivers_load(&waivers, c->waiver_files[k], &rs)) {
			waivers_release(&waivers);
			ruleset_release(&rs);
			return EXIT_STATUS_ERROR;
		}
	waiver_used = xcalloc(waivers.n + 1, 1);
	local_date(today, sizeof(today));
	if (output_open(&out, c->output)) {
		free(waiver_used);
		waivers_release(&waivers);
		ruleset_release(&rs);
		return EXIT_STATUS_ERROR;
	}
	if (jobs > n)
		jobs = (unsigned)n;
	memset(&ctx, 0, sizeof(ctx));
	ctx.out = out.fp;
	ctx.rs = &rs;
	ctx.color = use_color(c, &out);
	ctx.width = report_width(&out);
	ctx.verbose = c->verbose;
	ctx.summary = c->summary;
	ctx.as = c->as;
	memset(&b, 0, sizeof(b));
	b.c = c;
	b.rs = &rs;
	b.waivers = &waivers;
	b.waiver_used = waiver_used;
	b.today = today;
	b.inputs = inputs;
	b.unread = unread;
	b.n = n;
	b.engines = xcalloc(jobs ? jobs : 1, sizeof(*b.engines));
	b.rep = rep;
	b.ctx = &ctx;
	b.status = status;
	/* A line that rewrites itself is for a person at a terminal only. */
	b.progress = n > 1 && !c->quiet && isatty(STDERR_FILENO);
	if (b.progress)
		catch_progress_signals(old_actions);
	rep->begin(&ctx);
	pool_run(&ops, &b, n, jobs, 4 * (size_t)jobs);
	clear_progress(&b);
	if (b.progress)
		restore_progress_signals(old_actions);
	rep->end(&ctx);
	if (output_close(&out, 1))
		b.status = EXIT_STATUS_ERROR;
	/* An error outranks a policy failure: something went unread. */
	if (b.policy_failed && b.status == EXIT_STATUS_OK)
		b.status = EXIT_STATUS_POLICY;
	for (k = 0; k < jobs; k++)
		engine_free(b.engines[k]);
	free(b.engines);
	warn_unused_waivers(&waivers, waiver_used);
	free(waiver_used);
	waivers_release(&waivers);
	ruleset_release(&rs);
	return b.status;
}

static int cmd_review(struct cli *c)
{
	const char **unread;
	struct stat st;
	size_t i, stdin_uses = 0;
	int status;

	if (c->nargs < 2)
		return usage_error("%s", "review needs at least one FILE");
	for (i = 1; i < c->nargs; i++)
		stdin_uses += !strcmp(c->args[i], LOAD_STDIN);
	if (stdin_uses > 1)
		return usage_error("%s", "standard input ('-') can be read only once");
	/* A folder named to review is most likely one meant for scan: say so. */
	unread = xcalloc(c->nargs - 1, sizeof(*unread));
	for (i = 1; i < c->nargs; i++)
		if (strcmp(c->args[i], LOAD_STDIN) && !stat(c->args[i], &st) && S_ISDIR(st.st_mode))
			unread[i - 1] = "is a directory ('aiclause scan' reviews the contracts in a folder)";
	status = review_batch(c, c->args + 1, unread, c->nargs - 1, EXIT_STATUS_OK);
	free(unread);
	return status;
}

/*
 * Leaves out of a scan the report it writes (-o inside the folder): the
 * next scan would otherwise review its own last report as a contract.
 */
static void drop_output(const struct cli *c, struct walk_list *files)
{
	struct stat st;
	size_t i, kept = 0;

	if (!c->output || stat(c->output, &st))
		return;
	for (i = 0; i < files->n; i++)
		if (!files->why[i] && same_file(files->paths[i], &st)) {
			free(files->paths[i]);
		} else {
			files->why[kept] = files->why[i];
			files->paths[kept++] = files->paths[i];
		}
	files->n = kept;
}

/* Reviews the contracts found under directories (walk.h), as review does. */
static int cmd_scan(struct cli *c)
{
	struct walk_list files;
	int status;

	if (c->nargs < 2)
		return usage_error("%s", "scan needs at least one DIR");
	memset(&files, 0, sizeof(files));
	walk_collect(&files, c->args + 1, c->nargs - 1);
	drop_output(c, &files);
	if (!files.n) {
		if (c->nargs == 2)
			error("no contracts found under '%s' (files ending in %s)", c->args[1],
			      CONTRACT_SUFFIXES);
		else
			error("no contracts found under the %zu paths given (files ending in %s)",
			      c->nargs - 1, CONTRACT_SUFFIXES);
		walk_release(&files);
		return EXIT_STATUS_ERROR;
	}
	/* A path the walk could not read is reported like a file that cannot be. */
	status = review_batch(c, (const char *const *)files.paths,
			      (const char *const *)files.why, files.n, EXIT_STATUS_OK);
	walk_release(&files);
	return status;
}

/* Ends a JSON document built in b with its newline, writes it, empties b. */
static void put_json_document(struct buf *b, FILE *fp)
{
	buf_addch(b, '\n');
	fwrite(b->ptr, 1, b->len, fp);
	buf_release(b);
}

static void extract_json(FILE *fp, const struct document *doc)
{
	struct json_writer w;
	struct buf b = BUF_INIT;
	size_t i;

	json_writer_init(&w, &b);
	json_object_begin(&w);
	json_key(&w, "schema");
	json_cstr(&w, "aiclause-extract/1");
	json_key(&w, "file");
	json_cstr(&w, doc->path);
	json_key(&w, "format");
	json_cstr(&w, doc->format_name);
	if (doc->encoding) {
		json_key(&w, "encoding");
		json_cstr(&w, doc->encoding);
	}
	json_key(&w, "paragraphs");
	json_array_begin(&w);
	for (i = 0; i < doc->npara; i++) {
		const struct paragraph *p = &doc->paras[i];
		struct buf path = BUF_INIT;

		json_object_begin(&w);
		json_key(&w, "index");
		json_uint(&w, i);
		json_key(&w, "kind");
		json_cstr(&w, para_kind_name(p->kind));
		json_key(&w, "label");
		json_cstr(&w, p->label);
		json_key(&w, "clause_number");
		json_cstr(&w, p->clause);
		json_key(&w, "level");
		if (p->level >= 0)
			json_uint(&w, (unsigned)p->level);
		else
			json_null(&w);
		document_heading_path(doc, i, &path);
		json_key(&w, "heading_path");
		json_string(&w, path.ptr, path.len);
		buf_release(&path);
		json_key(&w, "text");
		json_string(&w, doc->text.ptr + p->start, p->end - p->start);
		json_key(&w, "start");
		json_uint(&w, p->start);
		json_key(&w, "end");
		json_uint(&w, p->end);
		json_key(&w, doc->format == DOC_FORMAT_TEXT ? "line" : "paragraph");
		json_uint(&w, p->source);
		json_key(&w, "tracked");
		json_uint(&w, p->tracked);
		/* A contents line has no label of its own and no rule reads it. */
		json_key(&w, "contents");
		json_bool(&w, p->contents);
		if (p->note_id) {
			json_key(&w, "note_id");
			json_cstr(&w, p->note_id);
		}
		json_object_end(&w);
	}
	json_array_end(&w);
	json_key(&w, "comments");
	json_array_begin(&w);
	for (i = 0; i < doc->ncomment; i++) {
		json_object_begin(&w);
		json_key(&w, "paragraph");
		json_uint(&w, doc->comments[i].para);
		json_key(&w, "author");
		json_cstr(&w, doc->comments[i].author);
		json_key(&w, "text");
		json_cstr(&w, doc->comments[i].text);
		json_object_end(&w);
	}
	json_array_end(&w);
	json_key(&w, "warnings");
	json_array_begin(&w);
	for (i = 0; i < doc->nwarning; i++)
		json_cstr(&w, doc->warnings[i]);
	json_array_end(&w);
	json_object_end(&w);
	put_json_document(&b, fp);
}

/*
 * Several files: text as head(1) prints them, each under "==> FILE <==";
 * JSON as a stream of one object per file, which jq reads as is.  A file
 * that cannot be read is reported and skipped; the others are printed.
 */
static int cmd_extract(struct cli *c)
{
	struct output out;
	int status = EXIT_STATUS_OK, json;
	size_t i, w, printed = 0;

	if (c->nargs < 2)
		return usage_error("%s", "extract needs a FILE");
	json = c->format && strcmp(c->format, "json") == 0;
	if (c->format && !json && strcmp(c->format, "text") != 0)
		return usage_error("extract prints text or json, not '%s'", c->format);
	if (output_open(&out, c->output))
		return EXIT_STATUS_ERROR;
	for (i = 1; i < c->nargs; i++) {
		const char *name = input_name(c->args[i]);
		struct document doc;
		struct buf err = BUF_INIT;

		document_init(&doc, name);
		if (load_file(&doc, c->args[i], &c->load, &err)) {
			error("cannot read '%s': %s", name, err.ptr);
			status = EXIT_STATUS_ERROR;
			goto next;
		}
		for (w = 0; w < doc.nwarning; w++)
			warning("%s: %s", name, doc.warnings[w]);
		if (json) {
			extract_json(out.fp, &doc);
		} else {
			if (c->nargs > 2)
				fprintf(out.fp, "%s==> %s <==\n", printed ? "\n" : "", name);
			fwrite(doc.text.ptr, 1, doc.text.len, out.fp);
			if (doc.text.len && doc.text.ptr[doc.text.len - 1] != '\n')
				fputc('\n', out.fp);
		}
		printed++;
next:
		document_release(&doc);
		buf_release(&err);
	}
	/* Nothing readable: no output file at all. */
	if (output_close(&out, printed > 0))
		status = EXIT_STATUS_ERROR;
	return status;
}

static void rules_list_json(FILE *fp, const struct ruleset *rs)
{
	struct json_writer w;
	struct buf b = BUF_INIT;
	size_t i;

	json_writer_init(&w, &b);
	json_array_begin(&w);
	for (i = 0; i < rs->nrules; i++) {
		const struct rule *r = &rs->rules[i];

		json_object_begin(&w);
		json_key(&w, "id");
		json_cstr(&w, r->id);
		json_key(&w, "type");
		json_cstr(&w, r->type_id);
		json_key(&w, "stance");
		json_cstr(&w, stance_name(r->stance));
		json_key(&w, "severity");
		json_cstr(&w, severity_name(r->severity));
		json_key(&w, "title");
		json_cstr(&w, r->title);
		json_key(&w, "file");
		json_cstr(&w, r->file);
		json_key(&w, "line");
		json_uint(&w, r->line);
		json_object_end(&w);
	}
	json_array_end(&w);
	put_json_document(&b, fp);
}

static int cmd_rules(struct cli *c)
{
	struct ruleset rs;
	struct output out;
	int status = EXIT_STATUS_OK;
	size_t i;

	if (c->nargs < 2)
		return usage_error("%s", "rules needs a subcommand: list or test");
	if (strcmp(c->args[1], "list") && strcmp(c->args[1], "test"))
		return usage_error("unknown rules subcommand '%s' (list, test)", c->args[1]);
	if (c->nargs > 2)
		return usage_error("rules %s takes no operand, not '%s'", c->args[1], c->args[2]);
	if (c->format && strcmp(c->format, "text") && strcmp(c->format, "json"))
		return usage_error("rules list prints text or json, not '%s'", c->format);
	if (load_rules(c, &rs)) {
		ruleset_release(&rs);
		return EXIT_STATUS_ERROR;
	}
	if (output_open(&out, c->output)) {
		ruleset_release(&rs);
		return EXIT_STATUS_ERROR;
	}
	if (strcmp(c->args[1], "test") == 0) {
		if (ruleset_self_test(&rs, out.fp, c->verbose))
			status = EXIT_STATUS_POLICY;
	} else if (c->format && strcmp(c->format, "json") == 0) {
		rules_list_json(out.fp, &rs);
	} else {
		for (i = 0; i < rs.nrules; i++) {
			const struct rule *r = &rs.rules[i];

			fprintf(out.fp, "%-44s %-30s %-10s %-8s %s\n", r->id, r->type_id,
				stance_name(r->stance), severity_name(r->severity), r->title);
		}
		fprintf(out.fp, "%zu rules, %zu clause types, %zu checklist items\n",
			rs.nrules, rs.ntypes, rs.nitems);
	}
	if (output_close(&out, 1))
		status = EXIT_STATUS_ERROR;
	ruleset_release(&rs);
	return status;
}

int main(int argc, char **argv)
{
	struct cli c;
	int status;

	memset(&c, 0, sizeof(c));
	c.load = (struct load_options)LOAD_OPTIONS_INIT;
	xmlInitParser();
	switch (parse_args(&c, argc, argv)) {
	case PARSE_DONE:
		status = EXIT_STATUS_OK;
		goto done;
	case PARSE_USAGE:
		status = EXIT_STATUS_ERROR;
		goto done;
	case PARSE_RUN:
		break;
	}
	diag_set_quiet(c.quiet);
	if (c.nargs == 0) {
		usage_line(stderr);
		fputs("Try 'aiclause --help' for more information.\n", stderr);
		status = EXIT_STATUS_ERROR;
	} else if (strcmp(c.args[0], "review") == 0) {
		status = cmd_review(&c);
	} else if (strcmp(c.args[0], "scan") == 0) {
		status = cmd_scan(&c);
	} else if (strcmp(c.args[0], "extract") == 0) {
		status = cmd_extract(&c);
	} else if (strcmp(c.args[0], "rules") == 0) {
		status = cmd_rules(&c);
	} else {
		status = usage_error("unknown command '%s'", c.args[0]);
	}
done:
	free(c.args);
	free(c.rule_dirs);
	free(c.waiver_files);
	xmlCleanupParser();
	return status;
}

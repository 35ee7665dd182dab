#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "hash.h"
#include "regex_lit.h"
#include "xalloc.h"

/* Exact sets (every string a sub-pattern can match) are kept this small. */
#define EXACT_MAX_SET 32
/* Nesting beyond this is not analysed (the pattern then always runs). */
#define MAX_DEPTH 64

/* A set of strings, all in the parser's arena. */
struct litset {
	const char **v;
	size_t n;
	size_t w;                 /* the least weight() of its strings, or WEIGHT_UNKNOWN */
	/* How far past the start of the sub-pattern that offers the set a word of it can begin. */
	struct regex_span reach;
	/* How far past it a word of the set begins at least, in characters. */
	size_t lead;
	/*
	 * The items of the enclosing sequence the set's words lie in, first to
	 * last (struct regex_need); REGEX_LIT_NO_ORDER where unknown.
	 */
	size_t first_atom, last_atom;
};

#define WEIGHT_UNKNOWN ((size_t)-1)

static void seal_set(struct litset *l);

/*
 * What is known of a sub-pattern: `ex` when `exact` is every string it can
 * match; `req` when `has_req` is an OR-set every match contains.
 */
struct info {
	struct regex_span maxlen; /* what a match can span, at most */
	size_t minlen;            /* characters a match takes, at least */
	int nonspace;             /* one character, never ASCII white space */
	int exact;
	struct litset ex;
	int has_req;
	struct litset req;
	/* Sequences: the best few necessary sets, best first; all are needed. */
	struct litset all[REGEX_LIT_MAX_AND];
	size_t nall;
};

struct parser {
	const char *p;
	struct arena *a;
	int depth;
	struct regex_lit_memo *memo;    /* NULL: analyse every group afresh */
};

/*
 * What a group's body was found to be, by its text.  The rules repeat the
 * same placeholder expansions ({vendor}, {customer_data}) in hundreds of
 * patterns; analysing each once saves most of the rule set's load time.
 * Entries and their sets live in the memo's own arena.
 */
struct memo_entry {
	const char *text;
	size_t len;
	uint64_t hash;
	struct info in;
};

struct regex_lit_memo {
	struct arena a;
	struct memo_entry *slots;       /* open addressing; text == NULL: empty */
	size_t nslot, nused;
};

/* Bodies shorter than this are cheaper to analyse than to look up. */
#define MEMO_MIN_LEN 48

#define SPAN_ZERO ((struct regex_span){ 0, 0, 0, 0 })
#define SPAN_UNBOUNDED ((struct regex_span){ 0, 0, 0, 1 })

static struct litset set_of(struct parser *ps, const char *s, size_t n)
{
	struct litset l;
	const char **v = arena_alloc(ps->a, sizeof(*v));

	if (n > REGEX_LIT_MAX_LEN)
		n = REGEX_LIT_MAX_LEN;
	v[0] = arena_strndup(ps->a, s, n);
	l.v = v;
	l.n = 1;
	l.w = WEIGHT_UNKNOWN;
	l.reach = SPAN_ZERO;
	l.lead = 0;
	l.first_atom = 0;
	l.last_atom = REGEX_LIT_NO_ORDER;
	return l;
}

static size_t add_size(size_t a, size_t b)
{
	return a > (size_t)-1 - b ? (size_t)-1 : a + b;
}

static size_t max_size(size_t a, size_t b)
{
	return a > b ? a : b;
}

static size_t min_size(size_t a, size_t b)
{
	return a < b ? a : b;
}

static struct regex_span span_add(struct regex_span a, struct regex_span b)
{
	struct regex_span r;

	r.bytes = add_size(a.bytes, b.bytes);
	r.chars = add_size(a.chars, b.chars);
	r.words = add_size(a.words, b.words);
	r.unbounded = a.unbounded || b.unbounded;
	return r;
}

/* At least either: each term the greater. */
static struct regex_span span_max(struct regex_span a, struct regex_span b)
{
	struct regex_span r;

	r.bytes = max_size(a.bytes, b.bytes);
	r.chars = max_size(a.chars, b.chars);
	r.words = max_size(a.words, b.words);
	r.unbounded = a.unbounded || b.unbounded;
	return r;
}

static size_t mul_size(size_t a, size_t k)
{
	return k && a > (size_t)-1 / k ? (size_t)-1 : a * k;
}

static struct regex_span span_times(struct regex_span a, size_t k)
{
	a.bytes = mul_size(a.bytes, k);
	a.chars = mul_size(a.chars, k);
	a.words = mul_size(a.words, k);
	return a;
}

static int span_is_zero(struct regex_span a)
{
	return !a.unbounded && !a.bytes && !a.chars && !a.words;
}

size_t regex_span_at(const struct regex_span *s, size_t char_bytes, size_t word_bytes)
{
	size_t n;

	if (s->unbounded)
		return REGEX_LIT_UNBOUNDED;
	n = add_size(s->bytes, add_size(mul_size(s->chars, char_bytes),
					mul_size(s->words, word_bytes)));
	return n == (size_t)-1 ? REGEX_LIT_UNBOUNDED : n;
}

/*
 * What the ASCII text s[0..n) can match in a caseless UTF pattern: a byte
 * a letter, but "k" and "s" also match the Kelvin sign and the long s,
 * so they are characters of the text's widest.
 */
static struct regex_span literal_span(const char *s, size_t n)
{
	struct regex_span r = SPAN_ZERO;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == 'k' || s[i] == 's')
			r.chars++;
		else
			r.bytes++;
	}
	return r;
}

static int is_ascii_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static struct info exact_string(struct parser *ps, const char *s, size_t n)
{
	struct info in = { 0 };

	in.exact = 1;
	in.ex = set_of(ps, s, n);
	in.maxlen = literal_span(s, n);
	in.minlen = n;          /* ASCII: a character a byte */
	in.nonspace = n == 1 && !is_ascii_space((unsigned char)s[0]);
	return in;
}

static struct info empty_match(struct parser *ps)
{
	return exact_string(ps, "", 0);
}

static struct info anything(void)
{
	struct info in = { 0 };

	in.maxlen = SPAN_UNBOUNDED;
	return in;
}

/*
 * Any one character: a class, ".", "\w", a non-ASCII letter; `nonspace`
 * when it is never ASCII white space, so that a run of it ("\w+") stays
 * within a word of the text.
 */
static struct info one_char(int nonspace)
{
	struct info in = { 0 };

	in.maxlen.chars = 1;
	in.minlen = 1;
	in.nonspace = nonspace;
	return in;
}

static int has_empty(const struct litset *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (!l->v[i][0])
			return 1;
	return 0;
}

/*
 * Words and phrases the rules' patterns need that the prefilter finds so
 * often in contracts that finding them costs more than the regex runs
 * their sets spare: ASCII lower-case, as the analysis gives them, without
 * the space in front that says "at a word start" (regex_lit.h), sorted as
 * strcmp sorts, for bsearch.  Each weighs as a word of every sentence, so
 * a set holding one is chosen only when nothing better exists and then not
 * returned: "ing" (67,000 finds over the CUAD texts, 43 runs spared), "of
 * the " (25,000 finds, none), "part", "pro", fragments such as "e of "
 * that an alternation leaves.  Measured, not guessed: a build with
 * -DAICLAUSE_WORD_PROFILE over all CUAD, weighed by
 * tests/bench/word-value.py (a word out when found 200 times or more and
 * more than 300 times a run its sets alone spared), and again with each
 * new list, as it changes the sets chosen, until nothing more passes.  A
 * run costs about as much as 300 finds (9,000 instructions of JIT code,
 * 30,000 interpreted; a find a few dozen, and often a cache miss).  The finds
 * went from 3.11 to 2.35 million.  Rules' keywords are not needs, and the
 * prefilter finds them whatever this list says; a need is only a
 * necessary condition, so no list can change a finding, only what the
 * engine tries.  Words may go stale as the rules change: a word no
 * pattern needs costs nothing here, one that a new rule would rely on
 * shows in word-value.py's table as a high count of runs spared.
 */
static const char *const costly_words[] = {
	"a copy", "a copy ", "a period", "access to", "accordance with", "account ",
	"achiev", "act", "admin", "affiliates ", "age", "agree", "agreed to",
	"agreement of", "amendment ", "amendments", "amount ", "amounts ", "and deliver",
	"and is ", "and not", "and shall", "and shall be ", "and will", "approval ",
	"approval of ", "approve", "as provided", "as set forth in ", "ask", "assist ",
	"auto", "available to ", "base", "based ", "be deemed", "be entitled", "below",
	"benefit ", "bind", "both parties ", "bound ", "brand", "breach of", "business",
	"business ", "but", "by the parties", "capital ", "case", "cause", "certain ",
	"certificate", "claims", "closure", "code", "commence", "commission ", "common ",
	"compensat", "complian", "condition", "consent of ", "consider", "consistent",
	"cooperation", "copies ", "copy ", "counter", "court", "creat", "created",
	"customer is ", "customer shall be ", "data ", "days of ", "define", "den",
	"designate", "designated ", "direct ", "director", "distributor ", "e agreement",
	"e obligation", "e of ", "e to ", "elect", "entered into", "equipment", "equity ",
	"every", "except as expressly", "expressly", "expressly ", "failure", "fault",
	"file", "financial", "fine", "first ", "follow", "for a ", "for a period of ",
	"for all", "for any", "for purposes of ", "foreign", "form", "franchise", "free",
	"free ", "from the ", "furnished ", "giv", "granted", "ground", "group", "has not",
	"have the right", "herein", "hold harmless", "hosting", "how", "however", "if any",
	"in addition to", "in all ", "in and to ", "in any ", "in connection", "in each ",
	"in section", "in the ", "in this agreement", "including ", "indemn", "indemni",
	"independent", "indicat", "ing", "initial ", "interest in ", "internet", "it is ",
	"its obligations", "late", "laws of", "laws of the ", "legal", "license ",
	"licensor", "limitation ", "limited ", "line", "local", "maintenance ", "mak",
	"manage", "manufacture", "manufacturing ", "mark ", "marketing ", "marks ",
	"material", "material ", "materially", "materials ", "may be", "mean", "meetings",
	"met", "milestone", "minimum ", "modification ", "modifications ",
	"necessary for ", "need", "nor", "not be ", "number", "oblig", "obligate",
	"obligated ", "obtained", "of a ", "of any ", "of each ", "of it", "of the ",
	"omitted", "on behalf of ", "on which", "operat", "operating ", "or by ", "or not",
	"other party", "other right", "otherwise", "out", "outstanding", "overs", "part",
	"part ", "parties ", "pay ", "place", "portion of", "possession", "power", "pro",
	"produc", "program", "prohibit", "project", "proper", "propose", "proposed",
	"provided to ", "provided, however, ", "providing", "provision ", "provisions",
	"provisions ", "pursuant to", "quality", "quarterly", "rating ", "reasonabl",
	"reasonable ", "recall", "receiv", "reference ", "referred ", "regulat", "relate",
	"relating", "relating to ", "release ", "required by ", "requirement",
	"requirements ", "reside", "responsibility ", "risk", "sales ", "search", "sent",
	"separate", "serve", "set forth ", "shall be", "shall have", "shall pay", "shar",
	"shares ", "sign", "sold ", "specified ", "stat", "stated", "statement", "states",
	"states ", "subcontractors", "such as", "such information", "sum", "suppl",
	"taken", "target", "technolog", "technologies", "template", "that are ",
	"that is ", "that such ", "that the ", "the amount of", "the case",
	"the following", "the number of", "the other", "the other party",
	"the other party ", "the parties shall ", "the right", "the same ", "the service",
	"their ", "their respective", "through ", "time", "to a ", "to any other ",
	"to be", "to perform", "to perform ", "to provide ", "to the ", "together with",
	"total", "transaction ", "transactions ", "transfer of", "treatment", "turn ",
	"unable", "under", "unenforceable", "unit", "until", "upon written ", "used by ",
	"valid", "vendor's ", "version ", "web", "whether or not", "which", "which ",
	"which is ", "will be", "will use ", "withhold", "without the ", "written consent",
	"you ",
};

static int by_text(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

/*
 * Whether w is among costly_words, a space in front or not: the
 * prefilter finds both with one keyword.
 */
static int costly(const char *w)
{
	if (*w == ' ')
		w++;
	return bsearch(w, costly_words, sizeof(costly_words) / sizeof(*costly_words),
		       sizeof(*costly_words), by_text) != NULL;
}

/*
 * How well a string filters: its length, but a word found in nearly every
 * sentence ("the ", "may", "any") filters nothing.
 */
static size_t weight(const char *w)
{
	/*
	 * Function words, and the few content words a contract uses in
	 * sentence after sentence ("agree", "party", "make", "work"): each
	 * chosen over a longer, rarer word of another set ran its patterns in
	 * most sentences (0.3% more instructions over CUAD).  Not "use":
	 * a second set of use/utilise/exploit spares the NDA purpose-limit
	 * patterns most of their runs (matching -2.0% over the 29 texts).
	 * Nor "make", "work", "agree" or "each", tried one at a time: as a
	 * need each spares more runs than its finds cost (matching -0.8%
	 * together).  "made", "party", "shall", "such" stay: taking any of
	 * them off cost 0.1% to 1.0% more.  Nor "have", "your" or "you"
	 * (matching -3.5% more over the CUAD texts, which seldom address a
	 * "you"; over the AI terms, which often do, the review costs 0.14%
	 * more).  Nor "will", "any", "the", "and" or "with", tried one at
	 * a time: each off the list cost more over the 29 texts (all rules
	 * +0.0005%, +0.06%, +0.19%, +0.19%, +0.10%).
	 */
	static const char *const common[] = {
		"a", "all", "an", "and", "any", "are", "as", "at", "be", "by",
		"can", "for", "from", "has", "if", "in", "is", "it",
		"its", "made", "may", "no", "not", "of", "on", "or", "other",
		"our", "party", "shall", "such", "that", "the", "these", "this",
		"those", "to", "will", "with",
	};
	size_t i, b = 0, e = strlen(w);

	if (costly(w))
		return 1;
	while (b < e && !isalnum((unsigned char)w[b]))
		b++;
	while (e > b && !isalnum((unsigned char)w[e - 1]))
		e--;
	/* No common word is longer than five letters. */
	if (e - b > 5)
		return e - b;
	for (i = 0; i < sizeof(common) / sizeof(*common); i++)
		if (common[i][0] == w[b] && !strncmp(common[i], w + b, e - b) &&
		    !common[i][e - b])
			return 1;
	return e - b;
}

/* The least `measure` of the strings of a set; 0 for an empty set. */
static size_t least(const struct litset *l, size_t (*measure)(const char *))
{
	size_t i, m = (size_t)-1;

	for (i = 0; i < l->n; i++)
		if (measure(l->v[i]) < m)
			m = measure(l->v[i]);
	return l->n ? m : 0;
}

static size_t min_len(const struct litset *l)
{
	return least(l, strlen);
}

/*
 * Weighing is the analysis's inner loop.  The sets a sequence keeps are
 * weighed once (seal_set); the many passing products are weighed only when
 * asked.
 */
static void seal_set(struct litset *l)
{
	l->w = least(l, weight);
}

static size_t min_weight(const struct litset *l)
{
	return l->w != WEIGHT_UNKNOWN ? l->w : least(l, weight);
}

/*
 * Past this many letters a word is rare enough in contracts that a longer
 * one filters no better; fewer words then win, and the prefilter stays
 * small ("property" rather than 24 spellings of "shall be our property").
 */
#define WEIGHT_ENOUGH 8

static size_t capped_weight(const struct litset *l)
{
	size_t w = min_weight(l);

	return w < WEIGHT_ENOUGH ? w : WEIGHT_ENOUGH;
}

/* Whether `a` filters better than `b`: heavier lightest string, then fewer. */
static int better(const struct litset *a, const struct litset *b)
{
	size_t ma = capped_weight(a), mb = capped_weight(b);

	if (ma != mb)
		return ma > mb;
	return a->n < b->n;
}

/* The best necessary set an info offers, or none (n == 0). */
static struct litset best_of(const struct info *in)
{
	struct litset none = { NULL, 0, 0 };	/* weighs nothing: least() of no strings */
	struct litset best = none;

	if (in->has_req)
		best = in->req;
	if (in->exact && in->ex.n && !has_empty(&in->ex) && (!best.n || better(&in->ex, &best)))
		best = in->ex;
	return best;
}

static int same_set(const struct litset *a, const struct litset *b)
{
	size_t i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (strcmp(a->v[i], b->v[i]))
			return 0;
	return 1;
}

/*
 * Keeps `cand` among a sequence's best necessary sets.  Each part of a
 * sequence must match, so each part's set is needed: together they filter
 * better than the best alone.
 */
/* Whether text holding a word of `a` always holds a word of `b`. */
static int implies(const struct litset *a, const struct litset *b)
{
	size_t i, j;

	for (i = 0; i < a->n; i++) {
		size_t la = strlen(a->v[i]);

		/* A longer word is never inside: no strstr for it. */
		for (j = 0; j < b->n; j++)
			if (strlen(b->v[j]) <= la && strstr(a->v[i], b->v[j]))
				break;
		if (j == b->n)
			return 0;
	}
	return 1;
}

static void drop(struct info *seq, size_t at)
{
	size_t i;

	for (i = at; i + 1 < seq->nall; i++)
		seq->all[i] = seq->all[i + 1];
	seq->nall--;
}

/*
 * Drops words that contain another word of the set: "trained" if "train".
 * A kept word can begin inside a dropped one ("you and" in "between you
 * and"), so the reach grows by as much.
 */
static struct litset minimal(struct parser *ps, const struct litset *l)
{
	struct litset m;
	size_t i, j;
	struct regex_span further = SPAN_ZERO;
	/* by[i]: the word that word i was dropped for, or l->n when kept. */
	size_t *by = arena_alloc(ps->a, l->n * sizeof(*by) + 1);
	size_t *len = arena_alloc(ps->a, l->n * sizeof(*len) + 1);

	m.v = arena_alloc(ps->a, l->n * sizeof(*m.v) + 1);
	m.n = 0;
	for (i = 0; i < l->n; i++)
		len[i] = strlen(l->v[i]);
	for (i = 0; i < l->n; i++) {
		/* A longer word is never inside: no strstr for it. */
		for (j = 0; j < l->n; j++)
			if (j != i && len[j] <= len[i] && strstr(l->v[i], l->v[j]) &&
			    (strcmp(l->v[i], l->v[j]) || j < i))
				break;
		by[i] = j;
		if (j == l->n)
			m.v[m.n++] = l->v[i];
	}
	/* Follow each dropped word down to a kept one inside it. */
	for (i = 0; i < l->n && m.n < l->n; i++) {
		struct regex_span at = SPAN_ZERO;
		size_t cur = i;

		while (by[cur] < l->n) {
			const char *in = strstr(l->v[cur], l->v[by[cur]]);

			at = span_add(at, literal_span(l->v[cur], (size_t)(in - l->v[cur])));
			cur = by[cur];
		}
		further = span_max(further, at);
	}
	m.reach = span_add(l->reach, further);
	/* A kept word inside a dropped one begins no earlier than it. */
	m.lead = l->lead;
	/* Inside the words kept: in the same items. */
	m.first_atom = l->first_atom;
	m.last_atom = l->last_atom;
	seal_set(&m);
	return m;
}

static void consider(struct parser *ps, struct info *seq, const struct litset *raw)
{
	struct litset min;
	const struct litset *cand = &min;
	size_t i, at;

	/*
	 * Single characters filter nothing.  Checked on the raw set first, as
	 * most candidates are single characters: minimal() keeps the shortest
	 * string, and an empty one swallows the rest.
	 */
	if (!raw->n || has_empty(raw) || min_len(raw) < 2)
		return;
	min = minimal(ps, raw);
	if (cand->n > REGEX_LIT_MAX_SET)
		return;
	for (i = 0; i < seq->nall; i++)
		if (same_set(&seq->all[i], cand) || implies(&seq->all[i], cand))
			return;
	/* "indemnify" says all that "indemn" said. */
	for (i = seq->nall; i > 0; i--)
		if (implies(cand, &seq->all[i - 1]))
			drop(seq, i - 1);
	for (at = 0; at < seq->nall && !better(cand, &seq->all[at]); at++)
		;
	if (at == REGEX_LIT_MAX_AND)
		return;
	if (seq->nall < REGEX_LIT_MAX_AND)
		seq->nall++;
	for (i = seq->nall - 1; i > at; i--)
		seq->all[i] = seq->all[i - 1];
	seq->all[at] = *cand;
	seq->req = seq->all[0];
	seq->has_req = 1;
}

/* Every a + b; fails (returns 0) when the result would be too large. */
static int product(struct parser *ps, const struct litset *a, const struct litset *b,
		   struct litset *out)
{
	size_t i, j, k = 0;

	if (a->n * b->n > EXACT_MAX_SET)
		return 0;
	out->v = arena_alloc(ps->a, a->n * b->n * sizeof(*out->v));
	for (i = 0; i < a->n; i++)
		for (j = 0; j < b->n; j++) {
			size_t la = strlen(a->v[i]), lb = strlen(b->v[j]);
			char *s;

			if (la + lb > REGEX_LIT_MAX_LEN)
				lb = la < REGEX_LIT_MAX_LEN ? REGEX_LIT_MAX_LEN - la : 0;
			s = arena_alloc(ps->a, la + lb + 1);
			memcpy(s, a->v[i], la);
			memcpy(s + la, b->v[j], lb);
			s[la + lb] = '\0';
			out->v[k++] = s;
		}
	out->n = k;
	out->w = WEIGHT_UNKNOWN;
	out->reach = a->reach;          /* the words start where a's do */
	out->lead = a->lead;
	out->first_atom = a->first_atom;
	out->last_atom = b->last_atom;
	return 1;
}

static int set_union(struct parser *ps, const struct litset *a, const struct litset *b,
		     size_t cap, struct litset *out)
{
	if (a->n + b->n > cap)
		return 0;
	out->v = arena_alloc(ps->a, (a->n + b->n) * sizeof(*out->v) + 1);
	memcpy(out->v, a->v, a->n * sizeof(*out->v));
	memcpy(out->v + a->n, b->v, b->n * sizeof(*out->v));
	out->n = a->n + b->n;
	out->w = a->w == WEIGHT_UNKNOWN || b->w == WEIGHT_UNKNOWN ? WEIGHT_UNKNOWN :
		 a->w < b->w ? a->w : b->w;
	out->reach = span_max(a->reach, b->reach);
	out->lead = min_size(a->lead, b->lead);
	/* Words of different branches: no order known. */
	out->first_atom = 0;
	out->last_atom = REGEX_LIT_NO_ORDER;
	return 1;
}

static struct info parse_alt(struct parser *ps);

/*
 * Skips to just past the ')' closing a group whose '(' is behind us.
 * Returns 0 when the pattern ends first.
 */
static int skip_group(struct parser *ps)
{
	int depth = 1;

	while (*ps->p && depth) {
		if (*ps->p == '\\' && ps->p[1]) {
			ps->p += 2;
			continue;
		}
		if (*ps->p == '[') {
			ps->p++;
			if (*ps->p == '^')
				ps->p++;
			if (*ps->p == ']')
				ps->p++;
			while (*ps->p && *ps->p != ']') {
				if (*ps->p == '\\' && ps->p[1])
					ps->p++;
				ps->p++;
			}
			if (*ps->p)
				ps->p++;
			continue;
		}
		if (*ps->p == '(')
			depth++;
		else if (*ps->p == ')')
			depth--;
		ps->p++;
	}
	return depth == 0;
}

struct regex_lit_memo *regex_lit_memo_new(void)
{
	struct regex_lit_memo *m = xcalloc(1, sizeof(*m));

	m->nslot = 1024;
	m->slots = xcalloc(m->nslot, sizeof(*m->slots));
	return m;
}

void regex_lit_memo_free(struct regex_lit_memo *m)
{
	if (!m)
		return;
	arena_release(&m->a);
	free(m->slots);
	free(m);
}

static struct memo_entry *memo_slot(struct regex_lit_memo *m, const char *s, size_t n,
				    uint64_t h)
{
	size_t i = (size_t)h & (m->nslot - 1);

	while (m->slots[i].text &&
	       (m->slots[i].hash != h || m->slots[i].len != n || memcmp(m->slots[i].text, s, n)))
		i = (i + 1) & (m->nslot - 1);
	return &m->slots[i];
}

static void memo_grow(struct regex_lit_memo *m)
{
	struct memo_entry *old = m->slots;
	size_t i, n = m->nslot;

	m->nslot *= 2;
	m->slots = xcalloc(m->nslot, sizeof(*m->slots));
	for (i = 0; i < n; i++)
		if (old[i].text)
			*memo_slot(m, old[i].text, old[i].len, old[i].hash) = old[i];
	free(old);
}

static struct litset keep_set(struct arena *a, const struct litset *l)
{
	struct litset k = *l;
	size_t i;

	if (!l->n)
		return k;
	k.v = arena_alloc(a, l->n * sizeof(*k.v));
	for (i = 0; i < l->n; i++)
		k.v[i] = arena_strdup(a, l->v[i]);
	return k;
}

/* A copy of `in` whose sets live in the memo's arena. */
static struct info keep_info(struct regex_lit_memo *m, const struct info *in)
{
	struct info k = *in;
	size_t i;

	k.ex = keep_set(&m->a, &in->ex);
	k.req = keep_set(&m->a, &in->req);
	for (i = 0; i < in->nall; i++)
		k.all[i] = keep_set(&m->a, &in->all[i]);
	return k;
}

/* Where the group whose body starts at p ends: its ')', or the string's end. */
static const char *group_end(const char *p)
{
	struct parser scan = { 0 };

	scan.p = p;
	return skip_group(&scan) ? scan.p - 1 : scan.p;
}

/* A group's body up to its ')', as a sub-pattern. */
static struct info group_body(struct parser *ps)
{
	struct info in;
	struct memo_entry *e = NULL;
	const char *body = ps->p, *end = NULL;
	uint64_t h = 0;

	if (++ps->depth > MAX_DEPTH) {
		skip_group(ps);
		ps->depth--;
		return anything();
	}
	/*
	 * Deep inside, the depth limit could make the same text read
	 * differently; those groups are not remembered (a pattern would have
	 * to nest groups MAX_DEPTH / 2 deep for this to matter).
	 */
	if (ps->memo && ps->depth <= MAX_DEPTH / 2) {
		end = group_end(body);
		if ((size_t)(end - body) >= MEMO_MIN_LEN) {
			h = hash_bytes(body, (size_t)(end - body));
			e = memo_slot(ps->memo, body, (size_t)(end - body), h);
			if (e->text) {
				ps->depth--;
				ps->p = *end == ')' ? end + 1 : end;
				return e->in;
			}
		} else {
			end = NULL;
		}
	}
	in = parse_alt(ps);
	ps->depth--;
	if (*ps->p == ')')
		ps->p++;
	/*
	 * Remember only what was read whole, to the group's own end.  The
	 * groups inside may have grown the table: find the slot again.
	 */
	if (e && (ps->p == end || ps->p == end + 1)) {
		e = memo_slot(ps->memo, body, (size_t)(end - body), h);
		e->text = arena_strndup(&ps->memo->a, body, (size_t)(end - body));
		e->len = (size_t)(end - body);
		e->hash = h;
		e->in = keep_info(ps->memo, &in);
		if (++ps->memo->nused * 2 > ps->memo->nslot)
			memo_grow(ps->memo);
	}
	return in;
}

static struct info parse_group(struct parser *ps)
{
	const char *q;

	ps->p++;        /* '(' */
	if (*ps->p != '?' && *ps->p != '*')
		return group_body(ps);
	if (*ps->p == '*') {            /* (*VERB) */
		skip_group(ps);
		return empty_match(ps);
	}
	ps->p++;        /* '?' */
	switch (*ps->p) {
	case ':':
	case '>':
	case '|':
		ps->p++;
		return group_body(ps);
	case '=':
	case '!':
		ps->p++;
		(void)group_body(ps);
		return empty_match(ps);
	case '<':
		if (ps->p[1] == '=' || ps->p[1] == '!') {
			ps->p += 2;
			(void)group_body(ps);
			return empty_match(ps);
		}
		/* fall through */
	case 'P':               /* "(?<name>" and "(?P<name>" */
		q = *ps->p == '<' || ps->p[1] == '<' ? strchr(ps->p, '>') : NULL;
		if (!q) {
			skip_group(ps);
			return anything();
		}
		ps->p = q + 1;
		return group_body(ps);
	case '\'':
		q = strchr(ps->p + 1, '\'');
		if (!q) {
			skip_group(ps);
			return anything();
		}
		ps->p = q + 1;
		return group_body(ps);
	case '#':
		skip_group(ps);
		return empty_match(ps);
	default:
		break;
	}
	/* Option settings: "(?i)" alone, or "(?i-s:" opening a group. */
	q = ps->p;
	while (*q && (isalpha((unsigned char)*q) || *q == '-' || *q == '^'))
		q++;
	if (*q == ')') {
		ps->p = q + 1;
		return empty_match(ps);
	}
	if (*q == ':') {
		ps->p = q + 1;
		return group_body(ps);
	}
	/* Recursion, conditionals, callouts: not analysed. */
	skip_group(ps);
	return anything();
}

/*
 * Whether the class element at p can match ASCII white space, and where
 * it ends (*end).  Unsure is yes: \x20 and [:print:] can, \w and [:alpha:]
 * cannot, and a range can only where it starts at or below the space.
 */
static int class_item_spaces(const char *p, const char **end, int *has_s)
{
	if (*p == '\\' && p[1]) {
		*end = p + 2;
		if (p[1] == 's')
			*has_s = 1;
		return !strchr("wdS.,;:!?'\"-_/()[]{}&%$#@*+=<>|^~`\\", p[1]);
	}
	if (*p == '[' && p[1] == ':') {
		static const char *const quiet[] = {
			"[:alpha:]", "[:digit:]", "[:alnum:]", "[:upper:]", "[:lower:]",
			"[:punct:]", "[:xdigit:]", "[:word:]", "[:graph:]"
		};
		const char *e = strstr(p, ":]");
		size_t i;

		*end = e ? e + 2 : p + 1;
		if (e && !strncmp(p, "[:space:]", 9))
			*has_s = 1;
		for (i = 0; e && i < sizeof(quiet) / sizeof(*quiet); i++)
			if ((size_t)(e + 2 - p) == strlen(quiet[i]) && !strncmp(p, quiet[i], strlen(quiet[i])))
				return 0;
		return 1;
	}
	*end = p + 1;
	return (unsigned char)*p <= ' ';
}

static struct info parse_class(struct parser *ps)
{
	const char *start = ++ps->p;
	int negated = 0, ascii_only = 1, spaces = 0, has_s = 0;
	char folded = 0;

	if (*ps->p == '^') {
		negated = 1;
		ps->p++;
	}
	if (*ps->p == ']') {
		ps->p++;
	}
	while (*ps->p && *ps->p != ']') {
		const char *end;

		if (*ps->p == '\\' || *ps->p == '[' || (unsigned char)*ps->p >= 0x80 ||
		    !isalnum((unsigned char)*ps->p))
			ascii_only = 0;
		else if (!folded)
			folded = (char)tolower((unsigned char)*ps->p);
		else if (folded != tolower((unsigned char)*ps->p))
			ascii_only = 0;
		spaces |= class_item_spaces(ps->p, &end, &has_s);
		if (*ps->p == '\\' && ps->p[1])
			ps->p++;
		else if (*ps->p == '[' && ps->p[1] == ':') {
			const char *e = strstr(ps->p, ":]");

			if (e)
				ps->p = e + 1;
		}
		ps->p++;
	}
	if (*ps->p)
		ps->p++;
	/* "[Tt]" is one letter either way. */
	if (!negated && ascii_only && folded && ps->p - start >= 2)
		return exact_string(ps, &folded, 1);
	/* "[^\s,]" excludes all white space, "[\w,.'-]" includes none. */
	return one_char(negated ? has_s : !spaces);
}

static struct info literal_char(struct parser *ps, unsigned char c)
{
	char ch = (char)tolower(c);

	if (c >= 0x80)          /* no ASCII white space */
		return one_char(1);
	return exact_string(ps, &ch, 1);
}

static struct info parse_escape(struct parser *ps)
{
	unsigned char c = (unsigned char)ps->p[1];

	if (!c) {
		ps->p++;
		return anything();
	}
	ps->p += 2;
	switch (c) {
	case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G': case 'K':
		return empty_match(ps);
	case 'p': case 'P': case 'x': case 'o': case 'g': case 'k': case 'N':
		if (*ps->p == '{') {
			const char *e = strchr(ps->p, '}');

			if (c == 'x' && e) {
				unsigned long v = strtoul(ps->p + 1, NULL, 16);

				ps->p = e + 1;
				return literal_char(ps, v < 0x80 ? (unsigned char)v : 0x80);
			}
			ps->p = e ? e + 1 : ps->p + strlen(ps->p);
			/* \p{L}, \o{101}, \N{U+41}: one character; \g{1}, \k{x}: any text. */
			if (c != 'g' && c != 'k')
				return one_char(0);
		} else if (c == 'x') {
			unsigned v = 0;
			int k;

			for (k = 0; k < 2 && isxdigit((unsigned char)*ps->p); k++, ps->p++)
				v = v * 16 + (unsigned)(isdigit((unsigned char)*ps->p) ? *ps->p - '0' :
							  tolower((unsigned char)*ps->p) - 'a' + 10);
			return literal_char(ps, v < 0x80 ? (unsigned char)v : 0x80);
		} else if (c == 'g' || c == 'k' || c == 'p' || c == 'P') {
			if (*ps->p && *ps->p != '\\')
				ps->p++;
			if (c == 'p' || c == 'P')      /* \pL */
				return one_char(0);
		} else if (c == 'N') {          /* not a newline */
			return one_char(0);
		}
		return anything();
	case 'Q': {
		const char *e = strstr(ps->p, "\\E");
		size_t n = e ? (size_t)(e - ps->p) : strlen(ps->p);
		struct info in;
		char *s = arena_strndup(ps->a, ps->p, n);
		size_t i;

		for (i = 0; i < n; i++) {
			if ((unsigned char)s[i] >= 0x80) {
				ps->p += n + (e ? 2 : 0);
				return anything();
			}
			s[i] = (char)tolower((unsigned char)s[i]);
		}
		in = exact_string(ps, s, n);
		ps->p += n + (e ? 2 : 0);
		return in;
	}
	case 'c':               /* \cA: one control character, its letter no literal */
		if (*ps->p)
			ps->p++;
		return one_char(0);
	case 'n': return literal_char(ps, '\n');
	case 't': return literal_char(ps, '\t');
	case 'r': return literal_char(ps, '\r');
	case 'f': return literal_char(ps, '\f');
	default:
		/* \w \s \d \h \v \R: one character (\R may be CR LF); \X, \1: any text. */
		if (c && strchr("dDhHsSvVwWRC", c))
			return one_char(c == 'd' || c == 'w' || c == 'S');
		if (isalnum(c))
			return anything();
		return literal_char(ps, c);
	}
}

static struct info parse_atom(struct parser *ps)
{
	unsigned char c = (unsigned char)*ps->p;

	switch (c) {
	case '(':
		return parse_group(ps);
	case '[':
		return parse_class(ps);
	case '\\':
		return parse_escape(ps);
	case '.':
		ps->p++;
		return one_char(0);
	case '^':
	case '$':
		ps->p++;
		return empty_match(ps);
	default:
		ps->p++;
		if (c >= 0x80) {
			while (((unsigned char)*ps->p & 0xC0) == 0x80)
				ps->p++;
			return one_char(1);
		}
		return literal_char(ps, c);
	}
}

/* Reads a quantifier after an atom, if any: its minimum and maximum (-1: none). */
static int parse_quantifier(struct parser *ps, long *min, long *max)
{
	const char *q = ps->p;

	switch (*q) {
	case '?': *min = 0; *max = 1; q++; break;
	case '*': *min = 0; *max = -1; q++; break;
	case '+': *min = 1; *max = -1; q++; break;
	case '{': {
		char *end;
		long lo, hi;

		if (!isdigit((unsigned char)q[1]))
			return 0;
		lo = strtol(q + 1, &end, 10);
		hi = lo;
		if (*end == ',') {
			hi = isdigit((unsigned char)end[1]) ? strtol(end + 1, &end, 10) :
				(end++, -1);
			if (hi >= 0 && *end != '}')
				return 0;
			if (hi < 0 && *end != '}')
				return 0;
		}
		if (*end != '}')
			return 0;
		*min = lo;
		*max = hi;
		q = end + 1;
		break;
	}
	default:
		return 0;
	}
	if (*q == '?' || *q == '+')
		q++;
	ps->p = q;
	return 1;
}

static struct info quantified(struct parser *ps, struct info atom, long min, long max)
{
	struct info in = { 0 };
	struct litset best = best_of(&atom);

	in.minlen = min > 0 ? mul_size(atom.minlen, (size_t)min) : 0;
	if (max == 0 || span_is_zero(atom.maxlen))
		in.maxlen = SPAN_ZERO;
	else if (max > 0)
		in.maxlen = span_times(atom.maxlen, (size_t)max);
	else if (atom.nonspace)         /* "\w+": within one word of the text */
		in.maxlen.words = 1;
	else
		in.maxlen = SPAN_UNBOUNDED;

	if (min >= 1) {
		if (best.n) {
			in.has_req = 1;
			in.req = best;
		}
		return in;
	}
	/* "x?": either nothing or x; anything longer is unbounded. */
	if (max == 1 && atom.exact) {
		struct litset e = set_of(ps, "", 0);

		if (set_union(ps, &e, &atom.ex, EXACT_MAX_SET, &in.ex))
			in.exact = 1;
	}
	return in;
}

/*
 * tail + the one string of `atom`, or a fresh tail when it has several; a
 * fresh tail starts after the atom, `after` bytes into the sequence at most.
 */
static void extend_tail(struct parser *ps, struct info *seq, struct litset *tail,
			const struct info *atom, struct regex_span after, size_t after_min,
			size_t item)
{
	struct litset next;

	if (atom->exact && atom->ex.n == 1 && product(ps, tail, &atom->ex, &next)) {
		*tail = next;
		tail->last_atom = item;
		return;
	}
	consider(ps, seq, tail);
	*tail = set_of(ps, "", 0);
	tail->reach = after;
	tail->lead = after_min;
	tail->first_atom = tail->last_atom = item + 1;
}

/*
 * Plain text: bytes that stand for themselves, read as one atom.  Read a
 * character at a time, each would be a set of its own and every one a
 * longer copy of the run so far; read at once, the run is one string, and
 * what parse_seq makes of it is the same.  A character that a quantifier
 * follows is left to parse_atom.  Returns the length of the run, 0 when
 * fewer than two characters.
 */
static size_t plain_run(const char *p)
{
	size_t n = 0;

	while (p[n] && (unsigned char)p[n] < 0x80 && !strchr("\\^$.|?*+()[]{}", p[n]))
		n++;
	if (n && p[n] && strchr("?*+{", p[n]))
		n--;
	return n >= 2 ? n : 0;
}

static struct info parse_seq(struct parser *ps)
{
	struct info seq = { 0 };
	struct litset run = set_of(ps, "", 0);
	/* The run of single strings at the end: "customer data" in "(?:a|b) customer data". */
	struct litset tail = set_of(ps, "", 0);
	int all_exact = 1;
	/* What the atoms read so far can span: where the next one starts, at most. */
	struct regex_span before = SPAN_ZERO;
	/* And the characters they take: where it starts, at least. */
	size_t before_min = 0;
	/* The item being read: sets record the items they lie in (first_atom). */
	size_t item = 0;

	run.first_atom = run.last_atom = 0;
	tail.first_atom = tail.last_atom = 0;

	while (*ps->p && *ps->p != '|' && *ps->p != ')') {
		size_t plain = plain_run(ps->p);
		struct info atom;
		struct litset cand;
		struct regex_span after;
		size_t after_min;
		long min, max;

		if (plain) {
			char *lower = arena_strndup(ps->a, ps->p, plain);
			size_t i;

			for (i = 0; i < plain; i++)
				lower[i] = (char)tolower((unsigned char)lower[i]);
			atom = exact_string(ps, lower, plain);
			ps->p += plain;
		} else {
			atom = parse_atom(ps);
			while (parse_quantifier(ps, &min, &max))
				atom = quantified(ps, atom, min, max);
		}
		after = span_add(before, atom.maxlen);
		after_min = add_size(before_min, atom.minlen);
		/* Characters one by one were never candidates on their own. */
		if (!plain) {
			cand = best_of(&atom);
			cand.reach = span_add(before, cand.reach);
			cand.lead = add_size(before_min, cand.lead);
			cand.first_atom = cand.last_atom = item;
			consider(ps, &seq, &cand);
		}
		extend_tail(ps, &seq, &tail, &atom, after, after_min, item);
		if (atom.exact) {
			struct litset next;

			if (product(ps, &run, &atom.ex, &next)) {
				run = next;
				run.last_atom = item;
			} else {
				consider(ps, &seq, &run);
				run = atom.ex;
				run.reach = before;
				run.lead = before_min;
				run.first_atom = run.last_atom = item;
				all_exact = 0;
			}
		} else {
			consider(ps, &seq, &run);
			run = set_of(ps, "", 0);
			run.reach = after;
			run.lead = after_min;
			run.first_atom = run.last_atom = item + 1;
			all_exact = 0;
		}
		before = after;
		before_min = after_min;
		item++;
	}
	consider(ps, &seq, &run);
	consider(ps, &seq, &tail);
	seq.maxlen = before;
	seq.minlen = before_min;
	if (all_exact) {
		seq.exact = 1;
		seq.ex = run;
	}
	return seq;
}

/* Of the sets an info offers, the one with the fewest strings. */
static struct litset smallest_of(const struct info *in)
{
	struct litset s = best_of(in);
	size_t i;

	for (i = 0; i < in->nall; i++)
		if (!s.n || in->all[i].n < s.n)
			s = in->all[i];
	return s;
}

/*
 * A match of an alternation matches one branch, so it needs a word of the
 * union of one set per branch.  The union of each branch's best set can
 * outgrow REGEX_LIT_MAX_SET where that of their smallest sets does not.
 */
static struct info parse_alt(struct parser *ps)
{
	struct info alt = parse_seq(ps);
	struct litset best = best_of(&alt), small = smallest_of(&alt);
	int has_best = best.n > 0, has_small = small.n > 0;

	if (*ps->p != '|')
		return alt;
	while (*ps->p == '|') {
		struct info next;
		struct litset b, u;

		ps->p++;
		next = parse_seq(ps);
		alt.maxlen = span_max(alt.maxlen, next.maxlen);
		alt.minlen = min_size(alt.minlen, next.minlen);
		if (alt.exact && next.exact &&
		    set_union(ps, &alt.ex, &next.ex, EXACT_MAX_SET, &u)) {
			alt.ex = u;
		} else {
			alt.exact = 0;
		}
		b = best_of(&next);
		if (has_best && b.n && set_union(ps, &best, &b, REGEX_LIT_MAX_SET, &u))
			best = u;
		else
			has_best = 0;
		b = smallest_of(&next);
		if (has_small && b.n && set_union(ps, &small, &b, REGEX_LIT_MAX_SET, &u))
			small = u;
		else
			has_small = 0;
	}
	alt.nall = 0;
	alt.has_req = has_best || has_small;
	if (has_best)
		alt.req = best;
	if (has_small && (!has_best || better(&small, &best)))
		alt.req = small;
	return alt;
}

static void copy_set(const struct litset *l, struct regex_need *need)
{
	size_t i;

	need->words = xcalloc(l->n, sizeof(*need->words));
	need->n = l->n;
	need->reach = l->reach;
	need->lead = l->lead;
	need->first_atom = l->first_atom;
	need->last_atom = l->last_atom;
	for (i = 0; i < l->n; i++)
		need->words[i] = xstrdup(l->v[i]);
}

/*
 * Spaces in front of a set's words, cut to one.  They say that the word
 * starts one ("per" anywhere is in "property"), and one says it as well
 * as three.  A word that loses k bytes in front begins k bytes later in a
 * match, so the reach grows by the most any word lost.  Returns 0 when a
 * word was nothing but spaces: the set then filters nothing and is
 * dropped.
 */
static int trim_need(struct regex_need *need)
{
	size_t i, j, n = 0, cut = 0;

	for (i = 0; i < need->n; i++) {
		char *w = need->words[i];
		size_t b = 0, e = strlen(w);

		while (w[b] == ' ')
			b++;
		if (b == e)
			return 0;
		/* One space in front stays, as a mark. */
		if (b)
			b--;
		if (b > cut)
			cut = b;
		memmove(w, w + b, e - b);
		w[e - b] = '\0';
	}
	for (i = 0; i < need->n; i++) {
		for (j = 0; j < n && strcmp(need->words[j], need->words[i]); j++)
			;
		if (j < n)
			free(need->words[i]);
		else
			need->words[n++] = need->words[i];
	}
	need->n = n;
	if (!need->reach.unbounded)
		need->reach.bytes = add_size(need->reach.bytes, cut);
	return 1;
}

size_t regex_required_literals(const char *pattern, struct regex_need *needs)
{
	return regex_required_literals_memo(pattern, needs, NULL);
}

/*
 * Whether an inline option turns on extended mode, "(?x)" or "(?i-s:x" ...:
 * white space and "#" comments then mean nothing, which the parser does not
 * model.  Erring towards yes costs only a prefilter set.
 */
static int sets_extended(const char *pattern)
{
	const char *p;

	for (p = strstr(pattern, "(?"); p; p = strstr(p + 2, "(?")) {
		const char *q = p + 2;

		while (*q && (isalpha((unsigned char)*q) || *q == '^') && *q != 'x')
			q++;
		if (*q == 'x')
			return 1;
	}
	return 0;
}

size_t regex_required_literals_memo(const char *pattern, struct regex_need *needs,
				    struct regex_lit_memo *memo)
{
	struct arena a = ARENA_INIT;
	struct parser ps;
	struct info top;
	struct litset best;
	size_t i, k, n = 0;

	/* "(*ACCEPT)" ends a match early: nothing after it is needed. */
	if (strstr(pattern, "(*ACCEPT") || sets_extended(pattern))
		return 0;
	ps.p = pattern;
	ps.a = &a;
	ps.depth = 0;
	ps.memo = memo;
	top = parse_alt(&ps);
	/* A stray ')' or anything unread: the analysis cannot be trusted. */
	if (!*ps.p) {
		if (top.nall) {
			for (i = 0; i < top.nall; i++)
				if (min_weight(&top.all[i]) >= REGEX_LIT_MIN_WEIGHT)
					copy_set(&top.all[i], &needs[n++]);
		} else {
			best = best_of(&top);
			if (best.n && !has_empty(&best) && best.n <= REGEX_LIT_MAX_SET &&
			    min_weight(&best) >= REGEX_LIT_MIN_WEIGHT)
				copy_set(&best, &needs[n++]);
		}
	}
	arena_release(&a);
	for (i = 0, k = 0; i < n; i++)
		if (trim_need(&needs[i]))
			needs[k++] = needs[i];
		else
			regex_need_release(&needs[i], 1);
	n = k;
	/*
	 * Starting the search later is what a reach is for, and it may change
	 * what these find: "\\G" anchors at the start offset, and "(*SKIP)" and
	 * "(*COMMIT)" decide where a search goes on.
	 */
	if (strstr(pattern, "\\G") || strstr(pattern, "(*SKIP") || strstr(pattern, "(*COMMIT") ||
	    strstr(pattern, "(*PRUNE") || strstr(pattern, "(*THEN"))
		for (i = 0; i < n; i++)
			needs[i].reach = SPAN_UNBOUNDED;
	/* "\\K" moves where the match is said to start; lead counts from where it began. */
	if (strstr(pattern, "\\K"))
		for (i = 0; i < n; i++)
			needs[i].lead = 0;
	return n;
}

void regex_need_release(struct regex_need *needs, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < needs[i].n; j++)
			free(needs[i].words[j]);
		free(needs[i].words);
		needs[i].words = NULL;
		needs[i].n = 0;
	}
}

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "deletion.h"
#include "diag.h"
#include "engine.h"
#include "prefilter.h"
#include "sentence_shape.h"
#include "view.h"
#include "xalloc.h"
#include "xref.h"

/*
 * Built with -DAICLAUSE_REGEX_PROFILE (make CFLAGS='-O2 -g
 * -DAICLAUSE_REGEX_PROFILE'), every regex run writes one line to standard
 * error: "regex FILE:LINE JIT NS WORK LEN" (JIT 1 when it ran compiled,
 * NS the nanoseconds of the match, WORK what it counted toward compiling,
 * LEN the subject's bytes), and every JIT compilation one line "jit
 * FILE:LINE NS SIZE JITSIZE".  tests/bench/regex-profile.py sums them
 * per pattern.  Wall-clock times on a shared machine: read the large
 * figures, and drop single runs far above a pattern's others.
 */
#ifdef AICLAUSE_REGEX_PROFILE
#include <time.h>
static long profile_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000L + t.tv_nsec;
}
#endif

/*
 * Built with -DAICLAUSE_WORD_PROFILE, the engine asks of every pattern of
 * every rule a sentence selects, and of every qualifier it looks for,
 * which of its sets of needed words (regex_lit.h) the sentence lacks; a
 * set that alone was missing spared a run of the regex.  When the engine
 * is freed, one line per set: "set SPARED FILE:LINE QUALIFIER ENTRY..."
 * (the prefilter's entries for its words).  Counted for one engine: run
 * with -j1.  tests/bench/word-value.py weighs them against each word's
 * finds (prefilter.c).
 */
#ifdef AICLAUSE_WORD_PROFILE
#define PROFILE_SLOTS 65536
static struct {
	const struct rule_regex *re;
	int qualifier;
	unsigned long spared[REGEX_LIT_MAX_AND];
} profile_sets[PROFILE_SLOTS];

static void profile_needs(const struct prefilter_hits *h, const struct rule_regex *re,
			  int qualifier)
{
	size_t at = ((uintptr_t)re >> 4) % PROFILE_SLOTS, f, i, missing = 0, which = 0;

	while (profile_sets[at].re && profile_sets[at].re != re)
		at = (at + 1) % PROFILE_SLOTS;
	profile_sets[at].re = re;
	profile_sets[at].qualifier = qualifier;
	for (f = 0; f < re->nfilter; f++) {
		for (i = 0; i < re->filter[f].nwords; i++)
			if (prefilter_hit(h, re->filter[f].words[i]))
				break;
		if (i == re->filter[f].nwords) {
			missing++;
			which = f;
		}
	}
	if (missing == 1)
		profile_sets[at].spared[which]++;
}

static void profile_selected(const struct ruleset *rs, const struct prefilter_hits *h)
{
	size_t r, p;

	for (r = 0; r < rs->nrules; r++)
		for (p = 0; prefilter_hit(h, r) && p < rs->rules[r].npatterns; p++)
			profile_needs(h, &rs->rules[r].patterns[p], 0);
}

static void profile_write(void)
{
	size_t at, f, w;

	for (at = 0; at < PROFILE_SLOTS; at++) {
		const struct rule_regex *re = profile_sets[at].re;

		for (f = 0; re && f < re->nfilter; f++) {
			fprintf(stderr, "set %lu %s:%lu %d", profile_sets[at].spared[f], re->file,
				re->line, profile_sets[at].qualifier);
			for (w = 0; w < re->filter[f].nwords; w++)
				fprintf(stderr, " %zu", re->filter[f].words[w]);
			fputc('\n', stderr);
		}
	}
}
#else
#define profile_needs(h, re, qualifier) ((void)0)
#define profile_selected(rs, h) ((void)0)
#define profile_write() ((void)0)
#endif

/* Enough pairs for any pattern we ship; a larger one still reports [0]. */
#define OVECTOR_PAIRS 32
#define JIT_STACK_MIN (32u << 10)
#define JIT_STACK_MAX (1u << 20)

struct engine {
	const struct ruleset *rs;
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit_stack;
	struct prefilter_hits hits;
	struct view view;
	struct roles_finder *roles;
	/*
	 * The PCRE2 error that stopped a match in the current sentence (a
	 * match, depth or JIT stack limit, or no memory), 0 when none did.
	 */
	int limit_hit;
	/* Sentences a rule could not finish in the document being read. */
	size_t unfinished;
	/*
	 * A pattern's work so far stands for jit_left / jit_seen times as
	 * much to come (jit_forecast); jit_batch is the documents of the
	 * batch this engine is reading, from the first documents_left it saw.
	 */
	size_t jit_left, jit_seen, jit_batch;
	/*
	 * Of the text the rules now read: the most bytes a character takes
	 * and the longest run of bytes that are not white space, which turn
	 * a pattern's reach (regex_span) into bytes; see measure_subject.
	 * Measured when a reach first needs them: `measured` == 0 until then.
	 */
	const char *subject;
	size_t subject_len, char_bytes, word_bytes;
	int measured;
	/* A list item read with its lead-in (shape_item_subject) is written here. */
	struct buf joined;
	/*
	 * The parties of the document read (engine_run), to tell whose a
	 * duty listed under a heading is (duty_subject); NULL for an example.
	 */
	const struct roles *parties;
	/* The document and sentence the rules now read, for scope `next`. */
	const struct document *doc;
	size_t sent;
	/*
	 * The prefilter's findings for each sentence of the document, scanned
	 * all at once: sentence si found scanned[scan_at[si] ..] (scan_n[si]
	 * entries, with where), or is read by no rule (a caption, an
	 * unticked option) when scan_n[si] == SCAN_SKIP.
	 */
	struct prefilter_found *scanned;
	size_t nscanned, scanned_alloc;
	size_t *scan_at, *scan_n, scan_alloc, scan_n_alloc;
	/*
	 * What the scan read each sentence as (shape_item_subject's *len,
	 * *lead and *label), so that the rules read the very text whose
	 * offsets it found without walking back to an item's lead-ins again:
	 * an item read with a lead-in (lead > 0) is kept at subjects.ptr +
	 * subject_read[si].at, any other sentence is the view's.
	 */
	struct subject *subject_read;
	size_t subject_read_alloc;
	struct buf subjects;
	/*
	 * The patterns the sentence may match (candidate_patterns), and a
	 * mark per pattern: == pattern_generation when listed.
	 */
	size_t *cand, ncand;
	unsigned *pattern_mark, pattern_generation;
	/*
	 * The same candidates as bits, pattern p at bit p % 64 of word p / 64,
	 * all clear between sentences: read in order, they sort a long list.
	 */
	uint64_t *cand_bits;
	size_t ncand_words;
	/* Clauses the document strikes out (deletion.h): no rule reads them. */
	struct deleted_clause *deleted;
	size_t ndeleted, deleted_alloc;
	/*
	 * Matches of rules with `refers`, held until the document is read
	 * (settle_references), with the clause numbers each names:
	 * refs.ptr + pending[k].refs, pending[k].nrefs strings.
	 */
	struct pending_ref *pending;
	size_t npending, pending_alloc;
	struct buf refs;
	/*
	 * Per rule with held findings, the clauses that hold what it refers
	 * to (referred_clauses): the first nreferred of referred_slots kept
	 * from document to document.
	 */
	struct referred *referred;
	size_t nreferred, referred_slots, referred_alloc;
};

struct referred {
	const struct rule *rule;
	struct xref_index clauses;
};

struct pending_ref {
	struct finding f;
	size_t refs, nrefs;
	int holds;             /* settle_references: the clause named holds it */
};

#define SCAN_SKIP ((size_t)-1)

struct subject {
	size_t at, len, lead, label;
};

struct engine *engine_new(const struct ruleset *rs)
{
	struct engine *e = xcalloc(1, sizeof(*e));

	e->rs = rs;
	e->jit_left = e->jit_seen = 1;
	e->md = pcre2_match_data_create(OVECTOR_PAIRS, NULL);
	e->mctx = pcre2_match_context_create(NULL);
	if (!e->md || !e->mctx)
		xalloc_die();
	pcre2_set_match_limit(e->mctx, RULE_MATCH_LIMIT);
	pcre2_set_depth_limit(e->mctx, RULE_DEPTH_LIMIT);
	if (rs->jit_available) {
		e->jit_stack = pcre2_jit_stack_create(JIT_STACK_MIN, JIT_STACK_MAX, NULL);
		if (e->jit_stack)
			pcre2_jit_stack_assign(e->mctx, NULL, e->jit_stack);
	}
	prefilter_hits_init(&e->hits, rs->prefilter);
	e->view = (struct view)VIEW_INIT;
	buf_init(&e->joined, 0);
	buf_init(&e->subjects, 0);
	buf_init(&e->refs, 0);
	e->roles = roles_finder_new(rs);
	e->cand = xcalloc(rs->npatterns ? rs->npatterns : 1, sizeof(*e->cand));
	e->pattern_mark = xcalloc(rs->npatterns ? rs->npatterns : 1, sizeof(*e->pattern_mark));
	e->ncand_words = (rs->npatterns + 63) / 64;
	e->cand_bits = xcalloc(e->ncand_words ? e->ncand_words : 1, sizeof(*e->cand_bits));
	return e;
}

void engine_free(struct engine *e)
{
	size_t i;

	if (!e)
		return;
	profile_write();
	pcre2_match_data_free(e->md);
	pcre2_match_context_free(e->mctx);
	pcre2_jit_stack_free(e->jit_stack);
	prefilter_hits_release(&e->hits);
	view_release(&e->view);
	buf_release(&e->joined);
	buf_release(&e->subjects);
	free(e->subject_read);
	roles_finder_free(e->roles);
	free(e->scanned);
	free(e->scan_at);
	free(e->scan_n);
	free(e->cand);
	free(e->pattern_mark);
	free(e->cand_bits);
	free(e->deleted);
	free(e->pending);
	buf_release(&e->refs);
	for (i = 0; i < e->referred_slots; i++)
		xref_index_release(&e->referred[i].clauses);
	free(e->referred);
	free(e);
}

void findings_release(struct findings *f)
{
	size_t i;

	for (i = 0; i < f->nwarning; i++)
		free(f->warnings[i]);
	free(f->warnings);
	free(f->v);
	roles_release(&f->roles);
	memset(f, 0, sizeof(*f));
}

/*
 * Runs `re` on subject[0..len) from `from`, for a match that starts at or
 * before `limit` (needs_met).  Returns 1 with the match in *ms, *me, 0 for
 * no match, -1 when a limit stopped it.
 */
static int run_regex(struct engine *e, const struct rule_regex *re,
		     const char *subject, size_t len, size_t from, size_t limit,
		     size_t *ms, size_t *me)
{
	int rc;
	size_t work;
	PCRE2_SIZE *ov;
	const pcre2_code *code;

	/*
	 * A bound from needs_met may fall past a qualifier's end, where
	 * nothing matches, or inside a character: start at its lead byte.
	 */
	if (from > len)
		return 0;
	while (from > 0 && from < len && ((unsigned char)subject[from] & 0xC0) == 0x80)
		from--;
	/*
	 * The interpreter or the JIT code: the matches are the same.  What
	 * counts toward compiling is where a match may start, from `from`
	 * to the offset limit: a qualifier looked for just around a match,
	 * or a pattern whose needed words end early in a long sentence,
	 * tries a few starts, not the rest of the sentence (counting those
	 * compiled patterns that never paid it back: 7% more instructions
	 * over every tenth CUAD text, 4% over every fifth from the third).
	 * A qualifier looked for after its match may start past the limit:
	 * no start at all, nothing to count.
	 */
	work = limit < from ? 0 : limit < len ? limit - from + 1 : len - from;
#ifdef AICLAUSE_REGEX_PROFILE
	int was_jitted = re->jit && atomic_load(&re->jit->code) != NULL;
	long t0 = profile_ns();
#endif
	code = ruleset_match_code(e->rs, re, work, e->jit_left, e->jit_seen);
#ifdef AICLAUSE_REGEX_PROFILE
	if (!was_jitted && code != re->code) {
		size_t size = 0, jit_size = 0;

		pcre2_pattern_info(re->code, PCRE2_INFO_SIZE, &size);
		pcre2_pattern_info(code, PCRE2_INFO_JITSIZE, &jit_size);
		fprintf(stderr, "jit %s:%lu %ld %zu %zu\n", re->file, re->line,
			profile_ns() - t0, size, jit_size);
	}
	t0 = profile_ns();
#endif
	pcre2_set_offset_limit(e->mctx, limit);
	/*
	 * A JIT-compiled pattern is a copy of re->code (ruleset_jit): run its
	 * code directly, past pcre2_match's checks of what we pass, which end
	 * in this same call.
	 */
	if (code != re->code)
		rc = pcre2_jit_match(code, (PCRE2_SPTR)subject, len, from, 0, e->md, e->mctx);
	else
		rc = pcre2_match(code, (PCRE2_SPTR)subject, len, from, PCRE2_NO_UTF_CHECK,
				 e->md, e->mctx);
#ifdef AICLAUSE_REGEX_PROFILE
	fprintf(stderr, "regex %s:%lu %d %ld %zu %zu\n", re->file, re->line, code != re->code,
		profile_ns() - t0, work, len);
#endif

	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0) {
		e->limit_hit = rc;
		return -1;
	}
	ov = pcre2_get_ovector_pointer(e->md);
	*ms = ov[0];
	*me = ov[1];
	return 1;
}

/*
 * Whether the word that ends at s[end] spells a number: "ten (10) days",
 * "One Million Dollars ($1,000,000)" restate it in figures.
 */
static int number_word_before(const char *s, size_t end)
{
	static const char *const stems[] = {
		"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty",
		"seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
	};
	size_t w = end, i, n;

	while (w > 0 && isalpha((unsigned char)s[w - 1]))
		w--;
	for (i = 0; i < ARRAY_SIZE(stems); i++) {
		n = strlen(stems[i]);
		/* The stem ends the word: "thirteen" by "teen", "twenty-one" by "one". */
		if (end - w >= n && !strncasecmp(s + end - n, stems[i], n))
			return 1;
	}
	return 0;
}

/*
 * Item markers "(a)", "(ii)", "(3)" that open a clause inside a sentence;
 * not a number restated in figures, "thirty (30) days".
 */
static int item_marker_at(const char *s, size_t i, size_t len)
{
	size_t j = i + 1;

	if (s[i] != '(' || (i > 0 && s[i - 1] != ' '))
		return 0;
	while (j < len && j - i <= 5 && isalnum((unsigned char)s[j]))
		j++;
	if (!(j > i + 1 && j < len && s[j] == ')' && j - i <= 5))
		return 0;
	return !(isdigit((unsigned char)s[i + 1]) && i > 1 && number_word_before(s, i - 1));
}

/*
 * The clause around [ms, me): between ';', ':' or item markers.  A marker
 * opens with '(': tested here, it spares a call at every other byte.
 */
static void clause_bounds(const char *s, size_t len, size_t ms, size_t me,
			  size_t *from, size_t *to)
{
	size_t i;

	*from = 0;
	for (i = ms; i > 0; i--)
		if (s[i - 1] == ';' || s[i - 1] == ':' ||
		    (s[i - 1] == '(' && item_marker_at(s, i - 1, len))) {
			*from = i - 1;
			break;
		}
	*to = len;
	for (i = me; i < len; i++)
		if (s[i] == ';' || s[i] == ':' || (s[i] == '(' && item_marker_at(s, i, len))) {
			*to = i;
			break;
		}
}

/*
 * The C and W of a pattern's reach in s[0..len) (regex_lit.h): the most
 * bytes a character takes, and the longest run of bytes that are not
 * ASCII white space.
 */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define WORD_AT_A_TIME 1

/*
 * The bytes of v that are ASCII white space (' ', '\t' .. '\r'), as
 * 0x80 in each.  Each byte's top bit is cleared first so that no sum
 * carries into the next byte; bytes with it set are no white space.
 */
static uint64_t space_bytes(uint64_t v)
{
	const uint64_t ones = 0x0101010101010101u, tops = ones * 0x80, low = ones * 0x7F;
	uint64_t a = v & low;
	uint64_t from_tab = (a + ones * (0x80 - '\t')) & tops;
	uint64_t past_cr = (a + ones * (0x80 - '\r' - 1)) & tops;
	uint64_t blank = ~((a ^ ones * ' ') + low) & tops;

	return ((from_tab & ~past_cr) | blank) & ~v & tops;
}
#endif

static void measure_subject(struct engine *e)
{
	const char *s = e->subject;
	size_t len = e->subject_len;
	size_t i = 0, run = 0, longest = 0;
	unsigned char top = 0;

	/*
	 * Every sentence a set with a reach selects is measured, so this loop
	 * is hot.  Eight bytes at a time where the compiler allows, as most
	 * eight hold one space or none; else without branches, because where
	 * a word ends is as hard for the processor to guess as it is for us.
	 */
#ifdef WORD_AT_A_TIME
	{
		uint64_t seen = 0;

		for (; len - i >= 8; i += 8) {
			uint64_t v, sp;
			size_t at = 0;

			memcpy(&v, s + i, 8);
			seen |= v;
			for (sp = space_bytes(v); sp; sp &= sp - 1) {
				size_t b = (size_t)__builtin_ctzll(sp) / 8;

				run += b - at;
				longest = run > longest ? run : longest;
				run = 0;
				at = b + 1;
			}
			run += 8 - at;
		}
		longest = run > longest ? run : longest;
		top = (seen & 0x8080808080808080u) ? 0x80 : 0;
	}
#endif
	for (; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t space = c == ' ' || (unsigned char)(c - '\t') <= '\r' - '\t';

		top |= c;
		run = (run + 1) & (space - 1);
		longest = run > longest ? run : longest;
	}
	longest = run > longest ? run : longest;
	/* Lead bytes tell a character's length; without any, all is ASCII. */
	e->char_bytes = 1;
	if (top & 0x80)
		for (i = 0; i < len && e->char_bytes < 4; i++) {
			unsigned char c = (unsigned char)s[i];

			if (c >= 0xF0)
				e->char_bytes = 4;
			else if (c >= 0xE0 && e->char_bytes < 3)
				e->char_bytes = 3;
			else if (c >= 0xC0 && e->char_bytes < 2)
				e->char_bytes = 2;
		}
	e->word_bytes = longest;
	e->measured = 1;
}

/*
 * Whether the sentence the prefilter last scanned holds a word of each set
 * `re` needs; without, it cannot match there or in any part of it.
 *
 * Where the words are bounds where a match can start.  A match holds a
 * word of each set in the text it consumes (regex_lit reads no
 * assertion), at least the set's `lead` into it, so it starts at or
 * before the last place a word of the set begins less the lead: *upper is
 * the least of those over the sets, PCRE2_UNSET without sets.  And where
 * the set's words begin at most `reach` bytes into any match, it starts no
 * earlier than the first of them less the reach: *lower is the greatest
 * of those, 0 without.  Most patterns that
 * run find nothing, and this spares PCRE2 trying a start at every byte
 * outside [*lower, *upper].
 *
 * `known` is a set the caller knows the sentence meets (a candidate
 * pattern's filing set, candidate_patterns), or SIZE_MAX: most patterns
 * tried fail on another set, and the filing set is often the longest.
 */
static int needs_met(struct engine *e, const struct rule_regex *re, size_t known,
		     size_t *lower, size_t *upper)
{
	const struct prefilter_hits *h = &e->hits;
	size_t f, i;
	/* Where each set's words begin, first and last. */
	size_t firsts[REGEX_LIT_MAX_AND], lasts[REGEX_LIT_MAX_AND];

	/* Most patterns stop here: a set none of whose words occurs. */
	for (f = 0; f < re->nfilter; f++) {
		const struct regex_filter *set = &re->filter[f];

		if (f == known)
			continue;
		for (i = 0; i < set->nwords; i++)
			if (prefilter_hit(h, set->words[i]))
				break;
		if (i == set->nwords)
			return 0;
	}
	*lower = 0;
	*upper = PCRE2_UNSET;
	for (f = 0; f < re->nfilter; f++) {
		const struct regex_filter *set = &re->filter[f];
		size_t first = PCRE2_UNSET, last = 0, reach;
		size_t g;

		for (i = 0; i < set->nwords; i++) {
			const struct prefilter_entry_hit *w = &h->entry[set->words[i]];

			if (w->mark != h->generation)
				continue;
			if (w->first < first)
				first = w->first;
			if (w->last > last)
				last = w->last;
		}
		/*
		 * Where every match holds a word of an earlier set wholly
		 * before one of this set (or after), the first of those must
		 * begin before the last of these.
		 */
		firsts[f] = first;
		lasts[f] = last;
		for (g = 0; g < f; g++)
			if ((re->filter[g].last_atom < set->first_atom && firsts[g] >= last) ||
			    (set->last_atom < re->filter[g].first_atom && first >= lasts[g]))
				return 0;
		/* A match that holds the word at `lead` or later starts that much before it. */
		if (last < set->lead)
			return 0;
		if (last - set->lead < *upper)
			*upper = last - set->lead;
		if (!e->measured && (set->reach.chars || set->reach.words))
			measure_subject(e);
		reach = regex_span_at(&set->reach, e->char_bytes, e->word_bytes);
		if (reach != REGEX_LIT_UNBOUNDED && first > reach && first - reach > *lower)
			*lower = first - reach;
	}
	return *lower <= *upper;
}

struct verdict {
	int cancelled;
	const char *label;      /* what decided */
	const char *message;    /* the last flip's: what the clause then says */
	int flip, partial, red_flag;
};

/*
 * The sentence beside the one the rules now read (step +1: after it, -1:
 * before it), as the view has it: in the same paragraph, or in the
 * paragraph beside it unless that is a heading.  A clause qualified by
 * the sentence after it ("Provider may replace the model. Any such change
 * needs 90 days' notice.") or explained by the one before it ("You may
 * generate content. We claim no ownership of that content.") is one of
 * those.  NULL when there is none.
 */
static const char *adjacent_sentence(const struct engine *e, int step, size_t *len)
{
	const struct document *doc = e->doc;
	size_t ni, para, here;

	if (!doc || (step < 0 ? e->sent == 0 : e->sent + 1 >= doc->nsent))
		return NULL;
	ni = step < 0 ? e->sent - 1 : e->sent + 1;
	para = doc->sents[ni].para;
	here = doc->sents[e->sent].para;
	if (para != here &&
	    ((step < 0 ? para + 1 != here : para != here + 1) ||
	     doc->paras[para].kind == PARA_HEADING))
		return NULL;
	*len = e->view.sent_end[ni] - e->view.sent_start[ni];
	return e->view.text.ptr + e->view.sent_start[ni];
}

/* Whether qualifier q finds its pattern in its scope around the match [ms, me) of s. */
static int pattern_in_scope(struct engine *e, const struct rule_qualifier *q,
			    const char *s, size_t len, size_t ms, size_t me)
{
	size_t from = 0, to = len, qs, qe, lower, upper;
	const char *other;

	switch (q->scope) {
	case SCOPE_NEXT:
	case SCOPE_PREVIOUS:
		/* Another sentence: the prefilter's words are not its own. */
		other = adjacent_sentence(e, q->scope == SCOPE_NEXT ? 1 : -1, &to);
		return other && run_regex(e, &q->re, other, to, 0, PCRE2_UNSET, &qs, &qe) == 1;
	case SCOPE_CLAUSE:
		clause_bounds(s, len, ms, me, &from, &to);
		break;
	case SCOPE_BEFORE:
		to = me;
		break;
	case SCOPE_AFTER:
		from = ms;
		break;
	case SCOPE_SENTENCE:
		break;
	}
	profile_needs(&e->hits, &q->re, 1);
	return needs_met(e, &q->re, SIZE_MAX, &lower, &upper) &&
	       run_regex(e, &q->re, s, to, from > lower ? from : lower, upper, &qs, &qe) == 1;
}

/* Whether qualifier q acts on the match [ms, me) of s: found, or absent if it says so. */
static int qualifier_found(struct engine *e, const struct rule_qualifier *q,
			   const char *s, size_t len, size_t ms, size_t me)
{
	return pattern_in_scope(e, q, s, len, ms, me) != q->when_absent;
}

static void judge(struct engine *e, const struct rule *r, const char *s, size_t len,
		  size_t ms, size_t me, struct verdict *v)
{
	size_t i;
	int flip_label = 0, partial_label = 0;

	memset(v, 0, sizeof(*v));
	for (i = 0; i < r->nqualifiers; i++) {
		const struct rule_qualifier *q = &r->qualifiers[i];

		if (!qualifier_found(e, q, s, len, ms, me))
			continue;
		switch (q->effect) {
		case QUALIFIER_CANCEL:
			v->cancelled = 1;
			v->label = q->label;
			return;
		case QUALIFIER_FLIP:
			v->flip = !v->flip;
			v->label = q->label;
			v->message = q->message;
			flip_label = 1;
			break;
		case QUALIFIER_PARTIAL:
		case QUALIFIER_RED_FLAG:
			if (q->effect == QUALIFIER_PARTIAL)
				v->partial = 1;
			else
				v->red_flag = 1;
			if (!flip_label)
				v->label = q->label;
			partial_label = 1;
			break;
		case QUALIFIER_NOTE:
			if (!flip_label && !partial_label)
				v->label = q->label;
			break;
		}
	}
}

/* Next search position after a match: past an empty match by a whole character. */
static size_t advance(const char *s, size_t len, size_t ms, size_t me)
{
	if (me > ms)
		return me;
	me++;
	while (me < len && ((unsigned char)s[me] & 0xC0) == 0x80)
		me++;
	return me;
}

/*
 * Whether pattern p of rule r matches s[0..len) past min_end and no
 * exception cancels the match; the match in *ms, *me and the verdict in *v.
 * `candidate`: p is one of candidate_patterns, so its filing set is met.
 */
static int try_pattern(struct engine *e, const struct rule *r, size_t p, int candidate,
		       const char *s, size_t len, size_t min_end, size_t *ms, size_t *me,
		       struct verdict *v, const char **why)
{
	const struct rule_regex *re = &r->patterns[p];
	size_t from, upper;

	/* Text it needs is not in the sentence: it cannot match. */
	if (!needs_met(e, re, candidate ? re->filter_trigger : SIZE_MAX, &from, &upper))
		return 0;
	while (from <= len && from <= upper) {
		int rc = run_regex(e, re, s, len, from, upper, ms, me);

		if (rc <= 0)
			break;
		/* A match within a lead-in alone belongs to the lead-in. */
		if (*me <= min_end) {
			from = advance(s, len, *ms, *me);
			continue;
		}
		judge(e, r, s, len, *ms, *me, v);
		if (!v->cancelled)
			return 1;
		if (why)
			*why = v->label;
		from = advance(s, len, *ms, *me);
	}
	return 0;
}

/*
 * Tries every pattern of `r` on one sentence of the view.  Returns 1 with
 * the first match that no exception cancelled and that ends past `min_end`,
 * 0 with none.  When matches were all cancelled, *why is the last
 * cancelling label.
 */
static int try_rule(struct engine *e, const struct rule *r, const char *s, size_t len,
		    size_t min_end, size_t *ms, size_t *me, struct verdict *v, const char **why)
{
	size_t p;

	for (p = 0; p < r->npatterns; p++)
		if (try_pattern(e, r, p, 0, s, len, min_end, ms, me, v, why))
			return 1;
	return 0;
}

/*
 * "Vendor" or "Customer" for the party whose name opens x[0..n) as a
 * heading writes it ("PARTY B", "the Supplier under this Agreement"),
 * matched to the parties read whatever its case; NULL for another.  The
 * view may have put the role's word in already.
 */
static const char *party_word(const struct roles *ro, const char *x, size_t n)
{
	size_t i, k;

	if (n > 4 && !strncasecmp(x, "the ", 4)) {
		x += 4;
		n -= 4;
	}
	/* The name, then the words after it: the longest first. */
	for (k = n; k > 0; k--) {
		if (k < n && x[k] != ' ')
			continue;
		if (k == 6 && !memcmp(x, "Vendor", 6))
			return "Vendor";
		if (k == 8 && !memcmp(x, "Customer", 8))
			return "Customer";
		for (i = 0; i < ro->nparties; i++) {
			const struct party *p = &ro->parties[i];

			if (p->role != ROLE_UNKNOWN && strlen(p->alias) == k &&
			    !strncasecmp(p->alias, x, k))
				return p->role == ROLE_VENDOR ? "Vendor" : "Customer";
		}
	}
	return NULL;
}

/*
 * A duty listed with no subject under a heading that names its party
 * (shape_duty_heading) is read with the party's role as its subject:
 * "Vendor shall keep confidential ..." for "9.2 To keep confidential
 * ..." under "OBLIGATIONS OF PARTY B", as a list item is read with its
 * lead-in.  Returns the text in e->joined, or s unchanged.
 */
static const char *duty_subject(struct engine *e, const struct document *doc, size_t si,
				const char *s, size_t *len, size_t *lead, size_t *label)
{
	const char *party, *word;
	size_t open, party_len;
	int negated;

	if (!e->parties || *lead ||
	    !shape_duty_heading(&e->view, doc, si, &open, &negated, &party, &party_len) ||
	    !(word = party_word(e->parties, party, party_len)))
		return s;
	buf_reset(&e->joined);
	buf_addstr(&e->joined, word);
	buf_addstr(&e->joined, negated ? " shall not " : " shall ");
	*lead = e->joined.len;
	*label = open;
	buf_add(&e->joined, s + open, *len - open);
	*len = e->joined.len;
	return e->joined.ptr;
}

/*
 * A party denied before its modal, "Neither Supplier Party shall use ..."
 * or "No Provider shall suspend ...", is read as "Vendor shall not use
 * ...", the way the rules state a promise; the party is one of those
 * read (party_word), so "Neither party shall", which rules read as it
 * stands, is not.  Returns the text in e->joined, or s unchanged.
 */
#define DENIED_PARTY_WORDS 3

static const char *denied_subject(struct engine *e, const char *s, size_t *len, size_t *lead,
				  size_t *label)
{
	static const char *const modals[] = { "shall ", "will ", "may ", "must ", "can " };
	const char *who;
	size_t i = shape_label_len(s, *len), x, k, m = ARRAY_SIZE(modals), words;

	if (*lead || !e->parties)
		return s;
	if (*len - i > 8 && !strncmp(s + i, "Neither ", 8))
		i += 8;
	else if (*len - i > 3 && !strncmp(s + i, "No ", 3))
		i += 3;
	else
		return s;
	/*
	 * The party's words, then its modal; "Neither Customer nor M&I
	 * shall be liable" denies both, and is read as it stands.
	 */
	for (x = k = i, words = 0; words < DENIED_PARTY_WORDS && k < *len; words++) {
		size_t w = k;

		while (k < *len && s[k] != ' ')
			k++;
		if ((k - w == 3 && !strncmp(s + w, "nor", 3)) ||
		    (k - w == 2 && !strncmp(s + w, "or", 2)) ||
		    (k - w == 3 && !strncmp(s + w, "and", 3)) || k++ >= *len)
			return s;
		for (m = 0; m < ARRAY_SIZE(modals); m++)
			if (*len - k > strlen(modals[m]) &&
			    !strncmp(s + k, modals[m], strlen(modals[m])))
				break;
		if (m < ARRAY_SIZE(modals))
			break;
	}
	if (m == ARRAY_SIZE(modals) || !(who = party_word(e->parties, s + x, k - 1 - x)))
		return s;
	k += strlen(modals[m]);
	buf_reset(&e->joined);
	buf_addf(&e->joined, "%s %snot ", who, modals[m]);
	*lead = e->joined.len;
	*label = k;
	buf_add(&e->joined, s + k, *len - k);
	*len = e->joined.len;
	return e->joined.ptr;
}

/*
 * What the rules see of sentence `si`, with the prefilter run over it: the
 * item with its lead-in (shape_item_subject), a duty under its party's
 * heading with that party (duty_subject), a party denied before its modal
 * as a promise not to (denied_subject), or NULL for a caption or a line
 * of a table of contents, which no rule reads: a contents line only names
 * a clause that the body states (and for a sentence longer than the
 * prefilter reads, which no loader lets through).  engine_run and rules
 * test go through this one door.
 */
static const char *sentence_subject(struct engine *e, const struct document *doc, size_t si,
				    size_t *len, size_t *lead, size_t *label)
{
	const char *s;

	if (shape_not_a_clause(&e->view, doc, si))
		return NULL;
	s = shape_item_subject(&e->view, doc, si, &e->joined, len, lead, label);
	s = duty_subject(e, doc, si, s, len, lead, label);
	s = denied_subject(e, s, len, lead, label);
	/* Past the loaders' limits: no such sentence comes from a file. */
	if (*len > PREFILTER_MAX_TEXT)
		return NULL;
	prefilter_scan(e->rs->prefilter, s, *len, &e->hits);
	return s;
}

/*
 * Sorts v[0..n) in place, the same patterns as the bits of `bits`
 * (nwords words), and clears those.  A sentence selects a handful of
 * patterns, sorted by insertion; past a dozen, the bits read in order
 * cost less than insertion or qsort's calls through a comparison pointer
 * (over all CUAD, past 12 counted 0.18% fewer instructions than past
 * 32, and fewer than past 6 or 20).
 */
static void sort_candidates(size_t *v, size_t n, uint64_t *bits, size_t nwords)
{
	size_t i, j;

	if (n > 12) {
		for (i = j = 0; i < nwords; i++) {
			uint64_t w = bits[i];

			for (; w; w &= w - 1)
				v[j++] = i * 64 + (size_t)__builtin_ctzll(w);
			bits[i] = 0;
		}
		return;
	}
	for (i = 0; i < n; i++)
		bits[v[i] / 64] = 0;
	for (i = 1; i < n; i++) {
		size_t x = v[i];

		for (j = i; j > 0 && v[j - 1] > x; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

/* Where sentence `sent` is, as a reader finds it: "line 12", "paragraph 40". */
static void add_place(struct buf *msg, const struct document *doc, size_t sent)
{
	const struct sentence *s = &doc->sents[sent];
	unsigned long line = document_line_at(doc, s->start);

	if (line)
		buf_addf(msg, "line %lu", line);
	else
		buf_addf(msg, "paragraph %lu", doc->paras[s->para].source);
}

static void push_warning(struct findings *out, struct buf *msg)
{
	ALLOC_GROW(out->warnings, out->nwarning + 1, out->warning_alloc);
	out->warnings[out->nwarning++] = buf_detach(msg, NULL);
}

/*
 * Rule r could not finish sentence `sent`: PCRE2 stopped with error `rc`.
 * Past WARNINGS_OF_A_KIND of them, only e->unfinished counts.
 */
static void add_warning(struct engine *e, struct findings *out, const struct document *doc,
			const struct rule *r, size_t sent, int rc)
{
	struct buf msg = BUF_INIT;
	PCRE2_UCHAR why[120];

	if (++e->unfinished > WARNINGS_OF_A_KIND)
		return;
	if (pcre2_get_error_message(rc, why, sizeof(why)) < 0)
		snprintf((char *)why, sizeof(why), "PCRE2 error %d", rc);
	buf_addf(&msg, "rule '%s' stopped in the sentence at ", r->id);
	add_place(&msg, doc, sent);
	buf_addf(&msg, " (%s); that sentence was not fully checked", (const char *)why);
	push_warning(out, &msg);
}

/*
 * Lists the clauses the document strikes out, and says so in the report:
 * a reader who finds no finding in a clause must know it was not read.
 */
static void find_deleted(struct engine *e, const struct document *doc, struct findings *out)
{
	size_t k, unread, told;

	e->ndeleted = 0;
	deletion_find(doc, &e->deleted, &e->ndeleted, &e->deleted_alloc, &unread);
	if (unread) {
		struct buf msg = BUF_INIT;

		buf_addf(&msg, "%zu sentences that may delete a clause, past the limit of %d, "
			 "were not read as deletions", unread, DELETION_SENTENCES_MAX);
		push_warning(out, &msg);
	}
	for (k = 0, told = 0; k < e->ndeleted; k++) {
		struct buf msg = BUF_INIT;

		if (e->deleted[k].gives_way)
			continue;   /* read; give_way says what it loses */
		if (++told > WARNINGS_OF_A_KIND)
			continue;
		buf_addf(&msg, "clause %s is deleted by the sentence at ",
			 doc->paras[e->deleted[k].first].clause);
		add_place(&msg, doc, e->deleted[k].by);
		buf_addstr(&msg, "; it was not read");
		push_warning(out, &msg);
	}
	if (told > WARNINGS_OF_A_KIND) {
		struct buf msg = BUF_INIT;

		buf_addf(&msg, "... and %zu more clauses deleted, not read",
			 told - WARNINGS_OF_A_KIND);
		push_warning(out, &msg);
	}
}

static int in_deleted_clause(const struct engine *e, size_t para)
{
	size_t k;

	for (k = 0; k < e->ndeleted; k++)
		if (!e->deleted[k].gives_way && para >= e->deleted[k].first &&
		    para < e->deleted[k].end)
			return 1;
	return 0;
}

/*
 * Sets aside, of the document's findings out->v[start..], those of a
 * clause that gives way to a sentence ("Notwithstanding Section 5.3 of the
 * Terms, Supplier shall not use Customer Data to train ...") which that
 * sentence contradicts: a finding of a clause type the sentence has a
 * finding of, in another stance.  What the sentence does not speak to
 * stands ("5.3" may still let the data improve the service), and so does
 * what it says too.  A liability clause loses nothing: "Notwithstanding
 * Section 12.1 of the Terms, the indemnity does not cover Outputs" or
 * "..., liability for data breaches is uncapped" carves a case out of the
 * indemnity or the cap, which still stand for the rest.  The report names
 * the clause and how many findings it lost.
 */
static void give_way(struct engine *e, const struct document *doc, struct findings *out,
		     size_t start)
{
	size_t k, i, j, m, nby, lo, hi;
	struct finding *said;

	for (k = 0; k < e->ndeleted; k++) {
		const struct deleted_clause *d = &e->deleted[k];
		struct buf msg = BUF_INIT;

		if (!d->gives_way)
			continue;
		/* The sentence's findings lie together: out->v[lo..hi). */
		for (lo = start; lo < out->n && out->v[lo].sentence < d->by; lo++)
			;
		for (hi = lo; hi < out->n && out->v[hi].sentence == d->by; hi++)
			;
		nby = hi - lo;
		if (!nby)
			continue;
		/* A copy: the findings move down as others are set aside. */
		said = xcalloc(nby, sizeof(*said));
		memcpy(said, out->v + lo, nby * sizeof(*said));
		for (i = m = start; i < out->n; i++) {
			const struct finding *f = &out->v[i];
			int contradicted = 0;

			if (f->para >= d->first && f->para < d->end &&
			    strcmp(f->rule->type->area, "liability"))
				for (j = 0; j < nby && !contradicted; j++)
					contradicted = said[j].rule->type == f->rule->type &&
						       said[j].stance != f->stance;
			if (!contradicted)
				out->v[m++] = *f;
		}
		free(said);
		if (m == out->n)
			continue;
		buf_addf(&msg, "clause %s gives way to the sentence at ",
			 doc->paras[d->first].clause);
		add_place(&msg, doc, d->by);
		buf_addf(&msg, "; %zu finding%s it contradicts set aside", out->n - m,
			 out->n - m == 1 ? "" : "s");
		out->n = m;
		push_warning(out, &msg);
	}
}

/* Rules with no aspect share one; "measures" and "breach-notice" differ. */
static int same_aspect(const struct rule *a, const struct rule *b)
{
	return a->aspect == b->aspect ||
	       (a->aspect && b->aspect && strcmp(a->aspect, b->aspect) == 0);
}

/*
 * Of the findings from one sentence (out->v[first..]), keeps one per clause
 * type, stance and aspect: the most severe, the first on a tie.  "shall
 * maintain security measures and shall notify any breach" keeps both.
 */
static void dedupe_sentence(struct findings *out, size_t first)
{
	size_t i, j, keep = first;

	for (i = first; i < out->n; i++) {
		struct finding *f = &out->v[i];
		int dup = 0;

		for (j = first; j < keep; j++) {
			struct finding *g = &out->v[j];

			if (g->rule->type == f->rule->type && g->stance == f->stance &&
			    same_aspect(g->rule, f->rule)) {
				if (f->rule->severity > g->rule->severity)
					*g = *f;
				dup = 1;
				break;
			}
		}
		if (!dup)
			out->v[keep++] = *f;
	}
	out->n = keep;
}

/*
 * Whether a finding of rule r in this sentence would be dropped by
 * dedupe_sentence whatever it matched: one of its type, stance and aspect is
 * already there (out->v[first..]), at least as severe, and r, later in rule
 * order, would lose the tie.  Then r need not run.
 */
static int outranked(const struct findings *out, size_t first, const struct rule *r,
		     enum stance stance)
{
	size_t i;

	for (i = first; i < out->n; i++)
		if (out->v[i].rule->type == r->type && out->v[i].stance == stance &&
		    out->v[i].rule->severity >= r->severity && same_aspect(out->v[i].rule, r))
			return 1;
	return 0;
}

/*
 * Runs the prefilter over every sentence before any rule: the automaton
 * and the patterns' compiled code then take turns in the cache once per
 * document instead of once per sentence.
 */
static void scan_sentences(struct engine *e, const struct document *doc)
{
	size_t si, len, lead, label;
	int not_terms = 0;

	ALLOC_GROW(e->scan_at, doc->nsent, e->scan_alloc);
	ALLOC_GROW(e->scan_n, doc->nsent, e->scan_n_alloc);
	ALLOC_GROW(e->subject_read, doc->nsent, e->subject_read_alloc);
	buf_reset(&e->subjects);
	e->nscanned = 0;
	for (si = 0; si < doc->nsent; si++) {
		size_t para = doc->sents[si].para;
		struct subject *sub = &e->subject_read[si];
		const char *s;

		/* A paragraph's sentences come together: look at its opening once. */
		if (si == 0 || para != doc->sents[si - 1].para)
			not_terms = shape_unticked_option(doc, para) || shape_drafting_note(doc, para) ||
				    in_deleted_clause(e, para);
		e->scan_at[si] = e->nscanned;
		if (not_terms || !(s = sentence_subject(e, doc, si, &len, &lead, &label))) {
			e->scan_n[si] = SCAN_SKIP;
			continue;
		}
		sub->len = len;
		sub->lead = lead;
		sub->label = label;
		/* Items with a lead-in are few: their texts fit in one buffer. */
		if (lead) {
			sub->at = e->subjects.len;
			buf_add(&e->subjects, s, len);
		}
		e->scan_n[si] = e->hits.nfound;
		if (!e->hits.nfound)
			continue;
		ALLOC_GROW(e->scanned, e->nscanned + e->hits.nfound, e->scanned_alloc);
		prefilter_hits_save(&e->hits, e->scanned + e->nscanned);
		e->nscanned += e->hits.nfound;
	}
}

/*
 * Lists in e->cand, in rule order, the patterns filed under an entry the
 * sentence's scan found (ruleset.trigger_start) whose rule it selected:
 * any other pattern lacks a set of words it needs, or its rule's keywords.
 * The scan finds a few of a thousand patterns' filing words per sentence,
 * where testing every set of every selected rule's patterns took more
 * time than the scan.
 */
static void candidate_patterns(struct engine *e)
{
	const struct ruleset *rs = e->rs;
	const struct prefilter_hits *h = &e->hits;
	size_t k, t;

	e->ncand = 0;
	if (++e->pattern_generation == 0) {
		memset(e->pattern_mark, 0, rs->npatterns * sizeof(*e->pattern_mark));
		e->pattern_generation = 1;
	}
	for (k = 0; k < h->nfound; k++) {
		size_t x = h->found[k];

		for (t = rs->trigger_start[x]; t < rs->trigger_start[x + 1]; t++) {
			size_t p = rs->trigger[t].pattern;

			/* A pattern of a rule not selected is never one: no mark needed. */
			if (!prefilter_hit(h, rs->trigger[t].rule) ||
			    e->pattern_mark[p] == e->pattern_generation)
				continue;
			e->pattern_mark[p] = e->pattern_generation;
			e->cand[e->ncand++] = p;
			e->cand_bits[p / 64] |= UINT64_C(1) << (p % 64);
		}
	}
	sort_candidates(e->cand, e->ncand, e->cand_bits, e->ncand_words);
}

/*
 * Takes the finding just added to `out` (by a rule with `refers`) off
 * into e->pending with the clause numbers its match names, text[0..n):
 * whether it stands depends on clauses perhaps not read yet.  A match
 * that names no number is dropped.
 */
static void hold_reference(struct engine *e, const struct document *doc, struct findings *out,
			   const char *text, size_t n)
{
	size_t at = e->refs.len;
	size_t nrefs = xref_parse(text, n, doc->paras[out->v[out->n - 1].para].clause, &e->refs);
	struct pending_ref *p;

	out->n--;
	if (!nrefs)
		return;
	ALLOC_GROW(e->pending, e->npending + 1, e->pending_alloc);
	p = &e->pending[e->npending++];
	p->f = out->v[out->n];
	p->refs = at;
	p->nrefs = nrefs;
	p->holds = 0;
}

/* Whether finding g is what `want` names. */
static int finding_is(const struct finding *g, const struct type_stance *want)
{
	if (want->type ? g->rule->type != want->type : g->rule != want->rule)
		return 0;
	if (!type_stance_label_holds(want, g->qualifier))
		return 0;
	return want->stance == STANCE_ANY || want->stance == g->stance;
}

/*
 * The clauses that hold what rule r refers to, among the findings
 * out->v[from..to): built once per rule and document, then asked by each
 * of its references.
 */
static const struct xref_index *referred_clauses(struct engine *e, const struct document *doc,
						 const struct findings *out, size_t from,
						 size_t to, const struct rule *r)
{
	struct referred *slot;
	size_t k, i;

	for (k = 0; k < e->nreferred; k++)
		if (e->referred[k].rule == r)
			return &e->referred[k].clauses;
	if (e->nreferred == e->referred_slots) {
		ALLOC_GROW(e->referred, e->referred_slots + 1, e->referred_alloc);
		xref_index_init(&e->referred[e->referred_slots++].clauses);
	}
	slot = &e->referred[e->nreferred++];
	slot->rule = r;
	xref_index_reset(&slot->clauses);
	for (i = from; i < to; i++)
		for (k = 0; k < r->nrefers; k++)
			if (finding_is(&out->v[i], &r->refers[k])) {
				xref_index_add(&slot->clauses, doc->paras[out->v[i].para].clause);
				break;
			}
	xref_index_finish(&slot->clauses);
	return &slot->clauses;
}

/* Whether a clause pending finding p names holds what its rule refers to. */
static int reference_holds(struct engine *e, const struct document *doc,
			   const struct findings *out, size_t from, size_t to,
			   const struct pending_ref *p)
{
	const struct xref_index *held = referred_clauses(e, doc, out, from, to, p->f.rule);
	const char *at = doc->paras[p->f.para].clause;
	const char *num = e->refs.ptr + p->refs;
	size_t k;

	for (k = 0; k < p->nrefs; k++, num += strlen(num) + 1)
		if (xref_index_names(held, at, num))
			return 1;
	return 0;
}

/*
 * A reference is worth what the clause it names holds: where every
 * finding it refers to in the clauses named is only partial ("Subject to
 * clause 11.1", 11.1 lifting the cap for death, injury and fraud alone,
 * qualifier statutory-only), the held finding takes the first one's
 * qualifier and is partial too; one whole finding among them leaves it
 * whole.
 */
static void take_referred_qualifier(const struct document *doc, const struct findings *out,
				    size_t from, size_t to, const char *refs,
				    struct pending_ref *p)
{
	const struct rule *r = p->f.rule;
	const char *at = doc->paras[p->f.para].clause, *num;
	const struct finding *first = NULL;
	size_t i, k, n;

	if (p->f.partial || p->f.red_flag)
		return;
	for (i = from; i < to; i++) {
		const struct finding *g = &out->v[i];
		const char *c = doc->paras[g->para].clause;

		for (k = 0; k < r->nrefers && !finding_is(g, &r->refers[k]); k++)
			;
		if (k == r->nrefers)
			continue;
		for (n = 0, num = refs; n < p->nrefs && !xref_names(c, at, num); n++)
			num += strlen(num) + 1;
		if (n == p->nrefs)
			continue;
		if (!g->partial || !g->qualifier)
			return;
		if (!first)
			first = g;
	}
	if (first) {
		p->f.partial = 1;
		p->f.qualifier = first->qualifier;
	}
}

/*
 * Keeps each held finding whose named clause holds what its rule refers
 * to (as read by the rules without `refers`: one reference does not
 * stand on another), and puts it among its sentence's findings as
 * engine_run would have: after them, or in place of one of its type and
 * stance it outranks.  The document's findings are out->v[start..], in
 * sentence order, as are the held ones: one merge puts them together.
 */
static void settle_references(struct engine *e, const struct document *doc,
			      struct findings *out, size_t start)
{
	size_t k, i, j, m, read = out->n, kept = 0;
	struct finding *merged;

	e->nreferred = 0;
	for (k = 0; k < e->npending; k++) {
		e->pending[k].holds = reference_holds(e, doc, out, start, read, &e->pending[k]);
		if (e->pending[k].holds)
			take_referred_qualifier(doc, out, start, read,
						e->refs.ptr + e->pending[k].refs, &e->pending[k]);
		kept += e->pending[k].holds;
	}
	if (!kept)
		return;
	merged = xcalloc(read - start + kept, sizeof(*merged));
	for (k = 0, i = start, m = 0; k < e->npending; k++) {
		const struct finding *f = &e->pending[k].f;

		if (!e->pending[k].holds)
			continue;
		while (i < read && out->v[i].sentence <= f->sentence)
			merged[m++] = out->v[i++];
		for (j = m; j > 0 && merged[j - 1].sentence == f->sentence; j--)
			if (merged[j - 1].rule->type == f->rule->type &&
			    merged[j - 1].stance == f->stance)
				break;
		if (j == 0 || merged[j - 1].sentence != f->sentence)
			merged[m++] = *f;
		else if (f->rule->severity > merged[j - 1].rule->severity)
			merged[j - 1] = *f;
	}
	while (i < read)
		merged[m++] = out->v[i++];
	ALLOC_GROW(out->v, start + m, out->alloc);
	memcpy(out->v + start, merged, m * sizeof(*merged));
	out->n = start + m;
	free(merged);
}

/*
 * Sets what a pattern's work so far forecasts for the rest of the batch:
 * over the documents read so far (this one included) it ran over W bytes,
 * so over the `left` to come it will likely run over W * left / seen.  A
 * pattern that runs in most documents is compiled early in a batch, one
 * that runs in a few of them late or never; counting every run the square
 * root of the documents left times, whatever the pattern had done before,
 * compiled more than paid back (over every tenth CUAD text 4% more
 * instructions, over all of them 2%).  Spreading the first documents' work
 * over a few more unseen ones (a prior against one document's chance
 * runs) did worse: 4 more, +5% over every tenth text.  Within a batch
 * `left` falls a document at a time (by the workers' number with several);
 * when it does not fall, a new batch (or one contract alone) begins.
 */
static void jit_forecast(struct engine *e, size_t left)
{
	if (left == 0)
		left = 1;
	if (left >= e->jit_left)
		e->jit_batch = left;
	e->jit_left = left;
	e->jit_seen = e->jit_batch - left + 1;
}

void engine_run(struct engine *e, const struct document *doc,
		const struct engine_options *opt, struct findings *out)
{
	const struct ruleset *rs = e->rs;
	size_t si, k, next, start = out->n;

	jit_forecast(e, opt ? opt->documents_left : 1);
	e->npending = 0;
	e->unfinished = 0;
	buf_reset(&e->refs);
	roles_release(&out->roles);
	roles_find(e->roles, doc, &out->roles);
	if (out->roles.terms_unread) {
		struct buf msg = BUF_INIT;

		buf_addf(&msg, "%zu defined terms past the limits (%d defined, %d read as "
			 "their class) were read as written", out->roles.terms_unread,
			 ROLES_TERMS_MAX, ROLES_READ_TERMS_MAX);
		push_warning(out, &msg);
	}
	view_build(&e->view, doc, out->roles.subst, out->roles.nsubst);
	find_deleted(e, doc, out);
	/* Only the scan reads the parties: no pointer into `out` outlives it. */
	e->parties = &out->roles;
	scan_sentences(e, doc);
	e->parties = NULL;
	for (si = 0; si < doc->nsent; si++) {
		const struct subject *sub = &e->subject_read[si];
		size_t len, first = out->n, lead, label;
		const char *s;

		if (e->scan_n[si] == SCAN_SKIP)
			continue;
		len = sub->len;
		lead = sub->lead;
		label = sub->label;
		s = lead ? e->subjects.ptr + sub->at : e->view.text.ptr + e->view.sent_start[si];
		e->subject = s;
		e->subject_len = len;
		e->measured = 0;
		prefilter_hits_replay(&e->hits, e->scan_n[si] ? e->scanned + e->scan_at[si] : NULL,
				      e->scan_n[si]);
		/* Rule order, not discovery order, so output is stable. */
		candidate_patterns(e);
		profile_selected(rs, &e->hits);
		for (k = 0; k < e->ncand; k = next) {
			size_t ri = rs->pattern_rule[e->cand[k]];
			const struct rule *r = &rs->rules[ri];
			struct verdict v;
			struct finding *f;
			size_t ms, me, c;
			int matched = 0;

			for (next = k + 1; next < e->ncand && rs->pattern_rule[e->cand[next]] == ri; next++)
				;
			if (out->n > first && !rule_has_effect(r, QUALIFIER_FLIP) &&
			    outranked(out, first, r, r->stance))
				continue;
			e->limit_hit = 0;
			e->doc = doc;
			e->sent = si;
			for (c = k; c < next && !matched; c++)
				matched = try_pattern(e, r, e->cand[c] - rs->pattern_base[ri], 1, s,
						      len, lead, &ms, &me, &v, NULL);
			if (!matched) {
				if (e->limit_hit)
					add_warning(e, out, doc, r, si, e->limit_hit);
				continue;
			}
			ALLOC_GROW(out->v, out->n + 1, out->alloc);
			f = &out->v[out->n++];
			memset(f, 0, sizeof(*f));
			f->rule = r;
			f->stance = v.flip ? flip_stance(r->stance) : r->stance;
			f->start = view_to_orig_start(&e->view,
				shape_subject_to_view(&e->view, si, ms, lead, label));
			f->end = view_to_orig_end(&e->view,
				shape_subject_to_view(&e->view, si, me, lead, label));
			f->sentence = si;
			f->para = doc->sents[si].para;
			f->qualifier = v.label;
			/* Flipped twice, the clause says what the rule does. */
			f->message = v.flip ? v.message : NULL;
			f->partial = v.partial;
			f->red_flag = v.red_flag;
			f->tracked = document_tracked_in(doc, doc->sents[si].start,
							 doc->sents[si].end);
			if (r->nrefers)
				hold_reference(e, doc, out, s + ms, me - ms);
		}
		dedupe_sentence(out, first);
	}
	e->doc = NULL;
	if (e->unfinished > WARNINGS_OF_A_KIND) {
		struct buf msg = BUF_INIT;

		buf_addf(&msg, "... and %zu more sentences a rule could not finish",
			 e->unfinished - WARNINGS_OF_A_KIND);
		push_warning(out, &msg);
	}
	give_way(e, doc, out, start);
	settle_references(e, doc, out, start);
}

int engine_match_rule(struct engine *e, const struct rule *r,
		      const char *text, size_t len, const char **why)
{
	const struct ruleset *rs = e->rs;
	struct document doc;
	size_t si, ri = (size_t)(r - rs->rules);
	int found = 0;

	if (why)
		*why = NULL;
	document_init(&doc, "example");
	buf_add(&doc.text, text, len);
	document_add_paragraph(&doc, PARA_BODY, 0, len);
	document_finish(&doc);
	view_build(&e->view, &doc, NULL, 0);
	for (si = 0; si < doc.nsent && !found; si++) {
		struct verdict v;
		size_t slen, ms, me, lead, label;
		const char *s = sentence_subject(e, &doc, si, &slen, &lead, &label);

		if (!s) {
			if (why)
				*why = "a caption, not a clause";
			continue;
		}
		e->subject = s;
		e->subject_len = slen;
		e->measured = 0;
		e->limit_hit = 0;
		e->doc = &doc;
		e->sent = si;
		if (try_rule(e, r, s, slen, lead, &ms, &me, &v, why)) {
			if (ri < rs->nrules && !prefilter_hit(&e->hits, ri)) {
				if (why)
					*why = "no keyword";
				continue;
			}
			found = 1;
			if (why)
				*why = v.label;
		} else if (e->limit_hit) {
			found = -1;
		}
	}
	e->doc = NULL;
	document_release(&doc);
	return found;
}

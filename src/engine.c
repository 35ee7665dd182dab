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
#include "view.h"
#include "xalloc.h"

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
	/*
	 * Of the text the rules now read: the most bytes a character takes
	 * and the longest run of bytes that are not white space, which turn
	 * a pattern's reach (regex_span) into bytes; see measure_subject.
	 * Measured when a reach first needs them: `measured` == 0 until then.
	 */
	const char *subject;
	size_t subject_len, char_bytes, word_bytes;
	int measured;
	/* A list item read with its lead-in; see item_subject(). */
	struct buf joined;
	/* The document and sentence the rules now read, for scope `next`. */
	const struct document *doc;
	size_t sent;
	/*
	 * The prefilter's findings for each sentence of the document, scanned
	 * all at once: sentence si found scanned[scan_at[si] ..] (scan_n[si]
	 * entries, each first and last found at scanned_first[] and
	 * scanned_last[] beside it), or is read by no rule (a caption, an
	 * unticked option) when scan_n[si] == SCAN_SKIP.
	 */
	size_t *scanned, *scanned_first, *scanned_last, nscanned;
	size_t scanned_alloc, scanned_first_alloc, scanned_last_alloc;
	size_t *scan_at, *scan_n, scan_alloc, scan_n_alloc;
	/*
	 * The patterns the sentence may match (candidate_patterns), and a
	 * mark per pattern: == pattern_generation when listed.
	 */
	size_t *cand, ncand;
	unsigned *pattern_mark, pattern_generation;
	/* Clauses the document strikes out (deletion.h): no rule reads them. */
	struct deleted_clause *deleted;
	size_t ndeleted, deleted_alloc;
};

#define SCAN_SKIP ((size_t)-1)

struct engine *engine_new(const struct ruleset *rs)
{
	struct engine *e = xcalloc(1, sizeof(*e));

	e->rs = rs;
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
	e->roles = roles_finder_new(rs);
	e->cand = xcalloc(rs->npatterns ? rs->npatterns : 1, sizeof(*e->cand));
	e->pattern_mark = xcalloc(rs->npatterns ? rs->npatterns : 1, sizeof(*e->pattern_mark));
	return e;
}

void engine_free(struct engine *e)
{
	if (!e)
		return;
	pcre2_match_data_free(e->md);
	pcre2_match_context_free(e->mctx);
	pcre2_jit_stack_free(e->jit_stack);
	prefilter_hits_release(&e->hits);
	view_release(&e->view);
	buf_release(&e->joined);
	roles_finder_free(e->roles);
	free(e->scanned);
	free(e->scanned_first);
	free(e->scanned_last);
	free(e->scan_at);
	free(e->scan_n);
	free(e->cand);
	free(e->pattern_mark);
	free(e->deleted);
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
	/* The interpreter or the JIT code: the matches are the same. */
	code = ruleset_match_code(e->rs, re, len - from);
	pcre2_set_offset_limit(e->mctx, limit);
	rc = pcre2_match(code, (PCRE2_SPTR)subject, len, from, PCRE2_NO_UTF_CHECK, e->md, e->mctx);

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

/* The clause around [ms, me): between ';', ':' or item markers. */
static void clause_bounds(const char *s, size_t len, size_t ms, size_t me,
			  size_t *from, size_t *to)
{
	size_t i;

	*from = 0;
	for (i = ms; i > 0; i--)
		if (s[i - 1] == ';' || s[i - 1] == ':' || item_marker_at(s, i - 1, len)) {
			*from = i - 1;
			break;
		}
	*to = len;
	for (i = me; i < len; i++)
		if (s[i] == ';' || s[i] == ':' || item_marker_at(s, i, len)) {
			*to = i;
			break;
		}
}

/*
 * The C and W of a pattern's reach in s[0..len) (regex_lit.h): the most
 * bytes a character takes, and the longest run of bytes that are not
 * ASCII white space.
 */
static void measure_subject(struct engine *e)
{
	const char *s = e->subject;
	size_t len = e->subject_len;
	size_t i, run = 0, longest = 0;
	unsigned char top = 0;

	/*
	 * Every sentence a set with a reach selects is measured, so this loop
	 * is hot: without branches, because where a word ends is as hard
	 * for the processor to guess as it is for us.
	 */
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t space = c == ' ' || (unsigned char)(c - '\t') <= '\r' - '\t';

		top |= c;
		run = (run + 1) & (space - 1);
		longest = run > longest ? run : longest;
	}
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

	/* Most patterns stop here: a set none of whose words occurs. */
	for (f = 0; f < re->nfilter; f++) {
		if (f == known)
			continue;
		for (i = 0; i < re->filter_nwords[f]; i++)
			if (prefilter_hit(h, re->filter_words[f][i]))
				break;
		if (i == re->filter_nwords[f])
			return 0;
	}
	*lower = 0;
	*upper = PCRE2_UNSET;
	for (f = 0; f < re->nfilter; f++) {
		size_t first = PCRE2_UNSET, last = 0, reach;

		for (i = 0; i < re->filter_nwords[f]; i++) {
			const struct prefilter_entry_hit *w = &h->entry[re->filter_words[f][i]];

			if (w->mark != h->generation)
				continue;
			if (w->first < first)
				first = w->first;
			if (w->last > last)
				last = w->last;
		}
		/* A match that holds the word at `lead` or later starts that much before it. */
		if (last < re->filter_lead[f])
			return 0;
		if (last - re->filter_lead[f] < *upper)
			*upper = last - re->filter_lead[f];
		if (!e->measured && (re->filter_reach[f].chars || re->filter_reach[f].words))
			measure_subject(e);
		reach = regex_span_at(&re->filter_reach[f], e->char_bytes, e->word_bytes);
		if (reach != REGEX_LIT_UNBOUNDED && first > reach && first - reach > *lower)
			*lower = first - reach;
	}
	return *lower <= *upper;
}

struct verdict {
	int cancelled;
	const char *label;      /* what decided */
	int flip, partial;
};

/*
 * The sentence after the one the rules now read, as the view has it: in
 * the same paragraph, or opening the next one unless that is a heading.
 * A clause qualified by the sentence after it ("Provider may replace the
 * model. Any such change needs 90 days' notice.") is one of those two.
 * NULL when there is none.
 */
static const char *next_sentence(const struct engine *e, size_t *len)
{
	const struct document *doc = e->doc;
	size_t ni = e->sent + 1, para;

	if (!doc || ni >= doc->nsent)
		return NULL;
	para = doc->sents[ni].para;
	if (para != doc->sents[e->sent].para &&
	    (para != doc->sents[e->sent].para + 1 || doc->paras[para].kind == PARA_HEADING))
		return NULL;
	*len = e->view.sent_end[ni] - e->view.sent_start[ni];
	return e->view.text.ptr + e->view.sent_start[ni];
}

/* Whether qualifier q finds its pattern in its scope around the match [ms, me) of s. */
static int qualifier_found(struct engine *e, const struct rule_qualifier *q,
			   const char *s, size_t len, size_t ms, size_t me)
{
	size_t from = 0, to = len, qs, qe, lower, upper;
	const char *next;

	switch (q->scope) {
	case SCOPE_NEXT:
		/* Another sentence: the prefilter's words are not its own. */
		next = next_sentence(e, &to);
		return next && run_regex(e, &q->re, next, to, 0, PCRE2_UNSET, &qs, &qe) == 1;
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
	return needs_met(e, &q->re, SIZE_MAX, &lower, &upper) &&
	       run_regex(e, &q->re, s, to, from > lower ? from : lower, upper, &qs, &qe) == 1;
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
			flip_label = 1;
			break;
		case QUALIFIER_PARTIAL:
			v->partial = 1;
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
 * A caption ("12. SOURCE CODE ESCROW", "Limitation of Liability.") names a
 * clause without being one: reporting it would quote a heading as evidence
 * and take a single word for a whole clause.  A caption here is at most
 * CAPTION_MAX_WORDS words, each capitalised or a short function word, after
 * any leading number ("1.6", "(b)", "Article IV"); a little longer without
 * a stop, which a clause in capitals ends with ("LICENSOR PROVIDES THE
 * SOFTWARE WITHOUT WARRANTY OF ANY KIND.") and a heading on its own line
 * seldom does.
 */
#define CAPTION_MAX_WORDS 8
#define CAPTION_MAX_WORDS_NO_STOP 10

/*
 * Word lists with their lengths: every sentence's words are looked up in
 * them, and a strlen per entry per word cost more than the rest of
 * is_caption.
 */
struct word {
	const char *s;
	size_t n;
};

#define WORD(lit) { lit, sizeof(lit) - 1 }

static int in_words(const struct word *v, size_t nv, const char *w, size_t n, int caseless)
{
	size_t i;

	for (i = 0; i < nv; i++)
		if (v[i].n == n && (caseless ? !strncasecmp(v[i].s, w, n) : !memcmp(v[i].s, w, n)))
			return 1;
	return 0;
}

static int is_function_word(const char *w, size_t n)
{
	static const struct word words[] = {
		WORD("a"), WORD("an"), WORD("and"), WORD("as"), WORD("at"), WORD("by"),
		WORD("for"), WORD("in"), WORD("of"), WORD("on"), WORD("or"), WORD("the"),
		WORD("to"), WORD("with")
	};

	return in_words(words, ARRAY_SIZE(words), w, n, 0);
}

/* "1.6", "12.", "(b)", "IV.", "(iii)": a clause label, not a word. */
static int is_label_token(const char *w, size_t n)
{
	size_t i, letters = 0, roman = 0;

	if (n > 7)
		return 0;
	for (i = 0; i < n; i++)
		if (isalpha((unsigned char)w[i])) {
			letters++;
			roman += strchr("ivxlcIVXLC", w[i]) != NULL;
		}
	if (!letters)
		return 1;
	return (w[0] == '(' || w[n - 1] == '.' || w[n - 1] == ')') &&
	       (letters == 1 || roman == letters);
}

/* Words that make a short line a statement rather than a title. */
static int is_verb_word(const char *w, size_t n)
{
	static const struct word words[] = {
		WORD("agree"), WORD("agrees"), WORD("are"), WORD("be"), WORD("been"),
		WORD("can"), WORD("cannot"), WORD("does"), WORD("has"), WORD("have"),
		WORD("is"), WORD("may"), WORD("means"), WORD("must"), WORD("no"),
		WORD("not"), WORD("shall"), WORD("was"), WORD("were"), WORD("will"),
		WORD("won't")
	};

	return in_words(words, ARRAY_SIZE(words), w, n, 1);
}

/*
 * Whether s[0..len) ends as a sentence does, quotes and brackets aside:
 * captions on a line of their own often lack the stop.
 */
static int ends_with_stop(const char *s, size_t len)
{
	while (len && (isspace((unsigned char)s[len - 1]) || s[len - 1] == '"' ||
		       s[len - 1] == '\'' || s[len - 1] == ')'))
		len--;
	return len && strchr(".;:,!?", s[len - 1]) != NULL;
}

/*
 * Whether the text ends as a list item does, with ";" or "; and", "; or":
 * "(a) EITHER PARTY'S OBLIGATIONS IN SECTION 9 (INDEMNIFICATION);" is an
 * item in capitals, not a title.
 */
static int ends_as_item(const char *s, size_t len)
{
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	if (len >= 3 && !strncasecmp(s + len - 3, "and", 3) &&
	    (len == 3 || !isalpha((unsigned char)s[len - 4])))
		len -= 3;
	else if (len >= 2 && !strncasecmp(s + len - 2, "or", 2) &&
		 (len == 2 || !isalpha((unsigned char)s[len - 3])))
		len -= 2;
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	return len && s[len - 1] == ';';
}

static int is_caption(const char *s, size_t len)
{
	size_t i = 0, words = 0, prev = 0, prev_n = 0;
	int stop = ends_with_stop(s, len), lower_verb;

	if (ends_as_item(s, len))
		return 0;

	while (i < len) {
		size_t w, n;

		while (i < len && (isspace((unsigned char)s[i]) || s[i] == '&' || s[i] == '-'))
			i++;
		if (i == len)
			break;
		w = i;
		while (i < len && !isspace((unsigned char)s[i]))
			i++;
		n = i - w;
		if (!words && (is_label_token(s + w, n) ||
			       (n == 7 && (!strncasecmp(s + w, "article", 7) ||
					   !strncasecmp(s + w, "section", 7)))))
			continue;
		if (++words > (stop ? CAPTION_MAX_WORDS : CAPTION_MAX_WORDS_NO_STOP))
			return 0;
		while (n && ispunct((unsigned char)s[w + n - 1]))
			n--;
		while (n && ispunct((unsigned char)s[w])) {
			w++;
			n--;
		}
		/*
		 * A title without a stop may leave its verb in lower case, as
		 * function words are: "c. Content is Uploaded at Your Own Risk".
		 */
		lower_verb = !stop && words > 1 &&
			     ((n == 2 && !strncmp(s + w, "is", 2)) ||
			      (n == 3 && !strncmp(s + w, "are", 3)));
		if (n && !isupper((unsigned char)s[w]) && !isdigit((unsigned char)s[w]) &&
		    !is_function_word(s + w, n) && !lower_verb)
			return 0;
		/*
		 * "THE SERVICES ARE PROVIDED AS IS" is a clause in capitals, but
		 * the heading "Services Available on an "AS IS" Basis" names no
		 * verb.  With a stop it is read as a clause all the same:
		 * "THE DISCLOSER PROVIDES INFORMATION ON AN "AS IS" BASIS."
		 */
		if (is_verb_word(s + w, n) && !lower_verb &&
		    !(!stop && prev_n == 2 && !strncasecmp(s + prev, "as", 2) && n == 2 &&
		      !strncasecmp(s + w, "is", 2)))
			return 0;
		prev = w;
		prev_n = n;
	}
	return words > 0;
}

/* Words in a run-in heading, at most: "3.5 Residual knowledge." */
#define RUN_IN_MAX_WORDS 4

/* Words that open a sentence, never a heading: "We delete data." */
static int is_opening_pronoun(const char *w, size_t n)
{
	static const struct word words[] = {
		WORD("a"), WORD("all"), WORD("an"), WORD("any"), WORD("each"), WORD("every"),
		WORD("he"), WORD("it"), WORD("its"), WORD("our"), WORD("she"), WORD("that"),
		WORD("the"), WORD("their"), WORD("these"), WORD("they"), WORD("this"),
		WORD("those"), WORD("we"), WORD("you"), WORD("your"),
	};

	return in_words(words, ARRAY_SIZE(words), w, n, 1);
}

/* Verbs a short sentence states a term with, beyond is_verb_word's. */
static int is_statement_verb(const char *w, size_t n)
{
	static const struct word words[] = {
		WORD("applies"), WORD("apply"), WORD("include"), WORD("includes"),
		WORD("survive"), WORD("survives"),
	};

	return in_words(words, ARRAY_SIZE(words), w, n, 1);
}

/*
 * A caption in sentence case that runs into its clause: "3.5 Residual
 * knowledge. Nothing in this Agreement restricts ...".  is_caption wants
 * each word capitalised; here the heading is told by where it stands and
 * what it lacks: the first sentence of its paragraph, with more of the
 * paragraph after it, a few words, a capital first, and no verb, which
 * short clauses have ("Customer owns outputs."): no modal, no word after
 * the first ending in "s", and no pronoun or article to open it.
 */
static int is_run_in_heading(const struct document *doc, size_t si, const char *s, size_t len)
{
	size_t i = 0, words = 0;

	if (si + 1 >= doc->nsent || doc->sents[si + 1].para != doc->sents[si].para ||
	    (si > 0 && doc->sents[si - 1].para == doc->sents[si].para))
		return 0;
	while (len > 0 && isspace((unsigned char)s[len - 1]))
		len--;
	if (!len || s[len - 1] != '.')
		return 0;
	while (i < len) {
		size_t w, n;

		while (i < len && isspace((unsigned char)s[i]))
			i++;
		w = i;
		while (i < len && !isspace((unsigned char)s[i]))
			i++;
		n = i - w;
		if (!n || (!words && is_label_token(s + w, n)))
			continue;
		while (n && ispunct((unsigned char)s[w + n - 1]))
			n--;
		if (!n || ++words > RUN_IN_MAX_WORDS ||
		    (words == 1 && (!isupper((unsigned char)s[w]) || is_opening_pronoun(s + w, n))) ||
		    (words > 1 && (s[w + n - 1] == 's' || s[w + n - 1] == 'S')) ||
		    is_verb_word(s + w, n) || is_statement_verb(s + w, n))
			return 0;
	}
	return words > 0;
}

/*
 * List items and their lead-in.  "Provider shall not: (a) sell Customer
 * Data; (b) use it to train models" is often split into one sentence per
 * item, and an item alone has lost its actor and any negation: "(b) use it
 * to train models".  An item is read as its lead-in followed by the item
 * without its label: "Provider shall not use it to train models".
 */
#define LEADIN_LOOKBACK 40      /* sentences back to the lead-in, at most */
#define LEADIN_MAX 600          /* bytes of the lead-in kept, before its colon */

/* Bytes of an item label at the start of s ("(a) ", "ii. ", "3) ", "- "), or 0. */
static size_t item_label_len(const char *s, size_t len)
{
	size_t i = 0, j;

	if (len >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ')
		return 2;
	if (len >= 4 && !memcmp(s, "\xE2\x80\xA2", 3))
		return s[3] == ' ' ? 4 : 3;
	if (i < len && s[i] == '(')
		i++;
	j = i;
	while (j < len && j - i < 6 && isalnum((unsigned char)s[j]))
		j++;
	if (j == i || j - i > 5 || j >= len)
		return 0;
	/* Letters: one or two ("a", "aa") or roman numerals ("iv"). */
	if (!isdigit((unsigned char)s[i])) {
		size_t k, roman = 0;

		for (k = i; k < j; k++) {
			if (!islower((unsigned char)s[k]) && !isupper((unsigned char)s[k]))
				return 0;
			roman += strchr("ivxlcIVXLC", s[k]) != NULL;
		}
		if (j - i > 2 && roman != j - i)
			return 0;
	} else {
		size_t k;

		for (k = i; k < j; k++)
			if (!isdigit((unsigned char)s[k]))
				return 0;
	}
	if (s[j] == ')' || (s[0] != '(' && s[j] == '.'))
		j++;
	else
		return 0;
	if (j < len && s[j] != ' ')
		return 0;
	return j < len ? j + 1 : j;
}

/* Value of a roman numeral of i, v and x up to 39 ("iv", "XII"), else 0. */
static unsigned roman_value(const char *s, size_t n)
{
	static const char *const ones[] = {
		"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"
	};
	size_t i, k, tens = 0;

	while (tens < n && tolower((unsigned char)s[tens]) == 'x')
		tens++;
	if (!n || tens > 3)
		return 0;
	for (i = 0; i < ARRAY_SIZE(ones); i++) {
		if (strlen(ones[i]) != n - tens)
			continue;
		for (k = tens; k < n && tolower((unsigned char)s[k]) == ones[i][k - tens]; k++)
			;
		if (k == n)
			return (unsigned)(tens * 10 + i);
	}
	return 0;
}

/* The letters or digits of the item label opening s: "iv" of "(iv) ". */
static const char *label_id(const char *s, size_t *n)
{
	if (*s == '(')
		s++;
	for (*n = 0; isalnum((unsigned char)s[*n]); (*n)++)
		;
	return s;
}

/*
 * What an item label counts with: 'd' digits, 'a' lower-case letters, 'A'
 * capitals, 'i' and 'I' roman numerals, '-' a bullet.  Items of one list
 * share it; a parent item mostly counts with another.  A lone "i", "v" or
 * "x" reads here as a letter; item_kind settles it from what came before.
 */
static char label_kind(const char *s)
{
	size_t n;
	const char *id = label_id(s, &n);

	if (isdigit((unsigned char)*id))
		return 'd';
	if (!isalpha((unsigned char)*id))
		return '-';
	if (n > 1 && roman_value(id, n))
		return isupper((unsigned char)*id) ? 'I' : 'i';
	return isupper((unsigned char)*id) ? 'A' : 'a';
}

static size_t leadin_end(const char *s, size_t len);

/*
 * The kind of the label opening sentence si, an item.  A lone "(i)" is a
 * letter where the item before it is "(h)" (not ending in a colon, which
 * opens a list) or ends a roman list of "(h)"'s: "(h) ...: (i) ...; (ii)
 * ...; (i) ...".  Otherwise it opens a list and is roman.  A lone "(v)" or
 * "(x)" is roman only after "(iv)" or "(ix)": "(x)" and "(y)" are letters
 * lists are drafted with.  Only these three labels look back, and no
 * further than the item before.
 */
static char item_kind(const struct engine *e, const struct document *doc, size_t si)
{
	const char *s = e->view.text.ptr + e->view.sent_start[si];
	char kind = label_kind(s), c, roman;
	size_t n, back;
	const char *id = label_id(s, &n);

	if ((kind != 'a' && kind != 'A') || n != 1 || !strchr("ivxIVX", *id))
		return kind;
	c = (char)tolower((unsigned char)*id);
	roman = kind == 'a' ? 'i' : 'I';
	for (back = 1; back <= LEADIN_LOOKBACK && back <= si; back++) {
		size_t li = si - back, pn;
		const char *l = e->view.text.ptr + e->view.sent_start[li], *pid;
		size_t ln = e->view.sent_end[li] - e->view.sent_start[li];
		size_t plab = item_label_len(l, ln);

		if (!plab) {
			/* Text inside the item before, unless it is a lead-in. */
			if (!leadin_end(l, ln) &&
			    !(doc->paras[doc->sents[li].para].kind == PARA_HEADING &&
			      is_caption(l, ln)))
				continue;
			break;
		}
		pid = label_id(l, &pn);
		while (ln > plab && l[ln - 1] == ' ')
			ln--;
		if (pn == 1 && *pid == *id - 1)
			return l[ln - 1] == ':' && c == 'i' ? roman : kind;
		if (pn > 1 && isupper((unsigned char)*pid) == isupper((unsigned char)*id) &&
		    roman_value(pid, pn)) {
			if (roman_value(pid, pn) + 1 == roman_value(id, 1))
				return roman;
			return kind;
		}
		break;
	}
	return c == 'i' ? roman : kind;
}

/*
 * Words a lead-in without a colon stops on: "shall release the Deposit
 * Materials to the Licensee if", "(a) ...".  A sentence ending so, or on
 * a comma, is unfinished, and the items finish it.
 */
static int is_unfinished_end(const char *s, size_t len)
{
	static const struct word words[] = {
		WORD("a"), WORD("an"), WORD("and"), WORD("any"), WORD("by"), WORD("following"),
		WORD("for"), WORD("from"), WORD("if"), WORD("including"), WORD("nor"),
		WORD("of"), WORD("or"), WORD("that"), WORD("the"), WORD("to"), WORD("unless"),
		WORD("upon"), WORD("when"), WORD("where"), WORD("whether"), WORD("which"),
		WORD("with"),
	};
	static const struct word joins[] = { WORD("and"), WORD("nor"), WORD("or") };
	size_t w = len;

	/* Not a dash: a page number ("- 56 -") ends so. */
	if (len && s[len - 1] == ',')
		return 1;
	while (w > 0 && isalpha((unsigned char)s[w - 1]))
		w--;
	/* A word of its own, after a space, in a sentence of several. */
	if (!(w > 0 && w < len && s[w - 1] == ' ' &&
	      in_words(words, ARRAY_SIZE(words), s + w, len - w, 1)))
		return 0;
	/* "...; and", "...; or": an item that ends, not its list's lead-in. */
	return !(w >= 2 && s[w - 2] == ';' &&
		 in_words(joins, ARRAY_SIZE(joins), s + w, len - w, 1));
}

/*
 * Where a sentence that closes as a lead-in ends it: before its final
 * colon, or at its end where it is unfinished; 0 if it closes otherwise.
 * An item that is itself a lead-in ("(3) ... if") can only be one so.
 */
static size_t leadin_end_at_close(const char *s, size_t len)
{
	size_t i = len;

	while (i > 0 && s[i - 1] == ' ')
		i--;
	if (i > 0 && s[i - 1] == ':')
		return i - 1;
	return is_unfinished_end(s, i) ? i : 0;
}

/*
 * Where the lead-in of a list ends: where it closes as one, or just
 * before its last ':' that an item label follows.  0 when `s` is no
 * lead-in.
 */
static size_t leadin_end(const char *s, size_t len)
{
	size_t i = leadin_end_at_close(s, len);

	if (i)
		return i;
	for (i = len; i > 0; i--) {
		size_t k = i;

		if (s[i - 1] != ':')
			continue;
		while (k < len && s[k] == ' ')
			k++;
		if (k < len && item_label_len(s + k, len - k))
			return i - 1;
	}
	return 0;
}

/* Lead-ins chained over one item, at most: "shall not: (a) use it to: (i) train". */
#define LEADIN_CHAIN 3

/*
 * The lead-in of item `si`: sets *li_out to the sentence holding it and
 * [*from_out, *to_out) to its words in that sentence, the label of an item
 * that is itself a lead-in left out.  Returns 0 when the item has none.
 */
static int find_leadin(const struct engine *e, const struct document *doc, size_t si,
		       size_t *li_out, size_t *from_out, size_t *to_out)
{
	char kind = item_kind(e, doc, si);
	size_t back;

	for (back = 1; back <= LEADIN_LOOKBACK && back <= si; back++) {
		size_t li = si - back;
		const char *l = e->view.text.ptr + e->view.sent_start[li];
		size_t ln = e->view.sent_end[li] - e->view.sent_start[li], end, from;
		size_t plab = item_label_len(l, ln);

		/* Lists stay within a few paragraphs; a heading ends them. */
		if (doc->paras[doc->sents[li].para].kind == PARA_HEADING &&
		    is_caption(l, ln))
			return 0;
		if (plab) {
			/*
			 * A sibling item is passed over, but an item of another kind
			 * that ends as a lead-in is the parent: "(3) The Escrow Agent
			 * shall release ... if" over "(a)", "(b)".  Its label is no
			 * part of the lead-in.
			 */
			if (item_kind(e, doc, li) == kind || !(end = leadin_end_at_close(l, ln)) ||
			    end <= plab)
				continue;
		} else {
			end = leadin_end(l, ln);
		}
		if (!end)
			return 0;
		/*
		 * The list a lead-in opens is the one its first item starts:
		 * "2. Escrow" after "(d) ... based upon: (i) ...; (ii) ...;
		 * (e) ..." is no item of it, but the next clause.
		 */
		if (back > 1) {
			const char *first = e->view.text.ptr + e->view.sent_start[li + 1];
			size_t fn = e->view.sent_end[li + 1] - e->view.sent_start[li + 1];

			if (item_label_len(first, fn) && item_kind(e, doc, li + 1) != kind)
				return 0;
		}
		from = end > LEADIN_MAX ? end - LEADIN_MAX : 0;
		if (from < plab)
			from = plab;
		while (from > 0 && from < end && l[from - 1] != ' ')
			from++;
		*li_out = li;
		*from_out = from;
		*to_out = end;
		return 1;
	}
	return 0;
}

/*
 * Whether a lead-in that is itself an item reads on from its own lead-in:
 * "(a) use Customer Data to:" finishes "The Provider shall not:".  One
 * that turns to an exception ("(c) act, except that the Provider may use
 * Customer Data to:") says who may do what itself: the negation before it
 * is not the exception's.
 */
static int leadin_reads_on(const char *s, size_t len)
{
	static const struct word turns[] = {
		WORD("but"), WORD("except"), WORD("excluding"), WORD("however"),
		WORD("provided"), WORD("save"), WORD("unless"),
	};
	size_t i = 0, w;

	while (i < len) {
		while (i < len && !isalpha((unsigned char)s[i]))
			i++;
		w = i;
		while (i < len && isalpha((unsigned char)s[i]))
			i++;
		if (i > w && in_words(turns, ARRAY_SIZE(turns), s + w, i - w, 1))
			return 0;
	}
	return 1;
}

/*
 * The text to match for sentence `si`: the sentence itself, or for a list
 * item with a lead-in, "lead-in item" in e->joined.  An item's lead-in that
 * is an item reading on from a lead-in of its own comes after that one:
 * "The Provider shall not use the Model to train other models" for "(i)
 * train other models" under "(a) use the Model to:".  *lead is the length
 * of the lead-ins and the space after them (0 without one), *label the
 * bytes of the item's label left out.
 */
static const char *item_subject(struct engine *e, const struct document *doc, size_t si,
				size_t *len, size_t *lead, size_t *label)
{
	const char *s = e->view.text.ptr + e->view.sent_start[si];
	size_t n = e->view.sent_end[si] - e->view.sent_start[si], lab;
	size_t li[LEADIN_CHAIN], from[LEADIN_CHAIN], to[LEADIN_CHAIN];
	int depth = 0;

	*len = n;
	*lead = *label = 0;
	lab = item_label_len(s, n);
	if (!lab || lab >= n)
		return s;
	while (depth < LEADIN_CHAIN &&
	       find_leadin(e, doc, depth ? li[depth - 1] : si, &li[depth], &from[depth],
			   &to[depth])) {
		const char *l = e->view.text.ptr + e->view.sent_start[li[depth]];
		size_t ln = e->view.sent_end[li[depth]] - e->view.sent_start[li[depth]];

		depth++;
		/* Only an item reads on from a lead-in of its own. */
		if (!item_label_len(l, ln) ||
		    !leadin_reads_on(l + from[depth - 1], to[depth - 1] - from[depth - 1]))
			break;
	}
	if (!depth)
		return s;
	buf_reset(&e->joined);
	while (depth-- > 0) {
		const char *l = e->view.text.ptr + e->view.sent_start[li[depth]];

		buf_add(&e->joined, l + from[depth], to[depth] - from[depth]);
		buf_addch(&e->joined, ' ');
	}
	*lead = e->joined.len;
	*label = lab;
	buf_add(&e->joined, s + lab, n - lab);
	*len = e->joined.len;
	return e->joined.ptr;
}

/* View offset, within sentence si, of offset `off` of its item subject. */
static size_t subject_to_view(const struct engine *e, size_t si, size_t off,
			      size_t lead, size_t label)
{
	if (!lead)
		return e->view.sent_start[si] + off;
	/* A match from the lead-in starts, in the item, at its label. */
	if (off <= lead)
		return e->view.sent_start[si];
	return e->view.sent_start[si] + label + (off - lead);
}

/*
 * A numbered heading over its clause, verb and all ("25. We can change
 * these terms"): the clause under it says the same with its conditions,
 * and carries the finding.  Only a loader's heading with a label, no stop
 * and a heading's length counts: a whole clause set in a DOCX heading
 * style ("5.1 Vendor shall make the Services available ... when it does
 * not:[1]") is still a clause.
 */
static int is_numbered_heading(const struct document *doc, size_t si, const char *s, size_t len)
{
	const struct paragraph *p = &doc->paras[doc->sents[si].para];
	size_t i, words = 0;

	if (p->kind != PARA_HEADING || !p->label || ends_with_stop(s, len) ||
	    ends_as_item(s, len))
		return 0;
	for (i = 0; i < len; i++)
		if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ') &&
		    ++words > CAPTION_MAX_WORDS + 1)   /* the label is a word */
			return 0;
	return 1;
}

/*
 * What the rules see of sentence `si`, with the prefilter run over it: the
 * item with its lead-in (item_subject), or NULL for a caption or a line of
 * a table of contents, which no rule reads: a contents line only names a
 * clause that the body states.  engine_run and rules test go through this
 * one door.
 */
static const char *sentence_subject(struct engine *e, const struct document *doc, size_t si,
				    size_t *len, size_t *lead, size_t *label)
{
	const char *s = e->view.text.ptr + e->view.sent_start[si];

	*len = e->view.sent_end[si] - e->view.sent_start[si];
	if (doc->paras[doc->sents[si].para].contents ||
	    is_caption(s, *len) || is_run_in_heading(doc, si, s, *len) ||
	    is_numbered_heading(doc, si, s, *len))
		return NULL;
	s = item_subject(e, doc, si, len, lead, label);
	prefilter_scan(e->rs->prefilter, s, *len, &e->hits);
	return s;
}

static enum stance flip_stance(enum stance s)
{
	if (s == STANCE_PROTECTIVE)
		return STANCE_ADVERSE;
	if (s == STANCE_ADVERSE)
		return STANCE_PROTECTIVE;
	return s;
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * Sorts v[0..n) in place.  A sentence selects a handful of rules, and
 * qsort's calls through a comparison pointer cost more than the sorting;
 * past a few dozen, insertion would cost more.
 */
static void sort_small(size_t *v, size_t n)
{
	size_t i, j;

	if (n > 32) {
		qsort(v, n, sizeof(*v), cmp_size);
		return;
	}
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

/* Rule r could not finish sentence `sent`: PCRE2 stopped with error `rc`. */
static void add_warning(struct findings *out, const struct document *doc,
			const struct rule *r, size_t sent, int rc)
{
	struct buf msg = BUF_INIT;
	PCRE2_UCHAR why[120];

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
	size_t k;

	e->ndeleted = 0;
	deletion_find(doc, &e->deleted, &e->ndeleted, &e->deleted_alloc);
	for (k = 0; k < e->ndeleted; k++) {
		struct buf msg = BUF_INIT;

		buf_addf(&msg, "clause %s is deleted by the sentence at ",
			 doc->paras[e->deleted[k].first].clause);
		add_place(&msg, doc, e->deleted[k].by);
		buf_addstr(&msg, "; it was not read");
		push_warning(out, &msg);
	}
}

static int in_deleted_clause(const struct engine *e, size_t para)
{
	size_t k;

	for (k = 0; k < e->ndeleted; k++)
		if (para >= e->deleted[k].first && para < e->deleted[k].end)
			return 1;
	return 0;
}

/*
 * Of the findings from one sentence (out->v[first..]), keeps one per clause
 * type and stance: the most severe, the first on a tie.
 */
static void dedupe_sentence(struct findings *out, size_t first)
{
	size_t i, j, keep = first;

	for (i = first; i < out->n; i++) {
		struct finding *f = &out->v[i];
		int dup = 0;

		for (j = first; j < keep; j++) {
			struct finding *g = &out->v[j];

			if (g->rule->type == f->rule->type && g->stance == f->stance) {
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
 * dedupe_sentence whatever it matched: one of its type and stance is
 * already there (out->v[first..]), at least as severe, and r, later in rule
 * order, would lose the tie.  Then r need not run.
 */
static int outranked(const struct findings *out, size_t first, const struct rule *r,
		     enum stance stance)
{
	size_t i;

	for (i = first; i < out->n; i++)
		if (out->v[i].rule->type == r->type && out->v[i].stance == stance &&
		    out->v[i].rule->severity >= r->severity)
			return 1;
	return 0;
}

/*
 * Whether paragraph `para` is an option left unticked: it starts with an
 * empty checkbox (document_checkbox_at), after any indent or bullet.
 * Order forms list choices that way ("[    ] Provider will indemnify",
 * "[ x ] Expires 2 years from Effective Date"); an option nobody ticked is
 * not a term of the agreement, so no rule reads it.
 */
static int unticked_option(const struct document *doc, size_t para)
{
	const char *t = doc->text.ptr;
	size_t i = doc->paras[para].start, end = doc->paras[para].end;
	int ticked;

	while (i < end && (t[i] == ' ' || t[i] == '\t' || t[i] == '-' || t[i] == '*'))
		i++;
	return document_checkbox_at(t + i, end - i, &ticked) && !ticked;
}

/*
 * Whether paragraph `para` is a note to whoever fills in a form, not a
 * term: "[Drafting note: By default, the provider can use input ... to
 * make general product improvements ...]", "[Note to draft: ...]",
 * "[NTD: ...]".  It explains the clause beside it in the clause's words,
 * and read as a clause it would report the clause twice.  Only the
 * bracketed form or one that opens the paragraph with a colon: prose may
 * well mention a drafting note.
 */
static int drafting_note(const struct document *doc, size_t para)
{
	static const char *const openings[] = {
		"drafting note", "drafter's note", "drafters' note", "note to draft",
		"note to drafter", "ntd",
	};
	const char *t = doc->text.ptr;
	size_t i = doc->paras[para].start, end = doc->paras[para].end, k;
	int bracket;

	while (i < end && (t[i] == ' ' || t[i] == '\t'))
		i++;
	bracket = i < end && t[i] == '[';
	if (bracket)
		i++;
	for (k = 0; k < ARRAY_SIZE(openings); k++) {
		size_t n = strlen(openings[k]), j = i + n;

		if (end - i < n || strncasecmp(t + i, openings[k], n))
			continue;
		/* "Drafting Notes:", "NTD -": the word ends there, or in a plural. */
		while (j < end && isalpha((unsigned char)t[j]))
			j++;
		if (j - i > n + 1 || (j - i == n + 1 && tolower((unsigned char)t[j - 1]) != 's'))
			continue;
		while (j < end && t[j] == ' ')
			j++;
		/* In brackets the opening alone marks a note: "[NTD] ...". */
		if (j < end && (bracket || t[j] == ':' || t[j] == '-'))
			return 1;
	}
	return 0;
}

/*
 * Runs the prefilter over every sentence before any rule: the automaton
 * and the patterns' compiled code then take turns in the cache once per
 * document instead of once per sentence.
 */
static void scan_sentences(struct engine *e, const struct document *doc)
{
	size_t si, k, len, lead, label;
	int not_terms = 0;

	ALLOC_GROW(e->scan_at, doc->nsent, e->scan_alloc);
	ALLOC_GROW(e->scan_n, doc->nsent, e->scan_n_alloc);
	e->nscanned = 0;
	for (si = 0; si < doc->nsent; si++) {
		size_t para = doc->sents[si].para;

		/* A paragraph's sentences come together: look at its opening once. */
		if (si == 0 || para != doc->sents[si - 1].para)
			not_terms = unticked_option(doc, para) || drafting_note(doc, para) ||
				    in_deleted_clause(e, para);
		e->scan_at[si] = e->nscanned;
		if (not_terms || !sentence_subject(e, doc, si, &len, &lead, &label)) {
			e->scan_n[si] = SCAN_SKIP;
			continue;
		}
		e->scan_n[si] = e->hits.nfound;
		if (!e->hits.nfound)
			continue;
		ALLOC_GROW(e->scanned, e->nscanned + e->hits.nfound, e->scanned_alloc);
		ALLOC_GROW(e->scanned_first, e->nscanned + e->hits.nfound, e->scanned_first_alloc);
		ALLOC_GROW(e->scanned_last, e->nscanned + e->hits.nfound, e->scanned_last_alloc);
		for (k = 0; k < e->hits.nfound; k++) {
			size_t entry = e->hits.found[k];

			e->scanned[e->nscanned + k] = entry;
			e->scanned_first[e->nscanned + k] = e->hits.entry[entry].first;
			e->scanned_last[e->nscanned + k] = e->hits.entry[entry].last;
		}
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
			size_t p = rs->trigger_pattern[t];

			if (e->pattern_mark[p] == e->pattern_generation)
				continue;
			e->pattern_mark[p] = e->pattern_generation;
			if (prefilter_hit(h, rs->pattern_rule[p]))
				e->cand[e->ncand++] = p;
		}
	}
	sort_small(e->cand, e->ncand);
}

void engine_run(struct engine *e, const struct document *doc,
		const struct engine_options *opt, struct findings *out)
{
	const struct ruleset *rs = e->rs;
	size_t si, k, next;

	roles_release(&out->roles);
	roles_find(e->roles, doc, &out->roles);
	view_build(&e->view, doc, out->roles.subst, out->roles.nsubst);
	find_deleted(e, doc, out);
	scan_sentences(e, doc);
	for (si = 0; si < doc->nsent; si++) {
		size_t len, first = out->n, lead, label;
		const char *s;

		if (e->scan_n[si] == SCAN_SKIP)
			continue;
		s = item_subject(e, doc, si, &len, &lead, &label);
		e->subject = s;
		e->subject_len = len;
		e->measured = 0;
		prefilter_hits_replay(&e->hits, e->scan_n[si] ? e->scanned + e->scan_at[si] : NULL,
				      e->scan_n[si] ? e->scanned_first + e->scan_at[si] : NULL,
				      e->scan_n[si] ? e->scanned_last + e->scan_at[si] : NULL,
				      e->scan_n[si]);
		/* Rule order, not discovery order, so output is stable. */
		candidate_patterns(e);
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
			    outranked(out, first, r, opt && opt->as == PERSPECTIVE_VENDOR ?
				      flip_stance(r->stance) : r->stance))
				continue;
			e->limit_hit = 0;
			e->doc = doc;
			e->sent = si;
			for (c = k; c < next && !matched; c++)
				matched = try_pattern(e, r, e->cand[c] - rs->pattern_base[ri], 1, s,
						      len, lead, &ms, &me, &v, NULL);
			if (!matched) {
				if (e->limit_hit)
					add_warning(out, doc, r, si, e->limit_hit);
				continue;
			}
			ALLOC_GROW(out->v, out->n + 1, out->alloc);
			f = &out->v[out->n++];
			memset(f, 0, sizeof(*f));
			f->rule = r;
			f->stance = v.flip ? flip_stance(r->stance) : r->stance;
			if (opt && opt->as == PERSPECTIVE_VENDOR)
				f->stance = flip_stance(f->stance);
			f->start = view_to_orig_start(&e->view, subject_to_view(e, si, ms, lead, label));
			f->end = view_to_orig_end(&e->view, subject_to_view(e, si, me, lead, label));
			f->sentence = si;
			f->para = doc->sents[si].para;
			f->qualifier = v.label;
			f->partial = v.partial;
			f->tracked = document_tracked_in(doc, doc->sents[si].start,
							 doc->sents[si].end);
		}
		dedupe_sentence(out, first);
	}
	e->doc = NULL;
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
		} else if (e->limit_hit) {
			found = -1;
		}
	}
	e->doc = NULL;
	document_release(&doc);
	return found;
}

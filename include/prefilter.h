/*
 * prefilter: which rules can possibly match a sentence, found in one pass.
 *
 * Running every PCRE2 pattern over every sentence is what makes rule-based
 * checkers slow.  Each rule names keywords, at least one of which occurs in
 * any sentence it can match (FOSSology nomos does the same).  The prefilter
 * is an Aho-Corasick automaton over all keywords of all rules, ASCII
 * case-folded; scanning a sentence once yields the rules whose keywords occur
 * there, at the start of a word.
 *
 * The same automaton also holds, after the rules, the literals that the
 * rules' patterns need (regex_lit.h), found anywhere, so one pass over
 * a sentence answers both questions.
 *
 * So the automaton speaks of entries, numbers the caller chooses below
 * the count given to prefilter_new: rules.c gives each rule its index,
 * 0 .. nrules-1, and each distinct literal word of the patterns a number
 * after those (nrules + k, ruleset.npattern_words of them); the `rule`
 * arguments and the `nrules` count below are entries in that sense.
 *
 * Built once per rule set and immutable afterwards; scanning takes a
 * caller-owned struct prefilter_hits, so any number of threads can scan at
 * once.
 */
#ifndef AICLAUSE_PREFILTER_H
#define AICLAUSE_PREFILTER_H

#include <stddef.h>
#include <stdint.h>

struct prefilter;

/*
 * The longest text a scan reads: positions are kept in 32 bits.  The
 * loaders' limit on a document's text (load.h) is far below it; the
 * engine reads no longer sentence.
 */
#define PREFILTER_MAX_TEXT ((size_t)UINT32_MAX)

/*
 * What a scan knows of one entry.  The three live together: the scan and
 * the engine (needs_met) look at all of them at once, a sentence finds a
 * dozen entries scattered over thousands, and one cache line per entry
 * costs a third of three.  In 32 bits, twelve bytes, five to a line: the
 * entries of all rules and words, thousands, then half fill the cache
 * they took.
 */
struct prefilter_entry_hit {
	/*
	 * For an entry added with prefilter_add_anywhere or _word, when
	 * found: where the first and the last occurrence of its keyword start.  They bound
	 * where a pattern that needs the keyword can start.
	 */
	uint32_t first, last;
	unsigned mark;            /* == generation when found */
};

/* Where a scan met a state with keywords to report, queued (prefilter.c). */
struct prefilter_busy {
	uint32_t state, at;
};

/* The entries a scan found: a list plus a mark per entry (generation). */
struct prefilter_hits {
	struct prefilter_entry_hit *entry;   /* per entry */
	unsigned *kw_mark;        /* per distinct keyword: == generation when found */
	unsigned generation;
	size_t nrules, nkw;
	size_t *found;            /* every entry found, in the order found */
	size_t nfound;
	struct prefilter_busy *busy;   /* the scan's own scratch */
	size_t busy_alloc;
};

/* Whether the last scan (or replay) into h found entry x. */
static inline int prefilter_hit(const struct prefilter_hits *h, size_t x)
{
	return h->entry[x].mark == h->generation;
}

/* An empty automaton for entries 0 .. nrules-1. */
struct prefilter *prefilter_new(size_t nrules);
/*
 * Adds keyword `kw` for entry `rule`, found at the start of a word.
 * Keywords are case-folded (ASCII); an empty keyword is ignored.
 */
void prefilter_add(struct prefilter *pf, const char *kw, size_t rule);
/*
 * Adds `kw` for entry `rule`, to be found anywhere, inside words too, with
 * its first and last occurrence recorded.
 */
void prefilter_add_anywhere(struct prefilter *pf, const char *kw, size_t rule);
/* The same, found only at the start of a word. */
void prefilter_add_word(struct prefilter *pf, const char *kw, size_t rule);
/* Marks entry `rule` as found in every sentence (a rule with no keywords). */
void prefilter_add_always(struct prefilter *pf, size_t rule);
/* Builds the automaton; call once, after the last add. */
void prefilter_build(struct prefilter *pf);
void prefilter_free(struct prefilter *pf);

void prefilter_hits_init(struct prefilter_hits *h, const struct prefilter *pf);
void prefilter_hits_release(struct prefilter_hits *h);

/*
 * Sets `h` to the entries whose keywords occur in text[0..len) (len at
 * most PREFILTER_MAX_TEXT; past it, nothing more is read), at the
 * start of a word (the byte before is not a letter or digit) or, for an
 * entry added with prefilter_add_anywhere, anywhere; plus the always-entries.
 */
void prefilter_scan(const struct prefilter *pf, const char *text, size_t len,
		struct prefilter_hits *h);

/* An entry a scan found, and where (prefilter_entry_hit), kept for a replay. */
struct prefilter_found {
	uint32_t entry, first, last;
};

/* Writes what the last scan (or replay) into h found to out[0 .. h->nfound). */
void prefilter_hits_save(const struct prefilter_hits *h, struct prefilter_found *out);

/*
 * Sets `h` as the scan that prefilter_hits_save saved to found[0..n) did:
 * a caller may scan a document's sentences first, while the automaton is
 * in cache, and match them afterwards.  found[0..n) must be such a
 * save, whole: each entry once, every one below the count h was made for.
 */
void prefilter_hits_replay(struct prefilter_hits *h, const struct prefilter_found *found,
			   size_t n);


#endif

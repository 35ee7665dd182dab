/*
 * rules: the rule library and the checklist, loaded and compiled once.
 *
 * A rule set is built from YAML packs: the default packs embedded in the
 * binary (generated from the .yaml files in rules/ at build time) and any packs added with
 * --rules DIR, where a file named like a default pack replaces it.  The file
 * format is documented in rules/README.md.  Each pack may hold any of the
 * top-level keys `types`, `areas`, `placeholders`, `rules` and `checklist`.
 *
 * Placeholders: a pattern may say `{vendor}` or `{customer_data}`; the name
 * (a letter first, so never a quantifier like {2,5}) is replaced by the
 * placeholder's regex, wrapped in (?:...), before compiling.
 *
 * Ownership: the rule set owns every string and compiled pattern; after
 * ruleset_compile it is immutable and may be shared by any number of threads
 * (each thread matches with its own engine, see engine.h).
 *
 * Errors: the load and compile functions report every problem they find
 * through diag (error_at with the pack's file and line, and the PCRE2
 * message for a bad pattern) and return -1 if there was any; 0 otherwise.
 */
#ifndef AICLAUSE_RULES_H
#define AICLAUSE_RULES_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <threads.h>

#include "arena.h"
#include "regex_lit.h"

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>

/*
 * PCRE2 limits for every match.  Sentences are a few hundred bytes, and
 * the engine starts and bounds each search near the words the pattern
 * needs, so honest patterns stay far below these even in a line of
 * megabytes with no stop; a pathological pattern stops here instead of
 * running for minutes.
 */
#define RULE_MATCH_LIMIT 2000000u
#define RULE_DEPTH_LIMIT 20000u

enum stance {
	STANCE_NEUTRAL,
	STANCE_PROTECTIVE,   /* good for the customer */
	STANCE_ADVERSE,      /* bad for the customer */
	STANCE_ANY           /* checklist entries only: matches every stance */
};

enum severity {
	SEVERITY_INFO,
	SEVERITY_LOW,
	SEVERITY_MEDIUM,
	SEVERITY_HIGH,
	SEVERITY_CRITICAL
};

/* What a qualifier does to a match it finds in the same scope. */
enum qualifier_effect {
	QUALIFIER_CANCEL,    /* no finding: "shall not", "in no event" */
	QUALIFIER_PARTIAL,   /* finding kept, only partly does what its rule says */
	QUALIFIER_FLIP,      /* finding kept with the opposite stance */
	QUALIFIER_NOTE,      /* finding kept, qualifier label reported */
	/*
	 * Finding kept, and where its checklist item counts such a finding
	 * as partly met it breaks the item: a customer indemnity is partly
	 * met, one for "any use of the Services" is a red flag.
	 */
	QUALIFIER_RED_FLAG
};

/* Where a qualifier looks, relative to the match. */
enum qualifier_scope {
	SCOPE_SENTENCE,      /* anywhere in the sentence */
	SCOPE_CLAUSE,        /* in the match's clause: between ';' or ':' breaks */
	SCOPE_BEFORE,        /* in the sentence, ending before the match ends */
	SCOPE_AFTER,         /* in the sentence, starting after the match starts */
	SCOPE_NEXT,          /* in the sentence after: "Such changes need 90 days' notice." */
	SCOPE_PREVIOUS       /* in the sentence before: "You may generate content. We claim no ..." */
};

struct clause_type {
	const char *id;          /* "data.training" */
	const char *area;        /* area id, "data" */
	const char *title;
	const char *description;
	const char *file;        /* where it is defined, for messages */
	unsigned long line;
};

struct area {
	const char *id;
	const char *title;
};

/* One set of literals a regex needs (regex_lit.h, struct regex_need). */
struct regex_filter {
	const size_t *words;     /* its words, as prefilter entries (after the rules) */
	size_t nwords;
	struct regex_span reach; /* regex_need.reach */
	size_t lead;             /* regex_need.lead */
	size_t first_atom, last_atom; /* regex_need's: which sets come before which */
};

struct rule_regex {
	const char *source;      /* as written in the pack */
	const char *expanded;    /* placeholders replaced */
	const char *file;
	unsigned long line;
	pcre2_code *code;        /* NULL until ruleset_compile */
	uint32_t flags;          /* the pcre2_compile options it has */
	/* Its entry in the build-time table (precompiled.h), or NULL. */
	const struct precompiled_regex *pre;
	/*
	 * Its JIT-compiled copy and the work counted towards it, in the rule
	 * set's arena so that a const regex can still be prepared: JIT
	 * compilation waits until the regex has earned it
	 * (ruleset_match_code).  Shared by every regex of the rule set with
	 * the same expanded text and flags (ruleset_compile).
	 */
	struct rule_jit_state *jit;
	/*
	 * Sets of literals the regex needs, the sets with fewer words first.
	 * It cannot match a sentence that lacks every word of one of the sets,
	 * nor any part of one.
	 */
	struct regex_filter filter[REGEX_LIT_MAX_AND];
	size_t nfilter;
	size_t filter_trigger;   /* the set it is filed under (ruleset.trigger_start) */
};

struct rule_qualifier {
	struct rule_regex re;
	const char *label;       /* "negated", "opt-out", "carve-out", ... */
	/*
	 * What the clause says where a `flip` qualifier acts, in the words of
	 * the rule's own message ("The vendor trains on your data unless you
	 * opt out."): the rule's message says the opposite.  Required of a
	 * flip, NULL for the other effects.
	 */
	const char *message;
	enum qualifier_effect effect;
	enum qualifier_scope scope;
	/*
	 * It acts where its pattern is not found in its scope: an exception
	 * that cancels a match unless the sentence before says what the
	 * match's "that content" is.
	 */
	int when_absent;
};

/* The most conditions ("beside X", "without X") one checklist entry may carry. */
#define CHECKLIST_MAX_CONDITIONS 3
_Static_assert(CHECKLIST_MAX_CONDITIONS <= 32, "a bit of type_stance.beside_not each");

/*
 * A clause type, or one rule by its id, with a stance: what a checklist
 * entry counts, where an item must tell one kind of clause from others of
 * its type ("pooled training" among the training clauses), and what a
 * rule's `refers` asks of the clause it names.  The id is resolved by
 * ruleset_compile, a type first.
 */
struct type_stance {
	const char *type_id;              /* the id as written: a type or a rule */
	const struct clause_type *type;   /* resolved when it names a type */
	enum stance stance;
	const struct rule *rule;          /* resolved when it names a rule */
	/*
	 * "id:stance:label": only findings whose deciding qualifier has this
	 * label ("a mutual exclusion of indirect loss"), or NULL for any.
	 * "id:stance:!label" (qualifier_not set): every finding but those.
	 */
	const char *qualifier;
	int qualifier_not;
	/*
	 * "id:stance beside other:stance" (checklist entries only): the entry
	 * holds only in a document that also has a finding `beside` names,
	 * one clause read in the light of another ("all licences granted to
	 * you end on termination" breaks the survival of licences only where
	 * the vendor owns the outputs they licensed).  "id:stance without
	 * other:stance": only in a document that has none (a deposit of
	 * source code alone is short of the escrow item only where the
	 * weights are not delivered anyway).  Up to CHECKLIST_MAX_CONDITIONS of them,
	 * all of which must hold ("A beside B without C without D": licences
	 * that end beside a model the vendor keeps, where the weights are
	 * neither delivered nor in escrow): `beside` holds nbeside entries,
	 * and bit k of beside_not marks the k-th a `without`.  NULL: none.
	 */
	struct type_stance *beside;
	unsigned beside_not;
	unsigned nbeside;
};

/* Whether a finding that qualifier `label` decided (NULL: none) has the label ts asks for. */
int type_stance_label_holds(const struct type_stance *ts, const char *label);

struct rule {
	const char *id;
	const char *type_id;
	const struct clause_type *type;   /* resolved by ruleset_compile */
	const char *title;
	const char *message;
	const char *recommendation;
	enum stance stance;
	enum severity severity;
	/*
	 * `aspect`: which part of its clause type the rule finds ("measures",
	 * "breach-notice"), or NULL.  One sentence keeps one finding per type,
	 * stance and aspect; checklist items may need several (met_needs).
	 */
	const char *aspect;
	int case_sensitive;               /* `case: sensitive` */

	/*
	 * Prefilter: the patterns only run in sentences that contain one of
	 * these words (case-insensitive, matched at the start of a word, so
	 * "train" finds "training").  No keywords: every sentence.
	 */
	const char **keywords;
	size_t nkeywords;

	struct rule_regex *patterns;
	size_t npatterns;
	struct rule_qualifier *qualifiers;
	size_t nqualifiers;
	/*
	 * `refers`: a match counts only where a clause it names by number
	 * ("Sections 12.1 and 12.2 do not apply to ...", xref.h) holds a
	 * finding of one of these (type or rule, and stance: STANCE_ANY when
	 * none is written).  The engine settles it once the whole document
	 * is read, so the clause named may come before or after.  NULL, 0
	 * for a rule that names no clause.
	 */
	struct type_stance *refers;
	size_t nrefers;

	const char **must_match;
	size_t nmust_match;
	const char **must_not_match;
	size_t nmust_not_match;
	/*
	 * `qualified` examples: pairs of a qualifier's label and a text that
	 * must give the finding with that label deciding it ("may train, but
	 * only on de-identified data": de-identified-only), or, under the
	 * label QUALIFIED_NONE, with no qualifier deciding it.  2 * nqualified
	 * strings, label first.
	 */
	const char **qualified;
	size_t nqualified;

	const char *file;
	unsigned long line;
};

/*
 * The `qualified` label of examples that must match with no qualifier
 * deciding them: the plain reading beside the qualified ones.  No
 * qualifier may carry it.
 */
#define QUALIFIED_NONE "none"

enum item_priority {
	PRIORITY_SHOULD,
	PRIORITY_MUST
};

struct checklist_item {
	const char *id;
	const char *area;
	const char *title;
	enum item_priority priority;
	unsigned weight;                  /* 1..10 */
	struct type_stance *met;          /* any of these meets the item */
	size_t nmet;
	struct type_stance *partial;      /* any of these partly meets it */
	size_t npartial;
	struct type_stance *red_flags;    /* any of these breaks it */
	size_t nred_flags;
	/*
	 * Any of these breaks it where nothing meets it: "as is" with no
	 * warranty anywhere, where beside a warranty it is the usual
	 * disclaimer of the rest.
	 */
	struct type_stance *red_flags_unless_met;
	size_t nred_flags_unless_met;
	/*
	 * `partial-over-met`: any of these makes the item partly met where
	 * something else meets it, and alone counts as the other lists say:
	 * "either party may terminate for convenience on ninety days' notice"
	 * beside the vendor's right to end the contract only for an uncured
	 * breach.
	 */
	struct type_stance *partial_over_met;
	size_t npartial_over_met;
	/*
	 * `met-needs`: the aspects (struct rule) the findings that meet the
	 * item must cover between them; one missing makes it partial.
	 */
	const char **met_needs;
	size_t nmet_needs;
	const char *recommendation;       /* the position to ask for */
	const char *fallback;             /* what to accept if refused */
	const char *rationale;
	const char *file;
	unsigned long line;
};

struct placeholder {
	const char *name;
	const char *regex;
};

struct prefilter;
struct precompiled_rules;
struct precompiled_regex;

/* A pattern filed under a prefilter entry, and its rule (ruleset.trigger). */
struct rule_trigger {
	uint32_t pattern, rule;
};

struct ruleset {
	struct arena arena;
	struct clause_type *types;
	size_t ntypes, types_alloc;
	struct area *areas;
	size_t nareas, areas_alloc;
	struct placeholder *placeholders;
	size_t nplaceholders, placeholders_alloc;
	struct rule *rules;
	size_t nrules, rules_alloc;
	/*
	 * The rules by id (rules.c, find_rule_index): filled as packs load,
	 * read then to catch a rule defined twice and after, by
	 * ruleset_find_rule; an open-addressed table of indexes + 1 over
	 * the first rule_indexed rules.  A ruleset put together by hand has
	 * none, and is searched.
	 */
	size_t *rule_slot, rule_mask, rule_indexed;
	struct checklist_item *items;
	size_t nitems, items_alloc;
	/*
	 * A built-in pack was replaced by a user's or left out
	 * (--no-default-rules): a checklist entry naming a rule no loaded
	 * pack defines is then a warning, not an error.
	 */
	int defaults_incomplete;

	/* Built by ruleset_compile. */
	struct prefilter *prefilter;
	size_t npattern_words;             /* prefilter entries after the rules */
	/*
	 * Which patterns a sentence can match, from the prefilter entries it
	 * found (engine.c).  The rules' patterns are numbered in rule order,
	 * rule i's from pattern_base[i] to pattern_base[i + 1]; each is filed
	 * under the words of one of its sets (a pattern cannot match where
	 * none of them occurs), or under its rule when it needs no word.
	 * Entry x's patterns are trigger[trigger_start[x] ..
	 * trigger_start[x + 1]), each with its rule beside it: the engine
	 * asks first whether the sentence selected the rule, and most
	 * patterns a sentence's words file stop there.  All in the arena.
	 */
	size_t npatterns;
	size_t *pattern_base;              /* nrules + 1 */
	size_t *pattern_rule;              /* per pattern */
	size_t *trigger_start;             /* nrules + npattern_words + 1 */
	struct rule_trigger *trigger;
	pcre2_compile_context *ccontext;
	int jit_available;
	mtx_t *jit_lock;                   /* serialises ruleset_jit's compiling */
	/*
	 * What ruleset_compile may take from the build instead of working it
	 * out (precompiled.h): ruleset_init sets the binary's own table; NULL
	 * compiles and analyses every regex.  While compiling, pre_codes holds
	 * the decoded codes not yet taken, by the table's code index.
	 */
	const struct precompiled_rules *precompiled;
	pcre2_code **pre_codes;
	size_t npre_codes;
	size_t nprecompiled;               /* regexes whose code came from it */
};

enum rule_jit { RULE_JIT_PENDING, RULE_JIT_READY, RULE_JIT_NONE };

struct rule_jit_state {
	atomic_int state;                  /* enum rule_jit */
	atomic_size_t work;                /* subject bytes given to the interpreter */
	/*
	 * A copy of the regex's code, JIT-compiled, once state is
	 * RULE_JIT_READY (NULL before).  The copy is compiled, then
	 * published: the code other threads match with never changes.
	 */
	_Atomic(pcre2_code *) code;
};

/*
 * JIT-compiles a copy of `re` unless that was done or tried before; any
 * thread may call it.  A review of one contract runs a fraction of the
 * library, and JIT compilation was half of loading it, so it waits until
 * the regex has earned it (ruleset_match_code).  When JIT is unavailable
 * or fails, matching uses the interpreter: same matches.
 */
void ruleset_jit(const struct ruleset *rs, const struct rule_regex *re);

/*
 * The code to match `re` with, over `work` more bytes of subject: re->code
 * for the interpreter until the bytes counted would have paid for
 * JIT-compiling it (ruleset_jit), its JIT-compiled copy after.  Compiling
 * a pattern costs as much as the interpreter takes over tens of
 * kilobytes; most patterns run over far less than that in a contract, and
 * a few run over megabytes in a batch.  It compiles once the bytes counted
 * reach RULE_JIT_WORK, or once what they forecast for the documents still
 * to read, `left` / `seen` times as many, does (engine.c, jit_forecast);
 * `seen` 0 forecasts nothing.  Any thread may call it while others match
 * with the same rule set: the copy is published with one atomic store, and
 * re->code never changes after ruleset_compile.
 */
const pcre2_code *ruleset_match_code(const struct ruleset *rs, const struct rule_regex *re,
				     size_t work, size_t left, size_t seen);
/*
 * The bytes counted before compiling.  Over the 282 CUAD texts in one
 * process, 1 KB to 16 KB all ran as fast as compiling at first use, and
 * 64 KB was slower; one review per process, over 57 of them, took 54 ms a
 * contract when compiling at first use and 48 ms at 4 KB (best of 3).
 */
#define RULE_JIT_WORK 4096

/* Whether one of r's exceptions or qualifiers has effect `effect`. */
int rule_has_effect(const struct rule *r, enum qualifier_effect effect);

/*
 * One rule's examples, taken out of an embedded pack at build time
 * (src/tools/embed.c): rule `rule` of the pack, counting every item of its
 * `rules` lists from 0, whose id is `id`.  NULL, 0 for a list not given
 * or empty.
 */
struct rule_examples {
	size_t rule;
	const char *id;
	const char *const *match;
	size_t nmatch;
	const char *const *no_match;
	size_t nno_match;
	const char *const *qualified;     /* label, text, label, text... */
	size_t nqualified;                /* pairs */
};

/*
 * A pack embedded at build time (see the generated embedded_rules.c): its
 * text with comment lines and the examples in `examples` blanked (line
 * breaks kept), which ruleset_load gives back to their rules.  That text
 * is embedded as the document libyaml reads from it (`doc`), so a start
 * walks the nodes without scanning the text; only a pack that does not
 * parse is embedded as text (`data`), for the loader to report.
 */
struct yaml_document_s;

struct rule_pack_source {
	const char *name;        /* "rules/data.yaml" */
	const char *data;        /* NULL when doc is given */
	size_t len;
	/* The text's document as libyaml reads it, written out at build time. */
	struct yaml_document_s *doc;
	const struct rule_examples *examples;   /* by rule; NULL when none */
	size_t nexamples;
};

extern const struct rule_pack_source embedded_rule_packs[];
extern const size_t embedded_rule_pack_count;

void ruleset_init(struct ruleset *rs);
void ruleset_release(struct ruleset *rs);

/*
 * Adds the packs: the embedded defaults unless `no_defaults`, with packs in
 * `dirs` (NULL-terminated, may be NULL) added, or replacing the default pack
 * of the same file name.  Parses only; call ruleset_compile next.
 */
int ruleset_load(struct ruleset *rs, const char *const *dirs, int no_defaults);

/* Parses one pack from memory; `name` is used in messages. */
int ruleset_add_pack(struct ruleset *rs, const char *name,
		const char *data, size_t len);

/*
 * Resolves type and area references, expands placeholders, compiles every
 * pattern (JIT where available, with a fallback) and builds the prefilter.
 * A regex found in rs->precompiled takes its code and literal sets from
 * there; the result is the same as compiling it.
 */
int ruleset_compile(struct ruleset *rs);

/*
 * Every regex of the rules, rule by rule: its patterns, then its exceptions
 * and qualifiers (the order ruleset_compile meets them in).  Sets *out to a
 * malloc'ed array the caller frees; returns how many.
 */
size_t ruleset_regexes(struct ruleset *rs, struct rule_regex ***out);

const struct clause_type *ruleset_find_type(const struct ruleset *rs,
		const char *id);
const struct rule *ruleset_find_rule(const struct ruleset *rs, const char *id);
const struct area *ruleset_find_area(const struct ruleset *rs, const char *id);

/*
 * Runs every rule's examples through the engine: each must_match sentence
 * must give the rule's finding, each must_not_match must not, and every rule
 * needs at least one of each.  Writes one line per failure to `out` (and a
 * summary); returns the number of failures.
 */
size_t ruleset_self_test(const struct ruleset *rs, FILE *out, int verbose);

const char *stance_name(enum stance s);
/* Protective for adverse and back; neutral and any stay. */
enum stance flip_stance(enum stance s);
const char *severity_name(enum severity s);
const char *qualifier_effect_name(enum qualifier_effect e);
/* Parse the names above; return -1 when unknown. */
int stance_parse(const char *s);
int severity_parse(const char *s);

#endif

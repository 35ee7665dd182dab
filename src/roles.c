#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "home_law.h"
#include "parties.h"
#include "roles.h"
#include "roles_internal.h"
#include "roles_words.h"
#include "self_name.h"
#include "terms.h"
#include "xalloc.h"

/*
 * A pattern compiled for the interpreter: run so rarely that a JIT compile
 * costs more.  roles_finder_new compiles so those whose JIT compile cost
 * more instructions than the interpreter added over 29 CUAD texts in one
 * process (callgrind, pattern by pattern): a single-contract review pays
 * the JIT compile in full.
 */
static pcre2_code *compile_no_jit(const char *re, uint32_t flags)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *c = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
				      flags | PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &err, &off, NULL);

	/* The patterns are ours and constant: a failure is a bug, caught by tests. */
	if (!c)
		abort();
	return c;
}

/*
 * Enters `c` in the finder's table of patterns to JIT-compile once they
 * have met RF_JIT_WORK bytes (rf_exec); a NULL `c` is left out.  The
 * table is kept at most half full.
 */
static void lazy_jit(struct roles_finder *rf, const pcre2_code *c)
{
	struct rf_lazy *slot;

	if (!c)
		return;
	if (2 * (rf->nlazy + 1) > RF_LAZY_SLOTS)
		abort();    /* a pattern more than the table was sized for: a bug, caught by tests */
	slot = rf_lazy_slot(rf, c);
	slot->re = c;
	slot->work = 0;
	rf->nlazy++;
}

/*
 * A pattern run often enough to be worth a JIT compile, but not at once:
 * most run on a few hundred bytes of a document, and JIT-compiling all of
 * them in roles_finder_new cost 19 M instructions a process, more than the
 * interpreter spends on them over a whole contract.
 */
static pcre2_code *compile(struct roles_finder *rf, const char *re, uint32_t flags)
{
	pcre2_code *c = compile_no_jit(re, flags);

	lazy_jit(rf, c);
	return c;
}

void rf_jit_now(struct rf_lazy *slot)
{
	pcre2_jit_compile((pcre2_code *)slot->re, PCRE2_JIT_COMPLETE);
	slot->work = RF_JIT_WORK;
}

static pcre2_code *compile_placeholder(const struct ruleset *rs, const char *name)
{
	struct buf re = BUF_INIT;
	pcre2_code *c = NULL;
	size_t i;
	int err;
	PCRE2_SIZE off;

	for (i = 0; rs && i < rs->nplaceholders; i++)
		if (strcmp(rs->placeholders[i].name, name) == 0)
			break;
	if (!rs || i == rs->nplaceholders)
		return NULL;
	buf_addf(&re, "^(?:the\\s+)?(?:%s)$", rs->placeholders[i].regex);
	/* A placeholder that uses other placeholders is not a plain list: skip. */
	if (!strchr(rs->placeholders[i].regex, '{'))
		c = pcre2_compile((PCRE2_SPTR)re.ptr, re.len,
				  PCRE2_CASELESS | PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &err, &off, NULL);
	buf_release(&re);
	return c;
}

/*
 * Accented Latin letters (U+00C0 to U+024F), for a class of the letters of
 * a name: without PCRE2_UCP, \w is ASCII, so "the Société's plants" ends
 * at the "é".  PCRE2_UCP for the whole pattern set cost 6% of a review.
 */
#define LATIN "\\x{C0}-\\x{24F}"
/*
 * A letter of a name in a caseless pattern: the accented letters in a
 * group of their own without the caseless flag, whose case folding of the
 * range cost each compile more than the match (both cases are in it).
 */
#define NAME_CHAR "(?:[\\w&-]|(?-i:[" LATIN "]))"
#define Q_OPEN "[\"\\x{201C}]"
#define Q_CLOSE "[\"\\x{201D}]"
#define Q_BODY "[^\"\\x{201C}\\x{201D}\\n]"
/* Single quotes, straight or curly: a name between them holds no apostrophe and ends a word. */
#define SQ_OPEN "['\\x{2018}]"
#define SQ_CLOSE "['\\x{2019}](?!\\w)"
#define SQ_BODY "[^'\\x{2018}\\x{2019}\"\\x{201C}\\x{201D}\\n]"
/* Markdown emphasis inside the quotes: (“**Customer**”). */
#define EMPH "[*_]{0,3}"

/* Who accepts the terms: the company, entity or person ... */
#define ACCEPTOR_HEAD \
	"(?:company|(?:(?:legal|business)\\s+)?entity|organi[sz]ation|business(?:\\s+customer)?|" \
	"person|individual|party|firm)"
/*
 * ... that accepts, agrees to, enters into, signs (up for), clicks,
 * registers for, subscribes to, creates an account on or uses them.
 */
#define ACCEPTOR_VERB \
	"(?:accepts?|accepted|agrees?\\s+to|agreed\\s+to|enters?\\s+into|entered\\s+into|" \
	"signs?|signed|executes?|executed|clicks?|clicked|registers?\\s+(?:for|with)|registered|" \
	"subscribes?\\s+to|subscribed|creates?\\s+an\\s+account|(?:accesses|uses)\\s+(?:the|our|this))"

struct roles_finder *roles_finder_new(const struct ruleset *rs)
{
	struct roles_finder *rf = xcalloc(1, sizeof(*rf));

	/* ("the Agency") as well as (the "Agency"): the article is no part of the name. */
	rf->paren_alias = compile(rf,
"\\(\\s*(?:(?:the|a|an|each|collectively|individually|hereinafter|hereafter|herein|"
		"referred|to|as|called|known|below|be|being|shall|designated|termed|named|defined|"
		"together\\s+with\\s+(?:its|their)\\s+(?:affiliates|subsidiaries)|together)[\\s,]+)*"
		/*
		 * Several parties named together: '(together "the Members" and
		 * each "a Member")', '(each a "Participant" and together the
		 * "Participants")', '(together, the "Members", and each a "Member")'.
		 */
		"(?|" Q_OPEN EMPH "(?:the\\s+|(?-i:an?\\s+))?(" Q_BODY "{1,40}?)" EMPH Q_CLOSE
		"(?:\\s*(?:,\\s*(?:or|and)?|or|and|/)\\s*"
		"(?:(?:each|together|collectively|individually|the|a|an)[\\s,]+)*"
		Q_OPEN EMPH "(?:the\\s+|(?-i:an?\\s+))?(" Q_BODY "{1,40}?)" EMPH
		Q_CLOSE ",?)?|"
		/*
		 * Unquoted, as Australian drafting has it: "... ABN 42 118 552 903
		 * (Customer)"; in bold too, "(the **Client**)".
		 */
		"(?-i:" EMPH "(\\p{Lu}\\p{Ll}+(?:\\h\\p{Lu}\\p{Ll}+){0,2})" EMPH ")())"
		/*
		 * Indian, Pakistani and older English drafting: '(hereinafter
		 * "the Purchaser", which expression shall, unless repugnant to
		 * the context, include its successors and permitted assigns)',
		 * or with the clause in a parenthesis of its own.
		 */
		"(?:\\s*,?\\s*which\\s+(?:expression|term|word)s?\\s+shall\\b[^()]{0,200}?|"
		"\\s*\\(\\s*which\\s+(?:expression|term|word)s?\\s+shall\\b[^()]{0,200}?\\)|"
		/*
		 * The last party's alias names both parties after it:
		 * '("Licensee" and together with Licensor, the "Parties" and
		 * each a "Party")'.
		 */
		"\\s+and\\s+together\\s+with\\s+[^()\"\\x{201C}]{1,60}?,?\\s+(?:the\\s+)?"
		Q_OPEN Q_BODY "{1,30}" Q_CLOSE "(?:\\s*,?\\s*and\\s+each\\s+(?:a|an)\\s+"
		Q_OPEN Q_BODY "{1,30}" Q_CLOSE ")?)?"
		"\\s*\\)", PCRE2_CASELESS);
	/*
	 * Terms of service define the first person instead of the company:
	 * 'Words like "we", "us" and "our" means Acme, the company that ...',
	 * 'when we refer to "we", "us" or "our", we mean Acme'.  Read at the
	 * end of the list of pronouns (pronoun_lists); the name is the run of
	 * capitalised words after the verb, on one line.
	 */
	rf->list_means = compile_no_jit(
		"\\s*,?\\s*(?:or\\s+similar\\s*,?\\s*)?(?:(?i:we|it|they)\\s+)?"
		"(?i:means?|refers?\\s+to|shall\\s+(?:mean|refer\\s+to))\\s+(the\\s+)?"
		"(\\p{Lu}[\\w" LATIN "&'.-]*(?:(?<![a-z]{3}\\.)\\h+\\p{Lu}[\\w" LATIN "&'.-]*){0,4})",
		PCRE2_ANCHORED);
	/*
	 * Click-through terms name the customer by what it does: 'between
	 * Acme ("we") and the company that accepts them ("Partner" or
	 * "you")'.  Read on the words before a list with "you", up to its
	 * parenthesis.
	 */
	/*
	 * Or by the one "you" accepts for: 'the school on whose behalf you
	 * accept ("Institution")', 'the firm for which you agree to these
	 * Terms ("Firm")': whatever its noun, the one a click-wrap's "you"
	 * binds is the customer.  Only where "you" accepts the terms, not
	 * orders or anything else ("the reseller on whose behalf you accept
	 * orders").
	 */
	/*
	 * The head may follow a list of what else the customer may be ("the
	 * insurer, broker or other organization that accepts them by
	 * clicking ...", "the law firm, legal department or other
	 * organisation"; each item one or two words, for speed: the
	 * pattern is tried at every "the" before a party's alias), and the one
	 * an order form names is the one that accepts it ("the law firm,
	 * legal department or other organisation identified in the Order
	 * Form").  Every branch opens with "the": acceptor_in (parties.c)
	 * tries the pattern only anchored at a "the".
	 */
	rf->acceptor = compile_no_jit(
		"\\bthe\\s+(?:(?:(?:[a-z-]+\\s+)?[a-z-]+(?:,|\\s+or(?:\\s+other)?)\\s+){0,4}"
		ACCEPTOR_HEAD "(?:\\s+or\\s+(?:other\\s+)?" ACCEPTOR_HEAD ")?"
		"(?:\\s+(?:that|which|who)\\s+(?:(?:has|have)\\s+)?"
		"(?:[a-z]+\\s+(?:for|to|on|in)\\s+[^.;()\\n]{0,60}?\\s+(?:and|or)\\s+)?"
		ACCEPTOR_VERB "\\b[^.;()\\n]{0,100}|\\s+(?:identified|named|specified)\\s+(?:in|on)\\s+"
		"(?:the|an?|each|any)\\s+(?i:(?:subscription\\s+|purchase\\s+|service\\s+)?"
		"order(?:\\s+form)?|subscription\\s+form|sign-up\\s+form)"
		"[^.;()\\n]{0,40})|"
		/*
		 * Whatever its noun, in lower case, the one an order form
		 * identifies: 'the veterinary practice group identified in the
		 * Order Form ("the Practice", "you" or "your")'.
		 */
		"(?-i:[a-z-]+\\s+){1,3}(?:identified|named|specified)\\s+(?:in|on)\\s+"
		"(?:the|an?|each|any)\\s+(?i:(?:subscription\\s+|purchase\\s+|service\\s+)?"
		"order(?:\\s+form)?|subscription\\s+form|sign-up\\s+form)[^.;()\\n]{0,40}|"
		"(?:[a-z]+\\s+){0,2}?[a-z]+\\s+(?:on\\s+whose\\s+behalf|"
		"on\\s+behalf\\s+of\\s+(?:which|whom)|for\\s+(?:which|whom))\\s+you\\s+"
		"(?:accept|agree|sign|click|register|enter\\s+into)\\b(?:\\s+up)?"
		"(?:\\s+(?:to\\s+)?(?:these|the|this|them)\\b[^.;()\\n]{0,40})?\\s*)"
		"\\(\\s*\\z",
		PCRE2_CASELESS);
	/*
	 * Company suffixes count only as written by a company ("Limited", not
	 * "a limited trial"); the descriptive phrases in any case.  Those of
	 * Japan, Scandinavia, Germany (the non-profit "gGmbH" too), Italy, India and Malaysia too
	 * ("Kabushiki Kaisha", "K.K.", "AB", "A/S", "KG", "Pvt", "Sdn Bhd").
	 * Norway's "AS" and "ASA" and the European "SE" are words of English
	 * too ("SUCH AS", "AS IS"): only after a word that ends in a small
	 * letter ("Nordvik Telecom AS", "Rhenwald Logistik SE") and not
	 * before a word in capitals ("the Services AS IS").  German public-law
	 * bodies and associations sign as a company does: a university
	 * hospital "AöR" or "KöR", a registered association "e.V.", a
	 * cooperative bank "eG".  A credit union, owned by its members, signs
	 * as one too: "Riverbend Credit Union".
	 */
#define COMPANY_SUFFIX \
	"\\b(?:Inc|INC|Incorporated|INCORPORATED|LLC|L\\.L\\.C|Ltd|LTD|Limited|LIMITED|" \
	"Corp|CORP|Corporation|CORPORATION|Company|COMPANY|Co|CO|Credit Union|CREDIT UNION|" \
	"PLC|[Pp]lc|GmbH|gGmbH|GMBH|AG|" \
	"S\\.A|S\\.A\\.S|B\\.V|N\\.V|L\\.P|LLP|Pte|PTE|Pty|PTY|SARL|SAS|SA|PBC|" \
	"Kabushiki Kaisha|KABUSHIKI KAISHA|K\\.K|Godo Kaisha|GODO KAISHA|G\\.K|" \
	"S\\.p\\.A|SpA|S\\.r\\.l|Srl|N\\.A|P\\.C|Oy|Oyj|AB|A/S|ApS|KGaA|KG|Pvt|PVT|Sdn\\.? Bhd|Bhd|BHD|" \
	"A\\x{F6}R|K\\x{F6}R|Kd\\x{F6}R|e\\.V|eG|" \
	"(?<=[a-z\\x{C0}-\\x{24F}] )(?:AS|ASA|SE)(?![ \\t]+[A-Z]{2}))\\b"
	/*
	 * Terms of service that never define "we": 'a legally binding
	 * contract between you and Acme Group Limited' (not 'objectives agreed
	 * between you and the Board').  Group 1 or 2.  find_between_you runs
	 * it only where "between" and "you" are in the text, as written.
	 */
	rf->between_you = compile(rf,
"\\b(?i:agreements?|contracts?|terms|relationship)\\b[^.\\n]{0,80}?"
		"\\bbetween\\s+(?:you\\s+and\\s+(?:the\\s+)?"
		"(\\p{Lu}[\\w&'.-]*(?:(?<![a-z]{3}\\.)\\h+\\p{Lu}[\\w&'.-]*){0,4})|"
		"(?:the\\s+)?(\\p{Lu}[\\w&'.-]*(?:\\h+\\p{Lu}[\\w&'.-]*){0,4})\\s*,?\\s+and\\s+you\\b)", 0);
	/*
	 * Translated contracts quote in single quotes too: "(hereinafter
	 * referred to as the 'Client')"; the name then holds no apostrophe.
	 * Indian drafting may leave the quotes out: "hereinafter referred to
	 * as the Service Provider (which expression shall ...)", read by
	 * parties.c only as a role noun (group 2, empty, is then set); and
	 * German drafting sets it off by dashes on a line of its own, "-
	 * hereinafter: the CLIENT -".
	 */
	/*
	 * Translations from Spanish, Portuguese and Italian name a party by a
	 * clause of calling, often in capitals and without quotes: "which
	 * shall hereinafter be referred to as THE PROVIDER", "hereinafter simply
	 * called CONTRACTOR", "henceforth, \"the Supplier\"".  parties.c takes an
	 * unquoted name whose noun has no role only in capitals.  ("who ...
	 * shall be called THE COOPERATIVE" and "in the following referred to
	 * as" are not read: their first words are common, and even gated they
	 * cost the null pack 0.4%.)
	 */
#define CALLED_AS \
	"(?:referred\\s+to\\s+as|called|known\\s+as|designated(?:\\s+as)?|defined\\s+as|termed|" \
	"named|denominated|identified\\s+as)"
#define NAME_CALLED \
	"\\s*[:,]?\\s+(?:the\\s+)?" \
	"(?|" Q_OPEN EMPH "(?:the\\s+)?(" Q_BODY "{1,40}?)" EMPH Q_CLOSE "|" \
	SQ_OPEN "(?:the\\s+)?(" SQ_BODY "{1,40}?)" SQ_CLOSE "|" \
	"(?<=as\\s|called\\s|the\\s|named\\s|termed\\s|designated\\s|denominated\\s|" \
	"simply\\s|hereinafter\\s|henceforth\\s|hereafter\\s|,\\s|:\\s)" \
	"(?-i:(\\p{Lu}[A-Za-z" LATIN "]+(?:\\h\\p{Lu}[A-Za-z" LATIN "]+){0,2}))" \
	"(?=\\s*[(,;).:-])())"
	rf->hereinafter = compile(rf,
"\\b(?:hereinafter|hereafter|henceforth)"
		"(?:\\s*,)?(?:\\s+(?:simply\\s+)?(?:(?:(?:to|shall|will)\\s+)?be\\s+|being\\s+)?"
		"(?:simply\\s+)?" CALLED_AS ")?"
		NAME_CALLED, PCRE2_CASELESS);
	rf->company = compile_no_jit(COMPANY_SUFFIX, 0);
	/*
	 * In an entity the suffix ends a name ("Acme, Inc.", "Dairy Co. Inc."):
	 * "The Company engages the agent" and "1.1 Statements of Work.
	 * Company will ..." name none.  "An individual" is a person where
	 * nothing it qualifies follows: "an individual residing at", not
	 * "an individual agreement (the \"Individual Agreement\")".  Two
	 * patterns, the suffix and the words, either of which names an
	 * entity (entity_before): in one, each would be tried at every byte
	 * where either may start, which cost twice as much.  A name's
	 * letters may be accented ("Banque Rhénane SA"): \\w alone reads
	 * ASCII only, and a range of the Latin letters (U+00C0 to U+024F)
	 * costs less than asking \\p{L} of every byte.
	 */
	rf->entity = compile(rf,
"(?!The\\b)\\p{Lu}(?:[\\w\\x{C0}-\\x{24F}&'-]*(?:\\.\\w+)*|[\\w.]{0,2}\\.),?\\s+" COMPANY_SUFFIX, 0);
	rf->entity_words = compile(rf,
"(?i:\\b(?:a|an) (?:[\\w\\[\\]-]+ ){0,4}(?:corporation|company|partnership|entity|"
		"body corporate|public body|statutory body|charity|political subdivision|"
		"unincorporated association|"
		"national bank|(?:public|government) (?:agency|authority))\\b|"
		"\\borgani[sz]ed\\b|\\bincorporated\\b|principal (?:place|office)|registered office|"
		"\\ban individual\\b(?!\\s+(?!(?:residing|resident|domiciled|with|whose|who|having|of|and|or)\\b)[a-z])|"
		"\\bresiding\\b|having (?:its|a) (?:place|office|(?:registered )?seat)|"
		/*
		 * European drafting: "established at Rua da Palma 12, Lisbon" (an
		 * address: a number follows, and no annex), "having its seat in".
		 * Read from "at", whose letter the alternatives above start with
		 * already: one more first letter costs every scan.
		 */
		"(?<=\\bestablished )at (?!(?i:annex|schedule|exhibit|appendix|section|clause|article|"
		"part)\\b)(?=[^()\"\\n]{0,60}\\d)(?:\\p{Lu}|\\d)|"
		/* The Crown: "HIS MAJESTY THE KING IN RIGHT OF ONTARIO". */
		"(?i:\\b(?:his|her) majesty\\b|\\bthe crown in right of\\b))", 0);
	/*
	 * '"Customer Data" means ...'; translations from French and Spanish
	 * write "designates" or "denotes" ('"Images" designates the medical
	 * images ...'): only after the quoted term, so that "a legend which
	 * designates the Software" defines nothing.
	 */
	rf->means = compile(rf,
		Q_OPEN EMPH "([A-Z]" Q_BODY "{0,60}?)" EMPH Q_CLOSE
		"\\s*(?:shall\\s+)?(?:means?|refers?\\s+to|shall\\s+refer\\s+to|has\\s+the\\s+meaning|"
		"designates|denotes)\\b",
		PCRE2_ANCHORED);
	/* Group 1: "collectively", "together" or "jointly", naming what comes before; 2: the term. */
	rf->paren_term = compile(rf,
"\\(\\s*(?:(?:the|(collectively|together|jointly)|each|a|an|individually|hereinafter|"
		/* '(such imagery, "Field Imagery")': the thing named again before the term */
		"such\\s+[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?(?=\\s*,))"
		"[\\s,]+)*"
		/*
		 * The parenthesis may go on after a semicolon to gather the term
		 * with others: '("Outputs"; Inputs and Outputs together, "Your
		 * Content")', '("Platform"; see Schedule 2)'.
		 */
		Q_OPEN EMPH "([A-Z]" Q_BODY "{0,60}?)" EMPH Q_CLOSE
		"\\s*(?:\\)|;(?=[^()\\n]{1,120}\\)))", 0);
	/*
	 * The same without the parenthesis: '... any feedback you provide
	 * ("Feedback") collectively, "Content".', 'Prompts and Outputs are
	 * collectively referred to in these Terms as "User Content"', 'Input
	 * and Output together are "Customer Content"'.  Or the
	 * list after the word: 'Collectively, Input and Output are "User
	 * Content."' (group 1 the list, empty in the other forms; group 2 the
	 * term, without a stop or comma inside the quotes).
	 */
	rf->collective = compile(rf,
"(?|(?:collectively|together|jointly)"
		/* 'Input and Output together are "Customer Content"' */
		"(?:\\s+(?:are|is|constitute|form)(?=\\s+(?:the\\s+)?[\"\\x{201C}]))?"
		"(?:\\s+(?:referred\\s+to|called|known|defined)"
		"(?:\\s+(?:in|under)\\s+(?:these|this|the)\\s+\\w+)?\\s+as)?,?\\s+()|"
		"Collectively,\\s+([^\"\\x{201C}\\x{201D}.;:()\\n]{3,120}?)\\s+(?:are|is)\\s+"
		"(?:(?:referred\\s+to|called|known|defined)\\s+as\\s+)?)(?:the\\s+)?"
		Q_OPEN EMPH "([A-Z]" Q_BODY "{0,60}?)[.,]?" EMPH Q_CLOSE, PCRE2_ANCHORED);
	/*
	 * A definition that opens its paragraph: the English '"Customer
	 * Data": all data ...', and terms whose quotes or bold were lost in
	 * conversion, 'Client Materials: all documents ...' and 'Client
	 * Materials means ...'.  A term is capitalised words, with "of" or
	 * "and" between; some text must follow.  A list of definitions in
	 * plain words says 'A "Prompt" is the content ...', and a translation
	 * may quote in single quotes, "'Meter Data' means ...".
	 */
	rf->head_def = compile(rf,
"(?|" Q_OPEN EMPH "([A-Z]" Q_BODY "{0,60}?)" EMPH Q_CLOSE "\\s*:|"
		/*
		 * 'A "Prompt" is the content that you send': quoted, "is" and an
		 * article; also "includes", and after "within the meaning of this
		 * Agreement", as translations have it.  A possessive stands for the
		 * article: '"Customer Content" includes Customer's Prompts and the
		 * Output', '"Your Content" includes your prompts' (an interpretation
		 * clause, "the singular includes the plural", quotes no term).
		 */
		"(?:(?:A|An|The)\\s+)?" Q_OPEN EMPH "([A-Z]" Q_BODY "{0,60}?)" EMPH Q_CLOSE
		"(?:\\s+(?:within\\s+the\\s+meaning\\s+of|for\\s+the\\s+purposes\\s+of|as\\s+used\\s+in)"
		"\\s+(?:this|these)\\s+\\w+)?"
		"\\s+(?:is|are|includes?)(?=\\s+(?:the|a|an|any|all|your|our|its|"
		"[A-Z][\\w&-]*(?:'s|\\x{2019}s|s'))\\b)|"
		EMPH "([A-Z][\\w'&" LATIN "-]*(?: (?:[A-Z][\\w'&" LATIN "-]*|of|and|or|the|for|to|in|on)){0,5}?)" EMPH
		/*
		 * A label before a sentence defines nothing: "Model Training:
		 * Supplier will not use Buyer Documents to train any model", "Model
		 * Updates: We may update the Model" (a subject of capitalised words,
		 * then a modal or a verb of undertaking).
		 */
		"(?:\\s*:(?!\\s*(?:[A-Z][\\w&.'\\x{2019}-]*\\s+){1,3}(?:will|shall|may|must|can|cannot|"
		"agrees?|warrants?|undertakes?|acknowledges?)\\b)|"
		"\\s+(?:shall\\s+)?(?:means?|refers?\\s+to)\\b)|"
		/* Single quotes, as translations have them: "'Meter Data' means the readings". */
		SQ_OPEN "([A-Z]" SQ_BODY "{0,60}?)" SQ_CLOSE
		"\\s+(?:shall\\s+)?(?:means?|refers?\\s+to)\\b)\\s+\\S",
		PCRE2_ANCHORED);
	rf->vendor_noun = compile_placeholder(rs, "vendor_noun");
	rf->customer_noun = compile_placeholder(rs, "customer_noun");
	/* noun_role runs these at every role test: JIT them when due, as compile() does the rest. */
	lazy_jit(rf, rf->vendor_noun);
	lazy_jit(rf, rf->customer_noun);
	rf->data_noun = compile(rf,
"\\b(?:data|content|information|materials|inputs?|prompts?|files?|documents?|"
		"records|datasets?|corpus|corpora|precedents|quer(?:y|ies)|submissions?|uploads?)\\b",
		PCRE2_CASELESS);
	/*
	 * "provided by Customer": group 1 a verb of giving (what the vendor
	 * gives is not the customer's), group 2 the first word of who acts.
	 */
	rf->data_passive = compile(rf,
"\\b(?:(provided|supplied|made available|furnished|disclosed|shared|sent|transmitted|"
		"owned|generated|handed over)|(received|obtained)|submitted|uploaded|input|inputted|entered|"
		"collected|processed|stored)\\b.{0,40}?\\b(by|from|on behalf of|for)\\b"
		"(?:\\s+(?:the\\s+)?([\\w&-]+(?:\\h+(?-i:[A-Z0-9])[\\w&-]*)?))?", PCRE2_CASELESS);
	rf->data_source = compile(rf,
"^\\W*(?:all\\s+|any\\s+)?(?:the\\s+)?(?:customer|client|licensee|buyer|you|your)|"
		/* "the Service allows you to provide materials ... (together, \"Prompts\")" */
		"\\b(?:(?:allows?|permits?|enables?|lets?|invites?)\\s+(?:you|customer|client|licensee|buyer)"
		"\\s+to|(?:you|customer|client|licensee|buyer)(?:\\s+(?:may|can))?)\\s+"
		"(?:provide|submit|upload|input|enter|send|share)\\b",
		PCRE2_CASELESS);
	/*
	 * What the vendor holds in doing the work is held for the customer,
	 * whoever the data is about: "information that Service Provider
	 * receives in performing the Services", "information ... that is
	 * collected, created or maintained by the Provider in providing the
	 * Platform".  Not what has been de-identified or aggregated.
	 */
	rf->data_held = compile(rf,
"^(?s)(?!.*\\b(?:de-?identified|anonymi[sz]ed|pseudonymi[sz]ed|aggregated?)\\b).*?"
		"\\b(?:receiv(?:ed|es?)|obtain(?:ed|s)?|collect(?:ed|s)?|access(?:ed|es)?|"
		"maintain(?:ed|s)?|stor(?:ed|es?)|process(?:ed|es)?|host(?:ed|s)?)\\b.{0,80}?"
		"\\b(?:in|when|while|during)\\s+(?:the\\s+course\\s+of\\s+)?"
		"(?:performing|providing|delivering|rendering|operating|the\\s+(?:performance|provision))\\b",
		PCRE2_CASELESS);
	/*
	 * What is captured at the customer's place or from its people is the
	 * customer's, whatever machine captures it: "images and video that the
	 * Hardware captures on the Purchaser's production lines", "readings
	 * collected from Customer's vehicles", and by its own machines or
	 * people, "the video captured by the Customer's CCTV cameras".  Group
	 * 1 is the owner.  captured_from_customer runs it only where one of
	 * its verbs starts a word: a verb added here goes in its list too.
	 */
	rf->captured_at = compile(rf,
"\\b(?:captur(?:es?|ed|ing)|record(?:s|ed|ing)?|collect(?:s|ed|ing)?|acquir(?:es?|ed)|"
		"gather(?:s|ed)?|scan(?:s|ned)?|measur(?:es?|ed)|film(?:s|ed)?|photograph(?:s|ed)?)\\b"
		"[^.;]{0,60}?\\b(?:on|at|in|from|within|by|through|using|via)\\s+"
		/* "captured on or relating to the Principal's production lines" */
		"(?:or\\s+(?:relating|related|pertaining)\\s+to\\s+)?(?:the\\s+)?"
		"(your|[\\w&." LATIN "-]+(?:\\s+[\\w&." LATIN "-]+){0,2}?(?:'s|\\x{2019}s))\\s+"
		"(?:[\\w-]+\\s+){0,2}?"
		"(?:premises|sites?|facilit(?:y|ies)|plants?|factor(?:y|ies)|lines|production\\s+lines?|"
		"stores?|warehouses?|systems?|networks?|devices?|equipment|vehicles?|fleet|machines?|"
		"ports?|terminals?|areas?|roads?|branches?|offices?|wards?|clinics?|"
		"cameras?|users?|end[- ]users?|staff|employees|personnel|customers?|patients?|"
		"students?|operations?)\\b", PCRE2_CASELESS);
	/*
	 * "all labels the Purchaser's staff apply to them": the customer's
	 * work.  Run only where one of its nouns starts a word
	 * (captured_from_customer): a noun added here goes in its list too.
	 */
	rf->labelled_by = compile(rf,
"\\b(?:labels?|annotations?|tags?|corrections?|ratings?|"
		/*
		 * "the coding decisions (for example responsive or privileged)
		 * that your Authorized Users apply to documents": a reviewer's
		 * call on a document, by a parenthesis of examples perhaps.
		 */
		"(?:coding|review|relevance|privilege)\\s+decisions?)(?:\\s*\\([^()]{0,100}\\))?"
		"\\s+(?:(?:that|which)\\s+)?(?:the\\s+)?"
		"(you|[\\w&.-]+(?:\\s+[\\w&.-]+){0,2}?)(?:(?:'s|\\x{2019}s)\\s+(?:staff|employees|personnel|"
		"users|team|experts|annotators|operators|reviewers))?\\s+(?:(?:may|will|shall)\\s+)?"
		"(?:appl(?:y|ies|ied)|adds?|added|assigns?|assigned|attach(?:es|ed)?|makes?|made|"
		"creates?|created)\\b", PCRE2_CASELESS);
	rf->vendor_made = compile_no_jit(
		"\\b(?:prepared|created|developed|produced|written|authored|designed|made)\\b"
		"(?:,?\\s+(?:(?:and|or)\\s+)?[a-z]+){0,3}?\\s+by\\s+(?:or\\s+on\\s+behalf\\s+of\\s+)?"
		"(?:the\\s+)?([\\w&-]+)", PCRE2_CASELESS);
	rf->secret_name = compile(rf, "\\b(?:confidential|proprietary|secrets?)\\b", PCRE2_CASELESS);
	/*
	 * A licence of data to build AI with, or to serve the licensor with:
	 * read by data_licence_roles.  Group 1 the licensor ("Licensor",
	 * "Data Provider"), group 2 the licensee ("Licensee", "Recipient").
	 */
	rf->data_licence = compile(rf,
"\\b(licensor|data\\s+(?:provider|owner|licensor))\\s+(?:hereby\\s+)?grants?\\s+"
		"(?:to\\s+)?(?:the\\s+)?(licensee|(?:data\\s+)?recipient|data\\s+licensee)\\b"
		"[^.;]{0,120}?"
		"\\blicen[cs]e\\s+to\\s+(?:use|access|copy|process|reproduce)\\b[^.;]{0,80}?"
		"\\b(?:data|datasets?|images|scans|recordings|transcripts|records|corpus|content|texts?)\\b"
		"(?:[^.;]{0,200}?"
		"\\bto\\s+(?:train|develop|build|validate|test|improve|fine-tune)\\b[^.;]{0,80}?"
		"\\b(?:models?|ai|artificial\\s+intelligence|machine\\s+learning|algorithms?|software)\\b|"
		/* "... solely to provide the Insights to the Licensor": it serves the licensor. */
		"[^.;]{0,60}?\\bto\\s+(?:provide|deliver|supply|produce|generate)\\s+"
		"(?!(?:any\\s+|the\\s+)?(?:feedback|notices?|copies|evidence|confirmation|"
		"certificates?|information|access)\\b)[^.;]{0,80}?\\bto\\s+(?:the\\s+)?\\1\\b)",
		PCRE2_CASELESS);
	/*
	 * Who gives what a definition names, for given_by_customer.  At the
	 * head of a "means" definition: "the images Licensor provides to
	 * Licensee", "the recordings that you upload", a list too ("the
	 * sales, inventory and pricing data that Client delivers", "the
	 * helpline transcripts, knowledge articles and caller records the Trust
	 * provides", at most fourteen words: "the de-identified
	 * electronic health records, discharge summaries and claims data that
	 * Data Provider delivers"); group 1 the words before the verb
	 * (what is given, then who gives it).
	 */
#define GIVE_VERB_NOT_LICENCE \
	"provides?|provided|supplies|supply|supplied|uploads?|uploaded|submits?|submitted|" \
	"sends?|sent|transmits?|transmitted|furnish(?:es|ed)?|discloses?|disclosed|" \
	"makes?\\s+available|made\\s+available|shares?|shared|delivers?|delivered|inputs?|" \
	"imports?|imported|connects?|connected|links?|linked|syncs?|synced|" \
	"synchroni[sz]es?|synchroni[sz]ed|integrates?|integrated|routes|routed"
#define GIVE_VERB_PLAIN "(?:" GIVE_VERB_NOT_LICENCE "|licen[cs]es?|licen[cs]ed)"
#define GIVE_VERB "(?:" GIVE_VERB_NOT_LICENCE "|licen[cs]es?|licen[cs]ed|" YOU_KEEP ")"
	/*
	 * What "you" add, store, keep or import is given too ("the notes you
	 * add to Kinfold"): YOU_KEEP in given_head, anchored, after the words
	 * before the verb; YOU_KEEP_K where a search looks for the verb
	 * (given_before, given_after): it starts at "you", so the scan stops at
	 * few bytes, and \K then starts the match at the verb.  data_submitter
	 * has its own ("that you add ... to the Service").
	 */
#define YOU_KEEP "(?:add|store|keep|import)(?<=\\byou\\sadd|\\byou\\sstore|\\byou\\skeep|\\byou\\simport)"
#define YOU_KEEP_K "you\\s\\K(?:add|store|keep|import)"
	rf->given_head = compile(rf,
"^[\\s,:]*((?:the|all|any|those|such|each|every|its|your|their)\\s+"
		"(?:[\\w&'\\x{2019}.-]+,?\\s+){1,14}?)"
		"(?:(?:may|will|shall|can|does|do|has|have)\\s+)?(?:[a-z]+ly\\s+)?" GIVE_VERB "\\b",
		PCRE2_ANCHORED | PCRE2_CASELESS);
	/*
	 * The same before a parenthesis: 'Client shall upload the audio of its
	 * calls (the "Call Audio")', 'Licensor grants Licensee a licence to use
	 * the images listed in Schedule 1 (the "Licensed Data")'.  From the
	 * verb (who gives is read before it, by subject_before): group 1 whom
	 * it is given to, if said ("to Vendor", "Vendor with"), group 2 what;
	 * it ends where the body does.
	 */
	/* Words that end what is given: a clause, or where or under what it goes. */
#define GIVEN_STOP \
	"(?:that|which|who|whom|whose|by|where|when|if|to|with|into|through|under|pursuant|" \
	"according|accordance)\\b"
	rf->given_before = compile(rf,
"(?|\\b(?:" GIVE_VERB_PLAIN "|" YOU_KEEP_K ")\\s+(?|(?:to|with)\\s+(?:the\\s+)?"
		"([\\w&-]+(?:\\s+(?-i:[A-Z0-9])[\\w&-]*)?)\\s+|"
		"(?:the\\s+)?([\\w&-]+(?:\\s+(?-i:[A-Z0-9])[\\w&-]*)?)\\s+with\\s+)?"
		"((?:(?!" GIVEN_STOP ")[\\w'\\x{2019}-]+\\s+){0,11}"
		"[\\w'\\x{2019}-]+)|"
		"\\bgrants?\\s+(?:to\\s+)?(?:the\\s+)?([\\w&-]+(?:\\s+(?-i:[A-Z0-9])[\\w&-]*)?)\\s+"
		"(?:[\\w-]+\\s+){0,4}?(?:licen[cs]e|right)\\s+to\\s+"
		"(?:use|access|copy|process|reproduce|analy[sz]e)\\s+"
		"((?:(?!" GIVEN_STOP ")[\\w'\\x{2019}-]+\\s+){0,11}"
		"[\\w'\\x{2019}-]+))\\s*$",
		PCRE2_CASELESS);
	/*
	 * The object before its giver: 'the photos and floor plans you upload
	 * ("Uploads")', "the recordings that Client submits to the Platform",
	 * "the images uploaded by Customer".  Group 1 the verb of the active
	 * (who gives is read before it, by subject_before), or group 2 that of
	 * the passive and group 3 who gives; group 4 whom it is given to.
	 * Where or how it goes may follow ("to the app", "through the
	 * Service"); it ends where the body does.  Not "licensed": "the Content
	 * Emdeon has licensed" is given to Emdeon.  This and given_before hold
	 * only words to the end (words_tail in terms.c counts on it).
	 */
	rf->given_after = compile(rf,
"\\b(?:(" GIVE_VERB_NOT_LICENCE "|" YOU_KEEP_K ")|"
		"(provided|supplied|uploaded|submitted|sent|transmitted|furnished|disclosed|"
		"made\\s+available|shared|delivered|input|entered)\\s+by\\s+(?:the\\s+)?"
		"([\\w&-]+(?:\\s+(?-i:[A-Z0-9])[\\w&-]*)?))\\b"
		"(?:\\s+(?:to|with)\\s+(?:the\\s+)?([\\w&-]+(?:\\s+(?-i:[A-Z0-9])[\\w&-]*)?))?"
		"(?:\\s+(?:through|via|using|on|in|into|from|for)\\s+"
		"(?:[\\w&'\\x{2019}-]+\\s+){0,3}?[\\w&'\\x{2019}-]+)?\\s*$",
		PCRE2_CASELESS);
	rf->given_noun = compile_no_jit(
		"\\b(?:audio|video|images?|imagery|photos?|photographs?|pictures?|recordings?|footage|"
		"transcripts?|scans?|x-rays?|texts?|e-?mails?|messages?|speech|voice|samples|"
		"specimens|readings|signals)\\b", PCRE2_CASELESS);
	/*
	 * The messages between the customer's own customers and its agent or
	 * the service: '"Conversations" means the messages between your
	 * shoppers and your agent', "all chats with End Users".  Group 1 the
	 * possessive before the people (customer_possessive_word reads it);
	 * unset where they are the end users by name.  The words before the
	 * noun are read only where the search starts (\G), at the head of a
	 * definition that follows its term; where the pattern is searched
	 * for, a match at the noun itself is the same match, and trying those
	 * words at every byte took 1.4% of a review.  customer_side_messages
	 * runs it only where "between" or "with" is in the bytes.
	 */
	rf->messages_between = compile(rf,
"(?:\\G(?:(?:the|all|any)\\s+)?(?:[\\w-]+\\s+){0,2}?)?"
		"\\b(?:messages|chats?|conversations|calls|communications|interactions|e-?mails|"
		"exchanges|dialogues|correspondence)\\s+(?:(?:exchanged|sent|held|conducted)\\s+)?"
		"(?:between|with)\\s+(?:[^.;()]{0,60}?\\s)?"
		"(?:(your|[\\w&.-]+(?:'s|\\x{2019}s))\\s+(?:[\\w-]+\\s+)?(?:customers|clients|shoppers|"
		"buyers|users|end[- ]users|patients|members|callers|visitors|guests|students|consumers|"
		"subscribers|passengers|tenants|residents|citizens|applicants|candidates)|"
		"end[- ](?:users|customers|clients))\\b", PCRE2_CASELESS);
	rf->supplied_name = compile(rf,
"\\b(?:software|documentation|services?|platform|(?<!work )products?|deliverables?|equipment|"
		"hardware|goods|models?|tools?|applications?|systems?|schedules?|timetables?|"
		"procedures?|protocols?|formats?|methods?|processes|accounts?|credentials|passwords?)\\b",
		PCRE2_CASELESS);
	/* "all data relating to Client's customers": the word after is read by relates_to_customer. */
	rf->relating_to = compile(rf,
"\\b(?:data|information|records|content|materials)\\s+"
		"(?:(?:that|which)\\s+(?:relates?|pertains?)\\s+to|relating\\s+to|related\\s+to|"
		"pertaining\\s+to|concerning|regarding)\\s+(?:the\\s+)?", PCRE2_CASELESS);
	/*
	 * The same in the active voice: "information that Practice and its
	 * clinicians submit to the Service", "data that Customer provides".
	 * Group 1 is who submits, which must be the customer (customer_submits);
	 * what "you" add, store or keep is given too ("the notes that you add
	 * from your phone to the Service").  What goes "into" something ("the
	 * notes that you or your staff enter into Dosewise", "type into the
	 * Service") or is given "us" is read by submit_place: "the agreements
	 * that Customer enters into with others" give nothing.  "gives to"
	 * is one giving ("the records that the Council gives to the
	 * Supplier"; "gives notice" none).  "data" needs no "that" before a
	 * name, "the" and a name, or "you" ("all data the Council gives to
	 * the Supplier"), unless an exception names it ("other than data
	 * the Customer gives"): only "data", as every other noun there costs
	 * every definition (bench-instr null pack).
	 */
	rf->data_submitter = compile(rf,
"\\b(?:that|which|whatever|(?-i:data)(?<!\\bthan\\sdata|\\bexcluding\\sdata|\\bexcept\\sdata|\\bnot\\sdata)"
		"(?=\\s+(?:(?:the\\s+)?(?-i:[A-Z])|you\\s)))\\s+"
		"((?:[\\w'\\x{2019}&." LATIN "-]+,?\\s+){1,8}?)"
		"(?:(?:may|will|shall|can|does|do)\\s+)?"
		"(?:submits?|provides?|uploads?|inputs?|enters?|sends?|transmits?|furnish(?:es)?|"
		"discloses?|makes? available|shares?|supplies|supply|records?|dictates?|connects?|"
		"links?|syncs?|synchroni[sz]es?|integrates?|types?|pastes?|gives?(?:\\s+to(?=\\s))?|"
		"(?:add|store|keep)(?<=\\byou\\sadd|\\byou\\sstore|\\byou\\skeep))\\b",
		PCRE2_CASELESS);
	/*
	 * Whom the customer gives it to, right after the verb of
	 * data_submitter: "that Publisher supplies to Vendor", "that you
	 * upload through the Platform to us", or where "gives to" ended it
	 * ("that the Council gives to the Supplier").
	 */
	rf->to_vendor = compile_no_jit(
		"(?:(?<=\\bto)|(?:\\s+(?!(?:to|with)\\b)[\\w-]+(?:\\s+[\\w-]+){0,3}?)?\\s+(?:to|with))\\s+"
		"(?:the\\s+)?([\\w&-]+)", PCRE2_ANCHORED | PCRE2_CASELESS);
	/* What a customer gives the vendor that is no data of its own. */
	rf->not_data_name = compile(rf,
"\\b(?:orders?|notices?|requests?|invoices?|forecasts?|payments?|fees?|claims?|"
		"specifications?|requirements?|instructions?|consents?|approvals?|certificates?|"
		"reports?|plans?|suggestions?|ideas?|comments?|questions?|complaints?|dates?|terms?|"
		"periods?)\\b",
		PCRE2_CASELESS);
	/*
	 * Who is the customer, or its own customers and users: "the documents
	 * that End Customers submit to the Service" are the customer's side's.
	 */
	rf->customer_ref = compile(rf,
"\\b(?:customer|client|licensee|buyer|purchaser|subscriber|you|your|users?|end users?|"
		"end[- ]customers?|end[- ]clients?)\\b",
		PCRE2_CASELESS);
	rf->output_def = compile_no_jit(
		"\\b(?:generated|produced|returned|created|output)\\b.{0,60}?\\b(?:by|from|through|using)\\b"
		/* "content generated by the Voice Agent": the name says output already */
		".{0,40}?\\b(?:services?|models?|ai|system|platform|software|products?|tools?|features?|"
		"agents?|assistants?|chatbots?|bots?)\\b|"
		"\\bin response to\\b|"
		/* "generated at your request, based on your Prompts" */
		"\\bgenerated\\b.{0,60}?\\b(?:at\\s+(?:your|the\\s+\\w+(?:'|\\x{2019})s)\\s+request|"
		"based\\s+(?:on|upon))\\b|"
		/* "the Service ... will generate a response (\"Outputs\")" */
		"\\b(?:generates?|produces?|returns?)\\s+(?:an?\\s+|the\\s+|any\\s+)?"
		"(?:responses?|outputs?|answers?|completions?)\\b|"
		/* "the content that the Service sends to or shares with you" */
		"\\b(?:sends?|returns?|delivers?|shares?|displays?)\\s+(?:to\\s+or\\s+\\w+\\s+with|to|with)\\s+"
		"(?:you|the\\s+(?:customer|client|user))\\b", PCRE2_CASELESS);
	/*
	 * The same in the active voice: "the notes the Service generates from
	 * Encounter Data", "results that the API returns", "content we
	 * produce", "the credit scores which the Service calculates", "the
	 * CVs that the Agency's screening software generates", "the Service
	 * Provider's detection system", "the audio that a Voice Model
	 * generates from the scripts you submit" ("a" or "an" only before a
	 * capitalised name).  Group 1 is whose machine it is, in one word or
	 * two (the first capitalised, so that most words after "the" fail at
	 * once), if said, group 2 the machine that makes it, group 3 a vendor.
	 * Run only where has_active_verb finds a verb.
	 */
	rf->output_active = compile(rf,
"\\b(?:(?:(?:the|our|its|such|any|each)\\s+|an?\\s+(?=(?-i:[A-Z])))(?:((?:(?-i:[A-Z])[\\w&-]*\\s+)?[\\w&-]+)(?:'|\\x{2019})s\\s+)?"
		"(?:[\\w-]+\\s+){0,2}?"
		"(?:(services?|models?|ai|systems?|platforms?|software|products?|tools?|features?|"
		"apis?|applications?|assistants?|algorithms?|engines?|solutions?)|"
		"(vendor|provider|supplier|licensor|developer))|(we))"
		"\\s+(?:(?:may|will|can|shall|does|do|then|automatically)\\s+){0,2}"
		"(?:generates?|produces?|returns?|outputs?|creates?|calculates?|computes?)\\b",
		PCRE2_CASELESS);
	/*
	 * What a model gives a thing it reads, in the verbs of scoring and
	 * prediction: "the risk scores that the Detection Model assigns", "the
	 * credit risk grades that the Provider's machine learning models
	 * assign", "the values our classifier predicts".  Only a model, a
	 * classifier or an algorithm, or a machine said to be AI, makes such
	 * a thing output: "the numbers the System assigns to each account"
	 * are none.  Group 1 is whose model it is, as output_active's.  Run
	 * only where has_scored_verb (terms.c) finds a verb in lower case.
	 */
	rf->output_scored = compile(rf,
"\\b(?:(?:the|our|its|such|any|each)\\s+|an?\\s+(?=(?-i:[A-Z])))(?:((?:(?-i:[A-Z])[\\w&-]*\\s+)?[\\w&-]+)(?:'|\\x{2019})s\\s+)?"
		"(?:[\\w-]+\\s+){0,3}?"
		"(?:models?|classifiers?|algorithms?|neural\\s+networks?|(?:ai|artificial\\s+intelligence|"
		"machine[- ]learning)\\s+(?:[\\w-]+\\s+)?(?:services?|systems?|platforms?|engines?|tools?|software))"
		"\\s+(?:(?:may|will|can|shall|does|do|then|automatically)\\s+){0,2}"
		"(?:assigns?|predicts?|estimates?|infers?|scores?)\\b",
		PCRE2_CASELESS);
	/*
	 * The same in the passive: "the summaries and transcripts generated by
	 * the Service", "content produced by us".  Group 1 is the machine,
	 * group 2 a vendor.
	 */
	rf->output_passive = compile_no_jit(
		"\\b(?:generated|produced|created|returned|output)\\s+(?:(?:automatically|solely|"
		"directly)\\s+)?(?:by|through|using)\\s+(?:(?:the|our|its|such|any)\\s+)?"
		"(?:[\\w" LATIN "-]+\\s+){0,2}?(?:(services?|models?|ai|systems?|platforms?|software|tools?|"
		"features?|apis?|applications?|assistants?|algorithms?|engines?|solutions?)|"
		"(vendor|provider|supplier|licensor|developer|us))\\b", PCRE2_CASELESS);
	/*
	 * What the vendor or its service makes for the customer, closing the
	 * words before a term: 'the mastered files and stems we return to you
	 * ("Masters")'.  From the verb (who makes it is read before it, by
	 * subject_before): group 1 whom it is made for; where or how may
	 * follow ("in WAV format"); it ends where the body does.
	 */
	rf->made_for = compile_no_jit(
		"\\b(?:returns?|generates?|produces?)\\s+(?:back\\s+)?(?:to|for)\\s+"
		"((?:the\\s+)?" NAME_CHAR "+(?:\\s+(?-i:[A-Z0-9])" NAME_CHAR "*)?)"
		"(?:\\s+(?:through|via|using|in|as|from|with|for|per)\\s+"
		"(?:[\\w&'\\x{2019}-]+\\s+){0,3}?[\\w&'\\x{2019}-]+)?\\s*$",
		PCRE2_CASELESS);
	/*
	 * The same in the passive, where no maker is named or the maker
	 * follows: 'the images generated for you by the Service', "the files
	 * returned to you", and what is provided to the customer in response
	 * to something ("the responses provided to Customer in response to
	 * Queries").  Group 1 whom it is made for; it ends where the body does.
	 */
#define MADE_FOR_TAIL \
	"\\s+(?:by|through|via|using|in|as|from|with)\\s+(?:[\\w&'\\x{2019}-]+\\s+){0,3}?" \
	"[\\w&'\\x{2019}-]+"
	rf->made_for_passive = compile_no_jit(
		"(?|\\b(?:returned|generated|produced|created)\\s+(?:back\\s+)?(?:to|for)\\s+"
		"((?:the\\s+)?" NAME_CHAR "+(?:\\s+(?-i:[A-Z0-9])" NAME_CHAR "*)?)(?:" MADE_FOR_TAIL "){0,2}|"
		"\\b(?:provided|delivered|sent|made\\s+available|displayed|shown|returned)\\s+to\\s+"
		"((?:the\\s+)?" NAME_CHAR "+(?:\\s+(?-i:[A-Z0-9])" NAME_CHAR "*)?)(?:" MADE_FOR_TAIL ")?"
		"\\s+in\\s+response\\s+to\\s+(?:[\\w&'\\x{2019}-]+\\s+){0,4}?[\\w&'\\x{2019}-]+)\\s*$",
		PCRE2_CASELESS);
	/*
	 * What a term named as output is, where the vendor delivers it to
	 * the customer: "the demand forecasts and reports that the Licensee
	 * delivers to the Licensor".  From the verb (who delivers is read
	 * before it, by subject_before); group 1 whom.
	 */
	rf->delivered_to = compile_no_jit(
		"\\b(?:delivers?|provides?|supplies|sends?|makes?\\s+available)\\s+to\\s+"
		"((?:the\\s+)?" NAME_CHAR "+(?:\\s+(?-i:[A-Z0-9])" NAME_CHAR "*)?)", PCRE2_CASELESS);
	/* What a product earns or brings, "generated by the Services": no output. */
	rf->money_name = compile_no_jit(
		"\\b(?:revenues?|income|sales|fees|royalt\\w*|profits?|proceeds|receipts|amounts?|"
		"payments?|margins?|commissions?|sums?|monies|moneys|traffic|leads?|orders?|"
		"savings|value|charges|taxes)\\b", PCRE2_CASELESS);
	rf->output_name = compile(rf,
"\\b(?:outputs?|responses?|results?|completions?|generat\\w*|suggestions?|answers?|"
		"predictions?|recommendations?|insights?)\\b", PCRE2_CASELESS);
	/*
	 * Data names that say whose or what it is, and it is not the
	 * customer's own: "Usage Data", "Third-party Content".
	 */
	rf->usage_name = compile(rf,
"\\b(?:usage|telemetry|analytics|diagnostics?|metadata|logs?|aggregated?|"
		"de-?identified|anonymi[sz]ed|feedback|performance|statistical|system|service|"
		"third[- ]part(?:y|ies))\\b",
		PCRE2_CASELESS);
	/*
	 * What a definition that opens with a term of the customer's data
	 * says after the term when it is that data de-identified:
	 * '"Anonymised Route Data" means Licensee Data from which the names
	 * ... have been removed', "... in anonymised form", '"De-identified
	 * Data" means Patient Data that has been de-identified' ("Licensor may
	 * create De-identified Data ... and may use it for any lawful purpose"
	 * is then vendor training read as de-identified only).
	 */
	rf->deidentified = compile_no_jit(
		"\\s*,?\\s*(?:in\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:anonymi[sz]ed|aggregated?|de-?identified|"
		"pseudonymi[sz]ed)\\s+(?:form|format|manner|basis)\\b|"
		"from\\s+which\\b[^.;]{0,200}?\\b(?:removed|deleted|stripped|redacted|erased)\\b|"
		"(?:that|which)\\s+(?:has|have)\\s+been\\s+(?:\\w+\\s+)?(?:de-?identified|anonymi[sz]ed|"
		"pseudonymi[sz]ed|aggregated)\\b)",
		PCRE2_ANCHORED | PCRE2_CASELESS);
	/*
	 * What a system records about its own operation, by name ("Logs",
	 * "Event Records", "Audit Trail", "Telemetry") or by what the
	 * definition opens with ("the records of events that the System
	 * generates"): no output of the customer's, though the system makes it.
	 */
	rf->ops_record = compile(rf,
"\\b(?:logs?|logging|log\\s+files?|audit\\s+(?:trails?|logs?|records?)|"
		"event\\s+(?:records?|logs?|data)|telemetry|diagnostics?)\\b", PCRE2_CASELESS);
	rf->ops_record_def = compile(rf,
"^[\\s,:]*(?:(?:the|all|any)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:records?|logs?)\\s+"
		"(?:of|about|recording|relating\\s+to)\\s+(?:the\\s+|all\\s+|any\\s+)?"
		"(?:[\\w-]+\\s+)?(?:events?|activit(?:y|ies)|operations?|access|actions?|"
		"performance)\\b", PCRE2_CASELESS);
	rf->claim_name = compile(rf, "\\b(?:claims?|proceedings?|actions?|suits?|allegations?)\\b",
				 PCRE2_CASELESS);
	/*
	 * The definition must be of a claim that alleges infringement, not a
	 * list that names infringement among other things ("Uncapped Claims
	 * means (a) indemnity obligations, (b) infringement of ...").
	 */
	rf->ip_def = compile(rf,
"\\b(?:claims?|suits?|proceedings?|actions?|demands?|allegations?)\\b.{0,200}?"
		"\\b(?:alleg\\w*|that|arising (?:from|out of)|based (?:on|upon)|for|of)\\b.{0,200}?"
		"\\b(?:infring\\w*|misappropriat\\w*|intellectual property)", PCRE2_CASELESS);
	/*
	 * What is written about a model, or who makes it, is no model: "Base
	 * Model License", "Model Card", "Model Provider".  Nor is a third
	 * party's: read as "Model", it would lose what the rules on
	 * third-party models look for.  Nor what a model makes: "Model
	 * Outputs", "Model Predictions" are outputs.
	 */
	rf->model_paper = compile(rf,
"\\b(?:licen[cs]es?|agreements?|terms|polic(?:y|ies)|cards?|documentation|reports?|"
		"outputs?|results?|predictions?|responses?|inferences?|completions?|scores?|forecasts?|"
		"fees?|schedules?|notices?|committees?|specifications?|exhibits?|annex(?:es)?|lists?|"
		/* "Model API AUP": an acceptable use policy. */
		"aups?|providers?|vendors?|developers?|owners?|suppliers?)$|^third[- ]part(?:y|ies)\\b",
		PCRE2_CASELESS);
	rf->model_name = compile(rf, "\\b(?:model|algorithm|weights|ai system|neural)", PCRE2_CASELESS);
	/*
	 * The definition's head noun, in lower case: "the Custom Model" is a
	 * term of its own, and "the tests of the models" are tests.  A
	 * determiner first: a bulleted "Robustness: Generative models have
	 * ..." is a sentence, not a definition.  No determiner or pronoun
	 * between: in "the images our diffusion models generate" the models
	 * open a clause of their own, and the thing is images.
	 */
	rf->model_head = compile(rf,
"^[\\s,:]*(?i:collectively,?\\s+)?(?i:(?:the|a|an|any|all|our|its|their|each)\\s+)"
		"(?:(?:(?!(?i:of|for|to|from|with|by|in|on|and|or|that|which|our|its|their|your|we|you|the)\\b)"
		"[\\w'\\x{2019}-]+\\s+){0,4}?"
		"(?:models?|llms?|LLMs?)\\b(?!\\s+(?i:cards?|licen[cs]es?|agreements?|terms|documentation|"
		"providers?|outputs?|developers?|vendors?|"
		/* "our LLM inference server software": software that serves a model. */
		"inference|servers?|serving|runtimes?|software|sdks?|gateways?)\\b)|"
		/* "the trained parameters of the Licensed Model": a model's weights are a model. */
		"(?i:(?:[\\w-]+\\s+){0,2}?(?:parameters|weights|checkpoints?)\\s+of\\s+"
		"(?:(?:the|a|an|any|each|its)\\s+)?(?:[\\w'\\x{2019}-]+\\s+){0,3}?models?\\b))",
		PCRE2_UTF);
	/*
	 * An AI system under another name than a model's: "the Assistant",
	 * "the Platform", "the Engine", "the Solution", "the Tool".  The name
	 * says nothing (a platform may be a web portal); the definition's head
	 * must say it is an AI system ("the neural machine translation
	 * system", "Quillmark's machine-learning forecasting platform"), or
	 * that it holds or applies models ("our recommendation engine,
	 * including the ranking models we train", "software that applies deep
	 * learning models").  Group 1: the words before the head noun, where
	 * ai_marker is looked for; group 2: the head ("software platform": two
	 * heads are one); group 3: set where the models follow ("data
	 * models", "financial models" are no such models).  A chatbot, a
	 * virtual assistant or a conversational agent is an AI system by its
	 * head alone (ai_marker).
	 */
	rf->system_name = compile(rf,
"(?:^|\\s)(?:Assistant|Platform|Solution|Engine|Tool|System|Software|Application|"
		"Copilot|Co-Pilot|Chatbot|Bot|Agent)s?$", 0);
	rf->model_def = compile_no_jit(
		"\\b(?:models?|weights|algorithms?|neural networks?|machine learning|trained|parameters|"
		"classifiers?)\\b",
		PCRE2_CASELESS);
	rf->md = pcre2_match_data_create(8, NULL);
	if (!rf->md)
		xalloc_die();
	return rf;
}

void roles_finder_free(struct roles_finder *rf)
{
	if (!rf)
		return;
	pcre2_code_free(rf->paren_alias);
	pcre2_code_free(rf->hereinafter);
	pcre2_code_free(rf->between);
	pcre2_code_free(rf->between_you);
	pcre2_code_free(rf->list_means);
	pcre2_code_free(rf->acceptor);
	pcre2_code_free(rf->entity);
	pcre2_code_free(rf->entity_words);
	pcre2_code_free(rf->company);
	pcre2_code_free(rf->means);
	pcre2_code_free(rf->paren_term);
	pcre2_code_free(rf->head_def);
	pcre2_code_free(rf->collective);
	pcre2_code_free(rf->vendor_noun);
	pcre2_code_free(rf->customer_noun);
	pcre2_code_free(rf->data_noun);
	pcre2_code_free(rf->data_passive);
	pcre2_code_free(rf->data_source);
	pcre2_code_free(rf->data_submitter);
	pcre2_code_free(rf->to_vendor);
	pcre2_code_free(rf->not_data_name);
	pcre2_code_free(rf->customer_ref);
	pcre2_code_free(rf->output_def);
	pcre2_code_free(rf->model_name);
	pcre2_code_free(rf->model_paper);
	pcre2_code_free(rf->model_head);
	pcre2_code_free(rf->model_base);
	pcre2_code_free(rf->model_base_head);
	pcre2_code_free(rf->model_foundation);
	pcre2_code_free(rf->model_custom);
	pcre2_code_free(rf->model_vendor_own);
	pcre2_code_free(rf->model_made);
	pcre2_code_free(rf->model_trained_on);
	pcre2_code_free(rf->output_name);
	pcre2_code_free(rf->output_active);
	pcre2_code_free(rf->output_passive);
	pcre2_code_free(rf->output_scored);
	pcre2_code_free(rf->model_called);
	pcre2_code_free(rf->output_named);
	pcre2_code_free(rf->made_for);
	pcre2_code_free(rf->made_for_passive);
	pcre2_code_free(rf->delivered_to);
	pcre2_code_free(rf->money_name);
	pcre2_code_free(rf->usage_name);
	pcre2_code_free(rf->deidentified);
	pcre2_code_free(rf->ops_record);
	pcre2_code_free(rf->ops_record_def);
	pcre2_code_free(rf->data_held);
	pcre2_code_free(rf->captured_at);
	pcre2_code_free(rf->labelled_by);
	pcre2_code_free(rf->relating_to);
	pcre2_code_free(rf->secret_name);
	pcre2_code_free(rf->vendor_made);
	pcre2_code_free(rf->data_licence);
	pcre2_code_free(rf->given_head);
	pcre2_code_free(rf->given_before);
	pcre2_code_free(rf->given_after);
	pcre2_code_free(rf->given_noun);
	pcre2_code_free(rf->supplied_name);
	pcre2_code_free(rf->messages_between);
	pcre2_code_free(rf->claim_name);
	pcre2_code_free(rf->ip_def);
	pcre2_code_free(rf->model_def);
	pcre2_code_free(rf->system_name);
	pcre2_code_free(rf->model_system);
	pcre2_code_free(rf->system_before);
	pcre2_code_free(rf->ai_marker);
	pcre2_match_data_free(rf->md);
	free(rf->msites);
	free(rf);
}

void roles_release(struct roles *r)
{
	free(r->parties);
	free(r->terms);
	free(r->subst);
	arena_release(&r->arena);
	memset(r, 0, sizeof(*r));
}

const char *party_role_name(enum party_role role)
{
	switch (role) {
	case ROLE_VENDOR: return "vendor";
	case ROLE_CUSTOMER: return "customer";
	case ROLE_UNKNOWN: break;
	}
	return "unknown";
}

const char *term_class_name(enum term_class cls)
{
	switch (cls) {
	case TERM_CUSTOMER_DATA: return "customer-data";
	case TERM_OUTPUT: return "output";
	case TERM_MODEL: return "model";
	case TERM_IP_CLAIM: return "ip-claim";
	case TERM_OTHER: break;
	}
	return "other";
}

/*
 * A company form after a name's capitalised words where they alone
 * would not take it: after a comma ("Acme, Inc."), or in small letters
 * ("Orchard Lane Foods plc").  The forms written after a comma only, not
 * all of COMPANY_SUFFIX: the pattern is compiled for one-line documents
 * too, and twice that list costs more to compile than the rest.
 */
#define LOWER_SUFFIX \
	"(?:(?<=,\\h)(?:Inc|INC|LLC|L\\.L\\.C|Ltd|LTD|Limited|LIMITED|Corp|CORP|Co|L\\.P|LLP|" \
	"S\\.A|AG|GmbH|B\\.V|N\\.V|PLC)\\b\\.?|(?:plc|gGmbH|eG)\\b)"

/* The number of a parties block's entry, "(1) ", "(a) ", "1. ", if any. */
#define BLOCK_NUMBER "(?:(?:\\((?:\\d{1,2}|[a-z])\\)|\\d{1,2}\\.)\\h+)?"

void compile_between(struct roles_finder *rf)
{
	if (rf->between)
		return;
	/*
	 * "entered into by and between Acme Corp. and Customer": two runs of
	 * capitalised words, read only where nothing else names the parties:
	 * compiled on the first such document, since most define aliases.
	 */
	rf->between = compile_no_jit(
		/*
		 * A parties block as well: "BETWEEN:\n\n(1) KESTREL ANALYTICS
		 * LIMITED, ...; and\n\n(2) HARBOUR FOODS LIMITED", "AND:" on a
		 * line of its own, each entry after its number.
		 */
		"\\b(?:between|BETWEEN|Between)\\h*:?\\s+" BLOCK_NUMBER "(?|"
		/*
		 * A construction form puts the role noun first and the name
		 * after it: "between the Owner, Ashby Parish Council, 3 Mill
		 * Lane, ..., and the Contractor, Kerrow Build Ltd, ...": the two
		 * nouns, each before a capitalised name.
		 */
		"the\\s+(\\p{Lu}\\w+),\\s+\\p{Lu}[^;()\\n]{1,160}?,\\s+and\\s+the\\s+(\\p{Lu}\\w+),\\s+\\p{Lu}|"
		"(?:(?i:the)\\s+)?(\\p{Lu}[\\w&'.-]*(?:\\h+\\p{Lu}[\\w&'.-]*){0,4}(?:,?\\h+" LOWER_SUFFIX ")?)"
		/*
		 * Read past its registration number, "(ACN 123 456 789)", and
		 * what or where it is: "Acme, Inc., a Delaware corporation with
		 * offices at ..., and", "Acme Pty Ltd, of 1 Collins Street, ..., and",
		 * "..., a Delaware corporation (file number 123) having its
		 * principal place of business at ...; and": a short parenthesis
		 * inside, a full address, a semicolon before "and".
		 */
		"(?:\\h*\\([^()\"\\n]{0,40}?\\d[^()\"\\n]{0,40}\\))?"
		/*
		 * Also where it is or who it is: "..., with offices in Austin,
		 * Texas, and", "..., residing at ...", "..., acting through its
		 * Department of Health, and", "..., trading as ...", and a
		 * public body's name read up to "of" or "for" ("the Minister
		 * for Health acting through ...", "THE BOARD OF EDUCATION OF
		 * THE CITY OF ...").
		 */
		"(?:(?:,\\h+(?:a|an|whose|having|incorporated|registered|organi[sz]ed|with|located|"
		"residing|resident|acting\\h+(?:through|by)|trading|doing|headquartered|based|"
		"established|constituted|existing|domiciled|represented)\\h|,?\\h+(?i:of|for)\\h|"
		",\\h+(?=\\d))(?:[^;()\\n]|\\([^()\"\\n]{0,60}\\)){0,240}?(?:[,;]|(?=\\h*\\r?\\n)))?"
		"\\s*[,;]?\\s+(?:and|AND|And)\\h*:?\\s+" BLOCK_NUMBER "(?:(?i:the)\\s+)?(\\p{Lu}[\\w&'.-]*(?:\\h+\\p{Lu}[\\w&'.-]*){0,4}"
		"(?:,?\\h+" LOWER_SUFFIX ")?))", 0);
}

void compile_model_called(struct roles_finder *rf)
{
	if (rf->model_called)
		return;
	/*
	 * A model named in running text, without a "means" or a quoted
	 * parenthesis: "..., which we call the Speaker Model", "hereinafter
	 * the Demand Model", "hereinafter referred to as the Style Model", 'is
	 * referred to in this Order as the "Triage Model"', or in a
	 * parenthesis without quotes, "(the Claims Model)" (group 1 set).
	 * Group 2 is the name: one to three capitalised words, then "Model"
	 * or "Models".  Matched end-anchored on the words before a use of
	 * "Model", so it runs only there (named_models in terms.c).
	 */
	rf->model_called = compile_no_jit(
		"(?:(?i:\\bwhich\\s+(?:we|it|they|the\\s+parties)\\s+(?:will\\s+|shall\\s+)?"
		"(?:call|calls|refers?\\s+to\\s+as)|"
		"\\bhereinafter(?:\\s+(?:referred\\s+to|called|known))?(?:\\s+as)?|"
		"\\b(?:is|are|shall\\s+be|will\\s+be)\\s+(?:referred\\s+to|known)"
		"(?:\\s+in\\s+this\\s+\\w+)?\\s+as)\\s+(?i:the\\s+)?[\"\\x{201C}]?|"
		"(\\()(?i:the\\s+)?)"
		"((?:\\p{Lu}[\\w-]*\\s+){1,3}Models?)",
		PCRE2_ENDANCHORED);
}

void compile_output_named(struct roles_finder *rf)
{
	if (rf->output_named)
		return;
	/*
	 * What output_active reads, where the machine goes by a name the contract gives it:
	 * "the sketches ... the Studio generates for you from Your Materials",
	 * also without "the" ("Kinfold generates for you").
	 * Group 1 the name, group 2 whom it is made for or from whose things.
	 * Compiled on the first definition that needs it (most contracts have
	 * none).
	 */
	rf->output_named = compile_no_jit(
		"\\b(?:(?:the|our|its)\\s+)?((?-i:[A-Z][\\w-]*)(?:\\s+(?-i:[A-Z][\\w-]*))?)\\s+"
		"(?:(?:may|will|can|shall|automatically)\\s+){0,2}(?:generates?|produces?|creates?)\\s+"
		"(?:for|from)\\s+((?:the\\s+)?[\\w&'\\x{2019}-]+)", PCRE2_CASELESS);
}

/*
 * The patterns that read a system's definition (defined_as_ai_system in
 * terms.c), compiled on the first term named as a system ("Platform",
 * "Assistant"), and not JIT-compiled: they run once a system term, and
 * compiled (JIT) at every start they cost the null pack 1% more
 * instructions.
 */
void compile_system_patterns(struct roles_finder *rf)
{
	if (rf->model_system)
		return;
#define SYSTEM_HEAD \
	"(?:systems?|platforms?|solutions?|engines?|tools?|assistants?|software|applications?|" \
	"copilots?|chatbots?|bots?|agents?|services?)"
	/*
	 * A head is a whole word: "a software-as-a-service application
	 * including machine learning models" is an application, not the
	 * "software" of its compound.
	 */
	rf->model_system = compile_no_jit(
		"^[\\s,:]*(?:(?:the|a|an|our|its|their|your|any)\\s+)?"
		"(?:(?-i:\\p{Lu})[\\w&.'\\x{2019}-]*(?:\\s+(?-i:\\p{Lu})[\\w&.'\\x{2019}-]*){0,3}['\\x{2019}]s\\s+)?"
		"((?:(?!(?:of|for|to|from|with|by|in|on|and|or|that|which|through|whereby|used|as|is|are|"
		"not)\\b)[\\w'\\x{2019}-]+\\s+){0,7}?)"
		"(" SYSTEM_HEAD "\\b(?!-)(?:\\s+" SYSTEM_HEAD "\\b(?!-))?)"
		"(,?\\s*(?:including|comprising|incorporating|consisting\\s+of|"
		"(?:that|which)\\s+(?:uses|applies|runs|incorporates|embeds|comprises|includes|employs|"
		"is\\s+powered\\s+by|is\\s+based\\s+on)|powered\\s+by|based\\s+on|built\\s+on|using|"
		"employing)\\b[^.;]{0,100}?\\b(?<!data\\s|data-|financial\\s|business\\s|pricing\\s|object\\s|3D\\s)"
		"models?\\b)?",
		PCRE2_CASELESS);
/* The words that say a system is an AI system, in any case, and its abbreviations in capitals. */
#define AI_WORDS(more) \
	"(?:(?i:artificial[- ]intelligence|machine[- ]learning|deep[- ]learning|neural|" \
	"generative|large[- ]language|" more "computer[- ]vision|natural[- ]language|" \
	"speech[- ]recognition)|AI|ML|LLM|GenAI|NLP)"
	rf->ai_marker = compile_no_jit("\\b" AI_WORDS("language[- ]models?|chatbots?|virtual[- ]assistants?|"
		"conversational[- ](?:agents?|assistants?)|") "\\b", 0);
	rf->system_before = compile_no_jit(
		"\\b" AI_WORDS("") "(?:[\\s-]+(?!(?i:of|for|to|from|with|by|in|"
		"on|and|or|that|which)\\b)[\\w'\\x{2019}-]+){0,4}?[\\s-]+(?i:" SYSTEM_HEAD ")"
		"[\\s,]*(?:\\(\\s*)?(?:(?i:the|hereinafter|collectively)\\s+)?[\"'\\x{201C}]?$", 0);
#undef AI_WORDS
#undef SYSTEM_HEAD
}

/*
 * The patterns that read a model term, compiled on the first one: most
 * contracts define none, and compiling costs as much as reading one.
 */
void compile_model_patterns(struct roles_finder *rf)
{
	if (rf->model_made)
		return;
	/*
	 * A model's name that says it is the vendor's own, general one
	 * ("Platform Model", "Base Model", "Pre-trained Model"), or one made
	 * for the customer: tuned, trained, learned or built for it ("Dedicated
	 * Model", "Learned Model", as the rules' words for the work have it).
	 */
	rf->model_base = compile(rf,
"\\b(?:base|foundation|foundational|pre-?trained|platform|general|generic|standard|core|"
		"underlying|upstream|off-the-shelf)\\b", PCRE2_CASELESS);
	/* Of those, the names of a model a custom one is made from: read "Base Model". */
	rf->model_foundation = compile(rf,
"\\b(?:base|foundation|foundational|pre-?trained|underlying|upstream|off-the-shelf)\\b",
		PCRE2_CASELESS);
	/*
	 * A definition whose head says the model is a general one made by
	 * others: "the pre-trained large language model identified in
	 * Schedule 1", "the foundation model licensed from ...", "a
	 * third-party language model"; not one made from it ("the model
	 * developed by fine-tuning the Foundation Model": the head is "the
	 * model").
	 */
	rf->model_base_head = compile(rf,
"^[\\s,:]*(?:(?:the|a|an|any|each|its|our)\\s+)"
		"(?:(?!(?:of|for|to|from|with|by|in|on|and|or|that|which)\\b)[\\w'-]+\\s+){0,3}?"
		"(?:base|foundation|foundational|pre-?trained|upstream|off-the-shelf|third[- ]party)\\s+"
		"(?:(?!(?:of|for|to|from|with|by|in|on|and|or|that|which)\\b)[\\w'-]+\\s+){0,3}?"
		"(?:models?|llms?)\\b", PCRE2_CASELESS);
	/*
	 * A definition that says the vendor owns the model or uses it for all:
	 * "owned or licensed by the Supplier" (group 1 who), "that the
	 * Service Provider operates" (group 1 who, group 2 for whom: "that we
	 * host for you" is the customer's), "used to provide the Services"
	 * (group 1 unset), not for the customer alone.
	 */
	rf->model_vendor_own = compile(rf,
"(?|\\b(?:owned|operated|hosted|controlled)\\s+(?:(?:or|and)\\s+(?:[\\w-]+\\s+){1,2}?)?"
		"by\\s+(?:the\\s+)?([\\w&-]+)|"
		"\\b(?:that|which)\\s+(?:the\\s+)?([\\w&-]+)(?:\\s+[\\w&-]+)?\\s+"
		"(?:owns|operates|hosts|controls|keeps|retains)\\b"
		"(?:\\s+(?:\\w+\\s+){0,2}?(?:for|on\\s+behalf\\s+of)\\s+(?:the\\s+)?([\\w&-]+))?|"
		"\\bused\\s+(?:by\\s+(?:the\\s+)?[\\w&-]+\\s+)?(?:to\\s+provide|in\\s+providing|to\\s+deliver|"
		"in\\s+delivering|to\\s+operate|in\\s+operating)\\s+(?:the\\s+|its\\s+|our\\s+)?"
		"(?:services?|platform|products?)\\b(?!\\s+(?:to|for)\\s+(?:the\\s+)?(?:customer|client|you|licensee)\\b))",
		PCRE2_CASELESS);
	rf->model_custom = compile(rf,
"\\b(?:custom(?:i[sz]ed)?|dedicated|bespoke|tailored|fine-?tuned|tuned|(?:re-?)?trained|learned)\\b",
		PCRE2_CASELESS);
	/*
	 * A definition that says the model is made for someone: "the model
	 * Contractor shall build specifically for the Agency", "that Company
	 * fine-tunes, at Client's request", or under the contract ("produced
	 * by Developer under this Agreement").  Group 1 or 2 is for whom, group
	 * 3 the contract.
	 */
	rf->model_made = compile(rf,
"\\b(?:develop(?:s|ed|ing)?|build(?:s|ing)?|built|produc(?:e|es|ed|ing)|"
		"creat(?:e|es|ed|ing)|design(?:s|ed|ing)?|made|(?:re-?)?train(?:s|ed|ing)?|"
		"(?:fine-?)?tun(?:e|es|ed|ing)|customi[sz](?:e|es|ed|ing)|adapt(?:s|ed|ing)?|calibrat(?:e|es|ed|ing))\\b"
		"[^.;\\n]{0,120}?\\b(?:(?:for|on behalf of|at the request of)\\s+(?:the\\s+)?"
		"(\\p{Lu}[\\w" LATIN "-]*|your?\\b)|at\\s+(?:the\\s+)?(\\p{Lu}[\\w" LATIN "-]*)(?:'|\\x{2019})s\\s+request\\b|"
		"(under\\s+(?:this|the|an?|each|any)\\s+(?:\\w+\\s+){0,2}?"
		"(?i:agreement|contract|sow|statement of work|order|project)\\b))", 0);
	/*
	 * A model trained on something: "that Vendor trains on the Voice
	 * Recordings", "fine-tuned using Customer Data", or built from it
	 * ("that we build from the Voice Data"; not "built on" a base model), or
	 * adapted to it ("a model adapted to Client's loan files").  What it is trained
	 * on starts at the match's end (trained_on_customer_data); a
	 * pre-trained model was trained before the customer came.
	 */
	rf->model_trained_on = compile(rf,
"(?<![\\w-])(?:(?:(?:re-?)?train(?:s|ed|ing)?|(?:fine-?)?tun(?:e|es|ed|ing)|"
		/* "whose final layers are adjusted by the Supplier using the Trust's local data" */
		"adjust(?:s|ed|ing)?|calibrat(?:e|es|ed|ing))\\b"
		"[^.;\\n]{0,80}?\\b(?:on|using|with|from)|(?:build(?:s|ing)?|built)\\b[^.;\\n]{0,40}?\\bfrom|"
		"adapt(?:s|ed|ing)?\\b[^.;\\n]{0,60}?\\bto)"
		"\\s+(?:(?:the|any|all|such)\\s+)?",
		PCRE2_CASELESS);
}

static const char *canonical_for_party(enum party_role role)
{
	return role == ROLE_VENDOR ? "Vendor" : role == ROLE_CUSTOMER ? "Customer" : NULL;
}

/* Every use of `word` that stands as `how` says gets `with`; an "s" stays after it. */
static void subst_uses(struct roles *out, const struct document *doc, const char *word,
		       const char *with, enum use how)
{
	const char *t = doc->text.ptr;
	size_t len = doc->text.len, n = strlen(word), i = 0;

	if (!n || strcmp(word, with) == 0)
		return;
	while (i < len) {
		const char *hit = memchr(t + i, word[0], len - i);
		size_t at, end;

		/* A kind of data opens a sentence too: "Recordings ... shall be deleted". */
		if (how == USE_KIND) {
			const char *up = memchr(t + i, toupper((unsigned char)word[0]),
						hit ? (size_t)(hit - t) - i : len - i);

			if (up)
				hit = up;
		}
		if (!hit)
			break;
		at = (size_t)(hit - t);
		i = at + 1;
		if (!(end = use_end(t, len, at, word, n, how)))
			continue;
		ALLOC_GROW(out->subst, out->nsubst + 1, out->subst_alloc);
		out->subst[out->nsubst].start = at;
		out->subst[out->nsubst].end = end;
		out->subst[out->nsubst].text = with;
		out->nsubst++;
		i = end;
	}
}

/*
 * Whether a term's last word is a plain plural, its singular the word
 * without the "s": "Forecasts", "Customer Inputs"; not "Business",
 * "Status", "Analysis", "Queries" (use_end drops one letter only).
 */
static int plural_term(const char *term)
{
	size_t n = strlen(term);

	return n > 3 && term[n - 1] == 's' && isalpha((unsigned char)term[n - 2]) &&
	       !strchr("suiy", term[n - 2]) && !(term[n - 2] == 'e' && term[n - 3] == 'i');
}

/*
 * Whether a regular plural of `term` ("s", "es", "ies") is a term of its
 * own: then its uses are that term's, not the singular's in the plural.
 */
static int plural_defined(const struct roles *out, const char *term)
{
	size_t n = strlen(term), k;

	for (k = 0; k < out->nterms; k++) {
		const char *p = out->terms[k].term;
		size_t m = strlen(p);

		if (m <= n || m > n + 2 || p[m - 1] != 's')
			continue;
		if (!strncmp(p, term, n) ? (m == n + 1 || !strcmp(p + n, "es")) :
		    (n > 1 && term[n - 1] == 'y' && m == n + 2 && !strncmp(p, term, n - 1) &&
		     !strcmp(p + n - 1, "ies")))
			return 1;
	}
	return 0;
}

/*
 * Whether a term of the customer's data names a thing one counts, whose
 * plural is the same data: "Call Record" of "all Call Records", "Case
 * Image", "Input".  Not a term already plural, nor one whose last word is
 * a mass noun ("Customer Data", "Content": "TABLE OF CONTENTS" is no
 * data), nor one whose plural is a term of its own.
 */
static int countable_data(const struct roles *out, const struct defined_term *d)
{
	static const char *const mass[] = { "data", "content", "information", "material",
					    "materials", "corpus", "software", "media" };
	const char *w = strrchr(d->term, ' ');
	size_t k;

	w = w ? w + 1 : d->term;
	for (k = 0; k < ARRAY_SIZE(mass); k++)
		if (!strcasecmp(w, mass[k]))
			return 0;
	return d->cls == TERM_CUSTOMER_DATA && !d->with_output && !d->kind &&
	       !plural_term(d->term) && !plural_defined(out, d->term);
}

/* Bytes before a use in which the sentence's subject is read. */
#define SUBJECT_REACH 200

/*
 * Whether the sentence a use at t[at] stands in opens on the customer: its
 * first words, past a clause number and "The", a customer party's alias.
 */
static int subject_is_customer(const struct roles *r, const char *t, size_t at)
{
	size_t i = at, k, n;

	while (i > 0 && at - i < SUBJECT_REACH && t[i - 1] != '\n' &&
	       !(t[i - 1] == ' ' && i > 2 && t[i - 2] == '.' && isalpha((unsigned char)t[i - 3])))
		i--;
	while (i < at && (isdigit((unsigned char)t[i]) || t[i] == '.' || t[i] == ' ' ||
			  t[i] == '(' || t[i] == ')'))
		i++;
	if (at - i > 4 && !memcmp(t + i, "The ", 4))
		i += 4;
	for (k = 0; k < r->nparties; k++) {
		n = strlen(r->parties[k].alias);
		if (r->parties[k].role == ROLE_CUSTOMER && n && at - i > n &&
		    !memcmp(t + i, r->parties[k].alias, n) && !isalpha((unsigned char)t[i + n]))
			return 1;
	}
	return 0;
}

/*
 * Whether a participle ends before t[at]: "derived", "trained", "built"
 * before "from" or "on"; not "claims arising from".
 */
static int made_before(const char *t, size_t at)
{
	size_t s;

	while (at > 0 && t[at - 1] == ' ')
		at--;
	for (s = at; s > 0 && (isalpha((unsigned char)t[s - 1]) || t[s - 1] == '-'); s--)
		;
	return (at - s > 3 && t[at - 2] == 'e' && t[at - 1] == 'd') ||
	       (at - s == 5 && !memcmp(t + s, "built", 5));
}

/*
 * Whether the word before a use at t[at], past articles, says it is a
 * source ("trained on Authority Information", "derived from Fleet Data",
 * "to the extent it reflects Member Data"; not "claims arising from"):
 * what the data part gives.
 */
static int source_before(const char *t, size_t at)
{
	static const char *const dets[] = { "the", "any", "all", "such" };
	static const char *const from[] = { "from", "on", "using", "reflects", "reflect",
					    "incorporates", "incorporate", "embodies", "embody" };
	size_t s, e, k;

	for (;;) {
		while (at > 0 && t[at - 1] == ' ')
			at--;
		for (s = at; s > 0 && isalpha((unsigned char)t[s - 1]); s--)
			;
		e = at;
		if (e == s)
			return 0;
		for (k = 0; k < ARRAY_SIZE(from); k++)
			if (e - s == strlen(from[k]) && !memcmp(t + s, from[k], e - s))
				return k > 2 || made_before(t, s);
		for (k = 0; k < ARRAY_SIZE(dets); k++)
			if (e - s == strlen(dets[k]) && !memcmp(t + s, dets[k], e - s))
				break;
		if (k == ARRAY_SIZE(dets))
			return 0;
		at = s;
	}
}

/* Bytes after a use of a term in which "provided by the Customer" is read. */
#define GIVEN_BY_REACH 48

/*
 * Whether t[end..) says the customer gave what a use names: "Fleet Data
 * provided by the Carrier", "Call Records supplied by you".  The customer
 * by a party's alias of that role or a customer noun.
 */
static int given_by_customer(struct roles_finder *rf, const struct roles *r, const char *t,
			     size_t len, size_t end)
{
	static const char *const given[] = { "provided", "supplied", "submitted", "uploaded",
					     "furnished", "disclosed" };
	size_t i = end, s, k, n;

	while (i < len && t[i] == ' ')
		i++;
	for (s = i; i < len && isalpha((unsigned char)t[i]); i++)
		;
	for (k = 0; k < ARRAY_SIZE(given); k++)
		if (i - s == strlen(given[k]) && !memcmp(t + s, given[k], i - s))
			break;
	if (k == ARRAY_SIZE(given) || len - i < 5 || memcmp(t + i, " by ", 4))
		return 0;
	i += 4;
	if (len - i > 4 && !memcmp(t + i, "the ", 4))
		i += 4;
	if (i - end > GIVEN_BY_REACH)
		return 0;
	if (len - i >= 3 && !memcmp(t + i, "you", 3) && (len - i == 3 || !isalpha((unsigned char)t[i + 3])))
		return 1;
	/* "The Authority shall indemnify ... Municipal Data supplied by it": the subject. */
	if (len - i >= 2 && !memcmp(t + i, "it", 2) && (len - i == 2 || !isalpha((unsigned char)t[i + 2])))
		return subject_is_customer(r, t, end);
	for (k = 0; k < r->nparties; k++) {
		n = strlen(r->parties[k].alias);
		if (r->parties[k].role == ROLE_CUSTOMER && n && len - i >= n &&
		    !memcmp(t + i, r->parties[k].alias, n) &&
		    (len - i == n || !isalpha((unsigned char)t[i + n])))
			return 1;
	}
	for (s = i; i < len && isalpha((unsigned char)t[i]); i++)
		;
	return i > s && noun_role(rf, t + s, i - s) == ROLE_CUSTOMER;
}

static int cmp_subst(const void *a, const void *b)
{
	const struct view_subst *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	/* Longer first, so the overlap pass keeps "Client Data Room" over "Client". */
	return x->end > y->end ? -1 : x->end < y->end;
}

void roles_find(struct roles_finder *rf, const struct document *doc, struct roles *out)
{
	size_t i, keep, read;

	memset(out, 0, sizeof(*out));
	parties_find(rf, doc, out);
	terms_find(rf, doc, out);

	for (i = 0; i < out->nparties; i++) {
		const struct party *p = &out->parties[i];
		const char *with = canonical_for_party(p->role);

		/* Role nouns already read right; only names and turned nouns change. */
		if (with && p->short_name)
			subst_uses(out, doc, p->alias, with, USE_SHORT_NAME);
		else if (with && (noun_role(rf, p->alias, strlen(p->alias)) != p->role ||
				  !rf_matches(rf, p->role == ROLE_VENDOR ? rf->vendor_noun :
						  rf->customer_noun, p->alias, strlen(p->alias)) ||
				  /*
				   * "the Authority" reads as the customer, but not
				   * before "of" ("the Authority of the State"):
				   * "notify the Authority of any data breach" needs
				   * the party's canonical name.
				   */
				  (p->role == ROLE_CUSTOMER && is_public_body_noun(rf, p->alias))))
			subst_uses(out, doc, p->alias, with, USE_WORD);
		/* "your firm" opens a sentence as "Your firm" too. */
		if (with && !strncmp(p->alias, "your ", 5)) {
			char *cap = arena_strndup(&out->arena, p->alias, strlen(p->alias));

			cap[0] = 'Y';
			subst_uses(out, doc, cap, with, USE_WORD);
		}
	}
	for (i = 0, read = 0; i < out->nterms; i++) {
		const struct defined_term *d = &out->terms[i];
		const char *with = d->reads_as;
		size_t from = out->nsubst, k;

		if (with && read++ >= ROLES_READ_TERMS_MAX) {
			out->terms_unread++;
			continue;
		}

		/*
		 * "any Covered Claims", "all Program Models": a claim, or a model
		 * read as the custom or the customer's model, defined in the
		 * singular reads so in the plural too (an "s" after the reading
		 * makes it plural).  Not a model read as the plain "Model" ("the
		 * Derivatives it creates" would lose its name for nothing), nor the
		 * customer's data ("Customer Datas") or an output named by one
		 * word ("publish or share Copilot's Responses" is no licence of
		 * outputs).  An output named by more than one word is no common
		 * noun in the plural either: "owns all Draft Reports" is
		 * ownership of the outputs as "owns every Draft Report" is; one
		 * named by one word in the singular is read so in the plural but
		 * after a possessive: "All Recommendations ... vest in the
		 * Distillery" vests the outputs.  A plural is "s", "es" after a
		 * sibilant ("Matches") or "ies" for "y" ("Summaries").
		 */
		if (with && countable_data(out, d)) {
			/*
			 * "the County owns all Call Records": the plural of a
			 * counted thing of the customer's data reads as its data,
			 * not after a possessive ("the Supplier's Call Records"),
			 * the plural ending taken in ("Customer Data", never
			 * "Customer Datas").
			 */
			subst_uses(out, doc, d->term, with, USE_PLURAL_FREE);
			for (k = from; k < out->nsubst; k++)
				while (out->subst[k].end < doc->text.len &&
				       isalpha((unsigned char)doc->text.ptr[out->subst[k].end]))
					out->subst[k].end++;
		} else if (with)
			subst_uses(out, doc, d->term, with,
				   d->kind ? USE_KIND :
				   d->cls == TERM_IP_CLAIM ||
				   (d->cls == TERM_MODEL && strcmp(with, "Model")) ||
				   (d->cls == TERM_OUTPUT && strchr(d->term, ' ')) ? USE_PLURAL :
				   d->cls == TERM_OUTPUT && !plural_term(d->term) &&
				   !plural_defined(out, d->term) ? USE_PLURAL_FREE :
				   USE_WORD);
		/* "a Forecast" of "Forecasts": a term defined in the plural reads so in the singular. */
		if (with && !d->kind && d->cls != TERM_OTHER && plural_term(d->term))
			subst_uses(out, doc, d->term, with, USE_SINGULAR);
		/*
		 * "Fleet Data provided by the Carrier", "trained on Fleet Data": of
		 * customer data that takes in the outputs, what the customer gave,
		 * and a source of training or derivation, read as its data alone.
		 */
		for (k = from; d->with_output && k < out->nsubst; k++)
			if (given_by_customer(rf, out, doc->text.ptr, doc->text.len, out->subst[k].end) ||
			    source_before(doc->text.ptr, out->subst[k].start))
				out->subst[k].text = "Customer Data";
		if (!d->kind)
			continue;
		/* "images ... we provide": a kind of data the vendor gives is not the customer's. */
		for (k = keep = from; k < out->nsubst; k++)
			if (!vendor_gives_after(rf, out, doc->text.ptr, doc->text.len, out->subst[k].end))
				out->subst[keep++] = out->subst[k];
		out->nsubst = keep;
	}
	home_law_subst(out, doc);
	self_name_subst(out, doc);
	if (out->nsubst)
		qsort(out->subst, out->nsubst, sizeof(*out->subst), cmp_subst);
	for (i = 0, keep = 0; i < out->nsubst; i++)
		if (!keep || out->subst[i].start >= out->subst[keep - 1].end)
			out->subst[keep++] = out->subst[i];
	out->nsubst = keep;
}

#include <ctype.h>
#include <string.h>

#include "reword.h"
#include "xalloc.h"

struct word {
	size_t start, end;
};

static int is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The length of an apostrophe at s[i] ("'" or U+2019), or 0. */
static size_t apostrophe_at(const char *s, size_t i, size_t n)
{
	if (s[i] == '\'')
		return 1;
	if (i + 2 < n && !memcmp(s + i, "\xE2\x80\x99", 3))
		return 3;
	return 0;
}

/* Letters, and an apostrophe between letters ("don't", "you're"). */
static size_t word_end(const char *s, size_t i, size_t n)
{
	size_t a;

	while (i < n) {
		if (is_letter(s[i])) {
			i++;
			continue;
		}
		a = apostrophe_at(s, i, n);
		if (!a || i + a >= n || !is_letter(s[i + a]))
			break;
		i += a;
	}
	return i;
}

/* Whether word w of s is `lower`, ignoring case, either apostrophe as "'". */
static int word_is(const char *s, size_t n, struct word w, const char *lower)
{
	size_t i = w.start, a;

	for (; *lower; lower++) {
		if (i >= w.end)
			return 0;
		if (*lower == '\'' && (a = apostrophe_at(s, i, n))) {
			i += a;
			continue;
		}
		if (tolower((unsigned char)s[i]) != *lower)
			return 0;
		i++;
	}
	return i == w.end;
}

static int word_in(const char *s, size_t n, struct word w, const char *const *list)
{
	for (; *list; list++)
		if (word_is(s, n, w, *list))
			return 1;
	return 0;
}

/* After which "you" is the object: "against you", "to you". */
static const char *const prepositions[] = {
	"about", "against", "among", "at", "behind", "between", "by",
	"for", "from", "in", "into", "like", "of", "on", "onto", "to",
	"toward", "towards", "under", "upon", "with", "within", "without", NULL
};

/* Words that, after "you", show it is the object or ends its clause. */
static const char *const function_words[] = {
	"a", "about", "after", "against", "an", "and", "any", "as", "at", "back",
	"because", "before", "but", "by", "every", "for", "from",
	"her", "here", "his", "how", "if", "in", "into", "its", "my", "no", "none",
	"nothing", "notice", "of", "on", "once", "or", "our", "so", "some",
	"than", "that", "the", "their", "there", "these", "this", "those", "to",
	"under", "unless", "until", "upon", "what", "when", "where", "whether",
	"which", "while", "who", "whom", "with", "within", "without", "your",
	NULL
};

/* Between "you" and its verb: "you alone carry", "you also agree". */
static const char *const adverbs[] = {
	"alone", "already", "also", "always", "both", "currently", "each",
	"first", "jointly", "just", "later", "never", "now", "only", "solely",
	"still", "then", NULL
};

/* Whose object "you" is, with a bare verb after it: "lets you export". */
static const char *const causatives[] = {
	"help", "helping", "helps", "let", "lets", "letting", "make", "makes",
	"making", NULL
};

/* Past tenses in -eed; the other verbs in -eed (need, exceed) are present. */
static const char *const past_in_eed[] = {
	"agreed", "decreed", "freed", "guaranteed", NULL
};

/* Verbs that read the same after "the customer". */
static const char *const unchanged_verbs[] = {
	"been", "bought", "built", "can", "can't", "cannot", "chose", "could",
	"couldn't", "did", "didn't", "found", "gave", "given", "got", "had",
	"held", "kept", "knew", "left", "lost", "made", "may", "met", "might",
	"must", "paid", "put", "ran", "said", "saw", "sent", "set", "shall",
	"should", "shouldn't", "sold", "spent", "took", "told", "understood",
	"was", "will", "won't", "would", "wouldn't", "wrote", NULL
};

/* The third person of the verbs English does not make with -s. */
static const struct { const char *verb, *third; } irregular[] = {
	{ "are", "is" }, { "aren't", "isn't" }, { "do", "does" },
	{ "don't", "doesn't" }, { "go", "goes" }, { "have", "has" },
	{ "haven't", "hasn't" }, { "were", "was" }, { "weren't", "wasn't" },
};

/* "you're" and its kin: what follows "the customer". */
static const struct { const char *contraction, *rest; } contracted[] = {
	{ "you'd", " would" }, { "you'll", " will" }, { "you're", " is" },
	{ "you've", " has" },
};

static int ends_with(const char *s, struct word w, const char *tail)
{
	size_t k = strlen(tail), i;

	if (w.end - w.start < k)
		return 0;
	for (i = 0; i < k; i++)
		if (tolower((unsigned char)s[w.end - k + i]) != tail[i])
			return 0;
	return 1;
}

static void add_cased(struct buf *out, const char *s, size_t at, const char *lower)
{
	if (isupper((unsigned char)s[at]))
		buf_addch(out, (char)toupper((unsigned char)*lower++));
	buf_addstr(out, lower);
}

/* The verb of word v, in the third person singular. */
static void add_third_person(struct buf *out, const char *s, size_t n, struct word v)
{
	size_t i, len = v.end - v.start;
	char before_y;

	for (i = 0; i < ARRAY_SIZE(irregular); i++)
		if (word_is(s, n, v, irregular[i].verb)) {
			add_cased(out, s, v.start, irregular[i].third);
			return;
		}
	if (word_in(s, n, v, unchanged_verbs) || ends_with(s, v, "'s") ||
	    (ends_with(s, v, "ed") && (!ends_with(s, v, "eed") ||
				       word_in(s, n, v, past_in_eed)))) {
		buf_add(out, s + v.start, len);
		return;
	}
	before_y = len > 1 ? (char)tolower((unsigned char)s[v.end - 2]) : 'a';
	if (ends_with(s, v, "y") && !strchr("aeiou", before_y)) {
		buf_add(out, s + v.start, len - 1);
		buf_addstr(out, "ies");
	} else if (ends_with(s, v, "s") || ends_with(s, v, "x") || ends_with(s, v, "z") ||
		   ends_with(s, v, "ch") || ends_with(s, v, "sh") || ends_with(s, v, "o")) {
		buf_add(out, s + v.start, len);
		buf_addstr(out, "es");
	} else {
		buf_add(out, s + v.start, len);
		buf_addch(out, 's');
	}
}

/* The word starting after the spaces at s[i], or an empty one. */
static struct word next_word(const char *s, size_t n, size_t i)
{
	struct word w = { i, i };

	while (i < n && s[i] == ' ')
		i++;
	if (i > w.start && i < n && is_letter(s[i])) {
		w.start = i;
		w.end = word_end(s, i, n);
	}
	return w;
}

/*
 * "you" at word w, the subject unless `object` (after a preposition or a
 * causative verb): turns it and the verb it governs, and returns where the
 * text goes on.
 */
static size_t reword_you(struct buf *out, const char *s, size_t n, struct word w,
		int object)
{
	size_t done = w.end;
	struct word v;

	add_cased(out, s, w.start, "the customer");
	if (object)
		return done;
	for (v = next_word(s, n, done); v.end > v.start && word_in(s, n, v, adverbs);
	     v = next_word(s, n, done)) {
		buf_add(out, s + done, v.end - done);
		done = v.end;
	}
	if (v.end == v.start || word_in(s, n, v, function_words))
		return done;
	buf_add(out, s + done, v.start - done);
	add_third_person(out, s, n, v);
	return v.end;
}

void reword_for_vendor(struct buf *out, const char *s)
{
	size_t n, i = 0, k;
	int object = 0;

	if (!s)
		return;
	n = strlen(s);
	while (i < n) {
		struct word w;

		if (!is_letter(s[i])) {
			if (s[i] != ' ')
				object = 0;
			buf_addch(out, s[i++]);
			continue;
		}
		w.start = i;
		w.end = word_end(s, i, n);
		i = w.end;
		if (word_is(s, n, w, "you")) {
			i = reword_you(out, s, n, w, object);
			object = 0;
			continue;
		}
		for (k = 0; k < ARRAY_SIZE(contracted); k++)
			if (word_is(s, n, w, contracted[k].contraction))
				break;
		if (k < ARRAY_SIZE(contracted)) {
			add_cased(out, s, w.start, "the customer");
			buf_addstr(out, contracted[k].rest);
		} else if (word_is(s, n, w, "your") || word_is(s, n, w, "yours")) {
			add_cased(out, s, w.start, "the customer's");
		} else if (word_is(s, n, w, "yourself") || word_is(s, n, w, "yourselves")) {
			add_cased(out, s, w.start, "itself");
		} else {
			buf_add(out, s + w.start, w.end - w.start);
		}
		object = word_in(s, n, w, prepositions) || word_in(s, n, w, causatives);
	}
}

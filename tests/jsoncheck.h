/*
 * jsoncheck: a strict RFC 8259 validator for the tests, with a path lookup.
 *
 * jc_validate() says whether a byte string is one valid JSON text (UTF-8
 * checked, no raw control characters in strings, no trailing bytes).
 * jc_get() validates too and finds the value at a path such as
 * "documents/0/clauses/1/line" (members by name, elements by index),
 * returning its raw JSON text.  Only the tests use this; the writers never
 * parse JSON.
 */
#ifndef AICLAUSE_TESTS_JSONCHECK_H
#define AICLAUSE_TESTS_JSONCHECK_H

#include <stdlib.h>
#include <string.h>

struct jc {
	const unsigned char *s;
	size_t len, pos;
	const char *err;
	size_t found_start, found_end;
	int found;
};

static int jc_fail(struct jc *c, const char *why)
{
	if (!c->err)
		c->err = why;
	return -1;
}

static void jc_ws(struct jc *c)
{
	while (c->pos < c->len && strchr(" \t\r\n", c->s[c->pos]) && c->s[c->pos])
		c->pos++;
}

static int jc_literal(struct jc *c, const char *word)
{
	size_t n = strlen(word);

	if (c->len - c->pos < n || memcmp(c->s + c->pos, word, n))
		return jc_fail(c, "bad literal");
	c->pos += n;
	return 0;
}

static int jc_hex4(struct jc *c, unsigned *v)
{
	size_t i;

	*v = 0;
	for (i = 0; i < 4; i++) {
		unsigned char h;

		if (c->pos >= c->len)
			return jc_fail(c, "short \\u escape");
		h = c->s[c->pos++];
		*v <<= 4;
		if (h >= '0' && h <= '9')
			*v |= h - '0';
		else if (h >= 'a' && h <= 'f')
			*v |= h - 'a' + 10;
		else if (h >= 'A' && h <= 'F')
			*v |= h - 'A' + 10;
		else
			return jc_fail(c, "bad hex digit");
	}
	return 0;
}

static int jc_utf8(struct jc *c)
{
	const unsigned char *s = c->s + c->pos;
	size_t left = c->len - c->pos, need, i;
	unsigned long cp;

	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		need = 1;
		cp = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		need = 2;
		cp = s[0] & 0x0F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		need = 3;
		cp = s[0] & 0x07;
	} else {
		return jc_fail(c, "bad UTF-8 lead byte");
	}
	if (left <= need)
		return jc_fail(c, "truncated UTF-8");
	for (i = 1; i <= need; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return jc_fail(c, "bad UTF-8 continuation");
		cp = cp << 6 | (s[i] & 0x3F);
	}
	if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
	    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return jc_fail(c, "overlong or out-of-range UTF-8");
	c->pos += need + 1;
	return 0;
}

static int jc_string(struct jc *c)
{
	if (c->pos >= c->len || c->s[c->pos] != '"')
		return jc_fail(c, "expected a string");
	c->pos++;
	for (;;) {
		unsigned char ch;

		if (c->pos >= c->len)
			return jc_fail(c, "unterminated string");
		ch = c->s[c->pos];
		if (ch == '"') {
			c->pos++;
			return 0;
		}
		if (ch < 0x20)
			return jc_fail(c, "raw control character in string");
		if (ch >= 0x80) {
			if (jc_utf8(c))
				return -1;
			continue;
		}
		c->pos++;
		if (ch != '\\')
			continue;
		if (c->pos >= c->len)
			return jc_fail(c, "unterminated escape");
		ch = c->s[c->pos++];
		if (ch == 'u') {
			unsigned v, lo;

			if (jc_hex4(c, &v))
				return -1;
			if (v >= 0xDC00 && v <= 0xDFFF)
				return jc_fail(c, "lone low surrogate");
			if (v >= 0xD800 && v <= 0xDBFF) {
				if (c->len - c->pos < 6 || c->s[c->pos] != '\\' ||
				    c->s[c->pos + 1] != 'u')
					return jc_fail(c, "lone high surrogate");
				c->pos += 2;
				if (jc_hex4(c, &lo))
					return -1;
				if (lo < 0xDC00 || lo > 0xDFFF)
					return jc_fail(c, "bad surrogate pair");
			}
		} else if (!strchr("\"\\/bfnrt", ch) || !ch) {
			return jc_fail(c, "bad escape");
		}
	}
}

static int jc_number(struct jc *c)
{
	size_t start = c->pos;

	if (c->pos < c->len && c->s[c->pos] == '-')
		c->pos++;
	if (c->pos < c->len && c->s[c->pos] == '0') {
		c->pos++;
	} else if (c->pos < c->len && c->s[c->pos] >= '1' && c->s[c->pos] <= '9') {
		while (c->pos < c->len && c->s[c->pos] >= '0' && c->s[c->pos] <= '9')
			c->pos++;
	} else {
		return jc_fail(c, "bad number");
	}
	if (c->pos < c->len && c->s[c->pos] == '.') {
		c->pos++;
		if (c->pos >= c->len || c->s[c->pos] < '0' || c->s[c->pos] > '9')
			return jc_fail(c, "bad fraction");
		while (c->pos < c->len && c->s[c->pos] >= '0' && c->s[c->pos] <= '9')
			c->pos++;
	}
	if (c->pos < c->len && (c->s[c->pos] == 'e' || c->s[c->pos] == 'E')) {
		c->pos++;
		if (c->pos < c->len && (c->s[c->pos] == '+' || c->s[c->pos] == '-'))
			c->pos++;
		if (c->pos >= c->len || c->s[c->pos] < '0' || c->s[c->pos] > '9')
			return jc_fail(c, "bad exponent");
		while (c->pos < c->len && c->s[c->pos] >= '0' && c->s[c->pos] <= '9')
			c->pos++;
	}
	return c->pos > start ? 0 : -1;
}

/* The next path component of `path` (up to '/'), its length in *n. */
static const char *jc_path_next(const char *path, size_t *n)
{
	const char *slash = strchr(path, '/');

	*n = slash ? (size_t)(slash - path) : strlen(path);
	return slash ? slash + 1 : path + *n;
}

/*
 * Parses one value.  `path` is what remains of the lookup at this value:
 * NULL when this value is not on the path, "" when it is the one wanted.
 */
static int jc_value(struct jc *c, const char *path, int depth)
{
	size_t start, n = 0;
	const char *rest = NULL;

	if (depth > 64)
		return jc_fail(c, "too deep");
	jc_ws(c);
	start = c->pos;
	if (path && *path)
		rest = jc_path_next(path, &n);
	if (c->pos >= c->len)
		return jc_fail(c, "expected a value");
	switch (c->s[c->pos]) {
	case '{':
		c->pos++;
		jc_ws(c);
		if (c->pos < c->len && c->s[c->pos] == '}') {
			c->pos++;
			break;
		}
		for (;;) {
			size_t key;
			int on_path;

			jc_ws(c);
			key = c->pos;
			if (jc_string(c))
				return -1;
			on_path = rest && c->pos - key - 2 == n &&
				  memcmp(c->s + key + 1, path, n) == 0;
			jc_ws(c);
			if (c->pos >= c->len || c->s[c->pos] != ':')
				return jc_fail(c, "expected ':'");
			c->pos++;
			if (jc_value(c, on_path ? rest : NULL, depth + 1))
				return -1;
			jc_ws(c);
			if (c->pos < c->len && c->s[c->pos] == ',') {
				c->pos++;
				continue;
			}
			if (c->pos < c->len && c->s[c->pos] == '}') {
				c->pos++;
				break;
			}
			return jc_fail(c, "expected ',' or '}'");
		}
		break;
	case '[': {
		size_t index = 0, want = (size_t)-1;

		if (rest) {
			char tmp[24];

			if (n == 0 || n >= sizeof(tmp))
				return jc_fail(c, "bad path index");
			memcpy(tmp, path, n);
			tmp[n] = '\0';
			want = (size_t)strtoul(tmp, NULL, 10);
		}
		c->pos++;
		jc_ws(c);
		if (c->pos < c->len && c->s[c->pos] == ']') {
			c->pos++;
			break;
		}
		for (;; index++) {
			if (jc_value(c, index == want ? rest : NULL, depth + 1))
				return -1;
			jc_ws(c);
			if (c->pos < c->len && c->s[c->pos] == ',') {
				c->pos++;
				continue;
			}
			if (c->pos < c->len && c->s[c->pos] == ']') {
				c->pos++;
				break;
			}
			return jc_fail(c, "expected ',' or ']'");
		}
		break;
	}
	case '"':
		if (jc_string(c))
			return -1;
		break;
	case 't':
		if (jc_literal(c, "true"))
			return -1;
		break;
	case 'f':
		if (jc_literal(c, "false"))
			return -1;
		break;
	case 'n':
		if (jc_literal(c, "null"))
			return -1;
		break;
	default:
		if (jc_number(c))
			return jc_fail(c, "unexpected character");
	}
	if (path && !*path) {
		c->found = 1;
		c->found_start = start;
		c->found_end = c->pos;
	}
	return 0;
}

static int jc_parse(struct jc *c, const char *s, size_t len, const char *path)
{
	memset(c, 0, sizeof(*c));
	c->s = (const unsigned char *)s;
	c->len = len;
	if (jc_value(c, path, 0))
		return -1;
	jc_ws(c);
	if (c->pos != c->len)
		return jc_fail(c, "trailing bytes");
	return 0;
}

/* NULL when s[0..len) is one valid JSON text, else what is wrong. */
static inline const char *jc_validate(const char *s, size_t len)
{
	struct jc c;

	if (jc_parse(&c, s, len, NULL))
		return c.err ? c.err : "invalid";
	return NULL;
}

/*
 * The raw text of the value at `path` in a malloc'd string, or NULL when the
 * text is invalid or has no such value.
 */
static inline char *jc_get(const char *s, size_t len, const char *path)
{
	struct jc c;
	char *v;

	if (jc_parse(&c, s, len, path) || !c.found)
		return NULL;
	v = malloc(c.found_end - c.found_start + 1);
	if (!v)
		return NULL;
	memcpy(v, s + c.found_start, c.found_end - c.found_start);
	v[c.found_end - c.found_start] = '\0';
	return v;
}

#endif

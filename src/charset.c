/*
 * charset: see charset.h.
 */
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "diag.h"
#include "xalloc.h"

int charset_to_utf8(struct buf *out, const char *from, const unsigned char *in, size_t len,
		    size_t unit, size_t limit, size_t *nbad, struct buf *err)
{
	char *ip = (char *)in;
	size_t ileft = len;
	iconv_t cd;
	int ret = -1;

	cd = iconv_open("UTF-8", from);
	if (cd == (iconv_t)-1) {
		buf_addf(err, "cannot convert from %s: %s", from, diag_strerror(errno));
		return -1;
	}
	buf_grow(out, len + len / 2 + 16);
	while (ileft) {
		char *op = out->ptr + out->len;
		size_t oleft = out->alloc - out->len - 1, r, skip;

		r = iconv(cd, &ip, &ileft, &op, &oleft);
		buf_setlen(out, (size_t)(op - out->ptr));
		if (out->len > limit)
			goto too_long;
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG) {
			buf_grow(out, ileft * 2 + 64);
			continue;
		}
		if (errno != EILSEQ && errno != EINVAL) {
			buf_addf(err, "cannot convert from %s: %s", from, diag_strerror(errno));
			goto cleanup;
		}
		buf_add_utf8(out, 0xFFFD);
		(*nbad)++;
		skip = ileft < unit ? ileft : unit;
		ip += skip;
		ileft -= skip;
	}
	if (out->len > limit)
		goto too_long;
	ret = 0;
	goto cleanup;
too_long:
	buf_addf(err, "text is larger than the %zu-byte limit", limit);
cleanup:
	iconv_close(cd);
	return ret;
}

size_t charset_unit(const char *name)
{
	static const struct { const char *prefix; size_t unit; } units[] = {
		{ "UTF16", 2 }, { "UCS2", 2 }, { "UNICODE", 2 }, { "CSUNICODE", 2 },
		{ "UTF32", 4 }, { "UCS4", 4 }, { "CSUCS4", 4 },
	};
	char folded[16];
	size_t i, n = 0;

	/* "UTF-16LE", "UTF16LE" and "utf_16le" alike. */
	for (; *name && n < sizeof(folded) - 1; name++)
		if (*name != '-' && *name != '_')
			folded[n++] = *name;
	folded[n] = '\0';
	for (i = 0; i < ARRAY_SIZE(units); i++)
		if (!strncasecmp(folded, units[i].prefix, strlen(units[i].prefix)))
			return units[i].unit;
	return 1;
}

/*
 * charset: see charset.h.
 */
#include <errno.h>
#include <iconv.h>

#include "charset.h"
#include "diag.h"

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

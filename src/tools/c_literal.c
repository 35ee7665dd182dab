#include "c_literal.h"

void put_c_string(FILE *out, const char *s, size_t n)
{
	size_t i;

	putc('"', out);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		/* '?' escaped: "??" could start a trigraph under -std=c11. */
		if (c == '"' || c == '\\' || c == '?')
			fprintf(out, "\\%c", c);
		else if (c >= 0x20 && c < 0x7F)
			putc(c, out);
		else
			fprintf(out, "\\%03o", c);
		if (i % 100 == 99 && i + 1 < n)
			fputs("\"\n\t\"", out);
	}
	putc('"', out);
}

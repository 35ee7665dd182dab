#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "json.h"
#include "jsoncheck.h"
#include "xalloc.h"

static void assert_escapes(const char *in, size_t len, const char *want)
{
	struct buf b = BUF_INIT;

	json_add_string(&b, in, len);
	assert_string_equal(b.ptr, want);
	assert_int_equal(b.len, strlen(want));
	assert_null(jc_validate(b.ptr, b.len));
	buf_release(&b);
}

#define ESC(lit, want) assert_escapes(lit, sizeof(lit) - 1, want)

static void test_plain_and_quotes(void **state)
{
	(void)state;
	ESC("", "\"\"");
	ESC("Vendor shall", "\"Vendor shall\"");
	ESC("say \"no\"", "\"say \\\"no\\\"\"");
	ESC("a\\b", "\"a\\\\b\"");
	ESC("a/b", "\"a/b\"");
	ESC("\x7f", "\"\x7f\"");
}

static void test_control_characters(void **state)
{
	(void)state;
	ESC("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"");
	ESC("\x01\x1f", "\"\\u0001\\u001f\"");
	ESC("a\0b", "\"a\\u0000b\"");
	ESC("\0", "\"\\u0000\"");
}

static void test_valid_utf8_kept(void **state)
{
	(void)state;
	ESC("\xc2\xa7 1.6", "\"\xc2\xa7 1.6\"");                 /* § */
	ESC("\xe2\x80\x9cquoted\xe2\x80\x9d", "\"\xe2\x80\x9cquoted\xe2\x80\x9d\"");
	ESC("\xf0\x9f\x98\x80", "\"\xf0\x9f\x98\x80\"");         /* U+1F600 */
	ESC("\xf4\x8f\xbf\xbf", "\"\xf4\x8f\xbf\xbf\"");         /* U+10FFFF */
	ESC("\xed\x9f\xbf", "\"\xed\x9f\xbf\"");                 /* U+D7FF */
}

#define FFFD "\xef\xbf\xbd"

static void test_invalid_utf8_replaced(void **state)
{
	(void)state;
	/* A lone continuation byte, a byte never valid. */
	ESC("a\x80z", "\"a" FFFD "z\"");
	ESC("\xff\xfe", "\"" FFFD FFFD "\"");
	/* Overlong encodings: C0/C1 are never valid; E0 80 is overlong. */
	ESC("\xc0\xaf", "\"" FFFD FFFD "\"");
	ESC("\xe0\x80\xaf", "\"" FFFD FFFD FFFD "\"");
	/* A surrogate encoded in UTF-8. */
	ESC("\xed\xa0\x80", "\"" FFFD FFFD FFFD "\"");
	/* Above U+10FFFF. */
	ESC("\xf4\x90\x80\x80", "\"" FFFD FFFD FFFD FFFD "\"");
	/* Truncated: the maximal subpart is one replacement. */
	ESC("\xe2\x80", "\"" FFFD "\"");
	ESC("\xe2\x80z", "\"" FFFD "z\"");
	ESC("\xf0\x9f\x98", "\"" FFFD "\"");
	/* Latin-1 text that was never converted. */
	ESC("caf\xe9 ok", "\"caf" FFFD " ok\"");
}

/* Every byte string of length 1..3 over a few nasty bytes stays valid JSON. */
static void test_every_short_byte_string_is_valid_json(void **state)
{
	static const unsigned char alphabet[] = {
		0x00, 0x09, 0x1f, '"', '\\', 'a', 0x7f, 0x80, 0xbf, 0xc2,
		0xe0, 0xed, 0xf0, 0xf4, 0xf8, 0xff, 0xa0, 0x90
	};
	size_t n = ARRAY_SIZE(alphabet), i, j, k;
	struct buf b = BUF_INIT;
	char s[3];

	(void)state;
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			for (k = 0; k < n; k++) {
				s[0] = (char)alphabet[i];
				s[1] = (char)alphabet[j];
				s[2] = (char)alphabet[k];
				buf_reset(&b);
				json_add_string(&b, s, 3);
				if (jc_validate(b.ptr, b.len))
					fail_msg("bytes %02x %02x %02x: %s",
						 alphabet[i], alphabet[j], alphabet[k],
						 jc_validate(b.ptr, b.len));
			}
	buf_release(&b);
}

static void test_cstr_null(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	json_add_cstr(&b, NULL);
	json_add_cstr(&b, "x\n");
	assert_string_equal(b.ptr, "null\"x\\n\"");
	buf_release(&b);
}

static void test_writer_pretty_layout(void **state)
{
	struct buf b = BUF_INIT;
	struct json_writer w;

	(void)state;
	json_writer_init(&w, &b);
	json_object_begin(&w);
	json_key(&w, "schema");
	json_cstr(&w, "x/1");
	json_key(&w, "n");
	json_uint(&w, 18446744073709551615ULL);
	json_key(&w, "list");
	json_array_begin(&w);
	json_uint(&w, 1);
	json_null(&w);
	json_bool(&w, 1);
	json_bool(&w, 0);
	json_object_begin(&w);
	json_key(&w, "k\"ey");
	json_string(&w, "v\0", 2);
	json_object_end(&w);
	json_array_end(&w);
	json_key(&w, "empty_a");
	json_array_begin(&w);
	json_array_end(&w);
	json_key(&w, "empty_o");
	json_object_begin(&w);
	json_object_end(&w);
	json_key(&w, "none");
	json_cstr(&w, NULL);
	json_object_end(&w);
	assert_int_equal(w.depth, 0);

	assert_string_equal(b.ptr,
		"{\n"
		"  \"schema\": \"x/1\",\n"
		"  \"n\": 18446744073709551615,\n"
		"  \"list\": [\n"
		"    1,\n"
		"    null,\n"
		"    true,\n"
		"    false,\n"
		"    {\n"
		"      \"k\\\"ey\": \"v\\u0000\"\n"
		"    }\n"
		"  ],\n"
		"  \"empty_a\": [],\n"
		"  \"empty_o\": {},\n"
		"  \"none\": null\n"
		"}");
	assert_null(jc_validate(b.ptr, b.len));
	buf_release(&b);
}

static void misuse_value_without_key(void)
{
	struct buf b = BUF_INIT;
	struct json_writer w;

	json_writer_init(&w, &b);
	json_object_begin(&w);
	json_uint(&w, 1);
}

static void misuse_wrong_close(void)
{
	struct buf b = BUF_INIT;
	struct json_writer w;

	json_writer_init(&w, &b);
	json_array_begin(&w);
	json_object_end(&w);
}

static void misuse_too_deep(void)
{
	struct buf b = BUF_INIT;
	struct json_writer w;
	int i;

	json_writer_init(&w, &b);
	for (i = 0; i <= JSON_MAX_DEPTH; i++)
		json_array_begin(&w);
}

static void misuse_close_at_top(void)
{
	struct buf b = BUF_INIT;
	struct json_writer w;

	json_writer_init(&w, &b);
	json_array_end(&w);
}

/* The writer aborts on misuse rather than write invalid JSON. */
static void assert_aborts(void (*fn)(void))
{
	int status;
	pid_t pid = fork();

	assert_true(pid >= 0);
	if (pid == 0) {
		fn();
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGABRT);
}

/*
 * Constant strings escaped once write what json_cstr writes, every time,
 * for each address on its own; hundreds of them outgrow the first table.
 */
static void test_const_strings(void **state)
{
	static char names[600][16];
	struct buf a = BUF_INIT, b = BUF_INIT;
	struct json_writer wa, wb;
	struct json_consts c = JSON_CONSTS_INIT;
	const char *quoted = "say \"no\"\n";
	char twin[16];
	size_t i, round;

	(void)state;
	memcpy(twin, quoted, strlen(quoted) + 1);
	json_writer_init(&wa, &a);
	json_writer_init(&wb, &b);
	json_array_begin(&wa);
	json_array_begin(&wb);
	for (i = 0; i < 600; i++)
		snprintf(names[i], sizeof(names[i]), "item \t%zu", i);
	for (round = 0; round < 2; round++) {
		json_cstr(&wa, quoted);
		json_const_cstr(&wb, &c, quoted);
		json_cstr(&wa, twin);
		json_const_cstr(&wb, &c, twin);
		json_cstr(&wa, NULL);
		json_const_cstr(&wb, &c, NULL);
		for (i = 0; i < 600; i++) {
			json_cstr(&wa, names[i]);
			json_const_cstr(&wb, &c, names[i]);
		}
	}
	json_array_end(&wa);
	json_array_end(&wb);
	assert_string_equal(a.ptr, b.ptr);
	assert_null(jc_validate(b.ptr, b.len));
	assert_int_equal(c.nused, 602);
	json_consts_release(&c);
	json_consts_release(&c);
	buf_release(&a);
	buf_release(&b);
}

static void test_writer_misuse_aborts(void **state)
{
	(void)state;
	assert_aborts(misuse_value_without_key);
	assert_aborts(misuse_wrong_close);
	assert_aborts(misuse_too_deep);
	assert_aborts(misuse_close_at_top);
}

/* The validator itself must reject what it should, or the tests prove little. */
static void test_validator_rejects(void **state)
{
	static const char *const bad[] = {
		"", "{", "[1,]", "{\"a\" 1}", "{\"a\":1,}", "\"\x01\"", "\"\xff\"",
		"01", "1.", "-", "tru", "\"\\x\"", "\"\\ud800\"", "[] []", "{a:1}",
		"\"\xc0\xaf\"", "\"\xed\xa0\x80\"",
	};
	static const char *const good[] = {
		"0", "-1.5e+3", "\"\\ud83d\\ude00\"", " [ {} , [] , null ] ",
		"{\"a\":{\"b\":[true,false]}}",
	};
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(bad); i++)
		if (!jc_validate(bad[i], strlen(bad[i])))
			fail_msg("accepted %s", bad[i]);
	for (i = 0; i < ARRAY_SIZE(good); i++)
		if (jc_validate(good[i], strlen(good[i])))
			fail_msg("rejected %s", good[i]);
}

static void test_validator_lookup(void **state)
{
	const char *doc = "{\"a\":[1,{\"b\":\"x\"}],\"c\":null,\"ab\":2}";
	char *v;

	(void)state;
	v = jc_get(doc, strlen(doc), "a/1/b");
	assert_string_equal(v, "\"x\"");
	free(v);
	v = jc_get(doc, strlen(doc), "ab");
	assert_string_equal(v, "2");
	free(v);
	assert_null(jc_get(doc, strlen(doc), "a/2"));
	assert_null(jc_get(doc, strlen(doc), "d"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_and_quotes),
		cmocka_unit_test(test_control_characters),
		cmocka_unit_test(test_valid_utf8_kept),
		cmocka_unit_test(test_invalid_utf8_replaced),
		cmocka_unit_test(test_every_short_byte_string_is_valid_json),
		cmocka_unit_test(test_cstr_null),
		cmocka_unit_test(test_writer_pretty_layout),
		cmocka_unit_test(test_const_strings),
		cmocka_unit_test(test_writer_misuse_aborts),
		cmocka_unit_test(test_validator_rejects),
		cmocka_unit_test(test_validator_lookup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

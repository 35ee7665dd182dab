#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "buf.h"
#include "walk.h"
#include "xalloc.h"

static char root[64];

static void touch(const char *rel)
{
	char path[256];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", root, rel);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs("x\n", fp);
	fclose(fp);
}

static void dir(const char *rel)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/%s", root, rel);
	assert_int_equal(mkdir(path, 0700), 0);
}

static int setup(void **state)
{
	char path[256], target[256];

	(void)state;
	snprintf(root, sizeof(root), "/tmp/aiclause-walk-XXXXXX");
	assert_non_null(mkdtemp(root));
	dir("b");
	dir("b/sub");
	dir(".git");
	dir("a");
	touch("b/z.txt");
	touch("b/A.DOCX");
	touch("b/sub/terms.md");
	touch("b/sub/scan.pdf");
	touch("b/.hidden.txt");
	touch(".git/x.txt");
	touch("a/1.docm");
	touch("a/notes");
	touch("a/.txt");
	touch("top.text");
	snprintf(path, sizeof(path), "%s/b/link.txt", root);
	snprintf(target, sizeof(target), "%s/top.text", root);
	assert_int_equal(symlink(target, path), 0);
	snprintf(path, sizeof(path), "%s/b/loop", root);
	assert_int_equal(symlink(root, path), 0);
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	assert_int_equal(system(cmd), 0);
	return 0;
}

/* The walk's paths below root, "|"-joined. */
static void relative(const struct walk_list *l, struct buf *out)
{
	size_t i, k = strlen(root) + 1;

	buf_reset(out);
	for (i = 0; i < l->n; i++) {
		if (i)
			buf_addch(out, '|');
		buf_addstr(out, strncmp(l->paths[i], root, k - 1) ? l->paths[i] : l->paths[i] + k);
		if (l->why[i])
			buf_addf(out, " (%s)", l->why[i]);
	}
}

static void test_walk_takes_contracts_in_order(void **state)
{
	struct walk_list l;
	struct buf got = BUF_INIT;
	const char *paths[1] = { root };

	(void)state;
	memset(&l, 0, sizeof(l));
	assert_int_equal(walk_collect(&l, paths, 1), 0);
	relative(&l, &got);
	/*
	 * Byte order of names at each level; hidden entries, links, files of
	 * other kinds and a bare ".txt" left out.
	 */
	assert_string_equal(got.ptr, "a/1.docm|b/A.DOCX|b/sub/terms.md|b/z.txt|top.text");
	walk_release(&l);
	buf_release(&got);
}

static void test_named_files_are_taken_and_missing_ones_counted(void **state)
{
	struct walk_list l;
	struct buf got = BUF_INIT;
	char pdf[256], missing[256];
	const char *paths[2] = { pdf, missing };

	(void)state;
	snprintf(pdf, sizeof(pdf), "%s/b/sub/scan.pdf", root);
	snprintf(missing, sizeof(missing), "%s/none", root);
	memset(&l, 0, sizeof(l));
	assert_int_equal(walk_collect(&l, paths, 2), 1);
	relative(&l, &got);
	/*
	 * Named, it is taken whatever its name: the loader says what it is.
	 * The missing one is listed in its place, with the reason.
	 */
	assert_string_equal(got.ptr, "b/sub/scan.pdf|none (no such file or directory)");
	walk_release(&l);
	buf_release(&got);
}

static void test_names(void **state)
{
	(void)state;
	assert_true(walk_takes_name("x.txt"));
	assert_true(walk_takes_name("Contract.DocX"));
	assert_true(walk_takes_name("t.markdown"));
	assert_false(walk_takes_name(".txt"));
	assert_false(walk_takes_name("x.pdf"));
	assert_false(walk_takes_name("x.doc"));
	assert_false(walk_takes_name("txt"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_walk_takes_contracts_in_order),
		cmocka_unit_test(test_named_files_are_taken_and_missing_ones_counted),
		cmocka_unit_test(test_names),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "diag.h"
#include "waiver.h"
#include "xalloc.h"

static struct checklist_item items[] = {
	{ .id = "no-training", .area = "data" },
	{ .id = "escrow", .area = "exit" },
};

static void set_rules(struct ruleset *rs)
{
	memset(rs, 0, sizeof(*rs));
	rs->items = items;
	rs->nitems = ARRAY_SIZE(items);
}

/* Writes `text` to a fresh temporary file; the caller unlinks it. */
static char *temp_file(const char *text, size_t len)
{
	char *path = xstrdup("/tmp/aiclause-waiver-XXXXXX");
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, len), (ssize_t)len);
	close(fd);
	return path;
}

static int load_text(struct waivers *w, const char *text)
{
	struct ruleset rs;
	char *path = temp_file(text, strlen(text));
	int ret;

	set_rules(&rs);
	ret = waivers_load(w, path, &rs);
	unlink(path);
	free(path);
	return ret;
}

static void test_waivers_cover_their_files_until_they_expire(void **state)
{
	struct waivers w = WAIVERS_INIT;
	const struct waiver *on, *expired;

	(void)state;
	assert_int_equal(load_text(&w,
		"# accepted deviations\n"
		"waivers:\n"
		"  - item: no-training\n"
		"    files: [contracts/acme-*.docx, 'legacy/*']\n"
		"    reason: Accepted by Legal, LEG-142\n"
		"    expires: 2027-06-30\n"
		"  - item: escrow\n"
		"    reason: no escrow agent in this market\n"
		"  - item: escrow\n"
		"    files: old/*.docx\n"
		"    reason: was accepted\n"
		"    expires: 2020-01-31\n"), 0);
	assert_int_equal(w.n, 3);
	assert_int_equal(w.v[0].line, 3);

	on = waivers_find(&w, "no-training", "contracts/acme-2026.docx", "2026-11-24", &expired);
	assert_non_null(on);
	assert_string_equal(on->reason, "Accepted by Legal, LEG-142");
	assert_null(expired);
	/* "*" crosses "/". */
	assert_non_null(waivers_find(&w, "no-training", "legacy/a/b.txt", "2026-11-24", NULL));
	/* Another file, another item. */
	assert_null(waivers_find(&w, "no-training", "contracts/other.docx", "2026-11-24", NULL));
	/* Covered on its last day, not after. */
	assert_non_null(waivers_find(&w, "no-training", "contracts/acme-1.docx", "2027-06-30", NULL));
	assert_null(waivers_find(&w, "no-training", "contracts/acme-1.docx", "2027-07-01", &expired));
	assert_ptr_equal(expired, &w.v[0]);
	/* No files: every file; the unexpired one wins over the expired. */
	on = waivers_find(&w, "escrow", "old/x.docx", "2026-11-24", &expired);
	assert_ptr_equal(on, &w.v[1]);
	assert_null(expired);
	/* No waivers at all. */
	assert_null(waivers_find(NULL, "escrow", "x", "2026-11-24", &expired));
	assert_null(expired);
	waivers_release(&w);
}

static void test_bad_waivers_fail_whole(void **state)
{
	static const char *const bad[] = {
		"waivers:\n  - item: no-such-item\n    reason: x\n",
		"waivers:\n  - item: escrow\n",
		"waivers:\n  - item: escrow\n    reason: ''\n",
		"waivers:\n  - item: escrow\n    reason: x\n    expires: 2027-13-01\n",
		"waivers:\n  - item: escrow\n    reason: x\n    expires: 30/06/2027\n",
		/* Shaped like dates, but no day of the calendar. */
		"waivers:\n  - item: escrow\n    reason: x\n    expires: 2030-02-30\n",
		"waivers:\n  - item: escrow\n    reason: x\n    expires: 2030-04-31\n",
		"waivers:\n  - item: escrow\n    reason: x\n    expires: 2023-02-29\n",
		"waivers:\n  - item: escrow\n    reason: x\n    expires: 1900-02-29\n",
		"waivers:\n  - item: escrow\n    reason: x\n    expires: 2030-00-10\n",
		"waivers:\n  - item: escrow\n    reason: x\n    colour: red\n",
		"waivers:\n  - item: escrow\n    reason: x\n    files: []\n",
		"waivers:\n  - item: escrow\n    reason: [x]\n",
		"waivers:\n  item: escrow\n",
		"waiver:\n  - item: escrow\n    reason: x\n",
		"- item: escrow\n",
		"waivers: [\n",
		/* A good waiver does not save a file with a bad one. */
		"waivers:\n  - item: escrow\n    reason: x\n  - item: nope\n    reason: y\n",
	};
	struct waivers w = WAIVERS_INIT;
	size_t i;

	(void)state;
	diag_set_quiet(0);
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		if (load_text(&w, bad[i]) != -1)
			fail_msg("loaded: %s", bad[i]);
		assert_int_equal(w.n, 0);
		waivers_release(&w);
	}
	/* An empty file waives nothing, and is no error. */
	assert_int_equal(load_text(&w, ""), 0);
	assert_int_equal(w.n, 0);
	waivers_release(&w);
}

static void test_missing_and_huge_files_fail(void **state)
{
	struct ruleset rs;
	struct waivers w = WAIVERS_INIT;
	char *big, *path;

	(void)state;
	set_rules(&rs);
	assert_int_equal(waivers_load(&w, "/nonexistent/waivers.yaml", &rs), -1);
	big = xmalloc(WAIVERS_MAX_FILE + 10);
	memset(big, '#', WAIVERS_MAX_FILE + 10);
	path = temp_file(big, WAIVERS_MAX_FILE + 10);
	assert_int_equal(waivers_load(&w, path, &rs), -1);
	assert_int_equal(w.n, 0);
	waivers_release(&w);
	unlink(path);
	free(path);
	free(big);
}

/* Leap days are days; "./" and doubled slashes do not part a path from its pattern. */
static void test_dates_and_paths_as_written(void **state)
{
	struct waivers w = WAIVERS_INIT;

	(void)state;
	assert_int_equal(load_text(&w,
		"waivers:\n"
		"  - item: escrow\n    reason: x\n    expires: 2024-02-29\n    files: c1.txt\n"
		"  - item: escrow\n    reason: y\n    expires: 2000-02-29\n"
		"    files: ./deals//acme-*.docx\n"), 0);
	assert_int_equal(w.n, 2);
	assert_true(waiver_covers(&w.v[0], "c1.txt"));
	assert_true(waiver_covers(&w.v[0], "./c1.txt"));
	assert_true(waiver_covers(&w.v[0], "././c1.txt"));
	assert_false(waiver_covers(&w.v[0], "a/c1.txt"));
	assert_false(waiver_covers(&w.v[0], "c1.txt.bak"));
	assert_true(waiver_covers(&w.v[1], "deals/acme-1.docx"));
	assert_true(waiver_covers(&w.v[1], "./deals/./acme-1.docx"));
	assert_true(waiver_covers(&w.v[1], "deals///acme-1.docx"));
	assert_false(waiver_covers(&w.v[1], "other/acme-1.docx"));
	waivers_release(&w);
}

/* An expired waiver before one that covers: covered, and no expiry to warn of. */
static void test_a_live_waiver_after_an_expired_one(void **state)
{
	struct waivers w = WAIVERS_INIT;
	const struct waiver *on, *expired;

	(void)state;
	assert_int_equal(load_text(&w,
		"waivers:\n"
		"  - item: escrow\n    reason: old\n    expires: 2020-01-31\n"
		"  - item: escrow\n    reason: renewed\n    expires: 2030-01-31\n"), 0);
	on = waivers_find(&w, "escrow", "x.docx", "2026-11-24", &expired);
	assert_ptr_equal(on, &w.v[1]);
	assert_null(expired);
	waivers_release(&w);
}

/* Two files add up, each waiver naming its own; a bad second file adds nothing. */
static void test_several_files_add_up(void **state)
{
	struct waivers w = WAIVERS_INIT;

	(void)state;
	diag_set_quiet(0);
	assert_int_equal(load_text(&w, "waivers:\n  - item: escrow\n    reason: team\n"), 0);
	assert_int_equal(load_text(&w, "\nwaivers:\n  - item: no-training\n    reason: project\n"), 0);
	assert_int_equal(w.n, 2);
	assert_string_equal(w.v[0].reason, "team");
	assert_string_equal(w.v[1].reason, "project");
	assert_int_equal(w.v[1].line, 3);
	assert_string_not_equal(w.v[0].path, w.v[1].path);
	assert_int_equal(load_text(&w, "waivers:\n  - item: escrow\n    reason: z\n"
				      "  - item: nope\n    reason: z\n"), -1);
	assert_int_equal(w.n, 2);
	assert_non_null(waivers_find(&w, "no-training", "x", "2026-11-24", NULL));
	waivers_release(&w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_waivers_cover_their_files_until_they_expire),
		cmocka_unit_test(test_bad_waivers_fail_whole),
		cmocka_unit_test(test_missing_and_huge_files_fail),
		cmocka_unit_test(test_dates_and_paths_as_written),
		cmocka_unit_test(test_a_live_waiver_after_an_expired_one),
		cmocka_unit_test(test_several_files_add_up),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "pool.h"
#include "xalloc.h"

#define N 200

struct run {
	size_t delivered[N + 1];
	size_t ndelivered;
	size_t last_progress;
	unsigned max_worker;          /* touched by the delivering thread only */
};

struct result {
	size_t value;
	unsigned worker;
};

static void *work(void *arg, unsigned worker, size_t i)
{
	struct result *res = xmalloc(sizeof(*res));
	/* Uneven work, so that later indices often finish first. */
	struct timespec pause = { 0, (long)((i * 7919) % 13) * 100000L };

	(void)arg;
	nanosleep(&pause, NULL);
	res->value = i * 3;
	res->worker = worker;
	return res;
}

static void deliver(void *arg, size_t i, void *result)
{
	struct run *r = arg;
	struct result *res = result;

	assert_int_equal(res->value, i * 3);
	if (res->worker > r->max_worker)
		r->max_worker = res->worker;
	r->delivered[r->ndelivered++] = i;
	free(res);
}

static void progress(void *arg, size_t done, size_t n)
{
	struct run *r = arg;

	assert_int_equal(n, N);
	assert_int_equal(done, r->ndelivered);
	assert_true(done > r->last_progress);
	r->last_progress = done;
}

static void check_in_order(const struct run *r, size_t n)
{
	size_t i;

	assert_int_equal(r->ndelivered, n);
	for (i = 0; i < n; i++)
		assert_int_equal(r->delivered[i], i);
}

/* Whatever the order work finishes in, delivery is in index order, each once. */
static void test_delivers_in_order(void **state)
{
	static const struct pool_ops ops = { work, deliver, progress };
	static const unsigned jobs[] = { 1, 2, 4, 16 };
	size_t k;

	(void)state;
	for (k = 0; k < sizeof(jobs) / sizeof(jobs[0]); k++) {
		struct run *r = xcalloc(1, sizeof(*r));

		pool_run(&ops, r, N, jobs[k], 2 * (size_t)jobs[k]);
		check_in_order(r, N);
		assert_int_equal(r->last_progress, N);
		assert_true(r->max_worker < jobs[k]);
		free(r);
	}
}

/* A window smaller than the jobs, no work at all, and more jobs than work. */
static void test_edges(void **state)
{
	static const struct pool_ops ops = { work, deliver, NULL };
	struct run *r = xcalloc(1, sizeof(*r));

	(void)state;
	pool_run(&ops, r, 0, 8, 8);
	assert_int_equal(r->ndelivered, 0);
	pool_run(&ops, r, 3, 8, 1);
	check_in_order(r, 3);
	free(r);
	assert_true(pool_cpus() >= 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_delivers_in_order),
		cmocka_unit_test(test_edges),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

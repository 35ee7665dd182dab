/*
 * pool: an ordered parallel map over a batch of documents.
 *
 * pool_run() calls work(arg, worker, i) for every i in 0..n-1 on up to
 * `jobs` threads (`worker` numbers the thread, 0..jobs-1, for per-thread
 * state such as an engine), and deliver(arg, i, result) on the calling thread in index
 * order, each as soon as it and every earlier one are done: output keeps the
 * order of the input however the work interleaves, and the first result is
 * written while the rest are still being worked on.  At most `window`
 * results wait to be delivered (window >= jobs), so a batch of any size
 * holds a bounded number of documents in memory.  With jobs <= 1 (or n <=
 * 1) everything runs on the calling thread, no thread is started.
 *
 * work() must be safe to call from several threads at once with different
 * i; deliver() never runs concurrently with itself.  Results are the
 * caller's: deliver() owns each one it is given.  progress(arg, done, n),
 * when not NULL, is called on the calling thread after each delivery.
 * Thread creation failing falls back to fewer threads (at least the calling
 * one), never to an error.
 */
#ifndef AICLAUSE_POOL_H
#define AICLAUSE_POOL_H

#include <stddef.h>

struct pool_ops {
	void *(*work)(void *arg, unsigned worker, size_t index);
	void (*deliver)(void *arg, size_t index, void *result);
	void (*progress)(void *arg, size_t done, size_t n);
};

void pool_run(const struct pool_ops *ops, void *arg, size_t n, unsigned jobs,
		size_t window);

/* The processors online, at least 1. */
unsigned pool_cpus(void);

#endif

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "pool.h"
#include "xalloc.h"

struct pool {
	const struct pool_ops *ops;
	unsigned workers;              /* numbered as they start */
	void *arg;
	size_t n, window;
	pthread_mutex_t lock;
	pthread_cond_t changed;        /* a result is done, or room opened */
	size_t next_work;              /* the next index to hand out */
	size_t next_deliver;           /* the next index to deliver */
	void **results;                /* by index modulo window */
	unsigned char *done;           /* likewise */
};

/*
 * Workers take the next index while it is within the window past the
 * next delivery, so a slow document holds back at most `window` others.
 */
static void *worker(void *p_)
{
	struct pool *p = p_;
	unsigned me;

	pthread_mutex_lock(&p->lock);
	me = p->workers++;
	for (;;) {
		size_t i;
		void *r;

		while (p->next_work < p->n && p->next_work >= p->next_deliver + p->window)
			pthread_cond_wait(&p->changed, &p->lock);
		if (p->next_work >= p->n)
			break;
		i = p->next_work++;
		pthread_mutex_unlock(&p->lock);
		r = p->ops->work(p->arg, me, i);
		pthread_mutex_lock(&p->lock);
		p->results[i % p->window] = r;
		p->done[i % p->window] = 1;
		pthread_cond_broadcast(&p->changed);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

static void run_here(const struct pool_ops *ops, void *arg, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		ops->deliver(arg, i, ops->work(arg, 0, i));
		if (ops->progress)
			ops->progress(arg, i + 1, n);
	}
}

void pool_run(const struct pool_ops *ops, void *arg, size_t n, unsigned jobs,
		size_t window)
{
	struct pool p;
	pthread_t *threads;
	unsigned started = 0, t;

	if (jobs > n)
		jobs = (unsigned)n;
	if (jobs <= 1) {
		run_here(ops, arg, n);
		return;
	}
	if (window < jobs)
		window = jobs;
	p.ops = ops;
	p.arg = arg;
	p.n = n;
	p.window = window;
	p.next_work = p.next_deliver = 0;
	p.workers = 0;
	p.results = xcalloc(window, sizeof(*p.results));
	p.done = xcalloc(window, 1);
	pthread_mutex_init(&p.lock, NULL);
	pthread_cond_init(&p.changed, NULL);
	threads = xcalloc(jobs, sizeof(*threads));
	for (t = 0; t < jobs; t++)
		if (pthread_create(&threads[started], NULL, worker, &p) == 0)
			started++;
	if (!started) {
		/* No thread at all: the calling thread does the work. */
		run_here(ops, arg, n);
	} else {
		pthread_mutex_lock(&p.lock);
		while (p.next_deliver < n) {
			size_t slot = p.next_deliver % window;
			void *r;

			while (!p.done[slot])
				pthread_cond_wait(&p.changed, &p.lock);
			r = p.results[slot];
			p.done[slot] = 0;
			p.results[slot] = NULL;
			p.next_deliver++;
			/* Room for one more in the window. */
			pthread_cond_broadcast(&p.changed);
			pthread_mutex_unlock(&p.lock);
			ops->deliver(arg, p.next_deliver - 1, r);
			if (ops->progress)
				ops->progress(arg, p.next_deliver, n);
			pthread_mutex_lock(&p.lock);
		}
		pthread_mutex_unlock(&p.lock);
	}
	for (t = 0; t < started; t++)
		pthread_join(threads[t], NULL);
	free(threads);
	pthread_cond_destroy(&p.changed);
	pthread_mutex_destroy(&p.lock);
	free(p.results);
	free(p.done);
}

unsigned pool_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (unsigned)n : 1;
}

/*
** gil.c: the global interpreter lock and thread start-up (gil.h).
** CPython 3.11's design: a mutex and a condition guard `locked`; a thread that finds the lock
** taken waits on the condition for one switch interval, and if no switch happened meanwhile it
** sets the drop request (and rt_eval_breaker); the holder, at its next check, releases the lock
** and waits until some other thread took it (so it cannot take it straight back), then queues
** again. Threads park with the collector (gc_thread_park) whenever they let go, so the holder's
** collections scan their stacks.
*/
#define _GNU_SOURCE /* pthread_attr_setstacksize */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "runtime/exc.h"
#include "runtime/gil.h"

volatile int rt_eval_breaker;

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cond;      /* `locked` became false */
    pthread_cond_t switched;  /* `switches` advanced */
    bool on;                  /* a second thread was started: the lock is real */
    bool locked;
    bool finalizing;          /* rt_gil_finalize: the main thread keeps the lock */
    volatile int drop_request;
    uint64_t switches;        /* times the lock changed hands */
    long interval_ns;
    size_t nthreads;          /* thread states besides the main thread's */
    rt_thread_t *main;
    bool (*volatile interrupt)(void);
} gil = {
    .mu = PTHREAD_MUTEX_INITIALIZER,
    .cond = PTHREAD_COND_INITIALIZER,
    .switched = PTHREAD_COND_INITIALIZER,
    .interval_ns = 5000000,
};

static void update_breaker(void)
{
    __atomic_store_n(&rt_eval_breaker, gil.drop_request || gil.interrupt != NULL,
                     __ATOMIC_RELAXED);
}

/* Waits for the lock; asks the holder to let go after each interval without a switch. */
static void take(void)
{
    pthread_mutex_lock(&gil.mu);
    while (gil.locked) {
        uint64_t seen = gil.switches;
        struct timespec dl;
        clock_gettime(CLOCK_REALTIME, &dl);
        dl.tv_nsec += gil.interval_ns;
        dl.tv_sec += dl.tv_nsec / 1000000000;
        dl.tv_nsec %= 1000000000;
        if (pthread_cond_timedwait(&gil.cond, &gil.mu, &dl) == ETIMEDOUT && gil.locked &&
            gil.switches == seen) {
            gil.drop_request = 1;
            update_breaker();
        }
    }
    gil.locked = true;
    gil.switches++;
    if (gil.drop_request) {
        gil.drop_request = 0;
        update_breaker();
    }
    pthread_cond_broadcast(&gil.switched);
    pthread_mutex_unlock(&gil.mu);
}

/* Lets go of the lock; `forced` (a waiter asked): returns once another thread has taken it. */
static void drop(bool forced)
{
    pthread_mutex_lock(&gil.mu);
    gil.locked = false;
    pthread_cond_signal(&gil.cond);
    if (forced) {
        uint64_t seen = gil.switches;
        while (gil.switches == seen)
            pthread_cond_wait(&gil.switched, &gil.mu);
    }
    pthread_mutex_unlock(&gil.mu);
}

rt_thread_t *rt_gil_release(void)
{
    if (!gil.on || gil.finalizing)
        return NULL;
    gc_thread_park();
    drop(false);
    return rt_ts;
}

void rt_gil_acquire(rt_thread_t *ts)
{
    if (!ts)
        return;
    int e = errno;
    take();
    gc_thread_unpark();
    errno = e;
}

bool rt_eval_break(void)
{
    if (gil.drop_request && gil.on && !gil.finalizing) {
        gc_thread_park();
        drop(true);
        take();
        gc_thread_unpark();
    }
    bool (*hook)(void) = gil.interrupt;
    if (hook && rt_ts == gil.main) {
        gil.interrupt = NULL;
        update_breaker();
        return hook();
    }
    return true;
}

double rt_gil_interval(void)
{
    return (double)gil.interval_ns / 1e9;
}

void rt_gil_set_interval(double seconds)
{
    long ns = (long)(seconds * 1e9);
    gil.interval_ns = ns < 1000 ? 1000 : ns; /* a timed wait needs some time to wait */
}

void rt_gil_finalize(void)
{
    gil.finalizing = true;
}

bool rt_gil_finalizing(void)
{
    return gil.finalizing;
}

void rt_gil_interrupt_main(bool (*hook)(void))
{
    if (!gil.main)
        gil.main = rt_ts;
    gil.interrupt = hook;
    update_breaker();
}

size_t rt_thread_count(void)
{
    return gil.nthreads + 1;
}

rt_thread_t *rt_thread_main(void)
{
    return gil.main ? gil.main : rt_ts;
}

/* ---- Thread start-up ---- */

typedef struct boot {
    void (*body)(void *arg);
    void *arg;
} boot_t;

/* The C stack's margin below which a VM re-entered from C raises its recursion error. */
#define CSTACK_MARGIN ((size_t)256 << 10)

static void *thread_main(void *p)
{
    boot_t b = *(boot_t *)p;
    free(p);
    take();
    rt_thread_t *ts = rt_thread_init(0);
    gc_thread_register(&ts->gc);
    size_t size = ts->gc.stack_hi - ts->gc.stack_lo;
    ts->cstack_floor = (char *)ts->gc.stack_lo + (size > 2 * CSTACK_MARGIN ? CSTACK_MARGIN
                                                                            : size / 2);
    gil.nthreads++;
    b.body(b.arg);
    gil.nthreads--;
    gc_thread_unregister(&ts->gc);
    rt_thread_fini();
    drop(false);
    return NULL;
}

uint64_t rt_thread_spawn(void (*body)(void *arg), void *arg, size_t stack_size)
{
    boot_t *b = malloc(sizeof *b);
    pthread_attr_t attr;
    if (!b || pthread_attr_init(&attr) != 0) {
        free(b);
        errno = ENOMEM;
        return 0;
    }
    *b = (boot_t){body, arg};
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int err = pthread_attr_setstacksize(&attr, stack_size ? stack_size : (size_t)8 << 20);
    if (!gil.on) {
        gil.main = rt_ts;
        gil.locked = true;
        gil.on = true;
    }
    pthread_t th;
    if (!err)
        err = pthread_create(&th, &attr, thread_main, b);
    pthread_attr_destroy(&attr);
    if (err) {
        free(b);
        errno = err;
        return 0;
    }
    return (uint64_t)th;
}

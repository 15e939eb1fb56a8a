/*
** test_gil.c: the global interpreter lock and threads (runtime/gil.h, gc/thread.c): threads made
** by rt_thread_spawn run one at a time, hand the lock over when rt_eval_breaker asks and around
** blocking calls (RT_ALLOW_THREADS), allocate and collect, and objects that a parked thread holds
** only in its C stack or registers survive the other threads' collections.
*/
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "runtime/rt.h"
#include "tests/unit/runtime/exectest.h"
#include "tests/unit/unit.h"

enum { NTHREADS = 4, ROUNDS = 200 };

static int inside;           /* threads between the checks of one round: must stay 0 or 1 */
static int overlaps;         /* rounds that saw another thread inside */
static int done, ok_threads;
static uint64_t idents[NTHREADS];

/* A string made from the thread and round numbers, the way a check recomputes it. */
static rt_str_t *label(int k, int round)
{
    char buf[64];
    snprintf(buf, sizeof buf, "thread %d round %d padding to fill a line", k, round);
    return rt_str_from_cstr(buf);
}

static bool same(const rt_str_t *s, int k, int round)
{
    char buf[64];
    snprintf(buf, sizeof buf, "thread %d round %d padding to fill a line", k, round);
    return s->len == (int64_t)strlen(buf) && memcmp(s->data, buf, (size_t)s->len) == 0;
}

static void body(void *arg)
{
    int k = (int)(intptr_t)arg;
    idents[k] = rt_ts->ident;
    rt_str_t *first = label(k, -1); /* held in a C local for the whole run */
    bool ok = true;
    for (int r = 0; r < ROUNDS; r++) {
        if (++inside != 1)
            overlaps++;
        rt_str_t *s = label(k, r);
        rt_vec_t *v = rt_vec_new(4);
        for (int j = 0; j < 8; j++)
            rt_vec_append(v, rt_from_ptr(label(k, r * 100 + j)));
        if (r % 50 == 0)
            gc_collect(GC_MAJOR);
        ok = ok && same(s, k, r) && same(rt_ptr(rt_vec_get(v, 7)), k, r * 100 + 7);
        inside--;
        if (r % 20 == 0)
            RT_ALLOW_THREADS(usleep(200));
        else if (rt_eval_breaker)
            ok = rt_eval_break() && ok;
    }
    ok = ok && same(first, k, -1);
    ok_threads += ok;
    done++;
}

static void test_threads_take_turns(void)
{
    rt_str_t *mine = label(99, 99);
    size_t before = rt_thread_count();
    for (int k = 0; k < NTHREADS; k++)
        CU_ASSERT_FATAL(rt_thread_spawn(body, (void *)(intptr_t)k, 0) != 0);
    while (done < NTHREADS)
        RT_ALLOW_THREADS(usleep(1000));
    CU_ASSERT_EQUAL(overlaps, 0);
    CU_ASSERT_EQUAL(ok_threads, NTHREADS);
    CU_ASSERT(same(mine, 99, 99));
    for (int k = 0; k < NTHREADS; k++)
        CU_ASSERT(idents[k] != 0 && idents[k] != rt_ts->ident);
    while (rt_thread_count() != before) /* the last ones may still be unwinding */
        RT_ALLOW_THREADS(usleep(1000));
    CU_ASSERT_EQUAL(gc_thread_count(), 1);
}

static void test_switch_interval(void)
{
    double old = rt_gil_interval();
    CU_ASSERT_DOUBLE_EQUAL(old, 0.005, 1e-12); /* CPython's sys.getswitchinterval() default */
    rt_gil_set_interval(0.001);
    CU_ASSERT_DOUBLE_EQUAL(rt_gil_interval(), 0.001, 1e-12);
    rt_gil_set_interval(old);
}

UNIT_SUITE(gil, exectest_setup, NULL, UNIT_TEST(test_switch_interval), UNIT_TEST(test_threads_take_turns))

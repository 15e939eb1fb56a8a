/*
** thread.c: the thread state and runtime start-up (thread.h).
** The frame stack is an anonymous mapping reserved at thread start (MAP_NORESERVE: pages cost
** memory only once touched); the collector learns its live extent through a root scanner, and the
** pending exception through two registered root words.
*/
#define _GNU_SOURCE /* gettid */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "runtime/exc.h"
#include "runtime/frame.h"
#include "runtime/log.h"
#include "runtime/thread.h"

__thread rt_thread_t *rt_ts;

/* The frame stack's live part, [stack_base, stack_top): frames of both languages, scanned word by
** word as the C stack is (headers hold pc/depth words, value stacks hold stale words above their
** depth: conservative scanning takes both in its stride). */
static void scan_frames(gc_tracer_t *tracer, void *data)
{
    rt_thread_t *ts = data;
    gc_visit_conservative(tracer, ts->stack_base, ts->stack_top);
    rt_frame_scan_owned(tracer, ts->frame);
}

_Static_assert(offsetof(rt_thread_t, exc_tb) == offsetof(rt_thread_t, exc) + sizeof(rt_value_t),
               "the two root words of the thread state must be adjacent");

rt_thread_t *rt_thread_init(size_t frame_stack_bytes)
{
    size_t size = frame_stack_bytes ? frame_stack_bytes : RT_FRAME_STACK_DEFAULT;
    size = (size + 4095) & ~(size_t)4095;
    rt_thread_t *ts = calloc(1, sizeof *ts);
    void *stack = mmap(NULL, size, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (!ts || stack == MAP_FAILED) {
        fprintf(stderr, "pyhyp: cannot reserve a frame stack of %zu bytes\n", size);
        abort();
    }
    ts->stack_base = stack;
    ts->stack_top = stack;
    ts->stack_limit = ts->stack_base + size;
    ts->stack_size = size;
    for (int lang = 0; lang < RT_LANG_COUNT; lang++)
        ts->limit[lang] = UINT32_MAX;
    ts->limit[RT_LANG_PY] = RT_PY_RECURSION_LIMIT;
    struct rlimit rl; /* the C stack: its limit below the current frame, minus a safety margin */
    size_t cstack = getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY
                        ? (size_t)rl.rlim_cur
                        : (size_t)8 << 20;
    size_t margin = (size_t)256 << 10;
    ts->cstack_floor = (char *)__builtin_frame_address(0) - (cstack > 2 * margin ? cstack - margin
                                                                                   : cstack / 2);
    ts->ident = (uint64_t)pthread_self();
    ts->native_id = gettid();
    gc_root_add(&ts->exc, 2);
    gc_root_scanner_add(scan_frames, ts);
    rt_ts = ts;
    return ts;
}

void rt_thread_fini(void)
{
    rt_thread_t *ts = rt_ts;
    if (!ts)
        return;
    gc_root_scanner_remove(scan_frames, ts);
    gc_root_remove(&ts->exc);
    munmap(ts->stack_base, ts->stack_size);
    free(ts);
    rt_ts = NULL;
}

/* The collector's out-of-memory handler: gc.h requires that it never return. */
static void on_oom(size_t requested)
{
    rt_fatal_oom(requested);
}

void rt_init(const rt_config_t *cfg)
{
    gc_init(cfg ? &cfg->gc : NULL);
    if (rt_ts)
        return;
    rt_log_init();
    gc_set_oom_handler(on_oom);
    rt_thread_init(cfg ? cfg->frame_stack_bytes : 0);
}

void rt_fini(void)
{
    rt_thread_fini();
    gc_shutdown();
    rt_log_close();
}

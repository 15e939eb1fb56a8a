/*
** coro.c: coroutines (coro.h). Each side of a switch is a context: a C stack (gc/cstack.c does
** the switch and its scanning) and the thread state's frame-stack fields as they were when that
** side stopped. A coroutine keeps two: its own, and its resumer's while it runs. Stopped contexts
** sit on one list whose live frame stacks a root scanner reports to the collector, as thread.c
** reports the running one's.
*/
#define _GNU_SOURCE /* MAP_STACK */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "runtime/coro.h"
#include "runtime/exc.h"

typedef struct ctx {
    gc_cstack_t cs;
    rt_frame_t *frame; /* the innermost frame when it stopped (a coroutine without frames: NULL) */
    char *stack_base, *stack_top, *stack_limit;
    size_t stack_size;
    char *cstack_floor;
    struct rt_bailout *bailout;
    uint32_t lang;
    uint32_t depth[RT_LANG_COUNT]; /* the resumer's: its counts; a coroutine's: its own frames' */
    rt_coro_t *coro;               /* the coroutine this context runs in (NULL: the thread's) */
    struct ctx *prev, *next;       /* the list of stopped contexts */
} ctx_t;

struct rt_coro {
    ctx_t own;              /* its state while suspended (the frame-stack region is its own) */
    ctx_t caller;           /* the resumer's state while the coroutine runs */
    void (*body)(void *arg);
    void *arg;
    char *cmem, *fmem;      /* the mappings: C stack (guard page first) and frame stack */
    size_t csize, fsize;
    rt_bailout_t *bp;       /* the recovery point at the coroutine's base, while its body runs */
    bool running, done, bailed;
};

enum { GUARD = 4096, FLOOR_MARGIN = 128 << 10, DEFAULT_CSTACK = 2 << 20 };

static __thread rt_coro_t *current;
static ctx_t *stopped; /* every thread's stopped contexts (one thread runs at a time) */
static bool scanner_added;

/* The live frame stacks of the stopped contexts, scanned as thread.c scans the running one. */
static void scan_stopped(gc_tracer_t *tracer, void *data)
{
    (void)data;
    for (const ctx_t *x = stopped; x; x = x->next) {
        gc_visit_conservative(tracer, x->stack_base, x->stack_top);
        rt_frame_scan_owned(tracer, x->frame);
    }
}

static void link_ctx(ctx_t *x)
{
    x->prev = NULL;
    x->next = stopped;
    if (stopped)
        stopped->prev = x;
    stopped = x;
}

static void unlink_ctx(ctx_t *x)
{
    if (x->prev)
        x->prev->next = x->next;
    else if (stopped == x)
        stopped = x->next;
    if (x->next)
        x->next->prev = x->prev;
    x->prev = x->next = NULL;
}

/* The thread state's fields into x (which stops) and back. */
static void save(const rt_thread_t *ts, ctx_t *x)
{
    x->frame = ts->frame;
    x->stack_base = ts->stack_base;
    x->stack_top = ts->stack_top;
    x->stack_limit = ts->stack_limit;
    x->stack_size = ts->stack_size;
    x->cstack_floor = ts->cstack_floor;
    x->bailout = ts->bailout;
    x->lang = ts->lang;
    memcpy(x->depth, ts->depth, sizeof x->depth);
    link_ctx(x);
}

static void load(rt_thread_t *ts, ctx_t *x)
{
    unlink_ctx(x);
    ts->frame = x->frame;
    ts->stack_base = x->stack_base;
    ts->stack_top = x->stack_top;
    ts->stack_limit = x->stack_limit;
    ts->stack_size = x->stack_size;
    ts->cstack_floor = x->cstack_floor;
    ts->bailout = x->bailout;
    ts->lang = x->lang;
    memcpy(ts->depth, x->depth, sizeof ts->depth);
}

static rt_frame_t *bottom_frame(const rt_coro_t *c)
{
    return c->own.stack_top > c->own.stack_base ? (rt_frame_t *)c->own.stack_base : NULL;
}

/* Leaves the running coroutine c for its resumer; `final` when its body has ended. */
static void leave(rt_coro_t *c, bool final)
{
    rt_thread_t *ts = rt_ts;
    c->own.stack_top = ts->stack_top;
    c->own.bailout = ts->bailout;
    c->own.lang = ts->lang;
    for (int l = 0; l < RT_LANG_COUNT; l++)
        c->own.depth[l] = ts->depth[l] - c->caller.depth[l];
    rt_frame_t *bottom = bottom_frame(c);
    c->own.frame = bottom ? ts->frame : NULL;
    if (bottom)
        bottom->prev = NULL; /* its resumer's frames may be gone before the next resume */
    if (!final)
        link_ctx(&c->own);
    c->running = false;
    load(ts, &c->caller);
    current = c->caller.coro;
    gc_cstack_switch(&c->own.cs, &c->caller.cs, final);
}

/* The coroutine's base: the body under a recovery point (kept minimal for -Wclobbered). */
static void run_body(rt_coro_t *c)
{
    rt_bailout_t bp;
    rt_bailout_push(&bp);
    c->bp = &bp;
    if (setjmp(bp.env) == 0) {
        c->body(c->arg);
        rt_bailout_pop(&bp);
    } else {
        c->bailed = true;
    }
    c->bp = NULL;
}

static void coro_main(void *arg)
{
    rt_coro_t *c = arg;
    run_body(c);
    c->done = true;
    leave(c, true);
}

rt_coro_t *rt_coro_new(void (*body)(void *arg), void *arg, size_t cstack_bytes)
{
    size_t csize = ((cstack_bytes ? cstack_bytes : DEFAULT_CSTACK) + 4095) & ~(size_t)4095;
    rt_coro_t *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->csize = csize + GUARD;
    c->fsize = RT_CORO_FRAME_STACK;
    c->cmem = mmap(NULL, c->csize, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    c->fmem = mmap(NULL, c->fsize, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (c->cmem == MAP_FAILED || c->fmem == MAP_FAILED || mprotect(c->cmem, GUARD, PROT_NONE)) {
        if (c->cmem != MAP_FAILED)
            munmap(c->cmem, c->csize);
        if (c->fmem != MAP_FAILED)
            munmap(c->fmem, c->fsize);
        free(c);
        return NULL;
    }
    c->body = body;
    c->arg = arg;
    gc_cstack_prepare(&c->own.cs, c->cmem + GUARD, csize, coro_main, c);
    c->own.stack_base = c->own.stack_top = c->fmem;
    c->own.stack_limit = c->fmem + c->fsize;
    c->own.stack_size = c->fsize;
    c->own.cstack_floor = c->cmem + GUARD + (csize > 2 * FLOOR_MARGIN ? FLOOR_MARGIN : csize / 2);
    c->own.lang = rt_ts->lang;
    if (!scanner_added) {
        gc_root_scanner_add(scan_stopped, NULL);
        scanner_added = true;
    }
    return c;
}

bool rt_coro_resume(rt_coro_t *c)
{
    rt_thread_t *ts = rt_ts;
    save(ts, &c->caller);
    c->caller.coro = current;
    gc_cstack_current(&c->caller.cs);
    rt_frame_t *bottom = bottom_frame(c), *resumer = ts->frame;
    uint32_t lang = ts->lang;
    load(ts, &c->own);
    for (int l = 0; l < RT_LANG_COUNT; l++)
        ts->depth[l] += c->caller.depth[l];
    if (bottom) {
        bottom->prev = resumer;
        bottom->caller_lang = (uint8_t)lang;
    } else {
        ts->frame = resumer;
        ts->lang = lang;
    }
    if (c->bp)
        c->bp->frame = resumer; /* a bail-out discards the coroutine's frames only */
    current = c;
    c->running = true;
    gc_cstack_switch(&c->caller.cs, &c->own.cs, false);
    return !c->bailed;
}

void rt_coro_suspend(void)
{
    leave(current, false);
}

rt_coro_t *rt_coro_current(void) { return current; }

bool rt_coro_done(const rt_coro_t *c) { return c->done; }

void *rt_coro_arg(const rt_coro_t *c) { return c->arg; }

rt_frame_t *rt_coro_frames(const rt_coro_t *c)
{
    return c->done || c->running ? NULL : c->own.frame;
}

rt_frame_t *rt_coro_bottom(const rt_coro_t *c, const rt_frame_t *top)
{
    const char *p = (const char *)top;
    return p >= c->own.stack_base && p < c->own.stack_limit ? (rt_frame_t *)c->own.stack_base
                                                            : NULL;
}

void rt_coro_free(rt_coro_t *c)
{
    unlink_ctx(&c->own);
    gc_cstack_forget(&c->own.cs);
    munmap(c->cmem, c->csize);
    munmap(c->fmem, c->fsize);
    free(c);
}

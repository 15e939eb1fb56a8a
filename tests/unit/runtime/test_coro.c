/*
** test_coro.c: coroutines (runtime/coro.h): values passed back and forth across switches,
** nesting, each coroutine's own frame stack linked under its resumer's frames while it runs,
** objects that only a suspended coroutine's C stack or frames refer to surviving collections,
** and a fatal error inside a coroutine continued in its resumer.
*/
#include "tests/unit/runtime/exectest.h"
#include "tests/unit/unit.h"

/* ---- Ping-pong and nesting ---- */

typedef struct pingpong {
    int rounds, seen;
    rt_coro_t *inner; /* nesting: resumed once per round by the outer body */
} pingpong_t;

static void count_body(void *arg)
{
    pingpong_t *p = arg;
    for (int i = 0; i < p->rounds; i++) {
        p->seen++;
        if (p->inner)
            CU_ASSERT(rt_coro_resume(p->inner));
        rt_coro_suspend();
    }
}

static void test_pingpong(void)
{
    pingpong_t inner = {.rounds = 100}, outer = {.rounds = 100};
    inner.inner = NULL;
    outer.inner = rt_coro_new(count_body, &inner, 0);
    rt_coro_t *c = rt_coro_new(count_body, &outer, 64 << 10);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    CU_ASSERT_PTR_NULL(rt_coro_current());
    for (int i = 0; i < 100; i++) {
        CU_ASSERT(rt_coro_resume(c));
        CU_ASSERT_EQUAL(outer.seen, i + 1);
        CU_ASSERT_EQUAL(inner.seen, i + 1);
        CU_ASSERT(!rt_coro_done(c));
        CU_ASSERT_PTR_NULL(rt_coro_current());
    }
    CU_ASSERT(rt_coro_resume(c));
    CU_ASSERT(rt_coro_done(c));
    CU_ASSERT(rt_coro_resume(outer.inner));
    CU_ASSERT(rt_coro_done(outer.inner));
    CU_ASSERT_PTR_EQUAL(rt_coro_arg(c), &outer);
    rt_coro_free(outer.inner);
    rt_coro_free(c);
}

/* ---- Frames ---- */

typedef struct framed {
    rt_code_t *code;
    rt_frame_t *resumer, *mine;
} framed_t;

static void frame_body(void *arg)
{
    framed_t *fr = arg;
    rt_thread_t *ts = rt_ts;
    rt_frame_t *f = rt_frame_push(ts, fr->code);
    CU_ASSERT_PTR_EQUAL(f->prev, fr->resumer);
    fr->mine = f;
    f->slots[0] = rt_from_ptr(rt_str_from_cstr("kept by a suspended frame"));
    rt_coro_suspend();
    CU_ASSERT_PTR_EQUAL(ts->frame, f);
    CU_ASSERT_PTR_EQUAL(f->prev, fr->resumer); /* linked to the new resumer */
    CU_ASSERT_STRING_EQUAL(((rt_str_t *)rt_ptr(f->slots[0]))->data, "kept by a suspended frame");
    rt_frame_pop(ts, f);
}

static void test_frames(void)
{
    rt_thread_t *ts = rt_ts;
    framed_t fr = {.code = exectest_code(RT_LANG_PHP, "body", 2, 2, 1, 1)};
    rt_code_t *outer = exectest_code(RT_LANG_PHP, "outer", 1, 1, 1, 1);
    rt_frame_t *a = rt_frame_push(ts, outer);
    char *top = ts->stack_top;
    uint32_t depth = ts->depth[RT_LANG_PHP];
    fr.resumer = a;
    rt_coro_t *c = rt_coro_new(frame_body, &fr, 0);
    CU_ASSERT(rt_coro_resume(c));
    /* back on the thread's frame stack: the coroutine's frame is its own */
    CU_ASSERT_PTR_EQUAL(ts->frame, a);
    CU_ASSERT_PTR_EQUAL(ts->stack_top, top);
    CU_ASSERT_EQUAL(ts->depth[RT_LANG_PHP], depth);
    CU_ASSERT_PTR_EQUAL(rt_coro_frames(c), fr.mine);
    CU_ASSERT_PTR_EQUAL(rt_coro_bottom(c, fr.mine), fr.mine);
    CU_ASSERT_PTR_NULL(rt_coro_bottom(c, a));
    CU_ASSERT_PTR_NULL(fr.mine->prev);
    for (int i = 0; i < 3; i++)
        gc_collect(i & 1 ? GC_MINOR : GC_MAJOR);
    rt_frame_t *b = rt_frame_push(ts, outer); /* resumed from somewhere else */
    fr.resumer = b;
    CU_ASSERT(rt_coro_resume(c));
    CU_ASSERT(rt_coro_done(c));
    CU_ASSERT_PTR_EQUAL(ts->frame, b);
    rt_frame_pop(ts, b);
    rt_frame_pop(ts, a);
    rt_coro_free(c);
}

/* ---- What only a suspended C stack holds ---- */

static void *weak_of_local;

static void hold_body(void *arg)
{
    (void)arg;
    rt_str_t *volatile s = rt_str_from_cstr("held in a C local of a suspended coroutine");
    weak_of_local = gc_weak_new(s, NULL, NULL);
    rt_coro_suspend();
    CU_ASSERT_PTR_EQUAL(gc_weak_get(weak_of_local), s);
}

static void test_suspended_stack_is_scanned(void)
{
    gc_root_add(&weak_of_local, 1);
    rt_coro_t *c = rt_coro_new(hold_body, NULL, 0);
    CU_ASSERT(rt_coro_resume(c));
    for (int i = 0; i < 3; i++)
        gc_collect(GC_MAJOR);
    CU_ASSERT_PTR_NOT_NULL(gc_weak_get(weak_of_local));
    CU_ASSERT(rt_coro_resume(c));
    CU_ASSERT(rt_coro_done(c));
    rt_coro_free(c);
    gc_root_remove(&weak_of_local);
}

/* ---- Fatal errors ---- */

static void fatal_body(void *arg)
{
    (void)arg;
    rt_frame_push(rt_ts, exectest_code(RT_LANG_PY, "doomed", 1, 1, 1, 1));
    rt_fatal("fatal in a coroutine %d", 7);
}

/* The resumer's side: its own recovery point receives the continued bail-out. */
static int resume_then_continue(rt_coro_t *c)
{
    rt_bailout_t bp;
    rt_bailout_push(&bp);
    if (setjmp(bp.env) == 0) {
        if (!rt_coro_resume(c))
            rt_fatal_again();
        rt_bailout_pop(&bp);
        return 0;
    }
    return 1;
}

static void test_fatal(void)
{
    rt_thread_t *ts = rt_ts;
    rt_frame_t *frame = ts->frame;
    char *top = ts->stack_top;
    rt_coro_t *c = rt_coro_new(fatal_body, NULL, 0);
    CU_ASSERT_EQUAL(resume_then_continue(c), 1);
    CU_ASSERT(rt_coro_done(c));
    CU_ASSERT_STRING_EQUAL(ts->fatal.message, "fatal in a coroutine 7");
    CU_ASSERT_PTR_EQUAL(ts->frame, frame);
    CU_ASSERT_PTR_EQUAL(ts->stack_top, top);
    rt_coro_free(c);
}

UNIT_SUITE(coro, exectest_setup, NULL, UNIT_TEST(test_pingpong), UNIT_TEST(test_frames),
           UNIT_TEST(test_suspended_stack_is_scanned), UNIT_TEST(test_fatal))

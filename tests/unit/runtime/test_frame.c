/*
** test_frame.c: the shared frame stack (runtime/frame.h): push and pop across languages, overflow
** at the recursion limit and at the end of the stack, frame objects that outlive their frames,
** generator frames suspended and resumed, and objects referred to only from frame slots surviving
** collections.
*/
#include <stdio.h>
#include <string.h>

#include "tests/unit/runtime/exectest.h"
#include "tests/unit/unit.h"

static rt_value_t str(const char *s) { return rt_from_ptr(rt_str_from_cstr(s)); }

static const char *str_of(rt_value_t v) { return ((rt_str_t *)rt_ptr(v))->data; }

static void test_push_pop(void)
{
    rt_thread_t *ts = rt_ts;
    rt_code_t *py = exectest_code(RT_LANG_PY, "f", 3, 4, 2, 10);
    rt_code_t *php = exectest_code(RT_LANG_PHP, "g", 2, 1, 2, 20);
    char *top0 = ts->stack_top;
    uint32_t lang0 = ts->lang, py0 = ts->depth[RT_LANG_PY], php0 = ts->depth[RT_LANG_PHP];

    rt_frame_t *a = rt_frame_push(ts, py);
    CU_ASSERT_PTR_NOT_NULL_FATAL(a);
    CU_ASSERT_PTR_EQUAL(ts->frame, a);
    CU_ASSERT_EQUAL(ts->lang, RT_LANG_PY);
    CU_ASSERT(a->slots[0] == 0 && a->slots[1] == 0 && a->slots[2] == 0);
    CU_ASSERT_PTR_EQUAL(rt_frame_stack(a), &a->slots[3]);
    CU_ASSERT_PTR_EQUAL(ts->stack_top, (char *)&a->slots[7]);
    a->slots[0] = rt_small(1);
    a->pc = 1;

    rt_frame_t *b = rt_frame_push(ts, php);
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    CU_ASSERT_PTR_EQUAL(b->prev, a);
    CU_ASSERT_EQUAL(b->lang, RT_LANG_PHP);
    CU_ASSERT_EQUAL(ts->lang, RT_LANG_PHP);
    CU_ASSERT_EQUAL(ts->depth[RT_LANG_PHP], php0 + 1);
    CU_ASSERT_EQUAL(ts->depth[RT_LANG_PY], py0 + 1);
    CU_ASSERT_EQUAL(rt_frame_count(ts), 2);

    rt_frame_pop(ts, b);
    CU_ASSERT_PTR_EQUAL(ts->frame, a);
    CU_ASSERT_EQUAL(ts->lang, RT_LANG_PY);
    CU_ASSERT_EQUAL(ts->depth[RT_LANG_PHP], php0);
    CU_ASSERT_EQUAL(a->slots[0], rt_small(1));
    rt_frame_pop(ts, a);
    CU_ASSERT_PTR_NULL(ts->frame);
    CU_ASSERT_PTR_EQUAL(ts->stack_top, top0);
    CU_ASSERT_EQUAL(ts->lang, lang0);
    CU_ASSERT_EQUAL(ts->depth[RT_LANG_PY], py0);
}

/* rt_frame_push_nested / rt_frame_pop_nested (PHP's fast calls): the VM's flags and ret word in
** the header, ts->lang untouched, the depth counted; an escape sets RT_FRAME_ESCAPED and the
** detaching pop clears it with the object. */
static void test_push_nested(void)
{
    rt_thread_t *ts = rt_ts;
    rt_code_t *php = exectest_code(RT_LANG_PHP, "g", 2, 1, 2, 20);
    uint32_t php0 = ts->depth[RT_LANG_PHP];
    rt_frame_t *a = rt_frame_push(ts, php);
    CU_ASSERT_PTR_NOT_NULL_FATAL(a);
    char *top = ts->stack_top;
    rt_frame_t *b = rt_frame_push_nested(ts, a, php, RT_LANG_PHP, 1u << 11, 17);
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    CU_ASSERT_PTR_EQUAL(b, (rt_frame_t *)top);
    CU_ASSERT_PTR_EQUAL(b->prev, a);
    CU_ASSERT(b->flags == 1u << 11 && b->ret == 17 && b->pc == 0 && b->depth == 0);
    CU_ASSERT(b->lang == RT_LANG_PHP && b->caller_lang == RT_LANG_PHP && !b->obj);
    CU_ASSERT_EQUAL(ts->depth[RT_LANG_PHP], php0 + 2);
    rt_frame_pop_nested(ts, b, RT_LANG_PHP);
    CU_ASSERT_PTR_EQUAL(ts->frame, a);
    CU_ASSERT_PTR_EQUAL(ts->stack_top, top);
    CU_ASSERT_EQUAL(ts->depth[RT_LANG_PHP], php0 + 1);

    b = rt_frame_push_nested(ts, a, php, RT_LANG_PHP, 0, 5);
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    rt_frameobj_t *o = rt_frame_escape(ts, b);
    CU_ASSERT(b->flags & RT_FRAME_ESCAPED);
    rt_frame_pop(ts, b); /* an escaped frame takes the full pop */
    CU_ASSERT(!rt_frameobj_live(o));
    CU_ASSERT_PTR_EQUAL(ts->frame, a);
    CU_ASSERT_EQUAL(ts->depth[RT_LANG_PHP], php0 + 1);
    rt_frame_pop(ts, a);
    CU_ASSERT_EQUAL(ts->depth[RT_LANG_PHP], php0);
}

static void test_recursion_limit(void)
{
    rt_thread_t *ts = rt_ts;
    rt_code_t *py = exectest_code(RT_LANG_PY, "recurse", 1, 2, 1, 1);
    rt_code_t *php = exectest_code(RT_LANG_PHP, "other", 1, 2, 1, 1);
    uint32_t saved = ts->limit[RT_LANG_PY];
    ts->limit[RT_LANG_PY] = 50;
    for (int i = 0; i < 50; i++)
        CU_ASSERT_PTR_NOT_NULL_FATAL(rt_frame_push(ts, py));
    /* PHP frames do not count against Python's limit. */
    CU_ASSERT_PTR_NOT_NULL_FATAL(rt_frame_push(ts, php));
    rt_frame_pop(ts, ts->frame);
    char *top = ts->stack_top;
    CU_ASSERT_PTR_NULL(rt_frame_push(ts, py));
    CU_ASSERT_EQUAL(ts->overflow, RT_FRAME_RECURSION);
    CU_ASSERT_PTR_EQUAL(ts->stack_top, top);
    CU_ASSERT_EQUAL(rt_frame_count(ts), 50);
    CU_ASSERT_FALSE(rt_exc_pending());
    CU_ASSERT_EQUAL(rt_frame_raise_overflow(ts, RT_LANG_PY), RT_NOVALUE);
    rt_exc_basic_t *e = rt_ptr(rt_exc_fetch(NULL));
    CU_ASSERT_PTR_EQUAL_FATAL(rt_obj_type(e), &rt_type_exc_basic);
    CU_ASSERT_EQUAL(e->kind, RT_EXC_RECURSION);
    CU_ASSERT_STRING_EQUAL(e->message->data, "maximum recursion depth exceeded");
    while (ts->frame)
        rt_frame_pop(ts, ts->frame);
    ts->limit[RT_LANG_PY] = saved;
}

static void test_stack_full(void)
{
    rt_thread_t *ts = rt_ts;
    rt_code_t *php = exectest_code(RT_LANG_PHP, "deep", 4, 4, 1, 1);
    size_t frame_bytes = sizeof(rt_frame_t) + 8 * sizeof(rt_value_t);
    char *limit = ts->stack_limit;
    ts->stack_limit = ts->stack_top + 10 * frame_bytes + frame_bytes / 2;
    int pushed = 0;
    while (rt_frame_push(ts, php))
        pushed++;
    CU_ASSERT_EQUAL(pushed, 10);
    CU_ASSERT_EQUAL(ts->overflow, RT_FRAME_STACK_FULL);
    rt_frame_raise_overflow(ts, RT_LANG_PHP);
    rt_exc_basic_t *e = rt_ptr(rt_exc_fetch(NULL));
    CU_ASSERT_EQUAL(e->kind, RT_EXC_RECURSION);
    char expect[100];
    snprintf(expect, sizeof expect,
             "Maximum call stack size of %zu bytes reached. Infinite recursion?", ts->stack_size);
    CU_ASSERT_STRING_EQUAL(e->message->data, expect);
    while (ts->frame)
        rt_frame_pop(ts, ts->frame);
    ts->stack_limit = limit;
}

/* Fills a frame's slots with fresh objects that nothing else refers to; noinline so that no
** pointer to them stays in the caller's registers or stack slots. */
__attribute__((noinline)) static void fill_slots(rt_frame_t *f, uint32_t n, const char *tag)
{
    for (uint32_t i = 0; i < n; i++) {
        char buf[64];
        snprintf(buf, sizeof buf, "%s slot %u, long enough not to be a singleton", tag, i);
        f->slots[i] = str(buf);
    }
}

__attribute__((noinline)) static bool check_slots(const rt_value_t *slots, uint32_t n,
                                                  const char *tag)
{
    bool ok = true;
    for (uint32_t i = 0; i < n; i++) {
        char buf[64];
        snprintf(buf, sizeof buf, "%s slot %u, long enough not to be a singleton", tag, i);
        ok &= slots[i] != 0 && strcmp(str_of(slots[i]), buf) == 0;
    }
    return ok;
}

/* Churns the heap so that freed objects' memory is reused before the check. */
static void churn(void)
{
    for (int round = 0; round < 3; round++) {
        gc_collect(GC_MAJOR);
        for (int i = 0; i < 2000; i++)
            rt_str_from_cstr("churn churn churn churn churn churn churn churn churn");
    }
    gc_collect(GC_MINOR);
}

static void test_slots_are_roots(void)
{
    rt_thread_t *ts = rt_ts;
    rt_code_t *c = exectest_code(RT_LANG_PY, "roots", 6, 6, 1, 1);
    rt_frame_t *f = rt_frame_push(ts, c);
    rt_frame_t *g = rt_frame_push(ts, c);
    fill_slots(f, 12, "outer");
    fill_slots(g, 6, "inner");
    churn();
    CU_ASSERT(check_slots(f->slots, 12, "outer"));
    CU_ASSERT(check_slots(g->slots, 6, "inner"));
    rt_frame_pop(ts, g);
    rt_frame_pop(ts, f);
}

static void test_escape(void)
{
    rt_thread_t *ts = rt_ts;
    rt_code_t *c = exectest_code(RT_LANG_PY, "caller", 3, 2, 4, 100);
    rt_code_t *d = exectest_code(RT_LANG_PHP, "callee", 2, 3, 4, 200);
    rt_frame_t *f = rt_frame_push(ts, c);
    fill_slots(f, 3, "caller");
    f->pc = 2;
    rt_frameobj_t *fo = rt_frame_escape(ts, f);
    CU_ASSERT_PTR_EQUAL(rt_frame_escape(ts, f), fo);
    CU_ASSERT(rt_frameobj_live(fo));
    CU_ASSERT_EQUAL(rt_frameobj_pc(fo), 2);
    f->slots[0] = rt_small(7); /* the object reads through to the live frame */
    CU_ASSERT_EQUAL(rt_frameobj_slots(fo)[0], rt_small(7));
    rt_frameobj_set_slot(fo, 0, str("caller slot 0, long enough not to be a singleton"));

    rt_frame_t *g = rt_frame_push(ts, d);
    fill_slots(g, 2, "callee");
    rt_frame_stack(g)[0] = str("callee slot 2, long enough not to be a singleton");
    g->depth = 1;
    g->pc = 3;
    rt_frameobj_t *go = rt_frame_escape(ts, g);
    CU_ASSERT_PTR_EQUAL(rt_frameobj_back(ts, go), fo);
    rt_frame_pop(ts, g);
    CU_ASSERT_FALSE(rt_frameobj_live(go));
    CU_ASSERT_EQUAL(go->nsaved, 3);
    CU_ASSERT_EQUAL(rt_frameobj_pc(go), 3);
    CU_ASSERT_PTR_EQUAL(go->back, fo);
    CU_ASSERT_EQUAL(rt_code_line(go->code, rt_frameobj_pc(go)), 203);

    /* Reuse the stack memory g had, then check go's copy. */
    rt_frame_t *h = rt_frame_push(ts, d);
    for (uint32_t i = 0; i < d->nslots; i++)
        h->slots[i] = rt_small(99);
    rt_frame_pop(ts, h);
    rt_frame_pop(ts, f);
    CU_ASSERT_FALSE(rt_frameobj_live(fo));
    CU_ASSERT_PTR_NULL(fo->back);
    churn();
    CU_ASSERT(check_slots(rt_frameobj_slots(go), 3, "callee"));
    CU_ASSERT(check_slots(rt_frameobj_slots(fo), 3, "caller"));
    CU_ASSERT_PTR_EQUAL(rt_frameobj_back(ts, go), fo);
    CU_ASSERT_PTR_NULL(rt_frameobj_back(ts, fo));
    rt_frameobj_set_slot(go, 1, rt_small(5)); /* a dead frame's object is writable too */
    CU_ASSERT_EQUAL(rt_frameobj_slots(go)[1], rt_small(5));
}

/* A generator frame: created suspended at pc 0 with its arguments bound, resumed under two
** different callers, suspended with a value on its stack in between, finally returning. */
static void test_generator(void)
{
    rt_thread_t *ts = rt_ts;
    rt_code_t *gen = exectest_code(RT_LANG_PY, "gen", 2, 3, 6, 50);
    rt_code_t *caller = exectest_code(RT_LANG_PHP, "caller", 1, 1, 1, 1);
    rt_frame_t *c1 = rt_frame_push(ts, caller);
    rt_frame_t *f = rt_frame_push(ts, gen);
    fill_slots(f, 2, "gen");
    rt_frameobj_t *o = rt_frame_suspend(ts, f);
    CU_ASSERT_PTR_EQUAL(ts->frame, c1);
    CU_ASSERT_EQUAL(ts->lang, RT_LANG_PHP);
    CU_ASSERT(o->flags & RT_FRAMEOBJ_GENERATOR);
    CU_ASSERT_FALSE(rt_frameobj_live(o));
    CU_ASSERT_PTR_NULL(rt_frameobj_back(ts, o));
    churn();

    f = rt_frame_resume(ts, o);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT(f->flags & RT_FRAME_GENERATOR);
    CU_ASSERT_EQUAL(f->pc, 0);
    CU_ASSERT_EQUAL(ts->lang, RT_LANG_PY);
    CU_ASSERT(check_slots(f->slots, 2, "gen"));
    CU_ASSERT_PTR_EQUAL(rt_frameobj_back(ts, o), rt_frame_escape(ts, c1));
    /* Run to a yield at pc 3 with one value on the stack. */
    f->slots[1] = rt_small(41);
    rt_frame_stack(f)[0] = str("yielded value, long enough not to be a singleton");
    f->depth = 1;
    f->pc = 3;
    CU_ASSERT_PTR_EQUAL(rt_frame_suspend(ts, f), o);
    rt_frame_pop(ts, c1);

    /* Resume under a deeper stack: the frame lands elsewhere, with the same contents. */
    rt_frame_t *c2 = rt_frame_push(ts, caller);
    rt_frame_t *c3 = rt_frame_push(ts, caller);
    churn();
    f = rt_frame_resume(ts, o);
    CU_ASSERT_PTR_EQUAL(f->prev, c3);
    CU_ASSERT_EQUAL(f->pc, 3);
    CU_ASSERT_EQUAL(f->depth, 1);
    CU_ASSERT_EQUAL(f->slots[1], rt_small(41));
    CU_ASSERT_STRING_EQUAL(str_of(rt_frame_stack(f)[0]),
                           "yielded value, long enough not to be a singleton");
    CU_ASSERT(rt_frameobj_live(o) && rt_frameobj_slots(o) == f->slots);
    f->pc = 5;
    f->depth = 0;
    rt_frame_pop(ts, f); /* the generator returns */
    CU_ASSERT_FALSE(rt_frameobj_live(o));
    CU_ASSERT_EQUAL(rt_frameobj_pc(o), 5);
    CU_ASSERT_PTR_NULL(o->back);
    rt_frame_pop(ts, c3);
    rt_frame_pop(ts, c2);
    CU_ASSERT_PTR_NULL(ts->frame);
}

/* A second thread state (as rt_thread_init makes for a new OS thread), used and released; the
** first one comes back untouched. */
static void test_thread_state(void)
{
    rt_thread_t *main_ts = rt_ts;
    rt_frame_t *main_frame = main_ts->frame;
    rt_thread_t *ts = rt_thread_init(64 * 1024);
    CU_ASSERT_PTR_EQUAL(rt_ts, ts);
    CU_ASSERT_EQUAL(ts->stack_size, 64 * 1024);
    CU_ASSERT_EQUAL(ts->limit[RT_LANG_PY], RT_PY_RECURSION_LIMIT);
    CU_ASSERT_EQUAL(ts->limit[RT_LANG_PHP], UINT32_MAX);
    CU_ASSERT_EQUAL(ts->lang, RT_LANG_NONE);
    rt_code_t *c = exectest_code(RT_LANG_PHP, "t", 2, 2, 1, 1);
    rt_frame_t *f = rt_frame_push(ts, c);
    fill_slots(f, 4, "thread");
    churn();
    CU_ASSERT(check_slots(f->slots, 4, "thread"));
    rt_frame_pop(ts, f);
    rt_exc_set(rt_small(1));
    rt_exc_clear();
    rt_thread_fini();
    CU_ASSERT_PTR_NULL(rt_ts);
    rt_ts = main_ts;
    CU_ASSERT_PTR_EQUAL(rt_ts->frame, main_frame);
    gc_collect(GC_MAJOR);
}

UNIT_SUITE(frame, exectest_setup, NULL, UNIT_TEST(test_push_pop), UNIT_TEST(test_push_nested),
           UNIT_TEST(test_recursion_limit),
           UNIT_TEST(test_stack_full), UNIT_TEST(test_slots_are_roots), UNIT_TEST(test_escape),
           UNIT_TEST(test_generator), UNIT_TEST(test_thread_state))

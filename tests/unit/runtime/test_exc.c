/*
** test_exc.c: the error convention (runtime/exc.h): setting, fetching and restoring the pending
** exception, tracebacks through frames of both languages, rt_raise through the languages' hooks,
** and fatal bail-outs (rt_fatal, the heap limit) to recovery points.
*/
#include <stdio.h>
#include <string.h>

#include "tests/unit/runtime/exectest.h"
#include "tests/unit/unit.h"

/* What the test hooks build: the kind, the language whose hook ran, the class name, the message. */
typedef struct test_exc {
    rt_obj_t hdr;
    rt_exc_kind_t kind;
    rt_lang_t lang;
    const char *class_name;
    rt_str_t *message;
} test_exc_t;

static void test_exc_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((test_exc_t *)obj)->message);
}

static rt_type_t test_exc_type = RT_TYPE_INIT("test-exception", test_exc_trace, NULL, 0);

static rt_value_t make(rt_exc_kind_t kind, rt_lang_t lang, rt_str_t *message)
{
    test_exc_t *e = rt_alloc(&test_exc_type, sizeof *e);
    e->kind = kind;
    e->lang = lang;
    e->class_name = rt_exc_kind_name(kind, lang);
    RT_STORE(e, message, message);
    return rt_from_ptr(e);
}

static rt_value_t py_hook(rt_exc_kind_t kind, rt_str_t *message)
{
    return make(kind, RT_LANG_PY, message);
}

static rt_value_t php_hook(rt_exc_kind_t kind, rt_str_t *message)
{
    return make(kind, RT_LANG_PHP, message);
}

static rt_value_t plain_exception(void)
{
    return make(RT_EXC_VALUE, RT_LANG_NONE, rt_str_from_cstr("plain"));
}

static void test_set_fetch(void)
{
    CU_ASSERT_FALSE(rt_exc_pending());
    CU_ASSERT_EQUAL(rt_exc_fetch(NULL), RT_NOVALUE);
    rt_value_t e = plain_exception();
    CU_ASSERT_EQUAL(rt_exc_set(e), RT_NOVALUE);
    CU_ASSERT(rt_exc_pending());
    CU_ASSERT_EQUAL(rt_exc_current(), e);
    gc_collect(GC_MAJOR); /* the pending exception is a root */
    rt_tb_t *tb = (rt_tb_t *)1;
    CU_ASSERT_EQUAL(rt_exc_fetch(&tb), e);
    CU_ASSERT_PTR_NULL(tb);
    CU_ASSERT_FALSE(rt_exc_pending());
    CU_ASSERT_STRING_EQUAL(((test_exc_t *)rt_ptr(e))->message->data, "plain");
    rt_exc_set(e);
    rt_exc_clear();
    CU_ASSERT_FALSE(rt_exc_pending());
}

static void test_kind_names(void)
{
    CU_ASSERT_STRING_EQUAL(rt_exc_kind_name(RT_EXC_ZERO_DIVISION, RT_LANG_PY), "ZeroDivisionError");
    CU_ASSERT_STRING_EQUAL(rt_exc_kind_name(RT_EXC_ZERO_DIVISION, RT_LANG_PHP),
                           "DivisionByZeroError");
    CU_ASSERT_STRING_EQUAL(rt_exc_kind_name(RT_EXC_ARGUMENT_COUNT, RT_LANG_PHP),
                           "ArgumentCountError");
    CU_ASSERT_STRING_EQUAL(rt_exc_kind_name(RT_EXC_ARGUMENT_COUNT, RT_LANG_PY), "TypeError");
    CU_ASSERT_PTR_NULL(rt_exc_kind_name(RT_EXC_MEMORY, RT_LANG_PHP));
    CU_ASSERT_PTR_NULL(rt_exc_kind_name(RT_EXC_UNHANDLED_MATCH, RT_LANG_PY));
    CU_ASSERT_PTR_NULL(rt_exc_kind_name(RT_EXC_TYPE, RT_LANG_NONE));
}

/* Python main -> PHP helper -> Python leaf, which raises; the exception unwinds through all three
** and is caught in main. The traceback lists main, helper, leaf: outermost first. */
static void test_traceback_both_languages(void)
{
    rt_thread_t *ts = rt_ts;
    rt_code_t *main_code = exectest_code(RT_LANG_PY, "main", 1, 1, 8, 10);
    rt_code_t *helper = exectest_code(RT_LANG_PHP, "helper", 1, 1, 8, 30);
    rt_code_t *leaf = exectest_code(RT_LANG_PY, "leaf", 2, 1, 8, 50);
    rt_frame_t *m = rt_frame_push(ts, main_code);
    m->pc = 3;
    rt_frame_t *h = rt_frame_push(ts, helper);
    h->pc = 5;
    rt_frame_t *l = rt_frame_push(ts, leaf);
    l->pc = 7;
    l->slots[1] = rt_from_ptr(rt_str_from_cstr("a local of leaf, long enough to be allocated"));

    rt_exc_set(plain_exception());
    rt_tb_here(l, true);
    rt_frame_pop(ts, l);
    rt_tb_here(h, false);
    rt_frame_pop(ts, h);
    rt_tb_here(m, true);
    gc_collect(GC_MAJOR);
    rt_tb_t *tb;
    rt_value_t e = rt_exc_fetch(&tb);
    CU_ASSERT_NOT_EQUAL(e, RT_NOVALUE);

    static const struct {
        rt_lang_t lang;
        const char *name, *file;
        int32_t line;
        bool frame;
    } expect[3] = {{RT_LANG_PY, "main", "test.py", 13, true},
                   {RT_LANG_PHP, "helper", "test.php", 35, false},
                   {RT_LANG_PY, "leaf", "test.py", 57, true}};
    rt_tb_t *t = tb;
    for (int i = 0; i < 3; i++, t = t->next) {
        CU_ASSERT_PTR_NOT_NULL_FATAL(t);
        rt_code_loc_t loc = rt_tb_location(t);
        CU_ASSERT_EQUAL(t->lang, expect[i].lang);
        CU_ASSERT_STRING_EQUAL(loc.name->data, expect[i].name);
        CU_ASSERT_STRING_EQUAL(loc.filename->data, expect[i].file);
        CU_ASSERT_EQUAL(loc.line, expect[i].line);
        CU_ASSERT_EQUAL(t->frame != NULL, expect[i].frame);
    }
    CU_ASSERT_PTR_NULL(t);
    /* The leaf's frame object outlived its frame, locals included. */
    rt_frameobj_t *lf = tb->next->next->frame;
    CU_ASSERT_FALSE(rt_frameobj_live(lf));
    CU_ASSERT_STRING_EQUAL(((rt_str_t *)rt_ptr(rt_frameobj_slots(lf)[1]))->data,
                           "a local of leaf, long enough to be allocated");
    /* Its back link is the PHP helper's frame object, made when the leaf was popped. */
    CU_ASSERT_PTR_NOT_NULL_FATAL(lf->back);
    CU_ASSERT_PTR_EQUAL(lf->back->code, helper);
    CU_ASSERT_FALSE(rt_frameobj_live(lf->back));
    CU_ASSERT_PTR_EQUAL(tb->frame, m->obj);

    /* Re-raise with the traceback, add one more entry, catch again. */
    rt_exc_restore(e, tb);
    rt_tb_here(m, false);
    rt_tb_t *tb2;
    CU_ASSERT_EQUAL(rt_exc_fetch(&tb2), e);
    CU_ASSERT_PTR_EQUAL(tb2->next, tb);
    rt_frame_pop(ts, m);
}

static void test_raise_hooks(void)
{
    rt_thread_t *ts = rt_ts;
    uint32_t lang = ts->lang;
    rt_exc_set_hook(RT_LANG_PY, py_hook);
    rt_exc_set_hook(RT_LANG_PHP, php_hook);

    ts->lang = RT_LANG_PHP;
    CU_ASSERT_EQUAL(rt_raise(RT_EXC_ZERO_DIVISION, "Modulo by %s", "zero"), RT_NOVALUE);
    test_exc_t *e = rt_ptr(rt_exc_fetch(NULL));
    CU_ASSERT_PTR_EQUAL_FATAL(rt_obj_type(e), &test_exc_type);
    CU_ASSERT_EQUAL(e->lang, RT_LANG_PHP);
    CU_ASSERT_STRING_EQUAL(e->class_name, "DivisionByZeroError");
    CU_ASSERT_STRING_EQUAL(e->message->data, "Modulo by zero");

    ts->lang = RT_LANG_PY;
    char longer[600];
    memset(longer, 'x', sizeof longer - 1);
    longer[sizeof longer - 1] = 0;
    rt_raise(RT_EXC_VALUE, "%s: %d", longer, 42);
    e = rt_ptr(rt_exc_fetch(NULL));
    CU_ASSERT_EQUAL(e->lang, RT_LANG_PY);
    CU_ASSERT_STRING_EQUAL(e->class_name, "ValueError");
    CU_ASSERT_EQUAL(e->message->len, 599 + 4);
    CU_ASSERT_STRING_EQUAL(e->message->data + 599, ": 42");

    /* The callee's language decides a frame overflow's error. */
    rt_frame_raise_overflow(ts, RT_LANG_PHP);
    e = rt_ptr(rt_exc_fetch(NULL));
    CU_ASSERT_EQUAL(e->lang, RT_LANG_PHP);
    CU_ASSERT_STRING_EQUAL(e->class_name, "Error");
    CU_ASSERT_EQUAL(ts->lang, RT_LANG_PY);

    rt_exc_set_hook(RT_LANG_PY, NULL);
    rt_exc_set_hook(RT_LANG_PHP, NULL);
    ts->lang = lang;
}

__attribute__((noinline)) static void redeclare(const char *what)
{
    rt_fatal("Cannot redeclare %s()", what);
}

/* The work under the recovery point: two more frames (one escaped), an exception pending, then a
** fatal error in a C callee. Kept out of the function that calls setjmp, whose locals longjmp
** could clobber. */
__attribute__((noinline)) static void run_script(rt_code_t *c, rt_frameobj_t *volatile *escaped,
                                                 volatile int *reached)
{
    rt_thread_t *ts = rt_ts;
    rt_frame_t *f = rt_frame_push(ts, c);
    f->slots[0] = rt_small(12);
    *escaped = rt_frame_escape(ts, f);
    rt_frame_push(ts, c);
    rt_exc_set(plain_exception());
    *reached = 1;
    redeclare("foo");
    *reached = 2;
}

/* Runs run_script under a recovery point; returns whether it bailed out. Only setjmp and calls
** here, so that no local is live across the longjmp. */
__attribute__((noinline)) static bool guarded(rt_code_t *c, rt_frameobj_t *volatile *escaped,
                                              volatile int *reached)
{
    rt_bailout_t bp;
    rt_bailout_push(&bp);
    if (setjmp(bp.env) == 0) {
        run_script(c, escaped, reached);
        rt_bailout_pop(&bp);
        return false;
    }
    return true;
}

static void test_bailout(void)
{
    rt_thread_t *ts = rt_ts;
    rt_code_t *c = exectest_code(RT_LANG_PHP, "script", 2, 2, 4, 1);
    rt_frame_t *outer = rt_frame_push(ts, c);
    char *top = ts->stack_top;
    uint32_t depth = ts->depth[RT_LANG_PHP];
    volatile int reached = 0;
    rt_frameobj_t *volatile escaped = NULL;

    CU_ASSERT(guarded(c, &escaped, &reached));
    CU_ASSERT_EQUAL(reached, 1);
    CU_ASSERT_EQUAL(ts->fatal.kind, RT_FATAL_ERROR);
    CU_ASSERT_STRING_EQUAL(ts->fatal.message, "Cannot redeclare foo()");
    CU_ASSERT_PTR_EQUAL(ts->frame, outer);
    CU_ASSERT_PTR_EQUAL(ts->stack_top, top);
    CU_ASSERT_EQUAL(ts->depth[RT_LANG_PHP], depth);
    CU_ASSERT_FALSE(rt_exc_pending());
    CU_ASSERT_PTR_NULL(ts->bailout);
    CU_ASSERT_FALSE(rt_frameobj_live(escaped));
    CU_ASSERT_EQUAL(rt_frameobj_slots(escaped)[0], rt_small(12));
    rt_frame_pop(ts, outer);
}

/* Nested points: the innermost catches; the outer one stays installed. */
static void test_bailout_nested(void)
{
    rt_thread_t *ts = rt_ts;
    volatile int inner_caught = 0, outer_caught = 0;
    rt_bailout_t outer, inner;
    rt_bailout_push(&outer);
    if (setjmp(outer.env) == 0) {
        rt_bailout_push(&inner);
        if (setjmp(inner.env) == 0) {
            rt_fatal("inner");
        } else {
            inner_caught = 1;
            CU_ASSERT_PTR_EQUAL(ts->bailout, &outer);
        }
        rt_fatal("outer");
    } else {
        outer_caught = 1;
        CU_ASSERT_STRING_EQUAL(ts->fatal.message, "outer");
    }
    CU_ASSERT(inner_caught && outer_caught);
    CU_ASSERT_PTR_NULL(ts->bailout);
}

/* The heap limit bails out through the collector's out-of-memory handler. */
static void test_bailout_oom(void)
{
    rt_thread_t *ts = rt_ts;
    gc_stats_t st;
    gc_collect(GC_MAJOR);
    gc_get_stats(&st);
    rt_vec_t *volatile keep = rt_vec_new(0);
    volatile int allocations = 0;
    rt_bailout_t bp;
    rt_bailout_push(&bp);
    if (setjmp(bp.env) == 0) {
        gc_set_heap_limit(st.heap_bytes + ((size_t)4 << 20));
        for (;;) {
            rt_vec_append(keep, rt_from_ptr(rt_str_alloc(&rt_type_str, 60000)));
            allocations++;
        }
    }
    gc_set_heap_limit(0);
    CU_ASSERT_EQUAL(ts->fatal.kind, RT_FATAL_OOM);
    CU_ASSERT(ts->fatal.requested >= 60000);
    CU_ASSERT(allocations > 10);
    rt_vec_clear(keep);
    gc_collect(GC_MAJOR);
}

UNIT_SUITE(exc, exectest_setup, NULL, UNIT_TEST(test_set_fetch), UNIT_TEST(test_kind_names),
           UNIT_TEST(test_traceback_both_languages), UNIT_TEST(test_raise_hooks),
           UNIT_TEST(test_bailout), UNIT_TEST(test_bailout_nested), UNIT_TEST(test_bailout_oom))

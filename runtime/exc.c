/*
** exc.c: the pending exception, tracebacks, standard errors through the languages' hooks, and the
** fatal-error recovery points (exc.h).
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "runtime/exc.h"

/* ---- The pending exception -------------------------------------------------------------- */

rt_value_t rt_exc_set(rt_value_t exc)
{
    return rt_exc_restore(exc, NULL);
}

rt_value_t rt_exc_restore(rt_value_t exc, rt_tb_t *tb)
{
    assert(exc != RT_NOVALUE);
    rt_ts->exc = exc;
    rt_ts->exc_tb = tb;
    return RT_NOVALUE;
}

rt_value_t rt_exc_fetch(rt_tb_t **tb)
{
    rt_value_t exc = rt_ts->exc;
    if (tb)
        *tb = rt_ts->exc_tb;
    rt_ts->exc = RT_NOVALUE;
    rt_ts->exc_tb = NULL;
    return exc;
}

void rt_exc_clear(void)
{
    rt_exc_fetch(NULL);
}

/* ---- Tracebacks ------------------------------------------------------------------------- */

static void tb_trace(gc_tracer_t *tracer, void *obj)
{
    rt_tb_t *tb = obj;
    gc_visit_ptr(tracer, tb->next);
    gc_visit_ptr(tracer, tb->code);
    gc_visit_ptr(tracer, tb->frame);
}

rt_type_t rt_type_tb = RT_TYPE_INIT("traceback", tb_trace, NULL, 0);

void rt_tb_here(rt_frame_t *f, bool want_frameobj)
{
    assert(rt_exc_pending());
    rt_frameobj_t *fo = want_frameobj ? rt_frame_escape(rt_ts, f) : NULL;
    rt_tb_t *tb = rt_alloc(&rt_type_tb, sizeof *tb);
    tb->next = rt_ts->exc_tb;
    tb->code = f->code;
    tb->frame = fo;
    tb->pc = f->pc;
    tb->lang = f->lang;
    rt_ts->exc_tb = tb; /* a registered root word, not a heap field: no barrier */
}

rt_code_loc_t rt_tb_location(const rt_tb_t *tb)
{
    return rt_code_location(tb->code, tb->pc);
}

/* ---- Standard errors -------------------------------------------------------------------- */

static const struct {
    const char *py, *php;
} kind_names[RT_EXC_NKINDS] = {
#define RT_EXC_NAMES(id, py, php) [RT_EXC_##id] = {py, php},
    RT_EXC_KINDS(RT_EXC_NAMES)
#undef RT_EXC_NAMES
};

const char *rt_exc_kind_name(rt_exc_kind_t kind, rt_lang_t lang)
{
    assert((unsigned)kind < RT_EXC_NKINDS);
    switch (lang) {
    case RT_LANG_PY:
        return kind_names[kind].py;
    case RT_LANG_PHP:
        return kind_names[kind].php;
    default:
        return NULL;
    }
}

static rt_exc_hook_fn hooks[RT_LANG_COUNT];

void rt_exc_set_hook(rt_lang_t lang, rt_exc_hook_fn hook)
{
    assert((unsigned)lang < RT_LANG_COUNT);
    hooks[lang] = hook;
}

static void exc_basic_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((rt_exc_basic_t *)obj)->message);
}

rt_type_t rt_type_exc_basic = RT_TYPE_INIT("exception", exc_basic_trace, NULL, 0);

rt_value_t rt_raise_str(rt_exc_kind_t kind, rt_str_t *message)
{
    rt_exc_hook_fn hook = hooks[rt_ts->lang];
    rt_value_t exc;
    if (hook) {
        exc = hook(kind, message);
    } else {
        rt_exc_basic_t *e = rt_alloc(&rt_type_exc_basic, sizeof *e);
        e->kind = kind;
        e->message = message;
        exc = rt_from_ptr(e);
    }
    return rt_exc_set(exc);
}

rt_value_t rt_raise(rt_exc_kind_t kind, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n < sizeof small)
        return rt_raise_str(kind, rt_str_new(small, (size_t)n));
    rt_str_t *s = rt_str_alloc(&rt_type_str, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(s->data, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return rt_raise_str(kind, s);
}

/* ---- Fatal errors ----------------------------------------------------------------------- */

void rt_bailout_push(rt_bailout_t *bp)
{
    rt_thread_t *ts = rt_ts;
    bp->prev = ts->bailout;
    bp->frame = ts->frame;
    bp->stack_top = ts->stack_top;
    bp->lang = ts->lang;
    memcpy(bp->depth, ts->depth, sizeof bp->depth);
    ts->bailout = bp;
}

void rt_bailout_pop(rt_bailout_t *bp)
{
    assert(rt_ts->bailout == bp);
    rt_ts->bailout = bp->prev;
}

/* Unwinds to the innermost recovery point, or ends the process when there is none. */
_Noreturn static void bail(void)
{
    rt_thread_t *ts = rt_ts;
    rt_bailout_t *bp = ts->bailout;
    if (!bp) {
        fflush(stdout);
        fprintf(stderr, "pyhyp: fatal error: %s\n", ts->fatal.message);
        exit(255);
    }
    rt_frame_discard_to(ts, bp->frame);
    ts->frame = bp->frame;
    ts->stack_top = bp->stack_top;
    ts->lang = bp->lang;
    memcpy(ts->depth, bp->depth, sizeof ts->depth);
    ts->exc = RT_NOVALUE;
    ts->exc_tb = NULL;
    ts->bailout = bp->prev;
    longjmp(bp->env, 1);
}

_Noreturn void rt_fatal(const char *fmt, ...)
{
    rt_thread_t *ts = rt_ts;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ts->fatal.message, sizeof ts->fatal.message, fmt, ap);
    va_end(ap);
    ts->fatal.kind = RT_FATAL_ERROR;
    ts->fatal.requested = 0;
    bail();
}

_Noreturn void rt_fatal_oom(size_t requested)
{
    rt_thread_t *ts = rt_ts;
    snprintf(ts->fatal.message, sizeof ts->fatal.message,
             "out of memory (tried to allocate %zu bytes)", requested);
    ts->fatal.kind = RT_FATAL_OOM;
    ts->fatal.requested = requested;
    bail();
}

_Noreturn void rt_fatal_abort(void)
{
    rt_thread_t *ts = rt_ts;
    snprintf(ts->fatal.message, sizeof ts->fatal.message, "the output's reader went away");
    ts->fatal.kind = RT_FATAL_ABORT;
    ts->fatal.requested = 0;
    bail();
}

_Noreturn void rt_fatal_again(void)
{
    bail();
}

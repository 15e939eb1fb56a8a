/*
** obj_gen.c: generators, coroutines and async generators (object.h), as CPython's genobject.c.
** All three are a pyvm_gen_t over a suspended frame (runtime/frame.h) that pyvm_interp_resume
** runs to its next yield. A generator suspended in `yield from` or `await` sits in a SEND loop
** (compile_expr.c) with the delegate on top of its saved stack: throw() and close() go to the
** delegate first. A coroutine is awaitable (__await__ gives a coroutine_wrapper); an async
** generator's own yields are wrapped (ASYNC_GEN_WRAP) so that the awaitables of __anext__,
** asend, athrow and aclose tell them from what an await inside it passes through to the driver.
*/
#include <string.h>

#include "pyvm/code.h"

#define METHOD(name)                                                                               \
    static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

static void gen_trace(gc_tracer_t *tracer, void *obj)
{
    pyvm_gen_t *g = obj;
    gc_visit_ptr(tracer, g->frame);
    gc_visit_ptr(tracer, g->name);
    gc_visit_ptr(tracer, g->qualname);
    gc_visit_ptr(tracer, g->code);
    gc_visit(tracer, g->exc_state);
}

rt_type_t pyvm_type_gen = RT_TYPE_INIT("generator", gen_trace, NULL, 0);
rt_type_t pyvm_type_coro = RT_TYPE_INIT("coroutine", gen_trace, NULL, 0);
rt_type_t pyvm_type_asyncgen = RT_TYPE_INIT("async_generator", gen_trace, NULL, 0);

/* What messages call each kind. */
static const char *kind_name(const pyvm_gen_t *g)
{
    const rt_type_t *t = rt_obj_type(g);
    return t == &pyvm_type_coro ? "coroutine" : t == &pyvm_type_asyncgen ? "async generator"
                                                                         : "generator";
}

bool pyvm_gen_is(rt_value_t v, const rt_type_t *t)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == t;
}

/* The iterator g delegates to while suspended in a SEND loop (yield from / await), else
** RT_NOVALUE: the loop's YIELD_VALUE is followed by a JUMP_BACK to its SEND. */
static rt_value_t delegate(pyvm_gen_t *g)
{
    rt_frameobj_t *fo = g->frame;
    if (!fo || !g->started || g->running || fo->depth == 0)
        return RT_NOVALUE;
    const uint8_t *bc = fo->code->bytecode;
    if (fo->pc >= fo->code->len || bc[fo->pc] != PYVM_OP_JUMP_BACK)
        return RT_NOVALUE;
    uint32_t send = pyvm_op_arg(bc + fo->pc, 0);
    if (bc[send] != PYVM_OP_SEND)
        return RT_NOVALUE;
    return fo->saved[fo->code->nlocals + fo->depth - 1];
}

/* The delegate finished: g leaves its SEND loop, the next resume pushing the loop's result. */
static void leave_delegate(pyvm_gen_t *g)
{
    rt_frameobj_t *fo = g->frame;
    fo->depth--;
    fo->pc = pyvm_op_arg(fo->code->bytecode + pyvm_op_arg(fo->code->bytecode + fo->pc, 0), 0);
}

rt_value_t pyvm_gen_send(pyvm_gen_t *g, rt_value_t v, rt_value_t *ret)
{
    if (ret)
        *ret = rt_none;
    if (g->running)
        return rt_raise(RT_EXC_VALUE, "%s already executing", kind_name(g));
    if (!g->frame) {
        if (rt_obj_type(g) == &pyvm_type_coro && v != RT_NOVALUE)
            return rt_raise(RT_EXC_RUNTIME, "cannot reuse already awaited coroutine");
        return RT_NOVALUE;
    }
    if (!g->started && v != rt_none && v != RT_NOVALUE)
        return rt_raise(RT_EXC_TYPE, "can't send non-None value to a just-started %s",
                        rt_obj_type(g) == &pyvm_type_gen ? "generator" : "coroutine");
    g->running = true;
    bool yielded = false;
    rt_value_t r = pyvm_interp_resume(g, v, &yielded);
    g->running = false;
    if (r && yielded)
        return r;
    g->frame = NULL;
    if (!r) {
        rt_value_t stop = rt_exc_current();
        bool async = rt_obj_type(g) == &pyvm_type_asyncgen;
        bool si = pyvm_isinstance(stop, pyvm_exc_StopIteration);
        if (si || (async && pyvm_isinstance(stop, pyvm_exc_StopAsyncIteration))) { /* PEP 479 */
            char buf[80];
            snprintf(buf, sizeof buf, "%s raised %s", kind_name(g),
                     si ? "StopIteration" : "StopAsyncIteration");
            rt_value_t msg = pyvm_str_cstr(buf);
            rt_value_t exc = pyvm_exc_new(pyvm_exc_RuntimeError, &msg, 1);
            if (!exc)
                return RT_NOVALUE;
            pyvm_exc_set_link(exc, pyvm_name(cause), stop);
            pyvm_exc_set_link(exc, pyvm_name(context), stop);
            return rt_exc_set(exc);
        }
        return RT_NOVALUE;
    }
    if (ret)
        *ret = r;
    return RT_NOVALUE;
}

/* send's result as a method returns it: the yielded value, or StopIteration(return value). */
static rt_value_t send_result(pyvm_gen_t *g, rt_value_t v)
{
    rt_value_t ret = rt_none;
    rt_value_t r = pyvm_gen_send(g, v, &ret);
    if (!r && !rt_exc_pending())
        return pyvm_exc_stop_iteration(ret);
    return r;
}

/* Resumes g with the pending exception raised at its yield (a generator not yet started just
** ends). */
static rt_value_t throw_here(pyvm_gen_t *g)
{
    if (!g->started || !g->frame) {
        g->frame = NULL;
        return RT_NOVALUE;
    }
    return send_result(g, RT_NOVALUE);
}

/* Closes a delegate: a generator's close(), or the close method an iterator may have. */
static bool close_iter(rt_value_t it)
{
    rt_value_t close = pyvm_gen_is(it, &pyvm_type_gen) || pyvm_gen_is(it, &pyvm_type_coro)
                           ? pyvm_getattr(it, rt_str_intern_cstr("close"))
                           : pyvm_getattr_opt(it, rt_str_intern_cstr("close"));
    if (!close)
        return !rt_exc_pending();
    return pyvm_call0(close) != RT_NOVALUE;
}

/* throw(exc) into g: to its delegate first (GeneratorExit closes the delegate instead when
** close_delegate), then at its own yield when the delegate lets it out. */
/* Raises exc with the traceback it carries, so that the generator's frames continue it (a
** context manager's generator and unittest's reports show the frames of the with block). */
static void raise_carried(rt_value_t exc)
{
    rt_value_t tb = pyvm_exc_get(exc, pyvm_name(traceback));
    rt_exc_restore(exc, tb && tb != rt_none ? rt_ptr(tb) : NULL);
}

static rt_value_t gen_throw_exc(pyvm_gen_t *g, rt_value_t exc, bool close_delegate)
{
    rt_value_t yf = delegate(g);
    if (!yf) {
        raise_carried(exc);
        return throw_here(g);
    }
    rt_value_t r;
    g->running = true;
    if (close_delegate && pyvm_isinstance(exc, pyvm_exc_GeneratorExit)) {
        bool ok = close_iter(yf);
        g->running = false;
        if (ok)
            raise_carried(exc);
        return throw_here(g);
    }
    if (pyvm_gen_is(yf, &pyvm_type_gen) || pyvm_gen_is(yf, &pyvm_type_coro)) {
        r = gen_throw_exc(rt_ptr(yf), exc, close_delegate);
    } else {
        rt_value_t meth = pyvm_getattr_opt(yf, rt_str_intern_cstr("throw"));
        if (!meth) {
            g->running = false;
            if (rt_exc_pending())
                return throw_here(g);
            raise_carried(exc);
            return throw_here(g);
        }
        r = pyvm_call1(meth, exc);
    }
    g->running = false;
    if (r)
        return r;
    if (pyvm_isinstance(rt_exc_current(), pyvm_exc_StopIteration)) {
        rt_value_t stop = rt_exc_fetch(NULL);
        rt_value_t v = pyvm_exc_getattr(stop, pyvm_name(value));
        if (!v)
            return RT_NOVALUE;
        leave_delegate(g);
        return send_result(g, v);
    }
    return throw_here(g);
}

/* throw(exc), throw(type[, value[, tb]]): the exception instance the forms mean. When making
** it from the class fails, *made_error is set: that error goes into the generator instead, as
** CPython's normalization. */
static rt_value_t throw_args(const rt_value_t *a, size_t n, bool *made_error)
{
    *made_error = false;
    rt_value_t exc = a[0];
    rt_value_t val = n > 1 ? a[1] : rt_none;
    if (n > 2 && a[2] != rt_none && !(rt_is_ptr(a[2]) && rt_obj_type(rt_ptr(a[2])) == &rt_type_tb))
        return rt_raise(RT_EXC_TYPE, "throw() third argument must be a traceback object");
    if (rt_is_ptr(exc) && rt_obj_type(rt_ptr(exc)) == &pyvm_type_class &&
        (((pyvm_class_t *)rt_ptr(exc))->flags & PYVM_CLASS_BASEEXC)) {
        if (pyvm_is_exc(val) && pyvm_isinstance(val, rt_ptr(exc)))
            exc = val;
        else if (pyvm_is_tuple(val))
            exc = pyvm_call(exc, ((rt_tuple_t *)rt_ptr(val))->items,
                            (size_t)rt_tuple_len(rt_ptr(val)), NULL);
        else
            exc = val == rt_none ? pyvm_call0(exc) : pyvm_call1(exc, val);
        *made_error = true;
        if (exc && !pyvm_is_exc(exc)) {
            rt_value_t r = pyvm_repr(a[0]);
            return r ? rt_raise(RT_EXC_TYPE, "calling %s should have returned an instance of "
                                             "BaseException, not %s",
                                pyvm_str_of(r)->data, pyvm_type_name(exc))
                     : r;
        }
    } else if (pyvm_is_exc(exc) && val != rt_none) {
        return rt_raise(RT_EXC_TYPE, "instance exception may not have a separate value");
    }
    if (!exc)
        return RT_NOVALUE;
    if (!pyvm_is_exc(exc))
        return rt_raise(RT_EXC_TYPE, "exceptions must be classes or instances deriving from "
                                     "BaseException, not %s", pyvm_type_name(exc));
    /* throw(exc) raises exc with its traceback; throw(type, value) starts a fresh one */
    if (n > 1)
        pyvm_exc_put(exc, pyvm_name(traceback), n > 2 ? a[2] : rt_none);
    return exc;
}

static rt_value_t gen_throw(pyvm_gen_t *g, const rt_value_t *a, size_t n, bool close_delegate)
{
    if (g->running)
        return rt_raise(RT_EXC_VALUE, "%s already executing", kind_name(g));
    bool made_error;
    rt_value_t exc = throw_args(a, n, &made_error);
    if (!exc)
        return made_error ? throw_here(g) : RT_NOVALUE;
    return gen_throw_exc(g, exc, close_delegate);
}

static rt_value_t gen_close_impl(pyvm_gen_t *g)
{
    if (!g->frame)
        return rt_none;
    if (g->running)
        return rt_raise(RT_EXC_VALUE, "%s already executing", kind_name(g));
    if (!g->started) {
        g->frame = NULL;
        return rt_none;
    }
    rt_value_t yf = delegate(g);
    bool ok = true;
    if (yf) {
        g->running = true;
        ok = close_iter(yf);
        g->running = false;
    }
    if (ok) {
        rt_value_t exc = pyvm_exc_new(pyvm_exc_GeneratorExit, NULL, 0);
        if (!exc)
            return RT_NOVALUE;
        rt_exc_set(exc);
    }
    rt_value_t r = throw_here(g);
    if (r) /* it yielded: still suspended, as in CPython */
        return rt_raise(RT_EXC_RUNTIME, "%s ignored GeneratorExit", kind_name(g));
    if (pyvm_isinstance(rt_exc_current(), pyvm_exc_GeneratorExit) ||
        pyvm_isinstance(rt_exc_current(), pyvm_exc_StopIteration)) {
        rt_exc_clear();
        return rt_none;
    }
    return RT_NOVALUE;
}

static rt_value_t gen_iter(rt_value_t self) { return self; }

static rt_value_t gen_next(rt_value_t self) { return pyvm_gen_send(rt_ptr(self), rt_none, NULL); }

METHOD(gen_send_m)
{
    (void)n, (void)kw;
    return send_result(rt_ptr(self), a[0]);
}

METHOD(gen_throw_m)
{
    (void)kw;
    return gen_throw(rt_ptr(self), a, n, true);
}

METHOD(gen_close_m)
{
    (void)a, (void)n, (void)kw;
    return gen_close_impl(rt_ptr(self));
}

static rt_value_t gen_repr(rt_value_t self)
{
    pyvm_gen_t *g = rt_ptr(self);
    char buf[300];
    snprintf(buf, sizeof buf, "<%s object %s at %#lx>", pyvm_type_name(self), g->qualname->data,
             (unsigned long)self);
    return pyvm_str_cstr(buf);
}

/* __name__, __qualname__, and the gi_ / cr_ / ag_ attributes: frame (None once finished),
** running, code, suspended, and what it awaits (yieldfrom / await). */
static rt_value_t gen_getattr(rt_value_t self, rt_str_t *name)
{
    pyvm_gen_t *g = rt_ptr(self);
    const char *prefix = rt_obj_type(g) == &pyvm_type_coro       ? "cr_"
                         : rt_obj_type(g) == &pyvm_type_asyncgen ? "ag_"
                                                                 : "gi_";
    if (name == pyvm_name(name))
        return rt_from_ptr(g->name);
    if (name == pyvm_name(qualname))
        return rt_from_ptr(g->qualname);
    if (strncmp(name->data, prefix, 3) != 0)
        return pyvm_generic_getattr(self, name);
    const char *n = name->data + 3;
    if (strcmp(n, "frame") == 0)
        return g->frame ? rt_from_ptr(g->frame) : rt_none;
    if (strcmp(n, "running") == 0)
        return rt_bool(g->running);
    if (strcmp(n, "code") == 0)
        return rt_from_ptr(g->code);
    if (strcmp(n, "suspended") == 0)
        return rt_bool(g->frame && g->started && !g->running);
    if (strcmp(n, prefix[0] == 'g' ? "yieldfrom" : "await") == 0) {
        rt_value_t yf = delegate(g);
        return yf ? yf : rt_none;
    }
    if (prefix[0] == 'c' && strcmp(n, "origin") == 0)
        return rt_none;
    return pyvm_generic_getattr(self, name);
}

static const pyvm_cfunc_def_t gen_methods[] = {
    {"send", gen_send_m, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"close", gen_close_m, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"throw", gen_throw_m, 1, 3, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* __name__ and __qualname__ can be set (to strs). */
static bool gen_setattr(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    pyvm_gen_t *g = rt_ptr(self);
    if (name != pyvm_name(name) && name != pyvm_name(qualname)) {
        pyvm_readonly_attr_error(self, name);
        return false;
    }
    if (!v || !pyvm_is_str(v)) {
        rt_raise(RT_EXC_TYPE, "%s must be set to a string object", name->data);
        return false;
    }
    if (name == pyvm_name(name))
        RT_STORE(g, name, rt_ptr(v));
    else
        RT_STORE(g, qualname, rt_ptr(v));
    return true;
}

static const rt_pyslots_t gen_slots = {
    .cls = &pyvm_cls_generator,
    .repr = gen_repr,
    .getattr = gen_getattr,
    .setattr = gen_setattr,
    .iter = gen_iter,
    .next = gen_next,
};

/* ---- Coroutines: awaitable, not iterable ---- */

pyvm_class_t *pyvm_cls_coroutine, *pyvm_cls_async_generator;
static pyvm_class_t *coro_wrapper_cls, *asend_cls, *athrow_cls;

/* coroutine.__await__(): an iterator over the coroutine (send/throw/close pass through). */
typedef struct {
    rt_obj_t hdr;
    pyvm_gen_t *coro;
} coro_wrapper_t;

static void coro_wrapper_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((coro_wrapper_t *)obj)->coro);
}

static rt_type_t coro_wrapper_type = RT_TYPE_INIT("coroutine_wrapper", coro_wrapper_trace, NULL, 0);

METHOD(coro_await)
{
    (void)a, (void)n, (void)kw;
    coro_wrapper_t *w = rt_alloc(&coro_wrapper_type, sizeof *w);
    w->coro = rt_ptr(self);
    gc_write_barrier(w);
    return rt_from_ptr(w);
}

#define WRAPPED(self) (((coro_wrapper_t *)rt_ptr(self))->coro)

static rt_value_t wrapper_next(rt_value_t self) { return send_result(WRAPPED(self), rt_none); }

METHOD(wrapper_send)
{
    (void)n, (void)kw;
    return send_result(WRAPPED(self), a[0]);
}

METHOD(wrapper_throw)
{
    (void)kw;
    return gen_throw(WRAPPED(self), a, n, true);
}

METHOD(wrapper_close)
{
    (void)a, (void)n, (void)kw;
    return gen_close_impl(WRAPPED(self));
}

static const pyvm_cfunc_def_t coro_methods[] = {
    {"send", gen_send_m, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"close", gen_close_m, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"throw", gen_throw_m, 1, 3, PYVM_CFUNC_METHOD, 0},
    {"__await__", coro_await, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t wrapper_methods[] = {
    {"send", wrapper_send, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"close", wrapper_close, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"throw", wrapper_throw, 1, 3, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t coro_slots = {
    .cls = &pyvm_cls_coroutine,
    .repr = gen_repr,
    .getattr = gen_getattr,
    .setattr = gen_setattr,
};

static const rt_pyslots_t wrapper_slots = {
    .cls = &coro_wrapper_cls,
    .iter = gen_iter,
    .next = wrapper_next,
};

rt_value_t pyvm_gen_awaitable(rt_value_t v, int where)
{
    if (pyvm_gen_is(v, &pyvm_type_gen) &&
        (((pyvm_code_t *)((pyvm_gen_t *)rt_ptr(v))->code)->pyflags & PYVM_CO_ITERCORO))
        return v; /* a types.coroutine generator */
    if (pyvm_gen_is(v, &pyvm_type_coro)) {
        if (delegate(rt_ptr(v)))
            return rt_raise(RT_EXC_RUNTIME, "coroutine is being awaited already");
        return v;
    }
    rt_value_t getter = pyvm_type_lookup(pyvm_type_of(v), rt_str_intern_cstr("__await__"));
    if (!getter) {
        static const char *const what[] = {"", "__aenter__", "__aexit__"};
        if (where)
            return rt_raise(RT_EXC_TYPE, "'async with' received an object from %s that does not "
                                         "implement __await__: %s", what[where], pyvm_type_name(v));
        return rt_raise(RT_EXC_TYPE, "object %s can't be used in 'await' expression",
                        pyvm_type_name(v));
    }
    rt_value_t it = pyvm_call1(getter, v);
    if (!it)
        return RT_NOVALUE;
    if (pyvm_gen_is(it, &pyvm_type_coro))
        return rt_raise(RT_EXC_TYPE, "__await__() returned a coroutine");
    const rt_pyslots_t *s = pyvm_slots(it);
    bool iterator = rt_is_ptr(it) && rt_obj_type(rt_ptr(it)) == &pyvm_type_instance
                        ? pyvm_type_lookup(pyvm_type_of(it), pyvm_name(next)) != RT_NOVALUE
                        : s && s->next;
    if (!iterator)
        return rt_raise(RT_EXC_TYPE, "__await__() returned non-iterator of type '%s'",
                        pyvm_type_name(it));
    return it;
}

/* ---- Async generators ---- */

/* What an async generator's own yield hands out (ASYNC_GEN_WRAP). */
typedef struct {
    rt_obj_t hdr;
    rt_value_t value;
} wrapped_t;

static void wrapped_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit(tracer, ((wrapped_t *)obj)->value);
}

static rt_type_t wrapped_type =
    RT_TYPE_INIT("async_generator_wrapped_value", wrapped_trace, NULL, 0);

rt_value_t pyvm_asyncgen_wrap(rt_value_t v)
{
    wrapped_t *w = rt_alloc(&wrapped_type, sizeof *w);
    w->value = v;
    gc_write_barrier(w);
    return rt_from_ptr(w);
}

/* The asend / athrow awaitables: their generator, what to send or throw (athrow's exc 0:
** aclose), and their state. */
enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct {
    rt_obj_t hdr;
    pyvm_gen_t *gen;
    rt_value_t arg; /* asend: the value; athrow: the exception, 0 for aclose */
    int state;
} agawait_t;

static void agawait_trace(gc_tracer_t *tracer, void *obj)
{
    agawait_t *w = obj;
    gc_visit_ptr(tracer, w->gen);
    gc_visit(tracer, w->arg);
}

static rt_type_t asend_type = RT_TYPE_INIT("async_generator_asend", agawait_trace, NULL, 0);
static rt_type_t athrow_type = RT_TYPE_INIT("async_generator_athrow", agawait_trace, NULL, 0);

/* Raises cls() (no arguments). */
static rt_value_t raise_empty(pyvm_class_t *cls)
{
    rt_value_t e = pyvm_exc_new(cls, NULL, 0);
    return e ? rt_exc_set(e) : RT_NOVALUE;
}

/* The generator's result seen through an awaitable: its own yield finishes the awaitable with
** StopIteration(value), a return with StopAsyncIteration; what an await passes through stays. */
static rt_value_t unwrap(pyvm_gen_t *g, rt_value_t r)
{
    if (!r) {
        if (!rt_exc_pending())
            raise_empty(pyvm_exc_StopAsyncIteration);
        rt_value_t e = rt_exc_current();
        if (e && (pyvm_isinstance(e, pyvm_exc_StopAsyncIteration) ||
                  pyvm_isinstance(e, pyvm_exc_GeneratorExit)))
            g->closed = true;
        g->running_async = false;
        return RT_NOVALUE;
    }
    if (rt_is_ptr(r) && rt_obj_type(rt_ptr(r)) == &wrapped_type) {
        g->running_async = false;
        return pyvm_exc_stop_iteration(((wrapped_t *)rt_ptr(r))->value);
    }
    return r;
}

static rt_value_t agawait_new(rt_type_t *t, pyvm_gen_t *g, rt_value_t arg)
{
    agawait_t *w = rt_alloc(t, sizeof *w);
    w->gen = g;
    w->arg = arg;
    gc_write_barrier(w);
    return rt_from_ptr(w);
}

static rt_value_t asend_send(agawait_t *w, rt_value_t v)
{
    if (w->state == AW_CLOSED)
        return rt_raise(RT_EXC_RUNTIME, "cannot reuse already awaited __anext__()/asend()");
    if (w->state == AW_INIT) {
        if (w->gen->running_async)
            return rt_raise(RT_EXC_RUNTIME,
                            "anext(): asynchronous generator is already running");
        if (v == rt_none)
            v = w->arg;
        w->state = AW_ITER;
    }
    w->gen->running_async = true;
    rt_value_t r = unwrap(w->gen, pyvm_gen_send(w->gen, v, NULL));
    if (!r)
        w->state = AW_CLOSED;
    return r;
}

/* aclose()'s end: the generator let GeneratorExit or StopAsyncIteration out, or returned. */
static rt_value_t athrow_check(agawait_t *w)
{
    w->gen->running_async = false;
    w->state = AW_CLOSED;
    if (!rt_exc_pending())
        raise_empty(pyvm_exc_StopAsyncIteration);
    rt_value_t e = rt_exc_current();
    if (!w->arg && (pyvm_isinstance(e, pyvm_exc_StopAsyncIteration) ||
                    pyvm_isinstance(e, pyvm_exc_GeneratorExit))) {
        rt_exc_clear();
        return pyvm_exc_stop_iteration(rt_none);
    }
    return RT_NOVALUE;
}

/* aclose(): the generator yielded a value of its own instead of finishing. */
static rt_value_t ignored_exit(agawait_t *w)
{
    w->gen->running_async = false;
    w->state = AW_CLOSED;
    return rt_raise(RT_EXC_RUNTIME, "async generator ignored GeneratorExit");
}

static bool is_wrapped(rt_value_t r)
{
    return r && rt_is_ptr(r) && rt_obj_type(rt_ptr(r)) == &wrapped_type;
}

static rt_value_t athrow_send(agawait_t *w, rt_value_t v)
{
    pyvm_gen_t *g = w->gen;
    if (w->state == AW_CLOSED)
        return rt_raise(RT_EXC_RUNTIME, "cannot reuse already awaited aclose()/athrow()");
    if (!g->frame) {
        w->state = AW_CLOSED;
        return pyvm_exc_stop_iteration(rt_none);
    }
    rt_value_t r;
    if (w->state == AW_INIT) {
        if (g->running_async) {
            w->state = AW_CLOSED;
            return rt_raise(RT_EXC_RUNTIME, "%s(): asynchronous generator is already running",
                            w->arg ? "athrow" : "aclose");
        }
        if (g->closed) {
            w->state = AW_CLOSED;
            return raise_empty(pyvm_exc_StopAsyncIteration);
        }
        if (v != rt_none)
            return rt_raise(RT_EXC_RUNTIME, "can't send non-None value to a just-started "
                                            "coroutine");
        w->state = AW_ITER;
        g->running_async = true;
        if (!w->arg) {
            g->closed = true;
            rt_value_t exc = pyvm_exc_new(pyvm_exc_GeneratorExit, NULL, 0);
            r = exc ? gen_throw_exc(g, exc, false) : RT_NOVALUE;
            if (is_wrapped(r))
                return ignored_exit(w);
        } else {
            r = unwrap(g, gen_throw_exc(g, w->arg, false));
        }
        return r ? r : athrow_check(w);
    }
    r = pyvm_gen_send(g, v, NULL);
    if (w->arg)
        return unwrap(g, r);
    if (is_wrapped(r))
        return ignored_exit(w);
    return r ? r : athrow_check(w);
}

static rt_value_t agawait_next(rt_value_t self)
{
    agawait_t *w = rt_ptr(self);
    return rt_obj_type(w) == &asend_type ? asend_send(w, rt_none) : athrow_send(w, rt_none);
}

METHOD(agawait_send)
{
    (void)n, (void)kw;
    agawait_t *w = rt_ptr(self);
    return rt_obj_type(w) == &asend_type ? asend_send(w, a[0]) : athrow_send(w, a[0]);
}

METHOD(agawait_throw)
{
    (void)kw;
    agawait_t *w = rt_ptr(self);
    bool asend = rt_obj_type(w) == &asend_type;
    if (w->state == AW_CLOSED)
        return rt_raise(RT_EXC_RUNTIME, asend ? "cannot reuse already awaited __anext__()/asend()"
                                              : "cannot reuse already awaited aclose()/athrow()");
    rt_value_t r = gen_throw(w->gen, a, n, true);
    if (asend || w->arg) {
        r = unwrap(w->gen, r);
        if (!r)
            w->state = AW_CLOSED;
        return r;
    }
    if (is_wrapped(r))
        return ignored_exit(w);
    return r ? r : athrow_check(w);
}

METHOD(return_self)
{
    (void)a, (void)n, (void)kw;
    return self;
}

METHOD(agawait_close)
{
    (void)a, (void)n, (void)kw;
    ((agawait_t *)rt_ptr(self))->state = AW_CLOSED;
    return rt_none;
}

static const pyvm_cfunc_def_t agawait_methods[] = {
    {"send", agawait_send, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"throw", agawait_throw, 1, 3, PYVM_CFUNC_METHOD, 0},
    {"close", agawait_close, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__await__", return_self, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t asend_slots = {.cls = &asend_cls, .iter = gen_iter,
                                         .next = agawait_next};
static const rt_pyslots_t athrow_slots = {.cls = &athrow_cls, .iter = gen_iter,
                                          .next = agawait_next};

METHOD(ag_anext)
{
    (void)a, (void)n, (void)kw;
    return agawait_new(&asend_type, rt_ptr(self), rt_none);
}

METHOD(ag_asend)
{
    (void)n, (void)kw;
    return agawait_new(&asend_type, rt_ptr(self), a[0]);
}

METHOD(ag_athrow)
{
    (void)kw;
    bool made_error;
    rt_value_t exc = throw_args(a, n, &made_error);
    return exc ? agawait_new(&athrow_type, rt_ptr(self), exc) : RT_NOVALUE;
}

METHOD(ag_aclose)
{
    (void)a, (void)n, (void)kw;
    return agawait_new(&athrow_type, rt_ptr(self), RT_NOVALUE);
}

static const pyvm_cfunc_def_t ag_methods[] = {
    {"__aiter__", return_self, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__anext__", ag_anext, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"asend", ag_asend, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"athrow", ag_athrow, 1, 3, PYVM_CFUNC_METHOD, 0},
    {"aclose", ag_aclose, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t ag_slots = {
    .cls = &pyvm_cls_async_generator,
    .repr = gen_repr,
    .getattr = gen_getattr,
    .setattr = gen_setattr,
};

/* ---- async for ---- */

rt_value_t pyvm_gen_aiter(rt_value_t v)
{
    rt_value_t f = pyvm_type_lookup(pyvm_type_of(v), rt_str_intern_cstr("__aiter__"));
    if (!f)
        return rt_raise(RT_EXC_TYPE, "'async for' requires an object with __aiter__ method, got %s",
                        pyvm_type_name(v));
    rt_value_t it = pyvm_call1(f, v);
    if (!it)
        return RT_NOVALUE;
    if (!pyvm_type_lookup(pyvm_type_of(it), rt_str_intern_cstr("__anext__")))
        return rt_raise(RT_EXC_TYPE, "'async for' received an object from __aiter__ that does not "
                                     "implement __anext__: %s", pyvm_type_name(it));
    return it;
}

rt_value_t pyvm_gen_anext(rt_value_t it)
{
    if (pyvm_gen_is(it, &pyvm_type_asyncgen))
        return agawait_new(&asend_type, rt_ptr(it), rt_none);
    rt_value_t f = pyvm_type_lookup(pyvm_type_of(it), rt_str_intern_cstr("__anext__"));
    if (!f)
        return rt_raise(RT_EXC_TYPE, "'async for' requires an iterator with __anext__ method, "
                                     "got %s", pyvm_type_name(it));
    rt_value_t aw = pyvm_call1(f, it);
    if (!aw)
        return RT_NOVALUE;
    rt_value_t r = pyvm_gen_awaitable(aw, 0);
    if (!r && pyvm_isinstance(rt_exc_current(), pyvm_exc_TypeError)) {
        rt_exc_clear();
        return rt_raise(RT_EXC_TYPE, "'async for' received an invalid object from __anext__: %s",
                        pyvm_type_name(aw));
    }
    return r;
}

void pyvm_gen_init(void)
{
    static pyvm_class_t **const roots[] = {&pyvm_cls_coroutine, &pyvm_cls_async_generator,
                                           &coro_wrapper_cls, &asend_cls, &athrow_cls};
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
        gc_root_add(roots[i], 1);
    pyvm_type_gen.py = &gen_slots;
    pyvm_type_coro.py = &coro_slots;
    pyvm_type_asyncgen.py = &ag_slots;
    coro_wrapper_type.py = &wrapper_slots;
    asend_type.py = &asend_slots;
    athrow_type.py = &athrow_slots;
    pyvm_cls_generator = pyvm_type_new_builtin("generator", &pyvm_type_gen, pyvm_cls_object);
    pyvm_cfunc_install(pyvm_cls_generator, gen_methods);
    pyvm_cls_coroutine = pyvm_type_new_builtin("coroutine", &pyvm_type_coro, pyvm_cls_object);
    pyvm_cfunc_install(pyvm_cls_coroutine, coro_methods);
    pyvm_cls_async_generator =
        pyvm_type_new_builtin("async_generator", &pyvm_type_asyncgen, pyvm_cls_object);
    pyvm_cfunc_install(pyvm_cls_async_generator, ag_methods);
    coro_wrapper_cls =
        pyvm_type_new_builtin("coroutine_wrapper", &coro_wrapper_type, pyvm_cls_object);
    pyvm_cfunc_install(coro_wrapper_cls, wrapper_methods);
    asend_cls = pyvm_type_new_builtin("async_generator_asend", &asend_type, pyvm_cls_object);
    athrow_cls = pyvm_type_new_builtin("async_generator_athrow", &athrow_type, pyvm_cls_object);
    pyvm_cfunc_install(asend_cls, agawait_methods);
    pyvm_cfunc_install(athrow_cls, agawait_methods);
}

/*
** obj_longrange.c: range objects whose bounds do not fit in 64 bits (object.h), as
** range(1 << 1000) makes: the same class as range, computing with Python ints (obj_int.c), and
** their iterator (longrange_iterator, which _collections_abc names). obj_list.c's range keeps the
** machine-integer fast path for everything else.
*/
#include "pyvm/code.h"

typedef struct longrange {
    rt_obj_t hdr;
    rt_value_t start, stop, step; /* Python ints; for the iterator: next value, stop, step */
} longrange_t;

static void longrange_trace(gc_tracer_t *tracer, void *obj)
{
    longrange_t *r = obj;
    gc_visit(tracer, r->start);
    gc_visit(tracer, r->stop);
    gc_visit(tracer, r->step);
}

static rt_type_t longrange_type = RT_TYPE_INIT("range", longrange_trace, NULL, 0);
static rt_type_t longrangeiter_type = RT_TYPE_INIT("longrange_iterator", longrange_trace, NULL, 0);
static pyvm_class_t *longrangeiter_cls;

static longrange_t *make(rt_type_t *t, rt_value_t start, rt_value_t stop, rt_value_t step)
{
    longrange_t *r = rt_alloc(t, sizeof *r);
    r->start = start;
    r->stop = stop;
    r->step = step;
    gc_write_barrier(r);
    return r;
}

rt_value_t pyvm_longrange_new(const rt_value_t *args, size_t nargs)
{
    rt_value_t v[3] = {rt_small(0), RT_NOVALUE, rt_small(1)};
    for (size_t i = 0; i < nargs; i++)
        if (!(v[nargs == 1 ? 1 : i] = pyvm_index(args[i])))
            return RT_NOVALUE;
    if (v[2] == rt_small(0))
        return rt_raise(RT_EXC_VALUE, "range() arg 3 must not be zero");
    return rt_from_ptr(make(&longrange_type, v[0], v[1], v[2]));
}

/* Whether a step from x has not reached stop yet: -1 on error. */
static int before_stop(longrange_t *r, rt_value_t x)
{
    int neg = pyvm_lt(r->step, rt_small(0));
    if (neg < 0)
        return -1;
    return neg ? pyvm_lt(r->stop, x) : pyvm_lt(x, r->stop);
}

static rt_value_t longrange_repr(rt_value_t self)
{
    longrange_t *r = rt_ptr(self);
    rt_value_t parts[3] = {pyvm_repr(r->start), pyvm_repr(r->stop), pyvm_repr(r->step)};
    if (!parts[0] || !parts[1] || !parts[2])
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    rt_strbuf_appendf(&b, "range(%s, %s", pyvm_str_of(parts[0])->data, pyvm_str_of(parts[1])->data);
    if (r->step != rt_small(1))
        rt_strbuf_appendf(&b, ", %s", pyvm_str_of(parts[2])->data);
    rt_strbuf_appendf(&b, ")");
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static int longrange_truth(rt_value_t self)
{
    longrange_t *r = rt_ptr(self);
    return before_stop(r, r->start);
}

static rt_value_t longrange_iter(rt_value_t self)
{
    longrange_t *r = rt_ptr(self);
    return rt_from_ptr(make(&longrangeiter_type, r->start, r->stop, r->step));
}

static rt_value_t longrangeiter_next(rt_value_t self)
{
    longrange_t *it = rt_ptr(self);
    int more = before_stop(it, it->start);
    if (more <= 0)
        return RT_NOVALUE;
    rt_value_t v = it->start;
    rt_value_t next = pyvm_binop(PYVM_AST_Add, v, it->step);
    if (!next)
        return RT_NOVALUE;
    RT_STORE(it, start, next);
    return v;
}

static rt_value_t longrangeiter_iter(rt_value_t self) { return self; }

/* x in r for an int x: on the grid of start and step, from start on and before stop. Others
** are not searched (a long range has too many members to compare one by one). */
static int longrange_contains(rt_value_t self, rt_value_t x)
{
    longrange_t *r = rt_ptr(self);
    x = pyvm_unwrap(x);
    if (!pyvm_is_intlike(x))
        return 0;
    x = pyvm_int_of(x);
    int neg = pyvm_lt(r->step, rt_small(0));
    int past = neg ? pyvm_lt(r->start, x) : pyvm_lt(x, r->start); /* before the start */
    int started = past < 0 ? -1 : !past;
    int before = before_stop(r, x);
    if (neg < 0 || started < 0 || before < 0)
        return -1;
    if (!started || !before)
        return 0;
    rt_value_t off = pyvm_binop(PYVM_AST_Sub, x, r->start);
    rt_value_t m = off ? pyvm_binop(PYVM_AST_Mod, off, r->step) : off;
    return m ? m == rt_small(0) : -1;
}

bool pyvm_longrange_parts(rt_value_t v, rt_value_t out[3])
{
    if (!rt_is_ptr(v) || rt_obj_type(rt_ptr(v)) != &longrange_type)
        return false;
    longrange_t *r = rt_ptr(v);
    out[0] = r->start;
    out[1] = r->stop;
    out[2] = r->step;
    return true;
}

/* __reduce__: (iter, (range(next, stop, step),), 0), as the range iterator's. */
static rt_value_t lri_reduce(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    longrange_t *it = rt_ptr(self);
    rt_value_t args[3] = {it->start, it->stop, it->step};
    rt_value_t r = pyvm_call(rt_from_ptr(pyvm_cls_range), args, 3, NULL);
    if (!r)
        return RT_NOVALUE;
    rt_value_t parts[3] = {rt_map_get_str(pyvm_builtins, rt_str_intern_cstr("iter")),
                           pyvm_tuple_from(&r, 1), rt_small(0)};
    return pyvm_tuple_from(parts, 3);
}

/* __setstate__(index): skips index numbers (a negative index skips none). */
static rt_value_t lri_setstate(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    longrange_t *it = rt_ptr(self);
    rt_value_t index = pyvm_index(a[0]);
    int neg = index ? pyvm_lt(index, rt_small(0)) : -1;
    if (neg < 0)
        return RT_NOVALUE;
    rt_value_t off = neg ? rt_small(0) : pyvm_binop(PYVM_AST_Mult, index, it->step);
    rt_value_t next = off ? pyvm_binop(PYVM_AST_Add, it->start, off) : off;
    if (!next)
        return RT_NOVALUE;
    RT_STORE(it, start, next);
    return rt_none;
}

static const pyvm_cfunc_def_t longrangeiter_methods[] = {
    {"__reduce__", lri_reduce, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__setstate__", lri_setstate, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t longrange_slots = {
    .cls = &pyvm_cls_range,
    .repr = longrange_repr,
    .contains = longrange_contains,
    .iter = longrange_iter,
    .truth = longrange_truth,
};

static const rt_pyslots_t longrangeiter_slots = {
    .cls = &longrangeiter_cls,
    .iter = longrangeiter_iter,
    .next = longrangeiter_next,
};

void pyvm_longrange_init(void)
{
    gc_root_add(&longrangeiter_cls, 1);
    longrange_type.py = &longrange_slots;
    longrangeiter_type.py = &longrangeiter_slots;
    longrangeiter_cls =
        pyvm_type_new_builtin("longrange_iterator", &longrangeiter_type, pyvm_cls_object);
    pyvm_cfunc_install(longrangeiter_cls, longrangeiter_methods);
}

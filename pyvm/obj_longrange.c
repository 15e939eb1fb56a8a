/*
** obj_longrange.c: range objects whose bounds do not fit in 64 bits (object.h), as
** range(1 << 1000) makes: the same class as range, computing with Python ints (obj_int.c), and
** their iterator (longrange_iterator, which _collections_abc names): len (OverflowError past the
** machine size), indexing and slicing, equality and hash by the values, count, index and
** reversed. obj_list.c's range keeps the machine-integer fast path for everything else.
*/
#include <string.h>

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

#define OP(op, a, b) pyvm_binop(PYVM_AST_##op, (a), (b))

/* The number of values of r, a Python int; NOVALUE on error. */
static rt_value_t length(longrange_t *r)
{
    int neg = pyvm_lt(r->step, rt_small(0));
    if (neg < 0)
        return RT_NOVALUE;
    /* step > 0: (stop - start + step - 1) // step, step < 0 the same mirrored; never negative */
    rt_value_t lo = neg ? r->stop : r->start, hi = neg ? r->start : r->stop;
    rt_value_t step = neg ? OP(Sub, rt_small(0), r->step) : r->step;
    rt_value_t d = step ? OP(Sub, hi, lo) : RT_NOVALUE;
    rt_value_t n = d ? OP(Add, d, step) : d;
    n = n ? OP(Sub, n, rt_small(1)) : n;
    n = n ? OP(FloorDiv, n, step) : n;
    int empty = n ? pyvm_lt(n, rt_small(0)) : -1;
    return empty < 0 ? RT_NOVALUE : empty ? rt_small(0) : n;
}

/* len(): an OverflowError beyond the machine size, as CPython's */
static int64_t longrange_len(rt_value_t self)
{
    rt_value_t n = length(rt_ptr(self));
    int64_t len;
    if (!n)
        return -1;
    if (!rt_is_small(n) || !rt_int_to_i64(n, &len)) {
        rt_raise(RT_EXC_OVERFLOW, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return len;
}

/* r[i]: start + i * step, from the end for a negative i; r[a:b:c]: the range of those values */
static rt_value_t longrange_getitem(rt_value_t self, rt_value_t k)
{
    longrange_t *r = rt_ptr(self);
    rt_value_t n = length(r);
    if (!n)
        return RT_NOVALUE;
    if (rt_is_ptr(k) && rt_obj_type(rt_ptr(k)) == &pyvm_type_slice) {
        rt_value_t ind = pyvm_getattr(k, rt_str_intern_cstr("indices"));
        rt_value_t t = ind ? pyvm_call1(ind, n) : RT_NOVALUE;
        if (!t)
            return RT_NOVALUE;
        rt_tuple_t *abc = rt_ptr(t);
        rt_value_t a = OP(Add, r->start, OP(Mult, rt_tuple_get(abc, 0), r->step));
        rt_value_t b = OP(Add, r->start, OP(Mult, rt_tuple_get(abc, 1), r->step));
        rt_value_t args[3] = {a, b, OP(Mult, rt_tuple_get(abc, 2), r->step)};
        if (!args[0] || !args[1] || !args[2])
            return RT_NOVALUE;
        return pyvm_call(rt_from_ptr(pyvm_cls_range), args, 3, NULL);
    }
    rt_value_t i = pyvm_index(k);
    int neg = i ? pyvm_lt(i, rt_small(0)) : -1;
    if (neg > 0)
        i = OP(Add, i, n);
    int out = !i ? -1 : neg > 0 ? pyvm_lt(i, rt_small(0)) : pyvm_lt(i, n) == 0;
    if (neg < 0 || out < 0)
        return RT_NOVALUE;
    if (out)
        return rt_raise(RT_EXC_INDEX, "range object index out of range");
    return OP(Add, r->start, OP(Mult, i, r->step));
}

/* What equality and hashing compare: (len, start if len, step if len > 1), as small ranges. */
static rt_value_t key_of(rt_value_t v)
{
    rt_value_t parts[3];
    if (!pyvm_longrange_parts(v, parts))
        for (int i = 0; i < 3; i++)
            if (!(parts[i] = pyvm_getattr(v, rt_str_intern_cstr(i == 0   ? "start"
                                                                   : i == 1 ? "stop"
                                                                            : "step"))))
                return RT_NOVALUE;
    longrange_t tmp = {.start = parts[0], .stop = parts[1], .step = parts[2]};
    rt_value_t n = length(&tmp);
    if (!n)
        return RT_NOVALUE;
    int one = pyvm_lt(rt_small(1), n);
    rt_value_t k[3] = {n, n != rt_small(0) ? parts[0] : rt_none, one > 0 ? parts[2] : rt_none};
    return one < 0 ? RT_NOVALUE : pyvm_tuple_from(k, 3);
}

static rt_value_t longrange_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if ((op != PYVM_EQ && op != PYVM_NE) || !rt_is_ptr(b) ||
        pyvm_type_of(b) != pyvm_cls_range)
        return pyvm_notimpl;
    rt_value_t x = key_of(a), y = x ? key_of(b) : RT_NOVALUE;
    return y ? pyvm_richcmp(x, y, op) : RT_NOVALUE;
}

static bool longrange_hash(rt_value_t v, int64_t *out)
{
    rt_value_t k = key_of(v);
    return k && pyvm_hash(k, out);
}

static rt_value_t longrange_getattr(rt_value_t self, rt_str_t *name)
{
    longrange_t *r = rt_ptr(self);
    if (strcmp(name->data, "start") == 0)
        return r->start;
    if (strcmp(name->data, "stop") == 0)
        return r->stop;
    if (strcmp(name->data, "step") == 0)
        return r->step;
    return pyvm_generic_getattr(self, name);
}

rt_value_t pyvm_longrange_reversed(rt_value_t v)
{
    longrange_t *r = rt_ptr(v);
    rt_value_t n = length(r);
    rt_value_t last = n ? OP(Add, r->start, OP(Mult, OP(Sub, n, rt_small(1)), r->step)) : n;
    rt_value_t args[3] = {last, last ? OP(Sub, r->start, r->step) : last,
                          OP(Sub, rt_small(0), r->step)};
    if (!args[0] || !args[1] || !args[2])
        return RT_NOVALUE;
    rt_value_t rr = pyvm_call(rt_from_ptr(pyvm_cls_range), args, 3, NULL);
    return rr ? pyvm_iter(rr) : rr;
}

rt_value_t pyvm_longrange_count(rt_value_t v, rt_value_t x)
{
    if (pyvm_is_intlike(pyvm_unwrap(x))) {
        int c = longrange_contains(v, x);
        return c < 0 ? RT_NOVALUE : rt_small(c);
    }
    int64_t c = 0; /* by ==, one value at a time, as CPython's sequence search */
    rt_value_t it = longrange_iter(v), y;
    while ((y = longrangeiter_next(it))) {
        int e = pyvm_eq(y, x);
        if (e < 0)
            return RT_NOVALUE;
        c += e;
    }
    return rt_exc_pending() ? RT_NOVALUE : rt_small(c);
}

rt_value_t pyvm_longrange_index(rt_value_t v, rt_value_t x)
{
    longrange_t *r = rt_ptr(v);
    if (pyvm_is_intlike(pyvm_unwrap(x))) {
        int c = longrange_contains(v, x);
        if (c < 0)
            return RT_NOVALUE;
        if (c)
            return OP(FloorDiv, OP(Sub, pyvm_int_of(pyvm_unwrap(x)), r->start), r->step);
    } else {
        rt_value_t it = longrange_iter(v), y;
        for (int64_t k = 0; (y = longrangeiter_next(it)); k++) {
            int e = pyvm_eq(y, x);
            if (e)
                return e < 0 ? RT_NOVALUE : rt_int_from_i64(k);
        }
        if (rt_exc_pending())
            return RT_NOVALUE;
    }
    rt_value_t rep = pyvm_repr(x);
    return rep ? rt_raise(RT_EXC_VALUE, "%s is not in range", pyvm_str_of(rep)->data) : rep;
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
    .getattr = longrange_getattr,
    .richcmp = longrange_richcmp,
    .hash = longrange_hash,
    .len = longrange_len,
    .getitem = longrange_getitem,
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

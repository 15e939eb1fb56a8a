/*
** obj_list.c: Python sequences and iterators (object.h): list over runtime's vector, tuple over
** runtime's tuple, range, slice, and the iterator objects (sequence iterator, range iterator,
** enumerate, zip, map, filter, reversed). Sorting is obj_list_sort.c.
*/
#include <stdio.h>
#include <string.h>

#include "pyvm/code.h"

static void list_trace(gc_tracer_t *tracer, void *obj) { rt_vec_trace(tracer, obj); }
rt_type_t pyvm_type_list = RT_TYPE_INIT("list", list_trace, NULL, 0);

rt_vec_t *pyvm_list_new(int64_t cap) { return rt_vec_new_of(&pyvm_type_list, cap); }

rt_value_t pyvm_list_from(const rt_value_t *items, int64_t n)
{
    return rt_from_ptr(rt_vec_from_of(&pyvm_type_list, items, n));
}

rt_value_t pyvm_tuple_from(const rt_value_t *items, int64_t n)
{
    return rt_from_ptr(rt_tuple_from(items, n));
}

static rt_vec_t *L(rt_value_t v) { return rt_ptr(v); }
static rt_tuple_t *T(rt_value_t v) { return rt_ptr(v); }

bool pyvm_seq_index(rt_value_t key, int64_t len, int64_t *out, const char *what)
{
    int64_t i;
    rt_value_t iv = pyvm_index(key);
    if (!iv)
        return false;
    if (!rt_int_to_i64(iv, &i)) {
        rt_raise(RT_EXC_INDEX, "cannot fit '%s' into an index-sized integer", pyvm_type_name(key));
        return false;
    }
    if (i < 0)
        i += len;
    if (i < 0 || i >= len) {
        rt_raise(RT_EXC_INDEX, "%s out of range", what);
        return false;
    }
    *out = i;
    return true;
}

/* ---- Slices ---- */

static void slice_trace(gc_tracer_t *tracer, void *obj)
{
    pyvm_slice_t *s = obj;
    gc_visit(tracer, s->start);
    gc_visit(tracer, s->stop);
    gc_visit(tracer, s->step);
}

rt_type_t pyvm_type_slice = RT_TYPE_INIT("slice", slice_trace, NULL, 0);

rt_value_t pyvm_slice_new(rt_value_t start, rt_value_t stop, rt_value_t step)
{
    pyvm_slice_t *s = rt_alloc(&pyvm_type_slice, sizeof *s);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return rt_from_ptr(s);
}

/* A slice bound through __index__, clipped to the int64 range as CPython clips to ssize_t. */
static bool slice_bound(rt_value_t v, int64_t *out)
{
    if (!pyvm_has_index(v)) {
        rt_raise(RT_EXC_TYPE, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    rt_value_t i = pyvm_index(v);
    if (!i)
        return false;
    if (!rt_int_to_i64(i, out))
        *out = rt_int_sign(i) < 0 ? INT64_MIN + 1 : INT64_MAX;
    return true;
}

bool pyvm_slice_indices(pyvm_slice_t *s, int64_t len, int64_t *start, int64_t *stop,
                        int64_t *step, int64_t *count)
{
    int64_t st = 1;
    if (s->step != rt_none && !slice_bound(s->step, &st))
        return false;
    if (st == 0) {
        rt_raise(RT_EXC_VALUE, "slice step cannot be zero");
        return false;
    }
    int64_t lo, hi;
    int64_t dlo = st > 0 ? 0 : len - 1, dhi = st > 0 ? len : -1;
    if (s->start == rt_none) {
        lo = dlo;
    } else {
        if (!slice_bound(s->start, &lo))
            return false;
        if (lo < 0)
            lo = lo + len < 0 ? (st > 0 ? 0 : -1) : lo + len;
        else if (lo >= len)
            lo = st > 0 ? len : len - 1;
    }
    if (s->stop == rt_none) {
        hi = dhi;
    } else {
        if (!slice_bound(s->stop, &hi))
            return false;
        if (hi < 0)
            hi = hi + len < 0 ? (st > 0 ? 0 : -1) : hi + len;
        else if (hi >= len)
            hi = st > 0 ? len : len - 1;
    }
    int64_t n = 0;
    /* written so that a step near the int64 limits cannot overflow */
    if (st > 0 && lo < hi)
        n = (hi - lo - 1) / st + 1;
    else if (st < 0 && lo > hi)
        n = (int64_t)((uint64_t)(lo - hi - 1) / (0 - (uint64_t)st) + 1);
    *start = lo;
    *stop = hi;
    *step = st;
    *count = n;
    return true;
}

static rt_value_t slice_repr(rt_value_t v)
{
    pyvm_slice_t *s = rt_ptr(v);
    rt_value_t p[3] = {pyvm_repr(s->start), pyvm_repr(s->stop), pyvm_repr(s->step)};
    if (!p[0] || !p[1] || !p[2])
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_appendf(&b, "slice(%s, %s, %s)", pyvm_str_of(p[0])->data, pyvm_str_of(p[1])->data,
                      pyvm_str_of(p[2])->data);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* ---- Shared sequence helpers ---- */

/* Lists and tuples alike, length and items read afresh at every step: the __repr__ or __eq__
** of an item may resize the list being walked, as CPython allows. */
static int64_t seq_len(rt_value_t v)
{
    return pyvm_is_list(v) ? rt_vec_len(L(v)) : rt_tuple_len(T(v));
}

static rt_value_t seq_at(rt_value_t v, int64_t i)
{
    return pyvm_is_list(v) ? rt_vec_get(L(v), i) : rt_tuple_get(T(v), i);
}

static rt_value_t seq_repr(rt_value_t v, const char *open, const char *close, bool one_comma)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 16);
    rt_strbuf_append(&b, open, strlen(open));
    for (int64_t i = 0; i < seq_len(v); i++) {
        if (i)
            rt_strbuf_append(&b, ", ", 2);
        rt_value_t r = pyvm_repr(seq_at(v, i));
        if (!r)
            return r;
        rt_strbuf_append_str(&b, rt_ptr(r));
    }
    if (one_comma && seq_len(v) == 1)
        rt_strbuf_append_char(&b, ',');
    rt_strbuf_append(&b, close, strlen(close));
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* Lexicographic comparison of two lists or two tuples (lists of different lengths are unequal
** without comparing items, as CPython). */
static rt_value_t seq_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if ((op == PYVM_EQ || op == PYVM_NE) && pyvm_is_list(a) && seq_len(a) != seq_len(b))
        return rt_bool(op == PYVM_NE);
    int64_t i = 0;
    for (; i < seq_len(a) && i < seq_len(b); i++) {
        int e = pyvm_eq(seq_at(a, i), seq_at(b, i));
        if (e < 0)
            return RT_NOVALUE;
        if (!e)
            break;
    }
    int64_t na = seq_len(a), nb = seq_len(b);
    if (i >= na || i >= nb) {
        int c = na < nb ? -1 : na > nb ? 1 : 0;
        switch (op) {
        case PYVM_LT: return rt_bool(c < 0);
        case PYVM_LE: return rt_bool(c <= 0);
        case PYVM_EQ: return rt_bool(c == 0);
        case PYVM_NE: return rt_bool(c != 0);
        case PYVM_GT: return rt_bool(c > 0);
        default: return rt_bool(c >= 0);
        }
    }
    if (op == PYVM_EQ)
        return rt_false;
    if (op == PYVM_NE)
        return rt_true;
    return pyvm_richcmp(seq_at(a, i), seq_at(b, i), op);
}

static int seq_contains(rt_value_t v, rt_value_t x)
{
    for (int64_t i = 0; i < seq_len(v); i++) {
        int e = pyvm_eq(seq_at(v, i), x);
        if (e)
            return e;
    }
    return 0;
}

/* ---- list ---- */

static rt_value_t list_repr(rt_value_t v)
{
    return seq_repr(v, "[", "]", false);
}

/* seq * n: the number of copies to make (0 for an empty sequence or n <= 0); MemoryError when
** the result could never be allocated. */
static bool repeat_count(int64_t *n, int64_t len)
{
    if (*n <= 0 || len == 0) {
        *n = 0;
        return true;
    }
    if (*n > (INT64_MAX / (int64_t)sizeof(rt_value_t)) / len) {
        rt_value_t e = pyvm_exc_new(pyvm_exc_MemoryError, NULL, 0);
        if (e)
            rt_exc_set(e);
        return false;
    }
    return true;
}

static rt_value_t list_binop(int op, rt_value_t a, rt_value_t b)
{
    bool inplace = (op & PYVM_OP_INPLACE) != 0;
    op &= 15;
    if (op == PYVM_AST_Add && pyvm_is_list(a)) {
        if (inplace) {
            rt_vec_t *items = pyvm_seq_to_vec(b);
            if (!items)
                return RT_NOVALUE;
            rt_vec_replace(L(a), rt_vec_len(L(a)), rt_vec_len(L(a)), rt_vec_items(items),
                           rt_vec_len(items));
            return a;
        }
        if (!pyvm_is_list(b))
            return rt_raise(RT_EXC_TYPE, "can only concatenate list (not \"%s\") to list",
                            pyvm_type_name(b));
        rt_vec_t *r = pyvm_list_new(rt_vec_len(L(a)) + rt_vec_len(L(b)));
        rt_vec_replace(r, 0, 0, rt_vec_items(L(a)), rt_vec_len(L(a)));
        rt_vec_replace(r, rt_vec_len(r), rt_vec_len(r), rt_vec_items(L(b)), rt_vec_len(L(b)));
        return rt_from_ptr(r);
    }
    if (op == PYVM_AST_Mult) {
        rt_value_t l = pyvm_is_list(a) ? a : b, k = pyvm_is_list(a) ? b : a;
        if (!pyvm_has_index(k))
            return pyvm_notimpl;
        int64_t n;
        if (!pyvm_index_fit(k, &n))
            return RT_NOVALUE;
        int64_t len = rt_vec_len(L(l));
        if (!repeat_count(&n, len))
            return RT_NOVALUE;
        rt_vec_t *r = pyvm_list_new(n * len);
        for (int64_t i = 0; i < n; i++)
            rt_vec_replace(r, rt_vec_len(r), rt_vec_len(r), rt_vec_items(L(l)), len);
        if (inplace && l == a) {
            rt_vec_replace(L(a), 0, rt_vec_len(L(a)), rt_vec_items(r), rt_vec_len(r));
            return a;
        }
        return rt_from_ptr(r);
    }
    return pyvm_notimpl;
}

static rt_value_t list_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (!pyvm_is_list(b))
        return pyvm_notimpl;
    return seq_richcmp(a, b, op);
}

static int64_t list_len(rt_value_t v) { return rt_vec_len(L(v)); }

static bool list_unhashable(rt_value_t v, int64_t *out)
{
    (void)out;
    rt_raise(RT_EXC_TYPE, "unhashable type: '%s'", pyvm_type_name(v));
    return false;
}

/* A list index that is not a slice must be an int or have __index__; false with TypeError. */
static bool list_key(rt_value_t k)
{
    if (pyvm_is_intlike(k) || (rt_is_ptr(k) && pyvm_type_lookup(pyvm_type_of(k), pyvm_name(index))))
        return true;
    rt_raise(RT_EXC_TYPE, "list indices must be integers or slices, not %s", pyvm_type_name(k));
    return false;
}

static rt_value_t list_getitem(rt_value_t v, rt_value_t k)
{
    rt_vec_t *l = L(v);
    if (rt_is_ptr(k) && rt_obj_type(rt_ptr(k)) == &pyvm_type_slice) {
        int64_t start, stop, step, n;
        if (!pyvm_slice_indices(rt_ptr(k), rt_vec_len(l), &start, &stop, &step, &n))
            return RT_NOVALUE;
        if (step == 1)
            return pyvm_list_from(rt_vec_items(l) + start, n);
        rt_vec_t *r = pyvm_list_new(n);
        for (int64_t i = 0; i < n; i++) /* start + i * step: no step past the last item */
            rt_vec_append(r, rt_vec_get(l, start + i * step));
        return rt_from_ptr(r);
    }
    int64_t i;
    if (!list_key(k) || !pyvm_seq_index(k, rt_vec_len(l), &i, "list index"))
        return RT_NOVALUE;
    return rt_vec_get(l, i);
}

static bool list_setitem(rt_value_t v, rt_value_t k, rt_value_t x)
{
    rt_vec_t *l = L(v);
    if (rt_is_ptr(k) && rt_obj_type(rt_ptr(k)) == &pyvm_type_slice) {
        int64_t start, stop, step, n;
        if (!pyvm_slice_indices(rt_ptr(k), rt_vec_len(l), &start, &stop, &step, &n))
            return false;
        if (step == 1) {
            if (stop < start)
                stop = start;
            if (!x) {
                rt_vec_del(l, start, stop);
                return true;
            }
            rt_vec_t *items = pyvm_seq_to_vec(x);
            if (!items)
                return false;
            rt_vec_replace(l, start, stop, rt_vec_items(items), rt_vec_len(items));
            return true;
        }
        if (!x) {
            /* highest index first, so the deletions do not move the items still to go */
            for (int64_t d = 0; d < n; d++) {
                int64_t j = start + (step > 0 ? n - 1 - d : d) * step;
                rt_vec_del(l, j, j + 1);
            }
            return true;
        }
        rt_vec_t *items = pyvm_seq_to_vec(x);
        if (!items)
            return false;
        if (rt_vec_len(items) != n) {
            rt_raise(RT_EXC_VALUE,
                     "attempt to assign sequence of size %lld to extended slice of size %lld",
                     (long long)rt_vec_len(items), (long long)n);
            return false;
        }
        for (int64_t i = 0; i < n; i++)
            rt_vec_set(l, start + i * step, rt_vec_get(items, i));
        return true;
    }
    int64_t i;
    if (!list_key(k) || !pyvm_seq_index(k, rt_vec_len(l), &i, "list assignment index"))
        return false;
    if (x)
        rt_vec_set(l, i, x);
    else
        rt_vec_del(l, i, i + 1);
    return true;
}

static int list_contains(rt_value_t v, rt_value_t x)
{
    return seq_contains(v, x);
}

static rt_value_t list_iter(rt_value_t v) { return pyvm_seqiter_new(v); }

static const rt_pyslots_t list_slots = {
    .cls = &pyvm_cls_list,
    .repr = list_repr,
    .binop = list_binop,
    .richcmp = list_richcmp,
    .hash = list_unhashable,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
};

#define METHOD(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

METHOD(l_append) { (void)n, (void)kw; rt_vec_append(L(self), a[0]); return rt_none; }

METHOD(l_extend)
{
    (void)n, (void)kw;
    rt_vec_t *items = pyvm_seq_to_vec(a[0]);
    if (!items)
        return RT_NOVALUE;
    rt_vec_t *l = L(self);
    rt_vec_replace(l, rt_vec_len(l), rt_vec_len(l), rt_vec_items(items), rt_vec_len(items));
    return rt_none;
}

METHOD(l_pop)
{
    (void)kw;
    rt_vec_t *l = L(self);
    if (rt_vec_len(l) == 0)
        return rt_raise(RT_EXC_INDEX, "pop from empty list");
    int64_t i = rt_vec_len(l) - 1;
    if (n && !pyvm_seq_index(a[0], rt_vec_len(l), &i, "pop index"))
        return RT_NOVALUE;
    return rt_vec_pop(l, i);
}

METHOD(l_insert)
{
    (void)n, (void)kw;
    rt_vec_t *l = L(self);
    int64_t i, len = rt_vec_len(l);
    if (!pyvm_index_i64(a[0], &i))
        return RT_NOVALUE;
    if (i < 0)
        i = i + len < 0 ? 0 : i + len;
    if (i > len)
        i = len;
    rt_vec_insert(l, i, a[1]);
    return rt_none;
}

static int64_t index_of(rt_vec_t *l, rt_value_t x, bool *err)
{
    *err = false;
    for (int64_t i = 0; i < rt_vec_len(l); i++) {
        int e = pyvm_eq(rt_vec_get(l, i), x);
        if (e < 0) {
            *err = true;
            return -1;
        }
        if (e)
            return i;
    }
    return -1;
}

METHOD(l_remove)
{
    (void)n, (void)kw;
    bool err;
    int64_t i = index_of(L(self), a[0], &err);
    if (err)
        return RT_NOVALUE;
    if (i < 0)
        return rt_raise(RT_EXC_VALUE, "list.remove(x): x not in list");
    rt_vec_del(L(self), i, i + 1);
    return rt_none;
}

/* A start / end argument of index(): an index, clipped to the int64 range (CPython's
** _PyEval_SliceIndexNotNone). false with TypeError pending. */
static bool index_bound(rt_value_t v, int64_t *out)
{
    if (v == rt_none || !pyvm_has_index(v)) {
        rt_raise(RT_EXC_TYPE, "slice indices must be integers or have an __index__ method");
        return false;
    }
    return slice_bound(v, out);
}

/* index(x[, start[, end]]) of list or tuple v: the first position of x in the clamped range,
** -1 if absent, -2 with an error pending. */
static int64_t index_in(rt_value_t v, const rt_value_t *a, size_t n)
{
    int64_t len = seq_len(v), lo = 0, hi = len;
    if ((n > 1 && !index_bound(a[1], &lo)) || (n > 2 && !index_bound(a[2], &hi)))
        return -2;
    lo = lo < 0 ? (lo + len < 0 ? 0 : lo + len) : lo;
    hi = hi < 0 ? (hi + len < 0 ? 0 : hi + len) : hi > len ? len : hi;
    for (int64_t i = lo; i < hi && i < seq_len(v); i++) {
        int e = pyvm_eq(seq_at(v, i), a[0]);
        if (e)
            return e < 0 ? -2 : i;
    }
    return -1;
}

METHOD(l_index)
{
    (void)kw;
    int64_t i = index_in(self, a, n);
    if (i == -2)
        return RT_NOVALUE;
    if (i < 0) {
        rt_value_t r = pyvm_repr(a[0]);
        return r ? rt_raise(RT_EXC_VALUE, "%s is not in list", pyvm_str_of(r)->data) : r;
    }
    return rt_small(i);
}

METHOD(l_count)
{
    (void)n, (void)kw;
    int64_t c = 0;
    rt_vec_t *l = L(self);
    for (int64_t i = 0; i < rt_vec_len(l); i++) {
        int e = pyvm_eq(rt_vec_get(l, i), a[0]);
        if (e < 0)
            return RT_NOVALUE;
        c += e;
    }
    return rt_small(c);
}

METHOD(l_reverse)
{
    (void)a, (void)n, (void)kw;
    rt_vec_t *l = L(self);
    rt_value_t *it = rt_vec_items(l);
    for (int64_t i = 0, j = rt_vec_len(l) - 1; i < j; i++, j--) {
        rt_value_t t = it[i];
        it[i] = it[j];
        it[j] = t;
    }
    if (rt_vec_len(l) > 1) /* an empty list's store is a static object, not a heap one */
        gc_write_barrier(l->store);
    return rt_none;
}

METHOD(l_clear) { (void)a, (void)n, (void)kw; rt_vec_clear(L(self)); return rt_none; }

METHOD(l_copy)
{
    (void)a, (void)n, (void)kw;
    return pyvm_list_from(rt_vec_items(L(self)), rt_vec_len(L(self)));
}

/* Reads sort's keyword-only key= and reverse=. */
static bool sort_kwargs(const rt_value_t *a, size_t n, rt_tuple_t *kw, rt_value_t *key,
                        bool *reverse)
{
    *key = rt_none;
    *reverse = false;
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++) {
        rt_str_t *name = rt_ptr(rt_tuple_get(kw, k));
        rt_value_t v = a[n + (size_t)k];
        if (name == pyvm_name(key)) {
            *key = v;
        } else if (name == pyvm_name(reverse)) {
            int t = pyvm_truth(v);
            if (t < 0)
                return false;
            *reverse = t;
        } else {
            rt_raise(RT_EXC_TYPE, "sort() got an unexpected keyword argument '%s'", name->data);
            return false;
        }
    }
    return true;
}

METHOD(l_sort)
{
    rt_value_t key;
    bool reverse;
    if (!pyvm_no_kwargs("sort", NULL) || !sort_kwargs(a, n, kw, &key, &reverse))
        return RT_NOVALUE;
    return pyvm_list_sort(L(self), key, reverse) ? rt_none : RT_NOVALUE;
}

static const pyvm_cfunc_def_t list_methods[] = {
    {"append", l_append, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"extend", l_extend, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"pop", l_pop, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"insert", l_insert, 2, 2, PYVM_CFUNC_METHOD, 0},
    {"remove", l_remove, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"index", l_index, 1, 3, PYVM_CFUNC_METHOD, 0},
    {"count", l_count, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"reverse", l_reverse, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"clear", l_clear, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"copy", l_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"sort", l_sort, 0, 0, PYVM_CFUNC_METHOD, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

static rt_value_t list_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_no_kwargs("list", kw) || !pyvm_check_nargs("list", nargs, 0, 1))
        return RT_NOVALUE;
    if (nargs == 0)
        return rt_from_ptr(pyvm_list_new(0));
    rt_vec_t *r = pyvm_seq_to_vec(args[0]);
    return r ? rt_from_ptr(r) : RT_NOVALUE;
}

/* ---- tuple ---- */

static rt_value_t tuple_repr(rt_value_t v)
{
    return seq_repr(v, "(", ")", true);
}

static rt_value_t tuple_binop(int op, rt_value_t a, rt_value_t b)
{
    op &= 15;
    if (op == PYVM_AST_Add && pyvm_is_tuple(a)) {
        if (!pyvm_is_tuple(b))
            return rt_raise(RT_EXC_TYPE, "can only concatenate tuple (not \"%s\") to tuple",
                            pyvm_type_name(b));
        int64_t na = rt_tuple_len(T(a)), nb = rt_tuple_len(T(b));
        rt_tuple_t *r = rt_tuple_new(na + nb);
        for (int64_t i = 0; i < na; i++)
            rt_tuple_init_item(r, i, T(a)->items[i]);
        for (int64_t i = 0; i < nb; i++)
            rt_tuple_init_item(r, na + i, T(b)->items[i]);
        return rt_from_ptr(r);
    }
    if (op == PYVM_AST_Mult) {
        rt_value_t t = pyvm_is_tuple(a) ? a : b, k = pyvm_is_tuple(a) ? b : a;
        if (!pyvm_has_index(k))
            return pyvm_notimpl;
        int64_t n;
        if (!pyvm_index_fit(k, &n))
            return RT_NOVALUE;
        int64_t len = rt_tuple_len(T(t));
        if (n == 1) /* immutable: the tuple itself, as CPython */
            return t;
        if (!repeat_count(&n, len))
            return RT_NOVALUE;
        rt_tuple_t *r = rt_tuple_new(n * len);
        for (int64_t i = 0; i < n; i++)
            for (int64_t j = 0; j < len; j++)
                rt_tuple_init_item(r, i * len + j, T(t)->items[j]);
        return rt_from_ptr(r);
    }
    return pyvm_notimpl;
}

static rt_value_t tuple_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (!pyvm_is_tuple(b))
        return pyvm_notimpl;
    return seq_richcmp(a, b, op);
}

/* CPython 3.11's tuple hash (the xxHash64 round over the items' hashes), so that hash((1, 2))
** is the same number in both. */
static bool tuple_hash(rt_value_t v, int64_t *out)
{
    enum { ROT = 31 };
    const uint64_t prime1 = 11400714785074694791ull, prime2 = 14029467366897019727ull,
                   prime5 = 2870177450012600261ull;
    uint64_t acc = prime5;
    int64_t n = rt_tuple_len(T(v));
    for (int64_t i = 0; i < n; i++) {
        int64_t x;
        if (!pyvm_hash(T(v)->items[i], &x))
            return false;
        acc += (uint64_t)x * prime2;
        acc = (acc << ROT) | (acc >> (64 - ROT));
        acc *= prime1;
    }
    acc += (uint64_t)n ^ (prime5 ^ 3527539u);
    *out = acc == UINT64_MAX ? 1546275796 : (int64_t)acc;
    return true;
}

static int64_t tuple_len(rt_value_t v) { return rt_tuple_len(T(v)); }

static rt_value_t tuple_getitem(rt_value_t v, rt_value_t k)
{
    rt_tuple_t *t = T(v);
    if (rt_is_ptr(k) && rt_obj_type(rt_ptr(k)) == &pyvm_type_slice) {
        int64_t start, stop, step, n;
        if (!pyvm_slice_indices(rt_ptr(k), rt_tuple_len(t), &start, &stop, &step, &n))
            return RT_NOVALUE;
        rt_tuple_t *r = rt_tuple_new(n);
        for (int64_t i = 0; i < n; i++) /* start + i * step: no step past the last item */
            rt_tuple_init_item(r, i, t->items[start + i * step]);
        return rt_from_ptr(r);
    }
    int64_t i;
    if (!pyvm_has_index(k))
        return rt_raise(RT_EXC_TYPE, "tuple indices must be integers or slices, not %s",
                        pyvm_type_name(k));
    if (!pyvm_seq_index(k, rt_tuple_len(t), &i, "tuple index"))
        return RT_NOVALUE;
    return t->items[i];
}

static int tuple_contains(rt_value_t v, rt_value_t x)
{
    return seq_contains(v, x);
}

static const rt_pyslots_t tuple_slots = {
    .cls = &pyvm_cls_tuple,
    .repr = tuple_repr,
    .binop = tuple_binop,
    .richcmp = tuple_richcmp,
    .hash = tuple_hash,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = list_iter,
};

METHOD(t_index)
{
    (void)kw;
    int64_t i = index_in(self, a, n);
    if (i == -2)
        return RT_NOVALUE;
    return i >= 0 ? rt_small(i) : rt_raise(RT_EXC_VALUE, "tuple.index(x): x not in tuple");
}

METHOD(t_count)
{
    (void)n, (void)kw;
    int64_t c = 0;
    for (int64_t i = 0; i < rt_tuple_len(T(self)); i++) {
        int e = pyvm_eq(T(self)->items[i], a[0]);
        if (e < 0)
            return RT_NOVALUE;
        c += e;
    }
    return rt_small(c);
}

static const pyvm_cfunc_def_t tuple_methods[] = {
    {"index", t_index, 1, 3, PYVM_CFUNC_METHOD, 0},
    {"count", t_count, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static rt_value_t tuple_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_no_kwargs("tuple", kw) || !pyvm_check_nargs("tuple", nargs, 0, 1))
        return RT_NOVALUE;
    if (nargs == 0)
        return rt_from_ptr(rt_tuple_new(0));
    if (pyvm_is_tuple(args[0]))
        return args[0];
    rt_vec_t *r = pyvm_seq_to_vec(args[0]);
    return r ? pyvm_tuple_from(rt_vec_items(r), rt_vec_len(r)) : RT_NOVALUE;
}

/* ---- range ---- */

typedef pyvm_range_t range_t;

rt_type_t pyvm_type_range = RT_TYPE_INIT("range", NULL, NULL, 0);

rt_value_t pyvm_range_new(int64_t start, int64_t stop, int64_t step)
{
    range_t *r = rt_alloc(&pyvm_type_range, sizeof *r);
    r->start = start;
    r->stop = stop;
    r->step = step;
    /* in unsigned arithmetic: the distance and the step may exceed INT64_MAX */
    if (step > 0)
        r->len = start < stop ? (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1)
                              : 0;
    else
        r->len = start > stop ? (int64_t)(((uint64_t)start - (uint64_t)stop - 1) /
                                          (0 - (uint64_t)step) + 1)
                              : 0;
    return rt_from_ptr(r);
}

static rt_value_t range_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_no_kwargs("range", kw) || !pyvm_check_nargs("range", nargs, 1, 3))
        return RT_NOVALUE;
    int64_t v[3] = {0, 0, 1};
    for (size_t i = 0; i < nargs; i++) {
        if (!pyvm_index_i64(args[i], &v[i])) {
            if (!pyvm_isinstance(rt_exc_current(), pyvm_exc_OverflowError))
                return RT_NOVALUE;
            rt_exc_clear();
            return pyvm_longrange_new(args, nargs); /* bounds past 64 bits */
        }
    }
    if (nargs == 1)
        return pyvm_range_new(0, v[0], 1);
    if (v[2] == 0)
        return rt_raise(RT_EXC_VALUE, "range() arg 3 must not be zero");
    rt_value_t r = pyvm_range_new(v[0], v[1], v[2]);
    if (((range_t *)rt_ptr(r))->len < 0) /* more than INT64_MAX numbers */
        return pyvm_longrange_new(args, nargs);
    return r;
}

static rt_value_t range_repr(rt_value_t v)
{
    range_t *r = rt_ptr(v);
    char buf[96];
    if (r->step == 1)
        snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    else
        snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start,
                 (long long)r->stop, (long long)r->step);
    return pyvm_str_cstr(buf);
}

static int64_t range_len(rt_value_t v) { return ((range_t *)rt_ptr(v))->len; }

static bool small_or_none(rt_value_t v) { return v == rt_none || rt_is_small(v); }

static rt_value_t range_getitem(rt_value_t v, rt_value_t k)
{
    range_t *r = rt_ptr(v);
    if (rt_is_ptr(k) && rt_obj_type(rt_ptr(k)) == &pyvm_type_slice) {
        pyvm_slice_t *sl = rt_ptr(k);
        if (!small_or_none(sl->start) || !small_or_none(sl->stop) || !small_or_none(sl->step)) {
            /* a bound past 64 bits: computed with Python ints, as CPython (not clamped) */
            rt_value_t args[3] = {rt_int_from_i64(r->start), rt_int_from_i64(r->stop),
                                  rt_int_from_i64(r->step)};
            rt_value_t lr = pyvm_longrange_new(args, 3);
            return lr ? pyvm_getitem(lr, k) : lr;
        }
        int64_t start, stop, step, n;
        if (!pyvm_slice_indices(rt_ptr(k), r->len, &start, &stop, &step, &n))
            return RT_NOVALUE;
        int64_t s0 = r->start + start * r->step;
        return pyvm_range_new(s0, s0 + n * step * r->step, step * r->step);
    }
    int64_t i;
    if (!pyvm_seq_index(k, r->len, &i, "range object index"))
        return RT_NOVALUE;
    return rt_int_from_i64(r->start + i * r->step);
}

/* How often x occurs in r by ==, for what is not an int (8.0 in range(10) holds). */
static int64_t range_scan(range_t *r, rt_value_t x)
{
    int64_t c = 0;
    for (int64_t k = 0; k < r->len; k++) {
        int e = pyvm_eq(rt_int_from_i64(r->start + k * r->step), x);
        if (e < 0)
            return -1;
        c += e;
    }
    return c;
}

static int range_contains(rt_value_t v, rt_value_t x)
{
    range_t *r = rt_ptr(v);
    int64_t i;
    if (rt_is_bool(x))
        x = pyvm_int_of(x);
    if (!rt_is_small(x)) {
        if (rt_is_int(x))
            return 0;
        int64_t c = range_scan(r, x);
        return c < 0 ? -1 : c > 0;
    }
    i = rt_small_value(x);
    if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop))
        return 0;
    return (i - r->start) % r->step == 0;
}

/* The range iterator: counts without allocating anything but the small ints it returns. */
typedef pyvm_rangeiter_t rangeiter_t;

rt_type_t pyvm_type_rangeiter = RT_TYPE_INIT("range_iterator", NULL, NULL, 0);

static rt_value_t range_iter(rt_value_t v)
{
    range_t *r = rt_ptr(v);
    rangeiter_t *it = rt_alloc(&pyvm_type_rangeiter, sizeof *it);
    it->next = r->start;
    it->step = r->step;
    it->left = r->len;
    return rt_from_ptr(it);
}

static rt_value_t rangeiter_next(rt_value_t v)
{
    rangeiter_t *it = rt_ptr(v);
    if (it->left <= 0)
        return RT_NOVALUE;
    int64_t x = it->next;
    it->next = (int64_t)((uint64_t)x + (uint64_t)it->step); /* past the last one it may wrap */
    it->left--;
    return rt_int_from_i64(x);
}

static rt_value_t self_iter(rt_value_t v) { return v; }

static rt_value_t range_count(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    rt_value_t parts[3];
    if (pyvm_longrange_parts(self, parts))
        return pyvm_longrange_count(self, a[0]);
    if (pyvm_is_intlike(a[0])) {
        int c = range_contains(self, a[0]);
        return c < 0 ? RT_NOVALUE : rt_small(c);
    }
    int64_t c = range_scan(rt_ptr(self), a[0]);
    return c < 0 ? RT_NOVALUE : rt_small(c);
}

static rt_value_t range_index(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    rt_value_t parts[3];
    if (pyvm_longrange_parts(self, parts))
        return pyvm_longrange_index(self, a[0]);
    range_t *r = rt_ptr(self);
    rt_value_t x = rt_is_bool(a[0]) ? pyvm_int_of(a[0]) : a[0];
    if (rt_is_small(x)) {
        int c = range_contains(self, x);
        if (c > 0)
            return rt_small((rt_small_value(x) - r->start) / r->step);
    } else if (!rt_is_int(x)) { /* by ==: 8.0 is found at 8's position */
        for (int64_t k = 0; k < r->len; k++) {
            int e = pyvm_eq(rt_int_from_i64(r->start + k * r->step), x);
            if (e)
                return e < 0 ? RT_NOVALUE : rt_small(k);
        }
    }
    rt_value_t rep = pyvm_repr(a[0]);
    return rep ? rt_raise(RT_EXC_VALUE, "%s is not in range", pyvm_str_of(rep)->data) : rep;
}

static const pyvm_cfunc_def_t range_methods[] = {
    {"count", range_count, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"index", range_index, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* Ranges are equal when they produce the same numbers; the hash follows that. */
static void range_key(range_t *r, rt_value_t key[3])
{
    key[0] = rt_small(r->len);
    key[1] = r->len ? rt_int_from_i64(r->start) : rt_none;
    key[2] = r->len > 1 ? rt_int_from_i64(r->step) : rt_none;
}

static rt_value_t range_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if ((op != PYVM_EQ && op != PYVM_NE) || !rt_is_ptr(b) ||
        rt_value_type(b) != &pyvm_type_range)
        return pyvm_notimpl;
    rt_value_t x[3], y[3];
    range_key(rt_ptr(a), x);
    range_key(rt_ptr(b), y);
    return pyvm_richcmp(pyvm_tuple_from(x, 3), pyvm_tuple_from(y, 3), op);
}

static bool range_hash(rt_value_t v, int64_t *out)
{
    rt_value_t k[3];
    range_key(rt_ptr(v), k);
    return pyvm_hash(pyvm_tuple_from(k, 3), out);
}

static rt_value_t range_getattr(rt_value_t self, rt_str_t *name)
{
    pyvm_range_t *r = rt_ptr(self);
    if (strcmp(name->data, "start") == 0)
        return rt_int_from_i64(r->start);
    if (strcmp(name->data, "stop") == 0)
        return rt_int_from_i64(r->stop);
    if (strcmp(name->data, "step") == 0)
        return rt_int_from_i64(r->step);
    return pyvm_generic_getattr(self, name);
}

static const rt_pyslots_t range_slots = {
    .cls = &pyvm_cls_range,
    .repr = range_repr,
    .getattr = range_getattr,
    .richcmp = range_richcmp,
    .hash = range_hash,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
};

static const rt_pyslots_t rangeiter_slots = {
    .cls = &pyvm_cls_range_iterator,
    .iter = self_iter,
    .next = rangeiter_next,
};

/* ---- Sequence iterator (list, tuple, str, __getitem__ objects) ---- */

typedef pyvm_seqiter_t seqiter_t;

#define PYVM_ITER_DEF(n) pyvm_class_t *pyvm_cls_##n;
PYVM_ITER_CLASSES(PYVM_ITER_DEF)
#undef PYVM_ITER_DEF

static void seqiter_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit(tracer, ((seqiter_t *)obj)->seq);
    gc_visit_ptr(tracer, ((seqiter_t *)obj)->cls);
}

rt_type_t pyvm_type_seqiter = RT_TYPE_INIT("iterator", seqiter_trace, NULL, 0);

rt_value_t pyvm_seqiter_new(rt_value_t seq)
{
    seqiter_t *it = rt_alloc(&pyvm_type_seqiter, sizeof *it);
    it->seq = seq;
    const rt_type_t *t = rt_is_ptr(seq) ? rt_obj_type(rt_ptr(seq)) : NULL;
    it->cls = t == &pyvm_type_list   ? pyvm_cls_list_iterator
              : t == &rt_type_tuple  ? pyvm_cls_tuple_iterator
              : t == &rt_type_bytes  ? pyvm_cls_bytes_iterator
              : t == &rt_type_str    ? (rt_str_is_ascii(rt_ptr(seq)) ? pyvm_cls_str_ascii_iterator
                                                                     : pyvm_cls_str_iterator)
                                     : pyvm_cls_iterator;
    return rt_from_ptr(it);
}

static rt_value_t seqiter_next(rt_value_t v)
{
    seqiter_t *it = rt_ptr(v);
    rt_value_t s = it->seq;
    if (!s)
        return RT_NOVALUE;
    if (pyvm_is_list(s)) {
        if (it->i < rt_vec_len(L(s)))
            return rt_vec_get(L(s), it->i++);
    } else if (pyvm_is_tuple(s)) {
        if (it->i < rt_tuple_len(T(s)))
            return T(s)->items[it->i++];
    } else if (pyvm_is_str(s)) {
        rt_str_t *str = rt_ptr(s);
        if (it->i < str->len) {
            int n = 1;
            if ((unsigned char)str->data[it->i] >= 0x80)
                rt_utf8_decode(str->data + it->i, &n);
            rt_value_t c = rt_from_ptr(rt_str_new(str->data + it->i, (size_t)n));
            it->i += n;
            return c;
        }
    } else {
        rt_value_t x = pyvm_getitem(s, rt_small(it->i));
        if (x) {
            it->i++;
            return x;
        }
        if (!pyvm_isinstance(rt_exc_current(), pyvm_exc_IndexError) &&
            !pyvm_isinstance(rt_exc_current(), pyvm_exc_StopIteration))
            return RT_NOVALUE;
        rt_exc_clear();
    }
    it->seq = RT_NOVALUE;
    return RT_NOVALUE;
}

static pyvm_class_t *seqiter_cls(rt_value_t self) { return ((seqiter_t *)rt_ptr(self))->cls; }

static const rt_pyslots_t seqiter_slots = {
    .iter = self_iter,
    .next = seqiter_next,
    .cls_of = seqiter_cls,
};

/* ---- enumerate, zip, map, filter, reversed: two references and a counter ---- */

typedef struct iter2 {
    rt_obj_t hdr;
    rt_value_t a, b;
    int64_t n;
} iter2_t;

static void iter2_trace(gc_tracer_t *tracer, void *obj)
{
    iter2_t *it = obj;
    gc_visit(tracer, it->a);
    gc_visit(tracer, it->b);
}

rt_type_t pyvm_type_enumerate = RT_TYPE_INIT("enumerate", iter2_trace, NULL, 0);
rt_type_t pyvm_type_zip = RT_TYPE_INIT("zip", iter2_trace, NULL, 0);
rt_type_t pyvm_type_map = RT_TYPE_INIT("map", iter2_trace, NULL, 0);
rt_type_t pyvm_type_filter = RT_TYPE_INIT("filter", iter2_trace, NULL, 0);
rt_type_t pyvm_type_reversed = RT_TYPE_INIT("reversed", iter2_trace, NULL, 0);
rt_type_t pyvm_type_calliter = RT_TYPE_INIT("callable_iterator", iter2_trace, NULL, 0);

rt_value_t pyvm_iter_make(rt_type_t *t, rt_value_t a, rt_value_t b)
{
    iter2_t *it = rt_alloc(t, sizeof *it);
    it->a = a;
    it->b = b;
    return rt_from_ptr(it);
}

static rt_value_t enumerate_next(rt_value_t v)
{
    iter2_t *it = rt_ptr(v);
    rt_value_t x = pyvm_next(it->a);
    if (!x)
        return x;
    rt_value_t pair[2] = {rt_int_add(it->b, rt_small(0)), x};
    it->b = rt_int_add(it->b, rt_small(1));
    gc_write_barrier(it);
    return pyvm_tuple_from(pair, 2);
}

/* zip(strict=True) after iterator i ran out: the others must be exhausted at the same step. */
static rt_value_t zip_strict_end(rt_tuple_t *its, int64_t i)
{
    int64_t culprit = i, longer = 0;
    if (i == 0)
        for (int64_t j = 1; j < rt_tuple_len(its) && !longer; j++) {
            rt_value_t y = pyvm_next(its->items[j]);
            if (y)
                culprit = j, longer = 1;
            else if (rt_exc_pending())
                return RT_NOVALUE;
        }
    if (culprit == 0)
        return RT_NOVALUE;
    char others[40];
    snprintf(others, sizeof others, culprit == 1 ? "argument 1" : "arguments 1-%lld",
             (long long)culprit);
    return rt_raise(RT_EXC_VALUE, "zip() argument %lld is %s than %s", (long long)culprit + 1,
                    longer ? "longer" : "shorter", others);
}

static rt_value_t zip_next(rt_value_t v)
{
    iter2_t *it = rt_ptr(v);
    rt_tuple_t *its = rt_ptr(it->a);
    int64_t n = rt_tuple_len(its);
    if (n == 0)
        return RT_NOVALUE;
    rt_tuple_t *r = rt_tuple_new(n);
    for (int64_t i = 0; i < n; i++) {
        rt_value_t x = pyvm_next(its->items[i]);
        if (!x)
            return it->n && !rt_exc_pending() ? zip_strict_end(its, i) : x;
        rt_tuple_init_item(r, i, x);
    }
    return rt_from_ptr(r);
}

static rt_value_t map_next(rt_value_t v)
{
    iter2_t *it = rt_ptr(v);
    rt_tuple_t *its = rt_ptr(it->b);
    int64_t n = rt_tuple_len(its);
    rt_value_t buf[8];
    if (n > 8)
        return rt_raise(RT_EXC_TYPE, "map() with more than 8 iterables is not supported");
    for (int64_t i = 0; i < n; i++) {
        buf[i] = pyvm_next(its->items[i]);
        if (!buf[i])
            return RT_NOVALUE;
    }
    return pyvm_call(it->a, buf, (size_t)n, NULL);
}

static rt_value_t filter_next(rt_value_t v)
{
    iter2_t *it = rt_ptr(v);
    for (;;) {
        rt_value_t x = pyvm_next(it->b);
        if (!x)
            return x;
        rt_value_t t = it->a == rt_none ? x : pyvm_call1(it->a, x);
        if (!t)
            return t;
        int b = pyvm_truth(t);
        if (b < 0)
            return RT_NOVALUE;
        if (b)
            return x;
    }
}

/* An exhausted reversed iterator lets go of its sequence, as CPython's (a sequence's __del__ may
** run once the iteration ended); b remembers whether it was a list, for its class. */
static rt_value_t reversed_end(iter2_t *it)
{
    it->b = rt_bool(it->a && pyvm_is_list(pyvm_unwrap(it->a)));
    it->a = RT_NOVALUE;
    it->n = 0;
    return RT_NOVALUE;
}

static rt_value_t reversed_next(rt_value_t v)
{
    iter2_t *it = rt_ptr(v);
    if (it->n <= 0)
        return it->a ? reversed_end(it) : RT_NOVALUE;
    it->n--;
    rt_value_t s = it->a;
    if (pyvm_is_list(pyvm_unwrap(s))) { /* a list subclass's items too, as list.__reversed__ */
        s = pyvm_unwrap(s);
        return it->n < rt_vec_len(L(s)) ? rt_vec_get(L(s), it->n) : reversed_end(it);
    }
    rt_value_t x = pyvm_getitem(s, rt_small(it->n));
    if (x || (!pyvm_isinstance(rt_exc_current(), pyvm_exc_IndexError) &&
              !pyvm_isinstance(rt_exc_current(), pyvm_exc_StopIteration)))
        return x;
    rt_exc_clear();
    return reversed_end(it);
}

static rt_value_t calliter_next(rt_value_t v)
{
    iter2_t *it = rt_ptr(v);
    rt_value_t x = pyvm_call0(it->a);
    if (!x)
        return x;
    int e = pyvm_eq(x, it->b);
    if (e < 0)
        return RT_NOVALUE;
    return e ? RT_NOVALUE : x;
}

static const rt_pyslots_t enumerate_slots = {.cls = &pyvm_cls_enumerate, .iter = self_iter,
                                             .next = enumerate_next};
static const rt_pyslots_t zip_slots = {.cls = &pyvm_cls_zip, .iter = self_iter, .next = zip_next};
static const rt_pyslots_t map_slots = {.cls = &pyvm_cls_map, .iter = self_iter, .next = map_next};
static const rt_pyslots_t filter_slots = {.cls = &pyvm_cls_filter, .iter = self_iter,
                                          .next = filter_next};
/* __iter__ and __next__ of the iterator classes (collections.abc.Iterator looks for them). */
static rt_value_t it_iter_m(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return self;
}

static rt_value_t it_next_m(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    rt_value_t v = pyvm_slots(self)->next(self);
    return v || rt_exc_pending() ? v : pyvm_exc_stop_iteration(rt_none);
}

static const pyvm_cfunc_def_t iter_methods[] = {
    {"__iter__", it_iter_m, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__next__", it_next_m, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* reversed(list) is a list_reverseiterator, the others reversed objects. */
static pyvm_class_t *reversed_cls(rt_value_t self)
{
    iter2_t *it = rt_ptr(self);
    return (it->a ? pyvm_is_list(pyvm_unwrap(it->a)) : it->b == rt_true) ? pyvm_cls_list_reverseiterator
                                                             : pyvm_cls_reversed;
}

static const rt_pyslots_t reversed_slots = {.iter = self_iter, .next = reversed_next,
                                            .cls_of = reversed_cls};
static const rt_pyslots_t calliter_slots = {.cls = &pyvm_cls_callable_iterator, .iter = self_iter,
                                            .next = calliter_next};

/* ---- Pickling sequence iterators, as CPython's list and reverse iterators: __reduce__ gives
** (iter, (seq,), position) or (reversed, (seq,), next index), __setstate__ takes the position
** back, clamped to the sequence; an exhausted iterator pickles as iter([]) ---- */

static rt_value_t pickled(const char *fn, rt_value_t seq, rt_value_t pos)
{
    rt_value_t f = rt_map_get_str(pyvm_builtins, rt_str_intern_cstr(fn));
    rt_value_t items[3] = {f, pyvm_tuple_from(&seq, 1), pos};
    return pyvm_tuple_from(items, pos ? 3 : 2);
}

static rt_value_t exhausted(void) { return pickled("iter", rt_from_ptr(pyvm_list_new(0)), 0); }

/* reversed over a dict keeps a snapshot vector, no Python value: its remaining items pickle as
** iter([...]). */
METHOD(reversed_reduce)
{
    (void)a, (void)n, (void)kw;
    iter2_t *it = rt_ptr(self);
    if (!it->a) /* exhausted: iter([]) or reversed(()) */
        return it->b == rt_true ? exhausted()
                                : pickled("reversed", rt_from_ptr(rt_tuple_new(0)), 0);
    if (rt_value_type(it->a) != &rt_type_vec)
        return pickled("reversed", it->a, rt_small(it->n - 1));
    if (it->n <= 0)
        return exhausted();
    rt_vec_t *rest = pyvm_list_new(it->n);
    for (int64_t i = it->n - 1; i >= 0; i--)
        rt_vec_append(rest, rt_vec_get(L(it->a), i));
    return pickled("iter", rt_from_ptr(rest), 0);
}

METHOD(reversed_setstate)
{
    (void)n, (void)kw;
    iter2_t *it = rt_ptr(self);
    int64_t pos;
    if (!pyvm_index_i64(a[0], &pos))
        return RT_NOVALUE;
    if (!it->a || rt_value_type(it->a) == &rt_type_vec)
        return rt_none;
    int64_t len = pyvm_len(it->a);
    if (len < 0)
        return RT_NOVALUE;
    pos = pos < -1 ? -1 : pos > len - 1 ? len - 1 : pos;
    it->n = pos + 1;
    return rt_none;
}

static const pyvm_cfunc_def_t reversed_methods[] = {
    {"__reduce__", reversed_reduce, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__setstate__", reversed_setstate, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* enumerate(iterable, start=0): both may be keywords; start is an integer (__index__). */
static rt_value_t enumerate_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                                 rt_tuple_t *kw)
{
    (void)cls;
    static const char *const names[] = {"iterable", "start", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args("enumerate", args, nargs, kw, names, 1, v))
        return RT_NOVALUE;
    rt_value_t start = v[1] ? pyvm_index(v[1]) : rt_small(0);
    rt_value_t it = start ? pyvm_iter(v[0]) : start;
    return it ? pyvm_iter_make(&pyvm_type_enumerate, it, start) : it;
}

/* __reduce__ (RAW_SELF): (type(self), (iterator, next index)), as CPython's, so a subclass
** instance pickles as its class. */
METHOD(enumerate_reduce)
{
    (void)a, (void)n, (void)kw;
    iter2_t *it = rt_ptr(pyvm_unwrap(self));
    rt_value_t args[2] = {it->a, it->b};
    rt_value_t parts[2] = {rt_from_ptr(pyvm_type_of(self)), pyvm_tuple_from(args, 2)};
    return pyvm_tuple_from(parts, 2);
}

static const pyvm_cfunc_def_t enumerate_methods[] = {
    {"__reduce__", enumerate_reduce, 0, 0, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static rt_value_t iters_of(const rt_value_t *args, size_t n)
{
    rt_tuple_t *t = rt_tuple_new((int64_t)n);
    for (size_t i = 0; i < n; i++) {
        rt_value_t it = pyvm_iter(args[i]);
        if (!it)
            return it;
        rt_tuple_init_item(t, (int64_t)i, it);
    }
    return rt_from_ptr(t);
}

static rt_value_t zip_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                           rt_tuple_t *kw)
{
    (void)cls;
    size_t nkw = kw ? (size_t)rt_tuple_len(kw) : 0;
    bool strict = false;
    if (nkw > 1 || (nkw == 1 && strcmp(pyvm_str_of(rt_tuple_get(kw, 0))->data, "strict") != 0))
        return rt_raise(RT_EXC_TYPE, "zip() got an unexpected keyword argument '%s'",
                        pyvm_str_of(rt_tuple_get(kw, nkw - 1))->data);
    if (nkw) {
        int t = pyvm_truth(args[nargs]);
        if (t < 0)
            return RT_NOVALUE;
        strict = t;
    }
    rt_value_t its = iters_of(args, nargs);
    if (!its)
        return its;
    rt_value_t z = pyvm_iter_make(&pyvm_type_zip, its, RT_NOVALUE);
    ((iter2_t *)rt_ptr(z))->n = strict; /* zip's n: strict=True */
    return z;
}

static rt_value_t map_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                           rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_no_kwargs("map", kw) || !pyvm_check_nargs("map", nargs, 2, -1))
        return RT_NOVALUE;
    rt_value_t its = iters_of(args + 1, nargs - 1);
    return its ? pyvm_iter_make(&pyvm_type_map, args[0], its) : its;
}

static rt_value_t filter_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                              rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_no_kwargs("filter", kw) || !pyvm_check_nargs("filter", nargs, 2, 2))
        return RT_NOVALUE;
    rt_value_t it = pyvm_iter(args[1]);
    return it ? pyvm_iter_make(&pyvm_type_filter, args[0], it) : it;
}

static rt_value_t reversed_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                                rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_no_kwargs("reversed", kw) || !pyvm_check_nargs("reversed", nargs, 1, 1))
        return RT_NOVALUE;
    rt_value_t x = args[0];
    pyvm_class_t *c = pyvm_type_of(x);
    if (pyvm_type_lookup(c, pyvm_name(reversed)) == rt_none) /* __reversed__ = None */
        return rt_raise(RT_EXC_TYPE, "'%s' object is not reversible", pyvm_type_name(x));
    bool found;
    rt_value_t r = pyvm_call_dunder(x, pyvm_name(reversed), NULL, 0, &found);
    if (found)
        return r;
    rt_value_t parts[3];
    if (pyvm_longrange_parts(x, parts))
        return pyvm_longrange_reversed(x);
    if (rt_is_ptr(x) && rt_obj_type(rt_ptr(x)) == &pyvm_type_range) { /* a range_iterator */
        range_t *rg = rt_ptr(x);
        rangeiter_t *it = rt_ptr(range_iter(x));
        it->next = rg->start + (rg->len - 1) * rg->step;
        it->step = -rg->step;
        return rt_from_ptr(it);
    }
    if (pyvm_is_dict(pyvm_unwrap(x)) || c == pyvm_cls_dict_keys || c == pyvm_cls_dict_values ||
        c == pyvm_cls_dict_items) { /* insertion order, backwards */
        rt_vec_t *items = pyvm_seq_to_vec(x);
        if (!items)
            return RT_NOVALUE;
        rt_value_t it = pyvm_iter_make(&pyvm_type_reversed, rt_from_ptr(items), RT_NOVALUE);
        ((iter2_t *)rt_ptr(it))->n = rt_vec_len(items);
        return it;
    }
    const rt_pyslots_t *sl = pyvm_slots(x);
    bool sequence = rt_is_ptr(x) && (rt_obj_type(rt_ptr(x)) == &pyvm_type_instance
                                         ? pyvm_type_lookup(c, pyvm_name(getitem)) != RT_NOVALUE
                                         : sl && sl->getitem && !pyvm_is_dict(x));
    if (!sequence)
        return rt_raise(RT_EXC_TYPE, "'%s' object is not reversible", pyvm_type_name(x));
    int64_t n = pyvm_len(x);
    if (n < 0)
        return RT_NOVALUE;
    rt_value_t it = pyvm_iter_make(&pyvm_type_reversed, args[0], RT_NOVALUE);
    ((iter2_t *)rt_ptr(it))->n = n;
    return it;
}

static rt_value_t slice_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_no_kwargs("slice", kw) || !pyvm_check_nargs("slice", nargs, 1, 3))
        return RT_NOVALUE;
    if (nargs == 1)
        return pyvm_slice_new(rt_none, args[0], rt_none);
    return pyvm_slice_new(args[0], args[1], nargs == 3 ? args[2] : rt_none);
}

static rt_value_t slice_getattr(rt_value_t self, rt_str_t *name)
{
    pyvm_slice_t *s = rt_ptr(self);
    if (strcmp(name->data, "start") == 0)
        return s->start;
    if (strcmp(name->data, "stop") == 0)
        return s->stop;
    if (strcmp(name->data, "step") == 0)
        return s->step;
    return pyvm_generic_getattr(self, name);
}

/* slice.indices(length): (start, stop, step) resolved as slicing a sequence of that length. */
/* The int behind a slice field; RT_NOVALUE with TypeError pending when it has no __index__. */
static rt_value_t slice_field_index(rt_value_t v)
{
    if (!pyvm_has_index(v))
        return rt_raise(RT_EXC_TYPE,
                        "slice indices must be integers or None or have an __index__ method");
    return pyvm_index(v);
}

/* One bound of slice.indices(): None gives dflt; a negative index counts from length; the
** result is clamped to [lower, upper]. Python ints throughout: bounds may exceed int64. */
static rt_value_t indices_bound(rt_value_t v, rt_value_t dflt, rt_value_t length, rt_value_t lower,
                                rt_value_t upper)
{
    if (v == rt_none)
        return dflt;
    rt_value_t i = slice_field_index(v);
    if (!i)
        return RT_NOVALUE;
    if (rt_int_sign(i) < 0) {
        i = rt_int_add(i, length);
        return rt_int_cmp(i, lower) < 0 ? lower : i;
    }
    return rt_int_cmp(i, upper) > 0 ? upper : i;
}

/* slice.indices(length): (start, stop, step) for a sequence of that length, any int size. */
static rt_value_t slice_indices_m(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    pyvm_slice_t *s = rt_ptr(self);
    rt_value_t length = pyvm_index(a[0]);
    if (!length)
        return RT_NOVALUE;
    if (rt_int_sign(length) < 0)
        return rt_raise(RT_EXC_VALUE, "length should not be negative");
    rt_value_t step = s->step == rt_none ? rt_small(1) : slice_field_index(s->step);
    if (!step)
        return RT_NOVALUE;
    if (rt_int_sign(step) == 0)
        return rt_raise(RT_EXC_VALUE, "slice step cannot be zero");
    bool back = rt_int_sign(step) < 0;
    rt_value_t lower = rt_small(back ? -1 : 0);
    rt_value_t upper = back ? rt_int_add(length, lower) : length;
    rt_value_t r[3] = {indices_bound(s->start, back ? upper : lower, length, lower, upper)};
    r[1] = r[0] ? indices_bound(s->stop, back ? lower : upper, length, lower, upper) : RT_NOVALUE;
    r[2] = step;
    return r[1] ? pyvm_tuple_from(r, 3) : RT_NOVALUE;
}

/* slice.__reduce__: (slice, (start, stop, step)) for pickle and copy. */
static rt_value_t slice_reduce(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    pyvm_slice_t *s = rt_ptr(self);
    rt_value_t fields[3] = {s->start, s->stop, s->step};
    rt_value_t r[2] = {rt_from_ptr(pyvm_cls_slice), pyvm_tuple_from(fields, 3)};
    return pyvm_tuple_from(r, 2);
}

static const pyvm_cfunc_def_t slice_methods[] = {
    {"indices", slice_indices_m, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__reduce__", slice_reduce, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* Slices compare as (start, stop, step) tuples; they stay unhashable. */
static rt_value_t slice_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (!rt_is_ptr(b) || rt_obj_type(rt_ptr(b)) != &pyvm_type_slice)
        return pyvm_notimpl;
    pyvm_slice_t *x = rt_ptr(a), *y = rt_ptr(b);
    rt_value_t tx[3] = {x->start, x->stop, x->step}, ty[3] = {y->start, y->stop, y->step};
    return pyvm_richcmp(pyvm_tuple_from(tx, 3), pyvm_tuple_from(ty, 3), op);
}

static bool slice_hash(rt_value_t v, int64_t *out)
{
    (void)v, (void)out;
    rt_raise(RT_EXC_TYPE, "unhashable type: 'slice'");
    return false;
}

static const rt_pyslots_t slice_slots = {.cls = &pyvm_cls_slice, .repr = slice_repr,
                                         .getattr = slice_getattr, .richcmp = slice_richcmp,
                                         .hash = slice_hash};

void pyvm_list_init(void)
{
    pyvm_type_list.py = &list_slots;
    rt_type_tuple.py = &tuple_slots;
    pyvm_type_range.py = &range_slots;
    pyvm_type_rangeiter.py = &rangeiter_slots;
    pyvm_type_seqiter.py = &seqiter_slots;
    pyvm_type_slice.py = &slice_slots;
    pyvm_type_enumerate.py = &enumerate_slots;
    pyvm_type_zip.py = &zip_slots;
    pyvm_type_map.py = &map_slots;
    pyvm_type_filter.py = &filter_slots;
    pyvm_type_reversed.py = &reversed_slots;
    pyvm_type_calliter.py = &calliter_slots;
    static const struct {
        pyvm_class_t **cls;
        const char *name;
        const rt_type_t *t;
        rt_value_t (*ctor)(pyvm_class_t *, const rt_value_t *, size_t, rt_tuple_t *);
        const pyvm_cfunc_def_t *methods;
    } table[] = {
        {&pyvm_cls_list, "list", &pyvm_type_list, list_ctor, list_methods},
        {&pyvm_cls_tuple, "tuple", &rt_type_tuple, tuple_ctor, tuple_methods},
        {&pyvm_cls_range, "range", &pyvm_type_range, range_ctor, range_methods},
        {&pyvm_cls_slice, "slice", &pyvm_type_slice, slice_ctor, slice_methods},
        {&pyvm_cls_iterator, "iterator", &pyvm_type_seqiter, NULL, NULL},
        {&pyvm_cls_enumerate, "enumerate", &pyvm_type_enumerate, enumerate_ctor,
         enumerate_methods},
        {&pyvm_cls_zip, "zip", &pyvm_type_zip, zip_ctor, NULL},
        {&pyvm_cls_map, "map", &pyvm_type_map, map_ctor, NULL},
        {&pyvm_cls_filter, "filter", &pyvm_type_filter, filter_ctor, NULL},
        {&pyvm_cls_reversed, "reversed", &pyvm_type_reversed, reversed_ctor, reversed_methods},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        *table[i].cls = pyvm_type_new_builtin(table[i].name, table[i].t, pyvm_cls_object);
        (*table[i].cls)->ctor = table[i].ctor;
        if (table[i].methods)
            pyvm_cfunc_install(*table[i].cls, table[i].methods);
    }
    static const struct {
        pyvm_class_t **cls;
        const char *name;
    } iters[] = {
#define PYVM_ITER_ROW(n) {&pyvm_cls_##n, #n},
        PYVM_ITER_CLASSES(PYVM_ITER_ROW)
#undef PYVM_ITER_ROW
    };
    for (size_t i = 0; i < sizeof iters / sizeof iters[0]; i++) {
        gc_root_add(iters[i].cls, 1);
        /* a builtin descriptor: neither instantiable nor subclassable from Python */
        *iters[i].cls = pyvm_type_new_builtin(iters[i].name, &pyvm_type_seqiter, pyvm_cls_object);
        pyvm_cfunc_install(*iters[i].cls, iter_methods);
    }
    pyvm_cfunc_install(pyvm_cls_list_reverseiterator, reversed_methods); /* obj_reduce.c: the rest */
    pyvm_type_setattr(pyvm_cls_slice, pyvm_name(hash), rt_none); /* slice.__hash__ is None */
    pyvm_cfunc_install(pyvm_cls_iterator, iter_methods);
}

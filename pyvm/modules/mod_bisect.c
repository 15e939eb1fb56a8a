/*
** mod_bisect.c: the native `_bisect` module (modules.h) that Debian's bisect.py imports over its
** pure-Python definitions: bisect_left/bisect_right and insort_left/insort_right with lo, hi and
** key=, CPython's argument errors, any sequence with __getitem__ and, for insort, an insert method
** (lists directly).
*/
#include "pyvm/modules/modules.h"

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* The insertion point of x in a[lo:hi] (sorted by key): left of equal items, or right of them.
** -1 with the error pending. */
static int64_t search(rt_value_t seq, rt_value_t x, int64_t lo, int64_t hi, rt_value_t key,
                      bool right)
{
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        rt_value_t item = pyvm_getitem(seq, rt_small(mid));
        if (item && key)
            item = pyvm_call1(key, item);
        if (!item)
            return -1;
        int lt = right ? pyvm_lt(x, item) : pyvm_lt(item, x);
        if (lt < 0)
            return -1;
        if (lt == right)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* (a, x, lo=0, hi=len(a), *, key=None) to the insertion point; -1 with the error pending.
** bisect compares x itself with the keys of the items, insort (keyed_x) the key of x. */
static int64_t point(const char *fn, const rt_value_t *args, size_t n, rt_tuple_t *kw,
                     bool right, bool keyed_x, rt_value_t *seq, rt_value_t *x)
{
    static const char *const names[] = {"a", "x", "lo", "hi", "key", NULL};
    rt_value_t v[5];
    size_t given = n + (kw ? (size_t)rt_tuple_len(kw) : 0);
    if (given > 5) { /* CPython counts every argument before matching keywords */
        rt_raise(RT_EXC_TYPE, "%s() takes at most 5 arguments (%zu given)", fn, given);
        return -1;
    }
    if (!pyvm_parse_args(fn, args, n, kw, names, 2, v))
        return -1;
    int64_t lo = 0, hi;
    if (v[2] && !pyvm_index_i64(v[2], &lo))
        return -1;
    if (lo < 0) {
        rt_raise(RT_EXC_VALUE, "lo must be non-negative");
        return -1;
    }
    if (v[3] && v[3] != rt_none) {
        if (!pyvm_index_i64(v[3], &hi))
            return -1;
    } else if ((hi = pyvm_len(v[0])) < 0) {
        return -1;
    }
    *seq = v[0];
    *x = v[1];
    rt_value_t key = v[4] && v[4] != rt_none ? v[4] : RT_NOVALUE;
    rt_value_t probe = v[1];
    if (key && keyed_x && (probe = pyvm_call1(key, v[1])) == RT_NOVALUE)
        return -1;
    return search(v[0], probe, lo, hi, key, right);
}

static rt_value_t bisect(const char *fn, const rt_value_t *a, size_t n, rt_tuple_t *kw,
                         bool right)
{
    rt_value_t seq, x;
    int64_t i = point(fn, a, n, kw, right, false, &seq, &x);
    return i < 0 ? RT_NOVALUE : rt_small(i);
}

static rt_value_t insort(const char *fn, const rt_value_t *a, size_t n, rt_tuple_t *kw,
                         bool right)
{
    rt_value_t seq, x;
    int64_t i = point(fn, a, n, kw, right, true, &seq, &x);
    if (i < 0)
        return RT_NOVALUE;
    rt_value_t list = pyvm_unwrap(seq);
    if (pyvm_is_list(list) && list == seq) {
        rt_vec_insert(rt_ptr(list), i, x);
        return rt_none;
    }
    rt_value_t insert = pyvm_getattr(seq, rt_str_intern_cstr("insert"));
    if (!insert)
        return RT_NOVALUE;
    rt_value_t args[2] = {rt_small(i), x};
    return pyvm_call(insert, args, 2, NULL) ? rt_none : RT_NOVALUE;
}

FN(b_left)
{
    (void)self;
    return bisect("bisect_left", a, n, kw, false);
}

FN(b_right)
{
    (void)self;
    return bisect("bisect_right", a, n, kw, true);
}

FN(i_left)
{
    (void)self;
    return insort("insort_left", a, n, kw, false);
}

FN(i_right)
{
    (void)self;
    return insort("insort_right", a, n, kw, true);
}

static const pyvm_cfunc_def_t bisect_functions[] = {
    {"bisect_left", b_left, 0, -1, 0, 1},
    {"bisect_right", b_right, 0, -1, 0, 1},
    {"insort_left", i_left, 0, -1, 0, 1},
    {"insort_right", i_right, 0, -1, 0, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_bisect_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, bisect_functions);
    return d;
}

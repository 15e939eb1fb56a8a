/*
** array.c: ext/standard's array functions over phpvm arrays. Functions that modify their
** argument take it by reference and separate it first (copy-on-write); sorting is a stable merge
** sort (PHP 8's sorts are stable) with PHP 8 comparison or a user callback.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phpvm/ext/standard/var.h"
#include "phpvm/interp.h"

#define UNUSED (void)self
#define ARR(i, var)                                                                                \
    phpvm_array_t *var = phpvm_arg_array(args, argc, i);                                           \
    if (!var)                                                                                      \
        return RT_NOVALUE

/* The array behind a by-reference argument, separated for writing. */
static phpvm_array_t *ref_array(rt_value_t *args, int i, const char *fname)
{
    phpvm_ref_t *r = (phpvm_ref_t *)rt_ptr(args[i]);
    if (phpvm_is_foreign(r->v) && !phpvm_foreign_to_container(&r->v, r))
        return NULL;
    if (!phpvm_is_array(r->v)) {
        phpvm_throw("TypeError", "%s(): Argument #%d ($array) must be of type array, %s given",
                    fname, i + 1, phpvm_type_name(r->v));
        return NULL;
    }
    phpvm_array_t *a = phpvm_array_sep(&r->v);
    gc_write_barrier(r);
    return a;
}

static rt_value_t fn_count(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t v = args[0];
    int64_t mode = 0;
    if (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &mode))
        return RT_NOVALUE;
    if (mode != 0 && mode != 1)
        return phpvm_throw("ValueError", "count(): Argument #2 ($mode) must be either "
                                         "COUNT_NORMAL or COUNT_RECURSIVE");
    if (phpvm_is_array(v)) {
        phpvm_array_t *a = phpvm_arr(v);
        int64_t n = rt_map_count(a);
        if (mode == 1)
            for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
                if (phpvm_is_array(phpvm_array_val_at(a, p))) {
                    rt_value_t sub[2] = {phpvm_array_val_at(a, p), rt_small(1)};
                    n += rt_small_value(fn_count(self, sub, 2));
                }
        return rt_small(n);
    }
    if (phpvm_is_object(v)) {
        phpvm_class_t *cnt = phpvm_class_find_c("Countable");
        if (cnt && phpvm_instanceof(phpvm_obj(v)->cls, cnt)) {
            rt_value_t callee, ctx;
            if (!phpvm_method(v, rt_str_from_cstr("count"), NULL, &callee, &ctx))
                return RT_NOVALUE;
            return phpvm_call_func(callee, ctx, NULL, 0);
        }
    }
    if (phpvm_is_foreign(v)) {
        int64_t n = phpvm_foreign_count(v);
        return n < 0 ? RT_NOVALUE : rt_small(n);
    }
    return phpvm_throw("TypeError", "count(): Argument #1 ($value) must be of type "
                                    "Countable|array, %s given", phpvm_type_name(v));
}

static rt_value_t fn_array_keys(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    phpvm_array_t *r = phpvm_array_new(rt_map_count(a));
    bool search = phpvm_arg_given(argc, args, 1);
    bool strict = phpvm_arg_given(argc, args, 2) && phpvm_arg_bool(args, argc, 2);
    rt_value_t want = search ? phpvm_deref(args[1]) : 0;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t v = phpvm_array_val_at(a, p);
        if (!search || (strict ? phpvm_strict_eq(v, want) : phpvm_loose_eq(v, want)))
            phpvm_array_append(r, phpvm_array_key_at(a, p));
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_array_values(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    phpvm_array_t *r = phpvm_array_new(rt_map_count(a));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
        phpvm_array_append(r, phpvm_share(phpvm_array_val_at(a, p)));
    return rt_from_ptr(r);
}

static rt_value_t fn_array_merge(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_array_t *r = phpvm_array_new(0);
    for (int i = 0; i < argc; i++) {
        ARR(i, a);
        for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
            rt_value_t k = phpvm_array_key_at(a, p);
            rt_value_t v = phpvm_share(phpvm_array_val_at(a, p));
            if (phpvm_is_str(k))
                phpvm_array_set(r, k, v);
            else
                phpvm_array_append(r, v);
        }
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_array_map(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(1, a);
    bool has_fn = phpvm_deref(args[0]) != rt_none;
    rt_value_t callee = 0, ctx = 0;
    if (has_fn && !phpvm_arg_callable(args, 0, true, &callee, &ctx))
        return RT_NOVALUE;
    if (argc > 2) {
        int64_t n = 0;
        for (int i = 1; i < argc; i++) {
            ARR(i, b);
            if (rt_map_count(b) > n)
                n = rt_map_count(b);
        }
        phpvm_array_t *r = phpvm_array_new(n);
        int64_t pos[16] = {0};
        for (int i = 1; i < argc && i < 16; i++)
            pos[i] = phpvm_array_first(phpvm_arr(args[i]));
        for (int64_t k = 0; k < n; k++) {
            rt_value_t vals[16];
            phpvm_array_t *row = phpvm_array_new(argc);
            for (int i = 1; i < argc && i < 16; i++) {
                phpvm_array_t *b = phpvm_arr(args[i]);
                vals[i - 1] = pos[i] >= 0 ? phpvm_array_val_at(b, pos[i]) : rt_none;
                if (pos[i] >= 0)
                    pos[i] = phpvm_array_next(b, pos[i]);
                phpvm_array_append(row, phpvm_share(vals[i - 1]));
            }
            rt_value_t v = has_fn ? phpvm_call_func(callee, ctx, vals, argc - 1) : rt_from_ptr(row);
            if (v == RT_NOVALUE)
                return RT_NOVALUE;
            phpvm_array_append(r, v);
        }
        return rt_from_ptr(r);
    }
    phpvm_array_t *r = phpvm_array_new(rt_map_count(a));
    bool list = true;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t v = phpvm_array_val_at(a, p);
        v = has_fn ? phpvm_call_func(callee, ctx, &v, 1) : v;
        if (v == RT_NOVALUE)
            return RT_NOVALUE;
        rt_value_t k = phpvm_array_key_at(a, p);
        list = list && rt_is_small(k);
        phpvm_array_set(r, k, phpvm_share(v));
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_array_filter(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    rt_value_t callee = 0, ctx = 0;
    bool has_fn = phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none;
    if (has_fn && !phpvm_arg_callable(args, 1, true, &callee, &ctx))
        return RT_NOVALUE;
    int64_t mode = phpvm_arg_given(argc, args, 2) ? phpvm_to_int(args[2]) : 0;
    phpvm_array_t *r = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t v = phpvm_array_val_at(a, p), k = phpvm_array_key_at(a, p);
        bool keep;
        if (has_fn) {
            rt_value_t cargs[2] = {mode == 2 ? k : v, k};
            rt_value_t t = phpvm_call_func(callee, ctx, cargs, mode == 1 ? 2 : 1);
            if (t == RT_NOVALUE)
                return RT_NOVALUE;
            keep = phpvm_to_bool(t);
        } else {
            keep = phpvm_to_bool(v);
        }
        if (keep)
            phpvm_array_set(r, k, phpvm_share(v));
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_array_reduce(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    rt_value_t callee, ctx;
    if (!phpvm_arg_callable(args, 1, false, &callee, &ctx))
        return RT_NOVALUE;
    rt_value_t acc = phpvm_arg_given(argc, args, 2) ? args[2] : rt_none;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t cargs[2] = {acc, phpvm_array_val_at(a, p)};
        acc = phpvm_call_func(callee, ctx, cargs, 2);
        if (acc == RT_NOVALUE)
            return RT_NOVALUE;
    }
    return acc;
}

static rt_value_t fn_array_slice(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    int64_t n = rt_map_count(a), off = phpvm_to_int(args[1]);
    int64_t len = phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none
                      ? phpvm_to_int(args[2]) : n;
    bool keep = phpvm_arg_bool(args, argc, 3);
    if (off < 0)
        off = off + n < 0 ? 0 : off + n;
    if (off > n)
        off = n;
    if (len < 0)
        len = n - off + len < 0 ? 0 : n - off + len;
    if (off + len > n)
        len = n - off;
    phpvm_array_t *r = phpvm_array_new(len);
    int64_t i = 0;
    for (int64_t p = phpvm_array_first(a); p >= 0 && i < off + len; p = phpvm_array_next(a, p), i++) {
        if (i < off)
            continue;
        rt_value_t k = phpvm_array_key_at(a, p), v = phpvm_share(phpvm_array_val_at(a, p));
        if (phpvm_is_str(k) || keep)
            phpvm_array_set(r, k, v);
        else
            phpvm_array_append(r, v);
    }
    return rt_from_ptr(r);
}

/* Rebuilds a with int keys renumbered from 0 (string keys kept), into a fresh array. */
static phpvm_array_t *renumber(phpvm_array_t *a)
{
    phpvm_array_t *r = phpvm_array_new(rt_map_count(a));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t k = phpvm_array_key_at(a, p);
        if (phpvm_is_str(k))
            phpvm_array_set(r, k, rt_map_value_at(a, p));
        else
            phpvm_array_append(r, rt_map_value_at(a, p));
    }
    return r;
}

static void store_ref_array(rt_value_t *args, int i, phpvm_array_t *a)
{
    phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[i]), rt_from_ptr(a));
}

static rt_value_t fn_array_splice(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_array_t *a = ref_array(args, 0, "array_splice");
    if (!a)
        return RT_NOVALUE;
    int64_t n = rt_map_count(a), off = phpvm_to_int(args[1]);
    int64_t len = phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none
                      ? phpvm_to_int(args[2]) : n;
    if (off < 0)
        off = off + n < 0 ? 0 : off + n;
    if (off > n)
        off = n;
    if (len < 0)
        len = n - off + len < 0 ? 0 : n - off + len;
    if (off + len > n)
        len = n - off;
    phpvm_array_t *removed = phpvm_array_new(len), *out = phpvm_array_new(n);
    int64_t i = 0;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p), i++) {
        rt_value_t k = phpvm_array_key_at(a, p), v = rt_map_value_at(a, p);
        if (i == off && phpvm_arg_given(argc, args, 3)) {
            rt_value_t rep = args[3];
            if (phpvm_is_array(rep)) {
                phpvm_array_t *ra = phpvm_arr(rep);
                for (int64_t q = phpvm_array_first(ra); q >= 0; q = phpvm_array_next(ra, q))
                    phpvm_array_append(out, phpvm_share(phpvm_array_val_at(ra, q)));
            } else {
                phpvm_array_append(out, rep);
            }
        }
        if (i >= off && i < off + len) { /* string keys stay on the removed entries */
            if (phpvm_is_str(k))
                phpvm_array_set(removed, k, v);
            else
                phpvm_array_append(removed, v);
            continue;
        }
        if (phpvm_is_str(k))
            phpvm_array_set(out, k, v);
        else
            phpvm_array_append(out, v);
    }
    if (off >= i && phpvm_arg_given(argc, args, 3)) {
        rt_value_t rep = args[3];
        if (phpvm_is_array(rep)) {
            phpvm_array_t *ra = phpvm_arr(rep);
            for (int64_t q = phpvm_array_first(ra); q >= 0; q = phpvm_array_next(ra, q))
                phpvm_array_append(out, phpvm_share(phpvm_array_val_at(ra, q)));
        } else {
            phpvm_array_append(out, rep);
        }
    }
    store_ref_array(args, 0, out);
    return rt_from_ptr(removed);
}

static rt_value_t fn_array_push(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_array_t *a = ref_array(args, 0, "array_push");
    if (!a)
        return RT_NOVALUE;
    for (int i = 1; i < argc; i++)
        if (!phpvm_array_append(a, phpvm_share(args[i])))
            return RT_NOVALUE;
    return rt_small(rt_map_count(a));
}

static rt_value_t fn_array_pop(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    phpvm_array_t *a = ref_array(args, 0, "array_pop");
    if (!a)
        return RT_NOVALUE;
    rt_map_key_t k;
    rt_value_t v;
    if (!rt_map_pop(a, &k, &v))
        return rt_none;
    return phpvm_deref(v);
}

static rt_value_t fn_array_shift(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    phpvm_array_t *a = ref_array(args, 0, "array_shift");
    if (!a)
        return RT_NOVALUE;
    int64_t p = phpvm_array_first(a);
    if (p < 0)
        return rt_none;
    rt_value_t v = phpvm_array_val_at(a, p);
    rt_map_del_at(a, p);
    store_ref_array(args, 0, renumber(a));
    return v;
}

static rt_value_t fn_array_unshift(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_array_t *a = ref_array(args, 0, "array_unshift");
    if (!a)
        return RT_NOVALUE;
    phpvm_array_t *r = phpvm_array_new(rt_map_count(a) + argc);
    for (int i = 1; i < argc; i++)
        phpvm_array_append(r, phpvm_share(args[i]));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t k = phpvm_array_key_at(a, p);
        if (phpvm_is_str(k))
            phpvm_array_set(r, k, rt_map_value_at(a, p));
        else
            phpvm_array_append(r, rt_map_value_at(a, p));
    }
    store_ref_array(args, 0, r);
    return rt_small(rt_map_count(r));
}

static rt_value_t fn_array_key_exists(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(1, a);
    rt_value_t k = phpvm_key(args[0]);
    if (k == RT_NOVALUE)
        return RT_NOVALUE;
    return rt_bool(phpvm_array_get(a, k) != RT_NOVALUE);
}

static int64_t search(phpvm_array_t *a, rt_value_t needle, bool strict)
{
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t v = phpvm_array_val_at(a, p);
        if (strict ? phpvm_strict_eq(v, needle) : phpvm_loose_eq(v, needle))
            return p;
    }
    return -1;
}

static rt_value_t fn_in_array(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(1, a);
    return rt_bool(search(a, args[0], phpvm_arg_bool(args, argc, 2)) >= 0);
}

static rt_value_t fn_array_search(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(1, a);
    int64_t p = search(a, args[0], phpvm_arg_bool(args, argc, 2));
    return p < 0 ? rt_false : phpvm_array_key_at(a, p);
}

static rt_value_t fn_range(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t lo = args[0], hi = args[1];
    phpvm_array_t *r = phpvm_array_new(0);
    if (phpvm_is_str(lo) && phpvm_is_str(hi) && phpvm_str(lo)->len == 1 &&
        phpvm_str(hi)->len == 1) {
        int a = (unsigned char)phpvm_str(lo)->data[0], b = (unsigned char)phpvm_str(hi)->data[0];
        int step = (int)(phpvm_arg_given(argc, args, 2) ? labs((long)phpvm_to_int(args[2])) : 1);
        if (step == 0)
            step = 1;
        for (int c = a; a <= b ? c <= b : c >= b; c += a <= b ? step : -step) {
            char ch = (char)c;
            phpvm_array_append(r, phpvm_str_value(&ch, 1));
        }
        return rt_from_ptr(r);
    }
    bool floats = rt_is_float(lo) || rt_is_float(hi) ||
                  (phpvm_arg_given(argc, args, 2) && rt_is_float(args[2]));
    if (floats) {
        double a = phpvm_to_float(lo), b = phpvm_to_float(hi);
        double step = phpvm_arg_given(argc, args, 2) ? fabs(phpvm_to_float(args[2])) : 1.0;
        if (step <= 0 || (a != b && fabs(b - a) < step))
            return phpvm_throw("ValueError", "range(): Argument #3 ($step) must not exceed the "
                                             "specified range");
        int64_t n = (int64_t)floor(fabs(b - a) / step + 1e-9);
        for (int64_t i = 0; i <= n; i++)
            phpvm_array_append(r, phpvm_float(a <= b ? a + i * step : a - i * step));
        return rt_from_ptr(r);
    }
    int64_t a = phpvm_to_int(lo), b = phpvm_to_int(hi);
    int64_t step = phpvm_arg_given(argc, args, 2) ? llabs(phpvm_to_int(args[2])) : 1;
    if (step == 0 || (a != b && (uint64_t)(a < b ? b - a : a - b) < (uint64_t)step))
        return phpvm_throw("ValueError", "range(): Argument #3 ($step) must not exceed the "
                                         "specified range");
    if (a <= b)
        for (int64_t i = a; i <= b; i += step)
            phpvm_array_append(r, phpvm_int(i));
    else
        for (int64_t i = a; i >= b; i -= step)
            phpvm_array_append(r, phpvm_int(i));
    return rt_from_ptr(r);
}

/* ---- Sorting ---- */

typedef struct sort_ent {
    rt_value_t key, val;
} sort_ent_t;

typedef struct sort_ctx {
    int by;          /* 0 value, 1 key */
    int dir;         /* 1 ascending, -1 descending */
    rt_value_t callee, ctx;
    bool failed;
    int64_t flags;   /* SORT_REGULAR 0, SORT_NUMERIC 1, SORT_STRING 2, | SORT_FLAG_CASE 8 */
} sort_ctx_t;

/* The comparison a sort flag asks for: as numbers, as (maybe case-folded) strings, or PHP's. */
static int cmp_flagged(int64_t flags, rt_value_t a, rt_value_t b)
{
    a = phpvm_deref(a);
    b = phpvm_deref(b);
    if ((flags & ~8) == 1) {
        double x = phpvm_to_float(a), y = phpvm_to_float(b);
        return x < y ? -1 : x > y;
    }
    if ((flags & ~8) == 6) { /* SORT_NATURAL */
        rt_str_t *x = phpvm_to_str(a), *y = phpvm_to_str(b);
        return x && y ? phpvm_strnatcmp(x, y, flags & 8) : 0;
    }
    if ((flags & ~8) == 2 || (flags & ~8) == 5) { /* SORT_STRING, SORT_LOCALE_STRING */
        rt_str_t *x = phpvm_to_str(a), *y = phpvm_to_str(b);
        if (!x || !y)
            return 0;
        int c = (flags & 8) ? strcasecmp(x->data, y->data) : rt_str_cmp(x, y);
        return c < 0 ? -1 : c > 0;
    }
    return phpvm_compare(a, b);
}

static int cmp_ent(sort_ctx_t *sc, const sort_ent_t *x, const sort_ent_t *y)
{
    if (sc->failed)
        return 0;
    rt_value_t a = sc->by ? x->key : x->val, b = sc->by ? y->key : y->val;
    if (sc->callee) {
        rt_value_t args[2] = {a, b};
        rt_value_t r = phpvm_call_func(sc->callee, sc->ctx, args, 2);
        if (r == RT_NOVALUE) {
            sc->failed = true;
            return 0;
        }
        int64_t c = phpvm_to_int(r);
        if (rt_is_float(r))
            c = rt_float_value(r) < 0 ? -1 : rt_float_value(r) > 0;
        return c < 0 ? -1 : c > 0;
    }
    int c = cmp_flagged(sc->flags, a, b);
    return sc->dir * (c == RT_CMP_UNORDERED ? 1 : c);
}

/* Sorts v (stably, by cmp_ent) with the help of tmp, which holds the same n entries on entry:
** each level sorts the halves of the other buffer and merges them into this one, so no level
** copies back. The comparisons, and so the callbacks' calls, are those of a plain top-down merge
** sort. */
static void merge_sort(sort_ctx_t *sc, sort_ent_t *v, sort_ent_t *tmp, int64_t n)
{
    if (n < 2)
        return;
    int64_t h = n / 2;
    merge_sort(sc, tmp, v, h);
    merge_sort(sc, tmp + h, v + h, n - h);
    int64_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        v[k++] = cmp_ent(sc, &tmp[j], &tmp[i]) < 0 ? tmp[j++] : tmp[i++];
    while (i < h)
        v[k++] = tmp[i++];
    while (j < n)
        v[k++] = tmp[j++];
}

/* by: 0 values, 1 keys; keep: keep keys; user: the callback argument index or -1; flags: the
** sort flags unless an argument gives them. */
static rt_value_t do_sort(rt_value_t *args, int argc, int by, int dir, bool keep, int user,
                          const char *name, int64_t flags)
{
    phpvm_array_t *a = ref_array(args, 0, name);
    if (!a)
        return RT_NOVALUE;
    sort_ctx_t sc = {by, dir, 0, 0, false, flags};
    if (user >= 0 && !phpvm_arg_callable(args, user, false, &sc.callee, &sc.ctx))
        return RT_NOVALUE;
    if (user < 0 && phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &sc.flags))
        return RT_NOVALUE;
    int64_t n = rt_map_count(a);
    /* The entries live in a GC tuple so the conservative scan sees them during callbacks. */
    rt_tuple_t *store = rt_tuple_new(4 * n + 2);
    sort_ent_t *v = (sort_ent_t *)store->items, *tmp = v + n;
    int64_t i = 0;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p), i++) {
        v[i].key = phpvm_array_key_at(a, p);
        v[i].val = rt_map_value_at(a, p);
    }
    memcpy(tmp, v, (size_t)n * sizeof *v);
    gc_write_barrier(store);
    merge_sort(&sc, v, tmp, n);
    if (sc.failed)
        return RT_NOVALUE;
    phpvm_array_t *r = phpvm_array_new(n);
    for (i = 0; i < n; i++) {
        if (keep)
            phpvm_array_set(r, v[i].key, v[i].val);
        else
            phpvm_array_append(r, v[i].val);
    }
    store_ref_array(args, 0, r);
    return rt_true;
}

#define SORT_FN(name, by, dir, keep, user)                                                         \
    static rt_value_t fn_##name(rt_value_t self, rt_value_t *args, int argc)                      \
    {                                                                                              \
        UNUSED;                                                                                    \
        return do_sort(args, argc, by, dir, keep, user, #name, 0);                                 \
    }
SORT_FN(sort, 0, 1, false, -1)
SORT_FN(rsort, 0, -1, false, -1)
SORT_FN(usort, 0, 1, false, 1)
SORT_FN(asort, 0, 1, true, -1)
SORT_FN(arsort, 0, -1, true, -1)
SORT_FN(uasort, 0, 1, true, 1)
SORT_FN(ksort, 1, 1, true, -1)
SORT_FN(krsort, 1, -1, true, -1)
SORT_FN(uksort, 1, 1, true, 1)

static rt_value_t fn_natsort(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return do_sort(args, argc, 0, 1, true, -1, "natsort", 6);
}

static rt_value_t fn_natcasesort(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return do_sort(args, argc, 0, 1, true, -1, "natcasesort", 6 | 8);
}

/* ---- array_multisort ---- */

typedef struct msort {
    int n;                  /* the arrays */
    rt_tuple_t *vals, *keys; /* n rows of len values, and of their keys */
    int64_t len;
    int dir[64];
    int64_t flags[64];
    bool failed;
} msort_t;

static int msort_cmp(msort_t *m, int64_t x, int64_t y)
{
    for (int k = 0; k < m->n; k++) {
        rt_value_t *row = m->vals->items + (int64_t)k * m->len;
        int c = cmp_flagged(m->flags[k], row[x], row[y]);
        if (c == RT_CMP_UNORDERED)
            c = 1;
        if (c)
            return m->dir[k] * c;
    }
    return 0;
}

static void msort_merge(msort_t *m, int64_t *v, int64_t *tmp, int64_t n)
{
    if (n < 2)
        return;
    int64_t h = n / 2, i = 0, j = h, k = 0;
    msort_merge(m, v, tmp, h);
    msort_merge(m, v + h, tmp, n - h);
    while (i < h && j < n)
        tmp[k++] = msort_cmp(m, v[j], v[i]) < 0 ? v[j++] : v[i++];
    while (i < h)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, (size_t)n * sizeof *v);
}

/* array_multisort($a, [order], [flags], $b, ...): sorts the arrays together, the first
** deciding, the next ones breaking ties; arrays passed by reference receive the new order. */
static rt_value_t fn_array_multisort(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    msort_t m = {0};
    int which[64] = {0};
    bool have_dir = false, have_flags = false;
    for (int i = 0; i < argc; i++) {
        rt_value_t v = phpvm_deref(args[i]);
        if (phpvm_is_array(v)) {
            if (m.n == 64)
                return phpvm_throw("ValueError", "array_multisort(): Too many arrays");
            which[m.n] = i;
            m.dir[m.n] = 1;
            m.flags[m.n++] = 0;
            have_dir = have_flags = false;
            continue;
        }
        const char *name = i == 0 ? " ($array)" : "";
        if (!rt_is_int(v))
            return phpvm_throw("TypeError", "array_multisort(): Argument #%d%s must be an array "
                                            "or a sort flag", i + 1, name);
        int64_t f = phpvm_int_of(v);
        bool is_dir = f == 3 || f == 4;
        if (!is_dir && ((f & ~8) < 0 || (f & ~8) > 6))
            return phpvm_throw("ValueError", "array_multisort(): Argument #%d%s must be a valid "
                                             "sort flag", i + 1, name);
        if (m.n == 0 || (is_dir ? have_dir : have_flags))
            return phpvm_throw("TypeError", "array_multisort(): Argument #%d%s must be an array "
                               "or a sort flag that has not already been specified", i + 1, name);
        if (is_dir) {
            m.dir[m.n - 1] = f == 3 ? -1 : 1;
            have_dir = true;
        } else {
            m.flags[m.n - 1] = f;
            have_flags = true;
        }
    }
    m.len = rt_map_count(phpvm_arr(phpvm_deref(args[which[0]])));
    for (int k = 1; k < m.n; k++)
        if (rt_map_count(phpvm_arr(phpvm_deref(args[which[k]]))) != m.len)
            return phpvm_throw("ValueError", "Array sizes are inconsistent");
    m.vals = rt_tuple_new((int64_t)m.n * m.len);
    m.keys = rt_tuple_new((int64_t)m.n * m.len);
    for (int k = 0; k < m.n; k++) {
        phpvm_array_t *a = phpvm_arr(phpvm_deref(args[which[k]]));
        int64_t j = (int64_t)k * m.len;
        for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p), j++) {
            m.vals->items[j] = rt_map_value_at(a, p);
            m.keys->items[j] = phpvm_array_key_at(a, p);
        }
    }
    gc_write_barrier(m.vals);
    gc_write_barrier(m.keys);
    int64_t *perm = malloc(2 * (size_t)(m.len + 1) * sizeof *perm);
    for (int64_t j = 0; j < m.len; j++)
        perm[j] = j;
    msort_merge(&m, perm, perm + m.len, m.len);
    for (int k = 0; k < m.n; k++) {
        if (!phpvm_is_ref(args[which[k]]))
            continue;
        phpvm_array_t *r = phpvm_array_new(m.len);
        for (int64_t j = 0; j < m.len; j++) {
            int64_t at = (int64_t)k * m.len + perm[j];
            rt_value_t key = m.keys->items[at], val = m.vals->items[at];
            if (phpvm_is_str(key))
                phpvm_array_set(r, key, val);
            else
                phpvm_array_append(r, val);
        }
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[which[k]]), rt_from_ptr(r));
    }
    free(perm);
    return rt_true;
}

/* A scalar as array_sum and array_product count it (PHP's convert_scalar_to_number): a
** string's leading number, silently (else 0), false and null 0, true 1, a resource its id. */
static rt_value_t scalar_number(rt_value_t v)
{
    if (rt_is_int(v) || phpvm_kind(v) == PHPVM_FLOAT)
        return v;
    if (phpvm_is_str(v)) {
        rt_phpnum_t n;
        rt_numparse_php(phpvm_str(v)->data, (size_t)phpvm_str(v)->len, &n);
        return n.kind == RT_PHPNUM_FLOAT ? phpvm_float(n.d)
                                         : phpvm_int(n.kind == RT_PHPNUM_INT ? n.i : 0);
    }
    return phpvm_int(phpvm_to_int(v));
}

/* array_sum / array_product: fold the values with PHP's + or *, starting from `init`; arrays
** and objects are skipped. */
static rt_value_t fold_values(rt_value_t *args, int argc, int op, rt_value_t init)
{
    ARR(0, a);
    rt_value_t acc = init;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t v = phpvm_array_val_at(a, p);
        if (phpvm_is_array(v) || phpvm_is_object(v))
            continue;
        acc = phpvm_binop(op, acc, scalar_number(v));
        if (acc == RT_NOVALUE)
            return acc;
    }
    return acc;
}

static rt_value_t fn_array_sum(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return fold_values(args, argc, PHPVM_OP_ADD, rt_small(0));
}

static rt_value_t fn_array_product(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return fold_values(args, argc, PHPVM_OP_MUL, rt_small(1));
}

static rt_value_t fn_array_reverse(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    bool keep = phpvm_arg_bool(args, argc, 1);
    phpvm_array_t *r = phpvm_array_new(rt_map_count(a));
    for (int64_t p = rt_map_prev(a, rt_map_end(a) - 1); p >= 0; p = rt_map_prev(a, p - 1)) {
        rt_value_t k = phpvm_array_key_at(a, p), v = phpvm_share(phpvm_array_val_at(a, p));
        if (phpvm_is_str(k) || keep)
            phpvm_array_set(r, k, v);
        else
            phpvm_array_append(r, v);
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_array_flip(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    phpvm_array_t *r = phpvm_array_new(rt_map_count(a));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t v = phpvm_array_val_at(a, p);
        if (!rt_is_int(v) && !phpvm_is_str(v)) {
            phpvm_error(PHPVM_E_WARNING,
                        "array_flip(): Can only flip string and integer values, entry skipped");
            if (rt_exc_pending())
                return RT_NOVALUE;
            continue;
        }
        phpvm_array_set(r, phpvm_key(v), phpvm_array_key_at(a, p));
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_array_unique(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    phpvm_array_t *r = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t v = phpvm_array_val_at(a, p);
        bool dup = false;
        for (int64_t q = phpvm_array_first(r); q >= 0 && !dup; q = phpvm_array_next(r, q))
            dup = phpvm_compare(phpvm_array_val_at(r, q), v) == 0;
        if (!dup)
            phpvm_array_set(r, phpvm_array_key_at(a, p), phpvm_share(v));
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_array_fill(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    int64_t start = phpvm_to_int(args[0]), n = phpvm_to_int(args[1]);
    if (n < 0)
        return phpvm_throw("ValueError", "array_fill(): Argument #2 ($count) must be greater "
                                         "than or equal to 0");
    phpvm_array_t *r = phpvm_array_new(n);
    for (int64_t i = 0; i < n; i++)
        phpvm_array_set(r, phpvm_int(start + i), phpvm_share(args[2]));
    return rt_from_ptr(r);
}

/* A value as array_fill_keys and array_combine make it a key: an int stays one, anything else
** becomes its string (warnings and errors as a string conversion), then numeric strings ints. */
static rt_value_t string_key(rt_value_t v)
{
    if (rt_is_int(v))
        return v;
    rt_str_t *s = phpvm_to_str(v);
    return s ? phpvm_key(rt_from_ptr(s)) : RT_NOVALUE;
}

static rt_value_t fn_array_fill_keys(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    phpvm_array_t *r = phpvm_array_new(rt_map_count(a));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t k = string_key(phpvm_array_val_at(a, p));
        if (k == RT_NOVALUE)
            return k;
        phpvm_array_set(r, k, phpvm_share(args[1]));
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_array_combine(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, k);
    ARR(1, v);
    if (rt_map_count(k) != rt_map_count(v))
        return phpvm_throw("ValueError", "array_combine(): Argument #1 ($keys) and argument #2 "
                                         "($values) must have the same number of elements");
    phpvm_array_t *r = phpvm_array_new(rt_map_count(k));
    int64_t q = phpvm_array_first(v);
    for (int64_t p = phpvm_array_first(k); p >= 0; p = phpvm_array_next(k, p), q = phpvm_array_next(v, q)) {
        rt_value_t key = string_key(phpvm_array_val_at(k, p));
        if (key == RT_NOVALUE)
            return key;
        phpvm_array_set(r, key, phpvm_share(phpvm_array_val_at(v, q)));
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_array_key_first(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    int64_t p = phpvm_array_first(a);
    return p < 0 ? rt_none : phpvm_array_key_at(a, p);
}

static rt_value_t fn_array_key_last(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    int64_t p = rt_map_prev(a, rt_map_end(a) - 1);
    return p < 0 ? rt_none : phpvm_array_key_at(a, p);
}

static rt_value_t fn_array_is_list(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    int64_t i = 0;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p), i++)
        if (phpvm_array_key_at(a, p) != rt_small(i))
            return rt_false;
    return rt_true;
}

/* array_column's column_key and index_key, int|string|null: weak mode turns floats and bools
** into ints (with the float deprecation) and Stringable objects into strings. */
static bool column_key_arg(rt_value_t *args, int argc, int i, rt_value_t *out)
{
    rt_value_t v = phpvm_arg_given(argc, args, i) ? phpvm_deref(args[i]) : rt_none;
    *out = v;
    if (v == rt_none || rt_is_int(v) || phpvm_is_str(v))
        return true;
    if (!phpvm_strict() && (rt_is_float(v) || rt_is_bool(v))) {
        int64_t n;
        if (!phpvm_arg_long_as(args, i, &n, "string|int|null"))
            return false;
        *out = phpvm_int(n);
        return true;
    }
    rt_str_t *s = phpvm_arg_str_as(args, i, "string|int|null");
    *out = s ? rt_from_ptr(s) : RT_NOVALUE;
    return s != NULL;
}

/* row[key] for array_column, RT_NOVALUE when absent: an array's element, or an object's property
** as the caller's scope sees it (one that exists, null included, or one __isset admits, then read
** through __get). RT_NOVALUE with an exception pending on failure. */
static rt_value_t column_fetch(rt_value_t row, rt_value_t key)
{
    if (phpvm_is_array(row)) {
        rt_value_t k = phpvm_key(key);
        return k == RT_NOVALUE ? RT_NOVALUE : phpvm_deref(phpvm_array_get(phpvm_arr(row), k));
    }
    if (!phpvm_is_object(row))
        return RT_NOVALUE;
    rt_str_t *name = phpvm_to_str(key);
    rt_frame_t *f = phpvm_bcalls->frame;
    phpvm_class_t *scope = f ? phpvm_frame_scope(f) : NULL;
    phpvm_array_t *props = phpvm_object_props(row, scope, false);
    rt_value_t v = props ? rt_map_get_str(props, name) : RT_NOVALUE;
    if (v != RT_NOVALUE)
        return phpvm_deref(v);
    if (!props || !phpvm_prop_isset(row, name, scope))
        return RT_NOVALUE;
    return phpvm_deref(phpvm_prop_read(row, name, scope, false));
}

static rt_value_t fn_array_column(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    rt_value_t col, idx;
    if (!column_key_arg(args, argc, 1, &col) || !column_key_arg(args, argc, 2, &idx))
        return RT_NOVALUE;
    phpvm_array_t *r = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t row = phpvm_array_val_at(a, p);
        rt_value_t v = col == rt_none ? row : column_fetch(row, col);
        if (v == RT_NOVALUE) {
            if (rt_exc_pending())
                return RT_NOVALUE;
            continue;
        }
        rt_value_t kv = idx != rt_none ? column_fetch(row, idx) : RT_NOVALUE;
        rt_value_t k = kv != RT_NOVALUE ? phpvm_key(kv) : RT_NOVALUE;
        if (rt_exc_pending())
            return RT_NOVALUE;
        if (k != RT_NOVALUE)
            phpvm_array_set(r, k, phpvm_share(v));
        else if (!phpvm_array_append(r, phpvm_share(v)))
            return RT_NOVALUE;
    }
    return rt_from_ptr(r);
}

/* current(), next(), prev(), reset(), end(): `step` reads or moves the internal pointer. */
static rt_value_t pointer_step(rt_value_t *args, rt_value_t (*step)(rt_map_t *))
{
    rt_value_t v = phpvm_deref(args[0]);
    if (!phpvm_is_array(v))
        return rt_false;
    rt_value_t r = step(phpvm_arr(v));
    return r == RT_NOVALUE ? rt_false : phpvm_deref(r);
}

static rt_value_t map_current(rt_map_t *m) { return rt_map_current(m); }

#define POINTER_FN(name, step)                                                                     \
    static rt_value_t fn_##name(rt_value_t self, rt_value_t *args, int argc)                       \
    {                                                                                              \
        UNUSED;                                                                                    \
        (void)argc;                                                                                \
        return pointer_step(args, step);                                                           \
    }
POINTER_FN(current, map_current)
POINTER_FN(next, rt_map_ptr_next)
POINTER_FN(reset, rt_map_ptr_reset)
POINTER_FN(end, rt_map_ptr_end)
POINTER_FN(prev, rt_map_ptr_prev)

static rt_value_t fn_key(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    rt_value_t v = phpvm_deref(args[0]);
    rt_map_key_t k;
    if (!phpvm_is_array(v) || !rt_map_current_key(phpvm_arr(v), &k))
        return rt_none;
    return k.obj ? k.obj : phpvm_int(k.i);
}

/* iterator_to_array(iterable, preserve_keys): walks the value as foreach does. */
static rt_value_t fn_iterator_to_array(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    bool keys = !phpvm_arg_given(argc, args, 1) || phpvm_to_bool(args[1]);
    rt_value_t v = args[0];
    if (!phpvm_is_array(v) && !phpvm_is_gen(v) && !phpvm_is_object(v) && !phpvm_is_foreign(v)) {
        phpvm_throw("TypeError", "iterator_to_array(): Argument #1 ($iterator) must be of type "
                                 "Traversable|array, %s given", phpvm_type_name(v));
        return RT_NOVALUE;
    }
    rt_value_t it = phpvm_iter_new(v, false);
    if (it == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_array_t *out = phpvm_array_new(0);
    rt_value_t kv[2];
    while (phpvm_iter_next((phpvm_iter_t *)rt_ptr(it), kv, keys)) {
        if (kv[0] == RT_NOVALUE)
            return RT_NOVALUE;
        if (!keys) {
            if (!phpvm_array_append(out, phpvm_share(kv[0])))
                return RT_NOVALUE;
            continue;
        }
        rt_value_t k = phpvm_key(kv[1]);
        if (k == RT_NOVALUE)
            return RT_NOVALUE;
        phpvm_array_set(out, k, phpvm_share(kv[0]));
    }
    return rt_exc_pending() ? RT_NOVALUE : rt_from_ptr(out);
}

const phpvm_builtin_t phpvm_ext_array[] = {
    {"iterator_to_array", fn_iterator_to_array, 1, 2, "iterator,preserve_keys", 0},
    {"count", fn_count, 1, 2, "value,mode", 0},
    {"sizeof", fn_count, 1, 2, "value,mode", 0},
    {"array_keys", fn_array_keys, 1, 3, "array,filter_value,strict", 0},
    {"array_values", fn_array_values, 1, 1, "array", 0},
    {"array_merge", fn_array_merge, 0, -1, "arrays", 0},
    {"array_map", fn_array_map, 2, -1, "callback,array,arrays", 0},
    {"array_filter", fn_array_filter, 1, 3, "array,callback,mode", 0},
    {"array_reduce", fn_array_reduce, 2, 3, "array,callback,initial", 0},
    {"array_slice", fn_array_slice, 2, 4, "array,offset,length,preserve_keys", 0},
    {"array_splice", fn_array_splice, 2, 4, "array,offset,length,replacement", 1},
    {"array_push", fn_array_push, 1, -1, "array,values", 1},
    {"array_pop", fn_array_pop, 1, 1, "array", 1},
    {"array_shift", fn_array_shift, 1, 1, "array", 1},
    {"array_unshift", fn_array_unshift, 1, -1, "array,values", 1},
    {"array_key_exists", fn_array_key_exists, 2, 2, "key,array", 0},
    {"key_exists", fn_array_key_exists, 2, 2, "key,array", 0},
    {"in_array", fn_in_array, 2, 3, "needle,haystack,strict", 0},
    {"array_search", fn_array_search, 2, 3, "needle,haystack,strict", 0},
    {"range", fn_range, 2, 3, "start,end,step", 0},
    {"sort", fn_sort, 1, 2, "array,flags", 1},
    {"rsort", fn_rsort, 1, 2, "array,flags", 1},
    {"usort", fn_usort, 2, 2, "array,callback", 1},
    {"asort", fn_asort, 1, 2, "array,flags", 1},
    {"arsort", fn_arsort, 1, 2, "array,flags", 1},
    {"uasort", fn_uasort, 2, 2, "array,callback", 1},
    {"ksort", fn_ksort, 1, 2, "array,flags", 1},
    {"krsort", fn_krsort, 1, 2, "array,flags", 1},
    {"uksort", fn_uksort, 2, 2, "array,callback", 1},
    {"natsort", fn_natsort, 1, 1, "array", 1},
    {"array_multisort", fn_array_multisort, 1, -1, "array,rest", 0xffffffffu},
    {"natcasesort", fn_natcasesort, 1, 1, "array", 1},
    {"array_sum", fn_array_sum, 1, 1, "array", 0},
    {"array_product", fn_array_product, 1, 1, "array", 0},
    {"array_reverse", fn_array_reverse, 1, 2, "array,preserve_keys", 0},
    {"array_flip", fn_array_flip, 1, 1, "array", 0},
    {"array_unique", fn_array_unique, 1, 2, "array,flags", 0},
    {"array_fill", fn_array_fill, 3, 3, "start_index,count,value", 0},
    {"array_fill_keys", fn_array_fill_keys, 2, 2, "keys,value", 0},
    {"array_combine", fn_array_combine, 2, 2, "keys,values", 0},
    {"array_key_first", fn_array_key_first, 1, 1, "array", 0},
    {"array_key_last", fn_array_key_last, 1, 1, "array", 0},
    {"array_is_list", fn_array_is_list, 1, 1, "array", 0},
    {"array_column", fn_array_column, 2, 3, "array,column_key,index_key", 0},
    {"current", fn_current, 1, 1, "array", 0},
    {"pos", fn_current, 1, 1, "array", 0},
    {"key", fn_key, 1, 1, "array", 0},
    {"next", fn_next, 1, 1, "array", 1},
    {"prev", fn_prev, 1, 1, "array", 1},
    {"reset", fn_reset, 1, 1, "array", 1},
    {"end", fn_end, 1, 1, "array", 1},
    {NULL, NULL, 0, 0, NULL, 0},
};

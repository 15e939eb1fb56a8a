/*
** array_user.c: ext/standard's diff/intersect functions whose values or keys are compared by a
** user callback (array_udiff, array_diff_ukey, array_uintersect_uassoc, ... ten in all), and
** array_replace_recursive. The built-in comparisons are array_set.c's: values as strings, keys
** as keys. Results are PHP's for consistent callbacks; the callbacks are called in a different
** order and number than PHP's sort-based implementation calls them.
*/
#include <string.h>

#include "phpvm/interp.h"

#define UNUSED (void)self

/* How a variant compares: values and keys, each not at all, built in, or by a callback. */
enum { CMP_NONE, CMP_BUILTIN, CMP_USER };

typedef struct ucmp {
    int val, key;
    rt_value_t vcallee, vctx, kcallee, kctx;
    bool intersect;
    bool failed;
} ucmp_t;

/* 0 when equal, else non-zero; sets u->failed when a callback throws. */
static int64_t call_cmp(ucmp_t *u, rt_value_t callee, rt_value_t ctx, rt_value_t a, rt_value_t b)
{
    rt_value_t argv[2] = {a, b};
    rt_value_t r = phpvm_call_func(callee, ctx, argv, 2);
    if (r == RT_NOVALUE) {
        u->failed = true;
        return 1;
    }
    return phpvm_to_int(r);
}

static bool same(ucmp_t *u, int how, rt_value_t callee, rt_value_t ctx, rt_value_t a,
                 rt_value_t b)
{
    if (how == CMP_USER)
        return call_cmp(u, callee, ctx, a, b) == 0;
    if (rt_is_int(a) && rt_is_int(b))
        return a == b;
    rt_str_t *x = phpvm_to_str(a), *y = phpvm_to_str(b);
    if (!x || !y) {
        u->failed = true;
        return false;
    }
    return rt_str_eq(x, y);
}

/* Whether b has an entry matching (k, v). */
static bool matches(ucmp_t *u, phpvm_array_t *b, rt_value_t k, rt_value_t v)
{
    if (u->key == CMP_BUILTIN) {
        rt_value_t o = phpvm_array_get(b, k);
        return o && (u->val == CMP_NONE ||
                     same(u, u->val, u->vcallee, u->vctx, v, phpvm_deref(o)));
    }
    for (int64_t q = phpvm_array_first(b); q >= 0 && !u->failed; q = phpvm_array_next(b, q)) {
        if (u->key == CMP_USER &&
            !same(u, CMP_USER, u->kcallee, u->kctx, k, phpvm_array_key_at(b, q)))
            continue;
        if (u->val == CMP_NONE || same(u, u->val, u->vcallee, u->vctx, v, phpvm_array_val_at(b, q)))
            return true;
    }
    return false;
}

/* args: the arrays, then the value callback (when val is CMP_USER), then the key callback. */
static rt_value_t run(rt_value_t *args, int argc, ucmp_t *u)
{
    int ncb = (u->val == CMP_USER) + (u->key == CMP_USER), narr = argc - ncb;
    if (narr < 1)
        return phpvm_throw("ArgumentCountError", "At least %d arguments are required, %d given",
                           ncb + 1, argc);
    int cb = narr;
    if (u->val == CMP_USER && !phpvm_arg_callable(args, cb++, false, &u->vcallee, &u->vctx))
        return RT_NOVALUE;
    if (u->key == CMP_USER && !phpvm_arg_callable(args, cb, false, &u->kcallee, &u->kctx))
        return RT_NOVALUE;
    for (int i = 0; i < narr; i++)
        if (!phpvm_arg_array(args, argc, i))
            return RT_NOVALUE;
    phpvm_array_t *a = phpvm_arr(phpvm_deref(args[0])), *r = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t k = phpvm_array_key_at(a, p), v = phpvm_array_val_at(a, p);
        bool keep = true;
        for (int i = 1; i < narr && keep; i++) {
            bool m = matches(u, phpvm_arr(phpvm_deref(args[i])), k, v);
            keep = u->intersect ? m : !m;
        }
        if (u->failed)
            return RT_NOVALUE;
        if (keep)
            phpvm_array_set(r, k, phpvm_share(v));
    }
    return rt_from_ptr(r);
}

#define UFN(name, val, key, intersect)                                                             \
    static rt_value_t fn_##name(rt_value_t self, rt_value_t *args, int argc)                      \
    {                                                                                              \
        UNUSED;                                                                                    \
        ucmp_t u = {val, key, 0, 0, 0, 0, intersect, false};                                       \
        return run(args, argc, &u);                                                                \
    }
UFN(array_udiff, CMP_USER, CMP_NONE, false)
UFN(array_udiff_assoc, CMP_USER, CMP_BUILTIN, false)
UFN(array_udiff_uassoc, CMP_USER, CMP_USER, false)
UFN(array_diff_ukey, CMP_NONE, CMP_USER, false)
UFN(array_diff_uassoc, CMP_BUILTIN, CMP_USER, false)
UFN(array_uintersect, CMP_USER, CMP_NONE, true)
UFN(array_uintersect_assoc, CMP_USER, CMP_BUILTIN, true)
UFN(array_uintersect_uassoc, CMP_USER, CMP_USER, true)
UFN(array_intersect_ukey, CMP_NONE, CMP_USER, true)
UFN(array_intersect_uassoc, CMP_BUILTIN, CMP_USER, true)

/* ---- array_replace_recursive ---- */

static phpvm_array_t *replace_rec(phpvm_array_t *base, phpvm_array_t *with, int depth)
{
    if (depth > 256) {
        phpvm_throw("Error", "Maximum function nesting level reached");
        return NULL;
    }
    phpvm_array_t *r = phpvm_array_dup(base);
    for (int64_t p = phpvm_array_first(with); p >= 0; p = phpvm_array_next(with, p)) {
        rt_value_t k = phpvm_array_key_at(with, p), v = phpvm_array_val_at(with, p);
        rt_value_t old = phpvm_array_get(r, k);
        if (old && phpvm_is_array(phpvm_deref(old)) && phpvm_is_array(v)) {
            phpvm_array_t *m = replace_rec(phpvm_arr(phpvm_deref(old)), phpvm_arr(v), depth + 1);
            if (!m)
                return NULL;
            v = rt_from_ptr(m);
        }
        phpvm_array_set(r, k, phpvm_share(v));
    }
    return r;
}

static rt_value_t fn_array_replace_recursive(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_array_t *r = phpvm_arg_array(args, argc, 0);
    if (!r)
        return RT_NOVALUE;
    r = phpvm_array_dup(r);
    for (int i = 1; i < argc; i++) {
        phpvm_array_t *w = phpvm_arg_array(args, argc, i);
        if (!w || !(r = replace_rec(r, w, 0)))
            return RT_NOVALUE;
    }
    return rt_from_ptr(r);
}

const phpvm_builtin_t phpvm_ext_array_user[] = {
    {"array_udiff", fn_array_udiff, 1, -1, "array,rest", 0},
    {"array_udiff_assoc", fn_array_udiff_assoc, 1, -1, "array,rest", 0},
    {"array_udiff_uassoc", fn_array_udiff_uassoc, 1, -1, "array,rest", 0},
    {"array_diff_ukey", fn_array_diff_ukey, 1, -1, "array,rest", 0},
    {"array_diff_uassoc", fn_array_diff_uassoc, 1, -1, "array,rest", 0},
    {"array_uintersect", fn_array_uintersect, 1, -1, "array,rest", 0},
    {"array_uintersect_assoc", fn_array_uintersect_assoc, 1, -1, "array,rest", 0},
    {"array_uintersect_uassoc", fn_array_uintersect_uassoc, 1, -1, "array,rest", 0},
    {"array_intersect_ukey", fn_array_intersect_ukey, 1, -1, "array,rest", 0},
    {"array_intersect_uassoc", fn_array_intersect_uassoc, 1, -1, "array,rest", 0},
    {"array_replace_recursive", fn_array_replace_recursive, 1, -1, "array,replacements", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/*
** array_set.c: ext/standard's array functions that combine or reshape whole arrays: the
** diff/intersect family (values compared as strings, keys as normalized keys), array_pad,
** array_chunk, array_count_values, array_replace, array_merge_recursive, array_change_key_case,
** and array_walk(_recursive), which hand each element to a callback by reference. The simpler
** per-element functions are in array.c.
*/
#include <ctype.h>
#include <string.h>

#include "phpvm/ext/standard/var.h"
#include "phpvm/interp.h"

#define UNUSED (void)self
#define ARR(i, var)                                                                                \
    phpvm_array_t *var = phpvm_arg_array(args, argc, i);                                           \
    if (!var)                                                                                      \
        return RT_NOVALUE

/* Appends v under k as array_merge does: string keys kept, int keys renumbered. */
static void merge_put(phpvm_array_t *r, rt_value_t k, rt_value_t v)
{
    if (phpvm_is_str(k))
        phpvm_array_set(r, k, phpvm_share(v));
    else
        phpvm_array_append(r, phpvm_share(v));
}

static rt_value_t fn_array_pad(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    int64_t len;
    if (!phpvm_arg_long(args, argc, 1, &len))
        return RT_NOVALUE;
    int64_t n = rt_map_count(a), want = len < 0 ? -len : len;
    if (want <= n)
        return rt_from_ptr(phpvm_array_dup(a));
    phpvm_array_t *r = phpvm_array_new(want);
    rt_value_t pad = phpvm_share(phpvm_deref(args[2]));
    for (int64_t i = 0; len < 0 && i < want - n; i++)
        phpvm_array_append(r, pad);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
        merge_put(r, phpvm_array_key_at(a, p), phpvm_array_val_at(a, p));
    for (int64_t i = 0; len > 0 && i < want - n; i++)
        phpvm_array_append(r, pad);
    return rt_from_ptr(r);
}

static rt_value_t fn_array_chunk(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    int64_t size;
    if (!phpvm_arg_long(args, argc, 1, &size))
        return RT_NOVALUE;
    if (size < 1)
        return phpvm_throw("ValueError", "array_chunk(): Argument #2 ($length) must be greater "
                                         "than 0");
    bool keep = phpvm_arg_bool(args, argc, 2);
    phpvm_array_t *r = phpvm_array_new(0), *chunk = NULL;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        if (!chunk)
            chunk = phpvm_array_new(size);
        rt_value_t v = phpvm_share(phpvm_array_val_at(a, p));
        if (keep)
            phpvm_array_set(chunk, phpvm_array_key_at(a, p), v);
        else
            phpvm_array_append(chunk, v);
        if (rt_map_count(chunk) == size) {
            phpvm_array_append(r, rt_from_ptr(chunk));
            chunk = NULL;
        }
    }
    if (chunk)
        phpvm_array_append(r, rt_from_ptr(chunk));
    return rt_from_ptr(r);
}

/* ---- diff / intersect ---- */

enum { BY_VALUE = 1, BY_KEY = 2 };

/* Whether array b holds an entry matching a's entry at p: by key, by (string) value, or both. */
static bool holds(phpvm_array_t *b, phpvm_array_t *a, int64_t p, int how, bool *failed)
{
    rt_value_t k = phpvm_array_key_at(a, p);
    rt_str_t *sv = NULL;
    if (how & BY_VALUE) {
        sv = phpvm_to_str(phpvm_array_val_at(a, p));
        if (!sv) {
            *failed = true;
            return false;
        }
    }
    if (how & BY_KEY) {
        rt_value_t other = phpvm_array_get(b, k);
        if (!other)
            return false;
        if (!sv)
            return true;
        rt_str_t *so = phpvm_to_str(phpvm_deref(other));
        *failed = !so;
        return so && rt_str_eq(so, sv);
    }
    for (int64_t q = phpvm_array_first(b); q >= 0; q = phpvm_array_next(b, q)) {
        rt_str_t *so = phpvm_to_str(phpvm_array_val_at(b, q));
        if (!so) {
            *failed = true;
            return false;
        }
        if (rt_str_eq(so, sv))
            return true;
    }
    return false;
}

/* The entries of args[0] found in none (diff) or all (intersect) of the other arrays. */
static rt_value_t diff_or_intersect(rt_value_t *args, int argc, int how, bool intersect)
{
    ARR(0, a);
    for (int i = 1; i < argc; i++)
        if (!phpvm_arg_array(args, argc, i))
            return RT_NOVALUE;
    phpvm_array_t *r = phpvm_array_new(0);
    bool failed = false;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        bool keep = true;
        for (int i = 1; i < argc && keep; i++)
            keep = holds(phpvm_arr(phpvm_deref(args[i])), a, p, how, &failed) == intersect;
        if (failed)
            return RT_NOVALUE;
        if (keep)
            phpvm_array_set(r, phpvm_array_key_at(a, p), phpvm_share(phpvm_array_val_at(a, p)));
    }
    return rt_from_ptr(r);
}

#define SETOP(name, how, intersect)                                                                \
    static rt_value_t fn_##name(rt_value_t self, rt_value_t *args, int argc)                      \
    {                                                                                              \
        UNUSED;                                                                                    \
        return diff_or_intersect(args, argc, how, intersect);                                      \
    }
SETOP(array_diff, BY_VALUE, false)
SETOP(array_diff_key, BY_KEY, false)
SETOP(array_diff_assoc, BY_VALUE | BY_KEY, false)
SETOP(array_intersect, BY_VALUE, true)
SETOP(array_intersect_key, BY_KEY, true)
SETOP(array_intersect_assoc, BY_VALUE | BY_KEY, true)

static rt_value_t fn_array_count_values(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    phpvm_array_t *r = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t v = phpvm_array_val_at(a, p);
        if (!rt_is_int(v) && !phpvm_is_str(v)) {
            phpvm_error(PHPVM_E_WARNING, "array_count_values(): Can only count string and "
                                         "integer values, entry skipped");
            if (rt_exc_pending())
                return RT_NOVALUE;
            continue;
        }
        rt_value_t k = phpvm_key(v), old = phpvm_array_get(r, k);
        phpvm_array_set(r, k, rt_small(old ? rt_small_value(old) + 1 : 1));
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_array_replace(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    phpvm_array_t *r = phpvm_array_dup(a);
    for (int i = 1; i < argc; i++) {
        ARR(i, b);
        for (int64_t p = phpvm_array_first(b); p >= 0; p = phpvm_array_next(b, p))
            phpvm_array_set(r, phpvm_array_key_at(b, p), phpvm_share(phpvm_array_val_at(b, p)));
    }
    return rt_from_ptr(r);
}

/* Merges src into dst as array_merge_recursive: a string key present in both becomes an array
** holding both values (arrays merged into it), int keys are appended. */
static void merge_recursive(phpvm_array_t *dst, phpvm_array_t *src)
{
    for (int64_t p = phpvm_array_first(src); p >= 0; p = phpvm_array_next(src, p)) {
        rt_value_t k = phpvm_array_key_at(src, p), v = phpvm_array_val_at(src, p);
        rt_value_t old = phpvm_is_str(k) ? phpvm_array_get(dst, k) : RT_NOVALUE;
        if (!old) {
            merge_put(dst, k, v);
            continue;
        }
        rt_value_t slot = phpvm_deref(old);
        phpvm_array_t *into;
        if (phpvm_is_array(slot)) {
            into = phpvm_array_sep(&slot);
        } else {
            into = phpvm_array_new(2);
            phpvm_array_append(into, slot);
        }
        if (phpvm_is_array(v))
            merge_recursive(into, phpvm_arr(v));
        else
            phpvm_array_append(into, phpvm_share(v));
        phpvm_array_set(dst, k, rt_from_ptr(into));
    }
}

static rt_value_t fn_array_merge_recursive(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_array_t *r = phpvm_array_new(0);
    for (int i = 0; i < argc; i++) {
        ARR(i, b);
        merge_recursive(r, b);
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_array_change_key_case(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    ARR(0, a);
    int64_t upper = 0;
    if (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &upper))
        return RT_NOVALUE;
    phpvm_array_t *r = phpvm_array_new(rt_map_count(a));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t k = phpvm_array_key_at(a, p);
        if (phpvm_is_str(k)) {
            rt_str_t *s = phpvm_str(k), *c = rt_str_alloc(&rt_type_str, (size_t)s->len);
            for (int64_t i = 0; i < s->len; i++)
                c->data[i] = (char)(upper ? toupper((unsigned char)s->data[i])
                                          : tolower((unsigned char)s->data[i]));
            k = rt_from_ptr(c);
        }
        phpvm_array_set(r, k, phpvm_share(phpvm_array_val_at(a, p)));
    }
    return rt_from_ptr(r);
}

/* ---- array_walk ---- */

/* Calls cb(element, key[, extra]) for each element of *slot (an array, separated first); a
** callback taking its first parameter by reference writes the element. recursive: arrays are
** walked instead of passed. false with an exception pending. */
static bool walk(rt_value_t *slot, rt_value_t callee, rt_value_t ctx, rt_value_t extra,
                 bool recursive)
{
    phpvm_array_t *a = phpvm_array_sep(slot);
    bool byref = phpvm_param_byref(callee, 0);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t cur = rt_map_value_at(a, p);
        if (recursive && phpvm_is_array(phpvm_deref(cur))) {
            rt_value_t inner = phpvm_deref(cur);
            if (!walk(&inner, callee, ctx, extra, true))
                return false;
            if (phpvm_is_ref(cur))
                phpvm_ref_set((phpvm_ref_t *)rt_ptr(cur), inner);
            else
                rt_map_set_at(a, p, inner);
            continue;
        }
        rt_value_t arg = cur;
        if (byref && !phpvm_is_ref(cur)) {
            arg = rt_from_ptr(phpvm_ref_new(phpvm_share(cur)));
            rt_map_set_at(a, p, arg); /* the element is the reference while the callback runs */
        } else if (!byref) {
            arg = phpvm_deref(cur);
        }
        rt_value_t call[3] = {arg, phpvm_array_key_at(a, p), extra};
        if (phpvm_call_func(callee, ctx, call, extra ? 3 : 2) == RT_NOVALUE)
            return false;
        if (arg != cur) /* unwrap the temporary reference again */
            rt_map_set_at(a, p, phpvm_deref(arg));
    }
    return true;
}

/* Writes back what a by-reference callback changed in the copy `a` of obj's properties, whose
** keys carry the visibility ("\0Class\0p", "\0*\0p"). */
static bool put_props(rt_value_t obj, phpvm_array_t *before, phpvm_array_t *a)
{
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t k = phpvm_array_key_at(a, p), v = phpvm_array_val_at(a, p);
        if (phpvm_array_get(before, k) == v || !phpvm_is_str(k))
            continue;
        rt_str_t *name = phpvm_str(k);
        phpvm_class_t *scope = NULL;
        const char *sep = name->len && !name->data[0] ? memchr(name->data + 1, 0, (size_t)name->len - 1)
                                                      : NULL;
        if (sep) {
            rt_str_t *cls = rt_str_new(name->data + 1, sep - name->data - 1);
            scope = cls->len == 1 && cls->data[0] == '*' ? phpvm_obj(obj)->cls
                                                          : phpvm_class_lookup(cls, false);
            name = rt_str_new(sep + 1, name->len - (sep + 1 - name->data));
        }
        if (!phpvm_prop_write(obj, name, v, scope))
            return false;
    }
    return true;
}

static rt_value_t walk_fn(rt_value_t *args, int argc, const char *name, bool recursive)
{
    phpvm_ref_t *r = (phpvm_ref_t *)rt_ptr(args[0]);
    bool obj = phpvm_is_object(r->v) && !phpvm_is_foreign(r->v);
    if (!phpvm_is_array(r->v) && !obj)
        return phpvm_throw("TypeError", "%s(): Argument #1 ($array) must be of type array, %s "
                                        "given", name, phpvm_type_name(r->v));
    rt_value_t callee, ctx;
    if (!phpvm_callable(args[1], &callee, &ctx, true))
        return RT_NOVALUE;
    /* an object: its properties keyed by visibility, changes written back */
    rt_value_t v = obj ? rt_from_ptr(phpvm_var_mangled_props(r->v, NULL)) : r->v;
    rt_value_t before = obj ? phpvm_share(v) : v; /* the walk then changes a copy */
    if (!walk(&v, callee, ctx, argc > 2 ? phpvm_deref(args[2]) : 0, recursive))
        return RT_NOVALUE;
    if (obj)
        return put_props(r->v, phpvm_arr(before), phpvm_arr(v)) ? rt_true : RT_NOVALUE;
    phpvm_ref_set(r, v);
    return rt_true;
}

static rt_value_t fn_array_walk(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return walk_fn(args, argc, "array_walk", false);
}

static rt_value_t fn_array_walk_recursive(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return walk_fn(args, argc, "array_walk_recursive", true);
}

const phpvm_builtin_t phpvm_ext_array_set[] = {
    {"array_pad", fn_array_pad, 3, 3, "array,length,value", 0},
    {"array_chunk", fn_array_chunk, 2, 3, "array,length,preserve_keys", 0},
    {"array_diff", fn_array_diff, 1, -1, "array,arrays", 0},
    {"array_diff_key", fn_array_diff_key, 1, -1, "array,arrays", 0},
    {"array_diff_assoc", fn_array_diff_assoc, 1, -1, "array,arrays", 0},
    {"array_intersect", fn_array_intersect, 1, -1, "array,arrays", 0},
    {"array_intersect_key", fn_array_intersect_key, 1, -1, "array,arrays", 0},
    {"array_intersect_assoc", fn_array_intersect_assoc, 1, -1, "array,arrays", 0},
    {"array_count_values", fn_array_count_values, 1, 1, "array", 0},
    {"array_replace", fn_array_replace, 1, -1, "array,replacements", 0},
    {"array_merge_recursive", fn_array_merge_recursive, 0, -1, "arrays", 0},
    {"array_change_key_case", fn_array_change_key_case, 1, 2, "array,case", 0},
    {"array_walk", fn_array_walk, 2, 3, "array,callback,arg", 1u << 0},
    {"array_walk_recursive", fn_array_walk_recursive, 2, 3, "array,callback,arg", 1u << 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

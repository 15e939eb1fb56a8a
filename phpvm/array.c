/*
** array.c: PHP arrays on the runtime's ordered hash map: key normalization ("5" -> 5,
** 1.5 -> 1 with PHP 8.1's deprecation, true -> 1, null -> ""), and value semantics by
** copy-on-write: storing an array in a second place sets its sticky RT_OBJ_SHARED bit
** (phpvm_share) and any write to a shared array copies it first (phpvm_array_sep).
*/
#include <inttypes.h>
#include <math.h>
#include <string.h>

#include "phpvm/interp.h"

phpvm_array_t *phpvm_array_new(int64_t capacity)
{
    return rt_map_new_of(&phpvm_type_array, capacity, true);
}

phpvm_array_t *phpvm_array_new_empty(void)
{
    phpvm_array_t *a = phpvm_array_new(0);
    a->next_free = 0;
    return a;
}

phpvm_array_t *phpvm_array_dup(phpvm_array_t *a)
{
    phpvm_array_t *c = rt_map_copy(a);
    /* Elements that are arrays are now stored in two arrays. */
    for (int64_t p = phpvm_array_first(c); p >= 0; p = phpvm_array_next(c, p))
        phpvm_share(rt_map_value_at(c, p));
    return c;
}

phpvm_array_t *phpvm_array_sep(rt_value_t *slot)
{
    phpvm_array_t *a = phpvm_arr(*slot);
    if (a->hdr.gc.rt_flags & RT_OBJ_SHARED) {
        a = phpvm_array_dup(a);
        *slot = rt_from_ptr(a);
    }
    return a;
}

/* Whether s is a canonical decimal integer ("0", "-12", not "012", "1.0", " 1") within int64. */
static bool str_int_key(const rt_str_t *s, int64_t *out)
{
    const char *p = s->data;
    int64_t n = s->len;
    if (n == 0 || n > 20)
        return false;
    bool neg = p[0] == '-';
    int64_t i = neg;
    if (i == n || (p[i] == '0' && n > i + 1) || (neg && p[i] == '0'))
        return false;
    uint64_t v = 0;
    for (; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        uint64_t d = (uint64_t)(p[i] - '0');
        if (v > (UINT64_MAX - d) / 10)
            return false;
        v = v * 10 + d;
    }
    if (neg ? v > (uint64_t)INT64_MAX + 1 : v > (uint64_t)INT64_MAX)
        return false;
    *out = neg ? (int64_t)(0 - v) : (int64_t)v;
    return true;
}

rt_value_t phpvm_key_any(rt_value_t k)
{
    k = phpvm_deref(k);
    if (rt_is_small(k))
        return k;
    switch (phpvm_kind(k)) {
    case PHPVM_STRING: {
        int64_t i;
        if (str_int_key(phpvm_str(k), &i))
            return phpvm_int(i);
        return k;
    }
    case PHPVM_INT:
        return k;
    case PHPVM_BOOL:
        return rt_small(k == rt_true);
    case PHPVM_NULL:
        return rt_from_ptr(rt_str_new("", 0));
    case PHPVM_FLOAT: {
        double d = rt_float_value(k);
        if (d != floor(d) || !isfinite(d) || d >= 9.2233720368547758e18 ||
            d < -9.2233720368547758e18) {
            char buf[RT_NUMFMT_FLOAT_MAX];
            rt_numfmt_float_php(d, -1, 0, buf, sizeof buf);
            phpvm_error(PHPVM_E_DEPRECATED,
                        "Implicit conversion from float %s to int loses precision", buf);
        }
        return phpvm_int(rt_phpint_from_double(d));
    }
    case PHPVM_RESOURCE: {
        int64_t id = ((phpvm_resource_t *)rt_ptr(k))->id;
        phpvm_error(PHPVM_E_WARNING,
                    "Resource ID#%" PRId64 " used as offset, casting to integer (%" PRId64 ")", id,
                    id);
        return rt_exc_pending() ? RT_NOVALUE : phpvm_int(id);
    }
    default:
        return phpvm_throw("TypeError", "Illegal offset type");
    }
}

rt_value_t phpvm_array_get_any(phpvm_array_t *a, rt_value_t key)
{
    if (phpvm_is_str(key))
        return rt_map_get_str(a, phpvm_str(key));
    return rt_map_get_int(a, phpvm_int_of(key));
}

void phpvm_array_set(phpvm_array_t *a, rt_value_t key, rt_value_t v)
{
    if (phpvm_is_str(key)) {
        rt_map_set_str(a, phpvm_str(key), v);
        return;
    }
    rt_map_set_int(a, phpvm_int_of(key), v);
}

bool phpvm_array_assign(phpvm_array_t *a, rt_value_t key, rt_value_t v)
{
    int64_t pos = phpvm_is_str(key) ? rt_map_find_str(a, phpvm_str(key))
                                    : rt_map_find_int(a, phpvm_int_of(key));
    if (pos < 0) {
        phpvm_array_set(a, key, v);
        return true;
    }
    rt_value_t old = rt_map_value_at(a, pos);
    if (phpvm_is_ref(old) && !phpvm_is_ref(v))
        return phpvm_ref_assign((phpvm_ref_t *)rt_ptr(old), v);
    rt_map_set_at(a, pos, v);
    return true;
}

bool phpvm_array_del(phpvm_array_t *a, rt_value_t key)
{
    if (phpvm_is_str(key))
        return rt_map_del_str(a, phpvm_str(key));
    return rt_map_del_int(a, phpvm_int_of(key));
}

bool phpvm_array_append(phpvm_array_t *a, rt_value_t v)
{
    if (!rt_map_append(a, v)) {
        phpvm_throw("Error", "Cannot add element to the array as the next element is already "
                             "occupied");
        return false;
    }
    return true;
}

rt_value_t phpvm_array_key_at(phpvm_array_t *a, int64_t pos)
{
    rt_map_key_t k = rt_map_key_at(a, pos);
    return k.obj ? k.obj : phpvm_int(k.i);
}

void phpvm_frame_unlend(rt_frame_t *f, rt_value_t rv)
{
    const phpvm_func_t *fn = phpvm_callee_func(f->slots[PHPVM_SLOT_FUNC]);
    for (uint32_t i = 0; i < fn->nparams; i++) {
        rt_value_t v = f->slots[PHPVM_NHIDDEN + i];
        if (v != rv && phpvm_is_array(v) &&
            (((rt_obj_t *)rt_ptr(v))->gc.rt_flags & PHPVM_ARRAY_ARG_SHARED))
            ((rt_obj_t *)rt_ptr(v))->gc.rt_flags &=
                (uint16_t)~(RT_OBJ_SHARED | PHPVM_ARRAY_ARG_SHARED);
    }
}

/* The hidden builtin that returns its argument marked shared: the compiler passes a variable's
** array through it when a later argument of the same call may write into it in place
** (comp_call_args), as PHP's refcount would separate it. */
static rt_value_t share_builtin(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    return phpvm_share(args[0]);
}

static const phpvm_builtin_t share_def = {"share argument", share_builtin, 1, 1, "value", 0};

phpvm_func_t *phpvm_share_fn;

void phpvm_array_init(void)
{
    phpvm_hidden_builtin(&phpvm_share_fn, &share_def);
}

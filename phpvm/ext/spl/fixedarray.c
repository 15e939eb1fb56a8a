/*
** fixedarray.c: SPL's SplFixedArray, a fixed-size list indexed 0..size-1. The elements live in
** a hidden packed array (so var_dump lists no properties, where PHP lists the elements); bad
** indexes raise PHP's RuntimeException, non-integer ones its TypeError.
*/
#include <inttypes.h>

#include "phpvm/ext/spl/spl.h"

static phpvm_class_t *fa_class;

static phpvm_array_t *data(rt_value_t self)
{
    return phpvm_spl_array(self, fa_class, SPL_NAME("\0data"));
}

/* Resizes to n elements (new ones null). */
static void resize(rt_value_t self, int64_t n)
{
    phpvm_array_t *old = data(self), *a = phpvm_array_new(n);
    int64_t i = 0;
    for (int64_t p = phpvm_array_first(old); p >= 0 && i < n; p = phpvm_array_next(old, p), i++)
        phpvm_array_append(a, rt_map_value_at(old, p));
    for (; i < n; i++)
        phpvm_array_append(a, rt_none);
    phpvm_spl_store(self, fa_class, SPL_NAME("\0data"), rt_from_ptr(a));
}

static bool size_arg(rt_value_t *args, int argc, int64_t *n)
{
    *n = 0;
    if (phpvm_arg_given(argc, args, 0) && !phpvm_arg_long(args, argc, 0, n))
        return false;
    if (*n < 0) {
        phpvm_throw("ValueError", "SplFixedArray::%s(): Argument #1 ($size) must be greater than "
                                  "or equal to 0", phpvm_cur_builtin);
        return false;
    }
    return true;
}

static rt_value_t m_construct(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t n;
    if (!size_arg(args, argc, &n))
        return RT_NOVALUE;
    resize(self, n);
    return rt_none;
}

static rt_value_t m_set_size(rt_value_t self, rt_value_t *args, int argc)
{
    return m_construct(self, args, argc) == RT_NOVALUE ? RT_NOVALUE : rt_true;
}

static rt_value_t m_get_size(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_small(rt_map_count(data(self)));
}

/* The index argument: 0..size-1, -1 with RuntimeException pending when out of range, -2 with
** TypeError pending for a non-integer key. */
static int64_t index_arg(rt_value_t self, rt_value_t v, bool raise)
{
    v = phpvm_key(phpvm_deref(v));
    if (v == RT_NOVALUE)
        return -2;
    if (!rt_is_int(v)) {
        if (raise)
            phpvm_throw("TypeError", "Illegal offset type");
        return -2;
    }
    int64_t i = phpvm_int_of(v);
    if (i >= 0 && i < rt_map_count(data(self)))
        return i;
    if (raise)
        phpvm_throw("RuntimeException", "Index invalid or out of range");
    return -1;
}

static rt_value_t m_offset_exists(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    int64_t i = index_arg(self, args[0], false);
    if (rt_exc_pending())
        return RT_NOVALUE;
    return i >= 0 && phpvm_array_get(data(self), rt_small(i)) != rt_none ? rt_true : rt_false;
}

static rt_value_t m_offset_get(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    int64_t i = index_arg(self, args[0], true);
    return i < 0 ? RT_NOVALUE : phpvm_share(phpvm_deref(phpvm_array_get(data(self), rt_small(i))));
}

static rt_value_t m_offset_set(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    if (phpvm_deref(args[0]) == rt_none)
        return phpvm_throw("RuntimeException", "Index invalid or out of range");
    int64_t i = index_arg(self, args[0], true);
    if (i < 0)
        return RT_NOVALUE;
    phpvm_array_set(data(self), rt_small(i), phpvm_share(phpvm_deref(args[1])));
    return rt_none;
}

static rt_value_t m_offset_unset(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    int64_t i = index_arg(self, args[0], true);
    if (i < 0)
        return RT_NOVALUE;
    phpvm_array_set(data(self), rt_small(i), rt_none);
    return rt_none;
}

static rt_value_t m_to_array(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return phpvm_share(rt_from_ptr(data(self)));
}

static rt_value_t m_get_iterator(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_class_t *ai = phpvm_class_find_c("ArrayIterator");
    rt_value_t it = phpvm_object_new(ai);
    if (it == RT_NOVALUE)
        return it;
    phpvm_spl_store(it, ai, SPL_NAME("storage"), phpvm_share(rt_from_ptr(data(self))));
    return it;
}

/* SplFixedArray::fromArray(array, preserve_keys = true): keys must be non-negative ints. */
static rt_value_t m_from_array(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    phpvm_array_t *in = phpvm_arg_array(args, argc, 0);
    if (!in)
        return RT_NOVALUE;
    bool keys = !phpvm_arg_given(argc, args, 1) || phpvm_to_bool(phpvm_deref(args[1]));
    int64_t size = keys ? 0 : rt_map_count(in);
    for (int64_t p = phpvm_array_first(in); keys && p >= 0; p = phpvm_array_next(in, p)) {
        rt_value_t k = phpvm_array_key_at(in, p);
        if (!rt_is_int(k) || phpvm_int_of(k) < 0)
            return phpvm_throw("ValueError", "array must contain only positive integer keys");
        if (phpvm_int_of(k) >= size)
            size = phpvm_int_of(k) + 1;
    }
    rt_value_t out = phpvm_object_new(fa_class);
    if (out == RT_NOVALUE)
        return out;
    resize(out, size);
    phpvm_array_t *a = data(out);
    int64_t i = 0;
    for (int64_t p = phpvm_array_first(in); p >= 0; p = phpvm_array_next(in, p), i++)
        phpvm_array_set(a, keys ? phpvm_array_key_at(in, p) : rt_small(i),
                        phpvm_share(phpvm_array_val_at(in, p)));
    return out;
}

static const phpvm_builtin_t methods[] = {
    {"__construct", m_construct, 0, 1, "size", 0},
    {"getSize", m_get_size, 0, 0, "", 0},
    {"setSize", m_set_size, 1, 1, "size", 0},
    {"count", m_get_size, 0, 0, "", 0},
    {"toArray", m_to_array, 0, 0, "", 0},
    {"offsetExists", m_offset_exists, 1, 1, "index", 0},
    {"offsetGet", m_offset_get, 1, 1, "index", 0},
    {"offsetSet", m_offset_set, 2, 2, "index,value", 0},
    {"offsetUnset", m_offset_unset, 1, 1, "index", 0},
    {"getIterator", m_get_iterator, 0, 0, "", 0},
    {"fromArray", m_from_array, 1, 2, "array,preserveKeys", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

void phpvm_spl_fixedarray_init(void)
{
    phpvm_class_t *c = phpvm_spl_class("SplFixedArray", NULL,
                                       "IteratorAggregate,ArrayAccess,Countable", methods);
    phpvm_class_add_prop(c, phpvm_spl_name(SPL_NAME("\0data")), PHPVM_F_PRIVATE,
                         phpvm_share(rt_from_ptr(phpvm_array_new(0))));
    phpvm_func_t *from = phpvm_class_method(c, rt_str_from_cstr("fromarray"));
    from->flags |= PHPVM_F_STATIC;
    phpvm_class_declare(c);
    fa_class = c;
}

/*
** storage.c: SPL's SplObjectStorage, a map from objects to data. The private "storage" array is
** keyed by object identity (the object id; closures and generators by address, the heap does
** not move) and holds ["obj" => object, "inf" => data] pairs as PHP's var_dump shows them;
** iteration uses the array's internal pointer plus a hidden index (the key() PHP reports).
*/
#include <stdio.h>

#include "phpvm/ext/spl/spl.h"

static phpvm_class_t *os_class;

static phpvm_array_t *map(rt_value_t self)
{
    return phpvm_spl_array(self, os_class, SPL_NAME("storage"));
}

/* The identity key of an object argument, or RT_NOVALUE with the TypeError pending. */
static rt_value_t obj_key(rt_value_t v, const char *param)
{
    v = phpvm_deref(v);
    if (phpvm_is_object(v))
        return phpvm_int((int64_t)phpvm_obj(v)->id);
    if (phpvm_kind(v) == PHPVM_OBJECT)
        return phpvm_int((int64_t)(uintptr_t)rt_ptr(v));
    return phpvm_throw("TypeError", "SplObjectStorage::%s(): Argument #1 ($%s) must be of type "
                                    "object, %s given",
                       phpvm_cur_builtin, param, phpvm_type_name(v));
}

/* The ["obj", "inf"] pair stored for an object, or RT_NOVALUE. */
static rt_value_t entry(rt_value_t self, rt_value_t key)
{
    return phpvm_array_get(map(self), key);
}

static rt_value_t attach(rt_value_t self, rt_value_t obj, rt_value_t inf, const char *param)
{
    rt_value_t key = obj_key(obj, param);
    if (key == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_array_t *pair = phpvm_array_new(2);
    phpvm_array_set(pair, phpvm_cstr("obj"), phpvm_deref(obj));
    phpvm_array_set(pair, phpvm_cstr("inf"), phpvm_share(phpvm_deref(inf)));
    phpvm_array_set(map(self), key, rt_from_ptr(pair));
    return rt_none;
}

static rt_value_t m_attach(rt_value_t self, rt_value_t *args, int argc)
{
    return attach(self, args[0], phpvm_arg_given(argc, args, 1) ? args[1] : rt_none, "object");
}

static rt_value_t m_offset_set(rt_value_t self, rt_value_t *args, int argc)
{
    return attach(self, args[0], phpvm_arg_given(argc, args, 1) ? args[1] : rt_none, "object");
}

static rt_value_t m_detach(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t key = obj_key(args[0], "object");
    if (key == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_array_del(map(self), key);
    return rt_none;
}

static rt_value_t m_contains(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t key = obj_key(args[0], "object");
    if (key == RT_NOVALUE)
        return RT_NOVALUE;
    return entry(self, key) != RT_NOVALUE ? rt_true : rt_false;
}

static rt_value_t m_offset_get(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t key = obj_key(args[0], "object");
    if (key == RT_NOVALUE)
        return RT_NOVALUE;
    rt_value_t e = entry(self, key);
    if (e == RT_NOVALUE)
        return phpvm_throw("UnexpectedValueException", "Object not found");
    return phpvm_share(phpvm_array_get(phpvm_arr(phpvm_deref(e)), phpvm_cstr("inf")));
}

static rt_value_t m_count(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_small(rt_map_count(map(self)));
}

/* addAll / removeAll / removeAllExcept with another storage. */
static rt_value_t merge(rt_value_t self, rt_value_t other, int how)
{
    other = phpvm_deref(other);
    if (!phpvm_is_object(other) || !phpvm_instanceof(phpvm_obj(other)->cls, os_class))
        return phpvm_throw("TypeError", "SplObjectStorage::%s(): Argument #1 ($storage) must be "
                                        "of type SplObjectStorage, %s given",
                           phpvm_cur_builtin, phpvm_type_name(other));
    phpvm_array_t *mine = map(self), *theirs = map(other);
    if (how == 0) {
        for (int64_t p = phpvm_array_first(theirs); p >= 0; p = phpvm_array_next(theirs, p))
            phpvm_array_set(mine, phpvm_array_key_at(theirs, p),
                            phpvm_share(phpvm_array_val_at(theirs, p)));
    } else {
        phpvm_array_t *out = phpvm_array_new(0);
        for (int64_t p = phpvm_array_first(mine); p >= 0; p = phpvm_array_next(mine, p)) {
            rt_value_t k = phpvm_array_key_at(mine, p);
            if ((phpvm_array_get(theirs, k) != RT_NOVALUE) == (how == 2))
                phpvm_array_set(out, k, phpvm_array_val_at(mine, p));
        }
        phpvm_spl_store(self, os_class, SPL_NAME("storage"), rt_from_ptr(out));
        mine = out;
    }
    return rt_small(rt_map_count(mine));
}

static rt_value_t m_add_all(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    return merge(self, args[0], 0);
}

static rt_value_t m_remove_all(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    return merge(self, args[0], 1);
}

static rt_value_t m_remove_all_except(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    return merge(self, args[0], 2);
}

/* ---- Iteration: the internal pointer, and the hidden index key() reports ---- */

static void set_index(rt_value_t self, int64_t i)
{
    phpvm_spl_store(self, os_class, SPL_NAME("\0index"), phpvm_int(i));
}

/* The pair at the internal pointer, or NULL past the end. */
static phpvm_array_t *current_pair(rt_value_t self)
{
    rt_value_t e = rt_map_current(map(self));
    return e == RT_NOVALUE ? NULL : phpvm_arr(phpvm_deref(e));
}

static rt_value_t m_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_map_ptr_reset(map(self));
    set_index(self, 0);
    return rt_none;
}

static rt_value_t m_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return current_pair(self) ? rt_true : rt_false;
}

static rt_value_t m_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return phpvm_deref(*phpvm_spl_slot(self, os_class, SPL_NAME("\0index")));
}

/* current() (the object) and getInfo() (its data). */
static rt_value_t pair_item(rt_value_t self, const char *item)
{
    phpvm_array_t *pair = current_pair(self);
    if (!pair) {
        if (item[0] == 'o')
            return phpvm_throw("RuntimeException", "Called current() on invalid iterator");
        return rt_none;
    }
    return phpvm_share(phpvm_deref(phpvm_array_get(pair, phpvm_cstr(item))));
}

static rt_value_t m_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return pair_item(self, "obj");
}

static rt_value_t m_get_info(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return pair_item(self, "inf");
}

static rt_value_t m_set_info(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    phpvm_array_t *m = map(self);
    rt_map_key_t k;
    if (!rt_map_current_key(m, &k))
        return rt_none;
    rt_value_t key = k.obj ? k.obj : phpvm_int(k.i);
    phpvm_array_t *pair = phpvm_array_dup(phpvm_arr(phpvm_deref(phpvm_array_get(m, key))));
    phpvm_array_set(pair, phpvm_cstr("inf"), phpvm_share(phpvm_deref(args[0])));
    phpvm_array_set(m, key, rt_from_ptr(pair));
    return rt_none;
}

static rt_value_t m_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_map_ptr_next(map(self));
    set_index(self, phpvm_int_of(m_key(self, NULL, 0)) + 1);
    return rt_none;
}

static rt_value_t m_get_hash(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t key = obj_key(args[0], "object");
    if (key == RT_NOVALUE)
        return RT_NOVALUE;
    char buf[40];
    int n = snprintf(buf, sizeof buf, "%032llx", (unsigned long long)phpvm_int_of(key));
    return phpvm_str_value(buf, (size_t)n);
}

/* __serialize(): [[object, info, object, info...], members], as PHP 8.2 writes them. */
static rt_value_t m_serialize(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *m = map(self), *flat = phpvm_array_new(2 * rt_map_count(m));
    for (int64_t p = phpvm_array_first(m); p >= 0; p = phpvm_array_next(m, p)) {
        phpvm_array_t *pair = phpvm_arr(phpvm_array_val_at(m, p));
        phpvm_array_append(flat, phpvm_array_get(pair, phpvm_cstr("obj")));
        phpvm_array_append(flat, phpvm_share(phpvm_deref(phpvm_array_get(pair, phpvm_cstr("inf")))));
    }
    phpvm_array_t *a = phpvm_array_new(2);
    phpvm_array_append(a, rt_from_ptr(flat));
    phpvm_array_append(a, rt_from_ptr(phpvm_spl_members(self, os_class)));
    return rt_from_ptr(a);
}

static rt_value_t m_unserialize(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t d[2];
    if (!phpvm_spl_unserialize_data(args, argc, "aa", d))
        return RT_NOVALUE;
    phpvm_array_t *f = phpvm_arr(d[0]);
    if (rt_map_count(f) % 2)
        return phpvm_throw("UnexpectedValueException", "Odd number of elements");
    for (int64_t p = phpvm_array_first(f); p >= 0; p = phpvm_array_next(f, p)) {
        rt_value_t obj = phpvm_array_val_at(f, p);
        p = phpvm_array_next(f, p);
        if (!phpvm_is_object(obj) && phpvm_kind(obj) != PHPVM_OBJECT)
            return phpvm_throw("UnexpectedValueException", "Non-object key");
        if (attach(self, obj, phpvm_array_val_at(f, p), "object") == RT_NOVALUE)
            return RT_NOVALUE;
    }
    return phpvm_spl_members_load(self, phpvm_arr(d[1])) ? rt_none : RT_NOVALUE;
}

static const phpvm_builtin_t methods[] = {
    {"attach", m_attach, 1, 2, "object,info", 0},
    {"__serialize", m_serialize, 0, 0, "", 0},
    {"__unserialize", m_unserialize, 1, 1, "data", 0},
    {"serialize", phpvm_spl_storage_serialize, 0, 0, "", 0},
    {"unserialize", phpvm_spl_storage_unserialize, 1, 1, "data", 0},
    {"detach", m_detach, 1, 1, "object", 0},
    {"contains", m_contains, 1, 1, "object", 0},
    {"addAll", m_add_all, 1, 1, "storage", 0},
    {"removeAll", m_remove_all, 1, 1, "storage", 0},
    {"removeAllExcept", m_remove_all_except, 1, 1, "storage", 0},
    {"getInfo", m_get_info, 0, 0, "", 0},
    {"setInfo", m_set_info, 1, 1, "info", 0},
    {"count", m_count, 0, 1, "mode", 0},
    {"offsetExists", m_contains, 1, 1, "object", 0},
    {"offsetGet", m_offset_get, 1, 1, "object", 0},
    {"offsetSet", m_offset_set, 1, 2, "object,info", 0},
    {"offsetUnset", m_detach, 1, 1, "object", 0},
    {"rewind", m_rewind, 0, 0, "", 0},
    {"valid", m_valid, 0, 0, "", 0},
    {"key", m_key, 0, 0, "", 0},
    {"current", m_current, 0, 0, "", 0},
    {"next", m_next, 0, 0, "", 0},
    {"getHash", m_get_hash, 1, 1, "object", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

void phpvm_spl_storage_init(void)
{
    phpvm_class_t *c = phpvm_spl_class("SplObjectStorage", NULL,
                                       "Countable,Iterator,Serializable,ArrayAccess", methods);
    phpvm_class_add_prop(c, phpvm_spl_name(SPL_NAME("storage")), PHPVM_F_PRIVATE,
                         phpvm_share(rt_from_ptr(phpvm_array_new(0))));
    phpvm_class_add_prop(c, phpvm_spl_name(SPL_NAME("\0index")), PHPVM_F_PRIVATE, rt_small(0));
    phpvm_class_declare(c);
    os_class = c;
}

/*
** dllist.c: SPL's SplDoublyLinkedList, SplQueue and SplStack. The list is a PHP list in the
** private "dllist" property and the iterator mode in "flags" (as var_dump shows them in PHP);
** iteration runs on the list's internal pointer, forwards (FIFO) or backwards (LIFO), and the
** DELETE mode removes each element as the iteration leaves it. shift and unshift renumber the
** list (O(n)), where php-src's linked list is O(1).
*/
#include <inttypes.h>

#include "phpvm/ext/spl/spl.h"

#define UNUSED (void)self

enum { IT_LIFO = 2, IT_DELETE = 1, IT_FIX = 4 }; /* IT_FIX: SplStack/SplQueue's frozen order */

static phpvm_class_t *dll_class;

static phpvm_array_t *list(rt_value_t self)
{
    return phpvm_spl_array(self, dll_class, SPL_NAME("dllist"));
}

static int64_t flags(rt_value_t self)
{
    return phpvm_int_of(phpvm_deref(*phpvm_spl_slot(self, dll_class, SPL_NAME("flags"))));
}

/* Replaces the list by a renumbered copy of its elements, `skip` left out at the front and
** `insert` (unless RT_NOVALUE) placed before element `at`. */
static phpvm_array_t *rebuild(rt_value_t self, int64_t skip, int64_t at, rt_value_t insert)
{
    phpvm_array_t *old = list(self), *a = phpvm_array_new(rt_map_count(old));
    int64_t i = 0;
    for (int64_t p = phpvm_array_first(old); p >= 0; p = phpvm_array_next(old, p), i++) {
        if (i == at && insert != RT_NOVALUE)
            phpvm_array_append(a, insert);
        if (i >= skip)
            phpvm_array_append(a, rt_map_value_at(old, p));
    }
    if (i == at && insert != RT_NOVALUE)
        phpvm_array_append(a, insert);
    phpvm_spl_store(self, dll_class, SPL_NAME("dllist"), rt_from_ptr(a));
    return a;
}

static rt_value_t empty_error(const char *what)
{
    return phpvm_throw("RuntimeException", "Can't %s an empty datastructure", what);
}

static rt_value_t range_error(const char *method)
{
    return phpvm_throw("OutOfRangeException",
                       "SplDoublyLinkedList::%s(): Argument #1 ($index) is out of range", method);
}

static rt_value_t m_push(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    return phpvm_array_append(list(self), phpvm_share(phpvm_deref(args[0]))) ? rt_none
                                                                            : RT_NOVALUE;
}

static rt_value_t m_pop(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_map_key_t k;
    rt_value_t v;
    if (!rt_map_pop(list(self), &k, &v))
        return empty_error("pop from");
    return phpvm_deref(v);
}

static rt_value_t m_shift(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *a = list(self);
    if (rt_map_count(a) == 0)
        return empty_error("shift from");
    rt_value_t v = phpvm_array_val_at(a, phpvm_array_first(a));
    rebuild(self, 1, -1, RT_NOVALUE);
    return v;
}

static rt_value_t m_unshift(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rebuild(self, 0, 0, phpvm_share(phpvm_deref(args[0])));
    return rt_none;
}

/* top (last) and bottom (first). */
static rt_value_t peek(rt_value_t self, bool last)
{
    phpvm_array_t *a = list(self);
    if (rt_map_count(a) == 0)
        return empty_error("peek at");
    return phpvm_share(phpvm_array_val_at(a, last ? rt_map_prev(a, rt_map_end(a) - 1)
                                                  : phpvm_array_first(a)));
}

static rt_value_t m_top(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return peek(self, true);
}

static rt_value_t m_bottom(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return peek(self, false);
}

static rt_value_t m_is_empty(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_map_count(list(self)) == 0 ? rt_true : rt_false;
}

static rt_value_t m_count(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_small(rt_map_count(list(self)));
}

static rt_value_t m_to_array(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return phpvm_share(rt_from_ptr(list(self)));
}

/* The index argument as a valid position 0..count-1 (count allowed when `end`), or -1; in LIFO
** mode (SplStack) indexes count from the end, as PHP's do. */
/* The list position of the $index argument (end: one past the last allowed too), -1 when out
** of range, -2 with PHP's TypeError pending for a non-integer (int $index, as PHP declares it). */
static int64_t index_arg(rt_value_t self, rt_value_t *args, bool end)
{
    int64_t i;
    if (!phpvm_arg_long(args, 1, 0, &i))
        return -2;
    int64_t n = rt_map_count(list(self));
    if (!(i >= 0 && (i < n || (end && i == n))))
        return -1;
    return (flags(self) & IT_LIFO) && i < n ? n - 1 - i : i;
}

static rt_value_t m_offset_exists(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    int64_t i = index_arg(self, args, false);
    return i == -2 ? RT_NOVALUE : i >= 0 ? rt_true : rt_false;
}

static rt_value_t m_offset_get(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    int64_t i = index_arg(self, args, false);
    if (i < 0)
        return i == -2 ? RT_NOVALUE : range_error("offsetGet");
    return phpvm_share(phpvm_deref(phpvm_array_get(list(self), rt_small(i))));
}

static rt_value_t m_offset_set(rt_value_t self, rt_value_t *args, int argc)
{
    if (phpvm_deref(args[0]) == rt_none)
        return m_push(self, args + 1, argc - 1);
    int64_t i = index_arg(self, args, false);
    if (i < 0)
        return i == -2 ? RT_NOVALUE : range_error("offsetSet");
    phpvm_array_set(list(self), rt_small(i), phpvm_share(phpvm_deref(args[1])));
    return rt_none;
}

static rt_value_t m_offset_unset(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    int64_t i = index_arg(self, args, false);
    if (i < 0)
        return i == -2 ? RT_NOVALUE : range_error("offsetUnset");
    phpvm_array_t *old = list(self), *a = phpvm_array_new(rt_map_count(old));
    int64_t k = 0;
    for (int64_t p = phpvm_array_first(old); p >= 0; p = phpvm_array_next(old, p))
        if (k++ != i)
            phpvm_array_append(a, rt_map_value_at(old, p));
    phpvm_spl_store(self, dll_class, SPL_NAME("dllist"), rt_from_ptr(a));
    return rt_none;
}

static rt_value_t m_add(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    int64_t i = index_arg(self, args, true);
    if (i < 0)
        return i == -2 ? RT_NOVALUE : range_error("add");
    rebuild(self, 0, i, phpvm_share(phpvm_deref(args[1])));
    return rt_none;
}

static rt_value_t m_set_iterator_mode(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t mode, old = flags(self);
    if (!phpvm_arg_long(args, argc, 0, &mode))
        return RT_NOVALUE;
    if ((old & IT_FIX) && (mode & IT_LIFO) != (old & IT_LIFO))
        return phpvm_throw("RuntimeException", "Iterators' LIFO/FIFO modes for SplStack/SplQueue "
                                               "objects are frozen");
    rt_value_t v = rt_small((mode & (IT_LIFO | IT_DELETE)) | (old & IT_FIX));
    phpvm_spl_store(self, dll_class, SPL_NAME("flags"), v);
    return v;
}

static rt_value_t m_get_iterator_mode(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_small(flags(self));
}

/* ---- Iteration on the list's internal pointer ---- */

static rt_value_t m_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *a = list(self);
    if (flags(self) & IT_LIFO)
        rt_map_ptr_end(a);
    else
        rt_map_ptr_reset(a);
    return rt_none;
}

static rt_value_t m_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_map_current(list(self)) != RT_NOVALUE ? rt_true : rt_false;
}

static rt_value_t m_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t v = rt_map_current(list(self));
    return v == RT_NOVALUE ? rt_none : phpvm_share(phpvm_deref(v));
}

static rt_value_t m_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_map_key_t k;
    return rt_map_current_key(list(self), &k) ? phpvm_int(k.i) : rt_small(0);
}

/* next (or prev, backwards): in DELETE mode the element left is removed. */
static rt_value_t step(rt_value_t self, bool forward)
{
    int64_t f = flags(self);
    bool lifo = (f & IT_LIFO) != 0;
    phpvm_array_t *a = list(self);
    if (f & IT_DELETE) {
        if (rt_map_current(a) == RT_NOVALUE)
            return rt_none;
        if (lifo) {
            rt_map_key_t k;
            rt_value_t v;
            rt_map_pop(a, &k, &v);
            rt_map_ptr_end(a);
        } else {
            rt_map_ptr_reset(rebuild(self, 1, -1, RT_NOVALUE));
        }
        return rt_none;
    }
    if (forward != lifo)
        rt_map_ptr_next(a);
    else
        rt_map_ptr_prev(a);
    return rt_none;
}

static rt_value_t m_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return step(self, true);
}

static rt_value_t m_prev(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return step(self, false);
}

/* __serialize(): [flags, elements, members], as PHP 8.2 writes them. */
static rt_value_t m_serialize(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *a = phpvm_array_new(3);
    phpvm_array_append(a, rt_small(flags(self)));
    phpvm_array_append(a, phpvm_share(rt_from_ptr(list(self))));
    phpvm_array_append(a, rt_from_ptr(phpvm_spl_members(self, dll_class)));
    return rt_from_ptr(a);
}

static rt_value_t m_unserialize(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t d[3];
    if (!phpvm_spl_unserialize_data(args, argc, "iaa", d))
        return RT_NOVALUE;
    phpvm_spl_store(self, dll_class, SPL_NAME("flags"), d[0]);
    phpvm_array_t *src = phpvm_arr(d[1]), *dst = phpvm_array_new(rt_map_count(src));
    for (int64_t p = phpvm_array_first(src); p >= 0; p = phpvm_array_next(src, p))
        phpvm_array_append(dst, phpvm_share(phpvm_array_val_at(src, p)));
    phpvm_spl_store(self, dll_class, SPL_NAME("dllist"), rt_from_ptr(dst));
    return phpvm_spl_members_load(self, phpvm_arr(d[2])) ? rt_none : RT_NOVALUE;
}

static const phpvm_builtin_t dll_methods[] = {
    {"push", m_push, 1, 1, "value", 0},
    {"__serialize", m_serialize, 0, 0, "", 0},
    {"__unserialize", m_unserialize, 1, 1, "data", 0},
    {"serialize", phpvm_spl_dllist_serialize, 0, 0, "", 0},
    {"unserialize", phpvm_spl_dllist_unserialize, 1, 1, "data", 0},
    {"pop", m_pop, 0, 0, "", 0},
    {"shift", m_shift, 0, 0, "", 0},
    {"unshift", m_unshift, 1, 1, "value", 0},
    {"top", m_top, 0, 0, "", 0},
    {"bottom", m_bottom, 0, 0, "", 0},
    {"isEmpty", m_is_empty, 0, 0, "", 0},
    {"count", m_count, 0, 0, "", 0},
    {"toArray", m_to_array, 0, 0, "", 0},
    {"offsetExists", m_offset_exists, 1, 1, "index", 0},
    {"offsetGet", m_offset_get, 1, 1, "index", 0},
    {"offsetSet", m_offset_set, 2, 2, "index,value", 0},
    {"offsetUnset", m_offset_unset, 1, 1, "index", 0},
    {"add", m_add, 2, 2, "index,value", 0},
    {"setIteratorMode", m_set_iterator_mode, 1, 1, "mode", 0},
    {"getIteratorMode", m_get_iterator_mode, 0, 0, "", 0},
    {"rewind", m_rewind, 0, 0, "", 0},
    {"valid", m_valid, 0, 0, "", 0},
    {"current", m_current, 0, 0, "", 0},
    {"key", m_key, 0, 0, "", 0},
    {"next", m_next, 0, 0, "", 0},
    {"prev", m_prev, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t queue_methods[] = {
    {"enqueue", m_push, 1, 1, "value", 0},
    {"dequeue", m_shift, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* SplQueue and SplStack: their default flags fix the iteration order. */
static void subclass(const char *name, int64_t flags_default, const phpvm_builtin_t *methods)
{
    phpvm_class_t *c = phpvm_spl_class(name, "SplDoublyLinkedList", NULL, methods);
    rt_map_set_str(c->defaults, phpvm_spl_name(SPL_NAME("flags")), rt_small(flags_default));
    phpvm_class_declare(c);
}

void phpvm_spl_dllist_init(void)
{
    phpvm_class_t *c = phpvm_spl_class("SplDoublyLinkedList", NULL,
                                       "Iterator,Countable,ArrayAccess,Serializable", dll_methods);
    phpvm_class_add_prop(c, phpvm_spl_name(SPL_NAME("flags")), PHPVM_F_PRIVATE, rt_small(0));
    phpvm_class_add_prop(c, phpvm_spl_name(SPL_NAME("dllist")), PHPVM_F_PRIVATE,
                         phpvm_share(rt_from_ptr(phpvm_array_new(0))));
    static const phpvm_intconst_t consts[] = {
        {"IT_MODE_LIFO", IT_LIFO}, {"IT_MODE_FIFO", 0}, {"IT_MODE_DELETE", IT_DELETE},
        {"IT_MODE_KEEP", 0}, {NULL, 0},
    };
    for (const phpvm_intconst_t *k = consts; k->name; k++)
        rt_map_set_str(c->consts, rt_str_from_cstr(k->name), rt_small(k->value));
    phpvm_class_declare(c);
    dll_class = c;
    subclass("SplQueue", IT_FIX, queue_methods);
    subclass("SplStack", IT_FIX | IT_LIFO, NULL);
}

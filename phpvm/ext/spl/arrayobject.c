/*
** arrayobject.c: SPL's ArrayObject and ArrayIterator. Both keep their array in a private
** "storage" property (as var_dump shows it in PHP) and share the ArrayAccess, Countable and
** sorting methods; ArrayIterator walks its (own, separated) array with the array's internal
** pointer, ArrayObject hands out an ArrayIterator over a copy of its array. Given an object
** (other than another ArrayObject or ArrayIterator, which lends its array), both keep the object
** itself and work on its public properties: reads and writes reach the object directly (no
** __get/__set), an ArrayIterator walks a snapshot of them taken at rewind.
*/
#include <inttypes.h>

#include "phpvm/ext/spl/spl.h"

#define UNUSED (void)self

static phpvm_class_t *ao_class, *ai_class;

/* The class declaring self's storage. */
static phpvm_class_t *decl(rt_value_t self)
{
    return phpvm_instanceof(phpvm_obj(self)->cls, ai_class) ? ai_class : ao_class;
}

/* The object whose properties self works on, or 0 when self holds an array. */
static rt_value_t target_obj(rt_value_t self)
{
    rt_value_t *slot = phpvm_spl_slot(self, decl(self), SPL_NAME("storage"));
    return slot && phpvm_is_object(*slot) ? *slot : 0;
}

/* The array made writable; callers handle an object storage first (target_obj). */
static phpvm_array_t *storage(rt_value_t self)
{
    return phpvm_spl_array(self, decl(self), SPL_NAME("storage"));
}

/* The array read-only (no separation): for an object, its public properties. */
static phpvm_array_t *peek(rt_value_t self)
{
    rt_value_t obj = target_obj(self);
    if (obj)
        return phpvm_object_props(obj, NULL, false);
    rt_value_t *slot = phpvm_spl_slot(self, decl(self), SPL_NAME("storage"));
    return slot && phpvm_is_array(*slot) ? phpvm_arr(*slot) : NULL;
}

/* The array an ArrayIterator walks: its storage, or the snapshot of its object's properties. */
static phpvm_array_t *walked(rt_value_t self)
{
    return target_obj(self) ? phpvm_spl_array(self, ai_class, SPL_NAME("\0snap")) : storage(self);
}

/* An element key as a property name. May collect. */
static rt_str_t *prop_name(rt_value_t k)
{
    return phpvm_is_str(k) ? phpvm_str(k) : phpvm_to_str(k);
}

/* Stores v as property k of obj, as PHP writes the property table (no __set, no deprecation
** for a new one); false with an exception pending. May collect. */
static bool obj_put(rt_value_t obj, rt_value_t k, rt_value_t v)
{
    rt_str_t *name = prop_name(k);
    rt_value_t *slot = name ? phpvm_prop_slot(obj, name, NULL, false) : NULL;
    if (!slot) {
        if (!name || rt_exc_pending())
            return false;
        phpvm_object_t *o = phpvm_obj(obj);
        rt_slots_set_attr(o, &o->slots, rt_str_intern(name), v, 0);
        return true;
    }
    rt_value_t *cell = phpvm_is_ref(*slot) ? &((phpvm_ref_t *)rt_ptr(*slot))->v : slot;
    *cell = v;
    gc_write_barrier(rt_ptr(cell == slot ? obj : *slot));
    return true;
}

/* The iterator class of an ArrayObject (ArrayIterator unless set). */
static phpvm_class_t *iterator_class(rt_value_t self)
{
    rt_value_t *slot = phpvm_spl_slot(self, ao_class, SPL_NAME("\0itclass"));
    phpvm_class_t *k = slot && phpvm_is_str(*slot) ? phpvm_class_lookup(phpvm_str(*slot), false)
                                                   : NULL;
    return k ? k : ai_class;
}

/* setIteratorClass and the constructor's third argument: an ArrayIterator class. */
static bool set_iterator_class(rt_value_t self, rt_value_t *args, int argc, int i,
                               const char *method)
{
    rt_str_t *name = phpvm_arg_str(args, argc, i);
    if (!name)
        return false;
    phpvm_class_t *k = phpvm_class_lookup(name, false);
    if (!k || !phpvm_instanceof(k, ai_class)) {
        phpvm_throw("TypeError", "ArrayObject::%s(): Argument #%d ($iteratorClass) must be a "
                                 "class name derived from ArrayIterator, %s given",
                    method, i + 1, name->data);
        return false;
    }
    phpvm_spl_store(self, ao_class, SPL_NAME("\0itclass"), rt_from_ptr(k->name));
    return true;
}

/* __construct(array|object $array = [], int $flags = 0): objects contribute their public
** properties, ArrayObjects and ArrayIterators their array. */
static rt_value_t m_construct(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t v = phpvm_arg_given(argc, args, 0) ? phpvm_deref(args[0]) : RT_NOVALUE;
    phpvm_array_t *a;
    if (v == RT_NOVALUE)
        a = phpvm_array_new(0);
    else if (phpvm_is_array(v))
        a = phpvm_arr(v);
    else if (phpvm_is_object(v) && (phpvm_instanceof(phpvm_obj(v)->cls, ao_class) ||
                                    phpvm_instanceof(phpvm_obj(v)->cls, ai_class)))
        a = target_obj(v) ? NULL : storage(v); /* another ArrayObject's or ArrayIterator's */
    else if (phpvm_is_object(v))
        a = NULL;
    else
        return phpvm_throw("TypeError", "%s::__construct(): Argument #1 ($array) must be of type "
                                        "array, %s given",
                           decl(self)->name->data, phpvm_type_name(v));
    int64_t flags = 0;
    if (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &flags))
        return RT_NOVALUE;
    if (decl(self) == ao_class && phpvm_arg_given(argc, args, 2) &&
        !set_iterator_class(self, args, argc, 2, "__construct"))
        return RT_NOVALUE;
    rt_value_t held = a ? phpvm_share(rt_from_ptr(a)) : target_obj(v) ? target_obj(v) : v;
    phpvm_spl_store(self, decl(self), SPL_NAME("storage"), held);
    phpvm_spl_store(self, decl(self), SPL_NAME("\0flags"), phpvm_int(flags));
    return rt_none;
}

static rt_value_t m_offset_exists(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t k = phpvm_key(phpvm_deref(args[0]));
    if (k == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_array_t *a = peek(self);
    return a && phpvm_array_get(a, k) != RT_NOVALUE ? rt_true : rt_false;
}

static void undefined_key(rt_value_t k)
{
    if (rt_is_int(k))
        phpvm_error(PHPVM_E_WARNING, "Undefined array key %" PRId64, phpvm_int_of(k));
    else
        phpvm_error(PHPVM_E_WARNING, "Undefined array key \"%s\"", phpvm_str(k)->data);
}

static rt_value_t m_offset_get(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t k = phpvm_key(phpvm_deref(args[0]));
    if (k == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_array_t *a = peek(self);
    rt_value_t v = a ? phpvm_array_get(a, k) : RT_NOVALUE;
    if (v == RT_NOVALUE) {
        undefined_key(k);
        return rt_none;
    }
    return phpvm_share(phpvm_deref(v));
}

static rt_value_t m_append(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    if (target_obj(self))
        return phpvm_throw("Error", "Cannot append properties to objects, use %s::offsetSet() "
                                    "instead", decl(self)->name->data);
    return phpvm_array_append(storage(self), phpvm_share(phpvm_deref(args[0]))) ? rt_none
                                                                               : RT_NOVALUE;
}

static rt_value_t m_offset_set(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t key = phpvm_deref(args[0]), v = phpvm_share(phpvm_deref(args[1]));
    rt_value_t obj = target_obj(self);
    if (key == rt_none && obj) /* writes name properties by strings: the next index stays 0 */
        key = phpvm_int(0);
    else if (key == rt_none)
        return m_append(self, &v, 1);
    rt_value_t k = phpvm_key(key);
    if (k == RT_NOVALUE)
        return RT_NOVALUE;
    if (obj)
        return obj_put(obj, k, v) ? rt_none : RT_NOVALUE;
    phpvm_array_set(storage(self), k, v);
    return rt_none;
}

static rt_value_t m_offset_unset(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t k = phpvm_key(phpvm_deref(args[0]));
    if (k == RT_NOVALUE)
        return RT_NOVALUE;
    rt_value_t obj = target_obj(self);
    if (obj) {
        rt_str_t *name = prop_name(k);
        if (!name || !phpvm_prop_unset(obj, name, NULL))
            return RT_NOVALUE;
        if (decl(self) == ai_class) /* the walk skips it too */
            phpvm_array_del(walked(self), k);
        return rt_none;
    }
    phpvm_array_del(storage(self), k);
    return rt_none;
}

static rt_value_t m_count(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *a = peek(self);
    return rt_small(a ? rt_map_count(a) : 0);
}

static rt_value_t m_get_array_copy(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (target_obj(self)) /* all properties, named as an (array) cast names them */
        return rt_from_ptr(phpvm_spl_members(target_obj(self), ao_class));
    phpvm_array_t *a = peek(self);
    return a ? phpvm_share(rt_from_ptr(a)) : rt_from_ptr(phpvm_array_new(0));
}

static rt_value_t m_exchange_array(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t old = m_get_array_copy(self, args, argc);
    return m_construct(self, args, argc) == RT_NOVALUE ? RT_NOVALUE : old;
}

static rt_value_t m_get_flags(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return phpvm_deref(*phpvm_spl_slot(self, decl(self), SPL_NAME("\0flags")));
}

static rt_value_t m_set_flags(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t f;
    if (!phpvm_arg_long(args, argc, 0, &f))
        return RT_NOVALUE;
    phpvm_spl_store(self, decl(self), SPL_NAME("\0flags"), phpvm_int(f));
    return rt_none;
}

/* The sorting methods run ext/standard's function of the same name on the storage. */
static rt_value_t m_sort(rt_value_t self, rt_value_t *args, int argc)
{
    /* asort and ksort check their int $flags themselves, so that errors name the method
    ** (ArrayObject::asort()); uasort and uksort leave the callback to the function, as PHP */
    int64_t flags;
    if (argc > 0 && phpvm_cur_builtin[0] != 'u' && !phpvm_arg_long(args, argc, 0, &flags))
        return RT_NOVALUE;
    rt_value_t obj = target_obj(self);
    if (!obj) {
        rt_value_t r = phpvm_spl_sort(self, decl(self), phpvm_cur_builtin, args, argc);
        return r == RT_NOVALUE ? r : rt_true;
    }
    /* An object's properties: sorted as an array, then put back in the new order. */
    rt_value_t argv[3] = {rt_from_ptr(phpvm_ref_new(rt_from_ptr(peek(self))))};
    for (int i = 0; i < argc && i < 2; i++)
        argv[i + 1] = args[i];
    if (phpvm_spl_callfn(phpvm_cur_builtin, argv, 1 + (argc < 2 ? argc : 2)) == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_array_t *a = phpvm_arr(phpvm_deref(argv[0]));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t k = phpvm_array_key_at(a, p);
        rt_str_t *name = prop_name(k);
        if (!name || !phpvm_prop_unset(obj, name, NULL) || !obj_put(obj, k, rt_map_value_at(a, p)))
            return RT_NOVALUE;
    }
    return rt_true;
}

static rt_value_t m_set_iterator_class(rt_value_t self, rt_value_t *args, int argc)
{
    return set_iterator_class(self, args, argc, 0, "setIteratorClass") ? rt_none : RT_NOVALUE;
}

static rt_value_t m_get_iterator_class(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_from_ptr(iterator_class(self)->name);
}

/* __serialize(): [flags, array, members, iterator class or null], as PHP 8.2 writes them. */
static rt_value_t m_serialize(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *a = phpvm_array_new(4), *arr = peek(self);
    phpvm_array_append(a, phpvm_deref(*phpvm_spl_slot(self, decl(self), SPL_NAME("\0flags"))));
    rt_value_t held = target_obj(self) ? target_obj(self)
                      : phpvm_share(arr ? rt_from_ptr(arr) : rt_from_ptr(phpvm_array_new(0)));
    phpvm_array_append(a, held);
    phpvm_array_append(a, rt_from_ptr(phpvm_spl_members(self, decl(self))));
    phpvm_class_t *it = decl(self) == ao_class ? iterator_class(self) : ai_class;
    phpvm_array_append(a, it == ai_class ? rt_none : rt_from_ptr(it->name));
    return rt_from_ptr(a);
}

static rt_value_t m_unserialize(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t flags, arr, members, it, d[4];
    if (!phpvm_spl_unserialize_data(args, argc, "i*a?", d))
        return RT_NOVALUE;
    flags = d[0], arr = d[1], members = d[2], it = d[3];
    rt_value_t argv[2] = {arr, flags};
    if (m_construct(self, argv, 2) == RT_NOVALUE || !phpvm_spl_members_load(self, phpvm_arr(members)))
        return RT_NOVALUE;
    if (decl(self) == ao_class && it != RT_NOVALUE && phpvm_is_str(it) &&
        !set_iterator_class(self, &it, 1, 0, "__unserialize"))
        return RT_NOVALUE;
    return rt_none;
}

static rt_value_t m_get_iterator(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t it = phpvm_object_new(iterator_class(self));
    if (it == RT_NOVALUE)
        return it;
    phpvm_array_t *a = peek(self);
    rt_value_t obj = target_obj(self);
    rt_value_t arr = obj ? obj : a ? phpvm_share(rt_from_ptr(a)) : rt_from_ptr(phpvm_array_new(0));
    phpvm_spl_store(it, ai_class, SPL_NAME("storage"), arr);
    if (obj)
        phpvm_spl_store(it, ai_class, SPL_NAME("\0snap"), rt_from_ptr(a));
    rt_map_ptr_reset(walked(it));
    return it;
}

/* ---- ArrayIterator's iteration, on the separated storage's internal pointer ---- */

static rt_value_t m_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t v = rt_map_current(walked(self));
    return v == RT_NOVALUE ? rt_none : phpvm_share(phpvm_deref(v));
}

static rt_value_t m_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_map_key_t k;
    if (!rt_map_current_key(walked(self), &k))
        return rt_none;
    return k.obj ? k.obj : phpvm_int(k.i);
}

static rt_value_t m_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_map_ptr_next(walked(self));
    return rt_none;
}

static rt_value_t m_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (target_obj(self))
        phpvm_spl_store(self, ai_class, SPL_NAME("\0snap"), rt_from_ptr(peek(self)));
    rt_map_ptr_reset(walked(self));
    return rt_none;
}

static rt_value_t m_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_map_current(walked(self)) != RT_NOVALUE ? rt_true : rt_false;
}

static rt_value_t m_seek(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t pos;
    if (!phpvm_arg_long(args, argc, 0, &pos))
        return RT_NOVALUE;
    phpvm_array_t *a = walked(self);
    rt_value_t v = rt_map_ptr_reset(a);
    for (int64_t i = 0; i < pos && v != RT_NOVALUE; i++)
        v = rt_map_ptr_next(a);
    if (pos < 0 || v == RT_NOVALUE)
        return phpvm_throw("OutOfBoundsException", "Seek position %" PRId64 " is out of range",
                           pos);
    return rt_none;
}

#define COMMON                                                                                     \
    {"__construct", m_construct, 0, 3, "array,flags,iteratorClass", 0},                            \
        {"offsetExists", m_offset_exists, 1, 1, "key", 0},                                         \
        {"offsetGet", m_offset_get, 1, 1, "key", 0},                                               \
        {"offsetSet", m_offset_set, 2, 2, "key,value", 0},                                         \
        {"offsetUnset", m_offset_unset, 1, 1, "key", 0},                                           \
        {"append", m_append, 1, 1, "value", 0}, {"count", m_count, 0, 0, "", 0},                   \
        {"getArrayCopy", m_get_array_copy, 0, 0, "", 0},                                           \
        {"getFlags", m_get_flags, 0, 0, "", 0}, {"setFlags", m_set_flags, 1, 1, "flags", 0},       \
        {"asort", m_sort, 0, 1, "flags", 0}, {"ksort", m_sort, 0, 1, "flags", 0},                  \
        {"uasort", m_sort, 1, 1, "callback", 0}, {"uksort", m_sort, 1, 1, "callback", 0},          \
        {"natsort", m_sort, 0, 0, "", 0}, {"natcasesort", m_sort, 0, 0, "", 0},             \
        {"__serialize", m_serialize, 0, 0, "", 0},                                             \
        {"__unserialize", m_unserialize, 1, 1, "data", 0},                                        \
        {"serialize", phpvm_spl_array_serialize, 0, 0, "", 0},                                     \
        {"unserialize", phpvm_spl_array_unserialize, 1, 1, "data", 0}

static const phpvm_builtin_t ao_methods[] = {
    COMMON,
    {"getIterator", m_get_iterator, 0, 0, "", 0},
    {"exchangeArray", m_exchange_array, 1, 1, "array", 0},
    {"getIteratorClass", m_get_iterator_class, 0, 0, "", 0},
    {"setIteratorClass", m_set_iterator_class, 1, 1, "iteratorClass", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t ai_methods[] = {
    COMMON,
    {"current", m_current, 0, 0, "", 0},
    {"key", m_key, 0, 0, "", 0},
    {"next", m_next, 0, 0, "", 0},
    {"rewind", m_rewind, 0, 0, "", 0},
    {"valid", m_valid, 0, 0, "", 0},
    {"seek", m_seek, 1, 1, "offset", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static phpvm_class_t *declare(const char *name, const char *ifaces,
                              const phpvm_builtin_t *methods, bool is_object)
{
    phpvm_class_t *c = phpvm_spl_class(name, NULL, ifaces, methods);
    if (is_object)
        phpvm_class_add_prop(c, phpvm_spl_name(SPL_NAME("\0itclass")), PHPVM_F_PRIVATE,
                             phpvm_cstr("ArrayIterator"));
    else
        phpvm_class_add_prop(c, phpvm_spl_name(SPL_NAME("\0snap")), PHPVM_F_PRIVATE, rt_none);
    phpvm_class_add_prop(c, phpvm_spl_name(SPL_NAME("storage")), PHPVM_F_PRIVATE,
                         phpvm_share(rt_from_ptr(phpvm_array_new(0))));
    phpvm_class_add_prop(c, phpvm_spl_name(SPL_NAME("\0flags")), PHPVM_F_PRIVATE, rt_small(0));
    rt_map_set_str(c->consts, rt_str_from_cstr("STD_PROP_LIST"), rt_small(1));
    rt_map_set_str(c->consts, rt_str_from_cstr("ARRAY_AS_PROPS"), rt_small(2));
    phpvm_class_declare(c);
    return c;
}

void phpvm_spl_array_init(void)
{
    phpvm_class_declare(phpvm_class_builtin("SeekableIterator", NULL, "Iterator",
                                            PHPVM_C_INTERFACE));
    if (!phpvm_class_find_c("Serializable"))
        phpvm_class_declare(phpvm_class_builtin("Serializable", NULL, NULL, PHPVM_C_INTERFACE));
    ao_class = declare("ArrayObject", "IteratorAggregate,ArrayAccess,Serializable,Countable",
                       ao_methods, true);
    ai_class = declare("ArrayIterator", "SeekableIterator,ArrayAccess,Serializable,Countable",
                       ai_methods, false);
}

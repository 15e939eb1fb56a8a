/*
** var_spl.c: how var_dump, print_r and var_export show SPL's containers and their subclasses,
** as php-src's get_debug_info and get_properties handlers for them do. The SPL classes keep
** their state in properties they declare (ext/spl); a dump shows the object's own properties
** first and that state after them (SplObjectStorage's entries numbered from 0), var_export
** shows the own properties only, or ArrayObject's and ArrayIterator's array itself (unless
** STD_PROP_LIST), and SplFixedArray adds its elements under integer keys to both.
*/
#include <string.h>

#include "phpvm/ext/standard/var.h"
#include "phpvm/interp.h"

enum { SHOW_STATE, SHOW_ARRAY, SHOW_RENUMBER, SHOW_ELEMENTS };
enum { STD_PROP_LIST = 1 };

static const struct {
    const char *cls;
    int how;
} shows[] = {
    {"ArrayObject", SHOW_ARRAY},
    {"ArrayIterator", SHOW_ARRAY},
    {"SplObjectStorage", SHOW_RENUMBER},
    {"SplDoublyLinkedList", SHOW_STATE},
    {"SplHeap", SHOW_STATE},
    {"SplPriorityQueue", SHOW_STATE},
    {"SplFixedArray", SHOW_ELEMENTS},
};

/* The SPL container class obj descends from (*base) and how it shows; -1 for none. */
static int how_shown(rt_value_t obj, phpvm_class_t **base)
{
    phpvm_class_t *k = phpvm_obj(obj)->cls;
    if (rt_map_get_str(k->ifaces, rt_str_from_cstr("countable")) == RT_NOVALUE)
        return -1; /* every one of them is Countable: most objects stop here */
    for (size_t i = 0; i < sizeof shows / sizeof shows[0]; i++) {
        phpvm_class_t *b = phpvm_class_find_c(shows[i].cls);
        if (b && phpvm_instanceof(k, b)) {
            *base = b;
            return shows[i].how;
        }
    }
    return -1;
}

/* Whether property `name` of obj is SPL state: declared by base or one of its ancestors. */
static bool is_state(rt_value_t obj, phpvm_class_t *base, rt_value_t name)
{
    rt_value_t info = phpvm_is_str(name)
                          ? rt_map_get_str(phpvm_obj(obj)->cls->props, phpvm_str(name)) : 0;
    if (!info || info == RT_NOVALUE)
        return false;
    rt_value_t decl = rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_CLASS);
    return phpvm_instanceof(base, (phpvm_class_t *)rt_ptr(decl));
}

/* base's own method `lcname` on obj (a subclass's override is not what PHP's handlers see). */
static rt_value_t base_call(rt_value_t obj, phpvm_class_t *base, const char *lcname)
{
    phpvm_func_t *m = phpvm_class_method(base, rt_str_from_cstr(lcname));
    return m ? phpvm_call_func(rt_from_ptr(m), obj, NULL, 0) : rt_none;
}

/* Appends SplFixedArray's elements to out under their indexes; false with an exception. */
static bool add_elements(rt_value_t obj, phpvm_class_t *base, phpvm_array_t *out)
{
    rt_value_t items = base_call(obj, base, "toarray");
    if (items == RT_NOVALUE)
        return false;
    if (!phpvm_is_array(items))
        return true;
    phpvm_array_t *a = phpvm_arr(items);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
        phpvm_array_set(out, phpvm_array_key_at(a, p), phpvm_array_val_at(a, p));
    return true;
}

/* a's values under the keys 0, 1, ... */
static rt_value_t renumbered(rt_value_t v)
{
    if (!phpvm_is_array(v))
        return v;
    phpvm_array_t *a = phpvm_arr(v), *out = phpvm_array_new(rt_map_count(a));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
        phpvm_array_append(out, phpvm_array_val_at(a, p));
    return rt_from_ptr(out);
}

phpvm_array_t *phpvm_var_spl_debug(rt_value_t obj, phpvm_array_t *props)
{
    phpvm_class_t *base;
    int how = how_shown(obj, &base);
    if (how < 0)
        return props;
    phpvm_array_t *out = phpvm_array_new(rt_map_count(props)), *state = phpvm_array_new(4);
    for (int64_t p = phpvm_array_first(props); p >= 0; p = phpvm_array_next(props, p)) {
        rt_value_t k = phpvm_array_key_at(props, p), v = rt_map_value_at(props, p);
        bool st = is_state(obj, base, k);
        phpvm_array_set(st ? state : out, k, st && how == SHOW_RENUMBER ? renumbered(v) : v);
    }
    for (int64_t p = phpvm_array_first(state); p >= 0; p = phpvm_array_next(state, p))
        phpvm_array_set(out, phpvm_array_key_at(state, p), rt_map_value_at(state, p));
    if (how == SHOW_ELEMENTS && !add_elements(obj, base, out))
        return NULL;
    return out;
}

phpvm_array_t *phpvm_var_spl_export(rt_value_t obj, phpvm_array_t *props)
{
    phpvm_class_t *base;
    int how = how_shown(obj, &base);
    if (how < 0)
        return props;
    if (how == SHOW_ARRAY) {
        rt_value_t flags = base_call(obj, base, "getflags");
        if (flags == RT_NOVALUE)
            return NULL;
        rt_value_t storage = phpvm_array_get(props, phpvm_cstr("storage"));
        if (!(phpvm_to_int(flags) & STD_PROP_LIST) && storage != RT_NOVALUE) {
            storage = phpvm_deref(storage);
            if (phpvm_is_array(storage)) /* shared: a cast's result is a copy on write */
                return phpvm_arr(phpvm_share(storage));
            if (phpvm_is_object(storage))
                return phpvm_object_props(storage, NULL, false);
        }
    }
    phpvm_array_t *out = phpvm_array_new(rt_map_count(props));
    for (int64_t p = phpvm_array_first(props); p >= 0; p = phpvm_array_next(props, p))
        if (!is_state(obj, base, phpvm_array_key_at(props, p)))
            phpvm_array_set(out, phpvm_array_key_at(props, p), rt_map_value_at(props, p));
    if (how == SHOW_ELEMENTS && !add_elements(obj, base, out))
        return NULL;
    return out;
}

rt_str_t *phpvm_var_mangled_name(phpvm_class_t *cls, rt_str_t *name)
{
    rt_value_t info = rt_map_get_str(cls->props, name);
    if (info == RT_NOVALUE || phpvm_prop_key_shadowed(name, NULL, NULL))
        return name; /* (an ancestor's redeclared private is mangled already) */
    rt_tuple_t *t = (rt_tuple_t *)rt_ptr(info);
    int64_t fl = rt_small_value(rt_tuple_get(t, PHPVM_PI_FLAGS));
    phpvm_class_t *decl = (phpvm_class_t *)rt_ptr(rt_tuple_get(t, PHPVM_PI_CLASS));
    const char *owner = fl & PHPVM_F_PRIVATE     ? decl->name->data
                        : fl & PHPVM_F_PROTECTED ? "*"
                                                 : NULL;
    if (!owner)
        return name;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)name->len + strlen(owner) + 2);
    rt_strbuf_append_char(&b, 0);
    rt_strbuf_append(&b, owner, strlen(owner));
    rt_strbuf_append_char(&b, 0);
    rt_strbuf_append_str(&b, name);
    return rt_strbuf_finish(&b, &rt_type_str);
}

phpvm_array_t *phpvm_var_mangled_props(rt_value_t self, phpvm_class_t *base)
{
    phpvm_class_t *cls = phpvm_obj(self)->cls;
    phpvm_array_t *all = phpvm_object_props(self, NULL, true), *out = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(all); p >= 0; p = phpvm_array_next(all, p)) {
        rt_str_t *name = phpvm_str(phpvm_array_key_at(all, p));
        rt_value_t info = base ? rt_map_get_str(cls->props, name) : RT_NOVALUE;
        if (info != RT_NOVALUE &&
            phpvm_instanceof(base, rt_ptr(rt_tuple_get(rt_ptr(info), PHPVM_PI_CLASS))))
            continue; /* the SPL state itself */
        phpvm_array_set(out, rt_from_ptr(phpvm_var_mangled_name(cls, name)),
                        rt_map_value_at(all, p)); /* (references kept) */
    }
    return out;
}

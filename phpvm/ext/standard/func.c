/*
** func.c: ext/standard's function-handling and class functions: function_exists,
** call_user_func(_array), is_a, get_class, method_exists, property_exists, class_exists,
** define/defined/constant, spl_object_id, func_get_args-free helpers.
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phpvm/interp.h"

#define UNUSED (void)self

static rt_value_t fn_function_exists(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    if (!s)
        return RT_NOVALUE;
    return rt_bool(!strstr(s->data, "::") && phpvm_func_lookup(s) != NULL); /* not methods */
}

static rt_value_t fn_call_user_func(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t callee, ctx;
    phpvm_array_t *named = phpvm_named_extra_take();
    if (!phpvm_arg_callable(args, 0, false, &callee, &ctx))
        return RT_NOVALUE;
    return phpvm_call_named(callee, ctx, args + 1, argc - 1, named);
}

static rt_value_t fn_call_user_func_array(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_array_t *a = phpvm_arg_array(args, argc, 1);
    if (!a)
        return RT_NOVALUE;
    rt_value_t callee, ctx;
    if (!phpvm_arg_callable(args, 0, false, &callee, &ctx))
        return RT_NOVALUE;
    rt_tuple_t *t = phpvm_expand_args(callee, a, false);
    if (!t)
        return RT_NOVALUE;
    return phpvm_call_func(callee, ctx, t->items, (int)t->len);
}

/* The class of the code calling the running builtin (get_class() without arguments), or NULL. */
static phpvm_class_t *calling_class(void)
{
    return phpvm_bcalls && phpvm_bcalls->frame ? phpvm_frame_scope(phpvm_bcalls->frame) : NULL;
}

static rt_value_t fn_get_class(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    if (argc == 0) {
        phpvm_class_t *k = calling_class();
        return k ? rt_from_ptr(k->name)
                 : phpvm_throw("Error", "get_class() without arguments must be called from "
                                        "within a class");
    }
    phpvm_class_t *c = phpvm_class_of(args[0]);
    if (!c)
        return phpvm_throw("TypeError", "get_class(): Argument #1 ($object) must be of type "
                                        "object, %s given", phpvm_type_name(args[0]));
    return rt_from_ptr(c->name);
}

static rt_value_t fn_get_parent_class(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t v = argc == 0 ? rt_none : phpvm_deref(args[0]);
    phpvm_class_t *c = argc == 0 ? calling_class() : phpvm_class_of(v);
    if (!c && argc > 0 && phpvm_is_str(v))
        c = phpvm_class_load(phpvm_str(v));
    if (!c && rt_exc_pending())
        return RT_NOVALUE;
    if (!c && argc > 0)
        return phpvm_throw("TypeError",
                           "get_parent_class(): Argument #1 ($object_or_class) must be an object "
                           "or a valid class name, %s given",
                           phpvm_type_name(v));
    return c && c->parent ? rt_from_ptr(c->parent->name) : rt_false;
}

static rt_value_t fn_is_a(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_class_t *c = phpvm_class_of(args[0]);
    if (!c && phpvm_is_str(args[0]) && phpvm_arg_bool(args, argc, 2))
        c = phpvm_class_load(phpvm_str(args[0]));
    if (rt_exc_pending())
        return RT_NOVALUE;
    rt_str_t *n = phpvm_arg_str(args, argc, 1);
    if (!n)
        return RT_NOVALUE;
    phpvm_class_t *k = phpvm_class_lookup(n, false);
    return rt_bool(c && k && phpvm_instanceof(c, k));
}

static rt_value_t fn_is_subclass_of(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_class_t *c = phpvm_class_of(args[0]);
    if (!c && phpvm_is_str(args[0]) &&
        (!phpvm_arg_given(argc, args, 2) || phpvm_to_bool(args[2])))
        c = phpvm_class_load(phpvm_str(args[0]));
    rt_str_t *n = phpvm_arg_str(args, argc, 1);
    if (!n || rt_exc_pending())
        return RT_NOVALUE;
    phpvm_class_t *k = phpvm_class_lookup(n, false);
    return rt_bool(c && k && c != k && phpvm_instanceof(c, k));
}

static phpvm_class_t *class_arg(rt_value_t v)
{
    phpvm_class_t *c = phpvm_class_of(v);
    if (!c && phpvm_is_str(v))
        c = phpvm_class_load(phpvm_str(v)); /* NULL, maybe with the autoloader's exception */
    return c;
}

static rt_value_t fn_method_exists(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_class_t *c = class_arg(args[0]);
    rt_str_t *n = phpvm_arg_str(args, argc, 1);
    if (!n || rt_exc_pending())
        return RT_NOVALUE;
    return rt_bool(c && phpvm_class_method(c, n));
}

static rt_value_t fn_property_exists(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t v = phpvm_deref(args[0]);
    if (!phpvm_is_object(v) && !phpvm_is_str(v))
        return phpvm_throw("TypeError",
                           "property_exists(): Argument #1 ($object_or_class) must be of type "
                           "object|string, %s given",
                           phpvm_type_name(v));
    phpvm_class_t *c = class_arg(args[0]);
    rt_str_t *n = phpvm_arg_str(args, argc, 1);
    if (!n || !c)
        return n && !rt_exc_pending() ? rt_false : RT_NOVALUE;
    rt_value_t info = rt_map_get_str(c->props, n);
    if (info) /* a parent's private property is not the class's own */
        return rt_bool(!(rt_small_value(rt_tuple_get(rt_ptr(info), PHPVM_PI_FLAGS)) &
                         PHPVM_F_PRIVATE) ||
                       rt_ptr(rt_tuple_get(rt_ptr(info), PHPVM_PI_CLASS)) == c);
    if (rt_map_get_str(c->sprops, n))
        return rt_true;
    return rt_bool(phpvm_is_object(args[0]) &&
                   rt_slots_get_attr(&phpvm_obj(args[0])->slots, rt_str_intern(n)) != RT_NOVALUE);
}

static rt_value_t fn_class_exists(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *n = phpvm_arg_str(args, argc, 0);
    if (!n)
        return RT_NOVALUE;
    phpvm_class_t *c = phpvm_arg_given(argc, args, 1) && !phpvm_to_bool(args[1])
                           ? phpvm_class_lookup(n, false)
                           : phpvm_class_load(n);
    if (!c && rt_exc_pending())
        return RT_NOVALUE;
    return rt_bool(c && !(c->flags & (PHPVM_C_INTERFACE | PHPVM_C_TRAIT)));
}

static rt_value_t fn_interface_exists(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *n = phpvm_arg_str(args, argc, 0);
    if (!n)
        return RT_NOVALUE;
    phpvm_class_t *c = phpvm_arg_given(argc, args, 1) && !phpvm_to_bool(args[1])
                           ? phpvm_class_lookup(n, false)
                           : phpvm_class_load(n);
    if (!c && rt_exc_pending())
        return RT_NOVALUE;
    return rt_bool(c && (c->flags & PHPVM_C_INTERFACE));
}

static rt_value_t fn_define(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *n = phpvm_arg_str(args, argc, 0);
    if (!n)
        return RT_NOVALUE;
    if (strstr(n->data, "::"))
        return phpvm_throw("ValueError", "define(): Argument #1 ($constant_name) cannot be a "
                                         "class constant");
    if (rt_map_get_str(phpvm_vm->constants, n) != RT_NOVALUE) {
        phpvm_error(PHPVM_E_WARNING, "Constant %s already defined", n->data);
        return rt_false;
    }
    phpvm_const_define(n, args[1]);
    return rt_true;
}

/* The class of "Cls" in a constant name "Cls::NAME": self, parent and static relative to the
** calling code, others loaded (autoloaders run). NULL, with Error pending when `raise`. */
static phpvm_class_t *const_class(const char *name, size_t len, bool raise)
{
    rt_str_t *n = rt_str_new(name, len);
    rt_frame_t *f = phpvm_bcalls->frame;
    phpvm_class_t *scope = f ? phpvm_frame_scope(f) : NULL;
    if (strcasecmp(n->data, "self") == 0 || strcasecmp(n->data, "parent") == 0 ||
        strcasecmp(n->data, "static") == 0) {
        phpvm_class_t *k = n->data[0] == 'p' || n->data[0] == 'P' ? (scope ? scope->parent : NULL)
                           : (n->data[1] == 't' || n->data[1] == 'T') && f->slots[PHPVM_SLOT_SCOPE]
                               ? rt_ptr(f->slots[PHPVM_SLOT_SCOPE])
                               : scope;
        if (!k && raise)
            phpvm_throw("Error", "Cannot access \"%s\" when %s", n->data,
                        scope ? "current class scope has no parent" : "no class scope is active");
        return k;
    }
    phpvm_class_t *k = phpvm_class_load(n);
    if (!k && raise && !rt_exc_pending())
        phpvm_throw("Error", "Class \"%s\" not found", n->data);
    return k;
}

/* A constant name without its leading backslash (\A\B and A\B are the same constant). */
static rt_str_t *const_name(rt_str_t *n)
{
    return n->len && n->data[0] == '\\' ? rt_str_new(n->data + 1, (size_t)n->len - 1) : n;
}

static rt_value_t fn_defined(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *n = phpvm_arg_str(args, argc, 0);
    if (!n)
        return RT_NOVALUE;
    n = const_name(n);
    const char *sep = strstr(n->data, "::");
    if (sep) {
        phpvm_class_t *c = const_class(n->data, (size_t)(sep - n->data), false);
        if (!c)
            return rt_exc_pending() ? RT_NOVALUE : rt_false;
        return rt_bool(rt_map_find_str(c->consts, rt_str_from_cstr(sep + 2)) >= 0);
    }
    if (strcasecmp(n->data, "true") == 0 || strcasecmp(n->data, "false") == 0 ||
        strcasecmp(n->data, "null") == 0)
        return rt_true; /* the literals, which are constants too */
    return rt_bool(rt_map_get_str(phpvm_vm->constants, n) != RT_NOVALUE);
}

static rt_value_t fn_constant(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *n = phpvm_arg_str(args, argc, 0);
    if (!n)
        return RT_NOVALUE;
    n = const_name(n);
    const char *sep = strstr(n->data, "::");
    if (sep) {
        phpvm_class_t *c = const_class(n->data, (size_t)(sep - n->data), true);
        rt_frame_t *f = phpvm_bcalls->frame;
        return c ? phpvm_class_const_from(c, rt_str_from_cstr(sep + 2),
                                          f ? phpvm_frame_scope(f) : NULL)
                 : RT_NOVALUE;
    }
    return phpvm_const_lookup(n);
}

static rt_value_t fn_spl_object_id(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    return phpvm_int((int64_t)phpvm_object_id(args[0]));
}

static rt_value_t fn_spl_object_hash(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    char buf[40];
    int n = snprintf(buf, sizeof buf, "%032llx", (unsigned long long)phpvm_object_id(args[0]));
    return phpvm_str_value(buf, (size_t)n);
}

static rt_value_t fn_get_object_vars(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    rt_frame_t *f = phpvm_bcalls->frame; /* what the calling code may see */
    return rt_from_ptr(phpvm_object_props(args[0], f ? phpvm_frame_scope(f) : NULL, false));
}

/* ini_set and ini_get reach the settings extensions own (phpvm_ext_ini); others read false. */
static rt_value_t fn_ini_set(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *key = phpvm_arg_str(args, argc, 0), *value = NULL;
    if (!key || (argc > 1 && !(value = phpvm_arg_str(args, argc, 1))))
        return RT_NOVALUE;
    if (value && strcmp(key->data, "zend.assertions") == 0 &&
        (phpvm_vm->zend_assertions < 0) != (atoi(value->data) < 0)) {
        /* -1 compiles assertions away: only the startup settings may choose it */
        phpvm_error(PHPVM_E_WARNING,
                    "zend.assertions may be completely enabled or disabled only in php.ini");
        return rt_exc_pending() ? RT_NOVALUE : rt_false;
    }
    const char *old = phpvm_ext_ini(key->data, value ? value->data : NULL);
    return old ? phpvm_cstr(old) : rt_false;
}

static rt_value_t fn_extension_loaded(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_arg_str(args, argc, 0);
    if (!name)
        return RT_NOVALUE;
    return phpvm_ext_loaded(name->data) ? rt_true : rt_false;
}

static rt_value_t fn_gc_collect_cycles(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    int64_t n = phpvm_gc_collect_cycles(); /* the destructors it ran: what pyhyp can count */
    return n < 0 ? RT_NOVALUE : rt_small(n);
}

/* PHP's memory_get_usage counts what its allocator handed out and not yet freed; on a tracing
** heap that is what survived the last collection plus what was allocated since (an upper
** bound). real_usage: the heap's blocks taken from the OS. */
static rt_value_t memory_usage(rt_value_t *args, int argc, bool peak)
{
    gc_stats_t st;
    gc_get_stats(&st);
    bool real = phpvm_arg_given(argc, args, 0) && phpvm_to_bool(args[0]);
    uint64_t n = real ? (peak ? st.peak_heap_bytes : st.heap_bytes)
                      : (peak ? st.peak_used_bytes : st.used_bytes);
    return phpvm_int((int64_t)n);
}

static rt_value_t fn_memory_get_usage(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return memory_usage(args, argc, false);
}

static rt_value_t fn_memory_get_peak_usage(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return memory_usage(args, argc, true);
}

static rt_value_t fn_memory_reset_peak_usage(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    gc_stats_reset_peaks();
    return rt_none;
}

const phpvm_builtin_t phpvm_ext_func[] = {
    {"function_exists", fn_function_exists, 1, 1, "function", 0},
    {"call_user_func", fn_call_user_func, 1, -1, "callback,args", PHPVM_B_NAMED_REST},
    {"call_user_func_array", fn_call_user_func_array, 2, 2, "callback,args", 0},
    {"get_class", fn_get_class, 0, 1, "object", 0},
    {"get_parent_class", fn_get_parent_class, 0, 1, "object_or_class", 0},
    {"is_a", fn_is_a, 2, 3, "object_or_class,class,allow_string", 0},
    {"is_subclass_of", fn_is_subclass_of, 2, 3, "object_or_class,class,allow_string", 0},
    {"method_exists", fn_method_exists, 2, 2, "object_or_class,method", 0},
    {"property_exists", fn_property_exists, 2, 2, "object_or_class,property", 0},
    {"class_exists", fn_class_exists, 1, 2, "class,autoload", 0},
    {"interface_exists", fn_interface_exists, 1, 2, "interface,autoload", 0},
    {"define", fn_define, 2, 3, "constant_name,value,case_insensitive", 0},
    {"defined", fn_defined, 1, 1, "constant_name", 0},
    {"constant", fn_constant, 1, 1, "name", 0},
    {"spl_object_id", fn_spl_object_id, 1, 1, "object", 0},
    {"spl_object_hash", fn_spl_object_hash, 1, 1, "object", 0},
    {"get_object_vars", fn_get_object_vars, 1, 1, "object", 0},
    {"ini_set", fn_ini_set, 2, 2, "option,value", 0},
    {"ini_get", fn_ini_set, 1, 1, "option", 0},
    {"extension_loaded", fn_extension_loaded, 1, 1, "extension", 0},
    {"gc_collect_cycles", fn_gc_collect_cycles, 0, 0, "", 0},
    {"memory_get_usage", fn_memory_get_usage, 0, 1, "real_usage", 0},
    {"memory_get_peak_usage", fn_memory_get_peak_usage, 0, 1, "real_usage", 0},
    {"memory_reset_peak_usage", fn_memory_reset_peak_usage, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

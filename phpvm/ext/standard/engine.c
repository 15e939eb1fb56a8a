/*
** engine.c: the Zend engine's introspection functions: zend_version, get_loaded_extensions,
** get_extension_funcs, get_defined_constants (categorized: each extension's, "Core", "user"),
** get_mangled_object_vars, gc_status and gc_mem_caches, and forward_static_call(_array), which
** call with the caller's late static binding.
*/
#include <string.h>
#include <strings.h>

#include "gc/gc.h"
#include "phpvm/ext/standard/var.h"
#include "phpvm/interp.h"

#define UNUSED (void)self

static rt_value_t fn_zend_version(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return phpvm_cstr("4.2.0"); /* PHP 8.2.0's engine, as PHP_VERSION says */
}

/* Each extension's name once, in start-up order, "Core" and "standard" first. */
static rt_value_t fn_get_loaded_extensions(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    if (phpvm_arg_given(argc, args, 0) && phpvm_arg_bool(args, argc, 0))
        return rt_from_ptr(phpvm_array_new(0)); /* Zend extensions: none */
    phpvm_array_t *out = phpvm_array_new(0), *seen = phpvm_array_new(0);
    phpvm_array_append(out, phpvm_cstr("Core"));
    phpvm_array_append(out, phpvm_cstr("standard"));
    for (size_t i = 0; phpvm_ext_at(i); i++) {
        rt_value_t name = phpvm_cstr(phpvm_ext_at(i)->name);
        if (strcmp(phpvm_ext_at(i)->name, "standard") != 0 &&
            phpvm_array_get(seen, name) == RT_NOVALUE) {
            phpvm_array_set(seen, name, rt_true);
            phpvm_array_append(out, name);
        }
    }
    return rt_from_ptr(out);
}

static rt_value_t fn_get_extension_funcs(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_arg_str(args, argc, 0);
    if (!name)
        return RT_NOVALUE;
    phpvm_array_t *out = phpvm_array_new(0);
    for (size_t i = 0; phpvm_ext_at(i); i++) {
        const phpvm_ext_t *e = phpvm_ext_at(i);
        if (strcasecmp(e->name, name->data) != 0)
            continue;
        for (const phpvm_builtin_t *b = e->functions; b && b->name; b++)
            phpvm_array_append(out, phpvm_cstr(b->name));
    }
    return rt_map_count(out) ? rt_from_ptr(out) : rt_false;
}

/* The extension that declared builtin constant `name`, else "Core". */
static const char *constant_owner(rt_str_t *name)
{
    for (size_t i = 0; phpvm_ext_at(i); i++)
        for (const phpvm_intconst_t *c = phpvm_ext_at(i)->constants; c && c->name; c++)
            if (strcmp(c->name, name->data) == 0)
                return phpvm_ext_at(i)->name;
    return "Core";
}

/* Every constant, name => value, in definition order; categorized: grouped by who declared it
** ("user": define() and const). */
static rt_value_t fn_get_defined_constants(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_array_t *all = phpvm_vm->constants, *out = phpvm_array_new(0);
    bool categorize = phpvm_arg_given(argc, args, 0) && phpvm_arg_bool(args, argc, 0);
    int64_t n = 0;
    for (int64_t p = phpvm_array_first(all); p >= 0; p = phpvm_array_next(all, p), n++) {
        rt_value_t k = phpvm_array_key_at(all, p), v = phpvm_share(phpvm_array_val_at(all, p));
        if (!categorize) {
            phpvm_array_set(out, k, v);
            continue;
        }
        rt_value_t group = phpvm_cstr(n >= phpvm_vm->nbuiltin_consts ? "user"
                                                                     : constant_owner(phpvm_str(k)));
        rt_value_t g = phpvm_array_get(out, group);
        if (g == RT_NOVALUE) {
            g = rt_from_ptr(phpvm_array_new(0));
            phpvm_array_set(out, group, g);
        }
        phpvm_array_set(phpvm_arr(g), k, v);
    }
    return rt_from_ptr(out);
}

static rt_value_t fn_get_mangled_object_vars(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t o = phpvm_deref(args[0]);
    (void)argc;
    if (!phpvm_is_object(o))
        return phpvm_throw("TypeError", "get_mangled_object_vars(): Argument #1 ($object) must be "
                                        "of type object, %s given", phpvm_type_name(o));
    return rt_from_ptr(phpvm_var_mangled_props(o, NULL));
}

/* PHP's cycle collector's counters; pyhyp's tracing collector has no root buffer: its runs are
** the major collections, and nothing waits as a root. */
static rt_value_t fn_gc_status(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    gc_stats_t st;
    gc_get_stats(&st);
    phpvm_array_t *out = phpvm_array_new(4);
    rt_map_set_str(out, rt_str_from_cstr("runs"), phpvm_int((int64_t)st.major_collections));
    rt_map_set_str(out, rt_str_from_cstr("collected"), rt_small(0));
    rt_map_set_str(out, rt_str_from_cstr("threshold"), rt_small(10001));
    rt_map_set_str(out, rt_str_from_cstr("roots"), rt_small(0));
    return rt_from_ptr(out);
}

static rt_value_t fn_gc_mem_caches(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return rt_small(0); /* (no allocator caches to give back) */
}

/* forward_static_call's callee and its context: a static method called from a class scope keeps
** the caller's static:: when that class is a subclass of the method's; false with an error. */
static bool forward_callable(rt_value_t *args, rt_value_t *callee, rt_value_t *ctx)
{
    rt_frame_t *f = phpvm_bcalls ? phpvm_bcalls->frame : NULL;
    if (!f || !phpvm_frame_scope(f)) {
        phpvm_throw("Error", "Cannot call %s() when no class scope is active", phpvm_cur_builtin);
        return false;
    }
    if (!phpvm_arg_callable(args, 0, false, callee, ctx))
        return false;
    rt_value_t called = f->slots[PHPVM_SLOT_SCOPE];
    if (called && rt_is_ptr(*ctx) && rt_obj_type(rt_ptr(*ctx)) == &phpvm_type_class &&
        phpvm_instanceof((phpvm_class_t *)rt_ptr(called), (phpvm_class_t *)rt_ptr(*ctx)))
        *ctx = called;
    return true;
}

static rt_value_t fn_forward_static_call(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t callee, ctx;
    if (!forward_callable(args, &callee, &ctx))
        return RT_NOVALUE;
    return phpvm_call_func(callee, ctx, args + 1, argc - 1);
}

static rt_value_t fn_forward_static_call_array(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t callee, ctx;
    phpvm_array_t *a = phpvm_arg_array(args, argc, 1);
    if (!a || !forward_callable(args, &callee, &ctx))
        return RT_NOVALUE;
    rt_tuple_t *t = phpvm_expand_args(callee, a, false);
    return t ? phpvm_call_func(callee, ctx, t->items, (int)t->len) : RT_NOVALUE;
}

const phpvm_builtin_t phpvm_ext_engine[] = {
    {"zend_version", fn_zend_version, 0, 0, "", 0},
    {"get_loaded_extensions", fn_get_loaded_extensions, 0, 1, "zend_extensions", 0},
    {"get_extension_funcs", fn_get_extension_funcs, 1, 1, "extension", 0},
    {"get_defined_constants", fn_get_defined_constants, 0, 1, "categorize", 0},
    {"get_mangled_object_vars", fn_get_mangled_object_vars, 1, 1, "object", 0},
    {"gc_status", fn_gc_status, 0, 0, "", 0},
    {"gc_mem_caches", fn_gc_mem_caches, 0, 0, "", 0},
    {"forward_static_call", fn_forward_static_call, 1, -1, "callback,args", 0},
    {"forward_static_call_array", fn_forward_static_call_array, 2, 2, "callback,args", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

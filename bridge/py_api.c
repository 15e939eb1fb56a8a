/*
** py_api.c: the composition API Python code calls (BRIDGE.md, "Python side"): the builtins
** compile_php_func, php_global_ns and php_decor (PHPRef, BridgeError and PHPException come from
** php_view.c and adapt.c). PHP starts on first use.
*/
#include <string.h>

#include "bridge/internal.h"

static rt_str_t *name_decor;

/* compile_php_func(src [, file [, line]]): the one PHP function the source defines, kept out
** of PHP's global function table. */
static rt_value_t compile_php_func(rt_value_t self, const rt_value_t *args, size_t nargs,
                                   rt_tuple_t *kw)
{
    (void)self, (void)kw;
    if (rt_ts->frame && rt_ts->frame->lang == RT_LANG_PHP)
        return bridge_py_error("compile_php_func() can only be called from Python code");
    if (!bridge_php_thread_ok())
        return RT_NOVALUE;
    if (!pyvm_is_str(args[0]) || (nargs > 1 && !pyvm_is_str(args[1])))
        return rt_raise(RT_EXC_TYPE, "compile_php_func() expects str arguments");
    int64_t line = 0;
    if (nargs > 2 && !pyvm_index_i64(args[2], &line))
        return RT_NOVALUE;
    rt_frame_t *caller = rt_ts->frame;
    bridge_need_php();
    rt_str_t *src = pyvm_str_of(args[0]);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)src->len + 16);
    rt_strbuf_append(&b, "<?php ", 6);
    for (int64_t i = 1; i < line; i++)
        rt_strbuf_append_char(&b, '\n');
    rt_strbuf_append_str(&b, src);
    rt_str_t *text = rt_strbuf_finish(&b, &rt_type_str);
    const char *file = nargs > 1 ? pyvm_str_of(args[1])->data : "<php_box>";
    uint32_t lang = rt_ts->lang;
    rt_ts->lang = RT_LANG_PHP;
    phpvm_array_t *funcs = phpvm_vm->functions;
    int64_t before = rt_map_end(funcs);
    phpvm_func_t *main = phpvm_compile_code(text->data, (size_t)text->len, file);
    rt_value_t r = main ? phpvm_call_func(rt_from_ptr(main), rt_none, NULL, 0) : RT_NOVALUE;
    rt_ts->lang = lang;
    if (!r)
        return rt_exc_pending() ? bridge_exc_to_py()
                                : bridge_py_error("compile_php_func(): the PHP source does not compile");
    int64_t first = rt_map_next(funcs, before);
    if (first < 0 || rt_map_next(funcs, first + 1) >= 0)
        return bridge_py_error("compile_php_func(): the PHP source must define exactly one function");
    rt_value_t fn = rt_map_value_at(funcs, first);
    rt_map_del_at(funcs, first); /* the function belongs to Python, not to PHP's global table */
    if (caller && caller->lang == RT_LANG_PY) /* its free names: the calling Python frame's */
        RT_STORE((phpvm_func_t *)rt_ptr(fn), foreign, rt_from_ptr(rt_frame_escape(rt_ts, caller)));
    rt_version_bump(&phpvm_vm->functions_version);
    return fn;
}

/* ---- php_global_ns(): PHP's global namespace as a Python object ---- */

static pyvm_class_t *cls_ns;
static rt_obj_t ns_obj;

static rt_value_t ns_getattr(rt_value_t self, rt_str_t *name)
{
    (void)self;
    rt_value_t v = bridge_scope_global(name);
    if (v && !(rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &bridge_type_arrview))
        return v;
    return bridge_py_error("PHP has no function, class or constant named '%s'", name->data);
}

static bool ns_setattr(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    (void)self;
    if (!v) {
        bridge_py_error("PHP global variables cannot be deleted through php_global_ns()");
        return false;
    }
    phpvm_ref_set(phpvm_global_ref(name), bridge_to_php(v));
    return true;
}

static const rt_pyslots_t ns_slots = {.cls = &cls_ns, .getattr = ns_getattr, .setattr = ns_setattr};
static rt_type_t type_ns = RT_TYPE_INIT("PHPGlobalNamespace", NULL, NULL, 0);

static rt_value_t php_global_ns(rt_value_t self, const rt_value_t *args, size_t nargs,
                                rt_tuple_t *kw)
{
    (void)self, (void)args, (void)nargs, (void)kw;
    bridge_need_php();
    return rt_from_ptr(&ns_obj);
}

/* ---- @php_decor(refs=[...], static=False, access="public") ---- */

/* The decorator php_decor returns: self is the tuple (refs, static, access). */
static rt_value_t decorate(rt_value_t self, const rt_value_t *args, size_t nargs, rt_tuple_t *kw)
{
    (void)nargs, (void)kw;
    if (!pyvm_setattr(args[0], name_decor, self))
        return RT_NOVALUE;
    return args[0];
}

static const pyvm_cfunc_def_t decorate_def = {"php_decor", decorate, 1, 1, PYVM_CFUNC_METHOD, 0};

static rt_value_t php_decor(rt_value_t self, const rt_value_t *args, size_t nargs, rt_tuple_t *kw)
{
    (void)self;
    rt_value_t refs = rt_from_ptr(rt_tuple_new(0)), is_static = rt_false;
    rt_value_t access = pyvm_str_cstr("public");
    int64_t nkw = kw ? rt_tuple_len(kw) : 0;
    for (int64_t i = 0; i < nkw; i++) {
        rt_str_t *k = rt_ptr(rt_tuple_get(kw, i));
        rt_value_t v = args[nargs + (size_t)i];
        if (strcmp(k->data, "refs") == 0) {
            rt_vec_t *items = pyvm_seq_to_vec(v);
            if (!items)
                return RT_NOVALUE;
            refs = pyvm_tuple_from(rt_vec_items(items), rt_vec_len(items));
        } else if (strcmp(k->data, "static") == 0) {
            is_static = rt_bool(pyvm_truth(v) > 0);
        } else if (strcmp(k->data, "access") == 0 && pyvm_is_str(v) &&
                   (strcmp(pyvm_str_of(v)->data, "public") == 0 ||
                    strcmp(pyvm_str_of(v)->data, "protected") == 0 ||
                    strcmp(pyvm_str_of(v)->data, "private") == 0)) {
            access = v;
        } else {
            return rt_raise(RT_EXC_TYPE, "php_decor() got an unexpected keyword argument '%s'",
                            k->data);
        }
    }
    if (nargs)
        return rt_raise(RT_EXC_TYPE, "php_decor() takes keyword arguments only");
    rt_value_t decor[3] = {refs, is_static, access};
    return pyvm_cfunc_new(&decorate_def, pyvm_tuple_from(decor, 3));
}

rt_value_t bridge_php_decor(rt_value_t f, int field)
{
    if (!rt_is_ptr(f) || rt_obj_type(rt_ptr(f)) != &pyvm_type_func || !((pyvm_func_t *)rt_ptr(f))->dict)
        return RT_NOVALUE;
    rt_value_t d = pyvm_dict_get_str(((pyvm_func_t *)rt_ptr(f))->dict, name_decor);
    return d && pyvm_is_tuple(d) && rt_tuple_len(rt_ptr(d)) == 3 ? rt_tuple_get(rt_ptr(d), field)
                                                                 : RT_NOVALUE;
}

bool bridge_param_by_ref(rt_value_t f, int i)
{
    rt_value_t refs = bridge_php_decor(f, 0);
    if (!refs)
        return false;
    rt_tuple_t *t = rt_ptr(refs);
    for (int64_t k = 0; k < rt_tuple_len(t); k++)
        if (rt_tuple_get(t, k) == rt_small(i))
            return true;
    return false;
}

static const pyvm_cfunc_def_t builtins[] = {
    {"compile_php_func", compile_php_func, 1, 3, 0, 0},
    {"php_global_ns", php_global_ns, 0, 0, 0, 0},
    {"php_decor", php_decor, 0, 0, 0, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

void bridge_py_api_init(void)
{
    gc_root_add(&name_decor, 1);
    name_decor = rt_str_intern_cstr("__php_decor__");
    gc_root_add(&cls_ns, 1);
    cls_ns = pyvm_type_new_builtin("PHPGlobalNamespace", &type_ns, pyvm_cls_object);
    type_ns.py = &ns_slots;
    ns_obj.gc.desc = &type_ns.gc;
    pyvm_cfunc_install_dict(pyvm_builtins, builtins);
}

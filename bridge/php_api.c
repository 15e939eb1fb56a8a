/*
** php_api.c: the composition API PHP code calls (BRIDGE.md, "PHP side"): import_py_mod,
** compile_py_mod, compile_py_func(_global), compile_py_meth, call_py_func and the older embed_*
** names. Embedded Python source runs in a fresh namespace; a function compiled by
** compile_py_func sees the calling PHP frame's variables (scope.c). Python starts on first use.
*/
#include <ctype.h>
#include <string.h>

#include "bridge/internal.h"

/* The compile_py_* functions embed Python in PHP code; called from Python (through
** php_global_ns()) they are a BridgeException (BRIDGE.md). */
static bool called_from_php(void)
{
    if (rt_ts->frame && rt_ts->frame->lang == RT_LANG_PY) {
        bridge_php_error("%s() can only be called from PHP code", phpvm_cur_builtin);
        return false;
    }
    return true;
}

/* Switches to Python; py_done switches back and crosses the result (or the exception). */
static uint32_t py_begin(void)
{
    bridge_need_python();
    return bridge_enter(RT_LANG_PY);
}

static rt_value_t py_done(uint32_t prev, rt_value_t r)
{
    r = bridge_leave(prev, r, bridge_exc_to_php);
    return r ? bridge_to_php(r) : RT_NOVALUE;
}

static rt_value_t fn_import_py_mod(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *name = phpvm_arg_str(args, argc, 0);
    if (!name)
        return RT_NOVALUE;
    uint32_t lang = py_begin();
    return py_done(lang, pyvm_import(rt_str_intern(rt_str_new(name->data, (size_t)name->len))));
}

/* Runs Python source in `globals`, named `file` in tracebacks, its first line numbered
** `line` (PyHyp's offset for embedded source). Returns false with the Python error pending. */
static bool exec_source(rt_str_t *src, const char *file, int64_t line, rt_map_t *globals)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)src->len + 16);
    for (int64_t i = 1; i < line; i++)
        rt_strbuf_append_char(&b, '\n');
    rt_strbuf_append_str(&b, src);
    rt_str_t *text = rt_strbuf_finish(&b, &rt_type_str);
    pyvm_code_t *code = pyvm_compile_source(text->data, (size_t)text->len, rt_str_intern_cstr(file));
    return code && pyvm_exec_code(code, globals);
}

static rt_map_t *new_namespace(rt_str_t *name)
{
    rt_map_t *g = pyvm_dict_new();
    rt_map_set_str(g, rt_str_intern_cstr("__name__"), rt_from_ptr(name));
    return g;
}

static rt_value_t fn_compile_py_mod(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *name = phpvm_arg_str(args, argc, 0);
    rt_str_t *src = name ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!src || !called_from_php())
        return RT_NOVALUE;
    uint32_t lang = py_begin();
    rt_str_t *iname = rt_str_intern(rt_str_new(name->data, (size_t)name->len));
    rt_map_t *g = new_namespace(iname);
    rt_value_t m = pyvm_module_new(iname, g);
    char file[300];
    snprintf(file, sizeof file, "<%s>", iname->data);
    if (!pyvm_dict_set(pyvm_module_table(), rt_from_ptr(iname), m) || !exec_source(src, file, 0, g))
        m = RT_NOVALUE;
    return py_done(lang, m);
}

/* The one function the source of compile_py_func defines, run in a fresh namespace enclosed
** by the calling PHP frame (enclose) or by PHP's globals only. Python's value (not crossed), or
** RT_NOVALUE with a PHP exception pending. */
static rt_value_t compile_func(rt_value_t *args, int argc, bool enclose, const char *what)
{
    rt_str_t *src = phpvm_arg_str(args, argc, 0);
    if (!src || !called_from_php())
        return RT_NOVALUE;
    rt_str_t *file = phpvm_arg_given(argc, args, 1) ? phpvm_arg_str(args, argc, 1) : NULL;
    int64_t line = 0;
    if ((phpvm_arg_given(argc, args, 1) && !file) ||
        (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &line)))
        return RT_NOVALUE;
    rt_frame_t *caller = rt_ts->frame;
    uint32_t lang = py_begin();
    rt_map_t *g = new_namespace(rt_str_intern_cstr("__main__"));
    bridge_scope_enclose(g, enclose ? caller : NULL);
    if (!exec_source(src, file ? file->data : "<python_box>", line, g)) {
        rt_ts->lang = lang;
        return bridge_exc_to_php();
    }
    rt_ts->lang = lang;
    rt_value_t fn = RT_NOVALUE;
    int nfuncs = 0;
    for (int64_t p = rt_map_next(g, 0); p >= 0; p = rt_map_next(g, p + 1)) {
        rt_value_t v = rt_map_value_at(g, p);
        if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_func) {
            fn = v;
            nfuncs++;
        }
    }
    if (nfuncs != 1)
        return bridge_php_error("%s(): the Python source must define exactly one function", what);
    return fn;
}

static rt_value_t fn_compile_py_func(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_value_t f = compile_func(args, argc, true, phpvm_cur_builtin);
    return f ? bridge_to_php(f) : RT_NOVALUE;
}

static rt_value_t fn_compile_py_func_global(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_value_t f = compile_func(args, argc, false, phpvm_cur_builtin);
    if (!f)
        return RT_NOVALUE;
    pyvm_func_t *pf = rt_ptr(f);
    phpvm_func_t *php = phpvm_foreign_func(pf->name, bridge_to_php(f), NULL);
    return phpvm_declare_func(php) ? rt_none : RT_NOVALUE;
}

static rt_value_t fn_compile_py_meth(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *cname = phpvm_arg_str(args, argc, 0);
    if (!cname)
        return RT_NOVALUE;
    phpvm_class_t *c = phpvm_class_lookup(cname, true);
    if (!c)
        return RT_NOVALUE;
    rt_value_t f = compile_func(args + 1, argc - 1, false, phpvm_cur_builtin);
    if (!f)
        return RT_NOVALUE;
    rt_str_t *name = ((pyvm_func_t *)rt_ptr(f))->name;
    phpvm_func_t *m = phpvm_foreign_func(name, bridge_to_php(f), c);
    rt_value_t access = bridge_php_decor(f, 2);
    if (bridge_php_decor(f, 1) == rt_true)
        m->flags |= PHPVM_F_STATIC;
    if (access && strcmp(pyvm_str_of(access)->data, "public") != 0)
        m->flags = (m->flags & ~(uint32_t)PHPVM_F_PUBLIC) |
                   (strcmp(pyvm_str_of(access)->data, "private") == 0 ? PHPVM_F_PRIVATE
                                                                     : PHPVM_F_PROTECTED);
    pyvm_setattr(f, rt_str_intern_cstr("__php_class__"), rt_from_ptr(c)); /* its PHP scope */
    rt_str_t *lc = rt_str_alloc(&rt_type_str, (size_t)name->len);
    for (int64_t i = 0; i < name->len; i++)
        lc->data[i] = (char)tolower((unsigned char)name->data[i]);
    /* the class and its subclasses declared already, which copied their methods at linking */
    phpvm_array_t *classes = phpvm_vm->classes;
    for (int64_t p = phpvm_array_first(classes); p >= 0; p = phpvm_array_next(classes, p)) {
        phpvm_class_t *k = rt_ptr(phpvm_array_val_at(classes, p));
        rt_value_t own = rt_map_get_str(k->methods, lc);
        phpvm_class_t *own_scope = own ? ((phpvm_func_t *)rt_ptr(own))->scope : NULL;
        if (!phpvm_instanceof(k, c) ||
            (own_scope && own_scope != c && phpvm_instanceof(own_scope, c)))
            continue; /* not below c, or overridden below c */
        rt_map_set_str(k->methods, lc, rt_from_ptr(m));
        if (strcmp(lc->data, "__construct") == 0)
            RT_STORE(k, ctor, m);
    }
    return rt_none;
}

/* call_py_func($target, $args, $kwargs): positional values, then the keyword arguments. */
static rt_value_t fn_call_py_func(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    phpvm_array_t *pos = phpvm_arg_array(args, argc, 1);
    phpvm_array_t *kw = pos && phpvm_arg_given(argc, args, 2) ? phpvm_arg_array(args, argc, 2) : NULL;
    if (!pos || (phpvm_arg_given(argc, args, 2) && !kw))
        return RT_NOVALUE;
    rt_value_t callee, ctx;
    if (!phpvm_callable(args[0], &callee, &ctx, true))
        return RT_NOVALUE;
    int64_t npos = rt_map_count(pos), nkw = kw ? rt_map_count(kw) : 0;
    rt_value_t all[npos + nkw + 1];
    int64_t n = 0;
    for (int64_t p = phpvm_array_first(pos); p >= 0; p = phpvm_array_next(pos, p))
        all[n++] = phpvm_array_val_at(pos, p);
    rt_tuple_t *names = nkw ? rt_tuple_new(nkw) : NULL;
    for (int64_t p = kw ? phpvm_array_first(kw) : -1, i = 0; p >= 0; p = phpvm_array_next(kw, p)) {
        rt_value_t k = phpvm_array_key_at(kw, p);
        if (!phpvm_is_str(k))
            return bridge_php_error("call_py_func(): keyword argument names must be strings");
        rt_tuple_init_item(names, i++, rt_from_ptr(rt_str_intern(phpvm_str(k))));
        all[n++] = phpvm_array_val_at(kw, p);
    }
    phpvm_func_t *fn = phpvm_callee_func(callee);
    rt_value_t target = fn == phpvm_foreign_call_fn ? ctx : fn->foreign;
    if (!target) {
        if (nkw)
            return bridge_php_error("call_py_func(): a PHP function takes no keyword arguments");
        return phpvm_call_func(callee, ctx, all, (int)n);
    }
    if (fn->foreign && fn->scope && phpvm_kind(ctx) == PHPVM_OBJECT) { /* a Python method */
        memmove(all + 1, all, (size_t)n * sizeof all[0]);
        all[0] = ctx;
        n++;
    }
    bridge_need_python();
    return bridge_call_py(target, all, (int)n, names);
}

static const phpvm_builtin_t api[] = {
    {"import_py_mod", fn_import_py_mod, 1, 1, "name", 0},
    {"compile_py_mod", fn_compile_py_mod, 2, 2, "name,source", 0},
    {"compile_py_func", fn_compile_py_func, 1, 3, "source,file,line", 0},
    {"embed_py_func", fn_compile_py_func, 1, 3, "source,file,line", 0},
    {"compile_py_func_global", fn_compile_py_func_global, 1, 3, "source,file,line", 0},
    {"embed_py_func_global", fn_compile_py_func_global, 1, 3, "source,file,line", 0},
    {"compile_py_meth", fn_compile_py_meth, 2, 4, "class,source,file,line", 0},
    {"embed_py_meth", fn_compile_py_meth, 2, 4, "class,source,file,line", 0},
    {"call_py_func", fn_call_py_func, 2, 3, "target,args,kwargs", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

void bridge_php_api_init(void) { phpvm_register_builtins(api); }

/*
** mod_contextvars.c: the native `_contextvars` module (modules.h): ContextVar, Token, Context
** and copy_context for one thread. The current context is a dict from variables to values;
** Context.run swaps it for the duration of a call; copy_context snapshots it.
*/
#include <string.h>

#include "pyvm/modules/modules.h"

static pyvm_class_t *var_cls, *token_cls, *context_cls;
static rt_value_t current; /* the running Context */
static rt_value_t missing; /* Token.MISSING */

static rt_str_t *attr(const char *s) { return rt_str_intern_cstr(s); }

/* A Context's mapping (kept in its _vars attribute). */
static rt_map_t *vars_of(rt_value_t ctx)
{
    rt_value_t v = pyvm_getattr(ctx, attr("_vars"));
    return v && pyvm_is_dict(v) ? rt_ptr(v) : NULL;
}

static rt_value_t new_context(rt_map_t *vars)
{
    rt_value_t c = rt_from_ptr(pyvm_instance_new(context_cls));
    return pyvm_setattr(c, attr("_vars"), rt_from_ptr(vars)) ? c : RT_NOVALUE;
}

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

FN(var_init)
{
    static const char *const names[] = {"name", "default", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args("ContextVar", a, n, kw, names, 1, v))
        return RT_NOVALUE;
    if (!pyvm_is_str(v[0]))
        return rt_raise(RT_EXC_TYPE, "context variable name must be a str");
    if (!pyvm_setattr(self, attr("name"), v[0]))
        return RT_NOVALUE;
    return !v[1] || pyvm_setattr(self, attr("_default"), v[1]) ? rt_none : RT_NOVALUE;
}

FN(var_get)
{
    (void)kw;
    rt_map_t *vars = vars_of(current);
    if (!vars)
        return RT_NOVALUE;
    rt_value_t v = pyvm_dict_get(vars, self);
    if (v || rt_exc_pending())
        return v;
    if (n)
        return a[0];
    v = pyvm_getattr_opt(self, attr("_default"));
    if (v || rt_exc_pending())
        return v;
    return rt_exc_set(pyvm_exc_new(pyvm_exc_LookupError, &self, 1));
}

FN(var_set)
{
    (void)n, (void)kw;
    rt_map_t *vars = vars_of(current);
    if (!vars)
        return RT_NOVALUE;
    rt_value_t old = pyvm_dict_get(vars, self);
    if (!old && rt_exc_pending())
        return RT_NOVALUE;
    rt_value_t tok = rt_from_ptr(pyvm_instance_new(token_cls));
    if (!pyvm_setattr(tok, attr("var"), self) ||
        !pyvm_setattr(tok, attr("old_value"), old ? old : missing) ||
        !pyvm_setattr(tok, attr("_context"), current) || !pyvm_dict_set(vars, self, a[0]))
        return RT_NOVALUE;
    return tok;
}

FN(var_reset)
{
    (void)n, (void)kw;
    rt_value_t var = pyvm_getattr(a[0], attr("var"));
    rt_value_t old = var ? pyvm_getattr(a[0], attr("old_value")) : RT_NOVALUE;
    rt_value_t ctx = old ? pyvm_getattr(a[0], attr("_context")) : RT_NOVALUE;
    if (!ctx)
        return RT_NOVALUE;
    if (var != self)
        return rt_raise(RT_EXC_VALUE, "Token was created by a different ContextVar");
    if (ctx != current)
        return rt_raise(RT_EXC_VALUE, "Token was created in a different Context");
    rt_map_t *vars = vars_of(current);
    if (!vars)
        return RT_NOVALUE;
    if (old == missing)
        return pyvm_dict_del(vars, self) >= 0 ? rt_none : RT_NOVALUE;
    return pyvm_dict_set(vars, self, old) ? rt_none : RT_NOVALUE;
}

static const pyvm_cfunc_def_t var_methods[] = {
    {"__init__", var_init, 0, -1, PYVM_CFUNC_METHOD, 1},
    {"get", var_get, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"set", var_set, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"reset", var_reset, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* Context(): empty; ctx.run(f, *args) with ctx current; mapping reads of its variables. */
FN(ctx_init)
{
    (void)a, (void)kw;
    if (n)
        return rt_raise(RT_EXC_TYPE, "Context() does not accept any arguments");
    return pyvm_setattr(self, attr("_vars"), rt_from_ptr(pyvm_dict_new())) ? rt_none : RT_NOVALUE;
}

FN(ctx_run)
{
    if (!n)
        return rt_raise(RT_EXC_TYPE, "run() missing 1 required positional argument");
    rt_value_t saved = current;
    current = self;
    rt_value_t r = pyvm_call(a[0], a + 1, n - 1, kw);
    current = saved;
    return r;
}

FN(ctx_copy)
{
    (void)a, (void)n, (void)kw;
    rt_map_t *vars = vars_of(self);
    return vars ? new_context(rt_map_copy(vars)) : RT_NOVALUE;
}

FN(ctx_get)
{
    (void)kw;
    rt_map_t *vars = vars_of(self);
    rt_value_t v = vars ? pyvm_dict_get(vars, a[0]) : RT_NOVALUE;
    return v || rt_exc_pending() || !vars ? v : n > 1 ? a[1] : rt_none;
}

FN(ctx_getitem)
{
    (void)n, (void)kw;
    rt_map_t *vars = vars_of(self);
    rt_value_t v = vars ? pyvm_dict_get(vars, a[0]) : RT_NOVALUE;
    return v || rt_exc_pending() || !vars ? v : rt_exc_set(pyvm_exc_new(pyvm_exc_KeyError, a, 1));
}

FN(ctx_len)
{
    (void)a, (void)n, (void)kw;
    rt_map_t *vars = vars_of(self);
    return vars ? rt_small(rt_map_count(vars)) : RT_NOVALUE;
}

FN(ctx_iter)
{
    (void)a, (void)n, (void)kw;
    rt_map_t *vars = vars_of(self);
    return vars ? pyvm_iter(rt_from_ptr(vars)) : RT_NOVALUE;
}

FN(ctx_contains)
{
    (void)n, (void)kw;
    rt_map_t *vars = vars_of(self);
    int r = vars ? pyvm_set_has(vars, a[0]) : -1;
    return r < 0 ? RT_NOVALUE : rt_bool(r);
}

static const pyvm_cfunc_def_t ctx_methods[] = {
    {"__init__", ctx_init, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"run", ctx_run, 0, -1, PYVM_CFUNC_METHOD, 1},
    {"copy", ctx_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"get", ctx_get, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"__getitem__", ctx_getitem, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__len__", ctx_len, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__iter__", ctx_iter, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__contains__", ctx_contains, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

FN(copy_context)
{
    (void)self, (void)a, (void)n, (void)kw;
    return ctx_copy(current, NULL, 0, NULL);
}

static const pyvm_cfunc_def_t cv_functions[] = {
    {"copy_context", copy_context, 0, 0, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static pyvm_class_t *make_class(const char *name, const pyvm_cfunc_def_t *defs)
{
    pyvm_class_t *c = pyvm_type_new_builtin(name, NULL, pyvm_cls_object);
    pyvm_type_setattr(c, pyvm_name(module), pyvm_str_cstr("_contextvars"));
    pyvm_cfunc_install(c, defs);
    return c;
}

rt_map_t *pyvm_mod_contextvars_dict(void)
{
    if (!var_cls) {
        static pyvm_class_t **const roots[] = {&var_cls, &token_cls, &context_cls};
        for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
            gc_root_add(roots[i], 1);
        gc_root_add(&current, 1);
        gc_root_add(&missing, 1);
        var_cls = make_class("ContextVar", var_methods);
        token_cls = make_class("Token", cv_functions + 1);
        context_cls = make_class("Context", ctx_methods);
        missing = rt_from_ptr(pyvm_instance_new(make_class("_Missing", cv_functions + 1)));
        pyvm_type_setattr(token_cls, attr("MISSING"), missing);
        current = new_context(pyvm_dict_new());
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, cv_functions);
    pyvm_mod_put(d, "ContextVar", rt_from_ptr(var_cls));
    pyvm_mod_put(d, "Token", rt_from_ptr(token_cls));
    pyvm_mod_put(d, "Context", rt_from_ptr(context_cls));
    return d;
}

/*
** obj_func.c: callables and their helpers (object.h): Python functions (code + globals +
** defaults + closure), bound methods, builtin functions (a static definition plus an optional
** bound self), cells, property / staticmethod / classmethod, code objects (generators are in
** obj_gen.c).
*/
#include <string.h>

#include "pyvm/code.h"

/* ---- Builtin functions ---- */

static void cfunc_trace(gc_tracer_t *tracer, void *obj)
{
    pyvm_cfunc_t *c = obj;
    gc_visit(tracer, c->self);
    gc_visit_ptr(tracer, c->name);
    gc_visit_ptr(tracer, c->owner);
}

rt_type_t pyvm_type_cfunc = RT_TYPE_INIT("builtin_function_or_method", cfunc_trace, NULL, 0);

rt_value_t pyvm_cfunc_new(const pyvm_cfunc_def_t *def, rt_value_t self)
{
    pyvm_cfunc_t *c = rt_alloc(&pyvm_type_cfunc, sizeof *c);
    c->def = def;
    c->self = self;
    c->name = rt_str_intern_cstr(def->name);
    return rt_from_ptr(c);
}

rt_value_t pyvm_cfunc_bind(pyvm_cfunc_t *c, rt_value_t self)
{
    rt_value_t b = pyvm_cfunc_new(c->def, self);
    ((pyvm_cfunc_t *)rt_ptr(b))->owner = c->owner;
    return b;
}

static void install(rt_map_t *dict, const pyvm_cfunc_def_t *defs, pyvm_class_t *owner)
{
    for (; defs->name; defs++) {
        rt_value_t f = pyvm_cfunc_new(defs, RT_NOVALUE);
        ((pyvm_cfunc_t *)rt_ptr(f))->owner = owner;
        rt_map_set_str(dict, rt_str_intern_cstr(defs->name), f);
    }
}

void pyvm_cfunc_install_dict(rt_map_t *dict, const pyvm_cfunc_def_t *defs)
{
    install(dict, defs, NULL);
}

void pyvm_cfunc_install(pyvm_class_t *cls, const pyvm_cfunc_def_t *defs)
{
    pyvm_type_epoch++;
    install(cls->dict, defs, cls->builtin && cls != pyvm_cls_object ? cls : NULL);
}

bool pyvm_check_nargs(const char *name, size_t nargs, int min, int max)
{
    if ((int64_t)nargs >= min && (max < 0 || (int64_t)nargs <= max))
        return true;
    if (min == max) /* Argument Clinic's wording */
        rt_raise(RT_EXC_TYPE, "%s expected %d argument%s, got %zu", name, min,
                 min == 1 ? "" : "s", nargs);
    else if ((int64_t)nargs < min)
        rt_raise(RT_EXC_TYPE, "%s expected at least %d argument%s, got %zu", name, min,
                 min == 1 ? "" : "s", nargs);
    else
        rt_raise(RT_EXC_TYPE, "%s expected at most %d argument%s, got %zu", name, max,
                 max == 1 ? "" : "s", nargs);
    return false;
}

bool pyvm_no_kwargs(const char *name, rt_tuple_t *kwnames)
{
    if (!kwnames || rt_tuple_len(kwnames) == 0)
        return true;
    rt_raise(RT_EXC_TYPE, "%s() takes no keyword arguments", name);
    return false;
}

bool pyvm_parse_args(const char *fn, const rt_value_t *args, size_t nargs, rt_tuple_t *kwnames,
                     const char *const *names, size_t nrequired, rt_value_t *out)
{
    size_t nnames = 0;
    while (names[nnames])
        nnames++;
    if (nargs > nnames)
        return pyvm_check_nargs(fn, nargs, (int)nrequired, (int)nnames);
    for (size_t i = 0; i < nnames; i++)
        out[i] = i < nargs ? args[i] : RT_NOVALUE;
    for (int64_t k = 0; kwnames && k < rt_tuple_len(kwnames); k++) {
        const char *kn = pyvm_str_of(rt_tuple_get(kwnames, k))->data;
        size_t i = 0;
        while (i < nnames && strcmp(names[i], kn) != 0)
            i++;
        if (i == nnames) {
            rt_raise(RT_EXC_TYPE, "%s() got an unexpected keyword argument '%s'", fn, kn);
            return false;
        }
        if (out[i]) {
            rt_raise(RT_EXC_TYPE, "argument for %s() given by name ('%s') and position (%zu)",
                     fn, kn, i + 1);
            return false;
        }
        out[i] = args[nargs + (size_t)k];
    }
    for (size_t i = 0; i < nrequired; i++) {
        if (!out[i]) {
            rt_raise(RT_EXC_TYPE, "%s() missing required argument '%s' (pos %zu)", fn, names[i],
                     i + 1);
            return false;
        }
    }
    return true;
}

static rt_value_t cfunc_call(rt_value_t f, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kwnames)
{
    pyvm_cfunc_t *c = rt_ptr(f);
    const pyvm_cfunc_def_t *d = c->def;
    rt_value_t self = c->self;
    if (!self && (d->flags & PYVM_CFUNC_METHOD)) {
        if (nargs == 0)
            return rt_raise(RT_EXC_TYPE, "unbound method %s() needs an argument", d->name);
        self = args[0];
        args++;
        nargs--;
    }
    if (c->owner && !(d->flags & PYVM_CFUNC_RAW_SELF))
        self = pyvm_unwrap(self);
    if (kwnames && !d->kwargs && !pyvm_no_kwargs(d->name, kwnames))
        return RT_NOVALUE;
    bool count_ok =
        (int64_t)nargs >= d->min_args && (d->max_args < 0 || (int64_t)nargs <= d->max_args);
    if (!count_ok && d->min_args == 1 && d->max_args == 1) /* CPython's METH_O wording */
        return rt_raise(RT_EXC_TYPE, "%s() takes exactly one argument (%zu given)", d->name,
                        nargs);
    if (!count_ok && (d->flags & PYVM_CFUNC_TUPLE_ARGS)) {
        bool few = nargs < (size_t)d->min_args;
        int k = few ? d->min_args : d->max_args;
        return rt_raise(RT_EXC_TYPE, "%s() takes at %s %d argument%s (%zu given)", d->name,
                        few ? "least" : "most", k, k == 1 ? "" : "s", nargs);
    }
    if (!count_ok && !pyvm_check_nargs(d->name, nargs, d->min_args, d->max_args))
        return RT_NOVALUE;
    return d->fn(self, args, nargs, kwnames);
}

static rt_value_t cfunc_repr(rt_value_t f)
{
    pyvm_cfunc_t *c = rt_ptr(f);
    char buf[200];
    if (c->self)
        snprintf(buf, sizeof buf, "<built-in method %s of %s object at %#lx>", c->def->name,
                 pyvm_type_name(c->self), (unsigned long)c->self);
    else
        snprintf(buf, sizeof buf, "<built-in function %s>", c->def->name);
    return pyvm_str_cstr(buf);
}

static rt_value_t cfunc_getattr(rt_value_t f, rt_str_t *name)
{
    pyvm_cfunc_t *c = rt_ptr(f);
    if (name == pyvm_name(name) || name == pyvm_name(qualname))
        return rt_from_ptr(c->name);
    if (name == pyvm_name(objclass) && c->self)
        return c->self;
    /* __self__: the bound object; a class's static __new__ is bound to its class (copyreg
    ** compares them); a module-level function's is None here. */
    if (strcmp(name->data, "__self__") == 0)
        return c->self ? c->self
               : (c->def->flags & PYVM_CFUNC_STATIC) && c->owner ? rt_from_ptr(c->owner)
                                                                  : rt_none;
    return pyvm_generic_getattr(f, name);
}

/* __reduce__ for pickle: a module's function pickles by name (pickle finds its module); a
** method as getattr(its object or class, name), as CPython's builtin methods and descriptors. */
static rt_value_t cfunc_reduce(rt_value_t f, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    pyvm_cfunc_t *c = rt_ptr(f);
    rt_value_t on = c->self ? c->self : c->owner ? rt_from_ptr(c->owner) : RT_NOVALUE;
    if (!on || pyvm_type_of(on) == pyvm_cls_module)
        return rt_from_ptr(c->name);
    rt_value_t args[2] = {on, rt_from_ptr(rt_str_intern_cstr(c->def->name))};
    rt_value_t r[2] = {rt_map_get_str(pyvm_builtins, rt_str_intern_cstr("getattr")),
                       pyvm_tuple_from(args, 2)};
    return pyvm_tuple_from(r, 2);
}

static const pyvm_cfunc_def_t cfunc_methods[] = {
    {"__reduce__", cfunc_reduce, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t cfunc_slots = {
    .cls = &pyvm_cls_builtin_function_or_method,
    .repr = cfunc_repr,
    .getattr = cfunc_getattr,
    .call = cfunc_call,
};

/* ---- Python functions ---- */

static void func_trace(gc_tracer_t *tracer, void *obj)
{
    pyvm_func_t *f = obj;
    gc_visit_ptr(tracer, f->code);
    gc_visit_ptr(tracer, f->globals);
    gc_visit_ptr(tracer, f->defaults);
    gc_visit_ptr(tracer, f->kwdefaults);
    gc_visit_ptr(tracer, f->closure);
    gc_visit_ptr(tracer, f->name);
    gc_visit_ptr(tracer, f->qualname);
    gc_visit_ptr(tracer, f->dict);
}

rt_type_t pyvm_type_func = RT_TYPE_INIT("function", func_trace, NULL, 0);

static rt_value_t func_call(rt_value_t f, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kwnames)
{
    return pyvm_interp_call(rt_ptr(f), args, nargs, kwnames);
}

static rt_value_t func_repr(rt_value_t f)
{
    pyvm_func_t *fn = rt_ptr(f);
    char buf[300];
    snprintf(buf, sizeof buf, "<function %s at %#lx>", fn->qualname->data, (unsigned long)f);
    return pyvm_str_cstr(buf);
}

/* The function attributes kept in the function object itself (not its __dict__). */
static rt_value_t func_builtin_attr(pyvm_func_t *fn, const char *n)
{
    if (strcmp(n, "__code__") == 0)
        return rt_from_ptr(fn->code);
    if (strcmp(n, "__globals__") == 0)
        return rt_from_ptr(fn->globals);
    if (strcmp(n, "__builtins__") == 0)
        return rt_from_ptr(pyvm_builtins);
    if (strcmp(n, "__defaults__") == 0)
        return fn->defaults ? rt_from_ptr(fn->defaults) : rt_none;
    if (strcmp(n, "__kwdefaults__") == 0)
        return fn->kwdefaults ? rt_from_ptr(fn->kwdefaults) : rt_none;
    if (strcmp(n, "__closure__") == 0)
        return fn->closure ? rt_from_ptr(fn->closure) : rt_none;
    if (strcmp(n, "__module__") == 0) {
        rt_value_t m = pyvm_dict_get_str(fn->globals, pyvm_name(name));
        return m ? m : rt_none;
    }
    return RT_NOVALUE;
}

static rt_value_t func_getattr(rt_value_t f, rt_str_t *name)
{
    pyvm_func_t *fn = rt_ptr(f);
    if (name == pyvm_name(name))
        return rt_from_ptr(fn->name);
    if (name == pyvm_name(qualname))
        return rt_from_ptr(fn->qualname);
    if (name == pyvm_name(dict) || (name == pyvm_name(annotations) && !fn->dict)) {
        if (!fn->dict)
            RT_STORE(fn, dict, pyvm_dict_new());
        if (name == pyvm_name(dict))
            return rt_from_ptr(fn->dict);
    }
    if (fn->dict) {
        rt_value_t v = rt_map_get_str(fn->dict, name);
        if (v)
            return v;
        if (name == pyvm_name(annotations)) {
            rt_map_set_str(fn->dict, name, rt_from_ptr(pyvm_dict_new()));
            return rt_map_get_str(fn->dict, name);
        }
    }
    if (name == pyvm_name(doc))
        return fn->code->doc ? fn->code->doc : rt_none;
    rt_value_t v = name->data[0] == '_' ? func_builtin_attr(fn, name->data) : RT_NOVALUE;
    return v ? v : pyvm_generic_getattr(f, name);
}

/* function.__code__ / __globals__ read on the class: descriptors (types.GetSetDescriptorType). */
static rt_value_t func_code_get(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    return pyvm_getattr(a[0], rt_str_intern_cstr("__code__"));
}

static rt_value_t func_globals_get(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    return pyvm_getattr(a[0], rt_str_intern_cstr("__globals__"));
}

/* function.__get__(obj, type=None): the method bound to obj, or the function itself. */
static rt_value_t func_get(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    return a[0] == rt_none ? self : pyvm_method_new(self, a[0]);
}

/* f.__call__(...): the call itself (CPython's method-wrapper), on functions, methods and
** builtins, so that f.__call__.__call__(...) works too. */
static rt_value_t call_self(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    return pyvm_call(self, a, n, kw);
}

static const pyvm_cfunc_def_t call_methods[] = {
    {"__call__", call_self, 0, -1, PYVM_CFUNC_METHOD, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t func_methods[] = {
    {"__get__", func_get, 1, 2, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t func_descr_getters[] = {
    {"__code__", func_code_get, 1, 1, 0, 0},
    {"__globals__", func_globals_get, 1, 1, 0, 0},
};

static bool func_setattr(rt_value_t f, rt_str_t *name, rt_value_t v)
{
    pyvm_func_t *fn = rt_ptr(f);
    if (name == pyvm_name(name) && v && pyvm_is_str(v)) {
        RT_STORE(fn, name, (rt_str_t *)rt_ptr(v));
        return true;
    }
    if (name == pyvm_name(qualname) && v && pyvm_is_str(v)) {
        RT_STORE(fn, qualname, (rt_str_t *)rt_ptr(v));
        return true;
    }
    if (strcmp(name->data, "__code__") == 0 && v && rt_is_ptr(v) &&
        rt_value_type(v) == rt_obj_type(fn->code)) {
        pyvm_code_t *c = rt_ptr(v);
        if (c->nfree != fn->code->nfree) {
            rt_raise(RT_EXC_VALUE, "%s() requires a code object with %u free vars, not %u",
                     fn->name->data, fn->code->nfree, c->nfree);
            return false;
        }
        RT_STORE(fn, code, c);
        return true;
    }
    if (strcmp(name->data, "__defaults__") == 0) {
        if (v && v != rt_none && !pyvm_is_tuple(v)) {
            rt_raise(RT_EXC_TYPE, "__defaults__ must be set to a tuple object");
            return false;
        }
        RT_STORE(fn, defaults, v && v != rt_none ? (rt_tuple_t *)rt_ptr(v) : NULL);
        return true;
    }
    if (strcmp(name->data, "__kwdefaults__") == 0) {
        if (v && v != rt_none && !pyvm_is_dict(v)) {
            rt_raise(RT_EXC_TYPE, "__kwdefaults__ must be set to a dict object");
            return false;
        }
        RT_STORE(fn, kwdefaults, v && v != rt_none ? (rt_map_t *)rt_ptr(v) : NULL);
        return true;
    }
    if (!fn->dict)
        RT_STORE(fn, dict, pyvm_dict_new());
    if (v)
        rt_map_set_str(fn->dict, rt_str_intern(name), v);
    else
        rt_map_del_str(fn->dict, name);
    return true;
}

static const rt_pyslots_t func_slots = {
    .cls = &pyvm_cls_function,
    .repr = func_repr,
    .getattr = func_getattr,
    .setattr = func_setattr,
    .call = func_call,
};

/* ---- Bound methods ---- */

static void method_trace(gc_tracer_t *tracer, void *obj)
{
    pyvm_method_t *m = obj;
    gc_visit(tracer, m->func);
    gc_visit(tracer, m->self);
}

rt_type_t pyvm_type_method = RT_TYPE_INIT("method", method_trace, NULL, 0);

rt_value_t pyvm_method_new(rt_value_t func, rt_value_t self)
{
    pyvm_method_t *m = rt_alloc(&pyvm_type_method, sizeof *m);
    m->func = func;
    m->self = self;
    return rt_from_ptr(m);
}

rt_value_t *pyvm_args_prepend(rt_value_t self, const rt_value_t *args, size_t nargs,
                              rt_tuple_t *kwnames, rt_value_t buf[PYVM_ARGBUF])
{
    size_t total = nargs + (kwnames ? (size_t)rt_tuple_len(kwnames) : 0);
    if (total + 1 <= PYVM_ARGBUF) {
        buf[0] = self;
        if (total)
            memcpy(buf + 1, args, total * sizeof *args);
        return buf;
    }
    rt_vec_t *big = pyvm_list_new((int64_t)total + 1);
    rt_vec_append(big, self);
    for (size_t i = 0; i < total; i++)
        rt_vec_append(big, args[i]);
    return rt_vec_items(big); /* the store stays reachable from the caller's C stack */
}

static rt_value_t method_call(rt_value_t f, const rt_value_t *args, size_t nargs,
                              rt_tuple_t *kwnames)
{
    pyvm_method_t *m = rt_ptr(f);
    rt_value_t buf[PYVM_ARGBUF];
    rt_value_t *a = pyvm_args_prepend(m->self, args, nargs, kwnames, buf);
    return pyvm_call(m->func, a, nargs + 1, kwnames);
}

static rt_value_t method_repr(rt_value_t f)
{
    pyvm_method_t *m = rt_ptr(f);
    rt_value_t r = pyvm_repr(m->self);
    if (!r)
        return r;
    rt_value_t qn = pyvm_getattr(m->func, pyvm_name(qualname));
    if (!qn)
        return qn;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    rt_strbuf_appendf(&b, "<bound method %s of %s>", pyvm_str_of(qn)->data, pyvm_str_of(r)->data);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t method_getattr(rt_value_t f, rt_str_t *name)
{
    pyvm_method_t *m = rt_ptr(f);
    if (name == pyvm_name(func))
        return m->func;
    if (name == pyvm_name(objclass))
        return m->self;
    if (name == pyvm_name(call)) /* the bound method's own call, with self */
        return pyvm_generic_getattr(f, name);
    return pyvm_getattr(m->func, name);
}

static rt_value_t method_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if ((op != PYVM_EQ && op != PYVM_NE) || !rt_is_ptr(b) ||
        rt_value_type(b) != &pyvm_type_method)
        return pyvm_notimpl;
    pyvm_method_t *x = rt_ptr(a), *y = rt_ptr(b);
    bool eq = x->func == y->func && x->self == y->self;
    return rt_bool(eq == (op == PYVM_EQ));
}

/* Equal bound methods hash alike: the identity of self (never its __hash__) mixed with the
** function's hash, as CPython's meth_hash. */
static bool method_hash(rt_value_t v, int64_t *out)
{
    pyvm_method_t *m = rt_ptr(v);
    int64_t h;
    if (!pyvm_hash(m->func, &h))
        return false;
    *out = (int64_t)(m->self >> 4) ^ h;
    if (*out == -1)
        *out = -2;
    return true;
}

static const rt_pyslots_t method_slots = {
    .cls = &pyvm_cls_method,
    .repr = method_repr,
    .getattr = method_getattr,
    .call = method_call,
    .richcmp = method_richcmp,
    .hash = method_hash,
};

/* ---- Cells ---- */

static void cell_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit(tracer, ((pyvm_cell_t *)obj)->value);
}

rt_type_t pyvm_type_cell = RT_TYPE_INIT("cell", cell_trace, NULL, 0);
/* cell.cell_contents: the value, or ValueError for an empty cell. */
static rt_value_t cell_getattr(rt_value_t self, rt_str_t *name)
{
    if (strcmp(name->data, "cell_contents") == 0) {
        rt_value_t v = ((pyvm_cell_t *)rt_ptr(self))->value;
        return v ? v : rt_raise(RT_EXC_VALUE, "Cell is empty");
    }
    return pyvm_generic_getattr(self, name);
}

static const rt_pyslots_t cell_slots = {.cls = &pyvm_cls_cell, .getattr = cell_getattr};

pyvm_cell_t *pyvm_cell_new(rt_value_t v)
{
    pyvm_cell_t *c = rt_alloc(&pyvm_type_cell, sizeof *c);
    c->value = v;
    return c;
}

/* ---- property, staticmethod, classmethod ---- */

static void descr_trace(gc_tracer_t *tracer, void *obj)
{
    pyvm_descr_t *d = obj;
    gc_visit(tracer, d->get);
    gc_visit(tracer, d->set);
    gc_visit(tracer, d->del);
    gc_visit(tracer, d->doc);
    gc_visit(tracer, d->name);
}

rt_type_t pyvm_type_property = RT_TYPE_INIT("property", descr_trace, NULL, 0);
rt_type_t pyvm_type_staticmethod = RT_TYPE_INIT("staticmethod", descr_trace, NULL, 0);
rt_type_t pyvm_type_classmethod = RT_TYPE_INIT("classmethod", descr_trace, NULL, 0);

static rt_value_t descr_new(rt_type_t *t, rt_value_t get, rt_value_t set, rt_value_t del)
{
    pyvm_descr_t *d = rt_alloc(t, sizeof *d);
    d->get = get;
    d->set = set;
    d->del = del;
    d->doc = rt_none;
    return rt_from_ptr(d);
}

rt_value_t pyvm_property_new(rt_value_t get)
{
    return descr_new(&pyvm_type_property, get, rt_none, rt_none);
}

static rt_value_t property_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                                rt_tuple_t *kw)
{
    (void)cls;
    rt_value_t parts[3] = {rt_none, rt_none, rt_none};
    if (!pyvm_check_nargs("property", nargs, 0, 4))
        return RT_NOVALUE;
    rt_value_t doc = nargs == 4 ? args[3] : rt_none;
    for (size_t i = 0; i < nargs && i < 3; i++)
        parts[i] = args[i];
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++) {
        rt_str_t *n = rt_ptr(rt_tuple_get(kw, k));
        int idx = strcmp(n->data, "fget") == 0 ? 0 : strcmp(n->data, "fset") == 0 ? 1
                  : strcmp(n->data, "fdel") == 0 ? 2 : -1;
        if (idx >= 0)
            parts[idx] = args[nargs + (size_t)k];
        else if (strcmp(n->data, "doc") == 0)
            doc = args[nargs + (size_t)k];
    }
    rt_value_t p = descr_new(&pyvm_type_property, parts[0], parts[1], parts[2]);
    ((pyvm_descr_t *)rt_ptr(p))->doc = doc;
    return p;
}

static rt_value_t wrap_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kw)
{
    if (!pyvm_no_kwargs(cls->name->data, kw) ||
        !pyvm_check_nargs(cls->name->data, nargs, 1, 1))
        return RT_NOVALUE;
    rt_type_t *t = cls == pyvm_cls_staticmethod ? &pyvm_type_staticmethod : &pyvm_type_classmethod;
    return descr_new(t, args[0], rt_none, rt_none);
}

static rt_value_t prop_with(rt_value_t self, int which, rt_value_t f)
{
    pyvm_descr_t *p = rt_ptr(self);
    rt_value_t parts[3] = {p->get, p->set, p->del};
    parts[which] = f;
    rt_value_t copy = descr_new(&pyvm_type_property, parts[0], parts[1], parts[2]);
    ((pyvm_descr_t *)rt_ptr(copy))->name = p->name;
    ((pyvm_descr_t *)rt_ptr(copy))->doc = p->doc; /* None: still the getter's docstring */
    return copy;
}

static rt_value_t prop_set_name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)kw;
    if (n != 2)
        return rt_raise(RT_EXC_TYPE, "__set_name__() takes 2 positional arguments but %zu were "
                        "given", n);
    RT_STORE((pyvm_descr_t *)rt_ptr(self), name, a[1]);
    return rt_none;
}

rt_value_t pyvm_classmethod_bind(rt_value_t cm, rt_value_t cls)
{
    rt_value_t f = ((pyvm_descr_t *)rt_ptr(cm))->get;
    if (rt_is_ptr(f) && (rt_obj_type(rt_ptr(f)) == &pyvm_type_property ||
                         (rt_value_type(f) == &pyvm_type_instance &&
                          pyvm_type_lookup(pyvm_type_of(f), pyvm_name(get)))))
        return pyvm_bind(f, cls, rt_ptr(cls));
    return pyvm_method_new(f, cls);
}

rt_value_t pyvm_property_missing(rt_value_t p, rt_value_t obj, const char *what)
{
    rt_value_t name = ((pyvm_descr_t *)rt_ptr(p))->name;
    rt_str_t *owner = pyvm_type_of(obj)->qualname;
    if (name && pyvm_is_str(name)) {
        rt_value_t r = pyvm_repr(name);
        return r ? rt_raise(RT_EXC_ATTRIBUTE, "property %s of '%s' object has no %s",
                            pyvm_str_of(r)->data, owner->data, what)
                 : RT_NOVALUE;
    }
    return rt_raise(RT_EXC_ATTRIBUTE, "property of '%s' object has no %s", owner->data, what);
}

static rt_value_t prop_getter(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    return prop_with(self, 0, a[0]);
}
static rt_value_t prop_setter(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    return prop_with(self, 1, a[0]);
}
static rt_value_t prop_deleter(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    return prop_with(self, 2, a[0]);
}

/* descr.__get__(obj, type=None): what attribute access on obj (None: on the class) gives. */
static rt_value_t descr_get(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)kw;
    rt_value_t obj = a[0], owner = n > 1 ? a[1] : rt_none;
    const rt_type_t *t = rt_value_type(self);
    if (owner == rt_none || !rt_is_ptr(owner) || rt_obj_type(rt_ptr(owner)) != &pyvm_type_class)
        owner = obj == rt_none ? rt_none : rt_from_ptr(pyvm_type_of(obj));
    if (t == &pyvm_type_property && obj == rt_none)
        return self;
    if (t == &pyvm_type_classmethod)
        return pyvm_classmethod_bind(self, owner);
    return pyvm_bind(self, obj, owner == rt_none ? pyvm_cls_object : rt_ptr(owner));
}

/* property.__set__(obj, v) / __delete__(obj): the setter / deleter, or AttributeError. */
static rt_value_t prop_set(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)kw;
    pyvm_descr_t *p = rt_ptr(self);
    rt_value_t fn = n == 2 ? p->set : p->del;
    if (!fn || fn == rt_none)
        return pyvm_property_missing(self, a[0], n == 2 ? "setter" : "deleter");
    return pyvm_call(fn, a, n, NULL) ? rt_none : RT_NOVALUE;
}

static const pyvm_cfunc_def_t descr_methods[] = {
    {"__get__", descr_get, 1, 2, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t property_methods[] = {
    {"__get__", descr_get, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"__set__", prop_set, 2, 2, PYVM_CFUNC_METHOD, 0},
    {"__delete__", prop_set, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"getter", prop_getter, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"setter", prop_setter, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"deleter", prop_deleter, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__set_name__", prop_set_name, 0, -1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* __isabstractmethod__: whether the wrapped function (a property: any of its three) says it
** is abstract, as a bool. */
static rt_value_t descr_isabstract(pyvm_descr_t *d, bool property)
{
    rt_value_t parts[3] = {d->get, property ? d->set : RT_NOVALUE, property ? d->del : RT_NOVALUE};
    for (int i = 0; i < 3; i++) {
        if (!parts[i] || parts[i] == rt_none)
            continue;
        rt_value_t v = pyvm_getattr_opt(parts[i], pyvm_name(isabstractmethod));
        int t = v ? pyvm_truth(v) : rt_exc_pending() ? -1 : 0;
        if (t)
            return t < 0 ? RT_NOVALUE : rt_true;
    }
    return rt_false;
}

static rt_value_t descr_getattr(rt_value_t self, rt_str_t *name)
{
    pyvm_descr_t *d = rt_ptr(self);
    if (name == pyvm_name(func) || name == pyvm_name(fget))
        return d->get;
    if (name == pyvm_name(fset))
        return d->set;
    if (strcmp(name->data, "fdel") == 0 && rt_value_type(self) == &pyvm_type_property)
        return d->del;
    if (name == pyvm_name(wrapped) && rt_value_type(self) != &pyvm_type_property)
        return d->get;
    if (name == pyvm_name(doc) && d->doc == rt_none && d->get && d->get != rt_none)
        return pyvm_getattr(d->get, name);
    if (name == pyvm_name(doc))
        return d->doc;
    if (name == pyvm_name(isabstractmethod))
        return descr_isabstract(d, rt_value_type(self) == &pyvm_type_property);
    return pyvm_generic_getattr(self, name);
}

/* Only __doc__ can be set on a property, staticmethod or classmethod. */
static bool descr_setattr(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    if (name == pyvm_name(doc)) {
        RT_STORE((pyvm_descr_t *)rt_ptr(self), doc, v ? v : rt_none);
        return true;
    }
    rt_raise(RT_EXC_ATTRIBUTE, "'%s' object attribute '%s' is read-only", pyvm_type_name(self),
             name->data);
    return false;
}

static const rt_pyslots_t property_slots = {
    .cls = &pyvm_cls_property, .getattr = descr_getattr, .setattr = descr_setattr};
/* A staticmethod object is callable itself (Python 3.10+): it calls the function it wraps. */
static rt_value_t staticmethod_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                                   rt_tuple_t *kwnames)
{
    return pyvm_call(((pyvm_descr_t *)rt_ptr(self))->get, args, nargs, kwnames);
}

static const rt_pyslots_t staticmethod_slots = {.cls = &pyvm_cls_staticmethod,
                                                .getattr = descr_getattr,
                                                .setattr = descr_setattr,
                                                .call = staticmethod_call};
static const rt_pyslots_t classmethod_slots = {
    .cls = &pyvm_cls_classmethod, .getattr = descr_getattr, .setattr = descr_setattr};

/* The co_* attributes inspect, traceback and logging read. */
static rt_value_t code_getattr(rt_value_t self, rt_str_t *name)
{
    pyvm_code_t *c = rt_ptr(self);
    const char *n = name->data;
    if (strcmp(n, "co_filename") == 0)
        return c->base.filename ? rt_from_ptr(c->base.filename) : pyvm_str_cstr("");
    if (strcmp(n, "co_name") == 0)
        return rt_from_ptr(c->base.name);
    if (strcmp(n, "co_qualname") == 0)
        return rt_from_ptr(c->base.qualname);
    if (strcmp(n, "co_firstlineno") == 0)
        return rt_small(c->base.firstline);
    if (strcmp(n, "co_argcount") == 0)
        return rt_small(c->argcount);
    if (strcmp(n, "co_posonlyargcount") == 0)
        return rt_small(c->posonly);
    if (strcmp(n, "co_kwonlyargcount") == 0)
        return rt_small(c->kwonly);
    if (strcmp(n, "co_nlocals") == 0)
        return rt_small(c->base.nlocals);
    if (strcmp(n, "co_varnames") == 0) {
        /* the named locals from the first parameter on, as CPython orders them (hidden slots,
        ** such as the function itself in slot 0, have empty names) */
        rt_vec_t *names = rt_vec_new(rt_tuple_len(c->varnames));
        for (int64_t i = c->first_arg; i < rt_tuple_len(c->varnames); i++)
            if (pyvm_str_of(rt_tuple_get(c->varnames, i))->len)
                rt_vec_append(names, rt_tuple_get(c->varnames, i));
        return pyvm_tuple_from(rt_vec_items(names), rt_vec_len(names));
    }
    if (strcmp(n, "co_cellvars") == 0 || strcmp(n, "co_freevars") == 0) {
        bool cells = n[3] == 'c';
        uint32_t base = cells ? c->cell_base : c->free_base, count = cells ? c->ncells : c->nfree;
        return pyvm_tuple_from(c->varnames->items + base, count);
    }
    if (strcmp(n, "co_consts") == 0)
        return rt_from_ptr(c->base.consts);
    if (strcmp(n, "co_names") == 0)
        return rt_from_ptr(c->base.names);
    if (strcmp(n, "co_flags") == 0) /* CPython's CO_VARARGS 4, CO_VARKEYWORDS 8, CO_GENERATOR 32,
                                       CO_COROUTINE 128, CO_ASYNC_GENERATOR 512 (neither is a
                                       generator there) */
        return rt_small(((c->pyflags & PYVM_CO_VARARGS) ? 4 : 0) |
                        ((c->pyflags & PYVM_CO_VARKW) ? 8 : 0) |
                        ((c->pyflags & PYVM_CO_ASYNCGEN) ? 512
                         : (c->pyflags & PYVM_CO_COROUTINE) ? 128
                         : (c->pyflags & PYVM_CO_GENERATOR) ? 32 : 0) |
                        ((c->pyflags & PYVM_CO_ITERCORO) ? 0x100 : 0));
    return pyvm_generic_getattr(self, name);
}

/* co_positions(): (line, end line, column, end column) per 2-byte unit of the bytecode, as
** traceback indexes it by tb_lasti // 2; pyvm knows lines, not columns. */
static rt_value_t code_positions(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    pyvm_code_t *c = rt_ptr(self);
    rt_vec_t *out = pyvm_list_new((int64_t)c->base.len / 2 + 1);
    for (uint32_t pc = 0; pc < c->base.len; pc += 2) {
        int32_t line = rt_code_location(&c->base, pc).line;
        rt_value_t l = line ? rt_small(line) : rt_none;
        rt_value_t t[4] = {l, l, rt_none, rt_none};
        rt_vec_append(out, pyvm_tuple_from(t, 4));
    }
    return pyvm_iter(rt_from_ptr(out));
}

/* replace(co_flags=...): a copy of the code object. pyvm can change only what its flags mean
** for the code's callers: CO_ITERABLE_COROUTINE (0x100), which types.coroutine sets so that
** await accepts the generators of a generator function; other changes raise ValueError. */
static rt_value_t code_replace(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    static const char *const names[] = {"co_flags", NULL};
    rt_value_t v[1];
    int64_t want;
    if (!pyvm_parse_args("replace", a, n, kw, names, 0, v) || (v[0] && !pyvm_index_i64(v[0], &want)))
        return RT_NOVALUE;
    pyvm_code_t *c = rt_ptr(self);
    rt_value_t now = code_getattr(self, rt_str_intern_cstr("co_flags"));
    int64_t have = rt_small_value(now);
    if (!v[0] || want == have)
        return self;
    if ((want & ~(int64_t)0x100) != (have & ~(int64_t)0x100) || !(c->pyflags & PYVM_CO_GENERATOR))
        return rt_raise(RT_EXC_VALUE, "code.replace(): pyhyp can only set or clear "
                                      "CO_ITERABLE_COROUTINE of a generator's code");
    size_t size = gc_size_of(c);
    pyvm_code_t *copy = rt_alloc(rt_obj_type(c), size);
    memcpy((char *)copy + sizeof(rt_obj_t), (char *)c + sizeof(rt_obj_t), size - sizeof(rt_obj_t));
    gc_write_barrier(copy);
    copy->pyflags = (want & 0x100) ? c->pyflags | PYVM_CO_ITERCORO : c->pyflags & ~PYVM_CO_ITERCORO;
    return rt_from_ptr(copy);
}

static const pyvm_cfunc_def_t code_methods[] = {
    {"co_positions", code_positions, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"replace", code_replace, 0, 0, PYVM_CFUNC_METHOD, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t code_slots = {.cls = &pyvm_cls_code, .getattr = code_getattr};

/* types.MethodType(function, instance): a bound method. */
static rt_value_t method_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                              rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_no_kwargs("method", kw) || !pyvm_check_nargs("method", nargs, 2, 2))
        return RT_NOVALUE;
    const rt_pyslots_t *s = pyvm_slots(args[0]);
    bool callable = rt_is_ptr(args[0]) &&
                    (rt_value_type(args[0]) == &pyvm_type_instance
                         ? pyvm_type_lookup(pyvm_type_of(args[0]), pyvm_name(call)) != RT_NOVALUE
                         : s && s->call);
    if (!callable)
        return rt_raise(RT_EXC_TYPE, "first argument must be callable");
    if (args[1] == rt_none)
        return rt_raise(RT_EXC_TYPE, "instance must not be None");
    return pyvm_method_new(args[0], args[1]);
}

void pyvm_func_init(void)
{
    pyvm_type_cfunc.py = &cfunc_slots;
    pyvm_type_func.py = &func_slots;
    pyvm_type_method.py = &method_slots;
    pyvm_type_cell.py = &cell_slots;
    pyvm_type_property.py = &property_slots;
    pyvm_type_staticmethod.py = &staticmethod_slots;
    pyvm_type_classmethod.py = &classmethod_slots;
    pyvm_type_code.py = &code_slots;
    pyvm_cls_builtin_function_or_method =
        pyvm_type_new_builtin("builtin_function_or_method", &pyvm_type_cfunc, pyvm_cls_object);
    pyvm_cfunc_install(pyvm_cls_builtin_function_or_method, cfunc_methods);
    pyvm_cls_function = pyvm_type_new_builtin("function", &pyvm_type_func, pyvm_cls_object);
    pyvm_cfunc_install(pyvm_cls_function, func_methods);
    for (size_t i = 0; i < sizeof func_descr_getters / sizeof func_descr_getters[0]; i++)
        rt_map_set_str(pyvm_cls_function->dict, rt_str_intern_cstr(func_descr_getters[i].name),
                       descr_new(&pyvm_type_property,
                                 pyvm_cfunc_new(&func_descr_getters[i], RT_NOVALUE), rt_none,
                                 rt_none));
    pyvm_cls_method = pyvm_type_new_builtin("method", &pyvm_type_method, pyvm_cls_object);
    pyvm_cls_method->ctor = method_ctor;
    pyvm_class_t *const callables[] = {pyvm_cls_function, pyvm_cls_method,
                                       pyvm_cls_builtin_function_or_method};
    for (size_t i = 0; i < sizeof callables / sizeof callables[0]; i++)
        pyvm_cfunc_install(callables[i], call_methods);
    pyvm_cls_cell = pyvm_type_new_builtin("cell", &pyvm_type_cell, pyvm_cls_object);
    pyvm_cls_code = pyvm_type_new_builtin("code", &pyvm_type_code, pyvm_cls_object);
    pyvm_cfunc_install(pyvm_cls_code, code_methods);
    pyvm_cls_property = pyvm_type_new_builtin("property", &pyvm_type_property, pyvm_cls_object);
    pyvm_cls_property->ctor = property_ctor;
    pyvm_cfunc_install(pyvm_cls_property, property_methods);
    pyvm_cls_staticmethod =
        pyvm_type_new_builtin("staticmethod", &pyvm_type_staticmethod, pyvm_cls_object);
    pyvm_cls_staticmethod->ctor = wrap_ctor;
    pyvm_cls_classmethod =
        pyvm_type_new_builtin("classmethod", &pyvm_type_classmethod, pyvm_cls_object);
    pyvm_cls_classmethod->ctor = wrap_ctor;
    /* subclassable, as abc.abstractclassmethod and friends need */
    pyvm_cfunc_install(pyvm_cls_staticmethod, descr_methods);
    pyvm_cfunc_install(pyvm_cls_classmethod, descr_methods);
    pyvm_wrap_install(pyvm_cls_property, false);
    pyvm_wrap_install(pyvm_cls_staticmethod, false);
    pyvm_wrap_install(pyvm_cls_classmethod, false);
}

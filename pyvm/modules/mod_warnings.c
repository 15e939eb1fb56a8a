/*
** mod_warnings.c: the native `_warnings` module (modules.h) that Debian's warnings module and
** importlib's bootstrap use: warn and warn_explicit over the shared `filters` list (tuples of
** action, message regex, category, module regex, lineno, as warnings.filterwarnings makes
** them), with the "error", "ignore", "always", "default", "module" and "once" actions and the
** warning printed to stderr as CPython prints it ("file:line: Category: message" and the source
** line). Repeats of "default"/"module"/"once" warnings are remembered in one registry.
*/
#include <stdio.h>
#include <string.h>

#include "pyvm/modules/modules.h"

static rt_value_t filters, onceregistry, defaultaction, shown;

static rt_str_t *nm(const char *s) { return rt_str_intern_cstr(s); }

/* Whether a compiled regex (or None) matches text from its start. */
static int regex_matches(rt_value_t re, rt_value_t text)
{
    if (re == rt_none)
        return 1;
    rt_value_t m = pyvm_getattr(re, nm("match"));
    rt_value_t r = m ? pyvm_call1(m, text) : RT_NOVALUE;
    return r ? r != rt_none : -1;
}

/* The warnings module's attribute `name` when it is loaded and has it (catch_warnings rebinds
** warnings.filters to a copy, and CPython's _warnings reads it from there), else `own`. */
static rt_value_t warnings_attr(const char *name, rt_value_t own)
{
    rt_value_t mod = pyvm_dict_get_str(pyvm_module_table(), nm("warnings"));
    rt_value_t v = mod ? pyvm_getattr_opt(mod, nm(name)) : RT_NOVALUE;
    rt_exc_clear();
    return v ? v : own;
}

/* The action of the first filter matching the warning, else the default action. */
static rt_value_t action_for(rt_value_t text, pyvm_class_t *cat, rt_value_t module, int64_t line)
{
    rt_value_t current = warnings_attr("filters", filters);
    rt_vec_t *fs = pyvm_is_list(current) ? rt_ptr(current) : NULL;
    for (int64_t i = 0; fs && i < rt_vec_len(fs); i++) {
        rt_value_t f = rt_vec_get(fs, i);
        if (!pyvm_is_tuple(f) || rt_tuple_len(rt_ptr(f)) != 5)
            continue;
        rt_tuple_t *t = rt_ptr(f);
        rt_value_t fcat = rt_tuple_get(t, 2);
        int64_t fline;
        if (!rt_is_ptr(fcat) || rt_obj_type(rt_ptr(fcat)) != &pyvm_type_class ||
            !pyvm_type_is_subclass(cat, rt_ptr(fcat)) ||
            !pyvm_index_i64(rt_tuple_get(t, 4), &fline) || (fline && fline != line))
            continue;
        int a = regex_matches(rt_tuple_get(t, 1), text);
        int b = a > 0 ? regex_matches(rt_tuple_get(t, 3), module) : a;
        if (a < 0 || b < 0)
            return RT_NOVALUE;
        if (a && b)
            return rt_tuple_get(t, 0);
    }
    return warnings_attr("defaultaction", defaultaction);
}

/* Shows the warning: through the warnings module's _showwarnmsg when it is loaded (so
** catch_warnings and a replaced showwarning see it, and its errors propagate), else printed in
** its default format. */
static void show(rt_value_t message, rt_value_t text, pyvm_class_t *cat, rt_value_t filename,
                 int64_t line)
{
    rt_value_t mod = pyvm_dict_get_str(pyvm_module_table(), nm("warnings"));
    rt_value_t hook = mod ? pyvm_getattr_opt(mod, nm("_showwarnmsg")) : RT_NOVALUE;
    rt_value_t wm = hook ? pyvm_getattr_opt(mod, nm("WarningMessage")) : RT_NOVALUE;
    if (wm) { /* what it raises (a showwarning that raises) propagates, as CPython's */
        rt_value_t args[4] = {message, rt_from_ptr(cat), filename, rt_small(line)};
        rt_value_t msg = pyvm_call(wm, args, 4, NULL);
        if (msg)
            pyvm_call1(hook, msg);
        return;
    }
    rt_exc_clear();
    fflush(stdout);
    fprintf(stderr, "%s:%lld: %s: %s\n", pyvm_is_str(filename) ? pyvm_str_of(filename)->data : "?",
            (long long)line, cat->name->data, pyvm_str_of(text)->data);
    rt_value_t lc = pyvm_import(nm("linecache"));
    rt_value_t getline = lc ? pyvm_getattr(lc, nm("getline")) : RT_NOVALUE;
    rt_value_t src = getline ? pyvm_call2(getline, filename, rt_small(line)) : RT_NOVALUE;
    rt_value_t strip = src && pyvm_is_str(src) ? pyvm_getattr(src, nm("strip")) : RT_NOVALUE;
    rt_value_t s = strip ? pyvm_call0(strip) : RT_NOVALUE;
    if (s && pyvm_is_str(s) && pyvm_str_of(s)->len)
        fprintf(stderr, "  %s\n", pyvm_str_of(s)->data);
    rt_exc_clear();
}

/* The common path of warn and warn_explicit; returns None or raises for "error". */
static rt_value_t issue(rt_value_t message, pyvm_class_t *cat, rt_value_t filename, int64_t line,
                        rt_value_t module)
{
    rt_value_t text = pyvm_str(message);
    if (!text)
        return RT_NOVALUE;
    if (!pyvm_is_exc(message)) { /* what showwarning and catch_warnings get: category(text) */
        message = pyvm_exc_new(cat, &message, 1);
        if (!message)
            return RT_NOVALUE;
    }
    rt_value_t action = action_for(text, cat, module, line);
    if (!action)
        return RT_NOVALUE;
    const char *act = pyvm_is_str(action) ? pyvm_str_of(action)->data : "default";
    if (strcmp(act, "error") == 0)
        return rt_exc_set(message);
    if (strcmp(act, "ignore") == 0)
        return rt_none;
    if (strcmp(act, "always") != 0) {
        rt_value_t parts[3] = {text, rt_from_ptr(cat),
                               strcmp(act, "once") == 0 ? rt_small(0)
                               : strcmp(act, "module") == 0 ? module : rt_small(line)};
        rt_value_t key = pyvm_tuple_from(parts, 3);
        if (strcmp(act, "default") == 0) {
            rt_value_t kp[2] = {key, filename};
            key = pyvm_tuple_from(kp, 2);
        }
        int seen = pyvm_set_has(rt_ptr(shown), key);
        if (seen)
            return seen < 0 ? RT_NOVALUE : rt_none;
        if (!pyvm_set_add(rt_ptr(shown), key))
            return RT_NOVALUE;
    }
    show(message, text, cat, filename, line);
    return rt_exc_pending() ? RT_NOVALUE : rt_none;
}

static pyvm_class_t *category_of(rt_value_t message, rt_value_t category)
{
    if (pyvm_is_exc(message))
        return pyvm_type_of(message);
    if (!category || category == rt_none)
        return pyvm_exc_UserWarning;
    if (!rt_is_ptr(category) || rt_obj_type(rt_ptr(category)) != &pyvm_type_class ||
        !pyvm_type_is_subclass(rt_ptr(category), pyvm_exc_Warning)) {
        rt_raise(RT_EXC_TYPE, "category must be a Warning subclass, not '%s'",
                 pyvm_type_name(category));
        return NULL;
    }
    return rt_ptr(category);
}

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* warn(message, category=None, stacklevel=1, source=None) */
FN(w_warn)
{
    (void)self;
    static const char *const names[] = {"message", "category", "stacklevel", "source", NULL};
    rt_value_t v[4];
    int64_t level = 1;
    if (!pyvm_parse_args("warn", a, n, kw, names, 1, v) || (v[2] && !pyvm_index_i64(v[2], &level)))
        return RT_NOVALUE;
    pyvm_class_t *cat = category_of(v[0], v[1]);
    if (!cat)
        return RT_NOVALUE;
    rt_frame_t *f = rt_ts->frame;
    while (f && (f->lang != RT_LANG_PY || --level > 0))
        f = f->prev;
    rt_value_t filename = pyvm_str_cstr("sys"), module = pyvm_str_cstr("sys");
    int64_t line = 1;
    if (f) {
        rt_code_loc_t loc = rt_code_location(f->code, f->pc);
        filename = loc.filename ? rt_from_ptr(loc.filename) : filename;
        line = loc.line;
        rt_value_t fn = f->slots[0];
        if (fn && rt_is_ptr(fn) && rt_obj_type(rt_ptr(fn)) == &pyvm_type_func) {
            rt_value_t mn = pyvm_dict_get_str(((pyvm_func_t *)rt_ptr(fn))->globals, pyvm_name(name));
            module = mn ? mn : module;
        }
    }
    return issue(v[0], cat, filename, line, module);
}

/* warn_explicit(message, category, filename, lineno, module=None, registry=None, ...) */
FN(w_warn_explicit)
{
    (void)self;
    static const char *const names[] = {"message", "category", "filename", "lineno", "module",
                                        "registry", "module_globals", "source", NULL};
    rt_value_t v[8];
    int64_t line;
    if (!pyvm_parse_args("warn_explicit", a, n, kw, names, 4, v) || !pyvm_index_i64(v[3], &line))
        return RT_NOVALUE;
    pyvm_class_t *cat = category_of(v[0], v[1]);
    if (!cat)
        return RT_NOVALUE;
    rt_value_t module = v[4] && v[4] != rt_none ? v[4] : v[2];
    return issue(v[0], cat, v[2], line, module);
}

FN(w_filters_mutated)
{
    (void)self, (void)a, (void)n, (void)kw;
    rt_map_clear(rt_ptr(shown));
    return rt_none;
}

static const pyvm_cfunc_def_t warnings_functions[] = {
    {"warn", w_warn, 1, 4, 0, 1},
    {"warn_explicit", w_warn_explicit, 4, 8, 0, 1},
    {"_filters_mutated", w_filters_mutated, 0, 0, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* The default filters of a release build, as CPython installs them. */
static rt_value_t default_filters(void)
{
    static const struct {
        const char *action;
        pyvm_class_t **cat;
        const char *module; /* NULL: any */
    } rows[] = {
        {"default", &pyvm_exc_DeprecationWarning, "__main__"},
        {"ignore", &pyvm_exc_DeprecationWarning, NULL},
        {"ignore", &pyvm_exc_PendingDeprecationWarning, NULL},
        {"ignore", &pyvm_exc_ImportWarning, NULL},
        {"ignore", &pyvm_exc_ResourceWarning, NULL},
    };
    rt_vec_t *l = pyvm_list_new(5);
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        rt_value_t mod = rt_none;
        if (rows[i].module) {
            rt_value_t re = pyvm_import(nm("re"));
            rt_value_t comp = re ? pyvm_getattr(re, nm("compile")) : RT_NOVALUE;
            mod = comp ? pyvm_call1(comp, pyvm_str_cstr("__main__\\Z")) : RT_NOVALUE;
            if (!mod) {
                rt_exc_clear();
                continue;
            }
        }
        rt_value_t t[5] = {pyvm_str_cstr(rows[i].action), rt_none, rt_from_ptr(*rows[i].cat), mod,
                           rt_small(0)};
        rt_vec_append(l, pyvm_tuple_from(t, 5));
    }
    return rt_from_ptr(l);
}

rt_map_t *pyvm_mod_warnings_dict(void)
{
    if (!filters) {
        static rt_value_t *const roots[] = {&filters, &onceregistry, &defaultaction, &shown};
        for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
            gc_root_add(roots[i], 1);
        shown = rt_from_ptr(pyvm_set_new(&pyvm_type_set));
        onceregistry = rt_from_ptr(pyvm_dict_new());
        defaultaction = pyvm_str_cstr("default");
        filters = default_filters();
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, warnings_functions);
    pyvm_mod_put(d, "filters", filters);
    pyvm_mod_put(d, "_onceregistry", onceregistry);
    pyvm_mod_put(d, "_defaultaction", defaultaction);
    return d;
}

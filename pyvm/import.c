/*
** import.c: Python's import statement (code.h) for the IMPORT_NAME / IMPORT_FROM / IMPORT_STAR
** handlers. A dotted name imports its parents first; each part is looked up in sys.modules, then
** among the native modules (module.c), then as source on the search path (sys.path for top-level
** names, the parent package's __path__ otherwise): DIR/NAME/__init__.py makes a package,
** DIR/NAME.py a module. The module enters sys.modules before its body runs, so circular imports
** see it partially initialised as in CPython, and leaves it again if the body raises. Module
** bodies run through the interpreter's C re-entry (interp.c), so an exception in one unwinds
** through the importing frames and its traceback names them all.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pyvm/code.h"
#include "pyvm/pyvm.h"

/* Names of the modules whose bodies are running: ImportError says "partially initialized". */
static rt_map_t *initializing;

static rt_str_t *str_cat(const char *a, size_t alen, const char *sep, const char *b)
{
    rt_strbuf_t buf;
    rt_strbuf_init(&buf, alen + strlen(b) + 2);
    rt_strbuf_appendf(&buf, "%.*s%s%s", (int)alen, a, sep, b);
    return rt_strbuf_finish(&buf, &rt_type_str);
}

/* Raises cls(message) with the name= and path= attributes CPython's ImportError carries. */
static rt_value_t import_error(pyvm_class_t *cls, rt_str_t *name, rt_value_t path, const char *fmt,
                               ...)
{
    char text[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    rt_value_t msg = pyvm_str_cstr(text);
    rt_value_t exc = pyvm_exc_new(cls, &msg, 1);
    if (!exc)
        return RT_NOVALUE;
    pyvm_exc_put(exc, pyvm_name(name_attr), name ? rt_from_ptr(name) : rt_none);
    pyvm_exc_put(exc, pyvm_name(path_attr), path ? path : rt_none);
    return rt_exc_set(exc);
}

char *pyvm_import_abspath(const char *path)
{
    size_t cap = strlen(path) + 4098, len = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    if (path[0] != '/' && getcwd(buf, cap - strlen(path) - 2))
        len = strcmp(buf, "/") == 0 ? 0 : strlen(buf);
    /* Append each component, dropping "." and empty ones and letting ".." remove the last. */
    for (const char *p = path; *p;) {
        const char *e = strchr(p, '/');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == 2 && p[0] == '.' && p[1] == '.') {
            while (len > 0 && buf[len - 1] != '/')
                len--;
            if (len > 0)
                len--;
        } else if (n > 0 && !(n == 1 && p[0] == '.')) {
            buf[len++] = '/';
            memcpy(buf + len, p, n);
            len += n;
        }
        p += n + (e != NULL);
    }
    if (len == 0)
        buf[len++] = '/';
    buf[len] = 0;
    return buf;
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *pyvm_import_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 14, n = 0;
    char *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + n, 1, cap - n, f)) > 0;) {
        n += got;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    *len = n;
    return buf;
}

pyvm_code_t *pyvm_compile_source(const char *src, size_t len, rt_str_t *file)
{
    pyvm_exc_add_source(file, src, len);
    rt_arena_t arena;
    rt_arena_init(&arena);
    pyvm_syntax_error_t err;
    memset(&err, 0, sizeof err);
    pyvm_ast_node_t *tree = pyvm_parse(&arena, src, len, PYVM_PARSE_FILE, &err);
    pyvm_code_t *code = NULL;
    if (tree)
        code = pyvm_compile_module(tree, file, &err);
    else
        pyvm_compile_parse_error(&err, file);
    rt_arena_free(&arena);
    return code;
}

/* Parses and compiles the file; NULL with SyntaxError (or OSError) pending. */
static pyvm_code_t *compile_file(rt_str_t *file)
{
    size_t len;
    char *src = pyvm_import_read_file(file->data, &len);
    if (!src) {
        rt_raise(RT_EXC_OS, "[Errno 2] No such file or directory: '%s'", file->data);
        return NULL;
    }
    pyvm_code_t *code = pyvm_compile_source(src, len, file);
    free(src);
    return code;
}

rt_value_t pyvm_exec_code(pyvm_code_t *code, rt_map_t *globals)
{
    pyvm_func_t *fn = rt_alloc(&pyvm_type_func, sizeof *fn);
    fn->code = code;
    fn->globals = globals;
    fn->name = code->base.name;
    fn->qualname = code->base.qualname;
    return pyvm_interp_run_module(fn, globals);
}

/* Runs a fresh module's body with `name` registered as initialising. */
static rt_value_t exec_module(rt_str_t *name, pyvm_code_t *code, rt_map_t *globals)
{
    rt_map_set_str(initializing, name, rt_true);
    rt_value_t r = pyvm_exec_code(code, globals);
    rt_map_del_str(initializing, name);
    return r;
}

void (*pyvm_loaded_hook)(rt_str_t *name, rt_value_t module);

/* Loads source `file` as module `name` (a package when `dir` is its directory, else NULL). */
static rt_value_t load_source(rt_str_t *name, rt_str_t *file, rt_str_t *dir)
{
    rt_map_t *modules = pyvm_module_table();
    rt_map_t *g = pyvm_dict_new();
    rt_value_t m = pyvm_module_new(name, g);
    const char *dot = strrchr(name->data, '.');
    rt_str_t *package = dir ? name : rt_str_new(name->data, dot ? (size_t)(dot - name->data) : 0);
    rt_map_set_str(g, pyvm_name(doc), rt_none);
    rt_map_set_str(g, pyvm_name(package), rt_from_ptr(package));
    rt_map_set_str(g, pyvm_name(loader), rt_none);
    rt_map_set_str(g, pyvm_name(spec), rt_none);
    if (dir) {
        rt_vec_t *path = pyvm_list_new(1);
        rt_vec_append(path, rt_from_ptr(dir));
        rt_map_set_str(g, pyvm_name(path), rt_from_ptr(path));
    }
    rt_map_set_str(g, pyvm_name(dunder_file), rt_from_ptr(file));
    pyvm_code_t *code = compile_file(file);
    if (!code || !pyvm_dict_set(modules, rt_from_ptr(name), m))
        return RT_NOVALUE;
    if (!exec_module(name, code, g)) {
        rt_tb_t *tb;
        rt_value_t exc = rt_exc_fetch(&tb);
        pyvm_dict_del(modules, rt_from_ptr(name));
        rt_exc_restore(exc, tb);
        return RT_NOVALUE;
    }
    /* A module may replace itself in sys.modules: the importer gets what is there. */
    rt_value_t now = pyvm_dict_get_str(modules, name);
    if (now && pyvm_loaded_hook)
        pyvm_loaded_hook(name, now);
    return now ? now : rt_exc_pending() ? RT_NOVALUE : m;
}

/* Searches the directories of `path` (a list) for `tail`: DIR/tail/__init__.py (a package: *dir
** is DIR/tail) or DIR/tail.py (*dir is NULL). NULL when nothing matches (an exception pending if
** iterating `path` failed). */
static rt_str_t *find_source(const char *tail, rt_value_t path, rt_str_t **dir)
{
    rt_value_t it = pyvm_iter(path);
    if (!it)
        return NULL;
    for (rt_value_t entry; (entry = pyvm_next(it)) != RT_NOVALUE;) {
        if (!pyvm_is_str(entry))
            continue;
        char *base = pyvm_import_abspath(pyvm_str_of(entry)->data);
        size_t blen = strlen(base);
        rt_str_t *d = str_cat(base, blen, base[blen - 1] == '/' ? "" : "/", tail);
        free(base);
        rt_str_t *init = str_cat(d->data, d->len, "/", "__init__.py");
        *dir = d;
        if (is_file(init->data))
            return init;
        *dir = NULL;
        rt_str_t *file = str_cat(d->data, d->len, ".py", "");
        if (is_file(file->data))
            return file;
    }
    return NULL;
}

/* find_source, then loads what it finds as `name`. RT_NOVALUE with nothing pending when nothing
** matches. */
static rt_value_t find_and_load(rt_str_t *name, const char *tail, rt_value_t path)
{
    rt_str_t *dir;
    rt_str_t *file = find_source(tail, path, &dir);
    return file ? load_source(name, file, dir) : RT_NOVALUE;
}

static rt_value_t sys_path(void)
{
    rt_value_t sys = pyvm_import(rt_str_intern_cstr("sys"));
    return sys ? pyvm_getattr(sys, pyvm_name(sys_path)) : RT_NOVALUE;
}

rt_value_t pyvm_import(rt_str_t *name)
{
    rt_map_t *modules = pyvm_module_table();
    rt_value_t m = pyvm_dict_get_str(modules, name);
    if (m == rt_none) /* how test.support.import_fresh_module blocks a module */
        return import_error(pyvm_exc_ModuleNotFoundError, name, 0,
                            "import of %s halted; None in sys.modules", name->data);
    if (m || rt_exc_pending())
        return m;
    const char *dot = strrchr(name->data, '.');
    rt_value_t path;
    if (dot) {
        rt_str_t *parent_name = rt_str_new(name->data, (size_t)(dot - name->data));
        rt_value_t parent = pyvm_import(parent_name);
        if (!parent)
            return RT_NOVALUE;
        /* importing the parent may have imported this module too */
        if ((m = pyvm_dict_get_str(modules, name)) != RT_NOVALUE || rt_exc_pending())
            return m;
        path = pyvm_getattr_opt(parent, pyvm_name(path));
        if (!path) {
            return rt_exc_pending() ? RT_NOVALUE
                   : import_error(pyvm_exc_ModuleNotFoundError, name, 0,
                                  "No module named '%s'; '%s' is not a package", name->data,
                                  parent_name->data);
        }
        m = find_and_load(name, dot + 1, path);
        if (m)
            return pyvm_setattr(parent, rt_str_intern_cstr(dot + 1), m) ? m : RT_NOVALUE;
    } else {
        if ((m = pyvm_module_native(name)) != RT_NOVALUE || rt_exc_pending())
            return m;
        if (!(path = sys_path()))
            return RT_NOVALUE;
        m = find_and_load(name, name->data, path);
    }
    if (m || rt_exc_pending())
        return m;
    return import_error(pyvm_exc_ModuleNotFoundError, name, 0, "No module named '%s'",
                        name->data);
}

/* The search path for `name`'s last part: its parent's __path__ (importing the parent), or
** sys.path. NULL with ImportError pending. */
static rt_value_t main_search_path(rt_str_t *name, const char *dot)
{
    if (!dot)
        return sys_path();
    rt_str_t *parent_name = rt_str_new(name->data, (size_t)(dot - name->data));
    rt_value_t parent = pyvm_import(parent_name);
    rt_value_t path = parent ? pyvm_getattr_opt(parent, pyvm_name(path)) : RT_NOVALUE;
    if (path || rt_exc_pending())
        return path;
    return import_error(pyvm_exc_ImportError, name, 0,
                        "Error while finding module specification for '%s' "
                        "(ModuleNotFoundError: __path__ attribute not found on '%s' while "
                        "trying to find '%s')",
                        name->data, parent_name->data, name->data);
}

rt_str_t *pyvm_import_find_main(rt_str_t *name, rt_str_t **package)
{
    const char *dot = strrchr(name->data, '.');
    rt_value_t path = main_search_path(name, dot);
    if (!path)
        return NULL;
    rt_str_t *dir;
    rt_str_t *file = find_source(dot ? dot + 1 : name->data, path, &dir);
    if (!file) {
        if (rt_exc_pending())
            return NULL;
        if (!dot && pyvm_module_native(name)) /* built into pyhyp: no source to run */
            import_error(pyvm_exc_ImportError, name, 0, "No code object available for %s",
                         name->data);
        else if (!rt_exc_pending())
            import_error(pyvm_exc_ModuleNotFoundError, name, 0, "No module named %s",
                         name->data);
        return NULL;
    }
    if (!dir) {
        *package = rt_str_new(name->data, dot ? (size_t)(dot - name->data) : 0);
        return file;
    }
    /* A package runs its __main__ submodule, once the package itself is imported. */
    if (dot && strcmp(dot + 1, "__main__") == 0) {
        import_error(pyvm_exc_ImportError, name, 0, "Cannot use package as __main__ module");
        return NULL;
    }
    rt_str_t *sub = str_cat(name->data, (size_t)name->len, ".", "__main__");
    file = pyvm_import_find_main(sub, package);
    if (!file && rt_exc_pending()) {
        rt_tb_t *tb;
        rt_value_t exc = rt_exc_fetch(&tb);
        if (!pyvm_isinstance(exc, pyvm_exc_ModuleNotFoundError)) {
            rt_exc_restore(exc, tb);
            return NULL;
        }
        import_error(pyvm_exc_ImportError, name, 0,
                     "No module named %s; '%s' is a package and cannot be directly executed",
                     sub->data, name->data);
    }
    return file;
}

/* The package that a relative import in `globals` starts from: __package__, else derived from
** __name__ (itself for a package, its parent for a module). */
static rt_str_t *package_of(rt_map_t *globals)
{
    rt_value_t pkg = pyvm_dict_get_str(globals, pyvm_name(package));
    if (pkg && pyvm_is_str(pkg))
        return pyvm_str_of(pkg);
    rt_value_t name = pyvm_dict_get_str(globals, pyvm_name(name));
    if (!name || !pyvm_is_str(name))
        return NULL;
    rt_str_t *n = pyvm_str_of(name);
    if (pyvm_dict_get_str(globals, pyvm_name(path)))
        return n;
    const char *dot = strrchr(n->data, '.');
    return rt_str_new(n->data, dot ? (size_t)(dot - n->data) : 0);
}

/* The absolute name of `name` imported at `level` from the module whose globals are given. */
static rt_str_t *resolve(rt_str_t *name, uint32_t level, rt_map_t *globals)
{
    rt_str_t *pkg = package_of(globals);
    if (rt_exc_pending())
        return NULL;
    if (!pkg || pkg->len == 0) {
        import_error(pyvm_exc_ImportError, NULL, 0,
                     "attempted relative import with no known parent package");
        return NULL;
    }
    size_t len = (size_t)pkg->len;
    for (uint32_t i = 1; i < level; i++) {
        while (len > 0 && pkg->data[len - 1] != '.')
            len--;
        if (len-- == 0) {
            import_error(pyvm_exc_ImportError, NULL, 0,
                         "attempted relative import beyond top-level package");
            return NULL;
        }
    }
    return str_cat(pkg->data, len, name->len ? "." : "", name->data);
}

rt_value_t pyvm_import_name(rt_str_t *name, uint32_t arg, rt_map_t *globals)
{
    uint32_t level = arg >> 1;
    rt_str_t *full = level ? resolve(name, level, globals) : name;
    if (!full)
        return RT_NOVALUE;
    rt_value_t m = pyvm_import(full);
    const char *dot = strchr(full->data, '.');
    if (!m || (arg & 1) || !dot)
        return m;
    return pyvm_import(rt_str_new(full->data, (size_t)(dot - full->data)));
}

rt_value_t pyvm_import_builtin(rt_value_t self, const rt_value_t *args, size_t nargs,
                               rt_tuple_t *kwnames)
{
    (void)self;
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    rt_value_t a[5];
    int64_t level = 0;
    if (!pyvm_parse_args("__import__", args, nargs, kwnames, names, 1, a))
        return RT_NOVALUE;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "module name must be str, not %s", pyvm_type_name(a[0]));
    if (a[4] && !pyvm_index_i64(a[4], &level))
        return RT_NOVALUE;
    if (level < 0)
        return rt_raise(RT_EXC_VALUE, "level must be >= 0");
    rt_map_t *globals = a[1] && pyvm_is_dict(a[1]) ? rt_ptr(a[1]) : NULL;
    if (level > 0 && !globals)
        return rt_raise(RT_EXC_KEY, "'__name__' not in globals");
    if (level == 0 && pyvm_str_of(a[0])->len == 0)
        return rt_raise(RT_EXC_VALUE, "Empty module name");
    int fromlist = a[3] && a[3] != rt_none ? pyvm_truth(a[3]) : 0;
    if (fromlist < 0)
        return RT_NOVALUE;
    rt_str_t *name = rt_str_intern(pyvm_str_of(a[0]));
    return pyvm_import_name(name, (uint32_t)level << 1 | (uint32_t)fromlist, globals);
}

/* The module's __name__, NULL when it has none. */
static rt_str_t *module_name(rt_value_t mod)
{
    rt_value_t n = pyvm_getattr_opt(mod, pyvm_name(name));
    return n && pyvm_is_str(n) ? pyvm_str_of(n) : NULL;
}

rt_value_t pyvm_import_from(rt_value_t mod, rt_str_t *name)
{
    rt_value_t v = pyvm_getattr_opt(mod, name);
    if (v || rt_exc_pending())
        return v;
    rt_str_t *modname = module_name(mod);
    if (rt_exc_pending())
        return RT_NOVALUE;
    if (modname) {
        /* a submodule of a package, loaded now or (circular imports) still initialising */
        rt_str_t *full = str_cat(modname->data, (size_t)modname->len, ".", name->data);
        if ((v = pyvm_dict_get_str(pyvm_module_table(), full)) != RT_NOVALUE)
            return v;
        if (pyvm_getattr_opt(mod, pyvm_name(path))) {
            if ((v = pyvm_import(full)) != RT_NOVALUE)
                return v;
            rt_tb_t *tb;
            rt_value_t exc = rt_exc_fetch(&tb);
            rt_value_t en = pyvm_exc_get(exc, pyvm_name(name_attr));
            if (!pyvm_isinstance(exc, pyvm_exc_ModuleNotFoundError) || !en ||
                !pyvm_is_str(en) || !rt_str_eq(pyvm_str_of(en), full)) {
                rt_exc_restore(exc, tb);
                return RT_NOVALUE;
            }
        }
        if (rt_exc_pending())
            return RT_NOVALUE;
    }
    const char *mn = modname ? modname->data : "<unknown module name>";
    rt_value_t file = pyvm_getattr_opt(mod, pyvm_name(dunder_file));
    if (rt_exc_pending())
        return RT_NOVALUE;
    const char *where = file && pyvm_is_str(file) ? pyvm_str_of(file)->data : "unknown location";
    if (modname && rt_map_get_str(initializing, modname))
        return import_error(pyvm_exc_ImportError, modname, file,
                            "cannot import name '%s' from partially initialized module '%s' "
                            "(most likely due to a circular import) (%s)",
                            name->data, mn, where);
    return import_error(pyvm_exc_ImportError, modname, file,
                        "cannot import name '%s' from '%s' (%s)", name->data, mn, where);
}

bool pyvm_import_star(rt_value_t mod, rt_map_t *ns)
{
    rt_value_t all = pyvm_getattr_opt(mod, pyvm_name(all));
    bool public_only = !all;
    if (!all && !rt_exc_pending())
        all = pyvm_getattr(mod, pyvm_name(dict));
    rt_value_t it = all ? pyvm_iter(all) : RT_NOVALUE;
    if (!it)
        return false;
    /* Collect the names first: the namespace may be the module's own dict. */
    rt_vec_t *names = pyvm_list_new(8);
    for (rt_value_t n; (n = pyvm_next(it)) != RT_NOVALUE;)
        rt_vec_append(names, n);
    if (rt_exc_pending())
        return false;
    for (int64_t i = 0; i < rt_vec_len(names); i++) {
        rt_value_t n = rt_vec_items(names)[i];
        if (!pyvm_is_str(n)) {
            rt_raise(RT_EXC_TYPE, "Item in %s.__all__ must be str, not %s",
                     module_name(mod) ? module_name(mod)->data : "?", pyvm_type_name(n));
            return false;
        }
        rt_str_t *s = rt_str_intern(pyvm_str_of(n));
        if (public_only && s->data[0] == '_')
            continue;
        rt_value_t v = pyvm_getattr_opt(mod, s);
        /* a package's __all__ may name submodules not imported yet */
        if (!v && !rt_exc_pending() && !public_only && pyvm_getattr_opt(mod, pyvm_name(path)))
            v = pyvm_import_from(mod, s);
        if (!v && !rt_exc_pending())
            v = pyvm_getattr(mod, s);
        if (!v || !pyvm_dict_set(ns, rt_from_ptr(s), v))
            return false;
    }
    return true;
}

/* ---- The finder and loader that importlib sees on sys.meta_path ----
** importlib.import_module, importlib.util.find_spec and the like go through importlib's own
** _bootstrap, which asks sys.meta_path. This finder answers with the search import.c makes (a
** native module, or source on the parent's __path__ / sys.path) and loads through it, so both
** ways of importing find the same modules and share sys.modules. */

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* find_spec(fullname, path=None, target=None): a ModuleSpec, or None when there is no such
** module. */
FN(finder_find_spec)
{
    (void)self, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "find_spec() argument 1 must be str");
    rt_str_t *name = rt_str_intern(pyvm_str_of(a[0]));
    const char *dot = strrchr(name->data, '.');
    rt_value_t path = n > 1 && a[1] != rt_none ? a[1] : RT_NOVALUE;
    rt_value_t origin = RT_NOVALUE;
    bool package = false;
    if (!dot && !path) {
        rt_value_t m = pyvm_module_native(name);
        if (m)
            origin = pyvm_str_cstr("built-in");
        else if (rt_exc_pending())
            return RT_NOVALUE;
    }
    if (!origin) {
        if (!path && !dot && !(path = sys_path()))
            return RT_NOVALUE;
        if (!path)
            return rt_none; /* a submodule with no parent package path */
        rt_str_t *dir;
        rt_str_t *file = find_source(dot ? dot + 1 : name->data, path, &dir);
        if (!file)
            return rt_exc_pending() ? RT_NOVALUE : rt_none;
        origin = rt_from_ptr(file);
        package = dir != NULL;
    }
    rt_value_t bootstrap = pyvm_import(rt_str_intern_cstr("importlib._bootstrap"));
    rt_value_t spec_cls = bootstrap ? pyvm_getattr(bootstrap, rt_str_intern_cstr("ModuleSpec"))
                                    : RT_NOVALUE;
    if (!spec_cls)
        return RT_NOVALUE;
    rt_value_t kwn[2] = {rt_from_ptr(rt_str_intern_cstr("origin")),
                         rt_from_ptr(rt_str_intern_cstr("is_package"))};
    rt_value_t args[4] = {rt_from_ptr(name), self, origin, rt_bool(package)};
    return pyvm_call(spec_cls, args, 2, rt_ptr(pyvm_tuple_from(kwn, 2)));
}

/* create_module(spec): the module, imported (found, run, entered in sys.modules) by import.c. */
FN(finder_create_module)
{
    (void)self, (void)n, (void)kw;
    rt_value_t name = pyvm_getattr(a[0], pyvm_name(name_attr));
    if (!name)
        return RT_NOVALUE;
    if (!pyvm_is_str(name))
        return rt_raise(RT_EXC_TYPE, "spec.name must be str");
    return pyvm_import(rt_str_intern(pyvm_str_of(name)));
}

/* exec_module(module): nothing left to do, create_module ran the body. */
FN(finder_exec_module)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_none;
}

#undef FN

static const pyvm_cfunc_def_t finder_methods[] = {
    {"find_spec", finder_find_spec, 1, 3, PYVM_CFUNC_METHOD, 0},
    {"create_module", finder_create_module, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"exec_module", finder_exec_module, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_value_t pyvm_import_finder(void)
{
    pyvm_class_t *cls = pyvm_type_new_builtin("PyhypImporter", NULL, pyvm_cls_object);
    pyvm_type_setattr(cls, pyvm_name(module), pyvm_str_cstr("builtins"));
    pyvm_cfunc_install(cls, finder_methods);
    return rt_from_ptr(pyvm_instance_new(cls));
}

void pyvm_import_init(void)
{
    gc_root_add(&initializing, 1);
    initializing = rt_map_new(0);
}

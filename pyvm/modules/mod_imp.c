/*
** mod_imp.c: the native `_imp` module (modules.h) that importlib's bootstrap (_bootstrap.py,
** _bootstrap_external.py) expects: which modules are built in and how to make them (from
** modules.h's table), no frozen modules, no extension modules, and the import lock (one
** thread: a counter). pyvm's own importer (import.c) does the actual imports.
*/
#include <string.h>

#include "pyvm/modules/modules.h"

static int64_t lock_depth;

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

static bool native_name(rt_value_t v)
{
    if (!pyvm_is_str(v))
        return false;
    static const char *const natives[] = {
#define PYVM_MOD_NAME(py, c) #py,
        PYVM_NATIVE_MODULES(PYVM_MOD_NAME)
#undef PYVM_MOD_NAME
    };
    for (size_t i = 0; i < sizeof natives / sizeof natives[0]; i++)
        if (strcmp(natives[i], pyvm_str_of(v)->data) == 0)
            return true;
    return false;
}

FN(i_is_builtin)
{
    (void)self, (void)n, (void)kw;
    return rt_small(native_name(a[0]) ? 1 : 0);
}

/* create_builtin(spec): the native module named spec.name (the cached one if imported). */
FN(i_create_builtin)
{
    (void)self, (void)n, (void)kw;
    rt_value_t name = pyvm_getattr(a[0], rt_str_intern_cstr("name"));
    if (!name)
        return RT_NOVALUE;
    if (!native_name(name))
        return pyvm_raise_cls(pyvm_exc_ImportError, "no built-in module named %s",
                              pyvm_is_str(name) ? pyvm_str_of(name)->data : "?");
    return pyvm_import(rt_str_intern(pyvm_str_of(name)));
}

FN(i_zero)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_small(0);
}

FN(i_false)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_false;
}

FN(i_none)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_none;
}

FN(i_empty_list)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_from_ptr(pyvm_list_new(0));
}

FN(i_acquire_lock)
{
    (void)self, (void)a, (void)n, (void)kw;
    lock_depth++;
    return rt_none;
}

FN(i_release_lock)
{
    (void)self, (void)a, (void)n, (void)kw;
    if (lock_depth == 0)
        return rt_raise(RT_EXC_RUNTIME, "not holding the import lock");
    lock_depth--;
    return rt_none;
}

FN(i_lock_held)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_bool(lock_depth > 0);
}

FN(i_not_frozen)
{
    (void)self, (void)n, (void)kw;
    return pyvm_raise_cls(pyvm_exc_ImportError, "No such frozen object named %s",
                          pyvm_is_str(a[0]) ? pyvm_str_of(a[0])->data : "?");
}

/* source_hash(key, source): 8 bytes from SipHash in CPython; pyvm keeps no hash-based .pyc
** files, so a deterministic FNV-1a digest of key and source stands in. */
FN(i_source_hash)
{
    (void)self;
    static const char *const names[] = {"key", "source", NULL};
    rt_value_t v[2];
    int64_t key = 0;
    const char *d;
    int64_t len;
    if (!pyvm_parse_args("source_hash", a, n, kw, names, 2, v) || !pyvm_index_i64(v[0], &key))
        return RT_NOVALUE;
    if (!pyvm_bytes_like(v[1], &d, &len))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'",
                        pyvm_type_name(v[1]));
    uint64_t h = 1469598103934665603ull ^ (uint64_t)key;
    for (int64_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)d[i]) * 1099511628211ull;
    return rt_from_ptr(rt_bytes_new((const char *)&h, 8));
}

static const pyvm_cfunc_def_t imp_functions[] = {
    {"is_builtin", i_is_builtin, 1, 1, 0, 0},
    {"create_builtin", i_create_builtin, 1, 1, 0, 0},
    {"exec_builtin", i_zero, 1, 1, 0, 0},
    {"exec_dynamic", i_zero, 1, 1, 0, 0},
    {"is_frozen", i_false, 1, 1, 0, 0},
    {"is_frozen_package", i_false, 1, 1, 0, 0},
    {"find_frozen", i_none, 1, 2, 0, 1},
    {"get_frozen_object", i_not_frozen, 1, 2, 0, 0},
    {"init_frozen", i_not_frozen, 1, 1, 0, 0},
    {"_frozen_module_names", i_empty_list, 0, 0, 0, 0},
    {"_override_frozen_modules_for_tests", i_none, 1, 1, 0, 0},
    {"_override_multi_interp_extensions_check", i_none, 1, 1, 0, 0},
    {"extension_suffixes", i_empty_list, 0, 0, 0, 0},
    {"acquire_lock", i_acquire_lock, 0, 0, 0, 0},
    {"release_lock", i_release_lock, 0, 0, 0, 0},
    {"lock_held", i_lock_held, 0, 0, 0, 0},
    {"_fix_co_filename", i_none, 2, 2, 0, 0},
    {"source_hash", i_source_hash, 2, 2, 0, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_imp_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, imp_functions);
    pyvm_mod_put(d, "check_hash_based_pycs", pyvm_str_cstr("never"));
    return d;
}

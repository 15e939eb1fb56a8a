/*
** mod_hashes.c: the native `_md5`, `_sha1`, `_sha256` and `_sha3` modules (modules.h), which
** hashlib falls back on when OpenSSL's _hashlib is missing or blocked (CPython's tests block
** it): each constructor makes mod_hashlib.c's hash object for its algorithm, so the objects
** behave as hashlib's others.
*/
#include <string.h>

#include "pyvm/modules/modules.h"

/* X(module, python name): every constructor, by module. */
#define HASH_CONSTRUCTORS(X)                                                                       \
    X(md5, md5) X(sha1, sha1) X(sha256, sha224) X(sha256, sha256) X(sha3, sha3_224)                \
    X(sha3, sha3_256) X(sha3, sha3_384) X(sha3, sha3_512) X(sha3, shake_128) X(sha3, shake_256)

/* name(string=b'', *, usedforsecurity=True) */
static rt_value_t construct(const char *name, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    static const char *const names[] = {"string", "usedforsecurity", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args(name, a, n, kw, names, 0, v))
        return RT_NOVALUE;
    return pyvm_mod_hashlib_new(name, v[0]);
}

#define CONSTRUCTOR_FN(mod, py)                                                                    \
    static rt_value_t h_##py(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)      \
    {                                                                                              \
        (void)self;                                                                                \
        return construct(#py, a, n, kw);                                                           \
    }
HASH_CONSTRUCTORS(CONSTRUCTOR_FN)
#undef CONSTRUCTOR_FN

static const struct {
    const char *module;
    pyvm_cfunc_def_t def;
} constructors[] = {
#define CONSTRUCTOR_ROW(mod, py) {#mod, {#py, h_##py, 0, 1, 0, 1}},
    HASH_CONSTRUCTORS(CONSTRUCTOR_ROW)
#undef CONSTRUCTOR_ROW
};

/* The namespace of one of the modules: its constructors. */
static rt_map_t *module_dict(const char *module)
{
    rt_map_t *d = pyvm_dict_new();
    for (size_t k = 0; k < sizeof constructors / sizeof constructors[0]; k++)
        if (strcmp(constructors[k].module, module) == 0)
            pyvm_mod_put(d, constructors[k].def.name, pyvm_cfunc_new(&constructors[k].def, 0));
    return d;
}

rt_map_t *pyvm_mod_md5_dict(void) { return module_dict("md5"); }
rt_map_t *pyvm_mod_sha1_dict(void) { return module_dict("sha1"); }
rt_map_t *pyvm_mod_sha256_dict(void) { return module_dict("sha256"); }
rt_map_t *pyvm_mod_sha3_dict(void) { return module_dict("sha3"); }

/*
** mod_blake2.c: the native `_blake2` module (modules.h) that hashlib asks for blake2b and
** blake2s: OpenSSL's BLAKE2b-512 and BLAKE2s-256 through mod_hashlib.c's hash objects. Only
** the default parameters are offered (OpenSSL's digests take no key, salt, person or other
** digest size): asking for others raises ValueError.
*/
#include <string.h>

#include "pyvm/modules/modules.h"

static rt_value_t make(const char *name, int64_t size, const rt_value_t *a, size_t n,
                       rt_tuple_t *kw)
{
    static const char *const names[] = {"data", "digest_size", "key", "salt", "person",
                                        "fanout", "depth", "leaf_size", "node_offset",
                                        "node_depth", "inner_size", "last_node",
                                        "usedforsecurity", NULL};
    rt_value_t v[13];
    if (!pyvm_parse_args(name, a, n, kw, names, 0, v))
        return RT_NOVALUE;
    int64_t ds = size;
    if (v[1] && !pyvm_index_i64(v[1], &ds))
        return RT_NOVALUE;
    bool custom = ds != size;
    for (int i = 2; i < 12; i++) {
        int64_t len = v[i] && v[i] != rt_none && !rt_is_small(v[i]) && v[i] != rt_false ? pyvm_len(v[i]) : 0;
        custom |= len > 0;
        rt_exc_clear();
    }
    if (custom)
        return rt_raise(RT_EXC_VALUE, "pyhyp: %s supports only its default parameters", name);
    return pyvm_mod_hashlib_new(name, v[0]);
}

static rt_value_t b_blake2b(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    return make("blake2b", 64, a, n, kw);
}

static rt_value_t b_blake2s(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    return make("blake2s", 32, a, n, kw);
}

static const pyvm_cfunc_def_t blake2_functions[] = {
    {"blake2b", b_blake2b, 0, 1, 0, 1},
    {"blake2s", b_blake2s, 0, 1, 0, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_blake2_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, blake2_functions);
    return d;
}

/*
** mod_random.c: the native `_random` module (modules.h): Random, the Mersenne Twister MT19937
** base class of Debian's random.Random, seeded as CPython seeds it (an int's 32-bit words fed
** to init_by_array), so seeded sequences equal CPython's. The generator state (624 words and the
** index) lives in a bytearray attribute of the instance, which lets Python subclasses keep
** ordinary instances.
*/
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "pyvm/modules/modules.h"

enum { N = 624, M = 397 };

typedef struct mt {
    uint32_t state[N];
    int index;
} mt_t;

static pyvm_class_t *random_cls;

static rt_str_t *state_attr(void) { return rt_str_intern_cstr("_pyhyp_mt"); }

/* The generator of an instance, made on first use; NULL with an error pending. */
static mt_t *gen_of(rt_value_t self)
{
    rt_value_t buf = pyvm_getattr_opt(self, state_attr());
    if (!buf) {
        if (rt_exc_pending())
            return NULL;
        mt_t zero;
        memset(&zero, 0, sizeof zero);
        zero.index = N + 1;
        buf = pyvm_bytearray_new((const char *)&zero, sizeof zero);
        if (!pyvm_setattr(self, state_attr(), buf))
            return NULL;
    }
    const char *d;
    int64_t len;
    if (!pyvm_bytes_like(buf, &d, &len) || len != (int64_t)sizeof(mt_t)) {
        rt_raise(RT_EXC_TYPE, "corrupt random state");
        return NULL;
    }
    return (mt_t *)(void *)d;
}

static void init_genrand(mt_t *g, uint32_t s)
{
    g->state[0] = s;
    for (int i = 1; i < N; i++)
        g->state[i] = 1812433253u * (g->state[i - 1] ^ (g->state[i - 1] >> 30)) + (uint32_t)i;
    g->index = N;
}

static void init_by_array(mt_t *g, const uint32_t *key, size_t len)
{
    init_genrand(g, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = N > len ? N : len; k; k--) {
        g->state[i] = (g->state[i] ^ ((g->state[i - 1] ^ (g->state[i - 1] >> 30)) * 1664525u)) +
                      key[j] + (uint32_t)j;
        i++, j++;
        if (i >= N)
            g->state[0] = g->state[N - 1], i = 1;
        if (j >= len)
            j = 0;
    }
    for (size_t k = N - 1; k; k--) {
        g->state[i] = (g->state[i] ^ ((g->state[i - 1] ^ (g->state[i - 1] >> 30)) * 1566083941u)) -
                      (uint32_t)i;
        i++;
        if (i >= N)
            g->state[0] = g->state[N - 1], i = 1;
    }
    g->state[0] = 0x80000000u;
    g->index = N;
}

static uint32_t genrand(mt_t *g)
{
    if (g->index >= N) {
        if (g->index > N)
            init_genrand(g, 5489u);
        for (int k = 0; k < N; k++) {
            uint32_t y = (g->state[k] & 0x80000000u) | (g->state[(k + 1) % N] & 0x7fffffffu);
            g->state[k] = g->state[(k + M) % N] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
        }
        g->index = 0;
    }
    uint32_t y = g->state[g->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* seed(n=None): None seeds from the OS; an int by its absolute value's 32-bit words; anything
** else by its hash. */
FN(r_seed)
{
    (void)kw;
    mt_t *g = gen_of(self);
    if (!g)
        return RT_NOVALUE;
    rt_value_t arg = n ? a[0] : rt_none;
    uint32_t words[N];
    size_t len = 0;
    if (arg == rt_none) {
        if (getentropy(words, 32) != 0) {
            words[0] = (uint32_t)time(NULL);
            words[1] = (uint32_t)getpid();
        }
        len = 8;
    } else {
        rt_value_t v = pyvm_unwrap(arg);
        if (!pyvm_is_intlike(v)) {
            int64_t h;
            if (!pyvm_hash(arg, &h))
                return RT_NOVALUE;
            v = rt_int_from_i64(h);
        }
        v = pyvm_int_of(v);
        if (pyvm_lt(v, rt_small(0)))
            v = pyvm_unop(PYVM_AST_USub, v);
        while (v && v != rt_small(0) && len < N) {
            rt_value_t low = pyvm_int_binop(PYVM_AST_BitAnd, v, rt_int_from_i64(0xffffffff));
            if (!low)
                return RT_NOVALUE;
            words[len++] = (uint32_t)rt_small_value(low);
            v = pyvm_int_binop(PYVM_AST_RShift, v, rt_small(32));
        }
        if (!v)
            return RT_NOVALUE;
        if (len == 0)
            words[len++] = 0;
    }
    init_by_array(g, words, len);
    return rt_none;
}

FN(r_random)
{
    (void)a, (void)n, (void)kw;
    mt_t *g = gen_of(self);
    if (!g)
        return RT_NOVALUE;
    uint32_t x = genrand(g) >> 5, y = genrand(g) >> 6;
    return rt_float_new((x * 67108864.0 + y) * (1.0 / 9007199254740992.0));
}

/* getrandbits(k): k random bits, least significant 32-bit word first, as CPython. */
FN(r_getrandbits)
{
    (void)n, (void)kw;
    int64_t k;
    mt_t *g = gen_of(self);
    if (!g || !pyvm_index_i64(a[0], &k))
        return RT_NOVALUE;
    if (k < 0)
        return rt_raise(RT_EXC_VALUE, "number of bits must be non-negative");
    if (k <= 32)
        return rt_small(k ? genrand(g) >> (32 - k) : 0);
    rt_value_t acc = rt_small(0);
    for (int64_t shift = 0; k > 0 && acc; shift += 32, k -= 32) {
        uint32_t w = genrand(g);
        if (k < 32)
            w >>= 32 - k;
        rt_value_t part = pyvm_int_binop(PYVM_AST_LShift, rt_int_from_i64(w), rt_small(shift));
        acc = part ? pyvm_int_binop(PYVM_AST_BitOr, acc, part) : RT_NOVALUE;
    }
    return acc;
}

FN(r_getstate)
{
    (void)a, (void)n, (void)kw;
    mt_t *g = gen_of(self);
    if (!g)
        return RT_NOVALUE;
    rt_value_t items[N + 1];
    for (int i = 0; i < N; i++)
        items[i] = rt_int_from_i64(g->state[i]);
    items[N] = rt_small(g->index);
    return pyvm_tuple_from(items, N + 1);
}

FN(r_setstate)
{
    (void)n, (void)kw;
    mt_t *g = gen_of(self);
    rt_vec_t *v = g ? pyvm_seq_to_vec(a[0]) : NULL;
    if (!v)
        return RT_NOVALUE;
    if (rt_vec_len(v) != N + 1)
        return rt_raise(RT_EXC_VALUE, "state vector is the wrong size");
    for (int i = 0; i <= N; i++) {
        int64_t x;
        if (!pyvm_index_i64(rt_vec_get(v, i), &x))
            return RT_NOVALUE;
        if (i == N) {
            if (x < 0 || x > N)
                return rt_raise(RT_EXC_VALUE, "invalid state");
            g->index = (int)x;
        } else {
            g->state[i] = (uint32_t)x;
        }
    }
    return rt_none;
}

/* Random(x=None): seeded at construction, as CPython's Random.__new__ seeds. */
FN(r_init)
{
    return r_seed(self, a, n > 1 ? 1 : n, kw);
}

static const pyvm_cfunc_def_t random_methods[] = {
    {"__init__", r_init, 0, -1, PYVM_CFUNC_METHOD, 1},
    {"seed", r_seed, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"random", r_random, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"getrandbits", r_getrandbits, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"getstate", r_getstate, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"setstate", r_setstate, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_random_dict(void)
{
    if (!random_cls) {
        gc_root_add(&random_cls, 1);
        random_cls = pyvm_type_new_builtin("Random", NULL, pyvm_cls_object);
        pyvm_type_setattr(random_cls, pyvm_name(module), pyvm_str_cstr("_random"));
        pyvm_cfunc_install(random_cls, random_methods);
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_mod_put(d, "Random", rt_from_ptr(random_cls));
    return d;
}

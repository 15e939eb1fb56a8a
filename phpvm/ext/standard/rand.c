/*
** rand.c: PHP's random numbers: the Mt19937 generator behind mt_rand/rand with PHP's seeding,
** range reduction and MT_RAND_PHP legacy mode (seeded runs repeat php's sequences), the
** functions that draw from it (shuffle, str_shuffle, array_rand), and the CSPRNG ones
** (random_int, random_bytes) on getrandom(2).
*/
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "phpvm/interp.h"

#define UNUSED (void)self
#define LONG(i, var, def)                                                                          \
    int64_t var = def;                                                                             \
    if (phpvm_arg_given(argc, args, i) && !phpvm_arg_long(args, argc, i, &var))                    \
        return RT_NOVALUE

/* ---- Mt19937 ---- */

enum { MT_N = 624, MT_M = 397, MODE_MT19937 = 0, MODE_PHP = 1 };

static struct {
    uint32_t s[MT_N];
    int left, next;
    bool seeded;
    int mode;
} mt;

static uint32_t twist(uint32_t m, uint32_t u, uint32_t v)
{
    uint32_t mix = (u & 0x80000000u) | (v & 0x7fffffffu);
    /* PHP's legacy mode takes the low bit of u where Mt19937 takes v's */
    uint32_t low = mt.mode == MODE_PHP ? u & 1 : v & 1;
    return m ^ (mix >> 1) ^ ((uint32_t)-(int32_t)low & 0x9908b0dfu);
}

static void mt_reload(void)
{
    uint32_t *s = mt.s;
    int i = 0;
    for (; i < MT_N - MT_M; i++)
        s[i] = twist(s[i + MT_M], s[i], s[i + 1]);
    for (; i < MT_N - 1; i++)
        s[i] = twist(s[i + MT_M - MT_N], s[i], s[i + 1]);
    s[MT_N - 1] = twist(s[MT_M - 1], s[MT_N - 1], s[0]);
    mt.left = MT_N;
    mt.next = 0;
}

static void mt_seed(uint32_t seed)
{
    mt.s[0] = seed;
    for (uint32_t i = 1; i < MT_N; i++)
        mt.s[i] = 1812433253u * (mt.s[i - 1] ^ (mt.s[i - 1] >> 30)) + i;
    mt_reload();
    mt.seeded = true;
}

static uint32_t mt_next(void)
{
    if (!mt.seeded) {
        uint32_t seed;
        if (getrandom(&seed, sizeof seed, 0) != (ssize_t)sizeof seed)
            seed = (uint32_t)time(NULL) ^ (uint32_t)getpid();
        mt_seed(seed);
    }
    if (mt.left == 0)
        mt_reload();
    mt.left--;
    uint32_t y = mt.s[mt.next++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    return y ^ (y >> 18);
}

/* Two draws, the first the low half as PHP 8.2 combines them (the order matters for
** repeatable sequences). */
static uint64_t mt_next64(void)
{
    uint64_t lo = mt_next();
    return lo | (uint64_t)mt_next() << 32;
}

/* A uniform value in [lo, hi] as php_mt_rand_range draws it (rejection sampling on 32 or
** 64 bits, so seeded sequences match php's). */
static int64_t mt_range(int64_t lo, int64_t hi)
{
    uint64_t umax = (uint64_t)hi - (uint64_t)lo, r;
    if (umax <= UINT32_MAX) {
        uint32_t u = (uint32_t)umax, v = mt_next();
        if (u != UINT32_MAX) {
            u++;
            if (u & (u - 1)) {
                uint32_t limit = UINT32_MAX - (UINT32_MAX % u) - 1;
                while (v > limit)
                    v = mt_next();
            }
            v %= u;
        }
        r = v;
    } else {
        r = mt_next64();
        if (umax != UINT64_MAX) {
            umax++;
            if (umax & (umax - 1)) {
                uint64_t limit = UINT64_MAX - (UINT64_MAX % umax) - 1;
                while (r > limit)
                    r = mt_next64();
            }
            r %= umax;
        }
    }
    return (int64_t)((uint64_t)lo + r);
}

static rt_value_t fn_mt_srand(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    LONG(1, mode, MODE_MT19937);
    mt.mode = mode == MODE_PHP ? MODE_PHP : MODE_MT19937;
    if (phpvm_arg_given(argc, args, 0)) {
        LONG(0, seed, 0);
        mt_seed((uint32_t)seed);
    } else {
        mt.seeded = false;
    }
    return rt_none;
}

/* mt_rand and rand: rand allows max < min (the bounds swap); MT_RAND_PHP scales a 31-bit
** value into the range as PHP 5 did. */
static rt_value_t draw(rt_value_t *args, int argc, bool is_rand)
{
    if (argc == 0)
        return phpvm_int(mt_next() >> 1);
    if (argc == 1)
        return phpvm_throw("ArgumentCountError", "%s() expects exactly 2 arguments, 1 given",
                           is_rand ? "rand" : "mt_rand");
    LONG(0, lo, 0);
    LONG(1, hi, 0);
    if (hi < lo) {
        if (!is_rand)
            return phpvm_throw("ValueError", "mt_rand(): Argument #2 ($max) must be greater "
                                             "than or equal to argument #1 ($min)");
        int64_t t = lo;
        lo = hi;
        hi = t;
    }
    if (mt.mode == MODE_PHP) {
        uint64_t n = mt_next() >> 1;
        return phpvm_int(lo + (int64_t)(((double)hi - (double)lo + 1.0) *
                                        ((double)n / (2147483647.0 + 1.0))));
    }
    return phpvm_int(mt_range(lo, hi));
}

static rt_value_t fn_mt_rand(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return draw(args, argc, false);
}

static rt_value_t fn_rand(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return draw(args, argc, true);
}

static rt_value_t fn_getrandmax(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return rt_small(2147483647);
}

/* ---- functions drawing from Mt19937 ---- */

static rt_value_t fn_shuffle(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    phpvm_ref_t *ref = (phpvm_ref_t *)rt_ptr(args[0]);
    if (!phpvm_is_array(ref->v))
        return phpvm_throw("TypeError", "shuffle(): Argument #1 ($array) must be of type array, "
                                        "%s given", phpvm_type_name(ref->v));
    phpvm_array_t *a = phpvm_arr(ref->v);
    int64_t n = rt_map_count(a);
    rt_tuple_t *vals = rt_tuple_new(n); /* a GC object: the values stay visible */
    int64_t i = 0;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
        RT_STORE(vals, items[i++], rt_map_value_at(a, p));
    for (int64_t left = n - 1; left > 0; left--) {
        int64_t j = mt_range(0, left);
        if (j != left) {
            rt_value_t t = vals->items[left];
            vals->items[left] = vals->items[j];
            vals->items[j] = t;
        }
    }
    gc_write_barrier(vals);
    phpvm_array_t *r = phpvm_array_new(n);
    for (i = 0; i < n; i++)
        phpvm_array_append(r, vals->items[i]);
    phpvm_ref_set(ref, rt_from_ptr(r));
    return rt_true;
}

static rt_value_t fn_str_shuffle(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    if (!s)
        return RT_NOVALUE;
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len);
    memcpy(r->data, s->data, (size_t)s->len);
    for (int64_t left = s->len - 1; left > 0; left--) {
        int64_t j = mt_range(0, left);
        char t = r->data[left];
        r->data[left] = r->data[j];
        r->data[j] = t;
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_array_rand(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_array_t *a = phpvm_arg_array(args, argc, 0);
    if (!a)
        return RT_NOVALUE;
    LONG(1, num, 1);
    int64_t n = rt_map_count(a);
    if (n == 0)
        return phpvm_throw("ValueError", "array_rand(): Argument #1 ($array) cannot be empty");
    if (num == 1) {
        int64_t k = mt_range(0, n - 1), p = phpvm_array_first(a);
        while (k-- > 0)
            p = phpvm_array_next(a, p);
        return phpvm_array_key_at(a, p);
    }
    if (num <= 0 || num > n)
        return phpvm_throw("ValueError", "array_rand(): Argument #2 ($num) must be between 1 and "
                                         "the number of elements in argument #1 ($array)");
    /* Draw the smaller of the chosen and the left-out sets. */
    bool negative = num > n / 2;
    int64_t want = negative ? n - num : num;
    rt_str_t *bits = rt_str_alloc(&rt_type_bytes, (size_t)n);
    memset(bits->data, 0, (size_t)n);
    while (want > 0) {
        int64_t k = mt_range(0, n - 1);
        if (!bits->data[k]) {
            bits->data[k] = 1;
            want--;
        }
    }
    phpvm_array_t *r = phpvm_array_new(num);
    int64_t i = 0;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p), i++)
        if ((bits->data[i] != 0) != negative)
            phpvm_array_append(r, phpvm_array_key_at(a, p));
    return rt_from_ptr(r);
}

/* ---- CSPRNG ---- */

static bool csprng(void *buf, size_t n)
{
    for (size_t got = 0; got < n;) {
        ssize_t k = getrandom((char *)buf + got, n - got, 0);
        if (k < 0) {
            phpvm_throw("Exception", "Cannot gather sufficient random data");
            return false;
        }
        got += (size_t)k;
    }
    return true;
}

static rt_value_t fn_random_bytes(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    LONG(0, n, 0);
    if (n < 1)
        return phpvm_throw("ValueError",
                           "random_bytes(): Argument #1 ($length) must be greater than 0");
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)n);
    return csprng(r->data, (size_t)n) ? rt_from_ptr(r) : RT_NOVALUE;
}

static rt_value_t fn_random_int(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    LONG(0, lo, 0);
    LONG(1, hi, 0);
    if (lo > hi)
        return phpvm_throw("ValueError", "random_int(): Argument #1 ($min) must be less than or "
                                         "equal to argument #2 ($max)");
    uint64_t umax = (uint64_t)hi - (uint64_t)lo, r;
    if (!csprng(&r, sizeof r))
        return RT_NOVALUE;
    if (umax != UINT64_MAX) {
        uint64_t span = umax + 1, limit = UINT64_MAX - (UINT64_MAX % span) - 1;
        while ((span & (span - 1)) && r > limit)
            if (!csprng(&r, sizeof r))
                return RT_NOVALUE;
        r %= span;
    }
    return phpvm_int((int64_t)((uint64_t)lo + r));
}

static const phpvm_builtin_t functions[] = {
    {"mt_srand", fn_mt_srand, 0, 2, "seed,mode", 0},
    {"srand", fn_mt_srand, 0, 2, "seed,mode", 0},
    {"mt_rand", fn_mt_rand, 0, 2, "min,max", 0},
    {"rand", fn_rand, 0, 2, "min,max", 0},
    {"mt_getrandmax", fn_getrandmax, 0, 0, "", 0},
    {"getrandmax", fn_getrandmax, 0, 0, "", 0},
    {"shuffle", fn_shuffle, 1, 1, "array", 1},
    {"str_shuffle", fn_str_shuffle, 1, 1, "string", 0},
    {"array_rand", fn_array_rand, 1, 2, "array,num", 0},
    {"random_bytes", fn_random_bytes, 1, 1, "length", 0},
    {"random_int", fn_random_int, 2, 2, "min,max", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_intconst_t constants[] = {
    {"MT_RAND_MT19937", MODE_MT19937}, {"MT_RAND_PHP", MODE_PHP}, {NULL, 0},
};

const phpvm_ext_t phpvm_ext_rand = {"random", functions, constants, NULL, NULL, NULL};

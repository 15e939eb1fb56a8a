/*
** float.c: the float type, the boxes of doubles without an immediate spelling (float.h) and
** Python's hash of numbers that are not small ints. The hash is shared with int.c: both reduce a
** number modulo the Mersenne prime 2**61 - 1, which is what makes hash(1.0) == hash(1) and lets
** Python dicts mix int and float keys.
*/
#include <math.h>

#include "runtime/float.h"
#include "runtime/numhash.h"

rt_type_t rt_type_float = RT_TYPE_INIT("float", NULL, NULL, RT_TYPE_IMMUTABLE);

/* Static like the singletons (singletons.c): outside the heap, so the collector ignores them. */
#define ZERO_BOX(d)                                                                                \
    {.hdr = {.gc = {.desc = &rt_type_float.gc, .size = (uint32_t)sizeof(rt_float_t)}}, .value = (d)}

_Alignas(GC_GRANULE) rt_float_t rt_float_zero_obj = ZERO_BOX(0.0);
_Alignas(GC_GRANULE) rt_float_t rt_float_negzero_obj = ZERO_BOX(-0.0);

rt_value_t rt_float_box(double d)
{
    if (d == 0)
        return rt_from_ptr(signbit(d) ? &rt_float_negzero_obj : &rt_float_zero_obj);
    rt_float_t *f = gc_alloc_leaf(&rt_type_float.gc, sizeof(rt_float_t));
    f->value = d;
    return rt_from_ptr(f);
}

/* 2**e modulo the prime, for any e: 2**61 == 1 (mod 2**61 - 1), so only e mod 61 matters. */
static uint64_t pow2_mod(int e)
{
    int k = e % 61;
    if (k < 0)
        k += 61;
    return (uint64_t)1 << k;
}

int64_t rt_float_pyhash_double(double d)
{
    if (isinf(d))
        return d > 0 ? RT_PYHASH_INF : -RT_PYHASH_INF;
    if (d == 0)
        return 0;
    int exp;
    double mant = frexp(fabs(d), &exp);
    /* |d| == m * 2**(exp - 53) exactly, m a 53-bit integer. */
    uint64_t m = (uint64_t)ldexp(mant, 53);
    unsigned __int128 prod = (unsigned __int128)(m % RT_PYHASH_MODULUS) * pow2_mod(exp - 53);
    return rt_numhash_finish((uint64_t)(prod % RT_PYHASH_MODULUS), d < 0);
}

int64_t rt_float_pyhash(rt_value_t f)
{
    double d = rt_float_value(f);
    if (!isnan(d))
        return rt_float_pyhash_double(d);
    /* CPython rotates the address so the always-zero alignment bits do not waste hash bits
    ** (a NaN is always boxed). */
    uintptr_t p = (uintptr_t)rt_ptr(f);
    int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

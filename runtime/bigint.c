/*
** bigint.c: the bignum heap object (rt_type_int) and its bridge to GMP (see bigint.h).
** Everything that builds an integer value from a wider computation goes through
** rt_bigint_from_mpz, which is where the canonical form (small when it fits) is enforced.
*/
#include "runtime/bigint.h"

rt_type_t rt_type_int = RT_TYPE_INIT("int", NULL, NULL, RT_TYPE_IMMUTABLE);

mpz_srcptr rt_bigint_view(rt_bigint_view_t *view, rt_value_t v)
{
    if (rt_is_small(v)) {
        int64_t i = rt_small_value(v);
        /* The magnitude of a 63-bit value never overflows uint64. */
        view->limb = i < 0 ? -(mp_limb_t)i : (mp_limb_t)i;
        mpz_roinit_n(view->z, &view->limb, i < 0 ? -1 : i > 0 ? 1 : 0);
    } else {
        const rt_bigint_t *b = rt_bigint_of(v);
        mpz_roinit_n(view->z, b->limbs, (mp_size_t)b->size);
    }
    return view->z;
}

rt_value_t rt_bigint_from_mpz(mpz_srcptr z)
{
    size_t n = mpz_size(z);
    if (n <= 1) {
        mp_limb_t mag = mpz_getlimbn(z, 0);
        if (mag <= (mp_limb_t)RT_SMALL_MAX)
            return rt_small(mpz_sgn(z) < 0 ? -(int64_t)mag : (int64_t)mag);
        /* -2^62 is the one small int whose magnitude exceeds RT_SMALL_MAX. */
        if (mpz_sgn(z) < 0 && mag == (mp_limb_t)RT_SMALL_MAX + 1)
            return rt_small(RT_SMALL_MIN);
    }
    rt_bigint_t *b = rt_alloc(&rt_type_int, sizeof(rt_bigint_t) + n * sizeof(mp_limb_t));
    b->size = mpz_sgn(z) < 0 ? -(int64_t)n : (int64_t)n;
    memcpy(b->limbs, mpz_limbs_read(z), n * sizeof(mp_limb_t));
    return rt_from_ptr(b);
}

rt_value_t rt_bigint_take_mpz(mpz_ptr z)
{
    rt_value_t v = rt_bigint_from_mpz(z);
    mpz_clear(z);
    return v;
}

/* A one-limb bignum: the values of magnitude 2^62 .. 2^64-1 that int64/uint64 conversions meet. */
static rt_value_t one_limb(uint64_t mag, bool negative)
{
    rt_bigint_t *b = rt_alloc(&rt_type_int, sizeof(rt_bigint_t) + sizeof(mp_limb_t));
    b->size = negative ? -1 : 1;
    b->limbs[0] = mag;
    return rt_from_ptr(b);
}

rt_value_t rt_int_from_i64(int64_t i)
{
    if (rt_small_fits(i))
        return rt_small(i);
    return one_limb(i < 0 ? -(uint64_t)i : (uint64_t)i, i < 0);
}

rt_value_t rt_int_from_u64(uint64_t u)
{
    if (u <= (uint64_t)RT_SMALL_MAX)
        return rt_small((int64_t)u);
    return one_limb(u, false);
}

bool rt_int_to_i64(rt_value_t v, int64_t *out)
{
    if (rt_is_small(v)) {
        *out = rt_small_value(v);
        return true;
    }
    const rt_bigint_t *b = rt_bigint_of(v);
    if (b->size != 1 && b->size != -1)
        return false;
    uint64_t mag = b->limbs[0];
    if (b->size > 0) {
        if (mag > (uint64_t)INT64_MAX)
            return false;
        *out = (int64_t)mag;
    } else {
        if (mag > (uint64_t)INT64_MAX + 1)
            return false;
        *out = (int64_t)(0 - mag);
    }
    return true;
}

/*
** int.c: Python integer arithmetic on values (see int.h).
** Each operation tries the small-int fast path first (63-bit operands, overflow detected with the
** compiler's checked arithmetic) and otherwise computes with GMP on read-only views of the
** operands, into a temporary that rt_bigint_take_mpz turns into a canonical value. No heap
** allocation happens while a view is in use, so a collection can never run under GMP's feet.
*/
#include <float.h>
#include <math.h>

#include "runtime/bigint.h"
#include "runtime/float.h"
#include "runtime/numhash.h"

typedef void (*mpz_binop_fn)(mpz_ptr, mpz_srcptr, mpz_srcptr);

/* fn(a, b) computed by GMP, as a canonical value. */
static rt_value_t big_binop(rt_value_t a, rt_value_t b, mpz_binop_fn fn)
{
    rt_bigint_view_t va, vb;
    mpz_t r;
    mpz_init(r);
    fn(r, rt_bigint_view(&va, a), rt_bigint_view(&vb, b));
    return rt_bigint_take_mpz(r);
}

rt_value_t rt_int_add(rt_value_t a, rt_value_t b)
{
    if (rt_is_small(a) && rt_is_small(b))
        return rt_int_from_i64(rt_small_value(a) + rt_small_value(b)); /* 63 + 63 bits fit */
    return big_binop(a, b, mpz_add);
}

rt_value_t rt_int_sub(rt_value_t a, rt_value_t b)
{
    if (rt_is_small(a) && rt_is_small(b))
        return rt_int_from_i64(rt_small_value(a) - rt_small_value(b));
    return big_binop(a, b, mpz_sub);
}

rt_value_t rt_int_mul(rt_value_t a, rt_value_t b)
{
    int64_t r;
    if (rt_is_small(a) && rt_is_small(b) &&
        !__builtin_mul_overflow(rt_small_value(a), rt_small_value(b), &r))
        return rt_int_from_i64(r);
    return big_binop(a, b, mpz_mul);
}

rt_value_t rt_int_neg(rt_value_t a)
{
    if (rt_is_small(a))
        return rt_int_from_i64(-rt_small_value(a));
    rt_bigint_view_t va;
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, rt_bigint_view(&va, a));
    return rt_bigint_take_mpz(r);
}

rt_value_t rt_int_abs(rt_value_t a) { return rt_int_sign(a) < 0 ? rt_int_neg(a) : a; }

rt_value_t rt_int_invert(rt_value_t a)
{
    if (rt_is_small(a))
        return rt_small(~rt_small_value(a));
    rt_bigint_view_t va;
    mpz_t r;
    mpz_init(r);
    mpz_com(r, rt_bigint_view(&va, a));
    return rt_bigint_take_mpz(r);
}

/* ---- Division ---- */

/* Floor division of small ints: C truncates, so adjust when the remainder's sign differs. */
static void small_floordiv(int64_t a, int64_t b, int64_t *q, int64_t *r)
{
    *q = a / b;
    *r = a % b;
    if (*r != 0 && ((*r < 0) != (b < 0))) {
        *q -= 1;
        *r += b;
    }
}

rt_num_status_t rt_int_divmod(rt_value_t a, rt_value_t b, rt_value_t *quot, rt_value_t *rem)
{
    if (rt_int_sign(b) == 0)
        return RT_NUM_ZERO_DIV;
    if (rt_is_small(a) && rt_is_small(b)) {
        int64_t q, r;
        small_floordiv(rt_small_value(a), rt_small_value(b), &q, &r);
        if (quot)
            *quot = rt_int_from_i64(q); /* RT_SMALL_MIN // -1 needs a box */
        if (rem)
            *rem = rt_small(r);
        return RT_NUM_OK;
    }
    rt_bigint_view_t va, vb;
    mpz_t q, r;
    mpz_inits(q, r, NULL);
    mpz_fdiv_qr(q, r, rt_bigint_view(&va, a), rt_bigint_view(&vb, b));
    /* Both temporaries are converted before either is cleared; a collection in the second
    ** allocation finds the first result on this frame. */
    rt_value_t qv = rt_bigint_take_mpz(q);
    rt_value_t rv = rt_bigint_take_mpz(r);
    if (quot)
        *quot = qv;
    if (rem)
        *rem = rv;
    return RT_NUM_OK;
}

rt_num_status_t rt_int_floordiv(rt_value_t a, rt_value_t b, rt_value_t *out)
{
    return rt_int_divmod(a, b, out, NULL);
}

rt_num_status_t rt_int_mod(rt_value_t a, rt_value_t b, rt_value_t *out)
{
    return rt_int_divmod(a, b, NULL, out);
}

/*
** Rounds q * 2**exp to a double, q holding two bits below the final precision and `sticky`
** telling whether anything non-zero was dropped below those. Half-to-even. q < 2**55, and exp is
** chosen by the callers so that q >> 2 fits the 53-bit significand (or the subnormal grid).
*/
static double round_scaled(uint64_t q, bool sticky, long exp)
{
    uint64_t low = q & 3;
    q >>= 2;
    if (low > 2 || (low == 2 && (sticky || (q & 1))))
        q++;
    return ldexp((double)q, (int)(exp + 2));
}

enum { EXTRA_BITS = DBL_MANT_DIG + 2 }; /* 55: the significand plus round and guard bits */

/* Bits [shift, shift + 64) of |z|. */
static uint64_t bits_at(mpz_srcptr z, mp_bitcnt_t shift)
{
    size_t i = shift / GMP_NUMB_BITS;
    unsigned off = shift % GMP_NUMB_BITS;
    uint64_t lo = mpz_getlimbn(z, (mp_size_t)i) >> off;
    if (off != 0)
        lo |= mpz_getlimbn(z, (mp_size_t)i + 1) << (GMP_NUMB_BITS - off);
    return lo;
}

static rt_num_status_t mpz_to_double(mpz_srcptr z, double *out)
{
    size_t nbits = mpz_sizeinbase(z, 2);
    if (nbits <= DBL_MANT_DIG) {
        *out = mpz_get_d(z); /* exact */
        return RT_NUM_OK;
    }
    if (nbits > DBL_MAX_EXP)
        return RT_NUM_OVERFLOW;
    mp_bitcnt_t shift = nbits - EXTRA_BITS;
    uint64_t q = bits_at(z, shift) & (((uint64_t)1 << EXTRA_BITS) - 1);
    double d = round_scaled(q, mpz_scan1(z, 0) < shift, (long)shift);
    if (isinf(d))
        return RT_NUM_OVERFLOW;
    *out = mpz_sgn(z) < 0 ? -d : d;
    return RT_NUM_OK;
}

rt_num_status_t rt_int_to_double(rt_value_t v, double *out)
{
    if (rt_is_small(v)) {
        *out = (double)rt_small_value(v); /* the conversion rounds to nearest even */
        return RT_NUM_OK;
    }
    rt_bigint_view_t view;
    return mpz_to_double(rt_bigint_view(&view, v), out);
}

rt_num_status_t rt_int_from_double(double d, rt_value_t *out)
{
    if (isnan(d))
        return RT_NUM_VALUE_ERROR;
    if (isinf(d))
        return RT_NUM_OVERFLOW;
    double t = trunc(d);
    if (fabs(t) < 0x1p62) {
        *out = rt_small((int64_t)t);
        return RT_NUM_OK;
    }
    mpz_t r;
    mpz_init_set_d(r, t);
    *out = rt_bigint_take_mpz(r);
    return RT_NUM_OK;
}

/*
** |a| / |b| correctly rounded, for b != 0. Scales so that the integer quotient has exactly
** EXTRA_BITS bits (fewer in the subnormal range, where the grid is fixed at 2**-1074), then lets
** round_scaled use the remainder as the sticky bit.
*/
static rt_num_status_t mpz_truediv(mpz_srcptr a, mpz_srcptr b, double *out)
{
    mpz_t num, den, q;
    long diff = (long)mpz_sizeinbase(a, 2) - (long)mpz_sizeinbase(b, 2);
    mpz_inits(num, den, q, NULL);
    mpz_abs(num, a);
    mpz_abs(den, b);
    /* Make 2**(diff-1) <= |a|/|b| < 2**diff: compare |a| with |b| * 2**diff, shifting the
    ** smaller side. */
    int ge;
    if (diff >= 0) {
        mpz_mul_2exp(q, den, (mp_bitcnt_t)diff);
        ge = mpz_cmp(num, q) >= 0;
    } else {
        mpz_mul_2exp(q, num, (mp_bitcnt_t)-diff);
        ge = mpz_cmp(q, den) >= 0;
    }
    diff += ge;
    rt_num_status_t status = RT_NUM_OK;
    if (diff > DBL_MAX_EXP) {
        status = RT_NUM_OVERFLOW;
        goto done;
    }
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - EXTRA_BITS;
    if (shift < 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)-shift);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)shift);
    mpz_tdiv_qr(q, num, num, den);
    double d = round_scaled(mpz_get_ui(q), mpz_sgn(num) != 0, shift);
    if (isinf(d)) {
        status = RT_NUM_OVERFLOW;
        goto done;
    }
    *out = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0) ? -d : d;
done:
    mpz_clears(num, den, q, NULL);
    return status;
}

rt_num_status_t rt_int_truediv(rt_value_t a, rt_value_t b, double *out)
{
    if (rt_int_sign(b) == 0)
        return RT_NUM_ZERO_DIV;
    if (rt_is_small(a) && rt_is_small(b)) {
        int64_t x = rt_small_value(a), y = rt_small_value(b);
        const int64_t exact = (int64_t)1 << DBL_MANT_DIG;
        if (x >= -exact && x <= exact && y >= -exact && y <= exact) {
            *out = (double)x / (double)y; /* both exact, so IEEE division rounds once */
            return RT_NUM_OK;
        }
    }
    rt_bigint_view_t va, vb;
    return mpz_truediv(rt_bigint_view(&va, a), rt_bigint_view(&vb, b), out);
}

/* ---- Powers ---- */

/* a ** e for small a and e >= 0 by repeated squaring; false when an int64 step overflows. */
static bool small_pow(int64_t a, int64_t e, int64_t *out)
{
    int64_t result = 1;
    while (e > 0) {
        if ((e & 1) && __builtin_mul_overflow(result, a, &result))
            return false;
        e >>= 1;
        if (e > 0 && __builtin_mul_overflow(a, a, &a))
            return false;
    }
    *out = result;
    return true;
}

/* a ** b for b < 0 in the two-argument form: Python computes float(a) ** float(b). */
static rt_num_status_t negative_pow(rt_value_t a, rt_value_t b, rt_value_t *out)
{
    double da, db;
    if (rt_int_to_double(a, &da) != RT_NUM_OK || rt_int_to_double(b, &db) != RT_NUM_OK)
        return RT_NUM_OVERFLOW;
    if (da == 0)
        return RT_NUM_ZERO_DIV;
    *out = rt_float_new(pow(da, db));
    return RT_NUM_OK;
}

/* pow(a, b, m), Python's rules: the result takes m's sign; b < 0 uses a's inverse modulo m. */
static rt_num_status_t mod_pow(rt_value_t a, rt_value_t b, rt_value_t m, rt_value_t *out)
{
    int msign = rt_int_sign(m);
    if (msign == 0)
        return RT_NUM_VALUE_ERROR;
    rt_bigint_view_t va, vb, vm;
    mpz_srcptr za = rt_bigint_view(&va, a), zb = rt_bigint_view(&vb, b);
    mpz_srcptr zm = rt_bigint_view(&vm, m);
    mpz_t base, exp, mod, r;
    mpz_inits(base, exp, mod, r, NULL);
    mpz_abs(mod, zm);
    mpz_set(base, za);
    mpz_abs(exp, zb);
    rt_num_status_t status = RT_NUM_OK;
    if (mpz_sgn(zb) < 0 && mpz_cmp_ui(mod, 1) != 0 && !mpz_invert(base, za, mod)) {
        status = RT_NUM_VALUE_ERROR;
        goto fail;
    }
    mpz_powm(r, base, exp, mod);
    if (msign < 0 && mpz_sgn(r) != 0)
        mpz_sub(r, r, mod);
    mpz_clears(base, exp, mod, NULL);
    *out = rt_bigint_take_mpz(r);
    return RT_NUM_OK;
fail:
    mpz_clears(base, exp, mod, r, NULL);
    return status;
}

rt_num_status_t rt_int_pow(rt_value_t a, rt_value_t b, rt_value_t m, rt_value_t *out)
{
    if (m != RT_NOVALUE)
        return mod_pow(a, b, m, out);
    if (rt_int_sign(b) < 0)
        return negative_pow(a, b, out);
    int64_t r;
    if (rt_is_small(a) && rt_is_small(b) && small_pow(rt_small_value(a), rt_small_value(b), &r)) {
        *out = rt_int_from_i64(r);
        return RT_NUM_OK;
    }
    /* 0, 1 and -1 are the bases whose powers stay small whatever the exponent. */
    if (rt_is_small(a) && rt_small_value(a) >= -1 && rt_small_value(a) <= 1) {
        int64_t x = rt_small_value(a);
        bool odd = rt_is_small(b) ? (rt_small_value(b) & 1) != 0
                                  : (rt_bigint_of(b)->limbs[0] & 1) != 0;
        *out = rt_small(x == -1 && !odd ? 1 : x);
        return RT_NUM_OK;
    }
    if (!rt_is_small(b))
        return RT_NUM_OVERFLOW;
    uint64_t e = (uint64_t)rt_small_value(b);
    rt_bigint_view_t va;
    mpz_srcptr za = rt_bigint_view(&va, a);
    /* The result has about e * log2|a| bits: refuse before GMP tries to allocate them. */
    long exp2;
    double mant = mpz_get_d_2exp(&exp2, za);
    if ((double)e * ((double)exp2 + log2(fabs(mant))) > (double)RT_INT_MAX_BITS)
        return RT_NUM_OVERFLOW;
    mpz_t z;
    mpz_init(z);
    mpz_pow_ui(z, za, e);
    *out = rt_bigint_take_mpz(z);
    return RT_NUM_OK;
}

/* ---- Bits ---- */

rt_value_t rt_int_and(rt_value_t a, rt_value_t b)
{
    if (rt_is_small(a) && rt_is_small(b))
        return rt_small(rt_small_value(a) & rt_small_value(b));
    return big_binop(a, b, mpz_and);
}

rt_value_t rt_int_or(rt_value_t a, rt_value_t b)
{
    if (rt_is_small(a) && rt_is_small(b))
        return rt_small(rt_small_value(a) | rt_small_value(b));
    return big_binop(a, b, mpz_ior);
}

rt_value_t rt_int_xor(rt_value_t a, rt_value_t b)
{
    if (rt_is_small(a) && rt_is_small(b))
        return rt_small(rt_small_value(a) ^ rt_small_value(b));
    return big_binop(a, b, mpz_xor);
}

rt_num_status_t rt_int_lshift(rt_value_t a, rt_value_t n, rt_value_t *out)
{
    if (rt_int_sign(n) < 0)
        return RT_NUM_VALUE_ERROR;
    if (rt_int_sign(a) == 0) {
        *out = a;
        return RT_NUM_OK;
    }
    if (!rt_is_small(n) || (uint64_t)rt_small_value(n) > RT_INT_MAX_BITS - rt_int_bit_length(a))
        return RT_NUM_OVERFLOW;
    int64_t count = rt_small_value(n);
    if (rt_is_small(a) && count < 64) {
        __int128 wide = (__int128)rt_small_value(a) * ((__int128)1 << count);
        if (wide >= INT64_MIN && wide <= INT64_MAX) {
            *out = rt_int_from_i64((int64_t)wide);
            return RT_NUM_OK;
        }
    }
    rt_bigint_view_t va;
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, rt_bigint_view(&va, a), (mp_bitcnt_t)count);
    *out = rt_bigint_take_mpz(r);
    return RT_NUM_OK;
}

rt_num_status_t rt_int_rshift(rt_value_t a, rt_value_t n, rt_value_t *out)
{
    int nsign = rt_int_sign(n);
    if (nsign < 0)
        return RT_NUM_VALUE_ERROR;
    /* A shift by more bits than any integer has leaves the sign: 0 or -1. */
    if (!rt_is_small(n) || (uint64_t)rt_small_value(n) >= rt_int_bit_length(a)) {
        *out = rt_small(rt_int_sign(a) < 0 ? -1 : 0);
        return RT_NUM_OK;
    }
    int64_t count = rt_small_value(n);
    if (rt_is_small(a)) {
        *out = rt_small(rt_small_value(a) >> count); /* arithmetic shift: floor */
        return RT_NUM_OK;
    }
    rt_bigint_view_t va;
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, rt_bigint_view(&va, a), (mp_bitcnt_t)count);
    *out = rt_bigint_take_mpz(r);
    return RT_NUM_OK;
}

/* ---- Facts and comparisons ---- */

int rt_int_sign(rt_value_t v)
{
    if (rt_is_small(v))
        return (rt_small_value(v) > 0) - (rt_small_value(v) < 0);
    return rt_bigint_of(v)->size < 0 ? -1 : 1; /* a bignum is never zero */
}

int rt_int_cmp(rt_value_t a, rt_value_t b)
{
    if (rt_is_small(a) && rt_is_small(b))
        return (rt_small_value(a) > rt_small_value(b)) - (rt_small_value(a) < rt_small_value(b));
    rt_bigint_view_t va, vb;
    int c = mpz_cmp(rt_bigint_view(&va, a), rt_bigint_view(&vb, b));
    return (c > 0) - (c < 0);
}

int rt_int_cmp_double(rt_value_t a, double d)
{
    if (isnan(d))
        return RT_CMP_UNORDERED;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    if (rt_is_small(a)) {
        int64_t i = rt_small_value(a);
        const int64_t exact = (int64_t)1 << DBL_MANT_DIG;
        if (i >= -exact && i <= exact) {
            double x = (double)i;
            return (x > d) - (x < d);
        }
    }
    /* Exactly: compare with trunc(d), and on a tie the fraction decides. */
    double t = trunc(d);
    rt_bigint_view_t va;
    mpz_t zt;
    mpz_init_set_d(zt, t);
    int c = mpz_cmp(rt_bigint_view(&va, a), zt);
    mpz_clear(zt);
    if (c == 0)
        return (d - t < 0) - (d - t > 0);
    return (c > 0) - (c < 0);
}

uint64_t rt_int_bit_length(rt_value_t v)
{
    if (rt_is_small(v)) {
        int64_t i = rt_small_value(v);
        uint64_t mag = i < 0 ? -(uint64_t)i : (uint64_t)i;
        return mag == 0 ? 0 : 64 - (uint64_t)__builtin_clzll(mag);
    }
    rt_bigint_view_t view;
    return mpz_sizeinbase(rt_bigint_view(&view, v), 2);
}

int64_t rt_int_pyhash(rt_value_t v)
{
    if (rt_is_small(v)) {
        int64_t i = rt_small_value(v);
        uint64_t mag = i < 0 ? -(uint64_t)i : (uint64_t)i;
        return rt_numhash_finish(mag % RT_PYHASH_MODULUS, i < 0);
    }
    rt_bigint_view_t view;
    mpz_srcptr z = rt_bigint_view(&view, v);
    return rt_numhash_finish(mpz_tdiv_ui(z, RT_PYHASH_MODULUS), mpz_sgn(z) < 0);
}

/*
** phpint.c: PHP integer arithmetic (see phpint.h). PHP has no bignums: ints are int64, and the
** operators that overflow fall back to doubles. Results are values so that an operator's int and
** float outcomes travel the same way; the int64 inputs are what the interpreters hold anyway.
*/
#include <math.h>

#include "runtime/float.h"
#include "runtime/phpint.h"

rt_value_t rt_phpint_add(int64_t a, int64_t b)
{
    int64_t r;
    if (__builtin_add_overflow(a, b, &r))
        return rt_float_new((double)a + (double)b);
    return rt_int_from_i64(r);
}

rt_value_t rt_phpint_sub(int64_t a, int64_t b)
{
    int64_t r;
    if (__builtin_sub_overflow(a, b, &r))
        return rt_float_new((double)a - (double)b);
    return rt_int_from_i64(r);
}

rt_value_t rt_phpint_mul(int64_t a, int64_t b)
{
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r))
        return rt_float_new((double)a * (double)b);
    return rt_int_from_i64(r);
}

/* PHP compiles -$x as $x * -1. */
rt_value_t rt_phpint_neg(int64_t a) { return rt_phpint_mul(a, -1); }

rt_num_status_t rt_phpint_div(int64_t a, int64_t b, rt_value_t *out)
{
    if (b == 0)
        return RT_NUM_ZERO_DIV;
    if (b == -1 && a == INT64_MIN)
        *out = rt_float_new((double)a / -1.0);
    else if (a % b == 0)
        *out = rt_int_from_i64(a / b);
    else
        *out = rt_float_new((double)a / (double)b);
    return RT_NUM_OK;
}

rt_num_status_t rt_phpint_intdiv(int64_t a, int64_t b, int64_t *out)
{
    if (b == 0)
        return RT_NUM_ZERO_DIV;
    if (b == -1 && a == INT64_MIN)
        return RT_NUM_ARITH_ERROR;
    *out = a / b;
    return RT_NUM_OK;
}

rt_num_status_t rt_phpint_mod(int64_t a, int64_t b, int64_t *out)
{
    if (b == 0)
        return RT_NUM_ZERO_DIV;
    *out = b == -1 ? 0 : a % b; /* PHP_INT_MIN % -1 would trap in C */
    return RT_NUM_OK;
}

/*
** PHP's square-and-multiply: on the first overflowing step it finishes in doubles from where it
** stands, and the float result depends on that order, so the order is PHP's.
*/
rt_value_t rt_phpint_pow(int64_t a, int64_t b)
{
    if (b < 0)
        return rt_float_new(pow((double)a, (double)b));
    if (b == 0)
        return rt_small(1);
    if (a == 0)
        return rt_small(0);
    int64_t acc = 1, base = a, i = b;
    while (i >= 1) {
        if (i % 2) {
            --i;
            int64_t prod;
            if (__builtin_mul_overflow(acc, base, &prod))
                return rt_float_new((double)acc * (double)base * pow((double)base, (double)i));
            acc = prod;
        } else {
            i /= 2;
            int64_t sq;
            if (__builtin_mul_overflow(base, base, &sq))
                return rt_float_new((double)acc * pow((double)base * (double)base, (double)i));
            base = sq;
        }
    }
    return rt_int_from_i64(acc);
}

rt_num_status_t rt_phpint_shl(int64_t a, int64_t b, int64_t *out)
{
    if (b < 0)
        return RT_NUM_ARITH_ERROR;
    *out = b >= 64 ? 0 : (int64_t)((uint64_t)a << b);
    return RT_NUM_OK;
}

rt_num_status_t rt_phpint_shr(int64_t a, int64_t b, int64_t *out)
{
    if (b < 0)
        return RT_NUM_ARITH_ERROR;
    *out = b >= 64 ? (a < 0 ? -1 : 0) : a >> b;
    return RT_NUM_OK;
}

/* Whether d truncates to an int64 without wrapping: -2^63 <= d < 2^63. */
static bool fits_i64(double d) { return d >= -0x1p63 && d < 0x1p63; }

int64_t rt_phpint_from_double(double d)
{
    if (!isfinite(d))
        return 0;
    if (fits_i64(d))
        return (int64_t)d;
    /* |d| >= 2^63 is an integer m * 2^e with e >= 11: reduce it modulo 2^64 exactly. */
    int e;
    double mant = frexp(fabs(d), &e);
    uint64_t m = (uint64_t)ldexp(mant, 53);
    int shift = e - 53;
    uint64_t mag = shift >= 64 ? 0 : m << shift;
    return (int64_t)(d < 0 ? 0 - mag : mag);
}

int64_t rt_phpint_from_double_cap(double d)
{
    if (!isfinite(d))
        return 0;
    if (fits_i64(d))
        return (int64_t)d;
    return d > 0 ? INT64_MAX : INT64_MIN;
}

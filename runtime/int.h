/*
** int.h: integers with Python's semantics (ARCHITECTURE.md section 2).
** An integer value is a tagged small int when it fits in 63 bits, else a heap bignum of type
** rt_type_int (runtime/bigint.c, GMP limbs inside the object). The representation is canonical:
** a bignum never holds a value that fits a small int, so equal small ints are equal words.
** Operations never fail for lack of a representation; the ones Python can raise from return an
** rt_num_status_t and write their result through an out pointer. There is no exception object
** yet: the caller turns the status into the language's exception.
*/
#ifndef PYHYP_RT_INT_H
#define PYHYP_RT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"

/* What went wrong in a numeric operation; the caller picks the exception and its message. */
typedef enum rt_num_status {
    RT_NUM_OK = 0,
    RT_NUM_ZERO_DIV,    /* Python ZeroDivisionError, PHP DivisionByZeroError */
    RT_NUM_OVERFLOW,    /* Python OverflowError: too large for a float, or too large to build */
    RT_NUM_VALUE_ERROR, /* Python ValueError: negative shift, bad literal, base not invertible */
    RT_NUM_ARITH_ERROR, /* PHP ArithmeticError: negative shift, intdiv(PHP_INT_MIN, -1) */
} rt_num_status_t;

/* The result of comparing with a NaN: neither less, equal nor greater. */
#define RT_CMP_UNORDERED 2

extern rt_type_t rt_type_int;

/* A bignum result may hold at most this many bits; larger ones are RT_NUM_OVERFLOW. */
#define RT_INT_MAX_BITS ((uint64_t)1 << 36)

static inline bool rt_is_int(rt_value_t v)
{
    return rt_is_small(v) || (v != 0 && rt_value_type(v) == &rt_type_int);
}

/* ---- Conversions ---- */

/* The integer value of i: small when it fits, else a bignum (may collect). */
rt_value_t rt_int_from_i64(int64_t i);
rt_value_t rt_int_from_u64(uint64_t u);

/* Stores the value in *out and returns true when it fits in int64 (PHP ints always do). */
bool rt_int_to_i64(rt_value_t v, int64_t *out);

/* The int64 of a value known to fit (a PHP int: small, or boxed between 2^62 and 2^63). */
static inline int64_t rt_int_i64(rt_value_t v)
{
    int64_t i = 0;
    if (rt_is_small(v))
        return rt_small_value(v);
    rt_int_to_i64(v, &i);
    return i;
}

/* float(v): correctly rounded (half to even). RT_NUM_OVERFLOW when beyond the double range. */
rt_num_status_t rt_int_to_double(rt_value_t v, double *out);

/* int(d), truncating: RT_NUM_VALUE_ERROR for NaN, RT_NUM_OVERFLOW for infinities. May collect. */
rt_num_status_t rt_int_from_double(double d, rt_value_t *out);

/* ---- Arithmetic (Python semantics; every result may be a new bignum, so all may collect) ---- */

rt_value_t rt_int_add(rt_value_t a, rt_value_t b);
rt_value_t rt_int_sub(rt_value_t a, rt_value_t b);
rt_value_t rt_int_mul(rt_value_t a, rt_value_t b);
rt_value_t rt_int_neg(rt_value_t a);
rt_value_t rt_int_abs(rt_value_t a);
rt_value_t rt_int_invert(rt_value_t a); /* ~a == -a - 1 */

/* a // b and a % b rounding toward minus infinity (the remainder takes b's sign).
** RT_NUM_ZERO_DIV. quot or rem may be NULL in rt_int_divmod. */
rt_num_status_t rt_int_floordiv(rt_value_t a, rt_value_t b, rt_value_t *out);
rt_num_status_t rt_int_mod(rt_value_t a, rt_value_t b, rt_value_t *out);
rt_num_status_t rt_int_divmod(rt_value_t a, rt_value_t b, rt_value_t *quot, rt_value_t *rem);

/* a / b correctly rounded to a double. RT_NUM_ZERO_DIV, RT_NUM_OVERFLOW. */
rt_num_status_t rt_int_truediv(rt_value_t a, rt_value_t b, double *out);

/*
** pow(a, b) and pow(a, b, m) (m == RT_NOVALUE for the two-argument form). A negative b gives a
** float value (float(a) ** float(b)) in the two-argument form and uses the modular inverse in the
** three-argument one. RT_NUM_ZERO_DIV (0 ** negative), RT_NUM_VALUE_ERROR (m == 0, base not
** invertible), RT_NUM_OVERFLOW (result too large to build, or to convert to float).
*/
rt_num_status_t rt_int_pow(rt_value_t a, rt_value_t b, rt_value_t m, rt_value_t *out);

/* Bitwise operations with two's-complement semantics on negative numbers. */
rt_value_t rt_int_and(rt_value_t a, rt_value_t b);
rt_value_t rt_int_or(rt_value_t a, rt_value_t b);
rt_value_t rt_int_xor(rt_value_t a, rt_value_t b);

/* a << n and a >> n (floor). RT_NUM_VALUE_ERROR for n < 0, RT_NUM_OVERFLOW when a << n would
** exceed RT_INT_MAX_BITS. */
rt_num_status_t rt_int_lshift(rt_value_t a, rt_value_t n, rt_value_t *out);
rt_num_status_t rt_int_rshift(rt_value_t a, rt_value_t n, rt_value_t *out);

/* ---- Facts and comparisons (never allocate) ---- */

int rt_int_sign(rt_value_t v); /* -1, 0, 1 */
int rt_int_cmp(rt_value_t a, rt_value_t b);
static inline bool rt_int_eq(rt_value_t a, rt_value_t b) { return a == b || rt_int_cmp(a, b) == 0; }

/* Exact comparison with a double, as Python compares int and float: -1, 0, 1, or
** RT_CMP_UNORDERED when d is NaN. (2**53 + 1 compares greater than float(2**53).) */
int rt_int_cmp_double(rt_value_t a, double d);

uint64_t rt_int_bit_length(rt_value_t v);

/* hash(v) as CPython computes it: the value modulo 2**61 - 1 with v's sign, -1 mapped to -2. */
int64_t rt_int_pyhash(rt_value_t v);

#endif

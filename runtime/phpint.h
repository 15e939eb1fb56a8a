/*
** phpint.h: PHP's integer semantics over the shared integer values (ARCHITECTURE.md section 2).
** A PHP int is an int64: a small int, or a boxed bignum for magnitudes between 2^62 and 2^63 that
** PHP code treats as an ordinary int (read it with rt_int_i64, build it with rt_int_from_i64).
** Where PHP overflows to float, these return a float value; where PHP throws, an rt_num_status_t.
*/
#ifndef PYHYP_RT_PHPINT_H
#define PYHYP_RT_PHPINT_H

#include <stdint.h>

#include "runtime/int.h"

/* a + b, a - b, a * b, -a: an int value, or a float value when int64 overflows. May collect. */
rt_value_t rt_phpint_add(int64_t a, int64_t b);
rt_value_t rt_phpint_sub(int64_t a, int64_t b);
rt_value_t rt_phpint_mul(int64_t a, int64_t b);
rt_value_t rt_phpint_neg(int64_t a);

/* a / b: an int value when b divides a (and the quotient fits), else a float value.
** RT_NUM_ZERO_DIV ("Division by zero"). May collect. */
rt_num_status_t rt_phpint_div(int64_t a, int64_t b, rt_value_t *out);

/* intdiv(a, b), truncating: RT_NUM_ZERO_DIV, RT_NUM_ARITH_ERROR for PHP_INT_MIN / -1. */
rt_num_status_t rt_phpint_intdiv(int64_t a, int64_t b, int64_t *out);

/* a % b, the sign of a: RT_NUM_ZERO_DIV ("Modulo by zero"). */
rt_num_status_t rt_phpint_mod(int64_t a, int64_t b, int64_t *out);

/* a ** b: an int value while it fits, else a float value computed the way PHP does (so the
** float's last bits match PHP's); b < 0 gives pow((double)a, (double)b). May collect. */
rt_value_t rt_phpint_pow(int64_t a, int64_t b);

/* a << b and a >> b: RT_NUM_ARITH_ERROR ("Bit shift by negative number") for b < 0; shifts of 64
** or more give 0 (left) or the sign (right). */
rt_num_status_t rt_phpint_shl(int64_t a, int64_t b, int64_t *out);
rt_num_status_t rt_phpint_shr(int64_t a, int64_t b, int64_t *out);

/* (int)d: truncates; NaN and infinities give 0; out-of-range values wrap modulo 2^64. */
int64_t rt_phpint_from_double(double d);

/* The conversion of numeric strings to int: as rt_phpint_from_double, but out-of-range values
** saturate at PHP_INT_MIN / PHP_INT_MAX ((int)"1e20" == PHP_INT_MAX). */
int64_t rt_phpint_from_double_cap(double d);

#endif

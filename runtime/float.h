/*
** float.h: the float values both languages use (ARCHITECTURE.md section 2), in two spellings of the
** one type rt_type_float. Most doubles are immediate values (value.h tag 10, "float self-tagging"
** after Melancon, Feeley and Serrano): the word is the double's bits with 257 added to the biased
** exponent, rotated left by 3, which puts the exponent's top two bits (10 exactly for biased
** exponents 767..1278, i.e. |d| in [2**-256, 2**256)) into the tag bits and the sign into bit 2.
** The others (zeros, subnormals, tiny, huge, inf, NaN) are boxed in a 16-byte rt_float_t; +0.0
** and -0.0 are two static boxes, so no float value ever allocates for a zero. Arithmetic results
** are then allocation-free in the common case and float-heavy data (PHP objects of floats, Python
** lists of floats) holds no float objects for the collector to mark.
** Identity: equal immediates are the same word, so Python's `is` on two equal computed floats may
** be True (CPython promises neither); id() of an immediate is stable (it is the word).
** Formatting and parsing of doubles live in numfmt.h and numparse.h.
*/
#ifndef PYHYP_RT_FLOAT_H
#define PYHYP_RT_FLOAT_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "runtime/object.h"

typedef struct rt_float {
    rt_obj_t hdr;
    double value;
} rt_float_t;

extern rt_type_t rt_type_float;

/* The offset added to a double's bits before the rotation (257 on the biased exponent). */
#define RT_FLOAT_IMM_OFFSET ((uint64_t)257 << 52)

extern _Alignas(GC_GRANULE) rt_float_t rt_float_zero_obj;    /* +0.0 */
extern _Alignas(GC_GRANULE) rt_float_t rt_float_negzero_obj; /* -0.0 */

/* The boxed spelling of d: a static box for +-0.0, else a new object. May collect. For
** rt_float_new, whose fast path handles the immediate doubles. */
rt_value_t rt_float_box(double d);

/* The immediate word of d, or 0 when d has no immediate spelling. Never allocates. */
static inline rt_value_t rt_float_imm(double d)
{
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    b += RT_FLOAT_IMM_OFFSET;
    rt_value_t w = (b << 3) | (b >> 61);
    return ((w - 2) & 3) == 0 ? w : 0; /* (w & 3) == 2 in one instruction fewer */
}

/* The double of an immediate float word. */
static inline double rt_float_imm_value(rt_value_t w)
{
    uint64_t b = ((w >> 3) | (w << 61)) - RT_FLOAT_IMM_OFFSET;
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

/* A float value holding d: immediate when it can be, else boxed. May collect (only then). Inline:
** the interpreters make a float per arithmetic result. */
static inline rt_value_t rt_float_new(double d)
{
    rt_value_t w = rt_float_imm(d);
    return __builtin_expect(w != 0, 1) ? w : rt_float_box(d);
}

/* Both a and b immediate floats: one test of the two words, before decoding either (the
** arithmetic fast paths of both interpreters). */
static inline bool rt_float_imm2(rt_value_t a, rt_value_t b)
{
    return (((a ^ 2) | (b ^ 2)) & 3) == 0;
}

static inline bool rt_is_float(rt_value_t v)
{
    return rt_is_float_imm(v) || (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_float);
}

/* The double of a float value (either spelling). */
static inline double rt_float_value(rt_value_t v)
{
    if (rt_is_float_imm(v))
        return rt_float_imm_value(v);
    return ((const rt_float_t *)rt_ptr(v))->value;
}

/* hash(d) as CPython computes it for a d that is not NaN: d modulo 2**61 - 1 as a rational number,
** so it equals rt_int_pyhash of an equal integer; +-inf hash to +-314159; -1 becomes -2. */
int64_t rt_float_pyhash_double(double d);

/* hash(f) of a float object: rt_float_pyhash_double, except that NaN hashes by identity as in
** CPython 3.10 and later. */
int64_t rt_float_pyhash(rt_value_t f);

#endif

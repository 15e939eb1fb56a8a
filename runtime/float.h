/*
** float.h: the boxed double both languages use for float values (ARCHITECTURE.md section 2).
** Formatting and parsing of doubles live in numfmt.h and numparse.h.
*/
#ifndef PYHYP_RT_FLOAT_H
#define PYHYP_RT_FLOAT_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/object.h"

typedef struct rt_float {
    rt_obj_t hdr;
    double value;
} rt_float_t;

extern rt_type_t rt_type_float;

/* A new float object holding d. May collect. Inline: the interpreters box a float per
** arithmetic result, and the leaf allocation's fast path is a few instructions. */
static inline rt_value_t rt_float_new(double d)
{
    rt_float_t *f = gc_alloc_leaf(&rt_type_float.gc, sizeof(rt_float_t));
    f->value = d;
    return rt_from_ptr(f);
}

static inline bool rt_is_float(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_float;
}

static inline double rt_float_value(rt_value_t v) { return ((const rt_float_t *)rt_ptr(v))->value; }

/* hash(d) as CPython computes it for a d that is not NaN: d modulo 2**61 - 1 as a rational number,
** so it equals rt_int_pyhash of an equal integer; +-inf hash to +-314159; -1 becomes -2. */
int64_t rt_float_pyhash_double(double d);

/* hash(f) of a float object: rt_float_pyhash_double, except that NaN hashes by identity as in
** CPython 3.10 and later. */
int64_t rt_float_pyhash(rt_value_t f);

#endif

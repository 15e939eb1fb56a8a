/*
** value.h: the one value word both languages use (ARCHITECTURE.md section 2).
** A value is 64 bits, told apart by its two low bits: x1 a tagged small integer (63-bit signed),
** 10 an immediate float (a double stored in the word itself, runtime/float.h), 00 a pointer to a
** heap object (16-byte aligned, the collector's granule). The same representation in Python and
** PHP is what lets a value cross the language boundary without conversion. 0 is no value: the
** error sentinel.
**
** An immediate float is only another spelling of a float object: its type is rt_type_float
** (rt_value_type in object.h), so code that dispatches on a value's type handles it by asking
** rt_is_ptr before reading a header. This deviates deliberately from "one boxed double type"
** (ARCHITECTURE.md section 2): float arithmetic would otherwise allocate per result.
*/
#ifndef PYHYP_RT_VALUE_H
#define PYHYP_RT_VALUE_H

#include <assert.h>
#include <stdbool.h>
#include <stdint.h>

typedef uintptr_t rt_value_t;

#define RT_NOVALUE ((rt_value_t)0) /* "an exception is pending" when a function returns it */

#define RT_SMALL_MAX (((int64_t)1 << 62) - 1)
#define RT_SMALL_MIN (-((int64_t)1 << 62))

static inline bool rt_is_small(rt_value_t v) { return (v & 1) != 0; }
static inline bool rt_is_ptr(rt_value_t v) { return v != 0 && (v & 3) == 0; }
/* An immediate float (float.h decodes it). */
static inline bool rt_is_float_imm(rt_value_t v) { return (v & 3) == 2; }

static inline bool rt_small_fits(int64_t i) { return i >= RT_SMALL_MIN && i <= RT_SMALL_MAX; }

/* The integer of a small-int value. */
static inline int64_t rt_small_value(rt_value_t v) { return (int64_t)v >> 1; }

/* A small-int value; i must satisfy rt_small_fits (rt_int_from_i64 boxes when it does not). */
static inline rt_value_t rt_small(int64_t i) { return ((rt_value_t)i << 1) | 1; }

/* The object of a pointer value (or NULL for 0); never of a small int or an immediate float. */
static inline void *rt_ptr(rt_value_t v)
{
    assert((v & 3) == 0);
    return (void *)v;
}
static inline rt_value_t rt_from_ptr(const void *p) { return (rt_value_t)p; }

#endif

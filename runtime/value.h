/*
** value.h: the one value word both languages use (ARCHITECTURE.md section 2).
** A value is 64 bits: a tagged small integer (low bit set, 63-bit signed) or a pointer to a heap
** object (16-byte aligned, low bits clear). The same representation in Python and PHP is what lets a
** value cross the language boundary without conversion. 0 is no value: the error sentinel.
*/
#ifndef PYHYP_RT_VALUE_H
#define PYHYP_RT_VALUE_H

#include <stdbool.h>
#include <stdint.h>

typedef uintptr_t rt_value_t;

#define RT_NOVALUE ((rt_value_t)0) /* "an exception is pending" when a function returns it */

#define RT_SMALL_MAX (((int64_t)1 << 62) - 1)
#define RT_SMALL_MIN (-((int64_t)1 << 62))

static inline bool rt_is_small(rt_value_t v) { return (v & 1) != 0; }
static inline bool rt_is_ptr(rt_value_t v) { return v != 0 && (v & 1) == 0; }

static inline bool rt_small_fits(int64_t i) { return i >= RT_SMALL_MIN && i <= RT_SMALL_MAX; }

/* The integer of a small-int value. */
static inline int64_t rt_small_value(rt_value_t v) { return (int64_t)v >> 1; }

/* A small-int value; i must satisfy rt_small_fits (rt_int_from_i64 boxes when it does not). */
static inline rt_value_t rt_small(int64_t i) { return ((rt_value_t)i << 1) | 1; }

static inline void *rt_ptr(rt_value_t v) { return (void *)v; }
static inline rt_value_t rt_from_ptr(const void *p) { return (rt_value_t)p; }

#endif

/*
** singletons.h: None/null and the booleans (ARCHITECTURE.md section 2).
** Python None and PHP null are one object; True/true and False/false are two. They are static
** objects outside the heap (gc_visit ignores such pointers), so their values are link-time
** constants that compare by identity and JIT code can embed.
*/
#ifndef PYHYP_RT_SINGLETONS_H
#define PYHYP_RT_SINGLETONS_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/object.h"

/* A boolean carries its integer value so Python's bool can behave as the int subclass it is. */
typedef struct rt_bool {
    rt_obj_t hdr;
    int64_t value; /* 0 or 1 */
} rt_bool_t;

extern rt_type_t rt_type_none;
extern rt_type_t rt_type_bool;

extern _Alignas(GC_GRANULE) rt_obj_t rt_none_obj;
extern _Alignas(GC_GRANULE) rt_bool_t rt_true_obj;
extern _Alignas(GC_GRANULE) rt_bool_t rt_false_obj;

/* Address constants: usable in static initializers and switch-free identity tests. */
#define rt_none  ((rt_value_t)&rt_none_obj)
#define rt_true  ((rt_value_t)&rt_true_obj)
#define rt_false ((rt_value_t)&rt_false_obj)

static inline rt_value_t rt_bool(bool b) { return b ? rt_true : rt_false; }
static inline bool rt_is_none(rt_value_t v) { return v == rt_none; }
static inline bool rt_is_bool(rt_value_t v) { return v == rt_true || v == rt_false; }

#endif

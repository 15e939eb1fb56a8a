/*
** tuple.h: immutable fixed-size arrays of values, Python's tuple (ARCHITECTURE.md section 2).
** One object: the length, then the items inline, so the JIT reads item i at a constant offset.
** A tuple is filled while it is being built (rt_tuple_init_item) and never changes afterwards.
*/
#ifndef PYHYP_RT_TUPLE_H
#define PYHYP_RT_TUPLE_H

#include <stdint.h>

#include "runtime/object.h"

typedef struct rt_tuple {
    rt_obj_t hdr;
    int64_t len;
    rt_value_t items[];
} rt_tuple_t;

extern rt_type_t rt_type_tuple; /* pyvm/ installs Python's tuple slots here */

/* A tuple of type t (whose trace function calls rt_tuple_trace) with n items, all 0 until set with
** rt_tuple_init_item; nobody else may see it before every item is set. May collect. */
rt_tuple_t *rt_tuple_new_of(const rt_type_t *t, int64_t n);
static inline rt_tuple_t *rt_tuple_new(int64_t n) { return rt_tuple_new_of(&rt_type_tuple, n); }

/* A tuple holding a copy of src[0..n) (BUILD_TUPLE from the value stack, tuple(list)). src may
** point into a heap object the caller keeps alive (the heap does not move). May collect. */
rt_tuple_t *rt_tuple_from(const rt_value_t *src, int64_t n);

void rt_tuple_trace(gc_tracer_t *tracer, void *obj);

/* Sets item i of a tuple under construction (with the write barrier: the caller may have
** allocated since the tuple was made). */
static inline void rt_tuple_init_item(rt_tuple_t *t, int64_t i, rt_value_t x)
{
    t->items[i] = x;
    gc_write_barrier(t);
}

static inline int64_t rt_tuple_len(const rt_tuple_t *t) { return t->len; }
/* Requires 0 <= i < len. */
static inline rt_value_t rt_tuple_get(const rt_tuple_t *t, int64_t i) { return t->items[i]; }

#endif

/*
** vec.h: growable arrays of values, the backing of Python list (ARCHITECTURE.md section 2).
** A vector is a small fixed object pointing at a store object that holds the items; the store is
** replaced when it grows, so the vector's identity never changes. Past len the store is zeroed,
** so its trace function needs no length. Indexes are the caller's to check: the Python and PHP
** semantics of negative or out-of-range indexes belong to pyvm/ and phpvm/.
*/
#ifndef PYHYP_RT_VEC_H
#define PYHYP_RT_VEC_H

#include <stdint.h>

#include "runtime/object.h"

typedef struct rt_vec_store {
    rt_obj_t hdr;
    int64_t cap;
    rt_value_t items[]; /* cap items; those past the vector's len are 0 */
} rt_vec_store_t;

typedef struct rt_vec {
    rt_obj_t hdr;
    int64_t len;
    rt_vec_store_t *store; /* never NULL: empty vectors share a static store of capacity 0 */
} rt_vec_t;

extern rt_type_t rt_type_vec; /* a vector with no language behaviour */

/* An empty vector of type t (whose trace function calls rt_vec_trace) with room for `capacity`
** items. May collect. */
rt_vec_t *rt_vec_new_of(const rt_type_t *t, int64_t capacity);
static inline rt_vec_t *rt_vec_new(int64_t capacity)
{
    return rt_vec_new_of(&rt_type_vec, capacity);
}

/* A vector of type t holding a copy of src[0..n) (list(tuple), slices, copy). src may point into
** a heap object the caller keeps alive (another vector's items). May collect. */
rt_vec_t *rt_vec_from_of(const rt_type_t *t, const rt_value_t *src, int64_t n);

void rt_vec_trace(gc_tracer_t *tracer, void *obj);

static inline int64_t rt_vec_len(const rt_vec_t *v) { return v->len; }
/* The items, valid until the next call that may grow or shrink the vector. */
static inline rt_value_t *rt_vec_items(const rt_vec_t *v) { return v->store->items; }
/* Requires 0 <= i < len. */
static inline rt_value_t rt_vec_get(const rt_vec_t *v, int64_t i) { return v->store->items[i]; }
/* The write barrier after storing x into `slot` of store st: none for a value that is no
** reference, and only the slot's card of a large store (gc_write_barrier_slot). */
static inline void rt_vec_store_barrier(rt_vec_store_t *st, const void *slot, rt_value_t x)
{
    if (rt_is_ptr(x))
        gc_write_barrier_slot(st, slot);
}

static inline void rt_vec_set(rt_vec_t *v, int64_t i, rt_value_t x)
{
    v->store->items[i] = x;
    rt_vec_store_barrier(v->store, &v->store->items[i], x);
}

/* Makes room for at least n items in all (no change in length). May collect. */
void rt_vec_reserve(rt_vec_t *v, int64_t n);

/* Appends x, growing the store by half when full (amortized O(1)). May collect. */
void rt_vec_append(rt_vec_t *v, rt_value_t x);

/* Inserts x before index i (0 <= i <= len). May collect. */
void rt_vec_insert(rt_vec_t *v, int64_t i, rt_value_t x);

/* Removes the items [lo, hi) (0 <= lo <= hi <= len). Never allocates. */
void rt_vec_del(rt_vec_t *v, int64_t lo, int64_t hi);

/* Removes and returns the item at i (0 <= i < len): list.pop(i). Never allocates. */
rt_value_t rt_vec_pop(rt_vec_t *v, int64_t i);

/*
** Replaces the items [lo, hi) with src[0..n): Python's slice assignment a[lo:hi] = src, and with
** lo == hi == len, extend. src may alias v's own items (a[1:2] = a). May collect.
*/
void rt_vec_replace(rt_vec_t *v, int64_t lo, int64_t hi, const rt_value_t *src, int64_t n);

/* Removes every item and releases the store. */
void rt_vec_clear(rt_vec_t *v);

#endif

/*
** gc_inline.h: the collector's inline fast paths (included by gc.h; include gc.h, not this file).
** Side tables cover the whole heap reservation and are indexed by plain address arithmetic, so the
** object-start record and the card mark are one store each. JIT code inlines the same arithmetic.
*/
#ifndef PYHYP_GC_INLINE_H
#define PYHYP_GC_INLINE_H

#include <assert.h>

/*
** One metadata byte per 16-byte granule of the heap (gc_meta_bias[addr >> GC_GRANULE_SHIFT]).
** START: an object begins here (set at allocation, cleared when the object is swept).
** FINALIZE: its descriptor has a light finalizer, so sweeping reads the header only for these.
** MARK0/MARK1: the two mark colours; the collector flips between them at each major collection,
** and a mark survives minor collections (sticky mark bits: a marked object is old).
*/
#define GC_GRANULE_SHIFT 4u
#define GC_META_START    0x01u
#define GC_META_FINALIZE 0x02u
#define GC_META_MARK0    0x04u
#define GC_META_MARK1    0x08u

/* One card byte per 256 bytes of heap; nonzero = an object starting in that card was stored to. */
#define GC_CARD_SHIFT 8u

/* Both pointers are biased by the heap base so that indexing with a raw address works. Set by
** gc_init; they never change afterwards (JIT code may embed them as constants). */
extern uint8_t *gc_meta_bias;
extern uint8_t *gc_card_bias;

/* Heap reservation bounds: [gc_heap_lo, gc_heap_hi). */
extern uintptr_t gc_heap_lo, gc_heap_hi;

static inline bool gc_in_heap(const void *p)
{
    return (uintptr_t)p - gc_heap_lo < gc_heap_hi - gc_heap_lo;
}

/* The header's desc must already be set: a light finalizer is recorded in the start byte. */
static inline void gc_mark_start(void *obj)
{
    const gc_header_t *h = (const gc_header_t *)obj;
    gc_meta_bias[(uintptr_t)obj >> GC_GRANULE_SHIFT] =
        (uint8_t)(h->desc->finalize ? GC_META_START | GC_META_FINALIZE : GC_META_START);
}

/* `obj` must be a heap object (static objects that hold heap references register as roots). */
static inline void gc_write_barrier(void *obj)
{
    assert(gc_in_heap(obj));
    gc_card_bias[(uintptr_t)obj >> GC_CARD_SHIFT] = 1;
}

#endif

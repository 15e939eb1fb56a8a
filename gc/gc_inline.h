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
** LEAF (the high four bits): for an object without references (no trace function, or no bigger
** than its descriptor's leaf_size) of at most GC_LEAF_MAX bytes, its size in granules; 0 for
** every other object. Marking finishes such an object from this byte alone, never reading the
** object or queueing it (boxed floats, bignums, short strings).
** A leaf's size is a multiple of GC_GRANULE below 256, so the size in bytes *is* the byte's value
** of those four bits.
*/
#define GC_GRANULE_SHIFT 4u
#define GC_META_START    0x01u
#define GC_META_FINALIZE 0x02u
#define GC_META_MARK0    0x04u
#define GC_META_MARK1    0x08u
#define GC_META_LEAF     0xf0u
#define GC_LEAF_MAX      (GC_META_LEAF)

/* One card byte per 256 bytes of heap; nonzero = an object starting in that card was stored to. */
#define GC_CARD_SHIFT 8u

/* Both pointers are biased by the heap base so that indexing with a raw address works. Set by
** gc_init; they never change afterwards (JIT code may embed them as constants). */
extern uint8_t *gc_meta_bias;
extern uint8_t *gc_card_bias;

/* Heap reservation bounds: [gc_heap_lo, gc_heap_hi), GC_HEAP_SPAN bytes once gc_init has run
** (both 0 before). */
extern uintptr_t gc_heap_lo, gc_heap_hi;
#define GC_HEAP_SPAN ((uintptr_t)32 << 30)

/* The mark colour of the current cycle (GC_META_MARK0 or GC_META_MARK1): a start byte with this
** bit is marked. Changes only at the start of a major collection. */
extern uint8_t gc_mark_colour;

static inline bool gc_in_heap(const void *p)
{
    return (uintptr_t)p - gc_heap_lo < gc_heap_hi - gc_heap_lo;
}

/* The header's desc and size must already be set: a light finalizer and a leaf's size are
** recorded in the start byte. (Objects keep their descriptor and size for life; a descriptor may
** change only to another of the same kind, as a string becoming bytes.) */
static inline void gc_mark_start(void *obj)
{
    const gc_header_t *h = (const gc_header_t *)obj;
    unsigned m = h->desc->finalize ? GC_META_START | GC_META_FINALIZE : GC_META_START;
    if ((!h->desc->trace || h->size <= h->desc->leaf_size) && h->size - 1u < GC_LEAF_MAX)
        m |= h->size;
    gc_meta_bias[(uintptr_t)obj >> GC_GRANULE_SHIFT] = (uint8_t)m;
}

/* gc_alloc with the start byte a constant (gc.h). */
static inline void *gc_alloc_leaf(const gc_desc_t *desc, size_t size)
{
    size = (size + GC_GRANULE - 1) & ~(size_t)(GC_GRANULE - 1);
    assert(!desc->trace && !desc->finalize && size < GC_LEAF_MAX);
    gc_header_t *h = gc_alloc_bump(desc, size);
    if (__builtin_expect(!h, 0))
        return gc_alloc_slow(desc, size);
    gc_meta_bias[(uintptr_t)h >> GC_GRANULE_SHIFT] = (uint8_t)(GC_META_START | size);
    return h;
}

/* Rotating the word's offset in the heap right by the granule shift moves a misalignment (a
** tagged integer's low bit) to the top, so one compare rejects non-pointers and words outside the
** heap alike. Only called during a collection, when the heap exists. */
static inline void gc_visit(gc_tracer_t *tracer, uintptr_t word)
{
    uintptr_t off = word - gc_heap_lo;
    off = (off >> GC_GRANULE_SHIFT) | (off << (64 - GC_GRANULE_SHIFT));
    if (off >= GC_HEAP_SPAN >> GC_GRANULE_SHIFT)
        return;
    unsigned m = gc_meta_bias[word >> GC_GRANULE_SHIFT];
    if ((m & (GC_META_START | gc_mark_colour)) == GC_META_START)
        gc_mark_reached(tracer, word);
}

/* `obj` must be a heap object (static objects that hold heap references register as roots). */
static inline void gc_write_barrier(void *obj)
{
    assert(gc_in_heap(obj));
    gc_card_bias[(uintptr_t)obj >> GC_CARD_SHIFT] = 1;
}

/* Large objects record size 0 in their header (gc.h). */
static inline void gc_write_barrier_slot(void *obj, const void *slot)
{
    const gc_header_t *h = obj;
    assert(gc_in_heap(obj) && h->desc->trace_range);
    uintptr_t a = h->size ? (uintptr_t)obj : (uintptr_t)slot;
    gc_card_bias[a >> GC_CARD_SHIFT] = 1;
}

#endif

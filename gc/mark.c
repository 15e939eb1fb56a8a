/*
** mark.c: tracing (ARCHITECTURE.md section 3).
** A grey stack of object addresses; trace functions report slots through gc_visit. Mark bits live
** in the start byte of each object and are sticky: a minor collection treats marked (old) objects
** as live and only traces young ones, plus the old objects in dirty cards (the remembered set).
** Marking an object also marks the Immix lines it covers, which is what sweeping reads.
*/
#include "config.h"

#include "gc/gc_internal.h"

void gc_visit(gc_tracer_t *tracer, uintptr_t word)
{
    if ((word & (GC_GRANULE - 1)) || word - gc_heap_lo >= gc_heap_hi - gc_heap_lo)
        return;
    if (!(gc_meta_bias[word >> GC_GRANULE_SHIFT] & GC_META_START))
        return;
    gc_mark_object(tracer, word);
}

/* The start byte of the object containing `word`, searching back to the start of its block. */
static uintptr_t resolve_small(uintptr_t word)
{
    size_t b = gc_block_index(word);
    if (b >= gc_heap.block_hwm || gc_heap.blocks[b].state == GC_BLOCK_FREE)
        return 0;
    uintptr_t base = (uintptr_t)gc_block_addr(b);
    const uint8_t *meta = gc_meta_of((void *)base);
    size_t g = (word - base) >> GC_GRANULE_SHIFT;
    for (;;) {
        if (meta[g] & GC_META_START)
            break;
        if (g == 0)
            return 0;
        g--;
    }
    uintptr_t start = base + (g << GC_GRANULE_SHIFT);
    const gc_header_t *h = (const gc_header_t *)start;
    return word < start + h->size ? start : 0;
}

uintptr_t gc_mark_resolve(uintptr_t word)
{
    if (word - gc_heap_lo >= gc_heap_hi - gc_heap_lo)
        return 0;
    if (gc_in_block_space(word))
        return resolve_small(word);
    gc_large_t *lo = gc_large_find(word);
    return lo ? (uintptr_t)lo->start : 0;
}

static size_t object_size(uintptr_t obj)
{
    const gc_header_t *h = (const gc_header_t *)obj;
    return h->size ? h->size : gc_large_find(obj)->size;
}

size_t gc_size_of(const void *obj)
{
    return object_size((uintptr_t)obj);
}

/* Marks the lines [obj, obj + size) covers, so sweeping keeps them. */
static inline void mark_lines(uintptr_t obj, size_t size)
{
    uintptr_t off = obj - (uintptr_t)gc_heap.blocks_lo;
    size_t first = off >> GC_LINE_SHIFT, last = (off + size - 1) >> GC_LINE_SHIFT;
    uint8_t *lm = gc_heap.line_marks;
    for (size_t l = first; l <= last; l++)
        lm[l] = 1;
}

void gc_mark_drain(gc_tracer_t *t)
{
    while (t->n > 0) {
        uintptr_t obj = t->stack[--t->n];
        if (t->n > 0)
            __builtin_prefetch((const void *)t->stack[t->n - 1]);
        const gc_header_t *h = (const gc_header_t *)obj;
        size_t size = h->size;
        if (size)
            mark_lines(obj, size);
        else
            size = gc_large_find(obj)->size;
        t->objects++;
        t->bytes += size;
        if (h->desc->trace)
            h->desc->trace(t, (void *)obj);
    }
}

/* Traces the old objects that start in the card at `card_addr`; young ones are traced only if
** reachable, and unmarked old-coloured ones are dead. */
static void scan_card(gc_tracer_t *t, uintptr_t card_addr)
{
    const uint8_t *meta = gc_meta_of((void *)card_addr);
    for (size_t g = 0; g < GC_CARD_SIZE / GC_GRANULE; g++) {
        if ((meta[g] & (GC_META_START | t->mark)) != (GC_META_START | t->mark))
            continue;
        uintptr_t obj = card_addr + (g << GC_GRANULE_SHIFT);
        const gc_header_t *h = (const gc_header_t *)obj;
        if (h->desc->trace)
            h->desc->trace(t, (void *)obj);
    }
}

/* Scans the cards of [lo, lo + bytes) a word at a time, clearing each dirty one. */
static void scan_cards(gc_tracer_t *t, uintptr_t lo, size_t bytes)
{
    uint8_t *cards = &gc_card_bias[lo >> GC_CARD_SHIFT];
    size_t n = bytes >> GC_CARD_SHIFT;
    for (size_t i = 0; i < n; i += 8) {
        uint64_t w;
        memcpy(&w, cards + i, sizeof w);
        if (!w)
            continue;
        for (size_t j = i; j < i + 8 && j < n; j++) {
            if (!cards[j])
                continue;
            cards[j] = 0;
            scan_card(t, lo + (j << GC_CARD_SHIFT));
        }
    }
}

void gc_mark_cards(gc_tracer_t *t)
{
    scan_cards(t, (uintptr_t)gc_heap.blocks_lo, (size_t)gc_heap.block_hwm << GC_BLOCK_SHIFT);
    scan_cards(t, (uintptr_t)gc_heap.large_lo, (size_t)gc_heap.large_hwm << GC_PAGE_SHIFT);
}

void gc_mark_clear_cards(void)
{
    memset(gc_card_bias + ((uintptr_t)gc_heap.blocks_lo >> GC_CARD_SHIFT), 0,
           (size_t)gc_heap.block_hwm << (GC_BLOCK_SHIFT - GC_CARD_SHIFT));
    memset(gc_card_bias + ((uintptr_t)gc_heap.large_lo >> GC_CARD_SHIFT), 0,
           (size_t)gc_heap.large_hwm << (GC_PAGE_SHIFT - GC_CARD_SHIFT));
}

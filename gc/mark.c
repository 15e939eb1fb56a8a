/*
** mark.c: tracing (ARCHITECTURE.md section 3).
** A grey stack of object addresses; trace functions report slots through gc_visit. Mark bits live
** in the start byte of each object and are sticky: a minor collection treats marked (old) objects
** as live and only traces young ones, plus the old objects in dirty cards (the remembered set).
** Marking an object also marks the Immix lines it covers, which is what sweeping reads.
*/
#include "config.h"

#include "gc/gc_internal.h"

uint8_t gc_mark_colour = GC_META_MARK0;

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

/* Marks the lines [obj, obj + size) covers, so sweeping keeps them. Most objects cover one or
** two lines: those take two stores and no call. */
static inline void mark_lines(uintptr_t obj, size_t size)
{
    uintptr_t off = obj - (uintptr_t)gc_heap.blocks_lo;
    size_t first = off >> GC_LINE_SHIFT, last = (off + size - 1) >> GC_LINE_SHIFT;
    uint8_t *lm = gc_heap.line_marks;
    lm[first] = 1;
    lm[last] = 1;
    if (last - first > 1)
        memset(lm + first + 1, 1, last - first - 1);
}

/*
** A leaf (its start byte holds its size) is finished here: its lines marked and counted, without
** touching the object. Other objects are pushed (gc_mark_drain prefetches them). `b` is obj's
** start byte.
*/
static inline void reach(gc_tracer_t *t, uintptr_t obj, uint8_t *m, unsigned b, unsigned colour)
{
    *m = (uint8_t)((b & ~GC_MARK_BITS) | colour);
    size_t leaf = b & GC_META_LEAF;
    if (leaf) {
        mark_lines(obj, leaf);
        t->objects++;
        t->bytes += leaf;
        return;
    }
    if (__builtin_expect(t->n == t->cap, 0))
        gc_heap_vec_grow((void **)&t->stack, &t->cap, t->n + 1, sizeof *t->stack);
    t->stack[t->n++] = obj;
}

void gc_mark_reached(gc_tracer_t *t, uintptr_t obj)
{
    uint8_t *m = &gc_meta_bias[obj >> GC_GRANULE_SHIFT];
    reach(t, obj, m, *m, gc_mark_colour);
}

/* gc_visit's filter with the heap bounds, the start bytes and the colour held in locals across
** the loop (nothing a visit does changes them), and leaves finished without a call. */
void gc_visit_words(gc_tracer_t *t, const void *words, size_t n)
{
    const uintptr_t *w = words;
    const uintptr_t lo = gc_heap_lo;
    uint8_t *const meta = gc_meta_bias;
    const unsigned colour = gc_mark_colour;
    for (size_t i = 0; i < n; i++) {
        uintptr_t word = w[i];
        uintptr_t off = word - lo;
        off = (off >> GC_GRANULE_SHIFT) | (off << (64 - GC_GRANULE_SHIFT));
        if (off >= GC_HEAP_SPAN >> GC_GRANULE_SHIFT)
            continue;
        uint8_t *m = &meta[word >> GC_GRANULE_SHIFT];
        unsigned b = *m;
        if ((b & (GC_META_START | colour)) == GC_META_START)
            reach(t, word, m, b, colour);
    }
}

static inline void trace_object(gc_tracer_t *t, uintptr_t obj)
{
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

/*
** Objects popped from the grey stack wait in a ring of MARK_AHEAD before they are traced, their
** first two cache lines prefetched as they enter: tracing reads the object, a cache miss most of
** the time (a prefetch at push time came too early when an array pushed thousands of objects at
** once, and half of gc_visit_words' time was the load of the slots), and an instance's inline
** slots often start in its second line. On bench/programs/float.php (3 x 300000, the same
** collections, best of three on a loaded machine) the majors took 746 ms instead of 1,117 with
** the first line prefetched (a ring of 8 was in between), and 469 instead of 1,119 with both
** (minors 338 instead of 605).
*/
#define MARK_AHEAD 16u

void gc_mark_drain(gc_tracer_t *t)
{
    uintptr_t ring[MARK_AHEAD];
    unsigned head = 0, count = 0;
    for (;;) {
        while (count < MARK_AHEAD && t->n > 0) {
            uintptr_t obj = t->stack[--t->n];
            __builtin_prefetch((const void *)obj);
            __builtin_prefetch((const void *)(obj + 64));
            ring[(head + count++) % MARK_AHEAD] = obj;
        }
        if (count == 0)
            return;
        uintptr_t obj = ring[head];
        head = (head + 1) % MARK_AHEAD;
        count--;
        trace_object(t, obj);
    }
}

_Static_assert(GC_META_LEAF == 0xf0u, "scan_card reads the LEAF bits as bits 4 to 7");

/* Traces the old objects that start in the card at `card_addr`; young ones are traced only if
** reachable, and unmarked old-coloured ones are dead. The card's start bytes are read a word
** (eight granules) at a time: a byte is an old object when it has both START and the colour, and
** a leaf (any of the LEAF bits) has nothing to trace, so its header is never read (float.php's
** dirty cards are mostly boxed floats beside the points stored to: its minors took 134-195 ms
** instead of 217-236, raytrace.php's 58 instead of 94, best of three). */
static void scan_card(gc_tracer_t *t, uintptr_t card_addr)
{
    const uint8_t *meta = gc_meta_of((void *)card_addr);
    unsigned shift = (unsigned)__builtin_ctz(gc_mark_colour);
    for (size_t g = 0; g < GC_CARD_SIZE / GC_GRANULE; g += 8) {
        uint64_t w;
        memcpy(&w, meta + g, sizeof w);
        uint64_t leaf = ((w >> 4) | (w >> 5) | (w >> 6) | (w >> 7)) & GC_BYTES_01;
        uint64_t old = w & (w >> shift) & ~leaf & GC_BYTES_01;
        while (old) {
            size_t byte = (size_t)__builtin_ctzll(old) >> 3;
            old &= old - 1;
            uintptr_t obj = card_addr + ((g + byte) << GC_GRANULE_SHIFT);
            const gc_header_t *h = (const gc_header_t *)obj;
            if (h->desc->trace)
                h->desc->trace(t, (void *)obj);
        }
    }
}

/* A dirty card of the large space where no object starts lies inside a large object: only a
** store through gc_write_barrier_slot marks such a card, and only the objects with a trace_range
** function. An old one gets that card's range traced; a young one is traced whole if reachable. */
static void scan_large_card(gc_tracer_t *t, uintptr_t card_addr)
{
    gc_large_t *lo = gc_large_find(card_addr);
    if (!lo || !gc_is_marked(lo->start))
        return;
    const gc_header_t *h = (const gc_header_t *)lo->start;
    h->desc->trace_range(t, lo->start, card_addr, card_addr + GC_CARD_SIZE);
}

/* Scans the cards of [lo, lo + bytes) a word at a time, clearing each dirty one. In the large
** space (`large`), objects start on page boundaries, so a card holds a start at its first
** granule or none. */
static void scan_cards(gc_tracer_t *t, uintptr_t lo, size_t bytes, bool large)
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
            uintptr_t card_addr = lo + (j << GC_CARD_SHIFT);
            if (large && !(*gc_meta_of((void *)card_addr) & GC_META_START))
                scan_large_card(t, card_addr);
            else
                scan_card(t, card_addr);
        }
    }
}

/* A nursery block (taken from the free list since the last collection) holds only young objects:
** whatever of them is live gets traced from the grey stack, so its cards are cleared unread. */
void gc_mark_cards(gc_tracer_t *t)
{
    for (size_t b = 0; b < gc_heap.block_hwm; b++) {
        uintptr_t lo = (uintptr_t)gc_block_addr(b);
        if (gc_heap.blocks[b].state == GC_BLOCK_NURSERY)
            memset(&gc_card_bias[lo >> GC_CARD_SHIFT], 0, GC_BLOCK_SIZE >> GC_CARD_SHIFT);
        else
            scan_cards(t, lo, GC_BLOCK_SIZE, false);
    }
    scan_cards(t, (uintptr_t)gc_heap.large_lo, (size_t)gc_heap.large_hwm << GC_PAGE_SHIFT, true);
}

void gc_mark_clear_cards(void)
{
    memset(gc_card_bias + ((uintptr_t)gc_heap.blocks_lo >> GC_CARD_SHIFT), 0,
           (size_t)gc_heap.block_hwm << (GC_BLOCK_SHIFT - GC_CARD_SHIFT));
    memset(gc_card_bias + ((uintptr_t)gc_heap.large_lo >> GC_CARD_SHIFT), 0,
           (size_t)gc_heap.large_hwm << (GC_PAGE_SHIFT - GC_CARD_SHIFT));
}

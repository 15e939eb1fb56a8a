/*
** alloc.c: the allocation slow path (ARCHITECTURE.md section 3).
** The inline fast path in gc.h bumps gc_tlab.alloc_ptr inside a hole: a run of free lines of an
** Immix block. Here we find the next hole (in the current block, then in recyclable blocks, then by
** sweeping unswept blocks lazily, then in free blocks), let the policy collect when the allocation
** budget is spent, take allocation samples and send large objects to the large space.
**
** One mutator at a time: threads run under the GIL (runtime/gil.c), which hands gc_tlab over
** with it, so the block lists need no lock.
*/
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "gc/gc_internal.h"

__thread gc_tlab_t gc_tlab;

uint64_t gc_alloc_total(void)
{
    uint64_t t = gc_heap.bytes_flushed;
    if (gc_tlab.alloc_ptr)
        t += (uint64_t)(gc_tlab.alloc_ptr - gc_heap.hole_base);
    return t;
}

/* Accounts the bytes used in the current hole and leaves the tlab empty. */
static void retire_hole(void)
{
    if (gc_tlab.alloc_ptr)
        gc_heap.bytes_flushed += (uint64_t)(gc_tlab.alloc_ptr - gc_heap.hole_base);
    gc_tlab.alloc_ptr = gc_tlab.alloc_limit = NULL;
    gc_heap.hole_base = gc_heap.real_limit = NULL;
}

void gc_alloc_retire(void)
{
    retire_hole();
    gc_heap.cur_block = -1;
}

/*
** The fast path fails whenever the next object would pass alloc_limit: at the hole's end, at the
** next sample point (when a sampler is set), and always under stress.
*/
void gc_alloc_set_limit(void)
{
    char *p = gc_tlab.alloc_ptr;
    char *lim = gc_heap.real_limit;
    if (!p || gc_heap.stress) {
        gc_tlab.alloc_limit = p;
        return;
    }
    if (gc_heap.sampler) {
        uint64_t total = gc_alloc_total();
        uint64_t due = gc_heap.next_sample > total ? gc_heap.next_sample - total : 0;
        if (due < (uint64_t)(lim - p))
            lim = p + due;
    }
    gc_tlab.alloc_limit = lim;
}

/* The first line at or after l of a block's line marks `marks` whose mark is `marked` (0 or 1),
** or GC_LINES_PER_BLOCK: eight marks a word, as sweeping counts them. */
static uint32_t find_line(const uint8_t *marks, uint32_t l, uint64_t marked)
{
    uint64_t flip = marked ? 0 : GC_BYTES_01;
    while (l < GC_LINES_PER_BLOCK) {
        uint32_t base = l & ~7u;
        uint64_t w;
        memcpy(&w, marks + base, sizeof w);
        w = (w ^ flip) & (GC_BYTES_01 << ((l - base) * 8));
        if (w)
            return base + ((uint32_t)__builtin_ctzll(w) >> 3);
        l = base + 8;
    }
    return GC_LINES_PER_BLOCK;
}

/* The next run of free lines in the current block at or after cur_line, installed as the tlab
** and zeroed, unless the block is known to be zero already (fresh from the kernel): objects are
** handed out without clearing them one by one. */
static bool next_hole(void)
{
    size_t b = (size_t)gc_heap.cur_block;
    const uint8_t *marks = gc_heap.line_marks + b * GC_LINES_PER_BLOCK;
    uint32_t l = find_line(marks, gc_heap.cur_line, 0);
    if (l == GC_LINES_PER_BLOCK)
        return false;
    uint32_t end = find_line(marks, l + 1, 1);
    gc_heap.cur_line = end;
    char *base = gc_block_addr(b);
    gc_tlab.alloc_ptr = gc_heap.hole_base = base + (size_t)l * GC_LINE_SIZE;
    gc_heap.real_limit = base + (size_t)end * GC_LINE_SIZE;
    if (!gc_heap.cur_zeroed)
        memset(gc_heap.hole_base, 0, (size_t)(end - l) * GC_LINE_SIZE);
    gc_heap.cur_zeroed = false;
    return true;
}

static void activate(size_t b, gc_block_state_t state, bool zeroed)
{
    gc_heap.blocks[b].state = (uint8_t)state;
    GC_VEC_PUSH(gc_heap.active, (uint32_t)b);
    gc_heap.cur_block = (int64_t)b;
    gc_heap.cur_line = 0;
    gc_heap.cur_zeroed = zeroed;
}

/* Takes a block with holes: recyclable first, then unswept ones (sweeping them), then free. */
static bool acquire_block(void)
{
    gc_policy_maybe_collect();
    while (gc_heap.recyclable.n == 0 && gc_heap.unswept.n > 0)
        gc_sweep_block(gc_heap.unswept.v[--gc_heap.unswept.n]);
    if (gc_heap.recyclable.n > 0) {
        activate(gc_heap.recyclable.v[--gc_heap.recyclable.n], GC_BLOCK_ACTIVE, false);
        return true;
    }
    bool zeroed;
    int64_t b = gc_heap_take_free_block(&zeroed);
    if (b < 0)
        return false;
    activate((size_t)b, GC_BLOCK_NURSERY, zeroed);
    return true;
}

/* Installs a hole of at least `size` bytes; collects, or ends in the OOM handler, if needed. */
static void refill(size_t size)
{
    retire_hole();
    bool collected = false;
    for (;;) {
        while (gc_heap.cur_block >= 0 && next_hole())
            if ((size_t)(gc_heap.real_limit - gc_tlab.alloc_ptr) >= size)
                return;
        retire_hole();
        gc_heap.cur_block = -1;
        if (acquire_block())
            continue;
        if (collected)
            gc_policy_out_of_room(size);
        gc_policy_collect_for_room();
        collected = true;
    }
}

static void *finish_object(char *p, const gc_desc_t *desc, size_t size)
{
    gc_header_t *h = (gc_header_t *)p;
    h->desc = desc;
    h->size = (uint32_t)size;
    gc_mark_start(p);
    return p;
}

void *gc_alloc_slow(const gc_desc_t *desc, size_t size)
{
    if (!gc_heap.ready)
        gc_init(NULL);
    if (gc_heap.collecting || gc_heap.sweeping) {
        fprintf(stderr, "pyhyp: gc: allocation during a collection (a trace function or a light "
                        "finalizer allocated)\n");
        abort();
    }
    if (gc_heap.stress)
        gc_collect(++gc_heap.stress_count % 8 == 0 ? GC_MAJOR : GC_MINOR);
    if (size >= GC_LARGE_OBJECT)
        return gc_large_alloc(desc, size);
    char *p = gc_tlab.alloc_ptr;
    if (!p || size > (size_t)(gc_heap.real_limit - p)) {
        refill(size);
        p = gc_tlab.alloc_ptr;
    }
    gc_tlab.alloc_ptr = p + size;
    if (gc_heap.sampler && gc_alloc_total() >= gc_heap.next_sample)
        gc_stats_sample();
    gc_alloc_set_limit();
    return finish_object(p, desc, size);
}

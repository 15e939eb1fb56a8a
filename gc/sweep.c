/*
** sweep.c: lazy sweeping of Immix blocks (ARCHITECTURE.md section 3).
** After a collection the blocks that may hold dead objects are filed as unswept; the allocator
** sweeps each one just before allocating into it. Sweeping a block reads only its metadata: it
** clears the start bytes of unmarked objects (reading the header only of those with a light
** finalizer, which it runs), then counts unmarked lines: all free and the block goes back to the
** free list, some free and it is recyclable, none and it is full.
*/
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "gc/gc_internal.h"

#define BYTES_01 0x0101010101010101ull

/* Runs the light finalizers of the dead objects flagged in `fin` (one bit 0x02 per byte) of the
** metadata word covering [addr, addr + 8 granules). */
static void run_finalizers(uintptr_t addr, uint64_t fin)
{
    while (fin) {
        unsigned byte = (unsigned)__builtin_ctzll(fin) >> 3;
        fin &= fin - 1;
        void *obj = (void *)(addr + ((uintptr_t)byte << GC_GRANULE_SHIFT));
        ((const gc_header_t *)obj)->desc->finalize(obj);
    }
}

/* Clears the start bytes of unmarked objects in block b's metadata. */
static void sweep_meta(size_t b)
{
    uintptr_t base = (uintptr_t)gc_block_addr(b);
    uint8_t *meta = gc_meta_of((void *)base);
    unsigned shift = (unsigned)__builtin_ctz(gc_heap.mark);
    for (size_t i = 0; i < GC_GRANULES_PER_BLOCK; i += 8) {
        uint64_t w;
        memcpy(&w, meta + i, sizeof w);
        if (!w)
            continue;
        uint64_t keep = ((w >> shift) & BYTES_01) * 0xff;
        uint64_t dead = w & ~keep;
        if (!dead)
            continue;
        uint64_t fin = dead & (BYTES_01 * GC_META_FINALIZE);
        if (fin)
            run_finalizers(base + (i << GC_GRANULE_SHIFT), fin);
        w &= keep;
        memcpy(meta + i, &w, sizeof w);
    }
}

static size_t count_free_lines(size_t b)
{
    const uint8_t *lm = gc_heap.line_marks + b * GC_LINES_PER_BLOCK;
    size_t used = 0;
    for (size_t l = 0; l < GC_LINES_PER_BLOCK; l++)
        used += lm[l] != 0;
    return GC_LINES_PER_BLOCK - used;
}

void gc_sweep_block(size_t b)
{
    gc_heap.sweeping = true;
    sweep_meta(b);
    gc_heap.sweeping = false;
    gc_block_t *blk = &gc_heap.blocks[b];
    size_t free_lines = count_free_lines(b);
    blk->free_lines = (uint16_t)free_lines;
    if (free_lines == GC_LINES_PER_BLOCK) {
        gc_heap_free_block(b);
    } else if (free_lines > 0) {
        blk->state = GC_BLOCK_RECYCLABLE;
        GC_VEC_PUSH(gc_heap.recyclable, (uint32_t)b);
    } else {
        blk->state = GC_BLOCK_FULL;
    }
}

void gc_sweep_all(void)
{
    while (gc_heap.unswept.n > 0)
        gc_sweep_block(gc_heap.unswept.v[--gc_heap.unswept.n]);
}

void gc_sweep_clear_lines(void)
{
    memset(gc_heap.line_marks, 0, (size_t)gc_heap.block_hwm * GC_LINES_PER_BLOCK);
}

static bool no_marked_lines(size_t b)
{
    const uint8_t *lm = gc_heap.line_marks + b * GC_LINES_PER_BLOCK;
    for (size_t l = 0; l < GC_LINES_PER_BLOCK; l += 8) {
        uint64_t w;
        memcpy(&w, lm + l, sizeof w);
        if (w)
            return false;
    }
    return true;
}

/* A block where nothing survived is swept at once (its memory can be reused or returned); others
** wait for the allocator. */
static void file_block(size_t b)
{
    if (no_marked_lines(b)) {
        gc_sweep_block(b);
        return;
    }
    gc_heap.blocks[b].state = GC_BLOCK_UNSWEPT;
    GC_VEC_PUSH(gc_heap.unswept, (uint32_t)b);
}

void gc_sweep_prepare(bool major)
{
    if (!major) {
        for (size_t i = 0; i < gc_heap.active.n; i++)
            file_block(gc_heap.active.v[i]);
        gc_heap.active.n = 0;
        return;
    }
    gc_heap.recyclable.n = gc_heap.active.n = gc_heap.unswept.n = 0;
    for (size_t b = 0; b < gc_heap.block_hwm; b++) {
        uint8_t s = gc_heap.blocks[b].state;
        if (s == GC_BLOCK_RECYCLABLE || s == GC_BLOCK_FULL || s == GC_BLOCK_ACTIVE)
            file_block(b);
    }
}

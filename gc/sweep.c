/*
** sweep.c: lazy sweeping of Immix blocks (ARCHITECTURE.md section 3).
** After a collection the blocks that may hold dead objects are filed as unswept; the allocator
** sweeps each one just before allocating into it. Sweeping a block reads only its metadata: it
** clears the start bytes of unmarked objects (reading the header only of those with a light
** finalizer, which it runs), then counts unmarked lines: all free and the block goes back to the
** free list, enough free and it is recyclable, else it is full.
*/
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "gc/gc_internal.h"

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

/* Sixteen start bytes: GCC's generic vectors (SSE2 on x86-64) sweep a block's 2,048 start bytes in
** 128 steps. */
typedef uint8_t meta_vec_t __attribute__((vector_size(16)));

/* Runs the light finalizers flagged in `fin` (dead objects' FINALIZE bits) of the sixteen start
** bytes at meta[i], block base `base`. */
static void run_finalizers_vec(uintptr_t base, size_t i, meta_vec_t fin)
{
    uint64_t w[2];
    memcpy(w, &fin, sizeof w);
    run_finalizers(base + (i << GC_GRANULE_SHIFT), w[0]);
    run_finalizers(base + ((i + 8) << GC_GRANULE_SHIFT), w[1]);
}

static bool vec_any(meta_vec_t v)
{
    uint64_t w[2];
    memcpy(w, &v, sizeof w);
    return (w[0] | w[1]) != 0;
}

/* Clears the start bytes of unmarked objects in block b's metadata. */
static void sweep_meta(size_t b)
{
    uintptr_t base = (uintptr_t)gc_block_addr(b);
    uint8_t *meta = gc_meta_of((void *)base);
    const meta_vec_t colour = (meta_vec_t){0} + gc_mark_colour;
    const meta_vec_t finalize = (meta_vec_t){0} + GC_META_FINALIZE;
    for (size_t i = 0; i < GC_GRANULES_PER_BLOCK; i += sizeof(meta_vec_t)) {
        meta_vec_t v;
        memcpy(&v, meta + i, sizeof v);
        meta_vec_t keep = (meta_vec_t)((v & colour) != 0);
        meta_vec_t fin = v & ~keep & finalize;
        if (__builtin_expect(vec_any(fin), 0))
            run_finalizers_vec(base, i, fin);
        v &= keep;
        memcpy(meta + i, &v, sizeof v);
    }
}

/* A block where nothing is marked holds only dead objects: runs their light finalizers and clears
** all its start bytes. */
static void sweep_meta_all_dead(size_t b)
{
    uintptr_t base = (uintptr_t)gc_block_addr(b);
    uint8_t *meta = gc_meta_of((void *)base);
    const meta_vec_t finalize = (meta_vec_t){0} + GC_META_FINALIZE;
    for (size_t i = 0; i < GC_GRANULES_PER_BLOCK; i += sizeof(meta_vec_t)) {
        meta_vec_t v;
        memcpy(&v, meta + i, sizeof v);
        if (__builtin_expect(vec_any(v & finalize), 0))
            run_finalizers_vec(base, i, v & finalize);
    }
    memset(meta, 0, GC_GRANULES_PER_BLOCK);
}

/* Line marks are 0 or 1: a multiply adds a word's eight of them in its top byte. */
static size_t count_free_lines(size_t b)
{
    const uint8_t *lm = gc_heap.line_marks + b * GC_LINES_PER_BLOCK;
    size_t used = 0;
    for (size_t l = 0; l < GC_LINES_PER_BLOCK; l += 8) {
        uint64_t w;
        memcpy(&w, lm + l, sizeof w);
        used += (size_t)((w * GC_BYTES_01) >> 56);
    }
    return GC_LINES_PER_BLOCK - used;
}

/*
** A block with fewer free lines than this is filed as full, not recyclable: its holes are mostly
** single lines, each costing the allocator a slow-path refill for a few objects. Measured on
** bench/programs/float.php (2 x 300000, callgrind): 8 saved 1.3% of all instructions for 1.7% more
** peak RSS; 32 saved 1.8% for 5.6%. The lines are not lost: the next major sweeps the block again.
*/
#define RECYCLE_MIN_LINES 8u

void gc_sweep_block(size_t b)
{
    gc_block_t *blk = &gc_heap.blocks[b];
    size_t free_lines = count_free_lines(b);
    blk->free_lines = (uint16_t)free_lines;
    gc_heap.sweeping = true;
    if (free_lines == GC_LINES_PER_BLOCK)
        sweep_meta_all_dead(b);
    else
        sweep_meta(b);
    gc_heap.sweeping = false;
    if (free_lines == GC_LINES_PER_BLOCK) {
        gc_heap_free_block(b);
    } else if (free_lines >= RECYCLE_MIN_LINES) {
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

void gc_sweep_finalize_everything(void)
{
    gc_heap.sweeping = true;
    for (size_t b = 0; b < gc_heap.block_hwm; b++)
        sweep_meta_all_dead(b);
    gc_heap.sweeping = false;
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
        if (s == GC_BLOCK_RECYCLABLE || s == GC_BLOCK_FULL || s == GC_BLOCK_ACTIVE ||
            s == GC_BLOCK_NURSERY)
            file_block(b);
    }
}

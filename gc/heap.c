/*
** heap.c: the heap reservation and its blocks (ARCHITECTURE.md section 3).
** One mmap reserves the block space and the large space; side tables are reserved beside it with
** MAP_NORESERVE, so only the parts that describe used memory ever get pages. Empty blocks go on a
** free list and, beyond the reserve the policy keeps, back to the OS with MADV_DONTNEED.
*/
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#ifdef PYHYP_ASAN
#include <sanitizer/lsan_interface.h>
#endif

#include "gc/gc_internal.h"

gc_heap_t gc_heap;
uint8_t *gc_meta_bias;
uint8_t *gc_card_bias;
uintptr_t gc_heap_lo, gc_heap_hi;

static void die(const char *what)
{
    fprintf(stderr, "pyhyp: gc: %s\n", what);
    abort();
}

void gc_heap_vec_grow(void **items, size_t *cap, size_t need, size_t elem)
{
    size_t n = *cap ? *cap * 2 : 16;
    while (n < need)
        n *= 2;
    void *p = realloc(*items, n * elem);
    if (!p)
        die("out of memory for collector bookkeeping");
    *items = p;
    *cap = n;
}

static void *reserve(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED)
        die("cannot reserve address space for the heap");
    return p;
}

/* The heap itself is aligned to a block so block arithmetic is a shift. */
static char *reserve_aligned(size_t bytes, size_t align)
{
    char *raw = reserve(bytes + align);
    char *p = (char *)(((uintptr_t)raw + align - 1) & ~(uintptr_t)(align - 1));
    if (p > raw)
        munmap(raw, (size_t)(p - raw));
    munmap(p + bytes, (size_t)(raw + align - p));
    return p;
}

void gc_heap_reserve(void)
{
    size_t total = GC_HEAP_SPAN;
    char *lo = reserve_aligned(total, GC_BLOCK_SIZE);
    gc_heap.blocks_lo = lo;
    gc_heap.large_lo = lo + GC_BLOCK_SPACE;
    gc_heap_lo = (uintptr_t)lo;
    gc_heap_hi = (uintptr_t)lo + total;
    gc_heap.meta = reserve(total >> GC_GRANULE_SHIFT);
    gc_heap.cards = reserve(total >> GC_CARD_SHIFT);
    gc_heap.line_marks = reserve(GC_BLOCK_SPACE >> GC_LINE_SHIFT);
    gc_heap.large_pages = reserve((GC_LARGE_SPACE >> GC_PAGE_SHIFT) * sizeof(gc_large_t *));
    gc_heap.blocks = reserve((GC_BLOCK_SPACE >> GC_BLOCK_SHIFT) * sizeof(gc_block_t));
    gc_meta_bias = gc_heap.meta - (gc_heap_lo >> GC_GRANULE_SHIFT);
    gc_card_bias = gc_heap.cards - (gc_heap_lo >> GC_CARD_SHIFT);
}

void gc_heap_release(void)
{
    size_t total = GC_HEAP_SPAN;
    munmap(gc_heap.blocks_lo, total);
    munmap(gc_heap.meta, total >> GC_GRANULE_SHIFT);
    munmap(gc_heap.cards, total >> GC_CARD_SHIFT);
    munmap(gc_heap.line_marks, GC_BLOCK_SPACE >> GC_LINE_SHIFT);
    munmap(gc_heap.large_pages, (GC_LARGE_SPACE >> GC_PAGE_SHIFT) * sizeof(gc_large_t *));
    munmap(gc_heap.blocks, (GC_BLOCK_SPACE >> GC_BLOCK_SHIFT) * sizeof(gc_block_t));
    gc_meta_bias = gc_card_bias = NULL;
    gc_heap_lo = gc_heap_hi = 0;
}

int64_t gc_heap_take_free_block(bool *zeroed)
{
    size_t b;
    if (gc_heap.free_blocks.n > 0) {
        b = gc_heap.free_blocks.v[gc_heap.free_blocks.n - 1];
        if (!gc_heap.blocks[b].committed && !gc_policy_within_limit(GC_BLOCK_SIZE))
            return -1;
        gc_heap.free_blocks.n--;
    } else {
        if (gc_heap.block_hwm == GC_BLOCK_SPACE >> GC_BLOCK_SHIFT ||
            !gc_policy_within_limit(GC_BLOCK_SIZE))
            return -1;
        b = gc_heap.block_hwm++;
    }
    gc_block_t *blk = &gc_heap.blocks[b];
    *zeroed = !blk->committed;
    if (!blk->committed) {
        blk->committed = 1;
        gc_heap.committed_blocks++;
    }
    blk->free_lines = GC_LINES_PER_BLOCK;
    if (++gc_heap.used_blocks > gc_heap.used_peak)
        gc_heap.used_peak = gc_heap.used_blocks;
    return (int64_t)b;
}

void gc_heap_free_block(size_t b)
{
    gc_heap.blocks[b].state = GC_BLOCK_FREE;
    gc_heap.used_blocks--;
    GC_VEC_PUSH(gc_heap.free_blocks, (uint32_t)b);
}

static int cmp_desc(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? 1 : x > y ? -1 : 0;
}

/* Committed blocks after the others, each group by descending index. */
static int cmp_reuse(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    int cx = gc_heap.blocks[x].committed, cy = gc_heap.blocks[y].committed;
    return cx != cy ? cx - cy : cmp_desc(a, b);
}

/*
** Sorting the free list by descending index lets the blocks given back to the OS (the high ones)
** go in few madvise calls, one per run of adjacent blocks. Then the allocator (which pops from the
** end) gets the committed blocks first, low ones first: a block given back earlier is faulted in
** again only when the kept ones are used up.
*/
size_t gc_heap_trim(size_t keep_blocks)
{
    size_t released = 0;
    uint32_t *v = gc_heap.free_blocks.v;
    size_t n = gc_heap.free_blocks.n;
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_desc);
    size_t committed = 0, i = n;
    while (i > 0 && committed < keep_blocks)
        committed += gc_heap.blocks[v[--i]].committed;
    size_t run_start = 0, run_len = 0;
    for (size_t j = 0; j < i; j++) {
        gc_block_t *blk = &gc_heap.blocks[v[j]];
        if (!blk->committed)
            continue;
        blk->committed = 0;
        gc_heap.committed_blocks--;
        released++;
        if (run_len && v[j] == run_start - 1) {
            run_start = v[j];
            run_len++;
            continue;
        }
        if (run_len)
            madvise(gc_block_addr(run_start), run_len * GC_BLOCK_SIZE, MADV_DONTNEED);
        run_start = v[j];
        run_len = 1;
    }
    if (run_len)
        madvise(gc_block_addr(run_start), run_len * GC_BLOCK_SIZE, MADV_DONTNEED);
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_reuse);
    return released;
}

size_t gc_heap_bytes(void)
{
    return gc_heap.committed_blocks * GC_BLOCK_SIZE + gc_heap.large_bytes;
}

/* PYHYP_GC_STRESS=1 turns stress on, =0 off; unset, the configure default or cfg decides. */
static bool stress_wanted(const gc_config_t *cfg)
{
    const char *env = getenv("PYHYP_GC_STRESS");
    if (env && *env)
        return env[0] != '0';
#ifdef PYHYP_GC_STRESS_DEFAULT
    return true;
#else
    return cfg && cfg->stress;
#endif
}

/* A second call (another test suite, a second embedding) keeps the heap and applies `cfg`. */
#ifdef PYHYP_ASAN
/* At exit, before LeakSanitizer's check (atexit runs the later registration first): the used
** blocks and the large objects are root regions, so that what live objects own outside the heap
** (a hash context's state, say) is not reported as leaked; the process never tears the heap
** down. */
static void lsan_heap_roots(void)
{
    __lsan_register_root_region(gc_heap.blocks_lo, (size_t)gc_heap.block_hwm * GC_BLOCK_SIZE);
    for (size_t i = 0; i < gc_heap.large_old.n; i++)
        __lsan_register_root_region(gc_heap.large_old.v[i]->start,
                                    gc_heap.large_old.v[i]->size);
    for (size_t i = 0; i < gc_heap.large_young.n; i++)
        __lsan_register_root_region(gc_heap.large_young.v[i]->start,
                                    gc_heap.large_young.v[i]->size);
}
#endif

void gc_init(const gc_config_t *cfg)
{
    if (!gc_heap.ready) {
        gc_heap_reserve();
#ifdef PYHYP_ASAN
        atexit(lsan_heap_roots);
#endif
        gc_heap.cur_block = -1;
        gc_mark_colour = GC_META_MARK0;
        gc_policy_init();
        gc_roots_init_stack();
        gc_heap.ready = true;
    }
    gc_heap.stress = stress_wanted(cfg);
    if (cfg) {
        gc_set_heap_limit(cfg->heap_limit);
        if (cfg->initial_heap)
            gc_heap.major_threshold = cfg->initial_heap;
    }
    gc_alloc_set_limit();
}

void gc_shutdown(void)
{
    if (!gc_heap.ready)
        return;
    gc_safepoint();
    gc_alloc_retire();
    gc_sweep_finalize_everything();
    gc_large_release_all();
    gc_finalize_release();
    free(gc_heap.free_blocks.v);
    free(gc_heap.recyclable.v);
    free(gc_heap.unswept.v);
    free(gc_heap.active.v);
    free(gc_heap.tracer.stack);
    free(gc_heap.stack_words.v);
    free(gc_heap.fake_frames.v);
    free(gc_heap.roots);
    free(gc_heap.pins);
    free(gc_heap.scanners);
    gc_heap_release();
    memset(&gc_heap, 0, sizeof gc_heap);
    gc_tlab.alloc_ptr = gc_tlab.alloc_limit = NULL;
    gc_stats_reset();
}

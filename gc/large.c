/*
** large.c: the large object space (objects of GC_LARGE_OBJECT bytes and more).
** Large objects take whole pages at the end of the heap reservation, so the start bytes, the
** cards and the write barrier work for them exactly as for small objects; a page map resolves
** interior pointers. Freed runs of pages are coalesced; big ones go back to the OS at once.
*/
#include "config.h"

#include <stdlib.h>
#include <sys/mman.h>

#include "gc/gc_internal.h"

/* Runs at least this long are returned to the OS when freed; shorter ones are kept for reuse. */
#define RETURN_PAGES 16u
/* A run flagged dirty holds old data and must be cleared before reuse. */
#define RUN_DIRTY 0x80000000u

static char *page_addr(size_t page)
{
    return gc_heap.large_lo + (page << GC_PAGE_SHIFT);
}

/* First fit in the address-ordered free runs, else fresh pages; -1 when the space is full. */
static int64_t take_pages(size_t npages, bool *dirty)
{
    for (size_t i = 0; i < gc_heap.large_free.n; i++) {
        gc_large_run_t *r = &gc_heap.large_free.v[i];
        if ((r->npages & ~RUN_DIRTY) < npages)
            continue;
        size_t page = r->page;
        *dirty = r->npages & RUN_DIRTY;
        r->page += (uint32_t)npages;
        r->npages -= (uint32_t)npages;
        if ((r->npages & ~RUN_DIRTY) == 0) {
            memmove(r, r + 1, (gc_heap.large_free.n - i - 1) * sizeof *r);
            gc_heap.large_free.n--;
        }
        return (int64_t)page;
    }
    if (gc_heap.large_hwm + npages > GC_LARGE_SPACE >> GC_PAGE_SHIFT)
        return -1;
    *dirty = false;
    size_t page = gc_heap.large_hwm;
    gc_heap.large_hwm += (uint32_t)npages;
    return (int64_t)page;
}

/* Inserts a run in address order, merging with its neighbours. */
static void give_pages(size_t page, size_t npages)
{
    uint32_t dirty = 0;
    if (npages >= RETURN_PAGES)
        madvise(page_addr(page), npages << GC_PAGE_SHIFT, MADV_DONTNEED);
    else
        dirty = RUN_DIRTY;
    size_t i = 0;
    while (i < gc_heap.large_free.n && gc_heap.large_free.v[i].page < page)
        i++;
    gc_large_run_t *v = gc_heap.large_free.v;
    if (i > 0 && v[i - 1].page + (v[i - 1].npages & ~RUN_DIRTY) == page) {
        v[i - 1].npages = (uint32_t)((v[i - 1].npages + npages) | dirty);
        if (i < gc_heap.large_free.n && page + npages == v[i].page) {
            v[i - 1].npages = (uint32_t)((v[i - 1].npages + (v[i].npages & ~RUN_DIRTY)) |
                                         (v[i].npages & RUN_DIRTY));
            memmove(&v[i], &v[i + 1], (gc_heap.large_free.n - i - 1) * sizeof *v);
            gc_heap.large_free.n--;
        }
        return;
    }
    if (i < gc_heap.large_free.n && page + npages == v[i].page) {
        v[i].page = (uint32_t)page;
        v[i].npages = (uint32_t)((v[i].npages + npages) | dirty);
        return;
    }
    GC_VEC_PUSH(gc_heap.large_free, ((gc_large_run_t){0, 0}));
    v = gc_heap.large_free.v;
    memmove(&v[i + 1], &v[i], (gc_heap.large_free.n - 1 - i) * sizeof *v);
    v[i] = (gc_large_run_t){(uint32_t)page, (uint32_t)(npages | dirty)};
}

static void set_pages(const gc_large_t *lo, gc_large_t *owner)
{
    size_t first = (size_t)(lo->start - gc_heap.large_lo) >> GC_PAGE_SHIFT;
    for (size_t i = 0; i < lo->npages; i++)
        gc_heap.large_pages[first + i] = owner;
}

void *gc_large_alloc(const gc_desc_t *desc, size_t size)
{
    gc_policy_maybe_collect();
    size_t npages = (size + GC_PAGE_SIZE - 1) >> GC_PAGE_SHIFT;
    bool dirty = false;
    int64_t page = -1;
    for (int attempt = 0; page < 0; attempt++) {
        if (gc_policy_within_limit(npages << GC_PAGE_SHIFT))
            page = take_pages(npages, &dirty);
        if (page >= 0)
            break;
        if (attempt > 0)
            gc_policy_out_of_room(size);
        gc_policy_collect_for_room();
    }
    gc_large_t *lo = malloc(sizeof *lo);
    if (!lo)
        gc_policy_out_of_room(size);
    lo->start = page_addr((size_t)page);
    lo->npages = npages;
    lo->size = size;
    set_pages(lo, lo);
    GC_VEC_PUSH(gc_heap.large_young, lo);
    gc_heap.large_bytes += npages << GC_PAGE_SHIFT;
    if (dirty)
        memset(lo->start, 0, size);
    gc_header_t *h = (gc_header_t *)lo->start;
    h->desc = desc;
    h->size = 0;
    gc_mark_start(h);
    gc_heap.bytes_flushed += size;
    if (gc_heap.sampler && gc_alloc_total() >= gc_heap.next_sample)
        gc_stats_sample();
    gc_alloc_set_limit();
    return h;
}

gc_large_t *gc_large_find(uintptr_t a)
{
    size_t page = (a - (uintptr_t)gc_heap.large_lo) >> GC_PAGE_SHIFT;
    if (page >= gc_heap.large_hwm)
        return NULL;
    return gc_heap.large_pages[page];
}

static void free_large(gc_large_t *lo)
{
    uint8_t *m = gc_meta_of(lo->start);
    if (*m & GC_META_FINALIZE) {
        const gc_header_t *h = (const gc_header_t *)lo->start;
        h->desc->finalize(lo->start);
    }
    *m = 0;
    set_pages(lo, NULL);
    gc_heap.large_bytes -= lo->npages << GC_PAGE_SHIFT;
    give_pages((size_t)(lo->start - gc_heap.large_lo) >> GC_PAGE_SHIFT, lo->npages);
    free(lo);
}

/* Keeps the marked objects of `from` in large_old; frees the others. */
static void sweep_list(gc_large_t **v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (gc_is_marked(v[i]->start))
            GC_VEC_PUSH(gc_heap.large_old, v[i]);
        else
            free_large(v[i]);
    }
}

void gc_large_sweep(bool major)
{
    if (major) {
        gc_large_t **old = gc_heap.large_old.v;
        size_t n = gc_heap.large_old.n;
        gc_heap.large_old.v = NULL;
        gc_heap.large_old.n = gc_heap.large_old.cap = 0;
        sweep_list(old, n);
        free(old);
    }
    sweep_list(gc_heap.large_young.v, gc_heap.large_young.n);
    gc_heap.large_young.n = 0;
}

void gc_large_release_all(void)
{
    for (size_t i = 0; i < gc_heap.large_old.n; i++)
        free_large(gc_heap.large_old.v[i]);
    for (size_t i = 0; i < gc_heap.large_young.n; i++)
        free_large(gc_heap.large_young.v[i]);
    free(gc_heap.large_old.v);
    free(gc_heap.large_young.v);
    free(gc_heap.large_free.v);
}

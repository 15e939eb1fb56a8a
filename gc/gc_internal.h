/*
** gc_internal.h: the collector's private state, shared by the files of gc/ and nobody else.
** The heap is one address-space reservation: Immix blocks first, then the page-granular large
** object space. Side tables (start/mark bytes, line marks, cards, large-object page map) are
** indexed by address arithmetic over that reservation.
*/
#ifndef PYHYP_GC_INTERNAL_H
#define PYHYP_GC_INTERNAL_H

#include "gc/gc.h"

/* ---- Geometry ---------------------------------------------------------------------------- */

#define GC_LINE_SHIFT        7u
#define GC_BLOCK_SHIFT       15u
#define GC_PAGE_SHIFT        12u
#define GC_PAGE_SIZE         ((size_t)1 << GC_PAGE_SHIFT)
#define GC_LINES_PER_BLOCK   (GC_BLOCK_SIZE / GC_LINE_SIZE)
#define GC_GRANULES_PER_BLOCK (GC_BLOCK_SIZE / GC_GRANULE)
#define GC_CARD_SIZE         ((size_t)1 << GC_CARD_SHIFT)

/* Address space reserved (not committed) for each space. */
#define GC_BLOCK_SPACE ((size_t)16 << 30)
#define GC_LARGE_SPACE ((size_t)16 << 30)
_Static_assert(GC_BLOCK_SPACE + GC_LARGE_SPACE == GC_HEAP_SPAN, "the reservation is GC_HEAP_SPAN");

#define GC_MARK_BITS (GC_META_MARK0 | GC_META_MARK1)

/* One bit per byte of a word: side tables of byte flags (start bytes, line marks) are scanned a
** word at a time with it. */
#define GC_BYTES_01 0x0101010101010101ull

/* ---- Growable arrays in the C heap (the collector's own bookkeeping) --------------------- */

#define GC_VEC(type) struct { type *v; size_t n, cap; }

/* Grows *items to hold at least `need` elements of `elem` bytes; aborts when malloc fails (the
** collector cannot report errors from inside a collection). */
void gc_heap_vec_grow(void **items, size_t *cap, size_t need, size_t elem);

#define GC_VEC_PUSH(vec, x)                                                                        \
    do {                                                                                           \
        if ((vec).n == (vec).cap)                                                                  \
            gc_heap_vec_grow((void **)&(vec).v, &(vec).cap, (vec).n + 1, sizeof *(vec).v);         \
        (vec).v[(vec).n++] = (x);                                                                  \
    } while (0)

/* ---- Blocks ------------------------------------------------------------------------------ */

typedef enum gc_block_state {
    GC_BLOCK_UNUSED,     /* above the high-water mark: never touched */
    GC_BLOCK_FREE,       /* empty, on the free list (committed or returned to the OS) */
    GC_BLOCK_RECYCLABLE, /* swept, has holes, waiting on the recyclable list */
    GC_BLOCK_UNSWEPT,    /* needs sweeping before allocation (lazy sweep) */
    GC_BLOCK_FULL,       /* swept; too full to allocate into */
    GC_BLOCK_ACTIVE,     /* taken by the allocator since the last collection, from the recyclable
                            or unswept blocks */
    GC_BLOCK_NURSERY,    /* taken by the allocator since the last collection, from the free list:
                            holds only young objects */
} gc_block_state_t;

typedef struct gc_block {
    uint8_t state;      /* gc_block_state_t */
    uint8_t committed;  /* memory is backed (not returned to the OS) */
    uint16_t free_lines; /* after its last sweep */
} gc_block_t;

/* ---- Large objects ----------------------------------------------------------------------- */

typedef struct gc_large {
    char *start;
    size_t npages;
    size_t size;        /* bytes requested (rounded to granules) */
} gc_large_t;

typedef struct gc_large_run {
    uint32_t page, npages; /* a free run of pages in the large space */
} gc_large_run_t;

/* ---- The tracer -------------------------------------------------------------------------- */

struct gc_tracer {
    uintptr_t *stack;    /* grey objects */
    size_t n, cap;
    uint64_t objects, bytes;
};

/* ---- Finalization and weak state --------------------------------------------------------- */

typedef struct gc_fin_entry {
    void *obj;
    gc_heavy_fn fn;
    void *data;
} gc_fin_entry_t;

/* ---- The heap ---------------------------------------------------------------------------- */

typedef struct gc_heap {
    bool ready;
    bool stress;
    bool collecting;
    bool sweeping;               /* light finalizers are running: allocation is a bug */
    char *blocks_lo;             /* the block space */
    char *large_lo;              /* the large space: [large_lo, heap_hi) */
    uint8_t *meta;               /* unbiased tables, for freeing */
    uint8_t *cards;
    uint8_t *line_marks;         /* one byte per line of the block space */
    gc_large_t **large_pages;    /* page -> its large object, or NULL */
    gc_block_t *blocks;
    uint32_t block_hwm;          /* blocks [0, block_hwm) have been used */
    uint32_t large_hwm;          /* pages [0, large_hwm) of the large space have been used */

    /* Block lists (indices). */
    GC_VEC(uint32_t) free_blocks, recyclable, unswept, active;
    size_t committed_blocks;     /* blocks backed by memory, free or not */
    size_t used_blocks;          /* blocks not on the free list */
    size_t used_peak;            /* the most blocks in use since the last major collection */
    size_t released_peak;        /* used_peak at the last major that gave memory back */
    size_t retain_blocks;        /* blocks kept in use or free for a cyclic program (policy.c) */
    uint64_t retain_mark;        /* allocation total when the cycle last reached retain_blocks */

    /* The allocator's current block and hole. */
    int64_t cur_block;           /* -1: none */
    uint32_t cur_line;           /* where the search for the next hole resumes */
    bool cur_zeroed;             /* the current block's memory is all zero (fresh from the OS) */
    char *hole_base;             /* start of the current hole (allocation accounting) */
    char *real_limit;            /* end of the current hole; gc_tlab.alloc_limit may be lower */

    /* Large objects. */
    GC_VEC(gc_large_t *) large_young, large_old;
    GC_VEC(gc_large_run_t) large_free;
    size_t large_bytes;          /* pages held by live-or-unswept large objects, in bytes */

    /* Marking (the current colour is gc_mark_colour). */
    gc_tracer_t tracer;

    /* Roots. */
    struct gc_root { void **addr; size_t nwords; } *roots;
    size_t nroots, roots_cap;
    struct gc_root_scanner { gc_root_scan_fn scan; void *data; } *scanners;
    size_t nscanners, scanners_cap;
    struct gc_pin { void *obj; size_t count; } *pins;
    size_t npins, pins_cap;
    gc_thread_t main_thread;     /* the main thread's stack; first of the registered threads */
    GC_VEC(uintptr_t) stack_words; /* heap-range words found on the stack, for this collection */
    GC_VEC(uintptr_t) fake_frames; /* ASan fake frames already captured */

    /* Finalization, weak references, ephemerons. */
    GC_VEC(gc_fin_entry_t) registered, pending;
    size_t pending_head;         /* pending[pending_head..n) have not run yet */
    GC_VEC(void *) weaks, ephemerons;
    bool finalizing;             /* gc_safepoint is running finalizers */

    /* Accounting and policy. */
    uint64_t bytes_flushed;      /* bytes allocated in finished holes and large objects */
    uint64_t bytes_at_last_gc;   /* bytes_flushed at the end of the last collection */
    size_t heap_limit;
    size_t nursery_budget;       /* allocation between collections */
    size_t major_threshold;      /* old bytes that trigger a major collection */
    uint64_t old_bytes;          /* marked at the last major + promoted since */
    unsigned stress_count;
    gc_oom_fn oom;

    /* Sampling. */
    size_t sample_period;
    gc_sample_fn sampler;
    void *sampler_data;
    uint64_t next_sample;        /* total allocated bytes at which the next sample is due */
    uint64_t last_sample;
} gc_heap_t;

extern gc_heap_t gc_heap;

/* cstack.c: the suspended C stacks, scanned by roots.c. */
extern gc_cstack_t *gc_cstack_suspended;

/* ---- heap.c: the reservation, blocks, returning memory ----------------------------------- */

static inline char *gc_block_addr(size_t b)
{
    return gc_heap.blocks_lo + (b << GC_BLOCK_SHIFT);
}

static inline size_t gc_block_index(uintptr_t a)
{
    return (a - (uintptr_t)gc_heap.blocks_lo) >> GC_BLOCK_SHIFT;
}

static inline bool gc_in_block_space(uintptr_t a)
{
    return a - (uintptr_t)gc_heap.blocks_lo < GC_BLOCK_SPACE;
}

static inline uint8_t *gc_meta_of(const void *p)
{
    return &gc_meta_bias[(uintptr_t)p >> GC_GRANULE_SHIFT];
}

/* Reserves the heap and its side tables; aborts if the address space cannot be reserved. */
void gc_heap_reserve(void);
void gc_heap_release(void);

/* A free block (committed again if needed), or -1 when the heap limit or the space is reached.
** *zeroed tells whether its memory is known to be zero (never used, or returned to the OS). */
int64_t gc_heap_take_free_block(bool *zeroed);

/* Puts an empty block (metadata already clear) on the free list. */
void gc_heap_free_block(size_t b);

/* Returns free blocks beyond the reserve the policy keeps to the OS; returns how many went back. */
size_t gc_heap_trim(size_t keep_blocks);

size_t gc_heap_bytes(void);

/* ---- alloc.c: holes and the slow path ---------------------------------------------------- */

/* Gives up the current hole (before a collection or at shutdown), accounting its bytes. */
void gc_alloc_retire(void);

/* Recomputes gc_tlab.alloc_limit from the hole end, the sample point and stress mode. */
void gc_alloc_set_limit(void);

/* Bytes allocated since start, counting the current hole. */
uint64_t gc_alloc_total(void);

/* ---- large.c ----------------------------------------------------------------------------- */

void *gc_large_alloc(const gc_desc_t *desc, size_t size);

/* The large object containing address a, or NULL. */
gc_large_t *gc_large_find(uintptr_t a);

/* Frees unmarked large objects: young ones only (minor) or all (major). */
void gc_large_sweep(bool major);

/* Shutdown: frees every large object, running the light finalizers of those that have one. */
void gc_large_release_all(void);

/* ---- mark.c ------------------------------------------------------------------------------ */

/* Marks and queues obj, which must start an object (its start byte is set). */
static inline void gc_mark_object(gc_tracer_t *t, uintptr_t obj)
{
    if (!(gc_meta_bias[obj >> GC_GRANULE_SHIFT] & gc_mark_colour))
        gc_mark_reached(t, obj);
}

static inline bool gc_is_marked(const void *obj)
{
    return *gc_meta_of(obj) & gc_mark_colour;
}

/* Resolves a possibly interior pointer to the start of the allocated object containing it
** (0 if none). Used for conservative roots. */
uintptr_t gc_mark_resolve(uintptr_t word);

/* Traces until the grey stack is empty. */
void gc_mark_drain(gc_tracer_t *t);

/* Queues the objects that start in dirty cards of old objects and clears the cards (minor). */
void gc_mark_cards(gc_tracer_t *t);

/* Clears every card (major: everything is traced anyway). */
void gc_mark_clear_cards(void);

/* ---- roots.c ----------------------------------------------------------------------------- */

/* Registers the calling (main) thread as gc_heap.main_thread. */
void gc_roots_init_stack(void);

/* thread.c: the registered threads (main_thread first, then the others), and the calling
** thread's record (main_thread when it never registered). */
gc_thread_t *gc_thread_first(void);
gc_thread_t *gc_thread_self(void);

/* Copies the stack's and registers' words that may be heap pointers; the first step of a
** collection, before anything else touches the stack. */
void gc_roots_capture_stack(void);

/* Marks from the captured stack words, registered roots, pins and the pending finalizer queue. */
void gc_roots_mark(gc_tracer_t *t);
/* The two parts of gc_roots_mark: registered roots, pins and the pending queue (precise); the
** captured stack words and the root scanners. */
void gc_roots_mark_precise(gc_tracer_t *t);
void gc_roots_mark_ambiguous(gc_tracer_t *t);

/* ---- sweep.c ----------------------------------------------------------------------------- */

/* Sweeps block b: clears dead objects' start bytes (running light finalizers), counts free lines
** and files the block as free, recyclable or full. */
void gc_sweep_block(size_t b);

/* Sweeps every unswept block (before a major collection: mark colours are about to flip). */
void gc_sweep_all(void);

/* Shutdown: runs the light finalizers of every object still in a block, live ones included, so
** that what they own outside the heap (malloc'd state, descriptors) is released too. */
void gc_sweep_finalize_everything(void);

/* After marking: files the blocks to sweep lazily (all used ones after a major, the active ones
** after a minor) and releases blocks where nothing was marked at once. */
void gc_sweep_prepare(bool major);

/* Clears line marks of every used block (start of a major collection). */
void gc_sweep_clear_lines(void);

/* ---- finalize.c -------------------------------------------------------------------------- */

/* After the main marking: ephemeron fixpoint, weak clearing, ordered heavy finalization. */
void gc_finalize_process(gc_tracer_t *t);
/* gc_collect_finalizing's marking: `precise` marks the roots whose reach decides finalization,
** `rest` the other roots; the finalizers are chosen between the two. */
void gc_finalize_process_split(gc_tracer_t *t, void (*precise)(gc_tracer_t *t),
                               void (*rest)(gc_tracer_t *t));

/* Marks through live ephemerons until nothing changes. */
void gc_finalize_ephemerons(gc_tracer_t *t);

/* Queues the pending finalizer queue's objects as roots. */
void gc_finalize_mark_pending(gc_tracer_t *t);

void gc_finalize_release(void);

/* ---- policy.c ---------------------------------------------------------------------------- */

/* Called by the allocator before taking another block: collects if the budget is spent. */
void gc_policy_maybe_collect(void);

/* Chooses the kind of the next collection. */
gc_kind_t gc_policy_choose(void);

/* After a collection: adjusts budgets from what survived. */
void gc_policy_update(gc_kind_t kind, uint64_t bytes_marked);

/* The heap cannot grow: collects fully, and calls the OOM handler if `bytes` still do not fit. */
void gc_policy_out_of_room(size_t bytes);

/* The heap limit stops an allocation: a major collection that keeps no memory for the program's
** cycles (policy.c, trim), so the blocks it held back count against the limit no more. */
void gc_policy_collect_for_room(void);

/* Whether taking `bytes` more from the OS stays within the heap limit. */
bool gc_policy_within_limit(size_t bytes);

void gc_policy_init(void);

/* ---- stats.c ----------------------------------------------------------------------------- */

uint64_t gc_stats_now_ns(void);

/* Records a finished collection and calls the event hook. */
void gc_stats_record(const gc_event_t *ev);
/* Called as a collection starts, where what the program holds peaks. */
void gc_stats_note_used(void);

/* The slow path reached the sample point: calls the sampler and schedules the next one. */
void gc_stats_sample(void);

void gc_stats_reset(void);

#endif

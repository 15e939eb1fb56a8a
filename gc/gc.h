/*
** gc.h: the collector's boundary header: the one heap both languages, the bridge and JIT code use.
** Non-moving sticky-mark-bit Immix (ARCHITECTURE.md section 3): bump allocation into free lines of
** 32 KiB blocks, conservative roots on the C stack, precise tracing of the heap through descriptors.
** The collector knows object layouts (gc_desc_t), never languages.
*/
#ifndef PYHYP_GC_H
#define PYHYP_GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---- Geometry ---------------------------------------------------------------------------- */

#define GC_GRANULE      16u             /* every object starts 16-byte aligned, sizes round up */
#define GC_LINE_SIZE    128u
#define GC_BLOCK_SIZE   (32u * 1024u)
#define GC_LARGE_OBJECT (8u * 1024u)    /* objects this size and above go to the large space */

/* ---- Descriptors and the object header --------------------------------------------------- */

typedef struct gc_tracer gc_tracer_t; /* opaque; handed to trace functions */

/* Reports every reference an object holds, by calling gc_visit() on each slot. Must not allocate. */
typedef void (*gc_trace_fn)(gc_tracer_t *tracer, void *obj);

/* A light finalizer runs during sweep when its object dies: free a malloc'd buffer, close a file
** descriptor. It must not allocate, nor read other heap objects (they may be dead too). */
typedef void (*gc_finalize_fn)(void *obj);

/* Reports, as a trace function does, the references an object holds in the slots that overlap
** [lo, hi) (at least those; reporting more is harmless). Lets a minor collection re-trace only
** the cards of a big old object that gc_write_barrier_slot marked, not the whole object. */
typedef void (*gc_trace_range_fn)(gc_tracer_t *tracer, void *obj, uintptr_t lo, uintptr_t hi);

/*
** What the collector knows of a kind of object. runtime/'s type descriptor embeds one as its first
** member, so a gc_desc_t pointer and an rt type pointer are the same address.
*/
typedef struct gc_desc {
    const char *name;         /* for logs and heap dumps */
    gc_trace_fn trace;        /* NULL: the object holds no references (strings, floats, bignums) */
    gc_finalize_fn finalize;  /* NULL: nothing to do at death */
    gc_trace_range_fn trace_range; /* NULL: none (then use gc_write_barrier only) */
    uint32_t leaf_size;       /* objects of at most this many bytes hold no references (a string
                              ** too short to get a code-point index): marked without tracing */
} gc_desc_t;

/*
** The header that starts every heap object (16 bytes). `size` is the allocated size in bytes,
** header included, a multiple of GC_GRANULE (large objects record 0 here; the large space keeps
** their size). `rt_flags` belongs to runtime/ (e.g. PHP's "maybe shared" bit, a cached hash);
** `gc_bits` to the collector (mark, age, finalizer registration); others never touch it.
*/
typedef struct gc_header {
    const gc_desc_t *desc;
    uint32_t size;
    uint16_t rt_flags;
    uint16_t gc_bits;
} gc_header_t;

/* ---- Start-up, configuration, shutdown --------------------------------------------------- */

typedef struct gc_config {
    size_t heap_limit;       /* bytes; 0 = no limit (PHP's memory_limit sets one) */
    size_t initial_heap;     /* bytes to reserve before the first collection; 0 = a default */
    bool stress;             /* collect at every allocation (also PYHYP_GC_STRESS=1) */
} gc_config_t;

/* Called once from the main thread before any allocation; `cfg` may be NULL for defaults. Records
** the current thread's stack bounds for conservative scanning and reads PYHYP_GC_STRESS. */
void gc_init(const gc_config_t *cfg);

/* Runs every pending heavy finalizer, then frees the whole heap. Heap pointers die with it. */
void gc_shutdown(void);

void gc_set_heap_limit(size_t bytes);

/* Called when an allocation cannot be satisfied within the heap limit, after a full collection.
** runtime/ installs one that bails out to the current recovery point (PHP's "Allowed memory size
** exhausted", Python's MemoryError); the default prints "out of memory" and exits. Must not return
** (if it does, the process aborts). */
typedef void (*gc_oom_fn)(size_t requested);
void gc_set_oom_handler(gc_oom_fn fn);

/* ---- Allocation -------------------------------------------------------------------------- */

/*
** The allocation buffer of the running thread: bump-allocate into [alloc_ptr, alloc_limit).
** alloc_limit is min(end of the current free line run, next allocation-sample point), so the
** fast path is identical with sampling on or off. This pair is ABI: JIT code inlines it.
*/
typedef struct gc_tlab {
    char *alloc_ptr;          /* [alloc_ptr, alloc_limit) is zero */
    char *alloc_limit;
} gc_tlab_t;

extern __thread gc_tlab_t gc_tlab;

/* Slow path: refill the buffer (maybe collecting), take an allocation sample, or use the large
** space. Same contract as gc_alloc. */
void *gc_alloc_slow(const gc_desc_t *desc, size_t size);

/* Records that an object starts at `obj` (the start-of-object map that resolves interior
** pointers). Part of the fast path; exposed for JIT code that inlines allocation. */
static inline void gc_mark_start(void *obj);

/* The fast path's bump: takes `size` bytes (a multiple of GC_GRANULE) from the buffer and fills
** in the header, or returns NULL when the buffer is too short. The start byte is the caller's. */
static inline gc_header_t *gc_alloc_bump(const gc_desc_t *desc, size_t size)
{
    char *p = gc_tlab.alloc_ptr;
    if (__builtin_expect(size > (size_t)(gc_tlab.alloc_limit - p), 0))
        return NULL;
    gc_tlab.alloc_ptr = p + size;
    gc_header_t *h = (gc_header_t *)p;
    h->desc = desc;
    h->size = (uint32_t)size;
    return h;
}

/*
** Allocates `size` bytes (header included, >= sizeof(gc_header_t)) described by `desc`.
** Returns zeroed memory with the header filled in; never returns NULL (see gc_set_oom_handler).
** May collect: every live object must be reachable from a root, the C stack or registers.
** The buffer [alloc_ptr, alloc_limit) is zeroed when the slow path installs it, so the fast path
** only writes the header.
*/
static inline void *gc_alloc(const gc_desc_t *desc, size_t size)
{
    size = (size + GC_GRANULE - 1) & ~(size_t)(GC_GRANULE - 1);
    gc_header_t *h = gc_alloc_bump(desc, size);
    if (__builtin_expect(!h, 0))
        return gc_alloc_slow(desc, size);
    gc_mark_start(h);
    return h;
}

/*
** gc_alloc for a leaf of a size known at compile time: `desc` has neither a trace function nor a
** light finalizer, and `size` rounds up to less than GC_LEAF_MAX (a boxed float). The start byte
** is then a constant: the fast path reads nothing of the descriptor. Same contract as gc_alloc.
*/
static inline void *gc_alloc_leaf(const gc_desc_t *desc, size_t size);

/* The allocated size of a live object (header included). */
size_t gc_size_of(const void *obj);

/* ---- Tracing ----------------------------------------------------------------------------- */

/*
** Called by trace functions for each slot. `word` may be anything a slot holds: NULL, a tagged
** small integer (low bit set) or another non-pointer word is ignored; a pointer to a heap object is
** marked; a pointer outside the heap (static singletons, C data) is ignored. Slots must point at an
** object's start: interior pointers are resolved only on the C stack (conservative roots).
** Inline: the common cases (not a pointer, already marked) cost a few instructions and no call.
*/
static inline void gc_visit(gc_tracer_t *tracer, uintptr_t word);

/* gc_visit's out-of-line part, for an object start that is not marked yet: marks it and queues it
** for tracing (a small object without references is finished at once). Called only by gc_visit. */
void gc_mark_reached(gc_tracer_t *tracer, uintptr_t obj);

static inline void gc_visit_ptr(gc_tracer_t *tracer, const void *ptr)
{
    gc_visit(tracer, (uintptr_t)ptr);
}

/* gc_visit on each of the `n` words at `words` (an array of values or pointers): the faster way
** for trace functions to report arrays of slots. */
void gc_visit_words(gc_tracer_t *tracer, const void *words, size_t n);

/* ---- Write barrier ----------------------------------------------------------------------- */

/*
** Call after storing a reference into a heap object `obj` (any field, any object size): marks the
** card of obj so a minor collection traces it again. One inline store; JIT code inlines it too and
** skips it for objects allocated since the last safepoint.
*/
static inline void gc_write_barrier(void *obj);

/*
** The same for an object whose descriptor has a trace_range function, after a store into `slot`
** (inside obj): for a large object it marks the card of the slot, so that a minor collection
** re-traces that card's range of obj (trace_range) instead of all of obj; for a small one, obj's
** card. (Map and list stores of many thousand entries, of which a program changes a few between
** two minor collections.)
*/
static inline void gc_write_barrier_slot(void *obj, const void *slot);

/* ---- Roots ------------------------------------------------------------------------------- */

/* Registers `nwords` words at `addr` (globals, C-heap tables) as roots, scanned precisely with the
** rules of gc_visit. Removing takes the same `addr`. */
void gc_root_add(void *addr, size_t nwords);
void gc_root_remove(void *addr);

/* Roots whose extent changes (the shared frame stack, JIT exit buffers): `scan` is called at every
** collection and reports what it holds through gc_visit or gc_visit_conservative. */
typedef void (*gc_root_scan_fn)(gc_tracer_t *tracer, void *data);
void gc_root_scanner_add(gc_root_scan_fn scan, void *data);
void gc_root_scanner_remove(gc_root_scan_fn scan, void *data);

/* Treats every aligned word in [lo, hi) as a possible pointer, interior pointers included, exactly
** as the C stack is scanned; for regions whose words are not all known to be values. */
void gc_visit_conservative(gc_tracer_t *tracer, const void *lo, const void *hi);

/* Keeps obj alive (and, the heap being non-moving, at its address) while C libraries or the kernel
** hold a pointer into it. Nested pins count. */
void gc_pin(void *obj);
void gc_unpin(void *obj);

/* ---- Mutator threads --------------------------------------------------------------------- */

/*
** The collector's record of a mutator thread: its C stack, and while it is parked (runs no code
** that touches the heap, e.g. it waits for the interpreter lock or blocks in a system call) its
** stack pointer and callee-saved registers. Only one registered thread runs at a time (the one
** holding runtime/'s interpreter lock): it alone allocates and collects, and a collection scans
** its own stack and registers, and those of every parked thread. The caller owns the record.
*/
typedef struct gc_thread {
    uintptr_t stack_lo, stack_hi; /* the thread's C stack */
    uintptr_t sp;                 /* parked: the stack pointer, scanned from here to stack_hi */
    uintptr_t regs[6];            /* parked: rbx, rbp, r12-r15 */
    void *fake_stack;             /* parked: ASan's fake stack of the thread (NULL without ASan) */
    struct gc_thread *next;
} gc_thread_t;

/* Registers the calling thread (not the main thread, which gc_init registers) as a running
** mutator; the thread that ran before it must have parked. Does not allocate from the heap. */
void gc_thread_register(gc_thread_t *t);

/* Unregisters the calling thread, which runs and will not touch the heap again; another thread
** takes over allocation as after gc_thread_park. */
void gc_thread_unregister(gc_thread_t *t);

/* Before the calling thread lets another run: saves its registers and stack pointer, and hands
** over its allocation buffer. Noinline, so the caller's frames sit above the saved stack pointer. */
void gc_thread_park(void);

/* The calling thread runs again (after gc_thread_park): it takes over the allocation buffer. */
void gc_thread_unpark(void);

/* The number of registered threads (1 until a second thread registers). */
size_t gc_thread_count(void);

/* ---- C stacks (cstack.c) ----------------------------------------------------------------- */

/*
** A C stack a thread runs on in turn with others (a coroutine's: runtime/coro.c). While it does
** not run it is suspended: its callee-saved registers pushed onto it, its stack pointer in sp,
** and every collection scans [sp, hi) conservatively (with its ASan fake stack), as it scans a
** parked thread. The caller owns the record; it must stay at its address while suspended.
*/
typedef struct gc_cstack {
    uintptr_t lo, hi;                /* the stack's bounds */
    uintptr_t sp;                    /* suspended: where its saved registers start */
    void *fake_stack;                /* suspended: ASan's fake stack (NULL without ASan) */
    struct gc_cstack *prev, *next;   /* the list of suspended stacks */
} gc_cstack_t;

/* The calling thread's running stack into s (bounds only): the record its first switch away
** fills. */
void gc_cstack_current(gc_cstack_t *s);

/* Makes [lo, lo + size) a fresh stack whose first switch-in calls entry(arg) on it; entry must
** never return (it ends with a final gc_cstack_switch away). Writes only the stack's top words. */
void gc_cstack_prepare(gc_cstack_t *s, void *lo, size_t size, void (*entry)(void *), void *arg);

/*
** Suspends the running stack `from` and runs `to` (fresh or suspended): the thread's stack bounds
** become to's. Returns when a later switch resumes `from`. With `final`, from is left for good
** (its frames are dead, it is not scanned, nothing may switch to it again). Never allocates;
** must not run during a collection.
*/
void gc_cstack_switch(gc_cstack_t *from, gc_cstack_t *to, bool final);

/* Before a stack that is not running is unmapped or reused: it is no longer scanned, and ASan
** forgets what it had poisoned in it. */
void gc_cstack_forget(gc_cstack_t *s);

/* ---- Collection -------------------------------------------------------------------------- */

typedef enum gc_kind { GC_MINOR, GC_MAJOR } gc_kind_t;

/* Collects now. Normally the allocator decides (survival rates, heap growth). */
void gc_collect(gc_kind_t kind);

/*
** A major collection whose heavy finalizers go to the objects that `roots` (with the registered
** roots, pins and queued finalizers) does not reach, whatever the C stack, the registers and the
** root scanners hold: for destructors that must run at the same places whatever stale copies of
** pointers the machine code left on the stack (PHP's __destruct points). The C stack and the
** scanners still keep what they reach from being freed; weak references and ephemerons that the
** precise roots reach clear when those do not reach their targets (PHP's WeakReference and
** WeakMap), the others as in gc_collect. `roots` reports the mutator's precise roots (the
** frames' live slots).
*/
void gc_collect_finalizing(gc_root_scan_fn roots, void *data);

/* Is a collection running? (A signal handler that would bail out waits for it to end.) */
bool gc_collecting(void);

/*
** A safepoint: runs queued heavy finalizers (Python __del__, PHP __destruct, weakref callbacks) in
** reachability order. Interpreters call it where running arbitrary code is safe (between bytecodes).
*/
void gc_safepoint(void);

/* ---- Finalization, weak references, ephemerons ------------------------------------------- */

/* A heavy finalizer: called at a safepoint with the object resurrected (it may store it anywhere).
** It runs at most once per registration. */
typedef void (*gc_heavy_fn)(void *obj, void *data);

/* Registers a heavy finalizer for obj; at most one per object. `data` is not traced: a heap object
** it points to must be kept alive some other way. */
void gc_register_finalizer(void *obj, gc_heavy_fn fn, void *data);

/* Runs every pending heavy finalizer and those of all still-registered objects (script end). */
void gc_finalize_all(void);

/*
** A weak reference is a heap object of its own. gc_weak_get returns the target, or NULL once the
** target has died (cleared before its heavy finalizer runs, as CPython does). `callback`, if not
** NULL, is queued as a heavy finalizer of the weak reference when its target dies.
*/
void *gc_weak_new(void *target, gc_heavy_fn callback, void *data);
void *gc_weak_get(const void *weak);

/* An ephemeron keeps `value` alive only while `key` is alive (PHP WeakMap entries). Once key dies,
** key and value read as NULL. */
void *gc_ephemeron_new(void *key, void *value);
void *gc_ephemeron_key(const void *eph);
void *gc_ephemeron_value(const void *eph);
void gc_ephemeron_set_value(void *eph, void *value);

/* ---- Allocation sampling ----------------------------------------------------------------- */

/* Called roughly every `period` allocated bytes, from the allocation slow path, with the bytes
** allocated since the last sample and the `data` given here. Must not allocate. period 0 or a NULL
** fn turns it off. */
typedef void (*gc_sample_fn)(size_t bytes, void *data);
void gc_set_sampler(size_t period, gc_sample_fn fn, void *data);

/* ---- Statistics and events --------------------------------------------------------------- */

typedef struct gc_stats {
    uint64_t minor_collections, major_collections;
    uint64_t bytes_allocated;       /* since start */
    uint64_t heap_bytes;            /* blocks + large objects currently held from the OS */
    uint64_t live_bytes;            /* estimate after the last collection */
    uint64_t used_bytes;            /* live_bytes plus what was allocated since: held at most */
    uint64_t peak_used_bytes;       /* the most used_bytes was (it peaks when a collection starts) */
    uint64_t peak_heap_bytes;
    uint64_t total_pause_ns, max_pause_ns;
} gc_stats_t;

void gc_get_stats(gc_stats_t *out);

/* Starts the two peaks over from the current values (PHP's memory_reset_peak_usage). */
void gc_stats_reset_peaks(void);

/* One collection, for logs (runtime/ turns these into PYHYPLOG gc-minor / gc-major sections). */
typedef struct gc_event {
    gc_kind_t kind;
    uint64_t start_ns, end_ns;      /* CLOCK_MONOTONIC */
    uint64_t heap_before, heap_after;
    uint64_t objects_marked, bytes_marked;
} gc_event_t;

typedef void (*gc_event_fn)(const gc_event_t *event);
void gc_set_event_hook(gc_event_fn fn);

#include "gc/gc_inline.h"

#endif

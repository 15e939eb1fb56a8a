/*
** roots.c: where marking starts (ARCHITECTURE.md section 3).
** The C stack and the saved registers are scanned conservatively: any word that points into an
** allocated object, interior pointers included, keeps it alive. Registered roots (globals, C-heap
** tables) are scanned precisely with gc_visit's rules; pinned objects are roots too; root scanners
** report regions of changing extent (the shared frame stack), precisely or conservatively.
** Every registered thread's stack is scanned: the running one's from its stack pointer, the
** parked ones' from where they parked, with their saved registers (thread.c), and so is every
** suspended coroutine stack (cstack.c).
*/
#include "config.h"

#include <setjmp.h>

#ifdef PYHYP_ASAN
#include <sanitizer/asan_interface.h>
#define NO_ASAN __attribute__((no_sanitize_address))
#else
#define NO_ASAN
#endif

#include "gc/gc_internal.h"

static void capture_range(uintptr_t lo, uintptr_t hi, void *fake);

#ifdef PYHYP_ASAN
/* With detect_stack_use_after_return, ASan moves locals to "fake frames" in its own heap; a stack
** word pointing into one stands for a frame whose locals must be scanned too (each frame once). */
NO_ASAN static void capture_fake_frame(uintptr_t word, void *fake)
{
    void *beg, *end;
    if (!fake || !__asan_addr_is_in_fake_stack(fake, (void *)word, &beg, &end))
        return;
    for (size_t i = 0; i < gc_heap.fake_frames.n; i++)
        if (gc_heap.fake_frames.v[i] == (uintptr_t)beg)
            return;
    GC_VEC_PUSH(gc_heap.fake_frames, (uintptr_t)beg);
    capture_range((uintptr_t)beg, (uintptr_t)end, fake);
}

static void *current_fake_stack(void)
{
    return __asan_get_current_fake_stack();
}
#else
static inline void capture_fake_frame(uintptr_t word, void *fake)
{
    (void)word, (void)fake;
}

static inline void *current_fake_stack(void)
{
    return NULL;
}
#endif

/* Keeps the words of [lo, hi) that point into the heap reservation, for gc_roots_mark; `fake` is
** the ASan fake stack of the thread whose stack this is. */
NO_ASAN static void capture_range(uintptr_t lo, uintptr_t hi, void *fake)
{
    lo = (lo + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    for (uintptr_t p = lo; p + sizeof(uintptr_t) <= hi; p += sizeof(uintptr_t)) {
        uintptr_t word = *(const uintptr_t *)p;
        if (word - gc_heap_lo < gc_heap_hi - gc_heap_lo)
            GC_VEC_PUSH(gc_heap.stack_words, word);
        else
            capture_fake_frame(word, fake);
    }
}

/* The stack and registers a parked thread saved (gc_thread_park). */
static void capture_parked(const gc_thread_t *t)
{
    capture_range(t->sp, t->stack_hi, t->fake_stack);
    capture_range((uintptr_t)t->regs, (uintptr_t)(t->regs + 6), t->fake_stack);
}

/*
** Spills the callee-saved registers into this frame (setjmp and __builtin_unwind_init), then
** copies the candidate words from the stack pointer to the stack's top. Called first thing in a collection,
** so the stack holds only the mutator's frames: the collector's own later work cannot leave
** stale heap addresses (block bases, sweep cursors) where the scan would see them. Then the same
** for every other registered thread, which is parked (only one thread runs: gc.h).
*/
__attribute__((noinline)) void gc_roots_capture_stack(void)
{
    jmp_buf regs;
    __builtin_unwind_init();
    setjmp(regs);
    gc_heap.stack_words.n = 0;
    gc_heap.fake_frames.n = 0;
    uintptr_t sp;
    __asm__ volatile("mov %%rsp, %0" : "=r"(sp)); /* x86-64 only, as configure checks */
    gc_thread_t *self = gc_thread_self();
    void *fake = current_fake_stack();
    capture_range(sp, self->stack_hi, fake);
    if ((uintptr_t)&regs < sp || (uintptr_t)&regs >= self->stack_hi)
        capture_range((uintptr_t)&regs, (uintptr_t)(&regs + 1), fake); /* in an ASan fake frame */
    __asm__ volatile("" : : "r"(&regs) : "memory");
    for (const gc_thread_t *t = gc_thread_first(); t; t = t->next)
        if (t != self)
            capture_parked(t);
    for (const gc_cstack_t *s = gc_cstack_suspended; s; s = s->next)
        capture_range(s->sp, s->hi, s->fake_stack);
}

void gc_roots_mark_precise(gc_tracer_t *t)
{
    for (size_t i = 0; i < gc_heap.nroots; i++)
        for (size_t w = 0; w < gc_heap.roots[i].nwords; w++)
            gc_visit(t, (uintptr_t)gc_heap.roots[i].addr[w]);
    for (size_t i = 0; i < gc_heap.npins; i++)
        gc_visit(t, (uintptr_t)gc_heap.pins[i].obj);
    gc_finalize_mark_pending(t);
}

void gc_roots_mark_ambiguous(gc_tracer_t *t)
{
    for (size_t i = 0; i < gc_heap.stack_words.n; i++) {
        uintptr_t obj = gc_mark_resolve(gc_heap.stack_words.v[i]);
        if (obj)
            gc_mark_object(t, obj);
    }
    for (size_t i = 0; i < gc_heap.nscanners; i++)
        gc_heap.scanners[i].scan(t, gc_heap.scanners[i].data);
}

void gc_roots_mark(gc_tracer_t *t)
{
    gc_roots_mark_ambiguous(t);
    gc_roots_mark_precise(t);
}

void gc_visit_conservative(gc_tracer_t *t, const void *lo, const void *hi)
{
    uintptr_t p = ((uintptr_t)lo + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    for (; p + sizeof(uintptr_t) <= (uintptr_t)hi; p += sizeof(uintptr_t)) {
        uintptr_t obj = gc_mark_resolve(*(const uintptr_t *)p);
        if (obj)
            gc_mark_object(t, obj);
    }
}

/* ---- Registered roots and pins ------------------------------------------------------------ */

void gc_root_add(void *addr, size_t nwords)
{
    if (gc_heap.nroots == gc_heap.roots_cap)
        gc_heap_vec_grow((void **)&gc_heap.roots, &gc_heap.roots_cap, gc_heap.nroots + 1,
                         sizeof *gc_heap.roots);
    gc_heap.roots[gc_heap.nroots++] = (struct gc_root){addr, nwords};
}

void gc_root_remove(void *addr)
{
    for (size_t i = gc_heap.nroots; i-- > 0;) {
        if (gc_heap.roots[i].addr == addr) {
            gc_heap.roots[i] = gc_heap.roots[--gc_heap.nroots];
            return;
        }
    }
}

/* ---- Root scanners ------------------------------------------------------------------------ */

void gc_root_scanner_add(gc_root_scan_fn scan, void *data)
{
    if (gc_heap.nscanners == gc_heap.scanners_cap)
        gc_heap_vec_grow((void **)&gc_heap.scanners, &gc_heap.scanners_cap, gc_heap.nscanners + 1,
                         sizeof *gc_heap.scanners);
    gc_heap.scanners[gc_heap.nscanners++] = (struct gc_root_scanner){scan, data};
}

void gc_root_scanner_remove(gc_root_scan_fn scan, void *data)
{
    for (size_t i = gc_heap.nscanners; i-- > 0;) {
        if (gc_heap.scanners[i].scan == scan && gc_heap.scanners[i].data == data) {
            gc_heap.scanners[i] = gc_heap.scanners[--gc_heap.nscanners];
            return;
        }
    }
}

void gc_pin(void *obj)
{
    for (size_t i = 0; i < gc_heap.npins; i++) {
        if (gc_heap.pins[i].obj == obj) {
            gc_heap.pins[i].count++;
            return;
        }
    }
    if (gc_heap.npins == gc_heap.pins_cap)
        gc_heap_vec_grow((void **)&gc_heap.pins, &gc_heap.pins_cap, gc_heap.npins + 1,
                         sizeof *gc_heap.pins);
    gc_heap.pins[gc_heap.npins++] = (struct gc_pin){obj, 1};
}

void gc_unpin(void *obj)
{
    for (size_t i = 0; i < gc_heap.npins; i++) {
        if (gc_heap.pins[i].obj == obj) {
            if (--gc_heap.pins[i].count == 0)
                gc_heap.pins[i] = gc_heap.pins[--gc_heap.npins];
            return;
        }
    }
}

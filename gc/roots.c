/*
** roots.c: where marking starts (ARCHITECTURE.md section 3).
** The C stack and the saved registers are scanned conservatively: any word that points into an
** allocated object, interior pointers included, keeps it alive. Registered roots (globals, C-heap
** tables) are scanned precisely with gc_visit's rules; pinned objects are roots too.
** Only the main thread's stack is scanned: one mutator thread for now.
*/
#define _GNU_SOURCE /* pthread_getattr_np */
#include "config.h"

#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#ifdef PYHYP_ASAN
#include <sanitizer/asan_interface.h>
#define NO_ASAN __attribute__((no_sanitize_address))
#else
#define NO_ASAN
#endif

#include "gc/gc_internal.h"

void gc_roots_init_stack(void)
{
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0 ||
        pthread_attr_getstack(&attr, &addr, &size) != 0) {
        fprintf(stderr, "pyhyp: gc: cannot find the stack bounds\n");
        abort();
    }
    pthread_attr_destroy(&attr);
    gc_heap.stack_lo = (uintptr_t)addr;
    gc_heap.stack_hi = (uintptr_t)addr + size;
}

static void scan_range(gc_tracer_t *t, uintptr_t lo, uintptr_t hi);

#ifdef PYHYP_ASAN
/* With detect_stack_use_after_return, ASan moves locals to "fake frames" in its own heap; a stack
** word pointing into one stands for a frame whose locals must be scanned too. */
NO_ASAN static void scan_fake_frame(gc_tracer_t *t, uintptr_t word)
{
    void *fake = __asan_get_current_fake_stack();
    void *beg, *end;
    if (fake && __asan_addr_is_in_fake_stack(fake, (void *)word, &beg, &end))
        scan_range(t, (uintptr_t)beg, (uintptr_t)end);
}
#else
static inline void scan_fake_frame(gc_tracer_t *t, uintptr_t word)
{
    (void)t;
    (void)word;
}
#endif

NO_ASAN static void scan_range(gc_tracer_t *t, uintptr_t lo, uintptr_t hi)
{
    lo = (lo + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    for (uintptr_t p = lo; p + sizeof(uintptr_t) <= hi; p += sizeof(uintptr_t)) {
        uintptr_t word = *(const uintptr_t *)p;
        uintptr_t obj = gc_mark_resolve(word);
        if (obj)
            gc_mark_object(t, obj);
        else
            scan_fake_frame(t, word);
    }
}

/* Spills the callee-saved registers into this frame (setjmp and __builtin_unwind_init), then
** scans from here to the stack's top; noinline so this frame is below every caller's. */
__attribute__((noinline)) static void scan_stack(gc_tracer_t *t)
{
    jmp_buf regs;
    __builtin_unwind_init();
    setjmp(regs);
    scan_range(t, (uintptr_t)&regs, gc_heap.stack_hi);
    __asm__ volatile("" : : "r"(&regs) : "memory");
}

void gc_roots_mark(gc_tracer_t *t)
{
    scan_stack(t);
    for (size_t i = 0; i < gc_heap.nroots; i++)
        for (size_t w = 0; w < gc_heap.roots[i].nwords; w++)
            gc_visit(t, (uintptr_t)gc_heap.roots[i].addr[w]);
    for (size_t i = 0; i < gc_heap.npins; i++)
        gc_visit(t, (uintptr_t)gc_heap.pins[i].obj);
    gc_finalize_mark_pending(t);
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

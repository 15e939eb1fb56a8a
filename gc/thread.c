/*
** thread.c: the mutator threads the collector knows (gc.h, "Mutator threads"; ARCHITECTURE.md
** section 3). runtime/'s interpreter lock lets one registered thread run at a time; the others
** are parked with their registers and stack pointer saved here, so the running thread's
** collection scans their stacks conservatively as it scans its own (roots.c). The allocation
** buffer gc_tlab is one logical buffer handed from thread to thread: a parking thread leaves it
** here, the next running thread takes it, so the heap's single current hole stays consistent.
*/
#define _GNU_SOURCE /* pthread_getattr_np */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#ifdef PYHYP_ASAN
#include <sanitizer/asan_interface.h>
#endif

#include "gc/gc_internal.h"

static __thread gc_thread_t *self;  /* NULL: the main thread */
static gc_tlab_t handed;             /* the allocation buffer while no thread runs */

gc_thread_t *gc_thread_first(void) { return &gc_heap.main_thread; }

gc_thread_t *gc_thread_self(void) { return self ? self : &gc_heap.main_thread; }

/* The calling thread's stack bounds into t; aborts when they cannot be had (nothing could be
** scanned). */
static void stack_bounds(gc_thread_t *t)
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
    t->stack_lo = (uintptr_t)addr;
    t->stack_hi = (uintptr_t)addr + size;
}

void gc_roots_init_stack(void)
{
    stack_bounds(&gc_heap.main_thread);
}

void gc_thread_register(gc_thread_t *t)
{
    stack_bounds(t);
    t->next = gc_heap.main_thread.next;
    gc_heap.main_thread.next = t;
    self = t;
    gc_tlab = handed;
}

void gc_thread_unregister(gc_thread_t *t)
{
    for (gc_thread_t **p = &gc_heap.main_thread.next; *p; p = &(*p)->next)
        if (*p == t) {
            *p = t->next;
            break;
        }
    handed = gc_tlab;
    gc_tlab.alloc_ptr = gc_tlab.alloc_limit = NULL;
    self = NULL;
}

__attribute__((noinline)) void gc_thread_park(void)
{
    gc_thread_t *t = gc_thread_self();
    /* x86-64 only, as configure checks: the callee-saved registers, unmangled (setjmp mangles
    ** rbp, which optimised code uses as a general register) */
    __asm__ volatile("mov %%rbx, 0(%0)\n\tmov %%rbp, 8(%0)\n\tmov %%r12, 16(%0)\n\t"
                     "mov %%r13, 24(%0)\n\tmov %%r14, 32(%0)\n\tmov %%r15, 40(%0)"
                     : : "r"(t->regs) : "memory");
    __asm__ volatile("mov %%rsp, %0" : "=r"(t->sp));
#ifdef PYHYP_ASAN
    t->fake_stack = __asan_get_current_fake_stack();
#endif
    handed = gc_tlab;
    gc_tlab.alloc_ptr = gc_tlab.alloc_limit = NULL;
}

void gc_thread_unpark(void)
{
    gc_tlab = handed;
}

size_t gc_thread_count(void)
{
    size_t n = 1;
    for (gc_thread_t *t = gc_heap.main_thread.next; t; t = t->next)
        n++;
    return n;
}

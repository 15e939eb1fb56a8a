/*
** cstack.c: C stacks of coroutines (gc.h, "C stacks"; ARCHITECTURE.md section 3). A thread may
** run on several C stacks in turn (runtime/coro.c gives each PHP Fiber one): the one running is
** the thread's stack as the collector sees it (gc_thread_t's bounds follow every switch), the
** others are suspended, each with its stack pointer saved after its callee-saved registers were
** pushed onto it, and sit on one list that every collection scans conservatively from the saved
** stack pointer to the stack's top, as it scans a parked thread's (roots.c). The switch itself
** is a few instructions of x86-64 (the only target, as configure checks): push the callee-saved
** registers, swap stack pointers, pop, return; ucontext's swapcontext would add a signal-mask
** system call to every switch and keep the registers where no scan looks. ASan learns of each
** switch through its fiber interface, and the fake stack of a suspended stack (its frames moved
** off the stack by detect_stack_use_after_return) is scanned with it.
*/
#include "config.h"

#ifdef PYHYP_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

#include "gc/gc_internal.h"

gc_cstack_t *gc_cstack_suspended;

/* gc_cstack_swap_(save, sp): pushes rbp, rbx, r12-r15, stores the stack pointer in *save,
** continues on sp by popping the same registers and returning. gc_cstack_boot_: where a fresh
** stack's first switch returns to; it calls gc_cstack_first_(arg, entry) with the two words
** gc_cstack_prepare left for r12 and r13 (the stack is 16-byte aligned there) and, as that never
** returns, marks the bottom of the stack for unwinders. */
void gc_cstack_swap_(uintptr_t *save, uintptr_t sp);
void gc_cstack_boot_(void);
void gc_cstack_first_(void *arg, void (*entry)(void *));

__asm__(".text\n"
        ".globl gc_cstack_swap_\n"
        ".hidden gc_cstack_swap_\n"
        ".type gc_cstack_swap_, @function\n"
        "gc_cstack_swap_:\n"
        "\tpushq %rbp\n\tpushq %rbx\n\tpushq %r12\n\tpushq %r13\n\tpushq %r14\n\tpushq %r15\n"
        "\tmovq %rsp, (%rdi)\n"
        "\tmovq %rsi, %rsp\n"
        "\tpopq %r15\n\tpopq %r14\n\tpopq %r13\n\tpopq %r12\n\tpopq %rbx\n\tpopq %rbp\n"
        "\tret\n"
        ".size gc_cstack_swap_, .-gc_cstack_swap_\n"
        ".globl gc_cstack_boot_\n"
        ".hidden gc_cstack_boot_\n"
        ".type gc_cstack_boot_, @function\n"
        "gc_cstack_boot_:\n"
        "\t.cfi_startproc\n"
        "\t.cfi_undefined rip\n"
        "\tmovq %r12, %rdi\n"
        "\tmovq %r13, %rsi\n"
        "\tcall gc_cstack_first_\n"
        "\tud2\n"
        "\t.cfi_endproc\n"
        ".size gc_cstack_boot_, .-gc_cstack_boot_\n");

/* ASan is told before each switch where the next stack is; `fake` keeps the leaving stack's fake
** stack while it is suspended (NULL: the stack is left for good, its fake stack is freed). */
static void asan_start(void **fake, const gc_cstack_t *to)
{
#ifdef PYHYP_ASAN
    __sanitizer_start_switch_fiber(fake, (const void *)to->lo, to->hi - to->lo);
#else
    (void)fake, (void)to;
#endif
}

static void asan_finish(void *fake)
{
#ifdef PYHYP_ASAN
    __sanitizer_finish_switch_fiber(fake, NULL, NULL);
#else
    (void)fake;
#endif
}

void gc_cstack_first_(void *arg, void (*entry)(void *))
{
    asan_finish(NULL);
    entry(arg);
    __builtin_trap(); /* gc_cstack_prepare's contract: entry never returns */
}

void gc_cstack_current(gc_cstack_t *s)
{
    gc_thread_t *t = gc_thread_self();
    *s = (gc_cstack_t){.lo = t->stack_lo, .hi = t->stack_hi};
}

void gc_cstack_prepare(gc_cstack_t *s, void *lo, size_t size, void (*entry)(void *), void *arg)
{
    uintptr_t hi = ((uintptr_t)lo + size) & ~(uintptr_t)15;
    uintptr_t *w = (uintptr_t *)(hi - 24); /* the return address: boot runs with rsp = hi - 16 */
    w[0] = (uintptr_t)gc_cstack_boot_;
    w[1] = w[2] = 0;
    w -= 6; /* what the swap pops: r15, r14, r13 (entry), r12 (arg), rbx, rbp */
    w[0] = w[1] = w[4] = w[5] = 0;
    w[2] = (uintptr_t)entry;
    w[3] = (uintptr_t)arg;
    *s = (gc_cstack_t){.lo = (uintptr_t)lo, .hi = (uintptr_t)lo + size, .sp = (uintptr_t)w};
}

static void unlink_suspended(gc_cstack_t *s)
{
    if (s->prev)
        s->prev->next = s->next;
    else if (gc_cstack_suspended == s)
        gc_cstack_suspended = s->next;
    if (s->next)
        s->next->prev = s->prev;
    s->prev = s->next = NULL;
}

void gc_cstack_switch(gc_cstack_t *from, gc_cstack_t *to, bool final)
{
    gc_thread_t *t = gc_thread_self();
    unlink_suspended(to);
    if (!final) {
        from->next = gc_cstack_suspended;
        from->prev = NULL;
        if (from->next)
            from->next->prev = from;
        gc_cstack_suspended = from;
    }
    t->stack_lo = to->lo;
    t->stack_hi = to->hi;
    asan_start(final ? NULL : &from->fake_stack, to);
    gc_cstack_swap_(&from->sp, to->sp);
    asan_finish(from->fake_stack);
}

void gc_cstack_forget(gc_cstack_t *s)
{
#ifdef PYHYP_ASAN
    __asan_unpoison_memory_region((void *)s->lo, s->hi - s->lo);
#endif
    unlink_suspended(s);
}

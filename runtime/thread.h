/*
** thread.h: the thread state and runtime start-up (ARCHITECTURE.md sections 2 and 4).
** One rt_thread_t per OS thread, reached through the thread-local pointer rt_ts: the shared frame
** stack of both languages (frame.h), the pending exception and its traceback (exc.h), the language
** of the running code, per-language recursion limits, the VMs' own state, and the stack of fatal
** error recovery points. JIT code and both interpreters read these fields directly; keep them in
** agreement with what jit/ emits.
**
** Each OS thread that runs code has its own state (rt_thread_spawn in gil.h makes them); they
** take turns under the interpreter lock (gil.h).
*/
#ifndef PYHYP_RT_THREAD_H
#define PYHYP_RT_THREAD_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

#include "gc/gc.h"
#include "runtime/code.h"
#include "runtime/value.h"

struct rt_frame;
struct rt_tb;
struct rt_bailout;

/* What ended the program's normal flow at a recovery point (rt_thread_t.fatal.kind). */
typedef enum rt_fatal_kind {
    RT_FATAL_NONE = 0,
    RT_FATAL_ERROR = 1, /* rt_fatal: a PHP fatal error, or a runtime invariant broken beyond repair */
    RT_FATAL_OOM = 2,   /* the heap limit was reached (PHP's "Allowed memory size ... exhausted") */
    RT_FATAL_ABORT = 3, /* the output's reader went away (PHP's aborted connection): nothing to report */
} rt_fatal_kind_t;

/* Why the last rt_frame_push failed (rt_thread_t.overflow). */
typedef enum rt_frame_overflow {
    RT_FRAME_OK = 0,
    RT_FRAME_RECURSION = 1, /* the language's frame count limit (Python's sys.setrecursionlimit) */
    RT_FRAME_STACK_FULL = 2 /* the frame stack's bytes are used up */
} rt_frame_overflow_t;

typedef struct rt_thread {
    /* ---- The frame stack (frame.h): one contiguous region, bump-allocated ---- */
    struct rt_frame *frame;           /* the innermost frame; NULL when none runs */
    char *stack_top;                  /* first free byte: the next frame goes here */
    char *stack_limit;                /* frames end at or below this */
    char *stack_base;
    size_t stack_size;                /* bytes between base and limit */
    uint32_t lang;                    /* rt_lang_t of the running code; rt_raise builds its errors */
    uint32_t overflow;                /* rt_frame_overflow_t of the last failed push */
    uint32_t depth[RT_LANG_COUNT];    /* frames of each language on the stack */
    uint32_t limit[RT_LANG_COUNT];    /* a push fails when depth[lang] reaches limit[lang] */

    /* ---- Registered as a GC root (two words): keep together and in this order ---- */
    rt_value_t exc;                   /* the pending exception; 0 = none */
    struct rt_tb *exc_tb;             /* its traceback so far, outermost entry first */

    /* ---- The rest ---- */
    void *vm[RT_LANG_COUNT];          /* each VM's own per-thread state; the VM owns and roots it */
    struct rt_bailout *bailout;       /* the innermost fatal-error recovery point (exc.h) */
    char *cstack_floor;               /* C recursion (a VM re-entered from C) must stay above */
    uint64_t ident;                   /* the pthread_t: Python's threading.get_ident() */
    int64_t native_id;                /* the kernel's thread id: threading.get_native_id() */
    gc_thread_t gc;                   /* the collector's record of a thread other than main */
    struct {
        rt_fatal_kind_t kind;
        size_t requested;             /* RT_FATAL_OOM: the allocation that failed, in bytes */
        char message[512];            /* formatted without allocating from the heap */
    } fatal;
} rt_thread_t;

extern __thread rt_thread_t *rt_ts;

#define RT_FRAME_STACK_DEFAULT ((size_t)64 << 20) /* bytes reserved; pages are touched on use */
#define RT_PY_RECURSION_LIMIT  1000u               /* CPython's default sys.getrecursionlimit() */

/*
** Creates the calling thread's state and makes it rt_ts: a frame stack of `frame_stack_bytes`
** (0: RT_FRAME_STACK_DEFAULT) reserved with mmap, registered with the collector as a root scanner
** (the live part, [stack_base, stack_top), is scanned conservatively), the pending-exception words
** registered as roots, Python's recursion limit RT_PY_RECURSION_LIMIT, no frame-count limit for PHP
** (only the stack's bytes limit it). Aborts if the memory cannot be had. Does not allocate from the
** heap. gc_init must have run.
*/
rt_thread_t *rt_thread_init(size_t frame_stack_bytes);

/*
** Whether the C stack has room for another re-entry of a VM from C (a call across the language
** boundary, a callback from a C helper): the stack pointer is still above cstack_floor, set at
** thread start 256 KiB above the end of the stack RLIMIT_STACK allows. The caller raises its
** language's recursion error when it is not.
*/
static inline bool rt_cstack_ok(void)
{
    return (char *)__builtin_frame_address(0) > rt_ts->cstack_floor;
}

/* Releases the calling thread's state (its frames must all be popped); rt_ts becomes NULL. */
void rt_thread_fini(void);

/* Start-up options of the whole runtime; rt_init(NULL) takes the defaults. */
typedef struct rt_config {
    gc_config_t gc;
    size_t frame_stack_bytes; /* 0: RT_FRAME_STACK_DEFAULT */
} rt_config_t;

/*
** Brings the runtime up on the calling (main) thread: the collector (gc_init), PYHYPLOG
** (rt_log_init), the out-of-memory handler (a fatal bail-out of kind RT_FATAL_OOM to the current
** recovery point), and this thread's state. The string tables start lazily. Calling it again only
** applies the collector options. Does not allocate from the heap.
*/
void rt_init(const rt_config_t *cfg);

/* Tears down what rt_init brought up: the thread state, the heap (gc_shutdown: every heap pointer
** dies), the log. */
void rt_fini(void);

#endif

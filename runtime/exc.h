/*
** exc.h: the one error convention (ARCHITECTURE.md section 2, JIT.md rule 5).
** A function that fails returns a sentinel (RT_NOVALUE, NULL, -1: its contract says which) with an
** exception object pending on the thread state, and its caller checks, cleans up at one `fail:`
** label and returns its own sentinel. Exceptions are objects of the running language, built by a
** hook each VM registers, so runtime code raises "a TypeError" with rt_raise and each language gets
** its own class (Python TypeError, PHP TypeError; ZeroDivisionError / DivisionByZeroError).
**
** Tracebacks are chains of entries {lang, code, pc[, frame object]} of both languages, added by the
** VMs as an exception unwinds through their frames (outermost first, as Python's tb_next runs).
**
** No longjmp except one: a fatal error (PHP's "Fatal error", the heap limit) bails out to the
** innermost recovery point (rt_bailout_t), unwinding the frame stack to where it was there.
*/
#ifndef PYHYP_RT_EXC_H
#define PYHYP_RT_EXC_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "runtime/code.h"
#include "runtime/frame.h"
#include "runtime/str.h"
#include "runtime/thread.h"

/* ---- The pending exception (none of these allocates) ---- */

typedef struct rt_tb rt_tb_t;

static inline bool rt_exc_pending(void) { return rt_ts->exc != RT_NOVALUE; }
static inline rt_value_t rt_exc_current(void) { return rt_ts->exc; }

/* Raises exc (an exception object, not RT_NOVALUE): it becomes pending with an empty traceback,
** replacing any exception pending before (chaining, Python's __context__, is the VM's job).
** Returns RT_NOVALUE so callers can `return rt_exc_set(e);`. */
rt_value_t rt_exc_set(rt_value_t exc);

/* Re-raises exc with the traceback it had (a `raise` of a caught exception, finally blocks).
** Returns RT_NOVALUE. */
rt_value_t rt_exc_restore(rt_value_t exc, rt_tb_t *tb);

/* Takes the pending exception (RT_NOVALUE if none) and, if tb is not NULL, its traceback; nothing
** is pending afterwards. What an except/catch block does first. */
rt_value_t rt_exc_fetch(rt_tb_t **tb);

void rt_exc_clear(void);

/* ---- Tracebacks ---- */

/*
** One traceback entry: where a frame was when the exception passed through it. Entries chain from
** the outermost frame (the newest entry, where it is caught) to the innermost (where it was
** raised), so a chain is exactly Python's traceback object list; PHP reads the same entries for
** getTrace(). pyvm/ and phpvm/ install their behaviour on rt_type_tb.
*/
struct rt_tb {
    rt_obj_t hdr;
    struct rt_tb *next;     /* one frame further in; NULL at the raise point */
    rt_code_t *code;
    rt_frameobj_t *frame;   /* the frame object if the language asked for one, else NULL */
    uint32_t pc;
    uint8_t lang;
};

extern rt_type_t rt_type_tb;

/*
** Records that the pending exception leaves (or is caught in) frame f: a new entry {f's lang,
** code, pc} goes at the head of the pending traceback. With want_frameobj, f escapes
** (rt_frame_escape) and the entry keeps its frame object (Python's tb_frame). An exception must be
** pending. May collect; never fails.
*/
void rt_tb_here(rt_frame_t *f, bool want_frameobj);

/* The file, line and function name of an entry. Never allocates. */
rt_code_loc_t rt_tb_location(const rt_tb_t *tb);

/* ---- Standard error kinds ---- */

/*
** The errors runtime code raises, with each language's class. X(ID, Python class, PHP class);
** NULL: the language has no exception for it, so its hook decides (PHP: a warning or a fatal
** error; Python: SystemError). Overflow in PHP arithmetic turns into floats and never raises; PHP's
** ArithmeticError stands for the cases that do (intdiv(PHP_INT_MIN, -1), shifts by negatives).
*/
#define RT_EXC_KINDS(X)                                                                            \
    X(TYPE, "TypeError", "TypeError")                                                              \
    X(VALUE, "ValueError", "ValueError")                                                           \
    X(ARITHMETIC, "ArithmeticError", "ArithmeticError")                                            \
    X(ZERO_DIVISION, "ZeroDivisionError", "DivisionByZeroError")                                   \
    X(OVERFLOW, "OverflowError", "ArithmeticError")                                                \
    X(MEMORY, "MemoryError", NULL)                                                                 \
    X(INDEX, "IndexError", NULL)                                                                   \
    X(KEY, "KeyError", NULL)                                                                       \
    X(RECURSION, "RecursionError", "Error")                                                        \
    X(ATTRIBUTE, "AttributeError", "Error")                                                        \
    X(NAME, "NameError", "Error")                                                                  \
    X(UNICODE, "UnicodeError", "ValueError")                                                       \
    X(NOT_IMPLEMENTED, "NotImplementedError", "Error")                                             \
    X(RUNTIME, "RuntimeError", "Error")                                                            \
    X(SYSTEM, "SystemError", "Error")                                                              \
    X(STOP_ITERATION, "StopIteration", NULL)                                                       \
    X(ASSERTION, "AssertionError", "AssertionError")                                               \
    X(OS, "OSError", NULL)                                                                         \
    X(ARGUMENT_COUNT, "TypeError", "ArgumentCountError")                                           \
    X(UNHANDLED_MATCH, NULL, "UnhandledMatchError")

typedef enum rt_exc_kind {
#define RT_EXC_ENUM(id, py, php) RT_EXC_##id,
    RT_EXC_KINDS(RT_EXC_ENUM)
#undef RT_EXC_ENUM
    RT_EXC_NKINDS
} rt_exc_kind_t;

/* The class name of a kind in a language (RT_LANG_PY or RT_LANG_PHP), or NULL when none. Never
** allocates. */
const char *rt_exc_kind_name(rt_exc_kind_t kind, rt_lang_t lang);

/*
** Builds the exception object of its language for a standard error: registered by pyvm/ and
** phpvm/ at start-up. It may allocate; it returns the object, never RT_NOVALUE. A hook may bail out
** instead (rt_fatal) for kinds its language treats as fatal.
*/
typedef rt_value_t (*rt_exc_hook_fn)(rt_exc_kind_t kind, rt_str_t *message);

void rt_exc_set_hook(rt_lang_t lang, rt_exc_hook_fn hook);

/*
** The exception object a language without a hook gets (runtime code running outside any VM, unit
** tests): the kind and the message.
*/
typedef struct rt_exc_basic {
    rt_obj_t hdr;
    rt_exc_kind_t kind;
    rt_str_t *message;
} rt_exc_basic_t;

extern rt_type_t rt_type_exc_basic;

/*
** Raises a standard error in the running language (rt_ts->lang): formats the message (printf
** style; UTF-8), has that language's hook build the object, makes it pending. Returns RT_NOVALUE.
** May collect.
*/
rt_value_t rt_raise(rt_exc_kind_t kind, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The same with a ready message. */
rt_value_t rt_raise_str(rt_exc_kind_t kind, rt_str_t *message);

/* ---- Fatal errors: the recovery points ---- */

/*
** A recovery point. Where a fatal error must end a unit of work but not the process (a PHP script
** or web request, a bridge call, the REPL), establish one on the C stack:
**
**     rt_bailout_t bp;
**     rt_bailout_push(&bp);
**     if (setjmp(bp.env) == 0) {
**         ... run ...
**         rt_bailout_pop(&bp);
**     } else {
**         ... rt_ts->fatal says what happened; bp is already popped ...
**     }
**
** C locals changed between setjmp and the bail-out must be volatile to be read afterwards; keep the
** function that calls setjmp down to the setjmp and calls (GCC's -Wclobbered otherwise flags the
** locals of inlined fast paths such as rt_frame_push). Neither function allocates. The
** frame stack is restored to its state at rt_bailout_push (escaped frames keep their objects
** valid), the pending exception is cleared, ts->lang is restored. Native resources held by C code
** between the two points are not released: code that holds any registers its own recovery point.
*/
typedef struct rt_bailout {
    jmp_buf env;
    struct rt_bailout *prev;
    rt_frame_t *frame;
    char *stack_top;
    uint32_t lang;
    uint32_t depth[RT_LANG_COUNT];
} rt_bailout_t;

void rt_bailout_push(rt_bailout_t *bp);
void rt_bailout_pop(rt_bailout_t *bp); /* bp must be the innermost point */

/*
** Ends the current unit of work with a fatal error: the message (formatted into the thread state,
** no heap allocation) goes to rt_ts->fatal with kind RT_FATAL_ERROR, and control goes to the
** innermost recovery point; the VM there reports it in its language's words ("PHP Fatal error:
** ..."). Without a recovery point, prints "pyhyp: fatal error: MESSAGE" on stderr and exits 255
** (php's exit status for fatal errors).
*/
_Noreturn void rt_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The same for the heap limit: kind RT_FATAL_OOM, `requested` bytes. Installed as the collector's
** out-of-memory handler by rt_init. Does not allocate. */
_Noreturn void rt_fatal_oom(size_t requested);

/* The same for an aborted connection (PHP's connection_aborted(): the client or the pipe reader
** went away): kind RT_FATAL_ABORT, which the recovery point reports to nobody. Does not allocate. */
_Noreturn void rt_fatal_abort(void);

/* Continues a bail-out that ended at a coroutine's own recovery point (coro.c) in the context
** that resumed it: rt_ts->fatal stays as it is. */
_Noreturn void rt_fatal_again(void);

#endif

/*
** coro.h: coroutines of the runtime, the machinery under PHP's Fiber (phpvm/fiber.c) and open to
** any language. A coroutine runs a C function on stacks of its own: a C stack (the collector's
** gc_cstack_t, with a guard page) and a frame stack, so that it can be suspended below any C
** frames (a callback of array_map, a __toString, a sort comparator) while the stackless
** interpreters keep their frames where thread.h says. Coroutines are asymmetric: one is resumed
** by the running context (the thread's own stacks or another coroutine) and suspends back to
** it; they nest. They belong to the thread that made them.
**
** A switch moves the thread state's frame-stack fields (base, top, limit, size), its C-recursion
** floor, its recovery-point chain, language and frame counts between the thread state and the
** side that stops; the running frame pointer stays the resumer's, and the coroutine's bottom
** frame links to it (prev) while it runs, to nothing while it is suspended: walkers (tracebacks,
** debug_backtrace, precise destructor roots) see the coroutine's frames on top of its resumer's,
** as PHP shows a fiber's. A suspended coroutine's frame stack is scanned conservatively by the
** collector (a root scanner here), its C stack by gc/cstack.c.
**
** A fatal error (rt_fatal, out of memory, a timeout) inside a coroutine unwinds to a recovery
** point at its base, never across stacks: the coroutine ends, and its resumer continues the
** bail-out (rt_coro_resume's result).
*/
#ifndef PYHYP_RT_CORO_H
#define PYHYP_RT_CORO_H

#include <stdbool.h>

#include "runtime/frame.h"

typedef struct rt_coro rt_coro_t;

/*
** A new coroutine that will run body(arg) on its own stacks (a C stack of `cstack_bytes`, 0: a
** default of 1 MiB, and a frame stack of RT_CORO_FRAME_STACK bytes, both reserved with mmap and
** touched on use). NULL when the memory cannot be had. Does not allocate from the heap; `arg`
** must be kept alive by the caller until the coroutine ends. body may push frames (they must be
** popped when it returns) and suspend with rt_coro_suspend.
*/
rt_coro_t *rt_coro_new(void (*body)(void *arg), void *arg, size_t cstack_bytes);

#define RT_CORO_FRAME_STACK ((size_t)16 << 20)

/*
** Runs c (new or suspended, of the calling thread) until it suspends or its body returns; the
** running context is suspended meanwhile. false when a fatal error ended the coroutine: the
** caller does its own bookkeeping, then continues the bail-out with rt_fatal_again(). Never
** allocates from the heap itself; body runs whatever it runs.
*/
bool rt_coro_resume(rt_coro_t *c);

/* From inside the running coroutine: back to the context that resumed it; returns when it is
** resumed again. */
void rt_coro_suspend(void);

/* The running coroutine of the calling thread, NULL on the thread's own stacks. */
rt_coro_t *rt_coro_current(void);

/* Whether c's body has returned (or a fatal error ended it). */
bool rt_coro_done(const rt_coro_t *c);
/* The `arg` c was made with. */
void *rt_coro_arg(const rt_coro_t *c);

/* c's innermost frame while it is suspended (NULL: none, or it runs); its frames follow prev to
** NULL. */
rt_frame_t *rt_coro_frames(const rt_coro_t *c);

/* c's outermost frame (the first its body pushed), given its innermost `top`; NULL when top is
** none of c's frames. */
rt_frame_t *rt_coro_bottom(const rt_coro_t *c, const rt_frame_t *top);

/* Releases a coroutine that is not running: its stacks are unmapped. A suspended one's frames
** and C frames are dropped without running anything (its body never returns). */
void rt_coro_free(rt_coro_t *c);

#endif

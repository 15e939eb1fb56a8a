/*
** gil.h: the global interpreter lock (ARCHITECTURE.md section 4): OS threads run Python code one
** at a time, as CPython 3.11 does. The heap, the VMs' tables and the JIT are shared and not
** locked otherwise; only the holder touches them. Until the first thread starts (rt_thread_spawn)
** the lock is off and every call here costs a flag test.
**
** A thread that waits longer than the switch interval (sys.setswitchinterval, 5 ms) asks the
** holder to let go: it sets rt_eval_breaker, which the interpreters test at back edges and calls
** and answer with rt_eval_break. Blocking system calls run with the lock released
** (RT_ALLOW_THREADS), between which the thread must not touch the heap.
*/
#ifndef PYHYP_RT_GIL_H
#define PYHYP_RT_GIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/thread.h"

/* Nonzero when the running thread should call rt_eval_break at its next check. */
extern volatile int rt_eval_breaker;

/*
** The running thread answers rt_eval_breaker: lets a waiting thread run if one asked, and raises
** a pending interrupt (interrupt_main) in the main thread. Returns false with the exception
** pending. The caller has stored its frame's pc and depth (rt_frame_t's contract).
*/
bool rt_eval_break(void);

/* Lets other threads run: the calling thread must not touch the heap until rt_gil_acquire(the
** result). Returns NULL (and rt_gil_acquire(NULL) does nothing) when the lock is off, or at
** exit (rt_gil_finalize) so that no other thread runs again. */
rt_thread_t *rt_gil_release(void);
void rt_gil_acquire(rt_thread_t *ts);

/* Runs `stmt`, a blocking system call that touches no heap object, with the lock released; errno
** is kept. */
#define RT_ALLOW_THREADS(stmt)                                                                     \
    do {                                                                                           \
        rt_thread_t *gil_ts_ = rt_gil_release();                                                   \
        stmt;                                                                                      \
        rt_gil_acquire(gil_ts_);                                                                   \
    } while (0)

/* The switch interval in seconds (sys.getswitchinterval); setting it requires > 0. */
double rt_gil_interval(void);
void rt_gil_set_interval(double seconds);

/* From now on the main thread keeps the lock: threads still running stop at their next switch.
** rt_gil_finalizing: has that happened (sys.is_finalizing)? */
void rt_gil_finalize(void);
bool rt_gil_finalizing(void);

/* Asks the main thread to call `hook` at its next check (interrupt_main); the hook raises. */
void rt_gil_interrupt_main(bool (*hook)(void));

/*
** Starts an OS thread with a C stack of `stack_size` bytes (0: 8 MiB) that takes the lock, gets
** its own thread state (rt_thread_init), runs body(arg), and ends, releasing its state. Turns the
** lock on at the first call. Returns the thread's ident (rt_thread_t.ident), or 0 with errno set
** when the OS refuses. The body must not leave frames or a pending exception behind.
*/
uint64_t rt_thread_spawn(void (*body)(void *arg), void *arg, size_t stack_size);

/* The number of threads with a thread state (_thread._count() + 1). */
size_t rt_thread_count(void);

/* The main thread's state. */
rt_thread_t *rt_thread_main(void);

#endif

/*
** mod_thread.c: the native `_thread` module (modules.h) that Debian's threading.py, queue and
** concurrent.futures stand on: OS threads (start_new_thread) that take turns under runtime/'s
** interpreter lock (gil.h), the locks (LockType, RLock) with blocking, timeouts and the
** Condition protocol (_is_owned, _release_save, _acquire_restore), get_ident/get_native_id,
** _count, stack_size, _set_sentinel (released when the thread ends, which Thread.join waits
** for), interrupt_main, exit, TIMEOUT_MAX and error. _local (threading.local) is Python code,
** thread_local.py, run in the module's namespace at import (embedded as pyvm_mod_thread_local).
** threading's excepthook is its Python fallback: _excepthook and _ExceptHookArgs are left out
** on purpose, as threading.py allows.
**
** A lock is a count (and an owner for RLock) in a heap object. A thread that must wait releases
** the interpreter lock and sleeps on one process-wide condition that every release signals;
** `mu` guards the counts, which a waiting thread reads and takes without the interpreter lock
** (the object stays alive: the waiter's stack holds it).
*/
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "jit/jit.h"
#include "pyvm/modules/modules.h"

typedef struct lock {
    rt_obj_t hdr;
    int64_t count;  /* 0 free; RLock: the recursion depth */
    uint64_t owner; /* RLock: the holder's ident */
    bool rlock;
} lock_t;

static rt_type_t lock_type = RT_TYPE_INIT("lock", NULL, NULL, 0);
static rt_type_t rlock_type = RT_TYPE_INIT("RLock", NULL, NULL, 0);
static pyvm_class_t *lock_cls, *rlock_cls;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t released; /* CLOCK_MONOTONIC; set up with the module */

extern const char pyvm_mod_thread_local[]; /* the generated thread_local.c */

/* Threads started and not ended (_count), the stack size for new ones (stack_size), and the
** module's namespace (thread_local.py's functions). */
static int64_t running;
static size_t new_stack_size;
static rt_map_t *module_dict;

/* This thread's serial number (_serial): 0 for the main thread, never reused. */
static __thread int64_t serial;
static int64_t serials;

/* Locks _set_sentinel made for this thread: released when it ends. A root per thread. */
static __thread rt_value_t sentinels;

#define LOCK(v) ((lock_t *)rt_ptr(v))
/* CPython's PY_TIMEOUT_MAX in seconds: LLONG_MAX microseconds, over 1000 */
#define TIMEOUT_MAX 9223372036.854776

static rt_value_t lock_make(rt_type_t *t)
{
    lock_t *l = rt_alloc(t, sizeof *l);
    l->rlock = t == &rlock_type;
    return rt_from_ptr(l);
}

static rt_value_t lock_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kw)
{
    (void)args;
    if (!pyvm_no_kwargs(cls->name->data, kw) || !pyvm_check_nargs(cls->name->data, nargs, 0, 0))
        return RT_NOVALUE;
    return lock_make(cls == rlock_cls ? &rlock_type : &lock_type);
}

/* Takes l for `me` if it is free (or an RLock `me` holds); mu held. */
static bool try_take(lock_t *l, uint64_t me)
{
    if (l->count == 0 || (l->rlock && l->owner == me)) {
        l->count++;
        l->owner = me;
        return true;
    }
    return false;
}

/* Waits without the interpreter lock until l can be taken or `timeout` seconds passed (< 0:
** for ever). */
static bool wait_take(lock_t *l, uint64_t me, double timeout)
{
    struct timespec dl;
    if (timeout >= 0) {
        clock_gettime(CLOCK_MONOTONIC, &dl);
        double whole = floor(timeout);
        dl.tv_sec += (time_t)whole;
        dl.tv_nsec += (long)((timeout - whole) * 1e9);
        dl.tv_sec += dl.tv_nsec / 1000000000;
        dl.tv_nsec %= 1000000000;
    }
    bool got;
    rt_thread_t *ts = rt_gil_release();
    pthread_mutex_lock(&mu);
    while (!(got = try_take(l, me)))
        if (timeout < 0 ? pthread_cond_wait(&released, &mu) != 0
                        : pthread_cond_timedwait(&released, &mu, &dl) == ETIMEDOUT) {
            got = try_take(l, me);
            break;
        } else if (rt_gil_finalizing()) { /* a daemon thread at exit: the heap is going */
            pthread_mutex_unlock(&mu);
            rt_gil_acquire(ts); /* never returns: the main thread keeps the lock */
        }
    pthread_mutex_unlock(&mu);
    rt_gil_acquire(ts);
    return got;
}

/* acquire(blocking=True, timeout=-1) */
static rt_value_t l_acquire(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    static const char *const names[] = {"blocking", "timeout", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args("acquire", a, n, kw, names, 0, v))
        return RT_NOVALUE;
    int blocking = v[0] ? pyvm_truth(v[0]) : 1;
    double timeout = -1;
    bool err = false;
    if (blocking < 0 || (v[1] && !pyvm_num_to_double(v[1], &timeout, &err)))
        return err || blocking < 0 ? RT_NOVALUE
                                   : rt_raise(RT_EXC_TYPE, "timeout must be a number");
    if (!blocking && timeout != -1)
        return rt_raise(RT_EXC_VALUE, "can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout != -1)
        return rt_raise(RT_EXC_VALUE, "timeout value must be a non-negative number");
    if (timeout > TIMEOUT_MAX)
        return rt_raise(RT_EXC_OVERFLOW, "timeout value is too large");
    lock_t *l = LOCK(self);
    uint64_t me = rt_ts->ident;
    pthread_mutex_lock(&mu);
    bool got = try_take(l, me);
    pthread_mutex_unlock(&mu);
    if (!got && blocking)
        got = wait_take(l, me, timeout);
    return rt_bool(got);
}

/* Releases one level of l; false with RuntimeError pending if it is not held (by this thread,
** for an RLock). */
static bool release(lock_t *l, bool all)
{
    pthread_mutex_lock(&mu);
    bool held = l->count > 0 && (!l->rlock || l->owner == rt_ts->ident);
    if (held) {
        l->count = all ? 0 : l->count - 1;
        if (l->count == 0) {
            l->owner = 0;
            pthread_cond_broadcast(&released);
        }
    }
    pthread_mutex_unlock(&mu);
    if (!held)
        rt_raise(RT_EXC_RUNTIME, l->rlock ? "cannot release un-acquired lock"
                                          : "release unlocked lock");
    return held;
}

static rt_value_t l_release(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return release(LOCK(self), false) ? rt_none : RT_NOVALUE;
}

static rt_value_t l_exit(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n;
    return l_release(self, NULL, 0, kw);
}

static rt_value_t l_locked(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return rt_bool(LOCK(self)->count > 0);
}

static rt_value_t l_is_owned(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    lock_t *l = LOCK(self);
    return rt_bool(l->count > 0 && l->owner == rt_ts->ident);
}

/* RLock._release_save() / _acquire_restore((count, owner)), which threading.Condition uses. */
static rt_value_t l_release_save(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    lock_t *l = LOCK(self);
    if (l->count == 0)
        return rt_raise(RT_EXC_RUNTIME, "cannot release un-acquired lock");
    rt_value_t state[2] = {rt_int_from_i64(l->count), rt_int_from_u64(l->owner)};
    if (!release(l, true))
        return RT_NOVALUE;
    return pyvm_tuple_from(state, 2);
}

static rt_value_t l_acquire_restore(rt_value_t self, const rt_value_t *a, size_t n,
                                    rt_tuple_t *kw)
{
    (void)n, (void)kw;
    int64_t count;
    if (!pyvm_is_tuple(a[0]) || rt_tuple_len(rt_ptr(a[0])) != 2)
        return rt_raise(RT_EXC_TYPE, "_acquire_restore() argument must be a 2-tuple");
    if (!pyvm_index_i64(rt_tuple_get(rt_ptr(a[0]), 0), &count))
        return RT_NOVALUE;
    lock_t *l = LOCK(self);
    uint64_t me = rt_ts->ident;
    pthread_mutex_lock(&mu);
    bool got = try_take(l, me);
    pthread_mutex_unlock(&mu);
    if (!got)
        wait_take(l, me, -1);
    l->count = count;
    return rt_none;
}

/* _at_fork_reinit(): in a forked child the other threads are gone; their holds with them. */
static rt_value_t l_at_fork_reinit(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    LOCK(self)->count = 0;
    LOCK(self)->owner = 0;
    return rt_none;
}

static rt_value_t lock_repr(rt_value_t self)
{
    char buf[128];
    lock_t *l = LOCK(self);
    if (l->rlock)
        snprintf(buf, sizeof buf, "<%s _thread.RLock object owner=%llu count=%lld at %#lx>",
                 l->count ? "locked" : "unlocked", (unsigned long long)(l->count ? l->owner : 0),
                 (long long)l->count, (unsigned long)self);
    else
        snprintf(buf, sizeof buf, "<%s _thread.lock object at %#lx>",
                 l->count ? "locked" : "unlocked", (unsigned long)self);
    return pyvm_str_cstr(buf);
}

static const pyvm_cfunc_def_t lock_methods[] = {
    {"acquire", l_acquire, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"acquire_lock", l_acquire, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"__enter__", l_acquire, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"release", l_release, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"release_lock", l_release, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__exit__", l_exit, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"locked", l_locked, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"locked_lock", l_locked, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"_at_fork_reinit", l_at_fork_reinit, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t rlock_methods[] = {
    {"acquire", l_acquire, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"__enter__", l_acquire, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"release", l_release, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__exit__", l_exit, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"_is_owned", l_is_owned, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"_release_save", l_release_save, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"_acquire_restore", l_acquire_restore, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"_at_fork_reinit", l_at_fork_reinit, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t lock_slots = {.cls = &lock_cls, .repr = lock_repr};
static const rt_pyslots_t rlock_slots = {.cls = &rlock_cls, .repr = lock_repr};

/* ---- Threads ---- */

/* What a new thread runs: kept as a root until the thread has it on its own stack. */
typedef struct start {
    rt_value_t func, args, kwargs;
    uint32_t recursion_limit; /* the starting thread's: sys.setrecursionlimit is process-wide */
} start_t;

/* An exception a thread's function let out: CPython's unraisable hook (SystemExit is quiet). */
static void report(rt_value_t func)
{
    rt_tb_t *tb;
    rt_value_t exc = rt_exc_fetch(&tb);
    if (pyvm_isinstance(exc, pyvm_exc_SystemExit))
        return;
    rt_value_t r = pyvm_repr(func);
    fflush(stdout);
    fprintf(stderr, "Exception ignored in thread started by: %s\n",
            r ? pyvm_str_of(r)->data : "<function>");
    if (!r)
        rt_exc_clear();
    pyvm_exc_print(exc, tb, stderr);
}

/* Runs the thread's function under a recovery point (kept minimal for setjmp). */
static rt_value_t run_guarded(rt_value_t func, rt_value_t args, rt_value_t kwargs)
{
    rt_bailout_t bp;
    rt_bailout_push(&bp);
    if (setjmp(bp.env) == 0) {
        rt_value_t r = pyvm_interp_call_ex(func, rt_ptr(args), kwargs);
        rt_bailout_pop(&bp);
        return r;
    }
    return RT_NOVALUE;
}

static void thread_body(void *arg)
{
    start_t *st = arg;
    rt_value_t func = st->func, args = st->args, kwargs = st->kwargs;
    rt_ts->limit[RT_LANG_PY] = st->recursion_limit;
    gc_root_remove(&st->func);
    free(st);
    pyvm_interp_thread_start();
    gc_root_add(&sentinels, 1);
    serial = ++serials;
    if (!run_guarded(func, args, kwargs)) {
        if (rt_ts->fatal.kind != RT_FATAL_NONE)
            fprintf(stderr, "Fatal Python error in thread: %s\n", rt_ts->fatal.message);
        else
            report(func);
    }
    rt_exc_clear();
    rt_value_t ended = pyvm_dict_get_str(module_dict, rt_str_intern_cstr("_thread_ended"));
    if (ended && !pyvm_call1(ended, rt_int_from_i64(serial)))
        report(ended);
    for (int64_t i = 0; sentinels && i < rt_vec_len(rt_ptr(sentinels)); i++)
        if (LOCK(rt_vec_get(rt_ptr(sentinels), i))->count)
            release(LOCK(rt_vec_get(rt_ptr(sentinels), i)), true);
    gc_root_remove(&sentinels);
    sentinels = RT_NOVALUE;
    pyvm_interp_thread_end();
    running--;
}

/* start_new_thread(function, args, kwargs=None) */
static rt_value_t t_start_new_thread(rt_value_t self, const rt_value_t *a, size_t n,
                                     rt_tuple_t *kw)
{
    (void)self, (void)kw;
    if (!pyvm_callable(a[0]))
        return rt_raise(RT_EXC_TYPE, "first arg must be callable");
    if (!pyvm_is_tuple(a[1]))
        return rt_raise(RT_EXC_TYPE, "2nd arg must be a tuple");
    rt_value_t kwargs = n > 2 ? a[2] : RT_NOVALUE;
    if (kwargs && !pyvm_is_dict(kwargs))
        return rt_raise(RT_EXC_TYPE, "optional 3rd arg must be a dictionary");
    start_t *st = malloc(sizeof *st);
    if (!st)
        return rt_raise(RT_EXC_RUNTIME, "can't start new thread");
    *st = (start_t){a[0], a[1], kwargs, rt_ts->limit[RT_LANG_PY]};
    gc_root_add(&st->func, 3);
    jit_stop_for_threads();
    uint64_t id = rt_thread_spawn(thread_body, st, new_stack_size);
    if (!id) {
        gc_root_remove(&st->func);
        free(st);
        return rt_raise(RT_EXC_RUNTIME, "can't start new thread");
    }
    running++;
    return rt_int_from_u64(id);
}

static rt_value_t t_get_ident(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_int_from_u64(rt_ts->ident);
}

static rt_value_t t_get_native_id(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_int_from_i64(rt_ts->native_id);
}

static rt_value_t t_allocate_lock(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return lock_make(&lock_type);
}

/* _set_sentinel(): a lock that is released (if held) when this thread ends: threading holds it
** for the thread's life, Thread.join waits for it. */
static rt_value_t t_set_sentinel(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    rt_value_t l = lock_make(&lock_type);
    if (!sentinels)
        sentinels = rt_from_ptr(pyvm_list_new(0));
    rt_vec_append(rt_ptr(sentinels), l);
    return l;
}

static rt_value_t t_count(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_int_from_i64(running);
}

/* stack_size([size]): the previous setting; 0 (the default) or at least 32 KiB */
static rt_value_t t_stack_size(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    int64_t size = 0;
    if (n && !pyvm_index_i64(a[0], &size))
        return RT_NOVALUE;
    if (size < 0)
        return rt_raise(RT_EXC_VALUE, "size must be 0 or a positive value");
    if (size != 0 && size < 32768)
        return rt_raise(RT_EXC_VALUE, "size not valid: %lld bytes", (long long)size);
    int64_t old = (int64_t)new_stack_size;
    if (n)
        new_stack_size = (size_t)size;
    return rt_int_from_i64(old);
}

static rt_value_t t_serial(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_int_from_i64(serial);
}

static rt_value_t t_true(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_true;
}

static rt_value_t t_exit(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_exc_set(pyvm_exc_new(pyvm_exc_SystemExit, NULL, 0));
}

/* The Python handler of signal `sig` as the signal module records it (SIGINT's default,
** default_int_handler, when _signal was never imported); RT_NOVALUE for SIG_DFL and SIG_IGN. */
static rt_value_t signal_handler(int64_t sig)
{
    rt_value_t mod = rt_map_get_str(pyvm_module_table(), rt_str_intern_cstr("_signal"));
    rt_value_t get = mod ? pyvm_getattr(mod, rt_str_intern_cstr("getsignal")) : RT_NOVALUE;
    if (!get) {
        rt_exc_clear();
        return sig == SIGINT ? rt_from_ptr(pyvm_exc_KeyboardInterrupt) : RT_NOVALUE;
    }
    rt_value_t h = pyvm_call1(get, rt_small(sig));
    if (!h || !pyvm_callable(h)) {
        rt_exc_clear();
        return RT_NOVALUE;
    }
    return h;
}

/* A handler interrupt_main left for the main thread (a root), and its signal. */
static rt_value_t pending_handler;
static int64_t pending_signal;

static bool run_handler(rt_value_t h, int64_t sig)
{
    if (h == rt_from_ptr(pyvm_exc_KeyboardInterrupt))
        return rt_exc_set(pyvm_exc_new(pyvm_exc_KeyboardInterrupt, NULL, 0)) != RT_NOVALUE;
    rt_value_t args[2] = {rt_small(sig), rt_none};
    return pyvm_call(h, args, 2, NULL) != RT_NOVALUE;
}

/* What the main thread does at its next check after interrupt_main from another thread. */
static bool run_pending(void)
{
    rt_value_t h = pending_handler;
    pending_handler = RT_NOVALUE;
    return !h || run_handler(h, pending_signal);
}

/* interrupt_main(signum=SIGINT): the main thread runs the signal's Python handler as if the
** signal had arrived (SIGINT's default raises KeyboardInterrupt): at once when called there,
** else at its next check. SIG_DFL and SIG_IGN do nothing. */
static rt_value_t t_interrupt_main(rt_value_t self, const rt_value_t *a, size_t n,
                                   rt_tuple_t *kw)
{
    (void)self, (void)kw;
    int64_t sig = SIGINT;
    if (n && !pyvm_index_i64(a[0], &sig))
        return RT_NOVALUE;
    if (sig < 1 || sig >= NSIG)
        return rt_raise(RT_EXC_VALUE, "signal number out of range");
    rt_value_t h = signal_handler(sig);
    if (!h)
        return rt_none;
    if (rt_ts == rt_thread_main())
        return run_handler(h, sig) ? rt_none : RT_NOVALUE;
    pending_handler = h;
    pending_signal = sig;
    rt_gil_interrupt_main(run_pending);
    return rt_none;
}

static const pyvm_cfunc_def_t thread_functions[] = {
    {"get_ident", t_get_ident, 0, 0, 0, 0},
    {"get_native_id", t_get_native_id, 0, 0, 0, 0},
    {"allocate_lock", t_allocate_lock, 0, 0, 0, 0},
    {"allocate", t_allocate_lock, 0, 0, 0, 0},
    {"_set_sentinel", t_set_sentinel, 0, 0, 0, 0},
    {"start_new_thread", t_start_new_thread, 2, 3, 0, 0},
    {"start_new", t_start_new_thread, 2, 3, 0, 0},
    {"_count", t_count, 0, 0, 0, 0},
    {"_serial", t_serial, 0, 0, 0, 0},
    {"stack_size", t_stack_size, 0, 1, 0, 0},
    {"daemon_threads_allowed", t_true, 0, 0, 0, 0},
    {"interrupt_main", t_interrupt_main, 0, 1, 0, 0},
    {"exit", t_exit, 0, 0, 0, 0},
    {"exit_thread", t_exit, 0, 0, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_mod_thread_shutdown(void)
{
    rt_value_t mod = rt_map_get_str(pyvm_module_table(), rt_str_intern_cstr("threading"));
    rt_value_t fn = mod ? pyvm_getattr(mod, rt_str_intern_cstr("_shutdown")) : RT_NOVALUE;
    if (!fn || !pyvm_call(fn, NULL, 0, NULL)) {
        if (fn) {
            rt_tb_t *tb;
            rt_value_t exc = rt_exc_fetch(&tb);
            fprintf(stderr, "Exception ignored on threading shutdown:\n");
            pyvm_exc_print(exc, tb, stderr);
        }
        rt_exc_clear();
    }
}

rt_map_t *pyvm_mod_thread_dict(void)
{
    if (!lock_cls) {
        pthread_condattr_t ca;
        pthread_condattr_init(&ca);
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
        pthread_cond_init(&released, &ca);
        pthread_condattr_destroy(&ca);
        gc_root_add(&lock_cls, 1);
        gc_root_add(&rlock_cls, 1);
        gc_root_add(&module_dict, 1);
        gc_root_add(&pending_handler, 1);
        gc_root_add(&sentinels, 1); /* the main thread's; thread_body registers the others' */
        lock_type.py = &lock_slots;
        rlock_type.py = &rlock_slots;
        lock_cls = pyvm_type_new_builtin("lock", &lock_type, pyvm_cls_object);
        lock_cls->ctor = lock_ctor;
        rlock_cls = pyvm_type_new_builtin("RLock", &rlock_type, pyvm_cls_object);
        rlock_cls->ctor = lock_ctor;
        pyvm_cfunc_install(lock_cls, lock_methods);
        pyvm_cfunc_install(rlock_cls, rlock_methods);
        pyvm_type_setattr(lock_cls, pyvm_name(module), pyvm_str_cstr("_thread"));
        pyvm_type_setattr(rlock_cls, pyvm_name(module), pyvm_str_cstr("_thread"));
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, thread_functions);
    pyvm_mod_put(d, "LockType", rt_from_ptr(lock_cls));
    pyvm_mod_put(d, "RLock", rt_from_ptr(rlock_cls));
    pyvm_mod_put(d, "error", rt_from_ptr(pyvm_exc_RuntimeError));
    pyvm_mod_put(d, "TIMEOUT_MAX", rt_float_new(TIMEOUT_MAX));
    pyvm_mod_put(d, "__name__", pyvm_str_cstr("_thread")); /* the class statement reads it */
    pyvm_code_t *code = pyvm_compile_source(pyvm_mod_thread_local, strlen(pyvm_mod_thread_local),
                                            rt_str_from_cstr("<_thread>"));
    if (!code || !pyvm_exec_code(code, d))
        return NULL;
    module_dict = d;
    return d;
}

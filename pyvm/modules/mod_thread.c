/*
** mod_thread.c: the native `_thread` module (modules.h) for a VM that runs one thread: the
** locks that threading, functools, reprlib and logging build on (LockType, RLock), get_ident,
** _local, _set_sentinel, TIMEOUT_MAX and error. Starting a thread raises RuntimeError. With one
** thread nobody else can release a held lock, so a blocking acquire of a held lock fails at
** once after its timeout (a negative timeout would wait for ever: RuntimeError instead).
*/
#include <string.h>
#include <unistd.h>

#include "pyvm/modules/modules.h"

typedef struct lock {
    rt_obj_t hdr;
    int64_t count; /* 0 free; RLock: the recursion depth */
    bool rlock;
} lock_t;

static rt_type_t lock_type = RT_TYPE_INIT("lock", NULL, NULL, 0);
static rt_type_t rlock_type = RT_TYPE_INIT("RLock", NULL, NULL, 0);
static pyvm_class_t *lock_cls, *rlock_cls, *local_cls;

#define LOCK(v) ((lock_t *)rt_ptr(v))

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
    lock_t *l = LOCK(self);
    if (l->count == 0 || l->rlock) {
        l->count++;
        return rt_true;
    }
    if (blocking && timeout < 0)
        return rt_raise(RT_EXC_RUNTIME, "deadlock: acquiring a held lock with no other thread");
    if (blocking && timeout > 0)
        usleep((useconds_t)(timeout * 1e6));
    return rt_false;
}

static rt_value_t l_release(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    lock_t *l = LOCK(self);
    if (l->count == 0)
        return rt_raise(RT_EXC_RUNTIME, l->rlock ? "cannot release un-acquired lock"
                                                 : "release unlocked lock");
    l->count--;
    return rt_none;
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
    return l_locked(self, a, n, kw);
}

/* RLock._release_save() / _acquire_restore(state), which threading.Condition uses. */
static rt_value_t l_release_save(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    lock_t *l = LOCK(self);
    if (l->count == 0)
        return rt_raise(RT_EXC_RUNTIME, "cannot release un-acquired lock");
    rt_value_t state[2] = {rt_small(l->count), rt_small(1)};
    l->count = 0;
    return pyvm_tuple_from(state, 2);
}

static rt_value_t l_acquire_restore(rt_value_t self, const rt_value_t *a, size_t n,
                                    rt_tuple_t *kw)
{
    (void)n, (void)kw;
    rt_value_t count = pyvm_is_tuple(a[0]) ? rt_tuple_get(rt_ptr(a[0]), 0) : a[0];
    return pyvm_index_i64(count, &LOCK(self)->count) ? rt_none : RT_NOVALUE;
}

/* _at_fork_reinit(): threading resets its locks in a forked child; with one thread that is
** releasing them. */
static rt_value_t l_at_fork_reinit(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    LOCK(self)->count = 0;
    return rt_none;
}

static rt_value_t lock_repr(rt_value_t self)
{
    char buf[96];
    lock_t *l = LOCK(self);
    if (l->rlock)
        snprintf(buf, sizeof buf, "<%s _thread.RLock object owner=%d count=%lld at %#lx>",
                 l->count ? "locked" : "unlocked", l->count ? 1 : 0, (long long)l->count,
                 (unsigned long)self);
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
    {"_is_owned", l_is_owned, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"_release_save", l_release_save, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"_acquire_restore", l_acquire_restore, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"_at_fork_reinit", l_at_fork_reinit, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t lock_slots = {.cls = &lock_cls, .repr = lock_repr};
static const rt_pyslots_t rlock_slots = {.cls = &rlock_cls, .repr = lock_repr};

/* ---- module functions ---- */

static rt_value_t t_get_ident(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_int_from_i64((int64_t)getpid());
}

static rt_value_t t_allocate_lock(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return lock_make(&lock_type);
}

static rt_value_t t_start_new_thread(rt_value_t self, const rt_value_t *a, size_t n,
                                     rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_raise(RT_EXC_RUNTIME, "can't start new thread: pyhyp runs one thread");
}

static rt_value_t t_count(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_small(0);
}

static rt_value_t t_stack_size(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_small(0);
}

static rt_value_t t_true(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_true;
}

static rt_value_t t_interrupt_main(rt_value_t self, const rt_value_t *a, size_t n,
                                   rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return pyvm_raise_cls(pyvm_exc_KeyboardInterrupt, "interrupt_main");
}

static const pyvm_cfunc_def_t thread_functions[] = {
    {"get_ident", t_get_ident, 0, 0, 0, 0},
    {"get_native_id", t_get_ident, 0, 0, 0, 0},
    {"allocate_lock", t_allocate_lock, 0, 0, 0, 0},
    {"allocate", t_allocate_lock, 0, 0, 0, 0},
    {"_set_sentinel", t_allocate_lock, 0, 0, 0, 0},
    {"start_new_thread", t_start_new_thread, 2, 3, 0, 0},
    {"start_new", t_start_new_thread, 2, 3, 0, 0},
    {"_count", t_count, 0, 0, 0, 0},
    {"stack_size", t_stack_size, 0, 1, 0, 0},
    {"daemon_threads_allowed", t_true, 0, 0, 0, 0},
    {"interrupt_main", t_interrupt_main, 0, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_thread_dict(void)
{
    if (!lock_cls) {
        gc_root_add(&lock_cls, 1);
        gc_root_add(&rlock_cls, 1);
        gc_root_add(&local_cls, 1);
        lock_type.py = &lock_slots;
        rlock_type.py = &rlock_slots;
        lock_cls = pyvm_type_new_builtin("lock", &lock_type, pyvm_cls_object);
        lock_cls->ctor = lock_ctor;
        rlock_cls = pyvm_type_new_builtin("RLock", &rlock_type, pyvm_cls_object);
        rlock_cls->ctor = lock_ctor;
        pyvm_cfunc_install(lock_cls, lock_methods);
        pyvm_cfunc_install(rlock_cls, lock_methods);
        /* one thread: thread-local data is an ordinary object with attributes */
        local_cls = pyvm_type_new_builtin("_local", NULL, pyvm_cls_object);
        pyvm_type_setattr(local_cls, pyvm_name(module), pyvm_str_cstr("_thread"));
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, thread_functions);
    pyvm_mod_put(d, "LockType", rt_from_ptr(lock_cls));
    pyvm_mod_put(d, "RLock", rt_from_ptr(rlock_cls));
    pyvm_mod_put(d, "_local", rt_from_ptr(local_cls));
    pyvm_mod_put(d, "error", rt_from_ptr(pyvm_exc_RuntimeError));
    pyvm_mod_put(d, "TIMEOUT_MAX", rt_float_new(9223372036.0));
    return d;
}

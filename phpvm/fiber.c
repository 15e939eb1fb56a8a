/*
** fiber.c: PHP 8.1's Fiber and FiberError on the runtime's coroutines (runtime/coro.h).
**
** Why a C stack per fiber: the interpreter is stackless (ARCHITECTURE.md section 4), but a fiber
** may suspend below C frames, from a callback of array_map or usort, a __toString or a __get, an
** autoloader: those C frames must survive the suspension, so each fiber runs on a C stack of its
** own (mmap'd, guard page, switched by gc/cstack.c, scanned conservatively while suspended) and a
** frame stack of its own (the thread state's frame-stack fields are swapped by runtime/coro.c).
** While a fiber runs, its bottom frame links to the frame that resumed it and its builtin-call
** records (phpvm_bcalls) chain into the resumer's, so that traces read as PHP's:
** "#0 [internal function]: {closure}()  #1 file(line): Fiber->start()". The other dynamic state
** the VM keeps in C globals for the running code (the innermost generator, the builtin calls)
** moves across each switch; a switch also ends any JIT recording, so no trace spans two stacks.
**
** A Fiber object keeps its state (fiber_t, a heap object) in a hidden property. The state traces
** the suspended fiber's frames precisely, so the destructor points (dtor.c) see what a suspended
** fiber's variables hold only while the Fiber itself is reachable. An unreachable suspended
** fiber is destroyed at the next point, and those left at script end in creation order with the
** other destructors, as PHP's refcounts and shutdown do: a "graceful exit" is thrown into it at
** its Fiber::suspend(), a marker no catch matches (it is no object) that runs the finally blocks
** on its way out; suspending again then is a FiberError. A fatal error in a fiber ends the
** script from the resumer (runtime/coro.c continues the bail-out there).
*/
#include <stdio.h>
#include <string.h>

#include "phpvm/interp.h"

enum { F_INIT, F_RUNNING, F_SUSPENDED, F_DEAD };
enum { F_THREW = 1, F_DESTROYED = 2, F_BAILED = 4 };

typedef struct fiber {
    rt_obj_t hdr;
    rt_value_t object;       /* the Fiber */
    rt_value_t callable;     /* the callback as given */
    rt_value_t callee, ctx;  /* the callback, resolved */
    rt_tuple_t *args;        /* start()'s arguments until the body takes them */
    phpvm_array_t *named;    /* ... and its named ones (name -> value), or NULL */
    rt_value_t transfer;     /* the value of the last switch (resume's, suspend's) */
    rt_value_t error;        /* throw()'s exception (or the graceful exit) on its way in, or 0 */
    rt_value_t retval;       /* once returned */
    rt_coro_t *coro;         /* from start() until it ends */
    rt_thread_t *thread;     /* the thread that started it: its stacks are that thread's */
    phpvm_bcall_t *bcalls;   /* suspended: its own builtin calls, innermost first (or NULL) */
    phpvm_bcall_t *blink;    /* what its outermost builtin call's prev was last set to */
    rt_frame_t *top;         /* while it runs a fiber it resumed: its innermost frame */
    phpvm_bcall_t *calls;    /* ... and its innermost builtin call (that resume) */
    void *gen;               /* suspended: its innermost running generator */
    int silence;             /* suspended: its @ operators in progress (PHP's error_reporting) */
    uint32_t state, flags;
} fiber_t;

static void fiber_trace(gc_tracer_t *t, void *obj)
{
    fiber_t *f = obj;
    gc_visit(t, f->object);
    gc_visit(t, f->callable);
    gc_visit(t, f->callee);
    gc_visit(t, f->ctx);
    gc_visit_ptr(t, f->args);
    gc_visit_ptr(t, f->named);
    gc_visit(t, f->transfer);
    gc_visit(t, f->error);
    gc_visit(t, f->retval);
    gc_visit_ptr(t, f->gen);
    if (f->coro)
        phpvm_dtor_visit_frames(t, rt_coro_frames(f->coro));
}

/* Its stacks are the fiber's to free once it ends; one that never ends (a fatal error, or the
** process ending first) keeps them until exit. */
static rt_type_t fiber_type = RT_TYPE_INIT("php-fiber", fiber_trace, NULL, 0);

static phpvm_class_t *fiber_class;
static size_t stack_size = 2 << 20; /* fiber.stack_size: each fiber's C stack, PHP's default */
static char stack_size_ini[32];     /* its spelling ("" by default) */
static rt_value_t graceful_exit; /* the marker thrown into a destroyed fiber (a GC root) */

/* A Fiber's state, made on first use (a Fiber made without its constructor has one too). May
** collect. */
static fiber_t *state_of(rt_value_t self)
{
    rt_value_t *slot = &phpvm_obj(self)->slots.inl[0];
    if (rt_is_ptr(*slot) && rt_obj_type(rt_ptr(*slot)) == &fiber_type)
        return (fiber_t *)rt_ptr(*slot);
    fiber_t *f = rt_alloc(&fiber_type, sizeof *f);
    f->object = self;
    f->transfer = rt_none;
    *slot = rt_from_ptr(f);
    gc_write_barrier(phpvm_obj(self));
    return f;
}

/* The running fiber (the body of every coroutine is a fiber's), NULL outside fibers. */
static fiber_t *current_fiber(void)
{
    rt_coro_t *c = rt_coro_current();
    return c ? rt_coro_arg(c) : NULL;
}

static rt_value_t fiber_error(const char *msg)
{
    return phpvm_throw("FiberError", "%s", msg);
}

/* ---- Switching ---- */

/* In a chain of builtin calls, the one whose prev is `from` gets `to` instead: a fiber's
** outermost call follows its resumer's innermost (or nothing, for a trace of its own). */
static void relink(phpvm_bcall_t *chain, phpvm_bcall_t *from, phpvm_bcall_t *to)
{
    for (phpvm_bcall_t *x = chain; x; x = x->prev)
        if (x->prev == from) {
            x->prev = to;
            return;
        }
}

/* Runs f (fresh or suspended) until it suspends or ends; the resumer's dynamic state is put
** back afterwards. Ends any JIT recording: a trace must not span a switch. false after a fatal
** error in the fiber (the caller continues the bail-out). */
static bool switch_into(fiber_t *f)
{
    phpvm_bcall_t *b = phpvm_bcalls;
    const char *builtin = phpvm_cur_builtin;
    fiber_t *me = current_fiber();
    if (me) {
        me->top = rt_ts->frame;
        me->calls = b;
    }
    relink(f->bcalls, f->blink, b);
    f->blink = b;
    phpvm_bcalls = f->bcalls ? f->bcalls : b;
    void *gen = phpvm_gen_running_swap(f->gen);
    int silence = phpvm_vm->silence;
    phpvm_vm->silence = f->silence;
    jit_rec_abort_here("fiber switch");
    f->state = F_RUNNING;
    bool ok = rt_coro_resume(f->coro);
    f->silence = phpvm_vm->silence;
    phpvm_vm->silence = silence;
    f->gen = phpvm_gen_running_swap(gen);
    phpvm_bcalls = b;
    phpvm_cur_builtin = builtin;
    return ok;
}

/* The body on the fiber's stacks: the callback with start()'s arguments. */
static void fiber_body(void *arg)
{
    fiber_t *f = arg;
    rt_tuple_t *args = f->args;
    phpvm_array_t *named = f->named;
    f->args = NULL;
    f->named = NULL;
    rt_value_t r = phpvm_call_named(f->callee, f->ctx, args->items, (int)args->len, named);
    /* its locals are gone: their destructors run in the fiber, as PHP's refcounts run them */
    if (r != RT_NOVALUE && !(f->flags & F_DESTROYED) && !phpvm_dtor_point(false))
        r = RT_NOVALUE;
    if (r != RT_NOVALUE) {
        RT_STORE(f, retval, r);
    } else if (rt_exc_pending()) {
        if ((f->flags & F_DESTROYED) && rt_ts->exc == graceful_exit)
            rt_exc_clear();
        else
            f->flags |= F_THREW;
    }
    f->state = F_DEAD;
}

/* Resumes f with a value or an exception (0: none) and returns what it passes back: the
** value it suspends with, null when it returns, RT_NOVALUE with its exception pending (or
** exit() unwinding). */
static rt_value_t run_fiber(fiber_t *f, rt_value_t value, rt_value_t exc)
{
    RT_STORE(f, transfer, value);
    RT_STORE(f, error, exc);
    bool ok = switch_into(f);
    if (ok && f->state != F_DEAD) {
        rt_value_t v = f->transfer;
        f->transfer = rt_none;
        return v;
    }
    rt_coro_free(f->coro);
    f->coro = NULL;
    f->callable = f->callee = f->ctx = rt_none;
    if (!ok) {
        f->state = F_DEAD;
        f->flags |= F_BAILED;
        rt_fatal_again();
    }
    return rt_exc_pending() || phpvm_vm->exiting ? RT_NOVALUE : rt_none;
}

/* PHP refuses switches inside destructors (the collector's and shutdown's alike). */
static bool switch_allowed(void)
{
    if (!phpvm_dtor_running())
        return true;
    fiber_error("Cannot switch fibers in current execution context");
    return false;
}

/* A suspended fiber that dies (unreachable, or at script end): thrown the graceful exit, which
** runs its finally blocks; an exception escaping them comes out here. */
static rt_value_t destroy(phpvm_object_t *o)
{
    fiber_t *f = state_of(rt_from_ptr(o));
    if (f->state != F_SUSPENDED || f->thread != rt_ts)
        return rt_none;
    f->flags |= F_DESTROYED;
    return run_fiber(f, rt_none, graceful_exit);
}

static const phpvm_dtor_native_t fiber_dtor = {destroy};

/* ---- Fiber's methods ---- */

static rt_value_t m_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    fiber_t *f = state_of(self);
    if (f->state != F_INIT || f->callee)
        return fiber_error("Cannot call constructor twice");
    rt_value_t callee, ctx;
    if (!phpvm_arg_callable(args, 0, false, &callee, &ctx))
        return RT_NOVALUE;
    RT_STORE(f, callable, phpvm_share(args[0]));
    RT_STORE(f, callee, callee);
    RT_STORE(f, ctx, ctx);
    phpvm_dtor_register_native(phpvm_obj(self), &fiber_dtor);
    return rt_none;
}

static rt_value_t m_start(rt_value_t self, rt_value_t *args, int argc)
{
    fiber_t *f = state_of(self);
    phpvm_array_t *named = phpvm_named_extra_take();
    if (!switch_allowed())
        return RT_NOVALUE;
    if (f->state != F_INIT)
        return fiber_error("Cannot start a fiber that has already been started");
    rt_tuple_t *t = rt_tuple_new(argc);
    for (int i = 0; i < argc; i++)
        rt_tuple_init_item(t, i, phpvm_share(args[i]));
    RT_STORE(f, args, t);
    if (named)
        RT_STORE(f, named, named);
    enum { MIN_STACK = 8192 }; /* PHP's minimum: a page and its guard page */
    if (stack_size < MIN_STACK)
        return phpvm_throw("Exception", "Fiber stack size is too small, it needs to be at least "
                                        "%d bytes", MIN_STACK);
    f->coro = rt_coro_new(fiber_body, f, stack_size);
    f->thread = rt_ts;
    if (!f->coro)
        return phpvm_throw("Exception", "Fiber stack allocate failed: mmap failed");
    return run_fiber(f, rt_none, 0);
}

/* resume() and throw(): the fiber must be suspended, not running in a resumer's chain. */
static rt_value_t resume_with(rt_value_t self, rt_value_t value, rt_value_t exc)
{
    fiber_t *f = state_of(self);
    if (!switch_allowed())
        return RT_NOVALUE;
    if (f->state != F_SUSPENDED)
        return fiber_error("Cannot resume a fiber that is not suspended");
    if (f->thread != rt_ts) /* (PHP has no threads: Python's, through the bridge) */
        return fiber_error("Cannot switch fibers in current execution context");
    return run_fiber(f, value, exc);
}

static rt_value_t m_resume(rt_value_t self, rt_value_t *args, int argc)
{
    return resume_with(self, argc > 0 ? phpvm_share(args[0]) : rt_none, 0);
}

static rt_value_t m_throw(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t e = args[0];
    phpvm_class_t *k = phpvm_is_object(e) ? phpvm_class_of(e) : NULL;
    if (!k || !phpvm_instanceof(k, phpvm_class_find_c("Throwable")))
        return phpvm_throw("TypeError", "Fiber::throw(): Argument #1 ($exception) must be of type "
                                        "Throwable, %s given", phpvm_type_name(e));
    return resume_with(self, rt_none, e);
}

static rt_value_t m_suspend(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    fiber_t *f = current_fiber();
    if (!f)
        return fiber_error("Cannot suspend outside of a fiber");
    if (f->flags & F_DESTROYED)
        return fiber_error("Cannot suspend in a force-closed fiber");
    if (!switch_allowed())
        return RT_NOVALUE;
    RT_STORE(f, transfer, argc > 0 ? phpvm_share(args[0]) : rt_none);
    f->state = F_SUSPENDED;
    f->bcalls = phpvm_bcalls == f->blink ? NULL : phpvm_bcalls;
    jit_rec_abort_here("fiber switch");
    rt_coro_suspend();
    f->bcalls = NULL;
    rt_value_t e = f->error;
    if (e) {
        f->error = 0;
        rt_exc_set(e);
        return RT_NOVALUE;
    }
    rt_value_t v = f->transfer;
    f->transfer = rt_none;
    return v;
}

static rt_value_t m_get_return(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    fiber_t *f = state_of(self);
    const char *why = f->state == F_INIT           ? "The fiber has not been started"
                      : f->state != F_DEAD         ? "The fiber has not returned"
                      : (f->flags & F_THREW)       ? "The fiber threw an exception"
                      : (f->flags & F_BAILED)      ? "The fiber exited with a fatal error"
                                                   : NULL;
    if (!why)
        return f->retval ? f->retval : rt_none;
    return phpvm_throw("FiberError", "Cannot get fiber return value: %s", why);
}

static rt_value_t m_is_started(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_bool(state_of(self)->state != F_INIT);
}

static rt_value_t m_is_suspended(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_bool(state_of(self)->state == F_SUSPENDED);
}

static rt_value_t m_is_running(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_bool(state_of(self)->state == F_RUNNING);
}

static rt_value_t m_is_terminated(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_bool(state_of(self)->state == F_DEAD);
}

static rt_value_t m_get_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    fiber_t *f = current_fiber();
    return f ? f->object : rt_none;
}

static const phpvm_builtin_t fiber_methods[] = {
    {"__construct", m_construct, 1, 1, "callback", 0},
    {"start", m_start, 0, -1, "args", PHPVM_B_NAMED_REST},
    {"resume", m_resume, 0, 1, "value", 0},
    {"throw", m_throw, 1, 1, "exception", 0},
    {"getReturn", m_get_return, 0, 0, "", 0},
    {"isStarted", m_is_started, 0, 0, "", 0},
    {"isSuspended", m_is_suspended, 0, 0, "", 0},
    {"isRunning", m_is_running, 0, 0, "", 0},
    {"isTerminated", m_is_terminated, 0, 0, "", 0},
    {"suspend", m_suspend, 0, 1, "value", 0},
    {"getCurrent", m_get_current, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

bool phpvm_fiber_switch_call(const phpvm_bcall_t *b)
{
    phpvm_cfunc_t fn = b->func && b->func->builtin ? b->func->builtin->fn : NULL;
    return fn == m_start || fn == m_resume || fn == m_throw;
}

/* ---- FiberError ---- */

static rt_value_t m_error_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return phpvm_throw("Error", "The \"%s\" class is reserved for internal use and cannot be "
                                "manually instantiated", phpvm_class_of(self)->name->data);
}

static const phpvm_builtin_t fiber_error_methods[] = {
    {"__construct", m_error_construct, 0, -1, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* ---- ReflectionFiber ---- */

static rt_value_t *reflected(rt_value_t self) { return &phpvm_obj(self)->slots.inl[0]; }

/* The reflected fiber's state, or NULL with PHP's Error pending when it has no frames to show. */
static fiber_t *live_fiber(rt_value_t self)
{
    fiber_t *f = state_of(*reflected(self));
    if (f->state == F_INIT || f->state == F_DEAD) {
        phpvm_throw("Error", "Cannot fetch information from a fiber that has not been started or "
                             "is terminated");
        return NULL;
    }
    return f;
}

static rt_value_t r_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t v = args[0];
    if (!phpvm_is_object(v) || phpvm_class_of(v) != fiber_class)
        return phpvm_throw("TypeError", "ReflectionFiber::__construct(): Argument #1 ($fiber) must "
                                        "be of type Fiber, %s given", phpvm_type_name(v));
    *reflected(self) = v;
    gc_write_barrier(phpvm_obj(self));
    return rt_none;
}

static rt_value_t r_get_fiber(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return *reflected(self);
}

static rt_value_t r_get_callable(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    fiber_t *f = state_of(*reflected(self));
    if (f->state == F_DEAD)
        return phpvm_throw("Error", "Cannot fetch the callable from a fiber that has terminated");
    return f->callable ? f->callable : rt_none;
}

/* The fiber's innermost PHP frame: the caller's when it is the running fiber. */
static rt_frame_t *executing(fiber_t *f)
{
    rt_frame_t *x = f == current_fiber() ? rt_ts->frame : rt_coro_frames(f->coro);
    while (x && x->lang != RT_LANG_PHP)
        x = x->prev;
    return x;
}

static rt_value_t r_get_file(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    fiber_t *f = live_fiber(self);
    if (!f)
        return RT_NOVALUE;
    rt_frame_t *x = executing(f);
    return x ? rt_from_ptr(x->code->filename) : rt_none;
}

static rt_value_t r_get_line(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    fiber_t *f = live_fiber(self);
    if (!f)
        return RT_NOVALUE;
    rt_frame_t *x = executing(f);
    return x ? rt_small(rt_code_line(x->code, x->pc)) : rt_none;
}

/* The fiber's own frames and builtin calls as debug_backtrace() lists them, cut from its
** resumer's for the walk: the running fiber's, a suspended one's, or those of one that runs
** another fiber it resumed. */
static rt_value_t r_get_trace(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t options = 1;
    if (phpvm_arg_given(argc, args, 0) && !phpvm_arg_long(args, argc, 0, &options))
        return RT_NOVALUE;
    fiber_t *f = live_fiber(self);
    if (!f)
        return RT_NOVALUE;
    rt_thread_t *ts = rt_ts;
    rt_frame_t *frame = ts->frame, *top = frame;
    phpvm_bcall_t *calls = phpvm_bcalls, *own = calls;
    if (f->state == F_SUSPENDED) {
        top = rt_coro_frames(f->coro);
        own = f->bcalls;
    } else if (f != current_fiber()) {
        top = f->top;
        own = f->calls;
    }
    if (own == f->blink)
        own = NULL;
    rt_frame_t *bottom = rt_coro_bottom(f->coro, top);
    rt_frame_t *link = bottom ? bottom->prev : NULL;
    if (bottom)
        bottom->prev = NULL;
    relink(own, f->blink, NULL);
    ts->frame = bottom ? top : NULL;
    phpvm_bcalls = own;
    phpvm_array_t *trace = phpvm_backtrace(0, options & 1);
    ts->frame = frame;
    phpvm_bcalls = calls;
    relink(own, NULL, f->blink);
    if (bottom)
        bottom->prev = link;
    return rt_from_ptr(trace);
}

static const phpvm_builtin_t reflection_methods[] = {
    {"__construct", r_construct, 1, 1, "fiber", 0},
    {"getFiber", r_get_fiber, 0, 0, "", 0},
    {"getExecutingFile", r_get_file, 0, 0, "", 0},
    {"getExecutingLine", r_get_line, 0, 0, "", 0},
    {"getCallable", r_get_callable, 0, 0, "", 0},
    {"getTrace", r_get_trace, 0, 1, "options", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* ---- Declaration ---- */

/* fiber.stack_size: a quantity; a negative one is refused with PHP's warning. */
static const char *fiber_ini(const char *key, const char *value)
{
    static char old[sizeof stack_size_ini];
    if (strcmp(key, "fiber.stack_size") != 0)
        return NULL;
    memcpy(old, stack_size_ini, sizeof old);
    if (!value)
        return old;
    int64_t n = phpvm_ini_size(value);
    if (n < 0) {
        phpvm_error(PHPVM_E_WARNING, "fiber.stack_size must be a positive number");
        return old;
    }
    stack_size = (size_t)n;
    snprintf(stack_size_ini, sizeof stack_size_ini, "%s", value);
    return old;
}

static void fiber_init(void)
{
    fiber_class = phpvm_class_builtin("Fiber", NULL, NULL, PHPVM_C_FINAL | PHPVM_C_NOCLONE);
    phpvm_class_add_methods(fiber_class, fiber_methods);
    phpvm_class_add_prop(fiber_class, rt_str_intern(rt_str_new("\0state", 6)), PHPVM_F_PRIVATE,
                         rt_none);
    phpvm_class_declare(fiber_class);
    static const char *const statics[] = {"suspend", "getCurrent"};
    for (size_t i = 0; i < sizeof statics / sizeof statics[0]; i++)
        phpvm_class_method(fiber_class, rt_str_from_cstr(statics[i]))->flags |= PHPVM_F_STATIC;
    phpvm_class_t *e = phpvm_class_builtin("FiberError", "Error", NULL, PHPVM_C_FINAL);
    phpvm_class_add_methods(e, fiber_error_methods);
    phpvm_class_declare(e);
    phpvm_class_t *r = phpvm_class_builtin("ReflectionFiber", NULL, NULL, PHPVM_C_FINAL);
    phpvm_class_add_methods(r, reflection_methods);
    phpvm_class_add_prop(r, rt_str_intern(rt_str_new("\0fiber", 6)), PHPVM_F_PRIVATE, rt_none);
    phpvm_class_declare(r);
    static rt_type_t exit_type = RT_TYPE_INIT("php-fiber-exit", NULL, NULL, 0);
    graceful_exit = rt_from_ptr(rt_alloc(&exit_type, sizeof(rt_obj_t)));
    gc_root_add(&graceful_exit, 1);
}

/* debug_backtrace()'s options, which ReflectionFiber::getTrace takes too */
static const phpvm_intconst_t constants[] = {
    {"DEBUG_BACKTRACE_PROVIDE_OBJECT", 1},
    {"DEBUG_BACKTRACE_IGNORE_ARGS", 2},
    {NULL, 0},
};

const phpvm_ext_t phpvm_ext_fiber = {"Core", NULL, constants, fiber_init, fiber_ini, NULL};

/*
** gen.c: PHP generators on the runtime's owned frames (ARCHITECTURE.md section 4). Calling a
** generator function pushes and binds its frame as any call does, then rt_frame_own moves it into
** a frame object that the Generator value keeps and that holds the frame from then on: resuming
** links it in place (rt_frame_link) and suspending unlinks it, with no copy of its slots. A
** resumption by current, next, send, throw or a foreach's first step is a C-level re-entry: the
** frame is linked flagged as an entry frame and phpvm_interp runs it until YIELD suspends it again
** or it returns.
** foreach's later steps are stackless (phpvm_gen_enter): the consumer's loop runs the frame, and
** its yield, return or uncaught exception lands back in the consumer's frame. `yield from`
** delegates: while a delegate (an inner generator or a foreach iterator) has values, resuming
** the outer generator steps the delegate instead, and its end resumes the outer frame with the
** delegate's return value as the value of the `yield from` expression.
** A generator whose body has a finally block gets a destructor (dtor.c's native one, as a Fiber
** does): when it dies suspended (unreachable at a destructor point, or left at script end), a
** marker no catch matches (it is no object) is thrown at its yield, which runs the finally blocks
** around it on its way out, as PHP's generator destruction does; a yield there is an Error.
*/
#include <string.h>

#include "phpvm/interp.h"

enum { GEN_NEW, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

typedef struct phpvm_gen {
    rt_obj_t hdr;
    rt_frameobj_t *frame;  /* the parked frame; NULL once finished */
    rt_value_t key, value; /* the current yield's (value: a reference in a by-reference
                           ** generator that yielded a variable) */
    rt_value_t retval;     /* after a return: the value; 0 otherwise */
    rt_value_t delegate;   /* yield from: a phpvm_gen_t or a phpvm_iter_t, else 0 */
    struct phpvm_gen *outer; /* running in a consumer's loop (phpvm_gen_enter): the running
                             ** generator before it, else NULL */
    int64_t auto_key;      /* the largest integer key used so far, -1 at first */
    uint64_t id;
    uint32_t state;
    bool yielded;          /* set by the running frame's YIELD before it returns to C */
    bool advanced;         /* resumed past its first yield: rewind is an error */
    bool taken;            /* phpvm_gen_take handed out the current value: advance first */
    bool byref;            /* function &gen(): foreach may take its values by reference */
    bool closing;          /* being destroyed: it may not yield again */
} phpvm_gen_t;

static void gen_trace(gc_tracer_t *t, void *o)
{
    phpvm_gen_t *g = o;
    gc_visit_ptr(t, g->frame);
    gc_visit(t, g->key);
    gc_visit(t, g->value);
    gc_visit(t, g->retval);
    gc_visit(t, g->delegate);
    gc_visit_ptr(t, g->outer);
}

rt_type_t phpvm_type_gen = RT_TYPE_INIT("php-generator", gen_trace, NULL, 0);

/* The generator whose frame runs innermost (the one a YIELD belongs to). */
static phpvm_gen_t *running;

void *phpvm_gen_running_swap(void *g)
{
    phpvm_gen_t *old = running;
    running = g;
    return old;
}

static phpvm_gen_t *gen_of(rt_value_t v) { return (phpvm_gen_t *)rt_ptr(v); }

uint64_t phpvm_gen_id(rt_value_t gen) { return gen_of(gen)->id; }

static rt_value_t destroyed; /* the marker thrown into a dying generator (a GC root) */

/* Whether code has a finally block: a handler that takes the exception (CATCH) and keeps it,
** where a catch list's handler tests it first (DUP for INSTANCEOF_N). */
static bool has_finally(const phpvm_code_t *code)
{
    const phpvm_handler_t *h = phpvm_code_handlers(code);
    const uint8_t *bc = code->base.bytecode;
    for (uint32_t i = 0; i < code->nhandlers; i++) {
        uint32_t t = h[i].target;
        if (bc[t] == PHPVM_I_CATCH && bc[t + phpvm_opinfo[PHPVM_I_CATCH].len] != PHPVM_I_DUP)
            return true;
    }
    return false;
}

static bool run(phpvm_gen_t *g, rt_value_t sent, rt_value_t exc);

/* The destructor of a generator with a finally block: a suspended one is thrown the marker, which
** unwinds it through its finally blocks; an exception they throw stays pending. */
static rt_value_t destroy(phpvm_object_t *o)
{
    phpvm_gen_t *g = (phpvm_gen_t *)o;
    if (g->state != GEN_SUSPENDED)
        return rt_none;
    g->closing = true;
    g->delegate = 0; /* the inner generator dies on its own */
    bool exiting = phpvm_vm->exiting; /* after exit(), finally blocks run here all the same */
    phpvm_vm->exiting = false;
    bool yielded = run(g, rt_none, destroyed);
    phpvm_vm->exiting |= exiting;
    if (yielded || !rt_exc_pending())
        return rt_none;
    if (rt_ts->exc != destroyed)
        return RT_NOVALUE;
    rt_exc_clear();
    return rt_none;
}

static const phpvm_dtor_native_t gen_dtor = {destroy};

rt_value_t phpvm_gen_new(rt_thread_t *ts, rt_frame_t *f)
{
    rt_frameobj_t *fo = rt_frame_own(ts, f);
    phpvm_gen_t *g = rt_alloc(&phpvm_type_gen, sizeof *g);
    RT_STORE(g, frame, fo);
    g->key = g->value = rt_none;
    g->auto_key = -1;
    g->id = ++phpvm_vm->next_object_id;
    g->state = GEN_NEW;
    g->byref = (phpvm_callee_func(rt_frameobj_slots(fo)[PHPVM_SLOT_FUNC])->flags &
                PHPVM_F_BYREF_RETURN) != 0;
    if (has_finally((phpvm_code_t *)fo->code))
        phpvm_dtor_register_native((phpvm_object_t *)g, &gen_dtor);
    return rt_from_ptr(g);
}

/* ---- Running the frame ---- */

static bool finish(phpvm_gen_t *g, rt_value_t r)
{
    g->state = GEN_DONE;
    g->frame = NULL;
    g->key = g->value = rt_none;
    if (r == RT_NOVALUE)
        return false;
    RT_STORE(g, retval, r);
    return true;
}

/* Resumed frame f continues after its YIELD (or YIELD_FROM), whose value is `sent`: pushed unless
** the YIELD is a statement's (PHPVM_YIELD_NOPUSH). */
static inline __attribute__((always_inline)) void resume_after_yield(rt_frame_t *f,
                                                                    rt_value_t sent)
{
    const uint8_t *insn = f->code->bytecode + f->pc;
    f->pc += phpvm_opinfo[insn[0]].len;
    if (insn[0] != PHPVM_I_YIELD || !(phpvm_operand(insn, 0) & PHPVM_YIELD_NOPUSH))
        f->slots[f->code->nlocals + f->depth++] = sent;
}

/* Whether the C stack has room for one more resumption: each level of nested resumptions (a
** generator started inside another's yield from, delegates stepping delegates) recurses in C.
** If not, PHP's stack overflow Error is pending. */
static bool cstack_ok(rt_thread_t *ts)
{
    if (rt_cstack_ok())
        return true;
    ts->overflow = RT_FRAME_STACK_FULL;
    rt_frame_raise_overflow(ts, RT_LANG_PHP);
    return false;
}

/*
** Resumes g's frame until its next yield or its end: the pending yield evaluates to `sent`, or
** `exc` (when not 0) is thrown at it. false with an exception pending when the body lets one
** escape; the generator is finished then. May collect.
*/
static bool run(phpvm_gen_t *g, rt_value_t sent, rt_value_t exc)
{
    rt_thread_t *ts = rt_ts;
    if (!cstack_ok(ts))
        return false;
    rt_frame_t *f = rt_frame_link(ts, g->frame);
    if (!f) {
        rt_frame_raise_overflow(ts, RT_LANG_PHP);
        return false;
    }
    f->flags |= RT_FRAME_ENTRY;
    if (exc) {
        f->flags |= PHPVM_FRAME_THROW;
        rt_exc_set(exc);
    } else if (g->state != GEN_NEW) {
        resume_after_yield(f, sent);
    }
    phpvm_gen_t *outer = running;
    running = g;
    g->state = GEN_RUNNING;
    g->yielded = false;
    rt_value_t r = phpvm_interp(f);
    running = outer;
    if (g->yielded) {
        g->state = GEN_SUSPENDED;
        return true;
    }
    return finish(g, r);
}

static bool check_not_running(phpvm_gen_t *g)
{
    if (g->state != GEN_RUNNING)
        return true;
    phpvm_throw("Error", "Cannot resume an already running generator");
    return false;
}

/* Runs a new generator to its first yield; one that started (even one running now, as current()
** from inside it or from a fiber suspended in it sees) is left as it is. */
static bool ensure_started(phpvm_gen_t *g)
{
    return g->state != GEN_NEW || run(g, rt_none, 0);
}

static bool step(phpvm_gen_t *g, rt_value_t sent, rt_value_t exc);

/* One step of the delegate: 1 it has a current value (copied into g), 0 it has ended (*result
** is its return value), -1 it let an exception out (pending). */
static int delegate_step(phpvm_gen_t *g, rt_value_t sent, rt_value_t exc, bool first,
                         rt_value_t *result)
{
    rt_value_t d = g->delegate;
    *result = rt_none;
    if (!cstack_ok(rt_ts))
        return -1;
    if (rt_value_type(d) == &phpvm_type_gen) {
        phpvm_gen_t *inner = gen_of(d);
        if (first) {
            if (inner->state == GEN_DONE) {
                phpvm_throw("Error", "Generator passed to yield from was aborted without proper "
                                     "return and is unable to continue");
                return -1;
            }
            if (!ensure_started(inner))
                return -1;
        } else if (!check_not_running(inner) || !step(inner, sent, exc)) {
            return -1;
        } else if (inner->state == GEN_DONE && !inner->retval) { /* another consumer's exception */
            phpvm_throw("ClosedGeneratorException",
                        "Generator yielded from aborted, no return value available");
            return -1;
        }
        if (inner->state == GEN_DONE) {
            *result = inner->retval ? inner->retval : rt_none;
            return 0;
        }
        RT_STORE(g, key, inner->key);
        RT_STORE(g, value, inner->value);
        return 1;
    }
    if (exc) {
        rt_exc_set(exc);
        return -1;
    }
    rt_value_t out[2];
    if (!phpvm_iter_next((phpvm_iter_t *)rt_ptr(d), out, true))
        return rt_exc_pending() ? -1 : 0;
    if (out[0] == RT_NOVALUE)
        return -1;
    RT_STORE(g, value, out[0]);
    RT_STORE(g, key, out[1]);
    return 1;
}

/* Advances g once (next/send/throw), through its delegate if it has one. */
static bool step(phpvm_gen_t *g, rt_value_t sent, rt_value_t exc)
{
    if (g->state == GEN_DONE) {
        if (exc)
            rt_exc_set(exc);
        return !exc;
    }
    g->advanced = true;
    if (g->delegate) {
        /* g's frame is linked meanwhile, not running, as an entry frame: backtraces show it
        ** under its delegate's, as PHP's do, and resuming g meanwhile is an error */
        rt_value_t result;
        rt_frame_t *f = rt_frame_link(rt_ts, g->frame);
        if (f) {
            f->flags |= RT_FRAME_ENTRY;
            g->state = GEN_RUNNING;
        }
        int st = delegate_step(g, sent, exc, false, &result);
        if (f) {
            rt_frame_unlink(rt_ts, f);
            g->state = GEN_SUSPENDED;
        }
        if (st == 1)
            return true;
        g->delegate = 0;
        if (st == 0)
            return run(g, result, 0);
        return run(g, rt_none, rt_exc_fetch(NULL));
    }
    return run(g, sent, exc);
}

/* ---- Stackless resumption from foreach ---- */

rt_frame_t *phpvm_gen_enter(rt_thread_t *ts, rt_value_t gen)
{
    phpvm_gen_t *g = gen_of(gen);
    if (g->state != GEN_SUSPENDED || g->delegate || g->byref)
        return NULL;
    rt_frame_t *f = rt_frame_link(ts, g->frame);
    if (!f)
        return NULL; /* phpvm_gen_iter_next's resumption raises the overflow */
    f->flags |= PHPVM_FRAME_GEN;
    resume_after_yield(f, rt_none);
    g->advanced = true;
    g->state = GEN_RUNNING;
    g->outer = running;
    running = g;
    return f;
}

/* The generator of the innermost PHPVM_FRAME_GEN frame stops running. */
static phpvm_gen_t *leave(void)
{
    phpvm_gen_t *g = running;
    running = g->outer;
    g->outer = NULL;
    return g;
}

rt_frame_t *phpvm_gen_leave(rt_thread_t *ts, rt_frame_t *f, rt_value_t *out)
{
    rt_frame_t *consumer = f->prev;
    rt_frame_unlink(ts, f);
    phpvm_gen_t *g = leave();
    g->state = GEN_SUSPENDED;
    out[0] = g->value; /* no reference: phpvm_gen_enter resumes no by-reference generator */
    out[1] = g->key;
    return consumer;
}

void phpvm_gen_exit(rt_value_t r)
{
    finish(leave(), r);
}

/* ---- What YIELD and YIELD_FROM call ---- */

phpvm_func_t *phpvm_gen_yield_notice_fn;

static rt_value_t yield_notice(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    phpvm_error(PHPVM_E_NOTICE, "Only variable references should be yielded by reference");
    return args[0];
}

static const phpvm_builtin_t yield_notice_builtin = {"yield notice", yield_notice, 1, 1, "", 0};

/* The uncommon keys of a yield, out of line so that the common case saves no registers: an
** explicit key (an int one above the automatic key moves it, as PHP's), or the next automatic
** key once it no longer fits a small int (boxing may collect). */
static __attribute__((noinline)) rt_value_t uncommon_key(phpvm_gen_t *g, rt_value_t key)
{
    if (key == RT_NOVALUE)
        return phpvm_int(++g->auto_key);
    if (rt_is_int(key) && rt_int_i64(key) > g->auto_key)
        g->auto_key = rt_int_i64(key);
    return key;
}

bool phpvm_gen_yield(rt_value_t value, rt_value_t key)
{
    phpvm_gen_t *g = running;
    if (__builtin_expect(g->closing, 0))
        return false;
    if (__builtin_expect(key == RT_NOVALUE && g->auto_key < RT_SMALL_MAX, 1))
        key = rt_small(++g->auto_key);
    else
        key = uncommon_key(g, key);
    g->value = value;
    g->key = key;
    gc_write_barrier(g); /* one for both stores: nothing between them collects */
    g->yielded = true;
    return true;
}

int phpvm_gen_delegate(rt_value_t subject, rt_value_t *result)
{
    phpvm_gen_t *g = running;
    if (g->closing) {
        phpvm_throw("Error", "Cannot use \"yield from\" in a force-closed generator");
        return -1;
    }
    subject = phpvm_deref(subject);
    if (rt_is_ptr(subject) && rt_obj_type(rt_ptr(subject)) == &phpvm_type_gen) {
        if (gen_of(subject)->state == GEN_RUNNING) {
            phpvm_throw("Error", "Impossible to yield from the Generator being currently run");
            return -1;
        }
        RT_STORE(g, delegate, subject);
    } else if (phpvm_is_array(subject) || phpvm_is_foreign(subject) ||
               (phpvm_is_object(subject) &&
                phpvm_instanceof(phpvm_obj(subject)->cls, phpvm_class_find_c("Traversable")))) {
        rt_value_t it = phpvm_iter_new(subject, false);
        if (it == RT_NOVALUE)
            return -1;
        RT_STORE(g, delegate, it);
    } else {
        phpvm_throw("Error", "Can use \"yield from\" only with arrays and Traversables");
        return -1;
    }
    int st = delegate_step(g, rt_none, 0, true, result);
    if (st == 1)
        g->yielded = true;
    else
        g->delegate = 0;
    return st;
}

/* ---- foreach ---- */

static bool gen_rewind(rt_value_t gen)
{
    phpvm_gen_t *g = gen_of(gen);
    if (g->advanced) { /* PHP's check, before the one of a running generator */
        phpvm_throw("Exception", "Cannot rewind a generator that was already run");
        return false;
    }
    return ensure_started(g);
}

bool phpvm_gen_iter_start(rt_value_t gen, bool byref)
{
    phpvm_gen_t *g = gen_of(gen);
    if (byref && !g->byref) {
        phpvm_throw("Exception", "You can only iterate a generator by-reference if it declared "
                                 "that it yields by-reference");
        return false;
    }
    if (g->state == GEN_DONE) {
        phpvm_throw("Exception", "Cannot traverse an already closed generator");
        return false;
    }
    return gen_rewind(gen);
}

int phpvm_gen_iter_next(rt_value_t gen, bool first, rt_value_t *out)
{
    phpvm_gen_t *g = gen_of(gen);
    if (!first && (!check_not_running(g) || !step(g, rt_none, 0)))
        return -1;
    if (g->state == GEN_DONE)
        return 0;
    out[0] = g->value;
    out[1] = g->key;
    return 1;
}

int phpvm_gen_take(rt_value_t gen, rt_value_t *out)
{
    phpvm_gen_t *g = gen_of(gen);
    if (!check_not_running(g))
        return -1;
    if (g->taken ? !step(g, rt_none, 0) : !ensure_started(g))
        return -1;
    g->taken = true;
    if (g->state == GEN_DONE)
        return 0;
    *out = phpvm_deref(g->value);
    return 1;
}

/* ---- Generator's methods ---- */

static rt_value_t m_current(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    phpvm_gen_t *g = gen_of(self);
    return ensure_started(g) ? phpvm_deref(g->value) : RT_NOVALUE;
}

static rt_value_t m_key(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    phpvm_gen_t *g = gen_of(self);
    return ensure_started(g) ? g->key : RT_NOVALUE;
}

static rt_value_t m_next(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    phpvm_gen_t *g = gen_of(self);
    if (!check_not_running(g) || !ensure_started(g) || !step(g, rt_none, 0))
        return RT_NOVALUE;
    return rt_none;
}

static rt_value_t m_valid(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    phpvm_gen_t *g = gen_of(self);
    return ensure_started(g) ? rt_bool(g->state != GEN_DONE) : RT_NOVALUE;
}

static rt_value_t m_rewind(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    return gen_rewind(self) ? rt_none : RT_NOVALUE;
}

static rt_value_t m_send(rt_value_t self, rt_value_t *a, int n)
{
    (void)n;
    phpvm_gen_t *g = gen_of(self);
    if (!check_not_running(g) || !ensure_started(g) || !step(g, phpvm_share(a[0]), 0))
        return RT_NOVALUE;
    return phpvm_deref(g->value);
}

static rt_value_t m_throw(rt_value_t self, rt_value_t *a, int n)
{
    (void)n;
    phpvm_gen_t *g = gen_of(self);
    phpvm_class_t *k = phpvm_class_of(a[0]);
    if (!k || !(k->flags & PHPVM_C_THROWABLE)) {
        phpvm_throw("TypeError", "Generator::throw(): Argument #1 ($exception) must be of type "
                                 "Throwable, %s given", phpvm_type_name(a[0]));
        return RT_NOVALUE;
    }
    if (!check_not_running(g) || !ensure_started(g) || !step(g, rt_none, a[0]))
        return RT_NOVALUE;
    return phpvm_deref(g->value);
}

static rt_value_t m_getreturn(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    phpvm_gen_t *g = gen_of(self);
    if (g->state == GEN_NEW && !ensure_started(g)) /* PHP primes it: it may return at once */
        return RT_NOVALUE;
    if (g->state == GEN_DONE && g->retval)
        return g->retval;
    phpvm_throw("Exception", "Cannot get return value of a generator that hasn't returned");
    return RT_NOVALUE;
}

static const phpvm_builtin_t gen_methods[] = {
    {"current", m_current, 0, 0, "", 0},
    {"key", m_key, 0, 0, "", 0},
    {"next", m_next, 0, 0, "", 0},
    {"valid", m_valid, 0, 0, "", 0},
    {"rewind", m_rewind, 0, 0, "", 0},
    {"send", m_send, 1, 1, "value", 0},
    {"throw", m_throw, 1, 1, "exception", 0},
    {"getReturn", m_getreturn, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

void phpvm_gen_init(void)
{
    phpvm_class_t *c = phpvm_class_new_decl(rt_str_from_cstr("Generator"),
                                             PHPVM_C_FINAL | PHPVM_C_VM_ONLY);
    rt_tuple_t *ifaces = rt_tuple_new(1);
    rt_tuple_init_item(ifaces, 0, phpvm_cstr("Iterator"));
    RT_STORE(c, iface_names, ifaces);
    phpvm_class_add_methods(c, gen_methods);
    phpvm_class_declare(c);
    phpvm_hidden_builtin(&phpvm_gen_yield_notice_fn, &yield_notice_builtin);
    static rt_type_t marker_type = RT_TYPE_INIT("php-generator-destroyed", NULL, NULL, 0);
    destroyed = rt_from_ptr(rt_alloc(&marker_type, sizeof(rt_obj_t)));
    gc_root_add(&destroyed, 1);
}

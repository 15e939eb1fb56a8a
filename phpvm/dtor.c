/*
** dtor.c: __destruct on the collector's heavy finalizers (ARCHITECTURE.md section 3).
**
** Every object of a class with a destructor gets a heavy finalizer when it is made (new, clone,
** unserialize); the collector queues it once the object is unreachable, and the queue runs at
** gc_safepoint, which phpvm calls only at *destructor points*. Those points are where PHP's
** reference counts would free objects in the simple cases, and where running PHP code is safe:
**   - after statements that drop a value: unset(...), and assignments of null, `new` or `clone`
**     (the old value of the variable may have been the last reference);
**   - in the main script, after statements that are calls or assign a call's result (a
**     function's locals went out of scope);
**   - gc_collect_cycles(), and the end of the script (below).
** A point does nothing unless objects with pending destructors exist; else it runs a major
** collection and the queued destructors. A collection costs the live heap, so a loop of points
** while a long-lived object waits for its destructor would be quadratic: once 16 collections in
** a row ran no destructor, statement points back off (they collect at every 2nd, 4th, ... up
** to every 1024th point). Points where a death is likely count their own streak and back off
** after 64: the explicit drops (unset, `= null`) and the points after the frame in which an
** object was registered (or the last collection ran) returned. The first destructor run resets
** both streaks. Small programs and the likely points after long loops stay exact; a destructor
** may run late in long loops, never early. Fruitful points cost too: each is a major collection,
** so with a large live heap a loop of them (`$o = new D` while 100k other objects live) would be
** quadratic where PHP's refcounts are O(1). Once the old generation passes BUDGET_FROM bytes,
** point collections spend a credit: allocating a byte earns eight, a collection costs the live
** heap, and the credit saved is capped at four collections. So occasional points stay exact,
** collecting costs at most about eight times allocating, and in such loops destructors run in
** batches. (A minor collection cannot stand in: the object destructed at a point was made before
** the previous point, whose collection made it old.) The compiler emits the points as DTOR_POINT
** instructions, which test phpvm_dtor_armed inline and call here only while it is set: a point
** costs one test in programs without destructors or weak references. The recorder leaves them to
** the interpreter, so the JIT modes and GC stress reach them at the same places.
** Whether an object is unreachable is decided on precise roots only (gc_collect_finalizing):
** the registered roots (globals, class tables), each PHP frame's locals and live value stack,
** other languages' frames; stale copies of pointers on the C stack, in JIT register files or
** above a frame's depth, which differ between the interpreter and compiled traces, keep objects
** from being freed but not from being destructed. Inside a builtin's callback a point waits (the
** builtin's C locals are no precise roots).
**
** Script end follows php-cli: register_shutdown_function's callbacks first, then the global
** variables in reverse order, each holding an object that nothing else references (PHP's refcount
** 1) being removed, then every remaining object in creation order (gc_finalize_all's registration
** order). The main script's variables outlive its frame for this: the compiler makes the script
** hand them to the globals table (phpvm_globals_keep) when it ends, exits or lets an exception
** out. After a fatal error no destructor runs any more, as in PHP.
*/
#include <stdio.h>

#include "phpvm/interp.h"

static uint64_t npending; /* objects whose destructor has not run yet */
static bool weak_used;    /* a WeakReference or WeakMap exists: points also clear them */
bool phpvm_dtor_armed;    /* npending > 0 || weak_used: the points have work */
static bool off;          /* after a fatal error: destructors are skipped */
static bool shutting;     /* script end: an exception a destructor lets out ends the others */
/* Point collections in a row that ran no destructor, at ordinary [0] and likely [1] points. */
static uint32_t fruitless[2];
static uint32_t passed[2]; /* points of each kind skipped since its last collection */
/* The innermost frame (the frame stack grows upwards) in which an object was registered, or the
** last collection ran while objects stayed pending: once it returns, its locals may have held
** the last reference. 0: none. */
static uintptr_t watch_frame;
/* The collection credit in bytes of marking (see the top) and the gc allocation total when it
** was last earned. */
static uint64_t credit = UINT64_MAX, allocated_at_credit;

enum { BUDGET_FROM = 4 << 20, EARN_PER_BYTE = 8, SAVED_COLLECTIONS = 4 };

/* Header bit of a phpvm_object_t whose destructor is registered and has not run. */
enum { DTOR_PENDING = 1u << 8 };

static bool pending(const phpvm_object_t *o) { return (o->hdr.gc.rt_flags & DTOR_PENDING) != 0; }

/* Whether the running code may call o's non-public destructor m; if not, PHP's Error is pending,
** or at script end its warning was printed. */
static bool dtor_allowed(phpvm_object_t *o, phpvm_func_t *m)
{
    bool priv = (m->flags & PHPVM_F_PRIVATE) != 0;
    if (!priv && !(m->flags & PHPVM_F_PROTECTED))
        return true;
    const char *what = priv ? "private" : "protected";
    rt_frame_t *f = rt_ts->frame;
    while (f && f->lang != RT_LANG_PHP)
        f = f->prev;
    if (shutting || !f) {
        char msg[512];
        snprintf(msg, sizeof msg, "Call to %s %s::__destruct() from global scope during shutdown "
                 "ignored", what, o->cls->name->data);
        phpvm_report(PHPVM_E_WARNING, msg, NULL, 0);
        return false;
    }
    phpvm_class_t *scope = phpvm_frame_scope(f);
    if (priv ? o->cls == scope
             : scope && (phpvm_instanceof(scope, m->scope) || phpvm_instanceof(m->scope, scope)))
        return true;
    phpvm_throw("Error", "Call to %s %s::__destruct() from %s%s", what, o->cls->name->data,
                scope ? "scope " : "global scope", scope ? scope->name->data : "");
    return false;
}

static uint32_t running; /* destructors running now (nested ones count) */

/* The heavy finalizer: runs o's __destruct, or (data) its built-in destructor. An exception
** already pending (from another destructor of the same batch) becomes the previous of one the
** destructor throws, as PHP does; an exception the destructor lets out stays pending for the
** point's caller. */
static void finalize(void *obj, void *data)
{
    const phpvm_dtor_native_t *native = data;
    phpvm_object_t *o = obj;
    o->hdr.gc.rt_flags &= (uint16_t)~DTOR_PENDING;
    npending--;
    phpvm_dtor_armed = npending > 0 || weak_used;
    if (off || (shutting && rt_exc_pending()))
        return;
    phpvm_func_t *m = native ? NULL : phpvm_class_method(o->cls, rt_str_intern_cstr("__destruct"));
    if (!m && !native)
        return;
    rt_value_t old = rt_exc_pending() ? rt_exc_fetch(NULL) : RT_NOVALUE;
    running++;
    rt_value_t r = native                ? native->run(o)
                   : dtor_allowed(o, m)  ? phpvm_call_func(rt_from_ptr(m), rt_from_ptr(o), NULL, 0)
                   : rt_exc_pending()    ? RT_NOVALUE
                                         : rt_none;
    running--;
    if (old == RT_NOVALUE)
        return;
    if (r == RT_NOVALUE && rt_exc_pending())
        rt_exc_set(phpvm_exc_set_previous(rt_exc_fetch(NULL), old));
    else
        rt_exc_set(old);
}

bool phpvm_dtor_running(void) { return running > 0; }

static void register_finalizer(phpvm_object_t *o, const phpvm_dtor_native_t *native)
{
    if (off)
        return;
    o->hdr.gc.rt_flags |= DTOR_PENDING;
    npending++;
    phpvm_dtor_armed = true;
    if ((uintptr_t)rt_ts->frame > watch_frame)
        watch_frame = (uintptr_t)rt_ts->frame;
    gc_register_finalizer(o, finalize, (void *)native);
}

void phpvm_dtor_register(phpvm_object_t *o)
{
    register_finalizer(o, NULL);
}

void phpvm_dtor_register_native(phpvm_object_t *o, const phpvm_dtor_native_t *d)
{
    register_finalizer(o, d);
}

void phpvm_dtor_visit_frames(gc_tracer_t *t, rt_frame_t *top)
{
    for (rt_frame_t *f = top; f; f = f->prev) {
        if (f->lang != RT_LANG_PHP) {
            gc_visit_conservative(t, f, f->slots + f->code->nslots);
            continue;
        }
        gc_visit_ptr(t, f->obj);
        gc_visit_ptr(t, f->code);
        for (uint32_t i = 0; i < f->code->nlocals + f->depth; i++)
            gc_visit(t, f->slots[i]);
    }
}

/* The precise roots of a point's collection: the running frames (phpvm_dtor_visit_frames). */
static void frame_roots(gc_tracer_t *t, void *data)
{
    (void)data;
    phpvm_dtor_visit_frames(t, rt_ts->frame);
}

/* Whether the running code is a callback of a builtin (array_map...) from builtin call `b` out:
** what the builtin holds in C (its arguments, a result being built) is no precise root. The Fiber
** switches that run a fiber's code (fiber.c) are not such builtins. */
static bool in_callback(const phpvm_bcall_t *b)
{
    for (; b; b = b->prev)
        if (!phpvm_fiber_switch_call(b))
            return true;
    return false;
}

/* phpvm_dtor_point, where `outer` is the innermost builtin call around the point. */
static bool point(bool force, const phpvm_bcall_t *outer)
{
    if (npending == 0 && !weak_used && !force)
        return true;
    /* in a builtin's callback the destructors wait for a later point */
    if (in_callback(outer))
        return true;
    /* What a destructed object alone held dies with it, as with PHP's refcounts: collect again
    ** while destructors ran (ordered finalization resurrected what they reach). */
    uint64_t start = npending, before;
    do {
        before = npending;
        gc_collect_finalizing(frame_roots, NULL);
        gc_safepoint();
    } while (npending < before && npending > 0 && !rt_exc_pending());
    if (npending < start)
        fruitless[0] = fruitless[1] = 0;
    if (npending == 0)
        watch_frame = 0;
    else if (watch_frame > (uintptr_t)rt_ts->frame)
        watch_frame = (uintptr_t)rt_ts->frame;
    return !rt_exc_pending();
}

bool phpvm_dtor_point(bool force)
{
    /* the builtin calling here (gc_collect_cycles, a Fiber switch) is not a callback's caller */
    return point(force, phpvm_bcalls ? phpvm_bcalls->prev : NULL);
}

/* Whether the live heap is large and the credit does not pay for collecting it (see the top of
** the file); else the collection about to run is paid. */
static bool over_budget(void)
{
    gc_stats_t s;
    gc_get_stats(&s);
    uint64_t earned = (s.bytes_allocated - allocated_at_credit) * EARN_PER_BYTE;
    uint64_t cap = s.live_bytes * SAVED_COLLECTIONS;
    allocated_at_credit = s.bytes_allocated;
    credit = credit > cap || earned > cap - credit ? cap : credit + earned;
    if (s.live_bytes < BUDGET_FROM)
        return false;
    if (credit < s.live_bytes)
        return true;
    credit -= s.live_bytes;
    return false;
}

/* A compiled point skips its collection while its kind's streak backs off or the heap's budget
** is spent, else collects and counts the streak on. */
bool phpvm_dtor_compiled_point(bool dropped)
{
    if (npending == 0 && !weak_used)
        return true;
    int likely = dropped || (uintptr_t)rt_ts->frame < watch_frame;
    uint32_t free = likely ? 64 : 16;
    if (fruitless[likely] >= free) {
        uint32_t shift = fruitless[likely] - free < 10 ? fruitless[likely] - free : 10;
        if (++passed[likely] < (1u << shift))
            return true;
    }
    if (over_budget())
        return true;
    passed[likely] = 0;
    uint64_t before = npending;
    if (!point(false, phpvm_bcalls))
        return false;
    if (npending == before)
        fruitless[likely]++;
    return true;
}

static rt_value_t keep_builtin(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    phpvm_globals_keep();
    return rt_none;
}

static const phpvm_builtin_t keep_def = {"keep globals", keep_builtin, 0, 0, "", 0};

phpvm_func_t *phpvm_globals_keep_fn;

void phpvm_dtor_init(void)
{
    phpvm_hidden_builtin(&phpvm_globals_keep_fn, &keep_def);
}

bool phpvm_dtor_any(void) { return npending > 0; }

void phpvm_dtor_off(void) { off = true; }

void phpvm_dtor_weak_used(void) { weak_used = phpvm_dtor_armed = true; }

int64_t phpvm_gc_collect_cycles(void)
{
    uint64_t before = npending;
    if (!phpvm_dtor_point(true))
        return -1;
    return (int64_t)(before - npending);
}

/* One pass over the globals, last first: a global holding an object that nothing else
** references is removed, which runs its destructor (and those of what only it held). An object
** referenced elsewhere keeps its variable, as PHP's refcount test does. */
static bool release_globals(void)
{
    phpvm_array_t *g = phpvm_vm->globals_extra;
    int64_t end = 0;
    for (int64_t p = phpvm_array_first(g); p >= 0; p = phpvm_array_next(g, p))
        end = p + 1;
    for (int64_t p = end - 1; p >= 0 && npending > 0; p--) {
        if (!rt_map_live_at(g, p))
            continue;
        phpvm_ref_t *r = (phpvm_ref_t *)rt_ptr(rt_map_value_at(g, p));
        rt_value_t v = r->v;
        if (!phpvm_is_object(v))
            continue;
        bool watched = pending(phpvm_obj(v));
        RT_STORE(r, v, rt_none); /* (destroyed, as PHP destroys it: no typed reference's check) */
        if (!phpvm_dtor_point(true))
            return false;
        if (watched && pending(phpvm_obj(v)))
            RT_STORE(r, v, v); /* referenced elsewhere: PHP keeps the variable */
    }
    return true;
}

bool phpvm_dtor_shutdown(void)
{
    if (off)
        return true;
    shutting = true;
    if (!release_globals())
        return false;
    gc_finalize_all();
    return !rt_exc_pending();
}

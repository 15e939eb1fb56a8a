/*
** obj_del.c: finalization for Python (ARCHITECTURE.md section 3): __del__ and gc.collect().
** An instance of a class with __del__ gets a heavy finalizer when it is made; the collector
** queues it once the instance is unreachable and it runs at the next safepoint (gc.collect(),
** weakref creation) or at exit, after the atexit callbacks, as CPython's interpreter shutdown
** does. CPython runs __del__ when the last reference goes; a tracing collector knows that only
** at a collection, so gc.collect() is where a program sees it. For that, gc.collect() decides
** what is unreachable from precise roots (each Python frame's locals and live value stack), so
** stale copies of pointers in the C stack and registers do not delay finalizers and weak
** references; it falls back to the ordinary conservative collection when C code sits between
** Python frames (a builtin calling back, exec, a generator's resumption), whose C locals may
** hold objects no precise root shows. Exceptions in __del__ are reported and dropped, as CPython's "Exception ignored".
*/
#include <stdio.h>

#include "pyvm/code.h"

static void run_del(void *obj, void *data)
{
    (void)data;
    rt_value_t self = rt_from_ptr(obj);
    rt_value_t f = pyvm_type_lookup(pyvm_type_of(self), rt_str_intern_cstr("__del__"));
    if (!f || pyvm_call1(f, self))
        return;
    rt_tb_t *tb;
    rt_value_t exc = rt_exc_fetch(&tb);
    rt_value_t r = pyvm_repr(f);
    fprintf(stderr, "Exception ignored in: %s\n", r ? pyvm_str_of(r)->data : "__del__");
    if (!r)
        rt_exc_clear();
    pyvm_exc_print(exc, tb, stderr);
}

void pyvm_del_register(pyvm_instance_t *inst) { gc_register_finalizer(inst, run_del, NULL); }

/* Every Python frame's locals and live value stack, and each frame's object and code; frames of
** the other language whole, conservatively. */
static void frame_roots(gc_tracer_t *t, void *data)
{
    (void)data;
    for (rt_frame_t *f = rt_ts->frame; f; f = f->prev) {
        gc_visit_ptr(t, f->obj);
        gc_visit_ptr(t, f->code);
        if (f->lang != RT_LANG_PY) {
            gc_visit_conservative(t, f->slots, f->slots + f->code->nslots);
            continue;
        }
        for (uint32_t i = 0; i < f->code->nlocals + f->depth; i++)
            gc_visit(t, f->slots[i]);
    }
}

/* Whether the frames' slots are all a collection needs besides the registered roots: no C code
** between Python frames, or only C code that keeps its objects in registered roots
** (PYVM_FRAME_PRECISE_ENTRY, as a class call running __init__), and no other thread (whose frames
** frame_roots does not see). (Traces keep the frames' slots written before a call that may run
** Python code, such as gc.collect: JIT.md, re-entry.) */
static bool frames_precise(void)
{
    if (rt_thread_count() > 1)
        return false;
    for (rt_frame_t *f = rt_ts->frame; f && f->prev; f = f->prev)
        if ((f->flags & (RT_FRAME_ENTRY | PYVM_FRAME_PRECISE_ENTRY)) == RT_FRAME_ENTRY)
            return false;
    return true;
}

bool pyvm_gc_collect(void)
{
    if (frames_precise())
        gc_collect_finalizing(frame_roots, NULL);
    else
        gc_collect(GC_MAJOR);
    gc_safepoint(); /* __del__ and weak-reference callbacks of what died run now */
    return !rt_exc_pending();
}

void pyvm_del_at_exit(void) { gc_finalize_all(); }

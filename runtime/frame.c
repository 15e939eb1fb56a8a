/*
** frame.c: the slow paths of the frame stack (frame.h): overflow, escaping frames, frame objects,
** and generator suspension and resumption. The fast push and pop are inline in frame.h.
*/
#include "runtime/exc.h"
#include "runtime/frame.h"

static void frameobj_trace(gc_tracer_t *tracer, void *obj)
{
    rt_frameobj_t *o = obj;
    gc_visit_ptr(tracer, o->code);
    gc_visit_ptr(tracer, o->back);
    gc_visit(tracer, o->ext);
    for (uint32_t i = 0; i < o->nsaved; i++)
        gc_visit(tracer, o->saved[i]);
    if (!(o->flags & RT_FRAMEOBJ_OWNED))
        return;
    /* Its frame, in place of saved[]: precisely up to the depth stored at its suspension (the
    ** VM's precise collections see no stale words); while it runs, rt_frame_scan_owned scans
    ** all of it. */
    const rt_frame_t *f = o->frame;
    for (uint32_t i = 0; i < f->code->nlocals + f->depth; i++)
        gc_visit(tracer, f->slots[i]);
}

rt_type_t rt_type_frameobj = RT_TYPE_INIT("frame", frameobj_trace, NULL, 0);

rt_frame_t *rt_frame_push_failed(rt_thread_t *ts, rt_code_t *code)
{
    ts->overflow = ts->depth[code->lang] >= ts->limit[code->lang] ? RT_FRAME_RECURSION
                                                                  : RT_FRAME_STACK_FULL;
    return NULL;
}

rt_value_t rt_frame_raise_overflow(rt_thread_t *ts, rt_lang_t lang)
{
    uint32_t saved = ts->lang;
    ts->lang = lang;
    if (lang == RT_LANG_PHP)
        rt_raise(RT_EXC_RECURSION, "Maximum call stack size of %zu bytes reached. Infinite recursion?",
                 ts->stack_size);
    else
        rt_raise(RT_EXC_RECURSION, "maximum recursion depth exceeded");
    ts->lang = saved;
    return RT_NOVALUE;
}

uint32_t rt_frame_count(const rt_thread_t *ts)
{
    uint32_t n = 0;
    for (const rt_frame_t *f = ts->frame; f; f = f->prev)
        n++;
    return n;
}

/* ---- Frame objects ---------------------------------------------------------------------- */

rt_frameobj_t *rt_frame_escape(rt_thread_t *ts, rt_frame_t *f)
{
    (void)ts;
    if (f->obj)
        return f->obj;
    rt_frameobj_t *o = rt_alloc(&rt_type_frameobj,
                                sizeof(rt_frameobj_t) + (size_t)f->code->nslots * sizeof(rt_value_t));
    o->frame = f;
    o->code = f->code;
    o->lang = f->lang;
    f->obj = o; /* the frame stack is not a heap object: no barrier */
    f->flags |= RT_FRAME_ESCAPED;
    return o;
}

void rt_frame_pop_escaped(rt_thread_t *ts, rt_frame_t *f)
{
    rt_frameobj_t *o = f->obj;
    if (f->flags & RT_FRAME_OWNED) {
        rt_frame_unlink(ts, f);
        return;
    }
    if (f->prev && !(o->flags & RT_FRAMEOBJ_GENERATOR)) {
        rt_frameobj_t *back = rt_frame_escape(ts, f->prev);
        RT_STORE(o, back, back);
    }
    rt_frame_save(f);
    rt_frame_pop(ts, f); /* f->obj is NULL now */
}

void rt_frame_discard_to(rt_thread_t *ts, rt_frame_t *keep)
{
    for (rt_frame_t *f = ts->frame; f && f != keep; f = f->prev)
        if (f->obj && !(f->flags & RT_FRAME_OWNED)) /* an owned frame keeps its own state */
            rt_frame_save(f);
}

void rt_frameobj_set_slot(rt_frameobj_t *o, uint32_t i, rt_value_t v)
{
    if (o->frame) {
        o->frame->slots[i] = v;
        return;
    }
    o->saved[i] = v;
    gc_write_barrier(o);
}

rt_frameobj_t *rt_frameobj_back(rt_thread_t *ts, rt_frameobj_t *o)
{
    if (!o->frame)
        return o->back;
    return o->frame->prev ? rt_frame_escape(ts, o->frame->prev) : NULL;
}

/* ---- Generator frames ------------------------------------------------------------------- */

rt_frameobj_t *rt_frame_suspend_first(rt_thread_t *ts, rt_frame_t *f)
{
    rt_frameobj_t *o = rt_frame_escape(ts, f);
    o->flags |= RT_FRAMEOBJ_GENERATOR;
    RT_STORE(o, back, NULL);
    return o;
}

/* ---- Owned frames ----------------------------------------------------------------------- */

rt_frameobj_t *rt_frame_own(rt_thread_t *ts, rt_frame_t *f)
{
    assert(f == ts->frame && !f->obj);
    size_t bytes = sizeof(rt_frame_t) + (size_t)f->code->nslots * sizeof(rt_value_t);
    rt_frameobj_t *o = rt_alloc(&rt_type_frameobj, sizeof(rt_frameobj_t) + bytes);
    rt_frame_t *of = (rt_frame_t *)o->saved;
    memcpy(of, f, sizeof(rt_frame_t) + (size_t)(f->code->nlocals + f->depth) * sizeof(rt_value_t));
    of->flags = RT_FRAME_GENERATOR | RT_FRAME_ESCAPED | RT_FRAME_OWNED;
    of->obj = o;
    o->frame = of;
    o->code = f->code;
    o->lang = f->lang;
    o->flags = RT_FRAMEOBJ_GENERATOR | RT_FRAMEOBJ_OWNED;
    rt_frame_pop(ts, f);
    return o;
}

void rt_frame_scan_owned(gc_tracer_t *tracer, const rt_frame_t *top)
{
    for (const rt_frame_t *f = top; f; f = f->prev)
        if (f->flags & RT_FRAME_OWNED)
            gc_visit_conservative(tracer, f->slots, f->slots + f->code->nslots);
}

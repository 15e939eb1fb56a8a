/*
** lang.c: crossing between the VMs' loops (ARCHITECTURE.md sections 4 and 5). Each VM registers
** a jit_lang_t: its recorder step, the pc after its call instructions, and a way to run its loop
** from the innermost frame until a given frame returns. The recorder steps through frames of both
** languages (one trace inlines calls either way); the interpreters run only frames of their own
** language, so whenever the innermost frame is of the other language (a call pushed it, a trace
** exit rebuilt it, a recording stopped inside it) jit_settle runs that segment of frames in its
** own VM, entered from C like any foreign call, and hands the adapted result to the caller.
*/
#include "jit/trace.h"

static jit_lang_t langs[RT_LANG_COUNT];
static jit_cross_fn cross;

void jit_set_lang(rt_lang_t lang, const jit_lang_t *l) { langs[lang] = *l; }

void jit_set_cross(jit_cross_fn fn) { cross = fn; }

uint32_t jit_after_call(const rt_frame_t *f) { return langs[f->lang].after_call(f); }

bool jit_crosses_as_is(rt_value_t v)
{
    return rt_is_small(v) || v == rt_none || v == rt_true || v == rt_false || rt_is_float(v);
}

/* The lowest frame above `below` whose language is not `lang`, or NULL. The search stops at an
** entry frame too: frames below it belong to the loops of the C callers (`below` itself may have
** returned while a recording stepped on). */
static rt_frame_t *lowest_foreign(rt_frame_t *below, unsigned lang)
{
    rt_frame_t *b = NULL;
    for (rt_frame_t *x = rt_ts->frame; x && x != below && !(x->flags & RT_FRAME_ENTRY);
         x = x->prev)
        if (x->lang != lang)
            b = x;
    return b;
}

static rt_value_t adapt(rt_value_t v, unsigned from, unsigned to)
{
    return from == to || !cross ? v : cross(v, from, to);
}

/* Gives result v of the call at the innermost frame's pc to it (nothing for an exception). */
static void deliver(rt_value_t v)
{
    rt_frame_t *c = rt_ts->frame;
    if (v == RT_NOVALUE)
        return;
    c->slots[c->code->nlocals + c->depth++] = v;
    c->pc = jit_after_call(c);
}

/* Runs the frames from b, the lowest of a segment of one language, to the innermost one, until
** b returns: the segments above it first, innermost first, each in its own VM. */
static rt_value_t run_segment(rt_frame_t *b)
{
    b->flags |= RT_FRAME_ENTRY;
    rt_frame_t *x = lowest_foreign(b, b->lang);
    if (x) {
        unsigned lang = x->lang;
        deliver(adapt(run_segment(x), lang, b->lang));
    }
    return langs[b->lang].run(b);
}

/* jit_settle, with the step to return when nothing needs settling. */
static jit_step_t settle(jit_hctx_t *H, rt_frame_t *base, jit_step_t s)
{
    rt_frame_t *b = lowest_foreign(base, base->lang);
    if (!b || !langs[b->lang].run)
        return s;
    unsigned lang = b->lang;
    rt_value_t v = adapt(run_segment(b), lang, base->lang);
    deliver(v);
    rt_frame_t *c = rt_ts->frame;
    H->f = c;
    H->pc = c->pc;
    H->sp = c->code->nlocals + c->depth;
    return v == RT_NOVALUE ? JIT_STEP_ERROR : JIT_STEP_OK;
}

jit_step_t jit_settle(jit_hctx_t *H, rt_frame_t *base)
{
    return settle(H, base, rt_exc_pending() ? JIT_STEP_ERROR : JIT_STEP_OK);
}

jit_step_t jit_record(jit_hctx_t *H, rt_frame_t *base)
{
    jit_step_t s = JIT_STEP_OK;
    while (jit_rec_active()) {
        s = langs[H->f->lang].record_step(H);
        if (s != JIT_STEP_OK) {
            jit_rec_abort(H, s == JIT_STEP_ERROR ? "exception raised while recording"
                                                 : "entry frame returned while recording");
            break;
        }
    }
    if (s == JIT_STEP_DONE)
        return s;
    H->f->pc = H->pc;
    H->f->depth = H->sp - H->f->code->nlocals;
    return settle(H, base, s);
}

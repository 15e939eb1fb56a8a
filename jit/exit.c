/*
** exit.c: deoptimization (JIT.md "Snapshots and deoptimization"). When a guard fails, the
** snapshot covering it says which frames the interpreter must see: the entry frame gets its
** changed slots written back, every inlined level (of either language) is pushed onto the shared
** frame stack with its slots, pc and depth, allocations the optimizer removed are materialized
** from their NEW and the stores recorded before the exit, an exception a helper raised stays
** pending, and the innermost frame's VM resumes through the hook it registered; frames of the
** other language than the trace's run in their own VM first (jit_settle).
**
** Allocation here is safe: the register file and the frame stack are scanned conservatively.
*/
#include <stdlib.h>

#include "jit/trace.h"

static jit_resume_fn resume_hook[RT_LANG_COUNT];

void jit_set_resume_hook(rt_lang_t lang, jit_resume_fn fn) { resume_hook[lang] = fn; }

/* The sunk allocations already rebuilt at this exit (their register holds the object). */
typedef struct made {
    jit_ref_t refs[64];
    unsigned n;
} made_t;

static made_t *made_now;

static bool was_made(jit_ref_t r)
{
    for (unsigned i = 0; i < made_now->n; i++)
        if (made_now->refs[i] == r)
            return true;
    return false;
}

/* Rebuilds sunk allocation n: its object, then the sunk stores into it that precede the exit. */
static uint64_t materialize(jit_trace_t *T, jit_ref_t n, jit_ref_t gref, uint64_t *regs)
{
    const jit_ir_t *ir = &T->ir;
    const jit_ins_t *x = jit_ir_ins(ir, n);
    const rt_type_t *type = (const rt_type_t *)(uintptr_t)jit_ir_kval(ir, x->op1);
    void *obj = rt_alloc(type, x->op2);
    regs[n - ir->kbase] = (uint64_t)(uintptr_t)obj;
    if (made_now->n == sizeof made_now->refs / sizeof made_now->refs[0])
        abort(); /* opt_sink.c sinks at most that many allocations */
    made_now->refs[made_now->n++] = n;
    jit_stats.materialized++;
    for (jit_ref_t r = n + 1; r < gref; r++) {
        const jit_ins_t *s = jit_ir_ins(ir, r);
        if (s->o != JIT_IR_FSTORE || !(s->t & JIT_T_SUNK))
            continue;
        const jit_ins_t *fref = jit_ir_ins(ir, s->op1);
        if (fref->op1 != n)
            continue;
        const jit_field_t *fd = jit_field_get(fref->op2);
        uint64_t v = jit_exit_value(T, s->op2, gref, regs);
        obj = (void *)(uintptr_t)regs[n - ir->kbase]; /* the heap does not move: same object */
        jit_irinterp_store_field(fd, (uintptr_t)obj + fd->offset, v);
        if (fd->flags & JIT_F_REF)
            gc_write_barrier(obj);
    }
    return regs[n - ir->kbase];
}

uint64_t jit_exit_value(jit_trace_t *T, jit_ref_t ref, jit_ref_t gref, uint64_t *regs)
{
    const jit_ir_t *ir = &T->ir;
    if (jit_ref_isk(ref))
        return (uint64_t)jit_ir_kval(ir, ref);
    const jit_ins_t *x = jit_ir_ins(ir, ref);
    if ((x->t & JIT_T_SUNK) && x->o == JIT_IR_NEW) {
        made_t made = {.n = 0};
        bool own = made_now == NULL;
        if (own)
            made_now = &made;
        uint64_t v = was_made(ref) ? regs[ref - ir->kbase] : materialize(T, ref, gref, regs);
        if (own)
            made_now = NULL;
        return v;
    }
    return regs[ref - ir->kbase];
}

/* Writes the snapshot entries of the frame at `base` (nslots slots) into f. */
static uint32_t restore_slots(jit_trace_t *T, const jit_snap_t *s, uint32_t e,
                              const jit_snapframe_t *fr, rt_frame_t *f, jit_ref_t gref,
                              uint64_t *regs, bool skip_locals)
{
    uint32_t end = fr->base + fr->code->nslots;
    for (; e < s->nent; e++) {
        const jit_snapent_t *ent = &T->sb.ents[s->ent0 + e];
        if (ent->slot >= end)
            break;
        uint32_t i = ent->slot - fr->base;
        if (skip_locals && i < fr->code->nlocals)
            continue;
        f->slots[i] = jit_exit_value(T, ent->ref, gref, regs);
    }
    return e;
}

jit_step_t jit_exit(jit_hctx_t *H, jit_trace_t *T, jit_ref_t gref, uint64_t *regs,
                    rt_frame_t *entry)
{
    jit_snap_t *s = &T->sb.snaps[jit_snap_find(&T->sb, gref)];
    unsigned op = jit_ir_ins(&T->ir, gref)->o;
    s->count++;
    jit_stats.exits++;
    made_t made = {.n = 0};
    made_now = &made;
    rt_frame_t *f = entry;
    uint32_t e = 0;
    for (uint32_t l = 0; l < s->nframes; l++) {
        const jit_snapframe_t *fr = &T->sb.frames[s->frame0 + l];
        if (l > 0) {
            rt_frame_t *callee = rt_frame_push(rt_ts, fr->code);
            if (!callee) {
                /* deeper than when recorded: the call fails in the caller, as in the VM */
                rt_frame_raise_overflow(rt_ts, (rt_lang_t)fr->lang);
                break;
            }
            f = callee;
            jit_stats.inline_exits += l == 1;
        }
        f->pc = fr->pc;
        f->depth = fr->depth;
        /* after a forced frame, the locals the helper saw (and maybe changed) are the truth */
        e = restore_slots(T, s, e, fr, f, gref, regs, l == 0 && op == JIT_IR_GNOTFORCED);
    }
    made_now = NULL;
    if (op == JIT_IR_GNOEXC)
        jit_stats.exception_exits++;
    resume_hook[f->lang](H, f);
    return jit_settle(H, entry);
}

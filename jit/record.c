/*
** record.c: the recorder core (JIT.md "Why handlers compiled twice"). The VM's recorder build runs
** each handler for real (record-and-execute) and calls in here for every traced operation: slot
** reads and writes go through the slot table (SLOAD on the first read of an entry-frame slot),
** branches on traced values become guards for the outcome taken, helper calls become IR calls by
** effect class, J_CALL_FRAME pushes a recorder frame so calls of either language inline, and the
** back-edge to the loop header closes the trace. The rules of JIT.md are checked here: guards
** before effects, bounded unrolling.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "jit/trace.h"

jit_rec_t *jit_rec;

#define JIT_MAX_UNROLL 64

bool jit_rec_active(void) { return jit_rec && jit_rec->active; }

static jit_rec_t *rec(jit_hctx_t *H) { return H->J && H->J->active ? H->J : NULL; }

static jit_level_t *cur(jit_rec_t *J) { return &J->lvl[J->nlevel - 1]; }

static void release(jit_rec_t *J)
{
    J->active = false;
    jit_ir_free(&J->ir);
    jit_snapbuf_free(&J->sb);
}

void jit_rec_reset(void)
{
    if (jit_rec && jit_rec->active)
        release(jit_rec);
}

const uint8_t *jit_rec_frame_sync(jit_hctx_t *H)
{
    H->vm = H->f->code;
    H->f->pc = H->pc;
    H->f->depth = H->sp - H->f->code->nlocals;
    return H->f->code->bytecode + H->pc;
}

jit_step_t jit_rec_nyi(jit_hctx_t *H, const char *opname)
{
    char reason[64];
    snprintf(reason, sizeof reason, "NYI: opcode %s", opname);
    jit_rec_abort(H, reason);
    return JIT_STEP_OK;
}

void jit_rec_abort(jit_hctx_t *H, const char *reason)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return;
    jit_log_abort(J->code, J->pc, H->f->code, H->pc, reason);
    jit_trace_aborted(J->code, J->pc);
    release(J);
}

void jit_rec_abort_here(const char *reason)
{
    if (!jit_rec_active())
        return;
    jit_hctx_t H = {.f = rt_ts->frame, .J = jit_rec};
    H.pc = H.f ? H.f->pc : 0;
    jit_rec_abort(&H, reason);
}

/* A broken rule of JIT.md is a bug in a handler: debug builds say so loudly; every build drops
** the trace, since its snapshots would be wrong. */
static void rule_broken(jit_hctx_t *H, const char *rule)
{
    jit_stats.rule_violations++;
#ifdef PYHYP_DEBUG
    fprintf(stderr, "pyhyp: JIT rule broken by the handler at pc %u: %s\n", H->pc, rule);
#endif
    jit_rec_abort(H, rule);
}

static jit_ref_t emit(jit_rec_t *J, unsigned op, unsigned t, jit_ref_t a, jit_ref_t b)
{
    return jit_fold_emit(&J->ir, op, t, a, b);
}

/* Emits a guard covered by the snapshot of the current resume point. */
static jit_ref_t guard(jit_hctx_t *H, unsigned op, unsigned t, jit_ref_t a, jit_ref_t b)
{
    jit_rec_t *J = H->J;
    if (J->effect && op != JIT_IR_GNOEXC && op != JIT_IR_GNOTFORCED) {
        rule_broken(H, "guard after an effect in one handler (add J_EFFECT_BOUNDARY)");
        return JIT_REF_NONE;
    }
    if (J->need_snap)
        jit_snap_take(J);
    return emit(J, op, t | JIT_T_GUARD, a, b);
}

bool jit_rec_start(jit_hctx_t *H)
{
    if (!jit_rec) {
        jit_rec = calloc(1, sizeof *jit_rec);
        if (!jit_rec)
            abort();
    }
    jit_rec_t *J = jit_rec;
    rt_code_t *c = H->f->code;
    if (c->nslots > JIT_MAX_SLOTS)
        return false;
    jit_ir_init(&J->ir);
    memset(&J->sb, 0, sizeof J->sb);
    J->code = c;
    J->pc = H->pc;
    J->entry = H->f;
    J->entry_sp = H->sp;
    memset(J->slots, 0, c->nslots * sizeof J->slots[0]);
    J->lvl[0] = (jit_level_t){.code = c, .base = 0};
    J->nlevel = 1;
    J->ninsns = 0;
    J->ndeps = 0;
    J->mixed_lang = false;
    J->pending_notforced = false;
    J->active = true;
    H->J = J;
    /* The interrupt poll, the trace's first guard: at the loop header with nothing changed yet.
    ** Loop peeling copies it (it is never CSE'd) to the top of the loop body with the snapshot of
    ** the iteration-start values, so a compiled loop tests rt_eval_breaker once per iteration and
    ** leaves to the interpreter at the header, which answers the request at its next check. */
    J->snap_pc = H->pc;
    J->snap_sp = H->sp;
    J->effect = false;
    J->need_snap = true;
    guard(H, JIT_IR_GNOBREAK, JIT_T_NIL, 0, 0);
    return true;
}

void jit_rec_ins_start(jit_hctx_t *H)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return;
    J->snap_pc = H->pc;
    J->snap_sp = H->sp;
    J->need_snap = true;
    J->effect = false;
    if (J->pending_notforced) {
        J->pending_notforced = false;
        guard(H, JIT_IR_GNOTFORCED, JIT_T_NIL, 0, 0);
    }
    J->ins_ref = J->ir.nins;
    J->ninsns++;
    if ((uint32_t)J->ir.nins - JIT_REF_BIAS > jit_params.max_record ||
        (uint32_t)J->ir.nk < J->ir.kbase + 512)
        jit_rec_abort(H, "trace too long");
}

/* ---- Constants and values ---- */

jit_ref_t jit_rec_k(jit_hctx_t *H, unsigned t, uint64_t w)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return JIT_REF_NONE;
    switch (t) {
    case JIT_T_FLT: return jit_ir_k64(&J->ir, JIT_IR_KNUM, JIT_T_FLT, w);
    case JIT_T_PTR: return jit_ir_k64(&J->ir, JIT_IR_KPTR, JIT_T_PTR, w);
    case JIT_T_VAL: return jit_ir_kv(&J->ir, (rt_value_t)w);
    default: return jit_ir_k64(&J->ir, JIT_IR_KINT, (uint8_t)t, w);
    }
}

jit_ref_t jit_rec_op(jit_hctx_t *H, unsigned op, unsigned t, jit_ref_t a, jit_ref_t b)
{
    jit_rec_t *J = rec(H);
    return J ? emit(J, op, t, a, b) : JIT_REF_NONE;
}

/* ---- Slots ---- */

jit_ref_t jit_rec_slot_get(jit_hctx_t *H, uint32_t i)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return JIT_REF_NONE;
    jit_slot_t *s = &J->slots[cur(J)->base + i];
    if (!(s->flags & JIT_SLOT_LOADED)) {
        /* an inlined frame's slot not written yet still holds what the push left: 0 */
        s->ref = J->nlevel == 1 ? emit(J, JIT_IR_SLOAD, JIT_T_VAL, (jit_ref_t)i, 0)
                                : jit_ir_kv(&J->ir, H->f->slots[i]);
        s->flags |= JIT_SLOT_LOADED;
    }
    return s->ref;
}

void jit_rec_slot_set(jit_hctx_t *H, uint32_t i, jit_ref_t r)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return;
    jit_slot_t *s = &J->slots[cur(J)->base + i];
    s->ref = r;
    s->flags |= JIT_SLOT_LOADED | JIT_SLOT_WRITTEN;
    J->effect = true;
}

/* ---- Guards ---- */

void jit_rec_if(jit_hctx_t *H, jit_ref_t r, bool outcome)
{
    jit_rec_t *J = rec(H);
    if (!J || jit_ref_isk(r))
        return;
    const jit_ins_t *x = jit_ir_ins(&J->ir, r);
    unsigned op = x->o;
    if (jit_op_iscmp(op) && !(x->t & JIT_T_GUARD)) {
        jit_ref_t a = x->op1, b = x->op2;
        const jit_ins_t *l = jit_ir_ins(&J->ir, a);
        if (op == JIT_IR_EQ && outcome && !jit_ref_isk(a) && l->o == JIT_IR_FLOAD &&
            l->op2 == jit_field_desc.id) {
            guard(H, JIT_IR_GCLASS, JIT_T_NIL, l->op1, b); /* a class test that held */
            return;
        }
        if (outcome || op < JIT_IR_FLT) {
            guard(H, outcome ? op : op ^ 1u, JIT_T_NIL, a, b);
            return;
        }
    }
    jit_ref_t zero = jit_ir_k64(&J->ir, JIT_IR_KINT, x->t & JIT_T_MASK, 0);
    guard(H, outcome ? JIT_IR_NE : JIT_IR_EQ, JIT_T_NIL, r, zero);
}

jit_ref_t jit_rec_arith_ov(jit_hctx_t *H, unsigned op, jit_ref_t a, jit_ref_t b, bool overflowed)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return JIT_REF_NONE;
    if (!overflowed)
        return guard(H, op, JIT_T_INT, a, b);
    /* the slow path was taken: guard that the operation overflows again */
    if (op == JIT_IR_MULOV) {
        jit_rec_abort(H, "NYI: recording through a multiplication overflow");
        return JIT_REF_NONE;
    }
    bool add = op == JIT_IR_ADDOV;
    jit_ref_t r = emit(J, add ? JIT_IR_ADD : JIT_IR_SUB, JIT_T_INT, a, b);
    jit_ref_t x = emit(J, JIT_IR_BXOR, JIT_T_INT, a, r);
    jit_ref_t y = emit(J, JIT_IR_BXOR, JIT_T_INT, add ? b : a, add ? r : b);
    jit_ref_t s = emit(J, JIT_IR_BAND, JIT_T_INT, x, y);
    guard(H, JIT_IR_LT, JIT_T_NIL, s, jit_ir_kint(&J->ir, 0));
    return r;
}

jit_ref_t jit_rec_promote(jit_hctx_t *H, jit_ref_t r, unsigned t, uint64_t w)
{
    jit_rec_t *J = rec(H);
    if (!J || jit_ref_isk(r))
        return r;
    jit_ref_t k = jit_rec_k(H, t, w);
    guard(H, JIT_IR_GVALUE, JIT_T_NIL, r, k);
    return k;
}

jit_ref_t jit_rec_load_qi(jit_hctx_t *H, rt_version_t *ver, unsigned t, uint64_t w)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return JIT_REF_NONE;
    bool known = false;
    for (uint32_t i = 0; i < J->ndeps; i++)
        known |= J->deps[i] == ver;
    if (!known) {
        if (J->ndeps == sizeof J->deps / sizeof J->deps[0]) {
            jit_rec_abort(H, "too many quasi-immutable dependencies");
            return JIT_REF_NONE;
        }
        J->deps[J->ndeps++] = ver;
    }
    guard(H, JIT_IR_GNOTINVAL, JIT_T_NIL, 0, 0);
    return jit_rec_k(H, t, w);
}

/* ---- Memory and allocation ---- */

jit_ref_t jit_rec_fload(jit_hctx_t *H, jit_field_t *fd, jit_ref_t obj)
{
    jit_rec_t *J = rec(H);
    return J ? emit(J, JIT_IR_FLOAD, fd->type, obj, jit_field_id(fd)) : JIT_REF_NONE;
}

/* Whether obj is an allocation of the current instruction (storing into it is no effect). */
static bool fresh(jit_rec_t *J, jit_ref_t obj)
{
    return !jit_ref_isk(obj) && obj >= J->ins_ref && jit_ir_ins(&J->ir, obj)->o == JIT_IR_NEW;
}

void jit_rec_fstore(jit_hctx_t *H, jit_field_t *fd, jit_ref_t obj, jit_ref_t val)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return;
    uint16_t id = jit_field_id(fd);
    if (!fresh(J, obj))
        J->effect = true;
    if (jit_opt_mem_fload(&J->ir, obj, id) == val)
        return; /* the field already holds it */
    jit_ref_t fref = emit(J, JIT_IR_FREF, JIT_T_PTR, obj, id);
    jit_ir_emit_raw(&J->ir, JIT_IR_FSTORE, JIT_T_NIL, fref, val);
    if (fd->flags & JIT_F_REF)
        emit(J, JIT_IR_WBAR, JIT_T_NIL, obj, 0);
}

jit_ref_t jit_rec_aload(jit_hctx_t *H, unsigned t, jit_ref_t base, jit_ref_t idx)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return JIT_REF_NONE;
    jit_ref_t aref = emit(J, JIT_IR_AREF, JIT_T_PTR, base, idx);
    return emit(J, JIT_IR_ALOAD, t, aref, 0);
}

void jit_rec_astore(jit_hctx_t *H, jit_ref_t obj, jit_ref_t base, jit_ref_t idx, jit_ref_t val,
                    bool barrier)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return;
    J->effect = true;
    jit_ref_t aref = emit(J, JIT_IR_AREF, JIT_T_PTR, base, idx);
    jit_ir_emit_raw(&J->ir, JIT_IR_ASTORE, JIT_T_NIL, aref, val);
    if (barrier)
        emit(J, JIT_IR_WBAR, JIT_T_NIL, obj, 0);
}

jit_ref_t jit_rec_new(jit_hctx_t *H, const rt_type_t *type, size_t size, jit_ref_t nref)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return JIT_REF_NONE;
    jit_ref_t k = jit_ir_kptr(&J->ir, type);
    if (nref)
        return jit_ir_emit_raw(&J->ir, JIT_IR_NEWARR, JIT_T_PTR, k, nref);
    return jit_ir_emit_raw(&J->ir, JIT_IR_NEW, JIT_T_PTR, k, (jit_ref_t)size);
}

/* ---- Calls ---- */

jit_ref_t jit_rec_call(jit_hctx_t *H, jit_helper_t *h, const jit_ref_t *args)
{
    static const uint8_t call_op[] = {JIT_IR_CALLN, JIT_IR_CALLL, JIT_IR_CALLS, JIT_IR_CALLA,
                                      JIT_IR_CALLF};
    jit_rec_t *J = rec(H);
    if (!J)
        return JIT_REF_NONE;
    unsigned cls = h->effect & JIT_E_CLASS;
    if (cls == JIT_E_FORCE) {
        /* the frames are written back (inlined ones pushed) before the call: snapshot now */
        uint32_t pc = J->snap_pc, sp = J->snap_sp;
        J->snap_pc = H->pc;
        J->snap_sp = H->sp;
        jit_snap_take(J);
        J->snap_pc = pc;
        J->snap_sp = sp;
        J->need_snap = true;
        J->pending_notforced = true;
    }
    if (cls == JIT_E_WRITES || cls == JIT_E_FORCE)
        J->effect = true;
    if (J->nlevel > 1 && cur(J)->code->lang != J->lvl[0].code->lang)
        J->mixed_lang = true;
    jit_ref_t a = args[0];
    for (unsigned i = 1; i < h->nargs; i++)
        a = emit(J, JIT_IR_CARG, JIT_T_NIL, a, args[i]);
    return emit(J, call_op[cls], h->ret, a, jit_helper_id(h));
}

void jit_rec_check_exc(jit_hctx_t *H)
{
    if (!rec(H))
        return;
    if (rt_exc_pending()) {
        jit_rec_abort(H, "exception raised while recording");
        return;
    }
    guard(H, JIT_IR_GNOEXC, JIT_T_NIL, 0, 0);
}

/* ---- Frames and control ---- */

void jit_rec_call_frame(jit_hctx_t *H, rt_code_t *callee, jit_ref_t coderef, const jit_ref_t *pre,
                        uint32_t npre, uint32_t nargs, uint32_t ndrop)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return;
    jit_rec_promote(H, coderef, JIT_T_PTR, (uint64_t)(uintptr_t)callee);
    jit_level_t *lv = cur(J);
    uint32_t base = lv->base + lv->code->nslots;
    if (J->nlevel > jit_params.max_inline || J->nlevel == JIT_MAX_LEVELS ||
        base + callee->nslots > JIT_MAX_SLOTS) {
        jit_rec_abort(H, "inlining too deep");
        return;
    }
    jit_ref_t args[JIT_MAX_SLOTS];
    for (uint32_t i = 0; i < nargs; i++)
        args[i] = jit_rec_slot_get(H, H->sp - nargs + i);
    lv->callpc = H->pc;
    lv->calldepth = H->sp - nargs - ndrop - lv->code->nlocals;
    memset(&J->slots[base], 0, callee->nslots * sizeof J->slots[0]);
    /* the values the call put before the arguments are restored at exits whatever the callee's
    ** liveness says: no instruction names them (a PHP frame's hidden slots) */
    for (uint32_t i = 0; i < npre; i++)
        J->slots[base + i] =
            (jit_slot_t){pre[i], JIT_SLOT_LOADED | JIT_SLOT_WRITTEN | JIT_SLOT_PINNED};
    for (uint32_t i = 0; i < nargs; i++)
        J->slots[base + npre + i] = (jit_slot_t){args[i], JIT_SLOT_LOADED | JIT_SLOT_WRITTEN};
    if (callee->lang != J->lvl[0].code->lang)
        J->mixed_lang = true;
    J->lvl[J->nlevel++] = (jit_level_t){.code = callee, .base = base};
}

/* Guards that a value returned to a caller of the other language is one that crosses as itself
** (jit_crosses_as_is): its adaptation folds away. false: the recording ended. */
static bool cross_as_is(jit_hctx_t *H, jit_ref_t r, rt_value_t v)
{
    jit_rec_t *J = H->J;
    if (!jit_crosses_as_is(v)) {
        jit_rec_abort(H, "NYI: a returned value the bridge adapts");
        return false;
    }
    if (jit_ref_isk(r))
        return true;
    jit_ref_t tag = emit(J, JIT_IR_BAND, JIT_T_INT, r, jit_ir_kint(&J->ir, rt_is_small(v) ? 1 : 3));
    if (rt_is_small(v)) {
        guard(H, JIT_IR_NE, JIT_T_NIL, tag, jit_ir_kint(&J->ir, 0));
    } else if (rt_is_float(v)) { /* tag 10: an immediate; 00: a box, of the float type */
        guard(H, JIT_IR_EQ, JIT_T_NIL, tag, jit_ir_kint(&J->ir, (int64_t)(v & 3)));
        if (rt_is_ptr(v))
            guard(H, JIT_IR_GCLASS, JIT_T_NIL, r, jit_ir_kptr(&J->ir, &rt_type_float));
    } else {
        guard(H, JIT_IR_GVALUE, JIT_T_NIL, r, jit_ir_kv(&J->ir, v));
    }
    return jit_rec_active();
}

void jit_rec_return(jit_hctx_t *H, jit_ref_t r, rt_value_t v)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return;
    if (J->nlevel == 1) {
        jit_rec_abort(H, "returned from the trace's entry frame");
        return;
    }
    if (cur(J)->code->lang != J->lvl[J->nlevel - 2].code->lang && !cross_as_is(H, r, v))
        return;
    J->nlevel--;
    jit_level_t *caller = cur(J);
    J->slots[caller->base + caller->code->nlocals + caller->calldepth] =
        (jit_slot_t){r, JIT_SLOT_LOADED | JIT_SLOT_WRITTEN};
}

/* Ends the trace with an unconditional exit at the current resume point. */
static void stop_with_exit(jit_hctx_t *H)
{
    jit_rec_t *J = H->J;
    J->effect = false;
    J->snap_pc = H->pc;
    J->snap_sp = H->sp;
    J->need_snap = true;
    guard(H, JIT_IR_EXIT, JIT_T_NIL, 0, 0);
    jit_trace_finish(J);
    release(J);
}

void jit_rec_backedge(jit_hctx_t *H)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return;
    if (J->nlevel == 1 && H->f == J->entry && H->pc == J->pc) {
        J->snap_pc = H->pc;
        J->snap_sp = H->sp;
        J->effect = false;
        J->need_snap = true;
        jit_snap_take(J);
        if (!jit_opt_loop(J)) {
            jit_rec_abort(H, "loop could not be closed");
            return;
        }
        jit_trace_finish(J);
        release(J);
        return;
    }
    if (jit_trace_lookup(H->f->code, H->pc)) {
        stop_with_exit(H); /* an inner loop with its own trace: leave to it */
        return;
    }
    jit_rec_abort(H, "inner loop without a trace");
}

void jit_rec_effect_boundary(jit_hctx_t *H)
{
    jit_rec_t *J = rec(H);
    if (!J)
        return;
    J->snap_pc = H->next;
    J->snap_sp = H->sp;
    J->need_snap = true;
    J->effect = false;
}

uint32_t jit_rec_unroll(jit_hctx_t *H, uint32_t n)
{
#ifdef PYHYP_DEBUG
    if (rec(H) && n > JIT_MAX_UNROLL)
        rule_broken(H, "J_UNROLL bound above JIT_MAX_UNROLL");
#endif
    return n;
}

void jit_rec_force_frames(jit_hctx_t *H)
{
    jit_rec_abort(H, "NYI: frames forced while recording");
}

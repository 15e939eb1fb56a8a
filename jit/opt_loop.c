/*
** opt_loop.c: loop peeling with copy-substitution (JIT.md "Optimizer" 5, LuaJIT's lj_opt_loop).
** The recorded iteration becomes the preamble; LOOP follows; then every preamble instruction is
** emitted again through fold.c with its operands substituted (an SLOAD becomes the value its slot
** holds at the end of the iteration, from the loop snapshot). What the copy computes from
** invariant inputs folds or CSEs into the preamble, so invariant guards and loads leave the loop
** body. Values carried around the loop get PHIs (PHI(left, right): at JUMP, left := right, all at
** once). Each preamble snapshot is copied with its refs substituted and the loop-start values
** merged in.
*/
#include <stdlib.h>

#include "jit/trace.h"

#define MAX_PHIS 256

/* The copy of one preamble instruction; returns its substitute. */
static jit_ref_t copy_ins(jit_ir_t *ir, const jit_ins_t *ins, const jit_ref_t *subst,
                          const jit_ref_t *slotval, jit_ref_t self)
{
    unsigned op = ins->o;
    if (op == JIT_IR_SLOAD)
        return slotval[ins->op1] ? slotval[ins->op1] : self;
    jit_ref_t a = ins->op1, b = ins->op2;
    if (jit_ir_opnd[op][0] == JIT_OPND_ref && a && !jit_ref_isk(a))
        a = subst[a - JIT_REF_BIAS];
    if (jit_ir_opnd[op][1] == JIT_OPND_ref && b && !jit_ref_isk(b))
        b = subst[b - JIT_REF_BIAS];
    switch (op) {
    case JIT_IR_FSTORE: {
        const jit_ins_t *fref = jit_ir_ins(ir, a);
        if (jit_opt_mem_fload(ir, fref->op1, fref->op2) == b)
            return JIT_REF_NONE; /* stores what the field holds already */
        return jit_ir_emit_raw(ir, op, ins->t, a, b);
    }
    case JIT_IR_ASTORE: case JIT_IR_NEW: case JIT_IR_NEWARR: case JIT_IR_EXIT:
        return jit_ir_emit_raw(ir, op, ins->t, a, b);
    default:
        return jit_fold_emit(ir, op, ins->t, a, b);
    }
}

/* A PHI for the preamble value `left` if the loop gives it another value (one per value). */
static bool add_phi(jit_ir_t *ir, jit_ref_t left, const jit_ref_t *subst, unsigned *nphi)
{
    if (jit_ref_isk(left) || subst[left - JIT_REF_BIAS] == left)
        return true;
    jit_ins_t *x = jit_ir_ins(ir, left);
    if (x->t & JIT_T_MARK)
        return true;
    x->t |= JIT_T_MARK;
    return ++*nphi <= MAX_PHIS &&
           jit_ir_emit_raw(ir, JIT_IR_PHI, x->t & JIT_T_MASK, left, subst[left - JIT_REF_BIAS]);
}

bool jit_opt_loop(jit_rec_t *J)
{
    jit_ir_t *ir = &J->ir;
    jit_snapbuf_t *sb = &J->sb;
    uint32_t loopsnap = sb->nsnaps - 1;
    jit_ref_t end = ir->nins;
    if ((uint32_t)end - JIT_REF_BIAS > ir->icap / 2 - 8)
        return false;
    jit_ref_t *subst = calloc((size_t)end - JIT_REF_BIAS, sizeof *subst);
    jit_ref_t *slotval = calloc(J->code->nslots + 1, sizeof *slotval);
    if (!subst || !slotval)
        abort();
    const jit_snap_t *ls = &sb->snaps[loopsnap];
    for (uint32_t i = 0; i < ls->nent; i++)
        slotval[sb->ents[ls->ent0 + i].slot] = sb->ents[ls->ent0 + i].ref;
    ir->loop = jit_ir_emit_raw(ir, JIT_IR_LOOP, JIT_T_NIL, 0, 0);
    uint32_t next = 0;
    for (jit_ref_t r = JIT_REF_FIRST; r < end; r++) {
        while (next < loopsnap && sb->snaps[next].ref <= r)
            jit_snap_subst(sb, next++, subst, loopsnap, ir->nins);
        const jit_ins_t ins = *jit_ir_ins(ir, r);
        subst[r - JIT_REF_BIAS] = copy_ins(ir, &ins, subst, slotval, r);
    }
    bool ok = true;
    unsigned nphi = 0;
    ls = &sb->snaps[loopsnap];
    for (uint32_t i = 0; i < ls->nent && ok; i++)
        ok = add_phi(ir, sb->ents[ls->ent0 + i].ref, subst, &nphi);
    /* A copy that became another preamble value (a load forwarded from the store of the
    ** previous iteration) carries that value around the loop, as LuaJIT's loop_unroll finds. */
    for (jit_ref_t r = JIT_REF_FIRST; r < end && ok; r++) {
        jit_ref_t c = subst[r - JIT_REF_BIAS];
        if (c != r && c && c != JIT_REF_NONE && !jit_ref_isk(c) && c < end)
            ok = add_phi(ir, c, subst, &nphi);
    }
    for (jit_ref_t r = JIT_REF_FIRST; r < end; r++)
        jit_ir_ins(ir, r)->t &= (uint8_t)~JIT_T_MARK;
    ok = ok && jit_ir_emit_raw(ir, JIT_IR_JUMP, JIT_T_NIL, 0, 0);
    free(subst);
    free(slotval);
    return ok;
}

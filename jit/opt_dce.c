/*
** opt_dce.c: dead-code elimination after loop peeling. Guards, stores, effectful calls and the
** loop structure are roots; so is every ref a snapshot names (exits need the value). One backward
** pass marks the operands of live instructions (operands always precede their users); the rest
** become NOP. Value compares left behind by J_IF (which emits the guard form) die here.
*/
#include "jit/trace.h"

static bool is_root(const jit_ins_t *ins)
{
    unsigned mode = jit_ir_mode[ins->o];
    return (ins->t & JIT_T_GUARD) || (mode & (JIT_IRM_G | JIT_IRM_S));
}

void jit_opt_dce(jit_ir_t *ir, const jit_snapbuf_t *sb)
{
    for (uint32_t i = 0; i < sb->nents; i++)
        if (!jit_ref_isk(sb->ents[i].ref))
            jit_ir_ins(ir, sb->ents[i].ref)->t |= JIT_T_MARK;
    for (jit_ref_t r = ir->nins - 1; r >= JIT_REF_FIRST; r--) {
        jit_ins_t *ins = jit_ir_ins(ir, r);
        if (!(ins->t & JIT_T_MARK) && !is_root(ins)) {
            ins->o = JIT_IR_NOP;
            ins->t = JIT_T_NIL;
            ins->op1 = ins->op2 = 0;
            continue;
        }
        ins->t &= (uint8_t)~JIT_T_MARK;
        for (unsigned k = 0; k < 2; k++) {
            jit_ref_t x = k ? ins->op2 : ins->op1;
            if (jit_ir_opnd[ins->o][k] == JIT_OPND_ref && x && !jit_ref_isk(x))
                jit_ir_ins(ir, x)->t |= JIT_T_MARK;
        }
    }
}

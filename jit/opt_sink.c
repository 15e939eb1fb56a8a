/*
** opt_sink.c: allocation removal (JIT.md "Optimizer" 4; LuaJIT's lj_opt_sink). A NEW whose object
** never escapes (it is only stored into, barriered, named by snapshots, or stored into another
** such object) is sunk: it and its stores are marked JIT_T_SUNK, the IR interpreter skips them,
** and an exit that needs the object rebuilds it from the NEW and the stores before the exit
** (exit.c). Loads from it were forwarded by the heap cache at emission; one left over, a PHI, a
** call argument or a snapshot of a may-force call (the helper may see the frame) is an escape.
*/
#include "jit/trace.h"

#define MAX_SUNK 64 /* exit.c rebuilds at most this many per exit */

static bool is_new(const jit_ir_t *ir, jit_ref_t r)
{
    return r && !jit_ref_isk(r) && jit_ir_ins(ir, r)->o == JIT_IR_NEW;
}

/* JIT_T_MARK = still a candidate. Clears it for allocations used in a way that lets them escape;
** returns whether anything changed. */
static bool escape_pass(jit_ir_t *ir)
{
    bool changed = false;
    for (jit_ref_t r = JIT_REF_FIRST; r < ir->nins; r++) {
        const jit_ins_t *ins = jit_ir_ins(ir, r);
        for (unsigned k = 0; k < 2; k++) {
            jit_ref_t x = k ? ins->op2 : ins->op1;
            if (jit_ir_opnd[ins->o][k] != JIT_OPND_ref || !is_new(ir, x) ||
                !(jit_ir_ins(ir, x)->t & JIT_T_MARK))
                continue;
            bool ok = (ins->o == JIT_IR_FREF && k == 0) || ins->o == JIT_IR_WBAR;
            if (ins->o == JIT_IR_FSTORE && k == 1) {
                jit_ref_t target = jit_ir_ins(ir, ins->op1)->op1;
                ok = is_new(ir, target) && (jit_ir_ins(ir, target)->t & JIT_T_MARK);
            }
            if (!ok) {
                jit_ir_ins(ir, x)->t &= (uint8_t)~JIT_T_MARK;
                changed = true;
            }
        }
    }
    return changed;
}

/* The refs named by snapshots of may-force calls escape. */
static void escape_forced(jit_ir_t *ir, const jit_snapbuf_t *sb)
{
    for (jit_ref_t r = ir->chain[JIT_IR_CALLF]; r; r = jit_ir_ins(ir, r)->prev) {
        const jit_snap_t *s = &sb->snaps[jit_snap_find(sb, r)];
        for (uint32_t i = 0; i < s->nent; i++) {
            jit_ref_t x = sb->ents[s->ent0 + i].ref;
            if (is_new(ir, x))
                jit_ir_ins(ir, x)->t &= (uint8_t)~JIT_T_MARK;
        }
    }
}

void jit_opt_sink(jit_ir_t *ir, const jit_snapbuf_t *sb)
{
    unsigned n = 0;
    for (jit_ref_t r = ir->chain[JIT_IR_NEW]; r; r = jit_ir_ins(ir, r)->prev)
        if (jit_ir_ins(ir, r)->o == JIT_IR_NEW && n++ < MAX_SUNK)
            jit_ir_ins(ir, r)->t |= JIT_T_MARK;
    escape_forced(ir, sb);
    while (escape_pass(ir))
        ;
    for (jit_ref_t r = JIT_REF_FIRST; r < ir->nins; r++) {
        jit_ins_t *ins = jit_ir_ins(ir, r);
        jit_ref_t obj = ins->o == JIT_IR_FSTORE ? jit_ir_ins(ir, ins->op1)->op1 : ins->op1;
        bool sunk_obj = is_new(ir, obj) && (jit_ir_ins(ir, obj)->t & JIT_T_MARK);
        if (ins->o == JIT_IR_FREF || ins->o == JIT_IR_FSTORE || ins->o == JIT_IR_WBAR) {
            if (sunk_obj)
                ins->t |= JIT_T_SUNK;
        }
    }
    for (jit_ref_t r = ir->chain[JIT_IR_NEW]; r; r = jit_ir_ins(ir, r)->prev) {
        jit_ins_t *ins = jit_ir_ins(ir, r);
        if (ins->o == JIT_IR_NEW && (ins->t & JIT_T_MARK))
            ins->t = (uint8_t)((ins->t & ~JIT_T_MARK) | JIT_T_SUNK);
    }
}

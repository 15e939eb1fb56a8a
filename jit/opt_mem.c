/*
** opt_mem.c: the heap cache (JIT.md "Optimizer" 3): load forwarding and load CSE for FLOAD and
** ALOAD, consulted by fold.c at emission. A load takes the value of the latest store to the same
** object and field, or of an earlier identical load, as long as no store that may alias it and no
** call that may write memory (CALLS, CALLF: ir->last_effect) lies in between. The alias class of
** a field access is its field descriptor; two different allocations never alias, nor does an
** allocation alias any ref computed before it. Immutable fields ignore calls.
*/
#include "jit/trace.h"

static bool is_alloc(const jit_ir_t *ir, jit_ref_t r)
{
    if (jit_ref_isk(r))
        return false;
    unsigned o = jit_ir_ins(ir, r)->o;
    return o == JIT_IR_NEW || o == JIT_IR_NEWARR;
}

/* Whether objects a and b (different refs) may be the same object. */
static bool may_alias(const jit_ir_t *ir, jit_ref_t a, jit_ref_t b)
{
    if (jit_ref_isk(a) && jit_ref_isk(b))
        return jit_ir_kval(ir, a) == jit_ir_kval(ir, b);
    if (is_alloc(ir, a) && (is_alloc(ir, b) || b < a))
        return false;
    if (is_alloc(ir, b) && a < b)
        return false;
    return true;
}

/* The zero a fresh object's field holds, as a constant of the field's type. */
static jit_ref_t zero_of(jit_ir_t *ir, const jit_field_t *fd)
{
    switch (fd->type) {
    case JIT_T_FLT: return jit_ir_knum(ir, 0.0);
    case JIT_T_PTR: return jit_ir_kptr(ir, NULL);
    default: return jit_ir_k64(ir, JIT_IR_KINT, fd->type, 0);
    }
}

jit_ref_t jit_opt_mem_fload(jit_ir_t *ir, jit_ref_t obj, uint16_t fid)
{
    const jit_field_t *fd = jit_field_get(fid);
    jit_ref_t lim = (fd->flags & JIT_F_IMM) ? JIT_REF_BIAS : ir->last_effect;
    if (lim < JIT_REF_BIAS)
        lim = JIT_REF_BIAS;
    jit_ref_t effect_lim = lim;
    for (jit_ref_t s = ir->chain[JIT_IR_FSTORE]; s > lim; s = jit_ir_ins(ir, s)->prev) {
        const jit_ins_t *fref = jit_ir_ins(ir, jit_ir_ins(ir, s)->op1);
        if (fref->op2 != fid)
            continue;
        if (fref->op1 == obj)
            return jit_ir_ins(ir, s)->op2;
        if (may_alias(ir, fref->op1, obj)) {
            lim = s;
            break;
        }
    }
    for (jit_ref_t l = ir->chain[JIT_IR_FLOAD]; l > lim; l = jit_ir_ins(ir, l)->prev)
        if (jit_ir_ins(ir, l)->op1 == obj && jit_ir_ins(ir, l)->op2 == fid)
            return l;
    if (is_alloc(ir, obj) && obj >= effect_lim && fd->offset >= sizeof(rt_obj_t))
        return zero_of(ir, fd);
    return JIT_REF_NONE;
}

jit_ref_t jit_opt_mem_aload(jit_ir_t *ir, jit_ref_t aref)
{
    jit_ref_t lim = ir->last_effect < JIT_REF_BIAS ? JIT_REF_BIAS : ir->last_effect;
    const jit_ins_t *a = jit_ir_ins(ir, aref);
    for (jit_ref_t s = ir->chain[JIT_IR_ASTORE]; s > lim; s = jit_ir_ins(ir, s)->prev) {
        jit_ref_t sref = jit_ir_ins(ir, s)->op1;
        if (sref == aref)
            return jit_ir_ins(ir, s)->op2;
        const jit_ins_t *b = jit_ir_ins(ir, sref);
        bool distinct = (b->op1 == a->op1 && jit_ref_isk(b->op2) && jit_ref_isk(a->op2)) ||
                        !may_alias(ir, b->op1, a->op1);
        if (!distinct) {
            lim = s;
            break;
        }
    }
    for (jit_ref_t l = ir->chain[JIT_IR_ALOAD]; l > lim; l = jit_ir_ins(ir, l)->prev)
        if (jit_ir_ins(ir, l)->op1 == aref)
            return l;
    return JIT_REF_NONE;
}

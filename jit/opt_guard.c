/*
** opt_guard.c: guard elimination from facts (JIT.md "Optimizer" 2), consulted by fold.c. A class
** guard on a fresh allocation or a constant object is known; an overflow check is not needed when
** integer bounds show the result fits. Bounds come from constants, masks, narrow field loads and
** the compare guards already emitted on the same ref (the trace is a straight line, so an earlier
** guard holds at every later instruction; after loop peeling each guard on a loop-carried value
** is repeated in the body, so facts about the values the PHIs carry still hold).
*/
#include "jit/trace.h"

typedef struct range {
    int64_t lo, hi;
} range_t;

static const range_t FULL = {INT64_MIN, INT64_MAX};

static range_t range_of(const jit_ir_t *ir, jit_ref_t r, int depth);

/* Narrows rg by the guards LT LE GT GE already emitted with r on the left and a constant right. */
static range_t from_guards(const jit_ir_t *ir, jit_ref_t r, range_t rg)
{
    static const uint8_t ops[] = {JIT_IR_LT, JIT_IR_LE, JIT_IR_GT, JIT_IR_GE};
    for (unsigned i = 0; i < sizeof ops; i++) {
        for (jit_ref_t g = ir->chain[ops[i]]; g; g = jit_ir_ins(ir, g)->prev) {
            const jit_ins_t *x = jit_ir_ins(ir, g);
            if (!(x->t & JIT_T_GUARD) || x->op1 != r || !jit_ref_isk(x->op2) ||
                jit_ir_ins(ir, x->op2)->o != JIT_IR_KINT)
                continue;
            int64_t k = jit_ir_kval(ir, x->op2);
            switch (ops[i]) {
            case JIT_IR_LT: if (k != INT64_MIN && k - 1 < rg.hi) rg.hi = k - 1; break;
            case JIT_IR_LE: if (k < rg.hi) rg.hi = k; break;
            case JIT_IR_GT: if (k != INT64_MAX && k + 1 > rg.lo) rg.lo = k + 1; break;
            default: if (k > rg.lo) rg.lo = k; break;
            }
        }
    }
    return rg;
}

static range_t range_of(const jit_ir_t *ir, jit_ref_t r, int depth)
{
    const jit_ins_t *x = jit_ir_ins(ir, r);
    if (jit_ref_isk(r)) {
        if (x->o != JIT_IR_KINT)
            return FULL;
        int64_t k = jit_ir_kval(ir, r);
        return (range_t){k, k};
    }
    range_t rg = FULL;
    if (x->o == JIT_IR_BAND && jit_ref_isk(x->op2) && jit_ir_kval(ir, x->op2) >= 0)
        rg = (range_t){0, jit_ir_kval(ir, x->op2)};
    else if (x->o == JIT_IR_FLOAD) {
        const jit_field_t *fd = jit_field_get(x->op2);
        if (fd->type == JIT_T_INT && fd->size < 8) {
            int64_t span = (int64_t)1 << (8 * fd->size);
            rg = (fd->flags & JIT_F_SIGNED) ? (range_t){-span / 2, span / 2 - 1}
                                             : (range_t){0, span - 1};
        }
    } else if ((x->o == JIT_IR_ADD || x->o == JIT_IR_ADDOV) && depth > 0 && jit_ref_isk(x->op2)) {
        range_t a = range_of(ir, x->op1, depth - 1);
        int64_t k = jit_ir_kval(ir, x->op2), lo, hi;
        if (!__builtin_add_overflow(a.lo, k, &lo) && !__builtin_add_overflow(a.hi, k, &hi))
            rg = (range_t){lo, hi};
    }
    return from_guards(ir, r, rg);
}

static bool ov_redundant(const jit_ir_t *ir, unsigned op, jit_ref_t a, jit_ref_t b)
{
    range_t ra = range_of(ir, a, 4), rb = range_of(ir, b, 4);
    int64_t x, y;
    switch (op) {
    case JIT_IR_ADDOV:
        return !__builtin_add_overflow(ra.lo, rb.lo, &x) && !__builtin_add_overflow(ra.hi, rb.hi, &y);
    case JIT_IR_SUBOV:
        return !__builtin_sub_overflow(ra.lo, rb.hi, &x) && !__builtin_sub_overflow(ra.hi, rb.lo, &y);
    default:
        return false;
    }
}

bool jit_opt_guard_redundant(jit_ir_t *ir, unsigned op, jit_ref_t a, jit_ref_t b)
{
    const jit_ins_t *x = jit_ir_ins(ir, a);
    bool alloc = !jit_ref_isk(a) && (x->o == JIT_IR_NEW || x->o == JIT_IR_NEWARR);
    switch (op) {
    case JIT_IR_GCLASS:
        if (alloc)
            return x->op1 == b;
        if (jit_ref_isk(a) && x->o == JIT_IR_KGC)
            return (int64_t)(uintptr_t)rt_obj_type(rt_ptr((rt_value_t)jit_ir_kval(ir, a))) ==
                   jit_ir_kval(ir, b);
        return false;
    case JIT_IR_GVALUE:
        return a == b;
    case JIT_IR_GNONNULL:
        return alloc || (jit_ref_isk(a) && jit_ir_kval(ir, a) != 0);
    case JIT_IR_ADDOV: case JIT_IR_SUBOV:
        return ov_redundant(ir, op, a, b);
    default:
        return false;
    }
}

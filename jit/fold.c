/*
** fold.c: the first optimizer pass, run on every emitted instruction (JIT.md "Optimizer" 1):
** constant folding, algebraic identities, guard elimination (opt_guard.c), the heap cache
** (opt_mem.c), then common-subexpression elimination along the opcode's chain. The rules are a
** table of (opcode, left operand, right operand) patterns, each beside its function; the first
** rule that matches and returns a result wins, as in LuaJIT's lj_opt_fold.c.
*/
#include <math.h>
#include <string.h>

#include "jit/trace.h"

/* The instruction being folded. */
typedef struct fold {
    jit_ir_t *ir;
    unsigned op, t;
    jit_ref_t a, b;
} fold_t;

/* What a rule returns besides a ref: "no opinion" and "the guard always holds". */
#define NEXT  ((jit_ref_t)0xffffu)
#define DROP  JIT_REF_NONE

static jit_ins_t *ins(fold_t *f, jit_ref_t r) { return jit_ir_ins(f->ir, r); }
static int64_t kv(fold_t *f, jit_ref_t r) { return jit_ir_kval(f->ir, r); }
static bool isk(fold_t *f, jit_ref_t r) { return r && jit_ref_isk(r); }
static bool iskint(fold_t *f, jit_ref_t r, int64_t v)
{
    return isk(f, r) && ins(f, r)->o == JIT_IR_KINT && kv(f, r) == v;
}

static jit_ref_t kint_of(fold_t *f, int64_t v) { return jit_ir_k64(f->ir, JIT_IR_KINT, f->t & JIT_T_MASK, (uint64_t)v); }
static jit_ref_t kbool(fold_t *f, bool v) { return jit_ir_k64(f->ir, JIT_IR_KINT, JIT_T_BOOL, v); }

static double kd(fold_t *f, jit_ref_t r)
{
    union { int64_t i; double d; } x = {.i = kv(f, r)};
    return x.d;
}

/* ---- Constant folding ---- */

static jit_ref_t kfold_int(fold_t *f)
{
    uint64_t x = (uint64_t)kv(f, f->a), y = f->b ? (uint64_t)kv(f, f->b) : 0;
    int64_t r;
    switch (f->op) {
    case JIT_IR_ADD: return kint_of(f, (int64_t)(x + y));
    case JIT_IR_SUB: return kint_of(f, (int64_t)(x - y));
    case JIT_IR_MUL: return kint_of(f, (int64_t)(x * y));
    case JIT_IR_NEG: return kint_of(f, (int64_t)(0 - x));
    case JIT_IR_BAND: return kint_of(f, (int64_t)(x & y));
    case JIT_IR_BOR: return kint_of(f, (int64_t)(x | y));
    case JIT_IR_BXOR: return kint_of(f, (int64_t)(x ^ y));
    case JIT_IR_BNOT: return kint_of(f, (int64_t)~x);
    case JIT_IR_BSHL: return kint_of(f, (int64_t)(x << (y & 63)));
    case JIT_IR_BSHR: return kint_of(f, (int64_t)(x >> (y & 63)));
    case JIT_IR_BSAR: return kint_of(f, (int64_t)x >> (y & 63));
    case JIT_IR_ADDOV:
        return __builtin_add_overflow((int64_t)x, (int64_t)y, &r) ? NEXT : kint_of(f, r);
    case JIT_IR_SUBOV:
        return __builtin_sub_overflow((int64_t)x, (int64_t)y, &r) ? NEXT : kint_of(f, r);
    case JIT_IR_MULOV:
        return __builtin_mul_overflow((int64_t)x, (int64_t)y, &r) ? NEXT : kint_of(f, r);
    case JIT_IR_I2F: return jit_ir_knum(f->ir, (double)(int64_t)x);
    case JIT_IR_IBITS: return jit_ir_knum(f->ir, jit_JF_of_w(x));
    default: return NEXT;
    }
}

static jit_ref_t kfold_num(fold_t *f)
{
    double x = kd(f, f->a), y = f->b ? kd(f, f->b) : 0;
    switch (f->op) {
    case JIT_IR_FADD: return jit_ir_knum(f->ir, x + y);
    case JIT_IR_FSUB: return jit_ir_knum(f->ir, x - y);
    case JIT_IR_FMUL: return jit_ir_knum(f->ir, x * y);
    case JIT_IR_FDIV: return jit_ir_knum(f->ir, x / y);
    case JIT_IR_FNEG: return jit_ir_knum(f->ir, -x);
    case JIT_IR_FABS: return jit_ir_knum(f->ir, fabs(x));
    case JIT_IR_FSQRT: return jit_ir_knum(f->ir, sqrt(x));
    case JIT_IR_F2I:
        return (x >= -9.2233720368547758e18 && x < 9.2233720368547758e18)
                   ? jit_ir_kint(f->ir, (int64_t)x) : NEXT;
    case JIT_IR_FBITS: return jit_ir_kint(f->ir, (int64_t)jit_w_of_JF(x));
    default: return NEXT;
    }
}

/* The outcome of a compare of two constants. */
static bool kcmp(fold_t *f, unsigned op)
{
    int64_t x = kv(f, f->a), y = kv(f, f->b);
    switch (op) {
    case JIT_IR_EQ: return x == y;
    case JIT_IR_NE: return x != y;
    case JIT_IR_LT: return x < y;
    case JIT_IR_GE: return x >= y;
    case JIT_IR_LE: return x <= y;
    case JIT_IR_GT: return x > y;
    case JIT_IR_ULT: return (uint64_t)x < (uint64_t)y;
    case JIT_IR_UGE: return (uint64_t)x >= (uint64_t)y;
    case JIT_IR_ULE: return (uint64_t)x <= (uint64_t)y;
    case JIT_IR_UGT: return (uint64_t)x > (uint64_t)y;
    case JIT_IR_FEQ: return kd(f, f->a) == kd(f, f->b);
    case JIT_IR_FNE: return kd(f, f->a) != kd(f, f->b);
    case JIT_IR_FLT: return kd(f, f->a) < kd(f, f->b);
    default: return kd(f, f->a) <= kd(f, f->b);
    }
}

static jit_ref_t kfold_cmp(fold_t *f)
{
    bool r = kcmp(f, f->op);
    if (f->t & JIT_T_GUARD)
        return r ? DROP : NEXT; /* a guard that always fails stays: the trace exits there */
    return kbool(f, r);
}

/* ---- Algebraic identities ---- */

static jit_ref_t simplify_ident(fold_t *f)
{
    switch (f->op) {
    case JIT_IR_ADD: case JIT_IR_SUB: case JIT_IR_BOR: case JIT_IR_BXOR: case JIT_IR_ADDOV:
    case JIT_IR_SUBOV: case JIT_IR_BSHL: case JIT_IR_BSHR: case JIT_IR_BSAR:
        return iskint(f, f->b, 0) ? f->a : NEXT;
    case JIT_IR_MUL: case JIT_IR_MULOV:
        if (iskint(f, f->b, 1))
            return f->a;
        return iskint(f, f->b, 0) ? f->b : NEXT;
    case JIT_IR_BAND:
        if (iskint(f, f->b, -1))
            return f->a;
        return iskint(f, f->b, 0) ? f->b : NEXT;
    default:
        return NEXT;
    }
}

/* x - x, x ^ x: 0; x == x as an integer compare: a constant. */
static jit_ref_t simplify_same(fold_t *f)
{
    if (f->a != f->b)
        return NEXT;
    switch (f->op) {
    case JIT_IR_SUB: case JIT_IR_BXOR: case JIT_IR_SUBOV: return kint_of(f, 0);
    case JIT_IR_BAND: case JIT_IR_BOR: return f->a;
    case JIT_IR_EQ: case JIT_IR_LE: case JIT_IR_GE: case JIT_IR_ULE: case JIT_IR_UGE:
        return (f->t & JIT_T_GUARD) ? DROP : kbool(f, true);
    case JIT_IR_NE: case JIT_IR_LT: case JIT_IR_GT: case JIT_IR_ULT: case JIT_IR_UGT:
        return (f->t & JIT_T_GUARD) ? NEXT : kbool(f, false);
    default: return NEXT;
    }
}

/* BAND(BOR(x, k1), k2) with k1 covering k2: k2 (the tag test of a freshly tagged integer). */
static jit_ref_t simplify_band_bor(fold_t *f)
{
    jit_ins_t *l = ins(f, f->a);
    if (isk(f, f->b) && isk(f, l->op2) && ((uint64_t)kv(f, l->op2) & (uint64_t)kv(f, f->b)) ==
                                             (uint64_t)kv(f, f->b))
        return f->b;
    return NEXT;
}

/* EQ / NE of 0 and BOR(x, k) (k nonzero) or a fresh allocation: never equal (the unbound test
** of a tagged int or of a new object). */
static jit_ref_t simplify_cmp_nonzero(fold_t *f)
{
    jit_ins_t *l = ins(f, f->a);
    if (kv(f, f->b) != 0 || (l->o == JIT_IR_BOR && (!isk(f, l->op2) || kv(f, l->op2) == 0)))
        return NEXT;
    bool r = f->op == JIT_IR_NE;
    if (f->t & JIT_T_GUARD)
        return r ? DROP : NEXT;
    return kbool(f, r);
}

/* BAND(NEW, k) with k below the allocation granule: 0 (the tag test of a fresh object). */
static jit_ref_t simplify_band_new(fold_t *f)
{
    if (isk(f, f->b) && (uint64_t)kv(f, f->b) < GC_GRANULE)
        return kint_of(f, 0);
    return NEXT;
}

/* ---- Memory, classes, allocation ---- */

extern jit_field_t jit_field_desc;

/* FLOAD of an immutable field of a constant object: read it now. The class of a NEW: its type. */
static jit_ref_t fold_fload(fold_t *f)
{
    const jit_field_t *fd = jit_field_get(f->b);
    jit_ins_t *o = ins(f, f->a);
    if (f->b == jit_field_desc.id) {
        if (!jit_ref_isk(f->a) && (o->o == JIT_IR_NEW || o->o == JIT_IR_NEWARR))
            return o->op1;
        for (jit_ref_t g = f->ir->chain[JIT_IR_GCLASS]; g; g = ins(f, g)->prev)
            if (ins(f, g)->op1 == f->a)
                return ins(f, g)->op2;
    }
    if ((fd->flags & JIT_F_IMM) && isk(f, f->a) && kv(f, f->a) != 0) {
        const char *p = (const char *)(uintptr_t)kv(f, f->a) + fd->offset;
        uint64_t w = 0;
        if (fd->flags & JIT_F_SIGNED) {
            int64_t s = fd->size == 1 ? *(const int8_t *)p : fd->size == 2 ? *(const int16_t *)p
                      : fd->size == 4 ? *(const int32_t *)p : *(const int64_t *)p;
            w = (uint64_t)s;
        } else {
            memcpy(&w, p, fd->size);
        }
        unsigned t = fd->type;
        unsigned kop = t == JIT_T_FLT ? JIT_IR_KNUM : t == JIT_T_PTR ? JIT_IR_KPTR
                     : (t == JIT_T_VAL && rt_is_ptr(w)) ? JIT_IR_KGC : JIT_IR_KINT;
        return jit_ir_k64(f->ir, kop, (uint8_t)t, w);
    }
    jit_ref_t r = jit_opt_mem_fload(f->ir, f->a, f->b);
    return r ? r : NEXT;
}

static jit_ref_t fold_aload(fold_t *f)
{
    jit_ref_t r = jit_opt_mem_aload(f->ir, f->a);
    return r ? r : NEXT;
}

/* A write barrier on an object allocated since the last point that may collect: not needed. */
static jit_ref_t fold_wbar(fold_t *f)
{
    jit_ins_t *o = ins(f, f->a);
    if (!jit_ref_isk(f->a) && (o->o == JIT_IR_NEW || o->o == JIT_IR_NEWARR) &&
        f->ir->last_gcpoint <= f->a)
        return DROP;
    return NEXT;
}

static jit_ref_t fold_guard(fold_t *f)
{
    return jit_opt_guard_redundant(f->ir, f->op, f->a, f->b) ? DROP : NEXT;
}

/* An overflow check that cannot overflow (integer bounds): the plain operation. */
static jit_ref_t fold_ovguard(fold_t *f)
{
    if (!jit_opt_guard_redundant(f->ir, f->op, f->a, f->b))
        return NEXT;
    unsigned op = f->op == JIT_IR_ADDOV ? JIT_IR_ADD : f->op == JIT_IR_SUBOV ? JIT_IR_SUB : JIT_IR_MUL;
    return jit_fold_emit(f->ir, op, f->t & JIT_T_MASK, f->a, f->b);
}

/* A pure helper whose arguments are all constants: call it now. */
static jit_ref_t fold_calln(fold_t *f)
{
    const jit_helper_t *h = jit_helper_get(f->b);
    if (h->effect & JIT_E_RAISE)
        return NEXT;
    uint64_t args[JIT_HELPER_MAXARGS];
    jit_ref_t r = f->a;
    for (int i = h->nargs - 1; i >= 0; i--) {
        jit_ref_t arg = r;
        if (i > 0) {
            if (jit_ref_isk(r) || ins(f, r)->o != JIT_IR_CARG)
                return NEXT;
            arg = ins(f, r)->op2;
            r = ins(f, r)->op1;
        }
        if (!isk(f, arg))
            return NEXT;
        args[i] = (uint64_t)kv(f, arg);
    }
    uint64_t w = h->thunk(args);
    unsigned kop = h->ret == JIT_T_FLT ? JIT_IR_KNUM : h->ret == JIT_T_PTR ? JIT_IR_KPTR
                 : (h->ret == JIT_T_VAL && rt_is_ptr(w)) ? JIT_IR_KGC : JIT_IR_KINT;
    return jit_ir_k64(f->ir, kop, h->ret, w);
}

/* ---- The rule table ---- */

enum { ANY = 0xfe, KONST = 0xfd };

typedef jit_ref_t (*fold_fn)(fold_t *f);

static const struct fold_rule {
    uint8_t op, left, right;
    fold_fn fn;
} rules[] = {
    {JIT_IR_ADD, KONST, KONST, kfold_int}, {JIT_IR_SUB, KONST, KONST, kfold_int},
    {JIT_IR_MUL, KONST, KONST, kfold_int}, {JIT_IR_NEG, KONST, ANY, kfold_int},
    {JIT_IR_BAND, KONST, KONST, kfold_int}, {JIT_IR_BOR, KONST, KONST, kfold_int},
    {JIT_IR_BXOR, KONST, KONST, kfold_int}, {JIT_IR_BNOT, KONST, ANY, kfold_int},
    {JIT_IR_BSHL, KONST, KONST, kfold_int}, {JIT_IR_BSHR, KONST, KONST, kfold_int},
    {JIT_IR_BSAR, KONST, KONST, kfold_int}, {JIT_IR_ADDOV, KONST, KONST, kfold_int},
    {JIT_IR_SUBOV, KONST, KONST, kfold_int}, {JIT_IR_MULOV, KONST, KONST, kfold_int},
    {JIT_IR_I2F, KONST, ANY, kfold_int}, {JIT_IR_IBITS, KONST, ANY, kfold_int},
    {JIT_IR_FADD, KONST, KONST, kfold_num}, {JIT_IR_FSUB, KONST, KONST, kfold_num},
    {JIT_IR_FMUL, KONST, KONST, kfold_num}, {JIT_IR_FDIV, KONST, KONST, kfold_num},
    {JIT_IR_FNEG, KONST, ANY, kfold_num}, {JIT_IR_FABS, KONST, ANY, kfold_num},
    {JIT_IR_FSQRT, KONST, ANY, kfold_num}, {JIT_IR_F2I, KONST, ANY, kfold_num},
    {JIT_IR_FBITS, KONST, ANY, kfold_num},
    {JIT_IR_BAND, JIT_IR_BOR, KONST, simplify_band_bor},
    {JIT_IR_BAND, JIT_IR_NEW, KONST, simplify_band_new},
    {JIT_IR_EQ, JIT_IR_BOR, KONST, simplify_cmp_nonzero},
    {JIT_IR_NE, JIT_IR_BOR, KONST, simplify_cmp_nonzero},
    {JIT_IR_EQ, JIT_IR_NEW, KONST, simplify_cmp_nonzero},
    {JIT_IR_NE, JIT_IR_NEW, KONST, simplify_cmp_nonzero},
    {JIT_IR_BAND, JIT_IR_NEWARR, KONST, simplify_band_new},
    {JIT_IR_FLOAD, ANY, ANY, fold_fload}, {JIT_IR_ALOAD, ANY, ANY, fold_aload},
    {JIT_IR_WBAR, ANY, ANY, fold_wbar}, {JIT_IR_CALLN, ANY, ANY, fold_calln},
    {JIT_IR_GCLASS, ANY, ANY, fold_guard}, {JIT_IR_GVALUE, ANY, ANY, fold_guard},
    {JIT_IR_GNONNULL, ANY, ANY, fold_guard}, {JIT_IR_ADDOV, ANY, KONST, fold_ovguard},
    {JIT_IR_SUBOV, ANY, KONST, fold_ovguard},
};

static bool matches(fold_t *f, uint8_t want, jit_ref_t r)
{
    if (want == ANY)
        return true;
    if (!r)
        return false;
    if (want == KONST)
        return jit_ref_isk(r);
    return !jit_ref_isk(r) && ins(f, r)->o == want;
}

static jit_ref_t apply_rules(fold_t *f)
{
    if (jit_op_iscmp(f->op) && isk(f, f->a) && isk(f, f->b))
        return kfold_cmp(f);
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
        const struct fold_rule *rule = &rules[i];
        if (rule->op != f->op || !matches(f, rule->left, f->a) || !matches(f, rule->right, f->b))
            continue;
        jit_ref_t r = rule->fn(f);
        if (r != NEXT)
            return r;
    }
    if (jit_ir_opnd[f->op][0] == JIT_OPND_ref && jit_ir_opnd[f->op][1] == JIT_OPND_ref) {
        jit_ref_t r = simplify_same(f);
        if (r != NEXT)
            return r;
    }
    return simplify_ident(f);
}

/* ---- CSE ---- */

/* An identical earlier instruction that may stand for this one, or NONE. Pure ops and guards
** match anywhere before (the trace is a straight line: earlier dominates later); loads and
** memory-reading calls only above the last effect. */
static jit_ref_t cse(fold_t *f)
{
    unsigned mode = jit_ir_mode[f->op];
    jit_ref_t lim = JIT_REF_BIAS;
    if (f->op == JIT_IR_CALLL)
        lim = f->ir->last_effect;
    else if (f->op == JIT_IR_GNOEXC || f->op == JIT_IR_GNOTFORCED || f->op == JIT_IR_GNOTINVAL ||
             f->op == JIT_IR_GNOBREAK || f->op == JIT_IR_EXIT)
        return JIT_REF_NONE; /* they test state that calls (or signals, other threads) change */
    else if (!(mode & JIT_IRM_N) && !(mode & JIT_IRM_G) && f->op != JIT_IR_SLOAD)
        return JIT_REF_NONE;
    for (jit_ref_t r = f->ir->chain[f->op]; r > lim; r = ins(f, r)->prev) {
        jit_ins_t *x = ins(f, r);
        if (x->op1 == f->a && x->op2 == f->b && (x->t & ~JIT_T_GUARD & 0xff) == (f->t & ~JIT_T_GUARD & 0xff)) {
            if ((f->t & JIT_T_GUARD) && !(x->t & JIT_T_GUARD))
                continue; /* a value compare does not guard */
            return r;
        }
    }
    return JIT_REF_NONE;
}

jit_ref_t jit_fold_emit(jit_ir_t *ir, unsigned op, unsigned t, jit_ref_t a, jit_ref_t b)
{
    fold_t f = {ir, op, t, a, b};
    if ((jit_ir_mode[op] & JIT_IRM_C) == JIT_IRM_C && isk(&f, a) && !isk(&f, b)) {
        f.a = b;
        f.b = a;
    }
    jit_ref_t r = apply_rules(&f);
    if (r != NEXT)
        return r;
    r = cse(&f);
    if (r) {
        /* an identical guard already holds here; an identical overflow check returns its value */
        bool is_ov = op == JIT_IR_ADDOV || op == JIT_IR_SUBOV || op == JIT_IR_MULOV;
        return (jit_ir_mode[op] & JIT_IRM_G || (t & JIT_T_GUARD)) && !is_ov ? DROP : r;
    }
    return jit_ir_emit_raw(ir, f.op, f.t, f.a, f.b);
}

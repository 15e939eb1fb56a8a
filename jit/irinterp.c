/*
** irinterp.c: the IR-interpreter backend (JIT.md "Backend"): runs an optimized trace instruction
** by instruction over a register file indexed by ref, so recording, optimization and
** deoptimization are exercised without machine code. It is the reference backend of the tests:
** the x86-64 backend must agree with it. PYHYP_JIT_DEOPT_STRESS=1 makes guards fail at random
** (except those whose exit cannot re-run the instruction: GNOEXC, GNOTFORCED).
*/
#include <math.h>
#include <string.h>

#include "jit/trace.h"

static bool forced;
static bool running;
static uint64_t stress_state = 0x2545f4914f6cdd1dull;

void jit_force_frames(void)
{
    if (running)
        forced = true;
}

/* One failure in 16 guard checks, from a xorshift generator (deterministic per process). */
static bool stress_fail(void)
{
    if (!jit_params.deopt_stress)
        return false;
    stress_state ^= stress_state << 13;
    stress_state ^= stress_state >> 7;
    stress_state ^= stress_state << 17;
    if ((stress_state & 15) != 0)
        return false;
    jit_stats.stress_fails++;
    return true;
}

static double F(uint64_t w) { return jit_JF_of_w(w); }
static uint64_t W(double d) { return jit_w_of_JF(d); }

static bool compare(unsigned op, uint64_t x, uint64_t y)
{
    switch (op) {
    case JIT_IR_EQ: return x == y;
    case JIT_IR_NE: return x != y;
    case JIT_IR_LT: return (int64_t)x < (int64_t)y;
    case JIT_IR_GE: return (int64_t)x >= (int64_t)y;
    case JIT_IR_LE: return (int64_t)x <= (int64_t)y;
    case JIT_IR_GT: return (int64_t)x > (int64_t)y;
    case JIT_IR_ULT: return x < y;
    case JIT_IR_UGE: return x >= y;
    case JIT_IR_ULE: return x <= y;
    case JIT_IR_UGT: return x > y;
    case JIT_IR_FEQ: return F(x) == F(y);
    case JIT_IR_FNE: return F(x) != F(y);
    case JIT_IR_FLT: return F(x) < F(y);
    default: return F(x) <= F(y);
    }
}

static uint64_t load_field(const jit_field_t *fd, uintptr_t p)
{
    switch (fd->size) {
    case 1: return (fd->flags & JIT_F_SIGNED) ? (uint64_t)*(const int8_t *)p : *(const uint8_t *)p;
    case 2: return (fd->flags & JIT_F_SIGNED) ? (uint64_t)*(const int16_t *)p : *(const uint16_t *)p;
    case 4: return (fd->flags & JIT_F_SIGNED) ? (uint64_t)*(const int32_t *)p : *(const uint32_t *)p;
    default: return *(const uint64_t *)p;
    }
}

void jit_irinterp_store_field(const jit_field_t *fd, uintptr_t p, uint64_t v)
{
    switch (fd->size) {
    case 1: *(uint8_t *)p = (uint8_t)v; break;
    case 2: *(uint16_t *)p = (uint16_t)v; break;
    case 4: *(uint32_t *)p = (uint32_t)v; break;
    default: *(uint64_t *)p = v; break;
    }
}

/*
** Before a call that may look at the frames: writes the entry frame's changed slots back and
** pushes the inlined frames of the call's snapshot onto the frame stack, with their slots, pc
** and depth, so the callee sees the frames the interpreter would have. Returns how many frames
** it pushed (sync_pop pops them after the call), or -1 if the stack overflowed (the error is
** pending and the call must not run).
*/
static int sync_frames(jit_trace_t *T, jit_ref_t call, rt_frame_t *f, uint64_t *regs)
{
    const jit_snap_t *s = &T->sb.snaps[jit_snap_find(&T->sb, call)];
    uint32_t e = 0;
    int pushed = 0;
    for (uint32_t l = 0; l < s->nframes; l++) {
        const jit_snapframe_t *fr = &T->sb.frames[s->frame0 + l];
        if (l > 0) {
            f = rt_frame_push(rt_ts, fr->code);
            if (!f) {
                rt_frame_raise_overflow(rt_ts, (rt_lang_t)fr->lang);
                return -1;
            }
            pushed++;
        }
        f->pc = fr->pc;
        f->depth = fr->depth;
        uint32_t end = fr->base + fr->code->nslots;
        for (; e < s->nent && T->sb.ents[s->ent0 + e].slot < end; e++) {
            const jit_snapent_t *ent = &T->sb.ents[s->ent0 + e];
            f->slots[ent->slot - fr->base] = jit_exit_value(T, ent->ref, call, regs);
        }
    }
    return pushed;
}

static void sync_pop(int pushed)
{
    for (int i = 0; i < pushed; i++)
        rt_frame_pop(rt_ts, rt_ts->frame);
}

/* The arguments of a call, from its CARG chain. */
static void call_args(const jit_ir_t *ir, const jit_helper_t *h, jit_ref_t a, const uint64_t *regs,
                      uint64_t *args)
{
    for (int i = h->nargs - 1; i >= 0; i--) {
        if (i == 0) {
            args[0] = regs[a - ir->kbase];
            break;
        }
        const jit_ins_t *c = jit_ir_ins(ir, a);
        args[i] = regs[c->op2 - ir->kbase];
        a = c->op1;
    }
}

static uint64_t call(jit_trace_t *T, jit_ref_t r, const jit_ins_t *ins, rt_frame_t *f,
                     uint64_t *regs)
{
    const jit_helper_t *h = jit_helper_get(ins->op2);
    uint64_t args[JIT_HELPER_MAXARGS];
    call_args(&T->ir, h, ins->op1, regs, args);
    int pushed = 0;
    if (ins->o == JIT_IR_CALLF && (pushed = sync_frames(T, r, f, regs)) < 0)
        return 0; /* the overflow error is pending: GNOEXC leaves */
    uint32_t lang = rt_ts->lang;
    if (T->mixed_lang) {
        const jit_snap_t *s = &T->sb.snaps[jit_snap_find(&T->sb, r)];
        rt_ts->lang = T->sb.frames[s->frame0 + s->nframes - 1].lang;
    }
    uint64_t w = h->thunk(args);
    rt_ts->lang = lang;
    sync_pop(pushed);
    return w;
}

#define R(x) regs[(x) - kbase]

jit_ref_t jit_irinterp_run(jit_trace_t *T, rt_frame_t *f, uint64_t *regs)
{
    const jit_ir_t *ir = &T->ir;
    const uint32_t kbase = ir->kbase;
    struct { jit_ref_t left; uint64_t v; } phi[256];
    unsigned nphi = 0;
    bool was_running = running;
    running = true;
    jit_ref_t r = JIT_REF_FIRST, exit_ref = JIT_REF_NONE;
    for (;; r++) {
        const jit_ins_t *ins = jit_ir_ins(ir, r);
        if (ins->t & JIT_T_SUNK)
            continue;
        unsigned op = ins->o;
        uint64_t a = jit_ir_opnd[op][0] == JIT_OPND_ref && ins->op1 ? R(ins->op1) : 0;
        uint64_t b = jit_ir_opnd[op][1] == JIT_OPND_ref && ins->op2 ? R(ins->op2) : 0;
        if (jit_op_iscmp(op)) {
            bool v = compare(op, a, b);
            if (!(ins->t & JIT_T_GUARD))
                R(r) = v;
            else if (!v || stress_fail())
                goto leave;
            continue;
        }
        int64_t res;
        switch (op) {
        case JIT_IR_SLOAD: R(r) = f->slots[ins->op1]; break;
        case JIT_IR_LOOP: case JIT_IR_NOP: case JIT_IR_CARG: break;
        case JIT_IR_PHI:
            phi[nphi].left = ins->op1;
            phi[nphi++].v = R(ins->op2);
            break;
        case JIT_IR_JUMP:
            for (unsigned i = 0; i < nphi; i++)
                R(phi[i].left) = phi[i].v;
            nphi = 0;
            r = ir->loop;
            break;
        case JIT_IR_EXIT: goto leave;
        case JIT_IR_ADD: R(r) = a + b; break;
        case JIT_IR_SUB: R(r) = a - b; break;
        case JIT_IR_MUL: R(r) = a * b; break;
        case JIT_IR_NEG: R(r) = 0 - a; break;
        case JIT_IR_BAND: R(r) = a & b; break;
        case JIT_IR_BOR: R(r) = a | b; break;
        case JIT_IR_BXOR: R(r) = a ^ b; break;
        case JIT_IR_BNOT: R(r) = ~a; break;
        case JIT_IR_BSHL: R(r) = a << (b & 63); break;
        case JIT_IR_BSHR: R(r) = a >> (b & 63); break;
        case JIT_IR_BSAR: R(r) = (uint64_t)((int64_t)a >> (b & 63)); break;
        case JIT_IR_ADDOV:
            if (__builtin_add_overflow((int64_t)a, (int64_t)b, &res) || stress_fail())
                goto leave;
            R(r) = (uint64_t)res;
            break;
        case JIT_IR_SUBOV:
            if (__builtin_sub_overflow((int64_t)a, (int64_t)b, &res) || stress_fail())
                goto leave;
            R(r) = (uint64_t)res;
            break;
        case JIT_IR_MULOV:
            if (__builtin_mul_overflow((int64_t)a, (int64_t)b, &res) || stress_fail())
                goto leave;
            R(r) = (uint64_t)res;
            break;
        case JIT_IR_FADD: R(r) = W(F(a) + F(b)); break;
        case JIT_IR_FSUB: R(r) = W(F(a) - F(b)); break;
        case JIT_IR_FMUL: R(r) = W(F(a) * F(b)); break;
        case JIT_IR_FDIV: R(r) = W(F(a) / F(b)); break;
        case JIT_IR_FNEG: R(r) = W(-F(a)); break;
        case JIT_IR_FABS: R(r) = W(fabs(F(a))); break;
        case JIT_IR_FSQRT: R(r) = W(sqrt(F(a))); break;
        case JIT_IR_I2F: R(r) = W((double)(int64_t)a); break;
        case JIT_IR_F2I: R(r) = (uint64_t)(int64_t)F(a); break;
        case JIT_IR_FBITS:
        case JIT_IR_IBITS: R(r) = a; break; /* registers hold a double's bits already */
        case JIT_IR_GCLASS:
            if ((uint64_t)(uintptr_t)rt_obj_type((void *)(uintptr_t)a) != b || stress_fail())
                goto leave;
            break;
        case JIT_IR_GVALUE:
            if (a != b || stress_fail())
                goto leave;
            break;
        case JIT_IR_GNONNULL:
            if (!a || stress_fail())
                goto leave;
            break;
        case JIT_IR_GNOEXC:
            if (rt_exc_pending())
                goto leave;
            break;
        case JIT_IR_GNOTFORCED:
            if (forced) {
                forced = false;
                goto leave;
            }
            break;
        case JIT_IR_GNOBREAK:
            if (rt_eval_breaker || stress_fail())
                goto leave;
            break;
        case JIT_IR_GNOTINVAL:
            if (T->invalid || stress_fail())
                goto leave;
            break;
        case JIT_IR_FREF: R(r) = a + jit_field_get(ins->op2)->offset; break;
        case JIT_IR_FLOAD: {
            const jit_field_t *fd = jit_field_get(ins->op2);
            R(r) = load_field(fd, (uintptr_t)a + fd->offset);
            break;
        }
        case JIT_IR_FSTORE:
            jit_irinterp_store_field(jit_field_get(jit_ir_ins(ir, ins->op1)->op2), (uintptr_t)a, b);
            break;
        case JIT_IR_AREF: R(r) = a + 8 * b; break;
        case JIT_IR_ALOAD: R(r) = *(const uint64_t *)(uintptr_t)a; break;
        case JIT_IR_ASTORE: *(uint64_t *)(uintptr_t)a = b; break;
        case JIT_IR_NEW:
            R(r) = (uint64_t)(uintptr_t)rt_alloc((const rt_type_t *)(uintptr_t)a, ins->op2);
            break;
        case JIT_IR_NEWARR:
            R(r) = (uint64_t)(uintptr_t)rt_alloc((const rt_type_t *)(uintptr_t)a, (size_t)b);
            break;
        case JIT_IR_WBAR: gc_write_barrier((void *)(uintptr_t)a); break;
        default: /* the calls */
            R(r) = call(T, r, ins, f, regs);
            break;
        }
    }
leave:
    exit_ref = r;
    running = was_running;
    return exit_ref;
}

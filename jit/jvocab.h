/*
** jvocab.h: the handler vocabulary shared by both builds (JIT.md "Vocabulary"). A VM's
** handlers.inc is compiled twice: after jvocab_interp.h (the plain interpreter) and after
** jvocab_record.h (the recorder); each of those defines the typed values JI JF JB JV JPV JP(T) and
** the primitives j_*, then includes this file, which maps the J_* macros onto them and
** instantiates the operation tables once for the build.
**
** Contract for handler authors (checked by types and, in --enable-debug builds, by the recorder):
**  - a handler is J_HANDLER(name) { ... } and ends in J_DISPATCH(), J_JUMP(pc), J_BACKEDGE(...),
**    J_CALL_FRAME(...), J_RETURN(v) or `return JIT_STEP_ERROR` after J_CHECK_EXC();
**  - traced values are one-field structs: branch on them only through J_IF / J_SWITCH;
**  - all guards precede the first effect (J_PUSH, J_SETLOCAL, a store to an object not allocated
**    by this handler, a WRITES or FORCE helper), or come after J_EFFECT_BOUNDARY();
**  - pop operands into locals before combining them (C leaves argument order unspecified);
**  - loops only as J_UNROLL(i, n) with n a green (C integer);
**  - the VM defines J_VM_AFTER_CALL(frame) (the pc after the call instruction at frame->pc) before
**    including the vocabulary, and calls jit_rec_ins_start(H) before each recorded handler.
*/
#ifndef PYHYP_JIT_JVOCAB_H
#define PYHYP_JIT_JVOCAB_H

#include <stddef.h>
#include <string.h>

#include "jit/jit.h"

J_PTR_TYPE(rt_code_t)

/* ---- Operation tables: X(name, IR op, C expression over a.v and b.v) ---- */

#define J_INT_BINOPS(X)                                                                            \
    X(add, JIT_IR_ADD, (int64_t)((uint64_t)a.v + (uint64_t)b.v))                                   \
    X(sub, JIT_IR_SUB, (int64_t)((uint64_t)a.v - (uint64_t)b.v))                                   \
    X(mul, JIT_IR_MUL, (int64_t)((uint64_t)a.v * (uint64_t)b.v))                                   \
    X(band, JIT_IR_BAND, a.v & b.v)                                                                \
    X(bor, JIT_IR_BOR, a.v | b.v)                                                                  \
    X(bxor, JIT_IR_BXOR, a.v ^ b.v)                                                                \
    X(shl, JIT_IR_BSHL, (int64_t)((uint64_t)a.v << (b.v & 63)))                                    \
    X(shr, JIT_IR_BSHR, (int64_t)((uint64_t)a.v >> (b.v & 63)))                                    \
    X(sar, JIT_IR_BSAR, a.v >> (b.v & 63))

#define J_FLT_BINOPS(X)                                                                            \
    X(fadd, JIT_IR_FADD, a.v + b.v)                                                                \
    X(fsub, JIT_IR_FSUB, a.v - b.v)                                                                \
    X(fmul, JIT_IR_FMUL, a.v * b.v)                                                                \
    X(fdiv, JIT_IR_FDIV, a.v / b.v)

/* compares of JI (signed and unsigned) and JF operands, giving JB */
#define J_INT_CMPS(X)                                                                              \
    X(eq, JIT_IR_EQ, a.v == b.v)                                                                   \
    X(ne, JIT_IR_NE, a.v != b.v)                                                                   \
    X(lt, JIT_IR_LT, a.v < b.v)                                                                    \
    X(le, JIT_IR_LE, a.v <= b.v)                                                                   \
    X(gt, JIT_IR_GT, a.v > b.v)                                                                    \
    X(ge, JIT_IR_GE, a.v >= b.v)                                                                   \
    X(ult, JIT_IR_ULT, (uint64_t)a.v < (uint64_t)b.v)                                              \
    X(uge, JIT_IR_UGE, (uint64_t)a.v >= (uint64_t)b.v)

#define J_FLT_CMPS(X)                                                                              \
    X(feq, JIT_IR_FEQ, a.v == b.v)                                                                 \
    X(fne, JIT_IR_FNE, a.v != b.v)                                                                 \
    X(flt, JIT_IR_FLT, a.v < b.v)                                                                  \
    X(fle, JIT_IR_FLE, a.v <= b.v)

J_INT_BINOPS(J_DEF_INT_BINOP)
J_FLT_BINOPS(J_DEF_FLT_BINOP)
J_INT_CMPS(J_DEF_INT_CMP)
J_FLT_CMPS(J_DEF_FLT_CMP)

/* ---- Field descriptors: one static per access site, interned by "type.field" ---- */

#define J_FIELD_SIGNED(T, f)                                                                       \
    _Generic(((T *)0)->f, signed char: 1, short: 1, int: 1, long: 1, long long: 1, default: 0)
#define J_KFLAGS_JV JIT_F_REF
#define J_KFLAGS_JI 0
#define J_KFLAGS_JB 0
#define J_KFLAGS_JF JIT_F_FLT
#define J_KFLAGS_JPV 0
#define J_KFLAGS_JP(T) JIT_F_REF
#define J_KTYPE_JV JIT_T_VAL
#define J_KTYPE_JI JIT_T_INT
#define J_KTYPE_JB JIT_T_BOOL
#define J_KTYPE_JF JIT_T_FLT
#define J_KTYPE_JPV JIT_T_PTR
#define J_KTYPE_JP(T) JIT_T_PTR
#define J_FIELD_DESC(K, T, f, extra)                                                               \
    {#T "." #f, offsetof(T, f), sizeof(((T *)0)->f),                                               \
     (J_KFLAGS_##K) | (J_FIELD_SIGNED(T, f) ? JIT_F_SIGNED : 0) | (extra), J_KTYPE_##K, 0}

/* The IR type of a traced value. */
#define J_IRTYPE(x) _Generic((x), JI: JIT_T_INT, JF: JIT_T_FLT, JB: JIT_T_BOOL, JV: JIT_T_VAL,    \
                             default: JIT_T_PTR)

/* ---- The macros handlers use ---- */

#define J_HANDLER(name) static J_HANDLER_INLINE jit_step_t h_##name(jit_hctx_t *H)

#define J_INT(c) j_kint(H, (int64_t)(c))
#define J_DOUBLE(d) j_kflt(H, (double)(d))
#define J_VAL(v) j_kval(H, (rt_value_t)(v))
#define J_OPARG(i) (H->arg[i])
#define J_CONST(i) J_VAL(H->f->code->consts->items[i])
#define J_NAME(i) J_VAL(H->f->code->names->items[i])

#define J_LOCAL(i) j_local(H, (i))
#define J_SETLOCAL(i, x) j_setlocal(H, (i), (x))
#define J_PUSH(x) j_push(H, (x))
#define J_POP() j_pop(H)
#define J_PEEK(n) j_peek(H, (n))
/* Drops n values from the stack (no IR: the slots above sp are dead) / replaces the top one /
** the one n below the top. */
#define J_DROP(n) j_drop(H, (n))
#define J_SETTOP(x) j_setpeek(H, 0, (x))
#define J_SETPEEK(n, x) j_setpeek(H, (n), (x))
/* A plain-C slow path fn(H) of the VM, which works on H->sp: its jit_step_t. */
#define J_SLOW(fn) j_slow(H, (fn))

/* A pointer field as a typed pointer (JP(T2)), plain or immutable. */
#define J_LOADP(T2, T, o, f) J_PCAST(T2, J_LOAD(JPV, T, o, f))
#define J_LOADP_IMM(T2, T, o, f) J_PCAST(T2, J_LOAD_IMM(JPV, T, o, f))

#define J_ADD(a, b) j_add(H, (a), (b))
#define J_SUB(a, b) j_sub(H, (a), (b))
#define J_MUL(a, b) j_mul(H, (a), (b))
#define J_BAND(a, b) j_band(H, (a), (b))
#define J_BOR(a, b) j_bor(H, (a), (b))
#define J_BXOR(a, b) j_bxor(H, (a), (b))
#define J_SHL(a, b) j_shl(H, (a), (b))
#define J_SHR(a, b) j_shr(H, (a), (b))
#define J_SAR(a, b) j_sar(H, (a), (b))
#define J_FADD(a, b) j_fadd(H, (a), (b))
#define J_FSUB(a, b) j_fsub(H, (a), (b))
#define J_FMUL(a, b) j_fmul(H, (a), (b))
#define J_FDIV(a, b) j_fdiv(H, (a), (b))
#define J_EQ(a, b) j_eq(H, (a), (b))
#define J_NE(a, b) j_ne(H, (a), (b))
#define J_LT(a, b) j_lt(H, (a), (b))
#define J_LE(a, b) j_le(H, (a), (b))
#define J_GT(a, b) j_gt(H, (a), (b))
#define J_GE(a, b) j_ge(H, (a), (b))
#define J_ULT(a, b) j_ult(H, (a), (b))
#define J_UGE(a, b) j_uge(H, (a), (b))
#define J_FEQ(a, b) j_feq(H, (a), (b))
#define J_FNE(a, b) j_fne(H, (a), (b))
#define J_FLT(a, b) j_flt(H, (a), (b))
#define J_FLE(a, b) j_fle(H, (a), (b))
#define J_ADD_OV(r, a, b) j_arith_ov(H, JIT_IR_ADDOV, (r), (a), (b))
#define J_SUB_OV(r, a, b) j_arith_ov(H, JIT_IR_SUBOV, (r), (a), (b))
#define J_MUL_OV(r, a, b) j_arith_ov(H, JIT_IR_MULOV, (r), (a), (b))
#define J_VEQ(a, b) j_veq(H, (a), (b))

/* Values: tagged small ints (runtime/value.h) and raw reinterpretation. */
#define J_IS_SMALL(v) j_is_small(H, (v))
/* a heap pointer (or 0): neither a small int nor an immediate float */
#define J_IS_PTRWORD(v) j_is_ptrword(H, (v))
#define J_SMALL_VALUE(v) j_untag(H, (v))
#define J_SMALL(i) j_tag(H, (i))

#define J_IF(b) j_if(H, (b))
#define J_CHECK_EXC()                                                                              \
    do {                                                                                           \
        j_check_exc(H);                                                                            \
        if (rt_exc_pending())                                                                      \
            return JIT_STEP_ERROR;                                                                 \
    } while (0)

#define J_CALL(h, ...) jh_##h(H, __VA_ARGS__)

#define J_DISPATCH() return (H->pc = H->next, JIT_STEP_OK)
#define J_JUMP(t) return (H->pc = (t), JIT_STEP_OK)
#define J_CALL_FRAME(code, nargs) return j_call_frame(H, (code), NULL, 0, (nargs), 0)
/* A call whose callee frame starts with npre values the handler computed (a PHP frame's hidden
** slots, a Python frame's function) before the nargs arguments on top of the stack; the ndrop
** values below the arguments (callee and context) leave the caller's stack too; npre <= 4. The
** callee may be of the other language. */
#define J_CALL_FRAME_PRE(code, pre, npre, nargs, ndrop)                                            \
    return j_call_frame(H, (code), (pre), (npre), (nargs), (ndrop))
#define J_RETURN(x) return j_return(H, (x))

/* ---- Frames: the concrete part of J_CALL_FRAME and J_RETURN, the same in both builds ---- */

/* Pushes a frame for `code` whose first locals are the npre values pre, then the top nargs values
** of the caller's stack; the caller's pc stays at the call and its depth excludes the arguments
** and the ndrop values below them. */
J_STATIC jit_step_t jit_vm_call_frame(jit_hctx_t *H, rt_code_t *code, const rt_value_t *pre,
                                      uint32_t npre, uint32_t nargs, uint32_t ndrop)
{
    rt_frame_t *caller = H->f;
    caller->pc = H->pc;
    caller->depth = H->sp - nargs - ndrop - caller->code->nlocals;
    rt_frame_t *f = rt_frame_push_raw(rt_ts, code);
    if (!f) {
        rt_frame_raise_overflow(rt_ts, (rt_lang_t)code->lang);
        return JIT_STEP_ERROR;
    }
    /* word loops, not memcpy/memset: a handful of words each, and no library calls */
    rt_value_t *s = f->slots;
    const rt_value_t *args = caller->slots + H->sp - nargs;
    uint32_t i = 0;
    for (; i < npre; i++)
        s[i] = pre[i];
    for (uint32_t j = 0; j < nargs; j++)
        s[i + j] = args[j];
    for (i += nargs; i < code->nlocals; i++)
        s[i] = 0;
    code->entry_count++;
    H->f = f;
    H->pc = 0;
    H->sp = code->nlocals;
    return JIT_STEP_OK;
}

/* Pops the running frame; an entry frame's result goes to H->ret (DONE), else onto the caller's
** stack, which continues after its call instruction (J_VM_RETURN_PC: the VM's J_VM_AFTER_CALL,
** in the recorder also for a caller of the other language). */
J_STATIC jit_step_t jit_vm_return(jit_hctx_t *H, rt_value_t v)
{
    rt_frame_t *f = H->f;
    bool entry = (f->flags & RT_FRAME_ENTRY) != 0;
    rt_frame_pop(rt_ts, f);
    if (entry) {
        H->ret = v;
        return JIT_STEP_DONE;
    }
    rt_frame_t *caller = rt_ts->frame;
    H->f = caller;
    H->sp = caller->code->nlocals + caller->depth;
    H->pc = J_VM_RETURN_PC(caller, f);
    caller->slots[H->sp++] = v;
    return JIT_STEP_OK;
}

/* Helper wrappers: #define JHELPER J_HELPER_WRAPPER, then include a helpers .def. */
#define J_HW_PARAM(i, T) T a##i
#define J_HW_ARGV(i, T) a##i.v
#define J_HW_REF(i, T) j_ref_of(a##i)

#endif

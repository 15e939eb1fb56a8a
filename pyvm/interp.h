/*
** interp.h: what pyvm's two builds of the vocabulary handlers share (internal to pyvm/): the
** opcodes written in the JIT vocabulary (jhandlers.inc), the helpers they call (helpers.def),
** the plain-C slow paths both builds run after J_NYI, the recorder loop (record.c) and the pc
** after a call instruction that jit/jvocab.h needs to return into a frame.
*/
#ifndef PYHYP_PYVM_INTERP_H
#define PYHYP_PYVM_INTERP_H

#include "jit/jit.h"
#include "pyvm/code.h"
#include "pyvm/pyvm.h"

/* The opcodes of jhandlers.inc: X(name, number of u32 operands). */
#define PYVM_JIT_OPS(X)                                                                            \
    X(NOP, 0) X(POP_TOP, 0) X(COPY, 1) X(SWAP, 1) X(LOAD_CONST, 1) X(LOAD_FAST, 1)                 \
    X(STORE_FAST, 1) X(LOAD_GLOBAL, 2) X(LOAD_ATTR, 2) X(STORE_ATTR, 2) X(LOAD_METHOD, 2)          \
    X(BINARY_OP, 1) X(COMPARE_OP, 1) X(IS_OP, 1) X(BINARY_SUBSCR, 0) X(STORE_SUBSCR, 0)            \
    X(JUMP, 1) X(JUMP_BACK, 2) X(POP_JUMP_IF_FALSE, 1) X(POP_JUMP_IF_TRUE, 1) X(FOR_ITER, 1)       \
    X(CALL, 1) X(CALL_METHOD, 1) X(CALL_KW, 1) X(CALL_METHOD_KW, 1) X(RETURN_VALUE, 0)           \
    X(GET_ITER, 0) X(CONTAINS_OP, 1) X(JUMP_IF_FALSE_OR_POP, 1) X(JUMP_IF_TRUE_OR_POP, 1)         \
    X(BUILD_TUPLE, 1) X(BUILD_LIST, 1) X(BUILD_SLICE, 1) X(UNARY_OP, 1) X(UNARY_NOT, 0)

/* Decodes the instruction at H->pc (of a known operand count) into H->arg and H->next. */
static inline void pyvm_interp_decode(jit_hctx_t *H, const uint8_t *ip, uint32_t noperands)
{
    if (noperands > 0)
        H->arg[0] = pyvm_op_arg(ip, 0);
    if (noperands > 1)
        H->arg[1] = pyvm_op_arg(ip, 1);
    H->next = H->pc + 1 + 4 * noperands;
}

#define J_VM_AFTER_CALL(f) ((f)->pc + pyvm_op_len((f)->code->bytecode[(f)->pc]))

/* The positional arguments pyvm_jh_call passes. */
#define PYVM_JH_CALL_MAX 4

#define JHELPER JIT_HELPER_PROTO
#include "pyvm/helpers.def"
#undef JHELPER

/*
** Slow paths of jhandlers.inc in plain C on H (the frame H->f, H->pc, H->sp): each runs the
** whole instruction and returns JIT_STEP_OK with H at the next one, or JIT_STEP_ERROR with the
** exception pending. They may run Python code and collect. pyvm_interp_slow_call pushes the
** frame of a Python callee (H moves into it) or calls anything else.
*/
jit_step_t pyvm_interp_slow_call(jit_hctx_t *H);
jit_step_t pyvm_interp_slow_for_iter(jit_hctx_t *H);
jit_step_t pyvm_interp_slow_store_attr(jit_hctx_t *H);
jit_step_t pyvm_interp_slow_load_method(jit_hctx_t *H);
jit_step_t pyvm_interp_slow_store_subscr(jit_hctx_t *H);
jit_step_t pyvm_interp_slow_build(jit_hctx_t *H);

/* record.c: records and runs the instruction at H (jit_lang_t.record_step), or ends the
** recording when it is not in PYVM_JIT_OPS (H stays at that instruction, not yet run). */
jit_step_t pyvm_record_step(jit_hctx_t *H);

#endif

/*
** testvm.h: TEST SCAFFOLDING, not a product VM. A tiny stack bytecode VM whose handlers are written
** once in the JIT vocabulary (testvm_handlers.inc) and compiled twice (testvm_interp.c,
** testvm_record.c), on rt_code_t and the runtime frame stack, so the language-independent JIT
** core (jit/) is proven end to end before pyvm/ and phpvm/ exist. Its code objects may be tagged
** Python or PHP to exercise cross-language frames; semantics are its own.
**
** Instructions are 4 bytes: opcode, a (u8), b (u16, little-endian).
*/
#ifndef PYHYP_TEST_TESTVM_H
#define PYHYP_TEST_TESTVM_H

#include "jit/jit.h"

/* X(name, pops, pushes, flags) */
#define TESTVM_OPS(X)                                                                              \
    X(LOADL, 0, 1, 0)   /* push local a */                                                         \
    X(STOREL, 1, 0, 0)  /* local a = pop */                                                        \
    X(LOADK, 0, 1, 0)   /* push constant b */                                                      \
    X(ADD, 2, 1, 0)     /* integers; small ints overflow to bignums */                             \
    X(SUB, 2, 1, 0)                                                                                \
    X(MUL, 2, 1, 0)                                                                                \
    X(LT, 2, 1, 0)      /* push True/False */                                                      \
    X(JUMPF, 1, 0, 0)   /* pop; jump to b if False */                                              \
    X(JUMP, 0, 0, 1)    /* forward jump to b */                                                    \
    X(LOOP, 0, 0, 1)    /* backward jump to b, hot counter a */                                    \
    X(CALL, 0, 1, 0)    /* call constant b (a code object) with a arguments (pops them) */         \
    X(RET, 1, 0, 1)                                                                                \
    X(NEW, 0, 1, 0)     /* push a new object {x, y} */                                             \
    X(GETF, 1, 1, 0)    /* pop o; push o.x (a = 0) or o.y (a = 1) */                               \
    X(SETF, 2, 0, 0)    /* pop v, pop o; o.x or o.y = v */                                         \
    X(CHECK, 1, 1, 0)   /* pop v; ValueError if v < 0, else push v */                              \
    X(PRINT, 1, 0, 0)   /* pop v; append its repr and a newline to the output */

typedef enum testvm_op {
#define TESTVM_ENUM(name, pops, pushes, fl) TESTVM_##name,
    TESTVM_OPS(TESTVM_ENUM)
#undef TESTVM_ENUM
    TESTVM_NOPS
} testvm_op_t;

typedef struct testvm_obj {
    rt_obj_t hdr;
    rt_value_t x, y;
} testvm_obj_t;

extern rt_type_t testvm_type_obj;

/* The helpers of the test VM (testvm_helpers.def). */
#define JHELPER JIT_HELPER_PROTO
#include "tests/unit/jit/testvm_helpers.def"
#undef JHELPER

/* Decodes the instruction at H->pc into H->arg and H->next; returns its opcode. */
static inline unsigned testvm_decode(jit_hctx_t *H)
{
    const uint8_t *p = H->f->code->bytecode + H->pc;
    H->arg[0] = p[1];
    H->arg[1] = (uint32_t)p[2] | (uint32_t)p[3] << 8;
    H->next = H->pc + 4;
    return p[0];
}

#define J_VM_AFTER_CALL(f) ((f)->pc + 4)

/* The recorder loop (testvm_record.c): runs the recorder build until recording ends. */
jit_step_t testvm_record(jit_hctx_t *H);

/* Calls `code` with nargs arguments on a new entry frame; RT_NOVALUE with the exception pending
** on error. Registers the resume hooks on first use. */
rt_value_t testvm_run(rt_code_t *code, const rt_value_t *args, uint32_t nargs);

/* The output PRINT appends to (reset by testvm_output_reset). */
const char *testvm_output(void);
void testvm_output_reset(void);

/* ---- A small assembler over rt_code_builder ---- */

typedef struct testvm_fixup {
    uint32_t pc, label;
} testvm_fixup_t;

typedef struct testvm_asm {
    rt_arena_t arena;
    rt_code_builder_t b;
    uint32_t depth;
    testvm_fixup_t pending[64]; /* jump operands to patch */
    uint32_t npending;
} testvm_asm_t;

void testvm_asm_begin(testvm_asm_t *A, rt_lang_t lang, uint32_t nlocals);
void testvm_asm_op(testvm_asm_t *A, testvm_op_t op, uint32_t a, uint32_t b);
uint32_t testvm_asm_const(testvm_asm_t *A, rt_value_t v);
uint32_t testvm_asm_label(testvm_asm_t *A);
void testvm_asm_bind(testvm_asm_t *A, uint32_t label);
/* JUMP, JUMPF or LOOP to a label (LOOP: the label must be bound already). */
void testvm_asm_jump(testvm_asm_t *A, testvm_op_t op, uint32_t label);
rt_code_t *testvm_asm_end(testvm_asm_t *A, const char *name);

#endif

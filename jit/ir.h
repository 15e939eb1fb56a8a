/*
** ir.h: the trace IR (JIT.md "IR"), internal to jit/. A trace is one array of 64-bit instructions
** in SSA form: instruction refs grow upward from JIT_REF_BIAS, constants grow downward below it
** (a 64-bit constant takes two slots: the instruction and its payload at ref + 1). Each opcode's
** instructions are chained through `prev`, newest first, so CSE and the heap cache walk only the
** instructions of one opcode. ir.def is the table of opcodes.
*/
#ifndef PYHYP_JIT_IR_H
#define PYHYP_JIT_IR_H

#include <stdbool.h>
#include <stdint.h>

#include "jit/jit.h"


/* Operand modes and opcode modes, from the table. */
enum { JIT_IRM_K = 1, JIT_IRM_N = 2, JIT_IRM_C = 6, JIT_IRM_L = 8, JIT_IRM_G = 16, JIT_IRM_S = 32,
       JIT_IRM_A = 64 };
enum { JIT_OPND_none, JIT_OPND_ref, JIT_OPND_lit };

extern const uint8_t jit_ir_mode[JIT_IR__MAX];
extern const uint8_t jit_ir_opnd[JIT_IR__MAX][2];
extern const char *const jit_ir_name[JIT_IR__MAX];

/* The type byte: a JIT_T_* value type (jit.h) in the low 5 bits, then flags. */
enum {
    JIT_T_MASK = 0x1f,
    JIT_T_MARK = 0x20,  /* scratch mark of a pass */
    JIT_T_SUNK = 0x40,  /* allocation sinking: not executed; rebuilt at exits from the snapshot */
    JIT_T_GUARD = 0x80, /* the instruction is a guard */
};

typedef uint16_t jit_ref_t;

#define JIT_REF_BIAS  0x8000u
#define JIT_REF_FIRST (JIT_REF_BIAS + 1) /* the first instruction */
#define JIT_REF_NONE  0u
#define JIT_IR_KMAX   8192u  /* constant slots */
#define JIT_IR_IMAX   16384u /* instruction slots (recording plus the loop copy) */

static inline bool jit_ref_isk(jit_ref_t r) { return r < JIT_REF_BIAS; }

typedef union jit_ins {
    struct {
        uint16_t op1, op2;
        uint8_t t, o;
        uint16_t prev;
    };
    uint64_t u64; /* the payload slot of a 64-bit constant */
    int64_t i64;
    double n;
} jit_ins_t;

_Static_assert(sizeof(jit_ins_t) == 8, "64-bit instructions");
_Static_assert(JIT_IR_EQ % 2 == 0 && JIT_IR_ULT % 2 == 0 && JIT_IR_FEQ % 2 == 0,
               "compare pairs: op ^ 1 is the negation");

static inline bool jit_op_iscmp(unsigned op) { return op >= JIT_IR_EQ && op <= JIT_IR_FLE; }
static inline bool jit_op_iscall(unsigned op) { return op >= JIT_IR_CALLN && op <= JIT_IR_CALLF; }

/*
** An IR buffer: the recorder's, then (compacted) a trace's. mem covers the constant slots
** [kbase, JIT_REF_BIAS) and the instructions [JIT_REF_BIAS, JIT_REF_BIAS + icap).
*/
typedef struct jit_ir {
    jit_ins_t *mem;
    uint32_t kbase;              /* the lowest ref mem can hold */
    uint32_t icap;
    jit_ref_t nk;                /* the lowest constant in use */
    jit_ref_t nins;              /* the next instruction's ref */
    jit_ref_t loop;              /* the LOOP instruction, or NONE */
    jit_ref_t last_effect;       /* the last instruction that may write memory (calls) */
    jit_ref_t last_gcpoint;      /* the last instruction that may collect (calls, NEW) */
    jit_ref_t chain[JIT_IR__MAX];
} jit_ir_t;

static inline jit_ins_t *jit_ir_ins(const jit_ir_t *ir, jit_ref_t r) { return &ir->mem[r - ir->kbase]; }

/* The payload of a 64-bit constant. */
static inline int64_t jit_ir_kval(const jit_ir_t *ir, jit_ref_t r) { return jit_ir_ins(ir, r + 1)->i64; }

/* Starts an empty buffer of full capacity (malloc; aborts when memory runs out). */
void jit_ir_init(jit_ir_t *ir);
void jit_ir_free(jit_ir_t *ir);

/* Copies the used part of src into dst, exactly sized (a finished trace's IR). */
void jit_ir_compact(jit_ir_t *dst, const jit_ir_t *src);

/* Interned constants: the same (op, type, payload) always gives the same ref. NONE when the
** constant space is full (the recorder aborts). */
jit_ref_t jit_ir_k64(jit_ir_t *ir, jit_op_t op, uint8_t t, uint64_t payload);
static inline jit_ref_t jit_ir_kint(jit_ir_t *ir, int64_t v) { return jit_ir_k64(ir, JIT_IR_KINT, JIT_T_INT, (uint64_t)v); }
static inline jit_ref_t jit_ir_kv(jit_ir_t *ir, rt_value_t v)
{
    return jit_ir_k64(ir, rt_is_ptr(v) ? JIT_IR_KGC : JIT_IR_KINT, JIT_T_VAL, v);
}
static inline jit_ref_t jit_ir_kptr(jit_ir_t *ir, const void *p)
{
    return jit_ir_k64(ir, JIT_IR_KPTR, JIT_T_PTR, (uint64_t)(uintptr_t)p);
}
jit_ref_t jit_ir_knum(jit_ir_t *ir, double d);

/* Appends an instruction with no folding and links it into its opcode's chain. NONE when the
** buffer is full. */
jit_ref_t jit_ir_emit_raw(jit_ir_t *ir, unsigned op, unsigned t, jit_ref_t op1, jit_ref_t op2);

/* Prints the trace to the open PYHYPLOG section (category c must be enabled) in PyPy's
** jit-log-opt style: one operation per line, guards with their snapshot number. */
struct jit_trace;
void jit_ir_log(const jit_ir_t *ir, const struct jit_trace *T, const char *title);

#endif

/*
** ops.h: the opcode enum, operand formats and the disassembler generated from ops.def
** (internal to phpvm/). An instruction is its opcode byte followed by one 32-bit little-endian
** word per operand letter.
*/
#ifndef PHPVM_OPS_H
#define PHPVM_OPS_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "phpvm/vm.h"

/* F_FORMS: a PHPVM_VOP op, followed in the enum by its kind forms (ops.def). */
enum { F_JUMP = 1, F_NOFALL = 2, F_CALL = 4, F_THROW = 8, F_FORMS = 16 };

/* A name operand (n) of a property instruction that is this value takes the name from the top of
** the value stack instead, above the instruction's other operands ($o->$name, $o->{expr}). */
#define PHPVM_DYN_NAME UINT32_MAX

/* A value operand (v) is a CV slot, a small int or a constant (PHPVM_V_IMM: a 30-bit signed int,
** with PHPVM_V_CONST the index of a constant), or PHPVM_V_STACK: a value the instruction pops
** (with two, the first operand is the lower one). A CV operand is read when the instruction runs,
** as LOAD reads it; so are PHP's own CV operands. */
#define PHPVM_V_STACK 0x7fffffffu /* above every CV slot, below the immediates */
#define PHPVM_V_IMM 0x80000000u
#define PHPVM_V_CONST 0x40000000u
static inline int64_t phpvm_v_int(uint32_t o)
{
    return (int32_t)(o << 2) >> 2;
}

/* ASSIGN_OP's and ASSIGN_DIM_OP's operator operand with this bit: push nothing (comp_emit fused
** its POP). */
#define PHPVM_ASSIGN_OP_NOPUSH 0x100u

/* YIELD's flags operand with this bit: the resumed frame gets no sent value (comp_emit fused the
** POP of a yield statement). */
#define PHPVM_YIELD_NOPUSH 4u

/* JMP_ARG_BYVAL's parameter operand with the bit PHPVM_ARG_NAMED: the rest is the index of the
** parameter's name in the code's names (a named argument); with PHPVM_ARG_FROM: whether any
** parameter from that position on is by reference (a spread argument). */
#define PHPVM_ARG_NAMED 0x80000000u
/* DECL_CLASS's constant operand with this bit: a hoisted class, declared as the script starts
** only if PHP would have bound it early (phpvm_class_declare_early); its statement's DECL_CLASS
** declares it otherwise. */
#define PHPVM_DECL_EARLY 0x80000000u
#define PHPVM_ARG_FROM 0x40000000u

typedef enum phpvm_op {
#define PHPVM_OP(name, fmt, pops, pushes, flags, doc) PHPVM_I_##name,
#include "phpvm/ops.def"
#undef PHPVM_OP
    PHPVM_NOPS
} phpvm_op_t;
_Static_assert(PHPVM_NOPS <= 256, "an opcode is one byte");

typedef struct phpvm_opinfo {
    const char *name;
    const char *fmt;
    int8_t pops, pushes;
    uint8_t flags;
    uint8_t len;  /* bytes, opcode included */
    uint8_t base; /* a kind form's op (ops.def), else the op itself */
} phpvm_opinfo_t;

extern const phpvm_opinfo_t phpvm_opinfo[PHPVM_NOPS];

static inline uint32_t phpvm_operand(const uint8_t *insn, int i)
{
    uint32_t v;
    memcpy(&v, insn + 1 + 4 * i, 4);
    return v;
}

/* The kind forms of a PHPVM_VOP op (ops.def), in their enum order after it. */
enum { PHPVM_FORM_CC, PHPVM_FORM_CI, PHPVM_FORM_SC, PHPVM_FORM_SI };

/* The opcode of op (a PHPVM_VOP one) for value operands a and b: its kind form, or op itself
** when a is no CV or stack operand or b no CV or small-int immediate. */
static inline phpvm_op_t phpvm_op_form(phpvm_op_t op, uint32_t a, uint32_t b)
{
    if (a > PHPVM_V_STACK)
        return op;
    bool imm = (b & (PHPVM_V_IMM | PHPVM_V_CONST)) == PHPVM_V_IMM;
    if (b >= PHPVM_V_STACK && !imm)
        return op;
    return (phpvm_op_t)(op + 1 + (a == PHPVM_V_STACK ? PHPVM_FORM_SC : PHPVM_FORM_CC) + imm);
}

/* Prints the bytecode of code, one instruction a line ("pc line NAME operands"). */
void phpvm_disassemble(FILE *out, const phpvm_code_t *code);

#endif

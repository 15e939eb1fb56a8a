/*
** ops.c: the opcode tables generated from ops.def and the disassembler (PYHYP_PHP_DIS=1 prints
** each compiled code object).
*/
#include <inttypes.h>

#include "phpvm/ops.h"

#define OPINFO(name, base, fmt, pops, pushes, flags)                                               \
    {name, fmt, pops, pushes, flags, 1 + 4 * (sizeof(fmt) - 1), base},
#define PHPVM_OP(name, fmt, pops, pushes, flags, doc)                                              \
    OPINFO(#name, PHPVM_I_##name, fmt, pops, pushes, flags)
#define PHPVM_FORM(name, base, fmt, pops, pushes, flags, doc)                                      \
    OPINFO(#name, PHPVM_I_##base, fmt, pops, pushes, flags)
const phpvm_opinfo_t phpvm_opinfo[PHPVM_NOPS] = {
#include "phpvm/ops.def"
};
#undef PHPVM_FORM
#undef PHPVM_OP
#undef OPINFO

static void print_operand(FILE *out, const phpvm_code_t *code, char letter, uint32_t v)
{
    const rt_code_t *c = &code->base;
    switch (letter) {
    case 'v':
        if (v == PHPVM_V_STACK)
            fprintf(out, " <stack>");
        else if ((v & (PHPVM_V_IMM | PHPVM_V_CONST)) == PHPVM_V_IMM)
            fprintf(out, " #%" PRId64, phpvm_v_int(v));
        else if (v & PHPVM_V_IMM)
            print_operand(out, code, 'k', v & ~(PHPVM_V_IMM | PHPVM_V_CONST));
        else
            print_operand(out, code, 'c', v);
        break;
    case 'c':
        if (v >= PHPVM_NHIDDEN && v - PHPVM_NHIDDEN < code->ncv) {
            rt_str_t *n = (rt_str_t *)rt_ptr(rt_tuple_get(code->cvnames, v - PHPVM_NHIDDEN));
            fprintf(out, " $%s", n->data);
        } else {
            fprintf(out, " T%u", v);
        }
        break;
    case 'n':
        if (v == PHPVM_DYN_NAME)
            fprintf(out, " <dynamic>");
        else
            fprintf(out, " '%s'", ((rt_str_t *)rt_ptr(rt_tuple_get(c->names, v)))->data);
        break;
    case 'k': {
        rt_value_t k = rt_tuple_get(c->consts, v);
        if (phpvm_is_str(k))
            fprintf(out, " k%u=\"%.30s\"", v, phpvm_str(k)->data);
        else
            fprintf(out, " k%u", v);
        break;
    }
    case 'i':
        fprintf(out, " %d", (int32_t)v);
        break;
    default:
        fprintf(out, " %u", v);
    }
}

void phpvm_disassemble(FILE *out, const phpvm_code_t *code)
{
    const rt_code_t *c = &code->base;
    fprintf(out, "== %s (%s) nlocals=%u nslots=%u\n", c->name->data, c->filename->data,
            c->nlocals, c->nslots);
    for (uint32_t pc = 0; pc < c->len;) {
        const uint8_t *insn = c->bytecode + pc;
        const phpvm_opinfo_t *oi = &phpvm_opinfo[insn[0]];
        fprintf(out, "%5u %4d %-16s", pc, rt_code_line(c, pc), oi->name);
        for (int i = 0; oi->fmt[i]; i++)
            print_operand(out, code, oi->fmt[i], phpvm_operand(insn, i));
        fputc('\n', out);
        pc += oi->len;
    }
    for (uint32_t i = 0; i < code->nhandlers; i++) {
        const phpvm_handler_t *h = &phpvm_code_handlers(code)[i];
        fprintf(out, "  try [%u, %u) -> %u depth %u\n", h->start, h->end, h->target, h->depth);
    }
}

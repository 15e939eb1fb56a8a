/*
** dis.c: the disassembler generated from ops.def's operand formats (code.h): one line per
** instruction with its pc, source line, stack depth, name and operands (constants and names
** resolved), then the exception table; nested code objects follow. PYHYP_DIS=1 prints it.
*/
#include <stdio.h>

#include "pyvm/code.h"

static void operand(pyvm_code_t *code, uint8_t op, uint32_t a, FILE *out)
{
    rt_value_t v = RT_NOVALUE;
    switch (op) {
    case PYVM_OP_LOAD_CONST:
        v = rt_tuple_get(code->base.consts, a);
        break;
    case PYVM_OP_LOAD_GLOBAL: case PYVM_OP_STORE_GLOBAL: case PYVM_OP_DELETE_GLOBAL:
    case PYVM_OP_LOAD_NAME: case PYVM_OP_STORE_NAME: case PYVM_OP_DELETE_NAME:
    case PYVM_OP_LOAD_ATTR: case PYVM_OP_STORE_ATTR: case PYVM_OP_DELETE_ATTR:
    case PYVM_OP_LOAD_METHOD: case PYVM_OP_IMPORT_NAME: case PYVM_OP_IMPORT_FROM:
        v = rt_tuple_get(code->base.names, a);
        break;
    default:
        if (pyvm_opinfo[op].flags & PYVM_OPF_LOCAL)
            v = rt_tuple_get(code->varnames, a);
        break;
    }
    if (!v)
        return;
    rt_value_t r = pyvm_repr(v);
    if (r)
        fprintf(out, " (%.60s)", pyvm_str_of(r)->data);
    else
        rt_exc_clear();
}

void pyvm_dis(pyvm_code_t *code, FILE *out)
{
    const rt_code_t *c = &code->base;
    fprintf(out, "Disassembly of %s (%u locals, %u stack):\n", c->qualname->data, c->nlocals,
            c->nstack);
    for (uint32_t pc = 0; pc < c->len;) {
        uint8_t op = c->bytecode[pc];
        fprintf(out, "%6u %4d %3u  %-22s", pc, rt_code_line(c, pc), rt_code_depth_at(c, pc),
                pyvm_opinfo[op].name);
        for (int k = 0; k < pyvm_opinfo[op].noperands; k++)
            fprintf(out, " %u", pyvm_op_arg(c->bytecode + pc, k));
        if (pyvm_opinfo[op].noperands)
            operand(code, op, pyvm_op_arg(c->bytecode + pc, 0), out);
        fputc('\n', out);
        pc += pyvm_op_len(op);
    }
    const pyvm_exc_entry_t *t = pyvm_code_exctab(code);
    for (uint32_t i = 0; i < code->nexc; i++)
        fprintf(out, "  exception [%u, %u) -> %u depth %u\n", t[i].start, t[i].end, t[i].target,
                t[i].depth);
    for (int64_t i = 0; i < rt_tuple_len(c->consts); i++) {
        rt_value_t k = rt_tuple_get(c->consts, i);
        if (rt_is_ptr(k) && rt_obj_type(rt_ptr(k)) == &pyvm_type_code)
            pyvm_dis(rt_ptr(k), out);
    }
}

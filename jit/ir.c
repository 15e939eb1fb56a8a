/*
** ir.c: the IR buffer (JIT.md "IR"): the opcode tables generated from ir.def, interned constants,
** raw emission with the per-opcode CSE chains, and the jit-log printer in PyPy's jit-log-opt style
** (one operation per line, `iN`/`fN`/`pN` names by type, guards with their snapshot).
*/
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jit/trace.h"

#define MODE_K JIT_IRM_K
#define MODE_N JIT_IRM_N
#define MODE_C JIT_IRM_C
#define MODE_L JIT_IRM_L
#define MODE_G JIT_IRM_G
#define MODE_S JIT_IRM_S
#define MODE_A JIT_IRM_A

const uint8_t jit_ir_mode[JIT_IR__MAX] = {
#define MODE_ENTRY(name, mode, l, r) MODE_##mode,
    JIT_IRDEF(MODE_ENTRY)
#undef MODE_ENTRY
};

const uint8_t jit_ir_opnd[JIT_IR__MAX][2] = {
#define OPND_ENTRY(name, mode, l, r) {JIT_OPND_##l, JIT_OPND_##r},
    JIT_IRDEF(OPND_ENTRY)
#undef OPND_ENTRY
};

const char *const jit_ir_name[JIT_IR__MAX] = {
#define NAME_ENTRY(name, mode, l, r) #name,
    JIT_IRDEF(NAME_ENTRY)
#undef NAME_ENTRY
};

void jit_ir_init(jit_ir_t *ir)
{
    memset(ir, 0, sizeof *ir);
    ir->kbase = JIT_REF_BIAS - JIT_IR_KMAX;
    ir->icap = JIT_IR_IMAX;
    ir->mem = calloc(JIT_IR_KMAX + JIT_IR_IMAX, sizeof(jit_ins_t));
    if (!ir->mem)
        abort();
    ir->nk = JIT_REF_BIAS;
    ir->nins = JIT_REF_FIRST;
}

void jit_ir_free(jit_ir_t *ir)
{
    free(ir->mem);
    ir->mem = NULL;
}

void jit_ir_compact(jit_ir_t *dst, const jit_ir_t *src)
{
    *dst = *src;
    dst->kbase = src->nk;
    dst->icap = src->nins - JIT_REF_BIAS;
    size_t n = (size_t)src->nins - src->nk;
    dst->mem = malloc(n * sizeof(jit_ins_t));
    if (!dst->mem)
        abort();
    memcpy(dst->mem, jit_ir_ins(src, src->nk), n * sizeof(jit_ins_t));
}

jit_ref_t jit_ir_k64(jit_ir_t *ir, jit_op_t op, uint8_t t, uint64_t payload)
{
    for (jit_ref_t r = ir->chain[op]; r; r = jit_ir_ins(ir, r)->prev)
        if (jit_ir_ins(ir, r)->t == t && jit_ir_ins(ir, r + 1)->u64 == payload)
            return r;
    if (ir->nk < ir->kbase + 2)
        return JIT_REF_NONE;
    ir->nk -= 2;
    jit_ref_t r = ir->nk;
    jit_ins_t *ins = jit_ir_ins(ir, r);
    ins->op1 = ins->op2 = 0;
    ins->t = t;
    ins->o = (uint8_t)op;
    ins->prev = ir->chain[op];
    ir->chain[op] = r;
    jit_ir_ins(ir, r + 1)->u64 = payload;
    return r;
}

jit_ref_t jit_ir_knum(jit_ir_t *ir, double d)
{
    union { double d; uint64_t u; } x = {.d = d};
    return jit_ir_k64(ir, JIT_IR_KNUM, JIT_T_FLT, x.u);
}

jit_ref_t jit_ir_emit_raw(jit_ir_t *ir, unsigned op, unsigned t, jit_ref_t op1, jit_ref_t op2)
{
    if ((uint32_t)ir->nins - JIT_REF_BIAS >= ir->icap)
        return JIT_REF_NONE;
    jit_ref_t r = ir->nins++;
    jit_ins_t *ins = jit_ir_ins(ir, r);
    ins->op1 = op1;
    ins->op2 = op2;
    ins->t = (uint8_t)t;
    ins->o = (uint8_t)op;
    ins->prev = ir->chain[op];
    ir->chain[op] = r;
    if (op == JIT_IR_CALLS || op == JIT_IR_CALLF)
        ir->last_effect = r;
    if (op == JIT_IR_CALLS || op == JIT_IR_CALLA || op == JIT_IR_CALLF || op == JIT_IR_NEW ||
        op == JIT_IR_NEWARR)
        ir->last_gcpoint = r;
    return r;
}

/* ---- The printer ---- */

static char tchar(unsigned t)
{
    static const char c[] = "?ifppb";
    return (t & JIT_T_MASK) <= JIT_T_BOOL ? c[t & JIT_T_MASK] : '?';
}

/* Appends the name of operand r (a constant is printed as its value, as PyPy does). */
static void fmt_ref(char *buf, size_t cap, const jit_ir_t *ir, jit_ref_t r)
{
    size_t n = strlen(buf);
    if (r == JIT_REF_NONE) {
        snprintf(buf + n, cap - n, "-");
        return;
    }
    const jit_ins_t *ins = jit_ir_ins(ir, r);
    if (!jit_ref_isk(r)) {
        snprintf(buf + n, cap - n, "%c%u", tchar(ins->t), (unsigned)(r - JIT_REF_BIAS));
        return;
    }
    int64_t v = jit_ir_kval(ir, r);
    switch (ins->o) {
    case JIT_IR_KNUM: {
        union { int64_t i; double d; } x = {.i = v};
        snprintf(buf + n, cap - n, "%.17g", x.d);
        break;
    }
    case JIT_IR_KINT:
        if ((ins->t & JIT_T_MASK) == JIT_T_VAL)
            snprintf(buf + n, cap - n, "Small(%" PRId64 ")", rt_small_value((rt_value_t)v));
        else
            snprintf(buf + n, cap - n, "%" PRId64, v);
        break;
    case JIT_IR_KGC:
        snprintf(buf + n, cap - n, "ConstPtr(<%s %#" PRIx64 ">)",
                 rt_obj_type(rt_ptr((rt_value_t)v))->gc.name, (uint64_t)v);
        break;
    default:
        snprintf(buf + n, cap - n, "ConstClass(%#" PRIx64 ")", (uint64_t)v);
        break;
    }
}

static void fmt_lit(char *buf, size_t cap, const jit_ins_t *ins, unsigned which)
{
    size_t n = strlen(buf);
    unsigned v = which ? ins->op2 : ins->op1;
    if (ins->o == JIT_IR_FLOAD || ins->o == JIT_IR_FREF)
        snprintf(buf + n, cap - n, "descr=<Field %s>", jit_field_get((uint16_t)v)->name);
    else if (jit_op_iscall(ins->o))
        snprintf(buf + n, cap - n, "descr=<Call %s>", jit_helper_get((uint16_t)v)->name);
    else
        snprintf(buf + n, cap - n, "%u", v);
}

static void print_ins(const jit_ir_t *ir, const jit_trace_t *T, jit_ref_t r)
{
    const jit_ins_t *ins = jit_ir_ins(ir, r);
    char line[512] = "";
    if ((ins->t & JIT_T_MASK) != JIT_T_NIL)
        snprintf(line, sizeof line, "%c%u = ", tchar(ins->t), (unsigned)(r - JIT_REF_BIAS));
    const char *name = jit_ir_name[ins->o];
    size_t n = strlen(line);
    snprintf(line + n, sizeof line - n, "%s%s(", (ins->t & JIT_T_GUARD) && jit_op_iscmp(ins->o)
                                                     ? "guard_" : "", name);
    for (unsigned k = 0; k < 2; k++) {
        unsigned mode = jit_ir_opnd[ins->o][k];
        if (mode == JIT_OPND_none)
            continue;
        if (k == 1 && jit_ir_opnd[ins->o][0] != JIT_OPND_none)
            strncat(line, ", ", sizeof line - strlen(line) - 1);
        if (mode == JIT_OPND_ref)
            fmt_ref(line, sizeof line, ir, k ? ins->op2 : ins->op1);
        else
            fmt_lit(line, sizeof line, ins, k);
    }
    strncat(line, ")", sizeof line - strlen(line) - 1);
    if ((ins->t & JIT_T_GUARD) && T) {
        n = strlen(line);
        snprintf(line + n, sizeof line - n, " [snap %u]", jit_snap_find(&T->sb, r));
    }
    if (ins->t & JIT_T_SUNK)
        strncat(line, " {sunk}", sizeof line - strlen(line) - 1);
    rt_log_printf("%s\n", line);
}

void jit_ir_log(const jit_ir_t *ir, const jit_trace_t *T, const char *title)
{
    rt_log_printf("# %s\n", title);
    if (T) {
        rt_code_loc_t loc = rt_code_location(T->code, T->pc);
        rt_log_printf("# Loop %u : loop with %u ops, header %.*s:%d pc %u\n", T->number,
                      (unsigned)(ir->nins - JIT_REF_FIRST), (int)loc.name->len, loc.name->data,
                      loc.line, T->pc);
    }
    for (jit_ref_t r = JIT_REF_FIRST; r < ir->nins; r++) {
        const jit_ins_t *ins = jit_ir_ins(ir, r);
        if (ins->o == JIT_IR_NOP)
            continue;
        if (ins->o == JIT_IR_LOOP) {
            rt_log_printf("label(loop)\n");
            continue;
        }
        print_ins(ir, T, r);
    }
}

/*
** testvm.c: TEST SCAFFOLDING: the test VM's object type, helpers (testvm_helpers.def), output
** buffer and assembler over rt_code_builder.
*/
#include <stdlib.h>
#include <string.h>

#include "tests/unit/jit/testvm.h"

static void obj_trace(gc_tracer_t *tracer, void *p)
{
    testvm_obj_t *o = p;
    gc_visit(tracer, o->x);
    gc_visit(tracer, o->y);
}

rt_type_t testvm_type_obj = RT_TYPE_INIT("testvm_obj", obj_trace, NULL, 0);

/* ---- Output ---- */

static char *out;
static size_t outlen, outcap;

static void out_append(const char *s, size_t n)
{
    if (outlen + n + 1 > outcap) {
        outcap = 2 * (outlen + n + 1) + 256;
        out = realloc(out, outcap);
        if (!out)
            abort();
    }
    memcpy(out + outlen, s, n);
    outlen += n;
    out[outlen] = 0;
}

const char *testvm_output(void) { return out ? out : ""; }
void testvm_output_reset(void) { outlen = 0; if (out) out[0] = 0; }

/* ---- Helpers ---- */

rt_value_t testvm_h_lt(rt_value_t a, rt_value_t b) { return rt_bool(rt_int_cmp(a, b) < 0); }

rt_value_t testvm_h_check(rt_value_t v)
{
    if (rt_int_sign(v) < 0)
        return rt_raise(RT_EXC_VALUE, "negative value");
    return v;
}

int64_t testvm_h_print(rt_value_t v)
{
    if (rt_is_int(v)) {
        char *buf = malloc(rt_numfmt_int_bound(v, 10));
        if (!buf)
            abort();
        size_t n = rt_numfmt_int(v, 10, 0, buf);
        out_append(buf, n);
        free(buf);
    } else {
        const char *s = v == rt_true ? "True" : v == rt_false ? "False" : "<obj>";
        out_append(s, strlen(s));
    }
    out_append("\n", 1);
    return 0;
}

int64_t testvm_h_type_error(rt_value_t v)
{
    rt_raise(RT_EXC_TYPE, "not an object");
    return 0;
}

#define JHELPER JIT_HELPER_DEFINE
#include "tests/unit/jit/testvm_helpers.def"
#undef JHELPER

/* ---- Assembler ---- */

static const struct { int8_t pops, pushes, nofall; } effect[] = {
#define TESTVM_EFFECT(name, pops, pushes, fl) {pops, pushes, fl},
    TESTVM_OPS(TESTVM_EFFECT)
#undef TESTVM_EFFECT
};

void testvm_asm_begin(testvm_asm_t *A, rt_lang_t lang, uint32_t nlocals)
{
    rt_arena_init(&A->arena);
    rt_code_builder_init(&A->b, &A->arena, lang, nlocals);
    A->depth = 0;
    A->npending = 0;
}

static void emit(testvm_asm_t *A, testvm_op_t op, uint32_t a, uint32_t b)
{
    rt_code_builder_insn(&A->b, 1, A->depth, effect[op].nofall ? RT_INSN_NOFALL : 0);
    uint8_t bytes[4] = {(uint8_t)op, (uint8_t)a, (uint8_t)b, (uint8_t)(b >> 8)};
    if (op == TESTVM_LOADL)
        rt_code_builder_use(&A->b, a);
    if (op == TESTVM_STOREL)
        rt_code_builder_def(&A->b, a);
    rt_code_builder_emit(&A->b, bytes, 4);
    int pops = op == TESTVM_CALL ? (int)a : effect[op].pops;
    A->depth = A->depth - (uint32_t)pops + (uint32_t)effect[op].pushes;
}

void testvm_asm_op(testvm_asm_t *A, testvm_op_t op, uint32_t a, uint32_t b) { emit(A, op, a, b); }

uint32_t testvm_asm_const(testvm_asm_t *A, rt_value_t v) { return rt_code_builder_const(&A->b, v); }

uint32_t testvm_asm_label(testvm_asm_t *A) { return rt_code_builder_label(&A->b); }

void testvm_asm_bind(testvm_asm_t *A, uint32_t label)
{
    rt_code_builder_bind(&A->b, label);
    A->depth = 0; /* the test programs branch only at statement boundaries */
}

void testvm_asm_jump(testvm_asm_t *A, testvm_op_t op, uint32_t label)
{
    uint32_t pc = rt_code_builder_pc(&A->b);
    rt_code_builder_insn(&A->b, 1, A->depth, effect[op].nofall ? RT_INSN_NOFALL : 0);
    uint32_t counter = rt_code_builder_jump(&A->b, label);
    uint8_t bytes[4] = {(uint8_t)op, (uint8_t)(counter == RT_CODE_NO_COUNTER ? 0 : counter), 0, 0};
    rt_code_builder_emit(&A->b, bytes, 4);
    A->depth -= (uint32_t)effect[op].pops;
    /* the target is patched at the end, when every label is bound */
    A->pending[A->npending++] = (testvm_fixup_t){pc + 2, label};
}

rt_code_t *testvm_asm_end(testvm_asm_t *A, const char *name)
{
    for (uint32_t i = 0; i < A->npending; i++) {
        uint32_t t = rt_code_builder_label_pc(&A->b, A->pending[i].label);
        uint8_t le[2] = {(uint8_t)t, (uint8_t)(t >> 8)};
        rt_code_builder_patch(&A->b, A->pending[i].pc, le, 2);
    }
    rt_code_builder_reserve_stack(&A->b, 8);
    rt_code_desc_t desc = {.name = rt_str_from_cstr(name), .filename = rt_str_from_cstr("testvm")};
    rt_code_t *c = rt_code_builder_finish(&A->b, &desc);
    rt_arena_free(&A->arena);
    return c;
}

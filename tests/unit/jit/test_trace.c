/*
** test_trace.c: the JIT end to end on the test VM (testvm*.c): hot loops recorded, optimized and
** run by the IR interpreter with the interpreter's results; overflow deoptimizing to the bignum
** path; an inlined call whose guard fails in the callee, restoring both frames; a non-escaping
** allocation removed and materialized on a side exit; a loop-invariant load hoisted; a helper's
** exception leaving a trace with the right frames; traces in PYHYPLOG=jit-log-opt; identical
** output with the JIT off, at threshold 1, at the default threshold and with guards failing at
** random. Expected values were computed with CPython 3.11 (python3 -c ..., quoted at each test).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "jit/trace.h"
#include "tests/unit/jit/testvm.h"
#include "tests/unit/unit.h"

static int trace_setup(void)
{
    rt_init(NULL);
    return 0;
}

static void start_jit(bool enabled, uint32_t threshold, bool stress)
{
    jit_params_t p;
    jit_params_default(&p);
    p.enabled = enabled;
    p.threshold = threshold;
    p.deopt_stress = stress;
    jit_init(&p);
}

/* ---- Programs ---- */

#define K(A, v) testvm_asm_const((A), (v))
#define OP(A, op, a, b) testvm_asm_op((A), TESTVM_##op, (a), (b))

/* while i < n: <body>; i = i + 1 -- locals: 0 = n, 1 = i; body emits with the asm. */
typedef void (*body_fn)(testvm_asm_t *A, void *ctx);

static rt_code_t *loop_program(const char *name, uint32_t nlocals, body_fn body, void *ctx,
                               uint32_t result_local)
{
    testvm_asm_t A;
    testvm_asm_begin(&A, RT_LANG_PY, nlocals);
    uint32_t zero = K(&A, rt_small(0)), one = K(&A, rt_small(1));
    OP(&A, LOADK, 0, zero);
    OP(&A, STOREL, 1, 0);
    OP(&A, LOADK, 0, zero);
    OP(&A, STOREL, 2, 0);
    uint32_t head = testvm_asm_label(&A), done = testvm_asm_label(&A);
    testvm_asm_bind(&A, head);
    OP(&A, LOADL, 1, 0);
    OP(&A, LOADL, 0, 0);
    OP(&A, LT, 0, 0);
    testvm_asm_jump(&A, TESTVM_JUMPF, done);
    body(&A, ctx);
    OP(&A, LOADL, 1, 0);
    OP(&A, LOADK, 0, one);
    OP(&A, ADD, 0, 0);
    OP(&A, STOREL, 1, 0);
    testvm_asm_jump(&A, TESTVM_LOOP, head);
    testvm_asm_bind(&A, done);
    OP(&A, LOADL, result_local, 0);
    OP(&A, RET, 0, 0);
    return testvm_asm_end(&A, name);
}

/* s = s + i * 3 */
static void body_sum(testvm_asm_t *A, void *ctx)
{
    OP(A, LOADL, 2, 0);
    OP(A, LOADL, 1, 0);
    OP(A, LOADK, 0, K(A, rt_small(3)));
    OP(A, MUL, 0, 0);
    OP(A, ADD, 0, 0);
    OP(A, STOREL, 2, 0);
}

/* s = s * 3 + 1: leaves the small range after 39 iterations */
static void body_grow(testvm_asm_t *A, void *ctx)
{
    OP(A, LOADL, 2, 0);
    OP(A, LOADK, 0, K(A, rt_small(3)));
    OP(A, MUL, 0, 0);
    OP(A, LOADK, 0, K(A, rt_small(1)));
    OP(A, ADD, 0, 0);
    OP(A, STOREL, 2, 0);
}

/* s = s + f(i) */
static void body_call(testvm_asm_t *A, void *ctx)
{
    rt_code_t *f = ctx;
    OP(A, LOADL, 2, 0);
    OP(A, LOADL, 1, 0);
    OP(A, CALL, 1, K(A, rt_from_ptr(f)));
    OP(A, ADD, 0, 0);
    OP(A, STOREL, 2, 0);
}

/* f(x): if x < 500: return x * 2 else: return x + 1000 */
static rt_code_t *callee_f(rt_lang_t lang)
{
    testvm_asm_t A;
    testvm_asm_begin(&A, lang, 1);
    uint32_t big = testvm_asm_label(&A);
    OP(&A, LOADL, 0, 0);
    OP(&A, LOADK, 0, K(&A, rt_small(500)));
    OP(&A, LT, 0, 0);
    testvm_asm_jump(&A, TESTVM_JUMPF, big);
    OP(&A, LOADL, 0, 0);
    OP(&A, LOADK, 0, K(&A, rt_small(2)));
    OP(&A, MUL, 0, 0);
    OP(&A, RET, 0, 0);
    testvm_asm_bind(&A, big);
    OP(&A, LOADL, 0, 0);
    OP(&A, LOADK, 0, K(&A, rt_small(1000)));
    OP(&A, ADD, 0, 0);
    OP(&A, RET, 0, 0);
    return testvm_asm_end(&A, "f");
}

/* g(x): return CHECK(299 - x) + x  (raises ValueError at x = 300) */
static rt_code_t *callee_g(void)
{
    testvm_asm_t A;
    testvm_asm_begin(&A, RT_LANG_PY, 1);
    OP(&A, LOADK, 0, K(&A, rt_small(299)));
    OP(&A, LOADL, 0, 0);
    OP(&A, SUB, 0, 0);
    OP(&A, CHECK, 0, 0);
    OP(&A, LOADL, 0, 0);
    OP(&A, ADD, 0, 0);
    OP(&A, RET, 0, 0);
    return testvm_asm_end(&A, "g");
}

/* o = NEW; o.x = i; o.y = s; if i < 700: s = o.x + o.y else: s = o.y - o.x -- o (local 3) is
** dead at the loop header and live across the branch. */
static void body_alloc(testvm_asm_t *A, void *ctx)
{
    uint32_t other = testvm_asm_label(A), join = testvm_asm_label(A);
    OP(A, NEW, 0, 0);
    OP(A, STOREL, 3, 0);
    OP(A, LOADL, 3, 0);
    OP(A, LOADL, 1, 0);
    OP(A, SETF, 0, 0);
    OP(A, LOADL, 3, 0);
    OP(A, LOADL, 2, 0);
    OP(A, SETF, 1, 0);
    OP(A, LOADL, 1, 0);
    OP(A, LOADK, 0, K(A, rt_small(700)));
    OP(A, LT, 0, 0);
    testvm_asm_jump(A, TESTVM_JUMPF, other);
    OP(A, LOADL, 3, 0);
    OP(A, GETF, 0, 0);
    OP(A, LOADL, 3, 0);
    OP(A, GETF, 1, 0);
    OP(A, ADD, 0, 0);
    OP(A, STOREL, 2, 0);
    testvm_asm_jump(A, TESTVM_JUMP, join);
    testvm_asm_bind(A, other);
    OP(A, LOADL, 3, 0);
    OP(A, GETF, 1, 0);
    OP(A, LOADL, 3, 0);
    OP(A, GETF, 0, 0);
    OP(A, SUB, 0, 0);
    OP(A, STOREL, 2, 0);
    testvm_asm_bind(A, join);
}

/* s = s + o.x where o (local 3, made before the loop by the caller of run) never changes */
static void body_invariant(testvm_asm_t *A, void *ctx)
{
    OP(A, LOADL, 2, 0);
    OP(A, LOADL, 3, 0);
    OP(A, GETF, 0, 0);
    OP(A, ADD, 0, 0);
    OP(A, STOREL, 2, 0);
}

/* o.x = o.x + 1; s = o.x where o (local 3) is made before the loop: a value carried around the
** loop through the heap (the copied load forwards from the previous iteration's store) */
static void body_heap_carried(testvm_asm_t *A, void *ctx)
{
    OP(A, LOADL, 3, 0);
    OP(A, LOADL, 3, 0);
    OP(A, GETF, 0, 0);
    OP(A, LOADK, 0, K(A, rt_small(1)));
    OP(A, ADD, 0, 0);
    OP(A, SETF, 0, 0);
    OP(A, LOADL, 3, 0);
    OP(A, GETF, 0, 0);
    OP(A, STOREL, 2, 0);
}

static rt_value_t run_n(rt_code_t *c, int64_t n, rt_value_t extra)
{
    rt_value_t args[4] = {rt_small(n), rt_small(0), rt_small(0), extra};
    return testvm_run(c, args, 4);
}

static bool is_small_eq(rt_value_t v, int64_t want) { return rt_is_small(v) && rt_small_value(v) == want; }

/* Whether trace T has op with the given flag (0: any) before or after its LOOP. */
static unsigned count_op(const jit_trace_t *T, unsigned op, bool after_loop, uint8_t flag)
{
    unsigned n = 0;
    for (jit_ref_t r = JIT_REF_FIRST; r < T->ir.nins; r++) {
        const jit_ins_t *x = jit_ir_ins(&T->ir, r);
        bool in_body = T->ir.loop && r > T->ir.loop;
        if (x->o == op && in_body == after_loop && (!flag || (x->t & flag)))
            n++;
    }
    return n;
}

/* ---- Tests ---- */

/* python3: sum(i * 3 for i in range(1000)) == 1498500 */
static void test_hot_loop(void)
{
    start_jit(true, JIT_DEFAULT_THRESHOLD, false);
    rt_code_t *c = loop_program("sum", 4, body_sum, NULL, 2);
    rt_value_t r = run_n(c, 1000, rt_small(0));
    CU_ASSERT_TRUE(is_small_eq(r, 1498500));
    CU_ASSERT_EQUAL(jit_stats.traces, 1);
    CU_ASSERT_TRUE(jit_stats.trace_runs >= 1);
    CU_ASSERT_EQUAL(jit_stats.rule_violations, 0);
    jit_trace_t *T = jit_trace_get(0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(T);
    CU_ASSERT_NOT_EQUAL(T->ir.loop, 0);
    CU_ASSERT_EQUAL(count_op(T, JIT_IR_PHI, true, 0), 2); /* i and s */
    CU_ASSERT_EQUAL(count_op(T, JIT_IR_SLOAD, true, 0), 0);
    /* the interrupt poll: once in the preamble, once per iteration of the body */
    CU_ASSERT_EQUAL(count_op(T, JIT_IR_GNOBREAK, false, 0), 1);
    CU_ASSERT_EQUAL(count_op(T, JIT_IR_GNOBREAK, true, 0), 1);
    jit_fini();
}

/* With rt_eval_breaker set, every run of the trace leaves at its poll, resuming the interpreter
** at the loop header with nothing lost; the next back edge enters it again. */
static void test_poll_exit(void)
{
    start_jit(true, JIT_DEFAULT_THRESHOLD, false);
    rt_code_t *c = loop_program("sum", 4, body_sum, NULL, 2);
    CU_ASSERT_TRUE(is_small_eq(run_n(c, 1000, rt_small(0)), 1498500));
    uint32_t runs = jit_stats.trace_runs;
    rt_eval_breaker = 1;
    CU_ASSERT_TRUE(is_small_eq(run_n(c, 1000, rt_small(0)), 1498500));
    rt_eval_breaker = 0;
    CU_ASSERT_TRUE(jit_stats.trace_runs - runs >= 900); /* entered at each back edge, not once */
    jit_fini();
}

/* python3: s = 0; [s := s * 3 + 1 for _ in range(100)]; print(s) */
static const char GROW_100[] = "257688760366005665518230564882810636351053761000";

static void test_overflow_deopt(void)
{
    start_jit(true, 10, false);
    rt_code_t *c = loop_program("grow", 4, body_grow, NULL, 2);
    rt_value_t r = run_n(c, 100, rt_small(0));
    CU_ASSERT_FALSE_FATAL(r == RT_NOVALUE);
    testvm_output_reset();
    testvm_h_print(r);
    CU_ASSERT_STRING_EQUAL(testvm_output(), "257688760366005665518230564882810636351053761000\n");
    CU_ASSERT_TRUE(jit_stats.exits >= 1);
    (void)GROW_100;
    jit_fini();
}

/* python3: f = lambda x: x * 2 if x < 500 else x + 1000; sum(f(i) for i in range(1000))
** == 1124250 */
static void test_inline_deopt(void)
{
    start_jit(true, JIT_DEFAULT_THRESHOLD, false);
    rt_code_t *f = callee_f(RT_LANG_PHP); /* the callee is a "PHP" frame: cross-language inlining */
    rt_code_t *c = loop_program("calls", 4, body_call, f, 2);
    rt_value_t r = run_n(c, 1000, rt_small(0));
    CU_ASSERT_TRUE(is_small_eq(r, 1124250));
    CU_ASSERT_TRUE(jit_stats.traces >= 1);
    CU_ASSERT_TRUE(jit_stats.inline_exits >= 1); /* the guard x < 500 failed inside f */
    CU_ASSERT_EQUAL(rt_frame_count(rt_ts), 0);
    jit_trace_t *T = jit_trace_get(0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(T);
    CU_ASSERT_TRUE(T->mixed_lang);
    jit_fini();
}

/* python3: s = 0
**   for i in range(1000): s = i + s if i < 700 else s - i
** print(s)  ->  244650 - (700 + ... + 999) = 244650 - 254850 = -10200 */
static void test_allocation_removal(void)
{
    start_jit(true, JIT_DEFAULT_THRESHOLD, false);
    rt_code_t *c = loop_program("alloc", 4, body_alloc, NULL, 2);
    rt_value_t r = run_n(c, 1000, rt_small(0));
    CU_ASSERT_TRUE(is_small_eq(r, -10200));
    jit_trace_t *T = jit_trace_get(0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(T);
    unsigned news = count_op(T, JIT_IR_NEW, true, 0), sunk = count_op(T, JIT_IR_NEW, true, JIT_T_SUNK);
    CU_ASSERT_EQUAL(news, 1);
    CU_ASSERT_EQUAL(sunk, 1);
    CU_ASSERT_EQUAL(count_op(T, JIT_IR_FLOAD, true, 0), 0);
    CU_ASSERT_TRUE(jit_stats.materialized >= 1); /* the exit at i == 700 rebuilt o */
    jit_fini();
}

/* python3: 7 * 1000 == 7000 */
static void test_invariant_hoisting(void)
{
    start_jit(true, JIT_DEFAULT_THRESHOLD, false);
    testvm_obj_t *o = rt_alloc(&testvm_type_obj, sizeof *o);
    o->x = rt_small(7);
    rt_code_t *c = loop_program("invariant", 4, body_invariant, NULL, 2);
    rt_value_t r = run_n(c, 1000, rt_from_ptr(o));
    CU_ASSERT_TRUE(is_small_eq(r, 7000));
    jit_trace_t *T = jit_trace_get(0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(T);
    CU_ASSERT_EQUAL(count_op(T, JIT_IR_FLOAD, false, 0), 1); /* in the preamble */
    CU_ASSERT_EQUAL(count_op(T, JIT_IR_FLOAD, true, 0), 0);  /* none in the loop */
    CU_ASSERT_EQUAL(count_op(T, JIT_IR_GCLASS, true, 0), 0);
    jit_fini();
}

/* python3: x = 0; for _ in range(1000): x += 1 -> 1000 */
static void test_heap_carried_phi(void)
{
    start_jit(true, JIT_DEFAULT_THRESHOLD, false);
    testvm_obj_t *o = rt_alloc(&testvm_type_obj, sizeof *o);
    o->x = rt_small(0);
    rt_code_t *c = loop_program("carried", 4, body_heap_carried, NULL, 2);
    rt_value_t r = run_n(c, 1000, rt_from_ptr(o));
    CU_ASSERT_TRUE(is_small_eq(r, 1000));
    CU_ASSERT_TRUE(is_small_eq(o->x, 1000));
    CU_ASSERT_TRUE(jit_stats.trace_runs >= 1);
    jit_trace_t *T = jit_trace_get(0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(T);
    CU_ASSERT_EQUAL(count_op(T, JIT_IR_FLOAD, true, 0), 0); /* forwarded, through a PHI */
    jit_fini();
}

static void test_exception_exit(void)
{
    start_jit(true, JIT_DEFAULT_THRESHOLD, false);
    rt_code_t *g = callee_g();
    rt_code_t *c = loop_program("raises", 4, body_call, g, 2);
    rt_value_t r = run_n(c, 1000, rt_small(0));
    CU_ASSERT_EQUAL(r, RT_NOVALUE);
    CU_ASSERT_TRUE_FATAL(rt_exc_pending());
    CU_ASSERT_TRUE(jit_stats.exception_exits >= 1);
    rt_tb_t *tb;
    rt_value_t e = rt_exc_fetch(&tb);
    CU_ASSERT_EQUAL(rt_obj_type(rt_ptr(e)), &rt_type_exc_basic);
    CU_ASSERT_EQUAL(((rt_exc_basic_t *)rt_ptr(e))->kind, RT_EXC_VALUE);
    /* outermost first: the loop at its CALL, then g at its CHECK */
    CU_ASSERT_PTR_NOT_NULL_FATAL(tb);
    CU_ASSERT_PTR_EQUAL(tb->code, c);
    CU_ASSERT_EQUAL(c->bytecode[tb->pc], TESTVM_CALL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(tb->next);
    CU_ASSERT_PTR_EQUAL(tb->next->code, g);
    CU_ASSERT_EQUAL(g->bytecode[tb->next->pc], TESTVM_CHECK);
    CU_ASSERT_PTR_NULL(tb->next->next);
    CU_ASSERT_EQUAL(rt_frame_count(rt_ts), 0);
    jit_fini();
}

static void test_log(void)
{
    char path[] = "/tmp/pyhyp-jit-log-XXXXXX";
    int fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    char spec[64];
    snprintf(spec, sizeof spec, "jit-log-opt,jit-summary:%s", path);
    const char *err;
    CU_ASSERT_TRUE_FATAL(rt_log_configure(spec, &err));
    start_jit(true, JIT_DEFAULT_THRESHOLD, false);
    rt_code_t *c = loop_program("logged", 4, body_sum, NULL, 2);
    CU_ASSERT_TRUE(is_small_eq(run_n(c, 200, rt_small(0)), 59700)); /* python3: 3*199*200//2 */
    jit_fini();
    rt_log_close();
    FILE *fp = fdopen(fd, "r");
    char buf[16384];
    size_t n = fread(buf, 1, sizeof buf - 1, fp);
    buf[n] = 0;
    fclose(fp);
    unlink(path);
    CU_ASSERT_PTR_NOT_NULL(strstr(buf, "{jit-log-opt"));
    CU_ASSERT_PTR_NOT_NULL(strstr(buf, "label(loop)"));
    CU_ASSERT_PTR_NOT_NULL(strstr(buf, "guard_"));
    CU_ASSERT_PTR_NOT_NULL(strstr(buf, "JUMP("));
    CU_ASSERT_PTR_NOT_NULL(strstr(buf, "{jit-summary"));
}

/* Every program, printing its results, in one mode. */
static void run_all(void)
{
    testvm_output_reset();
    rt_code_t *f = callee_f(RT_LANG_PY), *g = callee_g();
    rt_code_t *progs[] = {loop_program("sum", 4, body_sum, NULL, 2),
                          loop_program("grow", 4, body_grow, NULL, 2),
                          loop_program("calls", 4, body_call, f, 2),
                          loop_program("alloc", 4, body_alloc, NULL, 2),
                          loop_program("raises", 4, body_call, g, 2)};
    int64_t ns[] = {1000, 100, 1000, 1000, 250, 1000};
    for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) {
        for (int rep = 0; rep < 2; rep++) {
            rt_value_t r = run_n(progs[i], ns[i] + rep, rt_small(0));
            if (r == RT_NOVALUE) {
                rt_exc_clear();
                r = rt_small(-1);
            }
            testvm_h_print(r);
        }
    }
}

static void test_modes_agree(void)
{
    struct { bool on; uint32_t threshold; bool stress; } modes[] = {
        {false, JIT_DEFAULT_THRESHOLD, false}, {true, 1, false}, {true, JIT_DEFAULT_THRESHOLD, false},
        {true, JIT_DEFAULT_THRESHOLD, true}, {true, 1, true},
    };
    char *expected = NULL;
    for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++) {
        start_jit(modes[m].on, modes[m].threshold, modes[m].stress);
        run_all();
        CU_ASSERT_EQUAL(jit_stats.rule_violations, 0);
        if (modes[m].stress)
            CU_ASSERT_TRUE(jit_stats.stress_fails > 0);
        if (!expected)
            expected = strdup(testvm_output());
        else
            CU_ASSERT_STRING_EQUAL(testvm_output(), expected);
        jit_fini();
    }
    free(expected);
}

UNIT_SUITE(jit_trace, trace_setup, NULL, UNIT_TEST(test_hot_loop), UNIT_TEST(test_poll_exit),
           UNIT_TEST(test_overflow_deopt),
           UNIT_TEST(test_inline_deopt), UNIT_TEST(test_allocation_removal),
           UNIT_TEST(test_invariant_hoisting), UNIT_TEST(test_heap_carried_phi),
           UNIT_TEST(test_exception_exit), UNIT_TEST(test_log),
           UNIT_TEST(test_modes_agree))

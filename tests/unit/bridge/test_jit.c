/*
** test_jit.c: loops of either language calling the other through the JIT vocabulary (issue 8's
** last item). Each test runs a loop under the tracing JIT with PYHYPLOG=jit-log-opt written to a
** file and checks the trace's shape: a PHP summing loop is traced at all; a PHP loop calling a
** small Python function, and a Python loop calling a small PHP function, record one trace whose
** peeled loop contains the callee's arithmetic and no call (no CALL* op: the callee is inlined,
** its arguments and result cross unconverted); a guard that fails inside the inlined callee leaves
** the trace with the callee's frame rebuilt in its own language (an inlined exit) and the loop
** still computes the right sum. Expected sums come from python3 and php -n (given beside each).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bridge/internal.h"
#include "jit/jit.h"
#include "tests/unit/unit.h"

static char log_path[] = "/tmp/pyhyp-xjitlog-XXXXXX";

static int setup(void)
{
    static char *argv[] = {"test-bridge", NULL};
    bridge_install(1, argv);
    bridge_need_php();
    bridge_need_python();
    return 0;
}

/* Restarts the JIT (no traces, default threshold, no deoptimization stress) logging jit-log-opt
** to a fresh file. */
static void jit_fresh(void)
{
    jit_params_t p;
    jit_params_default(&p);
    p.enabled = true;
    p.deopt_stress = false;
    p.threshold = JIT_DEFAULT_THRESHOLD;
    jit_init(&p);
    strcpy(log_path, "/tmp/pyhyp-xjitlog-XXXXXX");
    int fd = mkstemp(log_path);
    CU_ASSERT_FATAL(fd >= 0);
    close(fd);
    char spec[96];
    snprintf(spec, sizeof spec, "jit-log-opt:%s", log_path);
    const char *err = NULL;
    CU_ASSERT_FATAL(rt_log_configure(spec, &err));
}

/* The log written since jit_fresh (the file is removed). */
static const char *jit_log(void)
{
    rt_log_close();
    static char buf[1 << 17];
    FILE *f = fopen(log_path, "rb");
    size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    if (f)
        fclose(f);
    unlink(log_path);
    buf[n] = 0;
    return buf;
}

/* The peeled loop (from label(loop) to JUMP()) of the trace whose header names `where`, copied
** into a static buffer; NULL if there is none. */
static const char *peeled_loop(const char *log, const char *where)
{
    static char body[1 << 14];
    const char *t = strstr(log, where);
    const char *l = t ? strstr(t, "label(loop)") : NULL;
    const char *e = l ? strstr(l, "JUMP()") : NULL;
    if (!e || (size_t)(e - l) >= sizeof body)
        return NULL;
    memcpy(body, l, (size_t)(e - l));
    body[e - l] = 0;
    return body;
}

static bool run_php(const char *src)
{
    phpvm_func_t *main = phpvm_compile_code(src, strlen(src), "test.php");
    return main && phpvm_call_func(rt_from_ptr(main), rt_none, NULL, 0) != RT_NOVALUE;
}

static rt_value_t call_php(const char *name, int64_t n)
{
    rt_value_t arg = rt_small(n);
    return phpvm_call_func(rt_from_ptr(phpvm_func_lookup(rt_str_from_cstr(name))), rt_none, &arg, 1);
}

/* Runs Python source in a fresh namespace; its variable `result`, or RT_NOVALUE. */
static rt_value_t py_result(const char *src)
{
    rt_map_t *g = pyvm_dict_new();
    rt_map_set_str(g, rt_str_intern_cstr("__name__"), pyvm_str_cstr("test"));
    pyvm_code_t *code = pyvm_compile_source(src, strlen(src), rt_str_intern_cstr("test.py"));
    if (!code || !pyvm_exec_code(code, g))
        return RT_NOVALUE;
    return rt_map_get_str(g, rt_str_intern_cstr("result"));
}

static void test_php_sum_loop(void)
{
    jit_fresh();
    CU_ASSERT_TRUE_FATAL(run_php("<?php function psum($n) { $s = 0;\n"
                                 "for ($i = 0; $i < $n; $i++) { $s += $i * 3; }\n"
                                 "return $s; }"));
    CU_ASSERT_EQUAL(call_php("psum", 1000), rt_small(1498500)); /* php -n */
    const char *body = peeled_loop(jit_log(), "header psum:2");
    CU_ASSERT_PTR_NOT_NULL_FATAL(body);
    CU_ASSERT_PTR_NOT_NULL(strstr(body, "MULOV"));
    CU_ASSERT_PTR_NULL(strstr(body, "CALL"));
    CU_ASSERT_EQUAL(jit_stats.rule_violations, 0);
}

static void test_php_loop_calls_python(void)
{
    jit_fresh();
    CU_ASSERT_TRUE_FATAL(run_php("<?php function pyloop($n) {\n"
                                 "$sq = compile_py_func(\"def sq(x):\\n    return x * x + 1\\n\");\n"
                                 "$s = 0;\n"
                                 "for ($i = 0; $i < $n; $i++) { $s += $sq($i); }\n"
                                 "return $s; }"));
    CU_ASSERT_EQUAL(call_php("pyloop", 1000), rt_small(332834500)); /* python3, php -n */
    const char *body = peeled_loop(jit_log(), "header pyloop:4");
    CU_ASSERT_PTR_NOT_NULL_FATAL(body);
    /* x * x of Python's BINARY_OP, the + 1, PHP's += : all in the one loop, no call left */
    CU_ASSERT_PTR_NOT_NULL(strstr(body, "MULOV"));
    CU_ASSERT_PTR_NULL(strstr(body, "CALL"));
    CU_ASSERT_PTR_NULL(strstr(body, "NEW"));
    CU_ASSERT_EQUAL(jit_stats.rule_violations, 0);
}

static void test_python_loop_calls_php(void)
{
    jit_fresh();
    rt_value_t r = py_result("f = compile_php_func('function tw($x) { return $x * 2 + 1; }')\n"
                             "def run(n):\n"
                             "    s = 0\n"
                             "    for i in range(n):\n"
                             "        s += f(i)\n"
                             "    return s\n"
                             "result = run(1000)\n");
    CU_ASSERT_EQUAL(r, rt_small(1000000)); /* python3 */
    const char *body = peeled_loop(jit_log(), "header run:4");
    CU_ASSERT_PTR_NOT_NULL_FATAL(body);
    CU_ASSERT_PTR_NOT_NULL(strstr(body, "MULOV")); /* PHP's $x * 2 */
    CU_ASSERT_PTR_NULL(strstr(body, "CALL"));
    CU_ASSERT_EQUAL(jit_stats.rule_violations, 0);
}

/* The trace is recorded while x < 100 holds inside the callee; from i = 100 that guard, which
** belongs to the inlined frame of the other language, fails. */
static void test_guard_fails_in_inner_language(void)
{
    jit_fresh();
    CU_ASSERT_TRUE_FATAL(run_php("<?php function pyinner($n) {\n"
                                 "$g = compile_py_func(\"def g(x):\\n    if x < 100:\\n"
                                 "        return x + 1\\n    return x - 1\\n\");\n"
                                 "$s = 0;\n"
                                 "for ($i = 0; $i < $n; $i++) { $s += $g($i); }\n"
                                 "return $s; }"));
    uint32_t before = jit_stats.inline_exits;
    CU_ASSERT_EQUAL(call_php("pyinner", 200), rt_small(19900)); /* python3, php -n */
    CU_ASSERT_TRUE(jit_stats.inline_exits > before);
    jit_log();
    jit_fresh();
    before = jit_stats.inline_exits;
    rt_value_t r = py_result("h = compile_php_func('function h($x) { if ($x < 100) return $x + 1;"
                             " return $x - 1; }')\n"
                             "def run(n):\n"
                             "    s = 0\n"
                             "    for i in range(n):\n"
                             "        s += h(i)\n"
                             "    return s\n"
                             "result = run(200)\n");
    CU_ASSERT_EQUAL(r, rt_small(19900)); /* php -n */
    CU_ASSERT_TRUE(jit_stats.inline_exits > before);
    jit_log();
    CU_ASSERT_EQUAL(jit_stats.rule_violations, 0);
}

UNIT_SUITE(bridge_jit, setup, NULL, UNIT_TEST(test_php_sum_loop),
           UNIT_TEST(test_php_loop_calls_python), UNIT_TEST(test_python_loop_calls_php),
           UNIT_TEST(test_guard_fails_in_inner_language))

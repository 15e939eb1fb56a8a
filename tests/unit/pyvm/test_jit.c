/*
** test_jit.c: pyvm under the tracing JIT (issue 6): a Python `for` loop summing ints records one
** trace through the vocabulary handlers (jhandlers.inc, recorder build), and its optimized IR as
** jit-log-opt prints it has no allocation and no type or tag guard after the loop label: the
** class guard of the range iterator and the tag tests of the sum were peeled into the preamble.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "jit/jit.h"
#include "pyvm/pyvm.h"
#include "tests/unit/unit.h"

static const char SUM_LOOP[] = "def f(n):\n"
                               "    total = 0\n"
                               "    for i in range(n):\n"
                               "        total += i\n"
                               "    return total\n"
                               "assert f(1000) == 499500\n"; /* python3: sum(range(1000)) */

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return buf;
}

static void test_sum_loop_ir(void)
{
    char path[] = "/tmp/pyhyp-jitlog-XXXXXX";
    int fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    close(fd);
    static char *argv[] = {"test-pyvm", NULL};
    pyvm_init(1, argv);
    jit_params_t p;
    jit_params_default(&p);
    p.enabled = true;
    p.deopt_stress = false;
    p.threshold = JIT_DEFAULT_THRESHOLD;
    jit_init(&p);
    char spec[64];
    snprintf(spec, sizeof spec, "jit-log-opt:%s", path);
    const char *err = NULL;
    CU_ASSERT_FATAL(rt_log_configure(spec, &err));
    CU_ASSERT_EQUAL(pyvm_run_source(SUM_LOOP, sizeof SUM_LOOP - 1, "<sumloop>"), 0);
    rt_log_close(); /* flushes the file */
    CU_ASSERT_TRUE(jit_stats.traces >= 1);
    CU_ASSERT_TRUE(jit_stats.trace_runs >= 1);
    CU_ASSERT_EQUAL(jit_stats.rule_violations, 0);
    const char *log = read_all(path);
    unlink(path);
    CU_ASSERT_PTR_NOT_NULL_FATAL(log);
    CU_ASSERT_PTR_NOT_NULL(strstr(log, "header f:3")); /* the loop's source position */
    const char *loop = strstr(log, "label(loop)");
    CU_ASSERT_PTR_NOT_NULL_FATAL(loop);
    const char *end = strstr(loop, "JUMP()");
    CU_ASSERT_PTR_NOT_NULL_FATAL(end);
    /* the preamble guards the iterator's class; the peeled loop guards nothing of the kind */
    CU_ASSERT_PTR_NOT_NULL(strstr(log, "GCLASS"));
    CU_ASSERT_TRUE(strstr(log, "GCLASS") < loop);
    static const char *const banned[] = {"NEW", "GCLASS", "GVALUE", "BAND", "SLOAD", "CALL"};
    for (size_t i = 0; i < sizeof banned / sizeof banned[0]; i++) {
        const char *hit = strstr(loop, banned[i]);
        CU_ASSERT_TRUE(hit == NULL || hit > end);
    }
    jit_fini();
}

UNIT_SUITE(pyvm_jit, NULL, NULL, UNIT_TEST(test_sum_loop_ir))

/*
** test_log.c: PYHYPLOG parsing and the PYPYLOG section format (runtime/log.c).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/log.h"
#include "tests/unit/unit.h"

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "r");
    CU_ASSERT_FATAL(f != NULL);
    static char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static void test_categories_and_prefixes(void)
{
    const char *error = NULL;
    CU_ASSERT_TRUE(rt_log_configure("gc-minor,import:-", &error));
    CU_ASSERT_TRUE(rt_log_enabled(RT_LOG_GC_MINOR));
    CU_ASSERT_TRUE(rt_log_enabled(RT_LOG_IMPORT));
    CU_ASSERT_FALSE(rt_log_enabled(RT_LOG_GC_MAJOR));
    CU_ASSERT_TRUE(rt_log_configure("gc", &error));
    CU_ASSERT_TRUE(rt_log_enabled(RT_LOG_GC_MINOR) && rt_log_enabled(RT_LOG_GC_MAJOR));
    CU_ASSERT_FALSE(rt_log_enabled(RT_LOG_JIT_LOG_OPT));
    CU_ASSERT_TRUE(rt_log_configure("jit-log", &error));
    CU_ASSERT_TRUE(rt_log_enabled(RT_LOG_JIT_LOG_OPT) && rt_log_enabled(RT_LOG_JIT_LOG_NOOPT));
    CU_ASSERT_FALSE(rt_log_enabled(RT_LOG_JIT_ABORT));
    rt_log_close();
    CU_ASSERT_FALSE(rt_log_enabled(RT_LOG_JIT_LOG_OPT));
}

static void test_bad_specs_change_nothing(void)
{
    const char *error = NULL;
    CU_ASSERT_TRUE(rt_log_configure("import", &error));
    CU_ASSERT_FALSE(rt_log_configure("gc-minr", &error));
    CU_ASSERT_PTR_NOT_NULL(error);
    CU_ASSERT_FALSE(rt_log_configure("g", &error)); /* a prefix ends at a '-' */
    CU_ASSERT_FALSE(rt_log_configure("gc:/nonexistent-dir/log", &error));
    CU_ASSERT_TRUE(rt_log_enabled(RT_LOG_IMPORT));
    rt_log_close();
}

static void test_section_format(void)
{
    char path[] = "/tmp/pyhyp-log-XXXXXX";
    int fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    close(fd);
    char spec[64];
    snprintf(spec, sizeof spec, "import:%s", path);
    const char *error = NULL;
    CU_ASSERT_FATAL(rt_log_configure(spec, &error));
    rt_log_start_at(RT_LOG_IMPORT, 0x1a2b);
    rt_log_printf("module %s\n", "os.path");
    rt_log_end_at(RT_LOG_IMPORT, 0x1a3c);
    rt_log_close();
    CU_ASSERT_STRING_EQUAL(read_file(path), "[1a2b] {import\nmodule os.path\n[1a3c] import}\n");
    unlink(path);
}

UNIT_SUITE(log, NULL, NULL, UNIT_TEST(test_categories_and_prefixes),
           UNIT_TEST(test_bad_specs_change_nothing), UNIT_TEST(test_section_format))

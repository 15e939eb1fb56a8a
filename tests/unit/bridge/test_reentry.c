/*
** test_reentry.c: C re-entering the interpreters too deeply ends in each language's error, not a
** crash (runtime's rt_cstack_ok guard): calls across the language boundary, which recurse in C,
** and each VM's own callbacks from C (a sort comparator that sorts again). Regression tests: all
** three were segfaults. php 8.2 and CPython 3.11 crash on the mono-language cases themselves, so
** there is no reference output to record; the tests check that an exception is pending.
*/
#include <string.h>

#include "bridge/internal.h"
#include "tests/unit/unit.h"

static char *saved_floor;

/* Both VMs up, and the C stack guard moved to 1 MiB below here: the tests reach it quickly, so
** they stay fast under GC stress, where every allocation scans the whole C stack (and 50 round
** trips still fit in an unoptimized ASan build, ~11 KiB each). */
static int setup(void)
{
    static char *argv[] = {"test-bridge", NULL};
    bridge_install(1, argv);
    bridge_need_php();
    bridge_need_python();
    saved_floor = rt_ts->cstack_floor;
    rt_ts->cstack_floor = (char *)__builtin_frame_address(0) - ((size_t)1 << 20);
    return 0;
}

static int teardown(void)
{
    rt_ts->cstack_floor = saved_floor;
    return 0;
}

/* Runs PHP source (declarations) in the one VM; false if it failed. */
static bool run_php(const char *src)
{
    phpvm_func_t *main = phpvm_compile_code(src, strlen(src), "test.php");
    return main && phpvm_call_func(rt_from_ptr(main), rt_none, NULL, 0) != RT_NOVALUE;
}

/* Runs Python source in a fresh namespace, which it returns (NULL if it failed). */
static rt_map_t *run_py(const char *src)
{
    rt_map_t *g = pyvm_dict_new();
    rt_map_set_str(g, rt_str_intern_cstr("__name__"), pyvm_str_cstr("test")); /* for classes */
    pyvm_code_t *code = pyvm_compile_source(src, strlen(src), rt_str_intern_cstr("test.py"));
    return code && pyvm_exec_code(code, g) ? g : NULL;
}

static rt_value_t call_php(const char *name, int64_t n)
{
    rt_value_t arg = rt_small(n);
    return phpvm_call_func(rt_from_ptr(phpvm_func_lookup(rt_str_from_cstr(name))), rt_none, &arg, 1);
}

/* PHP down() and Python py() calling each other 400,000 deep, with Python's recursion limit raised
** out of the way: the C stack, which every crossing uses, runs out first; that must end in an
** exception, not a crash (regression: a segfault). */
static void test_deep_mutual_recursion_is_an_error(void)
{
    CU_ASSERT_TRUE_FATAL(
        run_php("<?php function down($n) { global $py; return $n == 0 ? 0 : 1 + $py($n - 1); }"));
    rt_map_t *g = run_py("def py(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n");
    CU_ASSERT_PTR_NOT_NULL_FATAL(g);
    phpvm_ref_set(phpvm_global_ref(rt_str_from_cstr("py")),
                  bridge_to_php(pyvm_dict_get_str(g, rt_str_intern_cstr("py"))));
    uint32_t saved = rt_ts->limit[RT_LANG_PY];
    rt_ts->limit[RT_LANG_PY] = 1000000;
    rt_value_t r = call_php("down", 400000);
    rt_ts->limit[RT_LANG_PY] = saved;
    CU_ASSERT_EQUAL(r, RT_NOVALUE);
    CU_ASSERT_TRUE(rt_exc_pending());
    rt_exc_clear();
    CU_ASSERT_EQUAL(call_php("down", 50), rt_small(50)); /* and the bridge still works */
}

static void test_php_sort_callback_recursion_is_an_error(void)
{
    CU_ASSERT_TRUE_FATAL(run_php("<?php function deep($n) { $a = [2, 1]; "
                                 "usort($a, function ($x, $y) use ($n) { return deep($n + 1); }); "
                                 "return 0; }"));
    CU_ASSERT_EQUAL(call_php("deep", 0), RT_NOVALUE);
    CU_ASSERT_TRUE(rt_exc_pending());
    rt_exc_clear();
}

static void test_python_sort_callback_recursion_is_an_error(void)
{
    uint32_t saved = rt_ts->limit[RT_LANG_PY];
    rt_ts->limit[RT_LANG_PY] = 1000000;
    rt_map_t *g = run_py("class K:\n"
                         "    def __lt__(self, o):\n"
                         "        return sorted([K(), K()]) is None\n"
                         "sorted([K(), K()])\n");
    rt_ts->limit[RT_LANG_PY] = saved;
    CU_ASSERT_PTR_NULL(g);
    CU_ASSERT_TRUE(pyvm_isinstance(rt_exc_current(), pyvm_exc_RecursionError));
    rt_exc_clear();
}

UNIT_SUITE(bridge_reentry, setup, teardown, UNIT_TEST(test_deep_mutual_recursion_is_an_error),
           UNIT_TEST(test_php_sort_callback_recursion_is_an_error),
           UNIT_TEST(test_python_sort_callback_recursion_is_an_error))

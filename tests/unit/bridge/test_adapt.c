/*
** test_adapt.c: value crossing (bridge/adapt.c) on both VMs brought up in one process: shared
** primitives cross as themselves, what the languages represent differently is converted
** (BRIDGE.md, "Values crossing"), and a PHP array seen from Python is a view that writes through.
*/
#include <math.h>
#include <string.h>

#include "bridge/internal.h"
#include "tests/unit/unit.h"

static int setup(void)
{
    static char *argv[] = {"test-bridge", NULL};
    bridge_install(1, argv);
    bridge_need_php();
    bridge_need_python();
    return 0;
}

static void test_primitives_cross_unchanged(void)
{
    rt_value_t vals[] = {rt_small(42), rt_none, rt_true, rt_false, rt_float_new(2.5),
                         rt_from_ptr(rt_str_new("caf\xc3\xa9", 5))};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        CU_ASSERT_EQUAL(bridge_to_py(vals[i]), vals[i]);
        CU_ASSERT_EQUAL(bridge_to_php(vals[i]), vals[i]);
    }
}

static void test_invalid_utf8_becomes_bytes(void)
{
    rt_value_t php = rt_from_ptr(rt_str_new("\xff\xfe", 2));
    rt_value_t py = bridge_to_py(php);
    CU_ASSERT_TRUE(rt_obj_type(rt_ptr(py)) == &rt_type_bytes);
    rt_value_t back = bridge_to_php(py);
    CU_ASSERT_TRUE(phpvm_is_str(back));
    CU_ASSERT_EQUAL(memcmp(phpvm_str(back)->data, "\xff\xfe", 2), 0);
}

static void test_python_bigint_becomes_float(void)
{
    /* 2**70, as CPython prints float(2**70): 1.1805916207174113e+21 */
    rt_value_t big = RT_NOVALUE;
    CU_ASSERT_EQUAL(rt_int_lshift(rt_small(1), rt_small(70), &big), RT_NUM_OK);
    rt_value_t php = bridge_to_php(big);
    CU_ASSERT_TRUE(rt_is_float(php));
    CU_ASSERT_DOUBLE_EQUAL(rt_float_value(php), 1.1805916207174113e+21, 1e6);
    rt_value_t fits = rt_int_from_i64(INT64_MAX); /* PHP_INT_MAX stays an int */
    CU_ASSERT_EQUAL(bridge_to_php(fits), fits);
}

static void test_array_view_writes_through(void)
{
    phpvm_array_t *a = phpvm_array_new(0);
    phpvm_array_append(a, rt_small(1));
    phpvm_ref_t *cell = phpvm_ref_new(rt_from_ptr(a));
    rt_value_t view = bridge_cell_to_py(cell);
    CU_ASSERT_TRUE(pyvm_setitem(view, pyvm_str_cstr("k"), rt_small(7)));
    CU_ASSERT_EQUAL(pyvm_len(view), 2);
    rt_value_t got = phpvm_array_get(phpvm_arr(cell->v), pyvm_str_cstr("k"));
    CU_ASSERT_EQUAL(got, rt_small(7));
    CU_ASSERT_EQUAL(bridge_to_php(view), cell->v); /* back in PHP: the array itself */
}

static void test_shared_array_is_copied_before_python_writes(void)
{
    phpvm_array_t *a = phpvm_array_new(0);
    phpvm_array_append(a, rt_small(1));
    rt_value_t other_holder = phpvm_share(rt_from_ptr(a));
    rt_value_t view = bridge_to_py(rt_from_ptr(a)); /* by value: a private cell */
    CU_ASSERT_TRUE(pyvm_setitem(view, rt_small(0), rt_small(9)));
    CU_ASSERT_EQUAL(phpvm_array_get(phpvm_arr(other_holder), rt_small(0)), rt_small(1));
}

UNIT_SUITE(bridge_adapt, setup, NULL, UNIT_TEST(test_primitives_cross_unchanged),
           UNIT_TEST(test_invalid_utf8_becomes_bytes), UNIT_TEST(test_python_bigint_becomes_float),
           UNIT_TEST(test_array_view_writes_through),
           UNIT_TEST(test_shared_array_is_copied_before_python_writes))

/*
** test_singletons.c: None/null and the booleans (runtime/singletons.c): static objects with
** ordinary headers, outside the heap, that survive every collection untouched.
*/
#include "tests/unit/runtime/numtest.h"

static void test_identity(void)
{
    CU_ASSERT_TRUE(rt_is_none(rt_none));
    CU_ASSERT_FALSE(rt_is_none(rt_false));
    CU_ASSERT_EQUAL(rt_bool(true), rt_true);
    CU_ASSERT_EQUAL(rt_bool(false), rt_false);
    CU_ASSERT_TRUE(rt_is_bool(rt_true) && rt_is_bool(rt_false) && !rt_is_bool(rt_none));
    CU_ASSERT_TRUE(rt_is_ptr(rt_none) && rt_is_ptr(rt_true));
    CU_ASSERT_EQUAL(rt_none % GC_GRANULE, 0);
    CU_ASSERT_EQUAL(rt_true % GC_GRANULE, 0);
    CU_ASSERT_FALSE(rt_is_int(rt_true)); /* bool's int behaviour is pyvm's, through value */
}

static void test_types(void)
{
    CU_ASSERT_PTR_EQUAL(rt_obj_type(rt_ptr(rt_none)), &rt_type_none);
    CU_ASSERT_PTR_EQUAL(rt_obj_type(rt_ptr(rt_true)), &rt_type_bool);
    CU_ASSERT_PTR_EQUAL(rt_obj_type(rt_ptr(rt_false)), &rt_type_bool);
    CU_ASSERT_EQUAL(rt_true_obj.value, 1);
    CU_ASSERT_EQUAL(rt_false_obj.value, 0);
    CU_ASSERT_STRING_EQUAL(rt_type_none.gc.name, "NoneType");
    CU_ASSERT_FALSE(gc_in_heap(rt_ptr(rt_none)));
}

static void test_collections_ignore_them(void)
{
    gc_collect(GC_MAJOR);
    gc_collect(GC_MINOR);
    CU_ASSERT_PTR_EQUAL(rt_obj_type(rt_ptr(rt_none)), &rt_type_none);
    CU_ASSERT_EQUAL(rt_false_obj.value, 0);
}

UNIT_SUITE(singletons, numtest_setup, NULL, UNIT_TEST(test_identity), UNIT_TEST(test_types),
           UNIT_TEST(test_collections_ignore_them))

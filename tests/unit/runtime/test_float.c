/*
** test_float.c: the float object and Python's hash of floats (runtime/float.c), with hashes
** recorded from CPython 3.11 (data/float_cases.h) and the int/float agreement dicts rely on.
*/
#include <math.h>

#include "tests/unit/runtime/numtest.h"

#include "tests/unit/runtime/data/float_hash_cases.h"

static void test_box(void)
{
    rt_value_t f = rt_float_new(-0.0);
    CU_ASSERT_TRUE(rt_is_float(f));
    CU_ASSERT_FALSE(rt_is_int(f));
    CU_ASSERT_TRUE(signbit(rt_float_value(f)));
    CU_ASSERT_EQUAL(f % GC_GRANULE, 0);
    CU_ASSERT_FALSE(rt_is_float(rt_small(3)));
    CU_ASSERT_FALSE(rt_is_float(rt_none));
}

static void test_pyhash(void)
{
    for (size_t i = 0; i < NUMTEST_COUNT(float_hash_cases); i++) {
        const float_hash_case_t *c = &float_hash_cases[i];
        CU_ASSERT_EQUAL(rt_float_pyhash_double(numtest_double(c->bits)), c->hash);
        CU_ASSERT_EQUAL(rt_float_pyhash(rt_float_new(numtest_double(c->bits))), c->hash);
    }
}

/* hash(float(n)) == hash(n) wherever float(n) == n, and NaN hashes by identity. */
static void test_hash_agrees_with_int(void)
{
    uint64_t state = 7;
    for (int i = 0; i < 10000; i++) {
        int64_t n = (int64_t)(numtest_next(&state) >> (i % 64));
        if (i & 1)
            n = -n;
        double d = (double)n;
        rt_value_t exact = RT_NOVALUE;
        CU_ASSERT_EQUAL(rt_int_from_double(d, &exact), RT_NUM_OK);
        CU_ASSERT_EQUAL(rt_float_pyhash_double(d), rt_int_pyhash(exact));
    }
    rt_value_t a = rt_float_new(NAN), b = rt_float_new(NAN);
    CU_ASSERT_NOT_EQUAL(rt_float_pyhash(a), rt_float_pyhash(b));
    CU_ASSERT_EQUAL(rt_float_pyhash(a), rt_float_pyhash(a));
}

UNIT_SUITE(float, numtest_setup, NULL, UNIT_TEST(test_box), UNIT_TEST(test_pyhash),
           UNIT_TEST(test_hash_agrees_with_int))

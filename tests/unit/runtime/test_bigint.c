/*
** test_bigint.c: the bignum object (runtime/bigint.c): limbs inside an exactly-sized object,
** read-only views of small and big values, and the canonical form at the 63-bit boundary.
*/
#include <gmp.h>

#include "runtime/bigint.h"
#include "tests/unit/runtime/numtest.h"

static void test_object_layout(void)
{
    rt_value_t v = numtest_int("340282366920938463463374607431768211456"); /* 2**128 */
    CU_ASSERT_FALSE(rt_is_small(v));
    CU_ASSERT_PTR_EQUAL(rt_obj_type(rt_ptr(v)), &rt_type_int);
    const rt_bigint_t *b = rt_bigint_of(v);
    CU_ASSERT_EQUAL(b->size, 3);
    CU_ASSERT_EQUAL(b->limbs[0], 0);
    CU_ASSERT_EQUAL(b->limbs[1], 0);
    CU_ASSERT_EQUAL(b->limbs[2], 1);
    CU_ASSERT_EQUAL(gc_size_of(b), (sizeof(rt_bigint_t) + 3 * sizeof(mp_limb_t) + 15) / 16 * 16);
    CU_ASSERT_EQUAL(rt_bigint_of(rt_int_neg(v))->size, -3);
}

static void test_views(void)
{
    static const int64_t smalls[] = {0, 1, -1, RT_SMALL_MAX, RT_SMALL_MIN, 12345, -98765};
    for (size_t i = 0; i < NUMTEST_COUNT(smalls); i++) {
        rt_bigint_view_t view;
        mpz_srcptr z = rt_bigint_view(&view, rt_small(smalls[i]));
        CU_ASSERT_TRUE(mpz_fits_slong_p(z));
        CU_ASSERT_EQUAL(mpz_get_si(z), smalls[i]);
    }
    rt_value_t v = numtest_int("-123456789012345678901234567890");
    rt_bigint_view_t view;
    char buf[64];
    mpz_get_str(buf, 10, rt_bigint_view(&view, v));
    CU_ASSERT_STRING_EQUAL(buf, "-123456789012345678901234567890");
}

/* rt_bigint_from_mpz gives small ints exactly for [-2**62, 2**62 - 1]. */
static void test_normalize(void)
{
    static const char *const cases[][2] = {
        {"4611686018427387903", "small"},  {"4611686018427387904", "big"},
        {"-4611686018427387904", "small"}, {"-4611686018427387905", "big"},
        {"0", "small"},                    {"18446744073709551616", "big"},
    };
    for (size_t i = 0; i < NUMTEST_COUNT(cases); i++) {
        mpz_t z;
        mpz_init_set_str(z, cases[i][0], 10);
        rt_value_t v = rt_bigint_take_mpz(z);
        CU_ASSERT_EQUAL(rt_is_small(v), strcmp(cases[i][1], "small") == 0);
        CU_ASSERT_TRUE(numtest_int_is(v, cases[i][0]));
    }
}

/* Many bignums through many collections: each result must still read right (PYHYP_GC_STRESS=1
** makes every allocation collect). */
static void test_survives_collections(void)
{
    rt_value_t acc = rt_small(1);
    for (int i = 1; i <= 300; i++)
        acc = rt_int_mul(acc, rt_small(i));
    gc_collect(GC_MAJOR);
    rt_value_t back = acc;
    for (int i = 300; i >= 1; i--) {
        rt_value_t q = RT_NOVALUE;
        CU_ASSERT_EQUAL_FATAL(rt_int_floordiv(back, rt_small(i), &q), RT_NUM_OK);
        back = q;
    }
    CU_ASSERT_EQUAL(back, rt_small(1));
    CU_ASSERT_EQUAL(rt_int_bit_length(acc), 2042); /* (300!).bit_length() in CPython 3.11 */
}

UNIT_SUITE(bigint, numtest_setup, NULL, UNIT_TEST(test_object_layout), UNIT_TEST(test_views),
           UNIT_TEST(test_normalize), UNIT_TEST(test_survives_collections))

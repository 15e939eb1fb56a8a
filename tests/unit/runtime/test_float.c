/*
** test_float.c: the float values (runtime/float.h: immediate words and boxes) and Python's hash
** of floats (runtime/float.c), with hashes recorded from CPython 3.11 (data/float_cases.h) and the
** int/float agreement dicts rely on.
*/
#include <float.h>
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

static uint64_t bits_of(double d)
{
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

/* d survives rt_float_new / rt_float_value bit for bit, as an immediate exactly when `imm`. */
static void check_round_trip(double d, bool imm)
{
    rt_value_t v = rt_float_new(d);
    CU_ASSERT_TRUE(rt_is_float(v));
    CU_ASSERT_FALSE(rt_is_small(v));
    CU_ASSERT_EQUAL(rt_is_float_imm(v), imm);
    CU_ASSERT_EQUAL(rt_is_ptr(v), !imm);
    CU_ASSERT_EQUAL(bits_of(rt_float_value(v)), bits_of(d));
    if (imm) /* an immediate is never taken for a granule-aligned pointer */
        CU_ASSERT_NOT_EQUAL(v % GC_GRANULE, 0);
}

/* Immediates: |d| in [2**-256, 2**256), both signs; everything else boxed. */
static void test_immediate_boundaries(void)
{
    const double lo = ldexp(1, -256), hi = ldexp(1, 256);
    for (int sign = 1; sign >= -1; sign -= 2) {
        check_round_trip(sign * lo, true);
        check_round_trip(sign * nextafter(lo, 1), true);
        check_round_trip(sign * nextafter(lo, 0), false);
        check_round_trip(sign * nextafter(hi, 0), true);
        check_round_trip(sign * hi, false);
        check_round_trip(sign * 1.0, true);
        check_round_trip(sign * 0.1, true);
        check_round_trip(sign * DBL_MIN, false);
        check_round_trip(sign * DBL_TRUE_MIN, false); /* the smallest subnormal */
        check_round_trip(sign * ldexp(1, -1030), false);
        check_round_trip(sign * DBL_MAX, false);
        check_round_trip(sign * INFINITY, false);
    }
    check_round_trip(NAN, false);
    check_round_trip(-NAN, false);
    uint64_t payload = 0x7ff0000000000123ull; /* a signalling NaN's payload is kept */
    double snan;
    memcpy(&snan, &payload, sizeof snan);
    check_round_trip(snan, false);
}

/* The zeros are two static boxes: no allocation, the sign kept, and each always the same word. */
static void test_zeros(void)
{
    rt_value_t z = rt_float_new(0.0), n = rt_float_new(-0.0);
    CU_ASSERT_EQUAL(z, rt_float_new(0.0));
    CU_ASSERT_EQUAL(n, rt_float_new(-0.0));
    CU_ASSERT_NOT_EQUAL(z, n);
    CU_ASSERT_FALSE(signbit(rt_float_value(z)));
    CU_ASSERT_TRUE(signbit(rt_float_value(n)));
    CU_ASSERT_EQUAL(rt_value_type(z), &rt_type_float);
}

/* Random doubles: immediate exactly for biased exponents 767..1278, round trips bit-exact, and
** the type of either spelling is the float type. */
static void test_immediate_random(void)
{
    uint64_t state = 11;
    for (int i = 0; i < 100000; i++) {
        uint64_t b = numtest_next(&state);
        double d;
        memcpy(&d, &b, sizeof d);
        unsigned e = (unsigned)(b >> 52) & 0x7ff;
        check_round_trip(d, e >= 767 && e < 1279);
        CU_ASSERT_EQUAL(rt_value_type(rt_float_new(d)), &rt_type_float);
    }
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

UNIT_SUITE(float, numtest_setup, NULL, UNIT_TEST(test_box), UNIT_TEST(test_immediate_boundaries),
           UNIT_TEST(test_zeros), UNIT_TEST(test_immediate_random), UNIT_TEST(test_pyhash),
           UNIT_TEST(test_hash_agrees_with_int))

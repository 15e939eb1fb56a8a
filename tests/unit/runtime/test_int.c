/*
** test_int.c: Python integer arithmetic (runtime/int.c) against results recorded from CPython 3.11
** by tools/gen-number-cases (data/int_cases.h): every operator over small, boundary and bignum
** operands in all sign combinations, 10,000-digit multiplication, division, powers and bases, and
** the limits this runtime sets itself (RT_INT_MAX_BITS), which have no Python counterpart.
*/
#include "tests/unit/runtime/numtest.h"

#include "tests/unit/runtime/data/int_cases.h"

static const char *status_name(rt_num_status_t st)
{
    switch (st) {
    case RT_NUM_ZERO_DIV: return "!ZeroDivisionError";
    case RT_NUM_OVERFLOW: return "!OverflowError";
    case RT_NUM_VALUE_ERROR: return "!ValueError";
    default: return "!unexpected status";
    }
}

/* An operand: a decimal, or f<bits> for a double. */
static double operand_double(const char *s) { return numtest_double(strtoull(s + 1, NULL, 16)); }

/* The result as the data file spells it, malloc'd. */
static char *spell_value(rt_value_t v)
{
    if (rt_is_int(v))
        return numtest_str(v);
    char *s = malloc(20);
    snprintf(s, 20, "f%016llx", (unsigned long long)numtest_bits(rt_float_value(v)));
    return s;
}

static char *spell_status(rt_num_status_t st, const rt_value_t *v)
{
    return st == RT_NUM_OK ? spell_value(*v) : strdup(status_name(st));
}

static char *spell_i64(int64_t i)
{
    char *s = malloc(24);
    snprintf(s, 24, "%lld", (long long)i);
    return s;
}

typedef rt_value_t (*binop_fn)(rt_value_t, rt_value_t);
typedef rt_num_status_t (*checked_fn)(rt_value_t, rt_value_t, rt_value_t *);

static const struct {
    const char *name;
    binop_fn plain;
    checked_fn checked;
} binops[] = {
    {"add", rt_int_add, NULL},       {"sub", rt_int_sub, NULL},       {"mul", rt_int_mul, NULL},
    {"and", rt_int_and, NULL},       {"or", rt_int_or, NULL},         {"xor", rt_int_xor, NULL},
    {"floordiv", NULL, rt_int_floordiv}, {"mod", NULL, rt_int_mod},
    {"lshift", NULL, rt_int_lshift}, {"rshift", NULL, rt_int_rshift},
};

static char *run_binop(const int_case_t *c)
{
    for (size_t i = 0; i < NUMTEST_COUNT(binops); i++) {
        if (strcmp(c->op, binops[i].name) != 0)
            continue;
        rt_value_t a = numtest_int(c->a), b = numtest_int(c->b), r = RT_NOVALUE;
        if (binops[i].plain)
            return spell_value(binops[i].plain(a, b));
        return spell_status(binops[i].checked(a, b, &r), &r);
    }
    return NULL;
}

static char *run_double_op(const int_case_t *c)
{
    double d = 0;
    rt_num_status_t st;
    if (strcmp(c->op, "truediv") == 0)
        st = rt_int_truediv(numtest_int(c->a), numtest_int(c->b), &d);
    else
        st = rt_int_to_double(numtest_int(c->a), &d);
    return st == RT_NUM_OK ? spell_value(rt_float_new(d)) : strdup(status_name(st));
}

static char *run_pow(const int_case_t *c)
{
    rt_value_t r = RT_NOVALUE;
    if (strcmp(c->op, "pow") == 0)
        return spell_status(rt_int_pow(numtest_int(c->a), numtest_int(c->b), RT_NOVALUE, &r), &r);
    char base[128];
    const char *comma = strchr(c->a, ',');
    snprintf(base, sizeof base, "%.*s", (int)(comma - c->a), c->a);
    rt_value_t m = numtest_int(c->b);
    return spell_status(rt_int_pow(numtest_int(base), numtest_int(comma + 1), m, &r), &r);
}

static char *run_unary(const int_case_t *c)
{
    if (strcmp(c->op, "fromfloat") == 0) {
        rt_value_t r = RT_NOVALUE;
        return spell_status(rt_int_from_double(operand_double(c->a), &r), &r);
    }
    rt_value_t a = numtest_int(c->a);
    if (strcmp(c->op, "hash") == 0)
        return spell_i64(rt_int_pyhash(a));
    if (strcmp(c->op, "bitlen") == 0)
        return spell_i64((int64_t)rt_int_bit_length(a));
    if (strcmp(c->op, "neg") == 0)
        return spell_value(rt_int_neg(a));
    if (strcmp(c->op, "invert") == 0)
        return spell_value(rt_int_invert(a));
    if (strcmp(c->op, "abs") == 0)
        return spell_value(rt_int_abs(a));
    return NULL;
}

static char *run_compare(const int_case_t *c)
{
    rt_value_t a = numtest_int(c->a);
    int r = strcmp(c->op, "cmp") == 0 ? rt_int_cmp(a, numtest_int(c->b))
                                      : rt_int_cmp_double(a, operand_double(c->b));
    return r == RT_CMP_UNORDERED ? strdup("u") : spell_i64(r);
}

static char *run_case(const int_case_t *c)
{
    char *r = run_binop(c);
    if (r)
        return r;
    if (strcmp(c->op, "truediv") == 0 || strcmp(c->op, "float") == 0)
        return run_double_op(c);
    if (strcmp(c->op, "pow") == 0 || strcmp(c->op, "powmod") == 0)
        return run_pow(c);
    if (strcmp(c->op, "cmp") == 0 || strcmp(c->op, "cmpf") == 0)
        return run_compare(c);
    return run_unary(c);
}

static void run_cases(const int_case_t *cases, size_t n)
{
    size_t failures = 0;
    for (size_t i = 0; i < n; i++) {
        char *got = run_case(&cases[i]);
        if (!got || strcmp(got, cases[i].expected) != 0) {
            if (failures++ < 10)
                printf("\n  %s(%.40s, %.40s): got %.60s, expected %.60s", cases[i].op, cases[i].a,
                       cases[i].b, got ? got : "(unknown op)", cases[i].expected);
        }
        free(got);
    }
    CU_ASSERT_EQUAL(failures, 0);
}

static void test_recorded(void) { run_cases(int_cases, NUMTEST_COUNT(int_cases)); }

static void test_ten_thousand_digits(void)
{
    run_cases(big_int_cases, NUMTEST_COUNT(big_int_cases));
}

/* Bases other than 10, both ways: bin/oct/hex spellings and parsing them back. */
static void test_radix(void)
{
    for (size_t i = 0; i < NUMTEST_COUNT(radix_cases); i++) {
        const radix_case_t *c = &radix_cases[i];
        rt_value_t v = numtest_int(c->value);
        unsigned flags = c->prefixed ? RT_NUMFMT_PREFIX : 0;
        char *buf = malloc(rt_numfmt_int_bound(v, c->base));
        size_t len = rt_numfmt_int(v, c->base, flags, buf);
        CU_ASSERT_EQUAL(len, strlen(c->text));
        CU_ASSERT_STRING_EQUAL(buf, c->text);
        rt_value_t back = RT_NOVALUE;
        CU_ASSERT_EQUAL(rt_numparse_int(buf, len, c->prefixed ? 0 : c->base, &back), RT_NUM_OK);
        CU_ASSERT_EQUAL(rt_int_cmp(back, v), 0);
        free(buf);
    }
    char buf[32];
    rt_numfmt_int(rt_small(255), 16, RT_NUMFMT_PREFIX | RT_NUMFMT_UPPER, buf);
    CU_ASSERT_STRING_EQUAL(buf, "0XFF"); /* format(255, '#X') */
}

/* Results are canonical: a value that fits 63 bits is always a small int. */
static void test_canonical(void)
{
    rt_value_t big = numtest_int("4611686018427387904"); /* 2**62 */
    CU_ASSERT_FALSE(rt_is_small(big));
    rt_value_t r = rt_int_sub(big, rt_small(1));
    CU_ASSERT_TRUE(rt_is_small(r));
    CU_ASSERT_EQUAL(rt_small_value(r), RT_SMALL_MAX);
    r = rt_int_neg(big);
    CU_ASSERT_TRUE(rt_is_small(r));
    CU_ASSERT_EQUAL(rt_small_value(r), RT_SMALL_MIN);
    rt_value_t q = RT_NOVALUE;
    CU_ASSERT_EQUAL(rt_int_floordiv(rt_int_mul(big, big), big, &q), RT_NUM_OK);
    CU_ASSERT_FALSE(rt_is_small(q));
    CU_ASSERT_EQUAL(rt_int_cmp(q, big), 0);
    CU_ASSERT_TRUE(rt_int_eq(q, big));
    CU_ASSERT_TRUE(rt_is_small(rt_int_xor(q, big)));
}

/* Where this runtime stops (Python would try and raise MemoryError). */
static void test_size_limits(void)
{
    rt_value_t r = RT_NOVALUE;
    CU_ASSERT_EQUAL(rt_int_lshift(rt_small(1), rt_small((int64_t)RT_INT_MAX_BITS), &r),
                    RT_NUM_OVERFLOW);
    CU_ASSERT_EQUAL(rt_int_lshift(rt_small(1), numtest_int("100000000000000000000"), &r),
                    RT_NUM_OVERFLOW);
    CU_ASSERT_EQUAL(rt_int_lshift(rt_small(0), numtest_int("100000000000000000000"), &r),
                    RT_NUM_OK);
    CU_ASSERT_EQUAL(r, rt_small(0));
    CU_ASSERT_EQUAL(rt_int_pow(rt_small(3), rt_small((int64_t)RT_INT_MAX_BITS), RT_NOVALUE, &r),
                    RT_NUM_OVERFLOW);
    CU_ASSERT_EQUAL(rt_int_pow(rt_small(3), numtest_int("100000000000000000000"), RT_NOVALUE, &r),
                    RT_NUM_OVERFLOW);
    /* A big but buildable one: 2 ** 100000 has 100001 bits. */
    CU_ASSERT_EQUAL(rt_int_pow(rt_small(2), rt_small(100000), RT_NOVALUE, &r), RT_NUM_OK);
    CU_ASSERT_EQUAL(rt_int_bit_length(r), 100001);
}

/* int64 conversions at the edges of the two representations. */
static void test_i64(void)
{
    static const int64_t edges[] = {0, 1, -1, RT_SMALL_MAX, RT_SMALL_MIN, RT_SMALL_MAX + 1,
                                    RT_SMALL_MIN - 1, INT64_MAX, INT64_MIN};
    for (size_t i = 0; i < NUMTEST_COUNT(edges); i++) {
        rt_value_t v = rt_int_from_i64(edges[i]);
        int64_t back = 0;
        CU_ASSERT_EQUAL(rt_is_small(v), rt_small_fits(edges[i]));
        CU_ASSERT_TRUE(rt_int_to_i64(v, &back));
        CU_ASSERT_EQUAL(back, edges[i]);
        CU_ASSERT_EQUAL(rt_int_i64(v), edges[i]);
    }
    int64_t out;
    CU_ASSERT_FALSE(rt_int_to_i64(numtest_int("9223372036854775808"), &out));
    CU_ASSERT_FALSE(rt_int_to_i64(numtest_int("-9223372036854775809"), &out));
    CU_ASSERT_FALSE(rt_int_to_i64(numtest_int("100000000000000000000000"), &out));
    CU_ASSERT_TRUE(numtest_int_is(rt_int_from_u64(UINT64_MAX), "18446744073709551615"));
    CU_ASSERT_TRUE(rt_is_small(rt_int_from_u64((uint64_t)RT_SMALL_MAX)));
}

UNIT_SUITE(int, numtest_setup, NULL, UNIT_TEST(test_recorded), UNIT_TEST(test_ten_thousand_digits),
           UNIT_TEST(test_radix), UNIT_TEST(test_canonical), UNIT_TEST(test_size_limits),
           UNIT_TEST(test_i64))

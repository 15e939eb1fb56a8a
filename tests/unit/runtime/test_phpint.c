/*
** test_phpint.c: PHP integer semantics (runtime/phpint.c) against php -n 8.2, recorded by
** tools/gen-number-cases (data/phpint_cases.h): overflow to float (with PHP's exact float
** results for **), division and modulo errors, shifts past 64 and negative, float-to-int casts.
*/
#include "tests/unit/runtime/numtest.h"

#include "tests/unit/runtime/data/phpint_cases.h"

/* The result as the data file spells it: i<int>, f<bits>, !<exception class>. */
static void spell(char *buf, size_t cap, rt_num_status_t st, rt_value_t v)
{
    if (st == RT_NUM_ZERO_DIV)
        snprintf(buf, cap, "!DivisionByZeroError");
    else if (st == RT_NUM_ARITH_ERROR)
        snprintf(buf, cap, "!ArithmeticError");
    else if (st != RT_NUM_OK)
        snprintf(buf, cap, "!unexpected");
    else if (rt_is_int(v))
        snprintf(buf, cap, "i%lld", (long long)rt_int_i64(v));
    else
        snprintf(buf, cap, "f%016llx", (unsigned long long)numtest_bits(rt_float_value(v)));
}

static rt_num_status_t run(const phpint_case_t *c, rt_value_t *out)
{
    int64_t i = 0;
    rt_num_status_t st = RT_NUM_OK;
    const char *op = c->op;
    if (strcmp(op, "add") == 0)
        *out = rt_phpint_add(c->a, c->b);
    else if (strcmp(op, "sub") == 0)
        *out = rt_phpint_sub(c->a, c->b);
    else if (strcmp(op, "mul") == 0)
        *out = rt_phpint_mul(c->a, c->b);
    else if (strcmp(op, "neg") == 0)
        *out = rt_phpint_neg(c->a);
    else if (strcmp(op, "pow") == 0)
        *out = rt_phpint_pow(c->a, c->b);
    else if (strcmp(op, "div") == 0)
        st = rt_phpint_div(c->a, c->b, out);
    else {
        if (strcmp(op, "intdiv") == 0)
            st = rt_phpint_intdiv(c->a, c->b, &i);
        else if (strcmp(op, "mod") == 0)
            st = rt_phpint_mod(c->a, c->b, &i);
        else if (strcmp(op, "shl") == 0)
            st = rt_phpint_shl(c->a, c->b, &i);
        else
            st = rt_phpint_shr(c->a, c->b, &i);
        if (st == RT_NUM_OK)
            *out = rt_int_from_i64(i);
    }
    return st;
}

static void test_operators(void)
{
    size_t failures = 0;
    for (size_t i = 0; i < NUMTEST_COUNT(phpint_cases); i++) {
        const phpint_case_t *c = &phpint_cases[i];
        rt_value_t v = RT_NOVALUE;
        char got[48];
        rt_num_status_t st = run(c, &v);
        spell(got, sizeof got, st, v);
        if (strcmp(got, c->expected) != 0 && failures++ < 10)
            printf("\n  %s(%lld, %lld): got %s, expected %s", c->op, (long long)c->a,
                   (long long)c->b, got, c->expected);
    }
    CU_ASSERT_EQUAL(failures, 0);
}

static void test_casts(void)
{
    for (size_t i = 0; i < NUMTEST_COUNT(phpcast_cases); i++) {
        const phpcast_case_t *c = &phpcast_cases[i];
        double d = numtest_double(c->bits);
        CU_ASSERT_EQUAL(rt_phpint_from_double(d), c->cast);
        CU_ASSERT_EQUAL(rt_phpint_from_double_cap(d), c->cap);
    }
}

/* PHP ints between 2^62 and 2^63 are boxed but behave as ints. */
static void test_boxed_range(void)
{
    rt_value_t v = rt_phpint_add(INT64_MAX - 1, 1);
    CU_ASSERT_TRUE(rt_is_int(v));
    CU_ASSERT_FALSE(rt_is_small(v));
    CU_ASSERT_EQUAL(rt_int_i64(v), INT64_MAX);
    v = rt_phpint_add(INT64_MAX, 1);
    CU_ASSERT_TRUE(rt_is_float(v));
    CU_ASSERT_EQUAL(rt_float_value(v), 0x1p63);
}

UNIT_SUITE(phpint, numtest_setup, NULL, UNIT_TEST(test_operators), UNIT_TEST(test_casts),
           UNIT_TEST(test_boxed_range))

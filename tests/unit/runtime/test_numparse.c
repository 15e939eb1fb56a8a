/*
** test_numparse.c: text to numbers (runtime/numparse.c) against CPython 3.11's int() and float()
** and PHP 8.2's numeric strings, recorded by tools/gen-number-cases (data/parse_cases.h):
** whitespace, signs, prefixes, underscores, special words, overflow, leading-numeric strings.
*/
#include <math.h>

#include "tests/unit/runtime/numtest.h"

#include "tests/unit/runtime/data/parse_cases.h"

static void test_python_int(void)
{
    size_t failures = 0;
    for (size_t i = 0; i < NUMTEST_COUNT(int_parse_cases); i++) {
        const int_parse_case_t *c = &int_parse_cases[i];
        rt_value_t v = RT_NOVALUE;
        rt_num_status_t st = rt_numparse_int(c->s, c->len, c->base, &v);
        char *got = st == RT_NUM_OK ? numtest_str(v) : strdup("!");
        if (strcmp(got, c->expected) != 0 && failures++ < 10)
            printf("\n  int(%s, %d): got %s, expected %s", c->s, c->base, got, c->expected);
        free(got);
    }
    CU_ASSERT_EQUAL(failures, 0);
}

static void test_python_float(void)
{
    size_t failures = 0;
    for (size_t i = 0; i < NUMTEST_COUNT(float_parse_cases); i++) {
        const float_parse_case_t *c = &float_parse_cases[i];
        double d = 0;
        char got[24] = "!";
        if (rt_numparse_float(c->s, c->len, &d) == RT_NUM_OK)
            snprintf(got, sizeof got, "%016llx", (unsigned long long)numtest_bits(d));
        /* Python's float('nan') has a positive sign bit whatever the spelling's sign. */
        if (isnan(d) && strcmp(c->expected, "!") != 0)
            snprintf(got, sizeof got, "%016llx",
                     (unsigned long long)(numtest_bits(d) & ~(1ull << 63)) |
                         (strtoull(c->expected, NULL, 16) & (1ull << 63)));
        if (strcmp(got, c->expected) != 0 && failures++ < 10)
            printf("\n  float(%s): got %s, expected %s", c->s, got, c->expected);
    }
    CU_ASSERT_EQUAL(failures, 0);
}

static void test_php_numeric(void)
{
    size_t failures = 0;
    for (size_t i = 0; i < NUMTEST_COUNT(php_parse_cases); i++) {
        const php_parse_case_t *c = &php_parse_cases[i];
        rt_phpnum_t n;
        rt_numparse_php(c->s, c->len, &n);
        bool ok = n.kind == c->kind;
        if (ok && c->kind != RT_PHPNUM_NONE)
            ok = n.trailing == (c->trailing != 0);
        if (ok && c->kind == RT_PHPNUM_INT)
            ok = n.i == c->i;
        if (ok && c->kind == RT_PHPNUM_FLOAT)
            ok = numtest_bits(n.d) == c->bits;
        if (!ok && failures++ < 10)
            printf("\n  php \"%s\": got kind %d trailing %d i %lld d %.17g", c->s, n.kind,
                   n.trailing, (long long)n.i, n.d);
    }
    CU_ASSERT_EQUAL(failures, 0);
}

/* Decimal text of 10,000+ digits both ways, and the int64 fast path's edge. */
static void test_long_decimals(void)
{
    char *digits = malloc(20001);
    for (int i = 0; i < 20000; i++)
        digits[i] = (char)('1' + i % 9);
    digits[20000] = '\0';
    rt_value_t v = RT_NOVALUE;
    CU_ASSERT_EQUAL(rt_numparse_int(digits, 20000, 10, &v), RT_NUM_OK);
    CU_ASSERT_TRUE(numtest_int_is(v, digits));
    free(digits);
    CU_ASSERT_EQUAL(rt_numparse_int("18446744073709551615", 20, 10, &v), RT_NUM_OK);
    CU_ASSERT_TRUE(numtest_int_is(v, "18446744073709551615"));
    CU_ASSERT_EQUAL(rt_numparse_int("18446744073709551616", 20, 10, &v), RT_NUM_OK);
    CU_ASSERT_TRUE(numtest_int_is(v, "18446744073709551616"));
}

UNIT_SUITE(numparse, numtest_setup, NULL, UNIT_TEST(test_python_int), UNIT_TEST(test_python_float),
           UNIT_TEST(test_php_numeric), UNIT_TEST(test_long_decimals))

/*
** test_numfmt.c: numbers to text (runtime/numfmt.c). Exact agreement with Python's repr and
** format() and PHP's var_dump / echo / var_export / json_encode on values recorded from python3
** and php -n (data/float_cases.h: every power of two, random bit patterns, subnormals, short
** decimals), and a million random doubles whose repr must read back bit for bit.
*/
#include <math.h>
#include <time.h>

#include "tests/unit/runtime/numtest.h"

#include "tests/unit/runtime/data/float_cases.h"

/* Counts mismatches of one spelling, printing the first few. */
static void check(size_t *failures, const char *what, uint64_t bits, const char *got,
                  const char *expected)
{
    if (strcmp(got, expected) == 0)
        return;
    if ((*failures)++ < 10)
        printf("\n  %s(0x%016llx): got %s, expected %s", what, (unsigned long long)bits, got,
               expected);
}

static void test_python_repr(void)
{
    size_t failures = 0;
    char buf[RT_NUMFMT_FLOAT_MAX];
    for (size_t i = 0; i < NUMTEST_COUNT(float_cases); i++) {
        const float_case_t *c = &float_cases[i];
        size_t len = rt_numfmt_float_repr(numtest_double(c->bits), buf);
        CU_ASSERT_EQUAL(len, strlen(buf));
        check(&failures, "repr", c->bits, buf, c->repr);
    }
    CU_ASSERT_EQUAL(failures, 0);
}

static void test_php_spellings(void)
{
    size_t failures = 0;
    char buf[RT_NUMFMT_FLOAT_MAX];
    for (size_t i = 0; i < NUMTEST_COUNT(float_cases); i++) {
        const float_case_t *c = &float_cases[i];
        double d = numtest_double(c->bits);
        rt_numfmt_float_php(d, -1, 0, buf, sizeof buf);
        check(&failures, "var_dump", c->bits, buf, c->php_dump);
        rt_numfmt_float_php(d, 14, 0, buf, sizeof buf);
        check(&failures, "echo", c->bits, buf, c->php_echo);
        rt_numfmt_float_php(d, -1, RT_NUMFMT_PHP_ZERO_FRAC, buf, sizeof buf);
        check(&failures, "var_export", c->bits, buf, c->php_export);
        if (strcmp(c->php_json, "!") != 0) { /* json_encode refuses INF and NAN */
            rt_numfmt_float_php(d, -1, RT_NUMFMT_PHP_LOWER_E, buf, sizeof buf);
            check(&failures, "json_encode", c->bits, buf, c->php_json);
        }
    }
    CU_ASSERT_EQUAL(failures, 0);
}

static void test_python_format(void)
{
    size_t failures = 0;
    char buf[512];
    for (size_t i = 0; i < NUMTEST_COUNT(format_cases); i++) {
        const format_case_t *c = &format_cases[i];
        size_t len = rt_numfmt_float_format(numtest_double(c->bits), c->type, c->precision,
                                            c->alt, buf, sizeof buf);
        CU_ASSERT_EQUAL(len, strlen(c->expected));
        char what[32];
        snprintf(what, sizeof what, "format %c.%d%s", c->type ? c->type : '_', c->precision,
                 c->alt ? "#" : "");
        check(&failures, what, c->bits, buf, c->expected);
    }
    CU_ASSERT_EQUAL(failures, 0);
}

/* snprintf's contract: the full length always, the text cut to fit, NUL-terminated. */
static void test_format_truncation(void)
{
    char small[8];
    size_t len = rt_numfmt_float_format(1e300, 'f', 2, false, small, sizeof small);
    CU_ASSERT_EQUAL(len, 304);
    CU_ASSERT_STRING_EQUAL(small, "1000000");
    char *big = malloc(len + 1);
    CU_ASSERT_EQUAL(rt_numfmt_float_format(1e300, 'f', 2, false, big, len + 1), len);
    CU_ASSERT_EQUAL(strlen(big), len);
    CU_ASSERT_STRING_EQUAL(big + len - 3, ".00");
    free(big);
    len = rt_numfmt_float_format(0.1, 'g', 60, false, small, sizeof small);
    CU_ASSERT_EQUAL(len, 57); /* 0.1000000000000000055511151231257827021181583404541015625 */
    CU_ASSERT_STRING_EQUAL(small, "0.10000");
    CU_ASSERT_EQUAL(rt_numfmt_float_format(1.0, 'd', -1, false, small, sizeof small), (size_t)-1);
}

/* Other precisions, as php -n -d precision=N -r 'echo ...;' prints them. */
static void test_php_precisions(void)
{
    static const struct {
        double d;
        int precision;
        const char *text;
    } cases[] = {
        {0.1, 50, "0.1000000000000000055511151231257827021181583404541"},
        {1.0 / 3, 17, "0.33333333333333331"},
        {-2.5, 1, "-2"},
        {-2.5, 0, "-2"},
        {123456.0, 1, "1.0E+5"},
        {1e15, 17, "1000000000000000"},
        {0.1, 1000, "0.1000000000000000055511151231257827021181583404541015625"},
    };
    char buf[RT_NUMFMT_FLOAT_MAX];
    for (size_t i = 0; i < NUMTEST_COUNT(cases); i++) {
        size_t len = rt_numfmt_float_php(cases[i].d, cases[i].precision, 0, buf, sizeof buf);
        CU_ASSERT_EQUAL(len, strlen(cases[i].text));
        CU_ASSERT_STRING_EQUAL(buf, cases[i].text);
    }
    /* echo 1.2345e-300 under precision=1000 prints all 749 significant digits: 755 bytes. */
    char *big = malloc(1000);
    CU_ASSERT_EQUAL(rt_numfmt_float_php(1.2345e-300, 1000, 0, big, 1000), 755);
    CU_ASSERT_EQUAL(rt_numfmt_float_php(1.2345e-300, 1000, 0, buf, sizeof buf), 755);
    CU_ASSERT_EQUAL(strlen(buf), sizeof buf - 1);
    free(big);
}

/* Doubles whose exact decimal expansion is short (the digit generation's printf-free path) and
** the first ones past its limits: 16 exact digits, 2**63, inexact ones. Spellings recorded from
** python3's repr and php -n's echo and json_encode. */
static void test_exact_decimals(void)
{
    static const struct {
        double d;
        const char *repr, *echo, *json;
    } cases[] = {
        {0x1.349p+10, "1234.25", "1234.25", "1234.25"},
        {0x1p-20, "9.5367431640625e-07", "9.5367431640625E-7", "9.5367431640625e-7"},
        {0x1p-22, "2.384185791015625e-07", "2.3841857910156E-7", "2.384185791015625e-7"},
        {0x1.c12218377de4p+46, "123456789012345.0", "1.2345678901234E+14", "123456789012345"},
        {0x1.18b54f22aebp+50, "1234567890123456.0", "1.2345678901235E+15", "1234567890123456"},
        {0x1p+53, "9007199254740992.0", "9.007199254741E+15", "9007199254740992"},
        {0x1p+63, "9.223372036854776e+18", "9.2233720368548E+18", "9.223372036854776e+18"},
        {0x1.0f0cf064dd592p+73, "1e+22", "1.0E+22", "1.0e+22"},
        {0x1.52d02c7e14af6p+76, "1e+23", "1.0E+23", "1.0e+23"},
        {0x1.8p-2, "0.375", "0.375", "0.375"},
        {0x1.fe07017c01026p-21, "9.5e-07", "9.5E-7", "9.5e-7"},
        {0x1.1666666666666p+2, "4.35", "4.35", "4.35"},
        {0x1.9p+6, "100.0", "100", "100"},
        {0x0.0000000000001p-1022, "5e-324", "4.9406564584125E-324", "5.0e-324"},
    };
    char buf[RT_NUMFMT_FLOAT_MAX];
    for (size_t i = 0; i < NUMTEST_COUNT(cases); i++) {
        rt_numfmt_float_repr(cases[i].d, buf);
        CU_ASSERT_STRING_EQUAL(buf, cases[i].repr);
        rt_numfmt_float_php(cases[i].d, 14, 0, buf, sizeof buf);
        CU_ASSERT_STRING_EQUAL(buf, cases[i].echo);
        rt_numfmt_float_php(cases[i].d, -1, RT_NUMFMT_PHP_LOWER_E, buf, sizeof buf);
        CU_ASSERT_STRING_EQUAL(buf, cases[i].json);
    }
}

/* repr of random bit patterns (subnormals, huge and tiny exponents) reads back bit for bit. */
static void test_repr_roundtrip_million(void)
{
    uint64_t state = 0x5eed;
    size_t failures = 0;
    char buf[RT_NUMFMT_FLOAT_MAX];
    clock_t start = clock();
    for (int i = 0; i < 1000000; i++) {
        uint64_t bits = numtest_next(&state);
        if (i % 8 == 0)
            bits &= 0x800fffffffffffffull; /* every eighth a subnormal */
        double d = numtest_double(bits);
        if (isnan(d))
            continue;
        rt_numfmt_float_repr(d, buf);
        if (numtest_bits(strtod(buf, NULL)) != bits && failures++ < 10)
            printf("\n  0x%016llx -> %s", (unsigned long long)bits, buf);
    }
    printf("\n  [1e6 reprs: %.2f s] ", (double)(clock() - start) / CLOCKS_PER_SEC);
    CU_ASSERT_EQUAL(failures, 0);
}

UNIT_SUITE(numfmt, numtest_setup, NULL, UNIT_TEST(test_python_repr), UNIT_TEST(test_php_spellings),
           UNIT_TEST(test_exact_decimals),
           UNIT_TEST(test_php_precisions), UNIT_TEST(test_python_format),
           UNIT_TEST(test_format_truncation),
           UNIT_TEST(test_repr_roundtrip_million))

/*
** test_strbuf.c: the string builder (runtime/strbuf.c). Formatted output is compared with the C
** library's snprintf of the same format, which appendf must reproduce exactly.
*/
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/rt.h"
#include "tests/unit/runtime/strtest.h"
#include "tests/unit/unit.h"

static bool holds(const rt_str_t *s, const char *bytes, size_t len)
{
    return (size_t)s->len == len && memcmp(s->data, bytes, len) == 0 && s->data[len] == '\0';
}

static void test_append(void)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 0);
    rt_strbuf_append(&b, "hello", 5);
    rt_strbuf_append_char(&b, ',');
    rt_strbuf_append_char(&b, ' ');
    rt_strbuf_append_str(&b, rt_str_new("world", 5));
    rt_strbuf_append(&b, "", 0);
    rt_strbuf_append(&b, "!\0?", 3); /* NUL is an ordinary byte */
    CU_ASSERT_EQUAL(b.len, 15);
    rt_str_t *s = rt_strbuf_finish(&b, &rt_type_str);
    CU_ASSERT_TRUE(holds(s, "hello, world!\0?", 15));
    CU_ASSERT_PTR_EQUAL(rt_obj_type(s), &rt_type_str);
    CU_ASSERT_EQUAL(b.len, 0); /* empty again, and reusable */
    rt_strbuf_append(&b, "\xff\x00\x01", 3);
    rt_str_t *bytes = rt_strbuf_finish(&b, &rt_type_bytes);
    CU_ASSERT_PTR_EQUAL(rt_obj_type(bytes), &rt_type_bytes);
    CU_ASSERT_TRUE(holds(bytes, "\xff\x00\x01", 3));
    CU_ASSERT_FALSE(rt_str_is_utf8(bytes));
}

static void test_small_results(void)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 100);
    CU_ASSERT_PTR_EQUAL(rt_strbuf_finish(&b, &rt_type_str), rt_str_new("", 0));
    rt_strbuf_init(&b, 0);
    CU_ASSERT_PTR_EQUAL(rt_strbuf_finish(&b, &rt_type_bytes), rt_bytes_new("", 0));
    rt_strbuf_append_char(&b, 'q');
    CU_ASSERT_PTR_EQUAL(rt_strbuf_finish(&b, &rt_type_str), rt_str_new("q", 1));
}

/* Both endings: an exactly filled buffer becomes the result in place; a mostly empty one is
** copied into an exact-size string (its allocated size shows which). */
static void test_finish_in_place_or_copy(void)
{
    char text[4096];
    for (size_t i = 0; i < sizeof text; i++)
        text[i] = (char)('A' + i % 23);
    rt_strbuf_t b;
    rt_strbuf_init(&b, 1000);
    rt_strbuf_append(&b, text, 1000);
    void *storage = b.storage;
    rt_str_t *full = rt_strbuf_finish(&b, &rt_type_bytes);
    CU_ASSERT_PTR_EQUAL(full, storage);
    CU_ASSERT_TRUE(holds(full, text, 1000));
    CU_ASSERT_PTR_EQUAL(rt_obj_type(full), &rt_type_bytes);
    rt_strbuf_init(&b, 4000);
    rt_strbuf_append(&b, text, 100);
    storage = b.storage;
    rt_str_t *copied = rt_strbuf_finish(&b, &rt_type_str);
    CU_ASSERT_PTR_NOT_EQUAL(copied, storage);
    CU_ASSERT_TRUE(holds(copied, text, 100));
    CU_ASSERT_TRUE(gc_size_of(copied) < 200);
}

static void test_appendf(void)
{
    char want[512];
    rt_strbuf_t b;
    rt_strbuf_init(&b, 0);
    rt_strbuf_appendf(&b, "%d-%s-%.3f|", -42, "text", 3.14159);
    rt_strbuf_appendf(&b, "%s", "");
    rt_strbuf_appendf(&b, "%08x %5.1e %c %%", 0xbeefu, 12345.678, 'z');
    /* longer than any capacity so far: the second formatting pass */
    rt_strbuf_appendf(&b, "[%300s]", "right-aligned");
    int n = snprintf(want, sizeof want, "%d-%s-%.3f|%s%08x %5.1e %c %%[%300s]", -42, "text",
                     3.14159, "", 0xbeefu, 12345.678, 'z', "right-aligned");
    rt_str_t *s = rt_strbuf_finish(&b, &rt_type_str);
    CU_ASSERT_TRUE(holds(s, want, (size_t)n));
}

/* Many appends of all sizes, with collections, against a plain malloc'd copy. */
static void test_large_appends(void)
{
    strtest_rng_t r = {99};
    size_t cap = 1 << 22, len = 0;
    char *want = malloc(cap);
    char piece[20000];
    rt_strbuf_t b;
    rt_strbuf_init(&b, 0);
    while (len < cap - sizeof piece - 64) {
        size_t n = strtest_below(&r, 8) ? strtest_below(&r, 40) : strtest_below(&r, sizeof piece);
        for (size_t i = 0; i < n; i++)
            piece[i] = (char)strtest_next(&r);
        switch (strtest_below(&r, 3)) {
        case 0:
            rt_strbuf_append(&b, piece, n);
            break;
        case 1:
            rt_strbuf_append_str(&b, rt_str_new(piece, n));
            break;
        default:
            n = (size_t)snprintf(piece, sizeof piece, "<%zu>", len);
            rt_strbuf_appendf(&b, "<%zu>", len);
            break;
        }
        memcpy(want + len, piece, n);
        len += n;
        if (strtest_below(&r, 500) == 0)
            gc_collect(strtest_below(&r, 2) ? GC_MAJOR : GC_MINOR);
    }
    /* appending the builder's own bytes, which may move to new storage meanwhile */
    rt_strbuf_append(&b, b.data, b.len);
    rt_str_t *s = rt_strbuf_finish(&b, &rt_type_bytes);
    CU_ASSERT_EQUAL((size_t)s->len, 2 * len);
    CU_ASSERT_EQUAL(memcmp(s->data, want, len), 0);
    CU_ASSERT_EQUAL(memcmp(s->data + len, want, len), 0);
    free(want);
}

/* append_int spells every int64 as "%" PRId64 does, the extremes included. */
static void test_append_int(void)
{
    static const int64_t values[] = {0, 7, -7, 10, -10, 1234567890, INT64_MAX, INT64_MIN,
                                     INT64_MIN + 1, 999999999999999999};
    char want[512] = "";
    rt_strbuf_t b;
    rt_strbuf_init(&b, 0);
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        rt_strbuf_append_int(&b, values[i]);
        snprintf(want + strlen(want), sizeof want - strlen(want), "%" PRId64, values[i]);
    }
    rt_str_t *s = rt_strbuf_finish(&b, &rt_type_str);
    CU_ASSERT_TRUE(holds(s, want, strlen(want)));
}

UNIT_SUITE(strbuf, strtest_setup, NULL, UNIT_TEST(test_append), UNIT_TEST(test_small_results),
           UNIT_TEST(test_finish_in_place_or_copy), UNIT_TEST(test_appendf),
           UNIT_TEST(test_large_appends), UNIT_TEST(test_append_int))

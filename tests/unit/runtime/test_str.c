/*
** test_str.c: the string object (runtime/str.c): construction, the static singletons, the cached
** ASCII / UTF-8 facts, equality and ordering. Also holds the setup every string suite shares.
*/
#include <stdio.h>
#include <string.h>

#include "runtime/rt.h"
#include "tests/unit/runtime/strtest.h"
#include "tests/unit/unit.h"

int strtest_setup(void)
{
    static bool started;
    if (!started) {
        gc_init(NULL);
        started = true;
    }
    return 0;
}

static void test_new(void)
{
    rt_str_t *s = rt_str_new("hello, world", 12);
    CU_ASSERT_PTR_EQUAL(rt_obj_type(s), &rt_type_str);
    CU_ASSERT_EQUAL(s->len, 12);
    CU_ASSERT_EQUAL(memcmp(s->data, "hello, world", 13), 0); /* NUL included */
    CU_ASSERT_EQUAL(s->hash, 0);
    CU_ASSERT_PTR_NULL(s->index);
    CU_ASSERT_EQUAL((uintptr_t)s % GC_GRANULE, 0);
    rt_str_t *c = rt_str_from_cstr("hello, world");
    CU_ASSERT_PTR_NOT_EQUAL(c, s);
    CU_ASSERT_TRUE(rt_str_eq(c, s));
    rt_str_t *nul = rt_str_new("a\0b", 3); /* embedded NUL */
    CU_ASSERT_EQUAL(nul->len, 3);
    CU_ASSERT_EQUAL(nul->data[1], '\0');
    CU_ASSERT_EQUAL(nul->data[3], '\0');
    rt_str_t *b = rt_bytes_new("hello, world", 12);
    CU_ASSERT_PTR_EQUAL(rt_obj_type(b), &rt_type_bytes);
    CU_ASSERT_PTR_EQUAL(rt_obj_type(rt_str_new_typed(&rt_type_bytes, "xy", 2)), &rt_type_bytes);
    rt_str_t *a = rt_str_alloc(&rt_type_str, 5);
    CU_ASSERT_EQUAL(a->len, 5);
    CU_ASSERT_EQUAL(memcmp(a->data, "\0\0\0\0\0\0", 6), 0);
}

static void test_singletons(void)
{
    rt_str_t *e = rt_str_new("", 0);
    CU_ASSERT_PTR_EQUAL(e, rt_str_from_cstr(""));
    CU_ASSERT_EQUAL(e->len, 0);
    CU_ASSERT_EQUAL(e->data[0], '\0');
    CU_ASSERT_TRUE(rt_str_is_ascii(e));
    CU_ASSERT_TRUE(e->hdr.gc.rt_flags & RT_STR_INTERNED);
    CU_ASSERT_FALSE(gc_in_heap(e));
    rt_str_t *be = rt_bytes_new("", 0);
    CU_ASSERT_PTR_NOT_EQUAL(be, e);
    CU_ASSERT_PTR_EQUAL(rt_obj_type(be), &rt_type_bytes);
    for (int c = 0; c < 256; c++) {
        char ch = (char)c;
        rt_str_t *s = rt_str_new(&ch, 1), *b = rt_bytes_new(&ch, 1);
        CU_ASSERT_PTR_EQUAL(s, rt_str_new(&ch, 1));
        CU_ASSERT_PTR_EQUAL(rt_obj_type(s), &rt_type_str);
        CU_ASSERT_PTR_EQUAL(rt_obj_type(b), &rt_type_bytes);
        CU_ASSERT_PTR_EQUAL(b, rt_bytes_new(&ch, 1));
        CU_ASSERT_EQUAL((uintptr_t)s % GC_GRANULE, 0);
        CU_ASSERT_TRUE(s->len == 1 && s->data[0] == ch && s->data[1] == '\0');
        CU_ASSERT_EQUAL(rt_str_is_ascii(s), c < 0x80);
        CU_ASSERT_EQUAL(rt_str_is_utf8(b), c < 0x80); /* a lone byte >= 0x80 is not UTF-8 */
        CU_ASSERT_FALSE(rt_str_eq(s, b));
    }
    /* rt_str_alloc always gives a fresh, writable string */
    CU_ASSERT_TRUE(gc_in_heap(rt_str_alloc(&rt_type_str, 1)));
    CU_ASSERT_TRUE(gc_in_heap(rt_str_alloc(&rt_type_str, 0)));
}

static void test_facts(void)
{
    rt_str_t *ascii = rt_str_new("plain ascii text", 16);
    CU_ASSERT_FALSE(ascii->hdr.gc.rt_flags & RT_STR_CHECKED); /* lazily computed */
    CU_ASSERT_TRUE(rt_str_is_utf8(ascii));
    CU_ASSERT_TRUE(ascii->hdr.gc.rt_flags & RT_STR_CHECKED);
    CU_ASSERT_TRUE(rt_str_is_ascii(ascii));
    rt_str_t *utf8 = rt_str_new("caf\xc3\xa9", 5);
    CU_ASSERT_FALSE(rt_str_is_ascii(utf8));
    CU_ASSERT_TRUE(rt_str_is_utf8(utf8));
    rt_str_t *latin1 = rt_str_new("caf\xe9", 4); /* a PHP string in ISO-8859-1 */
    CU_ASSERT_FALSE(rt_str_is_utf8(latin1));
    CU_ASSERT_FALSE(rt_str_is_ascii(latin1));
    rt_str_t *known = rt_str_new_utf8("na\xc3\xafve", 6);
    CU_ASSERT_EQUAL(known->hdr.gc.rt_flags & (RT_STR_CHECKED | RT_STR_UTF8 | RT_STR_ASCII),
                    RT_STR_CHECKED | RT_STR_UTF8);
    rt_str_t *known_ascii = rt_str_new_utf8("naive", 5);
    CU_ASSERT_TRUE(known_ascii->hdr.gc.rt_flags & RT_STR_ASCII);
    rt_str_t *surrogate = rt_bytes_new("\xed\xa0\x80", 3);
    CU_ASSERT_FALSE(rt_str_is_utf8(surrogate));
}

static void test_eq(void)
{
    rt_str_t *a = rt_str_new("abcdef", 6), *b = rt_str_new("abcdef", 6);
    CU_ASSERT_TRUE(rt_str_eq(a, a));
    CU_ASSERT_TRUE(rt_str_eq(a, b));
    CU_ASSERT_FALSE(rt_str_eq(a, rt_str_new("abcdeg", 6)));
    CU_ASSERT_FALSE(rt_str_eq(a, rt_str_new("abcde", 5)));
    CU_ASSERT_FALSE(rt_str_eq(a, rt_bytes_new("abcdef", 6))); /* Python: 'abcdef' != b'abcdef' */
    rt_str_hash(a);
    rt_str_hash(b);
    CU_ASSERT_TRUE(rt_str_eq(a, b)); /* with both hashes cached */
    rt_str_t *c = rt_str_new("abcdeX", 6);
    rt_str_hash(c);
    CU_ASSERT_FALSE(rt_str_eq(a, c));
    CU_ASSERT_TRUE(rt_str_eq(rt_str_new("a\0b", 3), rt_str_new("a\0b", 3)));
    CU_ASSERT_FALSE(rt_str_eq(rt_str_new("a\0b", 3), rt_str_new("a\0c", 3)));
}

static int sign(int x) { return (x > 0) - (x < 0); }

/* Expected signs are those of CPython 3.11 comparing the same bytes objects (b'abc' < b'abd'). */
static void test_cmp(void)
{
    static const struct {
        const char *a;
        size_t alen;
        const char *b;
        size_t blen;
        int sign;
    } cases[] = {
        {"abc", 3, "abd", 3, -1},
        {"ab", 2, "abc", 3, -1},
        {"abc", 3, "ab", 2, 1},
        {"abc", 3, "abc", 3, 0},
        {"", 0, "a", 1, -1},
        {"\xff", 1, "a", 1, 1},           /* bytes compare unsigned */
        {"a\0b", 3, "a\0c", 3, -1},       /* embedded NUL is an ordinary byte */
        {"a\0", 2, "a", 1, 1},
        {"\xc3\xa9", 2, "\xe4\xb8\xad", 3, -1}, /* U+00E9 < U+4E2D: UTF-8 keeps code point order */
        {"\xef\xbf\xbf", 3, "\xf0\x90\x80\x80", 4, -1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rt_str_t *a = rt_str_new(cases[i].a, cases[i].alen);
        rt_str_t *b = rt_str_new(cases[i].b, cases[i].blen);
        CU_ASSERT_EQUAL(sign(rt_str_cmp(a, b)), cases[i].sign);
        CU_ASSERT_EQUAL(sign(rt_str_cmp(b, a)), -cases[i].sign);
        CU_ASSERT_EQUAL(rt_str_eq(a, b), cases[i].sign == 0);
    }
}

/* Strings held only by the C stack survive collections with their contents. */
static void test_survives_collection(void)
{
    rt_str_t *keep[64];
    char text[64];
    for (int i = 0; i < 64; i++) {
        int n = snprintf(text, sizeof text, "string number %d, long enough to be in the heap", i);
        keep[i] = rt_str_new(text, (size_t)n);
    }
    gc_collect(GC_MAJOR);
    for (int i = 0; i < 1000; i++) /* reuse of wrongly freed memory would overwrite them */
        rt_str_new("garbage garbage garbage garbage garbage", 39);
    gc_collect(GC_MINOR);
    int bad = 0;
    for (int i = 0; i < 64; i++) {
        int n = snprintf(text, sizeof text, "string number %d, long enough to be in the heap", i);
        bad += keep[i]->len != n || memcmp(keep[i]->data, text, (size_t)n + 1) != 0;
    }
    CU_ASSERT_EQUAL(bad, 0);
}

UNIT_SUITE(str, strtest_setup, NULL, UNIT_TEST(test_new), UNIT_TEST(test_singletons),
           UNIT_TEST(test_facts), UNIT_TEST(test_eq), UNIT_TEST(test_cmp),
           UNIT_TEST(test_survives_collection))

/*
** test_strindex.c: indexing by code point (runtime/strindex.c). Random text of 1- to 4-byte code
** points is generated with its code points recorded, so every answer is checked against a naive
** table; lengths run from a few code points (scanned, never indexed) to many index steps (64).
*/
#include <stdlib.h>
#include <string.h>

#include "runtime/rt.h"
#include "tests/unit/runtime/strtest.h"
#include "tests/unit/unit.h"

/* A random valid UTF-8 text and, for each code point, its value and byte offset. */
typedef struct text {
    char *bytes;
    size_t len;
    int64_t ncp;
    uint32_t *cps;
    int64_t *offsets; /* ncp + 1 entries, the last = len */
} text_t;

/* Code points of every length, in proportions (per 16) ascii_share : rest. */
static uint32_t random_cp(strtest_rng_t *r, unsigned ascii_share)
{
    if (strtest_below(r, 16) < ascii_share)
        return 0x20 + strtest_below(r, 95);
    switch (strtest_below(r, 3)) {
    case 0:
        return 0x80 + strtest_below(r, 0x800 - 0x80);
    case 1: {
        uint32_t cp = 0x800 + strtest_below(r, 0x10000 - 0x800);
        return cp >= 0xD800 && cp <= 0xDFFF ? cp + 0x800 : cp;
    }
    default:
        return 0x10000 + strtest_below(r, 0x110000 - 0x10000);
    }
}

static text_t make_text(strtest_rng_t *r, int64_t ncp, unsigned ascii_share)
{
    text_t t = {malloc((size_t)ncp * 4 + 1), 0, ncp, malloc((size_t)ncp * sizeof(uint32_t)),
                malloc(((size_t)ncp + 1) * sizeof(int64_t))};
    for (int64_t i = 0; i < ncp; i++) {
        t.cps[i] = random_cp(r, ascii_share);
        t.offsets[i] = (int64_t)t.len;
        t.len += (size_t)rt_utf8_encode(t.cps[i], t.bytes + t.len);
    }
    t.offsets[ncp] = (int64_t)t.len;
    return t;
}

static void free_text(text_t *t)
{
    free(t->bytes);
    free(t->cps);
    free(t->offsets);
}

/* Checks cp_len, then every offset and code point in a random order, then random slices. */
static int check_text(strtest_rng_t *r, const text_t *t)
{
    rt_str_t *s = rt_str_new(t->bytes, t->len);
    int bad = rt_str_cp_len(s) != t->ncp;
    for (int64_t n = 0; n <= t->ncp; n++) {
        int64_t i = n == 0 ? t->ncp : (int64_t)strtest_below(r, (uint32_t)t->ncp + 1);
        bad += rt_str_cp_offset(s, i) != t->offsets[i];
        if (i < t->ncp)
            bad += rt_str_cp_at(s, i) != t->cps[i];
    }
    for (int n = 0; n < 50; n++) {
        int64_t a = strtest_below(r, (uint32_t)t->ncp + 1);
        int64_t b = strtest_below(r, (uint32_t)t->ncp + 1);
        int64_t start = a < b ? a : b, stop = a < b ? b : a;
        rt_str_t *slice = rt_str_cp_slice(s, start, stop);
        size_t want_len = (size_t)(t->offsets[stop] - t->offsets[start]);
        bad += (size_t)slice->len != want_len ||
               memcmp(slice->data, t->bytes + t->offsets[start], want_len) != 0 ||
               slice->data[want_len] != '\0' || rt_str_cp_len(slice) != stop - start ||
               !rt_str_is_utf8(slice);
    }
    return bad;
}

static void test_mixed_text(void)
{
    strtest_rng_t r = {77};
    /* around the scan limit (128 bytes), the step (64), and far past both */
    static const int64_t sizes[] = {1, 2, 5, 31, 32, 33, 40, 63, 64, 65, 127, 128, 129,
                                    200, 1000, 4096, 30000};
    int bad = 0;
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        for (unsigned ascii_share = 0; ascii_share <= 14; ascii_share += 7) {
            text_t t = make_text(&r, sizes[i], ascii_share);
            bad += check_text(&r, &t);
            free_text(&t);
        }
    }
    CU_ASSERT_EQUAL(bad, 0);
}

/* One non-ASCII code point in a long ASCII text: the index must place everything after it. */
static void test_single_wide_char(void)
{
    char buf[1000];
    memset(buf, 'x', sizeof buf);
    memcpy(buf + 500, "\xf0\x9f\x98\x80", 4); /* U+1F600 */
    rt_str_t *s = rt_str_new(buf, sizeof buf);
    CU_ASSERT_EQUAL(rt_str_cp_len(s), 997);
    CU_ASSERT_EQUAL(rt_str_cp_at(s, 500), 0x1F600);
    CU_ASSERT_EQUAL(rt_str_cp_offset(s, 501), 504);
    CU_ASSERT_EQUAL(rt_str_cp_offset(s, 997), 1000);
    CU_ASSERT_EQUAL(rt_str_cp_at(s, 996), 'x');
    CU_ASSERT_PTR_NOT_NULL(s->index);
}

static void test_ascii_needs_no_index(void)
{
    char buf[3000];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (char)('a' + i % 26);
    rt_str_t *s = rt_str_new(buf, sizeof buf);
    CU_ASSERT_EQUAL(rt_str_cp_len(s), 3000);
    CU_ASSERT_EQUAL(rt_str_cp_offset(s, 2999), 2999);
    CU_ASSERT_EQUAL(rt_str_cp_at(s, 27), 'b');
    rt_str_t *slice = rt_str_cp_slice(s, 26, 29);
    CU_ASSERT_EQUAL(slice->len, 3);
    CU_ASSERT_EQUAL(memcmp(slice->data, "abc", 4), 0);
    CU_ASSERT_PTR_NULL(s->index);
}

static void test_slice_identities(void)
{
    rt_str_t *s = rt_str_new("\xc3\xa9t\xc3\xa9", 5); /* "\u00e9t\u00e9" */
    CU_ASSERT_PTR_EQUAL(rt_str_cp_slice(s, 0, 3), s);
    CU_ASSERT_PTR_EQUAL(rt_str_cp_slice(s, 1, 1), rt_str_new("", 0));
    CU_ASSERT_PTR_EQUAL(rt_str_cp_slice(s, 1, 2), rt_str_new("t", 1)); /* the singleton */
    rt_str_t *e = rt_str_cp_slice(s, 2, 3);
    CU_ASSERT_EQUAL(e->len, 2);
    CU_ASSERT_TRUE(rt_str_is_utf8(e) && !rt_str_is_ascii(e));
    rt_str_t *empty = rt_str_new("", 0);
    CU_ASSERT_EQUAL(rt_str_cp_len(empty), 0);
    CU_ASSERT_PTR_EQUAL(rt_str_cp_slice(empty, 0, 0), empty);
}

/* A string of t with its index built, and a weak reference to the index (it reads NULL once the
** index has died). Done in a frame of its own so that no register or stack slot of the caller
** holds the index: only the string may keep it alive. */
static __attribute__((noinline)) rt_str_t *indexed(const text_t *t, void **weak)
{
    rt_str_t *s = rt_str_new(t->bytes, t->len);
    rt_str_cp_len(s);
    *weak = gc_weak_new(s->index, NULL, NULL);
    return s;
}

/* The index is a heap object reached only through its string: tracing must keep it. */
static void test_index_survives_collection(void)
{
    strtest_rng_t r = {5};
    text_t t = make_text(&r, 5000, 4);
    void *weak;
    rt_str_t *s = indexed(&t, &weak);
    gc_collect(GC_MAJOR);
    for (int i = 0; i < 2000; i++) /* would land on a wrongly freed index */
        rt_str_alloc(&rt_type_bytes, 100 + (size_t)i % 300);
    gc_collect(GC_MINOR);
    CU_ASSERT_PTR_NOT_NULL(s->index);
    CU_ASSERT_PTR_EQUAL(gc_weak_get(weak), s->index);
    int bad = rt_str_cp_len(s) != t.ncp;
    for (int64_t i = 0; i <= t.ncp; i += 7)
        bad += rt_str_cp_offset(s, i) != t.offsets[i];
    CU_ASSERT_EQUAL(bad, 0);
    free_text(&t);
}

UNIT_SUITE(strindex, strtest_setup, NULL, UNIT_TEST(test_mixed_text),
           UNIT_TEST(test_single_wide_char), UNIT_TEST(test_ascii_needs_no_index),
           UNIT_TEST(test_slice_identities), UNIT_TEST(test_index_survives_collection))

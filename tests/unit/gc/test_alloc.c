/*
** test_alloc.c: allocation of every size class (gc/alloc.c, gc/large.c): small objects inside a
** line, medium ones spanning lines, large ones in the large space; zeroed memory, headers,
** alignment, and contents that survive minor and major collections.
*/
#include <stdlib.h>

#include "tests/unit/gc/gc_test.h"
#include "tests/unit/unit.h"

static bool all_zero(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i])
            return false;
    return true;
}

/* Allocates `size`, checks the fresh object, and fills its body with a pattern of `seed`. */
static unsigned char *alloc_checked(size_t size, unsigned seed)
{
    unsigned char *p = gc_alloc(&gct_blob_desc, size);
    CU_ASSERT_FATAL(p != NULL);
    CU_ASSERT_EQUAL((uintptr_t)p % GC_GRANULE, 0);
    CU_ASSERT_PTR_EQUAL(((gc_header_t *)p)->desc, &gct_blob_desc);
    CU_ASSERT_TRUE(gc_size_of(p) >= size);
    CU_ASSERT_TRUE(all_zero(p + sizeof(gc_header_t), size - sizeof(gc_header_t)));
    for (size_t i = sizeof(gc_header_t); i < size; i++)
        p[i] = (unsigned char)(seed + i);
    return p;
}

static bool pattern_ok(const unsigned char *p, size_t size, unsigned seed)
{
    for (size_t i = sizeof(gc_header_t); i < size; i++)
        if (p[i] != (unsigned char)(seed + i))
            return false;
    return true;
}

static void test_small_and_medium_sizes(void)
{
    for (size_t size = sizeof(gc_header_t); size < GC_LARGE_OBJECT; size += 16) {
        unsigned char *p = alloc_checked(size, (unsigned)size);
        CU_ASSERT_EQUAL(gc_size_of(p), size);
        CU_ASSERT_TRUE(pattern_ok(p, size, (unsigned)size));
    }
    /* Sizes that are not granule multiples round up. */
    unsigned char *p = alloc_checked(17, 1);
    CU_ASSERT_EQUAL(gc_size_of(p), 32);
}

static void test_large_sizes(void)
{
    static const size_t sizes[] = {GC_LARGE_OBJECT, GC_LARGE_OBJECT + 16, 100000, 1u << 20,
                                   (8u << 20) + 48};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        unsigned char *p = alloc_checked(sizes[i], (unsigned)i);
        CU_ASSERT_EQUAL(gc_size_of(p), sizes[i]);
        CU_ASSERT_TRUE(pattern_ok(p, sizes[i], (unsigned)i));
    }
}

enum { NKEEP = 600 };
static void *keep[NKEEP];

static size_t size_for(size_t i)
{
    static const size_t classes[] = {16, 32, 48, 112, 128, 144, 400, 1000, 4096, 8000,
                                     GC_LARGE_OBJECT, 20000, 70000};
    return classes[i % (sizeof classes / sizeof classes[0])];
}

/* Objects of every class keep their contents through collections of both kinds, while garbage
** of the same classes is allocated around them. */
static void test_contents_survive_collections(void)
{
    gc_root_add(keep, NKEEP);
    for (size_t i = 0; i < NKEEP; i++) {
        keep[i] = alloc_checked(size_for(i), (unsigned)i);
        gc_alloc(&gct_blob_desc, size_for(i + 3));
        if (i % 97 == 0)
            gc_collect(i % 2 ? GC_MAJOR : GC_MINOR);
    }
    gc_collect(GC_MINOR);
    gc_collect(GC_MAJOR);
    for (size_t i = 0; i < NKEEP; i++)
        gc_alloc(&gct_blob_desc, size_for(i));
    gc_collect(GC_MAJOR);
    bool ok = true;
    for (size_t i = 0; i < NKEEP; i++)
        ok &= pattern_ok(keep[i], size_for(i), (unsigned)i) &&
              gc_size_of(keep[i]) == ((size_for(i) + GC_GRANULE - 1) & ~(size_t)(GC_GRANULE - 1));
    CU_ASSERT_TRUE(ok);
    gc_root_remove(keep);
    memset(keep, 0, sizeof keep);
}

/* Memory handed out after a collection is zeroed again, even where garbage used to be. */
static void test_reused_memory_is_zeroed(void)
{
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 2000; i++) {
            unsigned char *p = gc_alloc(&gct_blob_desc, size_for((size_t)i));
            memset(p + sizeof(gc_header_t), 0xab, size_for((size_t)i) - sizeof(gc_header_t));
        }
        gct_collect(GC_MAJOR);
        bool ok = true;
        for (int i = 0; i < 2000; i++) {
            size_t size = size_for((size_t)i + 5);
            unsigned char *p = gc_alloc(&gct_blob_desc, size);
            ok &= all_zero(p + sizeof(gc_header_t), size - sizeof(gc_header_t));
        }
        CU_ASSERT_TRUE(ok);
    }
}

UNIT_SUITE(gc_alloc, gct_setup, NULL, UNIT_TEST(test_small_and_medium_sizes),
           UNIT_TEST(test_large_sizes), UNIT_TEST(test_contents_survive_collections),
           UNIT_TEST(test_reused_memory_is_zeroed))

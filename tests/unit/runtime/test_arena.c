/*
** test_arena.c: the compiler arena (runtime/arena.c): alignment, large requests, in-place growth.
*/
#include <stdint.h>
#include <string.h>

#include "runtime/arena.h"
#include "tests/unit/unit.h"

static void test_alignment_and_contents(void)
{
    rt_arena_t a;
    rt_arena_init(&a);
    char *prev = NULL;
    for (size_t size = 1; size < 3000; size += 7) {
        char *p = rt_arena_alloc(&a, size);
        CU_ASSERT_EQUAL((uintptr_t)p % 16, 0);
        memset(p, (int)(size & 0xff), size);
        if (prev)
            CU_ASSERT_EQUAL((unsigned char)prev[0], (size - 7) & 0xff); /* not overwritten */
        prev = p;
    }
    char *big = rt_arena_zalloc(&a, 3 << 20); /* larger than any chunk */
    CU_ASSERT_EQUAL(big[(3 << 20) - 1], 0);
    CU_ASSERT_STRING_EQUAL(rt_arena_strndup(&a, "hello world", 5), "hello");
    rt_arena_free(&a);
    CU_ASSERT_PTR_NULL(a.chunk);
}

static void test_grow(void)
{
    rt_arena_t a;
    rt_arena_init(&a);
    int *v = NULL;
    size_t n = 0;
    for (int i = 0; i < 100000; i++) {
        v = rt_arena_grow(&a, v, n * sizeof *v, (n + 1) * sizeof *v);
        v[n++] = i;
        if (i % 1000 == 0)
            rt_arena_alloc(&a, 24); /* forces the next growth to copy */
    }
    int ok = 1;
    for (int i = 0; i < 100000; i++)
        ok &= v[i] == i;
    CU_ASSERT_TRUE(ok);
    rt_arena_free(&a);
}

UNIT_SUITE(arena, NULL, NULL, UNIT_TEST(test_alignment_and_contents), UNIT_TEST(test_grow))

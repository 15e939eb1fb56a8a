/*
** test_intern.c: the intern table (runtime/intern.c): one canonical str per content, kept alive
** by the table alone across collections and table growth.
*/
#include <stdio.h>
#include <string.h>

#include "runtime/rt.h"
#include "tests/unit/runtime/strtest.h"
#include "tests/unit/unit.h"

/* Pointers kept where the conservative stack scan cannot see them. */
#define HIDE ((uintptr_t)0xa5a5a5a5a5a5a5a5u)

static void test_canonical(void)
{
    rt_str_t *a = rt_str_new("__init__", 8);
    CU_ASSERT_PTR_EQUAL(rt_str_intern(a), a); /* the first copy becomes canonical */
    CU_ASSERT_TRUE(a->hdr.gc.rt_flags & RT_STR_INTERNED);
    rt_str_t *b = rt_str_new("__init__", 8);
    CU_ASSERT_PTR_EQUAL(rt_str_intern(b), a);
    CU_ASSERT_FALSE(b->hdr.gc.rt_flags & RT_STR_INTERNED);
    CU_ASSERT_PTR_EQUAL(rt_str_intern_cstr("__init__"), a);
    CU_ASSERT_PTR_EQUAL(rt_str_intern(a), a);
    rt_str_t *c = rt_str_intern_cstr("__dict__"); /* new content from a C string */
    CU_ASSERT_EQUAL(c->len, 8);
    CU_ASSERT_EQUAL(memcmp(c->data, "__dict__", 9), 0);
    CU_ASSERT_PTR_EQUAL(rt_str_intern(rt_str_new("__dict__", 8)), c);
    CU_ASSERT_FALSE(rt_str_eq(a, c));
    /* contents differing only after a NUL are different names */
    rt_str_t *n1 = rt_str_intern(rt_str_new("ab\0c", 4));
    rt_str_t *n2 = rt_str_intern(rt_str_new("ab\0d", 4));
    CU_ASSERT_PTR_NOT_EQUAL(n1, n2);
    CU_ASSERT_PTR_NOT_EQUAL(rt_str_intern_cstr("ab"), n1);
}

static void test_singletons_are_canonical(void)
{
    CU_ASSERT_PTR_EQUAL(rt_str_intern_cstr(""), rt_str_new("", 0));
    CU_ASSERT_PTR_EQUAL(rt_str_intern_cstr("x"), rt_str_new("x", 1));
    rt_str_t *fresh = rt_str_alloc(&rt_type_str, 1);
    fresh->data[0] = 'x';
    CU_ASSERT_PTR_EQUAL(rt_str_intern(fresh), rt_str_new("x", 1));
    rt_str_t *empty = rt_str_alloc(&rt_type_str, 0);
    CU_ASSERT_PTR_EQUAL(rt_str_intern(empty), rt_str_new("", 0));
}

enum { N = 3000 }; /* the table grows three times from 1,024 slots */
static uintptr_t hidden[N]; /* the names, where the collector cannot see them */
static void *weak[N];       /* weak references to them: read NULL once a name has died */

/* Interns names made in a frame that is gone afterwards. */
static __attribute__((noinline)) void intern_many(void)
{
    char name[64];
    for (int i = 0; i < N; i++) {
        int len = snprintf(name, sizeof name, "gc_%d_interned_name", i);
        rt_str_t *s = rt_str_intern(rt_str_new(name, (size_t)len));
        hidden[i] = (uintptr_t)s ^ HIDE;
        weak[i] = gc_weak_new(s, NULL, NULL);
    }
}

/* Thousands of names (the table grows several times), then collections: each name is still the
** same live object, with its contents intact, and interning it again finds it. */
static void test_survives_collection_and_growth(void)
{
    gc_root_add(weak, N);
    intern_many();
    gc_collect(GC_MAJOR);
    for (int i = 0; i < 1000; i++) /* would overwrite wrongly freed names */
        rt_str_new("some garbage that fills the freed lines again", 45);
    gc_collect(GC_MAJOR);
    int bad = 0;
    char name[64];
    for (int i = 0; i < N; i++) {
        int len = snprintf(name, sizeof name, "gc_%d_interned_name", i);
        rt_str_t *s = (rt_str_t *)(hidden[i] ^ HIDE);
        bad += gc_weak_get(weak[i]) != s || s->len != len ||
               memcmp(s->data, name, (size_t)len + 1) != 0 || rt_str_intern_cstr(name) != s ||
               rt_str_intern(rt_str_new(name, (size_t)len)) != s;
    }
    CU_ASSERT_EQUAL(bad, 0);
    gc_root_remove(weak);
}

UNIT_SUITE(intern, strtest_setup, NULL, UNIT_TEST(test_canonical),
           UNIT_TEST(test_singletons_are_canonical), UNIT_TEST(test_survives_collection_and_growth))

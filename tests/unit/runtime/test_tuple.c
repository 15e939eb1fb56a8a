/*
** test_tuple.c: immutable arrays of values (runtime/tuple.c): construction item by item and from an
** array, and survival of the items across collections while only the tuple holds them.
*/
#include <stdio.h>
#include <string.h>

#include "runtime/rt.h"
#include "tests/unit/runtime/strtest.h"
#include "tests/unit/unit.h"

static void test_tuple_build(void)
{
    enum { N = 50 };
    rt_tuple_t *t = rt_tuple_new(N);
    CU_ASSERT_EQUAL(rt_tuple_len(t), N);
    CU_ASSERT_PTR_EQUAL(rt_obj_type(t), &rt_type_tuple);
    CU_ASSERT_TRUE(rt_type_tuple.flags & RT_TYPE_IMMUTABLE);
    char buf[32];
    for (int i = 0; i < N; i++) {
        snprintf(buf, sizeof buf, "item %d", i);
        rt_tuple_init_item(t, i, rt_from_ptr(rt_str_from_cstr(buf))); /* allocates in between */
    }
    gc_collect(GC_MINOR);
    gc_collect(GC_MAJOR);
    bool ok = true;
    for (int i = 0; i < N; i++) {
        snprintf(buf, sizeof buf, "item %d", i);
        ok &= strcmp(((const rt_str_t *)rt_ptr(rt_tuple_get(t, i)))->data, buf) == 0;
    }
    CU_ASSERT_TRUE(ok);
    rt_tuple_t *u = rt_tuple_from(t->items + 10, 5);
    CU_ASSERT_EQUAL(rt_tuple_len(u), 5);
    CU_ASSERT_EQUAL(rt_tuple_get(u, 0), rt_tuple_get(t, 10));
    CU_ASSERT_EQUAL(rt_tuple_get(u, 4), rt_tuple_get(t, 14));
    rt_tuple_t *e = rt_tuple_from(NULL, 0);
    CU_ASSERT_EQUAL(rt_tuple_len(e), 0);
    rt_value_t small[3] = {rt_small(1), rt_small(-2), rt_small(RT_SMALL_MAX)};
    rt_tuple_t *s = rt_tuple_from(small, 3);
    gc_collect(GC_MAJOR);
    CU_ASSERT_EQUAL(rt_small_value(rt_tuple_get(s, 2)), RT_SMALL_MAX);
}

UNIT_SUITE(tuple, strtest_setup, NULL, UNIT_TEST(test_tuple_build))

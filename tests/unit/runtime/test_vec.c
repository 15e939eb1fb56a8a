/*
** test_vec.c: growable arrays of values (runtime/vec.c): a property test of append, insert,
** delete, pop and slice replacement against a plain C array, with collections in between, and
** the aliasing cases of slice assignment.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/rt.h"
#include "tests/unit/runtime/strtest.h"
#include "tests/unit/unit.h"

/* Item i is a heap string "i<n>" for odd n, else the small int n: the vector alone keeps the
** strings alive. */
static rt_value_t item(int64_t n)
{
    if (n % 2 == 0)
        return rt_small(n);
    char buf[32];
    snprintf(buf, sizeof buf, "i%lld", (long long)n);
    return rt_from_ptr(rt_str_from_cstr(buf));
}

static bool item_is(rt_value_t v, int64_t n)
{
    if (n % 2 == 0)
        return v == rt_small(n);
    char buf[32];
    snprintf(buf, sizeof buf, "i%lld", (long long)n);
    return rt_is_ptr(v) && strcmp(((const rt_str_t *)rt_ptr(v))->data, buf) == 0;
}

static bool same(const rt_vec_t *v, const int64_t *model, int64_t n)
{
    if (rt_vec_len(v) != n)
        return false;
    for (int64_t i = 0; i < n; i++)
        if (!item_is(rt_vec_get(v, i), model[i]))
            return false;
    for (int64_t i = n; i < v->store->cap; i++) /* the tail the trace reads stays zero */
        if (v->store->items[i] != 0)
            return false;
    return true;
}

static void test_vec_property(void)
{
    const char *stress = getenv("PYHYP_GC_STRESS");
    int64_t steps = stress && strcmp(stress, "0") != 0 ? 10000 : 30000;
    strtest_rng_t r = {7};
    int64_t cap = 4096, n = 0, *model = malloc((size_t)cap * sizeof(int64_t));
    rt_vec_t *v = rt_vec_new(0);
    bool ok = true;
    for (int64_t s = 1; s < steps && ok; s++) {
        uint32_t op = strtest_below(&r, 100);
        int64_t i = (int64_t)strtest_below(&r, (uint32_t)n + 1);
        if (n > 3000)
            op = 60; /* keep it bounded: delete */
        if (op < 35) {
            rt_vec_append(v, item(s));
            model[n++] = s;
        } else if (op < 50) {
            rt_vec_insert(v, i, item(s));
            memmove(model + i + 1, model + i, (size_t)(n - i) * sizeof(int64_t));
            model[i] = s;
            n++;
        } else if (op < 65) {
            int64_t hi = i + (int64_t)strtest_below(&r, (uint32_t)(n - i) + 1);
            rt_vec_del(v, i, hi);
            memmove(model + i, model + hi, (size_t)(n - hi) * sizeof(int64_t));
            n -= hi - i;
        } else if (op < 75 && n > 0) {
            int64_t j = (int64_t)strtest_below(&r, (uint32_t)n);
            ok &= item_is(rt_vec_pop(v, j), model[j]);
            memmove(model + j, model + j + 1, (size_t)(n - j - 1) * sizeof(int64_t));
            n--;
        } else if (op < 90) {
            /* a[i:hi] = k fresh items */
            int64_t hi = i + (int64_t)strtest_below(&r, (uint32_t)(n - i) + 1);
            int64_t k = (int64_t)strtest_below(&r, 8);
            rt_value_t src[8];
            for (int64_t j = 0; j < k; j++)
                src[j] = item(s * 8 + j);
            rt_vec_replace(v, i, hi, src, k);
            memmove(model + i + k, model + hi, (size_t)(n - hi) * sizeof(int64_t));
            for (int64_t j = 0; j < k; j++)
                model[i + j] = s * 8 + j;
            n += k - (hi - i);
        } else if (op < 99 && n > 0) {
            int64_t j = (int64_t)strtest_below(&r, (uint32_t)n);
            rt_vec_set(v, j, item(s));
            model[j] = s;
        } else if (op == 99) {
            rt_vec_clear(v);
            n = 0;
        }
        if (s % 301 == 0)
            gc_collect(s % 2 ? GC_MAJOR : GC_MINOR);
        if (s % 97 == 0)
            ok &= same(v, model, n);
        if (!ok)
            fprintf(stderr, "vec property: mismatch at step %lld\n", (long long)s);
    }
    CU_ASSERT_TRUE(ok && same(v, model, n));
    free(model);
}

static void test_vec_alias(void)
{
    rt_vec_t *v = rt_vec_new(0);
    for (int64_t i = 0; i < 5; i++)
        rt_vec_append(v, item(i));
    /* a[1:2] = a  ->  [0, 0, 1, 2, 3, 4, 2, 3, 4] (python3) */
    rt_vec_replace(v, 1, 2, rt_vec_items(v), rt_vec_len(v));
    int64_t want[] = {0, 0, 1, 2, 3, 4, 2, 3, 4};
    CU_ASSERT_TRUE(same(v, want, 9));
    /* a[0:7] = a[2:4]  ->  [1, 2, 3, 4] (python3) */
    rt_vec_replace(v, 0, 7, rt_vec_items(v) + 2, 2);
    int64_t want2[] = {1, 2, 3, 4};
    CU_ASSERT_TRUE(same(v, want2, 4));
    /* extend from itself: a += a */
    rt_vec_replace(v, 4, 4, rt_vec_items(v), 4);
    int64_t want3[] = {1, 2, 3, 4, 1, 2, 3, 4};
    CU_ASSERT_TRUE(same(v, want3, 8));
    rt_vec_t *c = rt_vec_from_of(&rt_type_vec, rt_vec_items(v) + 1, 3);
    gc_collect(GC_MAJOR);
    int64_t want4[] = {2, 3, 4};
    CU_ASSERT_TRUE(same(c, want4, 3));
    rt_vec_reserve(c, 100);
    CU_ASSERT_TRUE(c->store->cap >= 100 && same(c, want4, 3));
    CU_ASSERT_EQUAL(rt_vec_len(rt_vec_from_of(&rt_type_vec, NULL, 0)), 0);
}

UNIT_SUITE(vec, strtest_setup, NULL, UNIT_TEST(test_vec_property), UNIT_TEST(test_vec_alias))

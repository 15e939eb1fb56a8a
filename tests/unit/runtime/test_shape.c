/*
** test_shape.c: shapes and instance slots (runtime/shape.h) and version counters
** (runtime/version.h): shared transitions, order sensitivity, lookup in small and indexed shapes,
** deletion to dictionary mode, overflow slots surviving collections, and invalidation hooks.
*/
#include <stdio.h>
#include <string.h>

#include "tests/unit/runtime/exectest.h"
#include "tests/unit/unit.h"

static rt_str_t *name(const char *s) { return rt_str_intern_cstr(s); }

/* A VM instance layout: its own fields, then the slots, last. */
typedef struct test_inst {
    rt_obj_t hdr;
    rt_value_t cls;
    rt_slots_t slots;
} test_inst_t;

static void test_inst_trace(gc_tracer_t *tracer, void *obj)
{
    test_inst_t *o = obj;
    gc_visit(tracer, o->cls);
    rt_slots_trace(tracer, &o->slots);
}

static rt_type_t test_inst_type = RT_TYPE_INIT("test-instance", test_inst_trace, NULL, 0);

static test_inst_t *new_inst(rt_shape_t *root)
{
    test_inst_t *o = rt_alloc(&test_inst_type,
                              offsetof(test_inst_t, slots.inl) + root->ninline * sizeof(rt_value_t));
    rt_slots_init(&o->slots, root);
    return o;
}

static rt_value_t str(const char *s) { return rt_from_ptr(rt_str_from_cstr(s)); }

enum { READONLY = 1u << RT_SHAPE_LANG_SHIFT, DYNAMIC = 1u << (RT_SHAPE_LANG_SHIFT + 1) };

static void test_transitions(void)
{
    rt_shape_t *root = rt_shape_root(rt_small(1), 4, 0);
    rt_shape_t *a = rt_shape_add(rt_shape_add(root, name("x"), 0), name("y"), 0);
    rt_shape_t *b = rt_shape_add(rt_shape_add(root, name("x"), 0), name("y"), 0);
    rt_shape_t *c = rt_shape_add(rt_shape_add(root, name("y"), 0), name("x"), 0);
    CU_ASSERT_PTR_EQUAL(a, b);
    CU_ASSERT_PTR_NOT_EQUAL(a, c);
    CU_ASSERT_EQUAL(rt_shape_lookup(a, name("x"), NULL), 0);
    CU_ASSERT_EQUAL(rt_shape_lookup(a, name("y"), NULL), 1);
    CU_ASSERT_EQUAL(rt_shape_lookup(c, name("x"), NULL), 1);
    CU_ASSERT_EQUAL(rt_shape_lookup(c, name("y"), NULL), 0);
    CU_ASSERT_EQUAL(rt_shape_lookup(a, name("z"), NULL), -1);
    CU_ASSERT_EQUAL(rt_shape_lookup(root, name("x"), NULL), -1);
    CU_ASSERT_EQUAL(a->owner, rt_small(1));
    CU_ASSERT_EQUAL(a->ninline, 4);
    CU_ASSERT_EQUAL(a->nslots, 2);

    /* Another class's root makes separate shapes for the same names. */
    rt_shape_t *root2 = rt_shape_root(rt_small(2), 4, 0);
    CU_ASSERT_PTR_NOT_EQUAL(rt_shape_add(root2, name("x"), 0), rt_shape_add(root, name("x"), 0));

    /* Attribute flags are part of the transition and accumulate in the shape's flags. */
    rt_shape_t *ro = rt_shape_add(root, name("x"), READONLY);
    CU_ASSERT_PTR_NOT_EQUAL(ro, rt_shape_add(root, name("x"), 0));
    rt_shape_t *rod = rt_shape_add(ro, name("d"), DYNAMIC);
    CU_ASSERT_EQUAL(rod->flags, READONLY | DYNAMIC);
    uint32_t fl;
    CU_ASSERT_EQUAL(rt_shape_lookup(rod, name("x"), &fl), 0);
    CU_ASSERT_EQUAL(fl, READONLY);
    CU_ASSERT_FALSE(a->flags & (READONLY | RT_SHAPE_DICT));
}

static void collect_names(void *ctx, rt_str_t *n, uint32_t slot, uint32_t attr_flags)
{
    char *out = ctx;
    char item[64];
    snprintf(item, sizeof item, "%s%s=%u", *out ? "," : "", n->data, slot);
    strcat(out, item);
    (void)attr_flags;
}

/* Past RT_SHAPE_SMALL attributes lookups go through the index; every name is still found. */
static void test_large_shapes(void)
{
    rt_shape_t *s = rt_shape_root(rt_none, 0, 0);
    char buf[32];
    for (int i = 0; i < RT_SHAPE_MAX_TREE; i++) {
        snprintf(buf, sizeof buf, "attr%d", i);
        s = rt_shape_add(s, name(buf), 0);
        if (i == 3)
            gc_collect(GC_MAJOR);
    }
    CU_ASSERT_PTR_NOT_NULL(s->index);
    gc_collect(GC_MAJOR);
    bool ok = true;
    for (int i = 0; i < RT_SHAPE_MAX_TREE; i++) {
        snprintf(buf, sizeof buf, "attr%d", i);
        ok &= rt_shape_lookup(s, name(buf), NULL) == i;
    }
    CU_ASSERT(ok);
    CU_ASSERT_EQUAL(rt_shape_lookup(s, name("attr64"), NULL), -1);
    CU_ASSERT_EQUAL(rt_shape_lookup(s, name("missing"), NULL), -1);
}

static void test_instances(void)
{
    rt_shape_t *root = rt_shape_root(rt_small(7), 2, 0);
    test_inst_t *p = new_inst(root);
    test_inst_t *q = new_inst(root);
    static const char *names[5] = {"a", "b", "c", "d", "e"};
    char buf[80];
    for (int i = 0; i < 5; i++) {
        snprintf(buf, sizeof buf, "value of %s, long enough to be a heap string", names[i]);
        CU_ASSERT_EQUAL(rt_slots_set_attr(p, &p->slots, name(names[i]), str(buf), 0),
                        (uint32_t)i);
        rt_slots_set_attr(q, &q->slots, name(names[i]), rt_small(i), 0);
    }
    CU_ASSERT_PTR_EQUAL(p->slots.shape, q->slots.shape);
    CU_ASSERT_PTR_NOT_NULL(p->slots.overflow);
    for (int round = 0; round < 3; round++) {
        gc_collect(GC_MAJOR);
        for (int i = 0; i < 1000; i++)
            rt_str_from_cstr("churn churn churn churn churn churn churn churn");
    }
    for (int i = 0; i < 5; i++) {
        snprintf(buf, sizeof buf, "value of %s, long enough to be a heap string", names[i]);
        rt_value_t v = rt_slots_get_attr(&p->slots, name(names[i]));
        CU_ASSERT_STRING_EQUAL(((rt_str_t *)rt_ptr(v))->data, buf);
    }
    rt_slots_set_attr(p, &p->slots, name("b"), rt_small(-1), 0);
    CU_ASSERT_EQUAL(rt_slots_get(&p->slots, 1), rt_small(-1));
    CU_ASSERT_EQUAL(rt_slots_get_attr(&p->slots, name("zz")), RT_NOVALUE);

    /* Deleting moves p alone to dictionary mode; order and the other values stay. */
    rt_shape_t *shared = p->slots.shape;
    CU_ASSERT(rt_slots_del_attr(p, &p->slots, name("b")));
    CU_ASSERT_FALSE(rt_slots_del_attr(p, &p->slots, name("b")));
    CU_ASSERT(p->slots.shape->flags & RT_SHAPE_DICT);
    CU_ASSERT_PTR_EQUAL(q->slots.shape, shared);
    CU_ASSERT_EQUAL(rt_slots_get_attr(&p->slots, name("b")), RT_NOVALUE);
    CU_ASSERT_EQUAL(rt_slots_get_attr(&q->slots, name("b")), rt_small(1));
    CU_ASSERT_EQUAL(p->slots.shape->count, 4);
    char order[256] = "";
    rt_shape_each(p->slots.shape, collect_names, order);
    CU_ASSERT_STRING_EQUAL(order, "a=0,c=2,d=3,e=4");
    /* Adding again reuses the freed slot and goes last in order, as a dict insertion does. */
    CU_ASSERT_EQUAL(rt_slots_set_attr(p, &p->slots, name("f"), rt_small(6), 0), 1);
    order[0] = 0;
    rt_shape_each(p->slots.shape, collect_names, order);
    CU_ASSERT_STRING_EQUAL(order, "a=0,c=2,d=3,e=4,f=1");
    order[0] = 0;
    rt_shape_each(q->slots.shape, collect_names, order);
    CU_ASSERT_STRING_EQUAL(order, "a=0,b=1,c=2,d=3,e=4");
    gc_collect(GC_MAJOR);
    CU_ASSERT_EQUAL(rt_slots_get_attr(&p->slots, name("f")), rt_small(6));
    CU_ASSERT_EQUAL(rt_slots_get_attr(&p->slots, name("e")),
                    rt_slots_get(&p->slots, 4));
}

/* More attributes than a tree shape may have: the instance goes to dictionary mode by itself. */
static void test_too_many_attributes(void)
{
    rt_shape_t *root = rt_shape_root(rt_none, 3, 0);
    test_inst_t *o = new_inst(root);
    char buf[32];
    for (int i = 0; i < 100; i++) {
        snprintf(buf, sizeof buf, "k%d", i);
        CU_ASSERT_EQUAL(rt_slots_set_attr(o, &o->slots, name(buf), rt_small(i * i), 0),
                        (uint32_t)i);
        CU_ASSERT_EQUAL(!!(o->slots.shape->flags & RT_SHAPE_DICT), i >= RT_SHAPE_MAX_TREE);
    }
    gc_collect(GC_MAJOR);
    bool ok = true;
    for (int i = 0; i < 100; i++) {
        snprintf(buf, sizeof buf, "k%d", i);
        ok &= rt_slots_get_attr(&o->slots, name(buf)) == rt_small(i * i);
    }
    CU_ASSERT(ok);
}

static int invalidations;

static void invalidate(rt_version_t *v)
{
    invalidations++;
    v->deps = NULL;
}

static void test_versions(void)
{
    rt_version_t v = {0, NULL};
    rt_version_bump(&v);
    rt_version_bump(&v);
    CU_ASSERT_EQUAL(rt_version_get(&v), 2);
    rt_version_set_hook(invalidate);
    static int trace_list; /* stands for the JIT's list of dependent traces */
    v.deps = &trace_list;
    rt_version_bump(&v);
    CU_ASSERT_EQUAL(invalidations, 1);
    CU_ASSERT_PTR_NULL(v.deps);
    rt_version_bump(&v); /* nothing depends any more */
    CU_ASSERT_EQUAL(invalidations, 1);
    CU_ASSERT_EQUAL(rt_version_get(&v), 4);
    rt_version_set_hook(NULL);
    v.deps = &trace_list;
    rt_version_bump(&v);
    CU_ASSERT_PTR_NULL(v.deps);
    CU_ASSERT_EQUAL(invalidations, 1);
}

UNIT_SUITE(shape, exectest_setup, NULL, UNIT_TEST(test_transitions), UNIT_TEST(test_large_shapes),
           UNIT_TEST(test_instances), UNIT_TEST(test_too_many_attributes), UNIT_TEST(test_versions))

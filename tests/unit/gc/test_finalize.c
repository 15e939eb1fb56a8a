/*
** test_finalize.c: light finalizers, heavy finalizers in reachability order, weak references and
** ephemerons (gc/sweep.c, gc/finalize.c).
*/
#include <stdlib.h>

#include "tests/unit/gc/gc_test.h"
#include "tests/unit/unit.h"

/* ---- Light finalizers --------------------------------------------------------------------- */

/* n garbage nodes with light finalizers, payloads 1..n, among live ones with payload 1000. */
__attribute__((noinline)) static gct_node_t *finalizable_garbage(int n)
{
    gct_node_t *live = NULL;
    for (int i = 1; i <= n; i++) {
        gct_node_t *g = gc_alloc(&gct_fin_desc, sizeof *g);
        g->payload = (uint64_t)i;
        gct_node_t *l = gc_alloc(&gct_fin_desc, sizeof *l);
        l->payload = 1000;
        l->a = live;
        live = l;
    }
    return live;
}

/* Light finalizers run once per dead object, never for live ones, with the object still intact
** (the payload sum checks that), and with an empty allocation buffer: an allocation from a light
** finalizer would reach the slow path, which refuses it. */
static void test_light_finalizers(void)
{
    gct_fin_count = 0;
    gct_fin_payload_sum = 0;
    gct_fin_tlab_empty = true;
    gct_node_t *volatile live = finalizable_garbage(300);
    gct_collect(GC_MAJOR);
    gct_collect(GC_MAJOR); /* completes the lazy sweep of the first */
    CU_ASSERT_EQUAL(gct_fin_count, 300);
    CU_ASSERT_EQUAL(gct_fin_payload_sum, 300 * 301 / 2);
    CU_ASSERT_TRUE(gct_fin_tlab_empty);
    int n = 0;
    for (gct_node_t *l = live; l; l = l->a)
        n += l->payload == 1000;
    CU_ASSERT_EQUAL(n, 300);
    live = NULL;
    gct_collect(GC_MAJOR);
    gct_collect(GC_MAJOR);
    CU_ASSERT_EQUAL(gct_fin_count, 600);
    CU_ASSERT_EQUAL(gct_fin_payload_sum, 300 * 301 / 2 + 300 * 1000);
}

/* ---- Heavy finalizers --------------------------------------------------------------------- */

enum { LOG_MAX = 16 };
static uint64_t order_log[LOG_MAX];
static int nlog;
static gct_node_t *resurrected;

/* Logs the payload; checks the object's referents are intact when it runs. */
static void log_finalizer(void *obj, void *data)
{
    gct_node_t *n = obj;
    if (nlog < LOG_MAX)
        order_log[nlog++] = n->payload;
    if (n->a && n->a->payload != n->payload + 1)
        order_log[nlog - 1] = 0;
    if (data)
        resurrected = n;
}

/* Builds a chain 1 -> 2 -> 3 -> 4, every link with a heavy finalizer. */
__attribute__((noinline)) static void finalizable_chain(void)
{
    gct_node_t *next = NULL;
    for (uint64_t p = 4; p >= 1; p--) {
        next = gct_node(p, next, NULL);
        gc_register_finalizer(next, log_finalizer, NULL);
    }
}

/* An object reachable from another finalizable object is finalized after it: one link per
** collection, outermost first, each while its successors are intact. */
static void test_heavy_finalizer_order(void)
{
    nlog = 0;
    finalizable_chain();
    for (int i = 0; i < 6; i++) {
        gct_collect(i % 2 ? GC_MINOR : GC_MAJOR);
        gc_safepoint();
    }
    gct_collect(GC_MAJOR);
    gc_safepoint();
    CU_ASSERT_EQUAL_FATAL(nlog, 4);
    for (int i = 0; i < 4; i++)
        CU_ASSERT_EQUAL(order_log[i], (uint64_t)i + 1);
}

__attribute__((noinline)) static void finalizable_cycle(void)
{
    gct_node_t *x = gct_node(7, NULL, NULL);
    gct_node_t *y = gct_node(8, x, NULL);
    x->a = y;
    gc_register_finalizer(x, log_finalizer, NULL);
    gc_register_finalizer(y, log_finalizer, NULL);
}

/* A cycle of finalizable objects has no order; both are finalized rather than leaked. */
static void test_heavy_finalizer_cycle(void)
{
    nlog = 0;
    finalizable_cycle();
    gct_collect(GC_MAJOR);
    gc_safepoint();
    CU_ASSERT_EQUAL(nlog, 2);
}

__attribute__((noinline)) static void *resurrectable(void)
{
    gct_node_t *n = gct_node(42, NULL, NULL);
    gc_register_finalizer(n, log_finalizer, (void *)1);
    return gc_weak_new(n, NULL, NULL);
}

/* A heavy finalizer runs once, at a safepoint (not in the collection), may resurrect its object,
** and weak references to the object are cleared before it runs. */
static void test_heavy_finalizer_resurrects(void)
{
    nlog = 0;
    resurrected = NULL;
    gc_root_add(&resurrected, 1);
    void *volatile w = resurrectable();
    gct_collect(GC_MAJOR);
    CU_ASSERT_EQUAL(nlog, 0);
    CU_ASSERT_PTR_NULL(gc_weak_get(w));
    gc_safepoint();
    CU_ASSERT_EQUAL(nlog, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(resurrected);
    gct_collect(GC_MAJOR);
    gc_safepoint();
    CU_ASSERT_EQUAL(nlog, 1);
    CU_ASSERT_EQUAL(resurrected->payload, 42);
    gc_root_remove(&resurrected);
    resurrected = NULL;
}

/* ---- Weak references ---------------------------------------------------------------------- */

static int callbacks;
static void *callback_weak;

static void weak_callback(void *weak, void *data)
{
    callbacks++;
    callback_weak = weak;
}

__attribute__((noinline)) static void *weak_with_callback(void)
{
    return gc_weak_new(gct_node(5, NULL, NULL), weak_callback, NULL);
}

static void test_weak_refs(void)
{
    gct_node_t *volatile live = gct_node(9, NULL, NULL);
    void *volatile wl = gc_weak_new(live, weak_callback, NULL);
    callbacks = 0;
    void *volatile wd = weak_with_callback();
    gct_collect(GC_MINOR);
    gct_collect(GC_MAJOR);
    CU_ASSERT_PTR_NULL(gc_weak_get(wd));
    CU_ASSERT_PTR_EQUAL(gc_weak_get(wl), live);
    CU_ASSERT_EQUAL(callbacks, 0); /* callbacks wait for a safepoint */
    gc_safepoint();
    CU_ASSERT_EQUAL(callbacks, 1);
    CU_ASSERT_PTR_EQUAL(callback_weak, wd);
    void *static_target = (void *)&gct_node_desc; /* outside the heap: never cleared */
    void *volatile ws = gc_weak_new(static_target, NULL, NULL);
    gct_collect(GC_MAJOR);
    CU_ASSERT_PTR_EQUAL(gc_weak_get(ws), static_target);
    CU_ASSERT_PTR_EQUAL(gc_weak_get(wl), live);
}

/* ---- Ephemerons --------------------------------------------------------------------------- */

static gct_node_t *key_root;

/*
** A chain of ephemerons k0 -> k1 -> ... -> kN -> value, created last link first, so each pass
** over the ephemerons in creation order proves only one more key live: only a fixpoint keeps the
** whole chain. Returns weak references to the keys and the value in weaks[0..N+1].
*/
enum { CHAIN = 6 };
static void *ephs[CHAIN];

__attribute__((noinline)) static void ephemeron_chain(void **weaks)
{
    gct_node_t *keys[CHAIN + 1];
    for (int i = 0; i <= CHAIN; i++)
        keys[i] = gct_node((uint64_t)(100 + i), NULL, NULL);
    for (int i = CHAIN - 1; i >= 0; i--)
        ephs[i] = gc_ephemeron_new(keys[i], keys[i + 1]);
    for (int i = 0; i <= CHAIN; i++)
        weaks[i] = gc_weak_new(keys[i], NULL, NULL);
    key_root = keys[0];
}

/* Whether the chain is intact: every key alive and each value the next key. */
__attribute__((noinline)) static bool chain_alive(void *const *weaks)
{
    bool ok = true;
    for (int i = 0; i <= CHAIN; i++) {
        gct_node_t *k = gc_weak_get(weaks[i]);
        ok &= k && k->payload == (uint64_t)(100 + i);
    }
    for (int i = 0; i < CHAIN; i++)
        ok &= gc_ephemeron_value(ephs[i]) == gc_weak_get(weaks[i + 1]);
    return ok;
}

static void test_ephemeron_chain(void)
{
    static void *weaks[CHAIN + 1];
    gc_root_add(&key_root, 1);
    gc_root_add(weaks, CHAIN + 1);
    gc_root_add(ephs, CHAIN);
    ephemeron_chain(weaks);
    gct_collect(GC_MINOR);
    gct_collect(GC_MAJOR);
    CU_ASSERT_TRUE(chain_alive(weaks));
    key_root = NULL; /* k0 dies, then the whole chain */
    gct_collect(GC_MAJOR);
    bool ok = true;
    for (int i = 0; i <= CHAIN; i++)
        ok &= gc_weak_get(weaks[i]) == NULL;
    for (int i = 0; i < CHAIN; i++)
        ok &= gc_ephemeron_key(ephs[i]) == NULL && gc_ephemeron_value(ephs[i]) == NULL;
    CU_ASSERT_TRUE(ok);
    gc_root_remove(&key_root);
    gc_root_remove(weaks);
    gc_root_remove(ephs);
}

__attribute__((noinline)) static void *young_value_into(void *eph)
{
    gct_node_t *v = gct_node(77, NULL, NULL);
    gc_ephemeron_set_value(eph, v);
    return gc_weak_new(v, NULL, NULL);
}

/* An old ephemeron with an old live key keeps a young value stored into it. */
static void test_ephemeron_young_value(void)
{
    gct_node_t *volatile key = gct_node(1, NULL, NULL);
    void *volatile eph = gc_ephemeron_new(key, NULL);
    gct_collect(GC_MAJOR);
    void *volatile w = young_value_into(eph);
    gct_collect(GC_MINOR);
    gct_collect(GC_MAJOR);
    gct_node_t *v = gc_ephemeron_value(eph);
    CU_ASSERT_TRUE(v && v->payload == 77 && gc_weak_get(w) == v);
    CU_ASSERT_PTR_EQUAL(gc_ephemeron_key(eph), key);
}

/* ---- Finalization decided on precise roots ------------------------------------------------ */

static gct_node_t *precise_root;

static void precise_roots(gc_tracer_t *t, void *data)
{
    (void)data;
    gc_visit_ptr(t, precise_root);
}

/*
** gc_collect_finalizing: an object with a heavy finalizer that only the C stack holds is queued
** (and not freed: its payload stays intact); one the precise roots reach is not; a weak reference
** the precise roots reach clears when they do not reach its target, though the stack holds it.
*/
static void test_collect_finalizing(void)
{
    nlog = 0;
    gct_node_t *volatile stack_only = gct_node(11, NULL, NULL);
    gc_register_finalizer(stack_only, log_finalizer, NULL);
    precise_root = gct_node(12, NULL, NULL);
    gc_register_finalizer(precise_root, log_finalizer, NULL);
    gc_root_add(&precise_root, 1);
    gct_node_t *volatile target = gct_node(13, NULL, NULL);
    precise_root->a = gc_weak_new(target, NULL, NULL);
    gc_write_barrier(precise_root);
    gc_collect_finalizing(precise_roots, NULL);
    CU_ASSERT_EQUAL(nlog, 0); /* queued: runs at the safepoint */
    gc_safepoint();
    CU_ASSERT_EQUAL_FATAL(nlog, 1);
    CU_ASSERT_EQUAL(order_log[0], 11);
    CU_ASSERT_EQUAL(stack_only->payload, 11);
    CU_ASSERT_EQUAL(target->payload, 13);
    CU_ASSERT_PTR_NULL(gc_weak_get(precise_root->a));
    gc_root_remove(&precise_root);
    precise_root = NULL;
    gct_collect(GC_MAJOR);
    gc_safepoint();
    CU_ASSERT_EQUAL(nlog, 2);
}

UNIT_SUITE(gc_finalize, gct_setup, NULL, UNIT_TEST(test_light_finalizers),
           UNIT_TEST(test_heavy_finalizer_order), UNIT_TEST(test_heavy_finalizer_cycle),
           UNIT_TEST(test_heavy_finalizer_resurrects), UNIT_TEST(test_weak_refs),
           UNIT_TEST(test_ephemeron_chain), UNIT_TEST(test_ephemeron_young_value),
           UNIT_TEST(test_collect_finalizing))

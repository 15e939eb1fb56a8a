/*
** test_collect.c: what keeps objects alive (gc/roots.c, gc/mark.c): survival through minor and
** major collections, a stack variable, an interior pointer, an old-to-young store recorded by the
** write barrier, registered roots, root scanners and pins; and that garbage does die.
** Liveness is observed through weak references, which do not keep their target alive.
*/
#include <stdlib.h>

#include "tests/unit/gc/gc_test.h"
#include "tests/unit/unit.h"

#define MAGIC 0x5eed5eedu

static void test_tree_survives_minor_and_major(void)
{
    gct_node_t *volatile tree = gct_tree(12);
    for (int i = 0; i < 50; i++)
        gct_tree(8); /* garbage */
    gc_collect(GC_MINOR);
    CU_ASSERT_EQUAL(gct_tree_check(tree, 12), 8191);
    for (int i = 0; i < 50; i++)
        gct_tree(8);
    gc_collect(GC_MAJOR);
    CU_ASSERT_EQUAL(gct_tree_check(tree, 12), 8191);
    gc_collect(GC_MINOR);
    gc_collect(GC_MAJOR);
    CU_ASSERT_EQUAL(gct_tree_check(tree, 12), 8191);
}

static int deaths;

static void on_death(void *obj, void *data)
{
    deaths++;
}

/* Returns a weak reference to a fresh garbage node; its address stays nowhere else. */
__attribute__((noinline)) static void *weak_to_garbage(size_t size)
{
    gct_node_t *n = gc_alloc(&gct_node_desc, size);
    n->payload = MAGIC;
    return gc_weak_new(n, NULL, NULL);
}

/* A garbage node whose death a heavy finalizer reports. Nothing is allocated after it, so it is
** still young at the next collection even under PYHYP_GC_STRESS (which collects at each
** allocation and so promotes whatever is on the stack). */
__attribute__((noinline)) static void young_garbage(size_t size)
{
    gct_node_t *n = gc_alloc(&gct_node_desc, size);
    n->payload = MAGIC;
    gc_register_finalizer(n, on_death, NULL);
}

static void test_garbage_dies(void)
{
    static const size_t sizes[] = {sizeof(gct_node_t), 1000, 3 * GC_LARGE_OBJECT};
    for (size_t i = 0; i < 3; i++) {
        deaths = 0;
        young_garbage(sizes[i]);
        gct_collect(GC_MINOR);
        gc_safepoint();
        CU_ASSERT_EQUAL(deaths, 1);
        void *volatile w = weak_to_garbage(sizes[i]);
        gct_collect(GC_MAJOR);
        CU_ASSERT_PTR_NULL(gc_weak_get(w));
    }
}

static void test_stack_variable_keeps_alive(void)
{
    gct_node_t *volatile n = gct_node(MAGIC, NULL, NULL);
    void *volatile w = gc_weak_new(n, NULL, NULL);
    for (int i = 0; i < 20; i++)
        gct_tree(10);
    gct_collect(GC_MINOR);
    gct_collect(GC_MAJOR);
    CU_ASSERT_PTR_EQUAL(gc_weak_get(w), n);
    CU_ASSERT_EQUAL(n->payload, MAGIC);
}

/* Allocates an object of `size`, returns only a pointer `offset` bytes into it, and a weak
** reference to it in *weak. */
__attribute__((noinline)) static char *interior(size_t size, size_t offset, void **weak)
{
    gct_node_t *n = gc_alloc(&gct_node_desc, size);
    n->payload = MAGIC;
    *weak = gc_weak_new(n, NULL, NULL);
    return (char *)n + offset;
}

/* Checks (in its own frame, so no copy of the object's address outlives it) that the weak
** reference still reaches the object `p` points into. */
__attribute__((noinline)) static bool interior_alive(void *weak, const char *p, size_t offset)
{
    gct_node_t *obj = gc_weak_get(weak);
    return (const char *)obj == p - offset && obj->payload == MAGIC;
}

static void test_interior_pointer_keeps_alive(void)
{
    static const size_t cases[][2] = {{64, 40}, {1024, 1000}, {GC_LARGE_OBJECT * 4, 30000}};
    for (size_t i = 0; i < 3; i++) {
        void *w;
        char *volatile p = interior(cases[i][0], cases[i][1], &w);
        void *volatile weak = w;
        w = NULL;
        gct_collect(GC_MINOR);
        gct_collect(GC_MAJOR);
        CU_ASSERT_TRUE(interior_alive(weak, p, cases[i][1]));
        p = NULL;
        gct_collect(GC_MAJOR);
        CU_ASSERT_PTR_NULL(gc_weak_get(weak));
    }
}

/* ---- The write barrier -------------------------------------------------------------------- */

static gct_node_t *old_root;

/* Stores a fresh (young) node into old->a, its only reference; a heavy finalizer reports its
** death. Nothing is allocated after it (see young_garbage). */
__attribute__((noinline)) static void store_young(gct_node_t *old, bool barrier)
{
    gct_node_t *y = gc_alloc(&gct_node_desc, sizeof *y);
    y->payload = MAGIC;
    gc_register_finalizer(y, on_death, NULL);
    old->a = y;
    if (barrier)
        gc_write_barrier(old);
}

/* A minor collection does not trace old objects unless their card is dirty: with the barrier the
** young object survives the minor; without it the minor finds it unreachable and queues its
** finalizer, although old->a still points at it. */
static void card_case(bool barrier)
{
    gc_root_add(&old_root, 1);
    old_root = gct_node(1, NULL, NULL);
    gct_collect(GC_MAJOR); /* old_root is old now and its card clean */
    gc_safepoint();
    deaths = 0;
    store_young(old_root, barrier);
    gct_collect(GC_MINOR);
    gc_safepoint();
    CU_ASSERT_EQUAL(deaths, barrier ? 0 : 1);
    CU_ASSERT_TRUE(old_root->a && old_root->a->payload == MAGIC);
    old_root = NULL;
    gc_root_remove(&old_root);
    gct_collect(GC_MAJOR);
    gc_safepoint();
    CU_ASSERT_EQUAL(deaths, 1);
}

static void test_card_marked_store_keeps_young(void)
{
    card_case(true);
}

static void test_store_without_barrier_is_missed(void)
{
    card_case(false);
}

/* Many old objects, a few of them storing young ones through the barrier, over several minors. */
static void test_cards_over_many_minors(void)
{
    enum { N = 2000 };
    gct_node_t **olds = calloc(N, sizeof *olds);
    gc_root_add(olds, N);
    for (int i = 0; i < N; i++)
        olds[i] = gct_node((uint64_t)i, NULL, NULL);
    gc_collect(GC_MAJOR);
    for (int round = 0; round < 5; round++) {
        for (int i = round; i < N; i += 7) {
            olds[i]->b = gct_node((uint64_t)(i * 10 + round), NULL, NULL);
            gc_write_barrier(olds[i]);
        }
        for (int k = 0; k < 20; k++)
            gct_tree(8);
        gct_collect(GC_MINOR);
        bool ok = true;
        for (int i = round; i < N; i += 7)
            ok &= olds[i]->b && olds[i]->b->payload == (uint64_t)(i * 10 + round);
        CU_ASSERT_TRUE(ok);
    }
    gc_root_remove(olds);
    free(olds);
}

/* ---- Registered roots and pins ------------------------------------------------------------ */

static gct_node_t *global_slot[2];

__attribute__((noinline)) static void *fill_global(void)
{
    global_slot[1] = gct_node(MAGIC, NULL, NULL);
    return gc_weak_new(global_slot[1], NULL, NULL);
}

static void test_registered_root(void)
{
    gc_root_add(global_slot, 2);
    void *volatile w = fill_global();
    gct_collect(GC_MINOR);
    gct_collect(GC_MAJOR);
    CU_ASSERT_PTR_EQUAL(gc_weak_get(w), global_slot[1]);
    CU_ASSERT_EQUAL(global_slot[1]->payload, MAGIC);
    gc_root_remove(global_slot);
    gct_collect(GC_MAJOR);
    CU_ASSERT_PTR_NULL(gc_weak_get(w));
    global_slot[1] = NULL;
}

/* A region of changing extent (as the shared frame stack is), reported by a root scanner. */
static uintptr_t *scanned_region;
static size_t scanned_words;

static void scan_region(gc_tracer_t *t, void *data)
{
    CU_ASSERT_PTR_EQUAL(data, &scanned_words);
    gc_visit_conservative(t, scanned_region, scanned_region + scanned_words);
}

/* Fills the region: a tagged integer, an interior pointer and a plain pointer; returns weak
** references to the two nodes. */
__attribute__((noinline)) static void fill_region(void **weak_a, void **weak_b)
{
    gct_node_t *a = gct_node(MAGIC, NULL, NULL), *b = gct_node(MAGIC, NULL, NULL);
    scanned_region[0] = 0x2b;
    scanned_region[1] = (uintptr_t)&a->payload;
    scanned_region[2] = (uintptr_t)b;
    scanned_words = 3;
    *weak_a = gc_weak_new(a, NULL, NULL);
    *weak_b = gc_weak_new(b, NULL, NULL);
}

static void test_root_scanner(void)
{
    scanned_region = calloc(8, sizeof *scanned_region);
    gc_root_scanner_add(scan_region, &scanned_words);
    void *volatile weak_a, *volatile weak_b;
    fill_region((void **)&weak_a, (void **)&weak_b);
    gct_collect(GC_MINOR);
    gct_collect(GC_MAJOR);
    CU_ASSERT_PTR_NOT_NULL(gc_weak_get(weak_a));
    CU_ASSERT_PTR_EQUAL(gc_weak_get(weak_b), (void *)scanned_region[2]);
    scanned_words = 2; /* the region shrank: b is no longer reported */
    gct_collect(GC_MAJOR);
    CU_ASSERT_PTR_NOT_NULL(gc_weak_get(weak_a));
    CU_ASSERT_PTR_NULL(gc_weak_get(weak_b));
    gc_root_scanner_remove(scan_region, &scanned_words);
    gct_collect(GC_MAJOR);
    CU_ASSERT_PTR_NULL(gc_weak_get(weak_a));
    free(scanned_region);
}

/* The only reference is in C-heap memory the collector does not scan: pinning keeps it. */
__attribute__((noinline)) static void *pinned_in_c_heap(uintptr_t *cell)
{
    gct_node_t *n = gct_node(MAGIC, NULL, NULL);
    gc_pin(n);
    gc_pin(n);
    *cell = (uintptr_t)n ^ 0xff; /* hidden even from a conservative scan */
    return gc_weak_new(n, NULL, NULL);
}

static gct_node_t *unhide(const uintptr_t *cell)
{
    return (gct_node_t *)(*cell ^ 0xff);
}

__attribute__((noinline)) static bool pinned_alive(void *weak, const uintptr_t *cell)
{
    return gc_weak_get(weak) == unhide(cell) && unhide(cell)->payload == MAGIC;
}

__attribute__((noinline)) static void unpin_hidden(const uintptr_t *cell)
{
    gc_unpin(unhide(cell));
}

static void test_pins_nest(void)
{
    uintptr_t *cell = malloc(sizeof *cell);
    void *volatile w = pinned_in_c_heap(cell);
    gct_collect(GC_MAJOR);
    CU_ASSERT_TRUE(pinned_alive(w, cell));
    unpin_hidden(cell);
    gct_collect(GC_MAJOR);
    CU_ASSERT_TRUE(pinned_alive(w, cell));
    unpin_hidden(cell);
    gct_collect(GC_MAJOR);
    CU_ASSERT_PTR_NULL(gc_weak_get(w));
    free(cell);
}

static gc_event_t last_event;
static int nevents;

static void on_event(const gc_event_t *e)
{
    last_event = *e;
    nevents++;
}

static void test_stats_and_events(void)
{
    gc_stats_t before, after;
    gc_get_stats(&before);
    gc_set_event_hook(on_event);
    nevents = 0;
    gct_node_t *volatile tree = gct_tree(10);
    gct_collect(GC_MAJOR);
    CU_ASSERT_TRUE(nevents >= 1);
    CU_ASSERT_EQUAL(last_event.kind, GC_MAJOR);
    CU_ASSERT_TRUE(last_event.end_ns >= last_event.start_ns);
    CU_ASSERT_TRUE(last_event.objects_marked >= 2047);
    CU_ASSERT_TRUE(last_event.bytes_marked >= 2047 * sizeof(gct_node_t));
    gct_collect(GC_MINOR);
    CU_ASSERT_EQUAL(last_event.kind, GC_MINOR);
    gc_set_event_hook(NULL);
    gc_get_stats(&after);
    CU_ASSERT_TRUE(after.major_collections > before.major_collections);
    CU_ASSERT_TRUE(after.minor_collections > before.minor_collections);
    CU_ASSERT_TRUE(after.bytes_allocated >= before.bytes_allocated + 2047 * sizeof(gct_node_t));
    CU_ASSERT_TRUE(after.heap_bytes > 0 && after.peak_heap_bytes >= after.heap_bytes);
    CU_ASSERT_TRUE(after.live_bytes >= 2047 * sizeof(gct_node_t));
    CU_ASSERT_EQUAL(gct_tree_check(tree, 10), 2047);
}

UNIT_SUITE(gc_collect, gct_setup, NULL, UNIT_TEST(test_tree_survives_minor_and_major),
           UNIT_TEST(test_garbage_dies), UNIT_TEST(test_stack_variable_keeps_alive),
           UNIT_TEST(test_interior_pointer_keeps_alive),
           UNIT_TEST(test_card_marked_store_keeps_young), UNIT_TEST(test_root_scanner),
           UNIT_TEST(test_store_without_barrier_is_missed), UNIT_TEST(test_cards_over_many_minors),
           UNIT_TEST(test_registered_root), UNIT_TEST(test_pins_nest),
           UNIT_TEST(test_stats_and_events))

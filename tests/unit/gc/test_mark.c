/*
** test_mark.c: the marking fast paths (gc/mark.c, gc_inline.h): small objects without references
** finished from their start byte (their size kept there), gc_visit_words, the cards of nursery
** blocks left unread while those of reused blocks are scanned, the slot barrier of large objects,
** descriptors' leaf_size, and gc_finalize_all skipping its collection when nothing can be
** finalized.
*/
#include <stdlib.h>

#include "tests/unit/gc/gc_test.h"
#include "tests/unit/unit.h"

#define MAGIC 0x5eed5eedu

/* An array of slots traced with gc_visit_words. */
typedef struct words {
    gc_header_t h;
    size_t n;
    uintptr_t slot[];
} words_t;

static void words_trace(gc_tracer_t *t, void *obj)
{
    words_t *w = obj;
    gc_visit_words(t, w->slot, w->n);
}

static const gc_desc_t words_desc = {"test.words", words_trace, NULL, NULL, 0};

static words_t *words_new(size_t n)
{
    words_t *w = gc_alloc(&words_desc, sizeof(words_t) + n * sizeof(uintptr_t));
    w->n = n;
    return w;
}

/* Blob sizes around the leaf limit (240 bytes: leaves up to it are marked from the start byte),
** lines (128 bytes) and a medium object. */
static size_t blob_size(size_t i)
{
    static const size_t sizes[] = {16, 32, 48, 96, 112, 128, 144, 224, 240, 256, 272, 1008};
    return sizes[i % (sizeof sizes / sizeof sizes[0])];
}

static void fill(unsigned char *p, size_t size, unsigned seed)
{
    for (size_t i = sizeof(gc_header_t); i < size; i++)
        p[i] = (unsigned char)(seed + i * 7);
}

static bool filled(const unsigned char *p, size_t size, unsigned seed)
{
    for (size_t i = sizeof(gc_header_t); i < size; i++)
        if (p[i] != (unsigned char)(seed + i * 7))
            return false;
    return true;
}

static words_t *holder;

/* Garbage blobs of every size, to be swept and their lines reused. */
static void churn(size_t n)
{
    for (size_t i = 0; i < n; i++)
        fill(gc_alloc(&gct_blob_desc, blob_size(i + 5)), blob_size(i + 5), 9);
}

/* Blobs reached only through a gc_visit_words array keep their contents while the lines around
** them are swept and reused: marking a leaf must mark every line it covers. The array also holds
** words gc_visit_words must skip: tagged integers, NULL, an address outside the heap, unaligned
** ones into the heap. */
static void test_leaves_keep_their_lines(void)
{
    enum { N = 900 };
    static const uint64_t outside = 1;
    gc_root_add(&holder, 1);
    holder = words_new(N);
    for (size_t i = 0; i < N; i++) {
        size_t size = blob_size(i);
        unsigned char *b = gc_alloc(&gct_blob_desc, size);
        fill(b, size, (unsigned)i);
        switch (i % 9) {
        case 0: holder->slot[i] = ((uintptr_t)i << 1) | 1; break;
        case 1: holder->slot[i] = 0; break;
        case 2: holder->slot[i] = (uintptr_t)&outside; break;
        case 3: holder->slot[i] = (uintptr_t)b + 8; break;
        default: holder->slot[i] = (uintptr_t)b; break;
        }
        gc_write_barrier(holder);
        churn(3);
        if (i % 150 == 0)
            gc_collect(i % 300 ? GC_MINOR : GC_MAJOR);
    }
    for (int round = 0; round < 4; round++) {
        gct_collect(round % 2 ? GC_MAJOR : GC_MINOR);
        churn(20000);
    }
    bool ok = true;
    for (size_t i = 0; i < N; i++)
        if (i % 9 >= 4)
            ok &= filled((const unsigned char *)holder->slot[i], blob_size(i), (unsigned)i) &&
                  gc_size_of((const void *)holder->slot[i]) == blob_size(i);
    CU_ASSERT_TRUE(ok);
    CU_ASSERT_EQUAL(holder->slot[0], 1);
    CU_ASSERT_EQUAL(holder->slot[2], (uintptr_t)&outside);
    holder = NULL;
    gc_root_remove(&holder);
}

/* Fills holder with n nodes and returns weak references to them (in their own frame, so no copy
** of a node's address stays on the stack). */
__attribute__((noinline)) static void **words_of_nodes(size_t n)
{
    void **weak = calloc(n, sizeof *weak);
    holder = words_new(n);
    for (size_t i = 0; i < n; i++) {
        gct_node_t *node = gct_node(MAGIC + i, NULL, NULL);
        holder->slot[i] = (uintptr_t)node;
        gc_write_barrier(holder);
        weak[i] = gc_weak_new(node, NULL, NULL);
        gc_root_add(&weak[i], 1);
    }
    return weak;
}

/* What gc_visit_words reaches lives, young or old; what it no longer reaches dies. */
static void test_visit_words_keeps_exactly_what_it_reaches(void)
{
    enum { N = 64 };
    gc_root_add(&holder, 1);
    void **weak = words_of_nodes(N);
    gct_collect(GC_MINOR);
    for (size_t i = 0; i < N; i += 2)
        holder->slot[i] = 0;
    gct_collect(GC_MAJOR);
    size_t alive = 0, right = 0;
    for (size_t i = 0; i < N; i++) {
        gct_node_t *n = gc_weak_get(weak[i]);
        alive += n != NULL;
        right += (n != NULL) == (i % 2 == 1) && (!n || n->payload == MAGIC + i);
    }
    CU_ASSERT_EQUAL(alive, N / 2);
    CU_ASSERT_EQUAL(right, N);
    for (size_t i = 0; i < N; i++)
        gc_root_remove(&weak[i]);
    free(weak);
    holder = NULL;
    gc_root_remove(&holder);
}

/* Slot arrays whose small instances (at most 64 bytes) hold no references by contract. */
static int sized_traces;

static void sized_trace(gc_tracer_t *t, void *obj)
{
    sized_traces++;
    words_trace(t, obj);
}

static const gc_desc_t sized_desc = {"test.sized", sized_trace, NULL, NULL, 64};

/* Objects no bigger than their descriptor's leaf_size are marked from their start byte, never
** traced (str's short strings); bigger ones of the same descriptor are traced. Both survive. */
static void test_leaf_size(void)
{
    enum { N = 40 };
    gc_root_add(&holder, 1);
    holder = words_new(N);
    for (size_t i = 0; i < N; i++) {
        size_t n = i % 2 ? 20 : 2; /* 192 or 48 bytes */
        words_t *w = gc_alloc(&sized_desc, sizeof(words_t) + n * sizeof(uintptr_t));
        w->n = n;
        for (size_t j = 0; j < n; j++)
            w->slot[j] = (uintptr_t)(2 * (i + j) + 1); /* tagged integers */
        holder->slot[i] = (uintptr_t)w;
    }
    sized_traces = 0;
    gct_collect(GC_MAJOR);
    if (!gct_stressed())
        CU_ASSERT_EQUAL(sized_traces, N / 2);
    churn(2000);
    gct_collect(GC_MAJOR);
    bool ok = true;
    for (size_t i = 0; i < N; i++) {
        const words_t *w = (const words_t *)holder->slot[i];
        ok &= w->n == (i % 2 ? 20u : 2u) && w->slot[w->n - 1] == 2 * (i + w->n - 1) + 1;
    }
    CU_ASSERT_TRUE(ok);
    holder = NULL;
    gc_root_remove(&holder);
}

static int deaths;

static void on_death(void *obj, void *data)
{
    deaths++;
}

static gct_node_t *old_nodes[256];

/* Stores a fresh node into the old node old_nodes[i], its only reference. */
__attribute__((noinline)) static void store_young(size_t i)
{
    gct_node_t *y = gct_node(MAGIC, NULL, NULL);
    gc_register_finalizer(y, on_death, NULL);
    old_nodes[i]->a = y;
    gc_write_barrier(old_nodes[i]);
}

/* Allocates small garbage until some of it lands in the block of each old node (the allocator
** then holds those blocks as reused ones), staying under the smallest nursery budget (4 MiB) so
** no collection intervenes (except under PYHYP_GC_STRESS). */
static void reuse_blocks_of(gct_node_t **nodes, size_t n)
{
    bool *covered = calloc(n, sizeof *covered);
    size_t left = n, bytes = 0;
    while (left > 0 && bytes < (2u << 20)) {
        uintptr_t block = (uintptr_t)gc_alloc(&gct_blob_desc, 16) / GC_BLOCK_SIZE;
        bytes += 16;
        for (size_t i = 0; i < n; i++) {
            if (!covered[i] && (uintptr_t)nodes[i] / GC_BLOCK_SIZE == block) {
                covered[i] = true;
                left--;
            }
        }
    }
    free(covered);
}

/*
** Old nodes share blocks with garbage; after a major those blocks have holes and the allocator
** reuses them, so they hold old and young objects at once: unlike a nursery block (fresh from the
** free list), their dirty cards must be scanned. Stores of young nodes into the old ones, with the
** barrier, keep the young nodes through minors.
*/
static void test_cards_of_reused_blocks(void)
{
    enum { N = sizeof old_nodes / sizeof old_nodes[0] };
    gc_root_add(old_nodes, N);
    for (size_t i = 0; i < N; i++) {
        old_nodes[i] = gct_node(i, NULL, NULL);
        churn(4);
    }
    gct_collect(GC_MAJOR);
    reuse_blocks_of(old_nodes, N);
    deaths = 0;
    for (size_t i = 0; i < N; i++)
        store_young(i);
    gct_collect(GC_MINOR);
    gc_safepoint();
    CU_ASSERT_EQUAL(deaths, 0);
    gct_collect(GC_MINOR);
    gc_safepoint();
    CU_ASSERT_EQUAL(deaths, 0);
    bool ok = true;
    for (size_t i = 0; i < N; i++)
        ok &= old_nodes[i]->payload == i && old_nodes[i]->a->payload == MAGIC;
    CU_ASSERT_TRUE(ok);
    for (size_t i = 0; i < N; i++)
        old_nodes[i]->a = NULL;
    gct_collect(GC_MAJOR);
    gc_safepoint();
    CU_ASSERT_EQUAL(deaths, N);
    memset(old_nodes, 0, sizeof old_nodes);
    gc_root_remove(old_nodes);
}

/* A large array of slots whose minor collections may trace only the cards stored to. */
static int full_traces;

static void ranged_trace(gc_tracer_t *t, void *obj)
{
    full_traces++;
    words_trace(t, obj);
}

static void ranged_trace_range(gc_tracer_t *t, void *obj, uintptr_t lo, uintptr_t hi)
{
    words_t *w = obj;
    for (size_t i = 0; i < w->n; i++)
        if ((uintptr_t)&w->slot[i] >= lo && (uintptr_t)&w->slot[i] < hi)
            gc_visit(t, w->slot[i]);
}

static const gc_desc_t ranged_desc = {"test.ranged", ranged_trace, NULL, ranged_trace_range,
                                      0};

static words_t *ranged;

/* Stores a fresh node into ranged->slot[i], its only reference, with the slot's barrier. */
__attribute__((noinline)) static void store_young_slot(size_t i)
{
    gct_node_t *y = gct_node(MAGIC, NULL, NULL);
    gc_register_finalizer(y, on_death, NULL);
    ranged->slot[i] = (uintptr_t)y;
    gc_write_barrier_slot(ranged, &ranged->slot[i]);
}

/*
** gc_write_barrier_slot on an old large object marks only the slot's card: minors then trace that
** card's range (trace_range), not the whole object, and keep the young objects stored there,
** wherever the slot falls (the object's first card, a card boundary, its last slot).
*/
static void test_slot_barrier_of_large_objects(void)
{
    enum { N = 6000 };
    static const size_t at[] = {0, 31, 32, 33, 1000, 2047, 4000, N - 1};
    enum { K = sizeof at / sizeof at[0] };
    gc_root_add(&ranged, 1);
    ranged = gc_alloc(&ranged_desc, sizeof(words_t) + N * sizeof(uintptr_t));
    ranged->n = N;
    gct_collect(GC_MAJOR);
    deaths = 0;
    full_traces = 0;
    for (size_t k = 1; k < K; k++)
        store_young_slot(at[k]);
    gct_collect(GC_MINOR);
    gc_safepoint();
    CU_ASSERT_EQUAL(deaths, 0);
    if (!gct_stressed())
        CU_ASSERT_EQUAL(full_traces, 0);
    store_young_slot(at[0]);
    gct_collect(GC_MINOR);
    gc_safepoint();
    CU_ASSERT_EQUAL(deaths, 0);
    bool ok = true;
    for (size_t k = 0; k < K; k++)
        ok &= ((gct_node_t *)ranged->slot[at[k]])->payload == MAGIC;
    CU_ASSERT_TRUE(ok);
    for (size_t k = 0; k < K; k++)
        ranged->slot[at[k]] = 0;
    gct_collect(GC_MAJOR);
    gc_safepoint();
    CU_ASSERT_EQUAL(deaths, K);
    ranged = NULL;
    gc_root_remove(&ranged);
}

__attribute__((noinline)) static void garbage_with_finalizer(void)
{
    gc_register_finalizer(gct_node(MAGIC, NULL, NULL), on_death, NULL);
}

static uint64_t majors(void)
{
    gc_stats_t st;
    gc_get_stats(&st);
    return st.major_collections;
}

/* With no finalizer registered and no weak reference with a callback, gc_finalize_all has
** nothing to order and does not collect; with one registered, it collects and runs it. */
static void test_finalize_all_collects_only_when_needed(void)
{
    gc_finalize_all(); /* whatever other suites left registered */
    gct_collect(GC_MAJOR);
    uint64_t before = majors();
    gc_finalize_all();
    CU_ASSERT_EQUAL(majors(), before);
    deaths = 0;
    garbage_with_finalizer();
    gct_clear_stack();
    gc_finalize_all();
    CU_ASSERT_EQUAL(deaths, 1);
    CU_ASSERT_TRUE(majors() > before);
}

UNIT_SUITE(gc_mark, gct_setup, NULL, UNIT_TEST(test_leaves_keep_their_lines),
           UNIT_TEST(test_visit_words_keeps_exactly_what_it_reaches), UNIT_TEST(test_leaf_size),
           UNIT_TEST(test_cards_of_reused_blocks),
           UNIT_TEST(test_slot_barrier_of_large_objects),
           UNIT_TEST(test_finalize_all_collects_only_when_needed))

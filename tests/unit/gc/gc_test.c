/*
** gc_test.c: object kinds and helpers shared by the gc/ unit tests (see gc_test.h).
*/
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tests/unit/gc/gc_test.h"

static void node_trace(gc_tracer_t *t, void *obj)
{
    gct_node_t *n = obj;
    gc_visit_ptr(t, n->a);
    gc_visit_ptr(t, n->b);
}

int gct_fin_count;
uint64_t gct_fin_payload_sum;
bool gct_fin_tlab_empty = true;

static void node_finalize(void *obj)
{
    gct_fin_count++;
    gct_fin_payload_sum += ((gct_node_t *)obj)->payload;
    if (gc_tlab.alloc_ptr != gc_tlab.alloc_limit)
        gct_fin_tlab_empty = false;
}

const gc_desc_t gct_node_desc = {"test.node", node_trace, NULL, NULL, 0};
const gc_desc_t gct_blob_desc = {"test.blob", NULL, NULL, NULL, 0};
const gc_desc_t gct_fin_desc = {"test.finnode", node_trace, node_finalize, NULL, 0};

gct_node_t *gct_node(uint64_t payload, gct_node_t *a, gct_node_t *b)
{
    gct_node_t *n = gc_alloc(&gct_node_desc, sizeof *n);
    n->payload = payload;
    n->a = a;
    n->b = b;
    return n;
}

gct_node_t *gct_tree(int depth)
{
    if (depth == 0)
        return gct_node(1, NULL, NULL);
    gct_node_t *l = gct_tree(depth - 1);
    gct_node_t *r = gct_tree(depth - 1);
    return gct_node(((uint64_t)2 << depth) - 1, l, r);
}

long gct_tree_check(const gct_node_t *n, int depth)
{
    if (!n || n->h.desc != &gct_node_desc || n->payload != ((uint64_t)2 << depth) - 1)
        return -1;
    if (depth == 0)
        return n->a || n->b ? -1 : 1;
    long l = gct_tree_check(n->a, depth - 1), r = gct_tree_check(n->b, depth - 1);
    return l < 0 || r < 0 ? -1 : 1 + l + r;
}

/* Not instrumented by ASan, whose redzones around buf would leave stale words uncleared right
** where the collector's frames will be. */
#if defined(__SANITIZE_ADDRESS__)
__attribute__((no_sanitize_address))
#endif
__attribute__((noinline)) void gct_clear_stack(void)
{
    volatile char buf[64 * 1024];
    memset((char *)buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}

void gct_collect(gc_kind_t kind)
{
    gct_clear_stack();
    gc_collect(kind);
}

bool gct_stressed(void)
{
    gc_stats_t before, after;
    gc_get_stats(&before);
    gc_alloc(&gct_blob_desc, GC_GRANULE);
    gc_alloc(&gct_blob_desc, GC_GRANULE);
    gc_get_stats(&after);
    return after.minor_collections + after.major_collections >=
           before.minor_collections + before.major_collections + 2;
}

size_t gct_rss(void)
{
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        fclose(f);
    }
    return (size_t)resident * (size_t)sysconf(_SC_PAGESIZE);
}

int gct_setup(void)
{
    gc_init(NULL);
    return 0;
}

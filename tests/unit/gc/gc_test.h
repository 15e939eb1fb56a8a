/*
** gc_test.h: object kinds and helpers shared by the gc/ unit tests.
** Tests that assert an object died must leave no copy of its address on the C stack or in
** registers (roots are conservative): they build such objects in noinline functions, then call
** gct_collect, which first overwrites the dead part of the stack below the caller.
*/
#ifndef PYHYP_TESTS_GC_TEST_H
#define PYHYP_TESTS_GC_TEST_H

#include "gc/gc.h"

/* A traced node: two references and a payload. */
typedef struct gct_node {
    gc_header_t h;
    struct gct_node *a, *b;
    uint64_t payload;
} gct_node_t;

extern const gc_desc_t gct_node_desc;  /* traces a and b */
extern const gc_desc_t gct_blob_desc;  /* no references */

/* Counts light finalizer calls of gct_fin_desc objects (a node kind with a light finalizer). */
extern const gc_desc_t gct_fin_desc;
extern int gct_fin_count;
extern uint64_t gct_fin_payload_sum;   /* sum of the payloads of finalized objects */
extern bool gct_fin_tlab_empty;        /* every light finalizer saw an empty allocation buffer */

gct_node_t *gct_node(uint64_t payload, gct_node_t *a, gct_node_t *b);

/* A binary tree of the given depth (payloads count nodes); gct_tree_check returns the node count
** or -1 if a payload is wrong. */
gct_node_t *gct_tree(int depth);
long gct_tree_check(const gct_node_t *n, int depth);

/* Overwrites stale stack below the caller, then collects. */
void gct_clear_stack(void);
void gct_collect(gc_kind_t kind);

/* Whether the collector runs in stress mode (PYHYP_GC_STRESS, --enable-gc-stress): two
** allocations in a row both collected, which otherwise never happens. */
bool gct_stressed(void);

/* Current resident set size in bytes (/proc/self/statm). */
size_t gct_rss(void);

/* Suite setup: gc_init(NULL). */
int gct_setup(void);

#endif

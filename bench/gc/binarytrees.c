/*
** binarytrees.c: the allocation benchmark behind `make bench-gc` (bench/gc/local.mk).
** The binary-trees program (a stretch tree, a long-lived tree, then many short-lived trees of
** growing depth), compiled three ways from this one source: BENCH_PYHYP allocates with gc/,
** BENCH_BOEHM with Boehm GC, BENCH_MALLOC with malloc and explicit frees. It prints the same
** checks in every variant; bench/gc/run-bench times the variants and compares them.
*/
#include <stdio.h>
#include <stdlib.h>

#if defined(BENCH_PYHYP)
#include "gc/gc.h"
#elif defined(BENCH_BOEHM)
#include <gc.h>
#elif !defined(BENCH_MALLOC)
#error "define BENCH_PYHYP, BENCH_BOEHM or BENCH_MALLOC"
#endif

typedef struct node node_t;

#if defined(BENCH_PYHYP)
struct node {
    gc_header_t h;
    node_t *left, *right;
};

static void node_trace(gc_tracer_t *t, void *obj)
{
    node_t *n = obj;
    gc_visit_ptr(t, n->left);
    gc_visit_ptr(t, n->right);
}

static const gc_desc_t node_desc = {"bench.node", node_trace, NULL, NULL, 0};

static void start(void)
{
    gc_init(NULL);
}

/* The new node is the youngest object and nothing allocates before the stores: no barrier
** needed (the rule JIT code follows for fresh objects). */
static node_t *new_node(node_t *left, node_t *right)
{
    node_t *n = gc_alloc(&node_desc, sizeof *n);
    n->left = left;
    n->right = right;
    return n;
}

static void free_tree(node_t *n)
{
    (void)n;
}
#else
struct node {
    node_t *left, *right;
};

#if defined(BENCH_BOEHM)
static void start(void)
{
    GC_init();
}

static node_t *new_node(node_t *left, node_t *right)
{
    node_t *n = GC_malloc(sizeof *n);
    n->left = left;
    n->right = right;
    return n;
}

static void free_tree(node_t *n)
{
    (void)n;
}
#else
static void start(void)
{
}

static node_t *new_node(node_t *left, node_t *right)
{
    node_t *n = malloc(sizeof *n);
    if (!n)
        abort();
    n->left = left;
    n->right = right;
    return n;
}

static void free_tree(node_t *n)
{
    if (n->left) {
        free_tree(n->left);
        free_tree(n->right);
    }
    free(n);
}
#endif
#endif

static node_t *make_tree(int depth)
{
    if (depth == 0)
        return new_node(NULL, NULL);
    node_t *left = make_tree(depth - 1);
    node_t *right = make_tree(depth - 1);
    return new_node(left, right);
}

static long check_tree(const node_t *n)
{
    return n->left ? 1 + check_tree(n->left) + check_tree(n->right) : 1;
}

/* The stretch tree and each round of short-lived trees are built in their own frames, so no
** stale copy of a dead tree's root stays in main's frame or registers, which a conservative stack
** scan (ours, Boehm's) would take for a live reference. */
__attribute__((noinline)) static void stretch(int depth)
{
    node_t *t = make_tree(depth);
    printf("stretch tree of depth %d\t check: %ld\n", depth, check_tree(t));
    free_tree(t);
}

__attribute__((noinline)) static void short_lived(int depth, int max_depth)
{
    long iterations = 1L << (max_depth - depth + 4), check = 0;
    for (long i = 0; i < iterations; i++) {
        node_t *t = make_tree(depth);
        check += check_tree(t);
        free_tree(t);
    }
    printf("%ld\t trees of depth %d\t check: %ld\n", iterations, depth, check);
}

int main(int argc, char **argv)
{
    int max_depth = argc > 1 ? atoi(argv[1]) : 18;
    if (max_depth < 6)
        max_depth = 6;
    start();
    stretch(max_depth + 1);
    node_t *long_lived = make_tree(max_depth);
    for (int depth = 4; depth <= max_depth; depth += 2)
        short_lived(depth, max_depth);
    printf("long lived tree of depth %d\t check: %ld\n", max_depth, check_tree(long_lived));
    free_tree(long_lived);
    return 0;
}

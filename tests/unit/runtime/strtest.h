/*
** strtest.h: what the string suites (test_str.c, test_utf8.c, test_hash.c, test_strindex.c,
** test_intern.c, test_strbuf.c) share: a suite setup that starts the collector once per program,
** and a fixed-seed pseudo-random generator for the property tests.
*/
#ifndef PYHYP_TEST_STRTEST_H
#define PYHYP_TEST_STRTEST_H

#include <stdint.h>

/* CUnit suite setup: gc_init the first time any string suite runs (defined in test_str.c). */
int strtest_setup(void);

/* splitmix64: deterministic, so a failure reproduces. */
typedef struct strtest_rng {
    uint64_t state;
} strtest_rng_t;

static inline uint64_t strtest_next(strtest_rng_t *r)
{
    uint64_t z = (r->state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* A number in [0, n). */
static inline uint32_t strtest_below(strtest_rng_t *r, uint32_t n)
{
    return (uint32_t)(strtest_next(r) % n);
}

#endif

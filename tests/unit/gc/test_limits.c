/*
** test_limits.c: the heap limit and the out-of-memory handler (gc/policy.c), allocation sampling
** (gc/stats.c), memory given back to the OS after a garbage spike (gc/heap.c, gc/large.c) and
** kept for a program that allocates in cycles (gc/policy.c).
*/
#include <setjmp.h>
#include <stdlib.h>

#include "tests/unit/gc/gc_test.h"
#include "tests/unit/unit.h"

static jmp_buf oom_jump;
static size_t oom_requested;

static void oom_handler(size_t requested)
{
    oom_requested = requested;
    longjmp(oom_jump, 1);
}

static gct_node_t *hoard;

/* Allocates objects of `size` into a rooted list until the handler jumps back. */
static void oom_case(size_t size)
{
    gc_root_add(&hoard, 1);
    gct_collect(GC_MAJOR);
    gc_stats_t st;
    gc_get_stats(&st);
    size_t limit = st.heap_bytes + (32u << 20);
    gc_set_heap_limit(limit);
    gc_set_oom_handler(oom_handler);
    oom_requested = 0;
    volatile size_t count = 0;
    if (setjmp(oom_jump) == 0) {
        for (;;) {
            gct_node_t *n = gc_alloc(&gct_node_desc, size);
            n->a = hoard;
            hoard = n;
            count++;
        }
    }
    gc_set_oom_handler(NULL);
    gc_set_heap_limit(0);
    CU_ASSERT_EQUAL(oom_requested, (size + GC_GRANULE - 1) & ~(size_t)(GC_GRANULE - 1));
    /* The hoard nearly fills the limit: the heap was not given up early. */
    CU_ASSERT_TRUE(count * size >= (24u << 20));
    gc_get_stats(&st);
    CU_ASSERT_TRUE(st.heap_bytes <= limit);
    hoard = NULL;
    gc_root_remove(&hoard);
    gct_collect(GC_MAJOR);
}

static void test_oom_small_objects(void)
{
    oom_case(4000);
}

static void test_oom_large_objects(void)
{
    oom_case(100000);
}

/* ---- Sampling ----------------------------------------------------------------------------- */

static size_t samples, sampled_bytes, min_sample, max_sample;

static void sampler(size_t bytes, void *data)
{
    (void)data;
    samples++;
    sampled_bytes += bytes;
    if (bytes < min_sample)
        min_sample = bytes;
    if (bytes > max_sample)
        max_sample = bytes;
}

static void test_sampling_period(void)
{
    enum { PERIOD = 64 * 1024, TOTAL = 8 * 1024 * 1024 };
    samples = sampled_bytes = max_sample = 0;
    min_sample = SIZE_MAX;
    gc_set_sampler(PERIOD, sampler, NULL);
    size_t done = 0;
    for (size_t i = 0; done < TOTAL; i++) {
        size_t size = 48 + (i * 37) % 600;
        gc_alloc(&gct_blob_desc, size);
        done += (size + 15) & ~(size_t)15;
    }
    gc_set_sampler(0, NULL, NULL);
    double expected = (double)TOTAL / PERIOD;
    CU_ASSERT_TRUE(samples >= expected * 0.9 && samples <= expected * 1.1);
    CU_ASSERT_TRUE(min_sample >= PERIOD && max_sample <= PERIOD * 11 / 10);
    /* Off again: no more calls. */
    size_t before = samples;
    for (int i = 0; i < 10000; i++)
        gc_alloc(&gct_blob_desc, 64);
    CU_ASSERT_EQUAL(samples, before);
}

/* ---- Memory returned to the OS ------------------------------------------------------------- */

static gct_node_t *spike;

/* Builds a rooted spike of `total` bytes in objects of `size`, then drops it. */
static void garbage_spike(size_t size, size_t total)
{
    gc_root_add(&spike, 1);
    for (size_t done = 0; done < total; done += size) {
        gct_node_t *n = gc_alloc(&gct_node_desc, size);
        memset(n + 1, 0x5a, size - sizeof *n); /* touch it, as a real object would be */
        n->a = spike;
        spike = n;
    }
    spike = NULL;
    gc_root_remove(&spike);
}

static void spike_case(size_t size)
{
    enum { SPIKE = 128u << 20 };
    gct_collect(GC_MAJOR);
    gc_stats_t st;
    gc_get_stats(&st);
    size_t heap0 = st.heap_bytes, rss0 = gct_rss();
    garbage_spike(size, SPIKE);
    gc_get_stats(&st);
    size_t heap_peak = st.heap_bytes, rss_peak = gct_rss();
    /* Free blocks kept in reserve before the spike may absorb part of it. */
    CU_ASSERT_TRUE(heap_peak + (16u << 20) >= heap0 + SPIKE);
    gct_collect(GC_MAJOR);
    gc_get_stats(&st);
    CU_ASSERT_TRUE(st.heap_bytes <= heap0 + (16u << 20));
    CU_ASSERT_TRUE(gct_rss() + SPIKE / 2 <= rss_peak);
    CU_ASSERT_TRUE(rss_peak >= rss0 + SPIKE / 2);
}

static void test_memory_returned_small(void)
{
    spike_case(4000);
}

static void test_memory_returned_large(void)
{
    spike_case(64 * 1024);
}

/* Allocates `total` bytes of unreachable objects of `size`, then collects fully. */
static void garbage_round(size_t size, size_t total)
{
    for (size_t done = 0; done < total; done += size)
        gc_alloc(&gct_blob_desc, size);
    gct_collect(GC_MAJOR);
}

/*
** A program that builds the same structure again and again (a benchmark's iterations) keeps the
** blocks it will fault in again; once its allocation no longer climbs to that peak for four
** times the peak's size, they go back to the OS.
*/
enum { CYCLE = 48u << 20 };

/* Runs three identical allocation cycles; returns the heap size before them. */
static size_t run_cycles(void)
{
    gct_collect(GC_MAJOR);
    gc_stats_t st;
    gc_get_stats(&st);
    for (int i = 0; i < 3; i++) {
        garbage_spike(4000, CYCLE);
        gct_collect(GC_MAJOR);
    }
    return st.heap_bytes;
}

static void test_memory_kept_for_cycles(void)
{
    size_t heap0 = run_cycles();
    gc_stats_t st;
    gc_get_stats(&st);
    CU_ASSERT_TRUE(st.heap_bytes >= heap0 + CYCLE / 2);
    /* what the cycles keep depends on the build (an unoptimized ASan build's survivors make the
    ** peak larger): allocate five times it without climbing back; the first round's garbage
    ** still counts in the peak the policy keeps, so that is kept plus a round */
    size_t kept = st.heap_bytes - heap0;
    for (size_t done = 0; done < 5 * (kept + CYCLE / 4); done += CYCLE / 4)
        garbage_round(4000, CYCLE / 4);
    gc_get_stats(&st);
    CU_ASSERT_TRUE(st.heap_bytes <= heap0 + (16u << 20));
}

/* Memory kept for the cycles gives way to the heap limit: a large object that fits once it is
** released is allocated, not refused. */
static void test_memory_kept_yields_to_limit(void)
{
    size_t heap0 = run_cycles();
    gc_set_heap_limit(heap0 + CYCLE * 3 / 4);
    gc_set_oom_handler(oom_handler);
    oom_requested = 0;
    /* no stale word of the last spike's list may keep it alive through the collection */
    gct_clear_stack();
    if (setjmp(oom_jump) == 0)
        gc_alloc(&gct_blob_desc, CYCLE / 2);
    gc_set_oom_handler(NULL);
    gc_set_heap_limit(0);
    CU_ASSERT_EQUAL(oom_requested, 0);
    gct_collect(GC_MAJOR);
}

/* The memory kept for the cycles is filled before a major re-marks the structure a cycle builds
** (gc_policy_choose): building it once more takes at most one major. */
static void test_memory_kept_defers_majors(void)
{
    if (gct_stressed())
        return; /* every allocation collects: nothing for the policy to decide */
    run_cycles();
    gc_stats_t before, after;
    gc_get_stats(&before);
    garbage_spike(4000, CYCLE);
    gc_get_stats(&after);
    CU_ASSERT_TRUE(after.major_collections - before.major_collections <= 1);
    gct_collect(GC_MAJOR);
}

UNIT_SUITE(gc_limits, gct_setup, NULL, UNIT_TEST(test_oom_small_objects),
           UNIT_TEST(test_oom_large_objects), UNIT_TEST(test_sampling_period),
           UNIT_TEST(test_memory_returned_small), UNIT_TEST(test_memory_returned_large),
           UNIT_TEST(test_memory_kept_for_cycles), UNIT_TEST(test_memory_kept_yields_to_limit),
           UNIT_TEST(test_memory_kept_defers_majors))

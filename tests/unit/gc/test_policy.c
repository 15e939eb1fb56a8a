/*
** test_policy.c: when the collector runs majors (gc/policy.c). A live set that keeps growing is
** re-marked at each major; the growth allowed between majors bounds how often that happens.
*/
#include "tests/unit/gc/gc_test.h"
#include "tests/unit/unit.h"

static unsigned majors;
static uint64_t major_marked;

static void count_majors(const gc_event_t *e)
{
    if (e->kind != GC_MAJOR)
        return;
    majors++;
    major_marked += e->bytes_marked;
}

static gct_node_t *growing;

/*
** A rooted list of 4000-byte nodes grows to GROW_TO. With the old generation allowed to grow 14/8
** past each major's survivors, from the 16 MiB floor, the majors marked 20, 41 and 83 MiB when
** this test was written: 1.12 times GROW_TO in all (at 11/8 it took four, marking 1.46 times
** GROW_TO). Memory kept from earlier suites' cycles only postpones majors.
*/
enum { GROW_TO = 128u << 20, NODE = 4000 };

static void test_growing_live_set(void)
{
    if (gct_stressed())
        return; /* every allocation collects: nothing for the policy to decide */
    gct_collect(GC_MAJOR);
    gc_root_add(&growing, 1);
    gc_set_event_hook(count_majors);
    majors = 0;
    major_marked = 0;
    for (size_t done = 0; done < GROW_TO; done += NODE) {
        gct_node_t *n = gc_alloc(&gct_node_desc, NODE);
        n->a = growing;
        growing = n;
    }
    gc_set_event_hook(NULL);
    CU_ASSERT_TRUE(majors >= 1);
    CU_ASSERT_TRUE(majors <= 3);
    CU_ASSERT_TRUE(major_marked <= (uint64_t)GROW_TO * 5 / 4);
    growing = NULL;
    gc_root_remove(&growing);
    gct_collect(GC_MAJOR);
}

UNIT_SUITE(gc_policy, gct_setup, NULL, UNIT_TEST(test_growing_live_set))

/*
** policy.c: when to collect, minor or major, and the heap limit (ARCHITECTURE.md section 3).
** A collection is due when the bytes allocated since the last one pass the nursery budget. It is
** major when the old generation (live at the last major plus everything promoted since) has grown
** past the threshold set from the last major's survivors and efficiency, and minor otherwise: the
** survival rate of minors drives how fast that point comes. The nursery budget is an eighth of the
** old generation (within bounds): small enough that the heap stays close to the live size, large
** enough that a minor's fixed costs (roots, the card table over the whole heap) stay small per byte
** allocated. After a major, free blocks go back to the OS, except those a program that allocates
** in cycles will fault in again (trim); while the heap still holds such blocks, a due major waits
** until they are used (gc_policy_choose).
*/
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "gc/gc_internal.h"

#define NURSERY_MIN    ((size_t)4 << 20)
#define NURSERY_MAX    ((size_t)64 << 20)
#define MAJOR_MIN      ((size_t)16 << 20)
/*
** How far the old generation may grow past the last major's survivors before the next major, in
** eighths, chosen from how much of what it looked at (`considered`: the old generation and the
** nursery) that major reclaimed. When it reclaimed an eighth or more (floating garbage promoted by
** minors), collect again soon, keeping the heap close to the live size; when nearly everything was
** live (a growing data structure), majors mostly re-mark live objects, so let the heap grow more
** first: with growth g, a live set that keeps growing is marked g / (g - 1) times over in all (each
** byte re-marked 1.33 times on average at 14/8, 2.67 at 11/8). Measured (binary trees in C,
** bench/programs/float.py): growth 9/8 always kept RSS at 1.2x malloc's but spent a third of
** float.py in marking. Session 7, float.php and float.py (4 x 300000, with the deferral of
** gc_policy_choose): 11/8 took 21 and 23 majors marking 797 and 868 MiB; 14/8 takes 13 and 16
** marking 469 and 679 MiB at the same peak RSS for float.php (165 MiB) and 6% more for float.py
** (150 MiB); 16/8 took 7 and 9 but at 225 and 179 MiB of RSS; 14/8 for the other case too took 7
** majors, at 209 and 212 MiB. At 3 x 300000, 12/8 took 9 majors each at 178 and 172 MiB. In
** about half of float.py's runs a major falls where a stale word still holds the previous
** iteration's points (58 MiB): the threshold set from those survivors then lets its heap reach
** 224 MiB (the stale word is not the policy's doing; 11/8 never met it at that point).
*/
static unsigned major_growth_8(uint64_t considered, uint64_t survivors)
{
    return survivors * 8 <= considered * 7 ? 9 : 14;
}

static void default_oom(size_t requested)
{
    fprintf(stderr, "pyhyp: out of memory (allocating %zu bytes)\n", requested);
    exit(1);
}

void gc_policy_init(void)
{
    gc_heap.nursery_budget = NURSERY_MIN;
    gc_heap.major_threshold = MAJOR_MIN;
    if (!gc_heap.oom)
        gc_heap.oom = default_oom;
}

void gc_set_heap_limit(size_t bytes)
{
    gc_heap.heap_limit = bytes;
}

void gc_set_oom_handler(gc_oom_fn fn)
{
    gc_heap.oom = fn ? fn : default_oom;
}

bool gc_policy_within_limit(size_t bytes)
{
    return !gc_heap.heap_limit || gc_heap_bytes() + bytes <= gc_heap.heap_limit;
}

void gc_policy_collect_for_room(void)
{
    gc_heap.retain_blocks = gc_heap.released_peak = 0;
    gc_collect(GC_MAJOR);
}

void gc_policy_out_of_room(size_t bytes)
{
    gc_heap.oom(bytes);
    fprintf(stderr, "pyhyp: gc: the out-of-memory handler returned\n");
    abort();
}

/*
** A major that is due waits while the heap holds at least SPARE_NURSERIES nurseries' worth of free
** blocks still backed by memory: trim keeps those for a program that allocates in cycles, they
** count in its RSS already, and filling them first costs nothing, while collecting early re-marks
** the whole live set. (Without such blocks, the free ones a major keeps are about one nursery.) On
** float.php (3 x 300000) this alone took majors from 16 to 12, at the same RSS; the memory kept
** bounds how far the heap can grow meanwhile, and the heap limit still collects (alloc.c).
*/
#define SPARE_NURSERIES 2u

gc_kind_t gc_policy_choose(void)
{
    if (gc_heap.old_bytes < gc_heap.major_threshold)
        return GC_MINOR;
    size_t spare = (gc_heap.committed_blocks - gc_heap.used_blocks) * GC_BLOCK_SIZE;
    return spare >= SPARE_NURSERIES * gc_heap.nursery_budget ? GC_MINOR : GC_MAJOR;
}

void gc_policy_maybe_collect(void)
{
    if (gc_heap.collecting)
        return;
    if (gc_alloc_total() - gc_heap.bytes_at_last_gc >= gc_heap.nursery_budget)
        gc_collect(gc_policy_choose());
}

/* Free blocks kept after a major: enough for the next nursery, bounded by a quarter of what
** survived (so a garbage spike goes back to the OS), and at least NURSERY_MIN. */
static size_t trim_reserve(void)
{
    size_t r = (size_t)(gc_heap.old_bytes / 4);
    if (r > gc_heap.nursery_budget)
        r = gc_heap.nursery_budget;
    return r > NURSERY_MIN ? r : NURSERY_MIN;
}

/*
** Memory kept after a major for a program that allocates in cycles: a benchmark iteration, a
** request, a phase that builds a structure and drops it. Giving the free blocks back to the OS
** when the structure dies means the kernel faults and zeroes every page again in the next cycle
** (a quarter of bench/programs/float.php's time went to page faults). When the blocks in use
** climb back to within a quarter of the peak the last release fell from, the policy retains that
** many blocks; it lets them go when the program allocates four times that much without reaching
** three quarters of it again (the cycles ended or shrank). A one-off spike is given back at once.
*/
static void trim(void)
{
    size_t peak = gc_heap.used_peak, last = gc_heap.released_peak, used = gc_heap.used_blocks;
    uint64_t total = gc_alloc_total();
    gc_heap.used_peak = used;
    size_t retain = gc_heap.retain_blocks;
    if (retain) {
        if (peak * 4 >= retain * 3) {
            gc_heap.retain_mark = total;
            gc_heap.retain_blocks = peak > retain ? peak : retain;
        } else if (total - gc_heap.retain_mark > (uint64_t)retain * 4 * GC_BLOCK_SIZE) {
            gc_heap.retain_blocks = 0;
        }
    } else if (peak * 4 >= last * 3 && peak * 4 <= last * 5) {
        gc_heap.retain_blocks = peak;
        gc_heap.retain_mark = total;
    }
    size_t keep = trim_reserve() / GC_BLOCK_SIZE;
    if (gc_heap.retain_blocks > used + keep)
        keep = gc_heap.retain_blocks - used;
    if (gc_heap_trim(keep) * 4 >= peak)
        gc_heap.released_peak = peak;
}

static void set_nursery(void)
{
    size_t n = (size_t)(gc_heap.old_bytes / 8);
    gc_heap.nursery_budget = n < NURSERY_MIN ? NURSERY_MIN : n > NURSERY_MAX ? NURSERY_MAX : n;
}

void gc_policy_update(gc_kind_t kind, uint64_t bytes_marked)
{
    if (kind == GC_MAJOR) {
        /* What this major looked at: the old generation and the nursery since the last GC. */
        uint64_t considered = gc_heap.old_bytes + (gc_alloc_total() - gc_heap.bytes_at_last_gc);
        unsigned growth = major_growth_8(considered, bytes_marked);
        gc_heap.old_bytes = bytes_marked;
        size_t t = (size_t)(bytes_marked * growth / 8);
        gc_heap.major_threshold = t > MAJOR_MIN ? t : MAJOR_MIN;
        set_nursery();
        trim();
        return;
    }
    gc_heap.old_bytes += bytes_marked;
    set_nursery();
}

/* ---- The collection driver --------------------------------------------------------------- */

/* gc_collect_finalizing's precise roots: the registered ones and the caller's. */
static gc_root_scan_fn finalizing_roots;
static void *finalizing_data;

static void mark_precise(gc_tracer_t *t)
{
    gc_roots_mark_precise(t);
    finalizing_roots(t, finalizing_data);
}

static void mark_phase(gc_tracer_t *t, bool major)
{
    t->objects = t->bytes = 0;
    if (finalizing_roots) {
        gc_finalize_process_split(t, mark_precise, gc_roots_mark_ambiguous);
        return;
    }
    gc_roots_mark(t);
    if (!major)
        gc_mark_cards(t);
    gc_mark_drain(t);
    gc_finalize_process(t);
}

/*
** A major collection first finishes the lazy sweep of the previous cycle (so no stale start byte
** can carry the colour about to become current), flips the mark colour and clears line marks.
*/
bool gc_collecting(void) { return gc_heap.collecting || gc_heap.sweeping; }

void gc_collect(gc_kind_t kind)
{
    if (!gc_heap.ready)
        gc_init(NULL);
    if (gc_heap.collecting)
        return;
    gc_roots_capture_stack();
    gc_stats_note_used();
    bool major = kind == GC_MAJOR;
    gc_event_t ev = {.kind = kind, .start_ns = gc_stats_now_ns(), .heap_before = gc_heap_bytes()};
    gc_alloc_retire();
    gc_heap.collecting = true;
    if (major) {
        gc_sweep_all();
        gc_mark_colour ^= GC_MARK_BITS;
        gc_sweep_clear_lines();
    }
    gc_tracer_t *t = &gc_heap.tracer;
    mark_phase(t, major);
    if (major)
        gc_mark_clear_cards();
    gc_sweep_prepare(major);
    gc_large_sweep(major);
    gc_heap.collecting = false;
    gc_policy_update(kind, t->bytes);
    gc_heap.bytes_at_last_gc = gc_alloc_total();
    ev.end_ns = gc_stats_now_ns();
    ev.heap_after = gc_heap_bytes();
    ev.objects_marked = t->objects;
    ev.bytes_marked = t->bytes;
    gc_stats_record(&ev);
}

void gc_collect_finalizing(gc_root_scan_fn roots, void *data)
{
    if (gc_heap.collecting)
        return;
    finalizing_roots = roots;
    finalizing_data = data;
    gc_collect(GC_MAJOR);
    finalizing_roots = NULL;
    finalizing_data = NULL;
}

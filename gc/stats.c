/*
** stats.c: collection statistics, the per-collection event hook and the allocation sampler.
** The collector never logs: runtime/ installs an event hook and turns events into PYHYPLOG lines.
** These live outside gc_heap so a hook set before gc_init (at log start-up) survives it.
*/
#include "config.h"

#include <time.h>

#include "gc/gc_internal.h"

static gc_stats_t stats;
static gc_event_fn event_hook;

uint64_t gc_stats_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* What the program may hold now: what survived the last collection and everything allocated
** since. */
static uint64_t used_now(void)
{
    return gc_heap.old_bytes + (gc_alloc_total() - gc_heap.bytes_at_last_gc);
}

void gc_stats_note_used(void)
{
    uint64_t u = used_now();
    if (u > stats.peak_used_bytes)
        stats.peak_used_bytes = u;
}

void gc_stats_record(const gc_event_t *ev)
{
    if (ev->kind == GC_MINOR)
        stats.minor_collections++;
    else
        stats.major_collections++;
    uint64_t pause = ev->end_ns - ev->start_ns;
    stats.total_pause_ns += pause;
    if (pause > stats.max_pause_ns)
        stats.max_pause_ns = pause;
    if (ev->heap_before > stats.peak_heap_bytes)
        stats.peak_heap_bytes = ev->heap_before;
    if (event_hook)
        event_hook(ev);
}

void gc_get_stats(gc_stats_t *out)
{
    *out = stats;
    if (!gc_heap.ready)
        return;
    out->bytes_allocated = gc_alloc_total();
    out->heap_bytes = gc_heap_bytes();
    out->live_bytes = gc_heap.old_bytes;
    out->used_bytes = used_now();
    if (out->used_bytes > out->peak_used_bytes)
        out->peak_used_bytes = out->used_bytes;
    if (out->heap_bytes > out->peak_heap_bytes)
        out->peak_heap_bytes = out->heap_bytes;
}

void gc_stats_reset_peaks(void)
{
    stats.peak_used_bytes = gc_heap.ready ? used_now() : 0;
    stats.peak_heap_bytes = gc_heap.ready ? gc_heap_bytes() : 0;
}

void gc_set_event_hook(gc_event_fn fn)
{
    event_hook = fn;
}

void gc_stats_reset(void)
{
    stats = (gc_stats_t){0};
}

/* ---- Sampling ---------------------------------------------------------------------------- */

void gc_set_sampler(size_t period, gc_sample_fn fn, void *data)
{
    if (!gc_heap.ready)
        gc_init(NULL);
    gc_heap.sample_period = fn ? period : 0;
    gc_heap.sampler = period ? fn : NULL;
    gc_heap.sampler_data = data;
    gc_heap.last_sample = gc_alloc_total();
    gc_heap.next_sample = gc_heap.last_sample + period;
    gc_alloc_set_limit();
}

/* The slow path allocated past next_sample: report the bytes since the previous sample. */
void gc_stats_sample(void)
{
    uint64_t total = gc_alloc_total();
    uint64_t bytes = total - gc_heap.last_sample;
    gc_heap.last_sample = total;
    gc_heap.next_sample = total + gc_heap.sample_period;
    gc_heap.sampler(bytes, gc_heap.sampler_data);
}

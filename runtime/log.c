/*
** log.c: PYHYPLOG parsing and the section writer (see log.h); also turns the collector's
** per-collection events into gc-minor / gc-major sections, since gc/ may not depend on runtime/.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc/gc.h"
#include "runtime/log.h"

uint32_t rt_log_mask;

static FILE *log_file;

static const char *const category_names[RT_LOG_NCATEGORIES] = {
#define RT_LOG_NAME(id, name) name,
    RT_LOG_CATEGORIES(RT_LOG_NAME)
#undef RT_LOG_NAME
};

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The categories a comma-separated list names; an item names a category or a prefix ending before
** a '-' ("gc", "jit-log"). Returns false on an item that matches nothing. */
static bool parse_categories(const char *list, size_t len, uint32_t *mask)
{
    *mask = 0;
    while (len > 0) {
        const char *comma = memchr(list, ',', len);
        size_t n = comma ? (size_t)(comma - list) : len;
        uint32_t matched = 0;
        for (int c = 0; c < RT_LOG_NCATEGORIES; c++) {
            const char *name = category_names[c];
            if (n > 0 && strncmp(name, list, n) == 0 && (name[n] == '\0' || name[n] == '-'))
                matched |= 1u << c;
        }
        if (!matched)
            return false;
        *mask |= matched;
        list += comma ? n + 1 : n;
        len -= comma ? n + 1 : n;
    }
    return true;
}

static void log_gc_event(const gc_event_t *e)
{
    rt_log_cat_t c = e->kind == GC_MINOR ? RT_LOG_GC_MINOR : RT_LOG_GC_MAJOR;
    if (!rt_log_enabled(c))
        return;
    rt_log_start_at(c, e->start_ns);
    rt_log_printf("duration: %.3f ms\n", (double)(e->end_ns - e->start_ns) / 1e6);
    rt_log_printf("heap: %llu -> %llu bytes\n", (unsigned long long)e->heap_before,
                  (unsigned long long)e->heap_after);
    rt_log_printf("marked: %llu objects, %llu bytes\n", (unsigned long long)e->objects_marked,
                  (unsigned long long)e->bytes_marked);
    rt_log_end_at(c, e->end_ns);
}

bool rt_log_configure(const char *spec, const char **error)
{
    const char *colon = strchr(spec, ':');
    size_t cats_len = colon ? (size_t)(colon - spec) : strlen(spec);
    uint32_t mask;
    if (!parse_categories(spec, cats_len, &mask)) {
        *error = "unknown category (known: gc-minor, gc-major, jit-summary, jit-log-noopt, "
                 "jit-log-opt, jit-backend-counts, jit-abort, import, or a prefix such as gc)";
        return false;
    }
    FILE *f = stderr;
    if (colon && colon[1] != '\0' && strcmp(colon + 1, "-") != 0) {
        f = fopen(colon + 1, "w");
        if (!f) {
            *error = "cannot open the log file";
            return false;
        }
    }
    rt_log_close();
    log_file = f;
    rt_log_mask = mask;
    if (mask & ((1u << RT_LOG_GC_MINOR) | (1u << RT_LOG_GC_MAJOR)))
        gc_set_event_hook(log_gc_event);
    return true;
}

static void close_at_exit(void) { rt_log_close(); }

void rt_log_init(void)
{
    const char *spec = getenv("PYHYPLOG");
    if (!spec || !*spec)
        return;
    const char *error;
    if (!rt_log_configure(spec, &error)) {
        fprintf(stderr, "pyhyp: PYHYPLOG=%s: %s\n", spec, error);
        return;
    }
    atexit(close_at_exit);
}

void rt_log_close(void)
{
    if (rt_log_mask & ((1u << RT_LOG_GC_MINOR) | (1u << RT_LOG_GC_MAJOR)))
        gc_set_event_hook(NULL);
    rt_log_mask = 0;
    if (log_file && log_file != stderr)
        fclose(log_file);
    else if (log_file)
        fflush(log_file);
    log_file = NULL;
}

void rt_log_start_at(rt_log_cat_t c, uint64_t ns)
{
    fprintf(log_file, "[%llx] {%s\n", (unsigned long long)ns, category_names[c]);
}

void rt_log_end_at(rt_log_cat_t c, uint64_t ns)
{
    fprintf(log_file, "[%llx] %s}\n", (unsigned long long)ns, category_names[c]);
}

void rt_log_start(rt_log_cat_t c) { rt_log_start_at(c, now_ns()); }

void rt_log_end(rt_log_cat_t c) { rt_log_end_at(c, now_ns()); }

void rt_log_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(log_file, fmt, ap);
    va_end(ap);
}

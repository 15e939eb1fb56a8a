/*
** log.h: PYHYPLOG, PyPy-style logging of the VM's internals (ARCHITECTURE.md section 8).
** PYHYPLOG=cat1,cat2[:FILE] turns on categories (a prefix such as "gc" or "jit" turns on all of
** its categories; FILE "-" or none means stderr). Output is PYPYLOG's format, so PyPy's log tools
** read it:  [hex timestamp] {category  ...lines...  [hex timestamp] category}
** Checking whether a category is on is one load and a bit test, cheap enough for hot paths.
*/
#ifndef PYHYP_RT_LOG_H
#define PYHYP_RT_LOG_H

#include <stdbool.h>
#include <stdint.h>

/* X(enum suffix, category name) */
#define RT_LOG_CATEGORIES(X)                                                                       \
    X(GC_MINOR, "gc-minor")                                                                        \
    X(GC_MAJOR, "gc-major")                                                                        \
    X(JIT_SUMMARY, "jit-summary")                                                                  \
    X(JIT_LOG_NOOPT, "jit-log-noopt")                                                              \
    X(JIT_LOG_OPT, "jit-log-opt")                                                                  \
    X(JIT_BACKEND_COUNTS, "jit-backend-counts")                                                    \
    X(JIT_ABORT, "jit-abort")                                                                      \
    X(IMPORT, "import")

typedef enum rt_log_cat {
#define RT_LOG_ENUM(id, name) RT_LOG_##id,
    RT_LOG_CATEGORIES(RT_LOG_ENUM)
#undef RT_LOG_ENUM
    RT_LOG_NCATEGORIES
} rt_log_cat_t;

extern uint32_t rt_log_mask; /* bit c set: category c is on */

static inline bool rt_log_enabled(rt_log_cat_t c) { return (rt_log_mask >> c) & 1u; }

/* Reads PYHYPLOG and applies it; a malformed value is reported on stderr and ignored. Also hooks
** the collector's events when a gc category is on. */
void rt_log_init(void);

/* Applies a PYHYPLOG-style spec; returns false (changing nothing) and sets *error to a static message
** if a category is unknown or FILE cannot be opened. */
bool rt_log_configure(const char *spec, const char **error);

/* Flushes and closes the log file; every category off. */
void rt_log_close(void);

/* A section: start, any number of rt_log_printf lines, end. Call only if rt_log_enabled(c). */
void rt_log_start(rt_log_cat_t c);
void rt_log_end(rt_log_cat_t c);
void rt_log_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The same with explicit CLOCK_MONOTONIC timestamps, for events timed elsewhere (the collector). */
void rt_log_start_at(rt_log_cat_t c, uint64_t ns);
void rt_log_end_at(rt_log_cat_t c, uint64_t ns);

#endif

/*
** version.h: version counters of quasi-immutable tables (ARCHITECTURE.md section 2, JIT.md rule 8).
** Class, global, function and constant tables of both languages change rarely and are read often.
** Each embeds an rt_version_t and bumps it on every mutation; an interpreter's inline cache keeps
** the version it saw, and the JIT reads the table as a constant guarded by an invalidation
** dependency on the version: the JIT hangs its list of dependent traces on `deps` (C-heap memory
** it owns) and registers rt_version_set_hook; a bump of a version with dependents calls the hook,
** which invalidates those traces and resets deps. The fast path of a bump is an increment and a
** test of one word.
*/
#ifndef PYHYP_RT_VERSION_H
#define PYHYP_RT_VERSION_H

#include <stdint.h>

typedef struct rt_version {
    uint64_t value; /* starts at 0; changes at every mutation, never repeats */
    void *deps;     /* the JIT's dependents (not a heap reference), NULL when none */
} rt_version_t;

/* Called by rt_version_bump when deps is not NULL; must set v->deps to NULL or to the dependents
** that survive. Must not allocate from the heap (bumps happen inside table updates). */
typedef void (*rt_version_hook_fn)(rt_version_t *v);

/* Installs the invalidation hook (jit/ at start-up); NULL: dependents are simply dropped. */
void rt_version_set_hook(rt_version_hook_fn hook);

/* The slow path of a bump: calls the hook. */
void rt_version_invalidate(rt_version_t *v);

/* Records a mutation of the table holding v. Never allocates. */
static inline void rt_version_bump(rt_version_t *v)
{
    v->value++;
    if (__builtin_expect(v->deps != NULL, 0))
        rt_version_invalidate(v);
}

static inline uint64_t rt_version_get(const rt_version_t *v) { return v->value; }

#endif

/*
** version.c: the slow path of version counters (version.h): handing a bumped version with
** dependents to the JIT's invalidation hook.
*/
#include <stddef.h>

#include "runtime/version.h"

static rt_version_hook_fn hook;

void rt_version_set_hook(rt_version_hook_fn fn)
{
    hook = fn;
}

void rt_version_invalidate(rt_version_t *v)
{
    if (hook)
        hook(v);
    else
        v->deps = NULL;
}

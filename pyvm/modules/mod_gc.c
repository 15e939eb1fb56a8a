/*
** mod_gc.c: the native `gc` module (modules.h) on pyhyp's collector (gc/gc.h). CPython's gc
** module drives a cycle collector beside reference counting; pyhyp has one tracing collector
** that the allocator runs when it decides, so gc.collect() runs a major collection now
** (pyvm_gc_collect: precise about the frames, then __del__ and weakref callbacks) and returns 0
** (nothing is counted as unreachable), and enable/disable/thresholds are recorded
** settings that cannot stop collection (the heap depends on it). What the standard library and
** test.support call exists; object enumeration (get_objects, get_referrers) does not.
*/
#include "pyvm/modules/modules.h"

static bool enabled = true;
static int64_t thresholds[3] = {700, 10, 10}; /* CPython's defaults */

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

FN(gc_collect_fn)
{
    (void)self, (void)kw;
    int64_t generation = 2;
    if (n && !pyvm_index_i64(a[0], &generation))
        return RT_NOVALUE;
    if (generation < 0 || generation > 2)
        return rt_raise(RT_EXC_VALUE, "invalid generation");
    return pyvm_gc_collect() ? rt_small(0) : RT_NOVALUE;
}

FN(gc_enable)
{
    (void)self, (void)a, (void)n, (void)kw;
    enabled = true;
    return rt_none;
}

FN(gc_disable)
{
    (void)self, (void)a, (void)n, (void)kw;
    enabled = false;
    return rt_none;
}

FN(gc_isenabled)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_bool(enabled);
}

FN(gc_get_threshold)
{
    (void)self, (void)a, (void)n, (void)kw;
    rt_value_t t[3] = {rt_small(thresholds[0]), rt_small(thresholds[1]), rt_small(thresholds[2])};
    return pyvm_tuple_from(t, 3);
}

FN(gc_set_threshold)
{
    (void)self, (void)kw;
    int64_t t[3];
    for (size_t i = 0; i < n; i++)
        if (!pyvm_index_i64(a[i], &t[i]))
            return RT_NOVALUE;
    for (size_t i = 0; i < n; i++)
        thresholds[i] = t[i];
    return rt_none;
}

FN(gc_get_count)
{
    (void)self, (void)a, (void)n, (void)kw;
    rt_value_t t[3] = {rt_small(0), rt_small(0), rt_small(0)};
    return pyvm_tuple_from(t, 3);
}

/* As CPython: atomic objects (numbers, strings, bytes, None) are not tracked, containers are. */
FN(gc_is_tracked)
{
    (void)self, (void)n, (void)kw;
    rt_value_t v = a[0];
    bool atomic = !rt_is_ptr(v) || v == rt_none || rt_is_float(v) || pyvm_is_intlike(v) ||
                  pyvm_is_str(v) || rt_value_type(v) == &rt_type_bytes;
    return rt_bool(!atomic);
}

static const pyvm_cfunc_def_t gc_functions[] = {
    {"collect", gc_collect_fn, 0, 1, 0, 0},
    {"enable", gc_enable, 0, 0, 0, 0},
    {"disable", gc_disable, 0, 0, 0, 0},
    {"isenabled", gc_isenabled, 0, 0, 0, 0},
    {"get_threshold", gc_get_threshold, 0, 0, 0, 0},
    {"set_threshold", gc_set_threshold, 1, 3, 0, 0},
    {"get_count", gc_get_count, 0, 0, 0, 0},
    {"is_tracked", gc_is_tracked, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_gc_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, gc_functions);
    pyvm_mod_put(d, "garbage", rt_from_ptr(pyvm_list_new(0)));
    pyvm_mod_put(d, "callbacks", rt_from_ptr(pyvm_list_new(0)));
    static const char *const flags[] = {"DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE",
                                        "DEBUG_SAVEALL", NULL};
    for (int i = 0; flags[i]; i++)
        pyvm_mod_put(d, flags[i], rt_small(i == 3 ? 32 : 1 << i));
    pyvm_mod_put(d, "DEBUG_LEAK", rt_small(38));
    return d;
}

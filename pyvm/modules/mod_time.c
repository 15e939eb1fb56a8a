/*
** mod_time.c: the native `time` module (code.h): clocks (time, monotonic, perf_counter and
** their _ns forms, process_time) and sleep, on clock_gettime / nanosleep.
*/
#include <time.h>

#include "pyvm/modules/modules.h"

static int64_t ns_of(clockid_t clk)
{
    struct timespec ts;
    clock_gettime(clk, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static rt_value_t clock_value(clockid_t clk, bool ns)
{
    int64_t t = ns_of(clk);
    return ns ? rt_int_from_i64(t) : rt_float_new((double)t / 1e9);
}

/* X(name, clock): name() as a float of seconds and name_ns() as an int of nanoseconds. */
#define CLOCKS(X)                                                                                  \
    X(time, CLOCK_REALTIME) X(monotonic, CLOCK_MONOTONIC) X(perf_counter, CLOCK_MONOTONIC)         \
    X(process_time, CLOCK_PROCESS_CPUTIME_ID)

#define CLOCK_FNS(name, clk)                                                                       \
    static rt_value_t t_##name(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)       \
    {                                                                                              \
        (void)s, (void)a, (void)n, (void)kw;                                                       \
        return clock_value(clk, false);                                                            \
    }                                                                                              \
    static rt_value_t t_##name##_ns(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)  \
    {                                                                                              \
        (void)s, (void)a, (void)n, (void)kw;                                                       \
        return clock_value(clk, true);                                                             \
    }
CLOCKS(CLOCK_FNS)
#undef CLOCK_FNS

static rt_value_t t_sleep(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    double secs;
    bool err;
    if (!pyvm_num_to_double(a[0], &secs, &err))
        return err ? RT_NOVALUE : rt_raise(RT_EXC_TYPE, "an integer or float is required");
    if (secs < 0)
        return rt_raise(RT_EXC_VALUE, "sleep length must be non-negative");
    struct timespec ts = {(time_t)secs, (long)((secs - (double)(time_t)secs) * 1e9)};
    nanosleep(&ts, NULL);
    return rt_none;
}

static const pyvm_cfunc_def_t time_functions[] = {
#define CLOCK_DEFS(name, clk) {#name, t_##name, 0, 0, 0, 0}, {#name "_ns", t_##name##_ns, 0, 0, 0, 0},
    CLOCKS(CLOCK_DEFS)
#undef CLOCK_DEFS
    {"sleep", t_sleep, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_time_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, time_functions);
    return d;
}

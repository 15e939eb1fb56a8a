/*
** mod_time.c: the native `time` module (modules.h): clocks (time, monotonic, perf_counter and
** their _ns forms, process_time) and sleep, on clock_gettime / nanosleep; calendar time
** (localtime, gmtime, mktime, strftime, asctime, ctime, struct_time, the time zone values) on
** the C library.
*/
#include <string.h>
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

/* X(name, clock, implementation, monotonic, adjustable): what get_clock_info says of each
** clock, as CPython on Linux. */
#define CLOCK_INFO(X)                                                                              \
    X("time", CLOCK_REALTIME, "clock_gettime(CLOCK_REALTIME)", false, true)                        \
    X("monotonic", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false)                 \
    X("perf_counter", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false)              \
    X("process_time", CLOCK_PROCESS_CPUTIME_ID, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true,  \
      false)

/* get_clock_info(name): a SimpleNamespace(implementation, monotonic, adjustable, resolution). */
static rt_value_t t_get_clock_info(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    static const struct {
        const char *name, *impl;
        clockid_t clk;
        bool monotonic, adjustable;
    } clocks[] = {
#define INFO_ROW(name, clk, impl, mono, adj) {name, impl, clk, mono, adj},
        CLOCK_INFO(INFO_ROW)
#undef INFO_ROW
    };
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "get_clock_info() argument must be str");
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        if (strcmp(pyvm_str_of(a[0])->data, clocks[i].name) != 0)
            continue;
        struct timespec res;
        clock_getres(clocks[i].clk, &res);
        rt_value_t vals[4] = {pyvm_str_cstr(clocks[i].impl), rt_bool(clocks[i].monotonic),
                              rt_bool(clocks[i].adjustable),
                              rt_float_new((double)res.tv_sec + (double)res.tv_nsec * 1e-9)};
        rt_value_t names[4] = {rt_from_ptr(rt_str_intern_cstr("implementation")),
                               rt_from_ptr(rt_str_intern_cstr("monotonic")),
                               rt_from_ptr(rt_str_intern_cstr("adjustable")),
                               rt_from_ptr(rt_str_intern_cstr("resolution"))};
        rt_tuple_t *kwnames = rt_tuple_from(names, 4);
        return pyvm_call(rt_from_ptr(pyvm_cls_namespace), vals, 0, kwnames);
    }
    return rt_raise(RT_EXC_VALUE, "unknown clock");
}

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
    RT_ALLOW_THREADS(nanosleep(&ts, NULL));
    return rt_none;
}

static const char *const tm_fields[] = {"tm_year", "tm_mon",  "tm_mday",  "tm_hour",  "tm_min",
                                        "tm_sec",  "tm_wday", "tm_yday",  "tm_isdst", "tm_zone",
                                        "tm_gmtoff"};
static pyvm_structseq_t tm_desc = {"time", "struct_time", tm_fields, 11, 9, NULL};

static rt_value_t struct_time(const struct tm *t)
{
    rt_value_t v[11] = {rt_small(t->tm_year + 1900), rt_small(t->tm_mon + 1), rt_small(t->tm_mday),
                        rt_small(t->tm_hour), rt_small(t->tm_min), rt_small(t->tm_sec),
                        rt_small((t->tm_wday + 6) % 7), rt_small(t->tm_yday + 1),
                        rt_small(t->tm_isdst), pyvm_str_cstr(t->tm_zone ? t->tm_zone : ""),
                        rt_small(t->tm_gmtoff)};
    return pyvm_structseq_new(&tm_desc, v);
}

/* A struct_time or 9-tuple back to struct tm; false with TypeError / ValueError pending. */
static bool tm_of(rt_value_t v, struct tm *t)
{
    rt_vec_t *items = pyvm_seq_to_vec(v);
    if (!items)
        return false;
    if (rt_vec_len(items) < 9) {
        rt_raise(RT_EXC_TYPE, "time tuple must have 9 elements");
        return false;
    }
    int64_t x[9];
    for (int i = 0; i < 9; i++)
        if (!pyvm_index_i64(rt_vec_get(items, i), &x[i]))
            return false;
    memset(t, 0, sizeof *t);
    t->tm_year = (int)x[0] - 1900, t->tm_mon = (int)x[1] - 1, t->tm_mday = (int)x[2];
    t->tm_hour = (int)x[3], t->tm_min = (int)x[4], t->tm_sec = (int)x[5];
    t->tm_wday = (int)((x[6] + 1) % 7), t->tm_yday = (int)x[7] - 1, t->tm_isdst = (int)x[8];
    return true;
}

/* The seconds argument of localtime/gmtime/ctime: now when absent or None. */
static bool secs_arg(const rt_value_t *a, size_t n, time_t *out)
{
    if (n == 0 || a[0] == rt_none) {
        *out = time(NULL);
        return true;
    }
    double d;
    bool err;
    if (!pyvm_num_to_double(a[0], &d, &err)) {
        if (!err)
            rt_raise(RT_EXC_TYPE, "an integer or float is required");
        return false;
    }
    *out = (time_t)d;
    return true;
}

static rt_value_t t_localtime(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    time_t s;
    struct tm t;
    return secs_arg(a, n, &s) && localtime_r(&s, &t) ? struct_time(&t) : RT_NOVALUE;
}

static rt_value_t t_gmtime(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    time_t s;
    struct tm t;
    return secs_arg(a, n, &s) && gmtime_r(&s, &t) ? struct_time(&t) : RT_NOVALUE;
}

static rt_value_t t_mktime(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    struct tm t;
    if (!tm_of(a[0], &t))
        return RT_NOVALUE;
    time_t s = mktime(&t);
    if (s == (time_t)-1)
        return rt_raise(RT_EXC_OVERFLOW, "mktime argument out of range");
    return rt_float_new((double)s);
}

static rt_value_t t_strftime(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "strftime() argument 1 must be str, not %s",
                        pyvm_type_name(a[0]));
    struct tm t;
    time_t now = time(NULL);
    if (n > 1 ? !tm_of(a[1], &t) : !localtime_r(&now, &t))
        return RT_NOVALUE;
    char buf[1024];
    size_t len = strftime(buf, sizeof buf, pyvm_str_of(a[0])->data, &t);
    return rt_from_ptr(rt_str_new(buf, len));
}

/* asctime([t]) / ctime([secs]): "Sun Jun 20 23:21:05 1993". */
static rt_value_t format_asc(const struct tm *t)
{
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", days[(t->tm_wday % 7 + 7) % 7],
             months[(t->tm_mon % 12 + 12) % 12], t->tm_mday, t->tm_hour, t->tm_min, t->tm_sec,
             t->tm_year + 1900);
    return pyvm_str_cstr(buf);
}

static rt_value_t t_asctime(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    struct tm t;
    time_t now = time(NULL);
    if (n ? !tm_of(a[0], &t) : !localtime_r(&now, &t))
        return RT_NOVALUE;
    return format_asc(&t);
}

static rt_value_t t_ctime(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    time_t s;
    struct tm t;
    return secs_arg(a, n, &s) && localtime_r(&s, &t) ? format_asc(&t) : RT_NOVALUE;
}

static const pyvm_cfunc_def_t time_functions[] = {
    {"localtime", t_localtime, 0, 1, 0, 0},
    {"gmtime", t_gmtime, 0, 1, 0, 0},
    {"mktime", t_mktime, 1, 1, 0, 0},
    {"strftime", t_strftime, 1, 2, 0, 0},
    {"asctime", t_asctime, 0, 1, 0, 0},
    {"ctime", t_ctime, 0, 1, 0, 0},
#define CLOCK_DEFS(name, clk) {#name, t_##name, 0, 0, 0, 0}, {#name "_ns", t_##name##_ns, 0, 0, 0, 0},
    CLOCKS(CLOCK_DEFS)
#undef CLOCK_DEFS
    {"sleep", t_sleep, 1, 1, 0, 0},
    {"get_clock_info", t_get_clock_info, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_time_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, time_functions);
    tzset();
    pyvm_class_t *st = pyvm_structseq_class(&tm_desc);
    if (st)
        pyvm_mod_put(d, "struct_time", rt_from_ptr(st));
    pyvm_mod_put(d, "timezone", rt_small(timezone));
    pyvm_mod_put(d, "altzone", rt_small(timezone - (daylight ? 3600 : 0)));
    pyvm_mod_put(d, "daylight", rt_small(daylight));
    rt_value_t names[2] = {pyvm_str_cstr(tzname[0]), pyvm_str_cstr(tzname[1])};
    pyvm_mod_put(d, "tzname", pyvm_tuple_from(names, 2));
    return d;
}

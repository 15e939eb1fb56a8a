/*
** date.c: ext/date's functions (date, gmdate, mktime, gmmktime, checkdate, strtotime, idate,
** date_default_timezone_set/get) and the extension's table; the classes are datetime.c's.
** The default zone is UTC (php -n), or the date.timezone setting; each script starts from it.
*/
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include "phpvm/interp.h"
#include "phpvm/ext/date/date.h"

static date_zone_t ini_zone = {3, 0, false, "UTC"};
static char ini_value[64] = "";

int64_t date_now(int *us)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    if (us)
        *us = (int)tv.tv_usec;
    return (int64_t)tv.tv_sec;
}

/* The optional timestamp argument i (null or missing: now); false with a TypeError pending. */
static bool ts_arg(rt_value_t *args, int argc, int i, int64_t *ts)
{
    if (!phpvm_arg_given(argc, args, i) || phpvm_deref(args[i]) == rt_none) {
        *ts = date_now(NULL);
        return true;
    }
    return phpvm_arg_long(args, argc, i, ts);
}

static rt_value_t format_in(rt_value_t *args, int argc, const date_zone_t *z)
{
    rt_str_t *fmt = phpvm_arg_str(args, argc, 0);
    int64_t ts;
    if (!fmt || !ts_arg(args, argc, 1, &ts))
        return RT_NOVALUE;
    date_tm_t t;
    date_localtime(z, ts, 0, &t);
    return rt_from_ptr(date_format(fmt->data, (size_t)fmt->len, &t, ts, z));
}

static rt_value_t fn_date(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return format_in(args, argc, date_zone_default());
}

static rt_value_t fn_gmdate(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    date_zone_t utc;
    date_zone_parse("UTC", &utc);
    return format_in(args, argc, &utc);
}

/* mktime/gmmktime: hour, minute, second, month, day, year; a missing or null one is now's. */
static rt_value_t make_time(rt_value_t *args, int argc, const date_zone_t *z)
{
    date_tm_t now;
    date_localtime(z, date_now(NULL), 0, &now);
    int64_t f[6] = {now.h, now.i, now.s, now.mon, now.d, now.y};
    for (int k = 0; k < 6; k++)
        if (phpvm_arg_given(argc, args, k) && phpvm_deref(args[k]) != rt_none &&
            !phpvm_arg_long(args, argc, k, &f[k]))
            return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 5) && phpvm_deref(args[5]) != rt_none) {
        if (f[5] >= 0 && f[5] < 70)
            f[5] += 2000;
        else if (f[5] >= 70 && f[5] <= 100)
            f[5] += 1900;
    }
    return phpvm_int(date_mktime(z, f[5], f[3], f[4], f[0], f[1], f[2]));
}

static rt_value_t fn_mktime(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return make_time(args, argc, date_zone_default());
}

static rt_value_t fn_gmmktime(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    date_zone_t utc;
    date_zone_parse("UTC", &utc);
    return make_time(args, argc, &utc);
}

static rt_value_t fn_checkdate(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    int64_t m, d, y;
    if (!phpvm_arg_long(args, argc, 0, &m) || !phpvm_arg_long(args, argc, 1, &d) ||
        !phpvm_arg_long(args, argc, 2, &y))
        return RT_NOVALUE;
    return rt_bool(m >= 1 && m <= 12 && y >= 1 && y <= 32767 && d >= 1 &&
                   d <= date_days_in_month(y, (int)m));
}

static rt_value_t fn_strtotime(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    int64_t base;
    if (!s || !ts_arg(args, argc, 1, &base))
        return RT_NOVALUE;
    date_spec_t sp;
    if (s->len == 0 || !date_parse(s->data, (size_t)s->len, &sp))
        return rt_false;
    date_zone_t z = *date_zone_default();
    int64_t ts;
    int us;
    date_apply(&sp, &z, base, 0, &ts, &us);
    return phpvm_int(ts);
}

static rt_value_t fn_idate(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *f = phpvm_arg_str(args, argc, 0);
    int64_t ts;
    if (!f || !ts_arg(args, argc, 1, &ts))
        return RT_NOVALUE;
    if (f->len != 1)
        return phpvm_throw("ValueError", "idate(): Argument #1 ($format) must be one character");
    if (!strchr("BdhHiILmNstUwWyYzZ", f->data[0]))
        return phpvm_throw("ValueError", "idate(): Argument #1 ($format) must be a valid date "
                           "format character");
    date_tm_t t;
    const date_zone_t *z = date_zone_default();
    date_localtime(z, ts, 0, &t);
    char c = f->data[0] == 'h' ? 'g' : f->data[0] == 'H' ? 'G' : f->data[0];
    rt_str_t *r = date_format(&c, 1, &t, ts, z);
    return phpvm_int(strtoll(r->data, NULL, 10));
}

static rt_value_t fn_getdate(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    int64_t ts;
    if (!ts_arg(args, argc, 0, &ts))
        return RT_NOVALUE;
    date_tm_t t;
    date_localtime(date_zone_default(), ts, 0, &t);
    const char *keys[] = {"seconds", "minutes", "hours", "mday", "wday", "mon", "year", "yday"};
    int64_t vals[] = {t.s, t.i, t.h, t.d, t.wday, t.mon, t.y, t.yday};
    phpvm_array_t *a = phpvm_array_new(11);
    for (int k = 0; k < 8; k++)
        phpvm_array_set(a, phpvm_cstr(keys[k]), phpvm_int(vals[k]));
    phpvm_array_set(a, phpvm_cstr("weekday"), phpvm_cstr(date_weekdays[t.wday]));
    phpvm_array_set(a, phpvm_cstr("month"), phpvm_cstr(date_months[t.mon - 1]));
    phpvm_array_set(a, phpvm_int(0), phpvm_int(ts));
    return rt_from_ptr(a);
}

static rt_value_t fn_localtime(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    int64_t ts;
    if (!ts_arg(args, argc, 0, &ts))
        return RT_NOVALUE;
    bool assoc = phpvm_arg_bool(args, argc, 1);
    date_tm_t t;
    date_localtime(date_zone_default(), ts, 0, &t);
    const char *keys[] = {"tm_sec", "tm_min", "tm_hour", "tm_mday", "tm_mon", "tm_year", "tm_wday",
                          "tm_yday", "tm_isdst"};
    int64_t vals[] = {t.s, t.i, t.h, t.d, t.mon - 1, t.y - 1900, t.wday, t.yday, t.dst};
    phpvm_array_t *a = phpvm_array_new(9);
    for (int k = 0; k < 9; k++)
        phpvm_array_set(a, assoc ? phpvm_cstr(keys[k]) : phpvm_int(k), phpvm_int(vals[k]));
    return rt_from_ptr(a);
}

static rt_value_t fn_tz_set(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *name = phpvm_arg_str(args, argc, 0);
    if (!name)
        return RT_NOVALUE;
    date_zone_t z;
    if (!date_zone_id(name->data, &z)) {
        phpvm_error(PHPVM_E_NOTICE, "date_default_timezone_set(): Timezone ID '%s' is invalid",
                    name->data);
        return rt_false;
    }
    date_zone_set_default(&z);
    return rt_true;
}

static rt_value_t fn_tz_get(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    char buf[64];
    date_zone_name(date_zone_default(), buf, sizeof buf);
    return phpvm_cstr(buf);
}

static const char *date_ini(const char *key, const char *value)
{
    if (strcmp(key, "date.timezone") != 0)
        return NULL;
    static char old[64];
    snprintf(old, sizeof old, "%s", ini_value);
    if (value) {
        date_zone_t z;
        if (date_zone_id(value, &z)) {
            ini_zone = z;
            date_zone_set_default(&z);
        }
        snprintf(ini_value, sizeof ini_value, "%s", value);
    }
    return old;
}

static void date_shutdown(void)
{
    date_zone_set_default(&ini_zone);
}

static const phpvm_builtin_t functions[] = {
    {"date", fn_date, 1, 2, "format,timestamp", 0},
    {"gmdate", fn_gmdate, 1, 2, "format,timestamp", 0},
    {"mktime", fn_mktime, 0, 6, "hour,minute,second,month,day,year", 0},
    {"gmmktime", fn_gmmktime, 0, 6, "hour,minute,second,month,day,year", 0},
    {"checkdate", fn_checkdate, 3, 3, "month,day,year", 0},
    {"strtotime", fn_strtotime, 1, 2, "datetime,baseTimestamp", 0},
    {"idate", fn_idate, 1, 2, "format,timestamp", 0},
    {"getdate", fn_getdate, 0, 1, "timestamp", 0},
    {"localtime", fn_localtime, 0, 2, "timestamp,associative", 0},
    {"date_default_timezone_set", fn_tz_set, 1, 1, "timezoneId", 0},
    {"date_default_timezone_get", fn_tz_get, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_ext_t phpvm_ext_date = {"date", functions, NULL, date_classes_init, date_ini,
                                    date_shutdown};

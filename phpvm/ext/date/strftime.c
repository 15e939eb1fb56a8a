/*
** strftime.c: ext/date's libc-style functions: strftime/gmstrftime (deprecated since PHP 8.1,
** formatted by the C library in the "C" locale from the moment date_localtime computes),
** timezone_identifiers_list (the system tzdata's zone.tab, which is PHP's list plus UTC) and
** date_parse (what parse.c reads from a string, as PHP's array).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "phpvm/ext/date/date.h"
#include "phpvm/interp.h"

#define UNUSED (void)self

/* ---- strftime ---- */

static rt_value_t format_tm(rt_value_t *args, int argc, bool gmt)
{
    phpvm_error(PHPVM_E_DEPRECATED, "Function %s() is deprecated", gmt ? "gmstrftime" : "strftime");
    rt_str_t *fmt = phpvm_arg_str(args, argc, 0);
    if (!fmt)
        return RT_NOVALUE;
    int64_t ts;
    if (!phpvm_arg_given(argc, args, 1) || phpvm_deref(args[1]) == rt_none)
        ts = date_now(NULL);
    else if (!phpvm_arg_long(args, argc, 1, &ts))
        return RT_NOVALUE;
    if (fmt->len == 0)
        return rt_false;
    date_zone_t utc;
    const date_zone_t *z = date_zone_default();
    if (gmt) {
        date_zone_parse("UTC", &utc);
        z = &utc;
    }
    date_tm_t t;
    date_localtime(z, ts, 0, &t);
    struct tm tm = {0};
    tm.tm_year = (int)(t.y - 1900);
    tm.tm_mon = t.mon - 1;
    tm.tm_mday = t.d;
    tm.tm_hour = t.h;
    tm.tm_min = t.i;
    tm.tm_sec = t.s;
    tm.tm_wday = t.wday;
    tm.tm_yday = t.yday;
    tm.tm_isdst = t.dst;
    tm.tm_gmtoff = t.offset;
    tm.tm_zone = gmt ? "GMT" : t.abbr;
    /* the buffer grows until the result fits (strftime returns 0 when it does not) */
    for (size_t cap = 256; cap <= ((size_t)fmt->len + 1) * 4096; cap *= 4) {
        char *buf = malloc(cap);
        if (!buf)
            break;
        size_t n = strftime(buf, cap, fmt->data, &tm);
        if (n > 0 || cap > (size_t)fmt->len * 64) {
            rt_value_t r = phpvm_str_value(buf, n);
            free(buf);
            return r;
        }
        free(buf);
    }
    return rt_false;
}

static rt_value_t fn_strftime(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return format_tm(args, argc, false);
}

static rt_value_t fn_gmstrftime(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return format_tm(args, argc, true);
}

/* ---- timezone_identifiers_list ---- */

enum { TZ_UTC = 1024, TZ_ALL = 2047, TZ_ALL_WITH_BC = 4095, TZ_PER_COUNTRY = 4096 };

static const char *const regions[] = {"Africa",   "America",   "Antarctica", "Arctic",
                                      "Asia",     "Atlantic",  "Australia",  "Europe",
                                      "Indian",   "Pacific"};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool wanted(const char *cc, const char *zone, int64_t group, const rt_str_t *country)
{
    if (group == TZ_PER_COUNTRY)
        return country && strcasecmp(cc, country->data) == 0;
    for (int k = 0; k < 10; k++) {
        size_t l = strlen(regions[k]);
        if (strncmp(zone, regions[k], l) == 0 && zone[l] == '/')
            return (group & (1 << k)) != 0;
    }
    return false;
}

static rt_value_t fn_timezone_identifiers_list(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t group = TZ_ALL;
    if (phpvm_arg_given(argc, args, 0) && !phpvm_arg_long(args, argc, 0, &group))
        return RT_NOVALUE;
    rt_str_t *country = NULL;
    if (phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none &&
        !(country = phpvm_arg_str(args, argc, 1)))
        return RT_NOVALUE;
    if (group == TZ_PER_COUNTRY && (!country || country->len != 2))
        return phpvm_throw("ValueError", "timezone_identifiers_list(): Argument #2 ($countryCode) "
                                         "must be a two-letter ISO 3166-1 compatible country "
                                         "code when argument #1 ($timezoneGroup) is "
                                         "DateTimeZone::PER_COUNTRY");
    if (group != TZ_PER_COUNTRY && (group < 0 || group > TZ_ALL_WITH_BC))
        return phpvm_throw("ValueError", "timezone_identifiers_list(): Argument #1 "
                                         "($timezoneGroup) must be one of the DateTimeZone group "
                                         "constants");
    FILE *f = fopen("/usr/share/zoneinfo/zone.tab", "r");
    char **names = NULL, line[512];
    size_t n = 0, cap = 0;
    while (f && fgets(line, sizeof line, f)) {
        char cc[8], coord[64], zone[128];
        if (line[0] == '#' || sscanf(line, "%7s %63s %127s", cc, coord, zone) != 3 ||
            !wanted(cc, zone, group, country))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 512;
            names = realloc(names, cap * sizeof *names);
        }
        names[n++] = strdup(zone);
    }
    if (f)
        fclose(f);
    if (names)
        qsort(names, n, sizeof *names, cmp_str);
    phpvm_array_t *r = phpvm_array_new((int64_t)n + 1);
    for (size_t i = 0; i < n; i++) {
        phpvm_array_append(r, phpvm_cstr(names[i]));
        free(names[i]);
    }
    free(names);
    if (group != TZ_PER_COUNTRY && (group & TZ_UTC))
        phpvm_array_append(r, phpvm_cstr("UTC"));
    return rt_from_ptr(r);
}

/* ---- date_parse ---- */

static void put(phpvm_array_t *r, const char *k, rt_value_t v)
{
    phpvm_array_set(r, phpvm_cstr(k), v);
}

static rt_value_t field(int64_t v) { return v < 0 ? rt_false : phpvm_int(v); }

static rt_value_t fn_date_parse(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    if (!s)
        return RT_NOVALUE;
    date_spec_t sp;
    bool ok = date_parse(s->data, (size_t)s->len, &sp);
    phpvm_array_t *r = phpvm_array_new(16);
    if (sp.have_ts) { /* "@ts": PHP reports the epoch plus a relative number of seconds */
        sp.y = 1970, sp.mon = sp.d = 1, sp.h = sp.i = sp.s = 0;
        sp.rs += sp.ts;
    }
    put(r, "year", field(sp.y));
    put(r, "month", field(sp.mon));
    put(r, "day", field(sp.d));
    put(r, "hour", field(sp.h));
    put(r, "minute", field(sp.i));
    put(r, "second", field(sp.s));
    put(r, "fraction", sp.h < 0 ? rt_false : phpvm_float(sp.us > 0 ? (double)sp.us / 1e6 : 0));
    put(r, "warning_count", rt_small(0));
    put(r, "warnings", rt_from_ptr(phpvm_array_new(0)));
    phpvm_array_t *errs = phpvm_array_new(1);
    if (!ok)
        phpvm_array_set(errs, rt_small(0), phpvm_cstr("The timezone could not be found in the "
                                                      "database"));
    put(r, "error_count", rt_small(ok ? 0 : 1));
    put(r, "errors", rt_from_ptr(errs));
    put(r, "is_localtime", rt_bool(sp.have_zone || sp.have_ts));
    if (sp.have_zone || sp.have_ts) {
        date_zone_t z = sp.zone;
        if (sp.have_ts)
            date_zone_parse("+00:00", &z);
        put(r, "zone_type", rt_small(z.type));
        if (z.type != 3) {
            put(r, "zone", phpvm_int(z.offset));
            put(r, "is_dst", rt_bool(z.dst));
        }
        if (z.type == 2)
            put(r, "tz_abbr", phpvm_cstr(z.name));
        if (z.type == 3)
            put(r, "tz_id", phpvm_cstr(z.name));
    }
    bool rel = sp.ry || sp.rm || sp.rd || sp.rh || sp.ri || sp.rs || sp.wday >= 0 ||
               sp.rweekdays || sp.first_last;
    if (rel) {
        phpvm_array_t *rr = phpvm_array_new(8);
        put(rr, "year", phpvm_int(sp.ry));
        put(rr, "month", phpvm_int(sp.rm));
        put(rr, "day", phpvm_int(sp.rd));
        put(rr, "hour", phpvm_int(sp.rh));
        put(rr, "minute", phpvm_int(sp.ri));
        put(rr, "second", phpvm_int(sp.rs));
        if (sp.wday >= 0)
            put(rr, "weekday", phpvm_int(sp.wday));
        if (sp.rweekdays)
            put(rr, "weekdays", phpvm_int(sp.rweekdays));
        if (sp.first_last == 1)
            put(rr, "first_day_of_month", rt_true);
        if (sp.first_last == 2)
            put(rr, "last_day_of_month", rt_true);
        put(r, "relative", rt_from_ptr(rr));
    }
    return rt_from_ptr(r);
}

static const phpvm_builtin_t functions[] = {
    {"strftime", fn_strftime, 1, 2, "format,timestamp", 0},
    {"gmstrftime", fn_gmstrftime, 1, 2, "format,timestamp", 0},
    {"timezone_identifiers_list", fn_timezone_identifiers_list, 0, 2,
     "timezoneGroup,countryCode", 0},
    {"date_parse", fn_date_parse, 1, 1, "datetime", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_ext_t phpvm_ext_date_libc = {"date", functions, NULL, NULL, NULL, NULL};

/*
** tz.c: ext/date's calendar and time zones. Civil dates convert to day numbers with the
** proleptic Gregorian calendar (H. Hinnant's days_from_civil algorithm); named zones are the
** system's tzdata (/usr/share/zoneinfo) read through libc: localtime_r under TZ=zone, with the
** process's own TZ put back afterwards, since Python code in the same process reads it too.
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "phpvm/ext/date/date.h"

int64_t date_days_from_civil(int64_t y, int64_t m, int64_t d)
{
    /* normalize the month first: m in 1..12 */
    y += (m - 1) >= 0 ? (m - 1) / 12 : -((12 - m) / 12);
    m = ((m - 1) % 12 + 12) % 12 + 1;
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468 + (d - 1);
}

void date_civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

bool date_is_leap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(int64_t y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && date_is_leap(y) ? 29 : days[m - 1];
}

/* ---- Zones ---- */

/* The abbreviations PHP accepts as zones (timelib's table is larger; these are the usual). */
static const struct {
    const char *abbr;
    int32_t offset;
    bool dst;
} abbrs[] = {
    {"utc", 0, false},      {"gmt", 0, false},      {"z", 0, false},
    {"est", -18000, false}, {"edt", -14400, true},  {"cst", -21600, false},
    {"cdt", -18000, true},  {"mst", -25200, false}, {"mdt", -21600, true},
    {"pst", -28800, false}, {"pdt", -25200, true},  {"cet", 3600, false},
    {"cest", 7200, true},   {"eet", 7200, false},   {"eest", 10800, true},
    {"bst", 3600, true},    {"wet", 0, false},      {"west", 3600, true},
    {"jst", 32400, false},  {"ist", 7200, false},   {"msk", 10800, false},
};

static date_zone_t default_zone = {3, 0, false, "UTC"};

/* "+hh", "+hhmm", "+hh:mm" (also with seconds): the offset in seconds, or false. */
static bool parse_offset(const char *s, int32_t *out)
{
    if (*s != '+' && *s != '-')
        return false;
    int sign = *s++ == '-' ? -1 : 1;
    int dig[6], n = 0;
    for (; *s && n < 6; s++) {
        if (isdigit((unsigned char)*s))
            dig[n++] = *s - '0';
        else if (*s != ':')
            return false;
    }
    if (*s || n == 0 || n == 5)
        return false;
    int h, m = 0, sec = 0;
    if (n <= 2)
        h = n == 1 ? dig[0] : dig[0] * 10 + dig[1];
    else if (n == 3)
        h = dig[0], m = dig[1] * 10 + dig[2];
    else
        h = dig[0] * 10 + dig[1], m = dig[2] * 10 + dig[3];
    if (n == 6)
        sec = dig[4] * 10 + dig[5];
    if (h > 99 || m > 59)
        return false;
    *out = sign * (h * 3600 + m * 60 + sec);
    return true;
}

/* Whether tzdata has a zone of that name (letters, digits, '/', '_', '-', '+'). */
static bool tzdata_has(const char *name)
{
    if (!*name || *name == '/' || strstr(name, ".."))
        return false;
    for (const char *p = name; *p; p++)
        if (!isalnum((unsigned char)*p) && !strchr("/_-+", *p))
            return false;
    char path[256];
    snprintf(path, sizeof path, "/usr/share/zoneinfo/%s", name);
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool date_zone_parse(const char *name, date_zone_t *z)
{
    memset(z, 0, sizeof *z);
    if (parse_offset(name, &z->offset)) {
        z->type = 1;
        return true;
    }
    if (strcasecmp(name, "utc") == 0) {
        z->type = 3;
        strcpy(z->name, "UTC");
        return true;
    }
    for (size_t i = 0; i < sizeof abbrs / sizeof abbrs[0]; i++) {
        if (strcasecmp(name, abbrs[i].abbr) == 0) {
            z->type = 2;
            z->offset = abbrs[i].offset;
            z->dst = abbrs[i].dst;
            snprintf(z->name, sizeof z->name, "%s", name);
            for (char *p = z->name; *p; p++)
                *p = (char)toupper((unsigned char)*p);
            return true;
        }
    }
    if (strlen(name) < sizeof z->name && tzdata_has(name)) {
        z->type = 3;
        strcpy(z->name, name);
        return true;
    }
    return false;
}

bool date_zone_id(const char *name, date_zone_t *z)
{
    memset(z, 0, sizeof *z);
    z->type = 3;
    if (strcasecmp(name, "utc") == 0) {
        strcpy(z->name, "UTC");
        return true;
    }
    if (strlen(name) >= sizeof z->name || !tzdata_has(name))
        return false;
    strcpy(z->name, name);
    return true;
}

const date_zone_t *date_zone_default(void)
{
    return &default_zone;
}

void date_zone_set_default(const date_zone_t *z)
{
    default_zone = *z;
}

void date_zone_name(const date_zone_t *z, char *buf, size_t cap)
{
    if (z->type == 1) {
        int32_t o = z->offset < 0 ? -z->offset : z->offset;
        snprintf(buf, cap, "%c%02d:%02d", z->offset < 0 ? '-' : '+', o / 3600, o / 60 % 60);
    } else {
        snprintf(buf, cap, "%s", z->name);
    }
}

/* A stretch of libc calls under TZ=name: zone_enter sets it, zone_leave puts the process's own
** TZ back. */
static char saved_tz[256];
static bool had_tz;

static void zone_enter(const char *name)
{
    const char *old = getenv("TZ");
    had_tz = old != NULL;
    if (had_tz)
        snprintf(saved_tz, sizeof saved_tz, "%s", old);
    setenv("TZ", name, 1);
    tzset();
}

static void zone_leave(void)
{
    if (had_tz)
        setenv("TZ", saved_tz, 1);
    else
        unsetenv("TZ");
    tzset();
}

static void zone_localtime(const char *name, time_t t, struct tm *tm)
{
    zone_enter(name);
    localtime_r(&t, tm);
    zone_leave();
}

void date_localtime(const date_zone_t *z, int64_t ts, int us, date_tm_t *out)
{
    memset(out, 0, sizeof *out);
    if (z->type == 3 && strcmp(z->name, "UTC") != 0) {
        struct tm tm;
        zone_localtime(z->name, (time_t)ts, &tm);
        out->offset = (int32_t)tm.tm_gmtoff;
        out->dst = tm.tm_isdst > 0;
        snprintf(out->abbr, sizeof out->abbr, "%s", tm.tm_zone ? tm.tm_zone : "");
    } else {
        out->offset = z->type == 3 ? 0 : z->offset;
        out->dst = z->type == 2 && z->dst;
        if (z->type == 1)
            date_zone_name(z, out->abbr, sizeof out->abbr);
        else
            snprintf(out->abbr, sizeof out->abbr, "%.15s", z->name);
    }
    int64_t local = ts + out->offset;
    int64_t days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    int64_t secs = local - days * 86400;
    date_civil_from_days(days, &out->y, &out->mon, &out->d);
    out->h = (int)(secs / 3600);
    out->i = (int)(secs / 60 % 60);
    out->s = (int)(secs % 60);
    out->us = us;
    out->wday = (int)(((days % 7) + 11) % 7); /* 1970-01-01 was a Thursday */
    out->yday = (int)(days - date_days_from_civil(out->y, 1, 1));
}

/* Inside zone_enter: the UTC offset at ts. */
static int32_t offset_at(int64_t ts)
{
    struct tm tm;
    time_t t = (time_t)ts;
    localtime_r(&t, &tm);
    return (int32_t)tm.tm_gmtoff;
}

/* Inside zone_enter: the last change of offset at or before ts if it is within two days, else
** INT64_MIN (none that matters: offsets differ by less than a day). */
static int64_t transition_before(int64_t ts)
{
    int32_t off = offset_at(ts);
    int64_t lo = ts - 2 * 86400, hi = ts;
    if (offset_at(lo) == off)
        return INT64_MIN;
    while (hi - lo > 1) { /* offset_at(lo) != off, offset_at(hi) == off */
        int64_t mid = lo + (hi - lo) / 2;
        if (offset_at(mid) == off)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

int64_t date_mktime(const date_zone_t *z, int64_t y, int64_t mon, int64_t d, int64_t h, int64_t i,
                    int64_t s)
{
    int64_t local = date_days_from_civil(y, mon, d) * 86400 + h * 3600 + i * 60 + s;
    if (z->type != 3 || strcmp(z->name, "UTC") == 0)
        return local - (z->type == 3 ? 0 : z->offset);
    /* timelib's reading of a wall-clock time: the offset in force at the wall clock read as
    ** UTC ("current"), then the one at that moment corrected by it ("actual"); the actual one
    ** wins unless the time falls in the skipped hour of its transition. An ambiguous time thus
    ** reads as DST west of UTC and as standard time east of it, as PHP's do. */
    zone_enter(z->name);
    int32_t current = offset_at(local);
    int32_t actual = offset_at(local - current);
    int64_t adjust = -current;
    if (current != actual) {
        int64_t tr = transition_before(local - current);
        bool in_transition = tr != INT64_MIN && local - actual >= tr + (current - actual) &&
                             local - actual < tr;
        if (!in_transition)
            adjust = -actual;
    }
    zone_leave();
    return local + adjust;
}

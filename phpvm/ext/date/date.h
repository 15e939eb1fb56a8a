/*
** date.h: what ext/date's files share (internal to phpvm/ext/date): civil-calendar arithmetic
** and time zones (tz.c), the date() formatter (format.c), the strtotime() parser (parse.c),
** the functions (date.c) and the DateTime classes (datetime.c).
*/
#ifndef PHPVM_EXT_DATE_H
#define PHPVM_EXT_DATE_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/rt.h"

/* A time zone as PHP's DateTimeZone distinguishes them: a fixed UTC offset ("+02:00", type 1),
** an abbreviation ("EST", type 2: a fixed offset with a name) or a tzdata identifier (type 3). */
typedef struct date_zone {
    int type;
    int32_t offset;  /* types 1 and 2: seconds east of UTC */
    bool dst;        /* type 2 */
    char name[64];   /* types 2 and 3 */
} date_zone_t;

/* A moment as seen in a zone. */
typedef struct date_tm {
    int64_t y;
    int mon, d, h, i, s; /* mon 1..12, d 1..31 */
    int us;              /* microseconds */
    int wday, yday;      /* 0 = Sunday; 0-based day of the year */
    int32_t offset;      /* seconds east of UTC in force */
    bool dst;
    char abbr[16];
} date_tm_t;

/* Days since 1970-01-01 of a proleptic Gregorian date; month and day may be out of range
** (month 13 is January of the next year, day 0 the last of the previous month). */
int64_t date_days_from_civil(int64_t y, int64_t m, int64_t d);
void date_civil_from_days(int64_t days, int64_t *y, int *m, int *d);
bool date_is_leap(int64_t y);
int date_days_in_month(int64_t y, int m);

/* Parses a zone name (identifier, "UTC", abbreviation, "+hh:mm"); false when unknown. */
bool date_zone_parse(const char *name, date_zone_t *z);
/* A tzdata identifier (or "UTC") only, as date_default_timezone_set and date.timezone take. */
bool date_zone_id(const char *name, date_zone_t *z);
/* The zone date_default_timezone_set chose ("UTC" until then). */
const date_zone_t *date_zone_default(void);
void date_zone_set_default(const date_zone_t *z);
/* The name getName()/date('e') show. */
void date_zone_name(const date_zone_t *z, char *buf, size_t cap);

/* The moment ts (+ us) in zone z. */
void date_localtime(const date_zone_t *z, int64_t ts, int us, date_tm_t *out);
/* The timestamp of a wall-clock time in zone z; fields may be out of range (normalized like
** mktime()); a time in a DST gap moves forward, an ambiguous one is read as timelib does. */
int64_t date_mktime(const date_zone_t *z, int64_t y, int64_t mon, int64_t d, int64_t h, int64_t i,
                    int64_t s);

/* ---- format.c ---- */

extern const char *const date_weekdays[7];
extern const char *const date_months[12];

/* fmt[0..n) in date()'s letters for the moment ts seen as t in zone z. May collect. */
rt_str_t *date_format(const char *fmt, size_t n, const date_tm_t *t, int64_t ts,
                      const date_zone_t *z);

/* ---- date.c ---- */

/* The current time (microseconds in *us when given). */
int64_t date_now(int *us);

/* ---- datetime.c ---- */

/* Declares DateTimeInterface, DateTime, DateTimeImmutable, DateTimeZone and DateInterval. */
void date_classes_init(void);

/* ---- parse.c ---- */

/* What a date/time string says (strtotime, new DateTime, modify): absolute fields that are
** set (-1: not given), a relative offset, weekday and "first/last day of" rules, and a zone. */
typedef struct date_spec {
    int64_t y, mon, d, h, i, s, us; /* -1: keep the base's */
    int64_t ry, rm, rd, rh, ri, rs, rus; /* relative amounts */
    int wday;        /* -1: none; 0..6 a weekday to move to */
    int wday_dir;    /* 0: this (on or after), 1: next (after), -1: last (before), 2: in its week */
    int first_last;  /* 1 "first day of", 2 "last day of" */
    int nth;         /* "third monday of": 1..12; "last monday of": -1 (wday says which) */
    int64_t rweekdays; /* "+3 weekdays": business days */
    bool have_ts;    /* "@ts": ts is the moment */
    int64_t ts;
    bool have_zone;
    date_zone_t zone;
} date_spec_t;

/* Parses s; false when PHP's parser would report an error. */
bool date_parse(const char *s, size_t n, date_spec_t *out);
/* Applies a spec to a base moment in zone *z (which the spec's zone replaces): the new
** timestamp and microseconds. */
void date_apply(const date_spec_t *sp, date_zone_t *z, int64_t base, int base_us, int64_t *ts,
                int *us);

#endif

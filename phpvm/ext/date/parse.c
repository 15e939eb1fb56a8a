/*
** parse.c: ext/date's reader of date/time strings, the common part of PHP's (timelib's)
** grammar that strtotime(), new DateTime() and modify() accept: "now"/"today"/"tomorrow"/
** "noon"/"midnight", "@ts", ISO dates and times with "T", a zone or an offset, US "m/d/Y",
** "d-m-Y", "d.m.Y", textual months ("1 January 2021", "Jan 1, 2021"), 12-hour times, relative
** amounts ("+1 day", "2 weeks ago", "next month"), weekdays ("next monday", "last friday") and
** "first/last day of". date_apply turns the result into a timestamp in a zone.
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phpvm/ext/date/date.h"

typedef struct scan {
    const char *s, *p, *end;
    date_spec_t *sp;
    bool reset_time; /* today, tomorrow, a weekday...: midnight unless a time is given */
} scan_t;

static const struct {
    const char *name;
    int unit; /* 0 s, 1 min, 2 h, 3 day, 4 week, 5 month, 6 year, 7 fortnight */
} units[] = {
    {"seconds", 0}, {"second", 0}, {"secs", 0}, {"sec", 0},      {"minutes", 1},
    {"minute", 1},  {"mins", 1},   {"min", 1},  {"hours", 2},    {"hour", 2},
    {"days", 3},    {"day", 3},    {"weeks", 4}, {"week", 4},    {"fortnights", 7},
    {"fortnight", 7}, {"months", 5}, {"month", 5}, {"years", 6}, {"year", 6},
};

static bool at_word_end(const char *p, const char *end)
{
    return p >= end || !isalpha((unsigned char)*p);
}

/* The word at p if it is one of `names` (case-insensitive, whole word): its index, else -1;
** *len its length. */
static int word_in(const char *p, const char *end, const char *const *names, int n, size_t *len)
{
    for (int k = 0; k < n; k++) {
        size_t l = strlen(names[k]);
        if ((size_t)(end - p) >= l && strncasecmp(p, names[k], l) == 0 && at_word_end(p + l, end)) {
            *len = l;
            return k;
        }
    }
    return -1;
}

static int unit_at(const char *p, const char *end, size_t *len)
{
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        size_t l = strlen(units[k].name);
        if ((size_t)(end - p) >= l && strncasecmp(p, units[k].name, l) == 0 &&
            at_word_end(p + l, end)) {
            *len = l;
            return units[k].unit;
        }
    }
    return -1;
}

static int weekday_at(const char *p, const char *end, size_t *len)
{
    static const char *const names[] = {"sunday", "monday", "tuesday", "wednesday", "thursday",
                                        "friday", "saturday", "sun", "mon", "tue", "wed",
                                        "thu", "fri", "sat"};
    int k = word_in(p, end, names, 14, len);
    return k < 0 ? -1 : k % 7;
}

static int month_at(const char *p, const char *end, size_t *len)
{
    static const char *const names[] = {"january", "february", "march", "april", "may", "june",
                                        "july", "august", "september", "october", "november",
                                        "december", "jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sept", "sep", "oct", "nov", "dec"};
    static const int month[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8,
                                9, 9, 10, 11, 12};
    int k = word_in(p, end, names, 25, len);
    return k < 0 ? -1 : month[k];
}

static void add_rel(date_spec_t *sp, int unit, int64_t n)
{
    switch (unit) {
    case 0: sp->rs += n; break;
    case 1: sp->ri += n; break;
    case 2: sp->rh += n; break;
    case 3: sp->rd += n; break;
    case 4: sp->rd += 7 * n; break;
    case 7: sp->rd += 14 * n; break;
    case 5: sp->rm += n; break;
    default: sp->ry += n; break;
    }
}

/* Digits at sc->p (at most max): the number and how many there were. */
static int num(scan_t *sc, int max, int64_t *out)
{
    int n = 0;
    int64_t v = 0;
    while (sc->p + n < sc->end && n < max && isdigit((unsigned char)sc->p[n]))
        v = v * 10 + (sc->p[n++] - '0');
    *out = v;
    return n;
}

static void skip_space(scan_t *sc)
{
    while (sc->p < sc->end && (isspace((unsigned char)*sc->p) || *sc->p == ','))
        sc->p++;
}

/* HH:MM[:SS[.frac]] with sc->p at the hour (already known to be digits then ':'), then an
** optional am/pm. */
static bool time_of_day(scan_t *sc)
{
    date_spec_t *sp = sc->sp;
    int64_t h, i, s = 0, us = 0;
    sc->p += num(sc, 2, &h);
    sc->p++; /* ':' */
    if (num(sc, 2, &i) != 2)
        return false;
    sc->p += 2;
    if (sc->p < sc->end && *sc->p == ':') {
        sc->p++;
        if (num(sc, 2, &s) != 2)
            return false;
        sc->p += 2;
        if (sc->p < sc->end && (*sc->p == '.' || *sc->p == ',') && sc->p + 1 < sc->end &&
            isdigit((unsigned char)sc->p[1])) {
            sc->p++;
            int64_t frac;
            int n = num(sc, 6, &frac);
            sc->p += n;
            while (sc->p < sc->end && isdigit((unsigned char)*sc->p))
                sc->p++;
            for (; n < 6; n++)
                frac *= 10;
            us = frac;
        }
    }
    const char *q = sc->p;
    while (q < sc->end && *q == ' ')
        q++;
    if (q + 1 < sc->end && (tolower((unsigned char)*q) == 'a' || tolower((unsigned char)*q) == 'p') &&
        ((tolower((unsigned char)q[1]) == 'm' && at_word_end(q + 2, sc->end)) || q[1] == '.')) {
        if (h < 1 || h > 12)
            return false;
        h = h % 12 + (tolower((unsigned char)*q) == 'p' ? 12 : 0);
        q += q[1] == '.' ? 4 : 2;
        sc->p = q;
    }
    if (h > 23 || i > 59 || s > 60)
        return false;
    sp->h = h, sp->i = i, sp->s = s, sp->us = us;
    return true;
}

/* A zone or offset after a time: "Z", "+02:00", "-0500", "UTC", "Europe/Paris". */
static bool zone_at(scan_t *sc)
{
    const char *q = sc->p;
    while (q < sc->end && (isalnum((unsigned char)*q) || strchr("/_+-:", *q)))
        q++;
    char name[64];
    if ((size_t)(q - sc->p) >= sizeof name || q == sc->p)
        return false;
    memcpy(name, sc->p, (size_t)(q - sc->p));
    name[q - sc->p] = 0;
    if (!date_zone_parse(name, &sc->sp->zone))
        return false;
    sc->sp->have_zone = true;
    sc->p = q;
    return true;
}

/* "2024-W05[-3]" (ISO year, week, day of week) with q at the week digits. */
static bool iso_week(scan_t *sc, int64_t y, const char *q)
{
    sc->p = q;
    int64_t w, dow = 1;
    if (num(sc, 2, &w) != 2 || w < 1 || w > 53)
        return false;
    sc->p += 2;
    if (sc->p + 1 < sc->end && *sc->p == '-' && isdigit((unsigned char)sc->p[1])) {
        sc->p++;
        num(sc, 1, &dow);
        sc->p++;
    } else if (sc->p < sc->end && isdigit((unsigned char)*sc->p)) {
        num(sc, 1, &dow);
        sc->p++;
    }
    int64_t jan4 = date_days_from_civil(y, 1, 4);
    int wd = (int)(((jan4 % 7) + 11) % 7); /* 0 = Sunday */
    int64_t days = jan4 - (wd + 6) % 7 + (w - 1) * 7 + (dow - 1);
    int m, d;
    date_civil_from_days(days, &sc->sp->y, &m, &d);
    sc->sp->mon = m, sc->sp->d = d;
    sc->sp->h = sc->sp->i = sc->sp->s = sc->sp->us = 0;
    return true;
}

/* A number that starts a date, a time or a relative amount. */
static bool number_item(scan_t *sc, int sign)
{
    date_spec_t *sp = sc->sp;
    int64_t a, b, c;
    int na = num(sc, 19, &a);
    const char *q = sc->p + na;
    char sep = q < sc->end ? *q : 0;
    if (sign == 0 && na == 4 && (sep == 'W' || (sep == '-' && q + 1 < sc->end && q[1] == 'W')))
        return iso_week(sc, a, q + (sep == '-' ? 2 : 1));
    if (sign == 0 && (na == 8 || na == 14)) { /* YYYYMMDD[hhmmss], or with T hhmmss */
        sp->y = a / 10000 % 10000, sp->mon = a / 100 % 100, sp->d = a % 100;
        if (na == 14) {
            sp->y = a / 10000000000 % 10000, sp->mon = a / 100000000 % 100;
            sp->d = a / 1000000 % 100, sp->h = a / 10000 % 100, sp->i = a / 100 % 100;
            sp->s = a % 100, sp->us = 0;
        }
        sc->p = q;
        if (na == 8 && q + 1 < sc->end && (*q == 'T' || *q == 't')) {
            sc->p = q + 1;
            int64_t t;
            int nt = num(sc, 6, &t);
            if (nt != 4 && nt != 6)
                return false;
            if (nt == 4)
                t *= 100;
            sp->h = t / 10000, sp->i = t / 100 % 100, sp->s = t % 100, sp->us = 0;
            sc->p += nt;
        }
        return sp->h <= 23 && sp->i <= 59 && sp->s <= 60;
    }
    if (sign == 0 && na == 4 && sep != '-' && sep != '/' && sep != ':' && sp->h < 0 &&
        !(sp->mon >= 0 && sp->y < 0) && a / 100 <= 23 && a % 100 <= 59) { /* "2025": 20:25 */
        sp->h = a / 100, sp->i = a % 100, sp->s = sp->us = 0;
        sc->p = q;
        return true;
    }
    if (sign == 0 && na == 4 && (sep == '-' || sep == '/')) { /* Y-m-d, Y/m/d */
        sc->p = q + 1;
        int nb = num(sc, 2, &b);
        if (!nb || sc->p + nb >= sc->end || sc->p[nb] != sep)
            return false;
        sc->p += nb + 1;
        int nc = num(sc, 2, &c);
        if (!nc)
            return false;
        sc->p += nc;
        sp->y = a, sp->mon = b, sp->d = c;
        if (sc->p < sc->end && (*sc->p == 'T' || *sc->p == 't') && sc->p + 1 < sc->end &&
            isdigit((unsigned char)sc->p[1])) {
            sc->p++;
            return time_of_day(sc);
        }
        return true;
    }
    if (sign == 0 && na <= 2 && sep == ':') {
        if (!time_of_day(sc))
            return false;
        skip_space(sc);
        if (sc->p < sc->end && (*sc->p == '+' || *sc->p == '-' || *sc->p == 'Z' || *sc->p == 'z'))
            return zone_at(sc);
        return true;
    }
    if (sign == 0 && na <= 2 && (sep == '/' || sep == '-' || sep == '.')) { /* m/d/Y, d-m-Y */
        sc->p = q + 1;
        int nb = num(sc, 2, &b);
        if (!nb)
            return false;
        sc->p += nb;
        if (sc->p < sc->end && *sc->p == sep) {
            sc->p++;
            int nc = num(sc, 4, &c);
            if (!nc)
                return false;
            sc->p += nc;
            if (nc == 2)
                c += c < 70 ? 2000 : 1900;
        } else if (sep == '/') {
            c = -1;
        } else {
            return false;
        }
        if (sep == '/')
            sp->mon = a, sp->d = b;
        else
            sp->d = a, sp->mon = b;
        if (c >= 0)
            sp->y = c;
        return true;
    }
    sc->p = q;
    const char *save = sc->p;
    skip_space(sc);
    size_t len;
    if (na <= 2 && sign == 0 && sc->p + 1 < sc->end &&
        (tolower((unsigned char)*sc->p) == 'a' || tolower((unsigned char)*sc->p) == 'p') &&
        tolower((unsigned char)sc->p[1]) == 'm' && at_word_end(sc->p + 2, sc->end)) {
        if (a < 1 || a > 12)
            return false;
        sp->h = a % 12 + (tolower((unsigned char)*sc->p) == 'p' ? 12 : 0);
        sp->i = sp->s = sp->us = 0;
        sc->p += 2;
        return true;
    }
    int u = unit_at(sc->p, sc->end, &len);
    if (u >= 0) {
        add_rel(sp, u, sign < 0 ? -a : a);
        sc->p += len;
        return true;
    }
    if (word_in(sc->p, sc->end, (const char *const[]){"weekdays", "weekday"}, 2, &len) >= 0) {
        sp->rweekdays += sign < 0 ? -a : a;
        sc->p += len;
        return true;
    }
    int m = month_at(sc->p, sc->end, &len);
    if (m > 0 && sign == 0 && na <= 2) { /* 1 January [2021] */
        sc->p += len;
        sp->d = a, sp->mon = m;
        const char *r = sc->p;
        skip_space(sc);
        int64_t y;
        int ny = num(sc, 4, &y);
        if (ny == 4 && !(sc->p + 4 < sc->end && sc->p[4] == ':')) {
            sp->y = y;
            sc->p += 4;
        } else {
            sc->p = r;
        }
        return true;
    }
    if (sign == 0 && na == 4 && sp->y < 0 && sp->mon >= 0) { /* a year after "Jan 1" */
        sp->y = a;
        return true;
    }
    sc->p = save;
    return false;
}

/* "next"/"last"/"this" followed by a unit or a weekday. */
static bool relative_word(scan_t *sc, int dir)
{
    date_spec_t *sp = sc->sp;
    skip_space(sc);
    size_t len;
    int u = unit_at(sc->p, sc->end, &len);
    if (u >= 0) {
        add_rel(sp, u, dir);
        sc->p += len;
        if (u == 4) { /* next/last/this week: a weekday (Monday if none) of that week */
            if (sp->wday < 0)
                sp->wday = 1;
            sp->wday_dir = 2;
        }
        return true;
    }
    int w = weekday_at(sc->p, sc->end, &len);
    if (w >= 0) {
        sp->wday = w;
        sp->wday_dir = dir;
        sc->reset_time = true;
        sc->p += len;
        return true;
    }
    return false;
}

/* "first".."twelfth" or "last" then a weekday and "of": PHP's "third monday of". */
static bool nth_weekday(scan_t *sc)
{
    static const char *const ords[] = {"first", "second", "third", "fourth", "fifth", "sixth",
                                       "seventh", "eighth", "ninth", "tenth", "eleventh",
                                       "twelfth", "last"};
    size_t len, wl, ol;
    int k = word_in(sc->p, sc->end, ords, 13, &len);
    if (k < 0)
        return false;
    const char *q = sc->p + len;
    while (q < sc->end && *q == ' ')
        q++;
    int w = weekday_at(q, sc->end, &wl);
    if (w < 0)
        return false;
    q += wl;
    while (q < sc->end && *q == ' ')
        q++;
    if (word_in(q, sc->end, (const char *const[]){"of"}, 1, &ol) < 0)
        return false;
    sc->sp->nth = k == 12 ? -1 : k + 1;
    sc->sp->wday = w;
    sc->reset_time = true;
    sc->p = q + ol;
    return true;
}

/* "back of 7pm" (19:15) and "front of 7pm" (18:45). */
static bool back_front(scan_t *sc)
{
    size_t len;
    int k = word_in(sc->p, sc->end, (const char *const[]){"back", "front"}, 2, &len);
    if (k < 0)
        return false;
    scan_t t = *sc;
    t.p += len;
    skip_space(&t);
    size_t ol;
    if (word_in(t.p, t.end, (const char *const[]){"of"}, 1, &ol) < 0)
        return false;
    t.p += ol;
    skip_space(&t);
    int64_t h;
    int n = num(&t, 2, &h);
    if (!n)
        return false;
    t.p += n;
    skip_space(&t);
    if (t.p + 1 < t.end && (tolower((unsigned char)*t.p) == 'a' || tolower((unsigned char)*t.p) == 'p') &&
        tolower((unsigned char)t.p[1]) == 'm') {
        if (h < 1 || h > 12)
            return false;
        h = h % 12 + (tolower((unsigned char)*t.p) == 'p' ? 12 : 0);
        t.p += 2;
    }
    if (h > 23)
        return false;
    sc->sp->h = k == 0 ? h : h - 1, sc->sp->i = k == 0 ? 15 : 45;
    sc->sp->s = sc->sp->us = 0;
    sc->p = t.p;
    return true;
}

static bool word_item(scan_t *sc)
{
    if (nth_weekday(sc) || back_front(sc))
        return true;
    date_spec_t *sp = sc->sp;
    static const char *const words[] = {"now", "today", "midnight", "noon", "tomorrow",
                                        "yesterday", "next", "last", "previous", "this", "ago",
                                        "first day of", "last day of"};
    size_t len;
    int k = word_in(sc->p, sc->end, words, 13, &len);
    if (k == 7 && word_in(sc->p, sc->end, words + 12, 1, &len) == 0)
        k = 12;
    if (k >= 0)
        sc->p += len;
    switch (k) {
    case 0: return true;
    case 1: case 2: sp->h = sp->i = sp->s = sp->us = 0; return true;
    case 3: sp->h = 12, sp->i = sp->s = sp->us = 0; return true;
    case 4: case 5: sp->rd += k == 4 ? 1 : -1; sp->h = sp->i = sp->s = sp->us = 0; return true;
    case 6: return relative_word(sc, 1);
    case 7: case 8: return relative_word(sc, -1);
    case 9: return relative_word(sc, 0);
    case 10:
        sp->ry = -sp->ry, sp->rm = -sp->rm, sp->rd = -sp->rd, sp->rh = -sp->rh;
        sp->ri = -sp->ri, sp->rs = -sp->rs;
        return true;
    case 11: case 12: sp->first_last = k == 11 ? 1 : 2; return true;
    default: break;
    }
    int w = weekday_at(sc->p, sc->end, &len);
    if (w >= 0) {
        sp->wday = w;
        sp->wday_dir = 0;
        sc->reset_time = true;
        sc->p += len;
        return true;
    }
    int m = month_at(sc->p, sc->end, &len);
    if (m > 0) { /* January [1[st][,] [2021]] or January 2021 */
        sc->p += len;
        sp->mon = m;
        skip_space(sc);
        int64_t v;
        int n = num(sc, 4, &v);
        if (n == 4) {
            sp->y = v, sp->d = 1;
            sc->p += 4;
        } else if (n > 0) {
            sp->d = v;
            sc->p += n;
            if (word_in(sc->p, sc->end, (const char *const[]){"st", "nd", "rd", "th"}, 4,
                        &len) >= 0)
                sc->p += len;
        } else {
            sp->d = 1;
        }
        return true;
    }
    return zone_at(sc);
}

bool date_parse(const char *s, size_t n, date_spec_t *sp)
{
    memset(sp, 0, sizeof *sp);
    sp->y = sp->mon = sp->d = sp->h = sp->i = sp->s = sp->us = -1;
    sp->wday = -1;
    scan_t sc = {s, s, s + n, sp, false};
    for (;;) {
        skip_space(&sc);
        if (sc.p >= sc.end)
            break;
        char c = *sc.p;
        if (c == '@') {
            sc.p++;
            int sign = sc.p < sc.end && *sc.p == '-' ? -1 : 1;
            if (sign < 0)
                sc.p++;
            int64_t v;
            int k = num(&sc, 19, &v);
            if (!k)
                return false;
            sc.p += k;
            if (sc.p < sc.end && *sc.p == '.') { /* @ts.frac */
                sc.p++;
                int64_t f;
                int nf = num(&sc, 6, &f);
                sc.p += nf;
                for (; nf < 6; nf++)
                    f *= 10;
                sp->us = f;
            }
            sp->have_ts = true;
            sp->ts = sign * v;
            continue;
        }
        if (c == '+' || c == '-') {
            const char *save = sc.p;
            int sign = c == '-' ? -1 : 1;
            sc.p++;
            skip_space(&sc);
            if (sc.p < sc.end && isdigit((unsigned char)*sc.p) && number_item(&sc, sign))
                continue;
            sc.p = save;
            if (!zone_at(&sc))
                return false;
            continue;
        }
        if (isdigit((unsigned char)c)) {
            if (!number_item(&sc, 0))
                return false;
            continue;
        }
        if (isalpha((unsigned char)c)) {
            if (!word_item(&sc))
                return false;
            continue;
        }
        return false;
    }
    if (sc.reset_time && sp->h < 0)
        sp->h = sp->i = sp->s = sp->us = 0;
    if (sp->mon > 12 || sp->d > 31 || sp->mon == 0 || sp->d == 0)
        return false;
    return true;
}

void date_apply(const date_spec_t *sp, date_zone_t *z, int64_t base, int base_us, int64_t *ts,
                int *us)
{
    if (sp->have_ts) {
        date_zone_parse("+00:00", z);
        base = sp->ts;
        base_us = sp->us > 0 ? (int)sp->us : 0;
    }
    date_tm_t t; /* the base's wall clock, which a zone in the text then reads as its own */
    date_localtime(z, base, base_us, &t);
    if (sp->have_zone)
        *z = sp->zone;
    int64_t y = t.y, mon = t.mon, d = t.d, h = t.h, i = t.i, s = t.s, u = t.us;
    if (!sp->have_ts) {
        if (sp->y >= 0)
            y = sp->y;
        if (sp->mon >= 0)
            mon = sp->mon;
        if (sp->d >= 0)
            d = sp->d;
        if (sp->h >= 0)
            h = sp->h, i = sp->i, s = sp->s, u = sp->us;
        else if (sp->y >= 0 || sp->mon >= 0 || sp->d >= 0)
            h = i = s = u = 0;
    }
    y += sp->ry, mon += sp->rm, d += sp->rd, h += sp->rh, i += sp->ri, s += sp->rs;
    if (sp->first_last) {
        int64_t days = date_days_from_civil(y, mon, 1);
        int mm, dd;
        date_civil_from_days(days, &y, &mm, &dd);
        mon = mm;
        d = sp->first_last == 1 ? 1 : date_days_in_month(y, mm);
    }
    if (sp->nth) { /* the nth (or last) such weekday of the month */
        int64_t days = sp->nth > 0 ? date_days_from_civil(y, mon, 1)
                                   : date_days_from_civil(y, mon + 1, 1) - 7;
        int cur = (int)(((days % 7) + 11) % 7);
        days += (sp->wday - cur + 7) % 7 + (sp->nth > 0 ? (sp->nth - 1) * 7 : 0);
        int mm, dd;
        date_civil_from_days(days, &y, &mm, &dd);
        mon = mm, d = dd;
    } else if (sp->wday >= 0) {
        int64_t days = date_days_from_civil(y, mon, d);
        int cur = (int)(((days % 7) + 11) % 7);
        int delta = (sp->wday - cur + 7) % 7;
        if (sp->wday_dir == 1 && delta == 0)
            delta = 7;
        if (sp->wday_dir < 0)
            delta = delta == 0 ? -7 : delta - 7;
        if (sp->wday_dir == 2) /* the Monday-based week of the date */
            delta = -((cur + 6) % 7) + (sp->wday + 6) % 7;
        d += delta;
    }
    if (sp->rweekdays) { /* business days, stepping over weekends */
        int64_t days = date_days_from_civil(y, mon, d), left = sp->rweekdays;
        int step = left > 0 ? 1 : -1;
        while (left) {
            days += step;
            int wd = (int)(((days % 7) + 11) % 7);
            if (wd != 0 && wd != 6)
                left -= step;
        }
        int mm, dd;
        date_civil_from_days(days, &y, &mm, &dd);
        mon = mm, d = dd;
    }
    *ts = date_mktime(z, y, mon, d, h, i, s);
    *us = (int)u;
}

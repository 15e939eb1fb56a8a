/*
** format.c: ext/date's formatter, the letters of date() and DateTime::format() ("Y-m-d H:i:s",
** "D, d M Y", "c", "r", ISO weeks, zone letters e/T/O/P/p/Z...). A backslash escapes a letter.
*/
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/vm.h"
#include "phpvm/ext/date/date.h"

const char *const date_weekdays[7] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
                                      "Friday", "Saturday"};
const char *const date_months[12] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November",
                                     "December"};

/* The ISO-8601 week number and its year. */
static void iso_week(const date_tm_t *t, int64_t *year, int *week)
{
    int iso_wday = (t->wday + 6) % 7; /* Monday 0 */
    int thursday = t->yday - iso_wday + 3;
    *year = t->y;
    if (thursday < 0) {
        *year = t->y - 1;
        thursday += date_is_leap(*year) ? 366 : 365;
    } else if (thursday >= (date_is_leap(t->y) ? 366 : 365)) {
        thursday -= date_is_leap(t->y) ? 366 : 365;
        *year = t->y + 1;
    }
    *week = thursday / 7 + 1;
}

static void offset_str(rt_strbuf_t *b, int32_t off, bool colon)
{
    int32_t a = off < 0 ? -off : off;
    rt_strbuf_appendf(b, "%c%02d%s%02d", off < 0 ? '-' : '+', a / 3600, colon ? ":" : "",
                      a / 60 % 60);
}

static const char *suffix(int d)
{
    if (d >= 11 && d <= 13)
        return "th";
    return d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
}

static void year4(rt_strbuf_t *b, int64_t y)
{
    if (y < 0)
        rt_strbuf_appendf(b, "-%04" PRId64, -y);
    else
        rt_strbuf_appendf(b, "%04" PRId64, y);
}

/* One letter of the format. */
static void letter(rt_strbuf_t *b, char c, const date_tm_t *t, int64_t ts, const date_zone_t *z)
{
    int64_t iy;
    int wk, h12 = t->h % 12 ? t->h % 12 : 12;
    char buf[80];
    switch (c) {
    case 'd': rt_strbuf_appendf(b, "%02d", t->d); break;
    case 'D': rt_strbuf_append(b, date_weekdays[t->wday], 3); break;
    case 'j': rt_strbuf_appendf(b, "%d", t->d); break;
    case 'l': rt_strbuf_appendf(b, "%s", date_weekdays[t->wday]); break;
    case 'N': rt_strbuf_appendf(b, "%d", t->wday ? t->wday : 7); break;
    case 'S': rt_strbuf_appendf(b, "%s", suffix(t->d)); break;
    case 'w': rt_strbuf_appendf(b, "%d", t->wday); break;
    case 'z': rt_strbuf_appendf(b, "%d", t->yday); break;
    case 'W': iso_week(t, &iy, &wk); rt_strbuf_appendf(b, "%02d", wk); break;
    case 'o': iso_week(t, &iy, &wk); rt_strbuf_appendf(b, "%" PRId64, iy); break;
    case 'F': rt_strbuf_appendf(b, "%s", date_months[t->mon - 1]); break;
    case 'm': rt_strbuf_appendf(b, "%02d", t->mon); break;
    case 'M': rt_strbuf_append(b, date_months[t->mon - 1], 3); break;
    case 'n': rt_strbuf_appendf(b, "%d", t->mon); break;
    case 't': rt_strbuf_appendf(b, "%d", date_days_in_month(t->y, t->mon)); break;
    case 'L': rt_strbuf_append_char(b, date_is_leap(t->y) ? '1' : '0'); break;
    case 'Y': year4(b, t->y); break;
    case 'x':
        if (t->y >= 10000)
            rt_strbuf_append_char(b, '+');
        year4(b, t->y);
        break;
    case 'X':
        if (t->y >= 0)
            rt_strbuf_append_char(b, '+');
        year4(b, t->y);
        break;
    case 'y': rt_strbuf_appendf(b, "%02d", (int)((t->y % 100 + 100) % 100)); break;
    case 'a': rt_strbuf_append(b, t->h < 12 ? "am" : "pm", 2); break;
    case 'A': rt_strbuf_append(b, t->h < 12 ? "AM" : "PM", 2); break;
    case 'B': {
        int64_t beat = ((ts + 3600) % 86400 + 86400) % 86400;
        rt_strbuf_appendf(b, "%03d", (int)(beat * 10 / 864));
        break;
    }
    case 'g': rt_strbuf_appendf(b, "%d", h12); break;
    case 'G': rt_strbuf_appendf(b, "%d", t->h); break;
    case 'h': rt_strbuf_appendf(b, "%02d", h12); break;
    case 'H': rt_strbuf_appendf(b, "%02d", t->h); break;
    case 'i': rt_strbuf_appendf(b, "%02d", t->i); break;
    case 's': rt_strbuf_appendf(b, "%02d", t->s); break;
    case 'u': rt_strbuf_appendf(b, "%06d", t->us); break;
    case 'v': rt_strbuf_appendf(b, "%03d", t->us / 1000); break;
    case 'e': date_zone_name(z, buf, sizeof buf); rt_strbuf_appendf(b, "%s", buf); break;
    case 'I': rt_strbuf_append_char(b, t->dst ? '1' : '0'); break;
    case 'O': offset_str(b, t->offset, false); break;
    case 'P': offset_str(b, t->offset, true); break;
    case 'p':
        if (t->offset == 0)
            rt_strbuf_append_char(b, 'Z');
        else
            offset_str(b, t->offset, true);
        break;
    case 'T':
        if (z->type == 1) {
            rt_strbuf_append(b, "GMT", 3);
            offset_str(b, t->offset, false);
        }
        else
            rt_strbuf_appendf(b, "%s", t->abbr);
        break;
    case 'Z': rt_strbuf_appendf(b, "%d", t->offset); break;
    case 'c':
        year4(b, t->y);
        rt_strbuf_appendf(b, "-%02d-%02dT%02d:%02d:%02d", t->mon, t->d, t->h, t->i, t->s);
        offset_str(b, t->offset, true);
        break;
    case 'r':
        rt_strbuf_appendf(b, "%.3s, %02d %.3s ", date_weekdays[t->wday], t->d,
                          date_months[t->mon - 1]);
        year4(b, t->y);
        rt_strbuf_appendf(b, " %02d:%02d:%02d ", t->h, t->i, t->s);
        offset_str(b, t->offset, false);
        break;
    case 'U': rt_strbuf_appendf(b, "%" PRId64, ts); break;
    default: rt_strbuf_append_char(b, c); break;
    }
}

rt_str_t *date_format(const char *fmt, size_t n, const date_tm_t *t, int64_t ts,
                      const date_zone_t *z)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, n * 2 + 8);
    for (size_t k = 0; k < n; k++) {
        if (fmt[k] == '\\' && k + 1 < n)
            rt_strbuf_append_char(&b, fmt[++k]);
        else
            letter(&b, fmt[k], t, ts, z);
    }
    return rt_strbuf_finish(&b, &rt_type_str);
}

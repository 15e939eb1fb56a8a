/*
** datetime.c: ext/date's classes: DateTimeInterface, DateTime, DateTimeImmutable (one set of
** methods: the immutable class's mutators work on a clone), DateTimeZone and DateInterval.
** A DateTime keeps its moment and zone in hidden properties ("\0ts", "\0us", "\0zone") and
** mirrors them into the public date/timezone_type/timezone that var_dump and print_r show.
*/
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phpvm/interp.h"
#include "phpvm/ext/date/date.h"

static phpvm_class_t *dt_class, *dti_class, *tz_class, *iv_class;

static rt_str_t *name(const char *s)
{
    return rt_str_intern(rt_str_new(s, strlen(s)));
}

static rt_str_t *hidden(const char *s)
{
    return rt_str_intern(rt_str_new(s, strlen(s + 1) + 1)); /* s starts with a NUL */
}

static rt_value_t get(rt_value_t o, rt_str_t *n)
{
    return phpvm_deref(phpvm_prop_read(o, n, NULL, true));
}

static void put(rt_value_t o, const char *n, rt_value_t v)
{
    phpvm_prop_write(o, name(n), v, NULL);
}

/* ---- DateTimeZone ---- */

static bool zone_of(rt_value_t o, date_zone_t *z)
{
    rt_value_t n = get(o, hidden("\0zone"));
    return phpvm_is_str(n) && date_zone_parse(phpvm_str(n)->data, z);
}

static void zone_props(rt_value_t o, const date_zone_t *z)
{
    char buf[64];
    date_zone_name(z, buf, sizeof buf);
    phpvm_prop_write(o, hidden("\0zone"), phpvm_cstr(buf), NULL);
    put(o, "timezone_type", phpvm_int(z->type));
    put(o, "timezone", phpvm_cstr(buf));
}

static rt_value_t zone_new(const date_zone_t *z)
{
    rt_value_t o = phpvm_object_new(tz_class);
    if (o != RT_NOVALUE)
        zone_props(o, z);
    return o;
}

static rt_value_t tz_construct(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *n = phpvm_arg_str(args, argc, 0);
    if (!n)
        return RT_NOVALUE;
    date_zone_t z;
    if (!date_zone_parse(n->data, &z))
        return phpvm_throw("Exception", "DateTimeZone::__construct(): Unknown or bad timezone (%s)",
                           n->data);
    zone_props(self, &z);
    return rt_none;
}

static rt_value_t tz_get_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return get(self, hidden("\0zone"));
}

static bool moment(rt_value_t o, int64_t *ts, int *us, date_zone_t *z);

static rt_value_t tz_get_offset(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    date_zone_t z, oz;
    int64_t ts;
    int us;
    if (!zone_of(self, &z) || !moment(phpvm_deref(args[0]), &ts, &us, &oz))
        return phpvm_throw("Error", "The DateTimeZone object has not been correctly initialized");
    date_tm_t t;
    date_localtime(&z, ts, 0, &t);
    return phpvm_int(t.offset);
}

/* ---- DateTime and DateTimeImmutable ---- */

static bool moment(rt_value_t o, int64_t *ts, int *us, date_zone_t *z)
{
    if (!phpvm_is_object(o))
        return false;
    rt_value_t t = get(o, hidden("\0ts")), u = get(o, hidden("\0us"));
    if (!rt_is_int(t) || !rt_is_int(u) || !zone_of(o, z))
        return false;
    *ts = phpvm_int_of(t);
    *us = (int)phpvm_int_of(u);
    return true;
}

static void set_moment(rt_value_t o, int64_t ts, int us, const date_zone_t *z)
{
    phpvm_prop_write(o, hidden("\0ts"), phpvm_int(ts), NULL);
    phpvm_prop_write(o, hidden("\0us"), phpvm_int(us), NULL);
    date_tm_t t;
    date_localtime(z, ts, us, &t);
    const char *f = "Y-m-d H:i:s.u";
    put(o, "date", rt_from_ptr(date_format(f, strlen(f), &t, ts, z)));
    zone_props(o, z);
    /* the public mirror of the zone is the DateTime's "timezone", not DateTimeZone's */
}

static bool uninitialized(void)
{
    phpvm_throw("Error", "The DateTime object has not been correctly initialized by its "
                         "constructor");
    return false;
}

/* The object a mutator changes: $this, or a clone of it for DateTimeImmutable. */
static rt_value_t target(rt_value_t self)
{
    return phpvm_instanceof(phpvm_obj(self)->cls, dti_class) ? phpvm_object_clone(self, NULL) : self;
}

/* Parses `text` against base moment (ts, us, z) into o; false when it does not parse. */
static bool parse_into(rt_value_t o, rt_str_t *text, int64_t ts, int us, date_zone_t z)
{
    date_spec_t sp;
    if (!date_parse(text->data, (size_t)text->len, &sp))
        return false;
    int64_t nts;
    int nus;
    date_apply(&sp, &z, ts, us, &nts, &nus);
    set_moment(o, nts, nus, &z);
    return true;
}

static const char *parse_failure(rt_str_t *text, char *buf, size_t cap)
{
    snprintf(buf, cap, "Failed to parse time string (%s) at position 0 (%c): The timezone could "
             "not be found in the database", text->data, text->len ? text->data[0] : ' ');
    return buf;
}

static rt_value_t dt_construct(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *text = phpvm_arg_given(argc, args, 0) ? phpvm_arg_str(args, argc, 0)
                                                    : rt_str_from_cstr("now");
    if (!text)
        return RT_NOVALUE;
    date_zone_t z = *date_zone_default();
    if (phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none &&
        !zone_of(phpvm_deref(args[1]), &z))
        return phpvm_throw("TypeError", "DateTime::__construct(): Argument #2 ($timezone) must "
                           "be of type ?DateTimeZone, %s given", phpvm_type_name(args[1]));
    int us;
    int64_t now = date_now(&us);
    char buf[512];
    if (!parse_into(self, text, now, us, z))
        return phpvm_throw("Exception", "%s", parse_failure(text, buf, sizeof buf));
    return rt_none;
}

static rt_value_t dt_format(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *f = phpvm_arg_str(args, argc, 0);
    int64_t ts;
    int us;
    date_zone_t z;
    if (!f)
        return RT_NOVALUE;
    if (!moment(self, &ts, &us, &z))
        return uninitialized(), RT_NOVALUE;
    date_tm_t t;
    date_localtime(&z, ts, us, &t);
    return rt_from_ptr(date_format(f->data, (size_t)f->len, &t, ts, &z));
}

static rt_value_t dt_get_timestamp(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    int64_t ts;
    int us;
    date_zone_t z;
    return moment(self, &ts, &us, &z) ? phpvm_int(ts) : (uninitialized(), RT_NOVALUE);
}

static rt_value_t dt_get_timezone(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    date_zone_t z;
    return zone_of(self, &z) ? zone_new(&z) : (uninitialized(), RT_NOVALUE);
}

static rt_value_t dt_get_offset(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    int64_t ts;
    int us;
    date_zone_t z;
    if (!moment(self, &ts, &us, &z))
        return uninitialized(), RT_NOVALUE;
    date_tm_t t;
    date_localtime(&z, ts, us, &t);
    return phpvm_int(t.offset);
}

static rt_value_t dt_set_timestamp(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t ts, nts;
    int us;
    date_zone_t z;
    if (!phpvm_arg_long(args, argc, 0, &nts))
        return RT_NOVALUE;
    if (!moment(self, &ts, &us, &z))
        return uninitialized(), RT_NOVALUE;
    rt_value_t o = target(self);
    set_moment(o, nts, 0, &z);
    return o;
}

static rt_value_t dt_set_timezone(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    int64_t ts;
    int us;
    date_zone_t z, nz;
    if (!moment(self, &ts, &us, &z) || !zone_of(phpvm_deref(args[0]), &nz))
        return uninitialized(), RT_NOVALUE;
    rt_value_t o = target(self);
    set_moment(o, ts, us, &nz);
    return o;
}

/* setDate/setTime: local fields replaced, then normalized like mktime(). */
static rt_value_t set_fields(rt_value_t self, rt_value_t *args, int argc, bool date)
{
    int64_t f[4] = {0, 0, 0, 0}, ts;
    int us;
    date_zone_t z;
    for (int k = 0; k < (date ? 3 : 4); k++)
        if ((k < 2 || phpvm_arg_given(argc, args, k)) && !phpvm_arg_long(args, argc, k, &f[k]))
            return RT_NOVALUE;
    if (!moment(self, &ts, &us, &z))
        return uninitialized(), RT_NOVALUE;
    date_tm_t t;
    date_localtime(&z, ts, us, &t);
    rt_value_t o = target(self);
    if (date)
        set_moment(o, date_mktime(&z, f[0], f[1], f[2], t.h, t.i, t.s), us, &z);
    else
        set_moment(o, date_mktime(&z, t.y, t.mon, t.d, f[0], f[1], f[2]), (int)f[3], &z);
    return o;
}

static rt_value_t dt_set_date(rt_value_t self, rt_value_t *args, int argc)
{
    return set_fields(self, args, argc, true);
}

static rt_value_t dt_set_time(rt_value_t self, rt_value_t *args, int argc)
{
    return set_fields(self, args, argc, false);
}

/* setISODate(year, week, dayOfWeek = 1): the day of ISO week `week` of ISO year `year`. */
static rt_value_t dt_set_iso_date(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t y, w, dow = 1, ts;
    int us;
    date_zone_t z;
    if (!phpvm_arg_long(args, argc, 0, &y) || !phpvm_arg_long(args, argc, 1, &w) ||
        (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &dow)))
        return RT_NOVALUE;
    if (!moment(self, &ts, &us, &z))
        return uninitialized(), RT_NOVALUE;
    date_tm_t t;
    date_localtime(&z, ts, us, &t);
    int64_t jan4 = date_days_from_civil(y, 1, 4);
    int64_t monday = jan4 - (((jan4 % 7) + 10) % 7); /* 1970-01-05 was a Monday */
    int64_t day = monday + (w - 1) * 7 + (dow - 1);
    int64_t yy;
    int mm, dd;
    date_civil_from_days(day, &yy, &mm, &dd);
    rt_value_t o = target(self);
    set_moment(o, date_mktime(&z, yy, mm, dd, t.h, t.i, t.s), us, &z);
    return o;
}

static rt_value_t dt_modify(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *text = phpvm_arg_str(args, argc, 0);
    int64_t ts;
    int us;
    date_zone_t z;
    if (!text)
        return RT_NOVALUE;
    if (!moment(self, &ts, &us, &z))
        return uninitialized(), RT_NOVALUE;
    rt_value_t o = target(self);
    char buf[512];
    if (!parse_into(o, text, ts, us, z)) {
        phpvm_error(PHPVM_E_WARNING, "%s::modify(): %s", phpvm_obj(self)->cls->name->data,
                    parse_failure(text, buf, sizeof buf));
        return rt_false;
    }
    return o;
}

/* ---- Serialization: the date/timezone_type/timezone triple ---- */

/* The zone of a (timezone_type, timezone) pair. */
static bool zone_from(rt_value_t type, rt_value_t name, date_zone_t *z)
{
    type = phpvm_deref(type), name = phpvm_deref(name);
    return rt_is_int(type) && phpvm_int_of(type) >= 1 && phpvm_int_of(type) <= 3 &&
           phpvm_is_str(name) && date_zone_parse(phpvm_str(name)->data, z);
}

static rt_value_t field(phpvm_array_t *a, const char *key)
{
    rt_value_t v = a ? rt_map_get_str(a, rt_str_from_cstr(key)) : RT_NOVALUE;
    return v == RT_NOVALUE ? rt_none : v;
}

/* Sets a DateTime from the triple; Error "Invalid serialization data" when it is not one. */
static bool dt_restore(rt_value_t o, phpvm_array_t *a)
{
    date_zone_t z;
    rt_value_t date = phpvm_deref(field(a, "date"));
    if (!phpvm_is_str(date) || !zone_from(field(a, "timezone_type"), field(a, "timezone"), &z) ||
        !parse_into(o, phpvm_str(date), 0, 0, z)) {
        phpvm_throw("Error", "Invalid serialization data for %s object",
                    phpvm_obj(o)->cls->name->data);
        return false;
    }
    return true;
}

static bool tz_restore(rt_value_t o, phpvm_array_t *a)
{
    date_zone_t z;
    if (!zone_from(field(a, "timezone_type"), field(a, "timezone"), &z)) {
        phpvm_throw("Error", "Invalid serialization data for DateTimeZone object");
        return false;
    }
    zone_props(o, &z);
    return true;
}

/* __serialize: the shown properties; __unserialize/__wakeup/__set_state rebuild from them. */
static rt_value_t shown(rt_value_t self, const char *const *keys, int n)
{
    phpvm_array_t *a = phpvm_array_new(n);
    for (int k = 0; k < n; k++)
        phpvm_array_set(a, phpvm_cstr(keys[k]), phpvm_share(get(self, name(keys[k]))));
    return rt_from_ptr(a);
}

static const char *const triple[] = {"date", "timezone_type", "timezone"};

/* __serialize: every property (a subclass's too), the shown ones first. */
static rt_value_t any_serialize(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_from_ptr(phpvm_object_props(self, NULL, true));
}

/* __unserialize: the state from the triple, then the subclass's own properties. */
static rt_value_t unserialize_with(rt_value_t self, rt_value_t *args, int argc,
                                   bool (*restore)(rt_value_t, phpvm_array_t *))
{
    phpvm_array_t *a = phpvm_arg_array(args, argc, 0);
    if (!a || !restore(self, a))
        return RT_NOVALUE;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t k = phpvm_array_key_at(a, p);
        if (phpvm_is_str(k) && strcmp(phpvm_str(k)->data, "date") &&
            strcmp(phpvm_str(k)->data, "timezone_type") && strcmp(phpvm_str(k)->data, "timezone") &&
            !phpvm_prop_write(self, phpvm_str(k), phpvm_share(phpvm_array_val_at(a, p)),
                              phpvm_obj(self)->cls))
            return RT_NOVALUE;
    }
    return rt_none;
}

static rt_value_t dt_unserialize(rt_value_t self, rt_value_t *args, int argc)
{
    return unserialize_with(self, args, argc, dt_restore);
}

static rt_value_t tz_unserialize(rt_value_t self, rt_value_t *args, int argc)
{
    return unserialize_with(self, args, argc, tz_restore);
}

static rt_value_t dt_wakeup(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return dt_restore(self, phpvm_arr(shown(self, triple, 3))) ? rt_none : RT_NOVALUE;
}

static rt_value_t tz_wakeup(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return tz_restore(self, phpvm_arr(shown(self, triple + 1, 2))) ? rt_none : RT_NOVALUE;
}

/* The static __set_state(array) of class c. */
static rt_value_t set_state(phpvm_class_t *c, rt_value_t *args, int argc,
                            bool (*restore)(rt_value_t, phpvm_array_t *))
{
    phpvm_array_t *a = phpvm_arg_array(args, argc, 0);
    rt_value_t o = a ? phpvm_object_new(c) : RT_NOVALUE;
    return o != RT_NOVALUE && restore(o, a) ? o : RT_NOVALUE;
}

static rt_value_t dt_set_state(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return set_state(dt_class, args, argc, dt_restore);
}

static rt_value_t dti_set_state(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return set_state(dti_class, args, argc, dt_restore);
}

static rt_value_t tz_set_state(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return set_state(tz_class, args, argc, tz_restore);
}

/* ---- DateInterval ---- */

static const char *const iv_fields[] = {"y", "m", "d", "h", "i", "s"};

static int64_t iv_get(rt_value_t iv, int k)
{
    rt_value_t v = get(iv, name(iv_fields[k]));
    return rt_is_int(v) ? phpvm_int_of(v) : 0;
}

static rt_value_t interval_new(const int64_t f[6], bool invert, int64_t days)
{
    rt_value_t o = phpvm_object_new(iv_class);
    if (o == RT_NOVALUE)
        return o;
    for (int k = 0; k < 6; k++)
        put(o, iv_fields[k], phpvm_int(f[k]));
    put(o, "f", phpvm_float(0));
    put(o, "invert", phpvm_int(invert));
    put(o, "days", days >= 0 ? phpvm_int(days) : rt_false);
    put(o, "from_string", rt_false);
    return o;
}

/* add()/sub(): the interval's fields (negated when inverted or subtracting): years, months and
** days on the local calendar, then hours, minutes and seconds as elapsed time, as timelib does
** (across a DST change "PT26H" is 26 real hours). */
static rt_value_t add_interval(rt_value_t self, rt_value_t *args, int argc, int sign)
{
    (void)argc;
    rt_value_t iv = phpvm_deref(args[0]);
    int64_t ts;
    int us;
    date_zone_t z;
    if (!phpvm_is_object(iv) || !phpvm_instanceof(phpvm_obj(iv)->cls, iv_class))
        return phpvm_throw("TypeError", "%s(): Argument #1 ($interval) must be of type "
                           "DateInterval, %s given", phpvm_cur_builtin, phpvm_type_name(iv));
    if (!moment(self, &ts, &us, &z))
        return uninitialized(), RT_NOVALUE;
    rt_value_t inv = get(iv, name("invert"));
    if (rt_is_int(inv) && phpvm_int_of(inv))
        sign = -sign;
    date_tm_t t;
    date_localtime(&z, ts, us, &t);
    rt_value_t o = target(self);
    int64_t day = date_mktime(&z, t.y + sign * iv_get(iv, 0), t.mon + sign * iv_get(iv, 1),
                              t.d + sign * iv_get(iv, 2), t.h, t.i, t.s);
    int64_t secs = 3600 * iv_get(iv, 3) + 60 * iv_get(iv, 4) + iv_get(iv, 5);
    set_moment(o, day + sign * secs, us, &z);
    return o;
}

static rt_value_t dt_add(rt_value_t self, rt_value_t *args, int argc)
{
    return add_interval(self, args, argc, 1);
}

static rt_value_t dt_sub(rt_value_t self, rt_value_t *args, int argc)
{
    return add_interval(self, args, argc, -1);
}

static rt_value_t dt_diff(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t t1, t2;
    int u1, u2;
    date_zone_t z1, z2;
    if (!moment(self, &t1, &u1, &z1) || !moment(phpvm_deref(args[0]), &t2, &u2, &z2))
        return uninitialized(), RT_NOVALUE;
    bool invert = t2 < t1;
    if (invert) {
        int64_t t = t1;
        t1 = t2, t2 = t;
    }
    char n1[64], n2[64];
    date_zone_name(&z1, n1, sizeof n1);
    date_zone_name(&z2, n2, sizeof n2);
    date_zone_t z = z1;
    if (strcmp(n1, n2) != 0)
        date_zone_parse("UTC", &z);
    date_tm_t a, b;
    date_localtime(&z, t1, 0, &a);
    date_localtime(&z, t2, 0, &b);
    int64_t f[6] = {b.y - a.y, b.mon - a.mon, b.d - a.d, b.h - a.h, b.i - a.i, b.s - a.s};
    static const int64_t limit[] = {0, 12, 0, 24, 60, 60};
    /* Days borrow whole months: going back from the later date's month, or (inverted) forward
    ** from the earlier date's, as timelib does. */
    int64_t by = invert ? a.y : b.y, bm = invert ? a.mon - 1 : b.mon;
    for (int k = 5; k >= 1; k--) {
        while (f[k] < 0) {
            if (k == 2) {
                bm += invert ? 1 : -1;
                if (bm < 1)
                    bm = 12, by--;
                else if (bm > 12)
                    bm = 1, by++;
                f[2] += date_days_in_month(by, (int)bm);
            } else {
                f[k] += limit[k];
            }
            f[k - 1]--;
        }
    }
    int64_t days = (date_days_from_civil(b.y, b.mon, b.d) - date_days_from_civil(a.y, a.mon, a.d));
    if (b.h * 3600 + b.i * 60 + b.s < a.h * 3600 + a.i * 60 + a.s)
        days--;
    bool absolute = phpvm_arg_bool(args, argc, 1);
    return interval_new(f, invert && !absolute, days);
}

/* "P1Y2M3DT4H5M6S", "P2W": the fields; false when malformed. */
static bool iso_duration(const char *s, int64_t f[6])
{
    if (*s++ != 'P' || !*s)
        return false;
    bool time = false;
    while (*s) {
        if (*s == 'T') {
            time = true;
            s++;
            continue;
        }
        char *end;
        int64_t n = strtoll(s, &end, 10);
        if (end == s || *end == 0)
            return false;
        const char *units = time ? "HMS" : "YMDW";
        const char *u = strchr(units, *end);
        if (!u)
            return false;
        if (*u == 'W')
            f[2] += 7 * n;
        else
            f[(time ? 3 : 0) + (u - units)] = n;
        s = end + 1;
    }
    return true;
}

static rt_value_t iv_construct(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *spec = phpvm_arg_str(args, argc, 0);
    if (!spec)
        return RT_NOVALUE;
    int64_t f[6] = {0};
    if (!iso_duration(spec->data, f))
        return phpvm_throw("Exception", "Unknown or bad format (%s)",
                           spec->data);
    for (int k = 0; k < 6; k++)
        put(self, iv_fields[k], phpvm_int(f[k]));
    put(self, "f", phpvm_float(0));
    put(self, "invert", phpvm_int(0));
    put(self, "days", rt_false);
    put(self, "from_string", rt_false);
    return rt_none;
}

static rt_value_t iv_format(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *f = phpvm_arg_str(args, argc, 0);
    if (!f)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)f->len + 16);
    rt_value_t inv = get(self, name("invert")), days = get(self, name("days"));
    bool neg = rt_is_int(inv) && phpvm_int_of(inv);
    for (int64_t k = 0; k < f->len; k++) {
        if (f->data[k] != '%' || k + 1 == f->len) {
            rt_strbuf_append_char(&b, f->data[k]);
            continue;
        }
        char c = f->data[++k];
        const char *at = strchr("ymdhis", c | 0x20);
        if (at && *at) {
            int64_t v = iv_get(self, (int)(at - "ymdhis"));
            rt_strbuf_appendf(&b, c >= 'a' ? "%" PRId64 : "%02" PRId64, v);
        } else if (c == 'a') {
            if (rt_is_int(days))
                rt_strbuf_appendf(&b, "%" PRId64, phpvm_int_of(days));
            else
                rt_strbuf_append(&b, "(unknown)", 9);
        } else if (c == 'R') {
            rt_strbuf_append_char(&b, neg ? '-' : '+');
        } else if (c == 'r') {
            if (neg)
                rt_strbuf_append_char(&b, '-');
        } else if (c == 'f' || c == 'F') {
            rt_strbuf_append(&b, c == 'f' ? "0" : "000000", c == 'f' ? 1 : 6);
        } else if (c == '%') {
            rt_strbuf_append_char(&b, '%');
        } else {
            rt_strbuf_append_char(&b, '%');
            rt_strbuf_append_char(&b, c);
        }
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* ---- createFromFormat ---- */

/* The fields a createFromFormat() format reads (-1: not given). */
typedef struct cff {
    int64_t f[7]; /* y, m, d, h, i, s, us */
    int pm;       /* -1 none, 0 am, 1 pm */
    bool reset, have_ts, have_zone;
    int64_t ts;
    date_zone_t zone;
} cff_t;

static bool cff_num(const char **p, int max, int64_t *out)
{
    const char *s = *p;
    bool neg = max == 20 && *s == '-';
    if (neg)
        s++;
    int64_t v = 0;
    int n = 0;
    for (; n < max && s[n] >= '0' && s[n] <= '9'; n++)
        v = v * 10 + (s[n] - '0');
    if (!n)
        return false;
    *p = s + n;
    *out = neg ? -v : v;
    return true;
}

/* A month or weekday name at *p (full or three letters): its index in names, or -1. */
static int cff_name(const char **p, const char *const *names, int n)
{
    for (int k = 0; k < n; k++) {
        size_t l = strlen(names[k]);
        if (strncasecmp(*p, names[k], l) == 0) {
            *p += l;
            return k;
        }
    }
    for (int k = 0; k < n; k++) {
        if (strncasecmp(*p, names[k], 3) == 0) {
            *p += 3;
            return k;
        }
    }
    return -1;
}

static bool cff_letter(cff_t *c, char l, const char **p)
{
    int64_t v;
    switch (l) {
    case 'd': case 'j': return cff_num(p, 2, &c->f[2]);
    case 'm': case 'n': return cff_num(p, 2, &c->f[1]);
    case 'Y': return cff_num(p, 4, &c->f[0]);
    case 'y':
        if (!cff_num(p, 2, &v))
            return false;
        c->f[0] = v + (v < 70 ? 2000 : 1900);
        return true;
    case 'H': case 'G': case 'h': case 'g': return cff_num(p, 2, &c->f[3]);
    case 'i': return cff_num(p, 2, &c->f[4]);
    case 's': return cff_num(p, 2, &c->f[5]);
    case 'u': case 'v': {
        const char *s = *p;
        if (!cff_num(p, l == 'u' ? 6 : 3, &v))
            return false;
        for (int64_t n = *p - s; n < 6; n++)
            v *= 10;
        c->f[6] = v;
        return true;
    }
    case 'A': case 'a':
        if (strncasecmp(*p, "am", 2) && strncasecmp(*p, "pm", 2))
            return false;
        c->pm = (**p | 0x20) == 'p';
        *p += 2;
        return true;
    case 'M': case 'F': {
        int m = cff_name(p, date_months, 12);
        c->f[1] = m + 1;
        return m >= 0;
    }
    case 'D': case 'l': return cff_name(p, date_weekdays, 7) >= 0;
    case 'U':
        c->have_ts = true;
        return cff_num(p, 20, &c->ts);
    case 'e': case 'T': case 'P': case 'O': case 'p': {
        char buf[64];
        size_t n = strspn(*p, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/_+-:");
        if (n == 0 || n >= sizeof buf)
            return false;
        memcpy(buf, *p, n);
        buf[n] = 0;
        if (!date_zone_parse(buf, &c->zone))
            return false;
        c->have_zone = true;
        *p += n;
        return true;
    }
    case '!': case '|':
        for (int k = 0; k < 7; k++)
            if (l == '!' || c->f[k] < 0)
                c->f[k] = k == 0 ? 1970 : k <= 2 ? 1 : 0;
        c->reset = true;
        return true;
    case '?':
        if (!**p)
            return false;
        (*p)++;
        return true;
    case '*':
        *p += strcspn(*p, " ,;:/.-()");
        return true;
    default:
        if (**p != l)
            return false;
        (*p)++;
        return true;
    }
}

static rt_value_t create_from_format(phpvm_class_t *cls, rt_value_t *args, int argc)
{
    rt_str_t *fmt = phpvm_arg_str(args, argc, 0), *text = fmt ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!text)
        return RT_NOVALUE;
    cff_t c = {.f = {-1, -1, -1, -1, -1, -1, -1}, .pm = -1};
    c.zone = *date_zone_default();
    if (phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none &&
        !zone_of(phpvm_deref(args[2]), &c.zone))
        return rt_false;
    const char *p = text->data;
    bool plus = false;
    for (int64_t k = 0; k < fmt->len && !plus; k++) {
        char l = fmt->data[k];
        if (l == '+') {
            plus = true;
        } else if (l == '\\' && k + 1 < fmt->len) {
            if (*p != fmt->data[++k])
                return rt_false;
            p++;
        } else if (!cff_letter(&c, l, &p)) {
            return rt_false;
        }
    }
    if (!plus && p != text->data + text->len)
        return rt_false;
    int now_us;
    date_tm_t now;
    date_localtime(&c.zone, date_now(&now_us), now_us, &now);
    bool any_time = c.f[3] >= 0 || c.f[4] >= 0 || c.f[5] >= 0 || c.f[6] >= 0;
    int64_t cur[7] = {now.y, now.mon, now.d, now.h, now.i, now.s, now.us};
    for (int k = 0; k < 7; k++)
        if (c.f[k] < 0)
            c.f[k] = k >= 3 && any_time ? 0 : cur[k];
    if (c.pm >= 0)
        c.f[3] = c.f[3] % 12 + (c.pm ? 12 : 0);
    rt_value_t o = phpvm_object_new(cls);
    if (o == RT_NOVALUE)
        return o;
    if (c.have_ts) {
        if (!c.have_zone)
            date_zone_parse("+00:00", &c.zone);
        set_moment(o, c.ts, 0, &c.zone);
    } else {
        set_moment(o, date_mktime(&c.zone, c.f[0], c.f[1], c.f[2], c.f[3], c.f[4], c.f[5]),
                   (int)c.f[6], &c.zone);
    }
    return o;
}

static rt_value_t dt_create_from_format(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return create_from_format(dt_class, args, argc);
}

static rt_value_t dti_create_from_format(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return create_from_format(dti_class, args, argc);
}

/* ---- DatePeriod ---- */

static phpvm_class_t *period_class;

enum { EXCLUDE_START_DATE = 1, INCLUDE_END_DATE = 2 };

static bool is_datetime(rt_value_t v)
{
    return phpvm_is_object(v) && (phpvm_instanceof(phpvm_obj(v)->cls, dt_class) ||
                                  phpvm_instanceof(phpvm_obj(v)->cls, dti_class));
}

/* new DatePeriod(start, interval, end|recurrences, options) */
static rt_value_t dp_construct(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t start = phpvm_deref(args[0]);
    rt_value_t iv = argc > 1 ? phpvm_deref(args[1]) : RT_NOVALUE;
    rt_value_t third = argc > 2 ? phpvm_deref(args[2]) : RT_NOVALUE;
    int64_t options = 0;
    if (!is_datetime(start) || iv == RT_NOVALUE || !phpvm_is_object(iv) ||
        !phpvm_instanceof(phpvm_obj(iv)->cls, iv_class) || third == RT_NOVALUE ||
        !(is_datetime(third) || rt_is_int(third)))
        return phpvm_throw("TypeError", "DatePeriod::__construct() accepts (DateTimeInterface, "
                           "DateInterval, int [, int]), or (DateTimeInterface, DateInterval, "
                           "DateTime [, int]), or (string [, int]) as arguments");
    if (phpvm_arg_given(argc, args, 3) && !phpvm_arg_long(args, argc, 3, &options))
        return RT_NOVALUE;
    if (rt_is_int(third) && phpvm_int_of(third) < 1)
        return phpvm_throw("Exception", "DatePeriod::__construct(): Recurrence count must be "
                           "greater than 0");
    put(self, "start", phpvm_object_clone(start, NULL));
    put(self, "current", rt_none);
    put(self, "end", is_datetime(third) ? phpvm_object_clone(third, NULL) : rt_none);
    put(self, "interval", phpvm_object_clone(iv, NULL));
    put(self, "recurrences", rt_is_int(third) ? phpvm_int(phpvm_int_of(third) + 1) : rt_small(1));
    put(self, "include_start_date", rt_bool(!(options & EXCLUDE_START_DATE)));
    put(self, "include_end_date", rt_bool(options & INCLUDE_END_DATE));
    return rt_none;
}

/* The dates of the period, each a new object of the start's class. */
static rt_value_t dp_get_iterator(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t start = get(self, name("start")), end = get(self, name("end"));
    rt_value_t iv = get(self, name("interval"));
    bool incl_start = get(self, name("include_start_date")) == rt_true;
    bool incl_end = get(self, name("include_end_date")) == rt_true;
    int64_t recur = phpvm_int_of(get(self, name("recurrences"))) - 1, ets = 0, ts;
    int eus = 0, us;
    date_zone_t z, ez;
    if (!moment(start, &ts, &us, &z) || (is_datetime(end) && !moment(end, &ets, &eus, &ez)))
        return uninitialized(), RT_NOVALUE;
    phpvm_array_t *out = phpvm_array_new(0);
    rt_value_t cur = phpvm_object_clone(start, NULL);
    for (int64_t k = 0; cur != RT_NOVALUE; k++) {
        if (!moment(cur, &ts, &us, &z))
            break;
        if (is_datetime(end) ? (incl_end ? ts > ets : ts >= ets) : k > recur)
            break;
        if (k > 0 || incl_start)
            phpvm_array_append(out, cur);
        cur = phpvm_object_clone(cur, NULL); /* the next date, a new object either way */
        if (cur != RT_NOVALUE)
            cur = add_interval(cur, &iv, 1, 1);
    }
    if (rt_exc_pending())
        return RT_NOVALUE;
    put(self, "current", cur); /* where a finished iteration leaves it: the first date past */
    phpvm_class_t *ai = phpvm_class_find_c("ArrayIterator");
    rt_value_t it = phpvm_object_new(ai), callee, ctx, arr = rt_from_ptr(out);
    if (it == RT_NOVALUE || !phpvm_method(it, rt_str_from_cstr("__construct"), ai, &callee, &ctx) ||
        phpvm_call_func(callee, ctx, &arr, 1) == RT_NOVALUE)
        return RT_NOVALUE;
    return it;
}

#define DP_GETTER(fn, prop)                                                                        \
    static rt_value_t fn(rt_value_t self, rt_value_t *args, int argc)                             \
    {                                                                                              \
        (void)args, (void)argc;                                                                    \
        rt_value_t v = get(self, name(prop));                                                      \
        return phpvm_is_object(v) ? phpvm_object_clone(v, NULL) : v;                               \
    }
DP_GETTER(dp_get_start, "start")
DP_GETTER(dp_get_end, "end")
DP_GETTER(dp_get_interval, "interval")

static rt_value_t dp_get_recurrences(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return is_datetime(get(self, name("end"))) ? rt_none
                                               : phpvm_int(phpvm_int_of(get(self, name("recurrences"))) - 1);
}

static const phpvm_builtin_t dp_methods[] = {
    {"__construct", dp_construct, 1, 4, "start,interval,end,options", 0},
    {"getIterator", dp_get_iterator, 0, 0, "", 0},
    {"getStartDate", dp_get_start, 0, 0, "", 0},
    {"getEndDate", dp_get_end, 0, 0, "", 0},
    {"getDateInterval", dp_get_interval, 0, 0, "", 0},
    {"getRecurrences", dp_get_recurrences, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* ---- The procedural forms (date_format($d, ...) is $d->format(...)) ---- */

static rt_value_t dt_new(phpvm_class_t *c, rt_value_t *args, int argc)
{
    rt_value_t o = phpvm_object_new(c);
    if (o == RT_NOVALUE || dt_construct(o, args, argc) != RT_NOVALUE)
        return o;
    rt_exc_clear(); /* date_create() is false where new DateTime throws */
    return rt_false;
}

static rt_value_t fn_date_create(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return dt_new(dt_class, args, argc);
}

static rt_value_t fn_date_create_immutable(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return dt_new(dti_class, args, argc);
}

static rt_value_t fn_timezone_open(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *n = phpvm_arg_str(args, argc, 0);
    date_zone_t z;
    if (!n)
        return RT_NOVALUE;
    if (!date_zone_parse(n->data, &z)) {
        phpvm_error(PHPVM_E_WARNING, "timezone_open(): Unknown or bad timezone (%s)", n->data);
        return rt_false;
    }
    return zone_new(&z);
}

/* Each procedural function: the method it stands for and the class of its first argument. */
static const struct {
    const char *name;
    phpvm_cfunc_t method;
    phpvm_class_t **cls;
    const char *type;
} procs[] = {
    {"date_format", dt_format, NULL, "DateTimeInterface"},
    {"date_modify", dt_modify, &dt_class, "DateTime"},
    {"date_add", dt_add, &dt_class, "DateTime"},
    {"date_sub", dt_sub, &dt_class, "DateTime"},
    {"date_diff", dt_diff, NULL, "DateTimeInterface"},
    {"date_timestamp_get", dt_get_timestamp, NULL, "DateTimeInterface"},
    {"date_timestamp_set", dt_set_timestamp, &dt_class, "DateTime"},
    {"date_timezone_get", dt_get_timezone, NULL, "DateTimeInterface"},
    {"date_timezone_set", dt_set_timezone, &dt_class, "DateTime"},
    {"date_offset_get", dt_get_offset, NULL, "DateTimeInterface"},
    {"date_date_set", dt_set_date, &dt_class, "DateTime"},
    {"date_time_set", dt_set_time, &dt_class, "DateTime"},
    {"timezone_name_get", tz_get_name, &tz_class, "DateTimeZone"},
    {"timezone_offset_get", tz_get_offset, &tz_class, "DateTimeZone"},
    {"date_interval_format", iv_format, &iv_class, "DateInterval"},
};

static rt_value_t fn_procedural(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    size_t k = 0;
    while (strcmp(procs[k].name, phpvm_cur_builtin) != 0)
        k++;
    rt_value_t o = phpvm_deref(args[0]);
    phpvm_class_t *want = procs[k].cls ? *procs[k].cls : NULL;
    bool ok = phpvm_is_object(o) &&
              (want ? phpvm_instanceof(phpvm_obj(o)->cls, want)
                    : phpvm_instanceof(phpvm_obj(o)->cls, dt_class) ||
                          phpvm_instanceof(phpvm_obj(o)->cls, dti_class));
    if (!ok)
        return phpvm_throw("TypeError", "%s(): Argument #1 ($object) must be of type %s, %s given",
                           procs[k].name, procs[k].type, phpvm_type_name(o));
    return procs[k].method(o, args + 1, argc - 1);
}

static rt_value_t fn_date_create_from_format(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return create_from_format(dt_class, args, argc);
}

static const phpvm_builtin_t functions[] = {
    {"date_create", fn_date_create, 0, 2, "datetime,timezone", 0},
    {"date_create_immutable", fn_date_create_immutable, 0, 2, "datetime,timezone", 0},
    {"date_create_from_format", fn_date_create_from_format, 2, 3, "format,datetime,timezone", 0},
    {"timezone_open", fn_timezone_open, 1, 1, "timezone", 0},
    {"date_format", fn_procedural, 2, 2, "object,format", 0},
    {"date_modify", fn_procedural, 2, 2, "object,modifier", 0},
    {"date_add", fn_procedural, 2, 2, "object,interval", 0},
    {"date_sub", fn_procedural, 2, 2, "object,interval", 0},
    {"date_diff", fn_procedural, 2, 3, "baseObject,targetObject,absolute", 0},
    {"date_timestamp_get", fn_procedural, 1, 1, "object", 0},
    {"date_timestamp_set", fn_procedural, 2, 2, "object,timestamp", 0},
    {"date_timezone_get", fn_procedural, 1, 1, "object", 0},
    {"date_timezone_set", fn_procedural, 2, 2, "object,timezone", 0},
    {"date_offset_get", fn_procedural, 1, 1, "object", 0},
    {"date_date_set", fn_procedural, 4, 4, "object,year,month,day", 0},
    {"date_time_set", fn_procedural, 3, 5, "object,hour,minute,second,microsecond", 0},
    {"timezone_name_get", fn_procedural, 1, 1, "object", 0},
    {"timezone_offset_get", fn_procedural, 2, 2, "object,datetime", 0},
    {"date_interval_format", fn_procedural, 2, 2, "object,format", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* ---- Declarations ---- */

static const phpvm_builtin_t dt_methods[] = {
    {"__construct", dt_construct, 0, 2, "datetime,timezone", 0},
    {"format", dt_format, 1, 1, "format", 0},
    {"getTimestamp", dt_get_timestamp, 0, 0, "", 0},
    {"setTimestamp", dt_set_timestamp, 1, 1, "timestamp", 0},
    {"getTimezone", dt_get_timezone, 0, 0, "", 0},
    {"setTimezone", dt_set_timezone, 1, 1, "timezone", 0},
    {"getOffset", dt_get_offset, 0, 0, "", 0},
    {"setDate", dt_set_date, 3, 3, "year,month,day", 0},
    {"setTime", dt_set_time, 2, 4, "hour,minute,second,microsecond", 0},
    {"setISODate", dt_set_iso_date, 2, 3, "year,week,dayOfWeek", 0},
    {"__serialize", any_serialize, 0, 0, "", 0},
    {"__unserialize", dt_unserialize, 1, 1, "data", 0},
    {"__wakeup", dt_wakeup, 0, 0, "", 0},
    {"modify", dt_modify, 1, 1, "modifier", 0},
    {"add", dt_add, 1, 1, "interval", 0},
    {"sub", dt_sub, 1, 1, "interval", 0},
    {"diff", dt_diff, 1, 2, "targetObject,absolute", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t dt_static[] = {
    {"createFromFormat", dt_create_from_format, 2, 3, "format,datetime,timezone", 0},
    {"__set_state", dt_set_state, 1, 1, "array", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t dti_static[] = {
    {"createFromFormat", dti_create_from_format, 2, 3, "format,datetime,timezone", 0},
    {"__set_state", dti_set_state, 1, 1, "array", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t tz_methods[] = {
    {"__construct", tz_construct, 1, 1, "timezone", 0},
    {"getName", tz_get_name, 0, 0, "", 0},
    {"getOffset", tz_get_offset, 1, 1, "datetime", 0},
    {"__serialize", any_serialize, 0, 0, "", 0},
    {"__unserialize", tz_unserialize, 1, 1, "data", 0},
    {"__wakeup", tz_wakeup, 0, 0, "", 0},
    {"__set_state", tz_set_state, 1, 1, "array", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t iv_methods[] = {
    {"__construct", iv_construct, 1, 1, "duration", 0},
    {"format", iv_format, 1, 1, "format", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const struct {
    const char *name, *value;
} formats[] = {
    {"ATOM", "Y-m-d\\TH:i:sP"},    {"COOKIE", "l, d-M-Y H:i:s T"},
    {"ISO8601", "Y-m-d\\TH:i:sO"}, {"RFC822", "D, d M y H:i:s O"},
    {"RFC850", "l, d-M-y H:i:s T"}, {"RFC1036", "D, d M y H:i:s O"},
    {"RFC1123", "D, d M Y H:i:s O"}, {"RFC7231", "D, d M Y H:i:s \\G\\M\\T"},
    {"RFC2822", "D, d M Y H:i:s O"}, {"RFC3339", "Y-m-d\\TH:i:sP"},
    {"RFC3339_EXTENDED", "Y-m-d\\TH:i:s.vP"}, {"RSS", "D, d M Y H:i:s O"},
    {"W3C", "Y-m-d\\TH:i:sP"},
};

/* The properties var_dump shows ("date", "timezone_type", "timezone", or the latter two), then
** the hidden state. */
static void add_props(phpvm_class_t *c, const char *const *shown, int nshown)
{
    for (int k = 0; k < nshown; k++)
        phpvm_class_add_prop(c, name(shown[k]), PHPVM_F_PUBLIC, rt_none);
    const char *hid[] = {"\0ts", "\0us", "\0zone"};
    for (int k = nshown == 3 ? 0 : 2; k < 3; k++)
        phpvm_class_add_prop(c, hidden(hid[k]), PHPVM_F_PUBLIC, rt_none);
}

static const char *const shown_props[] = {"date", "timezone_type", "timezone"};

static phpvm_class_t *datetime_class(const char *cname, const phpvm_builtin_t *statics)
{
    phpvm_class_t *c = phpvm_class_builtin(cname, NULL, "DateTimeInterface", 0);
    phpvm_class_add_methods(c, dt_methods);
    phpvm_class_add_methods(c, statics);
    add_props(c, shown_props, 3);
    phpvm_class_method(c, rt_str_from_cstr("createfromformat"))->flags |= PHPVM_F_STATIC;
    phpvm_class_method(c, rt_str_from_cstr("__set_state"))->flags |= PHPVM_F_STATIC;
    phpvm_class_declare(c);
    return c;
}

void date_classes_init(void)
{
    /* roots before the first allocation: a class being declared lives only in these globals */
    gc_root_add(&dt_class, 1);
    gc_root_add(&dti_class, 1);
    gc_root_add(&tz_class, 1);
    gc_root_add(&iv_class, 1);
    gc_root_add(&period_class, 1);
    phpvm_class_t *i = phpvm_class_builtin("DateTimeInterface", NULL, NULL, PHPVM_C_INTERFACE);
    for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++) {
        char global[32];
        snprintf(global, sizeof global, "DATE_%s", formats[k].name);
        rt_map_set_str(i->consts, rt_str_from_cstr(formats[k].name), phpvm_cstr(formats[k].value));
        rt_map_set_str(phpvm_vm->constants, rt_str_from_cstr(global), phpvm_cstr(formats[k].value));
    }
    rt_version_bump(&phpvm_vm->constants_version);
    phpvm_class_declare(i);
    dt_class = datetime_class("DateTime", dt_static);
    dti_class = datetime_class("DateTimeImmutable", dti_static);
    tz_class = phpvm_class_builtin("DateTimeZone", NULL, NULL, 0);
    phpvm_class_add_methods(tz_class, tz_methods);
    add_props(tz_class, shown_props + 1, 2);
    static const struct {
        const char *name;
        int value;
    } groups[] = {{"AFRICA", 1},    {"AMERICA", 2},   {"ANTARCTICA", 4}, {"ARCTIC", 8},
                  {"ASIA", 16},     {"ATLANTIC", 32}, {"AUSTRALIA", 64}, {"EUROPE", 128},
                  {"INDIAN", 256},  {"PACIFIC", 512}, {"UTC", 1024},     {"ALL", 2047},
                  {"ALL_WITH_BC", 4095}, {"PER_COUNTRY", 4096}};
    for (size_t k = 0; k < sizeof groups / sizeof groups[0]; k++)
        rt_map_set_str(tz_class->consts, rt_str_from_cstr(groups[k].name),
                       rt_small(groups[k].value));
    phpvm_class_method(tz_class, rt_str_from_cstr("__set_state"))->flags |= PHPVM_F_STATIC;
    phpvm_class_declare(tz_class);
    period_class = phpvm_class_builtin("DatePeriod", NULL, "IteratorAggregate", 0);
    phpvm_class_add_methods(period_class, dp_methods);
    static const char *const dp_props[] = {"start", "current", "end", "interval", "recurrences",
                                           "include_start_date", "include_end_date"};
    for (size_t k = 0; k < sizeof dp_props / sizeof dp_props[0]; k++)
        phpvm_class_add_prop(period_class, name(dp_props[k]), PHPVM_F_PUBLIC, rt_none);
    rt_map_set_str(period_class->consts, rt_str_from_cstr("EXCLUDE_START_DATE"),
                   rt_small(EXCLUDE_START_DATE));
    rt_map_set_str(period_class->consts, rt_str_from_cstr("INCLUDE_END_DATE"),
                   rt_small(INCLUDE_END_DATE));
    phpvm_class_declare(period_class);
    iv_class = phpvm_class_builtin("DateInterval", NULL, NULL, PHPVM_C_DYNAMIC);
    phpvm_class_add_methods(iv_class, iv_methods);
    phpvm_class_declare(iv_class);
    phpvm_register_builtins(functions);
}

/*
** filter.c: ext/filter: filter_var and filter_var_array with the validating filters (int,
** boolean, float, regexp, domain, url, email, ip, mac), the sanitizing ones (special chars,
** email, url, numbers, add_slashes, unsafe_raw, encoded), FILTER_CALLBACK, the flags and the
** options array (default, min_range/max_range, decimal, regexp); filter_list/filter_id; the
** input functions see no request variables under the CLI, as php-cli's do.
*/
#define _GNU_SOURCE /* memrchr */
#include <arpa/inet.h>
#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phpvm/interp.h"

#define UNUSED (void)self

enum {
    F_INT = 257, F_BOOL = 258, F_FLOAT = 259, F_REGEXP = 272, F_URL = 273, F_EMAIL = 274,
    F_IP = 275, F_MAC = 276, F_DOMAIN = 277, F_STRING = 513, F_ENCODED = 514, F_SPECIAL = 515,
    F_RAW = 516, F_S_EMAIL = 517, F_S_URL = 518, F_NUM_INT = 519, F_NUM_FLOAT = 520,
    F_FULL_SPECIAL = 522, F_ADD_SLASHES = 523, F_CALLBACK = 1024,
    FL_OCTAL = 1, FL_HEX = 2, FL_STRIP_LOW = 4, FL_STRIP_HIGH = 8, FL_ENCODE_LOW = 16,
    FL_ENCODE_HIGH = 32, FL_ENCODE_AMP = 64, FL_NO_ENCODE_QUOTES = 128, FL_EMPTY_NULL = 256,
    FL_STRIP_BACKTICK = 512, FL_FRACTION = 4096, FL_THOUSAND = 8192, FL_SCIENTIFIC = 16384,
    FL_PATH = 262144, FL_QUERY = 524288, FL_IPV4 = 1048576, FL_IPV6 = 2097152,
    FL_NO_RES = 4194304, FL_NO_PRIV = 8388608, FL_REQUIRE_ARRAY = 16777216,
    FL_REQUIRE_SCALAR = 33554432, FL_FORCE_ARRAY = 67108864, FL_NULL_ON_FAILURE = 134217728,
    FL_GLOBAL = 268435456, FL_HOSTNAME = 1048576,
};

static const struct {
    const char *name;
    int id;
} filters[] = {
    {"int", F_INT}, {"boolean", F_BOOL}, {"float", F_FLOAT}, {"validate_regexp", F_REGEXP},
    {"validate_domain", F_DOMAIN}, {"validate_url", F_URL}, {"validate_email", F_EMAIL},
    {"validate_ip", F_IP}, {"validate_mac", F_MAC}, {"string", F_STRING},
    {"stripped", F_STRING}, {"encoded", F_ENCODED}, {"special_chars", F_SPECIAL},
    {"full_special_chars", F_FULL_SPECIAL}, {"unsafe_raw", F_RAW}, {"email", F_S_EMAIL},
    {"url", F_S_URL}, {"number_int", F_NUM_INT}, {"number_float", F_NUM_FLOAT},
    {"add_slashes", F_ADD_SLASHES}, {"callback", F_CALLBACK},
};
enum { NFILTERS = sizeof filters / sizeof filters[0] };

/* What a filter reads from its options: the flags, the "options" array. */
typedef struct fopts {
    int64_t flags;
    phpvm_array_t *opts;
} fopts_t;

static rt_value_t opt(const fopts_t *o, const char *name)
{
    if (!o->opts)
        return RT_NOVALUE;
    rt_value_t v = phpvm_array_get(o->opts, phpvm_cstr(name));
    return v ? phpvm_deref(v) : RT_NOVALUE;
}

static rt_value_t str_of(const char *s, size_t n) { return phpvm_str_value(s, n); }

/* ---- validators: the value, or RT_NOVALUE for a failure (nothing pending) ---- */

static void trim(const char **s, const char **e)
{
    while (*s < *e && strchr(" \t\n\r\v", **s) && **s)
        (*s)++;
    while (*e > *s && strchr(" \t\n\r\v", (*e)[-1]) && (*e)[-1])
        (*e)--;
}

static rt_value_t v_int(const rt_str_t *in, const fopts_t *o)
{
    const char *s = in->data, *e = s + in->len;
    trim(&s, &e);
    if (s == e)
        return RT_NOVALUE;
    bool neg = false;
    if (*s == '-' || *s == '+') {
        neg = *s == '-';
        s++;
    }
    int base = 10;
    if ((o->flags & FL_HEX) && e - s > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        base = 16, s += 2;
    else if ((o->flags & FL_OCTAL) && e - s > 1 && s[0] == '0')
        base = 8, s += (s[1] == 'o' || s[1] == 'O') ? 2 : 1;
    if (s == e || (base == 10 && *s == '0' && e - s > 1))
        return RT_NOVALUE;
    uint64_t v = 0;
    for (; s < e; s++) {
        int d = isdigit((unsigned char)*s) ? *s - '0'
                : isxdigit((unsigned char)*s) && base == 16 ? tolower(*s) - 'a' + 10 : 99;
        if (d >= base)
            return RT_NOVALUE;
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
            return RT_NOVALUE;
        v = v * (uint64_t)base + (uint64_t)d;
    }
    if (v > (uint64_t)INT64_MAX + (neg ? 1 : 0))
        return RT_NOVALUE;
    int64_t r = neg ? (int64_t)(0 - v) : (int64_t)v;
    rt_value_t lo = opt(o, "min_range"), hi = opt(o, "max_range");
    if ((lo && r < phpvm_to_int(lo)) || (hi && r > phpvm_to_int(hi)))
        return RT_NOVALUE;
    return phpvm_int(r);
}

static rt_value_t v_bool(const rt_str_t *in)
{
    const char *s = in->data, *e = s + in->len;
    trim(&s, &e);
    static const char *const yes[] = {"1", "true", "on", "yes"}, *const no[] = {"0", "false",
                                                                                 "off", "no", ""};
    size_t n = (size_t)(e - s);
    for (int k = 0; k < 4; k++)
        if (strlen(yes[k]) == n && strncasecmp(s, yes[k], n) == 0)
            return rt_true;
    for (int k = 0; k < 5; k++)
        if (strlen(no[k]) == n && strncasecmp(s, no[k], n) == 0)
            return rt_false;
    return RT_NOVALUE;
}

static rt_value_t v_float(const rt_str_t *in, const fopts_t *o)
{
    const char *s = in->data, *e = s + in->len;
    trim(&s, &e);
    char dec = '.', buf[512];
    rt_value_t d = opt(o, "decimal");
    if (d) {
        rt_str_t *ds = phpvm_to_str(d);
        if (!ds || ds->len != 1) {
            phpvm_throw("ValueError", "filter_var(): \"decimal\" option must be one character "
                                      "long");
            return RT_NOVALUE;
        }
        dec = ds->data[0];
    }
    size_t n = 0;
    bool digits = false;
    for (const char *p = s; p < e; p++) {
        char c = *p;
        if (n >= sizeof buf - 1)
            return RT_NOVALUE;
        if (isdigit((unsigned char)c)) {
            digits = true;
            buf[n++] = c;
        } else if (c == dec) {
            buf[n++] = '.';
        } else if ((o->flags & FL_THOUSAND) && (c == ',' || c == '\'' || c == '.') && digits &&
                   p + 3 < e + 1 && c != dec) {
            continue;
        } else if (strchr("+-eE", c) && c) {
            buf[n++] = c;
        } else {
            return RT_NOVALUE;
        }
    }
    buf[n] = 0;
    if (!digits)
        return RT_NOVALUE;
    char *end;
    double v = strtod(buf, &end);
    if (*end || !isfinite(v))
        return RT_NOVALUE;
    rt_value_t lo = opt(o, "min_range"), hi = opt(o, "max_range");
    if ((lo && v < phpvm_to_float(lo)) || (hi && v > phpvm_to_float(hi)))
        return RT_NOVALUE;
    return phpvm_float(v);
}

/* A host name: labels of letters, digits and inner hyphens (any bytes but dots without
** FILTER_FLAG_HOSTNAME), at most 253 bytes. */
static bool valid_domain(const char *s, size_t n, bool hostname)
{
    if (n && s[n - 1] == '.')
        n--;
    if (n == 0 || n > 253)
        return false;
    size_t label = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '.') {
            if (label == 0 || label > 63)
                return false;
            if (hostname && (s[i - 1] == '-' || s[i - label] == '-'))
                return false;
            label = 0;
            continue;
        }
        if (hostname && !isalnum((unsigned char)s[i]) && s[i] != '-')
            return false;
        label++;
    }
    return true;
}

static bool ipv4(const char *s, size_t n, unsigned char out[4])
{
    int k = 0;
    size_t i = 0;
    while (k < 4) {
        if (i >= n || !isdigit((unsigned char)s[i]))
            return false;
        int v = 0, nd = 0;
        size_t st = i;
        while (i < n && isdigit((unsigned char)s[i]) && nd < 4)
            v = v * 10 + (s[i++] - '0'), nd++;
        if (v > 255 || (s[st] == '0' && i - st > 1))
            return false;
        out[k++] = (unsigned char)v;
        if (k < 4) {
            if (i >= n || s[i] != '.')
                return false;
            i++;
        }
    }
    return i == n;
}

static rt_value_t v_ip(const rt_str_t *in, const fopts_t *o)
{
    unsigned char a[16];
    bool want4 = o->flags & FL_IPV4, want6 = o->flags & FL_IPV6;
    if (!want4 && !want6)
        want4 = want6 = true;
    bool priv = false, res = false;
    if (memchr(in->data, ':', (size_t)in->len)) {
        char buf[64];
        if (!want6 || in->len >= (int64_t)sizeof buf)
            return RT_NOVALUE;
        memcpy(buf, in->data, (size_t)in->len);
        buf[in->len] = 0;
        if (inet_pton(AF_INET6, buf, a) != 1)
            return RT_NOVALUE;
        priv = (a[0] & 0xfe) == 0xfc;
        static const unsigned char zero[16];
        res = memcmp(a, zero, 15) == 0 || (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) ||
              (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == 0xb8) || a[0] == 0xff;
    } else {
        if (!want4 || !ipv4(in->data, (size_t)in->len, a))
            return RT_NOVALUE;
        priv = a[0] == 10 || (a[0] == 172 && (a[1] & 0xf0) == 16) ||
               (a[0] == 192 && a[1] == 168);
        res = a[0] == 0 || a[0] == 127 || (a[0] == 169 && a[1] == 254) || a[0] >= 240;
    }
    if (((o->flags & (FL_NO_PRIV | FL_GLOBAL)) && priv) ||
        ((o->flags & (FL_NO_RES | FL_GLOBAL)) && res))
        return RT_NOVALUE;
    return str_of(in->data, (size_t)in->len);
}

static rt_value_t v_email(const rt_str_t *in)
{
    const char *s = in->data, *at = memrchr(s, '@', (size_t)in->len);
    if (!at || at == s || in->len > 320)
        return RT_NOVALUE;
    size_t ll = (size_t)(at - s), dl = (size_t)(in->len - (int64_t)ll - 1);
    const char *d = at + 1;
    if (ll > 64)
        return RT_NOVALUE;
    if (!(ll >= 2 && s[0] == '"' && s[ll - 1] == '"')) {
        if (s[0] == '.' || s[ll - 1] == '.')
            return RT_NOVALUE;
        for (size_t i = 0; i < ll; i++) {
            unsigned char c = (unsigned char)s[i];
            if (!(isalnum(c) || strchr("!#$%&'*+/=?^_`{|}~.-", c)) || (c == '.' && s[i + 1] == '.'))
                return RT_NOVALUE;
        }
    }
    if (dl >= 2 && d[0] == '[' && d[dl - 1] == ']') {
        unsigned char a[4];
        return ipv4(d + 1, dl - 2, a) ? str_of(s, (size_t)in->len) : RT_NOVALUE;
    }
    if (!memchr(d, '.', dl) || !valid_domain(d, dl, true))
        return RT_NOVALUE;
    return str_of(s, (size_t)in->len);
}

static const char url_chars[] = "$-_.+!*'(),{}|\\^~[]`<>#%\";/?:@&=";

static rt_value_t v_url(const rt_str_t *in, const fopts_t *o)
{
    for (int64_t i = 0; i < in->len; i++) {
        unsigned char c = (unsigned char)in->data[i];
        if (!isalnum(c) && !(c && strchr(url_chars, c)))
            return RT_NOVALUE;
    }
    phpvm_array_t *u = phpvm_parse_url(in);
    if (!u)
        return RT_NOVALUE;
    rt_value_t scheme = phpvm_array_get(u, phpvm_cstr("scheme")),
               host = phpvm_array_get(u, phpvm_cstr("host"));
    if (!scheme)
        return RT_NOVALUE;
    rt_str_t *sc = phpvm_str(phpvm_deref(scheme));
    bool web = strcasecmp(sc->data, "http") == 0 || strcasecmp(sc->data, "https") == 0;
    if (web && !host)
        return RT_NOVALUE;
    if (host) {
        rt_str_t *h = phpvm_str(phpvm_deref(host));
        bool v6 = h->len > 2 && h->data[0] == '[';
        if (!v6 && !valid_domain(h->data, (size_t)h->len, true))
            return RT_NOVALUE;
    } else if (strcasecmp(sc->data, "mailto") && strcasecmp(sc->data, "news") &&
               strcasecmp(sc->data, "file")) {
        return RT_NOVALUE;
    }
    if (((o->flags & FL_PATH) && !phpvm_array_get(u, phpvm_cstr("path"))) ||
        ((o->flags & FL_QUERY) && !phpvm_array_get(u, phpvm_cstr("query"))))
        return RT_NOVALUE;
    return str_of(in->data, (size_t)in->len);
}

static rt_value_t v_mac(const rt_str_t *in)
{
    /* six groups of two hex digits split by ':' or '-', or three of four split by '.' */
    int64_t n = in->len;
    const char *s = in->data;
    if (n == 14) {
        for (int i = 0; i < 14; i++)
            if ((i % 5 == 4) ? s[i] != '.' : !isxdigit((unsigned char)s[i]))
                return RT_NOVALUE;
        return str_of(s, 14);
    }
    if (n != 17)
        return RT_NOVALUE;
    char sep = s[2];
    if (sep != ':' && sep != '-')
        return RT_NOVALUE;
    for (int i = 0; i < 17; i++)
        if ((i % 3 == 2) ? s[i] != sep : !isxdigit((unsigned char)s[i]))
            return RT_NOVALUE;
    return str_of(s, 17);
}

static rt_value_t v_regexp(const rt_str_t *in, const fopts_t *o)
{
    rt_value_t re = opt(o, "regexp");
    if (!re) {
        phpvm_throw("ValueError", "filter_var(): \"regexp\" option missing");
        return RT_NOVALUE;
    }
    rt_value_t argv[2] = {re, rt_from_ptr((rt_str_t *)in)};
    rt_value_t r = phpvm_call_value(phpvm_cstr("preg_match"), argv, 2);
    if (r == RT_NOVALUE)
        return RT_NOVALUE;
    return r == rt_small(1) ? str_of(in->data, (size_t)in->len) : RT_NOVALUE;
}

/* ---- sanitizers ---- */

static rt_value_t s_keep(const rt_str_t *in, const char *allowed, bool alnum)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)in->len);
    for (int64_t i = 0; i < in->len; i++) {
        unsigned char c = (unsigned char)in->data[i];
        if ((alnum && isalnum(c)) || (!alnum && isdigit(c)) || (c && strchr(allowed, c)))
            rt_strbuf_append_char(&b, (char)c);
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* unsafe_raw, encoded and special_chars: strip or encode low/high bytes, then the filter's own
** characters as &#NN; (special_chars) or %XX (encoded). */
static rt_value_t s_encode(const rt_str_t *in, int64_t flags, int filter)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)in->len);
    for (int64_t i = 0; i < in->len; i++) {
        unsigned char c = (unsigned char)in->data[i];
        if (((flags & FL_STRIP_LOW) && c < 32) || ((flags & FL_STRIP_HIGH) && c > 127) ||
            ((flags & FL_STRIP_BACKTICK) && c == '`'))
            continue;
        bool enc = ((flags & FL_ENCODE_LOW) && c < 32) || ((flags & FL_ENCODE_HIGH) && c > 127);
        if (filter == F_SPECIAL && (strchr("'\"<>&", c) || c < 32) && c)
            enc = true;
        if (filter == F_RAW && (flags & FL_ENCODE_AMP) && c == '&')
            enc = true;
        if (filter == F_ENCODED && !(isalnum(c) || strchr("-._", c)) && c)
            enc = true;
        if (filter == F_ENCODED && c == 0)
            enc = true;
        if (!enc)
            rt_strbuf_append_char(&b, (char)c);
        else if (filter == F_ENCODED)
            rt_strbuf_appendf(&b, "%%%02X", c);
        else
            rt_strbuf_appendf(&b, "&#%d;", c);
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t s_full_special(const rt_str_t *in, int64_t flags)
{
    /* htmlentities without ENT_SUBSTITUTE (invalid UTF-8 gives ""), not double-encoding */
    rt_value_t argv[4] = {rt_from_ptr((rt_str_t *)in), rt_small(flags & FL_NO_ENCODE_QUOTES ? 0 : 3),
                          rt_none, rt_false};
    return phpvm_call_value(phpvm_cstr("htmlentities"), argv, 4);
}

static rt_value_t s_add_slashes(const rt_str_t *in)
{
    rt_value_t argv[1] = {rt_from_ptr((rt_str_t *)in)};
    return phpvm_call_value(phpvm_cstr("addslashes"), argv, 1);
}

/* ---- applying a filter to one scalar ---- */

static rt_value_t failure(const fopts_t *o)
{
    rt_value_t d = opt(o, "default");
    if (d)
        return d;
    return o->flags & FL_NULL_ON_FAILURE ? rt_none : rt_false;
}

/* The filtered scalar v, its failure value, or RT_NOVALUE with an exception pending. */
static rt_value_t apply(int64_t filter, rt_value_t v, const fopts_t *o, rt_value_t callback)
{
    v = phpvm_deref(v);
    if (filter == F_CALLBACK) {
        if (!callback || !phpvm_callable(callback, &(rt_value_t){0}, &(rt_value_t){0}, false)) {
            phpvm_error(PHPVM_E_WARNING, "filter_var(): First argument is expected to be a valid "
                                         "callback");
            return rt_false;
        }
        return phpvm_call_value(callback, &v, 1);
    }
    if (phpvm_is_object(v) && !phpvm_class_method(phpvm_class_of(v), rt_str_from_cstr("__tostring")))
        return failure(o);
    if (filter == F_BOOL && v == rt_false)
        return rt_false;
    rt_str_t *s = phpvm_is_array(v) ? NULL : phpvm_to_str(v);
    if (!s)
        return phpvm_is_array(v) ? failure(o) : RT_NOVALUE;
    if (s->len == 0 && (o->flags & FL_EMPTY_NULL) && filter >= F_STRING)
        return rt_none;
    if (filter == F_BOOL && s->len == 0)
        return rt_false;
    if (s->len == 0 && filter < F_STRING)
        return failure(o);
    rt_value_t r;
    switch (filter) {
    case F_INT: r = v_int(s, o); break;
    case F_BOOL: r = v_bool(s); break;
    case F_FLOAT: r = v_float(s, o); break;
    case F_REGEXP: r = v_regexp(s, o); break;
    case F_DOMAIN:
        r = valid_domain(s->data, (size_t)s->len, o->flags & FL_HOSTNAME) ? rt_from_ptr(s)
                                                                          : RT_NOVALUE;
        break;
    case F_URL: r = v_url(s, o); break;
    case F_EMAIL: r = v_email(s); break;
    case F_IP: r = v_ip(s, o); break;
    case F_MAC: r = v_mac(s); break;
    case F_S_EMAIL: return s_keep(s, "!#$%&'*+-=?^_`{|}~@.[]", true);
    case F_S_URL: return s_keep(s, url_chars, true);
    case F_NUM_INT: return s_keep(s, "+-", false);
    case F_NUM_FLOAT: {
        char allowed[8] = "+-";
        if (o->flags & FL_FRACTION)
            strcat(allowed, ".");
        if (o->flags & FL_THOUSAND)
            strcat(allowed, ",");
        if (o->flags & FL_SCIENTIFIC)
            strcat(allowed, "eE");
        return s_keep(s, allowed, false);
    }
    case F_SPECIAL: case F_RAW: case F_ENCODED: return s_encode(s, o->flags, (int)filter);
    case F_FULL_SPECIAL: return s_full_special(s, o->flags);
    case F_ADD_SLASHES: return s_add_slashes(s);
    case F_STRING: {
        rt_value_t argv[1] = {rt_from_ptr(s)};
        rt_value_t t = phpvm_call_value(phpvm_cstr("strip_tags"), argv, 1);
        if (t == RT_NOVALUE)
            return RT_NOVALUE;
        rt_str_t *ts = phpvm_str(t);
        rt_strbuf_t b;
        rt_strbuf_init(&b, (size_t)ts->len);
        for (int64_t i = 0; i < ts->len; i++) {
            char c = ts->data[i];
            if ((c == '\'' || c == '"') && !(o->flags & FL_NO_ENCODE_QUOTES))
                rt_strbuf_appendf(&b, "&#%d;", c);
            else
                rt_strbuf_append_char(&b, c);
        }
        return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
    }
    default: return rt_false;
    }
    if (rt_exc_pending())
        return RT_NOVALUE;
    return r ? r : failure(o);
}

/* Applies to an array element-wise (FILTER_REQUIRE_ARRAY / FORCE_ARRAY), recursively. */
static rt_value_t apply_rec(int64_t filter, rt_value_t v, const fopts_t *o, rt_value_t cb,
                            int depth)
{
    v = phpvm_deref(v);
    if (!phpvm_is_array(v))
        return apply(filter, v, o, cb);
    if (depth > 64)
        return failure(o);
    phpvm_array_t *a = phpvm_arr(v), *r = phpvm_array_new(rt_map_count(a));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t x = apply_rec(filter, phpvm_array_val_at(a, p), o, cb, depth + 1);
        if (x == RT_NOVALUE)
            return RT_NOVALUE;
        phpvm_array_set(r, phpvm_array_key_at(a, p), x);
    }
    return rt_from_ptr(r);
}

/* filter_var's third argument: flags, or ["flags" => ..., "options" => ...]; for
** FILTER_CALLBACK "options" is the callable. */
static void read_opts(rt_value_t arg, fopts_t *o, rt_value_t *cb)
{
    o->flags = 0;
    o->opts = NULL;
    *cb = 0;
    arg = phpvm_deref(arg);
    if (!phpvm_is_array(arg)) {
        if (arg)
            o->flags = phpvm_to_int(arg);
        return;
    }
    phpvm_array_t *a = phpvm_arr(arg);
    rt_value_t f = phpvm_array_get(a, phpvm_cstr("flags")),
               op = phpvm_array_get(a, phpvm_cstr("options"));
    if (f)
        o->flags = phpvm_to_int(phpvm_deref(f));
    if (op) {
        op = phpvm_deref(op);
        if (phpvm_is_array(op))
            o->opts = phpvm_arr(op);
        *cb = op;
    }
}

static bool valid_filter(int64_t id)
{
    for (int k = 0; k < NFILTERS; k++)
        if (filters[k].id == id)
            return true;
    return false;
}

static rt_value_t filter_one(rt_value_t v, int64_t filter, rt_value_t optarg)
{
    fopts_t o;
    rt_value_t cb;
    read_opts(optarg, &o, &cb);
    if (!valid_filter(filter)) {
        phpvm_error(PHPVM_E_WARNING, "filter_var(): Unknown filter with ID " "%" PRId64, filter);
        return rt_false;
    }
    v = phpvm_deref(v);
    if (filter == F_CALLBACK)
        return apply_rec(filter, v, &o, cb, 0);
    if (o.flags & (FL_REQUIRE_ARRAY | FL_FORCE_ARRAY)) {
        if (!phpvm_is_array(v)) {
            if (o.flags & FL_REQUIRE_ARRAY)
                return failure(&o);
            phpvm_array_t *w = phpvm_array_new(1);
            rt_value_t x = apply(filter, v, &o, cb);
            if (x == RT_NOVALUE)
                return RT_NOVALUE;
            phpvm_array_append(w, x);
            return rt_from_ptr(w);
        }
        return apply_rec(filter, v, &o, cb, 0);
    }
    if (phpvm_is_array(v))
        return failure(&o);
    return apply(filter, v, &o, cb);
}

static rt_value_t fn_filter_var(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t filter = F_RAW;
    if (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &filter))
        return RT_NOVALUE;
    return filter_one(args[0], filter, phpvm_arg_given(argc, args, 2) ? args[2] : 0);
}

static rt_value_t fn_filter_var_array(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_array_t *data = phpvm_arg_array(args, argc, 0);
    if (!data)
        return RT_NOVALUE;
    bool add_empty = !phpvm_arg_given(argc, args, 2) || phpvm_arg_bool(args, argc, 2);
    rt_value_t def = phpvm_arg_given(argc, args, 1) ? phpvm_deref(args[1]) : rt_small(F_RAW);
    phpvm_array_t *r = phpvm_array_new(0);
    if (!phpvm_is_array(def)) {
        for (int64_t p = phpvm_array_first(data); p >= 0; p = phpvm_array_next(data, p)) {
            rt_value_t x = filter_one(phpvm_array_val_at(data, p), phpvm_to_int(def), 0);
            if (x == RT_NOVALUE)
                return RT_NOVALUE;
            phpvm_array_set(r, phpvm_array_key_at(data, p), x);
        }
        return rt_from_ptr(r);
    }
    phpvm_array_t *spec = phpvm_arr(def);
    for (int64_t p = phpvm_array_first(spec); p >= 0; p = phpvm_array_next(spec, p)) {
        rt_value_t k = phpvm_array_key_at(spec, p), sv = phpvm_array_val_at(spec, p);
        if (!phpvm_is_str(k)) {
            phpvm_throw("ValueError", "filter_var_array(): Argument #2 ($options) must contain "
                                      "only string keys");
            return RT_NOVALUE;
        }
        rt_value_t in = phpvm_array_get(data, k);
        if (!in) {
            if (add_empty)
                phpvm_array_set(r, k, rt_none);
            continue;
        }
        int64_t filter = F_RAW;
        rt_value_t optarg = 0;
        if (phpvm_is_array(sv)) {
            rt_value_t f = phpvm_array_get(phpvm_arr(sv), phpvm_cstr("filter"));
            if (f)
                filter = phpvm_to_int(phpvm_deref(f));
            optarg = sv;
        } else {
            filter = phpvm_to_int(sv);
        }
        rt_value_t x = filter_one(in, filter, optarg);
        if (x == RT_NOVALUE)
            return RT_NOVALUE;
        phpvm_array_set(r, k, x);
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_filter_list(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    phpvm_array_t *r = phpvm_array_new(NFILTERS);
    for (int k = 0; k < NFILTERS; k++)
        phpvm_array_append(r, phpvm_cstr(filters[k].name));
    return rt_from_ptr(r);
}

static rt_value_t fn_filter_id(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *n = phpvm_arg_str(args, argc, 0);
    if (!n)
        return RT_NOVALUE;
    for (int k = 0; k < NFILTERS; k++)
        if (strcmp(filters[k].name, n->data) == 0)
            return rt_small(filters[k].id);
    return rt_false;
}

static rt_value_t input_type(rt_value_t *args, int argc, int64_t *type)
{
    if (!phpvm_arg_long(args, argc, 0, type))
        return RT_NOVALUE;
    if (*type != 0 && *type != 1 && *type != 2 && *type != 4 && *type != 5)
        return phpvm_throw("ValueError", "%s(): Argument #1 ($type) must be an INPUT_* constant",
                           phpvm_cur_builtin);
    return rt_true;
}

/* The CLI has no request input: no variable exists (INPUT_ENV and INPUT_SERVER included, as
** php-cli's filter does not register them either). */
static rt_value_t fn_filter_has_var(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t t;
    return input_type(args, argc, &t) == RT_NOVALUE ? RT_NOVALUE : rt_false;
}

static rt_value_t fn_filter_input(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t t;
    if (input_type(args, argc, &t) == RT_NOVALUE)
        return RT_NOVALUE;
    fopts_t o;
    rt_value_t cb;
    read_opts(phpvm_arg_given(argc, args, 3) ? args[3] : 0, &o, &cb);
    return o.flags & FL_NULL_ON_FAILURE ? rt_false : rt_none;
}

static rt_value_t fn_filter_input_array(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t t;
    return input_type(args, argc, &t) == RT_NOVALUE ? RT_NOVALUE : rt_none;
}

static const phpvm_builtin_t functions[] = {
    {"filter_var", fn_filter_var, 1, 3, "value,filter,options", 0},
    {"filter_var_array", fn_filter_var_array, 1, 3, "array,options,add_empty", 0},
    {"filter_list", fn_filter_list, 0, 0, "", 0},
    {"filter_id", fn_filter_id, 1, 1, "name", 0},
    {"filter_has_var", fn_filter_has_var, 2, 2, "input_type,var_name", 0},
    {"filter_input", fn_filter_input, 2, 4, "type,var_name,filter,options", 0},
    {"filter_input_array", fn_filter_input_array, 1, 3, "type,options,add_empty", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_intconst_t constants[] = {
    {"INPUT_POST", 0}, {"INPUT_GET", 1}, {"INPUT_COOKIE", 2}, {"INPUT_ENV", 4},
    {"INPUT_SERVER", 5}, {"FILTER_FLAG_NONE", 0},
    {"FILTER_REQUIRE_SCALAR", FL_REQUIRE_SCALAR}, {"FILTER_REQUIRE_ARRAY", FL_REQUIRE_ARRAY},
    {"FILTER_FORCE_ARRAY", FL_FORCE_ARRAY}, {"FILTER_NULL_ON_FAILURE", FL_NULL_ON_FAILURE},
    {"FILTER_VALIDATE_INT", F_INT}, {"FILTER_VALIDATE_BOOLEAN", F_BOOL},
    {"FILTER_VALIDATE_BOOL", F_BOOL}, {"FILTER_VALIDATE_FLOAT", F_FLOAT},
    {"FILTER_VALIDATE_REGEXP", F_REGEXP}, {"FILTER_VALIDATE_DOMAIN", F_DOMAIN},
    {"FILTER_VALIDATE_URL", F_URL}, {"FILTER_VALIDATE_EMAIL", F_EMAIL},
    {"FILTER_VALIDATE_IP", F_IP}, {"FILTER_VALIDATE_MAC", F_MAC}, {"FILTER_DEFAULT", F_RAW},
    {"FILTER_UNSAFE_RAW", F_RAW}, {"FILTER_SANITIZE_STRING", F_STRING},
    {"FILTER_SANITIZE_STRIPPED", F_STRING}, {"FILTER_SANITIZE_ENCODED", F_ENCODED},
    {"FILTER_SANITIZE_SPECIAL_CHARS", F_SPECIAL},
    {"FILTER_SANITIZE_FULL_SPECIAL_CHARS", F_FULL_SPECIAL},
    {"FILTER_SANITIZE_EMAIL", F_S_EMAIL}, {"FILTER_SANITIZE_URL", F_S_URL},
    {"FILTER_SANITIZE_NUMBER_INT", F_NUM_INT}, {"FILTER_SANITIZE_NUMBER_FLOAT", F_NUM_FLOAT},
    {"FILTER_SANITIZE_ADD_SLASHES", F_ADD_SLASHES}, {"FILTER_CALLBACK", F_CALLBACK},
    {"FILTER_FLAG_ALLOW_OCTAL", FL_OCTAL}, {"FILTER_FLAG_ALLOW_HEX", FL_HEX},
    {"FILTER_FLAG_STRIP_LOW", FL_STRIP_LOW}, {"FILTER_FLAG_STRIP_HIGH", FL_STRIP_HIGH},
    {"FILTER_FLAG_STRIP_BACKTICK", FL_STRIP_BACKTICK}, {"FILTER_FLAG_ENCODE_LOW", FL_ENCODE_LOW},
    {"FILTER_FLAG_ENCODE_HIGH", FL_ENCODE_HIGH}, {"FILTER_FLAG_ENCODE_AMP", FL_ENCODE_AMP},
    {"FILTER_FLAG_NO_ENCODE_QUOTES", FL_NO_ENCODE_QUOTES},
    {"FILTER_FLAG_EMPTY_STRING_NULL", FL_EMPTY_NULL}, {"FILTER_FLAG_ALLOW_FRACTION", FL_FRACTION},
    {"FILTER_FLAG_ALLOW_THOUSAND", FL_THOUSAND}, {"FILTER_FLAG_ALLOW_SCIENTIFIC", FL_SCIENTIFIC},
    {"FILTER_FLAG_PATH_REQUIRED", FL_PATH}, {"FILTER_FLAG_QUERY_REQUIRED", FL_QUERY},
    {"FILTER_FLAG_IPV4", FL_IPV4}, {"FILTER_FLAG_IPV6", FL_IPV6},
    {"FILTER_FLAG_NO_RES_RANGE", FL_NO_RES}, {"FILTER_FLAG_NO_PRIV_RANGE", FL_NO_PRIV},
    {"FILTER_FLAG_GLOBAL_RANGE", FL_GLOBAL}, {"FILTER_FLAG_HOSTNAME", FL_HOSTNAME},
    {"FILTER_FLAG_EMAIL_UNICODE", 1048576}, {NULL, 0},
};

const phpvm_ext_t phpvm_ext_filter = {"filter", functions, constants, NULL, NULL, NULL};

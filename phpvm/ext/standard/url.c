/*
** url.c: ext/standard's URL functions: urlencode/rawurlencode and their decoders,
** parse_url (PHP's own lenient splitter, not RFC 3986's), http_build_query and parse_str
** (query strings to nested arrays with PHP's variable-name rules).
*/
#include <ctype.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/interp.h"

#define UNUSED (void)self
#define STR(i, var)                                                                                \
    rt_str_t *var = phpvm_arg_str(args, argc, i);                                                  \
    if (!var)                                                                                      \
        return RT_NOVALUE
#define LONG(i, var, def)                                                                          \
    int64_t var = def;                                                                             \
    if (phpvm_arg_given(argc, args, i) && !phpvm_arg_long(args, argc, i, &var))                    \
        return RT_NOVALUE

static rt_value_t finish(rt_strbuf_t *b) { return rt_from_ptr(rt_strbuf_finish(b, &rt_type_str)); }

/* ---- percent-encoding ---- */

/* raw: RFC 3986 (rawurlencode: '~' kept, space as %20), else the form encoding (space '+'). */
static void encode(rt_strbuf_t *b, const char *s, size_t n, bool raw)
{
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c) || c == '-' || c == '_' || c == '.' || (raw && c == '~')) {
            rt_strbuf_append_char(b, (char)c);
        } else if (c == ' ' && !raw) {
            rt_strbuf_append_char(b, '+');
        } else {
            char e[3] = {'%', hex[c >> 4], hex[c & 15]};
            rt_strbuf_append(b, e, 3);
        }
    }
}

static int hexv(int c) { return isdigit(c) ? c - '0' : tolower(c) - 'a' + 10; }

static rt_str_t *decode(const char *s, size_t n, bool raw)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, n);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '+' && !raw) {
            rt_strbuf_append_char(&b, ' ');
        } else if (c == '%' && i + 2 < n && isxdigit((unsigned char)s[i + 1]) && isxdigit((unsigned char)s[i + 2])) {
            rt_strbuf_append_char(&b, (char)(hexv(s[i + 1]) * 16 + hexv(s[i + 2])));
            i += 2;
        } else {
            rt_strbuf_append_char(&b, (char)c);
        }
    }
    return rt_strbuf_finish(&b, &rt_type_str);
}

static rt_value_t encode_fn(rt_value_t *args, int argc, bool raw)
{
    STR(0, s);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len * 3 / 2 + 1);
    encode(&b, s->data, (size_t)s->len, raw);
    return finish(&b);
}

static rt_value_t fn_urlencode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return encode_fn(args, argc, false);
}

static rt_value_t fn_rawurlencode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return encode_fn(args, argc, true);
}

static rt_value_t fn_urldecode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    return rt_from_ptr(decode(s->data, (size_t)s->len, false));
}

static rt_value_t fn_rawurldecode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    return rt_from_ptr(decode(s->data, (size_t)s->len, true));
}

/* ---- parse_url ---- */

enum { U_SCHEME, U_HOST, U_PORT, U_USER, U_PASS, U_PATH, U_QUERY, U_FRAGMENT, U_N };
static const char *const url_keys[U_N] = {"scheme", "host", "port", "user",
                                          "pass",   "path", "query", "fragment"};

typedef struct url {
    const char *part[U_N];
    size_t len[U_N];
    bool has[U_N];
    int64_t port;
} url_t;

static void set_part(url_t *u, int k, const char *s, size_t n)
{
    u->part[k] = s;
    u->len[k] = n;
    u->has[k] = true;
}

/* A port of 1-5 digits in p[0..n): its value, -1 if invalid. */
static int64_t port_of(const char *p, size_t n)
{
    if (n == 0 || n > 5)
        return -1;
    int64_t v = 0;
    size_t i = 0;
    for (; i < n && isdigit((unsigned char)p[i]); i++)
        v = v * 10 + (p[i] - '0');
    return i == 0 || v > 65535 ? -1 : v;
}

static bool slashes(const char *s, const char *ue) { return s + 1 < ue && s[0] == '/' && s[1] == '/'; }

/* The path, query and fragment of s..ue. */
static void url_path(url_t *u, const char *s, const char *ue)
{
    const char *e = ue, *p = memchr(s, '#', (size_t)(e - s));
    if (p) {
        set_part(u, U_FRAGMENT, p + 1, (size_t)(e - p - 1));
        e = p;
    }
    p = memchr(s, '?', (size_t)(e - s));
    if (p) {
        set_part(u, U_QUERY, p + 1, (size_t)(e - p - 1));
        e = p;
    }
    if (s < e || s == ue)
        set_part(u, U_PATH, s, (size_t)(e - s));
}

/* user:pass@host:port from s on; false for a URL PHP rejects. */
static bool url_authority(url_t *u, const char *s, const char *ue)
{
    const char *e = s + strcspn(s, "/?#");
    if (e > ue)
        e = ue;
    const char *at = NULL;
    for (const char *q = s; q < e; q++)
        if (*q == '@')
            at = q;
    if (at) {
        const char *colon = memchr(s, ':', (size_t)(at - s));
        if (colon) {
            set_part(u, U_USER, s, (size_t)(colon - s));
            set_part(u, U_PASS, colon + 1, (size_t)(at - colon - 1));
        } else {
            set_part(u, U_USER, s, (size_t)(at - s));
        }
        s = at + 1;
    }
    const char *p = NULL;
    if (!(s < ue && *s == '[' && e[-1] == ']'))
        for (const char *q = s; q < e; q++)
            if (*q == ':')
                p = q;
    if (p) {
        if (!u->has[U_PORT] && e - p - 1 > 0) {
            int64_t port = port_of(p + 1, (size_t)(e - p - 1));
            if (port < 0)
                return false;
            u->port = port;
            u->has[U_PORT] = true;
        } else if (!u->has[U_PORT] && e - p - 1 > 5) {
            return false;
        }
    } else {
        p = e;
    }
    if (p - s < 1)
        return false;
    set_part(u, U_HOST, s, (size_t)(p - s));
    if (e < ue)
        url_path(u, e, ue);
    return true;
}

/* After "name:" that is not a scheme: a port ("host:80/x"), else a path. */
static bool url_port_first(url_t *u, const char *s, const char *e, const char *ue)
{
    const char *p = e + 1, *pp = p;
    while (pp < ue && pp - p < 6 && isdigit((unsigned char)*pp))
        pp++;
    if (pp - p > 0 && pp - p < 6 && (pp == ue || *pp == '/')) {
        int64_t port = port_of(p, (size_t)(pp - p));
        if (port < 0)
            return false;
        u->port = port;
        u->has[U_PORT] = true;
        if (slashes(s, ue))
            s += 2;
    } else if (p == pp && pp == ue) {
        return false;
    } else if (slashes(s, ue)) {
        s += 2;
    } else {
        url_path(u, s, ue);
        return true;
    }
    return url_authority(u, s, ue);
}

static bool url_parse(const char *s, size_t n, url_t *u)
{
    const char *ue = s + n, *e = memchr(s, ':', n);
    memset(u, 0, sizeof *u);
    if (e && e != s) {
        for (const char *p = s; p < e; p++) {
            if (isalnum((unsigned char)*p) || *p == '+' || *p == '.' || *p == '-')
                continue;
            if (e + 1 < ue && e < s + strcspn(s, "?#"))
                return url_port_first(u, s, e, ue);
            if (slashes(s, ue))
                return url_authority(u, s + 2, ue);
            url_path(u, s, ue);
            return true;
        }
        if (e + 1 == ue) {
            set_part(u, U_SCHEME, s, (size_t)(e - s));
            return true;
        }
        if (e[1] != '/') {
            const char *p = e + 1;
            while (p < ue && isdigit((unsigned char)*p))
                p++;
            if ((p == ue || *p == '/') && p - e < 7)
                return url_port_first(u, s, e, ue);
            set_part(u, U_SCHEME, s, (size_t)(e - s));
            url_path(u, e + 1, ue);
            return true;
        }
        set_part(u, U_SCHEME, s, (size_t)(e - s));
        if (e + 2 < ue && e[2] == '/') {
            bool file = e - s == 4 && strncasecmp(s, "file", 4) == 0;
            if (file && e + 3 < ue && e[3] == '/') {
                url_path(u, e + 5 < ue && e[5] == ':' ? e + 4 : e + 3, ue);
                return true;
            }
            return url_authority(u, e + 3, ue);
        }
        url_path(u, e + 1, ue);
        return true;
    }
    if (e)
        return url_port_first(u, s, e, ue);
    if (slashes(s, ue))
        return url_authority(u, s + 2, ue);
    url_path(u, s, ue);
    return true;
}

/* A component with control characters replaced by '_', as PHP stores them. */
static rt_value_t url_part(const url_t *u, int k)
{
    if (k == U_PORT)
        return phpvm_int(u->port);
    rt_str_t *r = rt_str_alloc(&rt_type_str, u->len[k]);
    for (size_t i = 0; i < u->len[k]; i++)
        r->data[i] = iscntrl((unsigned char)u->part[k][i]) ? '_' : u->part[k][i];
    return rt_from_ptr(r);
}

static phpvm_array_t *url_array(const url_t *u)
{
    phpvm_array_t *r = phpvm_array_new(8);
    for (int k = 0; k < U_N; k++)
        if (u->has[k])
            phpvm_array_set(r, phpvm_cstr(url_keys[k]), url_part(u, k));
    return r;
}

phpvm_array_t *phpvm_parse_url(const rt_str_t *s)
{
    url_t u;
    return url_parse(s->data, (size_t)s->len, &u) ? url_array(&u) : NULL;
}

static rt_value_t fn_parse_url(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    LONG(1, comp, -1);
    url_t u;
    if (comp != -1 && (comp < 0 || comp >= U_N))
        return phpvm_throw("ValueError",
                           "parse_url(): Argument #2 ($component) must be a valid URL component "
                           "identifier, %" PRId64 " given", comp);
    if (!url_parse(s->data, (size_t)s->len, &u))
        return rt_false;
    if (comp != -1)
        return u.has[comp] ? url_part(&u, (int)comp) : rt_none;
    return rt_from_ptr(url_array(&u));
}

/* ---- http_build_query ---- */

typedef struct hbq {
    rt_strbuf_t b;
    rt_str_t *sep;
    bool raw;
    bool any;
} hbq_t;

static bool hbq_value(hbq_t *q, rt_str_t *name, rt_value_t v, int depth);

/* The entries of an array or an object's public properties under `prefix` (NULL: top
** level, where int keys get numeric_prefix). */
static bool hbq_entries(hbq_t *q, rt_value_t v, rt_str_t *prefix, rt_str_t *numpre, int depth)
{
    phpvm_array_t *a = phpvm_is_array(v) ? phpvm_arr(v) : phpvm_object_props(v, NULL, false);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t k = phpvm_array_key_at(a, p), val = phpvm_array_val_at(a, p);
        rt_strbuf_t nb;
        rt_strbuf_init(&nb, 32);
        rt_str_t *ks = phpvm_to_str(k);
        if (prefix) {
            rt_strbuf_append_str(&nb, prefix);
            rt_strbuf_append(&nb, "%5B", 3);
            encode(&nb, ks->data, (size_t)ks->len, q->raw);
            rt_strbuf_append(&nb, "%5D", 3);
        } else {
            if (rt_is_int(k) && numpre)
                rt_strbuf_append_str(&nb, numpre);
            encode(&nb, ks->data, (size_t)ks->len, q->raw);
        }
        if (!hbq_value(q, rt_strbuf_finish(&nb, &rt_type_str), val, depth))
            return false;
    }
    return true;
}

static bool hbq_value(hbq_t *q, rt_str_t *name, rt_value_t v, int depth)
{
    if (v == rt_none)
        return true;
    if (phpvm_is_array(v) || phpvm_is_object(v))
        return hbq_entries(q, v, name, NULL, depth + 1);
    rt_str_t *s = v == rt_true ? rt_str_new("1", 1) : v == rt_false ? rt_str_new("0", 1)
                                                                    : phpvm_to_str(v);
    if (!s)
        return false;
    if (q->any)
        rt_strbuf_append_str(&q->b, q->sep);
    q->any = true;
    rt_strbuf_append_str(&q->b, name);
    rt_strbuf_append_char(&q->b, '=');
    encode(&q->b, s->data, (size_t)s->len, q->raw);
    return true;
}

static rt_value_t fn_http_build_query(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t data = phpvm_deref(args[0]);
    if (!phpvm_is_array(data) && !phpvm_is_object(data))
        return phpvm_throw("TypeError",
                           "http_build_query(): Argument #1 ($data) must be of type array, %s "
                           "given", phpvm_type_name(data));
    rt_str_t *numpre = NULL, *sep = NULL;
    if (phpvm_arg_given(argc, args, 1) && !(numpre = phpvm_arg_str(args, argc, 1)))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none &&
        !(sep = phpvm_arg_str(args, argc, 2)))
        return RT_NOVALUE;
    LONG(3, enc, 1);
    hbq_t q = {{0}, sep ? sep : rt_str_new("&", 1), enc == 2, false};
    rt_strbuf_init(&q.b, 64);
    if (!hbq_entries(&q, data, NULL, numpre && numpre->len ? numpre : NULL, 0))
        return RT_NOVALUE;
    return finish(&q.b);
}

/* ---- parse_str ---- */

/* Stores value under a PHP variable name with [indices] ("a[x][]") into arr. */
static void register_var(phpvm_array_t *arr, const char *name, size_t n, rt_value_t value)
{
    while (n && *name == ' ')
        name++, n--;
    /* the base name: up to the first '[' that has a closing ']' after it; ' ' and '.' become
    ** '_', and so does an unmatched '[' (the first only) */
    rt_strbuf_t base;
    rt_strbuf_init(&base, n);
    size_t i = 0;
    bool bracket_seen = false;
    for (; i < n; i++) {
        char c = name[i];
        if (c == '[' && !bracket_seen) {
            if (memchr(name + i, ']', n - i))
                break;
            bracket_seen = true;
            c = '_';
        } else if ((c == ' ' || c == '.') && !bracket_seen) {
            c = '_';
        }
        rt_strbuf_append_char(&base, c);
    }
    if (base.len == 0)
        return;
    rt_value_t key = rt_from_ptr(rt_strbuf_finish(&base, &rt_type_str));
    phpvm_array_t *cur = arr;
    while (i < n && name[i] == '[') {
        const char *close = memchr(name + i, ']', n - i);
        if (!close)
            break;
        /* descend into cur[key] as an array */
        rt_value_t k = phpvm_key(key);
        rt_value_t child = phpvm_array_get(cur, k);
        phpvm_array_t *ca;
        if (child == RT_NOVALUE || !phpvm_is_array(phpvm_deref(child))) {
            ca = phpvm_array_new(0);
            phpvm_array_set(cur, k, rt_from_ptr(ca));
        } else {
            rt_value_t slot = phpvm_deref(child);
            ca = phpvm_array_sep(&slot);
            phpvm_array_set(cur, k, rt_from_ptr(ca));
        }
        cur = ca;
        const char *idx = name + i + 1;
        size_t il = (size_t)(close - idx);
        i = (size_t)(close - name) + 1;
        if (il == 0) {
            key = RT_NOVALUE;
        } else {
            key = phpvm_str_value(idx, il);
        }
        if (i < n && name[i] != '[')
            break;
        if (key == RT_NOVALUE && i < n) {
            /* "a[][x]": a new element, then its own indices */
            phpvm_array_t *na = phpvm_array_new(0);
            if (!phpvm_array_append(cur, rt_from_ptr(na)))
                return;
            cur = na;
            const char *c2 = memchr(name + i, ']', n - i);
            if (!c2)
                return;
            key = phpvm_str_value(name + i + 1, (size_t)(c2 - name - i - 1));
            i = (size_t)(c2 - name) + 1;
            if (phpvm_str(key)->len == 0) {
                key = RT_NOVALUE;
            }
            if (i < n && name[i] != '[')
                break;
        }
    }
    if (key == RT_NOVALUE)
        phpvm_array_append(cur, value);
    else
        phpvm_array_set(cur, phpvm_key(key), value);
}

static rt_value_t fn_parse_str(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    phpvm_array_t *r = phpvm_array_new(0);
    const char *p = s->data, *end = p + s->len;
    while (p < end) {
        const char *amp = memchr(p, '&', (size_t)(end - p));
        const char *e = amp ? amp : end;
        if (e > p) {
            const char *eq = memchr(p, '=', (size_t)(e - p));
            rt_str_t *name = decode(p, (size_t)((eq ? eq : e) - p), false);
            rt_value_t val = eq ? rt_from_ptr(decode(eq + 1, (size_t)(e - eq - 1), false))
                                : phpvm_str_value("", 0);
            register_var(r, name->data, (size_t)name->len, val);
        }
        p = e + (amp ? 1 : 0);
    }
    phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[1]), rt_from_ptr(r));
    return rt_none;
}

static const phpvm_builtin_t functions[] = {
    {"urlencode", fn_urlencode, 1, 1, "string", 0},
    {"urldecode", fn_urldecode, 1, 1, "string", 0},
    {"rawurlencode", fn_rawurlencode, 1, 1, "string", 0},
    {"rawurldecode", fn_rawurldecode, 1, 1, "string", 0},
    {"parse_url", fn_parse_url, 1, 2, "url,component", 0},
    {"http_build_query", fn_http_build_query, 1, 4,
     "data,numeric_prefix,arg_separator,encoding_type", 0},
    {"parse_str", fn_parse_str, 2, 2, "string,result", 1u << 1},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_intconst_t constants[] = {
    {"PHP_URL_SCHEME", U_SCHEME}, {"PHP_URL_HOST", U_HOST},   {"PHP_URL_PORT", U_PORT},
    {"PHP_URL_USER", U_USER},     {"PHP_URL_PASS", U_PASS},   {"PHP_URL_PATH", U_PATH},
    {"PHP_URL_QUERY", U_QUERY},   {"PHP_URL_FRAGMENT", U_FRAGMENT},
    {"PHP_QUERY_RFC1738", 1},     {"PHP_QUERY_RFC3986", 2},   {NULL, 0},
};

const phpvm_ext_t phpvm_ext_url = {"standard", functions, constants, NULL, NULL, NULL};

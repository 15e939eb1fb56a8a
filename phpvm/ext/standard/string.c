/*
** string.c: ext/standard's string functions on byte strings: strlen, substr, strpos family,
** str_replace, str_repeat, str_pad, trim family, case mapping, implode/explode, sprintf/printf
** (PHP's format language), number_format, ord/chr, str_split, strrev, ucfirst/ucwords, strtr,
** substr_replace, wordwrap, addslashes/stripslashes, strtok.
*/
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/ext/standard/stdext.h"

#define UNUSED (void)self
#define STR(i, var)                                                                                \
    rt_str_t *var = phpvm_arg_str(args, argc, i);                                                  \
    if (!var)                                                                                      \
        return RT_NOVALUE
#define LONG(i, var, def)                                                                          \
    int64_t var = def;                                                                             \
    if (phpvm_arg_given(argc, args, i) && !phpvm_arg_long(args, argc, i, &var))                    \
        return RT_NOVALUE

static rt_value_t mk(const char *s, size_t n) { return phpvm_str_value(s, n); }

static rt_value_t fn_strlen(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    return rt_small(s->len);
}

/* Clamps PHP's (offset, length) pair of substr-like functions to [0, len]. */
static bool clamp(int64_t len, int64_t *off, int64_t *n, bool has_n)
{
    int64_t o = *off;
    if (o < 0)
        o = o + len < 0 ? 0 : o + len;
    if (o > len)
        o = len;
    int64_t m = has_n ? *n : len - o;
    if (m < 0)
        m = len - o + m < 0 ? 0 : len - o + m;
    if (m > len - o)
        m = len - o;
    *off = o;
    *n = m;
    return true;
}

static rt_value_t fn_substr(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    LONG(1, off, 0);
    bool has_n = phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none;
    LONG(2, n, 0);
    clamp(s->len, &off, &n, has_n);
    return mk(s->data + off, (size_t)n);
}

/*
** The first occurrence of n in h at or after `from` (<= h->len), or -1. Candidates come from
** memchr on the needle's first byte and are checked on its last byte before the rest: short
** needles in text (str_replace, substr_count, explode) cost a few instructions per candidate,
** where memmem's per-byte scan costs more than ten per byte. A needle whose first byte keeps
** matching without the rest (more than one false candidate per 16 bytes) hands the remainder to
** memmem, whose search stays linear on any input.
*/
static int64_t find_bytes(const rt_str_t *h, const rt_str_t *n, int64_t from)
{
    size_t m = (size_t)n->len;
    const char *p = h->data + from, *end = h->data + h->len, *needle = n->data;
    if (m == 1) {
        const char *c = memchr(p, needle[0], (size_t)(end - p));
        return c ? c - h->data : -1;
    }
    if (m == 0)
        return from;
    if (m > (size_t)(end - p))
        return -1;
    const char *last = end - m; /* the last place an occurrence can start */
    const char *start = p;
    size_t misses = 0;
    while (p <= last) {
        const char *c = memchr(p, needle[0], (size_t)(last - p) + 1);
        if (c == NULL)
            return -1;
        if (c[m - 1] == needle[m - 1] && (m <= 2 || memcmp(c + 1, needle + 1, m - 2) == 0))
            return c - h->data;
        p = c + 1;
        if (++misses > 8 && misses * 16 > (size_t)(p - start)) {
            c = memmem(p, (size_t)(end - p), needle, m);
            return c ? c - h->data : -1;
        }
    }
    return -1;
}

/* Whether n bytes at a and b are equal ignoring ASCII case (NUL bytes included). */
static bool case_eq(const char *a, const char *b, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
            return false;
    return true;
}

/* strcasecmp's order of la bytes at a and lb at b: the difference of the first differing bytes
** in lower case, else -1, 0 or 1 by length (as PHP answers). */
static int64_t case_cmp(const char *a, int64_t la, const char *b, int64_t lb)
{
    for (int64_t i = 0; i < la && i < lb; i++) {
        int c1 = tolower((unsigned char)a[i]), c2 = tolower((unsigned char)b[i]);
        if (c1 != c2)
            return c1 - c2;
    }
    return la < lb ? -1 : la > lb;
}

static int64_t find(const rt_str_t *h, const rt_str_t *n, int64_t from, bool ci)
{
    if (!ci)
        return find_bytes(h, n, from);
    for (int64_t i = from; i + n->len <= h->len; i++) {
        if (case_eq(h->data + i, n->data, n->len))
            return i;
    }
    return -1;
}

static rt_value_t strpos_impl(rt_value_t *args, int argc, bool ci)
{
    STR(0, h);
    STR(1, n);
    LONG(2, off, 0);
    if (off < 0)
        off += h->len;
    if (off < 0 || off > h->len)
        return phpvm_throw("ValueError", "%s(): Argument #3 ($offset) must be contained in "
                                         "argument #1 ($haystack)", phpvm_cur_builtin);
    int64_t r = find(h, n, off, ci);
    return r < 0 ? rt_false : rt_small(r);
}

static rt_value_t fn_strpos(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return strpos_impl(args, argc, false);
}

static rt_value_t fn_stripos(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return strpos_impl(args, argc, true);
}

/* strrpos and strripos (ci): the last match starting at or after a non-negative offset, or,
** for a negative one, starting at most that far from the end (or ending by the end, for a
** needle longer than the distance). */
static rt_value_t strrpos_impl(rt_value_t *args, int argc, bool ci)
{
    STR(0, h);
    STR(1, n);
    LONG(2, off, 0);
    int64_t lo = 0, hi = h->len - n->len;
    if (off >= 0) {
        if (off > h->len)
            goto range;
        lo = off;
    } else {
        if (off < -h->len)
            goto range;
        if (-off >= n->len)
            hi = h->len + off;
    }
    for (int64_t i = hi; i >= lo; i--)
        if (ci ? case_eq(h->data + i, n->data, n->len)
               : memcmp(h->data + i, n->data, (size_t)n->len) == 0)
            return rt_small(i);
    return rt_false;
range:
    return phpvm_throw("ValueError", "%s(): Argument #3 ($offset) must be contained in argument "
                                     "#1 ($haystack)", phpvm_cur_builtin);
}

static rt_value_t fn_strrpos(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return strrpos_impl(args, argc, false);
}

static rt_value_t fn_strripos(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return strrpos_impl(args, argc, true);
}

static rt_value_t fn_str_contains(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, h);
    STR(1, n);
    return rt_bool(find(h, n, 0, false) >= 0);
}

static rt_value_t fn_str_starts_with(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, h);
    STR(1, n);
    return rt_bool(n->len <= h->len && memcmp(h->data, n->data, (size_t)n->len) == 0);
}

static rt_value_t fn_str_ends_with(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, h);
    STR(1, n);
    return rt_bool(n->len <= h->len &&
                   memcmp(h->data + h->len - n->len, n->data, (size_t)n->len) == 0);
}

/* strstr and stristr (ci): the haystack from the needle on, or before it. */
static rt_value_t str_from(rt_value_t *args, int argc, bool ci)
{
    STR(0, h);
    STR(1, n);
    int64_t r = find(h, n, 0, ci);
    if (r < 0)
        return rt_false;
    if (phpvm_arg_bool(args, argc, 2))
        return mk(h->data, (size_t)r);
    return mk(h->data + r, (size_t)(h->len - r));
}

static rt_value_t fn_strstr(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return str_from(args, argc, false);
}

static rt_value_t fn_str_repeat(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    LONG(1, n, 0);
    if (n < 0)
        return phpvm_throw("ValueError", "str_repeat(): Argument #2 ($times) must be greater "
                                         "than or equal to 0");
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)(s->len * n));
    for (int64_t i = 0; i < n; i++)
        memcpy(r->data + i * s->len, s->data, (size_t)s->len);
    return rt_from_ptr(r);
}

static rt_str_t *replace_one(rt_str_t *subject, rt_str_t *search, rt_str_t *rep, int64_t *count,
                             bool ci)
{
    if (search->len == 0)
        return subject;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)subject->len + 16);
    int64_t last = 0;
    for (int64_t i; (i = find(subject, search, last, ci)) >= 0;) {
        rt_strbuf_append(&b, subject->data + last, (size_t)(i - last));
        rt_strbuf_append_str(&b, rep);
        last = i + search->len;
        (*count)++;
    }
    rt_strbuf_append(&b, subject->data + last, (size_t)(subject->len - last));
    return rt_strbuf_finish(&b, &rt_type_str);
}

static rt_str_t *replace_all(rt_value_t search, rt_value_t rep, rt_str_t *subject, int64_t *count,
                             bool ci)
{
    if (!phpvm_is_array(search))
        return replace_one(subject, phpvm_to_str(search), phpvm_to_str(rep), count, ci);
    phpvm_array_t *sa = phpvm_arr(search);
    phpvm_array_t *ra = phpvm_is_array(rep) ? phpvm_arr(rep) : NULL;
    int64_t rp = ra ? phpvm_array_first(ra) : -1;
    for (int64_t p = phpvm_array_first(sa); p >= 0; p = phpvm_array_next(sa, p)) {
        rt_str_t *r;
        if (ra) {
            r = rp >= 0 ? phpvm_to_str(phpvm_array_val_at(ra, rp)) : rt_str_new("", 0);
            if (rp >= 0)
                rp = phpvm_array_next(ra, rp);
        } else {
            r = phpvm_to_str(rep);
        }
        subject = replace_one(subject, phpvm_to_str(phpvm_array_val_at(sa, p)), r, count, ci);
    }
    return subject;
}

/* str_replace and str_ireplace (ci). */
static rt_value_t replace_impl(rt_value_t *args, int argc, bool ci)
{
    int64_t count = 0;
    rt_value_t subj = args[2];
    rt_value_t result;
    if (phpvm_is_array(subj)) {
        phpvm_array_t *in = phpvm_arr(subj), *out = phpvm_array_new(0);
        for (int64_t p = phpvm_array_first(in); p >= 0; p = phpvm_array_next(in, p))
            phpvm_array_set(out, phpvm_array_key_at(in, p),
                            rt_from_ptr(replace_all(args[0], args[1],
                                                    phpvm_to_str(phpvm_array_val_at(in, p)), &count,
                                                    ci)));
        result = rt_from_ptr(out);
    } else {
        STR(2, s);
        result = rt_from_ptr(replace_all(args[0], args[1], s, &count, ci));
    }
    if (phpvm_arg_given(argc, args, 3))
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[3]), rt_small(count));
    return result;
}

static rt_value_t fn_str_replace(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return replace_impl(args, argc, false);
}

static rt_value_t fn_str_ireplace(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return replace_impl(args, argc, true);
}

static rt_value_t fn_str_pad(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    LONG(1, len, 0);
    rt_str_t *pad = phpvm_arg_given(argc, args, 2) ? phpvm_arg_str(args, argc, 2) : rt_str_new(" ", 1);
    if (!pad)
        return RT_NOVALUE;
    LONG(3, type, 1);
    if (len <= s->len)
        return rt_from_ptr(s);
    if (pad->len == 0)
        return phpvm_throw("ValueError", "str_pad(): Argument #3 ($pad_string) must be a "
                                         "non-empty string");
    if (type < 0 || type > 2)
        return phpvm_throw("ValueError", "str_pad(): Argument #4 ($pad_type) must be "
                                         "STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH");
    int64_t total = len - s->len, left = type == 0 ? total : type == 2 ? total / 2 : 0;
    int64_t right = total - left;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)len);
    for (int64_t i = 0; i < left; i++)
        rt_strbuf_append_char(&b, pad->data[i % pad->len]);
    rt_strbuf_append_str(&b, s);
    for (int64_t i = 0; i < right; i++)
        rt_strbuf_append_char(&b, pad->data[i % pad->len]);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t trim_impl(rt_value_t *args, int argc, int mode)
{
    STR(0, s);
    static const char dflt[] = " \t\n\r\v"; /* and the NUL byte ending it */
    bool set[256] = {false};
    if (phpvm_arg_given(argc, args, 1)) {
        rt_str_t *cs = phpvm_arg_str(args, argc, 1);
        if (!cs)
            return RT_NOVALUE;
        phpvm_std_charmask(cs, set, phpvm_cur_builtin);
    } else {
        for (size_t i = 0; i < sizeof dflt; i++)
            set[(unsigned char)dflt[i]] = true;
    }
    int64_t lo = 0, hi = s->len;
    if (mode & 1)
        while (lo < hi && set[(unsigned char)s->data[lo]])
            lo++;
    if (mode & 2)
        while (hi > lo && set[(unsigned char)s->data[hi - 1]])
            hi--;
    return mk(s->data + lo, (size_t)(hi - lo));
}

static rt_value_t fn_trim(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return trim_impl(args, argc, 3);
}
static rt_value_t fn_ltrim(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return trim_impl(args, argc, 1);
}
static rt_value_t fn_rtrim(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return trim_impl(args, argc, 2);
}

/* ASCII letters only: PHP 8.2's case mapping ignores the locale. */
static char ascii_case(char c, bool upper)
{
    if (upper)
        return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Maps the case of the first `limit` bytes, or (words: the delimiter bytes) of each word's first. */
static rt_value_t map_case(rt_value_t *args, int argc, bool upper, int64_t limit,
                           const rt_str_t *words)
{
    STR(0, s);
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len);
    if (!words && limit >= s->len) { /* strtoupper, strtolower: branch-free, vectorizable */
        unsigned char from = upper ? 'a' : 'A';
        for (int64_t i = 0; i < s->len; i++) {
            unsigned char c = (unsigned char)s->data[i];
            r->data[i] = (char)(c ^ ((unsigned char)(c - from) < 26u) << 5);
        }
        return rt_from_ptr(r);
    }
    memcpy(r->data, s->data, (size_t)s->len);
    int64_t n = s->len < limit ? s->len : limit;
    for (int64_t i = 0; i < n; i++) {
        if (words && i > 0 && !memchr(words->data, r->data[i - 1], (size_t)words->len))
            continue;
        r->data[i] = ascii_case(r->data[i], upper);
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_strtoupper(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return map_case(args, argc, true, INT64_MAX, NULL);
}
static rt_value_t fn_strtolower(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return map_case(args, argc, false, INT64_MAX, NULL);
}
static rt_value_t fn_ucfirst(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return map_case(args, argc, true, 1, NULL);
}
static rt_value_t fn_lcfirst(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return map_case(args, argc, false, 1, NULL);
}
static rt_value_t fn_ucwords(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *delims = rt_str_new(" \t\r\n\f\v", 6);
    if (phpvm_arg_given(argc, args, 1) && !(delims = phpvm_arg_str(args, argc, 1)))
        return RT_NOVALUE;
    return map_case(args, argc, true, INT64_MAX, delims);
}

/* The bytes of an element for join_plain: a string's, or a small int spelled into tmp; false for
** any other value. */
static inline bool plain_part(rt_value_t v, char tmp[RT_STR_I64_MAX], const char **p, size_t *n)
{
    if (phpvm_is_str(v)) {
        *p = phpvm_str(v)->data;
        *n = (size_t)phpvm_str(v)->len;
        return true;
    }
    if (!rt_is_small(v))
        return false;
    *p = rt_str_spell_i64(rt_small_value(v), tmp + RT_STR_I64_MAX);
    *n = (size_t)(tmp + RT_STR_I64_MAX - *p);
    return true;
}

/* implode's common case, every element a string or an int: one pass for the length, one exact
** allocation and one pass to fill it. NULL when some element needs the general conversion (or the
** result is at most one byte, a singleton). May collect. */
static rt_str_t *join_plain(phpvm_array_t *a, const rt_str_t *sep)
{
    char tmp[RT_STR_I64_MAX];
    const char *p;
    size_t n, total = 0;
    for (int64_t q = phpvm_array_first(a); q >= 0; q = phpvm_array_next(a, q)) {
        if (!plain_part(phpvm_array_val_at(a, q), tmp, &p, &n))
            return NULL;
        total += n + (size_t)sep->len;
    }
    if (total <= (size_t)sep->len + 1) /* also the empty array */
        return NULL;
    rt_str_t *r = rt_str_alloc(&rt_type_str, total - (size_t)sep->len);
    char *out = r->data;
    bool first = true;
    for (int64_t q = phpvm_array_first(a); q >= 0; q = phpvm_array_next(a, q)) {
        if (!first) {
            memcpy(out, sep->data, (size_t)sep->len);
            out += sep->len;
        }
        first = false;
        plain_part(phpvm_array_val_at(a, q), tmp, &p, &n);
        memcpy(out, p, n);
        out += n;
    }
    return r;
}

static rt_value_t fn_implode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t sep = phpvm_deref(args[0]), arr = argc > 1 ? phpvm_deref(args[1]) : RT_NOVALUE;
    const char *fn = phpvm_cur_builtin; /* implode or join */
    if (argc == 1 || (phpvm_is_array(sep) && arr == rt_none)) { /* implode($array) */
        if (!phpvm_is_array(sep))
            return phpvm_throw("TypeError", "%s(): Argument #1 ($array) must be of type array, "
                               "%s given", fn, phpvm_type_name(sep));
        arr = sep;
        sep = rt_from_ptr(rt_str_new("", 0));
    } else if (phpvm_is_array(sep) && phpvm_is_array(arr)) {
        return phpvm_throw("TypeError", "%s(): Argument #1 ($separator) must be of type string, "
                           "array given", fn);
    } else if (!phpvm_is_array(arr)) {
        return phpvm_throw("TypeError", "%s(): Argument #2 ($array) must be of type ?array, %s "
                           "given", fn, phpvm_type_name(arr));
    } else if (phpvm_is_resource(sep) ||
               (phpvm_is_object(sep) && !phpvm_obj(sep)->cls->tostring)) {
        return phpvm_throw("TypeError", "%s(): Argument #1 ($separator) must be of type "
                           "array|string, %s given", fn, phpvm_type_name(sep));
    } else if (sep == rt_none) {
        phpvm_error(PHPVM_E_DEPRECATED, "%s(): Passing null to parameter #1 ($separator) of type "
                    "array|string is deprecated", fn);
        if (rt_exc_pending())
            return RT_NOVALUE;
    }
    rt_str_t *s = phpvm_to_str(sep);
    if (!s)
        return RT_NOVALUE;
    phpvm_array_t *a = phpvm_arr(arr);
    rt_str_t *joined = join_plain(a, s);
    if (joined)
        return rt_from_ptr(joined);
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    bool first = true;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        if (!first)
            rt_strbuf_append_str(&b, s);
        first = false;
        if (!phpvm_append_value(&b, phpvm_array_val_at(a, p)))
            return RT_NOVALUE;
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t fn_explode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, sep);
    STR(1, s);
    LONG(2, limit, INT64_MAX);
    if (sep->len == 0)
        return phpvm_throw("ValueError", "explode(): Argument #1 ($separator) cannot be empty");
    if (limit == 0) /* PHP: a limit of 0 is 1 */
        limit = 1;
    phpvm_array_t *a = phpvm_array_new(0);
    int64_t start = 0;
    for (int64_t i; (limit <= 0 || rt_map_count(a) < limit - 1) &&
                    (i = find_bytes(s, sep, start)) >= 0;) {
        phpvm_array_append(a, mk(s->data + start, (size_t)(i - start)));
        start = i + sep->len;
    }
    phpvm_array_append(a, mk(s->data + start, (size_t)(s->len - start)));
    if (limit < 0) {
        for (int64_t k = 0; k < -limit && rt_map_count(a) > 0; k++) {
            rt_map_key_t key;
            rt_value_t v;
            rt_map_pop(a, &key, &v);
        }
    }
    return rt_from_ptr(a);
}

static rt_value_t fn_str_split(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    LONG(1, n, 1);
    if (n < 1)
        return phpvm_throw("ValueError", "str_split(): Argument #2 ($length) must be greater "
                                         "than 0");
    phpvm_array_t *a = phpvm_array_new(0);
    for (int64_t i = 0; i < s->len; i += n)
        phpvm_array_append(a, mk(s->data + i, (size_t)(i + n > s->len ? s->len - i : n)));
    return rt_from_ptr(a);
}

static rt_value_t fn_strrev(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len);
    for (int64_t i = 0; i < s->len; i++)
        r->data[i] = s->data[s->len - 1 - i];
    return rt_from_ptr(r);
}

static rt_value_t fn_bin2hex(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    static const char digits[] = "0123456789abcdef";
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len * 2);
    for (int64_t i = 0; i < s->len; i++) {
        r->data[2 * i] = digits[(unsigned char)s->data[i] >> 4];
        r->data[2 * i + 1] = digits[(unsigned char)s->data[i] & 15];
    }
    return rt_from_ptr(r);
}

static int hexval(char c)
{
    return isdigit((unsigned char)c) ? c - '0' : isxdigit((unsigned char)c) ? (c | 32) - 'a' + 10 : -1;
}

static rt_value_t fn_hex2bin(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    if (s->len % 2) {
        phpvm_error(PHPVM_E_WARNING, "hex2bin(): Hexadecimal input string must have an even length");
        return rt_exc_pending() ? RT_NOVALUE : rt_false;
    }
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len / 2);
    for (int64_t i = 0; i < s->len; i += 2) {
        int hi = hexval(s->data[i]), lo = hexval(s->data[i + 1]);
        if (hi < 0 || lo < 0) {
            phpvm_error(PHPVM_E_WARNING, "hex2bin(): Input string must be hexadecimal string");
            return rt_exc_pending() ? RT_NOVALUE : rt_false;
        }
        r->data[i / 2] = (char)(hi << 4 | lo);
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_ord(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    return rt_small(s->len ? (unsigned char)s->data[0] : 0);
}

static rt_value_t fn_chr(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    LONG(0, c, 0);
    return rt_from_ptr(rt_str_char((unsigned char)(c & 255))); /* c mod 256, also for c < 0 */
}

static rt_value_t fn_strcmp(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, a);
    STR(1, b);
    int c = rt_str_cmp(a, b);
    return rt_small(c < 0 ? -1 : c > 0);
}

static rt_value_t fn_strcasecmp(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, a);
    STR(1, b);
    return rt_small(case_cmp(a->data, a->len, b->data, b->len));
}

static rt_value_t fn_nl2br(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    bool xhtml = !phpvm_arg_given(argc, args, 1) || phpvm_arg_bool(args, argc, 1);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 16);
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        if (c == '\n' || c == '\r') { /* one break before \n, \r, \r\n or \n\r */
            rt_strbuf_append(&b, xhtml ? "<br />" : "<br>", xhtml ? 6 : 4);
            rt_strbuf_append_char(&b, c);
            if (i + 1 < s->len && (s->data[i + 1] == '\n' || s->data[i + 1] == '\r') &&
                s->data[i + 1] != c)
                rt_strbuf_append_char(&b, s->data[++i]);
            continue;
        }
        rt_strbuf_append_char(&b, c);
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t fn_substr_count(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, h);
    STR(1, n);
    if (n->len == 0)
        return phpvm_throw("ValueError", "substr_count(): Argument #2 ($needle) cannot be empty");
    int64_t off = 0, len = 0;
    bool has_len = phpvm_arg_given(argc, args, 3) && phpvm_deref(args[3]) != rt_none;
    if ((phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &off)) ||
        (has_len && !phpvm_arg_long(args, argc, 3, &len)))
        return RT_NOVALUE;
    if (off < 0)
        off += h->len;
    if (off < 0 || off > h->len)
        return phpvm_throw("ValueError", "substr_count(): Argument #3 ($offset) must be "
                                         "contained in argument #1 ($haystack)");
    if (has_len && len < 0)
        len += h->len - off;
    if (has_len && (len < 0 || len > h->len - off))
        return phpvm_throw("ValueError", "substr_count(): Argument #4 ($length) must be "
                                         "contained in argument #1 ($haystack)");
    /* the window [off, off + len) as a string of its own */
    rt_str_t *w = off == 0 && !has_len ? h : rt_str_new(h->data + off, has_len ? len : h->len - off);
    int64_t c = 0;
    for (int64_t i = 0; (i = find_bytes(w, n, i)) >= 0; i += n->len)
        c++;
    return rt_small(c);
}

/* ---- sprintf ---- */

static void fmt_pad(rt_strbuf_t *b, const char *s, size_t n, int width, bool left, char padc)
{
    if (!left)
        for (int i = (int)n; i < width; i++)
            rt_strbuf_append_char(b, padc);
    rt_strbuf_append(b, s, n);
    if (left) /* PHP pads on the right with the same character: %-'x5d is 42xxx */
        for (int i = (int)n; i < width; i++)
            rt_strbuf_append_char(b, padc);
}

/* The decimal digits of x (with a '+' when plus and x >= 0) into buf (room for 21 bytes): the
** common %d without snprintf's format parsing. */
static int fmt_int(char *buf, int64_t x, bool plus)
{
    char tmp[24];
    int n = 0;
    uint64_t u = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    int k = 0;
    if (x < 0)
        buf[k++] = '-';
    else if (plus)
        buf[k++] = '+';
    while (n)
        buf[k++] = tmp[--n];
    buf[k] = 0;
    return k;
}

/* %g as PHP spells it: C's choice of notation, but an exponent form keeps a ".0" and drops the
** exponent's leading zeros (1.0e+20, 1.23457e+8). */
static int fmt_general(char *buf, size_t cap, char conv, int prec, bool plus, double d)
{
    char tmp[512];
    int n = snprintf(tmp, sizeof tmp, conv == 'g' ? (plus ? "%+.*g" : "%.*g")
                                                  : (plus ? "%+.*G" : "%.*G"),
                     prec < 0 ? 6 : prec, d);
    char *e = strchr(tmp, conv == 'g' ? 'e' : 'E');
    if (!e || !isdigit((unsigned char)tmp[n - 1]))
        return snprintf(buf, cap, "%s", tmp);
    char *digits = e + 2;
    while (*digits == '0' && digits[1])
        digits++;
    return snprintf(buf, cap, "%.*s%s%c%c%s", (int)(e - tmp), tmp,
                    memchr(tmp, '.', (size_t)(e - tmp)) ? "" : ".0", *e, e[1], digits);
}

/* %g with a precision of -1 as PHP's zend_gcvt writes it (mode 0): the fewest digits that read
** back as d, in exponent form ("1.5e+100", "1.0e-5") when the point lies more than 17 digits
** right or 4 left of the first digit, else positional ("1000000000000000", "0.0001"). */
static int fmt_shortest(char *buf, size_t cap, char e, bool plus, double d)
{
    if (!isfinite(d))
        return snprintf(buf, cap, "%s", isnan(d) ? "NAN" : d < 0 ? "-INF" : "INF");
    char tmp[40], digits[24];
    for (int p = 1; p <= 17; p++) { /* "d.ddde+XX" with p significant digits */
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, d);
        if (strtod(tmp, NULL) == d)
            break;
    }
    const char *t = tmp + (tmp[0] == '-');
    char *x = strchr(t, 'e');
    int decpt = atoi(x + 1) + 1, nd = 0;
    for (const char *q = t; q < x; q++)
        if (isdigit((unsigned char)*q))
            digits[nd++] = *q;
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = 0;
    int k = snprintf(buf, cap, "%s", d < 0 || signbit(d) ? "-" : plus ? "+" : "");
    if (d == 0)
        return k + snprintf(buf + k, cap - (size_t)k, "0");
    if (decpt < 0 ? decpt < -3 : decpt > 17)
        return k + snprintf(buf + k, cap - (size_t)k, "%c.%s%c%c%d", digits[0],
                            nd > 1 ? digits + 1 : "0", e, decpt - 1 < 0 ? '-' : '+',
                            abs(decpt - 1));
    if (decpt <= 0) {
        buf[k++] = '0';
        buf[k++] = '.';
        for (int i = 0; i < -decpt; i++)
            buf[k++] = '0';
        return k + snprintf(buf + k, cap - (size_t)k, "%s", digits);
    }
    for (int i = 0; i < decpt; i++)
        buf[k++] = i < nd ? digits[i] : '0';
    if (nd > decpt)
        k += snprintf(buf + k, cap - (size_t)k, ".%s", digits + decpt);
    buf[k] = 0;
    return k;
}

/* One conversion of a format: "%[argnum$][flags][width][.precision]conv", width and precision
** either digits or `*` (taken from the next argument, or argnum$). */
typedef struct fmt_spec {
    int width, prec; /* prec -1: not given */
    bool left, plus;
    bool prec_star_minus_one; /* `.*` read -1 (%g's "as many digits as it takes") */
    char padc, conv;
} fmt_spec_t;

enum { FLOAT_PREC_MAX = 53 };

/* An "N$" argument number at fmt[*i]: *argno is its index in args, or -1 when none is given
** (the next argument's, taken once the spec is read); false with PHP's ValueError pending. */
static bool fmt_argno(const rt_str_t *fmt, int64_t *i, int *argno)
{
    int64_t j = *i;
    int64_t num = 0;
    *argno = -1;
    for (; j < fmt->len && isdigit((unsigned char)fmt->data[j]); j++)
        if (num < INT32_MAX)
            num = num * 10 + (fmt->data[j] - '0');
    if (j >= fmt->len || fmt->data[j] != '$')
        return true;
    if (num <= 0 || num >= INT32_MAX) {
        phpvm_throw("ValueError", "Argument number specifier must be greater than zero and less "
                                  "than 2147483647");
        return false;
    }
    *argno = (int)num;
    *i = j + 1;
    return true;
}

/* Parses a conversion after its '%' at fmt[*i], leaving *i on the conversion character. A `*`
** width or precision reads its argument; one missing raises *missing instead. Returns 1 when
** the spec is complete, 0 when an argument is missing, -1 with a ValueError pending. */
static int fmt_parse(const rt_str_t *fmt, int64_t *i, rt_value_t *args, int argc, int *argi,
                     int *argno, int *missing, fmt_spec_t *sp)
{
    *sp = (fmt_spec_t){.prec = -1, .padc = ' '};
    if (!fmt_argno(fmt, i, argno))
        return -1;
    for (;; ++*i) {
        char f = *i < fmt->len ? fmt->data[*i] : 0;
        if (f == '-') {
            sp->left = true;
        } else if (f == '+') {
            sp->plus = true;
        } else if (f == '0' || f == ' ') {
            sp->padc = f;
        } else if (f == '\'') {
            if (*i + 1 >= fmt->len) {
                phpvm_throw("ValueError", "Missing padding character");
                return -1;
            }
            sp->padc = fmt->data[++*i];
        } else {
            break;
        }
    }
    for (int part = 0; part < 2; part++) { /* width, then precision after a '.' */
        if (part == 1) {
            if (*i >= fmt->len || fmt->data[*i] != '.')
                break;
            ++*i;
            sp->prec = 0;
        }
        int *out = part ? &sp->prec : &sp->width;
        if (*i < fmt->len && fmt->data[*i] == '*') {
            ++*i;
            int from;
            if (!fmt_argno(fmt, i, &from))
                return -1;
            if (from < 0)
                from = (*argi)++;
            if (from >= argc) {
                *missing = from > *missing ? from : *missing;
                return 0;
            }
            rt_value_t v = phpvm_deref(args[from]);
            const char *what = part ? "Precision" : "Width";
            if (!rt_is_int(v)) {
                phpvm_throw("ValueError", "%s must be an integer", what);
                return -1;
            }
            int64_t x = phpvm_int_of(v);
            if (x < -part || x > INT32_MAX) {
                phpvm_throw("ValueError", part ? "Precision must be between -1 and 2147483647"
                                               : "Width must be greater than zero and less than "
                                                 "2147483647");
                return -1;
            }
            *out = (int)x;
            sp->prec_star_minus_one = part && x == -1;
            continue;
        }
        int64_t x = 0;
        while (*i < fmt->len && isdigit((unsigned char)fmt->data[*i]) && x <= INT32_MAX)
            x = x * 10 + (fmt->data[(*i)++] - '0');
        if (x > INT32_MAX) {
            phpvm_throw("ValueError", "%s must be greater than zero and less than 2147483647",
                        part ? "Precision" : "Width");
            return -1;
        }
        *out = (int)x;
    }
    if (*i < fmt->len && fmt->data[*i] == 'l') /* a C length modifier, ignored */
        ++*i;
    sp->conv = *i < fmt->len ? fmt->data[*i] : 0;
    if (*argno < 0)
        *argno = (*argi)++;
    if (*argno >= argc) {
        /* PHP reads the conversion character again as text: "%5%" missing its argument
        ** starts a new specification at the second '%' */
        *missing = *argno > *missing ? *argno : *missing;
        if (sp->conv)
            --*i;
        return 0;
    }
    if (sp->prec_star_minus_one && !(sp->conv && strchr("gGhH", sp->conv))) {
        phpvm_throw("ValueError", "Precision -1 is only supported for %%g, %%G, %%h and %%H");
        return -1;
    }
    return 1;
}

/* x as %x, %X, %o or %b (conv) writes it, unsigned, into buf (65 bytes at least); its length. */
static int fmt_radix(char *buf, char conv, uint64_t x)
{
    if (conv != 'b')
        return snprintf(buf, 65, conv == 'x' ? "%" PRIx64 : conv == 'X' ? "%" PRIX64 : "%" PRIo64,
                        x);
    int n = 0;
    for (int k = 63 - (x ? __builtin_clzll(x) : 63); k >= 0; k--)
        buf[n++] = (char)('0' + ((x >> k) & 1));
    return n;
}

/* Appends the conversion sp of v; false with an exception pending. */
static bool fmt_one(rt_strbuf_t *b, fmt_spec_t *sp, rt_value_t v)
{
    char buf[512];
    int n = 0;
    char conv = sp->conv;
    bool is_float = strchr("eEfFgGhH", conv) && conv;
    if (is_float && sp->prec > FLOAT_PREC_MAX) {
        phpvm_error(PHPVM_E_NOTICE, "%s(): Requested precision of %d digits was truncated to PHP "
                    "maximum of %d digits", phpvm_cur_builtin, sp->prec, FLOAT_PREC_MAX);
        sp->prec = FLOAT_PREC_MAX;
    }
    switch (conv) {
    case 'd':
    case 'i': {
        int64_t x = rt_is_int(v) ? phpvm_int_of(v) : phpvm_to_int(v);
        n = fmt_int(buf, x, sp->plus);
        if (sp->padc == '0' && sp->left) /* integers never get trailing zeros: "%-05d" is "12   " */
            sp->padc = ' ';
        if (sp->padc == '0' && !sp->left && (x < 0 || sp->plus) && sp->width > n) {
            rt_strbuf_append_char(b, buf[0]);
            fmt_pad(b, buf + 1, (size_t)n - 1, sp->width - 1, false, '0');
            return true;
        }
        break;
    }
    case 'u':
        n = snprintf(buf, sizeof buf, "%" PRIu64, (uint64_t)phpvm_to_int(v));
        if (sp->padc == '0' && sp->left)
            sp->padc = ' ';
        break;
    case 'f':
    case 'F':
    case 'e':
    case 'E': {
        double d = phpvm_to_float(v);
        char spec[16];
        snprintf(spec, sizeof spec, "%%%s.%d%c", sp->plus ? "+" : "", sp->prec < 0 ? 6 : sp->prec,
                 conv == 'F' ? 'f' : conv);
        n = snprintf(buf, sizeof buf, spec, d);
        if (conv == 'e' || conv == 'E') {
            /* PHP writes the exponent without padding: 1.0e+1 */
            char *e = strchr(buf, conv);
            if (e && (e[2] == '0') && e[3]) {
                memmove(e + 2, e + 3, strlen(e + 3) + 1);
                n--;
            }
        }
        if (sp->padc == '0' && !sp->left && (d < 0 || sp->plus) && sp->width > n) {
            rt_strbuf_append_char(b, buf[0]);
            fmt_pad(b, buf + 1, (size_t)n - 1, sp->width - 1, false, '0');
            return true;
        }
        break;
    }
    case 'g':
    case 'G':
    case 'h': /* h and H: g and G outside the locale (PHP 8) */
    case 'H':
        if (sp->prec_star_minus_one) { /* %.*g with -1: the shortest round-trip digits */
            n = fmt_shortest(buf, sizeof buf, conv == 'g' || conv == 'h' ? 'e' : 'E', sp->plus,
                             phpvm_to_float(v));
            break;
        }
        n = fmt_general(buf, sizeof buf, conv == 'h' ? 'g' : conv == 'H' ? 'G' : conv, sp->prec,
                        sp->plus, phpvm_to_float(v));
        break;
    case 's': {
        rt_str_t *s = phpvm_to_str(v);
        if (!s)
            return false;
        size_t len = (size_t)s->len;
        if (sp->prec >= 0 && (size_t)sp->prec < len)
            len = (size_t)sp->prec;
        fmt_pad(b, s->data, len, sp->width, sp->left, sp->padc);
        return true;
    }
    case 'x':
    case 'X':
    case 'o':
    case 'b':
        n = fmt_radix(buf, conv, (uint64_t)phpvm_to_int(v));
        if (sp->prec >= 0) /* PHP's quirk: a precision cuts these to nothing, padded */
            n = 0;
        break;
    case '%': /* "% %": a flag run into a percent sign still takes an argument's place */
        rt_strbuf_append_char(b, '%');
        return true;
    case 'c': /* one byte, never padded */
        rt_strbuf_append_char(b, (char)phpvm_to_int(v));
        return true;
    default:
        phpvm_throw("ValueError", "Unknown format specifier \"%c\"", conv);
        return false;
    }
    /* snprintf's count is what it would have written: the float forms stay below 512 bytes
    ** (53 digits of precision at most past 309 integral ones), so this is a guard */
    fmt_pad(b, buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1, sp->width, sp->left,
            sp->padc);
    return true;
}

/* The formatted string; vargs: the values came as vsprintf's array (its own count error). As in
** PHP, a missing argument is reported once the whole format was read, naming the highest one
** needed. */
rt_str_t *phpvm_sprintf(rt_value_t *args, int argc, bool vargs)
{
    rt_str_t *fmt = phpvm_arg_str(args, argc, 0);
    if (!fmt)
        return NULL;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)fmt->len + 32);
    int argi = 1, missing = -1;
    for (int64_t i = 0; i < fmt->len; i++) {
        if (fmt->data[i] != '%') { /* the literal run up to the next conversion, at once */
            const char *pct = memchr(fmt->data + i, '%', (size_t)(fmt->len - i));
            int64_t end = pct ? pct - fmt->data : fmt->len;
            rt_strbuf_append(&b, fmt->data + i, (size_t)(end - i));
            i = end - 1;
            continue;
        }
        if (++i < fmt->len && fmt->data[i] == '%') {
            rt_strbuf_append_char(&b, '%');
            continue;
        }
        fmt_spec_t sp;
        int argno, r = fmt_parse(fmt, &i, args, argc, &argi, &argno, &missing, &sp);
        if (r < 0)
            return NULL;
        if (r == 0)
            continue;
        if (!sp.conv && i >= fmt->len) {
            phpvm_throw("ValueError", "Missing format specifier at end of string");
            return NULL;
        }
        if (!fmt_one(&b, &sp, phpvm_deref(args[argno])))
            return NULL;
    }
    if (missing >= 0) {
        if (vargs)
            phpvm_throw("ValueError", "The arguments array must contain %d items, %d given",
                        missing, argc - 1);
        else
            phpvm_throw("ArgumentCountError", "%d arguments are required, %d given", missing + 1,
                        argc);
        return NULL;
    }
    return rt_strbuf_finish(&b, &rt_type_str);
}

static rt_value_t fn_sprintf(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *s = phpvm_sprintf(args, argc, false);
    return s ? rt_from_ptr(s) : RT_NOVALUE;
}

static rt_value_t fn_printf(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *s = phpvm_sprintf(args, argc, false);
    if (!s)
        return RT_NOVALUE;
    phpvm_out_str(s);
    return rt_small(s->len);
}

static rt_value_t fn_vsprintf(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_array_t *a = phpvm_arg_array(args, argc, 1);
    if (!a)
        return RT_NOVALUE;
    int n = (int)rt_map_count(a) + 1;
    rt_value_t items[n];
    items[0] = args[0];
    int i = 1;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
        items[i++] = phpvm_array_val_at(a, p);
    rt_str_t *s = phpvm_sprintf(items, n, true);
    return s ? rt_from_ptr(s) : RT_NOVALUE;
}

static rt_value_t fn_vprintf(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t r = fn_vsprintf(self, args, argc);
    if (r == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_out_str(phpvm_str(r));
    return phpvm_int(phpvm_str(r)->len);
}

static rt_value_t fn_number_format(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    double d;
    if (!phpvm_arg_double(args, argc, 0, &d))
        return RT_NOVALUE;
    LONG(1, dec, 0);
    /* the separators are ?string: null means the default */
    bool dp_given = phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none;
    bool ts_given = phpvm_arg_given(argc, args, 3) && phpvm_deref(args[3]) != rt_none;
    rt_str_t *dp = dp_given ? phpvm_to_str(args[2]) : rt_str_new(".", 1);
    rt_str_t *ts = ts_given ? phpvm_to_str(args[3]) : rt_str_new(",", 1);
    /* as PHP: the magnitude rounded to the places, printed with at most 318 of them (PHP's
    ** printf limit; zeros pad the rest), grouped; a minus unless the rounding reached zero */
    bool neg = d < 0;
    dec = dec < 0 ? 0 : dec;
    d = phpvm_std_math_round(fabs(d), dec, PHPVM_ROUND_HALF_UP);
    char buf[1024];
    int n = snprintf(buf, sizeof buf, "%.*f", (int)(dec < 318 ? dec : 318), d);
    if (!isdigit((unsigned char)buf[0]))
        return mk(buf, (size_t)n); /* inf, nan */
    char *dot = strchr(buf, '.');
    int intlen = dot ? (int)(dot - buf) : n;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    if (neg && d != 0)
        rt_strbuf_append_char(&b, '-');
    for (int i = 0; i < intlen; i++) {
        if (i && (intlen - i) % 3 == 0)
            rt_strbuf_append_str(&b, ts);
        rt_strbuf_append_char(&b, buf[i]);
    }
    if (dot && dec > 0) {
        rt_strbuf_append_str(&b, dp);
        rt_strbuf_append(&b, dot + 1, strlen(dot + 1));
        for (int64_t i = 318; i < dec; i++)
            rt_strbuf_append_char(&b, '0');
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t fn_dechex(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    LONG(0, x, 0);
    char buf[32];
    return mk(buf, (size_t)snprintf(buf, sizeof buf, "%" PRIx64, (uint64_t)x));
}

static rt_value_t fn_decbin(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    LONG(0, x, 0);
    char tmp[65];
    int k = 64;
    uint64_t u = (uint64_t)x;
    tmp[k] = 0;
    do {
        tmp[--k] = (char)('0' + (u & 1));
        u >>= 1;
    } while (u);
    return mk(tmp + k, (size_t)(64 - k));
}

/* setlocale(): pyhyp keeps the C locale (a process-wide libc setting would change how both
** languages print numbers), so "C", "POSIX" and "0" (a query) succeed and give "C", "" gives
** the environment's locale name as PHP reports it, anything else fails; an array or several
** arguments are tried in order. */
static rt_value_t try_locale(rt_value_t v)
{
    v = phpvm_deref(v);
    if (phpvm_is_array(v)) {
        phpvm_array_t *a = phpvm_arr(v);
        for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
            rt_value_t r = try_locale(phpvm_array_val_at(a, p));
            if (r != rt_false)
                return r;
        }
        return rt_false;
    }
    rt_str_t *s = phpvm_to_str(v);
    if (!s)
        return RT_NOVALUE;
    if (!strcmp(s->data, "C") || !strcmp(s->data, "POSIX") || !strcmp(s->data, "0"))
        return phpvm_cstr("C");
    if (s->len == 0) {
        const char *env = getenv("LC_ALL");
        if (!env || !*env)
            env = getenv("LANG");
        return phpvm_cstr(env && *env ? env : "C");
    }
    return rt_false;
}

static rt_value_t fn_setlocale(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    LONG(0, category, 0);
    (void)category;
    for (int i = 1; i < argc; i++) {
        rt_value_t r = try_locale(args[i]);
        if (r != rt_false)
            return r;
    }
    return rt_false;
}

/* ---- base64 ---- */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static rt_value_t fn_base64_encode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    size_t n = (size_t)s->len, o = 0;
    rt_str_t *r = rt_str_alloc(&rt_type_str, (n + 2) / 3 * 4);
    const unsigned char *p = (const unsigned char *)s->data;
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0) |
                     (i + 2 < n ? p[i + 2] : 0);
        r->data[o++] = b64[v >> 18];
        r->data[o++] = b64[(v >> 12) & 63];
        r->data[o++] = i + 1 < n ? b64[(v >> 6) & 63] : '=';
        r->data[o++] = i + 2 < n ? b64[v & 63] : '=';
    }
    return rt_from_ptr(r);
}

/* A base64 digit's value; -1 for the blanks strict mode skips, -2 for anything else. */
static int b64_value(unsigned char c)
{
    const char *at = c ? strchr(b64, c) : NULL;
    if (at)
        return (int)(at - b64);
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' ? -1 : -2;
}

/* base64_decode(): unknown characters are skipped, or (strict) make it fail, as do digits
** after the padding, a lone final digit and more than two '='. */
static rt_value_t fn_base64_decode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    bool strict = phpvm_arg_bool(args, argc, 1);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len);
    uint32_t acc = 0;
    int64_t digits = 0, padding = 0;
    for (int64_t k = 0; k < s->len; k++) {
        unsigned char c = (unsigned char)s->data[k];
        if (c == '=') {
            padding++;
            continue;
        }
        int v = b64_value(c);
        if (v == -1 || (!strict && v < 0))
            continue;
        if (v == -2 || (strict && padding))
            return rt_false;
        acc = acc << 6 | (uint32_t)v;
        if (++digits % 4 == 0) {
            rt_strbuf_append_char(&b, (char)(acc >> 16));
            rt_strbuf_append_char(&b, (char)(acc >> 8));
            rt_strbuf_append_char(&b, (char)acc);
            acc = 0;
        }
    }
    if (strict && (digits % 4 == 1 || (padding && (padding > 2 || (digits + padding) % 4 != 0))))
        return rt_false;
    if (digits % 4 == 2)
        rt_strbuf_append_char(&b, (char)(acc >> 4));
    else if (digits % 4 == 3) {
        rt_strbuf_append_char(&b, (char)(acc >> 10));
        rt_strbuf_append_char(&b, (char)(acc >> 2));
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t fn_md5_free_crc32(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    uint32_t crc = 0xFFFFFFFFu;
    for (int64_t i = 0; i < s->len; i++) {
        crc ^= (uint8_t)s->data[i];
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return phpvm_int(crc ^ 0xFFFFFFFFu);
}

static rt_value_t ncmp(rt_value_t *args, int argc, bool ci)
{
    STR(0, a);
    STR(1, b);
    LONG(2, n, 0);
    if (n < 0)
        return phpvm_throw("ValueError", "%s(): Argument #3 ($length) must be greater than or "
                                         "equal to 0", ci ? "strncasecmp" : "strncmp");
    size_t la = (size_t)(a->len < n ? a->len : n), lb = (size_t)(b->len < n ? b->len : n);
    if (ci)
        return rt_small(case_cmp(a->data, (int64_t)la, b->data, (int64_t)lb));
    int c = memcmp(a->data, b->data, la < lb ? la : lb);
    if (c == 0)
        c = la < lb ? -1 : la > lb;
    return rt_small(c < 0 ? -1 : c > 0);
}

static rt_value_t fn_strncmp(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return ncmp(args, argc, false);
}

static rt_value_t fn_strncasecmp(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return ncmp(args, argc, true);
}

static rt_value_t fn_stristr(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return str_from(args, argc, true);
}

/* strrchr: from the last occurrence of the needle's first byte. */
static rt_value_t fn_strrchr(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, h);
    STR(1, n);
    for (int64_t i = h->len - 1; i >= 0; i--)
        if (n->len && h->data[i] == n->data[0])
            return mk(h->data + i, (size_t)(h->len - i));
    return rt_false;
}

/* s with the part substr(s, off, n) would return replaced by rep (NULL: removed). */
static rt_str_t *splice(const rt_str_t *s, const rt_str_t *rep, int64_t off, int64_t n, bool has_n)
{
    clamp(s->len, &off, &n, has_n);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)(s->len - n + (rep ? rep->len : 0)));
    rt_strbuf_append(&b, s->data, (size_t)off);
    if (rep)
        rt_strbuf_append_str(&b, rep);
    rt_strbuf_append(&b, s->data + off + n, (size_t)(s->len - off - n));
    return rt_strbuf_finish(&b, &rt_type_str);
}

/* The next element of one of substr_replace's per-string argument arrays (*pos: its position,
** from phpvm_array_first), or RT_NOVALUE once they are used up. */
static rt_value_t next_elem(phpvm_array_t *a, int64_t *pos)
{
    if (*pos < 0)
        return RT_NOVALUE;
    rt_value_t v = phpvm_array_val_at(a, *pos);
    *pos = phpvm_array_next(a, *pos);
    return v;
}

/* substr_replace over an array of strings: each takes the next offset, length and replacement
** of the arrays given for them (offset 0, the whole string and none once one runs out) or the
** single ones; keys are kept. */
static rt_value_t substr_replace_each(phpvm_array_t *subjects, rt_value_t repv, rt_value_t offv,
                                      rt_value_t lenv, const rt_str_t *rep, int64_t off, int64_t n)
{
    phpvm_array_t *reps = phpvm_is_array(repv) ? phpvm_arr(repv) : NULL;
    phpvm_array_t *offs = phpvm_is_array(offv) ? phpvm_arr(offv) : NULL;
    phpvm_array_t *lens = phpvm_is_array(lenv) ? phpvm_arr(lenv) : NULL;
    int64_t rp = reps ? phpvm_array_first(reps) : -1, op = offs ? phpvm_array_first(offs) : -1;
    int64_t lp = lens ? phpvm_array_first(lens) : -1;
    phpvm_array_t *r = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(subjects); p >= 0; p = phpvm_array_next(subjects, p)) {
        rt_str_t *s = phpvm_to_str(phpvm_array_val_at(subjects, p));
        if (!s)
            return RT_NOVALUE;
        if (offs) {
            rt_value_t o = next_elem(offs, &op);
            off = o == RT_NOVALUE ? 0 : phpvm_to_int(o);
        }
        bool has_n = lenv != rt_none;
        if (lens) {
            rt_value_t l = next_elem(lens, &lp);
            has_n = l != RT_NOVALUE;
            n = has_n ? phpvm_to_int(l) : 0;
        }
        if (reps) {
            rt_value_t v = next_elem(reps, &rp);
            rep = v == RT_NOVALUE ? NULL : phpvm_to_str(v);
            if (v != RT_NOVALUE && !rep)
                return RT_NOVALUE;
        }
        phpvm_array_set(r, phpvm_array_key_at(subjects, p), rt_from_ptr(splice(s, rep, off, n, has_n)));
    }
    return rt_from_ptr(r);
}

/* substr_replace(array|string $string, array|string $replace, array|int $offset,
** array|int|null $length): the part substr() would return is replaced; over an array of strings,
** per element (substr_replace_each). */
static rt_value_t fn_substr_replace(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t subject = phpvm_deref(args[0]), repv = phpvm_deref(args[1]);
    rt_value_t offv = phpvm_deref(args[2]);
    rt_value_t lenv = phpvm_arg_given(argc, args, 3) ? phpvm_deref(args[3]) : rt_none;
    rt_str_t *s = NULL, *rep = NULL;
    int64_t off = 0, n = 0;
    if (!phpvm_is_array(subject) && !(s = phpvm_arg_str_as(args, 0, "array|string")))
        return RT_NOVALUE;
    if (!phpvm_is_array(repv) && !(rep = phpvm_arg_str_as(args, 1, "array|string")))
        return RT_NOVALUE;
    if (!phpvm_is_array(offv) && !phpvm_arg_long_as(args, 2, &off, "array|int"))
        return RT_NOVALUE;
    if (lenv != rt_none && !phpvm_is_array(lenv) &&
        !phpvm_arg_long_as(args, 3, &n, "array|int|null"))
        return RT_NOVALUE;
    if (!s)
        return substr_replace_each(phpvm_arr(subject), repv, offv, lenv, rep, off, n);
    if (phpvm_is_array(offv) || phpvm_is_array(lenv))
        return phpvm_throw("TypeError", "substr_replace(): Argument #%d ($%s) cannot be an array "
                           "when working on a single string", phpvm_is_array(offv) ? 3 : 4,
                           phpvm_is_array(offv) ? "offset" : "length");
    if (!rep) {
        phpvm_array_t *reps = phpvm_arr(repv);
        int64_t first = phpvm_array_first(reps);
        rep = first < 0 ? rt_str_new("", 0) : phpvm_to_str(phpvm_array_val_at(reps, first));
        if (!rep)
            return RT_NOVALUE;
    }
    return rt_from_ptr(splice(s, rep, off, n, lenv != rt_none));
}

/* strtr($s, $pairs) at one place: the longest key matching s[i..], or NULL (empty keys never
** match; the caller warned about them). */
static rt_str_t *longest_key(phpvm_array_t *pairs, const rt_str_t *s, int64_t i, rt_value_t *with)
{
    rt_str_t *best = NULL;
    for (int64_t p = phpvm_array_first(pairs); p >= 0; p = phpvm_array_next(pairs, p)) {
        rt_str_t *k = phpvm_to_str(phpvm_array_key_at(pairs, p));
        if (k->len && k->len <= s->len - i && (!best || k->len > best->len) &&
            memcmp(s->data + i, k->data, (size_t)k->len) == 0)
            best = k, *with = phpvm_array_val_at(pairs, p);
    }
    return best;
}

static rt_value_t strtr_pairs(rt_str_t *s, phpvm_array_t *pairs)
{
    if (s->len == 0)
        return phpvm_str_value("", 0);
    for (int64_t p = phpvm_array_first(pairs); p >= 0; p = phpvm_array_next(pairs, p)) {
        rt_value_t k = phpvm_array_key_at(pairs, p);
        if (phpvm_is_str(k) && phpvm_str(k)->len == 0)
            phpvm_error(PHPVM_E_WARNING, "strtr(): Ignoring replacement of empty string");
    }
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len);
    for (int64_t i = 0; i < s->len;) {
        rt_value_t with = RT_NOVALUE;
        rt_str_t *best = longest_key(pairs, s, i, &with);
        if (!best) {
            rt_strbuf_append_char(&b, s->data[i++]);
            continue;
        }
        rt_str_t *w = phpvm_to_str(with);
        if (!w)
            return RT_NOVALUE;
        rt_strbuf_append_str(&b, w);
        i += best->len;
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* strtr($s, $from, $to) maps bytes; strtr($s, $pairs) replaces the longest key at each place.
** $from is array|string: scalars become strings, null is deprecated, and each form wants its
** own second type. */
static rt_value_t fn_strtr(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    rt_value_t from_v = phpvm_deref(args[1]);
    bool has_to = phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none;
    rt_str_t *from = NULL;
    if (!phpvm_is_array(from_v)) {
        if (from_v == rt_none) {
            phpvm_error(PHPVM_E_DEPRECATED, "strtr(): Passing null to parameter #2 ($from) of "
                                            "type array|string is deprecated");
            from = rt_str_new("", 0);
        } else if (phpvm_is_resource(from_v) || phpvm_is_array(from_v)) {
            return phpvm_throw("TypeError", "strtr(): Argument #2 ($from) must be of type "
                                            "array|string, %s given", phpvm_type_name(from_v));
        } else if (!(from = phpvm_arg_str(args, argc, 1))) {
            return RT_NOVALUE;
        }
    }
    if (!has_to && !from)
        return strtr_pairs(s, phpvm_arr(from_v));
    if (!has_to)
        return phpvm_throw("TypeError", "strtr(): Argument #2 ($from) must be of type array, "
                                        "string given");
    if (!from)
        return phpvm_throw("TypeError", "strtr(): Argument #2 ($from) must be of type string, "
                                        "array given");
    STR(2, to);
    int64_t n = from->len < to->len ? from->len : to->len;
    unsigned char map[256];
    for (int c = 0; c < 256; c++)
        map[c] = (unsigned char)c;
    for (int64_t k = 0; k < n; k++)
        map[(unsigned char)from->data[k]] = (unsigned char)to->data[k];
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len);
    for (int64_t i = 0; i < s->len; i++)
        r->data[i] = (char)map[(unsigned char)s->data[i]];
    return rt_from_ptr(r);
}

/* wordwrap: breaks at the last space before width; cut breaks longer words too. */
static rt_value_t fn_wordwrap(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    LONG(1, width, 75);
    rt_str_t *brk = phpvm_arg_given(argc, args, 2) ? phpvm_arg_str(args, argc, 2)
                                                   : rt_str_new("\n", 1);
    if (!brk)
        return RT_NOVALUE;
    bool cut = phpvm_arg_bool(args, argc, 3);
    if (brk->len == 0)
        return phpvm_throw("ValueError", "wordwrap(): Argument #3 ($break) cannot be empty");
    if (width == 0 && cut)
        return phpvm_throw("ValueError", "wordwrap(): Argument #4 ($cut_long_words) cannot be "
                                         "true when argument #2 ($width) is 0");
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 16);
    /* line: where the pending line starts in s; space: the last space seen (line when none
    ** since the last break) */
    int64_t line = 0, space = 0;
    for (int64_t i = 0; i < s->len; i++) {
        int64_t emit = -1; /* the pending line ends here with a break, the next starts at next */
        int64_t next = 0;
        if (s->data[i] == brk->data[0] && i + brk->len < s->len &&
            memcmp(s->data + i, brk->data, (size_t)brk->len) == 0) {
            rt_strbuf_append(&b, s->data + line, (size_t)(i + brk->len - line));
            i += brk->len - 1;
            line = space = i + 1;
            continue;
        }
        if (s->data[i] == ' ') {
            if (i - line >= width)
                emit = i, next = i + 1;
            space = i;
        } else if (i - line >= width && cut && line >= space) {
            emit = i, next = space = i;
        } else if (i - line >= width && line < space) {
            emit = space, next = space = space + 1;
        }
        if (emit >= 0) {
            rt_strbuf_append(&b, s->data + line, (size_t)(emit - line));
            rt_strbuf_append_str(&b, brk);
            line = next;
        }
    }
    rt_strbuf_append(&b, s->data + line, (size_t)(s->len - line));
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t fn_addslashes(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 8);
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        if (c == '\'' || c == '"' || c == '\\' || c == '\0')
            rt_strbuf_append_char(&b, '\\');
        rt_strbuf_append_char(&b, c == '\0' ? '0' : c);
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t fn_stripslashes(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len);
    for (int64_t i = 0; i < s->len; i++) {
        if (s->data[i] != '\\') {
            rt_strbuf_append_char(&b, s->data[i]);
        } else if (i + 1 < s->len) {
            i++;
            rt_strbuf_append_char(&b, s->data[i] == '0' ? '\0' : s->data[i]);
        }
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* strtok's string and position between calls (a GC root once set). */
static rt_value_t tok_subject;
static int64_t tok_pos;

static rt_value_t fn_strtok(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    static bool rooted;
    if (!rooted) {
        gc_root_add(&tok_subject, 1);
        rooted = true;
    }
    rt_str_t *delims;
    if (argc >= 2) {
        STR(0, s);
        if (!(delims = phpvm_arg_str(args, argc, 1)))
            return RT_NOVALUE;
        tok_subject = rt_from_ptr(s);
        tok_pos = 0;
    } else if (!(delims = phpvm_arg_str(args, argc, 0))) {
        return RT_NOVALUE;
    }
    if (!tok_subject)
        return rt_false;
    rt_str_t *s = (rt_str_t *)rt_ptr(tok_subject);
    while (tok_pos < s->len && memchr(delims->data, s->data[tok_pos], (size_t)delims->len))
        tok_pos++;
    if (tok_pos >= s->len) {
        tok_subject = 0;
        return rt_false;
    }
    int64_t start = tok_pos;
    while (tok_pos < s->len && !memchr(delims->data, s->data[tok_pos], (size_t)delims->len))
        tok_pos++;
    rt_value_t r = mk(s->data + start, (size_t)(tok_pos - start));
    if (tok_pos < s->len)
        tok_pos++; /* past the delimiter that ended the token */
    return r;
}

static rt_value_t fn_decoct(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    LONG(0, n, 0);
    char buf[32];
    return mk(buf, (size_t)snprintf(buf, sizeof buf, "%" PRIo64, (uint64_t)n));
}

const phpvm_builtin_t phpvm_ext_string[] = {
    {"strlen", fn_strlen, 1, 1, "string", 0},
    {"substr", fn_substr, 2, 3, "string,offset,length", 0},
    {"strpos", fn_strpos, 2, 3, "haystack,needle,offset", 0},
    {"stripos", fn_stripos, 2, 3, "haystack,needle,offset", 0},
    {"strrpos", fn_strrpos, 2, 3, "haystack,needle,offset", 0},
    {"strripos", fn_strripos, 2, 3, "haystack,needle,offset", 0},
    {"str_contains", fn_str_contains, 2, 2, "haystack,needle", 0},
    {"str_starts_with", fn_str_starts_with, 2, 2, "haystack,needle", 0},
    {"str_ends_with", fn_str_ends_with, 2, 2, "haystack,needle", 0},
    {"strstr", fn_strstr, 2, 3, "haystack,needle,before_needle", 0},
    {"strchr", fn_strstr, 2, 3, "haystack,needle,before_needle", 0},
    {"str_repeat", fn_str_repeat, 2, 2, "string,times", 0},
    {"str_replace", fn_str_replace, 3, 4, "search,replace,subject,count", 1u << 3},
    {"str_ireplace", fn_str_ireplace, 3, 4, "search,replace,subject,count", 1u << 3},
    {"str_pad", fn_str_pad, 2, 4, "string,length,pad_string,pad_type", 0},
    {"trim", fn_trim, 1, 2, "string,characters", 0},
    {"ltrim", fn_ltrim, 1, 2, "string,characters", 0},
    {"rtrim", fn_rtrim, 1, 2, "string,characters", 0},
    {"chop", fn_rtrim, 1, 2, "string,characters", 0},
    {"strtoupper", fn_strtoupper, 1, 1, "string", 0},
    {"strtolower", fn_strtolower, 1, 1, "string", 0},
    {"ucfirst", fn_ucfirst, 1, 1, "string", 0},
    {"lcfirst", fn_lcfirst, 1, 1, "string", 0},
    {"ucwords", fn_ucwords, 1, 2, "string,separators", 0},
    {"implode", fn_implode, 1, 2, "separator,array", 0},
    {"join", fn_implode, 1, 2, "separator,array", 0},
    {"explode", fn_explode, 2, 3, "separator,string,limit", 0},
    {"str_split", fn_str_split, 1, 2, "string,length", 0},
    {"strrev", fn_strrev, 1, 1, "string", 0},
    {"bin2hex", fn_bin2hex, 1, 1, "string", 0},
    {"hex2bin", fn_hex2bin, 1, 1, "string", 0},
    {"ord", fn_ord, 1, 1, "character", 0},
    {"chr", fn_chr, 1, 1, "codepoint", 0},
    {"strcmp", fn_strcmp, 2, 2, "string1,string2", 0},
    {"strcasecmp", fn_strcasecmp, 2, 2, "string1,string2", 0},
    {"strncmp", fn_strncmp, 3, 3, "string1,string2,length", 0},
    {"strncasecmp", fn_strncasecmp, 3, 3, "string1,string2,length", 0},
    {"stristr", fn_stristr, 2, 3, "haystack,needle,before_needle", 0},
    {"strrchr", fn_strrchr, 2, 2, "haystack,needle", 0},
    {"substr_replace", fn_substr_replace, 3, 4, "string,replace,offset,length", 0},
    {"strtr", fn_strtr, 2, 3, "string,from,to", 0},
    {"wordwrap", fn_wordwrap, 1, 4, "string,width,break,cut_long_words", 0},
    {"addslashes", fn_addslashes, 1, 1, "string", 0},
    {"stripslashes", fn_stripslashes, 1, 1, "string", 0},
    {"strtok", fn_strtok, 1, 2, "string,token", 0},
    {"decoct", fn_decoct, 1, 1, "num", 0},
    {"nl2br", fn_nl2br, 1, 2, "string,use_xhtml", 0},
    {"substr_count", fn_substr_count, 2, 4, "haystack,needle,offset,length", 0},
    {"sprintf", fn_sprintf, 1, -1, "format,values", 0},
    {"printf", fn_printf, 1, -1, "format,values", 0},
    {"vsprintf", fn_vsprintf, 2, 2, "format,values", 0},
    {"vprintf", fn_vprintf, 2, 2, "format,values", 0},
    {"number_format", fn_number_format, 1, 4,
     "num,decimals,decimal_separator,thousands_separator", 0},
    {"dechex", fn_dechex, 1, 1, "num", 0},
    {"decbin", fn_decbin, 1, 1, "num", 0},
    {"setlocale", fn_setlocale, 2, -1, "category,locales,rest", 0},
    {"base64_encode", fn_base64_encode, 1, 1, "string", 0},
    {"base64_decode", fn_base64_decode, 1, 2, "string,strict", 0},
    {"crc32", fn_md5_free_crc32, 1, 1, "string", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

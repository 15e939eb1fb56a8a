/*
** string.c: ext/standard's string functions on byte strings: strlen, substr, strpos family,
** str_replace, str_repeat, str_pad, trim family, case mapping, implode/explode, sprintf/printf
** (PHP's format language), number_format, ord/chr, str_split, strrev, ucfirst/ucwords.
*/
#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
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
    if (o + m > len)
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

static int64_t find(const rt_str_t *h, const rt_str_t *n, int64_t from, bool ci)
{
    for (int64_t i = from; i + n->len <= h->len; i++) {
        if (ci ? strncasecmp(h->data + i, n->data, (size_t)n->len) == 0
               : memcmp(h->data + i, n->data, (size_t)n->len) == 0)
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

static rt_value_t fn_strrpos(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, h);
    STR(1, n);
    int64_t last = -1;
    for (int64_t i = 0; i + n->len <= h->len; i++)
        if (memcmp(h->data + i, n->data, (size_t)n->len) == 0)
            last = i;
    return last < 0 ? rt_false : rt_small(last);
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

static rt_value_t fn_strstr(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, h);
    STR(1, n);
    int64_t r = find(h, n, 0, false);
    if (r < 0)
        return rt_false;
    if (phpvm_arg_bool(args, argc, 2))
        return mk(h->data, (size_t)r);
    return mk(h->data + r, (size_t)(h->len - r));
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

static rt_str_t *replace_one(rt_str_t *subject, rt_str_t *search, rt_str_t *rep, int64_t *count)
{
    if (search->len == 0)
        return subject;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)subject->len + 16);
    int64_t i = 0, last = 0;
    while (i + search->len <= subject->len) {
        if (memcmp(subject->data + i, search->data, (size_t)search->len) == 0) {
            rt_strbuf_append(&b, subject->data + last, (size_t)(i - last));
            rt_strbuf_append_str(&b, rep);
            i += search->len;
            last = i;
            (*count)++;
        } else {
            i++;
        }
    }
    rt_strbuf_append(&b, subject->data + last, (size_t)(subject->len - last));
    return rt_strbuf_finish(&b, &rt_type_str);
}

static rt_str_t *replace_all(rt_value_t search, rt_value_t rep, rt_str_t *subject, int64_t *count)
{
    if (!phpvm_is_array(search))
        return replace_one(subject, phpvm_to_str(search), phpvm_to_str(rep), count);
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
        subject = replace_one(subject, phpvm_to_str(phpvm_array_val_at(sa, p)), r, count);
    }
    return subject;
}

static rt_value_t fn_str_replace(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t count = 0;
    rt_value_t subj = args[2];
    rt_value_t result;
    if (phpvm_is_array(subj)) {
        phpvm_array_t *in = phpvm_arr(subj), *out = phpvm_array_new(0);
        for (int64_t p = phpvm_array_first(in); p >= 0; p = phpvm_array_next(in, p))
            phpvm_array_set(out, phpvm_array_key_at(in, p),
                            rt_from_ptr(replace_all(args[0], args[1],
                                                    phpvm_to_str(phpvm_array_val_at(in, p)), &count)));
        result = rt_from_ptr(out);
    } else {
        STR(2, s);
        result = rt_from_ptr(replace_all(args[0], args[1], s, &count));
    }
    if (phpvm_arg_given(argc, args, 3))
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[3]), rt_small(count));
    return result;
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
    if (len <= s->len || pad->len == 0)
        return rt_from_ptr(s);
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
    const char *chars = " \t\n\r\v";
    size_t nchars = 6; /* includes NUL */
    rt_str_t *cs = NULL;
    if (phpvm_arg_given(argc, args, 1)) {
        cs = phpvm_arg_str(args, argc, 1);
        if (!cs)
            return RT_NOVALUE;
        chars = cs->data;
        nchars = (size_t)cs->len;
    }
    bool set[256] = {false};
    for (size_t i = 0; i < nchars; i++) {
        if (i + 3 < nchars + 0 && chars[i + 1] == '.' && chars[i + 2] == '.' && cs) {
            for (int c = (unsigned char)chars[i]; c <= (unsigned char)chars[i + 3]; c++)
                set[c] = true;
            i += 3;
            continue;
        }
        set[(unsigned char)chars[i]] = true;
    }
    if (!cs)
        set[0] = true;
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

static rt_value_t map_case(rt_value_t *args, int argc, int (*fn)(int), int64_t limit, bool words)
{
    STR(0, s);
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len);
    memcpy(r->data, s->data, (size_t)s->len);
    for (int64_t i = 0; i < s->len && i < limit; i++) {
        if (words && i > 0 && !strchr(" \t\r\n\f\v", r->data[i - 1]))
            continue;
        r->data[i] = (char)fn((unsigned char)r->data[i]);
    }
    return rt_from_ptr(r);
}

static rt_value_t fn_strtoupper(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return map_case(args, argc, toupper, INT64_MAX, false);
}
static rt_value_t fn_strtolower(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return map_case(args, argc, tolower, INT64_MAX, false);
}
static rt_value_t fn_ucfirst(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return map_case(args, argc, toupper, 1, false);
}
static rt_value_t fn_lcfirst(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return map_case(args, argc, tolower, 1, false);
}
static rt_value_t fn_ucwords(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return map_case(args, argc, toupper, INT64_MAX, true);
}

static rt_value_t fn_implode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t sep = args[0], arr = argc > 1 ? args[1] : RT_NOVALUE;
    if (argc == 1 || phpvm_is_array(sep)) {
        rt_value_t t = sep;
        sep = argc > 1 ? arr : rt_from_ptr(rt_str_new("", 0));
        arr = t;
    }
    if (!phpvm_is_array(arr))
        return phpvm_throw("TypeError", "implode(): Argument #2 ($array) must be of type ?array, "
                                        "%s given", phpvm_type_name(arr));
    rt_str_t *s = phpvm_to_str(sep);
    if (!s)
        return RT_NOVALUE;
    phpvm_array_t *a = phpvm_arr(arr);
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
    phpvm_array_t *a = phpvm_array_new(0);
    int64_t start = 0;
    for (int64_t i = 0; i + sep->len <= s->len;) {
        if ((limit <= 0 || rt_map_count(a) < limit - 1) &&
            memcmp(s->data + i, sep->data, (size_t)sep->len) == 0) {
            phpvm_array_append(a, mk(s->data + start, (size_t)(i - start)));
            i += sep->len;
            start = i;
        } else {
            i++;
        }
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
    if (s->len == 0)
        phpvm_array_append(a, mk("", 0));
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
    char ch = (char)(((c % 256) + 256) % 256);
    return mk(&ch, 1);
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
    int c = strcasecmp(a->data, b->data);
    return rt_small(c < 0 ? -1 : c > 0);
}

static rt_value_t fn_nl2br(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 16);
    for (int64_t i = 0; i < s->len; i++) {
        if (s->data[i] == '\n')
            rt_strbuf_append(&b, "<br />", 6);
        rt_strbuf_append_char(&b, s->data[i]);
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
    int64_t c = 0;
    for (int64_t i = 0; i + n->len <= h->len;)
        if (memcmp(h->data + i, n->data, (size_t)n->len) == 0)
            c++, i += n->len;
        else
            i++;
    return rt_small(c);
}

/* ---- sprintf ---- */

static void fmt_pad(rt_strbuf_t *b, const char *s, size_t n, int width, bool left, char padc)
{
    if (!left)
        for (int i = (int)n; i < width; i++)
            rt_strbuf_append_char(b, padc);
    rt_strbuf_append(b, s, n);
    if (left)
        for (int i = (int)n; i < width; i++)
            rt_strbuf_append_char(b, ' ');
}

rt_str_t *phpvm_sprintf(rt_value_t *args, int argc)
{
    rt_str_t *fmt = phpvm_arg_str(args, argc, 0);
    if (!fmt)
        return NULL;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)fmt->len + 32);
    int argi = 1;
    for (int64_t i = 0; i < fmt->len; i++) {
        char c = fmt->data[i];
        if (c != '%') {
            rt_strbuf_append_char(&b, c);
            continue;
        }
        if (++i >= fmt->len)
            break;
        if (fmt->data[i] == '%') {
            rt_strbuf_append_char(&b, '%');
            continue;
        }
        bool left = false, plus = false;
        char padc = ' ';
        int width = 0, prec = -1, argno = -1;
        int64_t save = i;
        int num = 0;
        while (i < fmt->len && isdigit((unsigned char)fmt->data[i]))
            num = num * 10 + (fmt->data[i++] - '0');
        if (i < fmt->len && fmt->data[i] == '$')
            argno = num, i++;
        else
            i = save;
        for (;; i++) {
            char f = fmt->data[i];
            if (f == '-') left = true;
            else if (f == '+') plus = true;
            else if (f == '0') padc = '0';
            else if (f == ' ') padc = ' ';
            else if (f == '\'') padc = fmt->data[++i];
            else break;
        }
        while (i < fmt->len && isdigit((unsigned char)fmt->data[i]))
            width = width * 10 + (fmt->data[i++] - '0');
        if (i < fmt->len && fmt->data[i] == '.') {
            prec = 0;
            i++;
            while (i < fmt->len && isdigit((unsigned char)fmt->data[i]))
                prec = prec * 10 + (fmt->data[i++] - '0');
        }
        char conv = fmt->data[i];
        int ai = argno > 0 ? argno : argi++;
        if (ai >= argc) {
            phpvm_throw("ArgumentCountError", "%d arguments are required, %d given", ai + 1, argc);
            return NULL;
        }
        rt_value_t v = phpvm_deref(args[ai]);
        char buf[512];
        int n = 0;
        switch (conv) {
        case 'd':
        case 'i': {
            int64_t x = phpvm_to_int(v);
            n = snprintf(buf, sizeof buf, plus && x >= 0 ? "+%" PRId64 : "%" PRId64, x);
            if (padc == '0' && !left && (x < 0 || plus) && width > n) {
                rt_strbuf_append_char(&b, buf[0]);
                fmt_pad(&b, buf + 1, (size_t)n - 1, width - 1, false, '0');
                continue;
            }
            break;
        }
        case 'u':
            n = snprintf(buf, sizeof buf, "%" PRIu64, (uint64_t)phpvm_to_int(v));
            break;
        case 'f':
        case 'F':
        case 'e':
        case 'E': {
            double d = phpvm_to_float(v);
            char spec[16];
            snprintf(spec, sizeof spec, "%%%s.%d%c", plus ? "+" : "", prec < 0 ? 6 : prec,
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
            if (padc == '0' && !left && (d < 0 || plus) && width > n) {
                rt_strbuf_append_char(&b, buf[0]);
                fmt_pad(&b, buf + 1, (size_t)n - 1, width - 1, false, '0');
                continue;
            }
            break;
        }
        case 'g':
        case 'G':
            n = snprintf(buf, sizeof buf, conv == 'g' ? "%.*g" : "%.*G", prec < 0 ? 6 : prec,
                         phpvm_to_float(v));
            break;
        case 's': {
            rt_str_t *s = phpvm_to_str(v);
            if (!s)
                return NULL;
            size_t len = (size_t)s->len;
            if (prec >= 0 && (size_t)prec < len)
                len = (size_t)prec;
            fmt_pad(&b, s->data, len, width, left, padc);
            continue;
        }
        case 'x':
            n = snprintf(buf, sizeof buf, "%" PRIx64, (uint64_t)phpvm_to_int(v));
            break;
        case 'X':
            n = snprintf(buf, sizeof buf, "%" PRIX64, (uint64_t)phpvm_to_int(v));
            break;
        case 'o':
            n = snprintf(buf, sizeof buf, "%" PRIo64, (uint64_t)phpvm_to_int(v));
            break;
        case 'b': {
            uint64_t x = (uint64_t)phpvm_to_int(v);
            char tmp[65];
            int k = 64;
            tmp[k] = 0;
            do {
                tmp[--k] = (char)('0' + (x & 1));
                x >>= 1;
            } while (x);
            n = snprintf(buf, sizeof buf, "%s", tmp + k);
            break;
        }
        case 'c':
            buf[0] = (char)phpvm_to_int(v);
            n = 1;
            break;
        default:
            phpvm_throw("ValueError", "Unknown format specifier \"%c\"", conv);
            return NULL;
        }
        fmt_pad(&b, buf, (size_t)n, width, left, padc);
    }
    return rt_strbuf_finish(&b, &rt_type_str);
}

static rt_value_t fn_sprintf(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *s = phpvm_sprintf(args, argc);
    return s ? rt_from_ptr(s) : RT_NOVALUE;
}

static rt_value_t fn_printf(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *s = phpvm_sprintf(args, argc);
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
    rt_str_t *s = phpvm_sprintf(items, n);
    return s ? rt_from_ptr(s) : RT_NOVALUE;
}

static rt_value_t fn_number_format(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    double d;
    if (!phpvm_arg_double(args, argc, 0, &d))
        return RT_NOVALUE;
    LONG(1, dec, 0);
    rt_str_t *dp = phpvm_arg_given(argc, args, 2) ? phpvm_to_str(args[2]) : rt_str_new(".", 1);
    rt_str_t *ts = phpvm_arg_given(argc, args, 3) ? phpvm_to_str(args[3]) : rt_str_new(",", 1);
    if (dec < 0)
        dec = 0;
    char buf[512];
    double f = pow(10.0, (double)dec);
    double r = round(fabs(d) * f) / f;
    int n = snprintf(buf, sizeof buf, "%.*f", (int)dec, r);
    char *dot = strchr(buf, '.');
    int intlen = dot ? (int)(dot - buf) : n;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    if (d < 0 && r != 0)
        rt_strbuf_append_char(&b, '-');
    for (int i = 0; i < intlen; i++) {
        if (i && (intlen - i) % 3 == 0)
            rt_strbuf_append_str(&b, ts);
        rt_strbuf_append_char(&b, buf[i]);
    }
    if (dot && dec > 0) {
        rt_strbuf_append_str(&b, dp);
        rt_strbuf_append(&b, dot + 1, strlen(dot + 1));
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

static rt_value_t fn_decoct(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    LONG(0, x, 0);
    char buf[32];
    return mk(buf, (size_t)snprintf(buf, sizeof buf, "%" PRIo64, (uint64_t)x));
}

static rt_value_t fn_octdec(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    return phpvm_int((int64_t)strtoull(s->data, NULL, 8));
}

static rt_value_t fn_bin2hex(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len * 2);
    for (int64_t i = 0; i < s->len; i++)
        snprintf(r->data + 2 * i, 3, "%02x", (unsigned char)s->data[i]);
    return rt_from_ptr(r);
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static rt_value_t fn_hex2bin(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    if (s->len % 2) {
        phpvm_error(PHPVM_E_WARNING, "hex2bin(): Hexadecimal input string must have an even "
                    "length");
        return rt_false;
    }
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len / 2);
    for (int64_t i = 0; i < s->len / 2; i++) {
        int hi = hexval(s->data[2 * i]), lo = hexval(s->data[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            phpvm_error(PHPVM_E_WARNING, "hex2bin(): Input string must be hexadecimal string");
            return rt_false;
        }
        r->data[i] = (char)(hi * 16 + lo);
    }
    return rt_from_ptr(r);
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

static rt_value_t fn_hexdec(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    return phpvm_int((int64_t)strtoull(s->data, NULL, 16));
}

static rt_value_t fn_bindec(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    return phpvm_int((int64_t)strtoull(s->data, NULL, 2));
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

const phpvm_builtin_t phpvm_ext_string[] = {
    {"strlen", fn_strlen, 1, 1, "string", 0},
    {"substr", fn_substr, 2, 3, "string,offset,length", 0},
    {"strpos", fn_strpos, 2, 3, "haystack,needle,offset", 0},
    {"stripos", fn_stripos, 2, 3, "haystack,needle,offset", 0},
    {"strrpos", fn_strrpos, 2, 3, "haystack,needle,offset", 0},
    {"str_contains", fn_str_contains, 2, 2, "haystack,needle", 0},
    {"str_starts_with", fn_str_starts_with, 2, 2, "haystack,needle", 0},
    {"str_ends_with", fn_str_ends_with, 2, 2, "haystack,needle", 0},
    {"strstr", fn_strstr, 2, 3, "haystack,needle,before_needle", 0},
    {"str_repeat", fn_str_repeat, 2, 2, "string,times", 0},
    {"str_replace", fn_str_replace, 3, 4, "search,replace,subject,count", 1u << 3},
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
    {"ord", fn_ord, 1, 1, "character", 0},
    {"chr", fn_chr, 1, 1, "codepoint", 0},
    {"strcmp", fn_strcmp, 2, 2, "string1,string2", 0},
    {"strcasecmp", fn_strcasecmp, 2, 2, "string1,string2", 0},
    {"nl2br", fn_nl2br, 1, 2, "string,use_xhtml", 0},
    {"substr_count", fn_substr_count, 2, 4, "haystack,needle,offset,length", 0},
    {"sprintf", fn_sprintf, 1, -1, "format,values", 0},
    {"printf", fn_printf, 1, -1, "format,values", 0},
    {"vsprintf", fn_vsprintf, 2, 2, "format,values", 0},
    {"number_format", fn_number_format, 1, 4,
     "num,decimals,decimal_separator,thousands_separator", 0},
    {"dechex", fn_dechex, 1, 1, "num", 0},
    {"decbin", fn_decbin, 1, 1, "num", 0},
    {"hexdec", fn_hexdec, 1, 1, "hex_string", 0},
    {"bindec", fn_bindec, 1, 1, "binary_string", 0},
    {"decoct", fn_decoct, 1, 1, "num", 0},
    {"setlocale", fn_setlocale, 2, -1, "category,locales,rest", 0},
    {"octdec", fn_octdec, 1, 1, "octal_string", 0},
    {"bin2hex", fn_bin2hex, 1, 1, "string", 0},
    {"base64_encode", fn_base64_encode, 1, 1, "string", 0},
    {"base64_decode", fn_base64_decode, 1, 2, "string,strict", 0},
    {"hex2bin", fn_hex2bin, 1, 1, "string", 0},
    {"crc32", fn_md5_free_crc32, 1, 1, "string", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/*
** mod_string.c: the native `_string` module (modules.h) behind string.Formatter: the
** format-string scanner (formatter_parser) and the field-name splitter
** (formatter_field_name_split), with str.format's rules for braces, conversions and nested
** replacement fields in format specs.
*/
#include <string.h>

#include "pyvm/modules/modules.h"

static rt_value_t text(const char *p, size_t n) { return rt_from_ptr(rt_str_new(p, n)); }

static rt_value_t bad_format(const char *msg) { return rt_raise(RT_EXC_VALUE, "%s", msg); }

/* One replacement field starting after '{' at *p: its name, spec and conversion. */
static bool parse_field(const char **pp, const char *end, rt_value_t out[3])
{
    const char *p = *pp, *start = p;
    int depth = 1;
    const char *name_end = NULL, *conv = NULL, *spec = NULL;
    for (; p < end; p++) {
        if (*p == '{') {
            depth++;
        } else if (*p == '}') {
            if (--depth == 0)
                break;
        } else if (depth == 1 && !spec) {
            if (*p == '!' && !conv && !name_end)
                name_end = p, conv = p + 1;
            else if (*p == ':')
                spec = p + 1, name_end = name_end ? name_end : p;
            else if (*p == '[')
                while (p < end && *p != ']')
                    p++;
        }
    }
    if (p >= end) {
        bad_format("expected '}' before end of string");
        return false;
    }
    if (!name_end)
        name_end = p;
    out[0] = text(start, (size_t)(name_end - start));
    out[1] = spec ? text(spec, (size_t)(p - spec)) : text("", 0);
    out[2] = rt_none;
    if (conv) {
        const char *conv_end = spec ? spec - 1 : p;
        if (conv_end - conv != 1) {
            bad_format(conv_end == conv ? "unmatched '{' in format spec"
                                        : "expected ':' after conversion specifier");
            return false;
        }
        out[2] = text(conv, 1);
    }
    *pp = p + 1;
    return true;
}

static rt_value_t s_formatter_parser(rt_value_t self, const rt_value_t *a, size_t n,
                                     rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "expected str, got %s", pyvm_type_name(a[0]));
    rt_str_t *s = pyvm_str_of(a[0]);
    const char *p = s->data, *end = p + s->len;
    rt_vec_t *out = pyvm_list_new(4);
    while (p < end) {
        rt_strbuf_t lit;
        rt_strbuf_init(&lit, 16);
        rt_value_t item[4] = {RT_NOVALUE, rt_none, rt_none, rt_none};
        while (p < end) {
            if ((*p == '{' || *p == '}') && p + 1 < end && p[1] == *p) {
                rt_strbuf_append_char(&lit, *p); /* an escaped brace ends the literal */
                p += 2;
                break;
            }
            if (*p == '}')
                return bad_format("Single '}' encountered in format string");
            if (*p == '{') {
                if (++p >= end)
                    return bad_format("Single '{' encountered in format string");
                rt_value_t f[3];
                if (!parse_field(&p, end, f))
                    return RT_NOVALUE;
                item[1] = f[0], item[2] = f[1], item[3] = f[2];
                break;
            }
            rt_strbuf_append_char(&lit, *p++);
        }
        item[0] = rt_from_ptr(rt_strbuf_finish(&lit, &rt_type_str));
        rt_vec_append(out, pyvm_tuple_from(item, 4));
    }
    return pyvm_iter(rt_from_ptr(out));
}

/* An index or key: digits are ints, anything else a str. */
static rt_value_t key_value(const char *p, size_t n)
{
    bool digits = n > 0;
    for (size_t i = 0; i < n; i++)
        digits &= p[i] >= '0' && p[i] <= '9';
    if (!digits)
        return text(p, n);
    int64_t v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (p[i] - '0');
    return rt_small(v);
}

static rt_value_t s_field_name_split(rt_value_t self, const rt_value_t *a, size_t n,
                                     rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "expected str, got %s", pyvm_type_name(a[0]));
    rt_str_t *s = pyvm_str_of(a[0]);
    const char *p = s->data, *end = p + s->len, *q = p;
    while (q < end && *q != '.' && *q != '[')
        q++;
    rt_value_t first = key_value(p, (size_t)(q - p));
    rt_vec_t *rest = pyvm_list_new(2);
    while (q < end) {
        bool attr = *q == '.';
        const char *k = ++q;
        if (attr) {
            while (q < end && *q != '.' && *q != '[')
                q++;
            if (q == k)
                return bad_format("Empty attribute in format string");
        } else {
            while (q < end && *q != ']')
                q++;
            if (q >= end)
                return bad_format("Missing ']' in format string");
        }
        rt_value_t pair[2] = {rt_bool(attr), attr ? text(k, (size_t)(q - k))
                                                  : key_value(k, (size_t)(q - k))};
        rt_vec_append(rest, pyvm_tuple_from(pair, 2));
        if (!attr) {
            q++;
            if (q < end && *q != '.' && *q != '[')
                return bad_format("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    rt_value_t it = pyvm_iter(rt_from_ptr(rest));
    rt_value_t r[2] = {first, it};
    return it ? pyvm_tuple_from(r, 2) : RT_NOVALUE;
}

static const pyvm_cfunc_def_t string_functions[] = {
    {"formatter_parser", s_formatter_parser, 1, 1, 0, 0},
    {"formatter_field_name_split", s_field_name_split, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_string_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, string_functions);
    return d;
}

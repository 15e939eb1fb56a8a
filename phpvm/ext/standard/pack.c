/*
** pack.c: ext/standard's pack() and unpack(): binary strings from format codes (strings a A Z,
** hex h H, integers c C s S n v i I l L N V q Q J P, floats f g G d e E, positioning x X @),
** with PHP's repeaters, unpack's named elements and their warnings and ValueErrors.
*/
#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "phpvm/interp.h"

#define UNUSED (void)self

/* An integer or float code: its width in bytes and byte order (0 machine = little here,
** 1 little, 2 big), signedness for unpack, and whether it is a float. */
typedef struct code {
    char c;
    int width, order;
    bool is_signed, is_float;
} code_t;

static const code_t codes[] = {
    {'c', 1, 0, true, false}, {'C', 1, 0, false, false}, {'s', 2, 0, true, false},
    {'S', 2, 0, false, false}, {'n', 2, 2, false, false}, {'v', 2, 1, false, false},
    {'i', 4, 0, true, false}, {'I', 4, 0, false, false}, {'l', 4, 0, true, false},
    {'L', 4, 0, false, false}, {'N', 4, 2, false, false}, {'V', 4, 1, false, false},
    {'q', 8, 0, true, false}, {'Q', 8, 0, false, false}, {'J', 8, 2, false, false},
    {'P', 8, 1, false, false}, {'f', 4, 0, true, true},  {'g', 4, 1, true, true},
    {'G', 4, 2, true, true},  {'d', 8, 0, true, true},  {'e', 8, 1, true, true},
    {'E', 8, 2, true, true},
};

static const code_t *code_of(char c)
{
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        if (codes[i].c == c)
            return &codes[i];
    return NULL;
}

static void put_bytes(rt_strbuf_t *b, uint64_t v, const code_t *k)
{
    unsigned char buf[8];
    for (int i = 0; i < k->width; i++) {
        int shift = k->order == 2 ? 8 * (k->width - 1 - i) : 8 * i;
        buf[i] = (unsigned char)(v >> shift);
    }
    rt_strbuf_append(b, (const char *)buf, (size_t)k->width);
}

static uint64_t get_bytes(const unsigned char *p, const code_t *k)
{
    uint64_t v = 0;
    for (int i = 0; i < k->width; i++) {
        int shift = k->order == 2 ? 8 * (k->width - 1 - i) : 8 * i;
        v |= (uint64_t)p[i] << shift;
    }
    return v;
}

/* The repeater after a code at *f: a count, -1 for '*', or `def` when absent. */
static int64_t repeater(const char **f, const char *end, int64_t def)
{
    if (*f < end && **f == '*') {
        (*f)++;
        return -1;
    }
    if (*f < end && isdigit((unsigned char)**f)) {
        int64_t n = 0;
        while (*f < end && isdigit((unsigned char)**f))
            n = n * 10 + (*(*f)++ - '0');
        return n;
    }
    return def;
}

static bool pack_string(rt_strbuf_t *b, char c, int64_t n, rt_value_t arg)
{
    rt_str_t *s = phpvm_to_str(arg);
    if (!s)
        return false;
    if (c == 'h' || c == 'H') {
        if (n < 0)
            n = s->len;
        if (n > s->len) {
            phpvm_error(PHPVM_E_WARNING, "pack(): Type %c: not enough characters in string", c);
            n = s->len;
        }
        for (int64_t i = 0; i < n; i += 2) {
            int nib[2] = {0, 0};
            for (int k = 0; k < 2 && i + k < n; k++) {
                int ch = tolower((unsigned char)s->data[i + k]);
                if (isdigit(ch))
                    nib[k] = ch - '0';
                else if (ch >= 'a' && ch <= 'f')
                    nib[k] = ch - 'a' + 10;
                else
                    phpvm_error(PHPVM_E_WARNING, "pack(): Type %c: illegal hex digit %c", c,
                                s->data[i + k]);
            }
            rt_strbuf_append_char(b, (char)(c == 'H' ? nib[0] << 4 | nib[1] : nib[1] << 4 | nib[0]));
        }
        return true;
    }
    int64_t len = n < 0 ? s->len + (c == 'Z') : n;
    int64_t copy = s->len < len ? s->len : len;
    if (c == 'Z' && copy == len && len > 0)
        copy = len - 1;
    rt_strbuf_append(b, s->data, (size_t)copy);
    for (int64_t i = copy; i < len; i++)
        rt_strbuf_append_char(b, c == 'A' ? ' ' : '\0');
    return true;
}

static rt_value_t fn_pack(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *fmt = phpvm_arg_str(args, argc, 0);
    if (!fmt)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    int ai = 1;
    const char *f = fmt->data, *end = f + fmt->len;
    while (f < end) {
        char c = *f++;
        int64_t n = repeater(&f, end, 1);
        const code_t *k = code_of(c);
        if (strchr("aAZhH", c)) {
            if (ai >= argc)
                return phpvm_throw("ValueError", "Type %c: not enough arguments", c);
            if (!pack_string(&b, c, n, phpvm_deref(args[ai++])))
                return RT_NOVALUE;
        } else if (k) {
            if (n < 0)
                n = argc - ai;
            if (ai + n > argc)
                return phpvm_throw("ValueError", "Type %c: too few arguments", c);
            for (int64_t i = 0; i < n; i++) {
                rt_value_t v = phpvm_deref(args[ai++]);
                uint64_t bits;
                if (k->is_float && k->width == 4) {
                    float x = (float)phpvm_to_float(v);
                    uint32_t u;
                    memcpy(&u, &x, 4);
                    bits = u;
                } else if (k->is_float) {
                    double x = phpvm_to_float(v);
                    memcpy(&bits, &x, 8);
                } else {
                    bits = (uint64_t)phpvm_to_int(v);
                }
                put_bytes(&b, bits, k);
            }
        } else if (c == 'x' || c == 'X' || c == '@') {
            if (n < 0) {
                phpvm_error(PHPVM_E_WARNING, "Type %c: '*' ignored", c);
                n = 1;
            }
            if (c == 'x') {
                for (int64_t i = 0; i < n; i++)
                    rt_strbuf_append_char(&b, '\0');
            } else if (c == 'X') {
                if ((size_t)n > b.len) {
                    phpvm_error(PHPVM_E_WARNING, "Type X: outside of string");
                    n = (int64_t)b.len;
                }
                b.len -= (size_t)n;
            } else {
                while (b.len < (size_t)n)
                    rt_strbuf_append_char(&b, '\0');
                b.len = (size_t)n;
            }
        } else {
            return phpvm_throw("ValueError", "Type %c: unknown format code", c);
        }
    }
    if (ai < argc)
        phpvm_error(PHPVM_E_WARNING, "pack(): %d arguments unused", argc - ai);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* The key of element i of a code named name[0..nl) repeated `rep` times. */
static rt_value_t elem_key(const char *name, size_t nl, int64_t rep, int64_t i)
{
    if (rep != 1 || nl == 0) {
        char buf[160];
        int n = snprintf(buf, sizeof buf, "%.*s%" PRId64, (int)(nl > 100 ? 100 : nl), name, i + 1);
        return phpvm_key(phpvm_str_value(buf, (size_t)n));
    }
    return phpvm_str_value(name, nl);
}

static rt_value_t unpack_string(char c, const unsigned char *p, int64_t size)
{
    if (c == 'h' || c == 'H') {
        static const char hex[] = "0123456789abcdef";
        rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)size);
        for (int64_t i = 0; i < size; i++) {
            int byte = p[i / 2];
            int nib = (c == 'H') == (i % 2 == 0) ? byte >> 4 : byte & 15;
            r->data[i] = hex[nib];
        }
        return rt_from_ptr(r);
    }
    int64_t len = size;
    if (c == 'A') /* trailing whitespace and NULs go */
        while (len > 0 && (p[len - 1] == 0 || strchr(" \t\r\n", p[len - 1])))
            len--;
    if (c == 'Z') {
        const unsigned char *z = memchr(p, 0, (size_t)size);
        if (z)
            len = z - p;
    }
    return phpvm_str_value((const char *)p, (size_t)len);
}

static rt_value_t fn_unpack(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *fmt = phpvm_arg_str(args, argc, 0), *data;
    int64_t off = 0;
    if (!fmt || !(data = phpvm_arg_str(args, argc, 1)) ||
        (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &off)))
        return RT_NOVALUE;
    if (off < 0 || off > data->len)
        return phpvm_throw("ValueError", "unpack(): Argument #3 ($offset) must be contained in "
                                         "argument #2 ($data)");
    const unsigned char *base = (const unsigned char *)data->data + off;
    int64_t len = data->len - off, pos = 0;
    phpvm_array_t *r = phpvm_array_new(0);
    const char *f = fmt->data, *end = f + fmt->len;
    while (f < end) {
        char c = *f++;
        int64_t rep = repeater(&f, end, 1);
        bool star = rep < 0;
        const char *name = f;
        while (f < end && *f != '/')
            f++;
        size_t nl = (size_t)(f - name);
        if (f < end)
            f++;
        const code_t *k = code_of(c);
        if (strchr("aAZhH", c)) {
            int64_t size = star ? len - pos : rep;
            if (c == 'h' || c == 'H') {
                if (star)
                    size = (len - pos) * 2;
                if (pos + (size + 1) / 2 > len)
                    goto short_input;
            } else if (pos + size > len) {
                goto short_input;
            }
            phpvm_array_set(r, nl ? phpvm_str_value(name, nl) : rt_small(1),
                            unpack_string(c, base + pos, size));
            pos += (c == 'h' || c == 'H') ? (size + 1) / 2 : size;
        } else if (k) {
            int64_t n = star ? (len - pos) / k->width : rep;
            for (int64_t i = 0; i < n; i++) {
                if (pos + k->width > len) {
                    phpvm_error(PHPVM_E_WARNING, "unpack(): Type %c: not enough input, need %d, "
                                "have %" PRId64, c, k->width, len - pos);
                    return rt_false;
                }
                uint64_t bits = get_bytes(base + pos, k);
                rt_value_t v;
                if (k->is_float && k->width == 4) {
                    uint32_t u = (uint32_t)bits;
                    float x;
                    memcpy(&x, &u, 4);
                    v = phpvm_float(x);
                } else if (k->is_float) {
                    double x;
                    memcpy(&x, &bits, 8);
                    v = phpvm_float(x);
                } else if (k->is_signed && k->width < 8) {
                    int sh = 64 - 8 * k->width;
                    v = phpvm_int((int64_t)(bits << sh) >> sh);
                } else {
                    v = phpvm_int((int64_t)bits);
                }
                phpvm_array_set(r, elem_key(name, nl, star ? -1 : rep, i), v);
                pos += k->width;
            }
        } else if (c == 'x' || c == 'X' || c == '@') {
            int64_t n = star ? 0 : rep;
            if (c == 'x')
                pos += n;
            else if (c == 'X') {
                if (n > pos) {
                    phpvm_error(PHPVM_E_WARNING, "unpack(): Type X: outside of string");
                    n = pos;
                }
                pos -= n;
            } else {
                pos = n;
            }
            if (pos > len) {
                phpvm_error(PHPVM_E_WARNING, "unpack(): Type %c: outside of string", c);
                return rt_false;
            }
        } else {
            return phpvm_throw("ValueError", "Invalid format type %c", c);
        }
        continue;
    short_input:
        phpvm_error(PHPVM_E_WARNING, "unpack(): Type %c: not enough input, need %" PRId64
                    ", have %" PRId64, c, (c == 'h' || c == 'H') ? (rep + 1) / 2 : rep, len - pos);
        return rt_false;
    }
    return rt_from_ptr(r);
}

const phpvm_builtin_t phpvm_ext_pack[] = {
    {"pack", fn_pack, 1, -1, "format,values", 0},
    {"unpack", fn_unpack, 2, 3, "format,string,offset", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/*
** strfmt.c: Python's text formatting (object.h): the format-spec mini-language for int, float and
** str (format(), f-strings), printf-style `%` formatting, and str.format(). All three share one
** engine: parse a spec into fmt_spec_t, render the number or text, then sign, grouping, zero
** padding and alignment. Number digits come from runtime/numfmt.h.
*/
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "pyvm/code.h"

/* rt_raise for the bool-returning helpers: raises and returns false. */
#define fail_with(...) (rt_raise(__VA_ARGS__), false)

typedef struct fmt_spec {
    uint32_t fill; /* code point */
    char align;    /* 0, '<', '>', '^', '=' */
    char sign;     /* 0, '+', '-', ' ' */
    bool alt, zero;
    bool nonegzero; /* 'z': a negative zero after rounding loses its sign */
    int64_t width; /* -1: none */
    char group;    /* 0, ',', '_' */
    int64_t prec;  /* -1: none */
    char type;     /* 0 or the type letter */
} fmt_spec_t;

/* The types that accept a thousands separator: ',' and '_' for decimal ones, '_' for the others. */
static bool group_ok(char group, char type)
{
    if (type == 0 || strchr("defgEFG%", type))
        return true;
    return group == '_' && strchr("boxX", type);
}

/* Parses the spec of an object of type tname (numbers: '0' means '=' alignment unless one is
** given). Raises ValueError for what CPython rejects whatever the type. */
/* A width or precision of a format spec, digits at *p; false with CPython's ValueError when it
** does not fit. */
static bool spec_number(const char **p, const char *end, int64_t *out)
{
    int64_t v = 0;
    for (; *p < end && **p >= '0' && **p <= '9'; (*p)++) {
        if (v > (INT64_MAX - 9) / 10) {
            rt_raise(RT_EXC_VALUE, "Too many decimal digits in format string");
            return false;
        }
        v = v * 10 + (**p - '0');
    }
    *out = v;
    return true;
}

static bool parse_spec(rt_str_t *s, fmt_spec_t *f, const char *tname)
{
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->width = f->prec = -1;
    bool fill_set = false, text = strcmp(tname, "str") == 0;
    const char *p = s->data, *end = s->data + s->len;
    if (p < end) {
        int n = 1;
        uint32_t cp = (unsigned char)*p < 0x80 ? (unsigned char)*p : rt_utf8_decode(p, &n);
        if (p + n < end && strchr("<>=^", p[n])) {
            f->fill = cp;
            fill_set = true;
            f->align = p[n];
            p += n + 1;
        } else if (strchr("<>=^", *p)) {
            f->align = *p++;
        }
    }
    if (p < end && strchr("+- ", *p))
        f->sign = *p++;
    if (p < end && *p == 'z')
        f->nonegzero = true, p++;
    if (p < end && *p == '#')
        f->alt = true, p++;
    if (p < end && *p == '0') {
        f->zero = true, p++;
        if (!fill_set) {
            f->fill = '0';
            if (!f->align && !text)
                f->align = '=';
        }
    }
    if (p < end && *p >= '0' && *p <= '9' && !spec_number(&p, end, &f->width))
        return false;
    if (p < end && (*p == ',' || *p == '_')) {
        f->group = *p++;
        if (p < end && (*p == ',' || *p == '_') && *p != f->group) {
            rt_raise(RT_EXC_VALUE, "Cannot specify both ',' and '_'.");
            return false;
        }
    }
    if (p < end && *p == '.') {
        p++;
        f->prec = 0;
        if (p >= end || *p < '0' || *p > '9') {
            rt_raise(RT_EXC_VALUE, "Format specifier missing precision");
            return false;
        }
        if (!spec_number(&p, end, &f->prec))
            return false;
    }
    if (end - p > 1) {
        rt_raise(RT_EXC_VALUE, "Invalid format specifier '%s' for object of type '%s'", s->data,
                 tname);
        return false;
    }
    if (p < end)
        f->type = *p++;
    char type = f->type ? f->type : text ? 's' : 0;
    if (f->group && !group_ok(f->group, type)) {
        rt_raise(RT_EXC_VALUE, "Cannot specify '%c' with '%c'.", f->group, type);
        return false;
    }
    return true;
}

static void append_fill(rt_strbuf_t *b, uint32_t fill, int64_t n)
{
    char enc[4];
    int len = rt_utf8_encode(fill, enc);
    for (int64_t i = 0; i < n; i++)
        rt_strbuf_append(b, enc, (size_t)len);
}

/* Inserts the grouping separator every `every` digits of the integer part of digits[0, n). With
** min > 0 (zero padding, '0' fill with '=' alignment), leading zeros are grouped too, until the
** whole text is at least min characters long. */
static void append_grouped(rt_strbuf_t *b, const char *digits, size_t n, char group, int every,
                           int64_t min)
{
    size_t intlen = 0;
    while (intlen < n && (every == 4 ? isxdigit((unsigned char)digits[intlen])
                                     : digits[intlen] >= '0' && digits[intlen] <= '9'))
        intlen++;
    size_t k = (size_t)every, total = intlen;
    while ((int64_t)(total + (total - 1) / k + (n - intlen)) < min)
        total++;
    for (size_t i = 0; i < total; i++) {
        if (i > 0 && (total - i) % k == 0)
            rt_strbuf_append_char(b, group);
        rt_strbuf_append_char(b, i < total - intlen ? '0' : digits[i - (total - intlen)]);
    }
    rt_strbuf_append(b, digits + intlen, n - intlen);
}

/* Writes n copies of the fill character (enc, elen bytes) at d; returns the end. */
static char *put_fill(char *d, const char *enc, int elen, int64_t n)
{
    for (int64_t i = 0; i < n; i++, d += elen)
        memcpy(d, enc, (size_t)elen);
    return d;
}

static char *put(char *d, const char *text, size_t len)
{
    memcpy(d, text, len);
    return d + len;
}

/* Pads "sign + prefix + body" to the spec's width with its alignment, into one string of the
** exact size (the grouped digits go through a builder first). */
static rt_value_t finish(const fmt_spec_t *f, const char *sign, const char *prefix,
                         const char *body, size_t blen, bool numeric, int every)
{
    rt_strbuf_t inner = {0};
    if (numeric && f->group) {
        int64_t min = f->fill == '0' && f->align == '=' && f->width > 0
                          ? f->width - (int64_t)(strlen(sign) + strlen(prefix)) : 0;
        rt_strbuf_init(&inner, blen + 16);
        append_grouped(&inner, body, blen, f->group, every, min);
        body = inner.data;
        blen = inner.len;
    }
    size_t slen = strlen(sign), plen = strlen(prefix);
    int64_t len = (int64_t)(slen + plen) + rt_utf8_count(body, blen);
    int64_t pad = f->width > len ? f->width - len : 0;
    char align = f->align ? f->align : numeric ? '>' : '<';
    char enc[4];
    int elen = rt_utf8_encode(f->fill, enc);
    int64_t before = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
    rt_str_t *out = rt_str_alloc(&rt_type_str, slen + plen + blen + (size_t)(pad * elen));
    char *d = out->data;
    if (align != '=')
        d = put_fill(d, enc, elen, before);
    d = put(d, sign, slen);
    d = put(d, prefix, plen);
    if (align == '=')
        d = put_fill(d, enc, elen, before);
    d = put(d, body, blen);
    put_fill(d, enc, elen, pad - before);
    return rt_from_ptr(out);
}

static const char *sign_of(const fmt_spec_t *f, bool negative)
{
    if (negative)
        return "-";
    return f->sign == '+' ? "+" : f->sign == ' ' ? " " : "";
}

static rt_value_t format_float(double d, const fmt_spec_t *f)
{
    char type = f->type;
    char buf[512];
    bool neg = signbit(d) && !isnan(d);
    double ad = fabs(d);
    size_t n;
    if (type == 0 && f->prec < 0) {
        n = rt_numfmt_float_repr(ad, buf);
    } else {
        if (type == 'n')
            type = 'g';
        n = rt_numfmt_float_format(ad, type, (int)f->prec, f->alt, buf, sizeof buf);
        if (n == (size_t)-1)
            return rt_raise(RT_EXC_VALUE, "Unknown format code '%c' for object of type 'float'",
                            f->type);
        if (n >= sizeof buf)
            return rt_raise(RT_EXC_VALUE, "format result too long");
    }
    if (neg && f->nonegzero && strspn(buf, "0.eE+-%") == n)
        neg = false;
    return finish(f, sign_of(f, neg), "", buf, n, true, 3);
}

/* One part of a complex: the float under spec g; with type 'r', repr without a trailing ".0". */
static bool complex_part(rt_strbuf_t *b, double d, fmt_spec_t *g)
{
    bool r = g->type == 'r';
    if (r)
        g->type = 0;
    rt_value_t s = format_float(d, g);
    if (!s)
        return false;
    rt_str_t *t = rt_ptr(s);
    size_t n = (size_t)t->len;
    if (r && n > 2 && strcmp(t->data + n - 2, ".0") == 0)
        n -= 2;
    rt_strbuf_append(b, t->data, n);
    return true;
}

/* complex.__format__: both parts as floats (the imaginary one always signed unless it stands
** alone), then "j", in parentheses when the type is omitted, padded as a whole. */
static rt_value_t format_complex(double re, double im, const fmt_spec_t *f)
{
    if (f->type && !strchr("eEfFgGn", f->type))
        return rt_raise(RT_EXC_VALUE, "Unknown format code '%c' for object of type 'complex'",
                        f->type);
    if (f->fill == '0')
        return rt_raise(RT_EXC_VALUE, "Zero padding is not allowed in complex format specifier");
    if (f->align == '=')
        return rt_raise(RT_EXC_VALUE,
                        "'=' alignment flag is not allowed in complex format specifier");
    fmt_spec_t g = *f;
    g.width = -1, g.align = 0, g.fill = ' ';
    bool skip_re = false, parens = false;
    if (!f->type) {
        g.type = f->prec < 0 ? 'r' : 'g';
        skip_re = re == 0 && !signbit(re);
        parens = !skip_re;
    }
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    if (parens)
        rt_strbuf_append_char(&b, '(');
    fmt_spec_t gi = g;
    if (!skip_re) {
        if (!complex_part(&b, re, &g))
            return RT_NOVALUE;
        gi.sign = '+';
    }
    if (!complex_part(&b, im, &gi))
        return RT_NOVALUE;
    rt_strbuf_append(&b, parens ? "j)" : "j", parens ? 2 : 1);
    fmt_spec_t w = *f;
    w.group = 0;
    if (!w.align)
        w.align = '>';
    return finish(&w, "", "", b.data, b.len, false, 3);
}

static rt_value_t format_int(rt_value_t v, const fmt_spec_t *f)
{
    char type = f->type;
    if (strchr("eEfFgG%", type) && type) {
        double d;
        if (rt_int_to_double(v, &d) != RT_NUM_OK)
            return rt_raise(RT_EXC_OVERFLOW, "int too large to convert to float");
        return format_float(d, f);
    }
    if (type && !strchr("bcdoxXn", type))
        return rt_raise(RT_EXC_VALUE, "Unknown format code '%c' for object of type 'int'", type);
    if (f->prec >= 0)
        return rt_raise(RT_EXC_VALUE, "Precision not allowed in integer format specifier");
    if (f->nonegzero)
        return rt_raise(RT_EXC_VALUE,
                        "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c' && f->sign)
        return rt_raise(RT_EXC_VALUE, "Sign not allowed with integer format specifier 'c'");
    if (type == 'c' && f->alt)
        return rt_raise(RT_EXC_VALUE,
                        "Alternate form (#) not allowed with integer format specifier 'c'");
    if (type == 'c') {
        int64_t cp;
        if (!rt_int_to_i64(v, &cp) || cp < 0 || cp > 0x10FFFF)
            return rt_raise(RT_EXC_OVERFLOW, "%%c arg not in range(0x110000)");
        char enc[4];
        int len = rt_utf8_encode((uint32_t)cp, enc);
        return finish(f, "", "", enc, (size_t)len, false, 3);
    }
    int base = 10;
    const char *prefix = "";
    unsigned flags = 0;
    switch (type) {
    case 'b':
        base = 2, prefix = f->alt ? "0b" : "";
        break;
    case 'o':
        base = 8, prefix = f->alt ? "0o" : "";
        break;
    case 'x':
        base = 16, prefix = f->alt ? "0x" : "";
        break;
    case 'X':
        base = 16, prefix = f->alt ? "0X" : "", flags = RT_NUMFMT_UPPER;
        break;
    default: /* none, 'd', 'n' */
        break;
    }
    bool neg = rt_int_sign(v) < 0;
    rt_value_t a = rt_int_abs(v);
    size_t cap = rt_numfmt_int_bound(a, base);
    char small[80];
    char *digits = cap <= sizeof small ? small : rt_str_alloc(&rt_type_str, cap)->data;
    size_t n = rt_numfmt_int(a, base, flags, digits);
    return finish(f, sign_of(f, neg), prefix, digits, n, true, base == 10 ? 3 : 4);
}

static rt_value_t format_str(rt_str_t *s, const fmt_spec_t *f)
{
    if (f->type && f->type != 's')
        return rt_raise(RT_EXC_VALUE, "Unknown format code '%c' for object of type 'str'",
                        f->type);
    if (f->sign)
        return rt_raise(RT_EXC_VALUE, f->sign == ' ' ? "Space not allowed in string format specifier"
                                                    : "Sign not allowed in string format specifier");
    if (f->nonegzero)
        return rt_raise(RT_EXC_VALUE,
                        "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alt)
        return rt_raise(RT_EXC_VALUE, "Alternate form (#) not allowed in string format specifier");
    size_t len = (size_t)s->len;
    if (f->prec >= 0 && f->prec < rt_str_cp_len(s))
        len = (size_t)rt_str_cp_offset(s, f->prec);
    fmt_spec_t g = *f;
    if (g.align == '=')
        return rt_raise(RT_EXC_VALUE, "'=' alignment not allowed in string format specifier");
    return finish(&g, "", "", s->data, len, false, 3);
}

rt_value_t pyvm_str_format_builtin(rt_value_t v, rt_str_t *spec, bool *handled)
{
    *handled = true;
    fmt_spec_t f;
    double re, im;
    if (pyvm_is_str(v) && spec->len == 0)
        return v;
    bool complex = pyvm_complex_parts(v, &re, &im);
    if (!pyvm_is_str(v) && !rt_is_int(v) && !(rt_is_bool(v) && spec->len) && !rt_is_float(v) &&
        !complex) {
        *handled = false;
        return RT_NOVALUE;
    }
    if (!parse_spec(spec, &f, pyvm_type_name(v)))
        return RT_NOVALUE;
    if (pyvm_is_str(v))
        return format_str(rt_ptr(v), &f);
    if (rt_is_float(v))
        return format_float(rt_float_value(v), &f);
    if (complex)
        return format_complex(re, im, &f);
    return format_int(pyvm_int_of(v), &f);
}

/* ---- printf-style formatting: fmt % args ---- */

/* Pads the bytes of one bytes % conversion to f's width (left-aligned with '-'). */
static rt_value_t pad_bytes(const fmt_spec_t *f, const char *d, int64_t len)
{
    if (f->prec >= 0 && f->prec < len)
        len = f->prec;
    int64_t pad = f->width > len ? f->width - len : 0;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)(len + pad));
    if (f->align != '<')
        append_fill(&b, ' ', pad);
    rt_strbuf_append(&b, d, (size_t)len);
    if (f->align == '<')
        append_fill(&b, ' ', pad);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_bytes));
}

/* bytes % v for %s / %b (bytes-like objects or __bytes__) and %c (an int below 256 or one byte). */
static rt_value_t percent_bytes(char conv, const fmt_spec_t *f, rt_value_t v)
{
    const char *d;
    int64_t len;
    if (conv == 'c') {
        int64_t i;
        v = pyvm_unwrap(v);
        if (pyvm_bytes_like(v, &d, &len) && len == 1)
            return pad_bytes(f, d, 1);
        if (!pyvm_is_intlike(v) || !rt_int_to_i64(pyvm_int_of(v), &i) || i < 0 || i > 255)
            return rt_raise(pyvm_is_intlike(v) ? RT_EXC_OVERFLOW : RT_EXC_TYPE,
                            "%%c requires an integer in range(256) or a single byte");
        char c = (char)i;
        return pad_bytes(f, &c, 1);
    }
    if (!pyvm_bytes_like(v, &d, &len)) {
        bool found;
        rt_value_t r = pyvm_call_dunder(v, rt_str_intern_cstr("__bytes__"), NULL, 0, &found);
        if (!found)
            return rt_raise(RT_EXC_TYPE, "%%b requires a bytes-like object, or an object that "
                                         "implements __bytes__, not '%s'", pyvm_type_name(v));
        if (!r)
            return r;
        if (!pyvm_bytes_like(r, &d, &len))
            return rt_raise(RT_EXC_TYPE, "__bytes__ returned non-bytes (type %s)",
                            pyvm_type_name(r));
    }
    return pad_bytes(f, d, len);
}

/* One conversion of fmt % args; bytes: the format is bytes (PEP 461). at: its index, for errors. */
static rt_value_t percent_one(char conv, const fmt_spec_t *f, rt_value_t v, bool bytes,
                              int64_t at)
{
    fmt_spec_t g = *f;
    if (bytes && (conv == 's' || conv == 'b' || conv == 'c'))
        return percent_bytes(conv, f, v);
    if (bytes && conv == 'r')
        conv = 'a';
    if (conv != 's' && conv != 'r' && conv != 'a')
        v = pyvm_unwrap(v);
    switch (conv) {
    case 's':
    case 'r':
    case 'a': {
        rt_value_t s = conv == 's' ? pyvm_str(v) : conv == 'r' ? pyvm_repr(v) : pyvm_ascii(v);
        if (!s)
            return s;
        g.type = 0;
        g.sign = 0;
        if (g.align != '<')
            g.align = '>', g.fill = ' ';
        return format_str(rt_ptr(s), &g);
    }
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
        rt_value_t i;
        if (rt_is_float(v) && conv != 'd' && conv != 'i' && conv != 'u')
            return rt_raise(RT_EXC_TYPE, "%%%c format: an integer is required, not float", conv);
        if (rt_is_float(v)) {
            rt_num_status_t st = rt_int_from_double(rt_float_value(v), &i);
            if (st)
                return pyvm_num_error(st, "cannot convert float to integer");
        } else if (pyvm_is_intlike(v)) {
            i = pyvm_int_of(v);
        } else if (pyvm_type_lookup(pyvm_type_of(v), pyvm_name(index))) {
            if (!(i = pyvm_index(v))) /* objects with __index__, as CPython takes them */
                return RT_NOVALUE;
        } else {
            return rt_raise(RT_EXC_TYPE, "%%%c format: a real number is required, not %s", conv,
                            pyvm_type_name(v));
        }
        g.type = (conv == 'i' || conv == 'u') ? 'd' : conv;
        int64_t prec = g.prec;
        g.prec = -1;
        if (prec > 0) {
            /* %.3d: at least prec digits */
            fmt_spec_t z = {.fill = '0', .align = '=', .width = prec, .prec = -1, .type = g.type};
            rt_value_t digits = format_int(rt_int_abs(i), &z);
            if (!digits)
                return digits;
            g.type = 0;
            rt_str_t *d = rt_ptr(digits);
            const char *prefix = !g.alt ? "" : conv == 'x' ? "0x" : conv == 'X' ? "0X"
                                              : conv == 'o' ? "0o" : "";
            return finish(&g, sign_of(&g, rt_int_sign(i) < 0), prefix, d->data, (size_t)d->len,
                          true, 3);
        }
        return format_int(i, &g);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
        double d;
        bool err, found;
        if (!pyvm_num_to_double(v, &d, &err)) {
            if (err)
                return RT_NOVALUE;
            /* objects with __float__ */
            rt_value_t fv = pyvm_call_dunder(v, rt_str_intern_cstr("__float__"), NULL, 0, &found);
            if (!found)
                return rt_raise(RT_EXC_TYPE, "must be real number, not %s", pyvm_type_name(v));
            if (!fv || !pyvm_num_to_double(fv, &d, &err))
                return fv ? rt_raise(RT_EXC_TYPE, "__float__ returned non-float") : fv;
        }
        g.type = conv;
        if (g.prec < 0)
            g.prec = 6;
        return format_float(d, &g);
    }
    case 'c': {
        if (g.align != '<') /* right-aligned unless '-', as %s */
            g.align = '>', g.fill = ' ';
        if (pyvm_is_str(v) && rt_str_cp_len(rt_ptr(v)) == 1)
            return format_str(rt_ptr(v), &g);
        if (!pyvm_is_intlike(v))
            return rt_raise(RT_EXC_TYPE, "%%c requires int or char");
        g.type = 'c';
        return format_int(pyvm_int_of(v), &g);
    }
    default:
        return rt_raise(RT_EXC_VALUE, "unsupported format character '%c' (0x%x) at index %lld",
                        conv, conv, (long long)at);
    }
}

/* The int argument a '*' width or precision takes from the tuple. */
static bool star_arg(const rt_value_t *items, int64_t nitems, int64_t *next, int64_t *out)
{
    if (*next >= nitems)
        return fail_with(RT_EXC_TYPE, "not enough arguments for format string");
    rt_value_t v = pyvm_unwrap(items[(*next)++]);
    if (!rt_is_int(v))
        return fail_with(RT_EXC_TYPE, "* wants int");
    if (!rt_int_to_i64(v, out))
        return fail_with(RT_EXC_OVERFLOW, "Python int too large to convert to C ssize_t");
    return true;
}

/* The commonest conversions, %s of an exact str and %d / %i of a small int without flags,
** width or precision, appended to b directly: true when done. */
static bool plain_conversion(rt_strbuf_t *b, char conv, const fmt_spec_t *f, rt_value_t v,
                             bool bytes)
{
    if (bytes || f->width >= 0 || f->prec >= 0 || f->sign || f->alt || f->zero || f->align)
        return false;
    if (conv == 's' && rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_str) {
        rt_strbuf_append_str(b, rt_ptr(v));
        return true;
    }
    if ((conv == 'd' || conv == 'i') && rt_is_small(v)) {
        char digits[24];
        rt_strbuf_append(b, digits, rt_numfmt_int(v, 10, 0, digits));
        return true;
    }
    return false;
}

rt_value_t pyvm_str_mod(rt_str_t *fmt, rt_value_t args)
{
    bool bytes = rt_obj_type(fmt) == &rt_type_bytes;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)fmt->len + 16);
    const rt_value_t *items = &args;
    int64_t nitems = 1;
    rt_value_t tuple = pyvm_unwrap(args); /* tuple subclasses (namedtuples) format as tuples */
    if (pyvm_is_tuple(tuple)) {
        items = ((rt_tuple_t *)rt_ptr(tuple))->items;
        nitems = rt_tuple_len(rt_ptr(tuple));
    }
    /* a mapping (anything with __getitem__ but a tuple or str, and for bytes formatting bytes
    ** or bytearray, as CPython decides) serves %(name)s and needs no conversion for itself */
    const rt_pyslots_t *as = pyvm_slots(args);
    const char *unused;
    int64_t nunused;
    bool mapping = pyvm_is_dict(args) ||
                   (!pyvm_is_tuple(tuple) && !pyvm_is_str(args) && as && as->getitem &&
                    rt_is_ptr(args) && !(bytes && pyvm_bytes_like(args, &unused, &nunused)) &&
                    (rt_value_type(args) != &pyvm_type_instance ||
                     pyvm_type_lookup(pyvm_type_of(args), pyvm_name(getitem))));
    int64_t next = 0;
    const char *p = fmt->data, *end = p + fmt->len;
    while (p < end) {
        const char *q = memchr(p, '%', (size_t)(end - p));
        if (!q) {
            rt_strbuf_append(&b, p, (size_t)(end - p));
            break;
        }
        rt_strbuf_append(&b, p, (size_t)(q - p));
        p = q + 1;
        if (p < end && *p == '%') {
            rt_strbuf_append_char(&b, '%');
            p++;
            continue;
        }
        rt_value_t v = RT_NOVALUE;
        if (p < end && *p == '(') {
            const char *k = ++p;
            for (int depth = 1; p < end; p++) { /* %((a))s: the key is "(a)", as CPython */
                depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
                if (depth == 0)
                    break;
            }
            if (p >= end)
                return rt_raise(RT_EXC_VALUE, "incomplete format key");
            rt_value_t key = rt_from_ptr(bytes ? rt_bytes_new(k, (size_t)(p - k))
                                               : rt_str_new(k, (size_t)(p - k)));
            p++;
            if (!mapping)
                return rt_raise(RT_EXC_TYPE, "format requires a mapping");
            v = pyvm_getitem(args, key);
            if (!v)
                return v;
        }
        fmt_spec_t f = {.fill = ' ', .width = -1, .prec = -1};
        for (; p < end && strchr("-+ #0", *p); p++) {
            if (*p == '-')
                f.align = '<';
            else if (*p == '+')
                f.sign = '+';
            else if (*p == ' ' && f.sign != '+')
                f.sign = ' ';
            else if (*p == '#')
                f.alt = true;
            else if (*p == '0')
                f.zero = true;
        }
        if (p < end && *p == '*') {
            p++;
            if (!star_arg(items, nitems, &next, &f.width))
                return RT_NOVALUE;
            if (f.width < 0)
                f.width = -f.width, f.align = '<';
        }
        while (p < end && *p >= '0' && *p <= '9') {
            if (f.width > (INT64_MAX - 9) / 10)
                return rt_raise(RT_EXC_VALUE, "width too big");
            f.width = (f.width < 0 ? 0 : f.width * 10) + (*p++ - '0');
        }
        if (p < end && *p == '.') {
            p++;
            f.prec = 0;
            if (p < end && *p == '*') {
                p++;
                if (!star_arg(items, nitems, &next, &f.prec))
                    return RT_NOVALUE;
                if (f.prec < 0)
                    f.prec = 0;
            }
            while (p < end && *p >= '0' && *p <= '9') {
                if (f.prec > (INT32_MAX - 9) / 10)
                    return rt_raise(RT_EXC_VALUE, "precision too big");
                f.prec = f.prec * 10 + (*p++ - '0');
            }
        }
        if (f.zero && f.align != '<')
            f.fill = '0', f.align = '=';
        if (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) /* C's length modifiers: ignored */
            p++;
        if (f.prec > INT32_MAX) /* CPython keeps precisions in a C int */
            return rt_raise(RT_EXC_OVERFLOW, "Python int too large to convert to C int");
        if (f.width > INT32_MAX) { /* padding beyond 2 GiB: out of memory, not a crash */
            rt_value_t e = pyvm_exc_new(pyvm_exc_MemoryError, NULL, 0);
            return e ? rt_exc_set(e) : e;
        }
        if (p >= end)
            return rt_raise(RT_EXC_VALUE, "incomplete format");
        char conv = *p++;
        if (!v) { /* a non-tuple argument, mapping or not, serves one un-keyed conversion */
            if (next >= nitems)
                return rt_raise(RT_EXC_TYPE, "not enough arguments for format string");
            v = items[next++];
        }
        if (plain_conversion(&b, conv, &f, v, bytes))
            continue;
        rt_value_t s = percent_one(conv, &f, v, bytes, p - 1 - fmt->data);
        if (!s)
            return s;
        rt_strbuf_append_str(&b, rt_ptr(s));
    }
    if (next < nitems && !mapping && (pyvm_is_tuple(args) || next == 0))
        return rt_raise(RT_EXC_TYPE, bytes ? "not all arguments converted during bytes formatting"
                                           : "not all arguments converted during string formatting");
    return rt_from_ptr(rt_strbuf_finish(&b, rt_obj_type(fmt)));
}

/* ---- str.format ---- */

/* Where str.format's fields come from: positional and keyword arguments, or (format_map) a
** mapping for named fields and no positional ones. */
typedef struct fmt_args {
    const rt_value_t *args;
    size_t nargs;
    rt_tuple_t *kwnames;
    rt_value_t mapping;
    int64_t autoidx; /* next automatic index; -1 once a field was numbered by hand */
} fmt_args_t;

static rt_value_t lookup_field(const char *name, size_t len, fmt_args_t *fa)
{
    const rt_value_t *args = fa->args;
    size_t nargs = fa->nargs;
    rt_tuple_t *kwnames = fa->kwnames;
    int64_t *autoidx = &fa->autoidx;
    size_t head = 0;
    while (head < len && name[head] != '.' && name[head] != '[')
        head++;
    rt_value_t v = RT_NOVALUE;
    if (fa->mapping && (head == 0 || (name[0] >= '0' && name[0] <= '9')))
        return rt_raise(RT_EXC_VALUE, "Format string contains positional fields");
    if (fa->mapping) {
        v = pyvm_getitem(fa->mapping, rt_from_ptr(rt_str_new(name, head)));
    } else if (head == 0) {
        if (*autoidx < 0)
            return rt_raise(RT_EXC_VALUE,
                            "cannot switch from manual field specification to automatic field numbering");
        int64_t i = (*autoidx)++;
        if ((size_t)i >= nargs)
            return rt_raise(RT_EXC_INDEX, "Replacement index %lld out of range for positional "
                                          "args tuple", (long long)i);
        v = args[i];
    } else if (name[0] >= '0' && name[0] <= '9') {
        int64_t i = 0;
        for (size_t k = 0; k < head; k++)
            i = i * 10 + (name[k] - '0');
        if (*autoidx > 0)
            return rt_raise(RT_EXC_VALUE,
                            "cannot switch from automatic field numbering to manual field specification");
        *autoidx = -1;
        if ((size_t)i >= nargs)
            return rt_raise(RT_EXC_INDEX, "Replacement index %lld out of range for positional "
                                          "args tuple", (long long)i);
        v = args[i];
    } else {
        for (int64_t k = 0; kwnames && k < rt_tuple_len(kwnames); k++) {
            rt_str_t *kn = rt_ptr(rt_tuple_get(kwnames, k));
            if ((size_t)kn->len == head && memcmp(kn->data, name, head) == 0)
                v = args[nargs + (size_t)k];
        }
        if (!v) {
            rt_value_t key = rt_from_ptr(rt_str_new(name, head));
            rt_value_t e = pyvm_exc_new(pyvm_exc_KeyError, &key, 1);
            return e ? rt_exc_set(e) : e;
        }
    }
    size_t p = head;
    while (p < len && v) {
        if (name[p] == '.') {
            size_t s = ++p;
            while (p < len && name[p] != '.' && name[p] != '[')
                p++;
            v = pyvm_getattr(v, rt_str_intern(rt_str_new(name + s, p - s)));
        } else {
            size_t s = ++p;
            while (p < len && name[p] != ']')
                p++;
            rt_value_t key;
            bool digits = p > s;
            for (size_t k = s; k < p; k++)
                digits &= name[k] >= '0' && name[k] <= '9';
            if (digits)
                rt_numparse_int(name + s, p - s, 10, &key);
            else
                key = rt_from_ptr(rt_str_new(name + s, p - s));
            p++;
            v = pyvm_getitem(v, key);
        }
    }
    return v;
}

/* Formats fmt into b; nesting: how many more levels of fields inside format specs are allowed. */
static bool format_into(rt_strbuf_t *b, rt_str_t *fmt, fmt_args_t *fa, int nesting)
{
    if (nesting < 0) {
        rt_raise(RT_EXC_VALUE, "Max string recursion exceeded");
        return false;
    }
    const char *p = fmt->data, *end = p + fmt->len;
    while (p < end) {
        char c = *p;
        if (c == '}') {
            if (p + 1 < end && p[1] == '}') {
                rt_strbuf_append_char(b, '}');
                p += 2;
                continue;
            }
            return fail_with(RT_EXC_VALUE, "Single '}' encountered in format string");
        }
        if (c != '{') {
            rt_strbuf_append_char(b, c);
            p++;
            continue;
        }
        if (p + 1 < end && p[1] == '{') {
            rt_strbuf_append_char(b, '{');
            p += 2;
            continue;
        }
        if (p + 1 >= end)
            return fail_with(RT_EXC_VALUE, "Single '{' encountered in format string");
        const char *start = ++p;
        int depth = 1;
        while (p < end && depth) {
            if (*p == '{')
                depth++;
            else if (*p == '}')
                depth--;
            if (depth)
                p++;
        }
        if (p >= end)
            return fail_with(RT_EXC_VALUE, "expected '}' before end of string");
        const char *fend = p++;
        const char *q = start;
        while (q < fend && *q != '!' && *q != ':')
            q++;
        rt_value_t v = lookup_field(start, (size_t)(q - start), fa);
        if (!v)
            return false;
        if (q < fend && *q == '!') {
            if (q + 1 >= fend)
                return fail_with(RT_EXC_VALUE, "end of string while looking for conversion specifier");
            char conv = q[1];
            if (q + 2 < fend && q[2] != ':')
                return fail_with(RT_EXC_VALUE, "expected ':' after conversion specifier");
            if (conv != 's' && conv != 'r' && conv != 'a')
                return fail_with(RT_EXC_VALUE, "Unknown conversion specifier %c", conv);
            v = conv == 's' ? pyvm_str(v) : conv == 'r' ? pyvm_repr(v) : pyvm_ascii(v);
            if (!v)
                return false;
            q += 2;
        }
        rt_str_t *spec = rt_str_new("", 0);
        if (q < fend && *q == ':') {
            rt_str_t *raw = rt_str_new(q + 1, (size_t)(fend - q - 1));
            if (memchr(raw->data, '{', (size_t)raw->len)) {
                rt_strbuf_t nb;
                rt_strbuf_init(&nb, (size_t)raw->len + 16);
                if (!format_into(&nb, raw, fa, nesting - 1))
                    return false;
                raw = rt_strbuf_finish(&nb, &rt_type_str);
            }
            spec = raw;
        }
        rt_value_t s = pyvm_format(v, spec);
        if (!s)
            return false;
        rt_strbuf_append_str(b, rt_ptr(s));
    }
    return true;
}

rt_value_t pyvm_str_format_method(rt_str_t *fmt, const rt_value_t *args, size_t nargs,
                                  rt_tuple_t *kwnames)
{
    fmt_args_t fa = {args, nargs, kwnames, RT_NOVALUE, 0};
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)fmt->len + 16);
    if (!format_into(&b, fmt, &fa, 2))
        return RT_NOVALUE;
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

rt_value_t pyvm_str_format_map(rt_str_t *fmt, rt_value_t mapping)
{
    fmt_args_t fa = {NULL, 0, NULL, mapping, 0};
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)fmt->len + 16);
    if (!format_into(&b, fmt, &fa, 2))
        return RT_NOVALUE;
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/*
** numparse.c: text to numbers (see numparse.h).
** Each language's grammar is checked here, byte by byte, and the digits are then handed to a
** converter that only sees well-formed input: an int64 loop or GMP's mpz_set_str for integers,
** glibc's correctly rounded strtod for decimals (both need a NUL-terminated copy of the digits).
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "runtime/bigint.h"
#include "runtime/numparse.h"

/* ---- A NUL-terminated scratch copy: on the stack when small ---- */

typedef struct scratch {
    char *p;
    size_t len;
    char small[128];
} scratch_t;

static void scratch_init(scratch_t *s, size_t capacity)
{
    s->p = capacity < sizeof s->small ? s->small : malloc(capacity + 1);
    if (!s->p)
        abort();
    s->len = 0;
    s->p[0] = '\0';
}

static void scratch_free(scratch_t *s)
{
    if (s->p != s->small)
        free(s->p);
}

static void scratch_put(scratch_t *s, char c)
{
    s->p[s->len++] = c;
    s->p[s->len] = '\0';
}

/* ---- Python's view of non-ASCII text ---- */

/* The zero of every run of ten decimal digits (category Nd) in Unicode 14.0, the version CPython
** 3.11 uses: int() and float() accept any of them ('\u0661' is 1). */
static const uint32_t nd_zeros[] = {
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};

/* The digit value of code point cp, or -1. */
static int unicode_digit(uint32_t cp)
{
    size_t lo = 0, hi = sizeof nd_zeros / sizeof nd_zeros[0];
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (nd_zeros[mid] <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return cp - nd_zeros[lo] < 10 ? (int)(cp - nd_zeros[lo]) : -1;
}

/* Non-ASCII whitespace (Python's str.isspace beyond ASCII). */
static bool unicode_space(uint32_t cp)
{
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* Decodes the UTF-8 sequence at p (n >= 1 bytes available) into *cp; returns its length, or 0
** when it is not well formed. Only the shape is checked: a Python str is valid UTF-8 already. */
static size_t utf8_decode(const unsigned char *p, size_t n, uint32_t *cp)
{
    size_t len = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC0 ? 2 : 0;
    if (len == 0 || len > n)
        return 0;
    uint32_t c = p[0] & (0x7F >> len);
    for (size_t k = 1; k < len; k++) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (p[k] & 0x3F);
    }
    *cp = c;
    return len;
}

/*
** What CPython does before parsing a number: non-ASCII whitespace becomes ' ' and non-ASCII
** decimal digits their ASCII digit; anything else non-ASCII makes the text invalid (false).
** Leaves ASCII-only text in place, without copying.
*/
static bool python_ascii(const char *s, size_t len, scratch_t *out, const char **text, size_t *n)
{
    size_t k = 0;
    while (k < len && (unsigned char)s[k] < 0x80)
        k++;
    scratch_init(out, k == len ? 0 : len);
    *text = s;
    *n = len;
    if (k == len)
        return true;
    memcpy(out->p, s, k);
    out->len = k;
    while (k < len) {
        const unsigned char *u = (const unsigned char *)s + k;
        uint32_t cp = u[0];
        size_t step = cp < 0x80 ? 1 : utf8_decode(u, len - k, &cp);
        int digit = step > 1 ? unicode_digit(cp) : -1;
        if (step == 0 || (step > 1 && digit < 0 && !unicode_space(cp)))
            return false;
        out->p[out->len++] = step == 1 ? (char)cp : digit >= 0 ? (char)('0' + digit) : ' ';
        k += step;
    }
    out->p[out->len] = '\0';
    *text = out->p;
    *n = out->len;
    return true;
}

/* Narrows [*start, *end) to exclude ASCII whitespace at both ends (" \t\n\v\f\r"). */
static void strip_space(const char *s, size_t *start, size_t *end)
{
    while (*start < *end && (s[*start] == ' ' || (s[*start] >= '\t' && s[*start] <= '\r')))
        (*start)++;
    while (*end > *start && (s[*end - 1] == ' ' || (s[*end - 1] >= '\t' && s[*end - 1] <= '\r')))
        (*end)--;
}

/* ---- Python int() ---- */

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* Whether s[i..] starts with the prefix of `base` ("0x", "0o", "0b", any case). */
static bool has_prefix(const char *s, size_t i, size_t end, int base)
{
    if (end - i < 2 || s[i] != '0')
        return false;
    char c = (char)(s[i + 1] | 0x20);
    return (base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b');
}

/* The integer value of the digits in d (valid, no sign) in `base`, negated if asked. */
static rt_value_t digits_to_int(const char *d, size_t n, int base, bool negative)
{
    uint64_t acc = 0;
    size_t i = 0;
    for (; i < n; i++) {
        uint64_t next;
        if (__builtin_mul_overflow(acc, (uint64_t)base, &next) ||
            __builtin_add_overflow(next, (uint64_t)digit_value((unsigned char)d[i]), &next))
            break;
        acc = next;
    }
    if (i == n && acc <= (uint64_t)RT_SMALL_MAX)
        return rt_small(negative ? -(int64_t)acc : (int64_t)acc);
    mpz_t z;
    mpz_init_set_str(z, d, base); /* d is NUL-terminated and valid */
    if (negative)
        mpz_neg(z, z);
    return rt_bigint_take_mpz(z);
}

/* int(s, base) once s is ASCII. */
static rt_num_status_t parse_int(const char *s, size_t len, int base, rt_value_t *out)
{
    size_t i = 0, end = len;
    strip_space(s, &i, &end);
    bool negative = false;
    if (i < end && (s[i] == '+' || s[i] == '-'))
        negative = s[i++] == '-';
    bool old_octal = false; /* base 0 and a leading 0 without prefix: only zeros are allowed */
    if (base == 0) {
        base = has_prefix(s, i, end, 16) ? 16 : has_prefix(s, i, end, 8) ? 8
             : has_prefix(s, i, end, 2) ? 2 : 10;
        old_octal = base == 10 && i < end && s[i] == '0';
    }
    if (has_prefix(s, i, end, base)) {
        i += 2;
        if (i < end && s[i] == '_') /* one underscore may follow the prefix */
            i++;
    }
    scratch_t d;
    scratch_init(&d, end - i);
    bool nonzero = false;
    for (size_t k = i; k < end; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c == '_' && k > i && s[k - 1] != '_' && k + 1 < end)
            continue;
        if (digit_value(c) >= base)
            goto fail;
        nonzero |= c != '0';
        scratch_put(&d, (char)c);
    }
    if (d.len == 0 || (old_octal && nonzero))
        goto fail;
    *out = digits_to_int(d.p, d.len, base, negative);
    scratch_free(&d);
    return RT_NUM_OK;
fail:
    scratch_free(&d);
    return RT_NUM_VALUE_ERROR;
}

/* ---- Python float() ---- */

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Whether s[0..n) is inf, infinity or nan in any case. */
static bool special_word(const char *s, size_t n)
{
    return (n == 3 && (strncasecmp(s, "inf", 3) == 0 || strncasecmp(s, "nan", 3) == 0)) ||
           (n == 8 && strncasecmp(s, "infinity", 8) == 0);
}

/* Whether the NUL-terminated p is digits* [. digits*] [e [sign] digits+] with some digit before
** the exponent: the decimal forms strtod agrees with Python on. */
static bool decimal_syntax(const char *p)
{
    size_t mant = 0;
    while (is_digit((unsigned char)*p))
        p++, mant++;
    if (*p == '.')
        for (p++; is_digit((unsigned char)*p); p++)
            mant++;
    if (mant == 0)
        return false;
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-')
            p++;
        if (!is_digit((unsigned char)*p))
            return false;
        while (is_digit((unsigned char)*p))
            p++;
    }
    return *p == '\0';
}

/* float(s) once s is ASCII. */
static rt_num_status_t parse_float(const char *s, size_t len, double *out)
{
    size_t i = 0, end = len;
    strip_space(s, &i, &end);
    scratch_t d;
    scratch_init(&d, end - i);
    /* Underscores go only between two digits. */
    for (size_t k = i; k < end; k++) {
        if (s[k] != '_') {
            scratch_put(&d, s[k]);
            continue;
        }
        if (k == i || k + 1 == end || !is_digit((unsigned char)s[k - 1]) ||
            !is_digit((unsigned char)s[k + 1]))
            goto fail;
    }
    const char *body = d.p + (d.len > 0 && (d.p[0] == '+' || d.p[0] == '-'));
    if (!special_word(body, d.len - (size_t)(body - d.p)) && !decimal_syntax(body))
        goto fail;
    *out = strtod(d.p, NULL); /* overflow gives +-inf and underflow 0, as Python wants */
    scratch_free(&d);
    return RT_NUM_OK;
fail:
    scratch_free(&d);
    return RT_NUM_VALUE_ERROR;
}

rt_num_status_t rt_numparse_int(const char *s, size_t len, int base, rt_value_t *out)
{
    if (base != 0 && (base < 2 || base > 36))
        return RT_NUM_VALUE_ERROR;
    scratch_t ascii;
    const char *text;
    size_t n;
    rt_num_status_t st = python_ascii(s, len, &ascii, &text, &n) ? parse_int(text, n, base, out)
                                                                 : RT_NUM_VALUE_ERROR;
    scratch_free(&ascii);
    return st;
}

rt_num_status_t rt_numparse_float(const char *s, size_t len, double *out)
{
    scratch_t ascii;
    const char *text;
    size_t n;
    rt_num_status_t st = python_ascii(s, len, &ascii, &text, &n) ? parse_float(text, n, out)
                                                                 : RT_NUM_VALUE_ERROR;
    scratch_free(&ascii);
    return st;
}

/* ---- PHP numeric strings ---- */

static bool php_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Accumulates the decimal digits s[from, to) with sign into *out; false on int64 overflow. */
static bool php_integer(const char *s, size_t from, size_t to, bool negative, int64_t *out)
{
    int64_t acc = 0;
    for (size_t k = from; k < to; k++) {
        int dv = negative ? '0' - s[k] : s[k] - '0';
        if (__builtin_mul_overflow(acc, 10, &acc) || __builtin_add_overflow(acc, dv, &acc))
            return false;
    }
    *out = acc;
    return true;
}

void rt_numparse_php(const char *s, size_t len, rt_phpnum_t *out)
{
    size_t i = 0;
    memset(out, 0, sizeof *out);
    while (i < len && php_space((unsigned char)s[i]))
        i++;
    size_t start = i;
    bool negative = false;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        negative = s[i++] == '-';
    size_t int_from = i;
    while (i < len && is_digit((unsigned char)s[i]))
        i++;
    size_t int_to = i, frac_digits = 0;
    bool is_float = false;
    if (i < len && s[i] == '.') {
        size_t k = i + 1;
        while (k < len && is_digit((unsigned char)s[k]))
            k++;
        frac_digits = k - i - 1;
        if (int_to > int_from || frac_digits > 0) {
            is_float = true;
            i = k;
        }
    }
    if (int_to == int_from && frac_digits == 0)
        return; /* RT_PHPNUM_NONE */
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        size_t k = i + 1;
        if (k < len && (s[k] == '+' || s[k] == '-'))
            k++;
        if (k < len && is_digit((unsigned char)s[k])) {
            while (k < len && is_digit((unsigned char)s[k]))
                k++;
            is_float = true;
            i = k;
        }
    }
    size_t num_end = i;
    while (i < len && php_space((unsigned char)s[i]))
        i++;
    out->trailing = i < len;
    if (!is_float && php_integer(s, int_from, int_to, negative, &out->i)) {
        out->kind = RT_PHPNUM_INT;
        return;
    }
    scratch_t d;
    scratch_init(&d, num_end - start);
    for (size_t k = start; k < num_end; k++)
        scratch_put(&d, s[k]);
    out->kind = RT_PHPNUM_FLOAT;
    out->d = strtod(d.p, NULL);
    scratch_free(&d);
}

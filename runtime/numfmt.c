/*
** numfmt.c: numbers to text (see numfmt.h).
** Every float format starts from the same decimal digits: either the shortest string that reads
** back as the same double (Python repr, PHP serialize_precision = -1) or the correctly rounded
** first N significant digits. glibc's printf is exact, so both come from "%.*e" plus strtod
** checks; the languages' spellings are then laid out from (digits, decimal point position).
*/
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/bigint.h"
#include "runtime/numfmt.h"
#include "runtime/str.h"

/* Past this many significant digits a double's exact decimal expansion has only zeros left
** (it has at most 767 significant digits). */
enum { MAX_SIG_DIGITS = 780 };

/* A positive finite double as 0.d1d2...dn * 10**decpt; d[] has no trailing zeros (n >= 1). */
typedef struct digits {
    char d[MAX_SIG_DIGITS + 16];
    int n;
    int decpt;
} digits_t;

/* ---- Output with snprintf's contract: count everything, store what fits ---- */

typedef struct out {
    char *buf;
    size_t cap, len;
} out_t;

static void put(out_t *o, char c)
{
    if (o->len + 1 < o->cap)
        o->buf[o->len] = c;
    o->len++;
}

static void put_n(out_t *o, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        put(o, s[i]);
}

static void put_zeros(out_t *o, long n)
{
    for (long i = 0; i < n; i++)
        put(o, '0');
}

static size_t finish(out_t *o)
{
    if (o->cap > 0)
        o->buf[o->len < o->cap ? o->len : o->cap - 1] = '\0';
    return o->len;
}

/* ---- Digit generation ---- */

/* Reads "%.*e" output ("d.ddde+XX") into digits, dropping trailing zeros. */
static void parse_e(const char *s, digits_t *out)
{
    int n = 0;
    for (; *s != 'e'; s++)
        if (*s != '.')
            out->d[n++] = *s;
    while (n > 1 && out->d[n - 1] == '0')
        n--;
    out->n = n;
    out->decpt = atoi(s + 1) + 1;
}

/* Sets out to the digits of m * 10**exp10 (m > 0), trailing zeros dropped. */
static void digits_of(uint64_t m, int exp10, digits_t *out)
{
    char tmp[24];
    int len = 0;
    for (; m > 0; m /= 10)
        tmp[len++] = (char)('0' + m % 10);
    for (int i = 0; i < len; i++)
        out->d[i] = tmp[len - 1 - i];
    out->decpt = exp10 + len;
    out->n = len;
    while (out->n > 1 && out->d[out->n - 1] == '0')
        out->n--;
}

/*
** The exact decimal expansion of x > 0 when it has at most 15 significant digits (false
** otherwise): integers, money amounts, k / 2**j fractions, what programs print most. It is then
** the shortest string that reads back as x, and the closest: any decimal of 15 or fewer digits
** survives decimal -> double -> 15 digits, so a shorter one reading back as x would be x's own
** 15-digit rounding, which is x. Exact integer arithmetic on x = m * 2**e, no printf.
*/
static bool digits_exact(double x, digits_t *out)
{
    int e;
    uint64_t m = (uint64_t)ldexp(frexp(x, &e), 53); /* x = m * 2**(e - 53), exactly */
    int tz = __builtin_ctzll(m);
    m >>= tz;
    e += tz - 53;
    int exp10 = 0;
    if (e >= 0) { /* an integer: m * 2**e must fit 64 bits */
        if (e > __builtin_clzll(m))
            return false;
        m <<= e;
    } else { /* m * 2**e = m * 5**-e / 10**-e, m odd: -e decimals exactly */
        if (e < -22)
            return false;
        for (; e < 0; e++, exp10--)
            if (__builtin_mul_overflow(m, 5, &m))
                return false;
    }
    digits_of(m, exp10, out);
    return out->n <= 15;
}

/* The first n (1..MAX_SIG_DIGITS) significant digits of x > 0, correctly rounded. */
static void digits_rounded(double x, int n, digits_t *out)
{
    if (digits_exact(x, out) && out->n <= n)
        return; /* no more digits than asked for: they are their own rounding */
    char buf[MAX_SIG_DIGITS + 32];
    snprintf(buf, sizeof buf, "%.*e", n - 1, x);
    parse_e(buf, out);
}

/* Whether m * 10**exp10 reads back as x. */
static bool reads_back(uint64_t m, int exp10, double x)
{
    char buf[40];
    char *p = buf + 20; /* the digits go backwards from here, the exponent forwards */
    do
        *--p = (char)('0' + m % 10);
    while ((m /= 10) > 0);
    snprintf(buf + 20, sizeof buf - 20, "e%d", exp10);
    return strtod(p, NULL) == x;
}

static const uint64_t pow10_u64[] = {
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000, 10000000000,
    100000000000, 1000000000000, 10000000000000, 100000000000000, 1000000000000000,
    10000000000000000};

/*
** Whether a candidate k units (of 10**e17) away from x's 17-digit rounding, on the side of x where
** half the gap to the next double is h units, reads back as x: 1 surely, 0 surely not, -1 too
** close to call. x is within half a unit of the 17-digit rounding, so its distance to the
** candidate is k +- 1/2; h is off by a few double roundings only, far inside the margin.
*/
static int surely_reads_back(uint64_t k, double h)
{
    const double margin = 1e-9;
    if ((double)k + 0.5 < h * (1 - margin))
        return 1;
    if ((double)k - 0.5 > h * (1 + margin))
        return 0;
    return -1;
}

/* Half the gaps from x > 0 to the doubles below and above it, in units of 10**e17: that is
** m17 * half_ulp / x, as 10**e17 is x / m17 to 17 digits. Just above a power of two (a normal
** one) the gap below is half the gap above. */
static void half_gaps(double x, uint64_t m17, double *below, double *above)
{
    int e;
    double f = frexp(x, &e);
    double x_in_half_ulps = x < DBL_MIN ? ldexp(x, 1075) : ldexp(f, 54);
    *above = (double)m17 / x_in_half_ulps;
    *below = f == 0.5 && x > DBL_MIN ? *above / 2 : *above;
}

/*
** Picks the n-digit decimal nearest x that reads back, from x's 17-digit rounding m17 * 10**e17.
** Only the two n-digit neighbours of x can be the answer: anything further is further than one of
** them on the same side. Exact: strtod settles what the gap arithmetic cannot.
*/
static bool nearest_n_digits(double x, uint64_t m17, int e17, int n, digits_t *out)
{
    uint64_t unit = pow10_u64[17 - n], lo = m17 / unit, rem = m17 % unit;
    int exp10 = e17 + (17 - n);
    if (rem == 0) { /* m17 has only n significant digits: it is the n-digit rounding itself */
        digits_of(lo, exp10, out);
        return true;
    }
    double below, above;
    half_gaps(x, m17, &below, &above);
    int lo_ok = surely_reads_back(rem, below), hi_ok = surely_reads_back(unit - rem, above);
    if (lo_ok < 0)
        lo_ok = reads_back(lo, exp10, x);
    if (hi_ok < 0)
        hi_ok = reads_back(lo + 1, exp10, x);
    if (lo_ok && hi_ok && (rem * 2 + 1 >= unit && rem * 2 <= unit + 1)) {
        /* Too close to the midpoint to tell from m17: the correctly rounded n digits decide. */
        digits_rounded(x, n, out);
        return true;
    }
    if (!lo_ok && !hi_ok)
        return false;
    digits_of(lo_ok && (!hi_ok || rem * 2 < unit) ? lo : lo + 1, exp10, out);
    return true;
}

/*
** The shortest digits that read back as x > 0 (finite), the closest to x among those: what
** David Gay's dtoa mode 0 gives CPython and PHP. A normal double's shortest form has at most 15
** digits exactly when an n-digit neighbour of x reads back for n = 15 (any decimal of 15 or fewer
** digits survives decimal -> double -> 15 digits), else 16, else 17 digits do. Subnormals have
** fewer significant bits, so every length from 1 digit up is tried.
*/
static void digits_shortest(double x, digits_t *out)
{
    if (digits_exact(x, out))
        return;
    char buf[40];
    snprintf(buf, sizeof buf, "%.16e", x);
    uint64_t m17 = (uint64_t)(buf[0] - '0');
    for (int i = 2; i < 18; i++)
        m17 = m17 * 10 + (uint64_t)(buf[i] - '0');
    int e17 = atoi(buf + 19) - 16;
    for (int n = x < DBL_MIN ? 1 : 15; n < 17; n++)
        if (nearest_n_digits(x, m17, e17, n, out))
            return;
    digits_of(m17, e17, out);
}

/* ---- Layout ---- */

/* d.ddd{e|E}[+-]XX: at least exp_min exponent digits; pad_to pads the significand with zeros. */
static void put_exp_form(out_t *o, const digits_t *d, int pad_to, bool dot, char e, int exp_min)
{
    put(o, d->d[0]);
    if (d->n > 1 || pad_to > 1 || dot)
        put(o, '.');
    put_n(o, d->d + 1, (size_t)(d->n - 1));
    put_zeros(o, pad_to - d->n);
    int x = d->decpt - 1;
    char ebuf[16];
    int len = snprintf(ebuf, sizeof ebuf, "%c%c%0*d", e, x < 0 ? '-' : '+', exp_min, abs(x));
    put_n(o, ebuf, (size_t)len);
}

/* Positional notation with at least frac_min digits after the point (a point only if any). */
static void put_fixed_form(out_t *o, const digits_t *d, long frac_min, bool dot)
{
    long frac;
    if (d->decpt <= 0) {
        put(o, '0');
        put(o, '.');
        put_zeros(o, -d->decpt);
        put_n(o, d->d, (size_t)d->n);
        frac = d->n - d->decpt;
    } else if (d->decpt >= d->n) {
        put_n(o, d->d, (size_t)d->n);
        put_zeros(o, d->decpt - d->n);
        if (frac_min > 0 || dot)
            put(o, '.');
        frac = 0;
    } else {
        put_n(o, d->d, (size_t)d->decpt);
        put(o, '.');
        put_n(o, d->d + d->decpt, (size_t)(d->n - d->decpt));
        frac = d->n - d->decpt;
    }
    put_zeros(o, frac_min - frac);
}

/* Zero as digit generation would give it: "0" with the point after it. */
static void digits_zero(digits_t *d)
{
    d->d[0] = '0';
    d->n = 1;
    d->decpt = 1;
}

/* ---- Python ---- */

/* inf and nan as Python spells them, upper-cased for the E, F, G types. */
static void put_special(out_t *o, double d, bool upper)
{
    if (isnan(d)) {
        put_n(o, upper ? "NAN" : "nan", 3);
        return;
    }
    if (d < 0)
        put(o, '-');
    put_n(o, upper ? "INF" : "inf", 3);
}

/* repr's layout; alt ('#' without a precision) keeps the point in the exponent form: '1.e+16'. */
static void put_repr(out_t *o, double d, bool alt)
{
    if (!isfinite(d)) {
        put_special(o, d, false);
        return;
    }
    if (signbit(d))
        put(o, '-');
    digits_t dg;
    if (d == 0)
        digits_zero(&dg);
    else
        digits_shortest(fabs(d), &dg);
    if (dg.decpt <= -4 || dg.decpt > 16)
        put_exp_form(o, &dg, 0, alt, 'e', 2);
    else
        put_fixed_form(o, &dg, 1, true);
}

size_t rt_numfmt_float_repr(double d, char *buf)
{
    out_t o = {buf, RT_NUMFMT_FLOAT_MAX, 0};
    put_repr(&o, d, false);
    return finish(&o);
}

/* The 'e', 'f' and '%' types: printf's layout is Python's for finite numbers. */
static void put_printf(out_t *o, double d, char type, int precision, bool alt)
{
    char fmt[8];
    snprintf(fmt, sizeof fmt, "%%%s.*%c", alt ? "#" : "", type);
    size_t room = o->len < o->cap ? o->cap - o->len : 0;
    int len = snprintf(o->buf + (room ? o->len : 0), room, fmt, precision, d);
    o->len += (size_t)len;
}

/* The 'g' type and the no-type form with a precision: significant digits, notation by exponent. */
static void put_general(out_t *o, double d, char type, int precision, bool alt)
{
    int p = precision < 0 ? 6 : precision == 0 ? 1 : precision;
    bool no_type = type == 0;
    digits_t dg;
    if (d == 0)
        digits_zero(&dg);
    else
        digits_rounded(fabs(d), p < MAX_SIG_DIGITS ? p : MAX_SIG_DIGITS, &dg);
    /* Without a type Python keeps a digit after the point, so it switches to exponents earlier. */
    if (dg.decpt <= -4 || dg.decpt > (no_type ? p - 1 : p)) {
        put_exp_form(o, &dg, alt ? p : 0, alt, type == 'G' ? 'E' : 'e', 2);
    } else {
        long frac_min = alt ? p - dg.decpt : no_type ? 1 : 0;
        put_fixed_form(o, &dg, frac_min, alt);
    }
}

size_t rt_numfmt_float_format(double d, char type, int precision, bool alt, char *buf, size_t cap)
{
    out_t o = {buf, cap, 0};
    if (type == 0 && precision < 0) {
        put_repr(&o, d, alt);
        return finish(&o);
    }
    if (type != 0 && !strchr("eEfFgGn%", type))
        return (size_t)-1;
    if (!isfinite(d)) {
        put_special(&o, d, type == 'E' || type == 'F' || type == 'G');
        if (type == '%')
            put(&o, '%');
        return finish(&o);
    }
    if (signbit(d))
        put(&o, '-');
    double mag = fabs(d);
    int p = precision < 0 ? 6 : precision;
    switch (type) {
    case 'e': case 'E': case 'f': case 'F':
        put_printf(&o, mag, type, p, alt);
        break;
    case '%':
        put_printf(&o, mag * 100, 'f', p, alt);
        put(&o, '%');
        break;
    default: /* g, G, n, and no type with a precision or '#' */
        put_general(&o, mag, type == 'n' ? 'g' : type, precision, alt);
        break;
    }
    return finish(&o);
}

/* ---- PHP ---- */

size_t rt_numfmt_float_php(double d, int precision, unsigned flags, char *buf, size_t cap)
{
    out_t o = {buf, cap, 0};
    if (isnan(d)) {
        put_n(&o, "NAN", 3);
        return finish(&o);
    }
    if (signbit(d))
        put(&o, '-');
    if (isinf(d)) {
        put_n(&o, "INF", 3);
        return finish(&o);
    }
    /* php_gcvt's layout: exponents past `ndigit` integer digits or below 10**-4, no padding. */
    int ndigit = precision < 0 ? 17 : precision == 0 ? 1 : precision;
    digits_t dg;
    if (d == 0)
        digits_zero(&dg);
    else if (precision < 0)
        digits_shortest(fabs(d), &dg);
    else
        digits_rounded(fabs(d), ndigit < MAX_SIG_DIGITS ? ndigit : MAX_SIG_DIGITS, &dg);
    if (dg.decpt < 0 ? dg.decpt < -3 : dg.decpt > ndigit) {
        /* PHP writes 1.0E+25: the point always has a digit after it. */
        put_exp_form(&o, &dg, 2, true, flags & RT_NUMFMT_PHP_LOWER_E ? 'e' : 'E', 1);
    } else {
        put_fixed_form(&o, &dg, (flags & RT_NUMFMT_PHP_ZERO_FRAC) ? 1 : 0, false);
    }
    return finish(&o);
}

/* ---- Integers ---- */

size_t rt_numfmt_int_bound(rt_value_t v, int base)
{
    rt_bigint_view_t view;
    return mpz_sizeinbase(rt_bigint_view(&view, v), base) + 4; /* sign, prefix, NUL */
}

static const char *prefix_of(int base)
{
    switch (base) {
    case 2: return "0b";
    case 8: return "0o";
    case 16: return "0x";
    default: return "";
    }
}

size_t rt_numfmt_int(rt_value_t v, int base, unsigned flags, char *buf)
{
    rt_bigint_view_t view;
    bool small = rt_is_small(v);
    mpz_srcptr z = small ? NULL : rt_bigint_view(&view, v);
    char *p = buf;
    if (small ? rt_small_value(v) < 0 : mpz_sgn(z) < 0)
        *p++ = '-';
    if (flags & RT_NUMFMT_PREFIX) {
        for (const char *q = prefix_of(base); *q; q++)
            *p++ = (flags & RT_NUMFMT_UPPER) && *q != '0' ? (char)(*q - 'a' + 'A') : *q;
    }
    if (small) { /* the common case without GMP: the digits of |v|, last first */
        int64_t x = rt_small_value(v);
        uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        if (base == 10) { /* |x| < 2^62: an int64 for rt_str_spell_i64's faster division */
            char tmp[RT_STR_I64_MAX], *e = tmp + sizeof tmp, *d = rt_str_spell_i64((int64_t)m, e);
            memcpy(p, d, (size_t)(e - d));
            p += e - d;
            *p = '\0';
            return (size_t)(p - buf);
        }
        const char *digits = (flags & RT_NUMFMT_UPPER) ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                       : "0123456789abcdefghijklmnopqrstuvwxyz";
        char rev[64];
        int k = 0;
        do {
            rev[k++] = digits[m % (uint64_t)base];
            m /= (uint64_t)base;
        } while (m);
        while (k > 0)
            *p++ = rev[--k];
        *p = '\0';
        return (size_t)(p - buf);
    }
    /* A read-only view of |v| over the same limbs. */
    mpz_t mag;
    mpz_roinit_n(mag, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    mpz_get_str(p, (flags & RT_NUMFMT_UPPER) ? -base : base, mag);
    return (size_t)(p - buf) + strlen(p);
}

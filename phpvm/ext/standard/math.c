/*
** math.c: ext/standard's math functions: abs, min/max (PHP 8 comparison), floor/ceil/round
** (PHP's pre-rounding), intdiv, sqrt, pow, fmod, trig, hyperbolic and logs, hexdec/octdec/
** bindec/base_convert, number_format's helpers live in
** string.c; also the clock- and process-based microtime, hrtime, time, uniqid and getmypid.
*/
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "phpvm/ext/standard/stdext.h"

#define UNUSED (void)self

/* The int|float argument $num of abs, floor, ceil, round: numeric strings and bools convert,
** null converts to 0 with PHP 8.1's deprecation, other strings, arrays and objects are PHP's
** TypeError (no leading-numeric leniency here). */
static rt_value_t num_arg(rt_value_t *args, int i)
{
    rt_value_t v = phpvm_deref(args[i]);
    if (rt_is_int(v) || rt_is_float(v))
        return v;
    if (v == rt_none) {
        phpvm_error(PHPVM_E_DEPRECATED, "%s(): Passing null to parameter #%d ($num) of type "
                                        "int|float is deprecated", phpvm_cur_builtin, i + 1);
        return rt_small(0);
    }
    if (v == rt_true || v == rt_false)
        return rt_small(v == rt_true);
    rt_phpnum_t n = {.kind = RT_PHPNUM_NONE};
    if (phpvm_is_str(v))
        rt_numparse_php(phpvm_str(v)->data, (size_t)phpvm_str(v)->len, &n);
    if (n.kind == RT_PHPNUM_NONE || n.trailing)
        return phpvm_throw("TypeError", "%s(): Argument #%d ($num) must be of type int|float, "
                                        "%s given", phpvm_cur_builtin, i + 1, phpvm_type_name(v));
    return phpvm_to_number(v, "+", rt_small(0), true);
}

static rt_value_t fn_abs(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    rt_value_t v = num_arg(args, 0);
    if (v == RT_NOVALUE)
        return v;
    if (rt_is_int(v)) {
        int64_t i = phpvm_int_of(v);
        return i == INT64_MIN ? phpvm_float(-(double)i) : phpvm_int(i < 0 ? -i : i);
    }
    return phpvm_float(fabs(rt_float_value(v)));
}

static rt_value_t minmax(rt_value_t *args, int argc, int want)
{
    rt_value_t *items = args;
    int64_t n = argc;
    phpvm_array_t *a = NULL;
    if (argc == 1) {
        a = phpvm_arg_array(args, argc, 0);
        if (!a)
            return RT_NOVALUE;
        if (rt_map_count(a) == 0)
            return phpvm_throw("ValueError", "%s(): Argument #1 ($value) must contain at least "
                                             "one element", phpvm_cur_builtin);
        n = rt_map_count(a);
    }
    rt_value_t best = RT_NOVALUE;
    int64_t p = a ? phpvm_array_first(a) : 0;
    for (int64_t i = 0; i < n; i++) {
        rt_value_t v = a ? phpvm_array_val_at(a, p) : phpvm_deref(items[i]);
        if (a)
            p = phpvm_array_next(a, p);
        if (best == RT_NOVALUE || phpvm_compare(v, best) == want)
            best = v;
    }
    return best;
}

static rt_value_t fn_min(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return minmax(args, argc, -1);
}

static rt_value_t fn_max(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return minmax(args, argc, 1);
}

static rt_value_t fn_floor(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    rt_value_t v = num_arg(args, 0);
    return v == RT_NOVALUE ? v : phpvm_float(floor(phpvm_to_float(v)));
}

static rt_value_t fn_ceil(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    rt_value_t v = num_arg(args, 0);
    return v == RT_NOVALUE ? v : phpvm_float(ceil(phpvm_to_float(v)));
}

/* 10^power: exact from the table for 0..22, else pow(). */
static double pow10_of(int power)
{
    static const double exact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    return power >= 0 && power <= 22 ? exact[power] : pow(10.0, (double)power);
}

/* floor(log10(|value|)) for a finite non-zero value: by comparison with the powers of ten where
** the table reaches (log10 can be off by one next to a power of ten), as PHP computes it. */
static int log10_floor(double value)
{
    static const double powers[] = {1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1,
                                    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    value = fabs(value);
    if (value < 1e-8 || value > 1e22)
        return (int)floor(log10(value));
    int i = 30;
    while (i > 0 && value < powers[i])
        i--;
    return i - 8;
}

/* Rounds to an integer in one of the PHP_ROUND_* modes. A half is detected as PHP 8.2 does,
** after adding 0.5 (so 0.49999999999999994 rounds up, as in PHP), and a negative value moved
** back toward zero lands on +0.0 as PHP's ceil(x - 0.5) + 1 does. */
static double round_to_int(double value, int64_t mode)
{
    double a = fabs(value), r = floor(a + 0.5);
    bool back = a == r - 0.5 &&
                (mode == PHPVM_ROUND_HALF_DOWN ||
                 (mode == PHPVM_ROUND_HALF_EVEN && fmod(r, 2.0) != 0.0) ||
                 (mode == PHPVM_ROUND_HALF_ODD && fmod(r, 2.0) == 0.0));
    if (value >= 0.0)
        return back ? r - 1.0 : r;
    return back ? -r + 1.0 : -r;
}

/*
** PHP 8.2's round() of value to `places` decimals: when 15 significant digits cover the places
** asked for, the value scaled to 15 digits is rounded first ("pre-rounding"), so that 1.955, whose
** double is just below, still rounds to 1.96; then the scaled value is rounded in `mode` and
** scaled back by one division (or, past 10^22, through decimal text, for the nearest double).
*/
double phpvm_std_math_round(double value, int64_t places, int64_t mode)
{
    if (!isfinite(value) || value == 0.0)
        return value;
    int p = places < INT_MIN + 1 ? INT_MIN + 1 : places > INT_MAX ? INT_MAX : (int)places;
    int precise = 14 - log10_floor(value);
    double f1 = pow10_of(abs(p)), tmp;
    if (precise > p && precise - 15 < p) {
        tmp = precise >= 0 ? value * pow10_of(precise) : value / pow10_of(-precise);
        tmp = round_to_int(tmp, mode) / pow10_of(abs(p - precise));
    } else {
        tmp = p >= 0 ? value * f1 : value / f1;
        if (fabs(tmp) >= 1e15)
            return value; /* past what a double resolves: nothing to round */
    }
    tmp = round_to_int(tmp, mode);
    if (abs(p) < 23)
        return p > 0 ? tmp / f1 : tmp * f1;
    /* PHP's own printf spells -0.0 without its sign, and its strtod reads the "inf" of a
    ** pre-rounding that overflowed as nothing, 0.0 */
    if (tmp == 0.0 || !isfinite(tmp))
        return 0.0;
    char buf[64];
    snprintf(buf, sizeof buf, "%15fe%d", tmp, -p);
    double back = strtod(buf, NULL);
    return isfinite(back) ? back : value;
}

static rt_value_t fn_round(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t v = num_arg(args, 0);
    if (v == RT_NOVALUE)
        return v;
    int64_t places = 0, mode = PHPVM_ROUND_HALF_UP;
    if (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &places))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &mode))
        return RT_NOVALUE;
    if (rt_is_int(v) && places >= 0)
        return phpvm_float((double)phpvm_int_of(v));
    return phpvm_float(phpvm_std_math_round(phpvm_to_float(v), places, mode));
}

static rt_value_t fn_intdiv(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t a, b, r;
    if (!phpvm_arg_long(args, argc, 0, &a) || !phpvm_arg_long(args, argc, 1, &b))
        return RT_NOVALUE;
    rt_num_status_t st = rt_phpint_intdiv(a, b, &r);
    if (st == RT_NUM_ZERO_DIV)
        return phpvm_throw("DivisionByZeroError", "Division by zero");
    if (st != RT_NUM_OK)
        return phpvm_throw("ArithmeticError", "Division of PHP_INT_MIN by -1 is not an integer");
    return phpvm_int(r);
}

static rt_value_t fn_pow(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    return phpvm_binop(PHPVM_OP_POW, args[0], args[1]);
}

static rt_value_t fn_fmod(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    double a, b;
    if (!phpvm_arg_double(args, argc, 0, &a) || !phpvm_arg_double(args, argc, 1, &b))
        return RT_NOVALUE;
    return phpvm_float(fmod(a, b));
}

/* fdiv: IEEE division, INF or NAN for a zero divisor instead of DivisionByZeroError. */
static rt_value_t fn_fdiv(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    double a, b;
    if (!phpvm_arg_double(args, argc, 0, &a) || !phpvm_arg_double(args, argc, 1, &b))
        return RT_NOVALUE;
    return phpvm_float(a / b);
}

#define MATH1(name, expr)                                                                          \
    static rt_value_t fn_##name(rt_value_t self, rt_value_t *args, int argc)                      \
    {                                                                                              \
        UNUSED;                                                                                    \
        double x;                                                                                  \
        if (!phpvm_arg_double(args, argc, 0, &x))                                                  \
            return RT_NOVALUE;                                                                     \
        return phpvm_float(expr);                                                                  \
    }
MATH1(sqrt, sqrt(x))
MATH1(sin, sin(x))
MATH1(cos, cos(x))
MATH1(tan, tan(x))
MATH1(atan, atan(x))
MATH1(exp, exp(x))
MATH1(log10, log10(x))
MATH1(deg2rad, x / 180.0 * M_PI)
MATH1(rad2deg, x / M_PI * 180.0)
MATH1(asin, asin(x))
MATH1(acos, acos(x))
MATH1(sinh, sinh(x))
MATH1(cosh, cosh(x))
MATH1(tanh, tanh(x))
MATH1(asinh, asinh(x))
MATH1(acosh, acosh(x))
MATH1(atanh, atanh(x))
MATH1(expm1, expm1(x))
MATH1(log1p, log1p(x))

static rt_value_t fn_hypot(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    double a, b;
    if (!phpvm_arg_double(args, argc, 0, &a) || !phpvm_arg_double(args, argc, 1, &b))
        return RT_NOVALUE;
    return phpvm_float(hypot(a, b));
}

/* ---- Bases: hexdec/octdec/bindec and base_convert ---- */

/* The digits of s in `base` as an int, or a float once it passes PHP_INT_MAX; surrounding
** whitespace and a 0x/0o/0b prefix are allowed, other characters are skipped with PHP's
** deprecation. */
static rt_value_t from_base(const rt_str_t *str, int base)
{
    const char *s = str->data, *e = s + str->len;
    while (s < e && isspace((unsigned char)*s))
        s++;
    while (s < e && isspace((unsigned char)e[-1]))
        e--;
    if (e - s >= 2 && s[0] == '0') {
        char p = (char)tolower((unsigned char)s[1]);
        if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b'))
            s += 2;
    }
    int64_t num = 0, cutoff = INT64_MAX / base, cutlim = INT64_MAX % base;
    double fnum = 0;
    bool is_float = false, invalid = false;
    for (; s < e; s++) {
        int c = (unsigned char)*s;
        c = isdigit(c) ? c - '0' : isalpha(c) ? tolower(c) - 'a' + 10 : 99;
        if (c >= base) {
            invalid = true;
            continue;
        }
        if (!is_float && (num < cutoff || (num == cutoff && c <= cutlim))) {
            num = num * base + c;
            continue;
        }
        if (!is_float)
            fnum = (double)num;
        is_float = true;
        fnum = fnum * base + c;
    }
    if (invalid)
        phpvm_error(PHPVM_E_DEPRECATED,
                    "Invalid characters passed for attempted conversion, these have been ignored");
    return is_float ? phpvm_float(fnum) : phpvm_int(num);
}

#define BASEDEC(name, base)                                                                        \
    static rt_value_t fn_##name(rt_value_t self, rt_value_t *args, int argc)                      \
    {                                                                                              \
        UNUSED;                                                                                    \
        rt_str_t *s = phpvm_arg_str(args, argc, 0);                                                \
        return s ? from_base(s, base) : RT_NOVALUE;                                                \
    }
BASEDEC(hexdec, 16)
BASEDEC(octdec, 8)
BASEDEC(bindec, 2)

static rt_value_t fn_base_convert(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    int64_t from, to;
    if (!s || !phpvm_arg_long(args, argc, 1, &from) || !phpvm_arg_long(args, argc, 2, &to))
        return RT_NOVALUE;
    if (from < 2 || from > 36)
        return phpvm_throw("ValueError", "base_convert(): Argument #2 ($from_base) must be "
                                         "between 2 and 36 (inclusive)");
    if (to < 2 || to > 36)
        return phpvm_throw("ValueError", "base_convert(): Argument #3 ($to_base) must be "
                                         "between 2 and 36 (inclusive)");
    rt_value_t n = from_base(s, (int)from);
    char buf[1100], *p = buf + sizeof buf;
    if (rt_is_float(n)) {
        double f = floor(rt_float_value(n));
        if (isinf(f))
            return phpvm_throw("ValueError", "An infinite value cannot be converted to base %d",
                               (int)to);
        do {
            *--p = digits[(int)fmod(f, (double)to)];
            f /= (double)to;
        } while (p > buf && fabs(f) >= 1);
    } else {
        uint64_t u = (uint64_t)phpvm_int_of(n);
        do {
            *--p = digits[u % (uint64_t)to];
            u /= (uint64_t)to;
        } while (u);
    }
    return phpvm_str_value(p, (size_t)(buf + sizeof buf - p));
}

static rt_value_t fn_log(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    double x, base;
    if (!phpvm_arg_double(args, argc, 0, &x))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 1)) {
        if (!phpvm_arg_double(args, argc, 1, &base))
            return RT_NOVALUE;
        /* as PHP: exact bases 2 and 10, NAN for base 1, a ValueError at or below 0 */
        if (base == 2.0 || base == 10.0)
            return phpvm_float(base == 2.0 ? log2(x) : log10(x));
        if (base == 1.0)
            return phpvm_float(NAN);
        if (base <= 0.0)
            return phpvm_throw("ValueError", "log(): Argument #2 ($base) must be greater than 0");
        return phpvm_float(log(x) / log(base));
    }
    return phpvm_float(log(x));
}

static rt_value_t fn_atan2(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    double y, x;
    if (!phpvm_arg_double(args, argc, 0, &y) || !phpvm_arg_double(args, argc, 1, &x))
        return RT_NOVALUE;
    return phpvm_float(atan2(y, x));
}

static rt_value_t fn_pi(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    return phpvm_float(M_PI);
}

static rt_value_t fn_is_nan(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    double x;
    return phpvm_arg_double(args, argc, 0, &x) ? rt_bool(isnan(x)) : RT_NOVALUE;
}

static rt_value_t fn_is_infinite(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    double x;
    return phpvm_arg_double(args, argc, 0, &x) ? rt_bool(isinf(x)) : RT_NOVALUE;
}

static rt_value_t fn_is_finite(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    double x;
    return phpvm_arg_double(args, argc, 0, &x) ? rt_bool(isfinite(x)) : RT_NOVALUE;
}

static rt_value_t fn_microtime(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (phpvm_arg_bool(args, argc, 0))
        return phpvm_float((double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
    char buf[64];
    int n = snprintf(buf, sizeof buf, "%.8f %ld", (double)ts.tv_nsec / 1e9, (long)ts.tv_sec);
    return phpvm_str_value(buf, (size_t)n);
}

/* uniqid: prefix, then the seconds and microseconds in hex; like PHP it waits for the microsecond
** clock to move so two calls never return the same id. more_entropy appends ".%.8F" of a random
** number below 10. */
static rt_value_t fn_uniqid(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    static struct timespec last;
    rt_str_t *prefix = phpvm_arg_given(argc, args, 0) ? phpvm_arg_str(args, argc, 0) : NULL;
    if (phpvm_arg_given(argc, args, 0) && !prefix)
        return RT_NOVALUE;
    struct timespec ts;
    do
        clock_gettime(CLOCK_REALTIME, &ts);
    while (ts.tv_sec == last.tv_sec && ts.tv_nsec / 1000 == last.tv_nsec / 1000);
    last = ts;
    char buf[64];
    int n = snprintf(buf, sizeof buf, "%08lx%05lx", (unsigned long)ts.tv_sec,
                     (unsigned long)(ts.tv_nsec / 1000));
    if (phpvm_arg_bool(args, argc, 1))
        n += snprintf(buf + n, sizeof buf - (size_t)n, "%.8F", drand48() * 10);
    rt_value_t id = phpvm_str_value(buf, (size_t)n);
    if (!prefix || !id)
        return id;
    return phpvm_binop(PHPVM_OP_CONCAT, rt_from_ptr(prefix), id);
}

static rt_value_t fn_gettimeofday(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (phpvm_arg_bool(args, argc, 0))
        return phpvm_float((double)ts.tv_sec + (double)(ts.tv_nsec / 1000) / 1e6);
    phpvm_array_t *a = phpvm_array_new(4);
    phpvm_array_set(a, phpvm_cstr("sec"), phpvm_int(ts.tv_sec));
    phpvm_array_set(a, phpvm_cstr("usec"), phpvm_int(ts.tv_nsec / 1000));
    phpvm_array_set(a, phpvm_cstr("minuteswest"), rt_small(0));
    phpvm_array_set(a, phpvm_cstr("dsttime"), rt_small(0));
    return rt_from_ptr(a);
}

static rt_value_t fn_getmypid(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return phpvm_int(getpid());
}

static rt_value_t fn_lcg_value(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    return phpvm_float(drand48());
}

static rt_value_t fn_getmyuid(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return phpvm_int(getuid());
}

static rt_value_t fn_getmygid(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return phpvm_int(getgid());
}

static rt_value_t fn_hrtime(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    if (phpvm_arg_bool(args, argc, 0))
        return phpvm_int((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
    phpvm_array_t *a = phpvm_array_new(2);
    phpvm_array_append(a, phpvm_int(ts.tv_sec));
    phpvm_array_append(a, phpvm_int(ts.tv_nsec));
    return rt_from_ptr(a);
}

static rt_value_t fn_time(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    return phpvm_int((int64_t)time(NULL));
}

const phpvm_builtin_t phpvm_ext_math[] = {
    {"abs", fn_abs, 1, 1, "num", 0},
    {"min", fn_min, 1, -1, "value,values", 0},
    {"max", fn_max, 1, -1, "value,values", 0},
    {"floor", fn_floor, 1, 1, "num", 0},
    {"ceil", fn_ceil, 1, 1, "num", 0},
    {"round", fn_round, 1, 3, "num,precision,mode", 0},
    {"intdiv", fn_intdiv, 2, 2, "num1,num2", 0},
    {"pow", fn_pow, 2, 2, "num,exponent", 0},
    {"fmod", fn_fmod, 2, 2, "num1,num2", 0},
    {"fdiv", fn_fdiv, 2, 2, "num1,num2", 0},
    {"is_finite", fn_is_finite, 1, 1, "num", 0},
    {"sqrt", fn_sqrt, 1, 1, "num", 0},
    {"sin", fn_sin, 1, 1, "num", 0},
    {"cos", fn_cos, 1, 1, "num", 0},
    {"tan", fn_tan, 1, 1, "num", 0},
    {"atan", fn_atan, 1, 1, "num", 0},
    {"atan2", fn_atan2, 2, 2, "y,x", 0},
    {"exp", fn_exp, 1, 1, "num", 0},
    {"log", fn_log, 1, 2, "num,base", 0},
    {"log10", fn_log10, 1, 1, "num", 0},
    {"deg2rad", fn_deg2rad, 1, 1, "num", 0},
    {"rad2deg", fn_rad2deg, 1, 1, "num", 0},
    {"asin", fn_asin, 1, 1, "num", 0},
    {"acos", fn_acos, 1, 1, "num", 0},
    {"sinh", fn_sinh, 1, 1, "num", 0},
    {"cosh", fn_cosh, 1, 1, "num", 0},
    {"tanh", fn_tanh, 1, 1, "num", 0},
    {"asinh", fn_asinh, 1, 1, "num", 0},
    {"acosh", fn_acosh, 1, 1, "num", 0},
    {"atanh", fn_atanh, 1, 1, "num", 0},
    {"expm1", fn_expm1, 1, 1, "num", 0},
    {"log1p", fn_log1p, 1, 1, "num", 0},
    {"hypot", fn_hypot, 2, 2, "x,y", 0},
    {"hexdec", fn_hexdec, 1, 1, "hex_string", 0},
    {"octdec", fn_octdec, 1, 1, "octal_string", 0},
    {"bindec", fn_bindec, 1, 1, "binary_string", 0},
    {"base_convert", fn_base_convert, 3, 3, "num,from_base,to_base", 0},
    {"pi", fn_pi, 0, 0, "", 0},
    {"is_nan", fn_is_nan, 1, 1, "num", 0},
    {"is_infinite", fn_is_infinite, 1, 1, "num", 0},
    {"microtime", fn_microtime, 0, 1, "as_float", 0},
    {"uniqid", fn_uniqid, 0, 2, "prefix,more_entropy", 0},
    {"hrtime", fn_hrtime, 0, 1, "as_number", 0},
    {"getmypid", fn_getmypid, 0, 0, "", 0},
    {"lcg_value", fn_lcg_value, 0, 0, "", 0},
    {"gettimeofday", fn_gettimeofday, 0, 1, "as_float", 0},
    {"getmyuid", fn_getmyuid, 0, 0, "", 0},
    {"getmygid", fn_getmygid, 0, 0, "", 0},
    {"time", fn_time, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

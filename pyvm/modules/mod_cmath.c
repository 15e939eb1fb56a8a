/*
** mod_cmath.c: the native `cmath` module (modules.h): the elementary functions on complex numbers,
** with CPython's results to the last bit: the same formulas for finite arguments (Kahan's branch
** cuts, rescaling near overflow and underflow) and, for an infinite or NaN part, CPython's special
** values (cmath_special.inc, generated from CPython by tools/gen-cmath-special). Errors as CPython:
** ValueError("math domain error") at poles and invalid special values, OverflowError("math range
** error") when a finite argument's result overflows.
*/
#include <complex.h>
#include <float.h>
#include <math.h>

#include "pyvm/modules/modules.h"

/* v as a complex number: complex, int, float, or an object with __complex__, __float__ or
** __index__ (converted by complex()). false with TypeError pending. */
static bool arg_complex(rt_value_t v, double complex *out)
{
    double re, im;
    bool err;
    rt_value_t u = pyvm_unwrap(v);
    if (pyvm_complex_parts(u, &re, &im)) {
        *out = CMPLX(re, im);
        return true;
    }
    if (pyvm_num_to_double(u, &re, &err)) {
        *out = CMPLX(re, 0.0);
        return true;
    }
    if (err)
        return false;
    pyvm_class_t *t = pyvm_type_of(v);
    if (pyvm_is_str(v) || !(pyvm_type_lookup(t, rt_str_intern_cstr("__complex__")) ||
                            pyvm_type_lookup(t, pyvm_name(float)) ||
                            pyvm_type_lookup(t, pyvm_name(index)))) {
        rt_raise(RT_EXC_TYPE, "must be real number, not %s", pyvm_type_name(v));
        return false;
    }
    rt_value_t c = pyvm_call1(rt_from_ptr(pyvm_cls_complex), v);
    if (!c || !pyvm_complex_parts(pyvm_unwrap(c), &re, &im))
        return false;
    *out = CMPLX(re, im);
    return true;
}

/* A result: the value, or the error CPython reports (errno's EDOM or ERANGE there). */
typedef enum { OK, DOMAIN, RANGE } status_t;

typedef struct {
    double re, im;
    int error;
} special_t;

#include "pyvm/modules/cmath_special.inc"

/* The class of a part, the index into a special_t table: -inf, negative, -0, +0, positive,
** +inf, nan. */
static int part_class(double x)
{
    if (isnan(x))
        return 6;
    if (isinf(x))
        return x > 0 ? 5 : 0;
    if (x == 0)
        return signbit(x) ? 2 : 3;
    return x > 0 ? 4 : 1;
}

static bool is_special(double complex z) { return !isfinite(creal(z)) || !isfinite(cimag(z)); }

static double complex special(const special_t table[7][7], double complex z, status_t *st)
{
    const special_t *cell = &table[part_class(creal(z))][part_class(cimag(z))];
    *st = cell->error ? DOMAIN : OK;
    return CMPLX(cell->re, cell->im);
}

/* The range check of exp, cosh and sinh on finite arguments. */
static double complex ranged(double complex r, status_t *st)
{
    *st = isinf(creal(r)) || isinf(cimag(r)) ? RANGE : OK;
    return r;
}

/* Above this, e^x overflows before it is multiplied by cos or sin; and the bounds where the
** textbook formulas of the inverse functions lose range or precision. */
#define LARGE_DOUBLE (DBL_MAX / 4.)
#define LOG_LARGE_DOUBLE 708.3964185322641 /* log(LARGE_DOUBLE) */
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153
#define SQRT_DBL_MIN 1.4916681462400413e-154
#define SCALE_UP 53   /* 2 * (DBL_MANT_DIG / 2) + 1 */
#define SCALE_DOWN -27 /* -(SCALE_UP + 1) / 2 */

/* The functions below compute what CPython's do, formula for formula (Kahan's algorithms for
** the branch cuts, scaling near overflow and underflow), so that results agree to the last bit;
** for an infinite or NaN part they read CPython's special values. */

static double complex c_sqrt(double complex z, status_t *st)
{
    double x = creal(z), y = cimag(z);
    *st = OK;
    if (is_special(z))
        return special(special_sqrt, z, st);
    if (x == 0 && y == 0)
        return CMPLX(0.0, y);
    double ax = fabs(x), ay = fabs(y), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = ldexp(ax, SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    return x >= 0 ? CMPLX(s, copysign(d, y)) : CMPLX(d, copysign(s, y));
}

/* e^x * (cos y + i sin y) for an infinite x and a finite nonzero y: the signs of cos and sin
** survive into the infinite (or zero) parts. */
static double complex signed_parts(double mag, double y)
{
    return CMPLX(copysign(mag, cos(y)), copysign(mag, sin(y)));
}

static double complex c_exp(double complex z, status_t *st)
{
    double x = creal(z), y = cimag(z);
    if (is_special(z)) {
        if (isinf(x) && isfinite(y) && y != 0) {
            *st = OK;
            return signed_parts(x > 0 ? INFINITY : 0.0, y);
        }
        return special(special_exp, z, st);
    }
    if (x > LOG_LARGE_DOUBLE) {
        double l = exp(x - 1.);
        return ranged(CMPLX(l * cos(y) * M_E, l * sin(y) * M_E), st);
    }
    double l = exp(x);
    return ranged(CMPLX(l * cos(y), l * sin(y)), st);
}

static double complex c_log(double complex z, status_t *st)
{
    double x = creal(z), y = cimag(z);
    *st = OK;
    if (is_special(z))
        return special(special_log, z, st);
    double ax = fabs(x), ay = fabs(y), re;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        re = log(hypot(ax / 2., ay / 2.)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax == 0 && ay == 0) {
            *st = DOMAIN;
            return CMPLX(-INFINITY, atan2(y, x));
        }
        re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            re = log(h);
        }
    }
    return CMPLX(re, atan2(y, x));
}

static double complex c_log10(double complex z, status_t *st)
{
    double complex r = c_log(z, st);
    return CMPLX(creal(r) / M_LN10, cimag(r) / M_LN10);
}

/* cosh and sinh: cos y * cosh x + i sin y * sinh x and its mirror; past LOG_LARGE_DOUBLE the
** factor e is taken out of the hyperbolic function so that it does not overflow early. */
static double complex c_hyperbolic(double complex z, status_t *st, bool is_sinh)
{
    double x = creal(z), y = cimag(z);
    if (is_special(z)) {
        if (isinf(x) && isfinite(y) && y != 0) {
            *st = OK;
            double complex r = signed_parts(INFINITY, y);
            return is_sinh ? CMPLX(copysign(1., x) * creal(r), cimag(r))
                           : CMPLX(creal(r), copysign(1., x) * cimag(r));
        }
        return special(is_sinh ? special_sinh : special_cosh, z, st);
    }
    double scale = 1.;
    if (fabs(x) > LOG_LARGE_DOUBLE) {
        x -= copysign(1., x);
        scale = M_E;
    }
    double ch = cosh(x), sh = sinh(x);
    return ranged(is_sinh ? CMPLX(cos(y) * sh * scale, sin(y) * ch * scale)
                          : CMPLX(cos(y) * ch * scale, sin(y) * sh * scale),
                  st);
}

static double complex c_sinh(double complex z, status_t *st) { return c_hyperbolic(z, st, true); }
static double complex c_cosh(double complex z, status_t *st) { return c_hyperbolic(z, st, false); }

static double complex c_tanh(double complex z, status_t *st)
{
    double x = creal(z), y = cimag(z);
    *st = OK;
    if (is_special(z)) {
        if (isinf(x) && isfinite(y) && y != 0)
            return CMPLX(copysign(1., x), copysign(0., 2. * sin(y) * cos(y)));
        return special(special_tanh, z, st);
    }
    if (fabs(x) > LOG_LARGE_DOUBLE)
        return CMPLX(copysign(1., x), 4. * sin(y) * cos(y) * exp(-2. * fabs(x)));
    double tx = tanh(x), ty = tan(y), cx = 1. / cosh(x), txty = tx * ty;
    double denom = 1. + txty * txty;
    return CMPLX(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

/* log(hypot(x, y)) + 2 log 2, halved first so it cannot overflow: the size of asinh, acos and
** acosh of a huge argument. */
static double log_huge(double x, double y) { return log(hypot(x / 2., y / 2.)) + M_LN2 * 2.; }

static double complex c_asinh(double complex z, status_t *st)
{
    double x = creal(z), y = cimag(z);
    *st = OK;
    if (is_special(z))
        return special(special_asinh, z, st);
    if (fabs(x) > LARGE_DOUBLE || fabs(y) > LARGE_DOUBLE) {
        double re = y >= 0 ? copysign(log_huge(x, y), x) : -copysign(log_huge(x, y), -x);
        return CMPLX(re, atan2(y, fabs(x)));
    }
    double complex s1 = c_sqrt(CMPLX(1. + y, -x), st), s2 = c_sqrt(CMPLX(1. - y, x), st);
    return CMPLX(asinh(creal(s1) * cimag(s2) - creal(s2) * cimag(s1)),
                 atan2(y, creal(s1) * creal(s2) - cimag(s1) * cimag(s2)));
}

static double complex c_acos(double complex z, status_t *st)
{
    double x = creal(z), y = cimag(z);
    *st = OK;
    if (is_special(z))
        return special(special_acos, z, st);
    if (fabs(x) > LARGE_DOUBLE || fabs(y) > LARGE_DOUBLE) {
        double im = x < 0 ? -copysign(log_huge(x, y), y) : copysign(log_huge(x, y), -y);
        return CMPLX(atan2(fabs(y), x), im);
    }
    double complex s1 = c_sqrt(CMPLX(1. - x, -y), st), s2 = c_sqrt(CMPLX(1. + x, y), st);
    return CMPLX(2. * atan2(creal(s1), creal(s2)),
                 asinh(creal(s2) * cimag(s1) - cimag(s2) * creal(s1)));
}

static double complex c_acosh(double complex z, status_t *st)
{
    double x = creal(z), y = cimag(z);
    *st = OK;
    if (is_special(z))
        return special(special_acosh, z, st);
    if (fabs(x) > LARGE_DOUBLE || fabs(y) > LARGE_DOUBLE)
        return CMPLX(log_huge(x, y), atan2(y, x));
    double complex s1 = c_sqrt(CMPLX(x - 1., y), st), s2 = c_sqrt(CMPLX(x + 1., y), st);
    return CMPLX(asinh(creal(s1) * creal(s2) + cimag(s1) * cimag(s2)),
                 2. * atan2(cimag(s1), creal(s2)));
}

static double complex c_atanh(double complex z, status_t *st)
{
    double x = creal(z), y = cimag(z);
    *st = OK;
    if (is_special(z))
        return special(special_atanh, z, st);
    if (x < 0)
        return -c_atanh(-z, st); /* odd: keeps the branch cut's signed zeros */
    double ay = fabs(y);
    if (x > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        double h = hypot(x / 2., y / 2.);
        return CMPLX(x / 4. / h / h, -copysign(M_PI / 2., -y));
    }
    if (x == 1. && ay < SQRT_DBL_MIN) {
        if (ay == 0) {
            *st = DOMAIN;
            return CMPLX(INFINITY, y);
        }
        return CMPLX(-log(sqrt(ay) / sqrt(hypot(ay, 2.))), copysign(atan2(2., -ay) / 2, y));
    }
    return CMPLX(log1p(4. * x / ((1 - x) * (1 - x) + ay * ay)) / 4.,
                 -atan2(-2. * y, (1 - x) * (1 + x) - ay * ay) / 2.);
}

/* The circular functions through the hyperbolic ones: f(z) = -i g(iz) or g(iz). */
static double complex times_i(double complex z) { return CMPLX(-cimag(z), creal(z)); }
static double complex times_minus_i(double complex z) { return CMPLX(cimag(z), -creal(z)); }

static double complex c_sin(double complex z, status_t *st)
{
    return times_minus_i(c_sinh(times_i(z), st));
}
static double complex c_cos(double complex z, status_t *st) { return c_cosh(times_i(z), st); }
static double complex c_tan(double complex z, status_t *st)
{
    return times_minus_i(c_tanh(times_i(z), st));
}
static double complex c_asin(double complex z, status_t *st)
{
    return times_minus_i(c_asinh(times_i(z), st));
}
static double complex c_atan(double complex z, status_t *st)
{
    return times_minus_i(c_atanh(times_i(z), st));
}

static rt_value_t result(double complex r, status_t st)
{
    if (st == DOMAIN)
        return rt_raise(RT_EXC_VALUE, "math domain error");
    if (st == RANGE)
        return rt_raise(RT_EXC_OVERFLOW, "math range error");
    return pyvm_complex_new(creal(r), cimag(r));
}

/* X(name) for the one-argument functions, each computed by c_<name>. */
#define UNARY_FNS(X)                                                                               \
    X(sqrt) X(exp) X(log10) X(sin) X(cos) X(tan) X(asin) X(acos) X(atan) X(sinh) X(cosh) X(tanh)  \
    X(asinh) X(acosh) X(atanh)

#define UNARY_WRAPPER(name)                                                                        \
    static rt_value_t m_##name(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)       \
    {                                                                                              \
        (void)s, (void)n, (void)kw;                                                                \
        double complex z;                                                                          \
        status_t st;                                                                               \
        if (!arg_complex(a[0], &z))                                                                \
            return RT_NOVALUE;                                                                     \
        double complex r = c_##name(z, &st);                                                       \
        return result(r, st);                                                                      \
    }
UNARY_FNS(UNARY_WRAPPER)
#undef UNARY_WRAPPER

/* Smith's quotient, as complex division computes it; a zero divisor is a domain error. */
static double complex quotient(double complex a, double complex b, status_t *st)
{
    double ar = creal(a), ai = cimag(a), br = creal(b), bi = cimag(b);
    if (fabs(br) >= fabs(bi)) {
        if (br == 0) {
            *st = DOMAIN;
            return 0;
        }
        double ratio = bi / br, den = br + bi * ratio;
        return CMPLX((ar + ai * ratio) / den, (ai - ar * ratio) / den);
    }
    if (fabs(bi) >= fabs(br)) {
        double ratio = br / bi, den = br * ratio + bi;
        return CMPLX((ar * ratio + ai) / den, (ai * ratio - ar) / den);
    }
    return CMPLX(NAN, NAN);
}

/* log(z[, base]) */
static rt_value_t m_log(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    double complex z, base = 0;
    status_t st, st_base = OK;
    if (!arg_complex(a[0], &z) || (n > 1 && !arg_complex(a[1], &base)))
        return RT_NOVALUE;
    double complex r = c_log(z, &st);
    if (n > 1) {
        double complex lb = c_log(base, &st_base);
        if (st_base == OK)
            r = quotient(r, lb, &st_base);
    }
    return result(r, st != OK ? st : st_base);
}

static rt_value_t m_phase(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    double complex z;
    return arg_complex(a[0], &z) ? rt_float_new(carg(z)) : RT_NOVALUE;
}

static rt_value_t m_polar(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    double complex z;
    if (!arg_complex(a[0], &z))
        return RT_NOVALUE;
    double r = cabs(z);
    if (isinf(r) && isfinite(creal(z)) && isfinite(cimag(z)))
        return rt_raise(RT_EXC_OVERFLOW, "math range error");
    rt_value_t parts[2] = {rt_float_new(r), rt_float_new(carg(z))};
    return pyvm_tuple_from(parts, 2);
}

static bool arg_real(rt_value_t v, double *out)
{
    bool err;
    if (pyvm_num_to_double(pyvm_unwrap(v), out, &err))
        return true;
    if (!err)
        rt_raise(RT_EXC_TYPE, "must be real number, not %s", pyvm_type_name(v));
    return false;
}

/* rect(r, phi): r * e^(i phi); an infinite r takes its signs from cos(phi) and sin(phi), a zero
** phi keeps the imaginary part exact, and other non-finite cases read CPython's special values. */
static rt_value_t m_rect(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    double r, phi;
    status_t st = OK;
    if (!arg_real(a[0], &r) || !arg_real(a[1], &phi))
        return RT_NOVALUE;
    double complex z;
    if (isinf(r) && isfinite(phi) && phi != 0)
        z = r > 0 ? signed_parts(INFINITY, phi) : -signed_parts(INFINITY, phi);
    else if (is_special(CMPLX(r, phi)))
        z = special(special_rect, CMPLX(r, phi), &st);
    else
        z = phi == 0 ? CMPLX(r, r * phi) : CMPLX(r * cos(phi), r * sin(phi));
    return result(z, st);
}

/* X(name, predicate over re and im) */
#define CLASSIFY_FNS(X)                                                                            \
    X(isfinite, isfinite(re) && isfinite(im)) X(isinf, isinf(re) || isinf(im))                    \
    X(isnan, isnan(re) || isnan(im))

#define CLASSIFY_FN(name, expr)                                                                    \
    static rt_value_t m_##name(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)       \
    {                                                                                              \
        (void)s, (void)n, (void)kw;                                                                \
        double complex z;                                                                          \
        if (!arg_complex(a[0], &z))                                                                \
            return RT_NOVALUE;                                                                     \
        double re = creal(z), im = cimag(z);                                                       \
        return rt_bool(expr);                                                                      \
    }
CLASSIFY_FNS(CLASSIFY_FN)
#undef CLASSIFY_FN

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), math.isclose's rule on |a - b|. */
static rt_value_t m_isclose(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    rt_value_t v[4];
    double complex x, y;
    double rel = 1e-9, abs_tol = 0;
    if (!pyvm_parse_args("isclose", a, n, kw, names, 2, v) || !arg_complex(v[0], &x) ||
        !arg_complex(v[1], &y) || (v[2] && !arg_real(v[2], &rel)) ||
        (v[3] && !arg_real(v[3], &abs_tol)))
        return RT_NOVALUE;
    if (rel < 0 || abs_tol < 0)
        return rt_raise(RT_EXC_VALUE, "tolerances must be non-negative");
    if (x == y)
        return rt_true;
    if (isinf(creal(x)) || isinf(cimag(x)) || isinf(creal(y)) || isinf(cimag(y)))
        return rt_false;
    double diff = cabs(x - y);
    return rt_bool(diff <= rel * cabs(y) || diff <= rel * cabs(x) || diff <= abs_tol);
}

static const pyvm_cfunc_def_t cmath_functions[] = {
#define UNARY_DEF(name) {#name, m_##name, 1, 1, 0, 0},
    UNARY_FNS(UNARY_DEF)
#undef UNARY_DEF
#define CLASSIFY_DEF(name, expr) {#name, m_##name, 1, 1, 0, 0},
    CLASSIFY_FNS(CLASSIFY_DEF)
#undef CLASSIFY_DEF
    {"log", m_log, 1, 2, 0, 0},       {"phase", m_phase, 1, 1, 0, 0},
    {"polar", m_polar, 1, 1, 0, 0},   {"rect", m_rect, 2, 2, 0, 0},
    {"isclose", m_isclose, 2, 2, 0, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_cmath_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, cmath_functions);
    pyvm_mod_put(d, "pi", rt_float_new(M_PI));
    pyvm_mod_put(d, "e", rt_float_new(M_E));
    pyvm_mod_put(d, "tau", rt_float_new(2 * M_PI));
    pyvm_mod_put(d, "inf", rt_float_new(INFINITY));
    pyvm_mod_put(d, "nan", rt_float_new(NAN));
    pyvm_mod_put(d, "infj", pyvm_complex_new(0.0, INFINITY));
    pyvm_mod_put(d, "nanj", pyvm_complex_new(0.0, NAN));
    return d;
}

/*
** mod_math.c: the native `math` module (object.h): constants and the common functions on
** floats, with floor/ceil/trunc returning ints, and exact integer gcd, factorial, isqrt.
*/
#include <math.h>

#include "pyvm/modules/modules.h"

static bool arg_double(rt_value_t v, double *out)
{
    bool err;
    if (pyvm_num_to_double(v, out, &err))
        return true;
    if (!err)
        rt_raise(RT_EXC_TYPE, "must be real number, not %s", pyvm_type_name(v));
    return false;
}

/* Applies a one-argument double function with CPython's domain errors: domain 0 any x,
** 1 x >= 0, 2 x > 0, 3 |x| <= 1. */
static rt_value_t unary(rt_value_t arg, double (*fn)(double), int domain)
{
    double x;
    if (!arg_double(arg, &x))
        return RT_NOVALUE;
    if ((domain == 1 && x < 0) || (domain == 2 && x <= 0) || (domain == 3 && fabs(x) > 1))
        return rt_raise(RT_EXC_VALUE, "math domain error");
    double r = fn(x);
    if (isinf(r) && isfinite(x))
        return rt_raise(RT_EXC_OVERFLOW, "math range error");
    return rt_float_new(r);
}

/* X(name, domain) for the one-argument functions of <math.h>. */
#define UNARY_FNS(X)                                                                               \
    X(sqrt, 1) X(exp, 0) X(sin, 0) X(cos, 0) X(tan, 0) X(asin, 3) X(acos, 3) X(atan, 0) X(sinh, 0) \
    X(cosh, 0) X(tanh, 0) X(log2, 2) X(log10, 2) X(fabs, 0)

#define UNARY_WRAPPER(name, domain)                                                                \
    static rt_value_t m_##name(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)       \
    {                                                                                              \
        (void)s, (void)n, (void)kw;                                                                \
        return unary(a[0], name, domain);                                                          \
    }
UNARY_FNS(UNARY_WRAPPER)
#undef UNARY_WRAPPER

static rt_value_t m_log(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    double x, b = M_E;
    if (!arg_double(a[0], &x) || (n > 1 && !arg_double(a[1], &b)))
        return RT_NOVALUE;
    if (x <= 0 || b <= 0 || b == 1)
        return rt_raise(RT_EXC_VALUE, "math domain error");
    return rt_float_new(n > 1 ? log(x) / log(b) : log(x));
}

static rt_value_t to_int(double d)
{
    rt_value_t r;
    rt_num_status_t st = rt_int_from_double(d, &r);
    if (st == RT_NUM_VALUE_ERROR)
        return rt_raise(RT_EXC_VALUE, "cannot convert float NaN to integer");
    if (st)
        return rt_raise(RT_EXC_OVERFLOW, "cannot convert float infinity to integer");
    return r;
}

static rt_value_t rounding(const rt_value_t *a, double (*fn)(double))
{
    if (pyvm_is_intlike(a[0]))
        return pyvm_int_of(a[0]);
    double x;
    return arg_double(a[0], &x) ? to_int(fn(x)) : RT_NOVALUE;
}

static rt_value_t m_floor(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    return rounding(a, floor);
}

static rt_value_t m_ceil(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    return rounding(a, ceil);
}

static rt_value_t m_trunc(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    return rounding(a, trunc);
}

static rt_value_t m_two(const rt_value_t *a, double (*fn)(double, double))
{
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y))
        return RT_NOVALUE;
    return rt_float_new(fn(x, y));
}

static rt_value_t m_pow(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    return m_two(a, pow);
}

static rt_value_t m_atan2(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    return m_two(a, atan2);
}

static rt_value_t m_hypot(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    return m_two(a, hypot);
}

static rt_value_t m_fmod(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    return m_two(a, fmod);
}

static rt_value_t m_copysign(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    return m_two(a, copysign);
}

static rt_value_t m_isfinite(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    double x;
    return arg_double(a[0], &x) ? rt_bool(isfinite(x)) : RT_NOVALUE;
}

static rt_value_t m_isinf(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    double x;
    return arg_double(a[0], &x) ? rt_bool(isinf(x)) : RT_NOVALUE;
}

static rt_value_t m_isnan(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    double x;
    return arg_double(a[0], &x) ? rt_bool(isnan(x)) : RT_NOVALUE;
}

static rt_value_t m_gcd(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)kw;
    rt_value_t g = rt_small(0);
    for (size_t i = 0; i < n; i++) {
        rt_value_t x = pyvm_index(a[i]);
        if (!x)
            return x;
        x = rt_int_abs(x);
        while (rt_int_sign(x)) {
            rt_value_t r;
            rt_int_mod(g, x, &r);
            g = x;
            x = r;
        }
    }
    return g;
}

static rt_value_t m_factorial(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    int64_t k;
    if (!pyvm_index_i64(a[0], &k))
        return RT_NOVALUE;
    if (k < 0)
        return rt_raise(RT_EXC_VALUE, "factorial() not defined for negative values");
    rt_value_t r = rt_small(1);
    for (int64_t i = 2; i <= k; i++)
        r = rt_int_mul(r, rt_small(i));
    return r;
}

static rt_value_t m_isqrt(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    rt_value_t x = pyvm_index(a[0]);
    if (!x)
        return x;
    if (rt_int_sign(x) < 0)
        return rt_raise(RT_EXC_VALUE, "isqrt() argument must be nonnegative");
    if (rt_int_sign(x) == 0)
        return x;
    /* Newton's iteration from above */
    uint64_t bits = rt_int_bit_length(x);
    rt_value_t y, r;
    rt_int_lshift(rt_small(1), rt_small((int64_t)(bits / 2 + 1)), &r);
    for (;;) {
        rt_value_t q;
        rt_int_floordiv(x, r, &q);
        rt_int_rshift(rt_int_add(r, q), rt_small(1), &y);
        if (rt_int_cmp(y, r) >= 0)
            return r;
        r = y;
    }
}

static const pyvm_cfunc_def_t math_functions[] = {
#define UNARY_DEF(name, domain) {#name, m_##name, 1, 1, 0, 0},
    UNARY_FNS(UNARY_DEF)
#undef UNARY_DEF
    {"log", m_log, 1, 2, 0, 0},      {"floor", m_floor, 1, 1, 0, 0},
    {"ceil", m_ceil, 1, 1, 0, 0},    {"trunc", m_trunc, 1, 1, 0, 0},
    {"pow", m_pow, 2, 2, 0, 0},      {"atan2", m_atan2, 2, 2, 0, 0},
    {"hypot", m_hypot, 2, 2, 0, 0},  {"fmod", m_fmod, 2, 2, 0, 0},
    {"copysign", m_copysign, 2, 2, 0, 0}, {"isfinite", m_isfinite, 1, 1, 0, 0},
    {"isinf", m_isinf, 1, 1, 0, 0},  {"isnan", m_isnan, 1, 1, 0, 0},
    {"gcd", m_gcd, 0, -1, 0, 0},     {"factorial", m_factorial, 1, 1, 0, 0},
    {"isqrt", m_isqrt, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_math_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, math_functions);
    rt_map_set_str(d, rt_str_intern_cstr("pi"), rt_float_new(M_PI));
    rt_map_set_str(d, rt_str_intern_cstr("e"), rt_float_new(M_E));
    rt_map_set_str(d, rt_str_intern_cstr("tau"), rt_float_new(2 * M_PI));
    rt_map_set_str(d, rt_str_intern_cstr("inf"), rt_float_new(INFINITY));
    rt_map_set_str(d, rt_str_intern_cstr("nan"), rt_float_new(NAN));
    return d;
}

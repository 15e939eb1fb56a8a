/*
** mod_math.c: the native `math` module (modules.h): constants and the functions on floats
** (with CPython's domain and range errors), floor/ceil/trunc returning ints, exact integer gcd,
** lcm, factorial, isqrt, comb, perm, and fsum's correctly rounded sum.
*/
#include <math.h>

#include "pyvm/modules/modules.h"

static bool arg_double(rt_value_t v, double *out)
{
    if (rt_is_float(v)) { /* the common cases first, without a call */
        *out = rt_float_value(v);
        return true;
    }
    if (rt_is_small(v)) {
        *out = (double)rt_small_value(v);
        return true;
    }
    bool err;
    if (pyvm_num_to_double(v, out, &err))
        return true;
    if (err)
        return false;
    if (pyvm_type_lookup(pyvm_type_of(v), pyvm_name(float)) ||
        pyvm_type_lookup(pyvm_type_of(v), pyvm_name(index))) { /* __float__, __index__ */
        rt_value_t f = pyvm_float_call(pyvm_cls_float, &v, 1, NULL);
        if (f)
            *out = rt_float_value(f);
        return f != RT_NOVALUE;
    }
    rt_raise(RT_EXC_TYPE, "must be real number, not %s", pyvm_type_name(v));
    return false;
}

/* Applies a one-argument double function with CPython's domain errors: domain 0 any x,
** 1 x >= 0, 2 x > 0, 3 |x| <= 1, 4 x >= 1, 5 |x| < 1, 6 x > -1, 7 not an integer <= 0. */
static rt_value_t unary(rt_value_t arg, double (*fn)(double), int domain)
{
    double x;
    if (!arg_double(arg, &x))
        return RT_NOVALUE;
    if ((domain == 1 && x < 0) || (domain == 2 && x <= 0) || (domain == 3 && fabs(x) > 1) ||
        (domain == 4 && x < 1) || (domain == 5 && fabs(x) >= 1) || (domain == 6 && x <= -1) ||
        (domain == 7 && x <= 0 && x == floor(x)))
        return rt_raise(RT_EXC_VALUE, "math domain error");
    double r = fn(x);
    if (isinf(r) && isfinite(x))
        return rt_raise(RT_EXC_OVERFLOW, "math range error");
    return rt_float_new(r);
}

/* X(name, domain) for the one-argument functions of <math.h>. */
#define UNARY_FNS(X)                                                                               \
    X(sqrt, 1) X(exp, 0) X(sin, 0) X(cos, 0) X(tan, 0) X(asin, 3) X(acos, 3) X(atan, 0) X(sinh, 0) \
    X(cosh, 0) X(tanh, 0) X(log2, 2) X(log10, 2) X(fabs, 0) X(erf, 0) X(erfc, 0) X(exp2, 0)      \
    X(cbrt, 0) X(expm1, 0) X(log1p, 6) X(acosh, 4) X(asinh, 0) X(atanh, 5) X(tgamma, 7)        \
    X(lgamma, 7)

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

/* floor / ceil / trunc: an instance's __floor__ / __ceil__ / __trunc__ first; trunc has no
** fallback, the others go through the float value. */
static rt_value_t rounding(const rt_value_t *a, double (*fn)(double), const char *dunder)
{
    if (rt_is_ptr(a[0]) && rt_obj_type(rt_ptr(a[0])) == &pyvm_type_instance) {
        bool found;
        rt_value_t r = pyvm_call_dunder(a[0], rt_str_intern_cstr(dunder), NULL, 0, &found);
        if (found)
            return r;
    }
    if (pyvm_is_intlike(a[0]))
        return pyvm_int_of(a[0]);
    if (fn == trunc && !rt_is_float(pyvm_unwrap(a[0])))
        return rt_raise(RT_EXC_TYPE, "type %s doesn't define __trunc__ method",
                        pyvm_type_name(a[0]));
    double x;
    return arg_double(a[0], &x) ? to_int(fn(x)) : RT_NOVALUE;
}

static rt_value_t m_floor(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    return rounding(a, floor, "__floor__");
}

static rt_value_t m_ceil(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    return rounding(a, ceil, "__ceil__");
}

static rt_value_t m_trunc(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)s, (void)n, (void)kw;
    return rounding(a, trunc, "__trunc__");
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

/* fsum(iterable): the correctly rounded sum, by exact partial sums (Shewchuk's algorithm). */
static rt_value_t m_fsum(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    rt_vec_t *items = pyvm_seq_to_vec(a[0]);
    if (!items)
        return RT_NOVALUE;
    enum { MAXP = 64 };
    double p[MAXP], special = 0;
    int np = 0;
    for (int64_t i = 0; i < rt_vec_len(items); i++) {
        double x;
        if (!arg_double(rt_vec_get(items, i), &x))
            return RT_NOVALUE;
        if (!isfinite(x)) {
            special += x;
            continue;
        }
        int k = 0;
        for (int j = 0; j < np; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y, y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0)
                p[k++] = lo;
            x = hi;
        }
        if (k >= MAXP)
            return rt_raise(RT_EXC_MEMORY, "fsum: too many partials");
        p[k++] = x;
        np = k;
    }
    if (special != 0 || isnan(special))
        return rt_float_new(special);
    double hi = 0;
    if (np > 0) {
        hi = p[--np];
        double lo = 0;
        while (np > 0) {
            double x = hi, y = p[--np];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0)
                break;
        }
        if (np > 0 && ((lo < 0 && p[np - 1] < 0) || (lo > 0 && p[np - 1] > 0))) {
            double y = lo * 2, x = hi + y;
            if (y == x - hi)
                hi = x;
        }
    }
    return rt_float_new(hi);
}

/* prod(iterable, *, start=1) */
static rt_value_t m_prod(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    static const char *const names[] = {"iterable", "start", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args("prod", a, n, kw, names, 1, v))
        return RT_NOVALUE;
    rt_vec_t *items = pyvm_seq_to_vec(v[0]);
    rt_value_t acc = v[1] ? v[1] : rt_small(1);
    for (int64_t i = 0; items && acc && i < rt_vec_len(items); i++)
        acc = pyvm_binop(PYVM_AST_Mult, acc, rt_vec_get(items, i));
    return items ? acc : RT_NOVALUE;
}

/* comb(n, k) and perm(n, k=None) with exact integers. */
static rt_value_t comb_perm(const rt_value_t *a, size_t n, bool comb)
{
    int64_t nn, k;
    if (!pyvm_index_i64(a[0], &nn))
        return RT_NOVALUE;
    k = nn;
    if ((n > 1 && a[1] != rt_none) && !pyvm_index_i64(a[1], &k))
        return RT_NOVALUE;
    if (nn < 0 || k < 0)
        return rt_raise(RT_EXC_VALUE, "%s must be a non-negative integer", nn < 0 ? "n" : "k");
    if (k > nn)
        return rt_small(0);
    if (comb && k > nn - k)
        k = nn - k;
    rt_value_t r = rt_small(1);
    for (int64_t i = 0; i < k && r; i++) {
        r = pyvm_int_binop(PYVM_AST_Mult, r, rt_small(nn - i));
        if (r && comb)
            r = pyvm_int_binop(PYVM_AST_FloorDiv, r, rt_small(i + 1));
    }
    return r;
}

static rt_value_t m_comb(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    return comb_perm(a, n, true);
}

static rt_value_t m_perm(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    return comb_perm(a, n, false);
}

static rt_value_t m_lcm(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    rt_value_t acc = rt_small(1);
    for (size_t i = 0; i < n && acc; i++) {
        rt_value_t x = pyvm_index(a[i]);
        rt_value_t pair[2] = {acc, x};
        rt_value_t g = x ? m_gcd(RT_NOVALUE, pair, 2, NULL) : RT_NOVALUE;
        if (!g)
            return RT_NOVALUE;
        if (g == rt_small(0))
            return rt_small(0);
        rt_value_t prod = pyvm_int_binop(PYVM_AST_Mult, acc, x);
        acc = prod ? pyvm_int_binop(PYVM_AST_FloorDiv, prod, g) : RT_NOVALUE;
        if (acc && pyvm_lt(acc, rt_small(0)))
            acc = pyvm_unop(PYVM_AST_USub, acc);
    }
    return acc;
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static rt_value_t m_isclose(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    rt_value_t v[4];
    double x, y, rel = 1e-9, abs_tol = 0;
    if (!pyvm_parse_args("isclose", a, n, kw, names, 2, v) || !arg_double(v[0], &x) ||
        !arg_double(v[1], &y) || (v[2] && !arg_double(v[2], &rel)) ||
        (v[3] && !arg_double(v[3], &abs_tol)))
        return RT_NOVALUE;
    if (rel < 0 || abs_tol < 0)
        return rt_raise(RT_EXC_VALUE, "tolerances must be non-negative");
    if (x == y)
        return rt_true;
    if (isinf(x) || isinf(y))
        return rt_false;
    double diff = fabs(y - x);
    return rt_bool(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol);
}

/* X(name, expression over x): one-argument float functions written here. */
#define EXPR_FNS(X)                                                                                    X(degrees, x * (180.0 / M_PI)) X(radians, x * (M_PI / 180.0))                                    X(ulp, isnan(x) || isinf(x) ? fabs(x) : nextafter(fabs(x), INFINITY) - fabs(x))

#define EXPR_FN(name, expr)                                                                            static rt_value_t m_##name(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)           {                                                                                                      (void)s, (void)n, (void)kw;                                                                        double x;                                                                                          return arg_double(a[0], &x) ? rt_float_new(expr) : RT_NOVALUE;                                 }
EXPR_FNS(EXPR_FN)
#undef EXPR_FN

static rt_value_t m_frexp(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    double x;
    int e = 0;
    if (!arg_double(a[0], &x))
        return RT_NOVALUE;
    double m = isfinite(x) ? frexp(x, &e) : x;
    rt_value_t r[2] = {rt_float_new(m), rt_small(e)};
    return pyvm_tuple_from(r, 2);
}

static rt_value_t m_ldexp(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    double x;
    int64_t e;
    if (!arg_double(a[0], &x) || !pyvm_index_i64(a[1], &e))
        return RT_NOVALUE;
    double r = ldexp(x, e > 100000 ? 100000 : e < -100000 ? -100000 : (int)e);
    if (isinf(r) && isfinite(x))
        return rt_raise(RT_EXC_OVERFLOW, "math range error");
    return rt_float_new(r);
}

static rt_value_t m_modf(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    double x, ip;
    if (!arg_double(a[0], &x))
        return RT_NOVALUE;
    double fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
    if (isinf(x))
        ip = x;
    rt_value_t r[2] = {rt_float_new(fp), rt_float_new(ip)};
    return pyvm_tuple_from(r, 2);
}

/* X(name, C function of two doubles) */
#define BINARY_FNS(X) X(remainder, remainder) X(nextafter, nextafter)
#define BINARY_FN(name, fn)                                                                            static rt_value_t m_##name(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)           {                                                                                                      (void)s, (void)n, (void)kw;                                                                        double x, y;                                                                                       return arg_double(a[0], &x) && arg_double(a[1], &y) ? rt_float_new(fn(x, y))                                                                         : RT_NOVALUE;                              }
BINARY_FNS(BINARY_FN)
#undef BINARY_FN

/* dist(p, q): the Euclidean distance of two points of the same dimension. */
static rt_value_t m_dist(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    rt_vec_t *p = pyvm_seq_to_vec(a[0]), *q = p ? pyvm_seq_to_vec(a[1]) : NULL;
    if (!q)
        return RT_NOVALUE;
    if (rt_vec_len(p) != rt_vec_len(q))
        return rt_raise(RT_EXC_VALUE, "both points must have the same number of dimensions");
    double acc = 0;
    for (int64_t i = 0; i < rt_vec_len(p); i++) {
        double x, y;
        if (!arg_double(rt_vec_get(p, i), &x) || !arg_double(rt_vec_get(q, i), &y))
            return RT_NOVALUE;
        acc = hypot(acc, x - y);
    }
    return rt_float_new(acc);
}

static const pyvm_cfunc_def_t math_functions[] = {
    {"gamma", m_tgamma, 1, 1, 0, 0}, {"fsum", m_fsum, 1, 1, 0, 0},
    {"prod", m_prod, 1, 1, 0, 1},    {"comb", m_comb, 2, 2, 0, 0},
    {"perm", m_perm, 1, 2, 0, 0},    {"lcm", m_lcm, 0, -1, 0, 0},
    {"isclose", m_isclose, 2, 2, 0, 1}, {"frexp", m_frexp, 1, 1, 0, 0},
    {"ldexp", m_ldexp, 2, 2, 0, 0},  {"modf", m_modf, 1, 1, 0, 0},
    {"dist", m_dist, 2, 2, 0, 0},
#define EXPR_DEF(name, expr) {#name, m_##name, 1, 1, 0, 0},
    EXPR_FNS(EXPR_DEF)
#undef EXPR_DEF
#define BINARY_DEF(name, fn) {#name, m_##name, 2, 2, 0, 0},
    BINARY_FNS(BINARY_DEF)
#undef BINARY_DEF
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
    rt_map_del_str(d, rt_str_intern_cstr("tgamma")); /* C's name; Python's is gamma */
    rt_map_set_str(d, rt_str_intern_cstr("pi"), rt_float_new(M_PI));
    rt_map_set_str(d, rt_str_intern_cstr("e"), rt_float_new(M_E));
    rt_map_set_str(d, rt_str_intern_cstr("tau"), rt_float_new(2 * M_PI));
    rt_map_set_str(d, rt_str_intern_cstr("inf"), rt_float_new(INFINITY));
    rt_map_set_str(d, rt_str_intern_cstr("nan"), rt_float_new(NAN));
    return d;
}

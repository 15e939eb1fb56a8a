/*
** obj_complex.c: Python's complex numbers (object.h): a pair of doubles with CPython's
** arithmetic (+, -, *, /, ** mixed with int and float), comparison for equality, hashing
** compatible with int and float for real values, abs(), conjugate(), .real / .imag, the
** constructor (numbers or a string like "1+2j") and CPython's repr ("(1+2j)", "2j").
*/
#include <ctype.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "pyvm/code.h"

typedef struct complex_obj {
    rt_obj_t hdr;
    double re, im;
} complex_t;

rt_type_t pyvm_type_complex = RT_TYPE_INIT("complex", NULL, NULL, 0);
pyvm_class_t *pyvm_cls_complex;

#define CX(v) ((complex_t *)rt_ptr(v))

rt_value_t pyvm_complex_new(double re, double im)
{
    complex_t *c = rt_alloc(&pyvm_type_complex, sizeof *c);
    c->re = re;
    c->im = im;
    return rt_from_ptr(c);
}

static bool is_complex(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_complex;
}

bool pyvm_complex_parts(rt_value_t v, double *re, double *im)
{
    if (!is_complex(v))
        return false;
    *re = CX(v)->re;
    *im = CX(v)->im;
    return true;
}

/* v as a complex number: complex, float, int or bool; false (nothing pending) otherwise. */
static bool as_complex(rt_value_t v, double *re, double *im, bool *err)
{
    *err = false;
    v = pyvm_unwrap(v);
    if (is_complex(v)) {
        *re = CX(v)->re;
        *im = CX(v)->im;
        return true;
    }
    *im = 0;
    return pyvm_num_to_double(v, re, err);
}

/* One part as CPython's complex repr writes it: repr(float) without a trailing ".0". */
static bool part(rt_strbuf_t *b, double d)
{
    rt_value_t r = pyvm_repr(rt_float_new(d));
    if (!r)
        return false;
    rt_str_t *s = pyvm_str_of(r);
    size_t n = (size_t)s->len;
    if (n > 2 && strcmp(s->data + n - 2, ".0") == 0)
        n -= 2;
    rt_strbuf_append(b, s->data, n);
    return true;
}

static rt_value_t complex_repr(rt_value_t self)
{
    complex_t *c = CX(self);
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    if (c->re == 0 && !signbit(c->re)) {
        if (!part(&b, c->im))
            return RT_NOVALUE;
        rt_strbuf_appendf(&b, "j");
    } else {
        rt_strbuf_appendf(&b, "(");
        if (!part(&b, c->re))
            return RT_NOVALUE;
        if (!(c->im < 0 || (c->im == 0 && signbit(c->im))))
            rt_strbuf_appendf(&b, "+");
        if (!part(&b, c->im))
            return RT_NOVALUE;
        rt_strbuf_appendf(&b, "j)");
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* a ** b by CPython's algorithm: exact repeated squaring for small integer exponents. */
static bool complex_pow(double ar, double ai, double br, double bi, double *rr, double *ri)
{
    if (br == 0 && bi == 0) {
        *rr = 1, *ri = 0;
        return true;
    }
    if (ar == 0 && ai == 0) {
        if (bi != 0 || br < 0) {
            rt_raise(RT_EXC_ZERO_DIVISION, "0.0 to a negative or complex power");
            return false;
        }
        *rr = 0, *ri = 0;
        return true;
    }
    if (bi == 0 && br == (double)(long)br && fabs(br) <= 100) {
        long n = (long)br, m = labs(n);
        double xr = 1, xi = 0, pr = ar, pi = ai;
        while (m) {
            if (m & 1) {
                double t = xr * pr - xi * pi;
                xi = xr * pi + xi * pr;
                xr = t;
            }
            double t = pr * pr - pi * pi;
            pi = 2 * pr * pi;
            pr = t;
            m >>= 1;
        }
        if (n < 0) {
            double d = xr * xr + xi * xi;
            xr = xr / d, xi = -xi / d;
        }
        *rr = xr, *ri = xi;
        return true;
    }
    double vabs = hypot(ar, ai), len = pow(vabs, br), at = atan2(ai, ar), phase = at * br;
    if (bi != 0) {
        len /= exp(at * bi);
        phase += bi * log(vabs);
    }
    *rr = len * cos(phase);
    *ri = len * sin(phase);
    return true;
}

static rt_value_t complex_binop(int op, rt_value_t a, rt_value_t b)
{
    double ar, ai, br, bi;
    bool err;
    if (!as_complex(a, &ar, &ai, &err) || !as_complex(b, &br, &bi, &err))
        return err ? RT_NOVALUE : pyvm_notimpl;
    switch (op & 15) {
    case PYVM_AST_Add:
        return pyvm_complex_new(ar + br, ai + bi);
    case PYVM_AST_Sub:
        return pyvm_complex_new(ar - br, ai - bi);
    case PYVM_AST_Mult:
        return pyvm_complex_new(ar * br - ai * bi, ar * bi + ai * br);
    case PYVM_AST_Div: {
        if (br == 0 && bi == 0)
            return rt_raise(RT_EXC_ZERO_DIVISION, "complex division by zero");
        /* Smith's method, as CPython */
        if (fabs(br) >= fabs(bi)) {
            double ratio = bi / br, den = br + bi * ratio;
            return pyvm_complex_new((ar + ai * ratio) / den, (ai - ar * ratio) / den);
        }
        double ratio = br / bi, den = br * ratio + bi;
        return pyvm_complex_new((ar * ratio + ai) / den, (ai * ratio - ar) / den);
    }
    case PYVM_AST_Pow: {
        double rr, ri;
        return complex_pow(ar, ai, br, bi, &rr, &ri) ? pyvm_complex_new(rr, ri) : RT_NOVALUE;
    }
    default:
        return pyvm_notimpl;
    }
}

static rt_value_t complex_unop(int op, rt_value_t a)
{
    complex_t *c = CX(a);
    if (op == PYVM_AST_USub)
        return pyvm_complex_new(-c->re, -c->im);
    if (op == PYVM_AST_UAdd)
        return pyvm_complex_new(c->re, c->im);
    return pyvm_notimpl;
}

static rt_value_t complex_richcmp(rt_value_t a, rt_value_t b, int op)
{
    double ar, ai, br, bi;
    bool err = false; /* unset when the operator is not == or != */
    if ((op != PYVM_EQ && op != PYVM_NE) || !as_complex(a, &ar, &ai, &err) ||
        !as_complex(b, &br, &bi, &err))
        return err ? RT_NOVALUE : pyvm_notimpl;
    return rt_bool((ar == br && ai == bi) == (op == PYVM_EQ));
}

/* hash(re) + 1000003 * hash(im), with hash(x + 0j) == hash(x). */
static bool complex_hash(rt_value_t self, int64_t *out)
{
    int64_t hr, hi;
    if (!pyvm_hash(rt_float_new(CX(self)->re), &hr) || !pyvm_hash(rt_float_new(CX(self)->im), &hi))
        return false;
    uint64_t h = (uint64_t)hr + 1000003u * (uint64_t)hi;
    *out = (int64_t)h == -1 ? -2 : (int64_t)h;
    return true;
}

static int complex_truth(rt_value_t self) { return CX(self)->re != 0 || CX(self)->im != 0; }

static rt_value_t complex_getattr(rt_value_t self, rt_str_t *name)
{
    if (strcmp(name->data, "real") == 0)
        return rt_float_new(CX(self)->re);
    if (strcmp(name->data, "imag") == 0)
        return rt_float_new(CX(self)->im);
    return pyvm_generic_getattr(self, name);
}

static const rt_pyslots_t complex_slots = {
    .cls = &pyvm_cls_complex,
    .repr = complex_repr,
    .getattr = complex_getattr,
    .binop = complex_binop,
    .unop = complex_unop,
    .richcmp = complex_richcmp,
    .hash = complex_hash,
    .truth = complex_truth,
};

#define METHOD(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

METHOD(c_abs)
{
    (void)a, (void)n, (void)kw;
    double r = hypot(CX(self)->re, CX(self)->im);
    if (isinf(r) && !isinf(CX(self)->re) && !isinf(CX(self)->im))
        return rt_raise(RT_EXC_OVERFLOW, "absolute value too large");
    return rt_float_new(r);
}

METHOD(c_conjugate)
{
    (void)a, (void)n, (void)kw;
    return pyvm_complex_new(CX(self)->re, -CX(self)->im);
}

METHOD(c_self)
{
    (void)a, (void)n, (void)kw;
    return self;
}

static const pyvm_cfunc_def_t complex_methods[] = {
    {"__abs__", c_abs, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"conjugate", c_conjugate, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__complex__", c_self, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* complex("1+2j"), complex("3j"), complex("(1-1e3j)"), complex("2"): a ValueError otherwise. */
static rt_value_t parse(rt_str_t *s)
{
    const char *p = s->data, *end = p + s->len;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n'))
        p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n'))
        end--;
    bool paren = p < end && *p == '(' && end[-1] == ')';
    if (paren) { /* "( 1+2j )": blanks inside the parentheses too */
        p++, end--;
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n'))
            p++;
        while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n'))
            end--;
    }
    char buf[128];
    size_t len = 0;
    if (p == end || end - p >= (ptrdiff_t)sizeof buf)
        goto bad;
    for (const char *q = p; q < end; q++) { /* '_' only between digits, as in float() */
        if (*q != '_') {
            buf[len++] = *q;
            continue;
        }
        if (q == p || q + 1 == end || !isdigit((unsigned char)q[-1]) ||
            !isdigit((unsigned char)q[1]))
            goto bad;
    }
    buf[len] = '\0';
    char *q;
    double x = strtod(buf, &q);
    if (q == buf) {
        if ((*q == 'j' || *q == 'J') && q[1] == '\0')
            return pyvm_complex_new(0, 1);
        if ((*q == '+' || *q == '-') && (q[1] == 'j' || q[1] == 'J') && q[2] == '\0')
            return pyvm_complex_new(0, *q == '-' ? -1 : 1);
        goto bad;
    }
    if (*q == '\0')
        return pyvm_complex_new(x, 0);
    if ((*q == 'j' || *q == 'J') && q[1] == '\0')
        return pyvm_complex_new(0, x);
    if (*q == '+' || *q == '-') {
        char *r;
        double y = strtod(q, &r);
        if (r == q + 1 && (*r == 'j' || *r == 'J')) /* "1+j" */
            y = *q == '-' ? -1 : 1;
        else if (r == q)
            goto bad;
        if ((*r == 'j' || *r == 'J') && r[1] == '\0')
            return pyvm_complex_new(x, y);
    }
bad:
    return rt_raise(RT_EXC_VALUE, "complex() arg is a malformed string");
}

static rt_value_t complex_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                               rt_tuple_t *kw)
{
    (void)cls;
    static const char *const names[] = {"real", "imag", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args("complex", args, nargs, kw, names, 0, v))
        return RT_NOVALUE;
    if (v[0] && pyvm_is_str(v[0])) {
        if (v[1])
            return rt_raise(RT_EXC_TYPE, "complex() can't take second arg if first is a string");
        return parse(pyvm_str_of(v[0]));
    }
    double ar = 0, ai = 0, br = 0, bi = 0;
    bool err, c0 = v[0] && is_complex(pyvm_unwrap(v[0]));
    if (v[0] && !as_complex(v[0], &ar, &ai, &err)) {
        if (err)
            return RT_NOVALUE;
        c0 = true;
        bool found;
        rt_value_t c = pyvm_call_dunder(v[0], rt_str_intern_cstr("__complex__"), NULL, 0, &found);
        if (found) {
            if (c && !is_complex(pyvm_unwrap(c)))
                return rt_raise(RT_EXC_TYPE, "__complex__ returned non-complex (type %s)",
                                pyvm_type_name(c));
            if (!c || !as_complex(c, &ar, &ai, &err))
                return RT_NOVALUE;
        } else if (pyvm_type_lookup(pyvm_type_of(v[0]), pyvm_name(float)) ||
                   pyvm_type_lookup(pyvm_type_of(v[0]), pyvm_name(index))) {
            rt_value_t f = pyvm_float_call(pyvm_cls_float, v, 1, NULL); /* __float__, __index__ */
            if (!f)
                return RT_NOVALUE;
            ar = rt_float_value(f);
        } else {
            return rt_raise(RT_EXC_TYPE, "complex() first argument must be a string or a number, "
                                         "not '%s'", pyvm_type_name(v[0]));
        }
    }
    if (v[1] && !as_complex(v[1], &br, &bi, &err))
        return err ? RT_NOVALUE
                   : rt_raise(RT_EXC_TYPE, "complex() second argument must be a number, not '%s'",
                              pyvm_type_name(v[1]));
    /* As CPython: a part that is not complex is taken as is, so complex(1, -0.0) keeps its -0.0. */
    bool c1 = v[1] && is_complex(pyvm_unwrap(v[1]));
    return pyvm_complex_new(c1 ? ar - bi : ar, !v[1] ? ai : c0 ? br + ai : br);
}

void pyvm_complex_init(void)
{
    gc_root_add(&pyvm_cls_complex, 1);
    pyvm_type_complex.py = &complex_slots;
    pyvm_cls_complex = pyvm_type_new_builtin("complex", &pyvm_type_complex, pyvm_cls_object);
    pyvm_cls_complex->ctor = complex_ctor;
    pyvm_cfunc_install(pyvm_cls_complex, complex_methods);
}

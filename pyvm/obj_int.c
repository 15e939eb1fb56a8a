/*
** obj_int.c: Python behaviour of the runtime's numbers and singletons (object.h): int (small and
** GMP bignums, runtime/int.h), bool (an int subclass), float, None, NotImplemented and Ellipsis.
** Mixed int/float arithmetic converts the int exactly as CPython does; errors become Python's
** ZeroDivisionError / OverflowError / ValueError with CPython's messages.
*/
#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pyvm/code.h"

rt_value_t pyvm_num_error(rt_num_status_t st, const char *what)
{
    switch (st) {
    case RT_NUM_ZERO_DIV:
        return rt_raise(RT_EXC_ZERO_DIVISION, "%s", what);
    case RT_NUM_OVERFLOW:
        return rt_raise(RT_EXC_OVERFLOW, "%s", what);
    default:
        return rt_raise(RT_EXC_VALUE, "%s", what);
    }
}

bool pyvm_num_to_double(rt_value_t v, double *out, bool *err)
{
    *err = false;
    v = pyvm_unwrap(v);
    if (rt_is_float(v)) {
        *out = rt_float_value(v);
        return true;
    }
    if (pyvm_is_intlike(v)) {
        if (rt_int_to_double(pyvm_int_of(v), out) != RT_NUM_OK) {
            rt_raise(RT_EXC_OVERFLOW, "int too large to convert to float");
            *err = true;
            return false;
        }
        return true;
    }
    return false;
}

static double py_fmod(double a, double b)
{
    double m = fmod(a, b);
    if (m != 0.0) {
        if ((b < 0) != (m < 0))
            m += b;
    } else {
        m = copysign(0.0, b);
    }
    return m;
}

static rt_value_t float_binop_d(int op, double a, double b)
{
    switch (op) {
    case PYVM_AST_Add:
        return rt_float_new(a + b);
    case PYVM_AST_Sub:
        return rt_float_new(a - b);
    case PYVM_AST_Mult:
        return rt_float_new(a * b);
    case PYVM_AST_Div:
        if (b == 0.0)
            return rt_raise(RT_EXC_ZERO_DIVISION, "float division by zero");
        return rt_float_new(a / b);
    case PYVM_AST_Mod:
        if (b == 0.0)
            return rt_raise(RT_EXC_ZERO_DIVISION, "float modulo");
        return rt_float_new(py_fmod(a, b));
    case PYVM_AST_FloorDiv:
        if (b == 0.0)
            return rt_raise(RT_EXC_ZERO_DIVISION, "float floor division by zero");
        { /* a zero quotient takes the sign of a / b, as CPython's float divmod */
            double q = floor((a - py_fmod(a, b)) / b);
            return rt_float_new(q == 0.0 ? copysign(0.0, a / b) : q);
        }
    case PYVM_AST_Pow:
        if (a == 0.0 && b < 0)
            return rt_raise(RT_EXC_ZERO_DIVISION, "0.0 cannot be raised to a negative power");
        if (a < 0 && isfinite(b) && b != floor(b)) /* a complex result, as CPython 3 gives */
            return pyvm_binop(PYVM_AST_Pow, pyvm_complex_new(a, 0.0), rt_float_new(b));
        {
            double r = pow(a, b);
            if (isinf(r) && isfinite(a) && isfinite(b))
                return rt_raise(RT_EXC_OVERFLOW, "(34, 'Numerical result out of range')");
            return rt_float_new(r);
        }
    default:
        return pyvm_notimpl;
    }
}

rt_value_t pyvm_int_binop(int op, rt_value_t a, rt_value_t b)
{
    rt_value_t r = RT_NOVALUE;
    rt_num_status_t st = RT_NUM_OK;
    switch (op) {
    case PYVM_AST_Add:
        return rt_int_add(a, b);
    case PYVM_AST_Sub:
        return rt_int_sub(a, b);
    case PYVM_AST_Mult:
        return rt_int_mul(a, b);
    case PYVM_AST_Div: {
        double d;
        st = rt_int_truediv(a, b, &d);
        if (st == RT_NUM_ZERO_DIV)
            return pyvm_num_error(st, "division by zero");
        if (st)
            return pyvm_num_error(st, "integer division result too large for a float");
        return rt_float_new(d);
    }
    case PYVM_AST_Mod:
        st = rt_int_mod(a, b, &r);
        return st ? pyvm_num_error(st, "integer modulo by zero") : r;
    case PYVM_AST_FloorDiv:
        st = rt_int_floordiv(a, b, &r);
        return st ? pyvm_num_error(st, "integer division or modulo by zero") : r;
    case PYVM_AST_Pow:
        st = rt_int_pow(a, b, RT_NOVALUE, &r);
        if (st == RT_NUM_ZERO_DIV)
            return pyvm_num_error(st, "0.0 cannot be raised to a negative power");
        return st ? pyvm_num_error(st, "integer overflow") : r;
    case PYVM_AST_LShift:
        st = rt_int_lshift(a, b, &r);
        return st ? pyvm_num_error(st, st == RT_NUM_VALUE_ERROR ? "negative shift count"
                                                                 : "too many digits in integer")
                  : r;
    case PYVM_AST_RShift:
        st = rt_int_rshift(a, b, &r);
        return st ? pyvm_num_error(st, "negative shift count") : r;
    case PYVM_AST_BitOr:
        return rt_int_or(a, b);
    case PYVM_AST_BitXor:
        return rt_int_xor(a, b);
    case PYVM_AST_BitAnd:
        return rt_int_and(a, b);
    default:
        return pyvm_notimpl;
    }
}

/* Arithmetic for int, bool and float operands (either position). */
static rt_value_t num_binop(int op, rt_value_t a, rt_value_t b)
{
    op &= 15;
    a = pyvm_unwrap(a); /* int and float subclasses compute as their values */
    b = pyvm_unwrap(b);
    if (pyvm_is_intlike(a) && pyvm_is_intlike(b)) {
        if (rt_is_bool(a) && rt_is_bool(b) &&
            (op == PYVM_AST_BitAnd || op == PYVM_AST_BitOr || op == PYVM_AST_BitXor)) {
            bool x = a == rt_true, y = b == rt_true;
            return rt_bool(op == PYVM_AST_BitAnd ? x & y : op == PYVM_AST_BitOr ? x | y : x ^ y);
        }
        return pyvm_int_binop(op, pyvm_int_of(a), pyvm_int_of(b));
    }
    double x, y;
    bool err;
    if (!pyvm_num_to_double(a, &x, &err))
        return err ? RT_NOVALUE : pyvm_notimpl;
    if (!pyvm_num_to_double(b, &y, &err))
        return err ? RT_NOVALUE : pyvm_notimpl;
    return float_binop_d(op, x, y);
}

static rt_value_t num_unop(int op, rt_value_t a)
{
    if (rt_is_float(a)) {
        double d = rt_float_value(a);
        if (op == PYVM_AST_USub)
            return rt_float_new(-d);
        if (op == PYVM_AST_UAdd)
            return a;
        return pyvm_notimpl;
    }
    a = pyvm_int_of(a);
    switch (op) {
    case PYVM_AST_USub:
        return rt_int_neg(a);
    case PYVM_AST_UAdd:
        return a;
    case PYVM_AST_Invert:
        return rt_int_invert(a);
    default:
        return pyvm_notimpl;
    }
}

static rt_value_t num_richcmp(rt_value_t a, rt_value_t b, int op)
{
    int c;
    if (pyvm_is_intlike(a) && pyvm_is_intlike(b)) {
        c = rt_int_cmp(pyvm_int_of(a), pyvm_int_of(b));
    } else if (pyvm_is_intlike(a) && rt_is_float(b)) {
        c = rt_int_cmp_double(pyvm_int_of(a), rt_float_value(b));
    } else if (rt_is_float(a) && pyvm_is_intlike(b)) {
        c = rt_int_cmp_double(pyvm_int_of(b), rt_float_value(a));
        if (c != RT_CMP_UNORDERED)
            c = -c;
    } else if (rt_is_float(a) && rt_is_float(b)) {
        double x = rt_float_value(a), y = rt_float_value(b);
        c = x < y ? -1 : x > y ? 1 : x == y ? 0 : RT_CMP_UNORDERED;
    } else {
        return pyvm_notimpl;
    }
    if (c == RT_CMP_UNORDERED)
        return rt_bool(op == PYVM_NE);
    switch (op) {
    case PYVM_LT: return rt_bool(c < 0);
    case PYVM_LE: return rt_bool(c <= 0);
    case PYVM_EQ: return rt_bool(c == 0);
    case PYVM_NE: return rt_bool(c != 0);
    case PYVM_GT: return rt_bool(c > 0);
    default: return rt_bool(c >= 0);
    }
}

static rt_value_t int_repr(rt_value_t v)
{
    v = pyvm_int_of(v);
    size_t cap = rt_numfmt_int_bound(v, 10);
    char small[32];
    char *buf = cap <= sizeof small ? small : rt_str_alloc(&rt_type_str, cap)->data;
    return rt_from_ptr(rt_str_new(buf, rt_numfmt_int(v, 10, 0, buf)));
}

static bool int_hash(rt_value_t v, int64_t *out)
{
    *out = rt_int_pyhash(pyvm_int_of(v));
    return true;
}

static int int_truth(rt_value_t v) { return rt_int_sign(pyvm_int_of(v)) != 0; }

static rt_value_t bool_repr(rt_value_t v) { return pyvm_str_cstr(v == rt_true ? "True" : "False"); }

static rt_value_t float_repr(rt_value_t v)
{
    char buf[RT_NUMFMT_FLOAT_MAX];
    size_t n = rt_numfmt_float_repr(rt_float_value(v), buf);
    return rt_from_ptr(rt_str_new(buf, n));
}

static bool float_hash(rt_value_t v, int64_t *out)
{
    *out = rt_float_pyhash(v);
    return true;
}

static int float_truth(rt_value_t v) { return rt_float_value(v) != 0.0; }

static rt_value_t none_repr(rt_value_t v)
{
    (void)v;
    return pyvm_str_cstr("None");
}

static int none_truth(rt_value_t v)
{
    (void)v;
    return 0;
}

static rt_value_t notimpl_repr(rt_value_t v)
{
    return pyvm_str_cstr(v == pyvm_notimpl ? "NotImplemented" : "Ellipsis");
}

const rt_pyslots_t pyvm_int_slots = {
    .cls = &pyvm_cls_int,
    .repr = int_repr,
    .binop = num_binop,
    .unop = num_unop,
    .richcmp = num_richcmp,
    .hash = int_hash,
    .truth = int_truth,
};

static const rt_pyslots_t bool_slots = {
    .cls = &pyvm_cls_bool,
    .repr = bool_repr,
    .binop = num_binop,
    .unop = num_unop,
    .richcmp = num_richcmp,
    .hash = int_hash,
    .truth = int_truth,
};

static const rt_pyslots_t float_slots = {
    .cls = &pyvm_cls_float,
    .repr = float_repr,
    .binop = num_binop,
    .unop = num_unop,
    .richcmp = num_richcmp,
    .hash = float_hash,
    .truth = float_truth,
};

static const rt_pyslots_t none_slots = {.cls = &pyvm_cls_NoneType, .repr = none_repr,
                                        .truth = none_truth};
static rt_type_t notimpl_type = RT_TYPE_INIT("NotImplementedType", NULL, NULL, 0);
static rt_type_t ellipsis_type = RT_TYPE_INIT("ellipsis", NULL, NULL, 0);
static const rt_pyslots_t notimpl_slots = {.cls = &pyvm_cls_NotImplementedType,
                                           .repr = notimpl_repr};
static const rt_pyslots_t ellipsis_slots = {.cls = &pyvm_cls_ellipsis, .repr = notimpl_repr};

/* ---- Constructors ---- */

static rt_value_t int_from_str(rt_str_t *s, int base)
{
    rt_value_t r = RT_NOVALUE;
    if (rt_numparse_int(s->data, (size_t)s->len, base, &r) != RT_NUM_OK) {
        rt_value_t rep = pyvm_str_repr_of(s);
        if (!rep)
            return rep;
        return rt_raise(RT_EXC_VALUE, "invalid literal for int() with base %d: %s", base,
                        pyvm_str_of(rep)->data);
    }
    return r;
}

rt_value_t pyvm_int_call(pyvm_class_t *cls, const rt_value_t *args, size_t nargs, rt_tuple_t *kw)
{
    (void)cls;
    int64_t base = 10;
    size_t nkw = kw ? (size_t)rt_tuple_len(kw) : 0;
    if (nargs + nkw > 2)
        return rt_raise(RT_EXC_TYPE, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
    if (nkw == 1 && strcmp(pyvm_str_of(rt_tuple_get(kw, 0))->data, "base") == 0) {
        if (!pyvm_index_i64(args[nargs], &base))
            return RT_NOVALUE;
    } else if (nkw) {
        for (size_t i = 0; i < nkw; i++) {
            const char *k = pyvm_str_of(rt_tuple_get(kw, (int64_t)i))->data;
            if (strcmp(k, "base") != 0)
                return rt_raise(RT_EXC_TYPE, "'%s' is an invalid keyword argument for int()", k);
        }
        return rt_raise(RT_EXC_TYPE, "int() got multiple values for argument 'base'");
    }
    if (!pyvm_check_nargs("int", nargs, 0, 2))
        return RT_NOVALUE;
    if (nargs == 0)
        return rt_small(0);
    if (nargs == 2 && !pyvm_index_i64(args[1], &base))
        return RT_NOVALUE;
    rt_value_t x = pyvm_unwrap(args[0]);
    const char *d;
    int64_t len;
    if (!pyvm_is_str(x) && pyvm_bytes_like(x, &d, &len)) /* bytes, bytearray: their text */
        x = rt_from_ptr(rt_bytes_new(d, (size_t)len));
    if (nargs == 2 || nkw) {
        if (!pyvm_is_str(x) && !(rt_is_ptr(x) && rt_obj_type(rt_ptr(x)) == &rt_type_bytes))
            return rt_raise(RT_EXC_TYPE, "int() can't convert non-string with explicit base");
        if ((base != 0 && base < 2) || base > 36)
            return rt_raise(RT_EXC_VALUE, "int() base must be >= 2 and <= 36, or 0");
        return int_from_str(rt_ptr(x), (int)base);
    }
    if (pyvm_is_intlike(x))
        return pyvm_int_of(x);
    if (rt_is_float(x)) {
        rt_value_t r;
        rt_num_status_t st = rt_int_from_double(rt_float_value(x), &r);
        if (st == RT_NUM_VALUE_ERROR)
            return rt_raise(RT_EXC_VALUE, "cannot convert float NaN to integer");
        if (st)
            return rt_raise(RT_EXC_OVERFLOW, "cannot convert float infinity to integer");
        return r;
    }
    if (pyvm_is_str(x) || (rt_is_ptr(x) && rt_obj_type(rt_ptr(x)) == &rt_type_bytes))
        return int_from_str(rt_ptr(x), 10);
    bool found;
    rt_value_t r = pyvm_call_dunder(x, pyvm_name(int), NULL, 0, &found);
    if (!found)
        r = pyvm_call_dunder(x, pyvm_name(index), NULL, 0, &found);
    if (found) {
        rt_value_t v = r ? pyvm_unwrap(r) : r;
        if (!r || pyvm_is_intlike(v))
            return r ? pyvm_int_of(v) : r;
        return rt_raise(RT_EXC_TYPE, "__%s__ returned non-int (type %s)",
                        pyvm_type_lookup(pyvm_type_of(x), pyvm_name(int)) ? "int" : "index",
                        pyvm_type_name(r));
    }
    return rt_raise(RT_EXC_TYPE,
                    "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                    pyvm_type_name(x));
}

rt_value_t pyvm_float_call(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                           rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_no_kwargs("float", kw) || !pyvm_check_nargs("float", nargs, 0, 1))
        return RT_NOVALUE;
    if (nargs == 0)
        return rt_float_new(0.0);
    rt_value_t x = args[0];
    double d;
    bool err;
    if (rt_is_float(x))
        return x;
    if (pyvm_num_to_double(x, &d, &err))
        return rt_float_new(d);
    if (err)
        return RT_NOVALUE;
    if (pyvm_is_str(x)) {
        rt_str_t *s = rt_ptr(x);
        if (rt_numparse_float(s->data, (size_t)s->len, &d) != RT_NUM_OK) {
            rt_value_t rep = pyvm_str_repr_of(s);
            return rep ? rt_raise(RT_EXC_VALUE, "could not convert string to float: %s",
                                  pyvm_str_of(rep)->data)
                       : RT_NOVALUE;
        }
        return rt_float_new(d);
    }
    bool found;
    rt_value_t r = pyvm_call_dunder(x, pyvm_name(float), NULL, 0, &found);
    if (found) {
        if (!r || rt_is_float(pyvm_unwrap(r)))
            return r ? pyvm_unwrap(r) : r;
        return rt_raise(RT_EXC_TYPE, "%s.__float__ returned non-float (type %s)",
                        pyvm_type_name(x), pyvm_type_name(r));
    }
    r = pyvm_call_dunder(x, pyvm_name(index), NULL, 0, &found);
    if (found) {
        if (r && !pyvm_is_intlike(pyvm_unwrap(r)))
            return rt_raise(RT_EXC_TYPE, "__index__ returned non-int (type %s)",
                            pyvm_type_name(r));
        return r && pyvm_num_to_double(r, &d, &err) ? rt_float_new(d) : RT_NOVALUE;
    }
    return rt_raise(RT_EXC_TYPE, "float() argument must be a string or a real number, not '%s'",
                    pyvm_type_name(x));
}

static rt_value_t bool_call(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_no_kwargs("bool", kw) || !pyvm_check_nargs("bool", nargs, 0, 1))
        return RT_NOVALUE;
    if (nargs == 0)
        return rt_false;
    int t = pyvm_truth(args[0]);
    return t < 0 ? RT_NOVALUE : rt_bool(t);
}

/* ---- Methods ---- */

static rt_value_t int_bit_length(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return rt_int_from_u64(rt_int_bit_length(pyvm_int_of(self)));
}

/* int.bit_count(): the number of ones in the binary form of abs(self). */
static rt_value_t int_bit_count(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    rt_value_t v = rt_int_abs(pyvm_int_of(self));
    rt_str_t *digits = rt_str_alloc(&rt_type_str, rt_numfmt_int_bound(v, 2));
    size_t len = rt_numfmt_int(v, 2, 0, digits->data);
    int64_t ones = 0;
    for (size_t i = 0; i < len; i++)
        ones += digits->data[i] == '1';
    return rt_small(ones);
}

static rt_value_t float_is_integer(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    double d = rt_float_value(self);
    return rt_bool(isfinite(d) && floor(d) == d);
}

/* byteorder argument: true for "little", false for "big", -1 with ValueError. */
static int little_endian(rt_value_t v)
{
    if (!v)
        return 0;
    if (pyvm_is_str(v) && strcmp(pyvm_str_of(v)->data, "little") == 0)
        return 1;
    if (pyvm_is_str(v) && strcmp(pyvm_str_of(v)->data, "big") == 0)
        return 0;
    rt_raise(RT_EXC_VALUE, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False) */
static rt_value_t int_from_bytes(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    rt_value_t v[3];
    if (!pyvm_parse_args("from_bytes", a, n, kw, names, 1, v))
        return RT_NOVALUE;
    int little = little_endian(v[1]);
    int sign = v[2] ? pyvm_truth(v[2]) : 0;
    rt_vec_t *bytes = little < 0 || sign < 0 ? NULL : pyvm_seq_to_vec(v[0]);
    if (!bytes)
        return RT_NOVALUE;
    int64_t len = rt_vec_len(bytes);
    rt_value_t acc = rt_small(0);
    for (int64_t i = 0; i < len && acc; i++) {
        rt_value_t byte = rt_vec_get(bytes, little ? len - 1 - i : i);
        acc = pyvm_int_binop(PYVM_AST_LShift, acc, rt_small(8));
        acc = acc ? pyvm_int_binop(PYVM_AST_BitOr, acc, pyvm_int_of(byte)) : RT_NOVALUE;
    }
    if (acc && sign && len) {
        rt_value_t top = rt_vec_get(bytes, little ? len - 1 : 0);
        if (rt_is_small(top) && (rt_small_value(top) & 0x80)) {
            rt_value_t span = pyvm_int_binop(PYVM_AST_LShift, rt_small(1), rt_small(8 * len));
            acc = span ? pyvm_int_binop(PYVM_AST_Sub, acc, span) : RT_NOVALUE;
        }
    }
    if (acc && self && self != rt_from_ptr(pyvm_cls_int))
        return pyvm_call1(self, acc); /* a subclass's from_bytes makes an instance of it */
    return acc;
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
static rt_value_t int_to_bytes(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    rt_value_t v[3];
    int64_t len = 1;
    if (!pyvm_parse_args("to_bytes", a, n, kw, names, 0, v) ||
        (v[0] && !pyvm_index_i64(v[0], &len)))
        return RT_NOVALUE;
    int little = little_endian(v[1]);
    int sign = v[2] ? pyvm_truth(v[2]) : 0;
    if (little < 0 || sign < 0)
        return RT_NOVALUE;
    if (len < 0)
        return rt_raise(RT_EXC_VALUE, "length argument must be non-negative");
    rt_value_t x = pyvm_int_of(self);
    int neg = pyvm_lt(x, rt_small(0));
    if (neg && !sign)
        return rt_raise(RT_EXC_OVERFLOW, "can't convert negative int to unsigned");
    rt_value_t span = pyvm_int_binop(PYVM_AST_LShift, rt_small(1), rt_small(8 * len));
    rt_value_t half = span ? pyvm_int_binop(PYVM_AST_RShift, span, rt_small(1)) : RT_NOVALUE;
    if (!half)
        return RT_NOVALUE;
    rt_value_t limit = sign ? half : span;
    int too_big = neg ? pyvm_lt(x, pyvm_unop(PYVM_AST_USub, half)) : !pyvm_lt(x, limit);
    if (too_big)
        return rt_raise(RT_EXC_OVERFLOW, "int too big to convert");
    if (neg && !(x = pyvm_int_binop(PYVM_AST_Add, x, span)))
        return RT_NOVALUE;
    rt_str_t *out = rt_str_alloc(&rt_type_bytes, (size_t)len);
    for (int64_t i = 0; i < len && x; i++) {
        rt_value_t low = pyvm_int_binop(PYVM_AST_BitAnd, x, rt_small(255));
        if (!low)
            return RT_NOVALUE;
        out->data[little ? i : len - 1 - i] = (char)rt_small_value(low);
        x = pyvm_int_binop(PYVM_AST_RShift, x, rt_small(8));
    }
    return x ? rt_from_ptr(out) : RT_NOVALUE;
}

/* The numbers-tower attributes: int numerator/denominator/real/imag, float real/imag. */
static rt_value_t num_self(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    rt_value_t v = pyvm_unwrap(a[0]);
    return rt_is_float(v) ? v : pyvm_int_of(v);
}

static rt_value_t num_one(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_small(1);
}

static rt_value_t num_zero(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    return rt_is_float(pyvm_unwrap(a[0])) ? rt_float_new(0.0) : rt_small(0);
}

static const pyvm_cfunc_def_t number_getters[] = {
    {"numerator", num_self, 1, 1, 0, 0},
    {"denominator", num_one, 1, 1, 0, 0},
    {"real", num_self, 1, 1, 0, 0},
    {"imag", num_zero, 1, 1, 0, 0},
};

/* Installs the getters [from, to) of number_getters as properties of cls. */
static void install_getters(pyvm_class_t *cls, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        rt_value_t get = pyvm_cfunc_new(&number_getters[i], RT_NOVALUE);
        pyvm_type_setattr(cls, rt_str_intern_cstr(number_getters[i].name),
                          pyvm_property_new(get));
    }
}

static rt_value_t num_conjugate(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return rt_is_float(self) ? self : pyvm_int_of(self);
}

static rt_value_t int_ratio(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    rt_value_t r[2] = {pyvm_int_of(self), rt_small(1)};
    return pyvm_tuple_from(r, 2);
}

/* float.as_integer_ratio(): the exact fraction, lowest terms, positive denominator. */
static rt_value_t float_ratio(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    double x = rt_float_value(self);
    if (isinf(x))
        return rt_raise(RT_EXC_OVERFLOW, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return rt_raise(RT_EXC_VALUE, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++, e--)
        m *= 2.0;
    rt_value_t num;
    rt_num_status_t st = rt_int_from_double(m, &num);
    if (st)
        return pyvm_num_error(st, "float");
    rt_value_t den = rt_small(1);
    rt_value_t shift = rt_small(e < 0 ? -e : e);
    if (e > 0)
        num = pyvm_int_binop(PYVM_AST_LShift, num, shift);
    else
        den = pyvm_int_binop(PYVM_AST_LShift, den, shift);
    /* lowest terms: strip common factors of two */
    while (num && den && den != rt_small(1)) {
        rt_value_t odd = pyvm_int_binop(PYVM_AST_BitAnd, num, rt_small(1));
        if (!odd || odd != rt_small(0))
            break;
        num = pyvm_int_binop(PYVM_AST_RShift, num, rt_small(1));
        den = den ? pyvm_int_binop(PYVM_AST_RShift, den, rt_small(1)) : den;
    }
    rt_value_t r[2] = {num, den};
    return num && den ? pyvm_tuple_from(r, 2) : RT_NOVALUE;
}

/* float.__getformat__(typestr): the storage format of C doubles and floats, which pyhyp
** requires to be IEEE 754 (test.support and struct's users ask). */
static rt_value_t float_getformat(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "__getformat__() argument must be str, not %s",
                        pyvm_type_name(a[0]));
    const char *t = pyvm_str_of(a[0])->data;
    if (strcmp(t, "double") != 0 && strcmp(t, "float") != 0)
        return rt_raise(RT_EXC_VALUE, "__getformat__() argument 1 must be 'double' or 'float'");
    return pyvm_str_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "IEEE, little-endian"
                                                                   : "IEEE, big-endian");
}

/* float.hex(): [-]0x<1 or 0>.<13 hex digits>p<exponent>, as CPython writes it. */
static rt_value_t float_hex(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    double x = rt_float_value(self);
    if (isnan(x) || isinf(x))
        return pyvm_str_cstr(isnan(x) ? "nan" : x < 0 ? "-inf" : "inf");
    const char *sign = signbit(x) ? "-" : "";
    if (x == 0)
        return pyvm_str_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0); /* subnormals: 0x0.xxx */
    m = ldexp(m, shift);
    e -= shift;
    char buf[40];
    int lead = (int)m, k = snprintf(buf, sizeof buf, "%s0x%d.", sign, lead);
    m -= lead;
    for (int i = 0; i < 13; i++) {
        m *= 16;
        int d = (int)m;
        m -= d;
        buf[k++] = "0123456789abcdef"[d];
    }
    snprintf(buf + k, sizeof buf - (size_t)k, "p%+d", e);
    return pyvm_str_cstr(buf);
}

/* float.fromhex(s): Python's hexadecimal float syntax ("0x" optional, "p" exponent optional, inf
** and nan), correctly rounded by strtod on a normalised C spelling. */
static rt_value_t float_fromhex(rt_value_t cls, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "must be str, not %s", pyvm_type_name(a[0]));
    rt_str_t *s = pyvm_str_of(a[0]);
    const char *p = s->data, *end = p + s->len;
    while (p < end && isspace((unsigned char)*p))
        p++;
    while (end > p && isspace((unsigned char)end[-1]))
        end--;
    char buf[512];
    size_t len = (size_t)(end - p), k = 0;
    if (len == 0 || len >= sizeof buf - 4)
        goto bad;
    if (*p == '+' || *p == '-')
        buf[k++] = *p++;
    size_t rest = (size_t)(end - p);
    if ((rest == 3 && !strncasecmp(p, "inf", 3)) || (rest == 8 && !strncasecmp(p, "infinity", 8)) ||
        (rest == 3 && !strncasecmp(p, "nan", 3))) {
        memcpy(buf + k, p, rest);
        buf[k + rest] = '\0';
        return pyvm_call(cls, (rt_value_t[]){pyvm_str_cstr(buf)}, 1, NULL);
    }
    if (rest >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
        p += 2;
    buf[k++] = '0', buf[k++] = 'x';
    int digits = 0, dots = 0;
    while (p < end && (isxdigit((unsigned char)*p) || *p == '.')) {
        digits += *p != '.';
        dots += *p == '.';
        buf[k++] = *p++;
    }
    if (!digits || dots > 1)
        goto bad;
    if (p < end && (*p == 'p' || *p == 'P')) {
        buf[k++] = *p++;
        if (p < end && (*p == '+' || *p == '-'))
            buf[k++] = *p++;
        if (p >= end || !isdigit((unsigned char)*p))
            goto bad;
        while (p < end && isdigit((unsigned char)*p))
            buf[k++] = *p++;
    }
    if (p != end)
        goto bad;
    buf[k] = '\0';
    double d = strtod(buf, NULL);
    if (isinf(d))
        return rt_raise(RT_EXC_OVERFLOW, "hexadecimal value too large to represent as a float");
    rt_value_t f = rt_float_new(d);
    return cls == rt_from_ptr(pyvm_cls_float) ? f : pyvm_call(cls, &f, 1, NULL);
bad:
    return rt_raise(RT_EXC_VALUE, "invalid hexadecimal floating-point string");
}

static const pyvm_cfunc_def_t int_methods[] = {
    {"conjugate", num_conjugate, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"as_integer_ratio", int_ratio, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"from_bytes", int_from_bytes, 1, 2, PYVM_CFUNC_CLASS, 1},
    {"to_bytes", int_to_bytes, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"bit_length", int_bit_length, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"bit_count", int_bit_count, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t float_methods[] = {
    {"conjugate", num_conjugate, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"as_integer_ratio", float_ratio, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"is_integer", float_is_integer, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__getformat__", float_getformat, 1, 1, PYVM_CFUNC_CLASS, 0},
    {"hex", float_hex, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"fromhex", float_fromhex, 1, 1, PYVM_CFUNC_CLASS, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_int_init(void)
{
    rt_type_int.py = &pyvm_int_slots;
    rt_type_bool.py = &bool_slots;
    rt_type_float.py = &float_slots;
    rt_type_none.py = &none_slots;
    notimpl_type.py = &notimpl_slots;
    ellipsis_type.py = &ellipsis_slots;
    pyvm_notimpl_obj.gc.desc = &notimpl_type.gc;
    pyvm_ellipsis_obj.gc.desc = &ellipsis_type.gc;
    pyvm_cls_int = pyvm_type_new_builtin("int", &rt_type_int, pyvm_cls_object);
    pyvm_cls_int->ctor = pyvm_int_call;
    pyvm_cfunc_install(pyvm_cls_int, int_methods);
    install_getters(pyvm_cls_int, 0, 4);
    pyvm_cls_bool = pyvm_type_new_builtin("bool", &rt_type_bool, pyvm_cls_int);
    pyvm_cls_bool->ctor = bool_call;
    pyvm_cls_float = pyvm_type_new_builtin("float", &rt_type_float, pyvm_cls_object);
    pyvm_cls_float->ctor = pyvm_float_call;
    pyvm_cfunc_install(pyvm_cls_float, float_methods);
    install_getters(pyvm_cls_float, 2, 4);
    pyvm_cls_NoneType = pyvm_type_new_builtin("NoneType", &rt_type_none, pyvm_cls_object);
    pyvm_cls_NotImplementedType =
        pyvm_type_new_builtin("NotImplementedType", &notimpl_type, pyvm_cls_object);
    pyvm_cls_ellipsis = pyvm_type_new_builtin("ellipsis", &ellipsis_type, pyvm_cls_object);
}

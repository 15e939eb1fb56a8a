/*
** builtins.c: the builtins module (object.h): the builtin functions as one table of
** {name, C function, argument counts}, plus the builtin classes and exceptions under their
** names. Functions that take key=/default=/sep= keywords check them themselves.
*/
#include <math.h>
#include <string.h>

#include "pyvm/code.h"
#include "pyvm/pyvm.h"

rt_map_t *pyvm_builtins;

#define BUILTIN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* The value of keyword `name` in a call, or RT_NOVALUE; *bad is set for unknown keywords. */
static rt_value_t kwarg(const rt_value_t *a, size_t n, rt_tuple_t *kw, rt_str_t *name)
{
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++)
        if (rt_tuple_get(kw, k) == rt_from_ptr(name))
            return a[n + (size_t)k];
    return RT_NOVALUE;
}

static bool only_kwargs(const char *fn, rt_tuple_t *kw, const char *const *allowed)
{
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++) {
        const char *name = pyvm_str_of(rt_tuple_get(kw, k))->data;
        bool ok = false;
        for (const char *const *p = allowed; *p; p++)
            ok |= strcmp(*p, name) == 0;
        if (!ok) {
            rt_raise(RT_EXC_TYPE, "%s() got an unexpected keyword argument '%s'", fn, name);
            return false;
        }
    }
    return true;
}

BUILTIN(b_print)
{
    (void)self;
    static const char *const allowed[] = {"sep", "end", "file", "flush", NULL};
    if (!only_kwargs("print", kw, allowed))
        return RT_NOVALUE;
    rt_value_t sep = kwarg(a, n, kw, pyvm_name(sep)), end = kwarg(a, n, kw, pyvm_name(end)),
               file = kwarg(a, n, kw, pyvm_name(file)), flush = kwarg(a, n, kw, pyvm_name(flush));
    if (!file || file == rt_none) {
        if (!(file = pyvm_sys_get(pyvm_name(stdout))))
            return rt_raise(RT_EXC_RUNTIME, "lost sys.stdout");
        if (file == rt_none) /* no stdout: print() does nothing */
            return rt_none;
    }
    if (sep && sep != rt_none && !pyvm_is_str(sep))
        return rt_raise(RT_EXC_TYPE, "sep must be None or a string, not %s", pyvm_type_name(sep));
    if (end && end != rt_none && !pyvm_is_str(end))
        return rt_raise(RT_EXC_TYPE, "end must be None or a string, not %s", pyvm_type_name(end));
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    for (size_t i = 0; i < n; i++) {
        if (i) {
            if (sep && sep != rt_none) {
                rt_strbuf_append_str(&b, rt_ptr(sep));
            } else {
                rt_strbuf_append_char(&b, ' ');
            }
        }
        rt_value_t s = pyvm_str(a[i]);
        if (!s)
            return s;
        rt_strbuf_append_str(&b, rt_ptr(s));
    }
    if (end && end != rt_none) {
        rt_strbuf_append_str(&b, rt_ptr(end));
    } else {
        rt_strbuf_append_char(&b, '\n');
    }
    if (!pyvm_write(file, rt_strbuf_finish(&b, &rt_type_str)))
        return RT_NOVALUE;
    int t = flush ? pyvm_truth(flush) : 0;
    if (t <= 0)
        return t < 0 ? RT_NOVALUE : rt_none;
    rt_value_t f = pyvm_getattr(file, pyvm_name(flush));
    return f && pyvm_call0(f) ? rt_none : RT_NOVALUE;
}

BUILTIN(b_len)
{
    (void)self, (void)n, (void)kw;
    int64_t len = pyvm_len(a[0]);
    return len < 0 ? RT_NOVALUE : rt_int_from_i64(len);
}

BUILTIN(b_repr) { (void)self, (void)n, (void)kw; return pyvm_repr(a[0]); }

BUILTIN(b_abs)
{
    (void)self, (void)n, (void)kw;
    rt_value_t x = a[0];
    if (pyvm_is_intlike(x))
        return rt_int_abs(pyvm_int_of(x));
    if (rt_is_float(x))
        return rt_float_new(fabs(rt_float_value(x)));
    bool found;
    rt_value_t r = pyvm_call_dunder(x, pyvm_name(abs), NULL, 0, &found);
    return found ? r : rt_raise(RT_EXC_TYPE, "bad operand type for abs(): '%s'", pyvm_type_name(x));
}

/* min() and max(): one iterable or several arguments, key= and default=. */
static rt_value_t minmax(const rt_value_t *a, size_t n, rt_tuple_t *kw, int op, const char *name)
{
    static const char *const allowed[] = {"key", "default", NULL};
    if (!only_kwargs(name, kw, allowed))
        return RT_NOVALUE;
    rt_value_t key = kwarg(a, n, kw, pyvm_name(key)), dflt = kwarg(a, n, kw, pyvm_name(default));
    if (n == 0)
        return rt_raise(RT_EXC_TYPE, "%s expected at least 1 argument, got 0", name);
    if (n > 1 && dflt)
        return rt_raise(RT_EXC_TYPE, "Cannot specify a default for %s() with multiple positional "
                                     "arguments", name);
    rt_vec_t *items = n == 1 ? pyvm_seq_to_vec(a[0]) : rt_vec_from_of(&rt_type_vec, a, (int64_t)n);
    if (!items)
        return RT_NOVALUE;
    if (rt_vec_len(items) == 0) {
        if (dflt)
            return dflt;
        return rt_raise(RT_EXC_VALUE, "%s() arg is an empty sequence", name);
    }
    rt_value_t best = rt_vec_get(items, 0), bestk = best;
    if (key && key != rt_none && !(bestk = pyvm_call1(key, best)))
        return RT_NOVALUE;
    for (int64_t i = 1; i < rt_vec_len(items); i++) {
        rt_value_t x = rt_vec_get(items, i), k = x;
        if (key && key != rt_none && !(k = pyvm_call1(key, x)))
            return RT_NOVALUE;
        rt_value_t r = pyvm_richcmp(k, bestk, op);
        if (!r)
            return r;
        int t = pyvm_truth(r);
        if (t < 0)
            return RT_NOVALUE;
        if (t) {
            best = x;
            bestk = k;
        }
    }
    return best;
}

BUILTIN(b_min) { (void)self; return minmax(a, n, kw, PYVM_LT, "min"); }
BUILTIN(b_max) { (void)self; return minmax(a, n, kw, PYVM_GT, "max"); }

BUILTIN(b_sum)
{
    (void)self;
    rt_value_t acc = n > 1 ? a[1] : rt_small(0);
    rt_value_t start = kwarg(a, n, kw, pyvm_name(start));
    if (start)
        acc = start;
    if (pyvm_is_str(acc))
        return rt_raise(RT_EXC_TYPE, "sum() can't sum strings [use ''.join(seq) instead]");
    const char *bd;
    int64_t bl;
    if (rt_is_ptr(acc) && !pyvm_is_str(acc) && pyvm_bytes_like(acc, &bd, &bl))
        return rt_raise(RT_EXC_TYPE, "sum() can't sum %s [use b''.join(seq) instead]",
                        rt_value_type(acc) == &rt_type_bytes ? "bytes" : "bytearray");
    rt_vec_t *items = pyvm_seq_to_vec(a[0]);
    if (!items)
        return RT_NOVALUE;
    for (int64_t i = 0; i < rt_vec_len(items); i++) {
        rt_value_t x = rt_vec_get(items, i);
        if (rt_is_small(acc) && rt_is_small(x)) {
            int64_t r;
            if (!__builtin_add_overflow(rt_small_value(acc), rt_small_value(x), &r) &&
                rt_small_fits(r)) {
                acc = rt_small(r);
                continue;
            }
        }
        acc = pyvm_binop(PYVM_AST_Add, acc, x);
        if (!acc)
            return acc;
    }
    return acc;
}

static rt_value_t anyall(rt_value_t it, bool want)
{
    rt_value_t iter = pyvm_iter(it);
    if (!iter)
        return iter;
    for (;;) {
        rt_value_t x = pyvm_next(iter);
        if (!x)
            return rt_exc_pending() ? RT_NOVALUE : rt_bool(!want);
        int t = pyvm_truth(x);
        if (t < 0)
            return RT_NOVALUE;
        if ((t != 0) == want)
            return rt_bool(want);
    }
}

BUILTIN(b_any) { (void)self, (void)n, (void)kw; return anyall(a[0], true); }
BUILTIN(b_all) { (void)self, (void)n, (void)kw; return anyall(a[0], false); }

BUILTIN(b_sorted)
{
    (void)self;
    static const char *const allowed[] = {"key", "reverse", NULL};
    if (!only_kwargs("sorted", kw, allowed))
        return RT_NOVALUE;
    rt_value_t key = kwarg(a, n, kw, pyvm_name(key)), rev = kwarg(a, n, kw, pyvm_name(reverse));
    rt_vec_t *items = pyvm_seq_to_vec(a[0]);
    if (!items)
        return RT_NOVALUE;
    int r = rev ? pyvm_truth(rev) : 0;
    if (r < 0 || !pyvm_list_sort(items, key ? key : rt_none, r))
        return RT_NOVALUE;
    return rt_from_ptr(items);
}

static int isinst(rt_value_t x, rt_value_t cls, bool sub)
{
    if (pyvm_is_tuple(cls)) {
        rt_tuple_t *t = rt_ptr(cls);
        for (int64_t i = 0; i < rt_tuple_len(t); i++) {
            int r = isinst(x, t->items[i], sub);
            if (r)
                return r;
        }
        return 0;
    }
    if (pyvm_is_union(cls))
        return isinst(x, rt_from_ptr(pyvm_union_args(cls)), sub);
    if (!sub && pyvm_instancecheck_foreign && rt_is_ptr(cls) &&
        rt_value_type(cls) != &pyvm_type_class) {
        int r = pyvm_instancecheck_foreign(x, cls);
        if (r >= 0)
            return r;
    }
    if (!rt_is_ptr(cls) || rt_obj_type(rt_ptr(cls)) != &pyvm_type_class) {
        rt_raise(RT_EXC_TYPE, sub ? "issubclass() arg 2 must be a class, a tuple of classes, or "
                                    "a union"
                                  : "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    pyvm_class_t *meta = ((pyvm_class_t *)rt_ptr(cls))->meta;
    if (meta && !(!sub && pyvm_type_of(x) == rt_ptr(cls))) {
        /* a metaclass's __instancecheck__ / __subclasscheck__ (ABCMeta's) */
        rt_str_t *hook = rt_str_intern_cstr(sub ? "__subclasscheck__" : "__instancecheck__");
        rt_value_t f = pyvm_type_lookup(meta, hook);
        if (f && f != rt_map_get_str(pyvm_cls_type->dict, hook)) {
            rt_value_t r = pyvm_call(f, (rt_value_t[]){cls, x}, 2, NULL);
            return r ? pyvm_truth(r) : -1;
        }
    }
    if (sub) {
        if (!rt_is_ptr(x) || rt_obj_type(rt_ptr(x)) != &pyvm_type_class) {
            rt_raise(RT_EXC_TYPE, "issubclass() arg 1 must be a class");
            return -1;
        }
        return pyvm_type_is_subclass(rt_ptr(x), rt_ptr(cls));
    }
    return pyvm_isinstance(x, rt_ptr(cls));
}

BUILTIN(b_isinstance)
{
    (void)self, (void)n, (void)kw;
    int r = isinst(a[0], a[1], false);
    return r < 0 ? RT_NOVALUE : rt_bool(r);
}

BUILTIN(b_issubclass)
{
    (void)self, (void)n, (void)kw;
    int r = isinst(a[0], a[1], true);
    return r < 0 ? RT_NOVALUE : rt_bool(r);
}

BUILTIN(b_id)
{
    (void)self, (void)n, (void)kw;
    return rt_int_from_u64(rt_is_small(a[0]) ? (uint64_t)a[0] : (uint64_t)a[0]);
}

BUILTIN(b_hash)
{
    (void)self, (void)n, (void)kw;
    int64_t h;
    return pyvm_hash(a[0], &h) ? rt_int_from_i64(h) : RT_NOVALUE;
}

BUILTIN(b_chr)
{
    (void)self, (void)n, (void)kw;
    int64_t cp;
    if (!pyvm_index_i64(a[0], &cp))
        return RT_NOVALUE;
    if (cp < 0 || cp > 0x10FFFF)
        return rt_raise(RT_EXC_VALUE, "chr() arg not in range(0x110000)");
    char enc[4];
    int len = rt_utf8_encode((uint32_t)cp, enc);
    return rt_from_ptr(rt_str_new(enc, (size_t)len));
}

BUILTIN(b_ord)
{
    (void)self, (void)n, (void)kw;
    rt_value_t s = a[0];
    const char *d;
    int64_t len;
    if (pyvm_is_str(s) && pyvm_str_of(s)->len == 1) /* one byte of valid UTF-8: ASCII */
        return rt_small((unsigned char)pyvm_str_of(s)->data[0]);
    if (!pyvm_is_str(s) && rt_is_ptr(s) && (rt_obj_type(rt_ptr(s)) == &rt_type_bytes ||
                                            rt_value_type(s) == &pyvm_type_bytearray) &&
        pyvm_bytes_like(s, &d, &len)) {
        if (len != 1)
            return rt_raise(RT_EXC_TYPE, "ord() expected a character, but string of length %lld "
                                         "found", (long long)len);
        return rt_small((unsigned char)d[0]);
    }
    if (!pyvm_is_str(s))
        return rt_raise(RT_EXC_TYPE, "ord() expected string of length 1, but %s found",
                        pyvm_type_name(s));
    len = rt_str_cp_len(rt_ptr(s));
    if (len != 1)
        return rt_raise(RT_EXC_TYPE, "ord() expected a character, but string of length %lld found",
                        (long long)len);
    return rt_small(rt_str_cp_at(rt_ptr(s), 0));
}

static rt_value_t radix(rt_value_t x, int base)
{
    rt_value_t v = pyvm_index(x);
    if (!v)
        return v;
    size_t cap = rt_numfmt_int_bound(v, base) + 2;
    rt_str_t *tmp = rt_str_alloc(&rt_type_str, cap);
    size_t len = rt_numfmt_int(v, base, RT_NUMFMT_PREFIX, tmp->data);
    return rt_from_ptr(rt_str_new(tmp->data, len));
}

BUILTIN(b_hex) { (void)self, (void)n, (void)kw; return radix(a[0], 16); }
BUILTIN(b_oct) { (void)self, (void)n, (void)kw; return radix(a[0], 8); }
BUILTIN(b_bin) { (void)self, (void)n, (void)kw; return radix(a[0], 2); }

/* x.__divmod__(y), else y.__rdivmod__(x), for instances; pyvm_notimpl when neither applies. */
static rt_value_t divmod_dunder(rt_value_t x, rt_value_t y)
{
    static const char *const names[2] = {"__divmod__", "__rdivmod__"};
    rt_value_t operands[2] = {x, y};
    for (int i = 0; i < 2; i++) {
        rt_value_t self = operands[i], other = operands[1 - i];
        if (!rt_is_ptr(self) || rt_obj_type(rt_ptr(self)) != &pyvm_type_instance)
            continue;
        bool found;
        rt_value_t r = pyvm_call_dunder(self, rt_str_intern_cstr(names[i]), &other, 1, &found);
        if (found && r != pyvm_notimpl)
            return r;
    }
    return pyvm_notimpl;
}

static bool real_number(rt_value_t v)
{
    v = pyvm_unwrap(v);
    return rt_is_int(v) || rt_is_bool(v) || rt_is_float(v);
}

BUILTIN(b_divmod)
{
    (void)self, (void)n, (void)kw;
    rt_value_t d = divmod_dunder(a[0], a[1]);
    if (d != pyvm_notimpl)
        return d;
    if (!real_number(a[0]) || !real_number(a[1]))
        return rt_raise(RT_EXC_TYPE, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                        pyvm_type_name(a[0]), pyvm_type_name(a[1]));
    rt_value_t x = pyvm_unwrap(a[0]), y = pyvm_unwrap(a[1]);
    if ((rt_is_float(x) || rt_is_float(y)) &&
        (rt_is_float(y) ? rt_float_value(y) == 0.0 : rt_int_sign(pyvm_int_of(y)) == 0))
        return rt_raise(RT_EXC_ZERO_DIVISION, "float divmod()");
    rt_value_t q = pyvm_binop(PYVM_AST_FloorDiv, a[0], a[1]);
    if (!q)
        return q;
    rt_value_t r = pyvm_binop(PYVM_AST_Mod, a[0], a[1]);
    if (!r)
        return r;
    rt_value_t pair[2] = {q, r};
    return pyvm_tuple_from(pair, 2);
}

BUILTIN(b_pow)
{
    (void)self;
    static const char *const names[] = {"base", "exp", "mod", NULL};
    rt_value_t v[3];
    if (!pyvm_parse_args("pow", a, n, kw, names, 2, v))
        return RT_NOVALUE;
    a = v;
    n = v[2] ? 3 : 2;
    if (n == 3 && a[2] != rt_none) {
        if (rt_is_ptr(a[0]) && rt_obj_type(rt_ptr(a[0])) == &pyvm_type_instance &&
            !real_number(a[0])) { /* type(base).__pow__(base, exp, mod), no reflection */
            bool found;
            rt_value_t r = pyvm_call_dunder(a[0], rt_str_intern_cstr("__pow__"), a + 1, 2, &found);
            if (found && r != pyvm_notimpl)
                return r;
        }
        if (!real_number(a[0]) || !real_number(a[1]) || !real_number(a[2]))
            return rt_raise(RT_EXC_TYPE,
                            "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                            pyvm_type_name(a[0]), pyvm_type_name(a[1]), pyvm_type_name(a[2]));
        if (!pyvm_is_intlike(a[0]) || !pyvm_is_intlike(a[1]) || !pyvm_is_intlike(a[2]))
            return rt_raise(RT_EXC_TYPE, "pow() 3rd argument not allowed unless all arguments are integers");
        rt_value_t r;
        rt_num_status_t st = rt_int_pow(pyvm_int_of(a[0]), pyvm_int_of(a[1]),
                                        pyvm_int_of(a[2]), &r);
        if (st == RT_NUM_VALUE_ERROR)
            return rt_raise(RT_EXC_VALUE, rt_int_sign(pyvm_int_of(a[2])) == 0
                                              ? "pow() 3rd argument cannot be 0"
                                              : "base is not invertible for the given modulus");
        return st ? pyvm_num_error(st, "pow() overflow") : r;
    }
    return pyvm_binop(PYVM_AST_Pow, a[0], a[1]);
}

/* round(i, nd) for an int: unchanged for nd >= 0, else to a multiple of 10**-nd, ties to even. */
static rt_value_t round_int(rt_value_t i, rt_value_t ndv)
{
    int64_t nd;
    if (!pyvm_index_i64(ndv, &nd))
        return RT_NOVALUE;
    if (nd >= 0)
        return i;
    rt_value_t unit, q, r;
    if (nd < -100000 || rt_int_pow(rt_small(10), rt_int_from_i64(-nd), RT_NOVALUE, &unit) ||
        rt_int_divmod(i, unit, &q, &r))
        return rt_small(0);
    int c = rt_int_cmp(rt_int_add(r, r), unit);
    if (c > 0 || (c == 0 && rt_int_and(q, rt_small(1)) != rt_small(0)))
        q = rt_int_add(q, rt_small(1));
    return rt_int_mul(q, unit);
}

BUILTIN(b_round)
{
    (void)self, (void)kw;
    rt_value_t x = pyvm_unwrap(a[0]);
    bool has_nd = n > 1 && a[1] != rt_none;
    if (pyvm_is_intlike(x) && !has_nd)
        return pyvm_int_of(x);
    if (pyvm_is_intlike(x))
        return round_int(pyvm_int_of(x), a[1]);
    if (!rt_is_float(x)) {
        bool found;
        rt_value_t r = pyvm_call_dunder(x, pyvm_name(round), a + 1, n - 1, &found);
        return found ? r : rt_raise(RT_EXC_TYPE, "type %s doesn't define __round__ method",
                                    pyvm_type_name(x));
    }
    double d = rt_float_value(x);
    if (!has_nd) {
        double r = nearbyint(d); /* round half to even in the default rounding mode */
        rt_value_t out;
        rt_num_status_t st = rt_int_from_double(r, &out);
        if (st == RT_NUM_VALUE_ERROR)
            return rt_raise(RT_EXC_VALUE, "cannot convert float NaN to integer");
        if (st)
            return rt_raise(RT_EXC_OVERFLOW, "cannot convert float infinity to integer");
        return out;
    }
    int64_t nd;
    if (!pyvm_index_i64(a[1], &nd))
        return RT_NOVALUE;
    if (!isfinite(d) || nd > 300)
        return x;
    if (nd < -300)
        return rt_float_new(0.0 * d);
    if (nd >= 0) {
        char buf[400];
        rt_numfmt_float_format(d, 'f', (int)nd, false, buf, sizeof buf);
        double r;
        rt_numparse_float(buf, strlen(buf), &r);
        return rt_float_new(r);
    }
    double p = pow(10.0, (double)-nd);
    return rt_float_new(nearbyint(d / p) * p);
}

bool pyvm_callable(rt_value_t x)
{
    if (rt_is_ptr(x) && rt_obj_type(rt_ptr(x)) == &pyvm_type_instance)
        return pyvm_type_lookup(pyvm_type_of(x), pyvm_name(call)) != RT_NOVALUE;
    const rt_pyslots_t *s = pyvm_slots(x);
    return s && s->call;
}

BUILTIN(b_callable)
{
    (void)self, (void)n, (void)kw;
    return rt_bool(pyvm_callable(a[0]));
}

BUILTIN(b_iter)
{
    (void)self, (void)kw;
    if (n == 2 && b_callable(RT_NOVALUE, a, 1, NULL) != rt_true)
        return rt_raise(RT_EXC_TYPE, "iter(v, w): v must be callable");
    if (n == 2)
        return pyvm_iter_make(&pyvm_type_calliter, a[0], a[1]);
    return pyvm_iter(a[0]);
}

BUILTIN(b_next)
{
    (void)self, (void)kw;
    if (n == 1 && rt_is_ptr(a[0]) && rt_obj_type(rt_ptr(a[0])) == &pyvm_type_gen) {
        rt_value_t ret = rt_none; /* StopIteration carries the generator's return value */
        rt_value_t v = pyvm_gen_send(rt_ptr(a[0]), rt_none, &ret);
        return v || rt_exc_pending() ? v : pyvm_exc_stop_iteration(ret);
    }
    /* the iterator's StopIteration itself (with its value) goes out, as CPython's next() */
    rt_value_t v = pyvm_next_raw(a[0]);
    if (v)
        return v;
    if (rt_exc_pending() && (n == 1 || !pyvm_isinstance(rt_exc_current(), pyvm_exc_StopIteration)))
        return v;
    rt_exc_clear();
    if (n > 1)
        return a[1];
    rt_value_t e = pyvm_exc_new(pyvm_exc_StopIteration, NULL, 0);
    return e ? rt_exc_set(e) : e;
}

static rt_str_t *attr_name(rt_value_t v)
{
    v = pyvm_unwrap(v); /* a str subclass names the attribute its value spells */
    if (!pyvm_is_str(v)) {
        rt_raise(RT_EXC_TYPE, "attribute name must be string, not '%s'", pyvm_type_name(v));
        return NULL;
    }
    return rt_str_intern(rt_ptr(v));
}

BUILTIN(b_getattr)
{
    (void)self, (void)kw;
    rt_str_t *name = attr_name(a[1]);
    if (!name)
        return RT_NOVALUE;
    if (n > 2) {
        rt_value_t v = pyvm_getattr_opt(a[0], name);
        return v || rt_exc_pending() ? v : a[2];
    }
    return pyvm_getattr(a[0], name);
}

BUILTIN(b_setattr)
{
    (void)self, (void)n, (void)kw;
    rt_str_t *name = attr_name(a[1]);
    return name && pyvm_setattr(a[0], name, a[2]) ? rt_none : RT_NOVALUE;
}

BUILTIN(b_delattr)
{
    (void)self, (void)n, (void)kw;
    rt_str_t *name = attr_name(a[1]);
    return name && pyvm_delattr(a[0], name) ? rt_none : RT_NOVALUE;
}

BUILTIN(b_hasattr)
{
    (void)self, (void)n, (void)kw;
    rt_str_t *name = attr_name(a[1]);
    if (!name)
        return RT_NOVALUE;
    rt_value_t v = pyvm_getattr_opt(a[0], name);
    return v ? rt_true : rt_exc_pending() ? RT_NOVALUE : rt_false;
}


BUILTIN(b_format)
{
    (void)self, (void)kw;
    if (n > 1 && !pyvm_is_str(a[1]))
        return rt_raise(RT_EXC_TYPE, "format() argument 2 must be str, not %s",
                        pyvm_type_name(a[1]));
    rt_str_t *spec = n > 1 ? rt_ptr(a[1]) : rt_str_new("", 0);
    return pyvm_format(a[0], spec);
}

BUILTIN(b_globals)
{
    (void)self, (void)a, (void)n, (void)kw;
    pyvm_func_t *f = pyvm_interp_current_func();
    return f ? rt_from_ptr(f->globals) : rt_none;
}

BUILTIN(b_locals)
{
    (void)self, (void)a, (void)n, (void)kw;
    return pyvm_interp_current_locals();
}

BUILTIN(b_vars)
{
    (void)self, (void)kw;
    if (!n)
        return pyvm_interp_current_locals();
    rt_value_t d = pyvm_getattr_opt(a[0], pyvm_name(dict));
    return d || rt_exc_pending() ? d
                                 : rt_raise(RT_EXC_TYPE, "vars() argument must have __dict__ attribute");
}

BUILTIN(b_exit)
{
    (void)self, (void)kw;
    rt_value_t e = pyvm_exc_new(pyvm_exc_SystemExit, a, n);
    return e ? rt_exc_set(e) : e;
}

BUILTIN(b_input)
{
    (void)self, (void)kw;
    if (n) {
        rt_value_t prompt = pyvm_str(a[0]), out = pyvm_sys_get(pyvm_name(stdout));
        if (!prompt || !pyvm_write(out && out != rt_none ? out : pyvm_sys_stdout, rt_ptr(prompt)))
            return RT_NOVALUE;
    }
    fflush(stdout);
    rt_strbuf_t b;
    rt_strbuf_init(&b, 128);
    int c;
    while ((c = getchar()) != EOF && c != '\n')
        rt_strbuf_append_char(&b, (char)c);
    if (c == EOF && b.len == 0) {
        rt_value_t e = pyvm_exc_new(pyvm_exc_EOFError, NULL, 0);
        return e ? rt_exc_set(e) : e;
    }
    if (b.len && b.data[b.len - 1] == '\r')
        b.len--;
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

BUILTIN(b_ascii)
{
    (void)self, (void)n, (void)kw;
    return pyvm_ascii(a[0]);
}

/* dir(obj): a module's names; otherwise the instance's attributes and its class's (MRO), or a
** class's own and its bases'. Sorted, without duplicates. dir(): the caller's local names.
** dir(x): x's class's __dir__ when written in Python (its result listed and sorted), else the
** module's names or the instance's and its classes' attributes. Every object has __class__ and
** __doc__; heap classes add __dict__ and __weakref__ (CPython's getset descriptors). */
BUILTIN(b_dir)
{
    (void)self, (void)kw;
    rt_value_t hook = n ? pyvm_type_lookup(pyvm_type_of(a[0]), rt_str_intern_cstr("__dir__"))
                        : RT_NOVALUE;
    if (hook && rt_is_ptr(hook) && rt_obj_type(rt_ptr(hook)) == &pyvm_type_func) {
        rt_value_t r = pyvm_call1(hook, a[0]);
        rt_vec_t *listed = r ? pyvm_seq_to_vec(r) : NULL;
        if (!listed || !pyvm_list_sort(listed, rt_none, false))
            return RT_NOVALUE;
        return rt_from_ptr(listed);
    }
    rt_map_t *names = pyvm_dict_new();
    rt_value_t locals = n ? RT_NOVALUE : pyvm_interp_current_locals();
    rt_map_t *mod = n ? pyvm_module_dict(a[0]) : NULL;
    if (!n) {
        rt_value_t it = locals ? pyvm_iter(locals) : RT_NOVALUE;
        if (!it)
            return RT_NOVALUE;
        for (rt_value_t k; (k = pyvm_next(it)) != RT_NOVALUE;)
            pyvm_dict_set(names, k, rt_none);
        if (rt_exc_pending())
            return RT_NOVALUE;
    } else if (mod) {
        for (int64_t p = rt_map_next(mod, 0); p >= 0; p = rt_map_next(mod, p + 1))
            pyvm_dict_set(names, rt_map_key_at(mod, p).obj, rt_none);
    } else {
        if (rt_is_ptr(a[0]) && rt_obj_type(rt_ptr(a[0])) == &pyvm_type_instance) {
            rt_map_t *own = pyvm_instance_dict_copy(rt_ptr(a[0]));
            for (int64_t p = rt_map_next(own, 0); p >= 0; p = rt_map_next(own, p + 1))
                pyvm_dict_set(names, rt_map_key_at(own, p).obj, rt_none);
        }
        pyvm_class_t *c = rt_is_ptr(a[0]) && rt_obj_type(rt_ptr(a[0])) == &pyvm_type_class
                              ? rt_ptr(a[0])
                              : pyvm_type_of(a[0]);
        static const char *const implicit[] = {"__class__", "__doc__", "__dict__", "__weakref__"};
        bool heap = false;
        for (int64_t i = 0; i < rt_tuple_len(c->mro); i++) {
            pyvm_class_t *k = rt_ptr(rt_tuple_get(c->mro, i));
            heap |= (k->flags & PYVM_CLASS_HEAP) != 0;
            for (int64_t p = rt_map_next(k->dict, 0); p >= 0; p = rt_map_next(k->dict, p + 1))
                pyvm_dict_set(names, rt_map_key_at(k->dict, p).obj, rt_none);
        }
        for (int i = 0; i < (heap ? 4 : 2); i++)
            pyvm_dict_set(names, pyvm_str_cstr(implicit[i]), rt_none);
    }
    rt_vec_t *out = pyvm_seq_to_vec(rt_from_ptr(names));
    if (!out || !pyvm_list_sort(out, rt_none, false))
        return RT_NOVALUE;
    return rt_from_ptr(out);
}

static const pyvm_cfunc_def_t builtin_functions[] = {
    {"print", b_print, 0, -1, 0, 1},
    {"len", b_len, 1, 1, 0, 0},
    {"repr", b_repr, 1, 1, 0, 0},
    {"abs", b_abs, 1, 1, 0, 0},
    {"min", b_min, 0, -1, 0, 1},
    {"max", b_max, 0, -1, 0, 1},
    {"sum", b_sum, 1, 2, 0, 1},
    {"any", b_any, 1, 1, 0, 0},
    {"all", b_all, 1, 1, 0, 0},
    {"sorted", b_sorted, 1, 1, 0, 1},
    {"isinstance", b_isinstance, 2, 2, 0, 0},
    {"issubclass", b_issubclass, 2, 2, 0, 0},
    {"id", b_id, 1, 1, 0, 0},
    {"hash", b_hash, 1, 1, 0, 0},
    {"chr", b_chr, 1, 1, 0, 0},
    {"ord", b_ord, 1, 1, 0, 0},
    {"hex", b_hex, 1, 1, 0, 0},
    {"oct", b_oct, 1, 1, 0, 0},
    {"bin", b_bin, 1, 1, 0, 0},
    {"divmod", b_divmod, 2, 2, 0, 0},
    {"pow", b_pow, 0, 3, 0, 1},
    {"round", b_round, 1, 2, 0, 0},
    {"iter", b_iter, 1, 2, 0, 0},
    {"next", b_next, 1, 2, 0, 0},
    {"getattr", b_getattr, 2, 3, 0, 0},
    {"setattr", b_setattr, 3, 3, 0, 0},
    {"delattr", b_delattr, 2, 2, 0, 0},
    {"hasattr", b_hasattr, 2, 2, 0, 0},
    {"callable", b_callable, 1, 1, 0, 0},
    {"format", b_format, 1, 2, 0, 0},
    {"globals", b_globals, 0, 0, 0, 0},
    {"vars", b_vars, 0, 1, 0, 0},
    {"locals", b_locals, 0, 0, 0, 0},
    {"exit", b_exit, 0, 1, 0, 0},
    {"quit", b_exit, 0, 1, 0, 0},
    {"ascii", b_ascii, 1, 1, 0, 0},
    {"input", b_input, 0, 1, 0, 0},
    {"dir", b_dir, 0, 1, 0, 0},
    {"__import__", pyvm_import_builtin, 1, 5, 0, 1},
    {"__build_class__", pyvm_interp_build_class, 2, -1, 0, 1},
    {"open", pyvm_mod_io_open, 1, 8, 0, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_builtins_init(void)
{
    gc_root_add(&pyvm_builtins, 1);
    pyvm_builtins = pyvm_dict_new();
    pyvm_cfunc_install_dict(pyvm_builtins, builtin_functions);
    pyvm_builtins_eval_install(pyvm_builtins);
    static pyvm_class_t **const classes[] = {
        &pyvm_cls_object, &pyvm_cls_type, &pyvm_cls_int, &pyvm_cls_bool, &pyvm_cls_float,
        &pyvm_cls_str, &pyvm_cls_bytes, &pyvm_cls_list, &pyvm_cls_tuple, &pyvm_cls_dict,
        &pyvm_cls_set, &pyvm_cls_frozenset, &pyvm_cls_range, &pyvm_cls_slice,
        &pyvm_cls_property, &pyvm_cls_staticmethod, &pyvm_cls_classmethod, &pyvm_cls_super,
        &pyvm_cls_enumerate, &pyvm_cls_zip, &pyvm_cls_map, &pyvm_cls_filter, &pyvm_cls_reversed,
    };
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
        rt_map_set_str(pyvm_builtins, (*classes[i])->name, rt_from_ptr(*classes[i]));
    rt_map_set_str(pyvm_builtins, pyvm_cls_bytearray->name, rt_from_ptr(pyvm_cls_bytearray));
    rt_map_set_str(pyvm_builtins, pyvm_cls_memoryview->name, rt_from_ptr(pyvm_cls_memoryview));
    rt_map_set_str(pyvm_builtins, pyvm_cls_complex->name, rt_from_ptr(pyvm_cls_complex));
#define PYVM_EXC_BUILTIN(n, b) rt_map_set_str(pyvm_builtins, pyvm_exc_##n->name, rt_from_ptr(pyvm_exc_##n));
    PYVM_EXC_CLASSES(PYVM_EXC_BUILTIN)
#undef PYVM_EXC_BUILTIN
    rt_map_set_str(pyvm_builtins, rt_str_intern_cstr("None"), rt_none);
    rt_map_set_str(pyvm_builtins, rt_str_intern_cstr("__debug__"), rt_true); /* no -O */
    rt_map_set_str(pyvm_builtins, rt_str_intern_cstr("True"), rt_true);
    rt_map_set_str(pyvm_builtins, rt_str_intern_cstr("False"), rt_false);
    rt_map_set_str(pyvm_builtins, rt_str_intern_cstr("NotImplemented"), pyvm_notimpl);
    rt_map_set_str(pyvm_builtins, rt_str_intern_cstr("Ellipsis"), pyvm_ellipsis);
    rt_map_set_str(pyvm_builtins, rt_str_intern_cstr("IOError"), rt_from_ptr(pyvm_exc_OSError));
    rt_map_set_str(pyvm_builtins, rt_str_intern_cstr("EnvironmentError"),
                   rt_from_ptr(pyvm_exc_OSError));
}

/*
** operators.c: PHP 8.2's operators on values: arithmetic (int64 overflowing to float through
** runtime/phpint.h), bitwise, concatenation, and loose/strict comparison with PHP 8's
** string-number rules (a numeric string compares as a number, otherwise the number is compared
** as a string), arrays compared by size then element-wise.
*/
#include <math.h>
#include <string.h>

#include "phpvm/vm.h"

static const char *const binop_names[] = {"+", "-", "*", "/", "%", "**", ".", "<<", ">>", "&",
                                          "|", "^", "??"};

int phpvm_binop_of_ast(uint32_t flag)
{
    switch (flag) {
    case PHPVM_AF_BINARY_ADD: return PHPVM_OP_ADD;
    case PHPVM_AF_BINARY_SUB: return PHPVM_OP_SUB;
    case PHPVM_AF_BINARY_MUL: return PHPVM_OP_MUL;
    case PHPVM_AF_BINARY_DIV: return PHPVM_OP_DIV;
    case PHPVM_AF_BINARY_MOD: return PHPVM_OP_MOD;
    case PHPVM_AF_BINARY_POW: return PHPVM_OP_POW;
    case PHPVM_AF_BINARY_CONCAT: return PHPVM_OP_CONCAT;
    case PHPVM_AF_BINARY_SHIFT_LEFT: return PHPVM_OP_SHL;
    case PHPVM_AF_BINARY_SHIFT_RIGHT: return PHPVM_OP_SHR;
    case PHPVM_AF_BINARY_BITWISE_AND: return PHPVM_OP_BAND;
    case PHPVM_AF_BINARY_BITWISE_OR: return PHPVM_OP_BOR;
    case PHPVM_AF_BINARY_BITWISE_XOR: return PHPVM_OP_BXOR;
    case PHPVM_AF_BINARY_COALESCE: return PHPVM_OP_COALESCE;
    default: return -1;
    }
}

static rt_value_t num_status(rt_num_status_t st, const char *zero_msg)
{
    if (st == RT_NUM_ZERO_DIV)
        return phpvm_throw("DivisionByZeroError", "%s", zero_msg);
    return phpvm_throw("ArithmeticError", "Bit shift by negative number");
}

/* An int64 operand for %, <<, >>, &, |, ^ and ~: floats (v, converted from orig) truncate, with
** PHP 8.1's deprecation when that loses precision, naming the float-string when orig is one.
** False when an error handler threw on it. */
static bool int_operand(rt_value_t v, rt_value_t orig, int64_t *out)
{
    if (rt_is_float(v)) {
        double d = rt_float_value(v);
        if (!isfinite(d) || d != floor(d) || d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) {
            char buf[RT_NUMFMT_FLOAT_MAX];
            rt_numfmt_float_php(d, -1, 0, buf, sizeof buf);
            orig = phpvm_deref(orig);
            if (phpvm_is_str(orig))
                phpvm_error(PHPVM_E_DEPRECATED,
                            "Implicit conversion from float-string \"%s\" to int loses precision",
                            phpvm_str(orig)->data);
            else
                phpvm_error(PHPVM_E_DEPRECATED,
                            "Implicit conversion from float %s to int loses precision", buf);
        }
        *out = rt_phpint_from_double(d);
        return !rt_exc_pending();
    }
    *out = phpvm_int_of(v);
    return true;
}

static rt_value_t float_arith(phpvm_binop_t op, double a, double b)
{
    switch (op) {
    case PHPVM_OP_ADD: return phpvm_float(a + b);
    case PHPVM_OP_SUB: return phpvm_float(a - b);
    case PHPVM_OP_MUL: return phpvm_float(a * b);
    case PHPVM_OP_DIV:
        if (b == 0.0)
            return phpvm_throw("DivisionByZeroError", "Division by zero");
        return phpvm_float(a / b);
    default: return phpvm_float(pow(a, b));
    }
}

/* The bytes of a concatenation operand that is a string or a small int (spelled into buf, at
** least RT_STR_I64_MAX bytes); false for other values. */
static inline bool concat_part(rt_value_t v, char *buf, const char **p, size_t *n)
{
    if (phpvm_is_str(v)) {
        *p = phpvm_str(v)->data;
        *n = (size_t)phpvm_str(v)->len;
        return true;
    }
    if (!rt_is_small(v))
        return false;
    char *e = buf + RT_STR_I64_MAX;
    *p = rt_str_spell_i64(rt_small_value(v), e);
    *n = (size_t)(e - *p);
    return true;
}

rt_value_t phpvm_concat(rt_value_t a, rt_value_t b)
{
    char xb[RT_STR_I64_MAX], yb[RT_STR_I64_MAX];
    const char *x, *y;
    size_t xn, yn;
    a = phpvm_deref(a);
    b = phpvm_deref(b);
    if (concat_part(a, xb, &x, &xn) && concat_part(b, yb, &y, &yn)) {
        /* the common cases: strings and ints, one exact allocation */
        if (yn == 0 && phpvm_is_str(a))
            return a;
        if (xn == 0 && phpvm_is_str(b))
            return b;
        if (xn + yn <= 1)
            return rt_from_ptr(rt_str_new(xn ? x : y, xn + yn));
        rt_str_t *r = rt_str_alloc(&rt_type_str, xn + yn);
        rt_bytes_copy(r->data, x, xn);
        rt_bytes_copy(r->data + xn, y, yn);
        return rt_from_ptr(r);
    }
    rt_strbuf_t buf;
    rt_strbuf_init(&buf, 32);
    if (!phpvm_append_value(&buf, a) || !phpvm_append_value(&buf, b))
        return RT_NOVALUE;
    return rt_from_ptr(rt_strbuf_finish(&buf, &rt_type_str));
}

rt_value_t phpvm_concat_to(rt_value_t *slot, rt_value_t b)
{
    /* The loop-building case first: a string the variable owns, with room, gets a string. */
    if (phpvm_concat_in_place(*slot, b))
        return *slot;
    phpvm_ref_t *ref = phpvm_is_ref(*slot) ? rt_ptr(*slot) : NULL;
    rt_value_t a = ref ? ref->v : *slot;
    char yb[RT_STR_I64_MAX];
    const char *y;
    size_t yn;
    b = phpvm_deref(b);
    if (!phpvm_is_str(a) || !concat_part(b, yb, &y, &yn))
        return RT_NOVALUE;
    rt_str_t *r = phpvm_str(a);
    if (yn == 0)
        return a;
    if (r->len == 0 && phpvm_is_str(b)) {
        r = phpvm_str(b); /* shared as PHP shares it; the next `.=` copies */
        rt_str_disown(r);
    } else {
        uint16_t facts = RT_STR_CHECKED | RT_STR_ASCII | RT_STR_UTF8; /* an int's digits */
        if (phpvm_is_str(b))
            facts = phpvm_str(b)->hdr.gc.rt_flags;
        if (!rt_str_append_in_place(r, y, yn, facts))
            r = rt_str_append_owned(r, y, yn, facts);
    }
    if (r != phpvm_str(a)) {
        if (ref)
            phpvm_ref_set(ref, rt_from_ptr(r));
        else
            *slot = rt_from_ptr(r);
    }
    return rt_from_ptr(r);
}

/*
** Interpolation: one pass sums the lengths of string and small-int parts, a second writes them
** into one exact allocation. Any other part (float, bool, null, array, object) takes the builder,
** which converts each part in order (its warnings and __toString calls come in source order); the
** first pass has no side effects, so starting over is safe.
*/
rt_value_t phpvm_concat_n(const rt_value_t *vals, uint32_t n)
{
    char tmp[RT_STR_I64_MAX];
    const char *p;
    size_t len, total = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (!concat_part(phpvm_deref(vals[i]), tmp, &p, &len))
            goto general;
        total += len;
    }
    if (total > 1) {
        rt_str_t *r = rt_str_alloc(&rt_type_str, total);
        char *out = r->data;
        for (uint32_t i = 0; i < n; i++) {
            concat_part(phpvm_deref(vals[i]), tmp, &p, &len);
            rt_bytes_copy(out, p, len);
            out += len;
        }
        return rt_from_ptr(r);
    }
general:;
    rt_strbuf_t b;
    rt_strbuf_init(&b, total > 1 ? total : 32);
    for (uint32_t i = 0; i < n; i++)
        if (!phpvm_append_value(&b, vals[i]))
            return RT_NOVALUE;
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t bitwise_str(phpvm_binop_t op, rt_str_t *x, rt_str_t *y)
{
    size_t n = (size_t)(op == PHPVM_OP_BOR ? (x->len > y->len ? x->len : y->len)
                                           : (x->len < y->len ? x->len : y->len));
    rt_str_t *r = rt_str_alloc(&rt_type_str, n);
    for (size_t i = 0; i < n; i++) {
        uint8_t p = i < (size_t)x->len ? (uint8_t)x->data[i] : 0;
        uint8_t q = i < (size_t)y->len ? (uint8_t)y->data[i] : 0;
        r->data[i] = (char)(op == PHPVM_OP_BAND ? p & q : op == PHPVM_OP_BOR ? p | q : p ^ q);
    }
    return rt_from_ptr(r);
}

/* The operators other than concatenation; out of line, so that a concatenation through
** phpvm_binop does not pay for this function's register saves. */
static __attribute__((noinline)) rt_value_t arith(phpvm_binop_t op, rt_value_t a, rt_value_t b)
{
    a = phpvm_deref(a);
    b = phpvm_deref(b);
    if (op == PHPVM_OP_ADD && phpvm_is_array(a) && phpvm_is_array(b)) {
        phpvm_array_t *r = phpvm_array_dup(phpvm_arr(a));
        phpvm_array_t *bb = phpvm_arr(b);
        for (int64_t p = phpvm_array_first(bb); p >= 0; p = phpvm_array_next(bb, p)) {
            rt_value_t k = phpvm_array_key_at(bb, p);
            if (phpvm_array_get(r, k) == RT_NOVALUE)
                phpvm_array_set(r, k, phpvm_share(rt_map_value_at(bb, p)));
        }
        return rt_from_ptr(r);
    }
    if ((op == PHPVM_OP_BAND || op == PHPVM_OP_BOR || op == PHPVM_OP_BXOR) && phpvm_is_str(a) &&
        phpvm_is_str(b))
        return bitwise_str(op, phpvm_str(a), phpvm_str(b));
    const char *name = binop_names[op];
    rt_value_t x = phpvm_to_number(a, name, b, true);
    if (x == RT_NOVALUE)
        return RT_NOVALUE;
    rt_value_t y = phpvm_to_number(b, name, a, false);
    if (y == RT_NOVALUE)
        return RT_NOVALUE;
    bool ints = rt_is_int(x) && rt_is_int(y);
    switch (op) {
    case PHPVM_OP_ADD:
    case PHPVM_OP_SUB:
    case PHPVM_OP_MUL:
    case PHPVM_OP_DIV:
    case PHPVM_OP_POW:
        if (ints) {
            int64_t i = phpvm_int_of(x), j = phpvm_int_of(y);
            rt_value_t r;
            switch (op) {
            case PHPVM_OP_ADD: return rt_phpint_add(i, j);
            case PHPVM_OP_SUB: return rt_phpint_sub(i, j);
            case PHPVM_OP_MUL: return rt_phpint_mul(i, j);
            case PHPVM_OP_POW: return rt_phpint_pow(i, j);
            default:
                if (rt_phpint_div(i, j, &r) != RT_NUM_OK)
                    return num_status(RT_NUM_ZERO_DIV, "Division by zero");
                return r;
            }
        }
        return float_arith(op, phpvm_to_float(x), phpvm_to_float(y));
    default: {
        int64_t i, j, r = 0;
        if (!int_operand(x, a, &i) || !int_operand(y, b, &j))
            return RT_NOVALUE;
        rt_num_status_t st = RT_NUM_OK;
        switch (op) {
        case PHPVM_OP_MOD: st = rt_phpint_mod(i, j, &r); break;
        case PHPVM_OP_SHL: st = rt_phpint_shl(i, j, &r); break;
        case PHPVM_OP_SHR: st = rt_phpint_shr(i, j, &r); break;
        case PHPVM_OP_BAND: r = i & j; break;
        case PHPVM_OP_BOR: r = i | j; break;
        default: r = i ^ j; break;
        }
        if (st != RT_NUM_OK)
            return num_status(st, "Modulo by zero");
        return phpvm_int(r);
    }
    }
}

rt_value_t phpvm_binop(phpvm_binop_t op, rt_value_t a, rt_value_t b)
{
    if (op == PHPVM_OP_CONCAT)
        return phpvm_concat(a, b);
    return arith(op, a, b);
}

rt_value_t phpvm_negate(rt_value_t v)
{
    v = phpvm_deref(v);
    if (rt_is_int(v))
        return rt_phpint_neg(phpvm_int_of(v));
    if (rt_is_float(v))
        return phpvm_float(-rt_float_value(v));
    return phpvm_binop(PHPVM_OP_MUL, v, rt_small(-1));
}

rt_value_t phpvm_bitnot(rt_value_t v)
{
    v = phpvm_deref(v);
    if (rt_is_int(v))
        return phpvm_int(~phpvm_int_of(v));
    int64_t n;
    if (rt_is_float(v))
        return int_operand(v, v, &n) ? phpvm_int(~n) : RT_NOVALUE;
    if (phpvm_is_str(v)) {
        rt_str_t *s = phpvm_str(v), *r = rt_str_alloc(&rt_type_str, (size_t)s->len);
        for (int64_t i = 0; i < s->len; i++)
            r->data[i] = (char)~s->data[i];
        return rt_from_ptr(r);
    }
    return phpvm_throw("TypeError", "Cannot perform bitwise not on %s", phpvm_type_name(v));
}

/* ++ and -- of PHP: null++ is 1, null-- stays null, ""-- is -1, strings increment alphanumerically. */
rt_value_t phpvm_incdec(rt_value_t v, bool inc)
{
    v = phpvm_deref(v);
    if (rt_is_int(v))
        return inc ? rt_phpint_add(phpvm_int_of(v), 1) : rt_phpint_sub(phpvm_int_of(v), 1);
    if (rt_is_float(v))
        return phpvm_float(rt_float_value(v) + (inc ? 1 : -1));
    if (v == rt_none)
        return inc ? rt_small(1) : rt_none;
    if (phpvm_is_str(v)) {
        rt_str_t *s = phpvm_str(v);
        rt_phpnum_t n;
        rt_numparse_php(s->data, (size_t)s->len, &n);
        if (n.kind != RT_PHPNUM_NONE && !n.trailing)
            return phpvm_incdec(n.kind == RT_PHPNUM_INT ? phpvm_int(n.i) : phpvm_float(n.d), inc);
        if (s->len == 0)
            return inc ? phpvm_cstr("1") : rt_small(-1);
        if (!inc)
            return v;
        /* Perl-style increment: "a" -> "b", "Az" -> "Ba", "zz" -> "aaa". */
        rt_strbuf_t b;
        rt_strbuf_init(&b, (size_t)s->len + 1);
        rt_strbuf_append(&b, s->data, (size_t)s->len);
        int64_t i = s->len - 1;
        char first = 0;
        for (; i >= 0; i--) {
            char c = b.data[i];
            if (c >= 'a' && c < 'z') { b.data[i]++; break; }
            if (c >= 'A' && c < 'Z') { b.data[i]++; break; }
            if (c >= '0' && c < '9') { b.data[i]++; break; }
            if (c == 'z') { b.data[i] = 'a'; first = 'a'; }
            else if (c == 'Z') { b.data[i] = 'A'; first = 'A'; }
            else if (c == '9') { b.data[i] = '0'; first = '1'; }
            else break;
        }
        rt_str_t *r = rt_strbuf_finish(&b, &rt_type_str);
        if (i < 0 && first) {
            rt_strbuf_init(&b, (size_t)r->len + 1);
            rt_strbuf_append_char(&b, first);
            rt_strbuf_append_str(&b, r);
            r = rt_strbuf_finish(&b, &rt_type_str);
        }
        return rt_from_ptr(r);
    }
    if (v == rt_true || v == rt_false)
        return v;
    return phpvm_throw("TypeError", "Cannot %s %s", inc ? "increment" : "decrement",
                       phpvm_type_name(v));
}

/* ---- Comparison ---- */

static int sign3(double a, double b)
{
    if (a < b) return -1;
    if (a > b) return 1;
    if (a == b) return 0;
    return RT_CMP_UNORDERED;
}

static int cmp_i64(int64_t a, int64_t b) { return a < b ? -1 : a > b; }

static int cmp_str(rt_str_t *x, rt_str_t *y)
{
    rt_phpnum_t n, m;
    rt_numparse_php(x->data, (size_t)x->len, &n);
    if (n.kind != RT_PHPNUM_NONE && !n.trailing) {
        rt_numparse_php(y->data, (size_t)y->len, &m);
        if (m.kind != RT_PHPNUM_NONE && !m.trailing) {
            if (n.kind == RT_PHPNUM_INT && m.kind == RT_PHPNUM_INT)
                return cmp_i64(n.i, m.i);
            return sign3(n.kind == RT_PHPNUM_INT ? (double)n.i : n.d,
                         m.kind == RT_PHPNUM_INT ? (double)m.i : m.d);
        }
    }
    int c = rt_str_cmp(x, y);
    return c < 0 ? -1 : c > 0;
}

/* number <=> string under PHP 8: numeric strings compare as numbers, others as strings. */
static int cmp_num_str(rt_value_t num, rt_str_t *s)
{
    rt_phpnum_t n;
    rt_numparse_php(s->data, (size_t)s->len, &n);
    if (n.kind != RT_PHPNUM_NONE && !n.trailing) {
        if (rt_is_int(num) && n.kind == RT_PHPNUM_INT)
            return cmp_i64(phpvm_int_of(num), n.i);
        return sign3(phpvm_to_float(num), n.kind == RT_PHPNUM_INT ? (double)n.i : n.d);
    }
    rt_str_t *ns = phpvm_to_str(num);
    int c = rt_str_cmp(ns, s);
    return c < 0 ? -1 : c > 0;
}

/* The left-hand containers (arrays, objects) of the comparisons under way, outermost first:
** meeting one again means the data is cyclic (through references or properties), PHP's fatal
** error instead of endless recursion. Deeper than the table, the C stack's limit is the guard. */
static const void *comparing[64];
static uint32_t ncomparing;

/* Enters the comparison of container c: false with the fatal error raised if c is already being
** compared (or the C stack is nearly exhausted by a deep structure). Leave with cmp_leave. */
static bool cmp_enter(const void *c)
{
    bool cyclic = !rt_cstack_ok();
    for (uint32_t i = 0; i < ncomparing && i < 64 && !cyclic; i++)
        cyclic = comparing[i] == c;
    if (cyclic) {
        phpvm_fatal("Nesting level too deep - recursive dependency?");
        return false;
    }
    if (ncomparing < 64)
        comparing[ncomparing] = c;
    ncomparing++;
    return true;
}

static void cmp_leave(void) { ncomparing--; }

static int cmp_arrays(phpvm_array_t *a, phpvm_array_t *b)
{
    if (rt_map_count(a) != rt_map_count(b))
        return rt_map_count(a) < rt_map_count(b) ? -1 : 1;
    if (!cmp_enter(a))
        return 1;
    int c = 0;
    for (int64_t p = phpvm_array_first(a); p >= 0 && c == 0; p = phpvm_array_next(a, p)) {
        rt_value_t other = phpvm_array_get(b, phpvm_array_key_at(a, p));
        c = other == RT_NOVALUE ? 1 : phpvm_compare(phpvm_array_val_at(a, p), phpvm_deref(other));
    }
    cmp_leave();
    return c;
}

static bool is_enum(rt_value_t v)
{
    return phpvm_is_object(v) && (phpvm_obj(v)->cls->flags & PHPVM_C_ENUM);
}

static bool has_tostring(rt_value_t v)
{
    return phpvm_is_object(v) && phpvm_obj(v)->cls->tostring;
}

int phpvm_compare(rt_value_t a, rt_value_t b)
{
    a = phpvm_deref(a);
    b = phpvm_deref(b);
    if (rt_is_small(a) && rt_is_small(b))
        return cmp_i64(rt_small_value(a), rt_small_value(b));
    phpvm_kind_t ka = phpvm_kind(a), kb = phpvm_kind(b);
    if (ka == PHPVM_INT && kb == PHPVM_INT)
        return cmp_i64(phpvm_int_of(a), phpvm_int_of(b));
    if ((ka == PHPVM_INT || ka == PHPVM_FLOAT) && (kb == PHPVM_INT || kb == PHPVM_FLOAT))
        return sign3(phpvm_to_float(a), phpvm_to_float(b));
    if (ka == PHPVM_STRING && kb == PHPVM_STRING)
        return a == b ? 0 : cmp_str(phpvm_str(a), phpvm_str(b));
    if (ka == PHPVM_BOOL || kb == PHPVM_BOOL || ka == PHPVM_NULL || kb == PHPVM_NULL) {
        if (ka == PHPVM_NULL && kb == PHPVM_STRING)
            return phpvm_str(b)->len == 0 ? 0 : -1;
        if (kb == PHPVM_NULL && ka == PHPVM_STRING)
            return phpvm_str(a)->len == 0 ? 0 : 1;
        if (ka == PHPVM_NULL && kb == PHPVM_OBJECT)
            return -1;
        if (kb == PHPVM_NULL && ka == PHPVM_OBJECT)
            return 1;
        if ((ka == PHPVM_OBJECT && is_enum(a)) || (kb == PHPVM_OBJECT && is_enum(b)))
            return 1; /* an enum case and a bool: uncomparable (== is by truth: loose_eq) */
        bool x = phpvm_to_bool(a), y = phpvm_to_bool(b);
        return (int)x - (int)y;
    }
    /* NAN against a string is greater in either order, as in PHP (so neither < nor > holds) */
    if ((ka == PHPVM_INT || ka == PHPVM_FLOAT) && kb == PHPVM_STRING)
        return ka == PHPVM_FLOAT && isnan(phpvm_to_float(a)) ? 1 : cmp_num_str(a, phpvm_str(b));
    if (ka == PHPVM_STRING && (kb == PHPVM_INT || kb == PHPVM_FLOAT))
        return kb == PHPVM_FLOAT && isnan(phpvm_to_float(b)) ? 1 : -cmp_num_str(b, phpvm_str(a));
    if (ka == PHPVM_ARRAY && kb == PHPVM_ARRAY)
        return cmp_arrays(phpvm_arr(a), phpvm_arr(b));
    if ((ka == PHPVM_OBJECT && is_enum(a)) || (kb == PHPVM_OBJECT && is_enum(b)))
        return a == b ? 0 : 1; /* enum cases compare by identity only */
    /* an object cannot become an array: it is the greater (PHP's object compare goes first) */
    if (ka == PHPVM_OBJECT && kb == PHPVM_ARRAY)
        return 1;
    if (ka == PHPVM_ARRAY && kb == PHPVM_OBJECT)
        return -1;
    if (ka == PHPVM_ARRAY)
        return 1;
    if (kb == PHPVM_ARRAY)
        return -1;
    if (ka == PHPVM_OBJECT && kb == PHPVM_OBJECT) {
        if (a == b)
            return 0;
        if (!phpvm_is_object(a) || !phpvm_is_object(b) || phpvm_obj(a)->cls != phpvm_obj(b)->cls)
            return 1;
        if (!cmp_enter(rt_ptr(a)))
            return 1;
        phpvm_array_t *pa = phpvm_object_props(a, NULL, true);
        phpvm_array_t *pb = phpvm_object_props(b, NULL, true);
        int c = cmp_arrays(pa, pb);
        cmp_leave();
        return c;
    }
    /* An object without __toString is greater than any string, silently. */
    if (ka == PHPVM_OBJECT && kb == PHPVM_STRING) {
        rt_str_t *s = has_tostring(a) ? phpvm_to_str(a) : NULL;
        return s ? cmp_str(s, phpvm_str(b)) : 1;
    }
    if (kb == PHPVM_OBJECT && ka == PHPVM_STRING) {
        rt_str_t *s = has_tostring(b) ? phpvm_to_str(b) : NULL;
        return s ? cmp_str(phpvm_str(a), s) : -1;
    }
    /* Against a number an object converts to it: 1, with PHP's notice */
    phpvm_kind_t other = ka == PHPVM_OBJECT ? kb : ka;
    if (other == PHPVM_INT || other == PHPVM_FLOAT)
        phpvm_error(PHPVM_E_NOTICE, "Object of class %s could not be converted to %s",
                    phpvm_class_of(ka == PHPVM_OBJECT ? a : b)->name->data,
                    other == PHPVM_INT ? "int" : "float");
    if (ka == PHPVM_OBJECT)
        return sign3(1.0, phpvm_to_float(b));
    return sign3(phpvm_to_float(a), 1.0);
}

bool phpvm_loose_eq(rt_value_t a, rt_value_t b)
{
    a = phpvm_deref(a);
    b = phpvm_deref(b);
    if (a == b && !rt_is_float(a))
        return true;
    if (phpvm_is_str(a) && phpvm_is_str(b)) {
        rt_str_t *x = phpvm_str(a), *y = phpvm_str(b);
        rt_phpnum_t n, m;
        rt_numparse_php(x->data, (size_t)x->len, &n);
        rt_numparse_php(y->data, (size_t)y->len, &m);
        if (n.kind != RT_PHPNUM_NONE && !n.trailing && m.kind != RT_PHPNUM_NONE && !m.trailing)
            return cmp_str(x, y) == 0;
        return x->len == y->len && memcmp(x->data, y->data, (size_t)x->len) == 0;
    }
    if (phpvm_is_array(a) && phpvm_is_array(b)) {
        phpvm_array_t *x = phpvm_arr(a), *y = phpvm_arr(b);
        if (rt_map_count(x) != rt_map_count(y) || !cmp_enter(x))
            return false;
        bool eq = true;
        for (int64_t p = phpvm_array_first(x); p >= 0 && eq; p = phpvm_array_next(x, p)) {
            rt_value_t o = phpvm_array_get(y, phpvm_array_key_at(x, p));
            eq = o != RT_NOVALUE && phpvm_loose_eq(phpvm_array_val_at(x, p), o);
        }
        cmp_leave();
        return eq;
    }
    if (phpvm_foreign_arraylike(a) || phpvm_foreign_arraylike(b)) { /* compared as arrays */
        rt_value_t x = phpvm_foreign_arraylike(a) ? phpvm_foreign_slots(a)->to_array(a) : a;
        rt_value_t y = phpvm_foreign_arraylike(b) ? phpvm_foreign_slots(b)->to_array(b) : b;
        if (!x || !y)
            return false;
        return phpvm_loose_eq(x, y);
    }
    if (phpvm_is_foreign(a) || phpvm_is_foreign(b))
        return phpvm_foreign_equals(a, b) == 1;
    if (rt_is_bool(a) || rt_is_bool(b)) /* x == true is x's truth, whatever x is */
        return phpvm_to_bool(a) == phpvm_to_bool(b);
    if (phpvm_is_array(a) != phpvm_is_array(b) && !(a == rt_none || b == rt_none))
        return false;
    return phpvm_compare(a, b) == 0;
}

bool phpvm_strict_eq(rt_value_t a, rt_value_t b)
{
    a = phpvm_deref(a);
    b = phpvm_deref(b);
    if (a == b)
        return !rt_is_float(a) || rt_float_value(a) == rt_float_value(a);
    if (rt_is_small(a) || rt_is_small(b))
        return false;
    const rt_type_t *ta = rt_value_type(a), *tb = rt_value_type(b);
    if (ta != tb)
        return false;
    if (ta == &rt_type_str)
        return rt_str_eq(phpvm_str(a), phpvm_str(b));
    if (ta == &rt_type_float)
        return rt_float_value(a) == rt_float_value(b);
    if (ta == &rt_type_int)
        return rt_int_eq(a, b);
    if (ta == &phpvm_type_array) {
        phpvm_array_t *x = phpvm_arr(a), *y = phpvm_arr(b);
        if (rt_map_count(x) != rt_map_count(y) || !cmp_enter(x))
            return false;
        bool eq = true;
        int64_t p = phpvm_array_first(x), q = phpvm_array_first(y);
        for (; p >= 0 && q >= 0 && eq; p = phpvm_array_next(x, p), q = phpvm_array_next(y, q))
            eq = phpvm_strict_eq(phpvm_array_key_at(x, p), phpvm_array_key_at(y, q)) &&
                 phpvm_strict_eq(phpvm_array_val_at(x, p), phpvm_array_val_at(y, q));
        cmp_leave();
        return eq;
    }
    return false;
}

/*
** mod_marshal.c: the native `marshal` module (modules.h): dumps/loads (and dump/load on files)
** for the value types, in CPython's marshal format (type codes N F T i l g y u s ( ) [ { 0 < >,
** reading back references and the short string forms CPython writes). Code objects are not
** marshalled: pyvm compiles from source and writes no .pyc files.
*/
#include <string.h>

#include "pyvm/modules/modules.h"

enum { FLAG_REF = 0x80, VERSION = 4 };

static void put_i32(rt_strbuf_t *b, int32_t v)
{
    char c[4] = {(char)v, (char)(v >> 8), (char)(v >> 16), (char)(v >> 24)};
    rt_strbuf_append(b, c, 4);
}

static bool dump(rt_strbuf_t *b, rt_value_t v, int depth)
{
    if (depth > 2000) {
        rt_raise(RT_EXC_VALUE, "object too deeply nested to marshal");
        return false;
    }
    if (v == rt_none || v == rt_true || v == rt_false) {
        rt_strbuf_append_char(b, v == rt_none ? 'N' : v == rt_true ? 'T' : 'F');
        return true;
    }
    if (pyvm_is_intlike(v)) {
        int64_t x;
        if (pyvm_index_i64(v, &x) && x >= INT32_MIN && x <= INT32_MAX) {
            rt_strbuf_append_char(b, 'i');
            put_i32(b, (int32_t)x);
            return true;
        }
        rt_exc_clear();
        /* 'l': digit count (signed) then base-2**15 digits, least significant first */
        rt_value_t a = pyvm_int_of(v);
        bool neg = pyvm_lt(a, rt_small(0)) == 1;
        if (neg)
            a = pyvm_unop(PYVM_AST_USub, a);
        rt_vec_t *digits = rt_vec_new(8);
        while (a && a != rt_small(0)) {
            rt_value_t d = pyvm_int_binop(PYVM_AST_BitAnd, a, rt_small(0x7fff));
            if (!d)
                return false;
            rt_vec_append(digits, d);
            a = pyvm_int_binop(PYVM_AST_RShift, a, rt_small(15));
        }
        if (!a)
            return false;
        rt_strbuf_append_char(b, 'l');
        int32_t n = (int32_t)rt_vec_len(digits);
        put_i32(b, neg ? -n : n);
        for (int64_t i = 0; i < rt_vec_len(digits); i++) {
            int64_t d = rt_small_value(rt_vec_get(digits, i));
            char c[2] = {(char)d, (char)(d >> 8)};
            rt_strbuf_append(b, c, 2);
        }
        return true;
    }
    if (rt_is_float(v)) {
        double d = rt_float_value(v);
        rt_strbuf_append_char(b, 'g');
        rt_strbuf_append(b, (const char *)&d, 8);
        return true;
    }
    const char *data;
    int64_t len;
    if (pyvm_is_str(v) || pyvm_bytes_like(v, &data, &len)) {
        if (pyvm_is_str(v))
            data = pyvm_str_of(v)->data, len = pyvm_str_of(v)->len;
        rt_strbuf_append_char(b, pyvm_is_str(v) ? 'u' : 's');
        put_i32(b, (int32_t)len);
        rt_strbuf_append(b, data, (size_t)len);
        return true;
    }
    rt_value_t u = pyvm_unwrap(v);
    char code = pyvm_is_tuple(u) ? '(' : pyvm_is_list(u) ? '[' : pyvm_is_dict(u) ? '{'
                : rt_is_ptr(u) && rt_obj_type(rt_ptr(u)) == &pyvm_type_set ? '<'
                : rt_is_ptr(u) && rt_obj_type(rt_ptr(u)) == &pyvm_type_frozenset ? '>' : 0;
    if (!code) {
        rt_raise(RT_EXC_VALUE, "unmarshallable object");
        return false;
    }
    rt_strbuf_append_char(b, code);
    if (code == '{') {
        rt_map_t *m = rt_ptr(u);
        for (int64_t p = rt_map_next(m, 0); p >= 0; p = rt_map_next(m, p + 1))
            if (!dump(b, rt_map_key_at(m, p).obj, depth + 1) ||
                !dump(b, rt_map_value_at(m, p), depth + 1))
                return false;
        rt_strbuf_append_char(b, '0');
        return true;
    }
    rt_vec_t *items = pyvm_seq_to_vec(u);
    if (!items)
        return false;
    put_i32(b, (int32_t)rt_vec_len(items));
    for (int64_t i = 0; i < rt_vec_len(items); i++)
        if (!dump(b, rt_vec_get(items, i), depth + 1))
            return false;
    return true;
}

typedef struct reader {
    const unsigned char *p, *end;
    rt_vec_t *refs;
} reader_t;

static bool need(reader_t *r, int64_t n)
{
    if (r->end - r->p >= n)
        return true;
    rt_raise(RT_EXC_VALUE, "marshal data too short");
    return false;
}

static int32_t get_i32(reader_t *r)
{
    int32_t v = (int32_t)((uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 | (uint32_t)r->p[2] << 16 |
                          (uint32_t)r->p[3] << 24);
    r->p += 4;
    return v;
}

static rt_value_t load(reader_t *r, int depth);

/* The items of a tuple, list, set or frozenset of n elements. */
static rt_vec_t *load_items(reader_t *r, int64_t n, int depth)
{
    rt_vec_t *v = pyvm_list_new(n > 0 && n < 1 << 20 ? n : 0);
    for (int64_t i = 0; i < n; i++) {
        rt_value_t x = load(r, depth + 1);
        if (!x)
            return NULL;
        rt_vec_append(v, x);
    }
    return v;
}

static rt_value_t load(reader_t *r, int depth)
{
    if (depth > 2000)
        return rt_raise(RT_EXC_VALUE, "recursion limit exceeded");
    if (!need(r, 1))
        return RT_NOVALUE;
    int c = *r->p++;
    bool ref = (c & FLAG_REF) != 0;
    c &= ~FLAG_REF;
    int64_t slot = -1;
    if (ref) {
        slot = rt_vec_len(r->refs);
        rt_vec_append(r->refs, rt_none);
    }
    rt_value_t v = RT_NOVALUE;
    int64_t n = 0;
    switch (c) {
    case 'N': v = rt_none; break;
    case 'T': v = rt_true; break;
    case 'F': v = rt_false; break;
    case 'i':
        if (need(r, 4))
            v = rt_small(get_i32(r));
        break;
    case 'l': {
        if (!need(r, 4))
            break;
        int32_t nd = get_i32(r);
        int64_t cnt = nd < 0 ? -(int64_t)nd : nd;
        if (!need(r, cnt * 2))
            break;
        v = rt_small(0);
        for (int64_t i = cnt - 1; i >= 0 && v; i--) {
            int64_t d = r->p[2 * i] | r->p[2 * i + 1] << 8;
            v = pyvm_int_binop(PYVM_AST_LShift, v, rt_small(15));
            v = v ? pyvm_int_binop(PYVM_AST_BitOr, v, rt_small(d)) : RT_NOVALUE;
        }
        r->p += cnt * 2;
        if (v && nd < 0)
            v = pyvm_unop(PYVM_AST_USub, v);
        break;
    }
    case 'g': {
        if (!need(r, 8))
            break;
        double d;
        memcpy(&d, r->p, 8);
        r->p += 8;
        v = rt_float_new(d);
        break;
    }
    case 'u': case 't': case 'a': case 'A': case 's':
        if (!need(r, 4))
            break;
        n = get_i32(r);
        goto text;
    case 'z': case 'Z':
        if (!need(r, 1))
            break;
        n = *r->p++;
    text:
        if (n < 0 || !need(r, n))
            break;
        v = rt_from_ptr(c == 's' ? rt_bytes_new((const char *)r->p, (size_t)n)
                                 : rt_str_new((const char *)r->p, (size_t)n));
        r->p += n;
        break;
    case ')':
        if (!need(r, 1))
            break;
        n = *r->p++;
        goto sequence;
    case '(': case '[': case '<': case '>':
        if (!need(r, 4))
            break;
        n = get_i32(r);
    sequence: {
        rt_vec_t *items = load_items(r, n, depth);
        if (!items)
            break;
        if (c == '[') {
            v = rt_from_ptr(items);
        } else if (c == '<' || c == '>') {
            rt_map_t *s = pyvm_set_new(c == '<' ? &pyvm_type_set : &pyvm_type_frozenset);
            v = pyvm_set_update(s, rt_from_ptr(items)) ? rt_from_ptr(s) : RT_NOVALUE;
        } else {
            v = pyvm_tuple_from(rt_vec_items(items), rt_vec_len(items));
        }
        break;
    }
    case '{': {
        rt_map_t *d = pyvm_dict_new();
        v = rt_from_ptr(d);
        for (;;) {
            if (!need(r, 1)) {
                v = RT_NOVALUE;
                break;
            }
            if (*r->p == '0') {
                r->p++;
                break;
            }
            rt_value_t k = load(r, depth + 1), x = k ? load(r, depth + 1) : RT_NOVALUE;
            if (!x || !pyvm_dict_set(d, k, x)) {
                v = RT_NOVALUE;
                break;
            }
        }
        break;
    }
    case 'r': {
        if (!need(r, 4))
            break;
        int32_t i = get_i32(r);
        if (i < 0 || i >= rt_vec_len(r->refs))
            return rt_raise(RT_EXC_VALUE, "bad marshal data (invalid reference)");
        return rt_vec_get(r->refs, i);
    }
    default:
        return rt_raise(RT_EXC_VALUE, "bad marshal data (unknown type code)");
    }
    if (v && slot >= 0)
        rt_vec_set(r->refs, slot, v);
    return v;
}

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

FN(m_dumps)
{
    (void)self, (void)n, (void)kw;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    if (!dump(&b, a[0], 0))
        return RT_NOVALUE;
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_bytes));
}

FN(m_loads)
{
    (void)self, (void)n, (void)kw;
    const char *d;
    int64_t len;
    if (!pyvm_bytes_like(a[0], &d, &len))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'",
                        pyvm_type_name(a[0]));
    reader_t r = {(const unsigned char *)d, (const unsigned char *)d + len, rt_vec_new(8)};
    return load(&r, 0);
}

FN(m_dump)
{
    (void)self, (void)kw;
    rt_value_t data = m_dumps(RT_NOVALUE, a, 1, NULL);
    rt_value_t w = data ? pyvm_getattr(a[1], rt_str_intern_cstr("write")) : RT_NOVALUE;
    (void)n;
    return w && pyvm_call1(w, data) ? rt_none : RT_NOVALUE;
}

FN(m_load)
{
    (void)self, (void)n, (void)kw;
    rt_value_t rd = pyvm_getattr(a[0], rt_str_intern_cstr("read"));
    rt_value_t data = rd ? pyvm_call0(rd) : RT_NOVALUE;
    return data ? m_loads(RT_NOVALUE, &data, 1, NULL) : RT_NOVALUE;
}

static const pyvm_cfunc_def_t marshal_functions[] = {
    {"dumps", m_dumps, 1, 2, 0, 0},
    {"loads", m_loads, 1, 1, 0, 0},
    {"dump", m_dump, 2, 3, 0, 0},
    {"load", m_load, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_marshal_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, marshal_functions);
    pyvm_mod_put(d, "version", rt_small(VERSION));
    return d;
}

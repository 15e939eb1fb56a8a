/*
** obj_strtrans.c: str.maketrans and str.translate (object.h), the code-point mapping that
** string, textwrap and collections.UserString use; installed into str's dict
** beside obj_str.c's methods.
*/
#include "pyvm/code.h"

/* The code point of a one-character str key; false (TypeError pending) for other strs. */
static bool one_char(rt_value_t k, uint32_t *cp)
{
    rt_str_t *s = pyvm_str_of(k);
    if (rt_str_cp_len(s) != 1) {
        rt_raise(RT_EXC_VALUE, "string keys in translate table must be of length 1");
        return false;
    }
    int n;
    *cp = rt_utf8_decode(s->data, &n);
    return true;
}

/* str.maketrans(dict) / (from, to[, delete]): a dict from code points to str, int or None. */
static rt_value_t s_maketrans(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    rt_map_t *out = pyvm_dict_new();
    if (n == 1) {
        if (!pyvm_is_dict(a[0]))
            return rt_raise(RT_EXC_TYPE, "if you give only one argument to maketrans it must be "
                                         "a dict");
        rt_map_t *d = rt_ptr(a[0]);
        for (int64_t p = rt_map_next(d, 0); p >= 0; p = rt_map_next(d, p + 1)) {
            rt_map_key_t mk = rt_map_key_at(d, p); /* int keys are stored unboxed */
            rt_value_t k = mk.obj ? mk.obj : rt_int_from_i64(mk.i);
            uint32_t cp;
            if (pyvm_is_str(k)) {
                if (!one_char(k, &cp))
                    return RT_NOVALUE;
                k = rt_small(cp);
            } else if (!pyvm_is_intlike(k)) {
                return rt_raise(RT_EXC_TYPE, "keys in translate table must be strings or integers");
            }
            if (!pyvm_dict_set(out, pyvm_int_of(k), rt_map_value_at(d, p)))
                return RT_NOVALUE;
        }
        return rt_from_ptr(out);
    }
    for (size_t i = 0; i < n; i++)
        if (!pyvm_is_str(a[i]))
            return rt_raise(RT_EXC_TYPE, "maketrans() argument %zu must be str, not %s", i + 1,
                            pyvm_type_name(a[i]));
    rt_str_t *x = pyvm_str_of(a[0]), *y = pyvm_str_of(a[1]);
    if (rt_str_cp_len(x) != rt_str_cp_len(y))
        return rt_raise(RT_EXC_VALUE, "the first two maketrans arguments must have equal length");
    for (int64_t i = 0, j = 0; i < x->len;) {
        int nx, ny;
        uint32_t cx = rt_utf8_decode(x->data + i, &nx), cy = rt_utf8_decode(y->data + j, &ny);
        if (!pyvm_dict_set(out, rt_small(cx), rt_small(cy)))
            return RT_NOVALUE;
        i += nx, j += ny;
    }
    rt_str_t *z = n == 3 ? pyvm_str_of(a[2]) : NULL;
    for (int64_t i = 0; z && i < z->len;) {
        int nz;
        uint32_t cz = rt_utf8_decode(z->data + i, &nz);
        if (!pyvm_dict_set(out, rt_small(cz), rt_none))
            return RT_NOVALUE;
        i += nz;
    }
    return rt_from_ptr(out);
}

/* str.translate(table): each code point looked up in table (LookupError: kept as is). */
static rt_value_t s_translate(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    rt_str_t *s = pyvm_str_of(self);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 1);
    for (int64_t i = 0; i < s->len;) {
        int len;
        uint32_t cp = rt_utf8_decode(s->data + i, &len);
        rt_value_t r = pyvm_getitem(a[0], rt_small(cp));
        if (!r) {
            if (!pyvm_isinstance(rt_exc_current(), pyvm_exc_LookupError))
                return RT_NOVALUE;
            rt_exc_clear();
            rt_strbuf_append(&b, s->data + i, (size_t)len);
        } else if (pyvm_is_str(r)) {
            rt_strbuf_append(&b, pyvm_str_of(r)->data, (size_t)pyvm_str_of(r)->len);
        } else if (pyvm_is_intlike(r)) {
            int64_t c;
            char enc[4];
            if (!pyvm_index_i64(r, &c))
                return RT_NOVALUE;
            if (c < 0 || c > 0x10ffff)
                return rt_raise(RT_EXC_VALUE, "character mapping must be in range(0x110000)");
            rt_strbuf_append(&b, enc, (size_t)rt_utf8_encode((uint32_t)c, enc));
        } else if (r != rt_none) {
            return rt_raise(RT_EXC_TYPE, "character mapping must return integer, None or str");
        }
        i += len;
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static const pyvm_cfunc_def_t trans_methods[] = {
    {"maketrans", s_maketrans, 1, 3, PYVM_CFUNC_STATIC, 0},
    {"translate", s_translate, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_strtrans_install(void) { pyvm_cfunc_install(pyvm_cls_str, trans_methods); }

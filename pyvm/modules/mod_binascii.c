/*
** mod_binascii.c: the native `binascii` module (modules.h) under base64 and friends: base64
** (b2a_base64 / a2b_base64), hexadecimal (hexlify / unhexlify and their b2a_hex / a2b_hex
** names), crc32, and the Error / Incomplete exceptions. Inputs are bytes-like; a2b functions
** also take ASCII str.
*/
#include <string.h>

#include "pyvm/modules/modules.h"

static pyvm_class_t *error_cls, *incomplete_cls;

static rt_value_t error(const char *msg)
{
    rt_value_t m = pyvm_str_cstr(msg);
    rt_value_t e = pyvm_exc_new(error_cls, &m, 1);
    return e ? rt_exc_set(e) : RT_NOVALUE;
}

/* Bytes-like, or an ASCII str for the decoding functions. */
static bool data_arg(rt_value_t v, bool allow_str, const char **d, int64_t *n)
{
    if (pyvm_bytes_like(v, d, n))
        return true;
    if (allow_str && pyvm_is_str(v)) {
        *d = pyvm_str_of(v)->data;
        *n = pyvm_str_of(v)->len;
        for (int64_t i = 0; i < *n; i++)
            if ((unsigned char)(*d)[i] >= 0x80) {
                rt_raise(RT_EXC_VALUE, "string argument should contain only ASCII characters");
                return false;
            }
        return true;
    }
    rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'", pyvm_type_name(v));
    return false;
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static rt_value_t b2a_base64(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    static const char *const names[] = {"data", "newline", NULL};
    rt_value_t v[2];
    const char *d;
    int64_t len;
    if (!pyvm_parse_args("b2a_base64", a, n, kw, names, 1, v) || !data_arg(v[0], false, &d, &len))
        return RT_NOVALUE;
    int nl = v[1] ? pyvm_truth(v[1]) : 1;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)(len / 3 + 1) * 4 + 2);
    for (int64_t i = 0; i < len; i += 3) {
        unsigned x = (unsigned char)d[i] << 16;
        if (i + 1 < len)
            x |= (unsigned char)d[i + 1] << 8;
        if (i + 2 < len)
            x |= (unsigned char)d[i + 2];
        char q[4] = {b64[x >> 18], b64[(x >> 12) & 63], i + 1 < len ? b64[(x >> 6) & 63] : '=',
                     i + 2 < len ? b64[x & 63] : '='};
        rt_strbuf_append(&b, q, 4);
    }
    if (nl > 0)
        rt_strbuf_append_char(&b, '\n');
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_bytes));
}

static int b64_value(char c)
{
    const char *p = c ? strchr(b64, c) : NULL;
    return p ? (int)(p - b64) : -1;
}

static rt_value_t a2b_base64(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    static const char *const names[] = {"data", "strict_mode", NULL};
    rt_value_t v[2];
    const char *d;
    int64_t len;
    if (!pyvm_parse_args("a2b_base64", a, n, kw, names, 1, v) || !data_arg(v[0], true, &d, &len))
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)len);
    unsigned acc = 0;
    int bits = 0, quads = 0, pads = 0;
    for (int64_t i = 0; i < len; i++) {
        if (d[i] == '=') {
            if (quads % 4 >= 2 && ++pads + quads % 4 >= 4)
                break; /* enough padding: the rest is ignored */
            continue;
        }
        int x = b64_value(d[i]);
        if (x < 0)
            continue; /* non-alphabet characters are skipped, as CPython (not strict) */
        pads = 0;
        quads++;
        acc = (acc << 6) | (unsigned)x;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            rt_strbuf_append_char(&b, (char)((acc >> bits) & 0xff));
        }
    }
    if (quads % 4 == 1)
        return error("Invalid base64-encoded string: number of data characters (1) cannot be 1 "
                     "more than a multiple of 4");
    if (quads % 4 && pads + quads % 4 < 4)
        return error("Incorrect padding");
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_bytes));
}

static rt_value_t hexlify(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    static const char *const names[] = {"data", "sep", "bytes_per_sep", NULL};
    rt_value_t v[3];
    const char *d;
    int64_t len;
    if (!pyvm_parse_args("hexlify", a, n, kw, names, 1, v) || !data_arg(v[0], false, &d, &len))
        return RT_NOVALUE;
    if (v[1])
        return rt_raise(RT_EXC_VALUE, "pyhyp: hexlify's sep argument is not supported");
    static const char digits[] = "0123456789abcdef";
    rt_str_t *out = rt_str_alloc(&rt_type_bytes, (size_t)len * 2);
    for (int64_t i = 0; i < len; i++) {
        out->data[2 * i] = digits[(unsigned char)d[i] >> 4];
        out->data[2 * i + 1] = digits[(unsigned char)d[i] & 15];
    }
    return rt_from_ptr(out);
}

static int hex_value(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static rt_value_t unhexlify(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    const char *d;
    int64_t len;
    if (!data_arg(a[0], true, &d, &len))
        return RT_NOVALUE;
    if (len % 2)
        return error("Odd-length string");
    rt_str_t *out = rt_str_alloc(&rt_type_bytes, (size_t)len / 2);
    for (int64_t i = 0; i < len; i += 2) {
        int hi = hex_value(d[i]), lo = hex_value(d[i + 1]);
        if (hi < 0 || lo < 0)
            return error("Non-hexadecimal digit found");
        out->data[i / 2] = (char)(hi << 4 | lo);
    }
    return rt_from_ptr(out);
}

/* crc32(data, value=0): zlib's CRC-32. */
static rt_value_t crc32(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    return pyvm_mod_zlib_crc32(a, n);
}

static const pyvm_cfunc_def_t binascii_functions[] = {
    {"b2a_base64", b2a_base64, 1, 1, 0, 1},
    {"a2b_base64", a2b_base64, 1, 1, 0, 1},
    {"hexlify", hexlify, 1, 3, 0, 1},
    {"b2a_hex", hexlify, 1, 3, 0, 1},
    {"unhexlify", unhexlify, 1, 1, 0, 0},
    {"a2b_hex", unhexlify, 1, 1, 0, 0},
    {"crc32", crc32, 1, 2, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_binascii_dict(void)
{
    if (!error_cls) {
        gc_root_add(&error_cls, 1);
        gc_root_add(&incomplete_cls, 1);
        rt_map_t *ns = pyvm_dict_new();
        rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr("binascii"));
        rt_value_t base = rt_from_ptr(pyvm_exc_ValueError);
        error_cls = pyvm_type_new(rt_str_intern_cstr("Error"), rt_ptr(pyvm_tuple_from(&base, 1)),
                                  ns);
        base = rt_from_ptr(pyvm_exc_Exception);
        ns = pyvm_dict_new();
        rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr("binascii"));
        incomplete_cls = pyvm_type_new(rt_str_intern_cstr("Incomplete"),
                                       rt_ptr(pyvm_tuple_from(&base, 1)), ns);
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, binascii_functions);
    pyvm_mod_put(d, "Error", rt_from_ptr(error_cls));
    pyvm_mod_put(d, "Incomplete", rt_from_ptr(incomplete_cls));
    return d;
}

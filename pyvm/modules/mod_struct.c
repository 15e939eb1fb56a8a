/*
** mod_struct.c: the native `_struct` module (modules.h) under Debian's struct: pack, unpack,
** calcsize, pack_into, unpack_from, iter_unpack and the Struct class, for CPython's format
** language (byte order @ = < > !, counts, x c b B ? h H i I l L q Q n N e f d s p P) with its
** native sizes and alignment on this machine and the standard sizes otherwise.
*/
#include <math.h>
#include <string.h>

#include "pyvm/modules/modules.h"

static pyvm_class_t *struct_cls, *error_cls;

static rt_value_t struct_error(const char *fmt, const char *arg)
{
    char buf[200];
    snprintf(buf, sizeof buf, fmt, arg);
    rt_value_t msg = pyvm_str_cstr(buf);
    rt_value_t e = pyvm_exc_new(error_cls, &msg, 1);
    return e ? rt_exc_set(e) : RT_NOVALUE;
}

/* One code's size: native (with alignment) or standard; 0 when unknown in that mode. */
static int code_size(char c, bool native)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? (int)sizeof(long) : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
    }
}

typedef struct layout {
    bool native, little, align;
} layout_t;

static bool layout_of(const char **fmt, layout_t *l)
{
    char c = **fmt;
    l->native = c == '@' || (c != '=' && c != '<' && c != '>' && c != '!');
    l->align = l->native;
    bool host_little = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;
    l->little = c == '<' || ((c == '@' || c == '=' || l->native) && host_little);
    if (c && strchr("@=<>!", c))
        (*fmt)++;
    return true;
}

/* Walks a format: calls item(code, count, offset, ctx) per item; returns the total size or -1
** (struct.error pending). For s and p the count is the byte length, one item. */
typedef bool (*item_fn)(char code, int64_t count, int64_t offset, const layout_t *l, void *ctx);

static int64_t walk(const char *fmt, item_fn item, void *ctx)
{
    layout_t l;
    layout_of(&fmt, &l);
    int64_t off = 0;
    for (const char *p = fmt; *p;) {
        if (*p == ' ' || *p == '\t' || *p == '\n') {
            p++;
            continue;
        }
        int64_t count = 1;
        if (*p >= '0' && *p <= '9') {
            count = 0;
            while (*p >= '0' && *p <= '9')
                count = count * 10 + (*p++ - '0');
        }
        char c = *p++;
        int size = code_size(c, l.native);
        if (!size) {
            struct_error(c ? "bad char in struct format" : "repeat count given without format "
                                                           "specifier%s", "");
            return -1;
        }
        if (l.align && size > 1 && c != 's' && c != 'p')
            off = (off + size - 1) / size * size;
        if (c == 's' || c == 'p') {
            if (item && !item(c, count, off, &l, ctx))
                return -1;
            off += count;
        } else {
            for (int64_t i = 0; i < count; i++, off += size)
                if (c != 'x' && item && !item(c, 1, off, &l, ctx))
                    return -1;
        }
    }
    return off;
}

/* struct.error for an integer outside code c's range, in CPython's words: b and B, and h and H
** in the host's byte order, go through C packers that name the C type (for values that fit a C
** long); the others name the code;
** 8-byte codes, values past 64 bits and negative values for unsigned codes only say "argument out
** of range". */
static void range_error(char c, int size, const layout_t *l, bool fits_long, bool fits64,
                        bool negative)
{
    static const struct {
        char code;
        const char *ctype;
    } ctypes[] = {{'b', "byte"}, {'B', "ubyte"}, {'h', "short"}, {'H', "ushort"}};
    bool host_little = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;
    bool is_signed = c >= 'a' && c <= 'z';
    long long lo = is_signed && size < 8 ? -(1ll << (8 * size - 1)) : 0;
    unsigned long long hi = size < 8 ? (1ull << (8 * size - (is_signed ? 1 : 0))) - 1 : 0;
    char buf[120];
    for (size_t i = 0; i < sizeof ctypes / sizeof ctypes[0]; i++)
        if (ctypes[i].code == c && (size == 1 || l->little == host_little)) {
            snprintf(buf, sizeof buf, "%s format requires %lld <= number <= %llu", ctypes[i].ctype,
                     lo, hi);
            struct_error("%s", fits_long ? buf : "argument out of range");
            return;
        }
    if (!fits64 || size == 8 || (!is_signed && negative)) {
        struct_error("argument out of range%s", "");
        return;
    }
    snprintf(buf, sizeof buf, "'%c' format requires %lld <= number <= %llu", c, lo, hi);
    struct_error("%s", buf);
}

/* The fields of one format as a C string (str or bytes format). */
static const char *format_of(rt_value_t f)
{
    const char *d;
    int64_t n;
    if (pyvm_is_str(f))
        return pyvm_str_of(f)->data;
    if (pyvm_bytes_like(f, &d, &n))
        return rt_bytes_new(d, (size_t)n)->data;
    rt_raise(RT_EXC_TYPE, "Struct() argument 1 must be a str or bytes object, not %s",
             pyvm_type_name(f));
    return NULL;
}

static void put_uint(unsigned char *p, uint64_t v, int size, bool little)
{
    for (int i = 0; i < size; i++)
        p[little ? i : size - 1 - i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_uint(const unsigned char *p, int size, bool little)
{
    uint64_t v = 0;
    for (int i = 0; i < size; i++)
        v |= (uint64_t)p[little ? i : size - 1 - i] << (8 * i);
    return v;
}

/* IEEE half precision, round to nearest even, as CPython's PyFloat_Pack2. */
static uint16_t half_of(double x)
{
    float f = (float)x;
    uint32_t b;
    memcpy(&b, &f, 4);
    uint32_t sign = (b >> 16) & 0x8000, exp = (b >> 23) & 0xff, man = b & 0x7fffff;
    if (exp == 0xff)
        return (uint16_t)(sign | 0x7c00 | (man ? 0x200 : 0));
    int e = (int)exp - 127 + 15;
    if (e >= 31)
        return (uint16_t)(sign | 0x7c00);
    if (e <= 0) {
        if (e < -10)
            return (uint16_t)sign;
        man |= 0x800000;
        uint32_t shift = (uint32_t)(14 - e);
        uint32_t h = man >> shift, rem = man & ((1u << shift) - 1), halfway = 1u << (shift - 1);
        if (rem > halfway || (rem == halfway && (h & 1)))
            h++;
        return (uint16_t)(sign | h);
    }
    uint32_t h = (uint32_t)(e << 10) | (man >> 13), rem = man & 0x1fff;
    if (rem > 0x1000 || (rem == 0x1000 && (h & 1)))
        h++;
    return (uint16_t)(sign | h);
}

static double double_of_half(uint16_t h)
{
    int sign = h >> 15, e = (h >> 10) & 0x1f, man = h & 0x3ff;
    double v = e == 0 ? ldexp(man, -24) : e == 31 ? (man ? NAN : INFINITY) : ldexp(man | 0x400, e - 25);
    return sign ? -v : v;
}

struct pack_ctx {
    const rt_value_t *args;
    size_t nargs, next;
    unsigned char *out;
};

static bool pack_item(char c, int64_t count, int64_t off, const layout_t *l, void *vctx)
{
    struct pack_ctx *x = vctx;
    if (x->next >= x->nargs) {
        struct_error("pack expected more items for packing%s", "");
        return false;
    }
    rt_value_t v = x->args[x->next++];
    unsigned char *p = x->out + off;
    int size = code_size(c, l->native);
    if (c == 's' || c == 'p' || c == 'c') {
        const char *d;
        int64_t n;
        if (!pyvm_bytes_like(v, &d, &n) || (c == 'c' && n != 1)) {
            struct_error(c == 'c' ? "char format requires a bytes object of length 1"
                                  : "argument for 's' must be a bytes object%s", "");
            return false;
        }
        if (c == 'c') {
            p[0] = (unsigned char)d[0];
        } else if (c == 's') {
            memcpy(p, d, (size_t)(n < count ? n : count));
        } else if (count > 0) {
            int64_t m = n < count - 1 ? n : count - 1;
            p[0] = (unsigned char)(m > 255 ? 255 : m);
            memcpy(p + 1, d, (size_t)m);
        }
        return true;
    }
    if (c == '?') {
        int t = pyvm_truth(v);
        p[0] = (unsigned char)(t > 0);
        return t >= 0;
    }
    if (c == 'e' || c == 'f' || c == 'd') {
        double d;
        bool err;
        if (!pyvm_num_to_double(v, &d, &err)) {
            if (!err)
                struct_error("required argument is not a float%s", "");
            return false;
        }
        uint64_t bits;
        if (c == 'e') {
            bits = half_of(d);
        } else if (c == 'f') {
            float f = (float)d;
            uint32_t b32;
            memcpy(&b32, &f, 4);
            bits = b32;
        } else {
            memcpy(&bits, &d, 8);
        }
        put_uint(p, bits, size, l->little);
        return true;
    }
    if (!pyvm_is_intlike(pyvm_unwrap(v)) && !pyvm_index(v)) {
        rt_exc_clear();
        struct_error("required argument is not an integer%s", "");
        return false;
    }
    rt_value_t iv = pyvm_index(v);
    bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    rt_value_t neg = iv ? pyvm_richcmp(iv, rt_small(0), PYVM_LT) : RT_NOVALUE;
    rt_value_t past64 = neg ? pyvm_int_binop(PYVM_AST_RShift, iv, rt_small(63)) : RT_NOVALUE;
    if (!past64)
        return false;
    /* iv >> 63 is 0 for [0, 2**63), -1 for [-2**63, 0), 1 for [2**63, 2**64) */
    int64_t top = rt_is_small(past64) ? rt_small_value(past64) : 2;
    bool fits64 = top == 0 || top == -1 || (top == 1 && !is_signed);
    uint64_t u = 0;
    if (fits64) {
        rt_value_t low = pyvm_int_binop(PYVM_AST_BitAnd, iv, rt_int_from_u64(INT64_MAX));
        int64_t bits;
        if (!low || !pyvm_index_i64(low, &bits))
            return false;
        u = (uint64_t)bits | (top != 0 ? 1ull << 63 : 0);
    }
    uint64_t span = size == 8 ? 0 : 1ull << (8 * size); /* 0: the whole 64 bits */
    int64_t half = (int64_t)(span / 2), sv = (int64_t)u;
    bool in_range = is_signed ? fits64 && top != 1 && (span == 0 || (sv >= -half && sv < half))
                              : fits64 && top != -1 && (span == 0 || u < span);
    if (!in_range) {
        range_error(c, size, l, top == 0 || top == -1, fits64, neg == rt_true);
        return false;
    }
    put_uint(p, u, size, l->little);
    return true;
}

struct unpack_ctx {
    const unsigned char *in;
    rt_vec_t *out;
};

static bool unpack_item(char c, int64_t count, int64_t off, const layout_t *l, void *vctx)
{
    struct unpack_ctx *x = vctx;
    const unsigned char *p = x->in + off;
    int size = code_size(c, l->native);
    rt_value_t v;
    if (c == 's') {
        v = rt_from_ptr(rt_bytes_new((const char *)p, (size_t)count));
    } else if (c == 'p') {
        int64_t n = count ? p[0] : 0;
        if (n > count - 1)
            n = count > 0 ? count - 1 : 0;
        v = rt_from_ptr(rt_bytes_new((const char *)p + 1, (size_t)n));
    } else if (c == 'c') {
        v = rt_from_ptr(rt_bytes_new((const char *)p, 1));
    } else if (c == '?') {
        v = rt_bool(p[0] != 0);
    } else if (c == 'e') {
        v = rt_float_new(double_of_half((uint16_t)get_uint(p, 2, l->little)));
    } else if (c == 'f') {
        uint32_t b = (uint32_t)get_uint(p, 4, l->little);
        float f;
        memcpy(&f, &b, 4);
        v = rt_float_new(f);
    } else if (c == 'd') {
        uint64_t b = get_uint(p, 8, l->little);
        double d;
        memcpy(&d, &b, 8);
        v = rt_float_new(d);
    } else {
        uint64_t u = get_uint(p, size, l->little);
        bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
        if (is_signed && size < 8 && (u >> (8 * size - 1)))
            u |= ~0ull << (8 * size);
        v = is_signed ? rt_int_from_i64((int64_t)u) : rt_int_from_u64(u);
    }
    rt_vec_append(x->out, v);
    return true;
}

/* ---- module functions (a format string or a Struct as first argument) ---- */

static const char *fmt_arg(rt_value_t v)
{
    if (pyvm_isinstance(v, struct_cls)) {
        rt_value_t f = pyvm_getattr(v, rt_str_intern_cstr("format"));
        return f ? format_of(f) : NULL;
    }
    return format_of(v);
}

static int64_t count_items(const char *fmt)
{
    int64_t n = 0;
    layout_t l;
    const char *p = fmt;
    layout_of(&p, &l);
    while (*p) {
        int64_t count = 1;
        if (*p >= '0' && *p <= '9') {
            count = 0;
            while (*p >= '0' && *p <= '9')
                count = count * 10 + (*p++ - '0');
        }
        char c = *p++;
        n += c == 'x' || c == ' ' ? 0 : (c == 's' || c == 'p') ? 1 : count;
    }
    return n;
}

static rt_value_t do_pack(const char *fmt, const rt_value_t *a, size_t n, unsigned char *into,
                          int64_t room)
{
    int64_t size = walk(fmt, NULL, NULL);
    if (size < 0)
        return RT_NOVALUE;
    int64_t want = count_items(fmt);
    if ((int64_t)n != want) {
        char msg[80];
        snprintf(msg, sizeof msg, "pack expected %lld items for packing (got %zu)%%s",
                 (long long)want, n);
        return struct_error(msg, "");
    }
    rt_str_t *out = rt_str_alloc(&rt_type_bytes, (size_t)size);
    struct pack_ctx x = {a, n, 0, into ? into : (unsigned char *)out->data};
    if (into && room < size)
        return struct_error("pack_into requires a buffer of at least %s bytes", "more");
    if (walk(fmt, pack_item, &x) < 0)
        return RT_NOVALUE;
    return into ? rt_none : rt_from_ptr(out);
}

static rt_value_t do_unpack(const char *fmt, rt_value_t buffer, int64_t offset, bool exact)
{
    const char *d;
    int64_t len;
    if (!pyvm_bytes_like(buffer, &d, &len))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'",
                        pyvm_type_name(buffer));
    int64_t size = walk(fmt, NULL, NULL);
    if (size < 0)
        return RT_NOVALUE;
    if (offset < 0)
        offset += len;
    if ((exact && len != size) || offset < 0 || len - offset < size) {
        char msg[100];
        snprintf(msg, sizeof msg, exact ? "unpack requires a buffer of %lld bytes%%s"
                                        : "unpack_from requires a buffer of at least %lld bytes%%s",
                 (long long)size);
        return struct_error(msg, "");
    }
    struct unpack_ctx x = {(const unsigned char *)d + offset, rt_vec_new(8)};
    if (walk(fmt, unpack_item, &x) < 0)
        return RT_NOVALUE;
    return pyvm_tuple_from(rt_vec_items(x.out), rt_vec_len(x.out));
}

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

FN(s_pack)
{
    (void)self, (void)kw;
    const char *fmt = n ? fmt_arg(a[0]) : NULL;
    return fmt ? do_pack(fmt, a + 1, n - 1, NULL, 0) : RT_NOVALUE;
}

FN(s_unpack)
{
    (void)self, (void)n, (void)kw;
    const char *fmt = fmt_arg(a[0]);
    return fmt ? do_unpack(fmt, a[1], 0, true) : RT_NOVALUE;
}

FN(s_unpack_from)
{
    (void)self;
    static const char *const names[] = {"format", "buffer", "offset", NULL};
    rt_value_t v[3];
    int64_t off = 0;
    if (!pyvm_parse_args("unpack_from", a, n, kw, names, 2, v) ||
        (v[2] && !pyvm_index_i64(v[2], &off)))
        return RT_NOVALUE;
    const char *fmt = fmt_arg(v[0]);
    return fmt ? do_unpack(fmt, v[1], off, false) : RT_NOVALUE;
}

FN(s_pack_into)
{
    (void)self, (void)kw;
    int64_t off;
    const char *fmt = n >= 3 ? fmt_arg(a[0]) : NULL;
    if (!fmt || !pyvm_index_i64(a[2], &off))
        return fmt || n >= 3 ? RT_NOVALUE : rt_raise(RT_EXC_TYPE, "pack_into expected buffer and "
                                                                  "offset arguments");
    const char *d;
    int64_t len;
    if (!pyvm_bytes_like(a[1], &d, &len))
        return rt_raise(RT_EXC_TYPE, "argument must be read-write bytes-like object");
    if (off < 0)
        off += len;
    return do_pack(fmt, a + 3, n - 3, (unsigned char *)d + off, len - off);
}

FN(s_calcsize)
{
    (void)self, (void)n, (void)kw;
    const char *fmt = fmt_arg(a[0]);
    int64_t size = fmt ? walk(fmt, NULL, NULL) : -1;
    return size < 0 ? RT_NOVALUE : rt_small(size);
}

FN(s_iter_unpack)
{
    (void)self, (void)n, (void)kw;
    const char *fmt = fmt_arg(a[0]);
    const char *d;
    int64_t len, size = fmt ? walk(fmt, NULL, NULL) : -1;
    if (size < 0)
        return RT_NOVALUE;
    if (!pyvm_bytes_like(a[1], &d, &len))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required");
    if (size == 0 || len % size)
        return struct_error("iterative unpacking requires a buffer of a multiple of %s bytes",
                            "the struct size");
    rt_vec_t *out = pyvm_list_new(len / size);
    for (int64_t off = 0; off < len; off += size) {
        rt_value_t t = do_unpack(fmt, a[1], off, false);
        if (!t)
            return RT_NOVALUE;
        rt_vec_append(out, t);
    }
    return pyvm_iter(rt_from_ptr(out));
}

FN(s_clearcache)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_none;
}

/* ---- Struct: the format kept, the module functions as methods ---- */

FN(st_init)
{
    (void)kw;
    if (!pyvm_check_nargs("Struct", n, 1, 1))
        return RT_NOVALUE;
    const char *fmt = format_of(a[0]);
    int64_t size = fmt ? walk(fmt, NULL, NULL) : -1;
    if (size < 0)
        return RT_NOVALUE;
    rt_value_t f = pyvm_is_str(a[0]) ? a[0] : pyvm_str_cstr(fmt);
    return pyvm_setattr(self, rt_str_intern_cstr("format"), f) &&
           pyvm_setattr(self, rt_str_intern_cstr("size"), rt_small(size)) ? rt_none : RT_NOVALUE;
}

/* Struct methods call the module function with the struct in front. */
static rt_value_t with_self(pyvm_cfn_t fn, rt_value_t self, const rt_value_t *a, size_t n,
                            rt_tuple_t *kw)
{
    rt_value_t buf[PYVM_ARGBUF];
    return fn(RT_NOVALUE, pyvm_args_prepend(self, a, n, kw, buf), n + 1, kw);
}

FN(st_pack) { return with_self(s_pack, self, a, n, kw); }
FN(st_unpack) { return with_self(s_unpack, self, a, n, kw); }
FN(st_unpack_from) { return with_self(s_unpack_from, self, a, n, kw); }
FN(st_pack_into) { return with_self(s_pack_into, self, a, n, kw); }
FN(st_iter_unpack) { return with_self(s_iter_unpack, self, a, n, kw); }

static const pyvm_cfunc_def_t struct_methods[] = {
    {"__init__", st_init, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"pack", st_pack, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"unpack", st_unpack, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"unpack_from", st_unpack_from, 1, 2, PYVM_CFUNC_METHOD, 1},
    {"pack_into", st_pack_into, 2, -1, PYVM_CFUNC_METHOD, 0},
    {"iter_unpack", st_iter_unpack, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t struct_functions[] = {
    {"pack", s_pack, 1, -1, 0, 0},
    {"unpack", s_unpack, 2, 2, 0, 0},
    {"unpack_from", s_unpack_from, 2, 3, 0, 1},
    {"pack_into", s_pack_into, 3, -1, 0, 0},
    {"calcsize", s_calcsize, 1, 1, 0, 0},
    {"iter_unpack", s_iter_unpack, 2, 2, 0, 0},
    {"_clearcache", s_clearcache, 0, 0, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_struct_dict(void)
{
    if (!struct_cls) {
        gc_root_add(&struct_cls, 1);
        gc_root_add(&error_cls, 1);
        struct_cls = pyvm_type_new_builtin("Struct", NULL, pyvm_cls_object);
        pyvm_type_setattr(struct_cls, pyvm_name(module), pyvm_str_cstr("_struct"));
        pyvm_cfunc_install(struct_cls, struct_methods);
        rt_value_t base = rt_from_ptr(pyvm_exc_Exception);
        rt_map_t *ns = pyvm_dict_new();
        rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr("struct"));
        error_cls = pyvm_type_new(rt_str_intern_cstr("error"), rt_ptr(pyvm_tuple_from(&base, 1)), ns);
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, struct_functions);
    pyvm_mod_put(d, "Struct", rt_from_ptr(struct_cls));
    pyvm_mod_put(d, "error", rt_from_ptr(error_cls));
    return d;
}

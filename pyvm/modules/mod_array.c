/*
** mod_array.c: the native `array` module (modules.h): array.array, a sequence of machine values
** of one typecode (b B u h H i I l L q Q f d) packed in a GC-heap bytes object, with CPython's
** construction rules, methods (append, extend, insert, pop, remove, index, count, reverse,
** frombytes, tobytes, fromlist, tolist, fromunicode, tounicode, byteswap, buffer_info),
** indexing, slicing and slice assignment, concatenation and repetition, comparisons, repr, and
** range errors. Arrays are buffers (pyvm_buffer_register): bytes(a), memoryview(a), file and
** socket I/O see their bytes. 'u' items are 4-byte code points, as wchar_t on Linux.
*/
#include <math.h>
#include <string.h>

#include "pyvm/modules/modules.h"

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* One typecode: size, kind ('s' signed, 'u' unsigned, 'f' float, 'c' code point) and the
** OverflowError messages CPython gives past its range (NULL: the generic ones). */
typedef struct tcode {
    char code, kind;
    int8_t size;
    const char *over, *under;
} tcode_t;

static const tcode_t tcodes[] = {
    {'b', 's', 1, "signed char is greater than maximum", "signed char is less than minimum"},
    {'B', 'u', 1, "unsigned byte integer is greater than maximum",
     "unsigned byte integer is less than minimum"},
    {'u', 'c', 4, NULL, NULL},
    {'h', 's', 2, "signed short integer is greater than maximum",
     "signed short integer is less than minimum"},
    {'H', 'u', 2, "unsigned short is greater than maximum", "unsigned short is less than minimum"},
    {'i', 's', 4, "signed integer is greater than maximum", "signed integer is less than minimum"},
    {'I', 'u', 4, "unsigned int is greater than maximum",
     "can't convert negative value to unsigned int"},
    {'l', 's', 8, "Python int too large to convert to C long",
     "Python int too large to convert to C long"},
    {'L', 'u', 8, "Python int too large to convert to C unsigned long",
     "can't convert negative value to unsigned int"},
    {'q', 's', 8, "int too big to convert", "int too big to convert"},
    {'Q', 'u', 8, "int too big to convert", "can't convert negative int to unsigned"},
    {'f', 'f', 4, NULL, NULL},
    {'d', 'f', 8, NULL, NULL},
};

typedef struct array {
    rt_obj_t hdr;
    rt_str_t *buf; /* capacity buf->len bytes */
    int64_t len;   /* items */
    const tcode_t *t;
} array_t;

static void array_trace(gc_tracer_t *tracer, void *obj) { gc_visit_ptr(tracer, ((array_t *)obj)->buf); }

static rt_type_t array_type = RT_TYPE_INIT("array.array", array_trace, NULL, 0);
static pyvm_class_t *array_cls;

#define ARR(v) ((array_t *)rt_ptr(v))

static bool is_array(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &array_type;
}

static char *item_ptr(array_t *ar, int64_t i) { return ar->buf->data + i * ar->t->size; }

static array_t *array_new(const tcode_t *t, int64_t cap)
{
    array_t *ar = rt_alloc(&array_type, sizeof *ar);
    ar->t = t;
    rt_str_t *buf = rt_str_alloc(&rt_type_bytes, (size_t)(cap > 0 ? cap : 1) * (size_t)t->size);
    RT_STORE(ar, buf, buf);
    return ar;
}

/* Makes room for `items` items in total. May collect. */
static void reserve(array_t *ar, int64_t items)
{
    int64_t need = items * ar->t->size;
    if (need <= ar->buf->len)
        return;
    int64_t cap = ar->buf->len * 2 > need ? ar->buf->len * 2 : need;
    rt_str_t *nb = rt_str_alloc(&rt_type_bytes, (size_t)cap);
    memcpy(nb->data, ar->buf->data, (size_t)(ar->len * ar->t->size));
    RT_STORE(ar, buf, nb);
}

/* ---- items ---- */

typedef union item {
    int64_t i;
    uint64_t u;
    double d;
} item_t;

/* An int within the typecode's range, as CPython converts it. */
static bool convert_int(const tcode_t *t, rt_value_t v, item_t *out)
{
    rt_value_t iv = pyvm_index(v);
    if (!iv)
        return false;
    int64_t i;
    bool fits = rt_int_to_i64(iv, &i);
    int neg = fits ? i < 0 : pyvm_lt(iv, rt_small(0));
    if (neg < 0)
        return false;
    if (t->kind == 's') {
        int64_t max = t->size == 8 ? INT64_MAX : ((int64_t)1 << (t->size * 8 - 1)) - 1;
        if (!fits || i > max || i < -max - 1) {
            rt_raise(RT_EXC_OVERFLOW, "%s", neg ? t->under : t->over);
            return false;
        }
        out->i = i;
        return true;
    }
    if (neg) {
        rt_raise(RT_EXC_OVERFLOW, "%s", t->under);
        return false;
    }
    uint64_t u = (uint64_t)i;
    if (!fits) { /* 2^63 <= iv: what is left over 2^63 must fit too */
        rt_value_t low = rt_int_sub(iv, rt_int_from_u64((uint64_t)1 << 63));
        if (!rt_int_to_i64(low, &i) || i < 0) {
            rt_raise(RT_EXC_OVERFLOW, "%s", t->over);
            return false;
        }
        u = (uint64_t)i + ((uint64_t)1 << 63);
    }
    if (t->size < 8 && u >> (t->size * 8)) {
        rt_raise(RT_EXC_OVERFLOW, "%s", t->over);
        return false;
    }
    out->u = u;
    return true;
}

/* A Python value as an item of typecode t; false with CPython's error pending. */
static bool convert(const tcode_t *t, rt_value_t v, item_t *out)
{
    if (t->kind == 'f') {
        bool err = false;
        if (pyvm_num_to_double(pyvm_unwrap(v), &out->d, &err))
            return true;
        if (err)
            return false;
        /* anything with __float__ or __index__ converts through float(), as CPython */
        pyvm_class_t *c = pyvm_type_of(v);
        if (pyvm_type_lookup(c, rt_str_intern_cstr("__float__")) || pyvm_has_index(v)) {
            rt_value_t f = pyvm_call1(rt_from_ptr(pyvm_cls_float), v);
            return f && pyvm_num_to_double(f, &out->d, &err);
        }
        rt_raise(RT_EXC_TYPE, "must be real number, not %s", pyvm_type_name(v));
        return false;
    }
    if (t->kind == 'c') {
        rt_value_t s = pyvm_unwrap(v);
        if (!pyvm_is_str(s) || rt_str_cp_len(pyvm_str_of(s)) != 1) {
            rt_raise(RT_EXC_TYPE, "array item must be unicode character");
            return false;
        }
        out->u = rt_str_cp_at(pyvm_str_of(s), 0);
        return true;
    }
    return convert_int(t, v, out);
}

static void store(char *p, const tcode_t *t, item_t x)
{
    switch (t->code) {
    case 'b': case 'B': { uint8_t v = (uint8_t)x.u; memcpy(p, &v, 1); break; }
    case 'h': case 'H': { uint16_t v = (uint16_t)x.u; memcpy(p, &v, 2); break; }
    case 'i': case 'I': case 'u': { uint32_t v = (uint32_t)x.u; memcpy(p, &v, 4); break; }
    case 'f': { float v = (float)x.d; memcpy(p, &v, 4); break; }
    case 'd': memcpy(p, &x.d, 8); break;
    default: memcpy(p, &x.u, 8); break;
    }
}

static rt_value_t load(const char *p, const tcode_t *t)
{
    switch (t->code) {
    case 'b': return rt_small((int8_t)p[0]);
    case 'B': return rt_small((uint8_t)p[0]);
    case 'h': { int16_t v; memcpy(&v, p, 2); return rt_small(v); }
    case 'H': { uint16_t v; memcpy(&v, p, 2); return rt_small(v); }
    case 'i': { int32_t v; memcpy(&v, p, 4); return rt_small(v); }
    case 'I': { uint32_t v; memcpy(&v, p, 4); return rt_small(v); }
    case 'l': case 'q': { int64_t v; memcpy(&v, p, 8); return rt_int_from_i64(v); }
    case 'L': case 'Q': { uint64_t v; memcpy(&v, p, 8); return rt_int_from_u64(v); }
    case 'f': { float v; memcpy(&v, p, 4); return rt_float_new(v); }
    case 'd': { double v; memcpy(&v, p, 8); return rt_float_new(v); }
    default: {
        uint32_t cp;
        memcpy(&cp, p, 4);
        char enc[4];
        return rt_from_ptr(rt_str_new(enc, (size_t)rt_utf8_encode(cp, enc)));
    }
    }
}

static bool append(array_t *ar, rt_value_t v)
{
    item_t x;
    if (!convert(ar->t, v, &x))
        return false;
    reserve(ar, ar->len + 1);
    store(item_ptr(ar, ar->len++), ar->t, x);
    return true;
}

/* Appends another array's items (same typecode) or any iterable's. */
static bool extend(array_t *ar, rt_value_t it)
{
    rt_value_t u = pyvm_unwrap(it);
    if (is_array(u)) {
        array_t *b = ARR(u);
        if (b->t != ar->t) {
            rt_raise(RT_EXC_TYPE, "can only extend with array of same kind");
            return false;
        }
        int64_t bl = b->len;
        reserve(ar, ar->len + bl);
        memmove(item_ptr(ar, ar->len), b->buf->data, (size_t)(bl * ar->t->size));
        ar->len += bl;
        return true;
    }
    rt_vec_t *items = pyvm_seq_to_vec(it);
    if (!items)
        return false;
    for (int64_t i = 0; i < rt_vec_len(items); i++)
        if (!append(ar, rt_vec_get(items, i)))
            return false;
    return true;
}

static bool frombytes(array_t *ar, const char *d, int64_t len)
{
    if (len % ar->t->size) {
        rt_raise(RT_EXC_VALUE, "bytes length not a multiple of item size");
        return false;
    }
    int64_t k = len / ar->t->size;
    reserve(ar, ar->len + k);
    memcpy(item_ptr(ar, ar->len), d, (size_t)len);
    ar->len += k;
    return true;
}

static bool fromunicode(array_t *ar, rt_str_t *s)
{
    int64_t k = rt_str_cp_len(s);
    reserve(ar, ar->len + k);
    for (int64_t i = 0; i < k; i++)
        store(item_ptr(ar, ar->len + i), ar->t, (item_t){.u = rt_str_cp_at(s, i)});
    ar->len += k;
    return true;
}

/* ---- construction ---- */

static const tcode_t *tcode_of(rt_value_t v)
{
    rt_value_t u = pyvm_unwrap(v);
    if (!pyvm_is_str(u) || rt_str_cp_len(pyvm_str_of(u)) != 1) {
        rt_raise(RT_EXC_TYPE, "array() argument 1 must be a unicode character, not %s",
                 pyvm_type_name(v));
        return NULL;
    }
    for (size_t k = 0; k < sizeof tcodes / sizeof tcodes[0]; k++)
        if (pyvm_str_of(u)->data[0] == tcodes[k].code)
            return &tcodes[k];
    rt_raise(RT_EXC_VALUE, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    return NULL;
}

static rt_value_t array_ctor(pyvm_class_t *cls, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)cls;
    if (kw && rt_tuple_len(kw))
        return rt_raise(RT_EXC_TYPE, "array.array() takes no keyword arguments");
    if (!pyvm_check_nargs("array", n, 1, 2))
        return RT_NOVALUE;
    const tcode_t *t = tcode_of(a[0]);
    if (!t)
        return RT_NOVALUE;
    array_t *ar = array_new(t, 0);
    if (n < 2)
        return rt_from_ptr(ar);
    rt_value_t init = pyvm_unwrap(a[1]);
    const char *d;
    int64_t len;
    if (pyvm_is_str(init)) {
        if (t->kind != 'c')
            return rt_raise(RT_EXC_TYPE, "cannot use a str to initialize an array with typecode "
                                         "'%c'", t->code);
        return fromunicode(ar, pyvm_str_of(init)) ? rt_from_ptr(ar) : RT_NOVALUE;
    }
    if (is_array(init) && (ARR(init)->t->kind == 'c') != (t->kind == 'c'))
        return rt_raise(RT_EXC_TYPE, "cannot use a unicode array to initialize an array with "
                                     "typecode '%c'", t->code);
    if (!is_array(init) && pyvm_bytes_like(init, &d, &len)) {
        rt_value_t copy = rt_from_ptr(rt_bytes_new(d, (size_t)len));
        const rt_str_t *c = rt_ptr(copy);
        return frombytes(ar, c->data, c->len) ? rt_from_ptr(ar) : RT_NOVALUE;
    }
    if (is_array(init) && ARR(init)->t != t) {
        for (int64_t i = 0; i < ARR(init)->len; i++)
            if (!append(ar, load(item_ptr(ARR(init), i), ARR(init)->t)))
                return RT_NOVALUE;
        return rt_from_ptr(ar);
    }
    return extend(ar, a[1]) ? rt_from_ptr(ar) : RT_NOVALUE;
}

/* ---- methods ---- */

FN(m_append)
{
    (void)n, (void)kw;
    return append(ARR(self), a[0]) ? rt_none : RT_NOVALUE;
}

FN(m_extend)
{
    (void)n, (void)kw;
    return extend(ARR(self), a[0]) ? rt_none : RT_NOVALUE;
}

FN(m_insert)
{
    (void)n, (void)kw;
    array_t *ar = ARR(self);
    int64_t i;
    item_t x;
    if (!pyvm_index_fit(a[0], &i) || !convert(ar->t, a[1], &x))
        return RT_NOVALUE;
    if (i < 0)
        i = i + ar->len < 0 ? 0 : i + ar->len;
    if (i > ar->len)
        i = ar->len;
    reserve(ar, ar->len + 1);
    memmove(item_ptr(ar, i + 1), item_ptr(ar, i), (size_t)((ar->len - i) * ar->t->size));
    store(item_ptr(ar, i), ar->t, x);
    ar->len++;
    return rt_none;
}

static void delete_items(array_t *ar, int64_t i, int64_t k)
{
    memmove(item_ptr(ar, i), item_ptr(ar, i + k), (size_t)((ar->len - i - k) * ar->t->size));
    ar->len -= k;
}

FN(m_pop)
{
    (void)kw;
    array_t *ar = ARR(self);
    int64_t i = -1;
    if (n && !pyvm_index_fit(a[0], &i))
        return RT_NOVALUE;
    if (ar->len == 0)
        return rt_raise(RT_EXC_INDEX, "pop from empty array");
    if (i < 0)
        i += ar->len;
    if (i < 0 || i >= ar->len)
        return rt_raise(RT_EXC_INDEX, "pop index out of range");
    rt_value_t v = load(item_ptr(ar, i), ar->t);
    delete_items(ar, i, 1);
    return v;
}

/* The first index in [start, stop) whose item equals x, -1 when none, -2 on error. */
static int64_t find(array_t *ar, rt_value_t x, int64_t start, int64_t stop)
{
    for (int64_t i = start; i < stop && i < ar->len; i++) {
        int eq = pyvm_eq(load(item_ptr(ar, i), ar->t), x);
        if (eq)
            return eq < 0 ? -2 : i;
    }
    return -1;
}

FN(m_remove)
{
    (void)n, (void)kw;
    array_t *ar = ARR(self);
    int64_t i = find(ar, a[0], 0, ar->len);
    if (i == -1)
        return rt_raise(RT_EXC_VALUE, "array.remove(x): x not in array");
    if (i < 0)
        return RT_NOVALUE;
    delete_items(ar, i, 1);
    return rt_none;
}

static void clip(int64_t *i, int64_t len)
{
    if (*i < 0)
        *i = *i + len < 0 ? 0 : *i + len;
    if (*i > len)
        *i = len;
}

FN(m_index)
{
    (void)kw;
    array_t *ar = ARR(self);
    int64_t start = 0, stop = INT64_MAX;
    if ((n > 1 && !pyvm_index_fit(a[1], &start)) || (n > 2 && !pyvm_index_fit(a[2], &stop)))
        return RT_NOVALUE;
    clip(&start, ar->len);
    clip(&stop, ar->len);
    int64_t i = find(ar, a[0], start, stop);
    if (i == -1)
        return rt_raise(RT_EXC_VALUE, "array.index(x): x not in array");
    return i < 0 ? RT_NOVALUE : rt_small(i);
}

FN(m_count)
{
    (void)n, (void)kw;
    array_t *ar = ARR(self);
    int64_t c = 0;
    for (int64_t i = 0; i < ar->len; i++) {
        int eq = pyvm_eq(load(item_ptr(ar, i), ar->t), a[0]);
        if (eq < 0)
            return RT_NOVALUE;
        c += eq;
    }
    return rt_small(c);
}

FN(m_reverse)
{
    (void)a, (void)n, (void)kw;
    array_t *ar = ARR(self);
    char tmp[8];
    int sz = ar->t->size;
    for (int64_t i = 0, j = ar->len - 1; i < j; i++, j--) {
        memcpy(tmp, item_ptr(ar, i), (size_t)sz);
        memcpy(item_ptr(ar, i), item_ptr(ar, j), (size_t)sz);
        memcpy(item_ptr(ar, j), tmp, (size_t)sz);
    }
    return rt_none;
}

FN(m_byteswap)
{
    (void)a, (void)n, (void)kw;
    array_t *ar = ARR(self);
    int sz = ar->t->size;
    for (int64_t i = 0; i < ar->len; i++) {
        char *p = item_ptr(ar, i);
        for (int k = 0; k < sz / 2; k++) {
            char c = p[k];
            p[k] = p[sz - 1 - k];
            p[sz - 1 - k] = c;
        }
    }
    return rt_none;
}

FN(m_frombytes)
{
    (void)n, (void)kw;
    const char *d;
    int64_t len;
    if (!pyvm_bytes_like(a[0], &d, &len))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'",
                        pyvm_type_name(a[0]));
    rt_str_t *copy = rt_bytes_new(d, (size_t)len);
    return frombytes(ARR(self), copy->data, copy->len) ? rt_none : RT_NOVALUE;
}

FN(m_tobytes)
{
    (void)a, (void)n, (void)kw;
    array_t *ar = ARR(self);
    return rt_from_ptr(rt_bytes_new(ar->buf->data, (size_t)(ar->len * ar->t->size)));
}

FN(m_fromlist)
{
    (void)n, (void)kw;
    array_t *ar = ARR(self);
    if (!pyvm_is_list(pyvm_unwrap(a[0])))
        return rt_raise(RT_EXC_TYPE, "arg must be list");
    int64_t old = ar->len;
    if (!extend(ar, a[0])) {
        ar->len = old; /* all or nothing, as CPython */
        return RT_NOVALUE;
    }
    return rt_none;
}

FN(m_tolist)
{
    (void)a, (void)n, (void)kw;
    array_t *ar = ARR(self);
    rt_vec_t *l = pyvm_list_new(ar->len);
    for (int64_t i = 0; i < ar->len; i++)
        rt_vec_append(l, load(item_ptr(ar, i), ar->t));
    return rt_from_ptr(l);
}

FN(m_fromunicode)
{
    (void)n, (void)kw;
    array_t *ar = ARR(self);
    rt_value_t s = pyvm_unwrap(a[0]);
    if (!pyvm_is_str(s))
        return rt_raise(RT_EXC_TYPE, "fromunicode() argument must be str, not %s",
                        pyvm_type_name(a[0]));
    if (ar->t->kind != 'c')
        return rt_raise(RT_EXC_VALUE, "fromunicode() may only be called on unicode type arrays");
    return fromunicode(ar, pyvm_str_of(s)) ? rt_none : RT_NOVALUE;
}

FN(m_tounicode)
{
    (void)a, (void)n, (void)kw;
    array_t *ar = ARR(self);
    if (ar->t->kind != 'c')
        return rt_raise(RT_EXC_VALUE, "tounicode() may only be called on unicode type arrays");
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)ar->len);
    for (int64_t i = 0; i < ar->len; i++) {
        uint32_t cp;
        memcpy(&cp, item_ptr(ar, i), 4);
        if (cp > 0x10FFFF)
            return rt_raise(RT_EXC_VALUE, "character U+%x is not in range [U+0000; U+10ffff]",
                            cp);
        char enc[4];
        rt_strbuf_append(&b, enc, (size_t)rt_utf8_encode(cp, enc));
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

FN(m_buffer_info)
{
    (void)a, (void)n, (void)kw;
    array_t *ar = ARR(self);
    rt_value_t t[2] = {rt_int_from_u64((uint64_t)(uintptr_t)ar->buf->data), rt_small(ar->len)};
    return pyvm_tuple_from(t, 2);
}

static rt_value_t copy_of(array_t *ar, int64_t start, int64_t step, int64_t count)
{
    array_t *r = array_new(ar->t, count);
    for (int64_t k = 0; k < count; k++)
        memcpy(item_ptr(r, k), item_ptr(ar, start + k * step), (size_t)ar->t->size);
    r->len = count;
    return rt_from_ptr(r);
}

FN(m_copy)
{
    (void)a, (void)n, (void)kw;
    return copy_of(ARR(self), 0, 1, ARR(self)->len);
}

/* tofile(f): the bytes, written in blocks of 64 KiB as CPython. */
FN(m_tofile)
{
    (void)n, (void)kw;
    array_t *ar = ARR(self);
    rt_value_t write = pyvm_getattr(a[0], rt_str_intern_cstr("write"));
    int64_t total = ar->len * ar->t->size;
    for (int64_t off = 0; write && off < total; off += 65536) {
        int64_t len = total - off < 65536 ? total - off : 65536;
        if (!pyvm_call1(write, rt_from_ptr(rt_bytes_new(ar->buf->data + off, (size_t)len))))
            return RT_NOVALUE;
    }
    return write ? rt_none : RT_NOVALUE;
}

/* fromfile(f, n): n items read from f; EOFError (the whole items read kept) when fewer. */
FN(m_fromfile)
{
    (void)n, (void)kw;
    array_t *ar = ARR(self);
    int64_t count;
    if (!pyvm_index_fit(a[1], &count))
        return RT_NOVALUE;
    if (count < 0)
        return rt_raise(RT_EXC_VALUE, "negative count");
    if (count > INT64_MAX / ar->t->size)
        return rt_exc_set(pyvm_exc_new(pyvm_exc_MemoryError, NULL, 0));
    rt_value_t read = pyvm_getattr(a[0], rt_str_intern_cstr("read"));
    rt_value_t got = read ? pyvm_call1(read, rt_int_from_i64(count * ar->t->size)) : RT_NOVALUE;
    if (!got)
        return RT_NOVALUE;
    if (!rt_is_ptr(got) || rt_obj_type(rt_ptr(got)) != &rt_type_bytes)
        return rt_raise(RT_EXC_TYPE, "read() didn't return bytes");
    rt_str_t *b = rt_ptr(got);
    int64_t whole = b->len - b->len % ar->t->size;
    if (!frombytes(ar, b->data, whole))
        return RT_NOVALUE;
    if (b->len != count * ar->t->size)
        return pyvm_raise_cls(pyvm_exc_EOFError, "read() didn't return enough bytes");
    return rt_none;
}

/* The machine format code of each typecode on this (little-endian LP64) machine, for
** _array_reconstructor. */
static int native_mformat(char code)
{
    static const char codes[] = "bBuhHiIlLqQfd";
    static const int8_t formats[] = {1, 0, 20, 4, 2, 8, 6, 12, 10, 12, 10, 14, 16};
    return formats[strchr(codes, code) - codes];
}


/* __reduce_ex__(protocol): (cls, (typecode, list), __dict__) before protocol 3, then
** (_array_reconstructor, (cls, typecode, machine format, bytes), __dict__), as CPython. Gets
** the instance itself (a subclass instance's class and __dict__ go into the pickle). */
FN(m_reduce)
{
    (void)n, (void)kw;
    array_t *ar = ARR(pyvm_unwrap(self));
    int64_t protocol;
    if (!pyvm_index_i64(a[0], &protocol))
        return RT_NOVALUE;
    char code[2] = {ar->t->code, 0};
    /* a subclass instance's attributes, as a plain dict */
    bool inst = rt_is_ptr(self) && rt_obj_type(rt_ptr(self)) == &pyvm_type_instance;
    rt_value_t dict = inst ? rt_from_ptr(pyvm_instance_dict_copy(rt_ptr(self))) : RT_NOVALUE;
    rt_value_t cls = rt_from_ptr(pyvm_type_of(self)), args, t[3];
    if (protocol < 3) {
        rt_value_t v[2] = {pyvm_str_cstr(code), m_tolist(rt_from_ptr(ar), NULL, 0, NULL)};
        args = pyvm_tuple_from(v, 2);
        t[0] = cls;
    } else {
        rt_value_t v[4] = {cls, pyvm_str_cstr(code), rt_small(native_mformat(ar->t->code)),
                           m_tobytes(rt_from_ptr(ar), NULL, 0, NULL)};
        args = pyvm_tuple_from(v, 4);
        /* the module's own function: pickle saves it by name, tests compare identity */
        rt_value_t mod = pyvm_import(rt_str_intern_cstr("array"));
        t[0] = mod ? pyvm_getattr(mod, rt_str_intern_cstr("_array_reconstructor")) : RT_NOVALUE;
        if (!t[0])
            return RT_NOVALUE;
    }
    t[1] = args;
    t[2] = dict && pyvm_len(dict) > 0 ? dict : rt_none;
    return pyvm_tuple_from(t, 3);
}

FN(g_typecode)
{
    (void)self, (void)n, (void)kw;
    char code[2] = {ARR(pyvm_unwrap(a[0]))->t->code, 0};
    return pyvm_str_cstr(code);
}

FN(g_itemsize)
{
    (void)self, (void)n, (void)kw;
    return rt_small(ARR(pyvm_unwrap(a[0]))->t->size);
}

static const pyvm_cfunc_def_t array_getters[] = {
    {"typecode", g_typecode, 1, 1, 0, 0},
    {"itemsize", g_itemsize, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

enum { M = PYVM_CFUNC_METHOD };

static const pyvm_cfunc_def_t array_methods[] = {
    {"append", m_append, 1, 1, M, 0},
    {"extend", m_extend, 1, 1, M, 0},
    {"insert", m_insert, 2, 2, M, 0},
    {"pop", m_pop, 0, 1, M, 0},
    {"remove", m_remove, 1, 1, M, 0},
    {"index", m_index, 1, 3, M, 0},
    {"count", m_count, 1, 1, M, 0},
    {"reverse", m_reverse, 0, 0, M, 0},
    {"byteswap", m_byteswap, 0, 0, M, 0},
    {"frombytes", m_frombytes, 1, 1, M, 0},
    {"tobytes", m_tobytes, 0, 0, M, 0},
    {"fromlist", m_fromlist, 1, 1, M, 0},
    {"tolist", m_tolist, 0, 0, M, 0},
    {"fromunicode", m_fromunicode, 1, 1, M, 0},
    {"tounicode", m_tounicode, 0, 0, M, 0},
    {"buffer_info", m_buffer_info, 0, 0, M, 0},
    {"__copy__", m_copy, 0, 0, M, 0},
    {"__deepcopy__", m_copy, 1, 1, M, 0},
    {"tofile", m_tofile, 1, 1, M, 0},
    {"fromfile", m_fromfile, 2, 2, M, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* ---- slots ---- */

/* repr(a), named after a's class (a subclass instance's too: __repr__ gets it raw). */
static rt_value_t array_repr(rt_value_t self)
{
    array_t *ar = ARR(pyvm_unwrap(self));
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_appendf(&b, "%s('%c'", pyvm_type_of(self)->name->data, ar->t->code);
    if (ar->len) {
        rt_value_t inner = ar->t->kind == 'c' ? m_tounicode(rt_from_ptr(ar), NULL, 0, NULL)
                                              : m_tolist(rt_from_ptr(ar), NULL, 0, NULL);
        rt_value_t r = inner ? pyvm_repr(inner) : RT_NOVALUE;
        if (!r)
            return RT_NOVALUE;
        rt_strbuf_append(&b, ", ", 2);
        rt_strbuf_append_str(&b, pyvm_str_of(r));
    }
    rt_strbuf_append_char(&b, ')');
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

FN(m_repr)
{
    (void)a, (void)n, (void)kw;
    return array_repr(self);
}

static rt_value_t array_binop(int op, rt_value_t x, rt_value_t y);

/* The operator methods a[...].__iadd__ and friends, on the instance itself (in-place ones
** return it). */
static rt_value_t op_method(int op, rt_value_t self, rt_value_t other)
{
    rt_value_t r = array_binop(op, self, other);
    /* a count that is no int fails as its conversion does, as CPython's sq_repeat */
    if (r == pyvm_notimpl && (op & ~PYVM_OP_INPLACE) == PYVM_AST_Mult)
        return pyvm_index(other);
    return r;
}

FN(m_iadd)
{
    (void)n, (void)kw;
    return op_method(PYVM_AST_Add | PYVM_OP_INPLACE, self, a[0]);
}

FN(m_imul)
{
    (void)n, (void)kw;
    return op_method(PYVM_AST_Mult | PYVM_OP_INPLACE, self, a[0]);
}

FN(m_mul)
{
    (void)n, (void)kw;
    return op_method(PYVM_AST_Mult, self, a[0]);
}

static const pyvm_cfunc_def_t array_raw_methods[] = {
    {"__repr__", m_repr, 0, 0, M | PYVM_CFUNC_RAW_SELF, 0},
    {"__reduce_ex__", m_reduce, 1, 1, M | PYVM_CFUNC_RAW_SELF, 0},
    {"__iadd__", m_iadd, 1, 1, M | PYVM_CFUNC_RAW_SELF, 0},
    {"__imul__", m_imul, 1, 1, M | PYVM_CFUNC_RAW_SELF, 0},
    {"__mul__", m_mul, 1, 1, M | PYVM_CFUNC_RAW_SELF, 0},
    {"__rmul__", m_mul, 1, 1, M | PYVM_CFUNC_RAW_SELF, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static int64_t array_len(rt_value_t self) { return ARR(self)->len; }

static rt_value_t array_getitem(rt_value_t self, rt_value_t key)
{
    array_t *ar = ARR(self);
    if (rt_is_ptr(key) && rt_obj_type(rt_ptr(key)) == &pyvm_type_slice) {
        int64_t start, stop, step, count;
        if (!pyvm_slice_indices(rt_ptr(key), ar->len, &start, &stop, &step, &count))
            return RT_NOVALUE;
        return copy_of(ar, start, step, count);
    }
    int64_t i;
    if (!pyvm_seq_index(key, ar->len, &i, "array index"))
        return RT_NOVALUE;
    return load(item_ptr(ar, i), ar->t);
}

/* a[slice] = array of the same typecode (v 0: del a[slice]). */
static bool set_slice(array_t *ar, pyvm_slice_t *sl, rt_value_t v)
{
    int64_t start, stop, step, count;
    if (!pyvm_slice_indices(sl, ar->len, &start, &stop, &step, &count))
        return false;
    array_t *src = NULL;
    if (v) {
        rt_value_t u = pyvm_unwrap(v);
        if (!is_array(u)) {
            rt_raise(RT_EXC_TYPE, "can only assign array (not \"%s\") to array slice",
                     pyvm_type_name(v));
            return false;
        }
        src = ARR(copy_of(ARR(u), 0, 1, ARR(u)->len)); /* a[:] = a works */
        if (src->t != ar->t) {
            rt_raise(RT_EXC_TYPE, "bad argument type for built-in operation");
            return false;
        }
    }
    int64_t nsrc = src ? src->len : 0, sz = ar->t->size;
    if (step == 1) {
        reserve(ar, ar->len - count + nsrc);
        memmove(item_ptr(ar, start + nsrc), item_ptr(ar, start + count),
                (size_t)((ar->len - start - count) * sz));
        if (nsrc)
            memcpy(item_ptr(ar, start), src->buf->data, (size_t)(nsrc * sz));
        ar->len += nsrc - count;
        return true;
    }
    if (src && nsrc != count) {
        rt_raise(RT_EXC_VALUE, "attempt to assign array of size %lld to extended slice of size "
                               "%lld", (long long)nsrc, (long long)count);
        return false;
    }
    if (src) {
        for (int64_t k = 0; k < count; k++)
            memcpy(item_ptr(ar, start + k * step), item_ptr(src, k), (size_t)sz);
        return true;
    }
    /* deleting an extended slice: keep the items not on it, in order */
    if (step < 0) {
        start += step * (count - 1);
        step = -step;
    }
    int64_t w = 0;
    for (int64_t i = 0; i < ar->len; i++)
        if (i < start || (i - start) % step || (i - start) / step >= count)
            memmove(item_ptr(ar, w++), item_ptr(ar, i), (size_t)sz);
    ar->len = w;
    return true;
}

static bool array_setitem(rt_value_t self, rt_value_t key, rt_value_t v)
{
    array_t *ar = ARR(self);
    if (rt_is_ptr(key) && rt_obj_type(rt_ptr(key)) == &pyvm_type_slice)
        return set_slice(ar, rt_ptr(key), v);
    int64_t i;
    item_t x;
    if (!pyvm_seq_index(key, ar->len, &i, "array assignment index"))
        return false;
    if (!v) {
        delete_items(ar, i, 1);
        return true;
    }
    if (!convert(ar->t, v, &x))
        return false;
    store(item_ptr(ar, i), ar->t, x);
    return true;
}

static int array_contains(rt_value_t self, rt_value_t x)
{
    int64_t i = find(ARR(self), x, 0, ARR(self)->len);
    return i == -2 ? -1 : i >= 0;
}

static rt_value_t array_iter(rt_value_t self) { return pyvm_seqiter_new(self); }

static bool array_hash(rt_value_t self, int64_t *out)
{
    (void)self, (void)out;
    rt_raise(RT_EXC_TYPE, "unhashable type: 'array.array'");
    return false;
}

/* Item-by-item comparison, as CPython's array_richcompare (any two typecodes). */
static rt_value_t array_richcmp(rt_value_t x, rt_value_t y, int op)
{
    rt_value_t ux = pyvm_unwrap(x), uy = pyvm_unwrap(y);
    if (!is_array(ux) || !is_array(uy))
        return pyvm_notimpl;
    array_t *a = ARR(ux), *b = ARR(uy);
    if (a->len != b->len && (op == PYVM_EQ || op == PYVM_NE))
        return rt_bool(op == PYVM_NE);
    int64_t i = 0;
    for (; i < a->len && i < b->len; i++) {
        int eq = pyvm_eq(load(item_ptr(a, i), a->t), load(item_ptr(b, i), b->t));
        if (eq < 0)
            return RT_NOVALUE;
        if (!eq)
            break;
    }
    if (i >= a->len || i >= b->len) {
        int64_t d = a->len - b->len;
        bool r = op == PYVM_LT ? d < 0 : op == PYVM_LE ? d <= 0 : op == PYVM_EQ ? d == 0
               : op == PYVM_NE ? d != 0 : op == PYVM_GT ? d > 0 : d >= 0;
        return rt_bool(r);
    }
    if (op == PYVM_EQ || op == PYVM_NE)
        return rt_bool(op == PYVM_NE);
    return pyvm_richcmp(load(item_ptr(a, i), a->t), load(item_ptr(b, i), b->t), op);
}

/* a + b, a * n, and their in-place forms (which change a). */
static rt_value_t array_binop(int op, rt_value_t x, rt_value_t y)
{
    bool inplace = op & PYVM_OP_INPLACE;
    int base = op & ~PYVM_OP_INPLACE;
    rt_value_t ux = pyvm_unwrap(x), uy = pyvm_unwrap(y);
    if (base == PYVM_AST_Add && is_array(ux)) {
        if (!is_array(uy))
            return rt_raise(RT_EXC_TYPE, "can only %s array (not \"%s\") to array",
                            inplace ? "extend" : "append", pyvm_type_name(y));
        if (ARR(uy)->t != ARR(ux)->t)
            return rt_raise(RT_EXC_TYPE, "bad argument type for built-in operation");
        rt_value_t r = inplace ? x : copy_of(ARR(ux), 0, 1, ARR(ux)->len);
        return extend(ARR(pyvm_unwrap(r)), uy) ? r : RT_NOVALUE;
    }
    if (base == PYVM_AST_Mult && (is_array(ux) || is_array(uy))) {
        rt_value_t arr = is_array(ux) ? x : y, count = is_array(ux) ? y : x;
        int64_t k;
        if (!pyvm_has_index(count))
            return pyvm_notimpl;
        if (!pyvm_index_fit(count, &k))
            return RT_NOVALUE;
        array_t *src = ARR(pyvm_unwrap(arr));
        int64_t len = src->len, sz = src->t->size;
        if (k < 0)
            k = 0;
        if (len && k > INT64_MAX / len / sz)
            return rt_exc_set(pyvm_exc_new(pyvm_exc_MemoryError, NULL, 0));
        array_t *r = inplace ? src : ARR(copy_of(src, 0, 1, len));
        reserve(r, len * k);
        for (int64_t j = 1; j < k; j++)
            memcpy(item_ptr(r, j * len), r->buf->data, (size_t)(len * sz));
        r->len = len * k;
        return inplace ? arr : rt_from_ptr(r);
    }
    return pyvm_notimpl;
}

/* ---- _array_reconstructor (pickles made by CPython with protocol 3 and up) ---- */

/* CPython's machine format codes 0-21: item size, kind ('u' unsigned, 's' signed, 'f' IEEE
** float, 'c' UTF-16 / UTF-32 text), big-endian. */
static const struct mformat {
    int8_t size;
    char kind;
    bool big;
} mformats[] = {
    {1, 'u', false}, {1, 's', false}, {2, 'u', false}, {2, 'u', true}, {2, 's', false},
    {2, 's', true}, {4, 'u', false}, {4, 'u', true}, {4, 's', false}, {4, 's', true},
    {8, 'u', false}, {8, 'u', true}, {8, 's', false}, {8, 's', true}, {4, 'f', false},
    {4, 'f', true}, {8, 'f', false}, {8, 'f', true}, {2, 'c', false}, {2, 'c', true},
    {4, 'c', false}, {4, 'c', true},
};

/* The item at p in machine format f, as a Python value (UTF-16 units as code units). */
static rt_value_t mformat_item(const struct mformat *f, const unsigned char *p)
{
    uint64_t u = 0;
    for (int k = 0; k < f->size; k++)
        u |= (uint64_t)p[f->big ? k : f->size - 1 - k] << (8 * (f->size - 1 - k));
    if (f->kind == 'f') {
        if (f->size == 4) {
            uint32_t w = (uint32_t)u;
            float x;
            memcpy(&x, &w, 4);
            return rt_float_new(x);
        }
        double x;
        memcpy(&x, &u, 8);
        return rt_float_new(x);
    }
    if (f->kind == 's' && f->size < 8 && (u >> (f->size * 8 - 1)))
        return rt_int_from_i64((int64_t)u - ((int64_t)1 << (f->size * 8)));
    return f->kind == 's' ? rt_int_from_i64((int64_t)u) : rt_int_from_u64(u);
}

FN(m_reconstructor)
{
    (void)self, (void)n, (void)kw;
    if (!rt_is_ptr(a[0]) || rt_obj_type(rt_ptr(a[0])) != &pyvm_type_class)
        return rt_raise(RT_EXC_TYPE, "first argument must be a type object, not %s",
                        pyvm_type_name(a[0]));
    pyvm_class_t *cls = rt_ptr(a[0]);
    if (!pyvm_type_is_subclass(cls, array_cls))
        return rt_raise(RT_EXC_TYPE, "%s is not a subtype of array.array", cls->name->data);
    rt_value_t code = pyvm_unwrap(a[1]);
    if (!pyvm_is_str(code) || pyvm_str_of(code)->len != 1 ||
        !strchr("bBuhHiIlLqQfd", pyvm_str_of(code)->data[0]))
        return rt_raise(RT_EXC_VALUE, "second argument must be a valid type code");
    int64_t mf;
    if (!pyvm_index_i64(a[2], &mf))
        return RT_NOVALUE;
    if (mf < 0 || mf >= (int64_t)(sizeof mformats / sizeof mformats[0]))
        return rt_raise(RT_EXC_VALUE, "third argument must be a valid machine format code.");
    rt_value_t data = pyvm_unwrap(a[3]);
    if (!rt_is_ptr(data) || rt_obj_type(rt_ptr(data)) != &rt_type_bytes)
        return rt_raise(RT_EXC_TYPE, "fourth argument should be bytes, not %s",
                        pyvm_type_name(a[3]));
    const struct mformat *f = &mformats[mf];
    rt_str_t *b = rt_ptr(data);
    if (b->len % f->size)
        return rt_raise(RT_EXC_VALUE, "string length not a multiple of item size");
    rt_value_t items;
    if (f->kind == 'c') {
        const char *enc = f->size == 2 ? (f->big ? "utf-16-be" : "utf-16-le")
                                       : (f->big ? "utf-32-be" : "utf-32-le");
        rt_value_t decode = pyvm_getattr(data, rt_str_intern_cstr("decode"));
        items = decode ? pyvm_call1(decode, pyvm_str_cstr(enc)) : RT_NOVALUE;
    } else {
        rt_vec_t *l = pyvm_list_new(b->len / f->size);
        for (int64_t off = 0; off < b->len; off += f->size)
            rt_vec_append(l, mformat_item(f, (const unsigned char *)b->data + off));
        items = rt_from_ptr(l);
    }
    rt_value_t args[2] = {code, items};
    return items ? pyvm_call(a[0], args, 2, NULL) : RT_NOVALUE;
}

static const pyvm_cfunc_def_t array_functions[] = {
    {"_array_reconstructor", m_reconstructor, 4, 4, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static void array_buffer(rt_value_t v, char **data, int64_t *len)
{
    *data = ARR(v)->buf->data;
    *len = ARR(v)->len * ARR(v)->t->size;
}

static const rt_pyslots_t array_slots = {
    .cls = &array_cls,
    .repr = array_repr,
    .len = array_len,
    .getitem = array_getitem,
    .setitem = array_setitem,
    .contains = array_contains,
    .iter = array_iter,
    .hash = array_hash,
    .richcmp = array_richcmp,
    .binop = array_binop,
};

rt_map_t *pyvm_mod_array_dict(void)
{
    if (!array_cls) {
        gc_root_add(&array_cls, 1);
        array_type.py = &array_slots;
        array_cls = pyvm_type_new_builtin("array", &array_type, pyvm_cls_object);
        array_cls->flags |= PYVM_CLASS_SEQUENCE; /* a sequence to match statements */
        array_cls->ctor = array_ctor;
        pyvm_cfunc_install(array_cls, array_methods);
        pyvm_mod_properties(array_cls, array_getters);
        pyvm_type_setattr(array_cls, pyvm_name(module), pyvm_str_cstr("array"));
        pyvm_wrap_install(array_cls, false);
        pyvm_cfunc_install(array_cls, array_raw_methods);
        pyvm_buffer_register(&array_type, array_buffer);
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, array_functions);
    pyvm_mod_put(d, "array", rt_from_ptr(array_cls));
    pyvm_mod_put(d, "ArrayType", rt_from_ptr(array_cls));
    pyvm_mod_put(d, "typecodes", pyvm_str_cstr("bBuhHiIlLqQfd"));
    /* array is a MutableSequence, as CPython's module registers it */
    rt_value_t abc = pyvm_import(rt_str_intern_cstr("collections.abc"));
    rt_value_t seq = abc ? pyvm_getattr(abc, rt_str_intern_cstr("MutableSequence")) : RT_NOVALUE;
    rt_value_t reg = seq ? pyvm_getattr(seq, rt_str_intern_cstr("register")) : RT_NOVALUE;
    if (!reg || !pyvm_call1(reg, rt_from_ptr(array_cls)))
        return NULL;
    return d;
}

/*
** obj_bytearray.c: bytearray (object.h), the mutable bytes, and memoryview over bytes and
** bytearrays (one-dimensional, format 'B': a window [start, start + len) on its object). Its bytes live in a private bytes
** object used as a growable buffer (capacity buf->len, length len), never shown to Python code.
** Item and slice access, mutation (append, extend, insert, pop, remove, clear, reverse, slice
** assignment, +=), comparison with bytes and bytearrays, concatenation; find, rfind, index,
** rindex, count and translate for bytes and bytearray alike. The other read-only methods of
** bytes (decode, find, split, startswith...) run on a bytes copy; the bytes they return come back
** as bytearrays, as CPython's bytearray methods return.
*/
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>

#include "pyvm/code.h"

typedef struct bytearray {
    rt_obj_t hdr;
    rt_str_t *buf; /* private; capacity buf->len */
    int64_t len;
} bytearray_t;

static void bytearray_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((bytearray_t *)obj)->buf);
}

rt_type_t pyvm_type_bytearray = RT_TYPE_INIT("bytearray", bytearray_trace, NULL, 0);
pyvm_class_t *pyvm_cls_bytearray;

#define BA(v) ((bytearray_t *)rt_ptr(v))

/* A memoryview: a window [start, start + len) on a bytes or bytearray object. */
typedef struct memview {
    rt_obj_t hdr;
    rt_value_t obj;
    int64_t start, len;
    bool released;
    char format; /* 'B' unless cast(): one of b B h H i I l L q Q */
} memview_t;

#define MV(v) ((memview_t *)rt_ptr(v))

static rt_type_t memview_type;

static bool is_bytearray(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_bytearray;
}

/* The buffer types of native modules (pyvm_buffer_register). */
enum { MAX_BUFFER_TYPES = 4 };
static struct {
    const rt_type_t *type;
    pyvm_buffer_fn_t fn;
} buffer_types[MAX_BUFFER_TYPES];

void pyvm_buffer_register(const rt_type_t *t, pyvm_buffer_fn_t fn)
{
    for (int i = 0; i < MAX_BUFFER_TYPES; i++)
        if (!buffer_types[i].type || buffer_types[i].type == t) {
            buffer_types[i].type = t;
            buffer_types[i].fn = fn;
            return;
        }
    abort();
}

/* The bytes of a value of a registered buffer type; false for any other value. */
static bool registered_buffer(rt_value_t v, char **data, int64_t *len)
{
    for (int i = 0; rt_is_ptr(v) && i < MAX_BUFFER_TYPES && buffer_types[i].type; i++)
        if (rt_value_type(v) == buffer_types[i].type) {
            buffer_types[i].fn(v, data, len);
            return true;
        }
    return false;
}

bool pyvm_buffer_writable(rt_value_t v, char **data, int64_t *len)
{
    v = pyvm_unwrap(v);
    if (is_bytearray(v)) {
        *data = BA(v)->buf->data;
        *len = BA(v)->len;
        return true;
    }
    if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &memview_type && !MV(v)->released &&
        pyvm_buffer_writable(MV(v)->obj, data, len)) {
        int64_t end = MV(v)->start + MV(v)->len < *len ? MV(v)->start + MV(v)->len : *len;
        *data += MV(v)->start;
        *len = end > MV(v)->start ? end - MV(v)->start : 0;
        return true;
    }
    return registered_buffer(v, data, len);
}

bool pyvm_bytes_like(rt_value_t v, const char **data, int64_t *len)
{
    v = pyvm_unwrap(v);
    if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_bytes) {
        *data = ((rt_str_t *)rt_ptr(v))->data;
        *len = ((rt_str_t *)rt_ptr(v))->len;
        return true;
    }
    if (is_bytearray(v)) {
        *data = BA(v)->buf->data;
        *len = BA(v)->len;
        return true;
    }
    if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &memview_type && !MV(v)->released &&
        pyvm_bytes_like(MV(v)->obj, data, len)) {
        int64_t end = MV(v)->start + MV(v)->len < *len ? MV(v)->start + MV(v)->len : *len;
        *data += MV(v)->start;
        *len = end > MV(v)->start ? end - MV(v)->start : 0;
        return true;
    }
    return registered_buffer(v, (char **)data, len);
}


/* Makes room for n bytes in total. May collect. */
static void reserve(bytearray_t *b, int64_t n)
{
    if (n <= b->buf->len)
        return;
    int64_t cap = b->buf->len * 2 > n ? b->buf->len * 2 : n;
    rt_str_t *nb = rt_str_alloc(&rt_type_bytes, (size_t)cap);
    memcpy(nb->data, b->buf->data, (size_t)b->len);
    RT_STORE(b, buf, nb);
}

rt_value_t pyvm_bytearray_new(const char *data, int64_t len)
{
    bytearray_t *b = rt_alloc(&pyvm_type_bytearray, sizeof *b);
    rt_str_t *buf = rt_str_alloc(&rt_type_bytes, (size_t)(len > 8 ? len : 8));
    memcpy(buf->data, data, (size_t)len);
    RT_STORE(b, buf, buf);
    b->len = len;
    return rt_from_ptr(b);
}

/* Replaces bytes [start, stop) of b by n bytes from src (which may point into b). */
static void splice(bytearray_t *b, int64_t start, int64_t stop, const char *src, int64_t n)
{
    rt_str_t *copy = rt_bytes_new(src, (size_t)n); /* src may move when the buffer grows */
    int64_t newlen = b->len - (stop - start) + n;
    reserve(b, newlen);
    memmove(b->buf->data + start + n, b->buf->data + stop, (size_t)(b->len - stop));
    memcpy(b->buf->data + start, copy->data, (size_t)n);
    b->len = newlen;
}

/* The bytes of any bytes-like value or iterable of ints in range(256), as a fresh bytes object. */
static rt_str_t *bytes_of(rt_value_t v)
{
    const char *d;
    int64_t n;
    if (pyvm_bytes_like(v, &d, &n))
        return rt_bytes_new(d, (size_t)n);
    if (pyvm_is_str(v)) {
        rt_raise(RT_EXC_TYPE, "can't extend bytearray with str");
        return NULL;
    }
    rt_value_t r = pyvm_call1(rt_from_ptr(pyvm_cls_bytes), v);
    return r ? rt_ptr(r) : NULL;
}

/* v as one byte; out of range: ValueError(msg). */
static bool byte_value_msg(rt_value_t v, char *out, const char *msg)
{
    int64_t x;
    if (!pyvm_index_i64(v, &x))
        return false;
    if (x < 0 || x > 255) {
        rt_raise(RT_EXC_VALUE, "%s", msg);
        return false;
    }
    *out = (char)x;
    return true;
}

static bool byte_value(rt_value_t v, char *out)
{
    return byte_value_msg(v, out, "byte must be in range(0, 256)");
}

static rt_value_t ba_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                          rt_tuple_t *kw)
{
    (void)cls;
    if (nargs == 0)
        return pyvm_bytearray_new("", 0);
    rt_value_t b = pyvm_call(rt_from_ptr(pyvm_cls_bytes), args, nargs, kw);
    if (!b)
        return RT_NOVALUE;
    return pyvm_bytearray_new(pyvm_str_of(b)->data, pyvm_str_of(b)->len);
}

/* __init__(source=b'', encoding, errors): refills the bytearray (a subclass instance's value
** starts empty, as CPython's bytearray.__new__ makes it). */
static rt_value_t ba_init(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    rt_value_t fresh = ba_ctor(pyvm_cls_bytearray, a, n, kw);
    if (!fresh)
        return RT_NOVALUE;
    RT_STORE(BA(self), buf, BA(fresh)->buf);
    BA(self)->len = BA(fresh)->len;
    return rt_none;
}

static rt_value_t ba_repr(rt_value_t self)
{
    rt_value_t r = pyvm_repr(rt_from_ptr(rt_bytes_new(BA(self)->buf->data, (size_t)BA(self)->len)));
    if (!r)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 16);
    rt_strbuf_appendf(&b, "bytearray(%s)", pyvm_str_of(r)->data);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static int64_t ba_len(rt_value_t self) { return BA(self)->len; }

static rt_value_t ba_getitem(rt_value_t self, rt_value_t k)
{
    bytearray_t *b = BA(self);
    if (rt_is_ptr(k) && rt_obj_type(rt_ptr(k)) == &pyvm_type_slice) {
        int64_t start, stop, step, count;
        if (!pyvm_slice_indices(rt_ptr(k), b->len, &start, &stop, &step, &count))
            return RT_NOVALUE;
        rt_str_t *out = rt_str_alloc(&rt_type_bytes, (size_t)count);
        for (int64_t i = 0; i < count; i++)
            out->data[i] = b->buf->data[start + i * step];
        return pyvm_bytearray_new(out->data, count);
    }
    int64_t i;
    if (!pyvm_seq_index(k, b->len, &i, "bytearray index"))
        return RT_NOVALUE;
    return rt_small((unsigned char)b->buf->data[i]);
}

static bool ba_setitem(rt_value_t self, rt_value_t k, rt_value_t v)
{
    bytearray_t *b = BA(self);
    if (rt_is_ptr(k) && rt_obj_type(rt_ptr(k)) == &pyvm_type_slice) {
        int64_t start, stop, step, count;
        if (!pyvm_slice_indices(rt_ptr(k), b->len, &start, &stop, &step, &count))
            return false;
        if (v && pyvm_is_intlike(pyvm_unwrap(v))) { /* bytes(n) would make n zeros: refused */
            rt_raise(RT_EXC_TYPE, "can assign only bytes, buffers, or iterables of ints in "
                                  "range(0, 256)");
            return false;
        }
        rt_str_t *src = v ? bytes_of(v) : rt_bytes_new("", 0);
        if (!src)
            return false;
        if (step == 1) {
            splice(b, start, stop < start ? start : stop, src->data, src->len);
            return true;
        }
        if (!v) { /* extended-slice deletion: keep the bytes not selected */
            rt_str_t *keep = rt_str_alloc(&rt_type_bytes, (size_t)b->len);
            int64_t n = 0;
            for (int64_t i = 0; i < b->len; i++) {
                int64_t off = step > 0 ? i - start : start - i;
                bool hit = off >= 0 && off % (step > 0 ? step : -step) == 0 &&
                           off / (step > 0 ? step : -step) < count;
                if (!hit)
                    keep->data[n++] = b->buf->data[i];
            }
            splice(b, 0, b->len, keep->data, n);
            return true;
        }
        if (src->len != count) {
            rt_raise(RT_EXC_VALUE,
                     "attempt to assign bytes of size %lld to extended slice of size %lld",
                     (long long)src->len, (long long)count);
            return false;
        }
        for (int64_t i = 0; i < count; i++)
            b->buf->data[start + i * step] = src->data[i];
        return true;
    }
    int64_t i;
    if (!pyvm_seq_index(k, b->len, &i, "bytearray index"))
        return false;
    if (!v) {
        splice(b, i, i + 1, "", 0);
        return true;
    }
    return byte_value(v, &b->buf->data[i]);
}

static int ba_contains(rt_value_t self, rt_value_t x)
{
    bytearray_t *b = BA(self);
    if (pyvm_is_intlike(x)) {
        char c;
        if (!byte_value(x, &c))
            return -1;
        return memchr(b->buf->data, c, (size_t)b->len) != NULL;
    }
    const char *d;
    int64_t n;
    if (!pyvm_bytes_like(x, &d, &n)) {
        rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'", pyvm_type_name(x));
        return -1;
    }
    return n == 0 || memmem(b->buf->data, (size_t)b->len, d, (size_t)n) != NULL;
}

static rt_value_t ba_iter(rt_value_t self)
{
    rt_value_t it = pyvm_seqiter_new(rt_from_ptr(rt_bytes_new(BA(self)->buf->data,
                                                              (size_t)BA(self)->len)));
    ((pyvm_seqiter_t *)rt_ptr(it))->cls = pyvm_cls_bytearray_iterator;
    return it;
}

static rt_value_t ba_richcmp(rt_value_t a, rt_value_t b, int op)
{
    const char *x, *y;
    int64_t nx, ny;
    if (!pyvm_bytes_like(a, &x, &nx) || !pyvm_bytes_like(b, &y, &ny))
        return pyvm_notimpl;
    int c = memcmp(x, y, (size_t)(nx < ny ? nx : ny));
    if (c == 0)
        c = (nx > ny) - (nx < ny);
    static const int want[6][3] = {{1, 0, 0}, {1, 1, 0}, {0, 1, 0},
                                   {1, 0, 1}, {0, 0, 1}, {0, 1, 1}}; /* <, ==, > */
    return rt_bool(want[op][c < 0 ? 0 : c == 0 ? 1 : 2]);
}

static rt_value_t ba_binop(int op, rt_value_t a, rt_value_t b)
{
    int base = op & 15;
    const char *x, *y;
    int64_t nx, ny;
    if (base == PYVM_AST_Add && pyvm_bytes_like(a, &x, &nx) && pyvm_bytes_like(b, &y, &ny)) {
        if ((op & PYVM_OP_INPLACE) && is_bytearray(a)) {
            splice(BA(a), nx, nx, y, ny);
            return a;
        }
        rt_value_t r = pyvm_bytearray_new(x, nx);
        splice(BA(r), nx, nx, y, ny);
        return r;
    }
    if (base == PYVM_AST_Mult && is_bytearray(a) && pyvm_is_intlike(b)) {
        int64_t n;
        if (!pyvm_index_i64(b, &n))
            return RT_NOVALUE;
        rt_value_t r = pyvm_bytearray_new("", 0);
        rt_str_t *src = rt_bytes_new(BA(a)->buf->data, (size_t)BA(a)->len);
        for (int64_t i = 0; i < n; i++)
            splice(BA(r), BA(r)->len, BA(r)->len, src->data, src->len);
        if (!(op & PYVM_OP_INPLACE))
            return r;
        splice(BA(a), 0, BA(a)->len, BA(r)->buf->data, BA(r)->len); /* *= keeps the object */
        return a;
    }
    if (base == PYVM_AST_Mod && is_bytearray(a)) { /* formatted as bytes, a new bytearray */
        rt_value_t r = pyvm_str_mod(rt_bytes_new(BA(a)->buf->data, (size_t)BA(a)->len), b);
        return r ? pyvm_bytearray_new(pyvm_str_of(r)->data, pyvm_str_of(r)->len) : r;
    }
    return pyvm_notimpl;
}

static bool ba_hash(rt_value_t self, int64_t *out)
{
    (void)self, (void)out;
    rt_raise(RT_EXC_TYPE, "unhashable type: 'bytearray'");
    return false;
}

static int ba_truth(rt_value_t self) { return BA(self)->len != 0; }

/* bytes methods on a copy; bytes results (and lists of them) come back as bytearrays. */
static rt_value_t as_bytearray(rt_value_t r)
{
    if (r && rt_is_ptr(r) && rt_obj_type(rt_ptr(r)) == &rt_type_bytes)
        return pyvm_bytearray_new(pyvm_str_of(r)->data, pyvm_str_of(r)->len);
    if (r && pyvm_is_list(r)) {
        rt_vec_t *v = rt_ptr(r);
        for (int64_t i = 0; i < rt_vec_len(v); i++)
            rt_vec_set(v, i, as_bytearray(rt_vec_get(v, i)));
    }
    return r;
}

/* A bytes method bound to a copy of a bytearray, converting what it returns. */
typedef struct via_bytes {
    rt_obj_t hdr;
    rt_value_t method;
} via_bytes_t;

static void via_bytes_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit(tracer, ((via_bytes_t *)obj)->method);
}

static rt_type_t via_bytes_type = RT_TYPE_INIT("method", via_bytes_trace, NULL, 0);

static rt_value_t via_bytes_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                                 rt_tuple_t *kw)
{
    return as_bytearray(pyvm_call(((via_bytes_t *)rt_ptr(self))->method, args, nargs, kw));
}

static const rt_pyslots_t via_bytes_slots = {.cls = &pyvm_cls_method, .call = via_bytes_call};

static rt_value_t ba_getattr(rt_value_t self, rt_str_t *name)
{
    rt_value_t own = pyvm_type_lookup(pyvm_cls_bytearray, name);
    if (own || name->data[0] == '_')
        return pyvm_generic_getattr(self, name);
    rt_value_t copy = rt_from_ptr(rt_bytes_new(BA(self)->buf->data, (size_t)BA(self)->len));
    rt_value_t m = pyvm_getattr(copy, name);
    if (!m)
        return RT_NOVALUE;
    via_bytes_t *v = rt_alloc(&via_bytes_type, sizeof *v);
    v->method = m;
    gc_write_barrier(v);
    return rt_from_ptr(v);
}

static const rt_pyslots_t ba_slots = {
    .cls = &pyvm_cls_bytearray,
    .repr = ba_repr,
    .getattr = ba_getattr,
    .binop = ba_binop,
    .richcmp = ba_richcmp,
    .hash = ba_hash,
    .iter = ba_iter,
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .truth = ba_truth,
};

/* ---- methods ---- */

#define METHOD(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

METHOD(ba_append)
{
    (void)n, (void)kw;
    char c;
    if (!byte_value(a[0], &c))
        return RT_NOVALUE;
    splice(BA(self), BA(self)->len, BA(self)->len, &c, 1);
    return rt_none;
}

METHOD(ba_extend)
{
    (void)n, (void)kw;
    rt_str_t *src = bytes_of(a[0]);
    if (!src)
        return RT_NOVALUE;
    splice(BA(self), BA(self)->len, BA(self)->len, src->data, src->len);
    return rt_none;
}

METHOD(ba_insert)
{
    (void)n, (void)kw;
    int64_t i;
    char c;
    if (!pyvm_index_i64(a[0], &i) || !byte_value(a[1], &c))
        return RT_NOVALUE;
    int64_t len = BA(self)->len;
    i = i < 0 ? (i + len < 0 ? 0 : i + len) : (i > len ? len : i);
    splice(BA(self), i, i, &c, 1);
    return rt_none;
}

METHOD(ba_pop)
{
    (void)kw;
    bytearray_t *b = BA(self);
    if (b->len == 0)
        return rt_raise(RT_EXC_INDEX, "pop from empty bytearray");
    int64_t i = b->len - 1;
    if (n && !pyvm_seq_index(a[0], b->len, &i, "pop index"))
        return RT_NOVALUE;
    rt_value_t v = rt_small((unsigned char)b->buf->data[i]);
    splice(b, i, i + 1, "", 0);
    return v;
}

METHOD(ba_remove)
{
    (void)n, (void)kw;
    char c;
    if (!byte_value(a[0], &c))
        return RT_NOVALUE;
    bytearray_t *b = BA(self);
    const char *p = memchr(b->buf->data, c, (size_t)b->len);
    if (!p)
        return rt_raise(RT_EXC_VALUE, "value not found in bytearray");
    int64_t i = p - b->buf->data;
    splice(b, i, i + 1, "", 0);
    return rt_none;
}

METHOD(ba_clear)
{
    (void)a, (void)n, (void)kw;
    BA(self)->len = 0;
    return rt_none;
}

METHOD(ba_copy)
{
    (void)a, (void)n, (void)kw;
    return pyvm_bytearray_new(BA(self)->buf->data, BA(self)->len);
}

METHOD(ba_reverse)
{
    (void)a, (void)n, (void)kw;
    bytearray_t *b = BA(self);
    for (int64_t i = 0, j = b->len - 1; i < j; i++, j--) {
        char t = b->buf->data[i];
        b->buf->data[i] = b->buf->data[j];
        b->buf->data[j] = t;
    }
    return rt_none;
}

static const pyvm_cfunc_def_t ba_methods[] = {
    {"__init__", ba_init, 0, 3, PYVM_CFUNC_METHOD, 1},
    {"append", ba_append, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"extend", ba_extend, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"insert", ba_insert, 2, 2, PYVM_CFUNC_METHOD, 0},
    {"pop", ba_pop, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"remove", ba_remove, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"clear", ba_clear, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"copy", ba_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"reverse", ba_reverse, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* ---- search and translate methods shared by bytes and bytearray ---- */

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The needle of find/count/index: an int in range(256) or a bytes-like value. */
static bool needle_of(rt_value_t v, char *one, const char **d, int64_t *n)
{
    if (pyvm_is_intlike(v)) {
        if (!byte_value(v, one))
            return false;
        *d = one;
        *n = 1;
        return true;
    }
    if (pyvm_bytes_like(v, d, n))
        return true;
    rt_raise(RT_EXC_TYPE, "argument should be integer or bytes-like object, not '%s'",
             pyvm_type_name(v));
    return false;
}

/* [start, end) of a search, clamped as slices are. */
static bool search_range(const rt_value_t *a, size_t n, int64_t len, int64_t *lo, int64_t *hi)
{
    *lo = 0;
    *hi = len;
    if ((n > 1 && a[1] != rt_none && !pyvm_index_i64(a[1], lo)) ||
        (n > 2 && a[2] != rt_none && !pyvm_index_i64(a[2], hi)))
        return false;
    if (*lo < 0)
        *lo = *lo + len < 0 ? 0 : *lo + len;
    if (*hi < 0)
        *hi = *hi + len < 0 ? 0 : *hi + len;
    if (*hi > len)
        *hi = len;
    return true;
}

/* kind: 0 find, 1 rfind, 2 index, 3 rindex, 4 count. */
static rt_value_t search(rt_value_t self, const rt_value_t *a, size_t n, int kind)
{
    const char *hay, *d;
    int64_t len, nd, lo, hi;
    char one;
    if (!pyvm_bytes_like(self, &hay, &len) || !needle_of(a[0], &one, &d, &nd) ||
        !search_range(a, n, len, &lo, &hi))
        return RT_NOVALUE;
    int64_t found = -1, count = 0;
    for (int64_t i = lo; i + nd <= hi; i++) {
        if (memcmp(hay + i, d, (size_t)nd) != 0)
            continue;
        if (kind == 4) {
            count++;
            i += nd > 0 ? nd - 1 : 0;
            continue;
        }
        found = i;
        if (kind == 0 || kind == 2)
            break;
    }
    if (kind == 4)
        return rt_small(count);
    if (found < 0 && kind >= 2)
        return rt_raise(RT_EXC_VALUE, "subsection not found");
    return rt_small(found);
}

METHOD(b_find) { (void)kw; return search(self, a, n, 0); }
METHOD(b_rfind) { (void)kw; return search(self, a, n, 1); }
METHOD(b_index) { (void)kw; return search(self, a, n, 2); }
METHOD(b_rindex) { (void)kw; return search(self, a, n, 3); }
METHOD(b_count) { (void)kw; return search(self, a, n, 4); }

/* translate(table, delete=b''): table a 256-byte mapping or None. */
METHOD(b_translate)
{
    (void)kw;
    const char *src, *table = NULL, *del = "";
    int64_t len, tlen = 0, dlen = 0;
    pyvm_bytes_like(self, &src, &len);
    if (a[0] != rt_none && (!pyvm_bytes_like(a[0], &table, &tlen) || tlen != 256))
        return rt_raise(RT_EXC_VALUE, "translation table must be 256 characters long");
    if (n > 1 && !pyvm_bytes_like(a[1], &del, &dlen))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required");
    rt_str_t *out = rt_str_alloc(&rt_type_bytes, (size_t)len);
    int64_t k = 0;
    for (int64_t i = 0; i < len; i++) {
        if (dlen && memchr(del, src[i], (size_t)dlen))
            continue;
        out->data[k++] = table ? table[(unsigned char)src[i]] : src[i];
    }
    rt_value_t r = rt_from_ptr(rt_bytes_new(out->data, (size_t)k));
    return is_bytearray(self) ? pyvm_bytearray_new(out->data, k) : r;
}

/* bytes.maketrans(from, to): the 256-byte table mapping each byte of from to the one in to. */
METHOD(b_maketrans)
{
    (void)self, (void)n, (void)kw;
    const char *f, *t;
    int64_t nf, nt;
    if (!pyvm_bytes_like(a[0], &f, &nf) || !pyvm_bytes_like(a[1], &t, &nt))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required");
    if (nf != nt)
        return rt_raise(RT_EXC_VALUE, "maketrans arguments must have same length");
    rt_str_t *table = rt_str_alloc(&rt_type_bytes, 256);
    for (int i = 0; i < 256; i++)
        table->data[i] = (char)i;
    for (int64_t i = 0; i < nf; i++)
        table->data[(unsigned char)f[i]] = t[i];
    return rt_from_ptr(table);
}

/* The hex digits of d[0, len), with sep (one ASCII character) between groups of |bytes_per_sep|
** bytes counted from the right (from the left when negative): bytes.hex and memoryview.hex. */
static rt_value_t hex_of(const char *d, int64_t len, const rt_value_t *a, size_t n,
                         rt_tuple_t *kw)
{
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    static const char digits[] = "0123456789abcdef";
    rt_value_t v[2];
    if (!pyvm_parse_args("hex", a, n, kw, names, 0, v))
        return RT_NOVALUE;
    const char *sep = NULL;
    int64_t seplen = 0, group = 1;
    if (v[0] && v[0] != rt_none) {
        if (pyvm_is_str(v[0])) {
            sep = pyvm_str_of(v[0])->data;
            seplen = pyvm_str_of(v[0])->len;
        } else if (!pyvm_bytes_like(v[0], &sep, &seplen)) {
            return rt_raise(RT_EXC_TYPE, "sep must be str or bytes.");
        }
        if (seplen != 1)
            return rt_raise(RT_EXC_VALUE, "sep must be length 1.");
        if ((unsigned char)sep[0] >= 0x80)
            return rt_raise(RT_EXC_VALUE, "sep must be ASCII.");
    }
    if (v[1] && !pyvm_index_i64(v[1], &group))
        return RT_NOVALUE;
    uint64_t every = group < 0 ? (uint64_t)0 - (uint64_t)group : (uint64_t)group;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)len * 3);
    for (int64_t i = 0; i < len; i++) {
        uint64_t at = (uint64_t)(group > 0 ? len - i : i);
        if (sep && every && i > 0 && at % every == 0)
            rt_strbuf_append_char(&b, sep[0]);
        rt_strbuf_append_char(&b, digits[(unsigned char)d[i] >> 4]);
        rt_strbuf_append_char(&b, digits[(unsigned char)d[i] & 15]);
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* hex(sep=None, bytes_per_sep=1): two lower-case hex digits per byte. */
METHOD(b_hex)
{
    const char *d;
    int64_t len;
    pyvm_bytes_like(self, &d, &len);
    return hex_of(d, len, a, n, kw);
}

/* ljust / rjust / center (align '<', '>', '^'): CPython's center puts the odd pad byte on the
** left when pad and width are both odd, as str.center does. */
static rt_value_t justify(rt_value_t self, const rt_value_t *a, size_t n, char align)
{
    const char *d, *fill = " ";
    int64_t len, width, nf = 1;
    pyvm_bytes_like(self, &d, &len);
    if (!pyvm_index_i64(a[0], &width))
        return RT_NOVALUE;
    if (n > 1 && (!pyvm_bytes_like(a[1], &fill, &nf) || nf != 1))
        return rt_raise(RT_EXC_TYPE, "argument 2 must be a byte string of length 1");
    int64_t total = width > len ? width : len;
    rt_str_t *out = rt_str_alloc(&rt_type_bytes, (size_t)total);
    memset(out->data, fill[0], (size_t)total);
    int64_t pad = total - len;
    int64_t at = align == '<' ? 0 : align == '>' ? pad : pad / 2 + (pad & width & 1);
    memcpy(out->data + at, d, (size_t)len);
    return is_bytearray(self) ? pyvm_bytearray_new(out->data, total) : rt_from_ptr(out);
}

METHOD(b_ljust) { (void)kw; return justify(self, a, n, '<'); }
METHOD(b_rjust) { (void)kw; return justify(self, a, n, '>'); }
METHOD(b_center) { (void)kw; return justify(self, a, n, '^'); }

/* bytes.fromhex(string): pairs of hex digits, spaces between pairs allowed. */
METHOD(b_fromhex)
{
    (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "fromhex() argument must be str, not %s",
                        pyvm_type_name(a[0]));
    rt_str_t *s = pyvm_str_of(a[0]);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len / 2 + 1);
    for (int64_t i = 0; i < s->len;) {
        if (s->data[i] == ' ') {
            i++;
            continue;
        }
        int hi = i + 1 < s->len ? hexval(s->data[i]) : -1, lo = hi >= 0 ? hexval(s->data[i + 1]) : -1;
        if (lo < 0)
            return rt_raise(RT_EXC_VALUE, "non-hexadecimal number found in fromhex() arg at "
                                          "position %lld", (long long)(hi < 0 ? i : i + 1));
        rt_strbuf_append_char(&b, (char)(hi << 4 | lo));
        i += 2;
    }
    rt_str_t *out = rt_strbuf_finish(&b, &rt_type_bytes);
    bool ba = rt_is_ptr(self) && self == rt_from_ptr(pyvm_cls_bytearray);
    return ba ? pyvm_bytearray_new(out->data, out->len) : rt_from_ptr(out);
}

static const pyvm_cfunc_def_t search_methods[] = {
    {"hex", b_hex, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"ljust", b_ljust, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"rjust", b_rjust, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"center", b_center, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"fromhex", b_fromhex, 1, 1, PYVM_CFUNC_CLASS, 0},
    {"maketrans", b_maketrans, 2, 2, PYVM_CFUNC_STATIC, 0},
    {"find", b_find, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"rfind", b_rfind, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"index", b_index, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"rindex", b_rindex, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"count", b_count, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"translate", b_translate, 1, 2, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* ---- memoryview ---- */

static void memview_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit(tracer, ((memview_t *)obj)->obj);
}

static rt_type_t memview_type = RT_TYPE_INIT("memoryview", memview_trace, NULL, 0);
pyvm_class_t *pyvm_cls_memoryview;

static rt_value_t memview_make(rt_value_t obj, int64_t start, int64_t len)
{
    memview_t *m = rt_alloc(&memview_type, sizeof *m);
    m->obj = obj;
    m->start = start;
    m->len = len;
    m->format = 'B';
    gc_write_barrier(m);
    return rt_from_ptr(m);
}

/* The size of one item of a struct-module format letter, 0 when not supported. */
static int item_size(char f)
{
    switch (f) {
    case 'b': case 'B': case 'c': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': return 4;
    case 'l': case 'L': case 'q': case 'Q': return 8;
    default: return 0;
    }
}

/* Item i of a view's bytes as a Python int (native byte order). */
static rt_value_t item_value(const char *d, int64_t i, char f)
{
    int size = item_size(f);
    const char *p = d + i * size;
    switch (f) {
    case 'b': return rt_small((signed char)p[0]);
    case 'h': { int16_t v; memcpy(&v, p, 2); return rt_small(v); }
    case 'H': { uint16_t v; memcpy(&v, p, 2); return rt_small(v); }
    case 'i': { int32_t v; memcpy(&v, p, 4); return rt_small(v); }
    case 'I': { uint32_t v; memcpy(&v, p, 4); return rt_small(v); }
    case 'l': case 'q': { int64_t v; memcpy(&v, p, 8); return rt_int_from_i64(v); }
    case 'L': case 'Q': { uint64_t v; memcpy(&v, p, 8); return rt_int_from_u64(v); }
    default: return rt_small((unsigned char)p[0]);
    }
}

/* The viewed bytes now (a bytearray may have shrunk under the view: clipped). */
static const char *view_data(rt_value_t self, int64_t *len)
{
    memview_t *m = MV(self);
    if (m->released) {
        rt_raise(RT_EXC_VALUE, "operation forbidden on released memoryview object");
        return NULL;
    }
    const char *d;
    int64_t n;
    pyvm_bytes_like(m->obj, &d, &n);
    int64_t end = m->start + m->len < n ? m->start + m->len : n;
    *len = end > m->start ? end - m->start : 0;
    return d + m->start;
}

static rt_value_t mv_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                          rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_no_kwargs("memoryview", kw) || !pyvm_check_nargs("memoryview", nargs, 1, 1))
        return RT_NOVALUE;
    rt_value_t obj = args[0];
    if (rt_is_ptr(obj) && rt_obj_type(rt_ptr(obj)) == &memview_type)
        return memview_make(MV(obj)->obj, MV(obj)->start, MV(obj)->len);
    const char *d;
    int64_t n;
    if (!pyvm_bytes_like(obj, &d, &n))
        return rt_raise(RT_EXC_TYPE, "memoryview: a bytes-like object is required, not '%s'",
                        pyvm_type_name(obj));
    return memview_make(pyvm_unwrap(obj), 0, n);
}

static int64_t mv_len(rt_value_t self)
{
    int64_t n;
    return view_data(self, &n) ? n / item_size(MV(self)->format) : -1;
}

static rt_value_t mv_getitem(rt_value_t self, rt_value_t k)
{
    int64_t n;
    const char *d = view_data(self, &n);
    if (!d)
        return RT_NOVALUE;
    if (rt_is_ptr(k) && rt_obj_type(rt_ptr(k)) == &pyvm_type_slice) {
        int64_t start, stop, step, count;
        if (!pyvm_slice_indices(rt_ptr(k), n, &start, &stop, &step, &count))
            return RT_NOVALUE;
        if (step == 1)
            return memview_make(MV(self)->obj, MV(self)->start + start, count);
        rt_str_t *out = rt_str_alloc(&rt_type_bytes, (size_t)count);
        for (int64_t i = 0; i < count; i++)
            out->data[i] = d[start + i * step];
        return memview_make(rt_from_ptr(out), 0, count);
    }
    int64_t i;
    char f = MV(self)->format;
    if (!pyvm_seq_index(k, n / item_size(f), &i, "index"))
        return RT_NOVALUE;
    return item_value(d, i, f);
}

static bool mv_setitem(rt_value_t self, rt_value_t k, rt_value_t v)
{
    memview_t *m = MV(self);
    if (!is_bytearray(m->obj)) {
        rt_raise(RT_EXC_TYPE, "cannot modify read-only memory");
        return false;
    }
    int64_t n;
    if (!view_data(self, &n))
        return false;
    if (rt_is_ptr(k) && rt_obj_type(rt_ptr(k)) == &pyvm_type_slice) {
        int64_t start, stop, step, count;
        if (!pyvm_slice_indices(rt_ptr(k), n, &start, &stop, &step, &count))
            return false;
        rt_str_t *src = v ? bytes_of(v) : NULL;
        if (!src || src->len != count) {
            if (src || !rt_exc_pending())
                rt_raise(RT_EXC_VALUE, "memoryview assignment: lvalue and rvalue have different "
                                       "structures");
            return false;
        }
        for (int64_t i = 0; i < count; i++)
            BA(m->obj)->buf->data[m->start + start + i * step] = src->data[i];
        return true;
    }
    int64_t i;
    if (!v || !pyvm_seq_index(k, n, &i, "index"))
        return v ? false : (rt_raise(RT_EXC_TYPE, "cannot delete memory"), false);
    return byte_value_msg(v, &BA(m->obj)->buf->data[m->start + i],
                          "memoryview: invalid value for format 'B'");
}

static rt_value_t mv_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (op != PYVM_EQ && op != PYVM_NE)
        return pyvm_notimpl;
    int64_t na, nb;
    const char *x = view_data(a, &na), *y;
    if (!x)
        return RT_NOVALUE;
    if (rt_is_ptr(b) && rt_obj_type(rt_ptr(b)) == &memview_type) {
        if (!(y = view_data(b, &nb)))
            return RT_NOVALUE;
    } else if (!pyvm_bytes_like(b, &y, &nb)) {
        return pyvm_notimpl;
    }
    bool eq = na == nb && memcmp(x, y, (size_t)na) == 0;
    return rt_bool(eq == (op == PYVM_EQ));
}

static rt_value_t mv_repr(rt_value_t self)
{
    char buf[64];
    snprintf(buf, sizeof buf, "<%smemory at %#lx>", MV(self)->released ? "released " : "",
             (unsigned long)self);
    return pyvm_str_cstr(buf);
}

static rt_value_t mv_tolist(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw);

static rt_value_t mv_iter(rt_value_t self)
{
    rt_value_t l = mv_tolist(self, NULL, 0, NULL);
    return l ? pyvm_iter(l) : RT_NOVALUE;
}

static rt_value_t mv_getattr(rt_value_t self, rt_str_t *name)
{
    const char *s = name->data;
    if (strcmp(s, "obj") == 0)
        return MV(self)->obj;
    if (strcmp(s, "readonly") == 0)
        return rt_bool(!is_bytearray(MV(self)->obj));
    if (strcmp(s, "format") == 0)
        return rt_from_ptr(rt_str_new(&MV(self)->format, 1));
    if (strcmp(s, "itemsize") == 0)
        return rt_small(item_size(MV(self)->format));
    if (strcmp(s, "ndim") == 0)
        return rt_small(1);
    if (strcmp(s, "nbytes") == 0) {
        int64_t n = mv_len(self);
        return n < 0 ? RT_NOVALUE : rt_small(n);
    }
    return pyvm_generic_getattr(self, name);
}

static const rt_pyslots_t mv_slots = {
    .cls = &pyvm_cls_memoryview,
    .repr = mv_repr,
    .getattr = mv_getattr,
    .richcmp = mv_richcmp,
    .hash = ba_hash,
    .iter = mv_iter,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
};

METHOD(mv_tobytes)
{
    (void)a, (void)n, (void)kw;
    int64_t len;
    const char *d = view_data(self, &len);
    return d ? rt_from_ptr(rt_bytes_new(d, (size_t)len)) : RT_NOVALUE;
}

METHOD(mv_tolist)
{
    (void)a, (void)n, (void)kw;
    int64_t len;
    const char *d = view_data(self, &len);
    if (!d)
        return RT_NOVALUE;
    char f = MV(self)->format;
    int64_t count = len / item_size(f);
    rt_vec_t *out = pyvm_list_new(count);
    for (int64_t i = 0; i < count; i++)
        rt_vec_append(out, item_value(d, i, f));
    return rt_from_ptr(out);
}

/* cast(format): the same bytes seen as items of another struct format. */
METHOD(mv_cast)
{
    (void)n, (void)kw;
    int64_t len;
    if (!view_data(self, &len))
        return RT_NOVALUE;
    if (!pyvm_is_str(a[0]) || pyvm_str_of(a[0])->len != 1 || !item_size(pyvm_str_of(a[0])->data[0]))
        return rt_raise(RT_EXC_VALUE, "memoryview: destination format must be a native single "
                                      "character format prefixed with an optional '@'");
    char f = pyvm_str_of(a[0])->data[0];
    if (len % item_size(f))
        return rt_raise(RT_EXC_TYPE, "memoryview: length is not a multiple of itemsize");
    rt_value_t v = memview_make(MV(self)->obj, MV(self)->start, MV(self)->len);
    MV(v)->format = f;
    return v;
}

METHOD(mv_release)
{
    (void)a, (void)n, (void)kw;
    MV(self)->released = true;
    return rt_none;
}

METHOD(mv_enter)
{
    (void)a, (void)n, (void)kw;
    return self;
}

METHOD(mv_hex)
{
    int64_t len;
    const char *d = view_data(self, &len);
    return d ? hex_of(d, len, a, n, kw) : RT_NOVALUE;
}

static const pyvm_cfunc_def_t mv_methods[] = {
    {"tobytes", mv_tobytes, 0, 1, PYVM_CFUNC_METHOD, 1},
    {"tolist", mv_tolist, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"cast", mv_cast, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"release", mv_release, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"hex", mv_hex, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"__enter__", mv_enter, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__exit__", mv_release, 0, -1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_bytearray_init(void)
{
    gc_root_add(&pyvm_cls_memoryview, 1);
    memview_type.py = &mv_slots;
    pyvm_cls_memoryview = pyvm_type_new_builtin("memoryview", &memview_type, pyvm_cls_object);
    pyvm_cls_memoryview->ctor = mv_ctor;
    pyvm_cfunc_install(pyvm_cls_memoryview, mv_methods);
    gc_root_add(&pyvm_cls_bytearray, 1);
    pyvm_type_bytearray.py = &ba_slots;
    via_bytes_type.py = &via_bytes_slots;
    pyvm_cls_bytearray = pyvm_type_new_builtin("bytearray", &pyvm_type_bytearray, pyvm_cls_object);
    pyvm_cls_bytearray->ctor = ba_ctor;
    pyvm_cfunc_install(pyvm_cls_bytearray, ba_methods);
    pyvm_cfunc_install(pyvm_cls_bytearray, search_methods);
    pyvm_cfunc_install(pyvm_cls_bytes, search_methods);
}

/*
** obj_str.c: Python str and bytes over runtime's one string object (runtime/str.h): slots
** (repr, concatenation, repetition, %, comparison, indexing and slicing by code point) and the
** common methods. Indexes are code points; the runtime's code-point index makes them O(1)
** amortized. Case mapping and character classes here are bytes' (ASCII); str's are obj_strcase.c.
*/
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <string.h>
#include <unicode/uchar.h>

#include "pyvm/code.h"
#include "pyvm/unicode.h"

rt_value_t pyvm_str_cstr(const char *s) { return rt_from_ptr(rt_str_from_cstr(s)); }

static rt_str_t *S(rt_value_t v) { return rt_ptr(v); }

/* Appends the escape of code point c as repr spells it: \xhh, \uhhhh or \Uhhhhhhhh. */
static void append_cp_escape(rt_strbuf_t *b, uint32_t c)
{
    if (c <= 0xff)
        rt_strbuf_appendf(b, "\\x%02x", c);
    else if (c <= 0xffff)
        rt_strbuf_appendf(b, "\\u%04x", c);
    else
        rt_strbuf_appendf(b, "\\U%08x", c);
}

rt_value_t pyvm_str_repr_of(rt_str_t *s)
{
    bool bytes = rt_obj_type(s) == &rt_type_bytes;
    bool sq = memchr(s->data, '\'', (size_t)s->len) != NULL;
    bool dq = memchr(s->data, '"', (size_t)s->len) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 3);
    if (bytes)
        rt_strbuf_append_char(&b, 'b');
    rt_strbuf_append_char(&b, quote);
    const char *p = s->data, *end = s->data + s->len;
    while (p < end) {
        uint32_t c = (unsigned char)*p;
        int n = 1;
        if (c >= 0x80 && !bytes)
            n = pyvm_unicode_decode_lenient(p, end, &c);
        if (c == (unsigned char)quote || c == '\\') {
            rt_strbuf_append_char(&b, '\\');
            rt_strbuf_append_char(&b, (char)c);
        } else if (c == '\n') {
            rt_strbuf_append(&b, "\\n", 2);
        } else if (c == '\r') {
            rt_strbuf_append(&b, "\\r", 2);
        } else if (c == '\t') {
            rt_strbuf_append(&b, "\\t", 2);
        } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
            rt_strbuf_appendf(&b, "\\x%02x", c);
        } else if (c < 0x7f || pyvm_unicode_is_printable(c)) {
            rt_strbuf_append(&b, p, (size_t)n);
        } else {
            append_cp_escape(&b, c);
        }
        p += n;
    }
    rt_strbuf_append_char(&b, quote);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

rt_value_t pyvm_ascii(rt_value_t v)
{
    rt_value_t r = pyvm_repr(v);
    if (!r)
        return r;
    rt_str_t *s = rt_ptr(r);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len);
    const char *p = s->data, *end = s->data + s->len;
    while (p < end) {
        uint32_t c = (unsigned char)*p;
        int n = 1;
        if (c >= 0x80)
            n = pyvm_unicode_decode_lenient(p, end, &c);
        if (c < 0x80)
            rt_strbuf_append_char(&b, (char)c);
        else
            append_cp_escape(&b, c);
        p += n;
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t str_repr(rt_value_t v) { return pyvm_str_repr_of(S(v)); }

static rt_value_t bytes_str(rt_value_t v) { return pyvm_str_repr_of(S(v)); }

/* Gives r the UTF-8 facts (str.h) its parts' common flags `f` establish: pieces all valid
** UTF-8 make a whole that is, ASCII if they all are, so building a string piece by piece never
** rescans it. Otherwise the facts stay unknown (two invalid byte strings may join into a valid
** one). */
static void inherit_facts(rt_str_t *r, uint16_t f)
{
    if ((f & (RT_STR_CHECKED | RT_STR_UTF8)) == (RT_STR_CHECKED | RT_STR_UTF8))
        r->hdr.gc.rt_flags |= f & (RT_STR_CHECKED | RT_STR_ASCII | RT_STR_UTF8);
}

rt_value_t pyvm_str_concat(rt_str_t *a, rt_str_t *b)
{
    rt_str_t *r = rt_str_alloc(rt_obj_type(a), (size_t)(a->len + b->len));
    memcpy(r->data, a->data, (size_t)a->len);
    memcpy(r->data + a->len, b->data, (size_t)b->len);
    inherit_facts(r, a->hdr.gc.rt_flags & b->hdr.gc.rt_flags);
    return rt_from_ptr(r);
}

static rt_value_t repeat(rt_str_t *s, rt_value_t count)
{
    int64_t n;
    if (!pyvm_index_fit(count, &n))
        return RT_NOVALUE;
    if (n <= 0)
        return rt_from_ptr(rt_str_new_typed(rt_obj_type(s), "", 0));
    if (s->len && n > INT64_MAX / s->len)
        return rt_raise(RT_EXC_MEMORY, "repeated string is too long");
    rt_str_t *r = rt_str_alloc(rt_obj_type(s), (size_t)(s->len * n));
    for (int64_t i = 0; i < n; i++)
        memcpy(r->data + i * s->len, s->data, (size_t)s->len);
    inherit_facts(r, s->hdr.gc.rt_flags);
    return rt_from_ptr(r);
}

static bool same_strtype(rt_value_t a, rt_value_t b)
{
    return rt_is_ptr(a) && rt_is_ptr(b) && rt_obj_type(rt_ptr(a)) == rt_obj_type(rt_ptr(b)) &&
           (rt_value_type(a) == &rt_type_str || rt_value_type(a) == &rt_type_bytes);
}

static rt_value_t str_binop(int op, rt_value_t a, rt_value_t b)
{
    op &= 15;
    if (op == PYVM_AST_Add && same_strtype(a, b))
        return pyvm_str_concat(S(a), S(b));
    if (op == PYVM_AST_Mult) {
        if (same_strtype(a, a) && pyvm_has_index(b))
            return repeat(S(a), b);
        if (same_strtype(b, b) && pyvm_has_index(a))
            return repeat(S(b), a);
    }
    if (op == PYVM_AST_Mod && rt_is_ptr(a) && same_strtype(a, a))
        return pyvm_str_mod(S(a), b);
    return pyvm_notimpl;
}

static rt_value_t str_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (!same_strtype(a, b))
        return pyvm_notimpl;
    int c = rt_str_cmp(S(a), S(b));
    switch (op) {
    case PYVM_LT: return rt_bool(c < 0);
    case PYVM_LE: return rt_bool(c <= 0);
    case PYVM_EQ: return rt_bool(c == 0);
    case PYVM_NE: return rt_bool(c != 0);
    case PYVM_GT: return rt_bool(c > 0);
    default: return rt_bool(c >= 0);
    }
}

/* hash(s) is the map hash itself (as a signed value), so that an object whose __hash__ returns
** hash(s) and which equals s finds s's entry in a dict, and the other way round. -1 is not a
** hash in Python: that one value becomes -2 (and loses this property). */
static bool str_hash(rt_value_t v, int64_t *out)
{
    *out = (int64_t)rt_str_hash(S(v));
    if (*out == -1)
        *out = -2;
    return true;
}

static int64_t str_len(rt_value_t v)
{
    return rt_value_type(v) == &rt_type_bytes ? S(v)->len : rt_str_cp_len(S(v));
}

static rt_value_t str_getitem(rt_value_t v, rt_value_t k)
{
    rt_str_t *s = S(v);
    bool bytes = rt_obj_type(s) == &rt_type_bytes;
    int64_t len = bytes ? s->len : rt_str_cp_len(s);
    if (rt_is_ptr(k) && rt_obj_type(rt_ptr(k)) == &pyvm_type_slice) {
        int64_t start, stop, step, n;
        if (!pyvm_slice_indices(rt_ptr(k), len, &start, &stop, &step, &n))
            return RT_NOVALUE;
        if (step == 1) {
            if (bytes)
                return rt_from_ptr(rt_bytes_new(s->data + start, (size_t)n));
            return rt_from_ptr(rt_str_cp_slice(s, start, start + n));
        }
        rt_strbuf_t b;
        rt_strbuf_init(&b, (size_t)n);
        for (int64_t i = 0; i < n; i++) {
            int64_t j = start + i * step; /* no step past the last item: it could overflow */
            if (bytes) {
                rt_strbuf_append_char(&b, s->data[j]);
            } else {
                int64_t o = rt_str_cp_offset(s, j), e = rt_str_cp_offset(s, j + 1);
                rt_strbuf_append(&b, s->data + o, (size_t)(e - o));
            }
        }
        return rt_from_ptr(rt_strbuf_finish(&b, rt_obj_type(s)));
    }
    int64_t i;
    if (!pyvm_is_intlike(k) && !pyvm_type_lookup(pyvm_type_of(k), pyvm_name(index)))
        return rt_raise(RT_EXC_TYPE, bytes ? "byte indices must be integers or slices, not %s"
                                           : "string indices must be integers, not '%s'",
                        pyvm_type_name(k));
    if (!pyvm_seq_index(k, len, &i, bytes ? "index" : "string index"))
        return RT_NOVALUE;
    if (bytes)
        return rt_small((unsigned char)s->data[i]);
    return rt_from_ptr(rt_str_cp_slice(s, i, i + 1));
}

static int str_contains(rt_value_t v, rt_value_t x)
{
    rt_str_t *s = S(v);
    const char *d;
    int64_t len;
    if (rt_obj_type(s) == &rt_type_bytes) { /* an int byte value, or any bytes-like object */
        int64_t c;
        if (pyvm_is_intlike(pyvm_unwrap(x))) {
            if (!pyvm_index_i64(x, &c))
                return -1;
            if (c < 0 || c > 255) {
                rt_raise(RT_EXC_VALUE, "byte must be in range(0, 256)");
                return -1;
            }
            return memchr(s->data, (int)c, (size_t)s->len) != NULL;
        }
        if (!pyvm_bytes_like(x, &d, &len)) {
            rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'", pyvm_type_name(x));
            return -1;
        }
        return len == 0 || memmem(s->data, (size_t)s->len, d, (size_t)len) != NULL;
    }
    if (!same_strtype(v, x)) {
        rt_raise(RT_EXC_TYPE, "'in <string>' requires string as left operand, not %s",
                 pyvm_type_name(x));
        return -1;
    }
    rt_str_t *n = S(x);
    return n->len == 0 || memmem(s->data, (size_t)s->len, n->data, (size_t)n->len) != NULL;
}

static rt_value_t str_iter(rt_value_t v) { return pyvm_seqiter_new(v); }

static int str_truth(rt_value_t v) { return S(v)->len != 0; }

static const rt_pyslots_t str_slots = {
    .cls = &pyvm_cls_str,
    .repr = str_repr,
    .binop = str_binop,
    .richcmp = str_richcmp,
    .hash = str_hash,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .truth = str_truth,
};

static const rt_pyslots_t bytes_slots = {
    .cls = &pyvm_cls_bytes,
    .repr = bytes_str,
    .binop = str_binop,
    .richcmp = str_richcmp,
    .hash = str_hash,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .truth = str_truth,
};

/* ---- Methods ---- */

#define METHOD(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
#define UNUSED_ARGS (void)a, (void)n, (void)kw

static bool want_str(rt_value_t v, const char *what)
{
    if (pyvm_is_str(v))
        return true;
    rt_raise(RT_EXC_TYPE, "%s arg must be None or str", what);
    return false;
}

/* The bytes of join's item x (str, or bytes-like for a bytes separator); false if it is neither. */
static bool join_item(rt_value_t x, bool bytes, const char **d, int64_t *len)
{
    if (bytes)
        return pyvm_bytes_like(x, d, len);
    if (!rt_is_ptr(x) || rt_obj_type(rt_ptr(x)) != &rt_type_str)
        return false;
    *d = pyvm_str_of(x)->data, *len = pyvm_str_of(x)->len;
    return true;
}

/* Two passes over the items, checking and measuring, then copying into one exact-size string. */
rt_value_t pyvm_str_join(rt_str_t *sep, rt_value_t iterable)
{
    rt_vec_t *items = pyvm_seq_to_vec(iterable);
    if (!items)
        return RT_NOVALUE;
    bool bytes = rt_obj_type(sep) == &rt_type_bytes;
    int64_t n = rt_vec_len(items), total = n > 1 ? (n - 1) * sep->len : 0;
    uint16_t facts = sep->hdr.gc.rt_flags;
    for (int64_t i = 0; i < n; i++) {
        rt_value_t x = rt_vec_get(items, i);
        const char *d;
        int64_t len;
        if (!join_item(x, bytes, &d, &len))
            return rt_raise(RT_EXC_TYPE, bytes ? "sequence item %lld: expected a bytes-like object, "
                                                 "%s found"
                                               : "sequence item %lld: expected str instance, %s found",
                            (long long)i, pyvm_type_name(x));
        total += len;
        facts &= bytes ? 0 : pyvm_str_of(x)->hdr.gc.rt_flags;
    }
    rt_str_t *r = rt_str_alloc(rt_obj_type(sep), (size_t)total);
    char *out = r->data;
    for (int64_t i = 0; i < n; i++) {
        const char *d;
        int64_t len;
        join_item(rt_vec_get(items, i), bytes, &d, &len);
        if (i) {
            memcpy(out, sep->data, (size_t)sep->len);
            out += sep->len;
        }
        memcpy(out, d, (size_t)len);
        out += len;
    }
    inherit_facts(r, facts);
    return rt_from_ptr(r);
}

METHOD(m_join)
{
    (void)n, (void)kw;
    return pyvm_str_join(S(self), a[0]);
}

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f; }

/* The byte length of the whitespace character starting at d[i] (str: Unicode whitespace, bytes:
** ASCII), or 0. */
static int space_at(rt_str_t *s, int64_t i)
{
    unsigned char c = (unsigned char)s->data[i];
    if (c < 0x80 || rt_obj_type(s) == &rt_type_bytes)
        return is_space(c);
    uint32_t cp;
    int n = pyvm_unicode_decode_lenient(s->data + i, s->data + s->len, &cp);
    return pyvm_unicode_is_space(cp) ? n : 0;
}

/* The byte length of the whitespace character ending just before d[i] (i > 0), or 0. */
static int space_before(rt_str_t *s, int64_t i)
{
    int64_t k = i - 1;
    if (rt_obj_type(s) != &rt_type_bytes)
        while (k > 0 && i - k < 4 && ((unsigned char)s->data[k] & 0xc0) == 0x80)
            k--;
    int n = space_at(s, k);
    return n == i - k ? n : 0;
}

/* The byte length of the non-space character at d[i] (str: the whole UTF-8 sequence). */
static int char_at(rt_str_t *s, int64_t i)
{
    uint32_t cp;
    if (rt_obj_type(s) == &rt_type_bytes || (unsigned char)s->data[i] < 0x80)
        return 1;
    return pyvm_unicode_decode_lenient(s->data + i, s->data + s->len, &cp);
}

static rt_value_t split_impl(rt_str_t *s, rt_value_t sepv, int64_t maxsplit, bool right)
{
    rt_vec_t *out = pyvm_list_new(0);
    const char *d = s->data;
    int64_t len = s->len;
    int sp;
    if (!sepv || sepv == rt_none) {
        if (!right) {
            int64_t i = 0;
            while (i < len) {
                while (i < len && (sp = space_at(s, i)))
                    i += sp;
                if (i >= len)
                    break;
                if (maxsplit >= 0 && rt_vec_len(out) >= maxsplit) {
                    rt_vec_append(out, rt_from_ptr(rt_str_new_typed(rt_obj_type(s), d + i, (size_t)(len - i))));
                    break;
                }
                int64_t j = i;
                while (j < len && !space_at(s, j))
                    j += char_at(s, j);
                rt_vec_append(out, rt_from_ptr(rt_str_new_typed(rt_obj_type(s), d + i, (size_t)(j - i))));
                i = j;
            }
            return rt_from_ptr(out);
        }
        int64_t i = len;
        while (i > 0) {
            while (i > 0 && (sp = space_before(s, i)))
                i -= sp;
            if (i <= 0)
                break;
            if (maxsplit >= 0 && rt_vec_len(out) >= maxsplit) {
                rt_vec_insert(out, 0, rt_from_ptr(rt_str_new_typed(rt_obj_type(s), d, (size_t)i)));
                break;
            }
            int64_t j = i;
            while (j > 0 && !space_before(s, j))
                j--;
            rt_vec_insert(out, 0, rt_from_ptr(rt_str_new_typed(rt_obj_type(s), d + j, (size_t)(i - j))));
            i = j;
        }
        return rt_from_ptr(out);
    }
    if (!same_strtype(sepv, rt_from_ptr(s)))
        return rt_raise(RT_EXC_TYPE, "must be str or None, not %s", pyvm_type_name(sepv));
    rt_str_t *sep = rt_ptr(sepv);
    if (sep->len == 0)
        return rt_raise(RT_EXC_VALUE, "empty separator");
    if (!right) {
        int64_t i = 0;
        for (;;) {
            const char *f = (maxsplit < 0 || rt_vec_len(out) < maxsplit)
                                ? memmem(d + i, (size_t)(len - i), sep->data, (size_t)sep->len)
                                : NULL;
            int64_t j = f ? f - d : len;
            rt_vec_append(out, rt_from_ptr(rt_str_new_typed(rt_obj_type(s), d + i, (size_t)(j - i))));
            if (!f)
                break;
            i = j + sep->len;
        }
        return rt_from_ptr(out);
    }
    int64_t end = len;
    for (;;) {
        int64_t j = -1;
        if (maxsplit < 0 || rt_vec_len(out) < maxsplit)
            for (int64_t k = end - sep->len; k >= 0; k--)
                if (memcmp(d + k, sep->data, (size_t)sep->len) == 0) {
                    j = k;
                    break;
                }
        int64_t st = j < 0 ? 0 : j + sep->len;
        rt_vec_insert(out, 0, rt_from_ptr(rt_str_new_typed(rt_obj_type(s), d + st, (size_t)(end - st))));
        if (j < 0)
            break;
        end = j;
    }
    return rt_from_ptr(out);
}

/* Reads optional (sep, maxsplit) given positionally or by keyword. */
static bool split_args(const rt_value_t *a, size_t n, rt_tuple_t *kw, rt_value_t *sep,
                       int64_t *maxsplit)
{
    *sep = n > 0 ? a[0] : rt_none;
    *maxsplit = -1;
    if (n > 1 && !pyvm_index_i64(a[1], maxsplit))
        return false;
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++) {
        const char *name = S(rt_tuple_get(kw, k))->data;
        if (strcmp(name, "sep") == 0)
            *sep = a[n + (size_t)k];
        else if (strcmp(name, "maxsplit") == 0) {
            if (!pyvm_index_i64(a[n + (size_t)k], maxsplit))
                return false;
        } else {
            rt_raise(RT_EXC_TYPE, "split() got an unexpected keyword argument '%s'", name);
            return false;
        }
    }
    return true;
}

METHOD(m_split)
{
    rt_value_t sep;
    int64_t maxsplit;
    if (!split_args(a, n, kw, &sep, &maxsplit))
        return RT_NOVALUE;
    return split_impl(S(self), sep, maxsplit, false);
}

METHOD(m_rsplit)
{
    rt_value_t sep;
    int64_t maxsplit;
    if (!split_args(a, n, kw, &sep, &maxsplit))
        return RT_NOVALUE;
    return split_impl(S(self), sep, maxsplit, true);
}

/* The byte length of the line break at d[i] ("\r\n" counts 2), or 0. str breaks also at
** \v \f \x1c-\x1e \x85 U+2028 U+2029; bytes only at \n and \r. */
static int line_break_at(rt_str_t *s, int64_t i)
{
    const unsigned char *d = (const unsigned char *)s->data;
    if (d[i] == '\r')
        return i + 1 < s->len && d[i + 1] == '\n' ? 2 : 1;
    if (d[i] == '\n')
        return 1;
    if (rt_obj_type(s) == &rt_type_bytes)
        return 0;
    if (d[i] == '\v' || d[i] == '\f' || (d[i] >= 0x1c && d[i] <= 0x1e))
        return 1;
    if (d[i] == 0xc2 && i + 1 < s->len && d[i + 1] == 0x85)
        return 2;
    if (d[i] == 0xe2 && i + 2 < s->len && d[i + 1] == 0x80 && (d[i + 2] == 0xa8 || d[i + 2] == 0xa9))
        return 3;
    return 0;
}

METHOD(m_splitlines)
{
    rt_str_t *s = S(self);
    static const char *const names[] = {"keepends", NULL};
    rt_value_t v[1];
    if (!pyvm_parse_args("splitlines", a, n, kw, names, 0, v))
        return RT_NOVALUE;
    int keepends = v[0] ? pyvm_truth(v[0]) : 0;
    if (keepends < 0)
        return RT_NOVALUE;
    rt_vec_t *out = pyvm_list_new(0);
    int64_t i = 0;
    while (i < s->len) {
        int64_t j = i;
        int eol = 0;
        while (j < s->len && !(eol = line_break_at(s, j)))
            j++;
        rt_vec_append(out, rt_from_ptr(rt_str_new_typed(rt_obj_type(s), s->data + i,
                                                        (size_t)(j - i + (keepends ? eol : 0)))));
        i = j + eol;
    }
    return rt_from_ptr(out);
}

static rt_value_t strip_impl(rt_value_t self, const rt_value_t *a, size_t n, int which)
{
    rt_str_t *s = S(self);
    const char *chars = NULL;
    size_t nchars = 0;
    if (n > 0 && a[0] != rt_none) {
        int64_t blen;
        if (rt_obj_type(s) == &rt_type_bytes && pyvm_bytes_like(a[0], &chars, &blen)) {
            nchars = (size_t)blen; /* bytes strip bytes-like characters */
        } else {
            if (!want_str(a[0], "strip"))
                return RT_NOVALUE;
            chars = S(a[0])->data;
            nchars = (size_t)S(a[0])->len;
        }
    }
    int64_t i = 0, j = s->len;
    int sp;
    if (!chars) {
        if (which & 1)
            while (i < j && (sp = space_at(s, i)))
                i += sp;
        if (which & 2)
            while (j > i && (sp = space_before(s, j)))
                j -= sp;
    }
#define STRIPPABLE(c) (memchr(chars, (c), nchars) != NULL)
    if ((which & 1) && chars)
        while (i < j && STRIPPABLE(s->data[i]))
            i++;
    if ((which & 2) && chars)
        while (j > i && STRIPPABLE(s->data[j - 1]))
            j--;
#undef STRIPPABLE
    if (i == 0 && j == s->len)
        return self;
    return rt_from_ptr(rt_str_new_typed(rt_obj_type(s), s->data + i, (size_t)(j - i)));
}

METHOD(m_strip) { (void)kw; return strip_impl(self, a, n, 3); }
METHOD(m_lstrip) { (void)kw; return strip_impl(self, a, n, 1); }
METHOD(m_rstrip) { (void)kw; return strip_impl(self, a, n, 2); }

METHOD(m_replace)
{
    (void)kw;
    rt_str_t *s = S(self);
    if (!same_strtype(a[0], self) || !same_strtype(a[1], self))
        return rt_raise(RT_EXC_TYPE, "replace() argument 1 must be str, not %s",
                        pyvm_type_name(a[0]));
    rt_str_t *old = S(a[0]), *new = S(a[1]);
    int64_t count = -1;
    if (n > 2 && !pyvm_index_i64(a[2], &count))
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len);
    int64_t i = 0, done = 0;
    if (old->len == 0) {
        int64_t cps = rt_str_cp_len(s);
        for (int64_t k = 0; k <= cps; k++) {
            if (count < 0 || done < count) {
                rt_strbuf_append_str(&b, new);
                done++;
            }
            if (k < cps) {
                int64_t o = rt_str_cp_offset(s, k), e = rt_str_cp_offset(s, k + 1);
                rt_strbuf_append(&b, s->data + o, (size_t)(e - o));
            }
        }
        return rt_from_ptr(rt_strbuf_finish(&b, rt_obj_type(s)));
    }
    while (i <= s->len) {
        const char *f = (count < 0 || done < count)
                            ? memmem(s->data + i, (size_t)(s->len - i), old->data, (size_t)old->len)
                            : NULL;
        if (!f) {
            rt_strbuf_append(&b, s->data + i, (size_t)(s->len - i));
            break;
        }
        rt_strbuf_append(&b, s->data + i, (size_t)(f - s->data - i));
        rt_strbuf_append_str(&b, new);
        i = f - s->data + old->len;
        done++;
    }
    return rt_from_ptr(rt_strbuf_finish(&b, rt_obj_type(s)));
}

/* A start / end argument: an index, clipped far outside any string when it does not fit
** int64 (CPython clips to ssize_t). */
static bool clipped_index(rt_value_t v, int64_t *out)
{
    rt_value_t i = pyvm_index(v);
    if (!i)
        return false;
    if (!rt_int_to_i64(i, out))
        *out = rt_int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return true;
}

/* Resolves optional start/end code-point arguments into a byte range. */
static bool range_args(rt_str_t *s, const rt_value_t *a, size_t n, size_t first, int64_t *lo,
                       int64_t *hi)
{
    int64_t len = rt_str_cp_len(s), st = 0, en = len;
    if (n > first && a[first] != rt_none && !clipped_index(a[first], &st))
        return false;
    if (n > first + 1 && a[first + 1] != rt_none && !clipped_index(a[first + 1], &en))
        return false;
    if (st < 0)
        st = st + len < 0 ? 0 : st + len;
    if (en < 0)
        en = en + len < 0 ? 0 : en + len;
    if (st > len)
        st = len + 1;
    if (en > len)
        en = len;
    if (st > len) {
        *lo = s->len + 1;
        *hi = s->len;
        return true;
    }
    *lo = rt_str_cp_offset(s, st);
    *hi = en < st ? *lo : rt_str_cp_offset(s, en);
    return true;
}

static int64_t find_impl(rt_value_t self, const rt_value_t *a, size_t n, bool right, bool *err)
{
    rt_str_t *s = S(self);
    *err = false;
    if (!same_strtype(a[0], self)) {
        rt_raise(RT_EXC_TYPE, "must be str, not %s", pyvm_type_name(a[0]));
        *err = true;
        return -1;
    }
    rt_str_t *sub = S(a[0]);
    int64_t lo, hi;
    if (!range_args(s, a, n, 1, &lo, &hi)) {
        *err = true;
        return -1;
    }
    if (lo > hi || hi - lo < sub->len)
        return -1;
    int64_t pos = -1;
    if (!right) {
        const char *f = sub->len ? memmem(s->data + lo, (size_t)(hi - lo), sub->data, (size_t)sub->len)
                                 : s->data + lo;
        pos = f ? f - s->data : -1;
    } else {
        for (int64_t k = hi - sub->len; k >= lo; k--)
            if (memcmp(s->data + k, sub->data, (size_t)sub->len) == 0) {
                pos = k;
                break;
            }
    }
    return pos < 0 ? -1 : rt_utf8_count(s->data, (size_t)pos);
}

/* find/rfind return -1 when absent; index/rindex raise ValueError instead. */
static rt_value_t find_common(rt_value_t self, const rt_value_t *a, size_t n, bool reverse,
                              bool raise_absent)
{
    bool e;
    int64_t r = find_impl(self, a, n, reverse, &e);
    if (e)
        return RT_NOVALUE;
    if (r < 0 && raise_absent)
        return rt_raise(RT_EXC_VALUE, "substring not found");
    return rt_small(r);
}

METHOD(m_find)
{
    (void)kw;
    return find_common(self, a, n, false, false);
}

METHOD(m_rfind)
{
    (void)kw;
    return find_common(self, a, n, true, false);
}

METHOD(m_index)
{
    (void)kw;
    return find_common(self, a, n, false, true);
}

METHOD(m_rindex)
{
    (void)kw;
    return find_common(self, a, n, true, true);
}

METHOD(m_count)
{
    (void)kw;
    rt_str_t *s = S(self);
    if (!same_strtype(a[0], self))
        return rt_raise(RT_EXC_TYPE, "must be str, not %s", pyvm_type_name(a[0]));
    rt_str_t *sub = S(a[0]);
    int64_t lo, hi;
    if (!range_args(s, a, n, 1, &lo, &hi))
        return RT_NOVALUE;
    if (lo > hi)
        return rt_small(0);
    if (sub->len == 0)
        return rt_small(rt_utf8_count(s->data + lo, (size_t)(hi - lo)) + 1);
    int64_t c = 0;
    for (int64_t i = lo; i + sub->len <= hi;) {
        const char *f = memmem(s->data + i, (size_t)(hi - i), sub->data, (size_t)sub->len);
        if (!f)
            break;
        c++;
        i = f - s->data + sub->len;
    }
    return rt_small(c);
}

static rt_value_t affix(rt_value_t self, const rt_value_t *a, size_t n, bool end)
{
    rt_str_t *s = S(self);
    int64_t lo, hi;
    if (!range_args(s, a, n, 1, &lo, &hi))
        return RT_NOVALUE;
    rt_value_t p = a[0];
    const rt_value_t *cands = &p;
    int64_t nc = 1;
    if (pyvm_is_tuple(p)) {
        cands = ((rt_tuple_t *)rt_ptr(p))->items;
        nc = rt_tuple_len(rt_ptr(p));
    }
    for (int64_t i = 0; i < nc; i++) {
        if (!same_strtype(cands[i], self))
            return rt_raise(RT_EXC_TYPE, "%s first arg must be str or a tuple of str, not %s",
                            end ? "endswith" : "startswith", pyvm_type_name(cands[i]));
        rt_str_t *x = S(cands[i]);
        if (hi - lo < x->len)
            continue;
        const char *at = end ? s->data + hi - x->len : s->data + lo;
        if (memcmp(at, x->data, (size_t)x->len) == 0)
            return rt_true;
    }
    return rt_false;
}

METHOD(m_startswith) { (void)kw; return affix(self, a, n, false); }
METHOD(m_endswith) { (void)kw; return affix(self, a, n, true); }

/* bytes case mapping, ASCII only (str's is obj_strcase.c); mode: 0 upper, 1 lower,
** 2 capitalize, 3 swapcase, 4 title. */
static rt_value_t map_chars(rt_value_t self, int mode)
{
    rt_str_t *s = S(self);
    rt_str_t *r = rt_str_alloc(rt_obj_type(s), (size_t)s->len);
    bool start = true;
    for (int64_t i = 0; i < s->len; i++) {
        int c = (unsigned char)s->data[i];
        bool up;
        switch (mode) {
        case 0: up = true; break;
        case 1: up = false; break;
        case 2: up = i == 0; break;
        case 3: up = islower(c); break;
        default: up = start; break;
        }
        if (mode == 4)
            start = !isalpha(c);
        r->data[i] = (char)(up ? toupper(c) : tolower(c));
    }
    return rt_from_ptr(r);
}

METHOD(m_upper) { UNUSED_ARGS; return map_chars(self, 0); }
METHOD(m_lower) { UNUSED_ARGS; return map_chars(self, 1); }
METHOD(m_capitalize) { UNUSED_ARGS; return map_chars(self, 2); }
METHOD(m_swapcase) { UNUSED_ARGS; return map_chars(self, 3); }
METHOD(m_title) { UNUSED_ARGS; return map_chars(self, 4); }

static rt_value_t classify(rt_value_t self, int (*pred)(int), bool cased)
{
    rt_str_t *s = S(self);
    if (s->len == 0)
        return rt_false;
    bool any = false;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (cased) {
            if (isalpha(c)) {
                if (!pred(c))
                    return rt_false;
                any = true;
            }
        } else if (!pred(c)) {
            return rt_false;
        }
    }
    return rt_bool(!cased || any);
}

static int is_space_int(int c) { return is_space((unsigned char)c); }

METHOD(m_isdigit) { UNUSED_ARGS; return classify(self, isdigit, false); }
METHOD(m_isalpha) { UNUSED_ARGS; return classify(self, isalpha, false); }
METHOD(m_isalnum) { UNUSED_ARGS; return classify(self, isalnum, false); }
METHOD(m_isspace) { UNUSED_ARGS; return classify(self, is_space_int, false); }
METHOD(m_isupper) { UNUSED_ARGS; return classify(self, isupper, true); }
METHOD(m_islower) { UNUSED_ARGS; return classify(self, islower, true); }

/* str and bytes alike: no byte past 0x7f (str holds UTF-8). */
METHOD(m_isascii)
{
    UNUSED_ARGS;
    rt_str_t *s = S(self);
    for (int64_t i = 0; i < s->len; i++)
        if ((unsigned char)s->data[i] >= 0x80)
            return rt_false;
    return rt_true;
}

METHOD(m_isidentifier)
{
    UNUSED_ARGS;
    rt_str_t *s = S(self);
    const char *p = s->data, *end = p + s->len;
    if (p == end)
        return rt_false;
    while (p < end) {
        uint32_t cp;
        int len = pyvm_unicode_decode_lenient(p, end, &cp);
        if (!(p == s->data ? pyvm_unicode_is_id_start(cp) : pyvm_unicode_is_id_continue(cp)))
            return rt_false;
        p += len;
    }
    return rt_true;
}

METHOD(m_format) { return pyvm_str_format_method(S(self), a, n, kw); }
METHOD(m_format_map) { (void)n, (void)kw; return pyvm_str_format_map(S(self), a[0]); }

static rt_value_t pad(rt_value_t self, const rt_value_t *a, size_t n, char align)
{
    int64_t width;
    if (!pyvm_index_i64(a[0], &width))
        return RT_NOVALUE;
    uint32_t fill = ' ';
    if (n > 1) {
        if (!pyvm_is_str(a[1]) || rt_str_cp_len(S(a[1])) != 1)
            return rt_raise(RT_EXC_TYPE, "The fill character must be exactly one character long");
        fill = rt_str_cp_at(S(a[1]), 0);
    }
    rt_str_t *s = S(self);
    int64_t len = rt_str_cp_len(s);
    if (width <= len)
        return self;
    int64_t total = width - len;
    int64_t left = align == '>' ? total : align == '^' ? total / 2 + (total & width & 1) : 0;
    int64_t right = total - left;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)(s->len + total));
    char enc[4];
    int el = rt_utf8_encode(fill, enc);
    for (int64_t i = 0; i < left; i++)
        rt_strbuf_append(&b, enc, (size_t)el);
    rt_strbuf_append_str(&b, s);
    for (int64_t i = 0; i < right; i++)
        rt_strbuf_append(&b, enc, (size_t)el);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

METHOD(m_ljust) { (void)kw; return pad(self, a, n, '<'); }
METHOD(m_rjust) { (void)kw; return pad(self, a, n, '>'); }
METHOD(m_center) { (void)kw; return pad(self, a, n, '^'); }

METHOD(m_zfill)
{
    (void)n, (void)kw;
    int64_t width;
    if (!pyvm_index_i64(a[0], &width))
        return RT_NOVALUE;
    rt_str_t *s = S(self);
    int64_t len = rt_str_cp_len(s);
    if (width <= len)
        return self;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)width);
    int64_t i = 0;
    if (s->len && (s->data[0] == '-' || s->data[0] == '+'))
        rt_strbuf_append_char(&b, s->data[i++]);
    for (int64_t k = 0; k < width - len; k++)
        rt_strbuf_append_char(&b, '0');
    rt_strbuf_append(&b, s->data + i, (size_t)(s->len - i));
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t partition(rt_value_t self, rt_value_t sepv, bool right)
{
    rt_str_t *s = S(self);
    if (!same_strtype(sepv, self))
        return rt_raise(RT_EXC_TYPE, rt_obj_type(s) == &rt_type_bytes ? "a bytes-like object is required, not '%s'" : "must be str, not %s", pyvm_type_name(sepv));
    rt_str_t *sep = S(sepv);
    if (sep->len == 0)
        return rt_raise(RT_EXC_VALUE, "empty separator");
    int64_t pos = -1;
    if (!right) {
        const char *f = memmem(s->data, (size_t)s->len, sep->data, (size_t)sep->len);
        pos = f ? f - s->data : -1;
    } else {
        for (int64_t k = s->len - sep->len; k >= 0; k--)
            if (memcmp(s->data + k, sep->data, (size_t)sep->len) == 0) {
                pos = k;
                break;
            }
    }
    rt_value_t empty = rt_from_ptr(rt_str_new_typed(rt_obj_type(s), "", 0));
    rt_value_t parts[3];
    if (pos < 0) {
        parts[0] = right ? empty : self;
        parts[1] = empty;
        parts[2] = right ? self : empty;
    } else {
        parts[0] = rt_from_ptr(rt_str_new_typed(rt_obj_type(s), s->data, (size_t)pos));
        parts[1] = sepv;
        parts[2] = rt_from_ptr(rt_str_new_typed(rt_obj_type(s), s->data + pos + sep->len,
                                                   (size_t)(s->len - pos - sep->len)));
    }
    return pyvm_tuple_from(parts, 3);
}

METHOD(m_partition) { (void)n, (void)kw; return partition(self, a[0], false); }
METHOD(m_rpartition) { (void)n, (void)kw; return partition(self, a[0], true); }

static rt_value_t strip_affix(rt_value_t self, rt_value_t affix_v, bool suffix)
{
    if (!same_strtype(affix_v, self))
        return rt_raise(RT_EXC_TYPE, "%s() argument must be str, not %s",
                        suffix ? "removesuffix" : "removeprefix", pyvm_type_name(affix_v));
    rt_str_t *s = S(self), *x = S(affix_v);
    if (x->len == 0 || x->len > s->len)
        return self;
    const char *at = suffix ? s->data + s->len - x->len : s->data;
    if (memcmp(at, x->data, (size_t)x->len) != 0)
        return self;
    return rt_from_ptr(rt_str_new_typed(rt_obj_type(s), suffix ? s->data : s->data + x->len,
                                        (size_t)(s->len - x->len)));
}

METHOD(m_removeprefix) { (void)n, (void)kw; return strip_affix(self, a[0], false); }
METHOD(m_removesuffix) { (void)n, (void)kw; return strip_affix(self, a[0], true); }

METHOD(m_expandtabs)
{
    (void)kw;
    int64_t size = 8;
    if (n && !pyvm_index_i64(a[0], &size))
        return RT_NOVALUE;
    rt_str_t *s = S(self);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len);
    int64_t col = 0;
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        if (c == '\t') {
            int64_t fill = size > 0 ? size - col % size : 0;
            for (int64_t k = 0; k < fill; k++)
                rt_strbuf_append_char(&b, ' ');
            col += fill;
            continue;
        }
        rt_strbuf_append_char(&b, c);
        col = (c == '\n' || c == '\r') ? 0 : ((unsigned char)c & 0xC0) == 0x80 ? col : col + 1;
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

METHOD(m_encode)
{
    const char *enc, *err;
    if (!pyvm_codec_args("encode", a, n, kw, &enc, &err))
        return RT_NOVALUE;
    return pyvm_codec_encode(S(self), enc, err);
}

METHOD(m_decode)
{
    const char *enc, *err;
    if (!pyvm_codec_args("decode", a, n, kw, &enc, &err))
        return RT_NOVALUE;
    return pyvm_codec_decode(S(self)->data, S(self)->len, enc, err);
}

static const pyvm_cfunc_def_t str_methods[] = {
    {"join", m_join, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"split", m_split, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"rsplit", m_rsplit, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"splitlines", m_splitlines, 0, 1, PYVM_CFUNC_METHOD, 1},
    {"strip", m_strip, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"lstrip", m_lstrip, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"rstrip", m_rstrip, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"replace", m_replace, 2, 3, PYVM_CFUNC_METHOD, 0},
    {"find", m_find, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"rfind", m_rfind, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"index", m_index, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"rindex", m_rindex, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"count", m_count, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"startswith", m_startswith, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"endswith", m_endswith, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"isidentifier", m_isidentifier, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isascii", m_isascii, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"format", m_format, 0, -1, PYVM_CFUNC_METHOD, 1},
    {"format_map", m_format_map, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"ljust", m_ljust, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"rjust", m_rjust, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"center", m_center, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"zfill", m_zfill, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"partition", m_partition, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"rpartition", m_rpartition, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"encode", m_encode, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"removeprefix", m_removeprefix, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"removesuffix", m_removesuffix, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"expandtabs", m_expandtabs, 0, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t bytes_methods[] = {
    {"decode", m_decode, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"lstrip", m_lstrip, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"rstrip", m_rstrip, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"rsplit", m_rsplit, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"splitlines", m_splitlines, 0, 1, PYVM_CFUNC_METHOD, 1},
    {"isdigit", m_isdigit, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isalpha", m_isalpha, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isspace", m_isspace, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isalnum", m_isalnum, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isascii", m_isascii, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"partition", m_partition, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"rpartition", m_rpartition, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"removeprefix", m_removeprefix, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"removesuffix", m_removesuffix, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"join", m_join, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"split", m_split, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"strip", m_strip, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"replace", m_replace, 2, 3, PYVM_CFUNC_METHOD, 0},
    {"startswith", m_startswith, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"endswith", m_endswith, 1, 3, PYVM_CFUNC_METHOD | PYVM_CFUNC_TUPLE_ARGS, 0},
    {"upper", m_upper, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"lower", m_lower, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"capitalize", m_capitalize, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"swapcase", m_swapcase, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"title", m_title, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isupper", m_isupper, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"islower", m_islower, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static rt_value_t str_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                           rt_tuple_t *kw)
{
    (void)cls;
    if (nargs == 0 && !kw)
        return rt_from_ptr(rt_str_new("", 0));
    if (nargs == 0)
        return rt_raise(RT_EXC_TYPE, "str() missing the object to convert");
    const char *d;
    int64_t len;
    if ((nargs >= 2 || (kw && rt_tuple_len(kw))) && pyvm_bytes_like(args[0], &d, &len)) {
        const char *enc, *err;
        if (!pyvm_codec_args("str", args + 1, nargs - 1, kw, &enc, &err))
            return RT_NOVALUE;
        return pyvm_codec_decode(d, len, enc, err);
    }
    if (!pyvm_no_kwargs("str", kw) || !pyvm_check_nargs("str", nargs, 0, 1))
        return RT_NOVALUE;
    return pyvm_str(args[0]);
}

static rt_value_t bytes_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kw)
{
    (void)cls;
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    rt_value_t v[3];
    if (!pyvm_parse_args("bytes", args, nargs, kw, names, 0, v))
        return RT_NOVALUE;
    if (!v[0]) {
        if (v[1] || v[2])
            return rt_raise(RT_EXC_TYPE, "encoding or errors without sequence argument");
        return rt_from_ptr(rt_bytes_new("", 0));
    }
    if (pyvm_is_str(v[0])) {
        if (!v[1])
            return rt_raise(RT_EXC_TYPE, "string argument without an encoding");
        if (!pyvm_is_str(v[1]) || (v[2] && !pyvm_is_str(v[2])))
            return rt_raise(RT_EXC_TYPE, "bytes() argument 'encoding' must be str");
        return pyvm_codec_encode(S(v[0]), S(v[1])->data, v[2] ? S(v[2])->data : "strict");
    }
    if (v[1] || v[2])
        return rt_raise(RT_EXC_TYPE, v[1] ? "encoding without a string argument"
                                          : "errors without a string argument");
    const char *d;
    int64_t blen;
    if (pyvm_bytes_like(v[0], &d, &blen))
        return rt_from_ptr(rt_bytes_new(d, (size_t)blen));
    if (pyvm_has_index(v[0])) {
        int64_t len;
        if (!pyvm_index_i64(v[0], &len))
            return RT_NOVALUE;
        if (len < 0)
            return rt_raise(RT_EXC_VALUE, "negative count");
        rt_str_t *z = rt_str_alloc(&rt_type_bytes, (size_t)len);
        memset(z->data, 0, (size_t)len);
        return rt_from_ptr(z);
    }
    bool found;
    rt_value_t conv = pyvm_call_dunder(v[0], rt_str_intern_cstr("__bytes__"), NULL, 0, &found);
    if (found) {
        if (conv && !(rt_is_ptr(conv) && rt_obj_type(rt_ptr(conv)) == &rt_type_bytes))
            return rt_raise(RT_EXC_TYPE, "__bytes__ returned non-bytes (type %s)",
                            pyvm_type_name(conv));
        return conv;
    }
    rt_vec_t *items = pyvm_seq_to_vec(v[0]);
    if (!items)
        return RT_NOVALUE;
    rt_str_t *r = rt_str_alloc(&rt_type_bytes, (size_t)rt_vec_len(items));
    for (int64_t i = 0; i < rt_vec_len(items); i++) {
        int64_t b;
        if (!pyvm_index_i64(rt_vec_get(items, i), &b))
            return RT_NOVALUE;
        if (b < 0 || b > 255)
            return rt_raise(RT_EXC_VALUE, "bytes must be in range(0, 256)");
        r->data[i] = (char)b;
    }
    return rt_from_ptr(r);
}

void pyvm_str_init(void)
{
    rt_type_str.py = &str_slots;
    rt_type_bytes.py = &bytes_slots;
    pyvm_cls_str = pyvm_type_new_builtin("str", &rt_type_str, pyvm_cls_object);
    pyvm_cls_str->ctor = str_ctor;
    pyvm_cfunc_install(pyvm_cls_str, str_methods);
    pyvm_cls_bytes = pyvm_type_new_builtin("bytes", &rt_type_bytes, pyvm_cls_object);
    pyvm_cls_bytes->ctor = bytes_ctor;
    pyvm_cfunc_install(pyvm_cls_bytes, bytes_methods);
}

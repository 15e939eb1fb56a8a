/*
** strindex.c: indexing strings by code point (str.h), as PyPy's UTF-8 strings do: Python's str is
** stored as UTF-8, so s[i], len(s) and slices need the byte offset of a code point.
** ASCII strings need nothing (offset = index). Short strings are scanned, which costs less than an
** index. Longer ones get, on first need, an index: a heap object holding the code-point count and
** the byte offset of every STEP-th code point, so an offset is one load plus a scan of fewer than
** STEP code points (done a word at a time by rt_utf8_offset). The index costs 8 bytes per STEP
** code points: 1/8 of the text at worst (nearly all ASCII), 1/16 for text in 2-byte scripts.
*/
#include <assert.h>
#include <string.h>

#include "runtime/rt.h"

enum {
    STEP = 64, /* code points between indexed offsets */
};

typedef struct rt_str_index {
    rt_obj_t hdr;
    int64_t cp_len;
    int64_t offsets[]; /* offsets[k]: byte offset of code point k * STEP, k = 0 .. cp_len / STEP */
} rt_str_index_t;

static rt_type_t index_type = RT_TYPE_INIT("str-index", NULL, NULL, RT_TYPE_IMMUTABLE);

/* The index of s (len > RT_STR_SCAN_MAX_LEN, not ASCII), built on first use. May collect. */
static rt_str_index_t *index_of(rt_str_t *s)
{
    if (s->index)
        return s->index;
    size_t len = (size_t)s->len;
    int64_t cp_len = rt_utf8_count(s->data, len);
    int64_t n = cp_len / STEP + 1;
    rt_str_index_t *idx =
        rt_alloc(&index_type, sizeof(rt_str_index_t) + (size_t)n * sizeof(int64_t));
    idx->cp_len = cp_len;
    size_t off = 0;
    for (int64_t k = 1; k < n; k++) {
        off += rt_utf8_offset(s->data + off, len - off, STEP);
        idx->offsets[k] = (int64_t)off;
    }
    RT_STORE(s, index, idx);
    return idx;
}

/* Code-point indexing is defined on valid UTF-8 only; checked in debug builds. */
static inline void check_utf8(rt_str_t *s)
{
#ifdef PYHYP_DEBUG
    assert(rt_str_is_utf8(s));
#else
    (void)s;
#endif
}

int64_t rt_str_cp_len(rt_str_t *s)
{
    check_utf8(s);
    if (rt_str_is_ascii(s))
        return s->len;
    if (s->len <= RT_STR_SCAN_MAX_LEN)
        return rt_utf8_count(s->data, (size_t)s->len);
    return index_of(s)->cp_len;
}

int64_t rt_str_cp_offset(rt_str_t *s, int64_t index)
{
    check_utf8(s);
    assert(index >= 0);
    if (rt_str_is_ascii(s))
        return index;
    size_t len = (size_t)s->len;
    if (s->len <= RT_STR_SCAN_MAX_LEN)
        return (int64_t)rt_utf8_offset(s->data, len, (size_t)index);
    rt_str_index_t *idx = index_of(s);
    assert(index <= idx->cp_len);
    size_t base = (size_t)idx->offsets[index / STEP];
    return (int64_t)(base + rt_utf8_offset(s->data + base, len - base, (size_t)(index % STEP)));
}

uint32_t rt_str_cp_at(rt_str_t *s, int64_t index)
{
    int64_t off = rt_str_cp_offset(s, index);
    assert(off < s->len);
    int n;
    return rt_utf8_decode(s->data + off, &n);
}

rt_str_t *rt_str_cp_slice(rt_str_t *s, int64_t start, int64_t stop)
{
    assert(0 <= start && start <= stop);
    int64_t from = rt_str_cp_offset(s, start);
    int64_t to = stop == start ? from : rt_str_cp_offset(s, stop);
    if (from == 0 && to == s->len)
        return s; /* immutable: the whole string is itself */
    return rt_str_new_utf8(s->data + from, (size_t)(to - from));
}

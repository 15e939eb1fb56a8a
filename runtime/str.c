/*
** str.c: the string object (str.h): its two types (str for PHP strings and Python str, bytes for
** Python bytes), construction, equality, ordering, hashing and the lazily computed ASCII / UTF-8
** facts kept in the header's rt_flags. The code-point index is strindex.c's, interning intern.c's,
** building strbuf.c's.
** The empty string and the 256 one-byte strings of each type are static singletons: creating one
** never allocates, and the str ones are the interned copies. They live outside the heap, which the
** collector ignores (gc.h, gc_visit); being at most one byte long they never get an index.
*/
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/rt.h"

/* Beyond this a size computation could overflow; no real string comes near it. */
#define MAX_LEN ((size_t)1 << 48)

/* A string's one reference is its code-point index. */
static void str_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((rt_str_t *)obj)->index);
}

/* A heap string of at most this many bytes cannot hold more than RT_STR_SCAN_MAX_LEN bytes (its
** length only grows within its block), so it never gets an index: the collector marks it from
** its start byte (gc_desc_t.leaf_size), never reading or queueing it. */
#define STR_LEAF_SIZE ((uint32_t)(offsetof(rt_str_t, data) + RT_STR_SCAN_MAX_LEN + 1))

rt_type_t rt_type_str = {
    .gc = {.name = "str", .trace = str_trace, .leaf_size = STR_LEAF_SIZE},
    .flags = RT_TYPE_IMMUTABLE,
};
rt_type_t rt_type_bytes = {
    .gc = {.name = "bytes", .trace = str_trace, .leaf_size = STR_LEAF_SIZE},
    .flags = RT_TYPE_IMMUTABLE,
};

/* ---- The static singletons ---- */

/* rt_str_t with room for one byte and its NUL: the layout of a one-byte heap string. */
typedef struct small_str {
    _Alignas(GC_GRANULE) rt_obj_t hdr; /* aligned as heap objects are */
    int64_t len;
    uint64_t hash;
    struct rt_str_index *index;
    char data[16];
} small_str_t;

_Static_assert(offsetof(small_str_t, data) == offsetof(rt_str_t, data), "small_str_t layout");

#define ASCII_FACTS (RT_STR_CHECKED | RT_STR_ASCII | RT_STR_UTF8)
/* A one-byte string holding c; bytes >= 0x80 alone are not UTF-8. */
#define SMALL(type, extra, c)                                                                      \
    {.hdr = {.gc = {.desc = &(type).gc,                                                            \
                    .size = sizeof(small_str_t),                                                   \
                    .rt_flags = ((c) < 0x80 ? ASCII_FACTS : RT_STR_CHECKED) | (extra)}},           \
     .len = 1,                                                                                     \
     .data = {(char)(c)}}
#define SMALL4(t, x, c)                                                                            \
    SMALL(t, x, c), SMALL(t, x, (c) + 1), SMALL(t, x, (c) + 2), SMALL(t, x, (c) + 3)
#define SMALL16(t, x, c)                                                                           \
    SMALL4(t, x, c), SMALL4(t, x, (c) + 4), SMALL4(t, x, (c) + 8), SMALL4(t, x, (c) + 12)
#define SMALL64(t, x, c)                                                                           \
    SMALL16(t, x, c), SMALL16(t, x, (c) + 16), SMALL16(t, x, (c) + 32), SMALL16(t, x, (c) + 48)
#define SMALL256(t, x) SMALL64(t, x, 0), SMALL64(t, x, 64), SMALL64(t, x, 128), SMALL64(t, x, 192)
#define EMPTY(type, extra)                                                                         \
    {.hdr = {.gc = {.desc = &(type).gc,                                                            \
                    .size = sizeof(small_str_t),                                                   \
                    .rt_flags = ASCII_FACTS | (extra)}}}

static small_str_t str_small[256] = {SMALL256(rt_type_str, RT_STR_INTERNED)};
static small_str_t bytes_small[256] = {SMALL256(rt_type_bytes, 0)};
static small_str_t str_empty = EMPTY(rt_type_str, RT_STR_INTERNED);
static small_str_t bytes_empty = EMPTY(rt_type_bytes, 0);

/* The singleton of `type` holding bytes[0..len), len <= 1. */
static rt_str_t *small(const rt_type_t *type, const char *bytes, size_t len)
{
    bool is_str = type == &rt_type_str;
    small_str_t *s;
    if (len == 0)
        s = is_str ? &str_empty : &bytes_empty;
    else
        s = &(is_str ? str_small : bytes_small)[(uint8_t)bytes[0]];
    return (rt_str_t *)s;
}

/* ---- Construction ---- */

rt_str_t *rt_str_char(unsigned char c) { return (rt_str_t *)&str_small[c]; }

rt_str_t *rt_str_alloc(const rt_type_t *type, size_t len)
{
    if (len > MAX_LEN) {
        fprintf(stderr, "pyhyp: a string of %zu bytes is too long\n", len);
        abort();
    }
    rt_str_t *s = rt_alloc(type, offsetof(rt_str_t, data) + len + 1); /* zeroed: data[len] NUL */
    s->len = (int64_t)len;
    return s;
}

/* A string of `type` holding a copy of bytes[0..len), with `facts` already known. */
static rt_str_t *make(const rt_type_t *type, const char *bytes, size_t len, uint16_t facts)
{
    if (len <= 1)
        return small(type, bytes, len);
    rt_str_t *s = rt_str_alloc(type, len);
    rt_bytes_copy(s->data, bytes, len);
    s->hdr.gc.rt_flags |= facts;
    return s;
}

rt_str_t *rt_str_new_typed(const rt_type_t *type, const char *bytes, size_t len)
{
    assert(type == &rt_type_str || type == &rt_type_bytes);
    return make(type, bytes, len, 0);
}

rt_str_t *rt_str_new(const char *bytes, size_t len) { return make(&rt_type_str, bytes, len, 0); }

rt_str_t *rt_str_from_cstr(const char *s) { return rt_str_new(s, strlen(s)); }

rt_str_t *rt_bytes_new(const char *bytes, size_t len)
{
    return make(&rt_type_bytes, bytes, len, 0);
}

rt_str_t *rt_str_new_utf8(const char *bytes, size_t len)
{
#ifdef PYHYP_DEBUG
    if (!rt_utf8_validate(bytes, len, NULL)) {
        fprintf(stderr, "pyhyp: rt_str_new_utf8 given invalid UTF-8\n");
        abort();
    }
#endif
    uint16_t facts = RT_STR_CHECKED | RT_STR_UTF8;
    if (rt_utf8_is_ascii(bytes, len))
        facts |= RT_STR_ASCII;
    return make(&rt_type_str, bytes, len, facts);
}

/* ---- Facts ---- */

/* The RT_STR_* facts of s, validating it on first need. */
static uint16_t facts(rt_str_t *s)
{
    uint16_t f = s->hdr.gc.rt_flags;
    if (f & RT_STR_CHECKED)
        return f;
    bool ascii;
    bool utf8 = rt_utf8_validate(s->data, (size_t)s->len, &ascii);
    f |= RT_STR_CHECKED | (utf8 ? RT_STR_UTF8 : 0) | (ascii ? RT_STR_ASCII : 0);
    s->hdr.gc.rt_flags = f;
    return f;
}

bool rt_str_is_ascii(rt_str_t *s) { return (facts(s) & RT_STR_ASCII) != 0; }

bool rt_str_is_utf8(rt_str_t *s) { return (facts(s) & RT_STR_UTF8) != 0; }

uint64_t rt_str_hash(rt_str_t *s)
{
    if (s->hash)
        return s->hash;
    s->hash = rt_hash_bytes(s->data, (size_t)s->len);
    return s->hash;
}

/*
** Equal type and equal bytes: a Python str never equals a bytes object. Two different interned
** strings differ (the table holds one per content), and known hashes that differ settle it too.
*/
bool rt_str_eq(const rt_str_t *a, const rt_str_t *b)
{
    if (a == b)
        return true;
    if (a->len != b->len || a->hdr.gc.desc != b->hdr.gc.desc)
        return false;
    if (a->hash && b->hash && a->hash != b->hash)
        return false;
    if (a->hdr.gc.rt_flags & b->hdr.gc.rt_flags & RT_STR_INTERNED)
        return false;
    return rt_bytes_eq(a->data, b->data, (size_t)a->len);
}

/* ---- Appending in place ---- */

/* The bytes a heap string's block holds past data[0] before the room its NUL needs. */
static size_t room(rt_str_t *s)
{
    size_t size = s->hdr.gc.size ? s->hdr.gc.size : gc_size_of(s); /* 0: a large object */
    return size - offsetof(rt_str_t, data) - 1;
}

rt_str_t *rt_str_append_owned(rt_str_t *a, const char *bytes, size_t n, uint16_t facts)
{
    size_t len = (size_t)a->len, total = len + n;
    bool owned = (a->hdr.gc.rt_flags & RT_STR_OWNED) != 0;
    if (rt_str_append_in_place(a, bytes, n, facts))
        return a;
    if (owned && total <= room(a)) { /* a large object */
        rt_bytes_copy(a->data + len, bytes, n);
        a->data[total] = '\0';
        a->len = (int64_t)total;
        rt_str_appended(a, facts);
        return a;
    }
    if (total <= 1)
        return small(&rt_type_str, len ? a->data : bytes, total);
    size_t cap = owned ? total + total / 2 : total;
    rt_str_t *r = rt_str_alloc(&rt_type_str, cap); /* bytes stay alive: a, or the caller's */
    r->len = (int64_t)total;
    rt_bytes_copy(r->data, a->data, len);
    rt_bytes_copy(r->data + len, bytes, n);
    r->data[total] = '\0';
    r->hdr.gc.rt_flags |= (uint16_t)(RT_STR_OWNED | (a->hdr.gc.rt_flags & ASCII_FACTS));
    rt_str_appended(r, facts);
    return r;
}

int rt_str_cmp(const rt_str_t *a, const rt_str_t *b)
{
    int64_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c != 0)
        return c;
    return (a->len > b->len) - (a->len < b->len);
}

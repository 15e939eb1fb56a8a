/*
** str.h: the one immutable string object (ARCHITECTURE.md section 2).
** PHP strings are byte strings; a Python str is such a string known to be valid UTF-8; Python bytes
** is a distinct type (rt_type_bytes) over the same layout. Length, hash and the ASCII / valid-UTF-8
** facts are cached; indexing by code point is O(1) amortized through a lazily built index, as in
** PyPy's UTF-8 strings. The bytes are always followed by a NUL for C interop.
*/
#ifndef PYHYP_RT_STR_H
#define PYHYP_RT_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"

/* Facts about a string kept in the header's rt_flags (bits 8 and up; low bits are RT_OBJ_*). */
enum {
    RT_STR_CHECKED = 1u << 8,   /* the ASCII and UTF8 bits below are known */
    RT_STR_ASCII = 1u << 9,     /* every byte < 0x80 (implies UTF8) */
    RT_STR_UTF8 = 1u << 10,     /* valid UTF-8 (no surrogates, no overlongs) */
    RT_STR_INTERNED = 1u << 11, /* the canonical copy in the intern table */
    RT_STR_OWNED = 1u << 12,    /* appendable in place: see rt_str_append_owned */
};

struct rt_str_index; /* the code-point index, built on first non-ASCII indexing */

/* Strings up to this many bytes are scanned for code points, never indexed (strindex.c). */
#define RT_STR_SCAN_MAX_LEN 128

typedef struct rt_str {
    rt_obj_t hdr;
    int64_t len;                 /* in bytes */
    uint64_t hash;               /* 0 until computed */
    struct rt_str_index *index;  /* NULL until needed; a heap object */
    char data[];                 /* len bytes, then NUL */
} rt_str_t;

extern rt_type_t rt_type_str;    /* PHP strings and Python str */
extern rt_type_t rt_type_bytes;  /* Python bytes */

/* ---- Construction (all may collect) ---- */

/* A string holding a copy of bytes[0..len). Its UTF-8 facts are computed on first need. Strings of
** 0 or 1 byte are shared static singletons (never allocated; the str ones are the interned copies).
** bytes may point into another heap string: the caller keeps that one alive. */
rt_str_t *rt_str_new(const char *bytes, size_t len);
rt_str_t *rt_str_from_cstr(const char *s);
/* The same for bytes the caller knows to be valid UTF-8 (Python str results); still computes ASCII.
** Debug builds check the claim. */
rt_str_t *rt_str_new_utf8(const char *bytes, size_t len);
/* A Python bytes object. */
rt_str_t *rt_bytes_new(const char *bytes, size_t len);
/* rt_str_new or rt_bytes_new, as type is rt_type_str or rt_type_bytes. */
rt_str_t *rt_str_new_typed(const rt_type_t *type, const char *bytes, size_t len);
/* A fresh string of len bytes (even for len <= 1) to be filled by the caller before anyone else
** sees it: its bytes are zero, data[len] is NUL. */
rt_str_t *rt_str_alloc(const rt_type_t *type, size_t len);
/* The one-byte str holding c: a static, interned singleton (what rt_str_new(&c, 1) returns,
** without the call chain; string offsets and chr() want it per character). Never allocates. */
rt_str_t *rt_str_char(unsigned char c);

/* ---- Facts ---- */

/* None of these allocates. */
uint64_t rt_str_hash(rt_str_t *s); /* cached; never 0; the same for equal bytes of either type */
bool rt_str_eq(const rt_str_t *a, const rt_str_t *b); /* same type and same bytes (str != bytes) */
int rt_str_cmp(const rt_str_t *a, const rt_str_t *b); /* bytewise (= by code point on UTF-8) */
bool rt_str_is_ascii(rt_str_t *s);
bool rt_str_is_utf8(rt_str_t *s);

/* ---- Code points (s must be valid UTF-8; checked in debug builds) ----
** O(1) on ASCII; otherwise the first call on a string longer than 128 bytes builds its index
** (O(len), allocates and may collect), and later ones cost O(1) plus a scan of < 64 code points.
** Indexes must be in range: 0 <= index < cp_len (cp_offset: <= cp_len),
** 0 <= start <= stop <= cp_len.
*/

int64_t rt_str_cp_len(rt_str_t *s);                   /* number of code points */
int64_t rt_str_cp_offset(rt_str_t *s, int64_t index); /* byte offset of code point `index` */
uint32_t rt_str_cp_at(rt_str_t *s, int64_t index);    /* the code point itself */
rt_str_t *rt_str_cp_slice(rt_str_t *s, int64_t start, int64_t stop); /* [start, stop); a str */

/* ---- Interning ---- */

/* The canonical str equal to s (s itself if it becomes canonical; then it is flagged
** RT_STR_INTERNED). s must be a str (rt_type_str). Interned strings stay alive for the whole
** process. Does not allocate from the heap. */
rt_str_t *rt_str_intern(rt_str_t *s);
/* The same for a C string; allocates (and may collect) only when the content is new. */
rt_str_t *rt_str_intern_cstr(const char *s);

/* ---- Comparing and copying short byte ranges (inline; no allocation) ---- */

/* Whether a[0..n) and b[0..n) hold the same bytes: inline for n <= 16 (two overlapping words of
** 8 or 4 bytes from each side, or three single bytes, every load in bounds), memcmp beyond. The
** map's string lookups and rt_str_eq compare mostly short keys, where a call to memcmp costs more
** than the comparison. */
static inline bool rt_bytes_eq(const char *a, const char *b, size_t n)
{
    if (n > 16)
        return __builtin_memcmp(a, b, n) == 0;
    if (n >= 8) {
        uint64_t a0, a1, b0, b1;
        __builtin_memcpy(&a0, a, 8);
        __builtin_memcpy(&b0, b, 8);
        __builtin_memcpy(&a1, a + n - 8, 8);
        __builtin_memcpy(&b1, b + n - 8, 8);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n >= 4) {
        uint32_t a0, a1, b0, b1;
        __builtin_memcpy(&a0, a, 4);
        __builtin_memcpy(&b0, b, 4);
        __builtin_memcpy(&a1, a + n - 4, 4);
        __builtin_memcpy(&b1, b + n - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

/* Copies s[0..n) to d (no overlap): inline overlapping loads and stores for n <= 16, memcpy beyond.
** Concatenation copies mostly short parts, where a call to memcpy costs more than the copy. */
static inline void rt_bytes_copy(char *d, const char *s, size_t n)
{
    if (n < 4) { /* smallest first: `.=` of one character is the commonest */
        if (n > 0) {
            char a = s[0], b = s[n / 2], c = s[n - 1];
            d[0] = a;
            d[n / 2] = b;
            d[n - 1] = c;
        }
    } else if (n < 8) {
        uint32_t a, b;
        __builtin_memcpy(&a, s, 4);
        __builtin_memcpy(&b, s + n - 4, 4);
        __builtin_memcpy(d, &a, 4);
        __builtin_memcpy(d + n - 4, &b, 4);
    } else if (n <= 16) {
        uint64_t a, b;
        __builtin_memcpy(&a, s, 8);
        __builtin_memcpy(&b, s + n - 8, 8);
        __builtin_memcpy(d, &a, 8);
        __builtin_memcpy(d + n - 8, &b, 8);
    } else {
        __builtin_memcpy(d, s, n);
    }
}

/* ---- Appending in place (PHP's `$s .= x`) ----
** Strings are immutable, except for one protocol: a string flagged RT_STR_OWNED is held by
** exactly one variable (a PHP CV or reference cell), which may append to it in place while the
** heap block has spare room past the NUL. Only rt_str_append_owned sets the flag, and only for
** the variable it writes the result to. Every path that lets the variable's value go anywhere
** else (an assignment, an argument, an array key or value, a property, interning, the bridge)
** first calls rt_str_disown, after which the string is an ordinary immutable one for good. To
** the collector and every reader an owned string is a normal string (its len, hash and facts
** are always right); the spare room is what the heap block has beyond len + 1.
*/

/* The string a . bytes[0..n) as the result of `a .= bytes` on a's own variable: a itself,
** grown in place, when it is owned and has room (its hash, index and facts are updated); else a
** new owned string holding both (amortised growth: room for half as much again when a was owned,
** exact size when it was not, so a one-off `.=` wastes no memory). A result of at most one byte
** is the shared singleton (never owned). The caller stores the result into the variable it
** reads a from, and nowhere else. bytes may point into a or another string; `facts` are the
** RT_STR_CHECKED / ASCII / UTF8 facts known of them (0: none), which the result's follow from.
** May collect. */
rt_str_t *rt_str_append_owned(rt_str_t *a, const char *bytes, size_t n, uint16_t facts);

/* After bytes with `facts` were appended to s in place: the cached hash and code-point index are
** stale; ASCII and UTF-8 hold when they held of both parts (an invalid part may complete another:
** nothing is known then, and the facts are worked out again on first need). */
static inline void rt_str_appended(rt_str_t *s, uint16_t facts)
{
    s->hash = 0;
    s->index = NULL; /* a null store needs no barrier */
    uint16_t f = s->hdr.gc.rt_flags, both = f & facts & (RT_STR_ASCII | RT_STR_UTF8);
    f &= (uint16_t)~(RT_STR_CHECKED | RT_STR_ASCII | RT_STR_UTF8);
    s->hdr.gc.rt_flags = (uint16_t)(both & RT_STR_UTF8 ? f | RT_STR_CHECKED | both : f);
}

/* rt_str_append_owned's in-place case, inline for the interpreters' `.=` of a few bytes: appends
** when a is owned and its (small-object) block has room, else returns false having done nothing.
** Never allocates. */
static inline bool rt_str_append_in_place(rt_str_t *a, const char *bytes, size_t n,
                                          uint16_t facts)
{
    size_t len = (size_t)a->len;
    if (!(a->hdr.gc.rt_flags & RT_STR_OWNED) ||
        offsetof(rt_str_t, data) + len + n + 1 > a->hdr.gc.size) /* size 0: a large object */
        return false;
    char *d = a->data + len; /* bytes may be a's own, but never overlap d[0..n) */
    rt_bytes_copy(d, bytes, n);
    d[n] = '\0';
    a->len = (int64_t)(len + n);
    rt_str_appended(a, facts);
    return true;
}

/* Makes s an ordinary immutable string before it escapes its variable (see above). No-op on
** strings that are not owned; never allocates. */
static inline void rt_str_disown(rt_str_t *s)
{
    if (__builtin_expect(s->hdr.gc.rt_flags & RT_STR_OWNED, 0)) /* (static strings stay clean) */
        s->hdr.gc.rt_flags &= (uint16_t)~RT_STR_OWNED;
}

/* ---- Building ---- */

/* A growable byte buffer for building strings. It must live on the C stack (or in a registered
** root): its storage is a heap object kept alive only by the `storage` field. Appending may
** collect; an abandoned builder needs no cleanup. `data` is valid until the next append or
** finish. */
typedef struct rt_strbuf {
    char *data;
    size_t len, cap;
    void *storage; /* the heap object holding data; keeps it alive through the conservative scan */
} rt_strbuf_t;

void rt_strbuf_init(rt_strbuf_t *b, size_t capacity_hint);
/* Moves the contents to new storage with room for `need` more bytes (the appends' slow path; bytes
** being appended may point into the old storage, which stays alive). May collect. */
void rt_strbuf_grow(rt_strbuf_t *b, size_t need);
/* The appends are inline: the common case is a bounds check and a copy. An initialized builder
** without storage has cap == len == 0, so the check covers it. */
static inline void rt_strbuf_append(rt_strbuf_t *b, const char *bytes, size_t len)
{
    if (len == 0)
        return;
    if (b->cap - b->len < len)
        rt_strbuf_grow(b, len);
    __builtin_memcpy(b->data + b->len, bytes, len);
    b->len += len;
}
static inline void rt_strbuf_append_char(rt_strbuf_t *b, char c)
{
    if (b->cap == b->len)
        rt_strbuf_grow(b, 1);
    b->data[b->len++] = c;
}
void rt_strbuf_append_str(rt_strbuf_t *b, const rt_str_t *s);
/* Spells v in decimal, as "%" PRId64 would, into the bytes before `end` (at most RT_STR_I64_MAX of
** them, no NUL) and returns where the spelling starts. Two digits per division. */
enum { RT_STR_I64_MAX = 20 };
char *rt_str_spell_i64(int64_t v, char *end);
/* Appends an int64 in decimal, as "%" PRId64 would, without printf. May collect. */
void rt_strbuf_append_int(rt_strbuf_t *b, int64_t v);
void rt_strbuf_appendf(rt_strbuf_t *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A string of the given type (rt_type_str or rt_type_bytes) holding what was appended; the buffer
** is empty again afterwards. May collect. */
rt_str_t *rt_strbuf_finish(rt_strbuf_t *b, const rt_type_t *type);

/* ---- Byte-level helpers (runtime/utf8.c, runtime/hash.c) ---- */

/* Whether bytes[0..len) is valid UTF-8 (RFC 3629: no overlongs, surrogates or values past
** U+10FFFF); *ascii (may be NULL) is set to whether every byte is < 0x80. SSE2 fast path. */
bool rt_utf8_validate(const char *bytes, size_t len, bool *ascii);
/* The length of the longest valid UTF-8 prefix of bytes[0..len): len when all of it is valid,
** else the offset of the first byte of the first ill-formed sequence (a decoder's error
** position). */
size_t rt_utf8_valid_prefix(const char *bytes, size_t len);
/* Whether every byte of bytes[0..len) is < 0x80. */
bool rt_utf8_is_ascii(const char *bytes, size_t len);
/* The number of code points in valid UTF-8 bytes[0..len). */
int64_t rt_utf8_count(const char *bytes, size_t len);
/* The byte offset of code point n in valid UTF-8 bytes[0..len), len when n is the count. */
size_t rt_utf8_offset(const char *bytes, size_t len, size_t n);
/* Decodes the sequence at bytes[0..avail): returns its length (1-4) and stores the code point in
** *cp, or returns 0 when no valid sequence starts there (ill-formed or cut short by avail). */
int rt_utf8_decode_checked(const char *bytes, size_t avail, uint32_t *cp);
/* Writes the UTF-8 form of cp (<= 0x10FFFF; callers reject surrogates where the language does)
** to out and returns its length, 1-4. */
int rt_utf8_encode(uint32_t cp, char out[4]);

/* Decodes the code point at bytes, which must start a valid sequence; *n gets its length. */
static inline uint32_t rt_utf8_decode(const char *bytes, int *n)
{
    const uint8_t *p = (const uint8_t *)bytes;
    uint32_t c = p[0];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    if (c < 0xE0) {
        *n = 2;
        return (c & 0x1F) << 6 | (p[1] & 0x3Fu);
    }
    if (c < 0xF0) {
        *n = 3;
        return (c & 0x0F) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);
    }
    *n = 4;
    return (c & 0x07) << 18 | (p[1] & 0x3Fu) << 12 | (p[2] & 0x3Fu) << 6 | (p[3] & 0x3Fu);
}

/* The hash of a byte range used for strings everywhere (hash maps, interning): SipHash-1-3 under a
** per-process random key (getrandom), or under k0 = k1 = N when PYHYP_HASH_SEED=N is set (0 gives
** the key CPython uses under PYTHONHASHSEED=0). Never 0 (a SipHash of 0 becomes 1). */
uint64_t rt_hash_bytes(const void *bytes, size_t len);
/* SipHash-1-3 of bytes[0..len) under the key (k0, k1). */
uint64_t rt_hash_siphash13(const void *bytes, size_t len, uint64_t k0, uint64_t k1);

#endif

/*
** str.h: the one immutable string object (ARCHITECTURE.md section 2).
** PHP strings are byte strings; a Python str is such a string known to be valid UTF-8; Python bytes
** is a distinct type (rt_type_bytes) over the same layout. Length, hash and the ASCII / valid-UTF-8
** facts are cached; indexing by code point is O(1) amortized through a lazily built index, as in
** PyPy's UTF-8 strings. The bytes are always followed by a NUL for C interop.
*/
#ifndef PYHYP_RT_STR_H
#define PYHYP_RT_STR_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"

/* Facts about a string kept in the header's rt_flags (bits 8 and up; low bits are RT_OBJ_*). */
enum {
    RT_STR_CHECKED = 1u << 8,   /* the ASCII and UTF8 bits below are known */
    RT_STR_ASCII = 1u << 9,     /* every byte < 0x80 (implies UTF8) */
    RT_STR_UTF8 = 1u << 10,     /* valid UTF-8 (no surrogates, no overlongs) */
    RT_STR_INTERNED = 1u << 11, /* the canonical copy in the intern table */
};

struct rt_str_index; /* the code-point index, built on first non-ASCII indexing */

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

/* A string holding a copy of bytes[0..len). Its UTF-8 facts are computed on first need. */
rt_str_t *rt_str_new(const char *bytes, size_t len);
rt_str_t *rt_str_from_cstr(const char *s);
/* The same for bytes the caller knows to be valid UTF-8 (Python str results); still computes ASCII. */
rt_str_t *rt_str_new_utf8(const char *bytes, size_t len);
/* A Python bytes object. */
rt_str_t *rt_bytes_new(const char *bytes, size_t len);
/* A string of len bytes to be filled by the caller before anyone else sees it (data[len] is NUL). */
rt_str_t *rt_str_alloc(const rt_type_t *type, size_t len);

/* ---- Facts ---- */

uint64_t rt_str_hash(rt_str_t *s);           /* cached; never 0 */
bool rt_str_eq(const rt_str_t *a, const rt_str_t *b);
int rt_str_cmp(const rt_str_t *a, const rt_str_t *b); /* bytewise, <0, 0, >0 */
bool rt_str_is_ascii(rt_str_t *s);
bool rt_str_is_utf8(rt_str_t *s);

/* ---- Code points (s must be valid UTF-8) ---- */

int64_t rt_str_cp_len(rt_str_t *s);                   /* number of code points */
int64_t rt_str_cp_offset(rt_str_t *s, int64_t index); /* byte offset of code point `index`, 0..cp_len */
uint32_t rt_str_cp_at(rt_str_t *s, int64_t index);    /* the code point itself */
rt_str_t *rt_str_cp_slice(rt_str_t *s, int64_t start, int64_t stop); /* code points [start, stop) */

/* ---- Interning ---- */

/* The canonical string equal to s (s itself if it becomes canonical). Interned strings stay alive. */
rt_str_t *rt_str_intern(rt_str_t *s);
rt_str_t *rt_str_intern_cstr(const char *s);

/* ---- Building ---- */

/* A growable byte buffer for building strings; lives on the C stack, its storage in the heap. */
typedef struct rt_strbuf {
    char *data;
    size_t len, cap;
    void *storage; /* the heap object holding data; keeps it alive through the conservative scan */
} rt_strbuf_t;

void rt_strbuf_init(rt_strbuf_t *b, size_t capacity_hint);
void rt_strbuf_append(rt_strbuf_t *b, const char *bytes, size_t len);
void rt_strbuf_append_char(rt_strbuf_t *b, char c);
void rt_strbuf_append_str(rt_strbuf_t *b, const rt_str_t *s);
void rt_strbuf_appendf(rt_strbuf_t *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A string of the given type holding what was appended; the buffer is empty again afterwards. */
rt_str_t *rt_strbuf_finish(rt_strbuf_t *b, const rt_type_t *type);

/* ---- Byte-level helpers (runtime/utf8.c, runtime/hash.c) ---- */

/* Whether bytes[0..len) is valid UTF-8 (RFC 3629: no overlongs, surrogates or values past
** U+10FFFF); *ascii is set to whether every byte is < 0x80. Word-at-a-time / SSE2 fast path. */
bool rt_utf8_validate(const char *bytes, size_t len, bool *ascii);

/* The hash of a byte range used for strings everywhere (hash maps, interning): seeded per process. */
uint64_t rt_hash_bytes(const void *bytes, size_t len);

#endif

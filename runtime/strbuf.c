/*
** strbuf.c: the string builder (str.h), for concatenation, formatting, repr and whatever else
** produces a string piece by piece. The builder itself is a small struct on the C stack; its bytes
** live in a heap object (a str whose length is the capacity), so a builder abandoned by an error
** path leaks nothing, and the conservative stack scan keeps the bytes alive through collections.
** Finishing turns that object into the result in place when little capacity is left over, and
** copies into an exact-size string otherwise.
*/
#include <assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/rt.h"

enum { MIN_CAPACITY = 32 };

/* Grows to at least twice the capacity, so appends are amortized O(1). */
void rt_strbuf_grow(rt_strbuf_t *b, size_t need)
{
    size_t want = b->len + need;
    if (want < need) {
        fprintf(stderr, "pyhyp: a string builder overflowed\n");
        abort();
    }
    size_t cap = b->cap * 2 > MIN_CAPACITY ? b->cap * 2 : MIN_CAPACITY;
    if (cap < want)
        cap = want;
    rt_str_t *s = rt_str_alloc(&rt_type_str, cap); /* its NUL slot data[cap] serves vsnprintf */
    if (b->len)
        memcpy(s->data, b->data, b->len);
    b->storage = s;
    b->data = s->data;
    b->cap = cap;
}

static inline void reserve(rt_strbuf_t *b, size_t need)
{
    if (b->cap - b->len < need || !b->storage)
        rt_strbuf_grow(b, need);
}

void rt_strbuf_init(rt_strbuf_t *b, size_t capacity_hint)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->storage = NULL;
    if (capacity_hint)
        rt_strbuf_grow(b, capacity_hint);
}

void rt_strbuf_append_str(rt_strbuf_t *b, const rt_str_t *s)
{
    rt_strbuf_append(b, s->data, (size_t)s->len);
}

/* "00" "01" ... "99": two digits per division by a constant. */
static const char digit_pairs[201] = "0001020304050607080910111213141516171819"
                                     "2021222324252627282930313233343536373839"
                                     "4041424344454647484950515253545556575859"
                                     "6061626364656667686970717273747576777879"
                                     "8081828384858687888990919293949596979899";

char *rt_str_spell_i64(int64_t v, char *end)
{
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p = end;
    while (m >= 100) {
        uint64_t r = m % 100;
        m /= 100;
        p -= 2;
        memcpy(p, digit_pairs + 2 * r, 2);
    }
    if (m >= 10) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * m, 2);
    } else {
        *--p = (char)('0' + m);
    }
    if (v < 0)
        *--p = '-';
    return p;
}

void rt_strbuf_append_int(rt_strbuf_t *b, int64_t v)
{
    char tmp[RT_STR_I64_MAX];
    char *p = rt_str_spell_i64(v, tmp + sizeof tmp);
    rt_strbuf_append(b, p, (size_t)(tmp + sizeof tmp - p));
}

/* Formats into the free capacity (its size + 1 for vsnprintf's NUL, which data[cap] has room for);
** if that was too small, grows to the size vsnprintf reported and formats again. */
void rt_strbuf_appendf(rt_strbuf_t *b, const char *fmt, ...)
{
    reserve(b, 1);
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int n = vsnprintf(b->data + b->len, b->cap - b->len + 1, fmt, ap);
    va_end(ap);
    if (n < 0) {
        fprintf(stderr, "pyhyp: rt_strbuf_appendf cannot format \"%s\"\n", fmt);
        abort();
    }
    if ((size_t)n > b->cap - b->len) {
        rt_strbuf_grow(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
    }
    va_end(again);
    b->len += (size_t)n;
}

rt_str_t *rt_strbuf_finish(rt_strbuf_t *b, const rt_type_t *type)
{
    assert(type == &rt_type_str || type == &rt_type_bytes);
    rt_str_t *s;
    if (b->len > 1 && b->cap - b->len <= b->len / 8) {
        s = b->storage; /* at most 1/9 of it wasted: keep it */
        s->len = (int64_t)b->len;
        s->data[b->len] = '\0';
        s->hdr.gc.desc = &type->gc;
    } else {
        s = rt_str_new_typed(type, b->data, b->len);
    }
    rt_strbuf_init(b, 0);
    return s;
}

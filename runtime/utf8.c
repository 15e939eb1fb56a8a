/*
** utf8.c: UTF-8 at the byte level, under the string object (str.h): validation, code-point
** counting and seeking, decoding and encoding. Validation decides whether a byte string may be a
** Python str; counting and seeking feed the code-point index (strindex.c).
** Runs of ASCII are skipped 16 or 64 bytes at a time with SSE2 (baseline on x86-64, the only
** target); multi-byte sequences are checked by a scalar loop over the well-formed byte ranges of
** the Unicode standard (Table 3-7), which excludes overlongs, surrogates and values past U+10FFFF.
*/
#include <emmintrin.h>
#include <string.h>

#include "runtime/rt.h"

/*
** For each lead byte: the sequence length and the allowed range of the second byte; later bytes
** are always 0x80..0xBF. Length 0 marks bytes that start no sequence: continuation bytes, the
** overlong leads 0xC0/0xC1 and 0xF5..0xFF. The narrowed second-byte ranges exclude the overlong
** three- and four-byte forms (E0, F0), the surrogates (ED A0..BF) and values past U+10FFFF (F4).
*/
typedef struct lead {
    uint8_t len, lo, hi;
} lead_t;

static const lead_t leads[256] = {
    [0x00 ... 0x7F] = {1, 0, 0},
    [0xC2 ... 0xDF] = {2, 0x80, 0xBF},
    [0xE0] = {3, 0xA0, 0xBF},
    [0xE1 ... 0xEC] = {3, 0x80, 0xBF},
    [0xED] = {3, 0x80, 0x9F},
    [0xEE ... 0xEF] = {3, 0x80, 0xBF},
    [0xF0] = {4, 0x90, 0xBF},
    [0xF1 ... 0xF3] = {4, 0x80, 0xBF},
    [0xF4] = {4, 0x80, 0x8F},
};

/* The length of the valid sequence at p (p < end), or 0. */
static inline size_t seq_len(const uint8_t *p, const uint8_t *end)
{
    lead_t l = leads[p[0]];
    if (l.len <= 1)
        return l.len;
    if ((size_t)(end - p) < l.len || p[1] < l.lo || p[1] > l.hi)
        return 0;
    for (size_t i = 2; i < l.len; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    return l.len;
}

static inline __m128i load16(const uint8_t *p) { return _mm_loadu_si128((const __m128i *)p); }

/* The first byte >= 0x80 in [p, end), or end. */
static const uint8_t *skip_ascii(const uint8_t *p, const uint8_t *end)
{
    while (end - p >= 64) {
        __m128i any = _mm_or_si128(_mm_or_si128(load16(p), load16(p + 16)),
                                   _mm_or_si128(load16(p + 32), load16(p + 48)));
        if (_mm_movemask_epi8(any))
            break;
        p += 64;
    }
    while (end - p >= 16) {
        int mask = _mm_movemask_epi8(load16(p));
        if (mask)
            return p + __builtin_ctz((unsigned)mask);
        p += 16;
    }
    while (p < end && *p < 0x80)
        p++;
    return p;
}

/*
** The valid prefix of [p, end). Alternates between the SIMD skip over ASCII and the scalar check of
** a run of multi-byte sequences; *ascii says whether no byte >= 0x80 was seen.
*/
static size_t scan(const uint8_t *start, const uint8_t *end, bool *ascii)
{
    const uint8_t *p = start;
    *ascii = true;
    for (;;) {
        p = skip_ascii(p, end);
        if (p == end)
            return (size_t)(p - start);
        *ascii = false;
        while (p < end && *p >= 0x80) {
            size_t n = seq_len(p, end);
            if (n == 0)
                return (size_t)(p - start);
            p += n;
        }
    }
}

bool rt_utf8_validate(const char *bytes, size_t len, bool *ascii)
{
    bool all_ascii;
    size_t valid = scan((const uint8_t *)bytes, (const uint8_t *)bytes + len, &all_ascii);
    if (ascii)
        *ascii = all_ascii;
    return valid == len;
}

size_t rt_utf8_valid_prefix(const char *bytes, size_t len)
{
    bool ascii;
    return scan((const uint8_t *)bytes, (const uint8_t *)bytes + len, &ascii);
}

bool rt_utf8_is_ascii(const char *bytes, size_t len)
{
    const uint8_t *p = (const uint8_t *)bytes;
    return skip_ascii(p, p + len) == p + len;
}

/* The number of continuation bytes (10xxxxxx) among the 8 bytes of w. */
static inline unsigned count_cont8(uint64_t w)
{
    uint64_t m = w & ~(w << 1) & 0x8080808080808080u; /* bit 7 set, bit 6 clear */
    return (unsigned)(((m >> 7) * 0x0101010101010101u) >> 56);
}

static inline uint64_t load8(const uint8_t *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

/*
** Code points are the bytes that are not continuation bytes. SSE2: a signed byte below -64 is a
** continuation byte; compare results (-1 per match) are summed in byte lanes for up to 255 blocks,
** then folded with a sum of absolute differences.
*/
int64_t rt_utf8_count(const char *bytes, size_t len)
{
    const uint8_t *p = (const uint8_t *)bytes, *end = p + len;
    const __m128i threshold = _mm_set1_epi8(-64);
    uint64_t cont = 0;
    while (end - p >= 16) {
        size_t blocks = (size_t)(end - p) / 16;
        if (blocks > 255)
            blocks = 255;
        __m128i acc = _mm_setzero_si128();
        for (size_t i = 0; i < blocks; i++, p += 16)
            acc = _mm_sub_epi8(acc, _mm_cmplt_epi8(load16(p), threshold));
        __m128i sums = _mm_sad_epu8(acc, _mm_setzero_si128());
        cont += (uint64_t)_mm_cvtsi128_si64(sums) +
                (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
    }
    for (; p < end; p++)
        cont += (*p & 0xC0) == 0x80;
    return (int64_t)(len - cont);
}

/* Skips whole words while they hold no more code-point starts than remain to be skipped. */
size_t rt_utf8_offset(const char *bytes, size_t len, size_t n)
{
    const uint8_t *p = (const uint8_t *)bytes;
    size_t i = 0;
    while (len - i >= 8) {
        unsigned starts = 8 - count_cont8(load8(p + i));
        if (starts > n)
            break;
        n -= starts;
        i += 8;
    }
    for (; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            if (n == 0)
                return i;
            n--;
        }
    }
    return len;
}

int rt_utf8_decode_checked(const char *bytes, size_t avail, uint32_t *cp)
{
    const uint8_t *p = (const uint8_t *)bytes;
    if (avail == 0 || seq_len(p, p + avail) == 0)
        return 0;
    int n;
    *cp = rt_utf8_decode(bytes, &n);
    return n;
}

int rt_utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12);
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/*
** test_utf8.c: UTF-8 validation, counting, seeking, decoding and encoding (runtime/utf8.c).
** The fast validator is checked on hand-picked ill-formed inputs whose verdicts come from CPython
** 3.11 and, on millions of random near-valid bytes, against a reference validator written here
** the other way round: decode the value first, then reject overlongs, surrogates and values past
** U+10FFFF by arithmetic (utf8.c checks byte ranges instead).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/rt.h"
#include "tests/unit/runtime/strtest.h"
#include "tests/unit/unit.h"

/* ---- The reference ---- */

/* The length of the longest valid prefix of p[0..n), by decoding values. */
static size_t ref_valid_prefix(const uint8_t *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint8_t b = p[i];
        int extra;
        uint32_t cp, min;
        if (b < 0x80) {
            i++;
            continue;
        } else if ((b & 0xE0) == 0xC0) {
            extra = 1, cp = b & 0x1Fu, min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            extra = 2, cp = b & 0x0Fu, min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            extra = 3, cp = b & 0x07u, min = 0x10000;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; k++) {
            if (i + (size_t)k >= n || (p[i + (size_t)k] & 0xC0) != 0x80)
                return i;
            cp = cp << 6 | (p[i + (size_t)k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += (size_t)extra + 1;
    }
    return n;
}

static bool ref_ascii(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] >= 0x80)
            return false;
    return true;
}

/* ---- Hand-picked inputs ---- */

typedef struct utf8_case {
    const char *name;
    const char *bytes;
    size_t len;
    size_t valid_prefix; /* UnicodeDecodeError.start from CPython 3.11 bytes.decode('utf-8') */
} utf8_case_t;

static const utf8_case_t invalid_cases[] = {
    {"overlong 2-byte NUL", "\xc0\x80", 2, 0},
    {"overlong 2-byte max", "\xc1\xbf", 2, 0},
    {"overlong 3-byte NUL", "\xe0\x80\x80", 3, 0},
    {"overlong 3-byte U+07FF", "\xe0\x9f\xbf", 3, 0},
    {"overlong 4-byte NUL", "\xf0\x80\x80\x80", 4, 0},
    {"overlong 4-byte U+FFFF", "\xf0\x8f\xbf\xbf", 4, 0},
    {"5-byte form", "\xf8\x88\x80\x80\x80", 5, 0},
    {"6-byte form", "\xfc\x84\x80\x80\x80\x80", 6, 0},
    {"surrogate D800", "\xed\xa0\x80", 3, 0},
    {"surrogate DBFF", "\xed\xaf\xbf", 3, 0},
    {"surrogate DC00", "\xed\xb0\x80", 3, 0},
    {"surrogate DFFF", "\xed\xbf\xbf", 3, 0},
    {"surrogate pair", "\xed\xa0\xbd\xed\xb8\x80", 6, 0},
    {"U+110000", "\xf4\x90\x80\x80", 4, 0},
    {"F5 lead", "\xf5\x80\x80\x80", 4, 0},
    {"F7 max", "\xf7\xbf\xbf\xbf", 4, 0},
    {"truncated 2 at end", "ab\xc3", 3, 2},
    {"truncated 3/1 at end", "ab\xe2", 3, 2},
    {"truncated 3/2 at end", "ab\xe2\x82", 4, 2},
    {"truncated 4/3 at end", "ab\xf0\x9f\x98", 5, 2},
    {"truncated 3 in middle", "a\xe2\x82" "b", 4, 1},
    {"truncated 4 in middle", "a\xf0\x9f\x98" "b", 5, 1},
    {"truncated 2 before lead", "a\xc3\xc3\xa9", 4, 1},
    {"stray continuation 80", "\x80", 1, 0},
    {"stray continuation BF", "a\xbf" "b", 3, 1},
    {"extra continuation", "\xc3\xa9\xa9", 3, 2},
    {"C0 alone", "x\xc0", 2, 1},
    {"C1 alone", "x\xc1y", 3, 1},
    {"F5 alone", "\xf5", 1, 0},
    {"F8 alone", "\xf8", 1, 0},
    {"FE", "\xfe", 1, 0},
    {"FF", "ok\xff", 3, 2},
    {"late error after ASCII",
     "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef01234\xe9", 70, 69},
    {"late error after valid",
     "h\xc3\xa9llo w\xc3\xb6rld \xe4\xb8\xad\xe6\x96\x87 \xf0\x9f\x98\x80\xed\xa0\x80", 28, 25},
};

static void test_invalid_sequences(void)
{
    for (size_t i = 0; i < sizeof invalid_cases / sizeof invalid_cases[0]; i++) {
        const utf8_case_t *c = &invalid_cases[i];
        bool ascii = true;
        CU_ASSERT_FALSE(rt_utf8_validate(c->bytes, c->len, &ascii));
        CU_ASSERT_FALSE(ascii);
        CU_ASSERT_EQUAL(rt_utf8_valid_prefix(c->bytes, c->len), c->valid_prefix);
        if (rt_utf8_valid_prefix(c->bytes, c->len) != c->valid_prefix)
            fprintf(stderr, "\n  case \"%s\"\n", c->name);
    }
}

/* Every lead byte that starts no sequence is rejected, alone and before continuation bytes. */
static void test_bad_lead_bytes(void)
{
    for (unsigned b = 0x80; b <= 0xFF; b++) {
        if (b >= 0xC2 && b <= 0xF4)
            continue;
        char buf[4] = {(char)b, (char)0x80, (char)0x80, (char)0x80};
        for (size_t len = 1; len <= 4; len++)
            CU_ASSERT_EQUAL(rt_utf8_valid_prefix(buf, len), 0);
    }
}

/* Code points at the edges of each length and around the surrogates, as CPython encodes them. */
static const struct {
    uint32_t cp;
    const char *bytes;
} boundaries[] = {
    {0x0, "\x00"},
    {0x7F, "\x7f"},
    {0x80, "\xc2\x80"},
    {0x7FF, "\xdf\xbf"},
    {0x800, "\xe0\xa0\x80"},
    {0xD7FF, "\xed\x9f\xbf"},
    {0xE000, "\xee\x80\x80"},
    {0xFFFD, "\xef\xbf\xbd"},
    {0xFFFF, "\xef\xbf\xbf"},
    {0x10000, "\xf0\x90\x80\x80"},
    {0x10FFFF, "\xf4\x8f\xbf\xbf"},
};

static void test_valid_boundaries(void)
{
    for (size_t i = 0; i < sizeof boundaries / sizeof boundaries[0]; i++) {
        const char *b = boundaries[i].bytes;
        size_t len = boundaries[i].cp == 0 ? 1 : strlen(b);
        bool ascii;
        CU_ASSERT_TRUE(rt_utf8_validate(b, len, &ascii));
        CU_ASSERT_EQUAL(ascii, boundaries[i].cp < 0x80);
        uint32_t cp = 0xFFFFFFFF;
        CU_ASSERT_EQUAL(rt_utf8_decode_checked(b, len, &cp), (int)len);
        CU_ASSERT_EQUAL(cp, boundaries[i].cp);
        CU_ASSERT_EQUAL(rt_utf8_decode_checked(b, len - 1, &cp), 0); /* cut short */
        char out[4];
        CU_ASSERT_EQUAL(rt_utf8_encode(boundaries[i].cp, out), (int)len);
        CU_ASSERT_EQUAL(memcmp(out, b, len), 0);
    }
}

/* All 1,112,064 scalar values round-trip; all 2,048 surrogates encode to rejected bytes. */
static void test_every_code_point(void)
{
    int bad = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        char buf[4];
        int n = rt_utf8_encode(cp, buf);
        bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        if (rt_utf8_validate(buf, (size_t)n, NULL) == surrogate) {
            bad++;
            continue;
        }
        if (surrogate)
            continue;
        uint32_t back = 0;
        int m;
        if (rt_utf8_decode_checked(buf, (size_t)n, &back) != n || back != cp ||
            rt_utf8_decode(buf, &m) != cp || m != n || rt_utf8_count(buf, (size_t)n) != 1)
            bad++;
    }
    CU_ASSERT_EQUAL(bad, 0);
}

/* ---- Random near-valid input ---- */

/* Appends one piece: mostly valid text (ASCII runs, code points of every length, boundary values),
** sometimes a defect (a random byte, a cut sequence, an overlong, a surrogate, a value too big). */
static size_t random_piece(strtest_rng_t *r, uint8_t *out)
{
    static const uint32_t edges[] = {0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000,
                                     0x10FFFF};
    static const uint32_t ranges[] = {0x80, 0x800, 0x10000, 0x110000};
    uint32_t kind = strtest_below(r, 100);
    if (kind < 30) { /* an ASCII run, up to 80 bytes to cross SIMD blocks */
        size_t n = strtest_below(r, 81);
        for (size_t i = 0; i < n; i++)
            out[i] = (uint8_t)(0x20 + strtest_below(r, 95));
        return n;
    }
    uint32_t cp;
    if (kind < 85) {
        cp = strtest_below(r, ranges[strtest_below(r, 4)]);
        if (cp >= 0xD800 && cp <= 0xDFFF)
            cp -= 0x800;
    } else if (kind < 90) {
        cp = edges[strtest_below(r, sizeof edges / sizeof edges[0])];
    } else if (kind < 93) { /* a surrogate or a value past U+10FFFF, encoded the usual way */
        cp = strtest_below(r, 2) ? 0xD800 + strtest_below(r, 0x800)
                                 : 0x110000 + strtest_below(r, 0xF0000);
        out[0] = (uint8_t)(cp >= 0x10000 ? 0xF0 | cp >> 18 : 0xE0 | cp >> 12);
        size_t n = cp >= 0x10000 ? 4 : 3;
        for (size_t i = 1; i < n; i++)
            out[i] = (uint8_t)(0x80 | (cp >> (6 * (n - 1 - i)) & 0x3F));
        return n;
    } else if (kind < 96) { /* any byte */
        out[0] = (uint8_t)strtest_below(r, 256);
        return 1;
    } else if (kind < 98) { /* an overlong form of a small value */
        cp = strtest_below(r, 0x800);
        out[0] = 0xE0;
        out[1] = (uint8_t)(0x80 | cp >> 6);
        out[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    } else { /* a sequence with its last byte cut */
        char buf[4];
        int n = rt_utf8_encode(0x80 + strtest_below(r, 0x10000), buf);
        memcpy(out, buf, (size_t)n - 1);
        return (size_t)n - 1;
    }
    return (size_t)rt_utf8_encode(cp, (char *)out);
}

/* The fast functions against the reference and naive counts on one input. */
static bool agrees(const uint8_t *p, size_t n)
{
    size_t want = ref_valid_prefix(p, n);
    bool ascii;
    if (rt_utf8_validate((const char *)p, n, &ascii) != (want == n))
        return false;
    if (ascii != ref_ascii(p, n) || rt_utf8_is_ascii((const char *)p, n) != ascii)
        return false;
    if (rt_utf8_valid_prefix((const char *)p, n) != want)
        return false;
    /* counting and seeking on the valid prefix */
    size_t cps = 0;
    for (size_t i = 0; i < want; i++)
        cps += (p[i] & 0xC0) != 0x80;
    if (rt_utf8_count((const char *)p, want) != (int64_t)cps)
        return false;
    size_t k = 0, stride = 1 + cps / 100; /* about 100 seeks per input keeps this linear */
    for (size_t i = 0; i <= want; i++) {
        if (i < want && (p[i] & 0xC0) == 0x80)
            continue;
        if ((k % stride == 0 || i == want) && rt_utf8_offset((const char *)p, want, k) != i)
            return false;
        k++;
    }
    return true;
}

static void test_random_against_reference(void)
{
    strtest_rng_t r = {20240601};
    enum { MAX = 8192 };
    uint8_t *buf = malloc(MAX + 8);
    size_t total = 0, valid = 0, failures = 0;
    for (int round = 0; round < 40000; round++) {
        /* mostly short strings, some long ones whose single defect sits after long valid runs */
        size_t limit = round % 50 == 0 ? MAX : 1 + strtest_below(&r, 200);
        size_t n = 0;
        while (n < limit && n + 80 <= MAX) {
            n += random_piece(&r, buf + n);
            if (strtest_below(&r, 12) == 0)
                break;
        }
        if (!agrees(buf, n) && failures++ < 5)
            fprintf(stderr, "\n  disagreement on random input %d (%zu bytes)\n", round, n);
        valid += ref_valid_prefix(buf, n) == n;
        total += n;
    }
    free(buf);
    CU_ASSERT_EQUAL(failures, 0);
    CU_ASSERT_TRUE(total > 3000000);                 /* millions of bytes */
    CU_ASSERT_TRUE(valid > 4000 && valid < 36000);   /* both verdicts well represented */
}

/* Every single-byte corruption of a valid text, at each position: the SIMD block edges included. */
static void test_each_position(void)
{
    const char *text = "ascii run of some length, then caf\xc3\xa9 \xe4\xb8\xad\xe6\x96\x87 "
                       "\xf0\x9f\x98\x80 and ASCII again for a while to reach past 64 bytes.";
    size_t n = strlen(text);
    uint8_t buf[256];
    int failures = 0;
    static const uint8_t bad[] = {0x80, 0xBF, 0xC0, 0xC1, 0xE0, 0xED, 0xF4, 0xF5, 0xFF};
    for (size_t pos = 0; pos < n; pos++) {
        for (size_t j = 0; j < sizeof bad; j++) {
            memcpy(buf, text, n);
            buf[pos] = bad[j];
            failures += !agrees(buf, n);
        }
        failures += !agrees((const uint8_t *)text, pos); /* every truncation */
    }
    CU_ASSERT_EQUAL(failures, 0);
}

static void test_count_and_offset(void)
{
    /* "h\u00e9\u4e2d\U0001F600!" : code points of 1, 2, 3, 4, 1 bytes */
    const char *s = "h\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80!";
    size_t len = strlen(s);
    CU_ASSERT_EQUAL(rt_utf8_count(s, len), 5);
    static const size_t offsets[] = {0, 1, 3, 6, 10, 11};
    for (size_t k = 0; k <= 5; k++)
        CU_ASSERT_EQUAL(rt_utf8_offset(s, len, k), offsets[k]);
    CU_ASSERT_EQUAL(rt_utf8_count("", 0), 0);
    CU_ASSERT_EQUAL(rt_utf8_offset("", 0, 0), 0);
    CU_ASSERT_TRUE(rt_utf8_is_ascii("", 0));
    CU_ASSERT_TRUE(rt_utf8_validate("", 0, NULL));
}

UNIT_SUITE(utf8, NULL, NULL, UNIT_TEST(test_invalid_sequences), UNIT_TEST(test_bad_lead_bytes),
           UNIT_TEST(test_valid_boundaries), UNIT_TEST(test_every_code_point),
           UNIT_TEST(test_random_against_reference), UNIT_TEST(test_each_position),
           UNIT_TEST(test_count_and_offset))

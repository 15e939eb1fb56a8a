/*
** mbstring.c: ext/mbstring's basics for UTF-8 (and the single-byte ISO-8859-1 and ASCII):
** lengths, substrings, searches and splits by character, case conversion with Unicode's full
** and simple mappings (from ICU, as PHP 8.2 maps them: character by character, without the
** context-dependent rules), encoding checks and conversion between the three encodings.
** Malformed UTF-8 counts one character per bad byte and converts to '?', as PHP's does.
** UTF-16 and UTF-32 (either order; UCS-2/UCS-4 as their aliases) convert too.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include "phpvm/ext/mbstring/mbchars.h"
#include "phpvm/interp.h"


/* The encodings these functions know, under the names PHP accepts for them. */
static const struct {
    const char *name;
    enum enc enc;
} encodings[] = {
    {"UTF-8", ENC_UTF8},      {"UTF8", ENC_UTF8},          {"ISO-8859-1", ENC_LATIN1},
    {"ISO8859-1", ENC_LATIN1}, {"latin1", ENC_LATIN1},     {"ASCII", ENC_ASCII},
    {"US-ASCII", ENC_ASCII},   {"8bit", ENC_LATIN1},        {"UTF-16BE", ENC_UTF16BE},
    {"UTF-16LE", ENC_UTF16LE}, {"UTF-32BE", ENC_UTF32BE},   {"UTF-32LE", ENC_UTF32LE},
    {"UTF-16", ENC_UTF16},     {"UTF-32", ENC_UTF32},       {"UCS-2", ENC_UTF16},
    {"UCS-2BE", ENC_UTF16BE},  {"UCS-2LE", ENC_UTF16LE},    {"UCS-4", ENC_UTF32},
    {"UCS-4BE", ENC_UTF32BE},  {"UCS-4LE", ENC_UTF32LE},
};

static const char *const enc_names[] = {"UTF-8",    "ISO-8859-1", "ASCII",  "UTF-16BE", "UTF-16LE",
                                        "UTF-32BE", "UTF-32LE",   "UTF-16", "UTF-32"};

/* Bytes per unit of the UTF-16/32 encodings (0: byte-oriented), and whether little-endian. */
static int unit_of(enum enc e)
{
    return e == ENC_UTF16BE || e == ENC_UTF16LE || e == ENC_UTF16   ? 2
           : e == ENC_UTF32BE || e == ENC_UTF32LE || e == ENC_UTF32 ? 4
                                                                      : 0;
}

static bool little(enum enc e)
{
    return e == ENC_UTF16LE || e == ENC_UTF32LE;
}

static uint32_t unit_at(const char *s, int size, bool le)
{
    uint32_t v = 0;
    for (int k = 0; k < size; k++)
        v |= (uint32_t)(unsigned char)s[le ? k : size - 1 - k] << (8 * k);
    return v;
}

static void put_unit(rt_strbuf_t *b, uint32_t v, int size, bool le)
{
    for (int k = 0; k < size; k++)
        rt_strbuf_append_char(b, (char)(v >> (8 * (le ? k : size - 1 - k))));
}

static enum enc internal_enc = ENC_UTF8;

/* What stands for a character an encoding cannot hold: a code point, or -1 for none. */
static int32_t subst_char = '?';

static bool enc_lookup(const char *name, enum enc *out)
{
    for (size_t k = 0; k < sizeof encodings / sizeof encodings[0]; k++) {
        if (strcasecmp(name, encodings[k].name) == 0) {
            *out = encodings[k].enc;
            return true;
        }
    }
    return false;
}

/* The encoding argument i (missing or null: the internal encoding); false with a ValueError. */
bool mb_enc_arg(rt_value_t *args, int argc, int i, enum enc *out)
{
    *out = internal_enc;
    if (!phpvm_arg_given(argc, args, i) || phpvm_deref(args[i]) == rt_none)
        return true;
    rt_str_t *n = phpvm_arg_str(args, argc, i);
    if (!n)
        return false;
    if (enc_lookup(n->data, out))
        return true;
    char param[64];
    phpvm_arg_param_name(i, param, sizeof param);
    phpvm_throw("ValueError", "%s(): Argument #%d ($%s) must be a valid encoding, \"%s\" given",
                phpvm_cur_builtin, i + 1, param, n->data);
    return false;
}

/* ---- Characters ---- */

/* The character at s[0..n): its length in bytes (a bad byte is one), *cp its code point or -1. */
int mb_char_at(const char *s, size_t n, enum enc e, int32_t *cp)
{
    int size = unit_of(e);
    if (size) { /* a short tail, a lone surrogate, a value past U+10FFFF: one bad character */
        if (n < (size_t)size) {
            *cp = -1;
            return (int)n;
        }
        uint32_t v = unit_at(s, size, little(e));
        if (size == 2 && v >= 0xd800 && v < 0xdc00 && n >= 4) {
            uint32_t lo = unit_at(s + 2, 2, little(e));
            if (lo >= 0xdc00 && lo < 0xe000) {
                *cp = (int32_t)(0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00));
                return 4;
            }
        }
        *cp = (v >= 0xd800 && v < 0xe000) || v > 0x10ffff ? -1 : (int32_t)v;
        return size;
    }
    if (e != ENC_UTF8) {
        unsigned char c = (unsigned char)s[0];
        *cp = e == ENC_ASCII && c >= 0x80 ? -1 : c;
        return 1;
    }
    uint32_t u;
    int len = rt_utf8_decode_checked(s, n, &u);
    if (len <= 0) {
        *cp = -1;
        return 1;
    }
    *cp = (int32_t)u;
    return len;
}

/* Byte offsets of the characters of s, plus the end: offs[0..count]. Caller frees. */
static size_t *char_offsets(const rt_str_t *s, enum enc e, int64_t *count)
{
    size_t *offs = malloc(((size_t)s->len + 1) * sizeof *offs);
    int64_t n = 0;
    size_t p = 0;
    while (p < (size_t)s->len) {
        int32_t cp;
        offs[n++] = p;
        p += (size_t)mb_char_at(s->data + p, (size_t)s->len - p, e, &cp);
    }
    offs[n] = p;
    *count = n;
    return offs;
}

static int64_t char_count(const rt_str_t *s, enum enc e)
{
    if (e == ENC_LATIN1 || e == ENC_ASCII)
        return s->len;
    int64_t n = 0;
    for (size_t p = 0; p < (size_t)s->len; n++) {
        int32_t cp;
        p += (size_t)mb_char_at(s->data + p, (size_t)s->len - p, e, &cp);
    }
    return n;
}

void mb_put_cp(rt_strbuf_t *b, int32_t cp, enum enc e)
{
    if (cp < 0 || (e == ENC_ASCII && cp > 0x7f) || (e == ENC_LATIN1 && cp > 0xff)) {
        if (subst_char >= 0 && subst_char != cp)
            mb_put_cp(b, subst_char, e);
    } else if (unit_of(e) == 4) {
        put_unit(b, (uint32_t)cp, 4, little(e));
    } else if (unit_of(e) == 2 && cp >= 0x10000) {
        put_unit(b, 0xd800 + (((uint32_t)cp - 0x10000) >> 10), 2, little(e));
        put_unit(b, 0xdc00 + (((uint32_t)cp - 0x10000) & 0x3ff), 2, little(e));
    } else if (unit_of(e) == 2) {
        put_unit(b, (uint32_t)cp, 2, little(e));
    } else if (e != ENC_UTF8) {
        rt_strbuf_append_char(b, (char)cp);
    } else {
        char buf[4];
        rt_strbuf_append(b, buf, (size_t)rt_utf8_encode((uint32_t)cp, buf));
    }
}

/* ---- Case mapping ---- */

enum {
    CASE_UPPER, CASE_LOWER, CASE_TITLE, CASE_FOLD, CASE_UPPER_SIMPLE, CASE_LOWER_SIMPLE,
    CASE_TITLE_SIMPLE, CASE_FOLD_SIMPLE, CASE_N
};

/* The full mapping of one code point (upper, lower, title or fold) appended to b. */
static void map_full(rt_strbuf_t *b, UChar32 cp, int mode, enum enc e)
{
    UChar src[2], dst[8];
    int32_t n = 0, m;
    UErrorCode err = U_ZERO_ERROR;
    U16_APPEND_UNSAFE(src, n, cp);
    switch (mode) {
    case CASE_UPPER: m = u_strToUpper(dst, 8, src, n, "", &err); break;
    case CASE_LOWER: m = u_strToLower(dst, 8, src, n, "", &err); break;
    case CASE_TITLE: m = u_strToTitle(dst, 8, src, n, NULL, "", &err); break;
    default: m = u_strFoldCase(dst, 8, src, n, U_FOLD_CASE_DEFAULT, &err); break;
    }
    if (U_FAILURE(err)) {
        mb_put_cp(b, cp, e);
        return;
    }
    for (int32_t k = 0; k < m;) {
        UChar32 c;
        U16_NEXT_UNSAFE(dst, k, c);
        mb_put_cp(b, c, e);
    }
}

static UChar32 map_simple(UChar32 cp, int mode)
{
    switch (mode) {
    case CASE_UPPER_SIMPLE: return u_toupper(cp);
    case CASE_LOWER_SIMPLE: return u_tolower(cp);
    case CASE_TITLE_SIMPLE: return u_totitle(cp);
    default: return u_foldCase(cp, U_FOLD_CASE_DEFAULT);
    }
}

/* s converted by mode (MB_CASE_*), character by character; title case starts each run of cased
** letters (case-ignorable characters do not end a run). May collect. */
static rt_str_t *convert_case(const rt_str_t *s, int mode, enum enc e)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 8);
    bool in_word = false;
    for (size_t p = 0; p < (size_t)s->len;) {
        int32_t cp;
        p += (size_t)mb_char_at(s->data + p, (size_t)s->len - p, e, &cp);
        if (cp < 0) {
            mb_put_cp(&b, cp, e);
            continue;
        }
        int m = mode;
        if (mode == CASE_TITLE || mode == CASE_TITLE_SIMPLE) {
            if (in_word)
                m = mode == CASE_TITLE ? CASE_LOWER : CASE_LOWER_SIMPLE;
            if (!u_hasBinaryProperty(cp, UCHAR_CASE_IGNORABLE))
                in_word = u_hasBinaryProperty(cp, UCHAR_CASED);
        }
        if (m < CASE_UPPER_SIMPLE)
            map_full(&b, cp, m, e);
        else
            mb_put_cp(&b, map_simple(cp, m), e);
    }
    return rt_strbuf_finish(&b, &rt_type_str);
}

static rt_value_t case_fn(rt_value_t *args, int argc, int mode, int enc_i)
{
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    enum enc e;
    if (!s || !mb_enc_arg(args, argc, enc_i, &e))
        return RT_NOVALUE;
    return rt_from_ptr(convert_case(s, mode, e));
}

static rt_value_t fn_mb_strtoupper(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return case_fn(args, argc, CASE_UPPER, 1);
}

static rt_value_t fn_mb_strtolower(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return case_fn(args, argc, CASE_LOWER, 1);
}

static rt_value_t fn_mb_convert_case(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    int64_t mode;
    if (!phpvm_arg_long(args, argc, 1, &mode))
        return RT_NOVALUE;
    if (mode < 0 || mode >= CASE_N)
        return phpvm_throw("ValueError", "mb_convert_case(): Argument #2 ($mode) must be one of "
                           "the MB_CASE_* constants");
    return case_fn(args, argc, (int)mode, 2);
}

/* ---- Lengths, substrings, splits ---- */

static rt_value_t fn_mb_strlen(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    enum enc e;
    if (!s || !mb_enc_arg(args, argc, 1, &e))
        return RT_NOVALUE;
    return phpvm_int(char_count(s, e));
}

/* PHP's clamping of a (start, length) pair over n characters into [*from, *to). */
static void clamp(int64_t n, int64_t start, bool has_len, int64_t len, int64_t *from, int64_t *to)
{
    if (start < 0)
        start = start < -n ? 0 : n + start;
    if (start > n)
        start = n;
    int64_t end = n;
    if (has_len)
        end = len < 0 ? (n + len < start ? start : n + len) : (len > n - start ? n : start + len);
    *from = start;
    *to = end;
}

/* mb_strcut: a byte range (substr's clamping) shrunk to whole characters: its start moves back
** to the start of the character it splits, its end back to a character boundary. */
static rt_value_t fn_mb_strcut(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    int64_t start, len = 0;
    bool has_len = phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none;
    enum enc e;
    if (!s || !phpvm_arg_long(args, argc, 1, &start) ||
        (has_len && !phpvm_arg_long(args, argc, 2, &len)) || !mb_enc_arg(args, argc, 3, &e))
        return RT_NOVALUE;
    if (start > s->len)
        return phpvm_str_value("", 0);
    int64_t from, to;
    clamp(s->len, start, has_len, len, &from, &to);
    if (to < from)
        to = from;
    /* a positive length counts from the start once it is moved back */
    const unsigned char *d = (const unsigned char *)s->data;
    int64_t unit = e == ENC_UTF32BE || e == ENC_UTF32LE || e == ENC_UTF32 ? 4
                   : e == ENC_UTF16BE || e == ENC_UTF16LE || e == ENC_UTF16 ? 2 : 1;
    int64_t moved = from;
    if (e == ENC_UTF8)
        while (moved > 0 && (d[moved] & 0xC0) == 0x80)
            moved--;
    moved -= moved % unit;
    if (has_len && len >= 0)
        to = moved + len < s->len ? moved + len : s->len;
    from = moved;
    if (e == ENC_UTF8)
        while (to > from && to < s->len && (d[to] & 0xC0) == 0x80)
            to--;
    to -= (to - from) % unit;
    return phpvm_str_value(s->data + from, (size_t)(to - from));
}

static rt_value_t fn_mb_substr(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    int64_t start, len = 0;
    bool has_len = phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none;
    enum enc e;
    if (!s || !phpvm_arg_long(args, argc, 1, &start) ||
        (has_len && !phpvm_arg_long(args, argc, 2, &len)) || !mb_enc_arg(args, argc, 3, &e))
        return RT_NOVALUE;
    int64_t n, from, to;
    size_t *offs = char_offsets(s, e, &n);
    clamp(n, start, has_len, len, &from, &to);
    rt_value_t r = phpvm_str_value(s->data + offs[from], offs[to] - offs[from]);
    free(offs);
    return r;
}

static rt_value_t fn_mb_str_split(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    int64_t step = 1;
    enum enc e;
    if (!s || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &step)) ||
        !mb_enc_arg(args, argc, 2, &e))
        return RT_NOVALUE;
    if (step < 1)
        return phpvm_throw("ValueError", "mb_str_split(): Argument #2 ($length) must be greater "
                           "than 0");
    int64_t n;
    size_t *offs = char_offsets(s, e, &n);
    phpvm_array_t *out = phpvm_array_new(0);
    for (int64_t k = 0; k < n; k += step) {
        int64_t end = k + step < n ? k + step : n;
        phpvm_array_append(out, phpvm_str_value(s->data + offs[k], offs[end] - offs[k]));
    }
    free(offs);
    return rt_from_ptr(out);
}

/* ---- Searches ---- */

/* mb_strpos and friends: reverse and case-insensitive variants of one search by character
** offset. Case-insensitive searches compare simple case folds, which keep lengths. */
static rt_value_t search(rt_value_t *args, int argc, bool reverse, bool icase)
{
    rt_str_t *h = phpvm_arg_str(args, argc, 0), *nd = h ? phpvm_arg_str(args, argc, 1) : NULL;
    int64_t off = 0;
    enum enc e;
    if (!nd || (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &off)) ||
        !mb_enc_arg(args, argc, 3, &e))
        return RT_NOVALUE;
    if (icase) {
        h = convert_case(h, CASE_FOLD_SIMPLE, e);
        nd = convert_case(nd, CASE_FOLD_SIMPLE, e);
    }
    int64_t n;
    size_t *offs = char_offsets(h, e, &n);
    rt_value_t r = rt_false;
    if (off > n || off < -n) {
        free(offs);
        return phpvm_throw("ValueError", "%s(): Argument #3 ($offset) must be contained in "
                           "argument #1 ($haystack)", phpvm_cur_builtin);
    }
    size_t nl = (size_t)nd->len;
    if (!reverse) {
        for (int64_t k = off < 0 ? n + off : off; k <= n && r == rt_false; k++)
            if (offs[k] + nl <= (size_t)h->len && memcmp(h->data + offs[k], nd->data, nl) == 0)
                r = phpvm_int(k);
    } else {
        /* a negative offset bounds where a match may start (unless the needle is longer) */
        int64_t lo = off >= 0 ? off : 0, hi = off < 0 && -off >= char_count(nd, e) ? n + off : n;
        for (int64_t k = hi; k >= lo && r == rt_false; k--)
            if (offs[k] + nl <= (size_t)h->len && memcmp(h->data + offs[k], nd->data, nl) == 0)
                r = phpvm_int(k);
    }
    free(offs);
    return r;
}

static rt_value_t fn_mb_strpos(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return search(args, argc, false, false);
}

static rt_value_t fn_mb_stripos(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return search(args, argc, false, true);
}

static rt_value_t fn_mb_strrpos(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return search(args, argc, true, false);
}

static rt_value_t fn_mb_strripos(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return search(args, argc, true, true);
}

static rt_value_t fn_mb_substr_count(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *h = phpvm_arg_str(args, argc, 0), *nd = h ? phpvm_arg_str(args, argc, 1) : NULL;
    enum enc e;
    if (!nd || !mb_enc_arg(args, argc, 2, &e))
        return RT_NOVALUE;
    if (nd->len == 0)
        return phpvm_throw("ValueError", "mb_substr_count(): Argument #2 ($needle) must not be "
                           "empty");
    int64_t count = 0;
    for (int64_t p = 0; p + nd->len <= h->len;) {
        if (memcmp(h->data + p, nd->data, (size_t)nd->len) == 0) {
            count++;
            p += nd->len;
        } else {
            p++;
        }
    }
    return phpvm_int(count);
}

/* ---- Encodings ---- */

static rt_value_t fn_mb_internal_encoding(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    if (!phpvm_arg_given(argc, args, 0) || phpvm_deref(args[0]) == rt_none)
        return phpvm_cstr(enc_names[internal_enc]);
    enum enc e;
    if (!mb_enc_arg(args, argc, 0, &e))
        return RT_NOVALUE;
    internal_enc = e;
    return rt_true;
}

/* Whether s is well-formed in encoding e. */
static bool valid_in(const rt_str_t *s, enum enc e)
{
    for (size_t p = 0; p < (size_t)s->len;) {
        int32_t cp;
        p += (size_t)mb_char_at(s->data + p, (size_t)s->len - p, e, &cp);
        if (cp < 0)
            return false;
    }
    return true;
}

static bool check_value(rt_value_t v, enum enc e)
{
    v = phpvm_deref(v);
    if (phpvm_is_array(v)) {
        phpvm_array_t *a = phpvm_arr(v);
        for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
            rt_value_t k = phpvm_array_key_at(a, p);
            if ((phpvm_is_str(k) && !valid_in(phpvm_str(k), e)) ||
                !check_value(phpvm_array_val_at(a, p), e))
                return false;
        }
        return true;
    }
    return !phpvm_is_str(v) || valid_in(phpvm_str(v), e);
}

static rt_value_t fn_mb_check_encoding(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    enum enc e;
    if (!mb_enc_arg(args, argc, 1, &e))
        return RT_NOVALUE;
    if (!phpvm_arg_given(argc, args, 0) || phpvm_deref(args[0]) == rt_none)
        return rt_true;
    rt_value_t v = phpvm_deref(args[0]);
    if (!phpvm_is_array(v) && !phpvm_is_str(v) && !phpvm_arg_str(args, argc, 0))
        return RT_NOVALUE;
    return rt_bool(check_value(v, e));
}

/* s from encoding `from` to `to`; characters `to` cannot hold become the substitute. A
** UTF-16 or UTF-32 source without an order may start with a byte order mark. */
static rt_str_t *convert(const rt_str_t *s, enum enc from, enum enc to)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 8);
    size_t p = 0;
    const unsigned char *d = (const unsigned char *)s->data;
    if ((from == ENC_UTF16 && s->len >= 2) || (from == ENC_UTF32 && s->len >= 4)) {
        int size = unit_of(from);
        uint32_t bom = unit_at(s->data, size, false);
        if (bom == 0xfeff) {
            p = (size_t)size;
        } else if ((size == 2 && d[0] == 0xff && d[1] == 0xfe) ||
                   (size == 4 && bom == 0xfffe0000u)) {
            p = (size_t)size;
            from = size == 2 ? ENC_UTF16LE : ENC_UTF32LE;
        }
    }
    while (p < (size_t)s->len) {
        int32_t cp;
        p += (size_t)mb_char_at(s->data + p, (size_t)s->len - p, from, &cp);
        mb_put_cp(&b, cp, to);
    }
    return rt_strbuf_finish(&b, &rt_type_str);
}

/* The columns a character takes: two for East Asian wide and fullwidth ones. */
static int width_of(int32_t cp)
{
    int w = cp < 0 ? 1 : u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
    return cp >= 0 && (w == U_EA_WIDE || w == U_EA_FULLWIDTH) ? 2 : 1;
}

static rt_value_t fn_mb_strwidth(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    enum enc e;
    if (!s || !mb_enc_arg(args, argc, 1, &e))
        return RT_NOVALUE;
    int64_t w = 0;
    for (size_t p = 0; p < (size_t)s->len;) {
        int32_t cp;
        p += (size_t)mb_char_at(s->data + p, (size_t)s->len - p, e, &cp);
        w += width_of(cp);
    }
    return phpvm_int(w);
}

/* mb_strimwidth(s, start, width, trim): from character `start`, at most `width` columns; when
** cut, the end is `trim_marker` (its columns included). */
static rt_value_t fn_mb_strimwidth(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *s = phpvm_arg_str(args, argc, 0), *trim = rt_str_from_cstr("");
    int64_t start, width;
    enum enc e;
    if (!s || !phpvm_arg_long(args, argc, 1, &start) || !phpvm_arg_long(args, argc, 2, &width) ||
        (phpvm_arg_given(argc, args, 3) && !(trim = phpvm_arg_str(args, argc, 3))) ||
        !mb_enc_arg(args, argc, 4, &e))
        return RT_NOVALUE;
    int64_t n;
    size_t *offs = char_offsets(s, e, &n);
    if (start < 0)
        start += n;
    if (start < 0 || start > n || width < 0) {
        free(offs);
        return phpvm_throw("ValueError", start < 0 || start > n
                                             ? "mb_strimwidth(): Argument #2 ($start) is out of range"
                                             : "mb_strimwidth(): Argument #3 ($width) is out of range");
    }
    int64_t total = 0, trim_w = 0, k, cut = n;
    int32_t cp;
    for (k = start; k < n; k++) {
        mb_char_at(s->data + offs[k], offs[k + 1] - offs[k], e, &cp);
        total += width_of(cp);
    }
    rt_value_t r;
    if (total <= width) {
        r = phpvm_str_value(s->data + offs[start], offs[n] - offs[start]);
    } else {
        for (size_t p = 0; p < (size_t)trim->len;) {
            p += (size_t)mb_char_at(trim->data + p, (size_t)trim->len - p, e, &cp);
            trim_w += width_of(cp);
        }
        int64_t used = 0;
        for (cut = start; cut < n; cut++) {
            mb_char_at(s->data + offs[cut], offs[cut + 1] - offs[cut], e, &cp);
            if (used + width_of(cp) + trim_w > width)
                break;
            used += width_of(cp);
        }
        rt_strbuf_t b;
        rt_strbuf_init(&b, offs[cut] - offs[start] + (size_t)trim->len);
        rt_strbuf_append(&b, s->data + offs[start], offs[cut] - offs[start]);
        rt_strbuf_append_str(&b, trim);
        r = rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
    }
    free(offs);
    return r;
}

static rt_value_t fn_mb_convert_encoding(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_value_t v = phpvm_deref(args[0]);
    enum enc to, from;
    if (!mb_enc_arg(args, argc, 1, &to) || !mb_enc_arg(args, argc, 2, &from))
        return RT_NOVALUE;
    if (phpvm_is_array(v)) {
        phpvm_array_t *a = phpvm_arr(v), *out = phpvm_array_new(0);
        for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
            rt_value_t k = phpvm_array_key_at(a, p), e = phpvm_array_val_at(a, p);
            if (phpvm_is_str(k))
                k = rt_from_ptr(convert(phpvm_str(k), from, to));
            if (phpvm_is_str(e))
                e = rt_from_ptr(convert(phpvm_str(e), from, to));
            phpvm_array_set(out, k, phpvm_share(e));
        }
        return rt_from_ptr(out);
    }
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    return s ? rt_from_ptr(convert(s, from, to)) : RT_NOVALUE;
}

static rt_value_t fn_mb_scrub(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    enum enc e;
    if (!s || !mb_enc_arg(args, argc, 1, &e))
        return RT_NOVALUE;
    return rt_from_ptr(convert(s, e, e));
}

/* mb_substitute_character(): "none", "long", "entity" or a code point; no argument reads it. */
static rt_value_t fn_mb_substitute_character(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    if (!phpvm_arg_given(argc, args, 0) || phpvm_deref(args[0]) == rt_none)
        return subst_char < 0 ? phpvm_cstr("none") : phpvm_int(subst_char);
    rt_value_t v = phpvm_deref(args[0]);
    if (phpvm_is_str(v) && !strcasecmp(phpvm_str(v)->data, "none")) {
        subst_char = -1;
        return rt_true;
    }
    if (phpvm_is_str(v) && (!strcasecmp(phpvm_str(v)->data, "long") ||
                            !strcasecmp(phpvm_str(v)->data, "entity"))) {
        subst_char = '?';
        return rt_true;
    }
    int64_t cp;
    if (phpvm_is_str(v) && !rt_is_int(phpvm_key(v)))
        return phpvm_throw("ValueError", "mb_substitute_character(): Argument #1 "
                           "($substitute_character) must be \"none\", \"long\", \"entity\" or "
                           "a valid codepoint");
    if (!phpvm_arg_long(args, argc, 0, &cp))
        return RT_NOVALUE;
    if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return phpvm_throw("ValueError", "mb_substitute_character(): Argument #1 "
                           "($substitute_character) is not a valid codepoint");
    subst_char = (int32_t)cp;
    return rt_true;
}

/* mb_strstr, mb_stristr, mb_strrchr, mb_strrichr: the haystack from the first (or last) match
** on, or before it; false without one. */
static rt_value_t part(rt_value_t *args, int argc, bool reverse, bool icase)
{
    rt_value_t a[4] = {args[0], args[1], phpvm_int(0), argc > 3 ? args[3] : RT_NOVALUE};
    rt_value_t pos = search(a, 4, reverse, icase);
    if (!rt_is_int(pos))
        return pos;
    rt_str_t *h = phpvm_arg_str(args, argc, 0);
    enum enc e;
    if (!mb_enc_arg(args, argc, 3, &e))
        return RT_NOVALUE;
    int64_t n;
    size_t *offs = char_offsets(h, e, &n);
    size_t at = offs[phpvm_int_of(pos)];
    free(offs);
    if (phpvm_arg_bool(args, argc, 2))
        return phpvm_str_value(h->data, at);
    return phpvm_str_value(h->data + at, (size_t)h->len - at);
}

static rt_value_t fn_mb_strstr(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return part(args, argc, false, false);
}

static rt_value_t fn_mb_stristr(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return part(args, argc, false, true);
}

static rt_value_t fn_mb_strrchr(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return part(args, argc, true, false);
}

static rt_value_t fn_mb_strrichr(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return part(args, argc, true, true);
}

/* The number of bytes of s that are not characters of e. */
static int64_t bad_chars(const rt_str_t *s, enum enc e)
{
    int64_t bad = 0;
    for (size_t p = 0; p < (size_t)s->len;) {
        int32_t cp;
        p += (size_t)mb_char_at(s->data + p, (size_t)s->len - p, e, &cp);
        bad += cp < 0;
    }
    return bad;
}

/* Up to 16 encodings named by v, an array or a comma-separated list: how many, or -1 with an
** exception pending (php's ValueError names the argument `arg`). */
static int candidates(rt_value_t v, enum enc *cands, const char *arg)
{
    phpvm_array_t *list = phpvm_array_new(0);
    if (phpvm_is_array(v)) {
        list = phpvm_arr(v);
    } else {
        rt_str_t *names = phpvm_to_str(v);
        if (!names)
            return -1;
        for (const char *p = names->data; *p;) {
            size_t skip = strspn(p, ", "), len = strcspn(p + skip, ", ");
            if (len)
                phpvm_array_append(list, phpvm_str_value(p + skip, len));
            p += skip + len;
        }
    }
    int n = 0;
    for (int64_t p = phpvm_array_first(list); p >= 0 && n < 16; p = phpvm_array_next(list, p)) {
        rt_str_t *name = phpvm_to_str(phpvm_array_val_at(list, p));
        if (!name)
            return -1;
        if (!enc_lookup(name->data, &cands[n++])) {
            phpvm_throw("ValueError", "%s(): Argument %s contains invalid encoding \"%s\"",
                        phpvm_cur_builtin, arg, name->data);
            return -1;
        }
    }
    return n;
}

/* mb_detect_encoding(): the first candidate the string is valid in; not strict, the one it
** fits best. Candidates: an array or a comma-separated list (default ASCII, UTF-8). */
static rt_value_t fn_mb_detect_encoding(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    if (!s)
        return RT_NOVALUE;
    enum enc cands[16] = {ENC_ASCII, ENC_UTF8};
    int n = 2;
    if (phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none &&
        (n = candidates(phpvm_deref(args[1]), cands, "#2 ($encodings)")) < 0)
        return RT_NOVALUE;
    int best = -1;
    int64_t fewest = INT64_MAX;
    for (int k = 0; k < n; k++) {
        int64_t bad = bad_chars(s, cands[k]);
        if (bad == 0)
            return phpvm_cstr(enc_names[cands[k]]);
        if (bad <= fewest)
            fewest = bad, best = k;
    }
    if (best < 0 || phpvm_arg_bool(args, argc, 2))
        return rt_false;
    return phpvm_cstr(enc_names[cands[best]]);
}

/* Whether every string in v (array elements and object properties, nested) is valid in e. */
static bool all_valid(rt_value_t v, enum enc e, int depth)
{
    v = phpvm_deref(v);
    if (phpvm_is_str(v))
        return valid_in(phpvm_str(v), e);
    phpvm_array_t *a = phpvm_is_array(v)    ? phpvm_arr(v)
                       : phpvm_is_object(v) ? phpvm_object_props(v, NULL, false)
                                            : NULL;
    for (int64_t p = a && depth < 64 ? phpvm_array_first(a) : -1; p >= 0;
         p = phpvm_array_next(a, p))
        if (!all_valid(phpvm_array_val_at(a, p), e, depth + 1))
            return false;
    return true;
}

/* v with its strings converted: arrays are copies, objects' properties change in place. */
static rt_value_t converted(rt_value_t v, enum enc from, enum enc to, int depth)
{
    v = phpvm_deref(v);
    if (phpvm_is_str(v))
        return rt_from_ptr(convert(phpvm_str(v), from, to));
    if (depth >= 64 || !(phpvm_is_array(v) || phpvm_is_object(v)))
        return v;
    bool obj = phpvm_is_object(v);
    phpvm_array_t *a = obj ? phpvm_object_props(v, NULL, false) : phpvm_arr(v);
    phpvm_array_t *out = obj ? NULL : phpvm_array_new(rt_map_count(a));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t e = phpvm_share(converted(phpvm_array_val_at(a, p), from, to, depth + 1));
        if (!obj)
            phpvm_array_set(out, phpvm_array_key_at(a, p), e);
        else if (!phpvm_prop_write(v, phpvm_str(phpvm_array_key_at(a, p)), e, NULL))
            return RT_NOVALUE;
    }
    return obj ? v : rt_from_ptr(out);
}

/* mb_convert_variables(): the strings of the variables from the first of the encodings they
** are all valid in (one named: that one) to to_encoding; that encoding's name. */
static rt_value_t fn_mb_convert_variables(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    enum enc to, cands[16];
    int n;
    if (!mb_enc_arg(args, argc, 0, &to) ||
        (n = candidates(phpvm_deref(args[1]), cands, "#2 ($from_encoding)")) < 0)
        return RT_NOVALUE;
    int k = 0;
    while (n > 1 && k < n) {
        int i = 2;
        while (i < argc && all_valid(args[i], cands[k], 0))
            i++;
        if (i == argc)
            break;
        k++;
    }
    if (n == 0 || k == n) {
        phpvm_error(PHPVM_E_WARNING, "mb_convert_variables(): Unable to detect encoding");
        return rt_false;
    }
    for (int i = 2; i < argc; i++) {
        phpvm_ref_t *r = (phpvm_ref_t *)rt_ptr(args[i]);
        rt_value_t v = converted(r->v, cands[k], to, 0);
        if (v == RT_NOVALUE)
            return RT_NOVALUE;
        phpvm_ref_set(r, v);
    }
    return phpvm_cstr(enc_names[cands[k]]);
}

/* Settings PHP keeps for HTTP and language-specific behaviour: fixed here. */
static rt_value_t fn_mb_http_output(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return phpvm_arg_given(argc, args, 0) && phpvm_deref(args[0]) != rt_none ? rt_true
                                                                              : phpvm_cstr("UTF-8");
}

static rt_value_t fn_mb_language(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return phpvm_arg_given(argc, args, 0) && phpvm_deref(args[0]) != rt_none ? rt_true
                                                                              : phpvm_cstr("neutral");
}

static rt_value_t fn_mb_detect_order(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    if (phpvm_arg_given(argc, args, 0) && phpvm_deref(args[0]) != rt_none)
        return rt_true;
    phpvm_array_t *a = phpvm_array_new(2);
    phpvm_array_append(a, phpvm_cstr("ASCII"));
    phpvm_array_append(a, phpvm_cstr("UTF-8"));
    return rt_from_ptr(a);
}

static rt_value_t fn_mb_ord(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    enum enc e;
    if (!s || !mb_enc_arg(args, argc, 1, &e))
        return RT_NOVALUE;
    if (s->len == 0)
        return phpvm_throw("ValueError", "mb_ord(): Argument #1 ($string) must not be empty");
    int32_t cp;
    mb_char_at(s->data, (size_t)s->len, e, &cp);
    return cp < 0 ? rt_false : phpvm_int(cp);
}

static rt_value_t fn_mb_chr(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    int64_t cp;
    enum enc e;
    if (!phpvm_arg_long(args, argc, 0, &cp) || !mb_enc_arg(args, argc, 1, &e))
        return RT_NOVALUE;
    if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ||
        (e == ENC_ASCII && cp > 0x7f) || (e == ENC_LATIN1 && cp > 0xff))
        return rt_false;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 4);
    mb_put_cp(&b, (int32_t)cp, e);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static void mb_shutdown(void)
{
    internal_enc = ENC_UTF8;
    subst_char = '?';
}

static const phpvm_builtin_t functions[] = {
    {"mb_strlen", fn_mb_strlen, 1, 2, "string,encoding", 0},
    {"mb_substr", fn_mb_substr, 2, 4, "string,start,length,encoding", 0},
    {"mb_strcut", fn_mb_strcut, 2, 4, "string,start,length,encoding", 0},
    {"mb_strpos", fn_mb_strpos, 2, 4, "haystack,needle,offset,encoding", 0},
    {"mb_stripos", fn_mb_stripos, 2, 4, "haystack,needle,offset,encoding", 0},
    {"mb_strrpos", fn_mb_strrpos, 2, 4, "haystack,needle,offset,encoding", 0},
    {"mb_strripos", fn_mb_strripos, 2, 4, "haystack,needle,offset,encoding", 0},
    {"mb_strtoupper", fn_mb_strtoupper, 1, 2, "string,encoding", 0},
    {"mb_strtolower", fn_mb_strtolower, 1, 2, "string,encoding", 0},
    {"mb_convert_case", fn_mb_convert_case, 2, 3, "string,mode,encoding", 0},
    {"mb_str_split", fn_mb_str_split, 1, 3, "string,length,encoding", 0},
    {"mb_substr_count", fn_mb_substr_count, 2, 3, "haystack,needle,encoding", 0},
    {"mb_internal_encoding", fn_mb_internal_encoding, 0, 1, "encoding", 0},
    {"mb_check_encoding", fn_mb_check_encoding, 0, 2, "value,encoding", 0},
    {"mb_convert_encoding", fn_mb_convert_encoding, 2, 3, "string,to_encoding,from_encoding", 0},
    {"mb_ord", fn_mb_ord, 1, 2, "string,encoding", 0},
    {"mb_chr", fn_mb_chr, 1, 2, "codepoint,encoding", 0},
    {"mb_scrub", fn_mb_scrub, 1, 2, "string,encoding", 0},
    {"mb_strwidth", fn_mb_strwidth, 1, 2, "string,encoding", 0},
    {"mb_strimwidth", fn_mb_strimwidth, 3, 5, "string,start,width,trim_marker,encoding", 0},
    {"mb_substitute_character", fn_mb_substitute_character, 0, 1, "substitute_character", 0},
    {"mb_strstr", fn_mb_strstr, 2, 4, "haystack,needle,before_needle,encoding", 0},
    {"mb_stristr", fn_mb_stristr, 2, 4, "haystack,needle,before_needle,encoding", 0},
    {"mb_strrchr", fn_mb_strrchr, 2, 4, "haystack,needle,before_needle,encoding", 0},
    {"mb_strrichr", fn_mb_strrichr, 2, 4, "haystack,needle,before_needle,encoding", 0},
    {"mb_detect_encoding", fn_mb_detect_encoding, 1, 3, "string,encodings,strict", 0},
    {"mb_convert_variables", fn_mb_convert_variables, 3, -1, "to_encoding,from_encoding,var,vars",
     (1u << 2) | (1u << 31)},
    {"mb_detect_order", fn_mb_detect_order, 0, 1, "encoding", 0},
    {"mb_http_output", fn_mb_http_output, 0, 1, "encoding", 0},
    {"mb_language", fn_mb_language, 0, 1, "language", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_intconst_t constants[] = {
    {"MB_CASE_UPPER", CASE_UPPER},
    {"MB_CASE_LOWER", CASE_LOWER},
    {"MB_CASE_TITLE", CASE_TITLE},
    {"MB_CASE_FOLD", CASE_FOLD},
    {"MB_CASE_UPPER_SIMPLE", CASE_UPPER_SIMPLE},
    {"MB_CASE_LOWER_SIMPLE", CASE_LOWER_SIMPLE},
    {"MB_CASE_TITLE_SIMPLE", CASE_TITLE_SIMPLE},
    {"MB_CASE_FOLD_SIMPLE", CASE_FOLD_SIMPLE},
    {NULL, 0},
};

const phpvm_ext_t phpvm_ext_mbstring = {"mbstring", functions, constants, NULL, NULL,
                                        mb_shutdown};

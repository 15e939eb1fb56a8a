/*
** unicode.c: UTF-8 coding and the Unicode properties of unicode.h, on ICU's character database.
*/
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "pyvm/unicode.h"

int pyvm_unicode_decode(const char *s, const char *end, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t avail = (size_t)(end - s);
    unsigned c = u[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int n;
    uint32_t v, min;
    if (c >= 0xc2 && c <= 0xdf)
        n = 2, v = c & 0x1f, min = 0x80;
    else if (c >= 0xe0 && c <= 0xef)
        n = 3, v = c & 0x0f, min = 0x800;
    else if (c >= 0xf0 && c <= 0xf4)
        n = 4, v = c & 0x07, min = 0x10000;
    else
        return 0;
    if (avail < (size_t)n)
        return 0;
    for (int i = 1; i < n; i++) {
        if ((u[i] & 0xc0) != 0x80)
            return 0;
        v = (v << 6) | (u[i] & 0x3f);
    }
    if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
        return 0;
    *cp = v;
    return n;
}

int pyvm_unicode_decode_lenient(const char *s, const char *end, uint32_t *cp)
{
    int n = pyvm_unicode_decode(s, end, cp);
    if (n)
        return n;
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == 0xed && end - s >= 3 && (u[1] & 0xe0) == 0xa0 && (u[2] & 0xc0) == 0x80) {
        *cp = 0xd000u | ((uint32_t)(u[1] & 0x3f) << 6) | (u[2] & 0x3f);
        return 3;
    }
    *cp = 0xfffd;
    return 1;
}

int pyvm_unicode_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xc0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xe0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        o[2] = (unsigned char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (unsigned char)(0xf0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    o[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}

bool pyvm_unicode_is_id_start(uint32_t cp)
{
    return cp == '_' || u_hasBinaryProperty((UChar32)cp, UCHAR_XID_START);
}

bool pyvm_unicode_is_id_continue(uint32_t cp)
{
    return u_hasBinaryProperty((UChar32)cp, UCHAR_XID_CONTINUE);
}

bool pyvm_unicode_is_printable(uint32_t cp)
{
    if (cp == ' ')
        return true;
    switch (u_charType((UChar32)cp)) {
    case U_CONTROL_CHAR:       /* Cc */
    case U_FORMAT_CHAR:        /* Cf */
    case U_SURROGATE:          /* Cs */
    case U_PRIVATE_USE_CHAR:   /* Co */
    case U_UNASSIGNED:         /* Cn */
    case U_LINE_SEPARATOR:     /* Zl */
    case U_PARAGRAPH_SEPARATOR: /* Zp */
    case U_SPACE_SEPARATOR:    /* Zs */
        return false;
    default:
        return true;
    }
}

long pyvm_unicode_lookup(const char *name, size_t len)
{
    char buf[256];
    if (len == 0 || len >= sizeof buf)
        return -1;
    memcpy(buf, name, len);
    buf[len] = '\0';
    static const UCharNameChoice choices[] = {U_UNICODE_CHAR_NAME, U_CHAR_NAME_ALIAS};
    for (size_t i = 0; i < sizeof choices / sizeof choices[0]; i++) {
        UErrorCode status = U_ZERO_ERROR;
        UChar32 c = u_charFromName(choices[i], buf, &status);
        if (U_SUCCESS(status))
            return c;
    }
    return -1;
}

bool pyvm_unicode_is_decimal(uint32_t cp)
{
    if (cp < 128)
        return cp >= '0' && cp <= '9';
    return u_charType((UChar32)cp) == U_DECIMAL_DIGIT_NUMBER;
}

bool pyvm_unicode_is_space(uint32_t cp)
{
    if (cp < 128)
        return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
    UCharDirection d = u_charDirection((UChar32)cp);
    return u_charType((UChar32)cp) == U_SPACE_SEPARATOR || d == U_WHITE_SPACE_NEUTRAL ||
           d == U_BLOCK_SEPARATOR || d == U_SEGMENT_SEPARATOR;
}

bool pyvm_unicode_is_alnum(uint32_t cp)
{
    if (cp < 128) /* the hot case (str methods, \w and \b in patterns): no ICU call */
        return (cp >= '0' && cp <= '9') || ((cp | 32) >= 'a' && (cp | 32) <= 'z');
    int8_t t = u_charType((UChar32)cp);
    return u_isalpha((UChar32)cp) || t == U_DECIMAL_DIGIT_NUMBER || t == U_LETTER_NUMBER ||
           t == U_OTHER_NUMBER;
}

uint32_t pyvm_unicode_lower(uint32_t cp) { return (uint32_t)u_tolower((UChar32)cp); }
uint32_t pyvm_unicode_upper(uint32_t cp) { return (uint32_t)u_toupper((UChar32)cp); }

size_t pyvm_unicode_nfkc(const char *s, size_t len, char *out, size_t cap)
{
    enum { MAXU = 1024 };
    UChar in[MAXU], norm[MAXU];
    int32_t nin, nout;
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&st);
    u_strFromUTF8(in, MAXU, &nin, s, (int32_t)len, &st);
    nout = unorm2_normalize(nfkc, in, nin, norm, MAXU, &st);
    int32_t n8;
    u_strToUTF8(out, (int32_t)cap, &n8, norm, nout, &st);
    return U_SUCCESS(st) && st != U_STRING_NOT_TERMINATED_WARNING ? (size_t)n8 : 0;
}

/*
** obj_strcase.c: Python str's case mappings and character classes over all of Unicode (object.h):
** upper/lower/casefold/swapcase/title/capitalize with the full mappings (one code point may map to
** several: "ß".upper() == "SS") and lower's final-sigma rule, and the is* predicates as CPython
** defines them. Character data come from ICU (see unicode.h on its Unicode version). Installed into
** str's dict after obj_str.c's methods, which keep the ASCII versions for bytes.
*/
#include <stdlib.h>
#include <unicode/uchar.h>
#include <unicode/ucasemap.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "pyvm/code.h"
#include "pyvm/unicode.h"

typedef enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_TITLE } case_kind_t;

static void append_cp(rt_strbuf_t *b, uint32_t c)
{
    char enc[4];
    rt_strbuf_append(b, enc, (size_t)pyvm_unicode_encode(c, enc));
}

/* Appends the full case mapping of one code point to b. */
static void append_mapped(rt_strbuf_t *b, uint32_t cp, case_kind_t kind)
{
    static UCaseMap *title_map; /* titlecases its whole input as one word: one code point here */
    UChar src[2], dst[8];
    int32_t n = 0, m = 0;
    UBool err = false;
    U16_APPEND((UChar *)src, n, 2, (UChar32)cp, err);
    UErrorCode st = U_ZERO_ERROR;
    switch (kind) {
    case CASE_UPPER: m = u_strToUpper(dst, 8, src, n, "", &st); break;
    case CASE_LOWER: m = u_strToLower(dst, 8, src, n, "", &st); break;
    case CASE_FOLD: m = u_strFoldCase(dst, 8, src, n, U_FOLD_CASE_DEFAULT, &st); break;
    case CASE_TITLE:
        if (!title_map)
            title_map = ucasemap_open("", U_TITLECASE_WHOLE_STRING |
                                              U_TITLECASE_NO_BREAK_ADJUSTMENT, &st);
        m = ucasemap_toTitle(title_map, dst, 8, src, n, &st);
        break;
    }
    if (err || U_FAILURE(st)) { /* cannot happen for one code point: keep it unchanged */
        m = n;
        dst[0] = src[0], dst[1] = src[1];
    }
    for (int32_t i = 0; i < m;) {
        UChar32 c;
        U16_NEXT(dst, i, m, c);
        append_cp(b, (uint32_t)c);
    }
}

/* The code points of s, decoded once (lone surrogates included); malloc'd, the caller frees. */
static uint32_t *code_points(rt_str_t *s, int64_t *count)
{
    uint32_t *cps = malloc((size_t)(s->len + 1) * sizeof *cps);
    if (!cps)
        rt_fatal("out of memory");
    const char *p = s->data, *end = p + s->len;
    int64_t n = 0;
    while (p < end)
        p += pyvm_unicode_decode_lenient(p, end, &cps[n++]);
    *count = n;
    return cps;
}

static bool is_cased(uint32_t c) { return u_hasBinaryProperty((UChar32)c, UCHAR_CASED); }
static bool is_ignorable(uint32_t c)
{
    return u_hasBinaryProperty((UChar32)c, UCHAR_CASE_IGNORABLE);
}

/* Capital sigma at cps[i] lowercases to final sigma when a cased letter precedes it and none
** follows (case-ignorable characters skipped both ways), as CPython's lower() decides. */
static uint32_t sigma_lower(const uint32_t *cps, int64_t n, int64_t i)
{
    int64_t j = i - 1;
    while (j >= 0 && is_ignorable(cps[j]))
        j--;
    bool before = j >= 0 && is_cased(cps[j]);
    j = i + 1;
    while (j < n && is_ignorable(cps[j]))
        j++;
    bool after = j < n && is_cased(cps[j]);
    return before && !after ? 0x3c2 : 0x3c3;
}

static void append_lower(rt_strbuf_t *b, const uint32_t *cps, int64_t n, int64_t i)
{
    if (cps[i] == 0x3a3) {
        append_cp(b, sigma_lower(cps, n, i));
    } else {
        append_mapped(b, cps[i], CASE_LOWER);
    }
}

static bool is_upper(uint32_t c) { return u_isUUppercase((UChar32)c); }
static bool is_lower(uint32_t c) { return u_isULowercase((UChar32)c); }
static bool is_title(uint32_t c) { return u_istitle((UChar32)c); }

typedef enum { MAP_UPPER, MAP_LOWER, MAP_FOLD, MAP_SWAP, MAP_TITLE, MAP_CAPITALIZE } map_t;

/* map_str on an ASCII string: byte by byte, where the cased characters are the letters and
** title case is upper case. */
static rt_value_t map_ascii(rt_str_t *s, map_t how)
{
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len);
    bool prev_cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
        bool to_upper = how == MAP_UPPER || (how == MAP_SWAP && lower) ||
                        (how == MAP_TITLE && !prev_cased) || (how == MAP_CAPITALIZE && i == 0);
        if (to_upper && lower)
            c -= 32;
        else if (!to_upper && how != MAP_UPPER && !(how == MAP_SWAP && lower) && upper)
            c += 32;
        prev_cased = upper || lower;
        r->data[i] = (char)c;
    }
    return rt_from_ptr(r);
}

static rt_value_t map_str(rt_value_t self, map_t how)
{
    rt_str_t *s = pyvm_str_of(self);
    if (rt_str_is_ascii(s))
        return map_ascii(s, how);
    int64_t n;
    uint32_t *cps = code_points(s, &n);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 8);
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        switch (how) {
        case MAP_UPPER: append_mapped(&b, c, CASE_UPPER); break;
        case MAP_LOWER: append_lower(&b, cps, n, i); break;
        case MAP_FOLD: append_mapped(&b, c, CASE_FOLD); break;
        case MAP_SWAP:
            if (is_upper(c))
                append_lower(&b, cps, n, i);
            else if (is_lower(c))
                append_mapped(&b, c, CASE_UPPER);
            else
                append_cp(&b, c);
            break;
        case MAP_TITLE:
            if (prev_cased)
                append_lower(&b, cps, n, i);
            else
                append_mapped(&b, c, CASE_TITLE);
            prev_cased = is_cased(c);
            break;
        case MAP_CAPITALIZE:
            if (i == 0)
                append_mapped(&b, c, CASE_TITLE);
            else
                append_lower(&b, cps, n, i);
            break;
        }
    }
    free(cps);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

#define METHOD(name) \
    static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
#define UNUSED_ARGS (void)a, (void)n, (void)kw

METHOD(m_upper) { UNUSED_ARGS; return map_str(self, MAP_UPPER); }
METHOD(m_lower) { UNUSED_ARGS; return map_str(self, MAP_LOWER); }
METHOD(m_casefold) { UNUSED_ARGS; return map_str(self, MAP_FOLD); }
METHOD(m_swapcase) { UNUSED_ARGS; return map_str(self, MAP_SWAP); }
METHOD(m_title) { UNUSED_ARGS; return map_str(self, MAP_TITLE); }
METHOD(m_capitalize) { UNUSED_ARGS; return map_str(self, MAP_CAPITALIZE); }

/* ---- Character classes ---- */

static int32_t numeric_type(uint32_t c)
{
    return u_getIntPropertyValue((UChar32)c, UCHAR_NUMERIC_TYPE);
}
static bool is_decimal(uint32_t c) { return numeric_type(c) == U_NT_DECIMAL; }
static bool is_digit(uint32_t c)
{
    return numeric_type(c) == U_NT_DECIMAL || numeric_type(c) == U_NT_DIGIT;
}
static bool is_numeric(uint32_t c) { return numeric_type(c) != U_NT_NONE; }
static bool is_alpha(uint32_t c) { return u_isalpha((UChar32)c); }
static bool is_alnum(uint32_t c) { return is_alpha(c) || is_numeric(c); }
static bool is_space(uint32_t c) { return pyvm_unicode_is_space(c); }
static bool is_printable(uint32_t c) { return pyvm_unicode_is_printable(c); }

/* True when every code point satisfies pred; an empty string gives `empty`. */
static rt_value_t all_of(rt_value_t self, bool (*pred)(uint32_t), bool empty)
{
    rt_str_t *s = pyvm_str_of(self);
    const char *p = s->data, *end = p + s->len;
    if (p == end)
        return rt_bool(empty);
    while (p < end) {
        uint32_t c;
        p += pyvm_unicode_decode_lenient(p, end, &c);
        if (!pred(c))
            return rt_false;
    }
    return rt_true;
}

METHOD(m_isdecimal) { UNUSED_ARGS; return all_of(self, is_decimal, false); }
METHOD(m_isdigit) { UNUSED_ARGS; return all_of(self, is_digit, false); }
METHOD(m_isnumeric) { UNUSED_ARGS; return all_of(self, is_numeric, false); }
METHOD(m_isalpha) { UNUSED_ARGS; return all_of(self, is_alpha, false); }
METHOD(m_isalnum) { UNUSED_ARGS; return all_of(self, is_alnum, false); }
METHOD(m_isspace) { UNUSED_ARGS; return all_of(self, is_space, false); }
METHOD(m_isprintable) { UNUSED_ARGS; return all_of(self, is_printable, true); }

/* isupper / islower: some cased character, and none of the other case (titlecase counts as
** neither upper nor lower for islower, and as not-upper for isupper). */
static rt_value_t cased_check(rt_value_t self, bool upper)
{
    rt_str_t *s = pyvm_str_of(self);
    const char *p = s->data, *end = p + s->len;
    bool cased = false;
    while (p < end) {
        uint32_t c;
        p += pyvm_unicode_decode_lenient(p, end, &c);
        if (is_title(c) || (upper ? is_lower(c) : is_upper(c)))
            return rt_false;
        cased |= upper ? is_upper(c) : is_lower(c);
    }
    return rt_bool(cased);
}

METHOD(m_isupper) { UNUSED_ARGS; return cased_check(self, true); }
METHOD(m_islower) { UNUSED_ARGS; return cased_check(self, false); }

/* istitle: upper and titlecase characters only after uncased ones, lowercase only after cased. */
METHOD(m_istitle)
{
    UNUSED_ARGS;
    rt_str_t *s = pyvm_str_of(self);
    const char *p = s->data, *end = p + s->len;
    bool cased = false, prev_cased = false;
    while (p < end) {
        uint32_t c;
        p += pyvm_unicode_decode_lenient(p, end, &c);
        if (is_upper(c) || is_title(c)) {
            if (prev_cased)
                return rt_false;
            prev_cased = cased = true;
        } else if (is_lower(c)) {
            if (!prev_cased)
                return rt_false;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return rt_bool(cased);
}

static const pyvm_cfunc_def_t case_methods[] = {
    {"upper", m_upper, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"lower", m_lower, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"casefold", m_casefold, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"swapcase", m_swapcase, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"title", m_title, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"capitalize", m_capitalize, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isdecimal", m_isdecimal, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isdigit", m_isdigit, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isnumeric", m_isnumeric, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isalpha", m_isalpha, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isalnum", m_isalnum, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isspace", m_isspace, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isprintable", m_isprintable, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isupper", m_isupper, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"islower", m_islower, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"istitle", m_istitle, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_strcase_install(void) { pyvm_cfunc_install(pyvm_cls_str, case_methods); }

/*
** mod_unicodedata.c: the native `unicodedata` module (modules.h) on ICU's character properties
** and normalizer (the runtime already links ICU): category, name, lookup, decimal, digit,
** numeric, bidirectional, combining, east_asian_width, mirrored, decomposition, normalize and
** is_normalized (NFC, NFD, NFKC, NFKD), with CPython's errors. unidata_version is CPython
** 3.11's 14.0.0 (stringprep asserts it): ICU may know a later Unicode, so code points assigned
** after 14.0 (u_charAge) read as unassigned, and ucd_3_2_0 (stringprep, the idna codec) treats
** those after 3.2 so. Property changes between versions for older code points, and the
** normalizer, follow ICU's data. CPython's conventions are kept where ICU differs: unassigned
** code points have no bidirectional class and width F, Hangul syllables no stored decomposition.
*/
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <stdlib.h>
#include <string.h>

#include "pyvm/modules/modules.h"
#include "pyvm/unicode.h"

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* UCD objects (ucd_3_2_0): the module's functions as methods. */
static rt_type_t ucd_type = RT_TYPE_INIT("unicodedata.UCD", NULL, NULL, 0);
static pyvm_class_t *ucd_cls;

static int32_t char_arg(const char *fn, rt_value_t v);

/* Whether c was assigned by the Unicode version the caller answers for: the module's functions
** (self 0) answer for CPython 3.11's 14.0, UCD objects (ucd_3_2_0) for 3.2, so code points ICU
** knows from later versions read as unassigned. */
static bool assigned_for(rt_value_t self, int32_t c)
{
    UVersionInfo age;
    u_charAge(c, age);
    int major = self ? 3 : 14, minor = self ? 2 : 0;
    return u_charType(c) != U_UNASSIGNED &&
           (age[0] < major || (age[0] == major && age[1] <= minor));
}

/* The code point of a one-character str argument of fn, -1 with TypeError pending; *known
** says whether it is assigned for self's version. */
static int32_t char_arg_for(rt_value_t self, const char *fn, rt_value_t v, bool *known)
{
    int32_t c = char_arg(fn, v);
    *known = c >= 0 && assigned_for(self, c);
    return c;
}

/* The code point of a one-character str argument of fn; -1 with TypeError pending. */
static int32_t char_arg(const char *fn, rt_value_t v)
{
    rt_value_t s = pyvm_unwrap(v);
    if (!pyvm_is_str(s)) {
        rt_raise(RT_EXC_TYPE, "%s() argument must be a unicode character, not %s", fn,
                 pyvm_type_name(v));
        return -1;
    }
    if (rt_str_cp_len(pyvm_str_of(s)) != 1) {
        rt_raise(RT_EXC_TYPE, "%s() argument must be a unicode character, not str", fn);
        return -1;
    }
    int len;
    return (int32_t)rt_utf8_decode(pyvm_str_of(s)->data, &len);
}

/* The two-letter category names, in ICU's UCharCategory order. */
static const char *const categories[U_CHAR_CATEGORY_COUNT] = {
    "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp",
    "Cc", "Cf", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf",
};

FN(ud_category)
{
    (void)self, (void)n, (void)kw;
    bool known;
    int32_t c = char_arg_for(self, "category", a[0], &known);
    return c < 0 ? RT_NOVALUE : pyvm_str_cstr(categories[known ? u_charType(c) : 0]);
}

/* The bidirectional class names, in ICU's UCharDirection order. */
static const char *const directions[U_CHAR_DIRECTION_COUNT] = {
    "L", "R", "EN", "ES", "ET", "AN", "CS", "B", "S", "WS", "ON", "LRE", "LRO", "AL", "RLE",
    "RLO", "PDF", "NSM", "BN", "FSI", "LRI", "RLI", "PDI",
};

FN(ud_bidirectional)
{
    (void)self, (void)n, (void)kw;
    bool known;
    int32_t c = char_arg_for(self, "bidirectional", a[0], &known);
    if (c < 0)
        return RT_NOVALUE;
    return pyvm_str_cstr(known ? directions[u_charDirection(c)] : "");
}

FN(ud_combining)
{
    (void)self, (void)n, (void)kw;
    bool known;
    int32_t c = char_arg_for(self, "combining", a[0], &known);
    return c < 0 ? RT_NOVALUE : rt_small(known ? u_getCombiningClass(c) : 0);
}

FN(ud_mirrored)
{
    (void)self, (void)n, (void)kw;
    bool known;
    int32_t c = char_arg_for(self, "mirrored", a[0], &known);
    return c < 0 ? RT_NOVALUE : rt_small(known && u_isMirrored(c));
}

FN(ud_east_asian_width)
{
    (void)self, (void)n, (void)kw;
    static const char *const widths[] = {"N", "A", "H", "F", "Na", "W"};
    bool known;
    int32_t c = char_arg_for(self, "east_asian_width", a[0], &known);
    if (c < 0)
        return RT_NOVALUE;
    /* CPython's table gives unassigned code points its first width, F */
    int w = known ? u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH) : U_EA_FULLWIDTH;
    return pyvm_str_cstr(w >= 0 && w < 6 ? widths[w] : "N");
}

/* decimal / digit / numeric(chr[, default]): the value when the character's Numeric_Type is
** one of the accepted kinds, else default or ValueError(msg). */
static rt_value_t number(rt_value_t self, const char *fn, const rt_value_t *a, size_t n,
                         int max_type, const char *msg)
{
    bool known;
    int32_t c = char_arg_for(self, fn, a[0], &known);
    if (c < 0)
        return RT_NOVALUE;
    int type = known ? u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) : U_NT_NONE;
    if (type == U_NT_NONE || type > max_type) {
        if (n > 1)
            return a[1];
        return rt_raise(RT_EXC_VALUE, "%s", msg);
    }
    double v = u_getNumericValue(c);
    return max_type == U_NT_NUMERIC ? rt_float_new(v) : rt_small((int64_t)v);
}

FN(ud_decimal)
{
    (void)kw;
    return number(self, "decimal", a, n, U_NT_DECIMAL, "not a decimal");
}

FN(ud_digit)
{
    (void)kw;
    return number(self, "digit", a, n, U_NT_DIGIT, "not a digit");
}

FN(ud_numeric)
{
    (void)kw;
    return number(self, "numeric", a, n, U_NT_NUMERIC, "not a numeric character");
}

FN(ud_name)
{
    (void)self, (void)kw;
    bool known;
    int32_t c = char_arg_for(self, "name", a[0], &known);
    if (c < 0)
        return RT_NOVALUE;
    char buf[256];
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = known ? u_charName(c, U_UNICODE_CHAR_NAME, buf, sizeof buf, &st) : 0;
    if (U_SUCCESS(st) && len > 0)
        return rt_from_ptr(rt_str_new(buf, (size_t)len));
    if (n > 1)
        return a[1];
    return rt_raise(RT_EXC_VALUE, "no such name");
}

FN(ud_lookup)
{
    (void)self, (void)n, (void)kw;
    rt_value_t s = pyvm_unwrap(a[0]);
    const char *d;
    int64_t len;
    if (pyvm_is_str(s)) {
        d = pyvm_str_of(s)->data;
        len = pyvm_str_of(s)->len;
    } else if (!pyvm_bytes_like(s, &d, &len)) {
        return rt_raise(RT_EXC_TYPE, "lookup() argument must be str, not %s",
                        pyvm_type_name(a[0]));
    }
    if (len > 256)
        return rt_exc_set(pyvm_exc_new(pyvm_exc_KeyError, (rt_value_t[]){pyvm_str_cstr(
                                           "name too long")}, 1));
    long c = pyvm_unicode_lookup(d, (size_t)len);
    if (c < 0) {
        rt_strbuf_t b;
        rt_strbuf_init(&b, (size_t)len + 32);
        rt_strbuf_appendf(&b, "undefined character name '%.*s'", (int)len, d);
        rt_value_t msg = rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
        return rt_exc_set(pyvm_exc_new(pyvm_exc_KeyError, &msg, 1));
    }
    char enc[4];
    return rt_from_ptr(rt_str_new(enc, (size_t)rt_utf8_encode((uint32_t)c, enc)));
}

/* decomposition(chr): "<tag> XXXX YYYY" as UnicodeData.txt spells it, '' when none. */
FN(ud_decomposition)
{
    (void)self, (void)n, (void)kw;
    static const char *const tags[] = {
        NULL, NULL, "<compat>", "<circle>", "<final>", "<font>", "<fraction>", "<initial>",
        "<isolated>", "<medial>", "<narrow>", "<noBreak>", "<small>", "<square>", "<sub>",
        "<super>", "<vertical>", "<wide>",
    };
    bool known;
    int32_t c = char_arg_for(self, "decomposition", a[0], &known);
    if (c < 0)
        return RT_NOVALUE;
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *nfkd = unorm2_getNFKDInstance(&st);
    UChar raw[32];
    int32_t len = U_SUCCESS(st) && known && !(c >= 0xAC00 && c <= 0xD7A3)
                      ? unorm2_getRawDecomposition(nfkd, c, raw, 32, &st)
                      : -1;
    if (len < 0 || U_FAILURE(st))
        return pyvm_str_cstr("");
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    int type = u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE);
    if (type > 1 && type < (int)(sizeof tags / sizeof tags[0]))
        rt_strbuf_appendf(&b, "%s ", tags[type]);
    for (int32_t i = 0; i < len;) {
        UChar32 cp;
        U16_NEXT(raw, i, len, cp);
        rt_strbuf_appendf(&b, i < len ? "%04X " : "%04X", (unsigned)cp);
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* ---- normalization ---- */

static const UNormalizer2 *form_arg(rt_value_t v)
{
    rt_value_t s = pyvm_unwrap(v);
    if (!pyvm_is_str(s)) {
        rt_raise(RT_EXC_TYPE, "normalize() argument 1 must be str, not %s", pyvm_type_name(v));
        return NULL;
    }
    const char *f = pyvm_str_of(s)->data;
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *nz = strcmp(f, "NFC") == 0    ? unorm2_getNFCInstance(&st)
                             : strcmp(f, "NFD") == 0  ? unorm2_getNFDInstance(&st)
                             : strcmp(f, "NFKC") == 0 ? unorm2_getNFKCInstance(&st)
                             : strcmp(f, "NFKD") == 0 ? unorm2_getNFKDInstance(&st)
                                                      : NULL;
    if (!nz || U_FAILURE(st))
        rt_raise(RT_EXC_VALUE, "invalid normalization form");
    return U_SUCCESS(st) ? nz : NULL;
}

/* s as UTF-16 in a malloc'd buffer (lone surrogates kept); NULL with MemoryError. */
static UChar *to_utf16(rt_str_t *s, int32_t *len)
{
    UChar *u = malloc(((size_t)s->len + 1) * sizeof *u);
    if (!u) {
        rt_raise(RT_EXC_MEMORY, "out of memory");
        return NULL;
    }
    int32_t k = 0;
    for (int64_t i = 0; i < s->len;) {
        int step;
        uint32_t cp = rt_utf8_decode(s->data + i, &step);
        i += step;
        if (cp > 0xFFFF) {
            u[k++] = U16_LEAD(cp);
            u[k++] = U16_TRAIL(cp);
        } else {
            u[k++] = (UChar)cp;
        }
    }
    *len = k;
    return u;
}

static rt_value_t from_utf16(const UChar *u, int32_t len)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)len);
    for (int32_t i = 0; i < len;) {
        UChar32 cp;
        U16_NEXT(u, i, len, cp);
        char enc[4];
        rt_strbuf_append(&b, enc, (size_t)rt_utf8_encode((uint32_t)cp, enc));
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_str_t *str_arg(const char *fn, rt_value_t v)
{
    rt_value_t s = pyvm_unwrap(v);
    if (!pyvm_is_str(s)) {
        rt_raise(RT_EXC_TYPE, "%s() argument 2 must be str, not %s", fn, pyvm_type_name(v));
        return NULL;
    }
    return pyvm_str_of(s);
}

FN(ud_normalize)
{
    (void)self, (void)n, (void)kw;
    const UNormalizer2 *nz = form_arg(a[0]);
    rt_str_t *s = nz ? str_arg("normalize", a[1]) : NULL;
    if (!s)
        return RT_NOVALUE;
    if (rt_str_is_ascii(s))
        return rt_from_ptr(s);
    int32_t len;
    UChar *src = to_utf16(s, &len);
    if (!src)
        return RT_NOVALUE;
    int32_t cap = len * 4 + 16;
    UChar *dst = malloc((size_t)cap * sizeof *dst);
    UErrorCode st = U_ZERO_ERROR;
    int32_t out = dst ? unorm2_normalize(nz, src, len, dst, cap, &st) : 0;
    if (st == U_BUFFER_OVERFLOW_ERROR) {
        free(dst);
        cap = out + 1;
        dst = malloc((size_t)cap * sizeof *dst);
        st = U_ZERO_ERROR;
        out = dst ? unorm2_normalize(nz, src, len, dst, cap, &st) : 0;
    }
    rt_value_t r = dst && U_SUCCESS(st) ? from_utf16(dst, out)
                                       : rt_raise(RT_EXC_MEMORY, "out of memory");
    free(src);
    free(dst);
    return r;
}

FN(ud_is_normalized)
{
    (void)self, (void)n, (void)kw;
    const UNormalizer2 *nz = form_arg(a[0]);
    rt_str_t *s = nz ? str_arg("is_normalized", a[1]) : NULL;
    if (!s)
        return RT_NOVALUE;
    if (rt_str_is_ascii(s))
        return rt_true;
    int32_t len;
    UChar *src = to_utf16(s, &len);
    if (!src)
        return RT_NOVALUE;
    UErrorCode st = U_ZERO_ERROR;
    UBool r = unorm2_isNormalized(nz, src, len, &st);
    free(src);
    return rt_bool(U_SUCCESS(st) && r);
}

/* The functions, once for the module and once as methods of UCD objects (ucd_3_2_0). */
#define UNICODEDATA_FUNCTIONS(X)                                                                   \
    X("category", ud_category, 1, 1) X("bidirectional", ud_bidirectional, 1, 1)                     \
    X("combining", ud_combining, 1, 1) X("mirrored", ud_mirrored, 1, 1)                             \
    X("east_asian_width", ud_east_asian_width, 1, 1) X("decimal", ud_decimal, 1, 2)                 \
    X("digit", ud_digit, 1, 2) X("numeric", ud_numeric, 1, 2) X("name", ud_name, 1, 2)               \
    X("lookup", ud_lookup, 1, 1) X("decomposition", ud_decomposition, 1, 1)                         \
    X("normalize", ud_normalize, 2, 2) X("is_normalized", ud_is_normalized, 2, 2)

static const pyvm_cfunc_def_t unicodedata_functions[] = {
#define FN_DEF(name, fn, lo, hi) {name, fn, lo, hi, 0, 0},
    UNICODEDATA_FUNCTIONS(FN_DEF)
#undef FN_DEF
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t ucd_methods[] = {
#define METHOD_DEF(name, fn, lo, hi) {name, fn, lo, hi, PYVM_CFUNC_METHOD, 0},
    UNICODEDATA_FUNCTIONS(METHOD_DEF)
#undef METHOD_DEF
    {NULL, NULL, 0, 0, 0, 0},
};

FN(g_old_version)
{
    (void)self, (void)a, (void)n, (void)kw;
    return pyvm_str_cstr("3.2.0");
}

static const pyvm_cfunc_def_t ucd_getters[] = {
    {"unidata_version", g_old_version, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};
static const rt_pyslots_t ucd_slots = {.cls = &ucd_cls};

rt_map_t *pyvm_mod_unicodedata_dict(void)
{
    if (!ucd_cls) {
        gc_root_add(&ucd_cls, 1);
        ucd_type.py = &ucd_slots;
        ucd_cls = pyvm_type_new_builtin("UCD", &ucd_type, pyvm_cls_object);
        pyvm_cfunc_install(ucd_cls, ucd_methods);
        pyvm_mod_properties(ucd_cls, ucd_getters);
        pyvm_type_setattr(ucd_cls, pyvm_name(module), pyvm_str_cstr("unicodedata"));
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, unicodedata_functions);
    pyvm_mod_put(d, "unidata_version", pyvm_str_cstr("14.0.0"));
    pyvm_mod_put(d, "UCD", rt_from_ptr(ucd_cls));
    pyvm_mod_put(d, "ucd_3_2_0", rt_from_ptr(rt_alloc(&ucd_type, sizeof(rt_obj_t))));
    return d;
}

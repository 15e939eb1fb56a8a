/*
** normalizer.c: ext/intl's Unicode normalization on ICU (already linked for mbstring and
** Python's unicodedata): the Normalizer class (normalize, isNormalized, getRawDecomposition,
** the FORM_* constants) and its function aliases normalizer_*. Strings are UTF-8; one that is
** not makes the answer false (null for getRawDecomposition), as php's.
*/
#include <stdlib.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "phpvm/interp.h"

/* php's form numbers (ext/intl's NORMALIZER_FORM_*). */
enum { FORM_D = 4, FORM_KD = 8, FORM_C = 16, FORM_KC = 32, FORM_KC_CF = 48 };

/* ICU's normalizer of a form, or NULL. */
static const UNormalizer2 *normalizer_of(int64_t form)
{
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = form == FORM_C    ? unorm2_getNFCInstance(&err)
                            : form == FORM_D  ? unorm2_getNFDInstance(&err)
                            : form == FORM_KC ? unorm2_getNFKCInstance(&err)
                            : form == FORM_KD ? unorm2_getNFKDInstance(&err)
                            : form == FORM_KC_CF ? unorm2_getNFKCCasefoldInstance(&err)
                                                 : NULL;
    return U_SUCCESS(err) ? n : NULL;
}

/* The string and form arguments; NULL with a TypeError or php's ValueError (named after `fn`,
** the method or the function) pending. */
static const UNormalizer2 *args_of(rt_value_t *args, int argc, const char *fn, rt_str_t **s)
{
    int64_t form = FORM_C;
    if (!(*s = phpvm_arg_str(args, argc, 0)) ||
        (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &form)))
        return NULL;
    const UNormalizer2 *n = normalizer_of(form);
    if (!n)
        phpvm_throw("ValueError", "%s(): Argument #2 ($form) must be a a valid normalization form",
                    fn);
    return n;
}

/* s in UTF-16 (malloc'ed, *len units), or NULL if it is not UTF-8. */
static UChar *to_utf16(const rt_str_t *s, int32_t *len)
{
    UErrorCode err = U_ZERO_ERROR;
    u_strFromUTF8(NULL, 0, len, s->data, (int32_t)s->len, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err))
        return NULL;
    UChar *u = malloc(((size_t)*len + 1) * sizeof *u);
    err = U_ZERO_ERROR;
    u_strFromUTF8(u, *len + 1, NULL, s->data, (int32_t)s->len, &err);
    if (U_FAILURE(err)) {
        free(u);
        return NULL;
    }
    return u;
}

static rt_value_t from_utf16(const UChar *u, int32_t len)
{
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = 0;
    u_strToUTF8(NULL, 0, &n, u, len, &err);
    rt_str_t *s = rt_str_alloc(&rt_type_str, (size_t)n);
    err = U_ZERO_ERROR;
    u_strToUTF8(s->data, n, NULL, u, len, &err);
    return rt_from_ptr(s);
}

/* normalize's and isNormalized's arguments: the form's normalizer and the string in UTF-16
** (malloc'ed, *len units); NULL with *fail their answer: RT_NOVALUE with an exception pending,
** or false for a string that is not UTF-8. */
static UChar *args_utf16(rt_value_t *args, int argc, const char *fn, const UNormalizer2 **n,
                         int32_t *len, rt_value_t *fail)
{
    rt_str_t *s;
    *fail = RT_NOVALUE;
    if (!(*n = args_of(args, argc, fn, &s)))
        return NULL;
    *fail = rt_false;
    return to_utf16(s, len);
}

static rt_value_t normalize(rt_value_t *args, int argc, const char *fn)
{
    const UNormalizer2 *n;
    int32_t len;
    rt_value_t fail;
    UChar *u = args_utf16(args, argc, fn, &n, &len, &fail);
    if (!u)
        return fail;
    UErrorCode err = U_ZERO_ERROR;
    int32_t cap = unorm2_normalize(n, u, len, NULL, 0, &err);
    UChar *out = malloc(((size_t)cap + 1) * sizeof *out);
    err = U_ZERO_ERROR;
    unorm2_normalize(n, u, len, out, cap + 1, &err);
    rt_value_t r = U_SUCCESS(err) ? from_utf16(out, cap) : rt_false;
    free(out);
    free(u);
    return r;
}

static rt_value_t is_normalized(rt_value_t *args, int argc, const char *fn)
{
    const UNormalizer2 *n;
    int32_t len;
    rt_value_t fail;
    UChar *u = args_utf16(args, argc, fn, &n, &len, &fail);
    if (!u)
        return fail;
    UErrorCode err = U_ZERO_ERROR;
    UBool yes = unorm2_isNormalized(n, u, len, &err);
    free(u);
    return U_SUCCESS(err) && yes ? rt_true : rt_false;
}

/* The Decomposition_Mapping of a string of exactly one code point, else null. */
static rt_value_t raw_decomposition(rt_value_t *args, int argc)
{
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    int64_t form = FORM_C;
    if (!s || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &form)))
        return RT_NOVALUE;
    const UNormalizer2 *n = normalizer_of(form);
    int32_t off = 0;
    UChar32 cp = -1;
    if (s->len > 0)
        U8_NEXT(s->data, off, (int32_t)s->len, cp);
    if (!n || off != s->len || cp < 0)
        return rt_none;
    UChar d[32];
    UErrorCode err = U_ZERO_ERROR;
    int32_t len = unorm2_getRawDecomposition(n, cp, d, 32, &err);
    return len < 0 || U_FAILURE(err) ? rt_none : from_utf16(d, len);
}

#define ENTRY(cname, body)                                                                         \
    static rt_value_t cname(rt_value_t self, rt_value_t *args, int argc)                           \
    {                                                                                              \
        (void)self;                                                                                \
        return body;                                                                               \
    }
ENTRY(m_normalize, normalize(args, argc, "Normalizer::normalize"))
ENTRY(f_normalize, normalize(args, argc, "normalizer_normalize"))
ENTRY(m_is_normalized, is_normalized(args, argc, "Normalizer::isNormalized"))
ENTRY(f_is_normalized, is_normalized(args, argc, "normalizer_is_normalized"))
ENTRY(fn_raw_decomposition, raw_decomposition(args, argc))
#undef ENTRY

static const phpvm_builtin_t methods[] = {
    {"normalize", m_normalize, 1, 2, "string,form", 0},
    {"isNormalized", m_is_normalized, 1, 2, "string,form", 0},
    {"getRawDecomposition", fn_raw_decomposition, 1, 2, "string,form", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t functions[] = {
    {"normalizer_normalize", f_normalize, 1, 2, "string,form", 0},
    {"normalizer_is_normalized", f_is_normalized, 1, 2, "string,form", 0},
    {"normalizer_get_raw_decomposition", fn_raw_decomposition, 1, 2, "string,form", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static void normalizer_init(void)
{
    static const phpvm_intconst_t forms[] = {
        {"FORM_D", FORM_D},   {"NFD", FORM_D},   {"FORM_KD", FORM_KD},       {"NFKD", FORM_KD},
        {"FORM_C", FORM_C},   {"NFC", FORM_C},   {"FORM_KC", FORM_KC},       {"NFKC", FORM_KC},
        {"FORM_KC_CF", FORM_KC_CF}, {"NFKC_CF", FORM_KC_CF}, {NULL, 0},
    };
    phpvm_class_t *c = phpvm_class_builtin("Normalizer", NULL, NULL, 0);
    phpvm_class_add_methods(c, methods);
    for (const phpvm_intconst_t *k = forms; k->name; k++)
        rt_map_set_str(c->consts, rt_str_from_cstr(k->name), rt_small(k->value));
    phpvm_class_declare(c);
    for (const phpvm_builtin_t *m = methods; m->name; m++)
        phpvm_class_method(c, rt_str_from_cstr(m->name))->flags |= PHPVM_F_STATIC;
}

const phpvm_ext_t phpvm_ext_intl_normalizer = {"intl", functions, NULL, normalizer_init, NULL,
                                               NULL};

/*
** mod_codecs.c: the native `_codecs` module (modules.h) under Debian's codecs and encodings
** packages: the codec search registry (register, lookup with its cache, importing encodings on
** first use), encode/decode through it, the error-handler registry, and the UTF-8 / ASCII /
** Latin-1 coders that encodings.utf_8 and friends call, on obj_codec.c.
*/
#include <ctype.h>
#include <string.h>

#include "pyvm/modules/modules.h"

static rt_value_t search_functions; /* list */
static rt_value_t codec_cache;      /* dict: normalised name -> CodecInfo */
static rt_value_t error_handlers;   /* dict: name -> callable */

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

FN(c_register)
{
    (void)self, (void)n, (void)kw;
    if (!pyvm_slots(a[0])->call)
        return rt_raise(RT_EXC_TYPE, "argument must be callable");
    rt_vec_append(rt_ptr(search_functions), a[0]);
    return rt_none;
}

FN(c_unregister)
{
    (void)self, (void)n, (void)kw;
    rt_vec_t *v = rt_ptr(search_functions);
    for (int64_t i = 0; i < rt_vec_len(v); i++)
        if (rt_vec_get(v, i) == a[0]) {
            rt_vec_del(v, i, i + 1);
            break;
        }
    return rt_none;
}

/* The name as the registry keys it: lower case, spaces as underscores. */
static rt_value_t normalise(rt_value_t name)
{
    if (!pyvm_is_str(name))
        return rt_raise(RT_EXC_TYPE, "lookup() argument must be str, not %s", pyvm_type_name(name));
    rt_str_t *s = pyvm_str_of(name);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 1);
    for (int64_t i = 0; i < s->len; i++)
        rt_strbuf_append_char(&b, s->data[i] == ' ' ? '_' : (char)tolower((unsigned char)s->data[i]));
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

rt_value_t pyvm_mod_codecs_lookup(rt_value_t name)
{
    if (!codec_cache && !pyvm_import(rt_str_intern_cstr("_codecs"))) /* bytes.decode may come first */
        return RT_NOVALUE;
    rt_value_t key = normalise(name);
    if (!key)
        return RT_NOVALUE;
    rt_value_t hit = pyvm_dict_get(rt_ptr(codec_cache), key);
    if (hit || rt_exc_pending())
        return hit;
    if (rt_vec_len(rt_ptr(search_functions)) == 0 && !pyvm_import(rt_str_intern_cstr("encodings")))
        return RT_NOVALUE;
    rt_vec_t *fns = rt_ptr(search_functions);
    for (int64_t i = 0; i < rt_vec_len(fns); i++) {
        rt_value_t r = pyvm_call1(rt_vec_get(fns, i), key);
        if (!r)
            return RT_NOVALUE;
        if (r == rt_none)
            continue;
        if (!pyvm_is_tuple(pyvm_unwrap(r)) || rt_tuple_len(rt_ptr(pyvm_unwrap(r))) != 4)
            return rt_raise(RT_EXC_TYPE, "codec search functions must return 4-tuples");
        return pyvm_dict_set(rt_ptr(codec_cache), key, r) ? r : RT_NOVALUE;
    }
    return pyvm_raise_cls(pyvm_exc_LookupError, "unknown encoding: %s", pyvm_str_of(name)->data);
}

FN(c_lookup)
{
    (void)self, (void)n, (void)kw;
    return pyvm_mod_codecs_lookup(a[0]);
}

FN(c_forget_codec)
{
    (void)self, (void)n, (void)kw;
    rt_value_t key = normalise(a[0]);
    return key && pyvm_dict_del(rt_ptr(codec_cache), key) >= 0 ? rt_none : RT_NOVALUE;
}

/* encode / decode (obj, encoding='utf-8', errors='strict'): the built-in coders for their
** encodings, else the registered codec's function (item 0 or 1 of its CodecInfo). */
static rt_value_t code(const char *fn, const rt_value_t *a, size_t n, rt_tuple_t *kw, bool enc)
{
    static const char *const names[] = {"obj", "encoding", "errors", NULL};
    rt_value_t v[3];
    if (!pyvm_parse_args(fn, a, n, kw, names, 1, v))
        return RT_NOVALUE;
    const char *encoding = v[1] && pyvm_is_str(v[1]) ? pyvm_str_of(v[1])->data : "utf-8";
    const char *errors = v[2] && pyvm_is_str(v[2]) ? pyvm_str_of(v[2])->data : "strict";
    const char *d;
    int64_t len;
    if (pyvm_codec_builtin(encoding)) {
        if (enc && pyvm_is_str(v[0]))
            return pyvm_codec_encode(pyvm_str_of(v[0]), encoding, errors);
        if (!enc && pyvm_bytes_like(v[0], &d, &len))
            return pyvm_codec_decode(d, len, encoding, errors);
    }
    rt_value_t info = pyvm_mod_codecs_lookup(v[1] ? v[1] : pyvm_str_cstr("utf-8"));
    if (!info)
        return RT_NOVALUE;
    rt_value_t f = rt_tuple_get(rt_ptr(pyvm_unwrap(info)), enc ? 0 : 1);
    rt_value_t args[2] = {v[0], v[2] ? v[2] : pyvm_str_cstr("strict")};
    rt_value_t pair = pyvm_call(f, args, 2, NULL);
    return pair ? pyvm_getitem(pair, rt_small(0)) : RT_NOVALUE;
}

FN(c_encode)
{
    (void)self;
    return code("encode", a, n, kw, true);
}

FN(c_decode)
{
    (void)self;
    return code("decode", a, n, kw, false);
}

/* The coders encodings.<name> call: X(prefix, codec name). */
#define CODERS(X) X(utf_8, "utf-8") X(ascii, "ascii") X(latin_1, "latin-1")

static const char *errors_of(const rt_value_t *a, size_t n, size_t at)
{
    return n > at && pyvm_is_str(a[at]) ? pyvm_str_of(a[at])->data : "strict";
}

/* name_encode(str, errors=None) -> (bytes, consumed) */
static rt_value_t coder_encode(const rt_value_t *a, size_t n, const char *codec)
{
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "argument 1 must be str, not %s", pyvm_type_name(a[0]));
    rt_value_t b = pyvm_codec_encode(pyvm_str_of(a[0]), codec, errors_of(a, n, 1));
    rt_value_t pair[2] = {b, rt_small(rt_str_cp_len(pyvm_str_of(a[0])))};
    return b ? pyvm_tuple_from(pair, 2) : RT_NOVALUE;
}

/* name_decode(data, errors=None, final=False) -> (str, consumed); a cut UTF-8 sequence at the
** end waits for more unless final. */
static rt_value_t coder_decode(const rt_value_t *a, size_t n, const char *codec, bool utf8)
{
    const char *d;
    int64_t len;
    if (!pyvm_bytes_like(a[0], &d, &len))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'",
                        pyvm_type_name(a[0]));
    int final = n > 2 ? pyvm_truth(a[2]) : 0;
    if (final < 0)
        return RT_NOVALUE;
    int64_t use = len;
    if (utf8 && !final) {
        int64_t k = len;
        while (k > 0 && len - k < 3 && ((unsigned char)d[k - 1] & 0xc0) == 0x80)
            k--;
        if (k > 0 && (unsigned char)d[k - 1] >= 0xc0) {
            unsigned char lead = (unsigned char)d[k - 1];
            int need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
            if (len - (k - 1) < need)
                use = k - 1;
        }
    }
    rt_value_t s = pyvm_codec_decode(d, use, codec, errors_of(a, n, 1));
    rt_value_t pair[2] = {s, rt_small(use)};
    return s ? pyvm_tuple_from(pair, 2) : RT_NOVALUE;
}

#define CODER_FNS(prefix, name)                                                                    \
    FN(c_##prefix##_encode)                                                                        \
    {                                                                                              \
        (void)self, (void)kw;                                                                      \
        return coder_encode(a, n, name);                                                           \
    }                                                                                              \
    FN(c_##prefix##_decode)                                                                        \
    {                                                                                              \
        (void)self, (void)kw;                                                                      \
        return coder_decode(a, n, name, strcmp(name, "utf-8") == 0);                               \
    }
CODERS(CODER_FNS)
#undef CODER_FNS

/* ---- error handlers: "strict" raises the exception it is given ---- */

FN(c_strict_errors)
{
    (void)self, (void)n, (void)kw;
    if (!pyvm_is_exc(a[0]))
        return rt_raise(RT_EXC_TYPE, "codec must pass exception instance");
    return rt_exc_set(a[0]);
}

FN(c_register_error)
{
    (void)self, (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "register_error() argument 1 must be str");
    return pyvm_dict_set(rt_ptr(error_handlers), a[0], a[1]) ? rt_none : RT_NOVALUE;
}

FN(c_lookup_error)
{
    (void)self, (void)n, (void)kw;
    rt_value_t h = pyvm_dict_get(rt_ptr(error_handlers), a[0]);
    if (h || rt_exc_pending())
        return h;
    return pyvm_raise_cls(pyvm_exc_LookupError, "unknown error handler name '%s'",
                          pyvm_is_str(a[0]) ? pyvm_str_of(a[0])->data : "?");
}

/* ---- charmap: the encodings package's single-byte code pages (cp437, iso8859_*, mac_*) ---- */

/* The code point byte b maps to through a decoding table (a str indexed by byte, U+FFFE for
** undefined) or a dict (byte -> code point, 1-character str or None); -1 when undefined. */
static int64_t charmap_lookup_decode(rt_value_t mapping, unsigned char b)
{
    if (pyvm_is_str(mapping)) {
        rt_str_t *t = pyvm_str_of(mapping);
        int64_t i = 0;
        int len;
        for (const char *p = t->data; p < t->data + t->len; p += len, i++) {
            uint32_t cp = rt_utf8_decode(p, &len);
            if (i == b)
                return cp == 0xfffe ? -1 : (int64_t)cp;
        }
        return -1;
    }
    rt_value_t v = pyvm_dict_get(rt_ptr(mapping), rt_small(b));
    if (!v || v == rt_none)
        return -1;
    if (rt_is_small(v))
        return rt_small_value(v);
    if (pyvm_is_str(v) && pyvm_str_of(v)->len > 0) {
        int len;
        return rt_utf8_decode(pyvm_str_of(v)->data, &len);
    }
    return -1;
}

/* charmap_decode(data, errors=None, mapping=None) -> (str, consumed); no mapping: Latin-1. */
FN(c_charmap_decode)
{
    (void)self, (void)kw;
    const char *d;
    int64_t len;
    if (!pyvm_bytes_like(a[0], &d, &len))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'",
                        pyvm_type_name(a[0]));
    const char *errors = errors_of(a, n, 1);
    rt_value_t mapping = n > 2 && a[2] != rt_none ? a[2] : RT_NOVALUE;
    if (!mapping) {
        rt_value_t pair[2] = {pyvm_codec_decode(d, len, "latin-1", errors), rt_small(len)};
        return pair[0] ? pyvm_tuple_from(pair, 2) : RT_NOVALUE;
    }
    if (!pyvm_is_str(mapping) && !pyvm_is_dict(mapping))
        return rt_raise(RT_EXC_TYPE, "character mapping must return integer, None or str");
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)len + 1);
    for (int64_t i = 0; i < len; i++) {
        int64_t cp = charmap_lookup_decode(mapping, (unsigned char)d[i]);
        char enc[4];
        if (cp >= 0) {
            rt_strbuf_append(&b, enc, (size_t)rt_utf8_encode((uint32_t)cp, enc));
        } else if (strcmp(errors, "replace") == 0) {
            rt_strbuf_append(&b, enc, (size_t)rt_utf8_encode(0xfffd, enc));
        } else if (strcmp(errors, "ignore") != 0) {
            return pyvm_raise_cls(pyvm_exc_UnicodeDecodeError,
                                  "'charmap' codec can't decode byte 0x%02x in position %lld: "
                                  "character maps to <undefined>",
                                  (unsigned char)d[i], (long long)i);
        }
    }
    rt_value_t pair[2] = {rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str)), rt_small(len)};
    return pyvm_tuple_from(pair, 2);
}

/* charmap_build(decoding_table) -> the encoding map: a dict code point -> byte. */
FN(c_charmap_build)
{
    (void)self, (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "charmap_build() argument must be str, not %s",
                        pyvm_type_name(a[0]));
    rt_str_t *t = pyvm_str_of(a[0]);
    rt_map_t *map = pyvm_dict_new();
    int64_t i = 0;
    int len;
    for (const char *p = t->data; p < t->data + t->len; p += len, i++) {
        uint32_t cp = rt_utf8_decode(p, &len);
        if (cp != 0xfffe && !pyvm_dict_set(map, rt_small(cp), rt_small(i)))
            return RT_NOVALUE;
    }
    return rt_from_ptr(map);
}

/* Appends what code point cp encodes to through the encoding map; false when undefined. */
static bool charmap_put(rt_map_t *map, uint32_t cp, rt_strbuf_t *b)
{
    rt_value_t v = pyvm_dict_get(map, rt_small(cp));
    const char *d;
    int64_t len;
    if (v && rt_is_small(v)) {
        rt_strbuf_append_char(b, (char)rt_small_value(v));
        return true;
    }
    if (v && v != rt_none && pyvm_bytes_like(v, &d, &len)) {
        rt_strbuf_append(b, d, (size_t)len);
        return true;
    }
    return false;
}

/* charmap_encode(str, errors=None, mapping=None) -> (bytes, consumed); no mapping: Latin-1. */
FN(c_charmap_encode)
{
    (void)self, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "charmap_encode() argument 1 must be str, not %s",
                        pyvm_type_name(a[0]));
    rt_str_t *s = pyvm_str_of(a[0]);
    const char *errors = errors_of(a, n, 1);
    rt_value_t mapping = n > 2 && a[2] != rt_none ? a[2] : RT_NOVALUE;
    if (!mapping) {
        rt_value_t pair[2] = {pyvm_codec_encode(s, "latin-1", errors),
                              rt_small(rt_utf8_count(s->data, (size_t)s->len))};
        return pair[0] ? pyvm_tuple_from(pair, 2) : RT_NOVALUE;
    }
    if (!pyvm_is_dict(mapping))
        return rt_raise(RT_EXC_TYPE, "character mapping must return integer, bytes or None, not %s",
                        pyvm_type_name(mapping));
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 1);
    int64_t i = 0;
    int len;
    for (const char *p = s->data; p < s->data + s->len; p += len, i++) {
        uint32_t cp = rt_utf8_decode(p, &len);
        if (charmap_put(rt_ptr(mapping), cp, &b) || strcmp(errors, "ignore") == 0 ||
            (strcmp(errors, "replace") == 0 && charmap_put(rt_ptr(mapping), '?', &b)))
            continue;
        return pyvm_codec_encode_error("charmap", cp, i, "character maps to <undefined>");
    }
    rt_value_t pair[2] = {rt_from_ptr(rt_strbuf_finish(&b, &rt_type_bytes)), rt_small(i)};
    return pyvm_tuple_from(pair, 2);
}

/* raw_unicode_escape_encode(str[, errors]): Latin-1 for code points below 256, \\uXXXX or
** \\UXXXXXXXX for the others (pickle protocol 0 writes strs so). Returns (bytes, length). */
FN(c_raw_unicode_escape_encode)
{
    (void)self, (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "raw_unicode_escape_encode() argument 1 must be str, not %s",
                        pyvm_type_name(a[0]));
    rt_str_t *s = pyvm_str_of(a[0]);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 1);
    int64_t count = 0;
    int len;
    for (const char *p = s->data; p < s->data + s->len; p += len, count++) {
        uint32_t cp = rt_utf8_decode(p, &len);
        if (cp < 0x100)
            rt_strbuf_append_char(&b, (char)cp);
        else if (cp < 0x10000)
            rt_strbuf_appendf(&b, "\\u%04x", (unsigned)cp);
        else
            rt_strbuf_appendf(&b, "\\U%08x", (unsigned)cp);
    }
    rt_value_t pair[2] = {rt_from_ptr(rt_strbuf_finish(&b, &rt_type_bytes)), rt_small(count)};
    return pyvm_tuple_from(pair, 2);
}

/* raw_unicode_escape_decode(bytes[, errors[, final]]): bytes as Latin-1 except \\uXXXX and
** \\UXXXXXXXX after an odd run of backslashes. Returns (str, bytes consumed). */
FN(c_raw_unicode_escape_decode)
{
    (void)self, (void)n, (void)kw;
    const char *d;
    int64_t len;
    if (!pyvm_bytes_like(a[0], &d, &len))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'",
                        pyvm_type_name(a[0]));
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)len + 1);
    int64_t run = 0; /* backslashes just before i */
    for (int64_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)d[i];
        if ((c == 'u' || c == 'U') && run % 2 == 1) {
            int digits = c == 'u' ? 4 : 8;
            uint32_t cp = 0;
            int k = 0;
            for (; k < digits && i + 1 + k < len && isxdigit((unsigned char)d[i + 1 + k]); k++) {
                char h = (char)tolower((unsigned char)d[i + 1 + k]);
                cp = cp * 16 + (uint32_t)(isdigit((unsigned char)h) ? h - '0' : h - 'a' + 10);
            }
            if (k < digits || cp > 0x10ffff)
                return pyvm_raise_cls(pyvm_exc_UnicodeDecodeError,
                                      "'rawunicodeescape' codec can't decode bytes in position "
                                      "%lld-%lld: %s", (long long)(i - 1), (long long)(i + k),
                                      k < digits ? "truncated \\uXXXX escape"
                                                 : "\\Uxxxxxxxx out of range");
            b.len--; /* the backslash that began the escape */
            char out[4];
            rt_strbuf_append(&b, out, (size_t)rt_utf8_encode(cp, out));
            i += digits;
            run = 0;
            continue;
        }
        char out[4];
        rt_strbuf_append(&b, out, (size_t)rt_utf8_encode(c, out));
        run = c == '\\' ? run + 1 : 0;
    }
    rt_value_t pair[2] = {rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str)), rt_small(len)};
    return pyvm_tuple_from(pair, 2);
}

static const pyvm_cfunc_def_t strict_def = {"strict_errors", c_strict_errors, 1, 1, 0, 0};

static const pyvm_cfunc_def_t codecs_functions[] = {
    {"register", c_register, 1, 1, 0, 0},
    {"unregister", c_unregister, 1, 1, 0, 0},
    {"lookup", c_lookup, 1, 1, 0, 0},
    {"_forget_codec", c_forget_codec, 1, 1, 0, 0},
    {"encode", c_encode, 1, 3, 0, 1},
    {"charmap_decode", c_charmap_decode, 1, 3, 0, 0},
    {"charmap_encode", c_charmap_encode, 1, 3, 0, 0},
    {"charmap_build", c_charmap_build, 1, 1, 0, 0},
    {"decode", c_decode, 1, 3, 0, 1},
    {"register_error", c_register_error, 2, 2, 0, 0},
    {"lookup_error", c_lookup_error, 1, 1, 0, 0},
    {"raw_unicode_escape_encode", c_raw_unicode_escape_encode, 1, 2, 0, 0},
    {"raw_unicode_escape_decode", c_raw_unicode_escape_decode, 1, 3, 0, 0},
#define CODER_DEFS(prefix, name)                                                                   \
    {#prefix "_encode", c_##prefix##_encode, 1, 2, 0, 0},                                          \
    {#prefix "_decode", c_##prefix##_decode, 1, 3, 0, 0},
    CODERS(CODER_DEFS)
#undef CODER_DEFS
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_codecs_dict(void)
{
    if (!search_functions) {
        gc_root_add(&search_functions, 1);
        gc_root_add(&codec_cache, 1);
        gc_root_add(&error_handlers, 1);
        search_functions = rt_from_ptr(pyvm_list_new(2));
        codec_cache = rt_from_ptr(pyvm_dict_new());
        error_handlers = rt_from_ptr(pyvm_dict_new());
        pyvm_dict_set(rt_ptr(error_handlers), pyvm_str_cstr("strict"),
                      pyvm_cfunc_new(&strict_def, RT_NOVALUE));
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, codecs_functions);
    return d;
}

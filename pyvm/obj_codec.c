/*
** obj_codec.c: the text codecs built into str and bytes (object.h): str.encode, bytes.decode
** and str(bytes, encoding, errors) for UTF-8, ASCII and Latin-1 with CPython's error handlers
** (strict, ignore, replace, surrogateescape, surrogatepass, backslashreplace,
** xmlcharrefreplace). Other encodings go through the codec registry (the encodings package's
** cp437, utf-16, ...). Lone surrogates live in str as their 3-byte UTF-8-like forms, as the
** runtime's strings allow.
*/
#include <ctype.h>
#include <string.h>

#include "pyvm/modules/modules.h"

typedef enum { C_UTF8, C_ASCII, C_LATIN1 } codec_t;
typedef enum { E_STRICT, E_IGNORE, E_REPLACE, E_ESCAPE, E_PASS, E_BACKSLASH, E_XMLREF } errors_t;

static const struct {
    const char *name;
    codec_t codec;
} codec_names[] = {
    {"utf-8", C_UTF8},     {"utf8", C_UTF8},        {"u8", C_UTF8},          {"ascii", C_ASCII},
    {"us-ascii", C_ASCII}, {"646", C_ASCII},         {"latin-1", C_LATIN1},   {"latin1", C_LATIN1},
    {"iso-8859-1", C_LATIN1}, {"iso8859-1", C_LATIN1}, {"8859", C_LATIN1},   {"cp819", C_LATIN1},
    {"l1", C_LATIN1},      {"latin", C_LATIN1},
};

static const char *const display[] = {"utf-8", "ascii", "latin-1"};

static const struct {
    const char *name;
    errors_t e;
} error_names[] = {
    {"strict", E_STRICT},          {"ignore", E_IGNORE},       {"replace", E_REPLACE},
    {"surrogateescape", E_ESCAPE}, {"surrogatepass", E_PASS}, {"backslashreplace", E_BACKSLASH},
    {"xmlcharrefreplace", E_XMLREF},
};

/* The index in codec_names of one of this file's codecs, or -1. */
static int builtin_index(const char *encoding)
{
    char norm[32];
    size_t i = 0;
    for (; encoding[i] && i + 1 < sizeof norm; i++)
        norm[i] = encoding[i] == '_' ? '-' : (char)tolower((unsigned char)encoding[i]);
    norm[i] = '\0';
    for (size_t k = 0; k < sizeof codec_names / sizeof codec_names[0]; k++)
        if (strcmp(codec_names[k].name, norm) == 0)
            return (int)k;
    return -1;
}

bool pyvm_codec_builtin(const char *encoding) { return builtin_index(encoding) >= 0; }

/* Whether `encoding` is one of this file's codecs (*c, with the handler *e; false with an error
** pending for an unknown handler); *native false when the registry must do it. */
static bool lookup(const char *encoding, const char *errors, codec_t *c, errors_t *e,
                   bool *native)
{
    int k = builtin_index(encoding);
    *native = k >= 0;
    if (!*native)
        return true;
    *c = codec_names[k].codec;
    size_t j = 0;
    while (j < sizeof error_names / sizeof error_names[0] && strcmp(error_names[j].name, errors))
        j++;
    if (j == sizeof error_names / sizeof error_names[0]) {
        pyvm_raise_cls(pyvm_exc_LookupError, "unknown error handler name '%s'", errors);
        return false;
    }
    *e = error_names[j].e;
    return true;
}

/* x encoded or decoded by the registry's codec for `encoding`: its CodecInfo's encoder or decoder
** (which return (result, length consumed)), whose result must be bytes or str. */
static rt_value_t by_registry(rt_value_t x, const char *encoding, const char *errors, bool decode)
{
    rt_value_t info = pyvm_mod_codecs_lookup(pyvm_str_cstr(encoding));
    rt_value_t text = info ? pyvm_getattr_opt(info, rt_str_intern_cstr("_is_text_encoding"))
                           : RT_NOVALUE;
    if (!info || (!text && rt_exc_pending()))
        return RT_NOVALUE;
    if (text == rt_false)
        return pyvm_raise_cls(pyvm_exc_LookupError,
                              "'%s' is not a text encoding; use codecs.%s() to handle arbitrary "
                              "codecs",
                              encoding, decode ? "decode" : "encode");
    rt_value_t r = pyvm_call2(rt_tuple_get(rt_ptr(pyvm_unwrap(info)), decode ? 1 : 0), x,
                              pyvm_str_cstr(errors));
    if (!r)
        return RT_NOVALUE;
    r = pyvm_unwrap(r);
    if (!pyvm_is_tuple(r) || rt_tuple_len(rt_ptr(r)) != 2)
        return rt_raise(RT_EXC_TYPE, "%s must return a tuple (object, integer)",
                        decode ? "decoder" : "encoder");
    rt_value_t out = rt_tuple_get(rt_ptr(r), 0);
    if (decode ? pyvm_is_str(out) : pyvm_bytes_like(out, &(const char *){0}, &(int64_t){0}))
        return out;
    return rt_raise(RT_EXC_TYPE,
                    decode ? "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to "
                             "decode to arbitrary types"
                           : "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() "
                             "to encode to arbitrary types",
                    encoding, pyvm_type_name(out));
}

static void append_cp(rt_strbuf_t *b, uint32_t cp)
{
    char enc[4];
    rt_strbuf_append(b, enc, (size_t)rt_utf8_encode(cp, enc));
}

rt_value_t pyvm_codec_decode(const char *d, int64_t n, const char *encoding, const char *errors)
{
    codec_t c;
    errors_t e;
    bool native;
    if (!lookup(encoding, errors, &c, &e, &native))
        return RT_NOVALUE;
    if (!native)
        return by_registry(rt_from_ptr(rt_bytes_new(d, (size_t)n)), encoding, errors, true);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)n + 1);
    for (int64_t i = 0; i < n;) {
        unsigned char x = (unsigned char)d[i];
        uint32_t cp;
        int len = 1;
        if (c == C_LATIN1 || (c == C_ASCII && x < 128)) {
            append_cp(&b, x);
        } else if (c == C_UTF8 && (len = rt_utf8_decode_checked(d + i, (size_t)(n - i), &cp)) > 0) {
            rt_strbuf_append(&b, d + i, (size_t)len);
        } else {
            len = 1;
            switch (e) {
            case E_IGNORE: break;
            case E_REPLACE: append_cp(&b, 0xfffd); break;
            case E_ESCAPE: append_cp(&b, 0xdc00 + x); break;
            case E_BACKSLASH: rt_strbuf_appendf(&b, "\\x%02x", x); break;
            default:
                return pyvm_raise_cls(pyvm_exc_UnicodeDecodeError,
                                      "'%s' codec can't decode byte 0x%02x in position %lld: %s",
                                      display[c], x, (long long)i,
                                      c == C_ASCII ? "ordinal not in range(128)"
                                                   : "invalid start byte");
            }
        }
        i += len;
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

rt_value_t pyvm_codec_encode_error(const char *codec, uint32_t cp, int64_t pos, const char *why)
{
    return pyvm_raise_cls(pyvm_exc_UnicodeEncodeError,
                          cp < 0x100     ? "'%s' codec can't encode character '\\x%02x' in "
                                           "position %lld: %s"
                          : cp < 0x10000 ? "'%s' codec can't encode character '\\u%04x' in "
                                           "position %lld: %s"
                                         : "'%s' codec can't encode character '\\U%08x' in "
                                           "position %lld: %s",
                          codec, cp, (long long)pos, why);
}

rt_value_t pyvm_codec_encode(rt_str_t *s, const char *encoding, const char *errors)
{
    codec_t c;
    errors_t e;
    bool native;
    if (!lookup(encoding, errors, &c, &e, &native))
        return RT_NOVALUE;
    if (!native)
        return by_registry(rt_from_ptr(s), encoding, errors, false);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 1);
    uint32_t limit = c == C_ASCII ? 128 : c == C_LATIN1 ? 256 : 0x110000;
    int64_t idx = 0;
    for (int64_t i = 0; i < s->len; idx++) {
        int len;
        uint32_t cp = rt_utf8_decode(s->data + i, &len);
        bool surrogate = cp >= 0xd800 && cp <= 0xdfff;
        if (cp < limit && !(surrogate && c == C_UTF8 && e != E_PASS)) {
            if (c == C_UTF8)
                rt_strbuf_append(&b, s->data + i, (size_t)len);
            else
                rt_strbuf_append_char(&b, (char)cp);
        } else if (e == E_ESCAPE && cp >= 0xdc80 && cp <= 0xdcff) {
            rt_strbuf_append_char(&b, (char)(cp - 0xdc00));
        } else if (e == E_IGNORE) {
        } else if (e == E_REPLACE) {
            rt_strbuf_append_char(&b, '?');
        } else if (e == E_BACKSLASH) {
            rt_strbuf_appendf(&b, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
        } else if (e == E_XMLREF) {
            rt_strbuf_appendf(&b, "&#%u;", cp);
        } else {
            return pyvm_codec_encode_error(display[c], cp, idx,
                                           c == C_UTF8    ? "surrogates not allowed"
                                           : c == C_ASCII ? "ordinal not in range(128)"
                                                          : "ordinal not in range(256)");
        }
        i += len;
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_bytes));
}

/* (encoding='utf-8', errors='strict') of encode / decode / str(). */
bool pyvm_codec_args(const char *fn, const rt_value_t *a, size_t n, rt_tuple_t *kw,
                     const char **encoding, const char **errors)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args(fn, a, n, kw, names, 0, v))
        return false;
    *encoding = "utf-8";
    *errors = "strict";
    for (int i = 0; i < 2; i++) {
        if (!v[i])
            continue;
        if (!pyvm_is_str(v[i])) {
            rt_raise(RT_EXC_TYPE, "%s() argument '%s' must be str, not %s", fn, names[i],
                     pyvm_type_name(v[i]));
            return false;
        }
        *(i ? errors : encoding) = pyvm_str_of(v[i])->data;
    }
    return true;
}

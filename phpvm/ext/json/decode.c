/*
** decode.c: json_decode's parser: a tokenizer with the error classes of PHP's JSON scanner
** (control characters, malformed UTF-8, unpaired UTF-16 surrogates in \u escapes, big integers
** as floats or strings) and a recursive-descent parser of RFC 8259 JSON that builds stdClass
** objects or arrays and reports PHP's first error (depth, state mismatch, syntax).
*/
#include <stdlib.h>
#include <string.h>

#include "phpvm/ext/json/json.h"

enum { T_EOI, T_ERROR, T_NULL, T_TRUE, T_FALSE, T_INT, T_DOUBLE, T_STRING, T_PUNCT };

/* Short escape-free strings (object keys above all) are shared within one document: a hit saves
** the allocation and, for keys, hashing (the hash is cached in the shared string). Strings are
** immutable, so sharing is invisible to PHP. Direct-mapped on a cheap hash of the bytes. */
enum { SHARE_SLOTS = 64, SHARE_MAX_LEN = 24 };

typedef struct dec {
    const char *p, *end;
    int64_t options, max_depth, depth;
    int error;
    int tok;          /* the current token (T_PUNCT: `punct` says which) */
    char punct;
    rt_value_t val;   /* T_INT, T_DOUBLE, T_STRING: the value */
    int slot;         /* T_STRING: its index in `shared`, or -1 */
    rt_strbuf_t sb;   /* string token bytes: one buffer for the document (on the C stack) */
    rt_str_t *shared[SHARE_SLOTS]; /* on the C stack: the conservative scan keeps them alive */
    phpvm_class_t *std;            /* stdClass, looked up once per document */
} dec_t;

static bool scan_error(dec_t *d, int code)
{
    d->error = code;
    d->tok = T_ERROR;
    return false;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The 4 hex digits after "\u" at p, or -1. */
static int32_t hex4(const char *p, const char *end)
{
    if (end - p < 4)
        return -1;
    int32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(p[i]);
        if (h < 0)
            return -1;
        v = (v << 4) | h;
    }
    return v;
}

static void put_utf8(rt_strbuf_t *b, uint32_t c)
{
    char u[4];
    size_t n;
    if (c < 0x80) {
        u[0] = (char)c, n = 1;
    } else if (c < 0x800) {
        u[0] = (char)(0xC0 | (c >> 6)), u[1] = (char)(0x80 | (c & 0x3F)), n = 2;
    } else if (c < 0x10000) {
        u[0] = (char)(0xE0 | (c >> 12)), u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F)), n = 3;
    } else {
        u[0] = (char)(0xF0 | (c >> 18)), u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3F)), u[3] = (char)(0x80 | (c & 0x3F)), n = 4;
    }
    rt_strbuf_append(b, u, n);
}

/* A \u escape at p (after the backslash): appends the character; the bytes consumed, or 0 with
** the error set (bad hex: syntax; an unpaired surrogate: UTF-16). */
static size_t unicode_escape(dec_t *d, const char *p)
{
    int32_t c = hex4(p + 1, d->end);
    if (c < 0)
        return scan_error(d, PHPVM_JSON_ERROR_SYNTAX), 0;
    if (c >= 0xD800 && c <= 0xDBFF && d->end - p >= 11 && p[5] == '\\' && p[6] == 'u') {
        int32_t lo = hex4(p + 7, d->end);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
            put_utf8(&d->sb, 0x10000 + (((uint32_t)c - 0xD800) << 10) + ((uint32_t)lo - 0xDC00));
            return 11;
        }
    }
    if (c >= 0xD800 && c <= 0xDFFF)
        return scan_error(d, PHPVM_JSON_ERROR_UTF16), 0;
    put_utf8(&d->sb, (uint32_t)c);
    return 5;
}

/* The length of a valid UTF-8 sequence at p, or 0. */
static size_t utf8_len(const char *p, const char *end)
{
    bool ascii;
    for (size_t n = 2; n <= 4; n++)
        if (end - p >= (ptrdiff_t)n && rt_utf8_validate(p, n, &ascii))
            return n;
    return 0;
}

/* The string of the n plain bytes at s: a shared one when short. May collect. */
static rt_value_t plain_string(dec_t *d, const char *s, size_t n)
{
    d->slot = -1;
    if (n > SHARE_MAX_LEN)
        return phpvm_str_value(s, n);
    uint32_t h = (uint32_t)n;
    for (size_t i = 0; i < n; i++)
        h = h * 31 + (uint8_t)s[i];
    d->slot = (int)((h ^ (h >> 7)) & (SHARE_SLOTS - 1));
    rt_str_t **slot = &d->shared[d->slot];
    if (*slot && (size_t)(*slot)->len == n && memcmp((*slot)->data, s, n) == 0)
        return rt_from_ptr(*slot);
    rt_value_t v = phpvm_str_value(s, n);
    *slot = phpvm_str(v);
    return v;
}

/* Printable ASCII other than the quote and the backslash: copied as it is (one lookup a byte). */
static bool plain_char(char c)
{
    static const bool plain[256] = {[0x20 ... 0x21] = 1, [0x23 ... 0x5B] = 1, [0x5D ... 0x7F] = 1};
    return plain[(uint8_t)c];
}

/* A string token; p is just past the opening quote. */
static bool scan_string(dec_t *d)
{
    /* the one-character escapes and what they stand for (0: none; \\u is decoded apart) */
    static const char unescape[128] = {['"'] = '"', ['\\'] = '\\', ['/'] = '/', ['b'] = '\b',
                                       ['f'] = '\f', ['n'] = '\n', ['r'] = '\r', ['t'] = '\t'};
    const char *p = d->p;
    while (p < d->end && plain_char(*p))
        p++;
    if (p < d->end && *p == '"') { /* plain ASCII: no copy through the buffer */
        d->val = plain_string(d, d->p, (size_t)(p - d->p));
        d->p = p + 1;
        d->tok = T_STRING;
        return true;
    }
    /* escapes or non-ASCII: decoded into the document's scratch buffer, then one string */
    d->sb.len = 0;
    rt_strbuf_append(&d->sb, d->p, (size_t)(p - d->p));
    for (;;) {
        const char *run = p;
        while (p < d->end && plain_char(*p))
            p++;
        rt_strbuf_append(&d->sb, run, (size_t)(p - run));
        if (p >= d->end || (uint8_t)*p < 0x20)
            return scan_error(d, PHPVM_JSON_ERROR_CTRL_CHAR);
        char c = *p;
        if (c == '"')
            break;
        if (c == '\\') {
            char e = p + 1 < d->end && (uint8_t)p[1] < 0x80 ? unescape[(uint8_t)p[1]] : 0;
            size_t n = 2;
            if (e)
                rt_strbuf_append_char(&d->sb, e);
            else if (p + 1 < d->end && p[1] == 'u')
                n = unicode_escape(d, p + 1) + 1;
            else
                return scan_error(d, PHPVM_JSON_ERROR_SYNTAX);
            if (n == 1)
                return false;
            p += n;
            continue;
        }
        size_t n = utf8_len(p, d->end);
        if (n) {
            rt_strbuf_append(&d->sb, p, n);
            p += n;
        } else if (d->options & PHPVM_JSON_INVALID_UTF8_SUBSTITUTE) {
            rt_strbuf_append(&d->sb, "\xef\xbf\xbd", 3);
            p++;
        } else if (d->options & PHPVM_JSON_INVALID_UTF8_IGNORE) {
            p++;
        } else {
            return scan_error(d, PHPVM_JSON_ERROR_UTF8);
        }
    }
    d->p = p + 1;
    d->slot = -1;
    d->val = phpvm_str_value(d->sb.len ? d->sb.data : "", d->sb.len);
    d->tok = T_STRING;
    return true;
}

static size_t digits(const char *p, const char *end)
{
    size_t n = 0;
    while (p + n < end && p[n] >= '0' && p[n] <= '9')
        n++;
    return n;
}

/* Powers of ten that doubles hold exactly. */
static const double exact_pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/*
** The value of a well-formed number token [p, end) without its sign, when cheap to get exactly:
** an int that fits int64 (the caller ruled out bigger ones), or a float whose significant digits
** fit 2^53 with a decimal exponent within +-22, which is one correctly rounded IEEE operation
** on two exact doubles (Clinger's fast path) and so what strtod gives. False: use strtod.
*/
static bool number_fast(const char *p, const char *end, bool is_float, bool neg, rt_value_t *out)
{
    uint64_t m = 0;
    int ndigits = 0, frac = 0, exp10 = 0;
    bool in_frac = false;
    for (; p < end && *p != 'e' && *p != 'E'; p++) {
        if (*p == '.') {
            in_frac = true;
            continue;
        }
        if (++ndigits > 19)
            return false;
        m = m * 10 + (uint64_t)(*p - '0');
        frac += in_frac;
    }
    if (!is_float) {
        *out = phpvm_int(neg ? (int64_t)(0 - m) : (int64_t)m);
        return true;
    }
    if (p < end) { /* the exponent: e[+-]digits */
        bool eneg = *++p == '-';
        p += *p == '-' || *p == '+';
        if (end - p > 3)
            return false;
        for (; p < end; p++)
            exp10 = exp10 * 10 + (*p - '0');
        exp10 = eneg ? -exp10 : exp10;
    }
    exp10 -= frac;
    if (m > (uint64_t)1 << 53 || exp10 < -22 || exp10 > 22)
        return false;
    double x = exp10 < 0 ? (double)m / exact_pow10[-exp10] : (double)m * exact_pow10[exp10];
    *out = phpvm_float(neg ? -x : x);
    return true;
}

/* A number token: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static bool scan_number(dec_t *d)
{
    const char *start = d->p, *p = d->p;
    bool neg = *p == '-';
    p += neg;
    size_t nint = digits(p, d->end);
    if (nint == 0)
        return scan_error(d, PHPVM_JSON_ERROR_SYNTAX);
    if (*p == '0')
        nint = 1;
    p += nint;
    bool is_float = false;
    if (p + 1 < d->end && *p == '.' && digits(p + 1, d->end)) {
        p += 1 + digits(p + 1, d->end);
        is_float = true;
    }
    if (p < d->end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1 + (p + 1 < d->end && (p[1] == '+' || p[1] == '-'));
        if (digits(q, d->end)) {
            p = q + digits(q, d->end);
            is_float = true;
        }
    }
    d->p = p;
    size_t len = (size_t)(p - start);
    /* 19 digits may still fit an int64; more never do (as PHP's scanner decides). */
    bool big = !is_float && (nint > 19 || (nint == 19 && (memcmp(start + neg, "9223372036854775808",
                                                                 19) > 0 ||
                                                          (memcmp(start + neg,
                                                                  "9223372036854775808",
                                                                  19) == 0 && !neg))));
    if (big && (d->options & PHPVM_JSON_BIGINT_AS_STRING)) {
        d->slot = -1;
        d->val = phpvm_str_value(start, len);
        d->tok = T_STRING;
        return true;
    }
    if (!big && number_fast(start + neg, p, is_float, neg, &d->val)) {
        d->tok = is_float ? T_DOUBLE : T_INT;
        return true;
    }
    char small[64], *buf = len < sizeof small ? small : malloc(len + 1);
    memcpy(buf, start, len);
    buf[len] = 0;
    if (is_float || big) {
        d->val = phpvm_float(strtod(buf, NULL));
        d->tok = T_DOUBLE;
    } else {
        d->val = phpvm_int(strtoll(buf, NULL, 10));
        d->tok = T_INT;
    }
    if (buf != small)
        free(buf);
    return true;
}

/* The next token into d->tok; false (T_ERROR, error set) for a scanner error. */
static bool next(dec_t *d)
{
    while (d->p < d->end && (*d->p == ' ' || *d->p == '\t' || *d->p == '\n' || *d->p == '\r'))
        d->p++;
    if (d->p >= d->end) {
        d->tok = T_EOI;
        return true;
    }
    static const struct {
        const char *word;
        size_t len;
        int tok;
    } words[] = {{"null", 4, T_NULL}, {"true", 4, T_TRUE}, {"false", 5, T_FALSE}};
    char c = *d->p;
    /* by the first character: the common tokens are decided without searching */
    switch (c) {
    case '{': case '}': case '[': case ']': case ':': case ',':
        d->tok = T_PUNCT;
        d->punct = c;
        d->p++;
        return true;
    case '"':
        d->p++;
        return scan_string(d);
    case 'n': case 't': case 'f': {
        int k = c == 'n' ? 0 : c == 't' ? 1 : 2;
        if ((size_t)(d->end - d->p) >= words[k].len &&
            memcmp(d->p, words[k].word, words[k].len) == 0) {
            d->tok = words[k].tok;
            d->p += words[k].len;
            return true;
        }
        return scan_error(d, PHPVM_JSON_ERROR_SYNTAX);
    }
    default:
        break;
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return scan_number(d);
    if ((uint8_t)c < 0x20)
        return scan_error(d, PHPVM_JSON_ERROR_CTRL_CHAR);
    if ((uint8_t)c >= 0x80 && !utf8_len(d->p, d->end))
        return scan_error(d, PHPVM_JSON_ERROR_UTF8);
    return scan_error(d, PHPVM_JSON_ERROR_SYNTAX);
}

/* A grammar error at the current token: a scanner error keeps its own code. */
static bool syntax(dec_t *d)
{
    if (d->tok != T_ERROR)
        d->error = PHPVM_JSON_ERROR_SYNTAX;
    return false;
}

static bool is_punct(const dec_t *d, char c) { return d->tok == T_PUNCT && d->punct == c; }

static bool value(dec_t *d, rt_value_t *out);

/* The closing bracket of an array or object: the other kind is a state mismatch. */
static bool close(dec_t *d, char want)
{
    if (is_punct(d, want)) {
        next(d);
        return d->tok != T_ERROR;
    }
    if (is_punct(d, want == ']' ? '}' : ']')) {
        d->error = PHPVM_JSON_ERROR_STATE_MISMATCH;
        return false;
    }
    return syntax(d);
}

/* The nesting the recursive parser allows whatever `depth` says, to stay within the C stack
** (PHP's table-driven parser has no such limit; deeper documents report a depth error). */
#define NESTING_MAX 10000

static bool enter(dec_t *d)
{
    if (++d->depth >= d->max_depth || d->depth > NESTING_MAX) {
        d->error = PHPVM_JSON_ERROR_DEPTH;
        return false;
    }
    return next(d);
}

static bool array(dec_t *d, rt_value_t *out)
{
    if (!enter(d))
        return false;
    phpvm_array_t *a = phpvm_array_new(is_punct(d, ']') ? 0 : 4);
    *out = rt_from_ptr(a);
    if (!is_punct(d, ']')) {
        for (;;) {
            rt_value_t v;
            if (!value(d, &v))
                return false;
            phpvm_array_append(a, v);
            if (!is_punct(d, ','))
                break;
            if (!next(d))
                return false;
        }
    }
    d->depth--;
    return close(d, ']');
}

/* The interned copy of a property name. A shared key (in d->shared[slot]) is replaced there by
** its interned copy, so the next object with that key finds it interned at once. May collect. */
static rt_str_t *intern_key(dec_t *d, rt_str_t *key, int slot)
{
    rt_str_t *k = rt_str_intern(key);
    if (slot >= 0 && d->shared[slot] == key)
        d->shared[slot] = k;
    return k;
}

/* Stores one member into the object or array being built. */
static bool member(dec_t *d, rt_value_t obj, rt_str_t *key, int slot, rt_value_t v)
{
    if (phpvm_is_array(obj)) {
        /* Only a key starting like an integer can become an int key: others skip the check. */
        char c = key->len > 0 ? key->data[0] : 'x';
        rt_value_t k = c == '-' || (c >= '0' && c <= '9') ? phpvm_key(rt_from_ptr(key))
                                                          : rt_from_ptr(key);
        phpvm_array_set(phpvm_arr(obj), k, v);
        return true;
    }
    if (key->len > 0 && key->data[0] == 0) {
        d->error = PHPVM_JSON_ERROR_INVALID_PROPERTY_NAME;
        return false;
    }
    /* stdClass declares no properties and has no magic methods: a member is a dynamic
    ** attribute, set (or, for a repeated key, overwritten) as phpvm_prop_write would. */
    phpvm_object_t *o = phpvm_obj(obj);
    rt_slots_set_attr(o, &o->slots, intern_key(d, key, slot), v, 0);
    return true;
}

static bool object(dec_t *d, rt_value_t *out)
{
    if (!enter(d))
        return false;
    bool as_array = d->options & PHPVM_JSON_OBJECT_AS_ARRAY;
    /* An object is created once its first member is parsed (or at once when it is empty), as
    ** PHP's grammar creates it: object ids (var_dump's #n) come out in PHP's order. */
    bool created = as_array;
    if (as_array) {
        /* string keys are likely: start in the hash layout, with room for a small object */
        phpvm_array_t *a = rt_map_new_of(&phpvm_type_array, 8, false);
        a->next_free = 0;
        *out = rt_from_ptr(a);
    }
    if (!is_punct(d, '}')) {
        for (;;) {
            if (d->tok != T_STRING)
                return syntax(d);
            rt_str_t *key = phpvm_str(d->val);
            int slot = d->slot;
            if (!next(d))
                return false;
            if (!is_punct(d, ':'))
                return syntax(d);
            rt_value_t v;
            if (!next(d) || !value(d, &v))
                return false;
            if (!created) {
                *out = phpvm_object_new(d->std);
                created = true;
            }
            if (!member(d, *out, key, slot, v))
                return false;
            if (!is_punct(d, ','))
                break;
            if (!next(d))
                return false;
        }
    }
    if (!created)
        *out = phpvm_object_new(d->std);
    d->depth--;
    return close(d, '}');
}

/* A value starting at the current token; on success the token after it is current. */
static bool value(dec_t *d, rt_value_t *out)
{
    switch (d->tok) {
    case T_NULL:
        *out = rt_none;
        return next(d);
    case T_TRUE:
    case T_FALSE:
        *out = d->tok == T_TRUE ? rt_true : rt_false;
        return next(d);
    case T_INT:
    case T_DOUBLE:
    case T_STRING:
        *out = d->val;
        return next(d);
    case T_PUNCT:
        if (d->punct == '[')
            return array(d, out);
        if (d->punct == '{')
            return object(d, out);
        return syntax(d);
    default:
        return syntax(d);
    }
}

int phpvm_json_decode(const char *s, size_t n, int64_t options, int64_t depth, rt_value_t *out)
{
    dec_t d = {.p = s, .end = s + n, .options = options, .max_depth = depth,
               .std = phpvm_class_find_c("stdClass")};
    rt_strbuf_init(&d.sb, 0);
    if (!next(&d) || !value(&d, out))
        return d.error ? d.error : PHPVM_JSON_ERROR_SYNTAX;
    if (d.tok != T_EOI)
        return syntax(&d), d.error;
    return PHPVM_JSON_ERROR_NONE;
}

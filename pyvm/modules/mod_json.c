/*
** mod_json.c: the native `_json` accelerator (modules.h) that Debian's json package picks up
** instead of its pure-Python scanner and encoder: scanstring, make_scanner (the c_make_scanner
** class whose instances parse one JSON value), make_encoder (c_make_encoder, one-shot encoding
** when indent is None), encode_basestring and encode_basestring_ascii. Behaviour, messages and
** error positions are CPython's _json: JSONDecodeError (imported from json.decoder when raised)
** at a code-point index, StopIteration(index) where no value starts, RecursionError past the
** recursion limit.
**
** Python str is UTF-8 here, so both directions work on bytes: every JSON delimiter is ASCII, so
** slices between delimiters are whole code points, and byte offsets become code-point indexes
** only at the edges (arguments, results, errors), which costs nothing on ASCII text.
*/
#include <math.h>
#include <string.h>

#include "pyvm/modules/modules.h"

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* ---- Scanner objects: make_scanner(context) ---- */

typedef struct scanner {
    rt_obj_t hdr;
    rt_value_t object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
    bool strict;
} scanner_t;

static void scanner_trace(gc_tracer_t *tracer, void *obj)
{
    scanner_t *s = obj;
    gc_visit(tracer, s->object_hook);
    gc_visit(tracer, s->object_pairs_hook);
    gc_visit(tracer, s->parse_float);
    gc_visit(tracer, s->parse_int);
    gc_visit(tracer, s->parse_constant);
}

static rt_type_t scanner_type = RT_TYPE_INIT("_json.Scanner", scanner_trace, NULL, 0);
static pyvm_class_t *scanner_cls, *encoder_cls;

/* One parse of a str: its bytes and what turns byte offsets into code-point indexes. */
typedef struct scan {
    scanner_t *sc; /* NULL for scanstring */
    rt_str_t *s;
    const char *p;
    int64_t n; /* bytes */
    rt_map_t *memo; /* the keys met so far: equal keys share one str, as in CPython */
    bool ascii, utf8;
    int depth;
} scan_t;

/* The str of bytes [from, to): known valid UTF-8 unless the text holds lone surrogates. */
static rt_str_t *slice(const scan_t *c, int64_t from, int64_t to)
{
    return c->utf8 ? rt_str_new_utf8(c->p + from, (size_t)(to - from))
                   : rt_str_new(c->p + from, (size_t)(to - from));
}

static int64_t cp_index(const scan_t *c, int64_t off)
{
    return c->ascii ? off : rt_utf8_count(c->p, (size_t)off);
}

/* Raises json.decoder.JSONDecodeError(msg, s, index of byte off). */
static rt_value_t decode_error(const scan_t *c, const char *msg, int64_t off)
{
    rt_value_t mod = pyvm_import(rt_str_intern_cstr("json.decoder"));
    if (!mod)
        return RT_NOVALUE;
    rt_value_t cls = pyvm_getattr(mod, rt_str_intern_cstr("JSONDecodeError"));
    if (!cls)
        return RT_NOVALUE;
    rt_value_t args[3] = {pyvm_str_cstr(msg), rt_from_ptr(c->s), rt_int_from_i64(cp_index(c, off))};
    rt_value_t e = pyvm_call(cls, args, 3, NULL);
    return e ? rt_exc_set(e) : RT_NOVALUE;
}

static rt_value_t stop_at(const scan_t *c, int64_t off)
{
    return pyvm_exc_stop_iteration(rt_int_from_i64(cp_index(c, off)));
}

static bool is_ws(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; }

static int64_t skip_ws(const scan_t *c, int64_t i)
{
    while (i < c->n && is_ws(c->p[i]))
        i++;
    return i;
}

static int hexval(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

/* The four hex digits at i as a code unit, or -1. */
static int32_t hex4(const scan_t *c, int64_t i)
{
    int32_t u = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(c->p[i + k]);
        if (h < 0)
            return -1;
        u = u << 4 | h;
    }
    return u;
}

/* The escape after the backslash at p[i] (i + 1 < n): appends what it stands for, returns the
** offset after it, or -1 with JSONDecodeError pending. */
static int64_t unescape(const scan_t *c, int64_t i, rt_strbuf_t *b)
{
    char ch = c->p[i + 1], out;
    switch (ch) {
    case '"': case '\\': case '/': out = ch; break;
    case 'b': out = '\b'; break;
    case 'f': out = '\f'; break;
    case 'n': out = '\n'; break;
    case 'r': out = '\r'; break;
    case 't': out = '\t'; break;
    case 'u': {
        int64_t j = i + 2;
        int32_t u = j + 4 < c->n ? hex4(c, j) : -1;
        if (u < 0) {
            decode_error(c, "Invalid \\uXXXX escape", i + 1);
            return -1;
        }
        j += 4;
        if (u >= 0xD800 && u <= 0xDBFF && j + 6 < c->n && c->p[j] == '\\' && c->p[j + 1] == 'u') {
            int32_t lo = hex4(c, j + 2);
            if (lo < 0) {
                decode_error(c, "Invalid \\uXXXX escape", j + 1);
                return -1;
            }
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                j += 6;
            }
        }
        char enc[4];
        rt_strbuf_append(b, enc, (size_t)rt_utf8_encode((uint32_t)u, enc));
        return j;
    }
    default:
        decode_error(c, "Invalid \\escape", i);
        return -1;
    }
    rt_strbuf_append_char(b, out);
    return i + 2;
}

/* The string whose body starts at byte i (after its opening quote); *end gets the offset after
** the closing quote. RT_NOVALUE with JSONDecodeError pending. */
static rt_value_t scan_string(const scan_t *c, int64_t i, int64_t *end)
{
    const char *p = c->p;
    int64_t begin = i - 1, chunk = i;
    bool escaped = false, strict = !c->sc || c->sc->strict;
    rt_strbuf_t b;
    for (;;) {
        while (i < c->n && p[i] != '"' && p[i] != '\\') {
            if ((unsigned char)p[i] < 0x20 && strict)
                return decode_error(c, "Invalid control character at", i);
            i++;
        }
        if (i >= c->n)
            return decode_error(c, "Unterminated string starting at", begin);
        if (p[i] == '"')
            break;
        if (!escaped)
            rt_strbuf_init(&b, (size_t)(i - chunk) + 16);
        escaped = true;
        rt_strbuf_append(&b, p + chunk, (size_t)(i - chunk));
        if (i + 1 >= c->n)
            return decode_error(c, "Unterminated string starting at", begin);
        i = unescape(c, i, &b);
        if (i < 0)
            return RT_NOVALUE;
        chunk = i;
    }
    *end = i + 1;
    if (!escaped)
        return rt_from_ptr(slice(c, chunk, i));
    rt_strbuf_append(&b, p + chunk, (size_t)(i - chunk));
    /* its UTF-8 facts are computed on first need: a \u escape may have left a lone surrogate */
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static bool is_digit(const scan_t *c, int64_t i) { return i < c->n && c->p[i] >= '0' && c->p[i] <= '9'; }

/* A number at start (CPython's _match_number_unicode); StopIteration(start) when none. */
static rt_value_t scan_number(const scan_t *c, int64_t start, int64_t *end)
{
    const char *p = c->p;
    int64_t i = start;
    bool is_float = false;
    if (p[i] == '-' && ++i >= c->n)
        return stop_at(c, start);
    if (p[i] >= '1' && p[i] <= '9')
        while (is_digit(c, ++i))
            ;
    else if (p[i] == '0')
        i++;
    else
        return stop_at(c, start);
    if (i + 1 < c->n && p[i] == '.' && is_digit(c, i + 1)) {
        is_float = true;
        for (i += 2; is_digit(c, i); i++)
            ;
    }
    if (i + 1 < c->n && (p[i] == 'e' || p[i] == 'E')) {
        int64_t e = i++;
        if (i + 1 < c->n && (p[i] == '-' || p[i] == '+'))
            i++;
        while (is_digit(c, i))
            i++;
        if (p[i - 1] >= '0' && p[i - 1] <= '9')
            is_float = true;
        else
            i = e;
    }
    *end = i;
    rt_value_t custom = is_float ? c->sc->parse_float : c->sc->parse_int;
    if (custom != rt_from_ptr(is_float ? pyvm_cls_float : pyvm_cls_int))
        return pyvm_call1(custom, rt_from_ptr(slice(c, start, i)));
    if (is_float) {
        double d;
        rt_num_status_t st = rt_numparse_float(p + start, (size_t)(i - start), &d);
        return st == RT_NUM_OK ? rt_float_new(d) : pyvm_num_error(st, "float");
    }
    if (i - start <= 18) {
        int64_t v = 0;
        for (int64_t k = start + (p[start] == '-'); k < i; k++)
            v = v * 10 + (p[k] - '0');
        return rt_int_from_i64(p[start] == '-' ? -v : v);
    }
    rt_value_t out;
    rt_num_status_t st = rt_numparse_int(p + start, (size_t)(i - start), 10, &out);
    return st == RT_NUM_OK ? out : pyvm_num_error(st, "int");
}

static rt_value_t scan_once(scan_t *c, int64_t i, int64_t *end);

/* Enters a nested array or object (CPython's Py_EnterRecursiveCall). */
static bool enter(scan_t *c, const char *what)
{
    if (++c->depth > (int)rt_ts->limit[RT_LANG_PY] || !rt_cstack_ok()) {
        rt_raise(RT_EXC_RECURSION, "maximum recursion depth exceeded while decoding a JSON %s "
                                   "from a unicode string", what);
        return false;
    }
    return true;
}

/* The array whose body starts at byte i (after '['). */
static rt_value_t scan_array(scan_t *c, int64_t i, int64_t *end)
{
    if (!enter(c, "array"))
        return RT_NOVALUE;
    rt_vec_t *list = pyvm_list_new(0);
    i = skip_ws(c, i);
    if (i >= c->n || c->p[i] != ']') {
        for (;;) {
            rt_value_t v = scan_once(c, i, &i);
            if (!v)
                return RT_NOVALUE;
            rt_vec_append(list, v);
            i = skip_ws(c, i);
            if (i < c->n && c->p[i] == ']')
                break;
            if (i >= c->n || c->p[i] != ',')
                return decode_error(c, "Expecting ',' delimiter", i);
            i = skip_ws(c, i + 1);
        }
    }
    c->depth--;
    *end = i + 1;
    return rt_from_ptr(list);
}

/* The object whose body starts at byte i (after '{'), through the context's hooks. */
static rt_value_t scan_object(scan_t *c, int64_t i, int64_t *end)
{
    if (!enter(c, "object"))
        return RT_NOVALUE;
    bool pairs = c->sc->object_pairs_hook != rt_none;
    rt_vec_t *list = pairs ? pyvm_list_new(0) : NULL;
    rt_map_t *dict = pairs ? NULL : pyvm_dict_new();
    i = skip_ws(c, i);
    if (i >= c->n || c->p[i] != '}') {
        for (;;) {
            if (i >= c->n || c->p[i] != '"')
                return decode_error(c, "Expecting property name enclosed in double quotes", i);
            rt_value_t key = scan_string(c, i + 1, &i);
            rt_value_t seen = key ? pyvm_dict_get(c->memo, key) : RT_NOVALUE;
            if (seen)
                key = seen;
            else if (!key || rt_exc_pending() || !pyvm_dict_set(c->memo, key, key))
                return RT_NOVALUE;
            i = skip_ws(c, i);
            if (i >= c->n || c->p[i] != ':')
                return decode_error(c, "Expecting ':' delimiter", i);
            i = skip_ws(c, i + 1);
            rt_value_t v = scan_once(c, i, &i);
            if (!v)
                return RT_NOVALUE;
            if (pairs) {
                rt_value_t kv[2] = {key, v};
                rt_vec_append(list, pyvm_tuple_from(kv, 2));
            } else if (!pyvm_dict_set(dict, key, v)) {
                return RT_NOVALUE;
            }
            i = skip_ws(c, i);
            if (i < c->n && c->p[i] == '}')
                break;
            if (i >= c->n || c->p[i] != ',')
                return decode_error(c, "Expecting ',' delimiter", i);
            i = skip_ws(c, i + 1);
        }
    }
    c->depth--;
    *end = i + 1;
    if (pairs)
        return pyvm_call1(c->sc->object_pairs_hook, rt_from_ptr(list));
    if (c->sc->object_hook != rt_none)
        return pyvm_call1(c->sc->object_hook, rt_from_ptr(dict));
    return rt_from_ptr(dict);
}

/* Whether the bytes at i spell word (whose first byte was matched), CPython's bounds included. */
static bool word_at(const scan_t *c, int64_t i, const char *word)
{
    size_t len = strlen(word);
    return i + (int64_t)len - 1 < c->n && memcmp(c->p + i, word, len) == 0;
}

static rt_value_t constant(scan_t *c, int64_t i, const char *word, int64_t *end)
{
    *end = i + (int64_t)strlen(word);
    return pyvm_call1(c->sc->parse_constant, pyvm_str_cstr(word));
}

/* Any JSON value at byte i; StopIteration(i) when none starts there. */
static rt_value_t scan_once(scan_t *c, int64_t i, int64_t *end)
{
    if (i >= c->n)
        return stop_at(c, i);
    switch (c->p[i]) {
    case '"':
        return scan_string(c, i + 1, end);
    case '{':
        return scan_object(c, i + 1, end);
    case '[':
        return scan_array(c, i + 1, end);
    case 'n':
        if (word_at(c, i, "null") && (*end = i + 4))
            return rt_none;
        break;
    case 't':
        if (word_at(c, i, "true") && (*end = i + 4))
            return rt_true;
        break;
    case 'f':
        if (word_at(c, i, "false") && (*end = i + 5))
            return rt_false;
        break;
    case 'N':
        if (word_at(c, i, "NaN"))
            return constant(c, i, "NaN", end);
        break;
    case 'I':
        if (word_at(c, i, "Infinity"))
            return constant(c, i, "Infinity", end);
        break;
    case '-':
        if (word_at(c, i, "-Infinity"))
            return constant(c, i, "-Infinity", end);
        break;
    default:
        break;
    }
    return scan_number(c, i, end);
}

static void scan_init(scan_t *c, scanner_t *sc, rt_str_t *s)
{
    *c = (scan_t){.sc = sc, .s = s, .p = s->data, .n = s->len, .ascii = rt_str_is_ascii(s),
                  .utf8 = rt_str_is_utf8(s)};
}

static rt_value_t pair(rt_value_t v, const scan_t *c, int64_t end)
{
    rt_value_t kv[2] = {v, rt_int_from_i64(cp_index(c, end))};
    return pyvm_tuple_from(kv, 2);
}

/* scanner(string, idx): (value, end index). */
static rt_value_t scanner_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                               rt_tuple_t *kwnames)
{
    static const char *const names[] = {"string", "idx", NULL};
    rt_value_t v[2];
    int64_t idx;
    if (!pyvm_parse_args("scan_once", args, nargs, kwnames, names, 2, v) ||
        !pyvm_index_fit(v[1], &idx))
        return RT_NOVALUE;
    rt_value_t s = pyvm_unwrap(v[0]);
    if (!pyvm_is_str(s))
        return rt_raise(RT_EXC_TYPE, "first argument must be a string, not %.80s",
                        pyvm_type_name(v[0]));
    if (idx < 0)
        return rt_raise(RT_EXC_VALUE, "idx cannot be negative");
    scan_t c;
    scan_init(&c, rt_ptr(self), pyvm_str_of(s));
    c.memo = pyvm_dict_new();
    if (idx >= rt_str_cp_len(c.s))
        return pyvm_exc_stop_iteration(rt_int_from_i64(idx));
    int64_t end;
    rt_value_t r = scan_once(&c, c.ascii ? idx : rt_str_cp_offset(c.s, idx), &end);
    return r ? pair(r, &c, end) : RT_NOVALUE;
}

/* make_scanner(context): reads the context's strict flag and hooks once. */
static rt_value_t scanner_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                               rt_tuple_t *kw)
{
    static const char *const names[] = {"context", NULL};
    static const char *const attrs[] = {"object_hook", "object_pairs_hook", "parse_float",
                                        "parse_int", "parse_constant"};
    rt_value_t ctx;
    if (!pyvm_parse_args(cls->name->data, args, nargs, kw, names, 1, &ctx))
        return RT_NOVALUE;
    scanner_t *sc = rt_alloc(&scanner_type, sizeof *sc);
    rt_value_t *slots[] = {&sc->object_hook, &sc->object_pairs_hook, &sc->parse_float,
                           &sc->parse_int, &sc->parse_constant};
    rt_value_t strict = pyvm_getattr(ctx, rt_str_intern_cstr("strict"));
    int t = strict ? pyvm_truth(strict) : -1;
    if (t < 0)
        return RT_NOVALUE;
    sc->strict = t;
    for (size_t k = 0; k < sizeof attrs / sizeof attrs[0]; k++) {
        rt_value_t v = pyvm_getattr(ctx, rt_str_intern_cstr(attrs[k]));
        if (!v)
            return RT_NOVALUE;
        *slots[k] = v;
        gc_write_barrier(sc);
    }
    return rt_from_ptr(sc);
}

/* scanstring(string, end, strict=True): (decoded str, index after the closing quote). */
FN(j_scanstring)
{
    (void)self, (void)n, (void)kw;
    int64_t end;
    if (!pyvm_index_fit(a[1], &end))
        return RT_NOVALUE;
    int strict = n > 2 ? pyvm_truth(a[2]) : 1;
    if (strict < 0)
        return RT_NOVALUE;
    rt_value_t s = pyvm_unwrap(a[0]);
    if (!pyvm_is_str(s))
        return rt_raise(RT_EXC_TYPE, "first argument must be a string, not %.80s",
                        pyvm_type_name(a[0]));
    scan_t c;
    scanner_t lax = {.strict = false};
    scan_init(&c, strict ? NULL : &lax, pyvm_str_of(s));
    if (end < 0 || end > rt_str_cp_len(c.s))
        return rt_raise(RT_EXC_VALUE, "end is out of bounds");
    int64_t stop;
    rt_value_t r = scan_string(&c, c.ascii ? end : rt_str_cp_offset(c.s, end), &stop);
    return r ? pair(r, &c, stop) : RT_NOVALUE;
}

/* ---- Encoding ---- */

/* Appends s as a JSON string literal; ascii escapes every non-ASCII code point (and DEL), as
** encode_basestring_ascii, else only quotes, backslashes and control characters. */
static void quote(rt_strbuf_t *b, rt_str_t *s, bool ascii)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t n = s->len, chunk = 0;
    rt_strbuf_append_char(b, '"');
    for (int64_t i = 0; i < n;) {
        unsigned char ch = p[i];
        if (ch >= 0x20 && ch != '"' && ch != '\\' && (ch < 0x7f || !ascii)) {
            i++;
            continue;
        }
        rt_strbuf_append(b, (const char *)p + chunk, (size_t)(i - chunk));
        const char *esc = ch == '"' ? "\\\"" : ch == '\\' ? "\\\\" : ch == '\n' ? "\\n"
                        : ch == '\r' ? "\\r" : ch == '\t' ? "\\t" : ch == '\b' ? "\\b"
                        : ch == '\f' ? "\\f" : NULL;
        uint32_t cp = ch;
        int len = 1;
        if (ch >= 0x80)
            cp = rt_utf8_decode((const char *)p + i, &len);
        i += len;
        chunk = i;
        if (esc) {
            rt_strbuf_append(b, esc, 2);
            continue;
        }
        uint32_t units[2] = {cp, 0};
        int nunits = 1;
        if (cp >= 0x10000) {
            units[0] = 0xD800 + ((cp - 0x10000) >> 10);
            units[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
            nunits = 2;
        }
        for (int k = 0; k < nunits; k++) {
            char u[6] = {'\\', 'u', hex[units[k] >> 12], hex[units[k] >> 8 & 15],
                         hex[units[k] >> 4 & 15], hex[units[k] & 15]};
            rt_strbuf_append(b, u, 6);
        }
    }
    rt_strbuf_append(b, (const char *)p + chunk, (size_t)(n - chunk));
    rt_strbuf_append_char(b, '"');
}

static rt_value_t basestring(const rt_value_t *a, bool ascii)
{
    rt_value_t s = pyvm_unwrap(a[0]);
    if (!pyvm_is_str(s))
        return rt_raise(RT_EXC_TYPE, "first argument must be a string, not %.80s",
                        pyvm_type_name(a[0]));
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)pyvm_str_of(s)->len + 2);
    quote(&b, pyvm_str_of(s), ascii);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

FN(j_encode_basestring_ascii)
{
    (void)self, (void)n, (void)kw;
    return basestring(a, true);
}

FN(j_encode_basestring)
{
    (void)self, (void)n, (void)kw;
    return basestring(a, false);
}

typedef struct encoder {
    rt_obj_t hdr;
    rt_value_t markers, defaultfn, encoder, indent, key_sep, item_sep;
    int fast; /* 0: call encoder; 1: encode_basestring_ascii; 2: encode_basestring */
    bool sort_keys, skipkeys, allow_nan;
} encoder_t;

static void encoder_trace(gc_tracer_t *tracer, void *obj)
{
    encoder_t *e = obj;
    gc_visit(tracer, e->markers);
    gc_visit(tracer, e->defaultfn);
    gc_visit(tracer, e->encoder);
    gc_visit(tracer, e->indent);
    gc_visit(tracer, e->key_sep);
    gc_visit(tracer, e->item_sep);
}

static rt_type_t encoder_type = RT_TYPE_INIT("_json.Encoder", encoder_trace, NULL, 0);

/* One encoding: the output and the nesting depth. */
typedef struct enc {
    encoder_t *e;
    rt_strbuf_t b;
    int depth;
} enc_t;

static bool enc_string(enc_t *x, rt_value_t s)
{
    if (x->e->fast) {
        quote(&x->b, pyvm_str_of(pyvm_unwrap(s)), x->e->fast == 1);
        return true;
    }
    rt_value_t r = pyvm_call1(x->e->encoder, s);
    if (!r)
        return false;
    if (!pyvm_is_str(pyvm_unwrap(r))) {
        rt_raise(RT_EXC_TYPE, "encoder() must return a string, not %.80s", pyvm_type_name(r));
        return false;
    }
    rt_strbuf_append_str(&x->b, pyvm_str_of(pyvm_unwrap(r)));
    return true;
}

static bool enc_float(enc_t *x, double d)
{
    char buf[RT_NUMFMT_FLOAT_MAX];
    if (isfinite(d)) {
        rt_strbuf_append(&x->b, buf, rt_numfmt_float_repr(d, buf));
        return true;
    }
    if (!x->e->allow_nan) {
        rt_raise(RT_EXC_VALUE, "Out of range float values are not JSON compliant");
        return false;
    }
    const char *s = isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    rt_strbuf_append(&x->b, s, strlen(s));
    return true;
}

static void enc_int(enc_t *x, rt_value_t v)
{
    char small[24];
    if (rt_is_small(v)) {
        rt_strbuf_append(&x->b, small, rt_numfmt_int(v, 10, 0, small));
        return;
    }
    rt_strbuf_t tmp;
    rt_strbuf_init(&tmp, rt_numfmt_int_bound(v, 10));
    rt_strbuf_append(&x->b, tmp.data, rt_numfmt_int(v, 10, 0, tmp.data));
}

/* CPython's markers: the ids of the containers being encoded, to detect cycles. mark returns 0
** when markers are off, 1 marked, -1 with ValueError pending. */
static int mark(enc_t *x, rt_value_t o)
{
    if (x->e->markers == rt_none)
        return 0;
    rt_map_t *m = rt_ptr(pyvm_unwrap(x->e->markers));
    rt_value_t id = rt_int_from_u64((uint64_t)o);
    rt_value_t had = pyvm_dict_get(m, id);
    if (had || rt_exc_pending()) {
        if (had)
            rt_raise(RT_EXC_VALUE, "Circular reference detected");
        return -1;
    }
    return pyvm_dict_set(m, id, o) ? 1 : -1;
}

static bool unmark(enc_t *x, rt_value_t o, int marked)
{
    if (marked <= 0)
        return marked == 0;
    return pyvm_dict_del(rt_ptr(pyvm_unwrap(x->e->markers)), rt_int_from_u64((uint64_t)o)) >= 0;
}

static bool enc_obj(enc_t *x, rt_value_t o);

static bool enc_list(enc_t *x, rt_value_t o, rt_value_t seq)
{
    int64_t len = pyvm_len(seq);
    if (len == 0) {
        rt_strbuf_append(&x->b, "[]", 2);
        return true;
    }
    int marked = mark(x, o);
    if (marked < 0)
        return false;
    rt_strbuf_append_char(&x->b, '[');
    for (int64_t i = 0; i < pyvm_len(seq); i++) {
        if (i)
            rt_strbuf_append_str(&x->b, pyvm_str_of(x->e->item_sep));
        rt_value_t v = pyvm_is_tuple(seq) ? rt_tuple_get(rt_ptr(seq), i)
                                          : rt_vec_get(rt_ptr(seq), i);
        if (!enc_obj(x, v))
            return false;
    }
    rt_strbuf_append_char(&x->b, ']');
    return unmark(x, o, marked);
}

/* The key of a dict item as JSON text (a str), 0 to skip it, RT_NOVALUE on error. */
static rt_value_t dict_key(enc_t *x, rt_value_t k)
{
    rt_value_t u = pyvm_unwrap(k);
    if (pyvm_is_str(u))
        return u;
    if (rt_is_float(u) || u == rt_true || u == rt_false || u == rt_none || rt_is_int(u)) {
        size_t mark_len = x->b.len;
        bool ok = rt_is_float(u) ? enc_float(x, rt_float_value(u)) : true;
        if (!ok)
            return RT_NOVALUE;
        if (u == rt_true || u == rt_false || u == rt_none) {
            const char *w = u == rt_true ? "true" : u == rt_false ? "false" : "null";
            rt_strbuf_append(&x->b, w, strlen(w));
        } else if (!rt_is_float(u)) {
            enc_int(x, u);
        }
        rt_value_t r = rt_from_ptr(rt_str_new_utf8(x->b.data + mark_len, x->b.len - mark_len));
        x->b.len = mark_len;
        return r;
    }
    if (x->e->skipkeys)
        return 0;
    return rt_raise(RT_EXC_TYPE, "keys must be str, int, float, bool or None, not %.100s",
                    pyvm_type_name(k));
}

/* The (key, value) items of a dict (items() for a subclass), sorted when sort_keys. */
static rt_vec_t *dict_items(enc_t *x, rt_value_t o, rt_value_t d)
{
    rt_vec_t *items;
    if (o == d) {
        rt_map_t *m = rt_ptr(d);
        items = pyvm_list_new(rt_map_count(m));
        for (int64_t p = rt_map_next(m, 0); p >= 0; p = rt_map_next(m, p + 1)) {
            rt_map_key_t k = rt_map_key_at(m, p);
            rt_value_t kv[2] = {k.obj ? k.obj : rt_int_from_i64(k.i), rt_map_value_at(m, p)};
            rt_vec_append(items, pyvm_tuple_from(kv, 2));
        }
    } else {
        rt_value_t meth = pyvm_getattr(o, rt_str_intern_cstr("items"));
        rt_value_t it = meth ? pyvm_call0(meth) : RT_NOVALUE;
        items = it ? pyvm_seq_to_vec(it) : NULL;
    }
    if (items && x->e->sort_keys && !pyvm_list_sort(items, rt_none, false))
        return NULL;
    return items;
}

static bool enc_dict(enc_t *x, rt_value_t o, rt_value_t d)
{
    if (rt_map_count(rt_ptr(d)) == 0) {
        rt_strbuf_append(&x->b, "{}", 2);
        return true;
    }
    int marked = mark(x, o);
    rt_vec_t *items = marked < 0 ? NULL : dict_items(x, o, d);
    if (!items)
        return false;
    rt_strbuf_append_char(&x->b, '{');
    bool first = true;
    for (int64_t i = 0; i < rt_vec_len(items); i++) {
        rt_value_t item = rt_vec_get(items, i);
        if (!pyvm_is_tuple(item) || rt_tuple_len(rt_ptr(item)) != 2) {
            rt_raise(RT_EXC_VALUE, "items must return 2-tuples");
            return false;
        }
        rt_value_t k = dict_key(x, rt_tuple_get(rt_ptr(item), 0));
        if (!k && rt_exc_pending())
            return false;
        if (!k)
            continue;
        if (!first)
            rt_strbuf_append_str(&x->b, pyvm_str_of(x->e->item_sep));
        first = false;
        if (!enc_string(x, k))
            return false;
        rt_strbuf_append_str(&x->b, pyvm_str_of(x->e->key_sep));
        if (!enc_obj(x, rt_tuple_get(rt_ptr(item), 1)))
            return false;
    }
    rt_strbuf_append_char(&x->b, '}');
    return unmark(x, o, marked);
}

static bool enc_enter(enc_t *x)
{
    if (++x->depth > (int)rt_ts->limit[RT_LANG_PY] || !rt_cstack_ok()) {
        rt_raise(RT_EXC_RECURSION,
                 "maximum recursion depth exceeded while encoding a JSON object");
        return false;
    }
    return true;
}

/* Anything else goes through default(o), with o marked meanwhile. */
static bool enc_default(enc_t *x, rt_value_t o)
{
    int marked = mark(x, o);
    if (marked < 0)
        return false;
    rt_value_t r = pyvm_call1(x->e->defaultfn, o);
    if (!r || !enc_enter(x) || !enc_obj(x, r))
        return false;
    x->depth--;
    return unmark(x, o, marked);
}

static bool enc_obj(enc_t *x, rt_value_t o)
{
    rt_value_t u = pyvm_unwrap(o);
    if (u == rt_none || u == rt_true || u == rt_false) {
        const char *w = u == rt_none ? "null" : u == rt_true ? "true" : "false";
        rt_strbuf_append(&x->b, w, strlen(w));
        return true;
    }
    if (pyvm_is_str(u))
        return enc_string(x, o);
    if (rt_is_int(u)) {
        enc_int(x, u);
        return true;
    }
    if (rt_is_float(u))
        return enc_float(x, rt_float_value(u));
    bool ok;
    if (pyvm_is_list(u) || pyvm_is_tuple(u)) {
        ok = enc_enter(x) && enc_list(x, o, u);
    } else if (pyvm_is_dict(u)) {
        ok = enc_enter(x) && enc_dict(x, o, u);
    } else {
        return enc_default(x, o);
    }
    x->depth -= ok;
    return ok;
}

/* encoder(obj, _current_indent_level): a 1-tuple holding the JSON text. */
static rt_value_t encoder_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                               rt_tuple_t *kwnames)
{
    static const char *const names[] = {"obj", "_current_indent_level", NULL};
    rt_value_t v[2];
    int64_t level;
    if (!pyvm_parse_args("_iterencode", args, nargs, kwnames, names, 2, v) ||
        !pyvm_index_fit(v[1], &level))
        return RT_NOVALUE;
    enc_t x = {.e = rt_ptr(self)};
    rt_strbuf_init(&x.b, 256);
    if (!enc_obj(&x, v[0]))
        return RT_NOVALUE;
    rt_value_t s = rt_from_ptr(rt_strbuf_finish(&x.b, &rt_type_str));
    return pyvm_tuple_from(&s, 1);
}

/* make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys,
** skipkeys, allow_nan) */
static rt_value_t encoder_ctor(pyvm_class_t *cls, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    static const char *const names[] = {"markers", "default", "encoder", "indent",
                                        "key_separator", "item_separator", "sort_keys",
                                        "skipkeys", "allow_nan", NULL};
    rt_value_t v[9];
    if (!pyvm_parse_args(cls->name->data, a, n, kw, names, 9, v))
        return RT_NOVALUE;
    if (v[0] != rt_none && !pyvm_is_dict(pyvm_unwrap(v[0])))
        return rt_raise(RT_EXC_TYPE, "make_encoder() argument 1 must be dict or None, not %.200s",
                        pyvm_type_name(v[0]));
    for (int k = 4; k < 6; k++)
        if (!pyvm_is_str(pyvm_unwrap(v[k])))
            return rt_raise(RT_EXC_TYPE, "make_encoder() argument %d must be str, not %.200s",
                            k + 1, pyvm_type_name(v[k]));
    int flags[3];
    for (int k = 0; k < 3; k++)
        if ((flags[k] = pyvm_truth(v[6 + k])) < 0)
            return RT_NOVALUE;
    encoder_t *e = rt_alloc(&encoder_type, sizeof *e);
    RT_STORE(e, markers, v[0]);
    RT_STORE(e, defaultfn, v[1]);
    RT_STORE(e, encoder, v[2]);
    RT_STORE(e, indent, v[3]);
    RT_STORE(e, key_sep, pyvm_unwrap(v[4]));
    RT_STORE(e, item_sep, pyvm_unwrap(v[5]));
    e->sort_keys = flags[0], e->skipkeys = flags[1], e->allow_nan = flags[2];
    if (rt_is_ptr(v[2]) && rt_obj_type(rt_ptr(v[2])) == &pyvm_type_cfunc) {
        pyvm_cfn_t f = ((pyvm_cfunc_t *)rt_ptr(v[2]))->def->fn;
        e->fast = f == j_encode_basestring_ascii ? 1 : f == j_encode_basestring ? 2 : 0;
    }
    return rt_from_ptr(e);
}

static const rt_pyslots_t scanner_slots = {.cls = &scanner_cls, .call = scanner_call};
static const rt_pyslots_t encoder_slots = {.cls = &encoder_cls, .call = encoder_call};

static const pyvm_cfunc_def_t json_functions[] = {
    {"scanstring", j_scanstring, 2, 3, 0, 0},
    {"encode_basestring_ascii", j_encode_basestring_ascii, 1, 1, 0, 0},
    {"encode_basestring", j_encode_basestring, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_json_dict(void)
{
    if (!scanner_cls) {
        gc_root_add(&scanner_cls, 1);
        gc_root_add(&encoder_cls, 1);
        scanner_type.py = &scanner_slots;
        encoder_type.py = &encoder_slots;
        scanner_cls = pyvm_type_new_builtin("make_scanner", &scanner_type, pyvm_cls_object);
        scanner_cls->ctor = scanner_ctor;
        encoder_cls = pyvm_type_new_builtin("make_encoder", &encoder_type, pyvm_cls_object);
        encoder_cls->ctor = encoder_ctor;
        pyvm_type_setattr(scanner_cls, pyvm_name(module), pyvm_str_cstr("_json"));
        pyvm_type_setattr(encoder_cls, pyvm_name(module), pyvm_str_cstr("_json"));
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, json_functions);
    pyvm_mod_put(d, "make_scanner", rt_from_ptr(scanner_cls));
    pyvm_mod_put(d, "make_encoder", rt_from_ptr(encoder_cls));
    return d;
}

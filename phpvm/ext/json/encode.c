/*
** encode.c: json_encode's encoder. Walks a PHP value the way PHP's encoder does: lists as JSON
** arrays and other arrays and objects (public properties, JsonSerializable's jsonSerialize())
** as JSON objects, backed enum cases as their value, strings escaped per the JSON_HEX_* /
** UNESCAPED_* flags with UTF-8 checked, floats in serialize_precision, errors recorded (depth,
** recursion, INF/NAN, bad UTF-8) and, under JSON_PARTIAL_OUTPUT_ON_ERROR, replaced so the text
** stays whole.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/ext/json/json.h"

typedef struct enc {
    rt_strbuf_t *b;
    int64_t options, max_depth, depth;
    int error;
    bool thrown;
    const void **open; /* the arrays and objects being encoded: recursion detection */
    phpvm_class_t *serializable; /* JsonSerializable, once an object was met */
    size_t nopen, capopen;
} enc_t;

static bool enc_value(enc_t *e, rt_value_t v);

#define HAS(e, flag) (((e)->options & PHPVM_JSON_##flag) != 0)

static void fail(enc_t *e, int code) { e->error = code; }

/*
** The UTF-8 character at s (n bytes left, s[0] >= 0x80): its code point and, in *len, its
** length; -1 for an invalid sequence (overlong forms, surrogates and values past U+10FFFF
** included), *len then being the bytes PHP's decoder skips: up to the first byte that could
** start a sequence (strategy 2 of UTR #36), so each substitution stands for the same bytes.
*/
static int32_t utf8_next(const uint8_t *s, size_t n, size_t *len)
{
    static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    uint8_t c = s[0];
    size_t k = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
    *len = 1;
    if (k == 1)
        return -1;
    bool trails = n >= k;
    for (size_t i = 1; i < k && trails; i++)
        trails = s[i] >= 0x80 && s[i] <= 0xBF;
    if (!trails) {
        size_t i = 1;
        while (i < k && i < n && !(s[i] < 0x80 || (s[i] >= 0xC2 && s[i] <= 0xF4)))
            i++;
        *len = i;
        return -1;
    }
    *len = k;
    uint32_t cp = c & (0x7Fu >> k);
    for (size_t i = 1; i < k; i++)
        cp = (cp << 6) | (s[i] & 0x3Fu);
    if (cp < min[k] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    return (int32_t)cp;
}

static void append_u(rt_strbuf_t *b, uint32_t c)
{
    static const char hex[] = "0123456789abcdef";
    char u[6] = {'\\', 'u', hex[(c >> 12) & 15], hex[(c >> 8) & 15], hex[(c >> 4) & 15],
                 hex[c & 15]};
    rt_strbuf_append(b, u, sizeof u);
}

/* An int in decimal, two digits per division (ints are most of many documents). */
static void append_int(rt_strbuf_t *b, int64_t v)
{
    static const char pairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    char tmp[20], *p = tmp + sizeof tmp;
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    for (; m >= 100; m /= 100) {
        p -= 2;
        memcpy(p, pairs + 2 * (m % 100), 2);
    }
    if (m >= 10) {
        p -= 2;
        memcpy(p, pairs + 2 * m, 2);
    } else {
        *--p = (char)('0' + m);
    }
    if (v < 0)
        *--p = '-';
    rt_strbuf_append(b, p, (size_t)(tmp + sizeof tmp - p));
}

/* How each byte of a string goes out under the options of the encode: copied (length 0), or
** spelled as `text`; bytes from 0x80 on start UTF-8 sequences (enc_unicode). */
typedef struct escape {
    uint8_t len;
    char text[7];
} escape_t;

/* The escapes of the ASCII characters some option decides, and their flag (0: always). */
static const struct {
    char c;
    int64_t flag;
    const char *plain, *hex;
} specials[] = {
    {'"', PHPVM_JSON_HEX_QUOT, "\\\"", "\\u0022"}, {'\\', 0, "\\\\", NULL},
    {'/', PHPVM_JSON_UNESCAPED_SLASHES, "\\/", "/"}, {'\b', 0, "\\b", NULL},
    {'\f', 0, "\\f", NULL}, {'\n', 0, "\\n", NULL}, {'\r', 0, "\\r", NULL},
    {'\t', 0, "\\t", NULL}, {'<', PHPVM_JSON_HEX_TAG, "<", "\\u003C"},
    {'>', PHPVM_JSON_HEX_TAG, ">", "\\u003E"}, {'&', PHPVM_JSON_HEX_AMP, "&", "\\u0026"},
    {'\'', PHPVM_JSON_HEX_APOS, "'", "\\u0027"},
};

/* The escapes of the 128 ASCII bytes under `options` (built once per set of options). */
static const escape_t *escapes_for(int64_t options)
{
    static escape_t table[128];
    static int64_t built_for = -1;
    const int64_t relevant = PHPVM_JSON_HEX_QUOT | PHPVM_JSON_UNESCAPED_SLASHES |
                             PHPVM_JSON_HEX_TAG | PHPVM_JSON_HEX_AMP | PHPVM_JSON_HEX_APOS;
    if (built_for == (options & relevant))
        return table;
    static const char hex[] = "0123456789abcdef";
    for (int c = 0; c < 128; c++) {
        table[c].len = 0;
        if (c < 0x20) /* control characters without a short form: \u00XX */
            table[c] = (escape_t){6, {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]}};
    }
    for (size_t k = 0; k < sizeof specials / sizeof specials[0]; k++) {
        const char *t = specials[k].flag && (options & specials[k].flag) ? specials[k].hex
                                                                          : specials[k].plain;
        escape_t *x = &table[(uint8_t)specials[k].c];
        x->len = t[0] == specials[k].c && t[1] == 0 ? 0 : (uint8_t)strlen(t);
        memcpy(x->text, t, x->len);
    }
    built_for = options & relevant;
    return table;
}

/* A non-ASCII character (valid UTF-8 of `len` bytes, code point c). */
static void enc_unicode(enc_t *e, const char *s, size_t len, uint32_t c)
{
    if (HAS(e, UNESCAPED_UNICODE) &&
        (HAS(e, UNESCAPED_LINE_TERMINATORS) || c < 0x2028 || c > 0x2029)) {
        rt_strbuf_append(e->b, s, len);
        return;
    }
    if (c >= 0x10000) {
        c -= 0x10000;
        append_u(e->b, 0xD800 | (c >> 10));
        c = 0xDC00 | (c & 0x3FF);
    }
    append_u(e->b, c);
}

/* A string as a JSON string (or number under NUMERIC_CHECK); false on bad UTF-8 (the error is
** recorded and the output rolled back, "null" under PARTIAL_OUTPUT_ON_ERROR). */
static bool enc_string(enc_t *e, const char *s, size_t n, bool numeric_check)
{
    if (numeric_check && n > 0) {
        rt_phpnum_t num;
        rt_numparse_php(s, n, &num);
        if (num.kind == RT_PHPNUM_INT && !num.trailing) {
            append_int(e->b, num.i);
            return true;
        }
        if (num.kind == RT_PHPNUM_FLOAT && !num.trailing && isfinite(num.d))
            return enc_value(e, phpvm_float(num.d));
    }
    size_t checkpoint = e->b->len;
    const escape_t *esc = escapes_for(e->options);
    const uint8_t *u = (const uint8_t *)s;
    rt_strbuf_append_char(e->b, '"');
    for (size_t i = 0; i < n;) {
        size_t run = i; /* bytes copied as they are go out in one piece */
        while (run < n && u[run] < 0x80 && esc[u[run]].len == 0)
            run++;
        rt_strbuf_append(e->b, s + i, run - i);
        if ((i = run) == n)
            break;
        if (u[i] < 0x80) {
            rt_strbuf_append(e->b, esc[u[i]].text, esc[u[i]].len);
            i++;
            continue;
        }
        size_t len;
        int32_t cp = utf8_next(u + i, n - i, &len);
        if (cp >= 0) {
            enc_unicode(e, s + i, len, (uint32_t)cp);
            i += len;
        } else if (HAS(e, INVALID_UTF8_IGNORE) || HAS(e, INVALID_UTF8_SUBSTITUTE)) {
            if (HAS(e, INVALID_UTF8_SUBSTITUTE))
                rt_strbuf_append(e->b, HAS(e, UNESCAPED_UNICODE) ? "\xef\xbf\xbd" : "\\ufffd",
                                 HAS(e, UNESCAPED_UNICODE) ? 3 : 6);
            i += len;
        } else {
            e->b->len = checkpoint;
            fail(e, PHPVM_JSON_ERROR_UTF8);
            if (HAS(e, PARTIAL_OUTPUT_ON_ERROR))
                rt_strbuf_append(e->b, "null", 4);
            return false;
        }
    }
    rt_strbuf_append_char(e->b, '"');
    return true;
}

static void enc_double(enc_t *e, double d)
{
    if (!isfinite(d)) {
        fail(e, PHPVM_JSON_ERROR_INF_OR_NAN);
        rt_strbuf_append_char(e->b, '0');
        return;
    }
    char buf[RT_NUMFMT_FLOAT_MAX];
    size_t n = rt_numfmt_float_php(d, phpvm_vm->serialize_precision, RT_NUMFMT_PHP_LOWER_E, buf,
                                   sizeof buf);
    rt_strbuf_append(e->b, buf, n);
    if (HAS(e, PRESERVE_ZERO_FRACTION) && !memchr(buf, '.', n))
        rt_strbuf_append(e->b, ".0", 2);
}

static void newline_indent(enc_t *e)
{
    if (!HAS(e, PRETTY_PRINT))
        return;
    rt_strbuf_append_char(e->b, '\n');
    for (int64_t i = 0; i < e->depth; i++)
        rt_strbuf_append(e->b, "    ", 4);
}

/* Whether an array's keys are 0, 1, 2... in order (it encodes as a JSON array). */
static bool is_list(phpvm_array_t *a)
{
    if (rt_map_is_packed(a) && rt_map_count(a) == rt_map_end(a))
        return true; /* packed without holes: keys 0..count-1 by construction */
    int64_t want = 0;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p), want++) {
        rt_value_t k = phpvm_array_key_at(a, p);
        if (!rt_is_int(k) || phpvm_int_of(k) != want)
            return false;
    }
    return true;
}

static bool push_open(enc_t *e, const void *p)
{
    for (size_t i = 0; i < e->nopen; i++)
        if (e->open[i] == p)
            return false;
    if (e->nopen == e->capopen) {
        e->capopen = e->capopen ? 2 * e->capopen : 16;
        e->open = realloc(e->open, e->capopen * sizeof *e->open);
    }
    e->open[e->nopen++] = p;
    return true;
}

/* A key of a JSON object member: string keys escaped, integer keys quoted. */
static void enc_key(enc_t *e, rt_value_t k)
{
    if (rt_is_int(k)) {
        rt_strbuf_append_char(e->b, '"');
        append_int(e->b, phpvm_int_of(k));
        rt_strbuf_append_char(e->b, '"');
        return;
    }
    rt_str_t *s = phpvm_str(k);
    if (!enc_string(e, s->data, (size_t)s->len, false) && HAS(e, PARTIAL_OUTPUT_ON_ERROR)) {
        e->b->len -= 4; /* the "null" of the failed key */
        rt_strbuf_append(e->b, "\"\"", 2);
    }
}

/* A container's members in order: an array's entries (a != NULL), or the attributes of a plain
** object, read from its slots (names and slot numbers collected up front, on the C stack so the
** conservative scan keeps the names alive). */
enum { PLAIN_MAX = 32 };
typedef struct members {
    phpvm_array_t *a;
    int64_t pos;
    phpvm_object_t *o;
    rt_str_t *name[PLAIN_MAX];
    uint32_t slot[PLAIN_MAX];
    size_t i, n;
} members_t;

static void collect_attr(void *ctx, rt_str_t *name, uint32_t slot, uint32_t attr_flags)
{
    (void)attr_flags;
    members_t *m = ctx;
    m->name[m->n] = name;
    m->slot[m->n++] = slot;
}

/* The next member into *k, *v; false at the end. Unset attributes and internal (NUL-led) names
** are skipped, as PHP's property table does not show them. */
static bool members_next(members_t *m, rt_value_t *k, rt_value_t *v)
{
    if (m->a) {
        m->pos = m->pos < 0 ? phpvm_array_first(m->a) : phpvm_array_next(m->a, m->pos);
        if (m->pos < 0)
            return false;
        *k = phpvm_array_key_at(m->a, m->pos);
        *v = phpvm_array_val_at(m->a, m->pos);
        return true;
    }
    for (; m->i < m->n; m->i++) {
        rt_str_t *name = m->name[m->i];
        uint32_t slot = m->slot[m->i];
        if (slot >= m->o->slots.shape->nslots || (name->len > 0 && name->data[0] == 0))
            continue; /* (the object lost attributes while earlier members were encoded) */
        *v = rt_slots_get(&m->o->slots, slot);
        if (*v == RT_NOVALUE)
            continue;
        *k = rt_from_ptr(name);
        m->i++;
        return true;
    }
    return false;
}

/* The members of an array, or of an object (as_object), as JSON. `self` is the container whose
** recursion is guarded. */
static bool enc_members(enc_t *e, members_t *m, bool as_object, const void *self)
{
    if (!push_open(e, self)) {
        fail(e, PHPVM_JSON_ERROR_RECURSION);
        rt_strbuf_append(e->b, "null", 4);
        return false;
    }
    bool list = !as_object && !HAS(e, FORCE_OBJECT) && is_list(m->a), any = false;
    rt_strbuf_append_char(e->b, list ? '[' : '{');
    e->depth++;
    rt_value_t k, v;
    while (members_next(m, &k, &v)) {
        if (any)
            rt_strbuf_append_char(e->b, ',');
        any = true;
        newline_indent(e);
        if (!list) {
            enc_key(e, k);
            rt_strbuf_append_char(e->b, ':');
            if (HAS(e, PRETTY_PRINT))
                rt_strbuf_append_char(e->b, ' ');
        }
        if (!enc_value(e, v) && (!HAS(e, PARTIAL_OUTPUT_ON_ERROR) || e->thrown)) {
            e->nopen--;
            return false;
        }
    }
    e->nopen--;
    if (e->depth > e->max_depth) {
        fail(e, PHPVM_JSON_ERROR_DEPTH);
        if (!HAS(e, PARTIAL_OUTPUT_ON_ERROR))
            return false;
    }
    e->depth--;
    if (any)
        newline_indent(e);
    rt_strbuf_append_char(e->b, list ? ']' : '}');
    return true;
}

static bool enc_array(enc_t *e, phpvm_array_t *a, bool as_object, const void *self)
{
    members_t m = {.a = a, .pos = -1};
    return enc_members(e, &m, as_object, self);
}

/* An object's public properties. A class that declares none (stdClass, most data objects) has
** only public attributes: they are read from the slots directly; others go through PHP's
** property table (visibility). */
static bool enc_object(enc_t *e, rt_value_t obj)
{
    if (!phpvm_is_object(obj) || rt_map_count(phpvm_obj(obj)->cls->props) > 0 ||
        phpvm_obj(obj)->slots.shape->nslots > PLAIN_MAX)
        return enc_array(e, phpvm_object_props(obj, NULL, false), true, rt_ptr(obj));
    phpvm_object_t *o = phpvm_obj(obj);
    members_t m = {.o = o};
    rt_shape_each(o->slots.shape, collect_attr, &m);
    return enc_members(e, &m, true, o);
}

/* An object implementing JsonSerializable: its jsonSerialize() result, encoded. */
static bool enc_serializable(enc_t *e, rt_value_t obj)
{
    if (!push_open(e, rt_ptr(obj))) {
        fail(e, PHPVM_JSON_ERROR_RECURSION);
        if (HAS(e, PARTIAL_OUTPUT_ON_ERROR))
            rt_strbuf_append(e->b, "null", 4);
        return false;
    }
    rt_value_t callee, ctx, r = RT_NOVALUE;
    if (phpvm_method(obj, rt_str_from_cstr("jsonSerialize"), NULL, &callee, &ctx))
        r = phpvm_call_func(callee, ctx, NULL, 0);
    if (r == RT_NOVALUE) {
        e->nopen--;
        e->thrown = true;
        return false;
    }
    r = phpvm_deref(r);
    if (r == obj) { /* return $this: its properties */
        e->nopen--;
        return enc_object(e, obj);
    }
    bool ok = enc_value(e, r); /* the object stays open: its result may contain it again */
    e->nopen--;
    return ok;
}

static bool enc_value(enc_t *e, rt_value_t v)
{
    v = phpvm_deref(v);
    switch (phpvm_kind(v)) {
    case PHPVM_NULL:
        rt_strbuf_append(e->b, "null", 4);
        return true;
    case PHPVM_BOOL:
        rt_strbuf_append(e->b, v == rt_true ? "true" : "false", v == rt_true ? 4 : 5);
        return true;
    case PHPVM_INT:
        append_int(e->b, phpvm_int_of(v));
        return true;
    case PHPVM_FLOAT:
        enc_double(e, rt_float_value(v));
        return true;
    case PHPVM_STRING:
        return enc_string(e, phpvm_str(v)->data, (size_t)phpvm_str(v)->len,
                          HAS(e, NUMERIC_CHECK));
    case PHPVM_ARRAY:
        return enc_array(e, phpvm_arr(v), false, rt_ptr(v));
    case PHPVM_OBJECT: {
        phpvm_class_t *c = phpvm_class_of(v);
        if (!e->serializable) /* looked up once per encode, at the first object */
            e->serializable = phpvm_class_find_c("JsonSerializable");
        if (c && e->serializable && phpvm_instanceof(c, e->serializable))
            return enc_serializable(e, v);
        if (c && (c->flags & PHPVM_C_ENUM)) { /* a backed case is its value */
            if (c->enum_backing)
                return enc_value(e, phpvm_prop_read(v, rt_str_intern_cstr("value"), c, true));
            fail(e, PHPVM_JSON_ERROR_NON_BACKED_ENUM);
            if (HAS(e, PARTIAL_OUTPUT_ON_ERROR))
                rt_strbuf_append(e->b, "0", 1);
            return false;
        }
        return enc_object(e, v);
    }
    default:
        fail(e, PHPVM_JSON_ERROR_UNSUPPORTED_TYPE);
        if (HAS(e, PARTIAL_OUTPUT_ON_ERROR))
            rt_strbuf_append(e->b, "null", 4);
        return false;
    }
}

int phpvm_json_encode(rt_strbuf_t *b, rt_value_t v, int64_t options, int64_t depth)
{
    enc_t e = {.b = b, .options = options, .max_depth = depth};
    enc_value(&e, v);
    free(e.open);
    return e.thrown || rt_exc_pending() ? -1 : e.error;
}

/*
** string_chars.c: ext/standard's byte-string functions over character sets and escapes:
** strspn/strcspn, strpbrk, count_chars, str_word_count, substr_compare, chunk_split,
** quotemeta, addcslashes/stripcslashes, str_rot13, strip_tags, utf8_encode/utf8_decode,
** strcoll. The byte-set arguments ("a..z" ranges) are read once into a 256-entry table.
*/
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "phpvm/ext/standard/stdext.h"
#include "phpvm/interp.h"

#define UNUSED (void)self
#define STR(i, var)                                                                                \
    rt_str_t *var = phpvm_arg_str(args, argc, i);                                                  \
    if (!var)                                                                                      \
        return RT_NOVALUE
#define LONG(i, var, def)                                                                          \
    int64_t var = def;                                                                             \
    if (phpvm_arg_given(argc, args, i) && !phpvm_arg_long(args, argc, i, &var))                    \
        return RT_NOVALUE

static rt_value_t finish(rt_strbuf_t *b) { return rt_from_ptr(rt_strbuf_finish(b, &rt_type_str)); }

static bool null_or_missing(rt_value_t *args, int argc, int i)
{
    return !phpvm_arg_given(argc, args, i) || phpvm_deref(args[i]) == rt_none;
}

void phpvm_std_charmask(const rt_str_t *l, bool set[256], const char *fname)
{
    memset(set, 0, 256);
    const unsigned char *s = (const unsigned char *)l->data;
    int64_t n = l->len;
    for (int64_t i = 0; i < n; i++) {
        bool range = i + 3 < n && s[i + 1] == '.' && s[i + 2] == '.' && s[i + 3] >= s[i];
        if (range) {
            for (int c = s[i]; c <= s[i + 3]; c++)
                set[c] = true;
            i += 3;
            continue;
        }
        if (i + 1 < n && s[i] == '.' && s[i + 1] == '.') {
            if (i == 0)
                phpvm_error(PHPVM_E_WARNING,
                            "%s(): Invalid '..'-range, no character to the left of '..'", fname);
            else if (i + 2 >= n)
                phpvm_error(PHPVM_E_WARNING,
                            "%s(): Invalid '..'-range, no character to the right of '..'", fname);
            else if (s[i - 1] > s[i + 2])
                phpvm_error(PHPVM_E_WARNING,
                            "%s(): Invalid '..'-range, '..'-range needs to be incrementing",
                            fname);
            else
                phpvm_error(PHPVM_E_WARNING, "%s(): Invalid '..'-range", fname);
            continue;
        }
        set[s[i]] = true;
    }
}

/* PHP's (offset, length) window of strspn/strcspn: false when it lies outside the string. */
static bool window(int64_t len, int64_t *off, int64_t *n, bool has_n)
{
    if (*off < 0) {
        *off += len;
        if (*off < 0)
            *off = 0;
    } else if (*off > len) {
        return false;
    }
    int64_t m = has_n ? *n : len - *off;
    if (m < 0) {
        m += len - *off;
        if (m < 0)
            m = 0;
    }
    if (m > len - *off)
        m = len - *off;
    *n = m;
    return true;
}

static rt_value_t span(rt_value_t *args, int argc, bool accept)
{
    STR(0, s);
    STR(1, chars);
    LONG(2, off, 0);
    LONG(3, n, 0);
    if (!window(s->len, &off, &n, !null_or_missing(args, argc, 3)))
        return rt_small(0);
    bool set[256] = {false};
    for (int64_t i = 0; i < chars->len; i++)
        set[(unsigned char)chars->data[i]] = true;
    /* PHP's strcspn compares against the mask's terminating NUL when the mask is empty. */
    if (!accept && chars->len == 0)
        set[0] = true;
    int64_t k = 0;
    while (k < n && set[(unsigned char)s->data[off + k]] == accept)
        k++;
    return rt_small(k);
}

static rt_value_t fn_strspn(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return span(args, argc, true);
}

static rt_value_t fn_strcspn(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return span(args, argc, false);
}

static rt_value_t fn_strpbrk(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    STR(1, chars);
    if (chars->len == 0)
        return phpvm_throw("ValueError",
                           "strpbrk(): Argument #2 ($characters) must be a non-empty string");
    for (int64_t i = 0; i < s->len; i++)
        if (memchr(chars->data, s->data[i], (size_t)chars->len))
            return phpvm_str_value(s->data + i, (size_t)(s->len - i));
    return rt_false;
}

static rt_value_t fn_count_chars(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    LONG(1, mode, 0);
    if (mode < 0 || mode > 4)
        return phpvm_throw("ValueError",
                           "count_chars(): Argument #2 ($mode) must be between 0 and 4 (inclusive)");
    int64_t cnt[256] = {0};
    for (int64_t i = 0; i < s->len; i++)
        cnt[(unsigned char)s->data[i]]++;
    if (mode >= 3) {
        rt_strbuf_t b;
        rt_strbuf_init(&b, 256);
        for (int c = 0; c < 256; c++)
            if ((cnt[c] != 0) == (mode == 3))
                rt_strbuf_append_char(&b, (char)c);
        return finish(&b);
    }
    phpvm_array_t *r = phpvm_array_new(mode == 0 ? 256 : 0);
    for (int c = 0; c < 256; c++)
        if (mode == 0 || (mode == 1 && cnt[c]) || (mode == 2 && !cnt[c]))
            phpvm_array_set(r, rt_small(c), phpvm_int(cnt[c]));
    return rt_from_ptr(r);
}

static rt_value_t fn_str_word_count(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    LONG(1, format, 0);
    bool extra[256] = {false};
    if (!null_or_missing(args, argc, 2)) {
        STR(2, chars);
        phpvm_std_charmask(chars, extra, "str_word_count");
    }
    if (format < 0 || format > 2)
        return phpvm_throw("ValueError",
                           "str_word_count(): Argument #2 ($format) must be a valid format value");
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->len;
    /* A word may not start with ' or -, nor end with -, unless the list allows them. */
    if (p < end && (*p == '\'' || *p == '-') && !extra[*p])
        p++;
    if (end > p && end[-1] == '-' && !extra['-'])
        end--;
    phpvm_array_t *r = format ? phpvm_array_new(0) : NULL;
    int64_t words = 0;
    while (p < end) {
        const unsigned char *w = p;
        while (p < end && (isalpha(*p) || extra[*p] || *p == '\'' || *p == '-'))
            p++;
        if (p > w) {
            rt_value_t word = format ? phpvm_str_value((const char *)w, (size_t)(p - w)) : 0;
            if (format == 1)
                phpvm_array_append(r, word);
            else if (format == 2)
                phpvm_array_set(r, rt_small(w - (const unsigned char *)s->data), word);
            words++;
        } else {
            p++;
        }
    }
    return format ? rt_from_ptr(r) : rt_small(words);
}

static int norm(int c) { return c < 0 ? -1 : c > 0; }

static rt_value_t fn_substr_compare(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, h);
    STR(1, n);
    LONG(2, off, 0);
    bool has_len = !null_or_missing(args, argc, 3);
    LONG(3, len, 0);
    bool ci = phpvm_arg_given(argc, args, 4) && phpvm_arg_bool(args, argc, 4);
    if (has_len && len < 0)
        return phpvm_throw("ValueError", "substr_compare(): Argument #4 ($length) must be "
                                         "greater than or equal to 0");
    if (off < 0) {
        off += h->len;
        if (off < 0)
            off = 0;
    }
    if (off > h->len)
        return phpvm_throw("ValueError", "substr_compare(): Argument #3 ($offset) must be "
                                         "contained in argument #1 ($haystack)");
    int64_t hl = h->len - off;
    int64_t cmp_len = has_len ? len : (hl > n->len ? hl : n->len);
    int64_t a = hl < cmp_len ? hl : cmp_len, b = n->len < cmp_len ? n->len : cmp_len;
    int64_t m = a < b ? a : b;
    for (int64_t i = 0; i < m; i++) {
        int x = (unsigned char)h->data[off + i], y = (unsigned char)n->data[i];
        if (ci) {
            x = tolower(x);
            y = tolower(y);
        }
        if (x != y)
            return rt_small(norm(x - y));
    }
    return rt_small(norm((int)(a - b)));
}

static rt_value_t fn_chunk_split(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    LONG(1, n, 76);
    rt_str_t *end = NULL;
    if (phpvm_arg_given(argc, args, 2)) {
        end = phpvm_arg_str(args, argc, 2);
        if (!end)
            return RT_NOVALUE;
    }
    if (n < 1)
        return phpvm_throw("ValueError",
                           "chunk_split(): Argument #2 ($length) must be greater than 0");
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 16);
    for (int64_t i = 0; i < s->len || i == 0; i += n) {
        int64_t k = s->len - i < n ? s->len - i : n;
        rt_strbuf_append(&b, s->data + i, (size_t)k);
        if (end)
            rt_strbuf_append_str(&b, end);
        else
            rt_strbuf_append(&b, "\r\n", 2);
        if (s->len == 0)
            break;
    }
    return finish(&b);
}

static rt_value_t fn_quotemeta(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len * 2);
    for (int64_t i = 0; i < s->len; i++) {
        if (strchr(".\\+*?[^]$()", s->data[i]) && s->data[i])
            rt_strbuf_append_char(&b, '\\');
        rt_strbuf_append_char(&b, s->data[i]);
    }
    return finish(&b);
}

static rt_value_t fn_addcslashes(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    static const char esc_from[] = "\n\t\r\a\v\b\f", esc_to[] = "ntravbf";
    STR(0, s);
    STR(1, chars);
    bool set[256];
    phpvm_std_charmask(chars, set, "addcslashes");
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len * 2);
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (!set[c]) {
            rt_strbuf_append_char(&b, (char)c);
            continue;
        }
        rt_strbuf_append_char(&b, '\\');
        const char *e = c ? strchr(esc_from, c) : NULL;
        if (e)
            rt_strbuf_append_char(&b, esc_to[e - esc_from]);
        else if (c < 32 || c > 126)
            rt_strbuf_appendf(&b, "%03o", c);
        else
            rt_strbuf_append_char(&b, (char)c);
    }
    return finish(&b);
}

static int hexdig(int c)
{
    return isdigit(c) ? c - '0' : isxdigit(c) ? tolower(c) - 'a' + 10 : -1;
}

static rt_value_t fn_stripcslashes(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    static const char esc_from[] = "ntravbf", esc_to[] = "\n\t\r\a\v\b\f";
    STR(0, s);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len);
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->len;
    while (p < end) {
        if (*p != '\\' || p + 1 >= end) {
            rt_strbuf_append_char(&b, (char)*p++);
            continue;
        }
        p++;
        const char *e = *p ? strchr(esc_from, *p) : NULL;
        if (e) {
            rt_strbuf_append_char(&b, esc_to[e - esc_from]);
            p++;
        } else if (*p == 'x' && p + 1 < end && hexdig(p[1]) >= 0) {
            int v = hexdig(*++p);
            if (++p < end && hexdig(*p) >= 0)
                v = v * 16 + hexdig(*p++);
            rt_strbuf_append_char(&b, (char)v);
        } else if (*p >= '0' && *p <= '7') {
            int v = 0;
            for (int k = 0; k < 3 && p < end && *p >= '0' && *p <= '7'; k++)
                v = v * 8 + (*p++ - '0');
            rt_strbuf_append_char(&b, (char)v);
        } else {
            rt_strbuf_append_char(&b, (char)*p++);
        }
    }
    return finish(&b);
}

static rt_value_t fn_str_rot13(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len);
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        if (c >= 'a' && c <= 'z')
            c = (char)('a' + (c - 'a' + 13) % 26);
        else if (c >= 'A' && c <= 'Z')
            c = (char)('A' + (c - 'A' + 13) % 26);
        r->data[i] = c;
    }
    return rt_from_ptr(r);
}

/* ---- strip_tags: PHP's tag-stripping state machine ----
** Text is copied; a tag (from '<' not followed by white space to its '>', nested '<'...'>'
** pairs and quoted '>' included) is dropped unless allowed; `<?` opens a PHP block that ends at
** `?>` outside parentheses and quotes (`<?xml` turns back into a tag); `<!` a declaration that
** ends at '>' (`<!--` a comment that ends at `-->`, `<!DOCTYPE` turns back into a tag). NUL
** bytes are dropped everywhere. A tag is kept when its normalized name (`<a href=..>` and
** `</a>` both read `<a>`) occurs in the lower-cased allowed list. */

enum { ST_TEXT, ST_TAG, ST_PHP, ST_DECL, ST_COMMENT };

typedef struct strip {
    const char *s, *end;
    int state, depth, parens;
    char quote; /* the quote a tag, PHP block or declaration is inside of, or 0 */
    char last;  /* the PHP block's last significant character (quotes, parentheses) */
    bool xml;   /* the tag began as `<?xml` */
} strip_t;

/* Whether the collected tag t[0..n) (ends with '>') normalizes to a name in `allow`. */
static bool tag_allowed(const char *t, size_t n, const rt_str_t *allow)
{
    rt_strbuf_t norm;
    rt_strbuf_init(&norm, n + 2);
    bool named = false;
    for (size_t i = 0; i < n && t[i] != '>'; i++) {
        char c = (char)tolower((unsigned char)t[i]);
        if (c == '<') {
            rt_strbuf_append_char(&norm, c);
        } else if (isspace((unsigned char)c)) {
            if (named)
                break;
        } else {
            named = true;
            bool slash_at_edge = c == '/' && ((i > 0 && t[i - 1] == '<') || t[i + 1] == '>');
            if (!slash_at_edge)
                rt_strbuf_append_char(&norm, c);
        }
    }
    rt_strbuf_append_char(&norm, '>');
    rt_str_t *key = rt_strbuf_finish(&norm, &rt_type_str);
    return memmem(allow->data, (size_t)allow->len, key->data, (size_t)key->len) != NULL;
}

/* Whether the characters before p end with `word` (case-insensitively) and do not start there. */
static bool after_word(const strip_t *st, const char *p, const char *word)
{
    size_t n = strlen(word);
    return (size_t)(p - st->s) > n && strncasecmp(p - n, word, n) == 0;
}

/* Toggles the quote state at a quote character c (not the input's first character). */
static void toggle_quote(strip_t *st, const char *p)
{
    if (p != st->s && (!st->quote || *p == st->quote))
        st->quote = st->quote ? 0 : *p;
}

/* One character in a tag: collects it into `tag` (when tags may be allowed) and emits the tag
** to `out` at its end. */
static void strip_in_tag(strip_t *st, const char *p, rt_strbuf_t *tag, rt_strbuf_t *out,
                         const rt_str_t *allow)
{
    char c = *p;
    if (c == '\0')
        return;
    if (c == '<' && st->quote)
        return;
    if (c == '<' && !(p + 1 < st->end && isspace((unsigned char)p[1]))) {
        st->depth++;
        return;
    }
    if (c == '>' && st->depth) {
        st->depth--;
        return;
    }
    if (c == '>' && st->quote)
        return;
    if (c == '>') {
        if (st->xml && p > st->s && p[-1] == '-')
            return;
        st->state = ST_TEXT;
        st->xml = false;
        if (allow) {
            rt_strbuf_append_char(tag, '>');
            if (tag_allowed(tag->data, tag->len, allow))
                rt_strbuf_append(out, tag->data, tag->len);
        }
        return;
    }
    if (c == '!' && p[-1] == '<') {
        st->state = ST_DECL;
        return;
    }
    if (c == '?' && p[-1] == '<') {
        st->state = ST_PHP;
        st->parens = 0;
        return;
    }
    if (c == '"' || c == '\'')
        toggle_quote(st, p);
    if (allow)
        rt_strbuf_append_char(tag, c);
}

/* One character in a PHP block. */
static void strip_in_php(strip_t *st, const char *p)
{
    char c = *p;
    if ((c == '(' || c == ')') && st->last != '"' && st->last != '\'') {
        st->last = c;
        st->parens += c == '(' ? 1 : -1;
    } else if (c == '>') {
        if (st->depth)
            st->depth--;
        else if (!st->quote && !st->parens && st->last != '"' && p[-1] == '?')
            st->state = ST_TEXT;
    } else if ((c == '"' || c == '\'') && p[-1] != '\\') {
        if (st->last == c)
            st->last = 0;
        else if (st->last != '\\')
            st->last = c;
        toggle_quote(st, p);
    } else if ((c == 'l' || c == 'L') && after_word(st, p, "<?xm")) {
        st->state = ST_TAG;
        st->xml = true;
    }
}

/* One character in a declaration (`<!...>`) or comment. */
static void strip_in_decl(strip_t *st, const char *p)
{
    char c = *p;
    if (st->state == ST_COMMENT) {
        if (c == '>' && !st->quote && p - st->s >= 2 && p[-1] == '-' && p[-2] == '-')
            st->state = ST_TEXT;
    } else if (c == '>') {
        if (st->depth)
            st->depth--;
        else if (!st->quote)
            st->state = ST_TEXT;
    } else if ((c == '"' || c == '\'') && p[-1] != '\\') {
        toggle_quote(st, p);
    } else if (c == '-' && p - st->s >= 2 && p[-1] == '-' && p[-2] == '!') {
        st->state = ST_COMMENT;
    } else if ((c == 'e' || c == 'E') && after_word(st, p, "doctyp")) {
        st->state = ST_TAG;
    }
}

/* The allowed tags of strip_tags' second argument args[i] (a string, or an array of names), lower
** case; NULL with an exception pending. */
static rt_str_t *allowed_tags(rt_value_t *args, int i)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_value_t v = phpvm_deref(args[i]);
    if (phpvm_is_array(v)) {
        phpvm_array_t *a = phpvm_arr(v);
        for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
            rt_str_t *t = phpvm_to_str(phpvm_array_val_at(a, p));
            if (!t)
                return NULL;
            rt_strbuf_append_char(&b, '<');
            for (int64_t k = 0; k < t->len; k++)
                rt_strbuf_append_char(&b, (char)tolower((unsigned char)t->data[k]));
            rt_strbuf_append_char(&b, '>');
        }
    } else {
        rt_str_t *t = phpvm_arg_str_as(args, i, "array|string|null");
        if (!t)
            return NULL;
        for (int64_t k = 0; k < t->len; k++)
            rt_strbuf_append_char(&b, (char)tolower((unsigned char)t->data[k]));
    }
    return rt_strbuf_finish(&b, &rt_type_str);
}

static rt_value_t fn_strip_tags(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    rt_str_t *allow = NULL;
    if (!null_or_missing(args, argc, 1) && !(allow = allowed_tags(args, 1)))
        return RT_NOVALUE;
    rt_strbuf_t out, tag;
    rt_strbuf_init(&out, (size_t)s->len);
    rt_strbuf_init(&tag, 64);
    strip_t st = {.s = s->data, .end = s->data + s->len, .state = ST_TEXT};
    for (const char *p = st.s; p < st.end; p++) {
        char c = *p;
        switch (st.state) {
        case ST_TEXT:
            if (c == '<' && !(p + 1 < st.end && isspace((unsigned char)p[1]))) {
                st.state = ST_TAG;
                st.last = '<';
                tag.len = 0;
                if (allow)
                    rt_strbuf_append_char(&tag, '<');
            } else if (c == '>' && st.depth) {
                st.depth--;
            } else if (c != '\0') {
                rt_strbuf_append_char(&out, c);
            }
            break;
        case ST_TAG:
            strip_in_tag(&st, p, &tag, &out, allow);
            break;
        case ST_PHP:
            strip_in_php(&st, p);
            break;
        default:
            strip_in_decl(&st, p);
            break;
        }
        if (st.state == ST_TEXT)
            st.quote = 0;
    }
    return finish(&out);
}

/* ---- ISO-8859-1 <-> UTF-8 (deprecated in 8.2) ---- */

static rt_value_t fn_utf8_encode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    phpvm_error(PHPVM_E_DEPRECATED, "Function utf8_encode() is deprecated");
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len * 2);
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (c < 0x80) {
            rt_strbuf_append_char(&b, (char)c);
        } else {
            rt_strbuf_append_char(&b, (char)(0xc0 | (c >> 6)));
            rt_strbuf_append_char(&b, (char)(0x80 | (c & 0x3f)));
        }
    }
    return finish(&b);
}

static rt_value_t fn_utf8_decode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    phpvm_error(PHPVM_E_DEPRECATED, "Function utf8_decode() is deprecated");
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len);
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->len;
    while (p < end) {
        uint32_t cp;
        int n = *p < 0x80 ? 1 : (*p & 0xe0) == 0xc0 ? 2 : (*p & 0xf0) == 0xe0 ? 3
                : (*p & 0xf8) == 0xf0 ? 4 : 0;
        if (n == 0 || p + n > end) {
            rt_strbuf_append_char(&b, '?');
            p++;
            continue;
        }
        cp = n == 1 ? *p : (uint32_t)(*p & (0x7f >> n));
        bool ok = true;
        for (int k = 1; k < n; k++) {
            if ((p[k] & 0xc0) != 0x80) {
                ok = false;
                break;
            }
            cp = cp << 6 | (p[k] & 0x3f);
        }
        if (!ok) {
            rt_strbuf_append_char(&b, '?');
            p++;
            continue;
        }
        rt_strbuf_append_char(&b, cp < 0x100 ? (char)cp : '?');
        p += n;
    }
    return finish(&b);
}

static rt_value_t fn_strcoll(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, a);
    STR(1, b);
    return rt_small(norm(strcoll(a->data, b->data)));
}

const phpvm_builtin_t phpvm_ext_string_chars[] = {
    {"strspn", fn_strspn, 2, 4, "string,characters,offset,length", 0},
    {"strcspn", fn_strcspn, 2, 4, "string,characters,offset,length", 0},
    {"strpbrk", fn_strpbrk, 2, 2, "string,characters", 0},
    {"count_chars", fn_count_chars, 1, 2, "string,mode", 0},
    {"str_word_count", fn_str_word_count, 1, 3, "string,format,characters", 0},
    {"substr_compare", fn_substr_compare, 3, 5,
     "haystack,needle,offset,length,case_insensitive", 0},
    {"chunk_split", fn_chunk_split, 1, 3, "string,length,separator", 0},
    {"quotemeta", fn_quotemeta, 1, 1, "string", 0},
    {"addcslashes", fn_addcslashes, 2, 2, "string,characters", 0},
    {"stripcslashes", fn_stripcslashes, 1, 1, "string", 0},
    {"str_rot13", fn_str_rot13, 1, 1, "string", 0},
    {"strip_tags", fn_strip_tags, 1, 2, "string,allowed_tags", 0},
    {"utf8_encode", fn_utf8_encode, 1, 1, "string", 0},
    {"utf8_decode", fn_utf8_decode, 1, 1, "string", 0},
    {"strcoll", fn_strcoll, 2, 2, "string1,string2", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

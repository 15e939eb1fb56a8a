/*
** strlit.c: string and bytes literal bodies: prefixes, quotes, and the escape sequences of
** Python 3.11 (\\ \' \" \a \b \f \n \r \t \v, \<newline>, octal \ooo, \xhh, and for str \uXXXX,
** \UXXXXXXXX and \N{name} via the Unicode name database). Unknown escapes stay as written, as in
** CPython (which only warns). The decoded text is UTF-8; lone surrogates from \ud800-style escapes
** are kept as their 3-byte encodings so the value round-trips.
*/
#include <ctype.h>
#include <string.h>

#include "pyvm/parser.h"
#include "pyvm/unicode.h"

void pyvm_strlit_info(parser_t *p, const token_t *t, strlit_info_t *info)
{
    const char *s = p->src + t->start, *e = p->src + t->end;
    *info = (strlit_info_t){0};
    for (; *s != '\'' && *s != '"'; s++) {
        switch (*s | 0x20) {
        case 'r': info->raw = true; break;
        case 'b': info->bytes = true; break;
        case 'f': info->fmt = true; break;
        case 'u': info->u = *s == 'u'; break;
        }
    }
    info->quote_size = s + 2 < e && s[1] == s[0] && s[2] == s[0] && e - s >= 6 ? 3 : 1;
    info->body = s + info->quote_size;
    info->len = (size_t)(e - s) - 2 * (size_t)info->quote_size;
}

/* The error CPython's codec reports (its "position" counts bytes of the literal body). */
/* CPython reports these at the token after the string. */
static bool escape_error(parser_t *p, bool bytes, size_t at, size_t end, const char *what)
{
    if (bytes)
        pyvm_parser_error_last(p, "(value error) invalid \\x escape at position %zu", at);
    else if (end > at + 1)
        pyvm_parser_error_last(p,
                               "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                               "%zu-%zu: %s",
                               at, end - 1, what);
    else
        pyvm_parser_error_last(p,
                               "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in "
                               "position %zu: %s",
                               at, what);
    return false;
}

static int hexval(int c) { return isdigit(c) ? c - '0' : (c | 0x20) - 'a' + 10; }

/* \x, \u, \U: exactly n hex digits at s[i..]; returns the value or -1. */
static long hex_digits(const char *s, size_t i, size_t len, int n)
{
    long v = 0;
    for (int k = 0; k < n; k++) {
        if (i + (size_t)k >= len || !isxdigit((unsigned char)s[i + (size_t)k]))
            return -1;
        v = v * 16 + hexval((unsigned char)s[i + (size_t)k]);
    }
    return v;
}

bool pyvm_strlit_decode(parser_t *p, const token_t *t, const char *s, size_t len, bool raw,
                        bool bytes, char **out, size_t *out_len)
{
    if (bytes)
        for (size_t i = 0; i < len; i++)
            if ((unsigned char)s[i] >= 0x80) {
                pyvm_parser_error_at(p, t->lineno, t->col + 1, t->end_lineno, t->end_col + 1,
                                     "bytes can only contain ASCII literal characters");
                return false;
            }
    char *o = rt_arena_alloc(p->arena, len + 1), *q = o;
    if (raw || !memchr(s, '\\', len)) {
        memcpy(o, s, len);
        o[len] = '\0';
        *out = o;
        *out_len = len;
        return true;
    }
    for (size_t i = 0; i < len;) {
        if (s[i] != '\\' || i + 1 >= len) {
            *q++ = s[i++];
            continue;
        }
        size_t at = i;
        char c = s[i + 1];
        i += 2;
        long cp = -1;
        switch (c) {
        case '\n': continue;
        case '\\': *q++ = '\\'; continue;
        case '\'': *q++ = '\''; continue;
        case '"': *q++ = '"'; continue;
        case 'a': *q++ = '\a'; continue;
        case 'b': *q++ = '\b'; continue;
        case 'f': *q++ = '\f'; continue;
        case 'n': *q++ = '\n'; continue;
        case 'r': *q++ = '\r'; continue;
        case 't': *q++ = '\t'; continue;
        case 'v': *q++ = '\v'; continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            cp = c - '0';
            for (int k = 0; k < 2 && i < len && s[i] >= '0' && s[i] <= '7'; k++)
                cp = cp * 8 + (s[i++] - '0');
            if (bytes)
                cp &= 0xff;
            break;
        case 'x':
            if ((cp = hex_digits(s, i, len, 2)) < 0) {
                size_t e = i;
                while (e < len && e < i + 2 && isxdigit((unsigned char)s[e]))
                    e++;
                return escape_error(p, bytes, at, e, "truncated \\xXX escape");
            }
            i += 2;
            break;
        case 'u':
        case 'U':
            if (bytes)
                goto keep;
            if ((cp = hex_digits(s, i, len, c == 'u' ? 4 : 8)) < 0) {
                size_t e = i;
                while (e < len && e < i + (c == 'u' ? 4 : 8) && isxdigit((unsigned char)s[e]))
                    e++;
                return escape_error(p, false, at, e,
                                    c == 'u' ? "truncated \\uXXXX escape"
                                             : "truncated \\UXXXXXXXX escape");
            }
            i += c == 'u' ? 4 : 8;
            if (cp > 0x10ffff)
                return escape_error(p, false, at, i, "illegal Unicode character");
            break;
        case 'N': {
            if (bytes)
                goto keep;
            /* As CPython: "\\N{" without its "}" is malformed up to the end, "\\N{}" up to the "{" */
            bool brace = i < len && s[i] == '{';
            const char *close = brace ? memchr(s + i, '}', len - i) : NULL;
            if (close == s + i + 1)
                return escape_error(p, false, at, i + 1, "malformed \\N character escape");
            if (close)
                cp = pyvm_unicode_lookup(s + i + 1, (size_t)(close - s - i - 1));
            if (!close || cp < 0)
                return escape_error(p, false, at, close ? (size_t)(close - s) + 1 : brace ? len : i,
                                    close ? "unknown Unicode character name"
                                          : "malformed \\N character escape");
            i = (size_t)(close - s) + 1;
            break;
        }
        default:
        keep:
            /* unknown escape: CPython keeps the backslash (with a DeprecationWarning) */
            *q++ = '\\';
            i = at + 1;
            continue;
        }
        if (bytes)
            *q++ = (char)cp;
        else
            q += pyvm_unicode_encode((uint32_t)cp, q);
    }
    *q = '\0';
    *out = o;
    *out_len = (size_t)(q - o);
    return true;
}

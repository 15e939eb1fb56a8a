/*
** codec.c: ext/standard's byte codecs that are neither URLs nor base64: quoted-printable
** (quoted_printable_encode/decode, RFC 2045 with PHP's 75-column soft breaks) and uuencoding
** (convert_uuencode/uudecode, 45-byte lines).
*/
#include <ctype.h>
#include <math.h>
#include <string.h>

#include "phpvm/interp.h"

#define UNUSED (void)self
#define QP_MAXL 75 /* PHP's longest encoded line before a soft break */

static rt_value_t finish(rt_strbuf_t *b) { return rt_from_ptr(rt_strbuf_finish(b, &rt_type_str)); }

static int hexval(int c) { return isdigit(c) ? c - '0' : (tolower(c) - 'a' + 10); }

/* Whether an escaped byte c needs a soft break first, lp counting it already: PHP breaks
** early before a UTF-8 lead byte whose whole sequence would not fit on the line. */
static bool qp_break_before(unsigned c, size_t lp)
{
    return (c <= 0x7f && lp > QP_MAXL) || (c > 0x7f && c <= 0xdf && lp + 3 > QP_MAXL) ||
           (c > 0xdf && c <= 0xef && lp + 6 > QP_MAXL) || (c > 0xef && c <= 0xf4 && lp + 9 > QP_MAXL);
}

static void qp_encode(rt_strbuf_t *b, const unsigned char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t lp = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        unsigned next = i + 1 < n ? s[i + 1] : 0;
        if (c == '\r' && next == '\n' && i + 1 < n) {
            rt_strbuf_append(b, "\r\n", 2);
            i++;
            lp = 0;
        } else if (iscntrl((int)c) || c == 0x7f || (c & 0x80) || c == '=' ||
                   (c == ' ' && next == '\r')) {
            lp += 3;
            if (qp_break_before(c, lp)) {
                rt_strbuf_append(b, "=\r\n", 3);
                lp = 3;
            }
            char e[3] = {'=', hex[c >> 4], hex[c & 15]};
            rt_strbuf_append(b, e, 3);
        } else {
            if (++lp > QP_MAXL) {
                rt_strbuf_append(b, "=\r\n", 3);
                lp = 1;
            }
            rt_strbuf_append_char(b, (char)c);
        }
    }
}

static void qp_decode(rt_strbuf_t *b, const char *s)
{
    size_t i = 0;
    while (s[i]) {
        if (s[i] != '=') {
            rt_strbuf_append_char(b, s[i++]);
        } else if (s[i + 1] && s[i + 2] && isxdigit((unsigned char)s[i + 1]) &&
                   isxdigit((unsigned char)s[i + 2])) {
            rt_strbuf_append_char(b, (char)(hexval((unsigned char)s[i + 1]) * 16 +
                                            hexval((unsigned char)s[i + 2])));
            i += 3;
        } else {
            /* a soft line break: '=' then blanks up to the end of the line or the text */
            size_t k = 1;
            while (s[i + k] == ' ' || s[i + k] == '\t')
                k++;
            if (!s[i + k])
                i += k;
            else if (s[i + k] == '\r' && s[i + k + 1] == '\n')
                i += k + 2;
            else if (s[i + k] == '\r' || s[i + k] == '\n')
                i += k + 1;
            else
                rt_strbuf_append_char(b, s[i++]);
        }
    }
}

/* ---- uuencoding ---- */

static char uu_enc(unsigned c) { return c ? (char)((c & 077) + ' ') : '`'; }

/* One group of three bytes (zero padded) as four characters. */
static void uu_group(rt_strbuf_t *b, const unsigned char *s, size_t avail)
{
    unsigned c0 = s[0], c1 = avail > 1 ? s[1] : 0, c2 = avail > 2 ? s[2] : 0;
    rt_strbuf_append_char(b, uu_enc(c0 >> 2));
    rt_strbuf_append_char(b, uu_enc(((c0 << 4) & 060) | ((c1 >> 4) & 017)));
    rt_strbuf_append_char(b, avail > 1 ? uu_enc(((c1 << 2) & 074) | ((c2 >> 6) & 03)) : '`');
    rt_strbuf_append_char(b, avail > 2 ? uu_enc(c2 & 077) : '`');
}

/* PHP's layout: full 45-byte lines, then a last line whose length byte counts what it
** holds, the last partial group padded; then the "`\n" terminator line. */
static void uuencode(rt_strbuf_t *b, const unsigned char *s, size_t n)
{
    const unsigned char *e = s + n;
    size_t len = 45;
    while (s + 3 < e) {
        const unsigned char *ee = s + len;
        if (ee > e) {
            len = (size_t)(e - s);
            ee = s + len / 3 * 3;
        }
        rt_strbuf_append_char(b, uu_enc((unsigned)len));
        for (; s < ee; s += 3)
            uu_group(b, s, 3);
        if (len == 45)
            rt_strbuf_append_char(b, '\n');
    }
    if (s < e) {
        if (len == 45) {
            rt_strbuf_append_char(b, uu_enc((unsigned)(e - s)));
            len = 0;
        }
        uu_group(b, s, (size_t)(e - s));
    }
    if (len < 45)
        rt_strbuf_append_char(b, '\n');
    rt_strbuf_append(b, "`\n", 2);
}

static unsigned uu_dec(const char *s, const char *e) { return ((unsigned)(s < e ? *s : 0) - ' ') & 077; }

static void uu_quad(rt_strbuf_t *b, const char *s, const char *e, size_t take)
{
    unsigned d0 = uu_dec(s, e), d1 = uu_dec(s + 1, e), d2 = uu_dec(s + 2, e),
             d3 = uu_dec(s + 3, e);
    char o[3] = {(char)(d0 << 2 | d1 >> 4), (char)(d1 << 4 | d2 >> 2), (char)(d2 << 6 | d3)};
    rt_strbuf_append(b, o, take);
}

/* false for data PHP rejects as "not a valid uuencoded string". The output is the sum of
** the lines' length bytes: whole groups decode fully, then cut to that total. */
static bool uudecode(rt_strbuf_t *b, const char *s, size_t n)
{
    const char *e = s + n;
    size_t len = 0, total = 0;
    while (s < e) {
        if ((len = uu_dec(s++, e)) == 0)
            break;
        if (len > n)
            return false;
        total += len;
        const char *ee = s + (len == 45 ? 60 : (size_t)floor((double)len * 1.33));
        if (ee > e)
            return false;
        for (; s < ee; s += 4) {
            if (s + 4 > e)
                return false;
            uu_quad(b, s, e, 3);
        }
        if (len < 45)
            break;
        s++; /* the newline */
    }
    if (total > b->len) {
        size_t rest = total - b->len;
        uu_quad(b, s, e, rest > 3 ? 3 : rest);
    }
    b->len = total < b->len ? total : b->len;
    return true;
}

/* The four functions: a codec over the string argument into a new string; a codec's false
** (uudecode's invalid data) is PHP's warning and false. */
typedef bool (*codec_t)(rt_strbuf_t *b, const char *s, size_t n);

static bool qp_encode_codec(rt_strbuf_t *b, const char *s, size_t n)
{
    qp_encode(b, (const unsigned char *)s, n);
    return true;
}

/* Decoding stops at a NUL byte, as PHP's C-string loop does. */
static bool qp_decode_codec(rt_strbuf_t *b, const char *s, size_t n)
{
    (void)n;
    qp_decode(b, s);
    return true;
}

static bool uuencode_codec(rt_strbuf_t *b, const char *s, size_t n)
{
    uuencode(b, (const unsigned char *)s, n);
    return true;
}

static bool uudecode_codec(rt_strbuf_t *b, const char *s, size_t n)
{
    return n > 0 && uudecode(b, s, n);
}

static rt_value_t run_codec(rt_value_t *args, int argc, codec_t codec)
{
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    if (!s)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len * 3 / 2 + 46);
    if (!codec(&b, s->data, (size_t)s->len)) {
        phpvm_error(PHPVM_E_WARNING, "%s(): Argument #1 ($data) is not a valid uuencoded string",
                    phpvm_cur_builtin);
        return rt_false;
    }
    return finish(&b);
}

static rt_value_t fn_quoted_printable_encode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return run_codec(args, argc, qp_encode_codec);
}

static rt_value_t fn_quoted_printable_decode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return run_codec(args, argc, qp_decode_codec);
}

static rt_value_t fn_convert_uuencode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return run_codec(args, argc, uuencode_codec);
}

static rt_value_t fn_convert_uudecode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return run_codec(args, argc, uudecode_codec);
}

static const phpvm_builtin_t functions[] = {
    {"quoted_printable_encode", fn_quoted_printable_encode, 1, 1, "string", 0},
    {"quoted_printable_decode", fn_quoted_printable_decode, 1, 1, "string", 0},
    {"convert_uuencode", fn_convert_uuencode, 1, 1, "string", 0},
    {"convert_uudecode", fn_convert_uudecode, 1, 1, "string", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_ext_t phpvm_ext_codec = {"standard", functions, NULL, NULL, NULL, NULL};

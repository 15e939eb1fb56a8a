/*
** lexer_number.c: numeric literals for the PHP lexer: decimal, hexadecimal (0x), octal (0o and a
** leading 0), binary (0b), "_" digit separators, floats with exponents, and integer overflow to
** float as PHP does it (the token becomes T_DNUMBER). Also the T_NUM_STRING offsets of
** "$a[12]" inside strings.
*/
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/lexer.h"

static bool is_digit_of(int c, int base)
{
    switch (base) {
    case 2:
        return c == '0' || c == '1';
    case 8:
        return c >= '0' && c <= '7';
    case 16:
        return isxdigit(c) != 0;
    default:
        return isdigit(c) != 0;
    }
}

/* The end of digits of `base` from pos, where "_" may separate two digits. */
static size_t digits_end(const phpvm_lexer_t *lx, size_t pos, int base)
{
    const char *s = lx->src;
    while (pos < lx->len) {
        if (is_digit_of((unsigned char)s[pos], base))
            pos++;
        else if (s[pos] == '_' && pos + 1 < lx->len && pos > 0 &&
                 is_digit_of((unsigned char)s[pos - 1], base) &&
                 is_digit_of((unsigned char)s[pos + 1], base))
            pos++;
        else
            break;
    }
    return pos;
}

/* Copies text without "_" into the arena. */
static char *strip_underscores(rt_arena_t *arena, const char *s, size_t n)
{
    char *out = rt_arena_alloc(arena, n + 1), *o = out;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_') *o++ = s[i];
    *o = '\0';
    return out;
}

/* Digits of a power-of-two base to a value; *overflow says it does not fit in int64. The double
** is accumulated exactly as PHP's zend_{hex,oct,bin}_strtod do, rounding included: octal and
** binary add the digit's character code before subtracting '0'. */
static int64_t based_value(const char *digits, int base, bool *overflow, double *dval)
{
    uint64_t v = 0;
    double d = 0;
    *overflow = false;
    for (const char *p = digits; *p; p++) {
        int dig = isdigit((unsigned char)*p) ? *p - '0' : (tolower((unsigned char)*p) - 'a' + 10);
        if (v > (UINT64_C(0x7fffffffffffffff) - (uint64_t)dig) / (uint64_t)base) *overflow = true;
        v = v * (uint64_t)base + (uint64_t)dig;
        if (base == 16)
            d = d * 16 + dig;
        else
            d = d * base + (unsigned char)*p - '0';
    }
    *dval = d;
    return (int64_t)v;
}

static int number_token(phpvm_token_t *tok, const char *digits, int base)
{
    bool overflow;
    double d;
    int64_t v = based_value(digits, base, &overflow, &d);
    if (overflow) {
        tok->vtype = PHPVM_TV_DOUBLE;
        tok->dval = d;
        return PHPVM_T_DNUMBER;
    }
    tok->vtype = PHPVM_TV_LONG;
    tok->lval = v;
    return PHPVM_T_LNUMBER;
}

int phpvm_lexer_number(phpvm_lexer_t *lx, phpvm_token_t *tok, size_t start)
{
    const char *s = lx->src;
    size_t pos = start;
    int c1 = start + 1 < lx->len ? tolower((unsigned char)s[start + 1]) : 0;
    int base = 0;

    if (s[start] == '0' && (c1 == 'x' || c1 == 'b' || c1 == 'o'))
        base = c1 == 'x' ? 16 : c1 == 'b' ? 2 : 8;
    if (base && start + 2 < lx->len && is_digit_of((unsigned char)s[start + 2], base)) {
        pos = digits_end(lx, start + 2, base);
        lx->pos = pos;
        return number_token(tok, strip_underscores(lx->arena, s + start + 2, pos - start - 2),
                            base);
    }
    bool is_float = false;
    pos = digits_end(lx, start, 10);
    if (pos < lx->len && s[pos] == '.' &&
        (pos > start || (pos + 1 < lx->len && isdigit((unsigned char)s[pos + 1])))) {
        is_float = true;
        pos = pos + 1 < lx->len && isdigit((unsigned char)s[pos + 1]) ? digits_end(lx, pos + 1, 10)
                                                                      : pos + 1;
    }
    if (pos < lx->len && (s[pos] == 'e' || s[pos] == 'E')) {
        size_t e = pos + 1;
        if (e < lx->len && (s[e] == '+' || s[e] == '-')) e++;
        if (e < lx->len && isdigit((unsigned char)s[e])) {
            is_float = true;
            pos = digits_end(lx, e, 10);
        }
    }
    lx->pos = pos;
    char *text = strip_underscores(lx->arena, s + start, pos - start);
    if (!is_float) {
        if (text[0] == '0' && text[1]) {
            for (char *p = text; *p; p++)
                if (*p > '7' && lx->parse_mode)
                    return phpvm_lexer_fail(lx, lx->line, "Invalid numeric literal");
            return number_token(tok, text + 1, 8);
        }
        errno = 0;
        long long v = strtoll(text, NULL, 10);
        if (errno != ERANGE) {
            tok->vtype = PHPVM_TV_LONG;
            tok->lval = v;
            return PHPVM_T_LNUMBER;
        }
    }
    tok->vtype = PHPVM_TV_DOUBLE;
    tok->dval = strtod(text, NULL);
    return PHPVM_T_DNUMBER;
}

int phpvm_lexer_var_offset(phpvm_lexer_t *lx, phpvm_token_t *tok)
{
    const char *s = lx->src;
    size_t pos = lx->pos;

    if (pos >= lx->len) return PHPVM_T_END;
    unsigned char c = (unsigned char)s[pos];
    if (isdigit(c)) {
        size_t end = pos;
        while (end < lx->len && (isalnum((unsigned char)s[end]) || s[end] == '_'))
            end++;
        /* Only a plain decimal that fits is an integer offset; "01", "0x1" stay strings. */
        lx->pos = end;
        bool canonical = (c != '0' || end == pos + 1);
        for (size_t i = pos; i < end && canonical; i++)
            canonical = isdigit((unsigned char)s[i]) != 0;
        if (canonical) {
            errno = 0;
            char *text = rt_arena_strndup(lx->arena, s + pos, end - pos);
            long long v = strtoll(text, NULL, 10);
            if (errno != ERANGE) {
                tok->vtype = PHPVM_TV_LONG;
                tok->lval = v;
                return PHPVM_T_NUM_STRING;
            }
        }
        tok->vtype = PHPVM_TV_STR;
        tok->str = rt_arena_strndup(lx->arena, s + pos, end - pos);
        tok->slen = end - pos;
        return PHPVM_T_NUM_STRING;
    }
    if (c == '$' && pos + 1 < lx->len && phpvm_lexer_is_label_start((unsigned char)s[pos + 1])) {
        size_t end = pos + 1;
        while (end < lx->len && phpvm_lexer_is_label_char((unsigned char)s[end]))
            end++;
        lx->pos = end;
        tok->vtype = PHPVM_TV_STR;
        tok->str = rt_arena_strndup(lx->arena, s + pos + 1, end - pos - 1);
        tok->slen = end - pos - 1;
        return PHPVM_T_VARIABLE;
    }
    if (c == ']') {
        lx->pos++;
        phpvm_lexer_pop(lx);
        return ']';
    }
    if (phpvm_lexer_is_label_start(c)) {
        size_t end = pos;
        while (end < lx->len && phpvm_lexer_is_label_char((unsigned char)s[end]))
            end++;
        lx->pos = end;
        tok->vtype = PHPVM_TV_STR;
        tok->str = rt_arena_strndup(lx->arena, s + pos, end - pos);
        tok->slen = end - pos;
        return PHPVM_T_STRING;
    }
    if (strchr(" \n\r\t\\'#", c)) {
        /* Invalid inside an offset: an empty string part makes the parser fail as PHP does. */
        phpvm_lexer_pop(lx);
        tok->vtype = PHPVM_TV_STR;
        tok->str = "";
        return PHPVM_T_ENCAPSED_AND_WHITESPACE;
    }
    lx->pos++;
    if (strchr(";:,.[]()|^&+-/*=%!~$<>?@{}\"`", c)) return c;
    return PHPVM_T_BAD_CHARACTER;
}

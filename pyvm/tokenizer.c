/*
** tokenizer.c: Python 3.11's tokenizer (CPython Parser/tokenizer.c is the specification; this is
** written from its documented behaviour). Two passes: normalise the bytes (BOM, coding cookie,
** newlines, UTF-8 check) into one arena buffer, then scan it into tokens. Indentation follows
** CPython: tabs to multiples of 8, checked against a tab size of 1 for consistency (TabError);
** form feed resets the column; blank and comment-only lines are invisible; inside brackets newlines
** and indentation are ignored. Error positions reproduce CPython's (see syntax_error.h).
*/
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "pyvm/tokenizer.h"
#include "pyvm/unicode.h"

enum { MAXINDENT = 100, MAXLEVEL = 200, TABSIZE = 8 };

static const char *const token_texts[] = {
#define TOKEN(name, text) text,
#define KEYWORD(name, text) text,
#include "pyvm/token.def"
#undef TOKEN
#undef KEYWORD
};

static const char *const token_names[] = {
#define TOKEN(name, text) #name,
#define KEYWORD(name, text) #name,
#include "pyvm/token.def"
#undef TOKEN
#undef KEYWORD
};

const char *pyvm_token_text(pyvm_token_kind_t kind) { return token_texts[kind]; }
const char *pyvm_token_name(pyvm_token_kind_t kind) { return token_names[kind]; }

typedef struct tok {
    rt_arena_t *arena;
    pyvm_tokens_t *out;
    size_t cap;
    const char *src, *p;
    const char *line_start, *prev_line_start;
    int lineno;
    bool atbol;
    int indstack[MAXINDENT], altstack[MAXINDENT], indent, pendin;
    struct {
        char c;
        int line, col;
    } parens[MAXLEVEL];
    int level;
} tok_t;

/* ---- normalisation ---------------------------------------------------------------------- */

/* The encoding named in a PEP 263 cookie on this line ([s, e) without '\n'), or NULL. */
static bool find_cookie(const char *s, const char *e, char *name, size_t size)
{
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\f'))
        s++;
    if (s >= e || *s != '#')
        return false;
    for (const char *q = s; q + 6 < e; q++) {
        if (memcmp(q, "coding", 6) != 0 || (q[6] != ':' && q[6] != '='))
            continue;
        const char *v = q + 7;
        while (v < e && (*v == ' ' || *v == '\t'))
            v++;
        size_t n = 0;
        while (v < e && (isalnum((unsigned char)*v) || *v == '-' || *v == '_' || *v == '.') &&
               n + 1 < size)
            name[n++] = *v++;
        name[n] = '\0';
        return n > 0;
    }
    return false;
}

static bool blank_or_comment(const char *s, const char *e)
{
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\r'))
        s++;
    return s >= e || *s == '#';
}

/* 0: utf-8, 1: latin-1, -1: not supported. Names compare as CPython normalises them. */
static int classify_encoding(const char *name)
{
    char n[64];
    size_t i;
    for (i = 0; name[i] && i + 1 < sizeof n; i++)
        n[i] = name[i] == '_' ? '-' : (char)tolower((unsigned char)name[i]);
    n[i] = '\0';
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001"};
    static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1",
                                         "iso-latin-1", "l1", "latin", "cp819", "8859",
                                         "iso-ir-100", "csisolatin1"};
    for (size_t k = 0; k < sizeof utf8 / sizeof *utf8; k++)
        if (!strcmp(n, utf8[k]) || (!strncmp(n, utf8[k], strlen(utf8[k])) &&
                                    n[strlen(utf8[k])] == '-' && k == 0))
            return 0;
    for (size_t k = 0; k < sizeof latin1 / sizeof *latin1; k++)
        if (!strcmp(n, latin1[k]) || (!strncmp(n, latin1[k], strlen(latin1[k])) &&
                                      n[strlen(latin1[k])] == '-' && k < 4))
            return 1;
    return -1;
}

static int line_of(const char *b, const char *at)
{
    int line = 1;
    for (const char *q = b; q < at; q++)
        line += *q == '\n' || (*q == '\r' && q[1] != '\n');
    return line;
}

/* Copies the source into the arena as UTF-8 with '\n' newlines and a final '\n'. */
static bool normalise(rt_arena_t *a, const char *b, size_t len, pyvm_tokens_t *out)
{
    pyvm_syntax_error_t *err = &out->error;
    if (memchr(b, '\0', len))
        return pyvm_syntax_error_set(err, PYVM_SYNERR_SYNTAX, 0, -1, 0, -1,
                                     "source code string cannot contain null bytes");
    bool bom = len >= 3 && !memcmp(b, "\xef\xbb\xbf", 3);
    if (bom)
        b += 3, len -= 3;
    int enc = 0;
    const char *e = b + len, *l1 = memchr(b, '\n', len);
    const char *l1e = l1 ? l1 : e;
    char name[64];
    bool found = find_cookie(b, l1e, name, sizeof name);
    if (!found && l1 && blank_or_comment(b, l1e)) {
        const char *l2e = memchr(l1 + 1, '\n', (size_t)(e - l1 - 1));
        found = find_cookie(l1 + 1, l2e ? l2e : e, name, sizeof name);
    }
    if (found) {
        enc = classify_encoding(name);
        if (enc < 0)
            return pyvm_syntax_error_set(err, PYVM_SYNERR_SYNTAX, 0, -1, 0, -1,
                                         "unsupported encoding: %s (pyhyp reads only utf-8 and "
                                         "latin-1 sources)",
                                         name);
        if (enc == 1 && bom)
            return pyvm_syntax_error_set(err, PYVM_SYNERR_SYNTAX, 0, -1, 0, -1,
                                         "encoding problem: %s with BOM", name);
    }
    char *o = rt_arena_alloc(a, (enc ? 2 * len : len) + 2), *q = o;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)b[i];
        if (c == '\r') {
            *q++ = '\n';
            if (i + 1 < len && b[i + 1] == '\n')
                i++;
        } else if (c >= 0x80 && enc == 1) {
            q += pyvm_unicode_encode(c, q);
        } else if (c >= 0x80) {
            uint32_t cp;
            int n = pyvm_unicode_decode(b + i, e, &cp);
            if (!n)
                return pyvm_syntax_error_set(err, PYVM_SYNERR_SYNTAX, line_of(b, b + i), -1, 0, -1,
                                             "Non-UTF-8 code starting with '\\x%02x' on line %d, "
                                             "but no encoding declared; see "
                                             "https://peps.python.org/pep-0263/ for details",
                                             c, line_of(b, b + i));
            memcpy(q, b + i, (size_t)n);
            q += n;
            i += (size_t)n - 1;
        } else {
            *q++ = (char)c;
        }
    }
    if (q == o || q[-1] != '\n')
        *q++ = '\n';
    *q = '\0';
    out->src = o;
    out->len = (size_t)(q - o);
    return true;
}

/* ---- scanning --------------------------------------------------------------------------- */

static void newline_seen(tok_t *t, const char *after)
{
    t->lineno++;
    t->prev_line_start = t->line_start;
    t->line_start = after;
}

static pyvm_token_t *push(tok_t *t, int kind)
{
    pyvm_tokens_t *o = t->out;
    if (o->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        o->v = rt_arena_grow(t->arena, o->v, t->cap * sizeof *o->v, cap * sizeof *o->v);
        t->cap = cap;
    }
    pyvm_token_t *k = &o->v[o->n++];
    k->kind = (uint8_t)kind;
    k->level = (uint8_t)t->level;
    return k;
}

/* A token spanning [s, e) that started on line `line` whose start was `ls`. */
static void emit(tok_t *t, int kind, const char *s, const char *e, int line, const char *ls)
{
    pyvm_token_t *k = push(t, kind);
    k->lineno = line;
    k->col = (int32_t)(s - ls);
    k->end_lineno = t->lineno;
    k->end_col = (int32_t)(e - t->line_start);
    k->cur_col = k->end_col;
    k->start = (uint32_t)(s - t->src);
    k->end = (uint32_t)(e - t->src);
}

/* INDENT, DEDENT, ENDMARKER: no columns, as in CPython. */
static void emit_nocol(tok_t *t, int kind, int line, int cur_col)
{
    pyvm_token_t *k = push(t, kind);
    k->lineno = k->end_lineno = line;
    k->col = k->end_col = -1;
    k->cur_col = cur_col;
    k->start = k->end = (uint32_t)(t->p - t->src);
}

/* Ends the token array with an error. `raised` says whether CPython's tokenizer raises it itself
** (then it wins over any parser error) or only reports it when the parser asks for the token. */
static void __attribute__((format(printf, 8, 9)))
fail(tok_t *t, bool raised, pyvm_syntax_error_type_t type, int line, int offset, int end_line,
     int end_offset, const char *fmt, ...)
{
    pyvm_tokens_t *o = t->out;
    char msg[sizeof o->error.message];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    pyvm_syntax_error_set(&o->error, type, line, offset, end_line, end_offset, "%s", msg);
    o->error_kind = raised ? PYVM_TOKERR_RAISED : PYVM_TOKERR_PENDING;
    pyvm_token_t *k = push(t, PYVM_TOK_ERRORTOKEN);
    k->lineno = k->end_lineno = line > 0 ? line : t->lineno;
    k->col = k->end_col = k->cur_col = offset > 0 ? offset - 1 : 0;
    k->start = k->end = (uint32_t)(t->p - t->src);
}

/* CPython's tokenizer-raised errors point just after the tokenizer's position `at` on this line. */
#define raise_at(t, at, ...)                                                                       \
    fail(t, true, PYVM_SYNERR_SYNTAX, (t)->lineno, (int)((at) - (t)->line_start), (t)->lineno,    \
         (int)((at) - (t)->line_start), __VA_ARGS__)

/* Errors found at end of input are reported on the last line, at its end, as CPython does. */
static int eof_line(tok_t *t) { return t->lineno - 1; }
static int eof_col(tok_t *t) { return (int)(t->p - t->prev_line_start); }

static bool is_id_start(int c) { return isalpha(c) || c == '_' || c >= 128; }
static bool is_id_char(int c) { return isalnum(c) || c == '_' || c >= 128; }

/* Checks the non-ASCII characters of the identifier [s, e); reports the first bad one. */
static bool verify_identifier(tok_t *t, const char *s, const char *e)
{
    for (const char *q = s; q < e;) {
        uint32_t cp;
        int n = pyvm_unicode_decode(q, e, &cp);
        bool ok = q == s ? pyvm_unicode_is_id_start(cp) : pyvm_unicode_is_id_continue(cp);
        if (!ok) {
            int off = (int)(q + n - t->line_start);
            fail(t, true, PYVM_SYNERR_SYNTAX, t->lineno, off, t->lineno, off,
                 "invalid character '%.*s' (U+%04X)", n, q, (unsigned)cp);
            return false;
        }
        q += n;
    }
    return true;
}

typedef struct {
    const char *name;
    uint8_t len, kind;
} keyword_t;

static const keyword_t keywords[] = {
#define TOKEN(name, text)
#define KEYWORD(name, text) {text, sizeof text - 1, PYVM_TOK_##name},
#include "pyvm/token.def"
#undef TOKEN
#undef KEYWORD
};

static int name_kind(const char *s, size_t n)
{
    if (n < 2 || n > 8 || !(islower((unsigned char)s[0]) || s[0] == 'F' || s[0] == 'N' ||
                            s[0] == 'T'))
        return PYVM_TOK_NAME;
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
        if (keywords[i].len == n && keywords[i].name[0] == s[0] &&
            !memcmp(keywords[i].name, s, n))
            return keywords[i].kind;
    return PYVM_TOK_NAME;
}

/* A number may be followed by these keywords with no space (CPython accepts it, warning). */
static bool keyword_follows(const char *p)
{
    switch (p[0]) {
    case 'a': return !strncmp(p + 1, "nd", 2);
    case 'e': return !strncmp(p + 1, "lse", 3);
    case 'f': return !strncmp(p + 1, "or", 2);
    case 'i': return p[1] == 'f' || p[1] == 'n' || p[1] == 's';
    case 'o': return p[1] == 'r';
    case 'n': return !strncmp(p + 1, "ot", 2);
    default: return false;
    }
}

/* CPython's verify_end_of_number: a letter or digit right after a number is an error, a keyword
** a warning. */
static bool end_of_number(tok_t *t, const char *p, const char *kind)
{
    if (keyword_follows(p)) {
        pyvm_syntax_error_t *e = &t->out->error;
        if (e->nwarnings < PYVM_PARSE_WARNINGS) {
            pyvm_parse_warning_t *w = &e->warnings[e->nwarnings++];
            w->lineno = t->lineno;
            w->offset = (int)(p - t->line_start);
            snprintf(w->message, sizeof w->message, "invalid %s literal", kind);
        }
        return true;
    }
    if (!is_id_char((unsigned char)*p))
        return true;
    raise_at(t, p, "invalid %s literal", kind);
    return false;
}

/* Digits with single underscores between them, starting after a digit; returns the end or NULL. */
static const char *decimal_tail(tok_t *t, const char *p)
{
    for (;;) {
        while (isdigit((unsigned char)*p))
            p++;
        if (*p != '_')
            return p;
        p++;
        if (!isdigit((unsigned char)*p)) {
            raise_at(t, p, "invalid decimal literal");
            return NULL;
        }
    }
}

/* 0x / 0o / 0b literals; p is after the base letter. */
static const char *radix_number(tok_t *t, const char *p, int base)
{
    static const char *const kinds[] = {[2] = "binary", [8] = "octal", [16] = "hexadecimal"};
    const char *kind = kinds[base];
#define IS_DIGIT(c) (base == 16 ? isxdigit(c) : (c) >= '0' && (c) < '0' + base)
    do {
        if (*p == '_')
            p++;
        if (!IS_DIGIT((unsigned char)*p)) {
            if (base != 16 && isdigit((unsigned char)*p)) {
                raise_at(t, p + 1, "invalid digit '%c' in %s literal", *p, kind);
                return NULL;
            }
            raise_at(t, p, "invalid %s literal", kind);
            return NULL;
        }
        while (IS_DIGIT((unsigned char)*p))
            p++;
    } while (*p == '_');
    if (base != 16 && isdigit((unsigned char)*p)) {
        raise_at(t, p + 1, "invalid digit '%c' in %s literal", *p, kind);
        return NULL;
    }
#undef IS_DIGIT
    return end_of_number(t, p, kind) ? p : NULL;
}

/* Fraction, exponent and imaginary suffix after the integer part; p is at the first char after. */
static const char *number_rest(tok_t *t, const char *p, bool fraction)
{
    if (fraction || *p == '.') {
        if (!fraction)
            p++;
        if (isdigit((unsigned char)*p) && !(p = decimal_tail(t, p)))
            return NULL;
    }
    if (*p == 'e' || *p == 'E') {
        const char *e = p++;
        if (*p == '+' || *p == '-') {
            p++;
            if (!isdigit((unsigned char)*p)) {
                raise_at(t, p, "invalid decimal literal");
                return NULL;
            }
        } else if (!isdigit((unsigned char)*p)) {
            return end_of_number(t, e, "decimal") ? e : NULL;
        }
        if (!(p = decimal_tail(t, p)))
            return NULL;
    }
    if (*p == 'j' || *p == 'J')
        return end_of_number(t, p + 1, "imaginary") ? p + 1 : NULL;
    return end_of_number(t, p, "decimal") ? p : NULL;
}

/* A number starting at s (a digit, or '.' before a digit). Returns its end or NULL. */
static const char *number(tok_t *t, const char *s)
{
    const char *p = s + 1;
    if (*s == '.')
        return number_rest(t, p, true);
    if (*s != '0') {
        if (!(p = decimal_tail(t, p)))
            return NULL;
        return number_rest(t, p, false);
    }
    if (*p == 'x' || *p == 'X')
        return radix_number(t, p + 1, 16);
    if (*p == 'o' || *p == 'O')
        return radix_number(t, p + 1, 8);
    if (*p == 'b' || *p == 'B')
        return radix_number(t, p + 1, 2);
    for (;;) { /* zeros, possibly with underscores */
        if (*p == '_') {
            p++;
            if (!isdigit((unsigned char)*p)) {
                raise_at(t, p, "invalid decimal literal");
                return NULL;
            }
        }
        if (*p != '0')
            break;
        p++;
    }
    const char *zeros_end = p;
    bool nonzero = false;
    if (isdigit((unsigned char)*p)) {
        nonzero = true;
        if (!(p = decimal_tail(t, p + 1)))
            return NULL;
    }
    if (*p == '.' || *p == 'e' || *p == 'E' || *p == 'j' || *p == 'J')
        return number_rest(t, p, false);
    if (nonzero) {
        int s_off = (int)(s - t->line_start) + 1, z_off = (int)(zeros_end - t->line_start) + 1;
        fail(t, true, PYVM_SYNERR_SYNTAX, t->lineno, s_off, t->lineno, z_off,
             "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
             "octal integers");
        return NULL;
    }
    return end_of_number(t, p, "decimal") ? p : NULL;
}

/* A string literal whose opening quote is at q (s is the start, prefix included). */
static bool string(tok_t *t, const char *s, const char *q)
{
    char quote = *q;
    int first_line = t->lineno;
    const char *first_ls = t->line_start;
    const char *p = q + 1;
    int size = 1;
    if (p[0] == quote && p[1] == quote) {
        size = 3;
        p += 2;
    } else if (p[0] == quote) {
        emit(t, PYVM_TOK_STRING, s, p + 1, first_line, first_ls);
        t->p = p + 1;
        return true;
    }
    for (;;) {
        char c = *p;
        if (c == '\0' || (size == 1 && c == '\n')) {
            int detected = c == '\0' ? eof_line(t) : t->lineno;
            int off = (int)(s - first_ls) + 1;
            t->line_start = first_ls;
            fail(t, true, PYVM_SYNERR_SYNTAX, first_line, off, first_line, off,
                 "unterminated %sstring literal (detected at line %d)",
                 size == 3 ? "triple-quoted " : "", detected);
            return false;
        }
        p++;
        if (c == '\n') {
            newline_seen(t, p);
        } else if (c == quote) {
            if (size == 1 || (p[0] == quote && p[1] == quote)) {
                p += size - 1;
                break;
            }
        } else if (c == '\\' && *p) {
            if (*p++ == '\n')
                newline_seen(t, p);
        }
    }
    emit(t, PYVM_TOK_STRING, s, p, first_line, first_ls);
    t->p = p;
    return true;
}

/* Name, keyword or prefixed string starting at s. */
static bool name_or_string(tok_t *t, const char *s)
{
    const char *p = s;
    bool b = false, r = false, u = false, f = false;
    for (;;) {
        char c = *p;
        if (!(b || u || f) && (c == 'b' || c == 'B'))
            b = true;
        else if (!(b || u || r || f) && (c == 'u' || c == 'U'))
            u = true;
        else if (!(r || u) && (c == 'r' || c == 'R'))
            r = true;
        else if (!(f || b || u) && (c == 'f' || c == 'F'))
            f = true;
        else
            break;
        p++;
        if (*p == '"' || *p == '\'')
            return string(t, s, p);
    }
    bool nonascii = false;
    while (is_id_char((unsigned char)*p))
        nonascii |= (unsigned char)*p++ >= 128;
    if (nonascii && !verify_identifier(t, s, p))
        return false;
    emit(t, name_kind(s, (size_t)(p - s)), s, p, t->lineno, t->line_start);
    t->p = p;
    return true;
}

static int op3(const char *p)
{
    if (p[0] == '.' && p[1] == '.' && p[2] == '.')
        return PYVM_TOK_ELLIPSIS;
    if (p[2] != '=')
        return 0;
    if (p[0] == '*' && p[1] == '*')
        return PYVM_TOK_DOUBLESTAREQUAL;
    if (p[0] == '/' && p[1] == '/')
        return PYVM_TOK_DOUBLESLASHEQUAL;
    if (p[0] == '<' && p[1] == '<')
        return PYVM_TOK_LEFTSHIFTEQUAL;
    if (p[0] == '>' && p[1] == '>')
        return PYVM_TOK_RIGHTSHIFTEQUAL;
    return 0;
}

static int op2(const char *p)
{
    static const struct {
        char a, b;
        uint8_t kind;
    } ops[] = {
        {'=', '=', PYVM_TOK_EQEQUAL},      {'!', '=', PYVM_TOK_NOTEQUAL},
        {'<', '=', PYVM_TOK_LESSEQUAL},    {'>', '=', PYVM_TOK_GREATEREQUAL},
        {'<', '<', PYVM_TOK_LEFTSHIFT},    {'>', '>', PYVM_TOK_RIGHTSHIFT},
        {'*', '*', PYVM_TOK_DOUBLESTAR},   {'/', '/', PYVM_TOK_DOUBLESLASH},
        {'+', '=', PYVM_TOK_PLUSEQUAL},    {'-', '=', PYVM_TOK_MINEQUAL},
        {'*', '=', PYVM_TOK_STAREQUAL},    {'/', '=', PYVM_TOK_SLASHEQUAL},
        {'%', '=', PYVM_TOK_PERCENTEQUAL}, {'&', '=', PYVM_TOK_AMPEREQUAL},
        {'|', '=', PYVM_TOK_VBAREQUAL},    {'^', '=', PYVM_TOK_CIRCUMFLEXEQUAL},
        {'@', '=', PYVM_TOK_ATEQUAL},      {'-', '>', PYVM_TOK_RARROW},
        {':', '=', PYVM_TOK_COLONEQUAL},
    };
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
        if (ops[i].a == p[0] && ops[i].b == p[1])
            return ops[i].kind;
    return 0;
}

static int op1(char c)
{
    static const char chars[] = "()[]{}:,;+-*/|&<>=.%~^@";
    static const uint8_t kinds[] = {
        PYVM_TOK_LPAR,    PYVM_TOK_RPAR,   PYVM_TOK_LSQB,   PYVM_TOK_RSQB,   PYVM_TOK_LBRACE,
        PYVM_TOK_RBRACE,  PYVM_TOK_COLON,  PYVM_TOK_COMMA,  PYVM_TOK_SEMI,   PYVM_TOK_PLUS,
        PYVM_TOK_MINUS,   PYVM_TOK_STAR,   PYVM_TOK_SLASH,  PYVM_TOK_VBAR,   PYVM_TOK_AMPER,
        PYVM_TOK_LESS,    PYVM_TOK_GREATER, PYVM_TOK_EQUAL, PYVM_TOK_DOT,    PYVM_TOK_PERCENT,
        PYVM_TOK_TILDE,   PYVM_TOK_CIRCUMFLEX, PYVM_TOK_AT,
    };
    const char *at = c ? strchr(chars, c) : NULL;
    return at ? kinds[at - chars] : PYVM_TOK_OP;
}

/* Brackets: the nesting stack and CPython's mismatch errors. */
static bool bracket(tok_t *t, const char *s)
{
    char c = *s;
    if (c == '(' || c == '[' || c == '{') {
        if (t->level >= MAXLEVEL) {
            raise_at(t, s + 1, "too many nested parentheses");
            return false;
        }
        t->parens[t->level].c = c;
        t->parens[t->level].line = t->lineno;
        t->parens[t->level].col = (int)(s - t->line_start);
        t->level++;
        return true;
    }
    if (!t->level) {
        raise_at(t, s + 1, "unmatched '%c'", c);
        return false;
    }
    char open = t->parens[--t->level].c;
    if ((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))
        return true;
    int line = t->parens[t->level].line;
    if (line != t->lineno)
        raise_at(t, s + 1,
                 "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                 open, line);
    else
        raise_at(t, s + 1, "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                 open);
    return false;
}

/* Indentation at the start of a logical line; p is at its first character. Returns false on an
** indentation error. Sets *blank for lines the parser never sees. */
static bool indentation(tok_t *t, bool *blank)
{
    int col = 0, alt = 0, cont_col = 0;
    const char *p = t->p;
    for (;; p++) {
        if (*p == ' ') {
            col++, alt++;
        } else if (*p == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE, alt++;
        } else if (*p == '\f') {
            col = alt = 0;
        } else if (*p == '\\') {
            /* A continuation inside the indentation: the first one fixes the column. */
            if (p[1] != '\n') {
                int off = (int)(p + 2 - t->line_start);
                t->p = p;
                fail(t, false, PYVM_SYNERR_SYNTAX, t->lineno, off, t->lineno, 0,
                     "unexpected character after line continuation character");
                return false;
            }
            cont_col = cont_col ? cont_col : col;
            newline_seen(t, p + 2);
            if (!p[2]) {
                t->p = p + 2;
                fail(t, false, PYVM_SYNERR_SYNTAX, eof_line(t), eof_col(t), eof_line(t), -1,
                     "unexpected EOF while parsing");
                return false;
            }
            p++;
        } else {
            break;
        }
    }
    if (cont_col)
        col = alt = cont_col;
    t->p = p;
    *blank = *p == '#' || *p == '\n' || *p == '\0';
    if (*blank || t->level)
        return true;
    const char *eol = strchr(p, '\n');
    int line_len = (int)(eol + 1 - t->line_start);
    if (col == t->indstack[t->indent]) {
        if (alt != t->altstack[t->indent])
            goto tab_error;
    } else if (col > t->indstack[t->indent]) {
        if (t->indent + 1 >= MAXINDENT) {
            fail(t, false, PYVM_SYNERR_INDENTATION, t->lineno, 1, t->lineno, 0,
                 "too many levels of indentation");
            return false;
        }
        if (alt <= t->altstack[t->indent])
            goto tab_error;
        t->pendin++;
        t->indent++;
        t->indstack[t->indent] = col;
        t->altstack[t->indent] = alt;
    } else {
        while (t->indent > 0 && col < t->indstack[t->indent])
            t->pendin--, t->indent--;
        if (col != t->indstack[t->indent]) {
            fail(t, false, PYVM_SYNERR_INDENTATION, t->lineno, line_len, t->lineno, -1,
                 "unindent does not match any outer indentation level");
            return false;
        }
        if (alt != t->altstack[t->indent])
            goto tab_error;
    }
    return true;
tab_error:
    fail(t, false, PYVM_SYNERR_TAB, t->lineno, 1, t->lineno, 0,
         "inconsistent use of tabs and spaces in indentation");
    return false;
}

static void pending_indents(tok_t *t)
{
    int cur_col = (int)(t->p - t->line_start);
    for (; t->pendin > 0; t->pendin--)
        emit_nocol(t, PYVM_TOK_INDENT, t->lineno, cur_col);
    for (; t->pendin < 0; t->pendin++)
        emit_nocol(t, PYVM_TOK_DEDENT, t->lineno, cur_col);
}

/* Scans the whole normalised source. Returns when ENDMARKER or an ERRORTOKEN was pushed. */
static void scan(tok_t *t)
{
    bool blank = false;
    for (;;) {
        if (t->atbol) {
            t->atbol = false;
            if (!indentation(t, &blank))
                return;
            pending_indents(t);
        }
        while (*t->p == ' ' || *t->p == '\t' || *t->p == '\f')
            t->p++;
        const char *s = t->p, *comment = NULL;
        if (*s == '#') {
            comment = s;
            while (*t->p != '\n' && *t->p)
                t->p++;
            s = t->p;
        }
        unsigned char c = (unsigned char)*s;
        if (c == '\0') {
            if (t->level) {
                fail(t, false, PYVM_SYNERR_SYNTAX, t->parens[t->level - 1].line,
                     t->parens[t->level - 1].col + 1, t->parens[t->level - 1].line, 0,
                     "'%c' was never closed", t->parens[t->level - 1].c);
                return;
            }
            /* Dedent to column 0, then the end marker, on the last line as CPython does. */
            int line = eof_line(t), cur_col = eof_col(t);
            for (; t->indent > 0; t->indent--)
                emit_nocol(t, PYVM_TOK_DEDENT, line, cur_col);
            emit_nocol(t, PYVM_TOK_ENDMARKER, line, cur_col);
            return;
        }
        if (c == '\n') {
            t->p = s + 1;
            /* CPython's NEWLINE after a comment starts at the '#'. */
            if (!blank && !t->level)
                emit(t, PYVM_TOK_NEWLINE, comment ? comment : s, s, t->lineno, t->line_start);
            newline_seen(t, t->p);
            t->atbol = true;
            blank = false;
            continue;
        }
        if (is_id_start(c)) {
            if (!name_or_string(t, s))
                return;
            continue;
        }
        if (isdigit(c) || (c == '.' && isdigit((unsigned char)s[1]))) {
            const char *e = number(t, s);
            if (!e)
                return;
            emit(t, PYVM_TOK_NUMBER, s, e, t->lineno, t->line_start);
            t->p = e;
            continue;
        }
        if (c == '\'' || c == '"') {
            if (!string(t, s, s))
                return;
            continue;
        }
        if (c == '\\') {
            if (s[1] != '\n') {
                int off = (int)(s + 2 - t->line_start);
                fail(t, false, PYVM_SYNERR_SYNTAX, t->lineno, off, t->lineno, 0,
                     "unexpected character after line continuation character");
                return;
            }
            t->p = s + 2;
            newline_seen(t, t->p);
            if (*t->p == '\0') {
                t->p = s + 2;
                fail(t, false, PYVM_SYNERR_SYNTAX, eof_line(t), eof_col(t), eof_line(t), -1,
                     "unexpected EOF while parsing");
                return;
            }
            continue;
        }
        int kind, n = 3;
        if (!(kind = op3(s)) && (n = 2) && !(kind = op2(s))) {
            n = 1;
            kind = op1((char)c);
            if (strchr("()[]{}", c) && !bracket(t, s))
                return;
            if (kind == PYVM_TOK_OP && (c < 0x20 || c == 0x7f)) {
                raise_at(t, s + 1, "invalid non-printable character U+%04X", c);
                return;
            }
        }
        t->p = s + n;
        emit(t, kind, s, t->p, t->lineno, t->line_start);
    }
}

bool pyvm_tokenize(rt_arena_t *arena, const char *bytes, size_t len, pyvm_tokens_t *out)
{
    *out = (pyvm_tokens_t){0};
    if (!normalise(arena, bytes, len, out)) {
        out->error_kind = PYVM_TOKERR_RAISED;
        return false;
    }
    tok_t *t = rt_arena_zalloc(arena, sizeof *t);
    t->arena = arena;
    t->out = out;
    t->src = t->p = t->line_start = t->prev_line_start = out->src;
    t->lineno = 1;
    t->atbol = true;
    scan(t);
    if (t->level) {
        out->open_line = t->parens[t->level - 1].line;
        out->open_col = t->parens[t->level - 1].col;
        out->open_char = t->parens[t->level - 1].c;
    }
    return true;
}

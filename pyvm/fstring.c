/*
** fstring.c: implicit concatenation of adjacent string tokens and the f-strings among them, as
** CPython 3.11 does it: the tokenizer hands over f-strings as plain STRING tokens; here literal
** text is decoded and merged, and each {expression} is parsed by a sub-parser over
** "(" expression ")" (so leading spaces, yield and tuples work as in CPython), its tokens shifted to
** the expression's place in the file. Conversions (!s !r !a), nested format specs (two levels at
** most) and the `=` self-documenting form are handled here.
*/
#include <string.h>

#include "pyvm/parser.h"

enum { MAX_NESTED_PARENS = 200 };

typedef struct fstate {
    vec_t values;    /* Constant and FormattedValue nodes */
    char *buf;       /* literal text not yet turned into a Constant */
    size_t len, cap;
    bool fmode;      /* an f-string was seen: the result is a JoinedStr */
    const token_t *first, *last;
    bool u_kind;     /* the first token had a 'u' prefix: Constant.kind = 'u' */
} fstate_t;

static void append_text(parser_t *p, fstate_t *st, const char *s, size_t n)
{
    if (st->len + n + 1 > st->cap) {
        size_t cap = st->cap ? st->cap : 32;
        while (cap < st->len + n + 1)
            cap *= 2;
        st->buf = rt_arena_grow(p->arena, st->buf, st->cap, cap);
        st->cap = cap;
    }
    memcpy(st->buf + st->len, s, n);
    st->len += n;
    st->buf[st->len] = '\0';
}

static node_t *str_node(parser_t *p, fstate_t *st)
{
    node_t *n = pyvm_parser_node(p, PYVM_AST_Constant, st->first);
    n->end_lineno = st->last->end_lineno;
    n->end_col_offset = st->last->end_col;
    pyvm_ast_const_t *v = &n->v.Constant.value;
    v->kind = PYVM_CONST_STR;
    v->u.s = st->buf ? st->buf : "";
    v->len = st->len;
    n->v.Constant.kind = st->u_kind ? "u" : NULL;
    st->buf = NULL;
    st->len = st->cap = 0;
    return n;
}

static void flush(parser_t *p, fstate_t *st)
{
    if (st->len)
        pyvm_parser_push(p, &st->values, str_node(p, st));
}

static node_t *fail_last(parser_t *p, const char *msg)
{
    return pyvm_parser_error_last(p, "%s", msg);
}

static bool parse_fstring(parser_t *p, fstate_t *st, const token_t *t, const char **str,
                          const char *end, bool raw, int level);

/* Literal text up to an undoubled '{' or a '}'; decoded into st. Returns -1 on error, 1 if a
** doubled brace was consumed (call again), 0 otherwise. */
static int literal(parser_t *p, fstate_t *st, const token_t *t, const char **str, const char *end,
                   bool raw, int level)
{
    const char *s = *str, *start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{')
                    while (s < end && *s++ != '}')
                        ;
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (level == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    fail_last(p, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (s > start) {
        char *text;
        size_t n;
        if (!pyvm_strlit_decode(p, t, start, (size_t)(s - start), raw, false, &text, &n))
            return -1;
        append_text(p, st, text, n);
    }
    return result;
}

/* Shifts the sub-parser's token positions from "(" expr ")" to the expression's place, so nodes
** carry file positions. */
static void shift_tokens(pyvm_tokens_t *toks, int line, int col)
{
    for (size_t i = 0; i < toks->n; i++) {
        pyvm_token_t *k = &toks->v[i];
        if (k->lineno == 1 && k->col >= 0)
            k->col += col - 1;
        if (k->end_lineno == 1 && k->end_col >= 0)
            k->end_col += col - 1;
        k->lineno += line - 1;
        k->end_lineno += line - 1;
    }
}

/* Parses the expression text [s, e) of an f-string replacement field. */
static node_t *compile_expr(parser_t *p, const token_t *t, const char *s, const char *e)
{
    const char *q = s;
    while (q < e && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f'))
        q++;
    if (q == e) {
        if (*e == '!' || *e == ':' || *e == '=')
            return pyvm_parser_error_last(p, "f-string: expression required before '%c'", *e);
        return fail_last(p, "f-string: empty expression not allowed");
    }
    size_t len = (size_t)(e - s);
    char *text = rt_arena_alloc(p->arena, len + 3);
    text[0] = '(';
    memcpy(text + 1, s, len);
    text[len + 1] = ')';
    pyvm_tokens_t toks;
    pyvm_tokenize(p->arena, text, len + 2, &toks);
    /* Where the expression starts in the file. */
    int line = t->lineno, col = t->col;
    for (const char *c = p->src + t->start; c < s; c++) {
        if (*c == '\n')
            line++, col = 0;
        else
            col++;
    }
    shift_tokens(&toks, line, col);
    parser_t sub = {.arena = p->arena, .src = toks.src, .tv = toks.v, .ntok = toks.n,
                    .err = p->err, .depth = p->depth, .fstring_line = line,
                    .fstring_shift = col - 1};
    if (toks.error_kind != PYVM_TOKERR_NONE) {
        pyvm_syntax_error_set(p->err, toks.error.type, toks.error.lineno + line - 1,
                              toks.error.offset, toks.error.end_lineno + line - 1,
                              toks.error.end_offset, "f-string: %s", toks.error.message);
        return NULL;
    }
    node_t *n = pyvm_parse_expr_star_expressions(&sub);
    if (n) {
        while (accept(&sub, PYVM_TOK_NEWLINE))
            ;
        if (kind0(&sub) != PYVM_TOK_ENDMARKER)
            n = pyvm_parser_error_generic(&sub);
    }
    if (!n && !p->err->set)
        pyvm_parser_error_generic(&sub);
    return n;
}

/* A replacement field starting at '{': expression, '=', '!conversion', ':format_spec', '}'. */
static node_t *field(parser_t *p, fstate_t *st, const token_t *t, const char **str,
                     const char *end, bool raw, int level)
{
    if (level >= 2)
        return fail_last(p, "f-string: expressions nested too deeply");
    const char *s = ++*str, *expr_start = s;
    char quote = 0, stack[MAX_NESTED_PARENS];
    int quote_size = 0, depth = 0;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\')
            return fail_last(p, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote && (quote_size == 1 || (s + 2 < end && s[1] == ch && s[2] == ch))) {
                s += quote_size - 1;
                quote = 0;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            quote = ch;
            quote_size = s + 2 < end && s[1] == ch && s[2] == ch ? 3 : 1;
            s += quote_size - 1;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= MAX_NESTED_PARENS)
                return fail_last(p, "f-string: too many nested parenthesis");
            stack[depth++] = ch;
        } else if (ch == '#') {
            return fail_last(p, "f-string expression part cannot include '#'");
        } else if (depth == 0 && strchr("!:}=<>", ch)) {
            if (s + 1 < end && s[1] == '=' && strchr("!=<>", ch)) {
                s++;
                continue;
            }
            if (ch == '<' || ch == '>')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth)
                return pyvm_parser_error_last(p, "f-string: unmatched '%c'", ch);
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}')))
                return pyvm_parser_error_last(p, "f-string: closing parenthesis '%c' does not "
                                                 "match opening parenthesis '%c'",
                                              ch, open);
        }
    }
    if (quote)
        return fail_last(p, "f-string: unterminated string");
    if (depth)
        return pyvm_parser_error_last(p, "f-string: unmatched '%c'", stack[depth - 1]);
    if (s >= end)
        return fail_last(p, "f-string: expecting '}'");
    node_t *value = compile_expr(p, t, expr_start, s);
    if (!value)
        return NULL;
    bool debug = false;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' ||
                           *s == '\v'))
            s++;
        if (s >= end)
            return fail_last(p, "f-string: expecting '}'");
        append_text(p, st, expr_start, (size_t)(s - expr_start));
        debug = true;
    }
    int conversion = -1;
    if (*s == '!') {
        if (++s >= end)
            return fail_last(p, "f-string: expecting '}'");
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return fail_last(p, "f-string: invalid conversion character: expected 's', 'r', or "
                                "'a'");
    }
    node_t *spec = NULL;
    if (s < end && *s == ':') {
        if (++s >= end)
            return fail_last(p, "f-string: expecting '}'");
        fstate_t sub = {.fmode = true, .first = t, .last = t};
        if (!parse_fstring(p, &sub, t, &s, end, raw, level + 1))
            return NULL;
        flush(p, &sub);
        spec = pyvm_parser_node(p, PYVM_AST_JoinedStr, t);
        spec->v.JoinedStr.values = pyvm_parser_list(&sub.values);
    }
    if (s >= end || *s != '}')
        return fail_last(p, "f-string: expecting '}'");
    *str = s + 1;
    if (debug && !spec && conversion == -1)
        conversion = 'r';
    node_t *n = pyvm_parser_node(p, PYVM_AST_FormattedValue, t);
    n->v.FormattedValue.value = value;
    n->v.FormattedValue.conversion = conversion;
    n->v.FormattedValue.format_spec = spec;
    return n;
}

static bool parse_fstring(parser_t *p, fstate_t *st, const token_t *t, const char **str,
                          const char *end, bool raw, int level)
{
    st->fmode = true;
    for (;;) {
        int r = literal(p, st, t, str, end, raw, level);
        if (r < 0)
            return false;
        if (r == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        node_t *e = field(p, st, t, str, end, raw, level);
        if (!e)
            return false;
        flush(p, st);
        pyvm_parser_push(p, &st->values, e);
    }
    if (level == 0 && *str < end - 1) {
        fail_last(p, "f-string: unexpected end of string");
        return false;
    }
    if (level != 0 && (*str >= end || **str != '}')) {
        fail_last(p, "f-string: expecting '}'");
        return false;
    }
    return true;
}

node_t *pyvm_fstring_concat(parser_t *p, size_t first, size_t count)
{
    const token_t *t0 = &p->tv[first];
    fstate_t st = {.first = t0, .last = &p->tv[first + count - 1]};
    char *bytes = NULL;
    size_t nbytes = 0;
    bool bytesmode = false;
    for (size_t i = 0; i < count; i++) {
        const token_t *t = &p->tv[first + i];
        strlit_info_t info;
        pyvm_strlit_info(p, t, &info);
        if (i == 0)
            st.u_kind = info.u;
        if (info.fmt) {
            if (i != 0 && bytesmode)
                return fail_last(p, "cannot mix bytes and nonbytes literals");
            const char *s = info.body;
            if (!parse_fstring(p, &st, t, &s, info.body + info.len, info.raw, 0))
                return NULL;
            continue;
        }
        char *text;
        size_t n;
        if (!pyvm_strlit_decode(p, t, info.body, info.len, info.raw, info.bytes, &text, &n))
            return NULL;
        if (i != 0 && bytesmode != info.bytes)
            return fail_last(p, "cannot mix bytes and nonbytes literals");
        bytesmode = info.bytes;
        if (!bytesmode) {
            append_text(p, &st, text, n);
        } else if (i == 0) {
            bytes = text;
            nbytes = n;
        } else {
            char *b = rt_arena_alloc(p->arena, nbytes + n + 1);
            memcpy(b, bytes, nbytes);
            memcpy(b + nbytes, text, n + 1);
            bytes = b;
            nbytes += n;
        }
    }
    if (bytesmode) {
        node_t *c = pyvm_parser_node(p, PYVM_AST_Constant, t0);
        c->v.Constant.value.kind = PYVM_CONST_BYTES;
        c->v.Constant.value.u.s = bytes;
        c->v.Constant.value.len = nbytes;
        return c;
    }
    if (!st.fmode)
        return str_node(p, &st);
    flush(p, &st);
    node_t *j = pyvm_parser_node(p, PYVM_AST_JoinedStr, t0);
    j->v.JoinedStr.values = pyvm_parser_list(&st.values);
    return j;
}

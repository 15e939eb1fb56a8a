/*
** parser.c: the front end's entry point (source bytes -> AST or syntax error) and the helpers every
** grammar file shares: token tests, node and list building, error reporting in CPython's terms,
** the recursion guard and speculative parsing.
**
** Error choice follows CPython 3.11: errors its tokenizer raises itself override parser errors;
** other tokenizer errors count only if the parser looked at the failing token; a bracket still open
** at the end of input wins over a parser error on a later line ("'(' was never closed").
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "pyvm/parser.h"
#include "pyvm/pyvm.h"
#include "pyvm/unicode.h"

bool pyvm_parser_is_name(parser_t *p, const token_t *t, const char *word)
{
    size_t n = strlen(word);
    return t->kind == PYVM_TOK_NAME && t->end - t->start == n && !memcmp(p->src + t->start, word, n);
}

const char *pyvm_parser_ident(parser_t *p, const token_t *t)
{
    const char *s = p->src + t->start;
    size_t len = t->end - t->start;
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)s[i] >= 0x80) { /* PEP 3131: non-ASCII identifiers are NFKC-normalised */
            size_t cap = 18 * len + 1; /* NFKC expands a code point to at most 18 */
            char *out = rt_arena_alloc(p->arena, cap);
            if (pyvm_unicode_nfkc(s, len, out, cap))
                return out;
            break;
        }
    }
    return rt_arena_strndup(p->arena, s, len);
}

static node_t *new_node(parser_t *p, pyvm_ast_kind_t kind)
{
    node_t *n = rt_arena_zalloc(p->arena, pyvm_ast_node_size(kind));
    n->kind = (uint8_t)kind;
    return n;
}

void pyvm_parser_end_here(parser_t *p, node_t *n)
{
    const token_t *e = prev(p);
    n->end_lineno = e->end_lineno;
    n->end_col_offset = e->end_col;
}

node_t *pyvm_parser_node(parser_t *p, pyvm_ast_kind_t kind, const token_t *start)
{
    node_t *n = new_node(p, kind);
    n->lineno = start->lineno;
    n->col_offset = start->col;
    pyvm_parser_end_here(p, n);
    return n;
}

node_t *pyvm_parser_node_span(parser_t *p, pyvm_ast_kind_t kind, const node_t *a, const node_t *b)
{
    node_t *n = new_node(p, kind);
    n->lineno = a->lineno;
    n->col_offset = a->col_offset;
    n->end_lineno = b->end_lineno;
    n->end_col_offset = b->end_col_offset;
    return n;
}

void pyvm_parser_push(parser_t *p, vec_t *v, node_t *n)
{
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        v->v = rt_arena_grow(p->arena, v->v, (size_t)v->cap * sizeof *v->v,
                             (size_t)cap * sizeof *v->v);
        v->cap = cap;
    }
    v->v[v->n++] = n;
}

pyvm_ast_list_t pyvm_parser_list(const vec_t *v) { return (pyvm_ast_list_t){v->v, v->n}; }

pyvm_ast_list_t pyvm_parser_list1(parser_t *p, node_t *n)
{
    vec_t v = {0};
    pyvm_parser_push(p, &v, n);
    return pyvm_parser_list(&v);
}

static void verror(parser_t *p, pyvm_syntax_error_type_t type, int line, int col, int end_line,
                   int end_col, const char *fmt, va_list ap)
{
    char msg[sizeof p->err->message];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (p->fstring_line) {
        /* CPython reports errors inside f-string expressions with an "f-string: " prefix and
        ** columns of the "(expression)" text it parsed, not of the file. */
        if (line == p->fstring_line && col > 0)
            col -= p->fstring_shift;
        if (end_line == p->fstring_line && end_col > 0)
            end_col -= p->fstring_shift;
        char full[sizeof msg + 10];
        snprintf(full, sizeof full, "f-string: %s", msg);
        pyvm_syntax_error_set(p->err, type, line, col, end_line, end_col, "%.199s", full);
        return;
    }
    pyvm_syntax_error_set(p->err, type, line, col, end_line, end_col, "%s", msg);
}

/* CPython's _PyPegen_raise_error for token t: a column-less token (INDENT, DEDENT, ENDMARKER)
** points where the tokenizer stands; others at the token, 1-based. */
static void error_tok_v(parser_t *p, const token_t *t, pyvm_syntax_error_type_t type,
                        const char *fmt, va_list ap)
{
    int col = t->col == -1 ? t->cur_col : t->col + 1;
    int end_col = t->end_col == -1 ? -1 : t->end_col + 1;
    verror(p, type, t->lineno, col, t->end_lineno, end_col, fmt, ap);
}

node_t *pyvm_parser_error_tok(parser_t *p, const token_t *t, pyvm_syntax_error_type_t type,
                              const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_tok_v(p, t, type, fmt, ap);
    va_end(ap);
    return NULL;
}

node_t *pyvm_parser_error_last(parser_t *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_tok_v(p, &p->tv[p->fill - 1], PYVM_SYNERR_SYNTAX, fmt, ap);
    va_end(ap);
    return NULL;
}

node_t *pyvm_parser_error_at(parser_t *p, int line, int col, int end_line, int end_col,
                             const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, PYVM_SYNERR_SYNTAX, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

node_t *pyvm_parser_error_node(parser_t *p, const node_t *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, PYVM_SYNERR_SYNTAX, n->lineno, n->col_offset + 1, n->end_lineno,
           n->end_col_offset + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

node_t *pyvm_parser_error_span(parser_t *p, const node_t *a, const node_t *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, PYVM_SYNERR_SYNTAX, a->lineno, a->col_offset + 1, b->end_lineno,
           b->end_col_offset + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

node_t *pyvm_parser_error_generic(parser_t *p)
{
    const token_t *t = &p->tv[p->fill - 1];
    /* CPython does not look further into the source for tokenizer errors after these two. */
    if (t->kind == PYVM_TOK_INDENT || t->kind == PYVM_TOK_DEDENT) {
        p->final_error = !p->err->set;
        return pyvm_parser_error_tok(p, t, PYVM_SYNERR_INDENTATION, t->kind == PYVM_TOK_INDENT
                                                                        ? "unexpected indent"
                                                                        : "unexpected unindent");
    }
    /* CPython raises this one at the token's known location: column-less tokens give 0. */
    return pyvm_parser_error_at(p, t->lineno, t->col + 1, t->end_lineno, t->end_col + 1,
                                "invalid syntax");
}

bool pyvm_parser_expect(parser_t *p, int kind)
{
    if (accept(p, kind))
        return true;
    pyvm_parser_error_generic(p);
    return false;
}

bool pyvm_parser_expect_forced(parser_t *p, int kind)
{
    if (accept(p, kind))
        return true;
    const token_t *t = cur(p);
    if (t->kind == PYVM_TOK_ERRORTOKEN) {
        pyvm_parser_error_generic(p);
        return false;
    }
    pyvm_parser_error_at(p, t->lineno, t->col + 1, t->end_lineno, t->end_col + 1, "expected '%s'",
                         pyvm_token_text(kind));
    return false;
}

bool pyvm_parser_enter(parser_t *p)
{
    if (++p->depth <= PARSER_MAX_DEPTH)
        return true;
    p->depth--;
    const token_t *t = cur(p);
    pyvm_syntax_error_set(p->err, PYVM_SYNERR_MEMORY, t->lineno, t->col + 1, t->end_lineno,
                          t->end_col + 1, "too many nested expressions or statements for the parser");
    return false;
}

void pyvm_parser_mark(parser_t *p, parser_mark_t *m)
{
    m->pos = p->pos;
    m->fill = p->fill;
    m->err = *p->err;
    p->err->set = false;
}

void pyvm_parser_reset(parser_t *p, const parser_mark_t *m)
{
    p->pos = m->pos;
    if (p->fill > p->max_fill)
        p->max_fill = p->fill;
    p->fill = m->fill;
    *p->err = m->err;
}

void pyvm_parser_backtrack(parser_t *p, const parser_mark_t *m)
{
    size_t fill = p->fill;
    pyvm_parser_reset(p, m);
    p->fill = fill;
}

static node_t *parse_eval(parser_t *p)
{
    const token_t *start = cur(p);
    node_t *body = pyvm_parse_expr_expressions(p);
    if (!body)
        return NULL;
    while (accept(p, PYVM_TOK_NEWLINE))
        ;
    if (!pyvm_parser_expect(p, PYVM_TOK_ENDMARKER))
        return NULL;
    node_t *mod = pyvm_parser_node(p, PYVM_AST_Expression, start);
    mod->v.Expression.body = body;
    return mod;
}

/* Picks the error CPython would report when the parser failed (see the file comment). */
static void choose_error(parser_t *p, const pyvm_tokens_t *toks, pyvm_syntax_error_t *err)
{
    size_t fill = p->fill > p->max_fill ? p->fill : p->max_fill;
    if (p->final_error && fill < p->ntok)
        return;
    if (toks->error_kind == PYVM_TOKERR_RAISED ||
        (toks->error_kind == PYVM_TOKERR_PENDING && fill >= p->ntok)) {
        *err = toks->error;
        return;
    }
    if (toks->open_char && err->type != PYVM_SYNERR_MEMORY &&
        p->tv[fill - 1].lineno > toks->open_line) {
        err->set = false;
        pyvm_syntax_error_set(err, PYVM_SYNERR_SYNTAX, toks->open_line, toks->open_col + 1,
                              toks->open_line, 0, "'%c' was never closed", toks->open_char);
    }
}

pyvm_ast_node_t *pyvm_parse(rt_arena_t *arena, const char *bytes, size_t len,
                            pyvm_parse_mode_t mode, pyvm_syntax_error_t *err)
{
    memset(err, 0, sizeof *err);
    pyvm_tokens_t toks;
    if (!pyvm_tokenize(arena, bytes, len, &toks)) {
        *err = toks.error;
        return NULL;
    }
    parser_t p = {.arena = arena, .src = toks.src, .tv = toks.v, .ntok = toks.n, .err = err};
    node_t *mod;
    switch (mode) {
    case PYVM_PARSE_EVAL: mod = parse_eval(&p); break;
    case PYVM_PARSE_SINGLE: mod = pyvm_parse_stmt_interactive(&p); break;
    default: mod = pyvm_parse_stmt_file(&p); break;
    }
    if (!mod) {
        if (!err->set)
            pyvm_parser_error_generic(&p);
        choose_error(&p, &toks, err);
    }
    err->nwarnings = toks.error.nwarnings; /* CPython's tokenizer warned before the parser failed */
    memcpy(err->warnings, toks.error.warnings, sizeof err->warnings);
    if (mod)
        return mod;
    pyvm_syntax_error_finish(err, toks.src, toks.len);
    return NULL;
}

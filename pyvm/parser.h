/*
** parser.h: the recursive-descent parser's shared state and helpers (pyvm-internal). The parser
** reads the token array, builds nodes in the arena and stops at the first error, which it records
** in CPython's terms. parser.c holds the entry points, token and error helpers; parse_stmt.c,
** parse_expr.c, parse_target.c, parse_args.c, parse_pattern.c, fstring.c and strlit.c the grammar.
**
** Conventions: a parse function returns a node, or NULL with the error recorded. CPython reports
** generic errors at the furthest token its parser looked at, so every look at a token goes through
** tok_at(), which tracks that (`fill`), and speculative parses restore it.
*/
#ifndef PYHYP_PYVM_PARSER_H
#define PYHYP_PYVM_PARSER_H

#include <stdbool.h>

#include "pyvm/ast.h"
#include "pyvm/syntax_error.h"
#include "pyvm/tokenizer.h"
#include "runtime/rt.h"

typedef pyvm_ast_node_t node_t;
typedef pyvm_token_t token_t;

typedef struct parser {
    rt_arena_t *arena;
    const char *src; /* the normalised source the tokens index */
    const token_t *tv;
    size_t ntok;
    size_t pos;  /* the current token */
    size_t fill; /* 1 + the furthest token looked at (CPython's first pass) */
    size_t max_fill; /* the same counting second-pass checks, which reset `fill` */
    pyvm_syntax_error_t *err;
    int depth;            /* recursion guard, see enter() */
    int fstring_line;     /* f-string expression sub-parsers: first line of the expression */
    int fstring_shift;    /* and the columns its first line was shifted by (else 0) */
    bool final_error;     /* the error stands even against later tokenizer errors (see parser.c) */
    int plain;            /* > 0: parsing as CPython's *_without_invalid rules, no diagnostics */
} parser_t;

/* CPython's parser stack bound is 6000 rule levels; ours counts grammar recursions. */
enum { PARSER_MAX_DEPTH = 1200 };

typedef struct vec {
    node_t **v;
    int n, cap;
} vec_t;

/* What a target is being checked for (CPython's TARGETS_TYPE). */
typedef enum { TARGET_STAR, TARGET_FOR, TARGET_DEL } target_kind_t;

static inline const token_t *tok_at(parser_t *p, size_t i)
{
    if (i >= p->ntok)
        i = p->ntok - 1;
    if (i + 1 > p->fill)
        p->fill = i + 1;
    return &p->tv[i];
}
static inline const token_t *cur(parser_t *p) { return tok_at(p, p->pos); }
static inline int kind0(parser_t *p) { return tok_at(p, p->pos)->kind; }
static inline int kind1(parser_t *p) { return tok_at(p, p->pos + 1)->kind; }
/* The kind of the token k ahead without counting it as looked at (for second-pass-only checks). */
static inline int peek_quiet(parser_t *p, size_t k)
{
    size_t i = p->pos + k;
    return p->tv[i < p->ntok ? i : p->ntok - 1].kind;
}
static inline const token_t *prev(parser_t *p) { return &p->tv[p->pos ? p->pos - 1 : 0]; }
static inline const token_t *advance(parser_t *p)
{
    const token_t *t = cur(p);
    if (p->pos + 1 < p->ntok)
        p->pos++;
    return t;
}
static inline bool accept(parser_t *p, int kind)
{
    if (kind0(p) != kind)
        return false;
    advance(p);
    return true;
}
static inline bool failed(parser_t *p) { return p->err->set; }

/* ---- parser.c: tokens, nodes, lists, errors ---- */

/* The token is the NAME `word` (soft keywords: match, case, _). */
bool pyvm_parser_is_name(parser_t *p, const token_t *t, const char *word);
const char *pyvm_parser_ident(parser_t *p, const token_t *t); /* arena copy of a token's text */

/* A zeroed node whose position runs from token `start` to the last token consumed. */
node_t *pyvm_parser_node(parser_t *p, pyvm_ast_kind_t kind, const token_t *start);
/* A zeroed node spanning from the start of a to the end of b. */
node_t *pyvm_parser_node_span(parser_t *p, pyvm_ast_kind_t kind, const node_t *a, const node_t *b);
void pyvm_parser_end_here(parser_t *p, node_t *n); /* n ends at the last token consumed */

void pyvm_parser_push(parser_t *p, vec_t *v, node_t *n);
pyvm_ast_list_t pyvm_parser_list(const vec_t *v);
pyvm_ast_list_t pyvm_parser_list1(parser_t *p, node_t *n);

/* Errors. All return NULL (typed as node_t *) for `return pyvm_parser_error_...(...)`.
** _tok: at token t as CPython's _PyPegen_raise_error; _last: at the furthest token looked at;
** _node / _span: at a node or from a's start to b's end (CPython's KNOWN_LOCATION/RANGE). */
node_t *pyvm_parser_error_tok(parser_t *p, const token_t *t, pyvm_syntax_error_type_t type,
                              const char *fmt, ...) __attribute__((format(printf, 4, 5)));
node_t *pyvm_parser_error_last(parser_t *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
node_t *pyvm_parser_error_node(parser_t *p, const node_t *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
node_t *pyvm_parser_error_span(parser_t *p, const node_t *a, const node_t *b, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
node_t *pyvm_parser_error_at(parser_t *p, int line, int col, int end_line, int end_col,
                             const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* "invalid syntax" at the furthest token (or "unexpected indent" if that is an INDENT). */
node_t *pyvm_parser_error_generic(parser_t *p);
/* Expects a token of this kind; otherwise the generic error. */
bool pyvm_parser_expect(parser_t *p, int kind);
/* CPython's forced tokens (&&':'): "expected ':'" at the current token. */
bool pyvm_parser_expect_forced(parser_t *p, int kind);

/* Recursion guard: false (with an error) when nesting is too deep; pair with leave(). */
bool pyvm_parser_enter(parser_t *p);
static inline void leave(parser_t *p) { p->depth--; }

/* Speculative parsing: save, try, then restore. reset restores everything (position, furthest
** token, error), for checks CPython makes only in its second, error-reporting pass; backtrack keeps
** the furthest token, as CPython's first pass does when it backtracks. A tokenizer error reached
** while trying counts either way: CPython's lazy tokenizer would have raised it then. */
typedef struct parser_mark {
    size_t pos, fill;
    pyvm_syntax_error_t err;
} parser_mark_t;
void pyvm_parser_mark(parser_t *p, parser_mark_t *m);
void pyvm_parser_reset(parser_t *p, const parser_mark_t *m);
void pyvm_parser_backtrack(parser_t *p, const parser_mark_t *m);

/* ---- parse_expr.c ---- */
node_t *pyvm_parse_expr_expression(parser_t *p);      /* expression (ternary, lambda) */
node_t *pyvm_parse_expr_named(parser_t *p);           /* named_expression (walrus allowed) */
node_t *pyvm_parse_expr_disjunction(parser_t *p);     /* or-test, no ternary */
node_t *pyvm_parse_expr_bitor(parser_t *p);           /* bitwise_or: no comparisons */
node_t *pyvm_parse_expr_star_expressions(parser_t *p); /* star_expressions: tuple if commas */
node_t *pyvm_parse_expr_star_named_list(parser_t *p);  /* star_named_expressions, tuple if commas */
node_t *pyvm_parse_expr_yield(parser_t *p);           /* after checking the 'yield' token */
node_t *pyvm_parse_expr_expressions(parser_t *p);     /* expressions: tuple if commas */
/* star_targets for `for` and comprehensions: bitwise_or items, a tuple if commas; unchecked. */
node_t *pyvm_parse_expr_target_list(parser_t *p);
bool pyvm_parse_expr_starts(int kind); /* can this token start an expression? */
/* `a = b` where an expression was expected (p at '='): reports CPython's "Maybe you meant '=='"
** errors when they apply, and then returns true. */
bool pyvm_parse_expr_assign_typo(parser_t *p, node_t *a);
/* The generator expression of f(x for x in y), elt parsed, p at 'for'; spans from `open`. */
node_t *pyvm_parse_expr_genexp_arg(parser_t *p, const token_t *open, node_t *elt);
/* The "name" of an expression in CPython's messages ("function call", "literal", ...). */
const char *pyvm_parse_expr_name(const node_t *e);
node_t *pyvm_parse_expr_constant(parser_t *p, const token_t *t, pyvm_ast_const_kind_t kind);
node_t *pyvm_parse_expr_atom(parser_t *p); /* NAME, literal, display or parenthesized form */
/* At a '.': consumes it and the NAME after it; returns Attribute(value, NAME, Load) or NULL. */
node_t *pyvm_parse_attribute(parser_t *p, node_t *value);

/* ---- parse_args.c ---- */
/* Call arguments after '(' up to and including ')'; fills call's args and keywords. */
bool pyvm_parse_args_call(parser_t *p, node_t *call);
/* Parameters: of a def (after '(' up to ')', not consumed) or a lambda (up to ':'). */
node_t *pyvm_parse_args_params(parser_t *p, bool lambda);

/* ---- parse_target.c ---- */
/* Turns an expression into a target of context `ctx` (Store or Del) in place, or reports CPython's
** error for the first invalid part. */
bool pyvm_parse_target_set(parser_t *p, node_t *e, pyvm_ast_ctx_t ctx, target_kind_t kind);
/* The first invalid part of a target, as CPython's _PyPegen_get_invalid_target, or NULL. */
node_t *pyvm_parse_target_invalid(node_t *e, target_kind_t kind);

/* ---- parse_stmt.c ---- */
node_t *pyvm_parse_stmt_file(parser_t *p);
node_t *pyvm_parse_stmt_interactive(parser_t *p);

/* ---- parse_pattern.c ---- */
/* The patterns of a case clause (after 'case', up to the guard or ':'). */
node_t *pyvm_parse_pattern_patterns(parser_t *p);

/* ---- strlit.c / fstring.c ---- */
/* A run of adjacent STRING tokens [first, first + count) as one Constant or JoinedStr. */
node_t *pyvm_fstring_concat(parser_t *p, size_t first, size_t count);

/* Decodes the body of one string token (quotes and prefix removed): escapes unless raw, into
** the arena; bytes literals must be ASCII. On error records CPython's error for token t. */
bool pyvm_strlit_decode(parser_t *p, const token_t *t, const char *s, size_t len, bool raw,
                        bool bytes, char **out, size_t *out_len);

/* The token's prefix flags and body. */
typedef struct strlit_info {
    bool raw, bytes, fmt, u;
    const char *body; /* after the opening quotes */
    size_t len;       /* up to the closing quotes */
    int quote_size;
} strlit_info_t;
void pyvm_strlit_info(parser_t *p, const token_t *t, strlit_info_t *info);

#endif

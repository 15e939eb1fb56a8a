/*
** parse_args.c: the two argument lists of the grammar: call arguments (positional, *iterable,
** keyword=, **mapping, a lone generator expression) and parameters of def and lambda
** (positional-only before '/', keyword-only after '*', defaults, annotations), with CPython's
** ordering errors.
*/
#include "pyvm/parser.h"

static node_t *keyword(parser_t *p, const token_t *start, const token_t *name, node_t *value)
{
    node_t *k = pyvm_parser_node(p, PYVM_AST_keyword, start);
    k->v.keyword.arg = name ? pyvm_parser_ident(p, name) : NULL;
    k->v.keyword.value = value;
    return k;
}

/* A positional argument: walrus or expression; '=' after a non-name is CPython's invalid_kwarg. */
static node_t *positional(parser_t *p)
{
    node_t *e = kind0(p) == PYVM_TOK_NAME && kind1(p) == PYVM_TOK_COLONEQUAL
                    ? pyvm_parse_expr_named(p)
                    : pyvm_parse_expr_expression(p);
    if (!e)
        return NULL;
    if (kind0(p) == PYVM_TOK_COLONEQUAL)
        return pyvm_parser_error_generic(p);
    if (kind0(p) == PYVM_TOK_EQUAL) {
        const token_t *eq = cur(p);
        return pyvm_parser_error_at(p, e->lineno, e->col_offset + 1, eq->end_lineno,
                                    eq->end_col + 1,
                                    "expression cannot contain assignment, perhaps you meant "
                                    "\"==\"?");
    }
    return e;
}

/* NAME '=' expression; also True=/False=/None= and `a=x for x in y` (CPython's invalid_kwarg). */
static node_t *keyword_arg(parser_t *p)
{
    const token_t *name = advance(p);
    const token_t *eq = advance(p);
    if (name->kind != PYVM_TOK_NAME) {
        const char *what = pyvm_token_text(name->kind);
        return pyvm_parser_error_at(p, name->lineno, name->col + 1, eq->end_lineno, eq->end_col + 1,
                                    "cannot assign to %s", what);
    }
    node_t *v = pyvm_parse_expr_expression(p);
    if (!v)
        return NULL;
    if (kind0(p) == PYVM_TOK_FOR || (kind0(p) == PYVM_TOK_ASYNC && kind1(p) == PYVM_TOK_FOR))
        return pyvm_parser_error_at(p, name->lineno, name->col + 1, eq->end_lineno,
                                    eq->end_col + 1,
                                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return keyword(p, name, name, v);
}

static bool is_keyword_start(parser_t *p)
{
    int k = kind0(p);
    return (k == PYVM_TOK_NAME || k == PYVM_TOK_TRUE || k == PYVM_TOK_FALSE || k == PYVM_TOK_NONE) &&
           kind1(p) == PYVM_TOK_EQUAL;
}

bool pyvm_parse_args_call(parser_t *p, node_t *call)
{
    const token_t *open = advance(p);
    vec_t args = {0}, kws = {0};
    bool seen_kw = false, seen_dstar = false;
    const char *order_error = NULL;
    bool closed = false;
    while (kind0(p) != PYVM_TOK_RPAR) {
        const token_t *start = cur(p);
        if (kind0(p) == PYVM_TOK_STAR) {
            if (seen_dstar) {
                pyvm_parser_error_last(p, "iterable argument unpacking follows keyword argument "
                                          "unpacking");
                return false;
            }
            advance(p);
            node_t *v = pyvm_parse_expr_expression(p);
            if (!v)
                return false;
            node_t *s = pyvm_parser_node(p, PYVM_AST_Starred, start);
            s->v.Starred.value = v;
            s->v.Starred.ctx = PYVM_AST_Load;
            pyvm_parser_push(p, &args, s);
        } else if (kind0(p) == PYVM_TOK_DOUBLESTAR) {
            advance(p);
            node_t *v = pyvm_parse_expr_expression(p);
            if (!v)
                return false;
            pyvm_parser_push(p, &kws, keyword(p, start, NULL, v));
            seen_kw = seen_dstar = true;
        } else if (is_keyword_start(p)) {
            node_t *k = keyword_arg(p);
            if (!k)
                return false;
            pyvm_parser_push(p, &kws, k);
            seen_kw = true;
        } else {
            node_t *e = positional(p);
            if (!e)
                return false;
            if (kind0(p) == PYVM_TOK_FOR || (kind0(p) == PYVM_TOK_ASYNC && kind1(p) == PYVM_TOK_FOR)) {
                bool alone = args.n == 0 && kws.n == 0;
                node_t *g = pyvm_parse_expr_genexp_arg(p, alone ? open : start, e);
                if (!g)
                    return false;
                if (!alone || kind0(p) != PYVM_TOK_RPAR) {
                    g->lineno = e->lineno;
                    g->col_offset = e->col_offset;
                    return pyvm_parser_error_node(p, g, "Generator expression must be parenthesized");
                }
                advance(p);
                closed = true;
                pyvm_parser_end_here(p, g);
                pyvm_parser_push(p, &args, g);
                break;
            }
            if (seen_kw && !order_error)
                order_error = seen_dstar ? "positional argument follows keyword argument unpacking"
                                         : "positional argument follows keyword argument";
            pyvm_parser_push(p, &args, e);
        }
        if (!accept(p, PYVM_TOK_COMMA))
            break;
    }
    if (!closed && !pyvm_parser_expect(p, PYVM_TOK_RPAR))
        return false;
    if (order_error) {
        pyvm_parser_error_last(p, "%s", order_error);
        return false;
    }
    call->v.Call.args = pyvm_parser_list(&args);
    call->v.Call.keywords = pyvm_parser_list(&kws);
    return true;
}

/* NAME [':' annotation]; a '*args' annotation may be starred (PEP 646). */
static node_t *param(parser_t *p, bool lambda, bool star)
{
    const token_t *name = cur(p);
    if (!pyvm_parser_expect(p, PYVM_TOK_NAME))
        return NULL;
    node_t *ann = NULL;
    if (!lambda && accept(p, PYVM_TOK_COLON)) {
        if (star && kind0(p) == PYVM_TOK_STAR) {
            const token_t *s = advance(p);
            node_t *v = pyvm_parse_expr_expression(p);
            if (!v)
                return NULL;
            ann = pyvm_parser_node(p, PYVM_AST_Starred, s);
            ann->v.Starred.value = v;
            ann->v.Starred.ctx = PYVM_AST_Load;
        } else if (!(ann = pyvm_parse_expr_expression(p))) {
            return NULL;
        }
    }
    node_t *a = pyvm_parser_node(p, PYVM_AST_arg, name);
    a->v.arg.arg = pyvm_parser_ident(p, name);
    a->v.arg.annotation = ann;
    return a;
}

typedef struct params {
    vec_t posonly, args, defaults, kwonly, kw_defaults;
    node_t *vararg, *kwarg;
    int state; /* 0 positional, 1 after '*', 2 after '**' */
    bool seen_slash, seen_default;
} params_t;

static bool slash(parser_t *p, params_t *ps)
{
    const token_t *t = cur(p);
    if (ps->state >= 1)
        return pyvm_parser_error_tok(p, t, PYVM_SYNERR_SYNTAX, "/ must be ahead of *");
    if (ps->seen_slash)
        return pyvm_parser_error_tok(p, t, PYVM_SYNERR_SYNTAX, "/ may appear only once");
    if (ps->args.n == 0) {
        if (peek_quiet(p, 1) == PYVM_TOK_COMMA)
            return pyvm_parser_error_tok(p, t, PYVM_SYNERR_SYNTAX,
                                         "at least one argument must precede /");
        return pyvm_parser_error_generic(p);
    }
    advance(p);
    ps->posonly = ps->args;
    ps->args = (vec_t){0};
    ps->seen_slash = true;
    return true;
}

static bool star(parser_t *p, params_t *ps, bool lambda, int end)
{
    const token_t *t = cur(p);
    if (ps->state >= 1)
        return pyvm_parser_error_tok(p, t, PYVM_SYNERR_SYNTAX, "* argument may appear only once");
    advance(p);
    ps->state = 1;
    if (kind0(p) == PYVM_TOK_NAME) {
        if (!(ps->vararg = param(p, lambda, true)))
            return false;
        if (kind0(p) == PYVM_TOK_EQUAL)
            return pyvm_parser_error_tok(p, cur(p), PYVM_SYNERR_SYNTAX,
                                         "var-positional argument cannot have default value");
        return true;
    }
    if (kind0(p) == end || (kind0(p) == PYVM_TOK_COMMA &&
                            (kind1(p) == end || kind1(p) == PYVM_TOK_DOUBLESTAR))) {
        /* CPython points at the '*' in a def, at the token after it in a lambda */
        if (lambda)
            return pyvm_parser_error_last(p, "named arguments must follow bare *");
        return pyvm_parser_error_tok(p, t, PYVM_SYNERR_SYNTAX, "named arguments must follow bare *");
    }
    if (kind0(p) != PYVM_TOK_COMMA)
        return pyvm_parser_error_generic(p);
    return true;
}

static bool plain(parser_t *p, params_t *ps, bool lambda)
{
    node_t *a = param(p, lambda, false);
    if (!a)
        return false;
    node_t *def = NULL;
    if (accept(p, PYVM_TOK_EQUAL) && !(def = pyvm_parse_expr_expression(p)))
        return false;
    if (ps->state == 0) {
        if (!def && ps->seen_default)
            return pyvm_parser_error_node(p, a, "non-default argument follows default argument");
        pyvm_parser_push(p, &ps->args, a);
        if (def)
            pyvm_parser_push(p, &ps->defaults, def);
        ps->seen_default |= def != NULL;
    } else {
        pyvm_parser_push(p, &ps->kwonly, a);
        pyvm_parser_push(p, &ps->kw_defaults, def);
    }
    return true;
}

node_t *pyvm_parse_args_params(parser_t *p, bool lambda)
{
    const token_t *start = cur(p);
    int end = lambda ? PYVM_TOK_COLON : PYVM_TOK_RPAR;
    params_t ps = {0};
    while (kind0(p) != end) {
        if (ps.state == 2) {
            if (kind0(p) == PYVM_TOK_NAME)
                return pyvm_parser_error_tok(p, cur(p), PYVM_SYNERR_SYNTAX,
                                             "arguments cannot follow var-keyword argument");
            return pyvm_parser_error_generic(p);
        }
        bool ok;
        if (kind0(p) == PYVM_TOK_SLASH) {
            ok = slash(p, &ps);
        } else if (kind0(p) == PYVM_TOK_STAR) {
            ok = star(p, &ps, lambda, end);
        } else if (kind0(p) == PYVM_TOK_DOUBLESTAR) {
            advance(p);
            ok = (ps.kwarg = param(p, lambda, false)) != NULL;
            if (ok && kind0(p) == PYVM_TOK_EQUAL)
                return pyvm_parser_error_tok(p, cur(p), PYVM_SYNERR_SYNTAX,
                                             "var-keyword argument cannot have default value");
            ps.state = 2;
        } else {
            ok = plain(p, &ps, lambda);
        }
        if (!ok)
            return NULL;
        if (!accept(p, PYVM_TOK_COMMA))
            break;
    }
    node_t *n = pyvm_parser_node(p, PYVM_AST_arguments, start);
    n->v.arguments.posonlyargs = pyvm_parser_list(&ps.posonly);
    n->v.arguments.args = pyvm_parser_list(&ps.args);
    n->v.arguments.vararg = ps.vararg;
    n->v.arguments.kwonlyargs = pyvm_parser_list(&ps.kwonly);
    n->v.arguments.kw_defaults = pyvm_parser_list(&ps.kw_defaults);
    n->v.arguments.kwarg = ps.kwarg;
    n->v.arguments.defaults = pyvm_parser_list(&ps.defaults);
    return n;
}

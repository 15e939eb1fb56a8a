/*
** parse_expr.c: Python 3.11 expressions by recursive descent, binary operators by precedence
** climbing. Grammar levels, loosest first: star_expressions > named_expression > expression
** (ternary, lambda) > disjunction > conjunction > inversion > comparison > bitwise_or .. term
** (climbing) > factor (unary) > power > await > primary (trailers) > atom.
** Several of CPython's second-pass diagnostics are checked where the construct is parsed:
** "Perhaps you forgot a comma?", "Missing parentheses in call to 'print'", walrus misuse, '='
** written for '==', starred or comprehension misuse inside displays.
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "pyvm/parser.h"

static node_t *atom(parser_t *p);
static node_t *comprehension_clauses(parser_t *p, pyvm_ast_list_t *out);
static node_t *walrus_after(parser_t *p, node_t *target);

bool pyvm_parse_expr_starts(int kind)
{
    switch (kind) {
    case PYVM_TOK_NAME: case PYVM_TOK_NUMBER: case PYVM_TOK_STRING: case PYVM_TOK_LPAR:
    case PYVM_TOK_LSQB: case PYVM_TOK_LBRACE: case PYVM_TOK_MINUS: case PYVM_TOK_PLUS:
    case PYVM_TOK_TILDE: case PYVM_TOK_NOT: case PYVM_TOK_LAMBDA: case PYVM_TOK_AWAIT:
    case PYVM_TOK_ELLIPSIS: case PYVM_TOK_NONE: case PYVM_TOK_TRUE: case PYVM_TOK_FALSE:
        return true;
    default:
        return false;
    }
}

const char *pyvm_parse_expr_name(const node_t *e)
{
    switch (e->kind) {
    case PYVM_AST_Attribute: return "attribute";
    case PYVM_AST_Subscript: return "subscript";
    case PYVM_AST_Starred: return "starred";
    case PYVM_AST_Name: return "name";
    case PYVM_AST_List: return "list";
    case PYVM_AST_Tuple: return "tuple";
    case PYVM_AST_Lambda: return "lambda";
    case PYVM_AST_Call: return "function call";
    case PYVM_AST_BoolOp: case PYVM_AST_BinOp: case PYVM_AST_UnaryOp: return "expression";
    case PYVM_AST_GeneratorExp: return "generator expression";
    case PYVM_AST_Yield: case PYVM_AST_YieldFrom: return "yield expression";
    case PYVM_AST_Await: return "await expression";
    case PYVM_AST_ListComp: return "list comprehension";
    case PYVM_AST_SetComp: return "set comprehension";
    case PYVM_AST_DictComp: return "dict comprehension";
    case PYVM_AST_Dict: return "dict literal";
    case PYVM_AST_Set: return "set display";
    case PYVM_AST_JoinedStr: case PYVM_AST_FormattedValue: return "f-string expression";
    case PYVM_AST_Compare: return "comparison";
    case PYVM_AST_IfExp: return "conditional expression";
    case PYVM_AST_NamedExpr: return "named expression";
    case PYVM_AST_Constant:
        switch (e->v.Constant.value.kind) {
        case PYVM_CONST_NONE: return "None";
        case PYVM_CONST_TRUE: return "True";
        case PYVM_CONST_FALSE: return "False";
        case PYVM_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

node_t *pyvm_parse_expr_constant(parser_t *p, const token_t *t, pyvm_ast_const_kind_t kind)
{
    node_t *n = pyvm_parser_node(p, PYVM_AST_Constant, t);
    n->v.Constant.value.kind = (uint8_t)kind;
    return n;
}

static node_t *name_node(parser_t *p, const token_t *t, pyvm_ast_ctx_t ctx)
{
    node_t *n = pyvm_parser_node(p, PYVM_AST_Name, t);
    n->v.Name.id = pyvm_parser_ident(p, t);
    n->v.Name.ctx = (uint8_t)ctx;
    return n;
}

/* A NUMBER token's value: int (int64 or digit string), float or imaginary. */
static node_t *number(parser_t *p, const token_t *t)
{
    const char *s = p->src + t->start;
    size_t len = t->end - t->start;
    char *text = rt_arena_alloc(p->arena, len + 1), *q = text;
    for (size_t i = 0; i < len; i++)
        if (s[i] != '_')
            *q++ = s[i];
    *q = '\0';
    size_t n = (size_t)(q - text);
    node_t *c = pyvm_parser_node(p, PYVM_AST_Constant, t);
    pyvm_ast_const_t *v = &c->v.Constant.value;
    int base = 10;
    const char *digits = text;
    if (n > 1 && text[0] == '0' && strchr("xXoObB", text[1])) {
        base = (text[1] | 0x20) == 'x' ? 16 : (text[1] | 0x20) == 'o' ? 8 : 2;
        digits = text + 2;
    } else if (text[n - 1] == 'j' || text[n - 1] == 'J') {
        text[n - 1] = '\0';
        v->kind = PYVM_CONST_COMPLEX;
        v->u.f = strtod(text, NULL);
        return c;
    } else if (strpbrk(text, ".eE")) {
        v->kind = PYVM_CONST_FLOAT;
        v->u.f = strtod(text, NULL);
        return c;
    }
    uint64_t acc = 0;
    bool big = false;
    for (const char *d = digits; *d; d++) {
        unsigned dv = (unsigned)(*d <= '9' ? *d - '0' : (*d | 0x20) - 'a' + 10);
        if (acc > (UINT64_MAX - dv) / (unsigned)base) {
            big = true;
            break;
        }
        acc = acc * (unsigned)base + dv;
    }
    if (big || acc > INT64_MAX) {
        v->kind = PYVM_CONST_BIGINT;
        v->base = (uint8_t)base;
        v->u.s = digits;
        v->len = strlen(digits);
    } else {
        v->kind = PYVM_CONST_INT;
        v->u.i = (int64_t)acc;
    }
    return c;
}

/* '*' bitwise_or, or the given element parser. */
static node_t *starred_or(parser_t *p, node_t *(*elem)(parser_t *))
{
    if (kind0(p) != PYVM_TOK_STAR)
        return elem(p);
    const token_t *t = advance(p);
    node_t *v = pyvm_parse_expr_bitor(p);
    if (!v)
        return NULL;
    node_t *n = pyvm_parser_node(p, PYVM_AST_Starred, t);
    n->v.Starred.value = v;
    n->v.Starred.ctx = PYVM_AST_Load;
    return n;
}

static node_t *star_named(parser_t *p) { return starred_or(p, pyvm_parse_expr_named); }
static node_t *star_expression(parser_t *p)
{
    return starred_or(p, pyvm_parse_expr_expression);
}
static node_t *star_target_item(parser_t *p) { return starred_or(p, pyvm_parse_expr_bitor); }

/* elem (',' elem)* [','] as a Tuple when there is a comma, else the single element. */
static node_t *comma_list(parser_t *p, node_t *(*elem)(parser_t *))
{
    node_t *first = elem(p);
    if (!first || kind0(p) != PYVM_TOK_COMMA)
        return first;
    vec_t v = {0};
    pyvm_parser_push(p, &v, first);
    while (accept(p, PYVM_TOK_COMMA)) {
        if (!pyvm_parse_expr_starts(kind0(p)) && kind0(p) != PYVM_TOK_STAR)
            break;
        node_t *e = elem(p);
        if (!e)
            return NULL;
        pyvm_parser_push(p, &v, e);
    }
    node_t *t = pyvm_parser_node_span(p, PYVM_AST_Tuple, first, first);
    pyvm_parser_end_here(p, t);
    t->v.Tuple.elts = pyvm_parser_list(&v);
    t->v.Tuple.ctx = PYVM_AST_Load;
    return t;
}

node_t *pyvm_parse_expr_star_expressions(parser_t *p) { return comma_list(p, star_expression); }
node_t *pyvm_parse_expr_star_named_list(parser_t *p) { return comma_list(p, star_named); }
node_t *pyvm_parse_expr_expressions(parser_t *p)
{
    return comma_list(p, pyvm_parse_expr_expression);
}
node_t *pyvm_parse_expr_target_list(parser_t *p) { return comma_list(p, star_target_item); }

node_t *pyvm_parse_expr_yield(parser_t *p)
{
    const token_t *t = advance(p);
    if (accept(p, PYVM_TOK_FROM)) {
        node_t *v = pyvm_parse_expr_expression(p);
        if (!v)
            return NULL;
        node_t *n = pyvm_parser_node(p, PYVM_AST_YieldFrom, t);
        n->v.YieldFrom.value = v;
        return n;
    }
    node_t *v = NULL;
    if (pyvm_parse_expr_starts(kind0(p)) || kind0(p) == PYVM_TOK_STAR) {
        if (!(v = pyvm_parse_expr_star_expressions(p)))
            return NULL;
    }
    node_t *n = pyvm_parser_node(p, PYVM_AST_Yield, t);
    n->v.Yield.value = v;
    return n;
}

/* ---- atoms ---- */

static node_t *finish_seq(parser_t *p, pyvm_ast_kind_t kind, const token_t *open, vec_t *v)
{
    node_t *n = pyvm_parser_node(p, kind, open);
    if (kind == PYVM_AST_Set) {
        n->v.Set.elts = pyvm_parser_list(v);
    } else if (kind == PYVM_AST_List) {
        n->v.List.elts = pyvm_parser_list(v);
        n->v.List.ctx = PYVM_AST_Load;
    } else {
        n->v.Tuple.elts = pyvm_parser_list(v);
        n->v.Tuple.ctx = PYVM_AST_Load;
    }
    return n;
}

static node_t *comprehension(parser_t *p, pyvm_ast_kind_t kind, const token_t *open, node_t *elt,
                             int close)
{
    if (elt->kind == PYVM_AST_Starred)
        return pyvm_parser_error_node(p, elt, "iterable unpacking cannot be used in comprehension");
    pyvm_ast_list_t gens;
    if (!comprehension_clauses(p, &gens) || !pyvm_parser_expect(p, close))
        return NULL;
    node_t *n = pyvm_parser_node(p, kind, open);
    n->v.ListComp.elt = elt; /* ListComp, SetComp and GeneratorExp share their layout */
    n->v.ListComp.generators = gens;
    return n;
}

static bool starts_for(parser_t *p)
{
    return kind0(p) == PYVM_TOK_FOR || (kind0(p) == PYVM_TOK_ASYNC && kind1(p) == PYVM_TOK_FOR);
}

/* Elements after the first of a list, tuple or set display, up to `close` (consumed). */
static bool display_rest(parser_t *p, vec_t *v, int close)
{
    while (accept(p, PYVM_TOK_COMMA)) {
        if (kind0(p) == close)
            break;
        node_t *e = star_named(p);
        if (!e)
            return false;
        pyvm_parser_push(p, v, e);
    }
    if (starts_for(p) && v->n > 1) {
        /* CPython: "[a, b for ...]" */
        node_t *last = v->v[v->n - 1];
        return pyvm_parser_error_span(p, v->v[0], last,
                                      "did you forget parentheses around the comprehension target?");
    }
    return pyvm_parser_expect(p, close);
}

static node_t *paren(parser_t *p)
{
    const token_t *open = advance(p);
    vec_t v = {0};
    if (accept(p, PYVM_TOK_RPAR)) {
        node_t *t = finish_seq(p, PYVM_AST_Tuple, open, &v);
        t->flags |= PYVM_AST_PARENS;
        return t;
    }
    if (kind0(p) == PYVM_TOK_YIELD) {
        node_t *y = pyvm_parse_expr_yield(p);
        if (!y || !pyvm_parser_expect(p, PYVM_TOK_RPAR))
            return NULL;
        y->flags |= PYVM_AST_PARENS;
        return y;
    }
    node_t *first = star_named(p);
    if (!first)
        return NULL;
    if (starts_for(p))
        return comprehension(p, PYVM_AST_GeneratorExp, open, first, PYVM_TOK_RPAR);
    if (kind0(p) == PYVM_TOK_COMMA) {
        pyvm_parser_push(p, &v, first);
        if (!display_rest(p, &v, PYVM_TOK_RPAR))
            return NULL;
        node_t *t = finish_seq(p, PYVM_AST_Tuple, open, &v);
        t->flags |= PYVM_AST_PARENS;
        return t;
    }
    if (first->kind == PYVM_AST_Starred && kind0(p) == PYVM_TOK_RPAR)
        return pyvm_parser_error_node(p, first, "cannot use starred expression here");
    if (!pyvm_parser_expect(p, PYVM_TOK_RPAR))
        return NULL;
    first->flags |= PYVM_AST_PARENS;
    return first;
}

static node_t *list(parser_t *p)
{
    const token_t *open = advance(p);
    vec_t v = {0};
    if (accept(p, PYVM_TOK_RSQB))
        return finish_seq(p, PYVM_AST_List, open, &v);
    node_t *first = star_named(p);
    if (!first)
        return NULL;
    if (starts_for(p))
        return comprehension(p, PYVM_AST_ListComp, open, first, PYVM_TOK_RSQB);
    pyvm_parser_push(p, &v, first);
    if (!display_rest(p, &v, PYVM_TOK_RSQB))
        return NULL;
    return finish_seq(p, PYVM_AST_List, open, &v);
}

/* One dict item: '**' bitwise_or (key NULL) or key ':' value. */
static bool dict_item(parser_t *p, vec_t *keys, vec_t *values, bool after_comma, node_t *k)
{
    if (!k && accept(p, PYVM_TOK_DOUBLESTAR)) {
        node_t *v = pyvm_parse_expr_bitor(p);
        if (!v)
            return false;
        pyvm_parser_push(p, keys, NULL);
        pyvm_parser_push(p, values, v);
        return true;
    }
    if (!k && !(k = pyvm_parse_expr_expression(p)))
        return false;
    if (!accept(p, PYVM_TOK_COLON)) {
        if (after_comma && kind0(p) != PYVM_TOK_ERRORTOKEN)
            return pyvm_parser_error_at(p, k->lineno, k->end_col_offset, k->end_lineno, 0,
                                        "':' expected after dictionary key");
        return pyvm_parser_error_generic(p);
    }
    if (kind0(p) == PYVM_TOK_STAR) {
        const token_t *star = cur(p);
        advance(p);
        if (pyvm_parse_expr_bitor(p))
            pyvm_parser_error_at(p, star->lineno, star->col + 1, p->tv[p->fill - 1].end_lineno,
                                 p->tv[p->fill - 1].end_col,
                                 "cannot use a starred expression in a dictionary value");
        return false;
    }
    if (kind0(p) == PYVM_TOK_RBRACE || kind0(p) == PYVM_TOK_COMMA) {
        const token_t *colon = prev(p);
        return pyvm_parser_error_at(p, colon->lineno, colon->col + 1, colon->end_lineno,
                                    colon->end_col + 1,
                                    "expression expected after dictionary key and ':'");
    }
    node_t *v = pyvm_parse_expr_expression(p);
    if (!v)
        return false;
    pyvm_parser_push(p, keys, k);
    pyvm_parser_push(p, values, v);
    return true;
}

static node_t *dict_node(parser_t *p, const token_t *open, vec_t *keys, vec_t *values)
{
    node_t *n = pyvm_parser_node(p, PYVM_AST_Dict, open);
    n->v.Dict.keys = pyvm_parser_list(keys);
    n->v.Dict.values = pyvm_parser_list(values);
    return n;
}

static node_t *dict_rest(parser_t *p, const token_t *open, vec_t *keys, vec_t *values)
{
    if (keys->n == 1 && keys->v[0] && starts_for(p)) {
        pyvm_ast_list_t gens;
        if (!comprehension_clauses(p, &gens) || !pyvm_parser_expect(p, PYVM_TOK_RBRACE))
            return NULL;
        node_t *n = pyvm_parser_node(p, PYVM_AST_DictComp, open);
        n->v.DictComp.key = keys->v[0];
        n->v.DictComp.value = values->v[0];
        n->v.DictComp.generators = gens;
        return n;
    }
    while (accept(p, PYVM_TOK_COMMA)) {
        if (kind0(p) == PYVM_TOK_RBRACE)
            break;
        if (!dict_item(p, keys, values, true, NULL))
            return NULL;
    }
    if (!pyvm_parser_expect(p, PYVM_TOK_RBRACE))
        return NULL;
    return dict_node(p, open, keys, values);
}

static node_t *brace(parser_t *p)
{
    const token_t *open = advance(p);
    vec_t keys = {0}, values = {0}, elts = {0};
    if (accept(p, PYVM_TOK_RBRACE))
        return dict_node(p, open, &keys, &values);
    if (kind0(p) == PYVM_TOK_DOUBLESTAR) {
        if (!dict_item(p, &keys, &values, false, NULL))
            return NULL;
        return dict_rest(p, open, &keys, &values);
    }
    node_t *first;
    if (kind0(p) == PYVM_TOK_STAR) {
        first = star_named(p);
    } else {
        /* One parse decides: a key is followed by ':', a set element may be a walrus. */
        if (!(first = pyvm_parse_expr_expression(p)))
            return NULL;
        if (kind0(p) == PYVM_TOK_COLON) {
            if (!dict_item(p, &keys, &values, false, first))
                return NULL;
            return dict_rest(p, open, &keys, &values);
        }
        if (kind0(p) == PYVM_TOK_COLONEQUAL)
            first = walrus_after(p, first);
        else if (pyvm_parse_expr_assign_typo(p, first))
            return NULL;
    }
    if (!first)
        return NULL;
    if (starts_for(p))
        return comprehension(p, PYVM_AST_SetComp, open, first, PYVM_TOK_RBRACE);
    pyvm_parser_push(p, &elts, first);
    if (!display_rest(p, &elts, PYVM_TOK_RBRACE))
        return NULL;
    return finish_seq(p, PYVM_AST_Set, open, &elts);
}

/* `target := value` once target is parsed (p at ':='): only a plain name may be bound. */
static node_t *walrus_after(parser_t *p, node_t *target)
{
    if (target->kind != PYVM_AST_Name || (target->flags & PYVM_AST_PARENS))
        return pyvm_parser_error_node(p, target, "cannot use assignment expressions with %s",
                                      pyvm_parse_expr_name(target));
    advance(p);
    node_t *value = pyvm_parse_expr_expression(p);
    if (!value)
        return NULL;
    target->v.Name.ctx = PYVM_AST_Store;
    node_t *n = pyvm_parser_node_span(p, PYVM_AST_NamedExpr, target, value);
    n->v.NamedExpr.target = target;
    n->v.NamedExpr.value = value;
    return n;
}

static node_t *strings(parser_t *p)
{
    size_t first = p->pos;
    while (kind0(p) == PYVM_TOK_STRING)
        advance(p);
    return pyvm_fstring_concat(p, first, p->pos - first);
}

static node_t *atom(parser_t *p)
{
    const token_t *t = cur(p);
    switch (t->kind) {
    case PYVM_TOK_NAME: advance(p); return name_node(p, t, PYVM_AST_Load);
    case PYVM_TOK_NUMBER: advance(p); return number(p, t);
    case PYVM_TOK_STRING: return strings(p);
    case PYVM_TOK_NONE: advance(p); return pyvm_parse_expr_constant(p, t, PYVM_CONST_NONE);
    case PYVM_TOK_TRUE: advance(p); return pyvm_parse_expr_constant(p, t, PYVM_CONST_TRUE);
    case PYVM_TOK_FALSE: advance(p); return pyvm_parse_expr_constant(p, t, PYVM_CONST_FALSE);
    case PYVM_TOK_ELLIPSIS:
        advance(p);
        return pyvm_parse_expr_constant(p, t, PYVM_CONST_ELLIPSIS);
    case PYVM_TOK_LPAR: return paren(p);
    case PYVM_TOK_LSQB: return list(p);
    case PYVM_TOK_LBRACE: return brace(p);
    default: return pyvm_parser_error_generic(p);
    }
}

node_t *pyvm_parse_attribute(parser_t *p, node_t *value)
{
    advance(p);
    const token_t *name = cur(p);
    if (!pyvm_parser_expect(p, PYVM_TOK_NAME))
        return NULL;
    node_t *a = pyvm_parser_node_span(p, PYVM_AST_Attribute, value, value);
    pyvm_parser_end_here(p, a);
    a->v.Attribute.value = value;
    a->v.Attribute.attr = pyvm_parser_ident(p, name);
    a->v.Attribute.ctx = PYVM_AST_Load;
    return a;
}

node_t *pyvm_parse_expr_atom(parser_t *p) { return atom(p); }

/* ---- trailers ---- */

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static node_t *slice(parser_t *p)
{
    const token_t *start = cur(p);
    node_t *parts[3] = {NULL, NULL, NULL};
    if (kind0(p) != PYVM_TOK_COLON) {
        if (kind0(p) == PYVM_TOK_STAR)
            return star_named(p);
        node_t *e = pyvm_parse_expr_named(p);
        if (!e || kind0(p) != PYVM_TOK_COLON)
            return e;
        parts[0] = e;
    }
    for (int i = 1; i < 3 && accept(p, PYVM_TOK_COLON); i++) {
        int k = kind0(p);
        if (k != PYVM_TOK_COLON && k != PYVM_TOK_COMMA && k != PYVM_TOK_RSQB &&
            !(parts[i] = pyvm_parse_expr_expression(p)))
            return NULL;
    }
    node_t *n = pyvm_parser_node(p, PYVM_AST_Slice, start);
    n->v.Slice.lower = parts[0];
    n->v.Slice.upper = parts[1];
    n->v.Slice.step = parts[2];
    return n;
}

static node_t *subscript(parser_t *p, node_t *value)
{
    advance(p);
    const token_t *start = cur(p);
    node_t *first = slice(p);
    if (!first)
        return NULL;
    node_t *index = first;
    if (kind0(p) == PYVM_TOK_COMMA || first->kind == PYVM_AST_Starred) { /* a[*b] is a tuple */
        vec_t v = {0};
        pyvm_parser_push(p, &v, first);
        while (accept(p, PYVM_TOK_COMMA) && kind0(p) != PYVM_TOK_RSQB) {
            node_t *e = slice(p);
            if (!e)
                return NULL;
            pyvm_parser_push(p, &v, e);
        }
        index = finish_seq(p, PYVM_AST_Tuple, start, &v);
    }
    if (!pyvm_parser_expect(p, PYVM_TOK_RSQB))
        return NULL;
    node_t *n = pyvm_parser_node_span(p, PYVM_AST_Subscript, value, value);
    pyvm_parser_end_here(p, n);
    n->v.Subscript.value = value;
    n->v.Subscript.slice = index;
    n->v.Subscript.ctx = PYVM_AST_Load;
    return n;
}

static node_t *primary(parser_t *p)
{
    node_t *e = atom(p);
    while (e) {
        int k = kind0(p);
        if (k == PYVM_TOK_DOT) {
            e = pyvm_parse_attribute(p, e);
            if (!e)
                return NULL;
        } else if (k == PYVM_TOK_LPAR) {
            node_t *c = pyvm_parser_node_span(p, PYVM_AST_Call, e, e);
            c->v.Call.func = e;
            if (!pyvm_parse_args_call(p, c))
                return NULL;
            pyvm_parser_end_here(p, c);
            e = c;
        } else if (k == PYVM_TOK_LSQB) {
            e = subscript(p, e);
        } else {
            break;
        }
    }
    return e;
}

/* power: ['await'] primary ['**' factor] */
static node_t *factor(parser_t *p);
static node_t *power(parser_t *p)
{
    node_t *e;
    if (kind0(p) == PYVM_TOK_AWAIT) {
        const token_t *t = advance(p);
        node_t *v = primary(p);
        if (!v)
            return NULL;
        e = pyvm_parser_node(p, PYVM_AST_Await, t);
        e->v.Await.value = v;
    } else {
        e = primary(p);
    }
    if (!e || kind0(p) != PYVM_TOK_DOUBLESTAR)
        return e;
    advance(p);
    node_t *r = factor(p);
    if (!r)
        return NULL;
    node_t *b = pyvm_parser_node_span(p, PYVM_AST_BinOp, e, r);
    b->v.BinOp.left = e;
    b->v.BinOp.op = PYVM_AST_Pow;
    b->v.BinOp.right = r;
    return b;
}

static node_t *factor(parser_t *p)
{
    int k = kind0(p), op;
    if (k == PYVM_TOK_PLUS)
        op = PYVM_AST_UAdd;
    else if (k == PYVM_TOK_MINUS)
        op = PYVM_AST_USub;
    else if (k == PYVM_TOK_TILDE)
        op = PYVM_AST_Invert;
    else
        return power(p);
    const token_t *t = advance(p);
    if (!pyvm_parser_enter(p))
        return NULL;
    node_t *v = factor(p);
    leave(p);
    if (!v)
        return NULL;
    node_t *n = pyvm_parser_node(p, PYVM_AST_UnaryOp, t);
    n->v.UnaryOp.op = (uint8_t)op;
    n->v.UnaryOp.operand = v;
    return n;
}

/* Binary operators from bitwise_or (1) to term (6). */
static int binop(int kind, int *prec)
{
    static const struct {
        uint8_t tok, op, prec;
    } ops[] = {
        {PYVM_TOK_VBAR, PYVM_AST_BitOr, 1},         {PYVM_TOK_CIRCUMFLEX, PYVM_AST_BitXor, 2},
        {PYVM_TOK_AMPER, PYVM_AST_BitAnd, 3},       {PYVM_TOK_LEFTSHIFT, PYVM_AST_LShift, 4},
        {PYVM_TOK_RIGHTSHIFT, PYVM_AST_RShift, 4},  {PYVM_TOK_PLUS, PYVM_AST_Add, 5},
        {PYVM_TOK_MINUS, PYVM_AST_Sub, 5},          {PYVM_TOK_STAR, PYVM_AST_Mult, 6},
        {PYVM_TOK_SLASH, PYVM_AST_Div, 6},          {PYVM_TOK_DOUBLESLASH, PYVM_AST_FloorDiv, 6},
        {PYVM_TOK_PERCENT, PYVM_AST_Mod, 6},        {PYVM_TOK_AT, PYVM_AST_MatMult, 6},
    };
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
        if (ops[i].tok == kind) {
            *prec = ops[i].prec;
            return ops[i].op;
        }
    return -1;
}

static node_t *binary(parser_t *p, int min_prec)
{
    node_t *left = factor(p);
    int prec, op;
    while (left && (op = binop(kind0(p), &prec)) >= 0 && prec >= min_prec) {
        advance(p);
        node_t *right = binary(p, prec + 1);
        if (!right)
            return NULL;
        node_t *b = pyvm_parser_node_span(p, PYVM_AST_BinOp, left, right);
        b->v.BinOp.left = left;
        b->v.BinOp.op = (uint8_t)op;
        b->v.BinOp.right = right;
        left = b;
    }
    return left;
}

node_t *pyvm_parse_expr_bitor(parser_t *p) { return binary(p, 1); }

static int cmpop(parser_t *p, int *ntoks)
{
    *ntoks = 1;
    switch (kind0(p)) {
    case PYVM_TOK_EQEQUAL: return PYVM_AST_Eq;
    case PYVM_TOK_NOTEQUAL: return PYVM_AST_NotEq;
    case PYVM_TOK_LESS: return PYVM_AST_Lt;
    case PYVM_TOK_LESSEQUAL: return PYVM_AST_LtE;
    case PYVM_TOK_GREATER: return PYVM_AST_Gt;
    case PYVM_TOK_GREATEREQUAL: return PYVM_AST_GtE;
    case PYVM_TOK_IN: return PYVM_AST_In;
    case PYVM_TOK_NOT:
        *ntoks = 2;
        return kind1(p) == PYVM_TOK_IN ? PYVM_AST_NotIn : -1;
    case PYVM_TOK_IS:
        if (kind1(p) == PYVM_TOK_NOT) {
            *ntoks = 2;
            return PYVM_AST_IsNot;
        }
        return PYVM_AST_Is;
    default: return -1;
    }
}

static node_t *comparison(parser_t *p)
{
    node_t *left = pyvm_parse_expr_bitor(p);
    int n, op;
    if (!left || (op = cmpop(p, &n)) < 0)
        return left;
    vec_t comparators = {0};
    uint8_t *ops = NULL;
    int nops = 0;
    while ((op = cmpop(p, &n)) >= 0) {
        p->pos += (size_t)n;
        node_t *r = pyvm_parse_expr_bitor(p);
        if (!r)
            return NULL;
        ops = rt_arena_grow(p->arena, ops, (size_t)nops, (size_t)nops + 1);
        ops[nops++] = (uint8_t)op;
        pyvm_parser_push(p, &comparators, r);
    }
    node_t *c = pyvm_parser_node_span(p, PYVM_AST_Compare, left, comparators.v[comparators.n - 1]);
    c->v.Compare.left = left;
    c->v.Compare.ops = (pyvm_ast_cmpops_t){ops, nops};
    c->v.Compare.comparators = pyvm_parser_list(&comparators);
    return c;
}

static node_t *inversion(parser_t *p)
{
    if (kind0(p) != PYVM_TOK_NOT)
        return comparison(p);
    const token_t *t = advance(p);
    if (!pyvm_parser_enter(p))
        return NULL;
    node_t *v = inversion(p);
    leave(p);
    if (!v)
        return NULL;
    node_t *n = pyvm_parser_node(p, PYVM_AST_UnaryOp, t);
    n->v.UnaryOp.op = PYVM_AST_Not;
    n->v.UnaryOp.operand = v;
    return n;
}

/* conjunction / disjunction: one BoolOp with all operands. */
static node_t *boolop(parser_t *p, int tok, pyvm_ast_boolop_t op, node_t *(*operand)(parser_t *))
{
    node_t *first = operand(p);
    if (!first || kind0(p) != tok)
        return first;
    vec_t v = {0};
    pyvm_parser_push(p, &v, first);
    while (accept(p, tok)) {
        node_t *e = operand(p);
        if (!e)
            return NULL;
        pyvm_parser_push(p, &v, e);
    }
    node_t *n = pyvm_parser_node_span(p, PYVM_AST_BoolOp, first, v.v[v.n - 1]);
    n->v.BoolOp.op = (uint8_t)op;
    n->v.BoolOp.values = pyvm_parser_list(&v);
    return n;
}

static node_t *conjunction(parser_t *p) { return boolop(p, PYVM_TOK_AND, PYVM_AST_And, inversion); }
node_t *pyvm_parse_expr_disjunction(parser_t *p)
{
    return boolop(p, PYVM_TOK_OR, PYVM_AST_Or, conjunction);
}

static bool is_legacy_name(parser_t *p, const node_t *a)
{
    return a->kind == PYVM_AST_Name && !(a->flags & PYVM_AST_PARENS) &&
           (!strcmp(a->v.Name.id, "print") || !strcmp(a->v.Name.id, "exec"));
}

/* CPython's invalid_expression: a complete disjunction directly followed by another expression
** inside brackets is a missing comma; `print x` is a Python 2 print statement. */
static void juxtaposed(parser_t *p, const token_t *start, node_t *a)
{
    if (!pyvm_parse_expr_starts(kind0(p)) || failed(p) || p->plain)
        return;
    bool legacy = is_legacy_name(p, a);
    if (!legacy && (pyvm_parser_is_name(p, start, "match") || pyvm_parser_is_name(p, start, "case") ||
                    pyvm_parser_is_name(p, start, "_") ||
                    (start->kind == PYVM_TOK_NAME && tok_at(p, (size_t)(start - p->tv) + 1)->kind == PYVM_TOK_STRING)))
        return;
    parser_mark_t m;
    pyvm_parser_mark(p, &m);
    p->plain++;
    node_t *b = legacy ? pyvm_parse_expr_star_expressions(p) : pyvm_parse_expr_expression(p);
    p->plain--;
    bool ok = b && !failed(p);
    int level = prev(p)->level;
    pyvm_parser_reset(p, &m);
    if (!ok)
        return;
    if (legacy)
        pyvm_parser_error_span(p, a, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                               a->v.Name.id, a->v.Name.id);
    else if (level)
        pyvm_parser_error_span(p, a, b, "invalid syntax. Perhaps you forgot a comma?");
}

static node_t *lambda(parser_t *p)
{
    const token_t *t = advance(p);
    node_t *args = pyvm_parse_args_params(p, true);
    if (!args || !pyvm_parser_expect(p, PYVM_TOK_COLON))
        return NULL;
    node_t *body = pyvm_parse_expr_expression(p);
    if (!body)
        return NULL;
    node_t *n = pyvm_parser_node(p, PYVM_AST_Lambda, t);
    n->v.Lambda.args = args;
    n->v.Lambda.body = body;
    return n;
}

static node_t *expression(parser_t *p)
{
    if (kind0(p) == PYVM_TOK_LAMBDA)
        return lambda(p);
    const token_t *start = cur(p);
    node_t *body = pyvm_parse_expr_disjunction(p);
    if (!body)
        return NULL;
    if (kind0(p) != PYVM_TOK_IF) {
        juxtaposed(p, start, body);
        return failed(p) ? NULL : body;
    }
    advance(p);
    node_t *test = pyvm_parse_expr_disjunction(p);
    if (!test)
        return NULL;
    if (!accept(p, PYVM_TOK_ELSE)) {
        if (kind0(p) == PYVM_TOK_COLON || kind0(p) == PYVM_TOK_ERRORTOKEN)
            return pyvm_parser_error_generic(p);
        return pyvm_parser_error_span(p, body, test, "expected 'else' after 'if' expression");
    }
    node_t *orelse = pyvm_parse_expr_expression(p);
    if (!orelse)
        return NULL;
    node_t *n = pyvm_parser_node_span(p, PYVM_AST_IfExp, body, orelse);
    n->v.IfExp.test = test;
    n->v.IfExp.body = body;
    n->v.IfExp.orelse = orelse;
    return n;
}

node_t *pyvm_parse_expr_expression(parser_t *p)
{
    if (!pyvm_parser_enter(p))
        return NULL;
    node_t *e = expression(p);
    leave(p);
    return e;
}

/* Could `a` be the bitwise_or of CPython's invalid_named_expression, not excluded by its
** !(list|tuple|genexp|True|None|False) lookahead? */
static bool assignable_looking(const node_t *a)
{
    if (a->flags & PYVM_AST_PARENS)
        return a->kind != PYVM_AST_Tuple && a->kind != PYVM_AST_GeneratorExp;
    switch (a->kind) {
    case PYVM_AST_Compare: case PYVM_AST_BoolOp: case PYVM_AST_IfExp: case PYVM_AST_Lambda:
    case PYVM_AST_NamedExpr: case PYVM_AST_Starred: case PYVM_AST_Yield: case PYVM_AST_YieldFrom:
    case PYVM_AST_Tuple: case PYVM_AST_List: case PYVM_AST_GeneratorExp:
        return false;
    case PYVM_AST_UnaryOp: return a->v.UnaryOp.op != PYVM_AST_Not;
    case PYVM_AST_Constant: {
        int k = a->v.Constant.value.kind;
        return k != PYVM_CONST_TRUE && k != PYVM_CONST_FALSE && k != PYVM_CONST_NONE;
    }
    default: return true;
    }
}

/* `a = b` where an expression was expected (p at '='): CPython suggests '==' (or ':=' for a
** name) when b is a bitwise_or not followed by another '=' or ':='. Returns true if reported. */
bool pyvm_parse_expr_assign_typo(parser_t *p, node_t *a)
{
    if (kind0(p) != PYVM_TOK_EQUAL || !assignable_looking(a) || p->plain)
        return false;
    parser_mark_t m;
    pyvm_parser_mark(p, &m);
    advance(p);
    node_t *b = pyvm_parse_expr_bitor(p);
    bool ok = b && !failed(p) && kind0(p) != PYVM_TOK_EQUAL && kind0(p) != PYVM_TOK_COLONEQUAL;
    pyvm_parser_reset(p, &m);
    if (!ok)
        return false;
    if (a->kind == PYVM_AST_Name && !(a->flags & PYVM_AST_PARENS))
        pyvm_parser_error_span(p, a, b,
                               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    else
        pyvm_parser_error_node(p, a, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                               pyvm_parse_expr_name(a));
    return true;
}

node_t *pyvm_parse_expr_named(parser_t *p)
{
    node_t *e = pyvm_parse_expr_expression(p);
    if (!e)
        return NULL;
    if (kind0(p) == PYVM_TOK_COLONEQUAL)
        return walrus_after(p, e);
    if (pyvm_parse_expr_assign_typo(p, e))
        return NULL;
    return e;
}

/* for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
static node_t *comprehension_clauses(parser_t *p, pyvm_ast_list_t *out)
{
    vec_t gens = {0};
    node_t *last = NULL;
    while (starts_for(p)) {
        int is_async = accept(p, PYVM_TOK_ASYNC);
        advance(p);
        node_t *target = pyvm_parse_expr_target_list(p);
        if (!target || !pyvm_parse_target_set(p, target, PYVM_AST_Store, TARGET_FOR))
            return NULL;
        if (!pyvm_parser_expect(p, PYVM_TOK_IN))
            return NULL;
        node_t *iter = pyvm_parse_expr_disjunction(p);
        if (!iter)
            return NULL;
        vec_t ifs = {0};
        while (accept(p, PYVM_TOK_IF)) {
            node_t *cond = pyvm_parse_expr_disjunction(p);
            if (!cond)
                return NULL;
            pyvm_parser_push(p, &ifs, cond);
        }
        last = pyvm_parser_node_span(p, PYVM_AST_comprehension, target, target);
        last->v.comprehension.target = target;
        last->v.comprehension.iter = iter;
        last->v.comprehension.ifs = pyvm_parser_list(&ifs);
        last->v.comprehension.is_async = is_async;
        pyvm_parser_push(p, &gens, last);
    }
    *out = pyvm_parser_list(&gens);
    return last;
}

/* A generator expression as the sole argument of a call: f(x for x in y). */
node_t *pyvm_parse_expr_genexp_arg(parser_t *p, const token_t *open, node_t *elt)
{
    pyvm_ast_list_t gens;
    if (elt->kind == PYVM_AST_Starred)
        return pyvm_parser_error_node(p, elt, "iterable unpacking cannot be used in comprehension");
    if (!comprehension_clauses(p, &gens))
        return NULL;
    node_t *n = pyvm_parser_node(p, PYVM_AST_GeneratorExp, open);
    n->v.GeneratorExp.elt = elt;
    n->v.GeneratorExp.generators = gens;
    return n;
}

/*
** parse_pattern.c: the patterns of match statements (PEP 634): literal, capture, wildcard, value,
** group, sequence, mapping, class, or- and as-patterns, with the literal rules CPython enforces
** (signed numbers, complex literals as real +/- imaginary, no f-strings).
*/
#include <string.h>

#include "pyvm/parser.h"

static node_t *pattern(parser_t *p);

static node_t *pattern_node(parser_t *p, pyvm_ast_kind_t kind, const token_t *start)
{
    return pyvm_parser_node(p, kind, start);
}

static bool is_imaginary(const node_t *n)
{
    return n->kind == PYVM_AST_Constant && n->v.Constant.value.kind == PYVM_CONST_COMPLEX;
}

/* signed_number, or complex_number: signed real ('+' | '-') imaginary. */
static node_t *number_expr(parser_t *p)
{
    const token_t *start = cur(p);
    bool neg = accept(p, PYVM_TOK_MINUS);
    if (kind0(p) != PYVM_TOK_NUMBER)
        return pyvm_parser_error_generic(p);
    node_t *e = pyvm_parse_expr_atom(p);
    if (neg) {
        node_t *u = pyvm_parser_node(p, PYVM_AST_UnaryOp, start);
        u->v.UnaryOp.op = PYVM_AST_USub;
        u->v.UnaryOp.operand = e;
        e = u;
    }
    int k = kind0(p);
    if (k != PYVM_TOK_PLUS && k != PYVM_TOK_MINUS)
        return e;
    advance(p);
    if (kind0(p) != PYVM_TOK_NUMBER)
        return pyvm_parser_error_generic(p);
    node_t *imag = pyvm_parse_expr_atom(p);
    node_t *real = neg ? e->v.UnaryOp.operand : e;
    if (is_imaginary(real))
        return pyvm_parser_error_node(p, e, "real number required in complex literal");
    if (!is_imaginary(imag))
        return pyvm_parser_error_node(p, imag, "imaginary number required in complex literal");
    node_t *b = pyvm_parser_node_span(p, PYVM_AST_BinOp, e, imag);
    b->v.BinOp.left = e;
    b->v.BinOp.op = k == PYVM_TOK_PLUS ? PYVM_AST_Add : PYVM_AST_Sub;
    b->v.BinOp.right = imag;
    return b;
}

/* A literal usable as a mapping key or value pattern: number, string, None/True/False. */
static node_t *literal_expr(parser_t *p)
{
    int k = kind0(p);
    if (k == PYVM_TOK_NUMBER || k == PYVM_TOK_MINUS)
        return number_expr(p);
    if (k == PYVM_TOK_STRING) {
        node_t *s = pyvm_parse_expr_atom(p);
        if (s && s->kind == PYVM_AST_JoinedStr)
            return pyvm_parser_error_node(p, s, "patterns may only match literals and attribute "
                                                "lookups");
        return s;
    }
    if (k == PYVM_TOK_NONE || k == PYVM_TOK_TRUE || k == PYVM_TOK_FALSE)
        return pyvm_parse_expr_atom(p);
    return pyvm_parser_error_generic(p);
}

/* name_or_attr: NAME ('.' NAME)* as a Name or Attribute chain. */
static node_t *name_or_attr(parser_t *p)
{
    node_t *e = pyvm_parse_expr_atom(p);
    while (e && kind0(p) == PYVM_TOK_DOT)
        e = pyvm_parse_attribute(p, e);
    return e;
}

static node_t *value_pattern(parser_t *p, const token_t *start, node_t *value)
{
    node_t *n = pattern_node(p, PYVM_AST_MatchValue, start);
    n->v.MatchValue.value = value;
    return n;
}

/* A capture target name; "_" means none. */
static const char *capture_name(parser_t *p, const token_t *t)
{
    return pyvm_parser_is_name(p, t, "_") ? NULL : pyvm_parser_ident(p, t);
}

static node_t *star_pattern(parser_t *p)
{
    const token_t *start = advance(p);
    const token_t *name = cur(p);
    if (!pyvm_parser_expect(p, PYVM_TOK_NAME))
        return NULL;
    node_t *n = pattern_node(p, PYVM_AST_MatchStar, start);
    n->v.MatchStar.name = capture_name(p, name);
    return n;
}

static node_t *maybe_star(parser_t *p)
{
    return kind0(p) == PYVM_TOK_STAR ? star_pattern(p) : pattern(p);
}

/* Sequence items after '[' or '(' up to `close` (consumed); `first` may be parsed already. */
static bool sequence_items(parser_t *p, vec_t *v, node_t *first, int close)
{
    if (first) {
        pyvm_parser_push(p, v, first);
        if (!accept(p, PYVM_TOK_COMMA))
            return pyvm_parser_expect(p, close);
    }
    while (kind0(p) != close) {
        node_t *e = maybe_star(p);
        if (!e)
            return false;
        pyvm_parser_push(p, v, e);
        if (!accept(p, PYVM_TOK_COMMA))
            break;
    }
    return pyvm_parser_expect(p, close);
}

static node_t *sequence(parser_t *p, const token_t *start, vec_t *v)
{
    node_t *n = pattern_node(p, PYVM_AST_MatchSequence, start);
    n->v.MatchSequence.patterns = pyvm_parser_list(v);
    return n;
}

static node_t *group_or_sequence(parser_t *p)
{
    const token_t *start = advance(p);
    vec_t v = {0};
    if (accept(p, PYVM_TOK_RPAR))
        return sequence(p, start, &v);
    node_t *first = maybe_star(p);
    if (!first)
        return NULL;
    if (first->kind != PYVM_AST_MatchStar && accept(p, PYVM_TOK_RPAR))
        return first; /* a group */
    if (kind0(p) != PYVM_TOK_COMMA)
        return pyvm_parser_error_generic(p);
    if (!sequence_items(p, &v, first, PYVM_TOK_RPAR))
        return NULL;
    return sequence(p, start, &v);
}

static node_t *mapping(parser_t *p)
{
    const token_t *start = advance(p);
    vec_t keys = {0}, patterns = {0};
    const char *rest = NULL;
    while (kind0(p) != PYVM_TOK_RBRACE) {
        if (accept(p, PYVM_TOK_DOUBLESTAR)) {
            const token_t *name = cur(p);
            if (!pyvm_parser_expect(p, PYVM_TOK_NAME))
                return NULL;
            rest = pyvm_parser_ident(p, name);
            accept(p, PYVM_TOK_COMMA);
            break;
        }
        node_t *key = kind0(p) == PYVM_TOK_NAME ? name_or_attr(p) : literal_expr(p);
        if (!key)
            return NULL;
        if (key->kind == PYVM_AST_Name)
            return pyvm_parser_error_generic(p);
        if (!pyvm_parser_expect(p, PYVM_TOK_COLON))
            return NULL;
        node_t *value = pattern(p);
        if (!value)
            return NULL;
        pyvm_parser_push(p, &keys, key);
        pyvm_parser_push(p, &patterns, value);
        if (!accept(p, PYVM_TOK_COMMA))
            break;
    }
    if (!pyvm_parser_expect(p, PYVM_TOK_RBRACE))
        return NULL;
    node_t *n = pattern_node(p, PYVM_AST_MatchMapping, start);
    n->v.MatchMapping.keys = pyvm_parser_list(&keys);
    n->v.MatchMapping.patterns = pyvm_parser_list(&patterns);
    n->v.MatchMapping.rest = rest;
    return n;
}

static node_t *class_pattern(parser_t *p, const token_t *start, node_t *cls)
{
    advance(p);
    vec_t patterns = {0}, kwd_patterns = {0};
    const char **attrs = NULL;
    int nattrs = 0;
    while (kind0(p) != PYVM_TOK_RPAR) {
        if (kind0(p) == PYVM_TOK_NAME && kind1(p) == PYVM_TOK_EQUAL) {
            const token_t *name = advance(p);
            advance(p);
            node_t *v = pattern(p);
            if (!v)
                return NULL;
            attrs = rt_arena_grow(p->arena, attrs, (size_t)nattrs * sizeof *attrs,
                                  (size_t)(nattrs + 1) * sizeof *attrs);
            attrs[nattrs++] = pyvm_parser_ident(p, name);
            pyvm_parser_push(p, &kwd_patterns, v);
        } else {
            node_t *v = pattern(p);
            if (!v)
                return NULL;
            if (nattrs)
                return pyvm_parser_error_node(p, v, "positional patterns follow keyword patterns");
            pyvm_parser_push(p, &patterns, v);
        }
        if (!accept(p, PYVM_TOK_COMMA))
            break;
    }
    if (!pyvm_parser_expect(p, PYVM_TOK_RPAR))
        return NULL;
    node_t *n = pattern_node(p, PYVM_AST_MatchClass, start);
    n->v.MatchClass.cls = cls;
    n->v.MatchClass.patterns = pyvm_parser_list(&patterns);
    n->v.MatchClass.kwd_attrs = (pyvm_ast_idents_t){attrs, nattrs};
    n->v.MatchClass.kwd_patterns = pyvm_parser_list(&kwd_patterns);
    return n;
}

static node_t *closed_pattern(parser_t *p)
{
    const token_t *start = cur(p);
    vec_t v = {0};
    switch (start->kind) {
    case PYVM_TOK_NUMBER: case PYVM_TOK_MINUS: case PYVM_TOK_STRING: {
        node_t *e = literal_expr(p);
        return e ? value_pattern(p, start, e) : NULL;
    }
    case PYVM_TOK_NONE: case PYVM_TOK_TRUE: case PYVM_TOK_FALSE: {
        advance(p);
        node_t *n = pattern_node(p, PYVM_AST_MatchSingleton, start);
        n->v.MatchSingleton.value.kind = start->kind == PYVM_TOK_NONE   ? PYVM_CONST_NONE
                                         : start->kind == PYVM_TOK_TRUE ? PYVM_CONST_TRUE
                                                                        : PYVM_CONST_FALSE;
        return n;
    }
    case PYVM_TOK_LPAR: return group_or_sequence(p);
    case PYVM_TOK_LSQB:
        advance(p);
        return sequence_items(p, &v, NULL, PYVM_TOK_RSQB) ? sequence(p, start, &v) : NULL;
    case PYVM_TOK_LBRACE: return mapping(p);
    case PYVM_TOK_NAME: {
        int next = kind1(p);
        if (next != PYVM_TOK_DOT && next != PYVM_TOK_LPAR && next != PYVM_TOK_EQUAL) {
            advance(p);
            node_t *n = pattern_node(p, PYVM_AST_MatchAs, start);
            n->v.MatchAs.name = capture_name(p, start);
            return n;
        }
        node_t *e = name_or_attr(p);
        if (!e)
            return NULL;
        if (kind0(p) == PYVM_TOK_LPAR)
            return class_pattern(p, start, e);
        if (e->kind == PYVM_AST_Name)
            return pyvm_parser_error_generic(p);
        return value_pattern(p, start, e);
    }
    default: return pyvm_parser_error_generic(p);
    }
}

static node_t *or_pattern(parser_t *p)
{
    const token_t *start = cur(p);
    node_t *first = closed_pattern(p);
    if (!first || kind0(p) != PYVM_TOK_VBAR)
        return first;
    vec_t v = {0};
    pyvm_parser_push(p, &v, first);
    while (accept(p, PYVM_TOK_VBAR)) {
        node_t *e = closed_pattern(p);
        if (!e)
            return NULL;
        pyvm_parser_push(p, &v, e);
    }
    node_t *n = pattern_node(p, PYVM_AST_MatchOr, start);
    n->v.MatchOr.patterns = pyvm_parser_list(&v);
    return n;
}

static node_t *pattern(parser_t *p)
{
    if (!pyvm_parser_enter(p))
        return NULL;
    const token_t *start = cur(p);
    node_t *o = or_pattern(p);
    if (o && accept(p, PYVM_TOK_AS)) {
        const token_t *name = cur(p);
        if (pyvm_parser_is_name(p, name, "_")) {
            advance(p);
            o = pyvm_parser_error_tok(p, name, PYVM_SYNERR_SYNTAX, "cannot use '_' as a target");
        } else if (name->kind != PYVM_TOK_NAME) {
            node_t *e = pyvm_parse_expr_expression(p);
            o = e ? pyvm_parser_error_node(p, e, "invalid pattern target") : NULL;
        } else {
            advance(p);
            node_t *n = pattern_node(p, PYVM_AST_MatchAs, start);
            n->v.MatchAs.pattern = o;
            n->v.MatchAs.name = pyvm_parser_ident(p, name);
            o = n;
        }
    }
    leave(p);
    return o;
}

node_t *pyvm_parse_pattern_patterns(parser_t *p)
{
    const token_t *start = cur(p);
    node_t *first = maybe_star(p);
    if (!first)
        return NULL;
    if (kind0(p) != PYVM_TOK_COMMA) {
        if (first->kind == PYVM_AST_MatchStar)
            return pyvm_parser_error_generic(p);
        return first;
    }
    vec_t v = {0};
    pyvm_parser_push(p, &v, first);
    while (accept(p, PYVM_TOK_COMMA)) {
        int k = kind0(p);
        if (k == PYVM_TOK_COLON || k == PYVM_TOK_IF)
            break;
        node_t *e = maybe_star(p);
        if (!e)
            return NULL;
        pyvm_parser_push(p, &v, e);
    }
    return sequence(p, start, &v);
}

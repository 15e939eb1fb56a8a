/*
** parse_stmt.c: statements and blocks: simple statements (expression statements and the three
** assignment forms, import, del, global, ...) and compound statements (if, while, for, with, try
** and try/except*, def, class, decorators, async forms, match). Indentation errors and the
** "expected ':'" family are reported as CPython 3.11 does; the match statement's soft keyword is
** recognised by trying to read a match header and falling back to an expression statement.
*/
#include <string.h>

#include "pyvm/parser.h"

static bool statement(parser_t *p, vec_t *out);
static bool simple_stmts(parser_t *p, vec_t *out);

/* ---- blocks ---- */

/* NEWLINE INDENT statements DEDENT, or simple statements on the same line. `what` names the
** statement for "expected an indented block after ..." (line is its first line). */
static bool block(parser_t *p, vec_t *body, const char *what, int line)
{
    if (kind0(p) != PYVM_TOK_NEWLINE)
        return simple_stmts(p, body);
    advance(p);
    if (kind0(p) != PYVM_TOK_INDENT) {
        pyvm_parser_error_tok(p, &p->tv[p->fill - 1], PYVM_SYNERR_INDENTATION,
                              "expected an indented block after %s on line %d", what, line);
        return false;
    }
    advance(p);
    while (kind0(p) != PYVM_TOK_DEDENT) {
        if (kind0(p) == PYVM_TOK_ENDMARKER || kind0(p) == PYVM_TOK_ERRORTOKEN) {
            pyvm_parser_error_generic(p);
            return false;
        }
        if (!statement(p, body))
            return false;
    }
    advance(p);
    return true;
}

/* ':' where CPython says "expected ':'" only if the line ends instead. */
static bool colon(parser_t *p)
{
    if (accept(p, PYVM_TOK_COLON))
        return true;
    if (kind0(p) == PYVM_TOK_NEWLINE)
        pyvm_parser_error_last(p, "expected ':'");
    else
        pyvm_parser_error_generic(p);
    return false;
}

/* The statement's end is its last token that is not NEWLINE, INDENT or DEDENT. */
static node_t *finish(parser_t *p, node_t *n)
{
    size_t i = p->pos ? p->pos - 1 : 0;
    while (i > 0 && (p->tv[i].kind == PYVM_TOK_NEWLINE || p->tv[i].kind == PYVM_TOK_INDENT ||
                     p->tv[i].kind == PYVM_TOK_DEDENT))
        i--;
    n->end_lineno = p->tv[i].end_lineno;
    n->end_col_offset = p->tv[i].end_col;
    return n;
}

static node_t *stmt_node(parser_t *p, pyvm_ast_kind_t kind, const token_t *start)
{
    return finish(p, pyvm_parser_node(p, kind, start));
}

/* ---- simple statements ---- */

static bool is_single_target(const node_t *e)
{
    return e->kind == PYVM_AST_Name || e->kind == PYVM_AST_Attribute ||
           e->kind == PYVM_AST_Subscript;
}

static int augassign_op(int kind)
{
    static const uint8_t map[][2] = {
        {PYVM_TOK_PLUSEQUAL, PYVM_AST_Add},          {PYVM_TOK_MINEQUAL, PYVM_AST_Sub},
        {PYVM_TOK_STAREQUAL, PYVM_AST_Mult},         {PYVM_TOK_ATEQUAL, PYVM_AST_MatMult},
        {PYVM_TOK_SLASHEQUAL, PYVM_AST_Div},         {PYVM_TOK_PERCENTEQUAL, PYVM_AST_Mod},
        {PYVM_TOK_AMPEREQUAL, PYVM_AST_BitAnd},      {PYVM_TOK_VBAREQUAL, PYVM_AST_BitOr},
        {PYVM_TOK_CIRCUMFLEXEQUAL, PYVM_AST_BitXor}, {PYVM_TOK_LEFTSHIFTEQUAL, PYVM_AST_LShift},
        {PYVM_TOK_RIGHTSHIFTEQUAL, PYVM_AST_RShift}, {PYVM_TOK_DOUBLESTAREQUAL, PYVM_AST_Pow},
        {PYVM_TOK_DOUBLESLASHEQUAL, PYVM_AST_FloorDiv},
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (map[i][0] == kind)
            return map[i][1];
    return -1;
}

static bool is_bare_yield(const node_t *e)
{
    return (e->kind == PYVM_AST_Yield || e->kind == PYVM_AST_YieldFrom) &&
           !(e->flags & PYVM_AST_PARENS);
}

static node_t *rhs(parser_t *p)
{
    return kind0(p) == PYVM_TOK_YIELD ? pyvm_parse_expr_yield(p)
                                       : pyvm_parse_expr_star_expressions(p);
}

/* One '='-target, checked when the '=' after it is seen; the first also gets CPython's
** "Maybe you meant '=='" diagnosis. */
static bool assign_target(parser_t *p, node_t *t, bool first)
{
    if (is_bare_yield(t)) {
        pyvm_parser_error_node(p, t, "assignment to yield expression not possible");
        return false;
    }
    if (pyvm_parse_target_invalid(t, TARGET_STAR) && first && pyvm_parse_expr_assign_typo(p, t))
        return false;
    return pyvm_parse_target_set(p, t, PYVM_AST_Store, TARGET_STAR);
}

static node_t *assignment(parser_t *p, const token_t *start, node_t *first)
{
    vec_t targets = {0};
    node_t *value = first;
    while (kind0(p) == PYVM_TOK_EQUAL) {
        if (!assign_target(p, value, targets.n == 0))
            return NULL;
        pyvm_parser_push(p, &targets, value);
        advance(p);
        if (!(value = rhs(p)))
            return NULL;
    }
    node_t *n = stmt_node(p, PYVM_AST_Assign, start);
    n->v.Assign.targets = pyvm_parser_list(&targets);
    n->v.Assign.value = value;
    return n;
}

static node_t *annotated(parser_t *p, const token_t *start, node_t *target)
{
    /* CPython's target diagnostics need `target ':' expression`; its first pass looks past the
    ** ':' only for targets that can be annotated. */
    int next = is_single_target(target) ? kind1(p) : peek_quiet(p, 1);
    if (!pyvm_parse_expr_starts(next))
        return pyvm_parser_error_generic(p);
    if (target->kind == PYVM_AST_Tuple && !(target->flags & PYVM_AST_PARENS) &&
        target->v.Tuple.elts.n)
        return pyvm_parser_error_node(p, target->v.Tuple.elts.v[0],
                                      "only single target (not tuple) can be annotated");
    if (target->kind == PYVM_AST_List || target->kind == PYVM_AST_Tuple)
        return pyvm_parser_error_node(p, target, "only single target (not %s) can be annotated",
                                      target->kind == PYVM_AST_List ? "list" : "tuple");
    if (!is_single_target(target))
        return pyvm_parser_error_node(p, target, "illegal target for annotation");
    advance(p);
    node_t *ann = pyvm_parse_expr_expression(p), *value = NULL;
    if (!ann || (accept(p, PYVM_TOK_EQUAL) && !(value = rhs(p))))
        return NULL;
    pyvm_parse_target_set(p, target, PYVM_AST_Store, TARGET_STAR);
    node_t *n = stmt_node(p, PYVM_AST_AnnAssign, start);
    n->v.AnnAssign.target = target;
    n->v.AnnAssign.annotation = ann;
    n->v.AnnAssign.value = value;
    n->v.AnnAssign.simple = target->kind == PYVM_AST_Name && !(target->flags & PYVM_AST_PARENS);
    return n;
}

/* Expression statement, assignment, augmented or annotated assignment. */
static node_t *expr_stmt(parser_t *p)
{
    const token_t *start = cur(p);
    node_t *e = rhs(p);
    if (!e)
        return NULL;
    int k = kind0(p), op;
    if (k == PYVM_TOK_EQUAL)
        return assignment(p, start, e);
    if (k == PYVM_TOK_COLON)
        return annotated(p, start, e);
    if ((op = augassign_op(k)) >= 0) {
        if (!is_single_target(e))
            return pyvm_parser_error_node(p, e, "'%s' is an illegal expression for augmented "
                                                "assignment",
                                          pyvm_parse_expr_name(e));
        advance(p);
        node_t *value = rhs(p);
        if (!value)
            return NULL;
        pyvm_parse_target_set(p, e, PYVM_AST_Store, TARGET_STAR);
        node_t *n = stmt_node(p, PYVM_AST_AugAssign, start);
        n->v.AugAssign.target = e;
        n->v.AugAssign.op = (uint8_t)op;
        n->v.AugAssign.value = value;
        return n;
    }
    node_t *n = stmt_node(p, PYVM_AST_Expr, start);
    n->v.Expr.value = e;
    return n;
}

/* dotted_name: NAME ('.' NAME)* as one arena string. */
static const char *dotted_name(parser_t *p)
{
    const token_t *first = cur(p);
    if (!pyvm_parser_expect(p, PYVM_TOK_NAME))
        return NULL;
    while (kind0(p) == PYVM_TOK_DOT) {
        advance(p);
        if (!pyvm_parser_expect(p, PYVM_TOK_NAME))
            return NULL;
    }
    if (prev(p) == first)
        return pyvm_parser_ident(p, first);
    /* Rebuild without whitespace or line continuations between the parts. */
    size_t len = 0;
    for (const token_t *t = first; t <= prev(p); t++)
        len += t->end - t->start;
    char *s = rt_arena_alloc(p->arena, len + 1), *q = s;
    for (const token_t *t = first; t <= prev(p); t++) {
        memcpy(q, p->src + t->start, t->end - t->start);
        q += t->end - t->start;
    }
    *q = '\0';
    return s;
}

static node_t *alias(parser_t *p, bool dotted)
{
    const token_t *start = cur(p);
    const char *name = dotted ? dotted_name(p) : NULL;
    if (!dotted) {
        if (!pyvm_parser_expect(p, PYVM_TOK_NAME))
            return NULL;
        name = pyvm_parser_ident(p, start);
    }
    if (!name)
        return NULL;
    const char *asname = NULL;
    if (accept(p, PYVM_TOK_AS)) {
        const token_t *t = cur(p);
        if (!pyvm_parser_expect(p, PYVM_TOK_NAME))
            return NULL;
        asname = pyvm_parser_ident(p, t);
    }
    node_t *a = pyvm_parser_node(p, PYVM_AST_alias, start);
    a->v.alias.name = name;
    a->v.alias.asname = asname;
    return a;
}

static node_t *import_name(parser_t *p, const token_t *start)
{
    vec_t names = {0};
    do {
        node_t *a = alias(p, true);
        if (!a)
            return NULL;
        pyvm_parser_push(p, &names, a);
    } while (accept(p, PYVM_TOK_COMMA));
    node_t *n = stmt_node(p, PYVM_AST_Import, start);
    n->v.Import.names = pyvm_parser_list(&names);
    return n;
}

static node_t *import_from(parser_t *p, const token_t *start)
{
    int level = 0;
    for (;; advance(p)) {
        if (kind0(p) == PYVM_TOK_DOT)
            level++;
        else if (kind0(p) == PYVM_TOK_ELLIPSIS)
            level += 3;
        else
            break;
    }
    const char *module = NULL;
    if (kind0(p) != PYVM_TOK_IMPORT || level == 0)
        if (!(module = dotted_name(p)))
            return NULL;
    if (!pyvm_parser_expect(p, PYVM_TOK_IMPORT))
        return NULL;
    vec_t names = {0};
    if (kind0(p) == PYVM_TOK_STAR) {
        const token_t *t = advance(p);
        node_t *a = pyvm_parser_node(p, PYVM_AST_alias, t);
        a->v.alias.name = "*";
        pyvm_parser_push(p, &names, a);
    } else {
        bool parens = accept(p, PYVM_TOK_LPAR);
        do {
            if (parens && kind0(p) == PYVM_TOK_RPAR && names.n)
                break;
            if (!parens && kind0(p) == PYVM_TOK_NEWLINE && names.n)
                return pyvm_parser_error_last(p, "trailing comma not allowed without surrounding "
                                                 "parentheses");
            node_t *a = alias(p, false);
            if (!a)
                return NULL;
            pyvm_parser_push(p, &names, a);
        } while (accept(p, PYVM_TOK_COMMA));
        if (parens && !pyvm_parser_expect(p, PYVM_TOK_RPAR))
            return NULL;
    }
    node_t *n = stmt_node(p, PYVM_AST_ImportFrom, start);
    n->v.ImportFrom.module = module;
    n->v.ImportFrom.names = pyvm_parser_list(&names);
    n->v.ImportFrom.level = level;
    return n;
}

static node_t *names_stmt(parser_t *p, const token_t *start, pyvm_ast_kind_t kind)
{
    const char **v = NULL;
    int n = 0;
    do {
        const token_t *t = cur(p);
        if (!pyvm_parser_expect(p, PYVM_TOK_NAME))
            return NULL;
        v = rt_arena_grow(p->arena, v, (size_t)n * sizeof *v, (size_t)(n + 1) * sizeof *v);
        v[n++] = pyvm_parser_ident(p, t);
    } while (accept(p, PYVM_TOK_COMMA));
    node_t *s = stmt_node(p, kind, start);
    s->v.Global.names = (pyvm_ast_idents_t){v, n}; /* Global and Nonlocal share their layout */
    return s;
}

static node_t *del_stmt(parser_t *p, const token_t *start)
{
    node_t *e = pyvm_parse_expr_star_expressions(p);
    if (!e)
        return NULL;
    vec_t targets = {0};
    if (e->kind == PYVM_AST_Tuple && !(e->flags & PYVM_AST_PARENS)) {
        for (int i = 0; i < e->v.Tuple.elts.n; i++)
            pyvm_parser_push(p, &targets, e->v.Tuple.elts.v[i]);
    } else {
        pyvm_parser_push(p, &targets, e);
    }
    for (int i = 0; i < targets.n; i++)
        if (!pyvm_parse_target_set(p, targets.v[i], PYVM_AST_Del, TARGET_DEL))
            return NULL;
    node_t *n = stmt_node(p, PYVM_AST_Delete, start);
    n->v.Delete.targets = pyvm_parser_list(&targets);
    return n;
}

static bool at_stmt_end(parser_t *p)
{
    return kind0(p) == PYVM_TOK_NEWLINE || kind0(p) == PYVM_TOK_SEMI;
}

static node_t *simple_stmt(parser_t *p)
{
    const token_t *start = cur(p);
    node_t *n, *a = NULL, *b = NULL;
    switch (start->kind) {
    case PYVM_TOK_PASS: advance(p); return stmt_node(p, PYVM_AST_Pass, start);
    case PYVM_TOK_BREAK: advance(p); return stmt_node(p, PYVM_AST_Break, start);
    case PYVM_TOK_CONTINUE: advance(p); return stmt_node(p, PYVM_AST_Continue, start);
    case PYVM_TOK_RETURN:
        advance(p);
        if (!at_stmt_end(p) && !(a = pyvm_parse_expr_star_expressions(p)))
            return NULL;
        n = stmt_node(p, PYVM_AST_Return, start);
        n->v.Return.value = a;
        return n;
    case PYVM_TOK_RAISE:
        advance(p);
        if (!at_stmt_end(p)) {
            if (!(a = pyvm_parse_expr_expression(p)))
                return NULL;
            if (accept(p, PYVM_TOK_FROM) && !(b = pyvm_parse_expr_expression(p)))
                return NULL;
        }
        n = stmt_node(p, PYVM_AST_Raise, start);
        n->v.Raise.exc = a;
        n->v.Raise.cause = b;
        return n;
    case PYVM_TOK_ASSERT:
        advance(p);
        if (!(a = pyvm_parse_expr_expression(p)))
            return NULL;
        if (accept(p, PYVM_TOK_COMMA) && !(b = pyvm_parse_expr_expression(p)))
            return NULL;
        n = stmt_node(p, PYVM_AST_Assert, start);
        n->v.Assert.test = a;
        n->v.Assert.msg = b;
        return n;
    case PYVM_TOK_GLOBAL: advance(p); return names_stmt(p, start, PYVM_AST_Global);
    case PYVM_TOK_NONLOCAL: advance(p); return names_stmt(p, start, PYVM_AST_Nonlocal);
    case PYVM_TOK_DEL: advance(p); return del_stmt(p, start);
    case PYVM_TOK_IMPORT: advance(p); return import_name(p, start);
    case PYVM_TOK_FROM: advance(p); return import_from(p, start);
    default: return expr_stmt(p);
    }
}

static bool simple_stmts(parser_t *p, vec_t *out)
{
    do {
        node_t *s = simple_stmt(p);
        if (!s)
            return false;
        pyvm_parser_push(p, out, s);
    } while (accept(p, PYVM_TOK_SEMI) && kind0(p) != PYVM_TOK_NEWLINE);
    return pyvm_parser_expect(p, PYVM_TOK_NEWLINE);
}

/* ---- compound statements ---- */

static bool else_block(parser_t *p, pyvm_ast_list_t *orelse)
{
    vec_t v = {0};
    if (kind0(p) == PYVM_TOK_ELSE) {
        const token_t *t = advance(p);
        if (!pyvm_parser_expect_forced(p, PYVM_TOK_COLON) ||
            !block(p, &v, "'else' statement", t->lineno))
            return false;
    }
    *orelse = pyvm_parser_list(&v);
    return true;
}

static node_t *if_stmt(parser_t *p)
{
    const token_t *t = advance(p);
    bool elif = t->kind == PYVM_TOK_ELIF;
    node_t *test = pyvm_parse_expr_named(p);
    vec_t body = {0};
    if (!test || !colon(p) ||
        !block(p, &body, elif ? "'elif' statement" : "'if' statement", t->lineno))
        return NULL;
    pyvm_ast_list_t orelse;
    if (kind0(p) == PYVM_TOK_ELIF) {
        node_t *e = if_stmt(p);
        if (!e)
            return NULL;
        orelse = pyvm_parser_list1(p, e);
    } else if (!else_block(p, &orelse)) {
        return NULL;
    }
    node_t *n = stmt_node(p, PYVM_AST_If, t);
    n->v.If.test = test;
    n->v.If.body = pyvm_parser_list(&body);
    n->v.If.orelse = orelse;
    return n;
}

static node_t *while_stmt(parser_t *p)
{
    const token_t *t = advance(p);
    node_t *test = pyvm_parse_expr_named(p);
    vec_t body = {0};
    pyvm_ast_list_t orelse;
    if (!test || !colon(p) || !block(p, &body, "'while' statement", t->lineno) ||
        !else_block(p, &orelse))
        return NULL;
    node_t *n = stmt_node(p, PYVM_AST_While, t);
    n->v.While.test = test;
    n->v.While.body = pyvm_parser_list(&body);
    n->v.While.orelse = orelse;
    return n;
}

static node_t *for_stmt(parser_t *p, const token_t *start, bool is_async)
{
    const token_t *t = advance(p);
    node_t *target = pyvm_parse_expr_target_list(p);
    if (!target || !pyvm_parse_target_set(p, target, PYVM_AST_Store, TARGET_FOR) ||
        !pyvm_parser_expect(p, PYVM_TOK_IN))
        return NULL;
    node_t *iter = pyvm_parse_expr_star_expressions(p);
    vec_t body = {0};
    pyvm_ast_list_t orelse;
    if (!iter || !colon(p) || !block(p, &body, "'for' statement", t->lineno) ||
        !else_block(p, &orelse))
        return NULL;
    node_t *n = stmt_node(p, is_async ? PYVM_AST_AsyncFor : PYVM_AST_For, start);
    n->v.For.target = target; /* For and AsyncFor share their layout */
    n->v.For.iter = iter;
    n->v.For.body = pyvm_parser_list(&body);
    n->v.For.orelse = orelse;
    return n;
}

static node_t *with_item(parser_t *p)
{
    node_t *e = pyvm_parse_expr_expression(p);
    if (!e)
        return NULL;
    node_t *vars = NULL;
    if (accept(p, PYVM_TOK_AS)) {
        if (kind0(p) == PYVM_TOK_STAR) {
            if (!(vars = pyvm_parse_expr_target_list(p)))
                return NULL;
        } else if (!(vars = pyvm_parse_expr_expression(p))) {
            return NULL;
        }
        int k = kind0(p);
        if (k != PYVM_TOK_COMMA && k != PYVM_TOK_RPAR && k != PYVM_TOK_COLON)
            return pyvm_parser_error_generic(p);
        if (!pyvm_parse_target_set(p, vars, PYVM_AST_Store, TARGET_STAR))
            return NULL;
    }
    node_t *w = pyvm_parser_node_span(p, PYVM_AST_withitem, e, vars ? vars : e);
    w->v.withitem.context_expr = e;
    w->v.withitem.optional_vars = vars;
    return w;
}

/* with_item (',' with_item)*, optionally in parentheses with a trailing comma. */
static bool with_items(parser_t *p, vec_t *items, bool parens)
{
    do {
        if (parens && kind0(p) == PYVM_TOK_RPAR && items->n)
            break;
        node_t *w = with_item(p);
        if (!w)
            return false;
        pyvm_parser_push(p, items, w);
    } while (accept(p, PYVM_TOK_COMMA));
    return !parens || pyvm_parser_expect(p, PYVM_TOK_RPAR);
}

static node_t *with_stmt(parser_t *p, const token_t *start, bool is_async)
{
    const token_t *t = advance(p);
    vec_t items = {0};
    bool ok = false;
    if (kind0(p) == PYVM_TOK_LPAR) {
        /* with (a as b, c): ... -- unless the parenthesis belongs to the first expression. */
        parser_mark_t m;
        pyvm_parser_mark(p, &m);
        advance(p);
        ok = with_items(p, &items, true) && kind0(p) == PYVM_TOK_COLON;
        if (!ok) {
            pyvm_parser_backtrack(p, &m);
            items = (vec_t){0};
        } else {
            p->err->set = m.err.set;
        }
    }
    vec_t body = {0};
    if ((!ok && !with_items(p, &items, false)) || !colon(p) ||
        !block(p, &body, "'with' statement", t->lineno))
        return NULL;
    node_t *n = stmt_node(p, is_async ? PYVM_AST_AsyncWith : PYVM_AST_With, start);
    n->v.With.items = pyvm_parser_list(&items); /* With and AsyncWith share their layout */
    n->v.With.body = pyvm_parser_list(&body);
    return n;
}

static node_t *except_block(parser_t *p, bool *star)
{
    const token_t *t = advance(p);
    *star = accept(p, PYVM_TOK_STAR);
    node_t *type = NULL;
    const char *name = NULL;
    if (*star && (kind0(p) == PYVM_TOK_COLON || kind0(p) == PYVM_TOK_NEWLINE))
        return pyvm_parser_error_last(p, "expected one or more exception types");
    if (kind0(p) != PYVM_TOK_COLON) {
        if (kind0(p) != PYVM_TOK_NEWLINE) {
            if (!(type = pyvm_parse_expr_expression(p)))
                return NULL;
            if (kind0(p) == PYVM_TOK_COMMA) {
                parser_mark_t m;
                pyvm_parser_mark(p, &m);
                advance(p);
                bool list = pyvm_parse_expr_expressions(p) != NULL;
                if (list && accept(p, PYVM_TOK_AS))
                    list = accept(p, PYVM_TOK_NAME);
                list = list && kind0(p) == PYVM_TOK_COLON;
                const token_t *last = &p->tv[p->fill - 1];
                pyvm_parser_reset(p, &m);
                if (list)
                    return pyvm_parser_error_at(p, type->lineno, type->col_offset + 1,
                                                last->end_lineno, last->end_col,
                                                "multiple exception types must be parenthesized");
            }
            if (accept(p, PYVM_TOK_AS)) {
                const token_t *nt = cur(p);
                if (!pyvm_parser_expect(p, PYVM_TOK_NAME))
                    return NULL;
                name = pyvm_parser_ident(p, nt);
            }
        }
        if (!colon(p))
            return NULL;
    } else {
        advance(p);
    }
    vec_t body = {0};
    if (!block(p, &body, *star ? "'except*' statement" : "'except' statement", t->lineno))
        return NULL;
    node_t *h = stmt_node(p, PYVM_AST_ExceptHandler, t);
    h->v.ExceptHandler.type = type;
    h->v.ExceptHandler.name = name;
    h->v.ExceptHandler.body = pyvm_parser_list(&body);
    return h;
}

static node_t *try_stmt(parser_t *p)
{
    const token_t *t = advance(p);
    vec_t body = {0}, handlers = {0}, final = {0};
    if (!pyvm_parser_expect_forced(p, PYVM_TOK_COLON) ||
        !block(p, &body, "'try' statement", t->lineno))
        return NULL;
    int kinds = 0; /* 1: except seen, 2: except* seen */
    while (kind0(p) == PYVM_TOK_EXCEPT) {
        const token_t *et = cur(p);
        bool star = kind1(p) == PYVM_TOK_STAR;
        if (kinds && kinds != (star ? 2 : 1)) {
            if (star)
                return pyvm_parser_error_at(p, et->lineno, et->col + 1, p->tv[p->pos + 1].end_lineno,
                                            p->tv[p->pos + 1].end_col + 1,
                                            "cannot have both 'except' and 'except*' on the same "
                                            "'try'");
            return pyvm_parser_error_tok(p, et, PYVM_SYNERR_SYNTAX,
                                         "cannot have both 'except' and 'except*' on the same "
                                         "'try'");
        }
        node_t *h = except_block(p, &star);
        if (!h)
            return NULL;
        kinds = star ? 2 : 1;
        pyvm_parser_push(p, &handlers, h);
    }
    pyvm_ast_list_t orelse = {0};
    if (handlers.n && !else_block(p, &orelse))
        return NULL;
    if (kind0(p) == PYVM_TOK_FINALLY) {
        const token_t *ft = advance(p);
        if (!pyvm_parser_expect_forced(p, PYVM_TOK_COLON) ||
            !block(p, &final, "'finally' statement", ft->lineno))
            return NULL;
    } else if (!handlers.n) {
        return pyvm_parser_error_last(p, "expected 'except' or 'finally' block");
    }
    node_t *n = stmt_node(p, kinds == 2 ? PYVM_AST_TryStar : PYVM_AST_Try, t);
    n->v.Try.body = pyvm_parser_list(&body); /* Try and TryStar share their layout */
    n->v.Try.handlers = pyvm_parser_list(&handlers);
    n->v.Try.orelse = orelse;
    n->v.Try.finalbody = pyvm_parser_list(&final);
    return n;
}

static node_t *funcdef(parser_t *p, const token_t *start, pyvm_ast_list_t decorators, bool is_async)
{
    const token_t *t = advance(p);
    const token_t *name = cur(p);
    if (!pyvm_parser_expect(p, PYVM_TOK_NAME) || !pyvm_parser_expect_forced(p, PYVM_TOK_LPAR))
        return NULL;
    node_t *args = pyvm_parse_args_params(p, false), *returns = NULL;
    if (!args || !pyvm_parser_expect(p, PYVM_TOK_RPAR))
        return NULL;
    if (accept(p, PYVM_TOK_RARROW) && !(returns = pyvm_parse_expr_expression(p)))
        return NULL;
    vec_t body = {0};
    if (!pyvm_parser_expect_forced(p, PYVM_TOK_COLON) ||
        !block(p, &body, "function definition", t->lineno))
        return NULL;
    node_t *n = stmt_node(p, is_async ? PYVM_AST_AsyncFunctionDef : PYVM_AST_FunctionDef, start);
    n->v.FunctionDef.name = pyvm_parser_ident(p, name); /* shared layout with AsyncFunctionDef */
    n->v.FunctionDef.args = args;
    n->v.FunctionDef.body = pyvm_parser_list(&body);
    n->v.FunctionDef.decorator_list = decorators;
    n->v.FunctionDef.returns = returns;
    return n;
}

static node_t *classdef(parser_t *p, const token_t *start, pyvm_ast_list_t decorators)
{
    const token_t *t = advance(p);
    const token_t *name = cur(p);
    if (!pyvm_parser_expect(p, PYVM_TOK_NAME))
        return NULL;
    node_t *call = pyvm_parser_node(p, PYVM_AST_Call, name);
    if (kind0(p) == PYVM_TOK_LPAR && !pyvm_parse_args_call(p, call))
        return NULL;
    vec_t body = {0};
    if (!colon(p) || !block(p, &body, "class definition", t->lineno))
        return NULL;
    node_t *n = stmt_node(p, PYVM_AST_ClassDef, start);
    n->v.ClassDef.name = pyvm_parser_ident(p, name);
    n->v.ClassDef.bases = call->v.Call.args;
    n->v.ClassDef.keywords = call->v.Call.keywords;
    n->v.ClassDef.body = pyvm_parser_list(&body);
    n->v.ClassDef.decorator_list = decorators;
    return n;
}

static node_t *decorated(parser_t *p)
{
    const token_t *start = cur(p);
    vec_t decorators = {0};
    while (accept(p, PYVM_TOK_AT)) {
        node_t *d = pyvm_parse_expr_named(p);
        if (!d || !pyvm_parser_expect(p, PYVM_TOK_NEWLINE))
            return NULL;
        pyvm_parser_push(p, &decorators, d);
    }
    pyvm_ast_list_t list = pyvm_parser_list(&decorators);
    /* CPython positions a decorated definition at its 'def' or 'class'. */
    start = cur(p);
    if (kind0(p) == PYVM_TOK_DEF)
        return funcdef(p, start, list, false);
    if (kind0(p) == PYVM_TOK_ASYNC && kind1(p) == PYVM_TOK_DEF) {
        advance(p);
        return funcdef(p, start, list, true);
    }
    if (kind0(p) == PYVM_TOK_CLASS)
        return classdef(p, start, list);
    return pyvm_parser_error_generic(p);
}

/* match_stmt: "match" subject ':' NEWLINE INDENT case_block+ DEDENT; p is after "match" and the
** subject is parsed. */
static node_t *match_body(parser_t *p, const token_t *start, node_t *subject)
{
    advance(p); /* ':' */
    if (!pyvm_parser_expect(p, PYVM_TOK_NEWLINE))
        return NULL;
    if (kind0(p) != PYVM_TOK_INDENT)
        return pyvm_parser_error_tok(p, &p->tv[p->fill - 1], PYVM_SYNERR_INDENTATION,
                                     "expected an indented block after 'match' statement on line "
                                     "%d",
                                     start->lineno);
    advance(p);
    vec_t cases = {0};
    do {
        const token_t *ct = cur(p);
        if (!pyvm_parser_is_name(p, ct, "case"))
            return pyvm_parser_error_generic(p);
        advance(p);
        node_t *pattern = pyvm_parse_pattern_patterns(p), *guard = NULL;
        if (!pattern || (accept(p, PYVM_TOK_IF) && !(guard = pyvm_parse_expr_named(p))))
            return NULL;
        vec_t body = {0};
        if (!colon(p) || !block(p, &body, "'case' statement", ct->lineno))
            return NULL;
        node_t *c = pyvm_parser_node(p, PYVM_AST_match_case, ct);
        c->v.match_case.pattern = pattern;
        c->v.match_case.guard = guard;
        c->v.match_case.body = pyvm_parser_list(&body);
        pyvm_parser_push(p, &cases, c);
    } while (kind0(p) != PYVM_TOK_DEDENT);
    advance(p);
    node_t *n = stmt_node(p, PYVM_AST_Match, start);
    n->v.Match.subject = subject;
    n->v.Match.cases = pyvm_parser_list(&cases);
    return n;
}

/* Tries the soft keyword `match`; returns NULL without an error if this is not a match statement. */
static node_t *try_match(parser_t *p, bool *is_match)
{
    const token_t *start = cur(p);
    parser_mark_t m;
    pyvm_parser_mark(p, &m);
    advance(p);
    node_t *subject = NULL;
    if (pyvm_parse_expr_starts(kind0(p)) || kind0(p) == PYVM_TOK_STAR)
        subject = pyvm_parse_expr_star_named_list(p);
    *is_match = subject && !failed(p) && kind0(p) == PYVM_TOK_COLON && kind1(p) == PYVM_TOK_NEWLINE;
    if (!*is_match) {
        pyvm_parser_backtrack(p, &m);
        return NULL;
    }
    p->err->set = m.err.set;
    return match_body(p, start, subject);
}

static node_t *compound(parser_t *p)
{
    const token_t *t = cur(p);
    pyvm_ast_list_t none = {0};
    switch (t->kind) {
    case PYVM_TOK_IF: return if_stmt(p);
    case PYVM_TOK_WHILE: return while_stmt(p);
    case PYVM_TOK_FOR: return for_stmt(p, t, false);
    case PYVM_TOK_WITH: return with_stmt(p, t, false);
    case PYVM_TOK_TRY: return try_stmt(p);
    case PYVM_TOK_DEF: return funcdef(p, t, none, false);
    case PYVM_TOK_CLASS: return classdef(p, t, none);
    case PYVM_TOK_AT: return decorated(p);
    case PYVM_TOK_ASYNC:
        advance(p);
        switch (kind0(p)) {
        case PYVM_TOK_DEF: return funcdef(p, t, none, true);
        case PYVM_TOK_FOR: return for_stmt(p, t, true);
        case PYVM_TOK_WITH: return with_stmt(p, t, true);
        default: return pyvm_parser_error_generic(p);
        }
    default: return NULL;
    }
}

static bool statement(parser_t *p, vec_t *out)
{
    if (!pyvm_parser_enter(p))
        return false;
    node_t *s = NULL;
    bool is_match = false;
    switch (kind0(p)) {
    case PYVM_TOK_IF: case PYVM_TOK_WHILE: case PYVM_TOK_FOR: case PYVM_TOK_WITH:
    case PYVM_TOK_TRY: case PYVM_TOK_DEF: case PYVM_TOK_CLASS: case PYVM_TOK_AT:
    case PYVM_TOK_ASYNC:
        s = compound(p);
        break;
    default:
        if (pyvm_parser_is_name(p, cur(p), "match")) {
            s = try_match(p, &is_match);
            if (is_match || failed(p))
                break;
        }
        leave(p);
        return simple_stmts(p, out);
    }
    leave(p);
    if (!s)
        return false;
    pyvm_parser_push(p, out, s);
    return true;
}

node_t *pyvm_parse_stmt_file(parser_t *p)
{
    vec_t body = {0};
    while (kind0(p) != PYVM_TOK_ENDMARKER)
        if (!statement(p, &body))
            return NULL;
    node_t *mod = pyvm_parser_node(p, PYVM_AST_Module, cur(p));
    mod->v.Module.body = pyvm_parser_list(&body);
    return mod;
}

/* Compound statements end at a dedent: what follows one in 'single' input is plain bad syntax. */
static bool is_compound(const node_t *n)
{
    switch (n->kind) {
    case PYVM_AST_FunctionDef: case PYVM_AST_AsyncFunctionDef: case PYVM_AST_ClassDef:
    case PYVM_AST_For: case PYVM_AST_AsyncFor: case PYVM_AST_While: case PYVM_AST_If:
    case PYVM_AST_With: case PYVM_AST_AsyncWith: case PYVM_AST_Match: case PYVM_AST_Try:
    case PYVM_AST_TryStar:
        return true;
    default:
        return false;
    }
}

node_t *pyvm_parse_stmt_interactive(parser_t *p)
{
    vec_t body = {0};
    if (kind0(p) != PYVM_TOK_NEWLINE && !statement(p, &body))
        return NULL;
    while (accept(p, PYVM_TOK_NEWLINE))
        ;
    if (kind0(p) != PYVM_TOK_ENDMARKER && body.n > 0 && !is_compound(body.v[body.n - 1])) {
        const node_t *last = body.v[body.n - 1];
        return pyvm_parser_error_at(p, last->end_lineno, last->end_col_offset, last->end_lineno,
                                    last->end_col_offset,
                                    "multiple statements found while compiling a single "
                                    "statement");
    }
    if (!pyvm_parser_expect(p, PYVM_TOK_ENDMARKER))
        return NULL;
    node_t *mod = pyvm_parser_node(p, PYVM_AST_Interactive, cur(p));
    mod->v.Interactive.body = pyvm_parser_list(&body);
    return mod;
}

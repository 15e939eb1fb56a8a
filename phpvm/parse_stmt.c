/*
** parse_stmt.c: PHP 8.2 statements: blocks, if/while/do/for/foreach/switch in both the brace
** and the alternative ("endif;") syntax, break/continue/return, global/static/echo/unset,
** declare, try/catch/finally, goto and labels, and the top-level-only namespace, use, const and
** __halt_compiler. Statement bodies are always AST_STMT_LIST, nested lists are flattened and
** empty statements dropped, as php-ast presents Zend's tree.
*/
#include <string.h>
#include <strings.h>

#include "phpvm/parser.h"

#define A    (p->a)
#define LINE (p->tok.line)

/* What an empty statement (";") parses to: distinct from NULL, which means failure. */
static phpvm_ast_t empty_statement;

static const int semicolon[] = {';', -1};
/* What PHP lists after a variable that ends a construct (foreach target, unset operand): the
** dereferences that could still extend it. */
static const int variable_followers[] = {PHPVM_T_OBJECT_OPERATOR, PHPVM_T_NULLSAFE_OBJECT_OPERATOR,
                                         '{', '[', -1};

/* Adds a statement to a list, flattening nested statement lists and dropping empty ones. */
static void add_statement(phpvm_parser_t *p, phpvm_ast_t *list, phpvm_ast_t *stmt)
{
    if (stmt == &empty_statement) return;
    if (stmt->kind == PHPVM_AST_STMT_LIST) {
        for (uint32_t i = 0; i < stmt->count; i++)
            phpvm_ast_add(A, list, stmt->child[i]);
        return;
    }
    phpvm_ast_add(A, list, stmt);
}

/* A statement as a body: always a statement list. */
static phpvm_ast_t *as_list(phpvm_parser_t *p, phpvm_ast_t *stmt, uint32_t line)
{
    phpvm_ast_t *list;

    if (!stmt) return NULL;
    if (stmt->kind == PHPVM_AST_STMT_LIST && stmt != &empty_statement) return stmt;
    list = phpvm_ast_list(A, PHPVM_AST_STMT_LIST, line);
    add_statement(p, list, stmt);
    return list;
}

static bool member_of(int kind, const int *set)
{
    for (; set && *set >= 0; set++)
        if (*set == kind) return true;
    return false;
}

phpvm_ast_t *phpvm_parse_inner_statements(phpvm_parser_t *p, const int *terminators)
{
    phpvm_ast_t *list = phpvm_ast_list(A, PHPVM_AST_STMT_LIST, p->prev_line);

    while (!member_of(p->tok.kind, terminators)) {
        if (p->tok.kind == PHPVM_T_END) return phpvm_parser_fail(p, NULL);
        if (p->tok.kind == PHPVM_T_HALT_COMPILER)
            return phpvm_parser_compile_error(p, LINE,
                                              "__HALT_COMPILER() can only be used from "
                                              "the outermost scope");
        phpvm_ast_t *s = phpvm_parse_statement(p);
        if (!s) return NULL;
        add_statement(p, list, s);
    }
    return list;
}

phpvm_ast_t *phpvm_parse_block(phpvm_parser_t *p)
{
    static const int close[] = {'}', -1};
    phpvm_ast_t *list;

    if (!phpvm_parser_expect(p, '{')) return NULL;
    if (!(list = phpvm_parse_inner_statements(p, close))) return NULL;
    phpvm_parser_advance(p);
    return list;
}

/* The body of a loop or declare: a statement, or ":" statements END ";" (alternative syntax). */
static phpvm_ast_t *alt_body(phpvm_parser_t *p, int end_token)
{
    uint32_t line = LINE;
    int ends[] = {end_token, -1};

    if (phpvm_parser_accept(p, ':')) {
        phpvm_ast_t *list = phpvm_parse_inner_statements(p, ends);
        if (!list || !phpvm_parser_expect(p, end_token) || !phpvm_parser_expect(p, ';'))
            return NULL;
        return list;
    }
    return as_list(p, phpvm_parse_statement(p), line);
}

/* "(" expr ")" */
static phpvm_ast_t *paren_expr(phpvm_parser_t *p)
{
    phpvm_ast_t *e;

    if (!phpvm_parser_expect(p, '(') || !(e = phpvm_parse_expr(p))) return NULL;
    if (!phpvm_parser_accept(p, ')')) return phpvm_parser_fail(p, NULL);
    return e;
}

static phpvm_ast_t *parse_if(phpvm_parser_t *p)
{
    static const int alt_ends[] = {PHPVM_T_ELSEIF, PHPVM_T_ELSE, PHPVM_T_ENDIF, -1};
    phpvm_ast_t *ifs = phpvm_ast_list(A, PHPVM_AST_IF, LINE);
    bool alt = false;

    do {
        uint32_t line = LINE;
        phpvm_ast_t *cond, *body;
        phpvm_parser_advance(p);
        if (!(cond = paren_expr(p))) return NULL;
        if (ifs->count == 0) alt = p->tok.kind == ':';
        if (alt) {
            if (!phpvm_parser_expect(p, ':') || !(body = phpvm_parse_inner_statements(p, alt_ends)))
                return NULL;
        } else if (!(body = as_list(p, phpvm_parse_statement(p), line))) {
            return NULL;
        }
        phpvm_ast_add(A, ifs, phpvm_ast_new(A, PHPVM_AST_IF_ELEM, 0, line, cond, body));
    } while (p->tok.kind == PHPVM_T_ELSEIF);
    if (p->tok.kind == PHPVM_T_ELSE) {
        uint32_t line = LINE;
        phpvm_ast_t *body;
        phpvm_parser_advance(p);
        if (alt) {
            static const int endif[] = {PHPVM_T_ENDIF, -1};
            if (!phpvm_parser_expect(p, ':') || !(body = phpvm_parse_inner_statements(p, endif)))
                return NULL;
        } else if (!(body = as_list(p, phpvm_parse_statement(p), line))) {
            return NULL;
        }
        phpvm_ast_add(A, ifs, phpvm_ast_new(A, PHPVM_AST_IF_ELEM, 0, line, NULL, body));
    }
    if (alt && (!phpvm_parser_expect(p, PHPVM_T_ENDIF) || !phpvm_parser_expect(p, ';')))
        return NULL;
    return ifs;
}

/* for_exprs: empty or expr ("," expr)*, then `close`. */
static bool for_exprs(phpvm_parser_t *p, int close, phpvm_ast_t **out)
{
    *out = NULL;
    if (p->tok.kind != close) {
        *out = phpvm_ast_list(A, PHPVM_AST_EXPR_LIST, LINE);
        do {
            phpvm_ast_t *e = phpvm_parse_expr(p);
            if (!e) return false;
            phpvm_ast_add(A, *out, e);
        } while (phpvm_parser_accept(p, ','));
    }
    return phpvm_parser_expect(p, close);
}

static phpvm_ast_t *parse_for(phpvm_parser_t *p, uint32_t line)
{
    phpvm_ast_t *init, *cond, *loop, *body;

    if (!phpvm_parser_expect(p, '(') || !for_exprs(p, ';', &init) || !for_exprs(p, ';', &cond) ||
        !for_exprs(p, ')', &loop) || !(body = alt_body(p, PHPVM_T_ENDFOR)))
        return NULL;
    return phpvm_ast_new(A, PHPVM_AST_FOR, 0, line, init, cond, loop, body);
}

/* foreach_variable: variable, "&" variable, list(...) or [...]. */
static phpvm_ast_t *foreach_variable(phpvm_parser_t *p)
{
    uint32_t line = LINE;
    int k = p->tok.kind;

    if (k == PHPVM_T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG ||
        k == PHPVM_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) {
        phpvm_parser_advance(p);
        phpvm_ast_t *v = phpvm_parse_variable(p);
        return v ? phpvm_ast_new(A, PHPVM_AST_REF, 0, line, v) : NULL;
    }
    if (k == PHPVM_T_LIST || k == '[') {
        int close = k == '[' ? ']' : ')';
        phpvm_parser_advance(p);
        if (k == PHPVM_T_LIST && !phpvm_parser_expect(p, '(')) return NULL;
        phpvm_ast_t *arr = phpvm_parse_array_pairs(p, close);
        if (!arr || !phpvm_parser_expect(p, close)) return NULL;
        arr->line = line;
        arr->flags = k == '[' ? PHPVM_AF_ARRAY_SYNTAX_SHORT : PHPVM_AF_ARRAY_SYNTAX_LIST;
        return arr;
    }
    return phpvm_parse_variable(p);
}

static phpvm_ast_t *parse_foreach(phpvm_parser_t *p, uint32_t line)
{
    phpvm_ast_t *expr, *value, *key = NULL, *body;

    if (!phpvm_parser_expect(p, '(') || !(expr = phpvm_parse_expr(p))) return NULL;
    if (!phpvm_parser_accept(p, PHPVM_T_AS)) return phpvm_parser_fail(p, NULL);
    if (!(value = foreach_variable(p))) return NULL;
    if (phpvm_parser_accept(p, PHPVM_T_DOUBLE_ARROW)) {
        key = value;
        if (!(value = foreach_variable(p))) return NULL;
    }
    if (p->tok.kind != ')') {
        bool var = value->kind != PHPVM_AST_REF && value->kind != PHPVM_AST_ARRAY;
        return phpvm_parser_fail(p, var ? variable_followers : NULL);
    }
    phpvm_parser_advance(p);
    if (!(body = alt_body(p, PHPVM_T_ENDFOREACH))) return NULL;
    return phpvm_ast_new(A, PHPVM_AST_FOREACH, 0, line, expr, value, key, body);
}

static phpvm_ast_t *parse_switch(phpvm_parser_t *p, uint32_t line)
{
    static const int case_ends[] = {PHPVM_T_CASE, PHPVM_T_DEFAULT, '}', PHPVM_T_ENDSWITCH, -1};
    static const int case_start[] = {PHPVM_T_CASE, PHPVM_T_DEFAULT, '}', -1};
    static const int alt_case_start[] = {PHPVM_T_CASE, PHPVM_T_DEFAULT, PHPVM_T_ENDSWITCH, -1};
    static const int separators[] = {':', ';', -1};
    phpvm_ast_t *cond, *cases;
    bool alt;

    if (!(cond = paren_expr(p))) return NULL;
    alt = p->tok.kind == ':';
    if (!alt && !phpvm_parser_expect(p, '{')) return NULL;
    if (alt) phpvm_parser_advance(p);
    phpvm_parser_accept(p, ';');
    cases = phpvm_ast_list(A, PHPVM_AST_SWITCH_LIST, LINE);
    int close = alt ? PHPVM_T_ENDSWITCH : '}';
    while (p->tok.kind != close) {
        uint32_t cline = LINE;
        phpvm_ast_t *ccond = NULL, *body;
        if (p->tok.kind == PHPVM_T_CASE) {
            phpvm_parser_advance(p);
            if (!(ccond = phpvm_parse_expr(p))) return NULL;
        } else if (!phpvm_parser_accept(p, PHPVM_T_DEFAULT)) {
            return phpvm_parser_fail(p, alt ? alt_case_start : case_start);
        }
        if (p->tok.kind != ':' && p->tok.kind != ';')
            return phpvm_parser_fail(p, ccond ? NULL : separators);
        phpvm_parser_advance(p);
        if (!(body = phpvm_parse_inner_statements(p, case_ends))) return NULL;
        phpvm_ast_add(A, cases, phpvm_ast_new(A, PHPVM_AST_SWITCH_CASE, 0, cline, ccond, body));
    }
    phpvm_parser_advance(p);
    if (alt && !phpvm_parser_expect(p, ';')) return NULL;
    return phpvm_ast_new(A, PHPVM_AST_SWITCH, 0, line, cond, cases);
}

static phpvm_ast_t *parse_try(phpvm_parser_t *p, uint32_t line)
{
    phpvm_ast_t *body, *catches, *finally = NULL;

    if (!(body = phpvm_parse_block(p))) return NULL;
    catches = phpvm_ast_list(A, PHPVM_AST_CATCH_LIST, LINE);
    while (p->tok.kind == PHPVM_T_CATCH) {
        uint32_t cline = LINE;
        phpvm_ast_t *names = phpvm_ast_list(A, PHPVM_AST_NAME_LIST, LINE), *var = NULL, *stmts;
        phpvm_parser_advance(p);
        if (!phpvm_parser_expect(p, '(')) return NULL;
        do {
            phpvm_ast_t *n = phpvm_parse_class_name(p);
            if (!n) return NULL;
            phpvm_ast_add(A, names, n);
        } while (phpvm_parser_accept(p, '|'));
        if (p->tok.kind == PHPVM_T_VARIABLE) {
            var = phpvm_ast_new(A, PHPVM_AST_VAR, 0, LINE, phpvm_parser_tok_str(p));
            phpvm_parser_advance(p);
        }
        if (!phpvm_parser_expect(p, ')') || !(stmts = phpvm_parse_block(p))) return NULL;
        phpvm_ast_add(A, catches, phpvm_ast_new(A, PHPVM_AST_CATCH, 0, cline, names, var, stmts));
    }
    if (phpvm_parser_accept(p, PHPVM_T_FINALLY) && !(finally = phpvm_parse_block(p))) return NULL;
    return phpvm_ast_new(A, PHPVM_AST_TRY, 0, line, body, catches, finally);
}

/* const_list (also class constants: identifiers may be reserved words there). */
phpvm_ast_t *phpvm_parse_const_list(phpvm_parser_t *p, bool class_const)
{
    static const int comma_semi[] = {',', ';', -1};
    static const int assign[] = {'=', -1};
    phpvm_ast_t *list =
        phpvm_ast_list(A, class_const ? PHPVM_AST_CLASS_CONST_DECL : PHPVM_AST_CONST_DECL, LINE);

    do {
        uint32_t line = LINE;
        phpvm_ast_t *name, *value;
        if (class_const) {
            name = phpvm_parser_identifier(p);
        } else if (p->tok.kind == PHPVM_T_STRING) {
            name = phpvm_parser_tok_str(p);
            phpvm_parser_advance(p);
        } else {
            static const int ident[] = {PHPVM_T_STRING, -1};
            name = phpvm_parser_fail(p, ident);
        }
        if (!name) return NULL;
        if (p->tok.kind != '=') return phpvm_parser_fail(p, assign);
        phpvm_parser_advance(p);
        if (!(value = phpvm_parse_expr(p))) return NULL;
        phpvm_ast_add(
            A, list,
            phpvm_ast_new(A, PHPVM_AST_CONST_ELEM, 0, line, name, value, phpvm_parser_take_doc(p)));
    } while (phpvm_parser_accept(p, ','));
    if (p->tok.kind != ';' && p->tok.kind != ')') return phpvm_parser_fail(p, comma_semi);
    return list;
}

/* echo, global, static and unset make one statement per item (a statement list). */
static phpvm_ast_t *parse_echo(phpvm_parser_t *p, uint32_t line)
{
    static const int comma_semi[] = {',', ';', -1};
    phpvm_ast_t *list = phpvm_ast_list(A, PHPVM_AST_STMT_LIST, line);

    do {
        line = LINE;
        phpvm_ast_t *e = phpvm_parse_expr(p);
        if (!e) return NULL;
        phpvm_ast_add(A, list, phpvm_ast_new(A, PHPVM_AST_ECHO, 0, line, e));
    } while (phpvm_parser_accept(p, ','));
    if (!phpvm_parser_accept(p, ';')) return phpvm_parser_fail(p, comma_semi);
    return list;
}

static phpvm_ast_t *parse_global_or_static(phpvm_parser_t *p, bool is_static)
{
    static const int comma_semi[] = {',', ';', -1};
    static const int var[] = {PHPVM_T_VARIABLE, -1};
    phpvm_ast_t *list = phpvm_ast_list(A, PHPVM_AST_STMT_LIST, LINE);

    do {
        uint32_t line = LINE;
        phpvm_ast_t *v, *def = NULL;
        if (is_static) {
            if (p->tok.kind != PHPVM_T_VARIABLE) return phpvm_parser_fail(p, var);
            v = phpvm_ast_new(A, PHPVM_AST_VAR, 0, line, phpvm_parser_tok_str(p));
            phpvm_parser_advance(p);
            if (phpvm_parser_accept(p, '=') && !(def = phpvm_parse_expr(p))) return NULL;
            phpvm_ast_add(A, list, phpvm_ast_new(A, PHPVM_AST_STATIC, 0, line, v, def));
        } else {
            phpvm_ast_t *sv = phpvm_parse_simple_variable(p);
            if (!sv) return NULL;
            v = phpvm_ast_new(A, PHPVM_AST_VAR, 0, line, sv);
            phpvm_ast_add(A, list, phpvm_ast_new(A, PHPVM_AST_GLOBAL, 0, line, v));
        }
    } while (phpvm_parser_accept(p, ','));
    if (!phpvm_parser_accept(p, ';')) return phpvm_parser_fail(p, comma_semi);
    return list;
}

static phpvm_ast_t *parse_unset(phpvm_parser_t *p, uint32_t line)
{
    phpvm_ast_t *list = phpvm_ast_list(A, PHPVM_AST_STMT_LIST, line);

    if (!phpvm_parser_expect(p, '(')) return NULL;
    do {
        if (p->tok.kind == ')' && list->count) break;
        line = LINE;
        phpvm_ast_t *v = phpvm_parse_variable(p);
        if (!v) return NULL;
        phpvm_ast_add(A, list, phpvm_ast_new(A, PHPVM_AST_UNSET, 0, line, v));
    } while (phpvm_parser_accept(p, ','));
    if (p->tok.kind != ')') return phpvm_parser_fail(p, variable_followers);
    phpvm_parser_advance(p);
    if (!phpvm_parser_expect(p, ';')) return NULL;
    return list;
}

static phpvm_ast_t *parse_declare(phpvm_parser_t *p, uint32_t line)
{
    phpvm_ast_t *decls, *body = NULL;

    if (!phpvm_parser_expect(p, '(') || !(decls = phpvm_parse_const_list(p, false)) ||
        !phpvm_parser_expect(p, ')'))
        return NULL;
    /* PHP checks declare(encoding=...) while parsing (zend_handle_encoding_declaration). */
    for (uint32_t i = 0; i < decls->count; i++) {
        const phpvm_ast_t *d = decls->child[i];
        if (d->child[0]->len == 8 && strncasecmp(d->child[0]->str, "encoding", 8) == 0 &&
            d->child[1]->kind != PHPVM_AST_ZVAL)
            return phpvm_parser_compile_error(p, d->line, "Encoding must be a literal");
    }
    if (phpvm_parser_accept(p, ':')) {
        static const int end[] = {PHPVM_T_ENDDECLARE, -1};
        if (!(body = phpvm_parse_inner_statements(p, end)) ||
            !phpvm_parser_expect(p, PHPVM_T_ENDDECLARE) || !phpvm_parser_expect(p, ';'))
            return NULL;
    } else if (!phpvm_parser_accept(p, ';')) {
        uint32_t bline = LINE;
        if (!(body = as_list(p, phpvm_parse_statement(p), bline))) return NULL;
    }
    return phpvm_ast_new(A, PHPVM_AST_DECLARE, 0, line, decls, body);
}

/* break/continue/return: an optional expression, then ";". */
static phpvm_ast_t *optional_expr_statement(phpvm_parser_t *p, phpvm_ast_kind_t kind, uint32_t line)
{
    phpvm_ast_t *e = NULL;

    if (p->tok.kind != ';' && !phpvm_parser_starts_expr(p->tok.kind))
        return phpvm_parser_fail(p, semicolon);
    if (p->tok.kind != ';' && !(e = phpvm_parse_expr(p))) return NULL;
    if (!phpvm_parser_accept(p, ';')) return phpvm_parser_fail(p, semicolon);
    return phpvm_ast_new(A, kind, 0, line, e);
}

static phpvm_ast_t *parse_break(phpvm_parser_t *p, uint32_t line)
{
    return optional_expr_statement(p, PHPVM_AST_BREAK, line);
}

static phpvm_ast_t *parse_continue(phpvm_parser_t *p, uint32_t line)
{
    return optional_expr_statement(p, PHPVM_AST_CONTINUE, line);
}

static phpvm_ast_t *parse_return(phpvm_parser_t *p, uint32_t line)
{
    return optional_expr_statement(p, PHPVM_AST_RETURN, line);
}

static phpvm_ast_t *parse_global(phpvm_parser_t *p, uint32_t line)
{
    (void)line;
    return parse_global_or_static(p, false);
}

/* Declarations that may carry attributes: functions, classes, traits, interfaces, enums. */
static phpvm_ast_t *declaration(phpvm_parser_t *p)
{
    int k = p->tok.kind;
    uint32_t class_flags = 0;

    if (k == PHPVM_T_FUNCTION) return phpvm_parse_function_decl(p);
    while (k == PHPVM_T_ABSTRACT || k == PHPVM_T_FINAL || k == PHPVM_T_READONLY) {
        uint32_t f = k == PHPVM_T_ABSTRACT ? PHPVM_AF_CLASS_ABSTRACT
                     : k == PHPVM_T_FINAL  ? PHPVM_AF_CLASS_FINAL
                                           : PHPVM_AF_CLASS_READONLY;
        if (class_flags & f) {
            const char *what = k == PHPVM_T_ABSTRACT ? "abstract"
                               : k == PHPVM_T_FINAL  ? "final"
                                                     : "readonly";
            return phpvm_parser_compile_error(p, LINE, "Multiple %s modifiers are not allowed",
                                              what);
        }
        class_flags |= f;
        if ((class_flags & PHPVM_AF_CLASS_ABSTRACT) && (class_flags & PHPVM_AF_CLASS_FINAL))
            return phpvm_parser_compile_error(p, LINE,
                                              "Cannot use the final modifier on an abstract class");
        phpvm_parser_advance(p);
        k = p->tok.kind;
        if (k != PHPVM_T_ABSTRACT && k != PHPVM_T_FINAL && k != PHPVM_T_READONLY &&
            k != PHPVM_T_CLASS) {
            static const int expected[] = {PHPVM_T_ABSTRACT, PHPVM_T_FINAL, PHPVM_T_READONLY,
                                           PHPVM_T_CLASS, -1};
            return phpvm_parser_fail(p, expected);
        }
    }
    return phpvm_parse_class_decl(p, class_flags);
}

static bool starts_declaration(phpvm_parser_t *p)
{
    int k = p->tok.kind, next;

    switch (k) {
    case PHPVM_T_CLASS:
    case PHPVM_T_TRAIT:
    case PHPVM_T_INTERFACE:
    case PHPVM_T_ENUM:
    case PHPVM_T_ABSTRACT:
    case PHPVM_T_FINAL:
        return true;
    case PHPVM_T_READONLY:
        return phpvm_parser_peek(p, 1)->kind != '(';
    case PHPVM_T_FUNCTION:
        next = phpvm_parser_peek(p, 1)->kind;
        if (next == PHPVM_T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG ||
            next == PHPVM_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG)
            next = phpvm_parser_peek(p, 2)->kind;
        return next == PHPVM_T_STRING || next == PHPVM_T_READONLY;
    default:
        return false;
    }
}

static phpvm_ast_t *attributed(phpvm_parser_t *p)
{
    phpvm_ast_t *attrs = phpvm_parse_attributes(p), *decl;

    if (!attrs) return NULL;
    if (!starts_declaration(p)) {
        /* An attributed closure or arrow function used as an expression statement. */
        int k = p->tok.kind;
        uint32_t flags = 0;
        if (k == PHPVM_T_STATIC) {
            phpvm_parser_advance(p);
            flags = PHPVM_AF_MODIFIER_STATIC;
            k = p->tok.kind;
        }
        if (k != PHPVM_T_FUNCTION && k != PHPVM_T_FN) return phpvm_parser_fail(p, NULL);
        if (!(decl = phpvm_parse_closure(p, flags))) return NULL;
        phpvm_parser_set_attributes(decl, attrs);
        /* The closure may be the start of a longer expression; PHP parses "expr ;". */
        if (!phpvm_parser_accept(p, ';')) return phpvm_parser_fail(p, NULL);
        return decl;
    }
    if (!(decl = declaration(p))) return NULL;
    phpvm_parser_set_attributes(decl, attrs);
    return decl;
}

static phpvm_ast_t *parse_while(phpvm_parser_t *p, uint32_t line)
{
    phpvm_ast_t *cond = paren_expr(p), *body;

    if (!cond || !(body = alt_body(p, PHPVM_T_ENDWHILE))) return NULL;
    return phpvm_ast_new(A, PHPVM_AST_WHILE, 0, line, cond, body);
}

static phpvm_ast_t *parse_do(phpvm_parser_t *p, uint32_t line)
{
    uint32_t bline = LINE;
    phpvm_ast_t *body = as_list(p, phpvm_parse_statement(p), bline), *cond;

    if (!body || !phpvm_parser_expect(p, PHPVM_T_WHILE) || !(cond = paren_expr(p)) ||
        !phpvm_parser_expect(p, ';'))
        return NULL;
    return phpvm_ast_new(A, PHPVM_AST_DO_WHILE, 0, line, body, cond);
}

static phpvm_ast_t *parse_goto(phpvm_parser_t *p, uint32_t line)
{
    static const int ident[] = {PHPVM_T_STRING, -1};
    phpvm_ast_t *r;

    if (p->tok.kind != PHPVM_T_STRING) return phpvm_parser_fail(p, ident);
    r = phpvm_ast_new(A, PHPVM_AST_GOTO, 0, line, phpvm_parser_tok_str(p));
    phpvm_parser_advance(p);
    if (!phpvm_parser_accept(p, ';')) return phpvm_parser_fail(p, semicolon);
    return r;
}

/* Statements that start with their keyword, which is consumed before the parse function runs. */
static const struct {
    int token;
    phpvm_ast_t *(*parse)(phpvm_parser_t *p, uint32_t line);
} keyword_statements[] = {
    {PHPVM_T_WHILE, parse_while},       {PHPVM_T_DO, parse_do},
    {PHPVM_T_FOR, parse_for},           {PHPVM_T_FOREACH, parse_foreach},
    {PHPVM_T_SWITCH, parse_switch},     {PHPVM_T_BREAK, parse_break},
    {PHPVM_T_CONTINUE, parse_continue}, {PHPVM_T_RETURN, parse_return},
    {PHPVM_T_GLOBAL, parse_global},     {PHPVM_T_ECHO, parse_echo},
    {PHPVM_T_UNSET, parse_unset},       {PHPVM_T_DECLARE, parse_declare},
    {PHPVM_T_TRY, parse_try},           {PHPVM_T_GOTO, parse_goto},
};

/* Statements recognised by their first tokens; NULL with `*handled` false for the others. */
static phpvm_ast_t *special_statement(phpvm_parser_t *p, bool *handled)
{
    uint32_t line = LINE;
    int k = p->tok.kind;

    *handled = true;
    if (k == '{') return phpvm_parse_block(p);
    if (k == PHPVM_T_IF) return parse_if(p);
    if (k == PHPVM_T_ATTRIBUTE) return attributed(p);
    if (k == PHPVM_T_INLINE_HTML) {
        phpvm_ast_t *r = phpvm_ast_new(A, PHPVM_AST_ECHO, 0, line,
                                       phpvm_ast_str(A, line, p->tok.text, p->tok.len));
        phpvm_parser_advance(p);
        return r;
    }
    if (phpvm_parser_accept(p, ';')) return &empty_statement;
    if (k == PHPVM_T_STRING && phpvm_parser_peek(p, 1)->kind == ':') {
        phpvm_ast_t *r = phpvm_ast_new(A, PHPVM_AST_LABEL, 0, line, phpvm_parser_tok_str(p));
        phpvm_parser_advance(p);
        phpvm_parser_advance(p);
        return r;
    }
    if (k == PHPVM_T_STATIC && phpvm_parser_peek(p, 1)->kind == PHPVM_T_VARIABLE) {
        phpvm_parser_advance(p);
        return parse_global_or_static(p, true);
    }
    if (starts_declaration(p)) return declaration(p);
    for (size_t i = 0; i < sizeof keyword_statements / sizeof keyword_statements[0]; i++) {
        if (keyword_statements[i].token == k) {
            phpvm_parser_advance(p);
            return keyword_statements[i].parse(p, line);
        }
    }
    *handled = false;
    return NULL;
}

phpvm_ast_t *phpvm_parse_statement(phpvm_parser_t *p)
{
    bool handled;
    phpvm_ast_t *r;

    if (!phpvm_parser_enter(p)) return NULL;
    r = special_statement(p, &handled);
    if (!handled) {
        /* expr ";" */
        r = phpvm_parse_expr(p);
        if (r && !phpvm_parser_accept(p, ';')) r = phpvm_parser_fail(p, NULL);
    }
    phpvm_parser_leave(p);
    return r;
}

static bool starts_statement(phpvm_parser_t *p)
{
    switch (p->tok.kind) {
    case '{':
    case ';':
    case PHPVM_T_IF:
    case PHPVM_T_WHILE:
    case PHPVM_T_DO:
    case PHPVM_T_FOR:
    case PHPVM_T_FOREACH:
    case PHPVM_T_SWITCH:
    case PHPVM_T_BREAK:
    case PHPVM_T_CONTINUE:
    case PHPVM_T_RETURN:
    case PHPVM_T_GLOBAL:
    case PHPVM_T_ECHO:
    case PHPVM_T_INLINE_HTML:
    case PHPVM_T_UNSET:
    case PHPVM_T_DECLARE:
    case PHPVM_T_TRY:
    case PHPVM_T_GOTO:
    case PHPVM_T_NAMESPACE:
    case PHPVM_T_USE:
    case PHPVM_T_CONST:
    case PHPVM_T_HALT_COMPILER:
        return true;
    default:
        return starts_declaration(p) || phpvm_parser_starts_expr(p->tok.kind);
    }
}

/* A namespace or group-use prefix name: an identifier or a qualified name, as a string. */
static phpvm_ast_t *namespace_name(phpvm_parser_t *p, bool allow_fq, bool allow_reserved)
{
    static const int names[] = {PHPVM_T_STRING, PHPVM_T_NAME_QUALIFIED, -1};
    static const int legacy_names[] = {PHPVM_T_STRING, PHPVM_T_NAME_FULLY_QUALIFIED,
                                       PHPVM_T_NAME_QUALIFIED, -1};
    int k = p->tok.kind;

    if (k == PHPVM_T_STRING || k == PHPVM_T_NAME_QUALIFIED ||
        (allow_fq && k == PHPVM_T_NAME_FULLY_QUALIFIED) ||
        (allow_reserved && phpvm_parser_is_semi_reserved(k))) {
        phpvm_ast_t *n = phpvm_parser_tok_str(p);
        phpvm_parser_advance(p);
        return n;
    }
    return phpvm_parser_fail(p, allow_fq ? legacy_names : names);
}

static uint32_t use_type(phpvm_parser_t *p)
{
    if (phpvm_parser_accept(p, PHPVM_T_FUNCTION)) return PHPVM_AF_USE_FUNCTION;
    if (phpvm_parser_accept(p, PHPVM_T_CONST)) return PHPVM_AF_USE_CONST;
    return 0;
}

/* namespace_name [as T_STRING] -> USE_ELEM */
static phpvm_ast_t *use_elem(phpvm_parser_t *p, bool allow_fq, uint32_t flags)
{
    uint32_t line = LINE;
    phpvm_ast_t *name = namespace_name(p, allow_fq, false), *alias = NULL;

    if (!name) return NULL;
    if (phpvm_parser_accept(p, PHPVM_T_AS)) {
        if (p->tok.kind != PHPVM_T_STRING) {
            static const int ident[] = {PHPVM_T_STRING, -1};
            return phpvm_parser_fail(p, ident);
        }
        alias = phpvm_parser_tok_str(p);
        phpvm_parser_advance(p);
    }
    return phpvm_ast_new(A, PHPVM_AST_USE_ELEM, flags, line, name, alias);
}

static phpvm_ast_t *parse_use(phpvm_parser_t *p, uint32_t line)
{
    static const int comma_semi[] = {',', ';', -1};
    uint32_t type = use_type(p);
    phpvm_ast_t *first, *list;

    if (!type && !phpvm_parser_is_name(p->tok.kind)) return phpvm_parser_fail(p, NULL);

    if (!(first = use_elem(p, true, 0))) return NULL;
    if (first->child[1] == NULL && phpvm_parser_accept(p, PHPVM_T_NS_SEPARATOR)) {
        /* Group use: prefix\{a, b as c, function d}. */
        static const int mixed_start[] = {PHPVM_T_STRING, PHPVM_T_NAME_QUALIFIED, PHPVM_T_FUNCTION,
                                          PHPVM_T_CONST, -1};
        static const int typed_start[] = {PHPVM_T_STRING, PHPVM_T_NAME_QUALIFIED, -1};
        static const int close[] = {'}', -1};
        phpvm_ast_t *uses = phpvm_ast_list(A, PHPVM_AST_USE, LINE);
        if (!phpvm_parser_expect(p, '{')) return NULL;
        do {
            int k = p->tok.kind;
            bool starts = k == PHPVM_T_STRING || k == PHPVM_T_NAME_QUALIFIED ||
                          (!type && (k == PHPVM_T_FUNCTION || k == PHPVM_T_CONST));
            if (!starts && uses->count) {
                if (k == '}') break;
                return phpvm_parser_fail(p, close);
            }
            if (!starts) return phpvm_parser_fail(p, type ? typed_start : mixed_start);
            uint32_t item_type = type ? 0 : use_type(p);
            phpvm_ast_t *e =
                use_elem(p, false, type ? 0 : (item_type ? item_type : PHPVM_AF_USE_NORMAL));
            if (!e) return NULL;
            phpvm_ast_add(A, uses, e);
        } while (phpvm_parser_accept(p, ','));
        if (!phpvm_parser_expect(p, '}') || !phpvm_parser_expect(p, ';')) return NULL;
        return phpvm_ast_new(A, PHPVM_AST_GROUP_USE, type, line, first->child[0], uses);
    }
    list = phpvm_ast_list(A, PHPVM_AST_USE, line);
    list->flags = type ? type : PHPVM_AF_USE_NORMAL;
    phpvm_ast_add(A, list, first);
    while (phpvm_parser_accept(p, ',')) {
        phpvm_ast_t *e = use_elem(p, true, 0);
        if (!e) return NULL;
        phpvm_ast_add(A, list, e);
    }
    if (!phpvm_parser_accept(p, ';')) return phpvm_parser_fail(p, comma_semi);
    return list;
}

static phpvm_ast_t *parse_namespace(phpvm_parser_t *p, uint32_t line)
{
    phpvm_ast_t *name = NULL, *body = NULL;

    static const int brace[] = {'{', -1};
    int k = p->tok.kind;
    if (k != '{' && k != PHPVM_T_STRING && k != PHPVM_T_NAME_QUALIFIED &&
        !phpvm_parser_is_semi_reserved(k))
        return phpvm_parser_fail(p, brace);
    if (k != '{' && !(name = namespace_name(p, false, true))) return NULL;
    p->doc = NULL;
    if (name && phpvm_parser_accept(p, ';'))
        return phpvm_ast_new(A, PHPVM_AST_NAMESPACE, 0, line, name, NULL);
    if (!phpvm_parser_expect(p, '{')) return NULL;
    body = phpvm_ast_list(A, PHPVM_AST_STMT_LIST, p->prev_line);
    while (p->tok.kind != '}') {
        phpvm_ast_t *s = NULL;
        if (p->tok.kind == PHPVM_T_END) return phpvm_parser_fail(p, NULL);
        if (!phpvm_parser_enter(p)) return NULL;
        if (p->tok.kind == PHPVM_T_NAMESPACE) {
            phpvm_parser_advance(p);
            s = parse_namespace(p, LINE);
        } else if (p->tok.kind == PHPVM_T_USE) {
            phpvm_parser_advance(p);
            s = parse_use(p, LINE);
        } else if (p->tok.kind == PHPVM_T_CONST) {
            phpvm_parser_advance(p);
            if ((s = phpvm_parse_const_list(p, false)) && !phpvm_parser_expect(p, ';')) s = NULL;
        } else if (p->tok.kind == PHPVM_T_HALT_COMPILER) {
            s = phpvm_parser_compile_error(p, LINE,
                                           "__HALT_COMPILER() can only be used from the "
                                           "outermost scope");
        } else {
            s = phpvm_parse_statement(p);
        }
        phpvm_parser_leave(p);
        if (!s) return NULL;
        add_statement(p, body, s);
    }
    phpvm_parser_advance(p);
    return phpvm_ast_new(A, PHPVM_AST_NAMESPACE, 0, line, name, body);
}

static phpvm_ast_t *halt_compiler(phpvm_parser_t *p, uint32_t line)
{
    if (!phpvm_parser_expect(p, '(') || !phpvm_parser_expect(p, ')')) return NULL;
    if (p->tok.kind != ';') return phpvm_parser_fail(p, semicolon);
    p->halt_offset = (size_t)(p->tok.text + p->tok.len - p->lx.src);
    return phpvm_ast_new(A, PHPVM_AST_HALT_COMPILER, 0, line,
                         phpvm_ast_long(A, line, (int64_t)p->halt_offset));
}

phpvm_ast_t *phpvm_parse_top_statements(phpvm_parser_t *p)
{
    static const int eof[] = {PHPVM_T_END, -1};
    phpvm_ast_t *list = phpvm_ast_list(A, PHPVM_AST_STMT_LIST, 1);

    while (p->tok.kind != PHPVM_T_END && !p->failed) {
        uint32_t line = LINE;
        phpvm_ast_t *s;
        int k = p->tok.kind;
        if (!starts_statement(p)) return phpvm_parser_fail(p, eof);
        if (k == PHPVM_T_NAMESPACE || k == PHPVM_T_USE || k == PHPVM_T_CONST ||
            k == PHPVM_T_HALT_COMPILER)
            phpvm_parser_advance(p);
        switch (k) {
        case PHPVM_T_NAMESPACE:
            s = parse_namespace(p, line);
            break;
        case PHPVM_T_USE:
            s = parse_use(p, line);
            break;
        case PHPVM_T_CONST:
            s = phpvm_parse_const_list(p, false);
            if (s && !phpvm_parser_expect(p, ';')) s = NULL;
            break;
        case PHPVM_T_HALT_COMPILER:
            if ((s = halt_compiler(p, line))) phpvm_ast_add(A, list, s);
            return s ? list : NULL;
        default:
            s = phpvm_parse_statement(p);
            break;
        }
        if (!s) return NULL;
        add_statement(p, list, s);
    }
    return p->failed ? NULL : list;
}

/*
** parse_expr.c: PHP 8.2 expressions. Binary operators are parsed by precedence climbing over
** PHP's own precedence table (zend_language_parser.y), including its quirks: comparisons do not
** associate, "variable = expr" binds wherever a variable is followed by "=" (so "!$a = f()" is
** "!($a = f())"), and the operands of print, yield, include and arrow functions reach as far as
** their precedence says. Postfix chains ([], ->, ?->, ::, calls) follow PHP's rules on which
** bases may be dereferenced (a constant may be indexed but not called; "new X" needs brackets).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phpvm/parser.h"

/* Precedence levels, lowest first (zend_language_parser.y's %left/%right/%precedence lines). */
enum {
    P_LOWEST,
    P_THROW,
    P_ARROW_FN,
    P_INCLUDE,
    P_OR,
    P_XOR,
    P_AND,
    P_PRINT,
    P_YIELD,
    P_DOUBLE_ARROW,
    P_YIELD_FROM,
    P_ASSIGN,
    P_TERNARY,
    P_COALESCE,
    P_BOOL_OR,
    P_BOOL_AND,
    P_BIT_OR,
    P_BIT_XOR,
    P_BIT_AND,
    P_EQUALITY,
    P_COMPARE,
    P_CONCAT,
    P_SHIFT,
    P_ADD,
    P_MUL,
    P_NOT,
    P_INSTANCEOF,
    P_UNARY,
    P_POW,
    P_CLONE
};

typedef enum assoc { LEFT, RIGHT, NONASSOC } assoc_t;

static const struct binop {
    int token;
    int prec;
    assoc_t assoc;
    uint32_t flag; /* BINARY_OP flag */
} binops[] = {
    {PHPVM_T_LOGICAL_OR, P_OR, LEFT, PHPVM_AF_BINARY_BOOL_OR},
    {PHPVM_T_LOGICAL_XOR, P_XOR, LEFT, PHPVM_AF_BINARY_BOOL_XOR},
    {PHPVM_T_LOGICAL_AND, P_AND, LEFT, PHPVM_AF_BINARY_BOOL_AND},
    {PHPVM_T_COALESCE, P_COALESCE, RIGHT, PHPVM_AF_BINARY_COALESCE},
    {PHPVM_T_BOOLEAN_OR, P_BOOL_OR, LEFT, PHPVM_AF_BINARY_BOOL_OR},
    {PHPVM_T_BOOLEAN_AND, P_BOOL_AND, LEFT, PHPVM_AF_BINARY_BOOL_AND},
    {'|', P_BIT_OR, LEFT, PHPVM_AF_BINARY_BITWISE_OR},
    {'^', P_BIT_XOR, LEFT, PHPVM_AF_BINARY_BITWISE_XOR},
    {PHPVM_T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG, P_BIT_AND, LEFT, PHPVM_AF_BINARY_BITWISE_AND},
    {PHPVM_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG, P_BIT_AND, LEFT, PHPVM_AF_BINARY_BITWISE_AND},
    {PHPVM_T_IS_EQUAL, P_EQUALITY, NONASSOC, PHPVM_AF_BINARY_IS_EQUAL},
    {PHPVM_T_IS_NOT_EQUAL, P_EQUALITY, NONASSOC, PHPVM_AF_BINARY_IS_NOT_EQUAL},
    {PHPVM_T_IS_IDENTICAL, P_EQUALITY, NONASSOC, PHPVM_AF_BINARY_IS_IDENTICAL},
    {PHPVM_T_IS_NOT_IDENTICAL, P_EQUALITY, NONASSOC, PHPVM_AF_BINARY_IS_NOT_IDENTICAL},
    {PHPVM_T_SPACESHIP, P_EQUALITY, NONASSOC, PHPVM_AF_BINARY_SPACESHIP},
    {'<', P_COMPARE, NONASSOC, PHPVM_AF_BINARY_IS_SMALLER},
    {PHPVM_T_IS_SMALLER_OR_EQUAL, P_COMPARE, NONASSOC, PHPVM_AF_BINARY_IS_SMALLER_OR_EQUAL},
    {'>', P_COMPARE, NONASSOC, PHPVM_AF_BINARY_IS_GREATER},
    {PHPVM_T_IS_GREATER_OR_EQUAL, P_COMPARE, NONASSOC, PHPVM_AF_BINARY_IS_GREATER_OR_EQUAL},
    {'.', P_CONCAT, LEFT, PHPVM_AF_BINARY_CONCAT},
    {PHPVM_T_SL, P_SHIFT, LEFT, PHPVM_AF_BINARY_SHIFT_LEFT},
    {PHPVM_T_SR, P_SHIFT, LEFT, PHPVM_AF_BINARY_SHIFT_RIGHT},
    {'+', P_ADD, LEFT, PHPVM_AF_BINARY_ADD},
    {'-', P_ADD, LEFT, PHPVM_AF_BINARY_SUB},
    {'*', P_MUL, LEFT, PHPVM_AF_BINARY_MUL},
    {'/', P_MUL, LEFT, PHPVM_AF_BINARY_DIV},
    {'%', P_MUL, LEFT, PHPVM_AF_BINARY_MOD},
    {PHPVM_T_POW, P_POW, RIGHT, PHPVM_AF_BINARY_POW},
};

/* Compound assignments: token -> ASSIGN_OP flag. */
static const struct {
    int token;
    uint32_t flag;
} assignops[] = {
    {PHPVM_T_PLUS_EQUAL, PHPVM_AF_BINARY_ADD},
    {PHPVM_T_MINUS_EQUAL, PHPVM_AF_BINARY_SUB},
    {PHPVM_T_MUL_EQUAL, PHPVM_AF_BINARY_MUL},
    {PHPVM_T_POW_EQUAL, PHPVM_AF_BINARY_POW},
    {PHPVM_T_DIV_EQUAL, PHPVM_AF_BINARY_DIV},
    {PHPVM_T_CONCAT_EQUAL, PHPVM_AF_BINARY_CONCAT},
    {PHPVM_T_MOD_EQUAL, PHPVM_AF_BINARY_MOD},
    {PHPVM_T_AND_EQUAL, PHPVM_AF_BINARY_BITWISE_AND},
    {PHPVM_T_OR_EQUAL, PHPVM_AF_BINARY_BITWISE_OR},
    {PHPVM_T_XOR_EQUAL, PHPVM_AF_BINARY_BITWISE_XOR},
    {PHPVM_T_SL_EQUAL, PHPVM_AF_BINARY_SHIFT_LEFT},
    {PHPVM_T_SR_EQUAL, PHPVM_AF_BINARY_SHIFT_RIGHT},
    {PHPVM_T_COALESCE_EQUAL, PHPVM_AF_BINARY_COALESCE},
};

/* Prefix operators whose operand is an expression of a given precedence. */
static const struct {
    int token;
    phpvm_ast_kind_t kind;
    uint32_t flag;
    int operand_prec;
} prefixops[] = {
    {'!', PHPVM_AST_UNARY_OP, PHPVM_AF_UNARY_BOOL_NOT, P_NOT + 1},
    {'~', PHPVM_AST_UNARY_OP, PHPVM_AF_UNARY_BITWISE_NOT, P_UNARY + 1},
    {'-', PHPVM_AST_UNARY_OP, PHPVM_AF_UNARY_MINUS, P_UNARY + 1},
    {'+', PHPVM_AST_UNARY_OP, PHPVM_AF_UNARY_PLUS, P_UNARY + 1},
    {'@', PHPVM_AST_UNARY_OP, PHPVM_AF_UNARY_SILENCE, P_UNARY + 1},
    {PHPVM_T_INT_CAST, PHPVM_AST_CAST, PHPVM_AF_TYPE_LONG, P_UNARY + 1},
    {PHPVM_T_DOUBLE_CAST, PHPVM_AST_CAST, PHPVM_AF_TYPE_DOUBLE, P_UNARY + 1},
    {PHPVM_T_STRING_CAST, PHPVM_AST_CAST, PHPVM_AF_TYPE_STRING, P_UNARY + 1},
    {PHPVM_T_ARRAY_CAST, PHPVM_AST_CAST, PHPVM_AF_TYPE_ARRAY, P_UNARY + 1},
    {PHPVM_T_OBJECT_CAST, PHPVM_AST_CAST, PHPVM_AF_TYPE_OBJECT, P_UNARY + 1},
    {PHPVM_T_BOOL_CAST, PHPVM_AST_CAST, PHPVM_AF_TYPE_BOOL, P_UNARY + 1},
    {PHPVM_T_UNSET_CAST, PHPVM_AST_CAST, PHPVM_AF_TYPE_NULL, P_UNARY + 1},
    {PHPVM_T_CLONE, PHPVM_AST_CLONE, 0, P_CLONE + 1},
    {PHPVM_T_PRINT, PHPVM_AST_PRINT, 0, P_PRINT + 1},
    {PHPVM_T_THROW, PHPVM_AST_THROW, 0, P_THROW + 1},
    {PHPVM_T_INCLUDE, PHPVM_AST_INCLUDE_OR_EVAL, PHPVM_AF_EXEC_INCLUDE, P_INCLUDE + 1},
    {PHPVM_T_INCLUDE_ONCE, PHPVM_AST_INCLUDE_OR_EVAL, PHPVM_AF_EXEC_INCLUDE_ONCE, P_INCLUDE + 1},
    {PHPVM_T_REQUIRE, PHPVM_AST_INCLUDE_OR_EVAL, PHPVM_AF_EXEC_REQUIRE, P_INCLUDE + 1},
    {PHPVM_T_REQUIRE_ONCE, PHPVM_AST_INCLUDE_OR_EVAL, PHPVM_AF_EXEC_REQUIRE_ONCE, P_INCLUDE + 1},
};

/* Magic constants: token -> MAGIC_CONST flag. */
static const struct {
    int token;
    uint32_t flag;
} magics[] = {
    {PHPVM_T_LINE, PHPVM_AF_MAGIC_LINE},       {PHPVM_T_FILE, PHPVM_AF_MAGIC_FILE},
    {PHPVM_T_DIR, PHPVM_AF_MAGIC_DIR},         {PHPVM_T_TRAIT_C, PHPVM_AF_MAGIC_TRAIT},
    {PHPVM_T_METHOD_C, PHPVM_AF_MAGIC_METHOD}, {PHPVM_T_FUNC_C, PHPVM_AF_MAGIC_FUNCTION},
    {PHPVM_T_NS_C, PHPVM_AF_MAGIC_NAMESPACE},  {PHPVM_T_CLASS_C, PHPVM_AF_MAGIC_CLASS},
};

/* How far a primary expression may be dereferenced (PHP's fully_dereferenceable etc.). */
typedef enum deref {
    DEREF_NONE,  /* literals, new, closures: nothing may follow */
    DEREF_CONST, /* constants: [ and -> but no call or :: */
    DEREF_FULL   /* variables, (expr), "str", [array]: anything */
} deref_t;

/* A parsed operand: the node, how it may be continued, whether it is a grammar "variable". */
typedef struct operand {
    phpvm_ast_t *node;
    deref_t deref;
    bool is_var;
} operand_t;

#define A    (p->a)
#define LINE (p->tok.line)

/* What PHP lists after something that is not yet a variable but could become one (a "(expr)"
** where a variable must stand, "{$expr" in a string): the dereferences. */
static const int variable_followers[] = {PHPVM_T_OBJECT_OPERATOR, PHPVM_T_NULLSAFE_OBJECT_OPERATOR,
                                         '{', '[', -1};

static phpvm_ast_t *postfix(phpvm_parser_t *p, operand_t *o);
static phpvm_ast_t *parse_unary(phpvm_parser_t *p);

bool phpvm_parser_is_name(int kind)
{
    return kind == PHPVM_T_STRING || kind == PHPVM_T_NAME_QUALIFIED ||
           kind == PHPVM_T_NAME_FULLY_QUALIFIED || kind == PHPVM_T_NAME_RELATIVE;
}

phpvm_ast_t *phpvm_parse_name(phpvm_parser_t *p)
{
    uint32_t flags;

    switch (p->tok.kind) {
    case PHPVM_T_STRING:
    case PHPVM_T_NAME_QUALIFIED:
        flags = PHPVM_AF_NAME_NOT_FQ;
        break;
    case PHPVM_T_NAME_FULLY_QUALIFIED:
        flags = PHPVM_AF_NAME_FQ;
        break;
    case PHPVM_T_NAME_RELATIVE:
        flags = PHPVM_AF_NAME_RELATIVE;
        break;
    /* Where a class name may stand, PHP also takes "static": too much to list. */
    default:
        return phpvm_parser_fail(p, NULL);
    }
    phpvm_ast_t *name = phpvm_ast_new(A, PHPVM_AST_NAME, flags, LINE, phpvm_parser_tok_str(p));
    phpvm_parser_advance(p);
    return name;
}

phpvm_ast_t *phpvm_parse_class_name(phpvm_parser_t *p)
{
    if (p->tok.kind == PHPVM_T_STATIC) {
        phpvm_ast_t *n = phpvm_ast_new(A, PHPVM_AST_NAME, PHPVM_AF_NAME_NOT_FQ, LINE,
                                       phpvm_ast_str(A, LINE, "static", 6));
        phpvm_parser_advance(p);
        return n;
    }
    return phpvm_parse_name(p);
}

/* Formats a double as PHP converts it to a string (precision 14, "1.0E+20"). */
static size_t php_double_string(double d, char *buf, size_t size)
{
    char tmp[64], *e;

    if (isnan(d)) return (size_t)snprintf(buf, size, "NAN");
    if (isinf(d)) return (size_t)snprintf(buf, size, d > 0 ? "INF" : "-INF");
    snprintf(tmp, sizeof tmp, "%.14G", d);
    e = strchr(tmp, 'E');
    if (!e) return (size_t)snprintf(buf, size, "%s", tmp);
    *e = '\0';
    int exp = atoi(e + 1);
    return (size_t)snprintf(buf, size, "%s%sE%c%d", tmp, strchr(tmp, '.') ? "" : ".0",
                            exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

/* A literal's string value (for folding "a" . 1), in the arena. */
static const char *zval_string(phpvm_parser_t *p, const phpvm_ast_t *z, size_t *len)
{
    char buf[64];

    if (z->vtype == PHPVM_ZV_STR) {
        *len = z->len;
        return z->str;
    }
    if (z->vtype == PHPVM_ZV_LONG)
        *len = (size_t)snprintf(buf, sizeof buf, "%lld", (long long)z->lval);
    else
        *len = php_double_string(z->dval, buf, sizeof buf);
    return rt_arena_strndup(A, buf, *len);
}

/* PHP folds the concatenation of two literals while parsing (zend_ast_create_concat_op). */
static phpvm_ast_t *binary(phpvm_parser_t *p, uint32_t flag, phpvm_ast_t *l, phpvm_ast_t *r)
{
    if (flag == PHPVM_AF_BINARY_CONCAT && l->kind == PHPVM_AST_ZVAL && r->kind == PHPVM_AST_ZVAL) {
        size_t ln, rn;
        const char *ls = zval_string(p, l, &ln), *rs = zval_string(p, r, &rn);
        char *s = rt_arena_alloc(A, ln + rn + 1);
        memcpy(s, ls, ln);
        memcpy(s + ln, rs, rn);
        s[ln + rn] = '\0';
        phpvm_ast_t *z = phpvm_ast_str(A, l->line, "", 0);
        z->str = s;
        z->len = ln + rn;
        return z;
    }
    return phpvm_ast_new(A, PHPVM_AST_BINARY_OP, flag, l->line, l, r);
}

static const struct binop *find_binop(int token)
{
    for (size_t i = 0; i < sizeof binops / sizeof binops[0]; i++)
        if (binops[i].token == token) return &binops[i];
    return NULL;
}

/* class_name_reference: a class name, a new_variable, or "(" expr ")". */
static phpvm_ast_t *class_name_reference(phpvm_parser_t *p)
{
    int k = p->tok.kind;

    phpvm_ast_t *v;
    if (k == PHPVM_T_STATIC || phpvm_parser_is_name(k)) {
        /* Look two tokens ahead only for "Name::$var": PHP reads no further than it must. */
        bool static_prop = phpvm_parser_peek(p, 1)->kind == PHPVM_T_DOUBLE_COLON &&
                           (phpvm_parser_peek(p, 2)->kind == PHPVM_T_VARIABLE ||
                            phpvm_parser_peek(p, 2)->kind == '$');
        v = phpvm_parse_class_name(p);
        if (!v || !static_prop) return v;
        goto chain;
    }
    if (k == '(') {
        phpvm_parser_advance(p);
        phpvm_ast_t *e = phpvm_parse_expr(p);
        if (!e || !phpvm_parser_expect(p, ')')) return NULL;
        return e;
    }
    if (k != PHPVM_T_VARIABLE && k != '$') return phpvm_parser_fail(p, NULL);
    /* new_variable: simple_variable then [..], ->prop, ?->prop, ::$var; no calls. */
    uint32_t line = LINE;
    phpvm_ast_t *sv = phpvm_parse_simple_variable(p);
    if (!sv) return NULL;
    v = phpvm_ast_new(A, PHPVM_AST_VAR, 0, line, sv);
chain:
    for (;;) {
        k = p->tok.kind;
        if (k == '[') {
            phpvm_parser_advance(p);
            phpvm_ast_t *dim = NULL;
            if (p->tok.kind != ']' && !(dim = phpvm_parse_expr(p))) return NULL;
            if (!phpvm_parser_expect(p, ']')) return NULL;
            v = phpvm_ast_new(A, PHPVM_AST_DIM, 0, v->line, v, dim);
        } else if (k == PHPVM_T_OBJECT_OPERATOR || k == PHPVM_T_NULLSAFE_OBJECT_OPERATOR) {
            phpvm_parser_advance(p);
            phpvm_ast_t *name;
            if (p->tok.kind == PHPVM_T_STRING) {
                name = phpvm_parser_tok_str(p);
                phpvm_parser_advance(p);
            } else if (p->tok.kind == '{') {
                phpvm_parser_advance(p);
                if (!(name = phpvm_parse_expr(p)) || !phpvm_parser_expect(p, '}')) return NULL;
            } else if (p->tok.kind == PHPVM_T_VARIABLE || p->tok.kind == '$') {
                uint32_t l2 = LINE;
                phpvm_ast_t *s = phpvm_parse_simple_variable(p);
                if (!s) return NULL;
                name = phpvm_ast_new(A, PHPVM_AST_VAR, 0, l2, s);
            } else {
                return phpvm_parser_fail(p, NULL);
            }
            v = phpvm_ast_new(
                A, k == PHPVM_T_OBJECT_OPERATOR ? PHPVM_AST_PROP : PHPVM_AST_NULLSAFE_PROP, 0,
                v->line, v, name);
        } else if (k == PHPVM_T_DOUBLE_COLON) {
            phpvm_parser_advance(p);
            phpvm_ast_t *s = phpvm_parse_simple_variable(p);
            if (!s) return NULL;
            v = phpvm_ast_new(A, PHPVM_AST_STATIC_PROP, 0, v->line, v, s);
        } else {
            return v;
        }
    }
}

static phpvm_ast_t *parse_new(phpvm_parser_t *p)
{
    uint32_t line = LINE;
    phpvm_ast_t *cls, *args, *attrs = NULL;

    phpvm_parser_advance(p);
    if (p->tok.kind == PHPVM_T_ATTRIBUTE) {
        if (!(attrs = phpvm_parse_attributes(p))) return NULL;
        if (p->tok.kind != PHPVM_T_CLASS) {
            static const int expected[] = {PHPVM_T_CLASS, -1};
            return phpvm_parser_fail(p, expected);
        }
    }
    if (p->tok.kind == PHPVM_T_CLASS) return phpvm_parse_anonymous_class(p, attrs);
    if (!(cls = class_name_reference(p))) return NULL;
    if (p->tok.kind == '(')
        args = phpvm_parse_argument_list(p);
    else
        args = phpvm_ast_list(A, PHPVM_AST_ARG_LIST, LINE);
    if (!args) return NULL;
    return phpvm_ast_new(A, PHPVM_AST_NEW, 0, line, cls, args);
}

/* simple_variable: T_VARIABLE (its name), "${" expr "}" (the expr) or "$" simple_variable. */
phpvm_ast_t *phpvm_parse_simple_variable(phpvm_parser_t *p)
{
    static const int expected[] = {PHPVM_T_VARIABLE, '{', '$', -1};
    static const int start[] = {PHPVM_T_VARIABLE, '$', -1};
    uint32_t line = LINE;

    if (p->tok.kind == PHPVM_T_VARIABLE) {
        phpvm_ast_t *n = phpvm_parser_tok_str(p);
        phpvm_parser_advance(p);
        return n;
    }
    if (p->tok.kind != '$') return phpvm_parser_fail(p, start);
    phpvm_parser_advance(p);
    if (p->tok.kind != '{' && p->tok.kind != '$' && p->tok.kind != PHPVM_T_VARIABLE)
        return phpvm_parser_fail(p, expected);
    if (!phpvm_parser_enter(p)) return NULL;
    phpvm_ast_t *r;
    if (phpvm_parser_accept(p, '{')) {
        r = phpvm_parse_expr(p);
        if (r && !phpvm_parser_expect(p, '}')) r = NULL;
    } else {
        phpvm_ast_t *inner = phpvm_parse_simple_variable(p);
        r = inner ? phpvm_ast_new(A, PHPVM_AST_VAR, 0, line, inner) : NULL;
    }
    phpvm_parser_leave(p);
    return r;
}

/* Whether the keyword starting an argument goes on as the expression it can start. When it does
** not, PHP has taken it for a parameter name and expects ":" (as in "f(list: 1)"). */
static bool keyword_expr_continues(phpvm_parser_t *p)
{
    int next = phpvm_parser_peek(p, 1)->kind;

    switch (p->tok.kind) {
    case PHPVM_T_ISSET:
    case PHPVM_T_EMPTY:
    case PHPVM_T_EVAL:
    case PHPVM_T_ARRAY:
    case PHPVM_T_LIST:
    case PHPVM_T_MATCH:
        return next == '(';
    case PHPVM_T_STATIC:
        return next == PHPVM_T_DOUBLE_COLON || next == PHPVM_T_FUNCTION || next == PHPVM_T_FN;
    case PHPVM_T_PRINT:
    case PHPVM_T_CLONE:
    case PHPVM_T_INCLUDE:
    case PHPVM_T_INCLUDE_ONCE:
    case PHPVM_T_REQUIRE:
    case PHPVM_T_REQUIRE_ONCE:
    case PHPVM_T_THROW:
        return phpvm_parser_starts_expr(next);
    default:
        return true; /* function, fn, new, exit, yield...: their own errors are PHP's */
    }
}

phpvm_ast_t *phpvm_parse_argument_list(phpvm_parser_t *p)
{
    static const int close[] = {')', -1};
    phpvm_ast_t *list = phpvm_ast_list(A, PHPVM_AST_ARG_LIST, LINE);

    if (!phpvm_parser_expect(p, '(')) return NULL;
    if (p->tok.kind == PHPVM_T_ELLIPSIS && phpvm_parser_peek(p, 1)->kind == ')') {
        phpvm_ast_t *cc = phpvm_ast_new(A, PHPVM_AST_CALLABLE_CONVERT, 0, LINE);
        phpvm_parser_advance(p);
        phpvm_parser_advance(p);
        return cc;
    }
    while (p->tok.kind != ')') {
        phpvm_ast_t *arg;
        uint32_t line = LINE;
        int k = p->tok.kind;
        if (!phpvm_parser_starts_expr(k) && k != PHPVM_T_ELLIPSIS &&
            !phpvm_parser_is_semi_reserved(k))
            return phpvm_parser_fail(p, list->count ? close : NULL);
        if (phpvm_parser_accept(p, PHPVM_T_ELLIPSIS)) {
            phpvm_ast_t *e = phpvm_parse_expr(p);
            arg = e ? phpvm_ast_new(A, PHPVM_AST_UNPACK, 0, line, e) : NULL;
        } else if ((p->tok.kind == PHPVM_T_STRING || phpvm_parser_is_semi_reserved(p->tok.kind)) &&
                   (phpvm_parser_peek(p, 1)->kind == ':' ||
                    !phpvm_parser_starts_expr(p->tok.kind) || !keyword_expr_continues(p))) {
            /* A keyword that cannot start an expression can only be a parameter name here. */
            phpvm_ast_t *name = phpvm_parser_identifier(p);
            if (!phpvm_parser_expect(p, ':')) return NULL;
            phpvm_ast_t *e = phpvm_parse_expr(p);
            arg = e ? phpvm_ast_new(A, PHPVM_AST_NAMED_ARG, 0, line, name, e) : NULL;
        } else {
            arg = phpvm_parse_expr(p);
        }
        if (!arg) return NULL;
        phpvm_ast_add(A, list, arg);
        if (!phpvm_parser_accept(p, ',')) break;
    }
    /* PHP's parser reduces the optional trailing comma first, so it expects only ")". */
    if (p->tok.kind != ')') return phpvm_parser_fail(p, close);
    phpvm_parser_advance(p);
    return list;
}

/* One array_pair (NULL is a legal empty slot: the caller checks for "," or the closer first). */
static phpvm_ast_t *array_pair(phpvm_parser_t *p)
{
    uint32_t line = LINE;
    phpvm_ast_t *key = NULL, *value;

    if (phpvm_parser_accept(p, PHPVM_T_ELLIPSIS)) {
        phpvm_ast_t *e = phpvm_parse_expr(p);
        return e ? phpvm_ast_new(A, PHPVM_AST_UNPACK, 0, line, e) : NULL;
    }
    for (int round = 0; round < 2; round++) {
        int k = p->tok.kind;
        if (k == PHPVM_T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG ||
            k == PHPVM_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) {
            phpvm_parser_advance(p);
            value = phpvm_parse_variable(p);
            return value ? phpvm_ast_new(A, PHPVM_AST_ARRAY_ELEM, PHPVM_AF_ARRAY_ELEM_REF, line,
                                         value, key)
                         : NULL;
        }
        if (k == PHPVM_T_LIST) {
            phpvm_parser_advance(p);
            if (!phpvm_parser_expect(p, '(')) return NULL;
            value = phpvm_parse_array_pairs(p, ')');
            if (!value || !phpvm_parser_expect(p, ')')) return NULL;
            value->flags = PHPVM_AF_ARRAY_SYNTAX_LIST;
            return phpvm_ast_new(A, PHPVM_AST_ARRAY_ELEM, 0, line, value, key);
        }
        if (!(value = phpvm_parse_expr(p))) return NULL;
        if (round == 1 || !phpvm_parser_accept(p, PHPVM_T_DOUBLE_ARROW))
            return phpvm_ast_new(A, PHPVM_AST_ARRAY_ELEM, 0, line, value, key);
        key = value;
    }
    return NULL;
}

phpvm_ast_t *phpvm_parse_array_pairs(phpvm_parser_t *p, int close)
{
    phpvm_ast_t *list = phpvm_ast_list(A, PHPVM_AST_ARRAY, LINE);

    if (!phpvm_parser_enter(p)) return NULL;
    for (;;) {
        phpvm_ast_t *pair = NULL;
        int k = p->tok.kind;
        if (k != ',' && k != close && !phpvm_parser_starts_expr(k) && k != PHPVM_T_ELLIPSIS &&
            k != PHPVM_T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG &&
            k != PHPVM_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) {
            /* PHP reduces an empty slot first, then expects only the closer. */
            int expected[] = {close, -1};
            list = phpvm_parser_fail(p, expected);
            break;
        }
        if (k != ',' && k != close && !(pair = array_pair(p))) {
            list = NULL;
            break;
        }
        phpvm_ast_add(A, list, pair);
        if (!phpvm_parser_accept(p, ',')) break;
    }
    phpvm_parser_leave(p);
    /* A single trailing comma is allowed: drop the empty slot it made (zend_ast_list_rtrim). */
    if (list && list->count && !list->child[list->count - 1]) list->count--;
    if (list && p->tok.kind != close) {
        /* After "&$var" PHP could still extend the variable; it lists the dereferences. */
        static const int derefs[] = {PHPVM_T_OBJECT_OPERATOR, PHPVM_T_NULLSAFE_OBJECT_OPERATOR, '{',
                                     '[', -1};
        int expected[] = {close, -1};
        const phpvm_ast_t *last = list->count ? list->child[list->count - 1] : NULL;
        bool ref =
            last && last->kind == PHPVM_AST_ARRAY_ELEM && (last->flags & PHPVM_AF_ARRAY_ELEM_REF);
        return phpvm_parser_fail(p, ref ? derefs : expected);
    }
    return list;
}

/* The offset in "$a[...]" inside a string. */
static phpvm_ast_t *encaps_offset(phpvm_parser_t *p)
{
    static const int offset_start[] = {'-', PHPVM_T_STRING, PHPVM_T_VARIABLE, PHPVM_T_NUM_STRING,
                                       -1};
    static const int number[] = {PHPVM_T_NUM_STRING, -1};
    uint32_t line = LINE;
    phpvm_ast_t *n;
    bool neg = phpvm_parser_accept(p, '-');
    const phpvm_token_t *t = &p->tok;

    if (neg && t->kind != PHPVM_T_NUM_STRING) return phpvm_parser_fail(p, number);
    if (t->kind == PHPVM_T_NUM_STRING && t->vtype == PHPVM_TV_LONG) {
        if (neg && t->lval == 0)
            n = phpvm_ast_str(A, line, "-0", 2);
        else
            n = phpvm_ast_long(A, line, neg ? -t->lval : t->lval);
    } else if (t->kind == PHPVM_T_NUM_STRING && neg) {
        char *s = rt_arena_alloc(A, t->slen + 2);
        s[0] = '-';
        memcpy(s + 1, t->str, t->slen + 1);
        n = phpvm_ast_str(A, line, s, t->slen + 1);
    } else if (t->kind == PHPVM_T_NUM_STRING || t->kind == PHPVM_T_STRING) {
        n = phpvm_parser_tok_str(p);
    } else if (t->kind == PHPVM_T_VARIABLE) {
        n = phpvm_ast_new(A, PHPVM_AST_VAR, 0, line, phpvm_parser_tok_str(p));
    } else {
        return phpvm_parser_fail(p, offset_start);
    }
    phpvm_parser_advance(p);
    return n;
}

/* One encaps_var: $a, $a[k], $a->b, $a?->b, ${expr}, ${name}, ${name[expr]}, {$expr}.
** `expected` is what PHP lists when none is there. */
static phpvm_ast_t *encaps_var(phpvm_parser_t *p, const int *expected)
{
    uint32_t line = LINE;

    if (p->tok.kind == PHPVM_T_VARIABLE) {
        phpvm_ast_t *v = phpvm_ast_new(A, PHPVM_AST_VAR, 0, line, phpvm_parser_tok_str(p));
        phpvm_parser_advance(p);
        if (phpvm_parser_accept(p, '[')) {
            phpvm_ast_t *off = encaps_offset(p);
            if (!off || !phpvm_parser_expect(p, ']')) return NULL;
            return phpvm_ast_new(A, PHPVM_AST_DIM, 0, line, v, off);
        }
        int k = p->tok.kind;
        if (k == PHPVM_T_OBJECT_OPERATOR || k == PHPVM_T_NULLSAFE_OBJECT_OPERATOR) {
            phpvm_parser_advance(p);
            if (p->tok.kind != PHPVM_T_STRING) return phpvm_parser_fail(p, NULL);
            phpvm_ast_t *prop = phpvm_parser_tok_str(p);
            phpvm_parser_advance(p);
            return phpvm_ast_new(
                A, k == PHPVM_T_OBJECT_OPERATOR ? PHPVM_AST_PROP : PHPVM_AST_NULLSAFE_PROP, 0, line,
                v, prop);
        }
        return v;
    }
    if (phpvm_parser_accept(p, PHPVM_T_DOLLAR_OPEN_CURLY_BRACES)) {
        if (p->tok.kind == PHPVM_T_STRING_VARNAME) {
            phpvm_ast_t *name = phpvm_parser_tok_str(p);
            phpvm_parser_advance(p);
            if (phpvm_parser_accept(p, '[')) {
                phpvm_ast_t *e = phpvm_parse_expr(p);
                if (!e || !phpvm_parser_expect(p, ']') || !phpvm_parser_expect(p, '}')) return NULL;
                return phpvm_ast_new(A, PHPVM_AST_DIM, PHPVM_AF_ENCAPS_VAR_DOLLAR_CURLY, line,
                                     phpvm_ast_new(A, PHPVM_AST_VAR, 0, line, name), e);
            }
            if (!phpvm_parser_expect(p, '}')) return NULL;
            return phpvm_ast_new(A, PHPVM_AST_VAR, PHPVM_AF_ENCAPS_VAR_DOLLAR_CURLY, line, name);
        }
        phpvm_ast_t *e = phpvm_parse_expr(p);
        if (!e) return NULL;
        if (!phpvm_parser_accept(p, '}')) return phpvm_parser_fail(p, NULL);
        return phpvm_ast_new(A, PHPVM_AST_VAR, PHPVM_AF_ENCAPS_VAR_DOLLAR_CURLY_VAR_VAR, line, e);
    }
    if (phpvm_parser_accept(p, PHPVM_T_CURLY_OPEN)) {
        phpvm_ast_t *v = phpvm_parse_variable(p);
        if (!v) return NULL;
        if (!phpvm_parser_accept(p, '}')) return phpvm_parser_fail(p, variable_followers);
        return v;
    }
    return phpvm_parser_fail(p, expected);
}

/* The parts of an interpolated string up to `close` ('"', '`' or T_END_HEREDOC). A lone
** string part (backquotes, heredoc) is returned as that string. */
static phpvm_ast_t *encaps_list(phpvm_parser_t *p, int close)
{
    /* What PHP expects after a lone first string part: a variable (or the end, where a plain
    ** string is allowed: heredoc and backquotes). Elsewhere it expects too much to list. */
    static const int after_dq[] = {PHPVM_T_VARIABLE, PHPVM_T_DOLLAR_OPEN_CURLY_BRACES,
                                   PHPVM_T_CURLY_OPEN, -1};
    static const int after_heredoc[] = {PHPVM_T_VARIABLE, PHPVM_T_END_HEREDOC,
                                        PHPVM_T_DOLLAR_OPEN_CURLY_BRACES, PHPVM_T_CURLY_OPEN, -1};
    static const int after_bq[] = {'`', PHPVM_T_VARIABLE, PHPVM_T_DOLLAR_OPEN_CURLY_BRACES,
                                   PHPVM_T_CURLY_OPEN, -1};
    phpvm_ast_t *list = phpvm_ast_list(A, PHPVM_AST_ENCAPS_LIST, LINE);

    while (p->tok.kind != close) {
        phpvm_ast_t *part;
        const int *expected = NULL;
        if (list->count == 1 && list->child[0]->kind == PHPVM_AST_ZVAL)
            expected = close == '"' ? after_dq : close == '`' ? after_bq : after_heredoc;
        if (p->tok.kind == PHPVM_T_ENCAPSED_AND_WHITESPACE) {
            part = phpvm_parser_tok_str(p);
            phpvm_parser_advance(p);
        } else if (!(part = encaps_var(p, expected))) {
            return NULL;
        }
        phpvm_ast_add(A, list, part);
    }
    phpvm_parser_advance(p);
    if (list->count == 0) return phpvm_ast_str(A, list->line, "", 0);
    if (list->count == 1 && list->child[0]->kind == PHPVM_AST_ZVAL) return list->child[0];
    return list;
}

static phpvm_ast_t *parse_match(phpvm_parser_t *p)
{
    uint32_t line = LINE;
    phpvm_ast_t *cond, *arms;

    phpvm_parser_advance(p);
    if (!phpvm_parser_expect(p, '(') || !(cond = phpvm_parse_expr(p)) ||
        !phpvm_parser_expect(p, ')') || !phpvm_parser_expect(p, '{'))
        return NULL;
    arms = phpvm_ast_list(A, PHPVM_AST_MATCH_ARM_LIST, LINE);
    while (p->tok.kind != '}') {
        uint32_t aline = LINE;
        phpvm_ast_t *conds = NULL, *body;
        if (p->tok.kind != PHPVM_T_DEFAULT && !phpvm_parser_starts_expr(p->tok.kind)) {
            static const int close[] = {'}', -1};
            return phpvm_parser_fail(p, arms->count ? close : NULL);
        }
        if (phpvm_parser_accept(p, PHPVM_T_DEFAULT)) {
            phpvm_parser_accept(p, ',');
        } else {
            conds = phpvm_ast_list(A, PHPVM_AST_EXPR_LIST, LINE);
            do {
                phpvm_ast_t *c = phpvm_parse_expr(p);
                if (!c) return NULL;
                phpvm_ast_add(A, conds, c);
            } while (phpvm_parser_accept(p, ',') && p->tok.kind != PHPVM_T_DOUBLE_ARROW);
        }
        if (!phpvm_parser_expect(p, PHPVM_T_DOUBLE_ARROW) || !(body = phpvm_parse_expr(p)))
            return NULL;
        phpvm_ast_add(A, arms, phpvm_ast_new(A, PHPVM_AST_MATCH_ARM, 0, aline, conds, body));
        if (!phpvm_parser_accept(p, ',')) break;
    }
    if (!phpvm_parser_expect(p, '}')) return NULL;
    return phpvm_ast_new(A, PHPVM_AST_MATCH, 0, line, cond, arms);
}

/* isset(...), empty(...), exit/die, eval(...): PHP's internal_functions_in_yacc. */
static phpvm_ast_t *builtin_construct(phpvm_parser_t *p)
{
    uint32_t line = LINE;
    int k = p->tok.kind;
    phpvm_ast_t *e = NULL;

    phpvm_parser_advance(p);
    if (k == PHPVM_T_EXIT) {
        if (phpvm_parser_accept(p, '(')) {
            if (p->tok.kind != ')' && !(e = phpvm_parse_expr(p))) return NULL;
            if (!phpvm_parser_expect(p, ')')) return NULL;
        }
        return phpvm_ast_new(A, PHPVM_AST_EXIT, 0, line, e);
    }
    if (!phpvm_parser_expect(p, '(')) return NULL;
    if (k == PHPVM_T_ISSET) {
        do {
            if (p->tok.kind == ')' && e) break;
            phpvm_ast_t *v = phpvm_parse_expr(p);
            if (!v) return NULL;
            v = phpvm_ast_new(A, PHPVM_AST_ISSET, 0, v->line, v);
            e = e ? phpvm_ast_new(A, PHPVM_AST_BINARY_OP, PHPVM_AF_BINARY_BOOL_AND, e->line, e, v)
                  : v;
        } while (phpvm_parser_accept(p, ','));
    } else if (!(e = phpvm_parse_expr(p))) {
        return NULL;
    }
    if (!phpvm_parser_accept(p, ')')) {
        /* empty() and eval() close right after their expression: PHP lists nothing. */
        static const int close[] = {')', -1};
        return phpvm_parser_fail(p, k == PHPVM_T_ISSET ? close : NULL);
    }
    if (k == PHPVM_T_ISSET) return e;
    if (k == PHPVM_T_EMPTY) return phpvm_ast_new(A, PHPVM_AST_EMPTY, 0, line, e);
    return phpvm_ast_new(A, PHPVM_AST_INCLUDE_OR_EVAL, PHPVM_AF_EXEC_EVAL, line, e);
}

static phpvm_ast_t *number(phpvm_parser_t *p)
{
    phpvm_ast_t *n = p->tok.vtype == PHPVM_TV_LONG ? phpvm_ast_long(A, LINE, p->tok.lval)
                                                   : phpvm_ast_double(A, LINE, p->tok.dval);
    phpvm_parser_advance(p);
    return n;
}

/* "[" pairs "]" or list(...): an array literal, or the target of a destructuring "=". */
static phpvm_ast_t *array_or_destructure(phpvm_parser_t *p, operand_t *o)
{
    uint32_t line = LINE;
    int open = p->tok.kind;
    bool is_list = open == PHPVM_T_LIST;
    int close = open == '[' ? ']' : ')';

    phpvm_parser_advance(p);
    if (open != '[' && !phpvm_parser_expect(p, '(')) return NULL;
    phpvm_ast_t *arr = phpvm_parse_array_pairs(p, close);
    if (!arr || !phpvm_parser_expect(p, close)) return NULL;
    arr->line = line;
    arr->flags = is_list       ? PHPVM_AF_ARRAY_SYNTAX_LIST
                 : open == '[' ? PHPVM_AF_ARRAY_SYNTAX_SHORT
                               : PHPVM_AF_ARRAY_SYNTAX_LONG;
    if (open != PHPVM_T_ARRAY && p->tok.kind == '=') {
        phpvm_parser_advance(p);
        phpvm_ast_t *rhs = phpvm_parse_expr_prec(p, P_ASSIGN + 1);
        o->deref = DEREF_NONE;
        return rhs ? phpvm_ast_new(A, PHPVM_AST_ASSIGN, 0, line, arr, rhs) : NULL;
    }
    if (is_list) {
        static const int expected[] = {'=', -1};
        return phpvm_parser_fail(p, expected);
    }
    o->deref = DEREF_FULL;
    return arr;
}

/* A name at the start of an expression: a call, a class reference before "::", or a constant. */
static phpvm_ast_t *name_primary(phpvm_parser_t *p, operand_t *o)
{
    uint32_t line = LINE;
    phpvm_ast_t *name = phpvm_parse_name(p);

    if (!name) return NULL;
    if (p->tok.kind == '(') {
        phpvm_ast_t *args = phpvm_parse_argument_list(p);
        o->deref = DEREF_FULL;
        o->is_var = true;
        return args ? phpvm_ast_new(A, PHPVM_AST_CALL, 0, line, name, args) : NULL;
    }
    if (p->tok.kind == PHPVM_T_DOUBLE_COLON) {
        o->deref = DEREF_FULL;
        return name; /* the postfix loop builds the static member */
    }
    o->deref = DEREF_CONST;
    return phpvm_ast_new(A, PHPVM_AST_CONST, 0, line, name);
}

static bool is_postfix_token(int k)
{
    return k == '[' || k == '{' || k == '(' || k == PHPVM_T_OBJECT_OPERATOR ||
           k == PHPVM_T_NULLSAFE_OBJECT_OPERATOR || k == PHPVM_T_DOUBLE_COLON;
}

/* Strings: quoted literals, interpolated strings, heredocs and backquotes. */
static phpvm_ast_t *string_primary(phpvm_parser_t *p, operand_t *o)
{
    uint32_t line = LINE;
    int k = p->tok.kind;
    phpvm_ast_t *n;

    if (k == PHPVM_T_CONSTANT_ENCAPSED_STRING) {
        n = phpvm_parser_tok_str(p);
        phpvm_parser_advance(p);
        o->deref = DEREF_FULL;
        return n;
    }
    phpvm_parser_advance(p);
    if (k == '"') {
        o->deref = DEREF_FULL;
        return encaps_list(p, '"');
    }
    if (k == PHPVM_T_START_HEREDOC) return encaps_list(p, PHPVM_T_END_HEREDOC);
    n = encaps_list(p, '`');
    return n ? phpvm_ast_new(A, PHPVM_AST_SHELL_EXEC, 0, line, n) : NULL;
}

static phpvm_ast_t *primary(phpvm_parser_t *p, operand_t *o)
{
    uint32_t line = LINE;
    int k = p->tok.kind;
    phpvm_ast_t *n;

    o->deref = DEREF_NONE;
    o->is_var = false;
    switch (k) {
    case PHPVM_T_VARIABLE:
    case '$':
        n = phpvm_parse_simple_variable(p);
        o->deref = DEREF_FULL;
        o->is_var = true;
        return n ? phpvm_ast_new(A, PHPVM_AST_VAR, 0, line, n) : NULL;
    case PHPVM_T_STRING:
    case PHPVM_T_NAME_QUALIFIED:
    case PHPVM_T_NAME_FULLY_QUALIFIED:
    case PHPVM_T_NAME_RELATIVE:
        return name_primary(p, o);
    case PHPVM_T_STATIC:
        o->deref = DEREF_FULL;
        n = phpvm_parse_class_name(p);
        if (p->tok.kind != PHPVM_T_DOUBLE_COLON) {
            static const int colons[] = {PHPVM_T_DOUBLE_COLON, -1};
            return phpvm_parser_fail(p, colons);
        }
        return n;
    case PHPVM_T_READONLY:
        if (phpvm_parser_peek(p, 1)->kind != '(') return phpvm_parser_fail(p, NULL);
        n = phpvm_parser_tok_str(p);
        phpvm_parser_advance(p);
        o->deref = DEREF_FULL;
        o->is_var = true;
        phpvm_ast_t *args = phpvm_parse_argument_list(p);
        return args ? phpvm_ast_new(A, PHPVM_AST_CALL, 0, line, n, args) : NULL;
    case PHPVM_T_LNUMBER:
    case PHPVM_T_DNUMBER:
        return number(p);
    case PHPVM_T_CONSTANT_ENCAPSED_STRING:
    case '"':
    case PHPVM_T_START_HEREDOC:
    case '`':
        return string_primary(p, o);
    case '[':
    case PHPVM_T_ARRAY:
    case PHPVM_T_LIST:
        return array_or_destructure(p, o);
    case '(':
        phpvm_parser_advance(p);
        if (!(n = phpvm_parse_expr(p))) return NULL;
        if (!phpvm_parser_accept(p, ')')) return phpvm_parser_fail(p, NULL);
        /* PHP marks "(a ? b : c)" (for its nested-ternary check) unless it is dereferenced. */
        if (n->kind == PHPVM_AST_CONDITIONAL && !is_postfix_token(p->tok.kind))
            n->flags = PHPVM_AF_PARENTHESIZED_CONDITIONAL;
        o->deref = DEREF_FULL;
        return n;
    case PHPVM_T_ISSET:
    case PHPVM_T_EMPTY:
    case PHPVM_T_EXIT:
    case PHPVM_T_EVAL:
        return builtin_construct(p);
    case PHPVM_T_MATCH:
        return parse_match(p);
    default:
        break;
    }
    for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++) {
        if (magics[i].token == k) {
            phpvm_parser_advance(p);
            o->deref = DEREF_CONST;
            return phpvm_ast_new(A, PHPVM_AST_MAGIC_CONST, magics[i].flag, line);
        }
    }
    return phpvm_parser_fail(p, NULL);
}

/* After "::": a static property, a static call, a class constant or "X::class". */
static phpvm_ast_t *static_member(phpvm_parser_t *p, phpvm_ast_t *cls, operand_t *o)
{
    uint32_t line = cls->line;
    phpvm_ast_t *member;

    o->is_var = true;
    if (p->tok.kind == PHPVM_T_VARIABLE || p->tok.kind == '$') {
        uint32_t vline = LINE;
        phpvm_ast_t *sv = phpvm_parse_simple_variable(p);
        if (!sv) return NULL;
        if (p->tok.kind != '(') return phpvm_ast_new(A, PHPVM_AST_STATIC_PROP, 0, line, cls, sv);
        member = phpvm_ast_new(A, PHPVM_AST_VAR, 0, vline, sv);
    } else if (phpvm_parser_accept(p, '{')) {
        if (!(member = phpvm_parse_expr(p)) || !phpvm_parser_expect(p, '}')) return NULL;
        if (p->tok.kind != '(') {
            static const int expected[] = {'(', -1};
            return phpvm_parser_fail(p, expected);
        }
    } else {
        if (!(member = phpvm_parser_identifier(p))) return NULL;
        if (p->tok.kind != '(') {
            o->is_var = false;
            if (member->len == 5 && strncasecmp(member->str, "class", 5) == 0)
                return phpvm_ast_new(A, PHPVM_AST_CLASS_NAME, 0, line, cls);
            return phpvm_ast_new(A, PHPVM_AST_CLASS_CONST, 0, line, cls, member);
        }
    }
    phpvm_ast_t *args = phpvm_parse_argument_list(p);
    return args ? phpvm_ast_new(A, PHPVM_AST_STATIC_CALL, 0, line, cls, member, args) : NULL;
}

/* property_name after "->": an identifier, "{" expr "}" or a simple variable. */
static phpvm_ast_t *property_name(phpvm_parser_t *p)
{
    uint32_t line = LINE;
    phpvm_ast_t *n;

    if (p->tok.kind == PHPVM_T_STRING) {
        n = phpvm_parser_tok_str(p);
        phpvm_parser_advance(p);
        return n;
    }
    if (phpvm_parser_accept(p, '{')) {
        if (!(n = phpvm_parse_expr(p)) || !phpvm_parser_expect(p, '}')) return NULL;
        return n;
    }
    if (p->tok.kind == PHPVM_T_VARIABLE || p->tok.kind == '$') {
        n = phpvm_parse_simple_variable(p);
        return n ? phpvm_ast_new(A, PHPVM_AST_VAR, 0, line, n) : NULL;
    }
    static const int expected[] = {PHPVM_T_STRING, PHPVM_T_VARIABLE, '{', '$', -1};
    return phpvm_parser_fail(p, expected);
}

/* The postfix chain after a primary: [dim], ->prop, ?->prop, ::member, (args). */
static phpvm_ast_t *postfix(phpvm_parser_t *p, operand_t *o)
{
    phpvm_ast_t *n = o->node;

    for (;;) {
        int k = p->tok.kind;
        if (o->deref == DEREF_NONE) return n;
        if (k == '[') {
            static const int close[] = {']', -1};
            phpvm_parser_advance(p);
            phpvm_ast_t *dim = NULL;
            if (p->tok.kind != ']' && !phpvm_parser_starts_expr(p->tok.kind))
                return phpvm_parser_fail(p, close);
            if (p->tok.kind != ']' && !(dim = phpvm_parse_expr(p))) return NULL;
            if (!phpvm_parser_accept(p, ']')) return phpvm_parser_fail(p, close);
            n = phpvm_ast_new(A, PHPVM_AST_DIM, 0, n->line, n, dim);
        } else if (k == '{') {
            /* Removed in PHP 8: still parsed; the compiler reports it (as Zend's does). */
            phpvm_parser_advance(p);
            phpvm_ast_t *dim = phpvm_parse_expr(p);
            if (!dim) return NULL;
            if (!phpvm_parser_accept(p, '}')) return phpvm_parser_fail(p, NULL);
            n = phpvm_ast_new(A, PHPVM_AST_DIM, PHPVM_AF_DIM_ALTERNATIVE_SYNTAX, n->line, n, dim);
        } else if (k == PHPVM_T_OBJECT_OPERATOR || k == PHPVM_T_NULLSAFE_OBJECT_OPERATOR) {
            bool nullsafe = k == PHPVM_T_NULLSAFE_OBJECT_OPERATOR;
            phpvm_parser_advance(p);
            phpvm_ast_t *name = property_name(p);
            if (!name) return NULL;
            if (p->tok.kind == '(') {
                phpvm_ast_t *args = phpvm_parse_argument_list(p);
                if (!args) return NULL;
                n = phpvm_ast_new(A,
                                  nullsafe ? PHPVM_AST_NULLSAFE_METHOD_CALL : PHPVM_AST_METHOD_CALL,
                                  0, n->line, n, name, args);
            } else {
                n = phpvm_ast_new(A, nullsafe ? PHPVM_AST_NULLSAFE_PROP : PHPVM_AST_PROP, 0,
                                  n->line, n, name);
            }
        } else if (k == PHPVM_T_DOUBLE_COLON && o->deref == DEREF_FULL) {
            phpvm_parser_advance(p);
            if (!(n = static_member(p, n, o))) return NULL;
            /* A class constant may be dereferenced further but is no "variable". */
            o->deref = DEREF_FULL;
            continue;
        } else if (k == '(' && o->deref == DEREF_FULL) {
            /* PHP dates a call of an expression by its argument list. */
            uint32_t line = LINE;
            phpvm_ast_t *args = phpvm_parse_argument_list(p);
            if (!args) return NULL;
            n = phpvm_ast_new(A, PHPVM_AST_CALL, 0, line, n, args);
        } else {
            return n;
        }
        o->deref = DEREF_FULL;
        o->is_var = true;
    }
}

static phpvm_ast_t *assignment(phpvm_parser_t *p, phpvm_ast_t *var)
{
    int k = p->tok.kind;

    phpvm_parser_advance(p);
    if (k == '=') {
        if (p->tok.kind == PHPVM_T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG ||
            p->tok.kind == PHPVM_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) {
            phpvm_parser_advance(p);
            phpvm_ast_t *src = phpvm_parse_variable(p);
            return src ? phpvm_ast_new(A, PHPVM_AST_ASSIGN_REF, 0, var->line, var, src) : NULL;
        }
        phpvm_ast_t *rhs = phpvm_parse_expr_prec(p, P_ASSIGN + 1);
        return rhs ? phpvm_ast_new(A, PHPVM_AST_ASSIGN, 0, var->line, var, rhs) : NULL;
    }
    for (size_t i = 0; i < sizeof assignops / sizeof assignops[0]; i++) {
        if (assignops[i].token == k) {
            phpvm_ast_t *rhs = phpvm_parse_expr_prec(p, P_ASSIGN + 1);
            return rhs ? phpvm_ast_new(A, PHPVM_AST_ASSIGN_OP, assignops[i].flag, var->line, var,
                                       rhs)
                       : NULL;
        }
    }
    return NULL;
}

static bool is_assign_token(int k)
{
    if (k == '=') return true;
    for (size_t i = 0; i < sizeof assignops / sizeof assignops[0]; i++)
        if (assignops[i].token == k) return true;
    return false;
}

/* A primary with its postfix chain, then a postfix ++/-- or an assignment if it is a variable. */
static phpvm_ast_t *postfix_expr(phpvm_parser_t *p)
{
    operand_t o;

    if (!(o.node = primary(p, &o))) return NULL;
    phpvm_ast_t *n = postfix(p, &o);
    if (!n) return NULL;
    if (!o.is_var) return n;
    if (p->tok.kind == PHPVM_T_INC || p->tok.kind == PHPVM_T_DEC) {
        phpvm_ast_kind_t kind =
            p->tok.kind == PHPVM_T_INC ? PHPVM_AST_POST_INC : PHPVM_AST_POST_DEC;
        phpvm_parser_advance(p);
        return phpvm_ast_new(A, kind, 0, n->line, n);
    }
    if (is_assign_token(p->tok.kind)) return assignment(p, n);
    return n;
}

phpvm_ast_t *phpvm_parse_variable(phpvm_parser_t *p)
{
    operand_t o;
    int k = p->tok.kind;

    if (k != PHPVM_T_VARIABLE && k != '$' && k != '(' && k != PHPVM_T_STATIC &&
        k != PHPVM_T_CONSTANT_ENCAPSED_STRING && k != '"' && k != '[' && k != PHPVM_T_ARRAY &&
        !phpvm_parser_is_name(k))
        return phpvm_parser_fail(p, NULL);
    if (!(o.node = primary(p, &o))) return NULL;
    phpvm_ast_t *n = postfix(p, &o);
    if (n && !o.is_var)
        return phpvm_parser_fail(p, o.deref == DEREF_NONE ? NULL : variable_followers);
    return n;
}

bool phpvm_parser_starts_expr(int k)
{
    switch (k) {
    case PHPVM_T_VARIABLE:
    case '$':
    case PHPVM_T_STRING:
    case PHPVM_T_NAME_QUALIFIED:
    case PHPVM_T_NAME_FULLY_QUALIFIED:
    case PHPVM_T_NAME_RELATIVE:
    case PHPVM_T_STATIC:
    case PHPVM_T_READONLY:
    case PHPVM_T_LNUMBER:
    case PHPVM_T_DNUMBER:
    case PHPVM_T_CONSTANT_ENCAPSED_STRING:
    case '"':
    case PHPVM_T_START_HEREDOC:
    case '`':
    case '[':
    case PHPVM_T_ARRAY:
    case PHPVM_T_LIST:
    case '(':
    case PHPVM_T_ISSET:
    case PHPVM_T_EMPTY:
    case PHPVM_T_EXIT:
    case PHPVM_T_EVAL:
    case PHPVM_T_MATCH:
    case PHPVM_T_INC:
    case PHPVM_T_DEC:
    case PHPVM_T_NEW:
    case PHPVM_T_YIELD:
    case PHPVM_T_YIELD_FROM:
    case PHPVM_T_FUNCTION:
    case PHPVM_T_FN:
    case PHPVM_T_ATTRIBUTE:
        return true;
    default:
        break;
    }
    for (size_t i = 0; i < sizeof prefixops / sizeof prefixops[0]; i++)
        if (prefixops[i].token == k) return true;
    for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
        if (magics[i].token == k) return true;
    return false;
}

static phpvm_ast_t *parse_yield(phpvm_parser_t *p)
{
    uint32_t line = LINE;
    phpvm_ast_t *value = NULL, *key = NULL;

    p->fn_flags |= PHPVM_AF_FUNC_GENERATOR;
    if (p->tok.kind == PHPVM_T_YIELD_FROM) {
        phpvm_parser_advance(p);
        phpvm_ast_t *e = phpvm_parse_expr_prec(p, P_YIELD_FROM + 1);
        return e ? phpvm_ast_new(A, PHPVM_AST_YIELD_FROM, 0, line, e) : NULL;
    }
    phpvm_parser_advance(p);
    if (phpvm_parser_starts_expr(p->tok.kind)) {
        if (!(value = phpvm_parse_expr_prec(p, P_YIELD + 1))) return NULL;
        if (phpvm_parser_accept(p, PHPVM_T_DOUBLE_ARROW)) {
            key = value;
            if (!(value = phpvm_parse_expr_prec(p, P_DOUBLE_ARROW + 1))) return NULL;
        }
    }
    return phpvm_ast_new(A, PHPVM_AST_YIELD, 0, line, value, key);
}

/* Prefix operators, then the closures, new, yield, ++/--; else a postfix expression. */
static phpvm_ast_t *parse_unary(phpvm_parser_t *p)
{
    uint32_t line = LINE;
    int k = p->tok.kind;

    for (size_t i = 0; i < sizeof prefixops / sizeof prefixops[0]; i++) {
        if (prefixops[i].token != k) continue;
        /* "(real)" still lexes as a cast, but the parser rejects it. */
        if (k == PHPVM_T_DOUBLE_CAST &&
            (memchr(p->tok.text, 'r', p->tok.len) || memchr(p->tok.text, 'R', p->tok.len)))
            return phpvm_parser_compile_error(
                p, line, "The (real) cast has been removed, use (float) instead");
        phpvm_parser_advance(p);
        phpvm_ast_t *e = phpvm_parse_expr_prec(p, prefixops[i].operand_prec);
        return e ? phpvm_ast_new(A, prefixops[i].kind, prefixops[i].flag, line, e) : NULL;
    }
    switch (k) {
    case PHPVM_T_INC:
    case PHPVM_T_DEC: {
        phpvm_parser_advance(p);
        phpvm_ast_t *v = phpvm_parse_variable(p);
        return v ? phpvm_ast_new(A, k == PHPVM_T_INC ? PHPVM_AST_PRE_INC : PHPVM_AST_PRE_DEC, 0,
                                 line, v)
                 : NULL;
    }
    case PHPVM_T_NEW:
        return parse_new(p);
    case PHPVM_T_YIELD:
    case PHPVM_T_YIELD_FROM:
        return parse_yield(p);
    case PHPVM_T_FUNCTION:
    case PHPVM_T_FN:
    case PHPVM_T_ATTRIBUTE:
        return phpvm_parse_closure(p, 0);
    case PHPVM_T_STATIC: {
        int next = phpvm_parser_peek(p, 1)->kind;
        if (next == PHPVM_T_FUNCTION || next == PHPVM_T_FN) {
            phpvm_parser_advance(p);
            return phpvm_parse_closure(p, PHPVM_AF_MODIFIER_STATIC);
        }
        break;
    }
    default:
        break;
    }
    return postfix_expr(p);
}

phpvm_ast_t *phpvm_parse_expr_prec(phpvm_parser_t *p, int min_prec)
{
    phpvm_ast_t *left;

    if (!phpvm_parser_enter(p)) return NULL;
    size_t chain =
        0; /* nodes this loop stacked on `left`: the tree grows deeper, not the C stack */
    left = parse_unary(p);
    while (left) {
        if (++chain > PHPVM_MAX_CHAIN) {
            left = phpvm_parser_fail_nesting(p);
            break;
        }
        int k = p->tok.kind;
        if (k == '?' && P_TERNARY >= min_prec) {
            phpvm_ast_t *mid = NULL, *right;
            phpvm_parser_advance(p);
            if (!phpvm_parser_accept(p, ':')) {
                if (!(mid = phpvm_parse_expr(p)) || !phpvm_parser_expect(p, ':')) {
                    left = NULL;
                    break;
                }
            }
            right = phpvm_parse_expr_prec(p, P_TERNARY + 1);
            left = right ? phpvm_ast_new(A, PHPVM_AST_CONDITIONAL, 0, left->line, left, mid, right)
                         : NULL;
            continue;
        }
        if (k == PHPVM_T_INSTANCEOF && P_INSTANCEOF >= min_prec) {
            phpvm_parser_advance(p);
            phpvm_ast_t *cls = class_name_reference(p);
            left = cls ? phpvm_ast_new(A, PHPVM_AST_INSTANCEOF, 0, left->line, left, cls) : NULL;
            continue;
        }
        const struct binop *op = find_binop(k);
        if (!op || op->prec < min_prec) break;
        phpvm_parser_advance(p);
        phpvm_ast_t *right = phpvm_parse_expr_prec(p, op->assoc == RIGHT ? op->prec : op->prec + 1);
        if (!right) {
            left = NULL;
            break;
        }
        left = binary(p, op->flag, left, right);
        if (op->assoc == NONASSOC) {
            const struct binop *next = find_binop(p->tok.kind);
            if (next && next->prec == op->prec) {
                left = phpvm_parser_fail(p, NULL);
                break;
            }
        }
    }
    phpvm_parser_leave(p);
    return left;
}

phpvm_ast_t *phpvm_parse_expr(phpvm_parser_t *p)
{
    return phpvm_parse_expr_prec(p, P_LOWEST);
}

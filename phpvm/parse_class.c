/*
** parse_class.c: PHP 8.2 declarations: named functions, closures and arrow functions with their
** parameters (by-ref, variadic, defaults, promoted constructor parameters), types (nullable,
** union, intersection, DNF, static/mixed/never/void...), attributes, and classes, interfaces,
** traits and enums with their members (properties, constants, methods, cases, trait use with
** insteadof/as). Also the modifier checks PHP's parser makes ("Multiple access type modifiers
** are not allowed").
*/
#include <string.h>
#include <strings.h>

#include "phpvm/parser.h"

#define A    (p->a)
#define LINE (p->tok.line)

void phpvm_parser_set_attributes(phpvm_ast_t *decl, phpvm_ast_t *attributes)
{
    char name[32];
    for (uint32_t i = 0; i < decl->count; i++) {
        if (strcmp(phpvm_ast_child_name(decl->kind, (int)i, name, sizeof name), "attributes") ==
            0) {
            decl->child[i] = attributes;
            return;
        }
    }
}

phpvm_ast_t *phpvm_parse_attributes(phpvm_parser_t *p)
{
    phpvm_ast_t *list = phpvm_ast_list(A, PHPVM_AST_ATTRIBUTE_LIST, LINE);

    while (p->tok.kind == PHPVM_T_ATTRIBUTE) {
        phpvm_ast_t *group = phpvm_ast_list(A, PHPVM_AST_ATTRIBUTE_GROUP, LINE);
        phpvm_parser_advance(p);
        do {
            if (p->tok.kind == ']' && group->count) break;
            uint32_t line = LINE;
            if (!phpvm_parser_is_name(p->tok.kind) && p->tok.kind != PHPVM_T_STATIC)
                return phpvm_parser_fail(p, NULL);
            phpvm_ast_t *cls = phpvm_parse_class_name(p), *args = NULL;
            if (!cls) return NULL;
            if (p->tok.kind == '(' && !(args = phpvm_parse_argument_list(p))) return NULL;
            phpvm_ast_add(A, group, phpvm_ast_new(A, PHPVM_AST_ATTRIBUTE, 0, line, cls, args));
        } while (phpvm_parser_accept(p, ','));
        if (!phpvm_parser_expect(p, ']')) return NULL;
        phpvm_ast_add(A, list, group);
    }
    return list;
}

/* Builtin type names php-ast shows as AST_TYPE (when written unqualified). */
static const struct {
    const char *name;
    uint32_t flag;
} builtin_types[] = {
    {"int", PHPVM_AF_TYPE_LONG},      {"float", PHPVM_AF_TYPE_DOUBLE},
    {"string", PHPVM_AF_TYPE_STRING}, {"bool", PHPVM_AF_TYPE_BOOL},
    {"void", PHPVM_AF_TYPE_VOID},     {"iterable", PHPVM_AF_TYPE_ITERABLE},
    {"object", PHPVM_AF_TYPE_OBJECT}, {"mixed", PHPVM_AF_TYPE_MIXED},
    {"never", PHPVM_AF_TYPE_NEVER},   {"null", PHPVM_AF_TYPE_NULL},
    {"false", PHPVM_AF_TYPE_FALSE},   {"true", PHPVM_AF_TYPE_TRUE},
};

static phpvm_ast_t *single_type(phpvm_parser_t *p, bool allow_static)
{
    uint32_t line = LINE;
    int k = p->tok.kind;

    if (k == PHPVM_T_ARRAY || k == PHPVM_T_CALLABLE || (k == PHPVM_T_STATIC && allow_static)) {
        phpvm_parser_advance(p);
        uint32_t f = k == PHPVM_T_ARRAY      ? PHPVM_AF_TYPE_ARRAY
                     : k == PHPVM_T_CALLABLE ? PHPVM_AF_TYPE_CALLABLE
                                             : PHPVM_AF_TYPE_STATIC;
        return phpvm_ast_new(A, PHPVM_AST_TYPE, f, line);
    }
    if (!phpvm_parser_is_name(k))
        return phpvm_parser_fail(p, NULL); /* array, callable, static and four kinds of name */
    phpvm_ast_t *name = phpvm_parse_name(p);
    if (name && k == PHPVM_T_STRING) {
        const phpvm_ast_t *s = name->child[0];
        for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
            if (strlen(builtin_types[i].name) == s->len &&
                strcasecmp(builtin_types[i].name, s->str) == 0)
                return phpvm_ast_new(A, PHPVM_AST_TYPE, builtin_types[i].flag, line);
    }
    return name;
}

static bool is_amp(int k)
{
    return k == PHPVM_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG;
}

/* type ("&" type)+ once the first type is parsed. */
static phpvm_ast_t *intersection_rest(phpvm_parser_t *p, phpvm_ast_t *first, bool allow_static)
{
    phpvm_ast_t *list = phpvm_ast_list(A, PHPVM_AST_TYPE_INTERSECTION, first->line);

    phpvm_ast_add(A, list, first);
    while (is_amp(p->tok.kind)) {
        phpvm_parser_advance(p);
        phpvm_ast_t *t = single_type(p, allow_static);
        if (!t) return NULL;
        phpvm_ast_add(A, list, t);
    }
    return list;
}

/* A union element: a type, or "(" intersection ")" (DNF types). */
static phpvm_ast_t *union_element(phpvm_parser_t *p, bool allow_static)
{
    if (phpvm_parser_accept(p, '(')) {
        phpvm_ast_t *first = single_type(p, allow_static), *t;
        if (!first) return NULL;
        if (!is_amp(p->tok.kind)) {
            static const int amp[] = {PHPVM_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG, -1};
            return phpvm_parser_fail(p, amp);
        }
        if (!(t = intersection_rest(p, first, allow_static)) || !phpvm_parser_expect(p, ')'))
            return NULL;
        return t;
    }
    return single_type(p, allow_static);
}

phpvm_ast_t *phpvm_parse_type(phpvm_parser_t *p, bool allow_static)
{
    uint32_t line = LINE;
    phpvm_ast_t *t;

    if (phpvm_parser_accept(p, '?')) {
        t = single_type(p, allow_static);
        return t ? phpvm_ast_new(A, PHPVM_AST_NULLABLE_TYPE, 0, line, t) : NULL;
    }
    bool paren = p->tok.kind == '(';
    if (!(t = union_element(p, allow_static))) return NULL;
    if (!paren && is_amp(p->tok.kind)) return intersection_rest(p, t, allow_static);
    if (p->tok.kind != '|') {
        if (paren) return phpvm_parser_fail(p, NULL);
        return t;
    }
    phpvm_ast_t *list = phpvm_ast_list(A, PHPVM_AST_TYPE_UNION, line);
    phpvm_ast_add(A, list, t);
    while (phpvm_parser_accept(p, '|')) {
        if (!(t = union_element(p, allow_static))) return NULL;
        phpvm_ast_add(A, list, t);
    }
    return list;
}

static bool starts_type(int k)
{
    return k == '?' || k == '(' || k == PHPVM_T_ARRAY || k == PHPVM_T_CALLABLE ||
           phpvm_parser_is_name(k);
}

/* Adds a member modifier as zend_add_member_modifier does, or records its error. */
static bool add_modifier(phpvm_parser_t *p, uint32_t *flags, uint32_t f)
{
    const uint32_t ppp =
        PHPVM_AF_MODIFIER_PUBLIC | PHPVM_AF_MODIFIER_PROTECTED | PHPVM_AF_MODIFIER_PRIVATE;
    static const struct {
        uint32_t flag;
        const char *what;
    } once[] = {
        {PHPVM_AF_MODIFIER_ABSTRACT, "abstract"},
        {PHPVM_AF_MODIFIER_STATIC, "static"},
        {PHPVM_AF_MODIFIER_FINAL, "final"},
        {PHPVM_AF_MODIFIER_READONLY, "readonly"},
    };

    if ((*flags & ppp) && (f & ppp)) {
        phpvm_parser_compile_error(p, LINE, "Multiple access type modifiers are not allowed");
        return false;
    }
    for (size_t i = 0; i < sizeof once / sizeof once[0]; i++) {
        if ((*flags & once[i].flag) && (f & once[i].flag)) {
            phpvm_parser_compile_error(p, LINE, "Multiple %s modifiers are not allowed",
                                       once[i].what);
            return false;
        }
    }
    *flags |= f;
    if ((*flags & PHPVM_AF_MODIFIER_ABSTRACT) && (*flags & PHPVM_AF_MODIFIER_FINAL)) {
        phpvm_parser_compile_error(p, LINE,
                                   "Cannot use the final modifier on an abstract class member");
        return false;
    }
    return true;
}

static uint32_t modifier_of(int k, bool param)
{
    switch (k) {
    case PHPVM_T_PUBLIC:
        return PHPVM_AF_MODIFIER_PUBLIC;
    case PHPVM_T_PROTECTED:
        return PHPVM_AF_MODIFIER_PROTECTED;
    case PHPVM_T_PRIVATE:
        return PHPVM_AF_MODIFIER_PRIVATE;
    case PHPVM_T_READONLY:
        return PHPVM_AF_MODIFIER_READONLY;
    case PHPVM_T_STATIC:
        return param ? 0 : PHPVM_AF_MODIFIER_STATIC;
    case PHPVM_T_ABSTRACT:
        return param ? 0 : PHPVM_AF_MODIFIER_ABSTRACT;
    case PHPVM_T_FINAL:
        return param ? 0 : PHPVM_AF_MODIFIER_FINAL;
    default:
        return 0;
    }
}

static phpvm_ast_t *parameter(phpvm_parser_t *p)
{
    static const int var[] = {PHPVM_T_VARIABLE, -1};
    uint32_t line = LINE, flags = 0, m;
    phpvm_ast_t *attrs = NULL, *type = NULL, *name, *def = NULL, *doc;

    if (p->tok.kind == PHPVM_T_ATTRIBUTE && !(attrs = phpvm_parse_attributes(p))) return NULL;
    while ((m = modifier_of(p->tok.kind, true)) != 0) {
        if (!add_modifier(p, &flags, m)) return NULL;
        phpvm_parser_advance(p);
    }
    if (starts_type(p->tok.kind) && !(type = phpvm_parse_type(p, false))) return NULL;
    if (phpvm_parser_accept(p, PHPVM_T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG))
        flags |= PHPVM_AF_PARAM_REF;
    if (phpvm_parser_accept(p, PHPVM_T_ELLIPSIS)) flags |= PHPVM_AF_PARAM_VARIADIC;
    if (p->tok.kind != PHPVM_T_VARIABLE) return phpvm_parser_fail(p, var);
    name = phpvm_parser_tok_str(p);
    phpvm_parser_advance(p);
    doc = phpvm_parser_take_doc(p);
    if (phpvm_parser_accept(p, '=') && !(def = phpvm_parse_expr(p))) return NULL;
    return phpvm_ast_new(A, PHPVM_AST_PARAM, flags, line, type, name, def, attrs, doc);
}

static phpvm_ast_t *parameter_list(phpvm_parser_t *p)
{
    static const int close[] = {')', -1};
    phpvm_ast_t *list = phpvm_ast_list(A, PHPVM_AST_PARAM_LIST, LINE);

    if (!phpvm_parser_expect(p, '(')) return NULL;
    while (p->tok.kind != ')') {
        phpvm_ast_t *param = parameter(p);
        if (!param) return NULL;
        phpvm_ast_add(A, list, param);
        if (!phpvm_parser_accept(p, ',')) break;
    }
    if (p->tok.kind != ')') return phpvm_parser_fail(p, close);
    phpvm_parser_advance(p);
    return list;
}

static bool returns_ref(phpvm_parser_t *p)
{
    return phpvm_parser_accept(p, PHPVM_T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG) ||
           phpvm_parser_accept(p, PHPVM_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG);
}

/* ":" type_expr, or NULL (and true) when there is no return type. */
static bool return_type(phpvm_parser_t *p, phpvm_ast_t **type)
{
    *type = NULL;
    if (!phpvm_parser_accept(p, ':')) return true;
    return (*type = phpvm_parse_type(p, true)) != NULL;
}

/* A function body "{...}" with the generator flag of its own yields (PHP's backup_fn_flags). */
static phpvm_ast_t *function_body(phpvm_parser_t *p, uint32_t *flags, uint32_t *end_line)
{
    uint32_t saved = p->fn_flags;
    phpvm_ast_t *body;

    p->fn_flags = 0;
    *end_line = LINE;
    body = phpvm_parse_block(p);
    *flags |= p->fn_flags;
    p->fn_flags = saved;
    return body;
}

phpvm_ast_t *phpvm_parse_function_decl(phpvm_parser_t *p)
{
    static const int ident[] = {PHPVM_T_STRING, -1};
    uint32_t line = LINE, flags = 0, end_line;
    phpvm_ast_t *name, *doc, *params, *ret, *body;

    phpvm_parser_advance(p);
    if (returns_ref(p)) flags |= PHPVM_AF_FUNC_RETURNS_REF;
    if (p->tok.kind != PHPVM_T_STRING && p->tok.kind != PHPVM_T_READONLY)
        return phpvm_parser_fail(p, ident);
    name = phpvm_parser_tok_str(p);
    phpvm_parser_advance(p);
    doc = phpvm_parser_take_doc(p);
    if (!(params = parameter_list(p)) || !return_type(p, &ret) ||
        !(body = function_body(p, &flags, &end_line)))
        return NULL;
    phpvm_ast_t *fn =
        phpvm_ast_new(A, PHPVM_AST_FUNC_DECL, flags, line, name, doc, params, body, ret, NULL);
    fn->end_line = end_line;
    return fn;
}

static phpvm_ast_t *closure_uses(phpvm_parser_t *p)
{
    static const int var[] = {PHPVM_T_VARIABLE, PHPVM_T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG,
                              PHPVM_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG, -1};
    phpvm_ast_t *uses = phpvm_ast_list(A, PHPVM_AST_CLOSURE_USES, LINE);

    if (!phpvm_parser_expect(p, '(')) return NULL;
    do {
        if (p->tok.kind == ')' && uses->count) break;
        if (uses->count && p->tok.kind != PHPVM_T_VARIABLE &&
            p->tok.kind != PHPVM_T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG &&
            p->tok.kind != PHPVM_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) {
            static const int close[] = {')', -1}; /* after PHP reduced the trailing comma */
            return phpvm_parser_fail(p, close);
        }
        uint32_t line = LINE, f = returns_ref(p) ? PHPVM_AF_CLOSURE_USE_REF : 0;
        if (p->tok.kind != PHPVM_T_VARIABLE) return phpvm_parser_fail(p, var);
        phpvm_ast_add(A, uses,
                      phpvm_ast_new(A, PHPVM_AST_CLOSURE_VAR, f, line, phpvm_parser_tok_str(p)));
        phpvm_parser_advance(p);
    } while (phpvm_parser_accept(p, ','));
    if (!phpvm_parser_expect(p, ')')) return NULL;
    return uses;
}

phpvm_ast_t *phpvm_parse_closure(phpvm_parser_t *p, uint32_t flags)
{
    uint32_t line = LINE, end_line;
    phpvm_ast_t *attrs = NULL, *doc, *params, *uses = NULL, *ret, *body;
    phpvm_ast_t *name = phpvm_ast_str(A, line, "{closure}", 9);

    if (p->tok.kind == PHPVM_T_ATTRIBUTE) {
        if (!(attrs = phpvm_parse_attributes(p))) return NULL;
        if (phpvm_parser_accept(p, PHPVM_T_STATIC)) flags |= PHPVM_AF_MODIFIER_STATIC;
        if (p->tok.kind != PHPVM_T_FUNCTION && p->tok.kind != PHPVM_T_FN)
            return phpvm_parser_fail(p, NULL);
        line = LINE;
    }
    bool arrow = p->tok.kind == PHPVM_T_FN;
    phpvm_parser_advance(p);
    if (returns_ref(p)) flags |= PHPVM_AF_FUNC_RETURNS_REF;
    doc = phpvm_parser_take_doc(p);
    if (!(params = parameter_list(p))) return NULL;
    if (!arrow && p->tok.kind == PHPVM_T_USE) {
        phpvm_parser_advance(p);
        if (!(uses = closure_uses(p))) return NULL;
    }
    if (!return_type(p, &ret)) return NULL;
    if (arrow) {
        uint32_t saved = p->fn_flags;
        if (!phpvm_parser_expect(p, PHPVM_T_DOUBLE_ARROW)) return NULL;
        p->fn_flags = 0;
        /* The body reaches as far as PREC_ARROW_FUNCTION allows: everything but throw's level. */
        body = phpvm_parse_expr_prec(p, 3);
        flags |= p->fn_flags;
        p->fn_flags = saved;
        if (!body) return NULL;
        body = phpvm_ast_new(A, PHPVM_AST_RETURN, 0, body->line, body);
        phpvm_ast_t *fn = phpvm_ast_new(A, PHPVM_AST_ARROW_FUNC, flags, line, name, doc, params,
                                        body, ret, attrs);
        fn->end_line = LINE;
        return fn;
    }
    if (!(body = function_body(p, &flags, &end_line))) return NULL;
    phpvm_ast_t *fn =
        phpvm_ast_new(A, PHPVM_AST_CLOSURE, flags, line, name, doc, params, uses, body, ret, attrs);
    fn->end_line = end_line;
    return fn;
}

static phpvm_ast_t *class_name_list(phpvm_parser_t *p)
{
    phpvm_ast_t *list = phpvm_ast_list(A, PHPVM_AST_NAME_LIST, LINE);

    do {
        phpvm_ast_t *n = phpvm_parse_class_name(p);
        if (!n) return NULL;
        phpvm_ast_add(A, list, n);
    } while (phpvm_parser_accept(p, ','));
    return list;
}

/* trait_method_reference: identifier, or class_name "::" identifier (absolute). */
static phpvm_ast_t *method_reference(phpvm_parser_t *p)
{
    uint32_t line = LINE;
    phpvm_ast_t *cls = NULL, *method;

    if ((phpvm_parser_is_name(p->tok.kind) || p->tok.kind == PHPVM_T_STATIC) &&
        phpvm_parser_peek(p, 1)->kind == PHPVM_T_DOUBLE_COLON) {
        if (!(cls = phpvm_parse_class_name(p))) return NULL;
        phpvm_parser_advance(p);
    }
    if (!(method = phpvm_parser_identifier(p))) return NULL;
    return phpvm_ast_new(A, PHPVM_AST_METHOD_REFERENCE, 0, line, cls, method);
}

static phpvm_ast_t *trait_adaptation(phpvm_parser_t *p)
{
    uint32_t line = LINE, m, flags = 0;
    phpvm_ast_t *ref = method_reference(p), *alias = NULL, *r;

    if (!ref) return NULL;
    if (ref->child[0] && phpvm_parser_accept(p, PHPVM_T_INSTEADOF)) {
        phpvm_ast_t *names = class_name_list(p);
        if (!names) return NULL;
        r = phpvm_ast_new(A, PHPVM_AST_TRAIT_PRECEDENCE, 0, line, ref, names);
    } else {
        static const int as[] = {PHPVM_T_AS, -1};
        if (!phpvm_parser_accept(p, PHPVM_T_AS)) return phpvm_parser_fail(p, as);
        if ((m = modifier_of(p->tok.kind, false)) != 0) {
            flags = m;
            phpvm_parser_advance(p);
            if (p->tok.kind != ';' && p->tok.kind != PHPVM_T_STRING &&
                !phpvm_parser_is_semi_reserved(p->tok.kind)) {
                static const int semi[] = {';', -1};
                return phpvm_parser_fail(p, semi);
            }
            if (p->tok.kind != ';' && !(alias = phpvm_parser_identifier(p))) return NULL;
        } else if (!(alias = phpvm_parser_identifier(p))) {
            return NULL;
        }
        r = phpvm_ast_new(A, PHPVM_AST_TRAIT_ALIAS, flags, line, ref, alias);
    }
    if (!phpvm_parser_expect(p, ';')) return NULL;
    return r;
}

static phpvm_ast_t *use_trait(phpvm_parser_t *p)
{
    uint32_t line = LINE;
    phpvm_ast_t *names, *adaptations = NULL;

    phpvm_parser_advance(p);
    if (!(names = class_name_list(p))) return NULL;
    if (phpvm_parser_accept(p, '{')) {
        if (p->tok.kind != '}') adaptations = phpvm_ast_list(A, PHPVM_AST_TRAIT_ADAPTATIONS, LINE);
        while (p->tok.kind != '}') {
            phpvm_ast_t *a = trait_adaptation(p);
            if (!a) return NULL;
            phpvm_ast_add(A, adaptations, a);
        }
        phpvm_parser_advance(p);
    } else if (!phpvm_parser_accept(p, ';')) {
        static const int expected[] = {',', ';', '{', -1};
        return phpvm_parser_fail(p, expected);
    }
    return phpvm_ast_new(A, PHPVM_AST_USE_TRAIT, 0, line, names, adaptations);
}

static phpvm_ast_t *enum_case(phpvm_parser_t *p)
{
    uint32_t line = LINE;
    phpvm_ast_t *doc, *name, *value = NULL;

    phpvm_parser_advance(p);
    doc = phpvm_parser_take_doc(p);
    if (!(name = phpvm_parser_identifier(p))) return NULL;
    if (phpvm_parser_accept(p, '=') && !(value = phpvm_parse_expr(p))) return NULL;
    if (!phpvm_parser_expect(p, ';')) return NULL;
    return phpvm_ast_new(A, PHPVM_AST_ENUM_CASE, 0, line, name, value, doc, NULL);
}

static phpvm_ast_t *method(phpvm_parser_t *p, uint32_t flags, uint32_t line)
{
    uint32_t end_line = 0;
    phpvm_ast_t *name, *doc, *params, *ret, *body = NULL;

    phpvm_parser_advance(p);
    if (returns_ref(p)) flags |= PHPVM_AF_FUNC_RETURNS_REF;
    if (!(name = phpvm_parser_identifier(p))) return NULL;
    doc = phpvm_parser_take_doc(p);
    if (!(params = parameter_list(p)) || !return_type(p, &ret)) return NULL;
    if (p->tok.kind != ';' && p->tok.kind != '{') {
        static const int expected[] = {';', '{', -1};
        return phpvm_parser_fail(p, expected);
    }
    if (!phpvm_parser_accept(p, ';') && !(body = function_body(p, &flags, &end_line))) return NULL;
    phpvm_ast_t *m =
        phpvm_ast_new(A, PHPVM_AST_METHOD, flags, line, name, doc, params, body, ret, NULL);
    m->end_line = end_line;
    return m;
}

static phpvm_ast_t *property_group(phpvm_parser_t *p, uint32_t flags, uint32_t line)
{
    static const int var[] = {PHPVM_T_VARIABLE, -1};
    static const int comma_semi[] = {',', ';', -1};
    phpvm_ast_t *type = NULL, *props;

    if (starts_type(p->tok.kind) && !(type = phpvm_parse_type(p, false))) return NULL;
    props = phpvm_ast_list(A, PHPVM_AST_PROP_DECL, LINE);
    do {
        uint32_t pline = LINE;
        phpvm_ast_t *name, *def = NULL;
        if (p->tok.kind != PHPVM_T_VARIABLE) return phpvm_parser_fail(p, var);
        name = phpvm_parser_tok_str(p);
        phpvm_parser_advance(p);
        if (phpvm_parser_accept(p, '=') && !(def = phpvm_parse_expr(p))) return NULL;
        phpvm_ast_add(
            A, props,
            phpvm_ast_new(A, PHPVM_AST_PROP_ELEM, 0, pline, name, def, phpvm_parser_take_doc(p)));
    } while (phpvm_parser_accept(p, ','));
    if (!phpvm_parser_accept(p, ';')) return phpvm_parser_fail(p, comma_semi);
    return phpvm_ast_new(A, PHPVM_AST_PROP_GROUP, flags, line, type, props, NULL);
}

/* One member after its attributes: modifiers then a constant, method or property; or a case. */
static phpvm_ast_t *member(phpvm_parser_t *p)
{
    const uint32_t ppp =
        PHPVM_AF_MODIFIER_PUBLIC | PHPVM_AF_MODIFIER_PROTECTED | PHPVM_AF_MODIFIER_PRIVATE;
    uint32_t line = LINE, flags = 0, m;
    bool any = false;

    if (p->tok.kind == PHPVM_T_CASE) return enum_case(p);
    if (phpvm_parser_accept(p, PHPVM_T_VAR))
        return property_group(p, PHPVM_AF_MODIFIER_PUBLIC, line);
    while ((m = modifier_of(p->tok.kind, false)) != 0) {
        if (!add_modifier(p, &flags, m)) return NULL;
        any = true;
        phpvm_parser_advance(p);
    }
    if (p->tok.kind == PHPVM_T_CONST) {
        phpvm_parser_advance(p);
        phpvm_ast_t *consts = phpvm_parse_const_list(p, true);
        if (!consts || !phpvm_parser_expect(p, ';')) return NULL;
        return phpvm_ast_new(A, PHPVM_AST_CLASS_CONST_GROUP,
                             (flags & ppp) ? flags : flags | PHPVM_AF_MODIFIER_PUBLIC, line, consts,
                             NULL);
    }
    if (p->tok.kind == PHPVM_T_FUNCTION)
        return method(p, (flags & ppp) ? flags : flags | PHPVM_AF_MODIFIER_PUBLIC, line);
    if (!any) {
        /* PHP has reduced the empty modifier list: only a method or a constant can follow. */
        static const int expected[] = {PHPVM_T_FUNCTION, PHPVM_T_CONST, -1};
        return phpvm_parser_fail(p, expected);
    }
    return property_group(p, flags, line);
}

static phpvm_ast_t *class_body(phpvm_parser_t *p, uint32_t *end_line)
{
    phpvm_ast_t *list;

    if (!phpvm_parser_expect(p, '{')) return NULL;
    list = phpvm_ast_list(A, PHPVM_AST_STMT_LIST, p->prev_line);
    while (p->tok.kind != '}') {
        phpvm_ast_t *m, *attrs = NULL;
        if (!phpvm_parser_enter(p)) return NULL;
        if (p->tok.kind == PHPVM_T_USE) {
            m = use_trait(p);
        } else {
            if (p->tok.kind == PHPVM_T_ATTRIBUTE && !(attrs = phpvm_parse_attributes(p)))
                return NULL;
            if ((m = member(p)) && attrs) phpvm_parser_set_attributes(m, attrs);
        }
        phpvm_parser_leave(p);
        if (!m) return NULL;
        phpvm_ast_add(A, list, m);
    }
    *end_line = LINE;
    phpvm_parser_advance(p);
    return list;
}

/* extends / implements clauses after the class name. */
static bool class_clauses(phpvm_parser_t *p, phpvm_ast_t **extends, phpvm_ast_t **implements,
                          bool is_interface)
{
    *extends = *implements = NULL;
    if (phpvm_parser_accept(p, PHPVM_T_EXTENDS)) {
        if (is_interface) return (*implements = class_name_list(p)) != NULL;
        if (!(*extends = phpvm_parse_class_name(p))) return false;
    }
    if (!is_interface && phpvm_parser_accept(p, PHPVM_T_IMPLEMENTS))
        return (*implements = class_name_list(p)) != NULL;
    return true;
}

phpvm_ast_t *phpvm_parse_class_decl(phpvm_parser_t *p, uint32_t flags)
{
    static const int ident[] = {PHPVM_T_STRING, -1};
    uint32_t line = LINE, end_line;
    int k = p->tok.kind;
    phpvm_ast_t *name, *doc, *extends, *implements, *body, *type = NULL;

    if (k == PHPVM_T_TRAIT)
        flags |= PHPVM_AF_CLASS_TRAIT;
    else if (k == PHPVM_T_INTERFACE)
        flags |= PHPVM_AF_CLASS_INTERFACE;
    else if (k == PHPVM_T_ENUM)
        flags |= PHPVM_AF_CLASS_ENUM | PHPVM_AF_CLASS_FINAL;
    else if (k == PHPVM_T_CLASS && (flags & PHPVM_AF_CLASS_READONLY))
        flags |= PHPVM_AF_CLASS_NO_DYNAMIC_PROPERTIES;
    phpvm_parser_advance(p);
    if (p->tok.kind != PHPVM_T_STRING) return phpvm_parser_fail(p, ident);
    name = phpvm_parser_tok_str(p);
    phpvm_parser_advance(p);
    if (k == PHPVM_T_ENUM && phpvm_parser_accept(p, ':') && !(type = phpvm_parse_type(p, true)))
        return NULL;
    if (k == PHPVM_T_TRAIT) {
        extends = implements = NULL;
    } else if (k == PHPVM_T_ENUM) {
        extends = NULL;
        implements = NULL;
        if (phpvm_parser_accept(p, PHPVM_T_IMPLEMENTS) && !(implements = class_name_list(p)))
            return NULL;
    } else if (!class_clauses(p, &extends, &implements, k == PHPVM_T_INTERFACE)) {
        return NULL;
    }
    doc = phpvm_parser_take_doc(p);
    if (!(body = class_body(p, &end_line))) return NULL;
    phpvm_ast_t *c = phpvm_ast_new(A, PHPVM_AST_CLASS, flags, line, name, doc, extends, implements,
                                   body, NULL, type);
    c->end_line = end_line;
    return c;
}

phpvm_ast_t *phpvm_parse_anonymous_class(phpvm_parser_t *p, phpvm_ast_t *attributes)
{
    uint32_t line = LINE, end_line;
    phpvm_ast_t *args, *doc, *extends, *implements, *body;

    phpvm_parser_advance(p);
    if (p->tok.kind == '(')
        args = phpvm_parse_argument_list(p);
    else
        args = phpvm_ast_list(A, PHPVM_AST_ARG_LIST, LINE);
    if (!args || !class_clauses(p, &extends, &implements, false)) return NULL;
    doc = phpvm_parser_take_doc(p);
    if (!(body = class_body(p, &end_line))) return NULL;
    phpvm_ast_t *c = phpvm_ast_new(A, PHPVM_AST_CLASS, PHPVM_AF_CLASS_ANONYMOUS, line, NULL, doc,
                                   extends, implements, body, attributes, NULL);
    c->end_line = end_line;
    return phpvm_ast_new(A, PHPVM_AST_NEW, 0, line, c, args);
}

/*
** compile_export.c: an expression's source text rebuilt from the AST, spaced and parenthesized
** as PHP's zend_ast_export does (operator priorities decide the parentheses). The compiler
** gives it to assert() as the message of a failed assertion ("assert($a > 1)").
*/
#include <stdio.h>
#include <string.h>

#include "phpvm/compile.h"

/* One binary operator: the AST flag, its text and priorities (its own, left, right). */
static const struct {
    uint32_t flag;
    const char *op;
    int p, pl, pr;
} binops[] = {
    {PHPVM_AF_BINARY_ADD, " + ", 200, 200, 201},
    {PHPVM_AF_BINARY_SUB, " - ", 200, 200, 201},
    {PHPVM_AF_BINARY_MUL, " * ", 210, 210, 211},
    {PHPVM_AF_BINARY_DIV, " / ", 210, 210, 211},
    {PHPVM_AF_BINARY_MOD, " % ", 210, 210, 211},
    {PHPVM_AF_BINARY_SHIFT_LEFT, " << ", 190, 190, 191},
    {PHPVM_AF_BINARY_SHIFT_RIGHT, " >> ", 190, 190, 191},
    {PHPVM_AF_BINARY_CONCAT, " . ", 185, 185, 186},
    {PHPVM_AF_BINARY_BITWISE_OR, " | ", 140, 140, 141},
    {PHPVM_AF_BINARY_BITWISE_AND, " & ", 160, 160, 161},
    {PHPVM_AF_BINARY_BITWISE_XOR, " ^ ", 150, 150, 151},
    {PHPVM_AF_BINARY_IS_IDENTICAL, " === ", 170, 171, 171},
    {PHPVM_AF_BINARY_IS_NOT_IDENTICAL, " !== ", 170, 171, 171},
    {PHPVM_AF_BINARY_IS_EQUAL, " == ", 170, 171, 171},
    {PHPVM_AF_BINARY_IS_NOT_EQUAL, " != ", 170, 171, 171},
    {PHPVM_AF_BINARY_IS_SMALLER, " < ", 180, 181, 181},
    {PHPVM_AF_BINARY_IS_SMALLER_OR_EQUAL, " <= ", 180, 181, 181},
    {PHPVM_AF_BINARY_IS_GREATER, " > ", 180, 181, 181},
    {PHPVM_AF_BINARY_IS_GREATER_OR_EQUAL, " >= ", 180, 181, 181},
    {PHPVM_AF_BINARY_SPACESHIP, " <=> ", 180, 181, 181},
    {PHPVM_AF_BINARY_POW, " ** ", 250, 251, 250},
    {PHPVM_AF_BINARY_BOOL_XOR, " xor ", 40, 40, 41},
    {PHPVM_AF_BINARY_BOOL_AND, " && ", 130, 130, 131},
    {PHPVM_AF_BINARY_BOOL_OR, " || ", 120, 120, 121},
    {PHPVM_AF_BINARY_COALESCE, " ?? ", 110, 111, 110},
};

static bool export(rt_strbuf_t *b, const phpvm_ast_t *e, int priority);

static void append(rt_strbuf_t *b, const char *s)
{
    rt_strbuf_append(b, s, strlen(s));
}

static bool export_list(rt_strbuf_t *b, const phpvm_ast_t *list)
{
    for (uint32_t i = 0; list && i < list->count; i++) {
        if (i)
            append(b, ", ");
        if (!export(b, list->child[i], 0))
            return false;
    }
    return true;
}

static bool export_name(rt_strbuf_t *b, const phpvm_ast_t *n)
{
    if (n->kind == PHPVM_AST_NAME || (n->kind == PHPVM_AST_ZVAL && n->vtype == PHPVM_ZV_STR)) {
        const phpvm_ast_t *s = n->kind == PHPVM_AST_NAME ? n->child[0] : n;
        rt_strbuf_append(b, s->str, s->len);
        return true;
    }
    return export(b, n, 0);
}

static bool export_zval(rt_strbuf_t *b, const phpvm_ast_t *e)
{
    char buf[64];
    if (e->vtype == PHPVM_ZV_LONG) {
        rt_strbuf_appendf(b, "%lld", (long long)e->lval);
    } else if (e->vtype == PHPVM_ZV_STR) {
        rt_strbuf_append_char(b, '\'');
        for (size_t i = 0; i < e->len; i++) {
            if (e->str[i] == '\'' || e->str[i] == '\\')
                rt_strbuf_append_char(b, '\\');
            rt_strbuf_append_char(b, e->str[i]);
        }
        rt_strbuf_append_char(b, '\'');
    } else {
        rt_strbuf_append(b, buf, phpvm_fmt_float(e->dval, buf, sizeof buf));
    }
    return true;
}

static bool export_binary(rt_strbuf_t *b, const phpvm_ast_t *e, int priority)
{
    for (size_t i = 0; i < sizeof binops / sizeof binops[0]; i++) {
        if (binops[i].flag != e->flags)
            continue;
        bool paren = priority > binops[i].p;
        if (paren)
            rt_strbuf_append_char(b, '(');
        if (!export(b, e->child[0], binops[i].pl))
            return false;
        append(b, binops[i].op);
        if (!export(b, e->child[1], binops[i].pr))
            return false;
        if (paren)
            rt_strbuf_append_char(b, ')');
        return true;
    }
    return false;
}

static bool export_unary(rt_strbuf_t *b, const phpvm_ast_t *e, int priority)
{
    const char *op = e->flags == PHPVM_AF_UNARY_BOOL_NOT      ? "!"
                     : e->flags == PHPVM_AF_UNARY_BITWISE_NOT ? "~"
                     : e->flags == PHPVM_AF_UNARY_MINUS       ? "-"
                     : e->flags == PHPVM_AF_UNARY_PLUS        ? "+"
                                                              : "@";
    bool paren = priority > 240;
    if (paren)
        rt_strbuf_append_char(b, '(');
    append(b, op);
    if (!export(b, e->child[0], 241))
        return false;
    if (paren)
        rt_strbuf_append_char(b, ')');
    return true;
}

static bool export_array(rt_strbuf_t *b, const phpvm_ast_t *e)
{
    rt_strbuf_append_char(b, '[');
    for (uint32_t i = 0; i < e->count; i++) {
        const phpvm_ast_t *el = e->child[i];
        if (i)
            append(b, ", ");
        if (!el)
            continue;
        if (el->kind == PHPVM_AST_UNPACK) {
            append(b, "...");
            if (!export(b, el->child[0], 0))
                return false;
            continue;
        }
        if (el->child[1]) {
            if (!export(b, el->child[1], 80))
                return false;
            append(b, " => ");
        }
        if (el->flags & PHPVM_AF_ARRAY_ELEM_REF)
            rt_strbuf_append_char(b, '&');
        if (!export(b, el->child[0], 80))
            return false;
    }
    rt_strbuf_append_char(b, ']');
    return true;
}

static bool export(rt_strbuf_t *b, const phpvm_ast_t *e, int priority)
{
    if (!e)
        return false;
    switch (e->kind) {
    case PHPVM_AST_ZVAL:
        return export_zval(b, e);
    case PHPVM_AST_CONST:
        return export_name(b, e->child[0]);
    case PHPVM_AST_VAR:
        if (e->child[0]->kind != PHPVM_AST_ZVAL)
            return false;
        rt_strbuf_appendf(b, "$%s", e->child[0]->str);
        return true;
    case PHPVM_AST_BINARY_OP:
        return export_binary(b, e, priority);
    case PHPVM_AST_UNARY_OP:
        return export_unary(b, e, priority);
    case PHPVM_AST_ARRAY:
        return export_array(b, e);
    case PHPVM_AST_CALL:
        if (!export_name(b, e->child[0]))
            return false;
        rt_strbuf_append_char(b, '(');
        if (e->child[1]->kind == PHPVM_AST_CALLABLE_CONVERT)
            append(b, "...");
        else if (!export_list(b, e->child[1]))
            return false;
        rt_strbuf_append_char(b, ')');
        return true;
    case PHPVM_AST_METHOD_CALL:
    case PHPVM_AST_STATIC_CALL:
        if (!export_name(b, e->child[0]))
            return false;
        append(b, e->kind == PHPVM_AST_METHOD_CALL ? "->" : "::");
        if (!export_name(b, e->child[1]))
            return false;
        rt_strbuf_append_char(b, '(');
        if (!export_list(b, e->child[2]))
            return false;
        rt_strbuf_append_char(b, ')');
        return true;
    case PHPVM_AST_PROP:
    case PHPVM_AST_CLASS_CONST:
        if (!export_name(b, e->child[0]))
            return false;
        append(b, e->kind == PHPVM_AST_PROP ? "->" : "::");
        return export_name(b, e->child[1]);
    case PHPVM_AST_CLASS_NAME:
        if (!export_name(b, e->child[0]))
            return false;
        append(b, "::class");
        return true;
    case PHPVM_AST_DIM:
        if (!export(b, e->child[0], 260))
            return false;
        rt_strbuf_append_char(b, '[');
        if (e->child[1] && !export(b, e->child[1], 0))
            return false;
        rt_strbuf_append_char(b, ']');
        return true;
    case PHPVM_AST_ISSET:
    case PHPVM_AST_EMPTY:
        append(b, e->kind == PHPVM_AST_ISSET ? "isset(" : "empty(");
        if (!export(b, e->child[0], 0))
            return false;
        rt_strbuf_append_char(b, ')');
        return true;
    case PHPVM_AST_INSTANCEOF:
        if (!export(b, e->child[0], 0))
            return false;
        append(b, " instanceof ");
        return export_name(b, e->child[1]);
    case PHPVM_AST_NAMED_ARG:
        rt_strbuf_appendf(b, "%s: ", e->child[0]->str);
        return export(b, e->child[1], 0);
    default:
        return false;
    }
}

bool comp_export(const phpvm_ast_t *e, const char *prefix, const char *suffix, rt_strbuf_t *b)
{
    append(b, prefix);
    if (!export(b, e, 0))
        return false;
    append(b, suffix);
    return true;
}

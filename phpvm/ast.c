/*
** ast.c: building AST nodes in an arena and the per-kind facts from ast.def (names, arity,
** flag domains) that the parser, the dumper and the compiler share.
*/
#include <stdarg.h>
#include <string.h>

#include "phpvm/ast.h"

typedef enum flag_domain {
#define PHPVM_AST_DOMAIN(name, combinable, base) DOMAIN_##name,
#include "phpvm/ast_flags.def"
#undef PHPVM_AST_DOMAIN
    DOMAIN_COUNT
} flag_domain_t;

static const struct {
    const char *name;
    flag_domain_t domain;
    const char *children;
} kinds[] = {
#define PHPVM_AST_KIND(name, domain, children) {#name, DOMAIN_##domain, children},
#include "phpvm/ast.def"
#undef PHPVM_AST_KIND
};

static const struct {
    bool combinable;
    flag_domain_t base;
} domains[] = {
#define PHPVM_AST_DOMAIN(name, combinable, base) {combinable, DOMAIN_##base},
#include "phpvm/ast_flags.def"
#undef PHPVM_AST_DOMAIN
};

static const struct {
    flag_domain_t domain;
    const char *name;
    uint32_t value;
} flags[] = {
#define PHPVM_AST_FLAG(domain, name, value)       {DOMAIN_##domain, #name, value},
#define PHPVM_AST_FLAG_ALIAS(domain, name, value) {DOMAIN_##domain, #name, value},
#include "phpvm/ast_flags.def"
#undef PHPVM_AST_FLAG
#undef PHPVM_AST_FLAG_ALIAS
};

const char *phpvm_ast_kind_name(phpvm_ast_kind_t kind)
{
    return kinds[kind].name;
}

bool phpvm_ast_is_list(phpvm_ast_kind_t kind)
{
    return kinds[kind].children[0] == '*';
}

int phpvm_ast_arity(phpvm_ast_kind_t kind)
{
    const char *c = kinds[kind].children;
    int n = 0;

    if (*c == '*') return -1;
    for (; *c; c++)
        if (c[0] != ' ' && (c[1] == ' ' || c[1] == '\0')) n++;
    return n;
}

static phpvm_ast_t *node(rt_arena_t *a, phpvm_ast_kind_t kind, uint32_t line)
{
    phpvm_ast_t *n = rt_arena_zalloc(a, sizeof *n);
    n->kind = (uint16_t)kind;
    n->line = line;
    return n;
}

phpvm_ast_t *phpvm_ast_new(rt_arena_t *a, phpvm_ast_kind_t kind, uint32_t fl, uint32_t line, ...)
{
    phpvm_ast_t *n = node(a, kind, line);
    int arity = phpvm_ast_arity(kind);
    va_list ap;

    n->flags = fl;
    n->count = (uint32_t)arity;
    n->child = arity ? rt_arena_alloc(a, (size_t)arity * sizeof *n->child) : NULL;
    va_start(ap, line);
    for (int i = 0; i < arity; i++)
        n->child[i] = va_arg(ap, phpvm_ast_t *);
    va_end(ap);
    return n;
}

phpvm_ast_t *phpvm_ast_list(rt_arena_t *a, phpvm_ast_kind_t kind, uint32_t line)
{
    return node(a, kind, line);
}

phpvm_ast_t *phpvm_ast_add(rt_arena_t *a, phpvm_ast_t *list, phpvm_ast_t *child)
{
    if (list->count == list->cap) {
        uint32_t cap = list->cap ? list->cap * 2 : 4;
        list->child = rt_arena_grow(a, list->child, list->cap * sizeof *list->child,
                                    cap * sizeof *list->child);
        list->cap = cap;
    }
    list->child[list->count++] = child;
    return list;
}

phpvm_ast_t *phpvm_ast_str(rt_arena_t *a, uint32_t line, const char *s, size_t n)
{
    phpvm_ast_t *z = node(a, PHPVM_AST_ZVAL, line);
    z->vtype = PHPVM_ZV_STR;
    z->str = rt_arena_strndup(a, s, n);
    z->len = n;
    return z;
}

phpvm_ast_t *phpvm_ast_long(rt_arena_t *a, uint32_t line, int64_t v)
{
    phpvm_ast_t *z = node(a, PHPVM_AST_ZVAL, line);
    z->vtype = PHPVM_ZV_LONG;
    z->lval = v;
    return z;
}

phpvm_ast_t *phpvm_ast_double(rt_arena_t *a, uint32_t line, double v)
{
    phpvm_ast_t *z = node(a, PHPVM_AST_ZVAL, line);
    z->vtype = PHPVM_ZV_DOUBLE;
    z->dval = v;
    return z;
}

/* Prints the names of `domain` (its base first) matching `value`; returns how many. */
static int print_domain(FILE *out, flag_domain_t domain, uint32_t value, int printed)
{
    if (domains[domain].base != DOMAIN_NONE)
        printed = print_domain(out, domains[domain].base, value, printed);
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++) {
        if (flags[i].domain != domain) continue;
        bool match = domains[domain].combinable
                         ? flags[i].value && (value & flags[i].value) == flags[i].value
                         : value == flags[i].value;
        if (match) {
            fprintf(out, "%s%s", printed ? "|" : " ", flags[i].name);
            printed++;
            if (!domains[domain].combinable) break;
        }
    }
    return printed;
}

void phpvm_ast_print_flags(FILE *out, const phpvm_ast_t *n)
{
    flag_domain_t d = kinds[n->kind].domain;
    if (d != DOMAIN_NONE) print_domain(out, d, n->flags, 0);
}

const char *phpvm_ast_child_name(phpvm_ast_kind_t kind, int i, char *buf, size_t size)
{
    const char *c = kinds[kind].children;
    for (; i > 0; i--) {
        c = strchr(c, ' ');
        if (!c) return "?";
        c++;
    }
    size_t n = strcspn(c, " ");
    if (n >= size) n = size - 1;
    memcpy(buf, c, n);
    buf[n] = '\0';
    return buf;
}

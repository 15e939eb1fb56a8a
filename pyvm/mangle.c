/*
** mangle.c: private name mangling (the language reference, "Identifiers (Names)"). In a class
** body, and in the functions and comprehensions nested in it, an identifier __spam (two leading
** underscores, not ending in two, no dot) stands for _Class__spam, Class being the innermost
** class's name without its leading underscores. Before the symbol table is built, one pass over
** the AST rewrites the identifiers that name variables, attributes, parameters, global and
** nonlocal declarations, exception and pattern captures and import aliases, so the symtable,
** the compiler and the runtime all see one spelling. The names def and class statements bind are
** mangled where they are bound (symtable.c, compile.c), because the function's or class's own
** __name__ keeps the written spelling; __slots__ entries are mangled by obj_slots.c.
*/
#include <string.h>

#include "pyvm/pyvm.h"

const char *pyvm_mangle(rt_arena_t *a, const char *private, const char *name)
{
    size_t len = strlen(name);
    if (!private || len < 2 || name[0] != '_' || name[1] != '_' ||
        (len >= 4 && name[len - 1] == '_' && name[len - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private == '_')
        private++;
    if (!*private)
        return name;
    size_t plen = strlen(private);
    char *m = rt_arena_alloc(a, 1 + plen + len + 1);
    m[0] = '_';
    memcpy(m + 1, private, plen);
    memcpy(m + 1 + plen, name, len + 1);
    return m;
}

static void walk(rt_arena_t *a, const char *private, pyvm_ast_node_t *n);

static void walk_list(rt_arena_t *a, const char *private, pyvm_ast_list_t l)
{
    for (int i = 0; i < l.n; i++)
        walk(a, private, l.v[i]);
}

/* An import binds its alias, or the module's name when it has no dot: give it the mangled one
** as an alias, which imports the same thing. */
static void mangle_alias(rt_arena_t *a, const char *private, pyvm_ast_node_t *al)
{
    const char *bound = al->v.alias.asname ? al->v.alias.asname : al->v.alias.name;
    if (strchr(bound, '.') || strcmp(bound, "*") == 0)
        return;
    const char *m = pyvm_mangle(a, private, bound);
    if (m != bound)
        al->v.alias.asname = m;
}

/* The identifier fields of n that name something, rewritten in place. */
static void mangle_idents(rt_arena_t *a, const char *private, pyvm_ast_node_t *n)
{
    switch (n->kind) {
    case PYVM_AST_Name: n->v.Name.id = pyvm_mangle(a, private, n->v.Name.id); break;
    case PYVM_AST_Attribute:
        n->v.Attribute.attr = pyvm_mangle(a, private, n->v.Attribute.attr);
        break;
    case PYVM_AST_arg: n->v.arg.arg = pyvm_mangle(a, private, n->v.arg.arg); break;
    case PYVM_AST_Global:
    case PYVM_AST_Nonlocal: /* same layout */
        for (int i = 0; i < n->v.Global.names.n; i++)
            n->v.Global.names.v[i] = pyvm_mangle(a, private, n->v.Global.names.v[i]);
        break;
    case PYVM_AST_ExceptHandler:
        if (n->v.ExceptHandler.name)
            n->v.ExceptHandler.name = pyvm_mangle(a, private, n->v.ExceptHandler.name);
        break;
    case PYVM_AST_MatchAs:
        if (n->v.MatchAs.name)
            n->v.MatchAs.name = pyvm_mangle(a, private, n->v.MatchAs.name);
        break;
    case PYVM_AST_MatchStar:
        if (n->v.MatchStar.name)
            n->v.MatchStar.name = pyvm_mangle(a, private, n->v.MatchStar.name);
        break;
    case PYVM_AST_MatchMapping:
        if (n->v.MatchMapping.rest)
            n->v.MatchMapping.rest = pyvm_mangle(a, private, n->v.MatchMapping.rest);
        break;
    case PYVM_AST_alias: mangle_alias(a, private, n); break;
    default: break;
    }
}

static void walk(rt_arena_t *a, const char *private, pyvm_ast_node_t *n)
{
    if (!n)
        return;
    if (n->kind == PYVM_AST_ClassDef) { /* its body is private to it, the rest to the outside */
        walk_list(a, private, n->v.ClassDef.decorator_list);
        walk_list(a, private, n->v.ClassDef.bases);
        walk_list(a, private, n->v.ClassDef.keywords);
        walk_list(a, n->v.ClassDef.name, n->v.ClassDef.body);
        return;
    }
    if (private)
        mangle_idents(a, private, n);
    const char *base = (const char *)&n->v;
    for (const pyvm_ast_field_t *f = pyvm_ast_fields(n->kind); f->name; f++) {
        if (f->type == PYVM_AST_FT_NODE || f->type == PYVM_AST_FT_OPT)
            walk(a, private, *(pyvm_ast_node_t *const *)(base + f->offset));
        else if (f->type == PYVM_AST_FT_LIST)
            walk_list(a, private, *(const pyvm_ast_list_t *)(base + f->offset));
    }
}

void pyvm_mangle_module(rt_arena_t *a, pyvm_ast_node_t *mod) { walk(a, NULL, mod); }

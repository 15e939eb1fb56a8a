/*
** symtable.h: scopes of a Python module (internal to pyvm/): which names of each function, class,
** lambda and comprehension are locals, globals, cells or free variables, as CPython's symtable
** decides them. Built from the AST in the compiler's arena before code generation.
*/
#ifndef PYHYP_PYVM_SYMTABLE_H
#define PYHYP_PYVM_SYMTABLE_H

#include <stdbool.h>

#include "pyvm/ast.h"
#include "runtime/rt.h"

typedef enum { PYVM_SCOPE_MODULE, PYVM_SCOPE_FUNCTION, PYVM_SCOPE_CLASS } pyvm_scope_kind_t;

/* Name flags gathered from the source. */
enum {
    PYVM_SYM_BOUND = 1u << 0,    /* assigned, a parameter, imported, def/class, for/with target */
    PYVM_SYM_USED = 1u << 1,
    PYVM_SYM_PARAM = 1u << 2,
    PYVM_SYM_GLOBAL = 1u << 3,   /* declared global */
    PYVM_SYM_NONLOCAL = 1u << 4, /* declared nonlocal */
    PYVM_SYM_COMP_ITER = 1u << 5, /* a comprehension's iteration variable */
    PYVM_SYM_WALRUS = 1u << 6,    /* a comprehension's assignment-expression target */
    PYVM_SYM_ANNOT = 1u << 7,     /* the target of a simple annotation (x: T), which binds it */
};

/* How the compiler reaches a name. */
typedef enum {
    PYVM_RES_NAME,   /* module and class bodies: the namespace (LOAD_NAME) */
    PYVM_RES_LOCAL,  /* a fast local */
    PYVM_RES_GLOBAL, /* globals then builtins */
    PYVM_RES_CELL,   /* a local that nested functions capture */
    PYVM_RES_FREE,   /* a captured variable of an enclosing function */
} pyvm_resolve_t;

typedef struct pyvm_sym {
    const char *name;
    uint32_t flags;
    uint8_t res;   /* pyvm_resolve_t */
    uint32_t slot; /* LOCAL, CELL, FREE: its frame slot */
    uint32_t argslot; /* parameters: the slot the argument arrives in (differs for cells) */
} pyvm_sym_t;

typedef struct pyvm_scope {
    pyvm_scope_kind_t kind;
    const pyvm_ast_node_t *node;
    struct pyvm_scope *parent;
    struct pyvm_scope **children;
    int nchildren, children_cap;
    pyvm_sym_t *syms;
    int nsyms, syms_cap;
    const char *name;     /* function/class name, "<lambda>", "<listcomp>", "<module>" */
    const char *qualname;
    bool generator;
    bool yields; /* has yield or yield from (an async def with yield is an async generator) */
    bool is_async; /* a comprehension with async for or await: a coroutine (genexp: async gen) */
    bool comprehension;
    bool needs_class_cell; /* class body: a method uses super() or __class__ */
    /* slot layout (functions, and the cells/free variables of other scopes) */
    uint32_t nlocals, first_arg, ncells, cell_base, nfree, free_base;
    const char **slot_names;
} pyvm_scope_t;

typedef struct pyvm_symtable {
    rt_arena_t *arena;
    pyvm_scope_t *top;
    pyvm_scope_t **all; /* every scope, in AST order */
    int nall, all_cap;
    char error[160];    /* a SyntaxError message when building failed */
    int error_line;
    const pyvm_ast_node_t *error_node; /* where, when known (its columns go into the error) */
    bool future_annotations; /* from __future__ import annotations: annotations stay text */
    int comp_iter_depth;     /* visiting a comprehension's iterable (assignment expressions banned) */
    bool comp_target;        /* visiting a comprehension's target: names are iteration variables */
} pyvm_symtable_t;

/* A class scope's implicit cell that its methods' `__class__` (and zero-argument super()) read:
** a symbol of its own, apart from a `__class__` the class body itself binds or reads (which is
** a plain namespace name or an enclosing function's variable, as in CPython). */
#define PYVM_CLASS_CELL ".__class__"

/* Builds the scopes of a module. false with st->error set. */
bool pyvm_symtable_build(pyvm_symtable_t *st, rt_arena_t *arena, pyvm_ast_node_t *mod);
/* The scope of a FunctionDef, Lambda, ClassDef or comprehension node. */
pyvm_scope_t *pyvm_symtable_scope(pyvm_symtable_t *st, const pyvm_ast_node_t *node);
/* The name a def or class statement in scope s binds: `name` mangled for the innermost class
** around s (mangle.c), in the symtable's arena. */
const char *pyvm_symtable_def_name(pyvm_symtable_t *st, const pyvm_scope_t *s, const char *name);

/* The symbol of `name` in scope s, NULL when the scope never mentions it. */
pyvm_sym_t *pyvm_symtable_lookup(pyvm_scope_t *s, const char *name);

#endif

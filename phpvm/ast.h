/*
** ast.h: the abstract syntax tree of phpvm's PHP front end (internal to phpvm/; the compiler
** reads it). Node kinds, child orders and flags are declared once in ast.def/ast_flags.def and
** are php-ast's (AST version 90), i.e. Zend's own AST with names. Nodes live in an rt_arena_t,
** never in the GC heap; strings are NUL-terminated arena copies (or point into the source).
*/
#ifndef PHPVM_AST_H
#define PHPVM_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "runtime/arena.h"

typedef enum phpvm_ast_kind {
#define PHPVM_AST_KIND(name, domain, children) PHPVM_AST_##name,
#include "phpvm/ast.def"
#undef PHPVM_AST_KIND
    PHPVM_AST_KIND_COUNT
} phpvm_ast_kind_t;

/* Flag values, e.g. PHPVM_AF_BINARY_ADD, PHPVM_AF_MODIFIER_STATIC (see ast_flags.def). */
enum phpvm_ast_flag {
#define PHPVM_AST_FLAG(domain, name, value) PHPVM_AF_##name = value,
#include "phpvm/ast_flags.def"
#undef PHPVM_AST_FLAG
    /* Readonly classes also forbid dynamic properties (Zend's bit, not shown by php-ast). */
    PHPVM_AF_CLASS_NO_DYNAMIC_PROPERTIES = 1 << 13
};

/* What a ZVAL leaf holds. */
typedef enum phpvm_zval_type { PHPVM_ZV_STR, PHPVM_ZV_LONG, PHPVM_ZV_DOUBLE } phpvm_zval_type_t;

typedef struct phpvm_ast phpvm_ast_t;
struct phpvm_ast {
    uint16_t kind;       /* phpvm_ast_kind_t */
    uint16_t vtype;      /* ZVAL: phpvm_zval_type_t */
    uint32_t flags;      /* see the kind's flag domain */
    uint32_t line;       /* the line the node starts on */
    uint32_t end_line;   /* declarations: the line they end on */
    uint32_t count;      /* number of children (fixed by kind, or the list length) */
    uint32_t cap;        /* list nodes: allocated slots */
    phpvm_ast_t **child; /* children; absent optional ones are NULL */
    const char *str;     /* ZVAL string, NUL-terminated */
    size_t len;
    int64_t lval;
    double dval;
};

/* A node of a fixed-arity kind with its children (exactly the kind's arity, NULL allowed). */
phpvm_ast_t *phpvm_ast_new(rt_arena_t *a, phpvm_ast_kind_t kind, uint32_t flags, uint32_t line,
                           ...);

/* An empty list node; grow it with phpvm_ast_add. */
phpvm_ast_t *phpvm_ast_list(rt_arena_t *a, phpvm_ast_kind_t kind, uint32_t line);

/* Appends child (may be NULL) to a list node and returns the list. */
phpvm_ast_t *phpvm_ast_add(rt_arena_t *a, phpvm_ast_t *list, phpvm_ast_t *child);

/* ZVAL leaves; phpvm_ast_str copies s[0..n). */
phpvm_ast_t *phpvm_ast_str(rt_arena_t *a, uint32_t line, const char *s, size_t n);
phpvm_ast_t *phpvm_ast_long(rt_arena_t *a, uint32_t line, int64_t v);
phpvm_ast_t *phpvm_ast_double(rt_arena_t *a, uint32_t line, double v);

/* The kind's php-ast name without "AST_" ("BINARY_OP"), its arity (-1 for lists) and the
** name of child i ("left"), copied into buf. */
const char *phpvm_ast_kind_name(phpvm_ast_kind_t kind);
int phpvm_ast_arity(phpvm_ast_kind_t kind);
bool phpvm_ast_is_list(phpvm_ast_kind_t kind);
const char *phpvm_ast_child_name(phpvm_ast_kind_t kind, int i, char *buf, size_t size);

/* Writes the flags of `node` as php-ast names joined by "|" (nothing if none) to out. */
void phpvm_ast_print_flags(FILE *out, const phpvm_ast_t *node);

#endif

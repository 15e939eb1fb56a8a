/*
** ast.h: the Python AST as C structs, generated from ast.def: one node type with a kind tag, CPython's
** source positions (1-based lines, 0-based UTF-8 byte columns) and a union of per-kind field structs
** named as in CPython's ast module (node->v.BinOp.left). Nodes, lists and strings live in the arena
** the parser was given; nothing here points into the GC heap.
*/
#ifndef PYHYP_PYVM_AST_H
#define PYHYP_PYVM_AST_H

#include <stddef.h>
#include <stdint.h>

typedef struct pyvm_ast_node pyvm_ast_node_t;

typedef struct pyvm_ast_list {
    pyvm_ast_node_t **v;
    int n;
} pyvm_ast_list_t;

typedef struct pyvm_ast_idents {
    const char **v;
    int n;
} pyvm_ast_idents_t;

typedef struct pyvm_ast_cmpops {
    uint8_t *v; /* pyvm_ast_cmpop_t */
    int n;
} pyvm_ast_cmpops_t;

typedef enum pyvm_ast_const_kind {
    PYVM_CONST_NONE,
    PYVM_CONST_TRUE,
    PYVM_CONST_FALSE,
    PYVM_CONST_ELLIPSIS,
    PYVM_CONST_INT,     /* fits int64: u.i */
    PYVM_CONST_BIGINT,  /* u.s: digits in `base`, no prefix or underscores (len bytes) */
    PYVM_CONST_FLOAT,   /* u.f */
    PYVM_CONST_COMPLEX, /* imaginary literal: 0 + u.f j */
    PYVM_CONST_STR,     /* u.s: UTF-8 (may hold lone surrogates from escapes, encoded as 3 bytes) */
    PYVM_CONST_BYTES,   /* u.s: len bytes */
} pyvm_ast_const_kind_t;

typedef struct pyvm_ast_const {
    uint8_t kind; /* pyvm_ast_const_kind_t */
    uint8_t base; /* BIGINT only */
    size_t len;
    union {
        int64_t i;
        double f;
        const char *s; /* NUL-terminated too */
    } u;
} pyvm_ast_const_t;

/* Operator enums, in CPython's order; the names are the ast class names. */
#define PYVM_AST_BOOLOPS(X) X(And) X(Or)
#define PYVM_AST_OPERATORS(X)                                                                      \
    X(Add) X(Sub) X(Mult) X(MatMult) X(Div) X(Mod) X(Pow) X(LShift) X(RShift) X(BitOr) X(BitXor)  \
    X(BitAnd) X(FloorDiv)
#define PYVM_AST_UNARYOPS(X) X(Invert) X(Not) X(UAdd) X(USub)
#define PYVM_AST_CMPOPS(X) X(Eq) X(NotEq) X(Lt) X(LtE) X(Gt) X(GtE) X(Is) X(IsNot) X(In) X(NotIn)
#define PYVM_AST_CTXS(X) X(Load) X(Store) X(Del)

#define PYVM_AST_ENUM_ITEM(name) PYVM_AST_##name,
typedef enum { PYVM_AST_BOOLOPS(PYVM_AST_ENUM_ITEM) } pyvm_ast_boolop_t;
typedef enum { PYVM_AST_OPERATORS(PYVM_AST_ENUM_ITEM) } pyvm_ast_operator_t;
typedef enum { PYVM_AST_UNARYOPS(PYVM_AST_ENUM_ITEM) } pyvm_ast_unaryop_t;
typedef enum { PYVM_AST_CMPOPS(PYVM_AST_ENUM_ITEM) } pyvm_ast_cmpop_t;
typedef enum { PYVM_AST_CTXS(PYVM_AST_ENUM_ITEM) } pyvm_ast_ctx_t;

typedef enum pyvm_ast_kind {
#define NODE(name, cat, fields) PYVM_AST_##name,
#include "pyvm/ast.def"
#undef NODE
    PYVM_AST__COUNT
} pyvm_ast_kind_t;

typedef enum pyvm_ast_category {
    PYVM_AST_CAT_MOD,
    PYVM_AST_CAT_STMT,
    PYVM_AST_CAT_EXPR,
    PYVM_AST_CAT_PATTERN,
    PYVM_AST_CAT_AUX, /* comprehension, arguments, arg, keyword, alias, withitem, ... */
} pyvm_ast_category_t;

/* The C type of each field type of ast.def. */
#define PYVM_AST_CT_NODE pyvm_ast_node_t *
#define PYVM_AST_CT_OPT pyvm_ast_node_t *
#define PYVM_AST_CT_LIST pyvm_ast_list_t
#define PYVM_AST_CT_IDENT const char *
#define PYVM_AST_CT_IDOPT const char *
#define PYVM_AST_CT_IDENTS pyvm_ast_idents_t
#define PYVM_AST_CT_INT int
#define PYVM_AST_CT_CONST pyvm_ast_const_t
#define PYVM_AST_CT_BOOLOP uint8_t
#define PYVM_AST_CT_OPERATOR uint8_t
#define PYVM_AST_CT_UNARYOP uint8_t
#define PYVM_AST_CT_CTX uint8_t
#define PYVM_AST_CT_CMPOPS pyvm_ast_cmpops_t

enum { PYVM_AST_PARENS = 1 }; /* flags: the expression was written in parentheses */

struct pyvm_ast_node {
    uint8_t kind;  /* pyvm_ast_kind_t */
    uint8_t flags; /* PYVM_AST_PARENS */
    int32_t lineno, col_offset, end_lineno, end_col_offset;
    union {
#define F(type, name) PYVM_AST_CT_##type name;
#define NODE(name, cat, fields) struct { fields } name;
#include "pyvm/ast.def"
#undef NODE
#undef F
    } v;
};

/* The node kind's class name ("BinOp") and category. */
const char *pyvm_ast_kind_name(pyvm_ast_kind_t kind);
pyvm_ast_category_t pyvm_ast_kind_category(pyvm_ast_kind_t kind);

/* Bytes a node of this kind needs (header plus its own union member). */
size_t pyvm_ast_node_size(pyvm_ast_kind_t kind);

/* A kind's fields in ast.def's order, for walks over any node (ast_dump.c, mangle.c). */
typedef enum {
    PYVM_AST_FT_NODE, PYVM_AST_FT_OPT, PYVM_AST_FT_LIST, PYVM_AST_FT_IDENT, PYVM_AST_FT_IDOPT,
    PYVM_AST_FT_IDENTS, PYVM_AST_FT_INT, PYVM_AST_FT_CONST, PYVM_AST_FT_BOOLOP,
    PYVM_AST_FT_OPERATOR, PYVM_AST_FT_UNARYOP, PYVM_AST_FT_CTX, PYVM_AST_FT_CMPOPS,
} pyvm_ast_field_type_t;

typedef struct pyvm_ast_field {
    const char *name; /* NULL ends a table */
    uint8_t type;     /* pyvm_ast_field_type_t */
    uint16_t offset;  /* from the start of the node's union member (node->v) */
} pyvm_ast_field_t;

const pyvm_ast_field_t *pyvm_ast_fields(pyvm_ast_kind_t kind);

#endif

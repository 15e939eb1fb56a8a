/*
** ast.c: per-kind facts generated from ast.def: class names, categories and node sizes (a Name
** node is allocated with room for its own fields only, not the largest union member).
*/
#include "pyvm/ast.h"

static const struct {
    const char *name;
    uint8_t category;
    uint16_t size;
} kinds[] = {
#define NODE(kname, cat, fields)                                                                   \
    {#kname, PYVM_AST_CAT_##cat,                                                                   \
     (uint16_t)(offsetof(pyvm_ast_node_t, v) + sizeof(((pyvm_ast_node_t *)0)->v.kname))},
#include "pyvm/ast.def"
#undef NODE
};

const char *pyvm_ast_kind_name(pyvm_ast_kind_t kind) { return kinds[kind].name; }

pyvm_ast_category_t pyvm_ast_kind_category(pyvm_ast_kind_t kind) { return kinds[kind].category; }

size_t pyvm_ast_node_size(pyvm_ast_kind_t kind) { return kinds[kind].size; }

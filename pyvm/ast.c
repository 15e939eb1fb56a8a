/*
** ast.c: per-kind facts generated from ast.def: class names, categories, node sizes (a Name
** node is allocated with room for its own fields only, not the largest union member) and the
** field tables generic walks use.
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

/* One table per kind; T names the kind's field struct inside each generated function. */
#define F(type, fname) {#fname, PYVM_AST_FT_##type, (uint16_t)offsetof(T, fname)},
#define NODE(kname, cat, fields)                                                                   \
    static const pyvm_ast_field_t *kname##_fields(void)                                            \
    {                                                                                              \
        typedef __typeof__(((pyvm_ast_node_t *)0)->v.kname) T __attribute__((unused));             \
        static const pyvm_ast_field_t f[] = {fields{NULL, 0, 0}};                                  \
        return f;                                                                                  \
    }
#include "pyvm/ast.def"
#undef NODE
#undef F

static const pyvm_ast_field_t *(*const field_tables[])(void) = {
#define NODE(kname, cat, fields) kname##_fields,
#include "pyvm/ast.def"
#undef NODE
};

const pyvm_ast_field_t *pyvm_ast_fields(pyvm_ast_kind_t kind) { return field_tables[kind](); }

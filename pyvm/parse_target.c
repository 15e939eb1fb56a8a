/*
** parse_target.c: assignment, for and del targets. The parser reads a target as an expression and
** converts it here (setting Store or Del contexts in place), reporting CPython's "cannot assign
** to ..." / "cannot delete ..." at the first invalid part, found as CPython's
** _PyPegen_get_invalid_target finds it.
*/
#include "pyvm/parser.h"

node_t *pyvm_parse_target_invalid(node_t *e, target_kind_t kind)
{
    switch (e->kind) {
    case PYVM_AST_List:
    case PYVM_AST_Tuple: {
        pyvm_ast_list_t elts = e->kind == PYVM_AST_List ? e->v.List.elts : e->v.Tuple.elts;
        for (int i = 0; i < elts.n; i++) {
            node_t *bad = pyvm_parse_target_invalid(elts.v[i], kind);
            if (bad)
                return bad;
        }
        return NULL;
    }
    case PYVM_AST_Starred:
        return kind == TARGET_DEL ? e : pyvm_parse_target_invalid(e->v.Starred.value, kind);
    case PYVM_AST_Compare:
        /* `for a in b` would read as a comparison; look at its left side. */
        if (kind == TARGET_FOR)
            return e->v.Compare.ops.v[0] == PYVM_AST_In
                       ? pyvm_parse_target_invalid(e->v.Compare.left, kind)
                       : NULL;
        return e;
    case PYVM_AST_Name:
    case PYVM_AST_Subscript:
    case PYVM_AST_Attribute:
        return NULL;
    default:
        return e;
    }
}

/* Sets the context; false if something here cannot take one (the caller reports it). */
static bool set_ctx(node_t *e, pyvm_ast_ctx_t ctx)
{
    switch (e->kind) {
    case PYVM_AST_Name: e->v.Name.ctx = (uint8_t)ctx; return true;
    case PYVM_AST_Attribute: e->v.Attribute.ctx = (uint8_t)ctx; return true;
    case PYVM_AST_Subscript: e->v.Subscript.ctx = (uint8_t)ctx; return true;
    case PYVM_AST_Starred:
        e->v.Starred.ctx = (uint8_t)ctx;
        return set_ctx(e->v.Starred.value, ctx);
    case PYVM_AST_List:
    case PYVM_AST_Tuple: {
        pyvm_ast_list_t elts = e->kind == PYVM_AST_List ? e->v.List.elts : e->v.Tuple.elts;
        if (e->kind == PYVM_AST_List)
            e->v.List.ctx = (uint8_t)ctx;
        else
            e->v.Tuple.ctx = (uint8_t)ctx;
        for (int i = 0; i < elts.n; i++)
            if (!set_ctx(elts.v[i], ctx))
                return false;
        return true;
    }
    default: return false;
    }
}

bool pyvm_parse_target_set(parser_t *p, node_t *e, pyvm_ast_ctx_t ctx, target_kind_t kind)
{
    node_t *bad = pyvm_parse_target_invalid(e, kind);
    if (bad) {
        pyvm_parser_error_node(p, bad, kind == TARGET_DEL ? "cannot delete %s" : "cannot assign to %s",
                               pyvm_parse_expr_name(bad));
        return false;
    }
    if (!set_ctx(e, ctx)) {
        pyvm_parser_error_generic(p);
        return false;
    }
    return true;
}

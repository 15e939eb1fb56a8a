/*
** compile_warn.c: the compiler's SyntaxWarnings (compile.h), CPython's compiler_warn and its
** checks: an assert on a non-empty tuple, "is" with a literal, and a call, subscript or index of
** a literal that shows a missing comma. A warning goes through _warnings.warn_explicit with the
** file and line; when a filter turns it into an error, the compilation fails with a SyntaxError
** of the same message instead, as CPython does, and any other error it raises propagates.
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "pyvm/compile.h"

bool pyvm_compile_warn_at(rt_str_t *filename, int line, int offset, const node_t *n,
                          const char *msg)
{
    rt_value_t mod = pyvm_import(rt_str_intern_cstr("_warnings"));
    rt_value_t warn = mod ? pyvm_getattr(mod, rt_str_intern_cstr("warn_explicit")) : RT_NOVALUE;
    if (warn) {
        rt_value_t args[4] = {pyvm_str_cstr(msg), rt_from_ptr(pyvm_exc_SyntaxWarning),
                              rt_from_ptr(filename), rt_small(line)};
        if (pyvm_call(warn, args, 4, NULL))
            return true;
    }
    if (pyvm_isinstance(rt_exc_current(), pyvm_exc_SyntaxWarning)) {
        rt_exc_clear();
        if (n)
            pyvm_compile_syntax_error(msg, filename, line, n);
        else
            pyvm_compile_syntax_error_at(msg, filename, line, offset);
    }
    return false;
}

void pyvm_compile_warn(unit_t *u, const node_t *n, const char *fmt, ...)
{
    char msg[240];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (pyvm_compile_warn_at(u->c->filename, n->lineno, 0, n, msg))
        return;
    u->c->exc_pending = true;
    longjmp(u->c->fail, 1);
}

/* The type a literal expression evaluates to (CPython's infer_type); NULL: not a literal. */
static const char *literal_type(const node_t *e)
{
    static const char *const consts[] = {
        [PYVM_CONST_NONE] = "NoneType", [PYVM_CONST_TRUE] = "bool",
        [PYVM_CONST_FALSE] = "bool",    [PYVM_CONST_ELLIPSIS] = "ellipsis",
        [PYVM_CONST_INT] = "int",       [PYVM_CONST_BIGINT] = "int",
        [PYVM_CONST_FLOAT] = "float",   [PYVM_CONST_COMPLEX] = "complex",
        [PYVM_CONST_STR] = "str",       [PYVM_CONST_BYTES] = "bytes",
    };
    switch (e->kind) {
    case PYVM_AST_Constant: return consts[e->v.Constant.value.kind];
    case PYVM_AST_Tuple: return "tuple";
    case PYVM_AST_List:
    case PYVM_AST_ListComp: return "list";
    case PYVM_AST_Dict:
    case PYVM_AST_DictComp: return "dict";
    case PYVM_AST_Set:
    case PYVM_AST_SetComp: return "set";
    case PYVM_AST_GeneratorExp: return "generator";
    case PYVM_AST_Lambda: return "function";
    case PYVM_AST_JoinedStr:
    case PYVM_AST_FormattedValue: return "str";
    default: return NULL;
    }
}

static bool is_const(const node_t *e, pyvm_ast_const_kind_t k)
{
    return e->kind == PYVM_AST_Constant && e->v.Constant.value.kind == k;
}

void pyvm_compile_warn_assert(unit_t *u, const node_t *n)
{
    const node_t *test = n->v.Assert.test;
    if (test->kind == PYVM_AST_Tuple && test->v.Tuple.elts.n > 0)
        pyvm_compile_warn(u, n, "assertion is always true, perhaps remove parentheses?");
}

/* "is" between operands of which one is a literal other than None, True, False or ... */
static bool is_arg_ok(const node_t *e)
{
    return e->kind != PYVM_AST_Constant || is_const(e, PYVM_CONST_NONE) ||
           is_const(e, PYVM_CONST_TRUE) || is_const(e, PYVM_CONST_FALSE) ||
           is_const(e, PYVM_CONST_ELLIPSIS);
}

void pyvm_compile_warn_compare(unit_t *u, const node_t *e)
{
    bool left = is_arg_ok(e->v.Compare.left);
    for (int i = 0; i < e->v.Compare.ops.n; i++) {
        uint8_t op = e->v.Compare.ops.v[i];
        bool right = is_arg_ok(e->v.Compare.comparators.v[i]);
        if ((op == PYVM_AST_Is || op == PYVM_AST_IsNot) && (!left || !right)) {
            pyvm_compile_warn(u, e, op == PYVM_AST_Is
                                        ? "\"is\" with a literal. Did you mean \"==\"?"
                                        : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

void pyvm_compile_warn_call(unit_t *u, const node_t *e)
{
    const node_t *f = e->v.Call.func;
    if (f->kind == PYVM_AST_Lambda)
        return; /* (lambda: 0)() is an ordinary call */
    const char *t = literal_type(f);
    if (t)
        pyvm_compile_warn(u, e, "'%s' object is not callable; perhaps you missed a comma?", t);
}

void pyvm_compile_warn_subscript(unit_t *u, const node_t *e)
{
    const node_t *v = e->v.Subscript.value, *s = e->v.Subscript.slice;
    const char *vt = literal_type(v);
    if (!vt)
        return;
    /* not subscriptable at all: numbers, None, ..., sets, generators, functions */
    bool scalar = v->kind == PYVM_AST_Constant && !is_const(v, PYVM_CONST_STR) &&
                  !is_const(v, PYVM_CONST_BYTES);
    if (scalar || v->kind == PYVM_AST_Set || v->kind == PYVM_AST_SetComp ||
        v->kind == PYVM_AST_GeneratorExp || v->kind == PYVM_AST_Lambda) {
        pyvm_compile_warn(u, e, "'%s' object is not subscriptable; perhaps you missed a comma?",
                          vt);
        return;
    }
    /* a sequence indexed by a literal that is no integer (bool is one) */
    const char *st = literal_type(s);
    if (!st || strcmp(st, "int") == 0 || strcmp(st, "bool") == 0)
        return;
    if (v->kind == PYVM_AST_Constant || v->kind == PYVM_AST_Tuple || v->kind == PYVM_AST_List ||
        v->kind == PYVM_AST_ListComp || v->kind == PYVM_AST_JoinedStr ||
        v->kind == PYVM_AST_FormattedValue)
        pyvm_compile_warn(u, e,
                          "%s indices must be integers or slices, not %s; perhaps you missed a "
                          "comma?",
                          vt, st);
}

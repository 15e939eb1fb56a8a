/*
** compile_expr.c: expressions, assignment targets and comprehensions for the bytecode compiler
** (compile.h). Constant folding: literal operands of unary minus, binary operators and tuples of
** constants are computed at compile time with the runtime's own operations (a fold that raises,
** such as 1/0, is left for run time).
*/
#include <string.h>

#include "pyvm/compile.h"

rt_value_t pyvm_compile_const_value(const pyvm_ast_const_t *k)
{
    switch (k->kind) {
    case PYVM_CONST_NONE:
        return rt_none;
    case PYVM_CONST_TRUE:
        return rt_true;
    case PYVM_CONST_FALSE:
        return rt_false;
    case PYVM_CONST_ELLIPSIS:
        return pyvm_ellipsis;
    case PYVM_CONST_INT:
        return rt_int_from_i64(k->u.i);
    case PYVM_CONST_BIGINT: {
        rt_value_t v = RT_NOVALUE;
        rt_numparse_int(k->u.s, k->len, k->base, &v);
        return v;
    }
    case PYVM_CONST_FLOAT:
        return rt_float_new(k->u.f);
    case PYVM_CONST_COMPLEX:
        return pyvm_complex_new(0, k->u.f);
    case PYVM_CONST_STR:
        return rt_from_ptr(rt_str_new(k->u.s, k->len));
    case PYVM_CONST_BYTES:
        return rt_from_ptr(rt_bytes_new(k->u.s, k->len));
    default:
        return RT_NOVALUE;
    }
}

/* The constant value of e when it is a literal (after folding), else RT_NOVALUE. */
static rt_value_t const_of(node_t *e)
{
    if (e->kind != PYVM_AST_Constant)
        return RT_NOVALUE;
    return pyvm_compile_const_value(&e->v.Constant.value);
}

static pyvm_sym_t *sym(unit_t *u, const char *name)
{
    return pyvm_symtable_lookup(u->scope, name);
}

void pyvm_compile_name_op(unit_t *u, const char *name, pyvm_ast_ctx_t ctx)
{
    pyvm_sym_t *y = sym(u, name);
    pyvm_resolve_t res = y ? (pyvm_resolve_t)y->res
                           : u->scope->kind == PYVM_SCOPE_FUNCTION ? PYVM_RES_GLOBAL
                                                                   : PYVM_RES_NAME;
    static const pyvm_op_t ops[][3] = {
        [PYVM_RES_NAME] = {PYVM_OP_LOAD_NAME, PYVM_OP_STORE_NAME, PYVM_OP_DELETE_NAME},
        [PYVM_RES_LOCAL] = {PYVM_OP_LOAD_FAST, PYVM_OP_STORE_FAST, PYVM_OP_DELETE_FAST},
        [PYVM_RES_GLOBAL] = {PYVM_OP_LOAD_GLOBAL, PYVM_OP_STORE_GLOBAL, PYVM_OP_DELETE_GLOBAL},
        [PYVM_RES_CELL] = {PYVM_OP_LOAD_DEREF, PYVM_OP_STORE_DEREF, PYVM_OP_DELETE_DEREF},
        [PYVM_RES_FREE] = {PYVM_OP_LOAD_DEREF, PYVM_OP_STORE_DEREF, PYVM_OP_DELETE_DEREF},
    };
    if (res == PYVM_RES_GLOBAL && u->scope->kind == PYVM_SCOPE_MODULE &&
        !(y->flags & PYVM_SYM_GLOBAL)) /* only a declared global skips the namespace */
        res = PYVM_RES_NAME;
    /* a name the class body binds itself lives in the class namespace; its free slot only
    ** passes an enclosing function's cell on to the methods that use it */
    if (res == PYVM_RES_FREE && u->scope->kind == PYVM_SCOPE_CLASS &&
        (y->flags & PYVM_SYM_BOUND) && !(y->flags & PYVM_SYM_NONLOCAL))
        res = PYVM_RES_NAME;
    pyvm_op_t op = ops[res][ctx];
    if (res == PYVM_RES_FREE && u->scope->kind == PYVM_SCOPE_CLASS && ctx == PYVM_AST_Load) {
        pyvm_compile_emit2(u, PYVM_OP_LOAD_CLASSDEREF, y->slot, pyvm_compile_name(u, name));
        return;
    }
    if (res == PYVM_RES_NAME || res == PYVM_RES_GLOBAL)
        pyvm_compile_emit(u, op, pyvm_compile_name(u, name));
    else
        pyvm_compile_emit(u, op, y->slot);
}

static bool has_starred(pyvm_ast_list_t l)
{
    for (int i = 0; i < l.n; i++)
        if (l.v[i]->kind == PYVM_AST_Starred)
            return true;
    return false;
}

/* Pushes a list with the items of l (starred ones spread): BUILD_LIST + APPEND/EXTEND. */
/* Builds a list (or set) of nprefix values already pushed followed by the items of l, whose
** starred items are spread. */
static void build_spread_after(unit_t *u, uint32_t nprefix, pyvm_ast_list_t l, bool set)
{
    if (!has_starred(l)) {
        for (int i = 0; i < l.n; i++)
            pyvm_compile_expr(u, l.v[i]);
        pyvm_compile_emit(u, set ? PYVM_OP_BUILD_SET : PYVM_OP_BUILD_LIST, nprefix + (uint32_t)l.n);
        return;
    }
    pyvm_compile_emit(u, set ? PYVM_OP_BUILD_SET : PYVM_OP_BUILD_LIST, nprefix);
    for (int i = 0; i < l.n; i++) {
        node_t *e = l.v[i];
        if (e->kind == PYVM_AST_Starred) {
            pyvm_compile_expr(u, e->v.Starred.value);
            pyvm_compile_emit(u, set ? PYVM_OP_SET_UPDATE : PYVM_OP_LIST_EXTEND, 1);
        } else {
            pyvm_compile_expr(u, e);
            pyvm_compile_emit(u, set ? PYVM_OP_SET_ADD : PYVM_OP_LIST_APPEND, 1);
        }
    }
}

static void build_spread(unit_t *u, pyvm_ast_list_t l, bool set)
{
    build_spread_after(u, 0, l, set);
}

/* f(a=1, a=2) is a compile-time error (CPython's compiler, not its parser, rejects it). */
static void check_keywords(unit_t *u, pyvm_ast_list_t kws)
{
    for (int i = 0; i < kws.n; i++) {
        const char *name = kws.v[i]->v.keyword.arg;
        for (int j = i + 1; name && j < kws.n; j++)
            if (kws.v[j]->v.keyword.arg && strcmp(kws.v[j]->v.keyword.arg, name) == 0)
                pyvm_compile_error(u, kws.v[j], "keyword argument repeated: %s", name);
    }
}

void pyvm_compile_call_ex(unit_t *u, uint32_t nprefix, pyvm_ast_list_t args, pyvm_ast_list_t kws,
                          int line)
{
    check_keywords(u, kws);
    build_spread_after(u, nprefix, args, false);
    pyvm_compile_emit(u, PYVM_OP_LIST_TO_TUPLE, 0);
    if (kws.n) {
        pyvm_compile_emit(u, PYVM_OP_BUILD_MAP, 0);
        bool merged = false; /* after a **mapping, a named keyword may repeat one of its keys */
        for (int i = 0; i < kws.n; i++) {
            node_t *k = kws.v[i];
            if (k->v.keyword.arg) {
                pyvm_compile_load_const(u, rt_from_ptr(rt_str_intern_cstr(k->v.keyword.arg)));
                pyvm_compile_expr(u, k->v.keyword.value);
                if (merged) {
                    pyvm_compile_emit(u, PYVM_OP_BUILD_MAP, 1);
                    pyvm_compile_emit(u, PYVM_OP_DICT_MERGE, 1);
                } else {
                    pyvm_compile_emit(u, PYVM_OP_MAP_ADD, 1);
                }
            } else {
                merged = true;
                pyvm_compile_expr(u, k->v.keyword.value);
                pyvm_compile_emit(u, PYVM_OP_DICT_MERGE, 1);
            }
        }
    }
    u->line = line;
    pyvm_compile_emit(u, PYVM_OP_CALL_EX, kws.n ? 1 : 0);
}

static void compile_tuple(unit_t *u, node_t *e)
{
    pyvm_ast_list_t l = e->v.Tuple.elts;
    bool all_const = l.n > 0;
    for (int i = 0; i < l.n && all_const; i++)
        all_const = l.v[i]->kind == PYVM_AST_Constant;
    if (all_const) {
        rt_tuple_t *t = rt_tuple_new(l.n);
        for (int i = 0; i < l.n; i++)
            rt_tuple_init_item(t, i, const_of(l.v[i]));
        pyvm_compile_load_const(u, rt_from_ptr(t));
        return;
    }
    if (!has_starred(l)) {
        for (int i = 0; i < l.n; i++)
            pyvm_compile_expr(u, l.v[i]);
        pyvm_compile_emit(u, PYVM_OP_BUILD_TUPLE, (uint32_t)l.n);
        return;
    }
    build_spread(u, l, false);
    pyvm_compile_emit(u, PYVM_OP_LIST_TO_TUPLE, 0);
}

static void compile_dict(unit_t *u, node_t *e)
{
    pyvm_ast_list_t keys = e->v.Dict.keys, vals = e->v.Dict.values;
    bool spread = false;
    for (int i = 0; i < keys.n; i++)
        spread |= keys.v[i] == NULL;
    if (!spread) {
        for (int i = 0; i < keys.n; i++) {
            pyvm_compile_expr(u, keys.v[i]);
            pyvm_compile_expr(u, vals.v[i]);
        }
        pyvm_compile_emit(u, PYVM_OP_BUILD_MAP, (uint32_t)keys.n);
        return;
    }
    pyvm_compile_emit(u, PYVM_OP_BUILD_MAP, 0);
    for (int i = 0; i < keys.n; i++) {
        if (keys.v[i]) {
            pyvm_compile_expr(u, keys.v[i]);
            pyvm_compile_expr(u, vals.v[i]);
            pyvm_compile_emit(u, PYVM_OP_MAP_ADD, 1);
        } else {
            pyvm_compile_expr(u, vals.v[i]);
            pyvm_compile_emit(u, PYVM_OP_DICT_UPDATE, 1);
        }
    }
}

static void compile_compare(unit_t *u, node_t *e)
{
    static const uint32_t cmp[] = {PYVM_EQ, PYVM_NE, PYVM_LT, PYVM_LE, PYVM_GT, PYVM_GE};
    int n = e->v.Compare.ops.n;
    pyvm_compile_warn_compare(u, e);
    pyvm_compile_expr(u, e->v.Compare.left);
    uint32_t l_cleanup = pyvm_compile_label(u), l_end = pyvm_compile_label(u);
    for (int i = 0; i < n; i++) {
        pyvm_compile_expr(u, e->v.Compare.comparators.v[i]);
        if (i + 1 < n) {
            pyvm_compile_emit(u, PYVM_OP_SWAP, 2);
            pyvm_compile_emit(u, PYVM_OP_COPY, 2);
        }
        uint8_t op = e->v.Compare.ops.v[i];
        switch (op) {
        case PYVM_AST_Is:
        case PYVM_AST_IsNot:
            pyvm_compile_emit(u, PYVM_OP_IS_OP, op == PYVM_AST_IsNot);
            break;
        case PYVM_AST_In:
        case PYVM_AST_NotIn:
            pyvm_compile_emit(u, PYVM_OP_CONTAINS_OP, op == PYVM_AST_NotIn);
            break;
        default:
            pyvm_compile_emit(u, PYVM_OP_COMPARE_OP, cmp[op]);
        }
        if (i + 1 < n)
            pyvm_compile_jump(u, PYVM_OP_JUMP_IF_FALSE_OR_POP, l_cleanup);
    }
    if (n > 1) {
        pyvm_compile_jump(u, PYVM_OP_JUMP, l_end);
        pyvm_compile_bind(u, l_cleanup);
        pyvm_compile_emit(u, PYVM_OP_SWAP, 2);
        pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
        pyvm_compile_bind(u, l_end);
    }
}

/* The same keyword twice in a call is a compile-time error, as CPython's. */
static void check_repeated_keywords(unit_t *u, pyvm_ast_list_t kws)
{
    for (int i = 0; i < kws.n; i++)
        for (int j = 0; j < i && kws.v[i]->v.keyword.arg; j++)
            if (kws.v[j]->v.keyword.arg &&
                strcmp(kws.v[i]->v.keyword.arg, kws.v[j]->v.keyword.arg) == 0)
                pyvm_compile_error(u, kws.v[i], "keyword argument repeated: %s",
                                   kws.v[i]->v.keyword.arg);
}

static void compile_call(unit_t *u, node_t *e)
{
    pyvm_ast_list_t args = e->v.Call.args, kws = e->v.Call.keywords;
    pyvm_compile_warn_call(u, e);
    check_repeated_keywords(u, kws);
    bool ex = has_starred(args);
    for (int i = 0; i < kws.n; i++)
        ex |= kws.v[i]->v.keyword.arg == NULL;
    node_t *f = e->v.Call.func;
    if (ex) {
        pyvm_compile_expr(u, f);
        pyvm_compile_call_ex(u, 0, args, kws, e->lineno);
        return;
    }
    check_keywords(u, kws);
    bool method = f->kind == PYVM_AST_Attribute;
    if (method) {
        pyvm_compile_expr(u, f->v.Attribute.value);
        u->line = f->end_lineno;
        pyvm_compile_emit(u, PYVM_OP_LOAD_METHOD, pyvm_compile_name(u, f->v.Attribute.attr));
    } else {
        pyvm_compile_expr(u, f);
    }
    for (int i = 0; i < args.n; i++)
        pyvm_compile_expr(u, args.v[i]);
    for (int i = 0; i < kws.n; i++)
        pyvm_compile_expr(u, kws.v[i]->v.keyword.value);
    u->line = e->lineno;
    uint32_t n = (uint32_t)(args.n + kws.n);
    if (kws.n) {
        rt_tuple_t *names = rt_tuple_new(kws.n);
        for (int i = 0; i < kws.n; i++)
            rt_tuple_init_item(names, i,
                               rt_from_ptr(rt_str_intern_cstr(kws.v[i]->v.keyword.arg)));
        pyvm_compile_load_const(u, rt_from_ptr(names));
        pyvm_compile_emit(u, method ? PYVM_OP_CALL_METHOD_KW : PYVM_OP_CALL_KW, n);
    } else {
        pyvm_compile_emit(u, method ? PYVM_OP_CALL_METHOD : PYVM_OP_CALL, n);
    }
}

static void compile_joined(unit_t *u, node_t *e)
{
    pyvm_ast_list_t vals = e->v.JoinedStr.values;
    for (int i = 0; i < vals.n; i++) {
        node_t *v = vals.v[i];
        if (v->kind != PYVM_AST_FormattedValue) {
            pyvm_compile_expr(u, v);
            continue;
        }
        pyvm_compile_expr(u, v->v.FormattedValue.value);
        uint32_t a = 0;
        switch (v->v.FormattedValue.conversion) {
        case 's':
            a = 1;
            break;
        case 'r':
            a = 2;
            break;
        case 'a':
            a = 3;
            break;
        }
        if (v->v.FormattedValue.format_spec) {
            pyvm_compile_expr(u, v->v.FormattedValue.format_spec);
            a |= 4;
        }
        pyvm_compile_emit(u, PYVM_OP_FORMAT_VALUE, a);
    }
    if (vals.n != 1)
        pyvm_compile_emit(u, PYVM_OP_BUILD_STRING, (uint32_t)vals.n);
}

/* Folds a unary or binary operation of literals; RT_NOVALUE when it cannot. */
static rt_value_t fold(node_t *e)
{
    rt_value_t r = RT_NOVALUE;
    if (e->kind == PYVM_AST_UnaryOp && e->v.UnaryOp.op != PYVM_AST_Not) {
        rt_value_t a = const_of(e->v.UnaryOp.operand);
        if (a && (rt_is_int(a) || rt_is_float(a)))
            r = pyvm_unop(e->v.UnaryOp.op, a);
    } else if (e->kind == PYVM_AST_BinOp) {
        rt_value_t a = const_of(e->v.BinOp.left), b = const_of(e->v.BinOp.right);
        bool num = a && b && (rt_is_int(a) || rt_is_float(a)) && (rt_is_int(b) || rt_is_float(b));
        bool strs = a && b && pyvm_is_str(a) && pyvm_is_str(b) && e->v.BinOp.op == PYVM_AST_Add;
        if ((num && e->v.BinOp.op != PYVM_AST_Pow && e->v.BinOp.op != PYVM_AST_LShift) || strs)
            r = pyvm_binop(e->v.BinOp.op, a, b);
    }
    if (!r)
        rt_exc_clear();
    return r;
}

static void compile_ifexp(unit_t *u, node_t *e)
{
    uint32_t l_else = pyvm_compile_label(u), l_end = pyvm_compile_label(u);
    pyvm_compile_jump_if(u, e->v.IfExp.test, false, l_else);
    pyvm_compile_expr(u, e->v.IfExp.body);
    pyvm_compile_jump(u, PYVM_OP_JUMP, l_end);
    pyvm_compile_bind(u, l_else);
    pyvm_compile_expr(u, e->v.IfExp.orelse);
    pyvm_compile_bind(u, l_end);
}

static void compile_boolop(unit_t *u, node_t *e)
{
    uint32_t l_end = pyvm_compile_label(u);
    pyvm_ast_list_t vals = e->v.BoolOp.values;
    pyvm_op_t op = e->v.BoolOp.op == PYVM_AST_And ? PYVM_OP_JUMP_IF_FALSE_OR_POP
                                                  : PYVM_OP_JUMP_IF_TRUE_OR_POP;
    for (int i = 0; i < vals.n; i++) {
        pyvm_compile_expr(u, vals.v[i]);
        if (i + 1 < vals.n)
            pyvm_compile_jump(u, op, l_end);
    }
    pyvm_compile_bind(u, l_end);
}

static void compile_comprehension(unit_t *u, node_t *e, pyvm_ast_list_t gens)
{
    pyvm_scope_t *cs = pyvm_symtable_scope(&u->c->st, e);
    pyvm_code_t *code = pyvm_compile_unit(u->c, cs, e);
    uint32_t flags = pyvm_compile_closure(u, cs);
    pyvm_compile_load_const(u, rt_from_ptr(code));
    pyvm_compile_emit(u, PYVM_OP_MAKE_FUNCTION, flags);
    pyvm_compile_expr(u, gens.v[0]->v.comprehension.iter);
    pyvm_compile_emit(u, gens.v[0]->v.comprehension.is_async ? PYVM_OP_GET_AITER
                                                             : PYVM_OP_GET_ITER, 0);
    pyvm_compile_emit(u, PYVM_OP_CALL, 1);
    if (cs->is_async && e->kind != PYVM_AST_GeneratorExp) {
        pyvm_compile_emit(u, PYVM_OP_GET_AWAITABLE, 0);
        pyvm_compile_send_loop(u);
    }
}

void pyvm_compile_send_loop(unit_t *u)
{
    pyvm_compile_load_const(u, rt_none);
    uint32_t l_send = pyvm_compile_label(u), l_exit = pyvm_compile_label(u);
    pyvm_compile_bind(u, l_send);
    pyvm_compile_jump(u, PYVM_OP_SEND, l_exit);
    pyvm_compile_emit(u, PYVM_OP_YIELD_VALUE, 0);
    pyvm_compile_jump(u, PYVM_OP_JUMP_BACK, l_send);
    pyvm_compile_bind(u, l_exit);
}

void pyvm_compile_expr(unit_t *u, node_t *e)
{
    int32_t saved_line = u->line;
    u->line = e->lineno;
    rt_value_t folded;
    switch (e->kind) {
    case PYVM_AST_Constant:
        pyvm_compile_load_const(u, const_of(e));
        break;
    case PYVM_AST_Name:
        pyvm_compile_name_op(u, e->v.Name.id, PYVM_AST_Load);
        break;
    case PYVM_AST_BinOp:
        if ((folded = fold(e))) {
            pyvm_compile_load_const(u, folded);
            break;
        }
        pyvm_compile_expr(u, e->v.BinOp.left);
        pyvm_compile_expr(u, e->v.BinOp.right);
        u->line = e->lineno;
        pyvm_compile_emit(u, PYVM_OP_BINARY_OP, e->v.BinOp.op);
        break;
    case PYVM_AST_UnaryOp:
        if ((folded = fold(e))) {
            pyvm_compile_load_const(u, folded);
            break;
        }
        pyvm_compile_expr(u, e->v.UnaryOp.operand);
        if (e->v.UnaryOp.op == PYVM_AST_Not)
            pyvm_compile_emit(u, PYVM_OP_UNARY_NOT, 0);
        else
            pyvm_compile_emit(u, PYVM_OP_UNARY_OP, e->v.UnaryOp.op);
        break;
    case PYVM_AST_BoolOp:
        compile_boolop(u, e);
        break;
    case PYVM_AST_Compare:
        compile_compare(u, e);
        break;
    case PYVM_AST_Call:
        compile_call(u, e);
        break;
    case PYVM_AST_Attribute:
        pyvm_compile_expr(u, e->v.Attribute.value);
        u->line = e->end_lineno;
        pyvm_compile_emit(u, PYVM_OP_LOAD_ATTR, pyvm_compile_name(u, e->v.Attribute.attr));
        break;
    case PYVM_AST_Subscript:
        pyvm_compile_warn_subscript(u, e);
        pyvm_compile_expr(u, e->v.Subscript.value);
        pyvm_compile_expr(u, e->v.Subscript.slice);
        u->line = e->lineno;
        pyvm_compile_emit(u, PYVM_OP_BINARY_SUBSCR, 0);
        break;
    case PYVM_AST_Slice: {
        node_t *parts[3] = {e->v.Slice.lower, e->v.Slice.upper, e->v.Slice.step};
        int n = e->v.Slice.step ? 3 : 2;
        for (int i = 0; i < n; i++) {
            if (parts[i])
                pyvm_compile_expr(u, parts[i]);
            else
                pyvm_compile_load_const(u, rt_none);
        }
        pyvm_compile_emit(u, PYVM_OP_BUILD_SLICE, (uint32_t)n);
        break;
    }
    case PYVM_AST_List:
        build_spread(u, e->v.List.elts, false);
        break;
    case PYVM_AST_Tuple:
        compile_tuple(u, e);
        break;
    case PYVM_AST_Set:
        build_spread(u, e->v.Set.elts, true);
        break;
    case PYVM_AST_Dict:
        compile_dict(u, e);
        break;
    case PYVM_AST_IfExp:
        compile_ifexp(u, e);
        break;
    case PYVM_AST_Lambda:
        pyvm_compile_make_function(u, e, e->v.Lambda.args);
        break;
    case PYVM_AST_ListComp:
        compile_comprehension(u, e, e->v.ListComp.generators);
        break;
    case PYVM_AST_SetComp:
        compile_comprehension(u, e, e->v.SetComp.generators);
        break;
    case PYVM_AST_DictComp:
        compile_comprehension(u, e, e->v.DictComp.generators);
        break;
    case PYVM_AST_GeneratorExp:
        compile_comprehension(u, e, e->v.GeneratorExp.generators);
        break;
    case PYVM_AST_JoinedStr:
        compile_joined(u, e);
        break;
    case PYVM_AST_FormattedValue: {
        pyvm_ast_list_t one = {&e, 1};
        node_t tmp = {.kind = PYVM_AST_JoinedStr, .lineno = e->lineno};
        tmp.v.JoinedStr.values = one;
        compile_joined(u, &tmp);
        break;
    }
    case PYVM_AST_Yield:
        if (e->v.Yield.value)
            pyvm_compile_expr(u, e->v.Yield.value);
        else
            pyvm_compile_load_const(u, rt_none);
        if (u->scope->node->kind == PYVM_AST_AsyncFunctionDef) /* an async generator */
            pyvm_compile_emit(u, PYVM_OP_ASYNC_GEN_WRAP, 0);
        pyvm_compile_emit(u, PYVM_OP_YIELD_VALUE, 0);
        break;
    case PYVM_AST_YieldFrom:
        pyvm_compile_expr(u, e->v.YieldFrom.value);
        pyvm_compile_emit(u, PYVM_OP_GET_YIELD_FROM_ITER, 0);
        pyvm_compile_send_loop(u);
        break;
    case PYVM_AST_Await: /* coroutines run as generators: await delegates as yield from does */
        pyvm_compile_expr(u, e->v.Await.value);
        pyvm_compile_emit(u, PYVM_OP_GET_AWAITABLE, 0);
        pyvm_compile_send_loop(u);
        break;
    case PYVM_AST_NamedExpr:
        pyvm_compile_expr(u, e->v.NamedExpr.value);
        pyvm_compile_emit(u, PYVM_OP_COPY, 1);
        pyvm_compile_store(u, e->v.NamedExpr.target);
        break;
    case PYVM_AST_Starred:
        pyvm_compile_error(u, e, "can't use starred expression here");
    default:
        pyvm_compile_error(u, e, "unsupported expression: %s", pyvm_ast_kind_name(e->kind));
    }
    u->line = saved_line;
}

void pyvm_compile_jump_if(unit_t *u, node_t *e, bool when, uint32_t label)
{
    if (e->kind == PYVM_AST_UnaryOp && e->v.UnaryOp.op == PYVM_AST_Not) {
        pyvm_compile_jump_if(u, e->v.UnaryOp.operand, !when, label);
        return;
    }
    if (e->kind == PYVM_AST_BoolOp) {
        bool is_and = e->v.BoolOp.op == PYVM_AST_And;
        pyvm_ast_list_t vals = e->v.BoolOp.values;
        if (is_and != when) {
            /* and-false / or-true: any operand decides */
            for (int i = 0; i < vals.n; i++)
                pyvm_compile_jump_if(u, vals.v[i], when, label);
        } else {
            uint32_t l_skip = pyvm_compile_label(u);
            for (int i = 0; i + 1 < vals.n; i++)
                pyvm_compile_jump_if(u, vals.v[i], !when, l_skip);
            pyvm_compile_jump_if(u, vals.v[vals.n - 1], when, label);
            pyvm_compile_bind(u, l_skip);
        }
        return;
    }
    pyvm_compile_expr(u, e);
    pyvm_compile_jump(u, when ? PYVM_OP_POP_JUMP_IF_TRUE : PYVM_OP_POP_JUMP_IF_FALSE, label);
}

/* ---- Targets ---- */

static void store_sequence(unit_t *u, pyvm_ast_list_t elts, node_t *t)
{
    int star = -1;
    for (int i = 0; i < elts.n; i++) {
        if (elts.v[i]->kind == PYVM_AST_Starred) {
            if (star >= 0)
                pyvm_compile_error(u, t, "multiple starred expressions in assignment");
            star = i;
        }
    }
    if (star < 0) {
        pyvm_compile_emit(u, PYVM_OP_UNPACK_SEQUENCE, (uint32_t)elts.n);
    } else {
        uint32_t after = (uint32_t)(elts.n - star - 1);
        pyvm_compile_emit(u, PYVM_OP_UNPACK_EX, (uint32_t)star | after << 8);
    }
    for (int i = 0; i < elts.n; i++) {
        node_t *x = elts.v[i];
        pyvm_compile_store(u, x->kind == PYVM_AST_Starred ? x->v.Starred.value : x);
    }
}

void pyvm_compile_store(unit_t *u, node_t *t)
{
    switch (t->kind) {
    case PYVM_AST_Name:
        pyvm_compile_name_op(u, t->v.Name.id, PYVM_AST_Store);
        break;
    case PYVM_AST_Attribute:
        pyvm_compile_expr(u, t->v.Attribute.value);
        pyvm_compile_emit(u, PYVM_OP_STORE_ATTR, pyvm_compile_name(u, t->v.Attribute.attr));
        break;
    case PYVM_AST_Subscript:
        pyvm_compile_expr(u, t->v.Subscript.value);
        pyvm_compile_expr(u, t->v.Subscript.slice);
        pyvm_compile_emit(u, PYVM_OP_STORE_SUBSCR, 0);
        break;
    case PYVM_AST_Tuple:
        store_sequence(u, t->v.Tuple.elts, t);
        break;
    case PYVM_AST_List:
        store_sequence(u, t->v.List.elts, t);
        break;
    case PYVM_AST_Starred:
        pyvm_compile_error(u, t, "starred assignment target must be in a list or tuple");
        break;
    default:
        pyvm_compile_error(u, t, "cannot assign to %s", pyvm_ast_kind_name(t->kind));
    }
}

void pyvm_compile_delete(unit_t *u, node_t *t)
{
    switch (t->kind) {
    case PYVM_AST_Name:
        pyvm_compile_name_op(u, t->v.Name.id, PYVM_AST_Del);
        break;
    case PYVM_AST_Attribute:
        pyvm_compile_expr(u, t->v.Attribute.value);
        pyvm_compile_emit(u, PYVM_OP_DELETE_ATTR, pyvm_compile_name(u, t->v.Attribute.attr));
        break;
    case PYVM_AST_Subscript:
        pyvm_compile_expr(u, t->v.Subscript.value);
        pyvm_compile_expr(u, t->v.Subscript.slice);
        pyvm_compile_emit(u, PYVM_OP_DELETE_SUBSCR, 0);
        break;
    case PYVM_AST_Tuple:
    case PYVM_AST_List: {
        pyvm_ast_list_t l = t->kind == PYVM_AST_Tuple ? t->v.Tuple.elts : t->v.List.elts;
        for (int i = 0; i < l.n; i++)
            pyvm_compile_delete(u, l.v[i]);
        break;
    }
    default:
        pyvm_compile_error(u, t, "cannot delete %s", pyvm_ast_kind_name(t->kind));
    }
}

/* ---- Comprehension bodies: the code of [elt for ...], run with the first iterator in .0 ---- */

static void comp_level(unit_t *u, const node_t *e, pyvm_ast_list_t gens, int level,
                       uint32_t niters)
{
    node_t *g = gens.v[level];
    bool async = g->v.comprehension.is_async;
    uint32_t l_top = pyvm_compile_label(u), l_end = pyvm_compile_label(u);
    if (level == 0) {
        pyvm_compile_emit(u, PYVM_OP_LOAD_FAST, u->scope->first_arg);
    } else {
        pyvm_compile_expr(u, g->v.comprehension.iter);
        pyvm_compile_emit(u, async ? PYVM_OP_GET_AITER : PYVM_OP_GET_ITER, 0);
    }
    uint32_t depth = u->depth;
    u->label_depth[l_top] = (int32_t)depth;
    pyvm_compile_bind(u, l_top);
    if (async) { /* as compile_async_for: StopAsyncIteration ends the level */
        pyvm_compile_push_handler(u, l_end, depth);
        pyvm_compile_emit(u, PYVM_OP_GET_ANEXT, 0);
        pyvm_compile_send_loop(u);
        pyvm_compile_pop_handler(u);
    } else {
        pyvm_compile_jump(u, PYVM_OP_FOR_ITER, l_end);
    }
    pyvm_compile_store(u, g->v.comprehension.target);
    for (int i = 0; i < g->v.comprehension.ifs.n; i++)
        pyvm_compile_jump_if(u, g->v.comprehension.ifs.v[i], false, l_top);
    if (level + 1 < gens.n) {
        comp_level(u, e, gens, level + 1, niters + 1);
    } else {
        switch (e->kind) {
        case PYVM_AST_ListComp:
            pyvm_compile_expr(u, e->v.ListComp.elt);
            pyvm_compile_emit(u, PYVM_OP_LIST_APPEND, niters + 2);
            break;
        case PYVM_AST_SetComp:
            pyvm_compile_expr(u, e->v.SetComp.elt);
            pyvm_compile_emit(u, PYVM_OP_SET_ADD, niters + 2);
            break;
        case PYVM_AST_DictComp:
            pyvm_compile_expr(u, e->v.DictComp.key);
            pyvm_compile_expr(u, e->v.DictComp.value);
            pyvm_compile_emit(u, PYVM_OP_MAP_ADD, niters + 2);
            break;
        default:
            pyvm_compile_expr(u, e->v.GeneratorExp.elt);
            if (u->scope->is_async)
                pyvm_compile_emit(u, PYVM_OP_ASYNC_GEN_WRAP, 0);
            pyvm_compile_emit(u, PYVM_OP_YIELD_VALUE, 0);
            pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
            break;
        }
    }
    pyvm_compile_jump(u, PYVM_OP_JUMP_BACK, l_top);
    if (async) {
        u->label_depth[l_end] = (int32_t)depth + 1;
        pyvm_compile_bind(u, l_end);
        pyvm_compile_emit(u, PYVM_OP_END_ASYNC_FOR, 0);
        return;
    }
    pyvm_compile_bind(u, l_end);
}

void pyvm_compile_comprehension_body(unit_t *u, const node_t *e)
{
    pyvm_ast_list_t gens;
    switch (e->kind) {
    case PYVM_AST_ListComp:
        gens = e->v.ListComp.generators;
        pyvm_compile_emit(u, PYVM_OP_BUILD_LIST, 0);
        break;
    case PYVM_AST_SetComp:
        gens = e->v.SetComp.generators;
        pyvm_compile_emit(u, PYVM_OP_BUILD_SET, 0);
        break;
    case PYVM_AST_DictComp:
        gens = e->v.DictComp.generators;
        pyvm_compile_emit(u, PYVM_OP_BUILD_MAP, 0);
        break;
    default:
        gens = e->v.GeneratorExp.generators;
        break;
    }
    comp_level(u, e, gens, 0, 0);
    if (e->kind == PYVM_AST_GeneratorExp)
        pyvm_compile_load_const(u, rt_none);
    pyvm_compile_emit(u, PYVM_OP_RETURN_VALUE, 0);
}

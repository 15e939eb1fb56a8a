/*
** symtable.c: the scopes of a module (symtable.h). Pass 1 walks the AST and records, per scope,
** which names are bound, used, declared global or nonlocal; pass 2 resolves each name as CPython
** does: bound in a function -> local (or cell when a nested function captures it), used but not
** bound -> free if an enclosing function binds it, else global; class bodies and the module use
** their namespace. Pass 2 also lays out the frame slots the compiler emits.
*/
#include <stdio.h>
#include <string.h>

#include "pyvm/pyvm.h"
#include "pyvm/symtable.h"

typedef pyvm_ast_node_t node_t;

static void *grow(rt_arena_t *a, void *old, int n, int *cap, size_t size)
{
    if (n < *cap)
        return old;
    int ncap = *cap ? *cap * 2 : 8;
    void *p = rt_arena_grow(a, old, (size_t)*cap * size, (size_t)ncap * size);
    *cap = ncap;
    return p;
}

pyvm_sym_t *pyvm_symtable_lookup(pyvm_scope_t *s, const char *name)
{
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].name[0] == name[0] && strcmp(s->syms[i].name, name) == 0)
            return &s->syms[i];
    return NULL;
}

static pyvm_sym_t *add_sym(pyvm_symtable_t *st, pyvm_scope_t *s, const char *name, uint32_t flags)
{
    pyvm_sym_t *y = pyvm_symtable_lookup(s, name);
    if (!y) {
        s->syms = grow(st->arena, s->syms, s->nsyms, &s->syms_cap, sizeof *s->syms);
        y = &s->syms[s->nsyms++];
        memset(y, 0, sizeof *y);
        y->name = name;
    }
    y->flags |= flags;
    return y;
}

static pyvm_scope_t *new_scope(pyvm_symtable_t *st, pyvm_scope_kind_t kind, const node_t *n,
                               pyvm_scope_t *parent, const char *name)
{
    pyvm_scope_t *s = rt_arena_zalloc(st->arena, sizeof *s);
    s->kind = kind;
    s->node = n;
    s->parent = parent;
    s->name = name;
    if (!parent || parent->kind == PYVM_SCOPE_MODULE) {
        s->qualname = name;
    } else {
        const char *sep = parent->kind == PYVM_SCOPE_FUNCTION ? ".<locals>." : ".";
        size_t len = strlen(parent->qualname) + strlen(sep) + strlen(name) + 1;
        char *q = rt_arena_alloc(st->arena, len);
        snprintf(q, len, "%s%s%s", parent->qualname, sep, name);
        s->qualname = q;
    }
    if (parent) {
        parent->children = grow(st->arena, parent->children, parent->nchildren,
                                &parent->children_cap, sizeof *parent->children);
        parent->children[parent->nchildren++] = s;
    }
    st->all = grow(st->arena, st->all, st->nall, &st->all_cap, sizeof *st->all);
    st->all[st->nall++] = s;
    return s;
}

static bool fail(pyvm_symtable_t *st, const node_t *n, const char *fmt, const char *name)
{
    if (!st->error[0]) {
        snprintf(st->error, sizeof st->error, fmt, name);
        st->error_line = n ? n->lineno : 0;
        st->error_node = n;
    }
    return false;
}

/* ---- Pass 1 ---- */

static bool visit_expr(pyvm_symtable_t *st, pyvm_scope_t *s, node_t *e);
static bool visit_stmts(pyvm_symtable_t *st, pyvm_scope_t *s, pyvm_ast_list_t body);

static bool visit_exprs(pyvm_symtable_t *st, pyvm_scope_t *s, pyvm_ast_list_t l)
{
    for (int i = 0; i < l.n; i++)
        if (l.v[i] && !visit_expr(st, s, l.v[i]))
            return false;
    return true;
}

static void bind(pyvm_symtable_t *st, pyvm_scope_t *s, const char *name)
{
    add_sym(st, s, name, PYVM_SYM_BOUND);
}

const char *pyvm_symtable_def_name(pyvm_symtable_t *st, const pyvm_scope_t *s, const char *name)
{
    while (s && s->kind != PYVM_SCOPE_CLASS)
        s = s->parent;
    return pyvm_mangle(st->arena, s ? s->name : NULL, name);
}

/* A parameter's annotation, evaluated in the enclosing scope (unless it stays text). */
static bool visit_annotation(pyvm_symtable_t *st, pyvm_scope_t *outer, node_t *arg)
{
    node_t *ann = arg ? arg->v.arg.annotation : NULL;
    return !ann || st->future_annotations || visit_expr(st, outer, ann);
}

static bool visit_params(pyvm_symtable_t *st, pyvm_scope_t *fs, pyvm_scope_t *outer, node_t *a)
{
    /* defaults and annotations are evaluated in the enclosing scope */
    if (!visit_exprs(st, outer, a->v.arguments.defaults) ||
        !visit_exprs(st, outer, a->v.arguments.kw_defaults))
        return false;
    pyvm_ast_list_t all[3] = {a->v.arguments.posonlyargs, a->v.arguments.args,
                              a->v.arguments.kwonlyargs};
    for (int g = 0; g < 3; g++)
        for (int i = 0; i < all[g].n; i++)
            if (!visit_annotation(st, outer, all[g].v[i]))
                return false;
    if (!visit_annotation(st, outer, a->v.arguments.vararg) ||
        !visit_annotation(st, outer, a->v.arguments.kwarg))
        return false;
    node_t *star[2] = {a->v.arguments.vararg, a->v.arguments.kwarg};
    pyvm_ast_list_t groups[5] = {a->v.arguments.posonlyargs, a->v.arguments.args,
                                 a->v.arguments.kwonlyargs, {star, star[0] ? 1 : 0},
                                 {star + 1, star[1] ? 1 : 0}};
    for (int g = 0; g < 5; g++)
        for (int i = 0; i < groups[g].n; i++) {
            const char *name = groups[g].v[i]->v.arg.arg;
            pyvm_sym_t *y = pyvm_symtable_lookup(fs, name);
            if (y && (y->flags & PYVM_SYM_PARAM))
                return fail(st, groups[g].v[i], "duplicate argument '%s' in function definition",
                            name);
            add_sym(st, fs, name, PYVM_SYM_BOUND | PYVM_SYM_PARAM);
        }
    return true;
}

/* What a comprehension scope is, as CPython's errors word it. */
static const char *comprehension_kind(const pyvm_scope_t *s)
{
    return strcmp(s->name, "<listcomp>") == 0   ? "list comprehension"
           : strcmp(s->name, "<setcomp>") == 0  ? "set comprehension"
           : strcmp(s->name, "<dictcomp>") == 0 ? "dict comprehension"
                                                : "generator expression";
}

/* A comprehension's iterable, where assignment expressions are not allowed (even nested). */
static bool visit_iterable(pyvm_symtable_t *st, pyvm_scope_t *s, node_t *iter)
{
    st->comp_iter_depth++;
    bool ok = visit_expr(st, s, iter);
    st->comp_iter_depth--;
    return ok;
}

/* Where await and async comprehensions may appear: an async def, or a comprehension (which then
** becomes a coroutine, or an async generator for a generator expression), as CPython. */
static bool may_await(const pyvm_scope_t *s)
{
    return s->comprehension ||
           (s->kind == PYVM_SCOPE_FUNCTION && s->node->kind == PYVM_AST_AsyncFunctionDef);
}

static bool visit_comprehension(pyvm_symtable_t *st, pyvm_scope_t *s, node_t *e, const char *name,
                                pyvm_ast_list_t gens, node_t *elt, node_t *val)
{
    /* the first iterable is evaluated outside */
    if (!visit_iterable(st, s, gens.v[0]->v.comprehension.iter))
        return false;
    pyvm_scope_t *cs = new_scope(st, PYVM_SCOPE_FUNCTION, e, s, name);
    cs->comprehension = true;
    cs->generator = e->kind == PYVM_AST_GeneratorExp;
    add_sym(st, cs, ".0", PYVM_SYM_BOUND | PYVM_SYM_PARAM);
    for (int i = 0; i < gens.n; i++) {
        node_t *g = gens.v[i];
        if (g->v.comprehension.is_async)
            cs->is_async = cs->generator = true;
        if (i > 0 && !visit_iterable(st, cs, g->v.comprehension.iter))
            return false;
        st->comp_target = true;
        bool ok = visit_expr(st, cs, g->v.comprehension.target);
        st->comp_target = false;
        if (!ok || !visit_exprs(st, cs, g->v.comprehension.ifs))
            return false;
    }
    if (!visit_expr(st, cs, elt) || (val && !visit_expr(st, cs, val)))
        return false;
    if (cs->is_async && e->kind != PYVM_AST_GeneratorExp) {
        /* its caller awaits it */
        if (!may_await(s))
            return fail(st, e, "%s", "asynchronous comprehension outside of an asynchronous "
                                     "function");
        if (s->comprehension)
            s->is_async = s->generator = true;
    }
    return true;
}

static bool visit_expr(pyvm_symtable_t *st, pyvm_scope_t *s, node_t *e)
{
    switch (e->kind) {
    case PYVM_AST_Name:
        if (e->v.Name.ctx == PYVM_AST_Load) {
            add_sym(st, s, e->v.Name.id, PYVM_SYM_USED);
            if (s->kind == PYVM_SCOPE_FUNCTION && strcmp(e->v.Name.id, "super") == 0)
                add_sym(st, s, "__class__", PYVM_SYM_USED);
        } else if (st->comp_target) {
            pyvm_sym_t *y = pyvm_symtable_lookup(s, e->v.Name.id);
            if (y && (y->flags & PYVM_SYM_WALRUS))
                return fail(st, e, "comprehension inner loop cannot rebind assignment expression "
                            "target '%s'", e->v.Name.id);
            add_sym(st, s, e->v.Name.id, PYVM_SYM_BOUND | PYVM_SYM_COMP_ITER);
        } else {
            bind(st, s, e->v.Name.id);
        }
        return true;
    case PYVM_AST_BoolOp:
        return visit_exprs(st, s, e->v.BoolOp.values);
    case PYVM_AST_NamedExpr: {
        pyvm_scope_t *t = s;
        if (st->comp_iter_depth > 0)
            return fail(st, e, "assignment expression cannot be used in a comprehension iterable "
                        "expression%s", "");
        while (t->comprehension) {
            const char *n = e->v.NamedExpr.target->v.Name.id;
            pyvm_sym_t *own = pyvm_symtable_lookup(t, n);
            if (own && (own->flags & PYVM_SYM_COMP_ITER))
                return fail(st, e, "assignment expression cannot rebind comprehension iteration "
                            "variable '%s'", n);
            if (t->parent->kind == PYVM_SCOPE_CLASS)
                return fail(st, e, "assignment expression within a comprehension cannot be used "
                            "in a class body%s", "");
            /* The target belongs to the enclosing function, or to the module when that function
            ** declares it global. */
            pyvm_sym_t *up = pyvm_symtable_lookup(t->parent, n);
            bool global = t->parent->kind != PYVM_SCOPE_FUNCTION ||
                          (up && (up->flags & PYVM_SYM_GLOBAL));
            add_sym(st, t, n, t->parent->kind == PYVM_SCOPE_FUNCTION && !t->parent->comprehension
                                  && !global ? PYVM_SYM_NONLOCAL | PYVM_SYM_USED
                                             : PYVM_SYM_USED);
            add_sym(st, t, n, global ? PYVM_SYM_GLOBAL | PYVM_SYM_WALRUS : PYVM_SYM_WALRUS);
            t = t->parent;
        }
        return visit_expr(st, s, e->v.NamedExpr.value) &&
               visit_expr(st, t, e->v.NamedExpr.target);
    }
    case PYVM_AST_BinOp:
        return visit_expr(st, s, e->v.BinOp.left) && visit_expr(st, s, e->v.BinOp.right);
    case PYVM_AST_UnaryOp:
        return visit_expr(st, s, e->v.UnaryOp.operand);
    case PYVM_AST_Lambda: {
        node_t *a = e->v.Lambda.args;
        pyvm_scope_t *fs = new_scope(st, PYVM_SCOPE_FUNCTION, e, s, "<lambda>");
        return visit_params(st, fs, s, a) && visit_expr(st, fs, e->v.Lambda.body);
    }
    case PYVM_AST_IfExp:
        return visit_expr(st, s, e->v.IfExp.test) && visit_expr(st, s, e->v.IfExp.body) &&
               visit_expr(st, s, e->v.IfExp.orelse);
    case PYVM_AST_Dict:
        return visit_exprs(st, s, e->v.Dict.keys) && visit_exprs(st, s, e->v.Dict.values);
    case PYVM_AST_Set:
        return visit_exprs(st, s, e->v.Set.elts);
    case PYVM_AST_ListComp:
        return visit_comprehension(st, s, e, "<listcomp>", e->v.ListComp.generators,
                                   e->v.ListComp.elt, NULL);
    case PYVM_AST_SetComp:
        return visit_comprehension(st, s, e, "<setcomp>", e->v.SetComp.generators,
                                   e->v.SetComp.elt, NULL);
    case PYVM_AST_DictComp:
        return visit_comprehension(st, s, e, "<dictcomp>", e->v.DictComp.generators,
                                   e->v.DictComp.key, e->v.DictComp.value);
    case PYVM_AST_GeneratorExp:
        return visit_comprehension(st, s, e, "<genexpr>", e->v.GeneratorExp.generators,
                                   e->v.GeneratorExp.elt, NULL);
    case PYVM_AST_Await:
        if (!may_await(s))
            return fail(st, e, "%s",
                        s->kind == PYVM_SCOPE_FUNCTION ? "'await' outside async function"
                                                       : "'await' outside function");
        if (s->comprehension)
            s->is_async = s->generator = true;
        return visit_expr(st, s, e->v.Await.value);
    case PYVM_AST_Yield:
    case PYVM_AST_YieldFrom:
        if (s->comprehension) /* its first iterable, evaluated outside, may yield */
            return fail(st, e, "'yield' inside %s", comprehension_kind(s));
        if (s->kind != PYVM_SCOPE_FUNCTION)
            return fail(st, e, "%s", "'yield' outside function");
        if (e->kind == PYVM_AST_YieldFrom && s->node->kind == PYVM_AST_AsyncFunctionDef)
            return fail(st, e, "%s", "'yield from' inside async function");
        s->generator = true;
        s->yields = true;
        if (e->kind == PYVM_AST_Yield)
            return !e->v.Yield.value || visit_expr(st, s, e->v.Yield.value);
        return visit_expr(st, s, e->v.YieldFrom.value);
    case PYVM_AST_Compare:
        return visit_expr(st, s, e->v.Compare.left) && visit_exprs(st, s, e->v.Compare.comparators);
    case PYVM_AST_Call:
        if (!visit_expr(st, s, e->v.Call.func) || !visit_exprs(st, s, e->v.Call.args))
            return false;
        for (int i = 0; i < e->v.Call.keywords.n; i++)
            if (!visit_expr(st, s, e->v.Call.keywords.v[i]->v.keyword.value))
                return false;
        return true;
    case PYVM_AST_FormattedValue:
        return visit_expr(st, s, e->v.FormattedValue.value) &&
               (!e->v.FormattedValue.format_spec ||
                visit_expr(st, s, e->v.FormattedValue.format_spec));
    case PYVM_AST_JoinedStr:
        return visit_exprs(st, s, e->v.JoinedStr.values);
    case PYVM_AST_Constant:
        return true;
    case PYVM_AST_Attribute:
        return visit_expr(st, s, e->v.Attribute.value);
    case PYVM_AST_Subscript:
        return visit_expr(st, s, e->v.Subscript.value) && visit_expr(st, s, e->v.Subscript.slice);
    case PYVM_AST_Starred:
        return visit_expr(st, s, e->v.Starred.value);
    case PYVM_AST_List:
        return visit_exprs(st, s, e->v.List.elts);
    case PYVM_AST_Tuple:
        return visit_exprs(st, s, e->v.Tuple.elts);
    case PYVM_AST_Slice:
        return (!e->v.Slice.lower || visit_expr(st, s, e->v.Slice.lower)) &&
               (!e->v.Slice.upper || visit_expr(st, s, e->v.Slice.upper)) &&
               (!e->v.Slice.step || visit_expr(st, s, e->v.Slice.step));
    default:
        return fail(st, e, "%s", "unsupported expression");
    }
}

/* The names a pattern binds and the expressions it evaluates. */
static bool visit_pattern(pyvm_symtable_t *st, pyvm_scope_t *s, node_t *p)
{
    switch (p->kind) {
    case PYVM_AST_MatchValue:
        return visit_expr(st, s, p->v.MatchValue.value);
    case PYVM_AST_MatchSingleton:
        return true;
    case PYVM_AST_MatchSequence:
        for (int i = 0; i < p->v.MatchSequence.patterns.n; i++)
            if (!visit_pattern(st, s, p->v.MatchSequence.patterns.v[i]))
                return false;
        return true;
    case PYVM_AST_MatchMapping:
        if (!visit_exprs(st, s, p->v.MatchMapping.keys))
            return false;
        for (int i = 0; i < p->v.MatchMapping.patterns.n; i++)
            if (!visit_pattern(st, s, p->v.MatchMapping.patterns.v[i]))
                return false;
        if (p->v.MatchMapping.rest)
            bind(st, s, p->v.MatchMapping.rest);
        return true;
    case PYVM_AST_MatchClass:
        if (!visit_expr(st, s, p->v.MatchClass.cls))
            return false;
        for (int i = 0; i < p->v.MatchClass.patterns.n; i++)
            if (!visit_pattern(st, s, p->v.MatchClass.patterns.v[i]))
                return false;
        for (int i = 0; i < p->v.MatchClass.kwd_patterns.n; i++)
            if (!visit_pattern(st, s, p->v.MatchClass.kwd_patterns.v[i]))
                return false;
        return true;
    case PYVM_AST_MatchStar:
        if (p->v.MatchStar.name)
            bind(st, s, p->v.MatchStar.name);
        return true;
    case PYVM_AST_MatchAs:
        if (p->v.MatchAs.name)
            bind(st, s, p->v.MatchAs.name);
        return !p->v.MatchAs.pattern || visit_pattern(st, s, p->v.MatchAs.pattern);
    case PYVM_AST_MatchOr:
        for (int i = 0; i < p->v.MatchOr.patterns.n; i++)
            if (!visit_pattern(st, s, p->v.MatchOr.patterns.v[i]))
                return false;
        return true;
    default:
        return fail(st, p, "%s", "unsupported pattern");
    }
}

static bool visit_function(pyvm_symtable_t *st, pyvm_scope_t *s, node_t *n)
{
    if (!visit_exprs(st, s, n->v.FunctionDef.decorator_list))
        return false;
    if (n->v.FunctionDef.returns && !st->future_annotations &&
        !visit_expr(st, s, n->v.FunctionDef.returns))
        return false;
    bind(st, s, pyvm_symtable_def_name(st, s, n->v.FunctionDef.name));
    pyvm_scope_t *fs = new_scope(st, PYVM_SCOPE_FUNCTION, n, s, n->v.FunctionDef.name);
    /* coroutines run as generators: calling one makes the object that await drives */
    fs->generator = n->kind == PYVM_AST_AsyncFunctionDef;
    return visit_params(st, fs, s, n->v.FunctionDef.args) &&
           visit_stmts(st, fs, n->v.FunctionDef.body);
}

static bool visit_stmt(pyvm_symtable_t *st, pyvm_scope_t *s, node_t *n)
{
    switch (n->kind) {
    case PYVM_AST_FunctionDef:
    case PYVM_AST_AsyncFunctionDef:
        return visit_function(st, s, n);
    case PYVM_AST_ClassDef: {
        if (!visit_exprs(st, s, n->v.ClassDef.decorator_list) ||
            !visit_exprs(st, s, n->v.ClassDef.bases))
            return false;
        for (int i = 0; i < n->v.ClassDef.keywords.n; i++)
            if (!visit_expr(st, s, n->v.ClassDef.keywords.v[i]->v.keyword.value))
                return false;
        bind(st, s, pyvm_symtable_def_name(st, s, n->v.ClassDef.name));
        pyvm_scope_t *cs = new_scope(st, PYVM_SCOPE_CLASS, n, s, n->v.ClassDef.name);
        return visit_stmts(st, cs, n->v.ClassDef.body);
    }
    case PYVM_AST_Return: /* 'return' outside function: the compiler says so */
        return !n->v.Return.value || visit_expr(st, s, n->v.Return.value);
    case PYVM_AST_Delete:
        return visit_exprs(st, s, n->v.Delete.targets);
    case PYVM_AST_Assign:
        return visit_expr(st, s, n->v.Assign.value) && visit_exprs(st, s, n->v.Assign.targets);
    case PYVM_AST_AugAssign:
        if (n->v.AugAssign.target->kind == PYVM_AST_Name)
            add_sym(st, s, n->v.AugAssign.target->v.Name.id, PYVM_SYM_USED | PYVM_SYM_BOUND);
        else if (!visit_expr(st, s, n->v.AugAssign.target))
            return false;
        return visit_expr(st, s, n->v.AugAssign.value);
    case PYVM_AST_AnnAssign:
        if (n->v.AnnAssign.target->kind == PYVM_AST_Name && n->v.AnnAssign.simple) {
            /* x: T binds x (a function's local even without a value), so x can't be global */
            node_t *t = n->v.AnnAssign.target;
            pyvm_sym_t *y = pyvm_symtable_lookup(s, t->v.Name.id);
            if (y && (y->flags & (PYVM_SYM_GLOBAL | PYVM_SYM_NONLOCAL)) && s != st->top)
                return fail(st, t,
                            (y->flags & PYVM_SYM_GLOBAL) ? "annotated name '%s' can't be global"
                                                         : "annotated name '%s' can't be nonlocal",
                            t->v.Name.id);
            add_sym(st, s, t->v.Name.id, PYVM_SYM_BOUND | PYVM_SYM_ANNOT);
        }
        /* module and class bodies evaluate simple annotations into __annotations__ */
        if (s->kind != PYVM_SCOPE_FUNCTION && n->v.AnnAssign.simple) {
            add_sym(st, s, "__annotations__", PYVM_SYM_USED);
            if (!st->future_annotations && !visit_expr(st, s, n->v.AnnAssign.annotation))
                return false;
        }
        return (!n->v.AnnAssign.value || visit_expr(st, s, n->v.AnnAssign.value)) &&
               (n->v.AnnAssign.target->kind != PYVM_AST_Name || n->v.AnnAssign.value
                    ? visit_expr(st, s, n->v.AnnAssign.target)
                    : true);
    case PYVM_AST_For:
        return visit_expr(st, s, n->v.For.iter) && visit_expr(st, s, n->v.For.target) &&
               visit_stmts(st, s, n->v.For.body) && visit_stmts(st, s, n->v.For.orelse);
    case PYVM_AST_While:
        return visit_expr(st, s, n->v.While.test) && visit_stmts(st, s, n->v.While.body) &&
               visit_stmts(st, s, n->v.While.orelse);
    case PYVM_AST_If:
        return visit_expr(st, s, n->v.If.test) && visit_stmts(st, s, n->v.If.body) &&
               visit_stmts(st, s, n->v.If.orelse);
    case PYVM_AST_AsyncFor:
        return visit_expr(st, s, n->v.AsyncFor.iter) && visit_expr(st, s, n->v.AsyncFor.target) &&
               visit_stmts(st, s, n->v.AsyncFor.body) && visit_stmts(st, s, n->v.AsyncFor.orelse);
    case PYVM_AST_AsyncWith:
        for (int i = 0; i < n->v.AsyncWith.items.n; i++) {
            node_t *it = n->v.AsyncWith.items.v[i];
            if (!visit_expr(st, s, it->v.withitem.context_expr) ||
                (it->v.withitem.optional_vars &&
                 !visit_expr(st, s, it->v.withitem.optional_vars)))
                return false;
        }
        return visit_stmts(st, s, n->v.AsyncWith.body);
    case PYVM_AST_With:
        for (int i = 0; i < n->v.With.items.n; i++) {
            node_t *it = n->v.With.items.v[i];
            if (!visit_expr(st, s, it->v.withitem.context_expr) ||
                (it->v.withitem.optional_vars &&
                 !visit_expr(st, s, it->v.withitem.optional_vars)))
                return false;
        }
        return visit_stmts(st, s, n->v.With.body);
    case PYVM_AST_Raise:
        return (!n->v.Raise.exc || visit_expr(st, s, n->v.Raise.exc)) &&
               (!n->v.Raise.cause || visit_expr(st, s, n->v.Raise.cause));
    case PYVM_AST_Try:
    case PYVM_AST_TryStar:
        if (!visit_stmts(st, s, n->v.Try.body))
            return false;
        for (int i = 0; i < n->v.Try.handlers.n; i++) {
            node_t *h = n->v.Try.handlers.v[i];
            if (h->v.ExceptHandler.type && !visit_expr(st, s, h->v.ExceptHandler.type))
                return false;
            if (h->v.ExceptHandler.name)
                bind(st, s, h->v.ExceptHandler.name);
            if (!visit_stmts(st, s, h->v.ExceptHandler.body))
                return false;
        }
        return visit_stmts(st, s, n->v.Try.orelse) && visit_stmts(st, s, n->v.Try.finalbody);
    case PYVM_AST_Assert:
        return visit_expr(st, s, n->v.Assert.test) &&
               (!n->v.Assert.msg || visit_expr(st, s, n->v.Assert.msg));
    case PYVM_AST_Import:
    case PYVM_AST_ImportFrom: {
        pyvm_ast_list_t names = n->kind == PYVM_AST_Import ? n->v.Import.names
                                                           : n->v.ImportFrom.names;
        for (int i = 0; i < names.n; i++) {
            node_t *a = names.v[i];
            const char *nm = a->v.alias.asname ? a->v.alias.asname : a->v.alias.name;
            if (strcmp(nm, "*") == 0)
                continue;
            const char *dot = strchr(nm, '.');
            if (dot)
                nm = rt_arena_strndup(st->arena, nm, (size_t)(dot - nm));
            bind(st, s, nm);
        }
        return true;
    }
    case PYVM_AST_Global:
    case PYVM_AST_Nonlocal: {
        bool global = n->kind == PYVM_AST_Global;
        pyvm_ast_idents_t ids = global ? n->v.Global.names : n->v.Nonlocal.names;
        for (int i = 0; i < ids.n; i++) {
            pyvm_sym_t *y = pyvm_symtable_lookup(s, ids.v[i]);
            if (y && (y->flags & PYVM_SYM_PARAM))
                return fail(st, n, global ? "name '%s' is parameter and global"
                                          : "name '%s' is parameter and nonlocal",
                            ids.v[i]);
            if (y && (y->flags & PYVM_SYM_ANNOT) && !(y->flags & PYVM_SYM_USED))
                return fail(st, n,
                            global ? "annotated name '%s' can't be global"
                                   : "annotated name '%s' can't be nonlocal",
                            ids.v[i]);
            if (y && (y->flags & (PYVM_SYM_BOUND | PYVM_SYM_USED))) {
                char fmt[80];
                snprintf(fmt, sizeof fmt, "name '%%s' is %s %s declaration",
                         (y->flags & PYVM_SYM_BOUND) ? "assigned to before" : "used prior to",
                         global ? "global" : "nonlocal");
                return fail(st, n, fmt, ids.v[i]);
            }
            if (!global && s->kind == PYVM_SCOPE_MODULE)
                return fail(st, n, "%s", "nonlocal declaration not allowed at module level");
            add_sym(st, s, ids.v[i], global ? PYVM_SYM_GLOBAL : PYVM_SYM_NONLOCAL);
            /* a global statement anywhere makes the module body's own uses of the name global
            ** too (they differ from namespace names under exec with separate locals) */
            if (global)
                add_sym(st, st->top, ids.v[i], PYVM_SYM_GLOBAL);
        }
        return true;
    }
    case PYVM_AST_Match:
        if (!visit_expr(st, s, n->v.Match.subject))
            return false;
        for (int i = 0; i < n->v.Match.cases.n; i++) {
            node_t *c = n->v.Match.cases.v[i];
            if (!visit_pattern(st, s, c->v.match_case.pattern) ||
                (c->v.match_case.guard && !visit_expr(st, s, c->v.match_case.guard)) ||
                !visit_stmts(st, s, c->v.match_case.body))
                return false;
        }
        return true;
    case PYVM_AST_Expr:
        return visit_expr(st, s, n->v.Expr.value);
    case PYVM_AST_Pass:
    case PYVM_AST_Break:
    case PYVM_AST_Continue:
        return true;
    default:
        return fail(st, n, "%s", "unsupported statement (try*)");
    }
}

static bool visit_stmts(pyvm_symtable_t *st, pyvm_scope_t *s, pyvm_ast_list_t body)
{
    for (int i = 0; i < body.n; i++)
        if (!visit_stmt(st, s, body.v[i]))
            return false;
    return true;
}

/* ---- Pass 2: resolution ---- */

/* Whether function scope f binds `name` as a local (so nested functions capture it). */
static bool binds_local(pyvm_scope_t *f, const char *name)
{
    pyvm_sym_t *y = pyvm_symtable_lookup(f, name);
    return y && (y->flags & PYVM_SYM_BOUND) && !(y->flags & (PYVM_SYM_GLOBAL | PYVM_SYM_NONLOCAL));
}

/* Marks `name` free in s and in every scope between s and its binder `owner`, which gets a cell. */
static void make_free(pyvm_symtable_t *st, pyvm_scope_t *s, pyvm_scope_t *owner, const char *name)
{
    for (pyvm_scope_t *t = s; t != owner; t = t->parent) {
        pyvm_sym_t *y = add_sym(st, t, name, 0);
        y->res = PYVM_RES_FREE;
    }
    pyvm_sym_t *y = pyvm_symtable_lookup(owner, owner->kind == PYVM_SCOPE_CLASS ? PYVM_CLASS_CELL
                                                                                : name);
    y->res = PYVM_RES_CELL;
}

/* The enclosing function scope that binds name (classes are skipped), or NULL. */
static pyvm_scope_t *find_binder(pyvm_symtable_t *st, pyvm_scope_t *s, const char *name)
{
    for (pyvm_scope_t *t = s->parent; t; t = t->parent) {
        if (t->kind == PYVM_SCOPE_FUNCTION && binds_local(t, name))
            return t;
        if (t->kind == PYVM_SCOPE_FUNCTION) {
            pyvm_sym_t *y = pyvm_symtable_lookup(t, name);
            if (y && (y->flags & PYVM_SYM_GLOBAL))
                return NULL;
        }
        if (t->kind == PYVM_SCOPE_CLASS && strcmp(name, "__class__") == 0) {
            t->needs_class_cell = true;
            add_sym(st, t, PYVM_CLASS_CELL, PYVM_SYM_BOUND);
            return t;
        }
    }
    return NULL;
}

static bool resolve(pyvm_symtable_t *st, pyvm_scope_t *s)
{
    for (int i = 0; i < s->nsyms; i++) {
        pyvm_sym_t *y = &s->syms[i];
        if (y->res == PYVM_RES_FREE || y->res == PYVM_RES_CELL)
            continue;
        if (y->flags & PYVM_SYM_GLOBAL) {
            y->res = PYVM_RES_GLOBAL;
        } else if (y->flags & PYVM_SYM_NONLOCAL) {
            pyvm_scope_t *b = find_binder(st, s, y->name);
            if (!b)
                return fail(st, s->node, "no binding for nonlocal '%s' found", y->name);
            make_free(st, s, b, y->name);
        } else if (s->kind != PYVM_SCOPE_FUNCTION) {
            y->res = PYVM_RES_NAME;
            if (!(y->flags & PYVM_SYM_BOUND) && s->kind == PYVM_SCOPE_CLASS) {
                pyvm_scope_t *b = find_binder(st, s, y->name);
                if (b) /* a function's variable, or an enclosing class's __class__ cell */
                    make_free(st, s, b, y->name);
            }
        } else if (y->flags & PYVM_SYM_BOUND) {
            y->res = PYVM_RES_LOCAL;
        } else {
            pyvm_scope_t *b = find_binder(st, s, y->name);
            if (b)
                make_free(st, s, b, y->name);
            else
                y->res = PYVM_RES_GLOBAL;
        }
    }
    for (int i = 0; i < s->nchildren; i++)
        if (!resolve(st, s->children[i]))
            return false;
    return true;
}

/* Slots: 0 the function, 1 the namespace (module/class), parameters, locals, cells, free. */
static void layout(pyvm_symtable_t *st, pyvm_scope_t *s)
{
    int n = s->nsyms;
    s->slot_names = rt_arena_zalloc(st->arena, (size_t)(n * 2 + 3) * sizeof(char *));
    uint32_t slot = 0;
    s->slot_names[slot++] = "";
    if (s->kind != PYVM_SCOPE_FUNCTION)
        s->slot_names[slot++] = "";
    s->first_arg = slot;
    /* parameters first, in declaration order (pass 1 added them first) */
    for (int i = 0; i < n; i++) {
        pyvm_sym_t *y = &s->syms[i];
        if (y->flags & PYVM_SYM_PARAM) {
            y->slot = y->argslot = slot;
            s->slot_names[slot++] = y->name;
        }
    }
    for (int i = 0; i < n; i++) {
        pyvm_sym_t *y = &s->syms[i];
        if (y->res == PYVM_RES_LOCAL && !(y->flags & PYVM_SYM_PARAM)) {
            y->slot = slot;
            s->slot_names[slot++] = y->name;
        }
    }
    s->cell_base = slot;
    for (int i = 0; i < n; i++) {
        pyvm_sym_t *y = &s->syms[i];
        if (y->res == PYVM_RES_CELL) {
            y->slot = slot;
            s->slot_names[slot++] = y->name;
        }
    }
    s->ncells = slot - s->cell_base;
    s->free_base = slot;
    for (int i = 0; i < n; i++) {
        pyvm_sym_t *y = &s->syms[i];
        if (y->res == PYVM_RES_FREE) {
            y->slot = slot;
            s->slot_names[slot++] = y->name;
        }
    }
    s->nfree = slot - s->free_base;
    s->nlocals = slot;
    for (int i = 0; i < s->nchildren; i++)
        layout(st, s->children[i]);
}

/* Whether a module starts with `from __future__ import annotations`. */
static bool has_future_annotations(pyvm_ast_node_t *mod)
{
    if (mod->kind != PYVM_AST_Module)
        return false;
    pyvm_ast_list_t body = mod->v.Module.body;
    for (int i = 0; i < body.n; i++) {
        node_t *n = body.v[i];
        if (n->kind != PYVM_AST_ImportFrom || !n->v.ImportFrom.module ||
            strcmp(n->v.ImportFrom.module, "__future__") != 0)
            continue;
        for (int k = 0; k < n->v.ImportFrom.names.n; k++)
            if (strcmp(n->v.ImportFrom.names.v[k]->v.alias.name, "annotations") == 0)
                return true;
    }
    return false;
}

bool pyvm_symtable_build(pyvm_symtable_t *st, rt_arena_t *arena, pyvm_ast_node_t *mod)
{
    memset(st, 0, sizeof *st);
    st->arena = arena;
    st->future_annotations = has_future_annotations(mod);
    st->top = new_scope(st, PYVM_SCOPE_MODULE, mod, NULL, "<module>");
    bool ok = mod->kind == PYVM_AST_Expression    ? visit_expr(st, st->top, mod->v.Expression.body)
              : mod->kind == PYVM_AST_Interactive ? visit_stmts(st, st->top, mod->v.Interactive.body)
                                                  : visit_stmts(st, st->top, mod->v.Module.body);
    if (!ok || !resolve(st, st->top))
        return false;
    layout(st, st->top);
    return true;
}

pyvm_scope_t *pyvm_symtable_scope(pyvm_symtable_t *st, const pyvm_ast_node_t *node)
{
    for (int i = 0; i < st->nall; i++)
        if (st->all[i]->node == node)
            return st->all[i];
    return NULL;
}

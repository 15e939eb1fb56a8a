/*
** compile_expr.c: expressions to bytecode. Reads push values; writes go through "containers"
** (a writable array, separated for copy-on-write, or an object handle) so nested dimension
** writes ($a['x'][] = 1) touch each level once; references (&) go through MAKE_REF_*; call
** arguments that are variables are passed by reference when the callee's parameter is, decided
** at compile time when the callee is known (a builtin or a function of the file) and at run
** time (JMP_ARG_BYVAL) otherwise.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "phpvm/compile.h"

static bool is_name(const phpvm_ast_t *n, const char *s)
{
    return n && n->kind == PHPVM_AST_NAME && strcasecmp(comp_name_text(n), s) == 0;
}

static const char *var_name(comp_t *c, const phpvm_ast_t *v)
{
    const phpvm_ast_t *n = v->child[0];
    if (!n || n->kind != PHPVM_AST_ZVAL || n->vtype != PHPVM_ZV_STR) {
        comp_fail(c, (int32_t)v->line, "internal compiler error: variable variable as a CV");
        return "this";
    }
    return n->str;
}

uint32_t dyn_scope(const phpvm_ast_t *v)
{
    return (v->flags & COMP_VAR_GLOBAL) ? 2 : 0;
}

bool comp_dyn_var(comp_t *c, const phpvm_ast_t *v)
{
    const phpvm_ast_t *n = v->child[0];
    if (v->kind != PHPVM_AST_VAR || (n && n->kind == PHPVM_AST_ZVAL && n->vtype == PHPVM_ZV_STR &&
                                     !(v->flags & COMP_VAR_GLOBAL)))
        return false;
    comp_expr(c, n);
    return true;
}

static bool comp_is_dynamic_name(const phpvm_ast_t *v)
{
    const phpvm_ast_t *n = v->child[0];
    return !n || n->kind != PHPVM_AST_ZVAL || n->vtype != PHPVM_ZV_STR ||
           (v->flags & COMP_VAR_GLOBAL);
}

static const char globals_msg[] =
    "$GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax";

/* Whether v is $GLOBALS itself (not one of its elements), which PHP 8.1 lets no one write: the
** compile error `msg` is raised then. */
static bool globals_target(comp_t *c, const phpvm_ast_t *v, const char *msg)
{
    const phpvm_ast_t *n = v->child[0];
    if (v->kind != PHPVM_AST_VAR || (v->flags & COMP_VAR_GLOBAL) || !n ||
        n->kind != PHPVM_AST_ZVAL || n->vtype != PHPVM_ZV_STR || strcmp(n->str, "GLOBALS") != 0)
        return false;
    comp_fail(c, c->line, "%s", msg);
    return true;
}

bool comp_globals_unset(comp_t *c, const phpvm_ast_t *v)
{
    return globals_target(c, v, globals_msg);
}

static bool is_this(const phpvm_ast_t *v)
{
    return v->kind == PHPVM_AST_VAR && v->child[0] && v->child[0]->kind == PHPVM_AST_ZVAL &&
           v->child[0]->vtype == PHPVM_ZV_STR && strcmp(v->child[0]->str, "this") == 0;
}

bool comp_is_variable(const phpvm_ast_t *e)
{
    return e && (e->kind == PHPVM_AST_VAR || e->kind == PHPVM_AST_DIM ||
                 e->kind == PHPVM_AST_PROP || e->kind == PHPVM_AST_STATIC_PROP) &&
           !is_this(e);
}

/* The name operand of a property instruction about to be emitted: a name index, or for a
** computed name PHPVM_DYN_NAME after pushing the name (evaluated last, just before the access). */
uint32_t comp_prop_name(comp_t *c, const phpvm_ast_t *p)
{
    if (p && p->kind == PHPVM_AST_ZVAL && p->vtype == PHPVM_ZV_STR)
        return comp_name(c, p->str, p->len);
    comp_expr(c, p);
    return PHPVM_DYN_NAME;
}

static void load_var(comp_t *c, const phpvm_ast_t *v, bool quiet)
{
    if (is_this(v)) {
        EMIT0(c, LOAD_THIS);
        return;
    }
    if (comp_dyn_var(c, v)) {
        EMIT1(c, LOAD_VAR, quiet | dyn_scope(v));
        return;
    }
    if (strcmp(var_name(c, v), "GLOBALS") == 0) {
        EMIT0(c, GLOBALS);
        return;
    }
    uint32_t slot = comp_cv(c, var_name(c, v));
    if (quiet)
        EMIT1(c, LOAD_IS, slot);
    else
        EMIT1(c, LOAD, slot);
}

/* ---- Literals ---- */

bool comp_literal(comp_t *c, const phpvm_ast_t *e, rt_value_t *out)
{
    switch (e->kind) {
    case PHPVM_AST_ZVAL:
        if (e->vtype == PHPVM_ZV_STR)
            *out = comp_str(e->str, e->len);
        else if (e->vtype == PHPVM_ZV_LONG)
            *out = phpvm_int(e->lval);
        else
            *out = phpvm_float(e->dval);
        return true;
    case PHPVM_AST_CONST: {
        const char *n = comp_name_text(e->child[0]);
        if (strcasecmp(n, "true") == 0)
            *out = rt_true;
        else if (strcasecmp(n, "false") == 0)
            *out = rt_false;
        else if (strcasecmp(n, "null") == 0)
            *out = rt_none;
        else if (c->file->halt_offset >= 0 &&
                 strcmp(n + (n[0] == '\\'), "__COMPILER_HALT_OFFSET__") == 0)
            *out = phpvm_int(c->file->halt_offset);
        else
            return false;
        return true;
    }
    case PHPVM_AST_UNARY_OP: {
        rt_value_t v;
        if (e->flags != PHPVM_AF_UNARY_MINUS || !comp_literal(c, e->child[0], &v) ||
            !(rt_is_int(v) || rt_is_float(v)))
            return false;
        *out = phpvm_negate(v);
        return true;
    }
    case PHPVM_AST_ARRAY: {
        for (uint32_t i = 0; i < e->count; i++) {
            const phpvm_ast_t *el = e->child[i];
            rt_value_t v;
            if (!el || el->kind != PHPVM_AST_ARRAY_ELEM || (el->flags & PHPVM_AF_ARRAY_ELEM_REF) ||
                !comp_literal(c, el->child[0], &v) ||
                (el->child[1] && !comp_literal(c, el->child[1], &v)))
                return false;
            /* a fractional float key deprecates at run time, where its line is known */
            if (el->child[1] && rt_is_float(v) &&
                (rt_float_value(v) != floor(rt_float_value(v)) || !isfinite(rt_float_value(v))))
                return false;
        }
        phpvm_array_t *a = e->count ? phpvm_array_new(e->count) : phpvm_array_new_empty();
        for (uint32_t i = 0; i < e->count; i++) {
            const phpvm_ast_t *el = e->child[i];
            rt_value_t v, k;
            comp_literal(c, el->child[0], &v);
            phpvm_share(v);
            if (el->child[1]) {
                comp_literal(c, el->child[1], &k);
                phpvm_array_set(a, phpvm_key(k), v);
            } else {
                phpvm_array_append(a, v);
            }
        }
        *out = phpvm_share(rt_from_ptr(a));
        return true;
    }
    default:
        return false;
    }
}

/* Whether e is a variable of the body's own (a CV): not $this, $GLOBALS or a variable variable. */
static bool plain_cv(comp_t *c, const phpvm_ast_t *e)
{
    return e->kind == PHPVM_AST_VAR && !is_this(e) && !comp_is_dynamic_name(e) &&
           !(e->flags & PHPVM_AF_ENCAPS_VAR_DOLLAR_CURLY) && strcmp(var_name(c, e), "GLOBALS") != 0;
}

/* Whether e can be a value operand (ops.h) read in place, *o: a plain CV, or a literal (a small
** int inline, else a constant). */
static bool operand_in_place(comp_t *c, const phpvm_ast_t *e, uint32_t *o)
{
    rt_value_t v;
    if (plain_cv(c, e)) {
        *o = comp_cv(c, var_name(c, e));
        return true;
    }
    if (e->kind == PHPVM_AST_ARRAY || !comp_literal(c, e, &v))
        return false;
    if (rt_is_small(v) && rt_small_value(v) >= -(1 << 29) && rt_small_value(v) < (1 << 29)) {
        *o = PHPVM_V_IMM | ((uint32_t)rt_small_value(v) & ~(PHPVM_V_IMM | PHPVM_V_CONST));
        return true;
    }
    uint32_t k = comp_const(c, v);
    *o = PHPVM_V_IMM | PHPVM_V_CONST | k;
    return k < PHPVM_V_CONST;
}

static void push_const(comp_t *c, rt_value_t v)
{
    if (v == rt_none)
        EMIT0(c, NULL);
    else if (v == rt_true)
        EMIT0(c, TRUE);
    else if (v == rt_false)
        EMIT0(c, FALSE);
    else if (rt_is_small(v) && rt_small_value(v) >= INT32_MIN && rt_small_value(v) <= INT32_MAX)
        EMIT1(c, INT, (uint32_t)(int32_t)rt_small_value(v));
    else
        EMIT1(c, CONST, comp_const(c, v));
}

/* ---- Classes ---- */

/* A class given by an expression that is a constant but no string ((0)::X, []::X): PHP's
** compile error. True when it failed. */
static bool illegal_class_expr(comp_t *c, const phpvm_ast_t *n)
{
    rt_value_t v;
    if (!comp_literal(c, n, &v) || phpvm_is_str(v))
        return false;
    comp_fail(c, c->line, "Illegal class name");
    return true;
}

void comp_class_ref(comp_t *c, const phpvm_ast_t *n)
{
    if (n->kind == PHPVM_AST_NAME) {
        const char *s = comp_resolve(c, n, COMP_NS_CLASS, NULL);
        if (strcasecmp(s, "self") == 0)
            EMIT2(c, CLASS_REF, 1, 0);
        else if (strcasecmp(s, "parent") == 0)
            EMIT2(c, CLASS_REF, 2, 0);
        else if (strcasecmp(s, "static") == 0)
            EMIT2(c, CLASS_REF, 3, 0);
        else
            EMIT2(c, CLASS_REF, 0, comp_name(c, s, strlen(s)));
        return;
    }
    if (illegal_class_expr(c, n))
        return;
    comp_expr(c, n);
    EMIT0(c, CLASS_OF);
}

/* ---- Containers and references ---- */

/* The object of a property write ($o->p = v, $o->p[] = v, &$o->p): a plain variable is fetched
** for writing, without the undefined-variable warning (the write's own Error names null). */
static void prop_base(comp_t *c, const phpvm_ast_t *e)
{
    if (e->kind == PHPVM_AST_VAR && !is_this(e))
        load_var(c, e, true);
    else
        comp_expr(c, e);
}

/* The container of a compound write to a dimension ($a[k] += v, $a[k]++): as comp_container,
** but an undefined variable warns first, as it is read. */
static void container_rw(comp_t *c, const phpvm_ast_t *e)
{
    if (e->kind == PHPVM_AST_VAR && !is_this(e) && !comp_is_dynamic_name(e))
        EMIT2(c, FETCH_W, comp_cv(c, var_name(c, e)), 1);
    else
        comp_container(c, e);
}

void comp_container(comp_t *c, const phpvm_ast_t *e)
{
    switch (e->kind) {
    case PHPVM_AST_VAR:
        if (is_this(e)) {
            EMIT0(c, LOAD_THIS);
        } else if (globals_target(c, e, "Cannot append to $GLOBALS")) {
            return;
        } else if (comp_dyn_var(c, e)) {
            EMIT1(c, MAKE_REF_VAR, dyn_scope(e));
            EMIT0(c, FETCH_REF_W);
        } else {
            EMIT2(c, FETCH_W, comp_cv(c, var_name(c, e)), 0);
        }
        return;
    case PHPVM_AST_DIM:
        comp_container(c, e->child[0]);
        if (e->child[1]) {
            comp_expr(c, e->child[1]);
            EMIT0(c, FETCH_DIM_W);
        } else {
            EMIT0(c, FETCH_APPEND_W);
        }
        return;
    case PHPVM_AST_PROP:
        prop_base(c, e->child[0]);
        EMIT1(c, FETCH_PROP_W, comp_prop_name(c, e->child[1]));
        return;
    case PHPVM_AST_STATIC_PROP:
        comp_class_ref(c, e->child[0]);
        EMIT1(c, MAKE_REF_SPROP, comp_prop_name(c, e->child[1]));
        EMIT0(c, FETCH_REF_W);
        return;
    default:
        comp_expr(c, e);
        EMIT0(c, FETCH_TMP_W);
        return;
    }
}

void comp_ref(comp_t *c, const phpvm_ast_t *e)
{
    switch (e->kind) {
    case PHPVM_AST_VAR:
        if (is_this(e))
            EMIT0(c, LOAD_THIS);
        else if (globals_target(c, e, "Cannot acquire reference to $GLOBALS"))
            return;
        else if (comp_dyn_var(c, e))
            EMIT1(c, MAKE_REF_VAR, dyn_scope(e));
        else
            EMIT1(c, MAKE_REF, comp_cv(c, var_name(c, e)));
        return;
    case PHPVM_AST_DIM:
        if (e->child[1] && plain_cv(c, e->child[0])) { /* &$a[k]: one instruction */
            uint32_t k;
            if (!operand_in_place(c, e->child[1], &k)) {
                comp_expr(c, e->child[1]);
                k = PHPVM_V_STACK;
            }
            comp_emit(c, PHPVM_I_MAKE_REF_DIM_CV, k == PHPVM_V_STACK, 1,
                      comp_cv(c, var_name(c, e->child[0])), k, 0);
            return;
        }
        comp_container(c, e->child[0]);
        if (e->child[1]) {
            comp_expr(c, e->child[1]);
            EMIT0(c, MAKE_REF_DIM);
        } else {
            EMIT0(c, MAKE_REF_APPEND);
        }
        return;
    case PHPVM_AST_PROP:
        prop_base(c, e->child[0]);
        EMIT1(c, MAKE_REF_PROP, comp_prop_name(c, e->child[1]));
        return;
    case PHPVM_AST_STATIC_PROP:
        comp_class_ref(c, e->child[0]);
        EMIT1(c, MAKE_REF_SPROP, comp_prop_name(c, e->child[1]));
        return;
    default:
        comp_expr(c, e);
        return;
    }
}

/* Stores the value (or, with the BIND_REF_* ops, the reference) on top into a dimension or a
** property: its container and key go under it, then the op for a key, no key ([]), or a
** property name. */
static void store_top(comp_t *c, const phpvm_ast_t *target, phpvm_op_t dim, phpvm_op_t append,
                      phpvm_op_t prop)
{
    if (target->kind == PHPVM_AST_PROP) {
        prop_base(c, target->child[0]);
        EMIT0(c, SWAP);
        comp_emit(c, prop, -2, -2, comp_prop_name(c, target->child[1]), 0, 0);
        return;
    }
    comp_container(c, target->child[0]);
    if (target->child[1]) {
        comp_expr(c, target->child[1]);
        EMIT0(c, ROT3);
        comp_emit(c, dim, -2, -2, 0, 0, 0);
    } else {
        EMIT0(c, SWAP);
        comp_emit(c, append, -2, -2, 0, 0, 0);
    }
}

/* PHP's compile error for writing to an expression that is not a variable. */
static const char *not_writable(const phpvm_ast_t *e)
{
    switch (e->kind) {
    case PHPVM_AST_CALL:
        return "Can't use function return value in write context";
    case PHPVM_AST_METHOD_CALL:
    case PHPVM_AST_STATIC_CALL:
    case PHPVM_AST_NULLSAFE_METHOD_CALL:
        return "Can't use method return value in write context";
    case PHPVM_AST_NULLSAFE_PROP:
        return "Can't use nullsafe operator in write context";
    default:
        return "Cannot use temporary expression in write context";
    }
}

void comp_bind_ref(comp_t *c, const phpvm_ast_t *target)
{
    switch (target->kind) {
    case PHPVM_AST_VAR:
        if (is_this(target)) {
            comp_fail(c, c->line, "Cannot re-assign $this");
            return;
        }
        if (globals_target(c, target, globals_msg))
            return;
        if (comp_dyn_var(c, target))
            EMIT1(c, BIND_REF_VAR, dyn_scope(target));
        else
            EMIT1(c, BIND_REF, comp_cv(c, var_name(c, target)));
        return;
    case PHPVM_AST_DIM:
    case PHPVM_AST_PROP:
        store_top(c, target, PHPVM_I_BIND_REF_DIM, PHPVM_I_BIND_REF_APPEND,
                  PHPVM_I_BIND_REF_PROP);
        return;
    case PHPVM_AST_STATIC_PROP:
        comp_class_ref(c, target->child[0]);
        EMIT0(c, SWAP);
        EMIT1(c, BIND_REF_SPROP, comp_prop_name(c, target->child[1]));
        return;
    default:
        break;
    }
    comp_fail(c, c->line, "%s", not_writable(target));
}

bool comp_list_has_ref(const phpvm_ast_t *list)
{
    for (uint32_t i = 0; list->kind == PHPVM_AST_ARRAY && i < list->count; i++) {
        const phpvm_ast_t *el = list->child[i];
        if (el && ((el->flags & PHPVM_AF_ARRAY_ELEM_REF) || comp_list_has_ref(el->child[0])))
            return true;
    }
    return false;
}

/* [$a, 'k' => $b] = value on top; leaves the value. Elements taken by reference (&$a) need a
** writable container on top instead. */
/* PHP's compile errors for the shape of destructuring pattern list; false after one. */
static bool list_ok(comp_t *c, const phpvm_ast_t *list)
{
    bool keyed = false, unkeyed = false, empty = false;
    for (uint32_t i = 0; i < list->count; i++) {
        const phpvm_ast_t *el = list->child[i];
        empty |= !el;
        keyed |= el && el->child[1];
        unkeyed |= el && !el->child[1];
        if (el && !comp_is_variable(el->child[0]) && el->child[0]->kind != PHPVM_AST_ARRAY) {
            comp_fail(c, c->line, "Assignments can only happen to writable values");
            return false;
        }
    }
    const char *err = !keyed && !unkeyed ? "Cannot use empty list"
                      : keyed && unkeyed ? "Cannot mix keyed and unkeyed array entries in "
                                           "assignments"
                      : keyed && empty   ? "Cannot use empty array entries in keyed array "
                                           "assignment"
                                         : NULL;
    if (err)
        comp_fail(c, c->line, "%s", err);
    return !err;
}

void comp_list(comp_t *c, const phpvm_ast_t *list)
{
    if (!list_ok(c, list))
        return;
    int64_t index = 0;
    for (uint32_t i = 0; i < list->count; i++) {
        const phpvm_ast_t *el = list->child[i];
        if (!el) {
            index++;
            continue;
        }
        EMIT0(c, DUP);
        if (el->child[1])
            comp_expr(c, el->child[1]);
        else
            push_const(c, rt_small(index++));
        if (el->flags & PHPVM_AF_ARRAY_ELEM_REF) {
            EMIT0(c, MAKE_REF_DIM);
            comp_bind_ref(c, el->child[0]);
        } else if (comp_list_has_ref(el->child[0])) {
            EMIT0(c, FETCH_DIM_W);
            comp_list(c, el->child[0]);
            EMIT0(c, POP);
        } else {
            EMIT0(c, LIST_FETCH);
            comp_assign_to(c, el->child[0], c->line);
            EMIT0(c, POP);
        }
    }
}

/* $target = &$source */
/* Whether e is a chain of property, method and dimension accesses with a ?-> in it. */
static bool nullsafe_chain(const phpvm_ast_t *e)
{
    for (; e; e = e->child[0]) {
        if (e->kind == PHPVM_AST_NULLSAFE_PROP || e->kind == PHPVM_AST_NULLSAFE_METHOD_CALL)
            return true;
        if (e->kind != PHPVM_AST_PROP && e->kind != PHPVM_AST_DIM &&
            e->kind != PHPVM_AST_METHOD_CALL)
            return false;
    }
    return false;
}

/* PHP's compile error for taking a reference (=&, [&$x] =, yield in a by-reference generator)
** of a ?-> chain; false after it. */
static bool ref_of_nullsafe_ok(comp_t *c, const phpvm_ast_t *e)
{
    if (!nullsafe_chain(e))
        return true;
    comp_fail(c, (int32_t)e->line, "Cannot take reference of a nullsafe chain");
    return false;
}

/* Pushes the value of `$target =& $source` as an expression: the variable's value read again
** (a plain variable on either side: reading it has no effect), else null. */
static void assign_ref_value(comp_t *c, const phpvm_ast_t *target, const phpvm_ast_t *source)
{
    const phpvm_ast_t *v = plain_cv(c, target) ? target : plain_cv(c, source) ? source : NULL;
    if (v && !(v->flags & COMP_VAR_GLOBAL))
        EMIT1(c, LOAD_IS, comp_cv(c, var_name(c, v)));
    else
        EMIT0(c, NULL);
}

static bool is_call_result(const phpvm_ast_t *e);

void comp_ref_result_check(comp_t *c, int kind)
{
    uint32_t pos = c->depth - 1;
    comp_hidden_callee(c, phpvm_ref_result_notice_fn);
    EMIT1(c, INT, pos);
    EMIT1(c, INT, kind);
    comp_emit(c, PHPVM_I_CALL, 4, 1, 2, 0, 0);
    EMIT0(c, POP);
}

/* The source of a reference assignment: a call's result gets PHP's notice at run time unless
** the function returned a reference. */
static void ref_source(comp_t *c, const phpvm_ast_t *source)
{
    comp_ref(c, source);
    if (is_call_result(source) && source->kind != PHPVM_AST_NEW)
        comp_ref_result_check(c, 0);
}

/* $target =& $source; `value`: as an expression (its value pushed), else as a statement. */
static void comp_assign_ref(comp_t *c, const phpvm_ast_t *target, const phpvm_ast_t *source,
                            bool value)
{
    if (!ref_of_nullsafe_ok(c, source))
        return;
    switch (target->kind) {
    case PHPVM_AST_DIM:
        comp_container(c, target->child[0]);
        if (!target->child[1]) {
            ref_source(c, source);
            EMIT0(c, BIND_REF_APPEND);
            break;
        }
        comp_expr(c, target->child[1]);
        ref_source(c, source);
        EMIT0(c, BIND_REF_DIM);
        break;
    case PHPVM_AST_PROP:
        prop_base(c, target->child[0]);
        ref_source(c, source);
        EMIT1(c, BIND_REF_PROP, comp_prop_name(c, target->child[1]));
        break;
    default:
        ref_source(c, source);
        comp_bind_ref(c, target);
        break;
    }
    if (value)
        assign_ref_value(c, target, source);
}

void comp_assign_to(comp_t *c, const phpvm_ast_t *target, int32_t line)
{
    c->line = line;
    switch (target->kind) {
    case PHPVM_AST_VAR:
        if (is_this(target)) {
            comp_fail(c, line, "Cannot re-assign $this");
            return;
        }
        if (globals_target(c, target, globals_msg))
            return;
        if (comp_dyn_var(c, target)) {
            EMIT1(c, MAKE_REF_VAR, dyn_scope(target));
            EMIT0(c, SWAP);
            EMIT0(c, ASSIGN_REFCELL);
            return;
        }
        EMIT1(c, ASSIGN, comp_cv(c, var_name(c, target)));
        return;
    case PHPVM_AST_DIM:
    case PHPVM_AST_PROP:
        store_top(c, target, PHPVM_I_ASSIGN_DIM, PHPVM_I_ASSIGN_APPEND, PHPVM_I_ASSIGN_PROP);
        return;
    case PHPVM_AST_STATIC_PROP:
        comp_class_ref(c, target->child[0]);
        EMIT1(c, MAKE_REF_SPROP, comp_prop_name(c, target->child[1]));
        EMIT0(c, SWAP);
        EMIT0(c, ASSIGN_REFCELL);
        return;
    case PHPVM_AST_ARRAY:
        comp_list(c, target);
        return;
    default:
        comp_fail(c, line, "%s", not_writable(target));
    }
}

/* Push v's value marked shared (phpvm_share): a copy from then on, whatever writes follow. */
static void comp_shared(comp_t *c, const phpvm_ast_t *v)
{
    comp_hidden_callee(c, phpvm_share_fn);
    comp_expr(c, v);
    comp_emit(c, PHPVM_I_CALL, 3, 1, 1, 0, 0);
}

/* The plain variable a chain of dimensions and properties starts from ($a of $a[i]->p[j]), or
** NULL. */
static const phpvm_ast_t *chain_root(comp_t *c, const phpvm_ast_t *e)
{
    while (e->kind == PHPVM_AST_DIM || e->kind == PHPVM_AST_PROP)
        e = e->child[0];
    return plain_cv(c, e) ? e : NULL;
}

/* Whether value v reads from the variable dimension target t writes into ($a[i][j] = $a,
** $a[0][] = $a[0], $o->p[0][] = $o->p): without care the write would store a container in
** itself. */
static bool assign_to_self(comp_t *c, const phpvm_ast_t *t, const phpvm_ast_t *v)
{
    const phpvm_ast_t *tr = chain_root(c, t), *vr = chain_root(c, v);
    return tr && vr && strcmp(var_name(c, tr), var_name(c, vr)) == 0;
}

static void comp_assign(comp_t *c, const phpvm_ast_t *e)
{
    const phpvm_ast_t *t = e->child[0], *v = e->child[1];
    if (t->kind == PHPVM_AST_ARRAY && comp_list_has_ref(t)) {
        if (!ref_of_nullsafe_ok(c, v))
            return;
        if (!comp_is_variable(v)) {
            comp_fail(c, (int32_t)e->line, "Cannot assign reference to non referenceable value");
            return;
        }
        comp_container(c, v);
        comp_list(c, t);
        return;
    }
    switch (t->kind) {
    case PHPVM_AST_VAR:
        comp_expr(c, v);
        comp_assign_to(c, t, (int32_t)e->line);
        return;
    case PHPVM_AST_DIM:
        if (t->child[1] && plain_cv(c, t->child[0])) { /* $a[k] = v: one instruction */
            uint32_t k;
            if (!operand_in_place(c, t->child[1], &k)) {
                comp_expr(c, t->child[1]);
                k = PHPVM_V_STACK;
            }
            comp_expr(c, v);
            c->line = (int32_t)e->line;
            comp_emit(c, PHPVM_I_ASSIGN_DIM_CV, 1 + (k == PHPVM_V_STACK), 1,
                      comp_cv(c, var_name(c, t->child[0])), k, 0);
            return;
        }
        if (assign_to_self(c, t, v)) {
            /* $a[i][j] = $a: the right $a first, shared, so that the writes separate the
            ** variable from it (PHP's order for an assignment to itself) */
            comp_shared(c, v);
            comp_container(c, t->child[0]);
            c->line = (int32_t)e->line;
            if (t->child[1]) {
                comp_expr(c, t->child[1]);
                EMIT0(c, ROT3);
                EMIT0(c, ASSIGN_DIM);
            } else {
                EMIT0(c, SWAP);
                EMIT0(c, ASSIGN_APPEND);
            }
            return;
        }
        comp_container(c, t->child[0]);
        if (t->child[1]) {
            comp_expr(c, t->child[1]);
            comp_expr(c, v);
            c->line = (int32_t)e->line;
            EMIT0(c, ASSIGN_DIM);
        } else {
            comp_expr(c, v);
            c->line = (int32_t)e->line;
            EMIT0(c, ASSIGN_APPEND);
        }
        return;
    case PHPVM_AST_PROP:
        if (t->child[1]->kind == PHPVM_AST_ZVAL && t->child[1]->vtype == PHPVM_ZV_STR &&
            (is_this(t->child[0]) || plain_cv(c, t->child[0]))) {
            /* the object is read once the value is there, as PHP reads it */
            comp_expr(c, v);
            c->line = (int32_t)e->line;
            uint32_t name = comp_prop_name(c, t->child[1]);
            if (is_this(t->child[0]))
                EMIT1(c, ASSIGN_THIS_PROP, name);
            else
                EMIT2(c, ASSIGN_PROP_CV, comp_cv(c, var_name(c, t->child[0])), name);
            return;
        }
        prop_base(c, t->child[0]);
        comp_expr(c, v);
        c->line = (int32_t)e->line;
        EMIT1(c, ASSIGN_PROP, comp_prop_name(c, t->child[1]));
        return;
    default:
        comp_expr(c, v);
        comp_assign_to(c, t, (int32_t)e->line);
    }
}

static void comp_assign_op(comp_t *c, const phpvm_ast_t *e)
{
    const phpvm_ast_t *t = e->child[0], *v = e->child[1];
    if (e->flags == PHPVM_AF_BINARY_COALESCE) {
        uint32_t done = comp_label(c);
        comp_expr_quiet(c, t);
        EMIT1(c, JMP_NOTNULL, done);
        c->depth--;
        comp_expr(c, v);
        comp_assign_to(c, t, (int32_t)e->line);
        comp_bind(c, done);
        return;
    }
    uint32_t op = (uint32_t)phpvm_binop_of_ast(e->flags);
    switch (t->kind) {
    case PHPVM_AST_VAR:
        if (is_this(t)) {
            comp_fail(c, c->line, "Cannot re-assign $this");
            return;
        }
        if (globals_target(c, t, globals_msg))
            return;
        if (comp_dyn_var(c, t)) {
            EMIT1(c, MAKE_REF_VAR, dyn_scope(t));
            comp_expr(c, v);
            EMIT1(c, ASSIGN_REFCELL_OP, op);
            return;
        }
        comp_expr(c, v);
        EMIT2(c, ASSIGN_OP, comp_cv(c, var_name(c, t)), op);
        return;
    case PHPVM_AST_DIM:
        container_rw(c, t->child[0]);
        if (!t->child[1]) { /* $a[] .= v: a new element, null, then the operator */
            EMIT0(c, MAKE_REF_APPEND);
            comp_expr(c, v);
            EMIT1(c, ASSIGN_REFCELL_OP, op);
            return;
        }
        comp_expr(c, t->child[1]);
        comp_expr(c, v);
        EMIT1(c, ASSIGN_DIM_OP, op);
        return;
    case PHPVM_AST_PROP:
        comp_expr(c, t->child[0]);
        comp_expr(c, v);
        EMIT2(c, ASSIGN_PROP_OP, comp_prop_name(c, t->child[1]), op);
        return;
    case PHPVM_AST_STATIC_PROP:
        comp_class_ref(c, t->child[0]);
        EMIT1(c, MAKE_REF_SPROP, comp_prop_name(c, t->child[1]));
        comp_expr(c, v);
        EMIT1(c, ASSIGN_REFCELL_OP, op);
        return;
    default:
        comp_fail(c, c->line, "%s", not_writable(t));
    }
}

static void comp_incdec(comp_t *c, const phpvm_ast_t *e)
{
    uint32_t mode = (e->kind == PHPVM_AST_PRE_DEC || e->kind == PHPVM_AST_POST_DEC) |
                    (e->kind == PHPVM_AST_POST_INC || e->kind == PHPVM_AST_POST_DEC) << 1;
    const phpvm_ast_t *t = e->child[0];
    switch (t->kind) {
    case PHPVM_AST_VAR:
        if (is_this(t)) {
            comp_fail(c, c->line, "Cannot re-assign $this");
            return;
        }
        if (globals_target(c, t, globals_msg))
            return;
        if (comp_dyn_var(c, t)) {
            EMIT1(c, MAKE_REF_VAR, dyn_scope(t));
            EMIT1(c, INC_REFCELL, mode);
            return;
        }
        EMIT2(c, INC_CV, comp_cv(c, var_name(c, t)), mode);
        return;
    case PHPVM_AST_DIM:
        container_rw(c, t->child[0]);
        if (!t->child[1]) { /* $a[]++: a new element, null, then the operator */
            EMIT0(c, MAKE_REF_APPEND);
            EMIT1(c, INC_REFCELL, mode);
            return;
        }
        comp_expr(c, t->child[1]);
        EMIT1(c, INC_DIM, mode);
        return;
    case PHPVM_AST_PROP:
        comp_expr(c, t->child[0]);
        EMIT2(c, INC_PROP, comp_prop_name(c, t->child[1]), mode);
        return;
    case PHPVM_AST_STATIC_PROP:
        comp_class_ref(c, t->child[0]);
        EMIT1(c, MAKE_REF_SPROP, comp_prop_name(c, t->child[1]));
        EMIT1(c, INC_REFCELL, mode);
        return;
    default:
        comp_fail(c, c->line, "%s", not_writable(t));
    }
}

/* ---- Calls ---- */

static bool args_need_array(const phpvm_ast_t *args)
{
    for (uint32_t i = 0; i < args->count; i++)
        if (args->child[i]->kind == PHPVM_AST_UNPACK || args->child[i]->kind == PHPVM_AST_NAMED_ARG)
            return true;
    return false;
}

/* Whether evaluating e may write into an array that a variable holds without separating it: a
** call that may take a variable by reference (array_pop($a), a user function's &$p), or a write
** to an element or property. An argument already pushed by value shares the variable's array,
** so it must be marked shared first (PHP's refcount does that) or it would show the change. */
static bool writes_in_place(comp_t *c, const phpvm_ast_t *e)
{
    if (!e)
        return false;
    switch (e->kind) {
    case PHPVM_AST_CLOSURE:
    case PHPVM_AST_ARROW_FUNC:
    case PHPVM_AST_FUNC_DECL:
        return false;
    case PHPVM_AST_ASSIGN:
    case PHPVM_AST_ASSIGN_OP:
    case PHPVM_AST_PRE_INC:
    case PHPVM_AST_PRE_DEC:
    case PHPVM_AST_POST_INC:
    case PHPVM_AST_POST_DEC:
        if (e->child[0]->kind != PHPVM_AST_VAR)
            return true;
        break;
    case PHPVM_AST_ASSIGN_REF:
        return true;
    case PHPVM_AST_CALL: {
        const phpvm_ast_t *args = e->child[1];
        const char *lc = NULL;
        char buf[128];
        if (e->child[0]->kind == PHPVM_AST_NAME) {
            const char *n = comp_name_text(e->child[0]), *bs = strrchr(n, '\\');
            n = bs ? bs + 1 : n;
            size_t len = strlen(n) < sizeof buf ? strlen(n) : sizeof buf - 1;
            for (size_t i = 0; i < len; i++)
                buf[i] = (char)((n[i] >= 'A' && n[i] <= 'Z') ? n[i] + 32 : n[i]);
            buf[len] = 0;
            lc = buf;
        }
        for (uint32_t i = 0; args && args->kind == PHPVM_AST_ARG_LIST && i < args->count; i++)
            if (comp_is_variable(args->child[i]) && comp_arg_mode(c, lc, i) != 1)
                return true;
        break;
    }
    case PHPVM_AST_METHOD_CALL:
    case PHPVM_AST_NULLSAFE_METHOD_CALL:
    case PHPVM_AST_STATIC_CALL:
    case PHPVM_AST_NEW: {
        const phpvm_ast_t *args = e->child[e->kind == PHPVM_AST_NEW ? 1 : 2];
        for (uint32_t i = 0; args && args->kind == PHPVM_AST_ARG_LIST && i < args->count; i++)
            if (comp_is_variable(args->child[i]))
                return true;
        break;
    }
    default:
        break;
    }
    for (uint32_t i = 0; i < e->count; i++)
        if (writes_in_place(c, e->child[i]))
            return true;
    return false;
}

/* Push variable argument a by value; marked shared (through the hidden builtin) when a later
** argument may write into its array in place (writes_in_place). */
/* Code that throws PHP's Error `msg` when it runs (an error PHP raises at run time, where the
** compiler can already tell it will happen). */
static void throw_when_run(comp_t *c, const char *msg)
{
    comp_hidden_callee(c, phpvm_exc_error_fn);
    push_const(c, comp_str(msg, strlen(msg)));
    comp_emit(c, PHPVM_I_CALL, 3, 1, 1, 0, 0);
    EMIT0(c, POP);
}

static void by_value_arg(comp_t *c, const phpvm_ast_t *a, bool share)
{
    if (!share || a->kind == PHPVM_AST_PROP || a->kind == PHPVM_AST_STATIC_PROP)
        comp_expr(c, a);
    else
        comp_shared(c, a);
}

bool comp_args_ordered(comp_t *c, const phpvm_ast_t *args)
{
    bool named = false, unpack = false;
    for (uint32_t i = 0; args && args->kind == PHPVM_AST_ARG_LIST && i < args->count; i++) {
        const phpvm_ast_t *a = args->child[i];
        const char *err = NULL;
        if (a->kind == PHPVM_AST_NAMED_ARG)
            named = true;
        else if (a->kind == PHPVM_AST_UNPACK && named)
            err = "Cannot use argument unpacking after named arguments";
        else if (a->kind == PHPVM_AST_UNPACK)
            unpack = true;
        else if (named)
            err = "Cannot use positional argument after named argument";
        else if (unpack)
            err = "Cannot use positional argument after argument unpacking";
        if (err) {
            comp_fail(c, (int32_t)a->line, "%s", err);
            return false;
        }
    }
    return true;
}

/* Whether passing expression e to a by-reference parameter is PHP's Error "cannot be passed by
** reference" (a value: a literal, an operation's result); a call's or new's result is not (a
** notice at most). */
static bool value_for_ref(const phpvm_ast_t *e)
{
    switch (e->kind) {
    case PHPVM_AST_ZVAL:
    case PHPVM_AST_CONST:
    case PHPVM_AST_CLASS_CONST:
    case PHPVM_AST_MAGIC_CONST:
    case PHPVM_AST_CLASS_NAME:
    case PHPVM_AST_ARRAY:
    case PHPVM_AST_ENCAPS_LIST:
    case PHPVM_AST_ASSIGN:
    case PHPVM_AST_ASSIGN_OP:
    case PHPVM_AST_BINARY_OP:
    case PHPVM_AST_PRE_INC:
    case PHPVM_AST_PRE_DEC:
    case PHPVM_AST_POST_INC:
    case PHPVM_AST_POST_DEC:
    case PHPVM_AST_CONDITIONAL:
    case PHPVM_AST_CAST:
    case PHPVM_AST_ISSET:
    case PHPVM_AST_EMPTY:
    case PHPVM_AST_INSTANCEOF:
    case PHPVM_AST_CLOSURE:
    case PHPVM_AST_ARROW_FUNC:
        return true;
    case PHPVM_AST_UNARY_OP:
        return e->flags != PHPVM_AF_UNARY_SILENCE;
    default:
        return false;
    }
}

/* A value passed where known function `lcname` takes argument argno by reference: PHP's Error,
** thrown when the call runs (after the argument is evaluated). */
static void value_for_ref_error(comp_t *c, const char *lcname, uint32_t argno)
{
    char msg[300];
    if (!comp_param_label(c, lcname, argno, msg, sizeof msg - 40))
        return;
    strcat(msg, " cannot be passed by reference");
    throw_when_run(c, msg);
}

static bool is_call_result(const phpvm_ast_t *e)
{
    return e->kind == PHPVM_AST_CALL || e->kind == PHPVM_AST_METHOD_CALL ||
           e->kind == PHPVM_AST_NULLSAFE_METHOD_CALL || e->kind == PHPVM_AST_STATIC_CALL ||
           e->kind == PHPVM_AST_NEW;
}

/* A call's result (on the stack's top) sent where the callee (mode as comp_arg_mode's; unknown:
** asked at run time) takes parameter `param` (JMP_ARG_BYVAL's operand) by reference: PHP passes
** it with a notice unless it is a reference (a by-reference function's). */
static void result_for_ref_notice(comp_t *c, int mode, uint32_t callee_pos, uint32_t param)
{
    if (mode == 1)
        return;
    uint32_t byval = comp_label(c), value_pos = c->depth - 1;
    if (mode == 0)
        comp_emit(c, PHPVM_I_JMP_ARG_BYVAL, 0, 0, callee_pos, param, byval);
    comp_hidden_callee(c, phpvm_ref_arg_notice_fn);
    EMIT1(c, INT, callee_pos);
    EMIT1(c, INT, value_pos);
    comp_emit(c, PHPVM_I_CALL, 4, 1, 2, 0, 0);
    EMIT0(c, POP);
    comp_bind(c, byval);
}

/* A value sent as named argument `name` (a parameter, JMP_ARG_BYVAL's operand) of the callee
** at callee_pos: PHP's Error when the parameter is by reference. */
static void named_value_for_ref(comp_t *c, const char *name, uint32_t callee_pos,
                                uint32_t param)
{
    uint32_t byval = comp_label(c);
    comp_emit(c, PHPVM_I_JMP_ARG_BYVAL, 0, 0, callee_pos, param, byval);
    comp_hidden_callee(c, phpvm_ref_arg_error_fn);
    EMIT1(c, INT, callee_pos);
    push_const(c, comp_str(name, strlen(name)));
    comp_emit(c, PHPVM_I_CALL, 4, 1, 2, 0, 0);
    EMIT0(c, POP);
    comp_bind(c, byval);
}

/* Push variable a as an argument: by value (mode 1; share: as by_value_arg's), by reference
** (2), or as the callee's parameter `param` (JMP_ARG_BYVAL's operand) takes it (0). */
static void send_var(comp_t *c, const phpvm_ast_t *a, int mode, uint32_t callee_pos,
                     uint32_t param, bool share)
{
    if (mode == 1) {
        by_value_arg(c, a, share);
    } else if (mode == 2) {
        comp_ref(c, a);
    } else {
        uint32_t byval = comp_label(c), done = comp_label(c);
        comp_emit(c, PHPVM_I_JMP_ARG_BYVAL, 0, 0, callee_pos, param, byval);
        comp_ref(c, a);
        EMIT1(c, JMP, done);
        c->depth--;
        comp_bind(c, byval);
        if (a->kind == PHPVM_AST_DIM && !a->child[1]) { /* f($a[]), f taking a value after all */
            throw_when_run(c, "Cannot use [] for reading");
            EMIT0(c, NULL);
        } else {
            by_value_arg(c, a, share);
        }
        comp_bind(c, done);
    }
}

/* Push argument a, number i of a call of callee `known` (NULL: unknown) at stack slot
** callee_pos, by value or by reference as the callee's parameter takes it; name: a named
** argument's parameter (asked at run time). share: as by_value_arg's. */
static void send_arg(comp_t *c, const phpvm_ast_t *a, const char *known, uint32_t i,
                     const char *name, uint32_t callee_pos, bool share)
{
    if (a->kind == PHPVM_AST_ASSIGN_REF && plain_cv(c, a->child[0])) {
        /* f($b =& $a) passes the reference made: the plain variable, read again */
        comp_assign_ref(c, a->child[0], a->child[1], false);
        a = a->child[0];
    }
    uint32_t param = name ? PHPVM_ARG_NAMED | comp_name(c, name, strlen(name)) : i;
    if (!comp_is_variable(a)) {
        comp_expr(c, a);
        if (name && value_for_ref(a))
            named_value_for_ref(c, name, callee_pos, param);
        else if (value_for_ref(a) && comp_arg_mode(c, known, i) == 2)
            value_for_ref_error(c, known, i);
        else if (is_call_result(a))
            result_for_ref_notice(c, name ? 0 : comp_arg_mode(c, known, i), callee_pos, param);
        return;
    }
    int mode = name ? 0 : comp_arg_mode(c, known, i);
    send_var(c, a, mode, callee_pos, param, share);
}

/* Push the source a of a spread from argument i on of a call like send_arg's: a variable by
** reference when a parameter from i on may be by reference (ADD_SPREAD then binds the
** elements those take to references, phpvm_spread_args). */
static void send_spread(comp_t *c, const phpvm_ast_t *a, const char *known, uint32_t i,
                        uint32_t callee_pos)
{
    if (!comp_is_variable(a) || (a->kind == PHPVM_AST_DIM && !a->child[1])) {
        comp_expr(c, a);
        return;
    }
    int mode = known ? 1 : 0;
    for (uint32_t j = i; j < i + 32 && mode == 1; j++) /* 32: a builtin's byref mask */
        mode = comp_arg_mode(c, known, j);
    send_var(c, a, mode, callee_pos, PHPVM_ARG_FROM | i, false);
}

void comp_call_args(comp_t *c, const phpvm_ast_t *args, const char *known)
{
    uint32_t callee_pos = c->depth - 2;
    int32_t line = c->line;
    if (args->kind == PHPVM_AST_CALLABLE_CONVERT) {
        EMIT0(c, CALLABLE);
        return;
    }
    if (!comp_args_ordered(c, args))
        return;
    if (args_need_array(args)) {
        /* ADD_ELEM shares each value as it is added, so no argument needs by_value_arg's care */
        EMIT1(c, NEW_ARRAY, args->count);
        for (uint32_t i = 0; i < args->count; i++) {
            const phpvm_ast_t *a = args->child[i];
            if (a->kind == PHPVM_AST_UNPACK) {
                send_spread(c, a->child[0], known, i, callee_pos);
                EMIT1(c, ADD_SPREAD, 1);
            } else if (a->kind == PHPVM_AST_NAMED_ARG) {
                push_const(c, comp_str(a->child[0]->str, a->child[0]->len));
                send_arg(c, a->child[1], known, i, a->child[0]->str, callee_pos, false);
                EMIT0(c, ADD_ARG_KEY);
            } else {
                send_arg(c, a, known, i, NULL, callee_pos, false);
                EMIT0(c, ADD_ELEM);
            }
        }
        c->line = line;
        EMIT0(c, CALL_ARRAY);
        return;
    }
    uint32_t last_writer = 0; /* 1 + the last argument that may write in place */
    for (uint32_t i = 0; i < args->count; i++)
        if (writes_in_place(c, args->child[i]))
            last_writer = i + 1;
    for (uint32_t i = 0; i < args->count; i++)
        send_arg(c, args->child[i], known, i, NULL, callee_pos, i + 1 < last_writer);
    c->line = line;
    comp_emit(c, PHPVM_I_CALL, (int)args->count + 2, 1, args->count, 0, 0);
}

/* assert($x) also receives its source text, the message of a failed assertion, as PHP's
** compiler adds it (named `description` after a named argument, as PHP does). False (nothing
** emitted) when another form applies. */
static bool comp_assert_args(comp_t *c, const phpvm_ast_t *args)
{
    if (args->kind != PHPVM_AST_ARG_LIST || args->count != 1 ||
        args->child[0]->kind == PHPVM_AST_UNPACK)
        return false;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    if (!comp_export(args->child[0], "assert(", ")", &b))
        return false;
    rt_str_t *msg = rt_strbuf_finish(&b, &rt_type_str);
    if (args->child[0]->kind == PHPVM_AST_NAMED_ARG) {
        uint32_t l = args->line;
        phpvm_ast_t *with = phpvm_ast_list(c->arena, PHPVM_AST_ARG_LIST, l);
        phpvm_ast_add(c->arena, with, args->child[0]);
        phpvm_ast_add(c->arena, with,
                      phpvm_ast_new(c->arena, PHPVM_AST_NAMED_ARG, 0, l,
                                    phpvm_ast_str(c->arena, l, "description", 11),
                                    phpvm_ast_str(c->arena, l, msg->data, (size_t)msg->len)));
        comp_call_args(c, with, "assert");
        return true;
    }
    int32_t line = c->line;
    comp_expr(c, args->child[0]);
    push_const(c, rt_from_ptr(msg));
    c->line = line;
    comp_emit(c, PHPVM_I_CALL, 4, 1, 2, 0, 0);
    return true;
}

/* An assert() call runs only while zend.assertions is 1, else it is true without evaluating its
** arguments: the call is guarded by the check (true: *skip is set, the guard's label), or is no
** call at all when zend.assertions was -1 as the file compiled (false: true was pushed). */
static bool assert_guard(comp_t *c, uint32_t *skip)
{
    if (phpvm_vm->zend_assertions < 0) {
        EMIT0(c, TRUE);
        return false;
    }
    comp_hidden_callee(c, phpvm_assertions_on_fn);
    comp_emit(c, PHPVM_I_CALL, 2, 1, 0, 0, 0);
    *skip = comp_label(c);
    EMIT1(c, JMPZ, *skip);
    return true;
}

static void assert_guard_end(comp_t *c, uint32_t skip)
{
    uint32_t done = comp_label(c);
    EMIT1(c, JMP, done);
    c->depth--;
    comp_bind(c, skip);
    EMIT0(c, TRUE);
    comp_bind(c, done);
}

static void comp_name_call(comp_t *c, const phpvm_ast_t *e, const char *n, const char *fb);

static void comp_call(comp_t *c, const phpvm_ast_t *e)
{
    const phpvm_ast_t *callee = e->child[0];
    if (callee->kind == PHPVM_AST_NAME) {
        const char *fb, *n = comp_resolve(c, callee, COMP_NS_FUNC, &fb);
        uint32_t skip;
        if (strcasecmp(fb ? fb : n, "assert") != 0) {
            comp_name_call(c, e, n, fb);
        } else if (assert_guard(c, &skip)) {
            comp_name_call(c, e, n, fb);
            assert_guard_end(c, skip);
        }
        return;
    }
    comp_expr(c, callee);
    EMIT0(c, INIT_DYN);
    comp_call_args(c, e->child[1], NULL);
}

/* Lower-cases a function name into buf (cut at its size); returns the length. */
static size_t lower_name(char *buf, size_t size, const char *n)
{
    size_t len = strlen(n);
    if (len >= size)
        len = size - 1;
    for (size_t i = 0; i < len; i++)
        buf[i] = (char)((n[i] >= 'A' && n[i] <= 'Z') ? n[i] + 32 : n[i]);
    buf[len] = 0;
    return len;
}

/* A call of the function named n (resolved; fb: the global name an unqualified call in a
** namespace falls back to). */
static void comp_name_call(comp_t *c, const phpvm_ast_t *e, const char *n, const char *fb)
{
    char lc[256], lfb[256];
    size_t len = lower_name(lc, sizeof lc, n);
    if (fb) {
        size_t flen = lower_name(lfb, sizeof lfb, fb);
        comp_emit(c, PHPVM_I_INIT_NSFCALL, -2, -2, comp_name(c, lc, len),
                  comp_name(c, lfb, flen), comp_name(c, n, strlen(n)));
    } else {
        EMIT1(c, INIT_FCALL, comp_name(c, lc, len));
    }
    if (strcmp(fb ? lfb : lc, "assert") == 0 && comp_assert_args(c, e->child[1]))
        return;
    comp_call_args(c, e->child[1], fb ? NULL : lc);
}

static void comp_expr_inner(comp_t *c, const phpvm_ast_t *e);
static void chain_base(comp_t *c, const phpvm_ast_t *e);
static bool emit_on_operands(comp_t *c, phpvm_op_t op, const phpvm_ast_t *l,
                             const phpvm_ast_t *r, uint32_t x, bool always);

/* The value operands of container[key], its parts not read in place compiled onto the stack. */
static void dim_operands(comp_t *c, const phpvm_ast_t *e, uint32_t *a, uint32_t *b)
{
    if (!operand_in_place(c, e->child[0], a)) {
        chain_base(c, e->child[0]);
        *a = PHPVM_V_STACK;
    }
    if (!operand_in_place(c, e->child[1], b)) {
        comp_expr(c, e->child[1]);
        *b = PHPVM_V_STACK;
    }
    c->line = (int32_t)e->line;
}

/* container[key]: FETCH_DIM_V when either is read in place (a CV, a literal). */
static void comp_dim_read(comp_t *c, const phpvm_ast_t *e)
{
    uint32_t a, b;
    dim_operands(c, e, &a, &b);
    if (a == PHPVM_V_STACK && b == PHPVM_V_STACK)
        EMIT0(c, FETCH_DIM_R);
    else
        comp_emit(c, PHPVM_I_FETCH_DIM_V, (a == PHPVM_V_STACK) + (b == PHPVM_V_STACK), 1, a, b, 0);
}

/* The statement $cv = a <op> b or $cv = a[b] as one instruction (ADD_TO..., FETCH_DIM_TO), or
** false having emitted nothing. */
static bool assign_stmt_to_cv(comp_t *c, const phpvm_ast_t *e)
{
    const phpvm_ast_t *v = e->child[1];
    if (e->kind != PHPVM_AST_ASSIGN || !plain_cv(c, e->child[0]))
        return false;
    uint32_t slot = comp_cv(c, var_name(c, e->child[0])), a, b;
    int32_t saved = c->line;
    bool done = true;
    if (v->kind == PHPVM_AST_BINARY_OP && (v->flags == PHPVM_AF_BINARY_ADD ||
                                           v->flags == PHPVM_AF_BINARY_SUB ||
                                           v->flags == PHPVM_AF_BINARY_MUL)) {
        if (v->line)
            c->line = (int32_t)v->line;
        emit_on_operands(c, v->flags == PHPVM_AF_BINARY_ADD   ? PHPVM_I_ADD_TO
                            : v->flags == PHPVM_AF_BINARY_SUB ? PHPVM_I_SUB_TO
                                                              : PHPVM_I_MUL_TO,
                         v->child[0], v->child[1], slot, true);
    } else if (operand_in_place(c, v, &a)) {
        if (v->line)
            c->line = (int32_t)v->line;
        comp_emit(c, PHPVM_I_MOVE, 0, 0, a, slot, 0);
    } else if (v->kind == PHPVM_AST_DIM && v->child[1]) {
        dim_operands(c, v, &a, &b);
        comp_emit(c, PHPVM_I_FETCH_DIM_TO, (a == PHPVM_V_STACK) + (b == PHPVM_V_STACK), 0, a, b,
                  slot);
    } else {
        done = false;
    }
    c->line = saved;
    return done;
}

void comp_expr_discard(comp_t *c, const phpvm_ast_t *e)
{
    if (e->kind == PHPVM_AST_ASSIGN_REF) {
        comp_assign_ref(c, e->child[0], e->child[1], false);
        return;
    }
    if (c->file->failed || !assign_stmt_to_cv(c, e)) {
        comp_expr(c, e);
        EMIT0(c, POP);
    }
}

static void chain_base(comp_t *c, const phpvm_ast_t *e)
{
    c->ns_base = true;
    comp_expr(c, e);
}

static void comp_method_call(comp_t *c, const phpvm_ast_t *e, bool nullsafe)
{
    chain_base(c, e->child[0]);
    if (nullsafe)
        EMIT1(c, JMP_NULL, c->ns_label);
    c->line = (int32_t)e->line;
    const phpvm_ast_t *m = e->child[1];
    if (m->kind == PHPVM_AST_ZVAL && m->vtype == PHPVM_ZV_STR) {
        EMIT1(c, INIT_METHOD, comp_name(c, m->str, m->len));
    } else if (m->kind == PHPVM_AST_ZVAL) { /* $o->{0}() */
        comp_fail(c, c->line, "Method name must be a string");
    } else {
        comp_expr(c, m);
        EMIT0(c, INIT_METHOD_DYN);
    }
    comp_call_args(c, e->child[2], NULL);
}

static void comp_static_call(comp_t *c, const phpvm_ast_t *e)
{
    comp_class_ref(c, e->child[0]);
    if (e->child[1]->kind == PHPVM_AST_ZVAL && e->child[1]->vtype != PHPVM_ZV_STR) /* A::{0}() */
        comp_fail(c, (int32_t)e->line, "Method name must be a string");
    uint32_t name = comp_prop_name(c, e->child[1]);
    c->line = (int32_t)e->line;
    EMIT1(c, INIT_STATIC, name);
    comp_call_args(c, e->child[2], NULL);
}

static void comp_new(comp_t *c, const phpvm_ast_t *e)
{
    const phpvm_ast_t *cls = e->child[0];
    if (e->child[1]->kind == PHPVM_AST_CALLABLE_CONVERT) {
        comp_fail(c, (int32_t)e->line, "Cannot create Closure for new expression");
        return;
    }
    if (cls->kind == PHPVM_AST_CLASS) {
        phpvm_class_t *k = comp_class(c, cls);
        EMIT1(c, DECL_CLASS, comp_const(c, rt_from_ptr(k)));
        EMIT2(c, CLASS_REF, 0, rt_code_builder_name(&c->b, k->name));
    } else {
        comp_class_ref(c, cls);
    }
    c->line = (int32_t)e->line;
    /* Without arguments, a class without a constructor skips the call, as PHP does; with
    ** arguments NEW's jump lands on the next instruction and they are evaluated. */
    uint32_t done = comp_label(c);
    EMIT1(c, NEW, done);
    if (e->child[1]->count > 0)
        comp_bind(c, done);
    comp_call_args(c, e->child[1], NULL);
    EMIT0(c, POP);
    if (e->child[1]->count == 0)
        comp_bind(c, done);
}

/* ---- Closures ---- */

static void comp_closure(comp_t *c, const phpvm_ast_t *e)
{
    uint32_t flags = PHPVM_F_CLOSURE | (e->kind == PHPVM_AST_ARROW_FUNC ? PHPVM_F_ARROW : 0);
    phpvm_func_t *f = comp_function(c, e, comp_ns_decl(c, "{closure}"), c->class_name, flags);
    if (!f)
        return;
    if (e->kind == PHPVM_AST_CLOSURE && e->child[3]) {
        const phpvm_ast_t *uses = e->child[3];
        for (uint32_t i = 0; i < uses->count; i++) {
            const phpvm_ast_t *u = uses->child[i];
            uint32_t slot = comp_cv(c, u->child[0]->str);
            if (u->flags & PHPVM_AF_CLOSURE_USE_REF)
                EMIT1(c, MAKE_REF, slot);
            else
                EMIT1(c, LOAD, slot);
        }
    } else {
        for (uint32_t i = 0; i < f->nuses; i++) {
            rt_str_t *n = (rt_str_t *)rt_ptr(rt_tuple_get(f->code->cvnames, f->nparams + i));
            EMIT1(c, LOAD_IS, comp_cv(c, n->data));
        }
    }
    comp_emit(c, PHPVM_I_CLOSURE, (int)f->nuses, 1, comp_const(c, rt_from_ptr(f)), f->nuses, 0);
}

/* ---- Generators ---- */

static void comp_yield(comp_t *c, const phpvm_ast_t *e)
{
    if (c->is_main || !c->func_name) {
        comp_fail(c, (int32_t)e->line, "The \"%s\" expression can only be used inside a function",
                  e->kind == PHPVM_AST_YIELD ? "yield" : "yield from");
        return;
    }
    if (e->kind == PHPVM_AST_YIELD_FROM) {
        if (c->yield_ref) {
            comp_fail(c, (int32_t)e->line,
                      "Cannot use \"yield from\" inside a by-reference generator");
            return;
        }
        comp_expr(c, e->child[0]);
        c->line = (int32_t)e->line;
        EMIT0(c, YIELD_FROM);
        return;
    }
    const phpvm_ast_t *key = e->child[1], *val = e->child[0];
    uint32_t flags = key ? 1 : 0;
    if (key)
        comp_expr(c, key);
    if (val && c->yield_ref && !ref_of_nullsafe_ok(c, val))
        return;
    if (val && c->yield_ref && comp_is_variable(val)) {
        /* function &gen(): the variable itself, for foreach by reference */
        comp_ref(c, val);
        flags |= 2;
    } else if (val && c->yield_ref) {
        comp_hidden_callee(c, phpvm_gen_yield_notice_fn);
        comp_expr(c, val);
        c->line = (int32_t)e->line;
        comp_emit(c, PHPVM_I_CALL, 3, 1, 1, 0, 0);
    } else if (val) {
        comp_expr(c, val);
    } else {
        EMIT0(c, NULL);
    }
    c->line = (int32_t)e->line;
    comp_emit(c, PHPVM_I_YIELD, key ? 2 : 1, 1, flags, 0, 0);
}

/* ---- Other expressions ---- */

/* Emits op, an instruction whose first two operands are value operands (ops.h), on operands l
** and r (those not read in place are compiled onto the stack first), x its third operand.
** With `always` false it emits nothing and returns false when both would be on the stack. */
static bool emit_on_operands(comp_t *c, phpvm_op_t op, const phpvm_ast_t *l,
                             const phpvm_ast_t *r, uint32_t x, bool always)
{
    uint32_t a, b;
    bool la = operand_in_place(c, l, &a);
    if (!la && !always && !operand_in_place(c, r, &b))
        return false;
    int32_t line = c->line;
    if (!la) {
        comp_expr(c, l);
        a = PHPVM_V_STACK;
    }
    if (!operand_in_place(c, r, &b)) {
        comp_expr(c, r);
        b = PHPVM_V_STACK;
    }
    c->line = line;
    comp_emit(c, op, (a == PHPVM_V_STACK) + (b == PHPVM_V_STACK), phpvm_opinfo[op].pushes, a, b,
              x);
    return true;
}

/* The fused compare-and-branch of a comparison operator, or 0. */
static phpvm_op_t jump_unless_op(uint32_t flags)
{
    switch (flags) {
    case PHPVM_AF_BINARY_IS_SMALLER: return PHPVM_I_JMPZ_LT;
    case PHPVM_AF_BINARY_IS_SMALLER_OR_EQUAL: return PHPVM_I_JMPZ_LE;
    case PHPVM_AF_BINARY_IS_GREATER: return PHPVM_I_JMPZ_GT;
    case PHPVM_AF_BINARY_IS_GREATER_OR_EQUAL: return PHPVM_I_JMPZ_GE;
    case PHPVM_AF_BINARY_IS_EQUAL: return PHPVM_I_JMPZ_EQ;
    case PHPVM_AF_BINARY_IS_NOT_EQUAL: return PHPVM_I_JMPZ_NE;
    default: return 0;
    }
}

/* Jumps to label when cond's truth is `when`: && || and ! become jumps, a comparison one
** compare-and-branch instruction (=== and !== in either sense, the others jumping when false). */
static void comp_branch(comp_t *c, const phpvm_ast_t *cond, uint32_t label, bool when)
{
    uint32_t fl = cond->flags;
    rt_value_t lit;
    if (cond->kind != PHPVM_AST_ARRAY && comp_literal(c, cond, &lit) &&
        (rt_is_int(lit) || rt_is_float(lit) || lit == rt_none || lit == rt_true ||
         lit == rt_false)) { /* while (true): the truth is known */
        if (phpvm_to_bool(lit) == when)
            EMIT1(c, JMP, label);
        return;
    }
    if (cond->kind == PHPVM_AST_UNARY_OP && fl == PHPVM_AF_UNARY_BOOL_NOT) {
        comp_branch(c, cond->child[0], label, !when);
        return;
    }
    if (cond->kind == PHPVM_AST_BINARY_OP &&
        (fl == PHPVM_AF_BINARY_BOOL_AND || fl == PHPVM_AF_BINARY_BOOL_OR)) {
        if (when == (fl == PHPVM_AF_BINARY_BOOL_OR)) { /* either side decides the jump */
            comp_branch(c, cond->child[0], label, when);
            comp_branch(c, cond->child[1], label, when);
        } else { /* the left side can decide against it */
            uint32_t skip = comp_label(c);
            comp_branch(c, cond->child[0], skip, !when);
            comp_branch(c, cond->child[1], label, when);
            comp_bind(c, skip);
        }
        return;
    }
    phpvm_op_t op = 0;
    if (cond->kind == PHPVM_AST_BINARY_OP && (fl == PHPVM_AF_BINARY_IS_IDENTICAL ||
                                              fl == PHPVM_AF_BINARY_IS_NOT_IDENTICAL))
        op = (fl == PHPVM_AF_BINARY_IS_IDENTICAL) != when ? PHPVM_I_JMPZ_IDENT
                                                          : PHPVM_I_JMPZ_NIDENT;
    else if (cond->kind == PHPVM_AST_BINARY_OP && !when)
        op = jump_unless_op(fl);
    if (!op) {
        comp_expr(c, cond);
        if (when)
            EMIT1(c, JMPNZ, label);
        else
            EMIT1(c, JMPZ, label);
        return;
    }
    int32_t saved = c->line;
    if (cond->line)
        c->line = (int32_t)cond->line;
    emit_on_operands(c, op, cond->child[0], cond->child[1], label, true);
    c->line = saved;
}

void comp_jump_unless(comp_t *c, const phpvm_ast_t *cond, uint32_t label)
{
    comp_branch(c, cond, label, false);
}

/* The back-edge compare-and-branch of a comparison operator (jumping when it holds), or 0. */
static phpvm_op_t loop_if_op(uint32_t flags)
{
    switch (flags) {
    case PHPVM_AF_BINARY_IS_SMALLER: return PHPVM_I_LOOP_LT;
    case PHPVM_AF_BINARY_IS_SMALLER_OR_EQUAL: return PHPVM_I_LOOP_LE;
    case PHPVM_AF_BINARY_IS_GREATER: return PHPVM_I_LOOP_GT;
    case PHPVM_AF_BINARY_IS_GREATER_OR_EQUAL: return PHPVM_I_LOOP_GE;
    case PHPVM_AF_BINARY_IS_EQUAL: return PHPVM_I_LOOP_EQ;
    case PHPVM_AF_BINARY_IS_NOT_EQUAL: return PHPVM_I_LOOP_NE;
    default: return 0;
    }
}

void comp_loop_if(comp_t *c, const phpvm_ast_t *cond, uint32_t top, uint32_t out)
{
    uint32_t fl = cond->flags;
    if (cond->kind == PHPVM_AST_BINARY_OP && fl == PHPVM_AF_BINARY_BOOL_AND) {
        comp_branch(c, cond->child[0], out, false);
        comp_loop_if(c, cond->child[1], top, out);
        return;
    }
    phpvm_op_t op = cond->kind == PHPVM_AST_BINARY_OP ? loop_if_op(fl) : 0;
    if (!op) {
        comp_branch(c, cond, out, false);
        EMIT1(c, JMP, top); /* a LOOP */
        return;
    }
    int32_t saved = c->line;
    if (cond->line)
        c->line = (int32_t)cond->line;
    emit_on_operands(c, op, cond->child[0], cond->child[1], top, true);
    c->line = saved;
}

static void comp_binary(comp_t *c, const phpvm_ast_t *e)
{
    uint32_t fl = e->flags;
    if (fl == PHPVM_AF_BINARY_BOOL_AND || fl == PHPVM_AF_BINARY_BOOL_OR) {
        uint32_t done = comp_label(c);
        comp_expr(c, e->child[0]);
        if (fl == PHPVM_AF_BINARY_BOOL_AND)
            EMIT1(c, JMPZ_KEEP, done);
        else
            EMIT1(c, JMPNZ_KEEP, done);
        c->depth--;
        comp_expr(c, e->child[1]);
        comp_bind(c, done);
        EMIT0(c, BOOL);
        return;
    }
    if (fl == PHPVM_AF_BINARY_COALESCE) {
        uint32_t done = comp_label(c);
        comp_expr_quiet(c, e->child[0]);
        EMIT1(c, JMP_NOTNULL, done);
        c->depth--;
        comp_expr(c, e->child[1]);
        comp_bind(c, done);
        return;
    }
    phpvm_op_t vop = fl == PHPVM_AF_BINARY_ADD ? PHPVM_I_ADD_V
                   : fl == PHPVM_AF_BINARY_SUB ? PHPVM_I_SUB_V
                   : fl == PHPVM_AF_BINARY_MUL ? PHPVM_I_MUL_V
                   : fl == PHPVM_AF_BINARY_MOD ? PHPVM_I_MOD_V
                                               : PHPVM_I_BINOP_V;
    c->line = (int32_t)e->line;
    if (phpvm_binop_of_ast(fl) >= 0 && fl != PHPVM_AF_BINARY_CONCAT &&
        emit_on_operands(c, vop, e->child[0], e->child[1], (uint32_t)phpvm_binop_of_ast(fl),
                         false))
        return;
    comp_expr(c, e->child[0]);
    comp_expr(c, e->child[1]);
    c->line = (int32_t)e->line;
    switch (fl) {
    case PHPVM_AF_BINARY_ADD: EMIT0(c, ADD); return;
    case PHPVM_AF_BINARY_SUB: EMIT0(c, SUB); return;
    case PHPVM_AF_BINARY_MUL: EMIT0(c, MUL); return;
    case PHPVM_AF_BINARY_CONCAT: EMIT0(c, CONCAT); return;
    case PHPVM_AF_BINARY_IS_SMALLER: EMIT0(c, LT); return;
    case PHPVM_AF_BINARY_IS_SMALLER_OR_EQUAL: EMIT0(c, LE); return;
    case PHPVM_AF_BINARY_IS_GREATER: EMIT0(c, GT); return;
    case PHPVM_AF_BINARY_IS_GREATER_OR_EQUAL: EMIT0(c, GE); return;
    case PHPVM_AF_BINARY_IS_EQUAL: EMIT0(c, EQ); return;
    case PHPVM_AF_BINARY_IS_NOT_EQUAL: EMIT0(c, NE); return;
    case PHPVM_AF_BINARY_IS_IDENTICAL: EMIT0(c, IDENT); return;
    case PHPVM_AF_BINARY_IS_NOT_IDENTICAL: EMIT0(c, NIDENT); return;
    case PHPVM_AF_BINARY_SPACESHIP: EMIT0(c, SPACESHIP); return;
    case PHPVM_AF_BINARY_BOOL_XOR:
        EMIT0(c, BOOL);
        EMIT0(c, SWAP);
        EMIT0(c, BOOL);
        EMIT0(c, NIDENT);
        return;
    default:
        EMIT1(c, BINOP, (uint32_t)phpvm_binop_of_ast(fl));
        return;
    }
}

static void comp_magic(comp_t *c, const phpvm_ast_t *e)
{
    const char *s = "";
    char buf[512];
    switch (e->flags) {
    case PHPVM_AF_MAGIC_LINE:
        push_const(c, rt_small(e->line));
        return;
    case PHPVM_AF_MAGIC_FILE:
        push_const(c, rt_from_ptr(c->file->filename));
        return;
    case PHPVM_AF_MAGIC_DIR: {
        const char *f = c->file->filename->data, *slash = strrchr(f, '/');
        push_const(c, slash ? comp_str(f, (size_t)(slash - f)) : comp_str(".", 1));
        return;
    }
    case PHPVM_AF_MAGIC_FUNCTION:
        s = c->func_name && !c->is_main ? c->func_name : "";
        break;
    case PHPVM_AF_MAGIC_NAMESPACE:
        s = c->file->ns;
        break;
    case PHPVM_AF_MAGIC_CLASS:
        if (c->file->in_trait && c->class_name) {
            EMIT2(c, CLASS_REF, 1, 0);
            EMIT1(c, CLASS_CONST, comp_name(c, "class", 5));
            return;
        }
        s = c->class_name ? c->class_name : "";
        break;
    case PHPVM_AF_MAGIC_TRAIT:
        s = c->file->in_trait && c->class_name ? c->class_name : "";
        break;
    case PHPVM_AF_MAGIC_METHOD: {
        /* a closure's __METHOD__ is just {closure}, even inside a class; a class constant's or
        ** property default's is empty (no function) */
        bool cls = c->class_name && c->func_name && strcmp(c->func_name, "{closure}") != 0;
        snprintf(buf, sizeof buf, "%s%s%s", cls ? c->class_name : "", cls ? "::" : "",
                 c->func_name && !c->is_main ? c->func_name : "");
        s = buf;
        break;
    }
    default:
        break;
    }
    push_const(c, comp_str(s, strlen(s)));
}

static void comp_match(comp_t *c, const phpvm_ast_t *e)
{
    comp_expr(c, e->child[0]);
    const phpvm_ast_t *arms = e->child[1];
    uint32_t done = comp_label(c), dflt = RT_CODE_NO_LABEL;
    uint32_t base = c->depth;
    uint32_t *labels = rt_arena_alloc(c->arena, (arms->count + 1) * sizeof(uint32_t));
    for (uint32_t i = 0; i < arms->count; i++) {
        const phpvm_ast_t *arm = arms->child[i];
        labels[i] = comp_label(c);
        if (!arm->child[0]) {
            dflt = labels[i];
            continue;
        }
        for (uint32_t j = 0; j < arm->child[0]->count; j++) {
            EMIT0(c, DUP);
            comp_expr(c, arm->child[0]->child[j]);
            EMIT0(c, IDENT);
            EMIT1(c, JMPNZ, labels[i]);
        }
    }
    c->line = (int32_t)e->line;
    if (dflt != RT_CODE_NO_LABEL) {
        EMIT1(c, JMP, dflt);
    } else {
        EMIT0(c, MATCH_ERROR);
    }
    for (uint32_t i = 0; i < arms->count; i++) {
        c->depth = base;
        comp_bind(c, labels[i]);
        EMIT0(c, POP);
        comp_expr(c, arms->child[i]->child[1]);
        EMIT1(c, JMP, done);
    }
    c->depth = base;
    comp_bind(c, done);
}

static void comp_isset(comp_t *c, const phpvm_ast_t *v)
{
    switch (v->kind) {
    case PHPVM_AST_VAR:
        if (is_this(v)) {
            EMIT1(c, ISSET_CV, PHPVM_SLOT_THIS);
            return;
        }
        if (comp_dyn_var(c, v)) {
            EMIT1(c, LOAD_VAR, 1 | dyn_scope(v));
            EMIT0(c, ISSET_NOTNULL);
            return;
        }
        EMIT1(c, ISSET_CV, comp_cv(c, var_name(c, v)));
        return;
    case PHPVM_AST_DIM:
        if (!v->child[1]) {
            comp_fail(c, c->line, "Cannot use [] for reading");
            return;
        }
        comp_expr_quiet(c, v->child[0]);
        comp_expr(c, v->child[1]);
        EMIT0(c, ISSET_DIM);
        return;
    case PHPVM_AST_PROP:
        comp_expr_quiet(c, v->child[0]);
        EMIT1(c, ISSET_PROP, comp_prop_name(c, v->child[1]));
        return;
    case PHPVM_AST_STATIC_PROP:
    case PHPVM_AST_NULLSAFE_PROP:
        comp_expr_quiet(c, v);
        EMIT0(c, ISSET_NOTNULL);
        return;
    default:
        comp_fail(c, c->line, "Cannot use isset() on the result of an expression (you can use "
                  "\"null !== expression\" instead)");
    }
}

/* @expr: diagnostics are not shown while it runs; an exception leaving it ends the silence on
** its way out (a try region around the expression). */
static void comp_silence(comp_t *c, const phpvm_ast_t *e)
{
    uint32_t outer_h = c->handler, outer_d = c->handler_depth, depth = c->depth;
    uint32_t fail = comp_label(c), done = comp_label(c);
    EMIT1(c, SILENCE, 1);
    comp_set_handler(c, fail, depth);
    comp_expr(c, e);
    comp_set_handler(c, outer_h, outer_d);
    EMIT1(c, SILENCE, 0);
    EMIT1(c, JMP, done);
    c->depth = depth;
    comp_bind(c, fail);
    EMIT1(c, SILENCE, 0);
    EMIT0(c, CATCH);
    EMIT0(c, RETHROW);
    c->depth = depth + 1;
    comp_bind(c, done);
}

void comp_expr_quiet(comp_t *c, const phpvm_ast_t *e)
{
    switch (e->kind) {
    case PHPVM_AST_VAR:
        load_var(c, e, true);
        return;
    case PHPVM_AST_DIM:
        if (!e->child[1]) {
            comp_fail(c, c->line, "Cannot use [] for reading");
            return;
        }
        comp_expr_quiet(c, e->child[0]);
        comp_expr(c, e->child[1]);
        EMIT0(c, FETCH_DIM_IS);
        return;
    case PHPVM_AST_PROP:
    case PHPVM_AST_NULLSAFE_PROP: {
        uint32_t done = comp_label(c);
        comp_expr_quiet(c, e->child[0]);
        EMIT1(c, JMP_NULL, done);
        EMIT1(c, FETCH_PROP_IS, comp_prop_name(c, e->child[1]));
        comp_bind(c, done);
        return;
    }
    case PHPVM_AST_STATIC_PROP:
        if (e->child[1]->kind == PHPVM_AST_ZVAL && e->child[1]->vtype == PHPVM_ZV_STR) {
            comp_hidden_callee(c, phpvm_sprop_quiet_fn);
            comp_class_ref(c, e->child[0]);
            push_const(c, comp_str(e->child[1]->str, e->child[1]->len));
            comp_emit(c, PHPVM_I_CALL, 4, 1, 2, 0, 0);
            return;
        }
        comp_expr(c, e);
        return;
    default:
        comp_expr(c, e);
    }
}

static void comp_encaps(comp_t *c, const phpvm_ast_t *e)
{
    for (uint32_t i = 0; i < e->count; i++)
        comp_expr(c, e->child[i]);
    c->line = (int32_t)e->line;
    comp_emit(c, PHPVM_I_ROPE, (int)e->count, 1, e->count, 0, 0);
}

static void comp_array(comp_t *c, const phpvm_ast_t *e)
{
    rt_value_t v;
    if (comp_literal(c, e, &v)) {
        push_const(c, v);
        return;
    }
    EMIT1(c, NEW_ARRAY, e->count);
    for (uint32_t i = 0; i < e->count; i++) {
        const phpvm_ast_t *el = e->child[i];
        if (!el) {
            comp_fail(c, c->line, "Cannot use empty array elements in arrays");
            return;
        }
        if (el->kind == PHPVM_AST_UNPACK) {
            comp_expr(c, el->child[0]);
            EMIT1(c, ADD_SPREAD, 0);
            continue;
        }
        if (el->child[1])
            comp_expr(c, el->child[1]);
        if (el->flags & PHPVM_AF_ARRAY_ELEM_REF)
            comp_ref(c, el->child[0]);
        else
            comp_expr(c, el->child[0]);
        if (el->child[1])
            EMIT0(c, ADD_ELEM_KEY);
        else
            EMIT0(c, ADD_ELEM);
    }
}

static void comp_cast(comp_t *c, const phpvm_ast_t *e)
{
    comp_expr(c, e->child[0]);
    if (e->flags == PHPVM_AF_TYPE_BOOL)
        EMIT0(c, BOOL);
    else
        EMIT1(c, CAST, e->flags);
}

static bool chain_element(const phpvm_ast_t *e)
{
    switch (e->kind) {
    case PHPVM_AST_PROP:
    case PHPVM_AST_NULLSAFE_PROP:
    case PHPVM_AST_METHOD_CALL:
    case PHPVM_AST_NULLSAFE_METHOD_CALL:
    case PHPVM_AST_DIM:
        return true;
    default:
        return false;
    }
}

void comp_expr(comp_t *c, const phpvm_ast_t *e)
{
    if (c->file->failed)
        return;
    /* An expression that is not the base of a chain element starts its own nullsafe scope;
    ** the outermost element of a chain binds the label its ?-> jump to. */
    uint32_t saved_ns = c->ns_label;
    if (!c->ns_base)
        c->ns_label = RT_CODE_NO_LABEL;
    c->ns_base = false;
    bool head = c->ns_label == RT_CODE_NO_LABEL && chain_element(e);
    if (head)
        c->ns_label = comp_label(c);
    comp_expr_inner(c, e);
    if (head)
        comp_bind(c, c->ns_label);
    c->ns_label = saved_ns;
}

/* PHP 8's compile error for an unparenthesized ternary as the condition of another (only
** `a ?: b ?: c` stays allowed). */
static bool nested_ternary(comp_t *c, const phpvm_ast_t *e)
{
    static const char *const forms[2][2] = {
        {NULL, "`a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or "
               "`a ?: (b ? c : d)`"},
        {"`a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)`",
         "`a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or "
         "`a ? b : (c ? d : e)`"},
    };
    const phpvm_ast_t *cond = e->child[0];
    if (!cond || cond->kind != PHPVM_AST_CONDITIONAL ||
        cond->flags == PHPVM_AF_PARENTHESIZED_CONDITIONAL)
        return false;
    const char *msg = forms[cond->child[1] != NULL][e->child[1] != NULL];
    if (!msg)
        return false;
    comp_fail(c, (int32_t)e->line, "Unparenthesized %s", msg);
    return true;
}

static void comp_expr_inner(comp_t *c, const phpvm_ast_t *e)
{
    int32_t saved = c->line;
    if (e->line)
        c->line = (int32_t)e->line;
    rt_value_t v;
    if ((e->kind == PHPVM_AST_VAR || e->kind == PHPVM_AST_DIM) &&
        (e->flags & PHPVM_AF_ENCAPS_VAR_DOLLAR_CURLY))
        phpvm_report(PHPVM_E_DEPRECATED,
                     "Using ${var} in strings is deprecated, use {$var} instead",
                     c->file->filename->data, (int32_t)e->line);
    if (e->kind == PHPVM_AST_VAR && e->flags == PHPVM_AF_ENCAPS_VAR_DOLLAR_CURLY_VAR_VAR)
        phpvm_report(PHPVM_E_DEPRECATED,
                     "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} "
                     "instead", c->file->filename->data, (int32_t)e->line);
    switch (e->kind) {
    case PHPVM_AST_ZVAL:
    case PHPVM_AST_CONST:
        if (comp_literal(c, e, &v)) {
            push_const(c, v);
        } else {
            const char *fb, *n = comp_resolve(c, e->child[0], COMP_NS_CONST, &fb);
            if (fb)
                EMIT2(c, CONST_FETCH_NS, comp_name(c, n, strlen(n)), comp_name(c, fb, strlen(fb)));
            else
                EMIT1(c, CONST_FETCH, comp_name(c, n, strlen(n)));
        }
        break;
    case PHPVM_AST_MAGIC_CONST:
        comp_magic(c, e);
        break;
    case PHPVM_AST_VAR:
        load_var(c, e, false);
        break;
    case PHPVM_AST_ASSIGN:
        comp_assign(c, e);
        break;
    case PHPVM_AST_ASSIGN_OP:
        comp_assign_op(c, e);
        break;
    case PHPVM_AST_ASSIGN_REF:
        comp_assign_ref(c, e->child[0], e->child[1], true);
        break;
    case PHPVM_AST_PRE_INC:
    case PHPVM_AST_PRE_DEC:
    case PHPVM_AST_POST_INC:
    case PHPVM_AST_POST_DEC:
        comp_incdec(c, e);
        break;
    case PHPVM_AST_BINARY_OP:
        comp_binary(c, e);
        break;
    case PHPVM_AST_UNARY_OP:
        if (e->flags == PHPVM_AF_UNARY_SILENCE) {
            comp_silence(c, e->child[0]);
            break;
        }
        if (comp_literal(c, e, &v)) {
            push_const(c, v);
            break;
        }
        comp_expr(c, e->child[0]);
        c->line = (int32_t)e->line;
        switch (e->flags) {
        case PHPVM_AF_UNARY_BOOL_NOT: EMIT0(c, NOT); break;
        case PHPVM_AF_UNARY_BITWISE_NOT: EMIT0(c, BNOT); break;
        case PHPVM_AF_UNARY_MINUS: EMIT0(c, NEG); break;
        case PHPVM_AF_UNARY_PLUS: EMIT0(c, PLUS); break;
        default: break;
        }
        break;
    case PHPVM_AST_ARRAY:
        comp_array(c, e);
        break;
    case PHPVM_AST_ENCAPS_LIST:
        comp_encaps(c, e);
        break;
    case PHPVM_AST_DIM:
        if (!e->child[1]) {
            comp_fail(c, c->line, "Cannot use [] for reading");
            break;
        }
        comp_dim_read(c, e);
        break;
    case PHPVM_AST_PROP:
    case PHPVM_AST_NULLSAFE_PROP:
        if (e->kind == PHPVM_AST_PROP && is_this(e->child[0]) &&
            e->child[1]->kind == PHPVM_AST_ZVAL && e->child[1]->vtype == PHPVM_ZV_STR) {
            c->line = (int32_t)e->line;
            EMIT1(c, FETCH_THIS_PROP, comp_prop_name(c, e->child[1]));
            break;
        }
        if (e->kind == PHPVM_AST_PROP && plain_cv(c, e->child[0]) &&
            e->child[1]->kind == PHPVM_AST_ZVAL && e->child[1]->vtype == PHPVM_ZV_STR) {
            c->line = (int32_t)e->line;
            EMIT2(c, FETCH_PROP_CV, comp_cv(c, var_name(c, e->child[0])),
                  comp_prop_name(c, e->child[1]));
            break;
        }
        chain_base(c, e->child[0]);
        if (e->kind == PHPVM_AST_NULLSAFE_PROP)
            EMIT1(c, JMP_NULL, c->ns_label);
        c->line = (int32_t)e->line;
        EMIT1(c, FETCH_PROP_R, comp_prop_name(c, e->child[1]));
        break;
    case PHPVM_AST_STATIC_PROP:
        comp_class_ref(c, e->child[0]);
        EMIT1(c, FETCH_SPROP, comp_prop_name(c, e->child[1]));
        break;
    case PHPVM_AST_CLASS_CONST:
        comp_class_ref(c, e->child[0]);
        EMIT1(c, CLASS_CONST, comp_name(c, e->child[1]->str, e->child[1]->len));
        break;
    case PHPVM_AST_CLASS_NAME:
        if (e->child[0]->kind == PHPVM_AST_NAME && !is_name(e->child[0], "self") &&
            !is_name(e->child[0], "static") && !is_name(e->child[0], "parent")) {
            const char *n = comp_resolve(c, e->child[0], COMP_NS_CLASS, NULL);
            push_const(c, comp_str(n, strlen(n)));
            break;
        }
        if (e->child[0]->kind != PHPVM_AST_NAME) { /* $obj::class */
            if (illegal_class_expr(c, e->child[0]))
                break;
            comp_expr(c, e->child[0]);
            EMIT0(c, CLASS_NAME);
            break;
        }
        comp_class_ref(c, e->child[0]);
        EMIT1(c, CLASS_CONST, comp_name(c, "class", 5));
        break;
    case PHPVM_AST_CALL:
        comp_call(c, e);
        break;
    case PHPVM_AST_SHELL_EXEC: /* `cmd`: the global shell_exec(cmd), as PHP compiles it */
        EMIT1(c, INIT_FCALL, comp_name(c, "shell_exec", 10));
        comp_expr(c, e->child[0]);
        c->line = (int32_t)e->line;
        comp_emit(c, PHPVM_I_CALL, 3, 1, 1, 0, 0);
        break;
    case PHPVM_AST_METHOD_CALL:
    case PHPVM_AST_NULLSAFE_METHOD_CALL:
        comp_method_call(c, e, e->kind == PHPVM_AST_NULLSAFE_METHOD_CALL);
        break;
    case PHPVM_AST_STATIC_CALL:
        comp_static_call(c, e);
        break;
    case PHPVM_AST_NEW:
        comp_new(c, e);
        break;
    case PHPVM_AST_CLONE:
        comp_expr(c, e->child[0]);
        EMIT0(c, CLONE);
        break;
    case PHPVM_AST_INSTANCEOF:
        comp_expr(c, e->child[0]);
        if (e->child[1]->kind == PHPVM_AST_NAME && !is_name(e->child[1], "self") &&
            !is_name(e->child[1], "static") && !is_name(e->child[1], "parent")) {
            const char *n = comp_resolve(c, e->child[1], COMP_NS_CLASS, NULL);
            EMIT1(c, INSTANCEOF_N, comp_name(c, n, strlen(n)));
        } else {
            comp_class_ref(c, e->child[1]);
            EMIT0(c, INSTANCEOF);
        }
        break;
    case PHPVM_AST_ISSET:
        comp_isset(c, e->child[0]);
        break;
    case PHPVM_AST_EMPTY:
        comp_expr_quiet(c, e->child[0]);
        EMIT0(c, NOT);
        break;
    case PHPVM_AST_CAST:
        comp_cast(c, e);
        break;
    case PHPVM_AST_PRINT:
        comp_expr(c, e->child[0]);
        EMIT0(c, ECHO);
        EMIT1(c, INT, 1);
        break;
    case PHPVM_AST_INCLUDE_OR_EVAL:
        comp_expr(c, e->child[0]);
        c->line = (int32_t)e->line;
        /* The file reads and writes this body's variables: all of them stay live. */
        rt_code_builder_pin(&c->b, PHPVM_NHIDDEN, c->ncv);
        EMIT1(c, INCLUDE, e->flags);
        break;
    case PHPVM_AST_EXIT:
        if (e->child[0])
            comp_expr(c, e->child[0]);
        else
            EMIT0(c, NULL);
        comp_hidden_call(c, phpvm_globals_keep_fn); /* the globals outlive the script (dtor.c) */
        EMIT0(c, EXIT);
        c->depth++;
        break;
    case PHPVM_AST_THROW:
        comp_expr(c, e->child[0]);
        c->line = (int32_t)e->line;
        EMIT0(c, THROW);
        c->depth++;
        break;
    case PHPVM_AST_CONDITIONAL: {
        if (nested_ternary(c, e))
            break;
        uint32_t done = comp_label(c);
        if (!e->child[1]) {
            comp_expr(c, e->child[0]);
            EMIT1(c, JMPNZ_KEEP, done);
            c->depth--;
            comp_expr(c, e->child[2]);
        } else {
            uint32_t other = comp_label(c);
            comp_jump_unless(c, e->child[0], other);
            comp_expr(c, e->child[1]);
            EMIT1(c, JMP, done);
            c->depth--;
            comp_bind(c, other);
            comp_expr(c, e->child[2]);
        }
        comp_bind(c, done);
        break;
    }
    case PHPVM_AST_CLOSURE:
    case PHPVM_AST_ARROW_FUNC:
        comp_closure(c, e);
        break;
    case PHPVM_AST_MATCH:
        comp_match(c, e);
        break;
    case PHPVM_AST_REF:
        comp_ref(c, e->child[0]);
        break;
    case PHPVM_AST_YIELD:
    case PHPVM_AST_YIELD_FROM:
        comp_yield(c, e);
        break;
    default:
        comp_fail(c, c->line, "unsupported expression (%s)",
                  phpvm_ast_kind_name((phpvm_ast_kind_t)e->kind));
        break;
    }
    c->line = saved;
}

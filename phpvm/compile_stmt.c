/*
** compile_stmt.c: statements to bytecode: control flow (if, loops, switch, break/continue N),
** foreach by value and by reference, try/catch/finally (a finally block is compiled inline on
** every normal exit path, break/continue/return included, and once more as the handler that
** re-throws), declarations that are not hoisted, global/static/unset/const.
*/
#include <string.h>
#include <strings.h>

#include "phpvm/compile.h"

void comp_stmts(comp_t *c, const phpvm_ast_t *list)
{
    if (!list)
        return;
    if (list->kind != PHPVM_AST_STMT_LIST) {
        comp_stmt(c, list);
        return;
    }
    for (uint32_t i = 0; i < list->count && !c->file->failed; i++)
        if (list->child[i])
            comp_stmt(c, list->child[i]);
}

static void nested(comp_t *c, const phpvm_ast_t *body)
{
    c->nest++;
    comp_stmts(c, body);
    c->nest--;
}

/* ---- Unwinding for break, continue, return ---- */

static void finally_body(comp_t *c, const phpvm_ast_t *body);

static void inline_finally(comp_t *c, uint32_t i)
{
    comp_finally_t fin = c->finallies[i];
    uint32_t saved_n = c->nfinally, saved_h = c->handler, saved_d = c->handler_depth;
    c->nfinally = i;
    comp_set_handler(c, fin.outer_handler, fin.outer_depth);
    finally_body(c, fin.body);
    comp_set_handler(c, saved_h, saved_d);
    c->nfinally = saved_n;
}

void comp_unwind(comp_t *c, uint32_t to_loop, uint32_t to_finally, bool keep_top)
{
    uint32_t tmp = 0;
    if (keep_top && c->nfinally > to_finally) {
        tmp = comp_temp(c);
        EMIT1(c, ASSIGN, tmp);
        EMIT0(c, POP);
    }
    for (uint32_t i = c->nfinally; i > to_finally; i--)
        inline_finally(c, i - 1);
    if (keep_top && c->nfinally > to_finally)
        EMIT1(c, LOAD, tmp);
    for (uint32_t i = c->nloops; i > to_loop; i--) {
        comp_loop_t *l = &c->loops[i - 1];
        if (keep_top && l->kind != 0)
            EMIT0(c, SWAP);
        if (l->kind == 1)
            EMIT0(c, FE_FREE);
        else if (l->kind == 2)
            EMIT0(c, POP);
    }
}

static comp_loop_t *push_loop(comp_t *c, int kind)
{
    if (c->nloops == sizeof c->loops / sizeof c->loops[0]) {
        comp_fail(c, c->line, "loops nested too deeply");
        return &c->loops[0];
    }
    comp_loop_t *l = &c->loops[c->nloops++];
    l->brk = comp_label(c);
    l->cont = comp_label(c);
    l->depth = c->depth;
    l->nfinally = c->nfinally;
    l->in_finally = c->in_finally;
    l->kind = kind;
    return l;
}

/* PHP's compile-time warning for a `continue n` (n levels) whose target is a switch, which it
** leaves as `break n` would; outer: a loop or switch encloses that switch. */
static void continue_in_switch(comp_t *c, int32_t line, int64_t n, bool outer)
{
    char what[32] = "continue", brk[32] = "break", hint[64] = "", msg[200];
    if (n > 1) {
        snprintf(what, sizeof what, "continue %d", (int)n);
        snprintf(brk, sizeof brk, "break %d", (int)n);
    }
    if (outer)
        snprintf(hint, sizeof hint, ". Did you mean to use \"continue %d\"?", (int)n + 1);
    snprintf(msg, sizeof msg, "\"%s\" targeting switch is equivalent to \"%s\"%s", what, brk, hint);
    phpvm_report(PHPVM_E_WARNING, msg, c->file->filename->data, line);
}

static void comp_break(comp_t *c, const phpvm_ast_t *s, bool is_break)
{
    int64_t n = s->child[0] ? s->child[0]->lval : 1;
    const char *what = is_break ? "break" : "continue";
    if (n < 1) {
        comp_fail(c, (int32_t)s->line, "'%s' operator accepts only positive integers", what);
        return;
    }
    if (c->nloops == 0) {
        comp_fail(c, (int32_t)s->line, "'%s' not in the 'loop' or 'switch' context", what);
        return;
    }
    if ((uint32_t)n > c->nloops) {
        comp_fail(c, (int32_t)s->line, "Cannot '%s' %d level%s", what, (int)n, n > 1 ? "s" : "");
        return;
    }
    uint32_t idx = c->nloops - (uint32_t)n, depth = c->depth;
    comp_loop_t *l = &c->loops[idx];
    if (l->in_finally < c->in_finally) {
        comp_fail(c, (int32_t)s->line, "jump out of a finally block is disallowed");
        return;
    }
    if (!is_break && l->kind == 2) /* a switch: PHP's warning */
        continue_in_switch(c, (int32_t)s->line, n, idx > 0);
    comp_unwind(c, idx + 1, l->nfinally, false);
    EMIT1(c, JMP, is_break ? l->brk : l->cont);
    c->depth = depth;
}

static void comp_return(comp_t *c, const phpvm_ast_t *s)
{
    uint32_t depth = c->depth; /* what the (unreachable) statements after it see */
    const phpvm_ast_t *e = s->child[0];
    if (e && c->return_ref &&
        (e->kind == PHPVM_AST_VAR || e->kind == PHPVM_AST_DIM || e->kind == PHPVM_AST_PROP ||
         e->kind == PHPVM_AST_STATIC_PROP))
        comp_ref(c, e); /* RETURN keeps the reference of a by-reference function */
    else if (e)
        comp_expr(c, e);
    else
        EMIT0(c, NULL);
    c->line = (int32_t)s->line;
    if (e && c->return_ref &&
        (e->kind == PHPVM_AST_CALL || e->kind == PHPVM_AST_METHOD_CALL ||
         e->kind == PHPVM_AST_STATIC_CALL))
        comp_ref_result_check(c, 1);
    if (e && c->return_ref && !comp_is_variable(e) && e->kind != PHPVM_AST_CALL &&
        e->kind != PHPVM_AST_METHOD_CALL && e->kind != PHPVM_AST_STATIC_CALL &&
        e->kind != PHPVM_AST_NULLSAFE_METHOD_CALL) {
        /* a value, no variable: the notice, which returns it as a reference */
        comp_hidden_callee(c, phpvm_ref_return_notice_fn);
        EMIT0(c, ROT3);
        comp_emit(c, PHPVM_I_CALL, 3, 1, 1, 0, 0);
    }
    if (c->verify_return && c->return_ref && e)
        EMIT0(c, VERIFY_RETURN_REF);
    else if (c->verify_return)
        EMIT0(c, VERIFY_RETURN);
    comp_unwind(c, 0, 0, true);
    EMIT0(c, RETURN);
    c->depth = depth;
}

/* ---- Loops ---- */

/* while and for test at the bottom (loop inversion): a jump to the test enters the loop, and each
** iteration ends in one compare-and-branch back to the top (comp_loop_if), the JIT's back edge.
** The test's instructions carry the statement's line, as when they were first. */
static void loop_test(comp_t *c, const phpvm_ast_t *s, const phpvm_ast_t *cond, uint32_t top,
                      uint32_t brk)
{
    c->line = (int32_t)s->line;
    comp_loop_if(c, cond, top, brk);
}

static void comp_while(comp_t *c, const phpvm_ast_t *s)
{
    comp_loop_t *l = push_loop(c, 0);
    uint32_t brk = l->brk, cont = l->cont, top = comp_label(c);
    EMIT1(c, JMP, cont);
    comp_bind(c, top);
    nested(c, s->child[1]);
    comp_bind(c, cont);
    loop_test(c, s, s->child[0], top, brk);
    comp_bind(c, brk);
    c->nloops--;
}

static void comp_do_while(comp_t *c, const phpvm_ast_t *s)
{
    comp_loop_t *l = push_loop(c, 0);
    uint32_t brk = l->brk, cont = l->cont, top = comp_label(c);
    comp_bind(c, top);
    nested(c, s->child[0]);
    comp_bind(c, cont);
    comp_loop_if(c, s->child[1], top, brk);
    comp_bind(c, brk);
    c->nloops--;
}

static void expr_list_discard(comp_t *c, const phpvm_ast_t *list)
{
    for (uint32_t i = 0; list && i < list->count; i++)
        comp_expr_discard(c, list->child[i]);
}

static void comp_for(comp_t *c, const phpvm_ast_t *s)
{
    expr_list_discard(c, s->child[0]);
    comp_loop_t *l = push_loop(c, 0);
    uint32_t brk = l->brk, cont = l->cont, top = comp_label(c), test = comp_label(c);
    const phpvm_ast_t *cond = s->child[1];
    uint32_t n = cond ? cond->count : 0;
    if (n)
        EMIT1(c, JMP, test);
    comp_bind(c, top);
    nested(c, s->child[3]);
    comp_bind(c, cont);
    expr_list_discard(c, s->child[2]);
    comp_bind(c, test);
    c->line = (int32_t)s->line;
    for (uint32_t i = 0; i + 1 < n; i++) {
        comp_expr(c, cond->child[i]);
        EMIT0(c, POP);
    }
    if (n)
        loop_test(c, s, cond->child[n - 1], top, brk);
    else
        EMIT1(c, JMP, top);
    comp_bind(c, brk);
    c->nloops--;
}

static bool is_call(const phpvm_ast_t *e);

static void comp_foreach(comp_t *c, const phpvm_ast_t *s)
{
    const phpvm_ast_t *value = s->child[1], *key = s->child[2];
    if (key && key->kind == PHPVM_AST_ARRAY) {
        comp_fail(c, (int32_t)s->line, "Cannot use list as key element");
        return;
    }
    bool list_ref = comp_list_has_ref(value);
    bool byref = value->kind == PHPVM_AST_REF || list_ref;
    if (byref) {
        if (!list_ref)
            value = value->child[0];
        comp_container(c, s->child[0]);
        EMIT0(c, FE_RESET_W);
    } else {
        comp_expr(c, s->child[0]);
        EMIT1(c, FE_RESET, 0);
    }
    comp_loop_t *l = push_loop(c, 1);
    uint32_t brk = l->brk, cont = l->cont, depth = c->depth;
    comp_bind(c, cont);
    comp_emit(c, PHPVM_I_FE_FETCH, 1, key ? 3 : 2, key ? 1 : 0, brk, 0);
    if (key) {
        comp_assign_to(c, key, (int32_t)s->line);
        EMIT0(c, POP);
    }
    if (list_ref) {
        EMIT0(c, FETCH_REF_W);
        comp_list(c, value);
        EMIT0(c, POP);
    } else if (byref) {
        comp_bind_ref(c, value);
    } else {
        comp_assign_to(c, value, (int32_t)s->line);
        EMIT0(c, POP);
    }
    nested(c, s->child[3]);
    EMIT1(c, JMP, cont);
    c->depth = depth;
    comp_bind(c, brk);
    EMIT0(c, FE_FREE);
    /* a call's or new's result (a generator, an iterator) is gone: a destructor point */
    if (!byref && is_call(s->child[0]))
        EMIT1(c, DTOR_POINT, 1);
    c->nloops--;
}

static void comp_switch(comp_t *c, const phpvm_ast_t *s)
{
    comp_expr(c, s->child[0]);
    comp_loop_t *l = push_loop(c, 2);
    uint32_t brk = l->brk;
    l->cont = brk;
    const phpvm_ast_t *cases = s->child[1];
    uint32_t *labels = rt_arena_alloc(c->arena, (cases->count + 1) * sizeof(uint32_t));
    uint32_t dflt = brk;
    for (uint32_t i = 0; i < cases->count; i++) {
        const phpvm_ast_t *k = cases->child[i];
        labels[i] = comp_label(c);
        if (!k->child[0]) {
            dflt = labels[i];
            continue;
        }
        EMIT0(c, DUP);
        comp_expr(c, k->child[0]);
        EMIT0(c, EQ);
        EMIT1(c, JMPNZ, labels[i]);
    }
    EMIT1(c, JMP, dflt);
    for (uint32_t i = 0; i < cases->count; i++) {
        comp_bind(c, labels[i]);
        nested(c, cases->child[i]->child[1]);
    }
    comp_bind(c, brk);
    EMIT0(c, POP);
    c->nloops--;
}

static void comp_if(comp_t *c, const phpvm_ast_t *s)
{
    uint32_t done = comp_label(c);
    for (uint32_t i = 0; i < s->count; i++) {
        const phpvm_ast_t *el = s->child[i];
        if (!el->child[0]) {
            nested(c, el->child[1]);
            break;
        }
        uint32_t next = comp_label(c);
        c->line = (int32_t)el->line;
        comp_jump_unless(c, el->child[0], next);
        nested(c, el->child[1]);
        if (i + 1 < s->count)
            EMIT1(c, JMP, done);
        comp_bind(c, next);
    }
    comp_bind(c, done);
}

/* ---- try / catch / finally ---- */

static void comp_catches(comp_t *c, const phpvm_ast_t *catches, uint32_t done, uint32_t depth,
                         uint32_t fin_handler, const phpvm_ast_t *finally)
{
    EMIT0(c, CATCH);
    for (uint32_t i = 0; i < catches->count; i++) {
        const phpvm_ast_t *k = catches->child[i];
        uint32_t body = comp_label(c), next = comp_label(c);
        const phpvm_ast_t *types = k->child[0];
        for (uint32_t j = 0; j < types->count; j++) {
            const char *n = comp_resolve(c, types->child[j], COMP_NS_CLASS, NULL);
            if (strcasecmp(n, "static") == 0)
                comp_fail(c, (int32_t)k->line, "Bad class name in the catch statement");
            EMIT0(c, DUP);
            EMIT1(c, INSTANCEOF_N, comp_name(c, n, strlen(n)));
            EMIT1(c, JMPNZ, body);
        }
        EMIT1(c, JMP, next);
        comp_bind(c, body);
        if (k->child[1]) {
            c->line = (int32_t)k->line;
            comp_assign_to(c, k->child[1], (int32_t)k->line);
        }
        EMIT0(c, POP);
        if (finally)
            comp_set_handler(c, fin_handler, depth);
        nested(c, k->child[2]);
        if (finally) {
            inline_finally(c, c->nfinally - 1);
        }
        EMIT1(c, JMP, done);
        c->depth = depth + 1;
        comp_bind(c, next);
    }
    EMIT0(c, RETHROW);
    c->depth = depth;
}

static void comp_try(comp_t *c, const phpvm_ast_t *s)
{
    const phpvm_ast_t *catches = s->child[1], *finally = s->child[2];
    bool has_catch = catches && catches->count > 0;
    uint32_t outer_h = c->handler, outer_d = c->handler_depth, depth = c->depth;
    uint32_t done = comp_label(c), catch_l = comp_label(c), fin_l = comp_label(c);
    if (finally) {
        comp_finally_t *f = &c->finallies[c->nfinally++];
        f->body = finally;
        f->outer_handler = outer_h;
        f->outer_depth = outer_d;
    }
    comp_set_handler(c, has_catch ? catch_l : fin_l, depth);
    nested(c, s->child[0]);
    comp_set_handler(c, outer_h, outer_d);
    if (finally)
        inline_finally(c, c->nfinally - 1);
    EMIT1(c, JMP, done);
    if (has_catch) {
        comp_bind(c, catch_l);
        comp_set_handler(c, finally ? fin_l : outer_h, finally ? depth : outer_d);
        comp_catches(c, catches, done, depth, fin_l, finally);
        comp_set_handler(c, outer_h, outer_d);
    }
    if (finally) {
        c->nfinally--;
        comp_bind(c, fin_l);
        uint32_t tmp = comp_temp(c), chain = comp_label(c);
        EMIT0(c, CATCH);
        EMIT1(c, ASSIGN, tmp);
        EMIT0(c, POP);
        comp_set_handler(c, chain, depth);
        finally_body(c, finally);
        comp_set_handler(c, outer_h, outer_d);
        EMIT1(c, LOAD_IS, tmp);
        EMIT0(c, RETHROW);
        /* An exception escaping the finally block gets the pending one as its previous. */
        c->depth = depth;
        comp_bind(c, chain);
        comp_hidden_callee(c, phpvm_exc_chain_fn);
        EMIT0(c, CATCH);
        EMIT1(c, LOAD_IS, tmp);
        comp_emit(c, PHPVM_I_CALL, 4, 1, 2, 0, 0);
        EMIT0(c, RETHROW);
        c->depth = depth;
    }
    comp_bind(c, done);
}

/* ---- Declarations and the rest ---- */

/* Sets *init to the initializer of the last `static $name` in n, not looking into nested
** functions and classes. */
static void last_static(const phpvm_ast_t *n, const char *name, const phpvm_ast_t **init)
{
    if (!n || n->kind == PHPVM_AST_ZVAL || n->kind == PHPVM_AST_FUNC_DECL ||
        n->kind == PHPVM_AST_CLOSURE || n->kind == PHPVM_AST_ARROW_FUNC ||
        n->kind == PHPVM_AST_METHOD || n->kind == PHPVM_AST_CLASS)
        return;
    if (n->kind == PHPVM_AST_STATIC && strcmp(n->child[0]->child[0]->str, name) == 0)
        *init = n->child[1];
    for (uint32_t i = 0; i < n->count; i++)
        last_static(n->child[i], name, init);
}

static void comp_static(comp_t *c, const phpvm_ast_t *s)
{
    const phpvm_ast_t *v = s->child[0], *init = s->child[1];
    const char *name = v->child[0]->str;
    /* PHP 8.2 keeps one initial value per static variable: its last declaration's */
    last_static(c->body, name, &init);
    uint32_t slot = comp_cv(c, name), skip = comp_label(c);
    EMIT2(c, STATIC_VAR, slot, comp_name(c, name, strlen(name)));
    EMIT1(c, JMPZ, skip);
    if (init)
        comp_expr(c, init);
    else
        EMIT0(c, NULL);
    EMIT1(c, ASSIGN, slot);
    EMIT0(c, POP);
    comp_bind(c, skip);
}

/* The container of unset($a[k]...): as comp_container, but missing elements and null or unset
** variables are not vivified into arrays on the way (PHP's FETCH_*_UNSET). */
static void unset_container(comp_t *c, const phpvm_ast_t *e)
{
    const phpvm_ast_t *n = e->child[0];
    if (e->kind == PHPVM_AST_VAR && !(e->flags & COMP_VAR_GLOBAL) && n &&
        n->kind == PHPVM_AST_ZVAL && n->vtype == PHPVM_ZV_STR && strcmp(n->str, "this") != 0 &&
        strcmp(n->str, "GLOBALS") != 0) {
        EMIT2(c, FETCH_W, comp_cv(c, n->str), 2);
    } else if (e->kind == PHPVM_AST_DIM && e->child[1]) {
        unset_container(c, e->child[0]);
        comp_expr(c, e->child[1]);
        EMIT0(c, FETCH_DIM_UNSET);
    } else if (e->kind == PHPVM_AST_DIM) {
        comp_fail(c, c->line, "Cannot use [] for unsetting");
    } else {
        comp_container(c, e);
    }
}

static void comp_unset(comp_t *c, const phpvm_ast_t *v)
{
    switch (v->kind) {
    case PHPVM_AST_VAR:
        if (v->child[0] && v->child[0]->kind == PHPVM_AST_ZVAL &&
            strcmp(v->child[0]->str, "this") == 0) {
            comp_fail(c, c->line, "Cannot unset $this");
            return;
        }
        if (comp_globals_unset(c, v))
            return;
        if (comp_dyn_var(c, v))
            EMIT1(c, UNSET_VAR, dyn_scope(v));
        else
            EMIT1(c, UNSET_CV, comp_cv(c, v->child[0]->str));
        return;
    case PHPVM_AST_DIM:
        if (!v->child[1]) {
            comp_fail(c, c->line, "Cannot use [] for unsetting");
            return;
        }
        unset_container(c, v->child[0]);
        comp_expr(c, v->child[1]);
        EMIT0(c, UNSET_DIM);
        return;
    case PHPVM_AST_PROP:
        comp_expr(c, v->child[0]);
        EMIT1(c, UNSET_PROP, comp_prop_name(c, v->child[1]));
        return;
    case PHPVM_AST_CALL:
    case PHPVM_AST_METHOD_CALL:
    case PHPVM_AST_NULLSAFE_METHOD_CALL:
    case PHPVM_AST_STATIC_CALL:
        comp_fail(c, c->line, "Can't use function return value in write context");
        return;
    default:
        comp_fail(c, c->line, "Cannot unset this expression");
    }
}

/* Records the labels of a body with the loops and finally blocks enclosing each, as the
** statement compilers push them (goto may leave those, not enter them). */
static void scan_labels(comp_t *c, const phpvm_ast_t *n, uint32_t loops, uint32_t fins,
                        uint32_t in_fin, uint32_t *count)
{
    if (!n || n->kind == PHPVM_AST_ZVAL)
        return;
    switch (n->kind) {
    case PHPVM_AST_FUNC_DECL:
    case PHPVM_AST_CLASS:
    case PHPVM_AST_CLOSURE:
    case PHPVM_AST_ARROW_FUNC:
        return;
    case PHPVM_AST_WHILE:
    case PHPVM_AST_DO_WHILE:
    case PHPVM_AST_FOR:
    case PHPVM_AST_FOREACH:
    case PHPVM_AST_SWITCH:
        loops++;
        break;
    case PHPVM_AST_TRY:
        if (n->child[2]) {
            scan_labels(c, n->child[0], loops, fins + 1, in_fin, count);
            scan_labels(c, n->child[1], loops, fins + 1, in_fin, count);
            scan_labels(c, n->child[2], loops, fins, in_fin + 1, count);
            return;
        }
        break;
    case PHPVM_AST_LABEL: {
        rt_str_t *name = rt_str_from_cstr(n->child[0]->str);
        if (rt_map_get_str(c->labels, name) != RT_NOVALUE) {
            comp_fail(c, (int32_t)n->line, "Label '%s' already defined", name->data);
            return;
        }
        c->gotos = rt_arena_grow(c->arena, c->gotos, *count * sizeof *c->gotos,
                                 (*count + 1) * sizeof *c->gotos);
        c->gotos[*count] = (comp_goto_t){comp_label(c), loops, fins, in_fin};
        rt_map_set_str(c->labels, name, rt_small(*count));
        ++*count;
        return;
    }
    default:
        break;
    }
    for (uint32_t i = 0; i < n->count; i++)
        scan_labels(c, n->child[i], loops, fins, in_fin, count);
}

static void find_labels(comp_t *c)
{
    if (!c->labels) {
        uint32_t count = 0;
        c->labels = rt_map_new(0);
        scan_labels(c, c->body, 0, 0, 0, &count);
    }
}

/* Gives the labels in a finally body fresh code labels: the body is compiled once per way out
** of its try (inline) and once more as the exception path, each copy with its own labels. */
static void relabel(comp_t *c, const phpvm_ast_t *n)
{
    if (!n || n->kind == PHPVM_AST_ZVAL || n->kind == PHPVM_AST_FUNC_DECL ||
        n->kind == PHPVM_AST_CLASS || n->kind == PHPVM_AST_CLOSURE ||
        n->kind == PHPVM_AST_ARROW_FUNC)
        return;
    if (n->kind == PHPVM_AST_LABEL) {
        rt_value_t i = rt_map_get_str(c->labels, rt_str_from_cstr(n->child[0]->str));
        if (i != RT_NOVALUE)
            c->gotos[rt_small_value(i)].label = comp_label(c);
        return;
    }
    for (uint32_t i = 0; i < n->count; i++)
        relabel(c, n->child[i]);
}

static void finally_body(comp_t *c, const phpvm_ast_t *body)
{
    find_labels(c);
    relabel(c, body);
    c->in_finally++;
    nested(c, body);
    c->in_finally--;
}

/* `label:` binds the label; `goto label` leaves the loops and finally blocks around it. */
static void comp_goto(comp_t *c, const phpvm_ast_t *s)
{
    find_labels(c);
    const char *name = s->child[0]->str;
    rt_value_t i = rt_map_get_str(c->labels, rt_str_from_cstr(name));
    if (s->kind == PHPVM_AST_LABEL) {
        if (i != RT_NOVALUE)
            comp_bind(c, c->gotos[rt_small_value(i)].label);
        return;
    }
    if (i == RT_NOVALUE) {
        comp_fail(c, (int32_t)s->line, "'goto' to undefined label '%s'", name);
        return;
    }
    const comp_goto_t *g = &c->gotos[rt_small_value(i)];
    if (g->in_finally < c->in_finally) {
        comp_fail(c, (int32_t)s->line, "jump out of a finally block is disallowed");
        return;
    }
    /* (into a try or catch block a finally guards is allowed: leaving it runs the finally) */
    if (g->loops > c->nloops || g->in_finally > c->in_finally) {
        comp_fail(c, (int32_t)s->line, g->loops > c->nloops
                                           ? "'goto' into loop or switch statement is disallowed"
                                           : "jump into a finally block is disallowed");
        return;
    }
    uint32_t depth = c->depth;
    comp_unwind(c, g->loops, g->finallies, false);
    EMIT1(c, JMP, g->label);
    c->depth = depth;
}

static bool is_call(const phpvm_ast_t *e)
{
    return e->kind == PHPVM_AST_CALL || e->kind == PHPVM_AST_METHOD_CALL ||
           e->kind == PHPVM_AST_NULLSAFE_METHOD_CALL || e->kind == PHPVM_AST_STATIC_CALL ||
           e->kind == PHPVM_AST_NEW;
}

/* Whether expression statement e is a destructor point (dtor.c): it assigns null, a new object
** or a clone (the old value may have been an object's last reference), or, in the main script,
** it calls (the callee's locals are gone) or assigns what a call returns. In a file that
** declares a destructor (or compiled while destructible objects exist), every assignment of
** the main script is one, and in functions call statements and assignments of literals (a
** point collects: assignments of variables and calls in functions, the bulk of hot code,
** stay free); elsewhere the points would cost for nothing. */
static bool assigns_null(const phpvm_ast_t *e)
{
    const phpvm_ast_t *rhs = e->kind == PHPVM_AST_ASSIGN ? e->child[1] : NULL;
    return rhs && rhs->kind == PHPVM_AST_CONST &&
           strcasecmp(comp_name_text(rhs->child[0]), "null") == 0;
}

static bool drops_objects(comp_t *c, const phpvm_ast_t *e)
{
    bool calls = c->is_main || c->file->dtors;
    if (e->kind == PHPVM_AST_ASSIGN) {
        const phpvm_ast_t *rhs = e->child[1];
        if (assigns_null(e) || rhs->kind == PHPVM_AST_NEW || rhs->kind == PHPVM_AST_CLONE ||
            (c->file->dtors && (c->is_main || rhs->kind == PHPVM_AST_ZVAL ||
                                rhs->kind == PHPVM_AST_ARRAY || rhs->kind == PHPVM_AST_CONST)))
            return true;
        return c->is_main && is_call(rhs);
    }
    return calls && is_call(e);
}

void comp_stmt(comp_t *c, const phpvm_ast_t *s)
{
    if (s->line)
        c->line = (int32_t)s->line;
    switch (s->kind) {
    case PHPVM_AST_STMT_LIST:
        comp_stmts(c, s);
        break;
    case PHPVM_AST_ECHO:
        comp_expr(c, s->child[0]);
        c->line = (int32_t)s->line;
        EMIT0(c, ECHO);
        break;
    case PHPVM_AST_IF:
        comp_if(c, s);
        break;
    case PHPVM_AST_WHILE:
        comp_while(c, s);
        break;
    case PHPVM_AST_DO_WHILE:
        comp_do_while(c, s);
        break;
    case PHPVM_AST_FOR:
        comp_for(c, s);
        break;
    case PHPVM_AST_FOREACH:
        comp_foreach(c, s);
        break;
    case PHPVM_AST_SWITCH:
        comp_switch(c, s);
        break;
    case PHPVM_AST_BREAK:
    case PHPVM_AST_CONTINUE:
        comp_break(c, s, s->kind == PHPVM_AST_BREAK);
        break;
    case PHPVM_AST_RETURN:
        comp_return(c, s);
        break;
    case PHPVM_AST_TRY:
        comp_try(c, s);
        break;
    case PHPVM_AST_GLOBAL: {
        const phpvm_ast_t *n = s->child[0]->child[0];
        if (n->kind == PHPVM_AST_ZVAL && n->vtype == PHPVM_ZV_STR) {
            EMIT2(c, GLOBAL, comp_cv(c, n->str), comp_name(c, n->str, strlen(n->str)));
            break;
        }
        /* global ${expr}: the name is evaluated once, then the local of that name is bound
        ** to the global's reference. */
        comp_expr(c, n);
        EMIT0(c, DUP);
        EMIT1(c, MAKE_REF_VAR, 2);
        EMIT0(c, SWAP);
        EMIT1(c, BIND_REF_VAR, 0);
        break;
    }
    case PHPVM_AST_STATIC:
        comp_static(c, s);
        break;
    case PHPVM_AST_UNSET:
        comp_unset(c, s->child[0]);
        EMIT1(c, DTOR_POINT, 1);
        break;
    case PHPVM_AST_CONST_DECL:
        for (uint32_t i = 0; i < s->count; i++) {
            const phpvm_ast_t *el = s->child[i];
            comp_expr(c, el->child[1]);
            const char *n = comp_ns_decl(c, el->child[0]->str);
            EMIT1(c, DEFINE_CONST, comp_name(c, n, strlen(n)));
        }
        break;
    case PHPVM_AST_FUNC_DECL:
        if (c->is_main && c->nest == 0)
            break; /* hoisted */
        {
            phpvm_func_t *f = comp_function(c, s, comp_ns_decl(c, s->child[0]->str), NULL, 0);
            if (f)
                EMIT1(c, DECL_FUNC, comp_const(c, rt_from_ptr(f)));
        }
        break;
    case PHPVM_AST_CLASS: {
        if (c->in_class) {
            comp_fail(c, (int32_t)s->line, "Class declarations may not be nested");
            break;
        }
        /* (a hoisted class that was bound early is linked already: nothing to do here) */
        phpvm_class_t *k = comp_class_hoisted(c, s);
        if (!k)
            k = comp_class(c, s);
        if (k)
            EMIT1(c, DECL_CLASS, comp_const(c, rt_from_ptr(k)));
        break;
    }
    case PHPVM_AST_NAMESPACE:
        comp_ns_stmt(c, s);
        if (s->child[1]) {
            comp_stmts(c, s->child[1]);
            c->file->ns = "";
        }
        break;
    case PHPVM_AST_DECLARE: {
        int64_t outer = c->file->ticks;
        comp_declare_ticks(c, s);
        if (s->child[1]) {
            comp_stmts(c, s->child[1]);
            c->file->ticks = outer;
        }
        break;
    }
    case PHPVM_AST_USE:
    case PHPVM_AST_GROUP_USE:
        comp_ns_stmt(c, s);
        break;
    case PHPVM_AST_HALT_COMPILER:
        break;
    case PHPVM_AST_LABEL:
    case PHPVM_AST_GOTO:
        comp_goto(c, s);
        break;
    default:
        comp_expr_discard(c, s);
        if (drops_objects(c, s))
            EMIT1(c, DTOR_POINT, assigns_null(s));
        break;
    }
    /* declare(ticks=N): every statement but a list or a label is a tick, unless its code ends
    ** with a tick already (PHP's rule: an if ending in its branch's tick adds none). */
    if (c->file->ticks > 0 && s->kind != PHPVM_AST_STMT_LIST && s->kind != PHPVM_AST_LABEL &&
        rt_code_builder_pc(&c->b) != c->tick_end) {
        comp_hidden_callee(c, phpvm_tick_fn);
        EMIT1(c, INT, (uint32_t)(int32_t)(c->file->ticks > INT32_MAX ? INT32_MAX : c->file->ticks));
        comp_emit(c, PHPVM_I_CALL, 3, 1, 1, 0, 0);
        EMIT0(c, POP);
        c->tick_end = rt_code_builder_pc(&c->b);
    }
}

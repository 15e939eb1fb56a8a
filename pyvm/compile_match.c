/*
** compile_match.c: the match statement (compile.h). The subject stays on the value stack while
** the cases are tried; each case matches a copy of it. A pattern consumes the value on top of the
** stack; on failure it jumps to the case's failure label with that value gone, through small
** out-of-line stubs that first pop whatever sub-values a destructuring pattern had pushed. Runtime
** checks are the MATCH_SEQUENCE / MATCH_MAPPING / MATCH_KEYS / MATCH_CLASS instructions.
*/
#include <string.h>

#include "pyvm/compile.h"

typedef struct fail_stub {
    uint32_t label;
    uint32_t pops;
} fail_stub_t;

/* Failure exits of one case: stubs popping `pops` values before jumping to the case's end. */
typedef struct match_ctx {
    uint32_t fail;
    fail_stub_t stubs[64];
    int nstubs;
} match_ctx_t;

/* A label that, jumped to with `pops` extra values on the stack, pops them and fails. */
static uint32_t fail_with(unit_t *u, match_ctx_t *m, uint32_t pops)
{
    if (pops == 0)
        return m->fail;
    for (int i = 0; i < m->nstubs; i++)
        if (m->stubs[i].pops == pops)
            return m->stubs[i].label;
    if (m->nstubs == (int)(sizeof m->stubs / sizeof m->stubs[0]))
        pyvm_compile_error(u, NULL, "pattern too complex");
    uint32_t l = pyvm_compile_label(u);
    m->stubs[m->nstubs++] = (fail_stub_t){l, pops};
    return l;
}

static void pattern(unit_t *u, match_ctx_t *m, node_t *p);

/* Matches the n values on top of the stack (the first on top) against patterns[0, n). */
static void subpatterns(unit_t *u, match_ctx_t *m, pyvm_ast_list_t pats)
{
    for (int i = 0; i < pats.n; i++) {
        /* a failure here leaves the values of the patterns after i on the stack */
        match_ctx_t inner = *m;
        inner.fail = fail_with(u, m, (uint32_t)(pats.n - i - 1));
        inner.nstubs = 0;
        pattern(u, &inner, pats.v[i]);
        for (int k = 0; k < inner.nstubs; k++) {
            if (m->nstubs == (int)(sizeof m->stubs / sizeof m->stubs[0]))
                pyvm_compile_error(u, NULL, "pattern too complex");
            /* inner stubs pop their own values, then go to inner.fail: chain them */
            m->stubs[m->nstubs++] = (fail_stub_t){inner.stubs[k].label,
                                                  inner.stubs[k].pops + (uint32_t)(pats.n - i - 1)};
        }
    }
}

/* [t] where t is a tuple or None: fail on None, else unpack its n items. */
static void unpack_or_fail(unit_t *u, match_ctx_t *m, uint32_t n)
{
    pyvm_compile_emit(u, PYVM_OP_COPY, 1);
    pyvm_compile_load_const(u, rt_none);
    pyvm_compile_emit(u, PYVM_OP_IS_OP, 1);
    pyvm_compile_jump(u, PYVM_OP_POP_JUMP_IF_FALSE, fail_with(u, m, 1));
    pyvm_compile_emit(u, PYVM_OP_UNPACK_SEQUENCE, n);
}

static void sequence(unit_t *u, match_ctx_t *m, node_t *p)
{
    pyvm_ast_list_t pats = p->v.MatchSequence.patterns;
    int star = -1;
    for (int i = 0; i < pats.n; i++)
        if (pats.v[i]->kind == PYVM_AST_MatchStar)
            star = i;
    uint32_t n = (uint32_t)pats.n - (star >= 0);
    pyvm_compile_emit(u, PYVM_OP_MATCH_SEQUENCE, n | (star >= 0 ? PYVM_MATCH_STAR : 0));
    pyvm_compile_jump(u, PYVM_OP_POP_JUMP_IF_FALSE, fail_with(u, m, 1));
    if (star >= 0)
        pyvm_compile_emit(u, PYVM_OP_UNPACK_EX,
                          (uint32_t)star | (uint32_t)(pats.n - star - 1) << 8);
    else
        pyvm_compile_emit(u, PYVM_OP_UNPACK_SEQUENCE, n);
    subpatterns(u, m, pats);
}

static void mapping(unit_t *u, match_ctx_t *m, node_t *p)
{
    const char *rest = p->v.MatchMapping.rest;
    pyvm_compile_emit(u, PYVM_OP_MATCH_MAPPING, 0);
    pyvm_compile_jump(u, PYVM_OP_POP_JUMP_IF_FALSE, fail_with(u, m, 1));
    if (rest)
        pyvm_compile_emit(u, PYVM_OP_COPY, 1);
    pyvm_ast_list_t keys = p->v.MatchMapping.keys;
    for (int i = 0; i < keys.n; i++)
        pyvm_compile_expr(u, keys.v[i]);
    pyvm_compile_emit(u, PYVM_OP_BUILD_TUPLE, (uint32_t)keys.n);
    pyvm_compile_emit(u, PYVM_OP_MATCH_KEYS, 0);
    if (rest) {
        /* [s, values or None]: on a match, rest = dict(s) without the keys */
        pyvm_compile_emit(u, PYVM_OP_COPY, 1);
        pyvm_compile_load_const(u, rt_none);
        pyvm_compile_emit(u, PYVM_OP_IS_OP, 1);
        pyvm_compile_jump(u, PYVM_OP_POP_JUMP_IF_FALSE, fail_with(u, m, 2));
        pyvm_compile_emit(u, PYVM_OP_SWAP, 2);
        pyvm_compile_emit(u, PYVM_OP_BUILD_MAP, 0);
        pyvm_compile_emit(u, PYVM_OP_SWAP, 2);
        pyvm_compile_emit(u, PYVM_OP_DICT_UPDATE, 1);
        for (int i = 0; i < keys.n; i++) {
            pyvm_compile_emit(u, PYVM_OP_COPY, 1);
            pyvm_compile_expr(u, keys.v[i]);
            pyvm_compile_emit(u, PYVM_OP_DELETE_SUBSCR, 0);
        }
        pyvm_compile_name_op(u, rest, PYVM_AST_Store);
        pyvm_compile_emit(u, PYVM_OP_UNPACK_SEQUENCE, (uint32_t)keys.n);
    } else {
        unpack_or_fail(u, m, (uint32_t)keys.n);
    }
    subpatterns(u, m, p->v.MatchMapping.patterns);
}

static void class_pattern(unit_t *u, match_ctx_t *m, node_t *p)
{
    pyvm_ast_list_t pos = p->v.MatchClass.patterns, kwp = p->v.MatchClass.kwd_patterns;
    pyvm_ast_idents_t names = p->v.MatchClass.kwd_attrs;
    pyvm_compile_expr(u, p->v.MatchClass.cls);
    rt_tuple_t *kw = rt_tuple_new(names.n);
    for (int i = 0; i < names.n; i++)
        rt_tuple_init_item(kw, i, rt_from_ptr(rt_str_intern_cstr(names.v[i])));
    pyvm_compile_load_const(u, rt_from_ptr(kw));
    pyvm_compile_emit(u, PYVM_OP_MATCH_CLASS, (uint32_t)pos.n);
    unpack_or_fail(u, m, (uint32_t)(pos.n + kwp.n));
    node_t **all = rt_arena_alloc(&u->c->arena, (size_t)(pos.n + kwp.n + 1) * sizeof *all);
    for (int i = 0; i < pos.n; i++)
        all[i] = pos.v[i];
    for (int i = 0; i < kwp.n; i++)
        all[pos.n + i] = kwp.v[i];
    subpatterns(u, m, (pyvm_ast_list_t){all, pos.n + kwp.n});
}

/* Each alternative but the last matches a copy of the subject. The failure stubs of an
** alternative pop what it left and go on with the next one (the subject still there) or, for the
** last, fail the whole pattern (the subject consumed): their depths are set from that, as the
** labels are reached only by jumps. */
static void or_pattern(unit_t *u, match_ctx_t *m, node_t *p)
{
    uint32_t depth = u->depth; /* with the subject */
    uint32_t l_ok = pyvm_compile_label(u);
    pyvm_ast_list_t alts = p->v.MatchOr.patterns;
    for (int i = 0; i < alts.n; i++) {
        bool last = i + 1 == alts.n;
        uint32_t l_next = pyvm_compile_label(u);
        if (!last)
            pyvm_compile_emit(u, PYVM_OP_COPY, 1);
        match_ctx_t alt = {.fail = last ? m->fail : l_next};
        pattern(u, &alt, alts.v[i]);
        if (!last)
            pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
        pyvm_compile_jump(u, PYVM_OP_JUMP, l_ok);
        uint32_t fail_depth = last ? depth - 1 : depth;
        for (int k = 0; k < alt.nstubs; k++) {
            u->label_depth[alt.stubs[k].label] = (int32_t)(fail_depth + alt.stubs[k].pops);
            u->nofall = true;
            pyvm_compile_bind(u, alt.stubs[k].label);
            for (uint32_t j = 0; j < alt.stubs[k].pops; j++)
                pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
            pyvm_compile_jump(u, PYVM_OP_JUMP, alt.fail);
        }
        if (!last) {
            u->label_depth[l_next] = (int32_t)depth;
            u->nofall = true;
            pyvm_compile_bind(u, l_next);
        }
    }
    u->label_depth[l_ok] = (int32_t)depth - 1;
    u->nofall = true;
    pyvm_compile_bind(u, l_ok);
}

static void pattern(unit_t *u, match_ctx_t *m, node_t *p)
{
    u->line = p->lineno;
    switch (p->kind) {
    case PYVM_AST_MatchValue:
        pyvm_compile_expr(u, p->v.MatchValue.value);
        pyvm_compile_emit(u, PYVM_OP_COMPARE_OP, PYVM_EQ);
        pyvm_compile_jump(u, PYVM_OP_POP_JUMP_IF_FALSE, m->fail);
        break;
    case PYVM_AST_MatchSingleton:
        pyvm_compile_load_const(u, pyvm_compile_const_value(&p->v.MatchSingleton.value));
        pyvm_compile_emit(u, PYVM_OP_IS_OP, 0);
        pyvm_compile_jump(u, PYVM_OP_POP_JUMP_IF_FALSE, m->fail);
        break;
    case PYVM_AST_MatchSequence:
        sequence(u, m, p);
        break;
    case PYVM_AST_MatchMapping:
        mapping(u, m, p);
        break;
    case PYVM_AST_MatchClass:
        class_pattern(u, m, p);
        break;
    case PYVM_AST_MatchStar:
        if (p->v.MatchStar.name)
            pyvm_compile_name_op(u, p->v.MatchStar.name, PYVM_AST_Store);
        else
            pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
        break;
    case PYVM_AST_MatchAs:
        if (p->v.MatchAs.pattern) {
            if (p->v.MatchAs.name)
                pyvm_compile_emit(u, PYVM_OP_COPY, 1);
            match_ctx_t inner = *m;
            inner.fail = fail_with(u, m, p->v.MatchAs.name ? 1 : 0);
            inner.nstubs = 0;
            pattern(u, &inner, p->v.MatchAs.pattern);
            for (int k = 0; k < inner.nstubs; k++)
                if (m->nstubs == (int)(sizeof m->stubs / sizeof m->stubs[0]))
                    pyvm_compile_error(u, p, "pattern too complex");
                else
                    m->stubs[m->nstubs++] = (fail_stub_t){inner.stubs[k].label,
                                                      inner.stubs[k].pops + !!p->v.MatchAs.name};
        }
        if (p->v.MatchAs.name)
            pyvm_compile_name_op(u, p->v.MatchAs.name, PYVM_AST_Store);
        else if (!p->v.MatchAs.pattern)
            pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
        break;
    case PYVM_AST_MatchOr:
        or_pattern(u, m, p);
        break;
    default:
        pyvm_compile_error(u, p, "unsupported pattern");
    }
}

/* ---- Checks CPython's compiler makes before generating code ---- */

typedef struct bound {
    const char *v[64];
    int n;
} bound_t;

static void bind_name(unit_t *u, node_t *p, bound_t *b, const char *name)
{
    for (int i = 0; i < b->n; i++)
        if (strcmp(b->v[i], name) == 0)
            pyvm_compile_error(u, p, "multiple assignments to name '%s' in pattern", name);
    if (b->n == (int)(sizeof b->v / sizeof b->v[0]))
        pyvm_compile_error(u, p, "pattern too complex");
    b->v[b->n++] = name;
}

/* The capture or wildcard that makes p match anything, or NULL if p can fail. */
static node_t *irrefutable(node_t *p)
{
    if (p->kind == PYVM_AST_MatchAs)
        return p->v.MatchAs.pattern ? irrefutable(p->v.MatchAs.pattern) : p;
    if (p->kind == PYVM_AST_MatchOr)
        for (int i = 0; i < p->v.MatchOr.patterns.n; i++)
            if (irrefutable(p->v.MatchOr.patterns.v[i]))
                return irrefutable(p->v.MatchOr.patterns.v[i]);
    return NULL;
}

static _Noreturn void unreachable(unit_t *u, node_t *p)
{
    if (p->v.MatchAs.name)
        pyvm_compile_error(u, p, "name capture '%s' makes remaining patterns unreachable",
                           p->v.MatchAs.name);
    pyvm_compile_error(u, p, "wildcard makes remaining patterns unreachable");
}

static bool same_names(const bound_t *a, const bound_t *b, int base)
{
    if (a->n != b->n)
        return false;
    for (int i = base; i < a->n; i++) {
        int k = base;
        while (k < b->n && strcmp(a->v[i], b->v[k]) != 0)
            k++;
        if (k == b->n)
            return false;
    }
    return true;
}

/* Collects the names p binds into b, failing as CPython does on repeats, unreachable
** alternatives and alternatives binding different names. */
static void check_pattern(unit_t *u, node_t *p, bound_t *b)
{
    switch (p->kind) {
    case PYVM_AST_MatchSequence:
        for (int i = 0; i < p->v.MatchSequence.patterns.n; i++)
            check_pattern(u, p->v.MatchSequence.patterns.v[i], b);
        break;
    case PYVM_AST_MatchMapping:
        for (int i = 0; i < p->v.MatchMapping.patterns.n; i++)
            check_pattern(u, p->v.MatchMapping.patterns.v[i], b);
        if (p->v.MatchMapping.rest)
            bind_name(u, p, b, p->v.MatchMapping.rest);
        break;
    case PYVM_AST_MatchClass:
        for (int i = 0; i < p->v.MatchClass.patterns.n; i++)
            check_pattern(u, p->v.MatchClass.patterns.v[i], b);
        for (int i = 0; i < p->v.MatchClass.kwd_patterns.n; i++)
            check_pattern(u, p->v.MatchClass.kwd_patterns.v[i], b);
        break;
    case PYVM_AST_MatchStar:
        if (p->v.MatchStar.name)
            bind_name(u, p, b, p->v.MatchStar.name);
        break;
    case PYVM_AST_MatchAs:
        if (p->v.MatchAs.pattern)
            check_pattern(u, p->v.MatchAs.pattern, b);
        if (p->v.MatchAs.name)
            bind_name(u, p, b, p->v.MatchAs.name);
        break;
    case PYVM_AST_MatchOr: {
        pyvm_ast_list_t alts = p->v.MatchOr.patterns;
        bound_t first = *b;
        for (int i = 0; i < alts.n; i++) {
            bound_t alt = *b;
            check_pattern(u, alts.v[i], &alt);
            node_t *any = irrefutable(alts.v[i]);
            if (any && i + 1 < alts.n)
                unreachable(u, any);
            if (i == 0)
                first = alt;
            else if (!same_names(&first, &alt, b->n))
                pyvm_compile_error(u, alts.v[i], "alternative patterns bind different names");
        }
        *b = first;
        break;
    }
    default:
        break;
    }
}

void pyvm_compile_match(unit_t *u, node_t *n)
{
    for (int i = 0; i < n->v.Match.cases.n; i++) {
        node_t *c = n->v.Match.cases.v[i];
        bound_t b = {.n = 0};
        check_pattern(u, c->v.match_case.pattern, &b);
        node_t *any = irrefutable(c->v.match_case.pattern);
        if (any && !c->v.match_case.guard && i + 1 < n->v.Match.cases.n)
            unreachable(u, any);
    }
    uint32_t l_end = pyvm_compile_label(u);
    pyvm_compile_expr(u, n->v.Match.subject);
    uint32_t depth = u->depth; /* with the subject */
    for (int i = 0; i < n->v.Match.cases.n; i++) {
        node_t *c = n->v.Match.cases.v[i];
        match_ctx_t m = {.fail = pyvm_compile_label(u)};
        u->line = c->v.match_case.pattern->lineno;
        pyvm_compile_emit(u, PYVM_OP_COPY, 1);
        pattern(u, &m, c->v.match_case.pattern);
        if (c->v.match_case.guard)
            pyvm_compile_jump_if(u, c->v.match_case.guard, false, m.fail);
        pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
        pyvm_compile_stmts(u, c->v.match_case.body);
        if (!u->nofall)
            pyvm_compile_jump(u, PYVM_OP_JUMP, l_end);
        for (int k = 0; k < m.nstubs; k++) {
            u->label_depth[m.stubs[k].label] = (int32_t)(depth + m.stubs[k].pops);
            u->nofall = true;
            pyvm_compile_bind(u, m.stubs[k].label);
            for (uint32_t j = 0; j < m.stubs[k].pops; j++)
                pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
            pyvm_compile_jump(u, PYVM_OP_JUMP, m.fail);
        }
        u->label_depth[m.fail] = (int32_t)depth;
        u->nofall = true;
        pyvm_compile_bind(u, m.fail);
    }
    pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
    u->label_depth[l_end] = (int32_t)depth - 1;
    u->nofall = true;
    pyvm_compile_bind(u, l_end);
}

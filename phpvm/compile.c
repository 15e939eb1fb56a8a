/*
** compile.c: the bytecode compiler's driver (ARCHITECTURE.md section 4): emission through the
** runtime's code builder with per-instruction stack depths, labels and try regions; compiled
** variables (CVs: every $name of a body gets a frame slot, found by a pre-pass); functions,
** closures and methods (parameter defaults compiled into the prologue); classes (built as
** phpvm_class_t templates that DECL_CLASS links at run time) and the main script, whose
** top-level functions and classes are declared first, as PHP's early binding does; names
** resolved against the current namespace and its `use` imports (PHP's rules, the global
** fallback of unqualified functions and constants left to INIT_NSFCALL / CONST_FETCH_NS).
*/
#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/compile.h"

void comp_fail(comp_t *c, int32_t line, const char *fmt, ...)
{
    comp_file_t *f = c->file;
    if (f->failed)
        return;
    f->failed = true;
    f->errline = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(f->err, f->errcap, fmt, ap);
    va_end(ap);
}

rt_value_t comp_str(const char *s, size_t n) { return rt_from_ptr(rt_str_new(s, n)); }

/* ---- Emission ---- */

uint32_t comp_label(comp_t *c) { return rt_code_builder_label(&c->b); }

void comp_bind(comp_t *c, uint32_t label)
{
    rt_code_builder_bind(&c->b, label);
    c->bound_pc = rt_code_builder_pc(&c->b);
}

static void close_region(comp_t *c)
{
    uint32_t pc = rt_code_builder_pc(&c->b);
    if (c->handler == RT_CODE_NO_LABEL || pc == c->region_start)
        return;
    if (c->nregions == c->regcap) {
        uint32_t cap = c->regcap ? c->regcap * 2 : 8;
        c->regions = rt_arena_grow(c->arena, c->regions, c->regcap * sizeof *c->regions,
                                   cap * sizeof *c->regions);
        c->regcap = cap;
    }
    c->regions[c->nregions++] = (comp_region_t){c->region_start, pc, c->handler, c->handler_depth};
}

void comp_set_handler(comp_t *c, uint32_t label, uint32_t depth)
{
    close_region(c);
    c->handler = label;
    c->handler_depth = depth;
    c->region_start = rt_code_builder_pc(&c->b);
    rt_code_builder_handler(&c->b, label);
}

static void add_patch(comp_t *c, uint32_t pc, uint32_t label)
{
    if (c->npatches == c->patchcap) {
        uint32_t cap = c->patchcap ? c->patchcap * 2 : 32;
        c->patches = rt_arena_grow(c->arena, c->patches, c->patchcap * sizeof *c->patches,
                                   cap * sizeof *c->patches);
        c->patchcap = cap;
    }
    c->patches[c->npatches++] = (comp_patch_t){pc, label};
}

/* Instructions that absorb a POP after them (an expression statement): into another opcode, or
** by setting a flag bit in one of their operands (bit 0: no flag, the opcode changes). */
static const struct {
    uint8_t op, fused, operand;
    uint32_t bit;
} pop_fusions[] = {
    {PHPVM_I_ASSIGN, PHPVM_I_ASSIGN_POP, 0, 0},
    {PHPVM_I_INC_CV, PHPVM_I_INC_CV, 1, 4},
    {PHPVM_I_YIELD, PHPVM_I_YIELD, 0, PHPVM_YIELD_NOPUSH},
    {PHPVM_I_ASSIGN_DIM_CV, PHPVM_I_ASSIGN_DIM_CV, 2, 1},
    {PHPVM_I_ASSIGN_PROP, PHPVM_I_ASSIGN_PROP, 2, 1},
    {PHPVM_I_ASSIGN_PROP_CV, PHPVM_I_ASSIGN_PROP_CV, 3, 1},
    {PHPVM_I_ASSIGN_THIS_PROP, PHPVM_I_ASSIGN_THIS_PROP, 2, 1},
    {PHPVM_I_ASSIGN_PROP_OP, PHPVM_I_ASSIGN_PROP_OP, 1, PHPVM_ASSIGN_OP_NOPUSH},
    {PHPVM_I_INC_PROP, PHPVM_I_INC_PROP, 1, 4},
    {PHPVM_I_ASSIGN_OP, PHPVM_I_ASSIGN_OP, 1, PHPVM_ASSIGN_OP_NOPUSH},
    {PHPVM_I_ASSIGN_DIM_OP, PHPVM_I_ASSIGN_DIM_OP, 0, PHPVM_ASSIGN_OP_NOPUSH},
};

/* Folds a POP into the last instruction if it can (no jump lands on the POP: the caller checked). */
static bool fuse_pop(comp_t *c)
{
    for (size_t i = 0; i < sizeof pop_fusions / sizeof pop_fusions[0]; i++) {
        if (c->b.bytes[c->last_pc] != pop_fusions[i].op)
            continue;
        uint32_t w = phpvm_operand(c->b.bytes + c->last_pc, pop_fusions[i].operand);
        if (w & pop_fusions[i].bit)
            return false; /* it absorbed a POP already: it pushes nothing */
        if (pop_fusions[i].bit) {
            w |= pop_fusions[i].bit;
            rt_code_builder_patch(&c->b, c->last_pc + 1 + 4 * pop_fusions[i].operand,
                                  (const uint8_t *)&w, 4);
        } else {
            rt_code_builder_patch(&c->b, c->last_pc, &pop_fusions[i].fused, 1);
        }
        c->depth--;
        return true;
    }
    return false;
}

/*
** Emits one instruction: operands by the op's format (j operands are labels, patched at the end;
** a jump to a label already bound becomes LOOP; a b operand is the back-edge counter of the
** instruction's backward jump, which the caller does not pass). pops/pushes -2 take the table's
** stack effect; variable ops pass theirs.
*/
void comp_emit(comp_t *c, phpvm_op_t op, int pops, int pushes, uint32_t a, uint32_t b, uint32_t d)
{
    const phpvm_opinfo_t *oi = &phpvm_opinfo[op];
    uint32_t here = rt_code_builder_pc(&c->b);
    if (op == PHPVM_I_POP && here > 0 && c->bound_pc != here && fuse_pop(c))
        return;
    c->last_pc = here;
    if (pops == -2)
        pops = oi->pops;
    if (pushes == -2)
        pushes = oi->pushes;
    uint32_t ops[4] = {a, b, d, 0};
    int jslot = -1;
    for (int i = 0; oi->fmt[i]; i++)
        if (oi->fmt[i] == 'j')
            jslot = i;
    if (op == PHPVM_I_JMP && rt_code_builder_label_pc(&c->b, a) != UINT32_MAX)
        op = PHPVM_I_LOOP, oi = &phpvm_opinfo[op];
    for (int i = 0; oi->fmt[i]; i++) {
        if (oi->fmt[i] == 'n' && ops[i] == PHPVM_DYN_NAME)
            pops++; /* the name is on the stack */
        if (oi->fmt[i] == 'q')
            ops[i] = c->ncaches++;
    }
    rt_code_builder_insn(&c->b, c->line, c->depth, (oi->flags & F_NOFALL) ? RT_INSN_NOFALL : 0);
    for (int i = 0; oi->fmt[i]; i++)
        if (oi->fmt[i] == 'c' || (oi->fmt[i] == 'v' && !(ops[i] & PHPVM_V_IMM) &&
                                  ops[i] != PHPVM_V_STACK))
            rt_code_builder_use(&c->b, ops[i]);
    if (jslot >= 0) {
        uint32_t counter = rt_code_builder_jump(&c->b, ops[jslot]);
        for (int i = 0; oi->fmt[i]; i++)
            if (oi->fmt[i] == 'b')
                ops[i] = counter == RT_CODE_NO_COUNTER ? 0 : counter;
    }
    if (oi->flags & F_FORMS)
        op = phpvm_op_form(op, ops[0], ops[1]); /* its kind form (ops.def) */
    uint8_t bytes[1 + 16];
    bytes[0] = (uint8_t)op;
    uint32_t pc = rt_code_builder_pc(&c->b);
    for (int i = 0; oi->fmt[i]; i++) {
        if (oi->fmt[i] == 'j') {
            add_patch(c, pc + 1 + 4 * (uint32_t)i, ops[i]);
            ops[i] = 0;
        }
        memcpy(bytes + 1 + 4 * i, &ops[i], 4);
    }
    rt_code_builder_emit(&c->b, bytes, oi->len);
    if ((int)c->depth < pops)
        comp_fail(c, c->line, "internal compiler error: stack underflow at %s", oi->name);
    c->depth = c->depth - (uint32_t)pops + (uint32_t)pushes;
    rt_code_builder_reserve_stack(&c->b, c->depth + 1);
}

/* Constants are deduplicated for strings (by bytes) and small ints (by value); others (floats,
** arrays, functions) are not, as the builder leaves that to the language. */
uint32_t comp_const(comp_t *c, rt_value_t v)
{
    if (!phpvm_is_str(v) && !rt_is_small(v))
        return rt_code_builder_const(&c->b, v);
    rt_value_t hit = phpvm_is_str(v) ? rt_map_get_str(c->kconsts, phpvm_str(v))
                                     : rt_map_get_int(c->kconsts, rt_small_value(v));
    if (hit != RT_NOVALUE)
        return (uint32_t)rt_small_value(hit);
    uint32_t idx = rt_code_builder_const(&c->b, v);
    if (phpvm_is_str(v))
        rt_map_set_str(c->kconsts, phpvm_str(v), rt_small(idx));
    else
        rt_map_set_int(c->kconsts, rt_small_value(v), rt_small(idx));
    return idx;
}

void comp_hidden_callee(comp_t *c, phpvm_func_t *fn)
{
    EMIT1(c, CONST, comp_const(c, rt_from_ptr(fn)));
    EMIT0(c, NULL);
}

void comp_hidden_call(comp_t *c, phpvm_func_t *fn)
{
    comp_hidden_callee(c, fn);
    comp_emit(c, PHPVM_I_CALL, 2, 1, 0, 0, 0);
    EMIT0(c, POP);
}

void comp_declare_ticks(comp_t *c, const phpvm_ast_t *s)
{
    for (uint32_t j = 0; j < s->child[0]->count; j++) {
        const phpvm_ast_t *d = s->child[0]->child[j];
        if (strcasecmp(d->child[0]->str, "ticks") != 0)
            continue;
        if (d->child[1]->kind != PHPVM_AST_ZVAL)
            comp_fail(c, (int32_t)d->line, "declare(ticks) value must be a literal");
        else if (d->child[1]->vtype == PHPVM_ZV_LONG)
            c->file->ticks = d->child[1]->lval;
    }
}

uint32_t comp_name(comp_t *c, const char *s, size_t n)
{
    return rt_code_builder_name(&c->b, rt_str_new(s, n));
}

/* ---- Variables ---- */

static void add_cv(comp_t *c, const char *name)
{
    for (uint32_t i = 0; i < c->ncv; i++)
        if (strcmp(c->cvs[i], name) == 0)
            return;
    if (c->ncv == c->cvcap) {
        uint32_t cap = c->cvcap ? c->cvcap * 2 : 16;
        c->cvs = rt_arena_grow(c->arena, c->cvs, c->cvcap * sizeof *c->cvs, cap * sizeof *c->cvs);
        c->cvcap = cap;
    }
    c->cvs[c->ncv++] = name;
}

uint32_t comp_cv(comp_t *c, const char *name)
{
    for (uint32_t i = 0; i < c->ncv; i++)
        if (strcmp(c->cvs[i], name) == 0)
            return PHPVM_NHIDDEN + i;
    comp_fail(c, c->line, "internal compiler error: unknown variable $%s", name);
    return PHPVM_NHIDDEN;
}

uint32_t comp_temp(comp_t *c)
{
    if (c->temp_next >= c->ntemps) {
        comp_fail(c, c->line, "internal compiler error: out of temporaries");
        return PHPVM_NHIDDEN;
    }
    return PHPVM_NHIDDEN + c->ncv + c->temp_next++;
}

/* The pre-pass: every $name in the body (not in nested functions or classes; arrow functions
** share their parent's names, closures contribute their `use` list), and the temporaries that
** try/finally needs. */
static void collect(comp_t *c, const phpvm_ast_t *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case PHPVM_AST_DIM:
        if (n->flags & PHPVM_AF_DIM_ALTERNATIVE_SYNTAX)
            comp_fail(c, (int32_t)n->line, "Array and string offset access syntax with curly "
                      "braces is no longer supported");
        if (n->child[1] && n->child[0]->kind == PHPVM_AST_VAR && n->child[0]->child[0] &&
            n->child[0]->child[0]->kind == PHPVM_AST_ZVAL &&
            strcmp(n->child[0]->child[0]->str, "GLOBALS") == 0) {
            /* $GLOBALS[k] names the global variable k: lowered in place to ${k} of the global
            ** scope (the AST is the compiler's own arena copy). */
            phpvm_ast_t *m = (phpvm_ast_t *)n;
            m->kind = PHPVM_AST_VAR;
            m->flags = COMP_VAR_GLOBAL;
            m->child[0] = m->child[1];
            m->count = 1;
            collect(c, m->child[0]);
            return;
        }
        break;
    case PHPVM_AST_VAR:
        if (n->flags & COMP_VAR_GLOBAL) {
            collect(c, n->child[0]);
            return;
        }
        if (n->child[0] && n->child[0]->kind == PHPVM_AST_ZVAL &&
            n->child[0]->vtype == PHPVM_ZV_STR) {
            if (strcmp(n->child[0]->str, "this") != 0)
                add_cv(c, n->child[0]->str);
            return;
        }
        add_cv(c, ""); /* variable variables: the table of names that are not CVs */
        break;
    case PHPVM_AST_FUNC_DECL:
    case PHPVM_AST_CLASS:
        return;
    case PHPVM_AST_CLOSURE:
        if (n->child[3])
            for (uint32_t i = 0; i < n->child[3]->count; i++)
                add_cv(c, n->child[3]->child[i]->child[0]->str);
        return;
    case PHPVM_AST_ARROW_FUNC:
        collect(c, n->child[3]);
        return;
    case PHPVM_AST_TRY:
        c->ntemps += 3;
        break;
    case PHPVM_AST_INCLUDE_OR_EVAL:
        add_cv(c, ""); /* the included file or eval'd code may make variables of any name */
        break;
    case PHPVM_AST_CALL:
        /* extract() makes variables of any name */
        if (n->child[0]->kind == PHPVM_AST_NAME &&
            strcasecmp(comp_name_text(n->child[0]), "extract") == 0)
            add_cv(c, "");
        /* func_get_args() and friends read every argument passed, kept in a hidden CV */
        if (n->child[0]->kind == PHPVM_AST_NAME &&
            strncasecmp(comp_name_text(n->child[0]), "func_", 5) == 0 &&
            (strcasecmp(comp_name_text(n->child[0]), "func_get_args") == 0 ||
             strcasecmp(comp_name_text(n->child[0]), "func_get_arg") == 0 ||
             strcasecmp(comp_name_text(n->child[0]), "func_num_args") == 0))
            add_cv(c, PHPVM_ARGS_CV);
        break;
    case PHPVM_AST_NEW:
        if (n->child[0] && n->child[0]->kind == PHPVM_AST_CLASS) {
            collect(c, n->child[1]);
            return;
        }
        break;
    default:
        break;
    }
    if (n->kind == PHPVM_AST_ZVAL)
        return;
    for (uint32_t i = 0; i < n->count; i++)
        collect(c, n->child[i]);
}

/* Whether a body yields (not counting nested functions and classes): it is a generator. */
static bool has_yield(const phpvm_ast_t *n)
{
    if (!n || n->kind == PHPVM_AST_ZVAL)
        return false;
    switch (n->kind) {
    case PHPVM_AST_YIELD:
    case PHPVM_AST_YIELD_FROM:
        return true;
    case PHPVM_AST_FUNC_DECL:
    case PHPVM_AST_CLASS:
    case PHPVM_AST_CLOSURE:
    case PHPVM_AST_ARROW_FUNC:
        return false;
    default:
        break;
    }
    for (uint32_t i = 0; i < n->count; i++)
        if (has_yield(n->child[i]))
            return true;
    return false;
}

/* ---- Names ---- */

const char *comp_name_text(const phpvm_ast_t *n)
{
    if (n->kind == PHPVM_AST_NAME)
        n = n->child[0];
    const char *s = n->str;
    return s[0] == '\\' ? s + 1 : s;
}

static char *lower_dup(rt_arena_t *a, const char *s)
{
    size_t n = strlen(s);
    char *r = rt_arena_strndup(a, s, n);
    for (size_t i = 0; i < n; i++)
        r[i] = (char)tolower((unsigned char)r[i]);
    return r;
}

static const char *join(comp_t *c, const char *a, const char *b)
{
    if (!a[0])
        return b;
    size_t na = strlen(a), nb = strlen(b);
    char *r = rt_arena_alloc(c->arena, na + nb + 2);
    memcpy(r, a, na);
    r[na] = '\\';
    memcpy(r + na + 1, b, nb + 1);
    return r;
}

const char *comp_ns_decl(comp_t *c, const char *name) { return join(c, c->file->ns, name); }

/* An import's target for `alias` in table `kind`, or NULL. */
static const char *imported(comp_t *c, int kind, const char *alias, size_t n)
{
    char *key = rt_arena_strndup(c->arena, alias, n);
    if (kind != COMP_NS_CONST)
        key = lower_dup(c->arena, key);
    rt_value_t v = rt_map_get_str(c->file->uses[kind], rt_str_from_cstr(key));
    return v == RT_NOVALUE ? NULL : phpvm_str(v)->data;
}

const char *comp_resolve(comp_t *c, const phpvm_ast_t *n, int kind, const char **fallback)
{
    const char *s = comp_name_text(n);
    if (fallback)
        *fallback = NULL;
    if (n->kind != PHPVM_AST_NAME || n->flags == PHPVM_AF_NAME_FQ)
        return s;
    if (n->flags == PHPVM_AF_NAME_RELATIVE)
        return join(c, c->file->ns, s);
    const char *sep = strchr(s, '\\');
    if (sep) {
        const char *t = imported(c, COMP_NS_CLASS, s, (size_t)(sep - s));
        return t ? join(c, t, sep + 1) : join(c, c->file->ns, s);
    }
    if (kind == COMP_NS_CLASS && (strcasecmp(s, "self") == 0 || strcasecmp(s, "parent") == 0 ||
                                  strcasecmp(s, "static") == 0))
        return s;
    const char *t = imported(c, kind, s, strlen(s));
    if (t)
        return t;
    if (kind != COMP_NS_CLASS && c->file->ns[0] && fallback)
        *fallback = s;
    return join(c, c->file->ns, s);
}

static void add_import(comp_t *c, int kind, const char *full, const phpvm_ast_t *alias)
{
    if (full[0] == '\\')
        full++;
    const char *a = alias ? alias->str : strrchr(full, '\\');
    a = alias ? a : (a ? a + 1 : full);
    if (kind != COMP_NS_CONST)
        a = lower_dup(c->arena, a);
    rt_map_set_str(c->file->uses[kind], rt_str_from_cstr(a), comp_str(full, strlen(full)));
}

static int use_kind(uint32_t flags)
{
    return flags == PHPVM_AF_USE_FUNCTION ? COMP_NS_FUNC
           : flags == PHPVM_AF_USE_CONST  ? COMP_NS_CONST
                                          : COMP_NS_CLASS;
}

void comp_ns_stmt(comp_t *c, const phpvm_ast_t *s)
{
    comp_file_t *f = c->file;
    if (s->kind == PHPVM_AST_NAMESPACE) {
        f->ns = s->child[0] ? s->child[0]->str : "";
        for (int k = 0; k < COMP_NS_N; k++)
            f->uses[k] = rt_map_new(0);
        return;
    }
    if (s->kind == PHPVM_AST_USE) {
        for (uint32_t i = 0; i < s->count; i++)
            add_import(c, use_kind(s->flags), s->child[i]->child[0]->str, s->child[i]->child[1]);
        return;
    }
    const phpvm_ast_t *list = s->child[1];
    for (uint32_t i = 0; i < list->count; i++) {
        const phpvm_ast_t *e = list->child[i];
        add_import(c, use_kind(e->flags ? e->flags : s->flags),
                   join(c, s->child[0]->str, e->child[0]->str), e->child[1]);
    }
}

/* Looks for the top-level declaration of function `lcname` in the file (hoisted, so a call
** anywhere in the file sees it). */
static const phpvm_ast_t *find_file_func(comp_t *c, const phpvm_ast_t *list, const char *lcname)
{
    if (!list)
        return NULL;
    for (uint32_t i = 0; i < list->count; i++) {
        const phpvm_ast_t *s = list->child[i];
        if (!s)
            continue;
        if (s->kind == PHPVM_AST_FUNC_DECL && strcasecmp(s->child[0]->str, lcname) == 0)
            return s;
        if ((s->kind == PHPVM_AST_NAMESPACE || s->kind == PHPVM_AST_DECLARE) && s->child[1] &&
            s->child[1]->kind == PHPVM_AST_STMT_LIST) {
            const phpvm_ast_t *r = find_file_func(c, s->child[1], lcname);
            if (r)
                return r;
        }
    }
    return NULL;
}

int comp_arg_mode(comp_t *c, const char *lcname, uint32_t argno)
{
    if (!lcname)
        return 0;
    const phpvm_ast_t *d = find_file_func(c, c->file->root, lcname);
    if (d) {
        const phpvm_ast_t *params = d->child[2];
        if (!params || params->count == 0)
            return 1;
        uint32_t i = argno < params->count ? argno : params->count - 1;
        const phpvm_ast_t *p = params->child[i];
        if (argno >= params->count && !(p->flags & PHPVM_AF_PARAM_VARIADIC))
            return 1;
        return (p->flags & PHPVM_AF_PARAM_REF) ? 2 : 1;
    }
    rt_str_t *name = rt_str_from_cstr(lcname);
    phpvm_func_t *f = phpvm_func_lookup(name);
    if (f && f->builtin) {
        uint32_t m = f->builtin->byref;
        if (argno < 31 ? (m >> argno) & 1 : 0)
            return 2;
        if ((m & (1u << 31)) && argno >= (uint32_t)f->builtin->min_args)
            return 2;
        return 1;
    }
    return 0;
}

bool comp_param_label(comp_t *c, const char *lcname, uint32_t argno, char *buf, size_t cap)
{
    const phpvm_ast_t *d = lcname ? find_file_func(c, c->file->root, lcname) : NULL;
    if (d) {
        const phpvm_ast_t *params = d->child[2];
        if (!params || !params->count)
            return false;
        const phpvm_ast_t *p = params->child[argno < params->count ? argno : params->count - 1];
        if (p->flags & PHPVM_AF_PARAM_VARIADIC) /* (PHP's messages leave its name out) */
            snprintf(buf, cap, "%s(): Argument #%u", d->child[0]->str, argno + 1);
        else
            snprintf(buf, cap, "%s(): Argument #%u ($%s)", d->child[0]->str, argno + 1,
                     p->child[1]->str);
        return true;
    }
    phpvm_func_t *f = lcname ? phpvm_func_lookup(rt_str_from_cstr(lcname)) : NULL;
    /* every parameter by reference: array_multisort's, which takes values too (PHP's
    ** prefer-reference) */
    if (!f || !f->builtin || !f->builtin->params || f->builtin->byref == UINT32_MAX)
        return false;
    const char *p = f->builtin->params, *e;
    for (uint32_t i = 0; i < argno && (e = strchr(p, ',')); i++)
        p = e + 1;
    e = strchr(p, ',');
    snprintf(buf, cap, "%s(): Argument #%u ($%.*s)", f->name->data, argno + 1,
             (int)(e ? (size_t)(e - p) : strlen(p)), p);
    return true;
}

/* ---- Types ---- */

/* The builtin types by their AST flag, in the order PHP spells a type (zend_type_to_string);
** iterable is spelled Traversable|array, so it has no name of its own here. */
static const struct { uint32_t flag, mask; const char *name; } builtin_types[] = {
    {PHPVM_AF_TYPE_MIXED, PHPVM_T_MIXED, "mixed"},
    {PHPVM_AF_TYPE_STATIC, PHPVM_T_STATIC, "static"},
    {PHPVM_AF_TYPE_CALLABLE, PHPVM_T_CALLABLE, "callable"},
    {PHPVM_AF_TYPE_OBJECT, PHPVM_T_OBJECT, "object"},
    {PHPVM_AF_TYPE_ARRAY, PHPVM_T_ARRAY, "array"},
    {PHPVM_AF_TYPE_STRING, PHPVM_T_STRING, "string"},
    {PHPVM_AF_TYPE_LONG, PHPVM_T_INT, "int"},
    {PHPVM_AF_TYPE_DOUBLE, PHPVM_T_FLOAT, "float"},
    {PHPVM_AF_TYPE_BOOL, PHPVM_T_BOOL, "bool"},
    {PHPVM_AF_TYPE_FALSE, PHPVM_T_FALSE, "false"},
    {PHPVM_AF_TYPE_TRUE, PHPVM_T_TRUE, "true"},
    {PHPVM_AF_TYPE_VOID, PHPVM_T_VOID, "void"},
    {PHPVM_AF_TYPE_NEVER, PHPVM_T_NEVER, "never"},
    {PHPVM_AF_TYPE_ITERABLE, PHPVM_T_ITERABLE, NULL},
    {PHPVM_AF_TYPE_NULL, PHPVM_T_NULL, NULL},
};

/* The name of one member of a type as written, resolved if it is a class. */
static const char *type_name(comp_t *c, const phpvm_ast_t *t)
{
    if (t->kind != PHPVM_AST_TYPE)
        return comp_resolve(c, t, COMP_NS_CLASS, NULL);
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
        if (builtin_types[i].flag == t->flags)
            return builtin_types[i].name ? builtin_types[i].name
                   : builtin_types[i].mask == PHPVM_T_NULL ? "null" : "iterable";
    return "mixed";
}

/* The mask of a type; its classes go to `classes` in source order: a name for a class, a tuple
** of names for an intersection (A&B: a value must be an instance of each). */
static uint32_t type_mask(comp_t *c, const phpvm_ast_t *t, rt_vec_t *classes)
{
    switch (t->kind) {
    case PHPVM_AST_NULLABLE_TYPE:
        return PHPVM_T_NULL | type_mask(c, t->child[0], classes);
    case PHPVM_AST_TYPE_UNION: {
        uint32_t m = 0;
        for (uint32_t i = 0; i < t->count; i++)
            m |= type_mask(c, t->child[i], classes);
        return m;
    }
    case PHPVM_AST_TYPE_INTERSECTION: {
        rt_tuple_t *group = rt_tuple_new(t->count);
        for (uint32_t i = 0; i < t->count; i++) {
            const char *n = type_name(c, t->child[i]);
            rt_tuple_init_item(group, i, comp_str(n, strlen(n)));
        }
        rt_vec_append(classes, rt_from_ptr(group));
        return 0;
    }
    case PHPVM_AST_TYPE:
        for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
            if (builtin_types[i].flag == t->flags)
                return builtin_types[i].mask;
        return PHPVM_T_MIXED;
    default: {
        const char *n = comp_resolve(c, t, COMP_NS_CLASS, NULL);
        rt_vec_append(classes, comp_str(n, strlen(n)));
        return 0;
    }
    }
}

/* Appends the class members of type t as PHP spells them: classes in source order, an
** intersection in parentheses inside a union, iterable as Traversable. */
static void class_text(comp_t *c, const phpvm_ast_t *t, rt_strbuf_t *text, bool in_union)
{
    const char *name = NULL;
    switch (t->kind) {
    case PHPVM_AST_NULLABLE_TYPE:
        class_text(c, t->child[0], text, in_union);
        return;
    case PHPVM_AST_TYPE_UNION:
        for (uint32_t i = 0; i < t->count; i++)
            class_text(c, t->child[i], text, true);
        return;
    case PHPVM_AST_TYPE_INTERSECTION:
        if (text->len)
            rt_strbuf_append_char(text, '|');
        if (in_union)
            rt_strbuf_append_char(text, '(');
        for (uint32_t i = 0; i < t->count; i++) {
            const char *n = type_name(c, t->child[i]);
            if (i)
                rt_strbuf_append_char(text, '&');
            rt_strbuf_append(text, n, strlen(n));
        }
        if (in_union)
            rt_strbuf_append_char(text, ')');
        return;
    case PHPVM_AST_TYPE:
        if (t->flags != PHPVM_AF_TYPE_ITERABLE)
            return;
        name = "Traversable";
        break;
    default:
        name = comp_resolve(c, t, COMP_NS_CLASS, NULL);
        break;
    }
    if (text->len)
        rt_strbuf_append_char(text, '|');
    rt_strbuf_append(text, name, strlen(name));
}

/* Type text s with null added: "?T" after a single type, else "T1|T2|null" ("null" alone,
** "(X&Y)|null"). */
static rt_str_t *nullable_text(const rt_str_t *s)
{
    bool single = s->len && !memchr(s->data, '|', (size_t)s->len) &&
                  !memchr(s->data, '&', (size_t)s->len);
    rt_strbuf_t text;
    rt_strbuf_init(&text, (size_t)s->len + 6);
    bool intersection = !memchr(s->data, '|', (size_t)s->len) && s->data[0] != '(' &&
                        memchr(s->data, '&', (size_t)s->len); /* X&Y $p = null: (X&Y)|null */
    if (single)
        rt_strbuf_append_char(&text, '?');
    if (intersection)
        rt_strbuf_append_char(&text, '(');
    rt_strbuf_append(&text, s->data, (size_t)s->len);
    if (intersection)
        rt_strbuf_append_char(&text, ')');
    if (!single)
        rt_strbuf_append(&text, s->len ? "|null" : "null", s->len ? 5 : 4);
    return rt_strbuf_finish(&text, &rt_type_str);
}

/* A type as PHP's messages and Reflection spell it: the classes, then the builtins in a fixed
** order, null last or as "?T" after a single type ("?iterable" is "Traversable|array|null"). */
static rt_str_t *type_text(comp_t *c, const phpvm_ast_t *t, uint32_t m)
{
    rt_strbuf_t text;
    rt_strbuf_init(&text, 16);
    class_text(c, t, &text, false);
    if (m & PHPVM_T_MIXED) {
        rt_strbuf_append(&text, "mixed", 5);
        return rt_strbuf_finish(&text, &rt_type_str);
    }
    if ((m & PHPVM_T_FALSE) && (m & PHPVM_T_TRUE))
        m = (m & ~(PHPVM_T_FALSE | PHPVM_T_TRUE)) | PHPVM_T_BOOL;
    if (m & PHPVM_T_ITERABLE)
        m |= PHPVM_T_ARRAY;
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
        if ((m & builtin_types[i].mask) && builtin_types[i].name &&
            !(builtin_types[i].mask & (PHPVM_T_FALSE | PHPVM_T_TRUE) && (m & PHPVM_T_BOOL))) {
            if (text.len)
                rt_strbuf_append_char(&text, '|');
            rt_strbuf_append(&text, builtin_types[i].name, strlen(builtin_types[i].name));
        }
    rt_str_t *s = rt_strbuf_finish(&text, &rt_type_str);
    return m & PHPVM_T_NULL ? nullable_text(s) : s;
}

/* The builtin mask of one member of a type (bool as true|false, for overlaps); 0 for a class
** (its name in *name) or an intersection. */
static uint32_t member_mask(comp_t *c, const phpvm_ast_t *t, const char **name)
{
    *name = NULL;
    if (t->kind == PHPVM_AST_TYPE_INTERSECTION)
        return 0;
    rt_vec_t *classes = rt_vec_new(1);
    uint32_t m = type_mask(c, t, classes);
    if (rt_vec_len(classes))
        *name = phpvm_str(rt_vec_get(classes, 0))->data;
    return m & PHPVM_T_BOOL ? (m & ~PHPVM_T_BOOL) | PHPVM_T_TRUE | PHPVM_T_FALSE : m;
}

/* The class names of a union member: an intersection's, a class's own, none for a builtin. */
static uint32_t member_classes(comp_t *c, const phpvm_ast_t *t, const char **names, uint32_t cap)
{
    if (t->kind == PHPVM_AST_TYPE)
        return 0;
    if (t->kind != PHPVM_AST_TYPE_INTERSECTION) {
        names[0] = comp_resolve(c, t, COMP_NS_CLASS, NULL);
        return 1;
    }
    uint32_t n = t->count < cap ? t->count : cap;
    for (uint32_t i = 0; i < n; i++)
        names[i] = type_name(c, t->child[i]);
    return n;
}

static const char *member_text(comp_t *c, const phpvm_ast_t *t)
{
    rt_strbuf_t text;
    rt_strbuf_init(&text, 16);
    class_text(c, t, &text, false);
    return rt_strbuf_finish(&text, &rt_type_str)->data;
}

/* Union member `cur` against an earlier one: the same class twice, or an intersection that
** another member makes redundant (A&B beside A, or beside A&B&C). */
static void check_members(comp_t *c, const phpvm_ast_t *cur, const phpvm_ast_t *earlier)
{
    enum { CAP = 32 };
    const char *a[CAP], *b[CAP];
    uint32_t na = member_classes(c, cur, a, CAP), nb = member_classes(c, earlier, b, CAP);
    if (!na || !nb)
        return;
    bool flip = nb < na; /* small: the member with fewer classes */
    const char **small = flip ? b : a, **large = flip ? a : b;
    uint32_t ns = flip ? nb : na, nl = flip ? na : nb, found = 0;
    for (uint32_t i = 0; i < ns; i++)
        for (uint32_t j = 0; j < nl; j++)
            if (strcasecmp(small[i], large[j]) == 0) {
                found++;
                break;
            }
    if (found < ns)
        return;
    const phpvm_ast_t *st = flip ? earlier : cur, *lt = flip ? cur : earlier;
    if (na == 1 && nb == 1)
        comp_fail(c, c->line, "Duplicate type %s is redundant", a[0]);
    else if (ns == nl)
        comp_fail(c, c->line, "Type %s is redundant with type %s", member_text(c, st),
                  member_text(c, lt));
    else
        comp_fail(c, c->line, "Type %s is redundant as it is more restrictive than type %s",
                  member_text(c, lt), member_text(c, st));
}

/* An intersection holds classes only, each once. */
static void check_intersection(comp_t *c, const phpvm_ast_t *t)
{
    for (uint32_t i = 0; i < t->count && !c->file->failed; i++) {
        const phpvm_ast_t *m = t->child[i];
        const char *bad = NULL;
        if (m->kind == PHPVM_AST_TYPE) {
            rt_vec_t *classes = rt_vec_new(1);
            bad = type_text(c, m, type_mask(c, m, classes))->data;
        } else {
            const char *n = comp_resolve(c, m, COMP_NS_CLASS, NULL);
            if (strcasecmp(n, "self") == 0 || strcasecmp(n, "parent") == 0)
                bad = n;
        }
        if (bad) {
            comp_fail(c, c->line, "Type %s cannot be part of an intersection type", bad);
            return;
        }
        for (uint32_t j = 0; j < i; j++)
            if (strcasecmp(type_name(c, m), type_name(c, t->child[j])) == 0) {
                comp_fail(c, c->line, "Duplicate type %s is redundant", type_name(c, m));
                return;
            }
    }
}

/* PHP's compile-time rules for a type declaration: no duplicates, mixed, void and never alone,
** not both true and false, no nullable mixed or null. Reports through comp_fail. */
static void check_type(comp_t *c, const phpvm_ast_t *t)
{
    bool nullable = t->kind == PHPVM_AST_NULLABLE_TYPE;
    const phpvm_ast_t *inner = nullable ? t->child[0] : t;
    uint32_t all = 0;
    bool complex = false, traversable = false;
    if (inner->kind == PHPVM_AST_TYPE_UNION) {
        for (uint32_t i = 0; i < inner->count && !c->file->failed; i++) {
            const char *name;
            uint32_t m = member_mask(c, inner->child[i], &name);
            bool trav = name && strcasecmp(name, "Traversable") == 0;
            complex |= m == 0;
            /* iterable is an alias of Traversable|array */
            if (((m & PHPVM_T_ITERABLE) && (all & PHPVM_T_ARRAY)) ||
                ((m & PHPVM_T_ARRAY) && (all & PHPVM_T_ITERABLE)))
                comp_fail(c, c->line, "Duplicate type array is redundant");
            else if (((m & PHPVM_T_ITERABLE) && traversable) ||
                     (trav && (all & PHPVM_T_ITERABLE)))
                comp_fail(c, c->line, "Duplicate type Traversable is redundant");
            traversable |= trav;
            if (m & PHPVM_T_MIXED)
                comp_fail(c, c->line, "Type mixed can only be used as a standalone type");
            else if (m & all) {
                static const struct { uint32_t bit; const char *name; } names[] = {
                    {PHPVM_T_NULL, "null"}, {PHPVM_T_FALSE, "false"}, {PHPVM_T_TRUE, "true"},
                    {PHPVM_T_INT, "int"}, {PHPVM_T_FLOAT, "float"}, {PHPVM_T_STRING, "string"},
                    {PHPVM_T_ARRAY, "array"}, {PHPVM_T_OBJECT, "object"},
                    {PHPVM_T_CALLABLE, "callable"}, {PHPVM_T_ITERABLE, "iterable"},
                    {PHPVM_T_VOID, "void"}, {PHPVM_T_STATIC, "static"}, {PHPVM_T_NEVER, "never"},
                };
                const char *dup = "mixed";
                for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
                    if (m & all & names[k].bit) {
                        dup = names[k].name;
                        break;
                    }
                comp_fail(c, c->line, "Duplicate type %s is redundant", dup);
            } else if (((all & PHPVM_T_TRUE) && m == PHPVM_T_FALSE) ||
                       ((all & PHPVM_T_FALSE) && m == PHPVM_T_TRUE)) {
                comp_fail(c, c->line, "Type contains both true and false, bool should be used "
                          "instead");
            }
            for (uint32_t j = 0; j < i && !c->file->failed; j++)
                check_members(c, inner->child[i], inner->child[j]);
            if (inner->child[i]->kind == PHPVM_AST_TYPE_INTERSECTION)
                check_intersection(c, inner->child[i]);
            all |= m;
        }
    } else if (inner->kind == PHPVM_AST_TYPE_INTERSECTION) {
        check_intersection(c, inner);
    } else {
        const char *name;
        all = member_mask(c, inner, &name);
        complex = all == 0;
    }
    if (c->file->failed)
        return;
    if ((all & PHPVM_T_OBJECT) && (complex || (all & PHPVM_T_STATIC))) {
        rt_vec_t *classes = rt_vec_new(2);
        comp_fail(c, c->line, "Type %s contains both object and a class type, which is redundant",
                  type_text(c, t, type_mask(c, t, classes))->data);
    } else if (nullable && (all & PHPVM_T_MIXED))
        comp_fail(c, c->line, "Type mixed cannot be marked as nullable since mixed already "
                  "includes null");
    else if (nullable && (all & PHPVM_T_NULL))
        comp_fail(c, c->line, "null cannot be marked as nullable");
    else if ((all & PHPVM_T_VOID) && (complex || nullable || all != PHPVM_T_VOID))
        comp_fail(c, c->line, "Void can only be used as a standalone type");
    else if ((all & PHPVM_T_NEVER) && (complex || nullable || all != PHPVM_T_NEVER))
        comp_fail(c, c->line, "never can only be used as a standalone type");
}

/* A type declaration tuple [mask, text, class names...] or 0 for none. */
static rt_value_t comp_type(comp_t *c, const phpvm_ast_t *t)
{
    if (!t)
        return 0;
    check_type(c, t);
    rt_vec_t *classes = rt_vec_new(2);
    uint32_t m = type_mask(c, t, classes);
    rt_str_t *s = type_text(c, t, m);
    rt_tuple_t *tu = rt_tuple_new(2 + rt_vec_len(classes));
    rt_tuple_init_item(tu, 0, rt_small(m));
    rt_tuple_init_item(tu, 1, rt_from_ptr(s));
    for (int64_t i = 0; i < rt_vec_len(classes); i++)
        rt_tuple_init_item(tu, 2 + i, rt_vec_get(classes, i));
    return rt_from_ptr(tu);
}

static bool is_null_const(const phpvm_ast_t *e)
{
    return e && e->kind == PHPVM_AST_CONST && strcasecmp(comp_name_text(e->child[0]), "null") == 0;
}

/* The type of a literal default value ("int", "bool"...) with its mask bits, or NULL when the
** default is an expression (PHP checks those when it evaluates them). */
static const char *literal_type(const phpvm_ast_t *e, uint32_t *mask)
{
    if (e->kind == PHPVM_AST_UNARY_OP &&
        (e->flags == PHPVM_AF_UNARY_MINUS || e->flags == PHPVM_AF_UNARY_PLUS) &&
        e->child[0]->kind == PHPVM_AST_ZVAL && e->child[0]->vtype != PHPVM_ZV_STR)
        e = e->child[0]; /* -1, +1.5 */
    if (e->kind == PHPVM_AST_ZVAL) {
        static const struct { uint32_t mask; const char *name; } zv[] = {
            [PHPVM_ZV_STR] = {PHPVM_T_STRING, "string"},
            [PHPVM_ZV_LONG] = {PHPVM_T_INT, "int"},
            [PHPVM_ZV_DOUBLE] = {PHPVM_T_FLOAT, "float"},
        };
        *mask = zv[e->vtype].mask;
        return zv[e->vtype].name;
    }
    if (e->kind == PHPVM_AST_ARRAY && e->count == 0) {
        *mask = PHPVM_T_ARRAY | PHPVM_T_ITERABLE;
        return "array";
    }
    if (e->kind != PHPVM_AST_CONST)
        return NULL;
    const char *n = comp_name_text(e->child[0]);
    *mask = strcasecmp(n, "null") == 0    ? PHPVM_T_NULL
            : strcasecmp(n, "true") == 0  ? PHPVM_T_TRUE | PHPVM_T_BOOL
            : strcasecmp(n, "false") == 0 ? PHPVM_T_FALSE | PHPVM_T_BOOL
                                          : 0;
    return !*mask ? NULL : *mask == PHPVM_T_NULL ? "null" : "bool";
}

/* A literal default must fit the declared type (an int fits float): PHP's compile-time error
** naming `what` ("parameter $p", "property C::$p") otherwise. */
static void check_default(comp_t *c, rt_value_t type, const phpvm_ast_t *def, const char *what,
                          int32_t line)
{
    uint32_t lit;
    const char *name = def && type ? literal_type(def, &lit) : NULL;
    if (!name)
        return;
    uint32_t m = (uint32_t)rt_small_value(rt_tuple_get((rt_tuple_t *)rt_ptr(type), 0));
    if (m & (lit | PHPVM_T_MIXED))
        return;
    if (lit == PHPVM_T_INT && (m & PHPVM_T_FLOAT)) { /* the default becomes a float, as in PHP */
        phpvm_ast_t *zv = (phpvm_ast_t *)(def->kind == PHPVM_AST_ZVAL ? def : def->child[0]);
        zv->dval = (double)zv->lval; /* (the compiler owns the tree: it rewrites this leaf) */
        zv->vtype = PHPVM_ZV_DOUBLE;
        return;
    }
    comp_fail(c, line, "Cannot use %s as default value for %s of type %s", name, what,
              phpvm_str(rt_tuple_get((rt_tuple_t *)rt_ptr(type), 1))->data);
}

/* A parameter's type with a null default (`T $p = null`): PHP makes it implicitly nullable,
** spelled ?T (or T1|T2|null for a union) in messages and Reflection. */
static rt_value_t implicit_nullable(rt_value_t t, const phpvm_ast_t *def)
{
    rt_tuple_t *tu = (rt_tuple_t *)rt_ptr(t);
    uint32_t m = (uint32_t)rt_small_value(rt_tuple_get(tu, 0));
    if (!is_null_const(def) || (m & (PHPVM_T_NULL | PHPVM_T_MIXED)))
        return t;
    rt_tuple_t *nt = rt_tuple_new(rt_tuple_len(tu));
    rt_tuple_init_item(nt, 0, rt_small(m | PHPVM_T_NULL));
    rt_tuple_init_item(nt, 1, rt_from_ptr(nullable_text(phpvm_str(rt_tuple_get(tu, 1)))));
    for (int64_t i = 2; i < rt_tuple_len(tu); i++)
        rt_tuple_init_item(nt, i, rt_tuple_get(tu, i));
    return rt_from_ptr(nt);
}

/* ---- Code objects ---- */

static void comp_init(comp_t *c, comp_file_t *file)
{
    memset(c, 0, sizeof *c);
    c->file = file;
    c->arena = file->arena;
    c->handler = RT_CODE_NO_LABEL;
    c->ns_label = RT_CODE_NO_LABEL;
    c->kconsts = rt_map_new(8);
}

static phpvm_code_t *comp_finish(comp_t *c, const char *name, const char *qualname, int32_t line,
                                 uint32_t flags)
{
    close_region(c);
    for (uint32_t i = 0; i < c->npatches; i++) {
        uint32_t pc = rt_code_builder_label_pc(&c->b, c->patches[i].label);
        rt_code_builder_patch(&c->b, c->patches[i].pc, &pc, 4);
    }
    rt_str_t *handlers = rt_str_alloc(&rt_type_bytes, c->nregions * sizeof(phpvm_handler_t));
    phpvm_handler_t *h = (phpvm_handler_t *)handlers->data;
    for (uint32_t i = 0; i < c->nregions; i++) {
        comp_region_t *r = &c->regions[i];
        h[i] = (phpvm_handler_t){r->start, r->end, rt_code_builder_label_pc(&c->b, r->label),
                                 r->depth};
    }
    rt_tuple_t *cvnames = rt_tuple_new(c->ncv);
    for (uint32_t i = 0; i < c->ncv; i++)
        rt_tuple_init_item(cvnames, i, comp_str(c->cvs[i], strlen(c->cvs[i])));
    if (c->file->strict)
        flags |= PHPVM_CODE_STRICT;
    rt_code_desc_t desc = {
        .type = &phpvm_type_code,
        .size = sizeof(phpvm_code_t),
        .name = rt_str_from_cstr(name),
        .qualname = rt_str_from_cstr(qualname),
        .filename = c->file->filename,
        .firstline = line,
        .flags = flags,
    };
    rt_tuple_t *caches = rt_tuple_new((int64_t)c->ncaches * PHPVM_CACHE_WORDS);
    rt_code_builder_trim_locals(&c->b, PHPVM_NHIDDEN + c->ncv + c->temp_next);
    phpvm_code_t *code = (phpvm_code_t *)rt_code_builder_finish(&c->b, &desc);
    code->cvnames = cvnames;
    code->caches = caches;
    code->handlers = handlers;
    code->nhandlers = c->nregions;
    code->ncv = c->ncv;
    code->fcache_version = UINT64_MAX; /* no cache yet: INIT_FCALL's fast path tests this alone */
    gc_write_barrier(code);
    if (getenv("PYHYP_PHP_DIS"))
        phpvm_disassemble(stderr, code);
    return code;
}

static rt_value_t comp_init_value(comp_t *parent, const phpvm_ast_t *e, phpvm_class_t *cls,
                                  const char *class_name);
static void func_meta(comp_t *c, phpvm_func_t *f, const phpvm_ast_t *decl, const char *cname);

/* Whether an attribute list (ATTRIBUTE_LIST of groups) names the attribute class `name`. */
static bool has_attribute(comp_t *c, const phpvm_ast_t *list, const char *name)
{
    for (uint32_t g = 0; list && g < list->count; g++)
        for (uint32_t i = 0; list->child[g] && i < list->child[g]->count; i++) {
            const phpvm_ast_t *a = list->child[g]->child[i];
            if (a && strcasecmp(comp_resolve(c, a->child[0], COMP_NS_CLASS, NULL), name) == 0)
                return true;
        }
    return false;
}

/* Parameters: flags, names, types; compiles the defaults into the prologue (and keeps them
** apart for Reflection, as constant-expression initializers). */
static void comp_params(comp_t *c, phpvm_func_t *f, const phpvm_ast_t *params)
{
    uint32_t np = params ? params->count : 0;
    f->nparams = np;
    RT_STORE(f, pblob, rt_str_alloc(&rt_type_bytes, (np + 1) * sizeof(uint32_t)));
    f->pflags = (uint32_t *)f->pblob->data;
    RT_STORE(f, pnames, rt_tuple_new(np));
    RT_STORE(f, ptypes, rt_tuple_new(np));
    uint32_t nreq = 0;
    for (uint32_t i = 0; i < np; i++)
        if (!params->child[i]->child[2] && !(params->child[i]->flags & PHPVM_AF_PARAM_VARIADIC))
            nreq = i + 1;
    for (uint32_t i = 0; i < np; i++) {
        const phpvm_ast_t *p = params->child[i];
        uint32_t fl = 0;
        if (strcmp(p->child[1]->str, "this") == 0)
            comp_fail(c, (int32_t)p->line, "Cannot use $this as parameter");
        for (uint32_t j = 0; j < i; j++)
            if (strcmp(params->child[j]->child[1]->str, p->child[1]->str) == 0) {
                comp_fail(c, (int32_t)p->line, "Redefinition of parameter $%s", p->child[1]->str);
                break;
            }
        if (p->flags & PHPVM_AF_PARAM_REF)
            fl |= PHPVM_P_BYREF;
        if (p->flags & PHPVM_AF_PARAM_VARIADIC) {
            fl |= PHPVM_P_VARIADIC;
            f->flags |= PHPVM_F_VARIADIC;
            if (i + 1 < np)
                comp_fail(c, (int32_t)p->line, "Only the last parameter can be variadic");
            else if (p->child[2])
                comp_fail(c, (int32_t)p->line, "Variadic parameter cannot have a default value");
        }
        if (p->child[2] || (fl & PHPVM_P_VARIADIC))
            fl |= PHPVM_P_OPTIONAL;
        if (has_attribute(c, p->child[3], "SensitiveParameter"))
            fl |= PHPVM_P_SENSITIVE;
        f->pflags[i] = fl;
        rt_tuple_init_item(f->pnames, i, comp_str(p->child[1]->str, strlen(p->child[1]->str)));
        rt_value_t t = comp_type(c, p->child[0]);
        if (p->child[2] && (!is_null_const(p->child[2]) || /* (a promoted one may not be null) */
                            (p->flags & (PHPVM_AF_PARAM_MODIFIER_PUBLIC |
                                         PHPVM_AF_PARAM_MODIFIER_PROTECTED |
                                         PHPVM_AF_PARAM_MODIFIER_PRIVATE)))) {
            char what[300];
            snprintf(what, sizeof what, "parameter $%.200s", p->child[1]->str);
            check_default(c, t, p->child[2], what, (int32_t)p->line);
        }
        rt_tuple_init_item(f->ptypes, i, t ? implicit_nullable(t, p->child[2]) : 0);
        /* `T $p = null` before a required one is PHP 5's way to write ?T: allowed */
        if (p->child[2] && i + 1 < nreq &&
            !(p->child[0] && p->child[0]->kind != PHPVM_AST_NULLABLE_TYPE &&
              is_null_const(p->child[2]))) {
            char msg[512];
            snprintf(msg, sizeof msg, "Optional parameter $%s declared before required parameter "
                     "$%s is implicitly treated as a required parameter", p->child[1]->str,
                     params->child[nreq - 1]->child[1]->str);
            phpvm_report(PHPVM_E_DEPRECATED, msg, c->file->filename->data, (int32_t)p->line);
        }
    }
    f->nrequired = nreq;
    RT_STORE(f, pdefaults, rt_tuple_new(np));
    for (uint32_t i = 0; i < np; i++)
        if (params->child[i]->child[2])
            rt_tuple_init_item(f->pdefaults, i,
                               comp_init_value(c, params->child[i]->child[2], NULL, c->class_name));
    for (uint32_t i = 0; i < np; i++) {
        const phpvm_ast_t *p = params->child[i];
        if (!p->child[2] || i < nreq)
            continue;
        c->line = (int32_t)p->line;
        uint32_t slot = PHPVM_NHIDDEN + i, skip = comp_label(c);
        EMIT2(c, JMP_BOUND, slot, skip);
        comp_expr(c, p->child[2]);
        EMIT2(c, ASSIGN_DEFAULT, slot, f->defaults_slot);
        comp_bind(c, skip);
    }
    for (uint32_t i = 0; i < np; i++) {
        const phpvm_ast_t *p = params->child[i];
        if (!(p->flags & (PHPVM_AF_PARAM_MODIFIER_PUBLIC | PHPVM_AF_PARAM_MODIFIER_PROTECTED |
                          PHPVM_AF_PARAM_MODIFIER_PRIVATE | PHPVM_PROP_READONLY)))
            continue;
        uint32_t name = comp_name(c, p->child[1]->str, strlen(p->child[1]->str));
        if (p->flags & PHPVM_AF_PARAM_REF) { /* public array &$a: the property is bound to it */
            EMIT0(c, LOAD_THIS);
            EMIT1(c, MAKE_REF, PHPVM_NHIDDEN + i);
            EMIT1(c, BIND_REF_PROP, name);
            continue;
        }
        EMIT1(c, LOAD, PHPVM_NHIDDEN + i);
        EMIT1(c, ASSIGN_THIS_PROP, name);
        EMIT0(c, POP);
    }
}

/* PHP's compile errors for a promoted parameter (one with a visibility or readonly) where
** no property can be declared. */
static void check_promoted(comp_t *c, const phpvm_ast_t *decl, const char *name)
{
    const phpvm_ast_t *params = decl->child[2];
    for (uint32_t i = 0; params && i < params->count; i++) {
        const phpvm_ast_t *p = params->child[i];
        if (!(p->flags & (PHPVM_AF_PARAM_MODIFIER_PUBLIC | PHPVM_AF_PARAM_MODIFIER_PROTECTED |
                          PHPVM_AF_PARAM_MODIFIER_PRIVATE | PHPVM_PROP_READONLY)))
            continue;
        const char *err = NULL;
        if (decl->kind != PHPVM_AST_METHOD || strcasecmp(name, "__construct") != 0)
            err = "Cannot declare promoted property outside a constructor";
        else if ((decl->flags & PHPVM_F_ABSTRACT) || !decl->child[3])
            err = "Cannot declare promoted property in an abstract constructor";
        else if (p->flags & PHPVM_AF_PARAM_VARIADIC)
            err = "Cannot declare variadic promoted property";
        if (err)
            comp_fail(c, (int32_t)p->line, "%s", err);
        return;
    }
}

/* PHP's compile errors of a closure's use clause entry i: $this, a name used twice or also a
** parameter's. */
static void check_use(comp_t *c, const phpvm_ast_t *decl, uint32_t i)
{
    const phpvm_ast_t *uses = decl->child[3], *params = decl->child[2];
    const char *n = uses->child[i]->child[0]->str;
    int32_t line = (int32_t)uses->child[i]->line;
    if (strcmp(n, "this") == 0) {
        comp_fail(c, line, "Cannot use $this as lexical variable");
        return;
    }
    for (uint32_t j = 0; j < i; j++)
        if (strcmp(uses->child[j]->child[0]->str, n) == 0) {
            comp_fail(c, line, "Cannot use variable $%s twice", n);
            return;
        }
    for (uint32_t j = 0; params && j < params->count; j++)
        if (strcmp(params->child[j]->child[1]->str, n) == 0) {
            comp_fail(c, line, "Cannot use lexical variable $%s as a parameter name", n);
            return;
        }
}

/* PHP's compile errors for `return` statements (in n, outside nested functions) that the
** declared return type (mask m) rules out. */
static void check_returns(comp_t *c, const phpvm_ast_t *n, uint32_t m)
{
    if (!n || n->kind == PHPVM_AST_ZVAL || n->kind == PHPVM_AST_FUNC_DECL ||
        n->kind == PHPVM_AST_CLOSURE || n->kind == PHPVM_AST_ARROW_FUNC ||
        n->kind == PHPVM_AST_CLASS || c->file->failed)
        return;
    if (n->kind == PHPVM_AST_RETURN) {
        const phpvm_ast_t *e = n->child[0];
        if (m & PHPVM_T_NEVER)
            comp_fail(c, (int32_t)n->line, "A never-returning function must not return");
        else if ((m & PHPVM_T_VOID) && e)
            comp_fail(c, (int32_t)n->line, "A void function must not return a value%s",
                      is_null_const(e) ? " (did you mean \"return;\" instead of \"return null;\"?)"
                                       : "");
        else if (!(m & PHPVM_T_VOID) && !e)
            comp_fail(c, (int32_t)n->line, "A function with return type must return a value%s",
                      m & (PHPVM_T_NULL | PHPVM_T_MIXED)
                          ? " (did you mean \"return null;\" instead of \"return;\"?)"
                          : "");
        return;
    }
    for (uint32_t i = 0; i < n->count; i++)
        check_returns(c, n->child[i], m);
}

phpvm_func_t *comp_function(comp_t *parent, const phpvm_ast_t *decl, const char *name,
                            const char *class_name, uint32_t extra_flags)
{
    comp_t c;
    comp_init(&c, parent->file);
    c.class_name = class_name;
    c.func_name = name;
    c.in_class = class_name != NULL;
    if (decl->kind == PHPVM_AST_FUNC_DECL && strcasecmp(decl->child[0]->str, "assert") == 0)
        comp_fail(parent, (int32_t)decl->line, "Defining a custom assert() function is not "
                  "allowed, as the function has special semantics");
    const phpvm_ast_t *params = decl->child[2];
    bool is_closure = decl->kind == PHPVM_AST_CLOSURE;
    bool is_arrow = decl->kind == PHPVM_AST_ARROW_FUNC;
    const phpvm_ast_t *body = is_closure ? decl->child[4] : decl->child[3];
    const phpvm_ast_t *rettype = is_closure ? decl->child[5] : decl->child[4];
    for (uint32_t i = 0; params && i < params->count; i++)
        add_cv(&c, params->child[i]->child[1]->str);
    uint32_t nuses = 0;
    if (is_closure && decl->child[3]) {
        for (uint32_t i = 0; i < decl->child[3]->count; i++)
            check_use(&c, decl, i);
        for (uint32_t i = 0; i < decl->child[3]->count; i++)
            add_cv(&c, decl->child[3]->child[i]->child[0]->str);
        nuses = decl->child[3]->count;
    }
    if (is_arrow) {
        /* Arrow functions capture by value every parent variable their body names; the hidden
        ** CVs (variable variables' table, func_get_args' arguments) are their own, after them. */
        uint32_t before = c.ncv;
        collect(&c, body);
        for (uint32_t i = before; i < c.ncv; i++) {
            const char *cv = c.cvs[i];
            if (cv[0] && strcmp(cv, PHPVM_ARGS_CV) != 0) {
                memmove(&c.cvs[before + nuses + 1], &c.cvs[before + nuses],
                        (i - before - nuses) * sizeof *c.cvs);
                c.cvs[before + nuses++] = cv;
            }
        }
    }
    collect(&c, params);
    collect(&c, body);
    for (uint32_t i = 0; i < params->count; i++)
        if (params->child[i]->child[2]) {
            add_cv(&c, PHPVM_DEFAULTS_CV);
            break;
        }
    c.ntemps += 2;
    rt_code_builder_init(&c.b, c.arena, RT_LANG_PHP, PHPVM_NHIDDEN + c.ncv + c.ntemps);
    phpvm_func_t *f = phpvm_func_new(rt_str_from_cstr(name));
    f->flags = (decl->flags & 0xff) | extra_flags;
    if (decl->flags & PHPVM_AF_FUNC_RETURNS_REF)
        f->flags |= PHPVM_F_BYREF_RETURN;
    f->line = (int32_t)decl->line;
    f->nuses = nuses;
    bool is_gen = has_yield(is_arrow ? body->child[0] : body);
    if (is_gen)
        f->flags |= PHPVM_F_GENERATOR;
    c.line = (int32_t)decl->line;
    check_promoted(&c, decl, name);
    for (uint32_t i = 0; i < c.ncv; i++) {
        if (strcmp(c.cvs[i], PHPVM_ARGS_CV) == 0)
            f->args_slot = PHPVM_NHIDDEN + i;
        if (strcmp(c.cvs[i], PHPVM_DEFAULTS_CV) == 0)
            f->defaults_slot = PHPVM_NHIDDEN + i;
    }
    comp_params(&c, f, params);
    RT_STORE(f, rettype, (phpvm_typedecl_t *)rt_ptr(comp_type(&c, rettype)));
    if (f->rettype && !is_gen && !is_arrow)
        check_returns(&c, body, (uint32_t)rt_small_value(rt_tuple_get(f->rettype, 0)));
    /* A generator's declared type is the Generator's, not its return statement's. */
    c.verify_return = f->rettype != NULL && !is_gen;
    c.return_ref = (f->flags & PHPVM_F_BYREF_RETURN) && !is_gen;
    c.yield_ref = (f->flags & PHPVM_F_BYREF_RETURN) && is_gen;
    c.nest = 1;
    if (is_arrow) {
        c.line = (int32_t)body->line;
        comp_expr(&c, body->child[0]);
        if (c.verify_return)
            EMIT0(&c, VERIFY_RETURN);
        EMIT0(&c, RETURN);
    } else {
        c.body = body;
        comp_stmts(&c, body);
        c.line = (int32_t)decl->end_line;
        if (c.verify_return && !(rt_small_value(rt_tuple_get(f->rettype, 0)) & PHPVM_T_VOID)) {
            EMIT0(&c, MISSING_RETURN);
        } else {
            EMIT0(&c, NULL);
            EMIT0(&c, RETURN);
        }
    }
    if (c.file->failed)
        return NULL;
    char qual[256];
    snprintf(qual, sizeof qual, "%s%s%s", class_name ? class_name : "", class_name ? "::" : "",
             name);
    f->code = comp_finish(&c, name, qual, (int32_t)decl->line, is_gen ? RT_CODE_GENERATOR : 0);
    gc_write_barrier(f);
    func_meta(parent, f, decl, class_name);
    return f;
}

/* ---- Classes ---- */

/* A constant-expression initializer: a literal value, or a thunk function returning it. */
/* The static::class in constant expression e, or NULL: PHP resolves those at compile time. */
static const phpvm_ast_t *static_class_name(const phpvm_ast_t *e)
{
    if (!e || e->kind == PHPVM_AST_ZVAL)
        return NULL;
    if (e->kind == PHPVM_AST_CLASS_NAME && e->child[0] && e->child[0]->kind == PHPVM_AST_NAME &&
        strcasecmp(comp_name_text(e->child[0]), "static") == 0)
        return e;
    for (uint32_t i = 0; i < e->count; i++) {
        const phpvm_ast_t *s = static_class_name(e->child[i]);
        if (s)
            return s;
    }
    return NULL;
}

static rt_value_t comp_init_value(comp_t *parent, const phpvm_ast_t *e, phpvm_class_t *cls,
                                  const char *class_name)
{
    rt_value_t v;
    if (!e)
        return rt_none;
    const phpvm_ast_t *st = static_class_name(e);
    if (st) {
        comp_fail(parent, (int32_t)st->line,
                  "static::class cannot be used for compile-time class name resolution");
        return rt_none;
    }
    if (comp_literal(parent, e, &v))
        return v;
    comp_t c;
    comp_init(&c, parent->file);
    c.class_name = class_name;
    c.in_class = class_name != NULL;
    collect(&c, e);
    c.ntemps = 2;
    rt_code_builder_init(&c.b, c.arena, RT_LANG_PHP, PHPVM_NHIDDEN + c.ncv + c.ntemps);
    c.line = (int32_t)e->line;
    comp_expr(&c, e);
    EMIT0(&c, RETURN);
    if (c.file->failed)
        return rt_none;
    phpvm_func_t *f = phpvm_func_new(rt_str_from_cstr("{constant}"));
    f->flags = PHPVM_F_THUNK;
    f->scope = cls;
    RT_STORE(f, pblob, rt_str_alloc(&rt_type_bytes, sizeof(uint32_t)));
    f->pflags = (uint32_t *)f->pblob->data;
    RT_STORE(f, pnames, rt_tuple_new(0));
    RT_STORE(f, ptypes, rt_tuple_new(0));
    RT_STORE(f, code, comp_finish(&c, "{constant}", "{constant}", (int32_t)e->line, 0));
    return rt_from_ptr(f);
}

/* ---- Reflection metadata ---- */

/* An attribute's arguments as one constant-expression initializer of an array: positional
** ones appended, named ones under their names. */
static rt_value_t attr_args(comp_t *c, const phpvm_ast_t *args, phpvm_class_t *cls,
                            const char *class_name)
{
    phpvm_ast_t *arr = phpvm_ast_list(c->arena, PHPVM_AST_ARRAY, args ? args->line : 0);
    if (!comp_args_ordered(c, args))
        return rt_none;
    for (uint32_t i = 0; args && i < args->count; i++) {
        const phpvm_ast_t *a = args->child[i];
        if (a->kind == PHPVM_AST_UNPACK) {
            comp_fail(c, (int32_t)a->line, "Cannot use unpacking in attribute argument list");
            return rt_none;
        }
        bool named = a->kind == PHPVM_AST_NAMED_ARG;
        for (uint32_t j = 0; named && j < i; j++) {
            if (args->child[j]->kind == PHPVM_AST_NAMED_ARG &&
                strcmp(args->child[j]->child[0]->str, a->child[0]->str) == 0) {
                comp_fail(c, c->line, "Duplicate named parameter $%s",
                          a->child[0]->str);
                return rt_none;
            }
        }
        phpvm_ast_t *key = named ? phpvm_ast_str(c->arena, a->line, a->child[0]->str,
                                                 strlen(a->child[0]->str))
                                 : NULL;
        phpvm_ast_add(c->arena, arr,
                      phpvm_ast_new(c->arena, PHPVM_AST_ARRAY_ELEM, 0, a->line,
                                    named ? a->child[1] : a, key));
    }
    return comp_init_value(c, arr, cls, class_name);
}

/* The attributes of an ATTRIBUTE_LIST as a tuple of (name, arguments, line), or 0: none. */
static rt_value_t comp_attrs(comp_t *c, const phpvm_ast_t *list, phpvm_class_t *cls,
                             const char *class_name)
{
    uint32_t n = 0;
    for (uint32_t g = 0; list && g < list->count; g++)
        n += list->child[g]->count;
    if (!n)
        return 0;
    rt_tuple_t *t = rt_tuple_new(n);
    n = 0;
    for (uint32_t g = 0; g < list->count; g++)
        for (uint32_t i = 0; i < list->child[g]->count; i++) {
            const phpvm_ast_t *a = list->child[g]->child[i];
            const char *name = comp_resolve(c, a->child[0], COMP_NS_CLASS, NULL);
            rt_tuple_t *at = rt_tuple_new(3);
            rt_tuple_init_item(at, 0, comp_str(name, strlen(name)));
            rt_tuple_init_item(at, 1, attr_args(c, a->child[1], cls, class_name));
            rt_tuple_init_item(at, 2, rt_small(a->line));
            rt_tuple_init_item(t, n++, rt_from_ptr(at));
        }
    return rt_from_ptr(t);
}

/* A PHPVM_META_* tuple of a declaration's doc comment (a ZVAL or NULL) and attributes, or NULL
** when it has neither. */
static rt_tuple_t *comp_meta(comp_t *c, const phpvm_ast_t *doc, const phpvm_ast_t *attrs,
                             phpvm_class_t *cls, const char *class_name)
{
    rt_value_t a = comp_attrs(c, attrs, cls, class_name);
    if (!doc && !a)
        return NULL;
    rt_tuple_t *m = rt_tuple_new(PHPVM_META_N);
    rt_tuple_init_item(m, PHPVM_META_DOC, doc ? comp_str(doc->str, doc->len) : 0);
    rt_tuple_init_item(m, PHPVM_META_ATTRS, a);
    rt_tuple_init_item(m, PHPVM_META_PARAMS, 0);
    return m;
}

/* Records a class member's metadata under key (see phpvm_class_t.meta). */
static void class_meta(comp_t *c, phpvm_class_t *cls, const char *cname, const char *key,
                       const phpvm_ast_t *doc, const phpvm_ast_t *attrs)
{
    rt_tuple_t *m = comp_meta(c, doc, attrs, cls, cname);
    if (!m)
        return;
    if (!cls->meta)
        RT_STORE(cls, meta, phpvm_array_new(0));
    rt_map_set_str(cls->meta, rt_str_from_cstr(key), rt_from_ptr(m));
}

/* A function's metadata: its own, and its parameters' attributes. */
static void func_meta(comp_t *c, phpvm_func_t *f, const phpvm_ast_t *decl, const char *cname)
{
    const phpvm_ast_t *params = decl->child[2];
    rt_tuple_t *pa = NULL;
    for (uint32_t i = 0; params && i < params->count; i++) {
        rt_value_t a = comp_attrs(c, params->child[i]->child[3], f->scope, cname);
        if (a && !pa)
            pa = rt_tuple_new(params->count);
        if (a)
            rt_tuple_init_item(pa, i, a);
    }
    const phpvm_ast_t *attrs = decl->child[decl->kind == PHPVM_AST_CLOSURE ? 6 : 5];
    rt_tuple_t *m = comp_meta(c, decl->child[1], attrs, f->scope, cname);
    if (pa && !m) {
        m = rt_tuple_new(PHPVM_META_N);
        rt_tuple_init_item(m, PHPVM_META_DOC, 0);
        rt_tuple_init_item(m, PHPVM_META_ATTRS, 0);
    }
    if (m)
        rt_tuple_init_item(m, PHPVM_META_PARAMS, pa ? rt_from_ptr(pa) : 0);
    RT_STORE(f, meta, m);
}

static rt_value_t name_value(comp_t *c, const phpvm_ast_t *n)
{
    const char *s = comp_resolve(c, n, COMP_NS_CLASS, NULL);
    return comp_str(s, strlen(s));
}

/* A class name where only a declared one may stand (extends, implements, use): PHP's compile
** error for self, parent and static; `what` is "class", "interface" or "trait". */
static void reserved_ref(comp_t *c, const phpvm_ast_t *n, const char *what)
{
    const char *s = comp_name_text(n);
    if (strcasecmp(s, "self") == 0 || strcasecmp(s, "parent") == 0 || strcasecmp(s, "static") == 0)
        comp_fail(c, (int32_t)n->line, "Cannot use '%s' as %s name, as it is reserved", s, what);
}

/* `use T1, T2 { T1::m insteadof T2; m as protected alias; }`: the names and the adaptation
** tuples (vm.h PHPVM_TR_*) that phpvm_class_use_traits applies when the class is linked. */
static void comp_use_trait(comp_t *parent, phpvm_class_t *cls, const phpvm_ast_t *m)
{
    if (!cls->traits) {
        RT_STORE(cls, traits, rt_vec_new(2));
        RT_STORE(cls, trait_rules, rt_vec_new(0));
    }
    for (uint32_t i = 0; i < m->child[0]->count; i++) {
        reserved_ref(parent, m->child[0]->child[i], "trait");
        rt_vec_append(cls->traits, name_value(parent, m->child[0]->child[i]));
    }
    if (cls->flags & PHPVM_C_INTERFACE)
        comp_fail(parent, (int32_t)m->line, "Cannot use traits inside of interfaces. %s is used in "
                  "%s", phpvm_str(rt_vec_get(cls->traits, 0))->data, cls->name->data);
    const phpvm_ast_t *ad = m->child[1];
    for (uint32_t i = 0; ad && i < ad->count; i++) {
        const phpvm_ast_t *a = ad->child[i], *ref = a->child[0];
        rt_tuple_t *r = rt_tuple_new(PHPVM_TR_N);
        bool insteadof = a->kind == PHPVM_AST_TRAIT_PRECEDENCE;
        rt_tuple_init_item(r, PHPVM_TR_KIND, rt_small(insteadof ? PHPVM_TR_INSTEADOF
                                                                : PHPVM_TR_ALIAS));
        rt_tuple_init_item(r, PHPVM_TR_TRAIT, ref->child[0] ? name_value(parent, ref->child[0])
                                                            : rt_none);
        rt_tuple_init_item(r, PHPVM_TR_METHOD, comp_str(ref->child[1]->str, ref->child[1]->len));
        rt_value_t arg = rt_none;
        if (insteadof) {
            rt_tuple_t *names = rt_tuple_new(a->child[1]->count);
            for (uint32_t j = 0; j < a->child[1]->count; j++) {
                reserved_ref(parent, a->child[1]->child[j], "trait");
                rt_tuple_init_item(names, j, name_value(parent, a->child[1]->child[j]));
            }
            arg = rt_from_ptr(names);
        } else if (a->child[1]) {
            arg = comp_str(a->child[1]->str, a->child[1]->len);
        }
        static const struct { uint32_t flag; const char *name; } no_alias[] = {
            {PHPVM_AF_MODIFIER_STATIC, "static"}, {PHPVM_AF_MODIFIER_ABSTRACT, "abstract"},
            {PHPVM_AF_MODIFIER_FINAL, "final"}, {PHPVM_AF_MODIFIER_READONLY, "readonly"}};
        for (size_t k = 0; !insteadof && k < sizeof no_alias / sizeof no_alias[0]; k++)
            if (a->flags & no_alias[k].flag)
                comp_fail(parent, (int32_t)a->line, "Cannot use '%s' as method modifier",
                          no_alias[k].name);
        rt_tuple_init_item(r, PHPVM_TR_ARG, arg);
        rt_tuple_init_item(r, PHPVM_TR_FLAGS, rt_small(insteadof ? 0 : a->flags));
        rt_vec_append(cls->trait_rules, rt_from_ptr(r));
    }
}

/* PHP's compile-time rules for a readonly property. */
static bool readonly_prop_ok(comp_t *c, uint32_t flags, rt_value_t type, const phpvm_ast_t *def,
                             const char *cname, const char *name)
{
    if (flags & PHPVM_AF_MODIFIER_STATIC)
        comp_fail(c, c->line, "Static property %s::$%s cannot be readonly", cname, name);
    else if (!type)
        comp_fail(c, c->line, "Readonly property %s::$%s must have type", cname, name);
    else if (def)
        comp_fail(c, c->line, "Readonly property %s::$%s cannot have default value", cname,
                  name);
    return !c->file->failed;
}

/* The resolved names of the interfaces a class implements or an interface extends (list). */
static rt_tuple_t *iface_names(comp_t *parent, const phpvm_ast_t *list)
{
    rt_tuple_t *names = rt_tuple_new(list->count);
    for (uint32_t i = 0; i < list->count; i++) {
        reserved_ref(parent, list->child[i], "interface");
        const char *n = comp_resolve(parent, list->child[i], COMP_NS_CLASS, NULL);
        rt_tuple_init_item(names, i, comp_str(n, strlen(n)));
    }
    return names;
}

/* A property declared twice in a class (static or not, promoted or not) is PHP's compile
** error; false after it. */
static bool prop_new(comp_t *c, phpvm_class_t *cls, const char *cname, rt_str_t *name,
                     uint32_t line)
{
    if (rt_map_get_str(cls->props, name) == RT_NOVALUE &&
        rt_map_get_str(cls->sdefaults, name) == RT_NOVALUE)
        return true;
    comp_fail(c, (int32_t)line, "Cannot redeclare %s::$%s", cname, name->data);
    return false;
}

static void comp_class_member(comp_t *parent, phpvm_class_t *cls, const char *cname,
                              const phpvm_ast_t *m)
{
    switch (m->kind) {
    case PHPVM_AST_PROP_GROUP: {
        const phpvm_ast_t *decl = m->child[1];
        rt_value_t type = comp_type(parent, m->child[0]);
        uint32_t flags = m->flags | (cls->flags & PHPVM_C_READONLY ? PHPVM_PROP_READONLY : 0);
        if (type && (rt_small_value(rt_tuple_get((rt_tuple_t *)rt_ptr(type), 0)) &
                     (PHPVM_T_CALLABLE | PHPVM_T_VOID | PHPVM_T_NEVER))) {
            comp_fail(parent, (int32_t)m->line, "Property %s::$%s cannot have type %s", cname,
                      decl->child[0]->child[0]->str,
                      phpvm_str(rt_tuple_get((rt_tuple_t *)rt_ptr(type), 1))->data);
            return;
        }
        if (cls->cases) {
            comp_fail(parent, (int32_t)m->line, "Enum %s cannot include properties", cname);
            return;
        }
        if (cls->flags & PHPVM_C_INTERFACE) {
            comp_fail(parent, (int32_t)m->line, "Interfaces may not include properties");
            return;
        }
        if (m->flags & PHPVM_F_ABSTRACT) {
            comp_fail(parent, (int32_t)m->line, "Properties cannot be declared abstract");
            return;
        }
        for (uint32_t i = 0; i < decl->count; i++) {
            const phpvm_ast_t *el = decl->child[i];
            rt_str_t *name = rt_str_intern(rt_str_from_cstr(el->child[0]->str));
            if (m->flags & PHPVM_F_FINAL) {
                comp_fail(parent, (int32_t)m->line, "Cannot declare property %s::$%s final, the "
                          "final modifier is allowed only for methods, classes, and class "
                          "constants", cname, name->data);
                return;
            }
            if (!prop_new(parent, cls, cname, name, el->line))
                return;
            if ((flags & PHPVM_PROP_READONLY) &&
                !readonly_prop_ok(parent, flags, type, el->child[1], cname, name->data))
                return;
            if (type && el->child[1] && is_null_const(el->child[1]) &&
                !(rt_small_value(rt_tuple_get((rt_tuple_t *)rt_ptr(type), 0)) &
                  (PHPVM_T_NULL | PHPVM_T_MIXED))) {
                rt_str_t *text = phpvm_str(rt_tuple_get((rt_tuple_t *)rt_ptr(type), 1));
                if (!memchr(text->data, '&', (size_t)text->len) || memchr(text->data, '|',
                                                                          (size_t)text->len)) {
                    comp_fail(parent, (int32_t)el->line, "Default value for property of type %s "
                              "may not be null. Use the nullable type %s to allow null default "
                              "value", text->data, nullable_text(text)->data);
                    return;
                }
            }
            char what[600];
            snprintf(what, sizeof what, "property %.300s::$%.200s", cname, name->data);
            check_default(parent, type, el->child[1], what, (int32_t)el->line);
            rt_value_t def = el->child[1] ? comp_init_value(parent, el->child[1], cls, cname)
                                          : (type ? 0 : rt_none);
            if (m->flags & PHPVM_AF_MODIFIER_STATIC) {
                rt_map_set_str(cls->sdefaults, name, def ? def : rt_none);
                if ((flags & (PHPVM_F_PROTECTED | PHPVM_F_PRIVATE)) || type) {
                    rt_tuple_t *info = rt_tuple_new(PHPVM_PI_N);
                    rt_tuple_init_item(info, PHPVM_PI_FLAGS,
                                       rt_small((flags & 7 ? flags : flags | PHPVM_F_PUBLIC) |
                                                (def ? 0 : PHPVM_PROP_NODEFAULT)));
                    rt_tuple_init_item(info, PHPVM_PI_CLASS, rt_from_ptr(cls));
                    rt_tuple_init_item(info, PHPVM_PI_SLOT, rt_small(0));
                    rt_tuple_init_item(info, PHPVM_PI_TYPE, type ? type : rt_none);
                    rt_map_set_str(cls->sprop_info, name, rt_from_ptr(info));
                }
                continue;
            }
            rt_tuple_t *info = rt_tuple_new(PHPVM_PI_N);
            rt_tuple_init_item(info, PHPVM_PI_FLAGS,
                               rt_small((flags & 7 ? flags : flags | PHPVM_F_PUBLIC) |
                                        (def ? 0 : PHPVM_PROP_NODEFAULT)));
            rt_tuple_init_item(info, PHPVM_PI_CLASS, rt_from_ptr(cls));
            rt_tuple_init_item(info, PHPVM_PI_SLOT, rt_small(0));
            rt_tuple_init_item(info, PHPVM_PI_TYPE, type ? type : rt_none);
            rt_map_set_str(cls->props, name, rt_from_ptr(info));
            rt_map_set_str(cls->defaults, name, def ? def : rt_none);
        }
        for (uint32_t i = 0; i < decl->count; i++) {
            char key[256];
            snprintf(key, sizeof key, "$%s", decl->child[i]->child[0]->str);
            class_meta(parent, cls, cname, key, decl->child[i]->child[2], m->child[2]);
        }
        break;
    }
    case PHPVM_AST_CLASS_CONST_GROUP: {
        const phpvm_ast_t *decl = m->child[0];
        uint32_t cf = m->flags & (PHPVM_F_PUBLIC | PHPVM_F_PROTECTED | PHPVM_F_PRIVATE |
                                  PHPVM_F_FINAL);
        if (m->flags & (PHPVM_F_STATIC | PHPVM_F_ABSTRACT | PHPVM_PROP_READONLY)) {
            comp_fail(parent, (int32_t)m->line, "Cannot use '%s' as constant modifier",
                      m->flags & PHPVM_F_STATIC     ? "static"
                      : m->flags & PHPVM_F_ABSTRACT ? "abstract"
                                                    : "readonly");
            return;
        }
        for (uint32_t i = 0; i < decl->count; i++) {
            const phpvm_ast_t *el = decl->child[i];
            rt_str_t *n = rt_str_from_cstr(el->child[0]->str);
            if ((cls->flags & PHPVM_C_INTERFACE) && (cf & (PHPVM_F_PROTECTED | PHPVM_F_PRIVATE))) {
                comp_fail(parent, (int32_t)m->line,
                          "Access type for interface constant %s::%s must be public", cname,
                          n->data);
                return;
            }
            if (rt_map_find_str(cls->consts, n) >= 0) {
                comp_fail(parent, (int32_t)el->line, "Cannot redefine class constant %s::%s",
                          cname, n->data);
                return;
            }
            rt_map_set_str(cls->consts, n, comp_init_value(parent, el->child[1], cls, cname));
            class_meta(parent, cls, cname, n->data, el->child[2], m->child[1]);
            if (cf != PHPVM_F_PUBLIC) {
                rt_tuple_t *info = rt_tuple_new(2);
                rt_tuple_init_item(info, 0, rt_small(cf));
                rt_tuple_init_item(info, 1, rt_from_ptr(cls));
                rt_map_set_str(cls->const_info, n, rt_from_ptr(info));
            }
        }
        break;
    }
    case PHPVM_AST_METHOD: {
        const char *name = m->child[0]->str;
        if ((m->flags & PHPVM_F_ABSTRACT) && m->child[3]) {
            comp_fail(parent, (int32_t)m->line, "Abstract function %s::%s() cannot contain body",
                      cname, name);
            return;
        }
        if (m->flags & PHPVM_PROP_READONLY) {
            comp_fail(parent, (int32_t)m->line, "Cannot use 'readonly' as method modifier");
            return;
        }
        if ((cls->flags & PHPVM_C_INTERFACE) && m->child[3]) {
            comp_fail(parent, (int32_t)m->line, "Interface function %s::%s() cannot contain body",
                      cname, name);
            return;
        }
        if (!(cls->flags & PHPVM_C_INTERFACE) && !(m->flags & PHPVM_F_ABSTRACT) && !m->child[3]) {
            comp_fail(parent, (int32_t)m->line, "Non-abstract method %s::%s() must contain body",
                      cname, name);
            return;
        }
        rt_str_t *lname = rt_str_from_cstr(lower_dup(parent->arena, name));
        if (rt_map_get_str(cls->methods, lname) != RT_NOVALUE) {
            comp_fail(parent, (int32_t)m->line, "Cannot redeclare %s::%s()", cname, name);
            return;
        }
        if ((cls->flags & PHPVM_C_INTERFACE) && (m->flags & (PHPVM_F_PROTECTED | PHPVM_F_PRIVATE))) {
            comp_fail(parent, (int32_t)m->line,
                      "Access type for interface method %s::%s() must be public", cname, name);
            return;
        }
        if ((m->flags & PHPVM_F_PRIVATE) && (m->flags & PHPVM_F_FINAL) &&
            strcasecmp(name, "__construct") != 0)
            phpvm_report(PHPVM_E_WARNING, "Private methods cannot be final as they are never "
                         "overridden by other classes", parent->file->filename->data,
                         (int32_t)m->line);
        phpvm_func_t *f = comp_function(parent, m, name, cname, 0);
        if (!f)
            return;
        if (!(f->flags & (PHPVM_F_PUBLIC | PHPVM_F_PROTECTED | PHPVM_F_PRIVATE)))
            f->flags |= PHPVM_F_PUBLIC;
        if (cls->flags & PHPVM_C_INTERFACE)
            f->flags |= PHPVM_F_ABSTRACT;
        RT_STORE(f, scope, cls);
        rt_map_set_str(cls->methods, lname, rt_from_ptr(f));
        /* Promoted constructor parameters declare properties. */
        const phpvm_ast_t *params = m->child[2];
        for (uint32_t i = 0; params && i < params->count; i++) {
            const phpvm_ast_t *p = params->child[i];
            uint32_t vis = p->flags & (7 | PHPVM_PROP_READONLY);
            if (!vis)
                continue;
            if (cls->flags & PHPVM_C_READONLY)
                vis |= PHPVM_PROP_READONLY;
            if (!(vis & 7))
                vis |= PHPVM_F_PUBLIC;
            rt_str_t *pn = rt_str_intern(rt_str_from_cstr(p->child[1]->str));
            rt_value_t type = comp_type(parent, p->child[0]);
            if (!prop_new(parent, cls, cname, pn, p->line))
                return;
            if (type && (rt_small_value(rt_tuple_get((rt_tuple_t *)rt_ptr(type), 0)) &
                         PHPVM_T_CALLABLE)) {
                comp_fail(parent, (int32_t)p->line, "Property %s::$%s cannot have type %s", cname,
                          pn->data, phpvm_str(rt_tuple_get((rt_tuple_t *)rt_ptr(type), 1))->data);
                return;
            }
            if ((vis & PHPVM_PROP_READONLY) &&
                !readonly_prop_ok(parent, vis, type, NULL, cname, pn->data))
                return;
            rt_tuple_t *info = rt_tuple_new(PHPVM_PI_N);
            rt_tuple_init_item(info, PHPVM_PI_FLAGS,
                               rt_small(vis | (type ? PHPVM_PROP_NODEFAULT : 0)));
            rt_tuple_init_item(info, PHPVM_PI_CLASS, rt_from_ptr(cls));
            rt_tuple_init_item(info, PHPVM_PI_SLOT, rt_small(0));
            rt_tuple_init_item(info, PHPVM_PI_TYPE, type ? type : rt_none);
            rt_map_set_str(cls->props, pn, rt_from_ptr(info));
            rt_map_set_str(cls->defaults, pn, rt_none);
            char key[256];
            snprintf(key, sizeof key, "$%s", pn->data);
            class_meta(parent, cls, cname, key, p->child[4], p->child[3]);
        }
        break;
    }
    case PHPVM_AST_USE_TRAIT:
        comp_use_trait(parent, cls, m);
        break;
    case PHPVM_AST_ENUM_CASE: {
        if (!cls->cases) {
            comp_fail(parent, (int32_t)m->line, "Case can only be used in enums");
            return;
        }
        rt_str_t *name = rt_str_intern(rt_str_from_cstr(m->child[0]->str));
        rt_map_set_str(cls->cases, name,
                       m->child[1] ? comp_init_value(parent, m->child[1], cls, cname) : rt_none);
        class_meta(parent, cls, cname, name->data, m->child[2], m->child[3]);
        break;
    }
    default:
        break;
    }
}

phpvm_class_t *comp_class(comp_t *parent, const phpvm_ast_t *decl)
{
    static unsigned anon_counter;
    char anon[PATH_MAX + 300];
    int anon_len = -1;
    const char *name;
    if (decl->flags & PHPVM_AF_CLASS_ANONYMOUS) {
        /* PHP names it after its parent, else its first interface, then a NUL and where it is
        ** declared: "Base@anonymous\0/path/file.php:7$0". Messages print the name as a C string,
        ** so they show "Base@anonymous"; get_class returns all of it. */
        const phpvm_ast_t *base = decl->child[2]   ? decl->child[2]
                                  : decl->child[3] ? decl->child[3]->child[0]
                                                   : NULL;
        rt_str_t *file = parent->file->filename;
        anon_len = snprintf(anon, sizeof anon, "%s@anonymous%c%s:%u$%x",
                            base ? comp_resolve(parent, base, COMP_NS_CLASS, NULL) : "class", 0,
                            file ? file->data : "", (unsigned)decl->line, anon_counter++);
        if (anon_len >= (int)sizeof anon)
            anon_len = (int)sizeof anon - 1;
        name = anon;
    } else {
        name = comp_ns_decl(parent, decl->child[0]->str);
        const char *short_name = decl->child[0]->str;
        static const char *const reserved[] = {"bool", "false", "float", "int", "null", "parent",
                                               "self", "static", "string", "true", "void",
                                               "never", "iterable", "object", "mixed"};
        for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
            if (strcasecmp(short_name, reserved[i]) == 0)
                comp_fail(parent, (int32_t)decl->line,
                          "Cannot use '%s' as class name as it is reserved", short_name);
        const char *imp = imported(parent, COMP_NS_CLASS, short_name, strlen(short_name));
        if (imp && strcasecmp(imp, name) != 0) /* `use Other\Thing;` then `class Thing` */
            comp_fail(parent, (int32_t)decl->line,
                      "Cannot declare class %s because the name is already in use", name);
    }
    phpvm_class_t *cls = phpvm_class_new_decl(
        anon_len >= 0 ? rt_str_new(name, (size_t)anon_len) : rt_str_from_cstr(name), decl->flags);
    if (has_attribute(parent, decl->child[5], "AllowDynamicProperties")) {
        const char *bad = decl->flags & PHPVM_AF_CLASS_TRAIT       ? "trait"
                          : decl->flags & PHPVM_AF_CLASS_INTERFACE ? "interface"
                          : cls->flags & PHPVM_C_READONLY          ? "readonly class "
                                                                   : NULL;
        if (bad) /* (a readonly class is named) */
            comp_fail(parent, (int32_t)decl->line, "Cannot apply #[AllowDynamicProperties] to %s%s",
                      bad, bad[strlen(bad) - 1] == ' ' ? name : "");
        cls->flags |= PHPVM_C_DYNAMIC;
    }
    if (decl->child[2] && decl->child[2]->kind != PHPVM_AST_NAME_LIST)
        reserved_ref(parent, decl->child[2], "class");
    if (decl->child[2])
        RT_STORE(cls, parent_name,
                 rt_str_from_cstr(comp_resolve(parent, decl->child[2], COMP_NS_CLASS, NULL)));
    if (decl->child[3])
        RT_STORE(cls, iface_names, iface_names(parent, decl->child[3]));
    /* An interface's "extends" list comes as a NAME_LIST parent: its interfaces. */
    if (decl->child[2] && decl->child[2]->kind == PHPVM_AST_NAME_LIST) {
        RT_STORE(cls, iface_names, iface_names(parent, decl->child[2]));
        cls->parent_name = NULL;
    }
    if (decl->flags & PHPVM_AF_CLASS_ENUM) {
        RT_STORE(cls, cases, phpvm_array_new(0));
        const phpvm_ast_t *bt = decl->child[6];
        if (bt && bt->kind == PHPVM_AST_TYPE &&
            (bt->flags == PHPVM_AF_TYPE_LONG || bt->flags == PHPVM_AF_TYPE_STRING))
            cls->enum_backing = bt->flags == PHPVM_AF_TYPE_LONG ? PHPVM_T_INT : PHPVM_T_STRING;
        else if (bt)
            comp_fail(parent, (int32_t)decl->line, "Enum backing type must be int or string, %s "
                      "given", phpvm_str(rt_tuple_get((rt_tuple_t *)rt_ptr(comp_type(parent, bt)),
                                                      1))->data);
    }
    bool saved_trait = parent->file->in_trait;
    parent->file->in_trait = (decl->flags & PHPVM_AF_CLASS_TRAIT) != 0;
    const phpvm_ast_t *stmts = decl->child[4];
    for (uint32_t i = 0; stmts && i < stmts->count; i++)
        comp_class_member(parent, cls, name, stmts->child[i]);
    parent->file->in_trait = saved_trait;
    class_meta(parent, cls, name, "", decl->child[1], decl->child[5]);
    return cls;
}

/* ---- The main script ---- */

/* An AST node (arena memory, not a heap object) as a map value: its address as an int. */
static rt_value_t ast_key(const phpvm_ast_t *s)
{
    return rt_small((int64_t)((uintptr_t)s >> 3));
}

/* Whether a top-level class is bound early, before the script runs, as PHP binds it at compile
** time: no interfaces (an interface: no parents), traits or enum cases, and a parent (if any)
** that exists already or was bound early earlier in the file. The others are declared where
** their statement runs. */
static bool early_bindable(comp_t *c, const phpvm_ast_t *s)
{
    if (s->child[3] || (s->flags & PHPVM_AF_CLASS_ENUM))
        return false;
    if (phpvm_class_find_c(lower_dup(c->arena, comp_ns_decl(c, s->child[0]->str))))
        return false; /* (an included file's class declared already: its statement decides) */
    for (uint32_t i = 0; s->child[4] && i < s->child[4]->count; i++)
        if (s->child[4]->child[i]->kind == PHPVM_AST_USE_TRAIT)
            return false;
    if (!s->child[2])
        return true;
    const char *parent = lower_dup(c->arena, comp_resolve(c, s->child[2], COMP_NS_CLASS, NULL));
    return rt_map_get_str(c->file->early, rt_str_from_cstr(parent)) != RT_NOVALUE ||
           phpvm_class_find_c(parent) != NULL;
}

/* Compiles the file's top-level functions (declared at once) and its early-bound classes
** (declared at once too, in file order, with the namespace and imports in force where they
** stand). */
static void hoist(comp_t *c, const phpvm_ast_t *list)
{
    for (uint32_t i = 0; list && i < list->count; i++) {
        const phpvm_ast_t *s = list->child[i];
        if (!s)
            continue;
        if (s->kind == PHPVM_AST_FUNC_DECL) {
            c->line = (int32_t)s->line;
            phpvm_func_t *f = comp_function(c, s, comp_ns_decl(c, s->child[0]->str), NULL, 0);
            if (f)
                EMIT1(c, DECL_FUNC, comp_const(c, rt_from_ptr(f)));
        } else if (s->kind == PHPVM_AST_CLASS && early_bindable(c, s)) {
            c->line = (int32_t)s->line;
            phpvm_class_t *k = comp_class(c, s);
            rt_tuple_t *t = rt_tuple_new(2);
            rt_tuple_init_item(t, 0, ast_key(s));
            rt_tuple_init_item(t, 1, rt_from_ptr(k));
            rt_map_set_str(c->file->early, k->lcname, rt_from_ptr(t));
            EMIT1(c, DECL_CLASS, PHPVM_DECL_EARLY | comp_const(c, rt_from_ptr(k)));
        } else if (s->kind == PHPVM_AST_USE || s->kind == PHPVM_AST_GROUP_USE) {
            comp_ns_stmt(c, s);
        } else if (s->kind == PHPVM_AST_NAMESPACE) {
            comp_ns_stmt(c, s);
            if (s->child[1]) {
                hoist(c, s->child[1]);
                c->file->ns = "";
            }
        } else if (s->kind == PHPVM_AST_DECLARE) {
            int64_t outer = c->file->ticks;
            comp_declare_ticks(c, s);
            if (s->child[1] && s->child[1]->kind == PHPVM_AST_STMT_LIST) {
                hoist(c, s->child[1]);
                c->file->ticks = outer;
            }
        }
    }
}

phpvm_class_t *comp_class_hoisted(comp_t *c, const phpvm_ast_t *s)
{
    if (!c->is_main || c->nest != 0 || (s->flags & PHPVM_AF_CLASS_ANONYMOUS))
        return NULL;
    const char *lc = lower_dup(c->arena, comp_ns_decl(c, s->child[0]->str));
    rt_value_t v = rt_map_get_str(c->file->early, rt_str_from_cstr(lc));
    if (v == RT_NOVALUE || rt_tuple_get((rt_tuple_t *)rt_ptr(v), 0) != ast_key(s))
        return NULL;
    return (phpvm_class_t *)rt_ptr(rt_tuple_get((rt_tuple_t *)rt_ptr(v), 1));
}

/* Whether the file starts with declare(strict_types=1). */
static bool declares_strict(const phpvm_ast_t *ast)
{
    for (uint32_t i = 0; ast && i < ast->count; i++) {
        const phpvm_ast_t *s = ast->child[i];
        if (!s || s->kind != PHPVM_AST_DECLARE)
            continue;
        for (uint32_t j = 0; j < s->child[0]->count; j++) {
            const phpvm_ast_t *d = s->child[0]->child[j];
            if (strcasecmp(d->child[0]->str, "strict_types") == 0 &&
                d->child[1]->kind == PHPVM_AST_ZVAL && d->child[1]->vtype == PHPVM_ZV_LONG)
                return d->child[1]->lval == 1;
        }
    }
    return false;
}

static bool is_strict_declare(const phpvm_ast_t *s)
{
    for (uint32_t j = 0; j < s->child[0]->count; j++)
        if (strcasecmp(s->child[0]->child[j]->child[0]->str, "strict_types") == 0)
            return true;
    return false;
}

/* PHP's placement rules for a file's top-level statements: declare(strict_types=...) before
** any other statement but declares, the first namespace declaration after declares only. */
static void check_file_order(comp_t *c, const phpvm_ast_t *ast)
{
    bool others = false, ns = false;
    for (uint32_t i = 0; ast && i < ast->count && !c->file->failed; i++) {
        const phpvm_ast_t *s = ast->child[i];
        if (s && s->kind == PHPVM_AST_DECLARE) {
            if (others && is_strict_declare(s))
                comp_fail(c, (int32_t)s->line,
                          "strict_types declaration must be the very first statement in the script");
            continue;
        }
        if (s && s->kind == PHPVM_AST_NAMESPACE && !ns && others)
            comp_fail(c, (int32_t)s->line, "Namespace declaration statement has to be the very "
                      "first statement or after any declare call in the script");
        ns |= s && s->kind == PHPVM_AST_NAMESPACE;
        others = true;
    }
}

/* Whether the AST declares a __destruct method anywhere. */
static bool declares_dtor(const phpvm_ast_t *n)
{
    if (!n || n->kind == PHPVM_AST_ZVAL)
        return false;
    if (n->kind == PHPVM_AST_METHOD && n->child[0] && n->child[0]->kind == PHPVM_AST_ZVAL &&
        strcasecmp(n->child[0]->str, "__destruct") == 0)
        return true;
    for (uint32_t i = 0; i < n->count; i++)
        if (declares_dtor(n->child[i]))
            return true;
    return false;
}

phpvm_func_t *phpvm_compile_file(const phpvm_ast_t *ast, rt_str_t *filename, bool eval, char *err,
                                 size_t errcap, int32_t *errline)
{
    rt_arena_t arena;
    rt_arena_init(&arena);
    comp_file_t file = {.arena = &arena, .filename = filename, .root = ast, .err = err,
                        .errcap = errcap, .ns = "", .early = rt_map_new(0)};
    for (int k = 0; k < COMP_NS_N; k++)
        file.uses[k] = rt_map_new(0);
    file.strict = declares_strict(ast);
    const phpvm_ast_t *last = ast && ast->count ? ast->child[ast->count - 1] : NULL;
    file.halt_offset = last && last->kind == PHPVM_AST_HALT_COMPILER ? last->child[0]->lval : -1;
    file.dtors = phpvm_dtor_any() || declares_dtor(ast);
    comp_t c;
    comp_init(&c, &file);
    c.is_main = true;
    c.func_name = "{main}";
    check_file_order(&c, ast);
    collect(&c, ast);
    c.ntemps += 2;
    rt_code_builder_init(&c.b, c.arena, RT_LANG_PHP, PHPVM_NHIDDEN + c.ncv + c.ntemps);
    hoist(&c, ast);
    c.body = ast;
    file.ns = "";
    file.ticks = 0;
    for (int k = 0; k < COMP_NS_N; k++)
        file.uses[k] = rt_map_new(0);
    /* The main script's variables outlive its frame (dtor.c): whether it ends, lets an
    ** exception out or exits (the EXIT instruction's own call). */
    uint32_t escape = comp_label(&c);
    if (!eval)
        comp_set_handler(&c, escape, 0);
    comp_stmts(&c, ast);
    c.line = 0;
    if (eval) {
        EMIT0(&c, NULL);
    } else {
        comp_set_handler(&c, RT_CODE_NO_LABEL, 0);
        comp_hidden_call(&c, phpvm_globals_keep_fn);
        EMIT1(&c, INT, 1);
    }
    EMIT0(&c, RETURN);
    if (!eval) {
        comp_bind(&c, escape);
        c.depth = 0;
        EMIT0(&c, CATCH);
        comp_hidden_call(&c, phpvm_globals_keep_fn);
        EMIT0(&c, RETHROW);
    }
    phpvm_func_t *f = NULL;
    if (!file.failed) {
        f = phpvm_func_new(rt_str_from_cstr("{main}"));
        RT_STORE(f, pblob, rt_str_alloc(&rt_type_bytes, sizeof(uint32_t)));
        f->pflags = (uint32_t *)f->pblob->data;
        RT_STORE(f, pnames, rt_tuple_new(0));
        RT_STORE(f, ptypes, rt_tuple_new(0));
        RT_STORE(f, code, comp_finish(&c, "{main}", "{main}", 1, PHPVM_CODE_MAIN));
    }
    *errline = file.errline;
    rt_arena_free(&arena);
    return f;
}

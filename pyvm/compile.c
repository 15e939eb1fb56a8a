/*
** compile.c: Python AST -> pyvm bytecode through runtime's code builder (ARCHITECTURE.md
** section 4): units (one per code object), emission with stack-depth tracking, labels and jump
** fixups, the exception table (ranges of instructions and the handler each goes to), and
** statements. Expressions are in compile_expr.c. Exceptions use CPython 3.11's zero-cost scheme:
** no setup instructions, the table says where an exception raised at a pc goes; finally bodies
** are compiled once for the normal path and once for the exceptional one.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pyvm/compile.h"
#include "pyvm/pyvm.h"
#include "pyvm/syntax_error.h"

const pyvm_opinfo_t pyvm_opinfo[PYVM_NOPS] = {
#define FMT_N  0
#define FMT_A  1
#define FMT_AB 2
#define OP(name, fmt, pops, pushes, flags, doc) {#name, FMT_##fmt, pops, pushes, flags},
#include "pyvm/ops.def"
#undef OP
};

_Noreturn void pyvm_compile_error(unit_t *u, const node_t *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(u->c->error, sizeof u->c->error, fmt, ap);
    va_end(ap);
    u->c->error_line = n ? n->lineno : u->line;
    u->c->error_node = n;
    longjmp(u->c->fail, 1);
}

/* The value-stack effect of op with operand a: pops and pushes. */
static void effect(pyvm_op_t op, uint32_t a, int *pops, int *pushes)
{
    *pops = pyvm_opinfo[op].pops;
    *pushes = pyvm_opinfo[op].pushes;
    switch (op) {
    case PYVM_OP_COPY:
        *pops = 0, *pushes = 1;
        break;
    case PYVM_OP_SWAP:
        *pops = 0, *pushes = 0;
        break;
    case PYVM_OP_BUILD_SLICE:
    case PYVM_OP_BUILD_TUPLE:
    case PYVM_OP_BUILD_LIST:
    case PYVM_OP_BUILD_SET:
    case PYVM_OP_BUILD_STRING:
        *pops = (int)a;
        break;
    case PYVM_OP_BUILD_MAP:
        *pops = 2 * (int)a;
        break;
    case PYVM_OP_FORMAT_VALUE:
        *pops = (a & 4) ? 2 : 1;
        break;
    case PYVM_OP_CALL:
        *pops = (int)a + 1;
        break;
    case PYVM_OP_CALL_METHOD:
        *pops = (int)a + 2;
        break;
    case PYVM_OP_CALL_KW:
        *pops = (int)a + 2;
        break;
    case PYVM_OP_CALL_METHOD_KW:
        *pops = (int)a + 3;
        break;
    case PYVM_OP_CALL_EX:
        *pops = 2 + (a & 1);
        break;
    case PYVM_OP_MAKE_FUNCTION:
        *pops = 1 + !!(a & 1) + !!(a & 2) + !!(a & 8);
        break;
    case PYVM_OP_BUILD_CLASS:
        *pops = 2 + (int)a;
        break;
    case PYVM_OP_RAISE:
        *pops = (int)a;
        break;
    case PYVM_OP_UNPACK_SEQUENCE:
        *pushes = (int)a;
        break;
    case PYVM_OP_UNPACK_EX:
        *pushes = (int)(a & 255) + (int)(a >> 8) + 1;
        break;
    default:
        break;
    }
}

/* Keeps the exception-table range and the builder's handler in step with the handler stack. */
static void sync_handler(unit_t *u)
{
    uint32_t pc = rt_code_builder_pc(&u->b);
    uint32_t label = u->nh ? u->hstack[u->nh - 1].label : RT_CODE_NO_LABEL;
    uint32_t depth = u->nh ? u->hstack[u->nh - 1].depth : 0;
    if (label == u->open_label && depth == u->open_depth)
        return;
    if (u->open_label != RT_CODE_NO_LABEL && u->open_start < pc) {
        if (u->nranges == u->rangecap) {
            uint32_t ncap = u->rangecap ? u->rangecap * 2 : 16;
            u->ranges = rt_arena_grow(&u->c->arena, u->ranges, u->rangecap * sizeof *u->ranges,
                                      ncap * sizeof *u->ranges);
            u->rangecap = ncap;
        }
        u->ranges[u->nranges++] = (exc_range_t){u->open_start, pc, u->open_label, u->open_depth};
    }
    u->open_label = label;
    u->open_depth = depth;
    u->open_start = pc;
    rt_code_builder_handler(&u->b, label);
}

static void start_insn(unit_t *u, pyvm_op_t op, uint32_t a)
{
    sync_handler(u);
    uint32_t flags = (pyvm_opinfo[op].flags & PYVM_OPF_NOFALL) ? RT_INSN_NOFALL : 0;
    rt_code_builder_insn(&u->b, u->line, u->depth, flags);
    if (pyvm_opinfo[op].flags & PYVM_OPF_LOCAL) {
        if (op == PYVM_OP_STORE_FAST || op == PYVM_OP_DELETE_FAST)
            rt_code_builder_def(&u->b, a);
        else
            rt_code_builder_use(&u->b, a);
    }
    int pops, pushes;
    effect(op, a, &pops, &pushes);
    if ((int)u->depth < pops)
        pyvm_compile_error(u, NULL, "internal compiler error: stack underflow at %s",
                           pyvm_opinfo[op].name);
    u->depth = u->depth - (uint32_t)pops + (uint32_t)pushes;
    rt_code_builder_reserve_stack(&u->b, u->depth);
    u->nofall = (pyvm_opinfo[op].flags & PYVM_OPF_NOFALL) != 0;
}

void pyvm_compile_emit(unit_t *u, pyvm_op_t op, uint32_t a)
{
    start_insn(u, op, a);
    rt_code_builder_emit_u8(&u->b, (uint8_t)op);
    if (pyvm_opinfo[op].noperands >= 1)
        rt_code_builder_emit(&u->b, &a, 4);
    if (pyvm_opinfo[op].flags & PYVM_OPF_CACHE) {
        uint32_t cache = u->ncaches++;
        rt_code_builder_emit(&u->b, &cache, 4);
    }
}

void pyvm_compile_emit2(unit_t *u, pyvm_op_t op, uint32_t a, uint32_t b)
{
    start_insn(u, op, a);
    rt_code_builder_emit_u8(&u->b, (uint8_t)op);
    rt_code_builder_emit(&u->b, &a, 4);
    rt_code_builder_emit(&u->b, &b, 4);
}

uint32_t pyvm_compile_label(unit_t *u)
{
    uint32_t l = rt_code_builder_label(&u->b);
    if (l >= u->nlabel_depth) {
        uint32_t n = u->nlabel_depth ? u->nlabel_depth * 2 : 64;
        while (n <= l)
            n *= 2;
        u->label_depth = rt_arena_grow(&u->c->arena, u->label_depth,
                                       u->nlabel_depth * sizeof(int32_t), n * sizeof(int32_t));
        for (uint32_t i = u->nlabel_depth; i < n; i++)
            u->label_depth[i] = -1;
        u->nlabel_depth = n;
    }
    return l;
}

void pyvm_compile_bind(unit_t *u, uint32_t label)
{
    rt_code_builder_bind(&u->b, label);
    if (u->nofall && u->label_depth[label] >= 0)
        u->depth = (uint32_t)u->label_depth[label];
    u->nofall = false;
}

void pyvm_compile_jump(unit_t *u, pyvm_op_t op, uint32_t label)
{
    uint32_t before = u->depth;
    int32_t target;
    switch (op) {
    case PYVM_OP_JUMP_IF_FALSE_OR_POP:
    case PYVM_OP_JUMP_IF_TRUE_OR_POP:
        target = (int32_t)before;
        break;
    case PYVM_OP_FOR_ITER:
    case PYVM_OP_POP_JUMP_IF_FALSE:
    case PYVM_OP_POP_JUMP_IF_TRUE:
    case PYVM_OP_SEND:
    case PYVM_OP_CHECK_EG_MATCH:
        target = (int32_t)before - 1;
        break;
    case PYVM_OP_PREP_RERAISE_STAR:
        target = (int32_t)before - 2;
        break;
    default:
        target = (int32_t)before;
        break;
    }
    u->label_depth[label] = target;
    uint32_t counter = RT_CODE_NO_COUNTER;
    start_insn(u, op, 0);
    counter = rt_code_builder_jump(&u->b, label);
    rt_code_builder_emit_u8(&u->b, (uint8_t)op);
    uint32_t at = rt_code_builder_pc(&u->b);
    uint32_t zero = 0;
    rt_code_builder_emit(&u->b, &zero, 4);
    if (op == PYVM_OP_JUMP_BACK)
        rt_code_builder_emit(&u->b, &counter, 4);
    if (u->nfix == u->fixcap) {
        uint32_t ncap = u->fixcap ? u->fixcap * 2 : 32;
        u->fix = rt_arena_grow(&u->c->arena, u->fix, u->fixcap * sizeof *u->fix,
                               ncap * sizeof *u->fix);
        u->fixcap = ncap;
    }
    u->fix[u->nfix].pc = at;
    u->fix[u->nfix++].label = label;
}

/* ---- Constants and names ---- */

static bool same_const(rt_value_t a, rt_value_t b)
{
    if (a == b)
        return true;
    if (!rt_is_ptr(a) || !rt_is_ptr(b) || rt_obj_type(rt_ptr(a)) != rt_obj_type(rt_ptr(b)))
        return false;
    const rt_type_t *t = rt_value_type(a);
    if (t == &rt_type_str || t == &rt_type_bytes)
        return rt_str_eq(rt_ptr(a), rt_ptr(b));
    if (t == &rt_type_float) {
        double x = rt_float_value(a), y = rt_float_value(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (t == &rt_type_int)
        return rt_int_eq(a, b);
    return false;
}

uint32_t pyvm_compile_const(unit_t *u, rt_value_t v)
{
    rt_vec_t *consts = u->b.consts;
    int64_t n = rt_vec_len(consts);
    for (int64_t i = n - 1; i >= 0 && i >= n - 512; i--)
        if (same_const(rt_vec_get(consts, i), v))
            return (uint32_t)i;
    return rt_code_builder_const(&u->b, v);
}

uint32_t pyvm_compile_name(unit_t *u, const char *name)
{
    return rt_code_builder_name(&u->b, rt_str_intern_cstr(name));
}

void pyvm_compile_load_const(unit_t *u, rt_value_t v)
{
    pyvm_compile_emit(u, PYVM_OP_LOAD_CONST, pyvm_compile_const(u, v));
}

/* ---- Handlers and blocks ---- */

int pyvm_compile_push_handler(unit_t *u, uint32_t label, uint32_t depth)
{
    if (u->nh == (int)(sizeof u->hstack / sizeof u->hstack[0]))
        pyvm_compile_error(u, NULL, "too many statically nested blocks");
    u->hstack[u->nh] = (handler_t){label, depth};
    return u->nh++;
}

void pyvm_compile_pop_handler(unit_t *u) { u->nh--; }

static fblock_t *push_fblock(unit_t *u, fblock_kind_t kind)
{
    if (u->nfb == (int)(sizeof u->fb / sizeof u->fb[0]))
        pyvm_compile_error(u, NULL, "too many statically nested blocks");
    fblock_t *f = &u->fb[u->nfb++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->handler = -1;
    return f;
}

/* await TOS (where: GET_AWAITABLE's operand). */
static void await_top(unit_t *u, uint32_t where)
{
    pyvm_compile_emit(u, PYVM_OP_GET_AWAITABLE, where);
    pyvm_compile_send_loop(u);
}

/* Emits what leaving block f needs (break, continue, return). preserve: a return value is on top
** of the stack and must stay there. */
static void unwind_block(unit_t *u, fblock_t *f, bool preserve)
{
    switch (f->kind) {
    case FB_LOOP:
        break;
    case FB_FOR:
        if (preserve)
            pyvm_compile_emit(u, PYVM_OP_SWAP, 2);
        pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
        break;
    case FB_FINALLY: {
        /* The final body runs outside its own handler and block; run by a return, a break or
        ** continue in it drops the return value (FB_POP_VALUE takes f's slot meanwhile). */
        int saved_nh = u->nh, saved_nfb = u->nfb;
        fblock_t saved = *f;
        u->nh = f->handler;
        u->nfb = (int)(f - u->fb);
        if (preserve)
            push_fblock(u, FB_POP_VALUE);
        pyvm_compile_stmts(u, saved.final);
        *f = saved;
        u->nh = saved_nh;
        u->nfb = saved_nfb;
        break;
    }
    case FB_POP_VALUE:
        if (preserve)
            pyvm_compile_emit(u, PYVM_OP_SWAP, 2);
        pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
        break;
    case FB_WITH: {
        int saved_nh = u->nh;
        u->nh = f->handler;
        if (preserve)
            pyvm_compile_emit(u, PYVM_OP_SWAP, 2);
        rt_value_t none = rt_none;
        pyvm_compile_load_const(u, none);
        pyvm_compile_load_const(u, none);
        pyvm_compile_load_const(u, none);
        pyvm_compile_emit(u, PYVM_OP_CALL, 3);
        if (f->is_async)
            await_top(u, 2);
        pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
        u->nh = saved_nh;
        break;
    }
    case FB_HANDLER: {
        int saved_nh = u->nh;
        u->nh = f->handler;
        for (int i = 0; i < f->extra; i++) {
            if (preserve)
                pyvm_compile_emit(u, PYVM_OP_SWAP, 2);
            pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
        }
        if (preserve)
            pyvm_compile_emit(u, PYVM_OP_SWAP, 2);
        pyvm_compile_emit(u, PYVM_OP_POP_EXCEPT, 0);
        if (f->name) {
            pyvm_compile_load_const(u, rt_none);
            pyvm_compile_name_op(u, f->name, PYVM_AST_Store);
            pyvm_compile_name_op(u, f->name, PYVM_AST_Del);
        }
        u->nh = saved_nh;
        break;
    }
    }
}

/* break, continue and return cannot leave an except* body (blocks fb[from, nfb)). */
static void check_star_exit(unit_t *u, node_t *n, int from)
{
    for (int j = u->nfb - 1; j >= from; j--)
        if (u->fb[j].kind == FB_HANDLER && u->fb[j].star)
            pyvm_compile_error(u, n, "'break', 'continue' and 'return' cannot appear in an "
                                     "except* block");
}

static void compile_break_continue(unit_t *u, node_t *n, bool is_break)
{
    int i = u->nfb - 1;
    while (i >= 0 && u->fb[i].kind != FB_LOOP && u->fb[i].kind != FB_FOR)
        i--;
    check_star_exit(u, n, i + 1); /* before "outside loop", as CPython's unwinding */
    if (i < 0)
        pyvm_compile_error(u, n, is_break ? "'break' outside loop"
                                          : "'continue' not properly in loop");
    uint32_t depth = u->depth;
    for (int j = u->nfb - 1; j > i; j--)
        unwind_block(u, &u->fb[j], false);
    if (is_break) {
        unwind_block(u, &u->fb[i], false);
        pyvm_compile_jump(u, PYVM_OP_JUMP, u->fb[i].l_break);
    } else {
        pyvm_compile_jump(u, PYVM_OP_JUMP_BACK, u->fb[i].l_continue);
    }
    u->depth = depth;
}

static void compile_return(unit_t *u, node_t *n)
{
    /* the compiler's errors, in source order with the others (CPython's compiler_return) */
    if (u->scope->kind != PYVM_SCOPE_FUNCTION)
        pyvm_compile_error(u, n, "'return' outside function");
    check_star_exit(u, n, 0);
    if (n->v.Return.value && u->scope->yields &&
        u->scope->node->kind == PYVM_AST_AsyncFunctionDef)
        pyvm_compile_error(u, n, "'return' with value in async generator");
    if (n->v.Return.value)
        pyvm_compile_expr(u, n->v.Return.value);
    else
        pyvm_compile_load_const(u, rt_none);
    uint32_t depth = u->depth;
    for (int j = u->nfb - 1; j >= 0; j--)
        unwind_block(u, &u->fb[j], true);
    pyvm_compile_emit(u, PYVM_OP_RETURN_VALUE, 0);
    u->depth = depth - 1;
}

/* ---- Statements ---- */

static void compile_if(unit_t *u, node_t *n)
{
    uint32_t l_else = pyvm_compile_label(u), l_end = pyvm_compile_label(u);
    pyvm_compile_jump_if(u, n->v.If.test, false, l_else);
    pyvm_compile_stmts(u, n->v.If.body);
    if (n->v.If.orelse.n) {
        if (!u->nofall)
            pyvm_compile_jump(u, PYVM_OP_JUMP, l_end);
        pyvm_compile_bind(u, l_else);
        pyvm_compile_stmts(u, n->v.If.orelse);
    } else {
        pyvm_compile_bind(u, l_else);
    }
    pyvm_compile_bind(u, l_end);
}

static void compile_while(unit_t *u, node_t *n)
{
    uint32_t l_top = pyvm_compile_label(u), l_else = pyvm_compile_label(u),
             l_end = pyvm_compile_label(u);
    u->label_depth[l_top] = (int32_t)u->depth;
    pyvm_compile_bind(u, l_top);
    pyvm_compile_jump_if(u, n->v.While.test, false, l_else);
    fblock_t *f = push_fblock(u, FB_LOOP);
    f->l_break = l_end;
    f->l_continue = l_top;
    pyvm_compile_stmts(u, n->v.While.body);
    u->nfb--;
    if (!u->nofall)
        pyvm_compile_jump(u, PYVM_OP_JUMP_BACK, l_top);
    pyvm_compile_bind(u, l_else);
    pyvm_compile_stmts(u, n->v.While.orelse);
    pyvm_compile_bind(u, l_end);
}

/* async for: the loop awaits __anext__() under a handler that ends it on StopAsyncIteration. */
static void compile_async_for(unit_t *u, node_t *n)
{
    uint32_t l_top = pyvm_compile_label(u), l_stop = pyvm_compile_label(u),
             l_end = pyvm_compile_label(u);
    pyvm_compile_expr(u, n->v.For.iter);
    pyvm_compile_emit(u, PYVM_OP_GET_AITER, 0);
    uint32_t depth = u->depth;
    u->label_depth[l_top] = (int32_t)depth;
    pyvm_compile_bind(u, l_top);
    u->line = n->lineno;
    pyvm_compile_push_handler(u, l_stop, depth);
    pyvm_compile_emit(u, PYVM_OP_GET_ANEXT, 0);
    pyvm_compile_send_loop(u);
    pyvm_compile_pop_handler(u);
    pyvm_compile_store(u, n->v.For.target);
    fblock_t *f = push_fblock(u, FB_FOR);
    f->l_break = l_end;
    f->l_continue = l_top;
    pyvm_compile_stmts(u, n->v.For.body);
    u->nfb--;
    if (!u->nofall)
        pyvm_compile_jump(u, PYVM_OP_JUMP_BACK, l_top);
    u->label_depth[l_stop] = (int32_t)depth + 1;
    pyvm_compile_bind(u, l_stop);
    pyvm_compile_emit(u, PYVM_OP_END_ASYNC_FOR, 0);
    pyvm_compile_stmts(u, n->v.For.orelse);
    pyvm_compile_bind(u, l_end);
}

/* async for / async with outside an async def: CPython's compile-time SyntaxError. */
static void check_async(unit_t *u, node_t *n, const char *what)
{
    if (u->scope->node->kind != PYVM_AST_AsyncFunctionDef)
        pyvm_compile_error(u, n, "'%s' outside async function", what);
}

static void compile_for(unit_t *u, node_t *n)
{
    uint32_t l_top = pyvm_compile_label(u), l_else = pyvm_compile_label(u),
             l_end = pyvm_compile_label(u);
    pyvm_compile_expr(u, n->v.For.iter);
    pyvm_compile_emit(u, PYVM_OP_GET_ITER, 0);
    u->label_depth[l_top] = (int32_t)u->depth;
    pyvm_compile_bind(u, l_top);
    u->line = n->lineno;
    pyvm_compile_jump(u, PYVM_OP_FOR_ITER, l_else);
    pyvm_compile_store(u, n->v.For.target);
    fblock_t *f = push_fblock(u, FB_FOR);
    f->l_break = l_end;
    f->l_continue = l_top;
    pyvm_compile_stmts(u, n->v.For.body);
    u->nfb--;
    if (!u->nofall)
        pyvm_compile_jump(u, PYVM_OP_JUMP_BACK, l_top);
    pyvm_compile_bind(u, l_else);
    pyvm_compile_stmts(u, n->v.For.orelse);
    pyvm_compile_bind(u, l_end);
}

/* The handler part of try/except: entered with [exc] above `depth`. */
static void compile_handlers(unit_t *u, node_t *n, uint32_t l_handler, uint32_t depth,
                             uint32_t l_end)
{
    uint32_t l_cleanup = pyvm_compile_label(u);
    u->label_depth[l_handler] = (int32_t)depth + 1;
    u->nofall = true;
    pyvm_compile_bind(u, l_handler);
    pyvm_compile_emit(u, PYVM_OP_PUSH_EXC_INFO, 0);
    int hc = pyvm_compile_push_handler(u, l_cleanup, depth + 1);
    for (int i = 0; i < n->v.Try.handlers.n; i++) {
        node_t *h = n->v.Try.handlers.v[i];
        u->line = h->lineno;
        uint32_t l_next = pyvm_compile_label(u);
        if (h->v.ExceptHandler.type) {
            pyvm_compile_expr(u, h->v.ExceptHandler.type);
            pyvm_compile_emit(u, PYVM_OP_CHECK_EXC_MATCH, 0);
            pyvm_compile_jump(u, PYVM_OP_POP_JUMP_IF_FALSE, l_next);
        } else if (i != n->v.Try.handlers.n - 1) {
            pyvm_compile_error(u, h, "default 'except:' must be last");
        }
        const char *name = h->v.ExceptHandler.name;
        if (name)
            pyvm_compile_name_op(u, name, PYVM_AST_Store);
        else
            pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
        fblock_t *f = push_fblock(u, FB_HANDLER);
        f->handler = hc;
        f->extra = 0;
        f->name = name;
        pyvm_compile_stmts(u, h->v.ExceptHandler.body);
        u->nfb--;
        if (!u->nofall) {
            int saved = u->nh;
            u->nh = hc;
            pyvm_compile_emit(u, PYVM_OP_POP_EXCEPT, 0);
            if (name) {
                pyvm_compile_load_const(u, rt_none);
                pyvm_compile_name_op(u, name, PYVM_AST_Store);
                pyvm_compile_name_op(u, name, PYVM_AST_Del);
            }
            pyvm_compile_jump(u, PYVM_OP_JUMP, l_end);
            u->nh = saved;
        }
        u->label_depth[l_next] = (int32_t)depth + 2;
        pyvm_compile_bind(u, l_next);
    }
    pyvm_compile_emit(u, PYVM_OP_RERAISE, 0);
    pyvm_compile_pop_handler(u);
    u->label_depth[l_cleanup] = (int32_t)depth + 2;
    pyvm_compile_bind(u, l_cleanup);
    pyvm_compile_emit(u, PYVM_OP_POP_EXCEPT_RERAISE, 0);
}

/* Clears an except clause's name at the end of its body (name = None; del name). */
static void clear_handler_name(unit_t *u, const char *name)
{
    if (!name)
        return;
    pyvm_compile_load_const(u, rt_none);
    pyvm_compile_name_op(u, name, PYVM_AST_Store);
    pyvm_compile_name_op(u, name, PYVM_AST_Del);
}

/* The handler part of try/except* (CPython's layout less lasti): entered with [exc] above depth,
** the clauses run with [prev, orig, raised list, rest]: each takes its match off rest, and what
** its body raises goes to the list; at the end the list (with what is left of rest) says what to
** re-raise. */
static void compile_star_handlers(unit_t *u, node_t *n, uint32_t l_handler, uint32_t depth,
                                  uint32_t l_end)
{
    uint32_t l_cleanup = pyvm_compile_label(u), l_nothing = pyvm_compile_label(u);
    u->label_depth[l_handler] = (int32_t)depth + 1;
    u->nofall = true;
    pyvm_compile_bind(u, l_handler);
    pyvm_compile_emit(u, PYVM_OP_PUSH_EXC_INFO, 0);
    int hc = pyvm_compile_push_handler(u, l_cleanup, depth + 1);
    pyvm_compile_emit(u, PYVM_OP_COPY, 1);
    pyvm_compile_emit(u, PYVM_OP_BUILD_LIST, 0);
    pyvm_compile_emit(u, PYVM_OP_SWAP, 2);
    for (int i = 0; i < n->v.Try.handlers.n; i++) {
        node_t *h = n->v.Try.handlers.v[i];
        u->line = h->lineno;
        uint32_t l_next = pyvm_compile_label(u), l_raised = pyvm_compile_label(u);
        pyvm_compile_expr(u, h->v.ExceptHandler.type);
        pyvm_compile_jump(u, PYVM_OP_CHECK_EG_MATCH, l_next);
        const char *name = h->v.ExceptHandler.name;
        if (name)
            pyvm_compile_name_op(u, name, PYVM_AST_Store);
        else
            pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
        pyvm_compile_push_handler(u, l_raised, depth + 4);
        fblock_t *f = push_fblock(u, FB_HANDLER);
        f->handler = hc;
        f->name = name;
        f->star = true;
        pyvm_compile_stmts(u, h->v.ExceptHandler.body);
        u->nfb--;
        pyvm_compile_pop_handler(u);
        if (!u->nofall) {
            clear_handler_name(u, name);
            pyvm_compile_jump(u, PYVM_OP_JUMP, l_next);
        }
        /* [.., list, rest, raised]: the body's exception joins the list */
        u->label_depth[l_raised] = (int32_t)depth + 5;
        pyvm_compile_bind(u, l_raised);
        clear_handler_name(u, name);
        pyvm_compile_emit(u, PYVM_OP_LIST_APPEND, 2);
        pyvm_compile_bind(u, l_next);
    }
    pyvm_compile_emit(u, PYVM_OP_LIST_APPEND, 1);
    pyvm_compile_jump(u, PYVM_OP_PREP_RERAISE_STAR, l_nothing);
    pyvm_compile_emit(u, PYVM_OP_POP_EXCEPT_RERAISE, 0);
    pyvm_compile_bind(u, l_nothing);
    pyvm_compile_emit(u, PYVM_OP_POP_EXCEPT, 0);
    pyvm_compile_jump(u, PYVM_OP_JUMP, l_end);
    pyvm_compile_pop_handler(u);
    u->label_depth[l_cleanup] = (int32_t)depth + 2;
    pyvm_compile_bind(u, l_cleanup);
    pyvm_compile_emit(u, PYVM_OP_POP_EXCEPT_RERAISE, 0);
}

static void compile_try_except(unit_t *u, node_t *n)
{
    uint32_t l_handler = pyvm_compile_label(u), l_end = pyvm_compile_label(u);
    uint32_t depth = u->depth;
    pyvm_compile_push_handler(u, l_handler, depth);
    pyvm_compile_stmts(u, n->v.Try.body);
    pyvm_compile_pop_handler(u);
    if (!u->nofall) {
        pyvm_compile_stmts(u, n->v.Try.orelse);
        if (!u->nofall)
            pyvm_compile_jump(u, PYVM_OP_JUMP, l_end);
    }
    if (n->kind == PYVM_AST_TryStar)
        compile_star_handlers(u, n, l_handler, depth, l_end);
    else
        compile_handlers(u, n, l_handler, depth, l_end);
    u->label_depth[l_end] = (int32_t)depth;
    pyvm_compile_bind(u, l_end);
}

static void compile_try(unit_t *u, node_t *n)
{
    if (!n->v.Try.finalbody.n) {
        compile_try_except(u, n);
        return;
    }
    uint32_t l_final = pyvm_compile_label(u), l_cleanup = pyvm_compile_label(u),
             l_end = pyvm_compile_label(u);
    uint32_t depth = u->depth;
    fblock_t *f = push_fblock(u, FB_FINALLY);
    f->handler = pyvm_compile_push_handler(u, l_final, depth);
    f->final = n->v.Try.finalbody;
    if (n->v.Try.handlers.n)
        compile_try_except(u, n);
    else
        pyvm_compile_stmts(u, n->v.Try.body);
    pyvm_compile_pop_handler(u);
    u->nfb--;
    if (!u->nofall) {
        pyvm_compile_stmts(u, n->v.Try.finalbody);
        if (!u->nofall)
            pyvm_compile_jump(u, PYVM_OP_JUMP, l_end);
    }
    /* exceptional path: [exc] -> [prev, exc], final body, re-raise */
    u->label_depth[l_final] = (int32_t)depth + 1;
    u->nofall = true;
    pyvm_compile_bind(u, l_final);
    pyvm_compile_emit(u, PYVM_OP_PUSH_EXC_INFO, 0);
    int hc = pyvm_compile_push_handler(u, l_cleanup, depth + 1);
    fblock_t *h = push_fblock(u, FB_HANDLER);
    h->handler = hc;
    h->extra = 1;
    pyvm_compile_stmts(u, n->v.Try.finalbody);
    u->nfb--;
    if (!u->nofall)
        pyvm_compile_emit(u, PYVM_OP_RERAISE, 0);
    pyvm_compile_pop_handler(u);
    u->label_depth[l_cleanup] = (int32_t)depth + 2;
    pyvm_compile_bind(u, l_cleanup);
    pyvm_compile_emit(u, PYVM_OP_POP_EXCEPT_RERAISE, 0);
    u->label_depth[l_end] = (int32_t)depth;
    pyvm_compile_bind(u, l_end);
}

static void compile_with_items(unit_t *u, node_t *n, int i)
{
    node_t *item = n->v.With.items.v[i];
    uint32_t l_exc = pyvm_compile_label(u), l_cleanup = pyvm_compile_label(u),
             l_end = pyvm_compile_label(u), l_swallow = pyvm_compile_label(u);
    bool async = n->kind == PYVM_AST_AsyncWith;
    u->line = item->v.withitem.context_expr->lineno;
    pyvm_compile_expr(u, item->v.withitem.context_expr);
    if (async) {
        pyvm_compile_emit(u, PYVM_OP_BEFORE_ASYNC_WITH, 0);
        await_top(u, 1);
    } else {
        pyvm_compile_emit(u, PYVM_OP_WITH_ENTER, 0);
    }
    uint32_t depth = u->depth - 1; /* with the exit function */
    fblock_t *f = push_fblock(u, FB_WITH);
    f->handler = pyvm_compile_push_handler(u, l_exc, depth);
    f->is_async = async;
    if (item->v.withitem.optional_vars)
        pyvm_compile_store(u, item->v.withitem.optional_vars);
    else
        pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
    if (i + 1 < n->v.With.items.n)
        compile_with_items(u, n, i + 1);
    else
        pyvm_compile_stmts(u, n->v.With.body);
    pyvm_compile_pop_handler(u);
    u->nfb--;
    if (!u->nofall) {
        u->line = n->lineno;
        pyvm_compile_load_const(u, rt_none);
        pyvm_compile_load_const(u, rt_none);
        pyvm_compile_load_const(u, rt_none);
        pyvm_compile_emit(u, PYVM_OP_CALL, 3);
        if (async)
            await_top(u, 2);
        pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
        pyvm_compile_jump(u, PYVM_OP_JUMP, l_end);
    }
    u->label_depth[l_exc] = (int32_t)depth + 1;
    u->nofall = true;
    pyvm_compile_bind(u, l_exc);
    pyvm_compile_emit(u, PYVM_OP_PUSH_EXC_INFO, 0);
    pyvm_compile_push_handler(u, l_cleanup, depth + 1);
    pyvm_compile_emit(u, PYVM_OP_WITH_EXCEPT, 0);
    if (async)
        await_top(u, 2);
    pyvm_compile_jump(u, PYVM_OP_POP_JUMP_IF_TRUE, l_swallow);
    pyvm_compile_emit(u, PYVM_OP_RERAISE, 0);
    pyvm_compile_pop_handler(u);
    pyvm_compile_bind(u, l_swallow);
    pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
    pyvm_compile_emit(u, PYVM_OP_POP_EXCEPT, 0);
    pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
    pyvm_compile_jump(u, PYVM_OP_JUMP, l_end);
    u->label_depth[l_cleanup] = (int32_t)depth + 2;
    pyvm_compile_bind(u, l_cleanup);
    pyvm_compile_emit(u, PYVM_OP_POP_EXCEPT_RERAISE, 0);
    u->label_depth[l_end] = (int32_t)depth - 1;
    u->nofall = true;
    pyvm_compile_bind(u, l_end);
}

static void compile_assign(unit_t *u, node_t *n)
{
    pyvm_compile_expr(u, n->v.Assign.value);
    for (int i = 0; i < n->v.Assign.targets.n; i++) {
        if (i + 1 < n->v.Assign.targets.n)
            pyvm_compile_emit(u, PYVM_OP_COPY, 1);
        pyvm_compile_store(u, n->v.Assign.targets.v[i]);
    }
}

static void compile_augassign(unit_t *u, node_t *n)
{
    node_t *t = n->v.AugAssign.target;
    uint32_t op = n->v.AugAssign.op | PYVM_OP_INPLACE;
    switch (t->kind) {
    case PYVM_AST_Name:
        pyvm_compile_name_op(u, t->v.Name.id, PYVM_AST_Load);
        pyvm_compile_expr(u, n->v.AugAssign.value);
        pyvm_compile_emit(u, PYVM_OP_BINARY_OP, op);
        pyvm_compile_name_op(u, t->v.Name.id, PYVM_AST_Store);
        break;
    case PYVM_AST_Attribute: {
        uint32_t name = pyvm_compile_name(u, t->v.Attribute.attr);
        pyvm_compile_expr(u, t->v.Attribute.value);
        pyvm_compile_emit(u, PYVM_OP_COPY, 1);
        pyvm_compile_emit(u, PYVM_OP_LOAD_ATTR, name);
        pyvm_compile_expr(u, n->v.AugAssign.value);
        pyvm_compile_emit(u, PYVM_OP_BINARY_OP, op);
        pyvm_compile_emit(u, PYVM_OP_SWAP, 2);
        pyvm_compile_emit(u, PYVM_OP_STORE_ATTR, name);
        break;
    }
    case PYVM_AST_Subscript:
        pyvm_compile_expr(u, t->v.Subscript.value);
        pyvm_compile_expr(u, t->v.Subscript.slice);
        pyvm_compile_emit(u, PYVM_OP_COPY, 2);
        pyvm_compile_emit(u, PYVM_OP_COPY, 2);
        pyvm_compile_emit(u, PYVM_OP_BINARY_SUBSCR, 0);
        pyvm_compile_expr(u, n->v.AugAssign.value);
        pyvm_compile_emit(u, PYVM_OP_BINARY_OP, op);
        pyvm_compile_emit(u, PYVM_OP_SWAP, 3);
        pyvm_compile_emit(u, PYVM_OP_SWAP, 2);
        pyvm_compile_emit(u, PYVM_OP_STORE_SUBSCR, 0);
        break;
    default:
        pyvm_compile_error(u, t, "illegal expression for augmented assignment");
    }
}

/* `import a.b.c` binds `a` to the top package; `import a.b as c` binds c to a.b itself, as do the
** `from` forms, so IMPORT_NAME's B says which (bit 0) and the relative level (B >> 1). */
static void compile_import(unit_t *u, node_t *n)
{
    if (n->kind == PYVM_AST_Import) {
        for (int i = 0; i < n->v.Import.names.n; i++) {
            node_t *a = n->v.Import.names.v[i];
            const char *name = a->v.alias.name, *as = a->v.alias.asname;
            pyvm_compile_emit2(u, PYVM_OP_IMPORT_NAME, pyvm_compile_name(u, name), as != NULL);
            if (as) {
                pyvm_compile_name_op(u, as, PYVM_AST_Store);
                continue;
            }
            const char *dot = strchr(name, '.');
            if (!dot) {
                pyvm_compile_name_op(u, name, PYVM_AST_Store);
                continue;
            }
            pyvm_compile_name_op(u, rt_arena_strndup(&u->c->arena, name, (size_t)(dot - name)),
                                 PYVM_AST_Store);
        }
        return;
    }
    const char *module = n->v.ImportFrom.module ? n->v.ImportFrom.module : "";
    uint32_t level = (uint32_t)n->v.ImportFrom.level;
    pyvm_compile_emit2(u, PYVM_OP_IMPORT_NAME, pyvm_compile_name(u, module), level << 1 | 1);
    for (int i = 0; i < n->v.ImportFrom.names.n; i++) {
        node_t *a = n->v.ImportFrom.names.v[i];
        if (strcmp(a->v.alias.name, "*") == 0) {
            if (u->scope->kind == PYVM_SCOPE_FUNCTION)
                pyvm_compile_error(u, a, "import * only allowed at module level");
            pyvm_compile_emit(u, PYVM_OP_IMPORT_STAR, 0);
            return;
        }
        pyvm_compile_emit(u, PYVM_OP_IMPORT_FROM, pyvm_compile_name(u, a->v.alias.name));
        pyvm_compile_name_op(u, a->v.alias.asname ? a->v.alias.asname : a->v.alias.name,
                             PYVM_AST_Store);
    }
    pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
}

static void compile_decorated(unit_t *u, pyvm_ast_list_t decos, const char *name)
{
    for (int i = decos.n - 1; i >= 0; i--)
        pyvm_compile_emit(u, PYVM_OP_CALL, 1);
    pyvm_compile_name_op(u, pyvm_symtable_def_name(&u->c->st, u->scope, name), PYVM_AST_Store);
}

/* A class statement: its body as a function, then BUILD_CLASS; with keywords (metaclass=...) or
** starred bases, a call __build_class__(body, name, *bases, **keywords) instead, as CPython. */
static void compile_classdef(unit_t *u, node_t *n)
{
    for (int i = 0; i < n->v.ClassDef.decorator_list.n; i++)
        pyvm_compile_expr(u, n->v.ClassDef.decorator_list.v[i]);
    pyvm_ast_list_t bases = n->v.ClassDef.bases, kws = n->v.ClassDef.keywords;
    bool general = kws.n > 0;
    for (int i = 0; i < bases.n; i++)
        general |= bases.v[i]->kind == PYVM_AST_Starred;
    if (general)
        pyvm_compile_name_op(u, "__build_class__", PYVM_AST_Load);
    pyvm_scope_t *cs = pyvm_symtable_scope(&u->c->st, n);
    pyvm_code_t *code = pyvm_compile_unit(u->c, cs, n);
    uint32_t flags = pyvm_compile_closure(u, cs);
    pyvm_compile_load_const(u, rt_from_ptr(code));
    pyvm_compile_emit(u, PYVM_OP_MAKE_FUNCTION, flags);
    pyvm_compile_load_const(u, rt_from_ptr(rt_str_intern_cstr(n->v.ClassDef.name)));
    if (general) {
        pyvm_compile_call_ex(u, 2, bases, kws, n->lineno);
    } else {
        for (int i = 0; i < bases.n; i++)
            pyvm_compile_expr(u, bases.v[i]);
        u->line = n->lineno;
        pyvm_compile_emit(u, PYVM_OP_BUILD_CLASS, (uint32_t)bases.n);
    }
    compile_decorated(u, n->v.ClassDef.decorator_list, n->v.ClassDef.name);
}

static void compile_annotation(unit_t *u, node_t *ann);

/* x: T = v. In a module or class body a simple target's annotation goes to
** __annotations__['x'], the dict the body made first (SETUP_ANNOTATIONS in CPython). */
static void compile_annassign(unit_t *u, node_t *n)
{
    if (n->v.AnnAssign.value) {
        pyvm_compile_expr(u, n->v.AnnAssign.value);
        pyvm_compile_store(u, n->v.AnnAssign.target);
    }
    if (u->scope->kind == PYVM_SCOPE_FUNCTION || !n->v.AnnAssign.simple)
        return;
    compile_annotation(u, n->v.AnnAssign.annotation);
    pyvm_compile_name_op(u, "__annotations__", PYVM_AST_Load);
    pyvm_compile_load_const(
        u, rt_from_ptr(rt_str_intern_cstr(n->v.AnnAssign.target->v.Name.id)));
    pyvm_compile_emit(u, PYVM_OP_STORE_SUBSCR, 0);
}

/* Whether a body has simple annotations outside nested functions and classes. */
static bool has_annotations(pyvm_ast_list_t body)
{
    for (int i = 0; i < body.n; i++) {
        node_t *n = body.v[i];
        switch (n->kind) {
        case PYVM_AST_AnnAssign:
            if (n->v.AnnAssign.simple)
                return true;
            break;
        case PYVM_AST_If:
            if (has_annotations(n->v.If.body) || has_annotations(n->v.If.orelse))
                return true;
            break;
        case PYVM_AST_For:
            if (has_annotations(n->v.For.body) || has_annotations(n->v.For.orelse))
                return true;
            break;
        case PYVM_AST_While:
            if (has_annotations(n->v.While.body) || has_annotations(n->v.While.orelse))
                return true;
            break;
        case PYVM_AST_With:
            if (has_annotations(n->v.With.body))
                return true;
            break;
        case PYVM_AST_Try:
        case PYVM_AST_TryStar:
            if (has_annotations(n->v.Try.body) || has_annotations(n->v.Try.orelse) ||
                has_annotations(n->v.Try.finalbody))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

/* Starts a module or class body that has annotations: __annotations__ = {} unless the
** namespace has one already. */
static void setup_annotations(unit_t *u, pyvm_ast_list_t body)
{
    if (has_annotations(body))
        pyvm_compile_emit(u, PYVM_OP_SETUP_ANNOTATIONS, 0);
}

static void compile_stmt(unit_t *u, node_t *n)
{
    u->line = n->lineno;
    switch (n->kind) {
    case PYVM_AST_Expr:
        pyvm_compile_expr(u, n->v.Expr.value);
        /* compile(..., 'single'): a top-level expression's value goes to sys.displayhook */
        pyvm_compile_emit(u, u->scope->node->kind == PYVM_AST_Interactive ? PYVM_OP_PRINT_EXPR
                                                                          : PYVM_OP_POP_TOP, 0);
        break;
    case PYVM_AST_Assign:
        compile_assign(u, n);
        break;
    case PYVM_AST_AugAssign:
        compile_augassign(u, n);
        break;
    case PYVM_AST_AnnAssign:
        compile_annassign(u, n);
        break;
    case PYVM_AST_If:
        compile_if(u, n);
        break;
    case PYVM_AST_While:
        compile_while(u, n);
        break;
    case PYVM_AST_For:
        compile_for(u, n);
        break;
    case PYVM_AST_Break:
    case PYVM_AST_Continue:
        compile_break_continue(u, n, n->kind == PYVM_AST_Break);
        break;
    case PYVM_AST_Return:
        compile_return(u, n);
        break;
    case PYVM_AST_AsyncFor:
        check_async(u, n, "async for");
        compile_async_for(u, n);
        break;
    case PYVM_AST_AsyncWith:
        check_async(u, n, "async with");
        compile_with_items(u, n, 0);
        break;
    case PYVM_AST_Pass:
    case PYVM_AST_Global:
    case PYVM_AST_Nonlocal:
        break;
    case PYVM_AST_FunctionDef:
    case PYVM_AST_AsyncFunctionDef: /* a coroutine function runs as a generator function */
        for (int i = 0; i < n->v.FunctionDef.decorator_list.n; i++)
            pyvm_compile_expr(u, n->v.FunctionDef.decorator_list.v[i]);
        pyvm_compile_make_function(u, n, n->v.FunctionDef.args);
        compile_decorated(u, n->v.FunctionDef.decorator_list, n->v.FunctionDef.name);
        break;
    case PYVM_AST_ClassDef:
        compile_classdef(u, n);
        break;
    case PYVM_AST_Raise:
        if (n->v.Raise.exc)
            pyvm_compile_expr(u, n->v.Raise.exc);
        if (n->v.Raise.cause)
            pyvm_compile_expr(u, n->v.Raise.cause);
        pyvm_compile_emit(u, PYVM_OP_RAISE, n->v.Raise.cause ? 2 : n->v.Raise.exc ? 1 : 0);
        break;
    case PYVM_AST_Try:
    case PYVM_AST_TryStar:
        compile_try(u, n);
        break;
    case PYVM_AST_With:
        compile_with_items(u, n, 0);
        break;
    case PYVM_AST_Assert: {
        pyvm_compile_warn_assert(u, n);
        uint32_t l_ok = pyvm_compile_label(u);
        pyvm_compile_jump_if(u, n->v.Assert.test, true, l_ok);
        pyvm_compile_emit(u, PYVM_OP_LOAD_ASSERTION_ERROR, 0);
        if (n->v.Assert.msg) {
            pyvm_compile_expr(u, n->v.Assert.msg);
            pyvm_compile_emit(u, PYVM_OP_CALL, 1);
        }
        pyvm_compile_emit(u, PYVM_OP_RAISE, 1);
        pyvm_compile_bind(u, l_ok);
        break;
    }
    case PYVM_AST_Import:
    case PYVM_AST_ImportFrom:
        compile_import(u, n);
        break;
    case PYVM_AST_Match:
        pyvm_compile_match(u, n);
        break;
    case PYVM_AST_Delete:
        for (int i = 0; i < n->v.Delete.targets.n; i++)
            pyvm_compile_delete(u, n->v.Delete.targets.v[i]);
        break;
    default:
        pyvm_compile_error(u, n, "unsupported statement: %s", pyvm_ast_kind_name(n->kind));
    }
}

void pyvm_compile_stmts(unit_t *u, pyvm_ast_list_t body)
{
    for (int i = 0; i < body.n; i++) {
        if (u->nofall)
            return; /* unreachable code after return/raise/break/continue */
        compile_stmt(u, body.v[i]);
    }
}

/* ---- Functions ---- */

uint32_t pyvm_compile_closure(unit_t *u, pyvm_scope_t *child)
{
    if (!child->nfree)
        return 0;
    for (uint32_t i = 0; i < child->nfree; i++) {
        const char *name = child->slot_names[child->free_base + i];
        bool class_cell = u->scope->needs_class_cell && strcmp(name, "__class__") == 0;
        pyvm_sym_t *y = pyvm_symtable_lookup(u->scope, class_cell ? PYVM_CLASS_CELL : name);
        if (!y || (y->res != PYVM_RES_CELL && y->res != PYVM_RES_FREE))
            pyvm_compile_error(u, NULL, "internal compiler error: no cell for '%s'", name);
        pyvm_compile_emit(u, PYVM_OP_LOAD_CLOSURE, y->slot);
    }
    pyvm_compile_emit(u, PYVM_OP_BUILD_TUPLE, child->nfree);
    return 8;
}

/* The source-like text of an annotation under `from __future__ import annotations`, for the
** forms annotations take (names, attributes, subscripts, tuples, |, constants). */
static void unparse(rt_strbuf_t *b, const node_t *e)
{
    switch (e->kind) {
    case PYVM_AST_Name:
        rt_strbuf_appendf(b, "%s", e->v.Name.id);
        return;
    case PYVM_AST_Attribute:
        unparse(b, e->v.Attribute.value);
        rt_strbuf_appendf(b, ".%s", e->v.Attribute.attr);
        return;
    case PYVM_AST_Subscript:
        unparse(b, e->v.Subscript.value);
        rt_strbuf_appendf(b, "[");
        unparse(b, e->v.Subscript.slice);
        rt_strbuf_appendf(b, "]");
        return;
    case PYVM_AST_Tuple:
    case PYVM_AST_List: {
        pyvm_ast_list_t l = e->kind == PYVM_AST_Tuple ? e->v.Tuple.elts : e->v.List.elts;
        if (e->kind == PYVM_AST_List)
            rt_strbuf_appendf(b, "[");
        for (int i = 0; i < l.n; i++) {
            if (i)
                rt_strbuf_appendf(b, ", ");
            unparse(b, l.v[i]);
        }
        if (e->kind == PYVM_AST_List)
            rt_strbuf_appendf(b, "]");
        return;
    }
    case PYVM_AST_BinOp:
        unparse(b, e->v.BinOp.left);
        rt_strbuf_appendf(b, " | ");
        unparse(b, e->v.BinOp.right);
        return;
    case PYVM_AST_Constant: {
        rt_value_t v = pyvm_compile_const_value(&((node_t *)e)->v.Constant.value);
        rt_value_t r = v ? pyvm_repr(v) : RT_NOVALUE;
        if (r) {
            rt_strbuf_append(b, pyvm_str_of(r)->data, (size_t)pyvm_str_of(r)->len);
            return;
        }
        rt_exc_clear();
        break;
    }
    default:
        break;
    }
    rt_strbuf_appendf(b, "...");
}

/* Pushes an annotation's value: the expression, or its text under future annotations. */
static void compile_annotation(unit_t *u, node_t *ann)
{
    if (!u->c->st.future_annotations) {
        pyvm_compile_expr(u, ann);
        return;
    }
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    unparse(&b, ann);
    pyvm_compile_load_const(u, rt_from_ptr(rt_str_intern(rt_strbuf_finish(&b, &rt_type_str))));
}

/* With the new function on the stack: its __annotations__ from the parameters' and the return
** annotations, as CPython builds them (a dict set after MAKE_FUNCTION here). */
static void function_annotations(unit_t *u, node_t *args, node_t *returns)
{
    uint32_t count = 0;
    /* CPython's order: positional-only, positional, *args, keyword-only, **kwargs */
    node_t *single[2] = {args->v.arguments.vararg, args->v.arguments.kwarg};
    pyvm_ast_list_t groups[5] = {args->v.arguments.posonlyargs, args->v.arguments.args,
                                 {single, 1}, args->v.arguments.kwonlyargs, {single + 1, 1}};
    for (int g = 0; g < 5; g++) {
        for (int i = 0; i < groups[g].n; i++) {
            node_t *a = groups[g].v[i];
            if (!a || !a->v.arg.annotation)
                continue;
            pyvm_compile_load_const(u, rt_from_ptr(rt_str_intern_cstr(a->v.arg.arg)));
            compile_annotation(u, a->v.arg.annotation);
            count++;
        }
    }
    if (returns) {
        pyvm_compile_load_const(u, rt_from_ptr(rt_str_intern_cstr("return")));
        compile_annotation(u, returns);
        count++;
    }
    if (!count)
        return;
    pyvm_compile_emit(u, PYVM_OP_BUILD_MAP, count);
    pyvm_compile_emit(u, PYVM_OP_COPY, 2);
    pyvm_compile_emit(u, PYVM_OP_STORE_ATTR, pyvm_compile_name(u, "__annotations__"));
}

void pyvm_compile_make_function(unit_t *u, const node_t *node, node_t *args)
{
    uint32_t flags = 0;
    if (args->v.arguments.defaults.n) {
        for (int i = 0; i < args->v.arguments.defaults.n; i++)
            pyvm_compile_expr(u, args->v.arguments.defaults.v[i]);
        pyvm_compile_emit(u, PYVM_OP_BUILD_TUPLE, (uint32_t)args->v.arguments.defaults.n);
        flags |= 1;
    }
    uint32_t nkw = 0;
    for (int i = 0; i < args->v.arguments.kwonlyargs.n; i++) {
        node_t *d = args->v.arguments.kw_defaults.v[i];
        if (!d)
            continue;
        pyvm_compile_load_const(
            u, rt_from_ptr(rt_str_intern_cstr(args->v.arguments.kwonlyargs.v[i]->v.arg.arg)));
        pyvm_compile_expr(u, d);
        nkw++;
    }
    if (nkw) {
        pyvm_compile_emit(u, PYVM_OP_BUILD_MAP, nkw);
        flags |= 2;
    }
    pyvm_scope_t *fs = pyvm_symtable_scope(&u->c->st, node);
    pyvm_code_t *code = pyvm_compile_unit(u->c, fs, node);
    flags |= pyvm_compile_closure(u, fs);
    pyvm_compile_load_const(u, rt_from_ptr(code));
    pyvm_compile_emit(u, PYVM_OP_MAKE_FUNCTION, flags);
    if (node->kind == PYVM_AST_FunctionDef || node->kind == PYVM_AST_AsyncFunctionDef)
        function_annotations(u, args, node->v.FunctionDef.returns);
}

static void code_trace(gc_tracer_t *tracer, void *obj)
{
    pyvm_code_t *c = obj;
    rt_code_trace(tracer, obj);
    gc_visit_ptr(tracer, c->caches);
    gc_visit_ptr(tracer, c->varnames);
    gc_visit_ptr(tracer, c->cellargs);
    gc_visit_ptr(tracer, c->exctab);
    gc_visit(tracer, c->doc);
}

/* The docstring of a body: its first statement when that is a string literal, else NULL. */
static const node_t *docstring(pyvm_ast_list_t body)
{
    if (body.n == 0 || body.v[0]->kind != PYVM_AST_Expr)
        return NULL;
    const node_t *e = body.v[0]->v.Expr.value;
    return e->kind == PYVM_AST_Constant && e->v.Constant.value.kind == PYVM_CONST_STR ? e : NULL;
}

/* Module and class bodies start with __doc__ = their docstring, as CPython compiles them. */
static void store_docstring(unit_t *u, pyvm_ast_list_t body)
{
    const node_t *d = docstring(body);
    if (!d)
        return;
    pyvm_compile_load_const(u, pyvm_compile_const_value(&((node_t *)d)->v.Constant.value));
    pyvm_compile_name_op(u, "__doc__", PYVM_AST_Store);
}

rt_type_t pyvm_type_code = RT_TYPE_INIT("code", code_trace, NULL, 0);

static void compile_body(unit_t *u, const node_t *node)
{
    pyvm_scope_t *s = u->scope;
    switch (node->kind) {
    case PYVM_AST_Module:
        store_docstring(u, node->v.Module.body);
        setup_annotations(u, node->v.Module.body);
        pyvm_compile_stmts(u, node->v.Module.body);
        break;
    case PYVM_AST_Interactive:
        pyvm_compile_stmts(u, node->v.Interactive.body);
        break;
    case PYVM_AST_Expression: /* eval(): the expression's value is the result */
        pyvm_compile_expr(u, node->v.Expression.body);
        pyvm_compile_emit(u, PYVM_OP_RETURN_VALUE, 0);
        return;
    case PYVM_AST_FunctionDef:
    case PYVM_AST_AsyncFunctionDef:
        pyvm_compile_stmts(u, node->v.FunctionDef.body);
        break;
    case PYVM_AST_Lambda:
        pyvm_compile_expr(u, node->v.Lambda.body);
        if (s->generator)
            pyvm_compile_emit(u, PYVM_OP_POP_TOP, 0);
        else
            pyvm_compile_emit(u, PYVM_OP_RETURN_VALUE, 0);
        break;
    case PYVM_AST_ClassDef:
        pyvm_compile_name_op(u, "__name__", PYVM_AST_Load);
        pyvm_compile_name_op(u, "__module__", PYVM_AST_Store);
        pyvm_compile_load_const(u, rt_from_ptr(rt_str_intern_cstr(s->qualname)));
        pyvm_compile_name_op(u, "__qualname__", PYVM_AST_Store);
        store_docstring(u, node->v.ClassDef.body);
        setup_annotations(u, node->v.ClassDef.body);
        pyvm_compile_stmts(u, node->v.ClassDef.body);
        if (!u->nofall) {
            if (s->needs_class_cell) { /* for type.__new__, which fills it */
                pyvm_compile_emit(u, PYVM_OP_LOAD_CLOSURE,
                                  pyvm_symtable_lookup(s, PYVM_CLASS_CELL)->slot);
                pyvm_compile_emit(u, PYVM_OP_COPY, 1);
                pyvm_compile_emit(u, PYVM_OP_STORE_NAME, pyvm_compile_name(u, "__classcell__"));
            } else
                pyvm_compile_load_const(u, rt_none);
            pyvm_compile_emit(u, PYVM_OP_RETURN_VALUE, 0);
        }
        return;
    default:
        pyvm_compile_comprehension_body(u, node);
        return;
    }
    if (!u->nofall) {
        pyvm_compile_load_const(u, rt_none);
        pyvm_compile_emit(u, PYVM_OP_RETURN_VALUE, 0);
    }
}

static rt_str_t *bytes_of(const void *p, size_t n) { return rt_bytes_new(p, n); }

static void count_params(pyvm_code_t *code, const node_t *node)
{
    node_t *a = NULL;
    if (node->kind == PYVM_AST_FunctionDef || node->kind == PYVM_AST_AsyncFunctionDef)
        a = node->v.FunctionDef.args;
    else if (node->kind == PYVM_AST_Lambda)
        a = node->v.Lambda.args;
    else if (node->kind == PYVM_AST_ListComp || node->kind == PYVM_AST_SetComp ||
             node->kind == PYVM_AST_DictComp || node->kind == PYVM_AST_GeneratorExp)
        code->argcount = 1;
    if (!a)
        return;
    code->posonly = (uint32_t)a->v.arguments.posonlyargs.n;
    code->argcount = code->posonly + (uint32_t)a->v.arguments.args.n;
    code->kwonly = (uint32_t)a->v.arguments.kwonlyargs.n;
    if (a->v.arguments.vararg)
        code->pyflags |= PYVM_CO_VARARGS;
    if (a->v.arguments.kwarg)
        code->pyflags |= PYVM_CO_VARKW;
}

/* Finishes the unit: patches jumps, closes the exception table, makes the code object. */
static pyvm_code_t *finish_unit(unit_t *u, const node_t *node)
{
    pyvm_scope_t *s = u->scope;
    u->nh = 0;
    sync_handler(u);
    for (uint32_t i = 0; i < u->nfix; i++) {
        uint32_t pc = rt_code_builder_label_pc(&u->b, u->fix[i].label);
        rt_code_builder_patch(&u->b, u->fix[i].pc, &pc, 4);
    }
    pyvm_exc_entry_t *tab = rt_arena_alloc(&u->c->arena, (u->nranges + 1) * sizeof *tab);
    for (uint32_t i = 0; i < u->nranges; i++)
        tab[i] = (pyvm_exc_entry_t){u->ranges[i].start, u->ranges[i].end,
                                    rt_code_builder_label_pc(&u->b, u->ranges[i].label),
                                    u->ranges[i].depth};
    rt_str_t *exctab = bytes_of(tab, u->nranges * sizeof *tab);
    int32_t *cellargs = rt_arena_alloc(&u->c->arena, (s->ncells + 1) * sizeof(int32_t));
    for (uint32_t i = 0; i < s->ncells; i++) {
        pyvm_sym_t *y = pyvm_symtable_lookup(s, s->slot_names[s->cell_base + i]);
        cellargs[i] = (y->flags & PYVM_SYM_PARAM) ? (int32_t)y->argslot : -1;
    }
    rt_str_t *cells = bytes_of(cellargs, s->ncells * sizeof(int32_t));
    size_t ncw = (size_t)u->ncaches * PYVM_CACHE_WORDS;
    rt_value_t *zeros = rt_arena_zalloc(&u->c->arena, (ncw + 1) * sizeof(rt_value_t));
    rt_vec_t *caches = rt_vec_from_of(&rt_type_vec, zeros, (int64_t)ncw);
    rt_tuple_t *varnames = rt_tuple_new(s->nlocals);
    for (uint32_t i = 0; i < s->nlocals; i++)
        rt_tuple_init_item(varnames, i, rt_from_ptr(rt_str_intern_cstr(s->slot_names[i])));
    rt_code_builder_pin(&u->b, 0, s->nlocals);
    rt_code_desc_t desc = {
        .type = &pyvm_type_code,
        .size = sizeof(pyvm_code_t),
        .name = rt_str_intern_cstr(s->name),
        .qualname = rt_str_intern_cstr(s->qualname),
        .filename = u->c->filename,
        /* a module's code starts at line 1, wherever its first statement is */
        .firstline = s->kind != PYVM_SCOPE_MODULE && node->lineno ? node->lineno : 1,
        .flags = s->generator ? RT_CODE_GENERATOR : 0,
    };
    pyvm_code_t *code = (pyvm_code_t *)rt_code_builder_finish(&u->b, &desc);
    count_params(code, node);
    if (s->generator)
        code->pyflags |= PYVM_CO_GENERATOR;
    if (node->kind == PYVM_AST_AsyncFunctionDef)
        code->pyflags |= s->yields ? PYVM_CO_ASYNCGEN : PYVM_CO_COROUTINE;
    if (s->is_async)
        code->pyflags |= node->kind == PYVM_AST_GeneratorExp ? PYVM_CO_ASYNCGEN : PYVM_CO_COROUTINE;
    if (s->kind != PYVM_SCOPE_FUNCTION)
        code->pyflags |= PYVM_CO_NAMESPACE;
    code->first_arg = s->first_arg;
    code->ncells = s->ncells;
    code->cell_base = s->cell_base;
    code->nfree = s->nfree;
    code->free_base = s->free_base;
    code->nexc = u->nranges;
    code->ncaches = u->ncaches;
    RT_STORE(code, caches, caches);
    RT_STORE(code, varnames, varnames);
    RT_STORE(code, cellargs, cells);
    RT_STORE(code, exctab, exctab);
    if (node->kind == PYVM_AST_FunctionDef || node->kind == PYVM_AST_AsyncFunctionDef) {
        const node_t *d = docstring(node->v.FunctionDef.body);
        if (d)
            RT_STORE(code, doc, pyvm_compile_const_value(&((node_t *)d)->v.Constant.value));
    }
    return code;
}

pyvm_code_t *pyvm_compile_unit(compiler_t *c, pyvm_scope_t *scope, const node_t *node)
{
    unit_t u;
    memset(&u, 0, sizeof u);
    u.c = c;
    u.scope = scope;
    u.open_label = RT_CODE_NO_LABEL;
    u.line = node->lineno ? node->lineno : 1;
    rt_code_builder_init(&u.b, &c->arena, RT_LANG_PY, scope->nlocals);
    compile_body(&u, node);
    return finish_unit(&u, node);
}

/* Raises cls(message) with SyntaxError's fields; text is the error line (len bytes) or NULL,
** columns 0 when unknown. */
static void raise_syntax(pyvm_class_t *cls, const char *message, rt_str_t *filename, int line,
                         int offset, const char *text, size_t len, int end_line, int end_offset)
{
    rt_value_t msg = pyvm_str_cstr(message);
    rt_value_t exc = pyvm_exc_new(cls, &msg, 1);
    if (!exc)
        return;
    pyvm_exc_put(exc, rt_str_intern_cstr("filename"), rt_from_ptr(filename));
    pyvm_exc_put(exc, rt_str_intern_cstr("lineno"), rt_small(line));
    pyvm_exc_put(exc, rt_str_intern_cstr("msg"), msg);
    pyvm_exc_put(exc, rt_str_intern_cstr("offset"), offset ? rt_small(offset) : rt_none);
    pyvm_exc_put(exc, rt_str_intern_cstr("text"),
                 text ? rt_from_ptr(rt_str_new(text, len)) : rt_none);
    pyvm_exc_put(exc, rt_str_intern_cstr("end_lineno"), end_line ? rt_small(end_line) : rt_none);
    pyvm_exc_put(exc, rt_str_intern_cstr("end_offset"),
                 end_offset ? rt_small(end_offset) : rt_none);
    rt_exc_set(exc);
}

void pyvm_compile_syntax_error(const char *message, rt_str_t *filename, int line,
                               const pyvm_ast_node_t *at)
{
    if (at && at->lineno)
        raise_syntax(pyvm_exc_SyntaxError, message, filename, at->lineno, at->col_offset + 1,
                     NULL, 0, at->end_lineno, at->end_col_offset + 1);
    else
        pyvm_compile_syntax_error_at(message, filename, line, 0);
}

void pyvm_compile_syntax_error_at(const char *message, rt_str_t *filename, int line, int offset)
{
    raise_syntax(pyvm_exc_SyntaxError, message, filename, line, offset, NULL, 0, offset ? line : 0,
                 offset);
}

/* The tokenizer's SyntaxWarnings of a parse: false with an error pending when a filter made one
** an error (or failed). */
static bool issue_parse_warnings(const pyvm_syntax_error_t *parse, rt_str_t *filename)
{
    for (int i = 0; parse && i < parse->nwarnings; i++)
        if (!pyvm_compile_warn_at(filename, parse->warnings[i].lineno, parse->warnings[i].offset,
                                  NULL, parse->warnings[i].message))
            return false;
    return true;
}

void pyvm_compile_parse_error(const pyvm_syntax_error_t *err, rt_str_t *filename)
{
    if (!issue_parse_warnings(err, filename))
        return;
    pyvm_class_t *const classes[] = {
        [PYVM_SYNERR_SYNTAX] = pyvm_exc_SyntaxError,
        [PYVM_SYNERR_INDENTATION] = pyvm_exc_IndentationError,
        [PYVM_SYNERR_TAB] = pyvm_exc_TabError,
        [PYVM_SYNERR_MEMORY] = pyvm_exc_MemoryError,
    };
    raise_syntax(classes[err->type], err->message, filename, err->lineno, err->offset, err->text,
                 err->text_len, err->end_lineno, err->end_offset);
}

pyvm_code_t *pyvm_compile_module(pyvm_ast_node_t *mod, rt_str_t *filename,
                                 const pyvm_syntax_error_t *parse)
{
    if (!issue_parse_warnings(parse, filename))
        return NULL;
    compiler_t *c = calloc(1, sizeof *c);
    pyvm_code_t *volatile code = NULL;
    rt_arena_init(&c->arena);
    c->filename = filename;
    pyvm_mangle_module(&c->arena, mod);
    if (!pyvm_symtable_build(&c->st, &c->arena, mod))
        pyvm_compile_syntax_error(c->st.error, filename, c->st.error_line, c->st.error_node);
    else if (setjmp(c->fail) == 0)
        code = pyvm_compile_unit(c, c->st.top, mod);
    else if (!c->exc_pending)
        pyvm_compile_syntax_error(c->error, filename, c->error_line, c->error_node);
    rt_arena_free(&c->arena);
    free(c);
    return code;
}

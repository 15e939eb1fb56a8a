/*
** compile.h: the bytecode compiler's shared state (internal to pyvm/). compile.c holds units,
** emission, the exception table and statements; compile_expr.c expressions, targets and
** comprehensions. One unit per code object being built; units nest on the C stack as functions,
** classes, lambdas and comprehensions nest in the source.
*/
#ifndef PYHYP_PYVM_COMPILE_H
#define PYHYP_PYVM_COMPILE_H

#include <setjmp.h>

#include "pyvm/code.h"
#include "pyvm/symtable.h"

typedef pyvm_ast_node_t node_t;

/* What break, continue and return must undo on their way out (CPython's fblocks). */
typedef enum {
    FB_LOOP,     /* while: nothing on the stack */
    FB_FOR,      /* for: the iterator */
    FB_FINALLY,  /* try body of a try/finally: run the final body */
    FB_WITH,     /* with body: call __exit__(None, None, None); the exit function on the stack */
    FB_HANDLER,  /* except body or exceptional finally: [prev, extra values] */
    FB_POP_VALUE, /* a final body run by return: the return value on the stack */
} fblock_kind_t;

typedef struct fblock {
    fblock_kind_t kind;
    uint32_t l_break, l_continue;
    pyvm_ast_list_t final; /* FB_FINALLY */
    int handler;           /* index in the handler stack this block pushed, or -1 */
    int extra;             /* FB_HANDLER: values above prev */
    const char *name;      /* FB_HANDLER: the except name to clear */
    bool star;             /* FB_HANDLER: an except* body (break/continue/return can't leave) */
    bool is_async;         /* FB_WITH: async with (its __aexit__ is awaited) */
} fblock_t;

typedef struct exc_range {
    uint32_t start, end, label, depth;
} exc_range_t;

typedef struct handler {
    uint32_t label, depth;
} handler_t;

typedef struct unit {
    rt_code_builder_t b;
    pyvm_scope_t *scope;
    struct compiler *c;
    uint32_t depth;
    uint32_t ncaches;
    int32_t line;
    bool nofall;
    int32_t *label_depth;
    uint32_t nlabel_depth;
    struct { uint32_t pc, label; } *fix;
    uint32_t nfix, fixcap;
    handler_t hstack[64];
    int nh;
    uint32_t open_label; /* the handler of the open range, RT_CODE_NO_LABEL: none */
    uint32_t open_depth, open_start;
    exc_range_t *ranges;
    uint32_t nranges, rangecap;
    fblock_t fb[64];
    int nfb;
} unit_t;

typedef struct compiler {
    rt_arena_t arena;
    pyvm_symtable_t st;
    rt_str_t *filename;
    jmp_buf fail;      /* compile errors (SyntaxError) long-jump here */
    char error[200];
    int error_line;
    const node_t *error_node; /* where, when known */
    bool exc_pending;          /* failed with an exception of its own (a warning filter's) */
} compiler_t;

/* compile_warn.c: SyntaxWarnings. pyvm_compile_warn issues one at node n (may run Python code);
** a filter that makes it an error fails the compilation with a SyntaxError (long jump). The
** checks warn as CPython's compiler does: an assert on a tuple, "is" with a literal, a call or
** subscript of a literal (a missed comma). */
void pyvm_compile_warn(unit_t *u, const node_t *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The same for any line of `filename`: true when it stayed a warning; false with the SyntaxError
** (at node n, else at the 1-based column offset) or the filter's own error pending. */
bool pyvm_compile_warn_at(rt_str_t *filename, int line, int offset, const node_t *n,
                          const char *msg);
void pyvm_compile_warn_assert(unit_t *u, const node_t *n);
void pyvm_compile_warn_compare(unit_t *u, const node_t *e);
void pyvm_compile_warn_call(unit_t *u, const node_t *e);
void pyvm_compile_warn_subscript(unit_t *u, const node_t *e);

/* compile.c */
_Noreturn void pyvm_compile_error(unit_t *u, const node_t *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void pyvm_compile_emit(unit_t *u, pyvm_op_t op, uint32_t a);
void pyvm_compile_emit2(unit_t *u, pyvm_op_t op, uint32_t a, uint32_t b);
void pyvm_compile_jump(unit_t *u, pyvm_op_t op, uint32_t label);
uint32_t pyvm_compile_label(unit_t *u);
void pyvm_compile_bind(unit_t *u, uint32_t label);
uint32_t pyvm_compile_const(unit_t *u, rt_value_t v);
uint32_t pyvm_compile_name(unit_t *u, const char *name);
void pyvm_compile_load_const(unit_t *u, rt_value_t v);
/* Exceptions raised by the following instructions go to label with the stack cut to depth, until
** the matching pop. Returns the handler's index. */
int pyvm_compile_push_handler(unit_t *u, uint32_t label, uint32_t depth);
void pyvm_compile_pop_handler(unit_t *u);
/* Compiles a nested scope's body into a code object. */
pyvm_code_t *pyvm_compile_unit(compiler_t *c, pyvm_scope_t *scope, const node_t *node);
/* Pushes the closure tuple for a nested scope and returns the MAKE_FUNCTION flag bits. */
uint32_t pyvm_compile_closure(unit_t *u, pyvm_scope_t *child);
void pyvm_compile_stmts(unit_t *u, pyvm_ast_list_t body);
/* Makes a function object from compiled args (defaults) and a code (lambdas, defs). */
void pyvm_compile_make_function(unit_t *u, const node_t *node, node_t *args);

/* compile_match.c: the match statement */
void pyvm_compile_match(unit_t *u, node_t *n);

/* compile_expr.c */
void pyvm_compile_expr(unit_t *u, node_t *e);
/* With a callable and nprefix arguments pushed: pushes the rest of a call's arguments (starred
** ones spread) and its keywords (** ones merged) and emits CALL_EX at `line`. */
void pyvm_compile_call_ex(unit_t *u, uint32_t nprefix, pyvm_ast_list_t args, pyvm_ast_list_t kws,
                          int line);
void pyvm_compile_store(unit_t *u, node_t *target);
void pyvm_compile_delete(unit_t *u, node_t *target);
void pyvm_compile_name_op(unit_t *u, const char *name, pyvm_ast_ctx_t ctx);
/* Conditional jump on an expression's truth. */
void pyvm_compile_jump_if(unit_t *u, node_t *e, bool when, uint32_t label);
/* yield from / await with the iterator on the stack: sends until it returns, yielding what it
** yields (the delegate stays on top of the stack while suspended: obj_gen.c relies on it). */
void pyvm_compile_send_loop(unit_t *u);
/* The body of a comprehension's code unit. */
void pyvm_compile_comprehension_body(unit_t *u, const node_t *e);
/* A constant's value (None, numbers, strings...); may collect. */
rt_value_t pyvm_compile_const_value(const pyvm_ast_const_t *k);

#endif

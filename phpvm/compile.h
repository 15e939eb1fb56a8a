/*
** compile.h: the bytecode compiler's shared state (internal to phpvm/). compile.c holds the
** driver, emission, variables, functions and classes; compile_expr.c expressions;
** compile_stmt.c statements. One comp_t per function body, on the C stack; its AST and tables
** live in the arena, its heap objects in the code builder (constants) or the C stack.
*/
#ifndef PHPVM_COMPILE_H
#define PHPVM_COMPILE_H

#include "phpvm/ops.h"
#include "phpvm/vm.h"

typedef struct comp_loop {
    uint32_t brk, cont; /* labels */
    uint32_t depth;     /* value-stack depth inside the loop (iterators, switch subject below) */
    uint32_t nfinally;  /* finally blocks open when the loop started */
    uint32_t in_finally; /* finally bodies around the loop: break may not leave one */
    int kind;           /* 0 loop, 1 foreach (iterator on the stack), 2 switch (subject) */
} comp_loop_t;

typedef struct comp_finally {
    const phpvm_ast_t *body;
    uint32_t outer_handler, outer_depth; /* the handler to restore while running it inline */
} comp_finally_t;

typedef struct comp_region {
    uint32_t start, end, label, depth;
} comp_region_t;

typedef struct comp_patch {
    uint32_t pc, label;
} comp_patch_t;

typedef struct comp_file comp_file_t;

typedef struct comp {
    comp_file_t *file;
    rt_arena_t *arena;
    rt_code_builder_t b;
    const char *class_name;      /* the class being compiled, or NULL */
    const char *func_name;
    bool is_main;
    bool in_class;
    bool verify_return;   /* the function declares a return type */
    bool return_ref;      /* function &f(): return hands back a reference to a variable */
    bool yield_ref;       /* function &gen(): yield hands out references to variables */
    uint32_t nest;        /* statement nesting: 0 at the top level of the file */
    int32_t line;
    uint32_t depth;
    /* CVs */
    const char **cvs;
    uint32_t ncv, cvcap;
    uint32_t ntemps, temp_next;
    uint32_t ncaches; /* inline caches numbered so far (operands q) */
    uint32_t last_pc, bound_pc; /* the last instruction's pc; where a label was last bound */
    /* control */
    comp_loop_t loops[64];
    uint32_t nloops;
    comp_finally_t finallies[32];
    uint32_t nfinally;
    uint32_t in_finally; /* finally bodies being compiled around the current statement */
    uint32_t tick_end;   /* the pc after the last tick call, 0 before one */
    uint32_t handler, handler_depth;
    comp_region_t *regions;
    uint32_t nregions, regcap, region_start;
    comp_patch_t *patches;
    uint32_t npatches, patchcap;
    rt_map_t *kconsts; /* dedup of string/int constants: value -> index */
    /* nullsafe chains: ?-> jumps to the end of the whole chain ($a?->b->c() is null) */
    uint32_t ns_label; /* the end of the chain being compiled, or RT_CODE_NO_LABEL */
    bool ns_base;      /* the next expression is the base of a chain element */
    /* goto: the body's labels, name -> index into `gotos` (found by a pre-pass) */
    const phpvm_ast_t *body; /* the statements of the body, for the pre-pass */
    rt_map_t *labels;
    struct comp_goto *gotos;
} comp_t;

/* A goto label of a body: its code label, the loops and try-with-finally blocks around it and
** the finally bodies it sits in. */
typedef struct comp_goto {
    uint32_t label, loops, finallies, in_finally;
} comp_goto_t;

/* What a name in the source stands for (PHP's three import tables). */
enum { COMP_NS_CLASS, COMP_NS_FUNC, COMP_NS_CONST, COMP_NS_N };

struct comp_file {
    rt_arena_t *arena;
    const char *ns;              /* the current namespace ("" global), no backslashes around */
    rt_map_t *uses[COMP_NS_N];   /* imports: alias (lower case but for constants) -> full name */
    rt_str_t *filename;
    const phpvm_ast_t *root;
    char *err;
    size_t errcap;
    int32_t errline;
    bool failed;
    rt_map_t *early; /* lcname -> (AST key, class) of the top-level classes hoisted */
    bool strict;   /* declare(strict_types=1) */
    int64_t ticks; /* declare(ticks=N) in force where the compiler is (0: none) */
    bool in_trait; /* compiling a trait's members: __CLASS__ is the using class, at run time */
    bool dtors;    /* the file declares a destructor or destructible objects exist: every
                   ** assignment and call statement is a destructor point (dtor.c) */
    int64_t halt_offset; /* __COMPILER_HALT_OFFSET__, the byte after __halt_compiler();, which
                         ** the compiler substitutes; -1 when the file has none */
};

/* compile.c */
void comp_fail(comp_t *c, int32_t line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void comp_emit(comp_t *c, phpvm_op_t op, int pops, int pushes, uint32_t a, uint32_t b, uint32_t d);
#define EMIT0(c, op) comp_emit(c, PHPVM_I_##op, -2, -2, 0, 0, 0)
#define EMIT1(c, op, a) comp_emit(c, PHPVM_I_##op, -2, -2, a, 0, 0)
#define EMIT2(c, op, a, b) comp_emit(c, PHPVM_I_##op, -2, -2, a, b, 0)
uint32_t comp_label(comp_t *c);
void comp_bind(comp_t *c, uint32_t label);
void comp_set_handler(comp_t *c, uint32_t label, uint32_t depth);
uint32_t comp_const(comp_t *c, rt_value_t v);
/* Pushes one of the VM's hidden builtins as a callee (and a null context): its arguments and a
** CALL follow. For code the compiler adds (exception chaining, destructor points...). */
void comp_hidden_callee(comp_t *c, phpvm_func_t *fn);
/* A call of a hidden builtin without arguments whose result is dropped. */
void comp_hidden_call(comp_t *c, phpvm_func_t *fn);
/* Applies a declare statement's ticks=N to c->file->ticks (when it has one). */
void comp_declare_ticks(comp_t *c, const phpvm_ast_t *s);
uint32_t comp_name(comp_t *c, const char *s, size_t n);
uint32_t comp_cv(comp_t *c, const char *name);
uint32_t comp_temp(comp_t *c);
rt_value_t comp_str(const char *s, size_t n);
/* Compiles a function-like declaration into a phpvm_func_t (NULL on error). */
phpvm_func_t *comp_function(comp_t *parent, const phpvm_ast_t *decl, const char *name,
                            const char *class_name, uint32_t extra_flags);
/* Compiles a class declaration into a phpvm_class_t not yet linked. */
phpvm_class_t *comp_class(comp_t *parent, const phpvm_ast_t *decl);
/* Whether call argument `argno` of function `name` (lower case) is known to be by value (1),
** by reference (2) or unknown (0). */
int comp_arg_mode(comp_t *c, const char *lcname, uint32_t argno);
/* A NAME node's text without a leading backslash. */
const char *comp_name_text(const phpvm_ast_t *n);
/* The fully qualified name (no leading backslash) a NAME node means as a class, function or
** constant in the current namespace and imports. For unqualified functions and constants that
** are not imported, inside a namespace, *fallback gets the global name to try at run time when
** the namespaced one does not exist (else NULL). self/parent/static stay as written. */
const char *comp_resolve(comp_t *c, const phpvm_ast_t *n, int kind, const char **fallback);
/* The class of declaration `s` if it was hoisted (bound early when the classes it needs are
** there as the script starts, else where it stands: phpvm_class_declare_early), or NULL. */
phpvm_class_t *comp_class_hoisted(comp_t *c, const phpvm_ast_t *s);
/* The current namespace joined with a declared name ("NS\name", or name at the top). */
const char *comp_ns_decl(comp_t *c, const char *name);
/* namespace and use statements: update the file's current namespace and imports. */
void comp_ns_stmt(comp_t *c, const phpvm_ast_t *s);

/* compile_expr.c */
void comp_expr(comp_t *c, const phpvm_ast_t *e);
/* The expression for isset/??: no undefined warnings, null when missing. */
void comp_expr_quiet(comp_t *c, const phpvm_ast_t *e);
/* Compiles expression e for its effects only (an expression statement): e and a POP, or for
** $cv = a <op> b and $cv = a[b] one instruction that pushes nothing. */
void comp_expr_discard(comp_t *c, const phpvm_ast_t *e);
/* Jumps to label unless cond is true: a comparison compiles to one compare-and-branch
** instruction on its operands. */
void comp_jump_unless(comp_t *c, const phpvm_ast_t *cond, uint32_t label);
/* The test at the bottom of a loop: back to `top` (a bound label: a counted back edge) while
** cond holds, else on to `out`. A comparison is one LOOP_LT... instruction; `a && b` tests a
** against out first; any other condition jumps to out unless it holds, then LOOPs. */
void comp_loop_if(comp_t *c, const phpvm_ast_t *cond, uint32_t top, uint32_t out);
/* Pushes a writable container for the variable expression (FETCH_W / FETCH_DIM_W ...). */
void comp_container(comp_t *c, const phpvm_ast_t *e);
/* Pushes a reference to the variable expression. */
/* After a call's result was pushed where a reference is wanted (kind 0: `$x = &f()`, 1: a
** by-reference function's `return f()`): the run-time check that gives PHP's notice and a new
** reference when f returned a value. */
void comp_ref_result_check(comp_t *c, int kind);
void comp_ref(comp_t *c, const phpvm_ast_t *e);
/* Assigns the value on top to the target expression (leaves the value). */
void comp_assign_to(comp_t *c, const phpvm_ast_t *target, int32_t line);
/* Binds the reference on top to the target (pops it). */
void comp_bind_ref(comp_t *c, const phpvm_ast_t *target);
/* Whether a list() / [] target has elements taken by reference ([&$a, [&$b]]). */
bool comp_list_has_ref(const phpvm_ast_t *list);
/* Destructures the value on top (kept there) into a list() / [] target; elements taken by
** reference need a writable container on top instead. */
void comp_list(comp_t *c, const phpvm_ast_t *list);
bool comp_is_variable(const phpvm_ast_t *e);
/* The name operand of a property instruction about to be emitted: a name index, or
** PHPVM_DYN_NAME after pushing a computed name. */
uint32_t comp_prop_name(comp_t *c, const phpvm_ast_t *p);
/* If v is a variable variable ($$name, ${expr}, or $GLOBALS[expr] lowered to one of the global
** scope), pushes its name and returns true. */
bool comp_dyn_var(comp_t *c, const phpvm_ast_t *v);
/* unset($GLOBALS) is a compile error: true after reporting it. */
bool comp_globals_unset(comp_t *c, const phpvm_ast_t *v);
/* The scope operand of a variable variable's instruction: 2 for the global scope, else 0. */
uint32_t dyn_scope(const phpvm_ast_t *v);
/* VAR flag: $GLOBALS[expr], lowered by the pre-pass to a global-scope variable variable. */
#define COMP_VAR_GLOBAL (1u << 30)
/* Pushes a class reference for a class NAME node or expression. */
void comp_class_ref(comp_t *c, const phpvm_ast_t *n);
/* Compiles the arguments and the CALL of a callee already pushed (callee, ctx). */
void comp_call_args(comp_t *c, const phpvm_ast_t *args, const char *known_lcname);
/* "f(): Argument #N ($name)" of a parameter of a function known at compile time (comp_arg_mode),
** in buf; false when unknown or when its by-reference parameters take values too. */
bool comp_param_label(comp_t *c, const char *lcname, uint32_t argno, char *buf, size_t cap);
/* Whether an argument list keeps PHP's order (positional, unpacking, named); a compile error
** otherwise. */
bool comp_args_ordered(comp_t *c, const phpvm_ast_t *args);
/* Compiles a constant value if `e` is a compile-time literal; returns false otherwise. */
bool comp_literal(comp_t *c, const phpvm_ast_t *e, rt_value_t *out);

/* compile_export.c: appends prefix, the source text of expression e as PHP exports it, and
** suffix to b; false for expressions it cannot spell (b holds a partial text then). */
bool comp_export(const phpvm_ast_t *e, const char *prefix, const char *suffix, rt_strbuf_t *b);

/* compile_stmt.c */
void comp_stmt(comp_t *c, const phpvm_ast_t *s);
void comp_stmts(comp_t *c, const phpvm_ast_t *list);
/* Emits the inline finally blocks and iterator frees needed to leave to loop level `to` and
** finally level `fin`. */
void comp_unwind(comp_t *c, uint32_t to_loop, uint32_t to_finally, bool keep_top);

#endif

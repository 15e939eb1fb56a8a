/*
** pyvm.h: pyvm/'s boundary header: the Python front end (source bytes -> AST (ast.h) or a syntax
** error (syntax_error.h), the AST printed as CPython's ast.dump) and the interpreter's entry
** points (run a file or a string as __main__). Other directories include only this header.
*/
#ifndef PYHYP_PYVM_H
#define PYHYP_PYVM_H

#include <stddef.h>
#include <stdio.h>

#include "pyvm/ast.h"
#include "pyvm/syntax_error.h"
#include "runtime/rt.h"

typedef enum pyvm_parse_mode {
    PYVM_PARSE_FILE,   /* compile(..., 'exec'): a Module */
    PYVM_PARSE_EVAL,   /* compile(..., 'eval'): an Expression */
    PYVM_PARSE_SINGLE, /* compile(..., 'single'): an Interactive statement */
} pyvm_parse_mode_t;

/* Parses Python 3.11 source (a file's bytes: UTF-8, or latin-1 by coding cookie). Never allocates
** on the GC heap: every node, list and string lives in `arena` and dies with it. Returns the root
** node, or NULL with *err filled as CPython would report it (message, line, offsets in
** characters, the error line). Never crashes or recurses without bound on any input. */
pyvm_ast_node_t *pyvm_parse(rt_arena_t *arena, const char *bytes, size_t len,
                            pyvm_parse_mode_t mode, pyvm_syntax_error_t *err);

/* Writes the tree as CPython 3.11's ast.dump(tree) prints it (default arguments). Uses malloc for
** big-integer conversion only. Returns false if writing failed. */
bool pyvm_ast_dump(const pyvm_ast_node_t *node, FILE *out);

/* Private name mangling (mangle.c): `name` as written in class `private` (NULL: outside any
** class), the mangled spelling in arena a or name itself; and the pass that rewrites a module's
** AST before its symbol table is built. Neither allocates from the GC heap. */
const char *pyvm_mangle(rt_arena_t *a, const char *private, const char *name);
void pyvm_mangle_module(rt_arena_t *a, pyvm_ast_node_t *mod);

/* Before pyvm_init: whether the tracing JIT runs (--jit=on|off; the default is on, and the
** environment can still turn it off: PYHYP_JIT=off). */
void pyvm_set_jit(bool on);

/* Brings the runtime and Python's object model up (once); argv becomes sys.argv. */
void pyvm_init(int argc, char **argv);
/* The same with sys.path[0] = path0 (a PHP script's directory, when PHP starts Python). */
void pyvm_start(int argc, char **argv, const char *path0);
bool pyvm_started(void);
/* Registers fn to run at the end of start-up, after the builtins exist: how bridge/ adds its
** builtins. At most a few; registering the same fn twice is a no-op. */
void pyvm_add_startup(void (*fn)(void));
/* Consulted before NameError: a name that neither the globals nor the builtins bind, looked up
** elsewhere (bridge/: the enclosing PHP scope, then PHP's globals). RT_NOVALUE with nothing
** pending: not found either; with an exception pending: failed. NULL: none installed. */
extern rt_value_t (*pyvm_name_fallback)(rt_map_t *globals, rt_str_t *name);
/* Consulted by STORE_GLOBAL (a `global` name assigned in a function) when the globals do not
** bind the name: 1 stored elsewhere (bridge/: a PHP global, for functions embedded in PHP), 0
** failed with an exception pending, -1 not handled (the globals get it). NULL: none. */
extern int (*pyvm_store_fallback)(rt_map_t *globals, rt_str_t *name, rt_value_t v);
/* Called after a source module is loaded and run (bridge/: registers PHP arrays with
** collections.abc when that loads). Must not fail. NULL: none. */
extern void (*pyvm_loaded_hook)(rt_str_t *name, rt_value_t module);
/* Cross-language calls through the JIT vocabulary (jhandlers.inc's CALL): the code of foreign
** callable f (bridge/: a PHP function) when a call with nargs positional arguments that cross as
** themselves (jit_crosses_as_is) can push its frame directly: its first *npre (<= 4) slots are
** pre[], the arguments follow. NULL: call it through its slots. Never allocates, never raises. */
extern rt_code_t *(*pyvm_foreign_code_hook)(rt_value_t f, uint32_t nargs, rt_value_t *pre,
                                            uint32_t *npre);
/* Consulted by isinstance(v, X) and `except X:` when X is not a Python class (bridge/: a PHP
** class; an exception from PHP is an instance of its PHP class): 1 v is an instance, 0 it is
** not, -1 X is no class of the other language either (then Python's TypeError). NULL: none. */
extern int (*pyvm_instancecheck_foreign)(rt_value_t v, rt_value_t cls);
/* Consulted by `raise v` when v is no Python exception: the Python exception that stands for
** it (bridge/: PHPException for a PHP Throwable), or RT_NOVALUE. NULL: none installed. */
extern rt_value_t (*pyvm_foreign_exception)(rt_value_t v);

/* Runs a file / a string as the __main__ module; returns the process exit status (0, SystemExit's
** code, or 1 after printing a traceback or a syntax error to stderr as CPython does). */
int pyvm_run_file(const char *path, int argc, char **argv);
int pyvm_run_code(const char *code, int argc, char **argv);
/* `pyhyp -m name`: runs module `name`'s source (a package's __main__) as __main__, as CPython's
** runpy does; argv[1..] are the module's arguments. Returns the exit status as above, 1 after a
** one-line error when there is no such module. */
int pyvm_run_module(const char *name, int argc, char **argv);
/* Runs source bytes named `filename` in tracebacks (pyvm_init must have run). */
int pyvm_run_source(const char *src, size_t len, const char *filename);

#endif

/*
** code.h: pyvm's code objects, opcodes and the entry points between the compiler and the
** interpreter (internal to pyvm/). A pyvm code object embeds runtime's rt_code_t first
** (runtime/code.h) and adds Python's argument shape, cell/free layout and exception table.
**
** Frame slots of a Python frame: slot 0 holds the function object being run (globals, closure);
** namespace code (module and class bodies) keeps its namespace dict in slot 1; then parameters
** (positional, keyword-only, *args, **kwargs), other locals, cells, free variables.
*/
#ifndef PYHYP_PYVM_CODE_H
#define PYHYP_PYVM_CODE_H

#include "pyvm/object.h"

enum {
    PYVM_OPF_JUMP = 1u << 0,
    PYVM_OPF_NOFALL = 1u << 1,
    PYVM_OPF_CALL = 1u << 2,
    PYVM_OPF_LOCAL = 1u << 3,
    PYVM_OPF_CACHE = 1u << 4,
};

/* Words per inline cache: what the slow path of a cached instruction filled in (shapes, a
** global's position, a method) for its fast path to check and use (interp.c, object.c).
** Attribute and method caches are polymorphic: word 0 holds the class epoch they were filled
** under, then PYVM_CACHE_WAYS (key, value) pairs, most recently filled first; a key is a shape
** or a builtin type's slot table, never 0, so an empty way (0) matches nothing. */
enum { PYVM_CACHE_WAYS = 4, PYVM_CACHE_WORDS = 1 + 2 * PYVM_CACHE_WAYS };

/* The way of polymorphic cache c that holds key, or -1. */
static inline int pyvm_cache_way(const rt_value_t *c, rt_value_t key)
{
    for (int w = 0; w < PYVM_CACHE_WAYS; w++)
        if (c[1 + 2 * w] == key)
            return w;
    return -1;
}

typedef enum pyvm_op {
#define OP(name, fmt, pops, pushes, flags, doc) PYVM_OP_##name,
#include "pyvm/ops.def"
#undef OP
    PYVM_NOPS
} pyvm_op_t;

typedef struct pyvm_opinfo {
    const char *name;
    uint8_t noperands; /* u32 operands after the opcode byte */
    int8_t pops, pushes;
    uint8_t flags;
} pyvm_opinfo_t;

extern const pyvm_opinfo_t pyvm_opinfo[PYVM_NOPS];

static inline uint32_t pyvm_op_len(uint8_t op) { return 1u + 4u * pyvm_opinfo[op].noperands; }
static inline uint32_t pyvm_op_arg(const uint8_t *ip, int k)
{
    uint32_t a;
    memcpy(&a, ip + 1 + 4 * k, 4);
    return a;
}

/* MATCH_SEQUENCE's operand: the pattern has a starred item (match a minimum length). */
#define PYVM_MATCH_STAR 0x80000000u

/* Code flags (pyvm_code_t.pyflags). */
enum {
    PYVM_CO_VARARGS = 1u << 0,
    PYVM_CO_VARKW = 1u << 1,
    PYVM_CO_GENERATOR = 1u << 2,
    PYVM_CO_NAMESPACE = 1u << 3, /* module or class body: slot 1 is the namespace */
    PYVM_CO_COROUTINE = 1u << 4, /* async def (runs as a generator function) */
    PYVM_CO_ASYNCGEN = 1u << 5,  /* async def with yield */
    PYVM_CO_ITERCORO = 1u << 6,  /* a generator that await accepts (types.coroutine) */
};

/* One exception-table entry: instructions in [start, end) go to `target` with the value stack cut
** to `depth` and the exception pushed. */
typedef struct pyvm_exc_entry {
    uint32_t start, end, target, depth;
} pyvm_exc_entry_t;

struct pyvm_code {
    rt_code_t base;
    uint32_t argcount;     /* positional parameters, positional-only included */
    uint32_t posonly;
    uint32_t kwonly;
    uint32_t pyflags;      /* PYVM_CO_* */
    uint32_t first_arg;    /* slot of the first parameter (1, or 2 for namespace code) */
    uint32_t ncells, cell_base;
    uint32_t nfree, free_base;
    uint32_t nexc;
    uint32_t ncaches;
    rt_vec_t *caches;      /* ncaches * PYVM_CACHE_WORDS words (plain values, traced) */
    rt_tuple_t *varnames;  /* the name of each local slot (str), "" for hidden ones */
    rt_str_t *cellargs;    /* bytes: int32 per cell, the parameter slot it starts from or -1 */
    rt_str_t *exctab;      /* bytes: nexc pyvm_exc_entry_t */
    rt_value_t doc;        /* a function's docstring (str), 0 when it has none */
};

extern rt_type_t pyvm_type_code;

static inline const pyvm_exc_entry_t *pyvm_code_exctab(const pyvm_code_t *c)
{
    return (const pyvm_exc_entry_t *)(const void *)c->exctab->data;
}

struct pyvm_syntax_error;
/* Compiles a parsed module into its code object, first issuing the SyntaxWarnings its parse
** found (parse: pyvm_parse's record, or NULL). NULL with SyntaxError pending (symbol table
** errors: nonlocal at module level..., a warning a filter made an error). May collect. */
pyvm_code_t *pyvm_compile_module(pyvm_ast_node_t *mod, rt_str_t *filename,
                                 const struct pyvm_syntax_error *parse);
/* Parses and compiles module source named `file` (registered for tracebacks); NULL with
** SyntaxError pending. May collect. */
pyvm_code_t *pyvm_compile_source(const char *src, size_t len, rt_str_t *file);
/* Runs a module's code object in `globals`; RT_NOVALUE with the exception pending. */
rt_value_t pyvm_exec_code(pyvm_code_t *code, rt_map_t *globals);
/* Raises SyntaxError(message) with filename and lineno attributes, as CPython's compiler does,
** and the columns of node `at` (1-based byte offsets) when not NULL. */
void pyvm_compile_syntax_error(const char *message, rt_str_t *filename, int line,
                               const pyvm_ast_node_t *at);
/* The same at a 1-based column of the line (0: none), for errors found before there is a node. */
void pyvm_compile_syntax_error_at(const char *message, rt_str_t *filename, int line, int offset);
/* Raises the parser's error err (SyntaxError, IndentationError or TabError) with its position
** and line text, as CPython's SyntaxError fields, after the SyntaxWarnings the tokenizer found
** before it (one a filter makes an error is raised instead). */
void pyvm_compile_parse_error(const struct pyvm_syntax_error *err, rt_str_t *filename);

/* Writes a disassembly of code (and nested code constants) to out. */
void pyvm_dis(pyvm_code_t *code, FILE *out);

/* ---- Interpreter (interp.c) ---- */

/* Runs a Python function with the given arguments (C re-entry; bounded by the caller). */
rt_value_t pyvm_interp_call(pyvm_func_t *fn, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kwnames);
/* Frame flag (the VM's bits of rt_frame_t.flags): an entry frame whose C caller holds no object
** that the frames and the registered roots do not, so gc.collect() may decide reachability from
** them alone (obj_del.c). */
enum { PYVM_FRAME_PRECISE_ENTRY = 1u << RT_FRAME_LANG_SHIFT };
/* pyvm_interp_call for a C caller whose only object of its own is `held` (kept in a registered
** root while fn runs): the frame is a PYVM_FRAME_PRECISE_ENTRY. May allocate and collect. */
rt_value_t pyvm_interp_call_held(pyvm_func_t *fn, const rt_value_t *args, size_t nargs,
                                 rt_tuple_t *kwnames, rt_value_t held);
/* Runs a generator's frame from where it stopped, with `sent` pushed unless it has not started;
** sent RT_NOVALUE with an exception pending throws that exception in at the yield instead.
** Returns the yielded value with *yielded true, the return value with *yielded false, or
** RT_NOVALUE with an exception pending. */
rt_value_t pyvm_interp_resume(pyvm_gen_t *g, rt_value_t sent, bool *yielded);
/* Registers the interpreter's roots; called once by pyvm_init. */
void pyvm_interp_init(void);
/* A thread other than the main one starts or ends running Python code: registers or drops its
** per-thread roots (the handled exception). */
void pyvm_interp_thread_start(void);
void pyvm_interp_thread_end(void);
/* f(*pos, **kw) (kw a dict, or RT_NOVALUE for none): the CALL_EX instruction. May raise. */
rt_value_t pyvm_interp_call_ex(rt_value_t f, rt_tuple_t *pos, rt_value_t kw);
/* The currently handled exception (sys.exc_info()[1] / bare raise), 0 when none. */
rt_value_t pyvm_interp_handled(void);
/* Binds arguments into the fresh frame f of fn (parameters, defaults, *args, **kwargs, cells,
** free variables). false with TypeError pending. */
bool pyvm_interp_bind(pyvm_func_t *fn, rt_frame_t *f, const rt_value_t *args, size_t nargs,
                      rt_tuple_t *kwnames);
/* Creates the generator object for a generator function call. */
rt_value_t pyvm_interp_make_gen(pyvm_func_t *fn, const rt_value_t *args, size_t nargs,
                                rt_tuple_t *kwnames);
/* builtins.__build_class__(func, name, *bases, **kw): what a class statement with keywords or
** starred bases compiles to. May collect, may raise anything the body or metaclass raises. */
rt_value_t pyvm_interp_build_class(rt_value_t self, const rt_value_t *args, size_t nargs,
                                   rt_tuple_t *kwnames);
/* Runs a module body with `globals` as its namespace. */
rt_value_t pyvm_interp_run_module(pyvm_func_t *fn, rt_map_t *globals);
/* Runs module-level code whose names live in the mapping ns (exec/eval with separate locals);
** fn->globals serves global lookups. */
rt_value_t pyvm_interp_run_namespace(pyvm_func_t *fn, rt_value_t ns);

/* ---- Modules and import (module.c, import.c; native modules in modules/modules.h) ---- */

/* A module: its attributes are the entries of its dict, which never changes (the inline
** caches of LOAD_ATTR and LOAD_METHOD read entries by position). */
typedef struct pyvm_module {
    rt_obj_t hdr;
    rt_str_t *name;
    rt_map_t *dict;
    bool made_by_python; /* types.ModuleType(...): no loader, so neither file nor (built-in) */
} pyvm_module_t;

extern rt_type_t pyvm_type_module;

/* A module object named `name` whose attributes are `dict` (sets dict's __name__). Allocates. */
rt_value_t pyvm_module_new(rt_str_t *name, rt_map_t *dict);
/* The module's namespace, or NULL when v is not a module. */
rt_map_t *pyvm_module_dict(rt_value_t v);
/* sys.modules, the cache every import consults first (made by pyvm_module_init). */
rt_map_t *pyvm_module_table(void);
/* Makes the module type and sys.modules; called once by pyvm_init before pyvm_sys_init. */
void pyvm_module_init(void);
/* The native module `name` (sys, math, time), built, cached in sys.modules and returned;
** RT_NOVALUE with nothing pending when there is no such native module. */
rt_value_t pyvm_module_native(rt_str_t *name);

/* IMPORT_NAME: imports `name` (dotted, relative to `globals`' package at level `arg >> 1`) with
** its parents, loading source modules and packages from sys.path. Returns the named module when
** arg & 1 (the `from` and `as` forms), else its top-level package. Runs module bodies (may
** collect, may raise anything they raise); ImportError / ModuleNotFoundError as CPython words
** them. */
rt_value_t pyvm_import_name(rt_str_t *name, uint32_t arg, rt_map_t *globals);
/* builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0), on
** pyvm_import_name. */
rt_value_t pyvm_import_builtin(rt_value_t self, const rt_value_t *args, size_t nargs,
                               rt_tuple_t *kwnames);
/* Runs the functions atexit.register recorded, last first (modules/mod_atexit.c); reports
** and clears exceptions they raise. Called when the program ends. */
void pyvm_mod_atexit_run(void);
/* Waits for the non-daemon threads as CPython's shutdown does (threading._shutdown, if threading
** was imported), before the atexit functions; reports and clears what it raises. */
void pyvm_mod_thread_shutdown(void);
/* builtins.open: _io.open (modules/mod_io.c). */
rt_value_t pyvm_mod_io_open(rt_value_t self, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kwnames);
/* IMPORT_FROM: mod.name, else its submodule mod.name imported now; ImportError if neither. */
rt_value_t pyvm_import_from(rt_value_t mod, rt_str_t *name);
/* IMPORT_STAR: binds mod's names listed in __all__ (else those not starting with '_') in ns.
** false with an exception pending. */
bool pyvm_import_star(rt_value_t mod, rt_map_t *ns);
/* A fresh instance of the finder and loader sys.meta_path holds for importlib (find_spec,
** create_module, exec_module on import.c's search and loading). Allocates. */
rt_value_t pyvm_import_finder(void);
/* Registers import.c's roots; called once by pyvm_init. */
void pyvm_import_init(void);
/* The absolute, normalised form of path (relative to the working directory), as os.path.abspath,
** in malloc'd memory the caller frees (NULL if malloc fails). No GC allocation. */
char *pyvm_import_abspath(const char *path);
/* Reads a whole file into malloc'd memory the caller frees (*len its size); NULL if it cannot be
** read. No GC allocation. */
char *pyvm_import_read_file(const char *path, size_t *len);
/* `pyhyp -m name` (runpy's search): the source file that runs as __main__ for module `name`,
** importing its parent packages; a package yields its __main__ submodule's file. *package gets
** the __package__ the code runs in. NULL with ImportError pending (CPython's wording) when there
** is no source to run. Runs package bodies (may raise anything). */
rt_str_t *pyvm_import_find_main(rt_str_t *name, rt_str_t **package);

/* locals() of a frame running `code` with these slots: a namespace body's namespace, else a
** fresh dict of the bound locals, cells and free variables by name. May collect. */
rt_value_t pyvm_interp_frame_locals(const rt_value_t *slots, const pyvm_code_t *code);
/* pyvm_interp_frame_locals of the innermost Python frame (an empty dict if there is none). */
rt_value_t pyvm_interp_current_locals(void);
/* The function (slot 0) of the innermost Python frame, or NULL. */
pyvm_func_t *pyvm_interp_current_func(void);

#endif

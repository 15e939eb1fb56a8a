/*
** builtins_eval.c: the builtins that compile source at run time (object.h): compile(), exec()
** and eval(). Source goes through the same parser and compiler as files (pyvm_parse,
** pyvm_compile_module); the code runs as module-level code whose names live in the given
** globals, or in a separate locals mapping (pyvm_interp_run_namespace). Without explicit
** namespaces the caller's globals serve for both: the caller's function locals are not visible.
*/
#include <string.h>

#include "pyvm/code.h"
#include "pyvm/pyvm.h"

/* Source text of a str, bytes or bytearray argument; NULL with TypeError pending. */
static rt_str_t *source_of(rt_value_t src, const char *fn)
{
    const char *d;
    int64_t n;
    if (pyvm_is_str(src))
        return pyvm_str_of(src);
    if (pyvm_bytes_like(src, &d, &n))
        return rt_str_new(d, (size_t)n);
    rt_raise(RT_EXC_TYPE, "%s() arg 1 must be a string, bytes or code object", fn);
    return NULL;
}

/* Compiles source as mode ("exec", "eval", "single"); NULL with SyntaxError pending. */
static pyvm_code_t *compile_source(rt_str_t *src, const char *filename, pyvm_parse_mode_t mode)
{
    rt_str_t *fname = rt_str_intern_cstr(filename);
    rt_arena_t arena;
    rt_arena_init(&arena);
    pyvm_syntax_error_t err;
    memset(&err, 0, sizeof err);
    const char *text = src->data;
    size_t len = (size_t)src->len;
    if (mode == PYVM_PARSE_EVAL) /* eval() ignores leading blanks, as CPython */
        while (len && (*text == ' ' || *text == '\t'))
            text++, len--;
    pyvm_ast_node_t *tree = pyvm_parse(&arena, text, len, mode, &err);
    pyvm_code_t *code = NULL;
    if (tree)
        code = pyvm_compile_module(tree, fname, &err);
    else
        pyvm_compile_parse_error(&err, fname);
    rt_arena_free(&arena);
    return code;
}

static bool is_code(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_code;
}

static rt_value_t b_compile(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "_feature_version", NULL};
    rt_value_t v[7];
    if (!pyvm_parse_args("compile", a, n, kw, names, 3, v))
        return RT_NOVALUE;
    if (is_code(v[0]))
        return v[0];
    if (!pyvm_is_str(v[1]) || !pyvm_is_str(v[2]))
        return rt_raise(RT_EXC_TYPE, "compile() filename and mode must be str");
    const char *mode = pyvm_str_of(v[2])->data;
    pyvm_parse_mode_t m = strcmp(mode, "exec") == 0   ? PYVM_PARSE_FILE
                          : strcmp(mode, "eval") == 0 ? PYVM_PARSE_EVAL
                          : strcmp(mode, "single") == 0 ? PYVM_PARSE_SINGLE : (pyvm_parse_mode_t)-1;
    if ((int)m < 0)
        return rt_raise(RT_EXC_VALUE, "compile() mode must be 'exec', 'eval' or 'single'");
    rt_str_t *src = source_of(v[0], "compile");
    pyvm_code_t *code = src ? compile_source(src, pyvm_str_of(v[1])->data, m) : NULL;
    return code ? rt_from_ptr(code) : RT_NOVALUE;
}

/* exec / eval: the code (compiled now from a string), run in globals and locals. */
static rt_value_t run(const char *fn, const rt_value_t *a, size_t n, rt_tuple_t *kw,
                      pyvm_parse_mode_t mode)
{
    static const char *const names[] = {"source", "globals", "locals", NULL};
    rt_value_t v[3];
    if (!pyvm_parse_args(fn, a, n, kw, names, 1, v))
        return RT_NOVALUE;
    rt_value_t globals = v[1] && v[1] != rt_none ? v[1] : RT_NOVALUE;
    rt_value_t locals = v[2] && v[2] != rt_none ? v[2] : globals;
    if (!globals) {
        pyvm_func_t *cur = pyvm_interp_current_func();
        if (!cur)
            return rt_raise(RT_EXC_RUNTIME, "%s(): no current frame", fn);
        globals = rt_from_ptr(cur->globals);
        /* the caller's locals: its namespace, or a snapshot of a function's locals */
        locals = locals ? locals : pyvm_interp_current_locals();
        if (!locals)
            return RT_NOVALUE;
    }
    if (!pyvm_is_dict(globals))
        return rt_raise(RT_EXC_TYPE, "%s() globals must be a dict, not %s", fn,
                        pyvm_type_name(globals));
    rt_map_t *g = rt_ptr(globals);
    if (!pyvm_dict_get_str(g, pyvm_name(builtins)) &&
        !pyvm_dict_set(g, rt_from_ptr(pyvm_name(builtins)),
                       rt_from_ptr(pyvm_builtins)))
        return RT_NOVALUE;
    pyvm_code_t *code;
    if (is_code(a[0])) {
        code = rt_ptr(a[0]);
        /* a function's code with free variables has no cells to run with here */
        if (code->nfree && mode == PYVM_PARSE_EVAL)
            return rt_raise(RT_EXC_TYPE,
                            "code object passed to eval() may not contain free variables");
        if (code->nfree)
            return rt_raise(RT_EXC_TYPE, "code object requires a closure of exactly length %u",
                            code->nfree);
    } else {
        rt_str_t *src = source_of(a[0], fn);
        if (!src || !(code = compile_source(src, "<string>", mode)))
            return RT_NOVALUE;
    }
    pyvm_func_t *f = rt_alloc(&pyvm_type_func, sizeof *f);
    f->code = code;
    f->globals = g;
    f->name = code->base.name;
    f->qualname = code->base.qualname;
    gc_write_barrier(f);
    rt_value_t r = pyvm_interp_run_namespace(f, locals);
    return r && mode == PYVM_PARSE_FILE ? rt_none : r;
}

static rt_value_t b_exec(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    return run("exec", a, n, kw, PYVM_PARSE_FILE);
}

static rt_value_t b_eval(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    return run("eval", a, n, kw, PYVM_PARSE_EVAL);
}

static const pyvm_cfunc_def_t eval_functions[] = {
    {"compile", b_compile, 3, 7, 0, 1},
    {"exec", b_exec, 1, 3, 0, 1},
    {"eval", b_eval, 1, 3, 0, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_builtins_eval_install(rt_map_t *b) { pyvm_cfunc_install_dict(b, eval_functions); }

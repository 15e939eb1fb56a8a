/*
** run.c: pyvm's entry points (pyvm.h): bring the object model up on the runtime, then parse,
** compile and run a file or a string as the __main__ module, and turn what escapes into the
** process's exit status as CPython does (SystemExit's code, 1 and a traceback otherwise, 1 and
** CPython's report for syntax errors).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jit/jit.h"
#include "pyvm/code.h"
#include "pyvm/pyvm.h"

static bool initialised;
/* Off unless asked for (--jit=on): traces run on the IR-interpreter backend, which is slower than
** the interpreter until the x86-64 backend exists (README, "The JIT"). */
static bool jit_on = false;

void pyvm_set_jit(bool on) { jit_on = on; }

/* Start-up functions of other directories (pyvm_add_startup). */
static void (*startups[4])(void);
static int nstartups;

void pyvm_add_startup(void (*fn)(void))
{
    for (int i = 0; i < nstartups; i++)
        if (startups[i] == fn)
            return;
    if (nstartups == (int)(sizeof startups / sizeof startups[0])) {
        fputs("pyhyp: too many Python start-up hooks\n", stderr);
        abort();
    }
    startups[nstartups++] = fn;
}

bool pyvm_started(void) { return initialised; }

void pyvm_start(int argc, char **argv, const char *path0)
{
    if (initialised)
        return;
    initialised = true;
    rt_init(NULL);
    if (!rt_ts->frame)
        rt_ts->lang = RT_LANG_PY;
    jit_params_t jp;
    jit_params_default(&jp);
    jp.enabled = jp.enabled && jit_on;
    jit_start(&jp);
    gc_root_add(pyvm_names, PYVM_NNAMES);
#define NAME(id, text) pyvm_names[PYVM_NAME_##id] = rt_str_intern_cstr(text);
#include "pyvm/names.def"
#undef NAME
    pyvm_object_init();
    pyvm_interp_init();
    pyvm_type_init();
    pyvm_super_init();
    pyvm_int_init();
    pyvm_str_init();
    pyvm_list_init();
    pyvm_dict_init();
    pyvm_func_init();
    pyvm_gen_init();
    pyvm_slots_init();
    pyvm_exc_init();
    pyvm_oserror_init();
    pyvm_excgroup_init();
    pyvm_namespace_init();
    pyvm_generic_init();
    pyvm_longrange_init();
    pyvm_bytearray_init();
    pyvm_complex_init();
    pyvm_instdict_init();
    pyvm_mappingproxy_init();
    pyvm_type_mark_collections();
    pyvm_strtrans_install();
    pyvm_strcase_install();
    pyvm_reduce_init();
    pyvm_builtins_init();
    pyvm_module_init();
    pyvm_import_init();
    static pyvm_class_t **const mutable_types[] = {&pyvm_cls_list, &pyvm_cls_dict, &pyvm_cls_set,
                                                   &pyvm_cls_bytearray};
    static pyvm_class_t **const value_types[] = {&pyvm_cls_str, &pyvm_cls_bytes, &pyvm_cls_int,
                                                 &pyvm_cls_float, &pyvm_cls_tuple,
                                                 &pyvm_cls_frozenset, &pyvm_cls_module,
                                                 &pyvm_cls_enumerate, &pyvm_cls_zip,
                                                 &pyvm_cls_map, &pyvm_cls_filter,
                                                 &pyvm_cls_reversed};
    for (size_t i = 0; i < sizeof mutable_types / sizeof mutable_types[0]; i++)
        pyvm_wrap_install(*mutable_types[i], true);
    for (size_t i = 0; i < sizeof value_types / sizeof value_types[0]; i++)
        pyvm_wrap_install(*value_types[i], false);
    pyvm_wrap_install_new(pyvm_cls_bool);
    pyvm_sys_init(argc, argv, path0);
    for (int i = 0; i < nstartups; i++)
        startups[i]();
}

void pyvm_init(int argc, char **argv) { pyvm_start(argc, argv, ""); }

/* The exit status for an exception that reached the top: SystemExit's code or a traceback. */
static int report(void)
{
    rt_tb_t *tb;
    rt_value_t exc = rt_exc_fetch(&tb);
    if (pyvm_isinstance(exc, pyvm_exc_SystemExit)) {
        rt_value_t code = pyvm_exc_get(exc, pyvm_name(code));
        if (!code || code == rt_none)
            return 0;
        int64_t status;
        if (pyvm_is_intlike(code) && rt_int_to_i64(pyvm_int_of(code), &status))
            return (int)(status & 255);
        rt_value_t s = pyvm_str(code);
        if (s)
            fprintf(stderr, "%s\n", pyvm_str_of(s)->data);
        return 1;
    }
    pyvm_exc_print(exc, tb, stderr);
    return 1;
}

/* Runs the module under a recovery point: a fatal error (the heap limit) ends it with nothing
** pending and rt_ts->fatal set. Kept minimal for setjmp (-Wclobbered). */
static rt_value_t run_guarded(pyvm_code_t *code, rt_map_t *globals)
{
    rt_bailout_t bp;
    rt_ts->fatal.kind = RT_FATAL_NONE;
    rt_bailout_push(&bp);
    if (setjmp(bp.env) == 0) {
        rt_value_t r = pyvm_exec_code(code, globals);
        rt_bailout_pop(&bp);
        return r;
    }
    return RT_NOVALUE;
}

/* What CPython prints when memory runs out, or the runtime's fatal message. */
static int fatal_report(void)
{
    fflush(stdout);
    if (rt_ts->fatal.kind == RT_FATAL_OOM)
        fputs("MemoryError\n", stderr);
    else
        fprintf(stderr, "Fatal Python error: %s\n", rt_ts->fatal.message);
    return 1;
}

/* Runs source as __main__ in package `package` (NULL: None, a script's). */
static int run_main(const char *src, size_t len, const char *filename, rt_str_t *package)
{
    rt_arena_t arena;
    rt_arena_init(&arena);
    pyvm_syntax_error_t err;
    memset(&err, 0, sizeof err);
    pyvm_ast_node_t *mod = pyvm_parse(&arena, src, len, PYVM_PARSE_FILE, &err);
    if (!mod) {
        char buf[4096];
        pyvm_syntax_error_format(&err, filename, buf, sizeof buf);
        fflush(stdout);
        fputs(buf, stderr);
        rt_arena_free(&arena);
        return 1;
    }
    rt_str_t *fname = rt_str_intern_cstr(filename);
    if (filename[0] != '<') /* as CPython: "<string>" (-c) has no lines to quote */
        pyvm_exc_add_source(fname, src, len);
    pyvm_code_t *code = pyvm_compile_module(mod, fname, &err);
    rt_arena_free(&arena);
    if (!code)
        return report();
    if (getenv("PYHYP_DIS"))
        pyvm_dis(code, stderr);
    rt_map_t *globals = pyvm_dict_new();
    rt_value_t main = pyvm_module_new(pyvm_name(main), globals);
    rt_map_set_str(globals, pyvm_name(doc), rt_none);
    rt_map_set_str(globals, pyvm_name(package), package ? rt_from_ptr(package) : rt_none);
    rt_map_set_str(globals, pyvm_name(loader), rt_none);
    rt_map_set_str(globals, pyvm_name(spec), rt_none);
    if (filename[0] != '<')
        rt_map_set_str(globals, pyvm_name(dunder_file), rt_from_ptr(fname));
    rt_map_set_str(pyvm_module_table(), pyvm_name(main), main);
    rt_value_t r = run_guarded(code, globals);
    int status = r ? 0 : rt_ts->fatal.kind != RT_FATAL_NONE ? fatal_report() : report();
    if (rt_ts->fatal.kind == RT_FATAL_NONE) {
        pyvm_mod_thread_shutdown();
        pyvm_mod_atexit_run();
        rt_gil_finalize(); /* daemon threads stop at their next switch */
        pyvm_del_at_exit();
    }
    if (!pyvm_sys_flush_at_exit())
        status = 120; /* CPython's status when the last flush fails */
    fflush(stderr);
    return status;
}

int pyvm_run_source(const char *src, size_t len, const char *filename)
{
    return run_main(src, len, filename, NULL);
}

int pyvm_run_file(const char *path, int argc, char **argv)
{
    /* As CPython: the script's absolute path names it; its directory starts sys.path. */
    char *file = pyvm_import_abspath(path);
    char *dir = file ? strdup(file) : NULL;
    if (!dir) {
        fputs("pyhyp: out of memory\n", stderr);
        return 1;
    }
    *strrchr(dir, '/') = 0;
    pyvm_start(argc, argv, dir[0] ? dir : "/");
    free(dir);
    size_t len;
    char *buf = pyvm_import_read_file(path, &len);
    if (!buf) {
        fprintf(stderr, "pyhyp: can't open file '%s': [Errno 2] No such file or directory\n", path);
        free(file);
        return 2;
    }
    int status = pyvm_run_source(buf, len, file);
    jit_fini(); /* writes jit-summary */
    free(buf);
    free(file);
    return status;
}

int pyvm_run_code(const char *code, int argc, char **argv)
{
    /* sys.argv[0] is '-c' for code given on the command line, as in CPython */
    char **args = malloc((size_t)(argc > 0 ? argc : 1) * sizeof *args);
    static char dash_c[] = "-c";
    args[0] = dash_c;
    for (int i = 1; i < argc; i++)
        args[i] = argv[i];
    pyvm_init(argc > 0 ? argc : 1, args);
    free(args);
    int status = pyvm_run_source(code, strlen(code), "<string>");
    jit_fini(); /* writes jit-summary */
    return status;
}

/* sys.argv[0] = s. */
static bool set_argv0(rt_str_t *s)
{
    rt_value_t sys = pyvm_import(rt_str_intern_cstr("sys"));
    rt_value_t argv = sys ? pyvm_getattr(sys, pyvm_name(argv)) : RT_NOVALUE;
    return argv && pyvm_setitem(argv, rt_small(0), rt_from_ptr(s));
}

int pyvm_run_module(const char *name, int argc, char **argv)
{
    /* As CPython: sys.argv[0] is '-m' while the module is searched for, then its file; the
    ** working directory starts sys.path. */
    char *cwd = pyvm_import_abspath(".");
    char **args = malloc((size_t)(argc > 0 ? argc : 1) * sizeof *args);
    if (!cwd || !args) {
        fputs("pyhyp: out of memory\n", stderr);
        return 1;
    }
    static char dash_m[] = "-m";
    args[0] = dash_m;
    for (int i = 1; i < argc; i++)
        args[i] = argv[i];
    pyvm_start(argc > 0 ? argc : 1, args, cwd);
    free(args);
    free(cwd);
    rt_str_t *package = NULL;
    rt_str_t *file = pyvm_import_find_main(rt_str_intern_cstr(name), &package);
    size_t len = 0;
    char *src = file && set_argv0(file) ? pyvm_import_read_file(file->data, &len) : NULL;
    int status;
    if (src) {
        status = run_main(src, len, file->data, package);
        free(src);
    } else if (rt_exc_pending()) {
        rt_tb_t *tb;
        rt_value_t exc = rt_exc_fetch(&tb);
        rt_value_t msg = pyvm_str(exc);
        fflush(stdout);
        fprintf(stderr, "pyhyp: %s\n", msg ? pyvm_str_of(msg)->data : "error while finding module");
        status = 1;
    } else {
        fprintf(stderr, "pyhyp: can't open file '%s'\n", file->data);
        status = 1;
    }
    jit_fini(); /* writes jit-summary */
    return status;
}

/*
** run.c: running a PHP program: the VM's per-thread state, ini settings (-d), output, PHP's
** diagnostics ("\nWarning: ... in FILE on line N\n" on stdout, as php-cli with display_errors;
** also "PHP Warning:  ..." on stderr with log_errors=1), the predefined constants and builtin
** function tables, parse errors and uncaught exceptions in php-cli's words, exit statuses.
*/
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/interp.h"

phpvm_state_t *phpvm_vm;
const char *phpvm_cur_builtin;

/* ---- Output ---- */

void phpvm_out(const char *s, size_t n) { fwrite(s, 1, n, stdout); }
void phpvm_out_str(const rt_str_t *s) { fwrite(s->data, 1, (size_t)s->len, stdout); }
void phpvm_out_flush(void) { fflush(stdout); }

/* ---- Diagnostics ---- */

void phpvm_where(rt_str_t **file, int32_t *line)
{
    rt_frame_t *f = rt_ts->frame;
    /* constant expressions (thunks) report where they are evaluated, as PHP's have no frame */
    while (f && (f->lang != RT_LANG_PHP ||
                 (f->slots[PHPVM_SLOT_FUNC] &&
                  (phpvm_callee_func(f->slots[PHPVM_SLOT_FUNC])->flags & PHPVM_F_THUNK))))
        f = f->prev;
    *file = f ? f->code->filename : NULL;
    *line = f ? rt_code_line(f->code, f->pc) : 0;
}

static const char *const level_names[] = {"Warning", "Notice", "Deprecated", "Fatal error",
                                          "Parse error"};

void phpvm_report(int level, const char *msg, const char *file, int32_t line)
{
    if (level != PHPVM_E_FATAL && level != PHPVM_E_PARSE &&
        (phpvm_vm->silence > 0 || !(phpvm_vm->error_reporting & phpvm_errno(level))))
        return; /* inside @, or not reported */
    if (phpvm_vm->display_errors) {
        if (file)
            printf("\n%s: %s in %s on line %d\n", level_names[level], msg, file, line);
        else
            printf("\n%s: %s in Unknown on line 0\n", level_names[level], msg);
    }
    if (phpvm_vm->log_errors) {
        fflush(stdout);
        fprintf(stderr, "PHP %s:  %s in %s on line %d\n", level_names[level], msg,
                file ? file : "Unknown", line);
    }
}

void phpvm_error(int level, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    rt_str_t *file;
    int32_t line;
    phpvm_where(&file, &line);
    if (!phpvm_error_handled(phpvm_errno(level), msg, file ? file->data : NULL, line))
        phpvm_report(level, msg, file ? file->data : NULL, line);
}

/* ---- Start-up ---- */

static void register_table(const phpvm_builtin_t *tab)
{
    for (; tab->name; tab++) {
        phpvm_func_t *f = phpvm_func_new(rt_str_from_cstr(tab->name));
        f->builtin = tab;
        rt_map_set_str(phpvm_vm->functions, rt_str_from_cstr(tab->name), rt_from_ptr(f));
    }
    rt_version_bump(&phpvm_vm->functions_version);
}

static void def_const(const char *name, rt_value_t v)
{
    rt_map_set_str(phpvm_vm->constants, rt_str_from_cstr(name), v);
}

static rt_value_t noop(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return rt_none;
}

static const phpvm_builtin_t noop_builtin = {"__construct", noop, 0, -1, "", 0};

static void constants_init(void)
{
    def_const("PHP_EOL", phpvm_cstr("\n"));
    def_const("PHP_INT_MAX", phpvm_int(INT64_MAX));
    def_const("PHP_INT_MIN", phpvm_int(INT64_MIN));
    def_const("PHP_INT_SIZE", rt_small(8));
    def_const("PHP_FLOAT_EPSILON", phpvm_float(2.220446049250313e-16));
    def_const("PHP_FLOAT_MAX", phpvm_float(1.7976931348623157e308));
    def_const("PHP_FLOAT_MIN", phpvm_float(2.2250738585072014e-308));
    def_const("PHP_VERSION", phpvm_cstr("8.2.0"));
    def_const("PHP_MAJOR_VERSION", rt_small(8));
    def_const("PHP_MINOR_VERSION", rt_small(2));
    def_const("PHP_OS", phpvm_cstr("Linux"));
    def_const("PHP_OS_FAMILY", phpvm_cstr("Linux"));
    def_const("NAN", phpvm_float(NAN));
    def_const("INF", phpvm_float(INFINITY));
    def_const("M_PI", phpvm_float(3.14159265358979323846));
    def_const("M_E", phpvm_float(2.7182818284590452354));
    def_const("M_SQRT2", phpvm_float(1.41421356237309504880));
    def_const("E_ALL", rt_small(32767));
    def_const("E_ERROR", rt_small(1));
    def_const("E_WARNING", rt_small(2));
    def_const("E_NOTICE", rt_small(8));
    def_const("E_STRICT", rt_small(2048));
    def_const("E_DEPRECATED", rt_small(8192));
    def_const("E_PARSE", rt_small(4));
    def_const("E_CORE_ERROR", rt_small(16));
    def_const("E_CORE_WARNING", rt_small(32));
    def_const("E_COMPILE_ERROR", rt_small(64));
    def_const("E_COMPILE_WARNING", rt_small(128));
    def_const("E_USER_ERROR", rt_small(256));
    def_const("E_USER_WARNING", rt_small(512));
    def_const("E_USER_NOTICE", rt_small(1024));
    def_const("E_RECOVERABLE_ERROR", rt_small(4096));
    def_const("E_USER_DEPRECATED", rt_small(16384));
    def_const("SORT_REGULAR", rt_small(0));
    def_const("SORT_NUMERIC", rt_small(1));
    def_const("SORT_STRING", rt_small(2));
    def_const("SORT_FLAG_CASE", rt_small(8));
    def_const("COUNT_RECURSIVE", rt_small(1));
    def_const("ARRAY_FILTER_USE_KEY", rt_small(2));
    def_const("ARRAY_FILTER_USE_BOTH", rt_small(1));
    def_const("STR_PAD_RIGHT", rt_small(1));
    def_const("STR_PAD_LEFT", rt_small(0));
    def_const("STR_PAD_BOTH", rt_small(2));
    def_const("PHP_ROUND_HALF_UP", rt_small(1));
    def_const("PHP_ROUND_HALF_DOWN", rt_small(2));
    def_const("PHP_ROUND_HALF_EVEN", rt_small(3));
    def_const("PHP_ROUND_HALF_ODD", rt_small(4));
    def_const("JSON_PRETTY_PRINT", rt_small(128));
    def_const("JSON_UNESCAPED_SLASHES", rt_small(64));
    def_const("JSON_UNESCAPED_UNICODE", rt_small(256));
    def_const("JSON_THROW_ON_ERROR", rt_small(4194304));
    def_const("LC_ALL", rt_small(6));
    def_const("FILE_APPEND", rt_small(8));
    def_const("LOCK_EX", rt_small(2));
}

static void state_init(void)
{
    phpvm_vm = calloc(1, sizeof *phpvm_vm);
    gc_root_add(phpvm_vm, offsetof(phpvm_state_t, nroots_end) / sizeof(rt_value_t));
    rt_ts->vm[RT_LANG_PHP] = phpvm_vm;
    phpvm_vm->functions = phpvm_array_new(0);
    phpvm_vm->classes = phpvm_array_new(0);
    phpvm_vm->constants = phpvm_array_new(0);
    phpvm_vm->globals_extra = phpvm_array_new(0);
    phpvm_vm->included = phpvm_array_new(0);
    phpvm_vm->precision = 14;
    phpvm_vm->serialize_precision = -1;
    phpvm_vm->display_errors = true;
    phpvm_vm->error_reporting = 32767; /* E_ALL */
    phpvm_vm->error_handler_mask = 32767;
    phpvm_vm->include_path = ".:/usr/share/php"; /* php -n's compiled-in default */
    phpvm_value_init();
    rt_exc_set_hook(RT_LANG_PHP, phpvm_exc_hook);
    phpvm_classes_init();
    const phpvm_builtin_t *const tables[] = {phpvm_ext_string, phpvm_ext_array, phpvm_ext_math,
                                             phpvm_ext_var, phpvm_ext_func, phpvm_ext_file};
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        register_table(tables[i]);
    register_table(phpvm_ext_scope);
    register_table(phpvm_ext_error);
    phpvm_noop_ctor = phpvm_func_new(rt_str_from_cstr("__construct"));
    phpvm_noop_ctor->builtin = &noop_builtin;
    gc_root_add(&phpvm_noop_ctor, 1);
    constants_init();
}

static bool ini_bool(const char *v)
{
    return !(strcmp(v, "0") == 0 || strcasecmp(v, "off") == 0 || strcasecmp(v, "false") == 0 ||
             strcasecmp(v, "no") == 0 || *v == 0 || strcasecmp(v, "stderr") == 0);
}

static void apply_ini(const phpvm_ini_t *ini, int nini)
{
    for (int i = 0; i < nini; i++) {
        char key[64];
        snprintf(key, sizeof key, "%.*s", ini[i].key_len, ini[i].key);
        const char *v = ini[i].value;
        if (strcmp(key, "precision") == 0)
            phpvm_vm->precision = atoi(v);
        else if (strcmp(key, "serialize_precision") == 0)
            phpvm_vm->serialize_precision = atoi(v);
        else if (strcmp(key, "display_errors") == 0)
            phpvm_vm->display_errors = ini_bool(v);
        else if (strcmp(key, "log_errors") == 0)
            phpvm_vm->log_errors = ini_bool(v);
        else if (strcmp(key, "include_path") == 0)
            phpvm_vm->include_path = v;
    }
}

/* ---- Running ---- */

/* An uncaught exception; a ParseError (an included file's or eval's) reads as the parse error. */
static void uncaught(rt_value_t exc)
{
    rt_str_t *s = phpvm_exc_string(exc);
    rt_exc_clear();
    phpvm_object_t *o = phpvm_obj(exc);
    rt_value_t file = rt_slots_get_attr(&o->slots, rt_str_intern_cstr("file"));
    rt_value_t line = rt_slots_get_attr(&o->slots, rt_str_intern_cstr("line"));
    const char *fname = file ? phpvm_str(phpvm_deref(file))->data : NULL;
    int32_t lno = line ? (int32_t)phpvm_to_int(line) : 0;
    if (phpvm_instanceof(o->cls, phpvm_class_find_c("ParseError"))) {
        rt_value_t msg = rt_slots_get_attr(&o->slots, rt_str_intern_cstr("message"));
        rt_str_t *m = msg ? phpvm_to_str(phpvm_deref(msg)) : NULL;
        phpvm_report(PHPVM_E_PARSE, m ? m->data : "", fname, lno);
        return;
    }
    char head[64 + 8192];
    snprintf(head, sizeof head, "Uncaught %s\n  thrown", s ? s->data : "exception");
    phpvm_report(PHPVM_E_FATAL, head, fname, lno);
}

static int script_argc;
static char **script_argv;

/* $argv and $argc of the main script. */
static void set_argv(void)
{
    phpvm_array_t *a = phpvm_array_new(script_argc);
    for (int i = 0; i < script_argc; i++)
        phpvm_array_append(a, phpvm_cstr(script_argv[i]));
    phpvm_ref_set(phpvm_global_ref(rt_str_from_cstr("argv")), phpvm_share(rt_from_ptr(a)));
    phpvm_ref_set(phpvm_global_ref(rt_str_from_cstr("argc")), rt_small(script_argc));
}

static int run_main(phpvm_func_t *main)
{
    rt_thread_t *ts = rt_ts;
    rt_frame_t *f = phpvm_push_call(ts, main, rt_from_ptr(main), rt_none, NULL, 0);
    if (!f)
        return 255;
    f->flags |= RT_FRAME_ENTRY;
    phpvm_vm->main_frame = f;
    set_argv();
    rt_value_t r = phpvm_interp(f);
    phpvm_vm->main_frame = NULL;
    if (r == RT_NOVALUE && !phpvm_vm->exiting) {
        rt_value_t exc = rt_exc_fetch(NULL);
        if (exc != RT_NOVALUE && phpvm_is_object(exc)) {
            if (phpvm_uncaught_handled(exc) && !rt_exc_pending())
                return 255;
            if (rt_exc_pending())
                exc = rt_exc_fetch(NULL);
            uncaught(exc);
            return 255;
        }
    }
    return phpvm_vm->exit_status;
}

static int run_guarded(phpvm_func_t *main)
{
    rt_bailout_t bp;
    volatile int status = 255;
    rt_bailout_push(&bp);
    if (setjmp(bp.env) == 0) {
        status = run_main(main);
        rt_bailout_pop(&bp);
    } else {
        phpvm_report(PHPVM_E_FATAL, rt_ts->fatal.message, NULL, 0);
    }
    return status;
}

/* The lexer's warnings (octal escape overflow), oldest first, as PHP prints them while
** compiling. */
void phpvm_print_parse_warnings(const phpvm_parse_warning_t *w, const char *filename)
{
    if (!w)
        return;
    phpvm_print_parse_warnings(w->next, filename);
    if (phpvm_vm->display_errors)
        printf("\nWarning: %s in %s on line %u\n", w->message, filename, w->line);
}

static int run_source(const char *src, size_t len, const char *filename, const phpvm_ini_t *ini,
                      int nini)
{
    rt_init(NULL);
    state_init();
    apply_ini(ini, nini);
    if (filename[0] == '/') /* a script file (by real path), not "Command line code" */
        phpvm_include_mark(filename);
    rt_arena_t arena;
    rt_arena_init(&arena);
    phpvm_parse_result_t pr;
    phpvm_parse_ex(&arena, src, len, PHPVM_PARSE_SKIP_SHEBANG, &pr);
    int status;
    if (!pr.ast) {
        const char *kind = pr.error.kind == PHPVM_ERR_COMPILE ? "Fatal error" : "Parse error";
        if (phpvm_vm->display_errors)
            printf("\n%s: %s in %s on line %u\n", kind, pr.error.message, filename, pr.error.line);
        if (phpvm_vm->log_errors) {
            fflush(stdout);
            fprintf(stderr, "PHP %s:  %s in %s on line %u\n", kind, pr.error.message, filename,
                    pr.error.line);
        }
        status = 255;
    } else {
        phpvm_print_parse_warnings(pr.warnings, filename);
        char err[512];
        int32_t errline = 0;
        phpvm_func_t *main = phpvm_compile_file(pr.ast, rt_str_from_cstr(filename), false, err,
                                                sizeof err, &errline);
        if (!main) {
            if (phpvm_vm->display_errors)
                printf("\nFatal error: %s in %s on line %d\n", err, filename, errline);
            status = 255;
        } else {
            status = run_guarded(main);
        }
    }
    rt_arena_free(&arena);
    fflush(stdout);
    return status;
}

int phpvm_run_file(const char *path, const phpvm_ini_t *ini, int nini, int argc, char **argv)
{
    script_argc = argc;
    script_argv = argv;
    size_t len;
    char *src = phpvm_read_file(path, &len);
    if (!src) {
        printf("Could not open input file: %s\n", path);
        return 1;
    }
    char *full = realpath(path, NULL);
    int status = run_source(src, len, full ? full : path, ini, nini);
    free(full);
    free(src);
    return status;
}

int phpvm_run_code(const char *code, const phpvm_ini_t *ini, int nini, int argc, char **argv)
{
    script_argc = argc;
    script_argv = argv;
    size_t n = strlen(code);
    char *src = malloc(n + 7);
    memcpy(src, "<?php ", 6);
    memcpy(src + 6, code, n + 1);
    int status = run_source(src, n + 6, "Command line code", ini, nini);
    free(src);
    return status;
}

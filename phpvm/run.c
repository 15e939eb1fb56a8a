/*
** run.c: running a PHP program: the VM's per-thread state, ini settings (-d), PHP's diagnostics
** ("\nWarning: ... in FILE on line N\n" into the output, or php-cgi's HTML form with html_errors;
** "PHP Warning:  ..." to the SAPI's log (stderr) with log_errors=1), the predefined constants and
** builtin function tables, parse errors and uncaught exceptions in php-cli's words, exit
** statuses, max_execution_time and memory_limit; the CLI's run and a front end's
** phpvm_request_run.
*/
#include <inttypes.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "phpvm/interp.h"

phpvm_state_t *phpvm_vm;
const char *phpvm_cur_builtin;

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

/* s with PHP's escape_html (&, <, >, "), into b. */
static void append_html(rt_strbuf_t *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': rt_strbuf_append(b, "&amp;", 5); break;
        case '<': rt_strbuf_append(b, "&lt;", 4); break;
        case '>': rt_strbuf_append(b, "&gt;", 4); break;
        case '"': rt_strbuf_append(b, "&quot;", 6); break;
        default: rt_strbuf_append_char(b, *s);
        }
    }
}

/* A fatal error with display_errors off and nothing sent yet answers 500, as php_error_cb does. */
static void fatal_status(void)
{
    const phpvm_sapi_t *sapi = phpvm_output_sapi();
    if (!sapi || phpvm_vm->display_errors || phpvm_output_started(NULL, NULL) ||
        sapi->response_code(sapi->ctx, 0) != 200)
        return;
    const char *err;
    sapi->header(sapi->ctx, "HTTP/1.0 500 Internal Server Error", true, 0, &err);
}

void phpvm_report(int level, const char *msg, const char *file, int32_t line)
{
    if (level != PHPVM_E_FATAL && level != PHPVM_E_PARSE &&
        (phpvm_vm->silence > 0 || !(phpvm_vm->error_reporting & phpvm_errno(level))))
        return; /* inside @, or not reported */
    const char *where = file ? file : "Unknown";
    if (!file)
        line = 0;
    if (level >= PHPVM_E_FATAL)
        fatal_status();
    if (phpvm_vm->log_errors) {
        char buf[9216];
        snprintf(buf, sizeof buf, "PHP %s:  %s in %s on line %d", level_names[level], msg, where,
                 line);
        const phpvm_sapi_t *sapi = phpvm_output_sapi();
        if (sapi && sapi->log) {
            sapi->log(sapi->ctx, buf);
        } else {
            fflush(stdout);
            fprintf(stderr, "%s\n", buf);
        }
    }
    if (!phpvm_vm->display_errors)
        return;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 128);
    if (phpvm_vm->html_errors) {
        rt_strbuf_appendf(&b, "<br />\n<b>%s</b>:  ", level_names[level]);
        append_html(&b, msg);
        rt_strbuf_append(&b, " in <b>", 7);
        append_html(&b, where);
        rt_strbuf_appendf(&b, "</b> on line <b>%d</b><br />\n", line);
    } else {
        rt_strbuf_appendf(&b, "\n%s: %s in %s on line %d\n", level_names[level], msg, where, line);
    }
    phpvm_out(b.data, b.len);
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

void phpvm_register_builtins(const phpvm_builtin_t *tab)
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

/* ext/standard's M_* constants, spelled as math.h spells them. */
static const struct math_const {
    const char *name;
    double value;
} math_consts[] = {
    {"M_E", 2.7182818284590452354},     {"M_LOG2E", 1.4426950408889634074},
    {"M_LOG10E", 0.43429448190325182765}, {"M_LN2", 0.69314718055994530942},
    {"M_LN10", 2.30258509299404568402}, {"M_PI", 3.14159265358979323846},
    {"M_PI_2", 1.57079632679489661923}, {"M_PI_4", 0.78539816339744830962},
    {"M_1_PI", 0.31830988618379067154}, {"M_2_PI", 0.63661977236758134308},
    {"M_SQRTPI", 1.77245385090551602729}, {"M_2_SQRTPI", 1.12837916709551257390},
    {"M_LNPI", 1.14472988584940017414}, {"M_EULER", 0.57721566490153286061},
    {"M_SQRT2", 1.41421356237309504880}, {"M_SQRT1_2", 0.70710678118654752440},
    {"M_SQRT3", 1.73205080756887729352}, {NULL, 0},
};

static void constants_init(void)
{
    def_const("PHP_EOL", phpvm_cstr("\n"));
    def_const("DIRECTORY_SEPARATOR", phpvm_cstr("/"));
    def_const("PATH_SEPARATOR", phpvm_cstr(":"));
    def_const("PHP_INT_MAX", phpvm_int(INT64_MAX));
    def_const("PHP_INT_MIN", phpvm_int(INT64_MIN));
    def_const("PHP_INT_SIZE", rt_small(8));
    def_const("PHP_FLOAT_EPSILON", phpvm_float(2.220446049250313e-16));
    def_const("PHP_FLOAT_MAX", phpvm_float(1.7976931348623157e308));
    def_const("PHP_FLOAT_MIN", phpvm_float(2.2250738585072014e-308));
    def_const("PHP_VERSION", phpvm_cstr("8.2.0"));
    def_const("PHP_MAJOR_VERSION", rt_small(8));
    def_const("PHP_MINOR_VERSION", rt_small(2));
    def_const("PHP_RELEASE_VERSION", rt_small(0));
    def_const("PHP_VERSION_ID", rt_small(80200));
    def_const("PHP_FLOAT_DIG", rt_small(15));
    def_const("PHP_OS", phpvm_cstr("Linux"));
    def_const("PHP_SAPI", phpvm_cstr("cli")); /* (each request sets its own: request.c) */
    char exe[4096]; /* PHP_BINARY: this executable, which runs PHP as php-cli does (-f, -n, -r) */
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    def_const("PHP_BINARY", phpvm_str_value(exe, n > 0 ? (size_t)n : 0));
    def_const("PHP_OS_FAMILY", phpvm_cstr("Linux"));
    def_const("NAN", phpvm_float(NAN));
    def_const("INF", phpvm_float(INFINITY));
    for (const struct math_const *m = math_consts; m->name; m++)
        def_const(m->name, phpvm_float(m->value));
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
    def_const("INI_USER", rt_small(1)); /* ini_get_all()'s access levels */
    def_const("INI_PERDIR", rt_small(2));
    def_const("INI_SYSTEM", rt_small(4));
    def_const("INI_ALL", rt_small(7));
    def_const("SORT_REGULAR", rt_small(0));
    def_const("SORT_NUMERIC", rt_small(1));
    def_const("SORT_STRING", rt_small(2));
    def_const("SORT_FLAG_CASE", rt_small(8));
    def_const("SORT_LOCALE_STRING", rt_small(5));
    def_const("SORT_NATURAL", rt_small(6));
    def_const("SORT_ASC", rt_small(4));
    def_const("EXTR_OVERWRITE", rt_small(0));
    def_const("EXTR_SKIP", rt_small(1));
    def_const("EXTR_PREFIX_SAME", rt_small(2));
    def_const("EXTR_PREFIX_ALL", rt_small(3));
    def_const("EXTR_PREFIX_INVALID", rt_small(4));
    def_const("EXTR_PREFIX_IF_EXISTS", rt_small(5));
    def_const("EXTR_IF_EXISTS", rt_small(6));
    def_const("EXTR_REFS", rt_small(256));
    def_const("SORT_DESC", rt_small(3));
    def_const("COUNT_NORMAL", rt_small(0));
    def_const("COUNT_RECURSIVE", rt_small(1));
    def_const("CASE_LOWER", rt_small(0));
    def_const("CASE_UPPER", rt_small(1));
    def_const("ARRAY_FILTER_USE_KEY", rt_small(2));
    def_const("ARRAY_FILTER_USE_BOTH", rt_small(1));
    def_const("STR_PAD_RIGHT", rt_small(1));
    def_const("STR_PAD_LEFT", rt_small(0));
    def_const("STR_PAD_BOTH", rt_small(2));
    def_const("PHP_ROUND_HALF_UP", rt_small(1));
    def_const("PHP_ROUND_HALF_DOWN", rt_small(2));
    def_const("PHP_ROUND_HALF_EVEN", rt_small(3));
    def_const("PHP_ROUND_HALF_ODD", rt_small(4));
    def_const("LC_CTYPE", rt_small(0));
    def_const("LC_NUMERIC", rt_small(1));
    def_const("LC_TIME", rt_small(2));
    def_const("LC_COLLATE", rt_small(3));
    def_const("LC_MONETARY", rt_small(4));
    def_const("LC_MESSAGES", rt_small(5));
    def_const("LC_ALL", rt_small(6));
    def_const("FILE_APPEND", rt_small(8));
    def_const("LOCK_EX", rt_small(2));
    static const struct {
        const char *name;
        int value;
    } ob_flags[] = {
        {"PHP_OUTPUT_HANDLER_START", PHPVM_OB_START}, {"PHP_OUTPUT_HANDLER_WRITE", PHPVM_OB_WRITE},
        {"PHP_OUTPUT_HANDLER_FLUSH", PHPVM_OB_FLUSH}, {"PHP_OUTPUT_HANDLER_CLEAN", PHPVM_OB_CLEAN},
        {"PHP_OUTPUT_HANDLER_FINAL", PHPVM_OB_FINAL}, {"PHP_OUTPUT_HANDLER_CONT", PHPVM_OB_WRITE},
        {"PHP_OUTPUT_HANDLER_END", PHPVM_OB_FINAL},   {"PHP_OUTPUT_HANDLER_CLEANABLE", 16},
        {"PHP_OUTPUT_HANDLER_FLUSHABLE", 32},         {"PHP_OUTPUT_HANDLER_REMOVABLE", 64},
        {"PHP_OUTPUT_HANDLER_STDFLAGS", 112},
        {"PHP_OUTPUT_HANDLER_STARTED", PHPVM_OB_F_STARTED},
        {"PHP_OUTPUT_HANDLER_DISABLED", PHPVM_OB_F_DISABLED},
    };
    for (size_t i = 0; i < sizeof ob_flags / sizeof ob_flags[0]; i++)
        def_const(ob_flags[i].name, rt_small(ob_flags[i].value));
}

/* Start-up functions of other directories (phpvm_add_startup). */
static void (*startups[4])(void);
static int nstartups;

void phpvm_add_startup(void (*fn)(void))
{
    for (int i = 0; i < nstartups; i++)
        if (startups[i] == fn)
            return;
    if (nstartups == (int)(sizeof startups / sizeof startups[0])) {
        fputs("pyhyp: too many PHP start-up hooks\n", stderr);
        abort();
    }
    startups[nstartups++] = fn;
}

/* The extensions outside ext/standard, in start-up order. */
static const phpvm_ext_t *const exts[] = {&phpvm_ext_pcre, &phpvm_ext_json,
                                          &phpvm_ext_ctype, &phpvm_ext_spl, &phpvm_ext_hash,
                                          &phpvm_ext_curl, &phpvm_ext_ffi, &phpvm_ext_date,
                                          &phpvm_ext_mbstring, &phpvm_ext_streams,
                                          &phpvm_ext_url, &phpvm_ext_html,
                                          &phpvm_ext_rand, &phpvm_ext_date_libc,
                                          &phpvm_ext_filter,
                                          &phpvm_ext_codec,
                                          &phpvm_ext_scanf,
                                          &phpvm_ext_password,
                                          &phpvm_ext_exec,
                                          &phpvm_ext_proc,
                                          &phpvm_ext_inifile,
                                          &phpvm_ext_filters,
                                          &phpvm_ext_userfilter,
                                          &phpvm_ext_fiber,
                                          &phpvm_ext_tick,
                                          &phpvm_ext_stream_context,
                                          &phpvm_ext_streamopt,
                                          &phpvm_ext_socket,
                                          &phpvm_ext_network,
                                          &phpvm_ext_connection,
                                          &phpvm_ext_reflection,
                                          &phpvm_ext_mbregex,
                                          &phpvm_ext_mbentity,
                                          &phpvm_ext_intl_normalizer,
                                          &phpvm_ext_tokenizer,
                                          &phpvm_ext_zlib,
                                          &phpvm_ext_zlib_context};

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
    phpvm_vm->zend_assertions = 1;
    phpvm_vm->assert_active = 1;
    phpvm_vm->assert_exception = 1;
    phpvm_vm->assert_warning = 1;
    phpvm_output_init();
    phpvm_vm->error_reporting = 32767; /* E_ALL */
    phpvm_vm->error_handler_mask = 32767;
    phpvm_vm->include_path = ".:/usr/share/php"; /* php -n's compiled-in default */
    phpvm_vm->default_charset = "UTF-8";
    phpvm_vm->internal_encoding = "";
    phpvm_value_init();
    rt_exc_set_hook(RT_LANG_PHP, phpvm_exc_hook);
    phpvm_classes_init();
    const phpvm_builtin_t *const tables[] = {phpvm_ext_string, phpvm_ext_string_similar,
                                             phpvm_ext_string_chars, phpvm_ext_pack,
                                             phpvm_ext_info, phpvm_ext_userwrap,
                                             phpvm_ext_array,
                                             phpvm_ext_array_set, phpvm_ext_array_user,
                                             phpvm_ext_math,
                                             phpvm_ext_var, phpvm_ext_func, phpvm_ext_file,
                                             phpvm_ext_output, phpvm_ext_header,
                                             phpvm_ext_serialize, phpvm_ext_dir,
                                             phpvm_ext_engine};
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        phpvm_register_builtins(tables[i]);
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
        if (exts[i]->functions)
            phpvm_register_builtins(exts[i]->functions);
        for (const phpvm_intconst_t *c = exts[i]->constants; c && c->name; c++)
            def_const(c->name, phpvm_int(c->value));
        if (exts[i]->init)
            exts[i]->init();
    }
    phpvm_register_builtins(phpvm_ext_scope);
    phpvm_register_builtins(phpvm_ext_error);
    phpvm_noop_ctor = phpvm_func_new(rt_str_from_cstr("__construct"));
    phpvm_noop_ctor->builtin = &noop_builtin;
    gc_root_add(&phpvm_noop_ctor, 1);
    phpvm_foreign_init();
    phpvm_dtor_init();
    phpvm_assert_init();
    phpvm_class_hidden_init();
    phpvm_array_init();
    phpvm_call_init();
    phpvm_interp_init();
    constants_init();
    for (int i = 0; i < nstartups; i++)
        startups[i]();
    phpvm_vm->nbuiltin_consts = rt_map_count(phpvm_vm->constants);
}

static bool ini_bool(const char *v)
{
    return !(strcmp(v, "0") == 0 || strcasecmp(v, "off") == 0 || strcasecmp(v, "false") == 0 ||
             strcasecmp(v, "no") == 0 || *v == 0 || strcasecmp(v, "stderr") == 0);
}

int64_t phpvm_ini_size(const char *v)
{
    char *end;
    int64_t n = strtoll(v, &end, 10);
    switch (*end) {
    case 'g': case 'G': n *= 1024;
        /* fall through */
    case 'm': case 'M': n *= 1024;
        /* fall through */
    case 'k': case 'K': n *= 1024;
        break;
    default:
        break;
    }
    return n;
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
        else if (strcmp(key, "html_errors") == 0)
            phpvm_vm->html_errors = ini_bool(v);
        else if (strcmp(key, "max_execution_time") == 0)
            phpvm_vm->max_execution_time = atoi(v);
        else if (strcmp(key, "memory_limit") == 0)
            phpvm_vm->memory_limit = phpvm_ini_size(v);
        else
            phpvm_ext_ini(key, v);
    }
}

const phpvm_ext_t *phpvm_ext_at(size_t i)
{
    return i < sizeof exts / sizeof exts[0] ? exts[i] : NULL;
}

bool phpvm_ext_loaded(const char *name)
{
    if (strcasecmp(name, "Core") == 0 || strcasecmp(name, "standard") == 0)
        return true;
    for (size_t k = 0; k < sizeof exts / sizeof exts[0]; k++)
        if (strcasecmp(exts[k]->name, name) == 0)
            return true;
    return false;
}

/* A string setting's value, copied for the life of the process: each distinct value once, so
** settings in every request of a persistent process cost nothing more. NULL: out of memory. */
static const char *ini_string(const char *value)
{
    static struct kept {
        struct kept *next;
        char text[];
    } *kept;
    for (struct kept *k = kept; k; k = k->next)
        if (strcmp(k->text, value) == 0)
            return k->text;
    size_t n = strlen(value) + 1;
    struct kept *k = malloc(sizeof *k + n);
    if (!k)
        return NULL;
    memcpy(k->text, value, n);
    k->next = kept;
    kept = k;
    return k->text;
}

/* The integer and string settings of the core that ini_set/ini_get reach (their old value as a
** string). */
static const char *core_ini(const char *key, const char *value)
{
    static const struct {
        const char *key;
        size_t offset;
        bool is_string;
    } table[] = {
        {"precision", offsetof(phpvm_state_t, precision), false},
        {"serialize_precision", offsetof(phpvm_state_t, serialize_precision), false},
        {"error_reporting", offsetof(phpvm_state_t, error_reporting), false},
        {"ignore_user_abort", offsetof(phpvm_state_t, ignore_user_abort), false},
        {"zend.assertions", offsetof(phpvm_state_t, zend_assertions), false},
        {"assert.active", offsetof(phpvm_state_t, assert_active), false},
        {"assert.exception", offsetof(phpvm_state_t, assert_exception), false},
        {"assert.warning", offsetof(phpvm_state_t, assert_warning), false},
        {"include_path", offsetof(phpvm_state_t, include_path), true},
        {"default_charset", offsetof(phpvm_state_t, default_charset), true},
        {"internal_encoding", offsetof(phpvm_state_t, internal_encoding), true},
    };
    static char old[32];
    if (strcmp(key, "max_execution_time") == 0) {
        snprintf(old, sizeof old, "%d", phpvm_vm->max_execution_time);
        if (value) /* re-arms the request's timer, as PHP's does (and set_time_limit) */
            phpvm_request_set_time_limit(atoi(value));
        return old;
    }
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (strcmp(key, table[i].key) != 0)
            continue;
        void *setting = (char *)phpvm_vm + table[i].offset;
        if (table[i].is_string) {
            const char **str = setting, *was = *str, *now = value ? ini_string(value) : NULL;
            if (now)
                *str = now;
            return was;
        }
        snprintf(old, sizeof old, "%d", *(int *)setting);
        if (value)
            *(int *)setting = atoi(value);
        return old;
    }
    return NULL;
}

const char *phpvm_ext_ini(const char *key, const char *value)
{
    const char *old = core_ini(key, value);
    for (size_t k = 0; k < sizeof exts / sizeof exts[0] && !old; k++)
        if (exts[k]->ini)
            old = exts[k]->ini(key, value);
    return old;
}

/* Off unless asked for (--jit=on): traces run on the IR-interpreter backend, which is slower than
** the interpreter until the x86-64 backend exists (README, "The JIT"). */
static bool jit_on = false;

void phpvm_set_jit(bool on) { jit_on = on; }

void phpvm_init(const phpvm_ini_t *ini, int nini)
{
    if (phpvm_vm)
        return;
    rt_init(NULL);
    jit_params_t jp;
    jit_params_default(&jp);
    jp.enabled = jp.enabled && jit_on;
    jit_start(&jp);
    state_init();
    apply_ini(ini, nini);
    phpvm_request_snapshot();
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

/* $argv and $argc of the main script (CLI), or of the request (register_argc_argv). */
static void set_argv(void)
{
    phpvm_array_t *a = phpvm_array_new(script_argc);
    for (int i = 0; i < script_argc; i++)
        phpvm_array_append(a, phpvm_cstr(script_argv[i]));
    phpvm_ref_set(phpvm_global_ref(rt_str_from_cstr("argv")), phpvm_share(rt_from_ptr(a)));
    phpvm_ref_set(phpvm_global_ref(rt_str_from_cstr("argc")), rt_small(script_argc));
}

static int run_main(void *arg)
{
    phpvm_func_t *main = arg;
    rt_thread_t *ts = rt_ts;
    phpvm_request_prepare();
    rt_frame_t *f = phpvm_push_call(ts, main, rt_from_ptr(main), rt_none, NULL, 0);
    if (!f)
        return 255;
    f->flags |= RT_FRAME_ENTRY;
    phpvm_globals_adopt(f);
    phpvm_vm->main_frame = f;
    rt_value_t r = phpvm_interp(f);
    phpvm_vm->main_frame = NULL;
    /* what the frames exit() left held: destructors run before the shutdown functions */
    if ((r != RT_NOVALUE || phpvm_vm->exiting) && !phpvm_dtor_point(false)) {
        r = RT_NOVALUE;
        phpvm_vm->exiting = false;
    }
    if (r == RT_NOVALUE && !phpvm_vm->exiting) {
        rt_value_t exc = rt_exc_fetch(NULL);
        if (exc != RT_NOVALUE && phpvm_is_object(exc)) {
            if (phpvm_uncaught_handled(exc) && !rt_exc_pending())
                return phpvm_vm->exit_status; /* handled: PHP's status stays 0 */
            if (rt_exc_pending())
                exc = rt_exc_fetch(NULL);
            /* the frames it left are gone: their objects' destructors run before the report */
            if (!phpvm_dtor_point(false))
                exc = phpvm_exc_set_previous(rt_exc_fetch(NULL), exc);
            uncaught(exc);
            return 255;
        }
    }
    return phpvm_vm->exit_status;
}

/* The destructors of what the script leaves (phpvm_dtor_shutdown). */
static int run_destructors(void *arg)
{
    int status = (int)(intptr_t)arg;
    if (phpvm_dtor_shutdown())
        return status;
    uncaught(rt_exc_fetch(NULL));
    return 255;
}

/* register_shutdown_function()'s callbacks, in order (one may register more); exit() or an
** uncaught exception ends the list. arg: the script's exit status, returned unless those
** change it. */
static int run_shutdown(void *arg)
{
    int status = (int)(intptr_t)arg;
    rt_value_t cb;
    rt_tuple_t *args;
    for (int64_t i = 0; phpvm_request_shutdown_get(i, &cb, &args); i++) {
        phpvm_vm->exiting = false;
        rt_value_t r = phpvm_call_value(cb, args->items, (int)args->len);
        if (r != RT_NOVALUE)
            continue;
        if (phpvm_vm->exiting)
            return phpvm_vm->exit_status;
        rt_value_t exc = rt_exc_fetch(NULL);
        if (exc != RT_NOVALUE && phpvm_is_object(exc)) {
            uncaught(exc);
            return 255;
        }
    }
    return status;
}

/* ---- max_execution_time ---- */

enum { HARD_TIMEOUT = 2 }; /* seconds, as PHP's hard_timeout */

static volatile sig_atomic_t timed_out, struck; /* the request ran out of time; the timer struck */
static char fatal_file[1024]; /* where the timer went off or the heap ran out ("": unknown) */
static int32_t fatal_line;

/* Records the running PHP code's place before a bail-out unwinds its frames; allocates nothing. */
static void note_where(void)
{
    rt_str_t *file;
    phpvm_where(&file, &fatal_line);
    fatal_file[0] = '\0';
    if (file && (size_t)file->len < sizeof fatal_file)
        memcpy(fatal_file, file->data, (size_t)file->len + 1);
}

static _Noreturn void timeout_fatal(void)
{
    note_where();
    int n = phpvm_vm->max_execution_time;
    rt_fatal("Maximum execution time of %d second%s exceeded", n, n == 1 ? "" : "s");
}

/* The interpreters' next check (a back edge or a call) raises the timeout: its frame's pc is
** stored there, so the error names the line that was running. */
static bool timeout_at_check(void)
{
    timeout_fatal();
}

/* The timer's first strike asks for the fatal error at the next check, as PHP's VM interrupt
** does; a script stuck in one long call gets HARD_TIMEOUT more seconds before the handler bails
** out itself (PHP's hard_timeout), naming the place last stored. */
static void on_timeout(int sig)
{
    (void)sig;
    if (gc_collecting()) {
        /* Bailing out of the collector would leave the heap half-marked: try again shortly. */
        struct itimerval soon = {.it_value = {.tv_usec = 10000}};
        setitimer(ITIMER_REAL, &soon, NULL);
        return;
    }
    timed_out = 1;
    if (!struck) {
        struck = 1;
        rt_gil_interrupt_main(timeout_at_check);
        struct itimerval hard = {.it_value = {.tv_sec = HARD_TIMEOUT}};
        setitimer(ITIMER_REAL, &hard, NULL);
        return;
    }
    timeout_fatal();
}

/* Arms (seconds > 0) or disarms the request's timer. SA_NODEFER: the handler leaves by
** longjmp, which must not leave SIGALRM blocked. */
static void set_timer(int seconds)
{
    struct sigaction sa = {.sa_handler = seconds > 0 ? on_timeout : SIG_DFL,
                           .sa_flags = SA_NODEFER};
    sigemptyset(&sa.sa_mask);
    struct itimerval it = {.it_value = {.tv_sec = seconds > 0 ? seconds : 0}};
    if (seconds > 0)
        sigaction(SIGALRM, &sa, NULL);
    setitimer(ITIMER_REAL, &it, NULL);
    if (struck && seconds <= 0)
        rt_gil_interrupt_main(NULL); /* a strike the code did not reach a check for */
    struck = 0;
}

bool phpvm_request_timed_out(void) { return timed_out; }

static int guarded_runs; /* run_guarded's nesting: its timer is set and its bail-out point set */

void phpvm_request_set_time_limit(int seconds)
{
    phpvm_vm->max_execution_time = seconds;
    if (guarded_runs > 0)
        set_timer(seconds);
}

const char *phpvm_request_charset(void) { return phpvm_vm->default_charset; }

/* memory_limit for a run: the heap may grow by that much over what it holds now (the process's
** other state, e.g. Python modules, is not the script's to pay for). 0 lifts the limit. */
static void on_oom(size_t requested)
{
    note_where();
    rt_fatal_oom(requested);
}

static void set_memory_limit(int64_t bytes)
{
    if (bytes <= 0) {
        gc_set_heap_limit(0);
        return;
    }
    gc_set_oom_handler(on_oom);
    gc_stats_t st;
    gc_get_stats(&st);
    gc_set_heap_limit((size_t)st.heap_bytes + (size_t)bytes);
}

/* Runs body(arg) under a recovery point with max_execution_time and memory_limit: a fatal error
** is reported and gives 255. */
static int run_guarded(int (*body)(void *arg), void *arg)
{
    rt_bailout_t bp;
    volatile int status = 255;
    rt_bailout_push(&bp);
    fatal_file[0] = '\0';
    if (setjmp(bp.env) == 0) {
        set_timer(phpvm_vm->max_execution_time);
        set_memory_limit(phpvm_vm->memory_limit);
        guarded_runs++;
        status = body(arg);
        guarded_runs--;
        set_timer(0);
        set_memory_limit(0);
        rt_bailout_pop(&bp);
    } else {
        guarded_runs--;
        set_timer(0);
        set_memory_limit(0);
        phpvm_dtor_off();
        phpvm_vm->main_frame = NULL;
        phpvm_magic_guards_reset();
        rt_thread_t *ts = rt_ts;
        if (ts->fatal.kind == RT_FATAL_ABORT) {
            /* the connection is gone: there is nobody to tell */
        } else if (ts->fatal.kind == RT_FATAL_OOM) {
            char msg[160];
            snprintf(msg, sizeof msg,
                     "Allowed memory size of %" PRId64 " bytes exhausted (tried to allocate %zu "
                     "bytes)",
                     phpvm_vm->memory_limit, ts->fatal.requested);
            phpvm_report(PHPVM_E_FATAL, msg, fatal_file[0] ? fatal_file : NULL, fatal_line);
        } else if (timed_out && fatal_file[0]) {
            phpvm_report(PHPVM_E_FATAL, ts->fatal.message, fatal_file, fatal_line);
        } else {
            phpvm_report(PHPVM_E_FATAL, ts->fatal.message, NULL, 0);
        }
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
    phpvm_report(PHPVM_E_WARNING, w->message, filename, (int32_t)w->line);
}

/* Parses, compiles and runs a main script; output stays in the output layer. */
static int run_source(const char *src, size_t len, const char *filename)
{
    if (filename[0] == '/') /* a script file (by real path), not "Command line code" */
        phpvm_include_mark(filename);
    rt_arena_t arena;
    rt_arena_init(&arena);
    phpvm_parse_result_t pr;
    phpvm_parse_ex(&arena, src, len, PHPVM_PARSE_SKIP_SHEBANG, &pr);
    int status = 255;
    if (!pr.ast) {
        phpvm_report(pr.error.kind == PHPVM_ERR_COMPILE ? PHPVM_E_FATAL : PHPVM_E_PARSE,
                     pr.error.message, filename, (int32_t)pr.error.line);
    } else {
        phpvm_print_parse_warnings(pr.warnings, filename);
        char err[512];
        int32_t errline = 0;
        phpvm_func_t *main = phpvm_compile_file(pr.ast, rt_str_from_cstr(filename), false, err,
                                                sizeof err, &errline);
        if (!main)
            phpvm_report(PHPVM_E_FATAL, err, filename, errline);
        else
            status = run_guarded(run_main, main);
    }
    if (phpvm_request_shutdown_pending()) /* after exit() and fatal errors too, as PHP */
        status = run_guarded(run_shutdown, (void *)(intptr_t)status);
    status = run_guarded(run_destructors, (void *)(intptr_t)status);
    rt_arena_free(&arena);
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
        if (exts[i]->shutdown)
            exts[i]->shutdown();
    return status;
}

int phpvm_request_run(const char *path)
{
    script_argc = 0;
    script_argv = NULL;
    timed_out = 0;
    size_t len;
    char *src = phpvm_read_file(path, &len);
    int status = 255;
    if (src) {
        status = run_source(src, len, path);
        free(src);
    } else {
        char msg[300];
        snprintf(msg, sizeof msg, "Failed opening '%s' for inclusion", path);
        phpvm_report(PHPVM_E_FATAL, msg, NULL, 0);
    }
    phpvm_ob_end_all(true);
    return status;
}

void phpvm_request_warning(const char *msg) { phpvm_report(PHPVM_E_WARNING, msg, NULL, 0); }

/* The CLI: one request on stdout with php-cli's $_SERVER, $argv and $argc. */
static int run_cli(const char *src, size_t len, const char *filename, const char *script,
                   const phpvm_ini_t *ini, int nini)
{
    /* php-cli writes each piece of output as it is produced: a prompt without a newline shows at
    ** once, a pipe's reader sees lines as they come, and a reader gone away is noticed at the
    ** echo that finds it gone. */
    setvbuf(stdout, NULL, _IONBF, 0);
    phpvm_init(ini, nini);
    phpvm_request_begin(NULL);
    phpvm_request_cli_server(script, script_argc, script_argv);
    set_argv();
    int status = run_source(src, len, filename);
    bool lost = phpvm_connection_status() & PHPVM_CONNECTION_ABORTED;
    phpvm_ob_end_all(true);
    phpvm_out_flush();
    if (!lost && (phpvm_connection_status() & PHPVM_CONNECTION_ABORTED))
        status = 255; /* the last buffers found the reader gone: php-cli's status */
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
    int status = run_cli(src, len, full ? full : path, path, ini, nini);
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
    int status = run_cli(src, n + 6, "Command line code", NULL, ini, nini);
    free(src);
    return status;
}

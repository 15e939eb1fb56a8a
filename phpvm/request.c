/*
** request.c: scripts as requests (phpvm.h): the superglobals ($_GET, $_POST, $_COOKIE, $_FILES,
** $_SERVER, $_ENV, $_REQUEST) that a front end fills through phpvm_request_set and every
** function sees without `global`, php-cli's $_SERVER for the CLI, and the reset between the
** requests of a persistent (FastCGI) process: what the PHP VM holds for a request goes, the
** process's other state (runtime, Python modules, JIT traces) stays.
*/
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include "phpvm/interp.h"

/* Superglobal names, by phpvm_sg_t, then $_REQUEST (built here). */
static const char *const sg_names[] = {"_GET", "_POST", "_COOKIE", "_FILES", "_SERVER", "_ENV",
                                       "_REQUEST"};
enum { NSG = sizeof sg_names / sizeof sg_names[0], SG_REQUEST = NSG - 1 };

static bool is_superglobal(const rt_str_t *name)
{
    if (name->len < 4 || name->data[0] != '_')
        return false;
    for (int i = 0; i < NSG; i++)
        if (strcmp(name->data, sg_names[i]) == 0)
            return true;
    return false;
}

/* ---- Binding ---- */

void phpvm_superglobals_bind(rt_frame_t *f)
{
    phpvm_code_t *code = (phpvm_code_t *)f->code;
    uint32_t flags = code->base.flags;
    if (!(flags & PHPVM_CODE_SG_CHECKED)) {
        flags |= PHPVM_CODE_SG_CHECKED;
        for (uint32_t i = 0; i < code->ncv; i++)
            if (is_superglobal(phpvm_str(rt_tuple_get(code->cvnames, i))))
                flags |= PHPVM_CODE_SG;
        code->base.flags = flags;
    }
    if (!(flags & PHPVM_CODE_SG) || f == phpvm_vm->main_frame)
        return;
    for (uint32_t i = 0; i < code->ncv; i++) {
        rt_value_t *slot = &f->slots[PHPVM_NHIDDEN + i];
        rt_str_t *name = phpvm_str(rt_tuple_get(code->cvnames, i));
        if (!phpvm_is_ref(*slot) && is_superglobal(name))
            *slot = rt_from_ptr(phpvm_global_ref(name));
    }
}

void phpvm_globals_adopt(rt_frame_t *main)
{
    phpvm_code_t *code = (phpvm_code_t *)main->code;
    for (uint32_t i = 0; i < code->ncv; i++) {
        rt_value_t r = rt_map_get_str(phpvm_vm->globals_extra,
                                      phpvm_str(rt_tuple_get(code->cvnames, i)));
        if (r != RT_NOVALUE)
            main->slots[PHPVM_NHIDDEN + i] = r;
    }
}

/* ---- Filling ---- */

/* The array held by global `name`, made an empty array first if it holds something else. */
static phpvm_array_t *global_array(const char *name)
{
    phpvm_ref_t *r = phpvm_global_ref(rt_str_from_cstr(name));
    if (!phpvm_is_array(r->v))
        phpvm_ref_set(r, rt_from_ptr(phpvm_array_new(0)));
    return phpvm_array_sep(&r->v);
}

static void reset_superglobals(void)
{
    for (int i = 0; i < NSG; i++)
        phpvm_ref_set(phpvm_global_ref(rt_str_from_cstr(sg_names[i])),
                      rt_from_ptr(phpvm_array_new(0)));
}

static rt_value_t scalar_value(const phpvm_scalar_t *v)
{
    switch (v->type) {
    case 'i':
        return phpvm_int(v->i);
    case 'f':
        return phpvm_float(v->d);
    case 'a':
        return rt_from_ptr(phpvm_array_new(0));
    default:
        return phpvm_str_value(v->s, v->len);
    }
}

/* The array at (normalized) key of a, made writable in place; a missing or non-array element
** becomes an empty array. */
static phpvm_array_t *writable_child(phpvm_array_t *a, rt_value_t key)
{
    rt_value_t cur = phpvm_deref(phpvm_array_get(a, key));
    if (cur == RT_NOVALUE || !phpvm_is_array(cur)) {
        phpvm_array_t *n = phpvm_array_new(0);
        phpvm_array_set(a, key, rt_from_ptr(n));
        return n;
    }
    rt_value_t slot = cur;
    phpvm_array_t *w = phpvm_array_sep(&slot);
    if (slot != cur)
        phpvm_array_set(a, key, slot);
    return w;
}

/* The element of a at path key k (s NULL: a new appended one), as a writable array. */
static phpvm_array_t *child_array(phpvm_array_t *a, const phpvm_key_t *k)
{
    if (!k->s) {
        phpvm_array_t *n = phpvm_array_new(0);
        phpvm_array_append(a, rt_from_ptr(n));
        return n;
    }
    return writable_child(a, phpvm_key(phpvm_str_value(k->s, k->len)));
}

void phpvm_request_set(phpvm_sg_t sg, const phpvm_key_t *path, int n, const phpvm_scalar_t *v,
                       bool keep_existing)
{
    phpvm_array_t *a = global_array(sg_names[sg]);
    for (int i = 0; i < n - 1; i++)
        a = child_array(a, &path[i]);
    const phpvm_key_t *last = &path[n - 1];
    if (!last->s) {
        phpvm_array_append(a, scalar_value(v));
        return;
    }
    rt_value_t key = phpvm_key(phpvm_str_value(last->s, last->len));
    if (keep_existing && phpvm_array_get(a, key) != RT_NOVALUE)
        return;
    phpvm_array_set(a, key, scalar_value(v));
}

void phpvm_request_drop(phpvm_sg_t sg, const char *name, size_t len)
{
    phpvm_array_del(global_array(sg_names[sg]), phpvm_key(phpvm_str_value(name, len)));
}

/* Merges src into dst as php_autoglobal_merge does: arrays met on both sides merge
** recursively, anything else is replaced. */
static void merge(phpvm_array_t *dst, phpvm_array_t *src)
{
    for (int64_t p = phpvm_array_first(src); p >= 0; p = phpvm_array_next(src, p)) {
        rt_value_t k = phpvm_array_key_at(src, p), v = phpvm_array_val_at(src, p);
        rt_value_t cur = phpvm_array_get(dst, k);
        if (cur != RT_NOVALUE && phpvm_is_array(phpvm_deref(cur)) && phpvm_is_array(v)) {
            merge(writable_child(dst, k), phpvm_arr(v));
            continue;
        }
        phpvm_array_set(dst, k, phpvm_share(v));
    }
}

/* $_REQUEST: $_GET, then $_POST, then $_COOKIE (variables_order "EGPCS"). */
static void build_request(void)
{
    phpvm_array_t *req = phpvm_array_new(0);
    phpvm_ref_set(phpvm_global_ref(rt_str_from_cstr("_REQUEST")), rt_from_ptr(req));
    for (int sg = PHPVM_SG_GET; sg <= PHPVM_SG_COOKIE; sg++)
        merge(req, global_array(sg_names[sg]));
}

/* ---- php-cli's $_SERVER ---- */

static void server_str(const char *name, const char *value)
{
    phpvm_key_t k = {name, strlen(name)};
    phpvm_scalar_t v = {.type = 's', .s = value, .len = strlen(value)};
    phpvm_request_set(PHPVM_SG_SERVER, &k, 1, &v, false);
}

void phpvm_request_cli_server(const char *script, int argc, char **argv)
{
    extern char **environ;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        phpvm_key_t k = {*e, (size_t)(eq - *e)};
        phpvm_scalar_t v = {.type = 's', .s = eq + 1, .len = strlen(eq + 1)};
        phpvm_request_set(PHPVM_SG_SERVER, &k, 1, &v, false);
        phpvm_request_set(PHPVM_SG_ENV, &k, 1, &v, false);
    }
    const char *self = script ? script : "Standard input code";
    server_str("PHP_SELF", self);
    server_str("SCRIPT_NAME", self);
    server_str("SCRIPT_FILENAME", script ? script : "");
    server_str("PATH_TRANSLATED", script ? script : "");
    server_str("DOCUMENT_ROOT", "");
    struct timeval tv;
    gettimeofday(&tv, NULL);
    phpvm_key_t k = {"REQUEST_TIME_FLOAT", 18};
    phpvm_scalar_t v = {.type = 'f', .d = (double)tv.tv_sec + tv.tv_usec / 1e6};
    phpvm_request_set(PHPVM_SG_SERVER, &k, 1, &v, false);
    k = (phpvm_key_t){"REQUEST_TIME", 12};
    v = (phpvm_scalar_t){.type = 'i', .i = (int64_t)tv.tv_sec};
    phpvm_request_set(PHPVM_SG_SERVER, &k, 1, &v, false);
    phpvm_key_t argvk[2] = {{"argv", 4}, {NULL, 0}};
    v = (phpvm_scalar_t){.type = 'a'};
    phpvm_request_set(PHPVM_SG_SERVER, argvk, 1, &v, false);
    for (int i = 0; i < argc; i++) {
        const char *arg = i == 0 ? self : argv[i];
        v = (phpvm_scalar_t){.type = 's', .s = arg, .len = strlen(arg)};
        phpvm_request_set(PHPVM_SG_SERVER, argvk, 2, &v, false);
    }
    k = (phpvm_key_t){"argc", 4};
    v = (phpvm_scalar_t){.type = 'i', .i = argc};
    phpvm_request_set(PHPVM_SG_SERVER, &k, 1, &v, false);
}

/* ---- register_shutdown_function ---- */

/* The callbacks: a PHP array of tuples (callable, args...), a GC root. */
static rt_value_t shutdown_fns;

void phpvm_request_on_shutdown(rt_value_t callable, rt_value_t *args, int argc)
{
    if (!shutdown_fns) {
        gc_root_add(&shutdown_fns, 1);
        shutdown_fns = rt_from_ptr(phpvm_array_new(0));
    }
    rt_tuple_t *t = rt_tuple_new(argc + 1);
    rt_tuple_init_item(t, 0, phpvm_share(callable));
    for (int i = 0; i < argc; i++)
        rt_tuple_init_item(t, i + 1, phpvm_share(phpvm_deref(args[i])));
    phpvm_array_append(phpvm_arr(shutdown_fns), rt_from_ptr(t));
}

bool phpvm_request_shutdown_pending(void)
{
    return shutdown_fns && rt_map_count(phpvm_arr(shutdown_fns)) > 0;
}

bool phpvm_request_shutdown_get(int64_t i, rt_value_t *callable, rt_tuple_t **args)
{
    if (!shutdown_fns || i >= rt_map_count(phpvm_arr(shutdown_fns)))
        return false;
    rt_tuple_t *t = (rt_tuple_t *)rt_ptr(phpvm_array_val_at(phpvm_arr(shutdown_fns), i));
    *callable = rt_tuple_get(t, 0);
    *args = rt_tuple_from(t->items + 1, rt_tuple_len(t) - 1);
    return true;
}

/* ---- The request's life ---- */

/* The tables as start-up left them: what every request starts from. */
static struct {
    rt_value_t functions, classes, constants; /* GC roots */
    phpvm_state_t ini;                        /* the plain settings */
    bool saved;
} base;

void phpvm_request_snapshot(void)
{
    if (!base.saved) /* rooted before the copies: each may collect */
        gc_root_add(&base.functions, 3);
    base.functions = rt_from_ptr(phpvm_array_dup(phpvm_vm->functions));
    base.classes = rt_from_ptr(phpvm_array_dup(phpvm_vm->classes));
    base.constants = rt_from_ptr(phpvm_array_dup(phpvm_vm->constants));
    base.ini = *phpvm_vm;
    base.saved = true;
}

void phpvm_request_begin(const phpvm_sapi_t *sapi)
{
    phpvm_output_begin(sapi);
    phpvm_header_reset();
    reset_superglobals();
}

void phpvm_request_prepare(void)
{
    /* PHP_SAPI: this request's interface (a FastCGI worker's every request the same one) */
    rt_map_set_str(phpvm_vm->constants, rt_str_from_cstr("PHP_SAPI"), phpvm_cstr(phpvm_sapi_name()));
    build_request();
}

/* The heap after the last collection this file asked for (0: none yet). */
static uint64_t heap_after_major;

/* Minor collections promote what a request still holds; once it is dead only a major
** collection frees it. A persistent process would otherwise grow by every request's survivors,
** so between requests a major collection runs once the heap has grown by half since the last. */
static void collect_between_requests(void)
{
    gc_stats_t st;
    gc_get_stats(&st);
    if (heap_after_major && st.heap_bytes < heap_after_major + heap_after_major / 2)
        return;
    if (heap_after_major)
        gc_collect(GC_MAJOR);
    gc_get_stats(&st);
    heap_after_major = st.heap_bytes;
}

void phpvm_request_end(void)
{
    if (shutdown_fns)
        shutdown_fns = rt_from_ptr(phpvm_array_new(0));
    phpvm_ob_end_all(false);
    phpvm_output_begin(NULL);
    rt_exc_clear();
    phpvm_vm->main_frame = NULL;
    phpvm_vm->globals_extra = phpvm_array_new(0);
    phpvm_vm->included = phpvm_array_new(0);
    phpvm_vm->functions = phpvm_array_dup(phpvm_arr(base.functions));
    phpvm_vm->classes = phpvm_array_dup(phpvm_arr(base.classes));
    phpvm_vm->constants = phpvm_array_dup(phpvm_arr(base.constants));
    rt_version_bump(&phpvm_vm->functions_version);
    rt_version_bump(&phpvm_vm->constants_version);
    phpvm_vm->next_object_id = base.ini.next_object_id;
    phpvm_vm->precision = base.ini.precision;
    phpvm_vm->serialize_precision = base.ini.serialize_precision;
    phpvm_vm->display_errors = base.ini.display_errors;
    phpvm_vm->log_errors = base.ini.log_errors;
    phpvm_vm->html_errors = base.ini.html_errors;
    phpvm_vm->include_path = base.ini.include_path;
    phpvm_vm->default_charset = base.ini.default_charset;
    phpvm_vm->internal_encoding = base.ini.internal_encoding;
    phpvm_vm->max_execution_time = base.ini.max_execution_time;
    phpvm_vm->memory_limit = base.ini.memory_limit;
    phpvm_vm->exit_status = 0;
    phpvm_vm->exiting = false;
    phpvm_bcalls = NULL;
    phpvm_cur_builtin = NULL;
    collect_between_requests();
}

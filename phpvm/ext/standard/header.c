/*
** header.c: ext/standard's functions that reach the request's SAPI: header, header_remove,
** headers_sent, headers_list, http_response_code, setcookie, setrawcookie, is_uploaded_file,
** move_uploaded_file, php_sapi_name, getenv, error_log, register_shutdown_function. They check what PHP itself checks ("headers already
** sent", argument types) and hand the rest to the SAPI (phpvm.h), which owns the response; under
** the CLI's default SAPI headers go nowhere, as with php-cli.
*/
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "phpvm/interp.h"

#define UNUSED (void)self

/* The CLI's http_response_code() (0: never set, which reads as false). */
static int cli_response_code;

/* False, with PHP's warning, once output has started. */
static bool can_send(void)
{
    const char *file;
    int line;
    if (!phpvm_output_started(&file, &line))
        return true;
    if (file)
        phpvm_error(PHPVM_E_WARNING,
                    "Cannot modify header information - headers already sent by (output started "
                    "at %s:%d)",
                    file, line);
    else
        phpvm_error(PHPVM_E_WARNING, "Cannot modify header information - headers already sent");
    return false;
}

static rt_value_t fn_header(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *line = phpvm_arg_str(args, argc, 0);
    if (!line)
        return RT_NOVALUE;
    bool replace = !phpvm_arg_given(argc, args, 1) || phpvm_arg_bool(args, argc, 1);
    int64_t code = 0;
    if (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &code))
        return RT_NOVALUE;
    if (!can_send())
        return rt_none;
    const phpvm_sapi_t *sapi = phpvm_output_sapi();
    const char *err = NULL;
    if (sapi) {
        if (!sapi->header(sapi->ctx, line->data, replace, (int)code, &err))
            phpvm_error(PHPVM_E_WARNING, "%s", err);
        return rt_none;
    }
    /* The CLI keeps no headers, but PHP's checks still apply. */
    size_t len = (size_t)line->len;
    while (len > 0 && (line->data[len - 1] == ' ' || line->data[len - 1] == '\t' ||
                       line->data[len - 1] == '\r' || line->data[len - 1] == '\n'))
        len--;
    if (memchr(line->data, '\n', len) || memchr(line->data, '\r', len))
        phpvm_error(PHPVM_E_WARNING,
                    "Header may not contain more than a single header, new line detected");
    else if (code > 0)
        cli_response_code = (int)code;
    return rt_none;
}

static rt_value_t fn_header_remove(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = NULL;
    if (phpvm_arg_given(argc, args, 0) && args[0] != rt_none &&
        !(name = phpvm_arg_str(args, argc, 0)))
        return RT_NOVALUE;
    const phpvm_sapi_t *sapi = phpvm_output_sapi();
    if (can_send() && sapi)
        sapi->header_remove(sapi->ctx, name ? name->data : NULL);
    return rt_none;
}

static rt_value_t fn_headers_sent(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    const char *file;
    int line;
    bool sent = phpvm_output_started(&file, &line);
    if (argc > 0 && phpvm_is_ref(args[0]))
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[0]), phpvm_cstr(sent && file ? file : ""));
    if (argc > 1 && phpvm_is_ref(args[1]))
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[1]), rt_small(sent ? line : 0));
    return rt_bool(sent);
}

static void add_line(void *arg, const char *line)
{
    phpvm_array_append(arg, phpvm_cstr(line));
}

static rt_value_t fn_headers_list(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    phpvm_array_t *a = phpvm_array_new(0);
    const phpvm_sapi_t *sapi = phpvm_output_sapi();
    if (sapi)
        sapi->headers_list(sapi->ctx, add_line, a);
    return rt_from_ptr(a);
}

static rt_value_t fn_http_response_code(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t code = 0;
    if (phpvm_arg_given(argc, args, 0) && !phpvm_arg_long(args, argc, 0, &code))
        return RT_NOVALUE;
    const phpvm_sapi_t *sapi = phpvm_output_sapi();
    if (code) { /* PHP 8.2 sets it even after output, without a warning */
        int old = sapi ? sapi->response_code(sapi->ctx, (int)code) : cli_response_code;
        if (!sapi)
            cli_response_code = (int)code;
        return old ? rt_small(old) : rt_true;
    }
    int cur = sapi ? sapi->response_code(sapi->ctx, 0) : cli_response_code;
    return cur ? rt_small(cur) : rt_false;
}

/* A string option or argument, "" when absent; NULL with a TypeError pending. */
static const char *opt_str(rt_value_t v)
{
    if (v == RT_NOVALUE || v == rt_none)
        return "";
    rt_str_t *s = phpvm_to_str(phpvm_deref(v));
    return s ? s->data : NULL;
}

/* setcookie's third argument as an options array. False with an exception pending. */
static bool cookie_options(phpvm_array_t *o, phpvm_cookie_t *c)
{
    for (int64_t p = phpvm_array_first(o); p >= 0; p = phpvm_array_next(o, p)) {
        rt_value_t k = phpvm_array_key_at(o, p), v = phpvm_array_val_at(o, p);
        if (!phpvm_is_str(k)) {
            phpvm_throw("ValueError", "%s(): option array cannot have numeric keys",
                        phpvm_cur_builtin);
            return false;
        }
        const char *key = phpvm_str(k)->data;
        if (strcmp(key, "expires") == 0)
            c->expires = phpvm_to_int(v);
        else if (strcmp(key, "path") == 0)
            c->path = opt_str(v);
        else if (strcmp(key, "domain") == 0)
            c->domain = opt_str(v);
        else if (strcmp(key, "secure") == 0)
            c->secure = phpvm_to_bool(v);
        else if (strcmp(key, "httponly") == 0)
            c->httponly = phpvm_to_bool(v);
        else if (strcmp(key, "samesite") == 0)
            c->samesite = opt_str(v);
        else {
            phpvm_throw("ValueError", "%s(): option \"%s\" is invalid", phpvm_cur_builtin, key);
            return false;
        }
        if (!c->path || !c->domain || !c->samesite)
            return false;
    }
    return true;
}

static rt_value_t set_cookie(rt_value_t *args, int argc, bool raw)
{
    phpvm_cookie_t c = {.raw = raw, .path = "", .domain = "", .samesite = ""};
    rt_str_t *name = phpvm_arg_str(args, argc, 0);
    if (!name)
        return RT_NOVALUE;
    c.name = name->data;
    c.value = phpvm_arg_given(argc, args, 1) ? opt_str(args[1]) : "";
    if (!c.value)
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 2) && phpvm_is_array(phpvm_deref(args[2]))) {
        if (argc > 3)
            return phpvm_throw("ArgumentCountError",
                               "%s(): Expects exactly 3 arguments when argument #3 "
                               "($expires_or_options) is an array",
                               phpvm_cur_builtin);
        if (!cookie_options(phpvm_arr(phpvm_deref(args[2])), &c))
            return RT_NOVALUE;
    } else {
        if (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &c.expires))
            return RT_NOVALUE;
        if (!(c.path = phpvm_arg_given(argc, args, 3) ? opt_str(args[3]) : "") ||
            !(c.domain = phpvm_arg_given(argc, args, 4) ? opt_str(args[4]) : ""))
            return RT_NOVALUE;
        c.secure = phpvm_arg_given(argc, args, 5) && phpvm_arg_bool(args, argc, 5);
        c.httponly = phpvm_arg_given(argc, args, 6) && phpvm_arg_bool(args, argc, 6);
    }
    if (!can_send())
        return rt_false;
    const phpvm_sapi_t *sapi = phpvm_output_sapi();
    if (!sapi)
        return rt_true;
    const char *err = NULL;
    if (!sapi->cookie(sapi->ctx, &c, &err))
        return phpvm_throw("ValueError", "%s(): %s", phpvm_cur_builtin, err);
    return rt_true;
}

static rt_value_t fn_setcookie(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return set_cookie(args, argc, false);
}

static rt_value_t fn_setrawcookie(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return set_cookie(args, argc, true);
}

static bool is_upload(const char *path)
{
    const phpvm_sapi_t *sapi = phpvm_output_sapi();
    return sapi && sapi->is_upload && sapi->is_upload(sapi->ctx, path);
}

static rt_value_t fn_is_uploaded_file(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    return path ? rt_bool(is_upload(path->data)) : RT_NOVALUE;
}

/* Copies from to to (a rename across file systems). */
static bool copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb");
    FILE *out = in ? fopen(to, "wb") : NULL;
    bool ok = out != NULL;
    char buf[65536];
    size_t n;
    while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0)
        ok = fwrite(buf, 1, n, out) == n;
    if (out && fclose(out) != 0)
        ok = false;
    if (in)
        fclose(in);
    if (ok)
        unlink(from);
    return ok;
}

static rt_value_t fn_move_uploaded_file(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *from = phpvm_arg_str(args, argc, 0);
    rt_str_t *to = from ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!to)
        return RT_NOVALUE;
    if (!is_upload(from->data))
        return rt_false;
    if (rename(from->data, to->data) != 0 && (errno != EXDEV || !copy_file(from->data, to->data))) {
        phpvm_error(PHPVM_E_WARNING, "move_uploaded_file(%s): Failed to open stream: %s",
                    to->data, strerror(errno));
        phpvm_error(PHPVM_E_WARNING, "move_uploaded_file(): Unable to move \"%s\" to \"%s\"",
                    from->data, to->data);
        return rt_false;
    }
    const phpvm_sapi_t *sapi = phpvm_output_sapi();
    sapi->forget_upload(sapi->ctx, from->data);
    return rt_true;
}

static rt_value_t fn_php_sapi_name(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    return phpvm_cstr(phpvm_sapi_name());
}

static rt_value_t fn_getenv(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    extern char **environ;
    if (!phpvm_arg_given(argc, args, 0) || args[0] == rt_none) {
        phpvm_array_t *a = phpvm_array_new(0);
        for (char **e = environ; e && *e; e++) {
            const char *eq = strchr(*e, '=');
            if (eq && eq != *e)
                phpvm_array_set(a, phpvm_key(phpvm_str_value(*e, (size_t)(eq - *e))),
                                phpvm_cstr(eq + 1));
        }
        return rt_from_ptr(a);
    }
    rt_str_t *name = phpvm_arg_str(args, argc, 0);
    if (!name)
        return RT_NOVALUE;
    const phpvm_sapi_t *sapi = phpvm_output_sapi();
    const char *v = sapi && sapi->getenv ? sapi->getenv(sapi->ctx, name->data) : NULL;
    if (!v)
        v = getenv(name->data);
    return v ? phpvm_cstr(v) : rt_false;
}

static rt_value_t fn_register_shutdown_function(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t callee, ctx;
    if (!phpvm_callable(args[0], &callee, &ctx, false)) {
        rt_str_t *name = phpvm_is_str(args[0]) ? phpvm_str(args[0]) : NULL;
        return phpvm_throw("TypeError",
                           "register_shutdown_function(): Argument #1 ($callback) must be a valid "
                           "callback, %s%s%s",
                           name ? "function \"" : "no array or string given",
                           name ? name->data : "", name ? "\" not found or invalid function name"
                                                         : "");
    }
    phpvm_request_on_shutdown(args[0], args + 1, argc - 1);
    return rt_none;
}

/* error_log($message, $type, $destination): type 0 to the SAPI's log (the server's error log),
** type 3 appended to the file $destination; the others are not supported (false). */
static rt_value_t fn_error_log(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *msg = phpvm_arg_str(args, argc, 0);
    if (!msg)
        return RT_NOVALUE;
    int64_t type = 0;
    if (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &type))
        return RT_NOVALUE;
    if (type == 3) {
        rt_str_t *dest = phpvm_arg_given(argc, args, 2) ? phpvm_arg_str(args, argc, 2) : NULL;
        FILE *f = dest ? fopen(dest->data, "ab") : NULL;
        if (!f)
            return rt_false;
        bool ok = fwrite(msg->data, 1, (size_t)msg->len, f) == (size_t)msg->len;
        return rt_bool(fclose(f) == 0 && ok);
    }
    if (type != 0)
        return rt_false;
    const phpvm_sapi_t *sapi = phpvm_output_sapi();
    if (sapi && sapi->log) {
        sapi->log(sapi->ctx, msg->data);
    } else {
        fflush(stdout);
        fprintf(stderr, "%s\n", msg->data);
    }
    return rt_true;
}

/* Forgets the CLI's response code (a new script). */
void phpvm_header_reset(void) { cli_response_code = 0; }

const phpvm_builtin_t phpvm_ext_header[] = {
    {"header", fn_header, 1, 3, "header,replace,response_code", 0},
    {"header_remove", fn_header_remove, 0, 1, "name", 0},
    {"headers_sent", fn_headers_sent, 0, 2, "filename,line", 3},
    {"headers_list", fn_headers_list, 0, 0, "", 0},
    {"http_response_code", fn_http_response_code, 0, 1, "response_code", 0},
    {"setcookie", fn_setcookie, 1, 7, "name,value,expires_or_options,path,domain,secure,httponly",
     0},
    {"setrawcookie", fn_setrawcookie, 1, 7,
     "name,value,expires_or_options,path,domain,secure,httponly", 0},
    {"is_uploaded_file", fn_is_uploaded_file, 1, 1, "filename", 0},
    {"move_uploaded_file", fn_move_uploaded_file, 2, 2, "from,to", 0},
    {"php_sapi_name", fn_php_sapi_name, 0, 0, "", 0},
    {"getenv", fn_getenv, 0, 2, "name,local_only", 0},
    {"register_shutdown_function", fn_register_shutdown_function, 1, -1, "callback,args", 0},
    {"error_log", fn_error_log, 1, 4, "message,message_type,destination,additional_headers", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/*
** php.c: the request runner that joins the request layer to the PHP VM (ARCHITECTURE.md section
** 7): for each CGI or FastCGI request it reads the environment and body with env.c/post.c,
** stores the variables in phpvm's superglobals, serves phpvm's SAPI hooks (output, header(),
** setcookie(), uploads, the error log) from a cgi_response_t, runs the script with
** phpvm_request_run and resets the VM with phpvm_request_end. Used by hippy-c-cgi and by
** `pyhyp --cgi` / `pyhyp --fastcgi`; the rest of cgi/ stays independent of phpvm.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "bridge/bridge.h"
#include "cgi/cgi.h"
#include "phpvm/phpvm.h"

extern char **environ;

/* One request in flight. */
typedef struct req {
    const cgi_php_t *php;
    const cgi_io_t *io;
    char *const *envp; /* the request's variables (CGI: the environment; FastCGI: parameters) */
    cgi_request_t creq;
    cgi_response_t resp;
    cgi_body_t body;
    double now;
    bool gone; /* a write failed: the client went away */
} req_t;

/* ---- Settings ---- */

/* php-cgi's built-in values where they differ from php-cli's (or pyhyp's CLI, which sets no
** memory_limit); -d settings come after them. */
static const phpvm_ini_t cgi_defaults[] = {
    {"html_errors", 11, "1"},
    {"max_execution_time", 18, "30"},
    {"memory_limit", 12, "128M"},
};
enum { NDEFAULTS = sizeof cgi_defaults / sizeof cgi_defaults[0] };

bool cgi_php_init(cgi_php_t *php, const cgi_php_ini_t *ini, int nini, bool fastcgi)
{
    cgi_config_init(&php->cfg);
    php->fastcgi = fastcgi;
    /* php-cgi checks REDIRECT_STATUS only as a CGI program, not as a FastCGI server. */
    php->cfg.force_redirect = !fastcgi;
    phpvm_ini_t *vm = calloc((size_t)nini + NDEFAULTS, sizeof *vm);
    if (!vm)
        return false;
    int n = 0;
    for (int i = 0; i < NDEFAULTS; i++)
        vm[n++] = cgi_defaults[i];
    for (int i = 0; i < nini; i++)
        if (!cgi_config_set(&php->cfg, ini[i].key, (size_t)ini[i].key_len, ini[i].value))
            vm[n++] = (phpvm_ini_t){ini[i].key, ini[i].key_len, ini[i].value};
    static char *no_args[] = {"", NULL}; /* sys.argv of a web request, as CPython embedded */
    bridge_install(1, no_args);       /* PHP pages may import Python */
    phpvm_init(vm, n);
    free(vm);
    return true;
}

/* ---- The SAPI hooks ---- */

static bool send_headers(req_t *r)
{
    if (r->resp.sent)
        return true;
    r->resp.charset = phpvm_request_charset();
    if (!cgi_response_send(&r->resp, r->io->write, r->io->ctx, NULL, 0))
        r->gone = true;
    return !r->gone;
}

static bool sapi_write(void *ctx, const char *s, size_t n)
{
    req_t *r = ctx;
    if (!send_headers(r))
        return false;
    if (n && !r->gone && !r->io->write(r->io->ctx, s, n))
        r->gone = true;
    return !r->gone;
}

static void sapi_flush(void *ctx)
{
    req_t *r = ctx;
    if (send_headers(r) && r->io->flush)
        r->io->flush(r->io->ctx);
}

static bool sapi_header(void *ctx, const char *line, bool replace, int code, const char **err)
{
    req_t *r = ctx;
    r->resp.charset = phpvm_request_charset();
    return cgi_response_header(&r->resp, line, replace, code, err);
}

static void sapi_header_remove(void *ctx, const char *name)
{
    req_t *r = ctx;
    cgi_response_remove(&r->resp, name);
}

static int sapi_response_code(void *ctx, int code)
{
    req_t *r = ctx;
    return cgi_response_code(&r->resp, code);
}

static void sapi_headers_list(void *ctx, void (*each)(void *arg, const char *line), void *arg)
{
    req_t *r = ctx;
    for (int i = 0; i < r->resp.nheaders; i++)
        each(arg, r->resp.headers[i].line);
    if (r->resp.sent && r->resp.default_content_type)
        each(arg, cgi_response_default_type(&r->resp));
}

static bool sapi_cookie(void *ctx, const phpvm_cookie_t *c, const char **err)
{
    req_t *r = ctx;
    cgi_cookie_t cc = {
        .name = c->name, .value = c->value, .expires = c->expires, .path = c->path,
        .domain = c->domain, .samesite = c->samesite, .secure = c->secure,
        .httponly = c->httponly, .raw = c->raw,
    };
    char *line = cgi_cookie_format(&cc, (int64_t)r->now, err);
    if (!line)
        return false;
    bool ok = cgi_response_header(&r->resp, line, false, 0, err);
    free(line);
    return ok;
}

static void sapi_log(void *ctx, const char *msg)
{
    req_t *r = ctx;
    r->io->log(r->io->ctx, msg);
}

static bool sapi_is_upload(void *ctx, const char *path)
{
    req_t *r = ctx;
    return r->body.uploads && cgi_multipart_is_upload(r->body.uploads, path);
}

static void sapi_forget_upload(void *ctx, const char *path)
{
    req_t *r = ctx;
    if (r->body.uploads)
        cgi_multipart_forget(r->body.uploads, path);
}

static const char *sapi_getenv(void *ctx, const char *name)
{
    req_t *r = ctx;
    size_t n = strlen(name);
    for (char *const *e = r->envp; e && *e; e++)
        if (strncmp(*e, name, n) == 0 && (*e)[n] == '=')
            return *e + n + 1;
    return NULL;
}

/* ---- Filling the superglobals ---- */

static const phpvm_sg_t track_sg[] = {
    [CGI_TRACK_GET] = PHPVM_SG_GET,
    [CGI_TRACK_POST] = PHPVM_SG_POST,
    [CGI_TRACK_COOKIE] = PHPVM_SG_COOKIE,
    [CGI_TRACK_FILES] = PHPVM_SG_FILES,
};

static bool sink_set(void *ctx, const cgi_var_t *v)
{
    (void)ctx;
    phpvm_key_t path[1 + 64];
    int n = 0;
    path[n++] = (phpvm_key_t){v->name, v->name_len};
    for (int i = 0; i < v->nsegs && n < (int)(sizeof path / sizeof path[0]); i++)
        path[n++] = (phpvm_key_t){v->segs[i].s, v->segs[i].len};
    phpvm_scalar_t val = v->is_int ? (phpvm_scalar_t){.type = 'i', .i = v->ivalue}
                                   : (phpvm_scalar_t){.type = 's', .s = v->value,
                                                      .len = v->value_len};
    phpvm_request_set(track_sg[v->track], path, n, &val, v->keep_existing);
    return true;
}

static void sink_drop(void *ctx, cgi_track_t track, const char *name, size_t len)
{
    (void)ctx;
    phpvm_request_drop(track_sg[track], name, len);
}

/* The request layer's warnings that PHP raises with zend_error rather than php_error_docref,
** so without the "PHP Request Startup: " its other warnings get (rfc1867.c's parse errors). */
static const char *const unprefixed[] = {
    "Missing boundary", "Invalid boundary", "Maximum number of allowable file uploads",
    "File Upload Mime headers garbled", "File upload error",
};

static void sink_warning(void *ctx, const char *msg)
{
    (void)ctx;
    for (size_t i = 0; i < sizeof unprefixed / sizeof unprefixed[0]; i++) {
        if (strncmp(msg, unprefixed[i], strlen(unprefixed[i])) == 0) {
            phpvm_request_warning(msg);
            return;
        }
    }
    char buf[1024];
    snprintf(buf, sizeof buf, "PHP Request Startup: %s", msg);
    phpvm_request_warning(buf);
}

/* NAME=value strings into a superglobal. */
static void fill_env(phpvm_sg_t sg, char *const *env)
{
    for (char *const *e = env; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        phpvm_key_t k = {*e, (size_t)(eq - *e)};
        phpvm_scalar_t v = {.type = 's', .s = eq + 1, .len = strlen(eq + 1)};
        phpvm_request_set(sg, &k, 1, &v, false);
    }
}

/* $_ENV (variables_order "EGPCS") and, under FastCGI, the start of $_SERVER from the process
** environment and the request's parameters, as php-cgi imports them; then $_SERVER from the
** request. */
static void fill_server(const cgi_request_t *q, char *const *envp, bool fastcgi)
{
    fill_env(PHPVM_SG_ENV, environ);
    if (fastcgi) {
        fill_env(PHPVM_SG_ENV, envp);
        fill_env(PHPVM_SG_SERVER, environ);
    }
    for (int i = 0; i < q->nserver; i++) {
        const cgi_server_var_t *s = &q->server[i];
        phpvm_key_t k = {s->name, strlen(s->name)};
        /* env.c's types ('s', 'i', 'f', 'a') are phpvm_scalar_t's. */
        phpvm_scalar_t v = {.type = s->type, .s = s->value, .len = strlen(s->value)};
        if (v.type == 'i')
            v.i = strtoll(s->value, NULL, 10);
        else if (v.type == 'f')
            v.d = strtod(s->value, NULL);
        phpvm_request_set(PHPVM_SG_SERVER, &k, 1, &v, false);
        if (s->type != 'a')
            continue;
        phpvm_key_t path[2] = {k, {NULL, 0}};
        for (int j = 0; j < q->argc; j++) {
            phpvm_scalar_t a = {.type = 's', .s = q->argv[j], .len = strlen(q->argv[j])};
            phpvm_request_set(PHPVM_SG_SERVER, path, 2, &a, false);
        }
    }
}

/* ---- The runner ---- */

/* A request refused before any script runs (force_redirect, no input file). Returns the exit
** status php-cgi gives it. */
static int refuse(req_t *r)
{
    cgi_response_code(&r->resp, r->creq.status);
    if (r->creq.error_raw || cgi_response_send(&r->resp, r->io->write, r->io->ctx, NULL, 0))
        r->io->write(r->io->ctx, r->creq.error_body, strlen(r->creq.error_body));
    return r->creq.error_raw ? 255 : 0;
}

int cgi_php_run(void *ctx, char *const *envp, const cgi_io_t *io)
{
    const cgi_php_t *php = ctx;
    req_t r = {.php = php, .io = io, .envp = envp};
    struct timeval tv;
    gettimeofday(&tv, NULL);
    r.now = (double)tv.tv_sec + tv.tv_usec / 1e6;
    cgi_response_init(&r.resp);
    if (!cgi_env_read(&php->cfg, envp, r.now, &r.creq)) {
        io->log(io->ctx, "hippy-c-cgi: out of memory reading the request");
        return 1;
    }
    int status = 0;
    if (r.creq.status) {
        status = refuse(&r);
        goto done;
    }
    phpvm_sapi_t sapi = {
        .ctx = &r, .write = sapi_write, .flush = sapi_flush, .header = sapi_header,
        .header_remove = sapi_header_remove, .response_code = sapi_response_code,
        .headers_list = sapi_headers_list, .cookie = sapi_cookie, .log = sapi_log,
        .is_upload = sapi_is_upload, .forget_upload = sapi_forget_upload,
        .getenv = sapi_getenv, .name = "cgi-fcgi",
    };
    phpvm_request_begin(&sapi);
    fill_server(&r.creq, envp, php->fastcgi);
    cgi_sink_t sink = {&r, sink_set, sink_drop, sink_warning};
    if (r.creq.query_string)
        cgi_query_parse(&php->cfg, &sink, CGI_TRACK_GET, r.creq.query_string,
                        strlen(r.creq.query_string));
    cgi_post_read(&php->cfg, &sink, &r.creq, io, &r.body);
    if (r.creq.cookie)
        cgi_cookie_parse(&php->cfg, &sink, r.creq.cookie);
    status = phpvm_request_run(r.creq.script_filename);
    send_headers(&r);
    if (phpvm_request_timed_out())
        status = CGI_RUN_RETIRE; /* a signal cut the VM short: serve no more */
    phpvm_request_end();
    cgi_post_free(&r.body);
done:
    cgi_response_free(&r.resp);
    cgi_env_free(&r.creq);
    return status;
}

/* $PHPRC's settings. Their strings stay in use (phpvm keeps some, e.g. include_path), so the
** file's text lives as long as the process. */
static char *ini_text;
static cgi_php_ini_t *file;

int cgi_php_main(bool fastcgi, const char *bind, const cgi_php_ini_t *ini, int nini,
                 char *const *envp)
{
    int nfile = 0;
    const char *phprc = getenv("PHPRC");
    if (phprc && *phprc)
        ini_text = cgi_config_read_ini(phprc, &file, &nfile);
    cgi_php_ini_t *all = calloc((size_t)(nfile + nini) + 1, sizeof *all);
    if (all) {
        if (nfile)
            memcpy(all, file, (size_t)nfile * sizeof *all);
        if (nini)
            memcpy(all + nfile, ini, (size_t)nini * sizeof *all);
    }
    cgi_php_t php;
    bool ok = all && cgi_php_init(&php, all, nfile + nini, fastcgi);
    free(all);
    if (!ok) {
        fputs("hippy-c-cgi: out of memory\n", stderr);
        return 1;
    }
    if (!fastcgi) {
        int status = cgi_fastcgi_serve_cgi(envp, cgi_php_run, &php);
        return status == CGI_RUN_RETIRE ? 255 : status;
    }
    cgi_fastcgi_opts_t opts;
    cgi_fastcgi_opts_init(&opts, bind);
    return cgi_fastcgi_serve(&opts, cgi_php_run, &php);
}

/*
** env.c: the CGI/1.1 request (RFC 3875) from the environment, as php-cgi 8.2 reads it: the
** cgi.force_redirect check, the script's resolution with cgi.fix_pathinfo, "No input file
** specified.", and what $_SERVER holds (every variable, then PHP_SELF, REQUEST_TIME_FLOAT,
** REQUEST_TIME, argv, argc). Deliberately stricter than php-cgi in one place: a script found by
** walking back a path (/upload.jpg/x.php) must also carry an extension of limit_extensions,
** as php-fpm's security.limit_extensions demands, so uploaded files never run as PHP.
*/
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cgi/cgi.h"

static const char security_alert[] =
    "<b>Security Alert!</b> The PHP CGI cannot be accessed directly.\n"
    "\n"
    "<p>This PHP CGI binary was compiled with force-cgi-redirect enabled.  This\n"
    "means that a page will only be served up if the REDIRECT_STATUS CGI variable is\n"
    "set, e.g. via an Apache Action directive.</p>\n"
    "<p>For more information as to <i>why</i> this behaviour exists, see the <a "
    "href=\"http://php.net/security.cgi-bin\">manual page for CGI security</a>.</p>\n"
    "<p>For more information about changing this behaviour or re-enabling this webserver,\n"
    "consult the installation file that came with this distribution, or visit \n"
    "<a href=\"http://php.net/install.windows\">the manual page</a>.</p>\n";

const char *cgi_env_get(const cgi_request_t *req, const char *name)
{
    for (int i = 0; i < req->nserver; i++)
        if (strcmp(req->server[i].name, name) == 0)
            return req->server[i].value;
    return NULL;
}

/* Sets $_SERVER[name] (replacing in place, else appending); takes no ownership of its inputs. */
static bool set_var(cgi_request_t *req, const char *name, size_t name_len, const char *value,
                    char type)
{
    char *v = strdup(value);
    if (!v)
        return false;
    for (int i = 0; i < req->nserver; i++) {
        if (strlen(req->server[i].name) == name_len &&
            memcmp(req->server[i].name, name, name_len) == 0) {
            free(req->server[i].value);
            req->server[i].value = v;
            req->server[i].type = type;
            return true;
        }
    }
    cgi_server_var_t *grown = realloc(req->server, (size_t)(req->nserver + 1) * sizeof *grown);
    if (!grown) {
        free(v);
        return false;
    }
    req->server = grown;
    char *n = strndup(name, name_len);
    if (!n) {
        free(v);
        return false;
    }
    req->server[req->nserver++] = (cgi_server_var_t){n, v, type};
    return true;
}

static bool set(cgi_request_t *req, const char *name, const char *value)
{
    return set_var(req, name, strlen(name), value, 's');
}

static void refuse(cgi_request_t *req, int status, const char *body)
{
    req->status = status;
    req->error_body = body;
}

static bool is_regular_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool has_allowed_extension(const cgi_config_t *cfg, const char *path)
{
    const char *list = cfg->limit_extensions;
    if (!*list)
        return true;
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash : path, '.');
    if (!dot)
        return false;
    size_t dlen = strlen(dot);
    for (const char *p = list; *p;) {
        p += strspn(p, " ");
        size_t n = strcspn(p, " ");
        if (n == dlen && memcmp(p, dot, n) == 0)
            return true;
        p += n;
    }
    return false;
}

static char *concat(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *s = malloc(la + lb + 1);
    if (s) {
        memcpy(s, a, la);
        memcpy(s + la, b, lb + 1);
    }
    return s;
}

/* cgi.fix_pathinfo: SCRIPT_FILENAME names no file, so the longest leading path that is a regular
** file is the script and the rest is PATH_INFO; SCRIPT_NAME loses that suffix, PATH_TRANSLATED
** becomes DOCUMENT_ROOT + PATH_INFO. The ORIG_ variables keep what the server sent. */
static bool split_path_info(cgi_request_t *req, const char *full)
{
    char *pt = strdup(full);
    if (!pt)
        return false;
    char *slash;
    while ((slash = strrchr(pt, '/')) != NULL) {
        *slash = '\0';
        if (*pt && is_regular_file(pt))
            break;
    }
    if (!slash) {
        free(pt);
        return true; /* nothing found: script_filename stays NULL */
    }
    /* As php-cgi with a server other than Apache: PATH_INFO becomes the tail of the server's
    ** PATH_INFO that the file system left over, when the server's is longer; otherwise the
    ** server's PATH_INFO (or its absence, e.g. lighttpd's "index.php/") stands. */
    size_t slen = strlen(full) - strlen(pt);
    const char *old_pi = cgi_env_get(req, "PATH_INFO");
    size_t pilen = old_pi ? strlen(old_pi) : 0;
    const char *path_info = old_pi && pilen > slen ? old_pi + pilen - slen : old_pi;
    bool ok = true;
    if (path_info && path_info != old_pi) {
        char *pi = strdup(path_info);
        ok = pi && set(req, "ORIG_PATH_INFO", old_pi) && set(req, "PATH_INFO", pi);
        free(pi);
        path_info = cgi_env_get(req, "PATH_INFO");
    }
    ok = ok && set(req, "ORIG_SCRIPT_FILENAME", full) && set(req, "SCRIPT_FILENAME", pt);
    if (!path_info) {
        req->script_filename = pt;
        return ok;
    }
    const char *sn = cgi_env_get(req, "SCRIPT_NAME");
    size_t sl = sn ? strlen(sn) : 0, pl = strlen(path_info);
    if (ok && sn && sl > pl && strcmp(sn + sl - pl, path_info) == 0) {
        char *stripped = strndup(sn, sl - pl);
        ok = stripped && set(req, "ORIG_SCRIPT_NAME", sn) && set(req, "SCRIPT_NAME", stripped);
        free(stripped);
    }
    const char *root = cgi_env_get(req, "DOCUMENT_ROOT");
    if (ok && root) {
        char *translated = concat(root, path_info);
        ok = translated && set(req, "PATH_TRANSLATED", translated);
        free(translated);
    }
    req->script_filename = pt;
    return ok;
}

/* Finds the script; on refusal sets req->status. Returns false on out-of-memory only. */
static bool resolve_script(const cgi_config_t *cfg, cgi_request_t *req)
{
    if (cfg->force_redirect && !cgi_env_get(req, "REDIRECT_STATUS") &&
        !cgi_env_get(req, "HTTP_REDIRECT_STATUS")) {
        refuse(req, 403, security_alert);
        req->error_raw = true;
        return true;
    }
    const char *path = cgi_env_get(req, "SCRIPT_FILENAME");
    if (!path)
        path = cgi_env_get(req, "PATH_TRANSLATED");
    if (path && *path) {
        size_t len = strlen(path);
        if (path[len - 1] != '/' && is_regular_file(path)) {
            req->script_filename = strdup(path);
            if (!req->script_filename)
                return false;
        } else if (cfg->fix_pathinfo) {
            char *copy = strdup(path); /* set() below may replace the variable path points at */
            bool ok = copy && split_path_info(req, copy);
            free(copy);
            if (!ok)
                return false;
        }
    }
    if (!req->script_filename || access(req->script_filename, R_OK) != 0) {
        refuse(req, 404, "No input file specified.\n");
        return true;
    }
    if (!has_allowed_extension(cfg, req->script_filename))
        refuse(req, 403, "Access denied.\n");
    return true;
}

/* PHP_SELF as php-cgi computes it: SCRIPT_NAME + PATH_INFO with fix_pathinfo, else PATH_INFO or
** SCRIPT_NAME. */
static bool set_php_self(const cgi_config_t *cfg, cgi_request_t *req)
{
    const char *sn = cgi_env_get(req, "SCRIPT_NAME");
    const char *pi = cgi_env_get(req, "PATH_INFO");
    char *self = cfg->fix_pathinfo ? concat(sn ? sn : "", pi ? pi : "")
                                   : strdup(pi ? pi : sn ? sn : "");
    bool ok = self && set(req, "PHP_SELF", self);
    free(self);
    return ok;
}

/* argv as php_build_argv makes it from the query string: split at '+', nothing decoded. */
static bool build_argv(cgi_request_t *req)
{
    const char *q = req->query_string ? req->query_string : "";
    int n = *q ? 1 : 0;
    for (const char *p = q; *p; p++)
        n += *p == '+';
    req->argv = calloc((size_t)n + 1, sizeof *req->argv);
    if (!req->argv)
        return false;
    for (const char *p = q; req->argc < n; p++) {
        size_t len = strcspn(p, "+");
        if (!(req->argv[req->argc++] = strndup(p, len)))
            return false;
        p += len;
    }
    char num[24];
    snprintf(num, sizeof num, "%d", req->argc);
    return set_var(req, "argv", 4, "", 'a') && set_var(req, "argc", 4, num, 'i');
}

bool cgi_env_read(const cgi_config_t *cfg, char *const *envp, double now, cgi_request_t *req)
{
    *req = (cgi_request_t){.content_length = -1};
    for (char *const *e = envp; *e; e++) {
        const char *eq = strchr(*e, '=');
        if (eq && eq != *e && !set_var(req, *e, (size_t)(eq - *e), eq + 1, 's'))
            goto fail;
    }
    if (!resolve_script(cfg, req) || !set_php_self(cfg, req))
        goto fail;
    char num[40];
    snprintf(num, sizeof num, "%.6f", now);
    if (!set_var(req, "REQUEST_TIME_FLOAT", 18, num, 'f'))
        goto fail;
    snprintf(num, sizeof num, "%lld", (long long)now);
    if (!set_var(req, "REQUEST_TIME", 12, num, 'i'))
        goto fail;
    /* These point at $_SERVER values: only argv and argc are added after this point. */
    req->method = cgi_env_get(req, "REQUEST_METHOD");
    if (!req->method)
        req->method = "GET";
    req->query_string = cgi_env_get(req, "QUERY_STRING");
    req->content_type = cgi_env_get(req, "CONTENT_TYPE");
    req->cookie = cgi_env_get(req, "HTTP_COOKIE");
    const char *cl = cgi_env_get(req, "CONTENT_LENGTH");
    if (cl && *cl) {
        char *end;
        long long v = strtoll(cl, &end, 10);
        req->content_length = *end || v < 0 ? -1 : v;
    }
    if (cfg->register_argc_argv && !build_argv(req))
        goto fail;
    return true;
fail:
    cgi_env_free(req);
    return false;
}

void cgi_env_free(cgi_request_t *req)
{
    for (int i = 0; i < req->nserver; i++) {
        free(req->server[i].name);
        free(req->server[i].value);
    }
    free(req->server);
    if (req->argv)
        for (int i = 0; i < req->argc; i++)
            free(req->argv[i]);
    free(req->argv);
    free(req->script_filename);
    *req = (cgi_request_t){0};
}

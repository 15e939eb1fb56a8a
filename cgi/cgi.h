/*
** cgi.h: the boundary of cgi/, the web front ends (ARCHITECTURE.md section 7).
** cgi/ parses a request the way php-cgi 8.2 does and hands the result to a consumer through small
** callback interfaces, so it does not depend on the PHP interpreter: phpvm/ builds $_GET, $_POST,
** $_COOKIE, $_FILES and $_SERVER from the calls it receives and runs the script; the tests build a
** text dump instead.
**   config.c    ini-style limits and switches (max_input_vars, post_max_size, cgi.force_redirect...)
**   query.c     urlencoded bodies, query strings and PHP's variable-name syntax (a[b][]=1)
**   cookie.c    HTTP_COOKIE parsing and Set-Cookie formatting
**   multipart.c streaming multipart/form-data parsing and file uploads
**   env.c       the CGI/1.1 request from the environment: $_SERVER, script resolution, security
**   response.c  the response header buffer (header(), http_response_code(), the CGI header block)
**   fastcgi.c   the libfcgi front end: listening socket, pre-forked workers, the request loop
**   php.c       the PHP runner: the request into phpvm's superglobals, phpvm's SAPI hooks served
**               from the response buffer (the only file that includes phpvm/phpvm.h)
*/
#ifndef PYHYP_CGI_H
#define PYHYP_CGI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- config.c ------------------------------------------------------------------------------- */

/* The php.ini settings the request layer obeys, with PHP 8.2's built-in defaults. */
typedef struct cgi_config {
    int64_t max_input_vars;           /* max_input_vars = 1000 */
    int64_t max_input_nesting_level;  /* max_input_nesting_level = 64 */
    int64_t post_max_size;            /* post_max_size = 8M; 0 = unlimited */
    int64_t upload_max_filesize;      /* upload_max_filesize = 2M */
    int64_t max_file_uploads;         /* max_file_uploads = 20 */
    int64_t max_multipart_body_parts; /* -1: max_input_vars + max_file_uploads */
    bool file_uploads;                /* file_uploads = 1 */
    bool force_redirect;              /* cgi.force_redirect = 1 */
    bool fix_pathinfo;                /* cgi.fix_pathinfo = 1 */
    bool register_argc_argv;          /* register_argc_argv = 1 (php-cgi's built-in default) */
    char upload_tmp_dir[256];         /* upload_tmp_dir = "" (then $TMPDIR or /tmp) */
    char limit_extensions[128];       /* scripts we run; php-fpm's security.limit_extensions */
} cgi_config_t;

/* Fills *cfg with the defaults above. */
void cgi_config_init(cgi_config_t *cfg);

/* Applies one `-d key=value`. Sizes take PHP's K/M/G suffixes. Returns false for a key this
** layer does not own (the caller passes it on to phpvm), true otherwise. */
bool cgi_config_set(cgi_config_t *cfg, const char *key, size_t key_len, const char *value);

/* PHP's ini quantity parsing ("8M" -> 8388608, "2g", "512"): leading integer, optional suffix. */
int64_t cgi_config_parse_size(const char *s);

/* The directory uploads go to: upload_tmp_dir, else $TMPDIR, else /tmp. */
const char *cgi_config_tmp_dir(const cgi_config_t *cfg);

/* ---- the variable sink (query.c, cookie.c, multipart.c) ------------------------------------ */

typedef enum cgi_track { CGI_TRACK_GET, CGI_TRACK_POST, CGI_TRACK_COOKIE, CGI_TRACK_FILES } cgi_track_t;

/* One bracket segment of a variable name: a[x] gives {"x", 1}; a[] gives {NULL, 0} ("append"). */
typedef struct cgi_seg {
    const char *s;
    size_t len;
} cgi_seg_t;

/* One variable to store, as php_register_variable_ex would: track[name][segs...] = value.
** name is never empty and already normalized (leading spaces dropped, ' ' and '.' made '_').
** Keys are strings; the consumer turns canonical decimal keys ("12", "-3") into integer keys and
** replaces a non-array met on the path with an empty array, as PHP's symtable does. */
typedef struct cgi_var {
    cgi_track_t track;
    const char *name;
    size_t name_len;
    const cgi_seg_t *segs;
    int nsegs;
    const char *value; /* binary-safe, may hold NULs; NULL when is_int */
    size_t value_len;
    bool is_int; /* $_FILES error and size are integers */
    int64_t ivalue;
    bool keep_existing; /* $_COOKIE: a plain name already present is not overwritten */
} cgi_var_t;

/* What a parser calls. set() returns false on out-of-memory, which stops the parse. drop()
** removes track[name] (PHP does this when a name nests deeper than max_input_nesting_level).
** warning() receives a message without PHP's "PHP Warning:  PHP Request Startup: " prefix. */
typedef struct cgi_sink {
    void *ctx;
    bool (*set)(void *ctx, const cgi_var_t *var);
    void (*drop)(void *ctx, cgi_track_t track, const char *name, size_t name_len);
    void (*warning)(void *ctx, const char *msg);
} cgi_sink_t;

/* ---- query.c -------------------------------------------------------------------------------- */

/* Splits a raw (already decoded) variable name into normalized name and segments, then calls
** sink->set. Implements PHP's rules: leading spaces skipped, ' ' and '.' -> '_' before the first
** '[', an unterminated '[' turns into '_', text after a ']' that is not '[' is ignored, empty
** names are dropped, nesting deeper than cfg->max_input_nesting_level drops the whole variable.
** The name stops at its first NUL, as in PHP. Returns false only when sink->set failed. */
bool cgi_query_register(const cgi_config_t *cfg, const cgi_sink_t *sink, const cgi_var_t *proto,
                        const char *raw_name, size_t raw_len);

/* Decodes %XX and (if plus) '+' in place; returns the new length. Invalid escapes stay as is. */
size_t cgi_query_urldecode(char *s, size_t len, bool plus);

/* Parses a query string ($_GET) or an application/x-www-form-urlencoded body ($_POST), honouring
** max_input_vars with PHP's warning (GET stops before the first variable over the limit, POST
** after it, as php-cgi does). Returns false only on out-of-memory or sink failure. */
bool cgi_query_parse(const cgi_config_t *cfg, const cgi_sink_t *sink, cgi_track_t track,
                     const char *data, size_t len);

/* ---- cookie.c ------------------------------------------------------------------------------- */

/* Parses an HTTP_COOKIE header into $_COOKIE: ';' separated, leading whitespace skipped, names
** raw, values %XX-decoded without '+', first occurrence of a plain name wins. */
bool cgi_cookie_parse(const cgi_config_t *cfg, const cgi_sink_t *sink, const char *header);

typedef struct cgi_cookie {
    const char *name;
    const char *value; /* NULL or "" deletes the cookie, as setcookie() does */
    int64_t expires;   /* Unix time; 0 = session cookie */
    const char *path, *domain, *samesite; /* NULL or "" = absent */
    bool secure, httponly;
    bool raw; /* setrawcookie(): the value is not urlencoded */
} cgi_cookie_t;

/* Formats the "Set-Cookie: ..." header line (no CRLF) setcookie()/setrawcookie() would add, into a
** malloc'ed string the caller frees. now is the current Unix time (for Max-Age). On an invalid
** cookie returns NULL and, if err is not NULL, points *err at PHP's error message. */
char *cgi_cookie_format(const cgi_cookie_t *c, int64_t now, const char **err);

/* ---- multipart.c ---------------------------------------------------------------------------- */

/* $_FILES[...]['error'] values. */
enum {
    CGI_UPLOAD_ERR_OK = 0,
    CGI_UPLOAD_ERR_INI_SIZE = 1,
    CGI_UPLOAD_ERR_FORM_SIZE = 2,
    CGI_UPLOAD_ERR_PARTIAL = 3,
    CGI_UPLOAD_ERR_NO_FILE = 4,
    CGI_UPLOAD_ERR_NO_TMP_DIR = 6,
    CGI_UPLOAD_ERR_CANT_WRITE = 7,
};

typedef struct cgi_multipart cgi_multipart_t;

/* Starts a multipart/form-data parse for the given Content-Type (which carries the boundary).
** Returns NULL with a warning sent to the sink when the boundary is missing or too long.
** The parser keeps a copy of cfg and the sink; temporary files it creates are listed in it. */
cgi_multipart_t *cgi_multipart_new(const cgi_config_t *cfg, const cgi_sink_t *sink,
                                   const char *content_type);

/* Feeds the next chunk of the body (any size, including 1 byte). Returns false once parsing has
** stopped (garbled data, a limit, or a sink failure); further input is then ignored. */
bool cgi_multipart_feed(cgi_multipart_t *mp, const char *data, size_t len);

/* Ends the body: a file part still open becomes UPLOAD_ERR_PARTIAL. Sends the $_FILES entries. */
void cgi_multipart_finish(cgi_multipart_t *mp);

/* Was path created by this request's upload (is_uploaded_file())? */
bool cgi_multipart_is_upload(const cgi_multipart_t *mp, const char *path);

/* move_uploaded_file() bookkeeping: forget path so cgi_multipart_free does not remove it. */
void cgi_multipart_forget(cgi_multipart_t *mp, const char *path);

/* Removes every temporary file still listed and frees the parser. NULL is allowed. */
void cgi_multipart_free(cgi_multipart_t *mp);

/* One request of a FastCGI (or CGI) front end, as the runner sees it. */
typedef struct cgi_io {
    void *ctx;
    /* Reads up to len body bytes; returns the count, 0 at end of body. */
    size_t (*read)(void *ctx, char *buf, size_t len);
    bool (*write)(void *ctx, const char *data, size_t len);
    void (*log)(void *ctx, const char *msg); /* the server's error log (FCGI_STDERR / stderr) */
    void (*flush)(void *ctx); /* push what was written to the server now (flush()); may be NULL */
} cgi_io_t;

/* ---- post.c ------------------------------------------------------------------------------- */

/* The body of a request after cgi_post_read. */
typedef struct cgi_body {
    char *raw; /* php://input: the body unless it was multipart or too large (malloc'ed) */
    size_t raw_len;
    cgi_multipart_t *uploads; /* the upload bookkeeping of a multipart body, or NULL */
} cgi_body_t;

struct cgi_request;

/* Reads the request body from io, never more than CONTENT_LENGTH bytes: a POST with an
** application/x-www-form-urlencoded or multipart/form-data body fills $_POST and $_FILES through
** the sink; a body over post_max_size is not read and produces PHP's warning. Any other body is
** kept raw. Returns false on out-of-memory; free the result with cgi_post_free. */
bool cgi_post_read(const cgi_config_t *cfg, const cgi_sink_t *sink, const struct cgi_request *req,
                   const cgi_io_t *io, cgi_body_t *body);

/* Frees the raw body and removes uploaded files that were not moved. */
void cgi_post_free(cgi_body_t *body);

/* ---- env.c ---------------------------------------------------------------------------------- */

typedef struct cgi_server_var {
    char *name;
    char *value;
    char type; /* 's' string, 'i' integer (REQUEST_TIME, argc), 'f' float (REQUEST_TIME_FLOAT),
                  'a' the array req->argv (value "") */
} cgi_server_var_t;

/* The request as php-cgi sees it. All strings are owned by the request. */
typedef struct cgi_request {
    int status;            /* 0 when the script may run; else the HTTP status of the refusal */
    const char *error_body; /* the page to send with that status (static text) */
    bool error_raw;        /* send error_body without a header block (php-cgi's security alert) */
    char *script_filename; /* the file to run */
    const char *method;    /* REQUEST_METHOD, "GET" if absent */
    const char *query_string;
    const char *content_type;
    int64_t content_length; /* -1 if absent or invalid */
    const char *cookie;     /* HTTP_COOKIE or NULL */
    cgi_server_var_t *server; /* $_SERVER in order: the environment, then PHP's additions */
    int nserver;
    char **argv; /* register_argc_argv: the query split on '+', as php-cgi does; NULL if off */
    int argc;
} cgi_request_t;

/* Reads the CGI/1.1 environment (envp, NULL-terminated "NAME=value" strings) and resolves the
** script: the REDIRECT_STATUS check (cgi.force_redirect), PATH_INFO splitting (cgi.fix_pathinfo)
** that accepts only an existing regular file whose name has an extension in limit_extensions,
** and "No input file specified." (404) otherwise. Fills $_SERVER. Never looks at argv.
** Returns false only on out-of-memory; a refused request returns true with req->status set. */
bool cgi_env_read(const cgi_config_t *cfg, char *const *envp, double now, cgi_request_t *req);

/* Looks a $_SERVER variable up; NULL if absent. */
const char *cgi_env_get(const cgi_request_t *req, const char *name);

/* Frees what cgi_env_read allocated. */
void cgi_env_free(cgi_request_t *req);

/* ---- response.c ----------------------------------------------------------------------------- */

typedef struct cgi_header {
    char *line; /* "Name: value", no CRLF */
    size_t name_len;
} cgi_header_t;

typedef struct cgi_response {
    cgi_header_t *headers;
    int nheaders, cap;
    int status;          /* http_response_code(); 200 by default */
    char *status_line;   /* a "HTTP/1.x NNN Reason" given to header(), verbatim reason kept */
    bool default_content_type; /* no Content-Type header was given: send text/html */
    const char *charset; /* default_charset for text/ types ("UTF-8"; "": none; not owned) */
    bool sent;           /* the header block has been written */
    const char *sent_file; /* where output started (headers_sent($file, $line)) */
    int sent_line;
} cgi_response_t;

void cgi_response_init(cgi_response_t *r);
void cgi_response_free(cgi_response_t *r);

/* header($line, $replace, $code). Returns false, with *err set to PHP's warning text, for a
** line PHP refuses (headers already sent, CR/LF injection, no colon). code 0 = not given. */
bool cgi_response_header(cgi_response_t *r, const char *line, bool replace, int code,
                         const char **err);

/* header_remove($name) (name NULL: all headers). */
void cgi_response_remove(cgi_response_t *r, const char *name);

/* http_response_code($code): returns the previous code (false in PHP is 0 here). */
int cgi_response_code(cgi_response_t *r, int code);

/* The header line sent when no Content-Type was given: "Content-type: text/html", with
** "; charset=..." when r->charset is set (static storage, valid until the next call). */
const char *cgi_response_default_type(const cgi_response_t *r);

/* php-cgi's reason phrase for a status code, or NULL if it has none. */
const char *cgi_response_reason(int code);

/* Writes the CGI header block ("Status: NNN Reason\r\n" unless 200, the headers, the default
** Content-type if none, then "\r\n") through write(ctx, data, len), once; file/line record where
** output began. Returns false if write failed. */
bool cgi_response_send(cgi_response_t *r, bool (*write)(void *ctx, const char *data, size_t len),
                       void *ctx, const char *file, int line);

/* ---- fastcgi.c ------------------------------------------------------------------------------ */

/* The request runner: php.c's is the real one; it reads env/body, writes the response.
** Returns the exit status of the request (unused by FastCGI), or CGI_RUN_RETIRE when the
** process must not serve another request (a FastCGI worker then exits and is respawned). */
enum { CGI_RUN_RETIRE = -1 };
typedef int (*cgi_runner_t)(void *runner_ctx, char *const *envp, const cgi_io_t *io);

typedef struct cgi_fastcgi_opts {
    const char *bind; /* "host:port", ":port", "/path.sock", or NULL: the socket on fd 0 */
    int children;     /* PHP_FCGI_CHILDREN; 0 = serve in this process */
    long max_requests; /* PHP_FCGI_MAX_REQUESTS; 0 = unlimited (default 500) */
    int backlog;
} cgi_fastcgi_opts_t;

/* Fills opts from PHP_FCGI_CHILDREN / PHP_FCGI_MAX_REQUESTS in the environment. */
void cgi_fastcgi_opts_init(cgi_fastcgi_opts_t *opts, const char *bind);

/* Serves FastCGI requests until SIGTERM/SIGINT (graceful: the current requests finish).
** With children > 0 the calling process becomes a supervisor that forks and respawns workers;
** each worker exits after max_requests. Returns a process exit status. */
int cgi_fastcgi_serve(const cgi_fastcgi_opts_t *opts, cgi_runner_t run, void *runner_ctx);

/* Serves one CGI/1.1 request on stdin/stdout with the runner. */
int cgi_fastcgi_serve_cgi(char *const *envp, cgi_runner_t run, void *runner_ctx);

/* Is fd 0 a listening socket (a FastCGI server started us: lighttpd bin-path, spawn-fcgi)? */
bool cgi_fastcgi_on_stdin(void);

/* ---- php.c (links phpvm) ------------------------------------------------------------------- */

/* A -d setting: the first key_len bytes of key. */
typedef struct cgi_php_ini {
    const char *key;
    int key_len;
    const char *value;
} cgi_php_ini_t;

typedef struct cgi_php {
    cgi_config_t cfg;
    bool fastcgi;
} cgi_php_t;

/* Splits the -d settings between the request layer (cgi_config_set) and phpvm, over php-cgi's
** defaults (html_errors=1, max_execution_time=30, memory_limit=128M), and brings the PHP VM up. False on out of
** memory. */
bool cgi_php_init(cgi_php_t *php, const cgi_php_ini_t *ini, int nini, bool fastcgi);

/* The cgi_runner_t that runs a PHP script per request (ctx: an initialized cgi_php_t). */
int cgi_php_run(void *ctx, char *const *envp, const cgi_io_t *io);

/* Reads a php.ini file (path, or path/php.ini for a directory): its `key = value` lines, with
** comments, sections and PHP's On/Off keywords, into *out (malloc'ed, *n entries) pointing into
** the returned buffer. Both must outlive the settings' use; free both. NULL (nothing read) if
** the file cannot be read. */
char *cgi_config_read_ini(const char *path, cgi_php_ini_t **out, int *n);

/* The front ends as commands (hippy-c-cgi, pyhyp --cgi / --fastcgi): with fastcgi false, one
** CGI/1.1 request from envp and stdin; else FastCGI on bind ("host:port", "/path.sock", or NULL
** for the socket on fd 0). Settings: php-cgi's defaults, then the php.ini that $PHPRC names (a
** file or a directory; no file is read without it), then ini (-d). Returns the exit status. */
int cgi_php_main(bool fastcgi, const char *bind, const cgi_php_ini_t *ini, int nini,
                 char *const *envp);

#endif

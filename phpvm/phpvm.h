/*
** phpvm.h: the boundary header of phpvm/, the PHP 8.2 virtual machine (ARCHITECTURE.md sections
** 1 and 4). It offers the front end (source bytes -> AST in an arena, with PHP's parse errors),
** running a file or code as php-cli does, and the request API through which a web front end
** (cgi/) runs scripts as php-cgi does. Other directories include only this header.
*/
#ifndef PHPVM_PHPVM_H
#define PHPVM_PHPVM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "runtime/arena.h"
#include "phpvm/ast.h"
#include "phpvm/parse_error.h"

/* The result of parsing one file. */
typedef struct phpvm_parse_result {
    phpvm_ast_t *ast;                /* the file's AST_STMT_LIST, NULL if parsing failed */
    phpvm_parse_error_t error;       /* kind PHPVM_ERR_NONE when ast is set */
    phpvm_parse_warning_t *warnings; /* compile warnings to emit, newest first */
    size_t halt_offset;              /* after __halt_compiler();, the data offset (else 0) */
} phpvm_parse_result_t;

/* Parses src[0..len) (a whole PHP file, starting in inline HTML) into an AST allocated in
** `arena`; the AST may point into src, which must outlive it. Never touches the GC heap. On a
** syntax error, result->ast is NULL and result->error says why, worded as PHP 8.2 does.
** Nesting deeper than PHPVM_MAX_NESTING (or PHPVM_MAX_CHAIN) is reported as an error
** ("memory exhausted", as PHP's parser says) rather than recursed into. */
void phpvm_parse(rt_arena_t *arena, const char *src, size_t len, phpvm_parse_result_t *result);

/* One token of phpvm_lex_all: PHP's token id (a one-character token's is the character), its
** bytes inside the source, its line and its byte offset. */
typedef struct phpvm_lexeme {
    int id;
    const char *text;
    size_t len;
    uint32_t line;
    size_t pos;
} phpvm_lexeme_t;

/* Every token of src[0..len) as token_get_all() lists them, whitespace and comments included, in
** a malloc'ed array of *n; `arena` holds their decoded values. Never touches the GC heap. */
phpvm_lexeme_t *phpvm_lex_all(rt_arena_t *arena, const char *src, size_t len, size_t *n);

/* A token id's PHP name ("T_STRING") or NULL: one-character tokens, unknown ids. */
const char *phpvm_token_name(int kind);

/* Options of phpvm_parse_ex. */
enum {
    PHPVM_PARSE_SKIP_SHEBANG = 1 /* a first line "#!..." is not part of the script (php-cli's
                                 ** main script; it still counts for line numbers) */
};

/* phpvm_parse with options (PHPVM_PARSE_*). */
void phpvm_parse_ex(rt_arena_t *arena, const char *src, size_t len, unsigned options,
                    phpvm_parse_result_t *result);

#define PHPVM_MAX_NESTING 1000

/* At most this many binary operators in one left-associative run ("1 + 1 + ... + 1"), so that the
** AST stays shallow enough for recursive walkers (PHP itself crashes on 200,000). */
#define PHPVM_MAX_CHAIN 10000

/* Prints `ast` in the common text form of tools/phpast-oracle (see ast_dump.c); with `lines`, each
** node's line as " @N" (the oracle's --lines). */
void phpvm_ast_dump(FILE *out, const phpvm_ast_t *ast, bool lines);

/* Prints the token stream of src[0..len) as token_get_all() sees it (comments, whitespace and tags
** included, no parse-mode checks) in the form of tools/phplex-oracle: LINE NAME "TEXT" a line.
** Token values go to `arena`. Returns false (after an "ERROR" line) if lexing failed. */
bool phpvm_tokens_dump(FILE *out, rt_arena_t *arena, const char *src, size_t len);

/* Writes s[0..n) escaped as the dump forms do (\\, \", \n, \t, \r, \xNN). */
void phpvm_print_escaped(FILE *out, const char *s, size_t n);

/* Reads a whole file into a malloc'ed buffer (NUL-terminated, *len without it); NULL with errno
** set on failure. The caller frees it. */
char *phpvm_read_file(const char *path, size_t *len);

/* An ini setting from the command line (-d key=value): the first key_len bytes of key. */
typedef struct phpvm_ini {
    const char *key;
    int key_len;
    const char *value;
} phpvm_ini_t;

/* Runs a PHP file / PHP code (without "<?php", as php -r) in a fresh VM and returns the exit
** status php-cli would (0, exit()'s status, 255 for parse errors, fatal errors and uncaught
** exceptions). Brings the runtime up itself (rt_init). Output goes to stdout.
** argv[0..argc) become $argv / $argc (the script's name first). */
/* Registers fn to run at the end of the VM's start-up, before any PHP code: how bridge/ adds
** its functions and classes. At most a few; registering the same fn twice is a no-op. */
void phpvm_add_startup(void (*fn)(void));

int phpvm_run_file(const char *path, const phpvm_ini_t *ini, int nini, int argc, char **argv);
int phpvm_run_code(const char *code, const phpvm_ini_t *ini, int nini, int argc, char **argv);

/* ---- Requests: the SAPI interface (output.c, request.c, ext/standard/header.c) ----
** A front end (cgi/: CGI and FastCGI) runs scripts as requests: phpvm_init once per process,
** then per request phpvm_request_begin, phpvm_request_set for the superglobals,
** phpvm_request_run, phpvm_request_end. phpvm knows nothing of HTTP: what a header means, how
** the response is framed and where uploads live is the SAPI's, reached through these hooks.
** The CLI (phpvm_run_file) is the same machinery with the default SAPI (stdout, no headers). */

/* setcookie()/setrawcookie()'s arguments, as the SAPI formats them. */
typedef struct phpvm_cookie {
    const char *name, *value; /* value NULL or "": delete */
    int64_t expires;
    const char *path, *domain, *samesite; /* "" = absent */
    bool secure, httponly, raw;
} phpvm_cookie_t;

typedef struct phpvm_sapi {
    void *ctx;
    /* Body bytes that left every output buffer; the SAPI sends its headers before the first
    ** (and on flush). False: the client went away (the output layer aborts the connection). */
    bool (*write)(void *ctx, const char *s, size_t n);
    void (*flush)(void *ctx);
    /* header($line, $replace, $code): false with *err set to PHP's warning text. */
    bool (*header)(void *ctx, const char *line, bool replace, int code, const char **err);
    void (*header_remove)(void *ctx, const char *name); /* NULL: all */
    /* http_response_code($code): returns the previous code; code 0 only asks. */
    int (*response_code)(void *ctx, int code);
    /* headers_list(): calls each(arg, line) per header, in order. */
    void (*headers_list)(void *ctx, void (*each)(void *arg, const char *line), void *arg);
    /* setcookie(): false with *err set to PHP's error text (a ValueError). */
    bool (*cookie)(void *ctx, const phpvm_cookie_t *c, const char **err);
    /* The error log (log_errors): one message without a trailing newline. */
    void (*log)(void *ctx, const char *msg);
    /* is_uploaded_file(), and move_uploaded_file()'s bookkeeping. */
    bool (*is_upload)(void *ctx, const char *path);
    void (*forget_upload)(void *ctx, const char *path);
    /* getenv($name): the request's own variable (a FastCGI parameter), or NULL to fall back on
    ** the process environment. */
    const char *(*getenv)(void *ctx, const char *name);
    const char *name; /* php_sapi_name(): "cli", "cgi-fcgi" */
} phpvm_sapi_t;

/* Before phpvm_init: whether the tracing JIT runs (--jit=on|off; the default is on, and the
** environment can still turn it off: PYHYP_JIT=off). */
void phpvm_set_jit(bool on);

/* Brings the runtime and the PHP VM up once per process and applies -d settings (they become
** every request's starting values). Idempotent. Never fails (out of memory aborts). */
void phpvm_init(const phpvm_ini_t *ini, int nini);

/* Starts a request served through sapi (which must outlive the request): empty superglobals,
** no output buffers, no headers sent. */
void phpvm_request_begin(const phpvm_sapi_t *sapi);

/* The superglobals a front end fills. */
typedef enum phpvm_sg {
    PHPVM_SG_GET, PHPVM_SG_POST, PHPVM_SG_COOKIE, PHPVM_SG_FILES, PHPVM_SG_SERVER, PHPVM_SG_ENV,
    PHPVM_SG_N
} phpvm_sg_t;

/* One key of a path into a superglobal; s NULL means "append" ($a[]). */
typedef struct phpvm_key {
    const char *s;
    size_t len;
} phpvm_key_t;

/* A value to store: a string (binary-safe), an integer, a float, or an empty array. */
typedef struct phpvm_scalar {
    char type; /* 's', 'i', 'f', 'a' */
    const char *s;
    size_t len;
    int64_t i;
    double d;
} phpvm_scalar_t;

/* sg[path[0]][path[1]]...[path[n-1]] = v, with PHP's symtable rules: canonical decimal string
** keys become integer keys, a non-array met on the path becomes an empty array. keep_existing:
** an element already present is left alone ($_COOKIE's first-wins). n >= 1. May collect. */
void phpvm_request_set(phpvm_sg_t sg, const phpvm_key_t *path, int n, const phpvm_scalar_t *v,
                       bool keep_existing);

/* unset(sg[name]). */
void phpvm_request_drop(phpvm_sg_t sg, const char *name, size_t len);

/* Runs the file at path (a real path) as the request's main script: builds $_REQUEST from $_GET,
** $_POST and $_COOKIE, runs, flushes the output buffers to the SAPI. A fatal error, an uncaught
** exception or exit() ends the script, not the process. Returns php's exit status (0, exit()'s,
** 255). max_execution_time (seconds, 0: none) bounds the run: see phpvm_request_timed_out. */
int phpvm_request_run(const char *path);

/* Ends a request: discards its output buffers, globals, superglobals, included-file records and
** the functions, classes and constants it declared; ini settings go back to their starting
** values. State outside the PHP VM (the runtime, Python modules, JIT traces) is kept. */
void phpvm_request_end(void);

/* After phpvm_request_run: did max_execution_time end it? Then the VM may hold state a signal
** interrupted half-way; a persistent worker should exit after answering. */
bool phpvm_request_timed_out(void);

/* set_time_limit(seconds): max_execution_time becomes `seconds` (0: none) and, inside a guarded
** run (the main script, shutdown functions, destructors), the time counts again from now. */
void phpvm_request_set_time_limit(int seconds);

/* The default_charset setting now ("" none): the charset a front end adds to text/ content
** types. */
const char *phpvm_request_charset(void);

/* A warning of the front end's own (reading the request), reported as PHP reports warnings
** outside any script: displayed and/or logged, "in Unknown on line 0". */
void phpvm_request_warning(const char *msg);

#endif

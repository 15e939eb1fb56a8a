/*
** phpvm.h: the boundary header of phpvm/, the PHP 8.2 virtual machine (ARCHITECTURE.md sections
** 1 and 4). So far it offers the front end: source bytes -> AST in an arena, with PHP's parse
** errors. Other directories include only this header.
*/
#ifndef PHPVM_PHPVM_H
#define PHPVM_PHPVM_H

#include <stdbool.h>
#include <stddef.h>
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
/* Starts the PHP VM (once) without running a script, as code that calls PHP from Python needs;
** phpvm_run_* start it themselves. */
void phpvm_start(const phpvm_ini_t *ini, int nini);
/* Registers fn to run at the end of the VM's start-up, before any PHP code: how bridge/ adds
** its functions and classes. At most a few; registering the same fn twice is a no-op. */
void phpvm_add_startup(void (*fn)(void));

int phpvm_run_file(const char *path, const phpvm_ini_t *ini, int nini, int argc, char **argv);
int phpvm_run_code(const char *code, const phpvm_ini_t *ini, int nini, int argc, char **argv);

#endif

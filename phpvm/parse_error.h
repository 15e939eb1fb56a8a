/*
** parse_error.h: the error record of phpvm's front end (internal to phpvm/). A parse fails with
** exactly one error, worded as PHP 8.2 words it ("syntax error, unexpected token \"}\",
** expecting \";\""), plus its line and column; phpvm_parse_error_format() adds PHP's frame
** ("PHP Parse error:  ... in FILE on line N"). Warnings (e.g. octal escape overflow) are kept in a
** list for the compiler to emit.
*/
#ifndef PHPVM_PARSE_ERROR_H
#define PHPVM_PARSE_ERROR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* PHP reports lexer and grammar errors as "Parse error" (ParseError) and the checks its parser
** makes while building the AST as "Fatal error" (CompileError). */
typedef enum phpvm_error_kind {
    PHPVM_ERR_NONE,
    PHPVM_ERR_PARSE,
    PHPVM_ERR_COMPILE
} phpvm_error_kind_t;

typedef struct phpvm_parse_error {
    phpvm_error_kind_t kind;
    uint32_t line, col;
    char message[256];
} phpvm_parse_error_t;

typedef struct phpvm_parse_warning phpvm_parse_warning_t;
struct phpvm_parse_warning {
    phpvm_parse_warning_t *next;
    uint32_t line;
    const char *message; /* in the parse arena */
};

/* Records the error unless one is already recorded (the first error wins). */
void phpvm_parse_error_set(phpvm_parse_error_t *err, phpvm_error_kind_t kind, uint32_t line,
                           uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Writes PHP's command-line rendering of `err` for `filename` into buf (always NUL-terminated):
** "PHP Parse error:  MESSAGE in FILE on line N" or "PHP Fatal error:  ..." for compile errors.
** Returns the length it wanted, as snprintf. */
int phpvm_parse_error_format(const phpvm_parse_error_t *err, const char *filename, char *buf,
                             size_t size);

#endif

/*
** parse_error.c: recording and rendering the front end's one error (see parse_error.h).
*/
#include <stdarg.h>
#include <stdio.h>

#include "phpvm/parse_error.h"

void phpvm_parse_error_set(phpvm_parse_error_t *err, phpvm_error_kind_t kind, uint32_t line,
                           uint32_t col, const char *fmt, ...)
{
    va_list ap;

    if (err->kind != PHPVM_ERR_NONE) return;
    err->kind = kind;
    err->line = line;
    err->col = col;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
}

int phpvm_parse_error_format(const phpvm_parse_error_t *err, const char *filename, char *buf,
                             size_t size)
{
    const char *what = err->kind == PHPVM_ERR_COMPILE ? "Fatal error" : "Parse error";
    return snprintf(buf, size, "PHP %s:  %s in %s on line %u", what, err->message, filename,
                    err->line);
}

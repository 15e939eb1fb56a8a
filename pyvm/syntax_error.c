/*
** syntax_error.c: recording syntax errors and printing them as CPython 3.11 does. The tokenizer and
** the parser record byte positions; finishing converts them to the character offsets CPython
** reports (it decodes the line prefix up to the byte offset, so a cut multi-byte character counts
** as one character).
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "pyvm/syntax_error.h"

bool pyvm_syntax_error_set(pyvm_syntax_error_t *err, pyvm_syntax_error_type_t type, int lineno,
                           int offset, int end_lineno, int end_offset, const char *fmt, ...)
{
    if (err->set)
        return false;
    err->set = true;
    err->type = type;
    err->lineno = lineno;
    err->offset = offset;
    err->end_lineno = end_lineno;
    err->end_offset = end_offset;
    err->text = NULL;
    err->text_len = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return false;
}

/* Characters in the first `bytes` bytes of line[0..len), clamped as CPython clamps (len + 1). */
static int char_offset(const char *line, size_t len, int bytes)
{
    if (bytes <= 0)
        return bytes;
    if ((size_t)bytes > len + 1)
        bytes = (int)len + 1;
    int chars = 0;
    for (int i = 0; i < bytes; i++)
        if (i >= (int)len || ((unsigned char)line[i] & 0xc0) != 0x80)
            chars++;
    return chars;
}

void pyvm_syntax_error_finish(pyvm_syntax_error_t *err, const char *src, size_t len)
{
    if (!err->set || err->lineno <= 0 || !src)
        return;
    const char *p = src, *end = src + len;
    for (int line = 1; line < err->lineno && p < end; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t line_len = (size_t)((nl ? nl + 1 : end) - p);
    err->text = p;
    err->text_len = line_len;
    /* CPython converts both columns against the start line (its end column only when positive). */
    err->offset = char_offset(p, line_len, err->offset);
    if (err->end_offset > 0)
        err->end_offset = char_offset(p, line_len, err->end_offset);
}

const char *pyvm_syntax_error_type_name(pyvm_syntax_error_type_t type)
{
    static const char *const names[] = {
        [PYVM_SYNERR_SYNTAX] = "SyntaxError",
        [PYVM_SYNERR_INDENTATION] = "IndentationError",
        [PYVM_SYNERR_TAB] = "TabError",
        [PYVM_SYNERR_MEMORY] = "MemoryError",
    };
    return names[type];
}

size_t pyvm_syntax_error_format(const pyvm_syntax_error_t *err, const char *filename, char *buf,
                                size_t size)
{
    size_t n = 0;
#define OUT(...)                                                                                   \
    n += (size_t)snprintf(buf + (n < size ? n : size), n < size ? size - n : 0, __VA_ARGS__)
    if (err->lineno > 0)
        OUT("  File \"%s\", line %d\n", filename, err->lineno);
    if (err->text) {
        /* CPython strips the line's indentation and prints carets under offset..end_offset. */
        size_t skip = 0, len = err->text_len;
        while (skip < len && (err->text[skip] == ' ' || err->text[skip] == '\t' ||
                              err->text[skip] == '\f'))
            skip++;
        while (len > skip && (err->text[len - 1] == '\n' || err->text[len - 1] == ' '))
            len--;
        OUT("    %.*s\n", (int)(len - skip), err->text + skip);
        int stripped = char_offset(err->text, err->text_len, (int)skip);
        int col = err->offset - 1 - stripped;
        int width = 1;
        if (err->end_lineno == err->lineno && err->end_offset > err->offset)
            width = err->end_offset - err->offset;
        if (col >= 0) {
            OUT("    %*s", col, "");
            for (int i = 0; i < width; i++)
                OUT("^");
            OUT("\n");
        }
    }
    OUT("%s: %s\n", pyvm_syntax_error_type_name(err->type), err->message);
#undef OUT
    return n;
}

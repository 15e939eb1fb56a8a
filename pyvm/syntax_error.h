/*
** syntax_error.h: the syntax error record the tokenizer and parser fill in, and its formatting in
** CPython 3.11's style. Positions follow CPython's SyntaxError attributes: lineno and a 1-based
** offset; the front end works in UTF-8 byte columns and converts to CPython's character offsets
** once, in pyvm_syntax_error_finish, against the line the error points into.
*/
#ifndef PYHYP_PYVM_SYNTAX_ERROR_H
#define PYHYP_PYVM_SYNTAX_ERROR_H

#include <stdbool.h>
#include <stddef.h>

typedef enum pyvm_syntax_error_type {
    PYVM_SYNERR_SYNTAX,      /* SyntaxError */
    PYVM_SYNERR_INDENTATION, /* IndentationError */
    PYVM_SYNERR_TAB,         /* TabError */
    PYVM_SYNERR_MEMORY,      /* MemoryError: nesting too deep for the parser's stack bound */
} pyvm_syntax_error_type_t;

/* A SyntaxWarning the tokenizer found (a number run into a keyword: "0xfor x"), which the compiler
** issues once the whole parse succeeded, as CPython's tokenizer warns only for code it accepts. */
typedef struct pyvm_parse_warning {
    int lineno, offset; /* offset: as a SyntaxError's, once a filter makes the warning one */
    char message[40];
} pyvm_parse_warning_t;

enum { PYVM_PARSE_WARNINGS = 8 }; /* kept per parse; later ones are dropped */

typedef struct pyvm_syntax_error {
    bool set;
    pyvm_syntax_error_type_t type;
    char message[200];
    /* While parsing, offsets count bytes (1-based, as CPython's internal byte offsets); after
    ** pyvm_syntax_error_finish they count characters, exactly as CPython reports them. 0 and -1
    ** keep CPython's meaning of "no column". lineno 0 means "no line" (encoding errors). */
    int lineno, offset, end_lineno, end_offset;
    const char *text; /* the error line in the normalised source (not NUL-terminated), or NULL */
    size_t text_len;
    int nwarnings; /* the tokenizer's warnings, also when no error is set */
    pyvm_parse_warning_t warnings[PYVM_PARSE_WARNINGS];
} pyvm_syntax_error_t;

/* Records an error unless one is already recorded (the first error wins). Returns false so callers
** can `return pyvm_syntax_error_set(...)`. The message is truncated to fit the record. */
bool pyvm_syntax_error_set(pyvm_syntax_error_t *err, pyvm_syntax_error_type_t type, int lineno,
                           int offset, int end_lineno, int end_offset, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* Converts the byte offsets to CPython's character offsets and points `text` at the error line of
** `src` (the normalised source the positions refer to, `len` bytes). Call once, after parsing. */
void pyvm_syntax_error_finish(pyvm_syntax_error_t *err, const char *src, size_t len);

/* The exception class name: "SyntaxError", "IndentationError", ... */
const char *pyvm_syntax_error_type_name(pyvm_syntax_error_type_t type);

/* Writes the error as CPython 3.11 prints it (File line, source line, carets, "Type: message")
** into buf (always NUL-terminated, truncated to size). Returns the length it wanted to write. */
size_t pyvm_syntax_error_format(const pyvm_syntax_error_t *err, const char *filename, char *buf,
                                size_t size);

#endif

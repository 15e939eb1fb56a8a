/*
** tokenizer.h: Python 3.11 source bytes -> an array of tokens in an arena (pyvm-internal; the parser
** is its one user). The whole file is tokenized up front; a tokenizer error ends the array with an
** ERRORTOKEN and is recorded with enough context for the parser to decide, as CPython's lazy
** tokenizer would, whether it or an earlier parser error is the one reported.
*/
#ifndef PYHYP_PYVM_TOKENIZER_H
#define PYHYP_PYVM_TOKENIZER_H

#include <stdbool.h>
#include <stdint.h>

#include "pyvm/syntax_error.h"
#include "runtime/rt.h"

typedef enum pyvm_token_kind {
#define TOKEN(name, text) PYVM_TOK_##name,
#define KEYWORD(name, text) PYVM_TOK_##name,
#include "pyvm/token.def"
#undef TOKEN
#undef KEYWORD
    PYVM_TOK__COUNT
} pyvm_token_kind_t;

/* Positions are CPython's token positions: 1-based lines, 0-based UTF-8 byte columns. INDENT,
** DEDENT and ENDMARKER have col == end_col == -1 as in CPython; for them cur_col is where the
** tokenizer stood after producing them, which is what CPython's error positions use. */
typedef struct pyvm_token {
    uint8_t kind;  /* pyvm_token_kind_t */
    uint8_t level; /* bracket nesting depth after this token */
    int32_t lineno, col, end_lineno, end_col, cur_col;
    uint32_t start, end; /* the token's bytes in the normalised source */
} pyvm_token_t;

typedef enum pyvm_tokerr_kind {
    PYVM_TOKERR_NONE,
    PYVM_TOKERR_RAISED,  /* CPython raises it from the tokenizer: it overrides parser errors */
    PYVM_TOKERR_PENDING, /* reported only when the parser reaches the error token */
} pyvm_tokerr_kind_t;

typedef struct pyvm_tokens {
    const char *src; /* normalised source: UTF-8, '\n' line ends, ends with '\n', NUL after */
    size_t len;
    pyvm_token_t *v; /* ends with ENDMARKER, or with ERRORTOKEN if tokenizing failed */
    size_t n;
    pyvm_tokerr_kind_t error_kind;
    pyvm_syntax_error_t error;            /* the tokenizer's error (byte offsets) */
    int open_line, open_col, open_char;   /* innermost bracket still open at the stop, if any */
} pyvm_tokens_t;

/* Tokenizes bytes[0..len) (a source file's contents: BOM, coding cookie for utf-8 or latin-1,
** any newline convention). Everything lives in `arena`. Returns false only for errors that stop
** before any token (encoding, NUL bytes): then out->error is set and out->n == 0. */
bool pyvm_tokenize(rt_arena_t *arena, const char *bytes, size_t len, pyvm_tokens_t *out);

/* "(" for LPAR, "if" for IF, "name" for NAME ... */
const char *pyvm_token_text(pyvm_token_kind_t kind);

/* The token kind's enum name without prefix ("LPAR"), for tests and debugging. */
const char *pyvm_token_name(pyvm_token_kind_t kind);

#endif

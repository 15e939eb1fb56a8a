/*
** lexer.h: phpvm's PHP 8.2 lexer (internal to phpvm/). It turns source bytes into the token
** stream PHP's own lexer produces (token_get_all), state for state: inline HTML, open and close
** tags, scripting, double quotes, backquotes, heredoc/nowdoc, and the interpolation sub-states.
** Tokens live in an rt_arena_t and point into the source; decoded values (string contents with
** escapes applied and heredoc indentation removed, numbers) are filled in for the parser.
** The lexer never touches the GC heap.
*/
#ifndef PHPVM_LEXER_H
#define PHPVM_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/arena.h"
#include "phpvm/parse_error.h"
#include "phpvm/phpvm.h"

/* Token kinds: one-character tokens are the character; the named kinds are PHP 8.2's token ids
** (T_LNUMBER 260 ... T_BAD_CHARACTER 405, token.def's order). */
typedef enum phpvm_tok {
    PHPVM_T_END = 0,
    PHPVM_T_FIRST_NAMED = 259,
#define PHPVM_TOKEN(name, display) PHPVM_##name,
#include "phpvm/token.def"
#undef PHPVM_TOKEN
    PHPVM_T_COUNT
} phpvm_tok_t;

/* What a token's decoded value is. */
typedef enum phpvm_tokval {
    PHPVM_TV_NONE,
    PHPVM_TV_STR,   /* str/slen: identifier, variable name without '$', decoded string content */
    PHPVM_TV_LONG,  /* lval */
    PHPVM_TV_DOUBLE /* dval */
} phpvm_tokval_t;

typedef struct phpvm_token {
    int kind; /* phpvm_tok_t */
    phpvm_tokval_t vtype;
    uint32_t line, col; /* where the token starts (1-based) */
    const char *text;   /* the raw bytes, inside the source */
    size_t len;
    const char *str; /* PHPVM_TV_STR: NUL-terminated, arena or source-owned */
    size_t slen;
    int64_t lval;
    double dval;
} phpvm_token_t;

/* Lexer states (PHP's ST_* conditions). */
typedef enum phpvm_lexstate {
    PHPVM_LS_INITIAL,
    PHPVM_LS_SCRIPTING,
    PHPVM_LS_DOUBLE_QUOTES,
    PHPVM_LS_BACKQUOTE,
    PHPVM_LS_HEREDOC,
    PHPVM_LS_NOWDOC,
    PHPVM_LS_END_HEREDOC,
    PHPVM_LS_PROPERTY,
    PHPVM_LS_VARNAME,
    PHPVM_LS_VAR_OFFSET,
    PHPVM_LS_HALTED /* after __halt_compiler(); the rest is raw data */
} phpvm_lexstate_t;

/* An open heredoc: its closing label and the indentation its closing line has. */
typedef struct phpvm_heredoc {
    const char *label;
    size_t label_len;
    size_t indent;
    bool indent_tabs;   /* the closing line is indented with tabs */
    bool at_line_start; /* the next body text begins a line */
} phpvm_heredoc_t;

/* An open bracket, for PHP's "Unclosed '{' on line N" (parse mode). */
typedef struct phpvm_nest {
    char open;
    uint32_t line;
} phpvm_nest_t;

typedef struct phpvm_lexer {
    rt_arena_t *arena;
    const char *src;
    size_t len, pos;
    uint32_t line;
    size_t line_start; /* offset of the current line's first byte, for columns */
    phpvm_lexstate_t state;
    phpvm_lexstate_t *stack; /* pushed states (PHP's yy_push_state) */
    size_t depth, cap;
    phpvm_heredoc_t *heredocs; /* open heredocs, innermost last */
    size_t nheredoc, heredoc_cap;
    bool scanning_ahead; /* a copy lexing ahead to a heredoc's end (see lexer_string.c) */
    size_t scan_indent;  /* the indentation of the last heredoc closing marker seen */
    bool scan_tabs;
    bool short_tags;    /* "<?" opens PHP code, as php -n's short_open_tag=1 */
    int halt_step;      /* tokens seen since __halt_compiler: "(" ")" ";" then raw */
    bool parse_mode;    /* lexing for the parser: report lexical errors and unbalanced ( [ {;
                        ** otherwise lex on past them as token_get_all() does */
    phpvm_nest_t *nest; /* open brackets, innermost last */
    size_t nnest, nest_cap;
    phpvm_parse_error_t *error;      /* where the first lexical error goes (set by the owner) */
    phpvm_parse_warning_t *warnings; /* newest first, e.g. octal escape overflow */
} phpvm_lexer_t;

/* Prepares `lx` to lex src[0..len); tokens and values are allocated in `arena`, errors go to
** *error. The source must outlive the tokens. */
void phpvm_lexer_init(phpvm_lexer_t *lx, rt_arena_t *arena, const char *src, size_t len,
                      phpvm_parse_error_t *error);

/* Lexes the next token into *tok, whitespace and comments included, and returns its kind;
** PHPVM_T_END (text empty) at the end of input. On a lexical error (invalid numeric literal,
** bad heredoc indentation, bad \u escape, unbalanced brackets) records it in *lx->error and
** returns -1; only in parse mode: otherwise it lexes on as token_get_all() does. */
int phpvm_lexer_next(phpvm_lexer_t *lx, phpvm_token_t *tok);


/* The parse-error display of a kind (see token.def), never NULL; a one-character token's is
** built in buf ("';'"). */
const char *phpvm_token_display(int kind, char buf[4]);

/* Internal to the lexer files (lexer.c, lexer_string.c, lexer_number.c). A state that has
** nothing to lex switches state and returns PHPVM_LEX_AGAIN. */
#define PHPVM_LEX_AGAIN (-2)
void phpvm_lexer_push(phpvm_lexer_t *lx, phpvm_lexstate_t next);
void phpvm_lexer_pop(phpvm_lexer_t *lx);
bool phpvm_lexer_is_label_start(unsigned char c);
bool phpvm_lexer_is_label_char(unsigned char c);
void phpvm_lexer_newlines(phpvm_lexer_t *lx, size_t from, size_t to);
int phpvm_lexer_fail(phpvm_lexer_t *lx, uint32_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void phpvm_lexer_warn(phpvm_lexer_t *lx, uint32_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int phpvm_lexer_quoted(phpvm_lexer_t *lx, phpvm_token_t *tok);
int phpvm_lexer_heredoc_start(phpvm_lexer_t *lx, phpvm_token_t *tok);
int phpvm_lexer_encaps(phpvm_lexer_t *lx, phpvm_token_t *tok);
int phpvm_lexer_var_offset(phpvm_lexer_t *lx, phpvm_token_t *tok);
int phpvm_lexer_number(phpvm_lexer_t *lx, phpvm_token_t *tok, size_t start);

#endif

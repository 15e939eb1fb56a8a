/*
** parser.h: the recursive-descent PHP 8.2 parser's shared state and helpers (internal to
** phpvm/). The grammar is PHP's own (Zend/zend_language_parser.y) rewritten by hand: statements
** in parse_stmt.c, expressions with PHP's precedence table in parse_expr.c, functions, classes,
** types and attributes in parse_class.c; token handling and errors in parse.c.
** Every parse function returns the node it built, or NULL after recording a syntax error (the
** first error wins and parsing stops: PHP reports one parse error per file). Optional parts
** are only parsed once the lookahead shows they are there, so NULL always means failure.
*/
#ifndef PHPVM_PARSER_H
#define PHPVM_PARSER_H

#include "phpvm/ast.h"
#include "phpvm/lexer.h"
#include "phpvm/phpvm.h"

typedef struct phpvm_parser {
    rt_arena_t *a;
    phpvm_lexer_t lx;
    phpvm_parse_error_t *err;
    phpvm_token_t tok;      /* the lookahead token */
    uint32_t prev_line;     /* the line the previous token ended on (PHP's line for lists) */
    phpvm_token_t ahead[3]; /* further lookahead, filled by phpvm_parser_peek */
    int nahead;
    const char *doc; /* the latest doc comment not yet claimed (PHP's CG(doc_comment)) */
    size_t doc_len;
    int depth;         /* nesting of statements and expressions, bounded */
    uint32_t fn_flags; /* FUNC_GENERATOR once the current function yields */
    size_t halt_offset;
    bool failed;
} phpvm_parser_t;

/* Token handling (parse.c). */
void phpvm_parser_advance(phpvm_parser_t *p);
const phpvm_token_t *phpvm_parser_peek(phpvm_parser_t *p, int n); /* n >= 1 tokens ahead */
bool phpvm_parser_accept(phpvm_parser_t *p, int kind);
/* Consumes `kind` or fails with "expecting <kind>". */
bool phpvm_parser_expect(phpvm_parser_t *p, int kind);
/* Records "syntax error, unexpected <lookahead>[, expecting A or B ...]"; `expected` ends with
** -1 (NULL for no list). Returns NULL for `return phpvm_parser_fail(...)`. */
phpvm_ast_t *phpvm_parser_fail(phpvm_parser_t *p, const int *expected);
/* Records a compile-time error PHP's parser raises ("Fatal error: ..."); returns NULL. */
phpvm_ast_t *phpvm_parser_compile_error(phpvm_parser_t *p, uint32_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Takes the pending doc comment as a ZVAL string (NULL if none), as PHP's backup_doc_comment. */
phpvm_ast_t *phpvm_parser_take_doc(phpvm_parser_t *p);
/* Enter/leave a nesting level; enter fails (records an error) beyond PHPVM_MAX_NESTING. The
** error is bison's when its stack overflows, "memory exhausted". */
phpvm_ast_t *phpvm_parser_fail_nesting(phpvm_parser_t *p);
bool phpvm_parser_enter(phpvm_parser_t *p);
void phpvm_parser_leave(phpvm_parser_t *p);
/* A ZVAL string node from the lookahead token's value. */
phpvm_ast_t *phpvm_parser_tok_str(phpvm_parser_t *p);

/* Whether `kind` is a reserved word usable as an identifier after "::", "->", "function" in
** classes, "const" in classes, named arguments (PHP's semi_reserved). */
bool phpvm_parser_is_semi_reserved(int kind);
/* An identifier: T_STRING or a semi-reserved word, as a ZVAL string. */
phpvm_ast_t *phpvm_parser_identifier(phpvm_parser_t *p);

/* Statements (parse_stmt.c). */
phpvm_ast_t *phpvm_parse_top_statements(phpvm_parser_t *p);
phpvm_ast_t *phpvm_parse_inner_statements(phpvm_parser_t *p, const int *terminators);
phpvm_ast_t *phpvm_parse_statement(phpvm_parser_t *p);
phpvm_ast_t *phpvm_parse_block(phpvm_parser_t *p); /* "{" inner_statement_list "}" */
phpvm_ast_t *phpvm_parse_const_list(phpvm_parser_t *p, bool class_const);

/* Expressions (parse_expr.c). */
phpvm_ast_t *phpvm_parse_expr(phpvm_parser_t *p);
phpvm_ast_t *phpvm_parse_expr_prec(phpvm_parser_t *p, int min_prec);
phpvm_ast_t *phpvm_parse_variable(phpvm_parser_t *p);
phpvm_ast_t *phpvm_parse_argument_list(phpvm_parser_t *p);
phpvm_ast_t *phpvm_parse_name(phpvm_parser_t *p);       /* name -> AST_NAME */
phpvm_ast_t *phpvm_parse_class_name(phpvm_parser_t *p); /* "static" or name */
phpvm_ast_t *phpvm_parse_array_pairs(phpvm_parser_t *p, int close);
phpvm_ast_t *phpvm_parse_simple_variable(phpvm_parser_t *p);
bool phpvm_parser_is_name(int kind);
bool phpvm_parser_starts_expr(int kind);

/* Functions, classes, types, attributes (parse_class.c). */
phpvm_ast_t *phpvm_parse_function_decl(phpvm_parser_t *p);
phpvm_ast_t *phpvm_parse_class_decl(phpvm_parser_t *p, uint32_t flags);
phpvm_ast_t *phpvm_parse_anonymous_class(phpvm_parser_t *p, phpvm_ast_t *attributes);
phpvm_ast_t *phpvm_parse_closure(phpvm_parser_t *p, uint32_t flags);
phpvm_ast_t *phpvm_parse_attributes(phpvm_parser_t *p);
phpvm_ast_t *phpvm_parse_type(phpvm_parser_t *p, bool allow_static);
/* Attaches attributes to a declaration node (function, class, closure, param, member). */
void phpvm_parser_set_attributes(phpvm_ast_t *decl, phpvm_ast_t *attributes);

#endif

/*
** test_lexer.c: specifics of phpvm's PHP lexer (phpvm/lexer*.c): token kinds and boundaries, the
** decoded values the parser gets (escapes, heredoc indentation, numbers), lines and columns, and
** the parse-mode errors. Expected values come from php -n 8.2 (token_get_all, var_dump, bin2hex),
** quoted beside each test.
*/
#include <string.h>

#include "phpvm/lexer.h"
#include "phpvm/phpvm.h"
#include "tests/unit/unit.h"

#define MAX_TOKENS 64

typedef struct lexed {
    rt_arena_t arena;
    phpvm_parse_error_t err;
    phpvm_token_t tok[MAX_TOKENS];
    int n;      /* significant tokens (no whitespace, comments or open tag) */
    int status; /* 0, or -1 after a lexical error */
} lexed_t;

static lexed_t lx_result;

/* Lexes src (parse mode if asked) into lx_result, keeping the significant tokens. */
static lexed_t *lex(const char *src, bool parse_mode)
{
    phpvm_lexer_t lx;
    lexed_t *r = &lx_result;

    rt_arena_free(&r->arena);
    memset(&r->err, 0, sizeof r->err);
    r->n = 0;
    r->status = 0;
    phpvm_lexer_init(&lx, &r->arena, src, strlen(src), &r->err);
    lx.parse_mode = parse_mode;
    for (;;) {
        phpvm_token_t t;
        int k = phpvm_lexer_next(&lx, &t);
        if (k <= 0) {
            r->status = k;
            break;
        }
        if (k == PHPVM_T_WHITESPACE || k == PHPVM_T_OPEN_TAG || k == PHPVM_T_COMMENT) continue;
        if (r->n < MAX_TOKENS) r->tok[r->n++] = t;
    }
    return r;
}

static int setup(void)
{
    rt_arena_init(&lx_result.arena);
    return 0;
}

static int teardown(void)
{
    rt_arena_free(&lx_result.arena);
    return 0;
}

static bool str_is(const phpvm_token_t *t, const char *s, size_t n)
{
    return t->vtype == PHPVM_TV_STR && t->slen == n && memcmp(t->str, s, n) == 0;
}

/* php: bin2hex("\t\101\x41\u{1F600}\e\q\400") = 094141f09f98801b5c7100 (and a warning). */
static void test_double_quoted_escapes(void)
{
    lexed_t *r = lex("<?php \"\\t\\101\\x41\\u{1F600}\\e\\q\\400\";", false);
    static const char want[] = "\t\x41\x41\xf0\x9f\x98\x80\x1b\\q\0";
    CU_ASSERT_EQUAL(r->tok[0].kind, PHPVM_T_CONSTANT_ENCAPSED_STRING);
    CU_ASSERT(str_is(&r->tok[0], want, sizeof want - 1));
}

/* php: 'a\'b\\c\n' is a'b\c\n (only \' and \\ are escapes). */
static void test_single_quoted(void)
{
    lexed_t *r = lex("<?php 'a\\'b\\\\c\\n';", false);
    CU_ASSERT(str_is(&r->tok[0], "a'b\\c\\n", 7));
}

/* php: token_get_all('<?php "a $b[0] {$c}"') splits at the interpolations. */
static void test_interpolation_tokens(void)
{
    static const int kinds[] = {'"',
                                PHPVM_T_ENCAPSED_AND_WHITESPACE,
                                PHPVM_T_VARIABLE,
                                '[',
                                PHPVM_T_NUM_STRING,
                                ']',
                                PHPVM_T_ENCAPSED_AND_WHITESPACE,
                                PHPVM_T_CURLY_OPEN,
                                PHPVM_T_VARIABLE,
                                '}',
                                '"'};
    lexed_t *r = lex("<?php \"a $b[0] {$c}\"", false);
    CU_ASSERT_EQUAL_FATAL(r->n, (int)(sizeof kinds / sizeof kinds[0]));
    for (int i = 0; i < r->n; i++)
        CU_ASSERT_EQUAL(r->tok[i].kind, kinds[i]);
    CU_ASSERT_EQUAL(r->tok[4].lval, 0);
}

/* php: the heredoc below is "a\n  b\n\nc" (610a2020620a0a63). */
static void test_heredoc_indentation(void)
{
    lexed_t *r = lex("<?php $x = <<<E\n    a\n      b\n\n    c\n    E;\n", true);
    CU_ASSERT_EQUAL(r->tok[2].kind, PHPVM_T_START_HEREDOC);
    CU_ASSERT_EQUAL(r->tok[3].kind, PHPVM_T_ENCAPSED_AND_WHITESPACE);
    CU_ASSERT(str_is(&r->tok[3], "a\n  b\n\nc", 8));
    CU_ASSERT_EQUAL(r->tok[4].kind, PHPVM_T_END_HEREDOC);
    CU_ASSERT_EQUAL(r->tok[4].len, 5);
}

/* php -l: "Invalid body indentation level (expecting an indentation level of at least 4)",
** line 4; and mixed tabs/spaces in the closing marker's indentation. */
static void test_heredoc_errors(void)
{
    lexed_t *r = lex("<?php\n$x = <<<E\n    a\n  b\n    E;\n", true);
    CU_ASSERT_EQUAL(r->status, -1);
    CU_ASSERT_EQUAL(r->err.line, 4);
    CU_ASSERT_STRING_EQUAL(
        r->err.message,
        "Invalid body indentation level (expecting an indentation level of at least 4)");
    r = lex("<?php\n$x = <<<E\n \ta\n \tE;\n", true);
    CU_ASSERT_STRING_EQUAL(r->err.message, "Invalid indentation - tabs and spaces cannot be mixed");
    /* token_get_all() lexes on. */
    r = lex("<?php\n$x = <<<E\n    a\n  b\n    E;\n", false);
    CU_ASSERT_EQUAL(r->status, 0);
}

/* php: var_dump(0x7FFFFFFFFFFFFFFF, 9223372036854775808, 0o17, 017, 0b101, 1_000,
** 0xFFFFFFFFFFFFFFFF) = int(9223372036854775807) float(9.223372036854776E+18) int(15) int(15)
** int(5) int(1000) float(1.8446744073709552E+19). */
static void test_numbers(void)
{
    lexed_t *r = lex("<?php 0x7FFFFFFFFFFFFFFF 9223372036854775808 0o17 017 0b101 1_000 "
                     "0xFFFFFFFFFFFFFFFF 1.5e3 .5",
                     false);
    CU_ASSERT_EQUAL_FATAL(r->n, 9);
    CU_ASSERT_EQUAL(r->tok[0].kind, PHPVM_T_LNUMBER);
    CU_ASSERT_EQUAL(r->tok[0].lval, INT64_MAX);
    CU_ASSERT_EQUAL(r->tok[1].kind, PHPVM_T_DNUMBER);
    CU_ASSERT_DOUBLE_EQUAL(r->tok[1].dval, 9.223372036854776e18, 1e3);
    CU_ASSERT_EQUAL(r->tok[2].lval, 15);
    CU_ASSERT_EQUAL(r->tok[3].lval, 15);
    CU_ASSERT_EQUAL(r->tok[4].lval, 5);
    CU_ASSERT_EQUAL(r->tok[5].lval, 1000);
    CU_ASSERT_EQUAL(r->tok[6].kind, PHPVM_T_DNUMBER);
    CU_ASSERT_DOUBLE_EQUAL(r->tok[6].dval, 1.8446744073709552e19, 1e4);
    CU_ASSERT_EQUAL(r->tok[7].kind, PHPVM_T_DNUMBER);
    CU_ASSERT_DOUBLE_EQUAL(r->tok[7].dval, 1500.0, 0);
    CU_ASSERT_DOUBLE_EQUAL(r->tok[8].dval, 0.5, 0);
}

/* php: token_get_all('<?php 1__0 08') gives T_LNUMBER "1", T_STRING "__0", T_LNUMBER "08";
** php -l on "08" says "Invalid numeric literal". */
static void test_number_edges(void)
{
    lexed_t *r = lex("<?php 1__0 08", false);
    CU_ASSERT_EQUAL_FATAL(r->n, 3);
    CU_ASSERT_EQUAL(r->tok[0].lval, 1);
    CU_ASSERT_EQUAL(r->tok[1].kind, PHPVM_T_STRING);
    CU_ASSERT_EQUAL(r->tok[2].kind, PHPVM_T_LNUMBER);
    r = lex("<?php 08", true);
    CU_ASSERT_EQUAL(r->status, -1);
    CU_ASSERT_STRING_EQUAL(r->err.message, "Invalid numeric literal");
}

/* php: casts allow spaces and tabs and any case; "(real)" still lexes as T_DOUBLE_CAST. */
static void test_casts(void)
{
    lexed_t *r = lex("<?php ( INT )$a (\tboolean)$b (real)$c (intx)$d", false);
    CU_ASSERT_EQUAL(r->tok[0].kind, PHPVM_T_INT_CAST);
    CU_ASSERT_EQUAL(r->tok[2].kind, PHPVM_T_BOOL_CAST);
    CU_ASSERT_EQUAL(r->tok[4].kind, PHPVM_T_DOUBLE_CAST);
    CU_ASSERT_EQUAL(r->tok[6].kind, '(');
}

/* php: keywords are case-insensitive; enum is a keyword only before a name (not extends). */
static void test_keywords_contextual(void)
{
    lexed_t *r =
        lex("<?php ECHO Die enum Foo enum extends enum(); yield  from $x; $a?->class;", false);
    CU_ASSERT_EQUAL(r->tok[0].kind, PHPVM_T_ECHO);
    CU_ASSERT_EQUAL(r->tok[1].kind, PHPVM_T_EXIT);
    CU_ASSERT_EQUAL(r->tok[2].kind, PHPVM_T_ENUM);
    CU_ASSERT_EQUAL(r->tok[3].kind, PHPVM_T_STRING);
    CU_ASSERT_EQUAL(r->tok[4].kind, PHPVM_T_STRING);
    CU_ASSERT_EQUAL(r->tok[5].kind, PHPVM_T_EXTENDS);
    CU_ASSERT_EQUAL(r->tok[6].kind, PHPVM_T_STRING);
    CU_ASSERT_EQUAL(r->tok[10].kind, PHPVM_T_YIELD_FROM);
    CU_ASSERT_EQUAL(r->tok[14].kind, PHPVM_T_NULLSAFE_OBJECT_OPERATOR);
    CU_ASSERT_EQUAL(r->tok[15].kind, PHPVM_T_STRING);
}

/* php: PHP 8 name tokens carry the name (without the leading "\" or "namespace\"). */
static void test_name_tokens(void)
{
    lexed_t *r = lex("<?php \\A\\B namespace\\C D\\E \\F", false);
    CU_ASSERT_EQUAL(r->tok[0].kind, PHPVM_T_NAME_FULLY_QUALIFIED);
    CU_ASSERT(str_is(&r->tok[0], "A\\B", 3));
    CU_ASSERT_EQUAL(r->tok[1].kind, PHPVM_T_NAME_RELATIVE);
    CU_ASSERT(str_is(&r->tok[1], "C", 1));
    CU_ASSERT_EQUAL(r->tok[2].kind, PHPVM_T_NAME_QUALIFIED);
    CU_ASSERT_EQUAL(r->tok[3].kind, PHPVM_T_NAME_FULLY_QUALIFIED);
}

/* php: "?>" eats one newline; "<?=" opens with echo; "#[" is an attribute, "#" a comment. */
static void test_tags_and_comments(void)
{
    lexed_t *r = lex("a<?= 1 ?>\nb<?php #[A] # c\n/** d */ ?>\r\nx", false);
    CU_ASSERT_EQUAL(r->tok[0].kind, PHPVM_T_INLINE_HTML);
    CU_ASSERT_EQUAL(r->tok[1].kind, PHPVM_T_OPEN_TAG_WITH_ECHO);
    CU_ASSERT_EQUAL(r->tok[3].kind, PHPVM_T_CLOSE_TAG);
    CU_ASSERT_EQUAL(r->tok[3].len, 3);
    CU_ASSERT_EQUAL(r->tok[5].kind, PHPVM_T_ATTRIBUTE);
    CU_ASSERT_EQUAL(r->tok[8].kind, PHPVM_T_DOC_COMMENT);
    CU_ASSERT_EQUAL(r->tok[9].kind, PHPVM_T_CLOSE_TAG);
    CU_ASSERT_EQUAL(r->tok[9].len, 4);
    CU_ASSERT_EQUAL(r->tok[10].kind, PHPVM_T_INLINE_HTML);
    CU_ASSERT_EQUAL(r->tok[10].line, 4);
}

/* Lines and columns of tokens (1-based; PHP reports lines, tools want columns too). */
static void test_lines_columns(void)
{
    lexed_t *r = lex("<?php\n  $a =\n\t'x\ny' + 1;", false);
    CU_ASSERT_EQUAL(r->tok[0].line, 2);
    CU_ASSERT_EQUAL(r->tok[0].col, 3);
    CU_ASSERT_EQUAL(r->tok[2].line, 3);
    CU_ASSERT_EQUAL(r->tok[2].col, 2);
    CU_ASSERT_EQUAL(r->tok[3].line, 4);
}

/* php -l: "Unclosed '{' on line 2", "Unmatched ')'", "Unclosed '[' does not match ')'". */
static void test_bracket_nesting(void)
{
    lexed_t *r = lex("<?php\nif (1) {\n", true);
    CU_ASSERT_STRING_EQUAL(r->err.message, "Unclosed '{' on line 2");
    CU_ASSERT_EQUAL(r->err.line, 3);
    r = lex("<?php\n)", true);
    CU_ASSERT_STRING_EQUAL(r->err.message, "Unmatched ')'");
    r = lex("<?php [1)", true);
    CU_ASSERT_STRING_EQUAL(r->err.message, "Unclosed '[' does not match ')'");
    r = lex("<?php [1)", false);
    CU_ASSERT_EQUAL(r->status, 0);
}

/* php -l: "Invalid UTF-8 codepoint escape sequence" for "\u{}" and "\u{zz}". */
static void test_unicode_escape_errors(void)
{
    lexed_t *r = lex("<?php \"\\u{}\";", true);
    CU_ASSERT_STRING_EQUAL(r->err.message, "Invalid UTF-8 codepoint escape sequence");
    r = lex("<?php \"\\u{110000}\";", true);
    CU_ASSERT_STRING_EQUAL(r->err.message,
                           "Invalid UTF-8 codepoint escape sequence: Codepoint too large");
    r = lex("<?php \"\\u0041\";", true);
    CU_ASSERT(str_is(&r->tok[0], "\\u0041", 6));
}

UNIT_SUITE(phpvm_lexer, setup, teardown, UNIT_TEST(test_double_quoted_escapes),
           UNIT_TEST(test_single_quoted), UNIT_TEST(test_interpolation_tokens),
           UNIT_TEST(test_heredoc_indentation), UNIT_TEST(test_heredoc_errors),
           UNIT_TEST(test_numbers), UNIT_TEST(test_number_edges), UNIT_TEST(test_casts),
           UNIT_TEST(test_keywords_contextual), UNIT_TEST(test_name_tokens),
           UNIT_TEST(test_tags_and_comments), UNIT_TEST(test_lines_columns),
           UNIT_TEST(test_bracket_nesting), UNIT_TEST(test_unicode_escape_errors))

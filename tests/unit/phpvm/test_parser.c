/*
** test_parser.c: phpvm's PHP parser (phpvm/parse*.c): PHP's wording, line and column of common
** syntax errors and of the compile errors its parser raises, PHP's precedence quirks, bounded
** nesting, __halt_compiler and the error frame. Expected messages and lines are php -n -l 8.2's
** output for the same source, quoted as they are in the table.
*/
#include <stdlib.h>
#include <string.h>

#include "phpvm/phpvm.h"
#include "tests/unit/unit.h"

static rt_arena_t arena;
static phpvm_parse_result_t result;

static int setup(void)
{
    rt_arena_init(&arena);
    return 0;
}

static int teardown(void)
{
    rt_arena_free(&arena);
    return 0;
}

static phpvm_parse_result_t *parse(const char *src)
{
    rt_arena_free(&arena);
    phpvm_parse(&arena, src, strlen(src), &result);
    return &result;
}

/* The AST dump of src, malloc'ed. */
static char *dump(const char *src)
{
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    phpvm_parse_result_t *r = parse(src);
    if (r->ast)
        phpvm_ast_dump(out, r->ast, false);
    else
        fprintf(out, "ERROR %u %s\n", r->error.line, r->error.message);
    fclose(out);
    return text;
}

/* php -n -l on "<?php\n" SOURCE ("~" is a newline here) prints MESSAGE on LINE. */
static const struct {
    const char *source, *message;
    unsigned line;
} errors[] = {
    {"function f() {~    return 1~}", "syntax error, unexpected token \"}\", expecting \";\"", 4},
    {"foreach ($a as $k => $v $w) {}",
     "syntax error, unexpected variable \"$w\", expecting \"->\" or \"?->\" or \"{\" or \"[\"", 2},
    {"class A { function }", "syntax error, unexpected token \"}\"", 2},
    {"fn($x) => ;", "syntax error, unexpected token \";\"", 2},
    {"const A 1;", "syntax error, unexpected integer \"1\", expecting \"=\"", 2},
    {"match(1) { 1 2 };", "syntax error, unexpected integer \"2\", expecting \"=>\"", 2},
    {"list($a) + 1;", "syntax error, unexpected token \"+\", expecting \"=\"", 2},
    {"switch ($a) { foo }",
     "syntax error, unexpected identifier \"foo\", expecting \"case\" or \"default\" or \"}\"", 2},
    {"class { }", "syntax error, unexpected token \"{\", expecting identifier", 2},
    {"new;", "syntax error, unexpected token \";\"", 2},
    {"$x = [1, 2", "Unclosed '[' on line 2", 3},
    {"abstract final class A {}", "Cannot use the final modifier on an abstract class", 2},
    {"class A { final abstract function f(); }",
     "Cannot use the final modifier on an abstract class member", 2},
    {"function f(public public $x) {}", "Multiple access type modifiers are not allowed", 2},
    {"goto 1;", "syntax error, unexpected integer \"1\", expecting identifier", 2},
    {"\"$a[ 1]\";",
     "syntax error, unexpected string content \"\", expecting \"-\" or identifier or variable or "
     "number",
     2},
    {"echo 1", "syntax error, unexpected end of file, expecting \",\" or \";\"", 3},
    {"use A B;", "syntax error, unexpected identifier \"B\", expecting \",\" or \";\"", 2},
    {"$a = 1 $b = 2;", "syntax error, unexpected variable \"$b\"", 2},
    {"foo bar;", "syntax error, unexpected identifier \"bar\"", 2},
    {"f(1 2);", "syntax error, unexpected integer \"2\", expecting \")\"", 2},
    {"if ($a {}", "syntax error, unexpected token \"}\"", 2},
    {"1 < 2 > 3;", "syntax error, unexpected token \">\"", 2},
    {"$a = 'abc", "syntax error, unexpected string content \"abc\"", 2},
    {"else", "syntax error, unexpected token \"else\", expecting end of file", 2},
    {"}", "Unmatched '}'", 2},
    {"$x = 'a' 'bcdefghijklmnopqrstuvwxyz0123456789';",
     "syntax error, unexpected single-quoted string \"bcdefghijklmnopqrstuvwxyz01234...\"", 2},
    {"$x = \\Foo\\Bar \\X;", "syntax error, unexpected fully qualified name \"\\X\"", 2},
    {"echo <<<E~  a~  E~ 1;", "syntax error, unexpected integer \"1\", expecting \",\" or \";\"",
     5},
};

static void test_error_messages(void)
{
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        char src[256] = "<?php\n";
        size_t n = strlen(src);
        for (const char *s = errors[i].source; *s && n + 1 < sizeof src; s++)
            src[n++] = *s == '~' ? '\n' : *s;
        src[n++] = '\n';
        src[n] = '\0';
        phpvm_parse_result_t *r = parse(src);
        CU_ASSERT_PTR_NULL(r->ast);
        bool ok =
            strcmp(r->error.message, errors[i].message) == 0 && r->error.line == errors[i].line;
        if (!ok)
            fprintf(stderr, "\n  %s\n  want %u %s\n  got  %u %s\n", errors[i].source,
                    errors[i].line, errors[i].message, r->error.line, r->error.message);
        CU_ASSERT(ok);
    }
}

/* php -l prints "PHP Parse error:  syntax error, unexpected token \"}\", expecting \";\" in
** t.php on line 4" to the log (display: "Parse error: ..."); columns are for tools. */
static void test_error_format(void)
{
    char buf[256];
    phpvm_parse_result_t *r = parse("<?php\nfunction f() {\n    return 1\n}\n");
    phpvm_parse_error_format(&r->error, "t.php", buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "PHP Parse error:  syntax error, unexpected token \"}\", "
                                "expecting \";\" in t.php on line 4");
    CU_ASSERT_EQUAL(r->error.col, 1);
    r = parse("<?php class A { public public $x; }");
    phpvm_parse_error_format(&r->error, "t.php", buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "PHP Fatal error:  Multiple access type modifiers are not allowed "
                                "in t.php on line 1");
}

/* Precedence, as php-ast shows it: "!$a = f()" assigns first; print and include take a long
** operand; comparisons do not chain; "-2 ** 2" is -(2 ** 2). */
static void test_precedence(void)
{
    char *d = dump("<?php !$a = f();");
    CU_ASSERT_PTR_NOT_NULL(strstr(d, "AST_UNARY_OP UNARY_BOOL_NOT\n    expr: AST_ASSIGN"));
    free(d);
    d = dump("<?php include 'a' . 'b' or die();");
    CU_ASSERT_PTR_NOT_NULL(
        strstr(d, "AST_INCLUDE_OR_EVAL EXEC_INCLUDE\n    expr: AST_BINARY_OP BINARY_BOOL_OR"));
    free(d);
    d = dump("<?php print 1 and 2;");
    CU_ASSERT_PTR_NOT_NULL(strstr(d, "- AST_BINARY_OP BINARY_BOOL_AND\n    left: AST_PRINT"));
    free(d);
    d = dump("<?php -2 ** 2;");
    CU_ASSERT_PTR_NOT_NULL(
        strstr(d, "AST_UNARY_OP UNARY_MINUS\n    expr: AST_BINARY_OP BINARY_POW"));
    free(d);
    d = dump("<?php $a . $b + $c;");
    CU_ASSERT_PTR_NOT_NULL(strstr(d, "AST_BINARY_OP BINARY_CONCAT\n    left: AST_VAR"));
    free(d);
    d = dump("<?php $a ?? $b ?? $c;");
    CU_ASSERT_PTR_NOT_NULL(strstr(d, "right: AST_BINARY_OP BINARY_COALESCE"));
    free(d);
}

/* Deep nesting is an error, not a stack overflow. */
static void test_nesting_limit(void)
{
    size_t depth = 100000;
    char *src = malloc(depth * 2 + 16);
    strcpy(src, "<?php ");
    size_t n = strlen(src);
    memset(src + n, '(', depth);
    src[n + depth] = '1';
    memset(src + n + depth + 1, ')', depth);
    strcpy(src + n + 2 * depth + 1, ";");
    phpvm_parse_result_t *r = parse(src);
    CU_ASSERT_PTR_NULL(r->ast);
    CU_ASSERT_STRING_EQUAL(r->error.message, "memory exhausted");
    memset(src + n, '[', depth);
    src[n + depth] = '\0';
    parse(src);
    CU_ASSERT_PTR_NULL(r->ast);
    memset(src + n, '{', depth);
    parse(src);
    CU_ASSERT_PTR_NULL(r->ast);
    free(src);
    char *ok = dump("<?php ((((((((((1))))))))));");
    CU_ASSERT_PTR_NOT_NULL(strstr(ok, "- 1"));
    free(ok);
}

/* __halt_compiler(): php-ast's offset is just past the ";" (or the "?>\n" standing for it). */
static void test_halt_compiler(void)
{
    phpvm_parse_result_t *r = parse("<?php echo 1; __halt_compiler(); raw } { data");
    CU_ASSERT_PTR_NOT_NULL(r->ast);
    CU_ASSERT_EQUAL(r->halt_offset, 32);
    r = parse("<?php __halt_compiler() ?>\nX");
    CU_ASSERT_EQUAL(r->halt_offset, 27);
}

/* php -n on "#!/usr/bin/env php\n<?php\n$x = ;" says: unexpected token ";" on line 3. */
static void test_shebang(void)
{
    static const char src[] = "#!/usr/bin/env php\n<?php\n$x = ;\n";
    phpvm_parse_result_t *r = &result;
    rt_arena_free(&arena);
    phpvm_parse_ex(&arena, src, sizeof src - 1, PHPVM_PARSE_SKIP_SHEBANG, r);
    CU_ASSERT_STRING_EQUAL(r->error.message, "syntax error, unexpected token \";\"");
    CU_ASSERT_EQUAL(r->error.line, 3);
    char *d = dump("#!/usr/bin/env php\n<?php echo 1;");
    CU_ASSERT_PTR_NOT_NULL(strstr(d, "expr: \"#!/usr/bin/env php\\n\""));
    free(d);
}

/* php: "\400" warns "Octal escape sequence overflow \400 is greater than \377". */
static void test_warnings(void)
{
    phpvm_parse_result_t *r = parse("<?php\n$a = \"\\400\";");
    CU_ASSERT_PTR_NOT_NULL_FATAL(r->warnings);
    CU_ASSERT_STRING_EQUAL(r->warnings->message,
                           "Octal escape sequence overflow \\400 is greater than \\377");
    CU_ASSERT_EQUAL(r->warnings->line, 2);
}

/* Doc comments reach declarations as php-ast shows them. */
static void test_doc_comments(void)
{
    char *d = dump("<?php /** f doc */ function f() {} class C { /** p */ public $p; /** m */ "
                   "function m() {} }");
    CU_ASSERT_PTR_NOT_NULL(strstr(d, "docComment: \"/** f doc */\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(d, "docComment: \"/** p */\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(d, "docComment: \"/** m */\""));
    free(d);
}

UNIT_SUITE(phpvm_parser, setup, teardown, UNIT_TEST(test_error_messages),
           UNIT_TEST(test_error_format), UNIT_TEST(test_precedence), UNIT_TEST(test_nesting_limit),
           UNIT_TEST(test_halt_compiler), UNIT_TEST(test_warnings), UNIT_TEST(test_doc_comments),
           UNIT_TEST(test_shebang))

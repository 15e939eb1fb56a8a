/*
** test_corpus.c: the recorded front-end corpus. Every tests/unit/phpvm/parse/NAME.php is lexed and
** parsed; the token stream must equal NAME.tokens and the tree (or "ERROR <line> <message>") must
** equal NAME.ast, both recorded from php -n 8.2 itself by tools/record-phpparse (PhpToken and
** php-ast). PHPVM_PARSE_CORPUS (a -D define) names the directory.
*/
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/phpvm.h"
#include "tests/unit/unit.h"

typedef void (*render_fn)(FILE *out, rt_arena_t *arena, const char *src, size_t len);

static void render_tokens(FILE *out, rt_arena_t *arena, const char *src, size_t len)
{
    phpvm_tokens_dump(out, arena, src, len);
}

static void render_ast(FILE *out, rt_arena_t *arena, const char *src, size_t len)
{
    phpvm_parse_result_t r;

    phpvm_parse(arena, src, len, &r);
    if (r.ast)
        phpvm_ast_dump(out, r.ast, false);
    else
        fprintf(out, "ERROR %u %s\n", r.error.line, r.error.message);
}

/* Renders every NAME.php with `render` and compares with NAME<ext>; returns the files checked. */
static int check_corpus(const char *ext, render_fn render)
{
    DIR *dir = opendir(PHPVM_PARSE_CORPUS);
    struct dirent *e;
    int checked = 0;

    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    while ((e = readdir(dir)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".php") != 0) continue;
        char path[1024], expected_path[1024];
        snprintf(path, sizeof path, "%s/%s", PHPVM_PARSE_CORPUS, e->d_name);
        snprintf(expected_path, sizeof expected_path, "%s/%.*s%s", PHPVM_PARSE_CORPUS, (int)(n - 4),
                 e->d_name, ext);
        size_t src_len, expected_len;
        char *src = phpvm_read_file(path, &src_len);
        char *expected = phpvm_read_file(expected_path, &expected_len);
        CU_ASSERT_PTR_NOT_NULL_FATAL(src);
        CU_ASSERT_PTR_NOT_NULL_FATAL(expected);

        char *actual = NULL;
        size_t actual_len = 0;
        FILE *out = open_memstream(&actual, &actual_len);
        rt_arena_t arena;
        rt_arena_init(&arena);
        render(out, &arena, src, src_len);
        fclose(out);
        rt_arena_free(&arena);
        bool same = actual_len == expected_len && memcmp(actual, expected, actual_len) == 0;
        if (!same) fprintf(stderr, "\n  corpus mismatch: %s (expected %s)\n", path, expected_path);
        CU_ASSERT(same);
        checked++;
        free(actual);
        free(src);
        free(expected);
    }
    closedir(dir);
    return checked;
}

static void test_corpus_tokens(void)
{
    CU_ASSERT(check_corpus(".tokens", render_tokens) >= 40);
}

static void test_corpus_ast(void)
{
    CU_ASSERT(check_corpus(".ast", render_ast) >= 40);
}

UNIT_SUITE(phpvm_corpus, NULL, NULL, UNIT_TEST(test_corpus_tokens), UNIT_TEST(test_corpus_ast))

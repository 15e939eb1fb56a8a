/*
** test_corpus.c: the parser against CPython 3.11 on two corpora (tools/record-pyast records them):
** parse/NAME.py must dump exactly as parse/NAME.ast (ast.dump), bad/NAME.py must fail with the
** type, message and positions of bad/NAME.err. Also checks the parser's bounds: deep nesting and
** fuzz-like inputs end in an error, never a crash.
*/
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pyvm/pyvm.h"
#include "tests/unit/unit.h"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    size_t got = fread(buf, 1, (size_t)n, f);
    fclose(f);
    buf[got] = '\0';
    *len = got;
    return buf;
}

/* Calls check(dir, stem) for every stem.py in PYVM_TEST_DIR/sub; returns how many. */
static int each_py(const char *sub, void (*check)(const char *dir, const char *stem))
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/%s", PYVM_TEST_DIR, sub);
    DIR *d = opendir(dir);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".py"))
            continue;
        char stem[512];
        snprintf(stem, sizeof stem, "%.*s", (int)(n - 3), e->d_name);
        check(dir, stem);
        count++;
    }
    closedir(d);
    return count;
}

static void check_parse(const char *dir, const char *stem)
{
    char path[2048];
    size_t len, elen;
    snprintf(path, sizeof path, "%s/%s.py", dir, stem);
    char *src = slurp(path, &len);
    snprintf(path, sizeof path, "%s/%s.ast", dir, stem);
    char *expected = slurp(path, &elen);
    CU_ASSERT_PTR_NOT_NULL_FATAL(src);
    CU_ASSERT_PTR_NOT_NULL_FATAL(expected);
    rt_arena_t arena;
    rt_arena_init(&arena);
    pyvm_syntax_error_t err;
    pyvm_ast_node_t *tree = pyvm_parse(&arena, src, len, PYVM_PARSE_FILE, &err);
    char *got = NULL;
    size_t glen = 0;
    FILE *out = open_memstream(&got, &glen);
    if (tree)
        pyvm_ast_dump(tree, out);
    else
        fprintf(out, "ERROR %s", err.message);
    fputc('\n', out);
    fclose(out);
    if (strcmp(got, expected))
        fprintf(stderr, "\nparse/%s.py:\n  expected %.300s\n  got      %.300s\n", stem, expected,
                got);
    CU_ASSERT_STRING_EQUAL(got, expected);
    free(got);
    free(src);
    free(expected);
    rt_arena_free(&arena);
}

static void check_bad(const char *dir, const char *stem)
{
    char path[2048];
    size_t len, elen;
    snprintf(path, sizeof path, "%s/%s.py", dir, stem);
    char *src = slurp(path, &len);
    snprintf(path, sizeof path, "%s/%s.err", dir, stem);
    char *expected = slurp(path, &elen);
    CU_ASSERT_PTR_NOT_NULL_FATAL(src);
    CU_ASSERT_PTR_NOT_NULL_FATAL(expected);
    rt_arena_t arena;
    rt_arena_init(&arena);
    pyvm_syntax_error_t err;
    pyvm_ast_node_t *tree = pyvm_parse(&arena, src, len, PYVM_PARSE_FILE, &err);
    CU_ASSERT_PTR_NULL(tree);
    char got[512];
    snprintf(got, sizeof got, "%s: %s\n%d %d %d %d\n", pyvm_syntax_error_type_name(err.type),
             err.message, err.lineno, err.offset, err.end_lineno, err.end_offset);
    if (strcmp(got, expected))
        fprintf(stderr, "\nbad/%s.py:\n  expected %s  got      %s", stem, expected, got);
    CU_ASSERT_STRING_EQUAL(got, expected);
    free(src);
    free(expected);
    rt_arena_free(&arena);
}

static void test_parse_corpus(void) { CU_ASSERT(each_py("parse", check_parse) >= 10); }

static void test_bad_corpus(void) { CU_ASSERT(each_py("bad", check_bad) >= 100); }

/* Parses src (NUL-terminated) and returns the error message, or "" if it parsed. */
static const char *parse_error(const char *src, size_t len)
{
    static pyvm_syntax_error_t err;
    rt_arena_t arena;
    rt_arena_init(&arena);
    pyvm_ast_node_t *tree = pyvm_parse(&arena, src, len, PYVM_PARSE_FILE, &err);
    rt_arena_free(&arena);
    return tree ? "" : err.message;
}

static char *repeat(const char *head, const char *unit, size_t n, const char *tail)
{
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    char *s = malloc(hl + ul * n + tl + 1), *q = s;
    memcpy(q, head, hl);
    q += hl;
    for (size_t i = 0; i < n; i++, q += ul)
        memcpy(q, unit, ul);
    memcpy(q, tail, tl + 1);
    return s;
}

/* Nesting without brackets is bounded by the parser's depth guard, not by the C stack. */
static void test_deep_nesting(void)
{
    static const char *const units[] = {"-", "not ", "lambda: ", "x if y else ", "~+"};
    for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
        char *s = repeat("x = ", units[i], 100000, "1\n");
        const char *msg = parse_error(s, strlen(s));
        CU_ASSERT_STRING_EQUAL(msg, "too many nested expressions or statements for the parser");
        free(s);
    }
    char *s = repeat("x = ", "[", 199, "");
    char *t = repeat(s, "]", 199, "\n");
    CU_ASSERT_STRING_EQUAL(parse_error(t, strlen(t)), ""); /* CPython's limit is 200 */
    free(s);
    free(t);
    s = repeat("", "f(", 250, "");
    CU_ASSERT_STRING_EQUAL(parse_error(s, strlen(s)), "too many nested parentheses");
    free(s);
}

/* Truncations of a valid file at every byte end in a tree or an error, never a crash. */
static void test_truncations(void)
{
    size_t len;
    char path[1024];
    snprintf(path, sizeof path, "%s/parse/compound.py", PYVM_TEST_DIR);
    char *src = slurp(path, &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(src);
    int errors = 0;
    for (size_t n = 0; n <= len; n++)
        errors += *parse_error(src, n) != '\0';
    CU_ASSERT(errors > 0);
    free(src);
}

UNIT_SUITE(parser_corpus, NULL, NULL, UNIT_TEST(test_parse_corpus), UNIT_TEST(test_bad_corpus),
           UNIT_TEST(test_deep_nesting), UNIT_TEST(test_truncations))

/*
** pyast_dump.c: `pyast-dump [-e] [-t] FILE...` parses each file with the pyvm front end and prints
** its AST as CPython's ast.dump does (one line per file), or the syntax error as
** "ERROR Type: message (line, offset, end_line, end_offset)". tools/check-pyparse compares its
** output with python3's; -t prints the time spent tokenizing and parsing, for speed checks.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pyvm/pyvm.h"

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *grown = realloc(buf, cap *= 2);
            if (!grown) {
                free(buf);
                buf = NULL;
            }
            buf = grown;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    bool eval = false, timing = false, quiet = false;
    double total = 0;
    size_t bytes = 0;
    int status = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-e")) {
            eval = true;
            continue;
        }
        if (!strcmp(argv[i], "-t")) {
            timing = quiet = true;
            continue;
        }
        size_t len;
        char *src = read_all(argv[i], &len);
        if (!src) {
            fprintf(stderr, "pyast-dump: cannot read %s\n", argv[i]);
            status = 2;
            continue;
        }
        rt_arena_t arena;
        rt_arena_init(&arena);
        pyvm_syntax_error_t err;
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        pyvm_ast_node_t *tree =
            pyvm_parse(&arena, src, len, eval ? PYVM_PARSE_EVAL : PYVM_PARSE_FILE, &err);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        total += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        bytes += len;
        if (!quiet) {
            if (tree) {
                pyvm_ast_dump(tree, stdout);
                fputc('\n', stdout);
            } else {
                printf("ERROR %s: %s (%d, %d, %d, %d)\n", pyvm_syntax_error_type_name(err.type),
                       err.message, err.lineno, err.offset, err.end_lineno, err.end_offset);
                status = status ? status : 1;
            }
        }
        rt_arena_free(&arena);
        free(src);
    }
    if (timing)
        printf("%zu bytes in %.3f s (%.1f MB/s)\n", bytes, total, (double)bytes / 1e6 / total);
    return status;
}

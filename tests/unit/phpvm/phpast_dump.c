/*
** phpast_dump.c: `phpast-dump FILE` parses FILE with phpvm's parser and prints the AST in the
** form tools/phpast-oracle prints php-ast's, or "ERROR <line> <message>" when the file does not
** parse (the message PHP would print). `phpast-dump -l FILE` prints only what `php -l` says:
** "No syntax errors detected in FILE" or "PHP Parse error:  ... in FILE on line N".
** `phpast-dump --lines FILE` adds each node's line (" @N"), as tools/phpast-oracle --lines.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/phpvm.h"

int main(int argc, char **argv)
{
    phpvm_parse_result_t r;
    rt_arena_t arena;
    bool lint = argc == 3 && strcmp(argv[1], "-l") == 0;
    bool lines = argc == 3 && strcmp(argv[1], "--lines") == 0;
    const char *path = argv[argc - 1];
    size_t len;
    char *src;

    if (argc != 2 && !lint && !lines) {
        fprintf(stderr, "usage: phpast-dump [-l|--lines] FILE\n");
        return 2;
    }
    if (!(src = phpvm_read_file(path, &len))) {
        perror(path);
        return 2;
    }
    rt_arena_init(&arena);
    phpvm_parse(&arena, src, len, &r);
    if (lint && r.ast) {
        printf("No syntax errors detected in %s\n", path);
    } else if (lint) {
        char buf[512];
        phpvm_parse_error_format(&r.error, path, buf, sizeof buf);
        printf("%s\n", buf);
    } else if (r.ast) {
        phpvm_ast_dump(stdout, r.ast, lines);
    } else {
        printf("ERROR %u %s\n", r.error.line, r.error.message);
    }
    rt_arena_free(&arena);
    free(src);
    return r.ast ? 0 : 1;
}

/*
** phplex_dump.c: `phplex-dump FILE` prints phpvm's token stream for FILE in the form
** tools/phplex-oracle prints PHP's (LINE NAME "TEXT"), for tools/check-phplex. On a lexical
** error it prints "ERROR <line> <message>" and exits 1.
*/
#include <stdio.h>
#include <stdlib.h>

#include "phpvm/lexer.h"
#include "phpvm/phpvm.h"

int main(int argc, char **argv)
{
    rt_arena_t arena;
    phpvm_parse_error_t err = {0};
    phpvm_lexer_t lx;
    phpvm_token_t tok;
    size_t len;
    char *src;

    if (argc != 2) {
        fprintf(stderr, "usage: phplex-dump FILE\n");
        return 2;
    }
    src = phpvm_read_file(argv[1], &len);
    if (!src) {
        perror(argv[1]);
        return 2;
    }
    rt_arena_init(&arena);
    phpvm_lexer_init(&lx, &arena, src, len, &err);
    for (;;) {
        int kind = phpvm_lexer_next(&lx, &tok);
        if (kind < 0) {
            printf("ERROR %u %s\n", err.line, err.message);
            break;
        }
        if (kind == PHPVM_T_END)
            break;
        const char *name = phpvm_token_name(kind);
        char one[2] = {(char)kind, 0};
        printf("%u %s \"", tok.line, name ? name : one);
        phpvm_print_escaped(stdout, tok.text, tok.len);
        printf("\"\n");
    }
    rt_arena_free(&arena);
    free(src);
    return err.kind != PHPVM_ERR_NONE;
}

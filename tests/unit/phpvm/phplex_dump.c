/*
** phplex_dump.c: `phplex-dump FILE` prints phpvm's token stream for FILE in the form
** tools/phplex-oracle prints PHP's (LINE NAME "TEXT"), for tools/check-phplex.
*/
#include <stdio.h>
#include <stdlib.h>

#include "phpvm/phpvm.h"

int main(int argc, char **argv)
{
    rt_arena_t arena;
    size_t len;
    char *src;
    bool ok;

    if (argc != 2) {
        fprintf(stderr, "usage: phplex-dump FILE\n");
        return 2;
    }
    if (!(src = phpvm_read_file(argv[1], &len))) {
        perror(argv[1]);
        return 2;
    }
    rt_arena_init(&arena);
    ok = phpvm_tokens_dump(stdout, &arena, src, len);
    rt_arena_free(&arena);
    free(src);
    return ok ? 0 : 1;
}

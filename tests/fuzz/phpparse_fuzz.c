/*
** phpparse_fuzz.c: libFuzzer target for the PHP front end (phpvm/): every input is lexed as
** token_get_all() would (tokens dumped) and parsed as a file (tree dumped, or the error
** formatted). The front end must never crash, hang or recurse without bound.
** Build and run: tests/fuzz/README.md.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/phpvm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    rt_arena_t arena;
    phpvm_parse_result_t r;
    char *src = malloc(size + 1); /* an exact-size copy, so ASan sees reads past the end */

    if (!sink) sink = fopen("/dev/null", "w");
    memcpy(src, data, size);
    rt_arena_init(&arena);
    phpvm_tokens_dump(sink, &arena, src, size);
    rt_arena_free(&arena);
    phpvm_parse(&arena, src, size, &r);
    if (r.ast) {
        phpvm_ast_dump(sink, r.ast, true);
    } else {
        char buf[512];
        phpvm_parse_error_format(&r.error, "fuzz.php", buf, sizeof buf);
    }
    rt_arena_free(&arena);
    free(src);
    return 0;
}

/*
** pyparse_fuzz.c: libFuzzer target for the Python front end (pyvm/): every input is parsed as a
** file and as an eval expression; trees are dumped (exercising ast_dump.c) and errors formatted.
** The front end must never crash, hang or recurse without bound. Build and run: tests/fuzz/README.md.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "pyvm/pyvm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    for (int mode = 0; mode < 2; mode++) {
        rt_arena_t arena;
        rt_arena_init(&arena);
        pyvm_syntax_error_t err;
        pyvm_ast_node_t *tree = pyvm_parse(&arena, (const char *)data, size,
                                           mode ? PYVM_PARSE_EVAL : PYVM_PARSE_FILE, &err);
        if (tree) {
            pyvm_ast_dump(tree, sink);
        } else {
            char buf[512];
            pyvm_syntax_error_format(&err, "fuzz.py", buf, sizeof buf);
        }
        rt_arena_free(&arena);
    }
    return 0;
}

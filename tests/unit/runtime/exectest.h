/*
** exectest.h: what the execution-model suites (test_code.c, test_frame.c, test_exc.c,
** test_shape.c) share: a suite setup that brings the runtime up once (rt_init), a builder of small
** code objects, and objects that only frame slots refer to.
*/
#ifndef PYHYP_TEST_EXECTEST_H
#define PYHYP_TEST_EXECTEST_H

#include <stdint.h>

#include "runtime/rt.h"

/* CUnit suite setup: rt_init (idempotent) before anything runs (defined in test_code.c). */
int exectest_setup(void);

/* A code object of `lang` named `name` in file "test.<lang>" with `nlocals` locals and a value
** stack of `nstack` slots: `ninsns` one-byte instructions, instruction i on line firstline + i. */
rt_code_t *exectest_code(rt_lang_t lang, const char *name, uint32_t nlocals, uint32_t nstack,
                         uint32_t ninsns, int32_t firstline);

#endif

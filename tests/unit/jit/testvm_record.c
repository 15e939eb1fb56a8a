/*
** testvm_record.c: TEST SCAFFOLDING: the test VM's recorder, testvm_handlers.inc compiled with the
** vocabulary's recorder build, and the loop that runs it while a trace is being recorded.
*/
#include <stdlib.h>

#include "tests/unit/jit/testvm.h"
/* testvm.h defines J_VM_AFTER_CALL, which the vocabulary needs */
#include "jit/jvocab_record.h"

#define JHELPER J_HELPER_WRAPPER
#include "jit/helpers.def"
#include "tests/unit/jit/testvm_helpers.def"
#undef JHELPER

J_PTR_TYPE(testvm_obj_t)

#include "tests/unit/jit/testvm_handlers.inc"

static jit_step_t dispatch(jit_hctx_t *H)
{
    switch (testvm_decode(H)) {
#define TESTVM_CASE(name, pops, pushes, fl)                                                        \
    case TESTVM_##name:                                                                            \
        return h_##name(H);
        TESTVM_OPS(TESTVM_CASE)
#undef TESTVM_CASE
    default:
        abort();
    }
}

jit_step_t testvm_record(jit_hctx_t *H)
{
    while (jit_rec_active()) {
        testvm_decode(H);
        jit_rec_ins_start(H);
        jit_step_t s = dispatch(H);
        if (s != JIT_STEP_OK) {
            jit_rec_abort(H, s == JIT_STEP_ERROR ? "exception while recording"
                                                 : "entry frame returned while recording");
            return s;
        }
    }
    return JIT_STEP_OK;
}

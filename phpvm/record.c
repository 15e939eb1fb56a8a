/*
** record.c: phpvm's trace recorder (ARCHITECTURE.md section 5): jhandlers.inc compiled after
** jit/jvocab_record.h, so each handler runs for real and records its IR. jit/ calls the step
** below for each instruction of a PHP frame while it records a trace (jit_record), whichever
** language the trace started in. An opcode that is not written in the vocabulary yet ends the
** recording with "NYI: opcode NAME" before it runs; the interpreter then runs it.
*/
#include "phpvm/interp.h"
#include "jit/jvocab_record.h"

#define JHELPER J_HELPER_WRAPPER
#include "jit/helpers.def"
#include "phpvm/helpers.def"
#undef JHELPER

#include "phpvm/jhandlers.inc"

jit_step_t phpvm_record_step(jit_hctx_t *H)
{
    const uint8_t *ip = jit_rec_frame_sync(H);
    if (*ip == PHPVM_I_RETURN && (H->f->flags & PHPVM_FRAME_GEN)) /* handlers.inc's gen_return */
        return jit_rec_nyi(H, "return of a generator that foreach resumed");
    switch (phpvm_opinfo[*ip].base) { /* a kind form (ops.def) records as its op */
#define REC_CASE(name, nopnd)                                                                      \
    case PHPVM_I_##name:                                                                           \
        phpvm_interp_decode(H, ip, nopnd);                                                         \
        jit_rec_ins_start(H);                                                                      \
        return jit_rec_active() ? h_##name(H) : JIT_STEP_OK;
        PHPVM_JIT_OPS(REC_CASE)
#undef REC_CASE
    default:
        return jit_rec_nyi(H, phpvm_opinfo[*ip].name);
    }
}

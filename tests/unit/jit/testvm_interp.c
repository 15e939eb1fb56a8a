/*
** testvm_interp.c: TEST SCAFFOLDING: the test VM's interpreter, testvm_handlers.inc compiled with
** the vocabulary's interpreter build, its dispatch loop, exception unwinding and entry point.
*/
#include <stdlib.h>

#include "tests/unit/jit/testvm.h"
/* testvm.h defines J_VM_AFTER_CALL, which the vocabulary needs */
#include "jit/jvocab_interp.h"

#define JHELPER J_HELPER_WRAPPER
#include "jit/helpers.def"
#include "tests/unit/jit/testvm_helpers.def"
#undef JHELPER

J_PTR_TYPE(testvm_obj_t)

#include "tests/unit/jit/testvm_handlers.inc"

/* Runs the instruction at H; the handlers move H->top, this loop keeps H->sp. */
static jit_step_t dispatch(jit_hctx_t *H)
{
    jit_step_t s;
    H->top = H->f->slots + H->sp;
    switch (testvm_decode(H)) {
#define TESTVM_CASE(name, pops, pushes, fl)                                                        \
    case TESTVM_##name:                                                                            \
        s = h_##name(H);                                                                           \
        break;
        TESTVM_OPS(TESTVM_CASE)
#undef TESTVM_CASE
    default:
        abort();
    }
    H->sp = (uint32_t)(H->top - H->f->slots);
    return s;
}

/* Unwinds the pending exception through H->f and its callers up to the entry frame, adding a
** traceback entry for each. */
static void unwind(jit_hctx_t *H)
{
    for (;;) {
        rt_frame_t *f = H->f;
        f->pc = H->pc;
        rt_tb_here(f, false);
        bool entry = (f->flags & RT_FRAME_ENTRY) != 0;
        rt_frame_pop(rt_ts, f);
        if (entry)
            return;
        H->f = rt_ts->frame;
        H->pc = H->f->pc;
    }
}

static void resume(jit_hctx_t *H, rt_frame_t *f)
{
    H->f = f;
    H->pc = f->pc;
    H->sp = f->code->nlocals + f->depth;
}

static uint32_t after_call(const rt_frame_t *f) { return J_VM_AFTER_CALL(f); }

rt_value_t testvm_run(rt_code_t *code, const rt_value_t *args, uint32_t nargs)
{
    /* one VM plays both languages: only the recorder's return into a caller of the other
    ** language needs the table (the loop runs frames of either language itself) */
    static const jit_lang_t lang = {.after_call = after_call};
    jit_set_resume_hook(RT_LANG_PY, resume);
    jit_set_resume_hook(RT_LANG_PHP, resume);
    jit_set_lang(RT_LANG_PY, &lang);
    jit_set_lang(RT_LANG_PHP, &lang);
    rt_frame_t *f = rt_frame_push(rt_ts, code);
    if (!f)
        return rt_frame_raise_overflow(rt_ts, (rt_lang_t)code->lang);
    f->flags |= RT_FRAME_ENTRY;
    for (uint32_t i = 0; i < nargs; i++)
        f->slots[i] = args[i];
    jit_hctx_t h = {.f = f, .pc = 0, .sp = code->nlocals};
    jit_hctx_t *H = &h;
    for (;;) {
        jit_step_t s = dispatch(H);
        if (s == JIT_STEP_RECORD)
            s = testvm_record(H);
        if (s == JIT_STEP_OK)
            continue;
        if (s == JIT_STEP_DONE)
            return H->ret;
        unwind(H);
        return RT_NOVALUE;
    }
}

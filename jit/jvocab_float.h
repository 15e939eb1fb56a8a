/*
** jvocab_float.h: float values in the handler vocabulary (jvocab.h), shared by the VMs' handlers:
** the two spellings of a float (runtime/float.h), an immediate word or a boxed rt_float_t, read
** and made with vocabulary operations, so a trace decodes and encodes immediates in IR (FBITS,
** IBITS, shifts) and guards on the spelling it saw. A VM's jhandlers.inc includes it after the
** helper wrappers (J_HELPER_WRAPPER over jit/helpers.def), which it calls.
*/
#ifndef PYHYP_JIT_JVOCAB_FLOAT_H
#define PYHYP_JIT_JVOCAB_FLOAT_H

J_PTR_TYPE(rt_float_t)

/* Whether v is an immediate float (tag bits 10). */
#define J_IS_FLOAT_IMM(v) J_EQ(J_BAND(J_AS_INT(v), J_INT(3)), J_INT(2))

/* The double of float v (either spelling), false when v is no float. */
J_STATIC bool j_float_of(jit_hctx_t *H, JV v, JF *out)
{
    if (J_IF(J_IS_FLOAT_IMM(v))) {
        JI b = J_BOR(J_SHR(J_AS_INT(v), J_INT(3)), J_SHL(J_AS_INT(v), J_INT(61)));
        *out = J_IBITS(J_SUB(b, J_INT((int64_t)RT_FLOAT_IMM_OFFSET)));
        return true;
    }
    if (!J_IF(J_TYPE_IS(v, &rt_type_float)))
        return false;
    *out = J_LOAD_IMM(JF, rt_float_t, J_AS_PTR(rt_float_t, v), value);
    return true;
}

/* Whether v is a float (either spelling). */
J_STATIC bool j_is_float(jit_hctx_t *H, JV v)
{
    return J_IF(J_IS_FLOAT_IMM(v)) || J_IF(J_TYPE_IS(v, &rt_type_float));
}

/* The float value of d (rt_float_new): immediate when the exponent allows, which a trace guards;
** else the box the helper makes. */
J_STATIC JV j_float_new(jit_hctx_t *H, JF d)
{
    JI b = J_ADD(J_FBITS(d), J_INT((int64_t)RT_FLOAT_IMM_OFFSET));
    JV w = J_AS_VAL(J_BOR(J_SHL(b, J_INT(3)), J_SHR(b, J_INT(61))));
    if (J_IF(J_IS_FLOAT_IMM(w)))
        return w;
    return J_CALL(rt_float_box, d);
}

#endif

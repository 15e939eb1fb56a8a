/*
** xcall.c: calls between the languages through the JIT vocabulary (ARCHITECTURE.md sections 5
** and 6). A PHP call of a Python function, or a Python call of a PHP function, whose arguments
** cross as themselves (ints, floats, booleans, null) and whose parameters bind one to one pushes
** the callee's frame in the caller's CALL handler, so the recorder follows into it and a loop
** that calls across records one trace with the callee inlined. The hooks below tell each VM when
** that holds; everything else (keyword arguments, references, arrays and objects to adapt,
** decorated functions) keeps going through bridge_call_py / bridge_call_php. When such a frame
** returns to the interpreter of the other language, jit_settle hands its result (or exception) to
** the cross hook, which adapts it as those functions do.
*/
#include "bridge/internal.h"
#include "jit/jit.h"

/* phpvm_foreign_code_hook: a plain Python function (pyvm's simple binding: positional
** parameters only, no cells, not a generator), not decorated with by-reference parameters. */
static rt_code_t *py_code(rt_value_t f, uint32_t argc)
{
    if (!rt_is_ptr(f) || rt_obj_type(rt_ptr(f)) != &pyvm_type_func)
        return NULL;
    pyvm_code_t *c = ((pyvm_func_t *)rt_ptr(f))->code;
    if (c->argcount != argc || c->kwonly || c->first_arg != 1 || c->ncells || c->nfree ||
        (c->pyflags & (PYVM_CO_VARARGS | PYVM_CO_VARKW | PYVM_CO_GENERATOR | PYVM_CO_COROUTINE)))
        return NULL;
    if (bridge_php_decor(f, 0) != RT_NOVALUE)
        return NULL;
    return &c->base;
}

/* pyvm_foreign_code_hook: a PHP function (not a closure or method) whose parameters are by
** value and untyped, with no defaults left, variadics, func_get_args() or superglobals; its
** frame starts with no $this, the function, no called class. */
static rt_code_t *php_code(rt_value_t f, uint32_t nargs, rt_value_t *pre, uint32_t *npre)
{
    if (!rt_is_ptr(f) || rt_obj_type(rt_ptr(f)) != &phpvm_type_func ||
        rt_ts != rt_thread_main()) /* bridge_call_php raises for other threads */
        return NULL;
    phpvm_func_t *fn = rt_ptr(f);
    if (fn->builtin || !fn->code || fn->nparams != nargs || fn->args_slot ||
        (fn->flags & (PHPVM_F_ABSTRACT | PHPVM_F_VARIADIC | PHPVM_F_GENERATOR |
                      PHPVM_F_TRAMPOLINE | PHPVM_F_BYREF_RETURN)) ||
        (fn->code->base.flags & (PHPVM_CODE_SG_CHECKED | PHPVM_CODE_SG)) != PHPVM_CODE_SG_CHECKED)
        return NULL;
    for (uint32_t i = 0; i < nargs; i++)
        if ((fn->pflags[i] & PHPVM_P_BYREF) || rt_tuple_get(fn->ptypes, i))
            return NULL;
    pre[PHPVM_SLOT_THIS] = RT_NOVALUE;
    pre[PHPVM_SLOT_FUNC] = f;
    pre[PHPVM_SLOT_SCOPE] = RT_NOVALUE;
    *npre = PHPVM_NHIDDEN;
    return &fn->code->base;
}

/* jit_cross_fn: as bridge_call_py and bridge_call_php adapt their callee's result. */
static rt_value_t cross(rt_value_t v, rt_lang_t from, rt_lang_t to)
{
    (void)from;
    if (to == RT_LANG_PHP)
        return v ? bridge_to_php(v) : bridge_exc_to_php();
    return bridge_php_result_to_py(v);
}

void bridge_xcall_hooks(void)
{
    phpvm_foreign_code_hook = py_code;
    pyvm_foreign_code_hook = php_code;
    jit_set_cross(cross);
}

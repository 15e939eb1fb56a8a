/*
** scope.c: cross-language scoping (BRIDGE.md, "Cross-language scoping"). A Python function
** compiled inside a PHP frame (compile_py_func) resolves a name that neither its locals, its
** globals nor the builtins bind in that PHP frame's variables (late: the value at the time of
** the lookup, the frame kept alive by its frame object), then in PHP's globals: variables,
** functions, classes, constants. pyvm consults this through pyvm_name_fallback. An array found
** this way is reached by reference, so Python can change it in place. Assigning a `global`
** name that the function's own namespace does not bind sets the PHP global (PyHyp's rule).
** The other way round, a PHP function compiled inside a Python frame (compile_php_func) finds
** the names PHP leaves unbound in that frame, its enclosing scopes, then both languages'
** globals (phpvm_scope_hook).
*/
#include <ctype.h>

#include "bridge/internal.h"

/* The key under which an embedded function's globals keep their enclosing PHP frame (in a
** cell, so that nothing Python can see lacks Python behaviour). */
static rt_str_t *scope_key(void)
{
    static rt_str_t *key;
    if (!key)
        key = rt_str_intern_cstr("__php_scope__");
    return key;
}

void bridge_scope_enclose(rt_map_t *globals, rt_frame_t *f)
{
    rt_value_t o = f && f->lang == RT_LANG_PHP ? rt_from_ptr(rt_frame_escape(rt_ts, f)) : rt_none;
    rt_map_set_str(globals, scope_key(), rt_from_ptr(pyvm_cell_new(o)));
}

/* The slot of variable `name` of a PHP frame (object), or -1. */
static int64_t php_var_slot(rt_frameobj_t *o, rt_str_t *name)
{
    phpvm_code_t *code = (phpvm_code_t *)o->code;
    for (uint32_t i = 0; i < code->ncv; i++)
        if (rt_str_eq(rt_ptr(rt_tuple_get(code->cvnames, i)), name))
            return PHPVM_NHIDDEN + i;
    return -1;
}

/* Variable `name` of a PHP frame (object) as Python sees it, RT_NOVALUE if unset there. */
static rt_value_t frame_var(rt_frameobj_t *o, rt_str_t *name)
{
    int64_t i = php_var_slot(o, name);
    if (i >= 0) {
        rt_value_t v = rt_frameobj_slots(o)[i];
        if (!v || phpvm_deref(v) == RT_NOVALUE)
            return RT_NOVALUE;
        if (!phpvm_is_ref(v)) {
            if (!phpvm_is_array(v))
                return bridge_to_py(v);
            v = rt_from_ptr(phpvm_ref_new(v)); /* shared from now on, as `global` would */
            rt_frameobj_set_slot(o, (uint32_t)i, v);
        }
        return bridge_cell_to_py(rt_ptr(v));
    }
    return RT_NOVALUE;
}

/* A PHP global variable (without creating it). */
static rt_value_t global_var(rt_str_t *name)
{
    rt_frame_t *m = phpvm_vm->main_frame;
    if (m) {
        rt_value_t v = frame_var(rt_frame_escape(rt_ts, m), name);
        if (v)
            return v;
    }
    rt_value_t r = rt_map_get_str(phpvm_vm->globals_extra, name);
    return r ? bridge_cell_to_py(rt_ptr(r)) : RT_NOVALUE;
}

/* s in lower case (PHP's function and class tables' keys); s itself when it is already. */
static rt_str_t *lower(rt_str_t *s)
{
    int64_t upper = 0;
    while (upper < s->len && !isupper((unsigned char)s->data[upper]))
        upper++;
    if (upper == s->len)
        return s;
    rt_str_t *lc = rt_str_alloc(&rt_type_str, (size_t)s->len);
    for (int64_t i = 0; i < s->len; i++)
        lc->data[i] = (char)tolower((unsigned char)s->data[i]);
    return lc;
}

rt_value_t bridge_scope_global(rt_str_t *name)
{
    rt_value_t v = global_var(name);
    if (v)
        return v;
    rt_str_t *lc = lower(name);
    if ((v = rt_map_get_str(phpvm_vm->functions, lc)))
        return bridge_to_py(v); /* a Python function installed in PHP comes back as itself */
    if ((v = rt_map_get_str(phpvm_vm->classes, lc)))
        return v;
    if ((v = rt_map_get_str(phpvm_vm->constants, name)))
        return bridge_to_py(v);
    return RT_NOVALUE;
}

int bridge_scope_store(rt_map_t *globals, rt_str_t *name, rt_value_t v)
{
    if (!phpvm_vm || !pyvm_dict_get_str(globals, scope_key()))
        return -1;
    phpvm_ref_set(phpvm_global_ref(name), bridge_to_php(v));
    return 1;
}

rt_value_t bridge_scope_lookup(rt_map_t *globals, rt_str_t *name)
{
    if (!phpvm_vm)
        return RT_NOVALUE;
    rt_value_t cell = pyvm_dict_get_str(globals, scope_key());
    rt_value_t frame = cell ? ((pyvm_cell_t *)rt_ptr(cell))->value : rt_none;
    if (frame != rt_none) {
        rt_value_t v = frame_var(rt_ptr(frame), name);
        if (v)
            return v;
    }
    return bridge_scope_global(name);
}

/* ---- PHP functions compiled inside Python frames (compile_php_func) ---- */

/* Local `name` of a Python frame (object): a parameter, local, cell or free variable, or the
** namespace of module-level code; RT_NOVALUE if unbound there. */
static rt_value_t py_frame_var(rt_frameobj_t *o, rt_str_t *name)
{
    pyvm_code_t *code = (pyvm_code_t *)o->code;
    rt_value_t *slots = rt_frameobj_slots(o);
    if (code->first_arg == 2 && slots[1]) /* module or class body: its namespace */
        return pyvm_dict_get_str(rt_ptr(slots[1]), name);
    for (int64_t i = 0; i < rt_tuple_len(code->varnames); i++) {
        if (!rt_str_eq(rt_ptr(rt_tuple_get(code->varnames, i)), name))
            continue;
        rt_value_t v = slots[i];
        bool cell = (i >= code->cell_base && i < code->cell_base + code->ncells) ||
                    (i >= code->free_base && i < code->free_base + code->nfree);
        return v && cell ? ((pyvm_cell_t *)rt_ptr(v))->value : v;
    }
    return RT_NOVALUE;
}

/* phpvm_scope_hook: a name a PHP function compiled in Python frame `enclosing` leaves unbound:
** that frame's locals, then the PHP frame enclosing its function (if PHP compiled it), then
** PHP's global variables, then the Python function's globals and builtins. */
static rt_value_t php_scope(rt_value_t enclosing, rt_str_t *name)
{
    rt_frameobj_t *o = rt_ptr(enclosing);
    rt_value_t v = py_frame_var(o, name);
    if (v)
        return bridge_to_php(v);
    rt_value_t *slots = rt_frameobj_slots(o);
    pyvm_func_t *fn = slots[0] && rt_value_type(slots[0]) == &pyvm_type_func ? rt_ptr(slots[0])
                                                                                  : NULL;
    rt_value_t cell = fn ? pyvm_dict_get_str(fn->globals, scope_key()) : RT_NOVALUE;
    rt_value_t php = cell ? ((pyvm_cell_t *)rt_ptr(cell))->value : rt_none;
    int64_t i = php != rt_none ? php_var_slot(rt_ptr(php), name) : -1;
    if (i >= 0 && (v = phpvm_deref(rt_frameobj_slots(rt_ptr(php))[i])))
        return v;
    rt_frame_t *m = phpvm_vm->main_frame;
    rt_frameobj_t *mo = m ? rt_frame_escape(rt_ts, m) : NULL;
    if (mo && (i = php_var_slot(mo, name)) >= 0 && (v = phpvm_deref(rt_frameobj_slots(mo)[i])))
        return v;
    if ((v = rt_map_get_str(phpvm_vm->globals_extra, name)))
        return phpvm_deref(v);
    if (fn && ((v = pyvm_dict_get_str(fn->globals, name)) || (v = pyvm_dict_get_str(pyvm_builtins, name))))
        return bridge_to_php(v);
    return RT_NOVALUE;
}

void bridge_scope_hooks(void) { phpvm_scope_hook = php_scope; }

/*
** mod_operator.c: _operator, the C half of Debian's operator.py (modules.h). operator.py defines
** every function in Python and then takes over whatever _operator provides; pyvm provides the
** ones whose pure-Python version differs from CPython's C one in what users can see: index()
** (the __index__ protocol with its checks, not a bare a.__index__() call) and length_hint()
** (builtin containers, CPython's messages).
*/
#include "pyvm/modules/modules.h"

static rt_value_t o_index(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    return pyvm_index(a[0]);
}

/* length_hint(obj, default=0): len(obj), else type(obj).__length_hint__(obj) checked, else
** default (also when __length_hint__ raises TypeError). */
static rt_value_t o_length_hint(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    rt_value_t dflt = n > 1 ? a[1] : rt_small(0);
    if (!rt_is_int(pyvm_unwrap(dflt)))
        return rt_raise(RT_EXC_TYPE, "'%s' object cannot be interpreted as an integer",
                        pyvm_type_name(dflt));
    pyvm_class_t *c = pyvm_type_of(a[0]);
    const rt_pyslots_t *s = pyvm_slots(a[0]);
    bool has_len = rt_is_ptr(a[0]) && (rt_obj_type(rt_ptr(a[0])) == &pyvm_type_instance
                                           ? pyvm_type_lookup(c, pyvm_name(len)) != RT_NOVALUE
                                           : s && s->len);
    if (has_len) {
        int64_t len = pyvm_len(a[0]);
        if (len >= 0)
            return rt_small(len);
        if (!pyvm_isinstance(rt_exc_current(), pyvm_exc_TypeError))
            return RT_NOVALUE;
        rt_exc_clear();
    }
    bool found;
    rt_value_t r = pyvm_call_dunder(a[0], rt_str_intern_cstr("__length_hint__"), NULL, 0, &found);
    if (!found || r == pyvm_notimpl)
        return found || !rt_exc_pending() ? dflt : RT_NOVALUE;
    if (!r && pyvm_isinstance(rt_exc_current(), pyvm_exc_TypeError)) {
        rt_exc_clear(); /* a TypeError from __length_hint__ means "no hint", as CPython's */
        return dflt;
    }
    if (!r)
        return RT_NOVALUE;
    if (!rt_is_int(pyvm_unwrap(r)))
        return rt_raise(RT_EXC_TYPE, "__length_hint__ must be an integer, not %s",
                        pyvm_type_name(r));
    int64_t hint;
    if (!pyvm_index_i64(r, &hint))
        return RT_NOVALUE;
    if (hint < 0)
        return rt_raise(RT_EXC_VALUE, "__length_hint__() should return >= 0");
    return pyvm_unwrap(r);
}

static const pyvm_cfunc_def_t operator_functions[] = {
    {"index", o_index, 1, 1, 0, 0},
    {"length_hint", o_length_hint, 1, 2, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_operator_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, operator_functions);
    pyvm_mod_put(d, "__doc__", pyvm_str_cstr("Operator interface."));
    return d;
}

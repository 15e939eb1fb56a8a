/*
** mod_operator.c: _operator, the C half of Debian's operator.py (modules.h). operator.py defines
** every function in Python and then takes over whatever _operator provides; pyvm provides the
** ones whose pure-Python version differs from CPython's C one in what users can see: index()
** (the __index__ protocol with its checks, not a bare a.__index__() call).
*/
#include "pyvm/modules/modules.h"

static rt_value_t o_index(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    return pyvm_index(a[0]);
}

static const pyvm_cfunc_def_t operator_functions[] = {
    {"index", o_index, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_operator_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, operator_functions);
    pyvm_mod_put(d, "__doc__", pyvm_str_cstr("Operator interface."));
    return d;
}

/*
** mod_atexit.c: the native `atexit` module (modules.h): functions registered to run when the
** program ends (pyvm_mod_atexit_run, called by run.c), last registered first, each with its
** arguments; an exception in one is reported and the others still run.
*/
#include "pyvm/modules/modules.h"

static rt_value_t callbacks; /* list of (func, args tuple, kwargs dict) */

static rt_vec_t *list(void)
{
    if (!callbacks) {
        gc_root_add(&callbacks, 1);
        callbacks = rt_from_ptr(pyvm_list_new(2));
    }
    return rt_ptr(callbacks);
}

static rt_value_t a_register(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    if (n == 0)
        return rt_raise(RT_EXC_TYPE, "register() takes at least 1 argument (0 given)");
    if (!pyvm_slots(a[0]) || !pyvm_slots(a[0])->call)
        return rt_raise(RT_EXC_TYPE, "the first argument must be callable");
    rt_map_t *kwargs = pyvm_dict_new();
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++)
        if (!pyvm_dict_set(kwargs, rt_tuple_get(kw, k), a[n + (size_t)k]))
            return RT_NOVALUE;
    rt_value_t entry[3] = {a[0], pyvm_tuple_from(a + 1, (int64_t)n - 1), rt_from_ptr(kwargs)};
    rt_vec_append(list(), pyvm_tuple_from(entry, 3));
    return a[0];
}

static rt_value_t a_unregister(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    rt_vec_t *l = list();
    for (int64_t i = rt_vec_len(l) - 1; i >= 0; i--) {
        int eq = pyvm_eq(rt_tuple_get(rt_ptr(rt_vec_get(l, i)), 0), a[0]);
        if (eq < 0)
            return RT_NOVALUE;
        if (eq)
            rt_vec_del(l, i, i + 1);
    }
    return rt_none;
}

void pyvm_mod_atexit_run(void)
{
    rt_vec_t *l = list();
    while (rt_vec_len(l)) {
        rt_tuple_t *e = rt_ptr(rt_vec_get(l, rt_vec_len(l) - 1));
        rt_vec_del(l, rt_vec_len(l) - 1, rt_vec_len(l));
        rt_value_t args[2] = {rt_tuple_get(e, 1), rt_tuple_get(e, 2)};
        rt_tuple_t *pos = rt_ptr(args[0]);
        rt_map_t *kwd = rt_ptr(args[1]);
        rt_vec_t *all = rt_vec_new(rt_tuple_len(pos) + rt_map_count(kwd));
        rt_vec_t *names = rt_vec_new(rt_map_count(kwd));
        for (int64_t i = 0; i < rt_tuple_len(pos); i++)
            rt_vec_append(all, rt_tuple_get(pos, i));
        for (int64_t p = rt_map_next(kwd, 0); p >= 0; p = rt_map_next(kwd, p + 1)) {
            rt_vec_append(all, rt_map_value_at(kwd, p));
            rt_vec_append(names, rt_map_key_at(kwd, p).obj);
        }
        rt_tuple_t *kwnames = rt_vec_len(names)
                              ? rt_tuple_from(rt_vec_items(names), rt_vec_len(names)) : NULL;
        if (!pyvm_call(rt_tuple_get(e, 0), rt_vec_items(all), (size_t)rt_tuple_len(pos), kwnames)) {
            rt_tb_t *tb;
            rt_value_t exc = rt_exc_fetch(&tb);
            fprintf(stderr, "Exception ignored in atexit callback:\n");
            pyvm_exc_print(exc, tb, stderr);
        }
    }
}

static rt_value_t a_run(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    pyvm_mod_atexit_run();
    return rt_none;
}

static rt_value_t a_clear(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    rt_vec_del(list(), 0, rt_vec_len(list()));
    return rt_none;
}

static rt_value_t a_ncallbacks(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_small(rt_vec_len(list()));
}

static const pyvm_cfunc_def_t atexit_functions[] = {
    {"register", a_register, 0, -1, 0, 1},
    {"unregister", a_unregister, 1, 1, 0, 0},
    {"_run_exitfuncs", a_run, 0, 0, 0, 0},
    {"_clear", a_clear, 0, 0, 0, 0},
    {"_ncallbacks", a_ncallbacks, 0, 0, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_atexit_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, atexit_functions);
    return d;
}

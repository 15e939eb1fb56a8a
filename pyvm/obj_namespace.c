/*
** obj_namespace.c: types.SimpleNamespace (object.h), the class of sys.implementation: an
** instance whose attributes are the keyword arguments it was made with, shown as
** namespace(a=1, b=2) and equal to another namespace with the same attributes.
*/
#include "pyvm/code.h"

pyvm_class_t *pyvm_cls_namespace;

static rt_value_t ns_init(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    if (n > 1)
        return rt_raise(RT_EXC_TYPE, "SimpleNamespace expected at most 1 argument, got %zu", n);
    if (n == 1) {
        rt_map_t *d = pyvm_dict_new();
        if (!pyvm_dict_update(d, a[0]))
            return RT_NOVALUE;
        for (int64_t p = rt_map_next(d, 0); p >= 0; p = rt_map_next(d, p + 1)) {
            rt_value_t k = rt_map_key_at(d, p).obj;
            if (!pyvm_is_str(k))
                return rt_raise(RT_EXC_TYPE, "keywords must be strings");
            if (!pyvm_setattr(self, pyvm_str_of(k), rt_map_value_at(d, p)))
                return RT_NOVALUE;
        }
    }
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++)
        if (!pyvm_setattr(self, pyvm_str_of(rt_tuple_get(kw, k)), a[n + (size_t)k]))
            return RT_NOVALUE;
    return rt_none;
}

static rt_value_t ns_repr(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    pyvm_class_t *cls = pyvm_type_of(self);
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_appendf(&b, "%s(", cls == pyvm_cls_namespace ? "namespace" : cls->name->data);
    rt_map_t *m = pyvm_instance_dict_copy(rt_ptr(self));
    bool first = true;
    for (int64_t p = rt_map_next(m, 0); p >= 0; p = rt_map_next(m, p + 1)) {
        rt_value_t r = pyvm_repr(rt_map_value_at(m, p));
        if (!r)
            return RT_NOVALUE;
        rt_strbuf_appendf(&b, "%s%s=%s", first ? "" : ", ",
                          pyvm_str_of(rt_map_key_at(m, p).obj)->data, pyvm_str_of(r)->data);
        first = false;
    }
    rt_strbuf_appendf(&b, ")");
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t ns_eq(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    if (!pyvm_isinstance(a[0], pyvm_cls_namespace))
        return pyvm_notimpl;
    rt_value_t x = pyvm_getattr(self, pyvm_name(dict));
    rt_value_t y = x ? pyvm_getattr(a[0], pyvm_name(dict)) : RT_NOVALUE;
    return y ? pyvm_richcmp(x, y, PYVM_EQ) : RT_NOVALUE;
}

static const pyvm_cfunc_def_t ns_methods[] = {
    {"__init__", ns_init, 0, -1, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 1},
    {"__repr__", ns_repr, 0, 0, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {"__eq__", ns_eq, 1, 1, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_namespace_init(void)
{
    gc_root_add(&pyvm_cls_namespace, 1);
    pyvm_cls_namespace = pyvm_type_new_builtin("SimpleNamespace", NULL, pyvm_cls_object);
    pyvm_type_setattr(pyvm_cls_namespace, pyvm_name(module), pyvm_str_cstr("types"));
    pyvm_cfunc_install(pyvm_cls_namespace, ns_methods);
    pyvm_type_setattr(pyvm_cls_namespace, pyvm_name(hash), rt_none);
}

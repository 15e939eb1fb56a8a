/*
** structseq.c: struct sequences for the native modules (modules.h), as CPython's
** os.stat_result, sys.version_info, os.terminal_size: a tuple subclass made once per descriptor
** whose instances also carry each field as an attribute (fields past nvisible only as
** attributes) and print as name(field=value, ...).
*/
#include <stdlib.h>

#include "pyvm/modules/modules.h"

/* Every descriptor whose class exists, to find an instance's fields from its class. */
enum { MAX_STRUCTSEQ = 64 };
static pyvm_structseq_t *registry[MAX_STRUCTSEQ];
static int nregistry;

static pyvm_structseq_t *desc_of(rt_value_t self)
{
    rt_tuple_t *mro = pyvm_type_of(self)->mro;
    for (int64_t i = 0; i < rt_tuple_len(mro); i++)
        for (int k = 0; k < nregistry; k++)
            if (rt_from_ptr(registry[k]->cls) == rt_tuple_get(mro, i))
                return registry[k];
    return NULL;
}

static bool set_fields(rt_value_t self, pyvm_structseq_t *d, const rt_value_t *vals, size_t n)
{
    for (size_t i = 0; i < (size_t)d->nfields; i++)
        if (!pyvm_setattr(self, rt_str_intern_cstr(d->fields[i]), i < n ? vals[i] : rt_none))
            return false;
    return true;
}

/* T(sequence): the tuple is made from the sequence already; the fields follow it. */
static rt_value_t ss_init(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    pyvm_structseq_t *d = desc_of(self);
    rt_value_t t = pyvm_unwrap(self);
    if (!d || !pyvm_is_tuple(t))
        return rt_raise(RT_EXC_TYPE, "not a struct sequence");
    rt_tuple_t *tt = rt_ptr(t);
    if (rt_tuple_len(tt) < d->nvisible)
        return rt_raise(RT_EXC_TYPE, "%s.%s() takes an at least %d-sequence (%lld-sequence given)",
                        d->module, d->name, d->nvisible, (long long)rt_tuple_len(tt));
    return set_fields(self, d, tt->items, (size_t)rt_tuple_len(tt)) ? rt_none : RT_NOVALUE;
}

static rt_value_t ss_repr(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    pyvm_structseq_t *d = desc_of(self);
    if (!d)
        return rt_raise(RT_EXC_TYPE, "not a struct sequence");
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    rt_strbuf_appendf(&b, "%s.%s(", d->module, d->name);
    for (int i = 0; i < d->nvisible; i++) {
        rt_value_t v = pyvm_getattr(self, rt_str_intern_cstr(d->fields[i]));
        rt_value_t r = v ? pyvm_repr(v) : RT_NOVALUE;
        if (!r)
            return RT_NOVALUE;
        rt_strbuf_appendf(&b, "%s%s=%s", i ? ", " : "", d->fields[i], pyvm_str_of(r)->data);
    }
    rt_strbuf_appendf(&b, ")");
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static const pyvm_cfunc_def_t ss_methods[] = {
    {"__init__", ss_init, 0, -1, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 1},
    {"__repr__", ss_repr, 0, 0, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

pyvm_class_t *pyvm_structseq_class(pyvm_structseq_t *d)
{
    if (d->cls)
        return d->cls;
    if (nregistry == MAX_STRUCTSEQ)
        abort(); /* a fixed set of static descriptors: more means a table grew unnoticed */
    gc_root_add(&d->cls, 1);
    registry[nregistry++] = d;
    rt_map_t *ns = pyvm_dict_new();
    rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr(d->module));
    rt_map_set_str(ns, rt_str_intern_cstr("n_sequence_fields"), rt_small(d->nvisible));
    rt_map_set_str(ns, rt_str_intern_cstr("n_fields"), rt_small(d->nfields));
    rt_value_t base = rt_from_ptr(pyvm_cls_tuple);
    d->cls = pyvm_type_new(rt_str_intern_cstr(d->name), rt_ptr(pyvm_tuple_from(&base, 1)), ns);
    if (d->cls)
        pyvm_cfunc_install(d->cls, ss_methods);
    return d->cls;
}

rt_value_t pyvm_structseq_new(pyvm_structseq_t *d, const rt_value_t *vals)
{
    pyvm_class_t *cls = pyvm_structseq_class(d);
    if (!cls)
        return RT_NOVALUE;
    rt_value_t obj = pyvm_instance_wrap(cls, pyvm_tuple_from(vals, d->nvisible));
    return set_fields(obj, d, vals, (size_t)d->nfields) ? obj : RT_NOVALUE;
}

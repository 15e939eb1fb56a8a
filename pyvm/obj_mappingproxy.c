/*
** obj_mappingproxy.c: types.MappingProxyType (object.h), the read-only view of a mapping that
** a class's __dict__ is: item reads, iteration, len, containment and the read-only dict
** methods (keys, values, items, get, copy) reach the mapping; writes are refused.
*/
#include <string.h>

#include "pyvm/code.h"

typedef struct proxy {
    rt_obj_t hdr;
    rt_value_t mapping;
} proxy_t;

static void proxy_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit(tracer, ((proxy_t *)obj)->mapping);
}

static rt_type_t proxy_type = RT_TYPE_INIT("mappingproxy", proxy_trace, NULL, 0);
static pyvm_class_t *proxy_cls;

#define MAPPING(v) (((proxy_t *)rt_ptr(v))->mapping)

rt_value_t pyvm_mappingproxy_new(rt_value_t mapping)
{
    proxy_t *p = rt_alloc(&proxy_type, sizeof *p);
    p->mapping = mapping;
    gc_write_barrier(p);
    return rt_from_ptr(p);
}

static rt_value_t proxy_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_no_kwargs("mappingproxy", kw) || !pyvm_check_nargs("mappingproxy", nargs, 1, 1))
        return RT_NOVALUE;
    const rt_pyslots_t *s = pyvm_slots(args[0]);
    if (!s || !s->getitem || pyvm_is_list(args[0]) || pyvm_is_tuple(args[0]))
        return rt_raise(RT_EXC_TYPE, "mappingproxy() argument must be a mapping, not %s",
                        pyvm_type_name(args[0]));
    return pyvm_mappingproxy_new(args[0]);
}

static rt_value_t proxy_repr(rt_value_t self)
{
    rt_value_t r = pyvm_repr(MAPPING(self));
    if (!r)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_appendf(&b, "mappingproxy(%s)", pyvm_str_of(r)->data);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t proxy_getitem(rt_value_t self, rt_value_t k) { return pyvm_getitem(MAPPING(self), k); }
static int64_t proxy_len(rt_value_t self) { return pyvm_len(MAPPING(self)); }
static rt_value_t proxy_iter(rt_value_t self) { return pyvm_iter(MAPPING(self)); }
static int proxy_contains(rt_value_t self, rt_value_t x) { return pyvm_contains(MAPPING(self), x); }

static rt_value_t proxy_richcmp(rt_value_t a, rt_value_t b, int op)
{
    return pyvm_richcmp(MAPPING(a), b, op);
}

/* The read-only methods of the mapping, bound to it. */
static rt_value_t proxy_getattr(rt_value_t self, rt_str_t *name)
{
    static const char *const read_only[] = {"keys", "values", "items", "get", "copy"};
    for (size_t i = 0; i < sizeof read_only / sizeof read_only[0]; i++)
        if (strcmp(name->data, read_only[i]) == 0)
            return pyvm_getattr(MAPPING(self), name);
    return pyvm_generic_getattr(self, name);
}

static const rt_pyslots_t proxy_slots = {
    .cls = &proxy_cls,
    .repr = proxy_repr,
    .getattr = proxy_getattr,
    .richcmp = proxy_richcmp,
    .iter = proxy_iter,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .contains = proxy_contains,
};

void pyvm_mappingproxy_init(void)
{
    gc_root_add(&proxy_cls, 1);
    proxy_type.py = &proxy_slots;
    proxy_cls = pyvm_type_new_builtin("mappingproxy", &proxy_type, pyvm_cls_object);
    proxy_cls->flags |= PYVM_CLASS_MAPPING;
    proxy_cls->ctor = proxy_ctor;
}

/*
** module.c: module objects and sys.modules (code.h). A module is a named dict whose attributes
** are its entries. The native modules (modules/modules.h) are built on first import and cached in
** sys.modules like any other; import.c finds and runs source modules.
*/
#include <string.h>

#include "pyvm/modules/modules.h"

typedef struct module {
    rt_obj_t hdr;
    rt_str_t *name;
    rt_map_t *dict;
} module_t;

static void module_trace(gc_tracer_t *tracer, void *obj)
{
    module_t *m = obj;
    gc_visit_ptr(tracer, m->name);
    gc_visit_ptr(tracer, m->dict);
}

static rt_type_t module_type = RT_TYPE_INIT("module", module_trace, NULL, 0);

static rt_value_t module_getattr(rt_value_t self, rt_str_t *name)
{
    module_t *m = rt_ptr(self);
    rt_value_t v = pyvm_dict_get_str(m->dict, name);
    if (v || rt_exc_pending())
        return v;
    if (name == pyvm_name(dict))
        return rt_from_ptr(m->dict);
    return rt_raise(RT_EXC_ATTRIBUTE, "module '%s' has no attribute '%s'", m->name->data,
                    name->data);
}

static bool module_setattr(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    module_t *m = rt_ptr(self);
    if (v)
        return pyvm_dict_set(m->dict, rt_from_ptr(name), v);
    return pyvm_dict_del(m->dict, rt_from_ptr(name)) > 0;
}

/* <module 'a' from '/path/a.py'> for source modules, (built-in) for the native ones. */
static rt_value_t module_repr(rt_value_t self)
{
    module_t *m = rt_ptr(self);
    rt_value_t file = pyvm_dict_get_str(m->dict, pyvm_name(dunder_file));
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    if (file && pyvm_is_str(file))
        rt_strbuf_appendf(&b, "<module '%s' from '%s'>", m->name->data, pyvm_str_of(file)->data);
    else
        rt_strbuf_appendf(&b, "<module '%s' (built-in)>", m->name->data);
    rt_exc_clear();
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static const rt_pyslots_t module_slots = {
    .cls = &pyvm_cls_module,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
};

/* sys.modules: the same dict object the sys module exposes. */
static rt_map_t *modules;

void pyvm_module_init(void)
{
    gc_root_add(&modules, 1);
    modules = pyvm_dict_new();
    module_type.py = &module_slots;
    pyvm_cls_module = pyvm_type_new_builtin("module", &module_type, pyvm_cls_object);
}

rt_map_t *pyvm_module_table(void) { return modules; }

rt_value_t pyvm_module_new(rt_str_t *name, rt_map_t *dict)
{
    module_t *m = rt_alloc(&module_type, sizeof *m);
    m->name = rt_str_intern(name);
    m->dict = dict;
    rt_map_set_str(dict, pyvm_name(name), rt_from_ptr(m->name));
    if (!rt_map_get_str(dict, pyvm_name(doc))) /* every module has a __doc__, None by default */
        rt_map_set_str(dict, pyvm_name(doc), rt_none);
    return rt_from_ptr(m);
}

rt_map_t *pyvm_module_dict(rt_value_t v)
{
    if (!rt_is_ptr(v) || rt_obj_type(rt_ptr(v)) != &module_type)
        return NULL;
    return ((module_t *)rt_ptr(v))->dict;
}

rt_value_t pyvm_module_native(rt_str_t *name)
{
    static const struct {
        const char *name;
        rt_map_t *(*make)(void);
    } natives[] = {
#define PYVM_MOD_ENTRY(py, c) {#py, pyvm_mod_##c##_dict},
        PYVM_NATIVE_MODULES(PYVM_MOD_ENTRY)
#undef PYVM_MOD_ENTRY
    };
    for (size_t i = 0; i < sizeof natives / sizeof natives[0]; i++) {
        if (strcmp(name->data, natives[i].name) == 0) {
            rt_map_t *d = natives[i].make();
            if (!d) /* its initialization raised */
                return RT_NOVALUE;
            rt_value_t m = pyvm_module_new(name, d);
            return pyvm_dict_set(modules, rt_from_ptr(name), m) ? m : RT_NOVALUE;
        }
    }
    return RT_NOVALUE;
}

/*
** module.c: module objects and sys.modules (code.h). A module is a named dict whose attributes
** are its entries. The native modules (modules/modules.h) are built on first import and cached in
** sys.modules like any other; import.c finds and runs source modules.
*/
#include <string.h>

#include "pyvm/modules/modules.h"

static void module_trace(gc_tracer_t *tracer, void *obj)
{
    pyvm_module_t *m = obj;
    gc_visit_ptr(tracer, m->name);
    gc_visit_ptr(tracer, m->dict);
}

rt_type_t pyvm_type_module = RT_TYPE_INIT("module", module_trace, NULL, 0);

static rt_value_t module_getattr(rt_value_t self, rt_str_t *name)
{
    pyvm_module_t *m = rt_ptr(self);
    rt_value_t v = pyvm_dict_get_str(m->dict, name);
    if (v || rt_exc_pending())
        return v;
    if (name == pyvm_name(dict))
        return rt_from_ptr(m->dict);
    if (name == pyvm_name(annotations)) { /* made on first use, as CPython 3.10+ */
        v = rt_from_ptr(pyvm_dict_new());
        return pyvm_dict_set(m->dict, rt_from_ptr(name), v) ? v : RT_NOVALUE;
    }
    rt_value_t hook = pyvm_dict_get_str(m->dict, rt_str_intern_cstr("__getattr__")); /* PEP 562 */
    if (hook)
        return pyvm_call1(hook, rt_from_ptr(name));
    if (rt_exc_pending())
        return RT_NOVALUE;
    return rt_raise(RT_EXC_ATTRIBUTE, "module '%s' has no attribute '%s'", m->name->data,
                    name->data);
}

static bool module_setattr(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    pyvm_module_t *m = rt_ptr(self);
    if (v)
        return pyvm_dict_set(m->dict, rt_from_ptr(name), v);
    return pyvm_dict_del(m->dict, rt_from_ptr(name)) > 0;
}

/* <module 'a' from '/path/a.py'> for source modules, (built-in) for the native ones, <module 'a'>
** for those made by calling the module type. */
static rt_value_t module_repr(rt_value_t self)
{
    pyvm_module_t *m = rt_ptr(self);
    rt_value_t file = pyvm_dict_get_str(m->dict, pyvm_name(dunder_file));
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    if (file && pyvm_is_str(file))
        rt_strbuf_appendf(&b, "<module '%s' from '%s'>", m->name->data, pyvm_str_of(file)->data);
    else if (m->made_by_python)
        rt_strbuf_appendf(&b, "<module '%s'>", m->name->data);
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

/* The attributes module.__init__ sets: name, doc, and None for the import-system ones. */
static bool init_attrs(rt_value_t m, rt_value_t name, rt_value_t doc)
{
    static const char *const unset[] = {"__package__", "__loader__", "__spec__"};
    if (!pyvm_setattr(m, pyvm_name(name), name) || !pyvm_setattr(m, pyvm_name(doc), doc))
        return false;
    for (size_t i = 0; i < sizeof unset / sizeof unset[0]; i++)
        if (!pyvm_setattr(m, rt_str_intern_cstr(unset[i]), rt_none))
            return false;
    return true;
}

static bool module_args(const rt_value_t *a, size_t n, rt_tuple_t *kw, rt_value_t *v)
{
    static const char *const names[] = {"name", "doc", NULL};
    if (!pyvm_parse_args("module", a, n, kw, names, 1, v))
        return false;
    if (!pyvm_is_str(v[0])) {
        rt_raise(RT_EXC_TYPE, "module() argument 'name' must be str, not %s",
                 pyvm_type_name(v[0]));
        return false;
    }
    if (!v[1])
        v[1] = rt_none;
    return true;
}

/* types.ModuleType(name, doc=None): a fresh, empty module. */
static rt_value_t module_ctor(pyvm_class_t *cls, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)cls;
    rt_value_t v[2];
    if (!module_args(a, n, kw, v))
        return RT_NOVALUE;
    rt_value_t m = pyvm_module_new(pyvm_str_of(v[0]), pyvm_dict_new());
    ((pyvm_module_t *)rt_ptr(m))->made_by_python = true;
    return init_attrs(m, v[0], v[1]) ? m : RT_NOVALUE;
}

/* module.__init__(self, name, doc=None); self may be an instance of a subclass (whose attributes
** are its own). */
static rt_value_t module_init(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    rt_value_t v[2];
    if (!module_args(a, n, kw, v))
        return RT_NOVALUE;
    return init_attrs(self, v[0], v[1]) ? rt_none : RT_NOVALUE;
}

static const pyvm_cfunc_def_t module_methods[] = {
    {"__init__", module_init, 0, -1, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

/* sys.modules: the same dict object the sys module exposes. */
static rt_map_t *modules;

void pyvm_module_init(void)
{
    gc_root_add(&modules, 1);
    modules = pyvm_dict_new();
    pyvm_type_module.py = &module_slots;
    pyvm_cls_module = pyvm_type_new_builtin("module", &pyvm_type_module, pyvm_cls_object);
    pyvm_cls_module->ctor = module_ctor;
    pyvm_cfunc_install(pyvm_cls_module, module_methods);
}

rt_map_t *pyvm_module_table(void) { return modules; }

rt_value_t pyvm_module_new(rt_str_t *name, rt_map_t *dict)
{
    pyvm_module_t *m = rt_alloc(&pyvm_type_module, sizeof *m);
    m->name = rt_str_intern(name);
    m->dict = dict;
    rt_map_set_str(dict, pyvm_name(name), rt_from_ptr(m->name));
    if (!rt_map_get_str(dict, pyvm_name(doc))) /* every module has a __doc__, None by default */
        rt_map_set_str(dict, pyvm_name(doc), rt_none);
    return rt_from_ptr(m);
}

rt_map_t *pyvm_module_dict(rt_value_t v)
{
    if (!rt_is_ptr(v) || rt_obj_type(rt_ptr(v)) != &pyvm_type_module)
        return NULL;
    return ((pyvm_module_t *)rt_ptr(v))->dict;
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

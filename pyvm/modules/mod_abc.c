/*
** mod_abc.c: the native `_abc` module (modules.h) behind abc.ABCMeta: abstract-method
** bookkeeping, virtual subclass registration and the isinstance/issubclass checks with their
** positive and negative caches, as CPython's _abc. Each ABC holds an _abc_data object in
** `_abc_impl` whose registry and caches are weak sets of classes: maps from a class's address to
** a weak reference (gc_weak_new), an entry counting only while the reference still reaches that
** very class, so neither registering nor caching keeps a class alive. The collection flags that
** match statements test (PYVM_CLASS_SEQUENCE / _MAPPING) come from __abc_tpflags__ and spread to
** registered subclasses, as CPython's.
*/
#include "gc/gc.h"
#include "pyvm/modules/modules.h"

/* __abc_tpflags__ bits (CPython's Py_TPFLAGS_SEQUENCE / _MAPPING). */
enum { TPFLAGS_SEQUENCE = 1 << 5, TPFLAGS_MAPPING = 1 << 6 };

typedef struct {
    rt_obj_t hdr;
    rt_map_t *registry, *cache, *negative_cache;
    int64_t negative_cache_version;
} abc_data_t;

static void abc_data_trace(gc_tracer_t *t, void *o)
{
    abc_data_t *d = o;
    gc_visit_ptr(t, d->registry);
    gc_visit_ptr(t, d->cache);
    gc_visit_ptr(t, d->negative_cache);
}

static rt_type_t abc_data_type = RT_TYPE_INIT("_abc._abc_data", abc_data_trace, NULL, 0);
static pyvm_class_t *abc_data_cls;
static const rt_pyslots_t abc_data_slots = {.cls = &abc_data_cls};

/* Bumped by every registration: negative caches older than it are stale. */
static int64_t invalidation_counter;

/* ---- Weak sets of classes ---- */

static int64_t class_key(pyvm_class_t *c) { return (int64_t)(uintptr_t)c; }

static bool weak_has(rt_map_t *set, pyvm_class_t *c)
{
    rt_value_t w = rt_map_get_int(set, class_key(c));
    return w && gc_weak_get(rt_ptr(w)) == c;
}

static void weak_add(rt_map_t *set, pyvm_class_t *c)
{
    if (!weak_has(set, c))
        rt_map_set_int(set, class_key(c), rt_from_ptr(gc_weak_new(c, NULL, NULL)));
}

/* The live class at a position of a weak set, or NULL. */
static pyvm_class_t *weak_at(rt_map_t *set, int64_t pos)
{
    return gc_weak_get(rt_ptr(rt_map_value_at(set, pos)));
}

/* ---- Helpers ---- */

static bool is_class(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_class;
}

static abc_data_t *impl_of(rt_value_t cls)
{
    rt_value_t d = pyvm_getattr(cls, rt_str_intern_cstr("_abc_impl"));
    if (!d)
        return NULL;
    if (!rt_is_ptr(d) || rt_obj_type(rt_ptr(d)) != &abc_data_type) {
        rt_raise(RT_EXC_TYPE, "_abc_impl is set to a wrong type");
        return NULL;
    }
    return rt_ptr(d);
}

/* issubclass(a, b) with every hook (b may be an ABC itself): 1, 0, -1 with an error pending. */
static int is_subclass(rt_value_t a, rt_value_t b)
{
    rt_value_t f = rt_map_get_str(pyvm_builtins, rt_str_intern_cstr("issubclass"));
    rt_value_t r = pyvm_call2(f, a, b);
    return r ? pyvm_truth(r) : -1;
}

/* getattr(v, "__isabstractmethod__", False) as a truth value; -1 with an error pending. */
static int is_abstract(rt_value_t v)
{
    rt_value_t flag = pyvm_getattr_opt(v, rt_str_intern_cstr("__isabstractmethod__"));
    if (!flag)
        return rt_exc_pending() ? -1 : 0;
    return pyvm_truth(flag);
}

/* Sets the collection flag on a heap class and on every subclass of it that does not already
** have exactly it (builtin types keep theirs). */
static void set_collection_flag(pyvm_class_t *c, uint32_t flag)
{
    if (!(c->flags & PYVM_CLASS_HEAP) ||
        (c->flags & (PYVM_CLASS_SEQUENCE | PYVM_CLASS_MAPPING)) == flag)
        return;
    c->flags = (c->flags & ~(uint32_t)(PYVM_CLASS_SEQUENCE | PYVM_CLASS_MAPPING)) | flag;
    if (c->subclasses)
        for (int64_t i = 0; i < rt_vec_len(c->subclasses); i++)
            set_collection_flag(rt_ptr(rt_vec_get(c->subclasses, i)), flag);
}

static uint32_t collection_flag(pyvm_class_t *c)
{
    return c->flags & (PYVM_CLASS_SEQUENCE | PYVM_CLASS_MAPPING);
}

/* ---- The module's functions ---- */

/* _abc_init(cls): __abstractmethods__ (the abstract names of the class body and those of the
** bases still abstract here), the registry and caches, and __abc_tpflags__ turned into flags. */
static rt_value_t m_abc_init(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    if (!is_class(a[0]))
        return rt_raise(RT_EXC_TYPE, "_abc_init() argument must be a class");
    pyvm_class_t *cls = rt_ptr(a[0]);
    rt_map_t *abstracts = pyvm_set_new(&pyvm_type_set);
    for (int64_t p = rt_map_next(cls->dict, 0); p >= 0; p = rt_map_next(cls->dict, p + 1)) {
        int r = is_abstract(rt_map_value_at(cls->dict, p));
        if (r < 0 || (r && !pyvm_set_add(abstracts, pyvm_dict_key_at(cls->dict, p))))
            return RT_NOVALUE;
    }
    for (int64_t i = 0; i < rt_tuple_len(cls->bases); i++) {
        rt_value_t names =
            pyvm_getattr_opt(rt_tuple_get(cls->bases, i), rt_str_intern_cstr("__abstractmethods__"));
        if (!names) {
            if (rt_exc_pending())
                return RT_NOVALUE;
            continue;
        }
        rt_value_t it = pyvm_iter(names);
        if (!it)
            return RT_NOVALUE;
        for (rt_value_t name; (name = pyvm_next(it));) {
            if (!pyvm_is_str(name))
                return rt_raise(RT_EXC_TYPE, "__abstractmethods__ must be a set of str");
            rt_value_t v = pyvm_getattr_opt(a[0], pyvm_str_of(name));
            int r = v ? is_abstract(v) : rt_exc_pending() ? -1 : 0;
            if (r < 0 || (r && !pyvm_set_add(abstracts, name)))
                return RT_NOVALUE;
        }
        if (rt_exc_pending())
            return RT_NOVALUE;
    }
    rt_value_t frozen = pyvm_call1(rt_from_ptr(pyvm_cls_frozenset), rt_from_ptr(abstracts));
    if (!frozen || !pyvm_setattr(a[0], rt_str_intern_cstr("__abstractmethods__"), frozen))
        return RT_NOVALUE;
    rt_map_t *registry = pyvm_dict_new(), *cache = pyvm_dict_new(), *negative = pyvm_dict_new();
    abc_data_t *d = rt_alloc(&abc_data_type, sizeof *d);
    d->registry = registry;
    d->cache = cache;
    d->negative_cache = negative;
    d->negative_cache_version = invalidation_counter;
    if (!pyvm_setattr(a[0], rt_str_intern_cstr("_abc_impl"), rt_from_ptr(d)))
        return RT_NOVALUE;
    rt_str_t *tpflags = rt_str_intern_cstr("__abc_tpflags__");
    rt_value_t flags = rt_map_get_str(cls->dict, tpflags);
    if (flags && rt_is_small(flags)) {
        int64_t f = rt_small_value(flags);
        uint32_t flag = (f & TPFLAGS_SEQUENCE)  ? PYVM_CLASS_SEQUENCE
                        : (f & TPFLAGS_MAPPING) ? PYVM_CLASS_MAPPING
                                                : 0;
        cls->flags = (cls->flags & ~(uint32_t)(PYVM_CLASS_SEQUENCE | PYVM_CLASS_MAPPING)) | flag;
        if (!pyvm_delattr(a[0], tpflags))
            return RT_NOVALUE;
    }
    return rt_none;
}

/* _abc_register(cls, subclass) */
static rt_value_t m_abc_register(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    if (!is_class(a[1]))
        return rt_raise(RT_EXC_TYPE, "Can only register classes");
    int r = is_subclass(a[1], a[0]);
    if (r)
        return r > 0 ? a[1] : RT_NOVALUE; /* already a subclass */
    r = is_subclass(a[0], a[1]);
    if (r)
        return r > 0 ? rt_raise(RT_EXC_RUNTIME, "Refusing to create an inheritance cycle")
                     : RT_NOVALUE;
    abc_data_t *d = impl_of(a[0]);
    if (!d)
        return RT_NOVALUE;
    weak_add(d->registry, rt_ptr(a[1]));
    invalidation_counter++;
    uint32_t flag = collection_flag(rt_ptr(a[0]));
    if (flag)
        set_collection_flag(rt_ptr(a[1]), flag);
    return a[1];
}

/* o.name(*args) */
static rt_value_t call_method(rt_value_t o, const char *name, const rt_value_t *args, size_t n)
{
    rt_value_t f = pyvm_getattr(o, rt_str_intern_cstr(name));
    return f ? pyvm_call(f, args, n, NULL) : RT_NOVALUE;
}

/* cls.__subclasscheck__(c) (the metaclass's), as the C version calls it. */
static int call_subclasscheck(rt_value_t cls, rt_value_t c)
{
    rt_value_t r = call_method(cls, "__subclasscheck__", &c, 1);
    return r ? pyvm_truth(r) : -1;
}

/* _abc_instancecheck(cls, instance) */
static rt_value_t m_abc_instancecheck(rt_value_t self, const rt_value_t *a, size_t n,
                                      rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    abc_data_t *d = impl_of(a[0]);
    if (!d)
        return RT_NOVALUE;
    rt_value_t subclass = pyvm_getattr(a[1], pyvm_name(class));
    if (!subclass)
        return RT_NOVALUE;
    if (is_class(subclass) && weak_has(d->cache, rt_ptr(subclass)))
        return rt_true;
    rt_value_t subtype = rt_from_ptr(pyvm_type_of(a[1]));
    if (subtype == subclass) {
        if (d->negative_cache_version == invalidation_counter && is_class(subclass) &&
            weak_has(d->negative_cache, rt_ptr(subclass)))
            return rt_false;
        int r = call_subclasscheck(a[0], subclass);
        return r < 0 ? RT_NOVALUE : rt_bool(r);
    }
    int r = call_subclasscheck(a[0], subclass);
    if (r == 0)
        r = call_subclasscheck(a[0], subtype);
    return r < 0 ? RT_NOVALUE : rt_bool(r);
}

/* Whether some class of a list (a weak set's live classes, or cls.__subclasses__()) has
** `subclass` as a subclass: 1, 0, -1. */
static int any_superclass_in(rt_value_t subclass, rt_vec_t *classes)
{
    for (int64_t i = 0; i < rt_vec_len(classes); i++) {
        int r = is_subclass(subclass, rt_vec_get(classes, i));
        if (r)
            return r;
    }
    return 0;
}

static rt_vec_t *live_classes(rt_map_t *set)
{
    rt_vec_t *out = pyvm_list_new(rt_map_count(set));
    for (int64_t p = rt_map_next(set, 0); p >= 0; p = rt_map_next(set, p + 1)) {
        pyvm_class_t *c = weak_at(set, p);
        if (c)
            rt_vec_append(out, rt_from_ptr(c));
    }
    return out;
}

/* _abc_subclasscheck(cls, subclass): the caches, __subclasshook__, the MRO, the registry, then
** the subclasses, each answer cached. */
static rt_value_t m_abc_subclasscheck(rt_value_t self, const rt_value_t *a, size_t n,
                                      rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    if (!is_class(a[1]))
        return rt_raise(RT_EXC_TYPE, "issubclass() arg 1 must be a class");
    pyvm_class_t *sub = rt_ptr(a[1]);
    abc_data_t *d = impl_of(a[0]);
    if (!d)
        return RT_NOVALUE;
    if (weak_has(d->cache, sub))
        return rt_true;
    if (d->negative_cache_version < invalidation_counter) {
        rt_map_clear(d->negative_cache);
        d->negative_cache_version = invalidation_counter;
    } else if (weak_has(d->negative_cache, sub)) {
        return rt_false;
    }
    rt_value_t hook = call_method(a[0], "__subclasshook__", &a[1], 1);
    if (!hook)
        return RT_NOVALUE;
    if (hook == rt_true || hook == rt_false) {
        weak_add(hook == rt_true ? d->cache : d->negative_cache, sub);
        return hook;
    }
    if (hook != pyvm_notimpl)
        return rt_raise(RT_EXC_ASSERTION,
                        "__subclasshook__ must return either False, True, or NotImplemented");
    int r = pyvm_type_is_subclass(sub, rt_ptr(a[0]));
    if (!r) {
        r = any_superclass_in(a[1], live_classes(d->registry));
        if (!r) {
            rt_value_t subs = call_method(a[0], "__subclasses__", NULL, 0);
            rt_vec_t *list = subs ? pyvm_seq_to_vec(subs) : NULL;
            r = list ? any_superclass_in(a[1], list) : -1;
        }
    }
    if (r < 0)
        return RT_NOVALUE;
    weak_add(r ? d->cache : d->negative_cache, sub);
    return rt_bool(r);
}

static rt_value_t m_get_cache_token(rt_value_t self, const rt_value_t *a, size_t n,
                                    rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_int_from_i64(invalidation_counter);
}

/* A set of weakref.ref objects to the live classes of a weak set. */
static rt_value_t weakref_set(rt_map_t *set)
{
    rt_value_t mod = pyvm_import(rt_str_intern_cstr("_weakref"));
    rt_value_t ref = mod ? pyvm_getattr(mod, rt_str_intern_cstr("ref")) : RT_NOVALUE;
    if (!ref)
        return RT_NOVALUE;
    rt_vec_t *classes = live_classes(set);
    rt_map_t *out = pyvm_set_new(&pyvm_type_set);
    for (int64_t i = 0; i < rt_vec_len(classes); i++) {
        rt_value_t r = pyvm_call1(ref, rt_vec_get(classes, i));
        if (!r || !pyvm_set_add(out, r))
            return RT_NOVALUE;
    }
    return rt_from_ptr(out);
}

/* _get_dump(cls): (registry, cache, negative cache, negative cache version), for debugging. */
static rt_value_t m_get_dump(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    abc_data_t *d = impl_of(a[0]);
    if (!d)
        return RT_NOVALUE;
    rt_value_t parts[4] = {weakref_set(d->registry), RT_NOVALUE, RT_NOVALUE,
                           rt_int_from_i64(d->negative_cache_version)};
    if (!parts[0] || !(parts[1] = weakref_set(d->cache)) ||
        !(parts[2] = weakref_set(d->negative_cache)))
        return RT_NOVALUE;
    return pyvm_tuple_from(parts, 4);
}

static rt_value_t m_reset_registry(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    abc_data_t *d = impl_of(a[0]);
    if (!d)
        return RT_NOVALUE;
    rt_map_clear(d->registry);
    return rt_none;
}

static rt_value_t m_reset_caches(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    abc_data_t *d = impl_of(a[0]);
    if (!d)
        return RT_NOVALUE;
    rt_map_clear(d->cache);
    rt_map_clear(d->negative_cache);
    return rt_none;
}

static const pyvm_cfunc_def_t abc_functions[] = {
    {"_abc_init", m_abc_init, 1, 1, 0, 0},
    {"_abc_register", m_abc_register, 2, 2, 0, 0},
    {"_abc_instancecheck", m_abc_instancecheck, 2, 2, 0, 0},
    {"_abc_subclasscheck", m_abc_subclasscheck, 2, 2, 0, 0},
    {"get_cache_token", m_get_cache_token, 0, 0, 0, 0},
    {"_get_dump", m_get_dump, 1, 1, 0, 0},
    {"_reset_registry", m_reset_registry, 1, 1, 0, 0},
    {"_reset_caches", m_reset_caches, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_abc_dict(void)
{
    if (!abc_data_cls) {
        gc_root_add(&abc_data_cls, 1);
        abc_data_type.py = &abc_data_slots;
        abc_data_cls = pyvm_type_new_builtin("_abc_data", &abc_data_type, pyvm_cls_object);
        pyvm_type_setattr(abc_data_cls, pyvm_name(module), pyvm_str_cstr("_abc"));
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, abc_functions);
    pyvm_mod_put(d, "_abc_data", rt_from_ptr(abc_data_cls));
    return d;
}

/*
** obj_instdict.c: an instance's __dict__ (object.h). Instance attributes live in shape-described
** slots (runtime/shape.h), so __dict__ is a live mapping over them rather than a dict: reads,
** writes and deletions go to the slots at once (cached_property, copy, dataclasses and
** vars(obj).update(...) rely on that). Read-only dict methods run on a snapshot dict. Keys
** that are not strings (obj.__dict__[1] = x, which CPython allows) cannot be attribute names:
** they live in a real dict in the hidden attribute __pyvm_keys__, made on first use.
*/
#include <string.h>

#include "pyvm/code.h"

typedef struct instdict {
    rt_obj_t hdr;
    pyvm_instance_t *inst;
} instdict_t;

static void instdict_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((instdict_t *)obj)->inst);
}

static rt_type_t instdict_type = RT_TYPE_INIT("dict", instdict_trace, NULL, 0);
static pyvm_class_t *instdict_cls;

#define INST(v) (((instdict_t *)rt_ptr(v))->inst)

/* Attributes that are not in __dict__: pyvm's own (__pyvm_value__, which holds a builtin subclass
** instance's value (obj_type.c), an exception group's parts...), the fields CPython keeps in an
** exception's struct, and __slots__ values (obj_slots.c), which share the instance's slots. */
static bool hidden(pyvm_instance_t *inst, rt_str_t *name)
{
    if (strncmp(name->data, "__pyvm_", 7) == 0)
        return true;
    if ((inst->cls->flags & PYVM_CLASS_BASEEXC) &&
        (name == pyvm_name(args) || name == pyvm_name(traceback) || name == pyvm_name(cause) ||
         name == pyvm_name(context) || name == pyvm_name(suppress_context)))
        return true;
    rt_value_t attr = pyvm_type_lookup(inst->cls, name);
    return attr && rt_is_ptr(attr) && rt_obj_type(rt_ptr(attr)) == &pyvm_type_member;
}

struct fill {
    rt_map_t *d;
    pyvm_instance_t *inst;
};

static void fill_one(void *ctx, rt_str_t *name, uint32_t slot, uint32_t attr_flags)
{
    struct fill *f = ctx;
    (void)attr_flags;
    rt_value_t v = rt_slots_get(&f->inst->slots, slot);
    if (v && !hidden(f->inst, name))
        rt_map_set_str(f->d, name, v);
}

/* The dict of inst's keys that are not strings; NULL: none yet, unless `make`. */
static rt_map_t *other_keys(pyvm_instance_t *inst, bool make)
{
    rt_value_t d = rt_slots_get_attr(&inst->slots, pyvm_name(pyvm_keys));
    if (!d && make) {
        d = rt_from_ptr(pyvm_dict_new());
        rt_slots_set_attr(inst, &inst->slots, pyvm_name(pyvm_keys), d, 0);
    }
    return d ? rt_ptr(d) : NULL;
}

rt_map_t *pyvm_instance_dict_copy(pyvm_instance_t *inst)
{
    struct fill f = {pyvm_dict_new(), inst};
    rt_shape_each(inst->slots.shape, fill_one, &f);
    rt_map_t *other = other_keys(inst, false);
    if (other)
        for (int64_t p = rt_map_next(other, 0); p >= 0; p = rt_map_next(other, p + 1))
            pyvm_dict_set(f.d, pyvm_dict_key_at(other, p), rt_map_value_at(other, p));
    return f.d;
}

rt_value_t pyvm_instance_dict(pyvm_instance_t *inst)
{
    instdict_t *d = rt_alloc(&instdict_type, sizeof *d);
    d->inst = inst;
    gc_write_barrier(d);
    return rt_from_ptr(d);
}

static rt_value_t snapshot(rt_value_t self) { return rt_from_ptr(pyvm_instance_dict_copy(INST(self))); }

/* The attribute name of key k; NULL: k is not a string (other_keys holds it). */
static rt_str_t *key_name(rt_value_t k)
{
    k = pyvm_unwrap(k);
    return pyvm_is_str(k) ? rt_str_intern(pyvm_str_of(k)) : NULL;
}

static rt_value_t id_getitem(rt_value_t self, rt_value_t k)
{
    rt_str_t *name = key_name(k);
    pyvm_instance_t *inst = INST(self);
    rt_map_t *other = name ? NULL : other_keys(inst, false);
    rt_value_t v = name    ? (hidden(inst, name) ? RT_NOVALUE : rt_slots_get_attr(&inst->slots, name))
                   : other ? pyvm_dict_get(other, k)
                           : RT_NOVALUE;
    if (v || rt_exc_pending())
        return v;
    return rt_exc_set(pyvm_exc_new(pyvm_exc_KeyError, &k, 1));
}

static bool id_setitem(rt_value_t self, rt_value_t k, rt_value_t v)
{
    rt_str_t *name = key_name(k);
    pyvm_instance_t *inst = INST(self);
    if (!name) {
        rt_map_t *other = other_keys(inst, v != RT_NOVALUE);
        if (v)
            return pyvm_dict_set(other, k, v);
        int r = other ? pyvm_dict_del(other, k) : 0;
        if (r == 0)
            rt_exc_set(pyvm_exc_new(pyvm_exc_KeyError, &k, 1));
        return r > 0;
    }
    if (v) {
        rt_slots_set_attr(inst, &inst->slots, name, v, 0);
        return true;
    }
    if (!rt_slots_del_attr(inst, &inst->slots, name)) {
        rt_exc_set(pyvm_exc_new(pyvm_exc_KeyError, &k, 1));
        return false;
    }
    return true;
}

static int id_contains(rt_value_t self, rt_value_t k)
{
    rt_str_t *name = key_name(k);
    if (!name) {
        rt_map_t *other = other_keys(INST(self), false);
        rt_value_t v = other ? pyvm_dict_get(other, k) : RT_NOVALUE;
        return v ? 1 : rt_exc_pending() ? -1 : 0;
    }
    return !hidden(INST(self), name) && rt_slots_get_attr(&INST(self)->slots, name) != RT_NOVALUE;
}

static int64_t id_len(rt_value_t self) { return rt_map_count(pyvm_instance_dict_copy(INST(self))); }
static rt_value_t id_iter(rt_value_t self) { return pyvm_iter(snapshot(self)); }
static rt_value_t id_repr(rt_value_t self) { return pyvm_repr(snapshot(self)); }
static int id_truth(rt_value_t self) { return id_len(self) != 0; }

static rt_value_t id_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (op != PYVM_EQ && op != PYVM_NE)
        return pyvm_notimpl;
    if (rt_is_ptr(b) && rt_obj_type(rt_ptr(b)) == &instdict_type)
        b = snapshot(b);
    return pyvm_is_dict(pyvm_unwrap(b)) ? pyvm_richcmp(snapshot(a), b, op) : pyvm_notimpl;
}

/* Methods that only read run on a snapshot: keys, values, items, copy, get. */
static rt_value_t id_getattr(rt_value_t self, rt_str_t *name)
{
    rt_value_t own = pyvm_type_lookup(instdict_cls, name);
    if (own || name == pyvm_name(class))
        return pyvm_generic_getattr(self, name);
    return pyvm_getattr(snapshot(self), name);
}

static const rt_pyslots_t instdict_slots = {
    .cls = &instdict_cls,
    .repr = id_repr,
    .getattr = id_getattr,
    .richcmp = id_richcmp,
    .iter = id_iter,
    .len = id_len,
    .getitem = id_getitem,
    .setitem = id_setitem,
    .contains = id_contains,
    .truth = id_truth,
};

#define METHOD(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* update(mapping_or_pairs, **kw) */
METHOD(m_update)
{
    rt_map_t *tmp = pyvm_dict_new();
    if (n && !pyvm_dict_update(tmp, a[0]))
        return RT_NOVALUE;
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++)
        if (!pyvm_dict_set(tmp, rt_tuple_get(kw, k), a[n + (size_t)k]))
            return RT_NOVALUE;
    for (int64_t p = rt_map_next(tmp, 0); p >= 0; p = rt_map_next(tmp, p + 1))
        if (!id_setitem(self, pyvm_dict_key_at(tmp, p), rt_map_value_at(tmp, p)))
            return RT_NOVALUE;
    return rt_none;
}

METHOD(m_setdefault)
{
    (void)kw;
    int has = id_contains(self, a[0]);
    if (has)
        return has > 0 ? id_getitem(self, a[0]) : RT_NOVALUE;
    rt_value_t v = n > 1 ? a[1] : rt_none;
    return id_setitem(self, a[0], v) ? v : RT_NOVALUE;
}

METHOD(m_pop)
{
    (void)kw;
    int has = id_contains(self, a[0]);
    if (has < 0)
        return RT_NOVALUE;
    if (!has) {
        if (n > 1)
            return a[1];
        return rt_exc_set(pyvm_exc_new(pyvm_exc_KeyError, a, 1));
    }
    rt_value_t v = id_getitem(self, a[0]);
    return v && id_setitem(self, a[0], RT_NOVALUE) ? v : RT_NOVALUE;
}

METHOD(m_clear)
{
    (void)a, (void)n, (void)kw;
    rt_map_t *d = pyvm_instance_dict_copy(INST(self));
    for (int64_t p = rt_map_next(d, 0); p >= 0; p = rt_map_next(d, p + 1))
        if (!id_setitem(self, pyvm_dict_key_at(d, p), RT_NOVALUE))
            return RT_NOVALUE;
    return rt_none;
}

/* __reduce__: copies and pickles as the dict of its items, (dict, (snapshot,)). */
METHOD(m_reduce)
{
    (void)a, (void)n, (void)kw;
    rt_value_t snap = snapshot(self);
    rt_value_t parts[2] = {rt_from_ptr(pyvm_cls_dict), pyvm_tuple_from(&snap, 1)};
    return pyvm_tuple_from(parts, 2);
}

/* reversed(__dict__): over a snapshot, newest attribute first. */
METHOD(m_reversed)
{
    (void)a, (void)n, (void)kw;
    return pyvm_call1(rt_map_get_str(pyvm_builtins, rt_str_intern_cstr("reversed")),
                      snapshot(self));
}

static const pyvm_cfunc_def_t instdict_methods[] = {
    {"__reversed__", m_reversed, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__reduce__", m_reduce, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"update", m_update, 0, 1, PYVM_CFUNC_METHOD, 1},
    {"setdefault", m_setdefault, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"pop", m_pop, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"clear", m_clear, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* ---- Assigning __dict__ and __class__ ---- */

static void fill_any(void *ctx, rt_str_t *name, uint32_t slot, uint32_t attr_flags)
{
    struct fill *f = ctx;
    (void)attr_flags;
    rt_value_t v = rt_slots_get(&f->inst->slots, slot);
    if (v)
        rt_map_set_str(f->d, name, v);
}

static void fill_hidden(void *ctx, rt_str_t *name, uint32_t slot, uint32_t attr_flags)
{
    struct fill *f = ctx;
    if (hidden(f->inst, name) && name != pyvm_name(pyvm_keys))
        fill_any(ctx, name, slot, attr_flags);
}

/* Starts inst over as an instance of cls (same inline layout) holding the attributes of the
** map attrs (interned str keys). May collect. */
static void reset(pyvm_instance_t *inst, pyvm_class_t *cls, rt_map_t *attrs)
{
    RT_STORE(inst, cls, cls);
    memset(inst->slots.inl, 0, cls->root->ninline * sizeof(rt_value_t));
    rt_slots_init(&inst->slots, cls->root);
    gc_write_barrier(inst);
    for (int64_t p = rt_map_next(attrs, 0); p >= 0; p = rt_map_next(attrs, p + 1))
        rt_slots_set_attr(inst, &inst->slots, rt_ptr(rt_map_key_at(attrs, p).obj),
                          rt_map_value_at(attrs, p), 0);
}

bool pyvm_instance_set_dict(pyvm_instance_t *inst, rt_value_t d)
{
    rt_value_t m = d ? pyvm_unwrap(d) : RT_NOVALUE;
    if (!d || !pyvm_is_dict(m)) {
        if (d)
            rt_raise(RT_EXC_TYPE, "__dict__ must be set to a dictionary, not a '%s'",
                     pyvm_type_name(d));
        else
            rt_raise(RT_EXC_TYPE, "cannot delete __dict__");
        return false;
    }
    rt_map_t *src = rt_ptr(m);
    struct fill f = {pyvm_dict_new(), inst};
    rt_shape_each(inst->slots.shape, fill_hidden, &f); /* slots and a builtin value stay */
    rt_map_t *other = NULL;
    for (int64_t p = rt_map_next(src, 0); p >= 0; p = rt_map_next(src, p + 1)) {
        rt_value_t k = pyvm_dict_key_at(src, p);
        rt_str_t *name = key_name(k);
        if (name)
            rt_map_set_str(f.d, name, rt_map_value_at(src, p));
        else if (!pyvm_dict_set(other ? other : (other = pyvm_dict_new()), k,
                                rt_map_value_at(src, p)))
            return false;
    }
    if (other)
        rt_map_set_str(f.d, pyvm_name(pyvm_keys), rt_from_ptr(other));
    reset(inst, inst->cls, f.d);
    return true;
}

bool pyvm_instance_set_class(pyvm_instance_t *inst, rt_value_t cls)
{
    if (!rt_is_ptr(cls) || rt_obj_type(rt_ptr(cls)) != &pyvm_type_class) {
        rt_raise(RT_EXC_TYPE, "__class__ must be set to a class, not '%s' object",
                 pyvm_type_name(cls));
        return false;
    }
    pyvm_class_t *to = rt_ptr(cls), *from = inst->cls;
    uint32_t layout = PYVM_CLASS_NODICT | PYVM_CLASS_BASEEXC;
    if (!(to->flags & PYVM_CLASS_HEAP) || !(from->flags & PYVM_CLASS_HEAP)) {
        rt_raise(RT_EXC_TYPE, "__class__ assignment only supported for mutable types or "
                              "ModuleType subclasses");
        return false;
    }
    if (to->base_builtin != from->base_builtin || (to->flags & layout) != (from->flags & layout) ||
        to->root->ninline != from->root->ninline) {
        rt_raise(RT_EXC_TYPE, "__class__ assignment: '%s' object layout differs from '%s'",
                 to->name->data, from->name->data);
        return false;
    }
    struct fill f = {pyvm_dict_new(), inst};
    rt_shape_each(inst->slots.shape, fill_any, &f);
    reset(inst, to, f.d);
    return true;
}

void pyvm_instdict_init(void)
{
    gc_root_add(&instdict_cls, 1);
    instdict_type.py = &instdict_slots;
    instdict_cls = pyvm_type_new_builtin("dict", &instdict_type, pyvm_cls_object);
    pyvm_cfunc_install(instdict_cls, instdict_methods);
}

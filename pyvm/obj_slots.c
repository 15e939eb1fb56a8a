/*
** obj_slots.c: __slots__ (object.h). A class statement's __slots__ names become member
** descriptors in the class dict; instances keep slot values in their shape-described slots like
** any attribute, so attribute caches need nothing special. What __slots__ changes is what the
** class may hold: a class whose slotted hierarchy names no '__dict__' has instances without a
** __dict__ (PYVM_CLASS_NODICT: only slot names can be stored), and without '__weakref__' they
** cannot be weakly referenced. Class creation checks the declarations as CPython does.
*/
#include <ctype.h>
#include <string.h>

#include "pyvm/code.h"
#include "pyvm/pyvm.h"

typedef struct member {
    rt_obj_t hdr;
    rt_str_t *name;
    pyvm_class_t *owner;
} member_t;

static void member_trace(gc_tracer_t *tracer, void *obj)
{
    member_t *m = obj;
    gc_visit_ptr(tracer, m->name);
    gc_visit_ptr(tracer, m->owner);
}

rt_type_t pyvm_type_member = RT_TYPE_INIT("member_descriptor", member_trace, NULL, 0);
static pyvm_class_t *member_cls;

static bool is_slot_owner(rt_value_t self, member_t *m)
{
    if (rt_is_ptr(self) && rt_obj_type(rt_ptr(self)) == &pyvm_type_instance &&
        pyvm_type_is_subclass(((pyvm_instance_t *)rt_ptr(self))->cls, m->owner))
        return true;
    rt_raise(RT_EXC_TYPE, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
             m->name->data, m->owner->name->data, pyvm_type_name(self));
    return false;
}

rt_value_t pyvm_member_get(rt_value_t member, rt_value_t self)
{
    member_t *m = rt_ptr(member);
    if (!is_slot_owner(self, m))
        return RT_NOVALUE;
    pyvm_instance_t *inst = rt_ptr(self);
    rt_value_t v = rt_slots_get_attr(&inst->slots, m->name);
    return v ? v : rt_raise(RT_EXC_ATTRIBUTE, "'%s' object has no attribute '%s'",
                            inst->cls->name->data, m->name->data);
}

bool pyvm_member_set(rt_value_t member, rt_value_t self, rt_value_t v)
{
    member_t *m = rt_ptr(member);
    if (!is_slot_owner(self, m))
        return false;
    pyvm_instance_t *inst = rt_ptr(self);
    if (v) {
        rt_slots_set_attr(inst, &inst->slots, m->name, v, 0);
        return true;
    }
    if (rt_slots_del_attr(inst, &inst->slots, m->name))
        return true;
    rt_raise(RT_EXC_ATTRIBUTE, "%s", m->name->data);
    return false;
}

static bool identifier(rt_str_t *s)
{
    if (s->len == 0 || isdigit((unsigned char)s->data[0]))
        return false;
    for (int64_t i = 0; i < s->len; i++)
        if (!isalnum((unsigned char)s->data[i]) && s->data[i] != '_' &&
            !((unsigned char)s->data[i] & 0x80))
            return false;
    return true;
}

/* The nearest class in cls's MRO that declares nonempty slots: its instance layout. */
static pyvm_class_t *solid_base(pyvm_class_t *cls)
{
    for (int64_t i = 0; i < rt_tuple_len(cls->mro); i++) {
        pyvm_class_t *k = rt_ptr(rt_tuple_get(cls->mro, i));
        if (k->flags & PYVM_CLASS_SLOTTED)
            return k;
    }
    return NULL;
}

/* What the bases give: a heap class base without __slots__ brings a __dict__ and __weakref__;
** builtin bases and slotted classes without them bring none, so __slots__ may add them. Also
** rejects bases whose slotted layouts are unrelated. */
static bool bases_layout(pyvm_class_t *c, bool *has_dict, bool *has_weakref)
{
    pyvm_class_t *solid = NULL;
    *has_dict = *has_weakref = false;
    for (int64_t i = 0; i < rt_tuple_len(c->bases); i++) {
        pyvm_class_t *b = rt_ptr(rt_tuple_get(c->bases, i));
        bool heap = (b->flags & PYVM_CLASS_HEAP) != 0;
        *has_dict |= heap && !(b->flags & PYVM_CLASS_NODICT);
        *has_weakref |= heap && !(b->flags & PYVM_CLASS_NOWEAKREF);
        pyvm_class_t *s = solid_base(b);
        if (!s)
            continue;
        if (solid && !pyvm_type_is_subclass(s, solid) && !pyvm_type_is_subclass(solid, s)) {
            rt_raise(RT_EXC_TYPE, "multiple bases have instance lay-out conflict");
            return false;
        }
        if (!solid || pyvm_type_is_subclass(s, solid))
            solid = s;
    }
    return true;
}

/* A private slot name (__x) as the class body's code spells it (_Class__x), as CPython's type(). */
static rt_str_t *mangled(pyvm_class_t *c, rt_str_t *name)
{
    rt_arena_t a;
    rt_arena_init(&a);
    const char *m = pyvm_mangle(&a, c->name->data, name->data);
    rt_str_t *r = m == name->data ? name : rt_str_intern_cstr(m);
    rt_arena_free(&a);
    return r;
}

/* Checks one slot name and installs its member descriptor; '__dict__' / '__weakref__' set the
** flags instead. */
static bool add_slot(pyvm_class_t *c, rt_map_t *dict, rt_value_t item, bool *has_dict,
                     bool *has_weakref, bool *nonempty)
{
    if (!pyvm_is_str(item)) {
        rt_raise(RT_EXC_TYPE, "__slots__ items must be strings, not '%s'", pyvm_type_name(item));
        return false;
    }
    rt_str_t *name = rt_str_intern(rt_ptr(item));
    if (!identifier(name)) {
        rt_raise(RT_EXC_TYPE, "__slots__ must be identifiers");
        return false;
    }
    bool is_dict = strcmp(name->data, "__dict__") == 0;
    if (is_dict || strcmp(name->data, "__weakref__") == 0) {
        bool *flag = is_dict ? has_dict : has_weakref;
        if (*flag) {
            rt_raise(RT_EXC_TYPE, is_dict ? "__dict__ slot disallowed: we already got one"
                                          : "__weakref__ slot disallowed: either we already got "
                                            "one, or __itemsize__ != 0");
            return false;
        }
        *flag = true;
        return true;
    }
    name = mangled(c, name);
    rt_value_t prev = rt_map_get_str(dict, name);
    if (prev && rt_is_ptr(prev) && rt_obj_type(rt_ptr(prev)) == &pyvm_type_member &&
        ((member_t *)rt_ptr(prev))->owner == c)
        return true; /* named twice */
    if (prev) {
        pyvm_raise_cls(pyvm_exc_ValueError, "'%s' in __slots__ conflicts with class variable",
                       name->data);
        return false;
    }
    member_t *m = rt_alloc(&pyvm_type_member, sizeof *m);
    m->name = name;
    m->owner = c;
    rt_map_set_str(dict, name, rt_from_ptr(m));
    *nonempty = true;
    return true;
}

bool pyvm_slots_setup(pyvm_class_t *c, rt_map_t *dict)
{
    bool has_dict, has_weakref, nonempty = false;
    if (!bases_layout(c, &has_dict, &has_weakref))
        return false;
    rt_value_t decl = rt_map_get_str(dict, rt_str_intern_cstr("__slots__"));
    if (!decl)
        return true;
    rt_vec_t *items = pyvm_is_str(decl) ? rt_vec_from_of(&rt_type_vec, &decl, 1)
                                        : pyvm_seq_to_vec(decl);
    if (!items)
        return false;
    for (int64_t i = 0; i < rt_vec_len(items); i++)
        if (!add_slot(c, dict, rt_vec_get(items, i), &has_dict, &has_weakref, &nonempty))
            return false;
    pyvm_class_t *bb = c->base_builtin;
    if (nonempty && bb && (bb == pyvm_cls_int || bb == pyvm_cls_bytes || bb == pyvm_cls_tuple ||
                           bb == pyvm_cls_str)) {
        rt_raise(RT_EXC_TYPE, "nonempty __slots__ not supported for subtype of '%s'",
                 bb->name->data);
        return false;
    }
    c->flags |= (has_dict ? 0 : PYVM_CLASS_NODICT) | (has_weakref ? 0 : PYVM_CLASS_NOWEAKREF) |
                (nonempty ? PYVM_CLASS_SLOTTED : 0);
    return true;
}

static rt_value_t member_getattr(rt_value_t self, rt_str_t *name)
{
    member_t *m = rt_ptr(self);
    if (name == pyvm_name(name) || name == pyvm_name(qualname))
        return rt_from_ptr(m->name);
    if (strcmp(name->data, "__objclass__") == 0)
        return rt_from_ptr(m->owner);
    return pyvm_generic_getattr(self, name);
}

static rt_value_t member_repr(rt_value_t self)
{
    member_t *m = rt_ptr(self);
    char buf[300];
    snprintf(buf, sizeof buf, "<member '%s' of '%s' objects>", m->name->data,
             m->owner->name->data);
    return pyvm_str_cstr(buf);
}

static rt_value_t member_dunder_get(rt_value_t self, const rt_value_t *a, size_t n,
                                    rt_tuple_t *kw)
{
    (void)n, (void)kw;
    return a[0] == rt_none ? self : pyvm_member_get(self, a[0]);
}

static rt_value_t member_dunder_set(rt_value_t self, const rt_value_t *a, size_t n,
                                    rt_tuple_t *kw)
{
    (void)kw;
    return pyvm_member_set(self, a[0], n == 2 ? a[1] : RT_NOVALUE) ? rt_none : RT_NOVALUE;
}

static const pyvm_cfunc_def_t member_methods[] = {
    {"__get__", member_dunder_get, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"__set__", member_dunder_set, 2, 2, PYVM_CFUNC_METHOD, 0},
    {"__delete__", member_dunder_set, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t member_slots = {
    .cls = &member_cls, .repr = member_repr, .getattr = member_getattr};

void pyvm_slots_init(void)
{
    gc_root_add(&member_cls, 1);
    pyvm_type_member.py = &member_slots;
    member_cls = pyvm_type_new_builtin("member_descriptor", &pyvm_type_member, pyvm_cls_object);
    pyvm_cfunc_install(member_cls, member_methods);
}

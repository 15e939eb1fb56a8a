/*
** obj_type.c: Python classes and instances (object.h). A class is a heap object with its MRO
** (C3 linearization, computed once at creation), a dict and the root shape its instances start
** from; attribute lookup walks the MRO's dicts. Instances of heap classes keep attributes in
** shape-described slots. Instance behaviour (instance_slots) dispatches every protocol to the
** class's dunder methods. Also: the builtin classes `object` and `type`.
*/
#include <stddef.h>
#include <string.h>

#include "pyvm/code.h"

#define PYVM_CLASS_DEF(n) pyvm_class_t *pyvm_cls_##n;
PYVM_BUILTIN_CLASSES(PYVM_CLASS_DEF)
#undef PYVM_CLASS_DEF

enum { INSTANCE_INLINE = 6 };

static void class_trace(gc_tracer_t *tracer, void *obj)
{
    pyvm_class_t *c = obj;
    gc_visit_ptr(tracer, c->name);
    gc_visit_ptr(tracer, c->qualname);
    gc_visit_ptr(tracer, c->bases);
    gc_visit_ptr(tracer, c->mro);
    gc_visit_ptr(tracer, c->dict);
    gc_visit_ptr(tracer, c->root);
    gc_visit_ptr(tracer, c->base_builtin);
    gc_visit_ptr(tracer, c->meta);
    gc_visit_ptr(tracer, c->subclasses);
}

static void instance_trace(gc_tracer_t *tracer, void *obj)
{
    pyvm_instance_t *i = obj;
    gc_visit_ptr(tracer, i->cls);
    rt_slots_trace(tracer, &i->slots);
}

rt_type_t pyvm_type_class = RT_TYPE_INIT("type", class_trace, NULL, 0);
rt_type_t pyvm_type_instance = RT_TYPE_INIT("instance", instance_trace, NULL, 0);

/* ---- Lookup ---- */

/* The MRO walk, uncached. */
static rt_value_t lookup_mro(pyvm_class_t *cls, rt_str_t *name)
{
    rt_tuple_t *mro = cls->mro;
    for (int64_t i = 0; i < rt_tuple_len(mro); i++) {
        pyvm_class_t *k = rt_ptr(rt_tuple_get(mro, i));
        rt_value_t v = rt_map_get_str(k->dict, name);
        if (v)
            return v;
    }
    return RT_NOVALUE;
}

/* A direct-mapped cache of MRO lookups, as CPython's type attribute cache: (class, name) ->
** value (RT_NOVALUE for a miss), valid while pyvm_type_epoch is unchanged. A GC root. */
enum { TCACHE_SIZE = 4096 };
static struct tcache_entry {
    pyvm_class_t *cls;
    rt_str_t *name;
    rt_value_t value;
    uint64_t epoch;
} tcache[TCACHE_SIZE];

rt_value_t pyvm_type_lookup(pyvm_class_t *cls, rt_str_t *name)
{
    uintptr_t h = ((uintptr_t)cls >> 4) * 31 + ((uintptr_t)name >> 4);
    struct tcache_entry *e = &tcache[(h ^ (h >> 12)) & (TCACHE_SIZE - 1)];
    if (e->cls == cls && e->name == name && e->epoch == pyvm_type_epoch)
        return e->value;
    rt_value_t v = lookup_mro(cls, name);
    if (name->hdr.gc.rt_flags & RT_STR_INTERNED) {
        e->cls = cls;
        e->name = name;
        e->value = v;
        e->epoch = pyvm_type_epoch;
    }
    return v;
}

bool pyvm_type_is_subclass(pyvm_class_t *a, pyvm_class_t *b)
{
    if (a == b)
        return true;
    rt_tuple_t *mro = a->mro;
    for (int64_t i = 0; i < rt_tuple_len(mro); i++)
        if (rt_tuple_get(mro, i) == rt_from_ptr(b))
            return true;
    return false;
}

uint64_t pyvm_type_epoch = 1;

void pyvm_type_setattr(pyvm_class_t *cls, rt_str_t *name, rt_value_t v)
{
    pyvm_type_epoch++;
    if (v)
        rt_map_set_str(cls->dict, rt_str_intern(name), v);
    else
        rt_map_del_str(cls->dict, name);
    rt_version_bump(&cls->version);
}

/* ---- C3 linearization ---- */

/* CPython's TypeError for a merge that gets stuck: the distinct heads of the lists left. */
static void mro_error(rt_vec_t *lists)
{
    char buf[512];
    int off = snprintf(buf, sizeof buf, "Cannot create a consistent method resolution\n"
                                        "order (MRO) for bases");
    rt_vec_t *seen = rt_vec_new(4);
    for (int64_t i = 0; i < rt_vec_len(lists); i++) {
        rt_vec_t *l = rt_ptr(rt_vec_get(lists, i));
        if (!rt_vec_len(l))
            continue;
        rt_value_t head = rt_vec_get(l, 0);
        bool dup = false;
        for (int64_t j = 0; j < rt_vec_len(seen) && !dup; j++)
            dup = rt_vec_get(seen, j) == head;
        if (dup)
            continue;
        off += snprintf(buf + off, sizeof buf - (size_t)off, "%s %s", rt_vec_len(seen) ? "," : "",
                        ((pyvm_class_t *)rt_ptr(head))->name->data);
        if ((size_t)off >= sizeof buf)
            break;
        rt_vec_append(seen, head);
    }
    rt_raise(RT_EXC_TYPE, "%s", buf);
}

/* Merges the MROs of the bases and the bases list; NULL with TypeError when a base repeats or
** the order is inconsistent. */
static rt_tuple_t *c3(pyvm_class_t *cls, rt_tuple_t *bases)
{
    int64_t nb = rt_tuple_len(bases);
    for (int64_t i = 0; i < nb; i++)
        for (int64_t j = i + 1; j < nb; j++)
            if (rt_tuple_get(bases, i) == rt_tuple_get(bases, j)) {
                rt_raise(RT_EXC_TYPE, "duplicate base class %s",
                         ((pyvm_class_t *)rt_ptr(rt_tuple_get(bases, i)))->name->data);
                return NULL;
            }
    int64_t nseq = nb + 1;
    rt_vec_t *out = rt_vec_new(8);
    rt_vec_append(out, rt_from_ptr(cls));
    rt_vec_t *lists = rt_vec_new(nseq); /* each a vec of remaining classes */
    for (int64_t i = 0; i < nb; i++) {
        pyvm_class_t *b = rt_ptr(rt_tuple_get(bases, i));
        rt_vec_append(lists, rt_from_ptr(rt_vec_from_of(&rt_type_vec, b->mro->items,
                                                        rt_tuple_len(b->mro))));
    }
    rt_vec_append(lists, rt_from_ptr(rt_vec_from_of(&rt_type_vec, bases->items, nb)));
    for (;;) {
        bool any = false;
        rt_value_t pick = RT_NOVALUE;
        for (int64_t i = 0; i < nseq && !pick; i++) {
            rt_vec_t *l = rt_ptr(rt_vec_get(lists, i));
            if (!rt_vec_len(l))
                continue;
            any = true;
            rt_value_t head = rt_vec_get(l, 0);
            bool in_tail = false;
            for (int64_t j = 0; j < nseq && !in_tail; j++) {
                rt_vec_t *m = rt_ptr(rt_vec_get(lists, j));
                for (int64_t k = 1; k < rt_vec_len(m); k++)
                    if (rt_vec_get(m, k) == head)
                        in_tail = true;
            }
            if (!in_tail)
                pick = head;
        }
        if (!any)
            break;
        if (!pick) {
            mro_error(lists);
            return NULL;
        }
        rt_vec_append(out, pick);
        for (int64_t i = 0; i < nseq; i++) {
            rt_vec_t *l = rt_ptr(rt_vec_get(lists, i));
            if (rt_vec_len(l) && rt_vec_get(l, 0) == pick)
                rt_vec_del(l, 0, 1);
        }
    }
    return rt_tuple_from(rt_vec_items(out), rt_vec_len(out));
}

/* A new class's MRO: C3 of its bases, or what its metaclass's own mro() returns, checked to
** hold classes only (CPython's mro_internal). NULL with the error pending. */
static rt_tuple_t *compute_mro(pyvm_class_t *c)
{
    rt_str_t *name = rt_str_intern_cstr("mro");
    rt_value_t f = c->meta ? pyvm_type_lookup(c->meta, name) : RT_NOVALUE;
    if (!f || f == rt_map_get_str(pyvm_cls_type->dict, name))
        return c3(c, c->bases);
    rt_value_t m = pyvm_bind(f, rt_from_ptr(c), c->meta);
    rt_value_t r = m ? pyvm_call(m, NULL, 0, NULL) : RT_NOVALUE;
    rt_vec_t *items = r ? pyvm_seq_to_vec(r) : NULL;
    if (!items)
        return NULL;
    for (int64_t i = 0; i < rt_vec_len(items); i++) {
        rt_value_t k = rt_vec_get(items, i);
        if (!rt_is_ptr(k) || rt_obj_type(rt_ptr(k)) != &pyvm_type_class) {
            rt_raise(RT_EXC_TYPE, "mro() returned a non-class ('%s')", pyvm_type_name(k));
            return NULL;
        }
    }
    return rt_tuple_from(rt_vec_items(items), rt_vec_len(items));
}

static pyvm_class_t *alloc_class(rt_str_t *name, rt_tuple_t *bases, rt_map_t *dict)
{
    pyvm_class_t *c = rt_alloc(&pyvm_type_class, sizeof *c);
    c->name = rt_str_intern(name);
    c->qualname = c->name;
    c->bases = bases;
    c->dict = dict;
    c->mro = rt_tuple_new(0);
    gc_write_barrier(c);
    return c;
}

pyvm_class_t *pyvm_type_new_builtin(const char *name, const rt_type_t *t, pyvm_class_t *base)
{
    rt_tuple_t *bases = base ? rt_tuple_from((rt_value_t[]){rt_from_ptr(base)}, 1)
                             : rt_tuple_new(0);
    return pyvm_type_new_builtin_bases(name, t, bases);
}

pyvm_class_t *pyvm_type_new_builtin_bases(const char *name, const rt_type_t *t, rt_tuple_t *bases)
{
    pyvm_class_t *c = alloc_class(rt_str_from_cstr(name), bases, pyvm_dict_new());
    rt_tuple_t *mro = c3(c, bases);
    RT_STORE(c, mro, mro);
    c->builtin = t;
    for (int64_t i = 0; i < rt_tuple_len(bases); i++)
        c->flags |= ((pyvm_class_t *)rt_ptr(rt_tuple_get(bases, i)))->flags & PYVM_CLASS_BASEEXC;
    if (!t) /* instances are pyvm_instance_t (exceptions) */
        RT_STORE(c, root, rt_shape_root(rt_from_ptr(c), INSTANCE_INLINE, 0));
    return c;
}

/* Implicit classmethods: __init_subclass__ and __class_getitem__ written as plain functions. */
static void implicit_classmethods(rt_map_t *dict)
{
    static const char *const names[] = {"__init_subclass__", "__class_getitem__"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        rt_str_t *n = rt_str_intern_cstr(names[i]);
        rt_value_t f = rt_map_get_str(dict, n);
        if (f && rt_is_ptr(f) && rt_obj_type(rt_ptr(f)) == &pyvm_type_func)
            rt_map_set_str(dict, n, pyvm_call1(rt_from_ptr(pyvm_cls_classmethod), f));
    }
}

/* super(cls, cls).__init_subclass__(**kw): object's accepts no keywords. */
static bool init_subclass(pyvm_class_t *c, const rt_value_t *kwv, rt_tuple_t *kwnames)
{
    rt_str_t *name = rt_str_intern_cstr("__init_subclass__");
    size_t nkw = kwnames ? (size_t)rt_tuple_len(kwnames) : 0;
    for (int64_t i = 1; i < rt_tuple_len(c->mro); i++) {
        pyvm_class_t *k = rt_ptr(rt_tuple_get(c->mro, i));
        rt_value_t f = rt_map_get_str(k->dict, name);
        if (!f)
            continue;
        rt_value_t bound = pyvm_bind(f, rt_from_ptr(c), c);
        return bound && pyvm_call(bound, kwv, 0, nkw ? kwnames : NULL) != RT_NOVALUE;
    }
    if (nkw) {
        rt_raise(RT_EXC_TYPE, "%s.__init_subclass__() takes no keyword arguments",
                 c->name->data);
        return false;
    }
    return true;
}

/* CPython 3.11 reports an exception raised by __set_name__ as a RuntimeError caused by it. */
static void set_name_error(rt_value_t descr, rt_str_t *attr, pyvm_class_t *owner)
{
    rt_value_t cause = rt_exc_current();
    char buf[400];
    snprintf(buf, sizeof buf, "Error calling __set_name__ on '%s' instance '%s' in '%s'",
             pyvm_type_name(descr), attr->data, owner->name->data);
    rt_value_t msg = pyvm_str_cstr(buf);
    rt_value_t exc = pyvm_exc_new(pyvm_exc_RuntimeError, &msg, 1);
    if (!exc)
        return;
    pyvm_exc_put(exc, pyvm_name(cause), cause);
    pyvm_exc_put(exc, pyvm_name(context), cause);
    pyvm_exc_put(exc, pyvm_name(suppress_context), rt_true);
    rt_exc_set(exc);
}

/* The class body of a class whose methods use __class__ or super() leaves the cell in its
** namespace as __classcell__: the new class goes into it (before mro(), which may already call
** such a method) and the entry leaves the class dict, as CPython's type.__new__. */
static bool set_classcell(pyvm_class_t *c, rt_map_t *dict)
{
    rt_str_t *key = rt_str_intern_cstr("__classcell__");
    rt_value_t cell = rt_map_get_str(dict, key);
    if (!cell)
        return true;
    if (!rt_is_ptr(cell) || rt_obj_type(rt_ptr(cell)) != &pyvm_type_cell) {
        rt_value_t r = pyvm_repr(rt_from_ptr(pyvm_type_of(cell)));
        if (r)
            rt_raise(RT_EXC_TYPE, "__classcell__ must be a nonlocal cell, not %s",
                     pyvm_str_of(r)->data);
        return false;
    }
    RT_STORE((pyvm_cell_t *)rt_ptr(cell), value, rt_from_ptr(c));
    rt_map_del_str(dict, key);
    return true;
}

pyvm_class_t *pyvm_type_new(rt_str_t *name, rt_tuple_t *bases, rt_map_t *dict)
{
    return pyvm_type_new_meta(NULL, name, bases, dict, NULL, NULL);
}

pyvm_class_t *pyvm_type_new_meta(pyvm_class_t *meta, rt_str_t *name, rt_tuple_t *bases,
                                 rt_map_t *dict, const rt_value_t *kwv, rt_tuple_t *kwnames)
{
    if (rt_tuple_len(bases) == 0)
        bases = rt_tuple_from((rt_value_t[]){rt_from_ptr(pyvm_cls_object)}, 1);
    uint32_t flags = PYVM_CLASS_HEAP;
    pyvm_class_t *base_builtin = NULL;
    for (int64_t i = 0; i < rt_tuple_len(bases); i++) {
        rt_value_t b = rt_tuple_get(bases, i);
        if (!rt_is_ptr(b) || rt_obj_type(rt_ptr(b)) != &pyvm_type_class) {
            rt_raise(RT_EXC_TYPE, "bases must be types");
            return NULL;
        }
        pyvm_class_t *bc = rt_ptr(b);
        pyvm_class_t *bb = (bc->flags & PYVM_CLASS_SUBCLASSABLE) ? bc : bc->base_builtin;
        if (bc->builtin && bc != pyvm_cls_object && bc != pyvm_cls_type && !bb) {
            rt_raise(RT_EXC_TYPE, "type '%s' is not an acceptable base type", bc->name->data);
            return NULL;
        }
        if (bb && base_builtin && bb != base_builtin) {
            rt_raise(RT_EXC_TYPE, "multiple bases have instance lay-out conflict");
            return NULL;
        }
        if (bb)
            base_builtin = bb;
        flags |= bc->flags & PYVM_CLASS_BASEEXC;
        /* the collection kind comes from the first base that has one, as tp_flags inherit */
        if (!(flags & (PYVM_CLASS_SEQUENCE | PYVM_CLASS_MAPPING)))
            flags |= bc->flags & (PYVM_CLASS_SEQUENCE | PYVM_CLASS_MAPPING);
    }
    pyvm_class_t *c = alloc_class(name, bases, dict);
    c->flags = flags;
    c->meta = meta == pyvm_cls_type ? NULL : meta;
    c->base_builtin = base_builtin;
    if (!set_classcell(c, dict))
        return NULL;
    rt_tuple_t *mro = compute_mro(c);
    if (!mro)
        return NULL;
    RT_STORE(c, mro, mro);
    RT_STORE(c, root, rt_shape_root(rt_from_ptr(c), INSTANCE_INLINE, 0));
    if (!pyvm_slots_setup(c, dict))
        return NULL;
    if (pyvm_type_lookup(c, rt_str_intern_cstr("__del__")))
        c->flags |= PYVM_CLASS_HAS_DEL;
    rt_value_t q = rt_map_get_str(dict, pyvm_name(qualname));
    if (q && pyvm_is_str(q)) {
        RT_STORE(c, qualname, (rt_str_t *)rt_ptr(q));
        rt_map_del_str(dict, pyvm_name(qualname));
    }
    /* __new__ is a static method even when written as a plain function, as in CPython. */
    rt_value_t newf = rt_map_get_str(dict, pyvm_name(new));
    if (newf && rt_is_ptr(newf) && rt_obj_type(rt_ptr(newf)) == &pyvm_type_func)
        rt_map_set_str(dict, pyvm_name(new), pyvm_call1(rt_from_ptr(pyvm_cls_staticmethod), newf));
    /* A class that defines __eq__ without __hash__ is unhashable, as in CPython. */
    if (rt_map_get_str(dict, pyvm_name(eq)) && !rt_map_get_str(dict, pyvm_name(hash)))
        rt_map_set_str(dict, pyvm_name(hash), rt_none);
    implicit_classmethods(dict);
    for (int64_t i = 0; i < rt_tuple_len(bases); i++) { /* for type.__subclasses__ */
        pyvm_class_t *b = rt_ptr(rt_tuple_get(bases, i));
        if (!b->subclasses)
            RT_STORE(b, subclasses, rt_vec_new(2));
        rt_vec_append(b->subclasses, rt_from_ptr(c));
    }
    pyvm_type_epoch++;
    /* __set_name__ on the attributes that define it */
    for (int64_t p = rt_map_next(dict, 0); p >= 0; p = rt_map_next(dict, p + 1)) {
        rt_value_t v = rt_map_value_at(dict, p);
        if (!rt_is_ptr(v) || (rt_obj_type(rt_ptr(v)) != &pyvm_type_instance &&
                              rt_value_type(v) != &pyvm_type_property))
            continue;
        rt_value_t sn = pyvm_type_lookup(pyvm_type_of(v), pyvm_name(set_name));
        rt_str_t *attr = rt_ptr(rt_map_key_at(dict, p).obj);
        if (sn && !pyvm_call(sn, (rt_value_t[]){v, rt_from_ptr(c), rt_from_ptr(attr)}, 3, NULL)) {
            set_name_error(v, attr, c);
            return NULL;
        }
    }
    return init_subclass(c, kwv, kwnames) ? c : NULL;
}

rt_tuple_t *pyvm_type_resolve_bases(rt_tuple_t *bases)
{
    rt_vec_t *out = NULL;
    for (int64_t i = 0; i < rt_tuple_len(bases); i++) {
        rt_value_t b = rt_tuple_get(bases, i);
        rt_value_t me = RT_NOVALUE;
        if (!rt_is_ptr(b) || rt_obj_type(rt_ptr(b)) != &pyvm_type_class)
            me = pyvm_getattr_opt(b, rt_str_intern_cstr("__mro_entries__"));
        if (rt_exc_pending())
            return NULL;
        if (!me) {
            if (out)
                rt_vec_append(out, b);
            continue;
        }
        if (!out)
            out = rt_vec_from_of(&rt_type_vec, bases->items, i);
        rt_value_t entries = pyvm_call1(me, rt_from_ptr(bases));
        if (!entries)
            return NULL;
        if (!pyvm_is_tuple(entries)) {
            rt_raise(RT_EXC_TYPE, "__mro_entries__ must return a tuple");
            return NULL;
        }
        for (int64_t j = 0; j < rt_tuple_len(rt_ptr(entries)); j++)
            rt_vec_append(out, rt_tuple_get(rt_ptr(entries), j));
    }
    return out ? rt_tuple_from(rt_vec_items(out), rt_vec_len(out)) : bases;
}

pyvm_class_t *pyvm_type_calc_meta(pyvm_class_t *meta, rt_tuple_t *bases)
{
    pyvm_class_t *winner = meta ? meta : pyvm_cls_type;
    for (int64_t i = 0; i < rt_tuple_len(bases); i++) {
        pyvm_class_t *bm = pyvm_type_of(rt_tuple_get(bases, i));
        if (pyvm_type_is_subclass(winner, bm))
            continue;
        if (pyvm_type_is_subclass(bm, winner)) {
            winner = bm;
            continue;
        }
        rt_raise(RT_EXC_TYPE, "metaclass conflict: the metaclass of a derived class must be a "
                              "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

rt_value_t pyvm_type_prepare(pyvm_class_t *meta, rt_str_t *name, rt_tuple_t *bases,
                             const rt_value_t *kwv, rt_tuple_t *kwnames)
{
    rt_value_t prep = meta == pyvm_cls_type
                      ? RT_NOVALUE : pyvm_getattr_opt(rt_from_ptr(meta), pyvm_name(prepare));
    if (!prep)
        return rt_exc_pending() ? RT_NOVALUE : rt_from_ptr(pyvm_dict_new());
    size_t nkw = kwnames ? (size_t)rt_tuple_len(kwnames) : 0;
    rt_value_t a[PYVM_ARGBUF];
    if (nkw + 2 > PYVM_ARGBUF)
        return rt_raise(RT_EXC_TYPE, "too many class keywords");
    a[0] = rt_from_ptr(name);
    a[1] = rt_from_ptr(bases);
    memcpy(a + 2, kwv, nkw * sizeof *a);
    return pyvm_call(prep, a, 2, nkw ? kwnames : NULL);
}

rt_value_t pyvm_ns_get(rt_value_t ns, rt_str_t *name)
{
    if (pyvm_is_dict(ns))
        return pyvm_dict_get_str(rt_ptr(ns), name);
    rt_value_t v = pyvm_getitem(ns, rt_from_ptr(name));
    if (!v && pyvm_isinstance(rt_exc_current(), pyvm_exc_KeyError))
        rt_exc_clear();
    return v;
}

bool pyvm_ns_set(rt_value_t ns, rt_str_t *name, rt_value_t v)
{
    if (pyvm_is_dict(ns))
        return pyvm_dict_set(rt_ptr(ns), rt_from_ptr(name), v);
    return pyvm_setitem(ns, rt_from_ptr(name), v);
}

int pyvm_ns_del(rt_value_t ns, rt_str_t *name)
{
    if (pyvm_is_dict(ns))
        return pyvm_dict_del(rt_ptr(ns), rt_from_ptr(name));
    if (pyvm_delitem(ns, rt_from_ptr(name)))
        return 1;
    if (!pyvm_isinstance(rt_exc_current(), pyvm_exc_KeyError))
        return -1;
    rt_exc_clear();
    return 0;
}

/* The attribute holding the builtin value of an instance of a builtin-derived class. */
static rt_str_t *value_name(void)
{
    static rt_str_t *name;
    if (!name)
        name = rt_str_intern_cstr("__pyvm_value__"); /* interned strings live for ever */
    return name;
}

rt_value_t pyvm_unwrap(rt_value_t v)
{
    if (!rt_is_ptr(v) || rt_obj_type(rt_ptr(v)) != &pyvm_type_instance)
        return v;
    pyvm_instance_t *inst = rt_ptr(v);
    if (!inst->cls->base_builtin)
        return v;
    rt_value_t value = rt_slots_get_attr(&inst->slots, value_name());
    return value ? value : v;
}

rt_value_t pyvm_instance_wrap(pyvm_class_t *cls, rt_value_t value)
{
    pyvm_instance_t *inst = pyvm_instance_new(cls);
    rt_slots_set_attr(inst, &inst->slots, value_name(), value, 0);
    return rt_from_ptr(inst);
}

pyvm_instance_t *pyvm_instance_new(pyvm_class_t *cls)
{
    uint32_t n = cls->root->ninline;
    pyvm_instance_t *i = rt_alloc(&pyvm_type_instance,
                                  offsetof(pyvm_instance_t, slots.inl) + n * sizeof(rt_value_t));
    i->cls = cls;
    rt_slots_init(&i->slots, cls->root);
    if (cls->flags & PYVM_CLASS_HAS_DEL)
        pyvm_del_register(i);
    return i;
}

/* ---- The class's own behaviour (calling, attributes) ---- */

/* object.__new__ refuses a class with abstract methods left (abc sets __abstractmethods__). */
static bool check_abstract(pyvm_class_t *cls)
{
    static rt_str_t *name;
    if (!name)
        name = rt_str_intern_cstr("__abstractmethods__"); /* interned: lives for ever */
    rt_value_t am = pyvm_type_lookup(cls, name);
    if (!am || !pyvm_is_anyset(am) || rt_map_count(rt_ptr(am)) == 0)
        return true;
    rt_vec_t *names = pyvm_seq_to_vec(am);
    if (!names || !pyvm_list_sort(names, rt_none, false))
        return false;
    rt_value_t sep = pyvm_str_cstr(", ");
    rt_value_t joined = pyvm_str_join(rt_ptr(sep), rt_from_ptr(names));
    if (joined)
        rt_raise(RT_EXC_TYPE, "Can't instantiate abstract class %s with abstract method%s %s",
                 cls->name->data, rt_vec_len(names) == 1 ? "" : "s", pyvm_str_of(joined)->data);
    return false;
}

/* type.__call__(cls, ...): __new__ then __init__ (the metaclass's __call__ aside). */
/* What cls(...) gives once __init__ returned r: obj, unless __init__ failed or returned
** something other than None. */
static rt_value_t after_init(rt_value_t r, rt_value_t obj)
{
    if (r && r != rt_none)
        return rt_raise(RT_EXC_TYPE, "__init__() should return None, not '%s'", pyvm_type_name(r));
    return r ? obj : RT_NOVALUE;
}

static rt_value_t class_call_default(rt_value_t self, const rt_value_t *args, size_t nargs,
                                     rt_tuple_t *kw)
{
    pyvm_class_t *cls = rt_ptr(self);
    if (cls->ctor)
        return cls->ctor(cls, args, nargs, kw);
    if (!cls->root)
        return rt_raise(RT_EXC_TYPE, "cannot create '%s' instances", cls->name->data);
    rt_value_t obj;
    rt_value_t newf = pyvm_type_lookup(cls, pyvm_name(new));
    if (newf && rt_is_ptr(newf) && rt_obj_type(rt_ptr(newf)) == &pyvm_type_staticmethod) {
        rt_value_t nbuf[PYVM_ARGBUF];
        obj = pyvm_call(((pyvm_descr_t *)rt_ptr(newf))->get,
                        pyvm_args_prepend(self, args, nargs, kw, nbuf), nargs + 1, kw);
        if (!obj || !pyvm_isinstance(obj, cls))
            return obj;
    } else if (newf && rt_is_ptr(newf) && rt_obj_type(rt_ptr(newf)) == &pyvm_type_cfunc &&
               newf != rt_map_get_str(pyvm_cls_object->dict, pyvm_name(new))) {
        /* a builtin __new__ other than object's: type.__new__ for metaclasses */
        rt_value_t nbuf[PYVM_ARGBUF];
        obj = pyvm_call(newf, pyvm_args_prepend(self, args, nargs, kw, nbuf), nargs + 1, kw);
        if (!obj || !pyvm_isinstance(obj, cls))
            return obj;
    } else if (cls->base_builtin) {
        /* a subclass of a builtin value type: mutable values start empty for __init__ to
        ** fill (list.__init__ ...), immutable ones are made from the arguments now */
        pyvm_class_t *b = cls->base_builtin;
        bool mutable_value = (b->flags & PYVM_CLASS_MUTABLE_VALUE) != 0;
        rt_value_t value = mutable_value ? b->ctor(b, NULL, 0, NULL) : b->ctor(b, args, nargs, kw);
        if (!value)
            return RT_NOVALUE;
        obj = pyvm_instance_wrap(cls, value);
    } else {
        if (!check_abstract(cls))
            return RT_NOVALUE;
        obj = rt_from_ptr(pyvm_instance_new(cls));
    }
    rt_value_t init = pyvm_type_lookup(cls, pyvm_name(init));
    rt_value_t buf[PYVM_ARGBUF];
    if (init && rt_is_ptr(init) && rt_obj_type(rt_ptr(init)) == &pyvm_type_func) {
        rt_value_t *a = pyvm_args_prepend(obj, args, nargs, kw, buf);
        return after_init(pyvm_interp_call_held(rt_ptr(init), a, nargs + 1, kw, obj), obj);
    }
    if (init && rt_is_ptr(init) && rt_obj_type(rt_ptr(init)) == &pyvm_type_cfunc &&
        init != rt_map_get_str(pyvm_cls_object->dict, pyvm_name(init))) {
        if (!pyvm_call(init, pyvm_args_prepend(obj, args, nargs, kw, buf), nargs + 1, kw))
            return RT_NOVALUE;
        return obj;
    }
    if (init && rt_is_ptr(init) && rt_obj_type(rt_ptr(init)) != &pyvm_type_cfunc) {
        /* another callable or descriptor (a property, a callable instance): bound first */
        rt_value_t m = pyvm_bind(init, obj, cls);
        return after_init(m ? pyvm_call(m, args, nargs, kw) : RT_NOVALUE, obj);
    }
    /* object.__init__ rejects arguments only when __new__ is object's too, as CPython */
    if (!cls->base_builtin && (nargs || (kw && rt_tuple_len(kw))) &&
        (!newf || newf == rt_map_get_str(pyvm_cls_object->dict, pyvm_name(new))))
        return rt_raise(RT_EXC_TYPE, "%s() takes no arguments", cls->name->data);
    return obj;
}

/* A class's call: its metaclass's __call__ when one overrides type's. */
static rt_value_t class_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kw)
{
    pyvm_class_t *meta = ((pyvm_class_t *)rt_ptr(self))->meta;
    if (meta) {
        rt_value_t f = pyvm_type_lookup(meta, pyvm_name(call));
        if (f && f != rt_map_get_str(pyvm_cls_type->dict, pyvm_name(call))) {
            rt_value_t buf[PYVM_ARGBUF];
            return pyvm_call(f, pyvm_args_prepend(self, args, nargs, kw, buf), nargs + 1, kw);
        }
    }
    return class_call_default(self, args, nargs, kw);
}

/* A data descriptor: a property, or an object whose class defines __set__ or __delete__. */
bool pyvm_type_is_data_descr(rt_value_t v)
{
    if (!rt_is_ptr(v))
        return false;
    const rt_type_t *t = rt_value_type(v);
    if (t == &pyvm_type_property || t == &pyvm_type_member)
        return true;
    if (t != &pyvm_type_instance)
        return false;
    pyvm_class_t *c = ((pyvm_instance_t *)rt_ptr(v))->cls;
    return pyvm_type_lookup(c, pyvm_name(set)) || pyvm_type_lookup(c, pyvm_name(delete));
}

/* __base__: the base whose instance layout the class extends (the builtin value type it derives
** from, else the first base); None for object. */
static rt_value_t class_base(pyvm_class_t *cls)
{
    int64_t n = rt_tuple_len(cls->bases);
    for (int64_t i = 0; cls->base_builtin && i < n; i++) {
        pyvm_class_t *b = rt_ptr(rt_tuple_get(cls->bases, i));
        if (b == cls->base_builtin || b->base_builtin == cls->base_builtin)
            return rt_from_ptr(b);
    }
    return n ? rt_tuple_get(cls->bases, 0) : rt_none;
}

/* type.__itemsize__: what an item adds to an instance's size in CPython (tuple and int items,
** bytes' bytes, a class's slots), for code that derives size limits from it. */
static int64_t class_itemsize(pyvm_class_t *cls)
{
    static const struct {
        pyvm_class_t **base;
        int64_t size;
    } sizes[] = {{&pyvm_cls_tuple, 8}, {&pyvm_cls_int, 4}, {&pyvm_cls_bytes, 1}, {&pyvm_cls_type, 40}};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        if (pyvm_type_is_subclass(cls, *sizes[i].base))
            return sizes[i].size;
    return 0;
}

rt_value_t pyvm_type_bind_class(rt_value_t v, rt_value_t cls)
{
    if (!rt_is_ptr(v))
        return v;
    const rt_type_t *t = rt_value_type(v);
    if (t == &pyvm_type_staticmethod)
        return ((pyvm_descr_t *)rt_ptr(v))->get;
    if (t == &pyvm_type_classmethod)
        return pyvm_classmethod_bind(v, cls);
    if (t == &pyvm_type_cfunc && (((pyvm_cfunc_t *)rt_ptr(v))->def->flags & PYVM_CFUNC_CLASS))
        return pyvm_cfunc_bind(rt_ptr(v), cls);
    rt_value_t get = t == &pyvm_type_instance ? pyvm_type_lookup(pyvm_type_of(v), pyvm_name(get))
                                              : RT_NOVALUE;
    return get ? pyvm_call(get, (rt_value_t[]){v, rt_none, cls}, 3, NULL) : v;
}

/* type.__annotations__ of a heap class: its own (never a base's), made empty on first use and
** kept in its dict, as CPython's getter does. */
static rt_value_t class_annotations(pyvm_class_t *cls)
{
    rt_value_t a = rt_map_get_str(cls->dict, pyvm_name(annotations));
    if (a)
        return pyvm_type_bind_class(a, rt_from_ptr(cls));
    a = rt_from_ptr(pyvm_dict_new());
    pyvm_type_setattr(cls, pyvm_name(annotations), a);
    return a;
}

static rt_value_t class_getattr(rt_value_t self, rt_str_t *name)
{
    pyvm_class_t *cls = rt_ptr(self);
    pyvm_class_t *meta = cls->meta ? cls->meta : pyvm_cls_type;
    rt_value_t mv = cls->meta ? pyvm_type_lookup(meta, name) : RT_NOVALUE;
    if (mv && pyvm_type_is_data_descr(mv))
        return pyvm_bind(mv, self, meta);
    if (name == pyvm_name(annotations) && (cls->flags & PYVM_CLASS_HEAP))
        return class_annotations(cls);
    rt_value_t v = pyvm_type_lookup(cls, name);
    if (v)
        return pyvm_type_bind_class(v, self);
    if (name == pyvm_name(name))
        return rt_from_ptr(cls->name);
    if (name == pyvm_name(qualname))
        return rt_from_ptr(cls->qualname);
    if (name == pyvm_name(mro))
        return rt_from_ptr(cls->mro);
    if (name == pyvm_name(bases))
        return rt_from_ptr(cls->bases);
    if (strcmp(name->data, "__base__") == 0)
        return class_base(cls);
    if (strcmp(name->data, "__itemsize__") == 0) /* CPython's per-item sizes of its varobjects */
        return rt_small(class_itemsize(cls));
    if (name == pyvm_name(dict)) /* read-only: writes must go through setattr (versions) */
        return pyvm_mappingproxy_new(rt_from_ptr(cls->dict));
    if (name == pyvm_name(class))
        return rt_from_ptr(meta);
    if (name == pyvm_name(doc))
        return rt_none;
    if (name == pyvm_name(module))
        return pyvm_str_cstr("builtins");
    /* dir() lists it; pyvm has no descriptor for it, so None (typing.no_type_check reads it) */
    if ((cls->flags & PYVM_CLASS_HEAP) && !(cls->flags & PYVM_CLASS_NOWEAKREF) &&
        strcmp(name->data, "__weakref__") == 0)
        return rt_none;
    if (!cls->meta)
        mv = pyvm_type_lookup(pyvm_cls_type, name);
    if (mv)
        return pyvm_bind(mv, self, meta);
    return rt_raise(RT_EXC_ATTRIBUTE, "type object '%s' has no attribute '%s'", cls->name->data,
                    name->data);
}

/* type.__setattr__ / __delattr__: the class's own dict. */
static bool class_setattr_default(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    pyvm_class_t *cls = rt_ptr(self);
    if (!(cls->flags & PYVM_CLASS_HEAP)) {
        rt_raise(RT_EXC_TYPE, "cannot set '%s' attribute of immutable type '%s'", name->data,
                 cls->name->data);
        return false;
    }
    if (!v && !rt_map_get_str(cls->dict, name)) {
        rt_raise(RT_EXC_ATTRIBUTE, "type object '%s' has no attribute '%s'", cls->name->data,
                 name->data);
        return false;
    }
    pyvm_type_setattr(cls, name, v);
    if (v && name == rt_str_intern_cstr("__del__"))
        cls->flags |= PYVM_CLASS_HAS_DEL; /* instances made from now on */
    return true;
}

/* A class's attribute assignment: its metaclass's __setattr__ / __delattr__ when it has one. */
static bool class_setattr(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    pyvm_class_t *meta = ((pyvm_class_t *)rt_ptr(self))->meta;
    if (meta) {
        rt_str_t *hook = rt_str_intern_cstr(v ? "__setattr__" : "__delattr__");
        rt_value_t f = pyvm_type_lookup(meta, hook);
        if (f && f != rt_map_get_str(pyvm_cls_type->dict, hook)) {
            rt_value_t a[3] = {self, rt_from_ptr(name), v};
            return pyvm_call(f, a, v ? 3 : 2, NULL) != RT_NOVALUE;
        }
    }
    return class_setattr_default(self, name, v);
}

static rt_value_t class_repr(rt_value_t self)
{
    pyvm_class_t *cls = rt_ptr(self);
    char buf[300];
    rt_value_t mod = rt_map_get_str(cls->dict, pyvm_name(module));
    if ((cls->flags & PYVM_CLASS_HEAP) && mod && pyvm_is_str(mod) &&
        strcmp(pyvm_str_of(mod)->data, "builtins") != 0)
        snprintf(buf, sizeof buf, "<class '%s.%s'>", pyvm_str_of(mod)->data, cls->qualname->data);
    else if (cls->flags & PYVM_CLASS_HEAP)
        snprintf(buf, sizeof buf, "<class '%s'>", cls->qualname->data);
    else
        snprintf(buf, sizeof buf, "<class '%s'>", cls->name->data);
    return pyvm_str_cstr(buf);
}

static rt_value_t class_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (op == PYVM_EQ || op == PYVM_NE)
        return rt_bool((a == b) == (op == PYVM_EQ));
    return pyvm_notimpl;
}

/* A class's protocol through its metaclass's dunder (EnumType.__iter__, __len__...): *found false
** when the class has no metaclass or the metaclass does not define it. */
static rt_value_t meta_dunder(rt_value_t self, const char *name, const rt_value_t *args,
                              size_t n, bool *found)
{
    pyvm_class_t *meta = ((pyvm_class_t *)rt_ptr(self))->meta;
    rt_value_t f = meta ? pyvm_type_lookup(meta, rt_str_intern_cstr(name)) : RT_NOVALUE;
    *found = f && f != rt_map_get_str(pyvm_cls_type->dict, rt_str_intern_cstr(name)) &&
             f != rt_map_get_str(pyvm_cls_object->dict, rt_str_intern_cstr(name));
    if (!*found)
        return RT_NOVALUE;
    rt_value_t buf[4] = {self};
    for (size_t i = 0; i < n && i < 3; i++)
        buf[i + 1] = args[i];
    return pyvm_call(f, buf, n + 1, NULL);
}

static rt_value_t class_iter(rt_value_t self)
{
    bool found;
    rt_value_t r = meta_dunder(self, "__iter__", NULL, 0, &found);
    return found ? r : rt_raise(RT_EXC_TYPE, "'type' object is not iterable");
}

static int64_t class_len(rt_value_t self)
{
    bool found;
    int64_t n;
    rt_value_t r = meta_dunder(self, "__len__", NULL, 0, &found);
    if (!found) {
        rt_raise(RT_EXC_TYPE, "object of type 'type' has no len()");
        return -1;
    }
    return r && pyvm_index_i64(r, &n) ? n : -1;
}

static int class_contains(rt_value_t self, rt_value_t x)
{
    bool found;
    rt_value_t r = meta_dunder(self, "__contains__", &x, 1, &found);
    if (!found) {
        rt_raise(RT_EXC_TYPE, "argument of type 'type' is not iterable");
        return -1;
    }
    return r ? pyvm_truth(r) : -1;
}

static int class_truth(rt_value_t self)
{
    bool found;
    rt_value_t r = meta_dunder(self, "__bool__", NULL, 0, &found);
    return !found ? 1 : r ? pyvm_truth(r) : -1;
}

static rt_value_t class_binop(int op, rt_value_t a, rt_value_t b);

static rt_value_t class_repr_meta(rt_value_t self)
{
    bool found;
    rt_value_t r = meta_dunder(self, "__repr__", NULL, 0, &found);
    return found ? r : class_repr(self);
}

static const rt_pyslots_t class_slots = {
    .cls = &pyvm_cls_type,
    .binop = class_binop,
    .repr = class_repr_meta,
    .iter = class_iter,
    .len = class_len,
    .contains = class_contains,
    .truth = class_truth,
    .getattr = class_getattr,
    .setattr = class_setattr,
    .call = class_call,
    .richcmp = class_richcmp,
};

/* ---- Instances: every protocol through the class's dunders ---- */

static rt_value_t dunder0(rt_value_t self, rt_str_t *name, bool *found)
{
    return pyvm_call_dunder(self, name, NULL, 0, found);
}

static rt_value_t inst_repr(rt_value_t self)
{
    bool found;
    rt_value_t r = dunder0(self, pyvm_name(repr), &found);
    if (r && !pyvm_is_str(pyvm_unwrap(r)))
        return rt_raise(RT_EXC_TYPE, "__repr__ returned non-string (type %s)", pyvm_type_name(r));
    return r;
}

static rt_value_t inst_str(rt_value_t self)
{
    bool found;
    rt_value_t r = dunder0(self, pyvm_name(str), &found);
    if (r && !pyvm_is_str(pyvm_unwrap(r)))
        return rt_raise(RT_EXC_TYPE, "__str__ returned non-string (type %s)", pyvm_type_name(r));
    return r;
}

/* The class's override of an object hook (__getattribute__, __setattr__, __delattr__) written
** in Python, else RT_NOVALUE. */
static rt_value_t user_hook(pyvm_class_t *cls, rt_str_t *hook)
{
    rt_value_t f = pyvm_type_lookup(cls, hook);
    return f && rt_is_ptr(f) && rt_obj_type(rt_ptr(f)) == &pyvm_type_func ? f : RT_NOVALUE;
}

bool pyvm_type_has_getattribute(pyvm_class_t *cls)
{
    return user_hook(cls, pyvm_name(getattribute)) != RT_NOVALUE;
}

static rt_value_t inst_getattr(rt_value_t self, rt_str_t *name)
{
    pyvm_class_t *cls = ((pyvm_instance_t *)rt_ptr(self))->cls;
    rt_value_t ga = user_hook(cls, pyvm_name(getattribute));
    if (ga) {
        rt_value_t v = pyvm_call2(ga, self, rt_from_ptr(name));
        return v ? v : pyvm_getattr_fallback(self, name);
    }
    if (cls->flags & PYVM_CLASS_BASEEXC)
        return pyvm_exc_getattr(self, name);
    rt_value_t v = pyvm_generic_getattr(self, name);
    if (v || !cls->base_builtin || !pyvm_isinstance(rt_exc_current(), pyvm_exc_AttributeError))
        return v;
    /* a builtin value whose getattr finds more than its class (bytearray's bytes methods) */
    rt_value_t value = pyvm_unwrap(self);
    const rt_pyslots_t *s = pyvm_slots(value);
    if (!s || !s->getattr || s->getattr == pyvm_generic_getattr)
        return v;
    rt_tb_t *tb;
    rt_value_t missing = rt_exc_fetch(&tb);
    v = s->getattr(value, name);
    if (!v && pyvm_isinstance(rt_exc_current(), pyvm_exc_AttributeError))
        rt_exc_restore(missing, tb);
    return v;
}

/* Assigning or deleting property `attr` that has no setter / deleter: a class statement's
** property names itself; the attribute of a builtin type is "not writable" (module-qualified). */
static void readonly_property(rt_value_t attr, rt_value_t self, rt_str_t *name, bool set)
{
    pyvm_class_t *cls = pyvm_type_of(self);
    if (cls->flags & PYVM_CLASS_HEAP) {
        pyvm_property_missing(attr, self, set ? "setter" : "deleter");
        return;
    }
    rt_value_t mod = pyvm_type_lookup(cls, pyvm_name(module));
    bool qualify = mod && pyvm_is_str(mod) && strcmp(pyvm_str_of(mod)->data, "builtins") != 0;
    rt_raise(RT_EXC_ATTRIBUTE, "attribute '%s' of '%s%s%s' objects is not writable", name->data,
             qualify ? pyvm_str_of(mod)->data : "", qualify ? "." : "", cls->name->data);
}

/* object.__setattr__ / __delattr__ on an instance: data descriptors, then its own attributes. */
static bool inst_setattr_default(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    pyvm_instance_t *inst = rt_ptr(self);
    rt_value_t attr = pyvm_type_lookup(inst->cls, name);
    if (attr && rt_is_ptr(attr) && rt_obj_type(rt_ptr(attr)) == &pyvm_type_member)
        return pyvm_member_set(attr, self, v);
    if (attr && rt_is_ptr(attr) && rt_obj_type(rt_ptr(attr)) == &pyvm_type_property) {
        pyvm_descr_t *p = rt_ptr(attr);
        rt_value_t fn = v ? p->set : p->del;
        if (!fn || fn == rt_none) {
            readonly_property(attr, self, name, v != RT_NOVALUE);
            return false;
        }
        return v ? pyvm_call2(fn, self, v) != RT_NOVALUE : pyvm_call1(fn, self) != RT_NOVALUE;
    }
    if (attr && rt_is_ptr(attr) && rt_obj_type(rt_ptr(attr)) == &pyvm_type_instance) {
        /* a descriptor with __set__ / __delete__ */
        rt_value_t fn = pyvm_type_lookup(pyvm_type_of(attr), v ? pyvm_name(set) : pyvm_name(delete));
        if (fn) {
            rt_value_t a[3] = {attr, self, v};
            return pyvm_call(fn, a, v ? 3 : 2, NULL) != RT_NOVALUE;
        }
        if (pyvm_type_is_data_descr(attr)) { /* has the other one of __set__ / __delete__ */
            rt_raise(RT_EXC_ATTRIBUTE, "%s", v ? "__set__" : "__delete__");
            return false;
        }
    }
    if (name == pyvm_name(class))
        return v ? pyvm_instance_set_class(inst, v)
                 : rt_raise(RT_EXC_TYPE, "can't delete __class__ attribute") != RT_NOVALUE;
    if ((inst->cls->flags & PYVM_CLASS_BASEEXC) &&
        (name == pyvm_name(cause) || name == pyvm_name(context)))
        return pyvm_exc_set_link(self, name, v);
    if ((inst->cls->flags & PYVM_CLASS_BASEEXC) && name == pyvm_name(traceback) &&
        !(v && (v == rt_none || (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_tb))))
        return rt_raise(RT_EXC_TYPE, v ? "__traceback__ must be a traceback or None"
                                       : "__traceback__ may not be deleted") != RT_NOVALUE;
    if ((inst->cls->flags & PYVM_CLASS_BASEEXC) && name == pyvm_name(args) && v &&
        !pyvm_is_tuple(v)) /* exc.args = iterable: stored as a tuple */
        return (v = pyvm_call1(rt_from_ptr(pyvm_cls_tuple), v)) &&
               inst_setattr_default(self, name, v);
    if (inst->cls == pyvm_cls_object || (inst->cls->flags & PYVM_CLASS_NODICT)) {
        pyvm_readonly_attr_error(self, name); /* no __dict__ */
        return false;
    }
    if (name == pyvm_name(dict))
        return pyvm_instance_set_dict(inst, v);
    if (!v) {
        if (!rt_slots_del_attr(inst, &inst->slots, name)) {
            rt_raise(RT_EXC_ATTRIBUTE, "'%s' object has no attribute '%s'",
                     inst->cls->name->data, name->data);
            return false;
        }
        return true;
    }
    rt_slots_set_attr(inst, &inst->slots, rt_str_intern(name), v, 0);
    return true;
}

static bool inst_setattr(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    pyvm_class_t *cls = ((pyvm_instance_t *)rt_ptr(self))->cls;
    rt_value_t hook = user_hook(cls, v ? pyvm_name(setattr) : pyvm_name(delattr));
    if (hook) {
        rt_value_t a[3] = {self, rt_from_ptr(name), v};
        return pyvm_call(hook, a, v ? 3 : 2, NULL) != RT_NOVALUE;
    }
    return inst_setattr_default(self, name, v);
}

/* Nested instance calls: a __call__ that is itself an instance (A.__call__ = A()) never
** reaches a function, so the chain is counted against the recursion limit, as CPython's
** Py_EnterRecursiveCall does. */
static __thread uint32_t call_depth;

static rt_value_t inst_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kw)
{
    rt_value_t f = pyvm_type_lookup(pyvm_type_of(self), pyvm_name(call));
    if (!f)
        return rt_raise(RT_EXC_TYPE, "'%s' object is not callable", pyvm_type_name(self));
    rt_value_t m = pyvm_bind(f, self, pyvm_type_of(self));
    if (!m)
        return RT_NOVALUE;
    if (call_depth >= rt_ts->limit[RT_LANG_PY])
        return rt_raise(RT_EXC_RECURSION,
                        "maximum recursion depth exceeded while calling a Python object");
    call_depth++;
    rt_value_t r = pyvm_call(m, args, nargs, kw);
    call_depth--;
    return r;
}

static const struct {
    const char *op, *rop, *iop;
} binop_names[PYVM_NBINOPS] = {
    {"__add__", "__radd__", "__iadd__"},          {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},          {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__mod__", "__rmod__", "__imod__"},
    {"__pow__", "__rpow__", "__ipow__"},          {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__rshift__", "__rrshift__", "__irshift__"}, {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},          {"__and__", "__rand__", "__iand__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
};

static bool is_instance(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_instance;
}

static rt_value_t try_dunder(rt_value_t self, const char *name, rt_value_t arg)
{
    bool found;
    rt_value_t r = pyvm_call_dunder(self, rt_str_intern_cstr(name), &arg, 1, &found);
    return found ? r : pyvm_notimpl;
}

bool pyvm_type_reflect_first(rt_value_t a, rt_value_t b, int op)
{
    if (!is_instance(b))
        return false;
    pyvm_class_t *ta = pyvm_type_of(a), *tb = pyvm_type_of(b);
    if (ta == tb || !pyvm_type_is_subclass(tb, ta))
        return false;
    if (op < 0) /* a comparison: the subclass's reflection always goes first */
        return true;
    rt_str_t *rop = rt_str_intern_cstr(binop_names[op & 15].rop);
    rt_value_t fb = pyvm_type_lookup(tb, rop);
    return fb && fb != pyvm_type_lookup(ta, rop);
}

static rt_value_t inst_binop(int op, rt_value_t a, rt_value_t b)
{
    int base = op & 15;
    rt_value_t r = pyvm_notimpl;
    if (is_instance(a) && (op & PYVM_OP_INPLACE)) {
        r = try_dunder(a, binop_names[base].iop, b);
        if (r != pyvm_notimpl)
            return r;
    }
    bool rfirst = pyvm_type_reflect_first(a, b, base);
    if (rfirst) {
        r = try_dunder(b, binop_names[base].rop, a);
        if (r != pyvm_notimpl)
            return r;
    }
    if (is_instance(a)) {
        r = try_dunder(a, binop_names[base].op, b);
        if (r != pyvm_notimpl)
            return r;
    }
    if (is_instance(b) && !rfirst)
        r = try_dunder(b, binop_names[base].rop, a);
    return r;
}

static bool is_class(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_class;
}

/* cls OP other: the metaclass's dunder (ctypes' c_int * 4, enum.Flag's |), else for | a union
** (int | None). */
static rt_value_t class_binop(int op, rt_value_t a, rt_value_t b)
{
    int base = op & 15;
    bool found = false;
    rt_value_t r = pyvm_notimpl;
    if (is_class(a))
        r = meta_dunder(a, binop_names[base].op, &b, 1, &found);
    if ((!found || r == pyvm_notimpl) && is_class(b))
        r = meta_dunder(b, binop_names[base].rop, &a, 1, &found);
    if (found && r != pyvm_notimpl)
        return r;
    return base == PYVM_AST_BitOr ? pyvm_union_or(a, b) : pyvm_notimpl;
}

static rt_value_t inst_unop(int op, rt_value_t a)
{
    static const char *const names[] = {"__invert__", NULL, "__pos__", "__neg__"};
    bool found;
    rt_value_t r = pyvm_call_dunder(a, rt_str_intern_cstr(names[op]), NULL, 0, &found);
    return found ? r : pyvm_notimpl;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

/* self.<name>(arg) for a comparison: a method whose lookup fails (a property raising
** AttributeError...) counts as not implemented, as CPython's slot_tp_richcompare. */
static rt_value_t cmp_dunder(rt_value_t self, const char *name, rt_value_t arg)
{
    rt_str_t *n = rt_str_intern_cstr(name);
    rt_value_t attr = pyvm_type_lookup(pyvm_type_of(self), n);
    if (!attr)
        return pyvm_notimpl;
    if (rt_is_ptr(attr) && (rt_obj_type(rt_ptr(attr)) == &pyvm_type_func ||
                            rt_value_type(attr) == &pyvm_type_cfunc))
        return try_dunder(self, name, arg);
    rt_value_t m = pyvm_bind(attr, self, pyvm_type_of(self));
    if (!m) {
        rt_exc_clear();
        return pyvm_notimpl;
    }
    return pyvm_call(m, &arg, 1, NULL);
}

static rt_value_t inst_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (!is_instance(a))
        return pyvm_notimpl;
    rt_value_t r = cmp_dunder(a, cmp_names[op], b);
    if (r != pyvm_notimpl || op != PYVM_NE)
        return r;
    r = cmp_dunder(a, "__eq__", b);
    if (!r || r == pyvm_notimpl)
        return r;
    int t = pyvm_truth(r);
    return t < 0 ? RT_NOVALUE : rt_bool(!t);
}

static bool inst_hash(rt_value_t self, int64_t *out)
{
    rt_value_t h = pyvm_type_lookup(pyvm_type_of(self), pyvm_name(hash));
    if (h == rt_none) {
        rt_raise(RT_EXC_TYPE, "unhashable type: '%s'", pyvm_type_name(self));
        return false;
    }
    bool found;
    rt_value_t r = pyvm_call_dunder(self, pyvm_name(hash), NULL, 0, &found);
    if (!found) {
        *out = (int64_t)(self >> 4);
        return true;
    }
    if (!r)
        return false;
    r = pyvm_unwrap(r);
    if (rt_is_bool(r))
        r = rt_small(r == rt_true);
    if (!rt_is_int(r)) {
        rt_raise(RT_EXC_TYPE, "__hash__ method should return an integer");
        return false;
    }
    /* a result that fits is the hash itself (-1 excepted), a bigger one is hashed as an int,
    ** as CPython's slot_tp_hash */
    if (!rt_int_to_i64(r, out))
        *out = rt_int_pyhash(r);
    else if (*out == -1)
        *out = -2;
    return true;
}

static rt_value_t inst_iter(rt_value_t self)
{
    pyvm_class_t *cls = pyvm_type_of(self);
    if (pyvm_type_lookup(cls, pyvm_name(iter)) == rt_none) /* not iterable, even with __getitem__ */
        return rt_raise(RT_EXC_TYPE, "'%s' object is not iterable", pyvm_type_name(self));
    bool found;
    rt_value_t r = dunder0(self, pyvm_name(iter), &found);
    if (found) {
        /* an instance is an iterator by its class's __next__ (every instance has the slot) */
        bool inst = rt_is_ptr(r) && rt_obj_type(rt_ptr(r)) == &pyvm_type_instance;
        if (!r || pyvm_type_lookup(pyvm_type_of(r), pyvm_name(next)) ||
            (!inst && pyvm_slots(r) && pyvm_slots(r)->next))
            return r;
        return rt_raise(RT_EXC_TYPE, "iter() returned non-iterator of type '%s'",
                        pyvm_type_name(r));
    }
    if (pyvm_type_lookup(cls, pyvm_name(getitem)))
        return pyvm_seqiter_new(self);
    return rt_raise(RT_EXC_TYPE, "'%s' object is not iterable", pyvm_type_name(self));
}

static rt_value_t inst_next(rt_value_t self)
{
    bool found;
    rt_value_t r = dunder0(self, pyvm_name(next), &found);
    if (!found)
        return rt_raise(RT_EXC_TYPE, "'%s' object is not an iterator", pyvm_type_name(self));
    if (!r && pyvm_isinstance(rt_exc_current(), pyvm_exc_StopIteration))
        rt_exc_clear();
    return r;
}

static int64_t inst_len(rt_value_t self)
{
    bool found;
    rt_value_t r = dunder0(self, pyvm_name(len), &found);
    if (!found) {
        rt_raise(RT_EXC_TYPE, "object of type '%s' has no len()", pyvm_type_name(self));
        return -1;
    }
    int64_t n;
    if (r && rt_is_int(pyvm_unwrap(r)) && !rt_int_to_i64(pyvm_unwrap(r), &n)) {
        rt_raise(RT_EXC_OVERFLOW, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (!r || !pyvm_index_i64(r, &n))
        return -1;
    if (n < 0) {
        rt_raise(RT_EXC_VALUE, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static int inst_truth(rt_value_t self)
{
    bool found;
    rt_value_t r = dunder0(self, pyvm_name(bool), &found);
    if (found) {
        if (!r)
            return -1;
        if (!rt_is_bool(r)) {
            rt_raise(RT_EXC_TYPE, "__bool__ should return bool, returned %s", pyvm_type_name(r));
            return -1;
        }
        return r == rt_true;
    }
    if (pyvm_type_lookup(pyvm_type_of(self), pyvm_name(len))) {
        int64_t n = inst_len(self);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

static rt_value_t inst_getitem(rt_value_t self, rt_value_t k)
{
    bool found;
    rt_value_t r = pyvm_call_dunder(self, pyvm_name(getitem), &k, 1, &found);
    if (!found)
        return rt_raise(RT_EXC_TYPE, "'%s' object is not subscriptable", pyvm_type_name(self));
    return r;
}

static bool inst_setitem(rt_value_t self, rt_value_t k, rt_value_t v)
{
    bool found;
    rt_value_t args[2] = {k, v};
    rt_value_t r = v ? pyvm_call_dunder(self, pyvm_name(setitem), args, 2, &found)
                     : pyvm_call_dunder(self, pyvm_name(delitem), args, 1, &found);
    if (!found) {
        rt_raise(RT_EXC_TYPE, v ? "'%s' object does not support item assignment"
                                : "'%s' object doesn't support item deletion",
                 pyvm_type_name(self));
        return false;
    }
    return r != RT_NOVALUE;
}

static int inst_contains(rt_value_t self, rt_value_t x)
{
    if (pyvm_type_lookup(pyvm_type_of(self), pyvm_name(contains)) == rt_none) {
        rt_raise(RT_EXC_TYPE, "'%s' object is not a container", pyvm_type_name(self));
        return -1;
    }
    bool found;
    rt_value_t r = pyvm_call_dunder(self, pyvm_name(contains), &x, 1, &found);
    if (found)
        return r ? pyvm_truth(r) : -1;
    rt_value_t it = pyvm_iter(self);
    if (!it) {
        if (pyvm_isinstance(rt_exc_current(), pyvm_exc_TypeError)) {
            rt_exc_clear();
            rt_raise(RT_EXC_TYPE, "argument of type '%s' is not iterable", pyvm_type_name(self));
        }
        return -1;
    }
    for (;;) {
        rt_value_t v = pyvm_next(it);
        if (!v)
            return rt_exc_pending() ? -1 : 0;
        int e = pyvm_eq(v, x);
        if (e)
            return e;
    }
}

static const rt_pyslots_t instance_slots = {
    .cls = NULL,
    .repr = inst_repr,
    .str = inst_str,
    .getattr = inst_getattr,
    .setattr = inst_setattr,
    .call = inst_call,
    .binop = inst_binop,
    .unop = inst_unop,
    .richcmp = inst_richcmp,
    .hash = inst_hash,
    .iter = inst_iter,
    .next = inst_next,
    .len = inst_len,
    .getitem = inst_getitem,
    .setitem = inst_setitem,
    .contains = inst_contains,
    .truth = inst_truth,
};

/* ---- object's and type's methods ---- */

static rt_value_t object_repr(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    char buf[300];
    pyvm_class_t *c = pyvm_type_of(self);
    snprintf(buf, sizeof buf, "<%s%s object at %#lx>", (c->flags & PYVM_CLASS_HEAP) ? "__main__." : "",
             c->qualname->data, (unsigned long)self);
    return pyvm_str_cstr(buf);
}

static rt_value_t object_str(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return pyvm_repr(self);
}

/* Whether cls's __name__ hook is object's own (name: __new__ or __init__). */
static bool inherits_object(pyvm_class_t *cls, rt_str_t *name)
{
    return pyvm_type_lookup(cls, name) == rt_map_get_str(pyvm_cls_object->dict, name);
}

/* object.__init__ accepts extra arguments only when __new__ is overridden and __init__ is not,
** as CPython. */
static rt_value_t object_init(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a;
    pyvm_class_t *cls = pyvm_type_of(self);
    bool excess = n > 0 || (kw && rt_tuple_len(kw));
    if (excess && !inherits_object(cls, pyvm_name(init)))
        return rt_raise(RT_EXC_TYPE, "object.__init__() takes exactly one argument (the instance "
                                     "to initialize)");
    if (excess && inherits_object(cls, pyvm_name(new)))
        return rt_raise(RT_EXC_TYPE, "%s.__init__() takes exactly one argument (the instance to "
                                     "initialize)", cls->qualname->data);
    return rt_none;
}

static rt_value_t object_eq(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    return self == a[0] ? rt_true : pyvm_notimpl;
}

static rt_value_t object_ne(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    rt_value_t r = pyvm_richcmp(self, a[0], PYVM_EQ);
    if (!r)
        return r;
    int t = pyvm_truth(r);
    return t < 0 ? RT_NOVALUE : rt_bool(!t);
}

static rt_value_t object_hash(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return rt_int_from_i64((int64_t)(self >> 4));
}

static rt_value_t object_cmp_notimpl(rt_value_t self, const rt_value_t *a, size_t n,
                                     rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return pyvm_notimpl;
}

static rt_value_t object_format(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    if (pyvm_is_str(a[0]) && pyvm_str_of(a[0])->len)
        return rt_raise(RT_EXC_TYPE, "unsupported format string passed to %s.__format__",
                        pyvm_type_name(self));
    return pyvm_str(self);
}

/* object.__setattr__(name, v) and object.__delattr__(name): the default behaviour, bypassing
** the class's own hooks. */
static rt_value_t object_setattr(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "attribute name must be string, not '%s'",
                        pyvm_type_name(a[0]));
    rt_str_t *name = rt_str_intern(rt_ptr(a[0]));
    rt_value_t v = n == 2 ? a[1] : RT_NOVALUE; /* one argument: __delattr__ */
    bool ok = is_instance(self) ? inst_setattr_default(self, name, v) : pyvm_setattr(self, name, v);
    return ok ? rt_none : RT_NOVALUE;
}

static rt_value_t object_getattribute(rt_value_t self, const rt_value_t *a, size_t n,
                                      rt_tuple_t *kw)
{
    (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "attribute name must be string");
    /* without the __getattr__ fallback: type(self)'s attribute lookup adds it */
    return pyvm_generic_getattribute(self, rt_str_intern(rt_ptr(a[0])));
}

static rt_value_t object_new(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    if (n < 1)
        return rt_raise(RT_EXC_TYPE, "object.__new__(): not enough arguments");
    if (!rt_is_ptr(a[0]) || rt_obj_type(rt_ptr(a[0])) != &pyvm_type_class)
        return rt_raise(RT_EXC_TYPE, "object.__new__(X): X is not a type object (%s)",
                        pyvm_type_name(a[0]));
    pyvm_class_t *cls = rt_ptr(a[0]);
    if (!cls->root)
        return rt_raise(RT_EXC_TYPE, "object.__new__(%s) is not safe, use %s.__new__()",
                        cls->name->data, cls->name->data);
    bool excess = n > 1 || (kw && rt_tuple_len(kw));
    if (excess && !inherits_object(cls, pyvm_name(new)))
        return rt_raise(RT_EXC_TYPE, "object.__new__() takes exactly one argument (the type to "
                                     "instantiate)");
    if (excess && inherits_object(cls, pyvm_name(init)))
        return rt_raise(RT_EXC_TYPE, "%s() takes no arguments", cls->qualname->data);
    if (!check_abstract(cls))
        return RT_NOVALUE;
    return rt_from_ptr(pyvm_instance_new(cls));
}

static rt_value_t object_init_subclass(rt_value_t self, const rt_value_t *a, size_t n,
                                       rt_tuple_t *kw)
{
    (void)a;
    if (n || (kw && rt_tuple_len(kw)))
        return rt_raise(RT_EXC_TYPE, "%s.__init_subclass__() takes no keyword arguments",
                        rt_is_ptr(self) && rt_obj_type(rt_ptr(self)) == &pyvm_type_class
                            ? ((pyvm_class_t *)rt_ptr(self))->name->data : "object");
    return rt_none;
}

static rt_value_t object_subclasshook(rt_value_t self, const rt_value_t *a, size_t n,
                                      rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return pyvm_notimpl;
}

static const pyvm_cfunc_def_t object_methods[] = {
    {"__subclasshook__", object_subclasshook, 0, -1, PYVM_CFUNC_CLASS, 1},
    {"__init_subclass__", object_init_subclass, 0, -1, PYVM_CFUNC_CLASS, 1},
    {"__repr__", object_repr, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__str__", object_str, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__init__", object_init, 0, -1, PYVM_CFUNC_METHOD, 1},
    {"__eq__", object_eq, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__ne__", object_ne, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__lt__", object_cmp_notimpl, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__le__", object_cmp_notimpl, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__gt__", object_cmp_notimpl, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__ge__", object_cmp_notimpl, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__hash__", object_hash, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__format__", object_format, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__setattr__", object_setattr, 2, 2, PYVM_CFUNC_METHOD, 0},
    {"__delattr__", object_setattr, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__getattribute__", object_getattribute, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__new__", object_new, 1, -1, PYVM_CFUNC_STATIC, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

static rt_value_t type_new(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw);

static rt_value_t type_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kw)
{
    (void)cls, (void)kw;
    if (nargs == 1)
        return rt_from_ptr(pyvm_type_of(args[0]));
    if (nargs == 3) {
        /* type(name, bases, dict, **kw): the bases' most derived metaclass makes the class */
        rt_value_t a[PYVM_ARGBUF];
        size_t nkw = kw ? (size_t)rt_tuple_len(kw) : 0;
        if (nkw + 4 > PYVM_ARGBUF)
            return rt_raise(RT_EXC_TYPE, "too many class keywords");
        a[0] = rt_from_ptr(pyvm_cls_type);
        memcpy(a + 1, args, (3 + nkw) * sizeof *a);
        return type_new(RT_NOVALUE, a, 4, kw);
    }
    return rt_raise(RT_EXC_TYPE, "type() takes 1 or 3 arguments");
}

static rt_value_t type_mro(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    pyvm_class_t *c = rt_ptr(self);
    rt_tuple_t *mro = c3(c, c->bases); /* afresh: a metaclass's mro() calls it while building */
    return mro ? pyvm_list_from(mro->items, rt_tuple_len(mro)) : RT_NOVALUE;
}

static rt_value_t type_subclasses(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    rt_vec_t *subs = ((pyvm_class_t *)rt_ptr(self))->subclasses;
    return subs ? pyvm_list_from(rt_vec_items(subs), rt_vec_len(subs))
                : rt_from_ptr(pyvm_list_new(0));
}

/* type.__new__(meta, obj) / type.__new__(meta, name, bases, dict, **kw). */
static rt_value_t type_new(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    if (!rt_is_ptr(a[0]) || rt_obj_type(rt_ptr(a[0])) != &pyvm_type_class ||
        !pyvm_type_is_subclass(rt_ptr(a[0]), pyvm_cls_type))
        return rt_raise(RT_EXC_TYPE, "type.__new__(X): X is not a subtype of type");
    if (n == 2 && !(kw && rt_tuple_len(kw)))
        return rt_from_ptr(pyvm_type_of(a[1]));
    if (n != 4)
        return rt_raise(RT_EXC_TYPE, "type() takes 1 or 3 arguments");
    rt_value_t d = pyvm_unwrap(a[3]);
    static const char *const want[] = {"str", "tuple", "dict"};
    bool ok[3] = {pyvm_is_str(a[1]), pyvm_is_tuple(a[2]), pyvm_is_dict(d)};
    for (int i = 0; i < 3; i++)
        if (!ok[i])
            return rt_raise(RT_EXC_TYPE, "type.__new__() argument %d must be %s, not %s", i + 1,
                            want[i], pyvm_type_name(a[i + 1]));
    pyvm_class_t *meta = pyvm_type_calc_meta(rt_ptr(a[0]), rt_ptr(a[2]));
    if (!meta)
        return RT_NOVALUE;
    if (meta != rt_ptr(a[0])) {
        /* a base's metaclass is more derived: its __new__ makes the class, as in CPython */
        rt_value_t newf = pyvm_type_lookup(meta, pyvm_name(new));
        if (newf && newf != rt_map_get_str(pyvm_cls_type->dict, pyvm_name(new))) {
            rt_value_t b[PYVM_ARGBUF];
            size_t nkw = kw ? (size_t)rt_tuple_len(kw) : 0;
            memcpy(b, a, (n + nkw) * sizeof *b);
            b[0] = rt_from_ptr(meta);
            rt_value_t f = pyvm_bind(newf, rt_from_ptr(meta), meta);
            rt_value_t c = f ? pyvm_call(f, b, n, kw) : RT_NOVALUE;
            if (c && pyvm_isinstance(c, meta)) {
                rt_value_t init = pyvm_type_lookup(meta, pyvm_name(init));
                if (init && rt_is_ptr(init) && rt_obj_type(rt_ptr(init)) == &pyvm_type_func &&
                    !pyvm_call(init, (rt_value_t[]){c, a[1], a[2], a[3]}, 4, NULL))
                    return RT_NOVALUE;
            }
            return c;
        }
    }
    rt_map_t *dict = rt_map_copy(rt_ptr(d));
    pyvm_func_t *caller = pyvm_interp_current_func();
    rt_value_t modname = caller ? pyvm_dict_get_str(caller->globals, pyvm_name(name)) : RT_NOVALUE;
    /* __module__ defaults to the calling code's module, as CPython's type_new */
    if (modname && !pyvm_dict_get_str(dict, pyvm_name(module)) &&
        !pyvm_dict_set(dict, rt_from_ptr(pyvm_name(module)), modname))
        return RT_NOVALUE;
    pyvm_class_t *c = pyvm_type_new_meta(meta, rt_ptr(a[1]), rt_ptr(a[2]), dict, a + n, kw);
    return c ? rt_from_ptr(c) : RT_NOVALUE;
}

static rt_value_t type_init(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_none;
}

static rt_value_t type_call(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    if (!rt_is_ptr(self) || rt_obj_type(rt_ptr(self)) != &pyvm_type_class)
        return rt_raise(RT_EXC_TYPE, "descriptor '__call__' requires a 'type' object");
    return class_call_default(self, a, n, kw);
}

static rt_value_t type_prepare(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_from_ptr(pyvm_dict_new());
}

static rt_value_t type_setattr(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)kw;
    if (!rt_is_ptr(self) || rt_obj_type(rt_ptr(self)) != &pyvm_type_class || !pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "type.__setattr__ needs a type and a str");
    return class_setattr_default(self, rt_str_intern(rt_ptr(a[0])), n > 1 ? a[1] : RT_NOVALUE)
           ? rt_none : RT_NOVALUE;
}

static rt_value_t type_instancecheck(rt_value_t self, const rt_value_t *a, size_t n,
                                     rt_tuple_t *kw)
{
    (void)n, (void)kw;
    return rt_bool(pyvm_isinstance(a[0], rt_ptr(self)));
}

static rt_value_t type_subclasscheck(rt_value_t self, const rt_value_t *a, size_t n,
                                     rt_tuple_t *kw)
{
    (void)n, (void)kw;
    if (!rt_is_ptr(a[0]) || rt_obj_type(rt_ptr(a[0])) != &pyvm_type_class)
        return rt_raise(RT_EXC_TYPE, "issubclass() arg 1 must be a class");
    return rt_bool(pyvm_type_is_subclass(rt_ptr(a[0]), rt_ptr(self)));
}

static const pyvm_cfunc_def_t type_methods[] = {
    {"__new__", type_new, 2, -1, PYVM_CFUNC_STATIC, 1},
    {"__init__", type_init, 0, -1, PYVM_CFUNC_METHOD, 1},
    {"__call__", type_call, 0, -1, PYVM_CFUNC_METHOD, 1},
    {"__prepare__", type_prepare, 0, -1, PYVM_CFUNC_CLASS, 1},
    {"__setattr__", type_setattr, 2, 2, PYVM_CFUNC_METHOD, 0},
    {"__delattr__", type_setattr, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__instancecheck__", type_instancecheck, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__subclasscheck__", type_subclasscheck, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"mro", type_mro, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__subclasses__", type_subclasses, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* ---- Start-up ---- */

void pyvm_type_init(void)
{
    gc_root_add(tcache, TCACHE_SIZE * (sizeof tcache[0] / sizeof(uintptr_t)));
#define PYVM_CLASS_ROOT(n) gc_root_add(&pyvm_cls_##n, 1);
    PYVM_BUILTIN_CLASSES(PYVM_CLASS_ROOT)
#undef PYVM_CLASS_ROOT
    pyvm_type_class.py = &class_slots;
    pyvm_type_instance.py = &instance_slots;
    pyvm_cls_object = pyvm_type_new_builtin("object", NULL, NULL);
    pyvm_cls_type = pyvm_type_new_builtin("type", &pyvm_type_class, pyvm_cls_object);
    pyvm_cls_type->ctor = type_ctor;
    pyvm_cfunc_install(pyvm_cls_object, object_methods);
    pyvm_cfunc_install(pyvm_cls_type, type_methods);
}

void pyvm_type_mark_collections(void)
{
    pyvm_class_t *const sequences[] = {pyvm_cls_list, pyvm_cls_tuple, pyvm_cls_range,
                                       pyvm_cls_memoryview};
    for (size_t i = 0; i < sizeof sequences / sizeof sequences[0]; i++)
        sequences[i]->flags |= PYVM_CLASS_SEQUENCE;
    pyvm_cls_dict->flags |= PYVM_CLASS_MAPPING;
}

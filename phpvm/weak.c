/*
** weak.c: PHP's WeakReference and WeakMap on the collector's weak references and ephemerons
** (ARCHITECTURE.md section 3). A WeakReference keeps a gc weak reference; WeakReference::create
** hands out one instance per live object (a registry of ephemerons, object -> its
** WeakReference). A WeakMap keeps, in a hidden array keyed by object identity (the object id;
** closures and generators by address: the heap does not move), one ephemeron per entry, so an
** entry's value lives exactly as long as its key. Both clear at the collections of destructor
** points (dtor.c), which decide on precise roots: `$o = null` or unset($o) empties them where
** PHP's refcounts would, in every JIT mode. Iteration walks a snapshot through InternalIterator.
** The gc objects are kept in hidden slots (names starting with a NUL byte), never seen by PHP.
*/
#include <string.h>

#include "phpvm/interp.h"

static phpvm_class_t *weakref_class, *weakmap_class, *iter_class;
static phpvm_array_t *registry; /* identity -> ephemeron (object -> its WeakReference) */

/* The hidden slot of these final classes' instances: their only declared property. */
static rt_value_t *hidden(rt_value_t self) { return &phpvm_obj(self)->slots.inl[0]; }

static void set_hidden(rt_value_t self, rt_value_t v)
{
    *hidden(self) = v;
    gc_write_barrier(phpvm_obj(self));
}

static rt_value_t ident(rt_value_t o)
{
    if (phpvm_is_object(o))
        return phpvm_int((int64_t)phpvm_obj(o)->id);
    return phpvm_int((int64_t)(uintptr_t)rt_ptr(o));
}

/* ---- WeakReference ---- */

static rt_value_t wr_create(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_value_t o = phpvm_deref(args[0]);
    if (phpvm_kind(o) != PHPVM_OBJECT || phpvm_is_foreign(o))
        return phpvm_throw("TypeError", "WeakReference::create(): Argument #1 ($object) must be "
                                        "of type object, %s given", phpvm_type_name(o));
    rt_value_t key = ident(o);
    rt_value_t e = phpvm_array_get(registry, key);
    if (e != RT_NOVALUE && gc_ephemeron_key(rt_ptr(e)))
        return (rt_value_t)(uintptr_t)gc_ephemeron_value(rt_ptr(e));
    rt_value_t wr = phpvm_object_alloc(weakref_class);
    if (wr == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_dtor_weak_used();
    rt_tuple_t *t = rt_tuple_new(1);
    rt_tuple_init_item(t, 0, rt_from_ptr(gc_weak_new(rt_ptr(o), NULL, NULL)));
    set_hidden(wr, rt_from_ptr(t));
    phpvm_array_set(registry, key, rt_from_ptr(gc_ephemeron_new(rt_ptr(o), rt_ptr(wr))));
    return wr;
}

static rt_value_t wr_get(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t t = *hidden(self);
    bool ok = rt_is_ptr(t) && rt_obj_type(rt_ptr(t)) == &rt_type_tuple;
    void *target = ok ? gc_weak_get(rt_ptr(rt_tuple_get((rt_tuple_t *)rt_ptr(t), 0))) : NULL;
    return target ? rt_from_ptr(target) : rt_none;
}

static rt_value_t wr_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return phpvm_throw("Error", "Direct instantiation of WeakReference is not allowed, use "
                                "WeakReference::create instead");
}

static const phpvm_builtin_t weakref_methods[] = {
    {"__construct", wr_construct, 0, 0, "", 0},
    {"create", wr_create, 1, 1, "object", 0},
    {"get", wr_get, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* ---- WeakMap ---- */

static phpvm_array_t *entries(rt_value_t self)
{
    rt_value_t *h = hidden(self);
    if (!phpvm_is_array(*h))
        set_hidden(self, rt_from_ptr(phpvm_array_new(0)));
    return phpvm_arr(*h);
}

/* The key argument's identity, or RT_NOVALUE with PHP's TypeError pending (offsetSet's null:
** $map[] = v). */
static rt_value_t map_key(rt_value_t k, bool set)
{
    k = phpvm_deref(k);
    if (set && k == rt_none)
        return phpvm_throw("Error", "Cannot append to WeakMap");
    if (phpvm_kind(k) != PHPVM_OBJECT || phpvm_is_foreign(k))
        return phpvm_throw("TypeError", "WeakMap key must be an object");
    return ident(k);
}

/* The live ephemeron of key k in self, or NULL. */
static void *find(rt_value_t self, rt_value_t id)
{
    rt_value_t e = phpvm_array_get(entries(self), id);
    return e != RT_NOVALUE && gc_ephemeron_key(rt_ptr(e)) ? rt_ptr(e) : NULL;
}

static rt_value_t value_of(void *eph) { return (rt_value_t)(uintptr_t)gc_ephemeron_value(eph); }

static rt_value_t wm_get(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t id = map_key(args[0], false);
    if (id == RT_NOVALUE)
        return RT_NOVALUE;
    void *e = find(self, id);
    if (!e) {
        rt_value_t k = phpvm_deref(args[0]);
        return phpvm_throw("Error", "Object %s#%llu not contained in WeakMap",
                           phpvm_type_name(k), (unsigned long long)(phpvm_is_object(k)
                                                   ? phpvm_obj(k)->id : 0));
    }
    return value_of(e);
}

static rt_value_t wm_set(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t id = map_key(args[0], true);
    if (id == RT_NOVALUE)
        return RT_NOVALUE;
    rt_value_t v = phpvm_share(phpvm_deref(argc > 1 ? args[1] : rt_none));
    void *e = find(self, id);
    if (e)
        gc_ephemeron_set_value(e, (void *)(uintptr_t)v);
    else
        phpvm_array_set(entries(self), id,
                        rt_from_ptr(gc_ephemeron_new(rt_ptr(phpvm_deref(args[0])),
                                                     (void *)(uintptr_t)v)));
    return rt_none;
}

static rt_value_t wm_exists(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t id = map_key(args[0], false);
    if (id == RT_NOVALUE)
        return RT_NOVALUE;
    void *e = find(self, id);
    return rt_bool(e && value_of(e) != rt_none);
}

static rt_value_t wm_unset(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t id = map_key(args[0], false);
    if (id == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_array_del(entries(self), id);
    return rt_none;
}

/* Drops the entries whose key died; returns the live ones' count. */
static int64_t prune(rt_value_t self)
{
    phpvm_array_t *a = entries(self);
    int64_t n = 0;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        if (gc_ephemeron_key(rt_ptr(rt_map_value_at(a, p))))
            n++;
        else
            phpvm_array_del(a, phpvm_array_key_at(a, p));
    }
    return n;
}

static rt_value_t wm_count(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return phpvm_int(prune(self));
}

/* An InternalIterator over a snapshot: a list of [key, value] pairs and a position. */
static rt_value_t wm_iterator(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    prune(self);
    phpvm_array_t *a = entries(self), *pairs = phpvm_array_new(rt_map_count(a));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        void *e = rt_ptr(rt_map_value_at(a, p));
        phpvm_array_t *pair = phpvm_array_new(2);
        phpvm_array_append(pair, rt_from_ptr(gc_ephemeron_key(e)));
        phpvm_array_append(pair, phpvm_share(value_of(e)));
        phpvm_array_append(pairs, rt_from_ptr(pair));
    }
    rt_value_t it = phpvm_object_alloc(iter_class);
    if (it == RT_NOVALUE)
        return RT_NOVALUE;
    set_hidden(it, rt_from_ptr(pairs));
    phpvm_obj(it)->slots.inl[1] = rt_small(0);
    return it;
}

static const phpvm_builtin_t weakmap_methods[] = {
    {"offsetGet", wm_get, 1, 1, "object", 0},
    {"offsetSet", wm_set, 2, 2, "object,value", 0},
    {"offsetExists", wm_exists, 1, 1, "object", 0},
    {"offsetUnset", wm_unset, 1, 1, "object", 0},
    {"count", wm_count, 0, 0, "", 0},
    {"getIterator", wm_iterator, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* ---- InternalIterator ---- */

static rt_value_t *pos(rt_value_t self) { return &phpvm_obj(self)->slots.inl[1]; }

/* The current [key, value] pair, or NULL past the end. */
static phpvm_array_t *pair_at(rt_value_t self)
{
    rt_value_t *h = hidden(self);
    if (!phpvm_is_array(*h))
        return NULL;
    rt_value_t p = phpvm_array_get(phpvm_arr(*h), *pos(self));
    return p == RT_NOVALUE ? NULL : phpvm_arr(p);
}

static rt_value_t ii_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *p = pair_at(self);
    return p ? phpvm_array_val_at(p, 1) : rt_none;
}

static rt_value_t ii_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *p = pair_at(self);
    return p ? phpvm_array_val_at(p, 0) : rt_none;
}

static rt_value_t ii_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    *pos(self) = rt_small(rt_small_value(*pos(self)) + 1);
    return rt_none;
}

static rt_value_t ii_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_bool(pair_at(self) != NULL);
}

static rt_value_t ii_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    *pos(self) = rt_small(0);
    return rt_none;
}

static const phpvm_builtin_t iter_methods[] = {
    {"current", ii_current, 0, 0, "", 0},
    {"key", ii_key, 0, 0, "", 0},
    {"next", ii_next, 0, 0, "", 0},
    {"valid", ii_valid, 0, 0, "", 0},
    {"rewind", ii_rewind, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* ---- Declaration ---- */

static phpvm_class_t *declare(const char *name, const char *ifaces,
                              const phpvm_builtin_t *methods, int nhidden)
{
    phpvm_class_t *c = phpvm_class_builtin(name, NULL, ifaces, PHPVM_C_FINAL);
    phpvm_class_add_methods(c, methods);
    static const char *const names[] = {"\0state", "\0pos"};
    for (int i = 0; i < nhidden; i++)
        phpvm_class_add_prop(c, rt_str_intern(rt_str_new(names[i], 1 + strlen(names[i] + 1))),
                             PHPVM_F_PRIVATE, rt_none);
    phpvm_class_declare(c);
    return c;
}

void phpvm_weak_init(void)
{
    weakref_class = declare("WeakReference", NULL, weakref_methods, 1);
    weakmap_class = declare("WeakMap", "ArrayAccess,Countable,IteratorAggregate", weakmap_methods,
                            1);
    iter_class = declare("InternalIterator", "Iterator", iter_methods, 2);
    phpvm_class_method(weakref_class, rt_str_from_cstr("create"))->flags |= PHPVM_F_STATIC;
    registry = phpvm_array_new(0);
    gc_root_add(&registry, 1);
}

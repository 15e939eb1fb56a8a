/*
** mod_weakref.c: the native `_weakref` module (modules.h) that weakref, _weakrefset and
** everything built on them import: ref (subclassable, hashable, with callbacks), proxy,
** getweakrefcount, getweakrefs, _remove_dead_weakref. A ref holds a gc/ weak reference
** (gc_weak_new); the collector clears it when the referent dies and queues the callback.
** Callbacks run at gc_safepoint; a ref with a callback stays reachable (a GC root table) until
** its referent dies, since gc/ does not trace a weak reference's callback data.
*/
#include "pyvm/modules/modules.h"

typedef struct weakref {
    rt_obj_t hdr;
    void *weak;          /* the gc/ weak reference */
    rt_value_t callback; /* 0: none */
    rt_value_t owner;    /* the instance of a ref subclass wrapping this ref, else 0 */
    int64_t hash;
    bool hashed, proxy;
} weakref_t;

static void weakref_trace(gc_tracer_t *tracer, void *obj)
{
    weakref_t *w = obj;
    gc_visit_ptr(tracer, w->weak);
    gc_visit(tracer, w->callback);
    gc_visit(tracer, w->owner);
}

static rt_type_t ref_type = RT_TYPE_INIT("weakref", weakref_trace, NULL, 0);
static rt_type_t proxy_type = RT_TYPE_INIT("weakproxy", weakref_trace, NULL, 0);
static pyvm_class_t *ref_cls, *proxy_cls;
/* refs whose callback has not run yet, keyed by their address: keeps them alive for it */
static rt_map_t *pending;

static rt_value_t referent(weakref_t *w)
{
    void *p = gc_weak_get(w->weak);
    return p ? rt_from_ptr(p) : RT_NOVALUE;
}

/* The gc/ callback, at a safepoint: callback(ref) with the ref no longer in the pending table;
** an exception it raises is reported and dropped, as CPython does. */
static void run_callback(void *weak, void *data)
{
    (void)weak;
    weakref_t *w = data;
    rt_value_t key = rt_int_from_i64((int64_t)(uintptr_t)w);
    pyvm_dict_del(pending, key);
    rt_value_t self = w->owner ? w->owner : rt_from_ptr(w);
    if (!pyvm_call1(w->callback, self)) {
        rt_tb_t *tb;
        rt_value_t exc = rt_exc_fetch(&tb);
        fprintf(stderr, "Exception ignored in weakref callback:\n");
        pyvm_exc_print(exc, tb, stderr);
    }
}

/* Types that CPython does not let weak references point at. */
static bool weakrefable(rt_value_t v)
{
    if (!rt_is_ptr(v))
        return false;
    const rt_type_t *t = rt_value_type(v);
    if (t == &pyvm_type_instance)
        return !(((pyvm_instance_t *)rt_ptr(v))->cls->flags & PYVM_CLASS_NOWEAKREF);
    return t != &rt_type_int && t != &rt_type_float && t != &rt_type_str && t != &rt_type_bytes &&
           t != &rt_type_tuple && t != &rt_type_none && t != &rt_type_bool &&
           t != &pyvm_type_list && t != &pyvm_type_dict;
}

static rt_value_t weakref_new(rt_type_t *t, rt_value_t obj, rt_value_t callback)
{
    if (!weakrefable(obj))
        return rt_raise(RT_EXC_TYPE, "cannot create weak reference to '%s' object",
                        pyvm_type_name(obj));
    gc_safepoint();
    weakref_t *w = rt_alloc(t, sizeof *w);
    w->proxy = t == &proxy_type;
    bool cb = callback && callback != rt_none;
    void *weak = gc_weak_new(rt_ptr(obj), cb ? run_callback : NULL, w);
    RT_STORE(w, weak, weak);
    if (cb) {
        RT_STORE(w, callback, callback);
        if (!pyvm_dict_set(pending, rt_int_from_i64((int64_t)(uintptr_t)w), rt_from_ptr(w)))
            return RT_NOVALUE;
    }
    return rt_from_ptr(w);
}

static rt_value_t ref_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                           rt_tuple_t *kw)
{
    (void)cls, (void)kw;
    if (!pyvm_check_nargs("__new__", nargs, 1, 2))
        return RT_NOVALUE;
    return weakref_new(&ref_type, args[0], nargs > 1 ? args[1] : RT_NOVALUE);
}

/* ref.__init__(ob, callback=None): records a subclass instance so callbacks receive it. */
static rt_value_t ref_init(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    rt_value_t v = pyvm_unwrap(self);
    if (v != self && rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &ref_type)
        RT_STORE((weakref_t *)rt_ptr(v), owner, self);
    return rt_none;
}

static rt_value_t ref_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                           rt_tuple_t *kw)
{
    (void)args;
    if (!pyvm_check_nargs("weakref", nargs, 0, 0) || !pyvm_no_kwargs("weakref", kw))
        return RT_NOVALUE;
    rt_value_t v = referent(rt_ptr(self));
    return v ? v : rt_none;
}

static rt_value_t ref_call_method(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    return ref_call(self, a, n, kw);
}

static rt_value_t ref_repr(rt_value_t self)
{
    rt_value_t v = referent(rt_ptr(self));
    char buf[200];
    if (v)
        snprintf(buf, sizeof buf, "<weakref at %#lx; to '%s' at %#lx>", (unsigned long)self,
                 pyvm_type_name(v), (unsigned long)v);
    else
        snprintf(buf, sizeof buf, "<weakref at %#lx; dead>", (unsigned long)self);
    return pyvm_str_cstr(buf);
}

static bool ref_hash(rt_value_t self, int64_t *out)
{
    weakref_t *w = rt_ptr(self);
    if (!w->hashed) {
        rt_value_t v = referent(w);
        if (!v) {
            rt_raise(RT_EXC_TYPE, "weak object has gone away");
            return false;
        }
        if (!pyvm_hash(v, &w->hash))
            return false;
        w->hashed = true;
    }
    *out = w->hash;
    return true;
}

/* Live refs compare their referents; otherwise refs are equal only to themselves. */
static rt_value_t ref_richcmp(rt_value_t a, rt_value_t b, int op)
{
    a = pyvm_unwrap(a), b = pyvm_unwrap(b);
    if ((op != PYVM_EQ && op != PYVM_NE) || !rt_is_ptr(b) || rt_obj_type(rt_ptr(b)) != &ref_type)
        return pyvm_notimpl;
    rt_value_t x = referent(rt_ptr(a)), y = referent(rt_ptr(b));
    if (!x || !y)
        return rt_bool((a == b) == (op == PYVM_EQ));
    return pyvm_richcmp(x, y, op);
}

static const rt_pyslots_t ref_slots = {
    .cls = &ref_cls,
    .repr = ref_repr,
    .call = ref_call,
    .richcmp = ref_richcmp,
    .hash = ref_hash,
};

static const pyvm_cfunc_def_t ref_methods[] = {
    {"__init__", ref_init, 0, 2, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {"__call__", ref_call_method, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* ---- proxy: every operation forwarded to the live referent ---- */

static rt_value_t live(rt_value_t self)
{
    rt_value_t v = referent(rt_ptr(self));
    if (!v)
        pyvm_raise_cls(pyvm_exc_ReferenceError, "weakly-referenced object no longer exists");
    return v;
}

static rt_value_t proxy_getattr(rt_value_t self, rt_str_t *name)
{
    rt_value_t v = live(self);
    return v ? pyvm_getattr(v, name) : RT_NOVALUE;
}

static bool proxy_setattr(rt_value_t self, rt_str_t *name, rt_value_t x)
{
    rt_value_t v = live(self);
    return v && (x ? pyvm_setattr(v, name, x) : pyvm_delattr(v, name));
}

static rt_value_t proxy_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kw)
{
    rt_value_t v = live(self);
    return v ? pyvm_call(v, args, nargs, kw) : RT_NOVALUE;
}

static rt_value_t proxy_repr(rt_value_t self)
{
    rt_value_t v = referent(rt_ptr(self));
    char buf[200];
    snprintf(buf, sizeof buf, "<weakproxy at %#lx; to '%s' at %#lx>", (unsigned long)self,
             v ? pyvm_type_name(v) : "NoneType", (unsigned long)v);
    return pyvm_str_cstr(buf);
}

static rt_value_t proxy_str(rt_value_t self)
{
    rt_value_t v = live(self);
    return v ? pyvm_str(v) : RT_NOVALUE;
}

static int64_t proxy_len(rt_value_t self)
{
    rt_value_t v = live(self);
    return v ? pyvm_len(v) : -1;
}

static rt_value_t proxy_getitem(rt_value_t self, rt_value_t k)
{
    rt_value_t v = live(self);
    return v ? pyvm_getitem(v, k) : RT_NOVALUE;
}

static bool proxy_setitem(rt_value_t self, rt_value_t k, rt_value_t x)
{
    rt_value_t v = live(self);
    return v && (x ? pyvm_setitem(v, k, x) : pyvm_delitem(v, k));
}

static rt_value_t proxy_iter(rt_value_t self)
{
    rt_value_t v = live(self);
    return v ? pyvm_iter(v) : RT_NOVALUE;
}

static int proxy_contains(rt_value_t self, rt_value_t x)
{
    rt_value_t v = live(self);
    return v ? pyvm_contains(v, x) : -1;
}

static int proxy_truth(rt_value_t self)
{
    rt_value_t v = live(self);
    return v ? pyvm_truth(v) : -1;
}

static rt_value_t proxy_richcmp(rt_value_t a, rt_value_t b, int op)
{
    rt_value_t v = live(a);
    return v ? pyvm_richcmp(v, b, op) : RT_NOVALUE;
}

static bool proxy_hash(rt_value_t self, int64_t *out)
{
    (void)self, (void)out;
    rt_raise(RT_EXC_TYPE, "unhashable type: 'weakproxy'");
    return false;
}

static const rt_pyslots_t proxy_slots = {
    .cls = &proxy_cls,
    .repr = proxy_repr,
    .str = proxy_str,
    .getattr = proxy_getattr,
    .setattr = proxy_setattr,
    .call = proxy_call,
    .richcmp = proxy_richcmp,
    .hash = proxy_hash,
    .iter = proxy_iter,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .setitem = proxy_setitem,
    .contains = proxy_contains,
    .truth = proxy_truth,
};

/* ---- module functions ---- */

static rt_value_t w_proxy(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    return weakref_new(&proxy_type, a[0], n > 1 ? a[1] : RT_NOVALUE);
}

/* The collector keeps no per-object list of weak references, so these answer for none. */
static rt_value_t w_getweakrefcount(rt_value_t self, const rt_value_t *a, size_t n,
                                    rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_small(0);
}

static rt_value_t w_getweakrefs(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_from_ptr(pyvm_list_new(0));
}

/* _remove_dead_weakref(dict, key): del dict[key] if it is a dead weak reference. */
static rt_value_t w_remove_dead(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    rt_value_t d = pyvm_unwrap(a[0]);
    if (!pyvm_is_dict(d))
        return rt_raise(RT_EXC_TYPE, "not a dict");
    rt_value_t v = pyvm_dict_get(rt_ptr(d), a[1]);
    if (!v)
        return rt_exc_pending() ? RT_NOVALUE : rt_none;
    v = pyvm_unwrap(v);
    if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &ref_type && !referent(rt_ptr(v)) &&
        pyvm_dict_del(rt_ptr(d), a[1]) < 0)
        return RT_NOVALUE;
    return rt_none;
}

static const pyvm_cfunc_def_t weakref_functions[] = {
    {"proxy", w_proxy, 1, 2, 0, 0},
    {"getweakrefcount", w_getweakrefcount, 1, 1, 0, 0},
    {"getweakrefs", w_getweakrefs, 1, 1, 0, 0},
    {"_remove_dead_weakref", w_remove_dead, 2, 2, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_weakref_dict(void)
{
    if (!ref_cls) {
        gc_root_add(&ref_cls, 1);
        gc_root_add(&proxy_cls, 1);
        gc_root_add(&pending, 1);
        pending = pyvm_dict_new();
        ref_type.py = &ref_slots;
        proxy_type.py = &proxy_slots;
        ref_cls = pyvm_type_new_builtin("ReferenceType", &ref_type, pyvm_cls_object);
        ref_cls->ctor = ref_ctor;
        pyvm_cfunc_install(ref_cls, ref_methods);
        pyvm_wrap_install(ref_cls, false);
        proxy_cls = pyvm_type_new_builtin("ProxyType", &proxy_type, pyvm_cls_object);
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, weakref_functions);
    pyvm_mod_put(d, "ref", rt_from_ptr(ref_cls));
    pyvm_mod_put(d, "ReferenceType", rt_from_ptr(ref_cls));
    pyvm_mod_put(d, "ProxyType", rt_from_ptr(proxy_cls));
    pyvm_mod_put(d, "CallableProxyType", rt_from_ptr(proxy_cls));
    return d;
}

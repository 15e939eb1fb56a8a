/*
** mod_functools.c: the native `_functools` module (modules.h) that Debian's functools.py imports
** over its pure-Python fallbacks: reduce, cmp_to_key (KeyWrapper objects comparing through the
** user's function, a C type so sorting with them stays cheap) and _lru_cache_wrapper (the cache
** behind lru_cache and cache, with CPython's key rules, statistics and LRU order). partial keeps
** functools.py's own class, which has CPython's behaviour.
*/
#include "pyvm/modules/modules.h"

/* reduce(function, iterable[, initial]) */
static rt_value_t m_reduce(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    rt_value_t it = pyvm_iter(a[1]);
    if (!it) {
        if (pyvm_exc_matches(rt_exc_current(), rt_from_ptr(pyvm_exc_TypeError)) == 1) {
            rt_exc_fetch(NULL);
            rt_raise(RT_EXC_TYPE, "reduce() arg 2 must support iteration");
        }
        return RT_NOVALUE;
    }
    rt_value_t acc = n > 2 ? a[2] : RT_NOVALUE;
    for (rt_value_t x; (x = pyvm_next(it));) {
        acc = acc ? pyvm_call2(a[0], acc, x) : x;
        if (!acc)
            return RT_NOVALUE;
    }
    if (rt_exc_pending())
        return RT_NOVALUE;
    if (!acc)
        return rt_raise(RT_EXC_TYPE, "reduce() of empty iterable with no initial value");
    return acc;
}

/* ---- cmp_to_key ---- */

/* functools.KeyWrapper: cmp_to_key(cmp) is one without an object; calling it wraps one. */
typedef struct {
    rt_obj_t hdr;
    rt_value_t cmp, obj; /* obj 0 in the factory */
} keywrapper_t;

static pyvm_class_t *keywrapper_cls;

static void keywrapper_trace(gc_tracer_t *t, void *o)
{
    keywrapper_t *k = o;
    gc_visit(t, k->cmp);
    gc_visit(t, k->obj);
}

static rt_type_t keywrapper_type = RT_TYPE_INIT("functools.KeyWrapper", keywrapper_trace, NULL, 0);

static bool is_keywrapper(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &keywrapper_type;
}

static rt_value_t keywrapper_new(rt_value_t cmp, rt_value_t obj)
{
    keywrapper_t *k = rt_alloc(&keywrapper_type, sizeof *k);
    k->cmp = cmp;
    k->obj = obj;
    return rt_from_ptr(k);
}

static rt_value_t keywrapper_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                                  rt_tuple_t *kwnames)
{
    static const char *const names[] = {"obj", NULL};
    rt_value_t obj;
    if (!pyvm_parse_args("K", args, nargs, kwnames, names, 1, &obj))
        return RT_NOVALUE;
    return keywrapper_new(((keywrapper_t *)rt_ptr(self))->cmp, obj);
}

/* a OP b is cmp(a.obj, b.obj) OP 0. */
static rt_value_t keywrapper_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (!is_keywrapper(a) || !is_keywrapper(b) || !((keywrapper_t *)rt_ptr(a))->obj ||
        !((keywrapper_t *)rt_ptr(b))->obj)
        return rt_raise(RT_EXC_TYPE, "other argument must be K instance");
    keywrapper_t *x = rt_ptr(a), *y = rt_ptr(b);
    rt_value_t r = pyvm_call2(x->cmp, x->obj, y->obj);
    return r ? pyvm_richcmp(r, rt_small(0), op) : RT_NOVALUE;
}

static rt_value_t keywrapper_getattr(rt_value_t self, rt_str_t *name)
{
    keywrapper_t *k = rt_ptr(self);
    if (k->obj && name == rt_str_intern_cstr("obj"))
        return k->obj;
    return pyvm_generic_getattr(self, name);
}

static bool keywrapper_setattr(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    keywrapper_t *k = rt_ptr(self);
    if (k->obj && v && name == rt_str_intern_cstr("obj")) {
        RT_STORE(k, obj, v);
        return true;
    }
    pyvm_readonly_attr_error(self, name);
    return false;
}

static bool keywrapper_unhashable(rt_value_t self, int64_t *out)
{
    (void)out;
    (void)self;
    rt_raise(RT_EXC_TYPE, "unhashable type: 'functools.KeyWrapper'");
    return false;
}

static const rt_pyslots_t keywrapper_slots = {
    .cls = &keywrapper_cls,
    .getattr = keywrapper_getattr,
    .setattr = keywrapper_setattr,
    .call = keywrapper_call,
    .richcmp = keywrapper_richcmp,
    .hash = keywrapper_unhashable,
};

static rt_value_t m_cmp_to_key(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    static const char *const names[] = {"mycmp", NULL};
    rt_value_t cmp;
    if (!pyvm_parse_args("cmp_to_key", a, n, kw, names, 1, &cmp))
        return RT_NOVALUE;
    return keywrapper_new(cmp, RT_NOVALUE);
}

/* ---- _lru_cache_wrapper ---- */

/* The cache's state, kept in the wrapper's hidden slot. `cache` maps keys to results in LRU
** order: a hit moves its entry to the end, and a full bounded cache drops the first. */
typedef struct {
    rt_obj_t hdr;
    rt_value_t func, cache_info_type;
    rt_map_t *cache;
    int64_t maxsize; /* -1: unbounded */
    bool typed;
    int64_t hits, misses;
} lru_t;

static void lru_trace(gc_tracer_t *t, void *o)
{
    lru_t *l = o;
    gc_visit(t, l->func);
    gc_visit(t, l->cache_info_type);
    gc_visit_ptr(t, l->cache);
}

static rt_type_t lru_type = RT_TYPE_INIT("functools._lru_state", lru_trace, NULL, 0);

static pyvm_class_t *lru_cls;

static rt_str_t *state_name(void) { return rt_str_intern_cstr("_lru_cache_state"); }

static lru_t *lru_of(rt_value_t wrapper)
{
    rt_value_t s = pyvm_getattr(wrapper, state_name());
    if (s && rt_is_ptr(s) && rt_obj_type(rt_ptr(s)) == &lru_type)
        return rt_ptr(s);
    if (s)
        rt_raise(RT_EXC_TYPE, "_lru_cache_wrapper state was replaced");
    return NULL;
}

/* The marker between positional and keyword arguments in a key, unique to this module. */
static rt_value_t kwd_mark;

static bool exact_int_or_str(rt_value_t v)
{
    pyvm_class_t *c = pyvm_type_of(v);
    return c == pyvm_cls_int || c == pyvm_cls_str;
}

/* The cache key of a call, as CPython's: a lone int or str argument is its own key; otherwise a
** tuple of the arguments, then kwd_mark and the keyword names and values, then (typed) every
** argument's type. */
static rt_value_t make_key(lru_t *l, const rt_value_t *args, size_t nargs, rt_tuple_t *kwnames)
{
    size_t nkw = kwnames ? (size_t)kwnames->len : 0, npos = nargs - nkw;
    if (nkw == 0 && npos == 1 && exact_int_or_str(args[0]))
        return args[0];
    rt_vec_t *key = pyvm_list_new((int64_t)(nargs * (l->typed ? 2 : 1) + nkw + 1));
    for (size_t i = 0; i < npos; i++)
        rt_vec_append(key, args[i]);
    if (nkw) {
        rt_vec_append(key, kwd_mark);
        for (size_t i = 0; i < nkw; i++) {
            rt_vec_append(key, kwnames->items[i]);
            rt_vec_append(key, args[npos + i]);
        }
    }
    if (l->typed)
        for (size_t i = 0; i < nargs; i++)
            rt_vec_append(key, rt_from_ptr(pyvm_type_of(args[i])));
    return pyvm_tuple_from(rt_vec_items(key), rt_vec_len(key));
}

/* Drops the least recently used entry. */
static bool evict_oldest(rt_map_t *cache)
{
    int64_t p = rt_map_next(cache, 0);
    return p < 0 || pyvm_dict_del(cache, pyvm_dict_key_at(cache, p)) >= 0;
}

static rt_value_t lru_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                           rt_tuple_t *kwnames)
{
    lru_t *l = lru_of(self);
    if (!l)
        return RT_NOVALUE;
    if (l->maxsize == 0) {
        l->misses++;
        return pyvm_call(l->func, args, nargs, kwnames);
    }
    rt_value_t key = make_key(l, args, nargs, kwnames);
    rt_value_t hit = key ? pyvm_dict_get(l->cache, key) : RT_NOVALUE;
    if (hit) {
        l->hits++;
        if (l->maxsize > 0 && (pyvm_dict_del(l->cache, key) < 0 || !pyvm_dict_set(l->cache, key, hit)))
            return RT_NOVALUE;
        return hit;
    }
    if (!key || rt_exc_pending())
        return RT_NOVALUE;
    l->misses++;
    rt_value_t r = pyvm_call(l->func, args, nargs, kwnames);
    if (!r)
        return RT_NOVALUE;
    /* The call may have filled the entry itself (recursion): the newer result stays. */
    if (pyvm_dict_get(l->cache, key) || rt_exc_pending())
        return rt_exc_pending() ? RT_NOVALUE : r;
    if (l->maxsize > 0 && rt_map_count(l->cache) >= l->maxsize && !evict_oldest(l->cache))
        return RT_NOVALUE;
    return pyvm_dict_set(l->cache, key, r) ? r : RT_NOVALUE;
}

static rt_value_t w_call(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    return lru_call(self, a, n, kw);
}

/* __get__: a method when found through an instance, as a function would be. */
static rt_value_t w_get(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    if (a[0] == rt_none)
        return self;
    return pyvm_method_new(self, a[0]);
}

static rt_value_t w_cache_info(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    lru_t *l = lru_of(self);
    if (!l)
        return RT_NOVALUE;
    rt_value_t info[4] = {rt_int_from_i64(l->hits), rt_int_from_i64(l->misses),
                          l->maxsize < 0 ? rt_none : rt_int_from_i64(l->maxsize),
                          rt_int_from_i64(rt_map_count(l->cache))};
    return pyvm_call(l->cache_info_type, info, 4, NULL);
}

static rt_value_t w_cache_clear(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    lru_t *l = lru_of(self);
    if (!l)
        return RT_NOVALUE;
    l->hits = l->misses = 0;
    rt_map_clear(l->cache);
    return rt_none;
}

/* copy.copy and copy.deepcopy keep the wrapper itself, as CPython's. */
static rt_value_t w_self(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return self;
}

/* pickling refers to the wrapped function by its qualified name */
static rt_value_t w_reduce(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return pyvm_getattr(self, pyvm_name(qualname));
}

static const pyvm_cfunc_def_t lru_methods[] = {
    {"__call__", w_call, 0, -1, PYVM_CFUNC_METHOD, 1},
    {"__get__", w_get, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"cache_info", w_cache_info, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"cache_clear", w_cache_clear, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__copy__", w_self, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__deepcopy__", w_self, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__reduce__", w_reduce, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type) */
static rt_value_t m_lru_cache_wrapper(rt_value_t self, const rt_value_t *a, size_t n,
                                      rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    if (!pyvm_callable(a[0]))
        return rt_raise(RT_EXC_TYPE, "the first argument must be callable");
    int64_t maxsize = -1;
    if (a[1] != rt_none) {
        if (!pyvm_is_intlike(pyvm_unwrap(a[1])))
            return rt_raise(RT_EXC_TYPE, "maxsize should be integer or None");
        if (!pyvm_index_fit(a[1], &maxsize))
            return RT_NOVALUE;
        if (maxsize < 0)
            maxsize = 0;
    }
    int typed = pyvm_truth(a[2]);
    if (typed < 0)
        return RT_NOVALUE;
    rt_map_t *cache = pyvm_dict_new();
    lru_t *l = rt_alloc(&lru_type, sizeof *l);
    l->func = a[0];
    l->cache_info_type = a[3];
    l->cache = cache;
    l->maxsize = maxsize;
    l->typed = typed;
    rt_value_t w = pyvm_call0(rt_from_ptr(lru_cls));
    if (!w || !pyvm_setattr(w, state_name(), rt_from_ptr(l)))
        return RT_NOVALUE;
    return w;
}

static const pyvm_cfunc_def_t functools_functions[] = {
    {"reduce", m_reduce, 2, 3, 0, 0},
    {"cmp_to_key", m_cmp_to_key, 0, 1, 0, 1},
    {"_lru_cache_wrapper", m_lru_cache_wrapper, 4, 4, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* The wrapper's class: a heap class, so that it binds as a method through __get__ and takes
** update_wrapper's attributes in its __dict__; its state lives in a slot. */
static pyvm_class_t *make_lru_class(void)
{
    rt_map_t *ns = pyvm_dict_new();
    rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr("functools"));
    rt_value_t slots[3] = {pyvm_str_cstr("__dict__"), pyvm_str_cstr("__weakref__"),
                           rt_from_ptr(state_name())};
    pyvm_mod_put(ns, "__slots__", pyvm_tuple_from(slots, 3));
    pyvm_cfunc_install_dict(ns, lru_methods);
    rt_value_t base = rt_from_ptr(pyvm_cls_object);
    return pyvm_type_new(rt_str_intern_cstr("_lru_cache_wrapper"),
                         rt_ptr(pyvm_tuple_from(&base, 1)), ns);
}

rt_map_t *pyvm_mod_functools_dict(void)
{
    if (!keywrapper_cls) {
        gc_root_add(&keywrapper_cls, 1);
        gc_root_add(&lru_cls, 1);
        gc_root_add(&kwd_mark, 1);
        keywrapper_type.py = &keywrapper_slots;
        keywrapper_cls = pyvm_type_new_builtin("KeyWrapper", &keywrapper_type, pyvm_cls_object);
        pyvm_type_setattr(keywrapper_cls, pyvm_name(module), pyvm_str_cstr("functools"));
        lru_cls = make_lru_class();
        kwd_mark = pyvm_call0(rt_from_ptr(pyvm_cls_object));
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, functools_functions);
    return d;
}

/*
** arrview.c: PHP arrays as Python sees them (BRIDGE.md: "PHP array -> Python: by reference").
** PHP passes arrays by value, so they are the one PHP value Python gets through a wrapper: a
** PHPArray view names where the array lives, either a PHP reference cell (a variable, an
** argument, a property) or an element of the array of a parent view (nested arrays), and every
** write goes there: the array is separated first when shared (PHP's copy-on-write), so other
** PHP copies never change, while the variable the view stands for does.
** A view is a MutableMapping (keys, items, get, update, setdefault, pop, ==...); as_list() gives
** a list view of an integer-keyed array with Python's list operations, which refuses to work
** once a string key appears ("stale").
*/
#include <string.h>

#include "bridge/internal.h"

static pyvm_class_t *cls_array;

static void arrview_trace(gc_tracer_t *t, void *o)
{
    bridge_arrview_t *v = o;
    gc_visit_ptr(t, v->cell);
    gc_visit(t, v->parent);
    gc_visit(t, v->key);
}

rt_type_t bridge_type_arrview = RT_TYPE_INIT("PHPArray", arrview_trace, NULL, 0);

/* pyvm_loaded_hook: collections.abc.MutableMapping.register(PHPArray) when the module defining
** the ABCs (_collections_abc) loads; importing it eagerly would cost every composed program its
** start-up time. */
static void register_mapping(rt_str_t *name, rt_value_t abc)
{
    if (strcmp(name->data, "_collections_abc") != 0)
        return;
    /* Mapping too: pyvm's ABCMeta does not yet see registrations of subclasses (no
    ** type.__subclasses__), and registering with both is what MutableMapping implies anyway */
    static const char *const abcs[] = {"MutableMapping", "Mapping"};
    for (size_t i = 0; i < sizeof abcs / sizeof abcs[0]; i++) {
        rt_value_t c = pyvm_getattr(abc, rt_str_intern_cstr(abcs[i]));
        rt_value_t reg = c ? pyvm_getattr(c, rt_str_intern_cstr("register")) : RT_NOVALUE;
        if (!reg || !pyvm_call1(reg, rt_from_ptr(cls_array)))
            rt_exc_clear(); /* isinstance(view, ...) stays false; nothing else depends on it */
    }
}

static rt_value_t view_new(phpvm_ref_t *cell, rt_value_t parent, rt_value_t key, bool list)
{
    bridge_arrview_t *v = rt_alloc(&bridge_type_arrview, sizeof *v);
    v->cell = cell;
    v->parent = parent;
    v->key = key;
    v->list = list;
    return rt_from_ptr(v);
}

rt_value_t bridge_arrview_new(phpvm_ref_t *cell, bool list)
{
    return view_new(cell, RT_NOVALUE, RT_NOVALUE, list);
}

static bridge_arrview_t *view_of(rt_value_t self) { return rt_ptr(self); }

static bool has_string_key(phpvm_array_t *a)
{
    if (rt_map_is_packed(a))
        return false;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
        if (phpvm_is_str(phpvm_array_key_at(a, p)))
            return true;
    return false;
}

/* The array a view reads, or NULL with BridgeError when its place no longer holds one or a
** list view went stale. */
static phpvm_array_t *view_array(rt_value_t self)
{
    bridge_arrview_t *v = view_of(self);
    rt_value_t a = v->cell ? v->cell->v : RT_NOVALUE;
    if (v->parent) {
        phpvm_array_t *pa = view_array(v->parent);
        if (!pa)
            return NULL;
        a = phpvm_deref(phpvm_array_get(pa, v->key));
    }
    if (!a || !phpvm_is_array(a)) {
        bridge_py_error("the PHP variable behind this array view no longer holds an array");
        return NULL;
    }
    if (v->list && has_string_key(phpvm_arr(a))) {
        bridge_py_error("stale list view: the PHP array now has string keys");
        return NULL;
    }
    return phpvm_arr(a);
}

/* The array made writable where it lives (separated first when shared). */
static phpvm_array_t *view_array_w(rt_value_t self)
{
    if (!view_array(self))
        return NULL;
    bridge_arrview_t *v = view_of(self);
    if (!v->parent) {
        phpvm_array_t *a = phpvm_array_sep(&v->cell->v);
        gc_write_barrier(v->cell);
        return a;
    }
    phpvm_array_t *pa = view_array_w(v->parent);
    if (!pa)
        return NULL;
    int64_t pos = phpvm_is_str(v->key) ? rt_map_find_str(pa, phpvm_str(v->key))
                                       : rt_map_find_int(pa, rt_small_value(v->key));
    rt_value_t cur = rt_map_value_at(pa, pos);
    if (phpvm_is_ref(cur)) {
        phpvm_ref_t *r = rt_ptr(cur);
        phpvm_array_t *a = phpvm_array_sep(&r->v);
        gc_write_barrier(r);
        return a;
    }
    rt_value_t elem = cur;
    phpvm_array_t *a = phpvm_array_sep(&elem);
    if (elem != cur)
        rt_map_set_at(pa, pos, elem);
    return a;
}

rt_value_t bridge_arrview_value(rt_value_t view)
{
    phpvm_array_t *a = view_array(view);
    if (!a) { /* the place no longer holds an array: what it holds now */
        rt_exc_clear();
        bridge_arrview_t *v = view_of(view);
        return v->cell ? phpvm_deref(v->cell->v) : rt_none;
    }
    return phpvm_share(rt_from_ptr(a));
}

/* Replaces the whole array where the view lives (list operations write their result back). */
static bool view_replace(rt_value_t self, phpvm_array_t *a)
{
    bridge_arrview_t *v = view_of(self);
    if (!v->parent) {
        phpvm_ref_set(v->cell, rt_from_ptr(a));
        return true;
    }
    phpvm_array_t *pa = view_array_w(v->parent);
    if (!pa)
        return false;
    rt_value_t cur = phpvm_array_get(pa, v->key);
    if (phpvm_is_ref(cur))
        phpvm_ref_set(rt_ptr(cur), rt_from_ptr(a));
    else
        phpvm_array_set(pa, v->key, rt_from_ptr(a));
    return true;
}

/* Element `key` (value v) of the view's array as Python sees it: an inner array is a view of
** that element, so Python can change it in place. */
static rt_value_t elem_to_py(rt_value_t self, rt_value_t key, rt_value_t v)
{
    v = phpvm_deref(v);
    return phpvm_is_array(v) ? view_new(NULL, self, key, false) : bridge_to_py(v);
}

/* A Python key as a PHP array key (int or string, numeric strings normalized as PHP does);
** RT_NOVALUE with TypeError for other types. */
static rt_value_t php_key(rt_value_t k)
{
    if (pyvm_is_intlike(k)) {
        int64_t i;
        if (rt_int_to_i64(pyvm_int_of(k), &i))
            return rt_int_from_i64(i);
    } else if (pyvm_is_str(k)) {
        return phpvm_key(k);
    }
    return rt_raise(RT_EXC_TYPE, "PHP array keys must be int or str, not %s", pyvm_type_name(k));
}

/* The element for key k (a list view counts negative k from the end); RT_NOVALUE: absent
** (nothing pending) or an error. */
static rt_value_t view_lookup(rt_value_t self, rt_value_t k, rt_value_t *key_out)
{
    phpvm_array_t *a = view_array(self);
    if (!a)
        return RT_NOVALUE;
    rt_value_t key = php_key(k);
    if (!key)
        return RT_NOVALUE;
    if (view_of(self)->list && rt_is_small(key) && rt_small_value(key) < 0)
        key = rt_small(rt_small_value(key) + rt_map_count(a));
    *key_out = key;
    return phpvm_array_get(a, key);
}

static rt_value_t key_error(rt_value_t k)
{
    rt_value_t e = pyvm_exc_new(pyvm_exc_KeyError, &k, 1);
    return e ? rt_exc_set(e) : RT_NOVALUE;
}

/* The keys (which 0), values (1) or (key, value) pairs (2) as a fresh Python list. */
static rt_value_t view_list(rt_value_t self, int which)
{
    phpvm_array_t *a = view_array(self);
    if (!a)
        return RT_NOVALUE;
    rt_vec_t *out = pyvm_list_new(rt_map_count(a));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t k = phpvm_array_key_at(a, p);
        rt_value_t v = which ? elem_to_py(self, k, rt_map_value_at(a, p)) : bridge_to_py(k);
        if (which == 2) {
            rt_value_t pair[2] = {bridge_to_py(k), v};
            v = pyvm_tuple_from(pair, 2);
        }
        rt_vec_append(out, v);
    }
    return rt_from_ptr(out);
}

/* ---- The mapping (and, for list views, sequence) protocol ---- */

static rt_value_t view_getitem(rt_value_t self, rt_value_t k)
{
    if (view_of(self)->list && !pyvm_is_intlike(k)) { /* slices and the like: on a snapshot */
        rt_value_t l = view_list(self, 1);
        return l ? pyvm_getitem(l, k) : RT_NOVALUE;
    }
    rt_value_t key;
    rt_value_t v = view_lookup(self, k, &key);
    if (v)
        return elem_to_py(self, key, v);
    if (rt_exc_pending())
        return RT_NOVALUE;
    if (view_of(self)->list)
        return pyvm_raise_cls(pyvm_exc_IndexError, "list index out of range");
    return key_error(k);
}

static bool view_setitem(rt_value_t self, rt_value_t k, rt_value_t v)
{
    rt_value_t key;
    if (!view_lookup(self, k, &key) && rt_exc_pending())
        return false;
    phpvm_array_t *a = view_array_w(self);
    if (!a)
        return false;
    if (!v) {
        if (phpvm_array_del(a, key))
            return true;
        return key_error(k);
    }
    if (view_of(self)->list && !phpvm_array_get(a, key) && rt_small_value(key) != rt_map_count(a)) {
        pyvm_raise_cls(pyvm_exc_IndexError, "list assignment index out of range");
        return false;
    }
    rt_value_t old = phpvm_array_get(a, key);
    if (phpvm_is_ref(old))
        phpvm_ref_set(rt_ptr(old), bridge_to_php(v));
    else
        phpvm_array_set(a, key, bridge_to_php(v));
    return true;
}

static int64_t view_len(rt_value_t self)
{
    phpvm_array_t *a = view_array(self);
    return a ? rt_map_count(a) : -1;
}

static rt_value_t view_iter(rt_value_t self)
{
    rt_value_t l = view_list(self, view_of(self)->list ? 1 : 0);
    return l ? pyvm_iter(l) : RT_NOVALUE;
}

static int view_contains(rt_value_t self, rt_value_t x)
{
    if (!view_of(self)->list) {
        rt_value_t key;
        rt_value_t v = view_lookup(self, x, &key);
        if (!v && rt_exc_pending()) {
            rt_exc_clear(); /* a key PHP arrays cannot have is simply absent */
            return 0;
        }
        return v != RT_NOVALUE;
    }
    rt_value_t l = view_list(self, 1);
    return l ? pyvm_contains(l, x) : -1;
}

/* The view as a plain Python dict (mapping views) or list (list views), for comparisons. */
static rt_value_t view_snapshot(rt_value_t self)
{
    if (view_of(self)->list)
        return view_list(self, 1);
    rt_value_t items = view_list(self, 2);
    if (!items)
        return RT_NOVALUE;
    rt_map_t *d = pyvm_dict_new();
    return pyvm_dict_update(d, items) ? rt_from_ptr(d) : RT_NOVALUE;
}

static rt_value_t view_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (op != PYVM_EQ && op != PYVM_NE)
        return pyvm_notimpl;
    rt_value_t x = view_snapshot(a);
    if (!x)
        return RT_NOVALUE;
    rt_value_t y = b;
    if (rt_is_ptr(b) && rt_obj_type(rt_ptr(b)) == &bridge_type_arrview && !(y = view_snapshot(b)))
        return RT_NOVALUE;
    return pyvm_richcmp(x, y, op);
}

static rt_value_t view_repr(rt_value_t self)
{
    rt_value_t snap = view_snapshot(self);
    return snap ? pyvm_repr(snap) : RT_NOVALUE;
}

static const rt_pyslots_t array_slots = {
    .cls = &cls_array,
    .repr = view_repr,
    .getitem = view_getitem,
    .setitem = view_setitem,
    .len = view_len,
    .iter = view_iter,
    .contains = view_contains,
    .richcmp = view_richcmp,
};

/* ---- Mapping methods ---- */

#define METHOD(name) static rt_value_t name(rt_value_t self, const rt_value_t *args, size_t nargs, \
                                            rt_tuple_t *kw)

METHOD(m_keys)
{
    (void)args, (void)nargs, (void)kw;
    return view_list(self, 0);
}

METHOD(m_values)
{
    (void)args, (void)nargs, (void)kw;
    return view_list(self, 1);
}

METHOD(m_items)
{
    (void)args, (void)nargs, (void)kw;
    return view_list(self, 2);
}

METHOD(m_get)
{
    (void)kw;
    rt_value_t key;
    rt_value_t v = view_lookup(self, args[0], &key);
    if (v)
        return elem_to_py(self, key, v);
    return rt_exc_pending() ? RT_NOVALUE : nargs > 1 ? args[1] : rt_none;
}

METHOD(m_setdefault)
{
    (void)kw;
    rt_value_t key;
    rt_value_t v = view_lookup(self, args[0], &key);
    if (v)
        return elem_to_py(self, key, v);
    if (rt_exc_pending())
        return RT_NOVALUE;
    rt_value_t d = nargs > 1 ? args[1] : rt_none;
    return view_setitem(self, args[0], d) ? d : RT_NOVALUE;
}

METHOD(m_pop)
{
    (void)kw;
    rt_value_t key;
    rt_value_t v = view_lookup(self, args[0], &key);
    if (!v)
        return rt_exc_pending() ? RT_NOVALUE : nargs > 1 ? args[1] : key_error(args[0]);
    v = bridge_to_py(v);
    return view_setitem(self, args[0], RT_NOVALUE) ? v : RT_NOVALUE;
}

/* update(other=(), **kw): other a mapping (keys()) or pairs, as dict.update. */
METHOD(m_update)
{
    rt_map_t *d = pyvm_dict_new();
    if (nargs && !pyvm_dict_update(d, args[0]))
        return RT_NOVALUE;
    for (int64_t i = 0, n = kw ? rt_tuple_len(kw) : 0; i < n; i++)
        if (!pyvm_dict_set(d, rt_tuple_get(kw, i), args[nargs + (size_t)i]))
            return RT_NOVALUE;
    for (int64_t p = rt_map_next(d, 0); p >= 0; p = rt_map_next(d, p + 1)) {
        rt_map_key_t mk = rt_map_key_at(d, p);
        rt_value_t k = mk.obj ? mk.obj : rt_int_from_i64(mk.i);
        if (!view_setitem(self, k, rt_map_value_at(d, p)))
            return RT_NOVALUE;
    }
    return rt_none;
}

METHOD(m_clear)
{
    (void)args, (void)nargs, (void)kw;
    return view_replace(self, phpvm_array_new(0)) ? rt_none : RT_NOVALUE;
}

METHOD(m_copy)
{
    (void)args, (void)nargs, (void)kw;
    return view_snapshot(self);
}

METHOD(m_as_list)
{
    (void)args, (void)nargs, (void)kw;
    phpvm_array_t *a = view_array(self);
    if (!a)
        return RT_NOVALUE;
    if (has_string_key(a))
        return bridge_py_error("as_list(): the PHP array has string keys");
    bridge_arrview_t *v = view_of(self);
    return view_new(v->cell, v->parent, v->key, true);
}

/* ---- List-view methods: Python's list operations on a snapshot, written back ---- */

/* Calls list method `name` on a snapshot of list view self; when `writes`, the resulting list
** becomes the PHP array (keys 0..n-1). */
static rt_value_t list_op(rt_value_t self, const char *name, bool writes, const rt_value_t *args,
                          size_t nargs, rt_tuple_t *kw)
{
    if (!view_of(self)->list)
        return pyvm_raise_cls(pyvm_exc_AttributeError, "'PHPArray' object has no attribute '%s' "
                                                       "(use as_list() for list operations)", name);
    rt_value_t l = view_list(self, 1);
    rt_value_t m = l ? pyvm_getattr(l, rt_str_intern_cstr(name)) : RT_NOVALUE;
    rt_value_t r = m ? pyvm_call(m, args, nargs, kw) : RT_NOVALUE;
    if (!r || !writes)
        return r;
    rt_vec_t *items = rt_ptr(l);
    phpvm_array_t *a = phpvm_array_new(rt_vec_len(items));
    for (int64_t i = 0; i < rt_vec_len(items); i++)
        phpvm_array_append(a, bridge_to_php(rt_vec_get(items, i)));
    return view_replace(self, a) ? r : RT_NOVALUE;
}

#define LIST_OP(fn, name, writes)                                                                  \
    METHOD(fn) { return list_op(self, name, writes, args, nargs, kw); }

LIST_OP(l_append, "append", true)
LIST_OP(l_extend, "extend", true)
LIST_OP(l_insert, "insert", true)
LIST_OP(l_remove, "remove", true)
LIST_OP(l_sort, "sort", true)
LIST_OP(l_reverse, "reverse", true)
LIST_OP(l_index, "index", false)
LIST_OP(l_count, "count", false)

/* pop(): a list view pops by position (the last by default), a mapping view by key. */
METHOD(m_pop_any)
{
    if (view_of(self)->list)
        return list_op(self, "pop", true, args, nargs, kw);
    if (!nargs)
        return rt_raise(RT_EXC_TYPE, "pop expected at least 1 argument, got 0");
    return m_pop(self, args, nargs, kw);
}

static const pyvm_cfunc_def_t array_methods[] = {
    {"keys", m_keys, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"values", m_values, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"items", m_items, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"get", m_get, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"setdefault", m_setdefault, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"pop", m_pop_any, 0, 2, PYVM_CFUNC_METHOD, 0},
    {"update", m_update, 0, 1, PYVM_CFUNC_METHOD, 1},
    {"clear", m_clear, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"copy", m_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"as_list", m_as_list, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"append", l_append, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"extend", l_extend, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"insert", l_insert, 2, 2, PYVM_CFUNC_METHOD, 0},
    {"remove", l_remove, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"sort", l_sort, 0, 0, PYVM_CFUNC_METHOD, 1},
    {"reverse", l_reverse, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"index", l_index, 1, 3, PYVM_CFUNC_METHOD, 0},
    {"count", l_count, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

void bridge_arrview_init(void)
{
    gc_root_add(&cls_array, 1);
    cls_array = pyvm_type_new_builtin("PHPArray", &bridge_type_arrview, pyvm_cls_object);
    pyvm_cfunc_install(cls_array, array_methods);
    bridge_type_arrview.py = &array_slots;
    pyvm_loaded_hook = register_mapping;
    rt_str_t *name = rt_str_intern_cstr("_collections_abc");
    rt_value_t abc = pyvm_dict_get_str(pyvm_module_table(), name);
    if (abc) /* loaded before Python's side of the bridge started */
        register_mapping(name, abc);
}

/*
** php_view.c: how Python code sees PHP values (BRIDGE.md). PHP's own types get Python slot
** tables, so a PHP object, closure, class, generator or reference is used from Python without
** a wrapper; only arrays, which PHP passes by value, are wrapped: a PHPArray view holds the PHP
** reference cell the array lives in, so that Python's changes reach the PHP variable (the cell
** is separated first when the array is shared, PHP's copy-on-write). as_list() gives a list
** view of an integer-keyed array that refuses to work once a string key appears.
** Every slot runs PHP code with rt_ts->lang switched to PHP and turns PHP exceptions into
** Python ones (adapt.c).
*/
#include <string.h>

#include "bridge/internal.h"

static pyvm_class_t *cls_array, *cls_object, *cls_function, *cls_class, *cls_ref, *cls_iter;

/* ---- Running PHP from a Python slot ---- */

/* Switches to PHP for a call into phpvm; php_leave switches back and converts a failure. */
static uint32_t php_enter(void)
{
    uint32_t lang = rt_ts->lang;
    rt_ts->lang = RT_LANG_PHP;
    return lang;
}

static rt_value_t php_leave(uint32_t lang, rt_value_t r)
{
    rt_ts->lang = lang;
    return r ? r : bridge_exc_to_py();
}

/* ---- PHPArray views ---- */

static void arrview_trace(gc_tracer_t *t, void *o)
{
    gc_visit_ptr(t, ((bridge_arrview_t *)o)->cell);
}

rt_type_t bridge_type_arrview = RT_TYPE_INIT("PHPArray", arrview_trace, NULL, 0);

rt_value_t bridge_arrview_new(phpvm_ref_t *cell, bool list)
{
    bridge_arrview_t *v = rt_alloc(&bridge_type_arrview, sizeof *v);
    v->cell = cell;
    v->list = list;
    return rt_from_ptr(v);
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

/* The array a view reads, or NULL with BridgeError when the variable no longer holds one or a
** list view went stale. */
static phpvm_array_t *view_array(rt_value_t self)
{
    bridge_arrview_t *v = view_of(self);
    rt_value_t a = v->cell->v;
    if (!phpvm_is_array(a)) {
        bridge_py_error("the PHP variable behind this array view no longer holds an array");
        return NULL;
    }
    if (v->list && has_string_key(phpvm_arr(a))) {
        bridge_py_error("stale list view: the PHP array now has string keys");
        return NULL;
    }
    return phpvm_arr(a);
}

/* The array made writable in its cell (copied first when shared). */
static phpvm_array_t *view_array_w(rt_value_t self)
{
    if (!view_array(self))
        return NULL;
    phpvm_ref_t *cell = view_of(self)->cell;
    phpvm_array_t *a = phpvm_array_sep(&cell->v);
    gc_write_barrier(cell);
    return a;
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

/* The element for key k (a list view counts positions from the end for negative k). */
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

static rt_value_t view_getitem(rt_value_t self, rt_value_t k)
{
    rt_value_t key;
    rt_value_t v = view_lookup(self, k, &key);
    if (v)
        return bridge_to_py(v);
    if (rt_exc_pending())
        return RT_NOVALUE;
    if (view_of(self)->list)
        return pyvm_raise_cls(pyvm_exc_IndexError, "list index out of range");
    rt_value_t e = pyvm_exc_new(pyvm_exc_KeyError, &k, 1);
    if (e)
        rt_exc_set(e);
    return RT_NOVALUE;
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
        rt_value_t e = pyvm_exc_new(pyvm_exc_KeyError, &k, 1);
        if (e)
            rt_exc_set(e);
        return false;
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

/* The keys (keys = true) or values of the array, as a fresh Python list. */
static rt_value_t view_list(rt_value_t self, bool keys)
{
    phpvm_array_t *a = view_array(self);
    if (!a)
        return RT_NOVALUE;
    rt_vec_t *out = pyvm_list_new(rt_map_count(a));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
        rt_vec_append(out, bridge_to_py(keys ? phpvm_array_key_at(a, p) : phpvm_array_val_at(a, p)));
    return rt_from_ptr(out);
}

static rt_value_t view_iter(rt_value_t self)
{
    rt_value_t l = view_list(self, !view_of(self)->list);
    return l ? pyvm_iter(l) : RT_NOVALUE;
}

static int view_contains(rt_value_t self, rt_value_t x)
{
    if (!view_of(self)->list) {
        rt_value_t key;
        rt_value_t v = view_lookup(self, x, &key);
        if (!v && rt_exc_pending()) {
            rt_exc_clear(); /* an unhashable-for-PHP key is simply absent */
            return 0;
        }
        return v != RT_NOVALUE;
    }
    rt_value_t l = view_list(self, false);
    return l ? pyvm_contains(l, x) : -1;
}

static rt_value_t view_repr(rt_value_t self)
{
    phpvm_array_t *a = view_array(self);
    if (!a)
        return RT_NOVALUE;
    bool list = view_of(self)->list;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    rt_strbuf_append_char(&b, list ? '[' : '{');
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        if (p != phpvm_array_first(a))
            rt_strbuf_append(&b, ", ", 2);
        if (!list) {
            rt_value_t k = pyvm_repr(bridge_to_py(phpvm_array_key_at(a, p)));
            if (!k)
                return RT_NOVALUE;
            rt_strbuf_append_str(&b, pyvm_str_of(k));
            rt_strbuf_append(&b, ": ", 2);
        }
        rt_value_t r = pyvm_repr(bridge_to_py(phpvm_array_val_at(a, p)));
        if (!r)
            return RT_NOVALUE;
        rt_strbuf_append_str(&b, pyvm_str_of(r));
    }
    rt_strbuf_append_char(&b, list ? ']' : '}');
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t m_keys(rt_value_t self, const rt_value_t *args, size_t nargs, rt_tuple_t *kw)
{
    (void)args, (void)nargs, (void)kw;
    return view_list(self, true);
}

static rt_value_t m_values(rt_value_t self, const rt_value_t *args, size_t nargs, rt_tuple_t *kw)
{
    (void)args, (void)nargs, (void)kw;
    return view_list(self, false);
}

static rt_value_t m_items(rt_value_t self, const rt_value_t *args, size_t nargs, rt_tuple_t *kw)
{
    (void)args, (void)nargs, (void)kw;
    phpvm_array_t *a = view_array(self);
    if (!a)
        return RT_NOVALUE;
    rt_vec_t *out = pyvm_list_new(rt_map_count(a));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t pair[2] = {bridge_to_py(phpvm_array_key_at(a, p)),
                              bridge_to_py(phpvm_array_val_at(a, p))};
        rt_vec_append(out, pyvm_tuple_from(pair, 2));
    }
    return rt_from_ptr(out);
}

static rt_value_t m_get(rt_value_t self, const rt_value_t *args, size_t nargs, rt_tuple_t *kw)
{
    (void)kw;
    rt_value_t key;
    rt_value_t v = view_lookup(self, args[0], &key);
    if (v)
        return bridge_to_py(v);
    return rt_exc_pending() ? RT_NOVALUE : nargs > 1 ? args[1] : rt_none;
}

static rt_value_t m_as_list(rt_value_t self, const rt_value_t *args, size_t nargs, rt_tuple_t *kw)
{
    (void)args, (void)nargs, (void)kw;
    phpvm_array_t *a = view_array(self);
    if (!a)
        return RT_NOVALUE;
    if (has_string_key(a))
        return bridge_py_error("as_list(): the PHP array has string keys");
    return bridge_arrview_new(view_of(self)->cell, true);
}

static rt_value_t m_append(rt_value_t self, const rt_value_t *args, size_t nargs, rt_tuple_t *kw)
{
    (void)nargs, (void)kw;
    phpvm_array_t *a = view_array_w(self);
    if (!a)
        return RT_NOVALUE;
    uint32_t lang = php_enter();
    rt_value_t r = phpvm_array_append(a, bridge_to_php(args[0])) ? rt_none : RT_NOVALUE;
    return php_leave(lang, r);
}

static const pyvm_cfunc_def_t array_methods[] = {
    {"keys", m_keys, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"values", m_values, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"items", m_items, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"get", m_get, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"as_list", m_as_list, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"append", m_append, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t array_slots = {
    .cls = &cls_array,
    .repr = view_repr,
    .getitem = view_getitem,
    .setitem = view_setitem,
    .len = view_len,
    .iter = view_iter,
    .contains = view_contains,
};

/* ---- Iterating PHP Traversables and generators ---- */

/* A Python iterator over a PHP foreach iterator (values). */
typedef struct phpiter {
    rt_obj_t hdr;
    rt_value_t it; /* the phpvm_iter_t */
} phpiter_t;

static void phpiter_trace(gc_tracer_t *t, void *o) { gc_visit(t, ((phpiter_t *)o)->it); }

static rt_type_t type_phpiter = RT_TYPE_INIT("PHPIterator", phpiter_trace, NULL, 0);

static rt_value_t php_iter(rt_value_t self)
{
    uint32_t lang = php_enter();
    rt_value_t it = phpvm_iter_new(self, false);
    if (!php_leave(lang, it))
        return RT_NOVALUE;
    phpiter_t *p = rt_alloc(&type_phpiter, sizeof *p);
    p->it = it;
    return rt_from_ptr(p);
}

static rt_value_t phpiter_self(rt_value_t self) { return self; }

static rt_value_t phpiter_next(rt_value_t self)
{
    rt_value_t out[2];
    uint32_t lang = php_enter();
    bool more = phpvm_iter_next(rt_ptr(((phpiter_t *)rt_ptr(self))->it), out, false);
    if (rt_exc_pending()) /* the generator or Iterator threw */
        return php_leave(lang, RT_NOVALUE);
    rt_ts->lang = lang;
    return more ? bridge_to_py(out[0]) : RT_NOVALUE;
}

static const rt_pyslots_t phpiter_slots = {.cls = &cls_iter, .iter = phpiter_self,
                                           .next = phpiter_next};

/* ---- PHP objects ---- */

/* A PHP callee and its context ($this or the class) as one Python callable. */
typedef struct phpmeth {
    rt_obj_t hdr;
    rt_value_t callee, ctx;
} phpmeth_t;

static void phpmeth_trace(gc_tracer_t *t, void *o)
{
    gc_visit(t, ((phpmeth_t *)o)->callee);
    gc_visit(t, ((phpmeth_t *)o)->ctx);
}

static rt_type_t type_phpmeth = RT_TYPE_INIT("PHPMethod", phpmeth_trace, NULL, 0);

static rt_value_t phpmeth_new(rt_value_t callee, rt_value_t ctx)
{
    phpmeth_t *m = rt_alloc(&type_phpmeth, sizeof *m);
    m->callee = callee;
    m->ctx = ctx;
    return rt_from_ptr(m);
}

static rt_value_t phpmeth_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                               rt_tuple_t *kwnames)
{
    phpmeth_t *m = rt_ptr(self);
    return bridge_call_php(m->callee, m->ctx, args, nargs, kwnames);
}

static rt_value_t func_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kwnames)
{
    return bridge_call_php(self, rt_none, args, nargs, kwnames);
}

static rt_value_t func_repr(rt_value_t self)
{
    char name[256], buf[300];
    rt_value_t callee = rt_obj_type(rt_ptr(self)) == &type_phpmeth
                            ? ((phpmeth_t *)rt_ptr(self))->callee
                            : self;
    phpvm_func_display(phpvm_callee_func(callee), name, sizeof name);
    snprintf(buf, sizeof buf, "<PHP function %s>", name);
    return pyvm_str_cstr(buf);
}

static rt_value_t object_getattr(rt_value_t self, rt_str_t *name)
{
    phpvm_class_t *c = phpvm_class_of(self);
    if (phpvm_class_method(c, name)) {
        rt_value_t callee, ctx;
        uint32_t lang = php_enter();
        bool ok = phpvm_method(self, name, NULL, &callee, &ctx);
        if (!php_leave(lang, ok ? rt_true : RT_NOVALUE))
            return RT_NOVALUE;
        return phpmeth_new(callee, ctx);
    }
    /* a declared property (visibility checked by the read), a dynamic one, or __get */
    bool has = phpvm_is_object(self) &&
               (rt_map_get_str(c->props, name) || c->magic_get ||
                rt_slots_get_attr(&phpvm_obj(self)->slots, name));
    uint32_t lang = php_enter();
    rt_value_t v = has ? phpvm_prop_read(self, name, NULL, false) : rt_none;
    if (!php_leave(lang, v))
        return RT_NOVALUE;
    if (!has)
        return pyvm_raise_cls(pyvm_exc_AttributeError, "'%s' PHP object has no attribute '%s'",
                              c->name->data, name->data);
    if (phpvm_is_array(v) && !c->magic_get) { /* an array property is shared with Python */
        lang = php_enter();
        phpvm_ref_t *cell = phpvm_prop_ref(self, name, NULL);
        if (!php_leave(lang, cell ? rt_true : RT_NOVALUE))
            return RT_NOVALUE;
        return bridge_cell_to_py(cell);
    }
    return bridge_to_py(v);
}

static bool object_setattr(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    uint32_t lang = php_enter();
    bool ok = v ? phpvm_prop_write(self, name, bridge_to_php(v), NULL)
                : phpvm_prop_unset(self, name, NULL);
    return php_leave(lang, ok ? rt_true : RT_NOVALUE) != RT_NOVALUE;
}

static rt_value_t object_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                              rt_tuple_t *kwnames)
{
    rt_value_t callee, ctx;
    uint32_t lang = php_enter();
    bool ok = phpvm_callable(self, &callee, &ctx, true);
    if (!php_leave(lang, ok ? rt_true : RT_NOVALUE))
        return RT_NOVALUE;
    return bridge_call_php(callee, ctx, args, nargs, kwnames);
}

static rt_value_t object_str(rt_value_t self)
{
    phpvm_class_t *c = phpvm_class_of(self);
    if (!c->tostring) {
        char buf[300];
        snprintf(buf, sizeof buf, "<PHP object of class %s>", c->name->data);
        return pyvm_str_cstr(buf);
    }
    uint32_t lang = php_enter();
    rt_str_t *s = phpvm_to_str(self);
    if (!php_leave(lang, s ? rt_from_ptr(s) : RT_NOVALUE))
        return RT_NOVALUE;
    return bridge_to_py(rt_from_ptr(s));
}

static rt_value_t object_repr(rt_value_t self)
{
    char buf[300];
    snprintf(buf, sizeof buf, "<PHP object of class %s>", phpvm_class_of(self)->name->data);
    return pyvm_str_cstr(buf);
}

static rt_value_t object_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if ((op != PYVM_EQ && op != PYVM_NE) || phpvm_kind(b) != PHPVM_OBJECT)
        return pyvm_notimpl;
    uint32_t lang = php_enter();
    bool eq = phpvm_loose_eq(a, b);
    if (!php_leave(lang, rt_true))
        return RT_NOVALUE;
    return rt_bool(eq == (op == PYVM_EQ));
}

static rt_value_t object_getitem(rt_value_t self, rt_value_t k)
{
    uint32_t lang = php_enter();
    rt_value_t v = phpvm_dim_read(self, bridge_to_php(k), false);
    if (!php_leave(lang, v))
        return RT_NOVALUE;
    return bridge_to_py(v);
}

static bool object_setitem(rt_value_t self, rt_value_t k, rt_value_t v)
{
    uint32_t lang = php_enter();
    bool ok = v ? phpvm_dim_write(self, bridge_to_php(k), bridge_to_php(v))
                : phpvm_dim_unset(self, bridge_to_php(k));
    return php_leave(lang, ok ? rt_true : RT_NOVALUE) != RT_NOVALUE;
}

static const rt_pyslots_t object_slots = {
    .cls = &cls_object,
    .repr = object_repr,
    .str = object_str,
    .getattr = object_getattr,
    .setattr = object_setattr,
    .call = object_call,
    .richcmp = object_richcmp,
    .iter = php_iter,
    .getitem = object_getitem,
    .setitem = object_setitem,
};

static const rt_pyslots_t closure_slots = {
    .cls = &cls_function, .repr = func_repr, .call = func_call};
static const rt_pyslots_t phpmeth_slots = {
    .cls = &cls_function, .repr = func_repr, .call = phpmeth_call};
/* A PHP Generator is its own Python iterator; it runs only as far as Python takes values. */
static rt_value_t gen_next(rt_value_t self)
{
    rt_value_t v = RT_NOVALUE;
    uint32_t lang = php_enter();
    int r = phpvm_gen_take(self, &v);
    if (r < 0)
        return php_leave(lang, RT_NOVALUE);
    rt_ts->lang = lang;
    return r ? bridge_to_py(v) : RT_NOVALUE;
}

static rt_value_t gen_iter(rt_value_t self) { return self; }

static const rt_pyslots_t gen_slots = {
    .cls = &cls_iter, .repr = object_repr, .getattr = object_getattr, .iter = gen_iter,
    .next = gen_next};

/* ---- PHP classes: calling instantiates; attributes are static methods, constants, statics ---- */

static rt_value_t class_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kwnames)
{
    phpvm_class_t *c = rt_ptr(self);
    uint32_t lang = php_enter();
    rt_value_t obj = phpvm_object_new(c);
    if (!php_leave(lang, obj))
        return RT_NOVALUE;
    phpvm_func_t *ctor = c->ctor ? c->ctor : phpvm_noop_ctor;
    rt_value_t r = bridge_call_php(rt_from_ptr(ctor), obj, args, nargs, kwnames);
    return r ? obj : RT_NOVALUE;
}

static rt_value_t class_getattr(rt_value_t self, rt_str_t *name)
{
    phpvm_class_t *c = rt_ptr(self);
    phpvm_func_t *m = phpvm_class_method(c, name);
    if (m)
        return phpmeth_new(rt_from_ptr(m), self);
    uint32_t lang = php_enter();
    rt_value_t v = RT_NOVALUE;
    if (rt_map_get_str(c->consts, name)) {
        v = phpvm_class_const(c, name);
    } else {
        phpvm_ref_t *r = phpvm_class_sprop(c, name, NULL);
        v = r ? r->v : RT_NOVALUE;
    }
    if (!php_leave(lang, v))
        return RT_NOVALUE;
    return bridge_to_py(v);
}

static bool class_setattr(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    uint32_t lang = php_enter();
    phpvm_ref_t *r = v ? phpvm_class_sprop(rt_ptr(self), name, NULL) : NULL;
    if (r)
        phpvm_ref_set(r, bridge_to_php(v));
    else if (!rt_exc_pending())
        phpvm_throw("Error", "Cannot unset or create static properties from Python");
    return php_leave(lang, r ? rt_true : RT_NOVALUE) != RT_NOVALUE;
}

static rt_value_t class_repr(rt_value_t self)
{
    char buf[300];
    snprintf(buf, sizeof buf, "<PHP class %s>", ((phpvm_class_t *)rt_ptr(self))->name->data);
    return pyvm_str_cstr(buf);
}

static const rt_pyslots_t class_slots = {
    .cls = &cls_class, .repr = class_repr, .getattr = class_getattr, .setattr = class_setattr,
    .call = class_call};

/* ---- PHPRef: a PHP reference cell made or seen by Python ---- */

static rt_value_t ref_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                           rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_check_nargs("PHPRef", nargs, 0, 1) || !pyvm_no_kwargs("PHPRef", kw))
        return RT_NOVALUE;
    return rt_from_ptr(phpvm_ref_new(nargs ? bridge_to_php(args[0]) : rt_none));
}

static rt_value_t m_deref(rt_value_t self, const rt_value_t *args, size_t nargs, rt_tuple_t *kw)
{
    (void)args, (void)nargs, (void)kw;
    return bridge_cell_to_py(rt_ptr(self));
}

static rt_value_t m_store(rt_value_t self, const rt_value_t *args, size_t nargs, rt_tuple_t *kw)
{
    (void)nargs, (void)kw;
    phpvm_ref_set(rt_ptr(self), bridge_to_php(args[0]));
    return rt_none;
}

static rt_value_t ref_repr(rt_value_t self)
{
    rt_value_t r = pyvm_repr(bridge_cell_to_py(rt_ptr(self)));
    if (!r)
        return RT_NOVALUE;
    char buf[64 + 4096];
    snprintf(buf, sizeof buf, "PHPRef(%.4096s)", pyvm_str_of(r)->data);
    return pyvm_str_cstr(buf);
}

static const pyvm_cfunc_def_t ref_methods[] = {
    {"deref", m_deref, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"store", m_store, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t ref_slots = {.cls = &cls_ref, .repr = ref_repr};

/* ---- Start-up ---- */

void bridge_php_view_init(void)
{
    static const struct {
        pyvm_class_t **cls;
        const char *name;
        const rt_type_t *type;
    } classes[] = {
        {&cls_array, "PHPArray", &bridge_type_arrview},   {&cls_object, "PHPObject", NULL},
        {&cls_function, "PHPFunction", NULL},             {&cls_class, "PHPClass", NULL},
        {&cls_ref, "PHPRef", &phpvm_type_ref},            {&cls_iter, "PHPIterator", NULL},
    };
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        gc_root_add(classes[i].cls, 1);
        *classes[i].cls = pyvm_type_new_builtin(classes[i].name, classes[i].type, pyvm_cls_object);
    }
    pyvm_cfunc_install(cls_array, array_methods);
    pyvm_cfunc_install(cls_ref, ref_methods);
    cls_ref->ctor = ref_ctor;
    rt_map_set_str(pyvm_builtins, cls_ref->name, rt_from_ptr(cls_ref));
    bridge_type_arrview.py = &array_slots;
    type_phpiter.py = &phpiter_slots;
    type_phpmeth.py = &phpmeth_slots;
    phpvm_type_object.py = &object_slots;
    phpvm_type_closure.py = &closure_slots;
    phpvm_type_func.py = &closure_slots;
    phpvm_type_class.py = &class_slots;
    phpvm_type_gen.py = &gen_slots;
    phpvm_type_ref.py = &ref_slots;
}

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

static pyvm_class_t *cls_object, *cls_function, *cls_class, *cls_ref, *cls_iter;

/* ---- Running PHP from a Python slot ---- */

static uint32_t php_enter(void) { return bridge_enter(RT_LANG_PHP); }

static rt_value_t php_leave(uint32_t prev, rt_value_t r)
{
    return bridge_leave(prev, r, bridge_exc_to_py);
}

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
    rt_value_t callee = rt_value_type(self) == &type_phpmeth
                            ? ((phpmeth_t *)rt_ptr(self))->callee
                            : self;
    phpvm_func_display(phpvm_callee_func(callee), name, sizeof name);
    snprintf(buf, sizeof buf, "<PHP function %s>", name);
    return pyvm_str_cstr(buf);
}

/* The PHP class whose method the running Python function is (compile_py_meth records it as the
** function's __php_class__): Python code there sees that class's private members. */
static phpvm_class_t *running_scope(void)
{
    rt_frame_t *f = rt_ts->frame;
    rt_value_t fn = f && f->lang == RT_LANG_PY ? f->slots[0] : RT_NOVALUE;
    if (!fn || !rt_is_ptr(fn) || rt_obj_type(rt_ptr(fn)) != &pyvm_type_func ||
        !((pyvm_func_t *)rt_ptr(fn))->dict)
        return NULL;
    rt_value_t c = pyvm_dict_get_str(((pyvm_func_t *)rt_ptr(fn))->dict,
                                     rt_str_intern_cstr("__php_class__"));
    return c && rt_is_ptr(c) && rt_obj_type(rt_ptr(c)) == &phpvm_type_class ? rt_ptr(c) : NULL;
}

static rt_value_t object_getattr(rt_value_t self, rt_str_t *name)
{
    if (!bridge_php_thread_ok())
        return RT_NOVALUE;
    phpvm_class_t *scope = running_scope();
    phpvm_class_t *c = phpvm_class_of(self);
    bool prop = phpvm_is_object(self) &&
                (rt_map_get_str(c->props, name) || rt_slots_get_attr(&phpvm_obj(self)->slots, name));
    if (phpvm_class_method(c, name) || (!prop && c->magic_call && !c->magic_get)) {
        rt_value_t callee, ctx;
        uint32_t lang = php_enter();
        bool ok = phpvm_method(self, name, scope, &callee, &ctx);
        if (!php_leave(lang, ok ? rt_true : RT_NOVALUE))
            return RT_NOVALUE;
        phpvm_func_t *m = phpvm_callee_func(callee);
        if (phpvm_foreign_is_call(m) && m->foreign) /* a Python method (compile_py_meth) */
            return pyvm_method_new(m->foreign, self);
        return phpmeth_new(callee, ctx);
    }
    /* a declared property (visibility checked by the read), a dynamic one, or __get */
    bool has = prop || (phpvm_is_object(self) && c->magic_get);
    uint32_t lang = php_enter();
    rt_value_t v = has ? phpvm_prop_read(self, name, scope, false) : rt_none;
    if (!php_leave(lang, v))
        return RT_NOVALUE;
    if (!has)
        return pyvm_raise_cls(pyvm_exc_AttributeError, "'%s' PHP object has no attribute '%s'",
                              c->name->data, name->data);
    if (phpvm_is_array(v) && !c->magic_get) { /* an array property is shared with Python */
        lang = php_enter();
        phpvm_ref_t *cell = phpvm_prop_ref(self, name, scope);
        if (!php_leave(lang, cell ? rt_true : RT_NOVALUE))
            return RT_NOVALUE;
        return bridge_cell_to_py(cell);
    }
    return bridge_to_py(v);
}

static bool object_setattr(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    if (!bridge_php_thread_ok())
        return false;
    phpvm_class_t *scope = running_scope();
    uint32_t lang = php_enter();
    bool ok = v ? phpvm_prop_write(self, name, bridge_to_php(v), scope)
                : phpvm_prop_unset(self, name, scope);
    return php_leave(lang, ok ? rt_true : RT_NOVALUE) != RT_NOVALUE;
}

static rt_value_t object_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                              rt_tuple_t *kwnames)
{
    if (!bridge_php_thread_ok())
        return RT_NOVALUE;
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
    if (!bridge_php_thread_ok())
        return RT_NOVALUE;
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
    if (!bridge_php_thread_ok())
        return RT_NOVALUE;
    phpvm_class_t *c = rt_ptr(self);
    phpvm_func_t *m = phpvm_class_method(c, name);
    if (!m && c->magic_callstatic && !rt_map_get_str(c->consts, name) &&
        !rt_map_get_str(c->sprops, name))
        m = phpvm_trampoline_new(c->magic_callstatic, name); /* C::name(...) through __callStatic */
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
    if (!bridge_php_thread_ok())
        return false;
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
    bridge_arrview_init();
    static const struct {
        pyvm_class_t **cls;
        const char *name;
        const rt_type_t *type;
    } classes[] = {
        {&cls_object, "PHPObject", NULL},
        {&cls_function, "PHPFunction", NULL},             {&cls_class, "PHPClass", NULL},
        {&cls_ref, "PHPRef", &phpvm_type_ref},            {&cls_iter, "PHPIterator", NULL},
    };
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        gc_root_add(classes[i].cls, 1);
        *classes[i].cls = pyvm_type_new_builtin(classes[i].name, classes[i].type, pyvm_cls_object);
    }
    pyvm_cfunc_install(cls_ref, ref_methods);
    cls_ref->ctor = ref_ctor;
    rt_map_set_str(pyvm_builtins, cls_ref->name, rt_from_ptr(cls_ref));
    type_phpiter.py = &phpiter_slots;
    type_phpmeth.py = &phpmeth_slots;
    phpvm_type_object.py = &object_slots;
    phpvm_type_closure.py = &closure_slots;
    phpvm_type_func.py = &closure_slots;
    phpvm_type_class.py = &class_slots;
    phpvm_type_gen.py = &gen_slots;
    phpvm_type_ref.py = &ref_slots;
}

/*
** obj_super.c: the builtin class super (object.h). super(type, obj) looks attributes up in the
** MRO of obj's class (or of obj itself when it is a class) after `type`; super() with no
** arguments takes `type` from the calling function's __class__ cell and `obj` from its first
** argument, at run time, as CPython does (so its RuntimeErrors for a deleted first argument or
** an empty cell are CPython's). super(type) is unbound until its __get__ binds it.
*/
#include <string.h>

#include "pyvm/code.h"

typedef struct super_obj {
    rt_obj_t hdr;
    pyvm_class_t *type;     /* the class to look after */
    rt_value_t obj;         /* RT_NOVALUE: unbound */
    pyvm_class_t *obj_type; /* the class whose MRO is searched (obj itself, or its class) */
} super_t;

static void super_trace(gc_tracer_t *tracer, void *o)
{
    super_t *s = o;
    gc_visit_ptr(tracer, s->type);
    gc_visit(tracer, s->obj);
    gc_visit_ptr(tracer, s->obj_type);
}

rt_type_t pyvm_type_super = RT_TYPE_INIT("super", super_trace, NULL, 0);

static bool is_class(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_class;
}

/* The class whose MRO super(type, obj) searches: obj when it is a subclass of type, else obj's
** class (or what obj.__class__ claims, for proxies); NULL with TypeError pending. */
static pyvm_class_t *supercheck(pyvm_class_t *type, rt_value_t obj)
{
    if (is_class(obj) && pyvm_type_is_subclass(rt_ptr(obj), type))
        return rt_ptr(obj);
    if (pyvm_type_is_subclass(pyvm_type_of(obj), type))
        return pyvm_type_of(obj);
    rt_value_t k = pyvm_getattr_opt(obj, pyvm_name(class));
    if (k && is_class(k) && k != rt_from_ptr(pyvm_type_of(obj)) &&
        pyvm_type_is_subclass(rt_ptr(k), type))
        return rt_ptr(k);
    if (!rt_exc_pending())
        rt_raise(RT_EXC_TYPE, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

/* The first argument of the calling Python function (a cell's contents when a nested function
** captures it), RT_NOVALUE when deleted. */
static rt_value_t first_arg(const rt_frame_t *f, const pyvm_code_t *code)
{
    const int32_t *cellargs = (const int32_t *)(const void *)code->cellargs->data;
    for (uint32_t i = 0; i < code->ncells; i++)
        if (cellargs[i] == (int32_t)code->first_arg)
            return ((pyvm_cell_t *)rt_ptr(f->slots[code->cell_base + i]))->value;
    return f->slots[code->first_arg];
}

/* super(): type from the calling function's __class__ cell, obj its first argument. false with
** RuntimeError pending when the caller has neither, as CPython's messages say. */
static bool from_frame(pyvm_class_t **type, rt_value_t *obj)
{
    const rt_frame_t *f = rt_ts->frame;
    while (f && f->lang != RT_LANG_PY)
        f = f->prev;
    if (!f)
        return rt_raise(RT_EXC_RUNTIME, "super(): no current frame") != RT_NOVALUE;
    const pyvm_code_t *code = (const pyvm_code_t *)f->code;
    if (code->argcount == 0 || (code->pyflags & PYVM_CO_NAMESPACE))
        return rt_raise(RT_EXC_RUNTIME, "super(): no arguments") != RT_NOVALUE;
    if (!(*obj = first_arg(f, code)))
        return rt_raise(RT_EXC_RUNTIME, "super(): arg[0] deleted") != RT_NOVALUE;
    rt_value_t name = rt_from_ptr(pyvm_name(class_cell));
    for (uint32_t i = 0; i < code->nfree; i++) {
        if (rt_tuple_get(code->varnames, code->free_base + i) != name)
            continue;
        rt_value_t cell = f->slots[code->free_base + i];
        if (!rt_is_ptr(cell) || rt_obj_type(rt_ptr(cell)) != &pyvm_type_cell)
            return rt_raise(RT_EXC_RUNTIME, "super(): bad __class__ cell") != RT_NOVALUE;
        rt_value_t k = ((pyvm_cell_t *)rt_ptr(cell))->value;
        if (!k)
            return rt_raise(RT_EXC_RUNTIME, "super(): empty __class__ cell") != RT_NOVALUE;
        if (!is_class(k))
            return rt_raise(RT_EXC_RUNTIME, "super(): __class__ is not a type (%s)",
                            pyvm_type_name(k)) != RT_NOVALUE;
        *type = rt_ptr(k);
        return true;
    }
    return rt_raise(RT_EXC_RUNTIME, "super(): __class__ cell not found") != RT_NOVALUE;
}

/* super.__init__(type=<from the frame>, obj=None) on s. false with the error pending. */
static bool super_setup(super_t *s, const rt_value_t *args, size_t nargs, rt_tuple_t *kw)
{
    if (!pyvm_no_kwargs("super", kw))
        return false;
    if (nargs > 2) {
        rt_raise(RT_EXC_TYPE, "super() expected at most 2 arguments, got %zu", nargs);
        return false;
    }
    pyvm_class_t *type = NULL;
    rt_value_t obj = nargs == 2 ? args[1] : RT_NOVALUE;
    if (nargs == 0) {
        if (!from_frame(&type, &obj))
            return false;
    } else if (!is_class(args[0])) {
        rt_raise(RT_EXC_TYPE, "super() argument 1 must be a type, not %s",
                 pyvm_type_name(args[0]));
        return false;
    } else {
        type = rt_ptr(args[0]);
    }
    if (obj == rt_none)
        obj = RT_NOVALUE;
    pyvm_class_t *obj_type = obj ? supercheck(type, obj) : NULL;
    if (obj && !obj_type)
        return false;
    RT_STORE(s, type, type);
    RT_STORE(s, obj, obj);
    RT_STORE(s, obj_type, obj_type);
    return true;
}

static rt_value_t super_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kw)
{
    (void)cls;
    super_t *s = rt_alloc(&pyvm_type_super, sizeof *s);
    return super_setup(s, args, nargs, kw) ? rt_from_ptr(s) : RT_NOVALUE;
}

static super_t *check_self(rt_value_t self, const char *method)
{
    if (rt_is_ptr(self) && rt_obj_type(rt_ptr(self)) == &pyvm_type_super)
        return rt_ptr(self);
    rt_raise(RT_EXC_TYPE, "descriptor '%s' requires a 'super' object but received a '%s'", method,
             pyvm_type_name(self));
    return NULL;
}

/* super.__init__(self, type, obj): sets self up again (CPython allows it). */
static rt_value_t super_init(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    super_t *s = check_self(self, "__init__");
    return s && super_setup(s, a, n, kw) ? rt_none : RT_NOVALUE;
}

/* super(type).__get__(obj): a super bound to obj; a bound super, or obj None, gives self. */
static rt_value_t super_get(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)kw;
    super_t *s = check_self(self, "__get__");
    if (!s)
        return RT_NOVALUE;
    if (a[0] == rt_none && (n < 2 || a[1] == rt_none))
        return rt_raise(RT_EXC_TYPE, "__get__(None, None) is invalid");
    if (a[0] == rt_none || s->obj)
        return self;
    pyvm_class_t *obj_type = supercheck(s->type, a[0]);
    if (!obj_type)
        return RT_NOVALUE;
    super_t *b = rt_alloc(&pyvm_type_super, sizeof *b);
    b->type = s->type;
    b->obj = a[0];
    b->obj_type = obj_type;
    gc_write_barrier(b);
    return rt_from_ptr(b);
}

static rt_value_t super_repr(rt_value_t self)
{
    super_t *s = rt_ptr(self);
    rt_strbuf_t b;
    rt_strbuf_init(&b, 48);
    if (s->obj_type)
        rt_strbuf_appendf(&b, "<super: <class '%s'>, <%s object>>", s->type->name->data,
                          s->obj_type->name->data);
    else
        rt_strbuf_appendf(&b, "<super: <class '%s'>, NULL>", s->type->name->data);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* The attributes of the super object itself; RT_NOVALUE if name is none of them. */
static rt_value_t own_attr(super_t *s, rt_str_t *name)
{
    if (strcmp(name->data, "__thisclass__") == 0)
        return rt_from_ptr(s->type);
    if (strcmp(name->data, "__self__") == 0)
        return s->obj ? s->obj : rt_none;
    if (strcmp(name->data, "__self_class__") == 0)
        return s->obj_type ? rt_from_ptr(s->obj_type) : rt_none;
    return RT_NOVALUE;
}

/* Looks name up in the MRO of obj_type after type and binds what it finds to obj (a class
** binds as through the class: classmethods to it, plain functions stay unbound); names of the
** super object itself and an unbound super fall back to the generic lookup. */
static rt_value_t super_getattr(rt_value_t self, rt_str_t *name)
{
    super_t *s = rt_ptr(self);
    rt_value_t own = own_attr(s, name);
    if (own)
        return own;
    if (!s->obj_type || name == pyvm_name(class))
        return pyvm_generic_getattr(self, name);
    rt_tuple_t *mro = s->obj_type->mro;
    int64_t i = 0, n = rt_tuple_len(mro);
    while (i < n && rt_tuple_get(mro, i) != rt_from_ptr(s->type))
        i++;
    for (i++; i < n; i++) {
        pyvm_class_t *k = rt_ptr(rt_tuple_get(mro, i));
        rt_value_t v = rt_map_get_str(k->dict, name);
        if (!v)
            continue;
        if (s->obj == rt_from_ptr(s->obj_type))
            return pyvm_type_bind_class(v, s->obj);
        return pyvm_bind(v, s->obj, s->obj_type);
    }
    return pyvm_generic_getattr(self, name);
}

static const rt_pyslots_t super_slots = {
    .cls = &pyvm_cls_super,
    .repr = super_repr,
    .getattr = super_getattr,
};

static const pyvm_cfunc_def_t super_methods[] = {
    {"__init__", super_init, 0, -1, PYVM_CFUNC_METHOD, 1},
    {"__get__", super_get, 1, 2, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_super_init(void)
{
    pyvm_type_super.py = &super_slots;
    pyvm_cls_super = pyvm_type_new_builtin("super", &pyvm_type_super, pyvm_cls_object);
    pyvm_cls_super->ctor = super_ctor;
    pyvm_cfunc_install(pyvm_cls_super, super_methods);
}

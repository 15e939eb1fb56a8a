/*
** object.c: Python's generic protocols over the slot tables (object.h): attribute lookup and
** binding, calls, operators with their reflected forms, comparisons, truth, hashing, iteration,
** subscription, repr/str/format. Builtin types answer through their C slots; instances of user
** classes through instance_slots, which look the dunder methods up along the class's MRO.
*/
#include <stdarg.h>
#include <stdio.h>

#include "pyvm/code.h"
#include "runtime/numhash.h"

_Alignas(GC_GRANULE) rt_obj_t pyvm_notimpl_obj, pyvm_ellipsis_obj;
rt_str_t *pyvm_names[PYVM_NNAMES];

pyvm_class_t *pyvm_type_of(rt_value_t v)
{
    if (rt_is_small(v))
        return pyvm_cls_int;
    const rt_type_t *t = rt_value_type(v);
    if (t == &pyvm_type_instance)
        return ((pyvm_instance_t *)rt_ptr(v))->cls;
    if (t == &pyvm_type_class && ((pyvm_class_t *)rt_ptr(v))->meta)
        return ((pyvm_class_t *)rt_ptr(v))->meta;
    if (t->py && t->py->cls && *t->py->cls)
        return *t->py->cls;
    if (t->py && t->py->cls_of)
        return t->py->cls_of(v);
    return pyvm_cls_object;
}

const char *pyvm_type_name(rt_value_t v) { return pyvm_type_of(v)->name->data; }

rt_value_t pyvm_raise_cls(pyvm_class_t *cls, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    rt_value_t msg = pyvm_str_cstr(buf);
    rt_value_t exc = pyvm_exc_new(cls, &msg, 1);
    return exc ? rt_exc_set(exc) : RT_NOVALUE;
}

/* ---- Calls ---- */

rt_value_t pyvm_call(rt_value_t f, const rt_value_t *args, size_t nargs, rt_tuple_t *kwnames)
{
    const rt_pyslots_t *s = pyvm_slots(f);
    if (s && s->call)
        return s->call(f, args, nargs, kwnames);
    return rt_raise(RT_EXC_TYPE, "'%s' object is not callable", pyvm_type_name(f));
}

rt_value_t pyvm_call0(rt_value_t f) { return pyvm_call(f, NULL, 0, NULL); }
rt_value_t pyvm_call1(rt_value_t f, rt_value_t a) { return pyvm_call(f, &a, 1, NULL); }
rt_value_t pyvm_call2(rt_value_t f, rt_value_t a, rt_value_t b)
{
    rt_value_t args[2] = {a, b};
    return pyvm_call(f, args, 2, NULL);
}

rt_value_t pyvm_call_dunder(rt_value_t self, rt_str_t *name, const rt_value_t *args, size_t n,
                            bool *found)
{
    rt_value_t attr = pyvm_type_lookup(pyvm_type_of(self), name);
    *found = attr != RT_NOVALUE;
    if (!*found)
        return RT_NOVALUE;
    if (attr == rt_none)
        return rt_raise(RT_EXC_TYPE, "'NoneType' object is not callable");
    rt_value_t buf[8];
    if (rt_is_ptr(attr) && (rt_obj_type(rt_ptr(attr)) == &pyvm_type_func ||
                            rt_value_type(attr) == &pyvm_type_cfunc) && n < 7) {
        buf[0] = self;
        for (size_t i = 0; i < n; i++)
            buf[i + 1] = args[i];
        return pyvm_call(attr, buf, n + 1, NULL);
    }
    rt_value_t bound = pyvm_bind(attr, self, pyvm_type_of(self));
    if (!bound)
        return RT_NOVALUE;
    return pyvm_call(bound, args, n, NULL);
}

/* ---- Attributes ---- */

rt_value_t pyvm_bind(rt_value_t attr, rt_value_t self, pyvm_class_t *cls)
{
    if (!rt_is_ptr(attr))
        return attr;
    const rt_type_t *t = rt_value_type(attr);
    if (t == &pyvm_type_func)
        return pyvm_method_new(attr, self);
    if (t == &pyvm_type_cfunc) {
        pyvm_cfunc_t *c = rt_ptr(attr);
        if (c->self)
            return attr;
        if (c->def->flags & PYVM_CFUNC_CLASS)
            return pyvm_cfunc_bind(c, rt_from_ptr(cls));
        if (c->def->flags & PYVM_CFUNC_METHOD)
            return pyvm_cfunc_bind(c, self);
        return attr;
    }
    if (t == &pyvm_type_staticmethod)
        return ((pyvm_descr_t *)rt_ptr(attr))->get;
    if (t == &pyvm_type_classmethod)
        return pyvm_classmethod_bind(attr, rt_from_ptr(cls));
    if (t == &pyvm_type_member)
        return pyvm_member_get(attr, self);
    if (t == &pyvm_type_property) {
        pyvm_descr_t *p = rt_ptr(attr);
        if (!p->get || p->get == rt_none)
            return pyvm_property_missing(attr, self, "getter");
        return pyvm_call1(p->get, self);
    }
    if (t == &pyvm_type_instance) {
        rt_value_t get = pyvm_type_lookup(pyvm_type_of(attr), pyvm_name(get));
        if (get)
            return pyvm_call(get, (rt_value_t[]){attr, self, rt_from_ptr(cls)}, 3, NULL);
    }
    return attr;
}

static rt_value_t no_attr(rt_value_t o, rt_str_t *name)
{
    return rt_raise(RT_EXC_ATTRIBUTE, "'%s' object has no attribute '%s'", pyvm_type_name(o),
                    name->data);
}

/* The dunders of the iterator protocol, for objects whose types implement it in C slots. */
static rt_value_t slot_next(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    rt_value_t v = pyvm_next(self);
    return v || rt_exc_pending() ? v : rt_exc_set(pyvm_exc_new(pyvm_exc_StopIteration, NULL, 0));
}

static rt_value_t slot_iter(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return pyvm_iter(self);
}

static const pyvm_cfunc_def_t slot_dunders[] = {
    {"__next__", slot_next, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__iter__", slot_iter, 0, 0, PYVM_CFUNC_METHOD, 0},
};

/* __next__ / __iter__ of a builtin value whose slots implement them, bound; else RT_NOVALUE. */
static rt_value_t slot_dunder(rt_value_t o, rt_str_t *name)
{
    const rt_pyslots_t *s = pyvm_slots(o);
    if (!s || rt_value_type(o) == &pyvm_type_instance)
        return RT_NOVALUE;
    if (s->next && strcmp(name->data, "__next__") == 0)
        return pyvm_cfunc_new(&slot_dunders[0], o);
    if (s->iter && strcmp(name->data, "__iter__") == 0)
        return pyvm_cfunc_new(&slot_dunders[1], o);
    return RT_NOVALUE;
}

/* A data descriptor that defines __get__ (one with only __set__ / __delete__ yields to the
** instance's own attribute on reads, as in CPython). */
static bool data_descr_with_get(rt_value_t attr)
{
    if (!pyvm_type_is_data_descr(attr))
        return false;
    return rt_value_type(attr) != &pyvm_type_instance ||
           pyvm_type_lookup(pyvm_type_of(attr), pyvm_name(get));
}

/* object.__getattribute__: data descriptors, the instance's attributes, then the class's;
** RT_NOVALUE with nothing pending when the name is not found. */
static rt_value_t lookup_attr(rt_value_t o, pyvm_class_t *cls, rt_str_t *name)
{
    rt_value_t attr = pyvm_type_lookup(cls, name);
    if (attr && data_descr_with_get(attr))
        return pyvm_bind(attr, o, cls);
    if (rt_is_ptr(o) && rt_obj_type(rt_ptr(o)) == &pyvm_type_instance) {
        pyvm_instance_t *inst = rt_ptr(o);
        rt_value_t v = rt_slots_get_attr(&inst->slots, name);
        if (v)
            return v;
        if (name == pyvm_name(class) && !attr) /* object's, unless a class overrides it */
            return rt_from_ptr(cls);
        if (name == pyvm_name(dict) && !(inst->cls->flags & PYVM_CLASS_NODICT))
            return pyvm_instance_dict(inst);
    } else if (name == pyvm_name(class) && !attr) {
        return rt_from_ptr(cls);
    }
    if (attr)
        return pyvm_bind(attr, o, cls);
    if (name == pyvm_name(doc)) /* every object has one; builtin types' docstrings are None */
        return rt_none;
    if (rt_is_ptr(o) && name->data[0] == '_' && (attr = slot_dunder(o, name)) != RT_NOVALUE)
        return attr;
    return RT_NOVALUE;
}

rt_value_t pyvm_generic_getattribute(rt_value_t o, rt_str_t *name)
{
    rt_value_t v = lookup_attr(o, pyvm_type_of(o), name);
    return v || rt_exc_pending() ? v : no_attr(o, name);
}

rt_value_t pyvm_getattr_fallback(rt_value_t o, rt_str_t *name)
{
    if (!pyvm_isinstance(rt_exc_current(), pyvm_exc_AttributeError))
        return RT_NOVALUE;
    rt_value_t ga = pyvm_type_lookup(pyvm_type_of(o), pyvm_name(getattr));
    if (!ga)
        return RT_NOVALUE;
    rt_exc_clear();
    return pyvm_call2(ga, o, rt_from_ptr(name));
}

rt_value_t pyvm_generic_getattr(rt_value_t o, rt_str_t *name)
{
    pyvm_class_t *cls = pyvm_type_of(o);
    rt_value_t v = lookup_attr(o, cls, name);
    if (v || rt_exc_pending())
        return v ? v : pyvm_getattr_fallback(o, name);
    rt_value_t ga = pyvm_type_lookup(cls, pyvm_name(getattr));
    return ga ? pyvm_call2(ga, o, rt_from_ptr(name)) : no_attr(o, name);
}

rt_value_t pyvm_getattr(rt_value_t o, rt_str_t *name)
{
    const rt_pyslots_t *s = pyvm_slots(o);
    if (s && s->getattr)
        return s->getattr(o, name);
    return pyvm_generic_getattr(o, name);
}

rt_value_t pyvm_getattr_opt(rt_value_t o, rt_str_t *name)
{
    rt_value_t v = pyvm_getattr(o, name);
    if (!v && pyvm_isinstance(rt_exc_current(), pyvm_exc_AttributeError))
        rt_exc_clear();
    return v;
}

bool pyvm_getmethod(rt_value_t o, rt_str_t *name, rt_value_t *meth, rt_value_t *self)
{
    pyvm_class_t *cls = pyvm_type_of(o);
    bool inst = rt_is_ptr(o) && rt_obj_type(rt_ptr(o)) == &pyvm_type_instance;
    const rt_pyslots_t *s = pyvm_slots(o);
    if ((inst && !pyvm_type_has_getattribute(cls)) || (!inst && !(s && s->getattr))) {
        rt_value_t attr = pyvm_type_lookup(cls, name);
        if (attr && rt_is_ptr(attr)) {
            const rt_type_t *t = rt_value_type(attr);
            bool plain = t == &pyvm_type_func ||
                         (t == &pyvm_type_cfunc && !((pyvm_cfunc_t *)rt_ptr(attr))->self &&
                          (((pyvm_cfunc_t *)rt_ptr(attr))->def->flags & PYVM_CFUNC_METHOD));
            if (plain && (!inst || !rt_slots_get_attr(&((pyvm_instance_t *)rt_ptr(o))->slots,
                                                      name))) {
                *meth = attr;
                *self = o;
                return true;
            }
        }
    }
    rt_value_t v = pyvm_getattr(o, name);
    if (!v)
        return false;
    *meth = v;
    *self = RT_NOVALUE;
    return true;
}

bool pyvm_setattr(rt_value_t o, rt_str_t *name, rt_value_t v)
{
    const rt_pyslots_t *s = pyvm_slots(o);
    if (s && s->setattr)
        return s->setattr(o, name, v);
    pyvm_readonly_attr_error(o, name);
    return false;
}

void pyvm_readonly_attr_error(rt_value_t o, rt_str_t *name)
{
    const char *tn = pyvm_type_name(o);
    rt_value_t attr = pyvm_type_lookup(pyvm_type_of(o), name);
    if (attr && !pyvm_type_is_data_descr(attr))
        rt_raise(RT_EXC_ATTRIBUTE, "'%s' object attribute '%s' is read-only", tn, name->data);
    else if (attr || pyvm_getattr_opt(o, name))
        rt_raise(RT_EXC_ATTRIBUTE, "attribute '%s' of '%s' objects is not writable", name->data, tn);
    else if (!rt_exc_pending())
        rt_raise(RT_EXC_ATTRIBUTE, "'%s' object has no attribute '%s'", tn, name->data);
}

bool pyvm_delattr(rt_value_t o, rt_str_t *name) { return pyvm_setattr(o, name, RT_NOVALUE); }

/* ---- Operators ---- */

static const char *const op_symbols[PYVM_NBINOPS] = {"+", "-", "*", "@", "/", "%", "**",
                                                     "<<", ">>", "|", "^", "&", "//"};

/* The builtin sequences that repeat when multiplied by an int. */
static bool sequence(rt_value_t v)
{
    v = pyvm_unwrap(v);
    return pyvm_is_str(v) || pyvm_is_list(v) || pyvm_is_tuple(v) ||
           (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_bytes);
}

rt_value_t pyvm_binop(int op, rt_value_t a, rt_value_t b)
{
    int base = op & 15;
    const rt_pyslots_t *sa = pyvm_slots(a), *sb = pyvm_slots(b);
    rt_value_t r = pyvm_notimpl;
    bool other = sb && sb != sa && sb->binop;
    bool rfirst = other && pyvm_type_reflect_first(a, b, base);
    if (rfirst)
        r = sb->binop(base, a, b);
    if (r == pyvm_notimpl && sa && sa->binop)
        r = sa->binop(op, a, b);
    if (r == pyvm_notimpl && other && !rfirst)
        r = sb->binop(base, a, b);
    if (r != pyvm_notimpl)
        return r;
    if (base == PYVM_AST_Add && pyvm_is_str(a))
        return rt_raise(RT_EXC_TYPE, "can only concatenate str (not \"%s\") to str",
                        pyvm_type_name(b));
    bool inplace = (op & PYVM_OP_INPLACE) != 0;
    if (base == PYVM_AST_Mult && (sequence(a) || sequence(b)))
        return rt_raise(RT_EXC_TYPE, "can't multiply sequence by non-int of type '%s'",
                        pyvm_type_name(sequence(a) ? b : a));
    /* Python 2's print >> stream gets CPython's hint */
    bool print2 = base == PYVM_AST_RShift && !inplace &&
                  a == rt_map_get_str(pyvm_builtins, rt_str_intern_cstr("print"));
    return rt_raise(RT_EXC_TYPE, "unsupported operand type(s) for %s%s: '%s' and '%s'%s",
                    op_symbols[base], inplace ? "=" : base == PYVM_AST_Pow ? " or pow()" : "",
                    pyvm_type_name(a), pyvm_type_name(b),
                    print2 ? ". Did you mean \"print(<message>, file=<output_stream>)\"?" : "");
}

rt_value_t pyvm_unop(int op, rt_value_t a)
{
    const rt_pyslots_t *s = pyvm_slots(a);
    rt_value_t r = s && s->unop ? s->unop(op, a) : pyvm_notimpl;
    if (r != pyvm_notimpl)
        return r;
    static const char *const names[] = {"~", "not", "+", "-"};
    return rt_raise(RT_EXC_TYPE, "bad operand type for unary %s: '%s'", names[op],
                    pyvm_type_name(a));
}

static const int swapped[] = {PYVM_GT, PYVM_GE, PYVM_EQ, PYVM_NE, PYVM_LT, PYVM_LE};

static rt_value_t richcmp(rt_value_t a, rt_value_t b, int op);

/* Comparisons nest in C when containers compare their items: as CPython's
** Py_EnterRecursiveCall(" in comparison"), each level counts towards the Python recursion
** limit (a dict that contains itself compared with its copy raises RecursionError). */
static __thread uint32_t cmp_depth;

rt_value_t pyvm_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (cmp_depth + rt_ts->depth[RT_LANG_PY] >= rt_ts->limit[RT_LANG_PY] || !rt_cstack_ok())
        return rt_raise(RT_EXC_RECURSION, "maximum recursion depth exceeded in comparison");
    cmp_depth++;
    rt_value_t r = richcmp(a, b, op);
    cmp_depth--;
    return r;
}

static rt_value_t richcmp(rt_value_t a, rt_value_t b, int op)
{
    const rt_pyslots_t *sa = pyvm_slots(a), *sb = pyvm_slots(b);
    rt_value_t r = pyvm_notimpl;
    bool rfirst = sb && sb->richcmp && pyvm_type_reflect_first(a, b, -1);
    if (rfirst)
        r = sb->richcmp(b, a, swapped[op]);
    if (r == pyvm_notimpl && sa && sa->richcmp)
        r = sa->richcmp(a, b, op);
    if (r == pyvm_notimpl && sb && sb->richcmp && !rfirst)
        r = sb->richcmp(b, a, swapped[op]);
    if (r != pyvm_notimpl)
        return r;
    if (op == PYVM_EQ || op == PYVM_NE)
        return rt_bool((a == b) == (op == PYVM_EQ));
    static const char *const names[] = {"<", "<=", "==", "!=", ">", ">="};
    return rt_raise(RT_EXC_TYPE, "'%s' not supported between instances of '%s' and '%s'",
                    names[op], pyvm_type_name(a), pyvm_type_name(b));
}

int pyvm_eq(rt_value_t a, rt_value_t b)
{
    if (a == b)
        return 1;
    if (rt_is_small(a) && rt_is_small(b))
        return 0;
    if (pyvm_is_str(a) && pyvm_is_str(b))
        return rt_str_eq(rt_ptr(a), rt_ptr(b));
    if (rt_is_float(a) && rt_is_float(b))
        return rt_float_value(a) == rt_float_value(b);
    rt_value_t r = pyvm_richcmp(a, b, PYVM_EQ);
    return r ? pyvm_truth(r) : -1;
}

int pyvm_lt(rt_value_t a, rt_value_t b)
{
    if (rt_is_small(a) && rt_is_small(b))
        return rt_small_value(a) < rt_small_value(b);
    if (pyvm_is_str(a) && pyvm_is_str(b)) /* exact types: their < cannot be overridden */
        return rt_str_cmp(rt_ptr(a), rt_ptr(b)) < 0;
    if (rt_is_float(a) && rt_is_float(b))
        return rt_float_value(a) < rt_float_value(b);
    rt_value_t r = pyvm_richcmp(a, b, PYVM_LT);
    return r ? pyvm_truth(r) : -1;
}

int pyvm_truth(rt_value_t v)
{
    if (v == rt_true)
        return 1;
    if (v == rt_false || v == rt_none)
        return 0;
    if (rt_is_small(v))
        return v != rt_small(0);
    const rt_pyslots_t *s = pyvm_slots(v);
    if (s && s->truth)
        return s->truth(v);
    if (s && s->len) {
        int64_t n = s->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

bool pyvm_hash(rt_value_t v, int64_t *out)
{
    if (rt_is_small(v)) { /* an int is its own hash, but for -1 and past the modulus */
        int64_t i = rt_small_value(v);
        bool plain = i != -1 && i < (int64_t)RT_PYHASH_MODULUS && i > -(int64_t)RT_PYHASH_MODULUS;
        *out = plain ? i : rt_int_pyhash(v);
        return true;
    }
    const rt_pyslots_t *s = pyvm_slots(v);
    if (s && s->hash)
        return s->hash(v, out);
    *out = (int64_t)(v >> 4);
    return true;
}

int64_t pyvm_len(rt_value_t v)
{
    const rt_pyslots_t *s = pyvm_slots(v);
    if (s && s->len)
        return s->len(v);
    rt_raise(RT_EXC_TYPE, "object of type '%s' has no len()", pyvm_type_name(v));
    return -1;
}

rt_value_t pyvm_iter(rt_value_t v)
{
    const rt_pyslots_t *s = pyvm_slots(v);
    if (s && s->iter)
        return s->iter(v);
    return rt_raise(RT_EXC_TYPE, "'%s' object is not iterable", pyvm_type_name(v));
}

rt_value_t pyvm_next(rt_value_t it)
{
    const rt_pyslots_t *s = pyvm_slots(it);
    if (!s || !s->next)
        return rt_raise(RT_EXC_TYPE, "'%s' object is not an iterator", pyvm_type_name(it));
    rt_value_t v = s->next(it);
    /* a StopIteration that escaped (map's function raised it...) ends the iteration */
    if (!v && rt_exc_pending() && pyvm_isinstance(rt_exc_current(), pyvm_exc_StopIteration))
        rt_exc_clear();
    return v;
}

rt_value_t pyvm_next_raw(rt_value_t it)
{
    if (rt_is_ptr(it) && rt_obj_type(rt_ptr(it)) == &pyvm_type_instance) {
        bool found;
        rt_value_t v = pyvm_call_dunder(it, pyvm_name(next), NULL, 0, &found);
        if (found)
            return v;
    }
    const rt_pyslots_t *s = pyvm_slots(it);
    return s && s->next ? s->next(it) : pyvm_next(it);
}

rt_value_t pyvm_getitem(rt_value_t o, rt_value_t k)
{
    const rt_pyslots_t *s = pyvm_slots(o);
    if (s && s->getitem)
        return s->getitem(o, k);
    if (rt_is_ptr(o) && rt_obj_type(rt_ptr(o)) == &pyvm_type_class) {
        /* a metaclass's __getitem__ (Enum['NAME']), else __class_getitem__ (list[int]) */
        pyvm_class_t *meta = ((pyvm_class_t *)rt_ptr(o))->meta;
        rt_value_t f = meta ? pyvm_type_lookup(meta, pyvm_name(getitem)) : RT_NOVALUE;
        if (f)
            return pyvm_call2(f, o, k);
        if (o == rt_from_ptr(pyvm_cls_type)) /* type[int]: type has no __class_getitem__ */
            return pyvm_generic_alias_new(o, k);
        f = pyvm_getattr_opt(o, rt_str_intern_cstr("__class_getitem__"));
        if (f)
            return pyvm_call1(f, k);
        if (rt_exc_pending())
            return RT_NOVALUE;
        return rt_raise(RT_EXC_TYPE, "type '%s' is not subscriptable",
                        ((pyvm_class_t *)rt_ptr(o))->name->data);
    }
    return rt_raise(RT_EXC_TYPE, "'%s' object is not subscriptable", pyvm_type_name(o));
}

bool pyvm_setitem(rt_value_t o, rt_value_t k, rt_value_t v)
{
    const rt_pyslots_t *s = pyvm_slots(o);
    if (s && s->setitem)
        return s->setitem(o, k, v);
    rt_raise(RT_EXC_TYPE, v ? "'%s' object does not support item assignment"
                            : "'%s' object doesn't support item deletion",
             pyvm_type_name(o));
    return false;
}

bool pyvm_delitem(rt_value_t o, rt_value_t k) { return pyvm_setitem(o, k, RT_NOVALUE); }

int pyvm_contains(rt_value_t o, rt_value_t x)
{
    const rt_pyslots_t *s = pyvm_slots(o);
    if (s && s->contains)
        return s->contains(o, x);
    rt_value_t it = pyvm_iter(o);
    if (!it) {
        if (pyvm_isinstance(rt_exc_current(), pyvm_exc_TypeError)) {
            rt_exc_clear();
            rt_raise(RT_EXC_TYPE, "argument of type '%s' is not iterable", pyvm_type_name(o));
        }
        return -1;
    }
    for (;;) {
        rt_value_t v = pyvm_next(it);
        if (!v)
            return rt_exc_pending() ? -1 : 0;
        int r = pyvm_eq(v, x);
        if (r != 0)
            return r;
    }
}

/* Containers whose repr is in progress (CPython's Py_ReprEnter): a container met again inside
** its own repr prints as [...], {...}, (...) or set(...) (a set subclass's by its class name).
** Other instances take a place that never matches, so the depth bounds the C recursion of
** nested reprs and a __repr__ calling repr(self) ends in RecursionError, as in CPython. */
enum { REPR_MAX_DEPTH = 900 };
static __thread rt_value_t repr_stack[REPR_MAX_DEPTH];
static __thread int repr_depth;

static rt_value_t cycle_repr(rt_value_t v, rt_value_t value)
{
    if (pyvm_is_anyset(value)) {
        rt_strbuf_t b;
        rt_strbuf_init(&b, 32);
        rt_strbuf_appendf(&b, "%s(...)", pyvm_type_name(v));
        return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
    }
    return pyvm_str_cstr(pyvm_is_list(value) ? "[...]" : pyvm_is_tuple(value) ? "(...)" : "{...}");
}

static bool is_container(rt_value_t v)
{
    return pyvm_is_list(v) || pyvm_is_dict(v) || pyvm_is_tuple(v) || pyvm_is_anyset(v);
}

int pyvm_repr_enter(rt_value_t mark)
{
    for (int i = 0; mark && i < repr_depth; i++)
        if (repr_stack[i] == mark)
            return 1;
    if (repr_depth == REPR_MAX_DEPTH) {
        rt_raise(RT_EXC_RECURSION, "maximum recursion depth exceeded while getting the repr of "
                                   "an object");
        return -1;
    }
    repr_stack[repr_depth++] = mark;
    return 0;
}

void pyvm_repr_leave(void) { repr_stack[--repr_depth] = RT_NOVALUE; }

/* The repr of self with `mark` in progress (RT_NOVALUE: a place that never matches): its type's
** repr slot s, or with s NULL the repr of its builtin container value. */
static rt_value_t repr_entered(rt_value_t self, rt_value_t mark, rt_value_t value,
                               const rt_pyslots_t *s)
{
    int in = pyvm_repr_enter(mark);
    if (in)
        return in < 0 ? RT_NOVALUE : cycle_repr(self, value);
    rt_value_t r = s ? s->repr(self)
               : value != self && pyvm_is_anyset(value) ? pyvm_set_repr(value, pyvm_type_name(self))
                                                        : pyvm_slots(value)->repr(value);
    pyvm_repr_leave();
    return r;
}

rt_value_t pyvm_container_repr(rt_value_t self)
{
    rt_value_t value = pyvm_unwrap(self);
    if (!is_container(value))
        return pyvm_slots(value)->repr(value);
    return repr_entered(self, self, value, NULL);
}

void pyvm_object_init(void) { gc_root_add(repr_stack, REPR_MAX_DEPTH); }

rt_value_t pyvm_repr(rt_value_t v)
{
    const rt_pyslots_t *s = pyvm_slots(v);
    if (s && s->repr && rt_is_ptr(v) && is_container(v))
        return repr_entered(v, v, v, NULL);
    if (s && s->repr && rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_instance)
        return repr_entered(v, RT_NOVALUE, v, s);
    if (s && s->repr)
        return s->repr(v);
    char buf[64];
    snprintf(buf, sizeof buf, "<%s object at %#lx>", pyvm_type_name(v), (unsigned long)v);
    return pyvm_str_cstr(buf);
}

rt_value_t pyvm_str(rt_value_t v)
{
    if (pyvm_is_str(v))
        return v;
    const rt_pyslots_t *s = pyvm_slots(v);
    if (s && s->str)
        return s->str(v);
    return pyvm_repr(v);
}

rt_value_t pyvm_format(rt_value_t v, rt_str_t *spec)
{
    bool handled = false;
    rt_value_t r = pyvm_str_format_builtin(v, spec, &handled);
    if (handled)
        return r;
    rt_value_t f = pyvm_type_lookup(pyvm_type_of(v), pyvm_name(format));
    if (f && rt_value_type(f) == &pyvm_type_func) {
        r = pyvm_call2(f, v, rt_from_ptr(spec));
        if (r && !pyvm_is_str(pyvm_unwrap(r)))
            return rt_raise(RT_EXC_TYPE, "__format__ must return a str, not %s",
                            pyvm_type_name(r));
        return r;
    }
    rt_value_t value = pyvm_unwrap(v);
    if (value != v && !(spec->len == 0 && pyvm_type_lookup(pyvm_type_of(v), pyvm_name(str)) !=
                                             pyvm_type_lookup(pyvm_type_of(value), pyvm_name(str)))) {
        r = pyvm_str_format_builtin(value, spec, &handled);
        if (handled)
            return r;
    }
    if (spec->len)
        return rt_raise(RT_EXC_TYPE, "unsupported format string passed to %s.__format__",
                        pyvm_type_name(v));
    return pyvm_str(v);
}

rt_value_t pyvm_index(rt_value_t v)
{
    v = pyvm_unwrap(v);
    if (rt_is_int(v))
        return v;
    if (rt_is_bool(v))
        return pyvm_int_of(v);
    bool found;
    rt_value_t r = pyvm_call_dunder(v, pyvm_name(index), NULL, 0, &found);
    if (r && !rt_is_int(pyvm_unwrap(r)) && !rt_is_bool(pyvm_unwrap(r)))
        return rt_raise(RT_EXC_TYPE, "__index__ returned non-int (type %s)", pyvm_type_name(r));
    if (found || r)
        return r ? pyvm_int_of(pyvm_unwrap(r)) : r;
    return rt_raise(RT_EXC_TYPE, "'%s' object cannot be interpreted as an integer",
                    pyvm_type_name(v));
}

bool pyvm_has_index(rt_value_t v)
{
    return pyvm_is_intlike(v) || (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_instance &&
                                  pyvm_type_lookup(pyvm_type_of(v), pyvm_name(index)));
}

bool pyvm_index_fit(rt_value_t v, int64_t *out)
{
    rt_value_t i = pyvm_index(v);
    if (i && !rt_int_to_i64(i, out)) {
        rt_raise(RT_EXC_OVERFLOW, "cannot fit '%s' into an index-sized integer",
                 pyvm_type_name(v));
        return false;
    }
    return i != RT_NOVALUE;
}

bool pyvm_index_i64(rt_value_t v, int64_t *out)
{
    rt_value_t i = pyvm_index(v);
    if (!i)
        return false;
    if (!rt_int_to_i64(i, out)) {
        rt_raise(RT_EXC_OVERFLOW, "Python int too large to convert to C ssize_t");
        return false;
    }
    return true;
}

rt_vec_t *pyvm_seq_to_vec(rt_value_t v)
{
    if (pyvm_is_list(v)) {
        rt_vec_t *src = rt_ptr(v);
        return rt_vec_from_of(&pyvm_type_list, rt_vec_items(src), rt_vec_len(src));
    }
    if (pyvm_is_tuple(v)) {
        rt_tuple_t *t = rt_ptr(v);
        return rt_vec_from_of(&pyvm_type_list, t->items, rt_tuple_len(t));
    }
    rt_value_t it = pyvm_iter(v);
    if (!it)
        return NULL;
    rt_vec_t *out = pyvm_list_new(0);
    for (;;) {
        rt_value_t x = pyvm_next(it);
        if (!x)
            return rt_exc_pending() ? NULL : out;
        rt_vec_append(out, x);
    }
}

/* ---- Inline caches ---- */

/* A class attribute that takes precedence over instance attributes or intercepts stores. */
static bool intercepts(pyvm_class_t *cls, rt_str_t *name, bool store)
{
    rt_value_t attr = pyvm_type_lookup(cls, name);
    if (attr && rt_is_ptr(attr)) {
        const rt_type_t *t = rt_value_type(attr);
        if (t == &pyvm_type_property || t == &pyvm_type_instance)
            return true;
    }
    if (!store)
        return pyvm_type_has_getattribute(cls);
    rt_value_t sa = pyvm_type_lookup(cls, pyvm_name(setattr));
    return sa && rt_is_ptr(sa) && rt_obj_type(rt_ptr(sa)) == &pyvm_type_func;
}

/* Puts (key, value) into way 0 of polymorphic cache `index`: the other ways move down one
** (the oldest drops out) while the class epoch is the one they were filled under, and are
** cleared when it is not. */
static void cache_fill(rt_vec_t *caches, uint32_t index, rt_value_t key, rt_value_t value)
{
    int64_t base = (int64_t)index * PYVM_CACHE_WORDS;
    rt_value_t epoch = rt_small((int64_t)pyvm_type_epoch);
    bool current = rt_vec_get(caches, base) == epoch;
    for (int64_t w = PYVM_CACHE_WAYS - 1; w > 0; w--) {
        int64_t to = base + 1 + 2 * w, from = to - 2;
        rt_vec_set(caches, to, current ? rt_vec_get(caches, from) : RT_NOVALUE);
        rt_vec_set(caches, to + 1, current ? rt_vec_get(caches, from + 1) : RT_NOVALUE);
    }
    rt_vec_set(caches, base, epoch);
    rt_vec_set(caches, base + 1, key);
    rt_vec_set(caches, base + 2, value);
}

void pyvm_cache_attr(rt_vec_t *caches, uint32_t index, rt_value_t o, rt_str_t *name,
                     const rt_shape_t *before_store)
{
    if (rt_is_ptr(o) && rt_obj_type(rt_ptr(o)) == &pyvm_type_module && !before_store) {
        rt_map_t *d = ((pyvm_module_t *)rt_ptr(o))->dict;
        int64_t pos = rt_map_find_str(d, name);
        if (pos >= 0 && rt_map_entries(d->store)[pos].key == rt_from_ptr(name))
            cache_fill(caches, index, rt_from_ptr(d), rt_small(pos));
        return;
    }
    if (!rt_is_ptr(o) || rt_obj_type(rt_ptr(o)) != &pyvm_type_instance)
        return;
    pyvm_instance_t *inst = rt_ptr(o);
    rt_shape_t *s = inst->slots.shape;
    if (s->flags & RT_SHAPE_DICT || intercepts(inst->cls, name, before_store != NULL))
        return;
    if (before_store && s != before_store) {
        /* the store added the attribute: remember the transition when the slot is inline */
        if (s->parent == before_store && s->name == name && s->slot < s->ninline)
            cache_fill(caches, index, rt_from_ptr(before_store), rt_from_ptr(s));
        return;
    }
    int32_t slot = rt_shape_lookup(s, name, NULL);
    if (slot >= 0)
        cache_fill(caches, index, rt_from_ptr(s), rt_small(slot));
}

void pyvm_cache_method(rt_vec_t *caches, uint32_t index, rt_value_t o, rt_value_t meth)
{
    rt_value_t key = pyvm_cache_key(o);
    if (key)
        cache_fill(caches, index, key, meth);
}

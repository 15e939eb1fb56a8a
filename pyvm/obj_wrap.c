/*
** obj_wrap.c: the dunder methods of builtin value types (object.h), CPython's "slot wrappers":
** list.__len__, int.__add__, str.__getitem__... each calls the type's C slot. They make explicit
** dunder calls work and, above all, let heap classes derive from list, dict, set, str, int,
** float, tuple, bytes and frozenset: such an instance keeps its builtin value in a hidden slot
** (pyvm_unwrap), the instance slots find these wrappers along the MRO, and builtin methods get
** the value as self (pyvm_cfunc_t.owner). Also each type's __new__ and, for the mutable ones,
** __init__ (list.__init__(self, iterable) refills the value).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pyvm/code.h"

#define WRAPPER(name)                                                                              \
    static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
#define SLOTS(v) pyvm_slots(v)

/* Receives the instance itself (RAW_SELF): a subclass instance of a container is the one that
** may recur inside its own repr (a set subclass's repr names its class). */
WRAPPER(w_repr)
{
    (void)a, (void)n, (void)kw;
    rt_value_t r = pyvm_container_repr(self);
    rt_value_t value = pyvm_unwrap(self);
    if (!r || value == self)
        return r;
    /* a value shown as "type(...)" (bytearray, deque, count...) names the subclass, as CPython */
    rt_str_t *s = pyvm_str_of(r), *base = pyvm_type_of(value)->name;
    if (s->len <= base->len || memcmp(s->data, base->data, base->len) != 0 || s->data[base->len] != '(')
        return r;
    rt_str_t *name = pyvm_type_of(self)->name;
    rt_strbuf_t b;
    rt_strbuf_init(&b, s->len + name->len);
    rt_strbuf_append(&b, name->data, name->len);
    rt_strbuf_append(&b, s->data + base->len, s->len - base->len);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

WRAPPER(w_str)
{
    (void)a, (void)n, (void)kw;
    return pyvm_str(self);
}

WRAPPER(w_len)
{
    (void)a, (void)n, (void)kw;
    int64_t len = SLOTS(self)->len(self);
    return len < 0 ? RT_NOVALUE : rt_int_from_i64(len);
}

/* Receives the instance itself (RAW_SELF) so a dict subclass's __missing__ can run. */
WRAPPER(w_getitem)
{
    (void)n, (void)kw;
    rt_value_t v = pyvm_unwrap(self), k = pyvm_unwrap(a[0]);
    rt_value_t r = SLOTS(v)->getitem(v, k);
    if (r || v == self || !pyvm_is_dict(v) ||
        !pyvm_isinstance(rt_exc_current(), pyvm_exc_KeyError))
        return r;
    rt_value_t missing = pyvm_type_lookup(pyvm_type_of(self), pyvm_name(missing));
    if (!missing)
        return r;
    rt_exc_clear();
    return pyvm_call2(missing, self, a[0]);
}

WRAPPER(w_setitem)
{
    (void)n, (void)kw;
    return SLOTS(self)->setitem(self, pyvm_unwrap(a[0]), a[1]) ? rt_none : RT_NOVALUE;
}

WRAPPER(w_delitem)
{
    (void)n, (void)kw;
    return SLOTS(self)->setitem(self, pyvm_unwrap(a[0]), RT_NOVALUE) ? rt_none : RT_NOVALUE;
}

WRAPPER(w_contains)
{
    (void)n, (void)kw;
    int r = SLOTS(self)->contains(self, pyvm_unwrap(a[0]));
    return r < 0 ? RT_NOVALUE : rt_bool(r);
}

WRAPPER(w_iter)
{
    (void)a, (void)n, (void)kw;
    return SLOTS(self)->iter(self);
}

/* An iterator type's __iter__ (RAW_SELF): the iterator itself, a subclass instance included. */
WRAPPER(w_iter_self)
{
    (void)a, (void)n, (void)kw;
    return self;
}

/* An iterator type's __next__: its next slot, StopIteration at the end. */
WRAPPER(w_next)
{
    (void)a, (void)n, (void)kw;
    rt_value_t r = SLOTS(self)->next(self);
    return r || rt_exc_pending() ? r : rt_exc_set(pyvm_exc_new(pyvm_exc_StopIteration, NULL, 0));
}

WRAPPER(w_hash)
{
    (void)a, (void)n, (void)kw;
    int64_t h;
    return pyvm_hash(self, &h) ? rt_int_from_i64(h) : RT_NOVALUE;
}

WRAPPER(w_bool)
{
    (void)a, (void)n, (void)kw;
    int t = pyvm_truth(self);
    return t < 0 ? RT_NOVALUE : rt_bool(t);
}

WRAPPER(w_format)
{
    (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "format spec must be a str");
    return pyvm_format(self, rt_ptr(a[0]));
}

WRAPPER(w_int)
{
    (void)a, (void)n, (void)kw;
    return pyvm_int_call(pyvm_cls_int, &self, 1, NULL);
}

WRAPPER(w_float)
{
    (void)a, (void)n, (void)kw;
    return pyvm_float_call(pyvm_cls_float, &self, 1, NULL);
}

WRAPPER(w_abs)
{
    (void)a, (void)n, (void)kw;
    if (rt_is_float(self))
        return rt_float_new(fabs(rt_float_value(self)));
    return rt_int_abs(pyvm_int_of(self));
}

/* Comparisons and operators: X(name, C function, slot call). */
#define CMP_WRAPPERS(X)                                                                            \
    X("__lt__", w_lt, PYVM_LT) X("__le__", w_le, PYVM_LE) X("__eq__", w_eq, PYVM_EQ)             \
    X("__ne__", w_ne, PYVM_NE) X("__gt__", w_gt, PYVM_GT) X("__ge__", w_ge, PYVM_GE)

#define CMP_FN(name, fn, op)                                                                       \
    WRAPPER(fn)                                                                                    \
    {                                                                                              \
        (void)n, (void)kw;                                                                         \
        return SLOTS(self)->richcmp(self, pyvm_unwrap(a[0]), op);                                  \
    }
CMP_WRAPPERS(CMP_FN)
#undef CMP_FN

#define BINOP_WRAPPERS(X)                                                                          \
    X("__add__", "__radd__", w_add, w_radd, PYVM_AST_Add)                                          \
    X("__sub__", "__rsub__", w_sub, w_rsub, PYVM_AST_Sub)                                          \
    X("__mul__", "__rmul__", w_mul, w_rmul, PYVM_AST_Mult)                                         \
    X("__truediv__", "__rtruediv__", w_div, w_rdiv, PYVM_AST_Div)                                  \
    X("__floordiv__", "__rfloordiv__", w_fdiv, w_rfdiv, PYVM_AST_FloorDiv)                         \
    X("__mod__", "__rmod__", w_mod, w_rmod, PYVM_AST_Mod)                                          \
    X("__pow__", "__rpow__", w_pow, w_rpow, PYVM_AST_Pow)                                          \
    X("__lshift__", "__rlshift__", w_shl, w_rshl, PYVM_AST_LShift)                                 \
    X("__rshift__", "__rrshift__", w_shr, w_rshr, PYVM_AST_RShift)                                 \
    X("__and__", "__rand__", w_and, w_rand, PYVM_AST_BitAnd)                                       \
    X("__or__", "__ror__", w_or, w_ror, PYVM_AST_BitOr)                                            \
    X("__xor__", "__rxor__", w_xor, w_rxor, PYVM_AST_BitXor)

#define BINOP_FN(name, rname, fn, rfn, op)                                                         \
    WRAPPER(fn)                                                                                    \
    {                                                                                              \
        (void)n, (void)kw;                                                                         \
        return SLOTS(self)->binop(op, self, pyvm_unwrap(a[0]));                                    \
    }                                                                                              \
    WRAPPER(rfn)                                                                                   \
    {                                                                                              \
        (void)n, (void)kw;                                                                         \
        return SLOTS(self)->binop(op, pyvm_unwrap(a[0]), self);                                    \
    }
BINOP_WRAPPERS(BINOP_FN)
#undef BINOP_FN

/* In-place operators of the mutable types: X(name, C function, operator, slot kind). They get
** the instance itself (RAW_SELF) so that a subclass's x.__iadd__(y) returns x. */
#define INPLACE_WRAPPERS(X)                                                                        \
    X("__iadd__", w_iadd, PYVM_AST_Add, S_IN_LIST) X("__imul__", w_imul, PYVM_AST_Mult, S_IN_LIST) \
    X("__ior__", w_ior, PYVM_AST_BitOr, S_IN_DICT_SET)                                             \
    X("__iand__", w_iand, PYVM_AST_BitAnd, S_IN_SET) X("__ixor__", w_ixor, PYVM_AST_BitXor, S_IN_SET) \
    X("__isub__", w_isub, PYVM_AST_Sub, S_IN_SET)

#define INPLACE_FN(name, fn, op, kind)                                                             \
    WRAPPER(fn)                                                                                    \
    {                                                                                              \
        (void)n, (void)kw;                                                                         \
        rt_value_t v = pyvm_unwrap(self);                                                          \
        rt_value_t r = SLOTS(v)->binop(op | PYVM_OP_INPLACE, v, pyvm_unwrap(a[0]));                \
        return r == v ? self : r;                                                                  \
    }
INPLACE_WRAPPERS(INPLACE_FN)
#undef INPLACE_FN

#define UNOP_WRAPPERS(X)                                                                           \
    X("__neg__", w_neg, PYVM_AST_USub) X("__pos__", w_pos, PYVM_AST_UAdd)                         \
    X("__invert__", w_invert, PYVM_AST_Invert)

#define UNOP_FN(name, fn, op)                                                                      \
    WRAPPER(fn)                                                                                    \
    {                                                                                              \
        (void)a, (void)n, (void)kw;                                                                \
        return SLOTS(self)->unop(op, self);                                                        \
    }
UNOP_WRAPPERS(UNOP_FN)
#undef UNOP_FN

/* ---- __new__ and __init__ ---- */

/* A subclass of tuple or frozenset with an __init__ of its own: the keywords are that
** __init__'s, and the value is made from the positional arguments alone (CPython 3.11). */
static bool own_init_keywords(pyvm_class_t *cls, pyvm_class_t *b)
{
    return (b == pyvm_cls_tuple || b == pyvm_cls_frozenset) &&
           pyvm_type_lookup(cls, pyvm_name(init)) != pyvm_type_lookup(b, pyvm_name(init));
}

/* T.__new__(cls, *args): a value of T, wrapped in an instance when cls derives from T. Bound
** to T (self), which must be the builtin type that makes cls's values: int.__new__(bool) is
** refused as CPython refuses it. */
static rt_value_t builtin_new(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    if (n < 1 || !rt_is_ptr(a[0]) || rt_obj_type(rt_ptr(a[0])) != &pyvm_type_class)
        return rt_raise(RT_EXC_TYPE, "__new__(X): X is not a type object");
    pyvm_class_t *cls = rt_ptr(a[0]), *owner = rt_ptr(self);
    pyvm_class_t *b = cls->base_builtin ? cls->base_builtin : cls;
    if (!pyvm_type_is_subclass(cls, owner))
        return rt_raise(RT_EXC_TYPE, "%s.__new__(%s): %s is not a subtype of %s",
                        owner->name->data, cls->name->data, cls->name->data, owner->name->data);
    if (b != owner && b->ctor != owner->ctor)
        return rt_raise(RT_EXC_TYPE, "%s.__new__(%s) is not safe, use %s.__new__()",
                        owner->name->data, cls->name->data, b->name->data);
    if (!b->ctor)
        return rt_raise(RT_EXC_TYPE, "cannot create '%s' instances", cls->name->data);
    /* tuple and frozenset leave keyword arguments to a subclass's own __init__ (CPython 3.11) */
    if (kw && cls != b && (b == pyvm_cls_tuple || b == pyvm_cls_frozenset) &&
        pyvm_type_lookup(cls, pyvm_name(init)) != pyvm_type_lookup(b, pyvm_name(init)))
        kw = NULL;
    rt_value_t value = (b->flags & PYVM_CLASS_MUTABLE_VALUE) ? b->ctor(b, NULL, 0, NULL)
                       : b->ctor(b, a + 1, n - 1, own_init_keywords(cls, b) ? NULL : kw);
    if (!value || !cls->base_builtin)
        return value;
    return pyvm_instance_wrap(cls, value);
}

/* list.__init__(self, iterable=()): receives the instance itself (RAW_SELF) because keywords
** are an error only when its class keeps list's __new__ (one of its own may take them). */
WRAPPER(list_init)
{
    rt_value_t own_new = pyvm_type_lookup(pyvm_type_of(self), pyvm_name(new));
    if ((own_new == rt_map_get_str(pyvm_cls_list->dict, pyvm_name(new)) &&
         !pyvm_no_kwargs("list", kw)) ||
        !pyvm_check_nargs("list", n, 0, 1))
        return RT_NOVALUE;
    rt_vec_t *items = n ? pyvm_seq_to_vec(a[0]) : pyvm_list_new(0);
    if (!items)
        return RT_NOVALUE;
    rt_vec_t *l = rt_ptr(pyvm_unwrap(self));
    rt_vec_replace(l, 0, rt_vec_len(l), rt_vec_items(items), rt_vec_len(items));
    return rt_none;
}

WRAPPER(dict_init)
{
    if (!pyvm_check_nargs("dict", n, 0, 1))
        return RT_NOVALUE;
    rt_map_t *d = rt_ptr(self);
    if (n && !pyvm_dict_update(d, a[0]))
        return RT_NOVALUE;
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++)
        if (!pyvm_dict_set(d, rt_tuple_get(kw, k), a[n + (size_t)k]))
            return RT_NOVALUE;
    return rt_none;
}

WRAPPER(set_init)
{
    if (!pyvm_no_kwargs("set", kw) || !pyvm_check_nargs("set", n, 0, 1))
        return RT_NOVALUE;
    rt_map_t *s = rt_ptr(self);
    rt_map_clear(s);
    return n && !pyvm_set_update(s, a[0]) ? RT_NOVALUE : rt_none;
}

/* ---- Installation ---- */

enum { M = PYVM_CFUNC_METHOD };

/* Every wrapper, with the slot it needs (a wrapper is installed when the type has that slot). */
typedef enum { S_REPR, S_STR, S_LEN, S_GETITEM, S_SETITEM, S_CONTAINS, S_ITER, S_ITER_SELF,
               S_NEXT, S_HASH, S_TRUTH,
               S_CMP, S_BINOP, S_UNOP, S_NUM, S_INT, S_IN_LIST, S_IN_SET, S_IN_DICT_SET,
               S_ANY } slot_kind_t;

static const struct wrapper {
    slot_kind_t needs;
    pyvm_cfunc_def_t def;
} wrappers[] = {
    {S_REPR, {"__repr__", w_repr, 0, 0, M | PYVM_CFUNC_RAW_SELF, 0}},
    {S_STR, {"__str__", w_str, 0, 0, M, 0}},
    {S_LEN, {"__len__", w_len, 0, 0, M, 0}},
    {S_GETITEM, {"__getitem__", w_getitem, 1, 1, M | PYVM_CFUNC_RAW_SELF, 0}},
    {S_SETITEM, {"__setitem__", w_setitem, 2, 2, M, 0}},
    {S_SETITEM, {"__delitem__", w_delitem, 1, 1, M, 0}},
    {S_CONTAINS, {"__contains__", w_contains, 1, 1, M, 0}},
    {S_ITER, {"__iter__", w_iter, 0, 0, M, 0}},
    {S_ITER_SELF, {"__iter__", w_iter_self, 0, 0, M | PYVM_CFUNC_RAW_SELF, 0}},
    {S_NEXT, {"__next__", w_next, 0, 0, M, 0}},
    {S_HASH, {"__hash__", w_hash, 0, 0, M, 0}},
    {S_TRUTH, {"__bool__", w_bool, 0, 0, M, 0}},
    {S_ANY, {"__format__", w_format, 1, 1, M, 0}},
    {S_NUM, {"__int__", w_int, 0, 0, M, 0}},
    {S_NUM, {"__float__", w_float, 0, 0, M, 0}},
    {S_NUM, {"__abs__", w_abs, 0, 0, M, 0}},
    {S_INT, {"__index__", w_int, 0, 0, M, 0}},
#define CMP_DEF(name, fn, op) {S_CMP, {name, fn, 1, 1, M, 0}},
    CMP_WRAPPERS(CMP_DEF)
#undef CMP_DEF
#define BINOP_DEF(name, rname, fn, rfn, op)                                                        \
    {S_BINOP, {name, fn, 1, 1, M, 0}}, {S_BINOP, {rname, rfn, 1, 1, M, 0}},
    BINOP_WRAPPERS(BINOP_DEF)
#undef BINOP_DEF
#define INPLACE_DEF(name, fn, op, kind) {kind, {name, fn, 1, 1, M | PYVM_CFUNC_RAW_SELF, 0}},
    INPLACE_WRAPPERS(INPLACE_DEF)
#undef INPLACE_DEF
#define UNOP_DEF(name, fn, op) {S_UNOP, {name, fn, 0, 0, M, 0}},
    UNOP_WRAPPERS(UNOP_DEF)
#undef UNOP_DEF
};

static const pyvm_cfunc_def_t new_def[] = {
    {"__new__", builtin_new, 1, -1, PYVM_CFUNC_STATIC, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

static bool has_slot(const rt_pyslots_t *s, slot_kind_t k, const pyvm_class_t *cls,
                     bool mutable_value)
{
    switch (k) {
    case S_REPR: return s->repr != NULL;
    case S_STR: return s->str != NULL || cls == pyvm_cls_str; /* str.__str__ is its own */
    case S_LEN: return s->len != NULL;
    case S_GETITEM: return s->getitem != NULL;
    case S_SETITEM: return s->setitem != NULL;
    case S_CONTAINS: return s->contains != NULL;
    case S_ITER: return s->iter != NULL && !s->next;
    case S_ITER_SELF: return s->iter != NULL && s->next;
    case S_NEXT: return s->next != NULL;
    case S_HASH: return s->hash != NULL;
    case S_TRUTH: return s->truth != NULL;
    case S_CMP: return s->richcmp != NULL;
    case S_BINOP: return s->binop != NULL;
    case S_UNOP: return s->unop != NULL;
    case S_NUM: return cls == pyvm_cls_int || cls == pyvm_cls_float;
    case S_INT: return cls == pyvm_cls_int;
    /* the mutable sequences: list, bytearray, deque */
    case S_IN_LIST: return mutable_value && cls != pyvm_cls_dict && cls != pyvm_cls_set;
    case S_IN_SET: return cls == pyvm_cls_set;
    case S_IN_DICT_SET: return cls == pyvm_cls_set || cls == pyvm_cls_dict;
    default: return true;
    }
}

void pyvm_wrap_install_new(pyvm_class_t *cls)
{
    rt_value_t f = pyvm_cfunc_new(&new_def[0], rt_from_ptr(cls)); /* bound, as CPython's */
    ((pyvm_cfunc_t *)rt_ptr(f))->owner = cls;
    pyvm_type_setattr(cls, pyvm_name(new), f);
}

void pyvm_wrap_install(pyvm_class_t *cls, bool mutable_value)
{
    enum { NWRAP = sizeof wrappers / sizeof wrappers[0], MAX_TYPES = 64 };
    /* one table per class, in static storage: builtin functions point at their defs for ever */
    static pyvm_cfunc_def_t tables[MAX_TYPES][NWRAP + 2];
    static int ntables;
    if (ntables == MAX_TYPES)
        abort();
    const rt_pyslots_t *s = cls->builtin->py;
    size_t nw = NWRAP;
    pyvm_cfunc_def_t *defs = tables[ntables++];
    size_t k = 0;
    for (size_t i = 0; i < nw; i++) /* a method the type defines itself stays */
        if (has_slot(s, wrappers[i].needs, cls, mutable_value) &&
            !rt_map_get_str(cls->dict, rt_str_intern_cstr(wrappers[i].def.name)))
            defs[k++] = wrappers[i].def;
    static const pyvm_cfunc_def_t inits[] = {
        {"__init__", list_init, 0, 1, M | PYVM_CFUNC_RAW_SELF, 1},
        {"__init__", dict_init, 0, 1, M, 1},
        {"__init__", set_init, 0, 1, M, 0},
    };
    /* other mutable values (deque, bytearray) have an __init__ of their own */
    if (mutable_value && (cls == pyvm_cls_list || cls == pyvm_cls_dict || cls == pyvm_cls_set))
        defs[k++] = inits[cls == pyvm_cls_list ? 0 : cls == pyvm_cls_dict ? 1 : 2];
    pyvm_cfunc_install(cls, defs);
    pyvm_wrap_install_new(cls);
    if (mutable_value)
        pyvm_type_setattr(cls, pyvm_name(hash), rt_none); /* mutable values are unhashable */
    cls->flags |= PYVM_CLASS_SUBCLASSABLE | (mutable_value ? PYVM_CLASS_MUTABLE_VALUE : 0);
}

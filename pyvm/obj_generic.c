/*
** obj_generic.c: the objects that annotations build (object.h): types.GenericAlias, what
** list[int] and a class's __class_getitem__ give, and types.UnionType, what int | str gives.
** Both keep their pieces (__origin__ / __args__); an alias calls its origin and subclasses as it
** (__mro_entries__); isinstance() accepts a union as it accepts a tuple of classes.
*/
#include <string.h>

#include "pyvm/code.h"

typedef struct generic {
    rt_obj_t hdr;
    rt_value_t origin; /* 0 for a union */
    rt_tuple_t *args;
} generic_t;

static void generic_trace(gc_tracer_t *tracer, void *obj)
{
    generic_t *g = obj;
    gc_visit(tracer, g->origin);
    gc_visit_ptr(tracer, g->args);
}

rt_type_t pyvm_type_generic_alias = RT_TYPE_INIT("types.GenericAlias", generic_trace, NULL, 0);
rt_type_t pyvm_type_union = RT_TYPE_INIT("types.UnionType", generic_trace, NULL, 0);
static pyvm_class_t *alias_cls, *union_cls;

static rt_value_t generic_new(rt_type_t *t, rt_value_t origin, rt_value_t args)
{
    generic_t *g = rt_alloc(t, sizeof *g);
    g->origin = origin;
    g->args = pyvm_is_tuple(args) ? rt_ptr(args) : rt_tuple_from(&args, 1);
    gc_write_barrier(g);
    return rt_from_ptr(g);
}

rt_value_t pyvm_generic_alias_new(rt_value_t origin, rt_value_t args)
{
    return generic_new(&pyvm_type_generic_alias, origin, args);
}

bool pyvm_is_union(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_union;
}

rt_tuple_t *pyvm_union_args(rt_value_t u) { return ((generic_t *)rt_ptr(u))->args; }

/* How an annotation argument prints: classes by (module-qualified) name, ... as "...". */
static bool append_arg(rt_strbuf_t *b, rt_value_t v)
{
    if (v == pyvm_ellipsis) {
        rt_strbuf_appendf(b, "...");
        return true;
    }
    if (v == rt_none || v == rt_from_ptr(pyvm_type_of(rt_none))) {
        rt_strbuf_appendf(b, "None");
        return true;
    }
    if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_class) {
        pyvm_class_t *c = rt_ptr(v);
        rt_value_t mod = rt_map_get_str(c->dict, pyvm_name(module));
        if (mod && pyvm_is_str(mod) && strcmp(pyvm_str_of(mod)->data, "builtins") != 0)
            rt_strbuf_appendf(b, "%s.", pyvm_str_of(mod)->data);
        rt_strbuf_appendf(b, "%s", c->qualname->data);
        return true;
    }
    rt_value_t r = pyvm_repr(v);
    if (!r)
        return false;
    rt_strbuf_appendf(b, "%s", pyvm_str_of(r)->data);
    return true;
}

static rt_value_t generic_repr(rt_value_t self)
{
    generic_t *g = rt_ptr(self);
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    if (g->origin && !append_arg(&b, g->origin))
        return RT_NOVALUE;
    if (g->origin)
        rt_strbuf_appendf(&b, "[");
    for (int64_t i = 0; i < rt_tuple_len(g->args); i++) {
        if (i)
            rt_strbuf_appendf(&b, g->origin ? ", " : " | ");
        if (!append_arg(&b, rt_tuple_get(g->args, i)))
            return RT_NOVALUE;
    }
    if (g->origin && rt_tuple_len(g->args) == 0)
        rt_strbuf_appendf(&b, "()");
    if (g->origin)
        rt_strbuf_appendf(&b, "]");
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t alias_mro_entries(rt_value_t self, const rt_value_t *a, size_t n,
                                    rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return pyvm_tuple_from(&((generic_t *)rt_ptr(self))->origin, 1);
}

static rt_value_t generic_getattr(rt_value_t self, rt_str_t *name);

/* GenericAlias(origin, args), also through subclasses (typing's _CallableGenericAlias). */
static rt_value_t alias_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_no_kwargs("GenericAlias", kw) || !pyvm_check_nargs("GenericAlias", nargs, 2, 2))
        return RT_NOVALUE;
    return pyvm_generic_alias_new(args[0], args[1]);
}

/* The pieces read as properties, so that instances of subclasses see them too. */
static rt_value_t alias_piece(rt_value_t self, const char *which)
{
    rt_value_t v = pyvm_unwrap(self);
    if (!rt_is_ptr(v) || rt_obj_type(rt_ptr(v)) != &pyvm_type_generic_alias)
        return rt_raise(RT_EXC_TYPE, "descriptor '%s' needs a GenericAlias", which);
    return generic_getattr(v, rt_str_intern_cstr(which));
}

static rt_value_t alias_origin(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    return alias_piece(a[0], "__origin__");
}

static rt_value_t alias_args(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    return alias_piece(a[0], "__args__");
}

static rt_value_t alias_params(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    return alias_piece(a[0], "__parameters__");
}

static const pyvm_cfunc_def_t alias_getters[] = {
    {"__origin__", alias_origin, 1, 1, 0, 0},
    {"__args__", alias_args, 1, 1, 0, 0},
    {"__parameters__", alias_params, 1, 1, 0, 0},
};

static const pyvm_cfunc_def_t alias_methods[] = {
    {"__mro_entries__", alias_mro_entries, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static rt_value_t generic_getattr(rt_value_t self, rt_str_t *name)
{
    generic_t *g = rt_ptr(self);
    const char *n = name->data;
    if (strcmp(n, "__args__") == 0)
        return rt_from_ptr(g->args);
    if (strcmp(n, "__parameters__") == 0)
        return rt_from_ptr(rt_tuple_new(0));
    if (g->origin && strcmp(n, "__origin__") == 0)
        return g->origin;
    pyvm_class_t *cls = pyvm_type_of(self);
    rt_value_t v = pyvm_type_lookup(cls, name);
    if (v)
        return pyvm_bind(v, self, cls);
    return g->origin ? pyvm_getattr(g->origin, name) : pyvm_generic_getattr(self, name);
}

static rt_value_t alias_call(rt_value_t self, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kw)
{
    return pyvm_call(((generic_t *)rt_ptr(self))->origin, args, nargs, kw);
}

static rt_value_t alias_getitem(rt_value_t self, rt_value_t k)
{
    return pyvm_generic_alias_new(((generic_t *)rt_ptr(self))->origin, k);
}

static rt_value_t generic_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if ((op != PYVM_EQ && op != PYVM_NE) || !rt_is_ptr(b) ||
        rt_value_type(b) != rt_value_type(a))
        return pyvm_notimpl;
    generic_t *x = rt_ptr(a), *y = rt_ptr(b);
    int eq = x->origin == y->origin;
    if (eq && (eq = pyvm_eq(rt_from_ptr(x->args), rt_from_ptr(y->args))) < 0)
        return RT_NOVALUE;
    return rt_bool(eq == (op == PYVM_EQ));
}

static bool generic_hash(rt_value_t self, int64_t *out)
{
    generic_t *g = rt_ptr(self);
    int64_t h;
    if (!pyvm_hash(rt_from_ptr(g->args), &h))
        return false;
    *out = h ^ (int64_t)(g->origin >> 4);
    return true;
}

/* X | Y for classes, None, aliases and unions: a union of their flattened, deduplicated args. */
rt_value_t pyvm_union_or(rt_value_t a, rt_value_t b)
{
    rt_value_t parts[2] = {a, b};
    rt_vec_t *args = rt_vec_new(4);
    for (int i = 0; i < 2; i++) {
        rt_value_t p = parts[i];
        bool ok = p == rt_none || pyvm_is_union(p) ||
                  (rt_is_ptr(p) && (rt_obj_type(rt_ptr(p)) == &pyvm_type_class ||
                                    rt_value_type(p) == &pyvm_type_generic_alias));
        if (!ok)
            return pyvm_notimpl;
        rt_tuple_t *t = pyvm_is_union(p) ? pyvm_union_args(p) : NULL;
        for (int64_t j = 0; j < (t ? rt_tuple_len(t) : 1); j++) {
            rt_value_t v = t ? rt_tuple_get(t, j) : p;
            if (v == rt_none)
                v = rt_from_ptr(pyvm_type_of(rt_none));
            bool dup = false;
            for (int64_t k = 0; k < rt_vec_len(args); k++)
                dup |= rt_vec_get(args, k) == v;
            if (!dup)
                rt_vec_append(args, v);
        }
    }
    if (rt_vec_len(args) == 1)
        return rt_vec_get(args, 0);
    return generic_new(&pyvm_type_union, 0,
                       rt_from_ptr(rt_tuple_from(rt_vec_items(args), rt_vec_len(args))));
}

static rt_value_t union_binop(int op, rt_value_t a, rt_value_t b)
{
    return (op & 15) == PYVM_AST_BitOr ? pyvm_union_or(a, b) : pyvm_notimpl;
}

static const rt_pyslots_t alias_slots = {
    .cls = &alias_cls,
    .repr = generic_repr,
    .getattr = generic_getattr,
    .call = alias_call,
    .binop = union_binop,
    .richcmp = generic_richcmp,
    .hash = generic_hash,
    .getitem = alias_getitem,
};

static const rt_pyslots_t union_slots = {
    .cls = &union_cls,
    .repr = generic_repr,
    .getattr = generic_getattr,
    .binop = union_binop,
    .richcmp = generic_richcmp,
    .hash = generic_hash,
};

/* cls.__class_getitem__(args) of the builtin generic classes. */
static rt_value_t class_getitem(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    return pyvm_generic_alias_new(self, a[0]);
}

static const pyvm_cfunc_def_t class_getitem_def[] = {
    {"__class_getitem__", class_getitem, 1, 1, PYVM_CFUNC_CLASS, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_generic_init(void)
{
    gc_root_add(&alias_cls, 1);
    gc_root_add(&union_cls, 1);
    pyvm_type_generic_alias.py = &alias_slots;
    pyvm_type_union.py = &union_slots;
    alias_cls = pyvm_type_new_builtin("GenericAlias", &pyvm_type_generic_alias, pyvm_cls_object);
    union_cls = pyvm_type_new_builtin("UnionType", &pyvm_type_union, pyvm_cls_object);
    pyvm_cfunc_install(alias_cls, alias_methods);
    alias_cls->ctor = alias_ctor;
    for (size_t i = 0; i < sizeof alias_getters / sizeof alias_getters[0]; i++) {
        rt_value_t get = pyvm_cfunc_new(&alias_getters[i], RT_NOVALUE);
        rt_value_t prop = pyvm_call1(rt_from_ptr(pyvm_cls_property), get);
        pyvm_type_setattr(alias_cls, rt_str_intern_cstr(alias_getters[i].name), prop);
    }
    pyvm_wrap_install(alias_cls, false);
    pyvm_class_t *const generic[] = {pyvm_cls_list, pyvm_cls_dict, pyvm_cls_tuple, pyvm_cls_set,
                                     pyvm_cls_frozenset, pyvm_cls_enumerate,
                                     pyvm_exc_BaseExceptionGroup};
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
        pyvm_cfunc_install(generic[i], class_getitem_def);
}

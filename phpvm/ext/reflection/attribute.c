/*
** attribute.c: ext/reflection's view of the metadata the compiler keeps beside declarations
** (vm.h PHPVM_META_*): doc comments, attributes (getAttributes, ReflectionAttribute with the
** checks newInstance makes), the built-in attribute classes (Attribute, AllowDynamicProperties,
** ReturnTypeWillChange, SensitiveParameter), and ReflectionClassConstant, whose constants carry
** metadata too. reflection.c declares the classes; every reflector's getDocComment and
** getAttributes land here.
*/
#include <string.h>
#include <strings.h>

#include "phpvm/ext/reflection/reflection.h"

/* Attribute::TARGET_* and IS_REPEATABLE; ReflectionAttribute::IS_INSTANCEOF. */
enum {
    T_CLASS = 1,
    T_FUNCTION = 2,
    T_METHOD = 4,
    T_PROPERTY = 8,
    T_CONST = 16,
    T_PARAM = 32,
    T_ALL = 63,
    T_REPEATABLE = 64,
    IS_INSTANCEOF = 2
};

/* The built-in attribute classes and the targets each allows. */
static const struct {
    const char *name;
    uint32_t flags;
} builtin_attrs[] = {
    {"Attribute", T_CLASS},
    {"AllowDynamicProperties", T_CLASS},
    {"ReturnTypeWillChange", T_METHOD},
    {"SensitiveParameter", T_PARAM},
};

/* ---- Finding what a reflector reflects ---- */

/* An item of a class's metadata map (NULL: none). */
static rt_tuple_t *class_meta(phpvm_class_t *k, const char *prefix, rt_str_t *name)
{
    if (!k || !k->meta)
        return NULL;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 16);
    rt_strbuf_append(&b, prefix, strlen(prefix));
    if (name)
        rt_strbuf_append(&b, name->data, (size_t)name->len);
    rt_value_t m = rt_map_get_str(k->meta, rt_strbuf_finish(&b, &rt_type_str));
    return m == RT_NOVALUE ? NULL : (rt_tuple_t *)rt_ptr(m);
}

/* What self (any reflector) reflects: its metadata tuple (NULL: none), its attribute target,
** the class its attribute arguments see as self::, and the class PHP names in messages. Only
** parameters have attributes without a tuple: *attrs receives them directly. */
static rt_tuple_t *self_meta(rt_value_t self, uint32_t *target, phpvm_class_t **scope,
                             rt_value_t *attrs, const char **owner)
{
    phpvm_class_t *rc = phpvm_obj(self)->cls;
    rt_value_t it = refl_item(self, 0);
    *attrs = 0;
    *scope = NULL;
    if (!it)
        return NULL;
    if (phpvm_instanceof(rc, refl.param)) {
        phpvm_func_t *f = rt_ptr(it);
        uint32_t pos = (uint32_t)rt_small_value(refl_item(self, 1));
        rt_value_t pa = f->meta ? rt_tuple_get(f->meta, PHPVM_META_PARAMS) : 0;
        *attrs = pa ? rt_tuple_get((rt_tuple_t *)rt_ptr(pa), pos) : 0;
        *target = T_PARAM, *scope = f->scope, *owner = "ReflectionParameter";
        return NULL;
    }
    if (phpvm_instanceof(rc, refl.func_abstract)) {
        phpvm_func_t *f = rt_ptr(it);
        rt_value_t cl = refl_item(self, 1); /* a ReflectionFunction's closure */
        *target = f->scope ? T_METHOD : T_FUNCTION, *scope = f->scope;
        if (!f->scope && cl && phpvm_is_closure(cl))
            *scope = ((phpvm_closure_t *)rt_ptr(cl))->scope;
        *owner = "ReflectionFunctionAbstract";
        return f->builtin ? NULL : f->meta;
    }
    phpvm_class_t *k = rt_ptr(it);
    *scope = k;
    if (phpvm_instanceof(rc, refl.klass)) {
        *target = T_CLASS, *owner = "ReflectionClass";
        return class_meta(k, "", NULL);
    }
    if (phpvm_instanceof(rc, refl.property)) {
        *target = T_PROPERTY, *owner = "ReflectionProperty";
        return class_meta(k, "$", refl_name(self));
    }
    *target = T_CONST, *owner = "ReflectionClassConstant";
    return class_meta(k, "", refl_name(self));
}

/* ---- getDocComment, getAttributes ---- */

rt_value_t refl_get_doc_comment(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    uint32_t target;
    phpvm_class_t *scope;
    rt_value_t attrs;
    const char *owner;
    rt_tuple_t *m = self_meta(self, &target, &scope, &attrs, &owner);
    rt_value_t d = m ? rt_tuple_get(m, PHPVM_META_DOC) : 0;
    return d ? d : rt_false;
}

/* Whether an attribute's name is `want` (case-insensitive, as written: PHP does not strip a
** leading backslash here). */
static bool same_name(rt_str_t *a, rt_str_t *want)
{
    return strcasecmp(a->data, want->data) == 0;
}

static int count_named(rt_tuple_t *attrs, rt_str_t *n)
{
    int c = 0;
    for (int64_t i = 0; i < rt_tuple_len(attrs); i++)
        c += same_name(phpvm_str(rt_tuple_get((rt_tuple_t *)rt_ptr(rt_tuple_get(attrs, i)), 0)),
                       n);
    return c;
}

rt_value_t refl_get_attributes(rt_value_t self, rt_value_t *args, int argc)
{
    uint32_t target;
    phpvm_class_t *scope, *filter = NULL;
    rt_value_t av;
    const char *owner;
    rt_tuple_t *m = self_meta(self, &target, &scope, &av, &owner);
    if (m)
        av = rt_tuple_get(m, PHPVM_META_ATTRS);
    rt_value_t name = argc > 0 && args[0] != RT_NOVALUE ? phpvm_deref(args[0]) : rt_none;
    rt_value_t fl = argc > 1 && args[1] != RT_NOVALUE ? phpvm_deref(args[1]) : rt_small(0);
    int64_t flags = rt_is_int(fl) ? rt_small_value(fl) : 0;
    if (flags & ~(int64_t)IS_INSTANCEOF)
        return phpvm_throw("ValueError", "%s::getAttributes(): Argument #2 ($flags) must be a "
                                         "valid attribute filter flag", owner);
    if (name != rt_none && !phpvm_is_str(name) && !(name = rt_from_ptr(phpvm_to_str(name))))
        return RT_NOVALUE;
    if (name != rt_none && (flags & IS_INSTANCEOF)) {
        filter = phpvm_class_load(phpvm_str(name));
        if (!filter)
            return rt_exc_pending() ? RT_NOVALUE
                                    : phpvm_throw("Error", "Class \"%s\" not found",
                                                  phpvm_str(name)->data);
    }
    phpvm_array_t *out = phpvm_array_new(0);
    rt_tuple_t *attrs = av ? (rt_tuple_t *)rt_ptr(av) : NULL;
    for (int64_t i = 0; attrs && i < rt_tuple_len(attrs); i++) {
        rt_value_t a = rt_tuple_get(attrs, i);
        rt_str_t *an = phpvm_str(rt_tuple_get((rt_tuple_t *)rt_ptr(a), 0));
        if (filter) {
            phpvm_class_t *k = phpvm_class_load(an);
            if (!k && rt_exc_pending())
                return RT_NOVALUE;
            if (!k || !phpvm_instanceof(k, filter))
                continue;
        } else if (name != rt_none && !same_name(an, phpvm_str(name))) {
            continue;
        }
        rt_value_t items[] = {a, rt_small(target), rt_bool(count_named(attrs, an) > 1),
                              scope ? rt_from_ptr(scope) : 0};
        rt_value_t r = refl_new(refl.attribute, NULL, NULL, items, 4);
        if (r == RT_NOVALUE || !phpvm_array_append(out, r))
            return RT_NOVALUE;
    }
    return rt_from_ptr(out);
}

/* ---- ReflectionAttribute ---- */

static rt_tuple_t *self_attr(rt_value_t self)
{
    rt_value_t a = refl_item(self, 0);
    if (!a)
        phpvm_throw("Error", "Internal error: Failed to retrieve the reflection object");
    return a ? (rt_tuple_t *)rt_ptr(a) : NULL;
}

static rt_value_t ra_get_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_tuple_t *a = self_attr(self);
    return a ? rt_tuple_get(a, 0) : RT_NOVALUE;
}

static rt_value_t ra_get_target(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return refl_item(self, 1);
}

static rt_value_t ra_is_repeated(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return refl_item(self, 2);
}

/* An attribute's arguments: its array, evaluated in the declaring class's scope. */
static rt_value_t attr_arguments(rt_tuple_t *a, phpvm_class_t *scope)
{
    rt_value_t d = rt_tuple_get(a, 1);
    if (rt_is_ptr(d) && rt_obj_type(rt_ptr(d)) == &phpvm_type_func) {
        phpvm_func_t *thunk = rt_ptr(d);
        if (scope) /* a closure's attributes see the scope it is bound to now */
            RT_STORE(thunk, scope, scope);
        return phpvm_call_func(d, scope ? rt_from_ptr(scope) : rt_none, NULL, 0);
    }
    return phpvm_share(d);
}

static rt_value_t ra_get_arguments(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_tuple_t *a = self_attr(self);
    rt_value_t scope = refl_item(self, 3);
    return a ? attr_arguments(a, scope ? rt_ptr(scope) : NULL) : RT_NOVALUE;
}

/* The targets (Attribute::TARGET_* | IS_REPEATABLE) attribute class k allows, or -1 when k is
** no attribute class; -2 with an exception pending. */
static int64_t attr_flags(phpvm_class_t *k)
{
    for (size_t i = 0; i < sizeof builtin_attrs / sizeof builtin_attrs[0]; i++)
        if (strcasecmp(k->name->data, builtin_attrs[i].name) == 0)
            return builtin_attrs[i].flags;
    rt_tuple_t *m = class_meta(k, "", NULL);
    rt_value_t av = m ? rt_tuple_get(m, PHPVM_META_ATTRS) : 0;
    for (int64_t i = 0; av && i < rt_tuple_len((rt_tuple_t *)rt_ptr(av)); i++) {
        rt_tuple_t *a = rt_ptr(rt_tuple_get((rt_tuple_t *)rt_ptr(av), i));
        if (strcasecmp(phpvm_str(rt_tuple_get(a, 0))->data, "Attribute") != 0)
            continue;
        rt_value_t arr = attr_arguments(a, k);
        if (arr == RT_NOVALUE)
            return -2;
        phpvm_array_t *x = phpvm_arr(arr);
        rt_value_t f = rt_map_get_str(x, rt_str_from_cstr("flags"));
        if (f == RT_NOVALUE)
            f = x->count ? rt_map_value_at(x, phpvm_array_first(x)) : rt_small(T_ALL);
        f = phpvm_deref(f);
        if (!rt_is_int(f)) {
            phpvm_throw("TypeError", "Attribute::__construct(): Argument #1 ($flags) must be of "
                                     "type int, %s given", phpvm_type_name(f));
            return -2;
        }
        if (rt_small_value(f) & ~(int64_t)(T_ALL | T_REPEATABLE)) {
            phpvm_throw("Error", "Invalid attribute flags specified");
            return -2;
        }
        return rt_small_value(f);
    }
    return -1;
}

/* The allowed targets of flags in PHP's words: "class, method". */
static void target_names(char *buf, size_t n, int64_t flags)
{
    static const char *const names[] = {"class",    "function",       "method",
                                        "property", "class constant", "parameter"};
    buf[0] = 0;
    for (int i = 0; i < 6; i++)
        if (flags & (1 << i)) {
            size_t l = strlen(buf);
            snprintf(buf + l, n - l, "%s%s", l ? ", " : "", names[i]);
        }
}

static rt_value_t ra_new_instance(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_tuple_t *a = self_attr(self);
    if (!a)
        return RT_NOVALUE;
    rt_str_t *name = phpvm_str(rt_tuple_get(a, 0));
    phpvm_class_t *k = phpvm_class_load(name);
    if (!k)
        return rt_exc_pending() ? RT_NOVALUE
                                : phpvm_throw("Error", "Attribute class \"%s\" not found",
                                              name->data);
    int64_t flags = attr_flags(k);
    if (flags == -2)
        return RT_NOVALUE;
    if (flags < 0)
        return phpvm_throw("Error", "Attempting to use non-attribute class \"%s\" as attribute",
                           k->name->data);
    int64_t target = rt_small_value(refl_item(self, 1));
    if (!(flags & target)) {
        char want[128], allowed[128];
        target_names(want, sizeof want, target);
        target_names(allowed, sizeof allowed, flags);
        return phpvm_throw("Error", "Attribute \"%s\" cannot target %s (allowed targets: %s)",
                           k->name->data, want, allowed);
    }
    if (refl_item(self, 2) == rt_true && !(flags & T_REPEATABLE))
        return phpvm_throw("Error", "Attribute \"%s\" must not be repeated", k->name->data);
    rt_value_t scope = refl_item(self, 3);
    rt_value_t arr = attr_arguments(a, scope ? rt_ptr(scope) : NULL);
    if (arr == RT_NOVALUE)
        return RT_NOVALUE;
    rt_value_t o = phpvm_object_new(k);
    if (o == RT_NOVALUE)
        return RT_NOVALUE;
    if (!k->ctor) {
        if (phpvm_arr(arr)->count)
            return phpvm_throw("Error", "Attribute class %s does not have a constructor, cannot "
                                        "pass arguments", k->name->data);
        return o;
    }
    rt_tuple_t *t = phpvm_expand_args(rt_from_ptr(k->ctor), phpvm_arr(arr), false);
    if (!t || phpvm_call_func(rt_from_ptr(k->ctor), o, t->items, (int)t->len) == RT_NOVALUE)
        return RT_NOVALUE;
    return o;
}

/* ---- The built-in attribute classes ---- */

static rt_value_t attribute_construct(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t f = argc > 0 && args[0] != RT_NOVALUE ? phpvm_deref(args[0]) : rt_small(T_ALL);
    if (!rt_is_int(f))
        return phpvm_throw("TypeError", "Attribute::__construct(): Argument #1 ($flags) must be "
                                        "of type int, %s given", phpvm_type_name(f));
    return phpvm_prop_write(self, rt_str_from_cstr("flags"), f, NULL) ? rt_none : RT_NOVALUE;
}

#define M(name, fn, lo, hi, params) {name, fn, lo, hi, params, 0}
static const phpvm_builtin_t attribute_methods[] = {
    M("__construct", attribute_construct, 0, 1, "flags"),
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_builtin_t refl_attribute_methods[] = {
    M("getName", ra_get_name, 0, 0, ""),
    M("getArguments", ra_get_arguments, 0, 0, ""),
    M("getTarget", ra_get_target, 0, 0, ""),
    M("isRepeated", ra_is_repeated, 0, 0, ""),
    M("newInstance", ra_new_instance, 0, 0, ""),
    {NULL, NULL, 0, 0, NULL, 0},
};
#undef M

void refl_attribute_init(void)
{
    static const phpvm_intconst_t targets[] = {
        {"TARGET_CLASS", T_CLASS},       {"TARGET_FUNCTION", T_FUNCTION},
        {"TARGET_METHOD", T_METHOD},     {"TARGET_PROPERTY", T_PROPERTY},
        {"TARGET_CLASS_CONSTANT", T_CONST}, {"TARGET_PARAMETER", T_PARAM},
        {"TARGET_ALL", T_ALL},           {"IS_REPEATABLE", T_REPEATABLE},
    };
    for (size_t i = 0; i < sizeof builtin_attrs / sizeof builtin_attrs[0]; i++) {
        bool attr = i == 0;
        phpvm_class_t *c = phpvm_class_builtin(builtin_attrs[i].name, NULL, NULL, PHPVM_C_FINAL);
        if (attr) {
            phpvm_class_add_prop(c, rt_str_intern(rt_str_from_cstr("flags")), PHPVM_F_PUBLIC,
                                 rt_small(T_ALL));
            phpvm_class_add_methods(c, attribute_methods);
            for (size_t j = 0; j < sizeof targets / sizeof targets[0]; j++)
                rt_map_set_str(c->consts, rt_str_intern(rt_str_from_cstr(targets[j].name)),
                               rt_small(targets[j].value));
        }
        phpvm_class_declare(c);
    }
}

/* ---- ReflectionClassConstant ---- */

/* The class declaring constant n as k sees it, and its PHPVM_F_* flags; NULL if k has no such
** constant. An inherited public constant is the parent's (or interface's) same value. */
static phpvm_class_t *const_decl(phpvm_class_t *k, rt_str_t *n, uint32_t *flags)
{
    rt_value_t v = rt_map_get_str(k->consts, n);
    if (v == RT_NOVALUE)
        return NULL;
    rt_value_t info = k->const_info ? rt_map_get_str(k->const_info, n) : RT_NOVALUE;
    if (info != RT_NOVALUE) {
        rt_tuple_t *t = rt_ptr(info);
        *flags = (uint32_t)rt_small_value(rt_tuple_get(t, 0));
        return rt_ptr(rt_tuple_get(t, 1));
    }
    *flags = PHPVM_F_PUBLIC;
    phpvm_class_t *d = k;
    while (d->parent && rt_map_get_str(d->parent->consts, n) == v)
        d = d->parent;
    if (class_meta(d, "", n) || (k->cases && rt_map_get_str(k->cases, n) != RT_NOVALUE))
        return d;
    for (int64_t p = d->ifaces ? phpvm_array_first(d->ifaces) : -1; p >= 0;
         p = phpvm_array_next(d->ifaces, p)) {
        phpvm_class_t *i = rt_ptr(rt_map_value_at(d->ifaces, p));
        if (rt_map_get_str(i->consts, n) == v && class_meta(i, "", n))
            return i;
    }
    return d;
}

rt_value_t refl_const_new(phpvm_class_t *k, rt_str_t *n)
{
    uint32_t flags;
    phpvm_class_t *d = const_decl(k, n, &flags);
    if (!d)
        return rt_false;
    rt_value_t items[] = {rt_from_ptr(d), rt_small(flags)};
    bool is_case = d->cases && rt_map_get_str(d->cases, n) != RT_NOVALUE;
    phpvm_class_t *rc = !is_case ? refl.constant : d->enum_backing ? refl.backed_case
                                                                   : refl.unit_case;
    return refl_new(rc, n, d->name, items, 2);
}

static rt_value_t rcc_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t c = phpvm_deref(args[0]);
    phpvm_class_t *k = phpvm_is_object(c) ? phpvm_class_of(c) : NULL;
    if (!k) {
        rt_str_t *cn = phpvm_to_str(c);
        if (!cn)
            return RT_NOVALUE;
        if (!(k = phpvm_class_load(cn)))
            return rt_exc_pending() ? RT_NOVALUE
                                    : refl_throw("Class \"%s\" does not exist", cn->data);
    }
    rt_str_t *n = phpvm_to_str(phpvm_deref(args[1]));
    if (!n)
        return RT_NOVALUE;
    uint32_t flags;
    phpvm_class_t *d = const_decl(k, n, &flags);
    if (!d)
        return refl_throw("Constant %s::%s does not exist", k->name->data, n->data);
    rt_value_t items[] = {rt_from_ptr(d), rt_small(flags)};
    return refl_init(self, n, d->name, items, 2) ? rt_none : RT_NOVALUE;
}

static phpvm_class_t *self_decl(rt_value_t self)
{
    rt_value_t k = refl_item(self, 0);
    if (!k)
        phpvm_throw("Error", "Internal error: Failed to retrieve the reflection object");
    return k ? rt_ptr(k) : NULL;
}

static rt_value_t rcc_get_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_from_ptr(refl_name(self));
}

static rt_value_t rcc_get_value(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_class_t *d = self_decl(self);
    return d ? phpvm_class_const(d, refl_name(self)) : RT_NOVALUE;
}

static rt_value_t rcc_declaring_class(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_class_t *d = self_decl(self);
    return d ? refl_class_new(d) : RT_NOVALUE;
}

static rt_value_t rcc_modifiers(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return refl_item(self, 1);
}

#define FLAG_FN(fname, flag)                                                                       \
    static rt_value_t fname(rt_value_t self, rt_value_t *args, int argc)                           \
    {                                                                                              \
        (void)args, (void)argc;                                                                    \
        return rt_bool((rt_small_value(refl_item(self, 1)) & (flag)) != 0);                        \
    }
FLAG_FN(rcc_is_public, PHPVM_F_PUBLIC)
FLAG_FN(rcc_is_private, PHPVM_F_PRIVATE)
FLAG_FN(rcc_is_protected, PHPVM_F_PROTECTED)
FLAG_FN(rcc_is_final, PHPVM_F_FINAL)
#undef FLAG_FN

static rt_value_t rcc_is_enum_case(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_class_t *d = self_decl(self);
    return rt_bool(d && d->cases && rt_map_get_str(d->cases, refl_name(self)) != RT_NOVALUE);
}

#define M(name, fn, lo, hi, params) {name, fn, lo, hi, params, 0}
const phpvm_builtin_t refl_const_methods[] = {
    M("__construct", rcc_construct, 2, 2, "class,constant"),
    M("getName", rcc_get_name, 0, 0, ""),
    M("getValue", rcc_get_value, 0, 0, ""),
    M("getDeclaringClass", rcc_declaring_class, 0, 0, ""),
    M("getModifiers", rcc_modifiers, 0, 0, ""),
    M("isPublic", rcc_is_public, 0, 0, ""),
    M("isPrivate", rcc_is_private, 0, 0, ""),
    M("isProtected", rcc_is_protected, 0, 0, ""),
    M("isFinal", rcc_is_final, 0, 0, ""),
    M("isEnumCase", rcc_is_enum_case, 0, 0, ""),
    M("getDocComment", refl_get_doc_comment, 0, 0, ""),
    M("getAttributes", refl_get_attributes, 0, 2, "name,flags"),
    {NULL, NULL, 0, 0, NULL, 0},
};
#undef M

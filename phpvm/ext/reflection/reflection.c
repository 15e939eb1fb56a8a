/*
** reflection.c: ext/reflection's classes (ARCHITECTURE.md section 4, the PHP builtins grouped by
** extension): ReflectionClass, ReflectionObject, ReflectionEnum and its cases, ReflectionProperty,
** ReflectionClassConstant, ReflectionException, and the set-up of the whole extension (function.c
** holds the functions, methods, parameters and types). Every Reflection object keeps what it
** reflects (the class, function or property facts of phpvm/vm.h) as a tuple in one hidden
** private property, beside the public `name` (and `class`) properties PHP shows.
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "phpvm/ext/reflection/reflection.h"

refl_classes_t refl;

static rt_str_t *hidden_name; /* "\0refl": the hidden state's property */

/* ---- Shared helpers ---- */

rt_value_t refl_throw(const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return phpvm_throw("ReflectionException", "%s", msg);
}

bool refl_init(rt_value_t self, rt_str_t *name, rt_str_t *cls, const rt_value_t *items, int n)
{
    rt_tuple_t *t = rt_tuple_new(n);
    for (int i = 0; i < n; i++)
        rt_tuple_init_item(t, i, items[i]);
    phpvm_class_t *base = phpvm_obj(self)->cls;
    while (base->parent && rt_map_get_str(base->parent->props, hidden_name) != RT_NOVALUE)
        base = base->parent;
    if (!phpvm_prop_write(self, hidden_name, rt_from_ptr(t), base))
        return false;
    if (name && !phpvm_prop_write(self, rt_str_from_cstr("name"), rt_from_ptr(name), base))
        return false;
    return !cls || phpvm_prop_write(self, rt_str_from_cstr("class"), rt_from_ptr(cls), base);
}

rt_value_t refl_new(phpvm_class_t *k, rt_str_t *name, rt_str_t *cls, const rt_value_t *items,
                    int n)
{
    rt_value_t o = phpvm_object_new(k);
    if (o == RT_NOVALUE || !refl_init(o, name, cls, items, n))
        return RT_NOVALUE;
    return o;
}

rt_value_t refl_item(rt_value_t self, int i)
{
    phpvm_class_t *base = phpvm_obj(self)->cls;
    while (base->parent && rt_map_get_str(base->parent->props, hidden_name) != RT_NOVALUE)
        base = base->parent;
    rt_value_t t = phpvm_prop_read(self, hidden_name, base, true);
    if (!rt_is_ptr(t) || rt_obj_type(rt_ptr(t)) != &rt_type_tuple)
        return 0;
    return rt_tuple_get((rt_tuple_t *)rt_ptr(t), i);
}

/* The reflected class of self, or NULL with an Error pending (an uninitialized object). */
static phpvm_class_t *self_class(rt_value_t self)
{
    rt_value_t k = refl_item(self, 0);
    if (!k) {
        phpvm_throw("Error", "Internal error: Failed to retrieve the reflection object");
        return NULL;
    }
    return (phpvm_class_t *)rt_ptr(k);
}

#define SELF_CLASS(k)                                                                              \
    phpvm_class_t *k = self_class(self);                                                           \
    if (!k)                                                                                        \
    return RT_NOVALUE

rt_str_t *refl_lower(const char *s, size_t n)
{
    rt_str_t *l = rt_str_new(s, n);
    for (int64_t i = 0; i < l->len; i++)
        if (l->data[i] >= 'A' && l->data[i] <= 'Z')
            l->data[i] = (char)(l->data[i] + 32);
    return l;
}

/* The class an argument names (an object's class, or a class name autoloaded on demand);
** NULL with ReflectionException "<what> "X" does not exist" pending. */
static phpvm_class_t *class_arg_as(rt_value_t v, const char *what)
{
    v = phpvm_deref(v);
    if (phpvm_is_object(v) || phpvm_is_closure(v))
        return phpvm_class_of(v);
    rt_str_t *n = phpvm_to_str(v);
    if (!n)
        return NULL;
    phpvm_class_t *k = phpvm_class_load(n);
    if (!k && !rt_exc_pending())
        refl_throw("%s \"%s\" does not exist", what, n->data);
    return k;
}

/* class_arg_as for a ReflectionClass constructor's argument: a "Class". */
static phpvm_class_t *class_arg(rt_value_t v) { return class_arg_as(v, "Class"); }

/* ---- ReflectionClass ---- */

rt_value_t refl_class_new(phpvm_class_t *k)
{
    rt_value_t item = rt_from_ptr(k);
    return refl_new(k->flags & PHPVM_C_ENUM ? refl.enumc : refl.klass, k->name, NULL, &item, 1);
}

static rt_value_t rc_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    phpvm_class_t *k = class_arg(args[0]);
    if (!k)
        return RT_NOVALUE;
    rt_value_t item = rt_from_ptr(k);
    return refl_init(self, k->name, NULL, &item, 1) ? rt_none : RT_NOVALUE;
}

static rt_value_t ro_construct(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t v = phpvm_deref(args[0]);
    if (!phpvm_is_object(v) && !phpvm_is_closure(v))
        return phpvm_throw("TypeError", "ReflectionObject::__construct(): Argument #1 ($object) "
                                        "must be of type object, %s given", phpvm_type_name(v));
    return rc_construct(self, args, argc);
}

static rt_value_t re_construct(rt_value_t self, rt_value_t *args, int argc)
{
    phpvm_class_t *k = class_arg(args[0]);
    if (!k)
        return RT_NOVALUE;
    if (!(k->flags & PHPVM_C_ENUM))
        return refl_throw("Class \"%s\" is not an enum", k->name->data);
    return rc_construct(self, args, argc);
}

static rt_value_t rc_get_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    return rt_from_ptr(k->name);
}

static rt_value_t rc_short_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    const char *bs = strrchr(k->name->data, '\\');
    return bs ? phpvm_cstr(bs + 1) : rt_from_ptr(k->name);
}

static rt_value_t rc_ns_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    const char *bs = strrchr(k->name->data, '\\');
    return phpvm_str_value(k->name->data, bs ? (size_t)(bs - k->name->data) : 0);
}

static rt_value_t rc_in_ns(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    return rt_bool(strchr(k->name->data, '\\') != NULL);
}

/* Whether class k has abstract methods (or is declared abstract, or is an interface). */
static bool class_abstract(phpvm_class_t *k)
{
    if (k->flags & (PHPVM_C_ABSTRACT | PHPVM_C_INTERFACE))
        return true;
    for (int64_t p = phpvm_array_first(k->methods); p >= 0; p = phpvm_array_next(k->methods, p))
        if (((phpvm_func_t *)rt_ptr(phpvm_array_val_at(k->methods, p)))->flags & PHPVM_F_ABSTRACT)
            return true;
    return false;
}

/* The class predicates: one builtin per question, told apart by their table entry's name. */
static rt_value_t rc_is(rt_value_t self, const char *what)
{
    SELF_CLASS(k);
    uint32_t f = k->flags;
    if (strcmp(what, "isInterface") == 0)
        return rt_bool(f & PHPVM_C_INTERFACE);
    if (strcmp(what, "isTrait") == 0)
        return rt_bool(f & PHPVM_C_TRAIT);
    if (strcmp(what, "isEnum") == 0)
        return rt_bool(f & PHPVM_C_ENUM);
    if (strcmp(what, "isFinal") == 0)
        return rt_bool(f & (PHPVM_C_FINAL | PHPVM_C_ENUM));
    if (strcmp(what, "isReadOnly") == 0)
        return rt_bool(f & PHPVM_C_READONLY);
    if (strcmp(what, "isAbstract") == 0)
        return rt_bool(class_abstract(k));
    if (strcmp(what, "isAnonymous") == 0)
        return rt_bool(strstr(k->name->data, "@anonymous") != NULL);
    if (strcmp(what, "isInstantiable") == 0) {
        if (f & (PHPVM_C_INTERFACE | PHPVM_C_TRAIT | PHPVM_C_ENUM) || class_abstract(k))
            return rt_false;
        return rt_bool(!k->ctor || (k->ctor->flags & PHPVM_F_PUBLIC) ||
                       !(k->ctor->flags & (PHPVM_F_PRIVATE | PHPVM_F_PROTECTED)));
    }
    if (strcmp(what, "isCloneable") == 0)
        return rt_bool(!(f & (PHPVM_C_INTERFACE | PHPVM_C_TRAIT | PHPVM_C_ENUM)) &&
                       !class_abstract(k));
    bool internal = true;
    for (int64_t p = phpvm_array_first(k->methods); p >= 0; p = phpvm_array_next(k->methods, p))
        if (((phpvm_func_t *)rt_ptr(phpvm_array_val_at(k->methods, p)))->code)
            internal = false;
    if (phpvm_array_first(k->methods) < 0)
        internal = phpvm_class_find_c("stdClass") == k;
    return rt_bool(strcmp(what, "isInternal") == 0 ? internal : !internal);
}

#define PREDICATE(fn, name)                                                                        \
    static rt_value_t fn(rt_value_t self, rt_value_t *args, int argc)                             \
    {                                                                                              \
        (void)args, (void)argc;                                                                    \
        return rc_is(self, name);                                                                  \
    }
PREDICATE(rc_is_interface, "isInterface")
PREDICATE(rc_is_trait, "isTrait")
PREDICATE(rc_is_enum, "isEnum")
PREDICATE(rc_is_final, "isFinal")
PREDICATE(rc_is_readonly, "isReadOnly")
PREDICATE(rc_is_abstract, "isAbstract")
PREDICATE(rc_is_anonymous, "isAnonymous")
PREDICATE(rc_is_instantiable, "isInstantiable")
PREDICATE(rc_is_cloneable, "isCloneable")
PREDICATE(rc_is_internal, "isInternal")
PREDICATE(rc_is_user, "isUserDefined")
#undef PREDICATE

/* Calls k's constructor on the new object o with args; ReflectionException for a constructor
** the caller may not run. */
static rt_value_t construct(phpvm_class_t *k, rt_value_t o, rt_value_t *args, int argc,
                            phpvm_array_t *named)
{
    if (o == RT_NOVALUE)
        return RT_NOVALUE;
    if (!k->ctor) {
        if (argc > 0 || named)
            return refl_throw("Class %s does not have a constructor, so you cannot pass any "
                              "constructor arguments", k->name->data);
        return o;
    }
    if (k->ctor->flags & (PHPVM_F_PRIVATE | PHPVM_F_PROTECTED))
        return refl_throw("Access to non-public constructor of class %s", k->name->data);
    if (phpvm_call_named(rt_from_ptr(k->ctor), o, args, argc, named) == RT_NOVALUE)
        return RT_NOVALUE;
    return o;
}

static rt_value_t rc_new_instance(rt_value_t self, rt_value_t *args, int argc)
{
    phpvm_array_t *named = phpvm_named_extra_take();
    SELF_CLASS(k);
    return construct(k, phpvm_object_new(k), args, argc, named);
}

static rt_value_t rc_new_instance_args(rt_value_t self, rt_value_t *args, int argc)
{
    SELF_CLASS(k);
    rt_value_t a = argc > 0 && args[0] != RT_NOVALUE ? phpvm_deref(args[0]) : RT_NOVALUE;
    if (a == RT_NOVALUE || !k->ctor)
        return construct(k, phpvm_object_new(k), NULL,
                         a != RT_NOVALUE && phpvm_is_array(a) ? (int)phpvm_arr(a)->count : 0,
                         NULL);
    if (!phpvm_is_array(a))
        return phpvm_throw("TypeError", "ReflectionClass::newInstanceArgs(): Argument #1 ($args) "
                                        "must be of type array, %s given", phpvm_type_name(a));
    rt_value_t o = phpvm_object_new(k);
    if (o == RT_NOVALUE)
        return RT_NOVALUE;
    rt_tuple_t *t = phpvm_expand_args(rt_from_ptr(k->ctor), phpvm_arr(a), false);
    if (!t)
        return RT_NOVALUE;
    return construct(k, o, t->items, (int)t->len, NULL);
}

static rt_value_t rc_new_without_ctor(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    if (k->flags & PHPVM_C_VM_ONLY)
        return phpvm_throw("ReflectionException", "Class %s is an internal class marked as final "
                           "that cannot be instantiated without invoking its constructor",
                           k->name->data);
    return phpvm_object_new(k);
}

static rt_value_t rc_is_instance(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    SELF_CLASS(k);
    phpvm_class_t *c = phpvm_class_of(phpvm_deref(args[0]));
    return rt_bool(c && phpvm_instanceof(c, k));
}

/* The method of k named by args[0], or NULL (nothing pending when it does not exist). */
static phpvm_func_t *method_arg(phpvm_class_t *k, rt_value_t arg, rt_str_t **name)
{
    *name = phpvm_to_str(phpvm_deref(arg));
    if (!*name)
        return NULL;
    return phpvm_class_method(k, refl_lower((*name)->data, (size_t)(*name)->len));
}

static rt_value_t rc_has_method(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    SELF_CLASS(k);
    rt_str_t *n;
    phpvm_func_t *m = method_arg(k, args[0], &n);
    return n ? rt_bool(m != NULL) : RT_NOVALUE;
}

static rt_value_t rc_get_method(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    SELF_CLASS(k);
    rt_str_t *n;
    phpvm_func_t *m = method_arg(k, args[0], &n);
    if (!n)
        return RT_NOVALUE;
    if (!m)
        return refl_throw("Method %s::%s() does not exist", k->name->data, n->data);
    return refl_method_new(m);
}

static rt_value_t rc_get_methods(rt_value_t self, rt_value_t *args, int argc)
{
    SELF_CLASS(k);
    int64_t filter = argc > 0 && args[0] != RT_NOVALUE && phpvm_deref(args[0]) != rt_none
                         ? rt_small_value(phpvm_deref(args[0])) : -1;
    phpvm_array_t *out = phpvm_array_new(0);
    /* PHP lists the class's own methods first, then the inherited ones. */
    for (int pass = 0; pass < 2; pass++) {
        for (int64_t p = phpvm_array_first(k->methods); p >= 0;
             p = phpvm_array_next(k->methods, p)) {
            phpvm_func_t *m = (phpvm_func_t *)rt_ptr(phpvm_array_val_at(k->methods, p));
            if ((m->scope == k) != (pass == 0))
                continue;
            uint32_t mods = m->flags & 0x7f;
            if (!(mods & (PHPVM_F_PRIVATE | PHPVM_F_PROTECTED)))
                mods |= PHPVM_F_PUBLIC;
            if (filter >= 0 && !(mods & (uint32_t)filter))
                continue;
            rt_value_t r = refl_method_new(m);
            if (r == RT_NOVALUE || !phpvm_array_append(out, r))
                return RT_NOVALUE;
        }
    }
    return rt_from_ptr(out);
}

static rt_value_t rc_get_constructor(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    return k->ctor ? refl_method_new(k->ctor) : rt_none;
}

static rt_value_t rc_get_parent(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    return k->parent ? refl_class_new(k->parent) : rt_false;
}

/* The class named by args[0] (a name or a ReflectionClass), or NULL with ReflectionException. */
static phpvm_class_t *other_class(rt_value_t arg, const char *what)
{
    rt_value_t v = phpvm_deref(arg);
    phpvm_class_t *c = phpvm_class_of(v);
    if (c && phpvm_instanceof(c, refl.klass))
        return self_class(v);
    return class_arg_as(v, what);
}

static rt_value_t rc_implements(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    SELF_CLASS(k);
    phpvm_class_t *i = other_class(args[0], "Interface");
    if (!i)
        return RT_NOVALUE;
    if (!(i->flags & PHPVM_C_INTERFACE))
        return refl_throw("%s is not an interface", i->name->data);
    return rt_bool(phpvm_instanceof(k, i));
}

static rt_value_t rc_is_subclass(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    SELF_CLASS(k);
    phpvm_class_t *i = other_class(args[0], "Class");
    if (!i)
        return RT_NOVALUE;
    return rt_bool(k != i && phpvm_instanceof(k, i));
}

static rt_value_t interfaces(rt_value_t self, bool names)
{
    SELF_CLASS(k);
    phpvm_array_t *out = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(k->ifaces); p >= 0; p = phpvm_array_next(k->ifaces, p)) {
        phpvm_class_t *i = (phpvm_class_t *)rt_ptr(phpvm_array_val_at(k->ifaces, p));
        if (i == k)
            continue;
        if (names) {
            if (!phpvm_array_append(out, rt_from_ptr(i->name)))
                return RT_NOVALUE;
            continue;
        }
        rt_value_t r = refl_class_new(i);
        if (r == RT_NOVALUE)
            return RT_NOVALUE;
        phpvm_array_set(out, rt_from_ptr(i->name), r);
    }
    return rt_from_ptr(out);
}

static rt_value_t rc_iface_names(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return interfaces(self, true);
}

static rt_value_t rc_ifaces(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return interfaces(self, false);
}

static rt_value_t rc_trait_names(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    phpvm_array_t *out = phpvm_array_new(0);
    for (int64_t i = 0; k->traits && i < rt_vec_len(k->traits); i++)
        if (!phpvm_array_append(out, rt_vec_get(k->traits, i)))
            return RT_NOVALUE;
    return rt_from_ptr(out);
}

/* ---- Constants ---- */

static rt_value_t rc_get_constants(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    phpvm_array_t *out = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(k->consts); p >= 0; p = phpvm_array_next(k->consts, p)) {
        rt_value_t n = phpvm_array_key_at(k->consts, p);
        rt_value_t v = phpvm_class_const(k, phpvm_str(n));
        if (v == RT_NOVALUE)
            return RT_NOVALUE;
        phpvm_array_set(out, n, phpvm_share(v));
    }
    return rt_from_ptr(out);
}

static rt_value_t rc_get_constant(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    SELF_CLASS(k);
    rt_str_t *n = phpvm_to_str(phpvm_deref(args[0]));
    if (!n)
        return RT_NOVALUE;
    if (rt_map_find_str(k->consts, n) < 0)
        return rt_false;
    return phpvm_class_const(k, n);
}

static rt_value_t rc_get_refl_constant(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    SELF_CLASS(k);
    rt_str_t *n = phpvm_to_str(phpvm_deref(args[0]));
    return n ? refl_const_new(k, n) : RT_NOVALUE;
}

static rt_value_t rc_get_refl_constants(rt_value_t self, rt_value_t *args, int argc)
{
    SELF_CLASS(k);
    rt_value_t fl = argc > 0 && args[0] != RT_NOVALUE ? phpvm_deref(args[0]) : rt_none;
    phpvm_array_t *out = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(k->consts); p >= 0; p = phpvm_array_next(k->consts, p)) {
        rt_value_t r = refl_const_new(k, phpvm_str(phpvm_array_key_at(k->consts, p)));
        if (r == RT_NOVALUE)
            return RT_NOVALUE;
        if (rt_is_int(fl) && !(rt_small_value(refl_item(r, 1)) & rt_small_value(fl)))
            continue;
        if (!phpvm_array_append(out, r))
            return RT_NOVALUE;
    }
    return rt_from_ptr(out);
}

static rt_value_t rc_has_constant(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    SELF_CLASS(k);
    rt_str_t *n = phpvm_to_str(phpvm_deref(args[0]));
    return n ? rt_bool(rt_map_find_str(k->consts, n) >= 0) : RT_NOVALUE;
}

/* ---- Properties ---- */

/* The flags of property n of k (PHPVM_F_* with PHPVM_F_STATIC for static ones) and its
** declaring class; false when k has no such declared property visible to it. */
static bool prop_facts(phpvm_class_t *k, rt_str_t *n, uint32_t *flags, phpvm_class_t **decl)
{
    rt_value_t info = rt_map_get_str(k->props, n);
    if (info != RT_NOVALUE) {
        rt_tuple_t *t = (rt_tuple_t *)rt_ptr(info);
        *flags = (uint32_t)rt_small_value(rt_tuple_get(t, PHPVM_PI_FLAGS)) &
                 ~(uint32_t)PHPVM_PROP_NODEFAULT;
        *decl = (phpvm_class_t *)rt_ptr(rt_tuple_get(t, PHPVM_PI_CLASS));
        return !((*flags & PHPVM_F_PRIVATE) && *decl != k);
    }
    if (rt_map_get_str(k->sprops, n) == RT_NOVALUE)
        return false;
    *flags = PHPVM_F_STATIC | PHPVM_F_PUBLIC;
    *decl = k; /* an inherited static property shares its declaring class's cell */
    while ((*decl)->parent && rt_map_get_str((*decl)->parent->sprops, n) == rt_map_get_str(k->sprops, n))
        *decl = (*decl)->parent;
    rt_value_t si = k->sprop_info ? rt_map_get_str(k->sprop_info, n) : RT_NOVALUE;
    if (si != RT_NOVALUE) {
        rt_tuple_t *t = (rt_tuple_t *)rt_ptr(si);
        *flags = PHPVM_F_STATIC |
                 ((uint32_t)rt_small_value(rt_tuple_get(t, 0)) & ~PHPVM_PROP_NODEFAULT);
        *decl = (phpvm_class_t *)rt_ptr(rt_tuple_get(t, 1));
        if ((*flags & PHPVM_F_PRIVATE) && *decl != k)
            return false;
    }
    return true;
}

/* A ReflectionProperty of property n (declared or, on object obj, dynamic) of class k. */
static rt_value_t prop_new(phpvm_class_t *k, rt_str_t *n, uint32_t flags, phpvm_class_t *decl)
{
    rt_value_t items[] = {rt_from_ptr(decl), rt_small(flags), rt_from_ptr(k)};
    return refl_new(refl.property, n, decl->name, items, 3);
}

static rt_value_t rc_get_properties(rt_value_t self, rt_value_t *args, int argc)
{
    SELF_CLASS(k);
    int64_t filter = argc > 0 && args[0] != RT_NOVALUE && phpvm_deref(args[0]) != rt_none
                         ? rt_small_value(phpvm_deref(args[0])) : -1;
    phpvm_array_t *out = phpvm_array_new(0);
    /* PHP lists the class's own properties first, then the inherited ones; statics last */
    phpvm_array_t *tabs[] = {k->props, k->props, k->sprops, k->sprops};
    for (int i = 0; i < 4; i++) {
        for (int64_t p = phpvm_array_first(tabs[i]); p >= 0; p = phpvm_array_next(tabs[i], p)) {
            rt_str_t *n = phpvm_str(phpvm_array_key_at(tabs[i], p));
            uint32_t fl;
            phpvm_class_t *decl;
            if (!n->len || !n->data[0] || !prop_facts(k, n, &fl, &decl) || (decl == k) != !(i & 1))
                continue;
            if (filter >= 0 && !(fl & (uint32_t)filter))
                continue;
            rt_value_t r = prop_new(k, n, fl, decl);
            if (r == RT_NOVALUE || !phpvm_array_append(out, r))
                return RT_NOVALUE;
        }
    }
    return rt_from_ptr(out);
}

static rt_value_t rc_get_property(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    SELF_CLASS(k);
    rt_str_t *n = phpvm_to_str(phpvm_deref(args[0]));
    if (!n)
        return RT_NOVALUE;
    uint32_t fl;
    phpvm_class_t *decl;
    if (!prop_facts(k, n, &fl, &decl))
        return refl_throw("Property %s::$%s does not exist", k->name->data, n->data);
    return prop_new(k, n, fl, decl);
}

static rt_value_t rc_has_property(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    SELF_CLASS(k);
    rt_str_t *n = phpvm_to_str(phpvm_deref(args[0]));
    uint32_t fl;
    phpvm_class_t *decl;
    return n ? rt_bool(prop_facts(k, n, &fl, &decl)) : RT_NOVALUE;
}

static rt_value_t rc_get_static_value(rt_value_t self, rt_value_t *args, int argc)
{
    SELF_CLASS(k);
    rt_str_t *n = phpvm_to_str(phpvm_deref(args[0]));
    if (!n)
        return RT_NOVALUE;
    phpvm_ref_t *r = phpvm_class_sprop(k, n, k);
    if (!r) {
        if (argc > 1 && args[1] != RT_NOVALUE) {
            rt_exc_fetch(NULL);
            return phpvm_deref(args[1]);
        }
        if (rt_exc_pending())
            rt_exc_fetch(NULL);
        return refl_throw("Property %s::$%s does not exist", k->name->data, n->data);
    }
    return r->v;
}

static rt_value_t rc_set_static_value(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    SELF_CLASS(k);
    rt_str_t *n = phpvm_to_str(phpvm_deref(args[0]));
    if (!n)
        return RT_NOVALUE;
    phpvm_ref_t *r = phpvm_class_sprop(k, n, k);
    if (!r) {
        if (rt_exc_pending())
            rt_exc_fetch(NULL);
        return refl_throw("Class %s does not have a property named %s", k->name->data, n->data);
    }
    phpvm_ref_set(r, phpvm_share(phpvm_deref(args[1])));
    return rt_none;
}

static rt_value_t rc_get_static_props(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    if (!phpvm_class_resolve(k))
        return RT_NOVALUE;
    phpvm_array_t *out = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(k->sprops); p >= 0; p = phpvm_array_next(k->sprops, p))
        if (phpvm_array_val_at(k->sprops, p)) /* (not an uninitialized typed one) */
            phpvm_array_set(out, phpvm_array_key_at(k->sprops, p),
                            phpvm_share(phpvm_array_val_at(k->sprops, p)));
    return rt_from_ptr(out);
}

static rt_value_t rc_default_props(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    if (!phpvm_class_resolve(k))
        return RT_NOVALUE;
    rt_value_t sp = rc_get_static_props(self, NULL, 0);
    if (sp == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_array_t *out = phpvm_arr(sp);
    for (int64_t p = phpvm_array_first(k->props); p >= 0; p = phpvm_array_next(k->props, p)) {
        rt_str_t *n = phpvm_str(phpvm_array_key_at(k->props, p));
        rt_tuple_t *t = (rt_tuple_t *)rt_ptr(phpvm_array_val_at(k->props, p));
        uint32_t fl = (uint32_t)rt_small_value(rt_tuple_get(t, PHPVM_PI_FLAGS));
        if (!n->len || !n->data[0] ||
            ((fl & PHPVM_F_PRIVATE) && rt_ptr(rt_tuple_get(t, PHPVM_PI_CLASS)) != (void *)k))
            continue;
        rt_value_t d = rt_tuple_get(k->slotdefaults,
                                    rt_small_value(rt_tuple_get(t, PHPVM_PI_SLOT)));
        if (d)
            phpvm_array_set(out, rt_from_ptr(n), phpvm_share(d));
    }
    return rt_from_ptr(out);
}

static rt_value_t rc_false(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return rt_false;
}

/* ---- ReflectionEnum ---- */

static rt_value_t case_new(phpvm_class_t *k, rt_str_t *n)
{
    return refl_const_new(k, n);
}

static rt_value_t re_get_cases(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    phpvm_array_t *out = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(k->cases); p >= 0; p = phpvm_array_next(k->cases, p)) {
        rt_value_t r = case_new(k, phpvm_str(phpvm_array_key_at(k->cases, p)));
        if (r == RT_NOVALUE || !phpvm_array_append(out, r))
            return RT_NOVALUE;
    }
    return rt_from_ptr(out);
}

static rt_value_t re_get_case(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    SELF_CLASS(k);
    rt_str_t *n = phpvm_to_str(phpvm_deref(args[0]));
    if (!n)
        return RT_NOVALUE;
    if (rt_map_get_str(k->cases, n) == RT_NOVALUE)
        return refl_throw("Case %s::%s does not exist", k->name->data, n->data);
    return case_new(k, n);
}

static rt_value_t re_has_case(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    SELF_CLASS(k);
    rt_str_t *n = phpvm_to_str(phpvm_deref(args[0]));
    return n ? rt_bool(rt_map_get_str(k->cases, n) != RT_NOVALUE) : RT_NOVALUE;
}

static rt_value_t re_is_backed(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    return rt_bool(k->enum_backing != 0);
}

static rt_value_t re_backing_type(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    if (!k->enum_backing)
        return rt_none;
    bool is_int = k->enum_backing == PHPVM_T_INT;
    rt_tuple_t *t = rt_tuple_new(2);
    rt_tuple_init_item(t, 0, rt_small(k->enum_backing));
    rt_tuple_init_item(t, 1, phpvm_cstr(is_int ? "int" : "string"));
    return refl_type_new(t);
}

static rt_value_t case_get_value(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    rt_value_t n = phpvm_prop_read(self, rt_str_from_cstr("name"), NULL, true);
    return phpvm_is_str(n) ? phpvm_class_const(k, phpvm_str(n)) : rt_none;
}

static rt_value_t case_backing_value(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t c = case_get_value(self, args, argc);
    if (c == RT_NOVALUE || !phpvm_is_object(c))
        return c;
    return phpvm_prop_read(c, rt_str_from_cstr("value"), NULL, true);
}

static rt_value_t case_get_enum(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(k);
    return refl_class_new(k);
}

/* ---- ReflectionProperty ---- */

static rt_value_t rp_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    phpvm_class_t *k = class_arg(args[0]);
    if (!k)
        return RT_NOVALUE;
    rt_str_t *n = phpvm_to_str(phpvm_deref(args[1]));
    if (!n)
        return RT_NOVALUE;
    uint32_t fl;
    phpvm_class_t *decl;
    if (!prop_facts(k, n, &fl, &decl)) {
        rt_value_t o = phpvm_deref(args[0]);
        if (!phpvm_is_object(o) || !phpvm_prop_isset(o, n, k))
            return refl_throw("Property %s::$%s does not exist", k->name->data, n->data);
        fl = PHPVM_F_PUBLIC;
        decl = k;
    }
    rt_value_t items[] = {rt_from_ptr(decl), rt_small(fl), rt_from_ptr(k)};
    return refl_init(self, n, decl->name, items, 3) ? rt_none : RT_NOVALUE;
}

rt_str_t *refl_name(rt_value_t self)
{
    rt_value_t n = phpvm_prop_read(self, rt_str_from_cstr("name"), NULL, true);
    return phpvm_is_str(n) ? phpvm_str(n) : rt_str_from_cstr("");
}

static uint32_t prop_flags(rt_value_t self) { return (uint32_t)rt_small_value(refl_item(self, 1)); }

static rt_value_t rp_get_value(rt_value_t self, rt_value_t *args, int argc)
{
    SELF_CLASS(decl);
    rt_str_t *n = refl_name(self);
    if (prop_flags(self) & PHPVM_F_STATIC) {
        phpvm_ref_t *r = phpvm_class_sprop(decl, n, decl);
        return r ? r->v : RT_NOVALUE;
    }
    rt_value_t o = argc > 0 && args[0] != RT_NOVALUE ? phpvm_deref(args[0]) : rt_none;
    if (!phpvm_is_object(o))
        return phpvm_throw("TypeError", "ReflectionProperty::getValue(): Argument #1 ($object) "
                                        "must be provided for instance properties");
    if (!phpvm_instanceof(phpvm_obj(o)->cls, decl))
        return refl_throw("Given object is not an instance of the class this property was "
                          "declared in");
    rt_value_t v = phpvm_prop_read(o, n, decl, false);
    return v == RT_NOVALUE ? v : phpvm_deref(v);
}

static rt_value_t rp_set_value(rt_value_t self, rt_value_t *args, int argc)
{
    SELF_CLASS(decl);
    rt_str_t *n = refl_name(self);
    if (prop_flags(self) & PHPVM_F_STATIC) {
        phpvm_ref_t *r = phpvm_class_sprop(decl, n, decl);
        if (!r)
            return RT_NOVALUE;
        phpvm_ref_set(r, phpvm_share(phpvm_deref(args[argc > 1 ? 1 : 0])));
        return rt_none;
    }
    rt_value_t o = phpvm_deref(args[0]);
    if (!phpvm_is_object(o))
        return phpvm_throw("TypeError", "ReflectionProperty::setValue(): Argument #1 ($objectOrValue)"
                                        " must be of type object, %s given", phpvm_type_name(o));
    rt_value_t v = argc > 1 && args[1] != RT_NOVALUE ? phpvm_deref(args[1]) : rt_none;
    return phpvm_prop_write(o, n, phpvm_share(v), decl) ? rt_none : RT_NOVALUE;
}

static rt_value_t rp_is_initialized(rt_value_t self, rt_value_t *args, int argc)
{
    SELF_CLASS(decl);
    rt_str_t *n = refl_name(self);
    if (prop_flags(self) & PHPVM_F_STATIC)
        return rt_true;
    rt_value_t o = argc > 0 && args[0] != RT_NOVALUE ? phpvm_deref(args[0]) : rt_none;
    if (!phpvm_is_object(o))
        return phpvm_throw("TypeError", "ReflectionProperty::isInitialized(): Argument #1 "
                                        "($object) must be provided for instance properties");
    rt_value_t *slot = phpvm_prop_slot(o, n, decl, false);
    if (!slot) {
        if (rt_exc_pending())
            rt_exc_fetch(NULL);
        return rt_false;
    }
    return rt_bool(*slot != RT_NOVALUE);
}

/* One builtin per modifier question, told apart by the PHPVM_F_* bit they test. */
#define MODIFIER(fn, bit)                                                                          \
    static rt_value_t fn(rt_value_t self, rt_value_t *args, int argc)                             \
    {                                                                                              \
        (void)args, (void)argc;                                                                    \
        return rt_bool(prop_flags(self) & (bit));                                                  \
    }
MODIFIER(rp_is_private, PHPVM_F_PRIVATE)
MODIFIER(rp_is_protected, PHPVM_F_PROTECTED)
MODIFIER(rp_is_static, PHPVM_F_STATIC)
MODIFIER(rp_is_readonly, PHPVM_PROP_READONLY)
#undef MODIFIER

static rt_value_t rp_is_public(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_bool(!(prop_flags(self) & (PHPVM_F_PRIVATE | PHPVM_F_PROTECTED)));
}

static rt_value_t rp_modifiers(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    uint32_t f = prop_flags(self);
    if (!(f & (PHPVM_F_PRIVATE | PHPVM_F_PROTECTED)))
        f |= PHPVM_F_PUBLIC;
    return rt_small(f & (PHPVM_F_PUBLIC | PHPVM_F_PROTECTED | PHPVM_F_PRIVATE | PHPVM_F_STATIC |
                         PHPVM_PROP_READONLY));
}

static rt_value_t rp_declaring_class(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(decl);
    return refl_class_new(decl);
}

static rt_value_t rp_type(rt_value_t self, bool only_has)
{
    SELF_CLASS(decl);
    rt_value_t info = rt_map_get_str(decl->props, refl_name(self));
    rt_value_t t = info != RT_NOVALUE ? rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_TYPE)
                                      : rt_none;
    bool has = rt_is_ptr(t) && rt_obj_type(rt_ptr(t)) == &rt_type_tuple;
    if (only_has)
        return rt_bool(has);
    return has ? refl_type_new((phpvm_typedecl_t *)rt_ptr(t)) : rt_none;
}

static rt_value_t rp_get_type(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rp_type(self, false);
}

static rt_value_t rp_has_type(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rp_type(self, true);
}

static rt_value_t rp_is_default(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_CLASS(decl);
    rt_str_t *n = refl_name(self);
    return rt_bool(rt_map_get_str(decl->props, n) != RT_NOVALUE ||
                   rt_map_get_str(decl->sprops, n) != RT_NOVALUE);
}

static rt_value_t r_noop(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return rt_none;
}

static rt_value_t r_get_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_from_ptr(refl_name(self));
}

/* ---- Tables and declaration ---- */

#define M(name, fn, lo, hi, params) {name, fn, lo, hi, params, 0}
static const phpvm_builtin_t class_methods[] = {
    M("__construct", rc_construct, 1, 1, "objectOrClass"),
    M("getName", rc_get_name, 0, 0, ""),
    M("getShortName", rc_short_name, 0, 0, ""),
    M("getNamespaceName", rc_ns_name, 0, 0, ""),
    M("inNamespace", rc_in_ns, 0, 0, ""),
    M("isInterface", rc_is_interface, 0, 0, ""),
    M("isTrait", rc_is_trait, 0, 0, ""),
    M("isEnum", rc_is_enum, 0, 0, ""),
    M("isFinal", rc_is_final, 0, 0, ""),
    M("isReadOnly", rc_is_readonly, 0, 0, ""),
    M("isAbstract", rc_is_abstract, 0, 0, ""),
    M("isAnonymous", rc_is_anonymous, 0, 0, ""),
    M("isInstantiable", rc_is_instantiable, 0, 0, ""),
    M("isCloneable", rc_is_cloneable, 0, 0, ""),
    M("isInternal", rc_is_internal, 0, 0, ""),
    M("isUserDefined", rc_is_user, 0, 0, ""),
    {"newInstance", rc_new_instance, 0, -1, "args", PHPVM_B_NAMED_REST},
    M("newInstanceArgs", rc_new_instance_args, 0, 1, "args"),
    M("newInstanceWithoutConstructor", rc_new_without_ctor, 0, 0, ""),
    M("isInstance", rc_is_instance, 1, 1, "object"),
    M("hasMethod", rc_has_method, 1, 1, "name"),
    M("getMethod", rc_get_method, 1, 1, "name"),
    M("getMethods", rc_get_methods, 0, 1, "filter"),
    M("getConstructor", rc_get_constructor, 0, 0, ""),
    M("getParentClass", rc_get_parent, 0, 0, ""),
    M("implementsInterface", rc_implements, 1, 1, "interface"),
    M("isSubclassOf", rc_is_subclass, 1, 1, "class"),
    M("getInterfaceNames", rc_iface_names, 0, 0, ""),
    M("getInterfaces", rc_ifaces, 0, 0, ""),
    M("getTraitNames", rc_trait_names, 0, 0, ""),
    M("getConstants", rc_get_constants, 0, 1, "filter"),
    M("getConstant", rc_get_constant, 1, 1, "name"),
    M("hasConstant", rc_has_constant, 1, 1, "name"),
    M("getProperties", rc_get_properties, 0, 1, "filter"),
    M("getProperty", rc_get_property, 1, 1, "name"),
    M("hasProperty", rc_has_property, 1, 1, "name"),
    M("getStaticPropertyValue", rc_get_static_value, 1, 2, "name,default"),
    M("setStaticPropertyValue", rc_set_static_value, 2, 2, "name,value"),
    M("getStaticProperties", rc_get_static_props, 0, 0, ""),
    M("getDefaultProperties", rc_default_props, 0, 0, ""),
    M("getAttributes", refl_get_attributes, 0, 2, "name,flags"),
    M("getDocComment", refl_get_doc_comment, 0, 0, ""),
    M("getReflectionConstant", rc_get_refl_constant, 1, 1, "name"),
    M("getReflectionConstants", rc_get_refl_constants, 0, 1, "filter"),
    M("getFileName", rc_false, 0, 0, ""),
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t object_methods[] = {
    M("__construct", ro_construct, 1, 1, "object"),
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t enum_methods[] = {
    M("__construct", re_construct, 1, 1, "objectOrClass"),
    M("getCases", re_get_cases, 0, 0, ""),
    M("getCase", re_get_case, 1, 1, "name"),
    M("hasCase", re_has_case, 1, 1, "name"),
    M("isBacked", re_is_backed, 0, 0, ""),
    M("getBackingType", re_backing_type, 0, 0, ""),
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t unit_case_methods[] = {
    M("getValue", case_get_value, 0, 0, ""),
    M("getEnum", case_get_enum, 0, 0, ""),
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t backed_case_methods[] = {
    M("getBackingValue", case_backing_value, 0, 0, ""),
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t property_methods[] = {
    M("__construct", rp_construct, 2, 2, "class,property"),
    M("getName", r_get_name, 0, 0, ""),
    M("getValue", rp_get_value, 0, 1, "object"),
    M("setValue", rp_set_value, 1, 2, "objectOrValue,value"),
    M("isInitialized", rp_is_initialized, 0, 1, "object"),
    M("isPublic", rp_is_public, 0, 0, ""),
    M("isPrivate", rp_is_private, 0, 0, ""),
    M("isProtected", rp_is_protected, 0, 0, ""),
    M("isStatic", rp_is_static, 0, 0, ""),
    M("isReadOnly", rp_is_readonly, 0, 0, ""),
    M("isDefault", rp_is_default, 0, 0, ""),
    M("getModifiers", rp_modifiers, 0, 0, ""),
    M("getDeclaringClass", rp_declaring_class, 0, 0, ""),
    M("getType", rp_get_type, 0, 0, ""),
    M("hasType", rp_has_type, 0, 0, ""),
    M("setAccessible", r_noop, 1, 1, "accessible"),
    M("getDocComment", refl_get_doc_comment, 0, 0, ""),
    M("getAttributes", refl_get_attributes, 0, 2, "name,flags"),
    {NULL, NULL, 0, 0, NULL, 0},
};
#undef M

/* Declares a Reflection class: its public properties (comma-separated), the hidden state when
** it is a root, and its methods. */
static phpvm_class_t *declare(const char *name, const char *parent, const char *ifaces,
                              uint32_t flags, const char *props, const phpvm_builtin_t *methods)
{
    phpvm_class_t *c = phpvm_class_builtin(name, parent, ifaces, flags);
    for (const char *p = props; p && *p;) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        phpvm_class_add_prop(c, rt_str_intern(rt_str_new(p, n)), PHPVM_F_PUBLIC, phpvm_cstr(""));
        p = e ? e + 1 : p + n;
    }
    if (!parent || strncmp(parent, "Reflection", 10) != 0 || strcmp(parent, "ReflectionException") == 0)
        phpvm_class_add_prop(c, hidden_name, PHPVM_F_PRIVATE, rt_none);
    if (methods)
        phpvm_class_add_methods(c, methods);
    static const phpvm_intconst_t modifiers[] = {
        {"IS_PUBLIC", PHPVM_F_PUBLIC}, {"IS_PROTECTED", PHPVM_F_PROTECTED},
        {"IS_PRIVATE", PHPVM_F_PRIVATE}, {"IS_STATIC", PHPVM_F_STATIC},
        {"IS_FINAL", PHPVM_F_FINAL}, {"IS_ABSTRACT", PHPVM_F_ABSTRACT},
        {"IS_READONLY", PHPVM_PROP_READONLY},
    };
    bool has_mods = strcmp(name, "ReflectionMethod") == 0 ||
                    strcmp(name, "ReflectionProperty") == 0 ||
                    strcmp(name, "ReflectionClassConstant") == 0;
    for (size_t i = 0; has_mods && i < sizeof modifiers / sizeof modifiers[0]; i++)
        rt_map_set_str(c->consts, rt_str_intern(rt_str_from_cstr(modifiers[i].name)),
                       rt_small(modifiers[i].value));
    phpvm_class_declare(c);
    return c;
}

static void reflection_init(void)
{
    hidden_name = rt_str_intern(rt_str_new("\0refl", 5));
    gc_root_add(&hidden_name, 1);
    refl.exception = phpvm_class_builtin("ReflectionException", "Exception", NULL, 0);
    phpvm_class_declare(refl.exception);
    phpvm_class_t *reflector = phpvm_class_builtin("Reflector", NULL, "Stringable",
                                                   PHPVM_C_INTERFACE);
    phpvm_class_declare(reflector);
    refl.klass = declare("ReflectionClass", NULL, "Reflector", 0, "name", class_methods);
    refl.object = declare("ReflectionObject", "ReflectionClass", NULL, 0, NULL, object_methods);
    refl.enumc = declare("ReflectionEnum", "ReflectionClass", NULL, 0, NULL, enum_methods);
    refl.func_abstract = declare("ReflectionFunctionAbstract", NULL, "Reflector",
                                 PHPVM_C_ABSTRACT, "name", refl_func_methods);
    refl.function = declare("ReflectionFunction", "ReflectionFunctionAbstract", NULL, 0, NULL,
                            refl_function_methods);
    refl.method = declare("ReflectionMethod", "ReflectionFunctionAbstract", NULL, 0, "class",
                          refl_method_methods);
    refl.param = declare("ReflectionParameter", NULL, "Reflector", 0, "name", refl_param_methods);
    refl.type = declare("ReflectionType", NULL, "Stringable", PHPVM_C_ABSTRACT, NULL,
                        refl_type_methods);
    refl.named_type = declare("ReflectionNamedType", "ReflectionType", NULL, 0, NULL,
                              refl_named_type_methods);
    refl.union_type = declare("ReflectionUnionType", "ReflectionType", NULL, 0, NULL,
                              refl_union_type_methods);
    refl.intersection_type = declare("ReflectionIntersectionType", "ReflectionType", NULL, 0,
                                     NULL, refl_union_type_methods);
    refl.property = declare("ReflectionProperty", NULL, "Reflector", 0, "name,class",
                            property_methods);
    refl.constant = declare("ReflectionClassConstant", NULL, "Reflector", 0, "name,class",
                            refl_const_methods);
    refl.unit_case = declare("ReflectionEnumUnitCase", "ReflectionClassConstant", NULL, 0, NULL,
                             unit_case_methods);
    refl.backed_case = declare("ReflectionEnumBackedCase", "ReflectionEnumUnitCase", NULL, 0,
                               NULL, backed_case_methods);
    refl.attribute = declare("ReflectionAttribute", NULL, "Reflector", 0, NULL,
                             refl_attribute_methods);
    rt_map_set_str(refl.attribute->consts, rt_str_intern(rt_str_from_cstr("IS_INSTANCEOF")),
                   rt_small(2));
    refl_attribute_init();
}

const phpvm_ext_t phpvm_ext_reflection = {"Reflection", NULL, NULL, reflection_init, NULL, NULL};

/*
** enum.c: PHP 8.1 enums on the class machinery. An enum is a final class whose instances are
** its cases, one object per case made when the enum is declared and stored as the class
** constant of that name (so `Suit::Hearts` and `===` are identity); each case has the readonly
** properties `name` and, for a backed enum, `value`. Enums implement UnitEnum (cases()) and,
** when backed, BackedEnum (from(), tryFrom()), which are builtin static methods here.
*/
#include <inttypes.h>
#include <string.h>

#include "phpvm/interp.h"

static const char *const case_props[] = {"name", "value"};

/* Whether class c lists interface `lcname` among the names it implements. */
static bool lists_iface(const phpvm_class_t *c, const char *lcname)
{
    for (int64_t i = 0; c->iface_names && i < rt_tuple_len(c->iface_names); i++) {
        const char *n = phpvm_str(rt_tuple_get(c->iface_names, i))->data;
        if (strcasecmp(n + (n[0] == '\\'), lcname) == 0)
            return true;
    }
    return false;
}

bool phpvm_enum_check(phpvm_class_t *c)
{
    static const char *const ifaces[] = {"UnitEnum", "BackedEnum"};
    static const char *const magic[] = {"__construct", "__destruct", "__clone", "__get", "__set",
                                        "__unset", "__isset", "__toString", "__debugInfo",
                                        "__serialize", "__unserialize", "__sleep", "__wakeup",
                                        "__set_state"};
    for (size_t i = 0; i < sizeof ifaces / sizeof ifaces[0]; i++) {
        if (!lists_iface(c, ifaces[i]))
            continue;
        if ((c->flags & PHPVM_C_ENUM) && i == 1 && !c->enum_backing)
            phpvm_fatal("Non-backed enum %s cannot implement interface %s", c->name->data,
                        ifaces[i]);
        else if (c->flags & PHPVM_C_ENUM)
            phpvm_fatal("Enum %s cannot implement previously implemented interface %s",
                        c->name->data, ifaces[i]);
        else if (!(c->flags & PHPVM_C_INTERFACE))
            phpvm_fatal("Non-enum class %s cannot implement interface %s", c->name->data,
                        ifaces[i]);
        else
            continue;
        return false;
    }
    if (!(c->flags & PHPVM_C_ENUM))
        return true;
    if (rt_map_count(c->props) || rt_map_count(c->sdefaults)) {
        phpvm_fatal("Enum %s cannot include properties", c->name->data);
        return false;
    }
    for (size_t i = 0; i < sizeof magic / sizeof magic[0]; i++)
        if (phpvm_class_method(c, rt_str_from_cstr(magic[i]))) {
            phpvm_fatal("Enum %s cannot include magic method %s", c->name->data, magic[i]);
            return false;
        }
    return true;
}

void phpvm_enum_prepare(phpvm_class_t *c)
{
    for (int i = 0; i < (c->enum_backing ? 2 : 1); i++) {
        rt_str_t *name = rt_str_intern_cstr(case_props[i]);
        rt_tuple_t *info = rt_tuple_new(PHPVM_PI_N);
        rt_tuple_init_item(info, PHPVM_PI_FLAGS,
                           rt_small(PHPVM_F_PUBLIC | PHPVM_PROP_READONLY |
                                    PHPVM_PROP_NODEFAULT));
        rt_tuple_init_item(info, PHPVM_PI_CLASS, rt_from_ptr(c));
        rt_tuple_init_item(info, PHPVM_PI_SLOT, rt_small(0));
        rt_tuple_init_item(info, PHPVM_PI_TYPE, rt_none);
        rt_map_set_str(c->props, name, rt_from_ptr(info));
        rt_map_set_str(c->defaults, name, rt_none);
    }
}

static phpvm_class_t *enum_of(rt_value_t self)
{
    return (phpvm_class_t *)rt_ptr(self);
}

static rt_value_t fn_cases(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *cases = enum_of(self)->cases, *out = phpvm_array_new(rt_map_count(cases));
    for (int64_t p = phpvm_array_first(cases); p >= 0; p = phpvm_array_next(cases, p))
        phpvm_array_append(out, rt_map_value_at(cases, p));
    return rt_from_ptr(out);
}

/* The case whose value is args[0] (coerced as a weak-mode int|string parameter), else null
** (tryFrom) or ValueError (from). */
static rt_value_t lookup(rt_value_t self, rt_value_t *args, bool raise)
{
    phpvm_class_t *c = enum_of(self);
    rt_value_t v = args[0], key;
    uint32_t mask = c->enum_backing;
    rt_tuple_t *decl = rt_tuple_new(2);
    rt_tuple_init_item(decl, 0, rt_small(mask));
    rt_tuple_init_item(decl, 1, phpvm_cstr(mask == PHPVM_T_INT ? "int" : "string"));
    if (!phpvm_coerce(decl, v, &key, c, phpvm_strict())) {
        if (!rt_exc_pending())
            phpvm_throw("TypeError", "%s::%s(): Argument #1 ($value) must be of type %s, %s given",
                        c->name->data, raise ? "from" : "tryFrom",
                        mask == PHPVM_T_INT ? "int" : "string", phpvm_type_name(v));
        return RT_NOVALUE;
    }
    phpvm_array_t *cases = c->cases;
    rt_str_t *value = rt_str_intern_cstr("value");
    for (int64_t p = phpvm_array_first(cases); p >= 0; p = phpvm_array_next(cases, p)) {
        rt_value_t obj = rt_map_value_at(cases, p);
        if (phpvm_strict_eq(phpvm_prop_read(obj, value, c, true), key))
            return obj;
    }
    if (!raise)
        return rt_none;
    if (phpvm_is_str(key))
        return phpvm_throw("ValueError", "\"%s\" is not a valid backing value for enum %s",
                           phpvm_str(key)->data, c->name->data);
    return phpvm_throw("ValueError", "%" PRId64 " is not a valid backing value for enum %s",
                       phpvm_int_of(key), c->name->data);
}

static rt_value_t fn_from(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    return lookup(self, args, true);
}

static rt_value_t fn_try_from(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    return lookup(self, args, false);
}

static const phpvm_builtin_t unit_methods[] = {
    {"cases", fn_cases, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t backed_methods[] = {
    {"from", fn_from, 1, 1, "value", 0},
    {"tryFrom", fn_try_from, 1, 1, "value", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* Whether method m of class c is a copy of a method of a trait c uses. */
static bool from_trait(const phpvm_class_t *c, const phpvm_func_t *m)
{
    for (int64_t i = 0; c->traits && i < rt_vec_len(c->traits); i++) {
        phpvm_class_t *t = phpvm_class_lookup(phpvm_str(rt_vec_get(c->traits, i)), false);
        phpvm_func_t *tm = t ? phpvm_class_method(t, m->name) : NULL;
        if (tm && tm->code == m->code)
            return true;
    }
    return false;
}

/* Adds a table of builtin methods as static ones; false after the fatal error if the enum
** declares one of them itself. */
static bool add_static(phpvm_class_t *c, const phpvm_builtin_t *tab)
{
    for (const phpvm_builtin_t *b = tab; b->name; b++) {
        phpvm_func_t *own = phpvm_class_method(c, rt_str_from_cstr(b->name));
        if (own && !from_trait(c, own)) { /* (a trait's yields to the builtin) */
            phpvm_fatal("Cannot redeclare %s::%s()", c->name->data, own->name->data);
            return false;
        }
    }
    phpvm_class_add_methods(c, tab);
    for (; tab->name; tab++) {
        phpvm_func_t *m = phpvm_class_method(c, rt_str_from_cstr(tab->name));
        m->flags |= PHPVM_F_STATIC;
    }
    return true;
}

static void implement(phpvm_class_t *c, const char *iface)
{
    phpvm_class_t *k = phpvm_class_find_c(iface);
    rt_map_set_str(c->ifaces, k->lcname, rt_from_ptr(k));
}

/* One case object: the `name` and `value` slots set, the rest of the class's defaults. */
static rt_value_t make_case(phpvm_class_t *c, rt_value_t name, rt_value_t value)
{
    rt_value_t obj = phpvm_object_alloc(c);
    if (obj == RT_NOVALUE)
        return RT_NOVALUE;
    for (int i = 0; i < (c->enum_backing ? 2 : 1); i++) {
        rt_value_t info = rt_map_get_str(c->props, rt_str_intern_cstr(case_props[i]));
        int64_t slot = rt_small_value(rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_SLOT));
        phpvm_obj(obj)->slots.inl[slot] = i == 0 ? name : value;
    }
    gc_write_barrier(rt_ptr(obj));
    return obj;
}

bool phpvm_enum_link(phpvm_class_t *c)
{
    if (rt_map_get_str(c->ifaces, rt_str_from_cstr("serializable")) != RT_NOVALUE) {
        phpvm_fatal("Enum %s cannot implement the Serializable interface", c->name->data);
        return false;
    }
    implement(c, "UnitEnum");
    if (!add_static(c, unit_methods))
        return false;
    if (c->enum_backing) {
        implement(c, "BackedEnum");
        if (!add_static(c, backed_methods))
            return false;
    }
    phpvm_array_t *cases = c->cases;
    for (int64_t p = phpvm_array_first(cases); p >= 0; p = phpvm_array_next(cases, p)) {
        rt_value_t name = phpvm_array_key_at(cases, p), v = rt_map_value_at(cases, p);
        if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_type_func) {
            v = phpvm_call_func(v, rt_from_ptr(c), NULL, 0);
            if (v == RT_NOVALUE)
                return false;
        }
        if (c->enum_backing && v == rt_none) {
            phpvm_fatal("Case %s of backed enum %s must have a value", phpvm_str(name)->data,
                        c->name->data);
            return false;
        }
        if (!c->enum_backing && v != rt_none) {
            phpvm_fatal("Case %s of non-backed enum %s must not have a value",
                        phpvm_str(name)->data, c->name->data);
            return false;
        }
        if (c->enum_backing &&
            phpvm_kind(v) != (c->enum_backing == PHPVM_T_INT ? PHPVM_INT : PHPVM_STRING)) {
            phpvm_throw("TypeError", "Enum case type %s does not match enum backing type %s",
                        phpvm_type_name(v), c->enum_backing == PHPVM_T_INT ? "int" : "string");
            return false;
        }
        for (int64_t q = phpvm_array_first(cases); c->enum_backing && q >= 0 && q < p;
             q = phpvm_array_next(cases, q)) {
            rt_value_t other = phpvm_prop_read(rt_map_value_at(cases, q),
                                               rt_str_intern_cstr("value"), c, true);
            if (phpvm_strict_eq(other, v)) {
                phpvm_throw("Error", "Duplicate value in enum %s for cases %s and %s",
                            c->name->data, phpvm_str(phpvm_array_key_at(cases, q))->data,
                            phpvm_str(name)->data);
                return false;
            }
        }
        rt_value_t obj = make_case(c, name, v);
        if (obj == RT_NOVALUE)
            return false;
        rt_map_set_str(cases, phpvm_str(name), obj);
        rt_map_set_str(c->consts, phpvm_str(name), obj);
    }
    return true;
}

void phpvm_enum_init(void)
{
    phpvm_class_t *unit = phpvm_class_new_decl(rt_str_from_cstr("UnitEnum"), PHPVM_C_INTERFACE);
    phpvm_class_declare(unit);
    phpvm_class_t *backed = phpvm_class_new_decl(rt_str_from_cstr("BackedEnum"),
                                                 PHPVM_C_INTERFACE);
    rt_tuple_t *t = rt_tuple_new(1);
    rt_tuple_init_item(t, 0, phpvm_cstr("UnitEnum"));
    RT_STORE(backed, iface_names, t);
    phpvm_class_declare(backed);
}

/*
** class_trait.c: traits, applied when a class is linked (phpvm_class_declare). Each used
** trait's methods are copied into the class as new functions scoped to it, so self::, static::,
** private access and static variables belong to the using class; `insteadof` excludes a trait's
** method, `as` adds an alias and/or changes a visibility; the class's own methods win over the
** traits', the traits' over inherited ones; an unresolved collision is PHP's fatal error.
** Properties, static properties and constants of the traits join the class's declarations.
*/
#include <string.h>
#include <strings.h>

#include "phpvm/interp.h"

static rt_tuple_t *rule(const phpvm_class_t *c, int64_t i)
{
    return (rt_tuple_t *)rt_ptr(rt_vec_get(c->trait_rules, i));
}

static bool names_trait(rt_value_t name, const phpvm_class_t *trait)
{
    return phpvm_is_str(name) && strcasecmp(phpvm_str(name)->data, trait->name->data) == 0;
}

static bool rule_matches(rt_tuple_t *r, const phpvm_class_t *trait, const phpvm_func_t *m)
{
    rt_value_t t = rt_tuple_get(r, PHPVM_TR_TRAIT);
    return (t == rt_none || names_trait(t, trait)) &&
           strcasecmp(phpvm_str(rt_tuple_get(r, PHPVM_TR_METHOD))->data, m->name->data) == 0;
}

/* Whether an `insteadof` rule excludes trait's method m. */
static bool excluded(const phpvm_class_t *c, const phpvm_class_t *trait, const phpvm_func_t *m)
{
    for (int64_t i = 0; i < rt_vec_len(c->trait_rules); i++) {
        rt_tuple_t *r = rule(c, i);
        if (rt_small_value(rt_tuple_get(r, PHPVM_TR_KIND)) != PHPVM_TR_INSTEADOF ||
            strcasecmp(phpvm_str(rt_tuple_get(r, PHPVM_TR_METHOD))->data, m->name->data) != 0)
            continue;
        rt_tuple_t *out = (rt_tuple_t *)rt_ptr(rt_tuple_get(r, PHPVM_TR_ARG));
        for (int64_t j = 0; j < rt_tuple_len(out); j++)
            if (names_trait(rt_tuple_get(out, j), trait))
                return true;
    }
    return false;
}

static rt_str_t *lower(rt_str_t *s)
{
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len);
    for (int64_t i = 0; i < s->len; i++)
        r->data[i] = (char)((s->data[i] >= 'A' && s->data[i] <= 'Z') ? s->data[i] + 32
                                                                      : s->data[i]);
    return r;
}

/* A copy of trait method m for class c, named `name`, with visibility `vis` (0: m's). */
static phpvm_func_t *method_copy(const phpvm_func_t *m, phpvm_class_t *c, rt_str_t *name,
                                 uint32_t vis)
{
    phpvm_func_t *f = rt_alloc(&phpvm_type_func, sizeof *f);
    memcpy((char *)f + sizeof(rt_obj_t), (const char *)m + sizeof(rt_obj_t),
           sizeof *f - sizeof(rt_obj_t));
    f->name = name;
    f->scope = c;
    f->statics = NULL;
    if (vis)
        f->flags = (f->flags & ~(uint32_t)(PHPVM_F_PUBLIC | PHPVM_F_PROTECTED | PHPVM_F_PRIVATE)) |
                   vis;
    gc_write_barrier(f);
    return f;
}

/* Adds a trait method under `name`; `from` records which trait each added name came from. */
static bool add_method(phpvm_class_t *c, phpvm_array_t *from, const phpvm_class_t *trait,
                       const phpvm_func_t *m, rt_str_t *name, uint32_t vis)
{
    rt_str_t *lc = lower(name);
    rt_value_t prev = rt_map_get_str(c->methods, lc);
    phpvm_func_t *inherited = prev == RT_NOVALUE && c->parent ? phpvm_class_method(c->parent, name)
                                                              : NULL;
    if ((m->flags & PHPVM_F_ABSTRACT) && inherited && !(inherited->flags & PHPVM_F_ABSTRACT) &&
        !(inherited->flags & PHPVM_F_PRIVATE)) /* an inherited method implements it */
        return phpvm_class_check_abstract_trait(inherited->scope, inherited, m);
    if (prev != RT_NOVALUE) {
        rt_value_t prev_trait = rt_map_get_str(from, lc);
        phpvm_func_t *pf = (phpvm_func_t *)rt_ptr(prev);
        /* an abstract method must be satisfied by the class's method or a trait's; messages
        ** name the trait a method comes from */
        phpvm_class_t *pt = prev_trait != RT_NOVALUE ? rt_ptr(prev_trait) : NULL;
        phpvm_func_t *orig = pt ? phpvm_class_method(pt, pf->name) : NULL;
        if (m->flags & PHPVM_F_ABSTRACT)
            return (pf->flags & PHPVM_F_ABSTRACT) ||
                   phpvm_class_check_abstract_trait(pt ? pt : c, orig ? orig : pf, m);
        if (!pt)
            return true; /* the class's own method */
        if ((pf->flags & PHPVM_F_ABSTRACT) &&
            !phpvm_class_check_abstract_trait(trait, m, orig ? orig : pf))
            return false;
        if (!(pf->flags & PHPVM_F_ABSTRACT)) {
            phpvm_fatal("Trait method %s::%s has not been applied as %s::%s, because of "
                        "collision with %s::%s",
                        trait->name->data, m->name->data, c->name->data, name->data,
                        pt->name->data, pf->name->data);
            return false;
        }
    }
    rt_map_set_str(c->methods, lc, rt_from_ptr(method_copy(m, c, name, vis)));
    rt_map_set_str(from, lc, rt_from_ptr(trait));
    return true;
}

static bool copy_methods(phpvm_class_t *c, phpvm_array_t *from, const phpvm_class_t *trait)
{
    phpvm_array_t *ms = trait->methods;
    for (int64_t p = phpvm_array_first(ms); p >= 0; p = phpvm_array_next(ms, p)) {
        phpvm_func_t *m = (phpvm_func_t *)rt_ptr(rt_map_value_at(ms, p));
        uint32_t vis = 0;
        for (int64_t i = 0; i < rt_vec_len(c->trait_rules); i++) {
            rt_tuple_t *r = rule(c, i);
            if (rt_small_value(rt_tuple_get(r, PHPVM_TR_KIND)) != PHPVM_TR_ALIAS ||
                !rule_matches(r, trait, m))
                continue;
            uint32_t rv = (uint32_t)rt_small_value(rt_tuple_get(r, PHPVM_TR_FLAGS)) & 7u;
            rt_value_t alias = rt_tuple_get(r, PHPVM_TR_ARG);
            if (alias == rt_none)
                vis = rv;
            else if (!add_method(c, from, trait, m, phpvm_str(alias), rv))
                return false;
        }
        if (!excluded(c, trait, m) && !add_method(c, from, trait, m, m->name, vis))
            return false;
    }
    return true;
}

/* Whether a property the class declares matches the trait's: same flags and type, and the same
** default when both are plain values (expressions are not compared). */
static bool prop_compatible(const phpvm_class_t *c, const phpvm_class_t *trait, rt_value_t name)
{
    rt_tuple_t *ci = (rt_tuple_t *)rt_ptr(phpvm_array_get(c->props, name));
    rt_tuple_t *ti = (rt_tuple_t *)rt_ptr(phpvm_array_get(trait->props, name));
    rt_value_t ct = rt_tuple_get(ci, PHPVM_PI_TYPE), tt = rt_tuple_get(ti, PHPVM_PI_TYPE);
    if (rt_tuple_get(ci, PHPVM_PI_FLAGS) != rt_tuple_get(ti, PHPVM_PI_FLAGS) ||
        (ct == rt_none) != (tt == rt_none) ||
        (ct != rt_none && phpvm_class_types_differ(rt_ptr(ct), rt_ptr(tt))))
        return false;
    rt_value_t cd = phpvm_array_get(c->defaults, name), td = phpvm_array_get(trait->defaults, name);
    bool cthunk = rt_is_ptr(cd) && rt_obj_type(rt_ptr(cd)) == &phpvm_type_func;
    bool tthunk = rt_is_ptr(td) && rt_obj_type(rt_ptr(td)) == &phpvm_type_func;
    if (cthunk || tthunk || cd == RT_NOVALUE || td == RT_NOVALUE)
        return cthunk == tthunk && (cd == RT_NOVALUE) == (td == RT_NOVALUE);
    return phpvm_strict_eq(cd, td);
}

/* PHPVM_F_* visibility and final of constant n of class k. */
static rt_value_t const_flags(const phpvm_class_t *k, rt_str_t *n)
{
    rt_value_t info = k->const_info ? rt_map_get_str(k->const_info, n) : RT_NOVALUE;
    return info == RT_NOVALUE ? rt_small(PHPVM_F_PUBLIC) : rt_tuple_get(rt_ptr(info), 0);
}

/* A constant the class (or a trait it used before) has and `trait` defines too must be the same
** (visibility, finality, value); PHP's fatal error otherwise, naming where the first came from. */
static bool const_compatible(const phpvm_class_t *c, const phpvm_class_t *trait, rt_str_t *n)
{
    rt_value_t cv = rt_map_get_str(c->consts, n), tv = rt_map_get_str(trait->consts, n);
    bool thunk = (rt_is_ptr(cv) && rt_obj_type(rt_ptr(cv)) == &phpvm_type_func) ||
                 (rt_is_ptr(tv) && rt_obj_type(rt_ptr(tv)) == &phpvm_type_func);
    if (const_flags(c, n) == const_flags(trait, n) &&
        (thunk ? cv == tv : phpvm_strict_eq(cv, tv)))
        return true;
    const phpvm_class_t *first = c;
    for (int64_t i = 0; i < rt_vec_len(c->traits); i++) {
        phpvm_class_t *t = phpvm_class_lookup(phpvm_str(rt_vec_get(c->traits, i)), false);
        if (t && t != trait && rt_map_get_str(t->consts, n) == cv) {
            first = t;
            break;
        }
    }
    phpvm_fatal("%s and %s define the same constant (%s) in the composition of %s. However, the "
                "definition differs and is considered incompatible. Class was composed",
                first->name->data, trait->name->data, n->data, c->name->data);
    return false;
}

/* Reflection's metadata of the trait's members (not of the trait itself) the class does not
** declare itself (run before the members are copied). */
static void copy_meta(phpvm_class_t *c, const phpvm_class_t *trait)
{
    phpvm_array_t *m = trait->meta;
    for (int64_t p = m ? phpvm_array_first(m) : -1; p >= 0; p = phpvm_array_next(m, p)) {
        rt_value_t key = phpvm_array_key_at(m, p);
        rt_str_t *k = phpvm_str(key);
        bool prop = k->len && k->data[0] == '$';
        rt_str_t *n = prop ? rt_str_new(k->data + 1, (size_t)k->len - 1) : k;
        bool declared = prop ? rt_map_get_str(c->props, n) != RT_NOVALUE ||
                                   rt_map_get_str(c->sdefaults, n) != RT_NOVALUE
                             : rt_map_get_str(c->consts, n) != RT_NOVALUE;
        if (!k->len || declared)
            continue;
        if (!c->meta)
            RT_STORE(c, meta, phpvm_array_new(0));
        phpvm_array_set(c->meta, key, rt_map_value_at(m, p));
    }
}

/* The name of what brought property `name` into c before trait `used[n]` is applied: an
** earlier trait of `used`, else c itself. */
static const char *prop_origin(const phpvm_class_t *c, rt_vec_t *used, int64_t n, rt_value_t name)
{
    for (int64_t i = 0; i < n; i++) {
        const phpvm_class_t *t = rt_ptr(rt_vec_get(used, i));
        if (phpvm_array_get(t->props, name) != RT_NOVALUE)
            return t->name->data;
    }
    return c->name->data;
}

/* PHP's fatal error for property `name` of trait `used[n]`, declared differently before. */
static bool prop_conflict(const phpvm_class_t *c, rt_vec_t *used, int64_t n, rt_value_t name)
{
    phpvm_fatal("%s and %s define the same property ($%s) in the composition of %s. However, "
                "the definition differs and is considered incompatible. Class was composed",
                prop_origin(c, used, n, name),
                ((const phpvm_class_t *)rt_ptr(rt_vec_get(used, n)))->name->data,
                phpvm_str(name)->data, c->name->data);
    return false;
}

/* The properties (instance and static) and constants of trait `used[n]` the class does not
** declare; a declared property must be compatible with the trait's (PHP's fatal error
** otherwise). */
static bool copy_members(phpvm_class_t *c, rt_vec_t *used, int64_t n)
{
    const phpvm_class_t *trait = rt_ptr(rt_vec_get(used, n));
    copy_meta(c, trait);
    phpvm_array_t *ps = trait->props;
    for (int64_t p = phpvm_array_first(ps); p >= 0; p = phpvm_array_next(ps, p)) {
        rt_value_t name = phpvm_array_key_at(ps, p);
        rt_tuple_t *ti = (rt_tuple_t *)rt_ptr(rt_map_value_at(ps, p));
        if ((c->flags & PHPVM_C_READONLY) &&
            !(rt_small_value(rt_tuple_get(ti, PHPVM_PI_FLAGS)) & PHPVM_PROP_READONLY)) {
            phpvm_fatal("Readonly class %s cannot use trait with a non-readonly property %s::$%s",
                        c->name->data, trait->name->data, phpvm_str(name)->data);
            return false;
        }
        if (phpvm_array_get(c->props, name) != RT_NOVALUE ||
            phpvm_array_get(c->sdefaults, name) != RT_NOVALUE) {
            if (phpvm_array_get(c->props, name) != RT_NOVALUE && prop_compatible(c, trait, name))
                continue;
            return prop_conflict(c, used, n, name);
        }
        rt_tuple_t *info = rt_tuple_new(PHPVM_PI_N);
        rt_tuple_init_item(info, PHPVM_PI_FLAGS, rt_tuple_get(ti, PHPVM_PI_FLAGS));
        rt_tuple_init_item(info, PHPVM_PI_CLASS, rt_from_ptr(c));
        rt_tuple_init_item(info, PHPVM_PI_SLOT, rt_small(0));
        rt_tuple_init_item(info, PHPVM_PI_TYPE, rt_tuple_get(ti, PHPVM_PI_TYPE));
        phpvm_array_set(c->props, name, rt_from_ptr(info));
        rt_value_t d = phpvm_array_get(trait->defaults, name);
        phpvm_array_set(c->defaults, name, d == RT_NOVALUE ? rt_none : d);
    }
    phpvm_array_t *ss = trait->sdefaults;
    for (int64_t p = phpvm_array_first(ss); p >= 0; p = phpvm_array_next(ss, p)) {
        rt_value_t name = phpvm_array_key_at(ss, p);
        if (phpvm_array_get(c->props, name) != RT_NOVALUE) /* an instance one: never the same */
            return prop_conflict(c, used, n, name);
        if (phpvm_array_get(c->sdefaults, name) != RT_NOVALUE)
            continue;
        phpvm_array_set(c->sdefaults, name, rt_map_value_at(ss, p));
        rt_value_t ti = phpvm_array_get(trait->sprop_info, name);
        if (ti != RT_NOVALUE) { /* private and protected ones belong to the using class */
            rt_tuple_t *info = rt_tuple_new(PHPVM_PI_N);
            for (int i = 0; i < PHPVM_PI_N; i++)
                rt_tuple_init_item(info, i, i == PHPVM_PI_CLASS
                                                ? rt_from_ptr(c)
                                                : rt_tuple_get((rt_tuple_t *)rt_ptr(ti), i));
            phpvm_array_set(c->sprop_info, name, rt_from_ptr(info));
        }
    }
    phpvm_array_t *ks = trait->consts;
    for (int64_t p = phpvm_array_first(ks); p >= 0; p = phpvm_array_next(ks, p)) {
        rt_value_t name = phpvm_array_key_at(ks, p);
        if (phpvm_array_get(c->consts, name) == RT_NOVALUE)
            phpvm_array_set(c->consts, name, rt_map_value_at(ks, p));
        else if (!const_compatible(c, trait, phpvm_str(name)))
            return false;
    }
    return true;
}

/* The used trait a rule names (by index in `used`), or -1 after PHP's fatal error. */
static int64_t rule_trait(const phpvm_class_t *c, rt_vec_t *used, rt_value_t name)
{
    phpvm_class_t *t = phpvm_class_lookup(phpvm_str(name), false);
    if (!t) {
        phpvm_fatal("Could not find trait %s", phpvm_str(name)->data);
        return -1;
    }
    if (!(t->flags & PHPVM_C_TRAIT)) {
        phpvm_fatal("Class %s is not a trait, Only traits may be used in 'as' and 'insteadof' "
                    "statements", t->name->data);
        return -1;
    }
    for (int64_t i = 0; i < rt_vec_len(used); i++)
        if (rt_ptr(rt_vec_get(used, i)) == t)
            return i;
    phpvm_fatal("Required Trait %s wasn't added to %s", t->name->data, c->name->data);
    return -1;
}

static bool has_method(const phpvm_class_t *t, rt_value_t name)
{
    return phpvm_class_method((phpvm_class_t *)t, phpvm_str(name)) != NULL;
}

/* Whether an `insteadof` rule before rule i (or rule i before its exclusion j) already
** excludes method m of trait t. */
static bool excluded_before(const phpvm_class_t *c, int64_t i, int64_t j, rt_value_t m,
                            const phpvm_class_t *t)
{
    for (int64_t q = 0; q <= i; q++) {
        rt_tuple_t *r = rule(c, q);
        if (rt_small_value(rt_tuple_get(r, PHPVM_TR_KIND)) != PHPVM_TR_INSTEADOF ||
            strcasecmp(phpvm_str(rt_tuple_get(r, PHPVM_TR_METHOD))->data, phpvm_str(m)->data))
            continue;
        rt_tuple_t *out = (rt_tuple_t *)rt_ptr(rt_tuple_get(r, PHPVM_TR_ARG));
        for (int64_t k = 0; k < (q == i ? j : rt_tuple_len(out)); k++)
            if (names_trait(rt_tuple_get(out, k), t))
                return true;
    }
    return false;
}

/* PHP's checks of `insteadof` rule i: known used traits, an existing method, each excluded
** trait once and not the chosen one. False after the fatal error. */
static bool check_precedence(const phpvm_class_t *c, rt_vec_t *used, int64_t i)
{
    rt_tuple_t *r = rule(c, i);
    rt_value_t m = rt_tuple_get(r, PHPVM_TR_METHOD);
    int64_t k = rule_trait(c, used, rt_tuple_get(r, PHPVM_TR_TRAIT));
    if (k < 0)
        return false;
    const phpvm_class_t *t = rt_ptr(rt_vec_get(used, k));
    if (!has_method(t, m)) {
        phpvm_fatal("A precedence rule was defined for %s::%s but this method does not exist",
                    t->name->data, phpvm_str(m)->data);
        return false;
    }
    rt_tuple_t *out = (rt_tuple_t *)rt_ptr(rt_tuple_get(r, PHPVM_TR_ARG));
    for (int64_t j = 0; j < rt_tuple_len(out); j++) {
        int64_t x = rule_trait(c, used, rt_tuple_get(out, j));
        if (x < 0)
            return false;
        const phpvm_class_t *xt = rt_ptr(rt_vec_get(used, x));
        if (excluded_before(c, i, j, m, xt)) {
            phpvm_fatal("Failed to evaluate a trait precedence (%s). Method of trait %s was "
                        "defined to be excluded multiple times", phpvm_str(m)->data,
                        xt->name->data);
            return false;
        }
        if (x == k) {
            phpvm_fatal("Inconsistent insteadof definition. The method %s is to be used from %s, "
                        "but %s is also on the exclude list", phpvm_str(m)->data, t->name->data,
                        t->name->data);
            return false;
        }
    }
    return true;
}

/* PHP's checks of `as` rules: the method exists in the trait named, or in exactly one used
** trait. False after the fatal error. */
static bool check_alias(const phpvm_class_t *c, rt_vec_t *used, rt_tuple_t *r)
{
    rt_value_t m = rt_tuple_get(r, PHPVM_TR_METHOD), alias = rt_tuple_get(r, PHPVM_TR_ARG);
    const char *mn = phpvm_str(m)->data;
    if (rt_tuple_get(r, PHPVM_TR_TRAIT) != rt_none) {
        int64_t k = rule_trait(c, used, rt_tuple_get(r, PHPVM_TR_TRAIT));
        if (k < 0)
            return false;
        const phpvm_class_t *t = rt_ptr(rt_vec_get(used, k));
        if (has_method(t, m))
            return true;
        phpvm_fatal("An alias was defined for %s::%s but this method does not exist",
                    t->name->data, mn);
        return false;
    }
    const phpvm_class_t *found = NULL;
    for (int64_t i = 0; i < rt_vec_len(used); i++) {
        const phpvm_class_t *t = rt_ptr(rt_vec_get(used, i));
        if (!has_method(t, m))
            continue;
        if (found) {
            phpvm_fatal("An alias was defined for method %s(), which exists in both %s and %s. "
                        "Use %s::%s or %s::%s to resolve the ambiguity", mn, found->name->data,
                        t->name->data, found->name->data, mn, t->name->data, mn);
            return false;
        }
        found = t;
    }
    if (found)
        return true;
    if (alias != rt_none)
        phpvm_fatal("An alias (%s) was defined for method %s(), but this method does not exist",
                    phpvm_str(alias)->data, mn);
    else
        phpvm_fatal("The modifiers of the trait method %s() are changed, but this method does "
                    "not exist. Error", mn);
    return false;
}

bool phpvm_class_use_traits(phpvm_class_t *c)
{
    if (!c->traits)
        return true;
    rt_vec_t *used = rt_vec_new(rt_vec_len(c->traits));
    for (int64_t i = 0; i < rt_vec_len(c->traits); i++) {
        rt_str_t *n = phpvm_str(rt_vec_get(c->traits, i));
        phpvm_class_t *t = phpvm_class_load(n);
        if (!t && rt_exc_pending())
            return false;
        if (!t) {
            phpvm_fatal("Trait \"%s\" not found", n->data);
            return false;
        }
        if (!(t->flags & PHPVM_C_TRAIT)) {
            phpvm_fatal("%s cannot use %s - it is not a trait", c->name->data, t->name->data);
            return false;
        }
        rt_vec_append(used, rt_from_ptr(t));
    }
    for (int pass = 0; pass < 2; pass++) /* PHP checks every insteadof before the aliases */
        for (int64_t i = 0; i < rt_vec_len(c->trait_rules); i++) {
            rt_tuple_t *r = rule(c, i);
            int64_t kind = rt_small_value(rt_tuple_get(r, PHPVM_TR_KIND));
            if (pass == 0 && kind == PHPVM_TR_INSTEADOF && !check_precedence(c, used, i))
                return false;
            if (pass == 1 && kind == PHPVM_TR_ALIAS && !check_alias(c, used, r))
                return false;
        }
    phpvm_array_t *from = phpvm_array_new(0);
    for (int64_t i = 0; i < rt_vec_len(used); i++) {
        phpvm_class_t *t = rt_ptr(rt_vec_get(used, i));
        if (!copy_methods(c, from, t) || !copy_members(c, used, i))
            return false;
    }
    return true;
}

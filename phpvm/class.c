/*
** class.c: PHP classes and objects. A class is linked at declaration (parent, interfaces,
** inherited methods, constants and properties); declared properties get fixed slots of a shape
** built once per class, so an instance starts at that shape with its defaults and dynamic
** properties extend it through the runtime's shape transitions. Property access checks
** visibility against the running class and falls back to __get/__set.
*/
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/interp.h"

static rt_str_t *lower(rt_str_t *s)
{
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len);
    for (int64_t i = 0; i < s->len; i++)
        r->data[i] = (char)tolower((unsigned char)s->data[i]);
    return r;
}

phpvm_class_t *phpvm_class_new_decl(rt_str_t *name, uint32_t flags)
{
    phpvm_class_t *c = rt_alloc(&phpvm_type_class, sizeof *c);
    RT_STORE(c, name, name);
    RT_STORE(c, lcname, lower(name));
    c->flags = flags;
    RT_STORE(c, ifaces, phpvm_array_new(0));
    RT_STORE(c, methods, phpvm_array_new(0));
    RT_STORE(c, props, phpvm_array_new(0));
    RT_STORE(c, defaults, phpvm_array_new(0));
    RT_STORE(c, consts, phpvm_array_new(0));
    RT_STORE(c, const_info, phpvm_array_new(0));
    RT_STORE(c, sprops, phpvm_array_new(0));
    RT_STORE(c, sdefaults, phpvm_array_new(0));
    RT_STORE(c, sprop_info, phpvm_array_new(0));
    gc_write_barrier(c);
    return c;
}

static phpvm_class_t *find_class(rt_str_t *name)
{
    rt_value_t c = rt_map_get_str(phpvm_vm->classes, name);
    if (c == RT_NOVALUE) {
        size_t skip = name->data[0] == '\\'; /* (anonymous class names hold a NUL) */
        c = rt_map_get_str(phpvm_vm->classes,
                           lower(rt_str_new(name->data + skip, (size_t)name->len - skip)));
    }
    return c == RT_NOVALUE ? NULL : (phpvm_class_t *)rt_ptr(c);
}

/* Whether name may name a class (PHP's test before autoloading): letters, digits, _, bytes
** from 0x80 and namespace separators. */
static bool valid_class_name(const rt_str_t *name)
{
    for (int64_t i = 0; i < name->len; i++) {
        unsigned char ch = (unsigned char)name->data[i];
        if (!isalnum(ch) && ch != '_' && ch != '\\' && ch < 0x80)
            return false;
    }
    return true;
}

phpvm_class_t *phpvm_class_load(rt_str_t *name)
{
    phpvm_class_t *k = find_class(name);
    phpvm_array_t *al = phpvm_vm->autoloaders;
    if (k || !al || !valid_class_name(name))
        return k;
    rt_value_t arg = rt_from_ptr(name->data[0] == '\\' ? rt_str_from_cstr(name->data + 1) : name);
    rt_str_t *lc = lower(phpvm_str(arg));
    if (!phpvm_vm->autoloading)
        phpvm_vm->autoloading = phpvm_array_new(0);
    if (!rt_map_set_str(phpvm_vm->autoloading, lc, rt_true))
        return NULL; /* (already being autoloaded) */
    for (int64_t p = phpvm_array_first(al); p >= 0 && !k; p = phpvm_array_next(al, p)) {
        if (phpvm_call_value(phpvm_array_val_at(al, p), &arg, 1) == RT_NOVALUE)
            break;
        k = find_class(name);
    }
    rt_map_del_str(phpvm_vm->autoloading, lc);
    phpvm_exit_mark(); /* (class_exists and the like answer, but must not go on) */
    return k;
}

phpvm_class_t *phpvm_class_lookup(rt_str_t *name, bool error)
{
    phpvm_class_t *k = error ? phpvm_class_load(name) : find_class(name);
    if (!k && error && !rt_exc_pending())
        phpvm_throw("Error", "Class \"%s\" not found", name->data);
    return k;
}

static const char *prop_denied(rt_tuple_t *info, phpvm_class_t *scope);
static bool is_readonly(const rt_tuple_t *info);

phpvm_class_t *phpvm_class_at(phpvm_code_t *code, uint32_t index, bool raise)
{
    rt_tuple_t *cache = phpvm_name_cache(code, &code->kcache, &code->kcache_version,
                                         &phpvm_vm->classes_version);
    rt_value_t hit = rt_tuple_get(cache, index);
    if (hit != RT_NOVALUE)
        return (phpvm_class_t *)rt_ptr(hit);
    phpvm_class_t *k =
        phpvm_class_lookup((rt_str_t *)rt_ptr(rt_tuple_get(code->base.names, index)), raise);
    if (k)
        RT_STORE(cache, items[index], rt_from_ptr(k));
    return k;
}

bool phpvm_class_alias(phpvm_class_t *k, rt_str_t *alias)
{
    rt_str_t *lc = lower(alias->data[0] == '\\' ? rt_str_from_cstr(alias->data + 1) : alias);
    if (rt_map_get_str(phpvm_vm->classes, lc) != RT_NOVALUE)
        return false;
    rt_map_set_str(phpvm_vm->classes, lc, rt_from_ptr(k));
    rt_version_bump(&phpvm_vm->classes_version);
    return true;
}

bool phpvm_prop_visible(rt_tuple_t *info, phpvm_class_t *scope)
{
    return prop_denied(info, scope) == NULL;
}

phpvm_class_t *phpvm_class_find_c(const char *name)
{
    return phpvm_class_lookup(rt_str_from_cstr(name), false);
}

bool phpvm_instanceof(const phpvm_class_t *c, const phpvm_class_t *of)
{
    if (of->flags & PHPVM_C_INTERFACE)
        return c == of || rt_map_get_str(c->ifaces, of->lcname) != RT_NOVALUE;
    for (; c; c = c->parent)
        if (c == of)
            return true;
    return false;
}

phpvm_class_t *phpvm_class_of(rt_value_t v)
{
    if (phpvm_is_object(v))
        return phpvm_obj(v)->cls;
    /* the built-in classes never change: looked up once (a lookup hashes the name) */
    if (phpvm_is_closure(v))
        return phpvm_vm->closure_class ? phpvm_vm->closure_class
                                       : (phpvm_vm->closure_class = phpvm_class_find_c("Closure"));
    if (phpvm_is_gen(v))
        return phpvm_vm->gen_class ? phpvm_vm->gen_class
                                   : (phpvm_vm->gen_class = phpvm_class_find_c("Generator"));
    if (phpvm_is_foreign(v))
        return *phpvm_foreign_slots(v)->cls;
    return NULL;
}

phpvm_func_t *phpvm_class_method(const phpvm_class_t *c, rt_str_t *name)
{
    rt_value_t f = rt_map_get_str(c->methods, name);
    if (f == RT_NOVALUE)
        f = rt_map_get_str(c->methods, lower(name));
    return f == RT_NOVALUE ? NULL : (phpvm_func_t *)rt_ptr(f);
}

/* ---- Linking ---- */

static void copy_missing(phpvm_array_t *dst, phpvm_array_t *src)
{
    for (int64_t p = phpvm_array_first(src); p >= 0; p = phpvm_array_next(src, p)) {
        rt_value_t k = phpvm_array_key_at(src, p);
        if (phpvm_array_get(dst, k) == RT_NOVALUE)
            phpvm_array_set(dst, k, rt_map_value_at(src, p));
    }
}

static bool link_interfaces(phpvm_class_t *c)
{
    if (c->parent)
        copy_missing(c->ifaces, c->parent->ifaces);
    for (int64_t i = 0; c->iface_names && i < rt_tuple_len(c->iface_names); i++) {
        rt_str_t *n = (rt_str_t *)rt_ptr(rt_tuple_get(c->iface_names, i));
        phpvm_class_t *k = phpvm_class_load(n);
        if (!k) {
            if (!rt_exc_pending())
                phpvm_throw("Error", "Interface \"%s\" not found", n->data);
            return false;
        }
        if (!(k->flags & PHPVM_C_INTERFACE)) {
            phpvm_fatal("%s cannot implement %s - it is not an interface", c->name->data,
                        k->name->data);
            return false;
        }
        for (int64_t j = 0; j < i; j++) { /* the class's own list names it twice */
            if (phpvm_class_lookup(phpvm_str(rt_tuple_get(c->iface_names, j)), false) == k) {
                phpvm_fatal("%s %s cannot implement previously implemented interface %s",
                            (c->flags & PHPVM_C_INTERFACE) ? "Interface"
                            : (c->flags & PHPVM_C_ENUM)    ? "Enum"
                                                           : "Class",
                            c->name->data, k->name->data);
                return false;
            }
        }
        rt_map_set_str(c->ifaces, k->lcname, rt_from_ptr(k));
        copy_missing(c->ifaces, k->ifaces);
        copy_missing(c->consts, k->consts);
        copy_missing(c->methods, k->methods);
        if (k->flags & PHPVM_C_THROWABLE)
            c->flags |= PHPVM_C_THROWABLE;
    }
    if (!(c->flags & PHPVM_C_INTERFACE) &&
        rt_map_get_str(c->ifaces, rt_str_intern_cstr("iterator")) != RT_NOVALUE &&
        rt_map_get_str(c->ifaces, rt_str_intern_cstr("iteratoraggregate")) != RT_NOVALUE) {
        phpvm_fatal("Class %s cannot implement both Iterator and IteratorAggregate at the same "
                    "time", c->name->data);
        return false;
    }
    return true;
}

/* The key under which a class keeps an ancestor's private property `name` that it (or a class
** between) redeclares: "\0Decl\0name", as PHP mangles private names; names starting with a NUL
** byte are never listed. May allocate. */
static rt_str_t *private_key(const phpvm_class_t *decl, const rt_str_t *name)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)(decl->name->len + name->len + 2));
    rt_strbuf_append(&b, "", 1);
    rt_strbuf_append(&b, decl->name->data, (size_t)decl->name->len);
    rt_strbuf_append(&b, "", 1);
    rt_strbuf_append(&b, name->data, (size_t)name->len);
    return rt_str_intern(rt_strbuf_finish(&b, &rt_type_str));
}

static phpvm_class_t *prop_decl(rt_value_t info)
{
    return (phpvm_class_t *)rt_ptr(rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_CLASS));
}

/*
** Inline slots of an instance with n declared properties: n rounded up to even, at least two.
** The object's fixed part is a whole number of granules, so an even count leaves no padding; the
** spare slot of an odd n and the two of a class without declared properties (stdClass) hold
** dynamic properties, later ones go to the overflow (deprecated in PHP 8.2 for declared classes).
** Two spare slots for every class made float.php's Point 96 bytes instead of 80.
*/
static uint32_t inline_slots(uint32_t n)
{
    _Static_assert(offsetof(phpvm_object_t, slots.inl) % (2 * sizeof(rt_value_t)) == 0,
                   "an even number of slots fills whole granules");
    return n < 2 ? 2 : (n + 1) & ~1u;
}

/* Props: the parent's slots first, then own new ones; redeclared ones keep the parent's slot,
** except a parent's private one: that keeps its own slot under its mangled name (private_key),
** and the redeclaration gets a new slot. */
static void link_props(phpvm_class_t *c)
{
    phpvm_array_t *own = c->props;
    phpvm_array_t *all = phpvm_array_new(0);
    uint32_t n = 0;
    if (c->parent) {
        phpvm_array_t *pp = c->parent->props;
        for (int64_t p = phpvm_array_first(pp); p >= 0; p = phpvm_array_next(pp, p)) {
            rt_value_t k = phpvm_array_key_at(pp, p);
            rt_value_t mine = phpvm_array_get(own, k);
            rt_value_t info = rt_map_value_at(pp, p);
            uint32_t pflags = (uint32_t)rt_small_value(
                rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_FLAGS));
            if (mine != RT_NOVALUE && (pflags & PHPVM_F_PRIVATE) && phpvm_is_str(k) &&
                prop_decl(info) != c) {
                phpvm_array_set(all, rt_from_ptr(private_key(prop_decl(info), phpvm_str(k))),
                                info);
                c->flags |= PHPVM_C_SHADOWS;
                n++;
                continue;
            }
            if (mine != RT_NOVALUE) {
                rt_tuple_t *t = (rt_tuple_t *)rt_ptr(mine);
                rt_tuple_init_item(t, PHPVM_PI_SLOT,
                                   rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_SLOT));
                info = mine;
            }
            phpvm_array_set(all, k, info);
            n++;
        }
    }
    for (int64_t p = phpvm_array_first(own); p >= 0; p = phpvm_array_next(own, p)) {
        rt_value_t k = phpvm_array_key_at(own, p);
        if (phpvm_array_get(all, k) != RT_NOVALUE)
            continue;
        rt_tuple_t *t = (rt_tuple_t *)rt_ptr(rt_map_value_at(own, p));
        rt_tuple_init_item(t, PHPVM_PI_SLOT, rt_small(n++));
        phpvm_array_set(all, k, rt_from_ptr(t));
    }
    if (c->parent && (c->parent->flags & PHPVM_C_SHADOWS))
        c->flags |= PHPVM_C_SHADOWS;
    RT_STORE(c, props, all);
    c->nprops = n;
    rt_tuple_t *defs = rt_tuple_new(n);
    if (c->parent)
        for (uint32_t i = 0; i < c->parent->nprops; i++)
            rt_tuple_init_item(defs, i, rt_tuple_get(c->parent->slotdefaults, i));
    for (int64_t p = phpvm_array_first(c->defaults); p >= 0; p = phpvm_array_next(c->defaults, p)) {
        rt_value_t key = phpvm_array_key_at(c->defaults, p);
        rt_tuple_t *info = (rt_tuple_t *)rt_ptr(phpvm_array_get(all, key));
        bool none = rt_small_value(rt_tuple_get(info, PHPVM_PI_FLAGS)) & PHPVM_PROP_NODEFAULT;
        rt_tuple_init_item(defs, rt_small_value(rt_tuple_get(info, PHPVM_PI_SLOT)),
                           none ? 0 : rt_map_value_at(c->defaults, p));
    }
    RT_STORE(c, slotdefaults, defs);
    for (int64_t p = phpvm_array_first(all); p >= 0; p = phpvm_array_next(all, p)) {
        rt_tuple_t *info = (rt_tuple_t *)rt_ptr(rt_map_value_at(all, p));
        rt_value_t type = rt_tuple_get(info, PHPVM_PI_TYPE);
        if (type == rt_none)
            continue;
        if (!c->slottypes)
            RT_STORE(c, slottypes, rt_tuple_new(n));
        rt_tuple_init_item(c->slottypes, rt_small_value(rt_tuple_get(info, PHPVM_PI_SLOT)), type);
    }
    rt_shape_t *s = rt_shape_root(rt_from_ptr(c), inline_slots(n), 0);
    rt_tuple_t *names = rt_tuple_new(n);
    for (int64_t p = phpvm_array_first(all); p >= 0; p = phpvm_array_next(all, p)) {
        int64_t slot = rt_small_value(rt_tuple_get((rt_tuple_t *)rt_ptr(rt_map_value_at(all, p)),
                                                   PHPVM_PI_SLOT));
        rt_tuple_init_item(names, slot, phpvm_array_key_at(all, p));
    }
    for (uint32_t i = 0; i < n; i++)
        s = rt_shape_add(s, rt_str_intern(phpvm_str(rt_tuple_get(names, i))), 0);
    RT_STORE(c, shape, s);
    gc_write_barrier(c);
}

static int64_t const_flags(const phpvm_class_t *c, rt_str_t *name, phpvm_class_t **decl)
{
    rt_value_t info = rt_map_get_str(c->const_info, name);
    if (info == RT_NOVALUE)
        return PHPVM_F_PUBLIC;
    if (decl)
        *decl = (phpvm_class_t *)rt_ptr(rt_tuple_get((rt_tuple_t *)rt_ptr(info), 1));
    return rt_small_value(rt_tuple_get((rt_tuple_t *)rt_ptr(info), 0));
}

/* Constants from the parent: a redeclaration may not override a final one nor narrow its
** visibility (fatal errors); private ones are not inherited. */
static bool inherit_consts(phpvm_class_t *c, const phpvm_class_t *p)
{
    static const int64_t vis = PHPVM_F_PUBLIC | PHPVM_F_PROTECTED | PHPVM_F_PRIVATE;
    phpvm_array_t *pc = p->consts;
    for (int64_t i = phpvm_array_first(pc); i >= 0; i = phpvm_array_next(pc, i)) {
        rt_str_t *name = phpvm_str(phpvm_array_key_at(pc, i));
        phpvm_class_t *pdecl = (phpvm_class_t *)p;
        int64_t pf = const_flags(p, name, &pdecl);
        if (pf & PHPVM_F_PRIVATE)
            continue;
        if (rt_map_find_str(c->consts, name) < 0) {
            rt_map_set_str(c->consts, name, rt_map_value_at(pc, i));
            if (pf != PHPVM_F_PUBLIC)
                rt_map_set_str(c->const_info, name, rt_map_get_str(p->const_info, name));
            continue;
        }
        if (pf & PHPVM_F_FINAL) {
            phpvm_fatal("%s::%s cannot override final constant %s::%s", c->name->data,
                        name->data, pdecl->name->data, name->data);
            return false;
        }
        if ((const_flags(c, name, NULL) & vis) > (pf & vis)) {
            phpvm_fatal("Access level to %s::%s must be %s (as in class %s)%s", c->name->data,
                        name->data, (pf & PHPVM_F_PUBLIC) ? "public" : "protected",
                        p->name->data, (pf & PHPVM_F_PUBLIC) ? "" : " or weaker");
            return false;
        }
    }
    return true;
}

static int64_t info_flags(rt_value_t info)
{
    return rt_small_value(rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_FLAGS));
}

/* A static property's flags (public when it has no info), or -1 if p has no such static. */
static int64_t static_flags(const phpvm_class_t *p, rt_value_t name)
{
    if (phpvm_array_get(p->sprops, name) == RT_NOVALUE)
        return -1;
    rt_value_t info = phpvm_array_get(p->sprop_info, name);
    return info == RT_NOVALUE ? PHPVM_F_PUBLIC : info_flags(info);
}

static void sprop_typed(phpvm_ref_t *r, rt_tuple_t *info, rt_str_t *name);
static int type_verdict(const rt_tuple_t *info, rt_value_t v, bool strict, rt_value_t *out);
static const char *type_text(const phpvm_typedecl_t *t);
static phpvm_typedecl_t *ptype(const rt_tuple_t *info);
static const char *decl_name(const rt_tuple_t *info);
static bool bind_typed(rt_tuple_t *info, rt_str_t *name, rt_value_t *slot, phpvm_ref_t *r);

/* A property's declared type from its info, 0 for none (or no info). */
static rt_value_t info_type(rt_value_t info)
{
    rt_value_t t = info == RT_NOVALUE ? rt_none
                                      : rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_TYPE);
    return t == rt_none ? 0 : t;
}

static int cmp_member(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Text s split at `sep` (parentheses dropped), lower-cased, its parts sorted, into buf. */
static void sorted_parts(const char *s, char sep, char *buf, size_t cap)
{
    enum { MAX_PARTS = 64 };
    char copy[512], *parts[MAX_PARTS], seps[2] = {sep, 0};
    size_t n = 0, used = 0, len = 0;
    for (; *s && len + 1 < sizeof copy; s++)
        if (*s != '(' && *s != ')')
            copy[len++] = (char)tolower((unsigned char)*s);
    copy[len] = 0;
    for (char *save = NULL, *tok = strtok_r(copy, seps, &save); tok;
         tok = strtok_r(NULL, seps, &save))
        if (n < MAX_PARTS)
            parts[n++] = tok;
    qsort(parts, n, sizeof parts[0], cmp_member);
    buf[0] = 0;
    for (size_t i = 0; i < n && used < cap; i++)
        used += (size_t)snprintf(buf + used, cap - used, "%s%s", i ? seps : "", parts[i]);
}

/* Type text t in a canonical form: union members and the classes of each intersection sorted. */
static void canonical(rt_value_t t, char *buf, size_t cap)
{
    char members[512], *save = NULL;
    size_t used = 0;
    sorted_parts(phpvm_str(rt_tuple_get((rt_tuple_t *)rt_ptr(t), 1))->data, '|', members,
                 sizeof members);
    buf[0] = 0;
    for (char *tok = strtok_r(members, "|", &save); tok && used < cap;
         tok = strtok_r(NULL, "|", &save)) {
        char inter[512];
        sorted_parts(tok, '&', inter, sizeof inter);
        used += (size_t)snprintf(buf + used, cap - used, "%s|", inter);
    }
}

/* Whether two declared property types are the same (PHP's invariance): the same members in any
** order, or types that admit the same values (aliases, X|Y where Y extends X). A class not loaded
** yet (an alias made later, a class declared later) leaves plain class types compatible, while
** an intersection must be judged the same for sure, as PHP's delayed check would find. */
static bool same_type(rt_value_t a, rt_value_t b)
{
    if (!a || !b)
        return a == b;
    char sa[512], sb[512];
    canonical(a, sa, sizeof sa);
    canonical(b, sb, sizeof sb);
    if (strcmp(sa, sb) == 0)
        return true;
    if (strchr(sa, '&') || strchr(sb, '&'))
        return phpvm_class_types_equal(rt_ptr(a), rt_ptr(b));
    return !phpvm_class_types_differ(rt_ptr(a), rt_ptr(b));
}

/* A property redeclared in a subclass must stay as visible, keep being static or not and keep
** its type (PHP's fatal errors); the parent's private ones do not count. `own` is its info. */
static bool check_redeclared(const phpvm_class_t *c, const phpvm_class_t *p, rt_value_t name,
                             rt_value_t own, bool own_static)
{
    static const int64_t vis = PHPVM_F_PUBLIC | PHPVM_F_PROTECTED | PHPVM_F_PRIVATE;
    rt_value_t pinfo = phpvm_array_get(p->props, name);
    int64_t pf = pinfo != RT_NOVALUE ? info_flags(pinfo) : static_flags(p, name);
    int64_t of = own == RT_NOVALUE ? PHPVM_F_PUBLIC : info_flags(own);
    bool p_static = pinfo == RT_NOVALUE;
    if (pf < 0 || (pf & PHPVM_F_PRIVATE))
        return true;
    if (p_static)
        pinfo = phpvm_array_get(p->sprop_info, name);
    rt_value_t pt = info_type(pinfo);
    const char *n = phpvm_str(name)->data;
    if (p_static != own_static)
        phpvm_fatal("Cannot redeclare %sstatic %s::$%s as %sstatic %s::$%s", p_static ? "" : "non ",
                    p->name->data, n, own_static ? "" : "non ", c->name->data, n);
    else if ((pf ^ of) & PHPVM_PROP_READONLY)
        phpvm_fatal("Cannot redeclare %sreadonly property %s::$%s as %sreadonly %s::$%s",
                    (pf & PHPVM_PROP_READONLY) ? "" : "non-", p->name->data, n,
                    (of & PHPVM_PROP_READONLY) ? "" : "non-", c->name->data, n);
    else if ((of & vis) > (pf & vis))
        phpvm_fatal("Access level to %s::$%s must be %s (as in class %s)%s", c->name->data, n,
                    (pf & PHPVM_F_PUBLIC) ? "public" : "protected", p->name->data,
                    (pf & PHPVM_F_PUBLIC) ? "" : " or weaker");
    else if (!same_type(pt, info_type(own)))
        phpvm_fatal("Type of %s::$%s must %s%s (as in class %s)", c->name->data, n,
                    pt ? "be " : "not be defined",
                    pt ? phpvm_str(rt_tuple_get((rt_tuple_t *)rt_ptr(pt), 1))->data : "",
                    p->name->data);
    else
        return true;
    return false;
}

static bool check_props(const phpvm_class_t *c, const phpvm_class_t *p)
{
    phpvm_array_t *own = c->props;
    for (int64_t i = phpvm_array_first(own); i >= 0; i = phpvm_array_next(own, i))
        if (!check_redeclared(c, p, phpvm_array_key_at(own, i), rt_map_value_at(own, i), false))
            return false;
    phpvm_array_t *sd = c->sdefaults; /* own statics: not linked yet */
    for (int64_t i = phpvm_array_first(sd); i >= 0; i = phpvm_array_next(sd, i)) {
        rt_value_t name = phpvm_array_key_at(sd, i);
        if (!check_redeclared(c, p, name, phpvm_array_get(c->sprop_info, name), true))
            return false;
    }
    return true;
}

/* A class that is not abstract may not keep abstract methods (its own, inherited or its
** interfaces'): PHP's fatal error names up to three. */
static bool check_abstract(const phpvm_class_t *c)
{
    if (c->flags & (PHPVM_C_ABSTRACT | PHPVM_C_INTERFACE | PHPVM_C_TRAIT))
        return true;
    const phpvm_func_t *found[3] = {NULL, NULL, NULL};
    int n = 0;
    phpvm_array_t *ms = c->methods;
    for (int64_t p = phpvm_array_first(ms); p >= 0; p = phpvm_array_next(ms, p)) {
        const phpvm_func_t *m = (const phpvm_func_t *)rt_ptr(rt_map_value_at(ms, p));
        if (!(m->flags & PHPVM_F_ABSTRACT))
            continue;
        if (n < 3)
            found[n] = m;
        n++;
    }
    if (!n)
        return true;
    char list[768] = "";
    for (int i = 0; i < n && i < 3; i++) {
        size_t len = strlen(list);
        snprintf(list + len, sizeof list - len, "%s%s::%s", i ? ", " : "",
                 found[i]->scope ? found[i]->scope->name->data : "", found[i]->name->data);
    }
    phpvm_fatal("%s %s contains %d abstract method%s and must therefore be declared abstract or "
                "implement the remaining methods (%s%s)",
                (c->flags & PHPVM_C_ENUM) ? "Enum" : "Class", c->name->data, n, n > 1 ? "s" : "",
                list, n > 3 ? ", ..." : "");
    return false;
}

static phpvm_func_t *magic(phpvm_class_t *c, const char *name)
{
    return phpvm_class_method(c, rt_str_from_cstr(name));
}

bool phpvm_class_declare_early(phpvm_class_t *c)
{
    if (c->parent_name) {
        phpvm_class_t *p = find_class(c->parent_name);
        if (!p || !phpvm_class_early_bindable(c, p))
            return true;
    }
    return phpvm_class_declare(c);
}

static bool link_class(phpvm_class_t *c);

bool phpvm_class_declare(phpvm_class_t *c)
{
    phpvm_array_t *pending = phpvm_array_new(0);
    phpvm_array_t *outer = phpvm_class_checks_defer(pending);
    bool ok = link_class(c);
    phpvm_class_checks_defer(outer);
    return ok && (!rt_map_count(pending) || phpvm_class_checks_finish(c, pending));
}

/* phpvm_class_declare's work, with the signature comparisons that need classes not declared
** yet left pending. */
static bool link_class(phpvm_class_t *c)
{
    if (rt_map_get_str(phpvm_vm->classes, c->lcname) != RT_NOVALUE) {
        phpvm_fatal("Cannot declare %s %s, because the name is already in use",
                    (c->flags & PHPVM_C_ENUM)        ? "enum"
                    : (c->flags & PHPVM_C_TRAIT)     ? "trait"
                    : (c->flags & PHPVM_C_INTERFACE) ? "interface"
                                                     : "class",
                    c->name->data);
        return false;
    }
    if (c->parent_name) {
        phpvm_class_t *p = phpvm_class_load(c->parent_name);
        if (!p) {
            if (!rt_exc_pending())
                phpvm_throw("Error", "Class \"%s\" not found", c->parent_name->data);
            return false;
        }
        if (p->flags & PHPVM_C_FINAL) {
            phpvm_fatal("Class %s cannot extend final class %s", c->name->data, p->name->data);
            return false;
        }
        if (p->flags & (PHPVM_C_INTERFACE | PHPVM_C_TRAIT)) {
            phpvm_fatal("Class %s cannot extend %s %s", c->name->data,
                        (p->flags & PHPVM_C_INTERFACE) ? "interface" : "trait", p->name->data);
            return false;
        }
        if ((c->flags ^ p->flags) & PHPVM_C_READONLY) {
            phpvm_fatal("%s class %s cannot extend %s class %s",
                        (c->flags & PHPVM_C_READONLY) ? "Readonly" : "Non-readonly", c->name->data,
                        (p->flags & PHPVM_C_READONLY) ? "readonly" : "non-readonly",
                        p->name->data);
            return false;
        }
        RT_STORE(c, parent, p);
    }
    if (!phpvm_class_check_magic(c) || !phpvm_class_use_traits(c) || !phpvm_enum_check(c))
        return false;
    if (c->cases)
        phpvm_enum_prepare(c);
    if (c->parent) {
        phpvm_class_t *p = c->parent;
        c->flags |= p->flags & (PHPVM_C_THROWABLE | PHPVM_C_DYNAMIC);
        if (!phpvm_class_check_overrides(c, p) || !check_props(c, p))
            return false;
        copy_missing(c->methods, p->methods);
        if (!inherit_consts(c, p))
            return false;
        copy_missing(c->sprops, p->sprops);
        phpvm_array_t *pi = p->sprop_info; /* the visibility of statics c does not redeclare */
        for (int64_t i = phpvm_array_first(pi); i >= 0; i = phpvm_array_next(pi, i)) {
            rt_value_t k = phpvm_array_key_at(pi, i);
            if (phpvm_array_get(c->sdefaults, k) == RT_NOVALUE &&
                phpvm_array_get(c->sprop_info, k) == RT_NOVALUE)
                phpvm_array_set(c->sprop_info, k, rt_map_value_at(pi, i));
        }
    }
    uint32_t throwable = c->flags & PHPVM_C_THROWABLE; /* inherited, or a builtin base */
    if (!link_interfaces(c) || !phpvm_class_check_interfaces(c))
        return false;
    if (!throwable && (c->flags & PHPVM_C_THROWABLE) && !(c->flags & PHPVM_C_INTERFACE)) {
        phpvm_fatal("Class %s cannot implement interface Throwable, extend Exception or Error "
                    "instead", c->name->data);
        return false;
    }
    link_props(c);
    for (int64_t p = phpvm_array_first(c->methods); p >= 0; p = phpvm_array_next(c->methods, p)) {
        phpvm_func_t *m = (phpvm_func_t *)rt_ptr(rt_map_value_at(c->methods, p));
        if (!m->scope)
            RT_STORE(m, scope, c);
    }
    RT_STORE(c, ctor, magic(c, "__construct"));
    RT_STORE(c, tostring, magic(c, "__tostring"));
    RT_STORE(c, magic_get, magic(c, "__get"));
    RT_STORE(c, magic_set, magic(c, "__set"));
    RT_STORE(c, magic_isset, magic(c, "__isset"));
    RT_STORE(c, magic_unset, magic(c, "__unset"));
    RT_STORE(c, magic_call, magic(c, "__call"));
    RT_STORE(c, magic_callstatic, magic(c, "__callstatic"));
    RT_STORE(c, magic_invoke, magic(c, "__invoke"));
    if (magic(c, "__destruct"))
        c->flags |= PHPVM_C_DTOR;
    if (c->tostring) {
        phpvm_class_t *st = phpvm_class_find_c("Stringable");
        if (st)
            rt_map_set_str(c->ifaces, st->lcname, rt_from_ptr(st));
    }
    if (!check_abstract(c))
        return false;
    phpvm_func_t *ser = magic(c, "serialize");
    if (!(c->flags & PHPVM_C_INTERFACE) && ser && ser->code && /* user code: builtins are exempt */
        rt_map_get_str(c->ifaces, rt_str_from_cstr("serializable")) != RT_NOVALUE &&
        (!magic(c, "__serialize") || !magic(c, "__unserialize")))
        phpvm_error(PHPVM_E_DEPRECATED,
                    "%s implements the Serializable interface, which is deprecated. Implement "
                    "__serialize() and __unserialize() instead (or in addition, if support for "
                    "old PHP versions is necessary)", c->name->data);
    c->flags |= PHPVM_C_LINKED;
    rt_map_set_str(phpvm_vm->classes, c->lcname, rt_from_ptr(c));
    rt_version_bump(&phpvm_vm->classes_version);
    /* Static properties of this class (inherited ones share the parent's cell); a default that
    ** is an expression stays its thunk until the class is first used (resolve_statics). */
    phpvm_array_t *sd = c->sdefaults;
    for (int64_t p = phpvm_array_first(sd); p >= 0; p = phpvm_array_next(sd, p)) {
        rt_value_t name = phpvm_array_key_at(sd, p);
        phpvm_ref_t *r = phpvm_ref_new(rt_map_value_at(sd, p));
        phpvm_array_set(c->sprops, name, rt_from_ptr(r));
        rt_value_t info = rt_map_get_str(c->sprop_info, phpvm_str(name));
        if (info != RT_NOVALUE && info_type(info)) /* a typed static: its cell is typed */
            sprop_typed(r, (rt_tuple_t *)rt_ptr(info), phpvm_str(name));
    }
    gc_write_barrier(c);
    return !c->cases || phpvm_enum_link(c);
}

static bool is_thunk(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_type_func;
}

/* Evaluates the static property defaults that are expressions, once per class, as PHP does
** when a class is first used (so they may name classes declared after it). */
static bool resolve_statics(phpvm_class_t *c)
{
    if (c->flags & PHPVM_C_STATICS)
        return true;
    if (c->parent && !resolve_statics(c->parent))
        return false;
    phpvm_array_t *sd = c->sdefaults;
    for (int64_t p = phpvm_array_first(sd); p >= 0; p = phpvm_array_next(sd, p)) {
        rt_value_t r = rt_map_get_str(c->sprops, phpvm_str(phpvm_array_key_at(sd, p)));
        phpvm_ref_t *ref = r != RT_NOVALUE ? (phpvm_ref_t *)rt_ptr(r) : NULL;
        if (!ref || !is_thunk(ref->v))
            continue;
        rt_value_t d = phpvm_call_func(ref->v, rt_from_ptr(c), NULL, 0);
        if (d == RT_NOVALUE || !phpvm_ref_assign_as(ref, d, true))
            return false;
    }
    c->flags |= PHPVM_C_STATICS;
    return true;
}

/* A constant expression's value d for the default of c's property slot i, checked against its
** declared type in strict mode (an int widens to float), as PHP checks it when the class is
** first used; false
** with the TypeError pending (the class stays unresolved: the next use throws again). */
static bool default_typed(phpvm_class_t *c, uint32_t i, rt_value_t *d)
{
    rt_value_t t = c->slottypes ? rt_tuple_get(c->slottypes, i) : 0;
    if (!t || t == rt_none)
        return true;
    for (int64_t p = phpvm_array_first(c->props); p >= 0; p = phpvm_array_next(c->props, p)) {
        rt_tuple_t *info = (rt_tuple_t *)rt_ptr(rt_map_value_at(c->props, p));
        rt_value_t out;
        if (rt_small_value(rt_tuple_get(info, PHPVM_PI_SLOT)) != i)
            continue;
        if (type_verdict(info, *d, true, &out)) { /* (strict, whatever the file declares) */
            *d = out;
            return true;
        }
        phpvm_throw("TypeError", "Cannot assign %s to property %s::$%s of type %s",
                    phpvm_type_name(*d), decl_name(info),
                    phpvm_str(phpvm_array_key_at(c->props, p))->data, type_text(ptype(info)));
        return false;
    }
    return true;
}

/* Evaluates property default thunks, once per class. The defaults become the template
** phpvm_object_alloc copies: an array default is marked shared here, once for every instance. */
bool phpvm_class_resolve(phpvm_class_t *c)
{
    if (c->flags & PHPVM_C_RESOLVED)
        return true;
    if (c->parent && !phpvm_class_resolve(c->parent))
        return false;
    if (!resolve_statics(c))
        return false;
    /* as PHP's first instantiation, every constant expression of the class is evaluated (an
    ** enum's cases are made as they are asked for) */
    for (int64_t p = (c->flags & PHPVM_C_ENUM) ? -1 : phpvm_array_first(c->consts); p >= 0;
         p = phpvm_array_next(c->consts, p)) {
        rt_value_t v = rt_map_value_at(c->consts, p);
        if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_type_func &&
            !phpvm_class_const(c, phpvm_str(phpvm_array_key_at(c->consts, p))))
            return false;
    }
    for (uint32_t i = 0; i < c->nprops; i++) {
        rt_value_t d = rt_tuple_get(c->slotdefaults, i);
        if (is_thunk(d)) {
            d = phpvm_call_func(d, rt_from_ptr(c), NULL, 0);
            if (d == RT_NOVALUE || !default_typed(c, i, &d))
                return false;
            rt_tuple_init_item(c->slotdefaults, i, d);
        }
        phpvm_share(d);
    }
    c->flags |= PHPVM_C_RESOLVED;
    return true;
}

rt_value_t phpvm_class_const(phpvm_class_t *c, rt_str_t *name)
{
    if (strcmp(name->data, "class") == 0)
        return rt_from_ptr(c->name);
    int64_t pos = rt_map_find_str(c->consts, name);
    if (pos < 0)
        return phpvm_throw("Error", "Undefined constant %s::%s", c->name->data, name->data);
    rt_value_t v = rt_map_value_at(c->consts, pos);
    if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_type_func) {
        phpvm_func_t *f = (phpvm_func_t *)rt_ptr(v);
        /* An inherited constant is evaluated once, in the class that declares it. */
        v = f->scope && f->scope != c && rt_map_get_str(f->scope->consts, name) != RT_NOVALUE
                ? phpvm_class_const(f->scope, name)
                : phpvm_call_func(v, rt_from_ptr(f->scope ? f->scope : c), NULL, 0);
        if (v == RT_NOVALUE)
            return RT_NOVALUE;
        rt_map_set_str(c->consts, name, phpvm_share(v));
    }
    return v;
}

rt_value_t phpvm_class_const_from(phpvm_class_t *c, rt_str_t *name, phpvm_class_t *scope)
{
    if ((c->flags & PHPVM_C_TRAIT) && rt_map_find_str(c->consts, name) >= 0)
        return phpvm_throw("Error", "Cannot access trait constant %s::%s directly", c->name->data,
                           name->data);
    phpvm_class_t *decl = c;
    int64_t fl = const_flags(c, name, &decl);
    if (((fl & PHPVM_F_PRIVATE) && scope != decl) ||
        ((fl & PHPVM_F_PROTECTED) &&
         !(scope && (phpvm_instanceof(scope, decl) || phpvm_instanceof(decl, scope)))))
        return phpvm_throw("Error", "Cannot access %s constant %s::%s",
                           (fl & PHPVM_F_PRIVATE) ? "private" : "protected", c->name->data,
                           name->data);
    return phpvm_class_const(c, name);
}

bool phpvm_class_bind_sprop(phpvm_class_t *c, rt_str_t *name, phpvm_ref_t *r)
{
    /* Every class sharing the old cell (the declaring class and all that inherit it) is
    ** rebound: a rare operation, so a scan of the class table. */
    rt_value_t old = rt_map_get_str(c->sprops, name);
    rt_value_t info = rt_map_get_str(c->sprop_info, name);
    if (info != RT_NOVALUE && info_type(info) &&
        !bind_typed((rt_tuple_t *)rt_ptr(info), name, &old, r))
        return false;
    phpvm_vm->sprops_rebound = true;
    phpvm_array_t *all = phpvm_vm->classes;
    for (int64_t p = phpvm_array_first(all); p >= 0; p = phpvm_array_next(all, p)) {
        phpvm_class_t *k = (phpvm_class_t *)rt_ptr(rt_map_value_at(all, p));
        if (rt_map_get_str(k->sprops, name) == old)
            rt_map_set_str(k->sprops, name, rt_from_ptr(r));
    }
    return true;
}

phpvm_ref_t *phpvm_class_sprop(phpvm_class_t *c, rt_str_t *name, phpvm_class_t *scope)
{
    if (!resolve_statics(c))
        return NULL;
    rt_value_t r = rt_map_get_str(c->sprops, name);
    rt_value_t info = r != RT_NOVALUE ? rt_map_get_str(c->sprop_info, name) : RT_NOVALUE;
    const char *denied = info != RT_NOVALUE ? prop_denied((rt_tuple_t *)rt_ptr(info), scope) : NULL;
    if (denied) {
        phpvm_throw("Error", "Cannot access %s property %s::$%s", denied, c->name->data,
                    name->data);
        return NULL;
    }
    if (r == RT_NOVALUE) {
        phpvm_throw("Error", "Access to undeclared static property %s::$%s", c->name->data,
                    name->data);
        return NULL;
    }
    return (phpvm_ref_t *)rt_ptr(r);
}

/* isset(A::$x), empty(A::$x), A::$x ?? d: args[0] the class, args[1] the name; an undeclared
** property or one the calling scope may not see reads as null, without an Error. */
static rt_value_t sprop_quiet(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    phpvm_class_t *c = rt_ptr(args[0]);
    rt_str_t *name = phpvm_str(args[1]);
    if (!resolve_statics(c))
        return RT_NOVALUE;
    rt_value_t r = rt_map_get_str(c->sprops, name);
    if (r == RT_NOVALUE)
        return rt_none;
    rt_value_t info = rt_map_get_str(c->sprop_info, name);
    rt_frame_t *f = phpvm_bcalls->frame;
    if (info != RT_NOVALUE && prop_denied(rt_ptr(info), f ? phpvm_frame_scope(f) : NULL))
        return rt_none;
    rt_value_t v = ((phpvm_ref_t *)rt_ptr(r))->v;
    return v ? v : rt_none; /* (an uninitialized typed one) */
}

static const phpvm_builtin_t sprop_quiet_def = {"quiet static property", sprop_quiet, 2, 2,
                                                "class,name", 0};

phpvm_func_t *phpvm_sprop_quiet_fn;

void phpvm_class_hidden_init(void)
{
    phpvm_hidden_builtin(&phpvm_sprop_quiet_fn, &sprop_quiet_def);
}

phpvm_ref_t *phpvm_class_sprop_fill(phpvm_code_t *code, uint32_t index, phpvm_class_t *k,
                                    rt_str_t *name, phpvm_class_t *scope)
{
    phpvm_ref_t *r = phpvm_class_sprop(k, name, scope);
    if (r && (k->flags & PHPVM_C_TRAIT)) { /* (no cache: each access deprecates) */
        phpvm_error(PHPVM_E_DEPRECATED, "Accessing static trait property %s::$%s is deprecated, "
                    "it should only be accessed on a class using the trait", k->name->data,
                    name->data);
        return rt_exc_pending() ? NULL : r;
    }
    if (r && index != UINT32_MAX && !phpvm_vm->sprops_rebound)
        phpvm_cache_fill(code, index, rt_from_ptr(k), scope, rt_from_ptr(r));
    return r;
}

rt_value_t phpvm_class_const_fill(phpvm_code_t *code, uint32_t index, phpvm_class_t *k,
                                  rt_str_t *name, phpvm_class_t *scope)
{
    rt_value_t v = phpvm_class_const_from(k, name, scope);
    if (v != RT_NOVALUE && !rt_exc_pending())
        phpvm_cache_fill(code, index, rt_from_ptr(k), scope, v);
    return v;
}

rt_value_t phpvm_instanceof_fill(phpvm_code_t *code, uint32_t index, phpvm_class_t *k,
                                 phpvm_class_t *of)
{
    rt_value_t is = rt_bool(phpvm_instanceof(k, of));
    phpvm_cache_fill(code, index, rt_from_ptr(k), of, is);
    return is;
}

/* ---- Objects ---- */

rt_value_t phpvm_object_new(phpvm_class_t *c)
{
    if (c->flags & (PHPVM_C_INTERFACE | PHPVM_C_ABSTRACT | PHPVM_C_TRAIT | PHPVM_C_ENUM))
        return phpvm_throw("Error", "Cannot instantiate %s %s",
                           (c->flags & PHPVM_C_INTERFACE) ? "interface"
                           : (c->flags & PHPVM_C_TRAIT)   ? "trait"
                           : (c->flags & PHPVM_C_ENUM)    ? "enum"
                                                          : "abstract class",
                           c->name->data);
    if (c->flags & PHPVM_C_VM_ONLY) /* PHP's two messages */
        return strcmp(c->name->data, "Closure") == 0
                   ? phpvm_throw("Error", "Instantiation of class Closure is not allowed")
                   : phpvm_throw("Error", "The \"%s\" class is reserved for internal use and "
                                          "cannot be manually instantiated", c->name->data);
    return phpvm_object_alloc(c);
}

rt_value_t phpvm_object_alloc(phpvm_class_t *c)
{
    if (!(c->flags & PHPVM_C_RESOLVED) && !phpvm_class_resolve(c))
        return RT_NOVALUE;
    phpvm_object_t *o = phpvm_object_init(c);
    rt_value_t v = rt_from_ptr(o);
    if (c->flags & PHPVM_C_THROWABLE)
        phpvm_exc_fill(v);
    if (c->flags & PHPVM_C_DTOR)
        phpvm_dtor_register(o);
    return v;
}

static rt_value_t *slot_ptr(phpvm_object_t *o, int32_t slot)
{
    uint32_t n = o->slots.shape->ninline;
    return (uint32_t)slot < n ? &o->slots.inl[slot] : &o->slots.overflow->items[(uint32_t)slot - n];
}

/* Visibility of a declared property from scope: 0 ok, else the error's word. */
static const char *prop_denied(rt_tuple_t *info, phpvm_class_t *scope)
{
    int64_t fl = rt_small_value(rt_tuple_get(info, PHPVM_PI_FLAGS));
    phpvm_class_t *decl = (phpvm_class_t *)rt_ptr(rt_tuple_get(info, PHPVM_PI_CLASS));
    if (fl & PHPVM_F_PRIVATE)
        return scope == decl ? NULL : "private";
    if (fl & PHPVM_F_PROTECTED)
        return scope && (phpvm_instanceof(scope, decl) || phpvm_instanceof(decl, scope))
                   ? NULL
                   : "protected";
    return NULL;
}

/* The slot of a property for access from scope: NULL if absent (or inaccessible with *denied
** set). */
static rt_value_t *find_slot(phpvm_object_t *o, rt_str_t *name, phpvm_class_t *scope,
                             const char **denied, rt_tuple_t **infop)
{
    *denied = NULL;
    rt_value_t info = rt_map_get_str(o->cls->props, name);
    if ((o->cls->flags & PHPVM_C_SHADOWS) && scope && scope != o->cls &&
        (info == RT_NOVALUE || prop_decl(info) != scope)) {
        /* the calling class's own private property, which a subclass redeclares */
        rt_str_t *key = private_key(scope, name);
        rt_value_t mine = rt_map_get_str(o->cls->props, key);
        if (mine != RT_NOVALUE) {
            info = mine;
            name = key;
        }
    }
    if (infop)
        *infop = info ? (rt_tuple_t *)rt_ptr(info) : NULL;
    if (info != RT_NOVALUE) {
        *denied = prop_denied((rt_tuple_t *)rt_ptr(info), scope);
        if (*denied)
            return NULL;
        if (o->slots.shape == o->cls->shape)
            return slot_ptr(o, (int32_t)rt_small_value(
                                   rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_SLOT)));
    }
    int32_t slot = rt_shape_lookup(o->slots.shape, rt_str_intern(name), NULL);
    return slot < 0 ? NULL : slot_ptr(o, slot);
}

void phpvm_prop_cache(phpvm_code_t *code, uint32_t index, rt_value_t obj, rt_str_t *name,
                      phpvm_class_t *scope, bool write)
{
    obj = phpvm_deref(obj);
    if (!phpvm_is_object(obj))
        return;
    phpvm_object_t *o = phpvm_obj(obj);
    if (o->slots.shape->flags & RT_SHAPE_DICT)
        return;
    const char *denied;
    rt_tuple_t *info;
    rt_value_t *slot = find_slot(o, name, scope, &denied, &info);
    if (!slot || denied || (write && is_readonly(info)))
        return;
    /* (an undeclared one named like a static property notices at each access) */
    if (!info && rt_map_get_str(o->cls->sprops, name) != RT_NOVALUE)
        return;
    int64_t fl = info ? rt_small_value(rt_tuple_get(info, PHPVM_PI_FLAGS)) : PHPVM_F_PUBLIC;
    bool typed = write && info && rt_tuple_get(info, PHPVM_PI_TYPE) != rt_none;
    uint32_t n = o->slots.shape->ninline;
    uintptr_t at = (uintptr_t)slot, inl = (uintptr_t)o->slots.inl;
    int64_t word;
    if (at >= inl && at < inl + n * sizeof(rt_value_t)) {
        word = (int64_t)(at - (uintptr_t)o) + 1 + (typed ? PHPVM_CACHE_TYPED : 0);
        if (!(o->cls->flags & PHPVM_C_SHADOWS) && !(fl & (PHPVM_F_PRIVATE | PHPVM_F_PROTECTED)))
            scope = PHPVM_CACHE_ANY_SCOPE;
    } else if (!typed) { /* (declared properties, the typed ones, are inline) */
        word = -8 * (int64_t)(slot - o->slots.overflow->items + 1) + 1;
    } else {
        return;
    }
    phpvm_cache_fill(code, index, rt_from_ptr(o->slots.shape), scope, (rt_value_t)word);
}

/* PHP's recursion guard: while __get (or __set, __isset, __unset) runs for a property of an
** object, that same access from inside it reaches the property itself. The active calls form a
** list of C stack entries; a fatal error's bail-out abandons it (phpvm_magic_guards_reset). */
typedef struct guard {
    struct guard *prev;
    phpvm_object_t *obj;
    rt_str_t *name;
    phpvm_magic_kind_t kind;
} guard_t;

static guard_t *guards;

void phpvm_magic_guards_reset(void)
{
    guards = NULL;
}

bool phpvm_magic_guarded(rt_value_t obj, rt_str_t *name, phpvm_magic_kind_t kind)
{
    for (guard_t *g = guards; g; g = g->prev)
        if (g->kind == kind && g->obj == phpvm_obj(obj) && rt_str_eq(g->name, name))
            return true;
    return false;
}

/* A static property accessed like an instance one ($obj->counter): PHP's Error when it is not
** visible from scope, else its notice (both unless quiet); the access then goes on as to a
** dynamic property. False with the Error pending. */
static bool static_as_instance(phpvm_object_t *o, rt_str_t *name, phpvm_class_t *scope,
                               bool quiet)
{
    if (quiet || rt_map_get_str(o->cls->sprops, name) == RT_NOVALUE)
        return true;
    rt_value_t si = o->cls->sprop_info ? rt_map_get_str(o->cls->sprop_info, name) : RT_NOVALUE;
    const char *denied = si != RT_NOVALUE ? prop_denied((rt_tuple_t *)rt_ptr(si), scope) : NULL;
    if (denied) {
        phpvm_throw("Error", "Cannot access %s property %s::$%s", denied, o->cls->name->data,
                    name->data);
        return false;
    }
    phpvm_error(PHPVM_E_NOTICE, "Accessing static property %s::$%s as non static",
                o->cls->name->data, name->data);
    return !rt_exc_pending();
}

/* The class's magic method of that kind, when it exists and is not already running for this
** property of obj. */
static phpvm_func_t *magic_for(rt_value_t obj, rt_str_t *name, phpvm_magic_kind_t kind)
{
    phpvm_class_t *c = phpvm_obj(obj)->cls;
    phpvm_func_t *m = kind == PHPVM_MAGIC_GET     ? c->magic_get
                      : kind == PHPVM_MAGIC_SET   ? c->magic_set
                      : kind == PHPVM_MAGIC_ISSET ? c->magic_isset
                                                  : c->magic_unset;
    return m && !phpvm_magic_guarded(obj, name, kind) ? m : NULL;
}

static rt_value_t call_magic(phpvm_func_t *m, phpvm_magic_kind_t kind, rt_value_t obj,
                             rt_value_t *args, int argc)
{
    guard_t g = {guards, phpvm_obj(obj), phpvm_str(args[0]), kind};
    guards = &g;
    rt_value_t r = phpvm_call_func_ref(rt_from_ptr(m), obj, args, argc);
    guards = g.prev;
    return r;
}

/* The hidden attribute that marks o's typed property `name` unset() (no class name is empty,
** so no private property's key "\0Class\0name" is one). */
static rt_str_t *unset_mark(rt_str_t *name)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)name->len + 2);
    rt_strbuf_append(&b, "\0\0", 2);
    rt_strbuf_append(&b, name->data, (size_t)name->len);
    return rt_str_intern(rt_strbuf_finish(&b, &rt_type_str));
}

/* Whether the magic methods handle obj's property at slot (from find_slot): an absent one, or
** a typed one unset() (PHP's rule; one never initialized throws instead, a set one is itself). */
static bool magic_applies(phpvm_object_t *o, const rt_value_t *slot, rt_str_t *name)
{
    return !slot ||
           (!*slot && rt_shape_lookup(o->slots.shape, unset_mark(name), NULL) >= 0);
}

rt_value_t phpvm_prop_read(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope, bool quiet)
{
    obj = phpvm_deref(obj);
    if (phpvm_is_foreign(obj))
        return phpvm_foreign_prop_read(obj, name, quiet);
    if (!phpvm_is_object(obj)) {
        if (quiet)
            return rt_none;
        if (phpvm_kind(obj) == PHPVM_OBJECT) /* a closure, a generator: no properties */
            phpvm_error(PHPVM_E_WARNING, "Undefined property: %s::$%s",
                        phpvm_class_of(obj)->name->data, name->data);
        else
            phpvm_error(PHPVM_E_WARNING, "Attempt to read property \"%s\" on %s", name->data,
                        phpvm_type_name(obj));
        return rt_none;
    }
    phpvm_object_t *o = phpvm_obj(obj);
    const char *denied;
    rt_tuple_t *info;
    rt_value_t *slot = find_slot(o, name, scope, &denied, &info);
    if (!info && !static_as_instance(o, name, scope, quiet))
        return RT_NOVALUE;
    if (slot && *slot) {
        rt_value_t v = *slot;
        if (phpvm_is_str(v)) /* (one that ASSIGN_PROP_OP's `.=` owns stays in its property) */
            rt_str_disown(phpvm_str(v));
        return phpvm_deref(v);
    }
    phpvm_func_t *m = magic_applies(o, slot, name) ? magic_for(obj, name, PHPVM_MAGIC_GET) : NULL;
    if (m) {
        rt_value_t arg = rt_from_ptr(name);
        /* ?? and empty() ask __isset first, as PHP's BP_VAR_IS fetch does */
        phpvm_func_t *isset = quiet ? magic_for(obj, name, PHPVM_MAGIC_ISSET) : NULL;
        if (isset) {
            rt_value_t r = call_magic(isset, PHPVM_MAGIC_ISSET, obj, &arg, 1);
            if (r == RT_NOVALUE || !phpvm_to_bool(r))
                return r == RT_NOVALUE ? r : rt_none;
        }
        rt_value_t v = phpvm_deref(call_magic(m, PHPVM_MAGIC_GET, obj, &arg, 1));
        rt_value_t out = v;
        if (v != RT_NOVALUE && slot && info && rt_tuple_get(info, PHPVM_PI_TYPE) != rt_none &&
            !type_verdict(info, v, phpvm_strict(), &out)) /* (an unset typed property's) */
            return phpvm_throw("TypeError", "Cannot assign %s to property %s::$%s of type %s",
                               phpvm_type_name(v), decl_name(info), name->data,
                               type_text(ptype(info)));
        return out;
    }
    if (denied)
        return phpvm_throw("Error", "Cannot access %s property %s::$%s", denied,
                           o->cls->name->data, name->data);
    if (slot && info && quiet) /* isset(), ??, empty(): an uninitialized one is not set */
        return rt_none;
    if (slot && info)
        return phpvm_throw("Error", "Typed property %s::$%s must not be accessed before "
                                    "initialization",
                           ((phpvm_class_t *)rt_ptr(rt_tuple_get(info, PHPVM_PI_CLASS)))->name->data,
                           name->data);
    if (!quiet)
        phpvm_error(PHPVM_E_WARNING, "Undefined property: %s::$%s", o->cls->name->data,
                    name->data);
    return rt_none;
}

rt_value_t phpvm_prop_magic_get(rt_value_t obj, rt_str_t *name)
{
    phpvm_func_t *m = magic_for(obj, name, PHPVM_MAGIC_GET);
    rt_value_t arg = rt_from_ptr(name);
    return m ? call_magic(m, PHPVM_MAGIC_GET, obj, &arg, 1) : 0;
}

static bool is_readonly(const rt_tuple_t *info)
{
    return info && (rt_small_value(rt_tuple_get(info, PHPVM_PI_FLAGS)) & PHPVM_PROP_READONLY);
}

static const char *decl_name(const rt_tuple_t *info)
{
    return ((phpvm_class_t *)rt_ptr(rt_tuple_get(info, PHPVM_PI_CLASS)))->name->data;
}

/* Whether a readonly property of an object of class cls may be written (initialized once, from
** its class's scope, or from an ancestor's that declares it too: a redeclared parent property)
** or unset; false with PHP's Error pending. */
static bool readonly_ok(const rt_tuple_t *info, const rt_value_t *slot, rt_str_t *name,
                        phpvm_class_t *scope, const phpvm_class_t *cls, bool unset)
{
    phpvm_class_t *decl = (phpvm_class_t *)rt_ptr(rt_tuple_get(info, PHPVM_PI_CLASS));
    const char *verb = unset ? "unset" : "modify";
    if (slot && *slot) {
        phpvm_throw("Error", "Cannot %s readonly property %s::$%s", verb, decl->name->data,
                    name->data);
        return false;
    }
    if (scope == decl)
        return true;
    rt_value_t own = scope && phpvm_instanceof(cls, scope) ? rt_map_get_str(scope->props, name)
                                                           : RT_NOVALUE;
    if (own != RT_NOVALUE && rt_ptr(rt_tuple_get(rt_ptr(own), PHPVM_PI_CLASS)) == scope)
        return true;
    phpvm_throw("Error", "Cannot %s readonly property %s::$%s from %s%s",
                unset ? "unset" : "initialize", decl->name->data, name->data,
                scope ? "scope " : "global scope", scope ? scope->name->data : "");
    return false;
}

rt_value_t *phpvm_prop_slot(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope, bool create)
{
    phpvm_object_t *o = phpvm_obj(obj);
    const char *denied;
    rt_tuple_t *info;
    rt_value_t *slot = find_slot(o, name, scope, &denied, &info);
    if (denied) {
        phpvm_throw("Error", "Cannot access %s property %s::$%s", denied, o->cls->name->data,
                    name->data);
        return NULL;
    }
    /* Writing into a readonly property (a dimension, a reference) modifies it, unless it holds
    ** an object, which stays writable itself; PHP says "indirectly" of an uninitialized one. */
    if (is_readonly(info) && !(slot && phpvm_is_object(phpvm_deref(*slot)))) {
        phpvm_throw("Error", "Cannot %smodify readonly property %s::$%s",
                    slot && *slot ? "" : "indirectly ", decl_name(info),
                    name->data);
        return NULL;
    }
    if (!info && !static_as_instance(o, name, scope, false))
        return NULL;
    if (slot || !create)
        return slot;
    if (o->cls->flags & (PHPVM_C_ENUM | PHPVM_C_READONLY | PHPVM_C_SEALED)) {
        phpvm_throw("Error", "Cannot create dynamic property %s::$%s", o->cls->name->data,
                    name->data);
        return NULL;
    }
    if (!(o->cls->flags & PHPVM_C_DYNAMIC) && !info) /* (a declared one unset comes back) */
        phpvm_error(PHPVM_E_DEPRECATED, "Creation of dynamic property %s::$%s is deprecated",
                    o->cls->name->data, name->data);
    uint32_t s = rt_slots_set_attr(o, &o->slots, rt_str_intern(name), rt_none, 0);
    return slot_ptr(o, (int32_t)s);
}

bool phpvm_prop_write(rt_value_t obj, rt_str_t *name, rt_value_t v, phpvm_class_t *scope)
{
    return phpvm_prop_assign(obj, name, &v, scope);
}

bool phpvm_prop_writable(rt_value_t obj, rt_str_t *name, const char *verb)
{
    obj = phpvm_deref(obj);
    if (phpvm_is_object(obj) || phpvm_is_foreign(obj))
        return true;
    if (phpvm_kind(obj) == PHPVM_OBJECT)
        phpvm_throw("Error", "Cannot create dynamic property %s::$%s",
                    phpvm_class_of(obj)->name->data, name->data);
    else
        phpvm_throw("Error", "Attempt to %s property \"%s\" on %s", verb, name->data,
                    phpvm_type_name(obj));
    return false;
}

bool phpvm_prop_assign(rt_value_t obj, rt_str_t *name, rt_value_t *vp, phpvm_class_t *scope)
{
    rt_value_t v = *vp;
    obj = phpvm_deref(obj);
    if (phpvm_is_foreign(obj))
        return phpvm_foreign_prop_write(obj, name, v);
    if (!phpvm_prop_writable(obj, name, "assign"))
        return false;
    phpvm_object_t *o = phpvm_obj(obj);
    const char *denied;
    rt_tuple_t *info;
    rt_value_t *slot = find_slot(o, name, scope, &denied, &info);
    if (slot && !info && !static_as_instance(o, name, scope, false)) /* (else phpvm_prop_slot's) */
        return false;
    phpvm_func_t *m = magic_applies(o, slot, name) ? magic_for(obj, name, PHPVM_MAGIC_SET) : NULL;
    if (m) {
        rt_value_t args[2] = {rt_from_ptr(name), v};
        return call_magic(m, PHPVM_MAGIC_SET, obj, args, 2) != RT_NOVALUE;
    }
    if (denied) {
        phpvm_throw("Error", "Cannot access %s property %s::$%s", denied, o->cls->name->data,
                    name->data);
        return false;
    }
    if (is_readonly(info) && !readonly_ok(info, slot, name, scope, o->cls, false))
        return false;
    if (info && rt_tuple_get(info, PHPVM_PI_TYPE) != rt_none) {
        rt_value_t out;
        phpvm_typedecl_t *t = (phpvm_typedecl_t *)rt_ptr(rt_tuple_get(info, PHPVM_PI_TYPE));
        if (!phpvm_coerce(t, phpvm_deref(v), &out,
                          (phpvm_class_t *)rt_ptr(rt_tuple_get(info, PHPVM_PI_CLASS)),
                          phpvm_strict())) {
            phpvm_throw("TypeError", "Cannot assign %s to property %s::$%s of type %s",
                        phpvm_type_name(v), decl_name(info), name->data,
                        ((rt_str_t *)rt_ptr(rt_tuple_get(t, 1)))->data);
            return false;
        }
        v = out;
    }
    if (!slot) {
        slot = phpvm_prop_slot(obj, name, scope, true);
        if (!slot)
            return false;
    }
    if (phpvm_is_ref(*slot)) {
        if (!phpvm_ref_assign((phpvm_ref_t *)rt_ptr(*slot), v))
            return false;
        v = ((phpvm_ref_t *)rt_ptr(*slot))->v;
    } else {
        *slot = v;
        gc_write_barrier(o);
        if (o->slots.overflow)
            gc_write_barrier(o->slots.overflow);
    }
    *vp = v;
    return true;
}

bool phpvm_prop_incdec_check(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope, bool inc)
{
    obj = phpvm_deref(obj);
    if (!phpvm_is_object(obj))
        return true;
    phpvm_object_t *o = phpvm_obj(obj);
    const char *denied;
    rt_tuple_t *info;
    rt_value_t *slot = find_slot(o, name, scope, &denied, &info);
    if (slot && phpvm_is_ref(*slot)) /* (typed or not, its own types decide) */
        return phpvm_ref_incdec_check((phpvm_ref_t *)rt_ptr(*slot), inc, false);
    rt_value_t type = info ? rt_tuple_get(info, PHPVM_PI_TYPE) : rt_none;
    if (type == rt_none ||
        (rt_small_value(rt_tuple_get((rt_tuple_t *)rt_ptr(type), 0)) &
         (PHPVM_T_FLOAT | PHPVM_T_MIXED)))
        return true;
    phpvm_throw("TypeError", "Cannot %s property %s::$%s of type %s past its %s value",
                inc ? "increment" : "decrement", decl_name(info), name->data,
                ((rt_str_t *)rt_ptr(rt_tuple_get((rt_tuple_t *)rt_ptr(type), 1)))->data,
                inc ? "maximal" : "minimal");
    return false;
}

/* ---- Typed references ----
** A reference bound to typed properties carries their types (phpvm_ref_t.src: a flat tuple
** [info, name, info, name, ...], one pair per binding, as PHP keeps one source per property slot
** bound). Writes through it must pass every type, and coerce to one same value. */

static phpvm_typedecl_t *ptype(const rt_tuple_t *info)
{
    return (phpvm_typedecl_t *)rt_ptr(rt_tuple_get(info, PHPVM_PI_TYPE));
}

static const char *type_text(const phpvm_typedecl_t *t)
{
    return ((rt_str_t *)rt_ptr(rt_tuple_get(t, 1)))->data;
}

static rt_tuple_t *srcs(const phpvm_ref_t *r)
{
    return (rt_tuple_t *)rt_ptr(r->src);
}

/* How many property bindings r's sources list. */
static uint32_t nsrcs(const phpvm_ref_t *r)
{
    return r->src ? (uint32_t)rt_tuple_len(srcs(r)) / 2 : 0;
}

static rt_tuple_t *src_info(const phpvm_ref_t *r, uint32_t i)
{
    return (rt_tuple_t *)rt_ptr(rt_tuple_get(srcs(r), 2 * i));
}

static const char *src_name(const phpvm_ref_t *r, uint32_t i)
{
    return phpvm_str(rt_tuple_get(srcs(r), 2 * i + 1))->data;
}

/* PHP's check of v against a property's type: 1 it passes as it is, -1 it passes coerced (weak
** mode, into *out), 0 it does not pass. */
static int type_verdict(const rt_tuple_t *info, rt_value_t v, bool strict, rt_value_t *out)
{
    phpvm_typedecl_t *t = ptype(info);
    phpvm_class_t *decl = (phpvm_class_t *)rt_ptr(rt_tuple_get(info, PHPVM_PI_CLASS));
    *out = v;
    if (phpvm_type_admits_as_is(t, v, decl))
        return 1;
    return phpvm_coerce(t, v, out, decl, strict) ? (*out == v ? 1 : -1) : 0;
}

bool phpvm_ref_assign(phpvm_ref_t *r, rt_value_t v)
{
    return phpvm_ref_assign_as(r, v, false);
}

bool phpvm_ref_assign_as(phpvm_ref_t *r, rt_value_t v, bool direct)
{
    v = phpvm_deref(v);
    bool strict = phpvm_strict();
    uint32_t n = nsrcs(r);
    int first = 0; /* the first source's verdict */
    rt_value_t coerced = v;
    for (uint32_t i = 0; i < n; i++) {
        rt_value_t out;
        int k = type_verdict(src_info(r, i), v, strict, &out);
        if (!k) {
            phpvm_throw("TypeError", "Cannot assign %s to %sproperty %s::$%s of type %s",
                        phpvm_type_name(v), direct && i == 0 ? "" : "reference held by ",
                        decl_name(src_info(r, i)),
                        src_name(r, i), type_text(ptype(src_info(r, i))));
            return false;
        }
        if (i == 0) {
            first = k;
            coerced = out;
        } else if (k != first || (k < 0 && !phpvm_strict_eq(out, coerced))) {
            phpvm_throw("TypeError", "Cannot assign %s to reference held by property %s::$%s of "
                                     "type %s and property %s::$%s of type %s, as this would "
                                     "result in an inconsistent type conversion",
                        phpvm_type_name(v), decl_name(src_info(r, 0)), src_name(r, 0),
                        type_text(ptype(src_info(r, 0))), decl_name(src_info(r, i)),
                        src_name(r, i), type_text(ptype(src_info(r, i))));
            return false;
        }
    }
    RT_STORE(r, v, coerced);
    return true;
}

bool phpvm_ref_incdec_check(phpvm_ref_t *r, bool inc, bool direct)
{
    uint32_t n = nsrcs(r);
    for (uint32_t i = 0; i < n; i++) {
        phpvm_typedecl_t *t = ptype(src_info(r, i));
        if (rt_small_value(rt_tuple_get(t, 0)) & (PHPVM_T_FLOAT | PHPVM_T_MIXED))
            continue;
        phpvm_throw("TypeError", "Cannot %s %sproperty %s::$%s of type %s past its %s value",
                    inc ? "increment" : "decrement", direct && i == 0 ? "" : "a reference held by ",
                    decl_name(src_info(r, i)), src_name(r, i), type_text(t),
                    inc ? "maximal" : "minimal");
        return false;
    }
    return true;
}

/* Adds property (info, name) to r's sources. May collect. */
static void ref_add_source(phpvm_ref_t *r, rt_tuple_t *info, rt_str_t *name)
{
    uint32_t n = 2 * nsrcs(r);
    rt_tuple_t *src = rt_tuple_new(n + 2);
    for (uint32_t i = 0; i < n; i++)
        rt_tuple_init_item(src, i, rt_tuple_get(srcs(r), i));
    rt_tuple_init_item(src, n, rt_from_ptr(info));
    rt_tuple_init_item(src, n + 1, rt_from_ptr(name));
    RT_STORE(r, src, rt_from_ptr(src));
}

/* Removes one binding of property (info, name) from r's sources, if r has it: the property
** lets go of the reference (rebound or unset). May collect. */
static void ref_del_source(phpvm_ref_t *r, const rt_tuple_t *info, rt_str_t *name)
{
    uint32_t n = 2 * nsrcs(r);
    for (uint32_t i = 0; i < n; i += 2) {
        if (rt_ptr(rt_tuple_get(srcs(r), i)) != info ||
            !rt_str_eq(phpvm_str(rt_tuple_get(srcs(r), i + 1)), name))
            continue;
        rt_tuple_t *src = n > 2 ? rt_tuple_new(n - 2) : NULL;
        for (uint32_t j = 0, k = 0; j < n; j++)
            if (j != i && j != i + 1)
                rt_tuple_init_item(src, k++, rt_tuple_get(srcs(r), j));
        RT_STORE(r, src, src ? rt_from_ptr(src) : 0);
        return;
    }
}

/* The typed property's info of obj's property name as scope sees it, or NULL (untyped). */
static rt_tuple_t *typed_info(phpvm_object_t *o, rt_str_t *name, phpvm_class_t *scope)
{
    const char *denied;
    rt_tuple_t *info;
    find_slot(o, name, scope, &denied, &info);
    return info && rt_tuple_get(info, PHPVM_PI_TYPE) != rt_none ? info : NULL;
}

/* Static property (info, name)'s cell r becomes a typed reference; one declared without a
** default starts uninitialized (RT_NOVALUE: FETCH_SPROP's Error). */
static void sprop_typed(phpvm_ref_t *r, rt_tuple_t *info, rt_str_t *name)
{
    if (rt_small_value(rt_tuple_get(info, PHPVM_PI_FLAGS)) & PHPVM_PROP_NODEFAULT)
        r->v = RT_NOVALUE;
    ref_add_source(r, info, name);
}

void phpvm_ref_static_nullable(phpvm_ref_t *r)
{
    if (r->v == RT_NOVALUE && r->src &&
        (rt_small_value(rt_tuple_get(ptype(src_info(r, 0)), 0)) & (PHPVM_T_NULL | PHPVM_T_MIXED)))
        r->v = rt_none;
}

bool phpvm_ref_static_uninit(const phpvm_ref_t *r)
{
    if (r->v != RT_NOVALUE || !r->src)
        return false;
    phpvm_throw("Error", "Typed static property %s::$%s must not be accessed before "
                         "initialization", decl_name(src_info(r, 0)), src_name(r, 0));
    return true;
}

bool phpvm_prop_ref_typed(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope,
                          rt_value_t *slot)
{
    phpvm_object_t *o = phpvm_obj(obj);
    rt_tuple_t *info = typed_info(o, name, scope);
    if (!info)
        return true;
    if (!*slot) {
        if (!(rt_small_value(rt_tuple_get(ptype(info), 0)) & (PHPVM_T_NULL | PHPVM_T_MIXED))) {
            phpvm_throw("Error", "Cannot access uninitialized non-nullable property %s::$%s by "
                                 "reference", decl_name(info), name->data);
            return false;
        }
        *slot = rt_none;
    }
    phpvm_ref_t *r = phpvm_ref_new(*slot);
    *slot = rt_from_ptr(r);
    gc_write_barrier(o);
    ref_add_source(r, info, name);
    return true;
}

/* Before typed property (info, name) of slot is bound to r: r's value checked against the type
** (coerced in r), r made to carry it and slot's old reference let go; false with the TypeError
** pending. */
static bool bind_typed(rt_tuple_t *info, rt_str_t *name, rt_value_t *slot, phpvm_ref_t *r)
{
    rt_value_t out;
    int k = type_verdict(info, r->v ? r->v : rt_none, phpvm_strict(), &out);
    if (k < 0 && r->src) {
        phpvm_throw("TypeError", "Reference with value of type %s held by property %s::$%s of "
                                 "type %s is not compatible with property %s::$%s of type %s",
                    phpvm_type_name(r->v), decl_name(src_info(r, 0)), src_name(r, 0),
                    type_text(ptype(src_info(r, 0))), decl_name(info), name->data,
                    type_text(ptype(info)));
        return false;
    }
    if (!k) {
        phpvm_throw("TypeError", "Cannot assign %s to property %s::$%s of type %s",
                    phpvm_type_name(r->v), decl_name(info), name->data,
                    type_text(ptype(info)));
        return false;
    }
    RT_STORE(r, v, out);
    if (phpvm_is_ref(*slot))
        ref_del_source((phpvm_ref_t *)rt_ptr(*slot), info, name);
    ref_add_source(r, info, name);
    return true;
}

bool phpvm_prop_bind_typed(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope,
                           rt_value_t *slot, phpvm_ref_t *r)
{
    rt_tuple_t *info = typed_info(phpvm_obj(obj), name, scope);
    return !info || bind_typed(info, name, slot, r);
}

bool phpvm_prop_isset(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope)
{
    obj = phpvm_deref(obj);
    if (phpvm_is_foreign(obj))
        return phpvm_foreign_prop_isset(obj, name);
    if (!phpvm_is_object(obj))
        return false;
    phpvm_object_t *o = phpvm_obj(obj);
    const char *denied;
    rt_value_t *slot = find_slot(o, name, scope, &denied, NULL);
    if (!magic_applies(o, slot, name)) {
        rt_value_t v = phpvm_deref(*slot);
        return v != RT_NOVALUE && v != rt_none;
    }
    phpvm_func_t *m = magic_for(obj, name, PHPVM_MAGIC_ISSET);
    if (m) {
        rt_value_t arg = rt_from_ptr(name);
        rt_value_t r = call_magic(m, PHPVM_MAGIC_ISSET, obj, &arg, 1);
        return r != RT_NOVALUE && phpvm_to_bool(r);
    }
    return false;
}

bool phpvm_prop_unset(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope)
{
    obj = phpvm_deref(obj);
    if (!phpvm_is_object(obj))
        return true;
    phpvm_object_t *o = phpvm_obj(obj);
    const char *denied;
    rt_tuple_t *info;
    rt_value_t *slot = find_slot(o, name, scope, &denied, &info);
    if (denied) {
        phpvm_throw("Error", "Cannot access %s property %s::$%s", denied, o->cls->name->data,
                    name->data);
        return false;
    }
    if (!info && !static_as_instance(o, name, scope, false))
        return false;
    if (is_readonly(info) && !readonly_ok(info, slot, name, scope, o->cls, true))
        return false;
    phpvm_func_t *m = magic_applies(o, slot, name) ? magic_for(obj, name, PHPVM_MAGIC_UNSET)
                                                   : NULL;
    if (m) {
        rt_value_t arg = rt_from_ptr(name);
        return call_magic(m, PHPVM_MAGIC_UNSET, obj, &arg, 1) != RT_NOVALUE;
    }
    if (slot && info && rt_tuple_get(info, PHPVM_PI_TYPE) != rt_none) {
        if (phpvm_is_ref(*slot))
            ref_del_source((phpvm_ref_t *)rt_ptr(*slot), info, name);
        *slot = RT_NOVALUE; /* a typed property returns to its uninitialized state, */
        if (o->cls->magic_get || o->cls->magic_set || o->cls->magic_isset ||
            o->cls->magic_unset) /* marked for the magic methods */
            rt_slots_set_attr(o, &o->slots, unset_mark(name), rt_none, 0);
        return true;
    }
    rt_slots_del_attr(o, &o->slots, rt_str_intern(name));
    return true;
}

struct props_ctx {
    phpvm_object_t *o;
    phpvm_class_t *scope;
    phpvm_array_t *out;
    bool all, uninit;
};

static void collect_prop(void *ctx, rt_str_t *name, uint32_t slot, uint32_t attr_flags)
{
    (void)attr_flags;
    struct props_ctx *pc = ctx;
    rt_value_t v = *slot_ptr(pc->o, (int32_t)slot);
    if (v == RT_NOVALUE && pc->uninit) { /* a typed property not initialized: its type */
        rt_value_t info = rt_map_get_str(pc->o->cls->props, name);
        rt_value_t type = info ? rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_TYPE) : 0;
        if (type && type != rt_none)
            rt_map_set_str(pc->out, name, type);
        return;
    }
    if (v == RT_NOVALUE || (name->len > 0 && name->data[0] == 0 &&
                            !phpvm_prop_key_shadowed(name, NULL, NULL)))
        return; /* unset, or internal state */
    if (!pc->all && name->len > 0 && name->data[0] == 0) {
        phpvm_class_t *decl; /* an ancestor's redeclared private: seen from its own class */
        if (!phpvm_prop_key_shadowed(name, &name, &decl) || decl != pc->scope)
            return;
    } else if (!pc->all) {
        rt_value_t info = rt_map_get_str(pc->o->cls->props, name);
        if (info != RT_NOVALUE && prop_denied((rt_tuple_t *)rt_ptr(info), pc->scope))
            return;
    }
    rt_map_set_str(pc->out, name, phpvm_is_ref(v) ? v : phpvm_share(v));
}

bool phpvm_prop_key_shadowed(const rt_str_t *key, rt_str_t **name, phpvm_class_t **decl)
{
    const char *sep = key->len > 2 && key->data[0] == 0
                          ? memchr(key->data + 1, 0, (size_t)key->len - 1)
                          : NULL;
    if (!sep || sep == key->data + 1 || sep + 1 == key->data + key->len)
        return false;
    if (name) /* (only the keys' shape is read otherwise: collect_prop must not allocate) */
        *name = rt_str_new(sep + 1, (size_t)(key->data + key->len - sep - 1));
    if (decl)
        *decl = find_class(rt_str_new(key->data + 1, (size_t)(sep - key->data - 1)));
    return true;
}

phpvm_array_t *phpvm_object_props(rt_value_t obj, phpvm_class_t *scope, bool all)
{
    phpvm_array_t *out = phpvm_array_new(0);
    if (!phpvm_is_object(obj))
        return out;
    struct props_ctx pc = {phpvm_obj(obj), scope, out, all, false};
    rt_shape_each(pc.o->slots.shape, collect_prop, &pc);
    return out;
}

phpvm_array_t *phpvm_object_props_dump(rt_value_t obj)
{
    phpvm_array_t *out = phpvm_array_new(0);
    struct props_ctx pc = {phpvm_obj(obj), NULL, out, true, true};
    rt_shape_each(pc.o->slots.shape, collect_prop, &pc);
    return out;
}

rt_value_t phpvm_object_clone(rt_value_t obj, phpvm_class_t *scope)
{
    obj = phpvm_deref(obj);
    if (phpvm_is_gen(obj))
        return phpvm_throw("Error", "Trying to clone an uncloneable object of class Generator");
    if (!phpvm_is_object(obj))
        return phpvm_throw("Error", "__clone method called on non-object");
    phpvm_object_t *o = phpvm_obj(obj);
    if (o->cls->flags & (PHPVM_C_ENUM | PHPVM_C_NOCLONE))
        return phpvm_throw("Error", "Trying to clone an uncloneable object of class %s",
                           o->cls->name->data);
    phpvm_func_t *m = phpvm_class_method(o->cls, rt_str_from_cstr("__clone"));
    bool priv = m && (m->flags & PHPVM_F_PRIVATE);
    if (m && (priv || (m->flags & PHPVM_F_PROTECTED)) &&
        !(priv ? scope == m->scope
               : scope && (phpvm_instanceof(scope, m->scope) || phpvm_instanceof(m->scope, scope))))
        return phpvm_throw("Error", "Call to %s %s::__clone() from %s%s",
                           priv ? "private" : "protected", o->cls->name->data,
                           scope ? "scope " : "global scope", scope ? scope->name->data : "");
    size_t size = gc_size_of(o);
    phpvm_object_t *c = rt_alloc(&phpvm_type_object, size);
    memcpy((char *)c + sizeof(rt_obj_t), (char *)o + sizeof(rt_obj_t), size - sizeof(rt_obj_t));
    c->id = ++phpvm_vm->next_object_id;
    if (o->slots.shape->flags & RT_SHAPE_DICT)
        c->slots.shape = rt_shape_to_dict(o->slots.shape);
    if (o->slots.overflow) {
        size_t osz = gc_size_of(o->slots.overflow);
        rt_slots_overflow_t *ov = rt_alloc(rt_obj_type(o->slots.overflow), osz);
        memcpy((char *)ov + sizeof(rt_obj_t), (char *)o->slots.overflow + sizeof(rt_obj_t),
               osz - sizeof(rt_obj_t));
        c->slots.overflow = ov;
    }
    for (uint32_t i = 0; i < c->slots.shape->nslots; i++) {
        rt_value_t *s = slot_ptr(c, (int32_t)i);
        phpvm_share(*s);
    }
    gc_write_barrier(c);
    if (o->cls->flags & PHPVM_C_DTOR)
        phpvm_dtor_register(c);
    rt_value_t r = rt_from_ptr(c);
    if (m && phpvm_call_func(rt_from_ptr(m), r, NULL, 0) == RT_NOVALUE)
        return RT_NOVALUE;
    return r;
}

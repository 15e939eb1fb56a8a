/*
** class_check.c: the rules PHP checks when a class is linked (class.c's phpvm_class_declare)
** about methods that override a parent's or implement an interface's: final methods, static
** versus instance, visibility that may only widen, and signature compatibility (the Liskov
** rules PHP 8 enforces: no new required parameters, no dropped ones, by-reference passing kept,
** parameter types contravariant and return types covariant). The errors are PHP's compile-time
** fatal errors, reported at the overriding method's line as PHP does. Only user methods are
** compared: builtins carry no parameter types to compare against.
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "phpvm/interp.h"

static bool fail_at(const phpvm_func_t *m, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Reports the fatal error at method m's declaration; returns false. */
static bool fail_at(const phpvm_func_t *m, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *file = m->code && m->code->base.filename ? m->code->base.filename->data : NULL;
    phpvm_fatal_at(file, m->line, "%s", msg);
    return false;
}

/* ---- Signatures as PHP prints them ---- */

static void append_default(rt_strbuf_t *b, rt_value_t d)
{
    if (rt_is_ptr(d) && rt_obj_type(rt_ptr(d)) == &phpvm_type_func) {
        rt_strbuf_append(b, "<expression>", 12);
        return;
    }
    if (phpvm_is_array(d)) {
        const char *t = phpvm_arr(d)->count ? "[...]" : "[]";
        rt_strbuf_append(b, t, strlen(t));
        return;
    }
    if (phpvm_is_str(d)) {
        rt_str_t *s = phpvm_str(d);
        rt_strbuf_append_char(b, '\'');
        rt_strbuf_append(b, s->data, s->len > 10 ? 10 : (size_t)s->len);
        if (s->len > 10)
            rt_strbuf_append(b, "...", 3);
        rt_strbuf_append_char(b, '\'');
        return;
    }
    if (d == rt_none) {
        rt_strbuf_append(b, "null", 4);
        return;
    }
    if (d == rt_true || d == rt_false) {
        rt_strbuf_append(b, d == rt_true ? "true" : "false", d == rt_true ? 4 : 5);
        return;
    }
    rt_str_t *s = phpvm_to_str(d);
    if (s)
        rt_strbuf_append(b, s->data, (size_t)s->len);
}

/* "A::f(int $x, &$y = 1, ...$z): int" into buf, for method f of class k. */
static void signature(const phpvm_func_t *f, const phpvm_class_t *k, char *buf, size_t cap)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    if (f->flags & PHPVM_F_BYREF_RETURN)
        rt_strbuf_append(&b, "& ", 2);
    rt_strbuf_append(&b, k->name->data, (size_t)k->name->len);
    rt_strbuf_append(&b, "::", 2);
    rt_strbuf_append(&b, f->name->data, (size_t)f->name->len);
    rt_strbuf_append_char(&b, '(');
    for (uint32_t i = 0; i < f->nparams; i++) {
        if (i)
            rt_strbuf_append(&b, ", ", 2);
        rt_value_t t = rt_tuple_get(f->ptypes, i);
        if (t) {
            rt_str_t *text = phpvm_str(rt_tuple_get((rt_tuple_t *)rt_ptr(t), 1));
            rt_strbuf_append(&b, text->data, (size_t)text->len);
            rt_strbuf_append_char(&b, ' ');
        }
        if (f->pflags[i] & PHPVM_P_BYREF)
            rt_strbuf_append_char(&b, '&');
        if (f->pflags[i] & PHPVM_P_VARIADIC)
            rt_strbuf_append(&b, "...", 3);
        rt_str_t *n = phpvm_str(rt_tuple_get(f->pnames, i));
        rt_strbuf_append_char(&b, '$');
        rt_strbuf_append(&b, n->data, (size_t)n->len);
        rt_value_t d = f->pdefaults ? rt_tuple_get(f->pdefaults, i) : 0;
        if (d) {
            rt_strbuf_append(&b, " = ", 3);
            append_default(&b, d);
        }
    }
    rt_strbuf_append_char(&b, ')');
    if (f->rettype) {
        rt_str_t *text = phpvm_str(rt_tuple_get(f->rettype, 1));
        rt_strbuf_append(&b, ": ", 2);
        rt_strbuf_append(&b, text->data, (size_t)text->len);
    }
    rt_str_t *s = rt_strbuf_finish(&b, &rt_type_str);
    snprintf(buf, cap, "%s", s->data);
}

/* ---- Type variance ---- */

enum { SUBTYPE_NO, SUBTYPE_YES, SUBTYPE_UNKNOWN };

/* How class_sub treats a class that is not declared while method signatures are compared:
** RESOLVE_NONE leaves it unknown (property types); RESOLVE_PROBE records it (a class hoisted
** is bound early only if none is missing, and loads nothing); RESOLVE_DEFER, as a class links,
** also notes it in `pending` to autoload once the class is registered (PHP's delayed autoloads,
** so an autoloaded class may extend the one linking), the comparison to be made again then
** (RESOLVE_FINAL: a class still missing is PHP's "Could not check compatibility"). The first
** class missing is `missing`. */
static struct {
    enum { RESOLVE_NONE, RESOLVE_PROBE, RESOLVE_DEFER, RESOLVE_FINAL } mode;
    const phpvm_class_t *linking; /* the class whose methods are compared */
    const rt_str_t *missing;
    phpvm_array_t *pending; /* the declaration's: name -> true to autoload, and (c, m, pm)
                               tuples of the comparisons left to make */
} resolving;

/* The class named n for class_sub, as `resolving` says. */
static phpvm_class_t *resolve_class(const rt_str_t *n)
{
    if (resolving.mode != RESOLVE_NONE && strcasecmp(n->data, resolving.linking->name->data) == 0)
        return (phpvm_class_t *)resolving.linking; /* (not registered until it is linked) */
    phpvm_class_t *k = phpvm_class_lookup((rt_str_t *)n, false);
    if (!k && resolving.mode != RESOLVE_NONE) {
        if (!resolving.missing)
            resolving.missing = n;
        if (resolving.mode == RESOLVE_DEFER)
            phpvm_array_set(resolving.pending, rt_from_ptr((rt_str_t *)n), rt_true);
    }
    return k;
}

/* Whether class a is class b or a subclass: unknown when either is not loaded yet (see
** `resolving`) or is self or parent (resolved only later). */
static int class_sub(const rt_str_t *a, const rt_str_t *b)
{
    if (strcasecmp(a->data, b->data) == 0)
        return SUBTYPE_YES;
    if (strcasecmp(a->data, "self") == 0 || strcasecmp(a->data, "parent") == 0 ||
        strcasecmp(b->data, "self") == 0 || strcasecmp(b->data, "parent") == 0)
        return SUBTYPE_UNKNOWN;
    phpvm_class_t *ac = resolve_class(a);
    phpvm_class_t *bc = ac ? resolve_class(b) : NULL;
    if (!ac || !bc)
        return SUBTYPE_UNKNOWN;
    if (phpvm_instanceof(ac, bc))
        return SUBTYPE_YES;
    if (ac == resolving.linking && resolving.mode != RESOLVE_FINAL && !resolving.missing) {
        /* its interfaces (Stringable too) link after its methods: compared again then */
        resolving.missing = a;
        return SUBTYPE_UNKNOWN;
    }
    return SUBTYPE_NO;
}

/* The class names of a type's member m (a name, or an intersection's tuple of names). */
static int64_t member_names(rt_value_t m, const rt_str_t **names, int64_t cap)
{
    rt_tuple_t *t = (rt_tuple_t *)rt_ptr(m);
    if (rt_obj_type(t) != &rt_type_tuple) {
        names[0] = (const rt_str_t *)t;
        return 1;
    }
    int64_t n = t->len < cap ? t->len : cap;
    for (int64_t i = 0; i < n; i++)
        names[i] = phpvm_str(rt_tuple_get(t, i));
    return n;
}

/* Whether class member b of a type (a class, or an intersection: an instance of each) fits
** class member s of another: each class s names has one in b that is it or its subclass. */
static int member_sub(rt_value_t b, rt_value_t s)
{
    const rt_str_t *bn[16], *sn[16];
    int64_t nb = member_names(b, bn, 16), ns = member_names(s, sn, 16);
    int all = SUBTYPE_YES;
    for (int64_t j = 0; j < ns && all != SUBTYPE_NO; j++) {
        int any = SUBTYPE_NO;
        for (int64_t i = 0; i < nb && any != SUBTYPE_YES; i++) {
            int r = class_sub(bn[i], sn[j]);
            if (r != SUBTYPE_NO)
                any = r;
        }
        if (any != SUBTYPE_YES)
            all = any;
    }
    return all;
}

/* Whether the classes type t names are declared, as `resolving` looks them up (PHP looks them
** up even where object admits any: a name might not be a class). */
static bool classes_known(const phpvm_typedecl_t *t)
{
    bool known = true;
    for (int64_t i = 2; i < t->len && resolving.mode != RESOLVE_NONE; i++) {
        const rt_str_t *names[16];
        int64_t n = member_names(rt_tuple_get(t, i), names, 16);
        bool any = false; /* (one class of an intersection suffices) */
        for (int64_t j = 0; j < n && !any; j++)
            any = strcasecmp(names[j]->data, "self") == 0 ||
                  strcasecmp(names[j]->data, "parent") == 0 || resolve_class(names[j]);
        known = known && any;
    }
    return known;
}

/* Whether every value of declared type `sub` is one of `sup` (0: no declaration, mixed):
** each class member of sub (a class or an intersection) must fit some class member of sup.
** Classes not loaded yet, self/static/parent count as unknown: only a sure incompatibility is
** reported. */
static int subtype(const phpvm_typedecl_t *sub, const phpvm_typedecl_t *sup)
{
    if (!sup)
        return SUBTYPE_YES;
    uint32_t sm = (uint32_t)rt_small_value(rt_tuple_get(sup, 0));
    if (sm & PHPVM_T_MIXED)
        return SUBTYPE_YES;
    if (!sub)
        return SUBTYPE_NO;
    uint32_t bm = (uint32_t)rt_small_value(rt_tuple_get(sub, 0));
    if (bm & PHPVM_T_MIXED)
        return SUBTYPE_NO;
    if (bm == PHPVM_T_NEVER)
        return SUBTYPE_YES; /* the bottom type */
    if ((bm | sm) & PHPVM_T_STATIC)
        return SUBTYPE_UNKNOWN;
    uint32_t widen = sm;
    if (sm & PHPVM_T_BOOL)
        widen |= PHPVM_T_FALSE | PHPVM_T_TRUE;
    if (sm & PHPVM_T_ITERABLE)
        widen |= PHPVM_T_ARRAY;
    uint32_t scalar = PHPVM_T_NULL | PHPVM_T_BOOL | PHPVM_T_INT | PHPVM_T_FLOAT | PHPVM_T_STRING |
                      PHPVM_T_ARRAY | PHPVM_T_FALSE | PHPVM_T_TRUE | PHPVM_T_VOID |
                      PHPVM_T_NEVER;
    if ((bm & scalar) & ~widen)
        return SUBTYPE_NO;
    if ((bm & PHPVM_T_OBJECT) & ~sm)
        return SUBTYPE_NO;
    /* iterable is array|Traversable, callable also strings, arrays and Closures */
    if ((bm & PHPVM_T_ITERABLE) && (sm & PHPVM_T_ARRAY) && (sm & PHPVM_T_OBJECT))
        bm &= ~PHPVM_T_ITERABLE;
    if ((bm & (PHPVM_T_CALLABLE | PHPVM_T_ITERABLE)) & ~sm)
        return (sm & (PHPVM_T_ARRAY | PHPVM_T_OBJECT | PHPVM_T_STRING)) || sup->len > 2
                   ? SUBTYPE_UNKNOWN : SUBTYPE_NO;
    if (sm & PHPVM_T_OBJECT)
        return classes_known(sub) ? SUBTYPE_YES : SUBTYPE_UNKNOWN;
    int result = SUBTYPE_YES;
    for (int64_t i = 2; i < sub->len; i++) {
        int fits = SUBTYPE_NO;
        for (int64_t j = 2; j < sup->len && fits != SUBTYPE_YES; j++) {
            int r = member_sub(rt_tuple_get(sub, i), rt_tuple_get(sup, j));
            if (r != SUBTYPE_NO)
                fits = r;
        }
        if (fits == SUBTYPE_NO && (sm & (PHPVM_T_ITERABLE | PHPVM_T_CALLABLE)))
            fits = SUBTYPE_UNKNOWN;
        if (fits == SUBTYPE_NO)
            return SUBTYPE_NO;
        if (fits == SUBTYPE_UNKNOWN)
            result = SUBTYPE_UNKNOWN;
    }
    return result;
}

/* subtype for compatible(): a class missing only where the answer did not depend on it (a
** union's other member fits) is forgotten, as PHP ignores it then. */
static int sub_check(const phpvm_typedecl_t *sub, const phpvm_typedecl_t *sup)
{
    const rt_str_t *before = resolving.missing;
    int r = subtype(sub, sup);
    if (r != SUBTYPE_UNKNOWN)
        resolving.missing = before;
    return r;
}

static const phpvm_typedecl_t *ptype(const phpvm_func_t *f, uint32_t i)
{
    rt_value_t t = rt_tuple_get(f->ptypes, i);
    return t ? (const phpvm_typedecl_t *)rt_ptr(t) : NULL;
}

/* Whether child method c may stand in for parent method p (the parameter at each position
** of p, and the variadic tail of c for p's extra ones). */
static bool compatible(const phpvm_func_t *c, const phpvm_func_t *p)
{
    if (c->nrequired > p->nrequired)
        return false;
    bool c_var = (c->flags & PHPVM_F_VARIADIC) != 0, p_var = (p->flags & PHPVM_F_VARIADIC) != 0;
    uint32_t cn = c->nparams - (c_var ? 1 : 0), pn = p->nparams - (p_var ? 1 : 0);
    if (cn < pn && !c_var)
        return false;
    if (p_var && !c_var)
        return false;
    uint32_t n = pn > cn ? pn : cn;
    for (uint32_t i = 0; i < n + (p_var ? 1 : 0); i++) {
        uint32_t pi = i < pn ? i : p_var ? pn : UINT32_MAX;
        uint32_t ci = i < cn ? i : c_var ? cn : UINT32_MAX;
        if (pi == UINT32_MAX)
            continue; /* c's extra parameter: optional, checked by nrequired */
        if (ci == UINT32_MAX)
            return false;
        if ((c->pflags[ci] ^ p->pflags[pi]) & PHPVM_P_BYREF)
            return false;
        if (sub_check(ptype(p, pi), ptype(c, ci)) == SUBTYPE_NO)
            return false;
    }
    if (p->rettype && !(rt_small_value(rt_tuple_get(p->rettype, 0)) & PHPVM_T_VOID) &&
        sub_check(c->rettype, p->rettype) == SUBTYPE_NO)
        return false;
    if (p->rettype && (rt_small_value(rt_tuple_get(p->rettype, 0)) & PHPVM_T_VOID) &&
        (!c->rettype || !(rt_small_value(rt_tuple_get(c->rettype, 0)) & PHPVM_T_VOID)))
        return false;
    return true;
}

/* PHP's fatal error of method m of class c that may not stand in for pm: incompatible, or
** (missing) not comparable without that class. */
static bool incompatible(const phpvm_class_t *c, const phpvm_func_t *m, const phpvm_func_t *pm,
                         const rt_str_t *missing)
{
    char mine[512], theirs[512];
    signature(m, c, mine, sizeof mine);
    signature(pm, pm->scope, theirs, sizeof theirs);
    if (missing)
        return fail_at(m, "Could not check compatibility between %s and %s, because class %s is "
                       "not available", mine, theirs, missing->data);
    return fail_at(m, "Declaration of %s must be compatible with %s", mine, theirs);
}

/* The checks of own method m of class c against method pm it overrides or implements; a
** private pm counts only as an abstract trait method (`trait_abstract`), whose visibility m
** need not keep. */
static bool check_one(const phpvm_class_t *c, const phpvm_func_t *m, const phpvm_func_t *pm,
                      bool trait_abstract)
{
    /* (a final private constructor still may not be overridden) */
    bool ctor = strcasecmp(m->name->data, "__construct") == 0;
    if ((pm->flags & PHPVM_F_PRIVATE) && !trait_abstract && !(ctor && (pm->flags & PHPVM_F_FINAL)))
        return true;
    if ((pm->flags & PHPVM_F_FINAL) && !(pm->scope->flags & PHPVM_C_TRAIT))
        return fail_at(m, "Cannot override final method %s::%s()", pm->scope->name->data,
                       pm->name->data);
    /* a constructor only answers to an abstract or interface one */
    if (ctor && !(pm->flags & PHPVM_F_ABSTRACT) && !(pm->scope->flags & PHPVM_C_INTERFACE))
        return true;
    if ((pm->flags ^ m->flags) & PHPVM_F_STATIC)
        return fail_at(m, "Cannot make %sstatic method %s::%s() %sstatic in class %s",
                       pm->flags & PHPVM_F_STATIC ? "" : "non ", pm->scope->name->data,
                       pm->name->data, pm->flags & PHPVM_F_STATIC ? "non " : "",
                       c->name->data);
    bool p_pub = !(pm->flags & (PHPVM_F_PRIVATE | PHPVM_F_PROTECTED));
    if (!trait_abstract && /* (PHP does not enforce their visibility) */
        ((p_pub && (m->flags & (PHPVM_F_PRIVATE | PHPVM_F_PROTECTED))) ||
         ((pm->flags & PHPVM_F_PROTECTED) && (m->flags & PHPVM_F_PRIVATE))))
        return fail_at(m, "Access level to %s::%s() must be %s (as in class %s)%s",
                       c->name->data, m->name->data, p_pub ? "public" : "protected",
                       pm->scope->name->data, p_pub ? "" : " or weaker");
    if (m->builtin || pm->builtin || !m->ptypes || !pm->ptypes)
        return true;
    resolving.mode = resolving.pending ? RESOLVE_DEFER : RESOLVE_NONE;
    resolving.linking = c;
    resolving.missing = NULL;
    bool ok = compatible(m, pm);
    resolving.mode = RESOLVE_NONE;
    if (ok && resolving.missing) { /* compared again once the classes it names are loaded */
        rt_tuple_t *t = rt_tuple_new(3);
        rt_tuple_init_item(t, 0, rt_from_ptr((phpvm_class_t *)c));
        rt_tuple_init_item(t, 1, rt_from_ptr((phpvm_func_t *)m));
        rt_tuple_init_item(t, 2, rt_from_ptr((phpvm_func_t *)pm));
        phpvm_array_append(resolving.pending, rt_from_ptr(t));
        return true;
    }
    return ok || incompatible(c, m, pm, NULL);
}

phpvm_array_t *phpvm_class_checks_defer(phpvm_array_t *pending)
{
    phpvm_array_t *outer = resolving.pending;
    resolving.pending = pending;
    return outer;
}

bool phpvm_class_checks_finish(const phpvm_class_t *c, phpvm_array_t *pending)
{
    for (int64_t i = phpvm_array_first(pending); i >= 0; i = phpvm_array_next(pending, i)) {
        rt_value_t k = phpvm_array_key_at(pending, i);
        if (!phpvm_is_str(k))
            continue;
        phpvm_class_load(phpvm_str(k));
        if (phpvm_vm->exiting) /* (a fatal error in the autoloader) */
            return false;
        if (rt_exc_pending()) { /* PHP's fatal error: the class cannot be used */
            rt_str_t *s = phpvm_exc_string(rt_exc_current());
            rt_exc_clear();
            phpvm_fatal("During inheritance of %s, while autoloading %s: Uncaught %s",
                        c->name->data, phpvm_str(k)->data, s ? s->data : "exception");
            return false;
        }
    }
    for (int64_t i = phpvm_array_first(pending); i >= 0; i = phpvm_array_next(pending, i)) {
        rt_value_t v = phpvm_array_val_at(pending, i);
        if (!rt_is_ptr(v) || rt_obj_type(rt_ptr(v)) != &rt_type_tuple)
            continue;
        rt_tuple_t *t = rt_ptr(v);
        const phpvm_class_t *own = rt_ptr(rt_tuple_get(t, 0));
        const phpvm_func_t *m = rt_ptr(rt_tuple_get(t, 1)), *pm = rt_ptr(rt_tuple_get(t, 2));
        resolving.mode = RESOLVE_FINAL;
        resolving.linking = own;
        resolving.missing = NULL;
        bool ok = compatible(m, pm);
        resolving.mode = RESOLVE_NONE;
        if (!ok || resolving.missing)
            return incompatible(own, m, pm, ok ? resolving.missing : NULL);
    }
    return true;
}

bool phpvm_class_early_bindable(const phpvm_class_t *c, const phpvm_class_t *p)
{
    resolving.mode = RESOLVE_PROBE;
    resolving.linking = c;
    resolving.missing = NULL;
    phpvm_array_t *own = c->methods;
    for (int64_t i = phpvm_array_first(own); i >= 0 && !resolving.missing;
         i = phpvm_array_next(own, i)) {
        rt_value_t pm = phpvm_array_get(p->methods, phpvm_array_key_at(own, i));
        const phpvm_func_t *m = (const phpvm_func_t *)rt_ptr(rt_map_value_at(own, i));
        if (pm != RT_NOVALUE && !m->builtin && m->ptypes && ((phpvm_func_t *)rt_ptr(pm))->ptypes)
            compatible(m, (const phpvm_func_t *)rt_ptr(pm));
    }
    resolving.mode = RESOLVE_NONE;
    return !resolving.missing;
}

/* ---- Magic methods ---- */

/* PHP's rules for a magic method's declaration: its parameter count (-1: any), whether it must
** be static or not, whether non-public draws the warning, whether a return type is refused;
** the types its first two parameters must admit if declared (0: any) and the return type it
** may declare (0: any), with that type's spelling. */
typedef struct magic_rule {
    const char *lcname;
    int8_t nargs;
    int8_t statics; /* 1: may not be static, 2: must be static */
    bool public_;
    bool no_return;
    uint32_t arg[2];
    uint32_t ret;
    const char *ret_name;
} magic_rule_t;

#define T_(x) PHPVM_T_##x
static const magic_rule_t magic_rules[] = {
    {"__construct", -1, 1, false, true, {0, 0}, 0, NULL},
    {"__destruct", 0, 1, false, true, {0, 0}, 0, NULL},
    {"__clone", 0, 1, false, false, {0, 0}, T_(VOID), "void"},
    {"__get", 1, 1, true, false, {T_(STRING), 0}, 0, NULL},
    {"__set", 2, 1, true, false, {T_(STRING), 0}, T_(VOID), "void"},
    {"__unset", 1, 1, true, false, {T_(STRING), 0}, T_(VOID), "void"},
    {"__isset", 1, 1, true, false, {T_(STRING), 0}, T_(BOOL) | T_(TRUE) | T_(FALSE), "bool"},
    {"__call", 2, 1, true, false, {T_(STRING), T_(ARRAY)}, 0, NULL},
    {"__callstatic", 2, 2, true, false, {T_(STRING), T_(ARRAY)}, 0, NULL},
    {"__tostring", 0, 1, true, false, {0, 0}, T_(STRING), "string"},
    {"__debuginfo", 0, 1, true, false, {0, 0}, T_(ARRAY) | T_(NULL), "?array"},
    {"__serialize", 0, 1, true, false, {0, 0}, T_(ARRAY), "array"},
    {"__unserialize", 1, 1, true, false, {T_(ARRAY), 0}, T_(VOID), "void"},
    {"__set_state", 1, 2, true, false, {T_(ARRAY), 0}, T_(OBJECT), "object"},
    {"__invoke", -1, 1, true, false, {0, 0}, 0, NULL},
    {"__sleep", 0, 1, true, false, {0, 0}, T_(ARRAY), "array"},
    {"__wakeup", 0, 1, true, false, {0, 0}, T_(VOID), "void"},
};
#undef T_

/* Whether declared type t admits no value of builtin types `want` (a magic method's
** parameter); iterable admits arrays, mixed everything. */
static bool misses(const phpvm_typedecl_t *t, uint32_t want)
{
    uint32_t m = (uint32_t)rt_small_value(rt_tuple_get(t, 0));
    if (m & PHPVM_T_ITERABLE)
        m |= PHPVM_T_ARRAY;
    return !(m & (PHPVM_T_MIXED | want));
}

/* Whether declared return type t may return more than builtin types `allowed` (never is always
** fine; a class only where objects are). */
static bool exceeds(const phpvm_typedecl_t *t, uint32_t allowed)
{
    uint32_t m = (uint32_t)rt_small_value(rt_tuple_get(t, 0));
    if (m & PHPVM_T_NEVER)
        return false;
    bool classes = rt_tuple_len(t) > 2 || (m & (PHPVM_T_STATIC | PHPVM_T_ITERABLE));
    return (m & ~allowed & ~(PHPVM_T_STATIC | PHPVM_T_ITERABLE)) ||
           (m & PHPVM_T_ITERABLE && !(allowed & PHPVM_T_ARRAY)) ||
           (classes && allowed != PHPVM_T_OBJECT);
}

/* Checks user method m of class c against the magic rules; false after a fatal error. */
static bool check_magic(const phpvm_class_t *c, const phpvm_func_t *m, const magic_rule_t *r)
{
    const char *cn = c->name->data, *mn = m->name->data;
    if (r->nargs >= 0 && m->nparams != (uint32_t)r->nargs) {
        if (r->nargs == 0)
            return fail_at(m, "Method %s::%s() cannot take arguments", cn, mn);
        if (r->nargs == 1)
            return fail_at(m, "Method %s::%s() must take exactly 1 argument", cn, mn);
        return fail_at(m, "Method %s::%s() must take exactly %d arguments", cn, mn, r->nargs);
    }
    for (int i = 0; i < r->nargs; i++)
        if (m->pflags[i] & PHPVM_P_BYREF)
            return fail_at(m, "Method %s::%s() cannot take arguments by reference", cn, mn);
    if (r->statics == 1 && (m->flags & PHPVM_F_STATIC))
        return fail_at(m, "Method %s::%s() cannot be static", cn, mn);
    if (r->statics == 2 && !(m->flags & PHPVM_F_STATIC))
        return fail_at(m, "Method %s::%s() must be static", cn, mn);
    if (r->public_ && (m->flags & (PHPVM_F_PRIVATE | PHPVM_F_PROTECTED))) {
        char msg[512];
        snprintf(msg, sizeof msg, "The magic method %s::%s() must have public visibility", cn, mn);
        phpvm_report(PHPVM_E_WARNING, msg,
                     m->code && m->code->base.filename ? m->code->base.filename->data : NULL,
                     m->line);
    }
    for (int i = 0; i < 2 && i < (int)m->nparams; i++) {
        rt_value_t t = rt_tuple_get(m->ptypes, i);
        if (r->arg[i] && t && misses((const phpvm_typedecl_t *)rt_ptr(t), r->arg[i]))
            return fail_at(m, "%s::%s(): Parameter #%d ($%s) must be of type %s when declared",
                           cn, mn, i + 1, phpvm_str(rt_tuple_get(m->pnames, i))->data,
                           r->arg[i] == PHPVM_T_STRING ? "string" : "array");
    }
    if (r->no_return && m->rettype)
        return fail_at(m, "Method %s::%s() cannot declare a return type", cn, mn);
    if (r->ret && m->rettype && exceeds(m->rettype, r->ret))
        return fail_at(m, "%s::%s(): Return type must be %s when declared", cn, mn, r->ret_name);
    return true;
}

bool phpvm_class_check_magic(const phpvm_class_t *c)
{
    phpvm_array_t *own = c->methods;
    for (int64_t i = phpvm_array_first(own); i >= 0; i = phpvm_array_next(own, i)) {
        const phpvm_func_t *m = (const phpvm_func_t *)rt_ptr(rt_map_value_at(own, i));
        rt_str_t *lc = phpvm_str(phpvm_array_key_at(own, i));
        if (!m->code || lc->len < 2 || lc->data[0] != '_' || lc->data[1] != '_' ||
            (m->scope && m->scope != c))
            continue;
        for (size_t k = 0; k < sizeof magic_rules / sizeof magic_rules[0]; k++)
            if (strcmp(lc->data, magic_rules[k].lcname) == 0 &&
                !check_magic(c, m, &magic_rules[k]))
                return false;
    }
    return true;
}

bool phpvm_class_types_differ(const phpvm_typedecl_t *a, const phpvm_typedecl_t *b)
{
    return subtype(a, b) == SUBTYPE_NO || subtype(b, a) == SUBTYPE_NO;
}

bool phpvm_class_types_equal(const phpvm_typedecl_t *a, const phpvm_typedecl_t *b)
{
    return subtype(a, b) == SUBTYPE_YES && subtype(b, a) == SUBTYPE_YES;
}

bool phpvm_class_check_abstract_trait(const phpvm_class_t *c, const phpvm_func_t *m,
                                      const phpvm_func_t *am)
{
    return check_one(c, m, am, true);
}

bool phpvm_class_check_overrides(const phpvm_class_t *c, const phpvm_class_t *p)
{
    phpvm_array_t *own = c->methods;
    for (int64_t i = phpvm_array_first(own); i >= 0; i = phpvm_array_next(own, i)) {
        rt_value_t pm = phpvm_array_get(p->methods, phpvm_array_key_at(own, i));
        if (pm == RT_NOVALUE)
            continue;
        const phpvm_func_t *m = (const phpvm_func_t *)rt_ptr(rt_map_value_at(own, i));
        if (m->scope && m->scope != c)
            continue; /* not declared here (a trait's copy keeps its own checks) */
        if (!check_one(c, m, (const phpvm_func_t *)rt_ptr(pm), false))
            return false;
    }
    return true;
}

/* Traversable only comes with Iterator or IteratorAggregate (not both), for classes that
** are not abstract and not interfaces. */
static bool check_traversable(const phpvm_class_t *c)
{
    if (c->flags & (PHPVM_C_INTERFACE | PHPVM_C_ABSTRACT))
        return true;
    bool trav = rt_map_get_str(c->ifaces, rt_str_from_cstr("traversable")) != RT_NOVALUE;
    bool iter = rt_map_get_str(c->ifaces, rt_str_from_cstr("iterator")) != RT_NOVALUE;
    bool aggr = rt_map_get_str(c->ifaces, rt_str_from_cstr("iteratoraggregate")) != RT_NOVALUE;
    if (iter && aggr) {
        phpvm_fatal("Class %s cannot implement both Iterator and IteratorAggregate at the same "
                    "time", c->name->data);
        return false;
    }
    if (trav && !iter && !aggr) {
        phpvm_fatal_at(NULL, 0, "%s %s must implement interface Traversable as part of either "
                       "Iterator or IteratorAggregate", c->flags & PHPVM_C_ENUM ? "Enum" : "Class",
                       c->name->data);
        return false;
    }
    return true;
}

bool phpvm_class_check_interfaces(const phpvm_class_t *c)
{
    if (!check_traversable(c))
        return false;
    for (int64_t i = phpvm_array_first(c->ifaces); i >= 0; i = phpvm_array_next(c->ifaces, i)) {
        const phpvm_class_t *iface = rt_ptr(phpvm_array_val_at(c->ifaces, i));
        if (iface == c)
            continue;
        phpvm_array_t *ims = iface->methods;
        for (int64_t j = phpvm_array_first(ims); j >= 0; j = phpvm_array_next(ims, j)) {
            const phpvm_func_t *im = rt_ptr(phpvm_array_val_at(ims, j));
            rt_value_t mv = phpvm_array_get(c->methods, phpvm_array_key_at(ims, j));
            if (mv == RT_NOVALUE || rt_ptr(mv) == im)
                continue;
            const phpvm_func_t *m = rt_ptr(mv);
            if (m->builtin || im->builtin || (m->scope && m->scope != c))
                continue;
            if (!check_one(c, m, im, false))
                return false;
        }
    }
    return true;
}

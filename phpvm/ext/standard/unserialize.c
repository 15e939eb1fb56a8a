/*
** unserialize.c: ext/standard's unserialize(), the reader of serialize.c's format. Every value
** read is numbered as the writer numbered it and remembered by its *place* (an array and key,
** or an object, property name and scope), so that R:n can later turn that place into a
** reference cell shared with the new one, and r:n can repeat an object. __unserialize() and
** __wakeup() calls are queued and run after the whole string is read, in the order the
** objects were finished, as PHP does. Malformed input is PHP's notice "Error at offset X of Y
** bytes" and false.
*/
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/interp.h"
#include "phpvm/ext/standard/var.h"

enum { DEFAULT_MAX_DEPTH = 4096 }; /* the unserialize_max_depth ini default */

typedef phpvm_unser_t unser_t;

static bool value(unser_t *u, rt_value_t cont, rt_value_t key, rt_value_t scope);

/* ---- Places ---- */

static void push_place(unser_t *u, rt_value_t cont, rt_value_t key, rt_value_t scope)
{
    rt_vec_append(u->places, cont);
    rt_vec_append(u->places, key);
    rt_vec_append(u->places, scope);
}

static phpvm_class_t *scope_of(rt_value_t scope)
{
    return scope == rt_none ? NULL : (phpvm_class_t *)rt_ptr(scope);
}

/* Stores v (a value or a reference cell) at a place. */
static bool store(rt_value_t cont, rt_value_t key, rt_value_t scope, rt_value_t v)
{
    if (phpvm_is_array(cont)) {
        phpvm_array_set(phpvm_arr(cont), key, v);
        return true;
    }
    if (phpvm_is_ref(v))
        return phpvm_prop_bind_ref(cont, phpvm_str(key), (phpvm_ref_t *)rt_ptr(v),
                                   scope_of(scope));
    return phpvm_prop_write(cont, phpvm_str(key), v, scope_of(scope));
}

/* The raw content of place n (1-based as in R:/r:), or RT_NOVALUE when there is none. */
static rt_value_t place_get(unser_t *u, uint64_t n, rt_value_t *cont, rt_value_t *key,
                            rt_value_t *scope)
{
    if (n == 0 || n > (uint64_t)(rt_vec_len(u->places) / 3))
        return RT_NOVALUE;
    *cont = rt_vec_get(u->places, (int64_t)(n - 1) * 3);
    *key = rt_vec_get(u->places, (int64_t)(n - 1) * 3 + 1);
    *scope = rt_vec_get(u->places, (int64_t)(n - 1) * 3 + 2);
    if (phpvm_is_array(*cont))
        return phpvm_array_get(phpvm_arr(*cont), *key);
    rt_value_t *slot = phpvm_prop_slot(*cont, phpvm_str(*key), scope_of(*scope), false);
    return slot ? *slot : RT_NOVALUE;
}

/* Class names compare case-insensitively: allowed_classes holds them in lower case. */
static rt_str_t *lower(const rt_str_t *s)
{
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)s->len);
    memcpy(r->data, s->data, (size_t)s->len);
    for (int64_t i = 0; i < r->len; i++)
        if (r->data[i] >= 'A' && r->data[i] <= 'Z')
            r->data[i] = (char)(r->data[i] + 32);
    return r;
}

/* ---- Lexical pieces ---- */

static bool lit(unser_t *u, const char *q, const char *s)
{
    size_t n = strlen(s);
    return (size_t)(u->end - q) >= n && memcmp(q, s, n) == 0;
}

/* Digits at *q (at least one): their value; *q moves past them. */
static bool digits(unser_t *u, const char **q, uint64_t *out)
{
    const char *s = *q;
    uint64_t v = 0;
    while (s < u->end && *s >= '0' && *s <= '9')
        v = v * 10 + (uint64_t)(*s++ - '0');
    if (s == *q)
        return false;
    *q = s;
    *out = v;
    return true;
}

/* "X:" digits then `tail` ("\"" or ";" or ":{"), from u->p; *q is after the tail. */
static bool head(unser_t *u, const char **q, uint64_t *n, const char *tail)
{
    *q = u->p + 2;
    if (u->end - u->p < 2 || u->p[1] != ':' || !digits(u, q, n) || !lit(u, *q, tail))
        return false;
    *q += strlen(tail);
    return true;
}

/* A float literal as the format allows (NAN, INF, -INF, decimal, exponent) up to ';'. */
static bool float_lit(unser_t *u, const char *q, const char **semi, double *d)
{
    const char *e = memchr(q, ';', (size_t)(u->end - q));
    if (!e || e == q)
        return false;
    *semi = e;
    size_t n = (size_t)(e - q);
    if ((n == 3 && memcmp(q, "NAN", 3) == 0) || (n == 3 && memcmp(q, "INF", 3) == 0) ||
        (n == 4 && memcmp(q, "-INF", 4) == 0)) {
        *d = q[0] == 'N' ? NAN : q[0] == '-' ? -INFINITY : INFINITY;
        return true;
    }
    const char *s = q;
    bool any = false;
    if (*s == '+' || *s == '-')
        s++;
    for (; s < e && *s >= '0' && *s <= '9'; s++)
        any = true;
    if (s < e && *s == '.')
        for (s++; s < e && *s >= '0' && *s <= '9'; s++)
            any = true;
    if (any && s < e && (*s == 'e' || *s == 'E')) {
        s++;
        if (s < e && (*s == '+' || *s == '-'))
            s++;
        const char *x = s;
        while (s < e && *s >= '0' && *s <= '9')
            s++;
        any = s > x;
    }
    if (!any || s != e)
        return false;
    *d = strtod(q, NULL); /* it stops at the ';' checked above */
    return true;
}

/* s:N:"bytes"; from u->p into *out; on failure u->p is where PHP reports the error. */
static bool string_lit(unser_t *u, rt_value_t *out)
{
    const char *q;
    uint64_t n;
    if (!head(u, &q, &n, ":\""))
        return false;
    if ((uint64_t)(u->end - q) < n) {
        u->p += 2;
        return false;
    }
    const char *s = q;
    q += n;
    if (q >= u->end || *q != '"') {
        u->p = q;
        return false;
    }
    if (q + 1 >= u->end || q[1] != ';') {
        u->p = q + 1;
        return false;
    }
    u->p = q + 2;
    *out = phpvm_str_value(s, (size_t)n);
    return true;
}

/* N; b: i: d: s: : the scalars, also the only things a key may be. */
static bool scalar(unser_t *u, rt_value_t *out)
{
    const char *q = u->p + 2, *semi;
    switch (*u->p) {
    case 'N':
        if (!lit(u, u->p, "N;"))
            return false;
        u->p += 2;
        *out = rt_none;
        return true;
    case 'b':
        if (!lit(u, u->p, "b:0;") && !lit(u, u->p, "b:1;"))
            return false;
        *out = rt_bool(u->p[2] == '1');
        u->p += 4;
        return true;
    case 'i': {
        if (!lit(u, u->p, "i:"))
            return false;
        bool neg = q < u->end && *q == '-';
        if (q < u->end && (*q == '-' || *q == '+'))
            q++;
        uint64_t n;
        if (!digits(u, &q, &n) || !lit(u, q, ";"))
            return false;
        u->p = q + 1;
        *out = phpvm_int(neg ? (int64_t)(0 - n) : (int64_t)n);
        return true;
    }
    case 'd': {
        double d;
        if (!lit(u, u->p, "d:") || !float_lit(u, q, &semi, &d))
            return false;
        u->p = semi + 1;
        *out = phpvm_float(d);
        return true;
    }
    case 's':
        return string_lit(u, out);
    case '}': /* fewer elements than the count said */
        phpvm_error(PHPVM_E_NOTICE, "unserialize(): Unexpected end of serialized data");
        return false;
    default:
        return false;
    }
}

/* An array or property key: an int or a string, numeric strings as ints. */
static bool key_of(unser_t *u, rt_value_t *k)
{
    if (u->p >= u->end || !scalar(u, k))
        return false;
    if (!rt_is_int(*k) && !phpvm_is_str(*k))
        return false;
    *k = phpvm_key(*k);
    return true;
}

/* ---- Arrays and objects ---- */

static bool depth_ok(unser_t *u)
{
    if (u->max_depth > 0 && u->depth >= u->max_depth) {
        phpvm_error(PHPVM_E_WARNING, "unserialize(): Maximum depth of %" PRId64 " exceeded. The "
                    "depth limit can be changed using the max_depth unserialize() option or the "
                    "unserialize_max_depth ini setting", u->max_depth);
        return false;
    }
    u->depth++;
    return true;
}

/* A property name as serialized ("\0Class\0p", "\0*\0p", "p"): the bare name and the class
** whose scope may write it. */
static rt_str_t *unmangle(phpvm_class_t *cls, rt_str_t *k, phpvm_class_t **scope)
{
    *scope = cls;
    if (k->len == 0 || k->data[0] != 0)
        return k;
    const char *sep = memchr(k->data + 1, 0, (size_t)k->len - 1);
    if (!sep)
        return k;
    size_t cl = (size_t)(sep - k->data - 1);
    if (!(cl == 1 && k->data[1] == '*')) {
        phpvm_class_t *owner = phpvm_class_lookup(rt_str_new(k->data + 1, (int64_t)cl), false);
        if (owner && phpvm_instanceof(cls, owner))
            *scope = owner;
    }
    return rt_str_new(sep + 1, k->len - (int64_t)(sep + 1 - k->data));
}

/* n key/value pairs into `cont` (an array, or an object whose property names are mangled by
** visibility), then the closing brace. */
static bool body(unser_t *u, rt_value_t cont, uint64_t n)
{
    bool obj = phpvm_is_object(cont);
    if (n && !depth_ok(u))
        return false;
    for (uint64_t i = 0; i < n; i++) {
        rt_value_t k, scope = rt_none;
        if (!key_of(u, &k))
            return false;
        if (obj) {
            phpvm_class_t *sc;
            rt_str_t *ks = phpvm_is_str(k) ? phpvm_str(k) : phpvm_to_str(k);
            k = rt_from_ptr(unmangle(phpvm_obj(cont)->cls, ks, &sc));
            scope = rt_from_ptr(sc);
        }
        if (!value(u, cont, k, scope))
            return false;
    }
    if (n)
        u->depth--;
    if (u->p >= u->end || *u->p != '}')
        return false;
    u->p++;
    return true;
}

static phpvm_class_t *incomplete_class(void)
{
    phpvm_class_t *c = phpvm_class_find_c(PHPVM_INCOMPLETE_CLASS);
    if (c)
        return c;
    c = phpvm_class_builtin(PHPVM_INCOMPLETE_CLASS, NULL, NULL, PHPVM_C_DYNAMIC);
    return phpvm_class_declare(c) ? c : NULL;
}

/* The class of a serialized name, or __PHP_Incomplete_Class (*incomplete) for one that is
** missing or not allowed; NULL with an exception pending (an autoloader threw). */
static phpvm_class_t *class_for(unser_t *u, rt_str_t *name, bool *incomplete)
{
    *incomplete = false;
    phpvm_class_t *c = NULL;
    if (!u->allowed || rt_map_get_str(u->allowed, lower(name)) != RT_NOVALUE) {
        c = phpvm_class_load(name);
        if (!c && rt_exc_pending())
            return NULL;
    }
    if (c)
        return c;
    *incomplete = true;
    return incomplete_class();
}

/* C:len:"Class":n:{data}: Serializable::unserialize($data) on a new instance. */
static bool custom_object(unser_t *u, const char *q, phpvm_class_t *c, rt_value_t cont,
                          rt_value_t key, rt_value_t scope)
{
    uint64_t n;
    u->p = q;
    if (!digits(u, &q, &n))
        return false;
    u->p = q;
    if (u->end - q < 2 || q[0] != ':')
        return false;
    if (q[1] != '{') {
        u->p = q + 1;
        return false;
    }
    q += 2;
    u->p = q;
    if ((uint64_t)(u->end - q) <= n) {
        phpvm_error(PHPVM_E_WARNING, "Insufficient data for unserializing - %" PRIu64
                    " required, %" PRId64 " present", n, (int64_t)(u->end - q));
        return false;
    }
    if (q[n] != '}') {
        u->p = q + n;
        return false;
    }
    rt_value_t obj = phpvm_object_new(c);
    if (obj == RT_NOVALUE || !store(cont, key, scope, obj))
        return false;
    if (!phpvm_class_method(c, rt_str_from_cstr("unserialize"))) {
        phpvm_error(PHPVM_E_WARNING, "Class %s has no unserializer", c->name->data);
    } else {
        rt_value_t callee, ctx, arg = phpvm_str_value(q, (size_t)n);
        if (!phpvm_method(obj, rt_str_from_cstr("unserialize"), c, &callee, &ctx) ||
            phpvm_call_func(callee, ctx, &arg, 1) == RT_NOVALUE)
            return false;
    }
    u->p = q + n + 1;
    return true;
}

/* X:len:"name" followed by `after` (':' for classes, ';' for enum cases), from u->p: the name
** in *name and *len, *q past `after`; on failure u->p is where PHP reports the error. */
static bool quoted_name(unser_t *u, char after, const char **name, uint64_t *len, const char **q)
{
    if (!head(u, q, len, ":\""))
        return false;
    if ((uint64_t)(u->end - *q) < *len || *len == 0) {
        u->p += 2;
        return false;
    }
    *name = *q;
    *q += *len;
    if (*q >= u->end || **q != '"') {
        u->p = *q;
        return false;
    }
    if (*q + 1 >= u->end || (*q)[1] != after) {
        u->p = *q + 1;
        return false;
    }
    *q += 2;
    return true;
}

/* O:len:"Class":n:{props} and C:... */
static bool object(unser_t *u, rt_value_t cont, rt_value_t key, rt_value_t scope)
{
    const char *q, *name;
    uint64_t len;
    if (!quoted_name(u, ':', &name, &len, &q))
        return false;
    if (name[0] == 0 || name[0] == '\\')
        return false;
    bool custom = *u->p == 'C', incomplete;
    rt_str_t *cname = rt_str_new(name, (int64_t)len);
    phpvm_class_t *c = class_for(u, cname, &incomplete);
    if (!c)
        return false;
    if (c->flags & PHPVM_C_VM_ONLY) {
        phpvm_throw("Exception", "Unserialization of '%s' is not allowed", c->name->data);
        return false;
    }
    if (custom)
        return custom_object(u, q, c, cont, key, scope);
    uint64_t n;
    u->p = q - 2;
    if (u->end - u->p <= 2) {
        phpvm_error(PHPVM_E_WARNING, "Bad unserialize data");
        return false;
    }
    u->p = q;
    if (!digits(u, &q, &n))
        return false;
    u->p = q;
    if (!lit(u, q, ":"))
        return false;
    if (!lit(u, q, ":{")) {
        u->p = q + 1;
        return false;
    }
    u->p = q + 2;
    phpvm_func_t *unser = incomplete ? NULL
                                     : phpvm_class_method(c, rt_str_from_cstr("__unserialize"));
    if (!unser && rt_map_get_str(c->ifaces, rt_str_from_cstr("serializable")) != RT_NOVALUE) {
        phpvm_error(PHPVM_E_WARNING, "Erroneous data format for unserializing '%s'",
                    c->name->data);
        return false;
    }
    rt_value_t obj = phpvm_object_new(c);
    if (obj == RT_NOVALUE || !store(cont, key, scope, obj))
        return false;
    if (incomplete &&
        !phpvm_prop_write(obj, rt_str_intern_cstr(PHPVM_INCOMPLETE_NAME), rt_from_ptr(cname), c))
        return false;
    if (unser) {
        rt_value_t data = rt_from_ptr(phpvm_array_new(0));
        if (!body(u, data, n))
            return false;
        rt_vec_append(u->delayed, obj);
        rt_vec_append(u->delayed, data);
        return true;
    }
    if (!body(u, obj, n))
        return false;
    if (!incomplete && phpvm_class_method(c, rt_str_from_cstr("__wakeup"))) {
        rt_vec_append(u->delayed, obj);
        rt_vec_append(u->delayed, rt_none);
    }
    return true;
}

/* E:len:"Enum:Case"; */
static bool enum_case(unser_t *u, rt_value_t *out)
{
    const char *q, *s;
    uint64_t len;
    if (!quoted_name(u, ';', &s, &len, &q))
        return false;
    const char *colon = memchr(s, ':', len);
    if (!colon) {
        phpvm_error(PHPVM_E_WARNING, "unserialize(): Invalid enum name '%.*s' (missing colon)",
                    (int)len, s);
        return false;
    }
    rt_str_t *ename = rt_str_new(s, colon - s);
    rt_str_t *cname = rt_str_new(colon + 1, (int64_t)len - (colon + 1 - s));
    phpvm_class_t *c = phpvm_class_load(ename);
    if (!c) {
        if (!rt_exc_pending())
            phpvm_error(PHPVM_E_WARNING, "unserialize(): Class '%s' not found", ename->data);
        return false;
    }
    if (!(c->flags & PHPVM_C_ENUM)) {
        phpvm_error(PHPVM_E_WARNING, "unserialize(): Class '%s' is not an enum", ename->data);
        return false;
    }
    u->p = q;
    if (rt_map_get_str(c->consts, cname) == RT_NOVALUE) {
        phpvm_error(PHPVM_E_WARNING, "unserialize(): Undefined constant %s::%s", ename->data,
                    cname->data);
        return false;
    }
    rt_value_t v = phpvm_class_const(c, cname);
    if (v == RT_NOVALUE)
        return false;
    if (!phpvm_is_object(v) || phpvm_obj(v)->cls != c) {
        phpvm_error(PHPVM_E_WARNING, "unserialize(): %s::%s is not an enum case", ename->data,
                    cname->data);
        return false;
    }
    *out = v;
    return true;
}

/* R:n; (share place n's reference cell, made on demand) and r:n; (repeat an object). */
static bool backref(unser_t *u, rt_value_t cont, rt_value_t key, rt_value_t scope)
{
    const char *q;
    uint64_t n;
    bool ref = *u->p == 'R';
    if (!head(u, &q, &n, ";"))
        return false;
    u->p = q;
    rt_value_t tc, tk, ts;
    rt_value_t cur = place_get(u, n, &tc, &tk, &ts);
    if (cur == RT_NOVALUE)
        return false;
    if (!ref) {
        cur = phpvm_deref(cur);
        return phpvm_is_object(cur) && store(cont, key, scope, cur);
    }
    if (tc == cont && tk == key)
        return false;
    phpvm_ref_t *r = phpvm_is_array(tc) ? phpvm_dim_ref(tc, tk, false)
                                        : phpvm_prop_ref(tc, phpvm_str(tk), scope_of(ts));
    return r && store(cont, key, scope, rt_from_ptr(r));
}

/* One value into its place (cont, key, scope): a new place, except for R:. */
static bool value(unser_t *u, rt_value_t cont, rt_value_t key, rt_value_t scope)
{
    if (u->p >= u->end)
        return false;
    char tag = *u->p;
    if (tag != 'R')
        push_place(u, cont, key, scope);
    const char *q;
    uint64_t n;
    rt_value_t v;
    switch (tag) {
    case 'R':
    case 'r':
        return backref(u, cont, key, scope);
    case 'a': {
        if (!head(u, &q, &n, ":{"))
            return false;
        u->p = q;
        if (n > (uint64_t)(u->end - q))
            return false;
        rt_value_t a = rt_from_ptr(phpvm_array_new((int64_t)n));
        return body(u, a, n) && store(cont, key, scope, a);
    }
    case 'O':
    case 'C':
        return object(u, cont, key, scope);
    case 'E':
        return enum_case(u, &v) && store(cont, key, scope, v);
    default:
        return scalar(u, &v) && store(cont, key, scope, v);
    }
}

/* Runs the queued __unserialize()/__wakeup() calls until one throws. */
static bool run_delayed(unser_t *u)
{
    for (int64_t i = 0; i < rt_vec_len(u->delayed); i += 2) {
        rt_value_t obj = rt_vec_get(u->delayed, i), data = rt_vec_get(u->delayed, i + 1);
        phpvm_class_t *c = phpvm_obj(obj)->cls;
        phpvm_func_t *m = phpvm_class_method(c, rt_str_from_cstr(data == rt_none ? "__wakeup"
                                                                               : "__unserialize"));
        if (phpvm_call_func(rt_from_ptr(m), obj, &data, data == rt_none ? 0 : 1) == RT_NOVALUE)
            return false;
    }
    return true;
}

/* The options array: allowed_classes (array|bool) and max_depth (int >= 0). */
static bool options(unser_t *u, phpvm_array_t *opts)
{
    rt_value_t ac = rt_map_get_str(opts, rt_str_from_cstr("allowed_classes"));
    if (ac != RT_NOVALUE) {
        ac = phpvm_deref(ac);
        if (!phpvm_is_array(ac) && !rt_is_bool(ac)) {
            phpvm_throw("TypeError", "unserialize(): Option \"allowed_classes\" must be of type "
                        "array|bool, %s given", phpvm_type_name(ac));
            return false;
        }
        if (ac != rt_true) {
            u->allowed = phpvm_array_new(0);
            phpvm_array_t *a = phpvm_is_array(ac) ? phpvm_arr(ac) : phpvm_array_new(0);
            for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
                rt_str_t *s = phpvm_to_str(phpvm_array_val_at(a, p));
                if (!s)
                    return false;
                rt_map_set_str(u->allowed, lower(s), rt_true);
            }
        }
    }
    rt_value_t md = rt_map_get_str(opts, rt_str_from_cstr("max_depth"));
    if (md != RT_NOVALUE) {
        md = phpvm_deref(md);
        if (!rt_is_int(md)) {
            phpvm_throw("TypeError", "unserialize(): Option \"max_depth\" must be of type int, "
                        "%s given", phpvm_type_name(md));
            return false;
        }
        if (phpvm_int_of(md) < 0) {
            phpvm_throw("ValueError", "unserialize(): Option \"max_depth\" must be greater than "
                        "or equal to 0");
            return false;
        }
        u->max_depth = phpvm_int_of(md);
    }
    return true;
}

void phpvm_unser_start(phpvm_unser_t *u, const rt_str_t *data)
{
    *u = (unser_t){.buf = data->data, .p = data->data, .end = data->data + data->len,
                   .places = rt_vec_new(0), .delayed = rt_vec_new(0), .allowed = NULL,
                   .max_depth = DEFAULT_MAX_DEPTH, .depth = 0};
}

bool phpvm_unser_lit(phpvm_unser_t *u, const char *lit)
{
    size_t n = strlen(lit);
    if ((size_t)(u->end - u->p) < n || memcmp(u->p, lit, n) != 0)
        return false;
    u->p += n;
    return true;
}

rt_value_t phpvm_unser_value(phpvm_unser_t *u)
{
    rt_value_t holder = rt_from_ptr(phpvm_array_new(1));
    if (!value(u, holder, phpvm_int(0), rt_none))
        return RT_NOVALUE;
    return phpvm_deref(phpvm_array_get(phpvm_arr(holder), phpvm_int(0)));
}

bool phpvm_unser_finish(phpvm_unser_t *u)
{
    return !rt_exc_pending() && run_delayed(u);
}

rt_value_t phpvm_fn_unserialize(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *data = phpvm_arg_str(args, argc, 0);
    if (!data)
        return RT_NOVALUE;
    unser_t u;
    phpvm_unser_start(&u, data);
    if (phpvm_arg_given(argc, args, 1)) {
        phpvm_array_t *opts = phpvm_arg_array(args, argc, 1);
        if (!opts || !options(&u, opts))
            return RT_NOVALUE;
    }
    if (data->len == 0)
        return rt_false;
    rt_value_t holder = rt_from_ptr(phpvm_array_new(1));
    bool ok = value(&u, holder, phpvm_int(0), rt_none);
    if (!ok && !rt_exc_pending())
        phpvm_error(PHPVM_E_NOTICE, "unserialize(): Error at offset %" PRId64 " of %" PRId64
                    " bytes", (int64_t)(u.p - u.buf), data->len);
    if (!rt_exc_pending() && !run_delayed(&u))
        return RT_NOVALUE;
    if (rt_exc_pending())
        return RT_NOVALUE;
    return ok ? phpvm_deref(phpvm_array_get(phpvm_arr(holder), phpvm_int(0))) : rt_false;
}

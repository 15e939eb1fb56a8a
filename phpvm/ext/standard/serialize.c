/*
** serialize.c: ext/standard's serialize(), PHP's own text format (N; b: i: d: s: a: O: C: E:
** and the back-references r: for a repeated object and R: for a PHP reference). Objects go
** through __serialize(), Serializable::serialize() or __sleep() when their class has one, else
** every property with its visibility mangled into the name ("\0*\0p", "\0Class\0p").
** unserialize() is its inverse (unserialize.c); both share the builtin table at the end.
*/
#include <inttypes.h>
#include <string.h>

#include "phpvm/interp.h"
#include "phpvm/ext/standard/var.h"

/* The values seen so far, as PHP numbers them: every value written counts one (keys do not);
** objects and reference cells remember their number so a second sighting writes r:/R:. */
typedef struct ser {
    rt_strbuf_t b;
    int64_t n;
    phpvm_array_t *seen; /* address of an object or reference cell -> its number */
    rt_vec_t *keep;      /* what `seen` names, alive until the end (temporaries of __serialize) */
} ser_t;

static bool ser_value(ser_t *s, rt_value_t v);

static void ser_string(ser_t *s, const char *p, int64_t len)
{
    rt_strbuf_appendf(&s->b, "s:%" PRId64 ":\"", len);
    rt_strbuf_append(&s->b, p, (size_t)len);
    rt_strbuf_append(&s->b, "\";", 2);
}

static void ser_key(ser_t *s, rt_value_t k)
{
    if (phpvm_is_str(k))
        ser_string(s, phpvm_str(k)->data, phpvm_str(k)->len);
    else
        rt_strbuf_appendf(&s->b, "i:%" PRId64 ";", phpvm_int_of(k));
}

/* Counts v and returns the number it had when seen before (an object, or a reference cell:
** a reference to an object counts as the object), else 0. */
static int64_t ser_seen(ser_t *s, rt_value_t v)
{
    s->n++;
    bool ref = phpvm_is_ref(v);
    if (ref && phpvm_is_object(phpvm_deref(v)))
        v = phpvm_deref(v);
    else if (!ref && !phpvm_is_object(v))
        return 0;
    int64_t key = (int64_t)(intptr_t)rt_ptr(v);
    rt_value_t had = rt_map_get_int(s->seen, key);
    if (had != RT_NOVALUE) {
        int64_t num = phpvm_int_of(had);
        if (ref && num != -1)
            s->n--; /* a reference cell counts once */
        return num;
    }
    rt_map_set_int(s->seen, key, phpvm_int(s->n));
    rt_vec_append(s->keep, v);
    return 0;
}

/* The entries of an array as "N:{key value ...}". */
static bool ser_entries(ser_t *s, phpvm_array_t *a)
{
    rt_strbuf_appendf(&s->b, "%" PRId64 ":{", rt_map_count(a));
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        ser_key(s, phpvm_array_key_at(a, p));
        if (!ser_value(s, rt_map_value_at(a, p)))
            return false;
    }
    rt_strbuf_append_char(&s->b, '}');
    return true;
}

/* The properties __sleep() names, in its order, keyed by their mangled names; NULL with an
** exception pending, or (*bad) when __sleep returned no array. */
static phpvm_array_t *sleep_props(rt_value_t obj, phpvm_func_t *sleep, bool *bad)
{
    phpvm_class_t *cls = phpvm_obj(obj)->cls;
    rt_value_t r = phpvm_call_func(rt_from_ptr(sleep), obj, NULL, 0);
    if (r == RT_NOVALUE)
        return NULL;
    r = phpvm_deref(r);
    if (!phpvm_is_array(r)) {
        phpvm_error(PHPVM_E_WARNING, "serialize(): %s::__sleep() should return an array only "
                    "containing the names of instance-variables to serialize", cls->name->data);
        *bad = true;
        return NULL;
    }
    phpvm_array_t *names = phpvm_arr(r), *all = phpvm_object_props(obj, NULL, true);
    phpvm_array_t *out = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(names); p >= 0; p = phpvm_array_next(names, p)) {
        rt_value_t nv = phpvm_array_val_at(names, p);
        if (!phpvm_is_str(nv))
            phpvm_error(PHPVM_E_WARNING, "serialize(): %s::__sleep() should return an array "
                        "only containing the names of instance-variables to serialize",
                        cls->name->data);
        rt_str_t *name = phpvm_to_str(nv);
        if (!name)
            return NULL;
        rt_value_t v = rt_map_get_str(all, name);
        rt_value_t info = rt_map_get_str(cls->props, name);
        if (info != RT_NOVALUE) { /* a parent's private property is not the object's own name */
            rt_tuple_t *t = (rt_tuple_t *)rt_ptr(info);
            if ((rt_small_value(rt_tuple_get(t, PHPVM_PI_FLAGS)) & PHPVM_F_PRIVATE) &&
                rt_ptr(rt_tuple_get(t, PHPVM_PI_CLASS)) != cls)
                v = RT_NOVALUE;
        }
        if (v == RT_NOVALUE) {
            phpvm_error(PHPVM_E_WARNING, "serialize(): \"%s\" returned as member variable from "
                        "__sleep() but does not exist", name->data);
            continue;
        }
        rt_value_t key = rt_from_ptr(phpvm_var_mangled_name(cls, name));
        if (phpvm_array_get(out, key) != RT_NOVALUE) {
            phpvm_error(PHPVM_E_NOTICE, "serialize(): \"%s\" is returned from __sleep() multiple "
                        "times", name->data);
            continue;
        }
        phpvm_array_set(out, key, v);
    }
    return out;
}

static void ser_class_name(ser_t *s, char tag, rt_str_t *name)
{
    rt_strbuf_appendf(&s->b, "%c:%" PRId64 ":\"", tag, name->len);
    rt_strbuf_append_str(&s->b, name);
    rt_strbuf_append(&s->b, "\":", 2);
}

/* Serializable::serialize(): "C:len:"Class":len:{data}", or N; when it returns null. */
static bool ser_custom(ser_t *s, rt_value_t obj, rt_value_t own)
{
    phpvm_class_t *cls = phpvm_obj(obj)->cls;
    rt_value_t callee, ctx;
    if (!phpvm_method(obj, rt_str_from_cstr("serialize"), cls, &callee, &ctx))
        return false;
    rt_value_t r = phpvm_call_func(callee, ctx, NULL, 0);
    if (r == RT_NOVALUE)
        return false;
    r = phpvm_deref(r);
    if (r == rt_none) {
        rt_map_set_int(s->seen, (int64_t)(intptr_t)rt_ptr(own), phpvm_int(-1));
        rt_strbuf_append(&s->b, "N;", 2);
        return true;
    }
    if (!phpvm_is_str(r)) {
        phpvm_throw("Exception", "%s::serialize() must return a string or NULL",
                    cls->name->data);
        return false;
    }
    ser_class_name(s, 'C', cls->name);
    rt_strbuf_appendf(&s->b, "%" PRId64 ":{", phpvm_str(r)->len);
    rt_strbuf_append_str(&s->b, phpvm_str(r));
    rt_strbuf_append_char(&s->b, '}');
    return true;
}

/* __PHP_Incomplete_Class keeps the name of the class it stands for in a property. */
static rt_str_t *incomplete_name(rt_value_t obj, phpvm_array_t **props)
{
    rt_str_t *key = rt_str_from_cstr(PHPVM_INCOMPLETE_NAME);
    rt_value_t n = rt_map_get_str(*props, key);
    if (n == RT_NOVALUE || !phpvm_is_str(phpvm_deref(n)))
        return phpvm_obj(obj)->cls->name;
    *props = phpvm_array_dup(*props);
    rt_map_del_str(*props, key);
    return phpvm_str(phpvm_deref(n));
}

static bool ser_object(ser_t *s, rt_value_t v)
{
    phpvm_object_t *o = phpvm_obj(v);
    phpvm_class_t *cls = o->cls;
    const char *anon = strstr(cls->name->data, "@anonymous");
    if (anon || (cls->flags & PHPVM_C_SEALED)) { /* an anonymous class's name up to its suffix */
        phpvm_throw("Exception", "Serialization of '%.*s' is not allowed",
                    (int)(anon ? anon + 10 - cls->name->data : cls->name->len), cls->name->data);
        return false;
    }
    if (cls->flags & PHPVM_C_ENUM) {
        rt_str_t *cn = phpvm_str(phpvm_prop_read(v, rt_str_intern_cstr("name"), NULL, true));
        rt_strbuf_appendf(&s->b, "E:%" PRId64 ":\"%s:", cls->name->len + 1 + cn->len,
                          cls->name->data);
        rt_strbuf_append_str(&s->b, cn);
        rt_strbuf_append(&s->b, "\";", 2);
        return true;
    }
    phpvm_func_t *m = phpvm_class_method(cls, rt_str_from_cstr("__serialize"));
    if (m) {
        rt_value_t r = phpvm_call_func(rt_from_ptr(m), v, NULL, 0);
        if (r == RT_NOVALUE)
            return false;
        r = phpvm_deref(r);
        if (!phpvm_is_array(r)) {
            phpvm_throw("TypeError", "%s::__serialize() must return an array", cls->name->data);
            return false;
        }
        rt_vec_append(s->keep, r);
        ser_class_name(s, 'O', cls->name);
        return ser_entries(s, phpvm_arr(r));
    }
    if (rt_map_get_str(cls->ifaces, rt_str_from_cstr("serializable")) != RT_NOVALUE)
        return ser_custom(s, v, v);
    phpvm_array_t *props;
    m = phpvm_class_method(cls, rt_str_from_cstr("__sleep"));
    if (m) {
        bool bad = false;
        props = sleep_props(v, m, &bad);
        if (bad) {
            rt_strbuf_append(&s->b, "N;", 2);
            return true;
        }
        if (!props)
            return false;
    } else {
        props = phpvm_var_mangled_props(v, NULL);
    }
    rt_str_t *name = cls->name;
    if (strcmp(name->data, PHPVM_INCOMPLETE_CLASS) == 0)
        name = incomplete_name(v, &props);
    rt_vec_append(s->keep, rt_from_ptr(props));
    ser_class_name(s, 'O', name);
    return ser_entries(s, props);
}

static bool ser_value(ser_t *s, rt_value_t raw)
{
    int64_t had = ser_seen(s, raw);
    if (had == -1) {
        rt_strbuf_append(&s->b, "N;", 2);
        return true;
    }
    if (had) {
        rt_strbuf_appendf(&s->b, "%c:%" PRId64 ";", phpvm_is_ref(raw) ? 'R' : 'r', had);
        return true;
    }
    rt_value_t v = phpvm_deref(raw);
    char buf[PHPVM_VAR_FLOAT_MAX];
    switch (phpvm_kind(v)) {
    case PHPVM_NULL:
        rt_strbuf_append(&s->b, "N;", 2);
        return true;
    case PHPVM_BOOL:
        rt_strbuf_append(&s->b, v == rt_true ? "b:1;" : "b:0;", 4);
        return true;
    case PHPVM_INT:
        rt_strbuf_appendf(&s->b, "i:%" PRId64 ";", phpvm_int_of(v));
        return true;
    case PHPVM_FLOAT:
        rt_numfmt_float_php(rt_float_value(v), phpvm_vm->serialize_precision, 0, buf, sizeof buf);
        rt_strbuf_appendf(&s->b, "d:%s;", buf);
        return true;
    case PHPVM_STRING:
        ser_string(s, phpvm_str(v)->data, phpvm_str(v)->len);
        return true;
    case PHPVM_ARRAY:
        rt_strbuf_append(&s->b, "a:", 2);
        return ser_entries(s, phpvm_arr(v));
    case PHPVM_OBJECT:
        if (phpvm_is_object(v))
            return ser_object(s, v);
        if (phpvm_foreign_arraylike(v)) {
            phpvm_array_t *a = phpvm_foreign_entries(v);
            if (!a)
                return false;
            rt_strbuf_append(&s->b, "a:", 2);
            return ser_entries(s, a);
        }
        phpvm_throw("Exception", "Serialization of '%s' is not allowed", phpvm_type_name(v));
        return false;
    default:
        rt_strbuf_append(&s->b, "i:0;", 4);
        return true;
    }
}

rt_str_t *phpvm_serialize(rt_value_t v)
{
    ser_t s = {.n = 0, .seen = phpvm_array_new(0), .keep = rt_vec_new(0)};
    rt_strbuf_init(&s.b, 64);
    bool ok = ser_value(&s, v);
    rt_str_t *r = rt_strbuf_finish(&s.b, &rt_type_str);
    return ok && !rt_exc_pending() ? r : NULL;
}

rt_str_t *phpvm_serialize_seq(const char *tmpl, const rt_value_t *vals)
{
    ser_t s = {.n = 0, .seen = phpvm_array_new(0), .keep = rt_vec_new(0)};
    rt_strbuf_init(&s.b, 64);
    bool ok = true;
    for (const char *t = tmpl; *t && ok; t++) {
        if (*t == '%')
            ok = ser_value(&s, *vals++);
        else
            rt_strbuf_append_char(&s.b, *t);
    }
    rt_str_t *r = rt_strbuf_finish(&s.b, &rt_type_str);
    return ok && !rt_exc_pending() ? r : NULL;
}

static rt_value_t fn_serialize(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_str_t *s = phpvm_serialize(args[0]);
    return s ? rt_from_ptr(s) : RT_NOVALUE;
}

const phpvm_builtin_t phpvm_ext_serialize[] = {
    {"serialize", fn_serialize, 1, 1, "value", 0},
    {"unserialize", phpvm_fn_unserialize, 1, 2, "data,options", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

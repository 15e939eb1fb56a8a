/*
** var.c: ext/standard's variable functions: var_dump, print_r, var_export, gettype, the is_*
** family, intval/floatval/strval/boolval and settype (serialize.c has serialize/unserialize).
** Floats print with serialize_precision (var_dump, var_export) or precision (print_r).
*/
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phpvm/interp.h"
#include "phpvm/ext/standard/var.h"

static void indent_out(int n)
{
    for (int i = 0; i < n; i++)
        phpvm_out(" ", 1);
}

static void dump_key(rt_value_t k)
{
    if (phpvm_is_str(k)) {
        phpvm_outf("[\"");
        phpvm_out_str(phpvm_str(k));
        phpvm_outf("\"]=>\n");
    } else {
        phpvm_outf("[%" PRId64 "]=>\n", phpvm_int_of(k));
    }
}

/* The entries of an array or array-like value and the closing brace, as var_dump prints them. */
static void dump_entries(phpvm_array_t *a, int ind)
{
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        indent_out(ind + 2);
        dump_key(phpvm_array_key_at(a, p));
        phpvm_var_dump(rt_map_value_at(a, p), ind + 2, false);
    }
    indent_out(ind);
    phpvm_outf("}\n");
}

/* The properties var_dump shows: __debugInfo()'s array when the class has one (anything else
** is PHP's fatal error), else all of them. NULL when the script stops. */
static phpvm_array_t *debug_props(rt_value_t v)
{
    phpvm_func_t *m = phpvm_class_method(phpvm_obj(v)->cls, rt_str_from_cstr("__debuginfo"));
    if (!m)
        return phpvm_object_props(v, NULL, true);
    rt_value_t r = phpvm_call_func(rt_from_ptr(m), v, NULL, 0);
    if (r == RT_NOVALUE)
        return NULL;
    r = phpvm_deref(r);
    if (r == rt_none)
        return phpvm_array_new(0);
    if (!phpvm_is_array(r)) {
        phpvm_fatal("__debuginfo() must return an array");
        return NULL;
    }
    return phpvm_arr(r);
}

/* The arrays and objects var_dump/print_r are inside of, innermost first (a chain on the C
** stack): meeting one again prints *RECURSION*, as PHP does for cyclic structures. */
typedef struct visiting {
    const void *p;
    struct visiting *up;
} visiting_t;

static visiting_t *inside;

static bool visited(rt_value_t v)
{
    for (visiting_t *e = inside; e; e = e->up)
        if (e->p == rt_ptr(v))
            return true;
    return false;
}

/* The `name` of an enum case object. */
static rt_str_t *enum_case_name(rt_value_t v)
{
    return phpvm_str(phpvm_prop_read(v, rt_str_intern_cstr("name"), NULL, true));
}

void phpvm_var_dump(rt_value_t v, int ind, bool is_ref)
{
    (void)is_ref;
    v = phpvm_deref(v);
    if (phpvm_foreign_arraylike(v)) { /* a Python list, tuple or dict: shown as its array */
        phpvm_array_t *a = phpvm_foreign_entries(v);
        if (!a)
            return;
        v = rt_from_ptr(a);
    }
    char buf[PHPVM_VAR_FLOAT_MAX];
    indent_out(ind);
    switch (phpvm_kind(v)) {
    case PHPVM_NULL:
        phpvm_outf("NULL\n");
        return;
    case PHPVM_BOOL:
        phpvm_outf("bool(%s)\n", v == rt_true ? "true" : "false");
        return;
    case PHPVM_INT:
        phpvm_outf("int(%" PRId64 ")\n", phpvm_int_of(v));
        return;
    case PHPVM_FLOAT:
        rt_numfmt_float_php(rt_float_value(v), phpvm_vm->serialize_precision, 0, buf, sizeof buf);
        phpvm_outf("float(%s)\n", buf);
        return;
    case PHPVM_STRING:
        phpvm_outf("string(%" PRId64 ") \"", phpvm_str(v)->len);
        phpvm_out_str(phpvm_str(v));
        phpvm_outf("\"\n");
        return;
    case PHPVM_ARRAY: {
        if (visited(v)) {
            phpvm_outf("*RECURSION*\n");
            return;
        }
        visiting_t here = {rt_ptr(v), inside};
        inside = &here;
        phpvm_outf("array(%" PRId64 ") {\n", rt_map_count(phpvm_arr(v)));
        dump_entries(phpvm_arr(v), ind);
        inside = here.up;
        return;
    }
    case PHPVM_RESOURCE:
        phpvm_outf("resource(%" PRId64 ") of type (%s)\n", ((phpvm_resource_t *)rt_ptr(v))->id,
                   ((phpvm_resource_t *)rt_ptr(v))->type);
        return;
    case PHPVM_OBJECT: {
        if (phpvm_is_foreign(v)) {
            phpvm_array_t *a = phpvm_foreign_entries(v);
            phpvm_outf("object(%s)#0 (%" PRId64 ") {\n", phpvm_class_of(v)->name->data,
                   a ? rt_map_count(a) : 0);
            if (a)
                dump_entries(a, ind);
            return;
        }
        if (phpvm_is_closure(v)) {
            phpvm_outf("object(Closure)#%d (0) {\n", 1);
            indent_out(ind);
            phpvm_outf("}\n");
            return;
        }
        if (phpvm_is_gen(v)) {
            phpvm_outf("object(Generator)#%" PRIu64 " (0) {\n", phpvm_gen_id(v));
            indent_out(ind);
            phpvm_outf("}\n");
            return;
        }
        phpvm_object_t *o = phpvm_obj(v);
        if (o->cls->flags & PHPVM_C_ENUM) {
            phpvm_outf("enum(%s::%s)\n", o->cls->name->data, enum_case_name(v)->data);
            return;
        }
        if (visited(v)) {
            phpvm_outf("*RECURSION*\n");
            return;
        }
        phpvm_array_t *props = debug_props(v);
        if (!props)
            return;
        visiting_t here = {rt_ptr(v), inside};
        inside = &here;
        phpvm_outf("object(%s)#%" PRIu64 " (%" PRId64 ") {\n", o->cls->name->data, o->id,
               rt_map_count(props));
        for (int64_t p = phpvm_array_first(props); p >= 0; p = phpvm_array_next(props, p)) {
            rt_str_t *name = phpvm_str(phpvm_array_key_at(props, p));
            rt_value_t info = rt_map_get_str(o->cls->props, name);
            indent_out(ind + 2);
            phpvm_outf("[\"%s\"", name->data);
            if (info) {
                int64_t fl = rt_small_value(rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_FLAGS));
                phpvm_class_t *decl = (phpvm_class_t *)rt_ptr(rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_CLASS));
                if (fl & PHPVM_F_PRIVATE)
                    phpvm_outf(":\"%s\":private", decl->name->data);
                else if (fl & PHPVM_F_PROTECTED)
                    phpvm_outf(":protected");
            }
            phpvm_outf("]=>\n");
            phpvm_var_dump(rt_map_value_at(props, p), ind + 2, false);
        }
        inside = here.up;
        indent_out(ind);
        phpvm_outf("}\n");
        return;
    }
    default:
        phpvm_outf("NULL\n");
    }
}

static void pad(rt_strbuf_t *b, int n)
{
    for (int i = 0; i < n; i++)
        rt_strbuf_append_char(b, ' ');
}

static bool print_entries(rt_strbuf_t *b, rt_value_t v, phpvm_array_t *a, int ind);

bool phpvm_print_r(rt_strbuf_t *b, rt_value_t v, int ind)
{
    v = phpvm_deref(v);
    if (phpvm_foreign_arraylike(v) && !(v = rt_from_ptr(phpvm_foreign_entries(v))))
        return false;
    phpvm_array_t *a = NULL;
    if (phpvm_is_array(v)) {
        a = phpvm_arr(v);
        rt_strbuf_append(b, "Array\n", 6);
    } else if (phpvm_is_object(v)) {
        a = debug_props(v);
        if (!a)
            return false;
        phpvm_class_t *k = phpvm_obj(v)->cls;
        if (!(k->flags & PHPVM_C_ENUM))
            rt_strbuf_appendf(b, "%s Object\n", k->name->data);
        else if (k->enum_backing)
            rt_strbuf_appendf(b, "%s Enum:%s\n", k->name->data,
                              k->enum_backing == PHPVM_T_INT ? "int" : "string");
        else
            rt_strbuf_appendf(b, "%s Enum\n", k->name->data);
    } else if (phpvm_is_foreign(v)) {
        a = phpvm_foreign_entries(v);
        if (!a)
            return false;
        rt_strbuf_appendf(b, "%s Object\n", phpvm_class_of(v)->name->data);
    } else if (phpvm_is_closure(v)) {
        rt_strbuf_append(b, "Closure Object\n", 15);
        pad(b, ind);
        rt_strbuf_append(b, "(\n", 2);
        pad(b, ind);
        rt_strbuf_append(b, ")\n", 2);
        return true;
    } else {
        return phpvm_append_value(b, v);
    }
    if (visited(v)) {
        rt_strbuf_append(b, " *RECURSION*", 12);
        return true;
    }
    visiting_t here = {rt_ptr(v), inside};
    inside = &here;
    bool ok = print_entries(b, v, a, ind);
    inside = here.up;
    return ok;
}

/* print_r's "(\n    [key] => value\n...)\n" of an array or an object's properties. */
static bool print_entries(rt_strbuf_t *b, rt_value_t v, phpvm_array_t *a, int ind)
{
    pad(b, ind);
    rt_strbuf_append(b, "(\n", 2);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        pad(b, ind + 4);
        rt_strbuf_append_char(b, '[');
        phpvm_append_value(b, phpvm_array_key_at(a, p));
        if (phpvm_is_object(v)) {
            rt_value_t info = rt_map_get_str(phpvm_obj(v)->cls->props, phpvm_str(phpvm_array_key_at(a, p)));
            if (info) {
                int64_t fl = rt_small_value(rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_FLAGS));
                phpvm_class_t *decl = (phpvm_class_t *)rt_ptr(rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_CLASS));
                if (fl & PHPVM_F_PRIVATE)
                    rt_strbuf_appendf(b, ":%s:private", decl->name->data);
                else if (fl & PHPVM_F_PROTECTED)
                    rt_strbuf_append(b, ":protected", 10);
            }
        }
        rt_strbuf_append(b, "] => ", 5);
        rt_value_t e = phpvm_array_val_at(a, p);
        if (!phpvm_print_r(b, e, ind + 8))
            return false;
        rt_strbuf_append_char(b, '\n');
    }
    pad(b, ind);
    rt_strbuf_append(b, ")\n", 2);
    return true;
}

static void export(rt_strbuf_t *b, rt_value_t v, int ind)
{
    v = phpvm_deref(v);
    if (phpvm_foreign_arraylike(v) && !(v = rt_from_ptr(phpvm_foreign_entries(v))))
        return;
    char buf[PHPVM_VAR_FLOAT_MAX];
    switch (phpvm_kind(v)) {
    case PHPVM_NULL: rt_strbuf_append(b, "NULL", 4); return;
    case PHPVM_BOOL: rt_strbuf_appendf(b, "%s", v == rt_true ? "true" : "false"); return;
    case PHPVM_INT: rt_strbuf_appendf(b, "%" PRId64, phpvm_int_of(v)); return;
    case PHPVM_FLOAT:
        rt_strbuf_append(b, buf, rt_numfmt_float_php(rt_float_value(v), phpvm_vm->serialize_precision,
                                                     RT_NUMFMT_PHP_ZERO_FRAC, buf, sizeof buf));
        return;
    case PHPVM_STRING: {
        rt_str_t *s = phpvm_str(v);
        rt_strbuf_append_char(b, '\'');
        for (int64_t i = 0; i < s->len; i++) {
            if (s->data[i] == '\'' || s->data[i] == '\\')
                rt_strbuf_append_char(b, '\\');
            rt_strbuf_append_char(b, s->data[i]);
        }
        rt_strbuf_append_char(b, '\'');
        return;
    }
    case PHPVM_ARRAY:
    case PHPVM_OBJECT: {
        if (phpvm_is_foreign(v) && !(v = rt_from_ptr(phpvm_foreign_entries(v))))
            return;
        bool obj = phpvm_is_object(v);
        if (obj && (phpvm_obj(v)->cls->flags & PHPVM_C_ENUM)) {
            rt_strbuf_appendf(b, "\\%s::%s", phpvm_obj(v)->cls->name->data,
                              enum_case_name(v)->data);
            return;
        }
        phpvm_array_t *a = obj ? phpvm_object_props(v, NULL, true) : phpvm_arr(v);
        bool plain = obj && strcmp(phpvm_obj(v)->cls->name->data, "stdClass") == 0;
        if (plain) /* PHP 7.3+: a stdClass exports as an object cast */
            rt_strbuf_append(b, "(object) array(\n", 16);
        else if (obj)
            rt_strbuf_appendf(b, "\\%s::__set_state(array(\n", phpvm_obj(v)->cls->name->data);
        else
            rt_strbuf_append(b, "array (\n", 8);
        for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
            pad(b, ind + (obj ? 3 : 2)); /* PHP indents properties one more than elements */
            export(b, phpvm_array_key_at(a, p), ind + 2);
            rt_strbuf_append(b, " => ", 4);
            rt_value_t e = phpvm_array_val_at(a, p);
            if (phpvm_is_array(e) || phpvm_is_object(e)) {
                rt_strbuf_append_char(b, '\n');
                pad(b, ind + 2);
            }
            export(b, e, ind + 2);
            rt_strbuf_append(b, ",\n", 2);
        }
        pad(b, ind);
        rt_strbuf_append(b, obj && !plain ? "))" : ")", obj && !plain ? 2 : 1);
        return;
    }
    default:
        rt_strbuf_append(b, "NULL", 4);
    }
}

static rt_value_t fn_var_dump(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    for (int i = 0; i < argc; i++)
        phpvm_var_dump(args[i], 0, false);
    return rt_none;
}

static rt_value_t fn_print_r(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    if (!phpvm_print_r(&b, args[0], 0))
        return RT_NOVALUE;
    rt_str_t *s = rt_strbuf_finish(&b, &rt_type_str);
    if (phpvm_arg_bool(args, argc, 1))
        return rt_from_ptr(s);
    phpvm_out_str(s);
    return rt_true;
}

static rt_value_t fn_var_export(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    export(&b, args[0], 0);
    rt_str_t *s = rt_strbuf_finish(&b, &rt_type_str);
    if (phpvm_arg_bool(args, argc, 1))
        return rt_from_ptr(s);
    phpvm_out_str(s);
    return rt_none;
}

static rt_value_t fn_gettype(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    return phpvm_cstr(phpvm_gettype(args[0]));
}

static rt_value_t fn_get_debug_type(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    return phpvm_cstr(phpvm_type_name(args[0]));
}

#define IS_FN(name, test)                                                                          \
    static rt_value_t fn_##name(rt_value_t self, rt_value_t *args, int argc)                      \
    {                                                                                              \
        (void)self, (void)argc;                                                                    \
        rt_value_t v = args[0];                                                                    \
        return rt_bool(test);                                                                      \
    }
IS_FN(is_int, phpvm_kind(v) == PHPVM_INT)
IS_FN(is_float, phpvm_kind(v) == PHPVM_FLOAT)
IS_FN(is_string, phpvm_kind(v) == PHPVM_STRING)
IS_FN(is_bool, phpvm_kind(v) == PHPVM_BOOL)
IS_FN(is_array, phpvm_kind(v) == PHPVM_ARRAY)
IS_FN(is_object, phpvm_kind(v) == PHPVM_OBJECT)
IS_FN(is_null, phpvm_kind(v) == PHPVM_NULL)
IS_FN(is_scalar, phpvm_kind(v) >= PHPVM_BOOL && phpvm_kind(v) <= PHPVM_STRING)
IS_FN(is_iterable, phpvm_kind(v) == PHPVM_ARRAY || phpvm_kind(v) == PHPVM_OBJECT)

static rt_value_t fn_is_numeric(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_value_t v = args[0];
    if (rt_is_int(v) || rt_is_float(v))
        return rt_true;
    if (!phpvm_is_str(v))
        return rt_false;
    rt_phpnum_t n;
    rt_numparse_php(phpvm_str(v)->data, (size_t)phpvm_str(v)->len, &n);
    return rt_bool(n.kind != RT_PHPNUM_NONE && !n.trailing);
}

static rt_value_t fn_is_callable(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_value_t a, b;
    return rt_bool(phpvm_callable(args[0], &a, &b, false));
}

/* intval($s, $base) for a string and a base other than 10: strtol's digits and saturation;
** base 0 and 2 also take a "0b" prefix (after blanks and a sign), as PHP does. */
static int64_t str_to_base(const rt_str_t *s, int base)
{
    const char *p = s->data;
    while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
        p++;
    int sign = (*p == '-' || *p == '+');
    if ((base == 0 || base == 2) && strlen(p) > 2 && p[sign] == '0' &&
        (p[sign + 1] == 'b' || p[sign + 1] == 'B')) {
        int64_t v = strtoll(p + sign + 2, NULL, 2);
        return p[0] == '-' ? -v : v;
    }
    return strtoll(p, NULL, base);
}

static rt_value_t fn_intval(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    int64_t base = 10;
    if (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &base))
        return RT_NOVALUE;
    if (base != 10 && phpvm_is_str(args[0]))
        return phpvm_int(str_to_base(phpvm_str(args[0]), (int)base));
    return phpvm_int(phpvm_to_int(args[0]));
}

/* settype()'s type names and the casts they stand for. */
static const struct {
    const char *name;
    uint32_t cast;
} settypes[] = {
    {"integer", PHPVM_AF_TYPE_LONG}, {"int", PHPVM_AF_TYPE_LONG},
    {"float", PHPVM_AF_TYPE_DOUBLE}, {"double", PHPVM_AF_TYPE_DOUBLE},
    {"string", PHPVM_AF_TYPE_STRING}, {"array", PHPVM_AF_TYPE_ARRAY},
    {"object", PHPVM_AF_TYPE_OBJECT}, {"boolean", PHPVM_AF_TYPE_BOOL},
    {"bool", PHPVM_AF_TYPE_BOOL}, {"null", PHPVM_AF_TYPE_NULL},
};

static rt_value_t fn_settype(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *type = phpvm_arg_str(args, argc, 1);
    if (!type)
        return RT_NOVALUE;
    for (size_t i = 0; i < sizeof settypes / sizeof settypes[0]; i++) {
        if (strcasecmp(type->data, settypes[i].name) != 0)
            continue;
        phpvm_ref_t *r = (phpvm_ref_t *)rt_ptr(args[0]);
        rt_value_t v = phpvm_cast(r->v, settypes[i].cast);
        if (v == RT_NOVALUE)
            return RT_NOVALUE;
        phpvm_ref_set(r, v);
        return rt_true;
    }
    if (strcasecmp(type->data, "resource") == 0)
        return phpvm_throw("ValueError", "Cannot convert to resource type");
    return phpvm_throw("ValueError", "settype(): Argument #2 ($type) must be a valid type");
}

static rt_value_t fn_floatval(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    return phpvm_float(phpvm_to_float(args[0]));
}

static rt_value_t fn_boolval(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    return rt_bool(phpvm_to_bool(args[0]));
}

static rt_value_t fn_strval(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_str_t *s = phpvm_to_str(args[0]);
    return s ? rt_from_ptr(s) : RT_NOVALUE;
}

const phpvm_builtin_t phpvm_ext_var[] = {
    {"var_dump", fn_var_dump, 1, -1, "value,values", 0},
    {"print_r", fn_print_r, 1, 2, "value,return", 0},
    {"var_export", fn_var_export, 1, 2, "value,return", 0},
    {"gettype", fn_gettype, 1, 1, "value", 0},
    {"get_debug_type", fn_get_debug_type, 1, 1, "value", 0},
    {"is_int", fn_is_int, 1, 1, "value", 0},
    {"is_integer", fn_is_int, 1, 1, "value", 0},
    {"is_long", fn_is_int, 1, 1, "value", 0},
    {"is_float", fn_is_float, 1, 1, "value", 0},
    {"is_double", fn_is_float, 1, 1, "value", 0},
    {"is_string", fn_is_string, 1, 1, "value", 0},
    {"is_bool", fn_is_bool, 1, 1, "value", 0},
    {"is_array", fn_is_array, 1, 1, "value", 0},
    {"is_object", fn_is_object, 1, 1, "value", 0},
    {"is_null", fn_is_null, 1, 1, "value", 0},
    {"is_scalar", fn_is_scalar, 1, 1, "value", 0},
    {"is_iterable", fn_is_iterable, 1, 1, "value", 0},
    {"is_numeric", fn_is_numeric, 1, 1, "value", 0},
    {"is_callable", fn_is_callable, 1, 3, "value,syntax_only,callable_name", 0},
    {"intval", fn_intval, 1, 2, "value,base", 0},
    {"settype", fn_settype, 2, 2, "var,type", 1},
    {"floatval", fn_floatval, 1, 1, "value", 0},
    {"doubleval", fn_floatval, 1, 1, "value", 0},
    {"boolval", fn_boolval, 1, 1, "value", 0},
    {"strval", fn_strval, 1, 1, "value", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

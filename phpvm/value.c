/*
** value.c: PHP values on the shared object model: the heap types phpvm adds (arrays, reference
** cells, objects, closures, functions, classes, iterators), the PHP slot tables installed on the
** runtime's types, and PHP 8's conversions between them (to bool, int, float, string).
*/
#include <inttypes.h>
#include <math.h>
#include <stdio.h>

#include "phpvm/vm.h"

static void ref_trace(gc_tracer_t *t, void *o)
{
    gc_visit(t, ((phpvm_ref_t *)o)->v);
    gc_visit(t, ((phpvm_ref_t *)o)->src);
}

static void object_trace(gc_tracer_t *t, void *o)
{
    phpvm_object_t *ob = o;
    gc_visit_ptr(t, ob->cls);
    rt_slots_trace(t, &ob->slots);
}

static void closure_trace(gc_tracer_t *t, void *o)
{
    phpvm_closure_t *c = o;
    gc_visit_ptr(t, c->func);
    gc_visit(t, c->this_);
    gc_visit_ptr(t, c->scope);
    gc_visit_ptr(t, c->called);
    gc_visit_ptr(t, c->uses);
    gc_visit_ptr(t, c->statics);
}

static void func_trace(gc_tracer_t *t, void *o)
{
    phpvm_func_t *f = o;
    gc_visit_ptr(t, f->name);
    gc_visit_ptr(t, f->code);
    gc_visit_ptr(t, f->scope);
    gc_visit_ptr(t, f->pblob);
    gc_visit_ptr(t, f->pnames);
    gc_visit_ptr(t, f->ptypes);
    gc_visit_ptr(t, f->pdefaults);
    gc_visit_ptr(t, f->rettype);
    gc_visit_ptr(t, f->statics);
    gc_visit(t, f->foreign);
    gc_visit_ptr(t, f->target);
    gc_visit_ptr(t, f->meta);
}

static void class_trace(gc_tracer_t *t, void *o)
{
    phpvm_class_t *c = o;
    const void *refs[] = {c->name, c->lcname, c->parent_name, c->parent, c->iface_names, c->ifaces,
                          c->methods, c->props, c->defaults, c->consts, c->const_info, c->sprops, c->sdefaults, c->sprop_info,
                          c->slotdefaults, c->slottypes, c->shape, c->traits, c->trait_rules, c->cases,
                          c->ctor, c->tostring, c->magic_get, c->magic_set, c->magic_isset,
                          c->magic_unset, c->magic_call, c->magic_callstatic, c->magic_invoke,
                          c->meta};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        gc_visit_ptr(t, refs[i]);
}

static void code_trace(gc_tracer_t *t, void *o)
{
    phpvm_code_t *c = o;
    rt_code_trace(t, o);
    gc_visit_ptr(t, c->cvnames);
    gc_visit_ptr(t, c->handlers);
    gc_visit_ptr(t, c->fcache);
    gc_visit_ptr(t, c->ccache);
    gc_visit_ptr(t, c->kcache);
    gc_visit_ptr(t, c->caches);
}

static void iter_trace(gc_tracer_t *t, void *o)
{
    phpvm_iter_t *it = o;
    gc_visit(t, it->subject);
    gc_visit_ptr(t, it->props);
    gc_visit_ptr(t, it->scope);
}

rt_type_t phpvm_type_array = RT_TYPE_INIT("php-array", rt_map_trace, NULL, 0);
rt_type_t phpvm_type_ref = RT_TYPE_INIT("php-ref", ref_trace, NULL, 0);
rt_type_t phpvm_type_object = RT_TYPE_INIT("php-object", object_trace, NULL, 0);
rt_type_t phpvm_type_closure = RT_TYPE_INIT("php-closure", closure_trace, NULL, 0);
rt_type_t phpvm_type_func = RT_TYPE_INIT("php-function", func_trace, NULL, 0);
rt_type_t phpvm_type_class = RT_TYPE_INIT("php-class", class_trace, NULL, 0);
rt_type_t phpvm_type_code = RT_TYPE_INIT("php-code", code_trace, NULL, 0);
rt_type_t phpvm_type_iter = RT_TYPE_INIT("php-iterator", iter_trace, NULL, 0);

static const rt_phpslots_t slots_null = {.kind = PHPVM_NULL, .type_name = "NULL"};
static const rt_phpslots_t slots_bool = {.kind = PHPVM_BOOL, .type_name = "boolean"};
static const rt_phpslots_t slots_int = {.kind = PHPVM_INT, .type_name = "integer"};
static const rt_phpslots_t slots_float = {.kind = PHPVM_FLOAT, .type_name = "double"};
static const rt_phpslots_t slots_str = {.kind = PHPVM_STRING, .type_name = "string"};
static const rt_phpslots_t slots_array = {.kind = PHPVM_ARRAY, .type_name = "array"};
static const rt_phpslots_t slots_object = {.kind = PHPVM_OBJECT, .type_name = "object"};
static const rt_phpslots_t slots_ref = {.kind = PHPVM_REFCELL, .type_name = "reference"};
static const rt_phpslots_t slots_resource = {.kind = PHPVM_RESOURCE, .type_name = "resource"};

void phpvm_value_init(void)
{
    rt_type_none.php = &slots_null;
    rt_type_bool.php = &slots_bool;
    rt_type_int.php = &slots_int;
    rt_type_float.php = &slots_float;
    rt_type_str.php = &slots_str;
    phpvm_type_array.php = &slots_array;
    phpvm_type_object.php = &slots_object;
    phpvm_type_closure.php = &slots_object;
    phpvm_type_gen.php = &slots_object;
    phpvm_type_ref.php = &slots_ref;
    phpvm_type_resource.php = &slots_resource;
}

phpvm_ref_t *phpvm_ref_new(rt_value_t v)
{
    phpvm_ref_t *r = rt_alloc(&phpvm_type_ref, sizeof *r);
    r->v = v;
    return r;
}

void phpvm_ref_set(phpvm_ref_t *r, rt_value_t v)
{
    if (r->src)
        phpvm_ref_assign(r, v);
    else
        RT_STORE(r, v, v);
}

rt_value_t phpvm_str_value(const char *s, size_t n) { return rt_from_ptr(rt_str_new(s, n)); }
rt_value_t phpvm_cstr(const char *s) { return rt_from_ptr(rt_str_from_cstr(s)); }
rt_value_t phpvm_float(double d) { return rt_float_new(d); }

bool phpvm_to_bool(rt_value_t v)
{
    v = phpvm_deref(v);
    if (rt_is_small(v))
        return v != rt_small(0);
    if (v == rt_true)
        return true;
    if (v == rt_false || v == rt_none)
        return false;
    switch (phpvm_kind(v)) {
    case PHPVM_INT:
        return true; /* boxed ints are never 0 */
    case PHPVM_FLOAT:
        return rt_float_value(v) != 0.0;
    case PHPVM_STRING: {
        rt_str_t *s = phpvm_str(v);
        return !(s->len == 0 || (s->len == 1 && s->data[0] == '0'));
    }
    case PHPVM_ARRAY:
        return rt_map_count(phpvm_arr(v)) != 0;
    default: /* objects; an empty array-like foreign value is false like an empty array */
        return !phpvm_foreign_arraylike(v) || phpvm_foreign_count(v) != 0;
    }
}

size_t phpvm_fmt_float(double d, char *buf, size_t cap)
{
    return rt_numfmt_float_php(d, phpvm_vm->precision, 0, buf, cap);
}

int64_t phpvm_to_int(rt_value_t v)
{
    v = phpvm_deref(v);
    switch (phpvm_kind(v)) {
    case PHPVM_INT:
        return phpvm_int_of(v);
    case PHPVM_BOOL:
        return v == rt_true;
    case PHPVM_FLOAT:
        return rt_phpint_from_double(rt_float_value(v));
    case PHPVM_STRING: {
        rt_phpnum_t n;
        rt_numparse_php(phpvm_str(v)->data, (size_t)phpvm_str(v)->len, &n);
        if (n.kind == RT_PHPNUM_INT)
            return n.i;
        if (n.kind == RT_PHPNUM_FLOAT)
            return rt_phpint_from_double_cap(n.d);
        return 0;
    }
    case PHPVM_ARRAY:
        return rt_map_count(phpvm_arr(v)) != 0;
    case PHPVM_OBJECT:
        return !phpvm_foreign_arraylike(v) || phpvm_foreign_count(v) != 0;
    case PHPVM_RESOURCE:
        return ((phpvm_resource_t *)rt_ptr(v))->id;
    default:
        return 0;
    }
}

/* An integer string's value as a float: "-0" (blanks before it allowed) is -0.0, as strtod
** reads it in PHP. */
static double int_string_float(const char *s, int64_t i)
{
    if (i != 0)
        return (double)i;
    while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
        s++;
    return *s == '-' ? -0.0 : 0.0;
}

double phpvm_to_float(rt_value_t v)
{
    v = phpvm_deref(v);
    switch (phpvm_kind(v)) {
    case PHPVM_INT:
        return (double)phpvm_int_of(v);
    case PHPVM_FLOAT:
        return rt_float_value(v);
    case PHPVM_STRING: {
        rt_phpnum_t n;
        rt_numparse_php(phpvm_str(v)->data, (size_t)phpvm_str(v)->len, &n);
        return n.kind == RT_PHPNUM_INT     ? int_string_float(phpvm_str(v)->data, n.i)
               : n.kind == RT_PHPNUM_FLOAT ? n.d
                                           : 0.0;
    }
    default:
        return (double)phpvm_to_int(v);
    }
}

const char *phpvm_type_name(rt_value_t v)
{
    v = phpvm_deref(v);
    switch (phpvm_kind(v)) {
    case PHPVM_NULL:
        return "null";
    case PHPVM_BOOL:
        return "bool";
    case PHPVM_INT:
        return "int";
    case PHPVM_FLOAT:
        return "float";
    case PHPVM_STRING:
        return "string";
    case PHPVM_ARRAY:
        return "array";
    case PHPVM_OBJECT:
        return phpvm_class_of(v)->name->data;
    case PHPVM_RESOURCE:
        return "resource";
    default:
        return "unknown";
    }
}

const char *phpvm_gettype(rt_value_t v)
{
    v = phpvm_deref(v);
    const rt_phpslots_t *s = rt_is_small(v) ? &slots_int : rt_value_type(v)->php;
    if (phpvm_is_resource(v) && !((phpvm_resource_t *)rt_ptr(v))->data)
        return "resource (closed)";
    return s ? s->type_name : "unknown type";
}

/*
** A number for an arithmetic operator. Numeric strings convert silently, leading-numeric ones
** with "A non-numeric value" turned into PHP 8's Warning, non-numeric ones throw TypeError
** "Unsupported operand types" only for arrays; other strings are 0 with the warning
** "A non-numeric value encountered".
*/
rt_value_t phpvm_to_number(rt_value_t v, const char *opname, rt_value_t other, bool left)
{
    v = phpvm_deref(v);
    switch (phpvm_kind(v)) {
    case PHPVM_INT:
    case PHPVM_FLOAT:
        return v;
    case PHPVM_NULL:
        return rt_small(0);
    case PHPVM_BOOL:
        return rt_small(v == rt_true);
    case PHPVM_STRING: {
        rt_phpnum_t n;
        rt_numparse_php(phpvm_str(v)->data, (size_t)phpvm_str(v)->len, &n);
        if (n.kind == RT_PHPNUM_NONE) {
            return phpvm_throw("TypeError", "Unsupported operand types: %s %s %s",
                               left ? "string" : phpvm_type_name(other), opname,
                               left ? phpvm_type_name(other) : "string"),
                   RT_NOVALUE;
        }
        if (n.trailing)
            phpvm_error(PHPVM_E_WARNING, "A non-numeric value encountered");
        return n.kind == RT_PHPNUM_INT ? phpvm_int(n.i) : phpvm_float(n.d);
    }
    case PHPVM_ARRAY:
    case PHPVM_OBJECT:
    default: {
        const char *a = left ? phpvm_type_name(v) : phpvm_type_name(other);
        const char *b = left ? phpvm_type_name(other) : phpvm_type_name(v);
        phpvm_throw("TypeError", "Unsupported operand types: %s %s %s", a, opname, b);
        return RT_NOVALUE;
    }
    }
}

bool phpvm_append_value(rt_strbuf_t *b, rt_value_t v)
{
    v = phpvm_deref(v);
    char buf[RT_NUMFMT_FLOAT_MAX];
    if (rt_is_small(v)) {
        rt_strbuf_append_int(b, rt_small_value(v));
        return true;
    }
    switch (phpvm_kind(v)) {
    case PHPVM_STRING:
        rt_strbuf_append_str(b, phpvm_str(v));
        return true;
    case PHPVM_NULL:
        return true;
    case PHPVM_BOOL:
        if (v == rt_true)
            rt_strbuf_append_char(b, '1');
        return true;
    case PHPVM_INT:
        rt_strbuf_append_int(b, phpvm_int_of(v));
        return true;
    case PHPVM_FLOAT:
        rt_strbuf_append(b, buf, phpvm_fmt_float(rt_float_value(v), buf, sizeof buf));
        return true;
    case PHPVM_ARRAY:
        phpvm_error(PHPVM_E_WARNING, "Array to string conversion");
        rt_strbuf_append(b, "Array", 5);
        return true;
    case PHPVM_RESOURCE:
        rt_strbuf_appendf(b, "Resource id #%" PRId64, ((phpvm_resource_t *)rt_ptr(v))->id);
        return true;
    default: {
        rt_str_t *s = phpvm_to_str(v);
        if (!s)
            return false;
        rt_strbuf_append_str(b, s);
        return true;
    }
    }
}

rt_str_t *phpvm_to_str(rt_value_t v)
{
    v = phpvm_deref(v);
    if (phpvm_is_str(v))
        return phpvm_str(v);
    if (phpvm_is_foreign(v))
        return phpvm_foreign_to_string(v);
    if (phpvm_kind(v) == PHPVM_OBJECT) {
        phpvm_class_t *c = phpvm_class_of(v);
        if (!c->tostring) {
            phpvm_throw("Error", "Object of class %s could not be converted to string",
                        c->name->data);
            return NULL;
        }
        rt_value_t r = phpvm_call_func(rt_from_ptr(c->tostring), v, NULL, 0);
        if (r == RT_NOVALUE)
            return NULL;
        if (!phpvm_is_str(r)) {
            phpvm_throw("TypeError",
                        "%s::__toString(): Return value must be of type string, %s returned",
                        c->name->data, phpvm_type_name(r));
            return NULL;
        }
        return phpvm_str(r);
    }
    if (rt_is_small(v) || phpvm_kind(v) == PHPVM_INT) { /* one allocation, no builder */
        char buf[24];
        return rt_str_new(buf, rt_numfmt_int(v, 10, 0, buf));
    }
    rt_strbuf_t b;
    rt_strbuf_init(&b, 24);
    if (!phpvm_append_value(&b, v))
        return NULL;
    return rt_strbuf_finish(&b, &rt_type_str);
}
